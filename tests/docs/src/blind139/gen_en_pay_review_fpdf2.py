"""Round 139 (EN): an island government's independent PAY REVIEW BODY REPORT on nurses' and midwives' pay, answered
by the Health Minister's WRITTEN STATEMENT to the island assembly, which answers in running paragraphs by THEME, with
no letters or numbers, in another order, one paragraph answering two recommendations with different verdicts.
The advice: seven recommendations LETTERED (a)-(g) with BOLD LEAD-INS in a shaded BOX 'Summary of recommendations'.
Traps: key findings numbered 1-4; the remit letter paraphrased ('the Body must have regard to'); last year's
recommendation quoted ('the Department should collect'); the union's claim ('should rise by 9 per cent'); 'We do not
recommend a separate allowance'.
The response: introduction (nothing); one paragraph: the award staged 3 + 1.5 per cent (a partly) and the evidence
timetable agreed (f agrees); starting point removed (b agrees); 40 flats rather than 120 (e partly); night
enhancement not accepted (c disagrees); midwife payment declined (d disagrees); closing on cost (nothing); (g) the
specialist job profile never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented (the States of Arnsey too).
Run:  /tmp/blind139en/bin/python tests/docs/src/blind139/gen_en_pay_review_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b139en as H
from fpdf import FPDF

NAME = "blind139_en_pay_review"
PLUM = (88, 36, 92)
NAVY = (24, 52, 98)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t):
        self.set_font(self.fam, "", 9)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(1.2)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", 11.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def listing(self, items, marks, w=8, indent=4):
        for m, it in zip(marks, items):
            self.set_font(self.fam, "", self.size)
            self.set_x(self.l_margin + indent)
            self.cell(w, self.lh, m)
            self.multi_cell(self.tw - w - indent, self.lh, it, markdown=True, align="L")
            self.ln(1.0)
        self.ln(0.6)

    def box(self, title, items, marks):
        """A shaded box: measure the height with a dry run, draw the fill, then write the text."""
        w = 8
        pad = 4
        tx = self.l_margin + pad
        inner = self.tw - 2 * pad
        self.set_font(self.fam, "B", 11)
        hgt = pad + 6 + 1
        self.set_font(self.fam, "", self.size)
        for it in items:
            lines = self.multi_cell(inner - w, self.lh, it, markdown=True, dry_run=True, output="LINES")
            hgt += len(lines) * self.lh + 1.6
        hgt += pad - 1.6
        y0 = self.get_y()
        self.set_fill_color(243, 236, 245)
        self.set_draw_color(*self.ink)
        self.set_line_width(0.4)
        self.rect(self.l_margin, y0, self.tw, hgt, style="DF")
        self.set_xy(tx, y0 + pad)
        self.set_font(self.fam, "B", 11)
        self.set_text_color(*self.ink)
        self.cell(inner, 6, title)
        self.set_text_color(0, 0, 0)
        self.set_xy(tx, y0 + pad + 7)
        for m, it in zip(marks, items):
            self.set_font(self.fam, "", self.size)
            self.set_x(tx)
            self.cell(w, self.lh, m)
            self.multi_cell(inner - w, self.lh, it, markdown=True, align="L")
            self.ln(1.6)
        self.set_y(y0 + hgt + 3)


RECS = [
    ("Headline award.", "All pay points for nurses, midwives and healthcare assistants should be increased by 4.5 "
                        "per cent from 1 April 2025."),
    ("Starting pay.", "The lowest pay point of Band 5 should be removed, so that newly qualified nurses and "
                      "midwives start on the present second point."),
    ("Night shifts.", "The enhancement for hours worked between 20:00 and 06:00 should rise from 30 to 35 per cent "
                      "of basic pay."),
    ("Midwife retention.", "The Health and Care Department should introduce a retention payment of \u00a31,500 for "
                           "midwives after each two years of service."),
    ("Key worker housing.", "The States should provide 120 additional key worker flats for nursing staff at the "
                            "Ridgeway site by 2028."),
    ("Timetable.", "The States should send us their written evidence by the end of October each year, so that our "
                   "report can be published before the award is due."),
    ("Specialist roles.", "The job profile for Band 6 clinical nurse specialists should be re-evaluated by an "
                          "independent panel, since many now carry caseloads that match Band 7 posts."),
]


def advice():
    d = Doc(dt.datetime(2025, 6, 12, 9, 0, tzinfo=dt.timezone.utc), 10, PLUM, fam="Serif")
    d.meta("STATES OF ARNSEY | PUBLIC SERVICE PAY REVIEW BODY")
    d.h1("Nurses, Midwives and Healthcare Assistants: Sixth Report 2025")
    d.meta("Report PRB/25/2 | Presented to the Minister for Health and Care on 12 June 2025 | Chair: Professor "
           "Alison Vautier-Keyes | Members: Mr Jonas Le Cras, Ms Bernadette Ozanne, Dr Kwame Mensah-Hart")
    d.h2("Our remit")
    d.para("The Minister asked us to recommend pay for 2025-26 for about 1,180 nursing and midwifery staff employed "
           "by the Health and Care Department. Our remit letter, as we read it, says that the Body must have regard "
           "to the funds available to the States and to the need to recruit and retain staff; we mention it for "
           "context only. In last year's report we said that \"the Department should collect data on agency "
           "spending by ward\"; that data has now been supplied and we have used it below.")
    d.h2("Evidence we received")
    d.para("The Department proposed an award of 2.5 per cent, within its budget. The Arnsey Nursing Union argued "
           "that pay should rise by 9 per cent to make up for the years in which awards fell behind prices. We also "
           "heard from ward managers at the General Hospital and the Maison Ridgeway care home, and visited the "
           "maternity unit.")
    d.h2("Key findings")
    d.listing(["The vacancy rate for registered nurses reached 14 per cent in March 2025, and 21 per cent in "
               "midwifery.",
               "Spending on agency nurses rose to \u00a37.8 million in 2024-25, more than double that of 2021-22.",
               "Four in ten nurses who left in 2024 had been in post for less than three years; most cited housing "
               "costs.",
               "Pay for newly qualified nurses is 6 per cent below that offered in the nearest mainland health "
               "boards."],
              ["1.", "2.", "3.", "4."])
    d.para("Taking the evidence together, we think a larger award than the Department proposed is needed, targeted "
           "at the points where recruitment is hardest.")
    d.box("Summary of recommendations", ["**%s** %s" % r for r in RECS],
          ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)", "(g)"])
    d.para("Staff on the outer islands of Cleyhold and Sarre asked for an allowance of their own. We do not recommend "
           "a separate allowance for the outer islands this year, because the numbers are small and the "
           "Department already pays their travel costs. We estimate that our recommendations together would cost "
           "about \u00a34.9 million in 2025-26.")
    d.meta("Professor Alison Vautier-Keyes, Chair, on behalf of the Public Service Pay Review Body | 12 June 2025")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 7, 29, 9, 0, tzinfo=dt.timezone.utc), 10.4, NAVY)
    d.meta("STATES OF ARNSEY | STATES ASSEMBLY | WRITTEN STATEMENT")
    d.h1("Nursing and midwifery pay 2025-26: response to the Pay Review Body")
    d.meta("Statement by the Minister for Health and Care, Deputy Marianne Brehaut | Laid before the Assembly on 29 "
           "July 2025 | WS 2025/41")
    d.para("I am grateful to the Review Body and its secretariat for their sixth report, which I have today laid "
           "before the Assembly. Our nurses, midwives and healthcare assistants have carried the Island's health "
           "service through a very difficult period, and the Council of Ministers has considered the report with "
           "that in mind.")
    d.para("The Council of Ministers accepts that a larger award than the Department proposed is justified, but it "
           "cannot be met in full from this year's budget. The 4.5 per cent uplift will therefore be paid in two "
           "stages: 3 per cent backdated to 1 April 2025 and a further 1.5 per cent from 1 October 2025. I also "
           "agree with the Review Body that the pay round has started too late in recent years. From this autumn "
           "the Department will send its evidence by 31 October, so that future awards can be paid on time in "
           "April.")
    d.para("Pay at the start of the career matters most for recruitment. From 1 April 2025 the first point of Band "
           "5 will be deleted, and every newly qualified nurse and midwife will join on what is now the second "
           "point. Staff already on the first point will move up with arrears.")
    d.para("On housing, the States will build 40 further key worker flats at Ridgeway, to be ready in 2027. A larger "
           "programme cannot be funded within the current capital plan, but the Housing Minister will look again at "
           "the need when the plan is reviewed.")
    d.para("The Council of Ministers has not accepted the proposed increase in the night-time enhancement, which "
           "will remain at 30 per cent. Night work on Arnsey is already paid at a higher rate than in most "
           "comparable services, and the cost would fall mainly on the wards with the fewest vacancies.")
    d.para("Nor will the Department introduce a retention payment for midwives. We do not believe a payment for one "
           "profession alone would be fair to colleagues on the same wards; the Department will instead continue "
           "its relocation support for all newly recruited staff.")
    d.para("The total cost of this year's award, including the housing programme, is about \u00a33.6 million. It "
           "will be met from the Health and Care Department's budget and from the general reserve, and I will "
           "report to the Assembly on recruitment and retention in the spring.")
    d.meta("Deputy Marianne Brehaut, Minister for Health and Care")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Public Service Pay Review Body - PRB/25/2 - Sixth Report 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="States Assembly - Written Statement WS 2025/41",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "All pay points for nurses, midwives and healthcare assistants should",
         "reply_contains": "3 per cent backdated to 1 April 2025", "verdict": "partly"},
        {"number": 2, "starts_with": "The lowest pay point of Band 5 should be removed,",
         "reply_contains": "the first point of Band 5 will be deleted", "verdict": "agrees"},
        {"number": 3, "starts_with": "The enhancement for hours worked between 20:00 and 06:00",
         "reply_contains": "has not accepted the proposed increase in the night-time enhancement",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "The Health and Care Department should introduce a retention payment",
         "reply_contains": "Nor will the Department introduce a retention payment for midwives",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "The States should provide 120 additional key worker flats",
         "reply_contains": "the States will build 40 further key worker flats", "verdict": "partly"},
        {"number": 6, "starts_with": "The States should send us their written evidence by the",
         "reply_contains": "the Department will send its evidence by 31 October", "verdict": "agrees"},
        {"number": 7, "starts_with": "The job profile for Band 6 clinical nurse specialists should",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["grateful to the Review Body and its secretariat",
                 "The total cost of this year's award, including the housing programme"]
    notes = ("Advice: an island government's independent PAY REVIEW BODY REPORT (invented States of Arnsey); seven "
             "recommendations LETTERED (a)-(g) with BOLD LEAD-INS ('Headline award.', 'Starting pay.' ...) in a "
             "shaded BOX 'Summary of recommendations'; starts_with is the sentence after the lead-in. Traps: key "
             "findings numbered 1.-4.; the remit letter paraphrased ('the Body must have regard'); last year's "
             "recommendation quoted ('the Department should collect data on agency spending'); the union's 'pay "
             "should rise by 9 per cent'; 'We do not recommend a separate allowance for the outer islands'. "
             "Response: the Minister's WRITTEN STATEMENT in running paragraphs by THEME, no letters, other order: "
             "introduction (nothing); ONE paragraph answering (a) 4.5 per cent paid in two stages, 3 + 1.5 (partly) "
             "and (f) 'I also agree ... evidence by 31 October' (agrees); (b) first point of Band 5 deleted "
             "(agrees); (e) 40 flats instead of 120 (partly); (c) 'has not accepted', stays at 30 per cent "
             "(disagrees); (d) 'Nor will the Department introduce a retention payment' (disagrees); closing on "
             "cost (nothing); (g) never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

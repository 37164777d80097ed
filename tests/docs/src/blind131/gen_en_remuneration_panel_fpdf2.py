"""Round 131 (EN): a Welsh county council's INDEPENDENT REMUNERATION PANEL report on members' allowances, answered by
the MINUTES of the full Council meeting that considered it (a minute with its own RESOLVED (1)-(6)).
The advice: UNNUMBERED recommendations in bold-ruled paragraphs opening 'The Panel recommends that …' (one 'We
therefore recommend that …'), among findings; a figures table of allowances. Traps: the Local Government (Wales)
Measure paraphrased ('must'), the previous panel's recommendation quoted ('should be frozen'), a list of questions
put to members in the survey, a paragraph of 'The Panel considered but does not recommend …', a closing naming
'the first and third recommendations'.
The response: minutes with items on apologies and declarations (nothing), the debate summary, RESOLVED clauses in
another order with their own numbers, one resolution covering two recommendations; one recommendation not mentioned.
fpdf2, A4, cleaned Liberation Sans (report) and cleaned DejaVu Sans (minutes), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Measure is named
as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind131en/bin/python tests/docs/src/blind131/gen_en_remuneration_panel_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b131en as H
from fpdf import FPDF

NAME = "blind131_en_remuneration_panel"
INK = (32, 64, 96)


class Doc(FPDF):
    def __init__(self, date, fam, size):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size = fam, size
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def meta(self, t):
        self.set_font(self.fam, "", 8.5)
        self.set_text_color(90, 90, 90)
        self.multi_cell(self.tw, 4.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 16)
        self.set_text_color(*INK)
        self.multi_cell(self.tw, 7.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(2)
        self.set_font(self.fam, "B", 11.5)
        self.set_text_color(*INK)
        self.multi_cell(self.tw, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.size * 0.5, t)
        self.ln(1.8)

    def rec(self, t):
        self.set_font(self.fam, "B", self.size)
        y0 = self.get_y()
        self.set_x(self.l_margin + 5)
        self.multi_cell(self.tw - 5, self.size * 0.5, t)
        self.set_draw_color(*INK)
        self.set_line_width(0.9)
        self.line(self.l_margin + 1, y0, self.l_margin + 1, self.get_y())
        self.ln(2.2)

    def bullets(self, items, mark="-"):
        self.set_font(self.fam, "", self.size)
        for it in items:
            self.set_x(self.l_margin + 4)
            self.cell(5, self.size * 0.5, mark)
            self.multi_cell(self.tw - 9, self.size * 0.5, it)
            self.ln(0.8)
        self.ln(1)


def advice():
    d = Doc(datetime.datetime(2025, 10, 2, 10, 0, tzinfo=datetime.timezone.utc), "LS", 10)
    d.meta("CYNGOR SIR GLANNAU TEIFI / GLANNAU TEIFI COUNTY COUNCIL\nIndependent Remuneration Panel - Report IRP/2025/2")
    d.h1("Members' Allowances 2026/27: Report of the Independent Remuneration Panel")
    d.meta("Panel: Gwenllian Arthur-Pryce (chair), Dr Idris Fenwick, Sunita Llewellyn-Rao - 30 September 2025")
    d.h2("1. Why this report")
    d.para("The Council asked the Panel to review the allowances paid to its 54 elected members for 2026/27. The "
           "Local Government (Wales) Measure 2011 provides that a council must have regard to the Panel's "
           "recommendations and must publish its scheme of allowances each year. The previous Panel recommended "
           "in 2022 that the basic salary \"should be frozen for two years\", and the Council accepted that.")
    d.h2("2. What we did")
    d.para("We surveyed all members and received 37 replies. The survey asked:")
    d.bullets(["How many hours a week do you spend on council business?",
               "Have you claimed care costs, and if not, why not?",
               "Would you stand again at the next election?"], mark="?")
    d.para("Members reported an average of 26 hours a week on council work. Only four had ever claimed care "
           "costs, and eleven said the allowance was not enough to let them stand again.")
    d.h2("3. Current allowances")
    d.set_font("LS", "B", 9)
    d.set_fill_color(222, 230, 240)
    cols = (70, 38, 52)
    for w, t in zip(cols, ("Role", "Holders", "Annual payment 2025/26")):
        d.cell(w, 6.5, t, border=1, fill=True)
    d.ln()
    d.set_font("LS", "", 9)
    for r in (("Basic salary (all members)", "54", "GBP 18,666"), ("Leader", "1", "GBP 55,998"),
              ("Cabinet member", "8", "GBP 33,125"), ("Committee chair", "6", "GBP 27,372")):
        for w, t in zip(cols, r):
            d.cell(w, 6, t, border=1)
        d.ln()
    d.ln(3)
    d.h2("4. Our recommendations")
    d.para("Pay for members should reflect the time the role takes, but it is also a question of who can afford to "
           "stand. Our findings show a gap on both counts.")
    d.rec("The Panel recommends that the basic salary rises by 4.1 per cent from 1 April 2026, in line with the "
          "Panel's index of average earnings in the county.")
    d.rec("The Panel recommends that the Council sets the number of senior salaries at fifteen and does not pay "
          "a senior salary to any second vice-chair.")
    d.para("The care allowance is little used. Members told us they feel exposed when claiming it, because every "
           "claim is published by name.")
    d.rec("We therefore recommend that care costs are reimbursed up to GBP 500 a month and published only as a "
          "total for the whole Council.")
    d.rec("The Panel recommends that the Council offers members a phased return after long illness or parental "
          "leave, with the basic salary paid in full for up to six months.")
    d.para("The Panel considered but does not recommend a mileage rate above the national rate, since the national "
           "rate was raised in April 2025.")
    d.rec("The Panel recommends that co-opted members of the Standards Committee are paid a daily fee of GBP 256 "
          "instead of the present half-day fee.")
    d.rec("The Panel recommends that the Council publishes, each July, how many hours every member attended "
          "formal meetings in the previous year.")
    d.rec("The Panel recommends that the Council invites the Panel to review the scheme again in 2028 and "
          "not later.")
    d.h2("5. Closing")
    d.para("We consider the first and third recommendations the most important for the diversity of the next "
           "Council.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 11, 14, 10, 0, tzinfo=datetime.timezone.utc), "DV", 9.5)
    d.meta("GLANNAU TEIFI COUNTY COUNCIL")
    d.h1("Minutes of the meeting of the County Council held at Neuadd y Sir, Aberdyfan, on 13 November 2025")
    d.meta("Present: Councillor Ceri Maddox-Evans (Chair) and 47 members. Officers: Chief Executive, Monitoring "
           "Officer, Head of Democratic Services.")
    d.h2("38. Apologies for absence")
    d.para("Apologies were received from Councillors Hobday, Nwosu-Price, Tegid and Williams-Laing.")
    d.h2("39. Declarations of interest")
    d.para("All members present declared a personal interest in minute 41, as recipients of allowances, under the "
           "dispensation granted by the Standards Committee in 2024.")
    d.h2("40. Minutes")
    d.para("The minutes of the meeting held on 18 September 2025 were confirmed as a correct record.")
    d.h2("41. Report of the Independent Remuneration Panel 2026/27")
    d.para("The Head of Democratic Services introduced the Panel's report. In debate, several members supported "
           "the pay rise but questioned whether the Council could defend it while it was consulting on cuts to "
           "library hours. Councillor Maddox-Evans proposed an amendment, which was seconded and carried by 31 "
           "votes to 14, with 3 abstentions.")
    d.para("RESOLVED -", "B")
    for n, t in (
            ("(1)", "That care costs be reimbursed up to GBP 500 a month from 1 April 2026, and that claims be "
                    "published as a single figure for the Council rather than by member."),
            ("(2)", "That the basic salary rise by 2 per cent from 1 April 2026, with the balance of the Panel's "
                    "proposed increase to be reconsidered when the 2026/27 budget is set in March."),
            ("(3)", "That the number of senior salaries be kept at sixteen, including the second vice-chair, for the "
                    "remainder of this Council term."),
            ("(4)", "That a phased return scheme be adopted as proposed, but with the basic salary paid in full for "
                    "up to three months rather than six."),
            ("(5)", "That the Monitoring Officer bring a report on the fees for co-opted members to the Standards "
                    "Committee, which will advise the Council on any change."),
            ("(6)", "That the Panel be invited to review the scheme in 2028, and that the Head of Democratic "
                    "Services write to the Panel to thank it for its work.")):
        d.set_font("DV", "", 9.5)
        d.set_x(d.l_margin + 3)
        d.cell(9, 4.75, n)
        d.multi_cell(d.tw - 12, 4.75, t)
        d.ln(1.4)
    d.h2("42. Questions from the public")
    d.para("One question had been received, on the opening hours of Aberdyfan library. The Cabinet Member for "
           "Culture replied that a decision is expected in January 2026.")
    d.para("The meeting closed at 16:42.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Glannau Teifi County Council - Independent Remuneration Panel",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="County Council - Minutes - 13 November 2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Panel recommends that the basic salary rises by 4.1",
         "reply_contains": "That the basic salary rise by 2 per cent", "verdict": "partly"},
        {"number": 2, "starts_with": "The Panel recommends that the Council sets the number of",
         "reply_contains": "senior salaries be kept at sixteen, including the second vice-chair",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "We therefore recommend that care costs are reimbursed up to",
         "reply_contains": "claims be published as a single figure for the Council", "verdict": "agrees"},
        {"number": 4, "starts_with": "The Panel recommends that the Council offers members a phased",
         "reply_contains": "up to three months rather than six", "verdict": "partly"},
        {"number": 5, "starts_with": "The Panel recommends that co-opted members of the Standards Committee",
         "reply_contains": "bring a report on the fees for co-opted members", "verdict": "noted"},
        {"number": 6, "starts_with": "The Panel recommends that the Council publishes, each July, how",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "The Panel recommends that the Council invites the Panel to",
         "reply_contains": "That the Panel be invited to review the scheme in 2028", "verdict": "agrees"},
    ]
    unmatched = ["Apologies were received from Councillors Hobday",
                 "The minutes of the meeting held on 18 September 2025",
                 "One question had been received, on the opening hours"]
    notes = ("Advice: a Welsh county council's INDEPENDENT REMUNERATION PANEL report on members' allowances with "
             "UNNUMBERED bold recommendations beside a ruled left bar, six opening 'The Panel recommends that ...' "
             "and one 'We therefore recommend that ...', among plain findings paragraphs. Traps: the Measure "
             "paraphrased ('must have regard', 'must publish'), the 2022 Panel's recommendation quoted ('should be "
             "frozen', accepted), a list of survey questions, an allowances table, 'considered but does not "
             "recommend' a mileage rate, a closing naming 'the first and third recommendations'. Response: full "
             "Council MINUTES (items 38-42) whose minute 41 ends 'RESOLVED -' with clauses (1)-(6) of its own, in "
             "another order and unnumbered against the report: (1) care costs as proposed (3: agrees); (2) 2 per "
             "cent now, balance reconsidered (1: partly); (3) sixteen senior salaries kept (2: disagrees); (4) "
             "phased return, three months not six (4: partly); (5) fees referred to the Standards Committee (5: "
             "noted); (6) review in 2028 (7: agrees); the attendance publication (6) is not mentioned "
             "(unanswered). Apologies, declarations, previous minutes, public questions answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 132 (EN): an Australian state SENTENCING COUNCIL's REPORT on unpaid community work, answered by the
ATTORNEY-GENERAL's LETTER to the Council's chair, which refers to the recommendations only by ORDINAL ('the Council's
second recommendation'), in another order, one paragraph answering the first and the third.
The advice: SHADED BOXES headed 'Recommendation 1'-'Recommendation 7' inside chapters 3-5, among findings. Traps: the
Sentencing Act paraphrased ('must not', 'must'), 'Key findings' numbered 1-5 in the summary (figures), the terms of
reference as (a)-(c), a stakeholder's proposal quoted ('should be abolished'), a paragraph 'The Council does not
recommend ...', a closing naming 'Recommendations 2 and 6'.
The response: opening (nothing); first and third together (agrees, partly), fourth, second, sixth, fifth; a paragraph on
'the fourth key finding' with figures (nothing); closing (nothing); the seventh never answered.
fpdf2, A4, cleaned Liberation Serif (report) and cleaned DejaVu Sans (letter), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the state and its
Sentencing Act are not named (what is said of the Act is invented context).
Run:  /tmp/blind132en/bin/python tests/docs/src/blind132/gen_en_sentencing_council_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b132en as H
from fpdf import FPDF

NAME = "blind132_en_sentencing_council"
INK = (110, 40, 30)
SHADE = (246, 236, 228)


class Doc(FPDF):
    def __init__(self, date, fam, size):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size = fam, size
        for f, files in (("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf")),
                         ("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(25, 21, 25)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def meta(self, t):
        self.set_font(self.fam, "", 9)
        self.set_text_color(95, 95, 95)
        self.multi_cell(self.tw, 4.6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 17)
        self.set_text_color(*INK)
        self.multi_cell(self.tw, 7.8, t)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(2)
        self.set_font(self.fam, "B", 12.5)
        self.set_text_color(*INK)
        self.multi_cell(self.tw, 6.2, t)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.size * 0.48, t)
        self.ln(1.8)

    def listing(self, items, marks):
        self.set_font(self.fam, "", self.size)
        for m, it in zip(marks, items):
            self.set_x(self.l_margin + 3)
            self.cell(7, self.size * 0.48, m)
            self.multi_cell(self.tw - 10, self.size * 0.48, it)
            self.ln(0.8)
        self.ln(1)

    def box(self, n, t):
        """A shaded box 'Recommendation n' with the text; moved whole to the next page if it does not fit."""
        lh = self.size * 0.48
        self.set_font(self.fam, "", self.size)
        lines = len(self.multi_cell(self.tw - 10, lh, t, dry_run=True, output="LINES"))
        h = 4 + 6 + lines * lh + 3
        if self.get_y() + h > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        self.set_fill_color(*SHADE)
        self.set_draw_color(*INK)
        self.set_line_width(0.4)
        self.rect(self.l_margin, y0, self.tw, h, style="DF")
        self.set_xy(self.l_margin + 5, y0 + 3)
        self.set_font(self.fam, "B", self.size - 0.5)
        self.set_text_color(*INK)
        self.cell(self.tw - 10, 5, f"Recommendation {n}")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + 5, y0 + 9)
        self.set_font(self.fam, "", self.size)
        self.multi_cell(self.tw - 10, lh, t)
        self.set_y(y0 + h + 3)


def advice():
    d = Doc(datetime.datetime(2025, 9, 16, 9, 0, tzinfo=datetime.timezone.utc), "LF", 11)
    d.meta("SENTENCING STANDARDS COUNCIL  |  Report 31  |  September 2025")
    d.h1("Unpaid Community Work: Making Community Correction Orders Work")
    d.meta("Council chair: Emeritus Professor Judith Carrow-Lindqvist  |  Ref. SSC-R31-2025")
    d.h2("Summary")
    d.para("The Attorney-General asked the Council to examine how unpaid community work is ordered and completed "
           "under community correction orders. The terms of reference asked the Council to consider:")
    d.listing(["how many hours are ordered, and how many are completed on time;",
               "what stops offenders completing their hours, especially outside the metropolitan area;",
               "whether the law on time limits and breach should change."], ["(a)", "(b)", "(c)"])
    d.para("Key findings:", "B")
    d.listing(["Courts ordered 1.92 million hours of unpaid work in 2023-24.",
               "Only 58 per cent of orders with unpaid work were completed within the time set.",
               "Completion was 17 points lower in regional areas than in the capital.",
               "Thirty-eight per cent of breaches were for hours not done, not for new offending.",
               "There is one work supervisor for every 64 offenders in regional areas."],
              ["1.", "2.", "3.", "4.", "5."])
    d.h2("Chapter 3: The law and its limits")
    d.para("Under the state's Sentencing Act, a court must not order more than 600 hours of unpaid work, and the "
           "hours must be completed within 12 months unless the court sets a shorter period. An offender may now "
           "count up to 10 per cent of hours towards approved courses.")
    d.box(1, "The Sentencing Act should be amended so that offenders can count up to 20 per cent of their "
             "unpaid work hours towards approved education, training or treatment programs.")
    d.para("The legal aid commission told us that the 12-month period is often too short for people in casual "
           "work or with caring duties.")
    d.box(2, "The Act should allow a court to set a period of up to 24 months for completing unpaid work where "
             "more than 300 hours are ordered.")
    d.h2("Chapter 4: Supervision and work placements")
    d.para("Regional offices struggle to offer enough work placements. Most work is done in crews at council "
           "depots, and few placements exist with community organisations.")
    d.box(3, "The Government should fund Community Corrections to employ 40 additional work supervisors, "
             "located in regional areas, over the next two budget years.")
    d.box(4, "Community Corrections should publish quarterly data on unpaid work hours ordered, hours completed "
             "and completion rates, broken down by region.")
    d.box(5, "The Government should develop, with the not-for-profit sector, a scheme for approved individual "
             "placements with charities, op shops and community groups.")
    d.h2("Chapter 5: Breach")
    d.para("One peak body argued that imprisonment for breach \"should be abolished for failure to perform unpaid "
           "work\". The Council does not recommend going that far, since a court needs a final sanction for "
           "persistent non-compliance.")
    d.box(6, "The Act should create a presumption against imprisonment for breach where an offender has completed "
             "at least 75 per cent of the hours ordered.")
    d.box(7, "The Attorney-General should ask the Council to review the operation of these changes three years "
             "after they commence.")
    d.h2("Conclusion")
    d.para("The Council considers Recommendations 2 and 6 to be the changes most likely to raise completion rates "
           "quickly, and both can be made without new money.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 12, 3, 9, 0, tzinfo=datetime.timezone.utc), "DV", 10)
    d.meta("ATTORNEY-GENERAL\nParliament House  |  Our ref. AG25/07741")
    d.ln(3)
    d.para("2 December 2025")
    d.para("Emeritus Professor Judith Carrow-Lindqvist\nChair, Sentencing Standards Council")
    d.para("Dear Professor Carrow-Lindqvist")
    d.para("Report 31: Unpaid Community Work", "B")
    d.para("Thank you for the Council's report, which I tabled in Parliament on 21 October. The Government has "
           "now considered it with Corrections and the courts, and I am writing to set out our position.")
    d.para("The Government supports the Council's first recommendation, and I intend to bring the necessary "
           "amendment to Parliament in the autumn 2026 sittings. It supports the third in part: the 2026-27 "
           "Budget will fund 15 additional supervisors rather than 40, with recruitment to start in July 2026, and "
           "further numbers will depend on the completion data.")
    d.para("The fourth recommendation is accepted. Corrections has agreed to publish regional completion data on "
           "its website every three months, beginning with the figures for the March 2026 quarter.")
    d.para("On the second recommendation, the Government has decided not to extend the completion period. "
           "Longer orders would keep people under supervision for longer and, on the advice of Corrections, "
           "would not in themselves raise completion. Courts can already extend an order on application.")
    d.para("The Government does not support the sixth recommendation either. A presumption of this kind would "
           "limit judicial discretion in a way the Government is not prepared to accept at this time, and the "
           "Chief Magistrate has advised that magistrates already take completed hours into account.")
    d.para("As for the fifth, I have asked my department to discuss individual placements with the not-for-profit "
           "peak bodies and to report back to me in the second half of 2026, after which the Government will "
           "decide whether to proceed.")
    d.para("I note that the fourth key finding in the report, on breaches for hours not done, is consistent with "
           "Corrections' own figure of 36 per cent for 2024-25.")
    d.para("I thank the Council and its staff for a thorough and practical report.")
    d.para("Yours sincerely")
    d.para("Hon. Marcus Delahunty-Ross MP\nAttorney-General")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Sentencing Standards Council - Report 31 - Unpaid Community Work",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Attorney-General - AG25/07741",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Sentencing Act should be amended so that offenders can count",
         "reply_contains": "bring the necessary amendment to Parliament in the autumn 2026 sittings",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The Act should allow a court to set a period of",
         "reply_contains": "the Government has decided not to extend the completion period",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "The Government should fund Community Corrections to employ 40 additional",
         "reply_contains": "Budget will fund 15 additional supervisors rather than 40", "verdict": "partly"},
        {"number": 4, "starts_with": "Community Corrections should publish quarterly data on unpaid work hours",
         "reply_contains": "Corrections has agreed to publish regional completion data on its website",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "The Government should develop, with the not-for-profit sector, a scheme",
         "reply_contains": "after which the Government will decide whether to proceed", "verdict": "noted"},
        {"number": 6, "starts_with": "The Act should create a presumption against imprisonment for breach",
         "reply_contains": "would limit judicial discretion in a way the Government is not prepared",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Attorney-General should ask the Council to review the operation",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["which I tabled in Parliament on 21 October",
                 "consistent with Corrections' own figure of 36 per cent",
                 "I thank the Council and its staff for a thorough"]
    notes = ("Advice: an Australian state SENTENCING COUNCIL's REPORT; the seven recommendations are SHADED BOXES "
             "headed 'Recommendation 1'-'7' inside chapters 3-5, among findings ('The Sentencing Act should ...', "
             "'The Government should ...'). Traps: terms of reference (a)-(c), 'Key findings' numbered 1-5 with "
             "figures, the Act paraphrased ('must not order', 'must be completed'), the legal aid commission's view, "
             "a peak body quoted ('should be abolished'), 'The Council does not recommend going that far', a "
             "conclusion naming 'Recommendations 2 and 6'. Response: the ATTORNEY-GENERAL's LETTER by ORDINALS "
             "only, in another order: one paragraph answers the first (amendment in autumn 2026: agrees) and the "
             "third ('in part', 15 supervisors rather than 40: partly); the fourth accepted (agrees); the second 'decided not "
             "to extend' (disagrees); the sixth 'does not support ... either' (disagrees); the fifth 'asked my "
             "department to discuss ... will decide whether to proceed' (noted); the seventh (three-year review) is "
             "never mentioned (unanswered). The opening (tabled 21 October), a paragraph on 'the fourth key "
             "finding' (a finding, not recommendation 4, with a figure) and the thanks answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

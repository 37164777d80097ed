"""Round 112 (EN): an English university STUDENTS' UNION HOUSING COMMISSION report on student accommodation, seven
recommendations in SHADED BOXES coded SU1-SU7 SPLIT ACROSS three SUB-HEADINGS (Cost / Condition and repairs / Support),
each box after the finding it rests on, answered by a UNIVERSITY EXECUTIVE BOARD paper whose 'Management response'
TABLE has a 'No.' NUMBER COLUMN (No. / Commission recommendation / Management response / Lead / Target date), one row
covering two recommendations and one recommendation (addressed to the city council) left out. fpdf2, A4, cleaned
Liberation Sans, fixed creation date; teal block letterhead, 'Our survey in numbers' strip, numbered principles
(not recommendations); running header from page 2 and 'Page N of M' on every page. All bodies, people, places and
figures invented; the Housing Act 2004 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind112en/bin/python tests/docs/src/blind112/gen_en_student_housing_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b112en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind112_en_student_housing"
TEAL = (0, 110, 112)
PALE = (226, 242, 241)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 4, 1, tzinfo=datetime.timezone.utc))
        self.add_font("LS", "", H.clean_font("LiberationSans-Regular.ttf"))
        self.add_font("LS", "B", H.clean_font("LiberationSans-Bold.ttf"))
        self.add_font("LS", "I", H.clean_font("LiberationSans-Italic.ttf"))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() > 1:
            self.set_font("LS", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def letterhead(self, org, sub):
        self.set_fill_color(*TEAL)
        self.rect(0, 0, self.w, 26, style="F")
        self.set_xy(self.l_margin, 7)
        self.set_font("LS", "B", 16)
        self.set_text_color(255, 255, 255)
        self.cell(0, 8, org, new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9)
        self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(33)

    def hd(self, t, size=12, color=TEAL):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=10, style=""):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)

    def li(self, label, text, indent=3, w=7):
        self.set_font("LS", "", 10)
        self.set_x(self.l_margin + indent)
        self.cell(w, 5, label)
        old = self.l_margin
        self.set_left_margin(old + indent + w)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_left_margin(old)
        self.ln(1.2)

    def box(self, code, text):
        pad, codew = 3, 14
        w = self.w - self.l_margin - self.r_margin
        self.set_font("LS", "", 10)
        lines = self.multi_cell(w - codew - 2 * pad, 5, text, dry_run=True, output="LINES")
        h = len(lines) * 5 + 2 * pad
        if self.get_y() + h > self.h - 22:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(*PALE)
        self.set_draw_color(*TEAL)
        self.rect(x, y, w, h, style="F")
        self.set_fill_color(*TEAL)
        self.rect(x, y, 1.6, h, style="F")
        self.set_xy(x + pad, y + pad)
        self.set_font("LS", "B", 10.5)
        self.set_text_color(*TEAL)
        self.cell(codew, 5, code)
        self.set_text_color(0, 0, 0)
        self.set_font("LS", "", 10)
        self.set_xy(x + pad + codew, y + pad)
        self.multi_cell(w - codew - 2 * pad, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + h + 4)


RECS = {
    "SU1": "Freeze rents in all University-owned halls for the 2027-28 academic year, so that no returning student pays more than they do now.",
    "SU2": "Replace the requirement for a UK-based guarantor with a University rent guarantee scheme for students who cannot provide one.",
    "SU3": "Commission an independent survey of damp and mould in every University hall by the end of 2026, and publish the results block by block.",
    "SU4": "Adopt a repairs standard of 24 hours for urgent faults and five working days for all others, and report performance to the Students' Union every term.",
    "SU5": "Work with Kelsborough City Council to set up a voluntary accreditation scheme for private landlords who let to students.",
    "SU6": "Fund a full-time tenancy rights adviser in the Students' Union Advice Centre for at least three years.",
    "SU7": "Set aside 200 rooms in halls each year at a reduced rent for returning students who are in financial hardship.",
}


def advice():
    d = Doc("Kelsborough Students' Union - Housing Commission 2025-26 - Final report")
    d.add_page()
    d.letterhead("Kelsborough Students' Union", "Housing Commission 2025-26  |  Final report  |  March 2026")
    d.set_font("LS", "B", 17)
    d.multi_cell(0, 8, "A Place to Study: student housing in Kelsborough", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.p("Report of the Housing Commission to the University of Kelsborough and to the Union's Student Council. Chair of the Commission: Amara Nwosu, Vice-President Welfare. Secretary: Tom Belcher, Policy and Research Coordinator.", 8.8)
    d.hd("About the Commission")
    d.p("Student Council set up the Housing Commission in October 2025 after rents in University halls rose by 7.5% for the second year running. The Commission had seven student members and two observers, from the University's Accommodation Office and from Kelsborough City Council's private sector housing team. It met eight times between November 2025 and February 2026.")
    d.p("Three principles guided our work:")
    d.li("1.", "Housing is part of the cost of studying, not an extra.")
    d.li("2.", "Every student is entitled to a safe, warm and dry home.")
    d.li("3.", "Students should have somewhere to turn when things go wrong.")
    d.ln(1.5)
    d.set_fill_color(*PALE)
    d.set_font("LS", "B", 9.2)
    d.set_text_color(*TEAL)
    d.cell(0, 6.5, "  Our survey in numbers (February 2026)", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 9)
    with d.table(col_widths=(42, 42, 43, 43), line_height=4.6, text_align="CENTER", first_row_as_headings=False,
                 borders_layout="NONE", cell_fill_color=PALE, cell_fill_mode="ALL") as t:
        r = t.row()
        for c in ("1,946 responses", "64% in halls or private lets", "38% had damp or mould", "1 in 5 missed a rent payment"):
            r.cell(c)
    d.ln(4)
    d.hd("1. Cost")
    d.p("The cheapest standard room in a University hall now costs GBP 168 a week, or 62% of the maximum maintenance loan for a student living away from home outside London. In its Cost of Living Review of 2021 the Union asked that \"the University should cap hall rents at 50% of the maximum maintenance loan\". That has not happened, and we do not repeat the request here; we are also not asking the University to build new halls.")
    d.box("SU1", RECS["SU1"])
    d.p("International students and students estranged from their families told us they had been turned away by private landlords, and sometimes by the University's own partner providers, because they had no guarantor in the UK.")
    d.box("SU2", RECS["SU2"])
    d.hd("2. Condition and repairs")
    d.p("More than a third of respondents reported damp or mould, most often in Fenwick Court and the older blocks at Hollins Park. Under the Housing Act 2004, local housing authorities must assess hazards such as damp and mould in rented homes, and several respondents said the University should be held to the same standard as any landlord.")
    d.box("SU3", RECS["SU3"])
    d.p("Students in halls waited a median of nine working days for a repair, and one in eight said a repair they reported in the autumn term had still not been done by February.")
    d.box("SU4", RECS["SU4"])
    d.p("In the private sector the picture is mixed. Most students are happy with their landlord, but a minority of properties are in very poor condition, and students do not know which landlords to avoid.")
    d.box("SU5", RECS["SU5"])
    d.hd("3. Support")
    d.p("The Union's Advice Centre handled 611 housing enquiries in 2024-25, up from 342 two years earlier, with one part-time adviser. Deposit disputes and disrepair were the most common problems.")
    d.box("SU6", RECS["SU6"])
    d.p("Students who fall behind with rent in halls are referred to the Hardship Fund, but awards are one-off payments and do not help with next year's rent.")
    d.box("SU7", RECS["SU7"])
    d.hd("Next steps")
    d.p("Student Council endorsed this report on 4 March 2026. We regard SU2, SU3 and SU6 as the most urgent, and we ask the University Executive Board to publish a response before the end of the summer term.")
    d.p("Amara Nwosu, Vice-President Welfare, Chair of the Housing Commission", 8.8, "I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("University of Kelsborough - University Executive Board - Paper UEB/26/045")
    d.add_page()
    d.letterhead("University of Kelsborough", "University Executive Board  |  Paper UEB/26/045  |  Meeting of 19 May 2026")
    d.set_font("LS", "B", 14)
    d.multi_cell(0, 7, "Management response to the Students' Union Housing Commission report 'A Place to Study'", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.p("Sponsor: Professor Karen Holloway, Pro-Vice-Chancellor (Student Experience)  |  Author: Ian Prothero, Director of Residential Services  |  Status: for approval; to be published", 8.6)
    d.hd("1. Purpose", 11)
    d.p("This paper sets out the University's response to the recommendations of the Students' Union Housing Commission, which the Vice-President Welfare presented to the Board on 21 April 2026. The Board is asked to approve the responses in section 3 for publication.")
    d.hd("2. Context", 11)
    d.p("The University owns 4,180 bed spaces in eleven halls, and occupancy in 2025-26 was 97.2%. Hall income must cover the cost of running and maintaining the halls and repaying the loan for Riverside Quarter, which opens in September 2027 with 650 rooms. Recommendation 5 of the Board's own 2024 Residences Review, on energy efficiency, is being taken forward separately and is not affected by this paper.")
    d.hd("3. Management response", 11)
    d.set_font("LS", "", 8.6)
    d.set_draw_color(150, 170, 170)
    d.set_fill_color(255, 255, 255)
    rows = [
        ("No.", "Commission recommendation", "Management response", "Lead", "Target date"),
        ("1", "Rent freeze in halls for 2027-28",
         "Rents for the 1,120 lowest-priced rooms will be frozen for 2027-28. A general freeze is not affordable while Riverside Quarter is being paid for, so other rooms will rise by no more than 2.5%.",
         "Director of Residential Services", "Rents set by Jan 2027"),
        ("2", "University rent guarantee scheme",
         "Agreed. The University will act as guarantor for any student without a UK guarantor who takes a room in halls or with a partner provider, through a scheme to be launched for 2026-27 arrivals.",
         "Director of Student Finance", "August 2026"),
        ("3 and 4", "Damp and mould survey; repairs standard",
         "An independent surveyor has been appointed to inspect every hall over the summer vacation, and the block-by-block findings will be published by December 2026. We will adopt the proposed response times from September; performance will be reported to the Union once a year rather than each term, through the annual residences report.",
         "Head of Estates Maintenance", "Dec 2026 / Sept 2026"),
        ("6", "Tenancy adviser in the Union Advice Centre",
         "Not agreed. The University already funds two accommodation advisers in Student Services who advise on private tenancies, and it will not fund a duplicate post. We will offer joint training to Union advice staff.",
         "Director of Student Services", "-"),
        ("7", "Reduced-rent rooms for students in hardship",
         "We recognise the problem. The idea will be considered by the Accommodation Strategy Group as part of its review of the hall portfolio, due to report in 2027, and no decision has been taken.",
         "PVC (Student Experience)", "2027"),
    ]
    with d.table(col_widths=(13, 33, 76, 26, 22), line_height=4.3, first_row_as_headings=True, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                 cell_fill_color=PALE, cell_fill_mode="ROWS", padding=(1.3, 1.5)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)
    d.hd("4. Resource implications", 11)
    d.p("The rent freeze on the lowest-priced rooms will cost about GBP 410,000 in 2027-28. The damp and mould survey has been procured for GBP 86,000 from the estates maintenance budget, and the rent guarantee scheme is expected to cost less than GBP 40,000 a year in unrecovered rent.")
    d.hd("5. Communication", 11)
    d.p("Subject to the Board's approval, this response will be published on the University website and sent to the Students' Union, and the Pro-Vice-Chancellor will attend Student Council in June to answer questions.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Freeze rents in all University-owned halls for the 2027-28 academic year",
         "reply_contains": "A general freeze is not affordable while Riverside Quarter", "verdict": "partly"},
        {"number": 2, "starts_with": "Replace the requirement for a UK-based guarantor with a University",
         "reply_contains": "The University will act as guarantor for any student", "verdict": "agrees"},
        {"number": 3, "starts_with": "Commission an independent survey of damp and mould in every",
         "reply_contains": "An independent surveyor has been appointed to inspect every hall", "verdict": "agrees"},
        {"number": 4, "starts_with": "Adopt a repairs standard of 24 hours for urgent faults",
         "reply_contains": "reported to the Union once a year rather than each term", "verdict": "partly"},
        {"number": 5, "starts_with": "Work with Kelsborough City Council to set up a voluntary",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Fund a full-time tenancy rights adviser in the Students' Union",
         "reply_contains": "it will not fund a duplicate post", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Set aside 200 rooms in halls each year at a reduced rent",
         "reply_contains": "considered by the Accommodation Strategy Group as part of its review", "verdict": "noted"},
    ]
    unmatched = ["The Board is asked to approve the responses in section 3",
                 "The University owns 4,180 bed spaces in eleven halls",
                 "will cost about GBP 410,000 in 2027-28",
                 "will attend Student Council in June to answer questions"]
    notes = ("Advice: English university Students' Union Housing Commission final report to the University and Student "
             "Council; recs are SHADED BOXES coded SU1-SU7 SPLIT ACROSS three numbered SUB-HEADINGS (Cost / Condition and "
             "repairs / Support), each box after the finding paragraph it rests on; traps: numbered list of three PRINCIPLES "
             "('Students should have somewhere to turn'), 'Our survey in numbers' strip, the Union's 2021 Cost of Living "
             "Review quoted ('the University should cap hall rents at 50%'), 'we are also not asking the University to build "
             "new halls', Housing Act 2004 'local housing authorities must assess', 'the University should be held to the "
             "same standard', closing line naming 'SU2, SU3 and SU6'. Response: UNIVERSITY EXECUTIVE BOARD paper UEB/26/045 "
             "whose 'Management response' TABLE has a 'No.' NUMBER COLUMN plus a summary column, rows 1, 2, '3 and 4', 6, 7: "
             "lowest-priced rooms frozen, others up to 2.5% (1 partly); University acts as guarantor from August 2026 (2 "
             "agrees); ONE row '3 and 4' = independent damp survey, results by December 2026 (3 agrees) + response times "
             "adopted but reported once a year not each term (4 partly); tenancy adviser refused, joint training instead (6 "
             "disagrees); reduced-rent rooms left to the Accommodation Strategy Group review in 2027 (7 noted); SU5 (landlord "
             "accreditation with the City Council) has no row (5 unanswered); purpose, context with 4,180 bed spaces and the "
             "Board's own 'Recommendation 5' of its 2024 Residences Review, resource implications with GBP figures, "
             "communication (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

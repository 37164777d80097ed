"""Round 121 (EN): a US city's URBAN FORESTRY BOARD annual report to the City Council, whose recommendations are
LETTERED (a)-(g) after the lead-in 'The Board recommends that the City Council:'. Traps: canopy findings numbered
1.-4., the Municipal Code quoted ('shall', 'must'), the Board's 2024 recommendation quoted ('should adopt', done), a
closing 'Items (a) and (d) are the Board's priorities'. Answered by the City's STAFF REPORT (agenda item 7.C) whose
core is a ruled TABLE 'Item | Board recommendation (summary) | Staff position | Staff response' with a letter
column, rows (a)-(f) and a staff-initiated row (g is missing), plus fiscal impact and a recommended action.
fpdf2, Letter size, cleaned Liberation Sans (report) and DejaVu Serif (staff report), fixed creation dates; header
and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind121en/bin/python tests/docs/src/blind121/gen_en_tree_board_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b121en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind121_en_tree_board"
GREEN = (46, 94, 40)
PALE = (232, 240, 228)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", format="Letter")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("DS", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")),
                         ("LA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=5.0, after=2.2, indent=0, markdown=False):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=markdown, align="L")
        self.ln(after)

    def head(self, t, size=11.5, before=2.5):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def item(self, label, t, size=10, lh=5.0, gap=9, after=1.6):
        self.set_font(self.fam, "", size)
        y = self.get_y()
        if y + lh * 2 > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + 4)
        self.cell(gap, lh, label)
        self.set_xy(self.l_margin + 4 + gap, y)
        self.multi_cell(self.tw - gap - 4, lh, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(after)


def advice():
    d = Doc(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.timezone.utc), "LA")
    d.set_fill_color(*GREEN)
    d.rect(0, 0, d.w, 30, "F")
    d.set_xy(22, 9)
    d.set_font("LA", "B", 17)
    d.set_text_color(255, 255, 255)
    d.cell(0, 8, "City of Cedar Bluff Urban Forestry Board")
    d.set_xy(22, 18)
    d.set_font("LA", "", 10)
    d.cell(0, 6, "Annual Report and Recommendations to the City Council, Fiscal Year 2027")
    d.set_text_color(0, 0, 0)
    d.set_y(38)
    d.para("Adopted by the Board at its regular meeting of February 19, 2026. Chair: Rosalind Okafor. "
           "Vice Chair: Peter Lindqvist.", size=9, style="I")
    d.head("About the Board")
    d.para("The Urban Forestry Board is a seven-member advisory body appointed by the Mayor under Chapter 12.40 of the "
           "Cedar Bluff Municipal Code. It advises the City Council on the planting, care and protection of trees on "
           "public property and on the City's tree policies, and reports to the Council once a year before the "
           "budget is adopted.")
    d.head("What we found in 2025")
    d.para("The 2025 canopy assessment, carried out with Westmoor State University, found:")
    for i, t in enumerate((
            "Tree canopy covers 27.4 percent of the City, down from 28.9 percent in 2020.",
            "The loss is concentrated in Wards 2 and 5, where canopy is below 15 percent.",
            "The City removed 1,140 ash trees killed by emerald ash borer and planted 610 new street trees.",
            "About one new street tree in five dies within three years, mostly on arterial roads."), 1):
        d.item(f"{i}.", t)
    d.head("Tree protection today")
    d.para("Section 12.40.030 of the Municipal Code provides that \"no person shall remove a protected tree on public "
           "property without a permit, and the applicant must replace the tree or pay a fee in lieu of replacement.\" "
           "The Code does not protect any tree on private land, however large or old.")
    d.para("In its 2024 report the Board recommended that \"the City should adopt a canopy goal of 35 percent by "
           "2045.\" The Council adopted that goal in the Climate Action Plan in June 2025, and the Board thanks the "
           "Council for doing so.")
    d.head("Our recommendations")
    d.para("To put the City on course for its canopy goal, the Board recommends that the City Council:")
    for letter, t in (
            ("(a)", "increase the street tree planting budget from $180,000 to $300,000 in Fiscal Year 2027, with at "
                    "least half of the new trees planted in Wards 2 and 5;"),
            ("(b)", "require that new street trees on arterial roads be planted in structural soil cells, to give "
                    "their roots room to grow under the pavement;"),
            ("(c)", "adopt a heritage tree ordinance that protects any tree on private land with a trunk diameter "
                    "of 30 inches or more;"),
            ("(d)", "fund a second City Arborist position so that every street tree can be pruned on a seven-year "
                    "cycle;"),
            ("(e)", "replace every ash tree removed since 2022 with a new tree in the same ward, within two years of "
                    "its removal;"),
            ("(f)", "publish the City's street tree inventory as an open data set and keep it up to date;"),
            ("(g)", "establish a Tree Bank fund into which all fees in lieu of replacement are paid, to be spent only "
                    "on planting.")):
        d.item(letter, t)
    d.para("Items (a) and (d) are the Board's priorities. Board members would welcome the chance to present this "
           "report at a Council work session.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 4, 9, 9, 0, tzinfo=datetime.timezone.utc), "DS")
    d.set_font("DS", "B", 15)
    d.set_text_color(*GREEN)
    d.cell(0, 8, "CITY OF CEDAR BLUFF - STAFF REPORT", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("DS", "", 9)
    with d.table(col_widths=(40, 132), text_align=("LEFT", "LEFT"), line_height=4.8, first_row_as_headings=False,
                 borders_layout="NONE", width=d.tw) as t:
        for a, b in (("Meeting date:", "April 21, 2026"), ("Agenda item:", "7.C"),
                     ("To:", "Honorable Mayor and City Council"),
                     ("From:", "Marisol Bannerjee, Director of Public Works"),
                     ("Subject:", "Staff response to the Urban Forestry Board's Fiscal Year 2027 recommendations")):
            r = t.row()
            r.cell(a)
            r.cell(b)
    d.ln(2)
    d.head("RECOMMENDED ACTION", size=10.5)
    d.para("Receive the Urban Forestry Board's annual report and approve the staff positions set out in Table 1.",
           size=9.5)
    d.head("BACKGROUND", size=10.5)
    d.para("The Board presented its annual report to Council on March 10, 2026. Council asked staff to respond to "
           "each recommendation before the budget hearings. Public Works, Planning and the City Attorney's office "
           "contributed to this report.", size=9.5)
    d.head("DISCUSSION", size=10.5)
    d.para("Table 1 gives the staff position on each item. A staff-initiated change is included at the end.",
           size=9.5)
    d.set_font("DS", "", 8.6)
    d.set_draw_color(140, 140, 140)
    with d.table(col_widths=(11, 50, 24, 87), text_align=("LEFT", "LEFT", "LEFT", "LEFT"), line_height=4.3,
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE), width=d.tw) as t:
        for row in (
                ("Item", "Board recommendation (summary)", "Staff position", "Staff response"),
                ("(a)", "Planting budget of $300,000", "Support in part",
                 "The proposed FY2027 budget raises planting funds to $240,000, with 60 percent of trees in Wards 2 "
                 "and 5. A larger increase cannot be funded without cuts elsewhere."),
                ("(b)", "Structural soil cells on arterial roads", "Support",
                 "Public Works will add soil cells to the standard street detail from January 2027."),
                ("(c)", "Heritage tree ordinance for private trees", "Do not support",
                 "Staff do not recommend regulating trees on private land at this time. The City Attorney advises "
                 "that enforcement would need new staff and a permit fee that residents are likely to oppose."),
                ("(d)", "Second City Arborist", "Support",
                 "A second arborist position is included in the proposed FY2027 budget at $96,400 a year."),
                ("(e)", "Ash replacement in the same ward", "Refer",
                 "Referred to the Parks and Recreation Commission, which will consider it when the ash management "
                 "plan is reviewed."),
                ("(f)", "Open data tree inventory", "Support",
                 "The inventory will be posted on the open data portal by March 2027 and refreshed each quarter."),
                ("-", "Staff-initiated: approved species list", "-",
                 "Staff propose to remove Callery pear from the approved street tree list because it spreads into "
                 "natural areas.")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.head("FISCAL IMPACT", size=10.5)
    d.para("The positions in Table 1 add $156,400 to the General Fund in FY2027: $60,000 for planting and $96,400 "
           "for the arborist position. Soil cells add about $2,100 to each arterial tree and will be charged to "
           "the capital project concerned.", size=9.5)
    d.head("ATTACHMENT", size=10.5)
    d.para("Urban Forestry Board Annual Report and Recommendations, Fiscal Year 2027.", size=9.5)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Cedar Bluff Urban Forestry Board - FY2027 Annual Report",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Staff report - agenda item 7.C - April 21, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSerif.ttf"))
    recs = [
        {"number": 1, "starts_with": "increase the street tree planting budget from $180,000 to $300,000",
         "reply_contains": "A larger increase cannot be funded without cuts elsewhere", "verdict": "partly"},
        {"number": 2, "starts_with": "require that new street trees on arterial roads be planted",
         "reply_contains": "will add soil cells to the standard street detail", "verdict": "agrees"},
        {"number": 3, "starts_with": "adopt a heritage tree ordinance that protects any tree on",
         "reply_contains": "Staff do not recommend regulating trees on private land", "verdict": "disagrees"},
        {"number": 4, "starts_with": "fund a second City Arborist position so that every street tree",
         "reply_contains": "is included in the proposed FY2027 budget at $96,400", "verdict": "agrees"},
        {"number": 5, "starts_with": "replace every ash tree removed since 2022 with a new tree",
         "reply_contains": "Referred to the Parks and Recreation Commission", "verdict": "noted"},
        {"number": 6, "starts_with": "publish the City's street tree inventory as an open data set",
         "reply_contains": "will be posted on the open data portal by March 2027", "verdict": "agrees"},
        {"number": 7, "starts_with": "establish a Tree Bank fund into which all fees in lieu",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Staff propose to remove Callery pear from the approved street tree list",
                 "The positions in Table 1 add $156,400 to the General Fund"]
    notes = ("Advice: a US city's URBAN FORESTRY BOARD annual report to the City Council. Recommendations: LETTERED "
             "(a)-(g) after 'the Board recommends that the City Council:', each a lower-case clause ending in ';'. "
             "Traps: 2025 canopy findings numbered 1.-4.; Municipal Code section 12.40.030 quoted ('shall', "
             "'must'); the 2024 recommendation quoted ('the City should adopt a canopy goal', done); closing 'Items "
             "(a) and (d) are the Board's priorities'. Response: a STAFF REPORT (agenda item 7.C) with a field "
             "table, recommended action, background, and a ruled TABLE 'Item | Board recommendation (summary) | "
             "Staff position | Staff response' with rows (a)-(f) and a staff-initiated row '-'; (g) has no row. "
             "Verdicts: (a) 'Support in part', $240,000 not $300,000 = partly; (b) 'Support', soil cells in the "
             "standard detail from January 2027 = agrees; (c) 'Do not support' = disagrees; (d) arborist in the "
             "proposed budget = agrees; (e) 'Refer' to the Parks and Recreation Commission = noted; (f) open data "
             "by March 2027 = agrees; (g) Tree Bank never mentioned = unanswered. Sections answering nothing: the "
             "staff-initiated Callery pear row, fiscal impact (figures), background, attachment.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 93 (EN): a New Zealand district COMMUNITY BOARD'S REPORT TO COUNCIL on township flooding (recommendations as
CODED ROWS CB-1 to CB-7 of a 'Code | Recommendation | Priority' table after numbered findings) answered by the Group
Manager Infrastructure's MEMORANDUM WITH OFFICER COMMENTS on each code. fpdf2, A4, cleaned DejaVu, fixed creation
date; green side band, running header from page 2 and 'Page N of M'. All invented.
Run:  /tmp/blind93en/bin/python tests/docs/src/blind93/gen_en_community_board_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b93en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind93_en_community_board"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
G = (34, 102, 68)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 8, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R)
        self.add_font("DV", "B", Bf)
        self.add_font("DV", "I", I)
        self.set_margins(28, 22, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        self.set_fill_color(*G)
        self.rect(0, 0, 9, 297, "F")
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(28, 10)
            self.cell(0, 5, self.head)
            self.set_y(22)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def hd(self, t, size=11.5):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(*G)
        self.multi_cell(0, size * 0.55, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.5, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, 5, t)
        self.ln(2)


def advice():
    d = Doc("Ōpaki Township Flooding - Report of the Kaiwhero Coast Community Board")
    d.add_page()
    d.p("KAIWHERO COAST COMMUNITY BOARD", 8)
    d.hd("Ōpaki Township Flooding: Report to the Kaiwhero District Council", 16)
    d.p("Meeting of Council, 27 August 2026. From: Anahera Keepa, Chair, Kaiwhero Coast Community Board. "
        "Report number CB 26/14.", 8.5, "I")
    d.hd("1. Purpose")
    d.p("This report sets out what the Community Board heard from Ōpaki residents after the flood of 18-19 June 2025 "
        "and the follow-up rain event of 4 May 2026, and makes recommendations to Council. Under section 52 of the "
        "Local Government Act 2002 a community board must represent and act as an advocate for the interests of its "
        "community, and this report is made in that role. The Board has no delegated authority over stormwater.")
    d.hd("2. Background")
    d.p("Ōpaki has 412 dwellings on low-lying land between the Ōpaki Stream and the coast road. In June 2025 water "
        "entered 27 homes and the Mill Road ford was closed for three days. The Board held a public meeting at the "
        "Ōpaki Hall on 12 July 2025 attended by about 140 people, and received 63 written comments.")
    d.p("The Board notes that the 2019 review of the Stormwater Bylaw already recommended that \"Council should map "
        "overland flow paths in all coastal townships before 2022\". That mapping was completed for Ōpaki only in "
        "March 2026.")
    d.hd("3. Findings")
    for t in ["Finding 1. Open drains on Kōwhai Street and Tui Crescent were blocked with vegetation and silt on both "
              "occasions; residents say they were last cleared in 2023.",
              "Finding 2. The Ōpaki stormwater upgrade is in year 8 (2031/32) of the Long-term Plan 2024-2034, "
              "at an estimated cost of $4.6 million.",
              "Finding 3. Drivers continued to use the Mill Road ford while it was under water; there is no depth "
              "marker or warning sign.",
              "Finding 4. Residents who wish to raise their floors face consent fees of $2,900 to $4,100, which "
              "several described as a reason not to proceed.",
              "Finding 5. Residents told us that the community should be kept informed; many learnt of works only "
              "when contractors arrived."]:
        d.p(t)
    d.hd("4. Recommendations")
    d.p("The Kaiwhero Coast Community Board recommends to Council:")
    rows = [("CB-1", "That Council clear and inspect all open drains in Ōpaki township at least twice a year, before "
                     "winter and after the first autumn storm.", "High"),
            ("CB-2", "That Council bring forward the Ōpaki stormwater upgrade from year 8 to year 3 of the Long-term "
                     "Plan through the 2027 Annual Plan.", "High"),
            ("CB-3", "That Council install a depth marker, a warning sign and a rain gauge at the Mill Road ford "
                     "before next winter.", "High"),
            ("CB-4", "That Council waive building consent fees for Ōpaki residents who raise the floor levels of "
                     "flood-affected homes.", "Medium"),
            ("CB-5", "That Council seek central government co-funding for a long-term adaptation study covering "
                     "the lowest-lying properties in Ōpaki.", "Medium"),
            ("CB-6", "That Council hold a public drop-in session at the Ōpaki Hall within three months to explain "
                     "the flood maps.", "Medium"),
            ("CB-7", "That Council report back to the Community Board every six months on progress against these "
                     "recommendations.", "Low")]
    d.set_font("DV", "", 9)
    with d.table(col_widths=(16, 110, 20), line_height=5, text_align=("LEFT", "LEFT", "LEFT"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=(214, 234, 222))) as t:
        r = t.row()
        d.set_font("DV", "B", 9)
        for h in ("Code", "Recommendation", "Priority"):
            r.cell(h)
        d.set_font("DV", "", 9)
        for row in rows:
            rr = t.row()
            for c in row:
                rr.cell(c)
    d.ln(3)
    d.p("Recommendations CB-2 and CB-4 were moved by Member Hohaia and carried unanimously. The Board asks that "
        "officers respond in writing before the Board's meeting of 15 October 2026.")
    d.p("Anahera Keepa, Chair", 9, "B")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Memorandum IM 26/088 - Officer comments on report CB 26/14")
    d.add_page()
    d.p("KAIWHERO DISTRICT COUNCIL", 8)
    d.hd("Memorandum", 16)
    for k, v in [("To", "Chair and Members, Kaiwhero Coast Community Board"),
                 ("From", "Rawiri Tane, Group Manager Infrastructure"),
                 ("Date", "30 September 2026"), ("Reference", "IM 26/088")]:
        d.set_font("DV", "B", 9)
        d.cell(28, 5.5, k)
        d.set_font("DV", "", 9)
        d.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("Purpose of this memorandum")
    d.p("Council received the Board's report CB 26/14 at its meeting of 27 August and asked officers to comment on "
        "each recommendation. This memorandum gives those comments. Officers acknowledge the distress the floods "
        "caused and the work the Board has put into gathering residents' experiences.")
    d.hd("Officer comments")
    blocks = [
        ("CB-3", "A depth marker and two warning signs were installed at the Mill Road ford on 9 September. "
                 "A telemetered rain gauge has been ordered and will be live before 1 May 2027."),
        ("CB-1", "Agreed. The drain maintenance contract has been varied so that the Kōwhai Street and Tui Crescent "
                 "drains are cleared in March and again in June each year."),
        ("CB-2 and CB-4", "Officers support bringing the first stage of the upgrade, the Kōwhai Street pipe "
                 "renewal, forward to year 4 and will include it in the draft 2027 Annual Plan; the remaining "
                 "stages would stay in year 8 because of the debt limits. Officers do not recommend waiving "
                 "consent fees: fees recover the cost of processing, and a waiver for one township would be "
                 "inconsistent with the Fees and Charges Policy."),
        ("CB-7", "Officers will report to the Board once a year, in the Annual Report cycle, rather than every six "
                 "months; progress on the ford and the drains will also appear in the Board's quarterly update."),
        ("CB-5", "The adaptation study is noted. Officers will consider it when the coastal adaptation "
                 "programme is scoped next year, but no funding application will be made at this stage."),
    ]
    for code, txt in blocks:
        d.set_fill_color(230, 242, 235)
        d.set_font("DV", "B", 9.5)
        d.cell(0, 6, f"Recommendation {code}", fill=True, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        d.p(txt)
    d.hd("Water services delivery")
    d.p("Members will be aware that from 1 July 2027 stormwater will remain with Council while drinking water and "
        "wastewater move to the new regional water organisation. This change does not alter any of the comments "
        "above, and staff will brief the Board on the transition at a workshop in November.")
    d.hd("Next steps")
    d.p("This memorandum will be attached to the Board's agenda for 15 October. Members with questions are welcome "
        "to contact the Stormwater Team Leader, Kiri Walden, before that meeting.")
    d.p("Rawiri Tane, Group Manager Infrastructure", 9, "B")
    d.output(H.out(NAME + "_response.pdf"))


advice()
response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "That Council clear and inspect all open drains in Ōpaki township",
     "reply_contains": "The drain maintenance contract has been varied", "verdict": "agrees"},
    {"number": 2, "starts_with": "That Council bring forward the Ōpaki stormwater upgrade from year 8",
     "reply_contains": "the Kōwhai Street pipe renewal, forward to year 4", "verdict": "partly"},
    {"number": 3, "starts_with": "That Council install a depth marker, a warning sign",
     "reply_contains": "A depth marker and two warning signs were installed", "verdict": "agrees"},
    {"number": 4, "starts_with": "That Council waive building consent fees for Ōpaki residents",
     "reply_contains": "Officers do not recommend waiving consent fees", "verdict": "disagrees"},
    {"number": 5, "starts_with": "That Council seek central government co-funding for a long-term adaptation study",
     "reply_contains": "no funding application will be made at this stage", "verdict": "noted"},
    {"number": 6, "starts_with": "That Council hold a public drop-in session at the Ōpaki Hall",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 7, "starts_with": "That Council report back to the Community Board every six months",
     "reply_contains": "Officers will report to the Board once a year", "verdict": "partly"},
], ["Officers acknowledge the distress the floods caused",
    "stormwater will remain with Council while drinking water and wastewater",
    "Members with questions are welcome to contact the Stormwater Team Leader"],
    "advice: coded rows CB-1..CB-7 of a 'Code | Recommendation | Priority' table after 'Finding 1.'-'Finding 5.' "
    "paragraphs; traps: section 52 LGA 2002 'a community board must represent', the 2019 bylaw review quoted ('Council "
    "should map overland flow paths'), 'the community should be kept informed', LTP year 8 and $4.6 million, closing "
    "'CB-2 and CB-4 were moved ... carried'. Response: memorandum with shaded 'Recommendation CB-N' blocks (codes "
    "cited); order CB-3, CB-1, CB-2+CB-4, CB-7, CB-5; ONE block 'CB-2 and CB-4' = first stage to year 4 (CB-2 partly) + "
    "fees not waived (CB-4 disagrees); CB-6 (drop-in session) unanswered; Purpose, Water services delivery, Next steps "
    "(nothing).")
sys.exit(H.main([NAME]))

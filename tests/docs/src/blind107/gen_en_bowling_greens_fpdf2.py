"""Round 107 (EN): a Scottish COMMUNITY COUNCIL's formal REPRESENTATION on the proposed closure of council
BOWLING GREENS, seven requests as LETTERED items (a) to (g) after 'We therefore ask the Council to:', answered by
Leisure and Culture Services' ACTION PLAN, a ruled table 'Ref. | Council response | Lead | By when' citing the
letters. fpdf2, A4, cleaned DejaVu, fixed creation date; navy letterhead rule, shaded 'Greens in the ward' box;
running header from page 2, 'Page N of M' on every page. All bodies, people, places, figures invented; the
Community Empowerment (Scotland) Act 2015 is named as context only.
Run:  /tmp/blind107en/bin/python tests/docs/src/blind107/gen_en_bowling_greens_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b107en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind107_en_bowling_greens"
NAVY = (24, 45, 92)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", H.clean_font("DejaVuSans.ttf"))
        self.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*NAVY)
            self.line(22, self.get_y(), 188, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def hd(self, t, size=11.5):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, bold=False, indent=0):
        self.set_font("DV", "B" if bold else "", 9.8)
        self.set_x(22 + indent)
        self.multi_cell(0, 5.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def item(self, label, t):
        self.set_font("DV", "", 9.8)
        if self.get_y() > self.h - 40:
            self.add_page()
        y = self.get_y()
        self.set_xy(28, y)
        self.cell(8, 5.2, label)
        self.set_xy(36, y)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def box(self, title, t):
        self.set_fill_color(232, 236, 245)
        self.set_draw_color(*NAVY)
        self.set_font("DV", "B", 9.5)
        self.multi_cell(0, 6, title, border="LTR", fill=True, new_x="LMARGIN", new_y="NEXT", padding=(2, 4, 0, 4))
        self.set_font("DV", "", 9)
        self.multi_cell(0, 5, t, border="LBR", fill=True, new_x="LMARGIN", new_y="NEXT", padding=(0, 4, 3, 4))
        self.ln(4)

    def letterhead(self, left, right):
        self.set_font("DV", "B", 14)
        self.set_text_color(*NAVY)
        self.cell(105, 8, left)
        self.set_font("DV", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.multi_cell(0, 4.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*NAVY)
        self.set_line_width(0.8)
        self.line(22, self.get_y() + 2, 188, self.get_y() + 2)
        self.set_line_width(0.2)
        self.ln(7)
        self.set_text_color(0, 0, 0)


REQS = [
    ("(a)", "keep all five greens in the ward open for the 2026 season while a community asset transfer is "
            "explored with the clubs;"),
    ("(b)", "offer each bowling club a lease of at least 25 years at a peppercorn rent, so that clubs can apply "
            "for capital grants;"),
    ("(c)", "waive pavilion hire charges in 2026 for junior coaching and for sessions run for disabled bowlers;"),
    ("(d)", "publish the maintenance cost of each green for the last three years, site by site;"),
    ("(e)", "keep greenkeeping in-house rather than transfer it to the grounds maintenance contract;"),
    ("(f)", "set up a working group of council officers, the clubs and the community councils to plan the "
            "future of the greens;"),
    ("(g)", "install a public access defibrillator at each pavilion before the season starts."),
]


def advice(path):
    d = Doc("Strathmore Park Community Council - Representation on the Bowling Greens Review")
    d.add_page()
    d.letterhead("Strathmore Park Community Council", "Secretary: Morag Lindsay\n14 Glebe Crescent\nInverbrae IB4 2QL")
    d.p("The Chief Executive\nInverbrae and Glen Council\nCouncil Headquarters, Market Square, Inverbrae\n\n"
        "18 February 2026")
    d.hd("Representation on the Bowling Greens Review (report L&C/25/61)", 12.5)
    d.p("Dear Chief Executive,")
    d.p("1. At its meeting on 10 February 2026 Strathmore Park Community Council considered the report to the "
        "Communities Committee of 27 January 2026 proposing the closure of eleven council bowling greens, five of "
        "them in our area. As the statutory community council for Strathmore Park, we submit this representation "
        "and ask that it be placed before the Committee when the final decision is taken in April.")
    d.box("Greens in the ward (figures from report L&C/25/61)",
          "Strathmore Park Bowling Club - 84 members - proposed for closure\n"
          "Glebe Green - 41 members - proposed for closure\n"
          "Riverside (Inverbrae Thistle BC) - 67 members - retained\n"
          "Kirkton Park - 29 members - proposed for closure\n"
          "Ashgrove - 52 members - retained\n"
          "Council cost of the eleven greens in 2024-25: £412,000")
    d.hd("Our view of the proposal")
    d.p("2. We accept that the Council must find savings and that bowling greens are expensive to keep. But the "
        "report gives a single cost for all eleven greens and so does not show whether the greens proposed for "
        "closure are in fact the dearest to run. Two of them have the largest memberships in the district.")
    d.p("3. The Council's Sport and Physical Activity Strategy 2022-27 states that council facilities \"should be "
        "accessible to all ages and abilities\". Bowls is one of the few sports played by people in their eighties "
        "and by people with sight loss, and the Glebe Green club runs the only visually impaired bowls section in "
        "the area.")
    d.p("4. Several clubs wish to take on their greens. Under the Community Empowerment (Scotland) Act 2015 a "
        "community body may make an asset transfer request, and the Council must reach a decision within six "
        "months. A closure in April would leave no time for that process before the greens deteriorate.")
    d.p("5. We also note that the clubs were told in 2023 that the Council \"would not close any green without "
        "first discussing alternatives with its club\". No such discussions have taken place.")
    d.hd("What we ask")
    d.p("6. We therefore ask the Council to:")
    for label, t in REQS:
        d.item(label, t)
    d.p("7. We would welcome the opportunity to speak at the Communities Committee, and we have shared this "
        "representation with the five clubs and with our local councillors.")
    d.p("Yours faithfully,\n\nMorag Lindsay\nSecretary, for and on behalf of Strathmore Park Community Council")
    d.output(path)


ROWS = [
    ("(d)", "Agreed in part. Site-by-site costs for the five greens in the Strathmore Park area will be sent to "
            "the Community Council; costs for the district as a whole will continue to be reported in total.",
     "Finance Business Partner", "31 March 2026"),
    ("(a)", "Agreed. The Communities Committee on 14 April 2026 approved keeping all greens open until 30 "
            "September 2026, and clubs have been invited to express interest in an asset transfer.",
     "Head of Leisure and Culture", "Done"),
    ("(c), (e)", "The pavilion charges for junior coaching and disabled bowlers' sessions have been waived for "
                 "2026. Greenkeeping will, however, transfer to the grounds maintenance contract as planned; the "
                 "Council does not intend to retain a separate in-house team.",
     "Leisure Bookings Manager / Parks Manager", "1 April 2026"),
    ("(f)", "Officers will discuss with clubs how they would like to be involved. Whether a formal working group "
            "is set up will be considered once expressions of interest have been received.",
     "Community Asset Transfer Officer", "Under review"),
    ("(b)", "Not accepted. Council policy allows leases of up to 10 years on leisure land. Rent relief can be "
            "considered as part of an asset transfer request, but a 25-year peppercorn lease cannot be offered.",
     "Estates Manager", "-"),
]


def response(path):
    d = Doc("Inverbrae and Glen Council - Bowling Greens Review - Action Plan")
    d.add_page()
    d.letterhead("Inverbrae and Glen Council", "Leisure and Culture Services\nMarket Square, Inverbrae IB1 1AA\n"
                 "Ref: L&C/26/09")
    d.hd("Bowling Greens Review: Action Plan in response to representations", 12.5)
    d.p("Date: 22 April 2026. This action plan sets out how the Council has responded to the representation of "
        "Strathmore Park Community Council dated 18 February 2026. The Council is grateful to the Community "
        "Council and to the clubs for the time they have given to the review.")
    d.set_font("DV", "", 8.8)
    d.set_draw_color(*NAVY)
    with d.table(col_widths=(14, 86, 36, 24), line_height=4.8, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=(214, 222, 238)), first_row_as_headings=True) as t:
        r = t.row()
        for h in ("Ref.", "Council response", "Lead", "By when"):
            r.cell(h)
        for row in ROWS:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.hd("Other matters")
    d.p("The new online booking system for council pitches and pavilions will open on 4 May 2026, and clubs "
        "will receive log-in details from the Bookings team in advance.")
    d.hd("Contact")
    d.p("Progress on this action plan will be reported to the Communities Committee in October. Questions should "
        "be sent to Euan Baird, Head of Leisure and Culture, at leisure@inverbrae-glen.example.")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        dict(number=1, starts_with="keep all five greens in the ward open for the 2026",
             reply_contains="approved keeping all greens open until 30 September 2026", verdict="agrees"),
        dict(number=2, starts_with="offer each bowling club a lease of at least 25 years",
             reply_contains="a 25-year peppercorn lease cannot be offered", verdict="disagrees"),
        dict(number=3, starts_with="waive pavilion hire charges in 2026 for junior coaching and",
             reply_contains="disabled bowlers' sessions have been waived for 2026", verdict="agrees"),
        dict(number=4, starts_with="publish the maintenance cost of each green for the last three",
             reply_contains="Site-by-site costs for the five greens in the Strathmore Park area",
             verdict="partly"),
        dict(number=5, starts_with="keep greenkeeping in-house rather than transfer it to the grounds",
             reply_contains="does not intend to retain a separate in-house team", verdict="disagrees"),
        dict(number=6, starts_with="set up a working group of council officers, the clubs and",
             reply_contains="Whether a formal working group is set up will be considered", verdict="noted"),
        dict(number=7, starts_with="install a public access defibrillator at each pavilion before the",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "grateful to the Community Council and to the clubs",
        "The new online booking system for council pitches and pavilions",
        "Progress on this action plan will be reported to the Communities Committee"],
        "Advice: Scottish community council's formal REPRESENTATION letter on the proposed closure of council bowling "
        "greens (report L&C/25/61); recs are LETTERED items (a)-(g) under numbered paragraph 6 'We therefore ask the "
        "Council to:' (numbers 1-7 = a-g); traps: numbered letter paragraphs 1-7, 'Greens in the ward' box with "
        "figures, 'the Council must find savings', Sport and Physical Activity Strategy quoted ('should be "
        "accessible'), Community Empowerment (Scotland) Act 2015 'must reach a decision within six months', a 2023 "
        "promise quoted ('would not close any green'), paragraph 7 asking to speak. Response: Leisure and Culture "
        "Services ACTION PLAN table 'Ref. | Council response | Lead | By when' citing the letters, order d, a, c+e, "
        "f, b: site-by-site costs for five greens only (4 partly); greens open to September, done (1 agrees); ONE "
        "row '(c), (e)' = charges waived (3 agrees) + greenkeeping transfers (5 disagrees); working group to be "
        "considered (6 noted); 10-year leases only (2 disagrees); (g) defibrillators unanswered; intro thanks, "
        "'Other matters' booking system, 'Contact' (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

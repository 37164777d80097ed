"""Round 111 (EN): an Australian (Victorian) shire council's YOUTH ADVISORY GROUP report on SKATE AND SCOOTER
FACILITIES, seven recommendations as a LETTERED list (a)-(g) after 'The Youth Advisory Group recommends that
Council:', the list RUNNING ACROSS A PAGE BREAK (one item split between pages 1 and 2), answered by an OFFICER REPORT
to an Ordinary Meeting of Council whose 'Table 1' has a letter column (Rec. / Officer comment / Position), rows
grouped by position (another order), one recommendation missing from the table. fpdf2, A4, cleaned DejaVu, fixed
creation date; orange side-bar letterhead, shaded 'Our facilities' table, numbered findings (not recommendations);
the officer report's own numbered 'Officer recommendation' (That Council: 1. ... 3.) and financial figures; running
header from page 2 and 'Page N of M' on every page. All bodies, people, places, figures and the local law invented;
the Local Government Act 2020 (Vic) and the road rules are named as context only (what is said of them here is not to
be relied on).
Run:  /tmp/blind111en/bin/python tests/docs/src/blind111/gen_en_skate_parks_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b111en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind111_en_skate_parks"
ORANGE = (196, 90, 20)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", H.clean_font("DejaVuSans.ttf"))
        self.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
        self.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
        self.set_margins(22, 18, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def letterhead(self, org, sub):
        y = self.get_y()
        self.set_fill_color(*ORANGE)
        self.rect(self.l_margin, y, 3, 15, style="F")
        self.set_x(self.l_margin + 6)
        self.set_font("DV", "B", 15)
        self.set_text_color(*ORANGE)
        self.cell(0, 8, org, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin + 6)
        self.set_font("DV", "", 8.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 6, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def hd(self, t, size=11.5):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1.5)
        self.set_font("DV", "B", size)
        self.set_text_color(*ORANGE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.5, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def li(self, label, text, indent=4, w=9):
        self.set_font("DV", "", 9.5)
        self.set_x(self.l_margin + indent)
        self.cell(w, 4.9, label)
        old = self.l_margin
        self.set_left_margin(old + indent + w)
        self.multi_cell(0, 4.9, text, new_x="LMARGIN", new_y="NEXT")
        self.set_left_margin(old)
        self.ln(1.6)


RECS = [
    ("(a)", "install LED lighting at the Yarrabeen Skate Park on a timer, so that the park can be used safely until 9 pm all year round;"),
    ("(b)", "build a new concrete skate and scooter bowl at the Kooralin Recreation Reserve, the only township of its size without any youth space;"),
    ("(c)", "provide shade, seating and a drinking fountain at the Yarrabeen Skate Park, where there is no shelter from the sun at present;"),
    ("(d)", "amend the Community Local Law so that skating and scooting are allowed in the Main Street Mall after 6 pm and on Sundays;"),
    ("(e)", "run free skate and scooter clinics in every school holiday period, including at least one session for girls and young women only;"),
    ("(f)", "set up a standing youth design panel to be consulted at the concept stage of every new park, playground or youth facility in the Shire;"),
    ("(g)", "repair the cracked and lifting surface of the Port Lendrick pump track before the start of the 2026-27 summer season."),
]


def advice():
    d = Doc("Yarrabeen Shire Council - Youth Advisory Group - Roll With It (YAG Report 01/2026)")
    d.add_page()
    d.letterhead("Yarrabeen Shire Council", "Youth Advisory Group  |  YAG Report 01/2026  |  5 February 2026")
    d.set_font("DV", "B", 16)
    d.multi_cell(0, 8, "Roll With It: skate and scooter spaces in Yarrabeen Shire", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.p("A report to Council from the Youth Advisory Group (YAG), a group of 14 young people aged 12 to 24 appointed by Council. Co-chairs: Maddison Ferreira and Jack Tulloch. Support officer: Renee Gallagher, Youth Development Coordinator.", 8.5)
    d.hd("1. Why we chose this topic")
    d.p("Skating and scooting came first when we asked young people what Council should work on in 2025. Our facilities are old, and there is nowhere to ride at all in some towns. Council's 2018 Open Space Strategy recommended that \"Council should provide a youth space in every township of more than 2,000 people\", but that has not happened in Kooralin or Tarrangower Flat.")
    d.hd("2. What we did")
    d.p("Between August and November 2025 we ran an online survey (540 responses, most of them aged 10 to 19), held pop-up sessions at three skate parks and two secondary schools, and met the Parks and Open Space team and Victoria Police.")
    d.set_fill_color(253, 238, 226)
    d.set_draw_color(*ORANGE)
    d.set_font("DV", "B", 9)
    d.cell(0, 6, "  Our facilities", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.8)
    with d.table(col_widths=(58, 22, 88), line_height=4.6, first_row_as_headings=True, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=(253, 238, 226)), borders_layout="HORIZONTAL_LINES") as t:
        for r in (("Site", "Built", "Condition (our rating)"),
                  ("Yarrabeen Skate Park", "2009", "Fair; no lights, no shade, no water"),
                  ("Port Lendrick pump track", "2017", "Poor; surface cracked on two corners"),
                  ("Coorong Street half-pipe, Tarrangower Flat", "1998", "Removed in 2024 as unsafe"),
                  ("Kooralin (population 2,600)", "-", "No facility")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.hd("3. What young people told us")
    for i, t in enumerate((
        "Most riders go to the Yarrabeen park after school and in the evening, and in winter it is dark by 5.30 pm. 71% said they would use it more if it had lights.",
        "In summer the concrete is too hot to sit on and there is no tap. Parents told us they should not have to drive home to get water.",
        "Riders from Kooralin travel 25 minutes by car to Yarrabeen, and many cannot get a lift.",
        "Young people skate in the Mall because it is smooth and well lit. Under Council's Community Local Law 2021, skating and scooting are prohibited in the Mall at all times, and the road rules already require riders to give way to pedestrians on footpaths.",
        "Girls said they feel unwelcome at skate parks when they are busy, and only 18% of survey respondents who ride regularly were girls.",
    ), 1):
        d.li(f"{i}.", t)
    d.ln(1)
    d.hd("4. Our recommendations")
    d.p("We know that Council must balance many priorities under the Local Government Act 2020, and we are not asking for a new park in every town. We do not think Council should charge entry or introduce booking at any skate park. Having considered what we heard, the Youth Advisory Group recommends that Council:")
    for lab, t in RECS:
        d.li(lab, t)
    d.ln(2)
    d.p("In our view items (a), (c) and (g) could be funded from the 2026-27 capital works program. We would welcome the chance to present this report at a Council briefing.")
    d.p("Maddison Ferreira and Jack Tulloch, Co-chairs, Youth Advisory Group", 8.5)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Yarrabeen Shire Council - Ordinary Meeting of Council, 24 March 2026 - Item 9.3")
    d.add_page()
    d.letterhead("Yarrabeen Shire Council", "Ordinary Meeting of Council  |  24 March 2026  |  Officer report")
    d.set_font("DV", "B", 13.5)
    d.multi_cell(0, 7, "9.3  Response to the Youth Advisory Group report 'Roll With It'", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.p("Directorate: Community Wellbeing  |  Author: Renee Gallagher, Youth Development Coordinator  |  Authoriser: Stuart Nankervis, Director Community Wellbeing  |  Attachment: YAG Report 01/2026", 8.2)
    d.hd("Purpose", 10.5)
    d.p("This report presents the Youth Advisory Group's report on skate and scooter spaces and sets out officers' responses to its recommendations for Council's endorsement.")
    d.hd("Officer recommendation", 10.5)
    d.p("That Council:")
    d.li("1.", "receives the Youth Advisory Group report 'Roll With It: skate and scooter spaces in Yarrabeen Shire';")
    d.li("2.", "endorses the officer responses set out in Table 1 of this report; and")
    d.li("3.", "writes to the members of the Youth Advisory Group thanking them for their work.")
    d.hd("Discussion", 10.5)
    d.p("The YAG presented its report at the Councillor briefing on 3 March 2026. Officers from Parks and Open Space, Infrastructure and Local Laws have reviewed each recommendation. Table 1 groups the recommendations by the position officers propose.")
    d.set_font("DV", "B", 9)
    d.cell(0, 6, "Table 1: Officer responses", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.8)
    d.set_draw_color(150, 150, 150)
    d.set_fill_color(253, 243, 236)
    rows = [
        ("Rec.", "Officer comment", "Position"),
        ("(a)", "Mains-powered LED lighting on a sensor timer has been costed at $185,000 and is listed in the draft 2026-27 capital works budget, with lights to switch off at 9 pm.", "Supported"),
        ("(c)", "A shade sail over the viewing area, two benches and a drinking fountain with a bottle filler will be installed by the Parks team before 30 November 2026 ($46,000 from the open space reserve).", "Supported"),
        ("(g)", "The two damaged corners of the pump track will be resurfaced by a specialist contractor in September, ahead of the summer season.", "Supported"),
        ("(f)", "Officers agree that young people should be involved early. Rather than a separate standing panel, the YAG itself will be consulted at concept stage on youth facilities, but not on every park or playground project.", "Supported in part"),
        ("(b)", "A bowl at Kooralin is estimated at $620,000 and is not in the Long Term Financial Plan. It will be considered, with other township needs, in the Open Space Strategy review in 2027.", "For further consideration"),
        ("(d)", "Local Laws and Mall traders raised concerns about pedestrian safety and damage to paving. Officers do not recommend amending the Community Local Law, and the prohibition will remain.", "Not supported"),
    ]
    with d.table(col_widths=(14, 118, 36), line_height=4.5, first_row_as_headings=True, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ORANGE),
                 cell_fill_color=(253, 243, 236), cell_fill_mode="ROWS", padding=(1.2, 1.5)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.hd("Financial implications", 10.5)
    d.p("The supported items total $231,000 plus about $9,000 for the pump track repair, which can be met from the 2025-26 maintenance budget. Ongoing lighting costs are estimated at $3,200 a year.")
    d.hd("Council Plan and community engagement", 10.5)
    d.p("This report supports Strategic Objective 2 of the Council Plan 2025-2029, 'A healthy and connected community'. The YAG's survey and pop-up sessions are considered sufficient engagement for the decisions in this report, and no further public consultation is proposed.")
    d.hd("Conflict of interest", 10.5)
    d.p("No officer involved in the preparation of this report has declared a conflict of interest.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "install LED lighting at the Yarrabeen Skate Park on a timer",
         "reply_contains": "is listed in the draft 2026-27 capital works budget", "verdict": "agrees"},
        {"number": 2, "starts_with": "build a new concrete skate and scooter bowl at the Kooralin",
         "reply_contains": "in the Open Space Strategy review in 2027", "verdict": "noted"},
        {"number": 3, "starts_with": "provide shade, seating and a drinking fountain at the Yarrabeen",
         "reply_contains": "will be installed by the Parks team before 30 November 2026", "verdict": "agrees"},
        {"number": 4, "starts_with": "amend the Community Local Law so that skating and scooting",
         "reply_contains": "Officers do not recommend amending the Community Local Law", "verdict": "disagrees"},
        {"number": 5, "starts_with": "run free skate and scooter clinics in every school holiday",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "set up a standing youth design panel to be consulted",
         "reply_contains": "Rather than a separate standing panel, the YAG itself", "verdict": "partly"},
        {"number": 7, "starts_with": "repair the cracked and lifting surface of the Port Lendrick",
         "reply_contains": "resurfaced by a specialist contractor in September", "verdict": "agrees"},
    ]
    unmatched = ["presents the Youth Advisory Group's report on skate and scooter spaces",
                 "writes to the members of the Youth Advisory Group thanking them",
                 "Strategic Objective 2 of the Council Plan 2025-2029",
                 "has declared a conflict of interest"]
    notes = ("Advice: Victorian shire council Youth Advisory Group report YAG 01/2026 to Council; recs a LETTERED list "
             "(a)-(g) of lower-case clauses after 'the Youth Advisory Group recommends that Council:', the list RUNNING ACROSS "
             "THE PAGE BREAK; traps: 2018 Open Space Strategy recommendation quoted ('Council should provide a youth space'), "
             "'Our facilities' table, numbered FINDINGS 1-5 ('Parents told us they should not have to', Community Local Law "
             "'prohibited', road rules 'require'), Local Government Act 2020 'Council must balance', 'We do not think Council "
             "should charge entry', closing line citing 'items (a), (c) and (g)'. Response: OFFICER REPORT item 9.3 to an "
             "Ordinary Meeting of Council; its own numbered 'Officer recommendation' 1-3 (receives / endorses Table 1 / "
             "thanks) is not a reply; financial implications with figures; Table 1 'Rec. / Officer comment / Position' grouped by position, order a, c, g, f, b, "
             "d: lighting in the draft capital budget (1 agrees); shade, seats and fountain by 30 November 2026 (3 agrees); "
             "pump track resurfaced in September (7 agrees); YAG consulted instead of a standing panel, not on every project "
             "(6 partly); Kooralin bowl left to the 2027 Open Space Strategy review (2 noted); Mall local law not amended (4 "
             "disagrees); (e) holiday clinics missing from the table (5 unanswered); purpose, officer recommendation 3, "
             "financial implications, Council Plan, conflict of interest (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

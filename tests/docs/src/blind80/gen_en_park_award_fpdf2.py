"""Round 80 (EN): a PARKS QUALITY AWARD JUDGES' FEEDBACK REPORT (genre: the feedback that judges of a national
green-space award scheme send to the council that manages an award-winning park: a result box with desk and field
scores, a score table by criterion, then per criterion 'Strengths' and a labelled 'Recommendation:' line without a
number, progress on last year's recommendations) answered by the MINUTES of the council's committee (a minute with
the Parks Manager's report and the members' discussion in reported speech, 'RESOLVED', other minutes before and
after).
Advice: Civic Spaces Trust, 'Green Pennant Award 2026 - Judges' feedback report: Hollins Brook Park', 3 p.
Response: Brackley Vale Borough Council, 'Minutes of the Communities and Environment Committee, 9 September 2026',
2 p.; no numbers; order: riverside path, peat-free compost, bins and web page (one paragraph), wet meadow,
entrance boards; the Friends' place at site reviews is not answered.
fpdf2, A4, cleaned DejaVu Sans/Serif, fixed creation date. The award scheme, the Civic Spaces Trust, Brackley Vale,
the park, the people and all figures are invented.

Run:  /tmp/blind80en/bin/python tests/docs/src/blind80/gen_en_park_award_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b80en as H
from fpdf import FPDF

NAME = "blind80_en_park_award"
GREEN = (30, 95, 55)


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.ht, self.ft = header_text, footer_text
        self.set_creation_date(datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc))
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("S", style, H.clean_font(f))
        for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("R", style, H.clean_font(f))
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1 and self.ht:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.ht, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.ft.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.ln(2)
        self.set_font("S", "B", 11.5)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, t):
        self.ln(1)
        self.set_font("S", "B", 10)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)

    def p(self, t, font="R", size=9.8, style="", indent=0):
        self.set_font(font, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.6)

    def labelled(self, label, t):
        self.set_font("R", "", 9.8)
        self.multi_cell(0, 4.9, "**%s** %s" % (label, t), new_x="LMARGIN", new_y="NEXT", align="J",
                        markdown=True)
        self.ln(1.6)


CRITERIA = [
    ("1. A welcoming place", 8, 10,
     "The main entrances are clearly signed from the town centre, and the café terrace gives the park a lively "
     "heart. Staff at the café and the park office were friendly and well informed.",
     "Replace the faded entrance map boards at the Mill Lane and Station Road gates with boards that show the "
     "accessible routes and the public toilets."),
    ("2. Healthy, safe and secure", 7, 10,
     "The play area was in very good order and its inspection records were complete. Lighting along the main "
     "avenue has been improved since last year.",
     "Repair the uneven paving on the riverside path between the bandstand and the footbridge before next "
     "year's judging."),
    ("3. Well maintained and clean", 8, 10,
     "Litter was almost absent on the day of the field visit, and the rose garden was in excellent condition.",
     "Install dual-compartment litter and recycling bins at the play area and on the café terrace."),
    ("4. Environmental management", 5, 10,
     "Green waste is composted on site, and the new electric maintenance vehicles are welcome. The judges "
     "noted that peat is still used in the bedding displays, although the management plan states that the "
     "Council should be working towards peat-free horticulture.",
     "Set a date by which peat-free compost will be used in all bedding and container planting, and publish "
     "it in the management plan."),
    ("5. Biodiversity, landscape and heritage", 7, 10,
     "The restored 1890s bandstand and the heritage trail are a credit to the park. The wet meadow beside the "
     "brook is a valuable habitat but is currently cut as amenity grass.",
     "Draw up a management plan for the wet meadow, including a cutting regime that leaves about a third of the "
     "grass uncut each autumn."),
    ("6. Community involvement", 7, 10,
     "The Friends of Hollins Brook Park are active and well organised, with more than 120 members and a "
     "programme of monthly work days.",
     "Give the Friends of Hollins Brook Park a standing place at the quarterly site review meetings between "
     "the Parks team and the grounds maintenance contractor."),
    ("7. Marketing and communication", 5, 10,
     "Events are promoted well on social media and on the noticeboards by the café.",
     "Create a dedicated page for the park on the Council's website, with events, the opening times of the "
     "toilets and a downloadable map."),
    ("8. Management", 22, 30,
     "The management plan is clear and well structured, and the judges were pleased to see a costed action "
     "plan. Under the scheme rules a management plan must be reviewed at least every three years; the current "
     "plan runs until 2027.",
     None),
]


def advice():
    d = Doc("Green Pennant Award 2026 - Judges' feedback report - Hollins Brook Park", "Civic Spaces Trust  |  "
            "Green Pennant Award 2026  |  page {n} of {nb}")
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(0, 0, 210, 28, "F")
    d.set_xy(20, 8)
    d.set_font("S", "B", 16)
    d.set_text_color(255, 255, 255)
    d.cell(0, 8, "Green Pennant Award 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_x(20)
    d.set_font("S", "", 10)
    d.cell(0, 6, "Judges' feedback report", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(34)
    d.set_font("S", "", 9)
    rows = [("Site", "Hollins Brook Park, Brackley"), ("Applicant", "Brackley Vale Borough Council"),
            ("Judges", "Anne Marsh and Peter Quayle"), ("Field visit", "17 June 2026"),
            ("Desk assessment", "21 / 30"), ("Field assessment", "48 / 70"),
            ("Total score", "69 / 100 (pass mark 66)"), ("Result", "AWARD RETAINED")]
    for a, b in rows:
        d.set_font("S", "B", 9)
        d.cell(45, 6, a, border=1, fill=False)
        d.set_font("S", "", 9)
        d.cell(0, 6, b, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.h1("Introduction")
    d.p("Thank you for entering Hollins Brook Park for the Green Pennant Award again this year. This report "
        "sets out the judges' views under each of the eight criteria of the scheme, with the score awarded, the "
        "park's strengths and, where the judges felt it would help, a recommendation. Recommendations are not "
        "conditions of the award, but judges next year will ask what has been done about them.")
    d.h1("Progress on last year's recommendations")
    d.p("In 2025 the judges recommended that __\"the management plan should include a costed action plan\"__ "
        "(achieved) and that __\"the toilets by the play area should be open at weekends throughout the "
        "year\"__ (partly achieved: open at weekends from March to October).")
    d.h1("Feedback by criterion")
    for title, score, out_of, strengths, rec in CRITERIA:
        d.h2("%s  (%d / %d)" % (title, score, out_of))
        d.labelled("Strengths:", strengths)
        if rec:
            d.labelled("Recommendation:", rec)
        else:
            d.p("The judges make no further comment under this criterion.", style="I")
    d.h1("Overall comments")
    d.p("Hollins Brook Park remains a well-loved and well-run park. The judges would like to see the Council "
        "build on its strong maintenance with more attention to environmental management and to telling "
        "visitors what the park offers. The Council may wish to share this report with the Friends group.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Communities and Environment Committee - 9 September 2026 - Minutes", "Brackley Vale Borough Council"
            "  -  Communities and Environment Committee  -  {n}")
    d.add_page()
    d.set_font("S", "B", 12)
    d.cell(0, 6, "BRACKLEY VALE BOROUGH COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 10)
    d.multi_cell(0, 5.2, "Minutes of a meeting of the Communities and Environment Committee held at the Civic "
                 "Centre, Brackley, on Wednesday 9 September 2026 at 7.00 pm", align="C", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    d.p("**Present:** Councillor J. Whitfield (Chair); Councillors S. Ahmed, L. Brennan, M. Okoro, D. Price and "
        "H. Tate.", size=9.5)
    d.p("**Officers:** Rachel Ince (Parks and Open Spaces Manager), Tom Garvey (Democratic Services Officer).",
        size=9.5)
    d.set_draw_color(*GREEN)
    d.line(20, d.get_y(), 190, d.get_y())
    d.ln(3)
    d.h2("CE/26/31  Apologies and declarations of interest")
    d.p("Apologies for absence were received from Councillor R. Lyle. Councillor Brennan declared a "
        "non-pecuniary interest in item CE/26/32 as a member of the Friends of Hollins Brook Park and remained "
        "in the meeting. The minutes of the meeting held on 1 July 2026 were approved as a correct record.")
    d.h2("CE/26/32  Green Pennant Award 2026 - Hollins Brook Park")
    d.p("The Parks and Open Spaces Manager presented her report on the judges' feedback. The park had kept its "
        "award with a score of 69, three points more than the pass mark, and she thanked the park staff and the "
        "volunteers for their work. She then took members through the judges' comments.")
    d.p("Councillor Ahmed asked about the state of the riverside path, on which residents had also complained. "
        "The Manager explained that resurfacing the whole stretch is in the highways capital programme for "
        "2027/28 and cannot be brought forward within this year's budget; patch repairs to the three worst "
        "sections had been carried out in August so that the path is safe in the meantime.")
    d.p("Members discussed the use of peat in the bedding displays. The Committee agreed that from the spring "
        "2027 bedding onwards all planting in the Council's parks will be peat-free, and asked that this date be "
        "written into the revised management plan.")
    d.p("On litter bins and the park's presence online, the Manager reminded members that split recycling bins "
        "had been trialled in three parks in 2023 and withdrawn because most of their contents were "
        "contaminated; the Committee did not wish to reintroduce them. The Communications team has, however, "
        "agreed to set up a web page for the park with an events listing, toilet opening times and a map, to go "
        "live by the end of October.")
    d.p("Councillor Price welcomed the judges' remarks on the meadow by the brook. The Manager said that she "
        "would discuss a possible change to the mowing of that area with the county wildlife trust and the "
        "grounds maintenance contractor, and would come back to the Committee if it had cost implications; no "
        "commitment could be made before then.")
    d.p("Finally, the Manager confirmed that new map boards for the Mill Lane and Station Road gates, showing "
        "step-free routes and toilets, had already been ordered and would be in place before Christmas.")
    d.p("**RESOLVED:** (1) That the report be noted and the thanks of the Committee be passed to the parks staff "
        "and volunteers. (2) That an updated action plan for Hollins Brook Park be brought to the Committee's "
        "meeting in January 2027.")
    d.h2("CE/26/33  Allotment rents 2027/28")
    d.p("The Committee considered proposed allotment rents for 2027/28. Following the consultation with the "
        "Allotment Holders' Association, it was **RESOLVED** that the rent for a full plot be increased from "
        "GBP 86 to GBP 90 a year, with the 50 per cent concession for holders over 65 retained.")
    d.h2("CE/26/34  Date of next meeting")
    d.p("The next meeting of the Committee will be held on Wednesday 4 November 2026 at 7.00 pm. The meeting "
        "closed at 8.42 pm.")
    d.ln(6)
    d.p("Chair ........................................        Date ........................", font="S", size=9)
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    (1, "Replace the faded entrance map boards at the Mill Lane", "had already been ordered and would be in place "
     "before Christmas", "agrees"),
    (2, "Repair the uneven paving on the riverside path between the bandstand",
     "patch repairs to the three worst sections had been carried out", "partly"),
    (3, "Install dual-compartment litter and recycling bins at the play area",
     "the Committee did not wish to reintroduce them", "disagrees"),
    (4, "Set a date by which peat-free compost will be used in",
     "from the spring 2027 bedding onwards all planting", "agrees"),
    (5, "Draw up a management plan for the wet meadow, including a",
     "would discuss a possible change to the mowing", "noted"),
    (6, "Give the Friends of Hollins Brook Park a standing place at", None, "unanswered"),
    (7, "Create a dedicated page for the park on the Council's website",
     "agreed to set up a web page for the park", "agrees"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["declared a non-pecuniary interest in item CE/26/32",
                      "the rent for a full plot be increased",
                      "The next meeting of the Committee will be held"],
                     "Advice: a parks award judges' feedback report (green-space award scheme genre): result box "
                     "with scores, then eight numbered CRITERIA '1. A welcoming place (8 / 10)' ... each with a "
                     "bold 'Strengths:' paragraph and a bold LABELLED 'Recommendation:' line WITHOUT a number (none "
                     "under criterion 8); recommendations numbered 1-7 by position. Traps: criterion numbers 1.-8. "
                     "and scores; last year's recommendations quoted ('the management plan should include a costed "
                     "action plan', 'the toilets ... should be open at weekends'); 'the Council should be working "
                     "towards peat-free horticulture' in the strengths; the scheme rule 'must be reviewed at least "
                     "every three years'; 'Recommendations are not conditions of the award'; 'The Council may wish "
                     "to share this report'. Response: council committee MINUTES in reported speech, no numbers, "
                     "replies by subject in the order 2, 4, 3+7, 5, 1: resurfacing only in 2027/28, patch repairs "
                     "done (2 partly); peat-free from spring 2027 written into the plan (4 agrees); ONE paragraph "
                     "'On litter bins and the park's presence online' = split bins withdrawn in 2023, 'did not "
                     "wish to reintroduce them' (3 disagrees) + web page live by end of October (7 agrees); meadow "
                     "mowing to be discussed with the wildlife trust, 'no commitment could be made' (5 noted); map "
                     "boards already ordered (1 agrees); the RESOLVED paragraph notes the report. 6 (the Friends' "
                     "place at site review meetings) is not answered, although a councillor's membership of the "
                     "Friends is declared. Unmatched: CE/26/31 apologies and declarations, CE/26/33 allotment "
                     "rents, CE/26/34 date of next meeting.")
    sys.exit(H.main([NAME]))

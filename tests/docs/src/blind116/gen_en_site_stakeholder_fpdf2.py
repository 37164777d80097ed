"""Round 116 (EN): an English nuclear SITE STAKEHOLDER GROUP's CONSULTATION RESPONSE to the draft site restoration
plan of a decommissioning site, written as answers to the consultation's NUMBERED QUESTIONS 1-6 (not
recommendations) with seven UNNUMBERED shaded 'SSG recommendation' labels under them (two under Question 2, none under
Question 3, one under 'Other comments'); answered by the site company's CONSULTATION OUTCOME REPORT, an A4 LANDSCAPE
table of comments (Ref, Q, Respondent, summary of comment, 'Our response', 'Change to plan?') in which the SSG's
rows sit among other respondents' rows (a bat survey, lorry hours, a coastal path, pensions) that answer nothing, the
'Q' column giving the QUESTION number, not a recommendation's; one recommendation has no row.
fpdf2, A4 portrait (advice, cleaned Liberation Serif with Liberation Sans headings) and A4 landscape (outcome report,
cleaned Liberation Sans Narrow), fixed creation date; navy rule letterhead, grey question bars, recommendation labels
in a pale-amber box with an amber edge, a 'Key figures' table; the report's FPDF.table() with a navy heading row and
zebra rows; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references
invented; the Environmental Permitting (England and Wales) Regulations 2016 are named as context only (what is said of
them here is not to be relied on).
Run:  /tmp/blind116en/bin/python tests/docs/src/blind116/gen_en_site_stakeholder_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b116en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind116_en_site_stakeholder"
NAVY = (27, 45, 79)
GREY = (226, 229, 234)
AMBER = (196, 128, 18)
AMBERL = (252, 243, 222)
ZEBRA = (241, 243, 247)


class Doc(FPDF):
    def __init__(self, orientation="P"):
        super().__init__(orientation=orientation, format="A4")
        self.set_creation_date(datetime.datetime(2026, 2, 27, tzinfo=datetime.timezone.utc))
        for fam, files in (("SE", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                           ("SA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                           ("NA", ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
                                   "LiberationSansNarrow-Italic.ttf"))):
            self.add_font(fam, "", H.clean_font(files[0]))
            self.add_font(fam, "B", H.clean_font(files[1]))
            self.add_font(fam, "I", H.clean_font(files[2]))
        self.set_margins(20 if orientation == "P" else 15, 18, 20 if orientation == "P" else 15)
        self.set_auto_page_break(True, 20)
        self.add_page()

    def para(self, t, size=10.5, style="", lh=5.4, after=2.6, fam="SE"):
        self.set_font(fam, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def qbar(self, t):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.ln(1.5)
        self.set_fill_color(*GREY)
        self.set_font("SA", "B", 10.2)
        self.multi_cell(0, 5.6, t, fill=True, new_x="LMARGIN", new_y="NEXT", padding=(1.8, 2.5, 1.8, 2.5))
        self.ln(2.5)

    def head(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1)
        self.set_font("SA", "B", 12)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def rec(self, t):
        w = self.w - self.l_margin - self.r_margin
        self.set_font("SE", "", 10.5)
        lines = len(self.multi_cell(w - 10, 5.4, t, dry_run=True, output="LINES"))
        hgt = 7 + lines * 5.4 + 3
        if self.get_y() + hgt > self.h - 22:
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*AMBERL)
        self.rect(self.l_margin, y, w, hgt, style="F")
        self.set_fill_color(*AMBER)
        self.rect(self.l_margin, y, 1.6, hgt, style="F")
        self.set_xy(self.l_margin + 5, y + 2)
        self.set_font("SA", "B", 8.6)
        self.set_text_color(*AMBER)
        self.cell(0, 4.5, "SSG RECOMMENDATION", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + 5, y + 7)
        self.set_font("SE", "", 10.5)
        self.multi_cell(w - 10, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + hgt + 4)


RECS = [
    "Bring forward the demolition of the Pond Building so that it is finished before any work starts on the "
    "turbine hall of Reactor 2.",
    "Move all lower activity waste off the site by rail, using the site's own sidings, instead of by road through "
    "Westhaven village.",
    "Publish a monthly log of every waste consignment that leaves the site, showing its date, route, destination "
    "and volume.",
    "Guarantee in every major contract that at least 60 per cent of the jobs on the site go to people who live "
    "within 25 miles of Westhaven.",
    "Fund an independent programme of radiation monitoring on the foreshore and in the Brack estuary, carried out "
    "by a body that the SSG chooses.",
    "Hold at least two of the SSG's public meetings each year in the evening in Westhaven itself, and stream every "
    "public meeting online.",
    "Keep the Westhaven visitor centre open until demolition of the reactor buildings begins.",
]


def advice():
    d = Doc()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 3, style="F")
    d.set_y(12)
    d.set_font("SA", "B", 15)
    d.set_text_color(*NAVY)
    d.cell(0, 7, "Westhaven Site Stakeholder Group", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SA", "", 9)
    d.set_text_color(80, 80, 80)
    d.cell(0, 5, "Secretariat: c/o Westhaven Borough Council, Civic Centre, Harbour Road, Westhaven",
           new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*NAVY)
    d.set_line_width(0.5)
    d.line(20, d.get_y() + 2, d.w - 20, d.get_y() + 2)
    d.set_text_color(0, 0, 0)
    d.ln(7)
    d.set_font("SA", "B", 13.5)
    d.multi_cell(0, 6.8, "Response to the consultation on the draft Westhaven Site Restoration Plan 2026-2036",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("SA", "", 9.2)
    d.cell(0, 5, "Ref. WSSG/2026/03   |   Agreed at the full meeting of 19 February 2026   |   Sent 27 February 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.head("1. Introduction")
    d.para("The Westhaven Site Stakeholder Group (SSG) brings together the borough and parish councils, local "
           "businesses, trade unions, environmental groups and residents to hold the owners of the Westhaven site to "
           "account on behalf of the community. Westhaven Site Restoration Ltd consulted on its draft plan between "
           "10 December 2025 and 6 March 2026 and asked six questions. We held three open workshops in January, "
           "attended by 118 people, and this response draws on them.")
    d.para("We answer each of the six questions in turn. Where we are asking the company to change the plan, our "
           "request is set out in a shaded box. Where we support the draft as it stands, we say so.")
    d.head("2. Key figures from the draft plan")
    d.set_fill_color(*ZEBRA)
    with d.table(col_widths=(125, 45), text_align=("LEFT", "RIGHT"), line_height=5.4, first_row_as_headings=True,
                 borders_layout="HORIZONTAL_LINES", width=170, align="LEFT",
                 headings_style=FontFace(family="SA", emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
                 cell_fill_color=ZEBRA, cell_fill_mode="ROWS") as t:
        d.set_font("SA", "", 9.4)
        for r in (("Item", "Figure"),
                  ("Lower activity waste to be removed, 2026-2036", "8,900 cubic metres"),
                  ("Peak waste lorry movements (forecast, 2029)", "46 a day"),
                  ("Site workforce, March 2025", "612"),
                  ("Site workforce, forecast for 2036", "240"),
                  ("Visitors to the visitor centre, 2025", "14,300")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)
    d.head("3. Our answers to the consultation questions")
    d.qbar("Question 1: Do you agree with the proposed order in which the main buildings will be demolished?")
    d.para("Broadly, yes. The SSG supports the decision to clear the administration blocks first and to leave the "
           "reactor buildings until last. However, the Pond Building has been empty since 2019, its cladding is "
           "failing and it is the building that residents in Shore Lane look at every day.")
    d.rec(RECS[0])
    d.qbar("Question 2: What are your views on how waste will be transported from the site?")
    d.para("This was the question that drew most comment at our workshops. The draft plan assumes that almost all "
           "lower activity waste will leave by road along the B5321 and through the centre of Westhaven village, past "
           "the primary school. Residents told us that lorries should never use the village road at school times. "
           "The site's rail sidings were last used in 2017 but are still connected to the coast line.")
    d.rec(RECS[1])
    d.para("Whichever route is used, people want to know what is leaving the site and when.")
    d.rec(RECS[2])
    d.qbar("Question 3: Do you support the proposed future use of the land once restoration is complete?")
    d.para("Opinion at the workshops was divided between a return to open dune grassland and some light industrial "
           "use to replace lost jobs. The SSG has no recommendation on this question at this stage and will return "
           "to it when the company publishes its options report in 2027.")
    d.qbar("Question 4: How can the restoration programme best support local jobs and skills?")
    d.para("The workforce will fall from 612 to about 240 over the life of the plan. The SSG welcomes the "
           "apprenticeship programme with Westhaven College, but believes the company can do more through its "
           "contracts.")
    d.rec(RECS[3])
    d.qbar("Question 5: Do you have any comments on the proposals for environmental monitoring?")
    d.para("Under the Environmental Permitting (England and Wales) Regulations 2016 the operator must monitor its "
           "discharges and report any breach of its permit limits to the regulator. The SSG does not doubt the "
           "company's own monitoring, but trust in it is low in parts of the community. In 2022 the SSG recommended "
           "that \"the company should replace the diesel standby generators with a grid connection\"; that has "
           "now been done, and we acknowledge it.")
    d.rec(RECS[4])
    d.qbar("Question 6: How should we keep the community informed and involved?")
    d.para("SSG public meetings are currently held at 2 p.m. at the site's conference centre, five miles from the "
           "village, which rules out most people who work.")
    d.rec(RECS[5])
    d.qbar("Other comments")
    d.para("The draft plan proposes closing the visitor centre in 2027 to save money. It is the only place where "
           "schools and visitors can learn about the site's history, and it employs eleven local people.")
    d.rec(RECS[6])
    d.head("4. Conclusion")
    d.para("The SSG supports the overall direction of the draft plan. We would ask in particular for a clear "
           "answer on the two transport requests under Question 2, which matter most to Westhaven village. We would "
           "be glad to discuss this response with the company at our meeting on 14 May 2026.")
    d.para("Councillor Helen Brathwaite, Chair, Westhaven Site Stakeholder Group", size=9.5, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


ROWS = [
    ("C-01", "1", "Westhaven Site Stakeholder Group",
     "Pond Building should be demolished before work on the Reactor 2 turbine hall.",
     "We have moved the east wing of the Pond Building forward to 2027. The west wing houses the effluent treatment "
     "plant, which must stay in use until 2031, so it cannot come down before the turbine hall work begins.",
     "Yes, in part"),
    ("C-02", "1", "Westhaven Shore Birds Group",
     "Bats may roost in the Pond Building roof.",
     "A bat survey will be carried out in spring 2027 before any demolition, and work will be timed to avoid the "
     "roosting season.", "No"),
    ("C-03", "2", "Westhaven Site Stakeholder Group",
     "Waste should leave by rail from the site sidings, not by road through the village.",
     "We have examined this carefully and will not be adopting it. Bringing the sidings back into use would cost "
     "about £14 million and the receiving site has no rail connection, so road transport remains the plan for "
     "this period.", "No"),
    ("C-04", "2", "Westhaven Site Stakeholder Group",
     "A monthly log of waste consignments should be published.",
     "Agreed. From April 2026 a consignment log showing date, route, destination and volume will be posted on our "
     "website on the first working day of each month.", "Yes"),
    ("C-05", "2", "Westhaven Parish Council",
     "Lorries should avoid the village at school times.",
     "No waste lorries will pass the primary school between 8.15 and 9.15 a.m. or between 2.45 and 3.30 p.m. "
     "during term time.", "Yes"),
    ("C-06", "3", "Resident (name withheld)",
     "The dunes should be opened to the public.",
     "The options report in 2027 will include a coastal path along the northern boundary of the site.", "No"),
    ("C-07", "4", "Westhaven Site Stakeholder Group",
     "At least 60 per cent of contract jobs should go to people living within 25 miles.",
     "Procurement rules do not allow us to reserve jobs for local residents, so we cannot write a quota into "
     "contracts. We will, however, set every major contractor a target of 50 per cent local employment and report "
     "progress to the SSG twice a year.", "Yes, in part"),
    ("C-08", "5", "Westhaven Site Stakeholder Group",
     "Independent radiation monitoring of the foreshore and estuary, by a body the SSG chooses.",
     "Monitoring across all sites is funded by the Nuclear Restoration Authority. We have passed this request to the "
     "Authority, which will consider it in its national monitoring review during 2027.", "Not at this stage"),
    ("C-09", "Other", "Westhaven Site Stakeholder Group",
     "The visitor centre should stay open until reactor demolition begins.",
     "We have listened to this and withdrawn the proposal to close it in 2027. The visitor centre will remain open "
     "until reactor demolition starts, currently expected in 2032.", "Yes"),
    ("C-10", "Other", "Resident (name withheld)",
     "Will former employees' pensions be affected?",
     "Pensions are not part of this plan; former staff can contact the pension scheme helpline on 0117 496 0233.",
     "No"),
]


def response():
    d = Doc("L")
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 20, style="F")
    d.set_xy(15, 6)
    d.set_text_color(255, 255, 255)
    d.set_font("NA", "B", 15)
    d.cell(150, 8, "Westhaven Site Restoration Ltd")
    d.set_font("NA", "", 9.5)
    d.set_xy(d.w - 15 - 110, 5.5)
    d.multi_cell(110, 4.6, "A subsidiary of the Nuclear Restoration Authority\nDocument WSR/PLN/0441, Issue 1, 2 April 2026",
                 align="R")
    d.set_text_color(0, 0, 0)
    d.set_y(27)
    d.set_font("NA", "B", 14)
    d.cell(0, 7, "Draft Westhaven Site Restoration Plan 2026-2036: consultation outcome report",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("1. Purpose. This report summarises the responses to our consultation, which ran from 10 December 2025 to "
           "6 March 2026, and explains how we have taken them into account in the final plan. We received 42 "
           "responses: 36 from individuals and 6 from organisations. Transport drew the largest number of comments "
           "(17), followed by jobs (9) and the visitor centre (8).", size=10, fam="NA", lh=5)
    d.para("2. How to read the table. Comments are grouped by the consultation question they relate to (column Q). "
           "Where several people made the same point, it is summarised once and the respondent shown is the first "
           "organisation that raised it. The final column shows whether the plan has been changed.",
           size=10, fam="NA", lh=5)
    d.set_font("NA", "", 9.2)
    d.set_fill_color(*ZEBRA)
    with d.table(col_widths=(12, 11, 36, 62, 114, 32), text_align=("LEFT",) * 6, line_height=4.6,
                 first_row_as_headings=True, borders_layout="HORIZONTAL_LINES", width=267, align="LEFT",
                 headings_style=FontFace(family="NA", emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
                 cell_fill_color=ZEBRA, cell_fill_mode="ROWS", padding=1.6) as t:
        row = t.row()
        for c in ("Ref", "Q", "Respondent", "Comment (summary)", "Our response", "Change to plan?"):
            row.cell(c)
        for r in ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)
    d.para("3. Next steps. The final plan will be submitted to the Nuclear Restoration Authority for approval in "
           "June 2026. We will attend the SSG's meeting on 14 May 2026 to go through this report.",
           size=10, fam="NA", lh=5)
    d.para("Dr Priya Venkataraman, Head of Stakeholder Relations", size=9.5, style="I", fam="NA")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Westhaven Site Stakeholder Group - Consultation response WSSG/2026/03",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Westhaven Site Restoration Ltd - Consultation outcome report WSR/PLN/0441",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSansNarrow-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Bring forward the demolition of the Pond Building so that",
         "reply_contains": "We have moved the east wing of the Pond Building forward", "verdict": "partly"},
        {"number": 2, "starts_with": "Move all lower activity waste off the site by rail",
         "reply_contains": "We have examined this carefully and will not be adopting it", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Publish a monthly log of every waste consignment that leaves",
         "reply_contains": "will be posted on our website on the first working day", "verdict": "agrees"},
        {"number": 4, "starts_with": "Guarantee in every major contract that at least 60 per cent",
         "reply_contains": "set every major contractor a target of 50 per cent", "verdict": "partly"},
        {"number": 5, "starts_with": "Fund an independent programme of radiation monitoring on the foreshore",
         "reply_contains": "We have passed this request to the Authority", "verdict": "noted"},
        {"number": 6, "starts_with": "Hold at least two of the SSG's public meetings each year",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Keep the Westhaven visitor centre open until demolition of the",
         "reply_contains": "withdrawn the proposal to close it in 2027", "verdict": "agrees"},
    ]
    unmatched = ["We received 42 responses: 36 from individuals and 6 from organisations",
                 "Comments are grouped by the consultation question they relate to",
                 "A bat survey will be carried out in spring 2027",
                 "No waste lorries will pass the primary school between 8.15",
                 "will include a coastal path along the northern boundary",
                 "former staff can contact the pension scheme helpline",
                 "The final plan will be submitted to the Nuclear Restoration Authority"]
    notes = ("Advice: English nuclear SITE STAKEHOLDER GROUP's CONSULTATION RESPONSE WSSG/2026/03 to the draft "
             "Westhaven Site Restoration Plan; written as answers to the consultation's six NUMBERED QUESTIONS "
             "('Question 1: Do you agree ...?', grey bars; not recommendations), recs are seven UNNUMBERED shaded "
             "boxes labelled 'SSG RECOMMENDATION' (Q1 one, Q2 two, Q3 none, Q4, Q5, Q6 one each, one under 'Other "
             "comments'), imperative sentences; traps: 'Key figures' table, residents' 'lorries should never use the "
             "village road at school times' (a finding), Q3 'The SSG has no recommendation on this question', the "
             "Environmental Permitting Regulations 2016 'the operator must monitor', the SSG's 2022 recommendation "
             "quoted ('the company should replace the diesel standby generators', done), conclusion asking for 'a "
             "clear answer on the two transport requests under Question 2'. Response: the site company's "
             "CONSULTATION OUTCOME REPORT WSR/PLN/0441, A4 LANDSCAPE, numbered paragraphs 1-3 around a table (Ref "
             "C-01...C-10, Q = question number, Respondent, Comment (summary), Our response, Change to plan?), the "
             "SSG's rows among other respondents', in advice order: C-01 east wing moved to 2027, west wing not "
             "before the turbine hall, 'Yes, in part' (1 partly); C-03 rail 'will not be adopting it', £14 "
             "million (2 disagrees); C-04 'Agreed', monthly log from April 2026 (3 agrees); C-07 no quota, a "
             "50 per cent target instead of a 60 per cent guarantee (4 partly); C-08 'passed this request to the "
             "Authority', to be considered in its 2027 review, 'Not at this stage' (5 noted); 6 (evening meetings, "
             "streaming) has no row (unanswered); C-09 visitor centre stays open until 2032 (7 agrees); paragraphs "
             "1, 2 and 3 and the other respondents' rows C-02 (bats in the Pond Building), C-05 (lorries at school "
             "times), C-06 (coastal path), C-10 (pensions) answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

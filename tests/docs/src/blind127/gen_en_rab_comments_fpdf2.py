"""Round 127 (EN): a US public housing authority's RESIDENT ADVISORY BOARD's comment letter on the authority's draft
Annual Plan, answered by the plan's ATTACHMENT 'Resident Advisory Board Comments and Authority Responses'. The letter
has TEN numbered 'Comment N' headings, of which seven carry a recommendation and three do not (thanks for completed
work, a question about funding, a finding about work orders), so recommendation numbers are NOT comment numbers.
Traps: the federal plan rule paraphrased ('must consider'), last year's RAB request quoted ('should install', done),
and a closing line naming 'Comments 1 and 8'. The attachment summarises each comment in italics ('Comment 2 (summary):')
followed by 'Authority response:', GROUPED BY TOPIC in another order (1, 7 / 2, 4 / 5, 8, 9, 3, 6); Comment 10 (hiring
of residents on the modernization contracts) has no entry; the introduction, the responses to comments 3, 6 and 9 and
the public hearing section answer nothing.
fpdf2, US Letter, cleaned Liberation Sans (letter) and Liberation Serif (attachment), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; 24 CFR Part 903 is
named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind127en/bin/python tests/docs/src/blind127/gen_en_rab_comments_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b127en as H
from fpdf import FPDF

NAME = "blind127_en_rab_comments"
TEAL = (18, 92, 104)
MAROON = (110, 30, 40)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10.5, style="", lh=5.2, after=2.4, indent=0, markdown=False):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
        self.ln(after)

    def head(self, t, size=11, before=2.0, colour=TEAL):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, 5.6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)


COMMENTS = [
    ("Elevators at Riverside Tower",
     "Riverside Tower has 212 apartments and two elevators, and at least one of them was out of service on 41 days "
     "last year. For residents who use wheelchairs or walkers on the upper floors, that means being trapped at home. "
     "We recommend that the Authority replace both Riverside Tower elevators in FY 2027 instead of FY 2029, using "
     "Capital Fund money."),
    ("Flat rents",
     "Many working families pay the flat rent. The draft plan would raise flat rents by an average of 7 percent. The "
     "RAB asks the Authority to limit the increase in flat rents to no more than 3 percent for FY 2027."),
    ("Laundry rooms",
     "Residents at Maple Terrace and Cedar Court asked us to pass on their thanks for the new laundry rooms that "
     "opened in the spring. They are clean, well lit and the machines work."),
    ("Language access",
     "About one household in five speaks Spanish or Vietnamese at home. Please translate every notice of changes to "
     "the Admissions and Continued Occupancy Policy into Spanish and Vietnamese and post them at each management "
     "office."),
    ("Office hours",
     "Residents who work daytime shifts cannot get to the Northgate management office, which closes at 4:30 p.m. We "
     "recommend that the Northgate office stay open until 7 p.m. on at least one evening each week."),
    ("Capital Fund for Cedar Court",
     "The five-year action plan lists \"site improvements\" at Cedar Court without an amount. How much Capital Fund "
     "money is planned for Cedar Court in FY 2027, and what work will it pay for?"),
    ("Summer heat in the senior buildings",
     "Apartments in Elm Court, Larchmont House and Harbor View have no air conditioning, and last July several "
     "residents were treated for heat exhaustion. The RAB recommends that the Authority install air conditioning in "
     "the community rooms of all three senior buildings so that they can serve as cooling rooms."),
    ("Emergency repairs",
     "Residents do not know how long an emergency repair should take or whether targets are met. We recommend that "
     "the Authority complete every emergency work order within 24 hours and publish its repair response times each "
     "month."),
    ("Work orders",
     "Our members logged 214 work orders between January and May. More than half were for plumbing, and about a "
     "third were still open after 30 days."),
    ("Jobs for residents",
     "The modernization work at Riverside Tower will bring several large contracts. The RAB recommends that the "
     "Authority set a goal that at least 25 percent of new hires on those contracts be public housing residents."),
]


def advice():
    d = Doc(datetime.datetime(2026, 6, 30, 9, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_title("RAB comments on the draft FY 2027 Annual Plan")
    d.set_font("LS", "B", 12)
    d.set_text_color(*TEAL)
    d.cell(0, 6, "Resident Advisory Board", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9)
    d.cell(0, 4.5, "Harlow Springs Housing Authority  |  c/o Resident Services, 400 Canal Street, Harlow Springs",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(*TEAL)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.ln(7)
    d.para("June 30, 2026", after=3)
    d.para("Ms. Dolores Whitcombe-Reyes\nExecutive Director\nHarlow Springs Housing Authority", after=3)
    d.para("Re: Comments of the Resident Advisory Board on the Draft FY 2027 Annual Plan", style="B", after=3)
    d.para("Dear Ms. Whitcombe-Reyes:")
    d.para("The Resident Advisory Board (RAB) met four times in May and June to review the draft FY 2027 Annual Plan "
           "and the five-year Capital Fund action plan. Twenty-three residents from nine developments took part. Under "
           "the federal rules for PHA plans (24 CFR Part 903), the Authority must consider the RAB's recommendations "
           "and must include a copy of them, with its response, when it submits the plan.")
    d.para("Last year the RAB asked that the Authority \"should install security cameras in the lobbies of Maple "
           "Terrace\". The cameras were installed in March, and residents say they feel safer.")
    d.para("Our comments on this year's draft follow. They are numbered so that they can be referred to easily.")
    for i, (title, text) in enumerate(COMMENTS, 1):
        d.head(f"Comment {i} - {title}")
        d.para(text)
    d.head("In closing", colour=TEAL)
    d.para("The RAB asks the Authority to treat Comments 1 and 8 as its first priorities. We look forward to your "
           "written response and to the public hearing on July 14.")
    d.para("Sincerely,", after=1)
    d.para("Marcus T. Okonjo-Bell\nPresident, Resident Advisory Board", after=1)
    d.output(H.out(NAME + "_advice.pdf"))


RESPONSES = [
    ("Capital Fund", [
        (1, "Replace both Riverside Tower elevators in FY 2027 rather than FY 2029.",
         "The Authority agrees that the elevators at Riverside Tower are the most urgent capital need. The replacement "
         "of the east elevator has been moved into FY 2027 and will go to bid in October 2026. The Capital Fund "
         "cannot pay for both in the same year without delaying the roof replacements at Elm Court, so the west "
         "elevator stays in FY 2029."),
        (7, "Air conditioning in the community rooms of the three senior buildings.",
         "The electrical service in all three buildings would need to be upgraded first. The Authority will look at "
         "the cost and feasibility as part of the Physical Needs Assessment that begins in spring 2027 and will report "
         "back to the RAB when it is complete. No funds are included in the FY 2027 plan."),
    ]),
    ("Rents and policies", [
        (2, "Limit the flat rent increase to 3 percent.",
         "Federal rules require flat rents to be kept in line with the Fair Market Rent for the area, which rose "
         "sharply this year. For that reason the Authority is unable to cap the increase at 3 percent. Families for "
         "whom the new flat rent would be a hardship may ask to switch to an income-based rent at any time."),
        (4, "Translate notices of ACOP changes into Spanish and Vietnamese.",
         "Accepted. From August 1, 2026 every notice of a policy change will be issued in English, Spanish and "
         "Vietnamese and posted in all management offices and on the Authority's website."),
    ]),
    ("Property management and other comments", [
        (5, "Evening hours at the Northgate management office.",
         "Beginning October 1, 2026, the Northgate office will stay open until 7:00 p.m. every Wednesday. Other "
         "offices will offer appointments by phone or video after hours on request."),
        (8, "Emergency work orders within 24 hours; monthly publication of response times.",
         "Completing emergency work orders within 24 hours is already the Authority's standard, and 96 percent met it "
         "in 2025. Rather than monthly publication, a report on response times will be given to the RAB at each "
         "quarterly meeting."),
        (9, "Work orders logged by RAB members.",
         "A plumbing contractor has been added to the maintenance team from July 2026, and open work orders are "
         "reviewed weekly by the property managers."),
        (3, "Thanks for the new laundry rooms.",
         "The Authority appreciates the kind words, which have been passed on to the maintenance staff."),
        (6, "Capital Fund amount for Cedar Court.",
         "The FY 2027 plan includes $1.2 million for Cedar Court, mainly for sidewalks, parking lot lighting and "
         "drainage."),
    ]),
]


def response():
    d = Doc(datetime.datetime(2026, 7, 20, 9, 0, tzinfo=datetime.timezone.utc), "LF")
    d.set_title("FY 2027 Annual Plan - Attachment C")
    d.set_font("LF", "B", 10)
    d.set_text_color(*MAROON)
    d.cell(0, 5, "HARLOW SPRINGS HOUSING AUTHORITY  -  PHA ANNUAL PLAN FY 2027", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LF", "B", 16)
    d.multi_cell(0, 7.5, "Attachment C: Resident Advisory Board Comments and Authority Responses",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("The Resident Advisory Board sent its written comments on the draft plan on June 30, 2026. Each comment is "
           "summarized below in italics, followed by the Authority's response. Comments are grouped by topic and "
           "keep the numbers the RAB gave them. The draft plan was available for review at all management offices "
           "and online for 45 days.", size=11)
    for topic, items in RESPONSES:
        d.head(topic, size=12, colour=MAROON, before=2.5)
        for n, summary, reply in items:
            if d.get_y() > d.h - 45:
                d.add_page()
            d.para(f"Comment {n} (summary): {summary}", size=11, style="I", after=1)
            d.para(f"**Authority response:** {reply}", size=11, markdown=True, after=3)
    d.head("Comments received at the public hearing", size=12, colour=MAROON, before=2.5)
    d.para("Eleven people attended the public hearing on July 14, 2026 and two spoke. Both asked about the timing of "
           "the Riverside Tower work, which is covered above. No changes to the plan were made as a result of the "
           "hearing.", size=11)
    d.para("Board of Commissioners Resolution No. 2026-18, adopting the FY 2027 Annual Plan, was approved on July 20, "
           "2026.", size=11)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="HSHA Resident Advisory Board - Comments on the Draft FY 2027 Plan",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Harlow Springs Housing Authority - FY 2027 Annual Plan, Attachment C",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "We recommend that the Authority replace both Riverside Tower elevators",
         "reply_contains": "the west elevator stays in FY 2029", "verdict": "partly"},
        {"number": 2, "starts_with": "The RAB asks the Authority to limit the increase in flat rents",
         "reply_contains": "the Authority is unable to cap the increase at 3 percent", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Please translate every notice of changes to the Admissions and Continued",
         "reply_contains": "every notice of a policy change will be issued in English", "verdict": "agrees"},
        {"number": 4, "starts_with": "We recommend that the Northgate office stay open until 7 p.m.",
         "reply_contains": "the Northgate office will stay open until 7:00 p.m. every Wednesday",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "The RAB recommends that the Authority install air conditioning in the",
         "reply_contains": "look at the cost and feasibility as part of the Physical",
         "verdict": "noted"},
        {"number": 6, "starts_with": "We recommend that the Authority complete every emergency work order within",
         "reply_contains": "Rather than monthly publication, a report on response times",
         "verdict": "partly"},
        {"number": 7, "starts_with": "The RAB recommends that the Authority set a goal that at least",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["A plumbing contractor has been added to the maintenance team",
                 "appreciates the kind words, which have been passed on",
                 "includes $1.2 million for Cedar Court, mainly for sidewalks",
                 "Eleven people attended the public hearing on July 14, 2026"]
    notes = ("Advice: a US public housing authority's RESIDENT ADVISORY BOARD comment letter on the draft FY 2027 Annual "
             "Plan; 24 CFR Part 903 paraphrased ('must consider ... must include'); last year's request quoted ('should "
             "install security cameras', done); TEN bold headings 'Comment 1 - ...' to 'Comment 10 - ...', of which "
             "seven carry a recommendation (comments 1, 2, 4, 5, 7, 8, 10: 1 both Riverside elevators in FY 2027, 2 flat "
             "rent increase capped at 3 percent ('asks'), 3 translate ACOP notices ('Please translate'), 4 Northgate "
             "office open until 7 p.m., 5 air conditioning in senior community rooms, 6 emergency work orders in 24 "
             "hours and monthly publication, 7 a 25 percent resident hiring goal) and three do not (comment 3 thanks, "
             "comment 6 a QUESTION about Capital Fund money, comment 9 a FINDING on work orders), so recommendation "
             "numbers are NOT comment numbers; closing 'Comments 1 and 8'. Response: ATTACHMENT C of the adopted plan, "
             "an italic 'Comment N (summary):' line then 'Authority response:', keyed by COMMENT numbers and grouped "
             "by topic in the order 1, 7 / 2, 4 / 5, 8, 9, 3, 6: comment 1 east elevator in FY 2027, west stays in FY "
             "2029 (rec 1 partly); comment 7 to be looked at in the Physical Needs Assessment, no funds (rec 5 noted); "
             "comment 2 'unable to cap' (rec 2 disagrees); comment 4 'Accepted.' from August 2026 (rec 3 agrees); "
             "comment 5 open until 7:00 p.m. every Wednesday (rec 4 agrees); comment 8 24 hours already the standard, "
             "quarterly report to the RAB instead of monthly publication (rec 6 partly); comment 10 has no entry (rec 7 "
             "unanswered). The introduction, the responses to comments 9, 3 and 6 (a figure of $1.2 million) and the "
             "public hearing section answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 136 (EN): a regional accrediting commission's PEER REVIEW TEAM REPORT on a California-style community
college's comprehensive visit, answered by the college SUPERINTENDENT/PRESIDENT's RESPONSE to the Commission,
written by theme with no numbers, in another order.
The advice: three numbered COMMENDATIONS 1.-3. (traps, numbered like the recommendations), then seven numbered
recommendations in two lists: 1.-3. under 'In order to meet the Standards, the team recommends that the College:'
and 4.-7. under 'In order to increase effectiveness, the team recommends that the College:', each a lower-case
verb phrase. Traps: the 2019 team's recommendation quoted ('should complete'), federal regulations paraphrased
('must demonstrate'), findings per Standard, 'The team does not recommend that the College reduce its distance
education offerings', a closing naming 'the first three recommendations'.
The response: introduction (nothing); 'Learning outcomes' 1 agrees; 'Faculty: distance education and adjunct
training' one paragraph: 3 partly (sample of courses only) and 7 agrees; 'Governance' 2 agrees; 'Tutoring' 5
disagrees; 'Long-range planning' 4 noted; factual corrections and closing (nothing); 6 never (unanswered).
fpdf2, US Letter, cleaned Liberation Sans (report) and Liberation Serif (response), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Higher Education
Act and 34 CFR Part 602 are named as context only (what is said of them is paraphrased, not to be relied on).
Run:  /tmp/blind136en/bin/python tests/docs/src/blind136/gen_en_accreditation_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b136en as H
from fpdf import FPDF

NAME = "blind136_en_accreditation"
NAVY = (24, 46, 96)
MAROON = (110, 30, 40)
GREY = (80, 80, 80)


class Doc(FPDF):
    def __init__(self, date, fam, size, ink):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = fam, size, ink
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.47

    def meta(self, t):
        self.set_font(self.fam, "", 9)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(1.5)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", 11.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True)
        self.ln(1.6)

    def listing(self, items, marks, w=8):
        for m, it in zip(marks, items):
            if self.get_y() > self.h - 32:
                self.add_page()
            self.set_font(self.fam, "", self.size)
            self.set_x(self.l_margin + 4)
            self.cell(w, self.lh, m)
            self.multi_cell(self.tw - w - 4, self.lh, it, markdown=True)
            self.ln(1.0)
        self.ln(0.8)


COMMENDATIONS = [
    "The team commends the College for its Dual Enrollment Pathways program, which has tripled the number of high "
    "school students completing college-level English since 2021.",
    "The team commends the Basic Needs Center for the food pantry and emergency housing grants it runs with the "
    "Sandhollow County Housing Authority.",
    "The team commends the classified professionals who rebuilt the College's online enrollment system after the "
    "2023 data center outage.",
]

RECS_MEET = [
    "complete the assessment of student learning outcomes for every course and program on its published cycle, "
    "and use the results in program review (Standard II.A.3).",
    "establish a regular evaluation of its participatory governance committees and decision-making processes, and "
    "publish the results to the college community (Standard IV.A.7).",
    "ensure that all distance education courses provide regular and substantive interaction between students and "
    "instructors, verified through course review (Standard II.A.7).",
]
RECS_IMPROVE = [
    "develop a long-range plan for the total cost of ownership of its facilities and technology that is linked to "
    "the budget (Standard III.B.4).",
    "consolidate the two tutoring centers on the main campus and at the Harlan Center into a single Learning "
    "Commons (Standard II.B.1).",
    "disaggregate student achievement data by ethnicity, age and mode of delivery in every program review "
    "(Standard I.B.6).",
    "provide professional development for part-time faculty on the learning outcomes process, with paid time to "
    "take part (Standard III.A.14).",
]


def advice():
    d = Doc(dt.datetime(2025, 11, 20, 10, 0, tzinfo=dt.timezone.utc), "LS", 10, NAVY)
    d.meta("PACIFIC PLAINS COMMISSION FOR COMMUNITY AND JUNIOR COLLEGES")
    d.h1("Peer Review Team Report: Sandhollow Community College")
    d.meta("Comprehensive Review Site Visit, October 6-9, 2025 | Team Chair: Dr. Marisol Quintero-Baptiste, "
           "President, Linden Valley College | Report PPC-PRT-2025-31 | November 2025")
    d.h2("Introduction")
    d.para("A peer review team of eleven members visited Sandhollow Community College, Sandhollow, from October 6 to "
           "9, 2025, to evaluate whether the College continues to meet the Commission's Accreditation Standards and "
           "Eligibility Requirements. The team met with about 140 faculty, staff, students and trustees, held two "
           "open forums and visited the Harlan Center, 14 miles from the main campus.")
    d.para("The Commission applies its Standards within the framework of the Higher Education Act and 34 CFR Part "
           "602. As the team understands those rules, an accredited institution must demonstrate that it assesses "
           "student achievement and must have a process for responding to the findings of its accreditor. They are "
           "named here for context only.")
    d.h2("Response to the recommendations of the previous team")
    d.para("The 2019 team recommended that \"the College should complete the cycle of program review for all "
           "instructional programs and link it to resource allocation.\" The team found that program review is now "
           "complete and linked to the budget process; this recommendation has been fully addressed.")
    d.h2("Team commendations")
    d.listing(COMMENDATIONS, ["1.", "2.", "3."])
    d.h2("Findings by Standard")
    d.para("**Standard I.** The mission statement was revised in 2024. Student achievement data are published on a "
           "dashboard, but program reviews look only at college-wide totals.")
    d.para("**Standard II.** Outcomes have been assessed for 71 percent of courses in the current cycle. Of 40 "
           "online course shells the team reviewed, 11 showed little instructor-initiated contact beyond "
           "announcements. Tutoring is offered in two centers with separate staff and hours.")
    d.para("**Standard III.** The bond-funded building program is well managed, but no plan covers the replacement "
           "of the technology bought with one-time funds. Part-time faculty, who teach 58 percent of sections, said "
           "they are not paid to attend outcomes workshops.")
    d.para("**Standard IV.** The governance handbook describes eleven committees; none has been evaluated since "
           "2020.")
    d.h2("Recommendations")
    d.para("In order to meet the Standards, the team recommends that the College:")
    d.listing(RECS_MEET, ["1.", "2.", "3."])
    d.para("In order to increase institutional effectiveness, the team recommends that the College:")
    d.listing(RECS_IMPROVE, ["4.", "5.", "6.", "7."])
    d.para("The team heard concerns from some faculty that online courses lower success rates. The team does not "
           "recommend that the College reduce its distance education offerings, which are popular with working "
           "students; the issue is the quality of interaction, not the format.")
    d.h2("Conclusion")
    d.para("The first three recommendations identify areas in which the College does not yet meet the Standards. "
           "The Commission will act on the team's report at its January 2026 meeting, taking into account any "
           "response the College submits.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 12, 12, 10, 0, tzinfo=dt.timezone.utc), "LF", 11, MAROON)
    d.meta("SANDHOLLOW COMMUNITY COLLEGE | Office of the Superintendent/President | 2200 College Parkway, "
           "Sandhollow")
    d.para("December 12, 2025")
    d.para("Dr. Leonard Achterberg-Oyelowo, President\nPacific Plains Commission for Community and Junior Colleges")
    d.h1("Response to the Peer Review Team Report")
    d.para("Dear Dr. Achterberg-Oyelowo,")
    d.para("On behalf of the Board of Trustees, thank you for the team's thorough visit and collegial report. The "
           "College's Accreditation Steering Committee reviewed the report with the Academic Senate and the "
           "Classified Senate in November. Our response follows, grouped by subject.")
    d.h2("Learning outcomes")
    d.para("We agree that outcomes work has fallen behind. A revised assessment calendar was adopted on November 18, "
           "every department now has a named outcomes lead, and we expect all courses to be assessed by the end of "
           "spring 2027.")
    d.h2("Faculty: distance education and part-time faculty")
    d.para("The Distance Education Committee has adopted a regular and substantive interaction checklist for new "
           "online courses. Rather than review every section, the College will check a random sample of one in four "
           "online sections each term, which we believe is proportionate to our staffing. On part-time faculty, the "
           "new contract with the faculty association, ratified in December, pays part-time instructors for up to "
           "six hours a year of outcomes training, and the first paid workshops are scheduled for February.")
    d.h2("Governance")
    d.para("The College Council has approved an annual survey of all governance committees. The first results will "
           "be posted on the governance web page in May 2026 and discussed at the fall convocation.")
    d.h2("Tutoring")
    d.para("After careful consideration the College will keep both tutoring centers. The Harlan Center serves "
           "students 14 miles from the main campus, many without cars, and a single Learning Commons would in "
           "practice end tutoring for them. We will instead share scheduling software and training between the "
           "two centers.")
    d.h2("Long-range planning")
    d.para("We acknowledge the team's point on total cost of ownership. The matter has been referred to the "
           "Budget and Planning Committee, which will consider it alongside the next update of the Educational "
           "Master Plan.")
    d.h2("Corrections of fact")
    d.para("The report gives the share of sections taught by part-time faculty as 58 percent; the fall 2025 figure "
           "is 54 percent. We would be grateful if the Commission could note this correction.")
    d.para("We look forward to the Commission's action in January and to continuing our work with the Commission's "
           "staff.")
    d.para("Sincerely,\n\nDr. Teresa Villanueva-Marsh\nSuperintendent/President")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="PPCCJC - Peer Review Team Report - Sandhollow Community College",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Sandhollow Community College - Response to the Team Report",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "complete the assessment of student learning outcomes for every course",
         "reply_contains": "A revised assessment calendar was adopted on November 18", "verdict": "agrees"},
        {"number": 2, "starts_with": "establish a regular evaluation of its participatory governance committees",
         "reply_contains": "The College Council has approved an annual survey", "verdict": "agrees"},
        {"number": 3, "starts_with": "ensure that all distance education courses provide regular and substantive",
         "reply_contains": "check a random sample of one in four online sections",
         "verdict": "partly"},
        {"number": 4, "starts_with": "develop a long-range plan for the total cost of ownership",
         "reply_contains": "The matter has been referred to the Budget and Planning Committee",
         "verdict": "noted"},
        {"number": 5, "starts_with": "consolidate the two tutoring centers on the main campus and",
         "reply_contains": "After careful consideration the College will keep both tutoring centers",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "disaggregate student achievement data by ethnicity, age and mode of",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "provide professional development for part-time faculty on the learning",
         "reply_contains": "pays part-time instructors for up to six hours a year", "verdict": "agrees"},
    ]
    unmatched = ["reviewed the report with the Academic Senate and the Classified Senate",
                 "the fall 2025 figure is 54 percent",
                 "We look forward to the Commission's action in January"]
    notes = ("Advice: a regional accrediting commission's PEER REVIEW TEAM REPORT on a community college "
             "(comprehensive review); three numbered COMMENDATIONS 1.-3. (traps numbered like recommendations), "
             "findings per Standard, then seven NUMBERED recommendations in TWO LISTS, each item a lower-case verb "
             "phrase completing a lead-in: 1.-3. after 'In order to meet the Standards, the team recommends that the "
             "College:' and 4.-7. after 'In order to increase institutional effectiveness, the team recommends that "
             "the College:'. Traps: the Higher Education Act / 34 CFR Part 602 paraphrased ('must demonstrate'); "
             "the 2019 team's recommendation quoted ('should complete the cycle of program review'); 'The team does "
             "not recommend that the College reduce its distance education offerings'; closing 'The first three "
             "recommendations'. Response: the Superintendent/President's LETTER, by THEME headings with NO numbers, "
             "in the order 1, 3+7, 2, 5, 4: 'Learning outcomes' calendar adopted (1 agrees); ONE paragraph "
             "'Faculty: distance education and part-time faculty': checklist but only a one-in-four sample instead "
             "of every section (3 partly) and paid training in the new contract (7 agrees); 'Governance' annual "
             "survey (2 agrees); 'Tutoring' will keep both centers (5 disagrees); 'Long-range planning' "
             "'acknowledge', referred to a committee (4 noted); 'Corrections of fact' and closing (nothing). 6 "
             "(disaggregated data) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

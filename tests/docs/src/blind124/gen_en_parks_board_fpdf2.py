"""Round 124 (EN): a US city's PARKS AND RECREATION ADVISORY BOARD transmittal of the MOTIONS it passed, answered by
a City Council RESOLUTION. The advice is a transmittal memo followed by the minutes' 'Actions taken': nine motions
numbered 2026-07 to 2026-15, each with 'Moved / Seconded / Vote / Result' lines; seven CARRIED motions recommend
('The Board recommends that the City Council ...'), one approves minutes, one recommending motion FAILED (3-4) and is
no recommendation. Traps: the City Charter paraphrased ('shall', 'must'),
public comment, usage figures, a 2023 recommendation quoted, a closing line naming motions 2026-08 and 2026-12. The
response is a resolution: WHEREAS clauses that restate the Board's motions (no replies), then 'Section 1.' to
'Section 8.' answering by content and naming no motion: the order 2, 1, 3, 5, 4, 6; the volunteer coordinator never
answered; the clerk's transmittal and the effective date answer nothing.
fpdf2, US Letter, cleaned Liberation Sans (memo and minutes) and Liberation Serif (resolution); fixed creation dates;
header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; no real law
is quoted.
Run:  /tmp/blind124en/bin/python tests/docs/src/blind124/gen_en_parks_board_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b124en as H
from fpdf import FPDF

NAME = "blind124_en_parks_board"
GREEN = (34, 85, 51)


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

    def para(self, t, size=10.5, style="", lh=5.2, after=2.4, indent=0, align="L"):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(after)

    def head(self, t, size=11.5, before=2.5):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def kv(self, k, v, size=10.5):
        self.set_font(self.fam, "B", size)
        self.cell(28, 5.4, k)
        self.set_font(self.fam, "", size)
        self.multi_cell(self.tw - 28, 5.4, v, new_x="LMARGIN", new_y="NEXT")

    def motion(self, no, text, moved, vote, result):
        self.set_font(self.fam, "B", 10.5)
        self.cell(0, 5.6, f"MOTION {no}", new_x="LMARGIN", new_y="NEXT")
        self.para(text, indent=6, after=0.8)
        self.set_font(self.fam, "I", 9.5)
        self.set_x(self.l_margin + 6)
        self.multi_cell(self.tw - 6, 4.8, f"{moved}   Vote: {vote}.   {result}", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


MOTIONS = [
    ("2026-07", "To approve the minutes of the regular meeting of March 12, 2026, as presented.",
     "Moved: Okafor. Seconded: Lindqvist.", "7-0", "CARRIED."),
    ("2026-08", "The Board recommends that the City Council convert two of the four tennis courts at Riverside Park "
     "into six dedicated pickleball courts before the 2027 outdoor season.",
     "Moved: Delgado. Seconded: Okafor.", "6-1 (Brandt opposed)", "CARRIED."),
    ("2026-09", "The Board recommends that the City Council extend the summer hours of Lakeview Pool to 8:00 p.m. on "
     "weekdays from June 15 through August 15.", "Moved: Lindqvist. Seconded: Park.", "7-0", "CARRIED."),
    ("2026-10", "The Board recommends that the City Council adopt a fee waiver for youth sports league registration "
     "for children whose families receive free or reduced-price school meals.",
     "Moved: Park. Seconded: Delgado.", "7-0", "CARRIED."),
    ("2026-11", "The Board recommends that the City Council install lighting at the Hillcrest dog park so that it may "
     "stay open until 10:00 p.m.", "Moved: Brandt. Seconded: Whitfield.", "3-4", "FAILED."),
    ("2026-12", "The Board recommends that the City Council include a splash pad at Eastgate Park in the FY 2026-27 "
     "capital budget, at an estimated cost of $420,000.", "Moved: Whitfield. Seconded: Park.", "5-2", "CARRIED."),
    ("2026-13", "The Board recommends that the City Council prohibit electric bicycles of every class on the Mill "
     "Creek Trail between the footbridge and Fulton Road.", "Moved: Brandt. Seconded: Lindqvist.",
     "4-3", "CARRIED."),
    ("2026-14", "The Board recommends that the City Council rename Oak Street Park in honor of Coach Edna Ruiz, who "
     "ran the city's summer youth league from 1971 to 2009.", "Moved: Delgado. Seconded: Whitfield.", "7-0",
     "CARRIED."),
    ("2026-15", "The Board recommends that the City Council create a full-time volunteer coordinator position in the "
     "Parks and Recreation Department.", "Moved: Okafor. Seconded: Park.", "6-1 (Whitfield opposed)", "CARRIED."),
]


def advice():
    d = Doc(datetime.datetime(2026, 4, 16, 9, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_font("LS", "B", 10)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "CITY OF CEDAR BLUFF  |  PARKS AND RECREATION ADVISORY BOARD", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LS", "B", 17)
    d.cell(0, 9, "MEMORANDUM", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.kv("TO:", "Honorable Mayor and Members of the City Council")
    d.kv("FROM:", "Rosa Delgado, Chair, Parks and Recreation Advisory Board")
    d.kv("DATE:", "April 16, 2026")
    d.kv("SUBJECT:", "Transmittal of Board actions - regular meeting of April 9, 2026")
    d.set_draw_color(*GREEN)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.ln(5)
    d.para("Under Article VII of the City Charter, the Board advises the City Council on the parks and recreation "
           "program, and the Council shall receive the Board's recommendations in writing. The Charter also provides "
           "that any fee change must be adopted by resolution of the Council. This memo transmits the actions the "
           "Board took at its April 9 meeting, which was attended by all seven members and some forty residents.")
    d.para("Two items drew most of the public comment. Eighteen speakers addressed the Riverside Park courts, most "
           "in favor of pickleball; nine spoke about electric bicycles on the Mill Creek Trail, where staff counted "
           "1,140 trail users on a Saturday in March, 16 percent of them on e-bikes. Lakeview Pool closed at 6:00 p.m. "
           "last summer and turned away an estimated 2,300 swimmers after that hour.")
    d.para("In 2023 the Board recommended that the City should open the Eastgate community garden, which opened in "
           "May 2024; it is not before the Council again.")
    d.head("ACTIONS TAKEN (excerpt from the draft minutes of April 9, 2026)")
    for m in MOTIONS:
        d.motion(*m)
    d.head("Board priorities")
    d.para("The Board asks that motions 2026-08 and 2026-12 be heard first, as both depend on the coming budget. "
           "Minutes of the full meeting, including public comment, will be posted once approved in May.")
    d.para("Attachment: draft minutes, April 9, 2026 (available from the Board secretary).", size=9.5, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 6, 3, 9, 0, tzinfo=datetime.timezone.utc), "LF")
    d.set_font("LF", "B", 14)
    d.cell(0, 7, "RESOLUTION NO. 2026-114", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LF", "", 11)
    d.multi_cell(0, 5.6, "A RESOLUTION OF THE CITY COUNCIL OF THE CITY OF CEDAR BLUFF RESPONDING TO THE "
                 "RECOMMENDATIONS OF THE PARKS AND RECREATION ADVISORY BOARD OF APRIL 9, 2026", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for w in ("WHEREAS, the Parks and Recreation Advisory Board, at its meeting of April 9, 2026, voted to "
              "recommend a number of changes to the City's parks and recreation program; and",
              "WHEREAS, the Board recommended changes to the courts at Riverside Park, the hours of Lakeview Pool and "
              "the registration fees for youth sports; and",
              "WHEREAS, the Board also recommended a splash pad at Eastgate Park, a restriction on electric bicycles "
              "on the Mill Creek Trail, and the renaming of Oak Street Park; and",
              "WHEREAS, the City Council considered these matters at a public hearing on May 27, 2026, at which "
              "twenty-six persons spoke;"):
        d.para(w, size=11, lh=5.6)
    d.para("NOW, THEREFORE, BE IT RESOLVED by the City Council of the City of Cedar Bluff as follows:", size=11,
           style="B", lh=5.6)
    secs = [
        "Section 1. The City Manager is directed to extend the operating hours of Lakeview Pool until 8:00 p.m. "
        "on weekdays from June 15 through August 15, beginning with the 2026 season, and to hire the additional "
        "lifeguards this requires.",
        "Section 2. The City Manager is directed to resurface one of the four tennis courts at Riverside Park as "
        "three pickleball courts before the 2027 season. The remaining three courts shall stay in use for tennis.",
        "Section 3. A Youth Sports Fee Waiver Program is hereby established, under which children who qualify for "
        "free or reduced-price school meals pay no registration fee for City youth leagues, effective "
        "September 1, 2026.",
        "Section 4. The City Council declines to restrict electric bicycles on the Mill Creek Trail. Class 1 and "
        "Class 2 electric bicycles shall remain permitted, subject to the existing trail speed limit of 15 miles "
        "per hour.",
        "Section 5. The proposal for a splash pad at Eastgate Park is referred to the FY 2027-28 Capital "
        "Improvement Program process, where it will be weighed against other unfunded projects.",
        "Section 6. The request to rename Oak Street Park is referred to the Naming Committee for review under "
        "Council Policy 3.12, which calls for a 60-day public notice period.",
        "Section 7. The City Clerk shall transmit a certified copy of this resolution to the Chair of the Parks "
        "and Recreation Advisory Board.",
        "Section 8. This resolution shall take effect immediately upon its adoption.",
    ]
    for s in secs:
        d.para(s, size=11, lh=5.6)
    d.ln(2)
    d.para("PASSED AND ADOPTED this 2nd day of June, 2026, by the following vote: AYES: 5; NOES: 1; ABSENT: 1.",
           size=11, lh=5.6)
    d.ln(4)
    d.para("Maria T. Halvorsen, Mayor", size=11, lh=5.6, after=1)
    d.para("ATTEST: Daniel Cho, City Clerk", size=11, lh=5.6)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Cedar Bluff - Parks and Recreation Advisory Board",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Cedar Bluff - Resolution No. 2026-114",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Board recommends that the City Council convert two of the four",
         "reply_contains": "resurface one of the four tennis courts at Riverside Park", "verdict": "partly"},
        {"number": 2, "starts_with": "The Board recommends that the City Council extend the summer hours",
         "reply_contains": "to hire the additional lifeguards this requires", "verdict": "agrees"},
        {"number": 3, "starts_with": "The Board recommends that the City Council adopt a fee waiver",
         "reply_contains": "A Youth Sports Fee Waiver Program is hereby established", "verdict": "agrees"},
        {"number": 4, "starts_with": "The Board recommends that the City Council include a splash pad",
         "reply_contains": "where it will be weighed against other unfunded projects", "verdict": "noted"},
        {"number": 5, "starts_with": "The Board recommends that the City Council prohibit electric bicycles",
         "reply_contains": "The City Council declines to restrict electric bicycles", "verdict": "disagrees"},
        {"number": 6, "starts_with": "The Board recommends that the City Council rename Oak Street Park",
         "reply_contains": "is referred to the Naming Committee for review", "verdict": "noted"},
        {"number": 7, "starts_with": "The Board recommends that the City Council create a full-time volunteer",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["at which twenty-six persons spoke",
                 "shall transmit a certified copy of this resolution",
                 "This resolution shall take effect immediately upon its adoption"]
    notes = ("Advice: a US city's Parks and Recreation Advisory Board; a transmittal MEMO (TO/FROM/DATE/SUBJECT) with "
             "the City Charter paraphrased ('shall receive', 'must be adopted'), public comment and usage figures, the "
             "Board's 2023 recommendation quoted ('should open the Eastgate community garden', done); then 'ACTIONS "
             "TAKEN', nine MOTIONS 2026-07 to 2026-15 each with 'Moved / Seconded / Vote / Result': 2026-07 approves "
             "minutes (no recommendation), 2026-11 the dog park lighting FAILED 3-4 (no recommendation), the seven "
             "CARRIED 'The Board recommends that the City Council ...' motions are the recommendations (1 = 2026-08 "
             "pickleball, 2 = -09 pool hours, 3 = -10 fee waiver, 4 = -12 splash pad, 5 = -13 e-bikes, 6 = -14 "
             "renaming, 7 = -15 volunteer coordinator); closing 'motions 2026-08 and 2026-12 be heard first'. "
             "Response: a City Council RESOLUTION; four WHEREAS clauses restating what the Board recommended (no "
             "replies); 'Section 1.'-'Section 8.' answering by content, naming no motion, in the order 2, 1, 3, 5, 4, "
             "6: pool hours extended (2 agrees); one of four courts as three pickleball courts, three stay tennis (1 "
             "partly); fee waiver program established (3 agrees); 'declines to restrict electric bicycles' (5 "
             "disagrees); splash pad 'referred to the FY 2027-28 Capital Improvement Program process, where it will "
             "be weighed' (4 noted); renaming 'referred to the Naming Committee' (6 noted); the volunteer "
             "coordinator never answered (7 unanswered); Section 7 (clerk's transmittal), Section 8 (effective date) "
             "and the vote (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 67 (EN): a NEW ZEALAND EDUCATION REVIEW OFFICE (ERO) SCHOOL REPORT (genre of ERO's published reports on
state schools: a school profile box, achievement data, 'Key next steps' as unnumbered bullets under 'Leaders and
teachers need to:' and 'The board needs to:', a separate 'ERO recommends that ...' sentence, compliance and
board assurance statements) and the SCHOOL BOARD'S RESPONSE to its community, a 'Your questions answered' Q&A
notice in TWO COLUMNS from the presiding member.
Advice: Education Review Office | Te Tari Arotake Mātauranga, 'Harakeke Valley School - Education Review
Report', A4, 3 p.: profile table, context, findings with an achievement table, a parent quoted ('We should be
told sooner'), the 2022 report's next step quoted, the Education and Training Act 2020 paraphrased ('must
consult'), a non-compliance already put right during the review, 'Key next steps' in a shaded box (4 + 2
bullets, lower-case verb phrases), then 'Recommendation' with one 'ERO recommends that the board ...' sentence;
'ERO is likely to carry out the next review in three years'.
Response: 'Our ERO report: your questions answered', Board of Trustees newsletter insert, 2 columns (fpdf2
text_columns): questions in bold, answers in prose without verdict labels, in the order 1, (te reo) 2,
5+7 (one answer), 3, 4; 6 unanswered; 'What did ERO find?', 'When will ERO be back?' and 'How can I get
involved?' answer nothing.
fpdf2, cleaned Liberation Sans/Serif, fixed creation dates. All names, schools, people and figures are
invented; the Education and Training Act 2020 is real, but what is said about it is not to be relied on.

Run:  /tmp/blind67en/bin/python tests/docs/src/blind67/gen_en_ero_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b67en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind67_en_ero"
TEAL = (0, 98, 105)
SHADE = (226, 240, 240)
GREY = (90, 90, 90)

NEXT_LT = [
    "strengthen the use of achievement information in writing, so that teachers plan deliberately for the "
    "students whose progress needs to accelerate",
    "develop a shared, school-wide approach to teaching te reo Māori and tikanga in every classroom, supported "
    "by professional learning for all teachers",
    "report to parents and whānau on each child's progress and next learning steps at least twice a year, in "
    "plain language",
    "improve regular attendance by following up every unexplained absence on the same day",
]
NEXT_BOARD = [
    "review its policies and procedures on a planned cycle, and keep a record of each review and its outcome",
    "evaluate the impact of its spending on learning support, including the teacher aides it funds from the "
    "operations grant",
]
REC7 = ("ERO recommends that the board seek support from the Ministry of Education to develop its understanding "
        "of its role and responsibilities as a good employer.")


class Doc(FPDF):
    def __init__(self, foot, date):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SR", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.foot = foot
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(date)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("LS", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "%d" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10, lh=5, after=2.6, fam="LS", indent=0, align="J"):
        self.set_font(fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=13, after=1.5, color=TEAL):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(2)
        self.set_font("LS", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullet(self, t, indent=6, size=10):
        self.set_font("LS", "", size)
        y = self.get_y()
        self.set_xy(self.l_margin + indent - 4, y)
        self.cell(4, 5, "\u2022")
        self.set_xy(self.l_margin + indent, y)
        self.multi_cell(self.epw - indent - 4, 5, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.4)


def advice(path):
    d = Doc("Education Review Office  |  Harakeke Valley School  |  Education Review Report  |  November 2025",
            datetime(2025, 11, 20, 9, 0, tzinfo=timezone.utc))
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, 210, 30, style="F")
    d.set_xy(20, 8)
    d.set_text_color(255, 255, 255)
    d.set_font("LS", "B", 10)
    d.cell(0, 5, "EDUCATION REVIEW OFFICE  |  TE TARI AROTAKE MĀTAURANGA", new_x="LMARGIN", new_y="NEXT")
    d.set_x(20)
    d.set_font("LS", "B", 20)
    d.cell(0, 11, "Harakeke Valley School", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(36)
    d.set_font("LS", "B", 12)
    d.set_text_color(*TEAL)
    d.cell(0, 6, "Education Review Report", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    rows = [("School number", "4821"), ("Location", "Te Aro Flats, Westmere district"),
            ("School type", "Full Primary (Years 1 to 8)"), ("Roll", "312"),
            ("Gender composition", "Boys 52%, Girls 48%"),
            ("Ethnic composition", "Māori 28%, NZ European/Pākehā 51%, Pacific 9%, Asian 8%, other 4%"),
            ("Review team on site", "August 2025"), ("Date of this report", "20 November 2025")]
    d.set_font("LS", "", 9)
    with d.table(col_widths=(45, 125), line_height=5.2, first_row_as_headings=False,
                 borders_layout="HORIZONTAL_LINES", cell_fill_color=SHADE, cell_fill_mode="COLUMNS") as t:
        for a, b in rows:
            r = t.row()
            r.cell(a)
            r.cell(b)
    d.ln(4)
    d.hd("Context", 12)
    d.p("Harakeke Valley School is a full primary school on the edge of the Westmere township. The principal was "
        "appointed in 2023, and four of the fourteen teachers are in their first two years of teaching. The board "
        "was elected in September 2025 and three of its five parent representatives are new.")
    d.p("The school's valued outcomes are that students are confident, connected and curious learners who know "
        "who they are and where they come from. Its current priorities are writing, attendance and culturally "
        "responsive practice.")
    d.hd("Evaluation findings", 12)
    d.hd("1. Equity and excellence: achievement of valued outcomes for students", 10.5, color=(0, 0, 0))
    d.p("Most students achieve at or above the expected curriculum levels in reading and mathematics. Writing "
        "is lower, particularly for boys and for Māori students, and the school's data show little change since "
        "2022.")
    d.set_font("LS", "B", 8.5)
    d.cell(0, 5, "Table 1: Students at or above expected curriculum level, end of 2024 (%)",
           new_x="LMARGIN", new_y="NEXT", align="C")
    d.set_font("LS", "", 8.5)
    with d.table(col_widths=(50, 30, 30, 30), width=140, line_height=4.8, text_align=("LEFT", "CENTER",
                 "CENTER", "CENTER"), headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)) as t:
        for row in (("Group", "Reading", "Writing", "Mathematics"), ("All students", "78", "61", "74"),
                    ("Māori students", "71", "50", "66"), ("Pacific students", "74", "55", "70"),
                    ("Boys", "73", "52", "75")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.p("The school's 2022 ERO report identified as a next step that \"teachers should use assessment "
        "information more consistently to plan for groups of learners\". This remains a priority.")
    d.p("Attendance has fallen. In Term 2 of 2025, 49 per cent of students attended regularly (more than 90 per "
        "cent of the time). Parents spoke warmly of the school's welcome, but several wanted earlier contact: "
        "\"We should be told sooner when our child is falling behind, not at the end of the year.\"")
    d.hd("2. School conditions supporting equity and excellence", 10.5, color=(0, 0, 0))
    d.p("Relationships between teachers and students are respectful and caring. Leaders have introduced a "
        "structured literacy approach in Years 1 to 3, which is beginning to lift early reading. Te reo Māori is "
        "taught well in some classrooms but not in others, and teachers' confidence varies widely.")
    d.p("The new board is committed to the school. Its policies have not been reviewed since 2021, and it has "
        "no information about whether the eight teacher aides it employs from its operations grant make a "
        "difference to learning. Trustees told ERO that they were unsure of their responsibilities for staff "
        "wellbeing and for employment matters.")
    d.hd("Key next steps", 12)
    y0 = d.get_y()
    d.set_fill_color(*SHADE)
    d.rect(d.l_margin, y0, d.epw, 78, style="F")
    d.set_y(y0 + 3)
    d.p("**Leaders and teachers need to:**", indent=4, after=1.2, align="L")
    for b in NEXT_LT:
        d.bullet(b, indent=10)
    d.ln(1)
    d.p("**The board needs to:**", indent=4, after=1.2, align="L")
    for b in NEXT_BOARD:
        d.bullet(b, indent=10)
    d.set_y(max(d.get_y(), y0 + 78) + 3)
    d.hd("Recommendation", 12)
    d.p(REC7)
    d.hd("Board assurance on legal requirements", 12)
    d.p("Before the review, the board and principal completed the ERO board assurance statement and self-audit "
        "checklists. Under the Education and Training Act 2020, the board must consult its school community on "
        "the delivery of its health curriculum at least once every two years. ERO found that this had not been "
        "done since 2022. The board consulted the community in September 2025, during the review, and is now "
        "compliant. ERO makes no further action for compliance.")
    d.p("The school has attested that it meets its obligations for the safety checking of staff, the physical "
        "safety of students, and the enrolment of international students (it currently has none).")
    d.hd("Conclusion", 12)
    d.p("Harakeke Valley School is a caring school with a new board and leadership that know where improvement "
        "is needed. ERO is likely to carry out the next review in three years.")
    d.p("__Kathryn Pohatu__  \nDirector Review and Improvement Services (Southern)  \n20 November 2025", align="L")
    d.output(path)


def response(path):
    d = Doc("Harakeke Valley School Board  |  Pānui  |  February 2026",
            datetime(2026, 2, 12, 9, 0, tzinfo=timezone.utc))
    d.add_page()
    d.set_font("LS", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "HARAKEKE VALLEY SCHOOL BOARD  |  PĀNUI  |  TERM 1, 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "B", 19)
    d.cell(0, 10, "Our ERO report: your questions answered", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "I", 10)
    d.multi_cell(0, 5, "From the presiding member, Hemi Walters, on behalf of the board", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_draw_color(*TEAL)
    d.set_line_width(0.8)
    d.line(d.l_margin, d.get_y() + 2, d.w - d.r_margin, d.get_y() + 2)
    d.ln(6)
    qa = [
        ("What did ERO find?",
         "The reviewers saw a caring school where children feel they belong, and where early reading is "
         "improving. They also told us plainly where we have work to do. The full report is on the school "
         "website and there are printed copies in the office."),
        ("What is the school doing about writing?",
         "From the start of Term 2 every teacher will assess writing against the new writing progressions each "
         "term. Children who are not yet where they should be will be named in a target group in each class, "
         "and teachers will plan for them every week. The deputy principal will report the target groups' "
         "progress to the board each term."),
        ("Will te reo Māori be taught in every class?",
         "Yes. All staff will take part in a year-long te reo and tikanga programme with the Westmere Kāhui Ako "
         "facilitator, starting on the first teacher-only day. Our kaumātua, Matua Rawiri, has agreed to help us "
         "build one plan for the whole school."),
        ("What is the board itself changing?",
         "We have signed up to an online policy service and adopted a three-year review schedule. Every review "
         "will be recorded in the board minutes, so parents can see when each policy was last looked at. ERO "
         "also suggested that we ask the Ministry of Education for help with our role as an employer. Trustees "
         "hold different views on this, and the board will discuss it further once our training with the "
         "School Trustees Association is complete."),
        ("Will my child's school reports change?",
         "Partly. You will still receive one written report at the end of the year, now in plainer language and "
         "with next learning steps. In the middle of the year we will hold three-way conferences with you and "
         "your child in place of a second written report, because teachers told us that the conversation is "
         "worth more than another document."),
        ("Will the school phone me every time my child is absent?",
         "No. ERO suggested following up every unexplained absence on the same day. We looked at this carefully, "
         "but the office has one administrator for 312 children and the board has decided not to introduce "
         "same-day follow-up. We will keep our current practice of a text message on the first day and a phone "
         "call after three days. Please let the office know by 9 am if your child will be away."),
        ("When will ERO be back?",
         "The report says the next review is likely in about three years. In the meantime ERO will keep in "
         "touch with the principal about our progress."),
        ("How can I get involved?",
         "We would love to see you at our working bee on Saturday 14 March, and board meetings are open to the "
         "public on the second Tuesday of each month at 6.30 pm in the staffroom. Ngā mihi nui."),
    ]
    with d.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.18, balance=True) as cols:
        for q, a in qa:
            with cols.paragraph(top_margin=2.5, bottom_margin=1) as par:
                d.set_font("LS", "B", 10.5)
                d.set_text_color(*TEAL)
                par.write(q)
            with cols.paragraph(bottom_margin=2) as par:
                d.set_font("SR", "", 10.5)
                d.set_text_color(0, 0, 0)
                par.write(a)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda t, n=10: " ".join(t.split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(NEXT_LT[0]),
         "reply_contains": "will be named in a target group in each class",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(NEXT_LT[1]),
         "reply_contains": "All staff will take part in a year-long te reo",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(NEXT_LT[2]),
         "reply_contains": "three-way conferences with you and your child in place of",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(NEXT_LT[3], 9),
         "reply_contains": "the board has decided not to introduce same-day follow-up",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(NEXT_BOARD[0]),
         "reply_contains": "an online policy service and adopted a three-year review schedule",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(NEXT_BOARD[1]), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(REC7),
         "reply_contains": "Trustees hold different views on this, and the board will discuss",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "The reviewers saw a caring school where children feel they belong",
        "the next review is likely in about three years",
        "working bee on Saturday 14 March",
    ], "Advice: a New Zealand Education Review Office school report (ERO genre): a teal title band 'EDUCATION "
       "REVIEW OFFICE | TE TARI AROTAKE MĀTAURANGA', a school profile table, Context, 'Evaluation findings' with "
       "numbered sub-headings '1.' and '2.' (not recommendations) and an achievement table, then 'Key next steps' "
       "in a shaded box: UNNUMBERED bullets of lower-case verb phrases under two lead-ins, 'Leaders and teachers "
       "need to:' (4 bullets: writing data, te reo Māori, reporting to parents, attendance) and 'The board needs "
       "to:' (2 bullets: policy review cycle, evaluating learning-support spending), then a heading "
       "'Recommendation' with one sentence 'ERO recommends that the board seek support from the Ministry of "
       "Education ...'. Numbers 1-7 in document order (starts_with of a bullet is the bullet's own verb phrase, "
       "without the shared lead-in). Traps: the 2022 ERO report's next step quoted ('teachers should use "
       "assessment information more consistently'), a parent quoted ('We should be told sooner'), the "
       "Education and Training Act 2020 paraphrased ('the board must consult its school community'), a "
       "non-compliance already put right during the review ('ERO makes no further action for compliance'), an "
       "attestation list, 'ERO is likely to carry out the next review in three years', findings such as 'Its "
       "policies have not been reviewed since 2021'. Response: the board's Q&A notice 'Our ERO report: your "
       "questions answered' in TWO COLUMNS (fpdf2 text_columns), bold teal questions, prose answers WITHOUT "
       "verdict labels and WITHOUT recommendation numbers, in the order none, 1, 2, 5+7, 3, 4, none, none: "
       "writing target groups (1 agrees); te reo programme for all staff (2 agrees); ONE answer 'What is the "
       "board itself changing?': policy service and three-year review schedule (5 agrees) + the Ministry's help "
       "as employer, 'Trustees hold different views ... will discuss it further' (7 noted); reports: one "
       "written report + a mid-year conference instead of a second report, opening 'Partly.' (3 partly); "
       "'No. ... the board has decided not to introduce same-day follow-up' (4 disagrees); 6 (learning-support "
       "spending) unanswered. Unmatched: 'What did ERO find?', 'When will ERO be back?', 'How can I get "
       "involved?'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

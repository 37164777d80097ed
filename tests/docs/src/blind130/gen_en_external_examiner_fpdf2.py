"""Round 130 (EN): a UK university's ANNUAL EXTERNAL EXAMINER REPORT form on a paramedic science degree, answered by
the PROGRAMME TEAM'S RESPONSE form: a four-column action table by ISSUE, without numbers, in another order.
The advice's seven recommendations are UNNUMBERED sentences in varied wordings ('I recommend that ...', 'I would
encourage the team to ...', 'The team should consider ...', 'I would urge the School to ...', 'It would be helpful
if ...', 'I suggest that ...', 'My final recommendation is that ...') inside the examiner's answers to the form's
numbered questions B1-B6 and C1-C2. Traps: the form's numbered questions themselves and their Yes/No answers,
commendations of good practice ('I commend the team ...'), last year's recommendation quoted ('should introduce
anonymous marking', addressed), the Quality Code paraphrased ('must'), and a closing line naming 'the first two
recommendations above'.
The response: an introduction, then table rows by issue in the order 4, 1, 6, 3, 2, 5, a 'Commendations' row and a
row on last year's 'action 3' (both answer nothing); 7 (rationale for condoned fails in the minutes) has no row.
fpdf2, A4, cleaned Liberation Sans (form) and DejaVu Sans (response), fixed creation dates; header and 'Page N of M'
stamped from page 2. All bodies, people, places, figures and references invented; the Quality Code is named as
context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind130en/bin/python tests/docs/src/blind130/gen_en_external_examiner_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b130en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind130_en_external_examiner"
PLUM = (84, 36, 96)
SHADE = (236, 230, 240)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=4.9, after=2.2):
        self.set_font(self.fam, style, size)
        self.multi_cell(self.tw, lh, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def question(self, code, q, answer=None):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_fill_color(*SHADE)
        self.set_font(self.fam, "B", 9.8)
        y = self.get_y()
        w = self.tw - 12 - 22
        self.set_xy(self.l_margin + 12, y)
        self.multi_cell(w, 5.6, q, fill=True, align="L", padding=(0.5, 1, 0.5, 1), new_x="LMARGIN", new_y="NEXT")
        bottom = self.get_y()
        self.set_xy(self.l_margin, y)
        self.set_text_color(*PLUM)
        self.cell(12, bottom - y, code, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + 12 + w, y)
        self.cell(22, bottom - y, answer or "", fill=True, align="C")
        self.set_xy(self.l_margin, bottom)
        self.ln(1.5)

    def head(self, t, size=12, before=3):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*PLUM)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)


def advice():
    d = Doc(datetime.datetime(2025, 7, 18, 9, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_font("LS", "B", 9)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "UNIVERSITY OF CARROWMORE  |  ACADEMIC QUALITY OFFICE", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "B", 17)
    d.multi_cell(0, 8, "Annual External Examiner Report 2024-25", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("LS", "", 9.5)
    for k, v in (("Programme", "BSc (Hons) Paramedic Science (full time), School of Health and Social Care"),
                 ("External examiner", "Dr Helena Marchbank-Oduya, Senior Lecturer, Northgate University"),
                 ("Year of appointment", "Second of four"),
                 ("Board of examiners", "24 June 2025"),
                 ("Form reference", "AQO/EE/25/113")):
        d.set_font("LS", "B", 9.5)
        d.cell(45, 5.2, k)
        d.set_font("LS", "", 9.5)
        d.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("External examiners are asked to answer each question below. Under the UK Quality Code, providers must "
           "make use of external expertise in setting and maintaining academic standards, and the University "
           "publishes this report with the programme team's response to it.", size=9.3, style="I")
    d.head("Section A: Response to last year's report")
    d.question("A1", "Has the programme team responded to the issues raised in your previous report?", "Yes")
    d.para("Last year I wrote that \"the team should introduce anonymous marking for all written coursework\". This "
           "has been addressed in full from September 2024, and I was pleased to see it working well.")
    d.head("Section B: Academic standards and assessment")
    d.question("B1", "Are the academic standards set for the programme appropriate for the award?", "Yes")
    d.para("The standards are appropriate and in line with the HCPC standards of proficiency for paramedics. I "
           "commend the team for the quality of the new major incident simulation day, which students described "
           "as the best learning of their course.")
    d.question("B2", "Are the assessment processes sound, fair and consistently applied?", "Mostly")
    d.para("Marking was generally consistent, but students' comments show that they do not always know what is "
           "expected of them until the work is returned. I recommend that marking rubrics be published with every "
           "assessment brief at the start of each module. Second marking of dissertations is on a 20 per cent "
           "sample, and in two of the sampled scripts the marks differed by more than ten points. I would "
           "encourage the team to double-mark all final-year dissertations rather than a sample.")
    d.question("B3", "Are the standards of student performance comparable with similar programmes?", "Yes")
    d.para("Degree outcomes are comparable: 31 per cent of graduates gained a first and 52 per cent an upper "
           "second. Practice placement grades are noticeably higher than university-assessed grades, however, and "
           "the team should consider moderating placement assessments jointly with practice educators from the "
           "ambulance service.")
    d.question("B4", "Were you given enough evidence, and in good time, to carry out your role?", "No")
    d.para("Scripts for the Year 2 pharmacology examination reached me only four days before the board, and "
           "students had by then waited seven weeks for their results. I would urge the School to return marks and "
           "feedback on that examination within the University's 20 working days. It would be helpful if the "
           "external examiner could be given read-only access to the virtual learning environment, so that "
           "samples need not be sent by e-mail.")
    d.question("B5", "Please note any good practice that should be shared more widely.")
    d.para("I commend the use of service users as co-assessors in the communication skills OSCE, and the very "
           "clear feedback given by the Year 1 team. Both deserve to be shared across the School.")
    d.question("B6", "Are there any areas where the programme could be enhanced?")
    d.para("The OSCE remains a robust assessment, but three of the eight stations were unchanged from 2022-23 and "
           "are well known to students. I suggest that the three repeated stations be replaced with new scenarios "
           "before the next examination.")
    d.head("Section C: The board of examiners")
    d.question("C1", "Was the board of examiners conducted properly and in line with the regulations?", "Yes")
    d.para("The board was well chaired and decisions were made in line with the regulations. Four students were "
           "condoned a fail in a 20-credit module; the decisions were reasonable, but the minutes did not say why. "
           "My final recommendation is that the board's minutes record the reason for each condoned fail.")
    d.question("C2", "Do you wish to raise any matter confidentially with the Vice-Chancellor?", "No")
    d.ln(1)
    d.para("Overall this is a well-run programme with committed staff. I would be grateful for an update on the "
           "first two recommendations above at next year's board.")
    d.para("Signed: H. Marchbank-Oduya     Date: 14 July 2025", style="B", size=9.5)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 10, 31, 9, 0, tzinfo=datetime.timezone.utc), "DV")
    d.set_font("DV", "B", 8.5)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "UNIVERSITY OF CARROWMORE  |  SCHOOL OF HEALTH AND SOCIAL CARE", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("DV", "B", 14)
    d.multi_cell(0, 7, "Programme Team Response to the External Examiner Report 2024-25", align="L", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_font("DV", "", 8.8)
    d.multi_cell(0, 4.8, "BSc (Hons) Paramedic Science  |  Report AQO/EE/25/113  |  Approved by the School Quality "
                 "Committee, 29 October 2025  |  Programme Leader: Owen Treharne", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("The programme team thanks Dr Marchbank-Oduya for a thorough and supportive report, which was discussed "
           "with student representatives at the Staff-Student Liaison Committee on 8 October. Our response to each "
           "issue is set out in the action table below.", size=9.3, lh=4.7)
    rows = [
        ("Issue raised", "Programme team response and action", "Lead", "By when"),
        ("Late return of Year 2 pharmacology results",
         "Agreed. The examination has been moved two weeks earlier in the teaching calendar, and a second marker "
         "has been allocated so that results can be released inside the 20-day limit.", "Module leader", "May 2026"),
        ("Marking rubrics",
         "Agreed. Every module handbook will include the marking rubric next to the assessment brief, starting with "
         "the semester 1 modules.", "Programme leader", "Sept 2026"),
        ("Repeated OSCE stations",
         "Two new scenarios have been written and will replace two of the repeated stations. The third, on airway "
         "management, is kept because it tests core skills we want every student to meet in the same way.",
         "OSCE lead", "Jan 2026"),
        ("Placement grades and moderation",
         "We will pilot joint moderation with practice educators in the Northern operating area only. Extending it "
         "to every area depends on the ambulance service releasing staff time, which it cannot offer this year.",
         "Placement lead", "Pilot 2025-26"),
        ("Dissertation marking",
         "Not adopted. Sample second marking with moderation follows University policy, and full double marking "
         "of 74 dissertations is beyond the team's workload allocation. Markers will meet to calibrate before "
         "marking begins.", "-", "-"),
        ("External examiner access to the VLE",
         "This is a matter for the Academic Quality Office, to which the request has been referred for "
         "consideration as part of its review of examiner support.", "AQO", "Not set"),
        ("Commendations",
         "The simulation day and the service-user co-assessors will be presented at the School learning and "
         "teaching day in January.", "Programme leader", "Jan 2026"),
        ("Progress on 2023-24 actions",
         "Action 3 from last year's response (anonymous marking) is complete, and the examiner confirmed it.",
         "-", "Closed"),
    ]
    d.set_font("DV", "", 8.6)
    with d.table(col_widths=(34, 92, 22, 18), text_align="LEFT", line_height=4.4, padding=1.6,
                 headings_style=FontFace(emphasis="BOLD", fill_color=SHADE), first_row_as_headings=True) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)
    d.para("Programme Leader: Owen Treharne     Head of School: Prof. Aisling Verhoeven", size=9, style="B")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="University of Carrowmore - External Examiner Report AQO/EE/25/113",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Programme Team Response - AQO/EE/25/113",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "I recommend that marking rubrics be published with every assessment brief",
         "reply_contains": "will include the marking rubric next to the assessment brief", "verdict": "agrees"},
        {"number": 2, "starts_with": "I would encourage the team to double-mark all final-year dissertations",
         "reply_contains": "full double marking of 74 dissertations is beyond", "verdict": "disagrees"},
        {"number": 3, "starts_with": "the team should consider moderating placement assessments jointly with",
         "reply_contains": "pilot joint moderation with practice educators in the Northern operating area",
         "verdict": "partly"},
        {"number": 4, "starts_with": "I would urge the School to return marks and feedback",
         "reply_contains": "The examination has been moved two weeks earlier", "verdict": "agrees"},
        {"number": 5, "starts_with": "It would be helpful if the external examiner could be given",
         "reply_contains": "the request has been referred for consideration", "verdict": "noted"},
        {"number": 6, "starts_with": "I suggest that the three repeated stations be replaced with",
         "reply_contains": "Two new scenarios have been written and will replace", "verdict": "partly"},
        {"number": 7, "starts_with": "My final recommendation is that the board's minutes record",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["discussed with student representatives at the Staff-Student Liaison Committee",
                 "presented at the School learning and teaching day",
                 "Action 3 from last year's response (anonymous marking) is complete"]
    notes = ("Advice: a university's ANNUAL EXTERNAL EXAMINER REPORT form. The seven recommendations are UNNUMBERED "
             "sentences in varied wordings inside the examiner's answers to the form's numbered questions: B2 'I "
             "recommend that marking rubrics ...' (1) and 'I would encourage the team to double-mark ...' (2) in one "
             "paragraph, B3 '... and the team should consider moderating ...' (3, mid-sentence), B4 'I would urge "
             "the School ...' (4) and 'It would be helpful if ...' (5), B6 'I suggest that ...' (6), C1 'My final "
             "recommendation is that ...' (7). Traps: questions A1-C2 with Yes/No/Mostly answers, commendations ('I "
             "commend ...'), last year's recommendation quoted ('the team should introduce anonymous marking', "
             "addressed), the Quality Code paraphrased ('must'), degree outcome figures, a closing naming 'the first "
             "two recommendations above'. Response: the PROGRAMME TEAM'S RESPONSE form, an action table by ISSUE "
             "(Issue raised / response / Lead / By when) without numbers, in the order 4 (exam moved earlier: "
             "agrees), 1 (rubrics from Sept 2026: agrees), 6 (two of three stations replaced, third kept: partly), 3 "
             "(pilot in one area only: partly), 2 ('Not adopted': disagrees), 5 (referred to the Academic Quality "
             "Office for consideration: noted); 7 (reasons for condoned fails in the minutes) has no row "
             "(unanswered). The introduction, the 'Commendations' row and the row on last year's 'Action 3' answer "
             "nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 53 (EN): an Irish school inspection report (genre of the Department of Education Inspectorate's
'Whole-School Evaluation - Management, Leadership and Learning' (WSE-MLL) reports for post-primary schools) on the
invented Ardcarrig Community College, answered by the 'School response to the report' form submitted by the board
of management (Part A 'Observations on the content of the inspection report', Part B 'Follow-up actions planned or
undertaken'). The recommendations are seven UNNUMBERED bullets under 'Recommendations' in the 'Summary of main
findings and recommendations' (numbered 1-7 in document order). Traps: the 'Findings' bullets just above them, the
child-protection and anti-bullying checklist table with 'Yes' answers, the quality continuum (Very good / Good /
Satisfactory / Fair / Weak), 'should' sentences in the detailed findings, the 2018 evaluation's recommendation quoted
in section 3, the Education Act 1998 and the Education (Admission to Schools) Act 2018. reportlab platypus, A4,
cleaned Liberation fonts, header and footer drawn on the canvas. All content (school, ETB, people, figures) is
invented.

Run:  /tmp/blind53en/bin/python tests/docs/src/blind53/gen_en_wse_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b53en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind53_en_wse"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

GREEN = colors.HexColor("#00594f")
PALE = colors.HexColor("#e3efec")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13.6, spaceAfter=5)
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=16, leading=20, textColor=GREEN, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, textColor=GREEN, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=10, leading=13.5, spaceBefore=5, spaceAfter=3)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8.4, leading=11)
CELL = ParagraphStyle("c", parent=BODY, fontSize=8.6, leading=11, spaceAfter=0)

RECS = [
    "The board of management should ensure that the school's admissions policy is reviewed and brought fully into "
    "line with the requirements of the Education (Admission to Schools) Act 2018.",
    "Senior leaders should review the schedule of posts of responsibility so that it reflects the school's current "
    "priorities, in particular student wellbeing and digital learning.",
    "Teachers should make more consistent use of assessment for learning practices, especially the sharing of "
    "learning intentions and written feedback that shows students how to improve.",
    "A whole-school approach to differentiation should be developed so that the needs of higher-achieving students "
    "are met as well as those of students with special educational needs.",
    "Timetabled provision for Physical Education at senior cycle should be increased to meet the guideline of two "
    "hours a week.",
    "Students and parents should be involved more fully in school self-evaluation, including through the student "
    "council and the parents' association.",
    "The board should prepare an annual report on the operation of the school and circulate it to the whole "
    "school community.",
]


def deco(head, foot):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        if doc.page > 1:
            c.setFont("LS", 7.8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, h - 12 * mm, head)
            c.setStrokeColor(GREEN)
            c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        c.setFont("LS", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 11 * mm, foot)
        c.drawRightString(w - 20 * mm, 11 * mm, str(doc.page))
        c.restoreState()
    return draw


def grid(rows, widths, head=True):
    data = [[Paragraph(("<b>%s</b>" % x) if head and i == 0 else x, CELL) for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7c9d97")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    t.setStyle(TableStyle(st))
    return t


def P(t, s=BODY):
    return Paragraph(t, s)


def B(t):
    return Paragraph(t, BUL, bulletText="\u2022")


def banner(lines):
    t = Table([[P("<font color='white'><b>An Roinn Oideachais | Department of Education</b><br/>Inspectorate"
                  "</font>", ParagraphStyle("x", parent=BODY, fontSize=9.5))]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("TOPPADDING", (0, 0), (-1, -1), 8),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return [t, Spacer(1, 8)] + lines


def advice(path):
    s = banner([P("Whole-School Evaluation - Management, Leadership and Learning", H1),
                P("<b>REPORT</b>", H3)])
    s.append(grid([["School name", "Ardcarrig Community College"], ["Seoladh / Address", "Ardcarrig, Co. Westmeath"],
                   ["Roll number", "91533V"], ["Patron", "Midlands North Education and Training Board"],
                   ["Date of inspection", "3-6 March 2026"], ["Date of issue of report", "11 June 2026"]],
                  (55, 115), head=False))
    s.append(Spacer(1, 6))
    s.append(P("What is a whole-school evaluation - management, leadership and learning?", H2))
    s.append(P("Whole-School Evaluations - Management, Leadership and Learning report on the quality of teaching and "
               "learning and on the quality of management and leadership in a school. They affirm good practice and "
               "make recommendations, where appropriate, to aid the further development of educational provision in "
               "the school."))
    s.append(P("How to read this report", H3))
    s.append(P("During this inspection, the inspectors evaluated and reported under the headings below. They used the "
               "quality continuum, shown here, to describe the quality of the school's provision in each area: "
               "<i>Very good - Good - Satisfactory - Fair - Weak</i>.", BODY))
    s.append(P("Actions of the school to safeguard children and prevent and tackle bullying", H2))
    s.append(grid([["Child Protection", "Checked"],
                   ["1. The name of the DLP and the Child Safeguarding Statement are prominently displayed near the "
                    "main entrance to the school.", "Yes"],
                   ["2. The Child Safeguarding Statement has been ratified by the board and includes an annual "
                    "review and a risk assessment.", "Yes"],
                   ["3. All teachers visited reported that they have read the Child Safeguarding Statement.", "Yes"]],
                  (150, 20)))
    s.append(Spacer(1, 4))
    s.append(P("The school met the requirements in relation to each of the checks above.", SMALL))
    s.append(P("Introduction", H2))
    s.append(P("Ardcarrig Community College is a co-educational post-primary school under the patronage of Midlands "
               "North ETB. It has 742 students and 58 teachers. The school offers the Junior Cycle, an optional "
               "Transition Year, the Leaving Certificate and the Leaving Certificate Applied programme."))
    s.append(P("Summary of main findings and recommendations:", H2))
    s.append(P("<b>Findings</b>"))
    for f in ["The overall quality of leadership and management is good; the principal and deputy principals are "
              "highly regarded by staff, students and parents.",
              "The quality of student care is very good, and the school's wellbeing programme should be regarded "
              "as a model of good practice.",
              "The quality of teaching and learning ranged from satisfactory to very good, and was good overall.",
              "Assessment practices were inconsistent across subject departments.",
              "Progress in implementing the recommendations of the previous evaluation has been fair."]:
        s.append(B(f))
    s.append(P("<b>Recommendations</b>"))
    for r in RECS:
        s.append(B(r))
    s.append(P("Detailed findings and recommendations", H2))
    s.append(P("1. The quality of school leadership and management", H3))
    s.append(P("The board of management is properly constituted and meets regularly. Policies are reviewed on a "
               "cycle, although the admissions policy, dated 2017, refers to practices that are no longer permitted, "
               "including priority for the children of past pupils. Section 20 of the Education Act 1998 requires the "
               "board to keep parents informed; a newsletter is issued each term, but no annual report has been "
               "prepared since 2021."))
    s.append(P("The schedule of posts was last reviewed in 2019. Of the 24 assistant principal posts, none has "
               "responsibility for digital learning, and wellbeing is shared between four post holders. The "
               "in-school management team should meet more frequently than once a term."))
    s.append(Table([[P("<b>Table 1.</b> Timetabled Physical Education, minutes per week", CELL), "", ""],
                    [P("Year group", CELL), P("Minutes (2025/26)", CELL), P("Guideline", CELL)],
                    [P("First to Third Year", CELL), P("120", CELL), P("120", CELL)],
                    [P("Transition Year", CELL), P("80", CELL), P("120", CELL)],
                    [P("Fifth and Sixth Year", CELL), P("40", CELL), P("120", CELL)]],
                   colWidths=[70 * mm, 40 * mm, 40 * mm],
                   style=TableStyle([("SPAN", (0, 0), (-1, 0)), ("GRID", (0, 1), (-1, -1), 0.5,
                                     colors.HexColor("#7c9d97")), ("BACKGROUND", (0, 1), (-1, 1), PALE)])))
    s.append(Spacer(1, 6))
    s.append(P("2. The quality of teaching and learning", H3))
    s.append(P("Inspectors observed 36 lessons. In the most effective lessons, learning intentions were shared and "
               "revisited, and students were given clear oral feedback. In a minority of lessons, all students "
               "completed the same task regardless of ability, and higher-achieving students were not sufficiently "
               "challenged. Teachers should be commended for the warm and respectful relationships seen in all "
               "classrooms."))
    s.append(P("3. Implementation of recommendations from previous evaluations", H3))
    s.append(P("The previous whole-school evaluation, in October 2018, recommended that 'the school develop a "
               "whole-school homework and assessment policy'. A homework policy was adopted in 2020; an assessment "
               "policy remains in draft. Subject inspections in Geography (2022) and Irish (2023) made "
               "recommendations that have been largely implemented."))
    s.append(P("4. The school's self-evaluation process and capacity for school improvement", H3))
    s.append(P("The school self-evaluation (SSE) team has completed one cycle focused on literacy. Students and "
               "parents were surveyed once, but neither the student council nor the parents' association has been "
               "involved in analysing the results or in setting targets. The school has good capacity for further "
               "improvement."))
    s.append(Spacer(1, 8))
    s.append(P("<i>Published September 2026 / Foilsithe Meán Fómhair 2026. The board of management was given an "
               "opportunity to respond to this report; its response is published as an appendix.</i>", SMALL))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="WSE-MLL Report - Ardcarrig Community College 91533V")
    d = deco("Whole-School Evaluation - MLL  |  Ardcarrig Community College  |  Roll number 91533V",
             "Department of Education Inspectorate")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    s = banner([P("Appendix", H3), P("School response to the report", H1),
                P("Submitted by the Board of Management", H3)])
    s.append(grid([["School name", "Ardcarrig Community College"], ["Roll number", "91533V"],
                   ["Date of response", "2 July 2026"]], (55, 115), head=False))
    s.append(P("Part A   Observations on the content of the inspection report", H2))
    s.append(P("The board of management welcomes the report and thanks the inspectors for the courteous and "
               "professional way in which the evaluation was carried out. The board is particularly pleased that "
               "the very good quality of student care and the commitment of our staff have been recognised."))
    s.append(P("The board would like to note that the roof replacement and the two new science laboratories "
               "approved under the Summer Works Scheme were under construction during the inspection, which "
               "affected the use of some specialist rooms that week."))
    s.append(P("Part B   Follow-up actions planned or undertaken since the completion of the inspection activity "
               "to implement the findings and recommendations of the inspection", H2))
    s.append(P("<b>Teaching, learning and assessment.</b> An assessment for learning working group was formed in "
               "April. Since the start of the summer term, learning intentions are displayed and revisited in every "
               "lesson, and each subject department has agreed a common format for comment-only written feedback, "
               "which will be reviewed by the SSE team in May 2027."))
    s.append(P("<b>Admissions.</b> This was already in hand at the time of the inspection. The revised admissions "
               "policy and annual admission notice were ratified by the board on 14 April 2026 and approved by the "
               "patron; they are published on the school website."))
    s.append(P("<b>Physical Education.</b> From September 2026 Fifth Year students will have two hours of PE each "
               "week. Because the sports hall is out of use until the building works are completed, Sixth Year "
               "provision will remain at one class period a week for the 2026/27 school year."))
    s.append(P("<b>Leadership and governance.</b> The board's first annual report since 2021 was circulated to all "
               "families and staff in June 2026 and will be issued every year. Having consulted the staff, the "
               "board has decided not to revise the schedule of posts at this time: the current schedule was agreed "
               "with the ETB in 2024, and posts will be reviewed as the present holders' terms end from 2028."))
    s.append(P("<b>Differentiation.</b> The board notes the recommendation on differentiation. The school's "
               "capacity in this area depends largely on the special education teaching allocation, and the board "
               "has raised the matter with the ETB's Education Support Service for its advice."))
    s.append(Spacer(1, 14))
    s.append(grid([["Signed on behalf of the Board of Management", ""],
                   ["Chairperson: Cllr Niamh Dolan-Ferris", "Principal: Mr Ciarán Mac Giolla Rua"]], (85, 85)))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="School response - Ardcarrig Community College 91533V")
    d = deco("Whole-School Evaluation - MLL  |  School response  |  Roll number 91533V",
             "Ardcarrig Community College - Board of Management")
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("Irish Department of Education Inspectorate 'Whole-School Evaluation - Management, Leadership and Learning' "
         "report (WSE-MLL genre) on the invented Ardcarrig Community College, answered by the board of management's "
         "'School response to the report' form (Part A observations, Part B follow-up actions). Recommendations: "
         "seven UNNUMBERED bullets under 'Recommendations' in the 'Summary of main findings and recommendations', "
         "numbered 1-7 in document order, all 'should' sentences. Traps: the 'Findings' bullets just above them "
         "('should be regarded as a model of good practice'), the child-protection checklist with 'Yes', the "
         "quality continuum, 'should meet more frequently' and 'should be commended' in the detailed findings, "
         "Table 1 of PE minutes, the Education Act 1998 section 20 and the Admission to Schools Act 2018, the 2018 "
         "evaluation's recommendation quoted in section 3. Response Part B paragraphs with bold run-in topics in "
         "the order 3, 1, 5, 7+2, 4. Key: 3 AfL working group, learning intentions in every lesson (agrees); 1 "
         "'already in hand', policy ratified 14 April (agrees); 5 two hours for Fifth Year, Sixth Year stays at "
         "one period (partly); one paragraph: 7 annual report circulated (agrees) + 2 'decided not to revise the "
         "schedule of posts at this time' (disagrees); 4 'notes the recommendation', raised with the ETB support "
         "service (noted); 6 students and parents in self-evaluation unanswered. Unmatched: Part A (thanks; "
         "building works).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(RECS[i].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "were ratified by the board on 14 April 2026", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "decided not to revise the schedule of posts at this time", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "An assessment for learning working group was formed in April", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "has raised the matter with the ETB's Education Support Service", "verdict": "noted"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "Sixth Year provision will remain at one class period", "verdict": "partly"},
        {"number": "6", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "first annual report since 2021 was circulated to all families", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["thanks the inspectors for the courteous and professional way",
                                  "were under construction during the inspection"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b53en.py"), NAME)) and 1)

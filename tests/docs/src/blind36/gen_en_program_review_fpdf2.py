"""Round 36 (EN): a Canadian university's CYCLICAL PROGRAM REVIEW - the external reviewers' report, written on
the institution's quality-assurance template - answered by the Dean's PROGRAM AND DECANAL RESPONSE letter to the
Vice-Provost. The advice (an invented Ontario university's BES/MES programs) has a template header table, an
outline of the review, evaluation-criteria sections citing the provincial quality assurance framework's section
numbers, the 2018 review's recommendations in a follow-up table, strengths, 'Areas for improvement' with 'should',
and seven recommendations in a ruled table with Priority and Responsibility columns. The response is a letter that
cites some recommendations by number and others by topic only, in another order, one paragraph answering two
recommendations with different verdicts, a referral to a university-wide body, one recommendation never mentioned
and a section correcting errors of fact that answers nothing. fpdf2, US Letter, cleaned Liberation fonts; running
header and footer. All content (university, programs, people, figures) invented.

Run:  /tmp/blind36en/bin/python tests/docs/src/blind36/gen_en_program_review_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b36en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind36_en_program_review"
GREEN = (0, 86, 63)
GREY = (90, 90, 90)


class Base(FPDF):
    running = ""
    foot = "%d"

    def __init__(self):
        super().__init__(format="letter", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf")):
            self.add_font("SE", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 4, 1))
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 22)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1 or not self.running:
            return
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.set_y(11)
        self.cell(0, 4, self.running, align="L")
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0)

    def head(self, t, size=11.5, before=4):
        self.ln(before)
        self.set_font("AR", "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, size * 0.5, t)
        self.set_text_color(0)
        self.ln(1.5)

    def p(self, t, style="", size=10, after=2.2, fam="AR", h=5):
        self.set_font(fam, style, size)
        self.multi_cell(0, h, t, markdown=True)
        self.ln(after)


RECS = [
    ("Develop a curriculum map that links every required course to the program learning outcomes, and publish it "
     "to students in the program handbook.", "High", "Program Chair"),
    ("Hire at least two tenure-track faculty members in environmental data science within the next three years.",
     "High", "Dean"),
    ("Make a supervised experiential learning placement a mandatory requirement of the fourth year of the BES.",
     "Medium", "Department"),
    ("Create a dedicated undergraduate academic advising position within the Department.", "Medium", "Dean"),
    ("Revise the MES thesis milestone schedule so that the proposal is defended by the end of the third term.",
     "High", "Graduate Coordinator"),
    ("Work with the Office of Indigenous Initiatives and Red Pine Lake First Nation to integrate Indigenous "
     "knowledge into the core curriculum.", "Medium", "Department / University"),
    ("Replace the two field vehicles at the Lake Minnow Field Station before the 2027 field season.", "Low",
     "Facilities / Dean"),
]


def advice(path):
    pdf = Base()
    pdf.running = "Cyclical Program Review 2025-26  |  Geography and Environmental Studies  |  External Reviewers' Report"
    pdf.foot = "Page %d"
    pdf.add_page()
    pdf.set_font("AR", "B", 9)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 5, "NORTHSHORE UNIVERSITY  -  OFFICE OF THE VICE-PROVOST, ACADEMIC", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("AR", "B", 16)
    pdf.multi_cell(0, 8, "External Reviewers' Report\nCyclical Program Review")
    pdf.ln(2)
    pdf.set_font("AR", "", 9)
    with pdf.table(col_widths=(45, 123), text_align="LEFT", line_height=5, first_row_as_headings=False) as t:
        for a, b in (("Programs reviewed", "Honours Bachelor of Environmental Studies (BES); Master of "
                      "Environmental Studies (MES)"),
                     ("Academic unit", "Department of Geography and Environmental Studies, Faculty of Science and "
                      "Environment"),
                     ("Site visit", "November 18-19, 2025 (in person)"),
                     ("Reviewers", "Dr. Marguerite Lavallee-Quist (University of the Prairies); Dr. Owen "
                      "Baptiste-Kerr (Coastal Pacific University); internal reviewer Dr. Sunita Hargreave "
                      "(Northshore, Nursing)"),
                     ("Report submitted", "January 9, 2026")):
            r = t.row()
            r.cell(a, style=FontFace(emphasis="BOLD"))
            r.cell(b)
    pdf.head("1. Outline of the review")
    pdf.p("The reviewers received the Self-Study (October 2025), the previous review report (2018) and the "
          "Department's follow-up reports. During the site visit we met the Vice-Provost, the Dean, the Chair, "
          "eleven faculty members, two groups of undergraduate students, graduate students, staff, and the "
          "University Librarian. We toured the laboratories and the Lake Minnow Field Station.")
    pdf.head("2. Evaluation criteria")
    pdf.p("**2.1 Objectives and learning outcomes (QAF 5.1.3.1 a-b).** The programs' objectives are consistent "
          "with the University's mission and the degree level expectations. The learning outcomes are clear, but "
          "the Self-Study does not show where in the curriculum each outcome is taught and assessed.")
    pdf.p("**2.2 Admission requirements (QAF 5.1.3.2).** Admission requirements are appropriate. Undergraduate "
          "intake grew from 64 to 91 between 2021 and 2025; MES intake has been stable at 12 to 14.")
    pdf.p("**2.3 Resources (QAF 5.1.3.6).** The Department has nine full-time faculty members, two of them due to "
          "retire by 2028. No faculty member teaches quantitative or spatial data methods beyond the second "
          "year. Advising is done by the Chair and one administrative assistant.")
    pdf.p("**2.4 Quality indicators (QAF 5.1.3.7).** Median time to completion of the MES is 2.8 years against a "
          "funded period of two years. Most delays arise before the thesis proposal is approved.")
    pdf.head("3. Progress on the 2018 review")
    pdf.set_font("AR", "", 8.8)
    with pdf.table(col_widths=(80, 88), text_align="LEFT", line_height=4.6) as t:
        r = t.row(); r.cell("2018 recommendation"); r.cell("Status reported by the Department")
        for a, b in (("'The Department should introduce a capstone course in the fourth year.'",
                      "Implemented 2020 (ENVS 4900)."),
                     ("'Add a GIS laboratory with at least 24 workstations.'",
                      "Implemented 2021, shared with Earth Sciences.")):
            r = t.row(); r.cell(a); r.cell(b)
    pdf.ln(2)
    pdf.head("4. Strengths")
    pdf.p("Students spoke warmly of small classes, the capstone course and the field school. Community partners "
          "value the Department's work on watershed monitoring. The faculty's research output is strong for a "
          "unit of its size.")
    pdf.head("5. Areas for improvement")
    pdf.p("The program should be able to show students how courses build towards the outcomes. Data science is now "
          "a core skill in environmental careers, and employers told us graduates lack it. Many students want "
          "placements, but only 22 of 91 found one in 2024-25. Students do not know whom to ask for advice. The "
          "MES milestones are loosely defined. The curriculum makes little room for Indigenous perspectives, "
          "although the campus sits within the territory of Red Pine Lake First Nation. The Field Station "
          "vehicles are 17 and 19 years old and one failed its safety inspection in 2025.")
    pdf.head("6. Recommendations")
    pdf.p("The reviewers make the following recommendations, listed in the order of the report, with a suggested "
          "priority and the person or office we consider responsible.", after=1.5)
    pdf.set_font("AR", "", 9)
    with pdf.table(col_widths=(10, 108, 20, 30), text_align=("CENTER", "LEFT", "CENTER", "LEFT"), line_height=4.8,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(222, 236, 229))) as t:
        r = t.row()
        for h in ("#", "Recommendation", "Priority", "Responsibility"):
            r.cell(h)
        for i, (rec, pr, resp) in enumerate(RECS, 1):
            r = t.row()
            r.cell(str(i)); r.cell(rec); r.cell(pr); r.cell(resp)
    pdf.ln(3)
    pdf.head("7. Concluding remarks")
    pdf.p("These are good programs delivered by a committed unit. The reviewers would rate both programs as "
          "being in good standing, and we believe that the Department should be able to address most of the "
          "recommendations within its existing resources.")
    pdf.p("Dr. Marguerite Lavallee-Quist and Dr. Owen Baptiste-Kerr, External Reviewers", style="I", size=9.5)
    pdf.output(path)


def response(path):
    pdf = Base()
    pdf.running = ""
    pdf.foot = "Program and Decanal Response - BES/MES Cyclical Program Review - %d"
    pdf.add_page()
    pdf.set_font("AR", "B", 12)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6, "NORTHSHORE UNIVERSITY", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("AR", "", 8.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4, "Faculty of Science and Environment - Office of the Dean\n955 Ridge Road, Port "
                   "Aldous, Ontario  P7C 0A1  -  (807) 555-0190", align="R")
    pdf.set_text_color(0)
    pdf.ln(8)
    pdf.p("March 2, 2026", fam="SE", size=11)
    pdf.p("Dr. Leonard Amadi-Fox\nVice-Provost, Academic\nNorthshore University", fam="SE", size=11)
    pdf.p("**Re: Program and Decanal Response to the External Reviewers' Report - Cyclical Program Review of the "
          "BES and MES, Department of Geography and Environmental Studies**", fam="SE", size=11)
    pdf.p("Dear Dr. Amadi-Fox,", fam="SE", size=11)
    S = dict(fam="SE", size=11, h=5.4, after=3)
    pdf.p("I write, with the Department Chair, Dr. Rowan Tsai, to respond to the reviewers' report. The "
          "Department and I are grateful to the reviewers for a thoughtful report and are pleased that both "
          "programs were found to be in good standing. Our responses follow, taking the recommendations in the "
          "order of priority that the Department has given them.", **S)
    pdf.p("**Curriculum map (Recommendation 1).** The Department accepts this recommendation. A curriculum map "
          "for the BES was completed by the Curriculum Committee in February and will appear in the 2026-27 "
          "handbook; the MES map will follow in 2027.", **S)
    pdf.p("**Faculty renewal and graduate milestones (Recommendations 2 and 5).** I have approved one "
          "tenure-track position in environmental data science, to start July 1, 2027; a second appointment "
          "cannot be committed within the Faculty's current budget envelope and will be revisited in the "
          "2028-29 planning cycle. On the MES, the Graduate Studies Committee has adopted a revised milestone "
          "schedule under which the thesis proposal must be defended by the end of the third term, effective "
          "for students entering in September 2026.", **S)
    pdf.p("**Advising.** We agree with the reviewers on the need, and it has in fact been met since the site "
          "visit: a 0.5 FTE undergraduate academic advisor shared with Earth Sciences took up the role on January "
          "5, 2026, and the Chair no longer handles routine program advising.", **S)
    pdf.p("**Experiential learning.** The Department has discussed this at length. We will not make a placement "
          "mandatory: many of our students work during the academic year or are based outside Port Aldous, and a "
          "compulsory placement would delay graduation for them. Instead, the Department will continue to offer "
          "placements as an elective and aims to double the number of partner organizations by 2028.", **S)
    pdf.p("**Indigenous knowledge.** This recommendation goes beyond a single department. It has been referred "
          "to the University's Indigenous Curriculum Council, which is developing a university-wide approach in "
          "partnership with Red Pine Lake First Nation; the Department will take part in that work when it "
          "begins.", **S)
    pdf.p("**Errors of fact.** Section 2.2 of the report gives the 2025 undergraduate intake as 91; the "
          "registrar's final count, issued after the site visit, is 87. Section 1 should also refer to the "
          "Self-Study dated September 2025, not October.", **S)
    pdf.p("An implementation plan with timelines will be attached to the Final Assessment Report for the "
          "Senate Academic Quality Committee. Please let me know if you require anything further.", **S)
    pdf.p("Sincerely,", fam="SE", size=11, after=8)
    pdf.p("Dr. Claire Moreau-Akande\nDean, Faculty of Science and Environment\n\ncc: Dr. Rowan Tsai, Chair, "
          "Department of Geography and Environmental Studies", fam="SE", size=11)
    pdf.output(path)


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(adv)
    response(rsp)
    recs = [
        {"number": "1", "starts_with": "Develop a curriculum map that links every required course to",
         "reply_contains": "A curriculum map for the BES was completed by the Curriculum Committee",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Hire at least two tenure-track faculty members in environmental data science",
         "reply_contains": "a second appointment cannot be committed within the Faculty's current budget",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Make a supervised experiential learning placement a mandatory requirement",
         "reply_contains": "We will not make a placement mandatory", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "4", "starts_with": "Create a dedicated undergraduate academic advising position within the Department",
         "reply_contains": "a 0.5 FTE undergraduate academic advisor shared with Earth Sciences",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Revise the MES thesis milestone schedule so that the proposal",
         "reply_contains": "the Graduate Studies Committee has adopted a revised milestone schedule",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Work with the Office of Indigenous Initiatives and Red Pine Lake",
         "reply_contains": "referred to the University's Indigenous Curriculum Council", "verdict": "noted"},
        {"number": "7", "starts_with": "Replace the two field vehicles at the Lake Minnow Field Station",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the registrar's final count, issued after the site visit, is 87"]
    notes = ("Canadian (Ontario-style) university cyclical program review: external reviewers' report on the "
             "institution's template, answered by the Dean's program and decanal response letter (invented "
             "Northshore University, BES/MES in Geography and Environmental Studies; fpdf2, US Letter, running "
             "header and page footer). Advice: seven imperative recommendations in a ruled table under '6. "
             "Recommendations' with columns # / Recommendation / Priority / Responsibility (numbers 1-7 as "
             "printed). Traps: template header table, QAF section numbers (5.1.3.1 a-b, 5.1.3.2, 5.1.3.6, "
             "5.1.3.7), a 'Progress on the 2018 review' table quoting two earlier recommendations ('The "
             "Department should introduce a capstone course', 'Add a GIS laboratory ...', both implemented), "
             "strengths, 'Areas for improvement' with 'should' and the same issues as prose, the concluding "
             "remark that the Department 'should be able to address most of the recommendations'. Response: "
             "letter on Faculty letterhead with bold run-in topics in the order 1, 2+5, 4, 3, 6: curriculum map "
             "'accepts' (1 agrees, cited by number); ONE paragraph '(Recommendations 2 and 5)' (one position "
             "approved, 'a second appointment cannot be committed' = 2 partly; milestone schedule adopted = 5 "
             "agrees); 'Advising' by topic only, advisor already in post since January (4 agrees); "
             "'Experiential learning' 'We will not make a placement mandatory' (3 disagrees, also partly because "
             "electives are expanded); 'Indigenous knowledge' referred to the university-wide Indigenous "
             "Curriculum Council (6 noted); 7 (field vehicles) never mentioned (unanswered). 'Errors of fact' "
             "(intake 87 not 91, self-study date) answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

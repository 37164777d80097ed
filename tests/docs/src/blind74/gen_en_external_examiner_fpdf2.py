"""Round 74 (EN): a UK university EXTERNAL EXAMINER'S ANNUAL REPORT (genre of the report form an external examiner
completes each year for a taught programme: a details table, sections of grey question bars with free-text answers,
a shaded 'Good practice' field and a bordered 'Recommendations for action' field closing each section, some of them
'None.', last year's recommendations reviewed, the University's regulations quoted, a classification table, a
confirmation block) answered by the PROGRAMME TEAM'S RESPONSE TO THE EXTERNAL EXAMINER (genre: the University's
short response form completed by the programme leader, with bold run-in subject titles in the team's own order, an
'Other matters' part and a sign-off block).
Advice: Pennine Vale University, External Examiner's Annual Report 2025-26, BSc (Hons) Environmental Science, A4,
3 p.; seven recommendations in the 'Recommendations for action' fields of sections C-E (one at the end of answer D1), unnumbered, 1-7 by order.
Response: 'Programme Response to the External Examiner's Report', 1 p.; order 3, 1+2 (one paragraph), 4, 7, 6;
5 (dissertation feedback before graduation) is not answered.
fpdf2, cleaned Liberation Sans/Serif, fixed creation dates. The University, the University of Sandmere, the
examiner, the staff, the modules and all figures are invented.

Run:  /tmp/blind74en/bin/python tests/docs/src/blind74/gen_en_external_examiner_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b74en as H
from fpdf import FPDF

NAME = "blind74_en_external_examiner"
PLUM = (92, 30, 80)
GREY = (90, 90, 90)
BAR = (226, 222, 230)
GOOD = (234, 244, 234)

RECS = [
    "The programme team should publish a marking rubric for each coursework assessment at level 6, aligned to "
    "the University's generic grade descriptors.",
    "Second marking should be recorded on the script or feedback sheet, so that the external examiner can see how "
    "disagreements between markers were resolved.",
    "Draft examination papers should be sent to the external examiner at least six weeks before the examination "
    "period, together with model answers.",
    "I would urge the team to introduce a compulsory module in geospatial data analysis at level 5, as employers "
    "now expect graduates to use GIS with confidence.",
    "Written feedback on the dissertation should be returned to students before the end of June, and not after "
    "graduation as happened this year.",
    "The residential field course at level 4 should be retained, and the hardship fund that supports it should be "
    "advertised to applicants before they enrol.",
    "The department should replace the ion chromatograph in the teaching laboratory, which was out of service for "
    "most of the second semester.",
]


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for f2, base in (("S", "LiberationSans"), ("R", "LiberationSerif")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(f2, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.set_creation_date(datetime(2026, 7, 14, 9, 0, tzinfo=timezone.utc))
        self.foot = foot
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())).replace("{N}", "{nb}"), align="C")
        self.set_text_color(0, 0, 0)

    def section(self, text):
        if self.will_page_break(24):
            self.add_page()
        self.ln(2)
        self.set_font("S", "B", 11)
        self.set_fill_color(*PLUM)
        self.set_text_color(255, 255, 255)
        self.cell(0, 7, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def question(self, n, text):
        if self.will_page_break(18):
            self.add_page()
        self.set_font("S", "B", 9)
        self.set_fill_color(*BAR)
        self.multi_cell(0, 5, "%s  %s" % (n, text), fill=True, new_x="LMARGIN", new_y="NEXT", padding=(1, 2, 1, 2))
        self.ln(1)

    def answer(self, text):
        self.set_font("S", "", 9.8)
        self.multi_cell(0, 4.9, text, align="J", new_x="LMARGIN", new_y="NEXT", padding=(0, 2, 0, 2))
        self.ln(2)

    def field(self, label, text, fill=None):
        if self.will_page_break(16):
            self.add_page()
        self.set_font("S", "B", 8.2)
        self.set_text_color(*PLUM)
        self.cell(0, 4.5, label, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("S", "", 9.8)
        self.set_draw_color(140, 120, 140)
        if fill:
            self.set_fill_color(*fill)
        self.multi_cell(0, 4.9, text, border=1, fill=bool(fill), align="L", new_x="LMARGIN", new_y="NEXT",
                        padding=(1.5, 2, 1.5, 2))
        self.ln(3)

    def para(self, text, style="", size=10.5, after=2.5):
        self.set_font("R", style, size)
        self.multi_cell(0, 5.3, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def runin(self, title, text, size=10.5):
        self.set_font("R", "", size)
        self.multi_cell(0, 5.3, "**%s** %s" % (title, text), align="J", markdown=True, new_x="LMARGIN",
                        new_y="NEXT")
        self.ln(2.5)


def advice(path):
    d = Doc("Pennine Vale University - External Examiner's Annual Report 2025-26 - Page {n} of {N}")
    d.alias_nb_pages()
    d.set_title("External Examiner's Annual Report 2025-26: BSc (Hons) Environmental Science")
    d.set_author("Dr Harriet Okonedo")
    d.add_page()
    d.set_font("S", "B", 10)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "PENNINE VALE UNIVERSITY", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.5)
    d.set_text_color(*GREY)
    d.cell(0, 4.5, "Academic Quality and Standards Office  |  Form EE1 (taught programmes)", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.set_text_color(0, 0, 0)
    d.set_font("S", "B", 16)
    d.cell(0, 8, "External Examiner's Annual Report 2025-26", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.8)
    d.multi_cell(0, 4.4, "Reports are received by the Academic Quality and Standards Office and sent to the "
                         "Programme Leader, who must provide a written response within six weeks. Reports and "
                         "responses are made available to student representatives. Please do not name individual "
                         "students or staff.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.section("Section A: Details")
    rows = [("External examiner", "Dr Harriet Okonedo, Reader in Environmental Chemistry, University of Sandmere"),
            ("Programme(s)", "BSc (Hons) Environmental Science; BSc (Hons) Environmental Science with Placement Year"),
            ("Modules examined", "ENV5012, ENV5020, ENV6001 (Dissertation), ENV6014, ENV6031"),
            ("Year of appointment", "Year 2 of 4"),
            ("Board of examiners attended", "Final Programme Assessment Board, 17 June 2026")]
    d.set_draw_color(160, 150, 160)
    for k, v in rows:
        d.set_font("S", "B", 8.8)
        d.set_fill_color(*BAR)
        y = d.get_y()
        d.multi_cell(48, 5.4, k, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        d.set_font("S", "", 8.8)
        d.multi_cell(0, 5.4, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)

    d.section("Section B: Academic standards")
    d.question("B1", "Are the standards set for the awards appropriate for their level, with reference to the "
                     "Framework for Higher Education Qualifications and the relevant Subject Benchmark Statement?")
    d.answer("Yes. The learning outcomes of the programme match level 6 of the Framework. The Subject Benchmark "
             "Statement for Earth, environmental and geographical sciences says that an honours graduate should be "
             "able to collect and analyse field and laboratory data and communicate the results to specialist and "
             "non-specialist audiences; the programme meets this well, and the final-year dissertations were of a "
             "standard comparable with those I see at my own institution and at the two other universities where "
             "I have examined.")
    d.question("B2", "Are the standards of student performance comparable with similar programmes elsewhere?")
    d.answer("Broadly, yes. The distribution of classifications (Table 1) is slightly more generous than last "
             "year's, but I saw no evidence of grade inflation in the sample: first-class work was consistently "
             "excellent and the weaker scripts were marked firmly.")
    d.set_font("S", "B", 8.5)
    d.cell(0, 5, "Table 1: Degree classifications, BSc (Hons) Environmental Science", new_x="LMARGIN", new_y="NEXT")
    widths = [40, 26, 26, 26, 26]
    head = ["Year", "First", "2:1", "2:2", "Third / Pass"]
    data = [["2023-24 (n=58)", "19%", "45%", "31%", "5%"], ["2024-25 (n=61)", "21%", "46%", "28%", "5%"],
            ["2025-26 (n=64)", "25%", "48%", "23%", "4%"]]
    d.set_font("S", "B", 8.5)
    d.set_fill_color(*BAR)
    for w, h in zip(widths, head):
        d.cell(w, 5.5, h, border=1, fill=True, align="C")
    d.ln()
    d.set_font("S", "", 8.5)
    for r in data:
        for w, c in zip(widths, r):
            d.cell(w, 5.5, c, border=1, align="C")
        d.ln()
    d.ln(3)
    d.field("Good practice and innovation (if any)",
            "The Level 5 consultancy project, in which student teams prepare an environmental assessment for a "
            "real client, is excellent; it deserves to be shared more widely across the Faculty.", fill=GOOD)
    d.field("Recommendations for action (if any)", "None.")

    d.section("Section C: Assessment processes")
    d.question("C1", "Were the assessment methods appropriate, and were marking and moderation fair and "
                     "consistent?")
    d.answer("The assessment methods are varied and well aligned to the learning outcomes. Marking was fair, but "
             "it was not always possible to see why a mark had been given. In ENV6014 three scripts in the sample "
             "received marks more than 10 points apart from the two markers, and the agreed mark was entered "
             "without any note. Students told the panel at the 2025 periodic review that feedback should say "
             "more clearly what would have earned a higher mark, and I agree with them.")
    d.question("C2", "Were you given sufficient opportunity to comment on draft assessments?")
    d.answer("Only in part. Under Regulation 14.3 of the Assessment Regulations, external examiners must be "
             "consulted on all examination papers that contribute to the final award. This year most papers "
             "reached me in late April, less than three weeks before the examinations began, and two arrived "
             "without model answers.")
    d.field("Recommendations for action (if any)", RECS[0] + " " + RECS[1] + "\n" + RECS[2])

    d.section("Section D: Curriculum and student experience")
    d.question("D1", "Please comment on the curriculum, its currency and its relevance to employment.")
    d.answer("The curriculum is current and well taught, with strong laboratory training. Its one clear gap is "
             "spatial analysis: GIS appears only as two practical sessions in ENV5020, and several dissertations "
             "would have been stronger with mapped data. " + RECS[3])
    d.question("D2", "Please comment on feedback to students and on fieldwork.")
    d.answer("Feedback on coursework was timely. Dissertation feedback, however, reached students in late July, "
             "after the graduation ceremonies; students cannot use it for job or postgraduate applications. The "
             "level 4 residential field course is a real strength of the programme; I understand from the "
             "programme leader that its future has been questioned on cost grounds, and I hope it will be kept.")
    d.field("Recommendations for action (if any)", RECS[4] + "\n" + RECS[5])

    d.section("Section E: Resources")
    d.question("E1", "Were the learning resources adequate for the delivery of the programme?")
    d.answer("Largely. The ion chromatograph in the teaching laboratory broke down in February and was not "
             "repaired, so the ENV5012 water-quality practical was replaced by a data exercise. Students noticed "
             "the difference.")
    d.field("Recommendations for action (if any)", RECS[6])

    d.section("Section F: Previous recommendations")
    d.question("F1", "Please comment on the programme team's response to your previous report.")
    d.answer("Last year I recommended that the dissertation marking criteria should be revised to give more "
             "weight to the analysis of data. This has been done, and the new criteria worked well. My earlier "
             "suggestion that ENV6031 should have a second examination sitting was not taken up, for reasons the "
             "team explained, and I do not repeat it.")
    d.section("Section G: Confirmation")
    d.set_font("S", "", 9.2)
    for t in ("I confirm that the academic standards of the awards are appropriate:  YES",
              "I confirm that the assessment process was conducted fairly and in line with the regulations:  YES",
              "I have raised matters of serious concern with the Vice-Chancellor:  NO"):
        d.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.cell(0, 5.5, "Signed: Dr Harriet Okonedo          Date: 3 July 2026", new_x="LMARGIN", new_y="NEXT")
    d.output(path)


def response(path):
    d = Doc("Form EE2 - Programme response - BSc (Hons) Environmental Science - {n}")
    d.set_title("Programme Response to the External Examiner's Report 2025-26")
    d.set_author("School of Earth and Environment, Pennine Vale University")
    d.set_creation_date(datetime(2026, 8, 12, 9, 0, tzinfo=timezone.utc))
    d.add_page()
    d.set_font("S", "B", 10)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "PENNINE VALE UNIVERSITY", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "B", 15)
    d.cell(0, 8, "Programme Response to the External Examiner's Report", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 9)
    d.set_draw_color(160, 150, 160)
    for k, v in (("Programme", "BSc (Hons) Environmental Science (with and without Placement Year)"),
                 ("External examiner", "Dr Harriet Okonedo (report dated 3 July 2026)"),
                 ("Response completed by", "Dr Owen Prothero, Programme Leader, School of Earth and Environment"),
                 ("Date sent to examiner", "12 August 2026")):
        d.set_font("S", "B", 8.8)
        d.set_fill_color(*BAR)
        d.multi_cell(50, 5.4, k, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        d.set_font("S", "", 8.8)
        d.multi_cell(0, 5.4, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.section("1. General comments")
    d.para("Dear Dr Okonedo, thank you for a thorough and constructive report, and for your work at the Final "
           "Programme Assessment Board. The programme team discussed the report at its meeting on 8 July 2026 and "
           "with the student representatives on 15 July. We were particularly pleased by your comments on the "
           "Level 5 consultancy project, which will be presented at the Faculty learning and teaching day in "
           "November.")
    d.section("2. Response to the points raised")
    d.runin("Draft examination papers.",
            "We apologise for the late arrival of the papers this year, which followed staff absence in the spring. "
            "For 2026-27 all draft papers and model answers will reach you by 20 March 2027, seven weeks before "
            "the examination period, and the School office will track them against that date.")
    d.runin("Marking, moderation and feedback.",
            "From September every level 6 coursework brief will be issued with its own marking rubric, built on "
            "the University's grade descriptors, and the rubrics will be included in your sample. On second "
            "marking we have taken a different view. The University's Moderation Policy asks for the second "
            "marker's comments to be kept on the moderation form, not on the student's script, and the team has "
            "decided not to add second marks to scripts or feedback sheets; we will, however, send you the "
            "moderation forms with each sample so that the resolution of any disagreement can be seen.")
    d.runin("Spatial analysis.",
            "We agree that GIS skills need more space in the programme, but a new compulsory module cannot be "
            "added at level 5 without removing laboratory teaching that you and students value. Instead, GIS will "
            "be taught as a six-week block within ENV5020 from 2026-27, with an assessed mapping exercise, and an "
            "optional level 6 module in remote sensing will be proposed for 2027-28.")
    d.runin("Laboratory equipment.",
            "Your comment on the ion chromatograph has been passed to the Faculty Capital Equipment Committee, "
            "which sets priorities for laboratory spending across all schools and will consider the request in "
            "its 2026-27 round. In the meantime the ENV5012 practical will use the research laboratory's "
            "instrument under supervision.")
    d.runin("Fieldwork.",
            "The School has confirmed that the level 4 residential field course will run again in 2026-27 and "
            "beyond. Details of the hardship fund will appear in offer letters and on the programme web page "
            "from September 2026, so that applicants know of it before they accept a place.")
    d.section("3. Other matters")
    d.para("The programme will undergo periodic review in the spring of 2027, and the review panel will receive "
           "your reports for 2024-25 and 2025-26. Entry to level 4 rose to 96 students in September 2025, and the "
           "placement-year route now has 14 students on placement.")
    d.para("Your term of office continues until 31 August 2028. The Academic Quality and Standards Office will "
           "write to you separately about fees and expenses for the 2026 Board.")
    d.ln(2)
    d.set_font("S", "", 9)
    d.cell(0, 5.5, "Signed (Programme Leader): Dr Owen Prothero", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5.5, "Approved (Head of School): Professor Nadia Verrall          Date: 12 August 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "every level 6 coursework brief will be issued with its own",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "decided not to add second marks to scripts or feedback sheets",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "draft papers and model answers will reach you by 20 March",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "GIS will be taught as a six-week block within ENV5020",
         "verdict": "partly"},
        {"number": "5", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "level 4 residential field course will run again in 2026-27",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "has been passed to the Faculty Capital Equipment Committee",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "thank you for a thorough and constructive report",
        "presented at the Faculty learning and teaching day in November",
        "The programme will undergo periodic review in the spring of 2027",
        "write to you separately about fees and expenses",
    ], "Advice: a UK university external examiner's annual report form (Form EE1: plum section bars A-G, grey "
       "question bars B1-F1 with free-text answers, a details table, Table 1 of classifications, a shaded 'Good "
       "practice and innovation' field, bordered 'Recommendations for action (if any)' fields closing sections B, "
       "C, D and E, a confirmation block; 'Page n of N'). The seven recommendations are UNNUMBERED 'should' "
       "sentences (one 'I would urge the team to ...') numbered 1-7 by order of appearance: Section B's field says "
       "'None.'; Section C's field holds 1 and 2 in one paragraph and 3 on its own line; 4 stands at the end of "
       "the free-text answer D1, NOT in a field; Section D's field holds 5 and 6; Section E's holds 7. Traps: the "
       "form's rule 'who must provide a written response within six weeks'; the Subject Benchmark Statement "
       "paraphrased ('an honours graduate should be able to collect and analyse'); Table 1; the good-practice "
       "field ('deserves to be shared more widely'); students' 'feedback should say more clearly' at the periodic "
       "review; Regulation 14.3 ('external examiners must be consulted'); D2's hope that the field course 'will be "
       "kept' before the field repeats it as a recommendation; last year's recommendation ('should be revised ... "
       "This has been done') and a suggestion not repeated; the confirmation lines. Response: Form EE2, a details "
       "table, '1. General comments' (nothing), '2. Response to the points raised' with bold run-in titles and no "
       "numbers or quotations, order 3, 1+2, 4, 7, 6: 'Draft examination papers.' by 20 March 2027 (3 agrees); ONE "
       "paragraph 'Marking, moderation and feedback.' = a rubric for every level 6 brief (1 agrees) + 'decided not "
       "to add second marks to scripts or feedback sheets', moderation forms sent instead (2 disagrees); 'Spatial "
       "analysis.' a six-week block within ENV5020 instead of a compulsory module (4 partly); 'Laboratory "
       "equipment.' passed to the Faculty Capital Equipment Committee (7 noted); 'Fieldwork.' the field course "
       "runs again, hardship fund in offer letters (6 agrees); 5 (dissertation feedback before the end of June) is "
       "not answered, although the run-in title 'Marking, moderation and feedback' names feedback. Unmatched: the "
       "general comments, '3. Other matters' (periodic review and entry numbers; term of office and fees), the "
       "sign-off.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

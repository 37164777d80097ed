"""Round 34 (EN): a UK university EXTERNAL EXAMINER'S annual report on a taught programme (the standard report
FORM: details table, Section B yes/no questions with comments, good practice, a recommendations table with codes
D1-D5, a separate 'matters requiring urgent attention' box E1, the previous year's recommendation quoted,
declaration), answered by the PROGRAMME TEAM'S RESPONSE form (summary, replies under topic headings in another
order, partly by code and partly by subject, a good-practice section, approval block). PyMuPDF Story, A4,
cleaned Liberation fonts; form boxes are Story tables and a framed panel drawn under the text; running footers
stamped. All content (university, programme, modules, regulator, people, figures) invented.

Run:  /tmp/blind34en/bin/python tests/docs/src/blind34/gen_en_external_examiner_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b34en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind34_en_external_examiner"

CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
@font-face {font-family: LR; src: url(LiberationSerif-Regular.ttf);}
@font-face {font-family: LR; src: url(LiberationSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: LR; src: url(LiberationSerif-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 9.8pt; line-height: 1.3;}
p {margin: 0 0 5pt 0;}
h1 {font-size: 16pt; color: #5a1f4f; margin: 0 0 3pt 0;}
h2 {font-size: 11.5pt; color: #ffffff; background-color: #5a1f4f; padding: 2pt 4pt; margin: 10pt 0 5pt 0;}
h3 {font-size: 10pt; color: #5a1f4f; margin: 7pt 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #9c8097; padding: 3pt; vertical-align: top; font-size: 9pt; text-align: left;}
th {font-weight: bold;}
td.q {width: 62%;}
td.yn {width: 8%; font-weight: bold; text-align: center;}
p.small {font-size: 8pt; color: #444444;}
p.guide {font-size: 8.3pt; font-style: italic; color: #555555;}
"""

ADVICE_TOP = """
<p style="font-size: 13pt; color: #5a1f4f; margin-bottom: 0"><b>UNIVERSITY OF FERNLEIGH</b></p>
<p class="small" style="margin-bottom: 10pt">Academic Quality and Standards Office</p>
<h1>External Examiner Report Form: Taught Provision</h1>
<p style="margin-bottom: 8pt">Academic year 2025/26</p>
<h2>Section A: Details</h2>
<table>
<tr><th width="34%">External examiner</th><td>Dr Caroline Westhaven-Pryce, Senior Lecturer, School of Health and
Care, Marlow Vale University</td></tr>
<tr><th>Programme(s) examined</th><td>BSc (Hons) Paramedic Science (full-time, Fernleigh campus)</td></tr>
<tr><th>Modules examined</th><td>PAR4003 Foundations of Clinical Science; PAR5010 Clinical Skills 2; PAR5012
Pharmacology for Paramedics; PAR6020 Dissertation</td></tr>
<tr><th>Year of appointment</th><td>2 of 4</td></tr>
<tr><th>Board attended</th><td>Progression and Award Board, 23 June 2026 (in person)</td></tr>
</table>
<h2>Section B: Academic standards</h2>
<p class="guide">Please answer Yes or No and give comments where appropriate.</p>
<table>
<tr><td width="58%">B1. Are the academic standards set for the programme appropriate for the level of the award,
with reference to the Framework for Higher Education Qualifications and relevant subject benchmarks?</td>
<td width="7%" style="font-weight: bold; text-align: center;">Yes</td><td>The programme meets the Paramedic Practice Council's standards of proficiency.</td></tr>
<tr><td width="58%">B2. Are the standards of student performance comparable with similar programmes in other UK
institutions of which you have experience?</td><td width="7%" style="font-weight: bold; text-align: center;">Yes</td><td>The strongest dissertations were
among the best I have seen.</td></tr>
<tr><td width="58%">B3. Were the processes for assessment, examination and the determination of awards sound and
fairly conducted?</td><td width="7%" style="font-weight: bold; text-align: center;">No</td><td>See Section E. Internal moderation in PAR5012 was not
effective this year.</td></tr>
<tr><td width="58%">B4. Did you receive sufficient evidence (module handbooks, marking criteria, samples) to carry
out your role?</td><td width="7%" style="font-weight: bold; text-align: center;">Yes</td><td>Samples arrived on time; the marking criteria for the PAR4003
examination were not included and were supplied on request.</td></tr>
</table>
<h2>Section C: Good practice and innovation</h2>
<p>The simulation week in the second year, run with the regional ambulance service and volunteer actors, is
outstanding and should be shared across the Faculty. Feedback on dissertations was detailed, specific and
forward-looking. Students I met spoke highly of the support of their personal tutors.</p>
<h2>Section D: Recommendations for enhancement</h2>
<p class="guide">Please list any recommendations for the enhancement of the programme. The programme team will
respond to each recommendation in writing.</p>
"""

ADVICE_RECS = """
<table>
<tr><th width="9%">Ref.</th><th>Recommendation</th><th width="17%">Module(s)</th></tr>
<tr><td><b>D1</b></td><td>Align the weighting of the practical OSCE in PAR5010 with the 50 per cent weighting used
in the other clinical skills modules, so that practical competence carries appropriate weight.</td><td>PAR5010</td></tr>
<tr><td><b>D2</b></td><td>Publish the marking criteria for the PAR4003 examination to students at the start of
the module, as is done for coursework.</td><td>PAR4003</td></tr>
<tr><td><b>D3</b></td><td>Replace the unseen written examination in PAR4003 with a case-based, open-book
assessment that better reflects how paramedics use clinical science in practice.</td><td>PAR4003</td></tr>
<tr><td><b>D4</b></td><td>Review the regulation that caps the mark for a resubmitted module at 40 per cent, which
in my view discourages students from improving beyond a bare pass.</td><td>All</td></tr>
<tr><td><b>D5</b></td><td>Increase the time allocated to maternity and paediatric placements in the final year,
which students told me was too short to meet their practice assessment requirements.</td><td>Practice</td></tr>
</table>
"""

ADVICE_E = """
<h2 style="margin-top: 0">Section E: Matters requiring urgent attention</h2>
<p class="guide">Please identify any matter which you consider to be a risk to academic standards and which
should be addressed before the next meeting of the Board. The Academic Quality and Standards Office will
ensure a response is made.</p>
<p><b>E1.</b> Re-moderate all scripts in PAR5012 Pharmacology for Paramedics before the marks are confirmed, as
the sample showed differences of up to 14 marks between the two markers and no record of how they were
resolved.</p>
"""

ADVICE_END = """
<h2>Section F: Previous recommendations</h2>
<p>In my 2024/25 report I recommended that "the programme team should provide more specific feedback on
dissertation drafts". This has been addressed very well (see Section C). My comment last year that the
programme handbook "could be shortened" was not taken forward, which I accept.</p>
<h2>Section G: Declaration</h2>
<p>I confirm that this report has been prepared in accordance with the University's External Examining Policy
and that I am willing for it to be shared in full with students and staff.</p>
<table>
<tr><th width="34%">Signature</th><td>C. Westhaven-Pryce</td></tr>
<tr><th>Date</th><td>6 July 2026</td></tr>
</table>
<p class="small" style="margin-top: 6pt">Please return this form to externals@fernleigh.ac.example within four
weeks of the final Board. Reports are published to students via the Virtual Learning Environment together with
the programme response.</p>
"""

RESPONSE = """
<p style="font-size: 13pt; color: #5a1f4f; margin-bottom: 0"><b>UNIVERSITY OF FERNLEIGH</b></p>
<p class="small" style="margin-bottom: 10pt">School of Health Professions</p>
<h1>Programme Response to External Examiner Report</h1>
<table>
<tr><th width="34%">Programme</th><td>BSc (Hons) Paramedic Science</td></tr>
<tr><th>External examiner</th><td>Dr Caroline Westhaven-Pryce</td></tr>
<tr><th>Academic year of report</th><td>2025/26</td></tr>
<tr><th>Response prepared by</th><td>Matthew Okonjo-Barr, Programme Leader</td></tr>
</table>
<h2>1. Summary</h2>
<p>The programme team thanks Dr Westhaven-Pryce for a thorough and constructive report, and for her
attendance at the Progression and Award Board. The report was discussed at the Programme Committee on 15
September 2026, with student representatives present. Our responses to the recommendations and to the matter
raised in Section E are set out below.</p>
<h2>2. Response to the issues raised</h2>
<h3>Moderation of PAR5012 (Section E)</h3>
<p>We are grateful that this was raised before the Board. Following a discussion with the Chair, the whole
cohort (86 scripts) was re-moderated by a third marker before the Board met on 23 June, and 14 marks were
adjusted, none of which changed a progression decision. The moderation record now includes a mandatory
reconciliation section, and the Module Leader has attended the University's moderation refresher.</p>
<h3>Capped marks for resubmission</h3>
<p>Capping at 40 per cent is set by the University's Academic Regulations (regulation 14.6) and applies to
all undergraduate programmes, so it is not within the programme team's gift to change it. We have forwarded
Dr Westhaven-Pryce's comments to the Academic Regulations Sub-Committee, which will consider them as part of
its review of resubmission in 2026/27.</p>
<h3>Assessment in PAR4003</h3>
<p>The examination marking criteria will be published on the module's VLE page from September 2026, and a
worked example will be discussed in the revision session. We have considered the suggestion to move to an
open-book case-based assessment carefully, but the team has decided to keep the invigilated unseen
examination: the Paramedic Practice Council requires that knowledge of drug calculations and physiology
be assessed under controlled conditions at level 4, and this module is the only place where that
requirement is met.</p>
<h3>The OSCE in Clinical Skills 2</h3>
<p>We agree that practical competence should carry more weight. Changing the balance of assessment requires
a formal module modification, and the team proposes to increase the OSCE from 30 to 40 per cent from
2027/28, with the written component reduced accordingly. A 50 per cent weighting would leave too little
room for the written drug calculation paper, which the team wishes to keep.</p>
<h2>3. Good practice</h2>
<p>We were delighted that the simulation week has been highlighted. Its leads will present it at the
Faculty Learning and Teaching Conference in January 2027, and the School of Nursing plans to adopt the model
for its own final-year students.</p>
<h2>4. Approval</h2>
<table>
<tr><th width="34%">Programme Leader</th><td>M. Okonjo-Barr, 18 September 2026</td></tr>
<tr><th>Head of School</th><td>Professor Imelda Strachan-Kaur, 22 September 2026</td></tr>
<tr><th>Sent to external examiner</th><td>23 September 2026</td></tr>
</table>
"""


def archive():
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"):
        H.clean_font(f)
    return fitz.Archive(H.CLEAN)


def story(html, css=CSS):
    return fitz.Story(html="<body>" + html + "</body>", user_css=css, archive=archive())


class Flow:
    """Place several stories one after another on pages; remembers panels to draw under them."""

    def __init__(self, path, L, R, T, B):
        self.page = fitz.paper_rect("a4")
        self.L, self.R, self.T, self.B = L, R, T, B
        self.writer = fitz.DocumentWriter(path)
        self.dev = self.writer.begin_page(self.page)
        self.y = T
        self.pno = 0
        self.panels = []

    def new_page(self):
        self.writer.end_page()
        self.dev = self.writer.begin_page(self.page)
        self.pno += 1
        self.y = self.T

    def add(self, html, pad=0, panel=None, gap=8, css=CSS):
        st = story(html, css)
        more = True
        while more:
            r = fitz.Rect(self.L + pad, self.y + pad, self.R - pad, self.B - pad)
            more, filled = st.place(r)
            st.draw(self.dev)
            f = fitz.Rect(filled)
            if panel:
                self.panels.append((self.pno, fitz.Rect(self.L, self.y, self.R, f.y1 + pad), *panel))
            if more:
                self.new_page()
            else:
                self.y = f.y1 + pad + gap

    def close(self):
        self.writer.end_page()
        self.writer.close()


def paint(path, panels):
    doc = fitz.open(path)
    for pno, rect, fill, stroke in panels:
        shape = doc[pno].new_shape()
        shape.draw_rect(rect)
        shape.finish(color=stroke, fill=fill, width=1.4)
        shape.commit(overlay=False)
    doc.saveIncr()
    doc.close()


def build_advice(path):
    W, Hh = fitz.paper_rect("a4").width, fitz.paper_rect("a4").height
    fl = Flow(path, 54, W - 54, 50, Hh - 58)
    fl.add(ADVICE_TOP, gap=2)
    fl.add(ADVICE_RECS, gap=12)
    fl.add(ADVICE_E, pad=9, panel=((1.0, 0.95, 0.93), (0.75, 0.16, 0.10)), gap=4)
    fl.add(ADVICE_END)
    fl.close()
    paint(path, fl.panels)
    H.stamp(path, header="University of Fernleigh  -  External Examiner Report 2025/26  -  BSc (Hons) Paramedic "
                         "Science", footer="AQSO form EE2 (version 7, August 2025)    Page {n} of {N}",
            skip_first=False, size=7.5)


def build_response(path):
    W, Hh = fitz.paper_rect("a4").width, fitz.paper_rect("a4").height
    fl = Flow(path, 56, W - 56, 52, Hh - 58)
    fl.add(RESPONSE)
    fl.close()
    H.stamp(path, header=None, footer="Programme response form PR1  |  Page {n} of {N}", size=7.5)


def main():
    build_advice(H.out(NAME + "_advice.pdf"))
    build_response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "D1", "starts_with": "Align the weighting of the practical OSCE in PAR5010 with",
         "reply_contains": "increase the OSCE from 30 to 40 per cent", "verdict": "partly"},
        {"number": "D2", "starts_with": "Publish the marking criteria for the PAR4003 examination to students",
         "reply_contains": "will be published on the module's VLE page", "verdict": "agrees"},
        {"number": "D3", "starts_with": "Replace the unseen written examination in PAR4003 with a case-based",
         "reply_contains": "the team has decided to keep the invigilated unseen examination",
         "verdict": "disagrees"},
        {"number": "D4", "starts_with": "Review the regulation that caps the mark for a resubmitted module",
         "reply_contains": "not within the programme team's gift to change it", "verdict": "noted"},
        {"number": "D5", "starts_with": "Increase the time allocated to maternity and paediatric placements in",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "E1", "starts_with": "Re-moderate all scripts in PAR5012 Pharmacology for Paramedics before",
         "reply_contains": "re-moderated by a third marker before the Board met",
         "verdict": "agrees"},
    ]
    unmatched = ["Its leads will present it at the Faculty Learning and Teaching Conference"]
    notes = ("UK university external examiner's annual report form answered by the programme team's response "
             "form (invented University of Fernleigh, BSc (Hons) Paramedic Science; PyMuPDF Story, A4; form "
             "tables, a red-framed panel for Section E drawn under the text, stamped running header and 'Page n "
             "of N' form footer). Advice: five recommendations in the 'Section D: Recommendations for "
             "enhancement' table with codes D1-D5 in a 'Ref.' column (imperatives: 'Align ...', 'Publish ...', "
             "'Replace ...', 'Review ...', 'Increase ...'), and one urgent recommendation 'E1.' in the framed "
             "'Section E: Matters requiring urgent attention' ('Re-moderate all scripts ...'); numbers as "
             "printed ('D1' ... 'D5', 'E1'). Traps: Section B yes/no questions B1-B4 with comments ('Internal "
             "moderation in PAR5012 was not effective this year'), 'should be shared across the Faculty' (good "
             "practice, Section C), the 2024/25 recommendation quoted in Section F ('the programme team should "
             "provide more specific feedback'), guidance lines ('The programme team will respond to each "
             "recommendation in writing'), module codes, declaration. Response: topic headings without codes "
             "(only 'Section E' named), order E1, D4, D2+D3, D1: E1 whole cohort re-moderated before the Board "
             "(agrees, already done); D4 set by the University's Academic Regulations, 'not within the "
             "programme team's gift', forwarded to a sub-committee (noted); ONE paragraph 'Assessment in "
             "PAR4003' for D2 and D3 (criteria published from September 2026 = D2 agrees; 'decided to keep the "
             "invigilated unseen examination' = D3 disagrees); D1 OSCE raised to 40 not 50 per cent (partly). D5 "
             "(placements) is not answered (unanswered). '3. Good practice' (simulation week) answers no "
             "recommendation (unmatched); the summary and approval table are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

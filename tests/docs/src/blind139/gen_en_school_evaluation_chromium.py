"""Round 139 (EN): a schools inspectorate's WHOLE-SCHOOL EVALUATION REPORT on an Irish-style primary school, answered
by the board of management's SCHOOL RESPONSE TO THE REPORT in two parts (Part A observations on the report, Part B
follow-up actions as BULLETS by THEME in another order, no numbers).
The advice: four recommendations as BULLETS under 'Recommendations' in the summary box, after BULLETED 'Main findings'
in the same box, and three more as UNNUMBERED 'It is recommended that ...' SENTENCES in the running text of sections
1, 2 and 4. Traps: the Education Act paraphrased ('the board must'); the 2018 inspection's recommendation quoted
('should be introduced'); numbered sections 1-4; 'The inspectors do not recommend any change to'; parents' 'should
be dropped'.
The response: Part A observations (nothing); Part B: policies ratified (1 agrees); standardised test data used in
planning (2 agrees); leadership roles agreed but no written targets (3 partly); Irish 'Gaeilge' programme (4 agrees);
general-purpose room noted (7 noted); PE withdrawal to continue (6 disagrees); signed (nothing); 5 the special
education plan never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Education Act 1998 is
named as context only.
Run:  /tmp/blind139en/bin/python tests/docs/src/blind139/gen_en_school_evaluation_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b139en as H

NAME = "blind139_en_school_evaluation"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 21mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 15.5pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 6pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; }
li { margin: 0 0 3pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
.box { border: 0.9pt solid %(c)s; background: %(bg)s; padding: 6pt 10pt 2pt 10pt; margin: 6pt 0 8pt 0; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 9.3pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: %(bg)s; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-IE'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind139en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def advice():
    body = """
<div class='head'><p class='meta'>EDUCATION QUALITY INSPECTORATE &#183; Whole-School Evaluation &#8211; Management,
Leadership and Learning</p></div>
<h1>Whole-School Evaluation Report: St Colman's National School, Knocklara</h1>
<p class='meta'>Roll number 19876K &#183; Inspection 3-6 March 2025 &#183; Report issued 14 May 2025 &#183; Reporting
inspectors: Ms Nuala Fitzgibbon, Mr Declan Ashe</p>
<table>
<tr><th style='width:38%'>Evaluation activities</th><th>During the evaluation</th></tr>
<tr><td>Meetings</td><td>Board of management, principal and deputy principal, in-school management team, parents'
association, pupil council</td></tr>
<tr><td>Observation</td><td>Teaching and learning in 14 classrooms and 3 special education settings</td></tr>
<tr><td>School profile</td><td>Co-educational primary school, 312 pupils, 13 mainstream teachers, 5 special education
teachers</td></tr>
</table>
<div class='box'>
<p><b>Main findings</b></p>
<ul>
<li>The board of management and principal provide very good leadership and the school is a caring community.</li>
<li>Pupils' attainment in mathematics is good; results in English reading dipped in fourth and fifth classes in
2024.</li>
<li>The quality of teaching observed was good or very good in most classrooms.</li>
<li>The in-school management team works hard, but its roles overlap and are not written down.</li>
</ul>
<p><b>Recommendations</b></p>
<ul>
<li>The board of management should review and ratify the school's code of behaviour and anti-bullying policy,
and publish both on the school website.</li>
<li>Teachers should use the results of standardised tests and other assessment data more systematically to plan
lessons that meet the needs of all pupils.</li>
<li>The principal and deputy principal should agree clearly defined leadership roles for each member of the
in-school management team, with written targets reviewed each year.</li>
<li>Irish should be used more widely as a language of informal communication throughout the school day.</li>
</ul>
</div>
<h2>1. Quality of school leadership and management</h2>
<p>The board meets regularly and its minutes are well kept. Under the Education Act 1998, as paraphrased here for
context only, the board must manage the school on behalf of the patron and account for its use of resources; it
does so carefully. The principal, appointed in 2019, has built strong links with parents. Support for pupils with
additional needs is generous in hours but is arranged class by class, so that a pupil's support can change from one
year to the next. It is recommended that the special education team draw up a whole-school plan for supporting
pupils with additional needs, setting out how support is allocated and reviewed.</p>
<h2>2. Quality of teaching and learning</h2>
<p>Lessons were well prepared and pupils were keen to learn. In the senior classes, however, some pupils are taken
out of physical education lessons twice a week for extra reading support, and so miss much of the physical
education curriculum. It is recommended that pupils no longer be withdrawn from physical education lessons for
additional support. The inspectors do not recommend any change to the school's practice of teaching mathematics in
ability groups in fifth and sixth classes, which is working well.</p>
<h2>3. Progress since the previous evaluation</h2>
<p>The 2018 evaluation recommended that &#8220;a whole-school programme for the teaching of writing should be
introduced&#8221;. The programme is now in place and pupils' writing has improved markedly. Some parents told the
inspectors that homework in the infant classes should be dropped altogether; this is a matter for the school.</p>
<h2>4. School self-evaluation and accommodation</h2>
<p>The school's self-evaluation work on mathematics has been effective. The school has no general-purpose room, so
physical education and assemblies take place in a corridor area or outdoors. It is recommended that the board
engage with the patron and the Department's planning section to secure a general-purpose room.</p>
<p class='meta'>Education Quality Inspectorate &#183; Marlborough House, Athlone Road &#183; 14 May 2025</p>
"""
    render(doc(body, "Sans", "10pt", "#1d5c3a", "#e7f1ea"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>ST COLMAN'S NATIONAL SCHOOL &#183; Ballinacurra Road, Knocklara &#183; Roll number
19876K</p></div>
<h1>School response to the report</h1>
<p class='meta'>Submitted by the Board of Management to the Education Quality Inspectorate &#183; Whole-School
Evaluation, inspection 3-6 March 2025 &#183; 11 June 2025</p>
<h2>Part A: Observations on the content of the inspection report</h2>
<p>The board of management thanks the inspectors for the courteous way in which the evaluation was carried out, and
is pleased that the report recognises the dedication of our staff and the welcoming atmosphere of our school. The
report was discussed with staff on 20 May and presented to the parents' association on 27 May. The board accepts
the report's findings.</p>
<h2>Part B: Follow-up actions planned or undertaken since the completion of the inspection activity</h2>
<ul>
<li>A revised Code of Behaviour and a new Anti-Bullying Policy were ratified by the board on 26 May 2025 and are now
available on the school's website and in the parents' handbook.</li>
<li>Class teachers now meet the special education teachers each September and February to go through the results of
the standardised tests, and their fortnightly plans show the groups and targets drawn from that data.</li>
<li>The principal and deputy principal met each assistant principal in June and agreed a role for each post:
literacy, numeracy, well-being and digital learning. The staff felt that written yearly targets would add paperwork
without benefit, and progress will instead be discussed informally at the end of each year.</li>
<li>From September a Gaeilge programme, Frása na Seachtaine, will put a phrase of the week on every classroom door,
and staff will use Irish for greetings, instructions and the yard.</li>
<li>The board notes the inspectors' comments on accommodation. Funding for a general-purpose room is a matter for the
Department, and the board will keep the question under review with the patron.</li>
<li>The board considered the timing of additional reading support, which overlaps with PE in the senior classes,
at its May meeting. With 312 pupils and one
general-purpose area shared by every class, there is no other slot in the senior timetable, so the present
arrangement will continue for the coming year.</li>
</ul>
<p>The board looks forward to building on the report over the next three years.</p>
<p class='meta'>Signed: Fr Cathal Moriarty, Chairperson, Board of Management &#183; Ms Orla Keneally, Principal</p>
"""
    render(doc(body, "Serif", "10.5pt", "#233f74", "#e4eaf4"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Whole-School Evaluation - St Colman's NS, Knocklara - 19876K",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="St Colman's NS - school response to the report",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The board of management should review and ratify the school's",
         "reply_contains": "were ratified by the board on 26 May 2025", "verdict": "agrees"},
        {"number": 2, "starts_with": "Teachers should use the results of standardised tests and other",
         "reply_contains": "their fortnightly plans show the groups and targets", "verdict": "agrees"},
        {"number": 3, "starts_with": "The principal and deputy principal should agree clearly defined leadership",
         "reply_contains": "written yearly targets would add paperwork without benefit", "verdict": "partly"},
        {"number": 4, "starts_with": "Irish should be used more widely as a language of informal",
         "reply_contains": "will put a phrase of the week on every classroom door", "verdict": "agrees"},
        {"number": 5, "starts_with": "It is recommended that the special education team draw up",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "It is recommended that pupils no longer be withdrawn from physical",
         "reply_contains": "the present arrangement will continue for the coming year", "verdict": "disagrees"},
        {"number": 7, "starts_with": "It is recommended that the board engage with the patron",
         "reply_contains": "The board notes the inspectors' comments on accommodation", "verdict": "noted"},
    ]
    unmatched = ["thanks the inspectors for the courteous way",
                 "looks forward to building on the report over the next three years"]
    notes = ("Advice: a schools inspectorate's WHOLE-SCHOOL EVALUATION REPORT (the Education Act 1998 named as "
             "context). Recommendations 1-4 are BULLETS under 'Recommendations' in a boxed summary, right after "
             "BULLETED 'Main findings' in the same box; 5-7 are UNNUMBERED 'It is recommended that ...' SENTENCES at "
             "the end of paragraphs in sections 1, 2 and 4. Traps: evaluation activities table; numbered sections "
             "1.-4.; the Act paraphrased ('the board must'); the 2018 recommendation quoted ('should be "
             "introduced'); parents' 'should be dropped'; 'The inspectors do not recommend any change to the "
             "school's practice of teaching mathematics in ability groups'. Response: the board of management's "
             "SCHOOL RESPONSE TO THE REPORT: Part A observations, 'accepts the report's findings' (answers nothing "
             "in particular); Part B BULLETS by THEME, no numbers, no quotes: 1 policies ratified (agrees); 2 test "
             "results used in planning (agrees); 3 roles agreed but no written targets (partly); 4 Gaeilge "
             "programme (agrees); 7 'The board notes the inspectors' comments on accommodation', a matter for the "
             "Department (noted); 6 support timing considered, 'the present arrangement will continue' (disagrees; "
             "the bullet says only 'overlaps with PE'); closing (nothing); 5 never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

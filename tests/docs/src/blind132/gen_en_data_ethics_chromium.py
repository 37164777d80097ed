"""Round 132 (EN): an English police and crime commissioner's independent DATA ETHICS COMMITTEE's ADVICE on a force's
proposed analytics tool, answered by the CHIEF CONSTABLE's RESPONSE quoting each piece of advice in a grey box
('The Committee advised (c): "..."') followed by 'Force response'.
The advice: LETTERED items (a)-(g) that run on across three sub-headings ('Before any live use', 'During the pilot',
'After the pilot'), the letters not restarting. Traps: the Committee's four questions to the project team as (i)-(iv),
the Data Protection Act 2018 and the Equality Act 2010 paraphrased ('must'), test figures as bullets, the Committee's
'Conclusions' (numbered 1-3, not recommendations), the project team's own proposal quoted ('should be trusted'), a
closing naming '(a) and (e)'.
The response: introduction (nothing); quoted advice in the order (a), (c), (b), (e), (d), (g); a section 'Other
points raised at the meeting' with figures (nothing); (f) is never quoted or answered.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (advice) / Liberation Serif (response) via @font-face,
ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references
invented; the two Acts are named as context only (what is said of them is paraphrased and not to be relied on).
Run:  /tmp/blind132en/bin/python tests/docs/src/blind132/gen_en_data_ethics_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b132en as H

NAME = "blind132_en_data_ethics"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: 210mm 297mm; margin: 22mm 23mm 20mm 23mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.38; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; color: %(c)s; margin: 13pt 0 4pt 0; }
h3 { font-size: 10.5pt; font-style: italic; font-weight: normal; margin: 9pt 0 3pt 0; color: %(c)s;
     border-bottom: 0.6pt solid #bbb; padding-bottom: 1pt; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.band { background: %(c)s; color: white; font-size: 8.5pt; letter-spacing: 0.6pt; padding: 3pt 6pt; margin-bottom: 8pt; }
.adv { margin: 0 0 6pt 0; padding-left: 24pt; text-indent: -24pt; }
.adv span { display: inline-block; width: 24pt; text-indent: 0; font-weight: bold; }
ol, ul { margin: 0 0 7pt 0; padding-left: 22pt; } li { margin-bottom: 2.5pt; }
ol.roman { list-style-type: lower-roman; }
.quote { background: #eeeeee; border-left: 3pt solid #888; padding: 5pt 8pt; margin: 10pt 0 4pt 0; font-size: 10pt; }
.quote b { display: block; font-size: 9pt; color: #444; }
.fr { font-weight: bold; margin: 0 0 2pt 0; break-after: avoid; page-break-after: avoid; }
.item { break-inside: avoid; page-break-inside: avoid; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


ADV = {
    "a": "The force should commission an independent test of the model for bias by age, sex, ethnicity and "
         "disability, and publish a summary of the result, before any live use.",
    "b": "A supervisor should always make the final risk grading, and the tool's score should not be shown "
         "until the supervisor has recorded an initial grading of their own.",
    "c": "The force should publish a plain-English explanation of the tool on its website, saying what data it "
         "uses, what it does not use and who to contact with a concern.",
    "d": "The pilot should be limited to the Northern command area and should end after six months unless "
         "the Committee has seen the evaluation.",
    "e": "The model should not use information about a person's previous contact with mental health services "
         "as an input.",
    "f": "Every case in which the supervisor's grading differs from the tool's score should be logged, and the "
         "log reviewed each month by an inspector outside the missing persons unit.",
    "g": "The Commissioner should fund a small panel of families of missing people to review the tool's "
         "guidance and the letters sent to families.",
}


def advice():
    a = lambda k: f"<p class='adv'><span>({k})</span>{ADV[k]}</p>"
    body = f"""
<div class='band'>OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR HARROWDALE &#183; INDEPENDENT DATA ETHICS COMMITTEE</div>
<h1>Advice on Project LANTERN: missing person risk triage</h1>
<p class='meta'>Meeting of 9 September 2025 &#183; Advice note DEC/2025/07 &#183; Chair: Professor Hilary Nwachukwu-Dale
&#183; Issued 22 September 2025</p>
<h2>1. The proposal</h2>
<p>Harrowdale Police receives about 5,200 missing person reports a year. Each report is graded as low, medium or high
risk by a supervisor in the missing persons unit. Project LANTERN would add a statistical model that reads the report
and the person's history in force systems and suggests a risk score from 1 to 10. The project team's paper said the
score "should be trusted as a second opinion, not a decision".</p>
<p>The Committee put four questions to the project team before the meeting:</p>
<ol class='roman'>
<li>What problem is the tool meant to solve, and how will the force know whether it has?</li>
<li>Which data fields does the model use, and why each one?</li>
<li>How was the model tested, and on whose records?</li>
<li>What will a family or a missing person be told about its use?</li>
</ol>
<h2>2. The legal frame</h2>
<p>The force must be able to show that processing for law enforcement purposes is necessary and proportionate under
Part 3 of the Data Protection Act 2018, and, under the Equality Act 2010, it must have due regard to the public sector
equality duty when it designs and uses the tool. The Committee gives ethical advice only; it is not a legal
regulator and its advice does not bind the Chief Constable.</p>
<h2>3. What the Committee heard</h2>
<ul>
<li>The model was built on 4,812 reports from 2021 to 2024 and agreed with the supervisor's grading in 71 per cent of
test cases.</li>
<li>In 9 per cent of test cases the model scored a report as low risk that a supervisor had graded high.</li>
<li>Records of contact with mental health services are among the three inputs that weigh most in the score.</li>
<li>No test has yet been done of how the model performs for different groups of people.</li>
</ul>
<h2>4. Conclusions</h2>
<ol>
<li>The aim of helping supervisors grade risk consistently is legitimate and worth pursuing.</li>
<li>The evidence so far does not show that the tool is safe to use without a human decision on every report.</li>
<li>The project team engaged openly, and the Committee would welcome the chance to see it again.</li>
</ol>
<h2>5. The Committee's advice</h2>
<p>The Committee does not object to a pilot, on the following terms.</p>
<h3>Before any live use</h3>
{a('a')}{a('b')}{a('c')}
<h3>During the pilot</h3>
{a('d')}{a('e')}{a('f')}
<h3>After the pilot</h3>
{a('g')}
<h2>6. Closing</h2>
<p>Members regard (a) and (e) as the conditions that matter most, and ask the Chief Constable to reply in writing
before the pilot begins.</p>
<p class='meta'>Members present: Prof. H. Nwachukwu-Dale (chair), Ravi Penhallow, Dr Siobhan Kettering, Mark Adeyemi-Ford,
Joanna Strudwick. Apologies: Dr Leon Farrant.</p>
"""
    return doc(body, "Sans", "10pt", "#2d3a6b")


def response():
    q = lambda k: f"<div class='quote'><b>The Committee advised ({k})</b>\u201c{ADV[k]}\u201d</div>"
    body = f"""
<div class='band'>HARROWDALE POLICE &#183; OFFICE OF THE CHIEF CONSTABLE</div>
<h1>Project LANTERN: response to the Data Ethics Committee</h1>
<p class='meta'>To: Professor Hilary Nwachukwu-Dale, Chair, Independent Data Ethics Committee &#183; From: Chief
Constable Ruth Calloway-Mensah &#183; 17 November 2025 &#183; Ref. HP/CC/25/412</p>
<h2>Introduction</h2>
<p>I am grateful to the Committee for its careful scrutiny of Project LANTERN. The force has accepted most of what the
Committee advised, and where it has not, I explain why. I have set out each piece of advice below as the Committee
wrote it, followed by the force's response. No live use will begin before 1 February 2026.</p>
<div class='item'>{q('a')}
<p class='fr'>Force response</p>
<p>Agreed. The University of Tremorden's statistics department has been engaged to carry out the test, and its summary
will be published on the force website in January 2026.</p></div>
<div class='item'>{q('c')}
<p class='fr'>Force response</p>
<p>Agreed. A draft explainer has been written with the Corporate Communications team and is attached for comment; it
will go live on the day the pilot starts.</p></div>
<div class='item'>{q('b')}
<p class='fr'>Force response</p>
<p>Agreed in part. The supervisor will remain the decision-maker in every case and must record reasons for the
grading. However, hiding the score until after an initial grading would add delay on urgent reports, so the score
will be displayed alongside the report from the start.</p></div>
<div class='item'>{q('e')}
<p class='fr'>Force response</p>
<p>Not accepted. Removing this field would reduce the model's accuracy for the people at greatest risk, and the force
judges that the safeguards in this response are a better answer to the Committee's concern. The field will be kept,
and its weight will be part of the independent test.</p></div>
<div class='item'>{q('d')}
<p class='fr'>Force response</p>
<p>The pilot will last six months, as the Committee suggested, but it will run in both the Northern and Eastern
command areas so that the sample is large enough to evaluate. The evaluation will be shared with the Committee
before any extension is considered.</p></div>
<div class='item'>{q('g')}
<p class='fr'>Force response</p>
<p>This is a matter for the Commissioner rather than the force. I have passed the suggestion to the Commissioner's
chief executive and will let the Committee know the outcome when a decision has been made.</p></div>
<h2>Other points raised at the meeting</h2>
<p>Members asked about the number of reports in 2024: there were 5,236, of which 612 concerned children in care.
Members also asked about retention; records used to build the model will be deleted after seven years, in line with the
force's retention schedule.</p>
<p>Ruth Calloway-Mensah<br>Chief Constable</p>
"""
    return doc(body, "Serif", "10.5pt", "#1f2f55")


def main():
    tmp = tempfile.mkdtemp(prefix="blind132en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Harrowdale OPCC - Data Ethics Committee - DEC/2025/07",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Harrowdale Police - Project LANTERN - HP/CC/25/412",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The force should commission an independent test of the model",
         "reply_contains": "statistics department has been engaged to carry out the test", "verdict": "agrees"},
        {"number": 2, "starts_with": "A supervisor should always make the final risk grading, and",
         "reply_contains": "the score will be displayed alongside the report from the start",
         "verdict": "partly"},
        {"number": 3, "starts_with": "The force should publish a plain-English explanation of the tool",
         "reply_contains": "A draft explainer has been written with the Corporate Communications team",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The pilot should be limited to the Northern command area",
         "reply_contains": "it will run in both the Northern and Eastern command areas",
         "verdict": "partly"},
        {"number": 5, "starts_with": "The model should not use information about a person's previous",
         "reply_contains": "Removing this field would reduce the model's accuracy", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Every case in which the supervisor's grading differs from the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "The Commissioner should fund a small panel of families of",
         "reply_contains": "I have passed the suggestion to the Commissioner's chief executive",
         "verdict": "noted"},
    ]
    unmatched = ["The force has accepted most of what the Committee advised",
                 "there were 5,236, of which 612 concerned children in care",
                 "will be deleted after seven years, in line with"]
    notes = ("Advice: an English police and crime commissioner's independent DATA ETHICS COMMITTEE's advice note on "
             "a force's missing-person risk tool; seven LETTERED items (a)-(g) in hanging paragraphs running on "
             "across three italic sub-headings ('Before any live use' a-c, 'During the pilot' d-f, 'After the "
             "pilot' g), each with 'should'. Traps: the project team's paper quoted ('should be trusted'), the "
             "Committee's questions (i)-(iv), the Data Protection Act 2018 and Equality Act 2010 paraphrased "
             "('must'), findings bullets with figures, 'Conclusions' numbered 1-3 (not recommendations), a closing "
             "naming '(a) and (e)'. Response: the Chief Constable's RESPONSE QUOTING each piece of advice in a grey "
             "box 'The Committee advised (x)' followed by 'Force response', in the order a, c, b, e, d, g: (a) "
             "Agreed, university engaged (agrees); (c) Agreed, explainer drafted (agrees); (b) 'Agreed in part', "
             "supervisor decides but the score is shown from the start (partly); (e) 'Not accepted', field kept "
             "(disagrees); (d) six months but two command areas (partly); (g) 'a matter for the Commissioner', "
             "passed on (noted); (f) the log of differing gradings is never quoted or answered (unanswered). The "
             "introduction and 'Other points raised at the meeting' (report numbers, retention) answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

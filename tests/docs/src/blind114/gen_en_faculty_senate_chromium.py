"""Round 114 (EN): a US state university FACULTY SENATE's report and RESOLUTION on generative AI in teaching and
assessment, seven recommendations as UNNUMBERED 'RESOLVED, that ...' clauses of a formal resolution (after five
'WHEREAS' clauses that are not recommendations), answered by the PROVOST's MEMORANDUM that QUOTES each resolved clause
(no numbers) and follows it with 'Provost's response:', in ANOTHER ORDER (2, 1, 3, 6, 4, 5), one clause (the seventh)
never quoted nor answered, and a closing section answering the Senate's OTHER resolution.
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Serif (advice) and DejaVu Sans Condensed (memorandum)
via @font-face, ligatures off, fresh --user-data-dir; maroon masthead with a gold rule, the committee's numbered
charge QUESTIONS and numbered FINDINGS set in two CSS columns (not recommendations), the resolution set as a formal
document with a centred title and bold WHEREAS / RESOLVED; header and 'Page N of M' stamped from page 2. All bodies,
people, places, figures and policy numbers invented; FERPA is named as context only (what is said of it here is not to
be relied on).
Run:  /tmp/blind114en/bin/python tests/docs/src/blind114/gen_en_faculty_senate_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b114en as H

NAME = "blind114_en_faculty_senate"
MAROON = "#6e1f2b"
GOLD = "#c8a24a"
CSS = """
@font-face { font-family: LSerif; src: url('file://%(sr)s'); }
@font-face { font-family: LSerif; font-weight: bold; src: url('file://%(sb)s'); }
@font-face { font-family: LSerif; font-style: italic; src: url('file://%(si)s'); }
@font-face { font-family: DCond; src: url('file://%(dr)s'); }
@font-face { font-family: DCond; font-weight: bold; src: url('file://%(db)s'); }
@font-face { font-family: DCond; font-style: italic; src: url('file://%(di)s'); }
@page { size: Letter; margin: 18mm 22mm 20mm 22mm; }
body { font-family: %(fam)s; font-size: %(fs)s; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1b1b1b; }
p { margin: 0 0 6px 0; }
.mast { background: MAROON; color: #fff; padding: 9px 12px 8px 12px; border-bottom: 4px solid GOLD; }
.mast .u { font-size: 9pt; letter-spacing: 1.5px; text-transform: uppercase; }
.mast .s { font-size: 15pt; font-weight: bold; }
h1 { font-size: 17pt; color: MAROON; margin: 12px 0 2px 0; }
.sub { font-size: 10.5pt; font-style: italic; color: #444; margin-bottom: 8px; }
h2 { font-size: 12pt; color: MAROON; margin: 12px 0 5px 0; border-bottom: 1px solid GOLD; padding-bottom: 2px; break-after: avoid; }
ol { margin: 2px 0 7px 0; padding-left: 24px; }
ol li { margin-bottom: 2px; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #cfc6b6; margin: 4px 0 8px 0; }
.cols p { break-inside: avoid; font-size: 10pt; }
.res { border: 1.5px solid MAROON; padding: 10px 14px 6px 14px; margin-top: 10px; }
.res .t { text-align: center; font-weight: bold; font-size: 12.5pt; letter-spacing: 1px; margin-bottom: 2px; }
.res .tt { text-align: center; font-style: italic; margin-bottom: 10px; }
.res p { margin-bottom: 7px; text-align: justify; }
.adopt { font-size: 10pt; margin-top: 8px; }
.memohead { border-bottom: 2px solid MAROON; padding-bottom: 4px; margin-bottom: 8px; }
.memohead .o { font-size: 13pt; font-weight: bold; color: MAROON; }
.memohead .a { font-size: 8.6pt; color: #555; }
.memo { font-size: 15pt; font-weight: bold; letter-spacing: 3px; margin: 6px 0 6px 0; }
table.to td { padding: 1px 12px 1px 0; vertical-align: top; font-size: 10pt; }
hr { border: 0; border-top: 1px solid #999; margin: 7px 0 9px 0; }
.q { margin: 9px 0 4px 0; padding: 5px 10px; border-left: 3px solid GOLD; background: #f7f3ea; font-size: 9.6pt; break-inside: avoid; break-after: avoid; }
.q i { color: #333; }
.r { margin: 0 0 8px 0; }
h3 { font-size: 10.6pt; margin: 12px 0 4px 0; color: MAROON; }
"""


def page(body, serif=True):
    css = CSS % {"sr": H.clean_font("LiberationSerif-Regular.ttf"), "sb": H.clean_font("LiberationSerif-Bold.ttf"),
                 "si": H.clean_font("LiberationSerif-Italic.ttf"), "dr": H.clean_font("DejaVuSansCondensed.ttf"),
                 "db": H.clean_font("DejaVuSansCondensed-Bold.ttf"), "di": H.clean_font("DejaVuSansCondensed-Oblique.ttf"),
                 "fam": "LSerif" if serif else "DCond", "fs": "10.6pt" if serif else "9.8pt"}
    css = css.replace("MAROON", MAROON).replace("GOLD", GOLD)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


CLAUSES = [
    "that the Provost amend the Academic Integrity Policy to state that each instructor decides whether and how "
    "students may use generative AI tools in that instructor's courses, and that this decision be stated in every syllabus;",
    "that no finding of academic misconduct be based solely on a score produced by AI-detection software;",
    "that the University provide every faculty member and every student with licensed access to a generative AI tool "
    "that does not retain or train on University data, beginning in fall 2026;",
    "that faculty who redesign the assessments in a course to address generative AI receive a one-time stipend of "
    "$1,500 or a course release;",
    "that the University establish a standing committee of faculty, students and Information Technology staff to "
    "review generative AI tools before they are adopted for use in teaching;",
    "that future University contracts with vendors of learning technology prohibit the vendor from using student "
    "work to train artificial intelligence models;",
    "that the Provost report to the Faculty Senate each semester on the use of generative AI in teaching and on "
    "academic misconduct cases involving such tools.",
]


def advice():
    res = "".join(f"<p><b>RESOLVED</b>, {c}{' and be it further' if i < 6 else ''}</p>" for i, c in enumerate(CLAUSES))
    return page(f"""
<div class="mast"><div class="u">Harlan Ridge State University</div><div class="s">Faculty Senate</div></div>
<h1>Generative AI in Teaching and Assessment</h1>
<div class="sub">Report of the Ad Hoc Committee on Generative AI, with Senate Resolution FS 25-26-09 &middot; Adopted March 3, 2026</div>
<h2>1. The committee's charge</h2>
<p>In September 2025 the Senate Executive Committee established an ad hoc committee of nine faculty members, two students and one librarian, chaired by Professor Luis Ferreira-Banks (Philosophy), and asked it to answer four questions:</p>
<ol>
<li>How are faculty and students at Harlan Ridge using generative AI tools in their courses?</li>
<li>Are the University's current policies on academic integrity adequate for these tools?</li>
<li>What support do faculty need to adapt their teaching and assessment?</li>
<li>What risks do these tools pose to student privacy and to intellectual property?</li>
</ol>
<p>The committee surveyed all faculty (412 responses, a 31 percent response rate) and a random sample of students (1,806 responses), held six listening sessions on the main campus and at the Eastgate center, and reviewed the policies of fourteen peer institutions.</p>
<h2>2. What we found</h2>
<div class="cols">
<p><b>1. Use is widespread and uneven.</b> Sixty-eight percent of students report using AI tools for coursework at least weekly. Forty-one percent of faculty prohibit all use in their courses, while 22 percent have no stated policy at all.</p>
<p><b>2. Policy is unclear.</b> The Academic Integrity Policy (Policy 3.14) states that students must not submit work that is not their own, but it does not say whether AI-assisted work is a student's own. Several faculty told us the University should have issued guidance two years ago.</p>
<p><b>3. Detection tools are unreliable.</b> In a test by the committee, the detection feature licensed by the University flagged nine of forty essays that students had written without any AI assistance. Six of the nine were written by students whose first language is not English.</p>
<p><b>4. Redesign takes time.</b> Seventy-three percent of faculty respondents said that redesigning the assessments in one course would take more than twenty hours, and most said they would do it only over the summer.</p>
<p><b>5. Privacy is at risk.</b> Several free tools used in courses retain prompts and uploaded files. Under FERPA, institutions must protect the privacy of student education records; we offer no legal opinion on whether any current use breaches that duty.</p>
</div>
<h2>3. Earlier Senate action and matters not addressed</h2>
<p>In Resolution FS 23-24-04 the Senate urged that &ldquo;the University should adopt a campus-wide syllabus statement on academic integrity.&rdquo; That statement was adopted in fall 2024, and the committee does not revisit it. The committee also discussed a ban on AI tools in first-year writing courses and decided against recommending one: the decision belongs to the Department of English and Writing, which has its own review under way.</p>
<p>The committee's recommendations were debated by the full Senate on February 17 and March 3, 2026, and adopted, with two amendments, as the resolution that follows.</p>
<div class="res">
<div class="t">RESOLUTION FS 25-26-09</div>
<div class="tt">On Generative Artificial Intelligence in Teaching and Assessment</div>
<p><b>WHEREAS</b> generative artificial intelligence tools are now used by a majority of Harlan Ridge students in their coursework; and</p>
<p><b>WHEREAS</b> the University's Academic Integrity Policy does not state whether or when the use of such tools is permitted; and</p>
<p><b>WHEREAS</b> AI-detection software has been shown to produce false accusations, which fall most heavily on students writing in a second language; and</p>
<p><b>WHEREAS</b> many faculty cannot redesign their courses without time and support; and</p>
<p><b>WHEREAS</b> the responsibility for the curriculum and for the assessment of student learning rests with the faculty; therefore be it</p>
{res}
</div>
<p class="adopt">ADOPTED by the Faculty Senate of Harlan Ridge State University on March 3, 2026, by a vote of 38 in favor, 4 opposed and 2 abstaining. The Senate asks the Provost to respond in writing within sixty days and regards the second and third resolved clauses as the most urgent.</p>
<p class="adopt">Attest: Dr. Renata Soliz, Secretary of the Faculty Senate</p>
""")


def response():
    q = lambda i: f"<div class='q'><b>Resolved clause:</b> <i>{CLAUSES[i - 1].rstrip(';.')}</i></div>"
    return page(f"""
<div class="memohead"><div class="o">Harlan Ridge State University</div>
<div class="a">Office of the Provost and Vice President for Academic Affairs &middot; Founders Hall 210</div></div>
<div class="memo">MEMORANDUM</div>
<table class="to">
<tr><td><b>TO:</b></td><td>Dr. Alan Whitcombe, President of the Faculty Senate</td></tr>
<tr><td><b>FROM:</b></td><td>Dr. Celeste Amari-Novak, Provost and Vice President for Academic Affairs</td></tr>
<tr><td><b>DATE:</b></td><td>April 27, 2026</td></tr>
<tr><td><b>RE:</b></td><td>Response to Faculty Senate Resolution FS 25-26-09, Generative AI in Teaching and Assessment</td></tr>
</table>
<hr/>
<p>Thank you for forwarding Resolution FS 25-26-09 together with the ad hoc committee's report. The committee's survey gives us far better information than we have had before, and the Deans' Council discussed it at length on April 14.</p>
<p>Below I quote each resolved clause and give my response. I have taken them in the order in which the decisions will need to be made, beginning with those that affect the coming academic year.</p>
{q(2)}
<p class="r"><b>Provost's response:</b> I agree. Effective immediately, the Office of Student Conduct will not treat a detection score as evidence on its own, and the University will not renew the detection feature when the current license ends on June 30, 2026.</p>
{q(1)}
<p class="r"><b>Provost's response:</b> I agree, and a revised Policy 3.14 will be issued before the start of the fall 2026 semester. Syllabi for fall courses will be expected to include a statement on generative AI; the Center for Teaching Excellence has drafted three model statements that instructors may adapt.</p>
{q(3)}
<p class="r"><b>Provost's response:</b> The University has negotiated an enterprise agreement that will give all faculty and staff access to a protected AI assistant from August 2026. Extending licenses to all 14,200 students would cost about $610,000 a year, which is not in the FY2027 budget. Instead, students in 40 pilot course sections will have access during 2026-27, and we will decide on wider access in light of the pilot.</p>
{q(6)}
<p class="r"><b>Provost's response:</b> I share the concern, but I cannot support this as a blanket requirement. Most of our learning technology is bought through the state higher education purchasing consortium, whose standard terms we cannot change on our own, and a flat prohibition would exclude several vendors we rely on. Procurement Services will continue to review data terms case by case.</p>
{q(4)}
<p class="r"><b>Provost's response:</b> The FY2027 budget does not allow for stipends or course releases of this kind, and I am not able to approve them. Faculty who wish to redesign their assessments can continue to use the Center for Teaching Excellence's individual consultations and its spring workshop series.</p>
{q(5)}
<p class="r"><b>Provost's response:</b> The Chief Information Officer is reviewing the University's IT governance structure this summer. I have asked her to consider whether a standing committee of this kind should form part of that structure, and I will return to the Senate once her review is complete.</p>
<h3>Resolution FS 25-26-04</h3>
<p>I also want to respond briefly to the Senate's earlier Resolution FS 25-26-04 on the academic calendar. The calendar committee will present two options for a fall break in 2027-28 at the Senate's May meeting, and no change will be made to the 2026-27 calendar.</p>
<p>I am grateful to the committee, and in particular to Professor Ferreira-Banks, for a thoughtful report. My office will be glad to discuss this response with the Senate Executive Committee at its May 5 meeting.</p>
<p style="margin-top:10px">c: President Harold J. Tennant; Chief Information Officer; Director, Center for Teaching Excellence; Director, Office of Student Conduct</p>
""", serif=False)


def main():
    tmp = tempfile.mkdtemp(prefix="blind114en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Harlan Ridge State University Faculty Senate - Resolution FS 25-26-09",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Office of the Provost - Response to Resolution FS 25-26-09",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSansCondensed.ttf"))
    recs = [
        {"number": 1, "starts_with": "that the Provost amend the Academic Integrity Policy to state that",
         "reply_contains": "a revised Policy 3.14 will be issued before the start", "verdict": "agrees"},
        {"number": 2, "starts_with": "that no finding of academic misconduct be based solely on",
         "reply_contains": "will not treat a detection score as evidence on its own", "verdict": "agrees"},
        {"number": 3, "starts_with": "that the University provide every faculty member and every student with",
         "reply_contains": "students in 40 pilot course sections will have access", "verdict": "partly"},
        {"number": 4, "starts_with": "that faculty who redesign the assessments in a course to address",
         "reply_contains": "does not allow for stipends or course releases of this kind", "verdict": "disagrees"},
        {"number": 5, "starts_with": "that the University establish a standing committee of faculty, students and",
         "reply_contains": "I have asked her to consider whether a standing committee", "verdict": "noted"},
        {"number": 6, "starts_with": "that future University contracts with vendors of learning technology prohibit",
         "reply_contains": "I cannot support this as a blanket requirement", "verdict": "disagrees"},
        {"number": 7, "starts_with": "that the Provost report to the Faculty Senate each semester",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the Deans' Council discussed it at length on April 14",
                 "in the order in which the decisions will need to be made",
                 "present two options for a fall break in 2027-28",
                 "glad to discuss this response with the Senate Executive Committee"]
    notes = ("Advice: US state university FACULTY SENATE report of its Ad Hoc Committee on Generative AI with Senate "
             "Resolution FS 25-26-09; recs are seven UNNUMBERED clauses 'RESOLVED, that ...' (each but the last ending "
             "'and be it further') inside a bordered formal resolution after five 'WHEREAS' clauses; starts_with omits "
             "the 'RESOLVED,' label; traps: the committee's numbered charge QUESTIONS 1-4, numbered FINDINGS 1-5 in two "
             "CSS columns ('the University should have issued guidance two years ago'), Policy 3.14 'students must not "
             "submit work that is not their own', FERPA 'institutions must protect', the Senate's earlier resolution "
             "quoted ('the University should adopt a campus-wide syllabus statement'), a writing-course ban 'decided "
             "against recommending', WHEREAS clauses, closing 'the second and third resolved clauses as the most "
             "urgent'. Response: PROVOST's MEMORANDUM (TO/FROM/DATE/RE) that QUOTES each clause without any number "
             "('Resolved clause:' in a shaded block) then 'Provost's response:', order 2, 1, 3, 6, 4, 5: detection "
             "score not evidence on its own, license not renewed (2 agrees); revised Policy 3.14 before fall 2026 (1 "
             "agrees); faculty and staff from August 2026 but students only in 40 pilot sections (3 partly); 'cannot "
             "support this as a blanket requirement' for vendor contracts (6 disagrees); no stipends or course "
             "releases, 'not able to approve them' (4 disagrees); CIO asked to consider a standing committee in her "
             "review (5 noted); 7 (report to the Senate each semester) never quoted nor answered (unanswered); opening "
             "(Deans' Council April 14), order explanation, a section answering the Senate's OTHER Resolution FS "
             "25-26-04 on the academic calendar, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

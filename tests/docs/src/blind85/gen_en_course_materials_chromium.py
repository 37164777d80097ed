"""Round 85 (EN): a US public university FACULTY SENATE AD HOC COMMITTEE REPORT (genre: a senate committee's report
on a campus policy question, with survey findings in two columns and the recommendations as UNNUMBERED bullets with
bold run-in labels) answered by the administration's BOARD OF TRUSTEES AGENDA ITEM (an information item: summary,
background, the administration's response by subject, a related contract item, and the 'Recommended Board action').
Advice: Northfield State University Faculty Senate, Report of the Ad Hoc Committee on Course Materials
Affordability, April 2026, 2-3 p.
Response: Board of Trustees, Agenda Item 9.B, September 17, 2026, 2 p.; no numbers; order 6, 4, 2+3, 1, 5; 7
unanswered.
Chromium headless --print-to-pdf (US Letter, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir);
header and page numbers stamped from page 2. The university, the statute's section number and wording, people and
figures are invented.

Run:  /tmp/blind85en/bin/python tests/docs/src/blind85/gen_en_course_materials_chromium.py   (needs chromium)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b85en as H

NAME = "blind85_en_course_materials"


def css():
    faces = ""
    for fam, files in (("Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                       ("Serif", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"))):
        for f, w, s in zip(files, ("normal", "bold", "normal"), ("normal", "normal", "italic")):
            faces += ("@font-face { font-family: '%s'; src: url('file://%s'); font-weight: %s; font-style: %s; }\n"
                      % (fam, H.clean_font(f), w, s))
    return faces + """
@page { size: 8.5in 11in; margin: 0.85in 0.8in 0.85in 0.8in; }
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { font-family: 'Serif'; font-size: 9.8pt; line-height: 1.42; color: #1b1b1b; }
h1 { font-family: 'Sans'; font-size: 17pt; margin: 0 0 1mm 0; color: #6b1d2a; }
h2 { font-family: 'Sans'; font-size: 11pt; margin: 5mm 0 2mm 0; color: #6b1d2a; break-after: avoid; }
p { margin: 0 0 2.4mm 0; }
.mast { font-family: 'Sans'; font-size: 8.5pt; letter-spacing: 0.5pt; color: #6b1d2a; border-bottom: 2pt solid #c9a227; padding-bottom: 1.5mm; margin-bottom: 4mm; }
.two { column-count: 2; column-gap: 7mm; }
.two p { text-align: justify; }
.fig { font-family: 'Sans'; font-size: 8.4pt; background: #f6efe0; padding: 2mm 3mm; margin: 0 0 3mm 0; break-inside: avoid; }
ul.recs { padding-left: 6mm; margin: 0 0 3mm 0; }
ul.recs li { margin-bottom: 2.2mm; }
.board { font-family: 'Sans'; font-size: 9.4pt; }
.board h1 { font-size: 14pt; color: #16325c; }
.board h2 { color: #16325c; text-transform: uppercase; font-size: 9.8pt; letter-spacing: 0.4pt; }
table.meta { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm 0; font-size: 8.8pt; }
table.meta td { border: 0.6pt solid #8a98ad; padding: 1.2mm 2mm; vertical-align: top; }
table.meta td.k { background: #e8edf4; font-weight: bold; width: 32%; }
.subj { font-weight: bold; }
"""


ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="mast">NORTHFIELD STATE UNIVERSITY &middot; FACULTY SENATE</div>
<h1>Report of the Ad Hoc Committee on Course Materials Affordability</h1>
<p style="font-family:'Sans'; font-size:9pt; color:#555; margin-bottom:4mm">Received by the Faculty Senate on April 21,
2026 &middot; Senate Document FS 25-26/14 &middot; Committee chair: Prof. Miriam Osei-Lindqvist (Chemistry)</p>

<h2>Charge</h2>
<p>By Senate Resolution 25-26/03, the Faculty Senate asked this committee to examine what Northfield students pay for
textbooks and other required course materials, how those costs affect their studies, and what the University could
do to reduce them. The committee met eleven times between October 2025 and March 2026 and included six faculty
members, two students appointed by the Associated Students and, as a non-voting member, the director of the
University Bookstore.</p>

<h2>What we found</h2>
<div class="two">
<div class="fig">Student survey, February 2026 (n = 2,914): <b>58%%</b> did not buy at least one required text;
<b>31%%</b> took fewer courses because of cost; average spend <b>$742</b> per academic year.</div>
<p>Students told us plainly that they should not have to choose between a textbook and a meal. A third of
respondents had delayed buying materials until after the add/drop deadline, and first-generation students were twice
as likely as others to go without a required text.</p>
<p>Section 33-1127 of the state Education Code provides that each public institution must post the required
materials for a course at least 30 days before the start of registration. Northfield complied with this for only 46
percent of sections in fall 2025, largely because adoptions reach the Bookstore late.</p>
<p>In 2019 the Senate resolved that &ldquo;the University should explore open educational resources as a means of
reducing student costs.&rdquo; Since then, faculty have converted 38 courses to open or free materials, almost all
without support or release time. The committee heard that this work is not counted in annual review, and that junior
faculty are advised not to undertake it.</p>
<p>Since 2023, 64 course sections have used an &ldquo;inclusive access&rdquo; model in which a digital text is billed
automatically to the student's account. Students may opt out, but 40 percent of those we surveyed did not know they
had been charged. The University Library holds reserve copies for only 12 percent of required texts costing more
than $75.</p>
</div>

<h2>Recommendations</h2>
<p>The committee recommends that the Faculty Senate endorse the following and forward them to the Provost and the
Board of Trustees:</p>
<ul class="recs">
<li><b>Open materials grants.</b> Establish a permanent grant fund of $250,000 a year to support faculty who replace
commercial textbooks with open or free materials, with priority for high-enrollment general education courses.</li>
<li><b>Costs at registration.</b> Display the total cost of required course materials for each section in the online
class schedule, so that students can see it when they register.</li>
<li><b>Inclusive access billing.</b> End automatic billing for course materials under inclusive access agreements and
charge students only if they choose to opt in.</li>
<li><b>Library reserves.</b> Provide the University Library with recurring funding to buy at least one reserve copy
of every required text that costs more than $75.</li>
<li><b>Recognition in review.</b> Count the creation and adoption of open educational resources as evidence of
teaching excellence in annual review, promotion and tenure.</li>
<li><b>Adoption deadline.</b> Require departments to submit course materials adoptions to the Bookstore at least 60
days before registration opens for the term.</li>
<li><b>Annual reporting.</b> Ask the Provost to report to the Senate each spring on the average cost of course
materials and on progress with these recommendations.</li>
</ul>
<h2>Acknowledgments</h2>
<p>We thank the students who answered our survey, the Office of Institutional Research for analysing it, and the
colleagues who shared their experience of adopting open materials.</p>
</body></html>"""

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body class="board">
<div class="mast" style="color:#16325c; border-bottom-color:#16325c">NORTHFIELD STATE UNIVERSITY &middot; BOARD OF TRUSTEES</div>
<h1>Agenda Item 9.B: Administration Response to the Faculty Senate Report on Course Materials Affordability</h1>
<table class="meta">
<tr><td class="k">Meeting</td><td>Regular meeting, September 17, 2026</td></tr>
<tr><td class="k">Committee</td><td>Academic and Student Affairs Committee</td></tr>
<tr><td class="k">Presented by</td><td>Dr. Colin Ashworth-Reyes, Provost and Vice President for Academic Affairs</td></tr>
<tr><td class="k">Type of item</td><td>Information</td></tr>
</table>

<h2>Summary</h2>
<p>In April 2026 the Faculty Senate endorsed the report of its Ad Hoc Committee on Course Materials Affordability
and forwarded it to the administration. This item reports the administration's response. The Provost is grateful to
the committee and to the Senate for a thorough piece of work, and shares their concern about the effect of course
material costs on student success.</p>

<h2>Administration response</h2>
<p><span class="subj">Timely adoptions.</span> The Provost has issued a directive, effective for the spring 2027 term,
that departments submit all course materials adoptions to the Bookstore no later than 60 days before registration
opens. Department chairs will receive a compliance report each term.</p>
<p><span class="subj">Reserve copies.</span> The 2026-27 budget includes a recurring allocation of $85,000 to the
University Library, which will purchase a reserve copy of every required text above $75 beginning this fall.</p>
<p><span class="subj">Cost transparency and inclusive access.</span> The online class schedule has shown the cost of
required materials for each section since registration for fall 2026 opened in April. The administration does not
recommend ending inclusive access billing: publishers' discounts depend on automatic enrollment, and students can
already opt out by the census date. Instead, the Bookstore will email each student before the opt-out deadline.</p>
<p><span class="subj">Open materials.</span> The administration supports the aim of the proposed grant fund but
cannot commit $250,000 a year. A two-year pilot of $100,000 a year will be funded from one-time money, with awards
made by the Center for Teaching Excellence, and its continuation will be reviewed in 2028.</p>
<p><span class="subj">Faculty review.</span> Criteria for annual review, promotion and tenure are set in the collective
bargaining agreement and in department standards. The Provost has shared the Senate's proposal with the Joint
Labor-Management Committee for its consideration during the next round of negotiations.</p>

<h2>Related item: bookstore contract</h2>
<p>The University's contract for bookstore operations expires on June 30, 2027. A request for proposals will be
issued in January 2027, and the evaluation panel will include a faculty member and a student representative.</p>

<h2>Recommended Board action</h2>
<p>This is an information item only. No action by the Board of Trustees is requested at this time.</p>
</body></html>"""

RECS = [
    (1, "Open materials grants. Establish a permanent grant fund of $250,000",
     "A two-year pilot of $100,000 a year will be funded", "partly"),
    (2, "Costs at registration. Display the total cost of required course materials",
     "has shown the cost of required materials for each section", "agrees"),
    (3, "Inclusive access billing. End automatic billing for course materials under",
     "The administration does not recommend ending inclusive access billing", "disagrees"),
    (4, "Library reserves. Provide the University Library with recurring funding to buy",
     "includes a recurring allocation of $85,000 to the University Library", "agrees"),
    (5, "Recognition in review. Count the creation and adoption of open educational",
     "with the Joint Labor-Management Committee for its consideration", "noted"),
    (6, "Adoption deadline. Require departments to submit course materials adoptions to",
     "The Provost has issued a directive, effective for the spring 2027 term", "agrees"),
    (7, "Annual reporting. Ask the Provost to report to the Senate each", None, "unanswered"),
]


def make(html, which, header, footer):
    tmp = tempfile.mkdtemp(prefix="blind85en_chr_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html % css())
    dst = H.out("%s_%s.pdf" % (NAME, which))
    H.chromium_pdf(src, dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, header=header, footer=footer, skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Faculty Senate - Ad Hoc Committee on Course Materials Affordability - FS 25-26/14", "{n}")
    make(RESPONSE, "response", "Board of Trustees - September 17, 2026 - Agenda Item 9.B", "Page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["The Provost is grateful to the committee and to the Senate",
                      "A request for proposals will be issued in January 2027",
                      "No action by the Board of Trustees is requested"],
                     "Advice: a US public university FACULTY SENATE AD HOC COMMITTEE REPORT: charge, a TWO-COLUMN "
                     "findings section with a shaded survey box (58%, $742), 'Students told us ... they should not "
                     "have to choose', 'Section 33-1127 of the state Education Code ... must post', the Senate's 2019 "
                     "resolution quoted ('the University should explore open educational resources'), Senate "
                     "Resolution 25-26/03; the recommendations are SEVEN UNNUMBERED BULLETS with bold run-in labels "
                     "('Open materials grants.' ...) under 'The committee recommends that the Faculty Senate endorse "
                     "the following' (numbers 1-7 are their order). Response: BOARD OF TRUSTEES AGENDA ITEM 9.B "
                     "(information item): a meta table, Summary, 'Administration response' paragraphs with bold "
                     "subject labels and no numbers, in the order 6, 4, 2+3, 1, 5: adoption directive for spring 2027 "
                     "(6 agrees); $85,000 recurring library allocation (4 agrees); ONE paragraph 'Cost transparency "
                     "and inclusive access' = costs shown since April (2 agrees, done) + 'does not recommend ending "
                     "inclusive access billing' (3 disagrees); a two-year $100,000 pilot instead of $250,000 a year (1 "
                     "partly); review criteria passed to the Joint Labor-Management Committee 'for its consideration' "
                     "(5 noted). 7 (annual report to the Senate) is not answered. Unmatched: Summary, 'Related item: "
                     "bookstore contract', 'Recommended Board action'.")
    sys.exit(H.main([NAME]))

"""Round 82 (EN): an Australian PUBLIC ADVOCATE'S SYSTEMIC ADVOCACY REPORT on restrictive practices in public
sector residential aged care (genre: the report of a state's statutory Public Advocate, the guardian of last resort,
on a systemic issue seen through its guardianship and community visitor work: an executive summary with bulleted key
findings, a method paragraph, a table of psychotropic medication use, a case summary in a sidebar box, chapters in
which each recommendation stands as a numbered 'I recommend that ...' paragraph in italics with a bold hanging
number, a quoted recommendation from an earlier report) answered by the health department's RESPONSE AND
IMPLEMENTATION PLAN (a short introduction, a ruled table 'Rec. | Department response | Action and lead | Target date'
with status words, grouped by the lead, another table of improvements already made, an approval block).
Advice: Office of the Public Advocate, 'Locked in: restrictive practices in public sector residential aged care',
3 p.
Response: Department of Health, Aged Care Branch, 'Response and implementation plan', 2 p.; order 3, 5, 1+2 (one
row), 6, 4; 7 is not answered.
Chromium headless --print-to-pdf (A4, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir); running
header and page numbers stamped with PyMuPDF from page 2. The office's report, the services, the rules quoted,
people, dates and figures are invented.

Run:  /tmp/blind82en/bin/python tests/docs/src/blind82/gen_en_public_advocate_chromium.py  (needs chromium)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b82en as H

NAME = "blind82_en_public_advocate"


def css():
    faces = ""
    for fam, files in (("Sans", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                       ("Serif", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"))):
        for f, w, s in zip(files, ("normal", "bold", "normal"), ("normal", "normal", "italic")):
            faces += ("@font-face { font-family: '%s'; src: url('file://%s'); font-weight: %s; font-style: %s; }\n"
                      % (fam, H.clean_font(f), w, s))
    return faces + """
@page { size: A4; margin: 19mm 19mm 19mm 19mm; }
* { font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }
body { font-family: 'Serif'; font-size: 9.5pt; line-height: 1.42; color: #1a1a1a; }
.top { border-bottom: 2.5pt solid #7a1f2b; padding-bottom: 2mm; margin-bottom: 4mm; font-family: 'Sans'; }
.top .org { font-size: 8.6pt; color: #7a1f2b; font-weight: bold; letter-spacing: 0.3pt; }
h1 { font-family: 'Sans'; font-size: 17pt; margin: 1mm 0 2mm 0; line-height: 1.2; }
h2 { font-family: 'Sans'; font-size: 11.5pt; color: #7a1f2b; margin: 5mm 0 2mm 0; break-after: avoid; }
p { margin: 0 0 2.3mm 0; text-align: justify; }
ul { margin: 0 0 2.5mm 0; padding-left: 6mm; }
li { margin-bottom: 1mm; }
.side { float: right; width: 58mm; margin: 0 0 3mm 5mm; padding: 2.5mm 3mm; background: #f4ecec;
        border-top: 2pt solid #7a1f2b; font-family: 'Sans'; font-size: 8pt; line-height: 1.35; }
.side b.t { display: block; margin-bottom: 1mm; }
.rec { display: flex; margin: 2mm 0 3mm 0; }
.rec .n { font-family: 'Sans'; font-weight: bold; width: 9mm; flex: none; color: #7a1f2b; }
.rec .t { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3.5mm 0; font-family: 'Sans'; font-size: 8.2pt; }
th { background: #ead9db; text-align: left; }
th, td { border: 0.6pt solid #9c8a8c; padding: 1.3mm 1.8mm; vertical-align: top; }
.meta { font-family: 'Sans'; font-size: 8.4pt; color: #444; }
"""


ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="top"><span class="org">OFFICE OF THE PUBLIC ADVOCATE</span></div>
<h1>Locked in: restrictive practices in public sector residential aged care</h1>
<p class="meta">Systemic advocacy report &middot; Reference SA-2025-04 &middot; Provided to the Minister for Ageing
and the Department of Health on 12 May 2026</p>
<h2>Executive summary</h2>
<p>The state's health services run 14 public sector residential aged care services with 1,180 beds, many of them in
secure dementia units. In 2025 my guardians made decisions for 163 residents of those services, and my volunteer
community visitors made 412 visits to them. What they saw led me to examine how residents are restrained. The key
findings are:</p>
<ul>
<li>in 9 of the 14 services, general units as well as secure units had keypad-locked doors, and residents who were
not subject to any restraint decision could not leave;</li>
<li>antipsychotic medication was being given to settle residents' behaviour without the consent of the resident or of
their substitute decision-maker;</li>
<li>no service kept a complete register of the restrictive practices it used;</li>
<li>behaviour support practitioners were available on weekdays only, and at three rural services not at all;</li>
<li>seclusion in a resident's own room was used at least 31 times in 2025, and was reviewed by nobody outside the
service.</li>
</ul>
<h2>1. How the review was done</h2>
<div class="side"><b class="t">Case summary: Mrs B.</b>Mrs B., aged 84, lived in a general unit. She asked staff
every afternoon to let her walk to the garden, and was told the door code was for her safety. Her daughter, her
substitute decision-maker, had never been asked. A staff member told my community visitor that a locked door
&ldquo;should only ever be a last resort, but here it is the first one&rdquo;.</div>
<p>Two senior advocates reviewed 96 care records chosen at random at six services between September and December 2025,
interviewed 38 residents and family members and 44 staff, and analysed the community visitors' reports for the year.
The health services gave my office full cooperation, for which I am grateful.</p>
<p>Under the Commonwealth aged care rules an approved provider must have a behaviour support plan for every resident
who is subject to a restrictive practice, and must obtain informed consent to its use. Those rules apply to the state's
services as to any other provider.</p>
<h2>2. Support for staff</h2>
<p>In my 2022 report on dementia care I recommended that the Department &ldquo;issue statewide guidance on the use of
electronic locks in residential aged care&rdquo;. The Department accepted that recommendation, and the guidance was
issued in 2023. But guidance is not enough when no one with expertise in behaviour support is on site for most of the
week.</p>
<div class="rec"><span class="n">1.</span><span class="t">I recommend that the Department ensure every public sector
residential aged care service has a behaviour support practitioner available seven days a week.</span></div>
<p>Seclusion of an older person in a room is the most serious restrictive practice, and at present it is reviewed by
no one outside the service that uses it.</p>
<div class="rec"><span class="n">2.</span><span class="t">I recommend that the Department fund an independent senior
practitioner for aged care to review every use of seclusion.</span></div>
<h2>3. Locked doors and chemical restraint</h2>
<table>
<tr><th>Residents given an antipsychotic (records reviewed)</th><th>2024</th><th>2025</th></tr>
<tr><td>With a documented diagnosis that justifies it</td><td>11</td><td>12</td></tr>
<tr><td>For behaviour, with consent recorded</td><td>6</td><td>5</td></tr>
<tr><td>For behaviour, with no consent recorded</td><td>17</td><td>21</td></tr>
</table>
<p>Staff should not be left to decide alone whether a resident is to be sedated, and most of the nurses we spoke to
said so themselves. The figures above speak for themselves.</p>
<div class="rec"><span class="n">3.</span><span class="t">I recommend that each service remove keypad locks from the
doors of general units, keeping them only in secure units.</span></div>
<div class="rec"><span class="n">4.</span><span class="t">I recommend that no antipsychotic be given to manage behaviour
without the documented consent of the resident or their substitute decision-maker.</span></div>
<h2>4. Records and transparency</h2>
<p>No service could tell my advocates how often it had restrained its residents in the past year. Without a record,
no one can see whether practice is improving.</p>
<div class="rec"><span class="n">5.</span><span class="t">I recommend that every service keep a register of each
restrictive practice used and report it to the Department every month.</span></div>
<div class="rec"><span class="n">6.</span><span class="t">I recommend that the Department publish each service's use
of restrictive practices every quarter.</span></div>
<p>Community visitors may visit at any reasonable time, but at two services they were refused entry to secure units
in the evening. Section 19 of the Guardianship and Administration Act gives them a right of entry.</p>
<div class="rec"><span class="n">7.</span><span class="t">I recommend that the Department give community visitors
unannounced access to every secure unit at any hour.</span></div>
<h2>5. Follow-up</h2>
<p>I ask the Department to provide, within 60 days, a response and implementation plan setting out whether each
recommendation is accepted and by when it will be carried out. My community visitors will continue to report on these
services, and I will publish a progress review in 2027.</p>
<p class="meta">Dr Anneliese Kourakis, Public Advocate</p>
</body></html>""" % css()

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="top"><span class="org">DEPARTMENT OF HEALTH &middot; AGED CARE BRANCH</span></div>
<h1>Response and implementation plan</h1>
<p class="meta">Office of the Public Advocate systemic advocacy report SA-2025-04, 'Locked in: restrictive practices in
public sector residential aged care' &middot; 8 July 2026</p>
<h2>Introduction</h2>
<p>The Department thanks the Public Advocate for a thorough and fair report, and recognises the distress described in
it. Public sector residential aged care is delivered by the local health services, with policy, funding and
oversight from the Department's Aged Care Branch. The table below sets out the Department's response to each
recommendation, grouped by who leads the work, with the action and the target date.</p>
<h2>Responses to the recommendations</h2>
<table>
<tr><th style="width:9%%">Rec.</th><th style="width:40%%">Department response</th><th style="width:33%%">Action and
lead</th><th style="width:18%%">Target date</th></tr>
<tr><td colspan="4"><b>Lead: local health services</b></td></tr>
<tr><td>3</td><td><b>Accepted and implemented.</b> Since 1 August 2026 keypads on the doors of general units have been
disabled at all 14 services; the doors now open freely from the inside during the day.</td><td>Works completed by
each health service; Chief Executives of the health services</td><td>Completed 1 August 2026</td></tr>
<tr><td>5</td><td><b>Accepted.</b> A restrictive practice register, in a common format, will be kept at each service
and a monthly summary sent to the Aged Care Branch.</td><td>Register template issued; Directors of Nursing</td>
<td>1 November 2026</td></tr>
<tr><td colspan="4"><b>Lead: Department of Health, Aged Care Branch</b></td></tr>
<tr><td>1 and 2</td><td><b>Accepted in part; under consideration.</b> Behaviour support practitioners are now
available at every service on weekends as well as weekdays from 8 am to 4 pm, except at the three rural services,
which are supported by telehealth; full seven-day cover on site depends on recruitment and the Department cannot yet
give a date for it. Funding for an independent senior practitioner will be considered in the 2027-28 budget process,
taking account of the Public Advocate's findings.</td><td>Recruitment; budget bid; Director, Aged Care Branch</td>
<td>Weekend cover: completed; budget decision: May 2027</td></tr>
<tr><td>6</td><td><b>Not accepted.</b> Service-level figures would be small and could identify individual residents.
The Department will provide the figures to the Office of the Public Advocate every quarter but does not propose to
make them public.</td><td>None</td><td>-</td></tr>
<tr><td>4</td><td><b>Accepted.</b> A policy directive issued on 15 September 2026 requires the prescriber to record the
consent of the resident or substitute decision-maker before any psychotropic is used to manage behaviour.</td>
<td>Policy directive PD2026-031; Chief Psychiatrist and Director, Aged Care Branch</td><td>Completed 15 September
2026</td></tr>
</table>
<h2>Other improvements since the review</h2>
<table>
<tr><th style="width:60%%">Action</th><th>Date</th></tr>
<tr><td>Sensory gardens opened at the Elmhurst and Kiandra Lodge services, with doors residents can open</td><td>June
2026</td></tr>
<tr><td>Dementia care training made part of orientation for all new nursing staff</td><td>April 2026</td></tr>
</table>
<h2>Approval</h2>
<p>This response and implementation plan was approved by the Secretary of the Department of Health, Marcus Ellery, on
8 July 2026. The Department will report on progress to the Office of the Public Advocate every six months until all
actions are complete.</p>
</body></html>""" % css()

RECS = [
    (1, "I recommend that the Department ensure every public sector residential aged care",
     "available at every service on weekends as well as weekdays", "partly"),
    (2, "I recommend that the Department fund an independent senior practitioner for",
     "Funding for an independent senior practitioner will be considered", "noted"),
    (3, "I recommend that each service remove keypad locks from the doors",
     "keypads on the doors of general units have been disabled", "agrees"),
    (4, "I recommend that no antipsychotic be given to manage behaviour without",
     "A policy directive issued on 15 September 2026 requires", "agrees"),
    (5, "I recommend that every service keep a register of each restrictive practice",
     "will be kept at each service and a monthly summary sent", "agrees"),
    (6, "I recommend that the Department publish each service's use of restrictive",
     "does not propose to make them public", "disagrees"),
    (7, "I recommend that the Department give community visitors unannounced access", None, "unanswered"),
]


def make(html, which, header, footer):
    tmp = tempfile.mkdtemp(prefix="blind82en_ch_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    dst = H.out("%s_%s.pdf" % (NAME, which))
    H.chromium_pdf(src, dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, header=header, footer=footer, skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Office of the Public Advocate - Locked in (SA-2025-04)", "- {n} -")
    make(RESPONSE, "response", "Response and implementation plan - OPA report SA-2025-04", "Page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thanks the Public Advocate for a thorough and fair report",
                      "Sensory gardens opened at the Elmhurst and Kiandra Lodge services",
                      "approved by the Secretary of the Department of Health"],
                     "Advice: an Australian state Public Advocate's systemic advocacy report on restrictive practices "
                     "in public sector residential aged care: executive summary with bulleted key findings (not "
                     "recommendations), a floated sidebar 'Case summary' box, an antipsychotic-use table, and "
                     "recommendations as numbered 'I recommend that ...' paragraphs in italics with a bold hanging "
                     "number '1.'-'7.' spread over chapters 2-4. Traps: the Public Advocate's 2022 recommendation "
                     "quoted ('I recommended that the Department \"issue statewide guidance on the use of electronic "
                     "locks\"'); 'an approved provider must have a behaviour support plan', 'Section 19 of the "
                     "Guardianship and Administration Act'; a staff member's 'should only ever be a last resort', "
                     "'Staff should not be left to decide alone'; 'within 60 days' in the follow-up chapter; "
                     "figures. Response: a RESPONSE AND IMPLEMENTATION PLAN whose main content is a ruled table "
                     "'Rec. | Department response | Action and lead | Target date' grouped by lead, in the order 3, "
                     "5, '1 and 2', 6, 4, citing the advice's numbers in the 'Rec.' column with a bold status word in "
                     "each reply. Rows: 3 'Accepted and implemented', keypads disabled since 1 August (3 agrees); 5 "
                     "accepted, register from 1 November (5 agrees); ONE row '1 and 2', status 'Accepted in part; "
                     "under consideration' = weekend cover 8 am-4 pm, telehealth at rural services, no date for full "
                     "on-site cover (1 partly) + senior practitioner 'will be considered in the 2027-28 budget "
                     "process' (2 noted); 6 'Not accepted ... does not propose to make them public' (6 disagrees); "
                     "last row the consent directive (4 agrees). 7 (community visitors' unannounced access to secure "
                     "units) is not answered. Unmatched: Introduction, the table 'Other improvements since the "
                     "review', 'Approval'.")
    sys.exit(H.main([NAME]))

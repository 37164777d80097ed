"""Round 89 (EN): a US city auditor's PERFORMANCE AUDIT OF STREETLIGHT OUTAGE RESPONSE (recommendations as NUMBERED
LISTS 1-7 continued across chapters, each list after 'We recommend that the Director of Public Works:', in a
two-column body) answered by the DEPARTMENT'S MEMO with a CORRECTIVE ACTION PLAN table (Rec. no. | Response | Planned
action | Target date) citing the numbers. Chromium headless --print-to-pdf, US Letter, cleaned DejaVu via @font-face,
ligatures off, fresh --user-data-dir; stamped header from page 2 and page numbers. Bodies, people and figures invented.
Run:  /tmp/blind89en/bin/python tests/docs/src/blind89/gen_en_street_lighting_chromium.py
"""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b89en as H

NAME = "blind89_en_street_lighting"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"))}
CSS = """
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%(i)s'); }
@page { size: Letter; margin: 20mm 18mm 18mm 18mm; }
body { font-family: DV; font-size: 9.2pt; line-height: 1.42; color: #1a1a1a; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: #7a3b00; margin: 0 0 2pt 0; } h2 { font-size: 10.8pt; color: #7a3b00; margin: 9pt 0 3pt 0; }
.kick { font-size: 8pt; font-weight: bold; letter-spacing: 1px; color: #7a3b00; }
.meta { font-size: 8.4pt; color: #555; border-bottom: 2px solid #7a3b00; padding-bottom: 5pt; margin-bottom: 8pt; }
.cols { column-count: 2; column-gap: 16pt; }
.call { background: #fbeedd; border-left: 3px solid #7a3b00; padding: 5pt 7pt; margin: 6pt 0; break-inside: avoid; }
ol { margin: 3pt 0 6pt 0; padding-left: 16pt; } li { margin-bottom: 3pt; }
blockquote { font-style: italic; margin: 4pt 12pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt; } td, th { border: 1px solid #b9a58f; padding: 4pt; vertical-align: top; text-align: left; }
th { background: #f3e2cc; }
"""


def page(body):
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + (CSS % F) + "</style></head><body>" + body + "</body></html>"


ADV = page("""
<div class='kick'>CITY OF BRAMFORD, OFFICE OF THE CITY AUDITOR</div>
<h1>Streetlight Outage Response: Performance Audit</h1>
<div class='meta'>Report No. 2026-07 &middot; April 16, 2026 &middot; Presented to the Audit Committee &middot; City Auditor: Renata Castellanos, CPA, CIA</div>
<div class='cols'>
<h2>Why we did this audit</h2>
<p>Bramford owns about 31,500 streetlights. The Department of Public Works (DPW) maintains them through an on-call
electrical contractor, Tri-County Electric, under Contract C-2021-144. Residents filed 6,930 outage reports in fiscal year
2025. Our objective was to determine whether outages are reported, repaired and tracked effectively. We conducted this audit
in accordance with generally accepted government auditing standards.</p>
<div class='call'><b>At a glance.</b> Median time to repair a single outage: 19 business days. Outages reported twice or more:
41 percent. Share of fixtures still high-pressure sodium: 27 percent.</div>
<h2>Background</h2>
<p>Streetlights are funded from the Street Maintenance Fund. DPW's Traffic Operations section has two staff who manage the
contract, check invoices and answer council inquiries. The contractor is paid a unit price per repair, plus time and materials
for knockdowns and underground faults. The table shows the trend in outage reports and spending.</p>
<table>
<tr><th>Fiscal year</th><th>Outage reports</th><th>Repairs invoiced</th><th>Spending ($000)</th></tr>
<tr><td>FY2022</td><td>5,120</td><td>3,980</td><td>1,412</td></tr>
<tr><td>FY2023</td><td>5,640</td><td>4,215</td><td>1,538</td></tr>
<tr><td>FY2024</td><td>6,205</td><td>4,402</td><td>1,690</td></tr>
<tr><td>FY2025</td><td>6,930</td><td>4,388</td><td>1,745</td></tr>
</table>
<p style='font-size:8pt'><i>Source: 311 records, DPW invoices. Reports exceed repairs because many reports are duplicates.</i></p>
<h2>Finding 1: Outage reports arrive through too many channels</h2>
<p>Residents can report an outage through the 311 app, by calling DPW, by emailing the contractor or through the utility's
own website. These channels do not share data, and DPW cannot tell how many reports are duplicates. Our 2019 audit of
pothole repair recommended that "DPW should use one work order system for all right-of-way defects"; that recommendation
remains open.</p>
<p>We recommend that the Director of Public Works:</p>
<ol>
<li>Route all streetlight outage reports through the 311 system and close the separate email and telephone channels.</li>
<li>Adopt and publish a repair target of five business days for single-light outages and report performance against it.</li>
</ol>
<h2>Finding 2: The contract is not managed on performance</h2>
<p>Section 12-4.3 of the City Code provides that the Director shall maintain public lighting "in a safe and serviceable
condition", and Contract C-2021-144 says that the contractor should respond to knockdowns within four hours. DPW receives
the contractor's work logs only when it asks for them, and has never applied the liquidated damages clause (Section 9.2).
Performance fell in 2025, when the contractor lost two crews.</p>
<p>We recommend that the Director of Public Works:</p>
<ol start='3'>
<li>Require the contractor to submit outage and repair data to DPW every month in a format that can be analyzed.</li>
<li>Install networked smart controls on every streetlight the City owns so that failures are reported automatically.</li>
</ol>
<h2>Finding 3: Lighting is not linked to safety data</h2>
<p>Twelve arterial corridors account for 38 percent of nighttime pedestrian crashes. DPW has not measured light levels on
these corridors since 2016, and 2,210 fixtures on them are still high-pressure sodium. The national guidance is advisory,
but a corridor with high night crash rates should be reviewed first.</p>
<p>We recommend that the Director of Public Works:</p>
<ol start='5'>
<li>Conduct a lighting-level survey of the twelve high-crash corridors and convert their remaining fixtures to LED first.</li>
<li>Identify the streetlights on private streets and in unaccepted subdivisions and decide who is responsible for them.</li>
<li>Develop a copper wire theft prevention program with the Police Department, including tamper-resistant handholes.</li>
</ol>
<h2>Objective, scope and methodology</h2>
<p>The audit covered July 1, 2022 to December 31, 2025. We analyzed 23,895 outage reports and 17,985 contractor invoices,
matched them by pole number where possible, interviewed DPW, 311 and Police Department staff, and rode along with two
contractor crews at night. We tested a random sample of 60 closed work orders against field photographs. Data reliability
was sufficient for our purposes, with the exception of pole numbers, which were missing in 14 percent of reports.</p>
<p>We did not audit the utility's own streetlights on state highways, the City's decorative lighting in the downtown
business district, or the LED conversion contract awarded in 2023, which the Internal Audit division reviewed in 2024.</p>
<h2>Statement of independence</h2>
<p>The Office of the City Auditor is organizationally independent of DPW. No impairment to our independence arose during
this audit. Staff who worked on the audit: Joel Abernathy, Senior Auditor; Mei-Lin Santoro, Data Analyst.</p>
<h2>Management response</h2>
<p>DPW's written response, including its corrective action plan, will be published with this report. We will follow up on
open recommendations in our semi-annual status report.</p>
</div>
""")

RSP = page("""
<div class='kick'>CITY OF BRAMFORD &middot; DEPARTMENT OF PUBLIC WORKS</div>
<h1>Memorandum</h1>
<table style='width:70%%; font-size:9pt'>
<tr><td style='border:none'><b>To:</b></td><td style='border:none'>Renata Castellanos, City Auditor</td></tr>
<tr><td style='border:none'><b>From:</b></td><td style='border:none'>Terrence Olawale, P.E., Director of Public Works</td></tr>
<tr><td style='border:none'><b>Date:</b></td><td style='border:none'>April 9, 2026</td></tr>
<tr><td style='border:none'><b>Re:</b></td><td style='border:none'>Response to Audit Report No. 2026-07, Streetlight Outage Response</td></tr>
</table>
<p style='margin-top:8pt'>Thank you for the opportunity to respond to the draft audit. The Department appreciates the
professionalism of the audit team and has prepared the corrective action plan below.</p>
<table>
<tr><th style='width:9%%'>Rec. no.</th><th style='width:16%%'>Response</th><th>Planned action</th><th style='width:15%%'>Target date</th></tr>
<tr><td>5</td><td>Concur</td><td>The lighting survey of the twelve corridors is under way with the Transportation Safety
division. All remaining sodium fixtures on those corridors are scheduled for LED conversion in the FY2027 capital program.</td>
<td>June 30, 2027</td></tr>
<tr><td>1</td><td>Concur</td><td>The email and telephone channels will be closed and callers redirected to 311, once the 311
work order interface is tested with the contractor.</td><td>October 1, 2026</td></tr>
<tr><td>3, 4</td><td>Partially concur; Do not concur</td><td>DPW will require the contractor to submit repair data each
quarter through a contract amendment; monthly reporting would need a change order the current budget does not cover. DPW does
not concur with citywide smart controls: at an estimated $9.8 million the cost is not justified, and photocell failures
are better found through the new 311 process.</td><td>January 1, 2027</td></tr>
<tr><td>2</td><td>Concur</td><td>A five-business-day standard for single-light outages took effect on March 1, 2026, and results
will be posted on the City's performance dashboard each quarter.</td><td>Implemented</td></tr>
<tr><td>7</td><td>Under review</td><td>The Department will discuss wire theft with the Police Department and will evaluate
tamper-resistant handholes as part of the FY2028 budget request.</td><td>To be determined</td></tr>
</table>
<h2>Other improvements</h2>
<p>Separately from the audit, DPW has hired a streetlight program coordinator, who started in February, and has updated
the 311 app so that residents can attach a photo and a pole number to each report.</p>
<p>If you have questions about this response, please contact Deputy Director Ingrid Halvorsen. We look forward to reporting
our progress at the Audit Committee's next follow-up review.</p>
<p>cc: Mayor and City Council; City Manager; Audit Committee</p>
""")

work = tempfile.mkdtemp(prefix="blind89en_chr_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        H.chromium_pdf(hp, pdf)
        if kind == "advice":
            H.stamp(pdf, header="City of Bramford  |  Office of the City Auditor  |  Report No. 2026-07", footer="Page {n} of {N}",
                    fontfile=F["r"], skip_first=True)
        else:
            H.stamp(pdf, header="DPW response to Audit Report No. 2026-07", footer="{n}", fontfile=F["r"], skip_first=True)
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "Route all streetlight outage reports through the 311 system",
     "reply_contains": "The email and telephone channels will be closed and callers redirected", "verdict": "agrees"},
    {"number": 2, "starts_with": "Adopt and publish a repair target of five business days",
     "reply_contains": "A five-business-day standard for single-light outages took effect", "verdict": "agrees"},
    {"number": 3, "starts_with": "Require the contractor to submit outage and repair data to DPW",
     "reply_contains": "require the contractor to submit repair data each quarter", "verdict": "partly"},
    {"number": 4, "starts_with": "Install networked smart controls on every streetlight the City owns",
     "reply_contains": "not concur with citywide smart controls", "verdict": "disagrees"},
    {"number": 5, "starts_with": "Conduct a lighting-level survey of the twelve high-crash corridors",
     "reply_contains": "The lighting survey of the twelve corridors is under way", "verdict": "agrees"},
    {"number": 6, "starts_with": "Identify the streetlights on private streets and in unaccepted subdivisions",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 7, "starts_with": "Develop a copper wire theft prevention program with the Police Department",
     "reply_contains": "will evaluate tamper-resistant handholes as part of the FY2028 budget request", "verdict": "noted"},
], ["The Department appreciates the professionalism of the audit team",
    "has hired a streetlight program coordinator, who started in February",
    "We look forward to reporting our progress at the Audit Committee's"],
   "Advice: US city auditor's performance audit of streetlight outage response, 2 p., two-column body with an 'At a "
   "glance' callout; the seven recommendations are NUMBERED LISTS 1-2, 3-4, 5-7 (ol start=) after each finding's 'We "
   "recommend that the Director of Public Works:'. Traps: GAGAS sentence, the 2019 pothole audit's 'DPW should use one work "
   "order system' quoted, City Code s 12-4.3 'shall maintain', contract 'should respond to knockdowns within four hours', "
   "Section 9.2, 'a corridor with high night crash rates should be reviewed first', report number 2026-07. Response: "
   "Director's memo with a corrective action plan table citing numbers, order 5, 1, 3+4, 2, 7. ONE row '3, 4' = quarterly "
   "not monthly data (3 partly) + no smart controls (4 disagrees). 7 'Under review' (noted). 6 (private-street lights) "
   "unanswered. Opening thanks, 'Other improvements', closing/cc (nothing).")
sys.exit(H.main([NAME]))

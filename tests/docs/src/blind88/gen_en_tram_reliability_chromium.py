"""Round 88 (EN): an Australian state PUBLIC TRANSPORT COMMISSIONER'S SERVICE RELIABILITY REVIEW of a tram network
(recommendations coded TR-01 ... TR-07 in a TABLE 'Ref | Recommendation | Priority | Owner', two-column page with a
'At a glance' sidebar) answered by the tram operator's BOARD PAPER (Purpose / Recommendation to the Board / Background /
Management response by code / Risk). Chromium headless --print-to-pdf, A4, cleaned DejaVu via @font-face.
Bodies, people and figures invented.
Run:  /tmp/blind88en/bin/python tests/docs/src/blind88/gen_en_tram_reliability_chromium.py
"""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b88en as H

NAME = "blind88_en_tram_reliability"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"))}
CSS = """
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 22mm 18mm 20mm 18mm; }
body { font-family: DV; font-size: 9.4pt; line-height: 1.45; color: #1b1b1b; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: #00594f; margin: 0 0 2pt 0; } h2 { font-size: 11pt; color: #00594f; margin: 11pt 0 4pt 0; }
.kick { font-size: 8pt; font-weight: bold; letter-spacing: 1px; color: #00594f; }
.meta { font-size: 8.5pt; color: #555; border-bottom: 2px solid #00594f; padding-bottom: 6pt; margin-bottom: 8pt; }
.wrap { display: flex; gap: 14pt; } .main { flex: 1; } .side { width: 52mm; background: #e3f1ee; padding: 8pt; font-size: 8.2pt; align-self: flex-start; }
blockquote { font-style: italic; margin: 4pt 18pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.7pt; } td, th { border: 1px solid #8aa; padding: 4pt; vertical-align: top; text-align: left; }
th { background: #cfe6e1; } .sig { margin-top: 12pt; font-size: 8.8pt; }
""" % F

RECS = [
    ("TR-01", "Introduce headway-based service management on Routes 3, 8 and 11, replacing timetable-based dispatch during the day.", "High", "Operator"),
    ("TR-02", "Install transit signal priority at the 26 intersections on Parade Road and King William Boulevard identified in Appendix B.", "High", "Department / Councils"),
    ("TR-03", "Increase the number of qualified tram drivers on the spare board from 18 to 40 by June 2027.", "High", "Operator"),
    ("TR-04", "Publish punctuality and reliability results for each route every month, rather than a network figure each quarter.", "Medium", "Operator"),
    ("TR-05", "Reduce the performance regime abatement for cancellations caused by third-party road incidents.", "Medium", "Department"),
    ("TR-06", "Establish a joint operations centre with the road traffic management agency before the 2028 major events season.", "Medium", "Department / Operator"),
    ("TR-07", "Complete the replacement of the 1980s Class B trams on Route 8 by the end of 2029.", "Low", "Department"),
]

ADV = """<html><head><meta charset='utf-8'><style>""" + CSS + """</style></head><body>
<div class='kick'>OFFICE OF THE PUBLIC TRANSPORT COMMISSIONER</div>
<h1>Tram Service Reliability Review</h1>
<div class='meta'>Report to the Minister for Public Transport under section 22 of the Transport Commissioner Act 2009 &middot; Report PTC 2026/05 &middot; 3 July 2026</div>
<div class='wrap'><div class='main'>
<h2>Why we did this review</h2>
<p>Passengers on the Harbourline tram network experienced the worst reliability on record in 2025-26. Only 81.4 per cent of services ran
on time, against a contract target of 88 per cent, and 2.9 per cent of scheduled services were cancelled. The Minister asked the
Commissioner to review the causes and to recommend improvements. Section 22 of the Act requires the Commissioner to give the
operator an opportunity to comment before a report is finalised, and the operator's comments are reflected in this report.</p>
<h2>What we found</h2>
<p><b>Conclusion 1.</b> Most lost time is outside the operator's control: trams spend 19 per cent of their running time stopped at traffic
signals, and road incidents caused 41 per cent of cancellations.</p>
<p><b>Conclusion 2.</b> Driver shortages caused 33 per cent of cancellations. The spare board - drivers rostered to cover absence - had
fallen to 18, and a tram should not leave the depot without a relief driver being available for the shift.</p>
<p><b>Conclusion 3.</b> Passengers do not trust the published figures. A single network figure each quarter hides large differences:
Route 8 ran on time only 72.6 per cent of the time.</p>
<p>Our 2022 review of bus services recommended that</p>
<blockquote>'the Department should align the performance regime with causes that operators can control'.</blockquote>
<p>The Department accepted that recommendation but has not yet applied it to the tram contract. The Department also told us that
the franchise agreement (clause 14.3) must be varied by agreement of both parties.</p>
</div>
<div class='side'><b>At a glance</b><br/><br/>Network: 11 routes, 244 km of track, 186 trams<br/><br/>Patronage 2025-26: 198 million trips<br/><br/>
On-time running: 81.4% (target 88%)<br/><br/>Cancellations: 2.9% (target 1.5%)<br/><br/>Stakeholders heard: 37 organisations, 1,860 passenger submissions</div>
</div>
<h2>Recommendations</h2>
<p>The Commissioner makes seven recommendations. They are listed below in the order in which they are discussed in the body of this
report; priorities reflect expected effect on passengers.</p>
<table><tr><th style='width:14%%'>Ref</th><th>Recommendation</th><th style='width:12%%'>Priority</th><th style='width:18%%'>Owner</th></tr>
""" + "".join(f"<tr><td style='white-space:nowrap'>{c}</td><td>{r}</td><td>{p}</td><td>{o}</td></tr>" for c, r, p, o in RECS) + """</table>
<h2>Monitoring</h2>
<p>The Commissioner will report to the Minister on the implementation of these recommendations after twelve months. The operator and
the Department are asked to publish their responses within 90 days.</p>
</body></html>"""

RSP = """<html><head><meta charset='utf-8'><style>""" + CSS + """</style></head><body>
<div class='kick'>HARBOURLINE TRAMS PTY LTD</div>
<h1>Board Paper</h1>
<div class='meta'>Meeting of 24 September 2026 &middot; Agenda item 5.2 &middot; For decision &middot; Author: Chief Operating Officer, Marcus Lee-Tran</div>
<h2>Purpose</h2>
<p>This paper seeks the Board's endorsement of management's response to the Public Transport Commissioner's Tram Service Reliability
Review, which must be published by 1 October 2026.</p>
<h2>Recommendation to the Board</h2>
<p>That the Board endorse the management response set out below and authorise the Chief Executive to publish it.</p>
<h2>Management response</h2>
<p><b>TR-03.</b> Accepted. A driver training intake of 24 began in August, and management expects the spare board to reach 40 drivers by
May 2027, ahead of the Commissioner's date.</p>
<p><b>TR-01 and TR-04.</b> Management will trial headway management on Route 11 only from February 2027, because Routes 3 and 8 share
track with services whose timetables are fixed by the interchange at Central; the other two routes will be considered after the trial is
evaluated. Monthly reporting by route is a different matter: management does not support it, as monthly figures for individual routes
are volatile and would be misleading; the quarterly network report will instead include a route table.</p>
<p><b>TR-02, TR-06.</b> These recommendations are directed to the Department and to councils. Management has written to the Department
offering its support and will take part in any working group that is formed; it has made no commitment on cost.</p>
<p><b>TR-05.</b> This is a matter for the Department as the contract manager. Management notes the recommendation and welcomes the
Commissioner's view, and will raise it at the contract review scheduled for March 2027.</p>
<h2>Risk and financial implications</h2>
<p>The driver intake is funded within the 2026-27 budget. The main reputational risk is that on-time running remains below target
through the summer, when roadworks on Parade Road are expected to reduce speeds further.</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind88en_chr_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        H.chromium_pdf(hp, pdf)
        if kind == "advice":
            H.stamp(pdf, header="Tram Service Reliability Review  |  PTC 2026/05", footer="{n}", fontfile=F["r"], skip_first=True)
        else:
            H.stamp(pdf, header="Board in confidence  |  Item 5.2", footer="Page {n} of {N}", fontfile=F["r"])
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "Introduce headway-based service management on Routes 3, 8 and 11",
     "reply_contains": "will trial headway management on Route 11 only from February 2027", "verdict": "partly"},
    {"number": 2, "starts_with": "Install transit signal priority at the 26 intersections",
     "reply_contains": "Management has written to the Department offering its support", "verdict": "noted"},
    {"number": 3, "starts_with": "Increase the number of qualified tram drivers on the spare board",
     "reply_contains": "expects the spare board to reach 40 drivers by May 2027", "verdict": "agrees"},
    {"number": 4, "starts_with": "Publish punctuality and reliability results for each route every month",
     "reply_contains": "monthly figures for individual routes are volatile and would be misleading", "verdict": "disagrees"},
    {"number": 5, "starts_with": "Reduce the performance regime abatement for cancellations",
     "reply_contains": "will raise it at the contract review scheduled for March 2027", "verdict": "noted"},
    {"number": 6, "starts_with": "Establish a joint operations centre with the road traffic management agency",
     "reply_contains": "will take part in any working group that is formed", "verdict": "noted"},
    {"number": 7, "starts_with": "Complete the replacement of the 1980s Class B trams",
     "reply_contains": None, "verdict": "unanswered"},
], ["seeks the Board's endorsement of management's response",
    "The driver intake is funded within the 2026-27 budget",
    "That the Board endorse the management response set out below"],
   "Advice: Australian state Public Transport Commissioner's tram service reliability review, Chromium, A4, two columns with an "
   "'At a glance' sidebar; recs = CODED TABLE 'Ref | Recommendation | Priority | Owner' TR-01..TR-07; traps: s 22 'requires the "
   "Commissioner', bold 'Conclusion 1-3.', 'a tram should not leave the depot', the 2022 bus review's 'the Department should "
   "align the performance regime' quoted, clause 14.3 'must be varied'. Response: operator's BOARD PAPER citing codes, order 3, "
   "1+4, 2+6, 5: spare board to 40 by May 2027 (3 agrees); ONE paragraph 'TR-01 and TR-04' = headway trial on Route 11 only (1 "
   "partly) + monthly route reporting not supported (4 disagrees); TR-02, TR-06 directed to the Department, support offered, no "
   "commitment (2 noted, 6 noted; the same reply, one phrase each); TR-05 'notes ... will raise it' (5 noted); TR-07 (Class B "
   "trams) unanswered; Purpose, Recommendation to the Board, Risk and financial implications answer nothing.")
sys.exit(H.main([NAME]))

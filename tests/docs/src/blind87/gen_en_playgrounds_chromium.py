"""Round 87 (EN): an Ontario city ACCESSIBILITY ADVISORY COMMITTEE'S REPORT TO COUNCIL on playgrounds (recommendations
LETTERED (a)-(g) 'That the City ...' in a recommendations section; two columns with a membership sidebar) answered by
a STAFF REPORT to the Community Services Committee whose table replies by letter. Chromium headless --print-to-pdf,
US Letter, cleaned DejaVu via @font-face. Bodies, people and figures invented.
Run:  /tmp/blind87en/bin/python tests/docs/src/blind87/gen_en_playgrounds_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b87en as H

NAME = "blind87_en_playgrounds"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"))}
CSS = """
@font-face { font-family: DV; src: url('file://%(r)s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%(i)s'); }
@page { size: Letter; margin: 0.8in 0.75in 0.75in 0.75in; }
body { font-family: DV; font-size: 9.6pt; line-height: 1.45; color: #1d1d1d; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: #6b2c6f; margin: 0 0 2pt 0; } h2 { font-size: 11pt; color: #6b2c6f; margin: 12pt 0 4pt 0; }
.kick { font-size: 8pt; font-weight: bold; letter-spacing: 1px; color: #6b2c6f; }
.meta { font-size: 8.5pt; color: #555; border-bottom: 2px solid #6b2c6f; padding-bottom: 6pt; margin-bottom: 8pt; }
.wrap { display: flex; gap: 16pt; } .main { flex: 1; } .side { width: 1.9in; background: #f1e9f2; padding: 8pt; font-size: 8.3pt; align-self: flex-start; }
blockquote { font-style: italic; margin: 4pt 18pt; }
ol.lt { list-style: none; padding-left: 0; } ol.lt li { margin: 0 0 6pt 26pt; text-indent: -26pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; } td, th { border: 1px solid #999; padding: 4pt; vertical-align: top; text-align: left; }
th { background: #e4d6e6; } .sig { margin-top: 14pt; font-size: 8.8pt; }
""" % F


def page(body):
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body + "</body></html>"


ADV = """
<div class='kick'>CITY OF GREYSTONE FALLS &middot; ACCESSIBILITY ADVISORY COMMITTEE</div>
<h1>Play for Everyone</h1>
<div class='meta'>Report to Council on accessible playgrounds &middot; AAC Report 2026-03 &middot; Adopted by the Committee on June 11, 2026</div>
<div class='wrap'><div class='main'>
<h2>1. Why we looked at playgrounds</h2>
<p>Greystone Falls has 61 municipal playgrounds. Nineteen are more than twenty years old and are due to be replaced under the
Parks Capital Plan between 2027 and 2034. This is the moment to make sure that children, parents and grandparents with
disabilities can use them. Members visited 22 playgrounds between March and May 2026 with a wheelchair user, a parent of a
child with autism and a member with low vision.</p>
<p>Under the Integrated Accessibility Standards Regulation (O. Reg. 191/11) made under the Accessibility for Ontarians with
Disabilities Act, 2005, the City is required to consult the public and this Committee when it builds or redevelops an outdoor
play space. That requirement already applies; this report goes further than the Regulation.</p>
<p>Our 2021 report on parks recommended</p>
<blockquote>'that the City replace sand surfaces in playgrounds with a firm and stable material as sites are renewed'.</blockquote>
<p>Staff have done this at eleven sites, and we thank them for it.</p>
<h2>2. What we saw</h2>
<p>Surfaces were the most common barrier. Engineered wood fibre is cheaper than rubber but shifts quickly, and at eight sites
a wheelchair could not reach the equipment by midsummer. Staff told us the fibre should be topped up twice a year; at several
sites it had not been topped up since installation.</p>
<p>Only four playgrounds have an accessible swing seat. Sensory and ground-level play, which suits many children with autism,
is found at two. The City's two larger destination playgrounds, at Riverside and Maple Commons, are both in Ward 1; residents
of Wards 3 and 4 must drive to reach one.</p>
<p>Families said that they often cannot find out before leaving home whether a playground will work for their child. Nearby
washrooms were another frequent concern: a destination playground should have an accessible washroom close by, and neither
Riverside nor Maple Commons has one within 300 metres.</p>
<p><b>Conclusion.</b> The City has made progress since 2021, but most playgrounds remain only partly usable by children with
disabilities, and the gap is largest in the newer suburbs.</p>
<h2>3. Recommendations</h2>
<p>The Accessibility Advisory Committee recommends:</p>
<ol class='lt'>
<li>(a) That all new and rebuilt playgrounds have a poured-in-place rubber surface on every route to the play equipment.</li>
<li>(b) That every neighbourhood playground include at least one accessible swing seat and one ground-level sensory panel by 2030.</li>
<li>(c) That the Accessibility Advisory Committee review every playground design at the concept stage, before tendering.</li>
<li>(d) That the City publish an online map showing the accessibility features of each municipal playground.</li>
<li>(e) That the City build a fully inclusive destination playground in each of the four wards.</li>
<li>(f) That Parks Operations staff receive annual training on keeping playground routes accessible, including surface top-ups.</li>
<li>(g) That an accessible washroom be provided within 100 metres of every destination playground.</li>
</ol>
<h2>4. Next steps</h2>
<p>The Committee asks that staff report back to the Community Services Committee by the end of 2026 with a response to each
recommendation. Council's motion CS-2025-44 asked for this review; recommendations (a) and (b) would add an estimated
$2.1 million to the Parks Capital Plan over eight years.</p>
</div>
<div class='side'><b>About the Committee</b><br/>The AAC advises Council under section 29 of the AODA, 2005. A majority of members
are persons with disabilities.<br/><br/><b>Members 2026</b><br/>Priya Venkataraman (Chair)<br/>Luc Arsenault (Vice-Chair)<br/>
Dolores Mackie<br/>Tomasz Wrobel<br/>Ama Owusu<br/>Councillor Brent Hallett<br/><br/><b>At a glance</b><br/>61 playgrounds<br/>
22 visited<br/>4 with an accessible swing<br/>8 with routes not usable by midsummer<br/><br/>Staff liaison: Accessibility Coordinator,
Clerk's Department</div>
</div>
"""

RSP = """
<div class='kick'>CITY OF GREYSTONE FALLS &middot; COMMUNITY SERVICES DEPARTMENT</div>
<h1>Staff Report CS-2026-118</h1>
<div class='meta'>To: Community Services Committee &middot; Meeting date: November 9, 2026 &middot; Subject: Response to AAC Report 2026-03, 'Play for Everyone'</div>
<h2>Recommendation</h2>
<p>That report CS-2026-118 be received for information, and that staff proceed as set out in the table below.</p>
<h2>Background</h2>
<p>At its meeting of July 6, 2026, Council received the Accessibility Advisory Committee's report and referred it to staff.
Parks Planning, Parks Operations and the Accessibility Coordinator have reviewed each recommendation.</p>
<h2>Analysis</h2>
<table>
<tr><th style='width:14%%'>AAC rec.</th><th>Staff response</th><th style='width:17%%'>Status</th></tr>
<tr><td>(c)</td><td>Supported. From January 2027 Parks Planning will bring each playground concept to the AAC before the tender
is issued; this has been added to the project checklist.</td><td>Supported</td></tr>
<tr><td>(a)</td><td>Supported in part. Rubber surfacing on the main route from the path to the principal play structure
will be standard; elsewhere engineered wood fibre will continue to be used because of its lower cost.</td><td>Partially supported</td></tr>
<tr><td>(b), (e)</td><td>Staff support adding an accessible swing seat and a sensory panel to each neighbourhood playground as it is
renewed, and will complete the remaining sites through the minor capital budget by 2030. A new destination playground in
every ward is not supported: the 2024 Parks Master Plan calls for one more destination site only, at Kinsella Park in Ward 3.</td>
<td>(b) Supported<br/>(e) Not supported</td></tr>
<tr><td>(f)</td><td>Staff will consider this in the 2027 Parks Operations training plan, subject to the outcome of the
current collective bargaining process.</td><td>Under review</td></tr>
<tr><td>(d)</td><td>Supported in part. A map layer will be added to the City's open data portal for the 14 largest
playgrounds in 2027; the other sites will be added as they are audited.</td><td>Partially supported</td></tr>
</table>
<h2>Link to Strategic Plan</h2>
<p>This report supports Strategic Priority 2, 'A welcoming community', and the 2025-2029 Multi-Year Accessibility Plan.</p>
<h2>Financial Implications</h2>
<p>The work on (b) will be funded from existing minor capital budgets. There are no other financial implications at this time.</p>
<div class='sig'>Prepared by: Nadia Ferreira, Supervisor, Parks Planning<br/>Approved by: Gordon MacIsaac, General Manager, Community Services</div>
"""

for kind, html in (("advice", ADV), ("response", RSP)):
    hp = os.path.join(tempfile.gettempdir(), f"blind87en_{NAME}_{kind}.html")
    open(hp, "w", encoding="utf-8").write(page(html))
    pdf = H.out(f"{NAME}_{kind}.pdf")
    H.chromium_pdf(hp, pdf)
    if kind == "advice":
        H.stamp(pdf, header="AAC Report 2026-03  |  Play for Everyone", footer="{n}", fontfile=F["r"], skip_first=True)
    else:
        H.stamp(pdf, header="CS-2026-118", footer="Page {n} of {N}", fontfile=F["r"])

H.write_expected(NAME, [
    {"number": 1, "starts_with": "That all new and rebuilt playgrounds have a poured-in-place rubber",
     "reply_contains": "Rubber surfacing on the main route from the path", "verdict": "partly"},
    {"number": 2, "starts_with": "That every neighbourhood playground include at least one accessible",
     "reply_contains": "will complete the remaining sites through the minor capital budget", "verdict": "agrees"},
    {"number": 3, "starts_with": "That the Accessibility Advisory Committee review every playground design",
     "reply_contains": "will bring each playground concept to the AAC", "verdict": "agrees"},
    {"number": 4, "starts_with": "That the City publish an online map showing the",
     "reply_contains": "A map layer will be added to the City's open data portal", "verdict": "partly"},
    {"number": 5, "starts_with": "That the City build a fully inclusive destination playground in",
     "reply_contains": "A new destination playground in every ward is not supported", "verdict": "disagrees"},
    {"number": 6, "starts_with": "That Parks Operations staff receive annual training on keeping",
     "reply_contains": "Staff will consider this in the 2027 Parks Operations training plan", "verdict": "noted"},
    {"number": 7, "starts_with": "That an accessible washroom be provided within 100 metres of",
     "reply_contains": None, "verdict": "unanswered"},
], ["That report CS-2026-118 be received for information",
    "supports Strategic Priority 2, 'A welcoming community'",
    "Prepared by: Nadia Ferreira, Supervisor, Parks Planning"],
   "Advice: Ontario city Accessibility Advisory Committee report to Council, Chromium, US Letter, two columns with a "
   "membership/figures sidebar; recs = LETTERED (a)-(g) 'That ...' under 'The Accessibility Advisory Committee recommends:'; "
   "traps: O. Reg. 191/11 'is required to consult', the 2021 report's 'that the City replace sand surfaces' quoted (done), "
   "'should be topped up twice a year', 'a destination playground should have an accessible washroom', bold 'Conclusion.', "
   "motion CS-2025-44, 'recommendations (a) and (b) would add'. Response: staff report CS-2026-118 with its own "
   "'Recommendation' (receive for information) and an analysis table citing letters, order (c), (a), (b)+(e), (f), (d); "
   "ONE row '(b), (e)' = (b) agrees + (e) disagrees; (g) washrooms unanswered; staff 'Recommendation', 'Link to Strategic "
   "Plan', 'Prepared by' answer nothing (Background and Financial Implications also answer nothing).")
sys.exit(H.main([NAME]))

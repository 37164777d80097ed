"""Round 103 (EN): an English city's multi-agency BONFIRE PERIOD DEBRIEF REPORT (independent facilitator, for the
local resilience forum), seven recommendations as PARAGRAPH NUMBERS 5.1-5.7 of a 'Recommendations' section after
numbered findings, answered by the council's ACTION PLAN: a table 'Area | Council response | Lead | By' replying by
subject (NO numbers). LibreOffice Writer headless from HTML, A4, DejaVu; a letterhead table with a dark cell, a
bordered 'Bonfire period in figures' box; header and 'Page N of M' stamped from page 2. All bodies, people, places
and figures invented; the Fireworks Regulations 2004 and PSPOs are named as context only (what is said of them is
not to be relied on).
Run:  /tmp/blind103en/bin/python tests/docs/src/blind103/gen_en_bonfire_debrief_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b103en as H

NAME = "blind103_en_bonfire_debrief"
CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 2.1cm 2.1cm 2.1cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #7a1f1f; } h2 { font-size: 11pt; color: #7a1f1f; margin-top: 10pt; }
p { margin: 0 0 5pt 0; } td { vertical-align: top; }
"""

ADVICE = """
<table width="100%" cellpadding="6"><tr><td width="62%"><b>KELSBRIDGE LOCAL RESILIENCE FORUM</b><br/>Bonfire Period
Multi-Agency Debrief<br/><font size="2">Facilitated by Harrow Lane Resilience Consulting Ltd</font></td>
<td bgcolor="#7a1f1f"><font color="#ffffff"><b>Debrief Report</b><br/>Bonfire period 2025<br/>Issued 20 January 2026</font></td></tr></table>
<h1>Bonfire Period 2025 (24 October to 9 November): Multi-Agency Debrief Report</h1>
<p>Prepared for the Kelsbridge Local Resilience Forum by Carys Pemberton, independent debrief facilitator, following
a structured debrief held on 8 December 2025 with Kelsbridge City Council, Westmoor Fire and Rescue Service,
Westmoor Police, Kelsbridge Homes and the West Kelsbridge Ambulance Service.</p>
<h2>1. Scope</h2>
<p>1.1 This report records what went well and what could be improved during the 2025 bonfire period, and makes
recommendations to Kelsbridge City Council. Recommendations to the other partners are in a separate annex.</p>
<p>1.2 The Fireworks Regulations 2004 say that fireworks must not be used between 11 pm and 7 am except on certain
nights, including 5 November, when the limit is midnight. Enforcement of the curfew is a police matter and is
outside the scope of this report.</p>
<table width="100%" cellpadding="6" border="1" bordercolor="#b07a7a"><tr><td bgcolor="#f8ecec">
<b>Bonfire period in figures</b><br/>Fire and Rescue calls to deliberate secondary fires: 412 (2024: 338)<br/>Attacks
on firefighters with fireworks: 9<br/>Reports of fireworks anti-social behaviour to the Council: 1,146<br/>Tonnes of
bonfire material removed by the Council: 64</td></tr></table>
<h2>2. What went well</h2>
<p>2.1 The joint tasking cell met daily from 30 October and shared intelligence well. Partners praised the
Council's out-of-hours environmental crews.</p>
<h2>3. Findings</h2>
<p>3.1 Most secondary fires were in open spaces on the Hollinwood and Castleford estates, where bonfire material
was built up for days before it was set alight. Residents should not have to wait until the week of 5 November
for material to be cleared.</p>
<p>3.2 The 2019 debrief recommended that "the Council should coordinate bonfire clearance with Kelsbridge Homes".
This now happens, but only from 1 November.</p>
<p>3.3 Trading Standards carried out four test purchases in 2025; three shops sold fireworks to a 15-year-old.</p>
<p>3.4 The only organised display in the city, run by the Rotary Club, was cancelled in 2024 and 2025 for lack of
insurance. Partners believe organised displays draw people, particularly young people, away from street
fireworks.</p>
<p>3.5 Reports of fireworks misuse reached the Council by phone, email, social media and three different web forms,
and could not be counted reliably (see paragraph 4.2 of the annex).</p>
<h2>4. Conclusion</h2>
<p>4.1 The 2025 period was harder than 2024, mainly because of the number of secondary fires and the attacks on
crews. The recommendations below are made to the Council as lead for community safety.</p>
<h2>5. Recommendations</h2>
<p>5.1 The Council should make a Public Spaces Protection Order banning the use of fireworks in Hollinwood Park,
Castleford Rec and the three other parks where most incidents occurred.</p>
<p>5.2 The Council should hold a free public fireworks display on or near 5 November in each of the city's three
districts.</p>
<p>5.3 Trading Standards should carry out test purchases at every registered fireworks retailer in the city during
October.</p>
<p>5.4 The Council should start removing bonfire material from known sites from 20 October, with a free bulky waste
collection for residents in the weeks before.</p>
<p>5.5 The Council should ask the Police and Crime Commissioner to fund a youth diversion programme on the estates
for the three nights around 5 November.</p>
<p>5.6 The Council should introduce a single online form for reporting fireworks misuse and publish the number of
reports each year.</p>
<p>5.7 The Council should write to the Home Office asking for the noise limit for consumer fireworks to be reduced
from 120 to 90 decibels.</p>
<p><font size="2">Carys Pemberton, Harrow Lane Resilience Consulting Ltd, on behalf of the Kelsbridge Local Resilience
Forum debrief group.</font></p>
"""

RESPONSE = """
<table width="100%" cellpadding="6"><tr><td width="62%"><b>KELSBRIDGE CITY COUNCIL</b><br/>Neighbourhoods and
Community Safety</td><td bgcolor="#2e2e2e"><font color="#ffffff"><b>Action Plan</b><br/>Bonfire period 2026<br/>3 March 2026</font></td></tr></table>
<h1>Council Action Plan in Response to the Bonfire Period 2025 Debrief</h1>
<p>This action plan sets out how Kelsbridge City Council will respond to the debrief report issued on 20 January
2026. It was agreed by the Cabinet Member for Safer Communities, Cllr Imran Siddiqui, on 3 March 2026. Owner: Dawn
Halloran, Head of Community Safety.</p>
<table width="100%" cellpadding="5" border="1" bordercolor="#777777">
<tr bgcolor="#e6e6e6"><td width="18%"><b>Area</b></td><td width="56%"><b>Council response</b></td><td width="14%"><b>Lead</b></td><td width="12%"><b>By</b></td></tr>
<tr><td>Underage sales</td><td>Agreed. Trading Standards will test purchase at all 38 registered retailers in the city in October 2026, and any shop that sells to a child will be referred for a review of its storage licence.</td><td>Trading Standards Manager</td><td>31 Oct 2026</td></tr>
<tr><td>Youth diversion</td><td>The Council will pass the debrief's request for diversion funding to the Police and Crime Commissioner's office for consideration in its autumn grant round. Any decision rests with the Commissioner.</td><td>Community Safety Partnership Officer</td><td>June 2026</td></tr>
<tr><td>Parks and bonfire sites</td><td>The Council has considered an order for the five parks but does not intend to make one; legal advice is that the evidence would not meet the statutory test, and existing anti-social behaviour powers will be used instead. Clearance of bonfire material from known sites, with Kelsbridge Homes, will begin on 20 October 2026, and a free bulky waste collection will be offered to estate residents in the preceding fortnight.</td><td>Parks Manager; Waste Services</td><td>20 Oct 2026</td></tr>
<tr><td>National noise limits</td><td>The Council's view is that the noise limit is for national government and Parliament to set, and the Council will not be writing to the Home Office on this point.</td><td>-</td><td>-</td></tr>
<tr><td>Organised displays</td><td>Funding for three displays could not be found in the 2026/27 budget. The Council will instead support one free display in Hollinwood Park on Saturday 7 November 2026, and will cover the event insurance for a community display elsewhere if one is organised.</td><td>Events Team</td><td>7 Nov 2026</td></tr>
</table>
<h2>Other matters: Diwali and New Year celebrations</h2>
<p>Partners also asked how the plan applies outside the bonfire period. Community safety patrols for Diwali on
8 November 2026 and for New Year's Eve will be planned with faith and community groups through the existing
events safety advisory group.</p>
<h2>Monitoring</h2>
<p>Progress against this plan will be reported to the Safer Kelsbridge Partnership Board in September 2026 and again
in January 2027, after the next bonfire period.</p>
"""


def main():
    tmp = tempfile.mkdtemp(prefix="b103en_lo_")
    for kind, body in (("advice", ADVICE), ("response", RESPONSE)):
        html = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
        H.soffice_pdf(html, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kelsbridge LRF - Bonfire Period 2025 Multi-Agency Debrief Report",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kelsbridge City Council - Bonfire period action plan - March 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="The Council should make a Public Spaces Protection Order banning",
             reply_contains="has considered an order for the five parks but does not intend", verdict="disagrees"),
        dict(number=2, starts_with="The Council should hold a free public fireworks display",
             reply_contains="support one free display in Hollinwood Park", verdict="partly"),
        dict(number=3, starts_with="Trading Standards should carry out test purchases at every registered",
             reply_contains="test purchase at all 38 registered retailers", verdict="agrees"),
        dict(number=4, starts_with="The Council should start removing bonfire material from known sites",
             reply_contains="will begin on 20 October 2026", verdict="agrees"),
        dict(number=5, starts_with="The Council should ask the Police and Crime Commissioner to",
             reply_contains="for consideration in its autumn grant round", verdict="noted"),
        dict(number=6, starts_with="The Council should introduce a single online form for reporting",
             reply_contains=None, verdict="unanswered"),
        dict(number=7, starts_with="The Council should write to the Home Office asking for",
             reply_contains="will not be writing to the Home Office", verdict="disagrees"),
    ]
    H.write_expected(NAME, recs, [
        "this action plan sets out how Kelsbridge City Council",
        "community safety patrols for Diwali on 8 November",
        "reported to the Safer Kelsbridge Partnership Board in September"],
        "Advice: English city's multi-agency bonfire period debrief report for the local resilience forum; recs = "
        "paragraphs 5.1-5.7 ('The Council should ...', 5.3 'Trading Standards should ...') after numbered findings "
        "1.1-4.1; traps: Fireworks Regulations 2004 'must not be used', 'Residents should not have to wait', 2019 "
        "debrief quoted ('the Council should coordinate bonfire clearance'), figures box, 'paragraph 4.2 of the "
        "annex', 120/90 decibels. Response: ACTION PLAN table 'Area | Council response | Lead | By', NO numbers, order "
        "5.3, 5.5, 5.1+5.4, 5.7, 5.2: test purchases at all 38 retailers (3 agrees); diversion passed to the PCC (5 "
        "noted); ONE row 'Parks and bonfire sites' = no PSPO (1 disagrees) + clearance from 20 October (4 agrees); "
        "will not write to the Home Office (7 disagrees); one display not three (2 partly); 5.6 (single reporting "
        "form) unanswered; intro paragraph, 'Other matters: Diwali and New Year', 'Monitoring' (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 86 (EN): a US state RESPONSIBLE GAMING ADVISORY COUNCIL'S ANNUAL RECOMMENDATIONS to the Lottery and Gaming
Control Commission (recommendations as bold run-in sentences 'The Council recommends ...' inside the prose, unnumbered,
with a sidebar of data) answered by the Commission EXECUTIVE DIRECTOR'S LETTER by subject, no numbers.
Chromium headless --print-to-pdf, US Letter, cleaned DejaVu via @font-face. All bodies, people, figures invented.
Run:  /tmp/blind86en/bin/python tests/docs/src/blind86/gen_en_gaming_council_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b86en as H

NAME = "blind86_en_gaming_council"
F = {k: H.clean_font(v) for k, v in (("r", "DejaVuSans.ttf"), ("b", "DejaVuSans-Bold.ttf"), ("i", "DejaVuSans-Oblique.ttf"),
                                     ("sr", "DejaVuSerif.ttf"), ("sb", "DejaVuSerif-Bold.ttf"))}
CSS = f"""
@font-face {{ font-family: S; src: url(file://{F['r']}); }}
@font-face {{ font-family: S; font-weight: bold; src: url(file://{F['b']}); }}
@font-face {{ font-family: S; font-style: italic; src: url(file://{F['i']}); }}
@font-face {{ font-family: R; src: url(file://{F['sr']}); }}
@font-face {{ font-family: R; font-weight: bold; src: url(file://{F['sb']}); }}
@page {{ size: Letter; margin: 0.8in 0.8in 0.8in 0.8in; }}
body {{ font-family: R; font-size: 10pt; line-height: 1.42; font-variant-ligatures: none; font-feature-settings: "liga" 0, "clig" 0; }}
h1 {{ font-family: S; color: #5b2a86; font-size: 19pt; margin: 0 0 4pt; }}
h2 {{ font-family: S; color: #5b2a86; font-size: 12pt; margin: 12pt 0 4pt; border-bottom: 1px solid #5b2a86; }}
.kick {{ font-family: S; font-size: 8pt; letter-spacing: 1px; color: #5b2a86; }}
.grid {{ display: flex; gap: 18pt; }} .main {{ flex: 3; }}
.side {{ flex: 1.2; font-family: S; font-size: 8.4pt; background: #efe8f6; padding: 8pt; align-self: flex-start; }}
.side b {{ display: block; margin-top: 6pt; }}
p {{ margin: 0 0 6pt; }} .sig {{ margin-top: 14pt; }}
table.meta td {{ font-family: S; font-size: 8.6pt; padding: 1pt 10pt 1pt 0; }}
"""


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


ADV = """
<div class='kick'>STATE OF NEW HARLAN &middot; RESPONSIBLE GAMING ADVISORY COUNCIL</div>
<h1>Annual Recommendations to the Lottery and Gaming Control Commission, 2026</h1>
<table class='meta'><tr><td><b>Report</b></td><td>RGAC 2026-1</td><td><b>Adopted</b></td><td>September 24, 2026</td></tr></table>
<div class='grid'><div class='main'>
<h2>Introduction</h2>
<p>Section 12-409 of the New Harlan Gaming Act requires the Council to submit recommendations to the Commission each year on
the prevention and treatment of problem gambling. Since online sports wagering became lawful on January 1, 2025, calls to
the state helpline have more than doubled. This report sets out what the Council heard at four public listening sessions
and its recommendations for the coming year.</p>
<h2>Self-exclusion</h2>
<p>The Commission's voluntary self-exclusion list now holds 11,260 names, but a person must still enroll in person at a
Commission office in Port Calder or Ashby. Under Rule 7.14 an operator must refuse a wager from a listed person, and the
Council found that three operators had accepted wagers from listed persons in the past year. <b>The Council recommends that
the Commission allow people to join the self-exclusion list online, with identity checks, by July 1, 2027.</b> Several
speakers said the minimum enrollment period of one year should be shorter; the Council does not share that view.</p>
<h2>Advertising</h2>
<p>Between March and August 2026 the Council counted an average of 38 sports wagering advertisements per televised game.
In its 2024 report the Council said that "operators should not advertise during broadcasts aimed at audiences under 21",
and that remains an industry code, not a rule. <b>The Council recommends that the Commission adopt a rule banning sports
wagering advertisements during live broadcasts between 6 a.m. and 10 p.m.</b> <b>The Council further recommends that every
advertisement display the helpline number for at least five seconds.</b></p>
<h2>Funding for treatment</h2>
<p>Two per cent of the state's share of gross gaming revenue is set aside by statute for the Problem Gambling Fund. In fiscal
year 2026 that was $6.1 million, of which $1.9 million was spent. Providers told us the grant process takes too long.
<b>The Council recommends that the Commission publish a multi-year grant schedule so that treatment providers can plan
staffing.</b> <b>The Council also recommends asking the Legislature to raise the set-aside for the Problem Gambling Fund
to three per cent.</b></p>
<h2>Data and research</h2>
<p>Operators hold detailed account data but share only annual totals with the Commission. <b>The Council recommends that
operators be required to report quarterly, anonymized data on deposit limits and account closures.</b> A prevalence
survey has not been run since 2019. <b>The Council recommends a statewide gambling prevalence survey every three years,
beginning in 2027.</b></p>
<h2>Conclusion</h2>
<p>The Council thanks the Commission's staff and the people who spoke at our listening sessions, many of them about their
own families.</p>
<p class='sig'>Dr. Elena Marchetti-Oduya, Chair, Responsible Gaming Advisory Council</p>
</div>
<div class='side'><b>At a glance</b>
Helpline calls, FY2024: 2,914<br/>Helpline calls, FY2026: 6,377
<b>Self-exclusion list</b>11,260 names (June 30, 2026)
<b>Problem Gambling Fund</b>$6.1 million available, $1.9 million spent in FY2026
<b>Listening sessions</b>Port Calder, Ashby, Riverton, Elk Hollow (May-June 2026)
<b>Members</b>Nine, appointed under Section 12-408</div>
</div>
"""

RSP = """
<div class='kick'>NEW HARLAN LOTTERY AND GAMING CONTROL COMMISSION</div>
<p style='font-family:S;font-size:8.4pt'>400 Capitol Mall, Port Calder, NH 40211</p>
<p>November 20, 2026</p>
<p>Dr. Elena Marchetti-Oduya<br/>Chair, Responsible Gaming Advisory Council</p>
<p>Dear Dr. Marchetti-Oduya:</p>
<p>On behalf of the Commission, thank you for the Council's 2026 report, which the Commissioners discussed at their public
meeting on November 12. Your listening sessions gave a voice to people who are rarely heard in our proceedings.</p>
<p><b>Treatment funding.</b> Commission staff will publish a three-year grant schedule for the Problem Gambling Fund in
January 2027, and the first multi-year awards will be made in the spring. The Commission has decided not to seek a higher
statutory set-aside, since a large part of the current fund remains unspent.</p>
<p><b>Online enrollment.</b> We agree that enrollment should be easier. An online self-exclusion portal with remote identity
verification is being built and is expected to open in May 2027.</p>
<p><b>Advertising during broadcasts.</b> The Commission is not persuaded that a daytime ban on wagering advertisements
is within its rulemaking authority, and does not intend to propose such a rule. It will instead ask operators to strengthen
the voluntary industry code.</p>
<p><b>Prevalence survey.</b> A prevalence survey is worthwhile, but its cost has not been budgeted. Staff will
request funds for a survey in 2028 and, if funding allows, repeat it every five years rather than every three.</p>
<p><b>Operator reporting.</b> The Commission has referred the proposal for quarterly account data to its Technical Standards
Working Group, which will advise on feasibility and privacy before any decision is made.</p>
<p><b>Lottery retailer compliance.</b> You may also wish to know that our compliance checks found underage lottery sales at 4
per cent of retailers in 2026, down from 9 per cent in 2024.</p>
<p>I look forward to continuing our work together and to seeing the Council at the Commission's meeting in February.</p>
<p class='sig'>Sincerely,<br/><br/>Raymond T. Castellano<br/>Executive Director</p>
"""

for kind, html in (("advice", ADV), ("response", RSP)):
    hp = os.path.join(tempfile.gettempdir(), f"blind86en_{NAME}_{kind}.html")
    open(hp, "w", encoding="utf-8").write(page(html))
    pdf = H.out(f"{NAME}_{kind}.pdf")
    H.chromium_pdf(hp, pdf)
    if kind == "advice":
        H.stamp(pdf, header="RGAC 2026-1  |  Annual Recommendations", footer="{n}", fontfile=F["r"])
    else:
        H.stamp(pdf, footer="Page {n} of {N}", fontfile=F["r"])

H.write_expected(NAME, [
    {"number": 1, "starts_with": "The Council recommends that the Commission allow people to join",
     "reply_contains": "An online self-exclusion portal with remote identity verification", "verdict": "agrees"},
    {"number": 2, "starts_with": "The Council recommends that the Commission adopt a rule banning",
     "reply_contains": "does not intend to propose such a rule", "verdict": "disagrees"},
    {"number": 3, "starts_with": "The Council further recommends that every advertisement display the helpline",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 4, "starts_with": "The Council recommends that the Commission publish a multi-year grant",
     "reply_contains": "will publish a three-year grant schedule", "verdict": "agrees"},
    {"number": 5, "starts_with": "The Council also recommends asking the Legislature to raise the",
     "reply_contains": "has decided not to seek a higher statutory set-aside", "verdict": "disagrees"},
    {"number": 6, "starts_with": "The Council recommends that operators be required to report quarterly",
     "reply_contains": "referred the proposal for quarterly account data", "verdict": "noted"},
    {"number": 7, "starts_with": "The Council recommends a statewide gambling prevalence survey every three",
     "reply_contains": "repeat it every five years rather than every three", "verdict": "partly"},
], ["Your listening sessions gave a voice to people",
    "underage lottery sales at 4 per cent of retailers",
    "I look forward to continuing our work together"],
   "Advice: state Responsible Gaming Advisory Council annual recommendations, Chromium, two-column with a sidebar; recs = "
   "seven UNNUMBERED bold sentences 'The Council recommends ...' inside paragraphs; traps: 'Section 12-409 requires', "
   "Rule 7.14 'an operator must refuse', 'should be shorter', the 2024 report's 'operators should not advertise' quoted. "
   "Response: Executive Director's letter by bold subject labels, NO numbers, order 4+5, 1, 2, 7, 6; ONE paragraph "
   "'Treatment funding' = 4 agrees + 5 disagrees; 3 (helpline in ads) unanswered; thanks, retailer compliance, closing "
   "answer nothing.")
sys.exit(H.main([NAME]))

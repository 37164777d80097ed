"""Round 87 (EN): an Australian state BUSHFIRE MITIGATION INSPECTOR'S INDEPENDENT REVIEW of a hazard reduction burning
program (recommendations 1-7 in a TABLE 'No. | Recommendation | Lead | By') answered by the fire agency's
IMPLEMENTATION PLAN (a table citing recommendation numbers, with a 'Position' column). LibreOffice Writer headless from
HTML, A4, DejaVu. Bodies, people and figures invented.
Run:  /tmp/blind87en/bin/python tests/docs/src/blind87/gen_en_burning_review_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b87en as H

NAME = "blind87_en_burning_review"
STY = """<style>@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2.2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; } h1 { font-size: 16pt; color: #8a3b12; } h2 { font-size: 11pt; color: #8a3b12; }
td, th { font-size: 8.8pt; vertical-align: top; } th { background: #f3dccb; }</style>"""

RECS = [
    ("Raise the annual hazard reduction burning target on public land from 135,000 to 200,000 hectares.", "Minister", "2027-28"),
    ("Publish each year a residual risk measure for every bushfire management zone alongside the hectare figures.", "Service", "June 2027"),
    ("Employ 60 additional permanent fire crew so that the program relies less on seasonal staff.", "Service", "2028"),
    ("Allow planned burns on weekends and public holidays where weather and staffing permit.", "Service", "Autumn 2027"),
    ("Establish a smoke alert service that warns people with respiratory conditions before planned burns.", "Service / Health", "2027"),
    ("Transfer responsibility for burning on Crown roadside reserves from councils to the Service.", "Minister", "2028"),
    ("Commission an independent evaluation of the program's ecological effects every five years.", "Service", "2029"),
]

ADV = """<html><head><meta charset='utf-8'>""" + STY + """</head><body>
<p style='font-size:8pt; color:#8a3b12'><b>OFFICE OF THE BUSHFIRE MITIGATION INSPECTOR</b></p>
<h1>Independent Review of the Hazard Reduction Burning Program 2021-2026</h1>
<p>Report No. 4 of 2026 &middot; Tabled in Parliament 12 August 2026 &middot; Inspector: Ms Kathryn Lindqvist</p>
<h2>Summary</h2>
<p>The Hazard Reduction Burning Program is the largest single part of the State's bushfire mitigation effort. Between 2021-22 and
2025-26 the Rural and Forest Fire Service treated an average of 118,400 hectares a year against a target of 135,000 hectares.
This review asked whether the program is reducing risk to life and property, and how it can be improved. We examined 96 burn
plans, visited 14 districts and received 47 submissions, including from councils, landholders, Aboriginal land councils and
asthma support groups.</p>
<p>Under section 14 of the Fire Service Act the Inspector must review the program at least once every five years and report to
the Minister. The Act also requires every burn to be conducted under an approved burn plan. This report is made under that
section.</p>
<h2>Key findings</h2>
<p><b>Finding 1.</b> The hectare target measures effort rather than risk. Large remote burns count the same as small burns near
towns, and in 2024-25 only 19 per cent of the area burned lay within two kilometres of a settlement.</p>
<p><b>Finding 2.</b> Burn windows are short and getting shorter. Crews are rostered Monday to Friday, so suitable days at weekends
are lost; we counted 23 such days in autumn 2025 alone.</p>
<p><b>Finding 3.</b> The program depends on 310 seasonal firefighters, many of whom leave before the autumn burning season.
Districts told us a burn should be led by an experienced crew leader, and that such leaders are increasingly hard to find.</p>
<p><b>Finding 4.</b> Smoke from planned burns affected Launceston-region air quality on 11 days in 2025. Submitters with asthma said
they learned of burns only when smoke arrived.</p>
<p><b>Finding 5.</b> Councils are responsible for roadside reserves but few have the equipment or skills to burn them, and about
4,600 kilometres of roadside has not been treated in ten years.</p>
<p>The 2016 review of the program recommended that</p>
<p style='margin-left:1cm'><i>'the Service should adopt a risk-based approach to reporting hazard reduction outcomes'.</i></p>
<p>That recommendation was accepted but has not been fully implemented; Recommendation 2 below returns to it.</p>
<h2>Recommendations</h2>
<p>The Inspector makes the following seven recommendations. Recommendations 1 and 6 are directed to the Minister because they
require a change in policy or legislation.</p>
<table border='1' cellspacing='0' cellpadding='4' width='100%'>
<tr><th width='8%'>No.</th><th>Recommendation</th><th width='15%'>Lead</th><th width='13%'>By</th></tr>
""" + "".join(f"<tr><td>{i}</td><td>{r}</td><td>{l}</td><td>{b}</td></tr>" for i, (r, l, b) in enumerate(RECS, 1)) + """
</table>
<h2>Acknowledgements</h2>
<p>The Inspector thanks the staff of the Service, the councils and the many landholders who contributed to the review. The views in
this report are the Inspector's own. The Inspector will report on progress against these recommendations in the 2027-28 annual
report, and expects the Service to publish its implementation plan within three months of tabling.</p>
</body></html>"""

RSP = """<html><head><meta charset='utf-8'>""" + STY + """</head><body>
<p style='font-size:8pt; color:#2f5d3a'><b>RURAL AND FOREST FIRE SERVICE</b></p>
<h1>Implementation Plan: Independent Review of the Hazard Reduction Burning Program</h1>
<p>Version 1.0 &middot; Endorsed by the Commissioner on 30 October 2026</p>
<h2>Purpose of this plan</h2>
<p>This plan sets out how the Service and the Government will respond to Report No. 4 of 2026. It will be updated every six months
and published on the Service's website, and progress will be reported through the Bushfire Mitigation Steering Committee.</p>
<table border='1' cellspacing='0' cellpadding='4' width='100%'>
<tr><th width='9%'>Rec.</th><th width='16%'>Position</th><th>Response and actions</th><th width='14%'>Due</th></tr>
<tr><td>4</td><td>Supported</td><td>Crews in six pilot districts will move to a seven-day roster for the autumn burning period, with
weekend burns approved by the district officer on the day.</td><td>March 2027</td></tr>
<tr><td>1 and 2</td><td>1: Not supported<br/>2: Supported</td><td>The Government will keep the existing hectare target, as a larger
target would favour remote burns over those near towns. Instead the Service has published a residual risk figure for all
nine management zones in its 2025-26 annual report, and will do so every year.</td><td>Complete</td></tr>
<tr><td>5</td><td>Noted</td><td>The Service has referred this proposal to the Department of Health, which leads on air quality
advice, and will take part in any work the Department decides to undertake.</td><td>-</td></tr>
<tr><td>3</td><td>Supported in part</td><td>Funding has been secured for 30 permanent crew positions from July 2027, half the number
proposed; further positions will depend on future budgets.</td><td>July 2027</td></tr>
<tr><td>6</td><td>Not supported</td><td>The Government does not intend to change the legislation on roadside reserves. The Service will
instead offer councils joint burning crews and a shared equipment pool.</td><td>-</td></tr>
</table>
<h2>2026-27 season outlook</h2>
<p>The seasonal outlook issued in September forecasts above-normal fire potential for the east coast and the Midlands. Volunteer
brigade recruitment closed with 412 new members, the highest intake since 2019.</p>
<h2>Contact</h2>
<p>Questions about this plan may be sent to the Manager, Fire Management Planning, at mitigation.plan@rffs.example.gov.au.</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind87en_lo_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        if kind == "advice":
            H.stamp(pdf, header="Independent Review of the Hazard Reduction Burning Program  |  Report No. 4 of 2026",
                    footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
        else:
            H.stamp(pdf, footer="RFFS Implementation Plan v1.0  -  {n}", fontfile=H.clean_font("DejaVuSans.ttf"))
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "Raise the annual hazard reduction burning target on public land",
     "reply_contains": "The Government will keep the existing hectare target", "verdict": "disagrees"},
    {"number": 2, "starts_with": "Publish each year a residual risk measure for every bushfire",
     "reply_contains": "has published a residual risk figure for all nine management zones", "verdict": "agrees"},
    {"number": 3, "starts_with": "Employ 60 additional permanent fire crew so that the program",
     "reply_contains": "Funding has been secured for 30 permanent crew positions", "verdict": "partly"},
    {"number": 4, "starts_with": "Allow planned burns on weekends and public holidays",
     "reply_contains": "will move to a seven-day roster for the autumn burning period", "verdict": "agrees"},
    {"number": 5, "starts_with": "Establish a smoke alert service that warns people with respiratory",
     "reply_contains": "has referred this proposal to the Department of Health", "verdict": "noted"},
    {"number": 6, "starts_with": "Transfer responsibility for burning on Crown roadside reserves from councils",
     "reply_contains": "does not intend to change the legislation on roadside reserves", "verdict": "disagrees"},
    {"number": 7, "starts_with": "Commission an independent evaluation of the program's ecological effects",
     "reply_contains": None, "verdict": "unanswered"},
], ["It will be updated every six months and published",
    "forecasts above-normal fire potential for the east coast",
    "Questions about this plan may be sent to the Manager"],
   "Advice: Australian state Bushfire Mitigation Inspector's independent review of a hazard reduction burning program, "
   "LibreOffice from HTML, A4; recs = TABLE 'No. | Recommendation | Lead | By' rows 1-7 (imperatives); traps: s 14 'the "
   "Inspector must review', 'The Act also requires', bold 'Finding 1-5', 'a burn should be led by', the 2016 review's 'the "
   "Service should adopt a risk-based approach' quoted, 'Recommendation 2 below returns to it', 'Recommendations 1 and 6 are "
   "directed to the Minister'. Response: implementation plan table citing numbers with a Position column, order 4, 1+2, 5, "
   "3, 6; ONE row '1 and 2' = keep hectare target (1 disagrees) + residual risk figure published (2 agrees); 7 (ecological "
   "evaluation) unanswered; 'Purpose of this plan', '2026-27 season outlook', 'Contact' answer nothing.")
sys.exit(H.main([NAME]))

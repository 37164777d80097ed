"""Round 127 (EN): an Australian state's COMMUNITY VISITORS BOARD (volunteers who make unannounced visits to disability
group homes) annual report to Parliament, answered by the GOVERNMENT RESPONSE tabled by the Minister. The report's
seven recommendations are UNNUMBERED: the right-hand cells of two-column tables 'What Community Visitors saw' / 'What
needs to change', one table per theme, each cell opening with a bold imperative title; one right-hand cell asks for
nothing ('No new recommendation ...'). Traps: the Disability Act 2006 paraphrased ('may enter', 'must report'), a
'Visits in numbers' box of figures, the Board's 2023-24 recommendation quoted ('should require', done), a closing line
naming two themes. The Government response NUMBERS the recommendations itself with inline labels ('Recommendation 3 -
Supported.'), in another order (3, 1, 2, 4, then 'Recommendations 5 and 6' under one heading with a verdict each), and
never mentions the seventh; its introduction, a budget figure paragraph and 'Progress on earlier recommendations'
(naming 'Recommendation 4 of the Board's 2023-24 report') answer nothing.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (report) and Liberation Serif (response) via @font-face,
ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references
invented; the Disability Act 2006 is named as context only (what is said of it here is paraphrased and not to be
relied on).
Run:  /tmp/blind127en/bin/python tests/docs/src/blind127/gen_en_community_visitors_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b127en as H

NAME = "blind127_en_community_visitors"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
body { font-family: F; color: #1a1a1a; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.2mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
@page { size: A4; margin: 18mm 19mm 20mm 19mm; }
body { font-size: 9.8pt; line-height: 1.4; }
.top { background: #3b2a6b; color: #fff; padding: 4mm 5mm; margin-bottom: 4mm; }
.top .o { font-size: 8.5pt; letter-spacing: 0.4mm; font-weight: bold; }
.top .t { font-size: 18pt; font-weight: bold; margin: 1.2mm 0; }
.top .s { font-size: 9.5pt; }
h2 { font-size: 12.5pt; color: #3b2a6b; margin: 4mm 0 1.6mm 0; }
.nums { border: 0.4mm solid #3b2a6b; padding: 2mm 4mm; margin: 2mm 0 3mm 0; font-size: 9.3pt; }
.nums table { width: 100%; border-collapse: collapse; }
.nums td { padding: 0.6mm 1mm; }
.nums td.v { font-weight: bold; font-size: 12pt; color: #3b2a6b; width: 22%; }
table.th { width: 100%; border-collapse: collapse; margin: 1mm 0 2.5mm 0; font-size: 9.4pt; }
table.th th { background: #e6e1f2; text-align: left; padding: 1.4mm 2.2mm; border: 0.3mm solid #b7aed6; width: 50%; }
table.th td { padding: 1.6mm 2.2mm; border: 0.3mm solid #b7aed6; vertical-align: top; }
table.th tr { break-inside: avoid; }
"""
CSS_RSP = BASE + """
@page { size: A4; margin: 22mm 24mm 22mm 24mm; }
body { font-size: 11pt; line-height: 1.42; }
.gov { font-size: 9.5pt; font-weight: bold; letter-spacing: 0.3mm; color: #444; }
.title { font-size: 16pt; font-weight: bold; margin: 2mm 0 1mm 0; }
.meta { font-size: 10pt; color: #333; margin-bottom: 5mm; }
h2 { font-size: 12pt; margin: 5mm 0 1.8mm 0; }
h3 { font-size: 11pt; margin: 3.5mm 0 1mm 0; }
"""


def page(css, fam, body):
    f = FONTS % {"r": H.clean_font(f"Liberation{fam}-Regular.ttf"), "b": H.clean_font(f"Liberation{fam}-Bold.ttf"),
                 "i": H.clean_font(f"Liberation{fam}-Italic.ttf")}
    return (f"<!DOCTYPE html><html lang='en-AU'><head><meta charset='utf-8'><style>{f}{css}</style></head>"
            f"<body>{body}</body></html>")


THEMES = [
    ("Restrictive practices", [
        ("In 61 homes Visitors found doors, fridges or pantries locked with no authorisation on record. Staff often "
         "did not know that such measures must be authorised.",
         "<b>Report every unauthorised restrictive practice.</b> The Department should require providers to report "
         "each use of an unauthorised restrictive practice to the Senior Practitioner within two business days."),
    ]),
    ("Staffing", [
        ("Visitors arrived at 44 homes where a single worker was on a night shift with four or five residents, "
         "several of whom had behaviour support plans.",
         "<b>Fund two staff on night shifts.</b> The Department should fund at least two staff on every night shift "
         "in group homes where any resident has a behaviour support plan."),
        ("Agency staff made up more than half of the shifts in 29 homes. Residents told Visitors they did not know "
         "who would be coming in to help them.",
         "No new recommendation this year. The Board will look at agency staffing again when the new workforce "
         "strategy has been in place for a year."),
    ]),
    ("Health and safety", [
        ("One resident in three had no record of a health assessment in the past year. Dental care was the gap most "
         "often seen.",
         "<b>Give every resident an annual health check.</b> Providers should make sure that every resident has an "
         "annual comprehensive health assessment with a GP, and the Department should check that this happens."),
        ("Fire sprinklers have been fitted in most group homes, but 38 older homes still rely on smoke alarms "
         "alone.",
         "<b>Finish the sprinkler program.</b> The Department should complete the fitting of fire sprinklers in the "
         "remaining 38 group homes by June 2027."),
    ]),
    ("Choice and control", [
        ("Residents and families were often told of a new housemate only days before the move, with no chance to "
         "meet them first.",
         "<b>Give residents a say in who they live with.</b> The Department should give residents, or their families, "
         "a say in who fills a vacancy in their home, through a written compatibility process."),
        ("Visitors raised 1,906 issues with providers this year. Families cannot see how quickly each provider deals "
         "with them.",
         "<b>Publish how providers respond.</b> The Department should publish, for each provider, the number of issues "
         "raised by Community Visitors and the average time taken to resolve them."),
        ("More people now receive supported independent living in privately rented homes, where Community Visitors "
         "have no right to visit.",
         "<b>Let Visitors follow the residents.</b> The Minister should seek an amendment to the Act so that "
         "Community Visitors may visit people who receive supported independent living in privately rented "
         "homes."),
    ]),
]


def advice():
    th = ""
    for theme, rows in THEMES:
        trs = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        th += (f"<h2>{theme}</h2><table class='th'><tr><th>What Community Visitors saw</th><th>What needs to change"
               f"</th></tr>{trs}</table>")
    b = f"""
<div class='top'><div class='o'>COMMUNITY VISITORS BOARD</div>
<div class='t'>Annual Report 2024-25: Disability Group Homes</div>
<div class='s'>Report to Parliament under the Disability Act 2006 &#183; October 2025 &#183; Presiding Member: Dr
Helena Marchetti-Obi</div></div>
<h2>About Community Visitors</h2>
<p>Community Visitors are volunteers appointed by the Governor in Council. Under the Disability Act 2006 they may enter
any group home at any reasonable time without notice, and the Board must report each year on the matters Visitors
have raised. Visitors talk with residents, look at records and raise problems directly with the house supervisor.</p>
<div class='nums'><table>
<tr><td class='v'>418</td><td>group homes visited at least once</td><td class='v'>1,906</td><td>issues raised with
providers</td></tr>
<tr><td class='v'>1,372</td><td>visits made by 164 volunteers</td><td class='v'>71%</td><td>issues resolved within 30
days</td></tr>
</table></div>
<p>In our 2023-24 report we recommended that the Department \"should require every group home to test its smoke alarms
monthly\". Monthly testing is now a condition of every service agreement, and Visitors found records in almost every
home.</p>
<p>This report sets out, theme by theme, what Visitors saw and what the Board believes needs to change.</p>
{th}
<h2>Looking ahead</h2>
<p>In next year's report the Board will pay particular attention to restrictive practices and night staffing. We thank
every Community Visitor for the time and care they have given this year.</p>
"""
    return page(CSS_ADV, "Sans", b)


def response():
    b = """
<div class='gov'>MINISTER FOR DISABILITY INCLUSION</div>
<div class='title'>Government Response to the Community Visitors Board Annual Report 2024-25</div>
<div class='meta'>Tabled in the Legislative Assembly, 11 March 2026</div>
<h2>Introduction</h2>
<p>The Government thanks the Community Visitors Board and its 164 volunteers for their report. Their visits give
residents of group homes an independent voice, and the report is a valuable guide to where services must improve.</p>
<p>The 2025-26 Budget provides $14.6 million over four years for safeguarding in disability accommodation, including
an expanded Senior Practitioner team. The report made seven recommendations, which the Government has numbered in the
order in which they appear. The Government's response to each is set out below.</p>
<h2>Response to the recommendations</h2>
<h3>Recommendation 3 - Supported.</h3>
<p>From 1 July 2026, annual health assessments will be a requirement of every accommodation service agreement, and the
Department will audit completion rates twice a year. A dental pathway is being developed with community dental
services.</p>
<h3>Recommendation 1 - Supported.</h3>
<p>The Government agrees that no unauthorised restrictive practice should go unreported. The reporting period will be
set at two business days in the revised Senior Practitioner guidelines to be issued in May 2026, and compliance will
be checked during audits.</p>
<h3>Recommendation 2 - Supported in part.</h3>
<p>The Government will fund a second night-shift worker in homes with five or more residents where at least one
resident has a behaviour support plan, starting with 120 homes from January 2027. Smaller homes will continue to be
staffed according to individual assessments of need.</p>
<h3>Recommendation 4 - Noted.</h3>
<p>The fitting of sprinklers in the remaining older homes will be considered as part of the Department's capital works
planning for 2027-28 and later years. The Government is not in a position to commit to a completion date at this
time.</p>
<h3>Recommendations 5 and 6</h3>
<p>Recommendation 5 is supported. A written compatibility process, in which current residents and their families are
consulted before a vacancy is filled, will be introduced across all Department-funded homes by December 2026.</p>
<p>Recommendation 6 is not supported. Publishing provider-level figures could identify individual residents in small
homes, and the Department already reviews these figures with each provider every quarter. The Government will instead
continue to provide the Board with the full data on request.</p>
<h2>Progress on earlier recommendations</h2>
<p>Recommendation 4 of the Board's 2023-24 report, on monthly smoke alarm testing, has been fully implemented. Work
continues on the remaining two recommendations from that report, on medication storage and transport to day
programs.</p>
<p><i>The Hon. Priya Vandermeer-Nash MP, Minister for Disability Inclusion</i></p>
"""
    return page(CSS_RSP, "Serif", b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind127en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Community Visitors Board - Annual Report 2024-25",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Government Response - Community Visitors Annual Report 2024-25",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Report every unauthorised restrictive practice. The Department should require",
         "reply_contains": "The reporting period will be set at two business days", "verdict": "agrees"},
        {"number": 2, "starts_with": "Fund two staff on night shifts. The Department should fund",
         "reply_contains": "Smaller homes will continue to be staffed according to individual assessments",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Give every resident an annual health check. Providers should make sure",
         "reply_contains": "annual health assessments will be a requirement of every accommodation service",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Finish the sprinkler program. The Department should complete the fitting",
         "reply_contains": "not in a position to commit to a completion date", "verdict": "noted"},
        {"number": 5, "starts_with": "Give residents a say in who they live with.",
         "reply_contains": "Recommendation 5 is supported. A written compatibility process",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Publish how providers respond. The Department should publish, for each provider",
         "reply_contains": "Publishing provider-level figures could identify individual residents in small homes",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "Let Visitors follow the residents. The Minister should seek an amendment",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["provides $14.6 million over four years for safeguarding",
                 "on monthly smoke alarm testing, has been fully implemented"]
    notes = ("Advice: an Australian state's COMMUNITY VISITORS BOARD annual report to Parliament on disability group "
             "homes; the Disability Act 2006 paraphrased ('may enter', 'must report'); a 'Visits in numbers' box of "
             "figures; the 2023-24 recommendation quoted ('should require ... smoke alarms monthly', done); the seven "
             "recommendations are UNNUMBERED right-hand cells of two-column tables 'What Community Visitors saw' / "
             "'What needs to change', one table per theme, each opening with a bold imperative title (1 report "
             "unauthorised restrictive practices within two business days, 2 two staff on night shifts, 3 annual "
             "health check, 4 sprinklers in the remaining 38 homes by June 2027, 5 residents' say in who fills a "
             "vacancy, 6 publish issues and resolution times by provider, 7 amend the Act so Visitors can visit "
             "privately rented homes); one right-hand cell asks for nothing ('No new recommendation this year'); "
             "closing names two themes. Response: the GOVERNMENT RESPONSE tabled by the Minister, which NUMBERS the "
             "recommendations itself with inline heading labels in the order 3, 1, 2, 4, then 'Recommendations 5 and "
             "6' under one heading: 3 'Supported.' (agrees); 1 'Supported.' (agrees); 2 'Supported in part.', a second "
             "worker only in homes with five or more residents (partly); 4 'Noted.', capital planning, no date "
             "(noted); 5 'is supported' (agrees); 6 'is not supported' (disagrees); 7 never mentioned (unanswered). The "
             "introduction (a $14.6 million figure, 'seven recommendations') and 'Progress on earlier recommendations' "
             "('Recommendation 4 of the Board's 2023-24 report') answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

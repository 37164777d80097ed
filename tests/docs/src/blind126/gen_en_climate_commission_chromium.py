"""Round 126 (EN): a Scottish city's independent CLIMATE COMMISSION's annual progress review, answered in the
LEADER OF THE COUNCIL'S REPORT to a meeting of the full City Council (a written report with numbered paragraphs on
several unrelated items). The advice's seven recommendations are a LETTERED list '(a)'-'(g)' after 'We recommend that
the Council:', in lower case, the list running across the page break. Traps: the Climate Change (Scotland) Act 2009
paraphrased ('must ... act in the way best calculated'), six numbered KEY FINDINGS, a table quoting the Commission's
2024 recommendations ('The Council should ...') with their progress, a box of asks to residents, and a closing line
naming '(a) and (d)'. The Leader's report answers by ORDINALS ('The Commission's fourth recommendation', 'its first',
'The third and sixth recommendations both concern transport') in another order, one paragraph answering two; the
seventh is never mentioned; the budget, the growth deal, housing and engagements items answer nothing, and one
paragraph names 'paragraph 5.2 of report CX/26/014'.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans (review) and cleaned Liberation Serif (Leader's report)
via @font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and references invented; the Climate Change (Scotland) Act 2009 is named as context only (what is said
of it here is paraphrased and not to be relied on).
Run:  /tmp/blind126en/bin/python tests/docs/src/blind126/gen_en_climate_commission_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b126en as H

NAME = "blind126_en_climate_commission"
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
@page { size: A4; margin: 18mm 20mm 20mm 20mm; }
body { font-size: 10pt; line-height: 1.42; }
.band { border-top: 2.5mm solid #2e7d5b; padding-top: 3mm; margin-bottom: 4mm; }
.band .o { font-size: 9pt; letter-spacing: 0.4mm; color: #2e7d5b; font-weight: bold; }
.band .t { font-size: 19pt; font-weight: bold; margin: 1.5mm 0; }
.band .s { font-size: 10pt; color: #444; }
h2 { font-size: 12.5pt; color: #2e7d5b; margin: 4.5mm 0 1.6mm 0; }
ol.kf { margin: 0 0 2mm 0; padding-left: 7mm; }
ol.kf li { margin-bottom: 1mm; }
table.prog { width: 100%; border-collapse: collapse; font-size: 9.2pt; margin: 1mm 0 3mm 0; }
table.prog th { background: #dcebe3; text-align: left; padding: 1.3mm 2mm; border: 0.3mm solid #9dbfae; }
table.prog td { padding: 1.3mm 2mm; border: 0.3mm solid #9dbfae; vertical-align: top; }
.box { background: #f2f6ef; border: 0.3mm solid #9dbfae; padding: 2.5mm 3.5mm; font-size: 9.5pt; margin: 2mm 0 3mm 0; }
.rec { padding-left: 9mm; text-indent: -9mm; margin: 0 0 2.4mm 0; }
.rec span.l { display: inline-block; width: 9mm; text-indent: 0; font-weight: bold; color: #2e7d5b; }
"""
CSS_RSP = BASE + """
@page { size: A4; margin: 20mm 22mm 22mm 22mm; }
body { font-size: 11pt; line-height: 1.4; }
.crest { font-size: 10pt; font-weight: bold; letter-spacing: 0.3mm; text-align: center; }
.title { font-size: 15pt; font-weight: bold; text-align: center; margin: 2mm 0 1mm 0; }
.meta { text-align: center; font-size: 10pt; color: #333; margin-bottom: 5mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm 0; text-transform: uppercase; }
.np { padding-left: 11mm; text-indent: -11mm; }
.np span.n { display: inline-block; width: 11mm; text-indent: 0; }
"""


def page(css, fam, body):
    f = FONTS % {"r": H.clean_font(f"Liberation{fam}-Regular.ttf"), "b": H.clean_font(f"Liberation{fam}-Bold.ttf"),
                 "i": H.clean_font(f"Liberation{fam}-Italic.ttf")}
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><style>{f}{css}</style></head>"
            f"<body>{body}</body></html>")


RECS = [
    "adopt a carbon budget for the city, setting a limit on emissions for each year to 2040, and report against it "
    "in every annual budget;",
    "bring all 2,400 council homes now rated EPC band D or below up to at least band C by 2030;",
    "introduce a workplace parking levy in the city centre by 2028 and use the income to improve public transport;",
    "designate heat network zones around the hospital, the university campus and the waterfront, and require new "
    "buildings within them to connect;",
    "use its role as administering authority of the Dunmarrow Pension Fund to set a date for ending investment in "
    "fossil fuel companies;",
    "build continuous bus priority lanes on the three main radial routes, Wester Road, Carse Road and Harbour Road, "
    "by 2028; and",
    "provide climate literacy training to all elected members and senior officers within a year of each local "
    "election.",
]


def advice():
    kf = "".join(f"<li>{t}</li>" for t in [
        "Territorial emissions in Dunmarrow fell by 42 per cent between 2005 and 2023, but by only 1.9 per cent in "
        "2023 itself.",
        "Transport is now the largest source, at 37 per cent of the total, and car traffic is back above its 2019 "
        "level.",
        "Heating homes and other buildings accounts for 33 per cent, and two in five homes are rated EPC band D or "
        "below.",
        "The Council's own emissions fell by 6 per cent in 2024/25, mostly because of LED street lighting.",
        "Bus patronage has recovered to 88 per cent of its 2019 level, but journey times on the main routes have "
        "grown.",
        "At the present rate of progress the city would reach net zero around 2058, not 2040."])
    recs = "".join(f"<p class='rec'><span class='l'>({chr(97 + i)})</span>{t}</p>" for i, t in enumerate(RECS))
    b = f"""
<div class='band'><div class='o'>DUNMARROW CLIMATE COMMISSION</div>
<div class='t'>Annual Progress Review 2025: Is Dunmarrow on track for net zero by 2040?</div>
<div class='s'>An independent review for Dunmarrow City Council and its partners &#183; DCC/APR/2025 &#183; published
4 February 2026 &#183; Co-chairs: Professor Eilidh Drummond and Sanjay Kohli-Bain</div></div>

<h2>About the Commission</h2>
<p>The Dunmarrow Climate Commission is an independent advisory body set up in 2020 by the City Council, the city's
two universities and the Chamber of Commerce. Its twelve members serve without pay. We advise; we do not decide, and
nothing in this review binds the Council. Each year we review the city's progress towards its target of net zero
emissions by 2040 and make recommendations.</p>
<p>The Council is bound by the public bodies duties in the Climate Change (Scotland) Act 2009: in exercising its
functions it must act in the way best calculated to contribute to delivery of the national emissions targets. The
city's own 2040 target goes further than the national one, and it is against that target that we measure
progress.</p>

<h2>Key findings</h2>
<ol class='kf'>{kf}</ol>

<h2>What residents can do</h2>
<div class='box'>Check whether your home qualifies for a free insulation survey. Try the bus or a bike for one journey
a week. Ask your employer whether it has a travel plan. Join one of the 17 community climate groups in the city.</div>

<h2>Our recommendations to Dunmarrow City Council</h2>
<p>The city will not reach net zero by 2040 unless the pace of change roughly doubles. The largest gains are in
transport and in heating. We recommend that the Council:</p>
{recs}
<h2>Progress on our 2024 recommendations</h2>
<table class='prog'><tr><th style='width:64%'>2024 recommendation</th><th>Progress</th></tr>
<tr><td>The Council should publish a Local Heat and Energy Efficiency Strategy by the end of 2024.</td>
<td>Done (December 2024).</td></tr>
<tr><td>The Council should replace all remaining sodium street lights with LED units.</td><td>Done.</td></tr>
<tr><td>The Council should set up a climate fund for community groups.</td><td>Fund opened; 41 grants so
far.</td></tr>
<tr><td>The Council should require a climate impact assessment for every Committee report.</td><td>Only for
reports with a capital cost; not yet for others.</td></tr>
</table>

<p>Recommendations (a) and (d) are, in our view, the most urgent, because other decisions depend on them. We will
report on progress against all of them in next year's review.</p>
<p><i>Professor Eilidh Drummond and Sanjay Kohli-Bain, Co-chairs, on behalf of the Dunmarrow Climate
Commission</i></p>
"""
    return page(CSS_ADV, "Sans", b)


PARAS = [
    ("1", "Budget 2026/27", [
        "At its meeting on 26 February the Council set a balanced budget for 2026/27 and a Council Tax increase of "
        "6 per cent. I am grateful to all groups for the constructive tone of the debate, and to officers for their "
        "work on a very difficult settlement.",
        "The savings agreed will be monitored by the Policy and Resources Committee, which will receive the first "
        "quarterly report in August."]),
    ("2", "Dunmarrow Region Growth Deal", [
        "The full business case for the Waterfront Innovation Quarter was approved by both Governments on 9 March, "
        "releasing 18.5 million pounds of Growth Deal funding. Construction of the first building will begin in "
        "the summer."]),
    ("3", "Dunmarrow Climate Commission: Annual Progress Review 2025", [
        "The Commission published its Annual Progress Review on 4 February, and the co-chairs presented it to the "
        "City Governance Committee on 2 March. I want to thank the Commission's members for their work, which they "
        "give unpaid. The Administration's response to each of the review's recommendations is summarised below; the "
        "full response is in report CX/26/014.",
        "The Commission's fourth recommendation, on heat networks, is accepted in full. The Council will designate "
        "its first three heat network zones by December 2026, and new buildings in those zones will be required to "
        "connect, as set out in paragraph 5.2 of report CX/26/014.",
        "On its first recommendation, we agree that the city needs a carbon budget. From the 2027/28 budget onwards, "
        "every annual budget report will show the city's emissions against a yearly limit set to 2040.",
        "The second recommendation asked us to bring all 2,400 of our homes in band D or below up to band C by "
        "2030. We will complete 1,600 of them by 2030. The rest are mainly in mixed-tenure tenements, where works "
        "need the agreement of private owners, and we expect to finish those by 2033.",
        "The third and sixth recommendations both concern transport. The Administration will not introduce a "
        "workplace parking levy in this Council term; city centre businesses are still recovering, and we do not "
        "believe a levy would be right at this time. Nor will we bring forward bus priority lanes on the three "
        "radial routes ahead of the new Regional Transport Strategy, which is not due until 2029.",
        "The fifth recommendation is a matter for the Pension Fund Committee, which acts for the Council as "
        "administering authority. I have passed it to the Committee's Convener, and the Committee will consider it "
        "in the investment strategy review it will carry out later this year."]),
    ("4", "Housing", [
        "The Council completed 312 new homes for social rent in 2025/26, the highest number in a single year since "
        "1979. A further 280 are on site."]),
    ("5", "Engagements", [
        "Since the last meeting of the Council I have met the Cabinet Secretary for Housing, the principals of both "
        "universities and the Dunmarrow Youth Council, and attended the opening of the new Westfield Library."]),
]


def response():
    body = ""
    for n, title, ps in PARAS:
        body += f"<h2>{n}. {title}</h2>"
        for j, t in enumerate(ps, 1):
            body += f"<p class='np'><span class='n'>{n}.{j}</span>{t}</p>"
    b = f"""
<div class='crest'>DUNMARROW CITY COUNCIL</div>
<div class='title'>Report by the Leader of the Council</div>
<div class='meta'>City Council, 26 March 2026 &#183; Agenda item 6 &#183; Councillor Fiona MacAskill-Reid</div>
<p>This report covers the main matters that have arisen since the last ordinary meeting of the Council on 29
January 2026.</p>
{body}
<p><b>Recommendation:</b> The Council is asked to note this report.</p>
<p>Councillor Fiona MacAskill-Reid<br/>Leader of the Council<br/>17 March 2026</p>
"""
    return page(CSS_RSP, "Serif", b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind126en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Dunmarrow Climate Commission - Annual Progress Review 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Dunmarrow City Council - Report by the Leader, 26 March 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "adopt a carbon budget for the city, setting a limit on emissions",
         "reply_contains": "we agree that the city needs a carbon budget", "verdict": "agrees"},
        {"number": 2, "starts_with": "bring all 2,400 council homes now rated EPC band D",
         "reply_contains": "We will complete 1,600 of them by 2030", "verdict": "partly"},
        {"number": 3, "starts_with": "introduce a workplace parking levy in the city centre by 2028",
         "reply_contains": "will not introduce a workplace parking levy in this Council term",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "designate heat network zones around the hospital, the university campus",
         "reply_contains": "The Council will designate its first three heat network zones",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "use its role as administering authority of the Dunmarrow Pension Fund",
         "reply_contains": "I have passed it to the Committee's Convener", "verdict": "noted"},
        {"number": 6, "starts_with": "build continuous bus priority lanes on the three main radial routes",
         "reply_contains": "Nor will we bring forward bus priority lanes", "verdict": "disagrees"},
        {"number": 7, "starts_with": "provide climate literacy training to all elected members and senior officers",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["set a balanced budget for 2026/27 and a Council Tax increase",
                 "releasing 18.5 million pounds of Growth Deal funding",
                 "completed 312 new homes for social rent in 2025/26",
                 "attended the opening of the new Westfield Library"]
    notes = ("Advice: a Scottish city's independent CLIMATE COMMISSION's annual progress review; the Climate Change "
             "(Scotland) Act 2009 paraphrased ('must act in the way best calculated'); KEY FINDINGS 1.-6. (figures, no "
             "recommendations); a table quoting the four 2024 recommendations ('The Council should ...') with "
             "progress; a 'What residents can do' box of imperatives; the seven recommendations a LETTERED list "
             "'(a)'-'(g)' in lower case after 'We recommend that the Council:', the list running across the page break "
             "(a carbon budget, b council homes to band C by 2030, c workplace parking levy, d heat network zones, e "
             "pension fund fossil fuel date, f bus priority lanes by 2028, g climate literacy training); closing "
             "'Recommendations (a) and (d) are ... the most urgent'. Response: the LEADER OF THE COUNCIL'S REPORT to "
             "full Council, items 1-5 with paragraphs 1.1-5.1; item 3 answers by ORDINALS in the order 4, 1, 2, 3+6, 5: "
             "fourth 'accepted in full' (4 agrees); first 'we agree' (1 agrees); second 1,600 by 2030, the rest by "
             "2033 (2 partly); 'The third and sixth recommendations both concern transport' in one paragraph: no levy "
             "this term (3 disagrees) and no bus lanes ahead of the 2029 strategy (6 disagrees); fifth passed to the "
             "Pension Fund Committee to consider (5 noted); the seventh never mentioned (7 unanswered). Paragraph 3.1 "
             "(thanks, report CX/26/014) and items 1 Budget, 2 Growth Deal, 4 Housing, 5 Engagements answer nothing; "
             "paragraph 3.2 names 'paragraph 5.2 of report CX/26/014'.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

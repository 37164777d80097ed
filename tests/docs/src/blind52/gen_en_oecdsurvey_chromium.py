"""Round 52 (EN): an OECD Economic Survey (genre of 'OECD Economic Surveys: <country> 2026', executive summary and
chapter 1 'Key policy insights') on the invented Republic of Valmora, answered by the Ministry of Finance's press
release on the day of publication with the minister's quotes (a press release as the reply form). The
recommendations stand only in three two-column tables 'MAIN FINDINGS | RECOMMENDATIONS (key recommendations in
bold)', some rows holding two recommendations for one finding, unnumbered; an executive-summary box paraphrases
the three key ones; traps: the projections table, 'should' findings, Table 1.4 of past OECD recommendations with
the action taken, an OECD Council 'Recommendation on ...' legal instrument mentioned. Chromium headless
--print-to-pdf, A4, cleaned Liberation fonts via @font-face, ligatures off; running header and page numbers stamped
with PyMuPDF. All content (country, ministry, people, figures) is invented.

Run:  /tmp/blind52en/bin/python tests/docs/src/blind52/gen_en_oecdsurvey_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b52en as H

NAME = "blind52_en_oecdsurvey"
TMP = "/tmp/b52en/oecdsurvey"

TABLES = [
    ("Table 1.2. Findings and recommendations to ensure fiscal sustainability", [
        ("Public debt has risen to 78% of GDP and ageing will add 3.1% of GDP to annual spending by 2050.",
         [("Implement the planned fiscal consolidation of 0.5% of GDP per year until the debt ratio is on a "
           "firmly declining path.", True)]),
        ("Reduced VAT rates cost 1.4% of GDP a year in forgone revenue and mainly benefit higher-income households.",
         [("Broaden the VAT base by phasing out the reduced rates on hotels, restaurants and domestic energy, "
           "and compensate low-income households through targeted transfers.", False)]),
        ("Life expectancy at 65 has risen by 2.6 years since the retirement age was last set in 2009.",
         [("Link the statutory retirement age to gains in life expectancy after 2030.", False)]),
    ]),
    ("Table 1.3. Findings and recommendations to improve housing affordability", [
        ("House prices have risen by 64% in real terms since 2015; zoning rules limit most urban land to low-rise "
         "housing.",
         [("Ease zoning restrictions in the largest cities and allow higher-density construction near public "
           "transport hubs.", True)]),
        ("Mortgage interest is fully deductible from taxable income, which pushes up prices and favours "
         "high-income owners, while property is taxed on values last assessed in 1998.",
         [("Phase out the deductibility of mortgage interest gradually over ten years.", False),
          ("Introduce a recurrent tax on residential property based on regularly updated market values.", False)]),
    ]),
    ("Table 1.5. Findings and recommendations to raise labour force participation", [
        ("Employment of mothers of children under three is 18 percentage points below the OECD average; childcare "
         "places cover 41% of children aged one to three.",
         [("Expand access to affordable full-day early childhood education and care for children aged one to "
           "three.", True)]),
        ("One in three immigrants with a tertiary degree works in a job requiring lower qualifications.",
         [("Speed up the recognition of foreign qualifications and offer bridging courses in regulated "
           "professions.", False)]),
    ]),
]
RECS = [t for _, rows in TABLES for _, recs in rows for t, _ in recs]


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                     ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
        css += "@font-face {font-family: LSer; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSerif-%s.ttf" % st), w, s)
    return css


CSS = """
@page {size: A4; margin: 20mm 18mm 18mm 18mm;}
html {font-family: LS; font-size: 9.6pt; line-height: 1.38; font-variant-ligatures: none; color: #1b1b1b;}
h1 {font-size: 14pt; color: #0b4a8b; margin: 10pt 0 5pt 0;}
h2 {font-size: 11pt; color: #0b4a8b; margin: 9pt 0 4pt 0;}
p {margin: 0 0 5.5pt 0;}
table {border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 4pt 0 3pt 0;}
th, td {padding: 3pt 5pt; text-align: left; vertical-align: top; border-bottom: 1px solid #9fb3c8;}
th {background: #0b4a8b; color: white;}
.cap {font-weight: bold; font-size: 8.8pt; color: #0b4a8b; margin-top: 8pt;}
.src {font-size: 7.6pt; color: #555; margin-bottom: 8pt;}
.banner {background: #0b4a8b; color: white; padding: 16pt 14pt; margin-bottom: 12pt;}
.banner .big {font-size: 22pt; font-weight: bold;}
.box {background: #e7eef6; padding: 7pt 10pt; margin: 7pt 0;}
.num td:not(:first-child), .num th:not(:first-child) {text-align: right;}
.pr {font-family: LSer; font-size: 11pt;}
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>"
            + body + "</body></html>")


def advice():
    b = ["<div class='banner'><div>OECD Economic Surveys</div><div class='big'>Valmora 2026</div>"
         "<div>Executive summary and Chapter 1: Key policy insights (extract)</div></div>"]
    b.append("<p class='src'>This Survey is published under the responsibility of the Economic and Development "
             "Review Committee (EDRC), which is charged with the examination of the economic situation of member "
             "countries. The economic situation and policies of Valmora were reviewed by the Committee on 17 March "
             "2026. The draft report was then revised in light of the discussions and given final approval as the "
             "agreed report of the whole Committee on 8 April 2026.</p>")
    b.append("<h1>Executive summary</h1>")
    b.append("<p><b>The economy is recovering, but fiscal space is limited.</b> Growth picked up to 1.6% in 2025 as "
             "real wages recovered. Inflation has fallen to close to the central bank's 2% target. However, public "
             "debt is high and rising, and the ageing of the population will put further pressure on the budget. "
             "Fiscal policy should aim to rebuild buffers while protecting public investment.</p>")
    b.append("<p class='cap'>Table 1. Growth will remain moderate</p>")
    b.append("<table class='num'><tr><th></th><th>2023</th><th>2024</th><th>2025</th><th>2026</th><th>2027</th></tr>"
             "<tr><td>Real GDP growth (%)</td><td>0.4</td><td>0.9</td><td>1.6</td><td>1.8</td><td>1.7</td></tr>"
             "<tr><td>Unemployment rate (%)</td><td>5.9</td><td>5.6</td><td>5.2</td><td>5.0</td><td>4.9</td></tr>"
             "<tr><td>Consumer price inflation (%)</td><td>6.8</td><td>3.4</td><td>2.3</td><td>2.1</td><td>2.0</td></tr>"
             "<tr><td>General government balance (% of GDP)</td><td>-3.9</td><td>-3.6</td><td>-3.2</td><td>-2.8</td>"
             "<td>-2.4</td></tr>"
             "<tr><td>Gross public debt (% of GDP)</td><td>74.2</td><td>76.0</td><td>78.1</td><td>78.4</td><td>78.0</td>"
             "</tr></table>")
    b.append("<p class='src'>Source: OECD Economic Outlook database; projections for 2026 and 2027.</p>")
    b.append("<p><b>Housing has become less affordable.</b> Real house prices have risen faster than in any other "
             "OECD country since 2015. Restrictive zoning and generous tax treatment of owner-occupied housing "
             "are the main drivers.</p>")
    b.append("<p><b>More people could work.</b> Participation of mothers of young children and of skilled "
             "immigrants is low. Better access to childcare and faster recognition of skills would raise "
             "potential growth.</p>")
    b.append("<div class='box'><b>What the Survey recommends (key points)</b><br>- Bring public debt onto a declining "
             "path through steady consolidation.<br>- Allow more homes to be built in the cities.<br>- Make early "
             "childhood education and care available to all families with young children.</div>")
    b.append("<h1 style='page-break-before: always'>1. Key policy insights</h1>")
    b.append("<h2>Restoring fiscal sustainability</h2>")
    b.append("<p>1.1. The general government deficit has narrowed from its 2023 peak but remains above 3% of GDP. "
             "The Medium-Term Fiscal Plan 2026-2029 foresees an improvement of the structural balance of about "
             "0.5% of GDP a year. Ageing-related spending will rise by 3.1% of GDP by 2050 (Figure 1.6, not "
             "reproduced), mainly in pensions and long-term care.</p>")
    b.append("<p>1.2. Consolidation should rely more on the revenue side than in the past. Valmora's VAT revenue "
             "ratio is among the lowest in the OECD, reflecting a long list of reduced rates. The earlier Survey "
             "found that reduced rates are a poor way to help low-income households, and this remains the case.</p>")
    b.append(tbl(TABLES[0]))
    b.append("<h2>Making housing more affordable</h2>")
    b.append("<p>1.3. Housing supply has responded weakly to rising prices. In the capital, 71% of residential land "
             "is zoned for detached or semi-detached houses. Municipalities should be given stronger incentives to "
             "allow construction. The tax system favours owner-occupied housing and debt financing, consistent with "
             "the high level of household debt (218% of disposable income).</p>")
    b.append("<p class='cap'>Table 1.4. Past OECD recommendations on housing</p>")
    b.append("<table><tr><th style='width:50%'>Recommendations in past Surveys</th><th>Action taken since the 2024 "
             "Survey</th></tr><tr><td>Reduce the deductibility of mortgage interest.</td><td>No action taken.</td>"
             "</tr><tr><td>Strengthen the legal framework for rental housing to encourage long-term "
             "leases.</td><td>The Tenancy Act was amended in 2025 to allow indexed five-year leases.</td></tr>"
             "</table>")
    b.append(tbl(TABLES[1]))
    b.append("<h2>Raising participation in the labour market</h2>")
    b.append("<p>1.4. Employment is high among men but the participation of mothers with young children lags, as "
             "childcare places are scarce and expensive outside the main cities. Valmora adhered in 2024 to the "
             "OECD Council Recommendation on Gender Equality in Education, Employment and Entrepreneurship, which "
             "calls on adherents to promote affordable, good-quality childcare.</p>")
    b.append("<p>1.5. Skilled immigrants face long delays: recognition of a foreign medical degree takes on "
             "average 26 months. Over-qualification is widespread.</p>")
    b.append(tbl(TABLES[2]))
    return page("".join(b))


def tbl(t):
    cap, rows = t
    h = ["<p class='cap'>%s</p><table><tr><th style='width:48%%'>MAIN FINDINGS</th><th>RECOMMENDATIONS (key "
         "recommendations in bold)</th></tr>" % cap]
    for f, recs in rows:
        cell = "".join("<p>%s</p>" % (("<b>%s</b>" % r) if key else r) for r, key in recs)
        h.append("<tr><td>%s</td><td>%s</td></tr>" % (f, cell))
    return "".join(h) + "</table>"


def response():
    b = ["<table style='border:none'><tr><td style='border:none; width:60%'><b style='font-size:14pt; "
         "color:#7a1f2b'>MINISTRY OF FINANCE</b><br><span style='font-size:8pt'>Republic of Valmora - "
         "Treasury Building, 3 Quay Street, Port Aurel</span></td><td style='border:none; text-align:right; "
         "font-size:8.4pt'>PRESS RELEASE<br>No. 47/2026<br>15 April 2026</td></tr></table>"]
    b.append("<p style='font-size:8.4pt'><b>FOR IMMEDIATE RELEASE</b></p>")
    b.append("<h1 style='color:#7a1f2b'>Minister Halvorsen welcomes OECD Economic Survey: \"A resilient economy that "
             "must stay on course\"</h1>")
    b.append("<div class='pr'>")
    b.append("<p>The Organisation for Economic Co-operation and Development (OECD) today published its Economic "
             "Survey of Valmora 2026. The Survey was presented in Port Aurel by the OECD Chief Economist together "
             "with the Minister of Finance, Ingrid Halvorsen.</p>")
    b.append("<p>\"The OECD confirms what we have been seeing for the past year: Valmora's recovery is broad-based, "
             "inflation is back under control and employment is at a record high,\" said Minister Halvorsen.</p>")
    b.append("<p>On public finances, the Minister said the Government was already doing what the OECD asks. \"Our "
             "Medium-Term Fiscal Plan, adopted by Parliament in March, reduces the structural deficit by half a "
             "percentage point every year until debt is clearly falling. We will stick to it.\"</p>")
    b.append("<p>The Minister also confirmed that the reduced VAT rate on household energy will be abolished from "
             "1 January 2027, when the temporary energy support scheme ends, and that the savings will fund a higher "
             "energy allowance for pensioners and low-income families. \"We have looked carefully at the OECD's "
             "advice on hotels and restaurants. The reduced rate there supports jobs in our rural and coastal "
             "regions, and it will stay,\" she added.</p>")
    b.append("<p>On housing, Minister Halvorsen said that the Government would not make changes to the tax relief on "
             "mortgage interest in this parliamentary term. \"Families have taken on mortgages on the basis of the "
             "current rules, and it would be wrong to change them now.\" At the same time, the National Land "
             "Registry has been asked to carry out a full revaluation of residential property by 2027, which will "
             "pave the way for a modern annual property tax from 2028.</p>")
    b.append("<p>The Minister of Housing and Planning, Tomas Irigoyen, who attended the presentation, said that the "
             "Planning and Building (Amendment) Bill to be introduced this autumn would allow buildings of up to six "
             "storeys within 800 metres of rail stations in the capital region. \"Zoning decisions elsewhere are "
             "for the municipalities, and we have no plans to override them.\"</p>")
    b.append("<p>Asked about the retirement age, Minister Halvorsen said that this was a question for the cross-party "
             "Pensions Commission, which is due to report in the spring of 2027. \"The Commission will receive the "
             "Survey and I am sure it will study the OECD's analysis closely.\"</p>")
    b.append("<p>The Minister welcomed the OECD's support for the childcare guarantee. \"Since August 2025, every "
             "child has had a legal right to a full-day place from the age of one, with fees capped at 8% of "
             "household income. This is exactly the kind of reform the OECD is calling for.\"</p>")
    b.append("<p>The Ministry of Finance will host a public seminar on the Survey with the Central Bank of "
             "Valmora on 12 May 2026 at the Port Aurel Conference Centre.</p>")
    b.append("</div>")
    b.append("<h2 style='color:#7a1f2b'>Notes to editors</h2>")
    b.append("<p style='font-size:8.6pt'>1. OECD Economic Surveys are prepared every two years for each member "
             "country. The previous Survey of Valmora was published in March 2024.<br>2. The full Survey is "
             "available at www.oecd-ilibrary.example/valmora-2026.<br>3. Media enquiries: Press Office, Ministry of "
             "Finance, +370 22 418 900, press@finance.gov.example</p>")
    return page("".join(b))


NOTES = ("OECD Economic Survey of the invented Valmora (executive summary and chapter 1 'Key policy insights'), "
         "answered by the Ministry of Finance's press release of the day of publication. Recommendations: only the "
         "right-hand cells of three 'MAIN FINDINGS | RECOMMENDATIONS (key recommendations in bold)' tables, "
         "unnumbered, numbered 1-8 in document order; the housing row has two recommendations (5, 6) for one "
         "finding. Traps: the executive-summary box 'What the Survey recommends (key points)' paraphrasing 1, 4 "
         "and 7; 'should' sentences in the findings and paragraphs 1.1-1.5; Table 1 of projections; Table 1.4 "
         "'Past OECD recommendations on housing' with action taken; the OECD Council Recommendation on Gender "
         "Equality (a legal instrument). Response: press release paragraphs in the order 1, 2, 5+6, 4, 3, 7 "
         "without any reference numbers. Key: 1 'already doing what the OECD asks', plan adopted (agrees); 2 "
         "energy VAT rate abolished, hotels and restaurants rate 'will stay' (partly); one paragraph: 5 no change "
         "to mortgage interest relief this term (disagrees) and 6 revaluation and annual property tax from 2028 "
         "(agrees); 4 six storeys near rail stations in the capital region only, no override of municipal zoning "
         "(partly); 3 'a question for the cross-party Pensions Commission', Survey passed on (noted); 7 childcare "
         "guarantee in force since August 2025 (agrees); 8 foreign qualifications unanswered. Unmatched: the "
         "opening and first quote on the recovery, the seminar announcement, notes to editors.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="OECD ECONOMIC SURVEYS: VALMORA 2026 (C) OECD 2026",
            footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header=None, footer="Ministry of Finance - Press release 47/2026 - {n}/{N}")
    sw = lambda i: " ".join(RECS[i].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "reduces the structural deficit by half a percentage point every year",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "The reduced rate there supports jobs in our rural and coastal regions",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "this was a question for the cross-party Pensions Commission", "verdict": "noted"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "allow buildings of up to six storeys within 800 metres", "verdict": "partly"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "would not make changes to the tax relief on mortgage interest",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(5),
         "reply_contains": "pave the way for a modern annual property tax from 2028", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "every child has had a legal right to a full-day place", "verdict": "agrees"},
        {"number": "8", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["Valmora's recovery is broad-based, inflation is back under control",
                                  "will host a public seminar on the Survey with the Central Bank",
                                  "are prepared every two years for each member country"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b52en.py"), NAME)) and 1)

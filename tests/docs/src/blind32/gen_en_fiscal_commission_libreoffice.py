"""Round 32 (EN): a South African-style constitutional fiscal commission's annual 'Submission for the Division of
Revenue' with UNNUMBERED bullet recommendations under 'The Commission recommends that:' at the end of each
chapter, and government's reply as 'Annexure W1' to a Division of Revenue Bill (the explanatory memorandum's
part on the commission's recommendations, paraphrased and answered in prose). LibreOffice Writer headless from
HTML (--infilter="HTML (StarWriter)"), A4, real Writer footnotes, a two-column section, and a 'Key messages' box;
running header and page numbers stamped with PyMuPDF. All content (commission,
departments, people, figures) invented.

Run:  /tmp/blind32en/bin/python tests/docs/src/blind32/gen_en_fiscal_commission_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b32en as H

NAME = "blind32_en_fiscal_commission"
WORK = "/tmp/blind32en_lo"

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.1cm 2.2cm 2.1cm; }
body { font-family: '%(font)s'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; color: #7a4b00; margin-bottom: 4pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12.5pt; color: #7a4b00; margin-top: 12pt; margin-bottom: 5pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 3pt; }
td { font-family: 'Liberation Sans'; font-size: 8.8pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 8.8pt; background: #f1e4cc; text-align: left; }
li { margin-bottom: 4pt; text-align: justify; }
p.small { font-size: 8.5pt; }
p.num { margin-left: 1.1cm; text-indent: -1.1cm; }
p.sdfootnote { font-size: 8.5pt; margin-bottom: 2pt; }
</style>
"""


def html(body, font):
    return ("<html><head><meta charset='utf-8'>" + CSS % {"font": font} + "</head><body>" + "\n".join(body) +
            "</body></html>")


def fn(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def fnbody(n, text):
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


ADVICE = [
    '<table width="100%" cellpadding="8" cellspacing="0" border="0"><tr><td bgcolor="#7a4b00">'
    '<p style="text-align: left"><font color="#ffffff" face="Liberation Sans" size="2"><b>FISCAL RELATIONS '
    'COMMISSION</b> &#183; An independent constitutional advisory body</font></p></td></tr></table>',
    '<h1>Submission for the Division of Revenue 2027/28</h1>',
    '<p style="text-align: left"><b>For an equitable sharing of nationally raised revenue</b><br/>'
    'Tabled in terms of section 214(2) of the Constitution and section 9 of the Intergovernmental Fiscal Relations '
    'Act &#183; May 2026</p>',
    '<table width="100%" cellpadding="8" cellspacing="0" border="1" bordercolor="#7a4b00"><tr>'
    '<td bgcolor="#fbf4e6"><p style="text-align: left"><b><font color="#7a4b00">Key messages</font></b></p>'
    '<p style="text-align: left">Learner transport is underfunded in the rural provinces and is not governed by '
    'binding standards.</p>'
    '<p style="text-align: left">The data behind the provincial equitable share formula are out of date, and the '
    'formula does not reflect the cost of rural health care.</p>'
    '<p style="text-align: left">Municipal infrastructure is deteriorating faster than it is being renewed, while '
    'the funding of free basic services lags behind the tariffs municipalities pay.</p></td></tr></table>',
    '<p></p>',
    '<h2>1. Introduction</h2>',
    '<multicol cols="2" gutter="22">'
    '<p>Section 214(2) of the Constitution requires that the Commission be consulted on the Act of Parliament '
    'that provides for the equitable division of revenue raised nationally among the national, provincial and '
    'local spheres of government. This Submission for the Division of Revenue 2027/28 sets out the Commission\'s '
    'recommendations for the 2027 Medium-Term Expenditure Framework (MTEF).</p>'
    '<p>The submission comes at a difficult time. Consolidated non-interest spending is projected to grow by '
    'only 0.9 per cent a year in real terms over the MTEF, while provinces face the full-year cost of the 2025 '
    'wage agreement.' + fn(1) + ' In such a climate, the question is less how much each sphere receives than '
    'whether transfers are allocated to where need is greatest and spent on what matters most.</p>'
    '<p>The Commission has chosen three areas in which it believes the design of transfers can be improved: '
    'learner transport, the provincial equitable share formula, and infrastructure grants to municipalities. '
    'Each chapter ends with the Commission\'s recommendations. The Commission also comments, in chapter 4, on '
    'the funding of disaster response.</p>'
    '<p>The Commission consulted the National Treasury, the nine provincial treasuries, organised local '
    'government and the Department of Basic Education in preparing this submission.</p>'
    '</multicol>',
    '<h2>2. Learner transport in the rural provinces</h2>',
    '<p>About 740 000 learners in public ordinary schools qualify for subsidised transport because they live more '
    'than five kilometres from the nearest school offering their grade. Provinces funded transport for 611 000 of '
    'them in 2025. The gap is concentrated in four provinces, where waiting lists exceeded 20 000 learners.</p>',
    '<p>Learner transport is funded from the provincial equitable share, and provinces compete between it and '
    'other priorities. In three provinces the programme was cut in-year in 2024/25 to fund wage increases. A '
    'national policy on learner transport was approved in 2015, but it has never been converted into binding '
    'norms and standards, so contract requirements for vehicle safety, driver vetting and travel times differ '
    'from province to province.' + fn(2) + '</p>',
    '<p>In its 2024/25 Submission the Commission recommended that "provinces protect learner transport budgets '
    'from in-year reductions." Government responded that provinces were best placed to make these trade-offs. '
    'The evidence since then shows that reliance on provincial discretion has not worked.</p>',
    '<h3>Recommendations</h3>',
    '<p>The Commission recommends that:</p>',
    '<ul><li>national government introduce a dedicated conditional grant for learner transport, allocated to '
    'provinces on the basis of the number of qualifying learners who live more than five kilometres from the '
    'nearest school;</li>'
    '<li>the Departments of Transport and of Basic Education finalise binding norms and standards for learner '
    'transport, including vehicle safety, driver vetting and maximum travel times, by March 2028.</li></ul>',
    '<h2>3. The provincial equitable share formula</h2>',
    '<p>The provincial equitable share (PES) is divided among provinces by a formula with six components. The '
    'education component, which carries a weight of 48 per cent, still uses enrolment data from the annual '
    'school survey, even though the learner unit record system now holds verified records for 98 per cent of '
    'learners. The survey overstated enrolment in two provinces by a combined 61 000 learners in 2025.</p>',
    '<p>The health component (27 per cent) is based on the population with and without medical scheme cover and '
    'on the provincial risk profile. It takes no account of the higher unit cost of delivering primary health '
    'care in sparsely populated districts, where clinics serve fewer patients over larger distances. The '
    'Commission estimates this cost premium at between 14 and 22 per cent.</p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><th>Component</th><th>Weight</th><th>Data source (2026 MTEF)</th><th>Last updated</th></tr>'
    '<tr><td>Education</td><td>48%</td><td>Annual school survey; grade 1-12 age cohort</td><td>2025</td></tr>'
    '<tr><td>Health</td><td>27%</td><td>Population by medical scheme cover; risk-adjusted index</td>'
    '<td>2024</td></tr>'
    '<tr><td>Basic</td><td>16%</td><td>Mid-year population estimates</td><td>2025</td></tr>'
    '<tr><td>Poverty</td><td>3%</td><td>Income and expenditure survey, lowest two quintiles</td><td>2023</td></tr>'
    '<tr><td>Economic activity</td><td>1%</td><td>Regional gross domestic product</td><td>2024</td></tr>'
    '<tr><td>Institutional</td><td>5%</td><td>Equal share for each province</td><td>n/a</td></tr>'
    '</table>',
    '<p class="small"><i>Table 1: Components of the provincial equitable share formula. Source: National '
    'Treasury; Commission analysis.</i></p>',
    '<h3>Recommendations</h3>',
    '<p>The Commission recommends that:</p>',
    '<ul><li>the education component of the provincial equitable share formula use enrolment data from the '
    'learner unit record system from 2027/28, in place of the annual school survey;</li>'
    '<li>the health component of the formula include a rural adjustment that reflects the higher cost of '
    'delivering primary health care in sparsely populated districts.</li></ul>',
    '<h2>4. Infrastructure grants and basic services in local government</h2>',
    '<p>Conditional grants fund most new municipal infrastructure, but the renewal of existing assets is left to '
    'municipalities\' own revenue. The result is visible in every category of infrastructure: in 2025, 41 per '
    'cent of water treatment works and 56 per cent of wastewater treatment works were in a poor or critical '
    'condition. The municipal infrastructure grant (MIG) framework allows only limited spending on '
    'refurbishment, and few municipalities use it.</p>',
    '<p>The free basic services component of the local government equitable share is adjusted each year for '
    'headline inflation. Between 2020 and 2026, bulk electricity tariffs approved by the national energy regulator '
    'rose by 89 per cent and bulk water tariffs by 64 per cent, while headline inflation was 33 per cent. '
    'Municipalities, particularly in rural areas, have borne the difference.</p>',
    '<p>Twelve capacity-building grants and programmes, administered by six national departments, support '
    'municipal financial management, planning and infrastructure delivery. They overlap, report separately, and '
    'are rarely co-ordinated at municipal level.' + fn(3) + ' The integrated urban development grant, for its '
    'part, is allocated to intermediate cities by criteria set in 2019 that no longer reflect their growth.</p>',
    '<p>On the funding of disaster response, the Commission observes that the disaster response grants should be '
    'released more quickly, and that provinces and municipalities should make greater use of existing budgets '
    'for the immediate response. The Commission will return to this subject in its next submission.</p>',
    '<h3>Recommendations</h3>',
    '<p>The Commission recommends that:</p>',
    '<ul><li>the municipal infrastructure grant framework ring-fence at least 10 per cent of each municipality\'s '
    'allocation for the repair and refurbishment of existing infrastructure;</li>'
    '<li>the free basic services component of the local government equitable share be adjusted annually for the '
    'bulk electricity and water tariff increases approved by the regulators, rather than for headline '
    'inflation;</li>'
    '<li>the capacity-building grants administered by national departments be consolidated into a single '
    'municipal capacity grant with one monitoring framework;</li>'
    '<li>the National Treasury, in consultation with organised local government, review the allocation criteria '
    'of the integrated urban development grant before the 2028 Budget.</li></ul>',
    '<p class="small">The Commission\'s Submission for the Division of Revenue 2027/28 is available in full, with '
    'the technical annexures, on the Commission\'s website. Enquiries: Office of the Chairperson, Fiscal Relations '
    'Commission, Midrand.</p>',
    fnbody(1, "Public service wage agreement of March 2025 (Resolution 1 of 2025 of the bargaining council)."),
    fnbody(2, "National Learner Transport Policy, Government Gazette No. 39040 of 23 July 2015."),
    fnbody(3, "Commission analysis of grant frameworks published with the 2026 Division of Revenue Act."),
]

RESPONSE = [
    '<p class="small" style="text-align: left"><b>2027 DIVISION OF REVENUE BILL</b></p>',
    '<h1>Annexure W1</h1>',
    '<p style="text-align: left"><b>Explanatory memorandum to the division of revenue</b></p>',
    '<h2>Background</h2>',
    '<p class="num">1.&#9;Section 214(1) of the Constitution requires that every year a Division of Revenue Act '
    'determine the equitable division of nationally raised revenue between national government, the nine '
    'provinces and 257 municipalities. Section 10(4) of the Intergovernmental Fiscal Relations Act requires this '
    'explanatory memorandum to set out how the Bill takes account of the recommendations of the Fiscal Relations '
    'Commission and any assumptions and formulae used.</p>',
    '<p class="num">2.&#9;This annexure has four parts. Part 1 sets out constitutional considerations. Part 2 '
    'gives government\'s response to the Commission\'s recommendations. Part 3 sets out the fiscal framework and '
    'Part 4 the division of revenue.</p>',
    '<h2>Part 1: Constitutional considerations</h2>',
    '<p class="num">3.&#9;Section 214(2) of the Constitution requires that the division take into account, among '
    'other things, the national interest, the provision for debt costs, the needs and interests of national '
    'government, the need to ensure that provinces and municipalities are able to provide basic services, and '
    'their fiscal capacity and efficiency. Government consulted provinces through the Budget Council and '
    'organised local government through the Budget Forum, which met jointly on 8 October 2026.</p>',
    '<h2>Part 2: Response to the Commission\'s recommendations</h2>',
    '<p class="num">4.&#9;The Commission\'s Submission for the Division of Revenue 2027/28 was tabled in May 2026. '
    'Government\'s responses are set out below, beginning with the local government recommendations, since these '
    'affect the largest number of allocations.</p>',
    '<h3>Local government</h3>',
    '<p class="num">5.&#9;<i>Funding for free basic services.</i> The Commission recommends indexing the free '
    'basic services component to the bulk tariffs approved by the regulators instead of to inflation. Government '
    'agrees. From 2027/28 the component will be adjusted by a weighted average of the approved bulk electricity '
    'and bulk water tariff increases, which adds R1.9 billion to the local government equitable share over the '
    'MTEF period.</p>',
    '<p class="num">6.&#9;<i>Renewal of municipal infrastructure.</i> Government shares the Commission\'s concern '
    'about the condition of municipal assets and accepts that more grant funding should be used for renewal. '
    'However, a compulsory ring-fence would penalise the many municipalities that still have large backlogs of '
    'new connections. The 2027 MIG framework will therefore permit, but not require, municipalities with an '
    'approved asset management plan to spend up to 15 per cent of their allocation on refurbishment.</p>',
    '<p class="num">7.&#9;<i>Integrated urban development grant.</i> The 2026 Budget announced a review of the '
    'local government fiscal framework, to be completed in 2027. The allocation criteria of this grant will be '
    'looked at in that review, and government will consider the Commission\'s recommendation once the review has '
    'reported. No changes are proposed to the criteria for 2027/28.</p>',
    '<h3>Provincial equitable share</h3>',
    '<p class="num">8.&#9;<i>Data and formula.</i> The Commission makes two recommendations on the PES formula. '
    'On the first, government agrees that the learner unit record system should now replace the school survey, '
    'and the 2027 formula is updated accordingly, with the change phased in over three years to limit the effect '
    'on the two provinces whose shares decline. On the second, the health component will not be restructured in '
    'this Budget. As an interim step, the risk-adjusted index will include a small rural weighting for the 13 '
    'health districts with fewer than 20 people per square kilometre; a fuller rural adjustment will be '
    'considered in the next comprehensive review of the formula.</p>',
    '<h3>Learner transport</h3>',
    '<p class="num">9.&#9;<i>A conditional grant.</i> Government does not support a new conditional grant for '
    'learner transport. Learner transport is a provincial function, and provinces have the equitable share and '
    'their own revenue to fund it. Creating a further grant would fragment the system of transfers, which the '
    'Commission itself has criticised, and would reduce the equitable share by the same amount. Government will '
    'instead continue to monitor provincial learner transport budgets through the quarterly expenditure '
    'reports.</p>',
    '<p class="num">10.&#9;<i>Norms and standards.</i> The development of norms and standards falls within the '
    'mandate of the Minister of Transport and the Minister of Basic Education, who are consulting on a draft '
    'through the Council of Education Ministers. Government notes the recommendation and has referred it to both '
    'departments.</p>',
    '<h3>Disaster funding</h3>',
    '<p class="num">11.&#9;The Commission\'s submission also comments on the funding of disaster response. '
    'Government welcomes this analysis. In the 2026 Division of Revenue Act the provincial and municipal disaster '
    'response grants were amended so that funds can be released on the declaration of a provincial disaster, '
    'before a national classification.</p>',
    '<h2>Part 3: Fiscal framework</h2>',
    '<p class="num">12.&#9;Table W1.1 sets out the consolidated fiscal framework that underpins the division of '
    'revenue. After providing for debt-service costs and the contingency reserve, the revenue to be shared among '
    'the three spheres amounts to R1.71 trillion in 2027/28.</p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><th>R million</th><th>2026/27 Revised estimate</th><th>2027/28</th><th>2028/29</th><th>2029/30</th></tr>'
    '<tr><td>Gross tax revenue</td><td>2 002 410</td><td>2 131 806</td><td>2 270 115</td><td>2 415 960</td></tr>'
    '<tr><td>Non-tax revenue</td><td>46 218</td><td>44 902</td><td>46 137</td><td>47 775</td></tr>'
    '<tr><td>Less: payments to customs union</td><td>-93 408</td><td>-84 221</td><td>-90 556</td><td>-95 430</td></tr>'
    '<tr><td>Less: debt-service costs</td><td>-424 870</td><td>-451 612</td><td>-478 904</td><td>-503 218</td></tr>'
    '<tr><td>Less: contingency reserve</td><td>-</td><td>-5 000</td><td>-7 500</td><td>-10 000</td></tr>'
    '<tr><td><b>Revenue to be shared</b></td><td><b>1 608 940</b></td><td><b>1 709 218</b></td><td><b>1 793 '
    '102</b></td><td><b>1 881 407</b></td></tr></table>',
    '<p class="small"><i>Table W1.1: Consolidated fiscal framework. Source: National Treasury.</i></p>',
    '<h2>Part 4: Division of revenue</h2>',
    '<p class="num">13.&#9;Of the revenue to be shared in 2027/28, 47.6 per cent is allocated to national '
    'government, 42.2 per cent to provinces and 10.2 per cent to local government, before conditional grants. '
    'The local government share grows fastest over the MTEF period, at an average annual rate of 6.4 per cent, '
    'largely because of the change to the free basic services component described in paragraph 5.</p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><th>R million</th><th>2027/28</th><th>2028/29</th><th>2029/30</th></tr>'
    '<tr><td>National departments</td><td>813 589</td><td>851 085</td><td>889 310</td></tr>'
    '<tr><td>Provinces (equitable share)</td><td>721 290</td><td>756 190</td><td>793 420</td></tr>'
    '<tr><td>Local government (equitable share)</td><td>174 339</td><td>185 827</td><td>198 677</td></tr>'
    '<tr><td><b>Total</b></td><td><b>1 709 218</b></td><td><b>1 793 102</b></td><td><b>1 881 407</b></td></tr>'
    '</table>',
    '<p class="small"><i>Table W1.2: Division of nationally raised revenue. Source: National Treasury.</i></p>',
]


def convert(body, stem, font, header, footer, skip_first):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, font))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "Liberation Serif",
            "Fiscal Relations Commission  |  Submission for the Division of Revenue 2027/28",
            "{n}", True)
    convert(RESPONSE, "response", "Liberation Serif", "2027 Division of Revenue Bill  |  Annexure W1",
            "W{n}", False)
    recs = [
        {"number": "1", "starts_with": "national government introduce a dedicated conditional grant for learner transport",
         "reply_contains": "Government does not support a new conditional grant", "verdict": "disagrees"},
        {"number": "2", "starts_with": "the Departments of Transport and of Basic Education finalise binding",
         "reply_contains": "Government notes the recommendation and has referred it to both departments",
         "verdict": "noted"},
        {"number": "3", "starts_with": "the education component of the provincial equitable share formula use",
         "reply_contains": "the 2027 formula is updated accordingly, with the change phased in",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "the health component of the formula include a rural adjustment",
         "reply_contains": "the risk-adjusted index will include a small rural weighting",
         "verdict": "partly"},
        {"number": "5", "starts_with": "the municipal infrastructure grant framework ring-fence at least 10 per cent",
         "reply_contains": "will therefore permit, but not require, municipalities with an approved",
         "verdict": "partly"},
        {"number": "6", "starts_with": "the free basic services component of the local government equitable share",
         "reply_contains": "adjusted by a weighted average of the approved bulk electricity",
         "verdict": "agrees"},
        {"number": "7", "starts_with": "the capacity-building grants administered by national departments be consolidated",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "8", "starts_with": "the National Treasury, in consultation with organised local government, review",
         "reply_contains": "will consider the Commission's recommendation once the review has reported",
         "verdict": "noted"},
    ]
    unmatched = ["funds can be released on the declaration of a provincial disaster"]
    notes = ("South African-style constitutional fiscal commission's 'Submission for the Division of Revenue "
             "2027/28' (invented 'Fiscal Relations Commission'; LibreOffice Writer from HTML, A4; a coloured name "
             "band, a boxed 'Key messages' panel, the Introduction in a TWO-COLUMN section, real Writer footnotes, "
             "a formula-components table; stamped running header from page 2 and bare page numbers). Eight "
             "recommendations, UNNUMBERED: each chapter (2, 3, 4) ends with 'Recommendations' / 'The Commission "
             "recommends that:' and a bullet list of subjunctive clauses ('national government introduce ...', "
             "'the Departments ... finalise ...', 'the education component ... use ...', 'the health component "
             "... include ...', 'the ... grant framework ring-fence ...', 'the free basic services component ... "
             "be adjusted ...', 'the capacity-building grants ... be consolidated ...', 'the National Treasury "
             "... review ...'), numbered 1-8 here in document order. Traps: the 'Key messages' box; section "
             "214(2) and section 9 citations; the 2024/25 recommendation quoted in chapter 2 ('provinces protect "
             "learner transport budgets') with government's earlier reply; disaster-funding observations with "
             "'should be released more quickly' and 'should make greater use' but no recommendation; Table 1. "
             "Response: 'Annexure W1: Explanatory memorandum to the division of revenue' of the Division of "
             "Revenue Bill (hanging paragraph numbers 1-13, page numbers W1, W2 ...); Part 2 answers the "
             "recommendations by paraphrasing them under italic run-in titles, in another order (local "
             "government first): para 5 free basic services 'Government agrees' (6 agrees), para 6 MIG 'permit, "
             "but not require', up to 15 per cent, no compulsory ring-fence (5 partly), para 7 integrated urban "
             "development grant deferred to the fiscal-framework review, 'will consider ... once the review has "
             "reported' (8 noted), ONE paragraph 8 for both PES recommendations ('On the first, government "
             "agrees' = 3 agrees; 'On the second, the health component will not be restructured ... As an "
             "interim step ... a small rural weighting' = 4 partly), para 9 'does not support a new conditional "
             "grant' (1 disagrees), para 10 norms and standards are for the two Ministers, 'Government notes the "
             "recommendation and has referred it' (2 noted). Recommendation 7 (consolidating capacity-building "
             "grants) is never answered (unanswered). Para 11 'Disaster funding' answers commentary, not a "
             "recommendation (unmatched). Background, Part 1 (constitutional considerations), Part 3 (fiscal "
             "framework, Table W1.1) and Part 4 (division, Table W1.2) are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

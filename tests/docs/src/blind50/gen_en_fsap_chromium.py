"""Round 50 (EN): an international financial institution's financial sector assessment (genre of the IMF's Financial
System Stability Assessments under the FSAP), by the invented Multilateral Monetary Fund on the invented Republic of
Calvera: cover block with the 'approved by' line and a distribution notice, executive summary, a 'Table 1. Key
Recommendations' grid with UNNUMBERED recommendations under three group headings, each ending with a paragraph
reference '(para. 14)' and carrying Agency and Timing columns (I / NT / MT with a legend), a table of financial
soundness indicators, numbered paragraphs 1-25 with findings using 'should', the 2019 assessment's recommendation
quoted, and 'Authorities' views'; answered by the Central Bank of Calvera's PRESS RELEASE (dateline, Governor's
quotes, paragraphs by topic in another order, one paragraph answering two recommendations with different outcomes,
the resolution fund not answered, a paragraph on the forthcoming Financial Stability Report and a 'Notes to editors'
answering nothing). Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans via @font-face, ligatures
off; running header and page numbers stamped with PyMuPDF. All content (fund, country, bank, agencies, people,
figures) is invented.

Run:  /tmp/blind50en/bin/python tests/docs/src/blind50/gen_en_fsap_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b50en as H

NAME = "blind50_en_fsap"
TMP = "/tmp/b50en/fsap"

GROUPS = [
    ("Systemic risk oversight and macroprudential policy", [
        ("Amend the Central Bank Act to give the CBC sole responsibility for setting macroprudential instruments "
         "(para. 12).", "MoF", "NT"),
        ("Introduce a binding limit on the debt-service-to-income ratio for all new residential mortgage loans "
         "(para. 14).", "CBC", "I"),
        ("Raise the countercyclical capital buffer rate to 1 percent of domestic risk-weighted exposures "
         "(para. 15).", "CBC", "I")]),
    ("Banking supervision", [
        ("Increase the number of on-site supervisors and carry out a full-scope inspection of each domestic "
         "systemically important bank every year (para. 18).", "CBC", "I"),
        ("Lower the large exposures limit from 40 to 25 percent of Tier 1 capital and tighten the definition of "
         "connected borrowers (para. 19).", "CBC", "NT"),
        ("Conduct climate risk stress tests of the banking system at least every two years and publish the "
         "results (para. 20).", "CBC", "MT")]),
    ("Crisis management and financial safety nets", [
        ("Establish an ex ante resolution fund financed by risk-based levies on banks (para. 23).", "MoF, CBC", "MT"),
        ("Reduce the deposit insurance payout period from 20 to 7 working days (para. 24).", "DIC", "NT")]),
]
RECS = [r for _, g in GROUPS for r in g]


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                     ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
    return css


CSS = """
@page {size: 8.5in 11in; margin: 0.85in 0.9in 0.8in 0.9in;}
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none; color: #1a1a1a;}
h1 {font-size: 12pt; color: #1d3f72; margin: 12pt 0 5pt 0; text-transform: uppercase;}
h2 {font-size: 10.5pt; margin: 9pt 0 4pt 0; color: #1d3f72;}
p {margin: 0 0 6pt 0;}
.np {display: flex;}
.np .n {width: 0.35in; flex: none;}
table {border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4pt 0 6pt 0;}
th, td {border-bottom: 1px solid #9aa8bd; padding: 3pt 5pt; text-align: left; vertical-align: top;}
th {background: #1d3f72; color: white;}
td.g {background: #dbe3ef; font-weight: bold;}
.cover {border-top: 6px solid #1d3f72; padding-top: 10pt; margin-bottom: 14pt;}
.small {font-size: 8.3pt; color: #444;}
.pr {border-bottom: 2px solid #7a1f2b; padding-bottom: 6pt; margin-bottom: 10pt;}
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>"
            + body + "</body></html>")


def np_(n, t):
    return "<div class='np'><div class='n'>%s.</div><p>%s</p></div>" % (n, t)


def advice():
    b = ["<div class='cover'><p class='small'>MULTILATERAL MONETARY FUND</p>"
         "<p style='font-size: 10pt'>MMF Country Report No. 26/118</p>"
         "<p style='font-size: 18pt; font-weight: bold; margin-top: 10pt'>REPUBLIC OF CALVERA</p>"
         "<p style='font-size: 13pt; font-weight: bold'>FINANCIAL SECTOR ASSESSMENT PROGRAM<br>FINANCIAL SYSTEM "
         "STABILITY ASSESSMENT</p><p class='small'>April 2026 | Approved by Henrik Vasquez-Lund and Amara "
         "Oyelaran-Whitby | Prepared by the Monetary and Capital Markets Department in consultation with the "
         "Western Hemisphere Department. This report is based on the work of the FSAP missions that visited Port "
         "Calvera in September and November 2025.</p></div>"]
    b.append("<h1>Executive Summary</h1>")
    b.append("<p>Calvera's financial system has remained resilient through the tightening of global financial "
             "conditions. Banks are well capitalized and liquid on aggregate, and stress tests suggest they could "
             "withstand a severe recession. Vulnerabilities are nonetheless building: residential mortgage lending "
             "grew by 11 percent a year in 2023-25, house prices have risen faster than incomes, and credit is "
             "concentrated in a small number of large corporate groups.</p>")
    b.append("<p>The macroprudential framework should be strengthened and the authorities should act now, while "
             "the system is strong, to build buffers. Supervision has improved since the 2019 FSAP, but resources "
             "have not kept pace with the growth of the banking system. The crisis management framework lacks a "
             "funding source for resolution. The main recommendations are set out in Table 1.</p>")
    rows = ""
    for g, items in GROUPS:
        rows += "<tr><td class='g' colspan='3'>%s</td></tr>" % g
        for t, a, tm in items:
            rows += "<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (t, a, tm)
    b.append("<p style='text-align: center; font-weight: bold; margin-top: 10pt'>Table 1. Calvera: FSAP Key "
             "Recommendations</p><table><tr><th style='width: 72%'>Recommendations</th><th>Agency</th>"
             "<th>Timing*</th></tr>" + rows + "</table>")
    b.append("<p class='small'>* I (Immediate) = within one year; NT (Near Term) = 1-2 years; MT (Medium Term) = "
             "3-5 years. CBC = Central Bank of Calvera; MoF = Ministry of Finance; DIC = Deposit Insurance "
             "Corporation of Calvera.</p>")
    b.append("<h1 style='break-before: page'>Background</h1>")
    b.append(np_(1, "Calvera's financial system has assets of 168 percent of GDP. Eight banks hold 81 percent of the "
                    "system's assets; the three largest are designated as domestic systemically important banks "
                    "(D-SIBs). Table 2 shows selected financial soundness indicators."))
    b.append("<table style='width: 80%; margin-left: 0.35in'><tr><th>Percent</th><th>2021</th><th>2022</th>"
             "<th>2023</th><th>2024</th><th>2025Q2</th></tr>"
             "<tr><td>Regulatory capital to risk-weighted assets</td><td>17.2</td><td>17.8</td><td>18.1</td>"
             "<td>18.4</td><td>18.3</td></tr>"
             "<tr><td>Nonperforming loans to total loans</td><td>3.9</td><td>3.4</td><td>3.0</td><td>2.8</td>"
             "<td>2.9</td></tr>"
             "<tr><td>Return on assets</td><td>1.1</td><td>1.4</td><td>1.7</td><td>1.8</td><td>1.7</td></tr>"
             "<tr><td>Mortgage loans to total loans</td><td>31.5</td><td>33.0</td><td>35.2</td><td>37.6</td>"
             "<td>38.4</td></tr></table>")
    b.append("<p class='small' style='margin-left: 0.35in'>Table 2. Selected Financial Soundness Indicators. "
             "Sources: CBC; MMF staff calculations.</p>")
    b.append(np_(2, "The 2019 FSAP recommended that the authorities <i>'establish a financial stability committee "
                    "with a clear mandate and powers of recommendation'</i>. The Financial Stability Council was "
                    "created in 2021 and meets quarterly; this recommendation has been implemented."))
    b.append("<h1>Macroprudential Policy</h1>")
    b.append(np_(12, "Responsibility for macroprudential instruments is shared between the CBC and the Ministry of "
                     "Finance, which must approve any new borrower-based measure by decree under Article 41 of the "
                     "Central Bank Act. This arrangement risks delay and an inaction bias. Mandates should be clear "
                     "and the authority that sets the tools should be accountable for them."))
    b.append(np_(14, "Loan-to-value limits introduced in 2022 have not slowed mortgage growth, because rising incomes "
                     "and longer maturities have allowed borrowers to take larger loans. Around 23 percent of new "
                     "mortgages in 2025 had a debt-service-to-income ratio above 40 percent."))
    b.append(np_(15, "The countercyclical capital buffer has been set at zero since its introduction. A positive "
                     "neutral rate would give the CBC room to release capital in a downturn."))
    b.append("<h1>Banking Supervision</h1>")
    b.append(np_(18, "The CBC has 46 on-site supervisors for a banking system that has doubled in size since 2015. "
                     "Full-scope inspections of D-SIBs take place every three years."))
    b.append(np_(19, "Exposures to the ten largest borrower groups exceed 100 percent of Tier 1 capital at four "
                     "banks. The current definition of connected borrowers does not capture economic dependence."))
    b.append(np_(20, "Banks' loan books are exposed to physical climate risks, notably coastal flooding and drought "
                     "in the agricultural north. Supervisors should build their capacity to assess these risks."))
    b.append("<h1>Crisis Management and Safety Nets</h1>")
    b.append(np_(23, "The 2022 Bank Resolution Law gives the CBC a full set of resolution powers, but there is no "
                     "dedicated source of resolution funding, and public funds would be needed in a bank failure."))
    b.append(np_(24, "The DIC covers deposits up to 50,000 Calveran pesos. Its payout period of 20 working days is "
                     "well above the international standard of 7 working days."))
    b.append("<h2>Authorities' views</h2>")
    b.append(np_(25, "The authorities broadly agreed with staff's assessment. The CBC considered that the risks from "
                     "mortgage lending were contained and that a binding income-based limit could restrict access to "
                     "housing finance for first-time buyers. The Ministry of Finance indicated that it would consider "
                     "the recommendations on institutional arrangements in the context of its legislative "
                     "programme."))
    return page("".join(b))


def response():
    b = ["<div class='pr'><p style='font-size: 15pt; font-weight: bold; color: #7a1f2b'>CENTRAL BANK OF CALVERA"
         "</p><p class='small'>Communications Department | Avenida de la Independencia 200, Port Calvera</p></div>"]
    b.append("<p style='font-weight: bold; letter-spacing: 1pt'>PRESS RELEASE</p>")
    b.append("<p class='small'>No. 26/041 | For immediate release | 22 April 2026</p>")
    b.append("<p style='font-size: 14pt; font-weight: bold; margin: 10pt 0'>Central Bank of Calvera welcomes "
             "publication of the MMF Financial System Stability Assessment</p>")
    b.append("<p><b>Port Calvera.</b> The Central Bank of Calvera (CBC) welcomes the publication today of the "
             "Multilateral Monetary Fund's Financial System Stability Assessment (FSSA) of Calvera, which concludes "
             "the 2025 Financial Sector Assessment Program.</p>")
    b.append("<p>Governor Isabel Marchetti-Ruiz said: <i>\"The assessment confirms that our banks are strong and "
             "that the reforms of recent years have made the system safer. We agree with the Fund on where the "
             "risks lie, even where we may take a different route to address them.\"</i></p>")
    b.append("<p>The CBC has already acted on several of the Fund's recommendations. The countercyclical capital "
             "buffer was raised to 1 percent with effect from 1 January 2026, and the decision was confirmed by the "
             "Financial Stability Council in March.</p>")
    b.append("<p>On mortgage lending, the CBC will introduce a debt-service-to-income limit of 40 percent for new "
             "residential mortgages from October 2026. In view of the concerns about access to housing for "
             "first-time buyers, the limit will initially take the form of a recommendation to lenders with "
             "comply-or-explain reporting, rather than a binding requirement, and will be reviewed after one "
             "year.</p>")
    b.append("<p>On supervision, the CBC will lower the large exposures limit to 25 percent of Tier 1 capital from "
             "January 2027 and has consulted on a wider definition of connected borrowers. The CBC does not plan "
             "to expand its on-site teams: its 2026-2028 budget provides no new supervisory posts, and annual "
             "full-scope inspections will be replaced by targeted thematic reviews of the D-SIBs.</p>")
    b.append("<p>The CBC recognizes the importance of climate-related risks but does not consider regular "
             "system-wide climate stress tests to be proportionate for a banking system of Calvera's size. It will "
             "instead publish a one-off exploratory scenario analysis in 2027.</p>")
    b.append("<p>The recommendation on the allocation of macroprudential powers is addressed to the Government. "
             "Amendments to the Central Bank Act are a matter for the Government and the National Assembly, and "
             "the CBC has conveyed the Fund's recommendation to the Ministry of Finance.</p>")
    b.append("<p>The Deposit Insurance Corporation has informed the CBC that it intends to shorten the payout "
             "period to 10 working days by 2028, once its new depositor information system is in place.</p>")
    b.append("<p>The CBC will set out its assessment of financial stability risks in more detail in its "
             "semi-annual Financial Stability Report, to be published on 28 May 2026.</p>")
    b.append("<p style='text-align: center'>- ENDS -</p>")
    b.append("<h2>Notes to editors</h2>")
    b.append("<p class='small'>The Financial Sector Assessment Program (FSAP) is a comprehensive and in-depth "
             "analysis of a country's financial sector, carried out jointly by the Multilateral Monetary Fund and "
             "the Development Finance Bank. For jurisdictions with systemically important financial sectors it is "
             "a mandatory part of surveillance every five years. Calvera's previous FSAP was in 2019.</p>")
    b.append("<p class='small'>Media enquiries: Communications Department, press@cbc.cv.example, +55 0 2100 4410.</p>")
    return page("".join(b))


NOTES = ("Financial System Stability Assessment (genre of the IMF's FSAP reports) by the invented Multilateral "
         "Monetary Fund on the invented Republic of Calvera, and the Central Bank of Calvera's press release. Traps: "
         "cover with report number and 'Approved by', executive summary with 'should' ('The macroprudential "
         "framework should be strengthened'), the timing legend and agency abbreviations under the table, Table 2 "
         "financial soundness indicators, numbered paragraphs 1, 2, 12-25 with 'should' findings (12, 20), the 2019 "
         "FSAP's recommendation quoted as implemented (para 2), 'Authorities' views' (para 25). Recommendations: "
         "eight UNNUMBERED imperative rows of 'Table 1. Calvera: FSAP Key Recommendations' under three group rows, "
         "each ending '(para. N)', with Agency and Timing columns; numbered 1-8 in document order. Response: CBC "
         "press release No. 26/041, Governor's quote, paragraphs in the order 3, 2, 5+4, 6, 1, 8, naming no "
         "recommendation numbers. Key: 3 CCyB 'raised to 1 percent with effect from 1 January 2026' (agrees); 2 DSTI "
         "limit as a comply-or-explain recommendation, not binding (partly); one paragraph covers 5 large exposures "
         "25 percent from 2027 (agrees) and 4 'does not plan to expand its on-site teams', thematic reviews instead "
         "(disagrees); 6 climate stress tests not proportionate, a one-off exploratory analysis (disagrees, also "
         "partly); 1 a matter for the Government and National Assembly, conveyed to the Ministry (noted); 8 DIC "
         "intends 10 working days by 2028 (partly, also noted); 7 ex ante resolution fund unanswered. Unmatched: the "
         "Financial Stability Report paragraph, the Notes to editors (About the FSAP).")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="REPUBLIC OF CALVERA - FINANCIAL SYSTEM STABILITY ASSESSMENT",
            footer="MULTILATERAL MONETARY FUND   {n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header=None, footer="Page {n} of {N}")
    sw = lambda i: " ".join(RECS[i][0].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "the CBC has conveyed the Fund's recommendation to the Ministry", "verdict": "noted"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "initially take the form of a recommendation to lenders", "verdict": "partly"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "raised to 1 percent with effect from 1 January 2026", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "The CBC does not plan to expand its on-site teams", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "will lower the large exposures limit to 25 percent", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(5),
         "reply_contains": "does not consider regular system-wide climate stress tests", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "7", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "8", "starts_with": sw(7),
         "reply_contains": "intends to shorten the payout period to 10 working days", "verdict": "partly",
         "also": ["noted"]},
    ]
    H.write_expected(NAME, recs, ["semi-annual Financial Stability Report, to be published on 28 May",
                                  "a mandatory part of surveillance every five years"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b50en.py"), NAME)) and 1)

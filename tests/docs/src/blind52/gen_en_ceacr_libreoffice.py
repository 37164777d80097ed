"""Round 52 (EN): an observation of the ILO Committee of Experts on the Application of Conventions and
Recommendations (CEACR) on the Labour Inspection Convention, 1947 (No. 81), for the invented Republic of Arvelia,
answered by the Government's report under article 22 of the ILO Constitution (genre of the article 22 report
form, 'reply to the comments of the supervisory bodies'). The advice has no list, no numbers and no word
'recommend' in the sense of advice: the recommendations are the sentences 'The Committee requests / urges /
encourages / trusts the Government to ...' inside prose sections headed by Convention articles. Traps: the Labour
Inspection Recommendation, 1947 (No. 81) and its Paragraph numbers, 'shall' in the Convention quoted, the
Committee's previous request quoted, the trade union's observations, 'notes with interest', a statistics table,
the bracketed boilerplate asking for a full reply in 2027. The response is a report form with Roman sections:
sections I and V answer nothing; the reply section answers by article headings in another order, one heading
covering two requests with different outcomes, one request not answered. LibreOffice Writer headless from HTML,
A4, Liberation Serif; page numbers stamped with PyMuPDF. All content (country, bodies, people, figures) invented.

Run:  /tmp/blind52en/bin/python tests/docs/src/blind52/gen_en_ceacr_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b52en as H

NAME = "blind52_en_ceacr"
TMP = "/tmp/b52en/ceacr"

CSS = """
@page { size: 210mm 297mm; margin: 22mm 22mm 20mm 22mm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify; }
h1 { font-family: 'Liberation Sans'; font-size: 13pt; margin-bottom: 4pt; }
h2 { font-family: 'Liberation Serif'; font-size: 11pt; font-style: italic; margin-top: 8pt; margin-bottom: 3pt; }
.small { font-size: 9pt; }
"""

REQ = [
    "The Committee requests the Government to take the necessary measures to increase the number of labour "
    "inspectors so that it is sufficient to secure the effective discharge of the duties of the inspectorate,",
    "The Committee further requests the Government to provide information on the budget allocated to the Labour "
    "Inspection Directorate for each year since 2022,",
    "The Committee urges the Government to take the necessary measures, in law and in practice, to ensure that "
    "labour inspectors are empowered to enter freely and without previous notice",
    "The Committee requests the Government to ensure that the Labour Inspection Directorate is provided with the "
    "transport facilities necessary for the performance of inspections in rural areas,",
    "The Committee requests the Government to ensure that adequate penalties for violations of the legal provisions "
    "enforceable by labour inspectors are provided for and effectively enforced,",
    "The Committee encourages the Government to continue its efforts to strengthen cooperation between the "
    "labour inspectorate and the judicial authorities,",
    "The Committee trusts that the Government will take the necessary measures to ensure that an annual report "
    "on the work of the inspection services is published and transmitted to the ILO,",
]


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def grid(rows, widths):
    h = "<table width='100%' border='1' cellpadding='3' cellspacing='0'>"
    for i, r in enumerate(rows):
        h += "<tr>" + "".join("<td width='%d%%'%s><p class='small'>%s</p></td>" % (
            widths[j], " bgcolor='#e4e8ee'" if i == 0 else "", ("<b>%s</b>" % c) if i == 0 else c)
            for j, c in enumerate(r)) + "</tr>"
    return h + "</table>"


def advice():
    b = ["<p class='small'>International Labour Organization - NORMLEX - Information System on International Labour "
         "Standards</p>"]
    b.append("<p class='small'>Comments adopted by the CEACR: Arvelia</p>")
    b.append("<h1>Observation (CEACR) - adopted 2025, published 114th ILC session (2026)</h1>")
    b.append("<p><b>Labour Inspection Convention, 1947 (No. 81) - Arvelia (Ratification: 1962)</b></p>")
    b.append("<p>The Committee notes the observations of the Arvelian Confederation of Trade Unions (ACTU), received "
             "on 29 August 2025, which are addressed below, and the Government's reply to them received on 24 October "
             "2025. The Committee also notes the Government's report, received on 1 September 2025.</p>")
    b.append("<h2>Articles 10 and 11 of the Convention. Number of labour inspectors and resources of the inspectorate."
             "</h2>")
    b.append("<p>In its previous comments, the Committee requested the Government to provide information on the "
             "measures taken to fill the vacant posts of labour inspector identified in the 2019 staffing audit. The "
             "Committee notes the Government's indication that 38 inspectors were recruited in 2023, but that the "
             "total number of labour inspectors fell from 214 in 2021 to 187 in 2024 owing to retirements, for a "
             "workforce of approximately 2.9 million workers. The ACTU states that in four of the country's eleven "
             "provinces there is no more than one inspector. The Committee recalls that, under Article 10, the number "
             "of labour inspectors shall be sufficient to secure the effective discharge of the duties of the "
             "inspectorate, having regard to, among other things, the number, nature, size and situation of the "
             "workplaces liable to inspection. " + REQ[0] + " and to provide information on the number of "
             "inspectors, disaggregated by province. " + REQ[1] + " and on the proportion of that budget spent on "
             "transport and travel.</p>")
    b.append(grid([["Year", "Labour inspectors", "Workplaces liable to inspection", "Inspection visits"],
                   ["2021", "214", "96,400", "18,312"], ["2022", "205", "98,150", "16,940"],
                   ["2023", "199", "101,020", "15,877"], ["2024", "187", "103,600", "14,205"]],
                  (16, 24, 34, 26)))
    b.append("<p class='small'>Source: Government report (2025), annex 3.</p>")
    b.append("<h2>Article 12(1)(a) and (2). Free initiative of labour inspectors to enter workplaces without "
             "previous notice.</h2>")
    b.append("<p>The Committee notes that section 41(3) of the Labour Inspection Act, 2021, as amended in 2024, "
             "requires inspectors to give employers at least 48 hours' notice of an inspection, except where the "
             "Director of Labour Inspection has authorized an unannounced visit in writing. The ACTU alleges that "
             "the requirement has led to a sharp reduction in the number of violations detected in the construction "
             "and agricultural sectors. The Committee recalls that Article 12(1)(a) provides that labour inspectors "
             "provided with proper credentials shall be empowered to enter freely and without previous notice at any "
             "hour of the day or night any workplace liable to inspection. " + REQ[2] + " at any hour of the day or "
             "night any workplace liable to inspection, in conformity with Article 12(1)(a) of the Convention.</p>")
    b.append("<h2>Articles 11(1)(b) and 16. Transport facilities and frequency of inspections.</h2>")
    b.append("<p>The Committee notes with interest the Government's indication that a mobile inspection unit was "
             "established in the province of Drevna in 2024. It also notes, however, that according to the "
             "Government, only 19 vehicles are available to the inspectorate nationwide, and that workplaces in "
             "rural areas are inspected on average once every seven years. The Committee draws the Government's "
             "attention to Paragraph 4 of the Labour Inspection Recommendation, 1947 (No. 81), concerning the "
             "organization of inspection activities. " + REQ[3] + " and to provide information on the number of "
             "inspection visits carried out in rural workplaces.</p>")
    b.append("<h2>Articles 17 and 18. Adequate penalties and legal proceedings.</h2>")
    b.append("<p>The Committee notes that the maximum administrative fine under section 77 of the Labour Inspection "
             "Act has remained at 4,000 Arvelian dinars (approximately 95 US dollars) since 2011, and that, "
             "according to the ACTU, employers prefer to pay the fine rather than remedy the violation. The "
             "Government indicates that of 2,146 cases referred for prosecution between 2021 and 2024, 312 resulted "
             "in a conviction. " + REQ[4] + " and to provide information on the number of violations detected, the "
             "penalties imposed and the amounts collected. " + REQ[5] + " and to provide information on any "
             "measures taken in this regard, including the training of judges and prosecutors.</p>")
    b.append("<h2>Articles 20 and 21. Publication and communication of an annual report.</h2>")
    b.append("<p>The Committee notes with regret that no annual labour inspection report has been received since "
             "2019, although the Government indicates that statistical data are compiled each year by the Ministry "
             "of Labour and Social Protection. " + REQ[6] + " within the time limits set out in Article 20, and that "
             "it will contain information on all the subjects listed in Article 21(a) to (g).</p>")
    b.append("<p>The Committee is raising other matters in a request addressed directly to the Government.</p>")
    b.append("<p>[The Government is asked to reply in full to the present comments in 2027.]</p>")
    return page("".join(b))


def response():
    b = ["<p class='small' style='text-align: right'>ILO reference: C081 - Arvelia - 2026</p>"]
    b.append("<p style='text-align: center'><b>REPUBLIC OF ARVELIA</b><br>Ministry of Labour and Social "
             "Protection<br><span class='small'>Department of International Labour Relations, 14 Boulevard of the "
             "Republic, Velmar</span></p>")
    b.append("<h1 style='text-align: center'>Report for the period ending 31 May 2026 made by the Government of "
             "the Republic of Arvelia, in accordance with article 22 of the Constitution of the International Labour "
             "Organisation, on the measures taken to give effect to the provisions of the Labour Inspection "
             "Convention, 1947 (No. 81)</h1>")
    b.append("<p class='small' style='text-align: center'>(ratification registered on 7 June 1962)</p>")
    b.append("<h2>I. Please give a list of the laws and regulations, etc., which apply the provisions of the "
             "Convention.</h2>")
    b.append("<p>Labour Inspection Act, 2021 (Act No. 17 of 2021), as amended by Act No. 9 of 2024; Labour Code, "
             "1998, Part XI; Ministerial Order No. 112/2025 on the Organization of the Labour Inspection "
             "Directorate. Copies of the 2024 amendment and of Order No. 112/2025 were communicated with the "
             "previous report and no further legislation has been adopted in the period.</p>")
    b.append("<h2>II. Reply to the observation of the Committee of Experts (2025)</h2>")
    b.append("<p><i>Articles 20 and 21.</i> The Government is pleased to inform the Committee that the annual labour "
             "inspection report for 2025 was published on the Ministry's website on 30 April 2026 and is attached to "
             "the present report (annex 1). It covers all the subjects listed in Article 21, with the exception of "
             "statistics of occupational diseases, which are compiled by the Social Insurance Fund. Reports will "
             "henceforth be published every year before the end of April.</p>")
    b.append("<p><i>Article 12(1)(a).</i> The Government wishes to explain that the notice requirement in section "
             "41(3) was introduced following consultation in the National Tripartite Council in order to ensure "
             "that an employer's representative is present during the inspection, and that written authorizations "
             "for unannounced visits were granted in 1,084 cases in 2025. The Government does not consider it "
             "necessary to amend section 41(3) at the present time, but will keep the matter under review in light "
             "of the 2027 evaluation of the Labour Inspection Act.</p>")
    b.append("<p><i>Articles 10 and 11.</i> The Government recognizes that the number of labour inspectors remains "
             "below the level required. Within the constraints of the fiscal consolidation programme agreed for "
             "2025-2027, the State Budget Law for 2026 provides for the recruitment of 25 additional labour inspectors, "
             "who will take up their duties in September 2026, which will bring the total to 205. A breakdown of "
             "inspectors by province is provided in annex 2. The budget of the Labour Inspection Directorate for the "
             "years 2022 to 2026, with the share spent on travel and transport, is set out in annex 3.</p>")
    b.append("<p><i>Articles 17 and 18.</i> As regards penalties, a draft law amending section 77 of the Labour "
             "Inspection Act, which would raise the maximum fine to 40,000 dinars and index it annually, was approved "
             "by the Council of Ministers on 12 March 2026 and is before the National Assembly; a copy will be "
             "transmitted as soon as it is adopted. Statistics on violations detected, penalties imposed and amounts "
             "collected in 2025 are contained in the annual report. As regards cooperation with the judicial "
             "authorities, the Government takes due note of the Committee's encouragement and has transmitted it to "
             "the Supreme Judicial Council, which is responsible under the Constitution for the training of judges "
             "and prosecutors.</p>")
    b.append("<h2>III. Please indicate any practical difficulties in the application of the Convention.</h2>")
    b.append("<p>The principal difficulty remains the large number of small workplaces in the informal economy, "
             "many of which are not registered with the Ministry. A registration campaign with the Chamber of Crafts "
             "took place in 2025.</p>")
    b.append("<h2>V. Please state to which representative organizations of employers and workers copies of the "
             "present report have been communicated.</h2>")
    b.append("<p>Copies of the present report have been communicated to the Arvelian Employers' Federation and to "
             "the Arvelian Confederation of Trade Unions. No observations had been received from either "
             "organization at the time of transmission.</p>")
    b.append("<p style='margin-top: 14pt; text-align: left'>Velmar, 28 August 2026<br>For the Minister of Labour and Social Protection"
             "<br>Irena Valchova, Director, Department of International Labour Relations</p>")
    b.append("<p class='small'>Annexes: 1. Annual Labour Inspection Report 2025; 2. Labour inspectors by province, "
             "31 December 2025; 3. Budget of the Labour Inspection Directorate, 2022-2026.</p>")
    return page("".join(b))


NOTES = ("ILO CEACR observation on Convention No. 81 (Labour Inspection) for the invented Arvelia, answered by the "
         "Government's article 22 report. The advice has no numbers: the seven recommendations are the sentences "
         "'The Committee requests / further requests / urges / encourages / trusts that the Government ...' inside "
         "five prose sections headed by Convention articles; numbered 1-7 in document order. Traps: 'In its "
         "previous comments, the Committee requested ...' (earlier request), 'shall' in Articles 10 and 12 quoted, "
         "'Paragraph 4 of the Labour Inspection Recommendation, 1947 (No. 81)' (a legal instrument), the ACTU's "
         "observations, 'notes with interest', 'notes with regret', a table of inspector numbers, 'other matters in "
         "a request addressed directly to the Government' and the bracketed '[The Government is asked to reply in "
         "full to the present comments in 2027.]' (procedural, not counted). Response: report form sections I "
         "(legislation), II (reply) with italic article run-ins in the order 20-21, 12, 10-11, 17-18, III "
         "(practical difficulties), V (communication to organizations). Key: 1 more inspectors 'within the "
         "constraints' of fiscal consolidation, 25 recruits bringing the total to 205 of the former 214 (partly); "
         "2 budget data in annex 3 (agrees); 3 'does not consider it necessary to amend section 41(3)' (disagrees); "
         "4 transport facilities never addressed (unanswered); 5 draft law raising the fine (agrees); 6 cooperation "
         "with judicial authorities 'takes due note ... transmitted it to the Supreme Judicial Council' (noted); "
         "7 annual report published (agrees). Unmatched: section I list of laws, section III informal economy, "
         "section V copies communicated.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Observation (CEACR) - adopted 2025 - C081 - Arvelia",
            footer="{n}")
    H.stamp(H.out(NAME + "_response.pdf"), header="Article 22 report - Convention No. 81 - Arvelia - 2026",
            footer="Page {n}/{N}", skip_first=True)
    sw = lambda i: " ".join(REQ[i].split()[:11])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "the recruitment of 25 additional labour inspectors", "verdict": "partly",
         "also": ["agrees"]},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "share spent on travel and transport, is set out in annex 3",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "does not consider it necessary to amend section 41(3)", "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "would raise the maximum fine to 40,000 dinars", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(5),
         "reply_contains": "has transmitted it to the Supreme Judicial Council", "verdict": "noted"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "the annual labour inspection report for 2025 was published", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["Ministerial Order No. 112/2025 on the Organization",
                                  "A registration campaign with the Chamber of Crafts",
                                  "No observations had been received from either organization"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b52en.py"), NAME)) and 1)

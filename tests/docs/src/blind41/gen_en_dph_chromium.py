"""Round 41 (EN): an English Director of Public Health annual report (invented Calderbrook County Council, 2025,
air quality) with UNNUMBERED 'My recommendations' bullets in coloured sidebars per chapter, addressed to different
bodies, and a table updating last year's recommendations, answered by the minutes of the Health and Wellbeing Board
that discussed it. Chromium headless --print-to-pdf from HTML, A4, cleaned Liberation fonts, ligatures off; running
header and page numbers stamped with PyMuPDF. All content (council, board, people, figures) is invented; section 31
of the Health and Social Care Act 2012 is cited by number only.

Run:  /tmp/blind41en/bin/python tests/docs/src/blind41/gen_en_dph_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b41en as H

NAME = "blind41_en_dph"
TMP = "/tmp/b41en/dph"


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
@page {size: A4; margin: 22mm 20mm 22mm 20mm;}
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;}
h1 {font-size: 22pt; color: #6a1b6e; margin: 0 0 4pt 0;} h2 {font-size: 14pt; color: #6a1b6e; margin: 14pt 0 4pt 0;}
p {margin: 0 0 6pt 0;}
.side {float: right; width: 42%; margin: 0 0 8pt 10pt; background: #f3e8f4; border-left: 4px solid #6a1b6e;
       padding: 6pt 8pt; font-size: 9.5pt;}
.side b.t {color: #6a1b6e; font-size: 10.5pt;}
.side ul {margin: 4pt 0 0 0; padding-left: 12pt;}
.quote {font-family: LR; font-style: italic; font-size: 11pt; color: #444; margin: 8pt 20pt;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th {background: #6a1b6e; color: white; text-align: left; padding: 3pt;} td {border-bottom: 1px solid #bbb; padding: 3pt;}
.min p {margin-bottom: 5pt;} .min h3 {font-size: 10.5pt; margin: 10pt 0 3pt 0;}
"""

REC = ["Calderbrook's social landlords should adopt a single damp and mould reporting route, with a response "
       "standard of 14 days, by April 2027.",
       "The Integrated Care Board should fund a winter warmth and ventilation service for households with a child "
       "admitted to hospital with asthma.",
       "The County Council should introduce school streets outside at least 20 primary schools by September 2028.",
       "The County Council should consult on a workplace parking levy in Calderbrook town centre, with the income "
       "ring-fenced for bus services.",
       "District councils should review their smoke control areas and enforce them, starting with the wards with "
       "the highest PM2.5 concentrations.",
       "All NHS trusts in Calderbrook should include indoor air quality questions in respiratory outpatient "
       "assessments."]


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>" +
            body + "</body></html>")


def side(recs):
    return ("<div class='side'><b class='t'>My recommendations</b><ul>" +
            "".join("<li>%s</li>" % REC[i] for i in recs) + "</ul></div>")


def advice():
    b = ["<p style='color:#6a1b6e'><b>Calderbrook County Council</b></p>",
         "<h1>Breathing easier</h1>",
         "<p style='font-size:13pt'>Air quality and our health in Calderbrook<br>Director of Public Health Annual "
         "Report 2025</p>",
         "<h2>Foreword</h2>",
         "<p>Each year the Director of Public Health has a statutory duty to write an independent report on the "
         "health of the local population (section 31 of the Health and Social Care Act 2012). This year I have "
         "chosen to look at the air we breathe, indoors and out.</p>",
         "<p class='quote'>\"When Jayden's asthma got bad we were told to keep the windows open, but then the damp "
         "gets worse and so does the cold.\" - a parent in Millbridge</p>",
         "<p>Dr Helen Achterberg, Director of Public Health, November 2025</p>",
         "<h2>Progress on my 2024 recommendations</h2>",
         "<p>Last year's report, on loneliness in later life, made four recommendations. Their status is set out "
         "below.</p>",
         "<table><tr><th>2024 recommendation</th><th>Progress</th><th>Status</th></tr>"
         "<tr><td>Every GP practice should have a named social prescribing link worker</td><td>48 of 52 "
         "practices</td><td>Amber</td></tr>"
         "<tr><td>Libraries should host weekly 'warm welcome' sessions</td><td>All 17 libraries</td><td>Green</td></tr>"
         "<tr><td>The County Council should map community transport gaps</td><td>Mapping completed June "
         "2025</td><td>Green</td></tr>"
         "<tr><td>Employers should offer pre-retirement wellbeing sessions</td><td>Not started</td>"
         "<td>Red</td></tr></table>",
         "<h2>Chapter 1: The air in our homes</h2>",
         side([0, 1]),
         "<p>People in England spend around 90 percent of their time indoors. Damp and mould, gas cooking and wood "
         "burning all affect the air inside homes. Homes should be warm, dry and well ventilated, yet 1 in 9 "
         "Calderbrook households lives in fuel poverty.</p>",
         "<p>In 2024/25 there were 612 emergency admissions of children for asthma in Calderbrook, a rate of 231 "
         "per 100,000, compared with 178 for England. Reports of damp and mould to social landlords have risen by "
         "40 percent since 2022, and the time taken to respond varies from 5 days to 11 weeks between landlords.</p>",
         "<h2>Chapter 2: The air in our streets</h2>",
         side([2, 3]),
         "<p>Road traffic is the main source of nitrogen dioxide in Calderbrook. Annual mean concentrations exceed "
         "the national objective of 40 micrograms per cubic metre at 6 monitoring sites, all on the A614 corridor.</p>",
         "<table><tr><th>Area</th><th>NO2 annual mean (ug/m3)</th><th>PM2.5 annual mean (ug/m3)</th></tr>"
         "<tr><td>Calderbrook town centre</td><td>43.1</td><td>9.8</td></tr><tr><td>Millbridge</td><td>31.4</td>"
         "<td>11.2</td></tr><tr><td>Ashby Fold</td><td>22.7</td><td>8.1</td></tr><tr><td>England average</td>"
         "<td>-</td><td>7.9</td></tr></table>",
         "<p>Around 1 in 3 children are driven to primary school, although most live within a mile of it. Where "
         "school streets have been piloted, at Ashby Fold and St Anne's, traffic at the gate fell by two "
         "thirds.</p>",
         "<h2>Chapter 3: Smoke and our lungs</h2>",
         side([4, 5]),
         "<p>Domestic wood burning now accounts for an estimated 27 percent of PM2.5 emissions in the county. Most "
         "of Millbridge is a smoke control area, but no fixed penalty has been issued there since 2019.</p>",
         "<p>Clinicians told us that they rarely ask about the home environment. In my view, every contact with a "
         "patient who has a respiratory condition is an opportunity we are missing.</p>",
         "<h2>Summary</h2>",
         "<p>This report makes six recommendations to partners across Calderbrook. I will report on their progress "
         "in my 2026 report. Data sources are listed in the technical appendix, available online.</p>"]
    return html_doc("".join(b))


def response():
    b = ["<div class='min'><p style='text-align:center'><b>CALDERBROOK COUNTY COUNCIL</b></p>",
         "<p style='text-align:center'><b>MINUTES of the meeting of the HEALTH AND WELLBEING BOARD held at County "
         "Hall, Calderbrook on Thursday 5 February 2026 at 2.00 pm</b></p>",
         "<p><b>PRESENT:</b> Councillor Priya Nandra (Chair), Councillor Owen Fairclough (Cabinet Member for Highways "
         "and Transport), Councillor Sue Brannigan (Stanmoor District Council), Dr Helen Achterberg (Director of "
         "Public Health), Mark Oduya (Calderbrook Integrated Care Board), Janet Pryce (Healthwatch Calderbrook), "
         "Alan Whitlow (Calder Homes, representing social landlords)</p>",
         "<h3>34. APOLOGIES FOR ABSENCE</h3>",
         "<p>Apologies were received from Councillor Tim Rowe and from the Chief Executive of Calderbrook Hospitals "
         "NHS Foundation Trust.</p>",
         "<h3>35. MINUTES OF THE PREVIOUS MEETING</h3>",
         "<p>The minutes of the meeting held on 27 November 2025 were confirmed as a correct record and signed by "
         "the Chair.</p>",
         "<h3>36. DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025 - BREATHING EASIER</h3>",
         "<p>Dr Achterberg presented her annual report and its six recommendations. Members welcomed the report and "
         "the following points were made in discussion:</p>",
         "<p>(a) Councillor Fairclough said that the Cabinet would take forward school streets, but at the 12 "
         "schools where a traffic survey showed it was workable, since some schools sit on A roads where closure "
         "is not possible. On the parking levy, he stated that the Cabinet had no intention of consulting on a "
         "levy while the town centre was still recovering, and that this would not be pursued.</p>",
         "<p>(b) Mr Oduya confirmed that the ICB had agreed in January to commission a warm homes and ventilation "
         "service for families of children admitted with asthma, funded for three years from April 2026.</p>",
         "<p>(c) Mr Whitlow reported that the five largest social landlords had already signed up to a shared "
         "online reporting portal for damp and mould, to go live in the summer, and had agreed a common 14-day "
         "response standard.</p>",
         "<p>(d) Councillor Brannigan noted the comments on smoke control. She said district councils would "
         "consider the matter through the Calderbrook Environmental Health Managers Group and that no commitment "
         "could be made on enforcement resources at this stage.</p>",
         "<p>(e) Janet Pryce asked how residents without internet access would be able to report damp. Mr Whitlow "
         "said telephone reporting would remain available.</p>",
         "<p><b>RESOLVED:</b> That the Board (i) receives the Director of Public Health Annual Report 2025; and (ii) "
         "asks the Director to report progress on the recommendations to the Board in October 2026.</p>",
         "<h3>37. BETTER CARE FUND 2025/26 - QUARTER 3 RETURN</h3>",
         "<p>The Board considered the Quarter 3 return. The number of people discharged from hospital to their "
         "usual place of residence had risen to 91.4 percent.</p>",
         "<p><b>RESOLVED:</b> That the Quarter 3 return be approved for submission.</p>",
         "<p>The meeting ended at 3.25 pm.</p><p>CHAIR</p></div>"]
    return html_doc("".join(b))


NOTES = ("Director of Public Health annual report: the recommendations are the six UNNUMBERED bullets in the 'My "
         "recommendations' sidebars of chapters 1-3, each addressed to a body ('Calderbrook's social landlords "
         "should', 'The Integrated Care Board should', 'The County Council should' x2, 'District councils should', "
         "'All NHS trusts ... should'); numbered 1-6 in document order. Traps: section 31 of the Health and Social "
         "Care Act 2012, the parent's quote, the table of last year's (2024) recommendations with "
         "'should' and RAG status, 'Homes should be warm, dry and well ventilated', the NO2/PM2.5 table, 'In my "
         "view ... an opportunity we are missing', the Summary ('makes six recommendations'). The Health and "
         "Wellbeing Board minutes answer in discussion points (a)-(e), in another order 3+4, 2, 1, 5: ONE point (a) "
         "by the Cabinet Member: school streets at 12 schools, not 20 (3 partly) and no consultation on the "
         "parking levy (4 disagrees); ICB commissions the service (2 agrees); landlords already signed up to a "
         "shared portal with a 14-day standard (1 agrees); districts 'would consider', no commitment (5 noted); 6 "
         "(NHS trusts asking about indoor air) is never answered (the trust sent apologies). Apologies, previous "
         "minutes and the Better Care Fund item answer nothing; the RESOLVED (receives the report) is not a reply "
         "to any one recommendation.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, html in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, part + ".html")
        open(src, "w", encoding="utf-8").write(html)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Director of Public Health Annual Report 2025 - Breathing easier",
            footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Health and Wellbeing Board - 5 February 2026",
            footer="Page {n} of {N}")
    recs = [
        {"number": "1", "starts_with": "Calderbrook's social landlords should adopt a single damp and mould reporting route",
         "reply_contains": "had already signed up to a shared online reporting portal", "verdict": "agrees"},
        {"number": "2", "starts_with": "The Integrated Care Board should fund a winter warmth and ventilation",
         "reply_contains": "commission a warm homes and ventilation service for families", "verdict": "agrees"},
        {"number": "3", "starts_with": "The County Council should introduce school streets outside at least 20",
         "reply_contains": "at the 12 schools where a traffic survey showed it was workable", "verdict": "partly"},
        {"number": "4", "starts_with": "The County Council should consult on a workplace parking levy",
         "reply_contains": "had no intention of consulting on a levy", "verdict": "disagrees"},
        {"number": "5", "starts_with": "District councils should review their smoke control areas and enforce them",
         "reply_contains": "no commitment could be made on enforcement resources", "verdict": "noted"},
        {"number": "6", "starts_with": "All NHS trusts in Calderbrook should include indoor air quality",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["discharged from hospital to their usual place of residence"], NOTES)


if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)

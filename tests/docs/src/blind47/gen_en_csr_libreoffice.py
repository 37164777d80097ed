"""Round 47 (EN): an EU-style Council Recommendation on the economic, social, employment, structural and budgetary
policies of an invented Member State ('Velsland'), as printed in the Official Journal: OJ running header stamped on
each page (date | EN | Official Journal of the European Union | C 271/page), title and reference, citations
('Having regard to ... Article 121(2)'), twenty recitals (1)-(20) full of 'should' and figures, one quoting the 2025
recommendation, and the operative part 'HEREBY RECOMMENDS that Velsland take action in 2026 and 2027 to:' with six
numbered country-specific recommendations 1.-6. (several sentences of imperatives each), then 'Done at Brussels'. The
response is a SECTION OF ANOTHER DOCUMENT: chapter 3 of Velsland's National Reform Programme 2027 (pages 14-16 of the
programme, stamped), 'Response to the 2026 country-specific recommendations', arranged by policy area in another
order, one section covering CSR 1 and CSR 2 with different positions, CSR 5 left out, a referral to the provinces, and
a box on stakeholder involvement. LibreOffice Writer headless from HTML, A4, Liberation Serif / Sans; headers stamped
with PyMuPDF. All content (Member State, ministries, people, figures) is invented; the Treaty articles and
Regulation named are real, but what is said about them is not to be relied on.

Run:  /tmp/blind47en/bin/python tests/docs/src/blind47/gen_en_csr_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b47en as H

NAME = "blind47_en_csr"
TMP = "/tmp/b47en/csr"

CSS_OJ = """
@page { size: 21cm 29.7cm; margin: 2.3cm 2.2cm 2.0cm 2.2cm; }
body { font-family: 'Liberation Serif'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: justify; }
td { font-family: 'Liberation Serif'; font-size: 10.5pt; vertical-align: top; }
"""

CSS_NRP = """
@page { size: 21cm 29.7cm; margin: 2.5cm 2.3cm 2.2cm 2.3cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; font-weight: bold; color: #00437a; margin-bottom: 8pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; font-weight: bold; color: #00437a; margin-top: 10pt;
     margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
"""

R = {"1": "Submit the annual progress report in time. Limit the growth in net expenditure in 2027 to not more "
          "than 2.8%, in line with the maximum growth rates set out in the Council recommendation endorsing the "
          "national medium-term fiscal-structural plan. Use windfall revenues to reduce the general government "
          "deficit.",
     "2": "Ensure the long-term sustainability of the public pension system by linking the statutory retirement "
          "age to gains in life expectancy and by restricting access to early retirement.",
     "3": "Accelerate the implementation of the recovery and resilience plan, including the REPowerEU chapter, "
          "ensuring the completion of reforms and investments by August 2026. Strengthen the administrative "
          "capacity to manage Union funds.",
     "4": "Reduce the administrative burden on small and medium-sized enterprises. Speed up permitting "
          "procedures for renewable energy installations and grid connections, and increase the capacity of the "
          "electricity transmission network.",
     "5": "Address labour and skills shortages by improving the labour market relevance of vocational education "
          "and training and by increasing participation in adult learning, in particular among low-qualified "
          "workers.",
     "6": "Improve the supply of affordable housing by increasing investment in social and cost-rental housing "
          "and by reviewing land-use rules that restrict residential construction."}


def num(n, text, w=9):
    return ("<table width='100%%' cellpadding='0' cellspacing='0'><tr><td width='%d%%' valign='top'>%s</td>"
            "<td width='%d%%' valign='top'><p>%s</p></td></tr></table>" % (w, n, 100 - w, text))


def html(body, css):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css + "</style></head><body>" + body
            + "</body></html>")


RECITALS = [
    "On 19 November 2025, the Commission adopted the Alert Mechanism Report, in which it did not identify Velsland "
    "as a Member State that warranted an in-depth review.",
    "On 21 January 2025, the Council endorsed the national medium-term fiscal-structural plan submitted by Velsland. "
    "Pursuant to Article 21 of Regulation (EU) 2024/1263, Velsland is to submit an annual progress report by 30 April "
    "of each year.",
    "According to data validated by Eurostat, Velsland's general government deficit decreased from 3.4% of GDP in "
    "2024 to 2.9% in 2025, while general government debt fell from 71.2% to 69.8% of GDP.",
    "According to the Commission's estimates, net expenditure grew by 3.6% in 2025, above the maximum growth rate of "
    "3.1% recommended by the Council. Velsland should have limited the growth in net expenditure to that rate.",
    "The Commission 2026 spring forecast projects real GDP growth of 1.3% in 2026 and 1.6% in 2027, and HICP "
    "inflation of 2.4% in 2026.",
    "Velsland's recovery and resilience plan was amended on 8 December 2025 and has a total allocation of EUR 9.4 "
    "billion. By 30 April 2026 Velsland had received 54% of that allocation, and 41 of 112 milestones and targets "
    "were still outstanding.",
    "Ageing costs are projected to rise by 3.1 percentage points of GDP by 2070, driven mainly by public pensions. "
    "The statutory retirement age has been fixed at 65 since 2011, and the average effective age of exit from the "
    "labour market is 62.4 years.",
    "In 2025 the Council recommended that Velsland reduce the tax wedge on low-wage earners. That recommendation has "
    "been partially implemented through the 2026 increase in the earned income tax credit.",
    "Small and medium-sized enterprises report that regulatory obligations take up on average 29 hours per month. "
    "The Commission considers that the planned 'once only' digital reporting system should be introduced without "
    "further delay.",
    "The average permitting time for onshore wind installations is 6.5 years, against a maximum of two years set by "
    "Union law for installations in renewables acceleration areas. Permitting is largely a responsibility of the "
    "nine provinces.",
    "Grid congestion delays the connection of 4.2 GW of approved solar and wind capacity. The transmission system "
    "operator estimates that investment of EUR 6.8 billion is needed by 2032.",
    "The employment rate of people aged 20-64 reached 77.9% in 2025. Vacancy rates in construction, health care and "
    "information technology are among the highest in the Union.",
    "Only 9.8% of low-qualified adults participated in learning in the preceding four weeks, against 21.4% of "
    "adults overall. Work-based learning accounts for 31% of upper secondary vocational programmes.",
    "House prices rose by 41% in real terms between 2015 and 2025. Social and cost-rental housing accounts for 11% "
    "of the housing stock, and residential building permits fell by 23% in 2025.",
    "Municipal land-use plans limit building heights and density in most large cities. Public investment in housing "
    "amounted to 0.3% of GDP in 2025.",
    "In view of the close interlinkages between the economies of euro area Member States, Velsland should ensure "
    "the full and timely implementation of the 2026 recommendation on the economic policy of the euro area.",
    "In the context of the 2026 European Semester, the Commission has carried out a comprehensive analysis of "
    "Velsland's economic policy and published it in the 2026 country report.",
    "In the light of that assessment, the Council has examined the annual progress report, and its opinion is "
    "reflected in recommendation 1 below.",
    "The Council has examined the national reform programme 2026, and its opinion is reflected in recommendations 2 "
    "to 6 below.",
    "The Economic and Financial Committee and the Employment Committee have been consulted.",
]


def advice():
    b = ["<p style='text-align:center; font-size:9.5pt'>II</p>"
         "<p style='text-align:center; font-size:9.5pt'><i>(Information)</i></p>"
         "<p style='text-align:center; font-size:9.5pt'>INFORMATION FROM EUROPEAN UNION INSTITUTIONS, BODIES, "
         "OFFICES AND AGENCIES</p>",
         "<p style='text-align:center; font-size:10pt; margin-top:10pt'><b>COUNCIL</b></p>",
         "<p style='text-align:center; font-size:11pt; margin-top:10pt'><b>COUNCIL RECOMMENDATION</b></p>",
         "<p style='text-align:center'><b>of 14 July 2026</b></p>",
         "<p style='text-align:center'><b>on the economic, social, employment, structural and budgetary policies of "
         "Velsland</b></p>",
         "<p style='text-align:center'>(2026/C 271/19)</p>",
         "<p style='margin-top:10pt'>THE COUNCIL OF THE EUROPEAN UNION,</p>",
         "<p>Having regard to the Treaty on the Functioning of the European Union, and in particular Articles 121(2) "
         "and 148(4) thereof,</p>",
         "<p>Having regard to Regulation (EU) 2024/1263 of the European Parliament and of the Council of 29 April "
         "2024 on the effective coordination of economic policies and on multilateral budgetary surveillance, and in "
         "particular Article 3(3) thereof,</p>",
         "<p>Having regard to the recommendation of the European Commission,</p>",
         "<p>Having regard to the resolutions of the European Parliament,</p>",
         "<p>Having regard to the conclusions of the European Council,</p>",
         "<p>Having regard to the opinion of the Employment Committee,</p>",
         "<p>Having regard to the opinion of the Economic and Financial Committee,</p>",
         "<p>Having regard to the opinion of the Economic Policy Committee,</p>",
         "<p>Whereas:</p>"]
    for i, t in enumerate(RECITALS, 1):
        b.append(num("(%d)" % i, t))
    b.append("<p style='margin-top:8pt'>HEREBY RECOMMENDS that Velsland take action in 2026 and 2027 to:</p>")
    for k in "123456":
        b.append(num(k + ".", R[k], w=5))
    b += ["<p style='margin-top:12pt'>Done at Brussels, 14 July 2026.</p>",
          "<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='55%'></td><td width='45%'>"
          "<p style='text-align:center'><i>For the Council</i></p><p style='text-align:center'><i>The President</i>"
          "</p><p style='text-align:center'>M. KOVALENKO-RUIZ</p></td></tr></table>"]
    return html("".join(b), CSS_OJ)


def response():
    b = ["<h1>3 Response to the 2026 country-specific recommendations</h1>",
         "<p>On 14 July 2026 the Council addressed six country-specific recommendations (CSRs) to Velsland. This "
         "chapter describes the measures taken since then, grouped by policy area. The measures financed by the "
         "recovery and resilience plan are listed in Annex 2, and the provinces' own contributions in Annex 3.</p>",
         "<h2>3.1 Public finances and pensions (CSR 1 and CSR 2)</h2>",
         "<p>The 2027 Budget Act, adopted by the Chamber of Representatives on 11 December 2026, keeps net expenditure "
         "growth at 2.7% and brings the deficit to 2.4% of GDP. The annual progress report was submitted on 28 April "
         "2027, and the corporate tax windfall of EUR 610 million received in 2026 has been used in full to reduce "
         "borrowing.</p>",
         "<p>With regard to pensions, the Government has taken a different view. The coalition agreement of March "
         "2026 rules out any change to the statutory retirement age of 65 in this parliamentary term, and the "
         "Government does not intend to introduce an automatic link to life expectancy. It considers that the "
         "sustainability of the system is better secured by the Pension Reserve Fund, to which EUR 1.1 billion was "
         "transferred in 2026, and by encouraging longer working lives through the new part-time pension "
         "supplement.</p>",
         "<h2>3.2 Housing (CSR 6)</h2>",
         "<p>The Housing Investment Fund has been increased from EUR 400 million to EUR 750 million a year from 2027, "
         "which will finance about 6,500 social and cost-rental homes a year. The Government has decided not to "
         "review the national framework for municipal land-use plans, since building density is a matter on which "
         "municipal councils must be able to decide for themselves; instead, the State Housing Agency will offer "
         "planning support to the twelve largest municipalities.</p>",
         "<h2>3.3 Recovery and resilience plan (CSR 3)</h2>",
         "<p>Velsland submitted its fifth payment request on 30 September 2026 and its sixth and final request on 15 "
         "December 2026. All remaining milestones except two investments in district heating, for which the plan "
         "was amended in October 2026, were completed by 31 August 2026. A central Funds Management Unit with 46 "
         "staff was set up in the Ministry of Economic Affairs and Finance on 1 January 2027.</p>",
         "<h2>3.4 Business environment and energy (CSR 4)</h2>",
         "<p>The 'once only' digital reporting portal for companies went live on 1 February 2027 and is expected to "
         "save small businesses about 4 hours a month. Permitting procedures for renewable energy and the planning of "
         "grid connections fall within the competence of the provinces. The Government has forwarded the "
         "recommendation to the Conference of Provincial Governors, which will report on it in the autumn.</p>",
         "<table width='100%' cellpadding='6' cellspacing='0' style='border:1px solid #00437a'><tr><td "
         "bgcolor='#e3ecf5'><p><b>Box 3.1 Involvement of stakeholders and the provinces</b></p>"
         "<p>The draft programme was discussed with the social partners in the Economic Council on 3 March 2027, and "
         "with the provinces and the Association of Velsland Municipalities on 17 March 2027. Written contributions "
         "were received from 14 organisations and are published on the website of the Ministry of Economic Affairs "
         "and Finance.</p></td></tr></table>",
         "<h2>3.5 Progress towards the national 2030 targets</h2>",
         "<p>Table 3.1 shows progress towards the national targets for employment (80% by 2030), adult learning "
         "(60%) and the reduction of poverty and social exclusion. The employment rate rose to 78.4% in 2026.</p>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1'>"
         "<tr><td bgcolor='#00437a'><font color='#ffffff'><b>Indicator</b></font></td><td bgcolor='#00437a'>"
         "<font color='#ffffff'><b>2024</b></font></td><td bgcolor='#00437a'><font color='#ffffff'><b>2025</b>"
         "</font></td><td bgcolor='#00437a'><font color='#ffffff'><b>2026</b></font></td><td bgcolor='#00437a'>"
         "<font color='#ffffff'><b>Target 2030</b></font></td></tr>"
         "<tr><td>Employment rate 20-64 (%)</td><td>77.1</td><td>77.9</td><td>78.4</td><td>80.0</td></tr>"
         "<tr><td>Adults in learning in last 12 months (%)</td><td>47.0</td><td>48.2</td><td>n/a</td><td>60.0</td></tr>"
         "<tr><td>People at risk of poverty or social exclusion (thousands)</td><td>1 214</td><td>1 198</td>"
         "<td>1 176</td><td>1 050</td></tr></table>",
         "<p style='font-size:8.5pt'>Table 3.1 Progress towards the national 2030 targets. Source: Velsland "
         "Statistics Office.</p>"]
    return html("".join(b), CSS_NRP)


def stamp_oj(path):
    import warnings
    warnings.filterwarnings('ignore')
    import fitz
    ff = H.clean_font("LiberationSerif-Regular.ttf")
    fb = H.clean_font("LiberationSerif-Bold.ttf")
    doc = fitz.open(path)
    for i, page in enumerate(doc):
        w = page.rect.width
        page.insert_font(fontname="ojr", fontfile=ff)
        page.insert_font(fontname="ojb", fontfile=fb)
        pg = "C 271/%d" % (142 + i)
        left, right = ("24.7.2026", pg) if i % 2 == 0 else (pg, "24.7.2026")
        page.insert_text((62, 40), left, fontname="ojb", fontsize=8.5)
        page.insert_text((w / 2 - 110, 40), "EN", fontname="ojb", fontsize=8.5)
        page.insert_text((w / 2 - 70, 40), "Official Journal of the European Union", fontname="ojr", fontsize=8.5)
        rw = fitz.Font(fontfile=fb).text_length(right, fontsize=8.5)
        page.insert_text((w - 62 - rw, 40), right, fontname="ojb", fontsize=8.5)
        page.draw_line((62, 45), (w - 62, 45), width=0.5)
    tmp = path + ".tmp"
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    os.replace(tmp, path)


def stamp_nrp(path):
    import warnings
    warnings.filterwarnings('ignore')
    import fitz
    ff = H.clean_font("LiberationSans-Regular.ttf")
    doc = fitz.open(path)
    for i, page in enumerate(doc):
        w, h = page.rect.width, page.rect.height
        page.insert_font(fontname="nr", fontfile=ff)
        page.insert_text((65, 38), "Velsland - National Reform Programme 2027", fontname="nr", fontsize=8,
                         color=(0, 0.26, 0.48))
        page.draw_line((65, 43), (w - 65, 43), width=0.6, color=(0, 0.26, 0.48))
        t = str(14 + i)
        tw = fitz.Font(fontfile=ff).text_length(t, fontsize=9)
        page.insert_text((w - 65 - tw, h - 30), t, fontname="nr", fontsize=9)
        page.insert_text((65, h - 30), "Ministry of Economic Affairs and Finance", fontname="nr", fontsize=8,
                         color=(0.35, 0.35, 0.35))
    tmp = path + ".tmp"
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    os.replace(tmp, path)


NOTES = ("EU-style Council Recommendation of 14 July 2026 on the economic, social, employment, structural and "
         "budgetary policies of the invented Member State Velsland (OJ layout, running OJ header): citations "
         "('Articles 121(2) and 148(4)', 'Article 3(3)'), twenty recitals (1)-(20) with traps ('Velsland should have "
         "limited the growth in net expenditure' (4), the 2025 recommendation on the tax wedge quoted as partially "
         "implemented (8), 'the once only digital reporting system should be introduced' (9), 'Velsland should "
         "ensure the full and timely implementation of the 2026 recommendation on the economic policy of the euro "
         "area' (16), 'its opinion is reflected in recommendation 1 below' (18, 19), figures everywhere), then "
         "'HEREBY RECOMMENDS that Velsland take action in 2026 and 2027 to:' and six numbered CSRs 1.-6., each of "
         "one to three imperative sentences. Response: chapter 3 of Velsland's National Reform Programme 2027 "
         "(pages 14-16), by policy area in the order 1+2, 6, 3, 4. Key: 3.1 covers CSR 1 (2027 Budget Act keeps net "
         "expenditure growth at 2.7%, progress report submitted, windfall used to reduce borrowing - agrees) and "
         "CSR 2 ('the Government has taken a different view', no link of the retirement age to life expectancy - "
         "disagrees); CSR 6 Housing Investment Fund increased but 'decided not to review the national framework "
         "for municipal land-use plans' (partly); CSR 3 payment requests submitted, Funds Management Unit set up "
         "(agrees); CSR 4 'once only' portal live (not asked for in the CSR itself) and permitting 'forwarded the "
         "recommendation to the Conference of Provincial Governors' (noted, also partly); CSR 5 skills and adult "
         "learning unanswered. Unmatched: Box 3.1 stakeholder involvement, 3.5 progress towards the 2030 targets "
         "with Table 3.1.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    stamp_oj(H.out(NAME + "_advice.pdf"))
    stamp_nrp(H.out(NAME + "_response.pdf"))
    sw = lambda k: " ".join(R[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw("1"),
         "reply_contains": "keeps net expenditure growth at 2.7% and brings the deficit", "verdict": "agrees"},
        {"number": "2", "starts_with": sw("2"),
         "reply_contains": "does not intend to introduce an automatic link to life expectancy",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw("3"),
         "reply_contains": "submitted its fifth payment request on 30 September 2026", "verdict": "agrees"},
        {"number": "4", "starts_with": sw("4"),
         "reply_contains": "forwarded the recommendation to the Conference of Provincial Governors",
         "verdict": "noted", "also": ["partly"]},
        {"number": "5", "starts_with": sw("5"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw("6"),
         "reply_contains": "decided not to review the national framework for municipal land-use plans",
         "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, ["The draft programme was discussed with the social partners",
                                  "shows progress towards the national targets for employment"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b47en.py"), NAME)) and 1)

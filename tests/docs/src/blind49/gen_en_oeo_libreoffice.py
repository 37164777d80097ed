"""Round 49 (EN): a report of an environmental oversight body on the implementation of environmental law (the genre
of the Office for Environmental Protection's implementation reports, to which the Government must respond within a
statutory period), by the invented Office for Environmental Oversight (OEO) on river water quality monitoring:
cover block, foreword, a 'Summary of recommendations' table restating them in short form, chapters with numbered
paragraphs, a sampling table, a finding of the Agency's own 2019 review quoted, findings with 'should', then seven
bold 'Recommendation N' paragraphs in ruled boxes at the ends of chapters 2-4; answered by the invented Department
for Environment and Rural Affairs' Government response presented to Parliament (by theme, in another order, one
paragraph answering recommendations 1 and 2 with different outcomes, recommendation 6 not answered, a ministerial
introduction and a 'Wider reforms' section answering nothing). LibreOffice Writer headless from HTML, A4; running
header and page numbers stamped with PyMuPDF. All content (office, department, agency, Act, rivers, people,
figures, references) is invented.

Run:  /tmp/blind49en/bin/python tests/docs/src/blind49/gen_en_oeo_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b49en as H

NAME = "blind49_en_oeo"
TMP = "/tmp/b49en/oeo"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.3cm 2.2cm 2.0cm 2.2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 14pt; color: #1f5c2e; margin-top: 12pt; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; color: #1f5c2e; margin-top: 9pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
"""

R = {1: "DERA should set a minimum density for the river water quality monitoring network, of at least one "
        "monitoring site in every river water body, and achieve it by the end of 2028.",
     2: "The Agency should restore its routine river sampling programme to at least its 2013 level of about "
        "58,000 samples a year within three years.",
     3: "DERA should publish all river monitoring results, including those collected by water companies under "
        "their permits, as a single open dataset updated at least monthly.",
     4: "DERA and HM Treasury should fund the Agency's ambient monitoring through a ring-fenced grant rather than "
        "from permit charges.",
     5: "The Agency should set a quality standard for citizen science data and use data meeting that standard in "
        "its river classifications.",
     6: "DERA should commission an independent review of the method used to classify the chemical status of "
        "rivers, to report by March 2028.",
     7: "DERA should report to Parliament each year on progress against the river water quality targets, "
        "including the state of the monitoring network."}
SHORT = {1: "Minimum density of monitoring sites", 2: "Restore routine sampling", 3: "Open monitoring data",
         4: "Ring-fenced funding for monitoring", 5: "Citizen science standard", 6: "Review of chemical status "
         "method", 7: "Annual report to Parliament"}
FOR = {1: "DERA", 2: "Agency", 3: "DERA", 4: "DERA, HM Treasury", 5: "Agency", 6: "DERA", 7: "DERA"}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def P(n, t):
    return ("<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='8%'><p>" + n + "</p></td><td><p>"
            + t + "</p></td></tr></table>")


def recbox(k):
    return ("<table width='100%' border='1' cellpadding='6' cellspacing='0' bordercolor='#1f5c2e' "
            "bgcolor='#eaf3ec'><tr><td><p><b>Recommendation " + str(k) + "</b></p><p><b>" + R[k]
            + "</b></p></td></tr></table><p></p>")


def advice():
    summ = "".join("<tr><td>%d</td><td>%s</td><td>%s</td></tr>" % (k, SHORT[k], FOR[k]) for k in range(1, 8))
    b = ["<p style='font-size:11pt; color:#1f5c2e'><b>Office for Environmental Oversight</b></p>",
         "<p style='font-size:22pt'><b>Monitoring the health of our rivers</b></p>",
         "<p style='font-size:12pt'>A review of the implementation of the river water quality monitoring duty</p>",
         "<p>Report under section 31 of the Environmental Oversight Act 2022 | OEO/IR/2026/02 | 26 February 2026</p>",
         "<h1>Foreword</h1>",
         "<p>Rivers are among the most loved and most pressured parts of our environment. We cannot improve what we "
         "do not measure, yet the network that tells us whether rivers are getting better has shrunk by a third in "
         "ten years. This report sets out what we found and what we think must change. <i>- Dame Alison Carew, "
         "Chair</i></p>",
         "<h1>Summary of recommendations</h1>",
         "<table width='100%' border='1' cellpadding='4' cellspacing='0'><tr bgcolor='#1f5c2e'>"
         "<td><font color='#ffffff'><b>No.</b></font></td><td><font color='#ffffff'><b>Subject</b></font></td>"
         "<td><font color='#ffffff'><b>For</b></font></td></tr>" + summ + "</table>",
         "<p>The Government must respond to this report within three months of its publication and lay its "
         "response before Parliament.</p>",
         "<h1>1 Introduction</h1>",
         P("1.1", "Under section 31 of the Act the OEO may report on the implementation of environmental law. This "
                  "report examines the duty in section 14 of the Water Environment Regulations 2019 for the Agency "
                  "to establish monitoring programmes sufficient to give a coherent and comprehensive overview of "
                  "water status."),
         P("1.2", "We reviewed published data, interviewed officials of DERA and the Rivers and Land Agency (the "
                  "Agency), and received 212 responses to a call for evidence."),
         "<h1>2 The monitoring network</h1>",
         P("2.1", "Table 1 shows the number of routine river samples taken by the Agency."),
         "<table width='70%' border='1' cellpadding='3' cellspacing='0'><tr><td><b>Year</b></td><td><b>Samples"
         "</b></td><td><b>Sites sampled</b></td></tr><tr><td>2013</td><td>58,420</td><td>7,310</td></tr>"
         "<tr><td>2018</td><td>44,960</td><td>5,880</td></tr><tr><td>2023</td><td>38,115</td><td>4,902</td></tr>"
         "<tr><td>2025</td><td>36,870</td><td>4,655</td></tr></table>",
         "<p><i>Table 1. Routine river samples, Agency data</i></p>",
         P("2.2", "In 2025, 1,129 of 3,680 river water bodies (31 per cent) had no monitoring site, and their status "
                  "was extrapolated. The Agency's own 2019 review of its network concluded that 'sampling should be "
                  "targeted at water bodies at risk'; targeting has happened, but at the expense of coverage."),
         P("2.3", "A monitoring network should be designed to detect change, not only to confirm known problems. We "
                  "consider that the present network does not meet the requirement of the regulations."),
         recbox(1), recbox(2),
         "<h1>3 Data and transparency</h1>",
         P("3.1", "River data are held in four separate systems. Water companies collect about 90,000 river samples "
                  "a year under their permits, but these are published only in annual summaries."),
         P("3.2", "Citizen science groups collected more than 30,000 samples in 2025. The Agency does not use them in "
                  "classification, because there is no agreed quality standard."),
         recbox(3), recbox(5),
         "<h1>4 Funding, methods and accountability</h1>",
         P("4.1", "Ambient monitoring is funded partly from permit charges, which fell in real terms by 18 per cent "
                  "between 2016 and 2025. Monitoring should not depend on the number of permits issued."),
         P("4.2", "The classification of chemical status changed in 2019, when 'ubiquitous, persistent' substances "
                  "were added, and every river in the country failed. Stakeholders told us the result is no longer "
                  "informative."),
         P("4.3", "Parliament receives no regular account of the state of the monitoring network."),
         recbox(4), recbox(6), recbox(7),
         "<h1>5 Conclusion</h1>",
         P("5.1", "Our findings are that the duty to monitor is being implemented only in part. We will review "
                  "progress in our 2027 annual progress report.")]
    return page("".join(b))


def response():
    b = ["<p style='font-size:9pt'>CP 1187</p>",
         "<p style='font-size:17pt'><b>Government response to the Office for Environmental Oversight report "
         "'Monitoring the health of our rivers'</b></p>",
         "<p>Presented to Parliament by the Secretary of State for Environment and Rural Affairs by Command of His "
         "Majesty, May 2026</p>",
         "<h1>Introduction</h1>",
         "<p>The Government welcomes the OEO's report and is grateful to the Office and to everyone who gave "
         "evidence. Clean rivers are a priority for this Government: since 2024 we have brought forward legislation "
         "to strengthen the regulation of water companies and have set new targets for reducing phosphorus and "
         "nitrogen in rivers. This response sets out the Government's position on the OEO's recommendations, "
         "grouped by theme.</p>",
         "<h1>Data and transparency</h1>",
         "<p>The Government agrees that data should be open. The Agency's Water Quality Explorer already publishes "
         "every Agency sample result within 10 working days, and from January 2027 water companies will be "
         "required by a new permit condition to submit their river sampling data to the Explorer each month. The "
         "Government considers that this meets recommendation 3.</p>",
         "<p>On citizen science, the Government notes the OEO's recommendation 5. The use of data in "
         "classification is an operational matter for the Agency's Board, which will set out its approach in its "
         "own response to the OEO later this year.</p>",
         "<h1>The monitoring network</h1>",
         "<p>The Government recognises the fall in sampling described in chapter 2 of the report. The Agency's "
         "budget for river monitoring will rise by 14.5 million pounds a year from 2026-27, which will allow it to "
         "return to about 58,000 routine samples a year by 2028-29, as the OEO recommends. The Government does not, "
         "however, intend to prescribe a minimum density of one site for every water body: the Agency will instead "
         "publish a network design standard by 2027 and will increase coverage where the risk to water bodies is "
         "greatest.</p>",
         "<h1>Funding</h1>",
         "<p>The Government does not agree that the Agency's ambient monitoring should be funded through a "
         "ring-fenced grant. Permit charges follow the principle that those who benefit from a permit should pay "
         "for the regulation it requires, and the additional funding described above will be provided within the "
         "Agency's existing grant-in-aid.</p>",
         "<h1>Accountability to Parliament</h1>",
         "<p>The Government will not publish a separate annual report, but will include a section on river water "
         "quality and the monitoring network in the annual progress report on the Environmental Improvement Plan, "
         "which is already laid before Parliament each year.</p>",
         "<h1>Wider reforms</h1>",
         "<p>The Government is also reviewing the whole framework of water regulation through the Independent Water "
         "Commission, which will report in 2027. The Commission's terms of reference include the structure and "
         "powers of the regulators.</p>",
         "<p style='margin-top:12pt'>ISBN 978-1-5286-5520-9 | E03412876 05/26</p>"]
    return page("".join(b))


NOTES = ("Implementation report (genre of the OEP's reports under the Environment Act) of the invented Office for "
         "Environmental Oversight, OEO/IR/2026/02 'Monitoring the health of our rivers'. Traps: foreword ('what we "
         "think must change'), 'Summary of recommendations' table with noun-phrase subjects 1-7 and addressees, the "
         "three-month duty to respond, paragraphs 1.1-5.1 in a number column, legal references (section 31 of the "
         "Act, section 14 of the 2019 Regulations), Table 1 samples by year, the Agency's 2019 review quoted "
         "('sampling should be targeted at water bodies at risk'), findings with 'should' (2.3, 4.1). "
         "Recommendations: ruled boxes 'Recommendation 1'-'7' at chapter ends, in the order 1, 2, 3, 5, 4, 6, 7, each "
         "'DERA/The Agency should ...'. Response: Government response command paper CP 1187, by theme, in the order "
         "3, 5, 1+2, 4, 7. Key: 3 Explorer already publishes, water company data monthly from 2027, 'considers that "
         "this meets recommendation 3' (agrees); 5 'notes the OEO's recommendation 5', operational matter for the "
         "Agency's Board (noted); one paragraph covers 2 return to about 58,000 samples by 2028-29 (agrees) and 1 "
         "'does not, however, intend to prescribe a minimum density', network design standard instead (disagrees, "
         "also partly); 4 'does not agree' to a ring-fenced grant (disagrees); 7 no separate report but a section in "
         "the EIP annual progress report (partly, also agrees); 6 chemical status review unanswered. Unmatched: the "
         "Introduction (new targets for phosphorus and nitrogen), 'Wider reforms' (Independent Water Commission).")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Office for Environmental Oversight - Monitoring the health of our "
            "rivers - OEO/IR/2026/02", footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Government response to the OEO report 'Monitoring the health of "
            "our rivers' - CP 1187", footer="Page {n} of {N}", skip_first=False)
    sw = lambda k: " ".join(R[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "does not, however, intend to prescribe a minimum density", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "return to about 58,000 routine samples a year by 2028-29", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "The Government considers that this meets recommendation 3", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The Government does not agree that the Agency's ambient monitoring",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "the Government notes the OEO's recommendation 5", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The Government will not publish a separate annual report", "verdict": "partly",
         "also": ["agrees"]},
    ]
    H.write_expected(NAME, recs, ["set new targets for reducing phosphorus and nitrogen",
                                  "through the Independent Water Commission"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b49en.py"), NAME)) and 1)

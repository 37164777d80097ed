"""Round 56 (EN): an international peer review mission's report and the host regulator's action plan. Advice:
extract of the report of an IAEA INTEGRATED REGULATORY REVIEW SERVICE (IRRS) mission to the invented Republic of
Norland (genre of IRRS mission reports: executive summary with a count of findings, sections numbered by the
areas of the IAEA safety requirements, each closing with a ruled findings table 'RECOMMENDATIONS, SUGGESTIONS AND
GOOD PRACTICES' whose rows are an 'Observation:', numbered 'BASIS:' rows quoting requirements ('shall'), and rows
labelled R1 / S1 / GP1 in a narrow left column with 'Recommendation:' / 'Suggestion:' / 'Good practice:' opening
the text). Response: the host regulator's 'ACTION PLAN in response to the IRRS mission' (genre of post-mission
action plans): background, the position categories explained, one ruled landscape table grouped by the regulator's
own work packages WP1-WP5 (not the report's order) with columns 'Ref. | Finding (summary) | Position | Planned
actions | Lead | Target date', the header row repeated on each page, then monitoring. Recommendations: R1-R4 and
S1-S3 (suggestions are addressed to the State like recommendations; the host answers both); GP1 is a good practice,
not a recommendation. Chromium headless --print-to-pdf, A4 (portrait advice, landscape response), cleaned
Liberation Sans via @font-face, ligatures off; page numbers stamped with PyMuPDF. All content is invented (the IAEA
and its safety standards GSR Part 1 (Rev. 1), GSR Part 2 are real; Norland, its authority, people and figures are
not, and the quoted requirements are abridged).

Run:  /tmp/blind56en/bin/python tests/docs/src/blind56/gen_en_irrs_chromium.py
"""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b56en as H

NAME = "blind56_en_irrs"
TMP = "/tmp/blind56en_irrs"

F = {
    "R1": ("Recommendation", "The Government should establish and document a national policy and strategy for "
           "safety, including the long-term management of the radioactive waste arising from the decommissioning "
           "of the Vestbury research reactor."),
    "S1": ("Suggestion", "The Government should consider establishing a formal mechanism for coordinating the "
           "authorities with responsibilities for safety, including the ministries responsible for health, the "
           "environment and emergency management."),
    "R2": ("Recommendation", "The Government should provide NRNSA with the financial and human resources necessary "
           "to discharge its responsibilities, including the 14 additional inspector posts identified in its "
           "workforce plan."),
    "S2": ("Suggestion", "NRNSA should consider developing a competence management programme to identify the "
           "competences needed by its staff and to plan their training and succession."),
    "R3": ("Recommendation", "NRNSA should complete and implement its integrated management system, including "
           "documented processes for authorization, inspection and enforcement and for the control of its "
           "regulatory documents."),
    "R4": ("Recommendation", "NRNSA should establish a graded, risk-informed inspection programme covering all "
           "facilities and activities, including unannounced inspections of industrial radiography licensees."),
    "S3": ("Suggestion", "NRNSA should consider publishing the results of its inspections and the enforcement "
           "actions taken, in order to enhance transparency and public confidence."),
    "GP1": ("Good practice", "The mobile application through which industrial radiography licensees notify NRNSA "
            "of each temporary work site 48 hours in advance enables targeted inspections and is a good practice."),
}


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"),
                     ("Italic", "normal", "italic"), ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.33; font-variant-ligatures: none; color: #000;}
p {margin: 0 0 7pt 0; text-align: justify;}
h1 {font-size: 12pt; margin: 14pt 0 7pt 0; color: #1f3f6e;}
h2 {font-size: 10.5pt; margin: 10pt 0 5pt 0; color: #1f3f6e;}
.title {text-align: center; margin: 0 0 16pt 0;}
.title .a {font-size: 9pt; text-align: right;}
.title .b {font-size: 15pt; font-weight: bold; color: #1f3f6e; margin-top: 18pt;}
.title .c {font-size: 11pt; margin-top: 6pt;}
.title .d {font-size: 9pt; margin-top: 10pt; letter-spacing: 0.6pt;}
table {border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0;}
td, th {border: 0.8px solid #1f3f6e; padding: 3pt 5pt; vertical-align: top; text-align: left;}
th {background: #dbe4f1;}
table.f td.lab {width: 34pt; font-weight: bold; text-align: center;}
table.f td.head {background: #dbe4f1; font-weight: bold; text-align: center;}
table.f td.obs {background: #f2f5fa;}
ul {margin: 0 0 7pt 0; padding-left: 20pt;}
li {margin-bottom: 3pt;}
"""


def frow(k):
    lab, t = F[k]
    return '<tr><td class="lab">%s</td><td><b>%s:</b> %s</td></tr>' % (k, lab, html.escape(t))


def ftable(obs, bases, keys):
    rows = ['<tr><td class="head" colspan="2">RECOMMENDATIONS, SUGGESTIONS AND GOOD PRACTICES</td></tr>',
            '<tr><td class="obs" colspan="2"><b>Observation:</b> %s</td></tr>' % obs]
    for i, b in enumerate(bases, 1):
        rows.append('<tr><td class="lab">(%d)</td><td><b>BASIS:</b> %s</td></tr>' % (i, b))
    rows += [frow(k) for k in keys]
    return '<table class="f">%s</table>' % "".join(rows)


def advice():
    b = ['<div class="title"><div class="a">IAEA-NS-IRRS-2026/04<br>ORIGINAL: English</div>',
         '<div class="b">INTEGRATED REGULATORY REVIEW SERVICE (IRRS)<br>MISSION<br>TO<br>THE REPUBLIC OF NORLAND</div>',
         '<div class="c">Vestbury, Norland<br>9 to 20 March 2026</div>',
         '<div class="d">DEPARTMENT OF NUCLEAR SAFETY AND SECURITY</div>',
         '<div class="c" style="font-size:9pt">Extract: Executive summary and Sections 1, 3, 4 and 7</div></div>',
         "<h1>EXECUTIVE SUMMARY</h1>",
         "<p>At the request of the Government of the Republic of Norland, an international team of nine senior "
         "safety experts met representatives of the Norland Radiation and Nuclear Safety Authority (NRNSA) and of "
         "the Ministry of Climate and Energy from 9 to 20 March 2026 to conduct an Integrated Regulatory Review "
         "Service (IRRS) mission. The review covered the regulatory framework for all facilities and activities, "
         "including the research reactor at Vestbury, which was shut down in 2023, and 1,240 radiation sources in "
         "medicine, industry and research.</p>",
         "<p>The IRRS team found that NRNSA is a committed and technically competent regulatory body. It identified "
         "the following main challenges:</p><ul>",
         "<li>the Government should adopt a national policy and strategy for safety, in particular for the "
         "decommissioning of the research reactor;</li>",
         "<li>NRNSA needs more inspectors and a systematic approach to the competence of its staff;</li>",
         "<li>the integrated management system of NRNSA is not yet complete.</li></ul>",
         "<p>The IRRS team made four recommendations and three suggestions and identified one good practice. "
         "Recommendations are made where a finding shows that an IAEA safety requirement is not met; suggestions "
         "are proposals to make good performance more effective. The findings are set out at the end of each "
         "section below.</p>",
         "<h1>1. RESPONSIBILITIES AND FUNCTIONS OF THE GOVERNMENT</h1>",
         "<h2>1.1 National policy and strategy for safety</h2>",
         "<p>The Radiation Protection and Nuclear Safety Act 2011 establishes NRNSA and sets out the obligations of "
         "licensees. Norland has, however, no documented national policy and strategy for safety. Responsibility "
         "for the funding of the decommissioning of the Vestbury reactor has not been allocated, and no decision "
         "has been taken on a disposal route for its intermediate-level waste.</p>",
         ftable("There is no national policy and strategy for safety, and the responsibility for the long-term "
                "management of radioactive waste from decommissioning has not been assigned.",
                ["GSR Part 1 (Rev. 1) Requirement 1 states that &ldquo;The government shall establish a national "
                 "policy and strategy for safety, the implementation of which shall be subject to a graded "
                 "approach.&rdquo;",
                 "GSR Part 1 (Rev. 1) Requirement 10 states that &ldquo;The government shall make provision for "
                 "the safe decommissioning of facilities, the safe management and disposal of radioactive waste "
                 "arising from facilities and activities, and the safe management of spent fuel.&rdquo;"],
                ["R1"]),
         "<h2>1.2 Coordination of authorities</h2>",
         "<p>Several ministries have responsibilities that touch on safety: the Ministry of Health for medical "
         "exposure, the Ministry of the Environment for discharges and the Directorate for Emergency Management "
         "for emergency preparedness. Coordination takes place case by case; the IRRS team was told of two "
         "instances in 2025 in which the authorities gave licensees conflicting instructions.</p>",
         ftable("The coordination between the authorities with responsibilities for safety is informal.",
                ["GSR Part 1 (Rev. 1) Requirement 7 states that &ldquo;Where several authorities have "
                 "responsibilities for safety within the regulatory framework for safety, the government shall make "
                 "provision for the effective coordination of their regulatory functions.&rdquo;"],
                ["S1"]),
         "<h1>3. RESPONSIBILITIES AND FUNCTIONS OF THE REGULATORY BODY</h1>",
         "<h2>3.1 Staffing and competence</h2>",
         "<p>NRNSA has 61 staff, of whom 17 are inspectors. Its own workforce plan of 2024 identified a need for 14 "
         "additional inspector posts, mainly for decommissioning and for industrial radiography; none has been "
         "funded. Eleven of the 17 inspectors will reach retirement age before 2032, and there is no documented "
         "analysis of the competences needed.</p>",
         ftable("NRNSA does not have sufficient staff to discharge its responsibilities, and competence needs are "
                "not analysed systematically.",
                ["GSR Part 1 (Rev. 1) Requirement 18 states that &ldquo;The regulatory body shall employ a "
                 "sufficient number of qualified and competent staff, commensurate with the nature and the number "
                 "of facilities and activities to be regulated.&rdquo;"],
                ["R2", "S2"]),
         "<h1>4. MANAGEMENT SYSTEM OF THE REGULATORY BODY</h1>",
         "<p>NRNSA began to develop an integrated management system in 2021. A process map has been approved, but "
         "only 9 of the 31 planned process descriptions have been issued, and the control of regulatory documents "
         "depends on individual staff members.</p>",
         ftable("The management system of NRNSA is incomplete.",
                ["GSR Part 2 Requirement 6 states that &ldquo;The management system shall integrate its elements, "
                 "including safety, health, environmental, security, quality and economic elements.&rdquo;"],
                ["R3"]),
         "<h1>7. INSPECTION</h1>",
         "<p>NRNSA inspects the research reactor and the two hospitals with radiotherapy every year. Other "
         "licensees are inspected when they apply for renewal of their licence, at intervals of up to five years. "
         "No unannounced inspections were carried out in 2024 or 2025. Industrial radiography licensees notify "
         "NRNSA of their temporary work sites through a mobile application, which NRNSA uses to select sites for "
         "inspection. Inspection reports are sent to the licensee but are not published.</p>",
         ftable("Inspection frequencies are not based on the radiation risks of facilities and activities, and the "
                "results of inspections are not made public.",
                ["GSR Part 1 (Rev. 1) Requirement 27 states that &ldquo;The regulatory body shall carry out "
                 "inspections of facilities and activities to verify that the authorized party is in compliance "
                 "with the regulatory requirements.&rdquo;",
                 "GSR Part 1 (Rev. 1) para. 4.54 states that inspections &ldquo;shall include announced and "
                 "unannounced inspections&rdquo;."],
                ["R4", "S3", "GP1"]),
         ]
    return page(b, "A4")


def response():
    rows = [
        ("WP1 Management system", None),
        ("R3", "Complete and implement the integrated management system", "Accepted",
         "Issue the remaining 22 process descriptions, with priority to authorization, inspection and enforcement; "
         "introduce an electronic document control system; internal audit of the management system in 2028.",
         "NRNSA Director-General", "Dec 2027"),
        ("WP2 Resources and competence", None),
        ("R2, S2", "Resources of NRNSA; competence management programme",
         "R2: Accepted in part<br>S2: Accepted",
         "The State budget for 2027 funds 8 of the 14 additional inspector posts. The remaining 6 posts will be "
         "considered in the 2028 budget round, subject to the fiscal rules of the State. NRNSA will introduce a "
         "competence management programme based on the IAEA SARCoN methodology, with an individual training plan "
         "for each inspector and a succession plan for key posts.",
         "Ministry of Finance; Ministry of Climate and Energy; NRNSA", "Jan 2027 (posts); Jun 2027 (programme)"),
        ("WP3 Legal and policy framework", None),
        ("S1", "Formal coordination mechanism", "Not accepted",
         "The Government considers that the National Emergency Management Committee, on which all the ministries "
         "concerned are represented, already provides the necessary coordination. No new mechanism will be "
         "created; NRNSA will instead conclude bilateral memoranda of understanding with the Ministry of Health and "
         "the Ministry of the Environment.",
         "Ministry of Climate and Energy", "-"),
        ("R1", "National policy and strategy for safety", "Accepted",
         "An interministerial working group will draft a national policy and strategy for safety, including the "
         "funding of decommissioning and a disposal route for intermediate-level waste. The draft will be "
         "submitted to the Government by December 2027 after public consultation.",
         "Ministry of Climate and Energy", "Dec 2027"),
        ("WP4 Openness and transparency", None),
        ("S3", "Publication of inspection results", "Noted",
         "The publication of inspection results raises questions of commercial confidentiality and security. It "
         "will be examined in the review of the Radiation Protection and Nuclear Safety Act planned for 2028.",
         "Ministry of Climate and Energy", "2028"),
        ("WP5 Sharing of experience", None),
        ("GP1", "Mobile notification of temporary work sites", "-",
         "NRNSA will present the application at the meeting of the Nordic regulators in 2027 and make its "
         "specification available to other regulatory bodies on request.",
         "NRNSA", "2027"),
        ("Self-assessment", "National inventory of radioactive waste", "-",
         "Action identified in the self-assessment before the mission: update the national inventory of "
         "radioactive waste and spent fuel and publish it every three years.",
         "NRNSA", "Jun 2027"),
    ]
    trs = []
    for r in rows:
        if r[1] is None:
            trs.append('<tr class="grp"><td colspan="6">%s</td></tr>' % r[0])
        else:
            trs.append("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r))
    b = ['<div style="font-size:9pt; text-align:right">NRNSA-DOC-2026-118, version 1.0</div>',
         '<div style="font-size:15pt; font-weight:bold; color:#1f3f6e; margin: 6pt 0 2pt 0">Norland Radiation and '
         'Nuclear Safety Authority</div>',
         '<div style="font-size:13pt; font-weight:bold; margin-bottom: 10pt">ACTION PLAN in response to the '
         'Integrated Regulatory Review Service (IRRS) mission of 9-20 March 2026</div>',
         "<h2>1. Background</h2>",
         "<p>The final report of the IRRS mission was received from the IAEA on 12 June 2026 and published on the "
         "websites of NRNSA and the Ministry of Climate and Energy on 30 June 2026. This action plan was approved "
         "by the Board of NRNSA on 24 September 2026 and endorsed by the Minister of Climate and Energy for the "
         "actions that fall to the Government.</p>",
         "<h2>2. Positions</h2>",
         "<p>For each finding the plan states one of the following positions: <i>Accepted</i> (the finding will be "
         "implemented in full), <i>Accepted in part</i>, <i>Not accepted</i> (with reasons) or <i>Noted</i> (no "
         "decision has yet been taken). The actions are grouped in five work packages that follow the internal "
         "organisation of NRNSA rather than the structure of the IRRS report.</p>",
         "<h2>3. Action plan</h2>",
         '<table class="ap"><thead><tr><th style="width:7%">Ref.</th><th style="width:17%">Finding (summary)</th>'
         '<th style="width:12%">Position</th><th style="width:38%">Planned actions</th><th style="width:14%">Lead'
         '</th><th style="width:12%">Target date</th></tr></thead><tbody>' + "".join(trs) + "</tbody></table>",
         "<h2>4. Monitoring</h2>",
         "<p>NRNSA will report progress on the action plan to its Board every six months and publish a summary "
         "each year. The Government intends to invite an IRRS follow-up mission in the second half of 2029.</p>"]
    css = ("table.ap {font-size: 8.8pt;} table.ap thead {display: table-header-group;} "
           "tr.grp td {background: #eef2f8; font-weight: bold;} table.ap tr {page-break-inside: avoid;}")
    return page(b, "A4 landscape", css)


def page(body, size, extra=""):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>%s\n@page {size: %s; margin: 18mm 20mm "
            "20mm 20mm;}\n%s\n%s</style></head><body>%s</body></html>" % (fonts(), size, CSS, extra,
                                                                         "\n".join(body)))


NOTES = ("International peer review pair: extract of the report of an IAEA Integrated Regulatory Review Service "
         "(IRRS) mission to the invented Republic of Norland, answered by the host regulator's ACTION PLAN. "
         "Recommendations: the rows labelled R1-R4 and S1-S3 in the ruled findings tables at the end of sections "
         "1.1, 1.2, 3.1, 4 and 7, the label in a narrow left column and 'Recommendation:' or 'Suggestion:' in bold "
         "opening the text (starts_with begins after it); suggestions are proposals addressed to the State like "
         "recommendations and the host answers them, so they count. Traps: the executive summary's bullets ('the "
         "Government should adopt'), the count 'four recommendations and three suggestions', the tables' "
         "'Observation:' rows and numbered 'BASIS:' rows (1), (2) quoting IAEA requirements ('shall'), the good "
         "practice GP1 in the same table as R4 and S3. The action plan is one landscape table (header row repeated "
         "on page 2) grouped by work packages WP1-WP5 in the order R3, R2+S2, S1, R1, S3, GP1, self-assessment, "
         "with a Position column. Key: R3 Accepted (agrees); one row 'R2, S2' with 'R2: Accepted in part' (8 of 14 "
         "posts funded, the rest 'will be considered') (partly) and 'S2: Accepted' (agrees); S1 'Not accepted', "
         "'No new mechanism will be created' (disagrees); R1 Accepted, draft policy by December 2027 (agrees); S3 "
         "'Noted', to be examined in the 2028 review of the Act (noted); R4 (graded inspection programme) has no "
         "row and is unanswered. Unmatched: 1. Background, 2. Positions, the GP1 row, the self-assessment row, "
         "4. Monitoring.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}")
    sw = lambda k, n=10: " ".join(F[k][1].split()[:n])
    recs = [
        {"number": "R1", "starts_with": sw("R1"),
         "reply_contains": "An interministerial working group will draft a national policy", "verdict": "agrees"},
        {"number": "S1", "starts_with": sw("S1"),
         "reply_contains": "No new mechanism will be created", "verdict": "disagrees"},
        {"number": "R2", "starts_with": sw("R2"),
         "reply_contains": "The remaining 6 posts will be considered in the 2028 budget round",
         "verdict": "partly"},
        {"number": "S2", "starts_with": sw("S2"),
         "reply_contains": "competence management programme based on the IAEA SARCoN methodology",
         "verdict": "agrees"},
        {"number": "R3", "starts_with": sw("R3"),
         "reply_contains": "Issue the remaining 22 process descriptions", "verdict": "agrees"},
        {"number": "R4", "starts_with": sw("R4"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "S3", "starts_with": sw("S3"),
         "reply_contains": "will be examined in the review of the Radiation Protection", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["was received from the IAEA on 12 June 2026",
                                  "present the application at the meeting of the Nordic regulators",
                                  "update the national inventory of radioactive waste and spent fuel",
                                  "will report progress on the action plan to its Board"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b56en.py"), NAME)) and 1)

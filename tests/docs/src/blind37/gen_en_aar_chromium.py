"""Round 37 (EN): a US county AFTER-ACTION REPORT (HSEEP style, full-scale flood exercise) answered by the county's
separately issued IMPROVEMENT PLAN matrix. The advice (invented Calder County Office of Emergency Management) has
a cover block, handling instructions, an exercise overview table, numbered exercise objectives ('Objective 1 ...'),
a core-capability rating table (P/S/M/U), 'Strengths' bullets, and per capability 'Area for Improvement N.N'
blocks with Reference / Analysis (findings with 'should') / 'Recommendation:' - seven recommendations labelled by
their AFI numbers 1.1-4.1; the 2024 exercise's corrective action is quoted as closed. The response is the
Improvement Plan: a short memo-style introduction with a disposition key and a landscape matrix sorted by target
completion date (another order), one row answering 3.1 and 3.2 with different dispositions, 4.1 (addressed to a
city fire department) absent, and a hotwash item that answers nothing. Chromium headless --print-to-pdf from
HTML, US Letter, cleaned Liberation fonts; running header/footer stamped with PyMuPDF. All content invented.

Run:  /tmp/blind37en/bin/python tests/docs/src/blind37/gen_en_aar_chromium.py
"""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b37en as H

NAME = "blind37_en_aar"


def css(page):
    fonts = ""
    for fam, f, extra in (("LS", "LiberationSans-Regular.ttf", ""),
                          ("LS", "LiberationSans-Bold.ttf", "font-weight:bold;"),
                          ("LS", "LiberationSans-Italic.ttf", "font-style:italic;"),
                          ("LR", "LiberationSerif-Regular.ttf", ""),
                          ("LR", "LiberationSerif-Bold.ttf", "font-weight:bold;"),
                          ("LR", "LiberationSerif-Italic.ttf", "font-style:italic;")):
        fonts += "@font-face{font-family:%s;src:url(file://%s);%s}\n" % (fam, H.clean_font(f), extra)
    return fonts + """
@page {size: %s; margin: 0.85in 0.9in 0.8in 0.9in;}
body {font-family: LS; font-size: 10.3pt; line-height: 1.32; font-variant-ligatures: none; color: #111;}
.cover {border-left: 10pt solid #1f4e79; padding: 6pt 0 6pt 14pt; margin-bottom: 10pt;}
.cover .t1 {font-size: 22pt; font-weight: bold; color: #1f4e79;}
.cover .t2 {font-size: 13pt; color: #333;}
.cover .t3 {font-size: 10pt; color: #555; margin-top: 4pt;}
.hand {border: 1pt solid #999; background: #f2f2f2; font-size: 8.6pt; padding: 5pt 8pt; margin: 6pt 0 10pt 0;}
h1 {font-size: 14pt; color: #1f4e79; border-bottom: 1.5pt solid #1f4e79; margin: 14pt 0 6pt 0;}
h2 {font-size: 11.5pt; color: #1f4e79; margin: 11pt 0 4pt 0;}
h3 {font-size: 10.3pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 6pt 0;}
ul {margin: 0 0 6pt 0; padding-left: 18pt;} li {margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 8.8pt;}
td, th {border: 0.6pt solid #7f7f7f; padding: 3pt 5pt; vertical-align: top; text-align: left;}
th {background: #1f4e79; color: #fff;}
td.k {background: #dde6f0; font-weight: bold; width: 1.6in;}
.afi {border: 1pt solid #1f4e79; margin: 6pt 0 9pt 0; page-break-inside: avoid;}
.afi .h {background: #dde6f0; font-weight: bold; padding: 3pt 6pt;}
.afi .b {padding: 4pt 6pt 1pt 6pt;}
.memo td {border: none; padding: 1pt 6pt 1pt 0; font-size: 10pt;}
.memo td:first-child {font-weight: bold; width: 0.8in;}
.small {font-size: 8.5pt; color: #444;}
""" % page


def pdf(html, path, page="Letter"):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "doc.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css(page) + "</style></head><body>"
                     + html + "</body></html>")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(d, "prof"), "--print-to-pdf=" + path,
                        "file://" + src], check=True, capture_output=True, timeout=120)


def afi(no, title, ref, analysis, rec):
    return ('<div class="afi"><div class="h">Area for Improvement %s: %s</div><div class="b">'
            '<p><b>Reference:</b> %s</p><p><b>Analysis:</b> %s</p><p><b>Recommendation:</b> %s</p></div></div>'
            % (no, title, ref, analysis, rec))


ADVICE = """
<div class="cover"><div class="t1">Calder River Flood Full-Scale Exercise 2026</div>
<div class="t2">After-Action Report / Improvement Plan</div>
<div class="t3">Exercise date: April 14, 2026 &middot; Report date: June 2, 2026<br>
Calder County Office of Emergency Management &middot; 1180 Courthouse Plaza, Suite 300, Marston</div></div>
<div class="hand"><b>HANDLING INSTRUCTIONS.</b> The title of this document is the Calder River Flood Full-Scale
Exercise 2026 After-Action Report/Improvement Plan. Points of contact: Dana Whitcombe, Exercise Director,
(555) 014-2270; Luis Ferrante, Planning Section, (555) 014-2291. Distribution is limited to participating
agencies. The Improvement Plan is issued separately by the Emergency Management Coordinating Council.</div>

<h1>Exercise Overview</h1>
<table>
<tr><td class="k">Exercise Name</td><td>Calder River Flood Full-Scale Exercise (FSE) 2026</td></tr>
<tr><td class="k">Exercise Dates</td><td>April 14, 2026, 0700-1530</td></tr>
<tr><td class="k">Scope</td><td>Full-scale exercise at the County Emergency Operations Center (EOC), the Marston
and Pell Creek dispatch centers and two shelter sites; 214 players from 19 agencies</td></tr>
<tr><td class="k">Mission Area(s)</td><td>Response</td></tr>
<tr><td class="k">Core Capabilities</td><td>Operational Coordination; Public Information and Warning; Mass Care
Services; Operational Communications</td></tr>
<tr><td class="k">Threat/Hazard</td><td>Riverine flooding following failure of the Lower Calder levee at river
mile 14.2</td></tr>
<tr><td class="k">Sponsor</td><td>Emergency Management Performance Grant (EMPG) FY 2025, award EMPG-25-0417</td></tr>
</table>

<h2>Exercise Objectives</h2>
<p>Objective 1: Activate the County EOC to Level 2 and establish a common operating picture within 60 minutes of
notification.</p>
<p>Objective 2: Issue evacuation warnings for Zones F-3 to F-7 through all available channels within 30 minutes of
the decision to evacuate.</p>
<p>Objective 3: Open and staff two general population shelters able to register 300 evacuees, including people
with access and functional needs.</p>
<p>Objective 4: Maintain interoperable voice communications between county, city and volunteer responders for the
duration of the exercise.</p>

<h1>Analysis of Core Capabilities</h1>
<p>Aligning exercise objectives and core capabilities provides a consistent taxonomy for evaluation. The table
below summarizes the ratings given by the evaluation team.</p>
<table>
<tr><th>Objective</th><th>Core Capability</th><th>P</th><th>S</th><th>M</th><th>U</th></tr>
<tr><td>1</td><td>Operational Coordination</td><td></td><td>S</td><td></td><td></td></tr>
<tr><td>2</td><td>Public Information and Warning</td><td></td><td></td><td>M</td><td></td></tr>
<tr><td>3</td><td>Mass Care Services</td><td></td><td>S</td><td></td><td></td></tr>
<tr><td>4</td><td>Operational Communications</td><td></td><td></td><td></td><td>U</td></tr>
</table>
<p class="small">Ratings: P = Performed without Challenges; S = Performed with Some Challenges; M = Performed
with Major Challenges; U = Unable to be Performed.</p>

<h2>Core Capability 1: Operational Coordination</h2>
<h3>Strengths</h3>
<ul><li>The EOC Director held a clear initial briefing and set operational period objectives within the first
hour of activation.</li>
<li>Liaison officers from the Water District and the Calder Valley School District were present and were used
well.</li>
<li>The corrective action from the 2024 tabletop exercise (&ldquo;Assign a GIS specialist to the Planning
Section at every Level 2 activation&rdquo;) has been completed; the flood inundation map was on screen by
0920.</li></ul>
<h3>Areas for Improvement</h3>
""" + afi("1.1", "EOC activation and staffing time",
          "Calder County Emergency Operations Plan (2023), Base Plan, section 4.2; NFPA 1600 (2019), 5.3.",
          "The Level 2 activation was declared at 0712, but the Planning and Logistics Sections were not staffed "
          "until 0922, two hours and ten minutes after notification. Three of the five section chiefs were "
          "reached only by their second call. The plan states that the EOC should be operational within 60 "
          "minutes; the evaluators found that this target cannot be met while staffing depends on a phone tree.",
          "Revise the EOC activation procedure so that a Level 2 activation can be fully staffed within 60 "
          "minutes, including a pre-designated weekly on-call roster of section chiefs and alternates.") + afi(
    "1.2", "Situation reports",
    "EOC Standard Operating Guide SOG-07, Situation Reporting.",
    "Four different situation report formats circulated during the exercise. Two partner agencies received the "
    "first situation report 95 minutes after it was approved. Section chiefs should not have to reformat "
    "information that WebEOC already holds.",
    "Adopt a single situation report template in WebEOC and train all section chiefs and alternates in its use "
    "before the start of the 2026-27 flood season.") + """
<h2>Core Capability 2: Public Information and Warning</h2>
<h3>Strengths</h3>
<ul><li>The Public Information Officer (PIO) held the first media briefing 50 minutes after activation.</li>
<li>Spanish-language social media posts were released at the same time as the English posts.</li></ul>
<h3>Areas for Improvement</h3>
""" + afi("2.1", "Timeliness of the evacuation warning",
          "Calder County Alert and Warning Plan (2024), Annex B; IPAWS Memorandum of Agreement, July 2023.",
          "The decision to evacuate Zones F-3 to F-7 was made at 1003. The Wireless Emergency Alert was sent at "
          "1050, 47 minutes later, because the message had to be drafted, translated and approved during the "
          "exercise. Objective 2 (30 minutes) was therefore not met.",
          "Develop and pre-approve a library of Wireless Emergency Alert and Emergency Alert System message "
          "templates for flood warnings and evacuations, in English and Spanish.") + afi(
    "2.2", "Coordination of public information with the cities",
    "Calder County Emergency Operations Plan, ESF #15, External Affairs.",
    "The cities of Marston and Pell Creek issued their own press releases; one gave a shelter address that the "
    "County had already closed. The PIOs were not linked in a joint information system. Messages should be "
    "coordinated before release.",
    "Establish a standing virtual Joint Information Center with the cities of Marston and Pell Creek, supported "
    "by a shared messaging platform, and exercise it quarterly.") + """
<h2>Core Capability 3: Mass Care Services</h2>
<h3>Strengths</h3>
<ul><li>Both shelters opened within the planned time and were staffed by trained volunteers.</li>
<li>Calder Valley School District buses moved 61 simulated evacuees without difficulty.</li></ul>
<h3>Areas for Improvement</h3>
""" + afi("3.1", "Shelter registration",
          "Mass Care Annex (ESF #6), section 3.4.",
          "Registration at both shelters was done on paper. Evacuee counts reported to the EOC differed from the "
          "shelter counts by up to 38 people, and family reunification requests could not be matched. Counts "
          "should be available to the EOC in real time.",
          "Procure an electronic shelter registration system that can share evacuee counts with WebEOC and with "
          "partner agencies in real time.") + afi(
    "3.2", "Access and functional needs",
    "Mass Care Annex (ESF #6), section 3.7; Americans with Disabilities Act, Title II.",
    "The Fairview Middle School shelter had no accessible cots, no charging station for powered wheelchairs and "
    "no communication boards. Staff improvised with classroom furniture.",
    "Pre-position functional and access needs support kits (accessible cots, charging stations, communication "
    "boards and signage) at each of the four primary shelter sites.") + """
<h2>Core Capability 4: Operational Communications</h2>
<h3>Strengths</h3>
<ul><li>Amateur radio volunteers (ARES) relayed shelter traffic reliably throughout the exercise.</li></ul>
<h3>Areas for Improvement</h3>
""" + afi("4.1", "Interoperability with Marston Fire Department",
          "Regional Tactical Interoperable Communications Plan (TICP), 2022, section 5.",
          "Marston Fire Department engine companies could not reach the County's swift-water rescue teams on the "
          "regional interoperability talkgroups, which had not been programmed in the department's new portable "
          "radios. Messages were relayed through dispatch for four hours.",
          "Marston Fire Department should program the regional interoperability talkgroups into all of its "
          "portable radios and test them monthly with the County.") + """
<h1>Conclusion</h1>
<p>The exercise showed that Calder County and its partners can respond to a major flood, but that the first two
hours of the response depend too much on individual effort. The evaluation team recommends that the Emergency
Management Coordinating Council adopt the corrective actions in the Improvement Plan and track them to completion.
The next full-scale exercise is planned for spring 2028.</p>
<p class="small">Appendix A (Improvement Plan) is issued separately. Appendix B, Exercise Participants, lists the
19 participating agencies.</p>
"""

RESPONSE = """
<div class="cover"><div class="t1">Appendix A: Improvement Plan</div>
<div class="t2">Calder River Flood Full-Scale Exercise 2026</div>
<div class="t3">Approved by the Calder County Emergency Management Coordinating Council, July 9, 2026</div></div>
<table class="memo">
<tr><td>TO:</td><td>Participating agencies, Calder River Flood FSE 2026</td></tr>
<tr><td>FROM:</td><td>Karen Osterhout, Director of Emergency Management, Chair of the Coordinating Council</td></tr>
<tr><td>RE:</td><td>Improvement Plan and dispositions of the AAR recommendations</td></tr></table>
<p>The Coordinating Council reviewed the After-Action Report at its meeting on July 9, 2026. This Improvement
Plan lists the corrective actions the Council adopted, the responsible organization and the target completion
date. Rows are sorted by target completion date. Disposition key: <b>A</b> = accepted; <b>AM</b> = accepted with
modification; <b>NA</b> = not accepted; <b>D</b> = deferred.</p>
<table>
<tr><th style="width:0.55in">AFI</th><th style="width:1.45in">Issue</th><th>Corrective action</th>
<th style="width:0.45in">Disp.</th><th style="width:1.2in">Primary responsible organization</th>
<th style="width:0.8in">Completion</th></tr>
<tr><td>1.2</td><td>Situation reports</td><td>Standard situation report template loaded in WebEOC on May 20,
2026 and made mandatory for all positions; 23 section chiefs and alternates trained on June 3. Action
complete.</td><td>A</td><td>County OEM, Planning Section</td><td>Complete</td></tr>
<tr><td>3.1 / 3.2</td><td>Shelter registration; access and functional needs</td><td>Support kits with accessible
cots, charging stations, communication boards and signage will be placed at all four primary shelter sites,
funded from the FY 2026 EMPG award.<br>The electronic registration system could not be funded this fiscal year.
The request has been forwarded to the Board of Supervisors for consideration in the FY 2027-28 budget; paper
registration continues in the meantime.</td><td>A<br><br>D</td><td>Health and Human Services Agency, Mass Care
Branch</td><td>Sept. 30, 2026</td></tr>
<tr><td>2.1</td><td>Evacuation warning timeliness</td><td>Twelve flood warning and evacuation templates (WEA and
EAS, English and Spanish) to be drafted by the PIO and pre-approved by County Counsel.</td><td>A</td><td>County
OEM, Public Information</td><td>Nov. 30, 2026</td></tr>
<tr><td>1.1</td><td>EOC activation and staffing</td><td>A weekly on-call roster of section chiefs and alternates
starts on August 3, 2026. The Council set the staffing target for a Level 2 activation at 90 minutes rather
than 60, as most section chiefs live outside Marston.</td><td>AM</td><td>County OEM</td><td>Jan. 31,
2027</td></tr>
<tr><td>HW-3</td><td>EOC access control</td><td>Hotwash item: visitor badges ran out at 0930 and players waited at
the door. A badge printer and 200 blank badges will be kept in the EOC supply room.</td><td>A</td><td>County
Facilities</td><td>Aug. 31, 2026</td></tr>
<tr><td>2.2</td><td>Public information coordination with the cities</td><td>The Council did not adopt a standing
virtual Joint Information Center. The three PIOs already share a call list under the 2021 mutual aid agreement,
and the cities declined to fund a shared platform. No corrective action assigned.</td><td>NA</td><td>-</td>
<td>-</td></tr>
</table>
<p>Progress will be reported at each quarterly Council meeting. Questions about this plan may be addressed to
Luis Ferrante, Planning Section, (555) 014-2291.</p>
"""


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    pdf(ADVICE, adv)
    H.stamp(adv, header="After-Action Report/Improvement Plan (AAR/IP)  |  Calder River Flood FSE 2026",
            footer="Calder County Office of Emergency Management  |  Page {n}", skip_first=True)
    pdf(RESPONSE, rsp, page="Letter landscape")
    H.stamp(rsp, header="Calder River Flood FSE 2026  |  Appendix A: Improvement Plan",
            footer="A-{n}", skip_first=True)
    recs = [
        {"number": "1.1", "starts_with": "Revise the EOC activation procedure so that a Level 2",
         "reply_contains": "set the staffing target for a Level 2 activation at 90 minutes",
         "verdict": "partly"},
        {"number": "1.2", "starts_with": "Adopt a single situation report template in WebEOC and train",
         "reply_contains": "made mandatory for all positions; 23 section chiefs", "verdict": "agrees"},
        {"number": "2.1", "starts_with": "Develop and pre-approve a library of Wireless Emergency Alert",
         "reply_contains": "drafted by the PIO and pre-approved by County Counsel", "verdict": "agrees"},
        {"number": "2.2", "starts_with": "Establish a standing virtual Joint Information Center with the cities",
         "reply_contains": "The Council did not adopt a standing virtual Joint Information Center",
         "verdict": "disagrees"},
        {"number": "3.1", "starts_with": "Procure an electronic shelter registration system that can share",
         "reply_contains": "forwarded to the Board of Supervisors for consideration in the FY 2027-28",
         "verdict": "noted"},
        {"number": "3.2", "starts_with": "Pre-position functional and access needs support kits (accessible cots",
         "reply_contains": "will be placed at all four primary shelter sites", "verdict": "agrees"},
        {"number": "4.1", "starts_with": "Marston Fire Department should program the regional interoperability talkgroups",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["visitor badges ran out at 0930"]
    notes = ("US county After-Action Report (HSEEP style) of a full-scale flood exercise answered by the separately "
             "issued Improvement Plan (invented Calder County OEM; Chromium headless, US Letter, advice portrait, "
             "response landscape, stamped running header and footer). Advice: seven recommendations, each the "
             "'Recommendation:' line of a boxed 'Area for Improvement N.N' (labels 1.1, 1.2, 2.1, 2.2, 3.1, 3.2, "
             "4.1), after Reference and Analysis lines. Traps: 'Objective 1'-'Objective 4' (imperatives, not "
             "recommendations), the P/S/M/U ratings table, 'Strengths' bullets, the 2024 corrective action quoted "
             "as completed, findings with 'should' ('the EOC should be operational within 60 minutes', 'Messages "
             "should be coordinated'), NFPA 1600 5.3 and plan section numbers, the conclusion's 'recommends that "
             "the ... Council adopt the corrective actions' (not one of the seven). 4.1 is addressed to a city "
             "fire department ('Marston Fire Department should ...'). Response: memo header, disposition key "
             "A/AM/NA/D and a matrix sorted by completion date, order 1.2, 3.1+3.2, 2.1, 1.1, HW-3, 2.2: template "
             "already loaded and mandatory (1.2 agrees); ONE row '3.1 / 3.2' with kits funded (3.2 agrees, 'A') "
             "and electronic registration not funded, forwarded to the Board of Supervisors' budget (3.1 noted, "
             "'D'); templates pre-approved (2.1 agrees); roster yes but 90 minutes instead of 60 (1.1 partly, "
             "'AM'); virtual JIC not adopted (2.2 disagrees, 'NA'); 4.1 has no row (unanswered). Hotwash item HW-3 "
             "on visitor badges answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

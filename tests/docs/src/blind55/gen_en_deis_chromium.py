"""Round 55 (EN): a US federal interagency NEPA pair. Advice: an EPA regional office's COMMENT LETTER on a Draft
Environmental Impact Statement (genre of EPA's review under NEPA and section 309 of the Clean Air Act: a one-page
letter with the 'EC-2' rating, an enclosure of detailed comments by topic whose recommendations are unnumbered 'We
recommend that the FEIS ...' sentences in paragraphs and 'Recommendations:' bullets, and a summary of the rating
definitions). Response: Appendix K of the Final EIS of the (invented) lead agency, 'Responses to Comments on the
Draft EIS' (genre of FEIS response-to-comments appendices: the lead agency's own comment codes F2-1 ... F2-8, a
table grouped by the FEIS chapter where each issue is addressed, 'Comment noted.'). The invented Region 11, Bureau
of Inland Water Development, Tallis Creek project, Tribe, places and people; NEPA, the Clean Water Act and the Clean
Air Act are real, but what the documents say about them is not to be relied on. Traps: the letter's summary of
concerns, NEPA 102(2)(C) and the 404(b)(1) Guidelines quoted ('shall'), the 2025 scoping recommendation quoted,
'The DEIS should have included', an impacts table, a statement of support answered in the table, the rating
definitions ('should be included in the final EIS'). Chromium headless, US Letter, cleaned Liberation fonts via
@font-face; page numbers stamped with PyMuPDF.

Run:  /tmp/blind55en/bin/python tests/docs/src/blind55/gen_en_deis_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b55en as H

NAME = "blind55_en_deis"
TMP = "/tmp/blind55en_chrome"

R = [
    "We recommend that the FEIS evaluate in detail an alternative that combines demand management, water reuse "
    "and a smaller reservoir, and disclose the yield that each component could provide.",
    "Identify Alternative B as the preferred alternative in the FEIS or explain in detail why it is not "
    "practicable, since it appears to be the least environmentally damaging practicable alternative.",
    "Include in the FEIS a draft compensatory mitigation plan that specifies the mitigation sites, ratios and "
    "performance standards, with monitoring for at least ten years.",
    "EPA recommends that the FEIS include reservoir water quality modeling of temperature, dissolved oxygen and "
    "methylmercury, and commit to a selective withdrawal structure if the modeling shows exceedances of water "
    "quality standards.",
    "To reduce diesel emissions near the communities of Miller Flats and Ardenwood, we recommend that the FEIS "
    "commit to the use of Tier 4 engines for all off-road construction equipment of "
    "more than 50 horsepower.",
    "We recommend that the FEIS describe the government-to-government consultation held with the Tallis River "
    "Tribe, the concerns it raised and how the Bureau has responded to them.",
    "We recommend that the FEIS assess the reliability of the project's firm yield under a range of climate "
    "scenarios, including reduced snowpack and earlier runoff.",
]


def fonts():
    css = ""
    for fam, base in (("LSer", "LiberationSerif"), ("LS", "LiberationSans")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"),
                         ("Italic", "normal", "italic"), ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
@page {size: 8.5in 11in; margin: 0.9in 1in 0.85in 1in;}
html {font-family: LSer; font-size: 11pt; line-height: 1.32; font-variant-ligatures: none; color: #000;}
p {margin: 0 0 8pt 0;}
.lh {text-align: center; font-family: LS; margin-bottom: 14pt;}
.lh .a {font-size: 12.5pt; font-weight: bold; letter-spacing: 0.5pt;}
.lh .b {font-size: 10pt;}
.lh .c {font-size: 8.5pt; color: #333;}
.rule {border-top: 1.5px solid #000; margin: 4pt 0 12pt 0;}
h1 {font-family: LS; font-size: 11.5pt; text-align: center; margin: 0 0 10pt 0;}
h2 {font-family: LS; font-size: 10.5pt; margin: 12pt 0 5pt 0;}
ul {margin: 0 0 8pt 0; padding-left: 22pt;}
li {margin-bottom: 4pt;}
table {border-collapse: collapse; width: 100%; font-family: LS; font-size: 9pt; margin: 4pt 0 8pt 0;}
th, td {border: 1px solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top;}
th {background: #e8e8e8;}
td.r, th.r {text-align: right;}
.small {font-size: 9pt;}
.pb {page-break-before: always;}
.defs p {font-size: 9.5pt; margin-bottom: 5pt;}
.k {font-family: LS;}
.k table {font-size: 8.6pt;}
.k h1 {text-align: left; font-size: 13pt;}
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>" +
            body + "</body></html>")


def advice():
    b = ("<div class='lh'><div class='a'>UNITED STATES ENVIRONMENTAL PROTECTION AGENCY</div>"
         "<div class='b'>REGION 11</div><div class='c'>1400 Harbor Avenue, Suite 900, Port Calder 98-1140</div></div>"
         "<p style='text-align:right'>February 12, 2027</p>"
         "<p>OFFICE OF ENVIRONMENTAL REVIEW AND ASSESSMENT</p>"
         "<p>Ms. Carolyn Haverty<br>Project Manager, Tallis Basin Field Office<br>Bureau of Inland Water "
         "Development<br>220 Ridgeline Road<br>Ardenwood 98-2207</p>"
         "<p><b>Re:</b> EPA Comments on the Draft Environmental Impact Statement for the Tallis Creek Reservoir and "
         "Water Supply Project (EPA Project Number 26-0147-BIW)</p>"
         "<p>Dear Ms. Haverty:</p>"
         "<p>The U.S. Environmental Protection Agency has reviewed the Draft Environmental Impact Statement (DEIS) "
         "for the Tallis Creek Reservoir and Water Supply Project in accordance with our responsibilities under the "
         "National Environmental Policy Act and Section 309 of the Clean Air Act. The proposed action would "
         "construct a 186-foot earthen dam on Tallis Creek, inundate 2,140 acres and provide about 48,000 acre-feet "
         "of firm yield a year to the communities of the Tallis Basin.</p>"
         "<p>EPA supports the goal of a reliable water supply for the basin. We are concerned, however, about the "
         "loss of 412 acres of wetlands, the effects of the reservoir on water temperature and mercury in Tallis "
         "Creek, and the narrow range of alternatives considered. Based on our review, we have rated the DEIS as "
         "<b>Environmental Concerns - Insufficient Information (EC-2)</b>. A summary of our rating definitions is "
         "enclosed.</p>"
         "<p>Our detailed comments and recommendations are also enclosed. We appreciate the opportunity to review "
         "this DEIS and are available to discuss our comments. Please send one copy of the Final EIS to this "
         "office when it is published. If you have questions, please contact Martin Oyelaran of my staff at "
         "(555) 010-4477.</p>"
         "<p>Sincerely,</p><p style='margin-top:22pt'>Dana R. Whitfield<br>Manager, Environmental Review "
         "Branch</p>"
         "<p class='small'>Enclosures: EPA Detailed Comments; Summary of EPA Rating Definitions<br>cc: Lt. Col. "
         "Andrew Pell, U.S. Army Corps of Engineers, Calder District; Tallis River Tribe, Natural Resources "
         "Department</p>")
    b += ("<div class='pb'></div><h1>EPA DETAILED COMMENTS ON THE DRAFT ENVIRONMENTAL IMPACT STATEMENT FOR THE "
          "TALLIS CREEK RESERVOIR AND WATER SUPPLY PROJECT, FEBRUARY 2027</h1>")
    b += "<h2>Purpose and Need and Range of Alternatives</h2>"
    b += ("<p>The DEIS evaluates the No Action Alternative and three action alternatives: Alternative A, a dam at "
          "the Upper Tallis site (the proposed action); Alternative B, a smaller dam at the Lower Tallis site; and "
          "Alternative C, off-channel storage at Miller Flats. Section 102(2)(C) of NEPA requires a detailed "
          "statement on a reasonable range of alternatives to the proposed agency action.</p>"
          "<p>In our scoping comments of March 2025, EPA recommended that the EIS \"evaluate a water conservation "
          "and reuse alternative\". The DEIS dismisses such an alternative in a single paragraph (Section 2.5.3), "
          "stating that conservation alone could not meet projected demand in 2060. The basin's per-capita use, "
          "however, is among the highest in the region, and two of the water providers already operate reuse "
          "facilities. " + R[0] + "</p>")
    b += "<h2>Wetlands and Aquatic Resources</h2>"
    b += ("<p>The action alternatives would have the following direct effects on waters of the United States:</p>"
          "<table><tr><th>Resource</th><th class='r'>Alternative A</th><th class='r'>Alternative B</th>"
          "<th class='r'>Alternative C</th></tr>"
          "<tr><td>Wetlands filled or inundated (acres)</td><td class='r'>412</td><td class='r'>254</td>"
          "<td class='r'>301</td></tr>"
          "<tr><td>Perennial stream inundated (linear feet)</td><td class='r'>61,300</td><td class='r'>38,900</td>"
          "<td class='r'>12,400</td></tr>"
          "<tr><td>Firm yield (acre-feet per year)</td><td class='r'>48,000</td><td class='r'>31,000</td>"
          "<td class='r'>36,500</td></tr></table>"
          "<p>Under the Clean Water Act Section 404(b)(1) Guidelines, no discharge of dredged or fill material "
          "shall be permitted if there is a practicable alternative that would have less adverse impact on the "
          "aquatic ecosystem. Based on the information in the DEIS, Alternative B would affect 158 fewer acres of "
          "wetlands than the proposed action, and the DEIS does not show that it is impracticable.</p>"
          "<p><b>Recommendations:</b></p><ul><li>" + R[1] + "</li><li>" + R[2] + "</li></ul>")
    b += "<h2>Water Quality</h2>"
    b += ("<p>Tallis Creek below the proposed dam is listed as impaired for temperature under Section 303(d) of the "
          "Clean Water Act. The DEIS estimates that releases from the reservoir could raise summer temperatures by "
          "up to 4 degrees Celsius, and new reservoirs are known to increase the methylation of mercury in flooded "
          "soils. The DEIS should have included a quantitative analysis of these effects rather than a qualitative "
          "discussion. " + R[3] + "</p>")
    b += "<h2>Air Quality</h2>"
    b += ("<p>Construction would last about six years and would include blasting, aggregate processing and "
          "heavy truck traffic on State Route 14. The project area meets all national ambient air quality "
          "standards, but the DEIS estimates annual emissions of 118 tons of nitrogen oxides and 9 tons of diesel "
          "particulate matter during peak construction. " + R[4] + "</p>")
    b += "<h2>Tribal Consultation and Cultural Resources</h2>"
    b += ("<p>The reservoir would inundate 14 sites that the Tallis River Tribe has identified as culturally "
          "significant, as well as traditional fishing places on the lower creek. The DEIS states that "
          "consultation is ongoing but gives no further detail. " + R[5] + "</p>")
    b += "<h2>Climate Change</h2>"
    b += ("<p>EPA supports the Bureau's commitment to prepare a drought contingency plan for the reservoir before "
          "it is filled. The yield analysis in the DEIS, however, relies on the hydrologic record from 1951 to "
          "2020. " + R[6] + "</p>")
    b += ("<div class='defs'><h2>SUMMARY OF EPA RATING DEFINITIONS</h2>"
          "<p><b>LO (Lack of Objections):</b> The review has not identified any potential environmental impacts "
          "requiring substantive changes to the proposal.</p>"
          "<p><b>EC (Environmental Concerns):</b> The review has identified environmental impacts that should be "
          "avoided in order to fully protect the environment. Corrective measures may require changes to the "
          "preferred alternative or the application of mitigation measures.</p>"
          "<p><b>EO (Environmental Objections):</b> The review has identified significant environmental impacts "
          "that must be avoided in order to provide adequate protection for the environment.</p>"
          "<p><b>Category 2 (Insufficient Information):</b> The draft EIS does not contain sufficient information "
          "to fully assess the environmental impacts that should be avoided. The identified additional "
          "information, data, analyses or discussion should be included in the final EIS.</p></div>")
    return page(b)


def response():
    b = ("<div class='k'><p class='small'>Tallis Creek Reservoir and Water Supply Project - Final Environmental "
         "Impact Statement - Volume 3</p><h1>Appendix K. Responses to Comments on the Draft EIS</h1>"
         "<h2>K.1 Introduction</h2>"
         "<p>The Draft EIS was published on December 4, 2026 for a 60-day comment period, and public hearings were "
         "held in Ardenwood, Miller Flats and Port Calder. The Bureau received 214 comment documents. Each "
         "document was given a code (F for federal agencies, S for state agencies, T for tribes, L for local "
         "governments, O for organizations and I for individuals), and the substantive comments in it were "
         "numbered.</p>"
         "<h2>K.3 Federal Agency Comments</h2>"
         "<p>Responses to each federal agency are grouped by the chapter of the Final EIS in which the issue is "
         "addressed, rather than in the order of the comment letter. Comment letter F-2 is reproduced in full in "
         "Attachment K-1.</p>"
         "<p><b>Table K-3. Comment Letter F-2, U.S. Environmental Protection Agency, Region 11 (February 12, "
         "2027)</b></p>"
         "<table><tr><th style='width:11%'>Comment No.</th><th style='width:24%'>Comment summary</th>"
         "<th>Response</th><th style='width:10%'>FEIS section</th></tr>")
    rows = [
        ("F2-2", "Evaluate a combined demand management, reuse and smaller reservoir alternative.",
         "Section 2.5.3 has been expanded to explain why a combined conservation and reuse alternative was not "
         "carried forward for detailed analysis: reuse water cannot be delivered to the upper basin without a "
         "second treatment plant. However, all action alternatives in the FEIS now assume a 12 percent reduction "
         "in per-capita demand by 2040, consistent with the Basin Water Conservation Plan, and the reservoir size "
         "has been reviewed on that basis.", "2.5.3"),
        ("F2-5", "Model temperature, dissolved oxygen and methylmercury; commit to selective withdrawal.",
         "A two-dimensional reservoir water quality model has been run for temperature, dissolved oxygen and "
         "methylmercury (Appendix E). The Bureau commits to a multi-level selective withdrawal intake, which the "
         "model shows would keep releases within the temperature criteria in all but the driest years.", "3.3.4"),
        ("F2-3, F2-4", "Identify Alternative B as preferred or show it is impracticable; include a draft "
         "compensatory mitigation plan.",
         "A draft Compensatory Mitigation Plan has been added as Appendix H. It identifies the Dunmore Meadows and "
         "Cold Spring mitigation sites, ratios of 2:1 to 3:1 by wetland type, and ten years of monitoring. The "
         "Bureau has not changed its preferred alternative. Alternative B would provide 31,000 acre-feet of firm "
         "yield, which does not meet the purpose and need, and it is therefore not considered a practicable "
         "alternative; the Corps will make its own determination in the Section 404 permit decision.", "3.5.2, "
         "App. H"),
        ("F2-6", "Commit to Tier 4 engines for off-road construction equipment.",
         "Comment noted. The choice of construction equipment rests with the construction contractor. The Bureau "
         "will encourage the use of cleaner engines in the bid specifications where practicable.", "3.9.3"),
        ("F2-7", "Assess the reliability of the firm yield under climate scenarios.",
         "Section 3.14 now includes an analysis of firm yield under three climate scenarios from the regional "
         "downscaled projections. Under the warmest scenario the firm yield falls to 41,200 acre-feet a year, "
         "and the drought contingency plan has been sized accordingly.", "3.14.2"),
        ("F2-8", "Support for the drought contingency plan.",
         "The Bureau appreciates EPA's support for the drought contingency plan, which will be adopted before "
         "the first filling of the reservoir.", "3.14.3"),
        ("F2-1", "Rating of the Draft EIS as EC-2.",
         "The Bureau acknowledges EPA's rating of EC-2 and has provided the additional information requested, as "
         "described in the responses above.", "-"),
    ]
    for r in rows:
        b += "<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>"
    b += ("</table><h2>K.4 Comments Received After the Comment Period</h2>"
          "<p>Two comment documents arrived after the close of the comment period, from the Ardenwood Irrigation "
          "District and from one individual. Although the Bureau was not required to respond to them, both were "
          "read and their issues are addressed in Sections 3.2 and 3.11 of the Final EIS.</p></div>")
    return page(b)


NOTES = ("US federal NEPA pair: an EPA regional office's comment letter on the Draft EIS for the invented Tallis "
         "Creek Reservoir and Water Supply Project of the invented Bureau of Inland Water Development (one-page "
         "letter with the EC-2 rating, an enclosure of detailed comments by topic, a summary of rating "
         "definitions), answered by Appendix K of the Final EIS, 'Responses to Comments on the Draft EIS', whose "
         "table gives EPA's comments the lead agency's own codes F2-1 to F2-8 and is grouped by FEIS chapter. "
         "Recommendations (unnumbered; numbered here in reading order): 1 'We recommend that the FEIS evaluate in "
         "detail ...' at the end of a paragraph; 2 and 3 bullets under a bold 'Recommendations:' lead-in "
         "(imperatives 'Identify ...', 'Include ...'); 4 'EPA recommends that ...'; 5 'To reduce diesel "
         "emissions ..., we recommend that ...' (the request after an introductory clause); 6 and 7 'We recommend "
         "that the FEIS ...' at paragraph ends. "
         "Traps: the letter's summary of concerns and the EC-2 rating, NEPA 102(2)(C), the 404(b)(1) Guidelines "
         "('shall be permitted'), the March 2025 scoping recommendation quoted, 'The DEIS should have included', "
         "the impacts table, 'EPA supports the Bureau's commitment' (answered in the table, not a recommendation), "
         "the rating definitions ('should be avoided', 'should be included in the final EIS'). Table order: F2-2 "
         "(1), F2-5 (4), F2-3/F2-4 (2+3 in one response), F2-6 (5), F2-7 (7), F2-8, F2-1. Key: 1 not carried "
         "forward, but a 12 percent demand reduction assumed in all alternatives (partly, also disagrees); 4 "
         "model run and selective withdrawal committed (agrees); one response: 3 draft mitigation plan added as "
         "Appendix H (agrees) + 2 'has not changed its preferred alternative' (disagrees); 5 'Comment noted.', "
         "left to the contractor (noted); 7 climate scenarios analysed (agrees); 6 tribal consultation unanswered "
         "(no code was given to it). Unmatched: the K.1 introduction, F2-8 (support for the drought plan), F2-1 "
         "(the rating), K.4 late comments.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), footer="K-{n}")
    sw = lambda i, n=11: " ".join(R[i].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "now assume a 12 percent reduction in per-capita demand", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "The Bureau has not changed its preferred alternative", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "A draft Compensatory Mitigation Plan has been added as Appendix H", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "The Bureau commits to a multi-level selective withdrawal intake", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "The choice of construction equipment rests with the construction contractor",
         "verdict": "noted"},
        {"number": "6", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "now includes an analysis of firm yield under three climate", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["The Bureau received 214 comment documents",
                                  "appreciates EPA's support for the drought contingency plan",
                                  "acknowledges EPA's rating of EC-2 and has provided",
                                  "Two comment documents arrived after the close of the comment period"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b55en.py"), NAME)) and 1)

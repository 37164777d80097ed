"""Round 73 (EN): a US state environmental agency's COMMENT LETTER ON A DRAFT ENVIRONMENTAL IMPACT STATEMENT
(genre of the letters resource agencies send to a lead agency during the comment period: letterhead, addressee,
'Re:' line, a cover letter with the overall view, and an enclosure 'Detailed Comments' under subject side-heads,
the recommendations as UNNUMBERED 'We recommend that ...' / 'DENR recommends that ...' sentences inside the
paragraphs) answered in the FINAL EIS APPENDIX 'RESPONSES TO COMMENTS ON THE DRAFT EIS' (genre: an appendix
introduction, then a ruled table 'Comment code | Comment (summarized) | Response' in which the lead agency assigns
its own codes, summarizes each comment and answers it, grouped by topic; rows for other commenters follow).
Advice: Tamarack Department of Environment and Natural Resources, letter of 16 March 2026 on the Draft EIS for the
Route 19 Harlow Bypass, US Letter, 3 p.; seven unnumbered recommendations, numbered 1-7 by order.
Response: Tamarack Department of Transportation, Final EIS, Appendix H, 'Responses to Comments on the Draft EIS',
pages H-1 to H-2, 2 p.; order 2, 3+5 (one row), 1, 6, 4; 7 (greenhouse gas emissions) is not answered.
LibreOffice Writer headless from HTML, Liberation Serif/Sans; page numbers stamped with PyMuPDF. The State of
Tamarack, its departments, the Tamarack Environmental Policy Act, the project, the people and all figures are
invented.

Run:  /tmp/blind73en/bin/python tests/docs/src/blind73/gen_en_eis_comments_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b73en as H

NAME = "blind73_en_eis_comments"
TMP = "/tmp/blind73en_eis_comments"

RECS = [
    'We recommend that the Final EIS include a compensatory wetland mitigation plan that replaces the 14.2 acres of filled wetland at a ratio of at least 2:1 within the Sable Creek watershed.',
    'DENR recommends that stormwater from the new bridge deck over Sable Creek be collected and treated before discharge, rather than drained directly to the creek through deck scuppers.',
    'We further recommend that the Department commit to monitoring fine particulate matter (PM2.5) at Harlow Elementary School for two years after the bypass opens.',
    'DENR recommends that the construction contract require all off-road diesel equipment used on the project to meet Tier 4 emission standards.',
    'We recommend that the Final EIS evaluate a noise barrier along the north side of the bypass between Harlow Elementary School and the Orchard Hill mobile home park.',
    'We recommend that the Department hold at least one additional public meeting, conducted in Spanish, in the Millbrook neighborhood before the Final EIS is issued.',
    'We recommend that the Final EIS quantify the greenhouse gas emissions of each build alternative over a 30-year design life, including emissions from construction.',
]

CSS = """
@page { size: 8.5in 11in; margin: 0.9in 1in 0.9in 1in; }
p { font-family: 'Liberation Serif'; font-size: 11.5pt; margin-top: 0; margin-bottom: 7pt; line-height: 120%;
    text-align: left; }
.lh { font-family: 'Liberation Sans'; font-size: 12pt; font-weight: bold; text-align: center; margin-bottom: 0; }
.lh2 { font-family: 'Liberation Sans'; font-size: 9pt; text-align: center; margin-bottom: 14pt; }
.h { font-family: 'Liberation Sans'; font-weight: bold; font-size: 11pt; margin-top: 9pt; margin-bottom: 4pt; }
.c { text-align: center; font-weight: bold; }
.q { margin-left: 0.5in; margin-right: 0.5in; font-size: 10.5pt; }
td p { font-family: 'Liberation Sans'; font-size: 9.5pt; margin-bottom: 2pt; text-align: left; }
th p { font-family: 'Liberation Sans'; font-size: 9.5pt; font-weight: bold; margin-bottom: 2pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def advice():
    r = RECS
    b = ["<p class='lh'>STATE OF TAMARACK<br>DEPARTMENT OF ENVIRONMENT AND NATURAL RESOURCES</p>",
         "<p class='lh2'>Office of Environmental Review &middot; 400 Capitol Way, Fernhill, TK 58102 &middot; "
         "(555) 310-4400</p>",
         "<p>March 16, 2026</p>",
         "<p>Ms. Renata Holloway, P.E.<br>Environmental Services Manager<br>Tamarack Department of "
         "Transportation<br>1200 Depot Street<br>Fernhill, TK 58104</p>",
         "<p><b>Re: Draft Environmental Impact Statement, Route 19 Harlow Bypass, Cole County (Project "
         "No. 19-0447)</b></p>",
         "<p>Dear Ms. Holloway:</p>",
         "<p>The Department of Environment and Natural Resources (DENR) has reviewed the Draft Environmental Impact "
         "Statement (DEIS) for the Route 19 Harlow Bypass, published on January 30, 2026, in accordance with our "
         "responsibilities under the Tamarack Environmental Policy Act (TEPA). The purpose of the project is to "
         "remove through truck traffic from downtown Harlow. The DEIS identifies Alternative C, a 6.8-mile "
         "two-lane bypass north of the city, as the preferred alternative.</p>",
         "<p>We support the purpose of the project and agree that Alternative C avoids the historic district. "
         "However, the DEIS does not yet contain enough information to show how its impacts on wetlands, water "
         "quality and nearby residents will be avoided or mitigated. Our detailed comments are enclosed.</p>",
         "<p>Section 7(2) of TEPA provides that an environmental impact statement 'shall include the means to "
         "mitigate adverse environmental impacts'. The lead agency must respond in the Final EIS to each "
         "substantive comment received during the comment period.</p>",
         "<p>Thank you for the opportunity to comment. If you have questions, please contact Daniel Whitcombe of "
         "my staff at (555) 310-4417.</p>",
         "<p>Sincerely,</p><p style='margin-top: 18pt'>Margaret A. Lindqvist<br>Manager, Office of Environmental "
         "Review</p>",
         "<p>Enclosure</p>",
         "<p style='margin-top: 14pt' class='c'>ENCLOSURE: DETAILED COMMENTS<br>DEIS, Route 19 Harlow Bypass</p>",
         "<p class='h'>Wetlands</p>",
         "<p>Alternative C would fill 14.2 acres of wetland, 9.1 acres of it forested wetland along Sable Creek. "
         "The DEIS states that mitigation 'will be determined during permitting'. Forested wetland takes decades "
         "to replace, and mitigation bank credits are not available in the watershed. " + r[0] + "</p>",
         "<p class='h'>Water quality</p>",
         "<p>Sable Creek is listed as impaired for temperature and sediment, and its lower reach supports a "
         "coldwater fishery. Runoff from the bridge deck should not add to the load on a stream already listed as "
         "impaired. " + r[1] + "</p>",
         "<p class='h'>Air quality</p>",
         "<p>Harlow Elementary School lies 420 feet from the proposed alignment. The DEIS concludes that the bypass "
         "would not cause an exceedance of the air quality standards, but it relies on regional modeling and no "
         "monitoring data near the school exist. " + r[2] + " " + r[3] + "</p>",
         "<p class='h'>Noise</p>",
         "<p>Table 4-12 of the DEIS predicts noise levels of up to 68 dBA at the school and at the Orchard Hill "
         "mobile home park, above the 66 dBA criterion, yet concludes without explanation that barriers are not "
         "reasonable. " + r[4] + "</p>",
         "<p class='h'>Environmental justice</p>",
         "<p>The Millbrook neighborhood, where 38 percent of residents speak Spanish at home, would be most "
         "affected by the southern interchange. Residents who attended the public hearing told us that the bypass "
         "should not cut their neighborhood off from the school, and that the hearing notice was published only in "
         "English. " + r[5] + "</p>",
         "<p class='h'>Greenhouse gas emissions and cumulative effects</p>",
         "<p>The DEIS states that greenhouse gas emissions are 'not expected to be significant' but provides no "
         "figures. " + r[6] + " The cumulative effects analysis in Chapter 5 is adequate, and we do not recommend "
         "any further alternatives for study.</p>"]
    return page("".join(b))


def row(code, summary, resp):
    return ("<tr><td valign='top'><p>%s</p></td><td valign='top'><p>%s</p></td><td valign='top'>%s</td></tr>"
            % (code, summary, "".join("<p>%s</p>" % x for x in resp)))


def response():
    b = ["<p style='font-family: Liberation Sans; font-size: 9pt; margin-bottom: 12pt'>Route 19 Harlow Bypass "
         "&middot; Final Environmental Impact Statement &middot; June 2026</p>",
         "<p class='lh' style='text-align: left; font-size: 14pt'>Appendix H</p>",
         "<p class='lh' style='text-align: left; font-size: 13pt; margin-bottom: 10pt'>Responses to Comments on "
         "the Draft EIS</p>",
         "<p class='h'>H.1 Introduction</p>",
         "<p>The Draft EIS was available for public and agency review from January 30 to March 16, 2026. The "
         "Tamarack Department of Transportation (the Department) received 214 comment submissions, including "
         "letters from four agencies. A public hearing was held at Harlow High School on February 24, 2026.</p>",
         "<p>Each substantive comment was given a code and is summarized below, with the Department's response. "
         "Comments are grouped by topic. The full text of each letter is reproduced in Appendix H-2, and changes "
         "made to the Final EIS are marked in the margin of the affected chapters.</p>",
         "<p class='h'>H.2 Agency comments</p>",
         "<p><i>Tamarack Department of Environment and Natural Resources (letter of March 16, 2026)</i></p>",
         "<table width='100%' border='1' cellpadding='4' cellspacing='0'>",
         "<tr><th width='12%'><p>Code</p></th><th width='33%'><p>Comment (summarized)</p></th>"
         "<th width='55%'><p>Response</p></th></tr>",
         row("DENR-01", "Treat bridge deck runoff before it reaches Sable Creek.",
             ["The bridge design has been changed. Deck drainage will be piped to a bioretention basin on the "
              "east bank, and no scuppers will discharge directly to Sable Creek (Final EIS Section 4.9.3)."]),
         row("DENR-02", "Monitor PM2.5 at Harlow Elementary School; evaluate a noise barrier near the school and "
                        "Orchard Hill.",
             ["The Department does not believe that air quality monitoring at the school is warranted. The hot-spot "
              "analysis added to Section 4.6 shows concentrations well below the standards at the school in the "
              "design year.",
              "The noise analysis has been updated. A 14-foot noise barrier, 2,150 feet long, north of the bypass "
              "between the school and Orchard Hill has been found feasible and reasonable and is now part of the "
              "preferred alternative (Section 4.7)."]),
         row("DENR-03", "Wetland mitigation plan at 2:1 within the watershed.",
             ["A conceptual mitigation plan has been added as Appendix F. The Department proposes to restore 21.3 "
              "acres of forested wetland on the Keller tract within the Sable Creek watershed, a ratio of 1.5 to 1, "
              "which matches the ratio expected in the Section 404 permit. A higher ratio is not proposed."]),
         row("DENR-04", "Additional public meeting in Spanish in Millbrook.",
             ["The Department held a Spanish-language open house at the Millbrook Community Center on April 22, "
              "2026, attended by 61 residents. Their comments are summarized in Section 7.4."]),
         row("DENR-05", "Tier 4 standard for off-road construction equipment.",
             ["Comment noted. Equipment standards will be set in the construction contract, and this comment has "
              "been forwarded to the design-build team for consideration."]),
         "</table>",
         "<p style='margin-top: 8pt'><i>Cole County Board of Commissioners (letter of March 9, 2026)</i></p>",
         "<table width='100%' border='1' cellpadding='4' cellspacing='0'>",
         "<tr><th width='12%'><p>Code</p></th><th width='33%'><p>Comment (summarized)</p></th>"
         "<th width='55%'><p>Response</p></th></tr>",
         row("COLE-01", "Keep the County Road 6 crossing open during construction.",
             ["County Road 6 will remain open with one lane in each direction, except for two weekend closures "
              "for beam placement."]),
         row("COLE-02", "Supports Alternative C.", ["The Department acknowledges the County's support."]),
         "</table>",
         "<p class='h'>H.3 Comments from the public hearing</p>",
         "<p>Forty-two people spoke at the hearing. The most frequent concerns were truck traffic on Main Street "
         "during construction, access to farms cut by the alignment, and the timing of the project. The "
         "Department's responses to hearing comments are in Table H-4.</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    serif = H.clean_font("LiberationSerif-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Page {n} of {N}", fontfile=serif, size=9, skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), footer="H-{n}", fontfile=serif, size=10)
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "a ratio of 1.5 to 1, which matches the ratio", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Deck drainage will be piped to a bioretention basin", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "does not believe that air quality monitoring at the school is warranted",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "Equipment standards will be set in the construction contract", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "has been found feasible and reasonable and is now part", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "held a Spanish-language open house at the Millbrook Community Center",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "received 214 comment submissions, including letters from four agencies",
        "The full text of each letter is reproduced in Appendix H-2",
        "County Road 6 will remain open with one lane in each direction",
        "The Department acknowledges the County's support",
        "Forty-two people spoke at the hearing",
    ], "Advice: a US state resource agency's comment letter on a Draft EIS (letterhead, date, addressee, 'Re:' "
       "line, cover letter, signature, 'Enclosure', then 'ENCLOSURE: DETAILED COMMENTS' with subject side-heads; "
       "'Page n of N' from page 2). The seven recommendations are UNNUMBERED sentences at the end of the paragraphs "
       "of the enclosure, lead-ins varied ('We recommend that the Final EIS ...', 'DENR recommends that ...', 'We "
       "further recommend that ...'); two stand in one paragraph (Air quality: 3 and 4); numbers 1-7 by order of appearance. "
       "Traps: the cover letter's overall view ('We support the purpose of the project'); TEPA quoted ('shall "
       "include the means to mitigate') and 'The lead agency must respond'; the DEIS quoted ('will be determined "
       "during permitting', 'not expected to be significant'); 'Runoff from the bridge deck should not add to the "
       "load'; residents' 'the bypass should not cut their neighborhood off'; 'we do not recommend any further "
       "alternatives for study'. Response: Final EIS Appendix H (pages H-1, H-2), an introduction, then ruled "
       "tables 'Code | Comment (summarized) | Response' with codes DENR-01 ... DENR-05 assigned by the lead agency "
       "in its own order (not the letter's): DENR-01 = 2 (agrees); ONE row DENR-02 = PM2.5 monitoring at the "
       "school 'does not believe ... is warranted' (3 disagrees) + the noise barrier 'found feasible and "
       "reasonable and is now part of the preferred alternative' (5 agrees); DENR-03 = 1, 1.5 to 1 instead of 2:1 "
       "(partly); DENR-04 = 6 (agrees, done); DENR-05 = 4 'Comment noted ... forwarded to the design-build team' "
       "(noted); 7 (greenhouse gas emissions) is not answered. The summaries in the middle column paraphrase the "
       "recommendations. Unmatched: the introduction (H.1), the Cole County rows COLE-01 and COLE-02, and H.3 on "
       "the public hearing.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

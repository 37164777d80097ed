"""Round 53 (EN): a US independent monitor's semiannual report under a police consent decree (genre of the reports
of court-appointed monitors in United States v. <city> pattern-or-practice cases), on the invented City of
Cresthaven and its Police Department, answered by the City's court filing 'Response to the Independent Monitor's
Fourth Semiannual Report' (caption, case number, numbered sections, signature block and certificate of service).
The recommendations are coded 'Recommendation 4.1' ... '4.7' (report number . sequence) in shaded boxes headed
'Monitor's Recommendation' at the end of each assessment section. Traps: a compliance-status table whose ratings
are 'Substantial / Partial / Non-Compliance' (words that look like verdicts), consent decree paragraph numbers
(Paragraph 47, 'shall'), 'CPD should have' findings, the Third Report's recommendation quoted, the summary list of
recommendations in the executive summary. Chromium headless --print-to-pdf, US Letter, cleaned Liberation fonts via
@font-face, ligatures off; running header/footer and page numbers stamped with PyMuPDF. All content (city, court
case, people, figures) is invented.

Run:  /tmp/blind53en/bin/python tests/docs/src/blind53/gen_en_monitor_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b53en as H

NAME = "blind53_en_monitor"
TMP = "/tmp/b53en/monitor"

R = {
    "4.1": "CPD should finalize the revised Use of Force Review Board policy and submit it to the Monitor and the "
           "Department of Justice for review by March 31, 2026.",
    "4.2": "CPD should ensure that at least one sergeant certified in Crisis Intervention Team (CIT) techniques is "
           "on duty in every patrol district on every shift.",
    "4.3": "The City should fund a behavioral health co-responder program operating 24 hours a day in all five "
           "patrol districts, not only in the Central District.",
    "4.4": "CPD should audit a random sample of at least ten percent of documented investigatory stops each "
           "quarter and publish the results on its website.",
    "4.5": "CPD should reduce the span of control in patrol to no more than eight officers for each first-line "
           "sergeant.",
    "4.6": "The City should replace the Early Intervention System rather than continue to modify the software "
           "purchased in 2014.",
    "4.7": "CPD should hold at least two public meetings in each district every year to present stop, search and "
           "use-of-force data and to take questions.",
}


def fonts():
    css = ""
    for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                     ("BoldItalic", "bold", "italic")):
        css += "@font-face {font-family: LS; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSans-%s.ttf" % st), w, s)
        css += "@font-face {font-family: LSer; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
            H.clean_font("LiberationSerif-%s.ttf" % st), w, s)
    return css


CSS = """
@page {size: Letter; margin: 0.85in 0.9in 0.8in 0.9in;}
html {font-family: LS; font-size: 10pt; line-height: 1.38; font-variant-ligatures: none; color: #111;}
h1 {font-size: 15pt; color: #22345a; margin: 8pt 0 4pt 0;}
h2 {font-size: 11.5pt; color: #22345a; margin: 11pt 0 4pt 0; border-bottom: 1px solid #22345a;}
h3 {font-size: 10pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 6pt 0;}
table {border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4pt 0 4pt 0;}
th, td {padding: 3pt 5pt; text-align: left; vertical-align: top; border: 1px solid #8d99b3;}
th {background: #dfe5f0;}
.rec {background: #eef1f7; border-left: 4pt solid #22345a; padding: 5pt 9pt; margin: 6pt 0 9pt 0;}
.rec .h {font-weight: bold; color: #22345a; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.5pt;}
.cover {text-align: center; margin-top: 10pt;}
.small {font-size: 8.5pt; color: #444;}
.court {font-family: LSer; font-size: 12pt; line-height: 1.85;}
.court p {margin: 0 0 4pt 0; text-indent: 0.5in;}
.court p.ni {text-indent: 0;}
.court h2 {font-family: LSer; font-size: 12pt; color: #000; border: none; text-align: left;}
.cap td {border: none; font-family: LSer; font-size: 12pt; line-height: 1.4;}
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fonts() + CSS + "</style></head><body>"
            + body + "</body></html>")


def rec(code):
    return ("<div class='rec'><div class='h'>Monitor's Recommendation %s</div><p style='margin:2pt 0 0 0'>%s</p>"
            "</div>" % (code, R[code]))


def advice():
    b = ["<div class='cover'><p class='small'>UNITED STATES DISTRICT COURT FOR THE WESTERN DISTRICT OF "
         "KALLISTA<br>United States of America v. City of Cresthaven, Case No. 2:23-cv-01187-RMH</p>"
         "<h1>Independent Monitor's Fourth Semiannual Report</h1>"
         "<p>Reporting period: July 1, 2025 - December 31, 2025<br>Submitted by Halvorsen Reyes Monitoring Group, "
         "Dr. Lucinda Ortega-Brandt, Independent Monitor<br>Filed January 30, 2026</p></div>",
         "<h2>I. Executive Summary</h2>",
         "<p>This is the fourth report of the Independent Monitor under the Consent Decree entered by the Court on "
         "April 3, 2023 (the Decree). It assesses the Cresthaven Police Department's (CPD) compliance with the "
         "paragraphs due for assessment in this period and makes seven recommendations. CPD has made real progress "
         "in training and policy; implementation in the field continues to lag behind.</p>",
         "<p>Our recommendations in this report concern use-of-force review, crisis intervention, stop audits, "
         "supervision, the Early Intervention System and community engagement. Each is set out at the end of the "
         "relevant section.</p>",
         "<table><tr><th>Decree section</th><th>Paragraphs</th><th>Status, Third Report</th><th>Status, this "
         "report</th></tr>"
         "<tr><td>Use of Force</td><td>41-58</td><td>Partial Compliance</td><td>Partial Compliance</td></tr>"
         "<tr><td>Crisis Intervention</td><td>59-70</td><td>Non-Compliance</td><td>Partial Compliance</td></tr>"
         "<tr><td>Stops, Searches and Detentions</td><td>71-86</td><td>Partial Compliance</td><td>Partial "
         "Compliance</td></tr>"
         "<tr><td>Supervision</td><td>87-99</td><td>Non-Compliance</td><td>Non-Compliance</td></tr>"
         "<tr><td>Early Intervention System</td><td>100-106</td><td>Non-Compliance</td><td>Non-Compliance</td></tr>"
         "<tr><td>Community Engagement</td><td>107-115</td><td>Substantial Compliance</td><td>Substantial "
         "Compliance</td></tr></table>",
         "<p class='small'>Table 1. Compliance status by section of the Decree. Ratings are defined in the "
         "Monitoring Plan approved by the Court on September 8, 2023.</p>",
         "<h2>II. Use of Force</h2>",
         "<p>Paragraph 47 of the Decree provides that CPD 'shall review every Level 2 and Level 3 use of force "
         "through a Use of Force Review Board'. The Board met eleven times during the period. In 9 of the 31 "
         "cases we reviewed, the Board did not address whether the force used was consistent with policy. CPD "
         "should have completed its revised Board policy in the previous period; the draft we received in "
         "November 2025 remains incomplete.</p>",
         rec("4.1"),
         "<h2>III. Crisis Intervention</h2>",
         "<p>CPD trained 214 officers in the 40-hour CIT course, exceeding the 20 percent target in Paragraph 62. "
         "However, on 38 percent of the shifts we sampled no CIT-certified supervisor was on duty in the district "
         "where a crisis call was received. The co-responder pilot, in which a clinician rides with an officer, "
         "operates only in the Central District, and only from 10 a.m. to 8 p.m.</p>",
         rec("4.2"), rec("4.3"),
         "<h2>IV. Stops, Searches and Detentions</h2>",
         "<p>Stop documentation has improved: 93 percent of the stop reports we reviewed recorded the basis for "
         "the stop, up from 71 percent. The Third Report recommended that CPD 'develop a written audit protocol "
         "for investigatory stops'. CPD adopted a protocol in August 2025 but had not yet carried out an audit "
         "under it by the end of the period.</p>",
         rec("4.4"),
         "<h2>V. Supervision</h2>",
         "<p>Paragraph 89 requires that patrol sergeants be able to provide close and effective supervision. The "
         "average span of control in patrol was 11.4 officers per sergeant in December 2025, and above 14 on the "
         "night shift in two districts. Supervisors told us they cannot review body-worn camera footage in the "
         "time available.</p>",
         rec("4.5"),
         "<h2>VI. Early Intervention System</h2>",
         "<p>The Early Intervention System (EIS), purchased in 2014, generated 1,206 alerts in the period, of which "
         "fewer than a third were reviewed within the 30 days required by Paragraph 103. The vendor no longer "
         "supports the product, and three modifications made since 2024 have not resolved the duplicate alerts "
         "problem.</p>",
         rec("4.6"),
         "<h2>VII. Community Engagement</h2>",
         "<p>CPD's district advisory councils met regularly and the Community Police Commission held four public "
         "forums. Residents at those forums asked repeatedly for district-level data on stops and force.</p>",
         rec("4.7"),
         "<h2>VIII. Next Steps</h2>",
         "<p>The Monitor will assess the Decree's training paragraphs and the remaining use-of-force paragraphs in "
         "the fifth reporting period. The Parties should file any responses to this report within 30 days.</p>"]
    return page("".join(b))


def response():
    b = ["<div class='court'>",
         "<p class='ni' style='text-align:center; margin-bottom:10pt'>UNITED STATES DISTRICT COURT<br>WESTERN DISTRICT "
         "OF KALLISTA</p>",
         "<table class='cap' style='width:100%'><tr><td style='width:55%; border-right: 1px solid #000'>"
         "UNITED STATES OF AMERICA,<br>&#8195;&#8195;Plaintiff,<br>&#8195;&#8195;v.<br>CITY OF CRESTHAVEN,<br>"
         "&#8195;&#8195;Defendant.</td><td style='padding-left:14pt'>Case No. 2:23-cv-01187-RMH<br><br>"
         "<b>DEFENDANT CITY OF CRESTHAVEN'S RESPONSE TO THE INDEPENDENT MONITOR'S FOURTH SEMIANNUAL REPORT</b>"
         "</td></tr></table>",
         "<h2>I. INTRODUCTION</h2>",
         "<p>Defendant City of Cresthaven (the City) submits this response pursuant to Paragraph 168 of the Consent "
         "Decree. The City appreciates the diligence of the Monitoring Team and remains fully committed to "
         "constitutional policing and to the reforms the Decree requires.</p>",
         "<h2>II. RESPONSES TO THE MONITOR'S RECOMMENDATIONS</h2>",
         "<p><b>A. Stop audits (Recommendation 4.4).</b> The City concurs. CPD's Audit and Inspections Unit "
         "completed its first quarterly audit of a randomly selected ten percent of stop reports in January 2026, "
         "and the results are posted on the CPD transparency portal.</p>",
         "<p><b>B. Use of Force Review Board (Recommendation 4.1).</b> The City concurs and notes that this "
         "recommendation has been met: the revised Board policy was transmitted to the Monitor and the United "
         "States on February 13, 2026, ahead of the date recommended.</p>",
         "<p><b>C. Crisis response (Recommendations 4.2 and 4.3).</b> Beginning with the February 2026 shift bid, "
         "every patrol shift in every district includes at least one CIT-certified sergeant. As to the co-responder "
         "program, the City Council has approved funding to extend it to the North and Eastside Districts from "
         "July 1, 2026, with hours of 8 a.m. to midnight. Citywide, around-the-clock coverage cannot be funded in "
         "the current biennial budget, and the City will revisit it when the pilot evaluation is complete.</p>",
         "<p><b>D. Early Intervention System (Recommendation 4.6).</b> The City respectfully disagrees that "
         "replacement is necessary. The City entered into a contract in December 2025 for a fourth upgrade, "
         "which the vendor's successor will support until 2029, and believes this is the most prudent use of "
         "public funds.</p>",
         "<p><b>E. Community meetings (Recommendation 4.7).</b> Under Paragraph 109 of the Decree, public meetings "
         "on district data are convened by the Community Police Commission, an independent body. The City has "
         "forwarded this recommendation to the Commission for its consideration and will support any meetings "
         "the Commission decides to hold.</p>",
         "<h2>III. COMPLIANCE RATINGS</h2>",
         "<p>The City objects to the rating of Non-Compliance for Paragraphs 100-106. The City requests that the "
         "Monitor consider the audit evidence submitted on January 9, 2026, which was not reflected in the "
         "Report.</p>",
         "<p class='ni'>DATED: February 27, 2026</p>",
         "<p class='ni' style='margin-left:3.2in'>Respectfully submitted,<br>MARGARET E. SOLANO-FINCH<br>City "
         "Attorney<br>By: /s/ Theodore K. Wainwright<br>Theodore K. Wainwright, Deputy City Attorney<br>Attorneys "
         "for Defendant City of Cresthaven</p>",
         "<h2 style='text-align:center'>CERTIFICATE OF SERVICE</h2>",
         "<p>I hereby certify that on February 27, 2026, I electronically filed the foregoing with the Clerk of the "
         "Court using the CM/ECF system, which will send notification of such filing to all counsel of record.</p>",
         "<p class='ni' style='margin-left:3.2in'>/s/ Theodore K. Wainwright</p>",
         "</div>"]
    return page("".join(b))


NOTES = ("Semiannual report of a court-appointed independent monitor under a police consent decree (US "
         "pattern-or-practice genre), invented City of Cresthaven, answered by the City's court filing 'Response to "
         "the Independent Monitor's Fourth Semiannual Report' (caption, sections I-III, signature block, "
         "certificate of service). Recommendations: seven shaded boxes 'Monitor's Recommendation 4.1'-'4.7' at the "
         "ends of sections II-VII. Traps: Table 1 with ratings 'Partial Compliance' / 'Non-Compliance' / "
         "'Substantial Compliance', Decree paragraph numbers and a quoted 'shall', 'CPD should have completed', "
         "the Third Report's recommendation quoted, 'The Parties should file any responses', the executive "
         "summary naming the topics. Response section II lettered A-E in the order 4.4, 4.1, 4.2+4.3, 4.6, 4.7. "
         "Key: 4.4 'The City concurs', first audit done (agrees); 4.1 policy already transmitted (agrees); one "
         "paragraph: 4.2 CIT sergeant on every shift (agrees) + 4.3 co-responder extended to two more districts, "
         "not citywide around the clock (partly); 4.6 'respectfully disagrees that replacement is necessary' "
         "(disagrees); 4.7 forwarded to the Community Police Commission (noted); 4.5 span of control unanswered. "
         "Unmatched: introduction, objection to compliance ratings (III), certificate of service.")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Independent Monitor's Fourth Semiannual Report - United States v. "
            "City of Cresthaven", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Case 2:23-cv-01187-RMH   Document 214   Filed 02/27/26",
            footer="CITY'S RESPONSE TO MONITOR'S FOURTH REPORT - Page {n} of {N}")
    sw = lambda c: " ".join(R[c].split()[:10])
    recs = [
        {"number": "4.1", "starts_with": sw("4.1"),
         "reply_contains": "was transmitted to the Monitor and the United States on February 13",
         "verdict": "agrees"},
        {"number": "4.2", "starts_with": sw("4.2"),
         "reply_contains": "every patrol shift in every district includes at least one CIT-certified sergeant",
         "verdict": "agrees"},
        {"number": "4.3", "starts_with": sw("4.3"),
         "reply_contains": "coverage cannot be funded in the current biennial budget", "verdict": "partly"},
        {"number": "4.4", "starts_with": sw("4.4"),
         "reply_contains": "completed its first quarterly audit of a randomly selected", "verdict": "agrees"},
        {"number": "4.5", "starts_with": sw("4.5"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4.6", "starts_with": sw("4.6"),
         "reply_contains": "The City respectfully disagrees that replacement is necessary", "verdict": "disagrees"},
        {"number": "4.7", "starts_with": sw("4.7"),
         "reply_contains": "has forwarded this recommendation to the Commission for its consideration",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["remains fully committed to constitutional policing",
                                  "objects to the rating of Non-Compliance for Paragraphs 100-106",
                                  "electronically filed the foregoing with the Clerk"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b53en.py"), NAME)) and 1)

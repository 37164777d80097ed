"""Round 64 (EN): a statistics regulator's ASSESSMENT REPORT on a set of official statistics (genre of the UK
Office for Statistics Regulation's assessments of compliance with the Code of Practice for Statistics, with
'Requirements' the producer must meet to keep its accreditation) and the PRODUCER'S RESPONSE LETTER WITH AN
ACTION PLAN table.
Advice: Statistics Standards Office (SSO), 'Assessment Report 2026/03: Private Rents Index statistics produced
by the Housing Data Agency', 2 p.: a full-width title block and executive summary ('What the Agency needs to do'
paraphrases the asks; key findings as bullets with 'should'), then the chapters 'Trustworthiness', 'Quality' and
'Value' in TWO COLUMNS, each finding followed by a shaded 'Requirement N' box (bold label on its own line, the
requirement below), requirements 1-7; the previous assessment's requirement quoted; 'Next steps'.
Response: the Agency's Chief Statistician's letter with an enclosed 'Action plan' table 'Requirement | Our
response | Actions and timescale' in the order 3, 7, 4+5 (ONE row, two responses), 1, 2 and a row 'Other
improvements'; 6 (consult users on a monthly release) has no row.
Traps: the summary's paraphrase, key-finding bullets ('should be clearer'), section 12 of the Statistics and
Registration Service Act 2007 paraphrased, the 2021 requirement quoted, 'The Agency should have told users', a
users' quote, 'We do not make a requirement about', the pillar words. Chromium headless --print-to-pdf, A4,
cleaned Liberation Sans/Serif via @font-face, ligatures off; footers stamped with PyMuPDF. All names, bodies,
people and figures are invented; the Act named is real, but what is said about it is not to be relied on.

Run:  /tmp/blind64en/bin/python tests/docs/src/blind64/gen_en_stats_assessment_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b64en as H

NAME = "blind64_en_stats_assessment"
TMP = "/tmp/blind64en_stats_assessment"

RECS = [
    "To enhance trustworthiness, the Agency should publish a statement of who receives the statistics before "
    "release and why, and reduce pre-release access from five working days to no more than 24 hours.",
    "The Agency should ensure that its Head of Profession for Statistics has direct access to the Chief "
    "Executive and sole authority over the timing and content of releases.",
    "The Agency should publish a quality and methods report that explains how rental listings are matched to "
    "tenancy deposit records, and the size of the known biases.",
    "The Agency should review its imputation of missing rents in the Northern region and publish the findings "
    "of that review before the next annual rebasing.",
    "Until the review is complete, the Agency should label the sub-regional estimates as official statistics "
    "in development.",
    "The Agency should consult users on moving to a monthly release and on publishing the index by number of "
    "bedrooms.",
    "The Agency should publish the underlying data tables in an open, machine-readable format alongside each "
    "release.",
]


def fontface():
    css = ""
    for fam, base in (("CSans", "LiberationSans"), ("CSerif", "LiberationSerif")):
        for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                         ("italic", 700, "BoldItalic")):
            css += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                    % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 18mm 17mm 20mm 17mm; }
body { font-family: 'CSans'; font-size: 9.6pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #1b1b1b; }
p { margin: 0 0 6pt 0; }
.band { background: #3b2a6b; color: #fff; padding: 10pt 12pt 12pt 12pt; margin-bottom: 10pt; }
.band .org { font-size: 9pt; letter-spacing: 1pt; font-weight: 700; }
.band h1 { font-size: 19pt; margin: 6pt 0 4pt 0; line-height: 1.15; }
.band .sub { font-size: 10pt; }
h2 { font-size: 13pt; color: #3b2a6b; margin: 10pt 0 4pt 0; }
h2.col { column-span: all; border-bottom: 1pt solid #3b2a6b; padding-bottom: 2pt; }
.cols { column-count: 2; column-gap: 8mm; }
.cols p { text-align: left; }
.req { background: #ece8f5; border-left: 3pt solid #3b2a6b; padding: 5pt 7pt; margin: 4pt 0 8pt 0;
       break-inside: avoid; }
.req .lab { font-weight: 700; color: #3b2a6b; margin-bottom: 2pt; }
.req p { margin: 0; }
ul { margin: 2pt 0 6pt 0; padding-left: 14pt; }
li { margin-bottom: 3pt; }
.quote { margin: 2pt 8pt 6pt 8pt; font-style: italic; }
/* letter */
.lh { display: flex; justify-content: space-between; border-bottom: 2pt solid #0d6b4f; padding-bottom: 6pt;
      margin-bottom: 12pt; }
.lh .ag { font-size: 15pt; font-weight: 700; color: #0d6b4f; }
.lh .ad { font-size: 8.5pt; text-align: right; color: #444; }
.letter { font-family: 'CSerif'; font-size: 10.8pt; }
.letter p { margin-bottom: 8pt; }
h3 { font-size: 11.5pt; margin: 14pt 0 5pt 0; color: #0d6b4f; }
table.ap { border-collapse: collapse; width: 100%; font-size: 8.8pt; }
table.ap th { background: #0d6b4f; color: #fff; text-align: left; padding: 3pt 5pt; }
table.ap td { border: 0.6pt solid #8aa; padding: 3pt 5pt; vertical-align: top; }
table.ap tr { break-inside: avoid; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + CSS +
            "</style></head><body>" + body + "</body></html>")


def req(k):
    return ("<div class='req'><div class='lab'>Requirement %d</div><p>%s</p></div>" % (k, RECS[k - 1]))


def advice():
    b = ["<div class='band'><div class='org'>STATISTICS STANDARDS OFFICE</div>",
         "<h1>Assessment Report 2026/03: Private Rents Index statistics produced by the Housing Data Agency</h1>",
         "<div class='sub'>Assessment of compliance with the Code of Practice for Statistics  |  "
         "Published 5 March 2026</div></div>",
         "<h2>Executive summary</h2>",
         "<p>The Private Rents Index (PRI) is the main source of information on rents paid by private tenants. It "
         "is used by the Treasury to uprate housing support and by local councils to plan. The statistics have "
         "been accredited official statistics since 2019.</p>",
         "<p><b>Key findings.</b></p>",
         "<ul><li>The index is well regarded by users and is produced by a capable team.</li>"
         "<li>Too many people see the statistics before they are published, and for too long.</li>"
         "<li>The methods documentation should be clearer about how the data sources are linked.</li>"
         "<li>Estimates for the Northern region have been unstable since 2024.</li></ul>",
         "<p><b>What the Agency needs to do.</b> In brief, the Agency must protect the independence of its "
         "statistics, explain its methods and fix the Northern estimates. We have set seven requirements. If they "
         "are met by December 2026, the statistics will keep their accreditation.</p>",
         "<h2 class='col'>1. Trustworthiness</h2><div class='cols'>",
         "<p>1.1 Pre-release access is given to 23 people in the Agency and the Ministry of Housing five working "
         "days before publication. The Code allows access only where it is needed and for no longer than "
         "necessary. The Agency should have told users who receives early access; its release calendar says "
         "nothing about it.</p>", req(1),
         "<p>1.2 The Head of Profession reports to the Director of Corporate Services, who approved the timing of "
         "two releases in 2025. In our 2021 assessment we required that \"the Agency should set out the "
         "responsibilities of the Head of Profession in a published statement\", and this was done in 2022.</p>",
         req(2),
         "</div><h2 class='col'>2. Quality</h2><div class='cols'>",
         "<p>2.1 Rents are taken from letting-agent listings and linked to tenancy deposit records. The linkage "
         "rate fell from 81 to 64 per cent in 2024, but the methods note still describes the 2019 approach.</p>",
         req(3),
         "<p>2.2 Missing rents are imputed from the previous year's rent. In the Northern region, where linkage is "
         "lowest, this held the index flat for seven months of 2025 while listing prices rose by 6 per cent. A "
         "user told us: \"The Northern figures should not be used for anything until this is sorted out.\"</p>",
         req(4), req(5),
         "<p>2.3 Under section 12 of the Statistics and Registration Service Act 2007, the Board must assess "
         "official statistics against the Code when asked to do so. This assessment was requested by the "
         "Agency.</p>",
         "</div><h2 class='col'>3. Value</h2><div class='cols'>",
         "<p>3.1 The index is published each quarter, about seven weeks after the quarter ends. Most users we "
         "spoke to wanted a monthly release, and local councils asked for figures by size of property.</p>",
         req(6),
         "<p>3.2 The data tables are published only as PDF files. Users copy the figures by hand.</p>", req(7),
         "<p>3.3 Some users asked for the index to include social rents. This is outside the scope of the PRI, and "
         "we do not make a requirement about it.</p>",
         "</div><h2 class='col'>Next steps</h2>",
         "<p>We ask the Agency to publish an action plan within two months setting out how it will meet each "
         "requirement. We will review progress in December 2026 and decide whether the statistics keep their "
         "accreditation. We thank the Agency's statisticians and the users who gave their time.</p>",
         "<p>Dr Miriam Okonjo, Director of Regulation</p>"]
    return page("".join(b))


def response():
    rows = [
        ("Requirement 3", "Agreed.",
         "A quality and methods report was published on 30 April 2026. It sets out the linkage method step by "
         "step and estimates the bias for each region. Completed."),
        ("Requirement 7", "Agreed.",
         "From the June 2026 release, all tables will be published as CSV files and through the Agency's open "
         "data portal. June 2026."),
        ("Requirements 4 and 5", "4: Agreed.<br>5: Not agreed.",
         "An external review of the imputation method by the University of Calderbridge began in April, and its "
         "findings will be published before the rebasing in February 2027. We do not believe that relabelling "
         "the sub-regional estimates would help users: they are produced by the same methods as the regional "
         "figures, and a caveat on the Northern series has been added instead."),
        ("Requirement 1", "Partly agreed.",
         "The list of people with pre-release access is now published with each release, and access has been "
         "cut to 11 people. Access will be reduced to two working days, not 24 hours, because Ministers need "
         "time to prepare for questions in Parliament. July 2026."),
        ("Requirement 2", "Noted.",
         "Reporting lines in the Agency are a matter for the Chief Executive and the Agency's Board, who will "
         "consider them in the organisational review due to report in the autumn."),
        ("Other improvements", "-",
         "A short regional briefing note for local councils will be added to each quarterly release from "
         "September."),
    ]
    tr = "".join("<tr><td><b>%s</b></td><td><b>%s</b></td><td>%s</td></tr>" % r for r in rows)
    b = ["<div class='lh'><div class='ag'>Housing Data Agency</div><div class='ad'>Office of the Chief "
         "Statistician<br>12 Granary Wharf, Calderbridge CB1 4RT</div></div>",
         "<div class='letter'>",
         "<p>Dr Miriam Okonjo<br>Director of Regulation<br>Statistics Standards Office</p>",
         "<p>8 May 2026</p>",
         "<p>Dear Miriam,</p>",
         "<p><b>Assessment Report 2026/03: Private Rents Index</b></p>",
         "<p>Thank you for your assessment of the Private Rents Index. I am grateful to your team for the "
         "constructive way in which it was carried out, and for the recognition of the strengths of our "
         "statistics team.</p>",
         "<p>I enclose our action plan, which has been agreed by the Agency's Executive Committee. Some of the "
         "actions are already complete. We have discussed the plan with our main users at the PRI user group on "
         "29 April.</p>",
         "<p>I hope that the plan gives you the assurance you need, and I look forward to your decision on "
         "accreditation at the end of the year.</p>",
         "<p>Yours sincerely,</p>",
         "<p>Dr Owen Prys<br>Chief Statistician and Head of Profession for Statistics</p>",
         "</div>",
         "<h3>Enclosure: Action plan in response to Assessment Report 2026/03</h3>",
         "<table class='ap'><tr><th style='width:22%'>Requirement</th><th style='width:16%'>Our response</th>"
         "<th>Actions and timescale</th></tr>", tr, "</table>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Statistics Standards Office  |  Assessment Report 2026/03  |  "
            "{n}", size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Housing Data Agency  |  Page {n} of {N}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1, 12),
         "reply_contains": "Access will be reduced to two working days, not 24 hours",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Reporting lines in the Agency are a matter for the Chief Executive",
         "verdict": "noted"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "A quality and methods report was published on 30 April 2026",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "An external review of the imputation method by the University",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "a caveat on the Northern series has been added instead",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "all tables will be published as CSV files", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "for the recognition of the strengths of our statistics team",
        "We have discussed the plan with our main users",
        "I look forward to your decision on accreditation",
        "A short regional briefing note for local councils",
    ], "Advice: a statistics regulator's assessment report on official statistics (UK OSR genre). The seven "
       "recommendations are shaded 'Requirement N' boxes (bold label on its own line, the sentence below), 1-7, "
       "inside the TWO-COLUMN chapters 'Trustworthiness', 'Quality' and 'Value' after numbered paragraphs "
       "1.1-3.3; requirement 1 opens with 'To enhance trustworthiness,' and requirement 5 with 'Until the review "
       "is complete,'. Traps: the executive summary's key-finding bullets ('should be clearer') and paraphrase "
       "('In brief, the Agency must protect the independence ...', 'We have set seven requirements'), 'The "
       "Agency should have told users', the 2021 requirement quoted ('the Agency should set out the "
       "responsibilities of the Head of Profession'), a user quoted ('should not be used for anything'), section "
       "12 of the 2007 Act paraphrased ('the Board must assess'), 'we do not make a requirement about it', "
       "'Next steps' (action plan within two months). Response: the Chief Statistician's letter and an enclosed "
       "action-plan table 'Requirement | Our response | Actions and timescale' in the order 3, 7, 4+5, 1, 2: 3 "
       "'Agreed.', report published (agrees); 7 'Agreed.', CSV from June (agrees); ONE row 'Requirements 4 and "
       "5' with '4: Agreed. 5: Not agreed.': 4 external review begun (agrees) + 5 no relabelling, a caveat "
       "instead (disagrees); 1 'Partly agreed.', list published, two working days not 24 hours (partly); 2 "
       "'Noted.', a matter for the Chief Executive and the Board's organisational review (noted); 6 (consult "
       "users on a monthly release and figures by bedrooms) has no row (unanswered). Unmatched: the letter's "
       "thanks, the paragraph on the enclosed plan and the user group, the closing hope for accreditation, the "
       "'Other improvements' row.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

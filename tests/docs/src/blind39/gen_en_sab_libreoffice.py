"""Round 39 (EN): a US state SCIENCE ADVISORY BOARD peer review (EPA SAB style: transmittal letter to the
Commissioner, then 'Responses to the Charge Questions' with Tier 1 'Recommendations', Tier 2 'Suggestions' and Tier 3
'Future considerations' per charge question) answered by the Department's response MEMORANDUM organised by charge
question in another order. Seven Tier 1 recommendations, all UNNUMBERED bullets (numbered 1-7 in document order);
traps: the letter's summary of key advice, the charge questions themselves (questions from the Department), Tier 2/3
bullets, a table of candidate points of departure, the Board's 2021 recommendation quoted as implemented, findings
with 'should'. The memo answers 5 and 6 in one paragraph with different verdicts, never answers 7, and ends with a
'Next steps' section that answers nothing. LibreOffice Writer headless from HTML, US Letter; running header and page
numbers stamped with PyMuPDF. All content (Vermont Department of Environmental Stewardship, Board, people, studies,
figures, Act 118 of 2024) is invented.

Run:  /tmp/blind39en/bin/python tests/docs/src/blind39/gen_en_sab_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b39en as H

NAME = "blind39_en_sab"
WORK = "/tmp/blind39en_lo"

CSS = """<style>
@page { size: 8.5in 11in; margin: 0.9in 0.95in 0.85in 0.95in; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 7pt; }
li { margin-bottom: 4pt; }
h1 { font-family: 'Liberation Sans'; font-size: 14pt; color: #1b4f72; margin-top: 10pt; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #1b4f72; margin-top: 9pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 6pt; margin-bottom: 3pt; }
p.lh1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #1b4f72; margin-bottom: 0; }
p.lh2 { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #444444; margin-bottom: 14pt; }
p.cq { font-family: 'Liberation Sans'; font-size: 9.5pt; background: #eaf0f6; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9pt; text-align: left; background: #d6e2ee; }
p.small { font-size: 9pt; }
</style>
"""


def html(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + "\n".join(body) + "</body></html>"


ADVICE = [
    '<p class="lh1"><b>VERMONT SCIENCE ADVISORY BOARD ON ENVIRONMENTAL HEALTH</b></p>',
    '<p class="lh2">Established under Act 118 of 2024 &middot; c/o Department of Environmental Stewardship &middot; '
    '1 National Life Drive, Davis 3, Montpelier, VT 05620</p>',
    '<p>EPB-SAB-26-003</p>',
    '<p>May 21, 2026</p>',
    '<p>Commissioner Harriet Olsen-Mbeki<br>Department of Environmental Stewardship<br>1 National Life Drive<br>'
    'Montpelier, VT 05620</p>',
    '<p>Dear Commissioner Olsen-Mbeki:</p>',
    '<p>The Vermont Science Advisory Board on Environmental Health (the Board) has completed its peer review of the '
    'Department\'s <i>Draft Technical Support Document: Derivation of a Groundwater Enforcement Standard for '
    'Perfluorohexanoic Acid (PFHxA)</i>, dated January 2026. The Board met in public session in Montpelier on '
    'March 30-31, 2026 and by teleconference on April 28, 2026. Our consensus responses to the four charge '
    'questions are enclosed.</p>',
    '<p>The Board commends the Department for a clear and well-organized draft. In brief, the Board finds that the '
    'literature review is sound but out of date; that the critical effect (liver hypertrophy in rats) is '
    'appropriate but that the point of departure rests on a method the Board no longer considers best practice; '
    'and that the exposure assumptions are more protective for adults than for infants, whose intake per kilogram '
    'of body weight is several times higher. Our key advice concerns the point of departure, the uncertainty '
    'factors and the exposure scenario; the details are in the enclosed report.</p>',
    '<p>The Board asks that the Department provide a written response to the Tier 1 recommendations within 90 days. '
    'We appreciate the opportunity to assist the Department and look forward to your response.</p>',
    '<p>Sincerely,</p>',
    '<p><br>Dr. Samuel Achterberg, Chair<br>Vermont Science Advisory Board on Environmental Health</p>',
    '<p class="small">Enclosure: Consensus Responses to the Charge Questions<br>cc: Dr. Priya Castellanos, '
    'Drinking Water and Groundwater Protection Division</p>',
    '<h1 style="page-break-before: always">Consensus Responses to the Charge Questions</h1>',
    '<h2>1. Introduction</h2>',
    '<p>Under Act 118 of 2024, section 4(c), the Department must seek the Board\'s review of any technical support '
    'document used to set a groundwater enforcement standard. The draft derives a standard of 18 ng/L for PFHxA '
    'from a reference dose of 0.00032 mg/kg-day, a drinking water intake of 0.034 L/kg-day (adult, 90th '
    'percentile) and a relative source contribution of 20 percent.</p>',
    '<p>Following the convention of the U.S. Environmental Protection Agency\'s Science Advisory Board, the Board '
    'ranks its advice in three tiers: <b>Tier 1: Recommendations</b> are changes the Board considers necessary '
    'for the document to be scientifically sound; <b>Tier 2: Suggestions</b> would strengthen the document but are '
    'not essential; <b>Tier 3: Future considerations</b> are matters for later revisions or other assessments.</p>',
    '<p>In its 2021 review of the PFOA and PFOS standards, the Board recommended that &ldquo;the Department state '
    'the search strings and databases used in every literature search.&rdquo; The Board notes with appreciation '
    'that the present draft does so in Appendix A.</p>',
    '<h2>2. Charge Question 1: Literature search and study selection</h2>',
    '<p class="cq"><i>Charge Question 1: Is the literature search adequately described and up to date? Were the '
    'criteria for including and excluding studies applied consistently?</i></p>',
    '<p>The search is well described, but it ends in March 2025. At least three relevant toxicity studies have '
    'since been published, including a two-generation reproductive study in rats (Lindqvist et al., 2025). Of the '
    '412 records screened, 371 were excluded; the reasons for exclusion are given for only 58 of them. Risk of '
    'bias was assessed with the OHAT tool for human studies and with an in-house checklist for animal studies, so '
    'the two bodies of evidence cannot be compared. An exclusion reason should be recorded for every record.</p>',
    '<h3>Tier 1: Recommendations</h3>',
    '<ul><li>Extend the literature search to at least December 2025 and document the reason for excluding each '
    'study in an appendix.</li>',
    '<li>Apply a single risk-of-bias tool to both the animal and the epidemiological studies and report the '
    'rating of each study.</li></ul>',
    '<h3>Tier 2: Suggestions</h3>',
    '<ul><li>Consider adding a flow diagram of the screening process in the format of the PRISMA 2020 '
    'statement.</li></ul>',
    '<h2>3. Charge Question 2: Critical effect and point of departure</h2>',
    '<p class="cq"><i>Charge Question 2: Is the selection of liver hypertrophy in the 2019 Harlan rat study as the '
    'critical effect scientifically supported? Are the point of departure and uncertainty factors appropriate?</i></p>',
    '<p>The Board agrees that hepatocellular hypertrophy with accompanying liver weight changes is the most '
    'sensitive adverse effect. The draft takes the no-observed-adverse-effect level (NOAEL) of 3.2 mg/kg-day as '
    'the point of departure. The Board\'s own benchmark dose runs, summarized below, suggest a lower value.</p>',
    '<table width="100%" border="1" cellpadding="3" cellspacing="0">'
    '<tr><th>Candidate point of departure</th><th>Endpoint</th><th>Value (mg/kg-day)</th><th>Source</th></tr>'
    '<tr><td>NOAEL (draft)</td><td>Liver hypertrophy, males</td><td>3.2</td><td>Harlan et al., 2019</td></tr>'
    '<tr><td>BMDL10</td><td>Liver hypertrophy, males</td><td>2.1</td><td>Board analysis, BMDS 3.3</td></tr>'
    '<tr><td>BMDL10</td><td>Relative liver weight, females</td><td>4.6</td><td>Board analysis, BMDS 3.3</td></tr>'
    '<tr><td>NOAEL</td><td>Pup body weight, F1</td><td>10.0</td><td>Lindqvist et al., 2025</td></tr></table>',
    '<p>The draft applies a composite uncertainty factor of 1,000 (10 for interspecies, 10 for intraspecies and 10 '
    'for database deficiencies). With the 2025 two-generation study the database is no longer deficient with '
    'respect to reproductive and developmental effects; a full factor of 10 should not be needed.</p>',
    '<h3>Tier 1: Recommendations</h3>',
    '<ul><li>The Department should derive the point of departure by benchmark dose modeling of the liver '
    'hypertrophy data rather than from the NOAEL.</li>',
    '<li>Reduce the database uncertainty factor from 10 to 3 in light of the 2025 two-generation reproductive '
    'study.</li></ul>',
    '<h3>Tier 2: Suggestions</h3>',
    '<ul><li>Consider presenting a sensitivity table showing how the standard changes with each candidate point '
    'of departure.</li></ul>',
    '<h2>4. Charge Question 3: Exposure assumptions</h2>',
    '<p class="cq"><i>Charge Question 3: Are the drinking water intake rate and the relative source contribution '
    'appropriate for protecting Vermont residents, including sensitive life stages?</i></p>',
    '<p>The default relative source contribution (RSC) of 20 percent is the floor of the EPA Exposure Decision Tree '
    'and is used when no data are available. Data are available: the Vermont Biomonitoring Program measured PFHxA '
    'in 640 residents in 2022-2023. The draft uses adult intake only, although formula-fed infants drink about '
    'five times more water per kilogram of body weight. A standard based on adults should not be presumed to '
    'protect infants.</p>',
    '<h3>Tier 1: Recommendations</h3>',
    '<ul><li>Replace the default relative source contribution of 20 percent with a value derived from the Vermont '
    'biomonitoring data.</li>',
    '<li>Derive the standard for the drinking water intake of formula-fed infants in the first year of life, and '
    'compare it with the adult-based value.</li></ul>',
    '<h3>Tier 3: Future considerations</h3>',
    '<ul><li>As data become available, the Department may wish to assess PFHxA together with other short-chain '
    'PFAS as a mixture.</li></ul>',
    '<h2>5. Charge Question 4: Clarity and transparency</h2>',
    '<p class="cq"><i>Charge Question 4: Is the document clear and transparent? What could improve the public\'s '
    'understanding of the derivation?</i></p>',
    '<p>The document is clear for technical readers. Residents of the Bennington area, where PFAS contamination of '
    'private wells has been a public concern since 2016, will need a shorter explanation of what the number means '
    'for them.</p>',
    '<h3>Tier 1: Recommendations</h3>',
    '<ul><li>Publish a plain-language summary of the derivation and hold at least two public information meetings '
    'before the standard is proposed in rulemaking.</li></ul>',
    '<h2>6. Conclusion</h2>',
    '<p>With the Tier 1 changes, the Board expects the document to provide a sound scientific basis for the '
    'standard. The Board would welcome the opportunity to review the revised reference dose but does not consider '
    'a second full review necessary.</p>',
    '<p class="small">Board members participating: Dr. Samuel Achterberg (Chair), Dr. Leila Farooqui, Dr. Martin '
    'Oduya, Dr. Ruth Gansevoort, Dr. Thomas Beaulieu, Dr. Kimberly Sato. Designated staff: Annika Wetherall.</p>',
]

RESPONSE = [
    '<p class="lh1"><b>DEPARTMENT OF ENVIRONMENTAL STEWARDSHIP</b></p>',
    '<p class="lh2">State of Vermont &middot; Drinking Water and Groundwater Protection Division &middot; '
    '1 National Life Drive, Davis 4, Montpelier, VT 05620</p>',
    '<p><b>MEMORANDUM</b></p>',
    '<table width="100%" border="0" cellpadding="2" cellspacing="0">'
    '<tr><td width="14%"><b>TO:</b></td><td>Dr. Samuel Achterberg, Chair, Vermont Science Advisory Board on '
    'Environmental Health</td></tr>'
    '<tr><td><b>FROM:</b></td><td>Dr. Priya Castellanos, Director, Drinking Water and Groundwater Protection '
    'Division</td></tr>'
    '<tr><td><b>THROUGH:</b></td><td>Harriet Olsen-Mbeki, Commissioner</td></tr>'
    '<tr><td><b>DATE:</b></td><td>August 12, 2026</td></tr>'
    '<tr><td><b>RE:</b></td><td>Department response to the Board\'s review of the draft PFHxA technical support '
    'document (EPB-SAB-26-003)</td></tr></table>',
    '<p>Thank you for the Board\'s careful review. This memorandum sets out how the Department has responded. We '
    'begin with the point of departure and exposure, which change the standard, and then turn to the literature '
    'review. Page references are to the revised draft of August 2026, which accompanies this memorandum.</p>',
    '<h2>Point of departure and uncertainty factors (Charge Question 2)</h2>',
    '<p>The Department agrees with the Board on the method. We have re-run the dose-response analysis with '
    'benchmark dose software and now use a BMDL10 of 2.1 mg/kg-day for hepatocellular hypertrophy in male rats '
    '(revised draft, section 5.2 and Appendix D).</p>',
    '<p>We have given careful thought to the database factor. The 2025 reproductive study is a single study from '
    'one laboratory, and no immunotoxicity or developmental neurotoxicity data exist for PFHxA. The Department '
    'will therefore keep the database uncertainty factor of 10 and has added a paragraph explaining this choice '
    '(section 5.4). The revised reference dose is 0.00021 mg/kg-day.</p>',
    '<h2>Exposure assumptions (Charge Question 3)</h2>',
    '<p>On exposure, the revised draft now follows the Board in deriving the value for formula-fed infants from '
    'birth to 12 months, using an intake of 0.150 L/kg-day; this scenario drives the standard. As to the relative '
    'source contribution, the Vermont biomonitoring sample did not include children and drew 71 percent of '
    'participants from two counties. We have used it to raise the relative source contribution to 30 percent for '
    'adults, but kept the 20 percent default for the infant scenario until '
    'data on Vermont children are available. The resulting standard is 7 ng/L.</p>',
    '<h2>Literature review (Charge Question 1)</h2>',
    '<p>The Department had already updated the search when the Board met. The search now runs to January 31, '
    '2026, and Appendix B lists every excluded record with its reason for exclusion.</p>',
    '<p>The Board\'s point about a common risk-of-bias tool is well taken. Our current assessment methods handbook '
    'prescribes different tools for human and animal evidence, and changing it affects all of our assessments. We '
    'will consider the question when the handbook is next revised, which is scheduled for 2027.</p>',
    '<h2>Next steps</h2>',
    '<p>The revised document and this memorandum will be posted on the Department\'s website on August 19, 2026. '
    'The Department intends to file the proposed rule with the Interagency Committee on Administrative Rules in '
    'October 2026, followed by the 60-day comment period required under the Administrative Procedure Act.</p>',
    '<p>Please contact me at (802) 555-0147 if the Board has any questions.</p>',
    '<p class="small">Attachment: Revised Draft Technical Support Document, August 2026<br>cc: Annika Wetherall, '
    'Board staff</p>',
]


def convert(body, stem, header, footer, skip_first=False):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/blind39en_lo/profile", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "EPB-SAB-26-003  |  SAB Review of the Draft PFHxA Technical Support Document",
            "Page {n} of {N}", skip_first=True)
    convert(RESPONSE, "response", "Department response to EPB-SAB-26-003  |  August 12, 2026", "{n}",
            skip_first=True)
    recs = [
        {"number": "1", "starts_with": "Extend the literature search to at least December 2025 and",
         "reply_contains": "The Department had already updated the search when the Board met",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Apply a single risk-of-bias tool to both the animal",
         "reply_contains": "We will consider the question when the handbook is next revised",
         "verdict": "noted"},
        {"number": "3", "starts_with": "The Department should derive the point of departure by benchmark",
         "reply_contains": "now use a BMDL10 of 2.1 mg/kg-day for hepatocellular hypertrophy",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Reduce the database uncertainty factor from 10 to 3",
         "reply_contains": "will therefore keep the database uncertainty factor of 10",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "Replace the default relative source contribution of 20 percent with",
         "reply_contains": "raise the relative source contribution to 30 percent for adults",
         "verdict": "partly"},
        {"number": "6", "starts_with": "Derive the standard for the drinking water intake of formula-fed infants",
         "reply_contains": "deriving the value for formula-fed infants from birth to 12 months",
         "verdict": "agrees"},
        {"number": "7", "starts_with": "Publish a plain-language summary of the derivation and hold at",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["intends to file the proposed rule with the Interagency Committee"]
    notes = ("US state science advisory board peer review (EPA SAB style) answered by the Department's response "
             "memorandum (invented Vermont Science Advisory Board on Environmental Health and Department of "
             "Environmental Stewardship; LibreOffice headless from HTML, US Letter, letterhead, stamped running "
             "header and 'Page n of N'). Advice: transmittal letter to the Commissioner, then 'Consensus Responses "
             "to the Charge Questions' with per charge question a shaded charge question (a question FROM the "
             "Department, not a recommendation), findings, and tiered bullet lists. The seven recommendations are "
             "the UNNUMBERED bullets under 'Tier 1: Recommendations' (two under CQ1, two under CQ2, two under CQ3, "
             "one under CQ4), numbered 1-7 in document order; six imperatives, one 'The Department should ...'. "
             "Traps: the letter's summary ('Our key advice concerns ...') and its request for a response within 90 "
             "days, the tier definitions, 'Tier 2: Suggestions' bullets ('Consider adding a flow diagram', 'Consider "
             "presenting a sensitivity table') and a 'Tier 3: Future considerations' bullet, the Board's 2021 "
             "recommendation quoted as implemented, findings with 'should' ('An exclusion reason should be "
             "recorded', 'a full factor of 10 should not be needed', 'should not be presumed to protect infants'), "
             "a table of candidate points of departure, Act 118 of 2024 section 4(c), the conclusion's wish to "
             "review the revised reference dose. Response: memorandum (TO/FROM/THROUGH/DATE/RE) with headings by "
             "charge question in the order CQ2, CQ3, CQ1, then 'Next steps': BMDL10 adopted (3 agrees); database "
             "factor of 10 kept (4 disagrees); ONE paragraph on exposure: infant scenario adopted (6 agrees) and "
             "biomonitoring used to raise the RSC to 30 percent for adults only, default kept for infants (5 partly); "
             "search already updated to January 2026 with exclusion reasons (1 agrees, 'already doing'); common "
             "risk-of-bias tool to be considered in the 2027 handbook revision (2 noted); 7 (plain-language summary "
             "and public meetings) never mentioned (unanswered). 'Next steps' (posting, filing the proposed rule) "
             "answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

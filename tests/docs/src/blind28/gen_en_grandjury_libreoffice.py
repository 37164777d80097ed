"""Round 28 (EN): California-style civil grand jury report with Findings F1-F6 and Recommendations R1-R5
and the Board of Supervisors' response under Penal Code section 933.05 (a two-column table answering
findings AND recommendations). LibreOffice Writer headless from HTML
(--infilter="HTML (StarWriter)"; two-column section via <multicol>, Writer footnotes); header and page numbers
stamped with PyMuPDF. All content (county, people, figures) invented.

Run:  /tmp/blind28en/bin/python tests/docs/src/blind28/gen_en_grandjury_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b28en as H

NAME = "blind28_en_grandjury"
WORK = "/tmp/blind28en_lo"

CSS = """<style>
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: left; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; color: #7a4b00; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #7a4b00; margin-top: 12pt; margin-bottom: 5pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 8pt; margin-bottom: 4pt; }
p.fr { margin-left: 0.5in; text-indent: -0.5in; }
p.small { font-size: 9pt; }
td { font-family: 'Liberation Serif'; font-size: 10pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 10pt; background: #e9dcc5; text-align: left; }
</style>
"""


def fn_anchor(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym">'
            f'<sup>{n}</sup></a>')


def fn_body(n, text):
    return (f'<div id="sdfootnote{n}"><p class="small"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def FR(code, text):
    return f'<p class="fr"><b>{code}.</b>&#9;{text}</p>'


ADVICE = [
    '<p style="text-align:center"><b>2024&#8211;2025 DEL ORO COUNTY CIVIL GRAND JURY</b></p>',
    '<h1 style="text-align:center">Waiting on the Line: 911 Call Answering in Del Oro County</h1>',
    '<p style="text-align:center">Report No. 2425-07 &#183; Filed June 12, 2025</p>',
    '<h2>SUMMARY</h2>',
    '<p>When a resident of Del Oro County dials 911, the call is answered by the County Emergency Communications Center '
    '(ECC) in Marbury. In 2024 the ECC answered only 71 percent of 911 calls within 15 seconds, well below the state '
    'standard of 90 percent. Some callers waited more than two minutes. The Grand Jury investigated why, and found a '
    'center that has lost a third of its experienced dispatchers in three years, relies heavily on mandatory overtime, '
    'and still works with a computer-aided dispatch system that its own staff describe as unreliable.</p>',
    '<p>The Grand Jury makes five recommendations to the Board of Supervisors and the Sheriff-Coroner.</p>',
    '<h2>BACKGROUND</h2>',
    '<multicol cols="2" gutter="24">',
    '<p>The ECC was created in 2011 by merging the dispatch centers of the Sheriff and the County Fire Department. It '
    'answers 911 calls for the unincorporated county and the cities of Marbury and Los Ramos, about 214,000 calls a '
    'year. It is a division of the County Department of General Services.' + fn_anchor(1) + '</p>',
    '<p>The ECC is budgeted for 58 dispatchers. On January 1, 2025, 39 positions were filled. Dispatchers work '
    'twelve-hour shifts, and in 2024 the ECC paid 41,300 hours of overtime, 62 percent of it mandatory.</p>',
    '<h3>Methodology</h3>',
    '<p>The Grand Jury interviewed 23 people, including dispatchers, supervisors, the ECC manager, the Director of '
    'General Services and the Sheriff-Coroner. It reviewed call data for 2022 to 2024, budget documents, exit '
    'interviews and the 2019 consultant\'s report on the dispatch system. Jurors also observed two night shifts.</p>',
    '<h3>Discussion</h3>',
    '<p>Dispatchers told the Grand Jury that starting pay at the ECC is $6.40 an hour below that of the neighboring '
    'Cielo County center, and that many trainees leave for Cielo within two years. Of 31 dispatchers hired since 2021, '
    '17 have left. Training a new dispatcher takes about nine months.</p>',
    '<p>The computer-aided dispatch (CAD) system was installed in 2008. It failed on 14 occasions in 2024, forcing '
    'dispatchers to record calls on paper cards. The 2019 consultant\'s report recommended that the County "replace the '
    'CAD system no later than 2022." The replacement has been deferred in three budget cycles.</p>',
    '<p>Callers from the Sheriff\'s non-emergency line are routed to the same dispatchers, adding about 38,000 calls a '
    'year. The Sheriff-Coroner told the Grand Jury that the non-emergency line could be answered by records staff at the '
    'Sheriff\'s office during business hours.</p>',
    '</multicol>',
    '<h2>FINDINGS</h2>',
    FR("F1", "The ECC did not meet the state standard of answering 90 percent of 911 calls within 15 seconds in any "
             "month of 2024."),
    FR("F2", "Vacancies and the loss of trained dispatchers to neighboring agencies are the main cause of the ECC\'s "
             "slow answering times."),
    FR("F3", "Starting pay for ECC dispatchers is not competitive with that of comparable agencies in the region."),
    FR("F4", "Heavy use of mandatory overtime is contributing to fatigue and to dispatchers leaving the ECC."),
    FR("F5", "The ECC\'s computer-aided dispatch system is past the end of its useful life and fails too often."),
    FR("F6", "Routing the Sheriff\'s non-emergency line to ECC dispatchers diverts them from answering 911 calls."),
    '<h2>RECOMMENDATIONS</h2>',
    FR("R1", "By October 1, 2025, the Board of Supervisors should direct the Human Resources Department to complete "
             "a salary survey of dispatcher classifications in comparable agencies."),
    FR("R2", "By January 1, 2026, the Board of Supervisors should adjust dispatcher pay to at least the median of the "
             "comparable agencies identified in the survey."),
    FR("R3", "By December 31, 2025, the Director of General Services should adopt a policy limiting mandatory overtime "
             "to no more than two shifts per dispatcher per month."),
    FR("R4", "The Board of Supervisors should include funding for a replacement computer-aided dispatch system in the "
             "fiscal year 2026&#8211;27 budget."),
    FR("R5", "By September 30, 2025, the Sheriff-Coroner should move the answering of the non-emergency line to "
             "Sheriff\'s office staff during business hours."),
    '<h2>COMMENDATION</h2>',
    '<p>The Grand Jury commends the ECC\'s dispatchers and supervisors, who continue to provide a vital service under '
    'difficult conditions.</p>',
    '<h2>REQUIRED RESPONSES</h2>',
    '<p>Pursuant to Penal Code sections 933 and 933.05, the Grand Jury requests responses as follows:' + fn_anchor(2) + '</p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><th>Respondent</th><th>Findings</th><th>Recommendations</th><th>Due</th></tr>'
    '<tr><td>Del Oro County Board of Supervisors</td><td>F1&#8211;F5</td><td>R1, R2, R3, R4</td><td>90 days</td></tr>'
    '<tr><td>Del Oro County Sheriff-Coroner</td><td>F2, F6</td><td>R5</td><td>60 days</td></tr>'
    '</table>',
    '<p class="small">Reports issued by the Civil Grand Jury do not identify individuals interviewed. Penal Code section '
    '929 requires that reports of the Grand Jury not contain the name of any person or facts leading to the identity of '
    'any person who provides information to the Grand Jury.</p>',
    fn_body(1, 'Del Oro County Ordinance No. 1187 (2011), establishing the Emergency Communications Center.'),
    fn_body(2, 'Responses are to be sent to the Presiding Judge of the Del Oro County Superior Court, 400 Court Street, '
               'Marbury, with a copy to the Grand Jury.'),
]


def row(left, right):
    return f'<tr><td width="38%">{left}</td><td width="62%">{right}</td></tr>'


RESPONSE = [
    '<p style="text-align:center"><b>BOARD OF SUPERVISORS<br/>COUNTY OF DEL ORO</b><br/>1200 Mission Avenue, Marbury</p>',
    '<p>August 26, 2025</p>',
    '<p>Honorable Teresa Villanueva<br/>Presiding Judge of the Superior Court<br/>County of Del Oro</p>',
    '<p><b>Re: Response to Grand Jury Report No. 2425-07, "Waiting on the Line: 911 Call Answering in Del Oro '
    'County"</b></p>',
    '<p>Dear Judge Villanueva:</p>',
    '<p>The Board of Supervisors has reviewed the above report and, at its meeting of August 19, 2025, approved the '
    'response below as required by Penal Code section 933(c). The Board thanks the members of the Grand Jury for their '
    'work and shares their appreciation of the County\'s dispatchers. For each finding the Board states whether it agrees '
    'or disagrees; for each recommendation it states its response in the form set out in Penal Code section 933.05(b).</p>',
    '<table width="100%" border="1" cellpadding="5" cellspacing="0">',
    '<tr><th>Finding / Recommendation</th><th>Board of Supervisors response</th></tr>',
    row('<b>F1</b>', 'The Board agrees with the finding. Answering times improved to 79 percent in June 2025 but remain '
        'below the standard.'),
    row('<b>F2</b>', 'The Board agrees with the finding.'),
    row('<b>F3</b>', 'The Board disagrees partially with the finding. Pay is below that of Cielo County, but is comparable '
        'with most other agencies in the region once the County\'s pension contributions are included.'),
    row('<b>F4</b>', 'The Board agrees with the finding.'),
    row('<b>F5</b>', 'The Board agrees with the finding. Staff have confirmed that the vendor will end support for the '
        'current system in 2027.'),
    row('<b>R1</b>', 'The recommendation has been implemented. Human Resources completed a classification and '
        'compensation study of dispatcher positions in eight agencies in July 2025, and it was presented to the Board '
        'on August 5, 2025.'),
    row('<b>R2</b>', 'The recommendation will be implemented in part. On August 19, 2025, the Board approved a 7.5 '
        'percent increase in dispatcher pay from October 1, 2025, which brings starting pay to within 3 percent of the '
        'median. A further increase to the median will be subject to negotiation with the bargaining unit in the next '
        'memorandum of understanding, and the Board cannot commit to its outcome.'),
    row('<b>R3</b>', 'The recommendation will not be implemented because it is not reasonable. While vacancies remain, '
        'a fixed limit on mandatory overtime would leave positions on the floor unfilled. The Director of General '
        'Services will instead report to the Board every quarter on overtime hours per dispatcher.'),
    row('<b>R4</b>', 'The recommendation requires further analysis. The Department of General Services is preparing a '
        'needs assessment and cost estimate for a replacement system, jointly with the cities of Marbury and Los Ramos, '
        'which will be presented to the Board by February 2026, within six months of this response, as Penal Code '
        'section 933.05(b)(3) requires. Whether funding is included in the 2026&#8211;27 budget will be decided then.'),
    row('<b>R5</b>', 'The recommendation is directed to the Sheriff-Coroner, an independently elected official, who will '
        'respond to the Grand Jury separately. The Board has no authority over the Sheriff\'s staffing of the '
        'non-emergency line.'),
    '</table>',
    '<h3>Additional information</h3>',
    '<p>Since the report was filed, the ECC has started a recruitment campaign with the Del Oro Community College '
    'public safety program, and eleven trainees began the academy in July 2025.</p>',
    '<p>Sincerely,</p>',
    '<p>Raymond Okafor<br/>Chair, Board of Supervisors</p>',
]


def html(body, title):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + title + "</title>" + CSS +
            "</head><body>" + "\n".join(body) + "</body></html>")


def convert(body, stem, header):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, header))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer="Page {n} of {N}", skip_first=True,
            fontfile=H.clean_font("LiberationSerif-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "2024-2025 Del Oro County Civil Grand Jury  |  Waiting on the Line")
    convert(RESPONSE, "response", "County of Del Oro  |  Response to Grand Jury Report No. 2425-07")
    recs = [
        {"number": "R1", "starts_with": "By October 1, 2025, the Board of Supervisors should direct",
         "reply_contains": "completed a classification and compensation study of dispatcher positions",
         "verdict": "agrees"},
        {"number": "R2", "starts_with": "By January 1, 2026, the Board of Supervisors should adjust",
         "reply_contains": "the Board cannot commit to its outcome", "verdict": "partly"},
        {"number": "R3", "starts_with": "By December 31, 2025, the Director of General Services should",
         "reply_contains": "a fixed limit on mandatory overtime would leave positions", "verdict": "disagrees"},
        {"number": "R4", "starts_with": "The Board of Supervisors should include funding for a replacement",
         "reply_contains": "Whether funding is included in the 2026-27 budget will be decided then".replace("-", "\u2013"),
         "verdict": "noted"},
        {"number": "R5", "starts_with": "By September 30, 2025, the Sheriff-Coroner should move the answering",
         "reply_contains": "an independently elected official, who will respond", "verdict": "noted",
         "also": ["unanswered"]},
    ]
    unmatched = ["remain below the standard", "disagrees partially with the finding",
                 "eleven trainees began the academy in July 2025"]
    notes = ("California-style civil grand jury report (LibreOffice Writer from HTML, A4, centred title block, "
             "Background and Discussion in a TWO-COLUMN section, Writer footnotes, 'Required responses' table; stamped "
             "header and 'Page N of M' from page 2) and the Board of Supervisors' Penal Code section 933.05 response. "
             "Advice: hanging 'F1.'-'F6.' findings (statements, not recommendations) directly before 'R1.'-'R5.' "
             "recommendations, four of which start with a deadline ('By October 1, 2025, ...'); a 2019 consultant's "
             "recommendation quoted in the Discussion and a Commendation are traps; the Required responses table "
             "lists codes only. Response: a covering letter, then ONE two-column table 'Finding / Recommendation | "
             "Board of Supervisors response' answering F1-F5 and R1-R5 in code order; "
             "statutory formulas: 'has been implemented' (R1 agrees), 'will be implemented in part' + cannot commit "
             "(R2 partly), 'will not be implemented because it is not reasonable' (R3 disagrees), 'requires further "
             "analysis' with a six-month report (R4 noted), R5 'directed to the Sheriff-Coroner ... who will respond "
             "separately' (noted: a matter for someone else; or unanswered). Replies to findings F1 and F3 and the "
             "'Additional information' section answer no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()

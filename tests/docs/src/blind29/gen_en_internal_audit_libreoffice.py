"""Round 29 (EN): university internal audit report to the Audit and Risk Committee (recommendations with year codes
R/2025/031-036 in a detailed findings table over a page break) and management's response paper to the Committee
(by theme, another order, two recommendations in one section, status matrix at the end). LibreOffice Writer
headless from HTML (--infilter="HTML (StarWriter)"); header and page numbers stamped with PyMuPDF. All content
(university, firm, people, figures) invented.

Run:  /tmp/blind29en/bin/python tests/docs/src/blind29/gen_en_internal_audit_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b29en as H

NAME = "blind29_en_internal_audit"
WORK = "/tmp/blind29en_lo"

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 17pt; color: #5b2a86; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12.5pt; color: #5b2a86; margin-top: 12pt; margin-bottom: 5pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9pt; background: #e6dcf0; text-align: left; }
p.small { font-size: 8.5pt; }
</style>
"""


def html(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + "\n".join(body) + "</body></html>"


def row(*cells, head=False):
    tag = "th" if head else "td"
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


FINDINGS = [
    ("R/2025/031",
     "<b>Approval of purchase orders.</b> In 14 of 40 purchase orders tested (35%), the order was raised by a "
     "school administrator and issued before the principal investigator (PI) had approved it. In three cases the "
     "goods were not eligible under the funder's terms and had to be moved to school budgets.<br/><i>Risk:</i> "
     "ineligible expenditure is charged to grants and disallowed at audit by the funder.",
     "Ensure that every purchase order charged to a research grant is approved by the principal investigator or a "
     "nominated delegate before it is issued.", "High"),
    ("R/2025/032",
     "<b>Staff time charged to grants.</b> Salary costs are charged to grants on the basis of the costing at "
     "award. There is no check against timesheets. For 6 of 15 research staff tested, the time charged differed "
     "from the timesheet by more than 20%.<br/><i>Risk:</i> over- or under-recovery of staff costs; funder clawback.",
     "Introduce a monthly reconciliation of staff time charged to each grant against approved timesheets, with "
     "differences above 10% reported to the PI.", "High"),
    ("R/2025/033",
     "<b>Closed grants.</b> At 31 May 2025, 58 grants that had ended more than 90 days earlier still had open "
     "balances, totalling a net deficit of &#163;412,000.<br/><i>Risk:</i> deficits fall on the University's "
     "unrestricted reserves.",
     "Require Schools to review and clear the balances of grants that ended more than 90 days earlier, and "
     "report the position quarterly to the Research Committee.", "Medium"),
    ("R/2025/034",
     "<b>Procedures.</b> The Research Finance Procedures Manual was last revised in 2019 and does not reflect the "
     "new purchasing system introduced in 2023.<br/><i>Risk:</i> staff follow out-of-date procedures.",
     "Update the Research Finance Procedures Manual to reflect current systems and publish it on the staff "
     "intranet.", "Low"),
    ("R/2025/035",
     "<b>Knowledge of funder rules.</b> Interviews with 12 grant holders and 6 school research administrators "
     "showed limited knowledge of funder eligibility rules, especially for equipment and overseas travel.<br/>"
     "<i>Risk:</i> ineligible expenditure, as in R/2025/031.",
     "Provide mandatory training on funder eligibility rules for all grant holders and school research "
     "administrators, repeated every two years.", "Medium"),
    ("R/2025/036",
     "<b>Overhead recovery model.</b> Indirect and estates costs are calculated in a spreadsheet maintained by one "
     "member of staff, with no version control or independent review.<br/><i>Risk:</i> errors in full economic "
     "costing; key-person dependency.",
     "Replace the spreadsheet overhead recovery model with a controlled module in the finance system, with "
     "independent review of the annual rates.", "Medium"),
]

ADVICE = [
    '<p class="small">UNIVERSITY OF CARRICK &#8211; INTERNAL AUDIT SERVICE (provided by Hallam Kerr LLP)</p>',
    '<h1>Research Grant Expenditure Controls</h1>',
    '<p>Internal Audit Report IA 2025/07 &#8211; Final report</p>',
    '<table border="1" cellpadding="4" cellspacing="0" width="100%">',
    row("Audit sponsor", "Chief Financial Officer"),
    row("Key contacts", "Director of Research Services; Head of Research Finance"),
    row("Fieldwork", "12 May &#8211; 6 June 2025"),
    row("Draft issued / final issued", "27 June 2025 / 8 September 2025"),
    row("Distribution", "Audit and Risk Committee; Vice-Principal (Research); Chief Operating Officer"),
    '</table>',
    '<h2>1. Executive summary</h2>',
    '<h3>1.1 Background</h3>',
    '<p>The University holds 1,140 live research grants with a total award value of &#163;286 million. Research '
    'expenditure in 2024/25 was &#163;71.3 million, of which 58% was funded by UK Research and Innovation and 19% by '
    'charities. Grant expenditure is initiated in Schools and controlled by the Research Finance team within '
    'Research Services. This review was part of the 2024/25 internal audit plan approved by the Committee in '
    'June 2024.</p>',
    '<h3>1.2 Assurance opinion</h3>',
    '<table border="1" cellpadding="6" cellspacing="0" width="100%" bgcolor="#f3eef8"><tr><td>'
    '<p><b>Limited assurance.</b> There are weaknesses in the design and operation of the controls over the '
    'approval of grant expenditure and the charging of staff time which put the achievement of the objectives '
    'of this area at risk.</p></td></tr></table>',
    '<p></p>',
    '<h3>1.3 Summary of recommendations</h3>',
    '<table border="1" cellpadding="4" cellspacing="0" width="60%">',
    row("Priority", "Number", head=True),
    row("High", "2"), row("Medium", "3"), row("Low", "1"),
    '</table>',
    '<p class="small">High: action required within three months. Medium: within six months. Low: within twelve '
    'months.</p>',
    '<h3>1.4 Good practice</h3>',
    '<p>We noted good practice in the pre-award costing process: every application is costed by Research Finance '
    'and signed off by the Head of School before submission. The new grant dashboard, launched in March 2025, is '
    'valued by PIs.</p>',
    '<h3>1.5 Follow-up of previous audit</h3>',
    '<p>Our 2022 review of research grants (IA 2022/04) recommended that "the University should introduce '
    'documented checks on the eligibility of expenditure before grant claims are submitted". Management reported '
    'this action as complete in March 2023, and our testing confirmed that the check is performed.</p>',
    '<h2>2. Detailed findings and recommendations</h2>',
    '<p>The findings below are set out in the order of the process, from commitment of expenditure to closure of '
    'the grant. Management responses will be presented to the Committee separately.</p>',
    '<table border="1" cellpadding="4" cellspacing="0" width="100%">',
    '<col width="78"/><col width="250"/><col width="190"/><col width="52"/>',
    '<thead>' + row("Ref", "Finding and risk", "Recommendation", "Priority", head=True) + '</thead><tbody>',
] + [row(r, f, rec, p) for r, f, rec, p in FINDINGS] + [
    '</tbody></table>',
    '<h2>3. Scope and approach</h2>',
    '<p>We reviewed the policies and procedures for post-award grant management, interviewed 24 members of staff, '
    'and tested a sample of 40 purchase orders, 15 staff cost allocations and all grants that ended between '
    '1 August 2024 and 28 February 2025. The review did not cover pre-award activities, research contracts with '
    'industry or the University\'s subsidiary companies.</p>',
    '<h3>Limitations</h3>',
    '<p>Our work is not designed to identify all weaknesses that may exist. Responsibility for a sound system of '
    'internal control rests with management.</p>',
    '<p class="small">Hallam Kerr LLP, Internal Auditors to the University of Carrick. This report is confidential '
    'and prepared for the University only.</p>',
]

RESPONSE = [
    '<p class="small">UNIVERSITY OF CARRICK &#8211; AUDIT AND RISK COMMITTEE &#8211; 20 NOVEMBER 2025 &#8211; '
    'PAPER ARC/25/41</p>',
    '<h1>Management response to Internal Audit report IA 2025/07: Research Grant Expenditure Controls</h1>',
    '<table border="1" cellpadding="4" cellspacing="0" width="100%">',
    row("Presented by", "Dr Fiona Lennox, Director of Research Services, and Graham Osei, Chief Financial Officer"),
    row("Purpose", "For discussion and approval"),
    row("Action requested", "The Committee is asked to approve the management responses and target dates below."),
    '</table>',
    '<h2>1. Introduction</h2>',
    '<p>1.1 Management accepts the Limited assurance opinion given by the internal auditors and thanks Hallam Kerr '
    'for a constructive review. This paper sets out our response to the six recommendations. We have taken them by '
    'theme, starting with the two that carry the greatest financial risk; a summary matrix is at section 6.</p>',
    '<h2>2. Controls over committing expenditure and staff costs</h2>',
    '<p>2.1 <b>R/2025/032 (staff time).</b> Agreed. The reconciliation of salary charges to timesheets will be '
    'performed by Research Finance each month, starting with the January 2026 payroll, and exceptions above 10% '
    'will be sent to the PI and the School Research Manager.</p>',
    '<p>2.2 <b>R/2025/031 (approval of purchase orders).</b> Agreed and complete. Since 1 October 2025 the '
    'purchasing system will not release an order coded to a grant until the PI or a named delegate has approved '
    'it in the workflow. We ask the Committee to treat this action as closed.</p>',
    '<h2>3. Guidance and training</h2>',
    '<p>3.1 <b>R/2025/034 and R/2025/035.</b> Management agrees with the first of these two recommendations: a '
    'revised manual has been drafted and will be published on the intranet by 31 March 2026.</p>',
    '<p>3.2 On training, we agree that school research administrators should complete funder eligibility '
    'training, and this will be mandatory for them from February 2026. We do not propose to make the training '
    'mandatory for academic grant holders, given the number of competing mandatory modules; instead a short '
    'guide will be sent to each PI when a new award is set up. This recommendation is therefore partly agreed.</p>',
    '<h2>4. Financial systems</h2>',
    '<p>4.1 <b>R/2025/036 (overhead recovery model).</b> Management notes this recommendation. Whether the '
    'overhead model can be moved into the finance system depends on the scope of the Finance System Replacement '
    'Programme, which will be decided by the University Executive Board in spring 2026. In the meantime the Head of '
    'Research Finance will review the spreadsheet each year before the rates are applied.</p>',
    '<h2>5. Closure of grants</h2>',
    '<p>5.1 <b>R/2025/033 (closed grants).</b> Not agreed. Clearing balances on ended grants is already a '
    'central task of Research Finance, which reports the position to the Research Committee each term. '
    'Transferring the task to Schools would spread it across eleven administrators with little accounting '
    'experience. Research Finance will instead clear the backlog of 58 grants by 31 January 2026.</p>',
    '<h2>6. Summary matrix</h2>',
    '<table border="1" cellpadding="4" cellspacing="0" width="100%">',
    '<col width="80"/><col width="55"/><col width="140"/><col width="160"/><col width="120"/>',
    '<thead>' + row("Ref", "Priority", "Management response", "Owner", "Target date", head=True) + '</thead><tbody>',
    row("R/2025/031", "High", "Agreed &#8211; complete", "Head of Procurement", "1 October 2025"),
    row("R/2025/032", "High", "Agreed", "Head of Research Finance", "31 January 2026"),
    row("R/2025/033", "Medium", "Not agreed", "&#8211;", "&#8211;"),
    row("R/2025/034", "Low", "Agreed", "Director of Research Services", "31 March 2026"),
    row("R/2025/035", "Medium", "Partly agreed", "Director of Research Services", "28 February 2026"),
    row("R/2025/036", "Medium", "Noted", "Chief Financial Officer", "Spring 2026 (decision)"),
    '</tbody></table>',
    '<h2>7. Related matter: payments to overseas collaborators</h2>',
    '<p>7.1 During the audit, Research Services identified delays in payments to overseas collaborating '
    'institutions under subcontracts. This was outside the scope of IA 2025/07. Management has asked the internal '
    'auditors to include overseas subcontract payments in the 2026/27 internal audit plan.</p>',
]


def convert(body, stem, header):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer="Page {n} of {N}", skip_first=False,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "University of Carrick  |  Internal Audit  |  IA 2025/07 Research Grant Expenditure "
                              "Controls  |  Confidential")
    convert(RESPONSE, "response", "Audit and Risk Committee, 20 November 2025  |  Paper ARC/25/41")
    recs = [
        {"number": "R/2025/031", "starts_with": "Ensure that every purchase order charged to a research grant",
         "reply_contains": "will not release an order coded to a grant", "verdict": "agrees"},
        {"number": "R/2025/032", "starts_with": "Introduce a monthly reconciliation of staff time charged to each",
         "reply_contains": "starting with the January 2026 payroll", "verdict": "agrees"},
        {"number": "R/2025/033", "starts_with": "Require Schools to review and clear the balances of grants",
         "reply_contains": "would spread it across eleven administrators", "verdict": "disagrees"},
        {"number": "R/2025/034", "starts_with": "Update the Research Finance Procedures Manual to reflect current systems",
         "reply_contains": "a revised manual has been drafted", "verdict": "agrees"},
        {"number": "R/2025/035", "starts_with": "Provide mandatory training on funder eligibility rules for all",
         "reply_contains": "do not propose to make the training mandatory", "verdict": "partly"},
        {"number": "R/2025/036", "starts_with": "Replace the spreadsheet overhead recovery model with a controlled",
         "reply_contains": "depends on the scope of the Finance System Replacement", "verdict": "noted"},
    ]
    unmatched = ["include overseas subcontract payments in the 2026/27 internal audit plan"]
    notes = ("University internal audit report (LibreOffice Writer from HTML, A4, stamped running header and 'Page N of "
             "M'): report details table, shaded assurance-opinion box, priority count table, good-practice and "
             "follow-up paragraphs (a 2022 recommendation quoted: trap), then ONE detailed findings table 'Ref | "
             "Finding and risk | Recommendation | Priority' running over a page break, the six recommendations coded "
             "R/2025/031-036 in the third column (imperatives, no 'we recommend'). Response: management paper to the "
             "Audit and Risk Committee, numbered paragraphs 1.1-7.1, replies by theme in another order (032, 031, "
             "034+035, 036, 033) with bold code labels: 032 'Agreed' with a date, 031 'Agreed and complete', ONE "
             "paragraph label 'R/2025/034 and R/2025/035' answered as 'the first of these two' (agrees) and 'On "
             "training' in the next paragraph (partly), 036 'notes' - depends on a later Executive Board decision "
             "(noted), 033 'Not agreed' (disagrees); a summary status matrix repeats all six codes; section 7 "
             "(overseas collaborators) answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 45 (EN): a US school district's internal audit report to the Audit Committee of the Board of Education
('Audit Report No. 2026-03: Student Activity Funds at Secondary Schools', Riverbend Unified School District, Office
of Internal Audit): transmittal block, executive summary with a 'What we found' sidebar, background table of fund
balances by school, and findings 1-4 each in Criteria / Condition / Cause / Effect form with a risk rating and
recommendations numbered 1.1, 1.2, 2.1, 3.1, 3.2, 4.1 in bordered boxes (the criteria quote Board Policy 3452 'shall'
and a 2023 audit's still-open recommendation); answered by the Chief Business Official's management response
memorandum (TO / FROM / DATE / RE) with 'Management response: Agree / Partially agree / Disagree' labels, corrective
action, responsible person and target date, in another order, one block covering two recommendations and a block
on a prior audit. Chromium headless --print-to-pdf, US Letter, cleaned Liberation fonts, ligatures off; header and
'Page N of M' stamped with PyMuPDF. All content (district, people, schools, figures) is invented.

Run:  /tmp/blind45en/bin/python tests/docs/src/blind45/gen_en_school_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b45en as H

NAME = "blind45_en_school"
TMP = "/tmp/b45en/school"

R = {"1.1": "Business Services should require school bookkeepers to deposit cash receipts within two business "
            "days of collection, as Board Policy 3452 requires.",
     "1.2": "Business Services should provide annual cash-handling training to all student activity bookkeepers "
            "and club advisors, and keep a record of attendance.",
     "2.1": "Site principals should ensure that every student activity expenditure is approved in club minutes "
            "signed by a student officer before payment is made.",
     "3.1": "Business Services should close the 41 inactive student activity accounts and transfer their balances "
            "to each school's general student body account.",
     "3.2": "The District should replace the schools' standalone student activity accounting software with the "
            "student activity module of the District's ERP system.",
     "4.1": "The Superintendent should designate a district-level position with responsibility for monitoring "
            "student activity funds at all secondary schools."}


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;}
h1 {font-size: 18pt; color: #5b2a86; margin: 2pt 0 4pt 0;}
h2 {font-size: 12.5pt; color: #5b2a86; margin: 12pt 0 4pt 0; border-bottom: 1px solid #5b2a86;}
h3 {font-size: 10.5pt; margin: 8pt 0 3pt 0;}
p {margin: 0 0 6pt 0;}
.band {background: #5b2a86; color: white; padding: 8pt 10pt; margin-bottom: 10pt;}
.two {display: flex; gap: 14pt;}
.two .main {flex: 2;}
.two .side {flex: 1; background: #efe8f5; padding: 6pt 8pt; font-size: 9pt;}
.side ul {padding-left: 12pt; margin: 2pt 0;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 2pt 0;}
th {background: #e4dcec; text-align: left; padding: 3pt 5pt; border: 1px solid #8a7a9a;}
td {border: 1px solid #8a7a9a; padding: 3pt 5pt;}
td.num {text-align: right;}
.cap {font-size: 8.5pt; margin-bottom: 8pt;}
.ccce b {display: inline-block; width: 62pt;}
.rec {break-inside: avoid; border: 1.5px solid #5b2a86; padding: 5pt 8pt; margin: 6pt 0 10pt 0;}
.risk {float: right; font-size: 8.5pt; border: 1px solid #999; padding: 1pt 5pt;}
.memo {font-family: LR; font-size: 11pt;}
.memo td {border: none; padding: 1pt 6pt 1pt 0; font-size: 11pt;}
.memo h4 {font-family: LS; font-size: 10.5pt; margin: 12pt 0 3pt 0;}
.lbl {font-family: LS; font-weight: bold;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: Letter; margin: 22mm 22mm 22mm 22mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def rec(k):
    return "<div class='rec'><b>Recommendation %s</b><br>%s</div>" % (k, R[k])


def finding(n, title, risk, crit, cond, cause, effect, recs):
    return ("<h3>Finding %d: %s <span class='risk'>Risk rating: %s</span></h3>" % (n, title, risk)
            + "<div class='ccce'><p><b>Criteria</b> %s</p><p><b>Condition</b> %s</p><p><b>Cause</b> %s</p>"
              "<p><b>Effect</b> %s</p></div>" % (crit, cond, cause, effect)
            + "".join(rec(k) for k in recs))


def advice():
    b = ["<div class='band'><div style='font-size:9.5pt'>RIVERBEND UNIFIED SCHOOL DISTRICT | OFFICE OF INTERNAL "
         "AUDIT</div><div style='font-size:19pt; font-weight:bold; margin-top:4pt'>Student Activity Funds at "
         "Secondary Schools</div><div>Audit Report No. 2026-03 | April 21, 2026</div></div>",
         "<p><b>To:</b> Audit Committee of the Board of Education<br><b>From:</b> Dolores Okonkwo-Reyes, CIA, "
         "CPA, Chief Audit Executive<br><b>Copy:</b> Dr. Martin Saulsbury, Superintendent; Gina Petrakis, Chief "
         "Business Official</p>",
         "<h2>Executive Summary</h2>",
         "<div class='two'><div class='main'>"
         "<p>Student activity funds are raised by and for students, through clubs, class dues, athletics and "
         "fundraisers. At the District's 11 middle and high schools they received $3.86 million in fiscal year "
         "2025. Although the funds belong to the student body, the Board of Education is legally responsible "
         "for their safekeeping under Education Code section 48933, and Board Policy 3452 sets out how they must "
         "be managed.</p>"
         "<p>We found that the controls over student activity funds are not operating as designed at most of "
         "the schools we visited. Deposits were late, expenditures were paid without student approval, and "
         "dozens of accounts had been dormant for years. We make six recommendations. Management's response is "
         "issued separately.</p>"
         "<p>We conducted this audit in conformance with the Global Internal Audit Standards. Our fieldwork ran "
         "from October 2025 to February 2026 and covered transactions from July 1, 2024 to June 30, 2025.</p>"
         "</div><div class='side'><b>What we found</b><ul>"
         "<li>38% of deposits tested were made more than five days after collection</li>"
         "<li>27 of 90 expenditures had no student approval</li>"
         "<li>41 accounts inactive for three years or more, holding $64,210</li>"
         "<li>No one at district level reviews school reconciliations</li></ul></div></div>",
         "<h2>Background</h2>",
         "<table><tr><th>School</th><th>Active accounts</th><th>Receipts FY2025</th><th>Balance June 30, 2025</th></tr>"
         "<tr><td>Riverbend High School</td><td class='num'>64</td><td class='num'>$1,204,880</td><td class='num'>$412,975</td></tr>"
         "<tr><td>Cedar Flats High School</td><td class='num'>51</td><td class='num'>$998,310</td><td class='num'>$301,448</td></tr>"
         "<tr><td>Mill Pond High School</td><td class='num'>38</td><td class='num'>$611,045</td><td class='num'>$187,030</td></tr>"
         "<tr><td>Eight middle schools (combined)</td><td class='num'>122</td><td class='num'>$1,045,790</td><td class='num'>$288,617</td></tr>"
         "<tr><td><b>Total</b></td><td class='num'><b>275</b></td><td class='num'><b>$3,860,025</b></td><td class='num'><b>$1,190,070</b></td></tr></table>",
         "<div class='cap'>Table 1: Student activity accounts by school (source: school ledgers, unaudited)</div>",
         "<h2>Findings and Recommendations</h2>",
         finding(1, "Cash receipts are not deposited promptly", "High",
                 "Board Policy 3452 states that all money collected \"shall be deposited within two business days "
                 "of receipt\".",
                 "Of 120 deposits tested at five schools, 46 (38%) were made more than five days after the money "
                 "was collected, and 9 more than 20 days after. At one school $2,340 in cash from a dance was kept "
                 "in an unlocked drawer over a weekend.",
                 "Bookkeepers told us they were not aware of the two-day requirement. No cash-handling training "
                 "has been offered since 2019.",
                 "Cash held at schools is exposed to loss and theft, and losses may go undetected.",
                 ["1.1", "1.2"]),
         finding(2, "Expenditures are paid without student approval", "Medium",
                 "Board Policy 3452 requires that expenditures be \"approved by the student organization, with "
                 "the approval recorded in its minutes\". Club advisors should not approve expenditures on "
                 "their own.",
                 "27 of 90 expenditures tested (30%) had no approval in club minutes. Of these, 11 were approved "
                 "only by the advisor.",
                 "Schools treat the advisor's signature as sufficient.",
                 "Funds may be spent for purposes that students have not agreed.",
                 ["2.1"]),
         finding(3, "Inactive accounts and outdated software", "Medium",
                 "Board Policy 3452 requires that the balance of an inactive club be transferred to the general "
                 "student body account. Our 2023 audit of school cash (Report 2023-05) recommended that schools "
                 "should reconcile their bank accounts monthly; that recommendation remains open.",
                 "41 accounts had no activity for three years or more, holding $64,210. Each school keeps its "
                 "ledger in standalone software, version 7.2, which the vendor stopped supporting in 2024.",
                 "No district-level review of school ledgers.",
                 "Balances sit unused, and the ledger software may fail without a backup.",
                 ["3.1", "3.2"]),
         finding(4, "No district-level oversight", "High",
                 "The Committee of Sponsoring Organizations' Internal Control framework calls for monitoring "
                 "activities that evaluate whether controls are present and functioning.",
                 "No one at the district office reviews school reconciliations or monthly reports on student "
                 "activity funds. Business Services staff told us that this should be a school responsibility.",
                 "Responsibility for student activity funds was never assigned after the 2021 reorganization.",
                 "Problems at individual schools are not detected or corrected.",
                 ["4.1"]),
         "<p style='margin-top:10pt'>We thank the principals, bookkeepers and Business Services staff for their "
         "cooperation. Internal Audit will follow up on the status of these recommendations in six months and "
         "report to the Audit Committee.</p>"]
    return html_doc("".join(b))


def response():
    b = ["<div class='memo'>",
         "<div style='font-family:LS; color:#5b2a86; font-weight:bold; font-size:12.5pt'>RIVERBEND UNIFIED SCHOOL "
         "DISTRICT</div><div style='font-family:LS; font-size:9pt; margin-bottom:14pt'>Business Services Division | "
         "2200 Levee Road, Riverbend</div>",
         "<div style='font-family:LS; font-size:16pt; font-weight:bold; margin-bottom:8pt'>MEMORANDUM</div>",
         "<table><tr><td><b>TO:</b></td><td>Dolores Okonkwo-Reyes, Chief Audit Executive</td></tr>"
         "<tr><td><b>FROM:</b></td><td>Gina Petrakis, Chief Business Official</td></tr>"
         "<tr><td><b>CC:</b></td><td>Dr. Martin Saulsbury, Superintendent; Audit Committee</td></tr>"
         "<tr><td><b>DATE:</b></td><td>May 12, 2026</td></tr>"
         "<tr><td><b>RE:</b></td><td>Management Response to Audit Report No. 2026-03, Student Activity Funds</td></tr>"
         "</table><hr>",
         "<p>Thank you for the opportunity to respond to the audit. Management appreciates the work of the Office of "
         "Internal Audit and agrees that the management of student activity funds needs to be strengthened. Our "
         "responses and corrective action plans follow.</p>",
         "<h4>Recommendation 3.2 (ERP student activity module)</h4>",
         "<p><span class='lbl'>Management response: Disagree.</span> The ERP student activity module would cost an "
         "estimated $412,000 to implement, plus $58,000 a year, which is not justified by the size of the funds. "
         "Management will instead upgrade the schools' existing software to the vendor's supported version 9 by "
         "December 2026 and require schools to upload monthly ledgers to a shared district folder.</p>",
         "<h4>Recommendations 1.1 and 1.2 (Deposits and training)</h4>",
         "<p><span class='lbl'>Management response: Partially agree.</span> Management agrees that cash must be "
         "deposited promptly. However, schools without daily armored car pickup cannot practicably deposit "
         "within two business days. Business Services will ask the Board to amend Board Policy 3452 to require "
         "deposits weekly, or by the next business day when cash on hand exceeds $500. Management agrees fully "
         "with the training recommendation: annual cash-handling training will be mandatory for bookkeepers "
         "and advisors from August 2026, with attendance tracked in the professional learning system.<br>"
         "<i>Responsible:</i> Director of Accounting. <i>Target date:</i> September 30, 2026.</p>",
         "<h4>Recommendation 4.1 (District oversight)</h4>",
         "<p><span class='lbl'>Management response: Agree.</span> The Superintendent has designated the Director "
         "of Accounting as responsible for student activity funds. A Student Activity Fund Specialist position "
         "has been included in the 2026-27 budget to review school reconciliations quarterly.<br>"
         "<i>Target date:</i> July 1, 2026.</p>",
         "<h4>Recommendation 3.1 (Inactive accounts)</h4>",
         "<p><span class='lbl'>Management response: Agree - in progress.</span> As of May 8, 2026, 29 of the 41 "
         "accounts have been closed and their balances transferred. The remaining 12 will be closed by June 30, "
         "2026, after consultation with the student councils concerned.</p>",
         "<h4>Prior audit follow-up</h4>",
         "<p>Management also reports that all secondary schools have completed monthly bank reconciliations since "
         "January 2026, and requests that Internal Audit close the open recommendation from Report 2023-05.</p>",
         "<p>Please contact me if you need any further information.</p>",
         "<p style='margin-top:16pt'>GP/jt</p>",
         "</div>"]
    return html_doc("".join(b))


NOTES = ("US school district internal audit report to the Audit Committee of the Board of Education (Riverbend "
         "USD, Audit Report No. 2026-03, Student Activity Funds): band heading, To/From/Copy block, executive "
         "summary with a 'What we found' sidebar, Table 1 of accounts by school, findings 1-4 each as Criteria / "
         "Condition / Cause / Effect with a risk rating, followed by bordered boxes 'Recommendation 1.1', '1.2', "
         "'2.1', '3.1', '3.2', '4.1', each 'X should ...'. Traps: Board Policy 3452 quoted ('shall be deposited "
         "within two business days'), 'Club advisors should not approve expenditures on their own', the 2023 "
         "audit's recommendation quoted ('schools should reconcile their bank accounts monthly; that "
         "recommendation remains open'), 'this should be a school responsibility', the COSO criterion, 'We make six "
         "recommendations', 'will follow up ... in six months'. Response: the Chief Business Official's "
         "memorandum (TO/FROM/CC/DATE/RE) with a heading per recommendation and 'Management response:' labels, "
         "order 3.2, 1.1+1.2, 4.1, 3.1: 3.2 'Disagree', upgrade the existing software instead (disagrees); one "
         "block 'Recommendations 1.1 and 1.2', labelled 'Partially agree': weekly deposits or next day above $500 "
         "instead of two days (1.1 partly), 'agrees fully with the training recommendation', mandatory from August "
         "2026 (1.2 agrees); 4.1 'Agree', Director of Accounting designated, specialist position budgeted "
         "(agrees); 3.1 'Agree - in progress', 29 of 41 closed (agrees); 2.1 (student approval in club minutes, "
         "addressed to site principals) unanswered. The opening paragraph and 'Prior audit follow-up' (asks to "
         "close the 2023-05 recommendation) answer no recommendation of this report.")


def expected():
    sw = lambda k: " ".join(R[k].split()[:12])
    recs = [
        {"number": "1.1", "starts_with": sw("1.1"), "reply_contains": "to require deposits weekly, or by the next business day",
         "verdict": "partly"},
        {"number": "1.2", "starts_with": sw("1.2"), "reply_contains": "annual cash-handling training will be mandatory for bookkeepers",
         "verdict": "agrees"},
        {"number": "2.1", "starts_with": sw("2.1"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "3.1", "starts_with": sw("3.1"), "reply_contains": "29 of the 41 accounts have been closed",
         "verdict": "agrees"},
        {"number": "3.2", "starts_with": sw("3.2"), "reply_contains": "upgrade the schools' existing software to the vendor's supported version",
         "verdict": "disagrees"},
        {"number": "4.1", "starts_with": sw("4.1"), "reply_contains": "The Superintendent has designated the Director of Accounting",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["requests that Internal Audit close the open recommendation"], NOTES)


def build(html, pdf, header):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True)


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"), "Riverbend USD Office of Internal Audit | Report No. 2026-03")
    build(response(), H.out(NAME + "_response.pdf"), "Management Response - Audit Report No. 2026-03")
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b45en.py"), NAME)) and 1)

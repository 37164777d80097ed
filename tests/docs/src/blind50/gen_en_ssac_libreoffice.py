"""Round 50 (EN): a statutory advisory committee's report on draft social security regulations (genre of the UK
Social Security Advisory Committee's reports under section 174(1) of the Social Security Administration Act 1992,
laid before Parliament with the regulations and the Secretary of State's statement under section 174(2)), by the
invented Benefits Advisory Committee on the invented Universal Credit (Childcare Costs) (Amendment) Regulations 2026:
title page block, paragraphs 1-24 in a number column, a table of consultation responses, the Committee's 2022
recommendation quoted, draft regulation numbers, findings with 'should', then seven recommendations as bold sentences
inside paragraphs, each TAGGED at the end '(Recommendation N)', and an Annex A table repeating them; answered by the
Secretary of State's statement (numbered paragraphs, recommendations taken in another order under short titles,
one paragraph answering 2 and 7 with different outcomes, 3 not answered, an introduction and a paragraph on laying
and commencement answering nothing). LibreOffice Writer headless from HTML, A4; running header and page numbers
stamped with PyMuPDF. All content (committee, department, regulations, people, figures) is invented; the 1992 Act
is real, but what the documents say about it is not to be relied on.

Run:  /tmp/blind50en/bin/python tests/docs/src/blind50/gen_en_ssac_libreoffice.py   (needs soffice)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b50en as H

NAME = "blind50_en_ssac"
TMP = "/tmp/b50en/ssac"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.4cm 2.3cm 2.1cm 2.3cm; }
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: 'Liberation Sans'; font-size: 13pt; margin-top: 12pt; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 9pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Serif'; font-size: 11pt; vertical-align: top; }
td.s { font-family: 'Liberation Sans'; font-size: 9pt; }
"""

R = {1: "We recommend that the Department pay the first month's childcare costs directly to the provider in "
        "advance, where a claimant starting work would otherwise have to pay them before the next assessment "
        "period.",
     2: "We recommend that the Department allow claimants three months, rather than one month, to report "
        "childcare costs before the costs are lost.",
     3: "We recommend that the Department publish an assessment of the effect of the regulations on lone parents "
        "of disabled children before they come into force.",
     4: "We recommend that the Department monitor the effect of the new evidence requirements on take-up and "
        "report its findings to the Committee within 12 months of commencement.",
     5: "We recommend that every work coach receive specific training on the new childcare rules before the "
        "regulations come into force.",
     6: "We recommend that the Department amend draft regulation 34A(3) so that an invoice from a registered "
        "childcare provider is accepted as evidence of payment without a separate receipt.",
     7: "We recommend that the Department review the maximum amounts of childcare costs each year in line with "
        "childcare prices."}


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body
            + "</body></html>")


def P(n, t):
    return ("<table width='100%' cellpadding='0' cellspacing='0'><tr><td width='7%' valign='top'><p>" + n + "</p></td><td valign='top'><p>"
            + t + "</p></td></tr></table>")


def rec(k):
    return "<b>" + R[k] + " (Recommendation %d)</b>" % k


def advice():
    b = []
    b.append("<p style='font-family: Liberation Sans; font-size: 10pt'>BENEFITS ADVISORY COMMITTEE</p>")
    b.append("<p style='font-family: Liberation Sans; font-size: 18pt; margin-top: 20pt'><b>The Universal Credit "
             "(Childcare Costs) (Amendment) Regulations 2026</b></p>")
    b.append("<p style='font-family: Liberation Sans; font-size: 12pt'>Report by the Benefits Advisory Committee "
             "under section 174(1) of the Social Security Administration Act 1992</p>")
    b.append("<p>Presented to Parliament pursuant to section 174(2) of the Social Security Administration Act 1992<br>"
             "Ordered by the House of Commons to be printed 14 May 2026<br>HC 1188</p>")
    b.append("<h1>Introduction</h1>")
    b.append(P("1.", "On 4 December 2025 the Department for Work and Welfare referred the proposals for the draft "
                     "Universal Credit (Childcare Costs) (Amendment) Regulations 2026 to the Committee for formal "
                     "consideration. We decided to consult publicly. This report sets out our conclusions and "
                     "recommendations."))
    b.append(P("2.", "The proposals do three things. They change the evidence a claimant must provide of childcare "
                     "costs (new regulation 34A); they raise the maximum monthly amounts to 1,105 pounds for one "
                     "child and 1,894 pounds for two or more; and they shorten the period within which costs must be "
                     "reported from two months to one month after the end of the assessment period."))
    b.append("<h1>The consultation</h1>")
    b.append(P("3.", "We received 61 responses. Table 1 summarises them by type of respondent."))
    b.append("<table width='88%' border='1' cellpadding='4' cellspacing='0' style='margin-left: 7%'>"
             "<tr><td class='s'><b>Type of respondent</b></td><td class='s'><b>Number</b></td>"
             "<td class='s'><b>Broadly supportive</b></td></tr>"
             "<tr><td class='s'>Individuals</td><td class='s'>27</td><td class='s'>6</td></tr>"
             "<tr><td class='s'>Charities and advice organisations</td><td class='s'>22</td>"
             "<td class='s'>3</td></tr>"
             "<tr><td class='s'>Childcare providers and their associations</td><td class='s'>9</td>"
             "<td class='s'>4</td></tr>"
             "<tr><td class='s'>Local authorities</td><td class='s'>3</td><td class='s'>1</td></tr></table>")
    b.append("<p style='margin-left: 7%; font-size: 9pt'><i>Table 1. Responses to the Committee's consultation</i>"
             "</p>")
    b.append(P("4.", "Respondents welcomed the higher maximum amounts but were almost unanimous that the one-month "
                     "reporting period would cause hardship. Several described claimants losing a whole month's "
                     "support because a provider was late in issuing a receipt."))
    b.append("<h1>The Committee's consideration</h1>")
    b.append("<h2>Paying for childcare up front</h2>")
    b.append(P("5.", "The central problem remains the one we identified in our 2022 report, in which we recommended "
                     "that <i>'the Department should explore ways of meeting childcare costs before the claimant "
                     "has paid them'</i>. The Department's response at the time was that this was not possible "
                     "within the Universal Credit system. Parents moving into work must still pay a month or more of "
                     "fees before any support arrives."))
    b.append(P("6.", "The Flexible Support Fund can help, but it is discretionary and little known: the Department "
                     "told us it paid childcare deposits for 4,300 claimants in 2024-25, against an estimated "
                     "60,000 parents starting work each year. " + rec(1)))
    b.append("<h2>Reporting period and evidence</h2>")
    b.append(P("7.", "The Department told us that the shorter reporting period would reduce fraud and error, which "
                     "it estimates at 3.1 per cent of childcare costs expenditure. We accept that the Department "
                     "should have good evidence, but the evidence it has given us does not show that late reporting "
                     "is a cause of error. " + rec(2)))
    b.append(P("8.", "Draft regulation 34A(3) requires both an invoice and a receipt. Many providers issue only an "
                     "invoice marked as paid. " + rec(6)))
    b.append(P("9.", "The explanatory memorandum states that the Department will evaluate the policy, but gives no "
                     "date. " + rec(4)))
    b.append("<h2>Equality and implementation</h2>")
    b.append(P("10.", "The Department's equality analysis does not look separately at lone parents of disabled "
                      "children, whose childcare is often more expensive and harder to find. Several respondents "
                      "said this group should be considered specifically. " + rec(3)))
    b.append(P("11.", "Respondents reported that advice from jobcentres on childcare costs is inconsistent. Claimants "
                      "are told different things about what evidence is needed. " + rec(5)))
    b.append(P("12.", "The new maximum amounts are the first increase since 2023. In the meantime average nursery "
                      "fees for a child under two have risen by 14 per cent. " + rec(7)))
    b.append("<h1>Conclusion</h1>")
    b.append(P("13.", "Subject to the recommendations above, the Committee is content for the regulations to "
                      "proceed. The Secretary of State is required by section 174(2) of the 1992 Act to lay a "
                      "statement with the regulations showing the extent to which they give effect to our "
                      "recommendations and, where they do not, the reasons why not."))
    b.append("<p style='margin-top: 10pt'><i>Dr Alasdair Kinnear-Bose, Chair<br>Benefits Advisory Committee, "
             "Caxton Court, London SW1H 9NA<br>20 March 2026</i></p>")
    b.append("<h1 style='page-break-before: always'>Annex A: Summary of recommendations</h1>")
    rows = "".join("<tr><td class='s' width='8%%'>%d</td><td class='s'>%s</td></tr>" % (k, R[k]) for k in R)
    b.append("<table width='100%' border='1' cellpadding='4' cellspacing='0'><tr><td class='s'><b>No.</b></td>"
             "<td class='s'><b>Recommendation</b></td></tr>" + rows + "</table>")
    b.append("<h1>Annex B: Organisations that responded</h1>")
    b.append("<p>Carers Voice; Childcare Providers Alliance; Citizens Advice Harlow; Coram-Fenwick Family Trust; "
             "Disabled Parents Network; Gingerbread Lone Parents; Kelmshire County Council; National Day Nurseries "
             "Federation; Single Parent Action Scotland; Welfare Rights Advisers Group; and 12 others.</p>")
    return page("".join(b))


def response():
    b = []
    b.append("<p style='font-family: Liberation Sans; font-size: 10pt'>DEPARTMENT FOR WORK AND WELFARE</p>")
    b.append("<p style='font-family: Liberation Sans; font-size: 15pt; margin-top: 12pt'><b>The Universal Credit "
             "(Childcare Costs) (Amendment) Regulations 2026</b></p>")
    b.append("<p style='font-family: Liberation Sans; font-size: 12pt'>Statement by the Secretary of State for Work "
             "and Welfare in accordance with section 174(2) of the Social Security Administration Act 1992</p>")
    b.append("<h1>Introduction</h1>")
    b.append(P("1.", "The Secretary of State is grateful to the Benefits Advisory Committee for its report and to "
                     "everyone who responded to its consultation. This statement sets out the Government's response "
                     "to each of the Committee's recommendations in turn, taking related recommendations together."))
    b.append("<h1>Evidence of childcare costs</h1>")
    b.append(P("2.", "The Government agrees with the Committee on this point. Draft regulation 34A(3) has been "
                     "amended so that an invoice from a registered provider marked as paid will be sufficient on "
                     "its own. The regulations laid before Parliament include this change."))
    b.append("<h1>Reporting period and maximum amounts</h1>")
    b.append(P("3.", "Having considered the Committee's views and the consultation responses, the Government has "
                     "decided not to shorten the reporting period to one month. It will be extended instead to "
                     "two months after the end of the assessment period in which the costs were paid, with "
                     "discretion to accept later reports where there is good cause. The Government does not, "
                     "however, accept that the maximum amounts should be reviewed every year. They will be "
                     "reviewed at each Spending Review, which allows changes in childcare prices to be weighed "
                     "against the wider fiscal position."))
    b.append("<h1>Payment in advance</h1>")
    b.append(P("4.", "The Government recognises the difficulty that upfront fees create for parents moving into work. "
                     "It has considered the Committee's recommendation again but is not able to accept it: paying "
                     "providers directly would require a new payment route outside the Universal Credit system. "
                     "Claimants will continue to be able to apply to the Flexible Support Fund, and the Department "
                     "will promote it more widely."))
    b.append("<h1>Monitoring and evaluation</h1>")
    b.append(P("5.", "The Secretary of State notes the Committee's request for a report within 12 months. The "
                     "Department will consider how best to share the results of its evaluation with the Committee "
                     "once the timetable for the evaluation has been settled."))
    b.append("<h1>Operational readiness</h1>")
    b.append(P("6.", "Work coaches are already receiving a new learning module on childcare costs, which every work "
                     "coach will have completed by the end of August 2026. Guidance on the evidence required has "
                     "been rewritten and will be published on GOV.UK alongside the regulations."))
    b.append("<h1>Laying and commencement</h1>")
    b.append(P("7.", "The regulations were laid before Parliament on 14 May 2026 under the negative procedure. They "
                     "will come into force on 1 September 2026 for new claims and on 5 October 2026 for existing "
                     "awards."))
    b.append("<p style='margin-top: 12pt'><i>Department for Work and Welfare<br>May 2026</i></p>")
    return page("".join(b))


NOTES = ("Report under section 174(1) of the Social Security Administration Act 1992 (genre of the UK SSAC's "
         "reports) by the invented Benefits Advisory Committee on the invented Universal Credit (Childcare Costs) "
         "(Amendment) Regulations 2026, and the Secretary of State's section 174(2) statement. Traps: title block "
         "with HC number, paragraphs 1.-13. in a number column, draft regulation 34A and figures, Table 1 "
         "consultation responses, the Committee's 2022 recommendation quoted ('the Department should explore "
         "ways ...'), 'should' in findings (7, 10), the conclusion 'content for the regulations to proceed' and the "
         "section 174(2) duty, Annex A repeating all seven in a No. / Recommendation table, Annex B respondents. "
         "Recommendations: bold 'We recommend that the Department ...' sentences at the END of paragraphs 6-12, each "
         "tagged '(Recommendation N)' after the full stop, in the order 1, 2, 6, 4, 3, 5, 7. Response: statement "
         "with paragraphs 1.-7. under short titles, never naming recommendation numbers, in the order 6, 2+7, 1, 4, "
         "5. Key: 6 invoice marked as paid sufficient, regulation amended (agrees); one paragraph covers 2 "
         "reporting period two months instead of three, with discretion (partly) and 7 'does not, however, accept' "
         "annual review, Spending Review instead (disagrees); 1 'not able to accept it', Flexible Support Fund "
         "(disagrees); 4 'notes the Committee's request', will consider how to share (noted); 5 work coaches already "
         "receiving a module by August 2026 (agrees); 3 assessment for lone parents of disabled children unanswered. "
         "Unmatched: the introduction (grateful, in turn), 'Laying and commencement' (negative procedure).")


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Benefits Advisory Committee - Universal Credit (Childcare Costs) "
            "(Amendment) Regulations 2026", footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Statement under section 174(2) - Universal Credit (Childcare "
            "Costs) (Amendment) Regulations 2026", footer="{n}", skip_first=True)
    sw = lambda k: " ".join(R[k].split()[:11])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "again but is not able to accept it", "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "has decided not to shorten the reporting period to one month", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The Secretary of State notes the Committee's request", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "Work coaches are already receiving a new learning module", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "marked as paid will be sufficient on its own", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "They will be reviewed at each Spending Review", "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, ["taking related recommendations together",
                                  "laid before Parliament on 14 May 2026 under the negative procedure"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b50en.py"), NAME)) and 1)

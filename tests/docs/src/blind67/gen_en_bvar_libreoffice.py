"""Round 67 (EN): a SCOTTISH-STYLE BEST VALUE ASSURANCE REPORT by the Controller of Audit with the local audit
commission's FINDINGS printed in front of it (genre of the Best Value reports on Scottish councils under the
Local Government in Scotland Act 2003, where the commission's numbered findings come first, then the
Controller's key messages, a recommendations box and the report's Parts with exhibits) and the COUNCIL'S
COMMITTEE REPORT by the Chief Executive responding to it (numbered paragraphs, its OWN 'Recommendations'
section asking the Council to note and approve, then the response to the Controller's recommendations in prose).
Advice: Local Audit Commission for Scotland / Controller of Audit, 'Best Value Assurance Report: Glenmorran
Council', June 2026, A4, 3 p.: the Commission's findings 1.-6. ('The Council must now ...', 'We endorse the
recommendations ...'), key messages 1.-5., then a bordered 'Recommendations' box - the ONLY place where the
seven recommendations stand - as UNNUMBERED bullets, most 'The Council should ...', two 'Elected members should
...'; Parts 1-3 with exhibits, the 2003 Act's duty, the 2019 annual audit report's recommendation quoted, a
councillor quoted.
Response: Glenmorran Council, 'Report by the Chief Executive', Council meeting 27 August 2026, 2 p.: a header
table, 1 Purpose, 2 Recommendations ('It is recommended that the Council: (a) ... (b) ... (c) ...'), 3
Background, 4 Response paragraphs 4.1-4.6 in prose without verdict labels and without numbers (the advice's
recommendations are unnumbered), in the order 3, 1+5 (one paragraph), 6, 2, 4; 7 unanswered; 5 Implications
and 6 Conclusion answer nothing.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), Liberation Sans/Serif, header and page
numbers stamped with PyMuPDF. All names, bodies, people, places and figures are invented (Glenmorran Council,
the Local Audit Commission for Scotland); the Local Government in Scotland Act 2003 is real, but what is said
about it is not to be relied on.

Run:  /tmp/blind67en/bin/python tests/docs/src/blind67/gen_en_bvar_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b67en as H

NAME = "blind67_en_bvar"
TMP = "/tmp/blind67en_bvar"

RECS = [
    "The Council should agree a medium-term financial strategy covering at least five years, with savings "
    "plans for each year, by March 2027.",
    "Elected members and senior officers should agree a single set of priorities for the Council Plan, and "
    "work together across political groups to deliver them.",
    "The Council should complete its review of the scheme of delegation and the standing orders by December "
    "2026.",
    "The Council should report publicly on its performance against each Council Plan priority at least twice a "
    "year, using measures that can be compared with other councils.",
    "The Council should develop a workforce plan that reduces its reliance on agency staff in social work and "
    "in planning.",
    "The Council should involve communities in decisions about the future of its leisure centres and libraries "
    "before any closure is approved.",
    "Elected members should take up the training offered to them, in particular on scrutiny and on the "
    "Council's budget.",
]

CSS = """
@page { size: 210mm 297mm; margin: 22mm 20mm 20mm 20mm; }
p { font-family: 'Liberation Sans'; font-size: 10pt; margin-top: 0; margin-bottom: 6pt; }
td { vertical-align: top; }
.kick { font-family: 'Liberation Sans'; font-size: 9pt; font-weight: bold; color: #6a1b5a; margin-bottom: 2pt; }
.tit { font-family: 'Liberation Sans'; font-size: 20pt; font-weight: bold; color: #6a1b5a; margin-bottom: 2pt; }
.st { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-bottom: 10pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; color: #6a1b5a; margin-top: 10pt;
      margin-bottom: 5pt; }
.h2 { font-family: 'Liberation Sans'; font-size: 10.5pt; font-weight: bold; margin-top: 6pt; margin-bottom: 3pt; }
.cf { font-family: 'Liberation Serif'; font-size: 10.5pt; margin-bottom: 5pt; }
.cell { font-family: 'Liberation Sans'; font-size: 8.8pt; margin-bottom: 1pt; }
.cap { font-family: 'Liberation Sans'; font-size: 8.8pt; font-weight: bold; color: #6a1b5a; margin-bottom: 2pt; }
.rb { font-family: 'Liberation Sans'; font-size: 10pt; margin-bottom: 4pt; }
.q { font-family: 'Liberation Serif'; font-size: 11pt; font-style: italic; color: #6a1b5a; margin-left: 12mm;
     margin-right: 12mm; }
.cr { font-family: 'Liberation Serif'; font-size: 11.5pt; margin-bottom: 6pt; }
.crh { font-family: 'Liberation Serif'; font-size: 11.5pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def numbered(items, cls="cf", w=6):
    rows = "".join("<tr><td width='%d%%' valign='top'><p class='%s'><b>%s</b></p></td><td valign='top'><p class='%s'>%s</p></td></tr>"
                   % (w, cls, n, cls, t) for n, t in items)
    return "<table width='100%%' cellpadding='1' cellspacing='0' border='0'>%s</table>" % rows


def exhibit(cap, head, rows, widths):
    h = "".join("<td width='%d%%' bgcolor='#6a1b5a'><p class='cell'><font color='#ffffff'><b>%s</b></font></p></td>"
                % (w, c) for c, w in zip(head, widths))
    r = "".join("<tr>" + "".join("<td><p class='cell'>%s</p></td>" % c for c in row) + "</tr>" for row in rows)
    return ("<p class='cap'>%s</p><table width='100%%' cellpadding='3' cellspacing='0' border='1' "
            "bordercolor='#c9a9c2'><tr>%s</tr>%s</table><p></p>" % (cap, h, r))


def advice():
    recbox = ("<table width='100%' cellpadding='8' cellspacing='0' border='1' bordercolor='#6a1b5a' "
              "bgcolor='#f6eef4'><tr><td><p class='h2'><font color='#6a1b5a'>Recommendations</font></p><ul>"
              + "".join("<li><p class='rb'>%s</p></li>" % r for r in RECS) + "</ul></td></tr></table><p></p>")
    b = ["<p class='kick'>LOCAL AUDIT COMMISSION FOR SCOTLAND  |  CONTROLLER OF AUDIT</p>",
         "<p class='tit'>Best Value Assurance Report</p>",
         "<p class='st'>Glenmorran Council  |  Prepared by the Controller of Audit  |  June 2026</p>",
         "<table width='100%' cellpadding='8' cellspacing='0' border='0' bgcolor='#efe6ee'><tr><td>"
         "<p class='h2'><font color='#6a1b5a'>Commission findings</font></p>",
         numbered([
             ("1.", "The Commission accepts the Controller of Audit's report on Best Value in Glenmorran Council. "
                    "We thank the Council's members and officers for their co-operation."),
             ("2.", "We are seriously concerned that the Council has made little progress since our 2019 "
                    "findings. Relationships between political groups have deteriorated, and this is getting in "
                    "the way of the difficult decisions the Council faces."),
             ("3.", "The Council must now close a budget gap of £38 million over the next five years. It has "
                    "relied on reserves to balance three of its last four budgets, and that cannot continue."),
             ("4.", "We endorse the recommendations in the Controller's report. We particularly ask members to "
                    "act on those about financial planning and about working together."),
             ("5.", "We were encouraged by the Council's progress in education, where attainment has improved "
                    "faster than the national average."),
             ("6.", "We will ask the Controller of Audit to report again on the Council's progress in 2027."),
         ]),
         "</td></tr></table><p></p>",
         "<p class='h1'>Key messages</p>",
         numbered([
             ("1", "Glenmorran Council has made slow progress in improving since the last Best Value report in "
                   "2019. Its Council Plan contains 23 priorities, and it is not clear which matter most."),
             ("2", "Relationships between elected members are poor, and decisions are often deferred."),
             ("3", "The Council's financial position is very challenging. It does not have a financial strategy "
                   "beyond the coming year."),
             ("4", "Performance is mixed: education has improved, but planning and social work services have "
                   "declined, partly because of staff vacancies."),
             ("5", "The Council does not yet demonstrate Best Value. It has the capacity to improve, but only if "
                   "members and officers work together."),
         ], cls="rb", w=5),
         recbox,
         "<p class='h1'>Part 1. Does the Council have clear priorities?</p>",
         "<p>Under the Local Government in Scotland Act 2003, the Council has a duty to make arrangements to "
         "secure Best Value, and to report publicly on its performance. The Council Plan 2023-2028 was approved "
         "by a majority of one vote. Members of the minority groups told us that they had not been involved in "
         "drafting it. One councillor said:</p>",
         "<p class='q'>\"We should be arguing about how to deliver, not about what the Council is for.\"</p>",
         "<p>The scheme of delegation has not been revised since 2015, and several decisions in 2025 were "
         "delayed because it was unclear whether officers could take them.</p>",
         "<p class='h1'>Part 2. How well is the Council managing its resources?</p>",
         exhibit("Exhibit 1: Use of reserves to balance the budget, £ million",
                 ["Year", "Budget gap", "Savings delivered", "Reserves used"],
                 [["2022/23", "9.4", "6.1", "3.3"], ["2023/24", "11.2", "5.8", "5.4"],
                  ["2024/25", "8.7", "8.7", "0.0"], ["2025/26", "12.6", "7.9", "4.7"]], [25, 25, 25, 25]),
         "<p>The Council's 2019 annual audit report recommended that \"the Council should agree a long-term "
         "approach to balancing its budget\". This has not happened; each budget is set for one year only. The "
         "Council spent £4.1 million on agency staff in 2025/26, most of it in social work and planning.</p>",
         "<p>Officers have proposed closing two leisure centres and four libraries. Community groups told us that "
         "they learned of the proposals from the local newspaper.</p>",
         "<p class='h1'>Part 3. Is the Council improving its services?</p>",
         "<p>The Council reports on its performance once a year, in a report to the Policy and Resources "
         "Committee that uses mostly local measures. Exhibit 2 compares its performance with other councils.</p>",
         exhibit("Exhibit 2: Selected performance measures, rank among 32 councils (1 = best)",
                 ["Measure", "2019/20", "2024/25"],
                 [["Pupils achieving five awards at level 5", "19", "11"],
                  ["Major planning applications, average weeks", "14", "27"],
                  ["Adult social work assessments within target", "16", "24"]], [60, 20, 20]),
         "<p>Fewer than half of elected members attended any of the training sessions offered after the 2022 "
         "election. We make no recommendation about the Council's arm's-length leisure trust, which is the "
         "subject of a separate audit.</p>"]
    return page("".join(b))


def response():
    def para(n, t):
        return ("<tr><td width='8%%' valign='top'><p class='cr'>%s</p></td><td valign='top'><p class='cr'>%s</p></td></tr>" % (n, t))

    def sec(items):
        return ("<table width='100%%' cellpadding='1' cellspacing='0' border='0'>%s</table>"
                % "".join(para(n, t) for n, t in items))
    b = ["<p class='cr' align='right'><b>Agenda Item 9</b></p>",
         "<p class='tit' align='center'><font color='#000000'>GLENMORRAN COUNCIL</font></p>",
         "<table width='100%' cellpadding='3' cellspacing='0' border='1' bordercolor='#000000'>"
         "<tr><td width='25%'><p class='cr'><b>Report to:</b></p></td><td><p class='cr'>Glenmorran Council</p>"
         "</td></tr><tr><td><p class='cr'><b>Date of meeting:</b></p></td><td><p class='cr'>27 August 2026</p>"
         "</td></tr><tr><td><p class='cr'><b>Report by:</b></p></td><td><p class='cr'>Chief Executive</p>"
         "</td></tr><tr><td><p class='cr'><b>Subject:</b></p></td><td><p class='cr'>Best Value Assurance Report "
         "- Council response</p></td></tr></table><p></p>",
         "<p class='crh'>1. PURPOSE</p>",
         sec([("1.1", "This report presents the Controller of Audit's Best Value Assurance Report and the "
                      "Commission's findings, published on 18 June 2026, and proposes the Council's response.")]),
         "<p class='crh'>2. RECOMMENDATIONS</p>",
         sec([("2.1", "It is recommended that the Council: (a) notes the Best Value Assurance Report and the "
                      "Commission's findings; (b) approves the response set out in section 4 of this report; and "
                      "(c) agrees that progress be reported to the Audit and Scrutiny Committee every six "
                      "months.")]),
         "<p class='crh'>3. BACKGROUND</p>",
         sec([("3.1", "Under the 2003 Act the Council must consider the findings at a meeting within three months "
                      "of their publication. The Controller's report contains seven recommendations."),
              ("3.2", "The Leader and the leaders of the opposition groups met the Controller of Audit on 2 July "
                      "2026 to discuss the report.")]),
         "<p class='crh'>4. RESPONSE</p>",
         sec([("4.1", "The review of the scheme of delegation and the standing orders began in May. A revised "
                      "scheme will be brought to the Council in November 2026, ahead of the Controller's "
                      "December deadline."),
              ("4.2", "Work on a medium-term financial strategy is under way, but officers advise that a "
                      "strategy beyond three years would rest on guesswork about the Scottish Government's "
                      "settlements; the strategy presented in February 2027 will therefore cover three years, with "
                      "savings plans for each. On the workforce, the Council acknowledges the Controller's "
                      "concern about agency spending; whether a separate workforce plan is needed will be a "
                      "matter for the new Head of People when appointed in the autumn."),
              ("4.3", "The proposals on leisure centres and libraries formed part of the 2026/27 budget "
                      "consultation, to which 2,900 residents responded. The Council does not intend to hold "
                      "further consultation before the closures are decided in the February budget."),
              ("4.4", "A cross-party working group of eight members was set up in July and has agreed five "
                      "shared priorities to replace the 23 in the current plan. All four group leaders have "
                      "signed the group's terms of reference."),
              ("4.5", "Performance will be reported publicly once a year through a new annual performance "
                      "report that uses the national benchmarking measures alongside local ones. A six-monthly "
                      "report is not proposed, because the quarterly data needed are not available for most "
                      "services.")]),
         "<p class='crh'>5. IMPLICATIONS</p>",
         sec([("5.1", "<b>Financial:</b> the cost of the actions in section 4 will be met from existing budgets."),
              ("5.2", "<b>Legal:</b> the Council's consideration of this report meets its duty under the 2003 "
                      "Act."),
              ("5.3", "<b>Equalities:</b> an equality impact assessment will be carried out for each budget "
                      "proposal before the February meeting.")]),
         "<p class='crh'>6. CONCLUSION</p>",
         sec([("6.1", "The report is a difficult one for the Council, but it sets out a clear path. Members are "
                      "asked to approve the recommendations in section 2.")]),
         "<p class='cr'><b>Catriona MacLennan</b><br/>Chief Executive<br/>Author: Euan Drysdale, Head of "
         "Corporate Governance, tel. 01899 402117</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Best Value Assurance Report  |  Glenmorran Council",
            footer="Local Audit Commission for Scotland  |  Page {n}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Glenmorran Council  |  27 August 2026  |  Agenda Item 9  |  "
            "{n}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "the strategy presented in February 2027 will therefore cover three years",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "has agreed five shared priorities to replace the 23",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "A revised scheme will be brought to the Council in November 2026",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "A six-monthly report is not proposed",
         "verdict": "partly"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "will be a matter for the new Head of People",
         "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "does not intend to hold further consultation before the closures",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "approves the response set out in section 4 of this report",
        "The Leader and the leaders of the opposition groups met",
        "will be met from existing budgets",
    ], "Advice: a Scottish-style Best Value Assurance Report by the Controller of Audit, with the local audit "
       "commission's findings printed in front (genre of the Best Value reports on Scottish councils). A "
       "shaded 'Commission findings' panel with serif paragraphs numbered 1.-6. ('The Council must now close a "
       "budget gap', 'We endorse the recommendations in the Controller's report', 'We will ask the Controller "
       "of Audit to report again'), 'Key messages' numbered 1-5, then a bordered 'Recommendations' box - the "
       "ONLY place where the seven recommendations stand - as UNNUMBERED bullets (five 'The Council should "
       "...', two 'Elected members [and senior officers] should ...'); numbers 1-7 in order. Parts 1-3 with "
       "exhibits; traps: the Local Government in Scotland Act 2003's Best Value duty, a councillor quoted ('We "
       "should be arguing about how to deliver'), the 2019 annual audit report's recommendation quoted ('the "
       "Council should agree a long-term approach to balancing its budget'), two exhibits, 'We make no "
       "recommendation about the Council's arm's-length leisure trust'. Response: the Chief Executive's "
       "committee report (Agenda Item 9, a bordered header table), numbered paragraphs in sections 1 PURPOSE, 2 "
       "RECOMMENDATIONS (the report's OWN recommendations to the Council, '(a) notes ... (b) approves ... (c) "
       "agrees' - not replies), 3 BACKGROUND, 4 RESPONSE, 5 IMPLICATIONS, 6 CONCLUSION. Section 4 answers in "
       "prose without verdict labels and without recommendation numbers, in the order 3, 1+5, 6, 2, 4: 4.1 "
       "revised scheme of delegation in November (3 agrees); ONE paragraph 4.2: a three-year, not five-year, "
       "strategy (1 partly) + 'whether a separate workforce plan is needed will be a matter for the new Head of "
       "People' (5 noted); 4.3 'does not intend to hold further consultation' (6 disagrees); 4.4 cross-party "
       "working group agreed five shared priorities (2 agrees); 4.5 annual, benchmarked, 'A six-monthly report "
       "is not proposed' (4 partly); 7 (members' training) unanswered. Unmatched: 2.1 (the report's own "
       "recommendations), 3.2 (meeting with the Controller), 5.1-5.3 implications.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

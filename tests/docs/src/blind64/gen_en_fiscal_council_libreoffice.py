"""Round 64 (EN): an independent FISCAL COUNCIL'S FISCAL ASSESSMENT REPORT (genre of the reports of the EU's
independent fiscal institutions, e.g. a Fiscal Advisory Council assessing the government's budgetary plans) and
the DEPARTMENT OF FINANCE'S 'COMPLY OR EXPLAIN' RESPONSE, quoting each recommendation and giving its position
under it.
Advice: Fiscal Advisory Council, 'Fiscal Assessment Report, June 2026', 2 p.: a bordered 'Key messages' box
(paraphrases), chapters 1-5 with the seven recommendations as UNNUMBERED BOLD SENTENCES inside paragraphs
(four 'The Council recommends that ...' - one after 'To improve transparency,' - and three bold 'should'
sentences), numbered 1-7 by position; a table 'Status of recommendations in the December 2025 report' with the
Department's earlier 'Comply' / 'Explain' responses; a macro table.
Response: Department of Finance, 'Response to the Fiscal Advisory Council's Fiscal Assessment Report of June
2026', 2 p.: introduction (the comply-or-explain principle), 'General comments', then sections that quote the
recommendations in italics followed by a bold 'Department's response:' label (Comply / Partially comply /
Explain / Under consideration) in the order 3, 1+2 (ONE section, two labels), 7, 5, 4; 6 (independent review of
large capital projects) unanswered; 'Update on previous recommendations' and the closing answer nothing.
Traps: the key messages, non-bold 'should' findings ('spending should have been contained'), the
comply-or-explain duty, the earlier recommendations and responses in a table, 'The Council does not recommend a
specific figure', the Council's endorsement of forecasts. LibreOffice Writer headless from HTML, A4, Liberation
Serif/Sans; running header and page numbers stamped with PyMuPDF. All names, bodies, people and figures are
invented; Council Directive 2011/85/EU is real, but what is said about it is not to be relied on.

Run:  /tmp/blind64en/bin/python tests/docs/src/blind64/gen_en_fiscal_council_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b64en as H

NAME = "blind64_en_fiscal_council"
TMP = "/tmp/blind64en_fiscal_council"

RECS = [
    "The Council recommends that the Government keep growth in net spending within the 5 per cent national "
    "spending rule in 2027, including any measures announced after Budget day.",
    "Windfall corporation tax receipts, defined as receipts above EUR 4 billion a year, should be transferred "
    "in full to the Future Resilience Fund.",
    "To improve transparency, the Council recommends that the Department publish each autumn a reconciliation "
    "of spending outturns with the ceilings set in the previous Budget.",
    "Costings of every new measure worth more than EUR 50 million should be published on Budget day.",
    "The Council recommends that long-term fiscal projections, covering the costs of ageing and climate "
    "change, be prepared and published at least every three years.",
    "The Council recommends that every capital project costing over EUR 100 million be subject to an "
    "independent external review before final approval.",
    "The Department should share its draft macroeconomic forecasts with the Council at least four weeks "
    "before Budget day.",
]

CSS = """
@page { size: 210mm 297mm; margin: 22mm 21mm 20mm 21mm; }
body { font-family: 'Liberation Serif'; font-size: 10.5pt; }
p { font-family: 'Liberation Serif'; font-size: 10.5pt; margin-top: 0; margin-bottom: 6pt; text-align: justify; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
li { font-family: 'Liberation Serif'; font-size: 10.5pt; margin-bottom: 3pt; }
.org { font-family: 'Liberation Sans'; font-size: 10pt; color: #8a1c2b; font-weight: bold; margin-bottom: 2pt; }
.title { font-family: 'Liberation Sans'; font-size: 21pt; font-weight: bold; color: #8a1c2b; margin-bottom: 3pt; }
.stitle { font-family: 'Liberation Sans'; font-size: 12pt; margin-bottom: 10pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 13pt; font-weight: bold; color: #8a1c2b; margin-top: 10pt;
      margin-bottom: 5pt; }
.h2 { font-family: 'Liberation Sans'; font-size: 11pt; font-weight: bold; margin-top: 9pt; margin-bottom: 4pt; }
.cell { font-family: 'Liberation Sans'; font-size: 9pt; margin-bottom: 0; text-align: left; }
.kb { font-family: 'Liberation Sans'; font-size: 10pt; margin-bottom: 4pt; text-align: left; }
.q { font-style: italic; margin-left: 10mm; margin-right: 6mm; }
.lab { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; color: #1d4e7a; margin-bottom: 3pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def B(k):
    return "<b>" + RECS[k - 1] + "</b>"


def table(rows, widths, head_bg):
    h = "".join("<td width='%d%%' bgcolor='%s'><p class='cell'><font color='#ffffff'><b>%s</b></font></p></td>"
                % (w, head_bg, x) for x, w in zip(rows[0], widths))
    body = "".join("<tr>" + "".join("<td width='%d%%'><p class='cell'>%s</p></td>" % (w, x)
                                    for x, w in zip(r, widths)) + "</tr>" for r in rows[1:])
    return ("<table width='100%%' cellpadding='4' cellspacing='0' border='1' bordercolor='#999999'>"
            "<tr>%s</tr>%s</table><p></p>" % (h, body))


def advice():
    b = ["<p class='org'>FISCAL ADVISORY COUNCIL</p>",
         "<p class='title'>Fiscal Assessment Report</p>",
         "<p class='stitle'>June 2026  |  An assessment of the Stability Programme Update 2026</p>",
         "<table width='100%' cellpadding='8' cellspacing='0' border='1' bordercolor='#8a1c2b' bgcolor='#f6ecee'>"
         "<tr><td><p class='kb'><b>Key messages</b></p>"
         "<p class='kb'>- The Department's forecasts are endorsed as within a reasonable range.</p>"
         "<p class='kb'>- Net spending is set to grow by 6.8 per cent in 2027, breaching the national spending "
         "rule for the third year in a row.</p>"
         "<p class='kb'>- Corporation tax now makes up one in four euro of tax; much of it may not last.</p>"
         "<p class='kb'>- In short, the Government needs to stick to its own rule, save the windfalls and be "
         "more open about how it plans spending.</p></td></tr></table><p></p>",
         "<p class='h1'>1. Macroeconomic forecasts</p>",
         "<p>The Stability Programme Update projects growth in modified domestic demand of 2.6 per cent in 2026 "
         "and 2.3 per cent in 2027. The Council has assessed these forecasts and endorses them as within a "
         "reasonable range. However, the Council received the final forecasts only eight working days before "
         "the deadline for endorsement, which left too little time for a full review. " + B(7) + "</p>",
         table([["", "2025", "2026f", "2027f"],
                ["Modified domestic demand (% change)", "2.9", "2.6", "2.3"],
                ["Employment (% change)", "2.4", "1.8", "1.5"],
                ["HICP inflation (%)", "2.1", "2.0", "1.9"]], [52, 16, 16, 16], "#8a1c2b"),
         "<p class='h1'>2. Compliance with the fiscal rules</p>",
         "<p>The national spending rule limits growth in net government spending to 5 per cent a year. Net "
         "spending grew by 7.1 per cent in 2025 and is planned to grow by 6.8 per cent in 2027. Spending should "
         "have been contained in 2025, when tax receipts allowed it; instead, once-off measures were repeated and "
         "became permanent. " + B(1) + " The Council does not recommend a specific figure for the overall "
         "budget balance, which remains in surplus.</p>",
         "<p class='h1'>3. Windfall receipts and the Future Resilience Fund</p>",
         "<p>Corporation tax receipts reached EUR 28.4 billion in 2025. The Council estimates that EUR 11 billion "
         "of this is excess, coming from a small number of firms, and could fall away quickly. In our view the "
         "public finances should be run with a margin of safety for such a fall. " + B(2) + " The Government "
         "transferred EUR 2 billion to the Fund in 2025.</p>",
         "<p class='h1'>4. Budgetary planning and transparency</p>",
         "<p>Departments exceeded their spending ceilings in each of the last four years, by a total of EUR 6.2 "
         "billion, mostly in health. The Budget documents do not show by how much or why. " + B(3) + "</p>",
         "<p>In Budget 2026, eleven measures worth more than EUR 50 million each were announced without a "
         "published costing, and the costings of three of them appeared only in reply to parliamentary "
         "questions weeks later. " + B(4) + "</p>",
         "<p>Capital spending will rise to EUR 16 billion in 2027. Three large projects approved since 2022 have "
         "run over their approved budget by more than half. " + B(6) + "</p>",
         "<p class='h1'>5. Long-term sustainability</p>",
         "<p>Population ageing will add around 4 per cent of national income to annual spending on pensions, "
         "health and long-term care by 2050. The last long-term projections were published in 2021. " + B(5) +
         "</p>",
         "<p class='h2'>Status of recommendations in the December 2025 report</p>",
         "<p>Under the comply-or-explain principle of Council Directive 2011/85/EU, as amended in 2024, the "
         "Government must either follow the Council's assessments or explain publicly why it does not. The "
         "table below sets out the Department's responses to our previous report.</p>",
         table([["Recommendation (December 2025)", "Department's response", "Council's view"],
                ["The Government should publish a tax expenditure report each year.", "Comply",
                 "Implemented"],
                ["Contingency reserves should be set aside for unallocated spending pressures.", "Explain",
                 "Not implemented"],
                ["The Department should publish its fiscal model.", "Comply", "Partly implemented"]],
               [50, 25, 25], "#8a1c2b"),
         "<p>Sebastian Leary, Chairperson, on behalf of the Council</p>"]
    return page("".join(b))


def response():
    Q = lambda k: "<p class='q'>\"" + RECS[k - 1] + "\"</p>"
    b = ["<p class='org' style='color:#1d4e7a'>DEPARTMENT OF FINANCE</p>",
         "<p class='title' style='font-size:16pt;color:#1d4e7a'>Response to the Fiscal Advisory Council's Fiscal "
         "Assessment Report of June 2026</p>",
         "<p class='stitle' style='font-size:10.5pt'>Published on 14 August 2026 under the comply-or-explain "
         "principle</p>",
         "<p class='h2'>Introduction</p>",
         "<p>The Department of Finance values the Council's independent scrutiny. As required, this document "
         "sets out, for each recommendation in the Council's report, whether the Government complies and, where "
         "it does not, the reasons. It was noted by the Government on 4 August 2026.</p>",
         "<p class='h2'>General comments</p>",
         "<p>The Department welcomes the endorsement of its macroeconomic forecasts. It notes that the Council's "
         "estimate of excess corporation tax is higher than the Department's own estimate of EUR 8 billion, and "
         "the two institutions will meet to compare methods.</p>",
         "<p class='h2'>Reconciliation of spending outturns</p>", Q(3),
         "<p class='lab'>Department's response: Comply</p>",
         "<p>From October 2026 the Annual Progress Report will include a table comparing each Department's "
         "outturn with its ceiling, with an explanation of every overrun above 1 per cent.</p>",
         "<p class='h2'>Net spending and windfall receipts</p>", Q(1), Q(2),
         "<p class='lab'>Department's response: Explain (spending rule); Partially comply (windfall receipts)</p>",
         "<p>The Government has decided that spending on housing and on the health workforce cannot be delayed, "
         "and net spending will grow by more than 5 per cent in 2027. The Government will not reduce the Budget "
         "2027 package to meet the rule, but it will review the rule itself in the autumn.</p>",
         "<p>The Government agrees that part of corporation tax receipts should be saved. It will transfer EUR 4 "
         "billion to the Future Resilience Fund in 2027, but it is not prepared to commit every euro above the "
         "threshold, as receipts are needed to fund capital investment.</p>",
         "<p class='h2'>Sharing of forecasts</p>", Q(7),
         "<p class='lab'>Department's response: Partially comply</p>",
         "<p>The Department will send its draft forecasts to the Council three weeks before Budget day. Four "
         "weeks is not possible, because the forecasts must take account of the latest quarterly national "
         "accounts.</p>",
         "<p class='h2'>Long-term projections</p>", Q(5),
         "<p class='lab'>Department's response: Under consideration</p>",
         "<p>The frequency of long-term projections will be examined in the review of the medium-term fiscal "
         "framework, which is due to conclude in 2027. The Department will inform the Council of the outcome.</p>",
         "<p class='h2'>Costing of Budget measures</p>", Q(4),
         "<p class='lab'>Department's response: Comply</p>",
         "<p>A costing annex covering all measures above the EUR 50 million threshold will be published with "
         "the Budget documents from Budget 2027 onwards.</p>",
         "<p class='h2'>Update on previous recommendations</p>",
         "<p>The Department's fiscal model and its user guide were published on the Department's website in May "
         "2026, which completes the action promised in response to the December 2025 report.</p>",
         "<p>The Department looks forward to continued engagement with the Council ahead of Budget 2027.</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Fiscal Advisory Council  |  Fiscal Assessment Report, June 2026",
            footer="{n}", skip_first=True, size=8)
    H.stamp(H.out(NAME + "_response.pdf"), header="Department of Finance  |  Comply or explain",
            footer="Page {n} of {N}", size=8)
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "will not reduce the Budget 2027 package to meet the rule",
         "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "it is not prepared to commit every euro above the threshold",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "with an explanation of every overrun above 1 per cent",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "A costing annex covering all measures above", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The Department will inform the Council of the outcome", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "Four weeks is not possible, because the forecasts must", "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, [
        "The Department of Finance values the Council's independent scrutiny",
        "the two institutions will meet to compare methods",
        "fiscal model and its user guide were published",
        "looks forward to continued engagement with the Council",
    ], "Advice: an independent fiscal council's fiscal assessment report (EU independent fiscal institution "
       "genre). The seven recommendations are UNNUMBERED BOLD sentences inside body paragraphs of chapters 1-5, "
       "numbered 1-7 by position: four open 'The Council recommends that' (3 after the lead-in 'To improve "
       "transparency,'), three are bold 'should' sentences ('Windfall corporation tax receipts ... should be "
       "transferred', 'Costings of every new measure ... should be published', 'The Department should share "
       "...'); 7 stands in chapter 1, before 1. Traps: the bordered 'Key messages' box ('In short, the "
       "Government needs to stick to its own rule ...'), the macro table, non-bold 'Spending should have been "
       "contained in 2025' and 'the public finances should be run with a margin of safety', 'The Council does "
       "not recommend a specific figure', the comply-or-explain duty ('the Government must either follow ... "
       "or explain'), the table of December 2025 recommendations with 'Comply' / 'Explain' responses. Response: "
       "the Department's comply-or-explain document; each section quotes the recommendation(s) in italics, "
       "then a bold 'Department's response:' label; order 3, 1+2, 7, 5, 4: 3 'Comply', table of outturns from "
       "October (agrees); ONE section 'Net spending and windfall receipts' quoting both, 'Explain (spending "
       "rule); Partially comply (windfall receipts)': 1 the package will not be reduced to meet the rule "
       "(disagrees) + 2 EUR 4 billion transferred but not every euro above the threshold (partly); 7 'Partially "
       "comply', three weeks not four (partly); 5 'Under consideration', left to the fiscal framework review "
       "(noted); 4 'Comply', costing annex (agrees); 6 (independent review of capital projects over EUR 100 "
       "million) unanswered. Unmatched: the introduction, 'General comments' (forecast endorsement, excess "
       "corporation tax estimates), 'Update on previous recommendations' (fiscal model) and the closing line.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

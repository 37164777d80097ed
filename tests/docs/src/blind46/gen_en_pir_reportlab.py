"""Round 46 (EN): an English local auditor's 'Report in the Public Interest' (Schedule 7, Local Audit and
Accountability Act 2014) on the (invented) Wendlebury Borough Council and its housing company, by the (invented)
Carrow Pell LLP: cover, numbered paragraphs 1.1-4.9 in a number column, a summary that only counts the
recommendations, Table 1 of loan drawdowns, findings with past-tense 'should have', a 2023/24 improvement
recommendation quoted, statutory duties ('the Council must'), and section 5 with a ruled table Ref | Recommendation
| Priority holding R1-R7; answered by the Chief Executive's report to an Extraordinary Meeting of Council (report
details block, its own 'Recommendations' to members, response by theme in another order, financial implications).
reportlab platypus, A4, cleaned Liberation Sans/Serif, running header and footer drawn on the canvas. All content
(council, company, auditor, people, figures) is invented; the statute is real, what is said about it is not to be
relied on.

Run:  /tmp/blind46en/bin/python tests/docs/src/blind46/gen_en_pir_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b46en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NAME = "blind46_en_pir"
for nm, f in (("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
              ("LRI", "LiberationSerif-Italic.ttf"), ("LS", "LiberationSans-Regular.ttf"),
              ("LSB", "LiberationSans-Bold.ttf"), ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRB")

TEAL = colors.HexColor("#00565b")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, spaceBefore=8, spaceAfter=8, textColor=TEAL)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=5)
CELL = ParagraphStyle("c", fontName="LS", fontSize=9.5, leading=12.5)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB", textColor=colors.white)

R = {"R1": "The Council should establish a shareholder committee with delegated authority to oversee Wendlebury "
           "Homes Ltd, separate from the company board.",
     "R2": "The Council should remove the Section 151 Officer from the board of Wendlebury Homes Ltd so that the "
           "officer's statutory role is not compromised.",
     "R3": "The Council should suspend further drawdowns under the loan facility until an updated company "
           "business plan has been approved by full Council.",
     "R4": "The Council should obtain an independent valuation of the company's housing stock and assess the "
           "need for an expected credit loss on the loans in its 2025/26 accounts.",
     "R5": "Members should receive quarterly reports on the company's financial performance, including cash flow "
           "against the approved business plan and sales achieved.",
     "R6": "The Council should commission an external review of the capacity and skills of its finance function, "
           "to be completed by 31 December 2026.",
     "R7": "The Council should revise its constitution so that any loan above £5 million to a company owned by the "
           "Council requires a decision of full Council."}


def deco(head, foot):
    def draw(c, doc):
        if doc.page == 1 and foot.startswith("Report in"):
            return
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, A4[1] - 12 * mm, head)
        c.setStrokeColor(TEAL)
        c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        c.drawString(20 * mm, 10 * mm, foot)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, "Page %d" % doc.page)
        c.restoreState()
    return draw


def N(n, t):
    tb = Table([[Paragraph(n, BODY), Paragraph(t, BODY)]], colWidths=(13 * mm, 157 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Report in the Public Interest - Wendlebury Borough Council")
    big = ParagraphStyle("big", fontName="LSB", fontSize=26, leading=32, textColor=TEAL, spaceAfter=12)
    mid = ParagraphStyle("mid", fontName="LS", fontSize=13, leading=18, spaceAfter=8)
    s = [Spacer(1, 35 * mm), Paragraph("Wendlebury Borough Council", mid),
         Paragraph("Report in the Public Interest", big),
         Paragraph("Governance and financial oversight of Wendlebury Homes Ltd", mid),
         Spacer(1, 10 * mm),
         Paragraph("Issued under Section 24 and Schedule 7 of the Local Audit and Accountability Act 2014", mid),
         Paragraph("Audit year 2024/25", mid),
         Spacer(1, 55 * mm),
         Paragraph("<b>Carrow Pell LLP</b><br/>Public Sector Audit<br/>4 Tanner's Yard, Norwich NR3 1QL", mid),
         Paragraph("Date: 19 August 2026", mid),
         PageBreak(),
         Paragraph("1 Introduction", H1),
         Paragraph("Why we are issuing this report", H2),
         N("1.1", "We are the appointed external auditor of Wendlebury Borough Council ('the Council'). Under "
                  "Section 24 and Schedule 7 of the Local Audit and Accountability Act 2014 ('the 2014 Act') we "
                  "must consider whether, in the public interest, we should report on any matter that comes to our "
                  "attention during the audit, so that it may be considered by the Council or brought to the "
                  "attention of the public."),
         N("1.2", "We have decided to issue this Report in the Public Interest because of the scale of the "
                  "Council's financial exposure to its wholly owned housing company, Wendlebury Homes Ltd ('the "
                  "company'), and because of weaknesses in the way that exposure has been governed and reported "
                  "to members. The matters in this report were first raised with officers in March 2026."),
         N("1.3", "Under paragraph 5 of Schedule 7 to the 2014 Act, the Council must consider this report at a "
                  "meeting held within one month of the date on which it was sent to the Council, and must decide "
                  "whether the report requires it to take any action and what action to take. The Council must "
                  "also publish a notice of the meeting and of its decision."),
         N("1.4", "This report has been shared in draft with the Chief Executive, the Section 151 Officer, the "
                  "Monitoring Officer and the Chair of the company. We have taken account of their comments on "
                  "factual accuracy."),
         Paragraph("2 Summary", H1),
         N("2.1", "Between May 2021 and March 2025 the Council lent £41.6 million to the company to build and "
                  "buy homes for market sale and private rent. The company's business plan of 2021 forecast that "
                  "the loans would be repaid from sales by 2027. At 31 March 2025 the company had sold 38 of the "
                  "212 homes it planned to sell and had repaid £2.1 million."),
         N("2.2", "We found that decisions to increase the loan facility were taken by a single Cabinet member "
                  "under delegated powers, that members were not told when the company breached its loan "
                  "covenants, and that the Council's accounts did not reflect the risk that the loans will not be "
                  "repaid in full."),
         N("2.3", "We make seven recommendations, set out in section 5. In summary, they concern the governance "
                  "of the company, the loan facility and its accounting treatment, reporting to members, and the "
                  "capacity of the Council's finance function."),
         Paragraph("3 Background", H1),
         N("3.1", "The company was incorporated in February 2021 and is wholly owned by the Council. Its board "
                  "comprises two independent non-executive directors, the Council's Director of Place and the "
                  "Council's Section 151 Officer. The loan facility agreement permits the Council to lend up to "
                  "£45 million at 4.2 per cent interest, repayable by 31 March 2031."),
         N("3.2", "Table 1 shows the drawdowns made under the facility in each year."),
         ]
    rows = [["Year", "Drawdowns (£m)", "Cumulative (£m)", "Approved by"],
            ["2021/22", "9.8", "9.8", "Full Council (business case)"],
            ["2022/23", "14.2", "24.0", "Cabinet"],
            ["2023/24", "11.1", "35.1", "Cabinet Member for Finance"],
            ["2024/25", "6.5", "41.6", "Cabinet Member for Finance"]]
    t = Table([[Paragraph(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=(25 * mm, 35 * mm, 35 * mm, 75 * mm))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    s += [Paragraph("<b>Table 1: Loans advanced to Wendlebury Homes Ltd</b>", CELL), Spacer(1, 2 * mm), t,
          Paragraph("Source: Council ledger and loan facility drawdown notices.", ParagraphStyle(
              "src", parent=CELL, fontSize=8.5, spaceBefore=2, spaceAfter=8)),
          Paragraph("4 Our findings", H1),
          Paragraph("Decision-making on the loan facility", H2),
          N("4.1", "The original business case was approved by full Council in March 2021. Subsequent increases "
                   "were approved by Cabinet and, from 2023/24, by the Cabinet Member for Finance under the scheme "
                   "of delegation. The constitution allows a Cabinet member to approve any treasury decision within "
                   "the approved budget, which in our view was never intended to cover lending of this size."),
          N("4.2", "In July 2023 the company breached the interest cover covenant in the facility agreement. "
                   "Officers should have reported the breach to Cabinet and to the Audit and Governance Committee; "
                   "they did not do so until February 2025."),
          Paragraph("Governance of the company", H2),
          N("4.3", "The Council has no shareholder committee. Shareholder decisions are taken by the same Cabinet "
                   "member who approves the loans, advised by officers who also sit on the company board. The "
                   "Section 151 Officer is therefore both a director of the borrower and the officer responsible "
                   "for advising the lender on the security of its loans."),
          N("4.4", "In our Auditor's Annual Report for 2023/24 we made an improvement recommendation that \"the "
                   "Council should review its shareholder governance arrangements against good practice guidance\". "
                   "A review was started in 2024 but was not completed."),
          Paragraph("Accounting and reporting", H2),
          N("4.5", "The loans are held in the Council's balance sheet at their full amortised cost. No "
                   "independent valuation of the company's homes has been obtained since 2022, and the Council has "
                   "not assessed whether an expected credit loss should be recognised."),
          N("4.6", "Members receive an annual report from the company at its AGM. Between AGMs, there is no "
                   "regular reporting of the company's cash position or sales to Cabinet, Scrutiny or the Audit and "
                   "Governance Committee."),
          N("4.7", "A prudent lender in the Council's position would expect to see monthly cash-flow information. "
                   "The Council did not ask for it."),
          Paragraph("Capacity", H2),
          N("4.8", "The finance function has had three Section 151 Officers in four years, and 11 of its 34 posts "
                   "were vacant or filled by interim staff at 31 March 2025. Several of the weaknesses we describe "
                   "stem from a lack of capacity rather than from a lack of will."),
          N("4.9", "We have also considered whether to make statutory recommendations under Schedule 7 paragraph "
                   "2. We have decided not to do so at this stage, but we will keep this under review."),
          Paragraph("5 Recommendations", H1),
          N("5.1", "We make the following recommendations. The Council should agree an action plan in response and "
                   "report progress to the Audit and Governance Committee."),
          ]
    pr = {"R1": "High", "R2": "High", "R3": "High", "R4": "High", "R5": "Medium", "R6": "Medium", "R7": "High"}
    rows = [[Paragraph("Ref", CELLB), Paragraph("Recommendation", CELLB), Paragraph("Priority", CELLB)]]
    rows += [[Paragraph("<b>%s</b>" % k, CELL), Paragraph(R[k], CELL), Paragraph(pr[k], CELL)] for k in R]
    t = Table(rows, colWidths=(15 * mm, 130 * mm, 25 * mm), repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 5 * mm),
          N("5.2", "We will follow up the Council's response as part of our 2025/26 work on value for money "
                   "arrangements."),
          Spacer(1, 6 * mm),
          Paragraph("Helen Marsh, Key Audit Partner<br/>for and on behalf of Carrow Pell LLP", BODY)]
    doc.build(s, onFirstPage=deco("", "Report in the Public Interest"),
              onLaterPages=deco("Wendlebury Borough Council - Report in the Public Interest",
                                "Carrow Pell LLP | Report in the Public Interest 2024/25"))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Extraordinary Council 17 September 2026 - Item 4")
    B = ParagraphStyle("rb", fontName="LR", fontSize=11.5, leading=15.5, spaceAfter=7)
    h = ParagraphStyle("rh", fontName="LSB", fontSize=12, leading=16, spaceBefore=8, spaceAfter=5)
    det = [["Meeting", "Extraordinary Meeting of the Council"], ["Date", "17 September 2026"],
           ["Agenda item", "4"], ["Report of", "Chief Executive (Martin Okafor)"],
           ["Lead Member", "Leader of the Council, Cllr Sue Ferrand"], ["Wards affected", "All"],
           ["Exempt information", "None"]]
    t = Table([[Paragraph("<b>%s</b>" % a, CELL), Paragraph(b, CELL)] for a, b in det], colWidths=(45 * mm, 121 * mm))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e8eef0"))]))
    s = [Paragraph("WENDLEBURY BOROUGH COUNCIL", ParagraphStyle("lh", fontName="LSB", fontSize=16, leading=20,
                                                                  textColor=TEAL)),
         Spacer(1, 3 * mm), t, Spacer(1, 4 * mm),
         Paragraph("Report in the Public Interest: Wendlebury Homes Ltd", ParagraphStyle(
             "tt", fontName="LSB", fontSize=14, leading=18, spaceAfter=6)),
         Paragraph("1. Purpose of report", h),
         Paragraph("1.1 To enable the Council to consider the Report in the Public Interest issued by Carrow Pell "
                   "LLP on 19 August 2026, as Schedule 7 to the Local Audit and Accountability Act 2014 requires, "
                   "and to agree the Council's response.", B),
         Paragraph("2. Recommendations", h),
         Paragraph("2.1 That Council:", B),
         Paragraph("(a) receives the Report in the Public Interest and accepts the auditor's findings;<br/>"
                   "(b) agrees the response to the auditor's recommendations set out in section 4 of this report;<br/>"
                   "(c) asks the Audit and Governance Committee to monitor delivery and to receive a first progress "
                   "report in January 2027.", ParagraphStyle("ri", parent=B, leftIndent=8 * mm)),
         Paragraph("3. Background", h),
         Paragraph("3.1 The auditor's report was received on 19 August 2026 and published on the Council's website "
                   "on 21 August 2026. The Leader and I have apologised publicly to residents for the weaknesses it "
                   "identifies. The auditor has made seven recommendations; the Council's response is grouped by "
                   "theme below.", B),
         Paragraph("4. The Council's response", h),
         Paragraph("<b>Lending to the company</b>", B),
         Paragraph("4.1 On 2 September 2026 Cabinet agreed that no further drawdowns will be made under the loan "
                   "facility until a revised business plan has been approved by full Council. The revised plan is "
                   "expected to come to Council in December. This recommendation (R3) is accepted and has been "
                   "implemented.", B),
         Paragraph("4.2 On the threshold for loan decisions (R7), the Council accepts that the delegation used in "
                   "2023/24 and 2024/25 was not appropriate. However, a £5 million threshold would bring routine "
                   "treasury decisions to full Council. The Constitution Working Group will therefore propose a "
                   "threshold of £10 million, with any loan above £2 million to require a Cabinet decision.", B),
         Paragraph("<b>Governance of the company</b>", B),
         Paragraph("4.3 A Shareholder Committee of five members, chaired by the Leader, was established by Cabinet on "
                   "2 September 2026 with delegated shareholder functions and held its first meeting on 10 "
                   "September (R1). The Council has also taken external legal advice on R2 and, having considered "
                   "it, the Council does not "
                   "accept this recommendation. The Section 151 Officer's knowledge of the company is needed on the "
                   "board while the business plan is revised, and a protocol now requires the officer to leave the "
                   "meeting whenever the board discusses borrowing from the Council.", B),
         Paragraph("<b>Accounting treatment</b>", B),
         Paragraph("4.4 Savills Valuation Services has been instructed to value the company's 174 unsold homes. The "
                   "result will inform an impairment review, and any expected credit loss will be recognised in the "
                   "2025/26 statement of accounts, as the auditor recommends (R4).", B),
         Paragraph("<b>Finance capacity</b>", B),
         Paragraph("4.5 The Council notes recommendation R6. A permanent Director of Finance and Section 151 Officer "
                   "has been appointed and will start on 4 January 2027; whether an external review is needed will "
                   "be considered with the new Director once in post.", B),
         Paragraph("5. Financial implications", h),
         Paragraph("5.1 The auditor has advised that the additional audit fee for the Report in the Public "
                   "Interest will be about £86,400. This will be met from the corporate contingency in 2026/27.", B),
         Paragraph("6. Legal implications", h),
         Paragraph("6.1 The Monitoring Officer confirms that this meeting meets the requirements of paragraphs 5 to "
                   "7 of Schedule 7 to the 2014 Act. A notice of the Council's decision will be published in the "
                   "Wendlebury Courier and on the Council's website.", B),
         Paragraph("Background papers: Auditor's Annual Report 2023/24; Cabinet minutes, 2 September 2026.",
                   ParagraphStyle("bp", parent=B, fontSize=10)),
         ]
    doc.build(s, onFirstPage=deco("Extraordinary Council - 17 September 2026 - Item 4", "Wendlebury Borough Council"),
              onLaterPages=deco("Extraordinary Council - 17 September 2026 - Item 4", "Wendlebury Borough Council"))


NOTES = ("English local auditor's Report in the Public Interest (Schedule 7, 2014 Act) on Wendlebury Borough "
         "Council and its housing company, by Carrow Pell LLP: cover, paragraphs 1.1-5.2 in a number column, "
         "Table 1 of drawdowns, and a ruled table Ref | Recommendation | Priority in section 5 holding R1-R7, all "
         "'The Council should ...' except R5 'Members should receive ...'. Traps: the statutory duties 'the "
         "Council must consider this report' (1.3), the summary 'We make seven recommendations' (2.3), the finding "
         "'Officers should have reported the breach' (4.2), the 2023/24 improvement recommendation quoted (4.4), "
         "'A prudent lender ... would expect' (4.7), the decision not to make statutory recommendations (4.9) and "
         "5.1 'The Council should agree an action plan'. Response: Chief Executive's report to an Extraordinary "
         "Council meeting (details table, its own Recommendations (a)-(c) to members), section 4 by theme in the "
         "order R3, R7, R1+R2, R4, R6: R3 accepted and implemented (agrees); R7 threshold of £10 million instead "
         "of £5 million (partly); one paragraph 4.3 covers R1 (Shareholder Committee established - agrees) and R2 ('does not accept this recommendation', officer stays on the board with a protocol - disagrees); R4 valuation instructed, "
         "expected credit loss in 2025/26 accounts (agrees); R6 'notes', will be considered with the new Director "
         "(noted); R5 (quarterly reporting to members) unanswered. Financial implications (audit fee £86,400) and "
         "legal implications answer no recommendation.")


def expected():
    sw = lambda k: " ".join(R[k].split()[:11])
    recs = [
        {"number": "R1", "starts_with": sw("R1"), "reply_contains": "A Shareholder Committee of five members, chaired by the Leader",
         "verdict": "agrees"},
        {"number": "R2", "starts_with": sw("R2"), "reply_contains": "the Council does not accept this recommendation",
         "verdict": "disagrees"},
        {"number": "R3", "starts_with": sw("R3"), "reply_contains": "This recommendation (R3) is accepted and has been implemented",
         "verdict": "agrees"},
        {"number": "R4", "starts_with": sw("R4"), "reply_contains": "Savills Valuation Services has been instructed to value",
         "verdict": "agrees"},
        {"number": "R5", "starts_with": sw("R5"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "R6", "starts_with": sw("R6"), "reply_contains": "The Council notes recommendation R6",
         "verdict": "noted"},
        {"number": "R7", "starts_with": sw("R7"), "reply_contains": "will therefore propose a threshold of £10 million",
         "verdict": "partly"},
    ]
    H.write_expected(NAME, recs, ["additional audit fee for the Report in the Public Interest will be about"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b46en.py"), NAME)) and 1)

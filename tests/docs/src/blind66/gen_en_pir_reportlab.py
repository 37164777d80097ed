"""Round 66 (EN): a REPORT IN THE PUBLIC INTEREST by a local authority's appointed external auditor (genre of the
reports issued in England under paragraph 1 of Schedule 7 to the Local Audit and Accountability Act 2014) and
the MINUTES OF THE EXTRAORDINARY COUNCIL MEETING that considered it, whose RESOLUTIONS are the council's reply.
Advice: Marlowe Finch LLP, 'Report in the Public Interest concerning Hallbridge Borough Council's oversight of
Hallbridge Homes Limited', 9 June 2026, A4, 3 p.: paragraphs numbered 1-16 with hanging numbers, a loans table,
the statutory duties paraphrased ('must consider this report at a meeting'), an 'In short' summary, the
auditor's earlier improvement recommendation quoted, a councillor quoted, 'We do not make that
recommendation'; the seven recommendations R1-R7 ONLY in a ruled table 'Ref | Recommendation | Report
paragraphs' at paragraph 16.
Response: minutes of the extraordinary meeting of 7 July 2026: items 14 (apologies), 15 (declarations of
interest), 16 (public questions) answer nothing; item 17 with a short account of the debate and a 'RESOLVED -
That the Council:' list (1)-(7) in its own numbering and another order: (1) findings accepted (no reply),
(2) R2, (3) R1 + R3, (4) R5, (5) R6, (6) R7, (7) quarterly reporting (no recommendation); R4 unanswered.
reportlab platypus, cleaned Liberation Sans/Serif; invariant=1. All names, bodies, people, places and figures are
invented; the Local Audit and Accountability Act 2014 is real, but what is said about it is not to be relied on.

Run:  /tmp/blind66en/bin/python tests/docs/src/blind66/gen_en_pir_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b66en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind66_en_pir"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

TEAL = colors.HexColor("#0f5c63")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.6, leading=13, spaceAfter=0, alignment=0)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=19, leading=23, textColor=TEAL, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=9.5, leading=12.5, spaceAfter=2, textColor=colors.HexColor(
    "#333333"))
NUM = ParagraphStyle("num", parent=BODY, fontName="LSB", textColor=TEAL)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB", textColor=colors.white)
CELLR = ParagraphStyle("cellr", parent=CELL, fontName="LSB")
# minutes
M = ParagraphStyle("m", fontName="SR", fontSize=11, leading=14.2, spaceAfter=6, alignment=4)
MH = ParagraphStyle("mh", fontName="SRB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
MC = ParagraphStyle("mc", parent=M, alignment=1, fontName="SRB", fontSize=12.5, leading=16, spaceAfter=3)
MR = ParagraphStyle("mr", parent=M, leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=5)

RECS = [
    ("R1", "The Council should establish a shareholder committee of members, with written terms of reference, to "
           "exercise the Council's rights as owner of Hallbridge Homes Limited.", "7-8"),
    ("R2", "The Council should make no further loans to the company until an independent review of the "
           "company's business plan has been reported to Cabinet.", "8-11"),
    ("R3", "The Council should appoint at least two independent non-executive directors with housing development "
           "experience to the company's board.", "7"),
    ("R4", "The Council should ensure that no officer who advises Cabinet on the company also serves as one of "
           "its directors.", "7"),
    ("R5", "The Council should recognise an impairment of its loans to the company in its 2025/26 accounts, based "
           "on a realistic assessment of expected losses.", "11"),
    ("R6", "The Council should provide training on the governance of council-owned companies to all members by "
           "31 December 2026.", "13"),
    ("R7", "The Council should require the company to publish its annual business plan and accounts on its "
           "website within one month of their approval.", "12"),
]


def P(t, s=BODY):
    return Paragraph(t, s)


def np(n, t):
    return Table([[P(str(n), NUM), P(t)]], colWidths=[10 * mm, 160 * mm], hAlign="LEFT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                        ("TOPPADDING", (0, 0), (-1, -1), 0)])


def deco_adv(c, doc):
    c.saveState()
    w, h = A4
    c.setFillColor(TEAL)
    c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(20 * mm, h - 15 * mm, "Hallbridge Borough Council - Report in the Public Interest")
    c.drawString(20 * mm, 11 * mm, "Marlowe Finch LLP  |  June 2026")
    c.drawRightString(w - 20 * mm, 11 * mm, "%d" % doc.page)
    c.restoreState()


def deco_rsp(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("SR", 9)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawCentredString(w / 2, 12 * mm, "Extraordinary Council - 7 July 2026   %d" % doc.page)
    c.restoreState()


def advice(path):
    s = [P("MARLOWE FINCH LLP  |  APPOINTED AUDITOR", SUB),
         P("Report in the Public Interest", TIT),
         P("concerning Hallbridge Borough Council's oversight of Hallbridge Homes Limited", ParagraphStyle(
             "t2", parent=TIT, fontSize=13, leading=16, fontName="LS", textColor=colors.black)),
         P("Issued under paragraph 1 of Schedule 7 to the Local Audit and Accountability Act 2014  |  9 June 2026",
           SUB),
         Spacer(1, 8),
         P("Introduction", H1),
         np(1, "We are the appointed external auditor of Hallbridge Borough Council (the Council). This report is "
               "issued in the public interest so that the matters in it may be considered by the Council and "
               "brought to the attention of the public. It is the first such report on the Council since the Act "
               "came into force."),
         np(2, "Under the Act, the Council must consider this report at a meeting held within one month of "
               "receiving it, and must decide whether the report requires it to take any action. It must publish "
               "notice of that meeting, and a summary of its decisions, in the local press."),
         np(3, "In short, the Council needs to take back control of its housing company. It has lent the company "
               "\u00a361.4 million with too little scrutiny, and it cannot be sure that the money will be repaid. We "
               "make seven recommendations, which are set out in the table at paragraph 16."),
         P("Background", H1),
         np(4, "Hallbridge Homes Limited (the company) was set up by the Council in 2019 to build 900 homes for "
               "market and intermediate rent on council land. The Council is its only shareholder and its only "
               "lender. By March 2026 the company had completed 212 homes."),
         np(5, "The Council has lent the company money in six tranches, shown in table 1."),
         Table([[P("Tranche", CELLB), P("Approved by Cabinet", CELLB), P("Amount (\u00a3m)", CELLB),
                 P("Business case presented", CELLB)],
                [P("1", CELL), P("July 2020", CELL), P("8.0", CELL), P("Yes", CELL)],
                [P("2", CELL), P("March 2021", CELL), P("12.5", CELL), P("Yes", CELL)],
                [P("3", CELL), P("November 2021", CELL), P("9.8", CELL), P("No", CELL)],
                [P("4", CELL), P("June 2022", CELL), P("14.1", CELL), P("Yes", CELL)],
                [P("5", CELL), P("February 2024", CELL), P("10.0", CELL), P("No", CELL)],
                [P("6", CELL), P("September 2025", CELL), P("7.0", CELL), P("Summary only", CELL)],
                [P("Total", CELLR), P("", CELL), P("61.4", CELLR), P("", CELL)]],
               colWidths=[22 * mm, 45 * mm, 30 * mm, 50 * mm], hAlign="CENTER", style=[
                   ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(
                       "#8aa9ac")), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         P("Table 1: Loans from the Council to Hallbridge Homes Limited, 2020-2025", ParagraphStyle(
             "cap", parent=SUB, fontName="LSI", fontSize=8.5, alignment=1, spaceBefore=3, spaceAfter=6)),
         np(6, "The company's directors are the Council's Director of Place, its Head of Housing and its Deputy "
               "Section 151 Officer. The company has no independent directors and no employees of its own."),
         P("Findings", H1),
         np(7, "<b>Governance.</b> The Council's Cabinet acts as shareholder, but it has never set out in writing "
               "which decisions are reserved to it. The officers who advise Cabinet on the company are the same "
               "officers who sit on its board, and who prepare its business plans. In our view the Council should "
               "have recognised this conflict of interest when the company was created."),
         np(8, "Cabinet approved tranches 3 and 5 without a business case, and tranche 6 on a two-page summary. "
               "In our 2023/24 Annual Auditor's Report we made an improvement recommendation that \"the Council "
               "should review the company's business plan at least annually and before any further loan is "
               "approved\". The Council accepted it, but no review has taken place."),
         np(9, "<b>Financial position.</b> The company made a loss of \u00a34.8 million in 2024/25, its third loss "
               "in a row. Its 2025 business plan assumes sales values 14 per cent above those achieved on its "
               "first scheme, and it has not yet sold a home at Eastgate."),
         np(10, "The company depends on new loans from the Council to meet the interest on its existing loans. "
                "Officers told us that the company should break even in 2028, but we saw no evidence to support "
                "that view."),
         np(11, "The Council's 2024/25 accounts carry the loans at their full value of \u00a361.4 million. In our "
                "view there is a material risk that part of the loans will not be repaid, and the accounts "
                "should reflect that risk."),
         np(12, "<b>Transparency.</b> The company files its accounts at Companies House, but they are not "
                "reported to Council. Several members told us that they first learned of the 2024/25 loss from "
                "the local newspaper. One councillor said: \"We should be told these things before the "
                "Hallbridge Echo is.\""),
         np(13, "<b>Member knowledge.</b> Of the 48 members, 11 have attended any training on council companies "
                "since 2019. Members of the Audit and Governance Committee told us they did not feel able to "
                "challenge officers on the company's finances."),
         P("What we are not recommending", H1),
         np(14, "We considered whether to recommend that the Council wind up the company and bring the homes into "
                "its Housing Revenue Account. We do not make that recommendation: whether the company has a "
                "future is a decision for the Council, once it has the information it needs."),
         P("Recommendations", H1),
         np(15, "We make the following recommendations. The Council should consider them at the meeting "
                "required by the Act, and we will follow up its response in our 2025/26 Annual Auditor's "
                "Report."),
         np(16, "Our recommendations are:")]
    rows = [[P("Ref", CELLB), P("Recommendation", CELLB), P("Report paragraphs", CELLB)]]
    rows += [[P(r, CELLR), P(t, CELL), P(p, CELL)] for r, t, p in RECS]
    s.append(Table(rows, colWidths=[14 * mm, 122 * mm, 24 * mm], hAlign="RIGHT", repeatRows=1, style=[
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8aa9ac")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [Spacer(1, 12),
          P("Rachel Venn, Key Audit Partner<br/>for and on behalf of Marlowe Finch LLP, Appointed Auditor<br/>"
            "9 June 2026")]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Report in the Public Interest",
                          author="Marlowe Finch LLP")
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


def response(path):
    P = lambda t, st=M: Paragraph(t, st)
    s = [P("HALLBRIDGE BOROUGH COUNCIL", MC),
         P("MINUTES of the EXTRAORDINARY MEETING of the COUNCIL held at the Town Hall, Hallbridge, on Tuesday "
           "7 July 2026 at 7.00 pm", ParagraphStyle("mt", parent=M, alignment=1)),
         P("<b>Present:</b> The Mayor (Councillor P. Ashworth) in the Chair; Councillors Abara, Bennett, Carr, "
           "Dunmore, Ellison, Fenwick, Grant, Hale, Iqbal, Jarvis, Kowalski and 31 other members (see attendance "
           "register).", M),
         P("<b>Also present:</b> Ms R. Venn, Key Audit Partner, Marlowe Finch LLP."),
         P("14. APOLOGIES FOR ABSENCE", MH),
         P("Apologies for absence were received from Councillors Khan, Osei and Turnbull.", M),
         P("15. DECLARATIONS OF INTEREST", MH),
         P("Councillor Hale declared a non-registerable interest as the tenant of a home let by Hallbridge Homes "
           "Limited. She remained in the meeting but took no part in the vote on item 17.", M),
         P("16. PUBLIC QUESTIONS", MH),
         P("Mr G. Pryce asked whether rents for the company's homes at Eastgate would rise in 2027. The Leader "
           "of the Council replied that rents were set by the company's board each January and that any rise "
           "would be limited to the rate of inflation.", M),
         P("17. REPORT IN THE PUBLIC INTEREST: HALLBRIDGE HOMES LIMITED", MH),
         P("The Council considered the Report in the Public Interest issued by the appointed auditor on 9 June "
           "2026, together with a report of the Chief Executive setting out a proposed response. Ms Venn "
           "presented the auditor's report and answered members' questions.", M),
         P("The Leader moved the response proposed by the Chief Executive. He said that the Council had been "
           "too slow to put the company's governance on a proper footing, and apologised to residents on behalf "
           "of the Cabinet. Councillor Fenwick asked why the proposed response did not follow all of the "
           "auditor's recommendations on the company's finances. The Director of Finance (Section 151 Officer) "
           "explained her assessment of the loans, which is reflected in resolution (4) below.", M),
         P("On being put to the vote, the motion was carried by 31 votes to 9, with 2 abstentions.", M),
         P("<b>RESOLVED</b> - That the Council:", M)]
    res = [
        ("(1)", "notes the Report in the Public Interest and accepts the findings set out in it;"),
        ("(2)", "in respect of recommendation R2, agrees that no new loan facility will be offered to Hallbridge "
                "Homes Limited until the independent review has been reported to Cabinet, save that the drawdown "
                "of \u00a33.2 million already contracted for phase 2 at Eastgate may proceed so that the homes "
                "under construction can be completed;"),
        ("(3)", "in respect of recommendations R1 and R3, establishes a Shareholder Committee of five members "
                "with the terms of reference at Appendix B, with effect from 1 August 2026; and agrees to appoint "
                "one independent non-executive director to the company's board, the appointment of a second "
                "to be considered once the independent review is complete;"),
        ("(4)", "does not accept recommendation R5, on the advice of the Section 151 Officer that the loans are "
                "secured on the company's completed homes and that no impairment is required under the "
                "Council's accounting policies;"),
        ("(5)", "agrees that a programme of member training on council-owned companies be added to the "
                "2026/27 member development programme, with all sessions held before the end of the calendar "
                "year, and that attendance be recorded and published;"),
        ("(6)", "notes recommendation R7 and asks the Shareholder Committee to discuss with the board of the "
                "company what information it might publish, having regard to commercial confidentiality;"),
        ("(7)", "requests the Chief Executive to report progress on this resolution to the Audit and Governance "
                "Committee every quarter, the first report to be made in October 2026."),
    ]
    s += [Table([[P(n, M), P(t, M)]], colWidths=[11 * mm, 149 * mm], hAlign="LEFT",
                style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]) for n, t in res]
    s += [Spacer(1, 10), P("The meeting closed at 8.47 pm.", M), Spacer(1, 14),
          P("MAYOR", ParagraphStyle("may", parent=M, alignment=2, fontName="SRB"))]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                          bottomMargin=22 * mm, invariant=1, title="Minutes - Extraordinary Council 7 July 2026",
                          author="Hallbridge Borough Council")
    d.build(s, onFirstPage=deco_rsp, onLaterPages=deco_rsp)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "R1", "starts_with": sw(1),
         "reply_contains": "establishes a Shareholder Committee of five members with the terms",
         "verdict": "agrees"},
        {"number": "R2", "starts_with": sw(2, 11),
         "reply_contains": "already contracted for phase 2 at Eastgate may proceed",
         "verdict": "partly"},
        {"number": "R3", "starts_with": sw(3),
         "reply_contains": "the appointment of a second to be considered once",
         "verdict": "partly"},
        {"number": "R4", "starts_with": sw(4, 12), "reply_contains": None, "verdict": "unanswered"},
        {"number": "R5", "starts_with": sw(5),
         "reply_contains": "does not accept recommendation R5, on the advice of",
         "verdict": "disagrees"},
        {"number": "R6", "starts_with": sw(6, 11),
         "reply_contains": "be added to the 2026/27 member development programme",
         "verdict": "agrees"},
        {"number": "R7", "starts_with": sw(7),
         "reply_contains": "notes recommendation R7 and asks the Shareholder Committee to discuss",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "Apologies for absence were received from Councillors Khan, Osei and Turnbull",
        "notes the Report in the Public Interest and accepts the findings",
        "declared a non-registerable interest as the tenant of a home",
        "whether rents for the company's homes at Eastgate would rise",
        "report progress on this resolution to the Audit and Governance Committee",
    ], "Advice: an external auditor's Report in the Public Interest on a council (genre of the reports issued in "
       "England under paragraph 1 of Schedule 7 to the Local Audit and Accountability Act 2014). Paragraphs "
       "numbered 1-16 with hanging numbers (colliding with nothing but present everywhere); the recommendations "
       "R1-R7 stand ONLY in a ruled table 'Ref | Recommendation | Report paragraphs' after paragraph 16, each "
       "opening 'The Council should ...'. Traps: the Act's duties paraphrased ('the Council must consider this "
       "report at a meeting'), 'In short, the Council needs to take back control ... We make seven "
       "recommendations', a loans table, 'the Council should have recognised this conflict of interest', the "
       "auditor's 2023/24 improvement recommendation quoted ('the Council should review the company's business "
       "plan'), officers' view 'the company should break even', 'the accounts should reflect that risk', a "
       "councillor quoted ('We should be told these things'), 'We do not make that recommendation' (winding up), "
       "'The Council should consider them' (procedure, paragraph 15). Response: MINUTES of the extraordinary "
       "Council meeting, items numbered 14-17 (the minute numbers collide with nothing in the advice's table but "
       "with its paragraphs); item 17's 'RESOLVED - That the Council:' list (1)-(7) in its own numbering: (1) "
       "notes the report and accepts the findings (no reply to a recommendation); (2) R2 no new loan facility "
       "save the GBP 3.2 million drawdown already contracted (partly); (3) ONE resolution 'in respect of "
       "recommendations R1 and R3': Shareholder Committee established (R1 agrees) + one independent director, "
       "a second only to be considered later (R3 partly); (4) 'does not accept recommendation R5' (disagrees); "
       "(5) member training added to the programme, before the end of the calendar year, WITHOUT naming R6 "
       "(agrees, by content); (6) 'notes recommendation R7 and asks the Shareholder Committee to discuss' "
       "(noted); (7) quarterly progress reports to the Audit and Governance Committee (not a recommendation: "
       "unmatched). R4 (officers advising Cabinet not to be directors) unanswered. Unmatched: 14 apologies, 15 "
       "declarations of interest, 16 a public question on rents, resolutions (1) and (7); the account of the debate "
       "(the Leader's apology, a councillor's question) answers nothing by itself.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

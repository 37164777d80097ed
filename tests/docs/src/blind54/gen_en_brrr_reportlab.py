"""Round 54 (EN): a South African parliamentary committee report (genre of the Budgetary Review and Recommendation
Reports (BRRR) that portfolio committees table under section 5 of the Money Bills Amendment Procedure and Related
Matters Act, 2009, published in the ATC) of the invented Portfolio Committee on Water Resources and Sanitation on the
invented Department of Water Resources and Sanitation, answered by the Minister's response (covering letter plus a
response matrix keyed to the BRRR paragraphs). Recommendations: paragraphs 7.1-7.7 under 'The Committee recommends
that the Minister ... should ensure that the Department:' (verbs in the third person: 'Submits', 'Fills', ...).
Traps: the observations in section 6 ('The Department should have'), the AGSA's own recommendation, the 2025 BRRR
recommendation quoted, Table 1 and Table 2 of figures, PFMA and Act 9 of 2009 sections, 'Report to be considered.'
reportlab platypus, A4, cleaned Liberation fonts, header and footer drawn on the canvas. All content is invented.

Run:  /tmp/blind54en/bin/python tests/docs/src/blind54/gen_en_brrr_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b54en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NAME = "blind54_en_brrr"
for nm, f in (("LS", "LiberationSerif-Regular.ttf"), ("LSB", "LiberationSerif-Bold.ttf"),
              ("LSI", "LiberationSerif-Italic.ttf"), ("LSBI", "LiberationSerif-BoldItalic.ttf"),
              ("AR", "LiberationSans-Regular.ttf"), ("ARB", "LiberationSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("AR", normal="AR", bold="ARB", italic="AR", boldItalic="ARB")

BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14, spaceAfter=5, alignment=4)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=28, firstLineIndent=-28)
NUM2 = ParagraphStyle("n2", parent=BODY, leftIndent=56, firstLineIndent=-28)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=15, spaceBefore=4, spaceAfter=6, alignment=0)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=4,
                    leftIndent=28, firstLineIndent=-28)
CELL = ParagraphStyle("c", fontName="AR", fontSize=8.4, leading=10.4)
RCELL = ParagraphStyle("rc", parent=CELL, alignment=2)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=9, leading=11.5)

RECS = [
    ("7.1", "Submits to the Committee, within 60 days of the adoption of this report, a turnaround plan for the "
            "Water Services Infrastructure Grant, together with monthly reports on expenditure per province."),
    ("7.2", "Fills the 214 funded vacant engineering, scientific and technical posts identified in paragraph 4.3 "
            "before 31 March 2027."),
    ("7.3", "Concludes the review of the Raw Water Pricing Strategy and tables the revised strategy before the "
            "2027/28 tariff cycle."),
    ("7.4", "Institutes consequence management against all officials responsible for the irregular expenditure of "
            "R3.41 billion disclosed in the 2025/26 annual financial statements."),
    ("7.5", "Provides the Committee with quarterly reports on municipalities whose Blue Drop and Green Drop scores "
            "fall below 50 per cent, and the interventions made under section 63 of the Water Services Act."),
    ("7.6", "Halts the disestablishment of the Lowveld Bulk Water Board and its incorporation into Olifants Water "
            "until a full socio-economic impact assessment has been presented to the Committee."),
    ("7.7", "Ensures that the Lowveld Bulk Water Board recovers the R1.87 billion owed to it by municipalities, "
            "including by concluding enforceable payment agreements."),
]


def deco(head, foot):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        c.setFont("AR", 7.8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(22 * mm, h - 13 * mm, head)
        c.line(22 * mm, h - 14.5 * mm, w - 22 * mm, h - 14.5 * mm)
        c.drawString(22 * mm, 11 * mm, foot)
        c.drawRightString(w - 22 * mm, 11 * mm, "%d" % doc.page)
        c.restoreState()
    return draw


def P(t, s=BODY):
    return Paragraph(t, s)


def grid(rows, widths, right=()):
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, x in enumerate(r):
            st = RCELL if (j in right and i > 0) else CELL
            row.append(Paragraph(("<b>%s</b>" % x) if i == 0 else x, st))
        data.append(row)
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9d9d9"))]))
    return t


def advice(path):
    s = [P("<b>ANNOUNCEMENTS, TABLINGS AND COMMITTEE REPORTS</b>", ParagraphStyle("a", parent=H1, alignment=1)),
         P("No 141 - 2026 &nbsp;&nbsp;&nbsp; Fifth Session, Seventh Parliament", ParagraphStyle("a2", parent=BODY,
                                                                                      alignment=1)),
         P("<b>NATIONAL ASSEMBLY</b>", ParagraphStyle("a3", parent=H1, alignment=1)),
         P("<b>COMMITTEE REPORTS</b>", BODY),
         P("<b>1. Budgetary Review and Recommendation Report of the Portfolio Committee on Water Resources and "
           "Sanitation on the performance of the Department of Water Resources and Sanitation and its entities for "
           "the 2025/26 financial year, dated 21 October 2026</b>", BODY),
         P("The Portfolio Committee on Water Resources and Sanitation (hereinafter the Committee), having assessed "
           "the service delivery performance of the Department of Water Resources and Sanitation (the Department) "
           "and its entities, reports as follows:"),
         P("1.&nbsp;&nbsp;&nbsp;Introduction", H2),
         P("1.1&nbsp;&nbsp;&nbsp;Section 5 of the Money Bills Amendment Procedure and Related Matters Act, 2009 "
           "(Act No. 9 of 2009) requires the National Assembly, through its committees, to annually assess the "
           "performance of each national department and to submit a Budgetary Review and Recommendation Report "
           "(BRRR) that may include recommendations on the forward use of resources.", NUM),
         P("1.2&nbsp;&nbsp;&nbsp;In preparing this report the Committee considered the Department's Annual Report "
           "2025/26, the fourth-quarter performance report, the report of the Auditor-General of South Africa "
           "(AGSA) and briefings by the Lowveld Bulk Water Board, Olifants Water and the Water Research Council "
           "on 8, 9 and 15 October 2026. It also undertook an oversight visit to the Nandoni-Giyani bulk scheme.",
           NUM),
         P("2.&nbsp;&nbsp;&nbsp;Overview of the Department's mandate and key policy focus areas", H2),
         P("2.1&nbsp;&nbsp;&nbsp;The Department derives its mandate from section 27(1)(b) of the Constitution, the "
           "National Water Act, 1998 and the Water Services Act, 1997. Its priorities for the period under review "
           "were the completion of bulk infrastructure projects, the reduction of non-revenue water, the "
           "institutional reform of water boards and the regulation of municipal drinking water and wastewater "
           "quality.", NUM),
         P("3.&nbsp;&nbsp;&nbsp;Financial performance for 2025/26", H2),
         P("3.1&nbsp;&nbsp;&nbsp;The Department spent R19.62 billion (91.4 per cent) of its adjusted appropriation "
           "of R21.47 billion. Underspending was concentrated in Programme 3, and in particular in the Water "
           "Services Infrastructure Grant (WSIG), of which R1.21 billion was not transferred to municipalities.",
           NUM)]
    s.append(P("<b>Table 1: Expenditure per programme, 2025/26 (R million)</b>", SMALL))
    s.append(grid([["Programme", "Adjusted appropriation", "Actual expenditure", "Per cent spent"],
                   ["1. Administration", "2 118.4", "2 060.9", "97.3"],
                   ["2. Water Resources Management", "1 402.7", "1 331.5", "94.9"],
                   ["3. Water Services Management", "15 987.2", "14 283.6", "89.3"],
                   ["4. Water Regulation", "1 961.0", "1 944.3", "99.1"],
                   ["Total", "21 469.3", "19 620.3", "91.4"]], (70, 35, 35, 26), right=(1, 2, 3)))
    s.append(Spacer(1, 6))
    s += [P("4.&nbsp;&nbsp;&nbsp;Service delivery performance", H2),
          P("4.1&nbsp;&nbsp;&nbsp;The Department achieved 41 of its 63 annual performance plan targets (65 per "
            "cent), compared with 72 per cent in 2024/25. Of the nine mega bulk projects planned for completion, "
            "three were completed.", NUM),
          P("4.2&nbsp;&nbsp;&nbsp;The 2025 Blue Drop and Green Drop progress assessments found that 151 of 958 "
            "wastewater systems were in a critical state. The Committee was informed that directives had been "
            "issued to 57 municipalities, but that only 12 had submitted corrective action plans.", NUM),
          P("4.3&nbsp;&nbsp;&nbsp;At 31 March 2026 the Department had a vacancy rate of 14.8 per cent. Of the 1 446 "
            "vacant posts, 214 funded posts were in engineering, scientific and technical occupations.", NUM),
          P("5.&nbsp;&nbsp;&nbsp;Report of the Auditor-General", H2),
          P("5.1&nbsp;&nbsp;&nbsp;The Department received a qualified audit opinion for the third consecutive year, "
            "on commitments and on irregular expenditure. Irregular expenditure of R3.41 billion was disclosed, "
            "of which R2.9 billion related to the War on Leaks contracts. The AGSA recommended that the accounting "
            "officer implement the requirements of section 38(1)(c)(ii) of the Public Finance Management Act, 1999 "
            "and strengthen contract management.", NUM)]
    s.append(P("<b>Table 2: Audit outcomes of the Department and its entities</b>", SMALL))
    s.append(grid([["Entity", "2023/24", "2024/25", "2025/26"],
                   ["Department of Water Resources and Sanitation", "Qualified", "Qualified", "Qualified"],
                   ["Lowveld Bulk Water Board", "Unqualified with findings", "Qualified", "Qualified"],
                   ["Olifants Water", "Clean", "Clean", "Unqualified with findings"],
                   ["Water Research Council", "Clean", "Clean", "Clean"]], (70, 32, 32, 32)))
    s += [P("6.&nbsp;&nbsp;&nbsp;Committee observations", H2),
          P("6.1&nbsp;&nbsp;&nbsp;The Committee is concerned that the WSIG was again underspent. The Department "
            "should have identified non-performing municipalities by the mid-year and reallocated funds as "
            "permitted by the Division of Revenue Act.", NUM),
          P("6.2&nbsp;&nbsp;&nbsp;In its 2025 BRRR the Committee recommended that the Department 'develop a recovery "
            "plan for the debt owed to water boards by municipalities'. The Committee notes that debt owed to the "
            "Lowveld Bulk Water Board nevertheless rose from R1.52 billion to R1.87 billion.", NUM),
          P("6.3&nbsp;&nbsp;&nbsp;The Committee notes the gazetted proposal to disestablish the Lowveld Bulk Water "
            "Board and incorporate it into Olifants Water from 1 April 2027, and the concerns raised by organised "
            "labour and by the affected municipalities during the oversight visit.", NUM),
          P("6.4&nbsp;&nbsp;&nbsp;The Committee welcomes the improvement in the audit outcome of the Water Research "
            "Council, which should serve as an example to the other entities.", NUM),
          P("7.&nbsp;&nbsp;&nbsp;Recommendations", H2),
          P("The Committee, having considered the performance of the Department and its entities, recommends that "
            "the Minister of Water Resources and Sanitation should ensure that the Department:")]
    for n, t in RECS:
        s.append(P("%s&nbsp;&nbsp;&nbsp;%s" % (n, t), NUM))
    s += [P("8.&nbsp;&nbsp;&nbsp;Conclusion", H2),
          P("8.1&nbsp;&nbsp;&nbsp;The Committee requests the Minister to respond in writing to the recommendations "
            "in this report within 30 days of its adoption by the National Assembly. The Democratic Alliance and "
            "the Economic Freedom Fighters reserved their positions on the report.", NUM),
          Spacer(1, 6), P("<b>Report to be considered.</b>")]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=21 * mm,
                            bottomMargin=18 * mm, title="ATC 141-2026 BRRR Water Resources and Sanitation")
    d = deco("ATC141-2026  |  Portfolio Committee on Water Resources and Sanitation  |  BRRR 2026",
             "Announcements, Tablings and Committee Reports  |  Parliament of the Republic of South Africa")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    W = ParagraphStyle("w", parent=BODY, alignment=0)
    s = [P("<b>MINISTRY OF WATER RESOURCES AND SANITATION</b><br/>REPUBLIC OF SOUTH AFRICA",
           ParagraphStyle("lh", parent=H1, alignment=1, fontSize=11.5)),
         P("Private Bag X313, Pretoria, 0001 &nbsp;|&nbsp; Tel: 012 336 7500", ParagraphStyle("lh2", parent=SMALL,
                                                                                              alignment=1)),
         Spacer(1, 8),
         P("Ms N.P. Mabuza-Khoza, MP<br/>Chairperson: Portfolio Committee on Water Resources and Sanitation<br/>"
           "Parliament of the Republic of South Africa<br/>CAPE TOWN", W),
         P("Ref: MIN/BRRR/2026/0047 &nbsp;&nbsp;&nbsp; 4 December 2026", W),
         P("Dear Ms Mabuza-Khoza"),
         P("<b>RESPONSE TO THE 2026 BUDGETARY REVIEW AND RECOMMENDATION REPORT OF THE PORTFOLIO COMMITTEE</b>"),
         P("I thank the Committee for its report, adopted by the National Assembly on 5 November 2026, and for the "
           "constructive engagement of Members during the oversight visit to Giyani. The Department's responses to "
           "the recommendations are set out in the attached matrix, arranged according to the Department's "
           "programme structure."),
         P("I would also like to invite the Committee to the sod-turning of the uMkhomazi Water Project, "
           "scheduled for 12 March 2027, where the first phase of construction will formally begin."),
         P("Yours sincerely"), Spacer(1, 14),
         P("<b>Mr T.J. Ramaphakela, MP</b><br/>Minister of Water Resources and Sanitation", W),
         PageBreak(),
         P("<b>Annexure A: Departmental response to the recommendations of the BRRR (ATC141-2026)</b>", H1)]
    rows = [["BRRR par.", "Summary of recommendation", "Departmental response", "Responsibility / timeframe"],
            ["7.4", "Consequence management: irregular expenditure",
             "Agreed. The Department has completed investigations into all War on Leaks contracts. Disciplinary "
             "proceedings were instituted against eleven officials, of whom four have been dismissed, and three "
             "matters were referred to the Special Investigating Unit for civil recovery. Progress is reported to "
             "the Audit Committee each quarter.",
             "Director-General; Chief Financial Officer / ongoing"],
            ["7.1", "WSIG turnaround plan",
             "A WSIG turnaround plan, including a reallocation framework for non-performing municipalities, was "
             "submitted to the Committee on 2 December 2026. The Department considers that monthly reporting "
             "would duplicate the in-year monitoring reports submitted to National Treasury; expenditure per "
             "province will instead be included in the quarterly performance report to the Committee.",
             "DDG: Water Services Management / Q3 2026/27 onwards"],
            ["7.2", "Vacancies in scarce-skills posts",
             "Supported. As at 30 November 2026, 168 of the 214 posts had been filled and the remaining posts "
             "are at interview stage. All appointments will be finalised before the end of the financial year.",
             "DDG: Corporate Services / 31 March 2027"],
            ["7.6 and 7.7", "Lowveld Bulk Water Board: disestablishment and municipal debt",
             "Having carefully considered the Committee's view, the Minister has decided that the incorporation "
             "into Olifants Water will proceed on 1 April 2027 as gazetted; the socio-economic and financial "
             "implications were assessed in the 2024 business case, which was shared with organised labour. With "
             "regard to debt, the Board has signed payment agreements with 9 of the 12 defaulting municipalities, "
             "and disputes with the remaining three have been declared under the Intergovernmental Relations "
             "Framework Act.",
             "Minister; Board chairperson / 1 April 2027"],
            ["7.3", "Raw Water Pricing Strategy",
             "The review of the pricing strategy falls within the mandate of the Water Tariff Review Panel. The "
             "Committee's recommendation has been referred to the Panel for its consideration.",
             "DDG: Water Regulation"],
            ["General", "Audit outcomes of entities",
             "The Department shares the Committee's appreciation of the clean audit outcome of the Water Research "
             "Council and will use its governance model in the shareholder compacts for 2027/28.",
             "Director-General"]]
    s.append(grid(rows, (17, 32, 87, 30)))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=21 * mm,
                            bottomMargin=18 * mm, title="Ministerial response to the 2026 BRRR")
    d = deco("Ministry of Water Resources and Sanitation  |  Response to the 2026 BRRR  |  MIN/BRRR/2026/0047",
             "Enquiries: Office of the Minister, Parliamentary Liaison")
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("South African National Assembly 'Budgetary Review and Recommendation Report' (BRRR) of the invented Portfolio "
         "Committee on Water Resources and Sanitation, published in the ATC, answered by the Minister's covering "
         "letter and 'Annexure A' response matrix. Recommendations: paragraphs 7.1-7.7 after 'recommends that the "
         "Minister ... should ensure that the Department:', each starting with a third-person verb ('Submits', "
         "'Fills', 'Concludes', 'Institutes', 'Provides', 'Halts', 'Ensures'). Traps: numbered paragraphs 1.1-8.1 "
         "throughout, section 5 of Act 9 of 2009, section 27(1)(b) of the Constitution, PFMA s 38(1)(c)(ii), the "
         "AGSA's own recommendation (5.1), 'The Department should have' (6.1), the 2025 BRRR recommendation quoted "
         "(6.2), 'should serve as an example' (6.4), Table 1 of expenditure and Table 2 of audit outcomes, 'Report "
         "to be considered.' Matrix rows in the order 7.4, 7.1, 7.2, 7.6+7.7, 7.3, General. Key: 7.4 'Agreed', "
         "eleven officials disciplined (agrees); 7.1 plan submitted but quarterly instead of monthly reporting "
         "(partly); 7.2 'Supported', 168 of 214 filled, rest before year end (agrees); one row: 7.6 incorporation "
         "will proceed as gazetted (disagrees) + 7.7 payment agreements with 9 of 12 municipalities, disputes "
         "declared (agrees); 7.3 referred to the Water Tariff Review Panel (noted); 7.5 Blue Drop/Green Drop "
         "quarterly reports unanswered. Unmatched: the invitation to the uMkhomazi sod-turning in the letter, and "
         "the 'General' row on the Water Research Council's audit outcome.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(RECS[i][1].split()[:10])
    recs = [
        {"number": "7.1", "starts_with": sw(0),
         "reply_contains": "monthly reporting would duplicate the in-year monitoring reports", "verdict": "partly"},
        {"number": "7.2", "starts_with": sw(1),
         "reply_contains": "168 of the 214 posts had been filled", "verdict": "agrees"},
        {"number": "7.3", "starts_with": sw(2),
         "reply_contains": "has been referred to the Panel for its consideration", "verdict": "noted"},
        {"number": "7.4", "starts_with": sw(3),
         "reply_contains": "Disciplinary proceedings were instituted against eleven officials", "verdict": "agrees"},
        {"number": "7.5", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7.6", "starts_with": sw(5),
         "reply_contains": "into Olifants Water will proceed on 1 April 2027 as gazetted", "verdict": "disagrees"},
        {"number": "7.7", "starts_with": sw(6),
         "reply_contains": "signed payment agreements with 9 of the 12 defaulting municipalities",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["invite the Committee to the sod-turning of the uMkhomazi Water Project",
                                  "will use its governance model in the shareholder compacts"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b54en.py"), NAME)) and 1)

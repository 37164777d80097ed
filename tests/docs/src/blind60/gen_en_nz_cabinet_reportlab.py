"""Round 60 (EN): a New Zealand-style MINISTERIAL ADVISORY GROUP report and the Minister's proactively released
CABINET PAPER that sets out the Government's response.
Advice: 'Stronger Together: Report of the Ministerial Advisory Group on Emergency Welfare' to the invented Minister
for Emergency Management (genre of New Zealand ministerial advisory group / technical advisory group reports: a
letter of transmittal to the Minister, terms of reference (a)-(d), an executive summary paraphrasing the
recommendations as bullets, chapters that each close with 'Our recommendations' and the lead-in 'We recommend
that the Government:' followed by items numbered 1-7 continuously across chapters, each item opening with a verb).
Response: Cabinet paper 'Government response to the Ministerial Advisory Group on Emergency Welfare' (genre of a
proactively released New Zealand Cabinet paper: 'In Confidence' header and footer, 'Office of the Minister for
Emergency Management / Chair, Cabinet Social Wellbeing Committee', EVERY paragraph numbered 1-12, standard sections
Proposal / Relation to government priorities / Executive Summary / Background / Analysis / Financial Implications /
Consultation / Proactive Release, a withholding note under the Official Information Act 1982, and the paper's OWN
closing list 'Recommendations: The Minister for Emergency Management recommends that the Committee: 1 note ...
2 agree ...', numbered 1-6, which are decisions sought from Cabinet, not the Group's recommendations).
Traps: the terms of reference ('to recommend'), the 2019 review's recommendation quoted ('should'), the duty in
the Civil Defence Emergency Management Act 2002 ('must'), the finding 'councils should have', a table of welfare
centres, the executive summary's paraphrase, the Cabinet paper's numbered paragraphs and own recommendations.
reportlab platypus, A4, cleaned Liberation Sans/Serif; invariant=1. All content is invented (the Civil Defence
Emergency Management Act 2002, the Official Information Act 1982 and the Cabinet committee system are real; the
Group, its members, agencies' figures and decisions are not).

Run:  /tmp/blind60en/bin/python tests/docs/src/blind60/gen_en_nz_cabinet_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b60en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind60_en_nz_cabinet"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

TEAL = colors.HexColor("#0b5c63")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.2, leading=14, spaceAfter=6.5)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=7 * mm, firstLineIndent=-4 * mm, spaceAfter=3)
ITEM = ParagraphStyle("it", parent=BODY, leftIndent=9 * mm, firstLineIndent=-7 * mm, spaceAfter=5)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=10 * mm, rightIndent=8 * mm, fontName="LSI", fontSize=9.8)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=14, leading=18, textColor=TEAL, spaceBefore=8, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=14, textColor=TEAL, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB", textColor=colors.white)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=20, leading=24, textColor=TEAL, spaceAfter=6)
SUBT = ParagraphStyle("st", fontName="LS", fontSize=12, leading=15, textColor=TEAL, spaceAfter=14)
# Cabinet paper styles
CB = ParagraphStyle("cb", fontName="SR", fontSize=11, leading=14.5, spaceAfter=7, alignment=4)
CH = ParagraphStyle("ch", fontName="SRB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=5)
CSUB = ParagraphStyle("csub", fontName="SRI", fontSize=11, leading=14.5, spaceBefore=2, spaceAfter=4)
CT = ParagraphStyle("ct", fontName="SRB", fontSize=12.5, leading=16, spaceAfter=8)
CL = ParagraphStyle("cl", fontName="SRB", fontSize=11, leading=14)

RECS = [
    "direct the National Emergency Management Agency to build and maintain a single national register of people "
    "who need welfare support in an emergency, shared with councils, iwi organisations and health providers;",
    "require every Civil Defence Emergency Management Group to identify, inspect and equip at least one accessible "
    "evacuation centre for every 5,000 residents by 30 June 2027;",
    "fund a permanent network of regional welfare managers, with at least one full-time welfare manager employed "
    "in each of the 16 regions;",
    "amend the Civil Defence Emergency Management Act 2002 to give welfare managers a power to require information "
    "about affected people from government agencies during a state of emergency;",
    "establish a contestable fund of $12 million a year for community organisations that provide welfare services "
    "in emergencies;",
    "require the Ministry of Social Development to pay civil defence emergency payments within 48 hours of a "
    "declaration, without applying the usual income and asset tests;",
    "commission an independent review of the emergency welfare system every three years and table the results "
    "in the House of Representatives.",
]

W = A4[0] - 44 * mm


def P(t, st=BODY):
    return Paragraph(t, st)


def item(n, t):
    return Table([[P("%d." % n, BODY), P("<b>" + t + "</b>", BODY)]], colWidths=[9 * mm, W - 9 * mm],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


def recbox(lead, nums):
    rows = [[P("Our recommendations", ParagraphStyle("rb", parent=H2, spaceBefore=0))], [P(lead, BODY)]]
    for n in nums:
        rows.append([item(n, RECS[n - 1])])
    return Table(rows, colWidths=[W], style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f0f1")),
                                              ("LINEBEFORE", (0, 0), (0, -1), 3, TEAL),
                                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


def deco_adv(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(22 * mm, A4[1] - 13 * mm, "Stronger Together | Ministerial Advisory Group on Emergency Welfare")
    c.drawRightString(A4[0] - 22 * mm, 12 * mm, str(doc.page + 2))
    c.restoreState()


def advice(path):
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, invariant=1, title="Stronger Together",
                          author="Ministerial Advisory Group on Emergency Welfare")
    s = [P("Stronger Together", TIT),
         P("Report of the Ministerial Advisory Group on Emergency Welfare<br/>March 2026", SUBT),
         P("Letter of transmittal", H2),
         P("Hon Mereana Tautahi, Minister for Emergency Management"),
         P("Tēnā koe Minister. We are pleased to present our report. You asked us to review how welfare support is "
           "provided to people affected by emergencies and to recommend practical improvements. Our terms of "
           "reference required us to:"),
         P("(a) assess the welfare response to the Tairāwhiti and Manawatū floods of 2025;", BUL),
         P("(b) identify gaps in the roles of agencies, councils and community organisations;", BUL),
         P("(c) consider the lessons of earlier reviews; and", BUL),
         P("(d) recommend changes to legislation, funding and practice.", BUL),
         P("Nāku noa, nā, Dr Anaru Whitcombe (Chair), Sela Fonoti, Gillian Marsh QSM"),
         P("Executive summary", H1),
         P("Around 31,000 people needed emergency welfare support during the 2025 floods. Most received it, but too "
           "many waited days for food, shelter or money, and agencies often did not know who needed help. In short, "
           "we propose:"),
         P("- one shared picture of who needs help;", BUL),
         P("- enough safe, accessible places to go;", BUL),
         P("- people whose job is welfare, in every region; and", BUL),
         P("- money that reaches households and community groups quickly.", BUL),
         P("1  The welfare response in 2025", H1),
         P("Welfare centres opened in 41 locations. Fourteen of them were not accessible to wheelchair users and six "
           "had no backup power. Some councils should have opened centres earlier, but they lacked trained staff "
           "and did not know which buildings were suitable."),
         Table([[P("Region", CELLB), P("Centres opened", CELLB), P("Not accessible", CELLB),
                 P("Peak occupancy", CELLB)],
                [P("Tairāwhiti", CELL), P("17", CELL), P("7", CELL), P("2,140", CELL)],
                [P("Manawatū-Whanganui", CELL), P("15", CELL), P("5", CELL), P("1,610", CELL)],
                [P("Hawke's Bay", CELL), P("9", CELL), P("2", CELL), P("730", CELL)]],
               colWidths=[45 * mm, 32 * mm, 32 * mm, 32 * mm], hAlign="LEFT",
               style=[("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                      ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         Spacer(1, 8),
         P("2  Knowing who needs help", H1),
         P("Information about vulnerable people is held by at least nine agencies. During the floods, welfare teams "
           "rang hospitals, Kāinga Ora and Work and Income one by one. The 2019 review of the welfare function "
           "made the same point, recommending that:"),
         P("\"agencies should agree a protocol for sharing information about vulnerable people before, not during, "
           "an emergency.\"", QUOTE),
         P("That protocol was drafted but never signed. Under section 64 of the Civil Defence Emergency Management "
           "Act 2002, a local authority must plan and provide for civil defence emergency management within its "
           "district, but nothing in the Act obliges agencies to share welfare information."),
         recbox("We recommend that the Government:", (1, 2)),
         Spacer(1, 6),
         P("3  People and funding", H1),
         P("Welfare is the part-time responsibility of council staff in 11 of the 16 regions. Community "
           "organisations, marae and churches carried much of the load in 2025, often at their own cost: the 38 "
           "organisations we surveyed spent an estimated $4.6 million that was never reimbursed."),
         recbox("We recommend that the Government:", (3, 4, 5)),
         Spacer(1, 6),
         P("4  Money in people's hands", H1),
         P("Civil defence emergency payments took an average of nine days to arrive, mainly because applicants had "
           "to prove their income and assets. We do not recommend a new payment; the existing one works if it is "
           "paid quickly."),
         recbox("We recommend that the Government:", (6, 7)),
         Spacer(1, 6),
         P("We thank the more than 400 people who spoke with us. Ngā mihi nui."),
         ]
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


def deco_cab(c, doc):
    c.saveState()
    c.setFont("SRB", 10)
    c.drawCentredString(A4[0] / 2, A4[1] - 13 * mm, "IN CONFIDENCE")
    c.drawCentredString(A4[0] / 2, 10 * mm, "IN CONFIDENCE")
    c.setFont("SR", 9)
    c.drawRightString(A4[0] - 22 * mm, 10 * mm, str(doc.page))
    c.setFillColor(colors.HexColor("#9b1b1b"))
    c.setFont("SRB", 9)
    if doc.page == 1:
        c.drawString(22 * mm, A4[1] - 19 * mm, "Proactively released by the Minister for Emergency Management")
    c.restoreState()


def cabinet(path):
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                          bottomMargin=18 * mm, invariant=1, title="Cabinet paper",
                          author="Office of the Minister for Emergency Management")
    n = [0]

    def np(t):
        n[0] += 1
        return Table([[P(str(n[0]), CB), P(t, CB)]], colWidths=[10 * mm, W - 10 * mm],
                     style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])

    def crec(k, t):
        return Table([[P(str(k), CB), P(t, CB)]], colWidths=[10 * mm, W - 10 * mm],
                     style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])

    s = [P("Office of the Minister for Emergency Management", CL),
         P("Chair, Cabinet Social Wellbeing Committee", CL),
         Spacer(1, 8),
         P("Government response to the Ministerial Advisory Group on Emergency Welfare", CT),
         P("Proposal", CH),
         np("This paper seeks agreement to the Government's response to <i>Stronger Together</i>, the report of "
            "the Ministerial Advisory Group on Emergency Welfare, and to its release."),
         P("Relation to government priorities", CH),
         np("The proposals support the Government's commitment to a more resilient New Zealand and to the "
            "Emergency Management System Improvement Programme agreed in 2024."),
         P("Executive Summary", CH),
         np("The Group made seven recommendations. I propose that the Government accept most of them in full or in "
            "part. The response can be funded from within baselines and from the Budget 2026 contingency."),
         P("Analysis", CH),
         P("Welfare managers in every region", CSUB),
         np("Budget 2026 provides $7.9 million over four years so that each of the 16 regions will employ a "
            "full-time regional welfare manager from 1 October 2026. I propose that we accept this recommendation "
            "in full."),
         P("Information about people who need help", CSUB),
         np("NEMA will build the national welfare register the Group proposes, with a first release to councils "
            "and iwi organisations in March 2027. Health New Zealand and Kāinga Ora have agreed to supply data."),
         np("I do not propose to amend the Civil Defence Emergency Management Act 2002 to give welfare managers a "
            "power to require information. The Privacy Act 2020 already permits disclosure in an emergency, and an "
            "information-sharing agreement will make this routine. A new statutory power is not needed."),
         P("Emergency payments", CSUB),
         np("The Ministry of Social Development will pay emergency payments within 48 hours of a declaration from "
            "the 2026/27 winter. The income test will be removed for payments up to $1,500, but the asset test will "
            "be kept to protect the integrity of the benefit system."),
         P("Evacuation centres", CSUB),
         np("CDEM Groups will be asked to identify and inspect accessible evacuation centres on the ratio the Group "
            "suggests. The deadline of June 2027 is not realistic for the larger regions, and I propose a national "
            "target date of 30 June 2029 instead."),
         P("Support for community organisations", CSUB),
         np("I note the Group's case for a dedicated fund for community organisations. Officials will report on "
            "options as part of the Budget 2027 process; no decision is sought now."),
         P("Financial Implications", CH),
         np("The costs in 2026/27 are $3.1 million, met from Vote Emergency Management. [withheld under section "
            "9(2)(f)(iv) of the Official Information Act 1982]"),
         P("Consultation", CH),
         np("The Treasury, the Ministry of Social Development, Te Puni Kōkiri, the Department of Internal Affairs and "
            "the Office of the Privacy Commissioner were consulted. The Department of the Prime Minister and "
            "Cabinet was informed."),
         P("Proactive Release", CH),
         np("I intend to release this paper within 30 business days, subject to redactions consistent with the "
            "Official Information Act 1982."),
         P("Recommendations", CH),
         P("The Minister for Emergency Management recommends that the Committee:", CB),
         crec(1, "<b>note</b> that the Ministerial Advisory Group on Emergency Welfare reported in March 2026;"),
         crec(2, "<b>agree</b> to the Government response set out in this paper;"),
         crec(3, "<b>note</b> the funding for regional welfare managers provided in Budget 2026;"),
         crec(4, "<b>agree</b> that no amendment to the Act be made at this time;"),
         crec(5, "<b>invite</b> the Minister for Social Development to report back on the payment changes by "
                 "September 2026;"),
         crec(6, "<b>agree</b> to release the report and this paper."),
         Spacer(1, 10),
         P("Hon Mereana Tautahi", CL),
         P("Minister for Emergency Management", CB),
         ]
    d.build(s, onFirstPage=deco_cab, onLaterPages=deco_cab)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    cabinet(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "NEMA will build the national welfare register the Group proposes", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "I propose a national target date of 30 June 2029 instead", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "each of the 16 regions will employ a full-time regional welfare manager",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "A new statutory power is not needed", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "I note the Group's case for a dedicated fund", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "but the asset test will be kept to protect", "verdict": "partly"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "The proposals support the Government's commitment to a more resilient",
        "The costs in 2026/27 are $3.1 million",
        "the Office of the Privacy Commissioner were consulted",
        "I intend to release this paper within 30 business days",
    ], "Advice: the seven recommendations are the numbered bold items 1-7 under 'We recommend that the Government:' "
       "in the shaded 'Our recommendations' panels closing chapters 2-4 (numbers continue across panels). Traps: "
       "terms of reference (a)-(d) ('recommend changes'), the executive summary's four bullets paraphrasing them, "
       "'should have opened centres earlier' (finding), the 2019 review's recommendation quoted ('should agree a "
       "protocol'), section 64 of the Act ('must plan'), the table, 'We do not recommend a new payment'. Response: "
       "a Cabinet paper with every paragraph numbered 1-12 (numbers unrelated to the recommendations) under the "
       "standard Cabinet headings and italic topic sub-headings, answering by content only in the order 3, 1+4, 6, "
       "2, 5: 3 funded (agrees); one sub-heading 'Information about people who need help' with two paragraphs: 1 "
       "register built (agrees) + 4 'I do not propose to amend the ... Act' (disagrees); 6 48 hours and no income "
       "test up to $1,500 but asset test kept (partly); 2 accepted ratio, deadline 2029 not 2027 (partly); 5 'I note "
       "the Group's case', report as part of Budget 2027 (noted); 7 (three-yearly independent review) unanswered. "
       "The closing 'Recommendations' list 1-6 is the Minister's recommendations TO CABINET (decisions sought), "
       "not replies to be matched by number; it restates 3 and 4 in short. Unmatched: Proposal's neighbours "
       "'Relation to government priorities', 'Financial Implications', 'Consultation', 'Proactive Release'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

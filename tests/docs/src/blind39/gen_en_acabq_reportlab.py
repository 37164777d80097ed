"""Round 39 (EN): a report of the UN ADVISORY COMMITTEE ON ADMINISTRATIVE AND BUDGETARY QUESTIONS (ACABQ) on a
Secretary-General's progress report (invented 'Global Travel Management Platform'), answered by Annex II of the
Secretary-General's NEXT progress report, 'Summary of follow-up action taken to implement the requests and
recommendations of the Advisory Committee' (a section of another document, as a two-column table). The advice has the
UN document masthead (A/80/7/Add.31, distr., date, session and agenda item), paragraphs 1.-14. with the
Committee's recommendations as BOLD sentences at the end of paragraphs (no labels; numbered 1-7 in document order),
a resource table, a quoted earlier ACABQ recommendation and General Assembly resolution paragraphs, non-bold 'notes',
'was informed' and 'should' findings. The annex answers by theme in another order, covers 1 and 5 in one row with
different verdicts, refers 6 to OIOS, has no row for 7 (the resource recommendation) and a row on a Board of Auditors
recommendation that answers nothing. reportlab, A4, cleaned Liberation fonts; running header/footer drawn on
canvas. All content (entity, figures, symbols of documents, resolutions, people) is invented.

Run:  /tmp/blind39en/bin/python tests/docs/src/blind39/gen_en_acabq_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b39en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)

NAME = "blind39_en_acabq"

for fam, base in (("TR", "LiberationSerif"), ("AS", "LiberationSans")):
    for sfx, style in (("", "Regular"), ("-B", "Bold"), ("-I", "Italic"), ("-BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + sfx, H.clean_font("%s-%s.ttf" % (base, style))))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

BODY = ParagraphStyle("b", fontName="TR", fontSize=10, leading=12.2, spaceAfter=6, alignment=4)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=40, bulletIndent=18)
H1 = ParagraphStyle("h1", fontName="AS-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, leftIndent=18)
H2 = ParagraphStyle("h2", fontName="AS-B", fontSize=10, leading=13, spaceBefore=5, spaceAfter=4, leftIndent=40)
TITLE = ParagraphStyle("t", fontName="AS-B", fontSize=14, leading=17, spaceAfter=4, leftIndent=40)
SMALL = ParagraphStyle("s", fontName="TR", fontSize=8.5, leading=10)
CELL = ParagraphStyle("c", fontName="TR", fontSize=9, leading=11)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="TR-I")

_n = [0]


def np(t):
    _n[0] += 1
    return Paragraph(t, NUM, bulletText="%d." % _n[0])


def masthead(story, symbol, date, session, item, title_lines, sub):
    t = Table([[Paragraph("<font size=16><b>United Nations</b></font>", ParagraphStyle("m", fontName="AS")),
                Paragraph("<font size=14><b>%s</b></font>" % symbol, ParagraphStyle("m2", fontName="AS",
                                                                                      alignment=2))]],
              colWidths=[90 * mm, 80 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(t)
    story.append(Table([[Paragraph("<b>General Assembly</b>", ParagraphStyle("g", fontName="AS", fontSize=18,
                                                                             leading=22)),
                         Paragraph("Distr.: General<br/>%s<br/><br/>Original: English" % date,
                                   ParagraphStyle("d", fontName="TR", fontSize=9.5, leading=11.5))]],
                       colWidths=[120 * mm, 50 * mm],
                       style=[("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("%s<br/>Agenda item %s<br/><b>%s</b>" % (session, item[0], item[1]),
                           ParagraphStyle("se", fontName="TR", fontSize=10, leading=12.5, spaceAfter=14)))
    for line in title_lines:
        story.append(Paragraph(line, TITLE))
    story.append(Paragraph(sub, ParagraphStyle("sub", parent=H2, fontName="AS-B", spaceAfter=10)))


def deco(symbol):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont("AS", 8)
        n = canvas.getPageNumber()
        if n > 1:
            if n % 2 == 0:
                canvas.drawString(20 * mm, A4[1] - 14 * mm, symbol)
            else:
                canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, symbol)
            canvas.setLineWidth(0.5)
            canvas.line(20 * mm, A4[1] - 15.5 * mm, A4[0] - 20 * mm, A4[1] - 15.5 * mm)
        canvas.setFont("AS-B", 8.5)
        if n % 2 == 0:
            canvas.drawString(20 * mm, 12 * mm, "%d/%d" % (n, TOTAL[0]) if symbol.startswith("A/80") else "%d" % n)
        else:
            canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, "%d/%d" % (n, TOTAL[0]) if symbol.startswith("A/80") else "%d" % n)
        canvas.setFont("AS", 7.5)
        canvas.drawString(20 * mm, 8 * mm, "26-0%d417 (E)" % (4 if symbol.startswith("A/80") else 7))
        canvas.restoreState()
    return draw


TOTAL = [0]


def build(path, story, symbol):
    """Build twice so that the advice's 'n/N' page numbers know N."""
    import copy
    import fitz
    for _ in range(2):
        _build(path, copy.deepcopy(story), symbol)
        with fitz.open(path) as d:
            TOTAL[0] = d.page_count


def _build(path, story, symbol):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=symbol, author="United Nations")
    doc.build(story, onFirstPage=deco(symbol), onLaterPages=deco(symbol))


def advice(path):
    s = []
    masthead(s, "A/80/7/Add.31", "14 April 2026", "Eightieth session",
             ("138", "Proposed programme budget for 2026"),
             ["Global Travel Management Platform: first progress report"],
             "Thirty-first report of the Advisory Committee on Administrative and Budgetary Questions on the "
             "proposed programme budget for 2026")
    s.append(Paragraph("I. Introduction", H1))
    s.append(np("The Advisory Committee on Administrative and Budgetary Questions has considered the report of the "
                "Secretary-General entitled \"Global Travel Management Platform: first progress report\" (A/80/611). "
                "During its consideration of the report, the Advisory Committee met with representatives of the "
                "Secretary-General, who provided additional information and clarification, concluding with written "
                "responses received on 2 April 2026."))
    s.append(np("The report was submitted pursuant to General Assembly resolution 79/262, in which the Assembly "
                "approved the establishment of the Global Travel Management Platform (the platform) and requested "
                "the Secretary-General to report on its progress in the context of the proposed programme budget "
                "for 2026."))
    s.append(Paragraph("II. Background", H1))
    s.append(np("The platform is intended to replace the travel modules of Umoja and 41 separate local booking "
                "arrangements with a single platform for requesting, booking, approving and settling official "
                "travel for all Secretariat entities. The Secretary-General indicates that travel expenditure of "
                "the Secretariat amounted to $486.2 million in 2024, of which 38 per cent was booked less than 16 "
                "days before departure (A/80/611, paras. 4-6)."))
    s.append(np("In its previous report, the Advisory Committee recommended that \"the Secretary-General ensure "
                "that the platform is designed to enforce the advance purchase policy\" (A/79/7/Add.22, para. 14). "
                "The Committee notes from the report that an automatic advance-booking check has been built into "
                "the approval workflow."))
    s.append(Paragraph("III. Progress and resource requirements", H1))
    s.append(Paragraph("A. Project status, schedule and costs", H2))
    s.append(np("According to the Secretary-General, the platform went live at Headquarters and at the United "
                "Nations Office at Nairobi in January 2026, six months later than planned, and is to be deployed at "
                "the remaining offices away from Headquarters and the regional commissions by the end of 2027. The "
                "Advisory Committee was informed that the delay resulted from the late delivery of the interface "
                "with the Umoja finance module."))
    s.append(np("The Committee notes that the report presents project costs only up to 2026 and does not provide "
                "the total cost of the project over its life cycle, including licence fees after the end of the "
                "initial vendor contract in 2028. <b>The Committee therefore recommends that the Secretary-General be "
                "requested to present, in his next progress report, a fully costed baseline of "
                "the project, including life-cycle costs up to 2031.</b>"))
    s.append(np("The resource requirements proposed for 2026 and the expenditure to date are summarized in the "
                "table below."))
    rows = [["", "Approved 2024-2025", "Expenditure to\n31 Dec. 2025", "Proposed 2026"],
            ["Posts", "3 412.6", "3 180.4", "2 946.8"],
            ["Consultants and contractual services", "5 870.0", "6 214.9", "1 020.5"],
            ["Software licences and subscriptions", "1 155.0", "1 155.0", "1 244.7"],
            ["Travel of staff", "180.3", "121.6", "60.0"],
            ["Other", "214.1", "187.0", "140.3"],
            ["Total", "10 832.0", "10 858.9", "5 412.3"]]
    t = Table([[Paragraph(c.replace("\n", "<br/>"), CELL) for c in r] for r in rows],
              colWidths=[62 * mm, 32 * mm, 32 * mm, 30 * mm], hAlign="RIGHT")
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s.append(KeepTogether([Paragraph("Resource requirements<br/>(Thousands of United States dollars)",
                                     ParagraphStyle("tt", parent=H2, fontName="AS-B", fontSize=9, leading=11)), t,
                           Paragraph("<i>Source</i>: A/80/611, table 3.", ParagraphStyle("src", parent=SMALL,
                                                                                         leftIndent=40,
                                                                                         spaceBefore=2,
                                                                                         spaceAfter=8))]))
    s.append(Paragraph("B. Project team", H2))
    s.append(np("The project team comprises 14 posts, of which 4 were vacant as at 31 January 2026, including the "
                "posts of the business analysts responsible for the deployment to offices away from Headquarters. "
                "The Committee was informed that recruitment had been delayed pending the outcome of the review of "
                "the project governance. <b>The Advisory Committee encourages the Secretary-General to fill the "
                "vacant posts of the project team without further delay, so as to avoid additional slippage in "
                "the deployment schedule.</b>"))
    s.append(np("The Secretary-General also proposes the establishment of one post of Chief, Travel Platform "
                "Operations (P-5), to lead the operation of the platform after deployment (A/80/611, para. 41). "
                "Upon enquiry, the Committee was informed that the functions would overlap in part with those of "
                "the existing Chief of the Travel and Transportation Section (P-5). <b>The Advisory Committee is "
                "not convinced of the need for the proposed post and recommends against the establishment of the "
                "post of Chief, Travel Platform Operations (P-5); the related functions should be absorbed within "
                "the existing staffing of the Travel and Transportation Section.</b>"))
    s.append(Paragraph("C. Cost-sharing, benefits and oversight", H2))
    s.append(np("The platform is to be used by several funds and programmes, which currently pay a transaction fee "
                "of $11 per booking. The Committee notes that the Secretariat bears the full development cost. "
                "<b>The Advisory Committee recommends that the General Assembly request the Secretary-General to "
                "explore cost-sharing arrangements with the funds and programmes that will use the platform and "
                "to report thereon in his next progress report.</b>"))
    s.append(np("The report refers to expected savings of $9 million to $14 million per year from lower fares and "
                "fewer manual processes (A/80/611, para. 52) but does not explain how the estimate was made. "
                "Benefits should be measured against a baseline established before deployment. <b>The Committee "
                "requests that a benefits realization plan, with quantified targets and key performance "
                "indicators, be included in the next progress report.</b>"))
    s.append(np("The Committee recalls the lessons learned from the implementation of Umoja, in particular the "
                "importance of independent assurance during deployment (see A/78/7/Add.9, para. 21). <b>Bearing in "
                "mind that experience, the Advisory Committee recommends that the General Assembly request the "
                "Secretary-General to arrange "
                "for an independent assurance review of the deployment of the platform before it is extended to "
                "peacekeeping operations.</b>"))
    s.append(Paragraph("IV. Conclusion", H1))
    s.append(np("The actions requested of the General Assembly are set out in paragraph 64 of the report of the "
                "Secretary-General. The General Assembly is requested to take note of the report and to approve "
                "resources of $5,412,300 for 2026, including one new P-5 post."))
    s.append(np("<b>Subject to its observations and recommendations in the paragraphs above, the Advisory "
                "Committee recommends that the General Assembly approve resources for 2026 in the amount of "
                "$5,202,700, reflecting the non-establishment of the proposed P-5 post.</b>"))
    build(path, s, "A/80/7/Add.31")


def response(path):
    s = []
    masthead(s, "A/81/574", "9 October 2026", "Eighty-first session",
             ("141", "Proposed programme budget for 2027"),
             ["Global Travel Management Platform: second progress report"],
             "Report of the Secretary-General")
    s.append(Paragraph("<i>Summary</i>", ParagraphStyle("sm", parent=H2, fontName="AS-BI", alignment=1,
                                                        leftIndent=0)))
    s.append(Paragraph("The present report is submitted pursuant to General Assembly resolution 80/248, section "
                       "XII. It provides an update on the deployment of the Global Travel Management Platform since "
                       "the first progress report (A/80/611), including the costed baseline, the benefits "
                       "realization plan and the status of the project team. The platform is now in use at seven of "
                       "the eleven Secretariat duty stations. The resource requirements for 2027 amount to "
                       "$4,886,100. The actions to be taken by the General Assembly are set out in section VII.",
                       ParagraphStyle("sb", parent=BODY, leftIndent=40, rightIndent=20)))
    s.append(Paragraph("[...]", ParagraphStyle("gap", parent=BODY, alignment=1)))
    s.append(Paragraph("Annex II", ParagraphStyle("ax", parent=H1, leftIndent=0, spaceBefore=10)))
    s.append(Paragraph("Summary of follow-up action taken to implement the requests and recommendations of the "
                       "Advisory Committee on Administrative and Budgetary Questions, as endorsed by the General "
                       "Assembly, and of the Board of Auditors",
                       ParagraphStyle("axt", parent=H1, leftIndent=0, spaceBefore=0, spaceAfter=8)))
    hdr = [Paragraph("<i>Brief description of the recommendation</i>", CELL),
           Paragraph("<i>Action taken to implement the recommendation</i>", CELL)]

    def grp(t):
        return [Paragraph("<b>%s</b>" % t, CELL), ""]

    rows = [hdr,
            grp("Advisory Committee on Administrative and Budgetary Questions<br/>(A/80/7/Add.31)"),
            [Paragraph("<b>Project team</b><br/>The Advisory Committee encouraged the Secretary-General to fill the "
                       "vacant posts of the project team (para. 8).", CELL),
             Paragraph("All four vacancies were filled between March and May 2026. The project team has been at "
                       "its full strength of 14 posts since 1 June 2026.", CELL)],
            [Paragraph("<b>Proposed post of Chief, Travel Platform Operations</b><br/>The Advisory Committee "
                       "recommended against the establishment of the post (para. 9).", CELL),
             Paragraph("The post was not established, in line with the recommendation as endorsed by the General "
                       "Assembly in its resolution 80/248. The related functions have been assigned to the Chief of "
                       "the Travel and Transportation Section.", CELL)],
            [Paragraph("<b>Costs and benefits</b><br/>The Advisory Committee requested a fully costed baseline of "
                       "the project and a benefits realization plan (paras. 6 and 11).", CELL),
             Paragraph("A costed baseline covering the years 2024 to 2028 is presented in section IV and annex I. "
                       "Costs beyond 2028 cannot be estimated reliably before the licence terms for the period after "
                       "the initial vendor contract are negotiated; they will be presented in the fourth progress "
                       "report. A benefits realization plan with 12 quantified key performance indicators and a "
                       "2025 baseline is set out in section V; the savings achieved in 2026 are estimated at $3.8 "
                       "million.", CELL)],
            [Paragraph("<b>Cost-sharing</b><br/>The Advisory Committee recommended that the Secretary-General "
                       "explore cost-sharing arrangements with funds and programmes (para. 10).", CELL),
             Paragraph("The funds and programmes use the platform as clients and pay a transaction fee that "
                       "recovers the operating costs attributable to them. Development costs are a Secretariat "
                       "investment in its own systems, and the Secretary-General does not intend to seek "
                       "contributions towards them. The matter is therefore considered closed.", CELL)],
            [Paragraph("<b>Independent assurance</b><br/>The Advisory Committee recommended an independent "
                       "assurance review before deployment to peacekeeping operations (para. 12).", CELL),
             Paragraph("The recommendation has been brought to the attention of the Office of Internal Oversight "
                       "Services, which will take it into account when preparing its risk-based workplan for 2027. "
                       "The Secretary-General defers to the Office on the scope and timing of any review.", CELL)],
            grp("Board of Auditors<br/>(A/80/5 (Vol. I), chap. II)"),
            [Paragraph("<b>Travel claims</b><br/>The Board recommended that the Administration clear the backlog "
                       "of travel claims older than 12 months (para. 118).", CELL),
             Paragraph("The backlog of 2,316 claims older than 12 months at the end of 2025 was reduced to 140 by "
                       "30 June 2026; the remaining claims await documents from travellers.", CELL)],
            ]
    t = Table(rows, colWidths=[72 * mm, 98 * mm], repeatRows=1)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
                           ("SPAN", (0, 1), (1, 1)), ("SPAN", (0, 7), (1, 7)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    build(path, s, "A/81/574")


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(adv)
    response(rsp)
    recs = [
        {"number": "1", "starts_with": "The Committee therefore recommends that the Secretary-General be requested to present",
         "reply_contains": "Costs beyond 2028 cannot be estimated reliably before the licence terms",
         "verdict": "partly"},
        {"number": "2", "starts_with": "The Advisory Committee encourages the Secretary-General to fill the vacant",
         "reply_contains": "All four vacancies were filled between March and May 2026",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The Advisory Committee is not convinced of the need for the",
         "reply_contains": "The post was not established, in line with the recommendation",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "The Committee requests that a benefits realization plan, with quantified",
         "reply_contains": "A benefits realization plan with 12 quantified key performance indicators",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "The Advisory Committee recommends that the General Assembly request the",
         "reply_contains": "does not intend to seek contributions towards them",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "Bearing in mind that experience, the Advisory Committee recommends that the",
         "reply_contains": "brought to the attention of the Office of Internal Oversight Services",
         "verdict": "noted"},
        {"number": "7", "starts_with": "Subject to its observations and recommendations in the paragraphs above, the",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    recs.sort(key=lambda r: int(r["number"]))
    unmatched = ["The backlog of 2,316 claims older than 12 months"]
    notes = ("UN Advisory Committee on Administrative and Budgetary Questions report answered by Annex II of the "
             "Secretary-General's next progress report (invented Global Travel Management Platform; reportlab, A4, "
             "UN masthead, paragraphs 1.-14. numbered in a hanging column, alternating running header with the "
             "document symbol, page numbers 'n/N' in the advice). Advice A/80/7/Add.31: the seven recommendations "
             "are the BOLD sentences closing paragraphs 6, 8, 9, 10, 11, 12 and the whole of paragraph 14, with no "
             "labels (numbered 1-7 in document order; paragraph numbers are not labels): 'The Committee "
             "therefore recommends that the Secretary-General be requested to present' (1), 'encourages' (2), 'is not convinced "
             "... and recommends against the establishment of the post' (3), 'recommends that the General Assembly "
             "request the Secretary-General to explore' (4), 'The Committee requests that ...' (5), 'Bearing in mind "
             "that experience, the Advisory Committee recommends ...' (6), "
             "'Subject to its observations ... recommends that the General Assembly approve ... $5,202,700' (7). "
             "Traps: the earlier ACABQ recommendation quoted from A/79/7/Add.22 and implemented, resolution 79/262, "
             "non-bold 'The Committee notes', 'was informed', 'Upon enquiry', 'Benefits should be measured against "
             "a baseline', the resource table, paragraph 13 setting out the actions the Secretary-General asks of "
             "the Assembly (approve $5,412,300 including the P-5 post). Response A/81/574: masthead and summary, "
             "'[...]', then Annex II as a two-column table ('Brief description of the recommendation' / 'Action "
             "taken to implement the recommendation') grouped by body, order 2, 3, 1+5, 4, 6, then a Board of "
             "Auditors group: vacancies filled (2 agrees); post not established (3 agrees); ONE row 'Costs and "
             "benefits' with the baseline only to 2028 and later costs deferred to the fourth report (1 partly) and "
             "a benefits plan with 12 KPIs (5 agrees); no contributions sought, 'considered closed' (4 disagrees); "
             "brought to the attention of OIOS, 'defers to the Office' (6 noted); no row for the resource "
             "recommendation (7 unanswered). The Board of Auditors row on the travel claims backlog answers no ACABQ "
             "recommendation (unmatched). The annex's paragraph references (paras. 6 and 11, 8, 9, 10, 12) match "
             "the advice.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

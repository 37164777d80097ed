"""Round 27 (EN): States of Jersey Scrutiny Panel review (Key Findings + Recommendations) and the
Minister's response (findings table + five-column recommendations table over a page break).
reportlab. All content (people, figures, providers) invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b27en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

NAME = "blind27_en_jersey_scrutiny"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

RED = colors.HexColor("#9b1b30")
GREY = colors.HexColor("#eeeeee")
body = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7)
num = ParagraphStyle("n", parent=body, leftIndent=1.1 * cm, firstLineIndent=0, bulletIndent=0)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=16, leading=20, textColor=RED, spaceBefore=4, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, textColor=RED, spaceBefore=8, spaceAfter=6)
lab = ParagraphStyle("lab", fontName="LSB", fontSize=10, leading=13, spaceAfter=2)
boxt = ParagraphStyle("bt", parent=body, fontSize=10, leading=13.5, spaceAfter=0)
cell = ParagraphStyle("c", fontName="LS", fontSize=8.8, leading=11.2)
cellh = ParagraphStyle("ch", parent=cell, fontName="LSB", textColor=colors.white)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

TITLE = "Care at Home: Review of the Commissioning of Home Care Services"

FINDINGS = {
    1: "Around 1,150 Islanders receive home care funded through the Long-Term Care Scheme, an increase of 38% since 2019.",
    2: "Providers told the Panel that between 15% and 25% of their care workers leave each year, and that recruitment "
       "from outside the Island is limited by the cost of housing.",
    3: "Under the current framework contracts, providers are paid only for the minutes of care delivered in a person's "
       "home. Time spent travelling between visits is not paid for.",
    4: "Almost half of all personal care visits commissioned in 2024 were planned to last 15 minutes or less.",
    5: "In the week of 3 March 2025 there were 412 hours of assessed home care that no provider was able to deliver.",
    6: "The standard care rates paid under the Long-Term Care Scheme have not been reviewed since 2021.",
    7: "The Jersey Care Commission inspects and regulates providers, but no independent body examines how Health and "
       "Community Services commissions care.",
}
RECS = {
    1: "The Minister for Health and Social Services should publish a Home Care Workforce Plan, setting out how many care "
       "workers will be needed up to 2030 and how they will be recruited and retained, before the end of Q2 2026.",
    2: "The Minister for Health and Social Services should replace the per-minute payment model with contracts that pay "
       "providers for the hours their care workers are rostered, including travel time between visits, from the next "
       "contract round in 2026.",
    3: "The Minister for Health and Social Services should introduce a minimum length of 30 minutes for all personal "
       "care visits, with shorter visits used only for medication prompts and welfare checks.",
    4: "The Minister for Health and Social Services should ensure that every person receiving home care has a named "
       "care coordinator in the Adult Social Care team, and is told in writing who that person is.",
    5: "The Minister for Health and Social Services should commission an independent review of the Long-Term Care "
       "Scheme's standard care rates, to report before the Government Plan 2027-2030 is lodged.",
    6: "The Minister for Health and Social Services should work with the Jersey Care Commission to give the Commission "
       "a role in reviewing how Health and Community Services commissions home care.",
    7: "The Chief Minister should ensure that the care workforce is treated as key workers in the allocation of "
       "affordable rental homes through the Affordable Housing Gateway.",
}


def box(kind, n, text):
    fill = colors.HexColor("#f6e6e9") if kind == "RECOMMENDATION" else GREY
    t = Table([[Paragraph(f"{kind} {n}", lab)], [Paragraph(text, boxt)]], colWidths=[15.6 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, 0), 6),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, RED if kind == "RECOMMENDATION" else colors.grey)]))
    return KeepTogether([t, Spacer(1, 8)])


def P(n, t):
    return Paragraph(t, num, bulletText=n)


def adv_page(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.grey)
    c.drawString(2.2 * cm, A4[1] - 1.3 * cm, TITLE)
    c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "S.R.9/2025")
    c.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))
    c.restoreState()


def adv_cover(c, doc):
    c.saveState()
    c.setFillColor(RED)
    c.rect(0, 0, 2.2 * cm, A4[1], stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("LSB", 13)
    c.drawString(3.2 * cm, A4[1] - 3 * cm, "STATES ASSEMBLY")
    c.setFont("LS", 11)
    c.drawString(3.2 * cm, A4[1] - 3.6 * cm, "Health and Social Security Scrutiny Panel")
    c.setFont("LSB", 24)
    y = A4[1] - 9 * cm
    for line in ("Care at Home", ""):
        c.drawString(3.2 * cm, y, line)
        y -= 1.0 * cm
    c.setFont("LS", 15)
    c.drawString(3.2 * cm, y + 0.3 * cm, "Review of the Commissioning of Home Care Services")
    c.setFont("LS", 11)
    c.drawString(3.2 * cm, 5.2 * cm, "Presented to the States on 14 October 2025")
    c.setFont("LSB", 11)
    c.drawString(3.2 * cm, 4.5 * cm, "S.R.9/2025")
    c.restoreState()


def advice():
    s = [PageBreak(), Paragraph("Contents", h1)]
    toc = [("Chair's Foreword", "3"), ("1. Executive Summary", "4"), ("2. Key Findings and Recommendations", "4"),
           ("3. Introduction", "6"), ("4. The home care workforce", "6"), ("5. How care is commissioned and paid for", "7"),
           ("6. Oversight of commissioning", "8"), ("Appendix 1: Panel membership and terms of reference", "9")]
    t = Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in toc], colWidths=[14 * cm, 1.6 * cm])
    t.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.lightgrey)]))
    s += [t, PageBreak()]
    s += [Paragraph("Chair's Foreword", h1),
          Paragraph("Most of us, at some point, will need help to stay living in our own homes. For the 1,150 Islanders "
                    "who already receive home care, that help is the difference between independence and a hospital bed "
                    "or a care home place. During this review the Panel heard from people who receive care, from their "
                    "families, from eleven registered providers and from care workers themselves. We are grateful to "
                    "everyone who took the time to speak to us.", body),
          Paragraph("What we heard was a system under strain. Care workers are leaving faster than they can be replaced, "
                    "visits are too short, and nobody is responsible for looking at the commissioning system as a whole. "
                    "Our recommendations are intended to be practical, and we look forward to receiving the Minister's "
                    "response within the six weeks required by Standing Orders.", body),
          Paragraph("<i>Deputy Helena Le Cornu</i><br/>Chair, Health and Social Security Scrutiny Panel", body),
          PageBreak(),
          Paragraph("1. Executive Summary", h1),
          Paragraph("The Panel launched this review in February 2025 to examine how Health and Community Services (HCS) "
                    "commissions home care from independent providers and whether the current arrangements are "
                    "sustainable. We held four public hearings, received 46 written submissions and carried out a survey "
                    "of care workers, which received 203 responses.", body),
          Paragraph("We make seven findings and seven recommendations. Six recommendations are addressed to the Minister "
                    "for Health and Social Services and one to the Chief Minister. Findings describe what the Panel "
                    "found; recommendations are the actions we ask the Government to take.", body),
          Paragraph("2. Key Findings and Recommendations", h1)]
    order = [("F", 1), ("F", 2), ("R", 1), ("R", 7), ("F", 3), ("F", 4), ("R", 2), ("R", 3), ("R", 4), ("F", 5),
             ("F", 6), ("R", 5), ("F", 7), ("R", 6)]
    for k, n in order:
        if k == "F":
            s.append(box("FINDING", n, FINDINGS[n]))
        else:
            s.append(box("RECOMMENDATION", n, RECS[n]))
    s += [PageBreak(), Paragraph("3. Introduction", h1),
          P("3.1", "The Long-Term Care Scheme was introduced in 2014 to help Islanders meet the cost of long-term care, "
                   "whether at home or in a care home. HCS assesses each person's needs and commissions care from one of "
                   "the providers on the Home Care Framework, which was last retendered in 2022."),
          P("3.2", "In its 2022 report on the Long-Term Care Scheme, the previous Panel recommended that 'the Minister "
                   "should publish annual data on unmet home care need'. That recommendation was accepted, and the first "
                   "data were published in 2024. We have drawn on those data throughout this report."),
          Paragraph("4. The home care workforce", h1),
          P("4.1", "Every provider we spoke to described recruitment as their main difficulty. Turnover among care "
                   "workers is between 15% and 25% a year, and one provider told us that it had turned down 60 new "
                   "packages of care in 2024 because it did not have the staff to deliver them."),
          box("FINDING", 2, FINDINGS[2]),
          P("4.2", "Care workers told us that the cost of renting in Jersey was the main reason colleagues had left the "
                   "Island. Several suggested that care workers should have the same access to key worker housing as "
                   "nurses and teachers."),
          box("RECOMMENDATION", 7, RECS[7]),
          P("4.3", "No one in Government currently holds a forecast of how many care workers the Island will need. "
                   "Without one it is impossible to plan training places or housing."),
          box("RECOMMENDATION", 1, RECS[1]),
          Paragraph("5. How care is commissioned and paid for", h1),
          P("5.1", "Providers are paid an hourly rate, calculated by the minute, for care delivered in the person's "
                   "home. Travel between visits, which can take 20 minutes or more in the west of the Island, is unpaid "
                   "for the provider and, in most cases, for the care worker."),
          box("FINDING", 3, FINDINGS[3]),
          box("RECOMMENDATION", 2, RECS[2]),
          P("5.2", "We were concerned to learn how many visits are planned to last 15 minutes or less. Families told us "
                   "that a 15-minute visit leaves no time to help someone wash, dress and eat breakfast with dignity."),
          box("FINDING", 4, FINDINGS[4]),
          box("RECOMMENDATION", 3, RECS[3]),
          P("5.3", "Several people told us that they did not know whom to contact at HCS when their care was not "
                   "working. Some had spoken to five different officers in a year."),
          box("RECOMMENDATION", 4, RECS[4]),
          P("5.4", "The standard care rates have not been reviewed since 2021, despite inflation of over 20% since "
                   "then. The Panel considers that an external view is needed (see Finding 6)."),
          box("FINDING", 6, FINDINGS[6]),
          box("RECOMMENDATION", 5, RECS[5]),
          Paragraph("6. Oversight of commissioning", h1),
          P("6.1", "The Jersey Care Commission regulates providers under the Regulation of Care (Jersey) Law 2014. It "
                   "does not look at how HCS plans and buys care, which the Panel considers to be the root of many of "
                   "the problems providers described."),
          box("FINDING", 7, FINDINGS[7]),
          box("RECOMMENDATION", 6, RECS[6]),
          Paragraph("Appendix 1: Panel membership and terms of reference", h1),
          Paragraph("Deputy Helena Le Cornu (Chair), Deputy Marc Vibert (Vice-Chair), Deputy Sarah Falle and Deputy "
                    "Kieran Mauger.", body),
          Paragraph("The Panel agreed the following terms of reference:", body),
          P("1.", "To examine how home care is commissioned by Health and Community Services."),
          P("2.", "To consider whether the current payment model is sustainable for providers and fair to care workers."),
          P("3.", "To assess the oversight of commissioning decisions."),
          P("4.", "To make recommendations to the relevant Ministers.")]
    return s


def rsp_page(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.grey)
    c.drawString(2.0 * cm, A4[1] - 1.2 * cm, "S.R.9/2025 Res.")
    c.drawRightString(A4[0] - 2.0 * cm, A4[1] - 1.2 * cm, "Ministerial Response")
    c.drawCentredString(A4[0] / 2, 1.1 * cm, f"Page {doc.page}")
    c.restoreState()


def C(t, st=cell):
    return Paragraph(t, st)


def response():
    s = [Paragraph("STATES ASSEMBLY", ParagraphStyle("x", parent=lab, textColor=RED)),
         Paragraph("Care at Home: Review of the Commissioning of Home Care Services (S.R.9/2025): Response of the "
                   "Minister for Health and Social Services", h1),
         Paragraph("Presented to the States on 25 November 2025 by the Minister for Health and Social Services", body),
         Paragraph("<b>S.R.9/2025 Res.</b>", body)]
    meta = [["Ministerial response to:", "S.R.9/2025"], ["Ministerial response required by:", "25 November 2025"],
            ["Review title:", "Care at Home: Review of the Commissioning of Home Care Services"],
            ["Scrutiny Panel:", "Health and Social Security Scrutiny Panel"]]
    t = Table([[C(f"<b>{a}</b>"), C(b)] for a, b in meta], colWidths=[5.5 * cm, 11.4 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (0, -1), GREY)]))
    s += [t, Spacer(1, 10), Paragraph("Executive Summary", h2),
          Paragraph("I welcome the Panel's review and thank the Chair and members for their work. Home care allows "
                    "Islanders to remain independent for longer, and I share the Panel's view that the sector needs "
                    "stable foundations. This response sets out my position on each of the recommendations addressed "
                    "to me as Minister for Health and Social Services, together with comments on some of the Panel's "
                    "findings. Where a target date is given, progress will be reported to the Panel every six months.",
                    body),
          Paragraph("Findings", h2)]
    fr = [[C("Findings", cellh), C("Comments", cellh)],
          [C("<b>5</b>&nbsp; " + FINDINGS[5]), C("The Department's own count for the same week was 288 hours of unmet need; "
             "the higher figure includes hours that had been offered by a provider and declined by the client or family. "
             "HCS will publish a reconciled figure each quarter from January 2026.")],
          [C("<b>6</b>&nbsp; " + FINDINGS[6]), C("The rates were uprated in line with RPI in 2023 and 2024, although their "
             "structure has not been reviewed since 2021.")]]
    t = Table(fr, colWidths=[7 * cm, 9.9 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), RED),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 10), Paragraph("Recommendations", h2)]
    rows = [[C("Recommendations", cellh), C("To", cellh), C("Accept/ Reject", cellh), C("Comments", cellh),
             C("Target date of action/ completion", cellh)]]
    resp = {
        1: ("HSS", "Accept",
            "A Home Care Workforce Plan is needed, and I have asked officers to prepare one. Work has begun with the "
            "Jersey Homecare Association and Highlands College on a forecast of demand to 2030, which will be "
            "combined with the health and care workforce modelling already under way for nursing.<br/><br/>The plan "
            "will include the number of training places needed each year and options for recruitment from outside "
            "the Island.", "Q2 2026"),
        2: ("HSS", "Partially accept",
            "Travel time between visits will be paid for in the new framework contracts from October 2026, at a "
            "standard rate per visit calculated by parish.<br/><br/>However, paying for all rostered hours regardless "
            "of care delivered would weaken the link between public funding and the care people actually receive, and "
            "would not represent value for money. The per-minute model will therefore be retained for the care "
            "element of each visit.", "October 2026"),
        3: ("HSS", "Reject",
            "I do not support a fixed minimum visit length. The length of a visit should follow from the assessed "
            "needs of the individual, and many clients prefer a short check in the evening to a longer visit they "
            "do not need. A blanket 30-minute rule would also reduce the number of people who can be supported with "
            "the current workforce.<br/><br/>HCS will, however, audit all visits of 15 minutes or less that include "
            "personal care, and will report the results to the Panel.", "Audit by March 2026"),
        4: ("HSS", "Accept",
            "Every client with a package of more than seven hours a week already has a named coordinator. This will be "
            "extended to every person receiving home care by the end of January 2026, and the coordinator's name and "
            "contact details will be printed on the front page of the care plan.", "January 2026"),
        5: ("HSS", "Partially accept",
            "The standard care rates will be reviewed in 2026 as part of the five-yearly review of the Long-Term Care "
            "Scheme led by Customer and Local Services, and the Panel will be consulted on its terms of reference. "
            "An independent review is not considered necessary at this stage, as the Scheme review will be subject "
            "to external actuarial assurance.", "Before the Government Plan 2027-2030 is lodged"),
        6: ("HSS", "Noted",
            "The Jersey Care Commission is independent of Government and sets its own work programme. I have shared the "
            "Panel's report with the Chair of the Commission and will discuss with her whether a review of "
            "commissioning would fall within the Commission's existing functions. Any change to its statutory "
            "functions would require an amendment to the 2014 Law, and I make no commitment on that at this time.",
            "-"),
    }
    for n in range(1, 7):
        to, ar, com, date = resp[n]
        rows.append([C(f"<b>{n}</b>&nbsp; {RECS[n]}"), C(to), C(f"<b>{ar}</b>"), C(com), C(date)])
    t = Table(rows, colWidths=[4.6 * cm, 1.1 * cm, 1.9 * cm, 7.0 * cm, 2.3 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), RED),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 10), Paragraph("Conclusion", h2),
          Paragraph("The home care sector will need to grow by around a third by 2030 if current trends continue. The "
                    "actions set out above, together with the new Home Care Framework, are intended to make that "
                    "growth possible. I am grateful to the Panel for the constructive way in which it carried out "
                    "this review and to all the providers, care workers and families who contributed.", body),
          Paragraph("<i>Deputy Paul Renouf, Minister for Health and Social Services</i>", body)]
    return s


def build(path, flow, first, later, title):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.1 * cm,
                          bottomMargin=2.0 * cm, title=title, author="States Assembly", creator="reportlab",
                          invariant=1)
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("first", [fr], onPage=first, autoNextPageTemplate="later"),
                          PageTemplate("later", [fr], onPage=later)])
    doc.build(flow)


def main():
    build(H.out(NAME + "_advice.pdf"), advice(), adv_cover, adv_page, TITLE)
    build(H.out(NAME + "_response.pdf"), response(), rsp_page, rsp_page, "S.R.9/2025 Res.")
    recs = [
        {"number": "1", "starts_with": "The Minister for Health and Social Services should publish a Home Care",
         "reply_contains": "Work has begun with the Jersey Homecare Association and Highlands College",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "The Minister for Health and Social Services should replace the per-minute payment",
         "reply_contains": "paying for all rostered hours regardless of care delivered", "verdict": "partly"},
        {"number": "3", "starts_with": "The Minister for Health and Social Services should introduce a minimum length",
         "reply_contains": "I do not support a fixed minimum visit length", "verdict": "disagrees"},
        {"number": "4", "starts_with": "The Minister for Health and Social Services should ensure that every person",
         "reply_contains": "receiving home care by the end of January 2026",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "The Minister for Health and Social Services should commission an independent review",
         "reply_contains": "An independent review is not considered necessary at this stage", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "6", "starts_with": "The Minister for Health and Social Services should work with the Jersey",
         "reply_contains": "I make no commitment on that at this time", "verdict": "noted"},
        {"number": "7", "starts_with": "The Chief Minister should ensure that the care workforce is treated",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the higher figure includes hours that had been offered by a provider",
                 "uprated in line with RPI in 2023 and 2024"]
    notes = ("States of Jersey Scrutiny Panel review S.R.9/2025 and the Minister's response S.R.9/2025 Res. (reportlab, "
             "A4). Advice: cover band, contents table, Chair's foreword ('Our recommendations are intended to be "
             "practical'), Executive summary counting 'seven findings and seven recommendations', then '2. Key Findings "
             "and Recommendations' as labelled boxes 'FINDING n' (grey) and 'RECOMMENDATION n' (red rule) INTERLEAVED "
             "(F1, F2, R1, R7, F3, F4, R2, R3, R4, F5, F6, R5, F7, R6: findings share the look and numbers but are not "
             "recommendations); chapters 3-6 with hanging paragraph numbers 3.1-6.1 repeat most boxes; paragraph 3.2 "
             "quotes an accepted recommendation of the 2022 Panel (not a recommendation of this report); Appendix 1 "
             "terms of reference numbered 1.-4. (a trap). Six recommendations to the Minister for Health and Social "
             "Services all open with the same words, one (7) to the Chief Minister. Response: title block, metadata "
             "table, executive summary, a 'Findings | Comments' table disputing Finding 5's figure and commenting on "
             "Finding 6 (both unmatched, their numbers collide with recommendations 5 and 6), then the five-column "
             "table 'Recommendations | To | Accept/Reject | Comments | Target date' quoting each recommendation, shaded "
             "header repeated after the page break; rows in report order 1-6, multi-paragraph comments; 1 Accept "
             "(agrees), 2 Partially accept - travel time yes, rostered hours no (partly), 3 Reject but an audit "
             "(disagrees), 4 Accept, already in place for some, extended with a date (agrees), 5 Partially accept - "
             "review within the Scheme review, not independent (partly, also disagrees), 6 'Noted' - independent "
             "body, no commitment (noted); 7 (to the Chief Minister) absent from the table (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()

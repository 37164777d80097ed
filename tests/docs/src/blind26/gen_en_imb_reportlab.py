"""Round 26 (EN): Independent Monitoring Board annual report (HMP Farnmoor) + the Minister's reply
with an HMPPS annex table. reportlab. All content invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b26en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)

NAME = "blind26_en_imb"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.HexColor("#00605f")
body = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=7, alignment=TA_LEFT)
num = ParagraphStyle("n", parent=body, leftIndent=1.3 * cm, firstLineIndent=-1.3 * cm)
bul = ParagraphStyle("bu", parent=body, leftIndent=0.8 * cm, bulletIndent=0.2 * cm, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, textColor=TEAL, spaceBefore=6, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=6)
h3 = ParagraphStyle("h3", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)
cell = ParagraphStyle("c", parent=body, fontSize=9.5, leading=12.5, spaceAfter=3)
cellb = ParagraphStyle("cb", parent=cell, fontName="LSB", textColor=colors.white)


def N(n, t):
    return Paragraph(f"{n}\t{t}".replace("\t", "&nbsp;" * 0) if False else f"<b>{n}</b>", num) if False else \
        Paragraph(t, num, bulletText=n)


def B(t):
    return Paragraph(t, bul, bulletText="\u2022")


def advice_pages(c, doc):
    c.saveState()
    if doc.page > 1:
        c.setFont("LS", 8)
        c.setFillColor(colors.grey)
        c.drawString(2.2 * cm, A4[1] - 1.4 * cm, "Annual Report of the Independent Monitoring Board at HMP Farnmoor 2024/25")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))
    c.restoreState()


def cover(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, A4[1] - 9 * cm, A4[0], 9 * cm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSB", 30)
    c.drawString(2.2 * cm, A4[1] - 3.2 * cm, "IMB")
    c.setFont("LS", 11)
    c.drawString(2.2 * cm, A4[1] - 4.0 * cm, "Independent Monitoring Boards")
    c.setFillColor(colors.black)
    c.setFont("LSB", 22)
    c.drawString(2.2 * cm, A4[1] - 11.5 * cm, "Annual Report of the")
    c.drawString(2.2 * cm, A4[1] - 12.5 * cm, "Independent Monitoring Board")
    c.drawString(2.2 * cm, A4[1] - 13.5 * cm, "at HMP Farnmoor")
    c.setFont("LS", 13)
    c.drawString(2.2 * cm, A4[1] - 15.2 * cm, "For reporting year")
    c.drawString(2.2 * cm, A4[1] - 15.9 * cm, "1 April 2024 to 31 March 2025")
    c.setFont("LSB", 13)
    c.drawString(2.2 * cm, A4[1] - 17.3 * cm, "Published September 2025")
    c.setFont("LS", 8)
    c.setFillColor(colors.black)
    c.drawString(2.2 * cm, 2.0 * cm, "Monitoring fairness and respect for people in custody")
    c.restoreState()


ADV = []
ADV += [PageBreak(),
        Paragraph("Contents", h1)]
toc = [("Introductory sections 1 \u2013 3", ""), ("1. Statutory role of the IMB", "3"),
       ("2. Description of the establishment", "3"), ("3. Key points", "3"),
       ("Evidence sections 4 \u2013 7", ""), ("4. Safety", "5"), ("5. Fair and humane treatment", "6"),
       ("6. Health and wellbeing", "6"), ("7. Progression and resettlement", "7"),
       ("The work of the IMB", "7")]
t = Table([[Paragraph(a, body), Paragraph(b, body)] for a, b in toc], colWidths=[13 * cm, 2.5 * cm])
t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
ADV += [t, PageBreak()]

ADV += [
 Paragraph("Introductory sections 1 \u2013 3", h1),
 Paragraph("1. Statutory role of the IMB", h2),
 N("1.1", "The Prison Act 1952 requires every prison to be monitored by an independent board, appointed by the "
   "Secretary of State from members of the community in which the prison is situated. Under the National Preventive "
   "Mechanism, the Board is one of the bodies that monitor the treatment of people in detention."),
 N("1.2", "The Board is specifically charged to satisfy itself as to the humane and just treatment of those held in "
   "custody within its prison, to inform promptly the Secretary of State of any concern it has, and to report "
   "annually to the Secretary of State on how well the prison has met the standards and requirements placed on it."),
 Paragraph("2. Description of the establishment", h2),
 N("2.1", "HMP Farnmoor is a category C training and resettlement prison for adult men in the south-west of England. "
   "Its operational capacity is 842, and on 31 March 2025 it held 836 men. The prison opened in 1971; four of its "
   "six residential wings date from that period."),
 N("2.2", "Healthcare is commissioned by NHS England and provided by Severnside Health Partnership. Education is "
   "delivered by Wessex Skills College under the Prison Education Framework."),
 Paragraph("3. Key points", h2),
 Paragraph("3.1 Background to the report", h3),
 N("3.1.1", "Board members were able to visit the prison throughout the year, and made 312 monitoring visits. The "
   "Board had a complement of 11 members for most of the year against a recommended complement of 16."),
 Paragraph("3.2 Main judgements", h3),
 Paragraph("<b>How safe is the prison?</b>", body),
 N("3.2.1", "The Board considers that Farnmoor became less safe during the year. Assaults on staff rose from 61 to 84, "
   "and the number of incidents of self-harm rose by 19%."),
 Paragraph("<b>How fairly and humanely are prisoners treated?</b>", body),
 N("3.2.2", "Staff-prisoner relationships remain a strength. However, the Board cannot describe conditions on A and "
   "B wings during the winter as humane: the heating system failed on 17 occasions, on two of them for more than "
   "72 hours."),
 Paragraph("<b>How well are prisoners\u2019 health and wellbeing needs met?</b>", body),
 N("3.2.3", "Primary care is generally good. The Board remains very concerned about the time taken to transfer "
   "acutely unwell men to secure hospitals."),
 Paragraph("<b>How well are prisoners progressed towards successful resettlement?</b>", body),
 N("3.2.4", "Men serving Imprisonment for Public Protection (IPP) sentences continue to find it difficult to access "
   "the programmes which the Parole Board expects them to complete."),
 KeepTogether([Paragraph("3.3 Main areas for development", h3),
 Paragraph("<b>TO THE MINISTER</b>", body),
 B("Will the Minister commit to funding the full replacement of the heating system on A and B wings before the "
   "winter of 2025/26?")]),
 B("What action will the Minister take to ensure that men serving IPP sentences at Farnmoor can access the "
   "offending behaviour programmes they need to progress?"),
 B("Will the Minister act to end the release of prisoners on a Friday afternoon, when local housing and support "
   "services are closed?"),
 Paragraph("<b>TO THE PRISON SERVICE</b>", body),
 B("Ensure that the property of men transferred to Farnmoor arrives with them or within five working days."),
 B("Increase the number of officers profiled to the segregation unit, so that men held there receive their "
   "daily entitlement to showers, telephone calls and exercise."),
 B("Work with NHS England to reduce the delays of up to 14 weeks in transferring men to secure hospitals under the "
   "Mental Health Act."),
 B("Set a date for the repair of the in-cell telephones on C wing, which have been out of use since May 2024."),
 Paragraph("<b>TO THE GOVERNOR</b>", body),
 B("Reintroduce the weekly meeting between wing managers and prisoner representatives, which lapsed in the summer of "
   "2024."),
 Paragraph("3.4 Progress since the last report", h3),
 N("3.4.1", "The table below summarises the responses to the points the Board raised in its 2023/24 report."),
]
prog = [["Issue raised in 2023/24", "Response given", "Progress"],
        ["Asked the Minister to fund repairs to the gym roof", "Funding agreed in the 2024/25 capital plan",
         "Roof replaced October 2024"],
        ["Asked the Prison Service to recruit additional night staff", "Agreed", "Partly achieved"],
        ["Asked the Governor to improve the complaints system", "Agreed", "Complaints now answered on time"]]
pt = Table([[Paragraph(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(prog)],
           colWidths=[6.2 * cm, 5.2 * cm, 4.6 * cm], repeatRows=1)
pt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]))
ADV += [pt, Spacer(1, 8)]
ADV += [
 Paragraph("Evidence sections 4 \u2013 7", h1),
 Paragraph("4. Safety", h2),
 N("4.1", "There were 84 assaults on staff, compared with 61 in the previous year, and 112 assaults on prisoners. "
   "Many of the assaults were linked to debt arising from the supply of illicit substances."),
 N("4.2", "Self-harm incidents rose from 402 to 478. Board members observed a number of reviews under the Assessment, "
   "Care in Custody and Teamwork (ACCT) process and found most of them to be thorough.<super>1</super>"),
 N("4.3", "The segregation unit held an average of 14 men. On 46 of the days on which the Board checked the unit\u2019s "
   "records, at least one man had not been offered a shower, and on 31 days telephone calls had been cancelled "
   "because too few staff were on duty."),
 Paragraph("5. Fair and humane treatment", h2),
 N("5.1", "A and B wings were without heating or hot water on 17 occasions between October 2024 and March 2025. "
   "Temporary heaters were issued, but the Board found cells with temperatures below 12\u00b0C on three visits."),
 N("5.2", "Property remains the largest category of applications to the Board (139 of 601). Most concern property "
   "which did not arrive when men transferred from other prisons; some waited more than three months."),
 N("5.3", "The in-cell telephones on C wing have not worked since May 2024, leaving 160 men reliant on two landing "
   "telephones."),
 Paragraph("6. Health and wellbeing", h2),
 N("6.1", "Nine men were assessed as requiring transfer to a secure hospital. The average wait from the second "
   "assessment to transfer was 61 days, against the national target of 28 days; one man waited 14 weeks."),
 Paragraph("7. Progression and resettlement", h2),
 N("7.1", "Farnmoor held 23 men serving IPP sentences, all of them beyond tariff. Only four were able to start an "
   "accredited programme during the year."),
 N("7.2", "Of the 611 men released during the year, 138 were released on a Friday. The Board met men released on a "
   "Friday afternoon who spent their first weekend in the community without accommodation."),
 Paragraph("The work of the IMB", h2),
 N("8.1", "The Board thanks the Governor and staff for their cooperation and openness during a difficult year. "
   "Applications to the Board are summarised in the annex, which is available on request."),
 Spacer(1, 14),
 Paragraph("<super>1</super> The ACCT process is the case management system for prisoners at risk of suicide or "
   "self-harm.", small),
]


def build_advice():
    path = H.out(NAME + "_advice.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                          bottomMargin=2.2 * cm, title="IMB Annual Report HMP Farnmoor 2024/25",
                          author="Independent Monitoring Board")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("cover", frames=[fr], onPage=cover, autoNextPageTemplate="body"),
                          PageTemplate("body", frames=[fr], onPage=advice_pages)])
    doc.build([Spacer(1, 1)] + ADV)


def letter_pages(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.grey)
    c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Page {doc.page}")
    if doc.page == 1:
        c.setFillColor(colors.black)
        c.setFont("LSB", 12)
        c.drawString(2.2 * cm, A4[1] - 2.0 * cm, "Ministry of Justice")
        c.setFont("LS", 8.5)
        for i, l in enumerate(["Lord Harlow of Westmere", "Minister of State for Prisons, Parole and Probation",
                               "102 Petty France", "London SW1H 9AJ"]):
            c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 2.0 * cm - i * 11, l)
        c.setStrokeColor(colors.black)
        c.line(2.2 * cm, A4[1] - 3.6 * cm, A4[0] - 2.2 * cm, A4[1] - 3.6 * cm)
    c.restoreState()


rb = ParagraphStyle("rb", parent=body, fontSize=10.5, leading=14.5, spaceAfter=8)
RESP = [
 Spacer(1, 1.6 * cm),
 Paragraph("Our ref: MC2025/41877", small),
 Paragraph("14 November 2025", small),
 Spacer(1, 6),
 Paragraph("Ms Eleanor Pryce-Whitfield<br/>Chair, Independent Monitoring Board<br/>HMP Farnmoor", rb),
 Paragraph("Dear Ms Pryce-Whitfield,", rb),
 Paragraph("<b>IMB Annual Report for HMP Farnmoor: 1 April 2024 to 31 March 2025</b>", rb),
 Paragraph("Thank you for the Board\u2019s annual report. I am grateful to you and your fellow members for the time "
   "you give, as volunteers, to monitoring Farnmoor, and I was sorry to read that the Board has worked with five "
   "vacancies for most of the year. The IMB Secretariat is running a local recruitment campaign this winter.", rb),
 Paragraph("I have answered the issues you raised for me below. His Majesty\u2019s Prison and Probation Service "
   "(HMPPS) has responded to the points raised for the Prison Service in the annex to this letter.", rb),
 Paragraph("<b>Release on a Friday</b>", rb),
 Paragraph("You asked whether I would act to end Friday afternoon releases. Section 23A of the Criminal Justice Act "
   "1991, as amended, already allows governors to bring a release date forward by up to two working days where a "
   "prisoner would otherwise leave custody on a Friday or before a bank holiday. This power has been in force since "
   "2024 and Farnmoor uses it; since April 2025 the proportion of Friday releases at the prison has fallen to 9%.", rb),
 Paragraph("<b>The fabric of the prison</b>", rb),
 Paragraph("Your report also described very clearly the effect of repeated heating failures on A and B wings. I "
   "share the Board\u2019s concern, and a further \u00a3380,000 has been provided for emergency repairs to the "
   "boilers and pipework this year. I am, however, unable to commit to a full replacement of the system before "
   "next winter: capital funding must be prioritised across the whole estate, and Farnmoor\u2019s heating is not "
   "among the schemes that can be funded in 2025/26.", rb),
 Paragraph("<b>Men serving IPP sentences</b>", rb),
 Paragraph("I agree that men serving IPP sentences must have a realistic route to release. From January 2026 "
   "Farnmoor will run two additional cohorts of the Thinking Skills Programme each year, with priority given to "
   "men serving IPP sentences, and each of them will have an up-to-date IPP Action Plan agreed with their "
   "Prison Offender Manager by 31 March 2026.", rb),
 Paragraph("I would like to thank the Board again for its report and for its continued work at Farnmoor.", rb),
 Paragraph("Yours sincerely,", rb),
 Spacer(1, 14),
 Paragraph("<b>Lord Harlow of Westmere</b><br/>Minister of State for Prisons, Parole and Probation", rb),
 PageBreak(),
 Paragraph("Annex: HMPPS response to the issues raised for the Prison Service", h2),
]
rows = [["Issue raised by the Board", "HMPPS response"],
        ["Property not arriving with men transferred to Farnmoor",
         "HMPPS recognises the distress that lost property causes. The Prisoner Property Policy Framework, "
         "in force since May 2024, limits in-possession property to two bags, which should travel with the "
         "prisoner. It is not always possible for excess property to travel on the same escort vehicle, and "
         "HMPPS cannot commit to a five-day limit for all property; sending establishments will be reminded that "
         "the remainder should follow within 28 days."],
        ["Staffing of the segregation unit",
         "A staffing review of the segregation unit was completed in August 2025. As a result, two additional "
         "officers will be profiled to the unit from 1 December 2025, which will allow the regime to be delivered in "
         "full each day."],
        ["In-cell telephones on C wing",
         "The in-cell telephony contractor has confirmed that the cabling on C wing must be replaced. The work has "
         "been scheduled and the telephones will be back in use by 31 January 2026."],
        ["Transfers to secure hospitals",
         "Decisions on admission to a secure hospital rest with the NHS, and NHS England is responsible for the "
         "commissioning of secure beds. HMPPS has shared the Board\u2019s findings with NHS England (South West), "
         "which will take them into account in its review of the regional transfer pathway."],
        ["Monitoring in the segregation unit",
         "The Governor has welcomed the Board\u2019s regular attendance at segregation reviews and has asked "
         "that the Board continue to receive the unit\u2019s daily regime log."]]
rt = Table([[Paragraph(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(rows)],
           colWidths=[5.0 * cm, 11.6 * cm], repeatRows=1)
rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#333333")),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
RESP += [rt]


def build_response():
    path = H.out(NAME + "_response.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                          bottomMargin=2.2 * cm, title="Ministerial response to the IMB annual report HMP Farnmoor",
                          author="Ministry of Justice")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", frames=[fr], onPage=letter_pages)])
    doc.build(RESP)


def main():
    build_advice()
    build_response()
    recs = [
        {"number": "1", "starts_with": "Will the Minister commit to funding the full replacement of the heating",
         "reply_contains": "unable to commit to a full replacement of the system",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "2", "starts_with": "What action will the Minister take to ensure that men serving IPP",
         "reply_contains": "two additional cohorts of the Thinking Skills Programme each year",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Will the Minister act to end the release of prisoners",
         "reply_contains": "bring a release date forward by up to two working days",
         "verdict": "agrees", "also": ["partly"]},
        {"number": "4", "starts_with": "Ensure that the property of men transferred to Farnmoor arrives with them",
         "reply_contains": "cannot commit to a five-day limit for all property", "verdict": "partly"},
        {"number": "5", "starts_with": "Increase the number of officers profiled to the segregation unit",
         "reply_contains": "two additional officers will be profiled to the unit",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Work with NHS England to reduce the delays of up to",
         "reply_contains": "Decisions on admission to a secure hospital rest with the NHS", "verdict": "noted"},
        {"number": "7", "starts_with": "Set a date for the repair of the in-cell telephones",
         "reply_contains": "the telephones will be back in use by 31 January 2026", "verdict": "agrees"},
        {"number": "8", "starts_with": "Reintroduce the weekly meeting between wing managers and prisoner representatives",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = [
        "The IMB Secretariat is running a local recruitment campaign this winter",
        "regular attendance at segregation reviews and has asked",
    ]
    notes = ("UK Independent Monitoring Board annual report (reportlab, teal cover page, contents page, running header, "
             "page numbers; numbered paragraphs 1.1-8.1 with a hanging number, one footnote). The eight "
             "recommendations are UNNUMBERED bullets under '3.3 Main areas for development' in three addressee "
             "groups in capitals (TO THE MINISTER: three QUESTIONS 'Will the Minister ...?' / 'What action will ...?'; "
             "TO THE PRISON SERVICE: four imperatives; TO THE GOVERNOR: one imperative). Traps: the bold 'Main "
             "judgements' questions ('How safe is the prison?' etc.) are not recommendations; the '3.4 Progress since "
             "the last report' table repeats LAST year's points ('Asked the Minister to fund repairs ...') which are "
             "not recommendations; evidence sections restate the problems. Response: Minister's letter on "
             "letterhead answering the three Minister questions by bold topic headings in another order (Friday "
             "release first: 'already allows' under existing law = agrees, also partly; heating: sympathetic but "
             "'unable to commit' = polite refusal with repair money, disagrees also partly; IPP = agrees with dates), "
             "then an annex table 'Issue raised by the Board | HMPPS response' whose left column paraphrases the "
             "issues in another order (property partly; segregation staffing agrees with a date; telephones agrees "
             "with a date; secure-hospital transfers are for the NHS = noted); a last row on 'Monitoring in the "
             "segregation unit' answers nothing; the Governor's point (8) is not answered. Opening paragraph about "
             "Board vacancies is unmatched.")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()

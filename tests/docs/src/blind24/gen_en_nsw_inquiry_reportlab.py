"""Round 24 (English): NSW Legislative Council committee report and NSW Government response (reportlab)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b24en as H  # noqa: E402

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

NAME = "blind24_en_nsw_inquiry"
for face, fn in (("LS", "LiberationSans-Regular"), ("LS-B", "LiberationSans-Bold"),
                 ("LS-I", "LiberationSans-Italic"), ("LS-BI", "LiberationSans-BoldItalic"),
                 ("LSe", "LiberationSerif-Regular"), ("LSe-B", "LiberationSerif-Bold"),
                 ("LSe-I", "LiberationSerif-Italic"), ("LSe-BI", "LiberationSerif-BoldItalic")):
    pdfmetrics.registerFont(TTFont(face, os.path.join(H.FONTS, fn + ".ttf")))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-BI")
pdfmetrics.registerFontFamily("LSe", normal="LSe", bold="LSe-B", italic="LSe-I", boldItalic="LSe-BI")

MAROON = colors.HexColor("#7a1f2b")
BOXBG = colors.HexColor("#f3e9ea")
body = ParagraphStyle("body", fontName="LSe", fontSize=10.5, leading=14, spaceAfter=7)
num = ParagraphStyle("num", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm)
h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=17, leading=21, textColor=MAROON, spaceBefore=4, spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="LS-B", fontSize=12, leading=15, textColor=MAROON, spaceBefore=8, spaceAfter=5)
h3 = ParagraphStyle("h3", fontName="LS-B", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=4)
boxlab = ParagraphStyle("boxlab", fontName="LS-B", fontSize=10, leading=13, textColor=MAROON)
boxtxt = ParagraphStyle("boxtxt", fontName="LS", fontSize=10, leading=13)
summ = ParagraphStyle("summ", fontName="LS", fontSize=9.5, leading=12.5)
summlab = ParagraphStyle("summlab", fontName="LS-B", fontSize=9.5, leading=12.5)
summpg = ParagraphStyle("summpg", fontName="LS", fontSize=9.5, leading=12.5, alignment=TA_RIGHT)
foot = ParagraphStyle("foot", fontName="LS", fontSize=7.5, leading=9)
small = ParagraphStyle("small", fontName="LS", fontSize=9, leading=12)
cell = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.8)
cellb = ParagraphStyle("cellb", fontName="LS-B", fontSize=9, leading=11.8)

FINDINGS = {
    1: "That response times for priority 1 incidents in the Far West and Western NSW health districts have "
       "deteriorated in each of the last four years, and are now the longest in the state.",
    2: "That ramping of ambulances at regional base hospitals is a significant cause of long response times "
       "in surrounding towns.",
    3: "That single-officer stations place paramedics at risk of fatigue and injury and limit the care they "
       "can give.",
    4: "That paramedics who begin their careers at a rural station are more likely to stay in rural practice.",
}
RECS = {
    1: "That NSW Ambulance publish response time data for each station area every quarter, including the "
       "median and 90th percentile response times for priority 1 incidents.",
    2: "That the NSW Government fund at least 120 additional paramedic positions for rural and regional "
       "stations over the next three years, with priority given to single-officer stations.",
    3: "That NSW Ambulance end the practice of rostering a single paramedic at regional stations by "
       "30 June 2027.",
    4: "That NSW Health require a hospital executive on call to be notified whenever an ambulance crew has "
       "waited more than 60 minutes to transfer a patient into an emergency department.",
    5: "That NSW Ambulance review the relocation allowance for paramedics moving to a rural station, with a "
       "view to aligning it with the incentives offered to teachers under the Rural and Remote Incentive "
       "Scheme.",
    6: "That NSW Ambulance guarantee a permanent position to every graduate paramedic who completes the "
       "internship at a rural or remote station.",
    7: "That the NSW Government commission an independent review of the location and capability of the "
       "ambulance station network in western NSW, to report by December 2026.",
    8: "That the NSW Government amend the Health Administration Act 1982 so that the annual report of NSW "
       "Ambulance includes response times for every local government area.",
}
# where each item stands in the body (page numbers shown in the summary list; filled by a first build)
PAGE = {}


def box(kind, n):
    text = FINDINGS[n] if kind == "F" else RECS[n]
    label = ("Finding %d" if kind == "F" else "Recommendation %d") % n
    t = Table([[Paragraph(label, boxlab)], [Paragraph(text, boxtxt)]], colWidths=[150 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BOXBG), ("BOX", (0, 0), (-1, -1), 0.8, MAROON),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 7)]))
    t._b24key = (kind, n)
    return KeepTogether([Spacer(1, 3), t, Spacer(1, 9)])


def P(n, text):
    return Paragraph(f"{n}.&nbsp;&nbsp;&nbsp;{text}" if False else text, body)


class Doc(BaseDocTemplate):
    def __init__(self, fn, header, footer_left, first_page_plain=True, **kw):
        super().__init__(fn, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm,
                         bottomMargin=22 * mm, title=header, author="", creator="",
                         initialFontName="LS", initialFontSize=10, **kw)
        self.header, self.footer_left, self.plain = header, footer_left, first_page_plain
        fr = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=self.deco)])

    def afterFlowable(self, fl):
        for f in getattr(fl, "_content", [fl]):
            if hasattr(f, "_b24key"):
                PAGE[f._b24key] = self.page

    def deco(self, c, doc):
        n = c.getPageNumber()
        if n == 1 and self.plain:
            return
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(MAROON)
        c.drawString(25 * mm, A4[1] - 14 * mm, self.header)
        c.setStrokeColor(MAROON)
        c.setLineWidth(0.5)
        c.line(25 * mm, A4[1] - 16 * mm, A4[0] - 25 * mm, A4[1] - 16 * mm)
        c.setFillColor(colors.black)
        c.setFont("LS", 8)
        c.drawString(25 * mm, 12 * mm, self.footer_left)
        c.drawRightString(A4[0] - 25 * mm, 12 * mm, str(n))
        c.restoreState()


def advice():
    doc = Doc(H.path(NAME, "advice"), "PORTFOLIO COMMITTEE NO. 2 – HEALTH",
              "Report 71 – March 2025")
    s = []
    s.append(Spacer(1, 40 * mm))
    s.append(Paragraph("LEGISLATIVE COUNCIL", ParagraphStyle("c0", fontName="LS-B", fontSize=13, leading=16,
                                                             textColor=MAROON)))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("PORTFOLIO COMMITTEE NO. 2 – HEALTH", ParagraphStyle("c1", fontName="LS", fontSize=11,
                                                                            leading=14)))
    s.append(Spacer(1, 18 * mm))
    s.append(Paragraph("Paramedic staffing and ambulance response times in rural and regional New South Wales",
                       ParagraphStyle("ct", fontName="LS-B", fontSize=24, leading=29)))
    s.append(Spacer(1, 14 * mm))
    s.append(Paragraph("Report 71", ParagraphStyle("c2", fontName="LS", fontSize=13, leading=16)))
    s.append(Paragraph("March 2025", ParagraphStyle("c3", fontName="LS", fontSize=13, leading=16)))
    s.append(Spacer(1, 70 * mm))
    s.append(Paragraph("www.parliament.nsw.gov.au", small))
    s.append(PageBreak())

    s.append(Paragraph("Chair's foreword", h1))
    for t in [
        "When a person in Bourke, Cobar or Walgett calls Triple Zero, they are entitled to expect that an "
        "ambulance will come in time. Over the course of this inquiry the committee heard, again and again, "
        "that too often it does not. We heard from families who waited more than an hour, from paramedics "
        "who work alone through the night, and from hospital staff who watch crews wait in corridors while "
        "their own towns are left without cover.",
        "The committee does not doubt the commitment of the paramedics who serve these communities. The "
        "problems we describe are problems of system design, funding and workforce planning. Our "
        "recommendations are directed at those problems, and we urge the Government to respond to them in "
        "full.",
        "I thank the many individuals and organisations who made submissions and gave evidence, and the "
        "committee secretariat for its support.",
    ]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("<b>The Hon. Margaret Ellery MLC</b><br/>Committee Chair", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Findings and recommendations", h1))
    rows = []
    order = [("F", 1), ("R", 1), ("F", 2), ("R", 4), ("F", 3), ("R", 2), ("R", 3), ("F", 4), ("R", 5),
             ("R", 6), ("R", 7), ("R", 8)]
    for kind, n in order:
        label = ("Finding %d" if kind == "F" else "Recommendation %d") % n
        text = FINDINGS[n] if kind == "F" else RECS[n]
        rows.append([Paragraph(label, summlab), Paragraph("", summ), Paragraph(str(PAGE.get((kind, n), 0)), summpg)])
        rows.append([Paragraph(text, summ), "", ""])
    t = Table(rows, colWidths=[120 * mm, 20 * mm, 20 * mm])
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]
    for i in range(0, len(rows), 2):
        st += [("SPAN", (0, i + 1), (-1, i + 1)), ("BOTTOMPADDING", (0, i + 1), (-1, i + 1), 8),
               ("BOTTOMPADDING", (0, i), (-1, i), 1)]
    t.setStyle(TableStyle(st))
    s.append(t)
    s.append(PageBreak())

    s.append(Paragraph("Chapter 1  Introduction", h1))
    for i, t in enumerate([
        "On 14 March 2024 the Legislative Council referred to the committee an inquiry into paramedic "
        "staffing and ambulance response times in rural and regional New South Wales. The terms of reference "
        "are set out on page iv.",
        "The committee received 143 submissions and held five public hearings, in Sydney, Dubbo, Broken Hill, "
        "Tamworth and Moree. A list of witnesses is set out in Appendix 2.<super>1</super>",
        "This report is structured in four chapters. Chapter 2 examines response times and the data NSW "
        "Ambulance publishes about them. Chapter 3 considers ramping and the interface between ambulance and "
        "hospital services. Chapter 4 examines the paramedic workforce, rostering and the station network.",
    ], 1):
        s.append(Paragraph(f"1.{i}&nbsp;&nbsp;&nbsp;{t}", num))
    s.append(Paragraph("Chapter 2  Response times", h1))
    s.append(Paragraph("Performance against benchmarks", h2))
    for i, t in enumerate([
        "NSW Ambulance measures its performance against a benchmark that 50 per cent of priority 1 "
        "incidents receive a response within 15 minutes. The benchmark is met across the state as a whole, "
        "but evidence to the committee shows very wide variation between station areas. In the Far West the "
        "median response time to priority 1 incidents in 2023–24 was 22.4 minutes, and the 90th percentile "
        "was 61 minutes.",
        "The Health Services Union told the committee that the statewide figure 'hides the towns where people "
        "wait longest'. Several local councils said they had been unable to obtain data for their own area, "
        "and that a request under the Government Information (Public Access) Act 2009 took four months.",
    ], 1):
        s.append(Paragraph(f"2.{i}&nbsp;&nbsp;&nbsp;{t}", num))
    s.append(Paragraph("Committee comment", h3))
    s.append(Paragraph("2.3&nbsp;&nbsp;&nbsp;The committee is concerned that response times in the west of the "
                       "state have worsened year after year, and that the data needed to see this are not "
                       "routinely available to the communities concerned.", num))
    s.append(box("F", 1))
    s.append(Paragraph("2.4&nbsp;&nbsp;&nbsp;Publishing data at the level of the station area would let "
                       "communities, councils and members of Parliament see where services are falling "
                       "short. The committee therefore recommends:", num))
    s.append(box("R", 1))
    s.append(Paragraph("Chapter 3  Ramping and transfer of care", h1))
    for i, t in enumerate([
        "Ramping occurs when an ambulance crew cannot hand a patient over to the emergency department and "
        "must remain with the patient, often on a stretcher in a corridor. While a crew is ramped it cannot "
        "respond to other calls. At Dubbo Base Hospital, crews spent a total of 9,840 hours waiting to "
        "transfer patients in 2023–24.<super>2</super>",
        "The existing transfer of care policy sets a target that 90 per cent of patients are transferred "
        "within 30 minutes. Witnesses told the committee that there is no consequence when the target is "
        "missed, and that escalation within hospitals depends on the judgement of individual nurse unit "
        "managers.",
    ], 1):
        s.append(Paragraph(f"3.{i}&nbsp;&nbsp;&nbsp;{t}", num))
    s.append(Paragraph("Committee comment", h3))
    s.append(box("F", 2))
    s.append(Paragraph("3.3&nbsp;&nbsp;&nbsp;Ramping is a whole-of-system problem. The committee believes that "
                       "delays of an hour or more should come to the attention of the hospital's senior "
                       "leadership at the time they happen, not weeks later in a performance report.", num))
    s.append(box("R", 4))
    s.append(Paragraph("Chapter 4  Workforce and the station network", h1))
    s.append(Paragraph("Single-officer stations", h2))
    for i, t in enumerate([
        "Thirty-one stations in rural NSW are staffed, for at least part of the roster, by a single paramedic. "
        "A single paramedic cannot drive and treat a patient at the same time, and must often wait for a "
        "second crew or a volunteer before leaving the scene.",
        "The Australian Paramedics Association described single-officer rostering as 'the single biggest "
        "safety issue for our members'. NSW Ambulance told the committee that it had reduced the number of "
        "single-officer stations from 44 in 2019, and that a further reduction depended on recruitment.",
    ], 1):
        s.append(Paragraph(f"4.{i}&nbsp;&nbsp;&nbsp;{t}", num))
    s.append(Paragraph("Committee comment", h3))
    s.append(box("F", 3))
    s.append(Paragraph("4.3&nbsp;&nbsp;&nbsp;The committee considers that additional positions must be directed "
                       "to the places where the need is greatest, and that a firm date is needed to end "
                       "single-officer rostering.", num))
    s.append(box("R", 2))
    s.append(box("R", 3))
    s.append(Paragraph("Attracting and keeping paramedics in the bush", h2))
    for i, t in enumerate([
        "NSW Ambulance offers a relocation payment of up to $5,000 to paramedics who move to a rural station. "
        "By comparison, teachers moving to a school in a remote area may receive incentives worth more than "
        "$30,000 over their first years of service.",
        "Graduate paramedics complete a one-year internship. Witnesses said that graduates who trained at a "
        "rural station often left because no permanent position was offered to them at the end of their "
        "internship.",
    ], 4):
        s.append(Paragraph(f"4.{i}&nbsp;&nbsp;&nbsp;{t}", num))
    s.append(Paragraph("Committee comment", h3))
    s.append(box("F", 4))
    s.append(box("R", 5))
    s.append(box("R", 6))
    s.append(Paragraph("The station network", h2))
    s.append(Paragraph("4.6&nbsp;&nbsp;&nbsp;Much of the station network in the west was built in the 1970s and "
                       "1980s. The committee heard that some stations are in towns whose population has fallen "
                       "sharply, while growing towns have no station at all. The committee also believes that "
                       "response times by local government area should be reported to Parliament every "
                       "year.", num))
    s.append(box("R", 7))
    s.append(box("R", 8))
    s.append(Spacer(1, 10))
    s.append(Paragraph("<super>1</super> Appendix 2 is published on the committee's webpage.<br/>"
                       "<super>2</super> Answers to questions on notice, NSW Ambulance, 12 September 2024, p 3.",
                       foot))
    doc.build(s)


RESP_ROWS = [
    ("1", RECS[1],
     "<b>Supported.</b> NSW Ambulance will publish station-level response data every quarter on its website, "
     "starting with data for the October to December 2025 quarter. The data will include the median and "
     "90th percentile response times for priority 1 incidents."),
    ("2", RECS[2],
     "<b>Supported in principle.</b> The Government is already funding 500 additional paramedics for rural "
     "and regional NSW under the 2023–24 Budget. Positions are allocated by NSW Ambulance according to "
     "clinical demand modelling, and the Government will not set aside a fixed number of positions for "
     "particular stations. Single-officer stations will continue to be considered in that modelling."),
    ("3", RECS[3],
     "<b>Not supported.</b> NSW Ambulance has reduced the number of single-officer stations from 44 to 31 "
     "since 2019 and will continue to reduce this number as recruitment allows. Setting a fixed end date "
     "would risk closing stations where a second paramedic cannot be recruited, which would leave those "
     "communities worse off."),
    ("4", RECS[4],
     "<b>Supported.</b> The revised Transfer of Care policy directive, which took effect on 1 July 2024, "
     "already requires the hospital executive on call to be notified when a transfer of care has not "
     "occurred within 60 minutes. NSW Health will audit compliance with this requirement in 2025–26."),
    ("5 and 6", RECS[5] + "<br/><br/>" + RECS[6],
     "<b>Supported in part.</b> From 1 January 2026 the rural relocation payment will increase to $20,000, "
     "paid in instalments over two years, in line with the incentives available to rural teachers.<br/><br/>"
     "NSW Ambulance cannot guarantee a permanent position to every graduate, because positions depend on "
     "vacancies at the time the internship ends. Interns who complete a rural internship will, however, be "
     "offered the first available vacancy in their district."),
    ("7", RECS[7],
     "<b>Noted.</b> The Government will consider the need for a review of the western NSW station network "
     "as part of the next Future Health regional services plan. No decision has been made on the timing or "
     "scope of such a review."),
]


def response():
    doc = Doc(H.path(NAME, "response"), "NSW GOVERNMENT RESPONSE – PORTFOLIO COMMITTEE NO. 2 REPORT 71",
              "NSW Government response | September 2025")
    s = []
    s.append(Paragraph("The Hon. Daniel Marr MLC", ParagraphStyle("lh", fontName="LS-B", fontSize=12,
                                                                  leading=15)))
    s.append(Paragraph("Leader of the Government in the Legislative Council<br/>Minister for Regional Health",
                       small))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Mr David Halloran<br/>Clerk of the Parliaments<br/>Parliament House<br/>Macquarie Street<br/>"
                       "SYDNEY NSW 2000", body))
    s.append(Paragraph("11 September 2025", body))
    s.append(Paragraph("Dear Mr Halloran", body))
    s.append(Paragraph("<b>Government response to Portfolio Committee No. 2 – Health: Report 71, Paramedic "
                       "staffing and ambulance response times in rural and regional New South Wales</b>", body))
    for t in [
        "I write to provide the NSW Government's response to the above report, tabled on 13 March 2025.",
        "The Government thanks the committee for its work and acknowledges the individuals, communities and "
        "paramedics who gave evidence. Rural and regional patients deserve timely care, and the Government "
        "has made significant investments in the regional ambulance workforce since 2023.",
        "The Government's response to each recommendation is set out in the attached table. The Government "
        "also notes the committee's four findings, which it has taken into account in preparing this "
        "response.",
    ]:
        s.append(Paragraph(t, body))
    s.append(Paragraph("Yours sincerely", body))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("<b>The Hon. Daniel Marr MLC</b><br/>Minister for Regional Health", body))
    s.append(PageBreak())
    s.append(Paragraph("NSW Government response to the recommendations", h2))
    hdr = [Paragraph("No.", cellb), Paragraph("Recommendation", cellb), Paragraph("NSW Government response", cellb)]
    rows = [hdr] + [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell)] for a, b, c in RESP_ROWS]
    t = Table(rows, colWidths=[18 * mm, 66 * mm, 76 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), BOXBG), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Paragraph("Related work", h2))
    s.append(Paragraph("Separately from the committee's recommendations, NSW Ambulance has begun a trial of "
                       "virtual clinical care in the Murrumbidgee district, in which senior clinicians assess "
                       "lower-acuity callers by video so that crews remain available for emergencies.", body))
    doc.build(s)


def expected():
    recs = [
        ("1", "NSW Ambulance publish response time data for each station area every quarter",
         "will publish station-level response data every quarter", "agrees"),
        ("2", "the NSW Government fund at least 120 additional paramedic positions",
         "will not set aside a fixed number of positions", "partly"),
        ("3", "NSW Ambulance end the practice of rostering a single paramedic",
         "Setting a fixed end date would risk closing stations", "disagrees"),
        ("4", "NSW Health require a hospital executive on call to be notified",
         "already requires the hospital executive on call to be notified", "agrees"),
        ("5", "NSW Ambulance review the relocation allowance for paramedics moving to",
         "the rural relocation payment will increase to $20,000", "agrees", ["partly"]),
        ("6", "NSW Ambulance guarantee a permanent position to every graduate paramedic",
         "cannot guarantee a permanent position to every graduate", "disagrees", ["partly"]),
        ("7", "the NSW Government commission an independent review of the location",
         "No decision has been made on the timing or scope", "noted"),
        ("8", "the NSW Government amend the Health Administration Act 1982", None, "unanswered"),
    ]
    unmatched = ["The Government thanks the committee for its work",
                 "has begun a trial of virtual clinical care"]
    notes = ("NSW Legislative Council committee report (reportlab): 'Finding N' and 'Recommendation N' in "
             "identical shaded boxes inside chapters, in the order F1 R1 F2 R4 F3 R2 R3 F4 R5 R6 R7 R8 "
             "(body order differs from numbers); findings are also verbless 'That ...' clauses and must not be "
             "taken as recommendations; a front 'Findings and recommendations' list repeats every item in full "
             "with a page number on the label line. Recommendation starts_with omit the leading 'That'. "
             "Response: minister's letter to the Clerk (unmatched, notes the findings) and a ruled table "
             "No. | Recommendation | NSW Government response quoting each recommendation; row '5 and 6' quotes "
             "both and answers them in two paragraphs under one 'Supported in part.' (5: increase in line with "
             "rural teachers = agrees; 6: cannot guarantee = disagrees, also partly for the first-vacancy offer); "
             "'Supported in principle' with 'will not set aside a fixed number' (partly); 'Not supported' (3); "
             "'Supported' where the policy 'already requires' it (4); 'Noted ... No decision has been made' (7); "
             "recommendation 8 missing from the table (unanswered); a 'Related work' section answers nothing.")
    H.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    advice()
    response()
    expected()
    H.check(NAME)

"""Blind round 17 (en): Australian Productivity Commission inquiry report + the Australian Government's
response (introduction and a two-column response table).
Engine: reportlab (DejaVu Serif/Sans, subset-embedded), A4; contents page numbers from a first pass.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/gen_en_prodcom_rl.py
Writes tests/docs/blind17_en_prodcom_advice.pdf and tests/docs/blind17_en_prodcom_response.pdf; check with
    /tmp/blind17enenv/bin/python tests/docs/src/blind17/_en_b17.py blind17_en_prodcom
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b17 as H
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

H.rl_register()
rl_config.canvas_basefontname = "Sans"
TEAL = colors.HexColor("#1b5e6b")
BOXFILL = colors.HexColor("#e4eff1")
FINDFILL = colors.HexColor("#f2efe6")
TITLE = "Road Freight: Access, Charging and Regulation"

body = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=7)
bullet = ParagraphStyle("bullet", parent=body, leftIndent=5 * mm, bulletIndent=0, bulletFontName="Serif",
                        spaceAfter=4)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=17, leading=21, textColor=TEAL, spaceAfter=12)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=12, leading=15, textColor=TEAL, spaceBefore=8,
                    spaceAfter=5)
boxhead = ParagraphStyle("boxhead", fontName="Sans-Bold", fontSize=9, leading=12, textColor=TEAL, spaceAfter=2)
boxtitle = ParagraphStyle("boxtitle", fontName="Sans-Bold", fontSize=9.6, leading=12.5, spaceAfter=3)
boxtext = ParagraphStyle("boxtext", fontName="Sans", fontSize=9.4, leading=12.6, spaceAfter=3)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.5, leading=11, spaceAfter=5)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=10, leading=18)
cell = ParagraphStyle("cell", fontName="Sans", fontSize=9, leading=12, spaceAfter=4)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
rbody = ParagraphStyle("rbody", fontName="Sans", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=7)
rh1 = ParagraphStyle("rh1", fontName="Sans-Bold", fontSize=15, leading=19, spaceAfter=10)
rh2 = ParagraphStyle("rh2", fontName="Sans-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=6)

_notes: list[tuple[str, str]] = []
PAGES: dict[str, int] = {}


class Footnote(Flowable):
    """Zero-size marker: the note is printed at the foot of the page on which the marker is drawn."""

    def __init__(self, mark: str, text: str):
        super().__init__()
        self.mark, self.text = mark, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        _notes.append((self.mark, self.text))


def draw_notes(c, doc):
    if not _notes:
        return
    c.saveState()
    y = 16 * mm + 10 * len(_notes)
    c.setLineWidth(0.4)
    c.line(22 * mm, y + 8, 70 * mm, y + 8)
    c.setFont("Sans", 7.6)
    for mark, text in _notes:
        c.drawString(22 * mm, y, mark)
        c.drawString(26 * mm, y, text)
        y -= 10
    c.restoreState()
    _notes.clear()


class Doc(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and f.style.name == "h1":
            PAGES.setdefault(f.getPlainText(), self.page)


RECS = {
    "3.1": ("An independent regulator should set heavy vehicle charges",
            "The Australian Government, with state and territory governments, should legislate to give an "
            "independent economic regulator responsibility for setting heavy vehicle road user charges, on the "
            "basis of principles agreed by infrastructure and transport ministers."),
    "3.2": ("Move to a forward-looking cost base",
            "Heavy vehicle charges should be based on forecast efficient road spending rather than on an "
            "average of past spending, and the revenue raised should be returned to road agencies for "
            "spending on the heavy vehicle network."),
    "4.1": ("Trial direct user charging on selected freight routes",
            "The Australian Government should fund trials of mass-distance-location charging for heavy "
            "vehicles on at least two interstate freight corridors by 2027, with participation voluntary for "
            "operators and a guarantee that no participant pays more than under current charges."),
    "4.2": ("Publish data on the condition of the road network",
            "Road agencies should publish consistent data on the condition, capacity and maintenance spending "
            "of the roads used by heavy vehicles, through the National Freight Data Hub, updated each year."),
    "5.1": ("Simplify access for oversize and overmass vehicles",
            "The National Heavy Vehicle Regulator and road managers should replace permits for routine "
            "oversize and overmass movements with notices that allow travel on gazetted networks without an "
            "application for each trip."),
    "5.2": ("Pre-approve networks for Performance-Based Standards vehicles",
            "Road managers, including local governments, should pre-approve networks for Performance-Based "
            "Standards vehicles of each level, so that operators need to seek consent only for roads outside "
            "those networks."),
    "6.1": ("Remove stamp duty on heavy vehicle registrations",
            "State and territory governments should abolish stamp duty on the registration of new heavy "
            "vehicles, which discourages operators from replacing older, less safe and more polluting trucks."),
}
FINDINGS = {
    "2.1": "Road freight productivity growth has slowed markedly since 2010, and the freight task is forecast to "
           "grow by about a third by 2040.",
    "3.1": "The current heavy vehicle charging arrangements do not send price signals about the cost of using "
           "particular roads, and road spending is not linked to the revenue raised from heavy vehicles.",
    "5.1": "Local governments manage about three-quarters of Australia's road network but often lack the "
           "engineering capacity to assess applications for heavy vehicle access.",
}


def box(kind: str, num: str, title: str | None, text: str):
    fill = BOXFILL if kind == "RECOMMENDATION" else FINDFILL
    inner = [Paragraph(f"{kind} {num}", boxhead)]
    if title:
        inner.append(Paragraph(title, boxtitle))
    inner.append(Paragraph(text, boxtext))
    t = Table([[inner]], colWidths=[164 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Sans"), ("BACKGROUND", (0, 0), (-1, -1), fill), ("LINEABOVE", (0, 0), (-1, 0), 1.6, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return KeepTogether([Spacer(1, 3), t, Spacer(1, 9)])


def rec(num):
    return box("RECOMMENDATION", num, *RECS[num])


def finding(num):
    return box("FINDING", num, None, FINDINGS[num])


def advice_page(c, doc):
    pno = c.getPageNumber()
    w, h = A4
    c.saveState()
    if pno == 1:
        c.setFillColor(TEAL)
        c.rect(0, h - 120 * mm, w, 120 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans", 10)
        c.drawString(22 * mm, h - 20 * mm, "Australian Government")
        c.setFont("Sans-Bold", 12)
        c.drawString(22 * mm, h - 26 * mm, "Productivity Commission")
        c.setFont("Sans-Bold", 26)
        c.drawString(22 * mm, h - 70 * mm, "Road Freight:")
        c.drawString(22 * mm, h - 82 * mm, "Access, Charging")
        c.drawString(22 * mm, h - 94 * mm, "and Regulation")
        c.setFillColor(colors.black)
        c.setFont("Sans", 13)
        c.drawString(22 * mm, h - 138 * mm, "Inquiry report")
        c.setFont("Sans", 11)
        c.drawString(22 * mm, h - 146 * mm, "No. 109, 30 May 2025")
        c.setFont("Sans", 9)
        c.drawString(22 * mm, 22 * mm, "pc.gov.au")
        c.restoreState()
        return
    if pno > 3:
        c.setFont("Sans", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, h - 12 * mm, TITLE.upper())
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(22 * mm, h - 14 * mm, w - 22 * mm, h - 14 * mm)
        c.setFillColor(colors.black)
        c.setFont("Sans", 8.5)
        c.drawRightString(w - 22 * mm, 10 * mm, str(pno))
    else:
        c.setFont("Sans", 8.5)
        c.drawRightString(w - 22 * mm, 10 * mm, ["", "ii", "iii"][pno - 1])
    c.restoreState()


CHAPTERS = ["Overview", "Findings and recommendations", "1  About this inquiry", "2  The road freight task",
            "3  Heavy vehicle charging", "4  Better information for road investment",
            "5  Access for heavy vehicles", "6  State taxes on heavy vehicles", "References"]


def advice_story():
    s = [PageBreak()]
    s.append(Spacer(1, 60 * mm))
    s.append(Paragraph("\u00a9 Commonwealth of Australia 2025", small))
    s.append(Paragraph("ISBN 978-1-74037-812-4 (online)<br/>ISBN 978-1-74037-811-7 (print)", small))
    s.append(Paragraph("With the exception of the Commonwealth Coat of Arms and content supplied by third parties, "
                       "this copyright work is licensed under a Creative Commons Attribution 4.0 International "
                       "licence.", small))
    s.append(Paragraph("<b>An appropriate reference for this publication is:</b><br/>Productivity Commission 2025, "
                       "<i>Road Freight: Access, Charging and Regulation</i>, Inquiry report no. 109, Canberra.",
                       small))
    s.append(Paragraph("<b>Publications enquiries:</b> Media, Publications and Web, phone 03 9653 2244 or email "
                       "publications@pc.gov.au", small))
    s.append(Paragraph("<b>The Productivity Commission</b><br/>The Productivity Commission is the Australian "
                       "Government's independent research and advisory body on a range of economic, social and "
                       "environmental issues affecting the welfare of Australians. Its role, expressed most "
                       "simply, is to help governments make better policies, in the long-term interest of the "
                       "Australian community.", small))
    s.append(PageBreak())
    s.append(Paragraph("Contents", h1))
    for t in CHAPTERS:
        p = PAGES.get(" ".join(t.split()), 0)
        s.append(Paragraph(f"{t} {'.' * max(4, 100 - 2 * len(t))} {p}", toc))
    s.append(PageBreak())
    s.append(Paragraph("Overview", h1))
    s.append(Paragraph("Key points", h2))
    for b in [
        "Trucks carry about three-quarters of Australia's non-bulk freight. The road freight task is forecast to "
        "grow by about a third by 2040, but growth in the productivity of road freight has slowed.",
        "Heavy vehicle charges are set by ministers using a formula that averages past road spending. They do "
        "not reflect the cost of using particular roads, and the revenue is not tied to spending on those roads.",
        "Operators of larger, safer and more productive vehicles face a slow and uncertain process to obtain "
        "access to the roads they need. Half of all access applications involve a local road.",
        "Reforms to charging, access and information could raise the productivity of the sector and lower the "
        "cost of freight to households and businesses, with gains estimated at $1.1 to $1.6 billion a year.",
    ]:
        s.append(Paragraph(b, bullet, bulletText="\u2022"))
    s.append(Paragraph("Road freight is an input to almost every good that Australians buy. Over the last decade "
                       "governments have made progress in harmonising heavy vehicle laws through the Heavy "
                       "Vehicle National Law, but the arrangements for charging for the use of roads and for "
                       "giving vehicles access to them have changed little since the 1990s.", body))
    s.append(Paragraph("This report recommends a staged program of reform. The first stage would place charging "
                       "on an independent and forward-looking footing; the second would give road managers and "
                       "operators better information and quicker access decisions. Our recommendations are "
                       "directed to the Australian Government, to state and territory governments and, in some "
                       "cases, to local governments and the National Heavy Vehicle Regulator.", body))
    s.append(PageBreak())
    s.append(Paragraph("Findings and recommendations", h1))
    s.append(Paragraph("Findings and recommendations are set out below in the order in which they appear in the "
                       "report.", body))
    s.append(finding("2.1"))
    s.append(finding("3.1"))
    for n in ("3.1", "3.2", "4.1", "4.2"):
        s.append(rec(n))
    s.append(finding("5.1"))
    for n in ("5.1", "5.2", "6.1"):
        s.append(rec(n))
    s.append(PageBreak())
    s.append(Paragraph("1  About this inquiry", h1))
    s.append(Paragraph("1.1  What the Commission was asked to do", h2))
    s.append(Paragraph("On 14 June 2024 the Treasurer asked the Commission to undertake an inquiry into the "
                       "regulation of, and charges for, heavy vehicle access to Australia's roads.\u00b9 The "
                       "terms of reference asked the Commission to examine the efficiency of current "
                       "arrangements, the scope for road user charging and the barriers to the use of more "
                       "productive vehicles.", body))
    s.append(Footnote("1", "The terms of reference are reproduced in appendix A, which is available on the "
                           "Commission's website."))
    s.append(Paragraph("1.2  Our approach", h2))
    s.append(Paragraph("The Commission released an issues paper in August 2024 and a draft report in February "
                       "2025. We received 142 submissions, held public hearings in Brisbane, Melbourne, Perth and "
                       "Dubbo, and met with operators, road managers, local governments and unions. A list of "
                       "participants is in appendix B.", body))
    s.append(CondPageBreak(60 * mm))
    s.append(Paragraph("2  The road freight task", h1))
    s.append(Paragraph("Australia's road freight task was about 240 billion tonne-kilometres in 2022-23. Growth "
                       "in labour productivity in the transport, postal and warehousing industry averaged less "
                       "than 1 per cent a year between 2010 and 2023, compared with more than 2 per cent a year in "
                       "the two decades before.\u00b2", body))
    s.append(Footnote("2", "ABS, Estimates of Industry Multifactor Productivity, 2022-23, cat. no. 5260.0.55.002."))
    s.append(finding("2.1"))
    s.append(PageBreak())
    s.append(Paragraph("3  Heavy vehicle charging", h1))
    s.append(Paragraph("Heavy vehicle operators pay a fuel-based road user charge and annual registration "
                       "charges. Together these are intended to recover the road spending attributable to heavy "
                       "vehicles, calculated using a \u2018pay-as-you-go\u2019 model that averages spending over "
                       "the previous seven years. Ministers have at times frozen or capped increases, so that "
                       "charges have departed from the cost base the model calculates.", body))
    s.append(finding("3.1"))
    s.append(Paragraph("Participants broadly agreed that the process for setting charges lacks transparency. The "
                       "Australian Trucking Association told us that operators \u2018cannot see the link between "
                       "what they pay and the roads they drive on\u2019. The Commission considers that an "
                       "independent regulator, applying principles agreed by governments, would give operators "
                       "and road agencies more confidence in the level of charges.", body))
    s.append(rec("3.1"))
    s.append(Paragraph("A forward-looking cost base would link charges to the spending needed to maintain and "
                       "improve the network rather than to past decisions. Several state road agencies supported "
                       "this change, provided that it was phased in over a number of years.\u00b3", body))
    s.append(Footnote("3", "For example, submissions 47 (Transport for NSW) and 88 (Main Roads Western Australia)."))
    s.append(rec("3.2"))
    s.append(Paragraph("4  Better information for road investment", h1))
    s.append(Paragraph("Direct user charging \u2014 charging for the mass of a vehicle, the distance it travels and "
                       "the location of its travel \u2014 would allow charges to reflect the cost of using "
                       "particular roads. It is a significant change, and the Commission does not recommend that "
                       "it be adopted until its costs and benefits have been tested in practice.", body))
    s.append(rec("4.1"))
    s.append(Paragraph("Whatever the charging arrangements, good decisions about road spending depend on good "
                       "information about the condition of the network. That information is currently collected "
                       "in different ways by each road agency and is rarely published.", body))
    s.append(rec("4.2"))
    s.append(Paragraph("5  Access for heavy vehicles", h1))
    s.append(Paragraph("Vehicles that exceed general mass and dimension limits need the consent of the road "
                       "manager for each road they use. The National Heavy Vehicle Regulator received more than "
                       "58,000 access applications in 2023-24, and the median time for a local government to "
                       "give consent was 17 days.", body))
    s.append(finding("5.1"))
    s.append(rec("5.1"))
    s.append(Paragraph("Performance-Based Standards vehicles are designed to be safer and to carry more freight "
                       "per trip than conventional vehicles, but operators told us that the need to seek consent "
                       "route by route deters them from investing in such vehicles.", body))
    s.append(rec("5.2"))
    s.append(Paragraph("6  State taxes on heavy vehicles", h1))
    s.append(Paragraph("All states and territories except the Australian Capital Territory levy stamp duty on "
                       "the registration of new heavy vehicles, at rates of up to 5 per cent of the vehicle's "
                       "value. The duty raises the cost of new vehicles and slows the renewal of the fleet: the "
                       "average age of Australia's heavy rigid trucks is more than 15 years.", body))
    s.append(rec("6.1"))
    s.append(CondPageBreak(50 * mm))
    s.append(Paragraph("References", h1))
    for r in ["ABS (Australian Bureau of Statistics) 2024, Estimates of Industry Multifactor Productivity, "
              "2022-23, cat. no. 5260.0.55.002, Canberra.",
              "BITRE (Bureau of Infrastructure and Transport Research Economics) 2022, Australian aggregate "
              "freight forecasts \u2013 2022 update, Research Report 152, Canberra.",
              "NHVR (National Heavy Vehicle Regulator) 2024, Annual Report 2023-24, Brisbane.",
              "NTC (National Transport Commission) 2023, Heavy vehicle charges: determination report, Melbourne."]:
        s.append(Paragraph(r, small))
    return s


def build_advice():
    out = H.DOCS / "blind17_en_prodcom_advice.pdf"
    for target in (io.BytesIO(), str(out)):
        doc = Doc(target, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                  bottomMargin=30 * mm, title=TITLE, author="Productivity Commission",
                  creator="blind17 generator", invariant=1)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=advice_page, onPageEnd=draw_notes)])
        _notes.clear()
        doc.build(advice_story())
    return out


# ---------------------------------------------------------------- the response

RESP = [  # (recommendation numbers, response cell paragraphs)
    (("3.1",), ["<b>Supported.</b>",
                "The Australian Government agrees that heavy vehicle charges should be set independently of "
                "government. It will work with state and territory governments through the Infrastructure and "
                "Transport Ministers' Meeting to amend the Heavy Vehicle Charges Model Law so that an "
                "independent regulator determines charges from 1 July 2028. Legislation is expected to be "
                "introduced in 2026."]),
    (("3.2",), ["<b>Supported in-principle.</b>",
                "The Government supports moving to a forward-looking cost base and will ask the National "
                "Transport Commission to develop a method for doing so by the end of 2026.",
                "The Government does not support hypothecating heavy vehicle charge revenue to road agencies. "
                "Revenue will continue to be returned through the Budget and existing funding agreements, "
                "which already direct substantial funds to the freight network."]),
    (("4.1",), ["<b>Not supported.</b>",
                "The Government has considered the case for further trials and has decided not to fund trials "
                "of mass-distance-location charging at this time. The Heavy Vehicle Charging and Investment "
                "trials completed in 2021 have already tested the technology, and the Government's priority is "
                "the reform of the existing charging framework set out in its response to recommendations 3.1 "
                "and 3.2."]),
    (("4.2",), ["<b>Supported.</b>",
                "The Government will fund the expansion of the National Freight Data Hub to include a national "
                "road condition dataset, with the first annual release planned for June 2026. The Department "
                "will work with state and territory road agencies on common definitions."]),
    (("5.1", "5.2"), ["<b>Supported.</b>",
                      "The Government supports both recommendations and notes that they largely concern the "
                      "National Heavy Vehicle Regulator, state and territory road managers and local government.",
                      "Through the Heavy Vehicle Access Program the Government will provide $45 million over "
                      "four years to help local governments assess their roads and gazette networks for "
                      "oversize, overmass and Performance-Based Standards vehicles. The Government will ask "
                      "the Regulator to report on the share of movements made under notices each year."]),
    (("6.1",), ["<b>Noted.</b>",
                "Stamp duty on heavy vehicle registrations is levied by state and territory governments and "
                "is a matter for those governments. The Government will draw the Commission's findings to "
                "their attention through the Council on Federal Financial Relations."]),
]


def response_page(c, doc):
    pno = c.getPageNumber()
    w, h = A4
    c.saveState()
    if pno == 1:
        c.setFont("Sans", 10)
        c.drawString(22 * mm, h - 20 * mm, "Australian Government")
        c.setFont("Sans-Bold", 10)
        c.drawString(22 * mm, h - 26 * mm, "Department of Infrastructure, Transport, Regional Development,")
        c.drawString(22 * mm, h - 31 * mm, "Communications, Sport and the Arts")
        c.restoreState()
        return
    c.setFont("Sans", 7.8)
    c.drawString(22 * mm, h - 12 * mm, "Australian Government response to the Productivity Commission inquiry "
                                       "report: Road Freight: Access, Charging and Regulation")
    c.setFont("Sans", 8.5)
    c.drawRightString(w - 22 * mm, 10 * mm, f"Page {pno}")
    c.restoreState()


def build_response():
    out = H.DOCS / "blind17_en_prodcom_response.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                          bottomMargin=22 * mm, title="Australian Government response",
                          author="Australian Government", creator="blind17 generator", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=response_page)])
    s = [Spacer(1, 40 * mm)]
    s.append(Paragraph("Australian Government response to the Productivity Commission inquiry report", rh2))
    s.append(Paragraph("Road Freight: Access, Charging and Regulation", rh1))
    s.append(Paragraph("November 2025", rbody))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Introduction", rh2))
    s.append(Paragraph("The Australian Government welcomes the Productivity Commission's inquiry report "
                       "<i>Road Freight: Access, Charging and Regulation</i>, which was provided to the Government "
                       "on 30 May 2025 and tabled in Parliament on 26 June 2025. The Government thanks the "
                       "Commission and the many operators, road managers and industry bodies that took part in "
                       "the inquiry.", rbody))
    s.append(Paragraph("An efficient road freight sector is essential to the Government's productivity agenda. "
                       "The Commission's report makes seven recommendations. The Government supports five, "
                       "supports one in-principle and does not support one. One recommendation is directed to "
                       "state and territory governments and is noted.", rbody))
    s.append(Paragraph("Several recommendations require the agreement of state and territory governments, which "
                       "own and manage most of the road network. The Government will pursue them through the "
                       "Infrastructure and Transport Ministers' Meeting, and the timing of implementation will "
                       "depend on those discussions.", rbody))
    s.append(Paragraph("The Government's response to each of the Commission's recommendations, and to its key "
                       "findings on the road freight task, is set out in the table below.", rbody))
    s.append(Paragraph("Response to the recommendations", rh2))
    rows = [[Paragraph("Productivity Commission recommendation", cellb),
             Paragraph("Australian Government response", cellb)]]
    for nums, paras in RESP:
        left = []
        for n in nums:
            left.append(Paragraph(f"<b>Recommendation {n}</b>", cell))
            left.append(Paragraph(RECS[n][1], cell))
        rows.append([left, [Paragraph(p, cell) for p in paras]])
    rows.append([[Paragraph("<b>Findings 2.1 and 3.1</b>", cell),
                  Paragraph("Findings on road freight productivity and the current charging arrangements.", cell)],
                 [Paragraph("<b>Noted.</b>", cell),
                  Paragraph("The Government notes the Commission's findings on the slowing of road freight "
                            "productivity growth. The Bureau of Infrastructure and Transport Research Economics "
                            "will update its freight forecasts in 2026 to take account of them.", cell)]])
    t = Table(rows, colWidths=[80 * mm, 86 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Sans"), ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e4e8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    doc.build(s)
    return out


if __name__ == "__main__":
    print(build_advice())
    print(build_response())
    print(PAGES)

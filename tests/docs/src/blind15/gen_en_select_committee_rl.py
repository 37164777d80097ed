"""Blind round 15 (en): House of Commons select committee report + the Government response (command paper).
Engine: reportlab (DejaVu Serif/Sans, subset-embedded), A4.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind15enenv/bin/python tests/docs/src/blind15/gen_en_select_committee_rl.py
Writes tests/docs/blind15_en_select_committee_advice.pdf and tests/docs/blind15_en_select_committee_response.pdf;
check the expected phrases with
    /tmp/blind15enenv/bin/python tests/docs/src/blind15/_en_b15.py blind15_en_select_committee
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b15 as H
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
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

H.rl_register()
rl_config.canvas_basefontname = "Sans"
GREEN = colors.HexColor("#006548")
TITLE = "Temporary accommodation for homeless families"

body = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
npara = ParagraphStyle("npara", parent=body, leftIndent=9 * mm, bulletIndent=0, bulletFontName="Serif",
                       bulletFontSize=10)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=16, leading=20, textColor=GREEN, spaceBefore=4,
                    spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=5)
h3 = ParagraphStyle("h3", fontName="Sans-BoldItalic", fontSize=10, leading=13, spaceBefore=6, spaceAfter=4)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.6, leading=11, spaceAfter=3)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=10, leading=17)
quote = ParagraphStyle("quote", parent=body, fontName="Serif-Bold", leftIndent=10 * mm, rightIndent=6 * mm)
quote_i = ParagraphStyle("quote_i", parent=body, fontName="Serif-Italic", leftIndent=10 * mm, rightIndent=6 * mm)

_notes: list[tuple[str, str]] = []


class Footnote(Flowable):
    """Zero-size marker: the note is printed at the foot of the page on which the marker is drawn."""

    def __init__(self, mark: str, text: str):
        super().__init__()
        self.mark, self.text = mark, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        _notes.append((self.mark, self.text))


def para(n, text, notes=()):
    out = [Paragraph(text, npara, bulletText=str(n))]
    out += [Footnote(m, t) for m, t in notes]
    return out


def draw_notes(c, doc):
    if not _notes:
        return
    c.saveState()
    y = 14 * mm + 10 * len(_notes)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.line(22 * mm, y + 8, 70 * mm, y + 8)
    c.setFont("Serif", 7.8)
    for mark, text in _notes:
        c.drawString(22 * mm, y, mark)
        c.drawString(26 * mm, y, text)
        y -= 10
    c.restoreState()
    _notes.clear()


# ---------------------------------------------------------------- the report

def advice_page(c, doc):
    pno = c.getPageNumber()
    if pno == 1:
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, A4[1] - 18 * mm, A4[0], 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Sans-Bold", 15)
        c.drawString(25 * mm, A4[1] - 45 * mm, "House of Commons")
        c.setFont("Sans", 13)
        c.drawString(25 * mm, A4[1] - 53 * mm, "Housing, Communities and Local")
        c.drawString(25 * mm, A4[1] - 59 * mm, "Government Committee")
        c.setFont("Sans-Bold", 24)
        c.setFillColor(GREEN)
        c.drawString(25 * mm, A4[1] - 95 * mm, "Temporary accommodation")
        c.drawString(25 * mm, A4[1] - 105 * mm, "for homeless families")
        c.setFillColor(colors.black)
        c.setFont("Sans", 12)
        c.drawString(25 * mm, A4[1] - 120 * mm, "Third Report of Session 2024\u201325")
        c.setFont("Sans", 10)
        c.drawString(25 * mm, A4[1] - 132 * mm, "Report, together with formal minutes relating to the report")
        c.drawString(25 * mm, 52 * mm, "Ordered by the House of Commons to be printed 4 March 2025")
        c.setFont("Sans-Bold", 10)
        c.drawString(25 * mm, 40 * mm, "HC 412")
        c.setFont("Sans", 9)
        c.drawString(25 * mm, 33 * mm, "Published on 12 March 2025 by authority of the House of Commons")
        c.restoreState()
        return
    c.saveState()
    c.setFont("Sans", 8.5)
    if pno % 2 == 0:
        c.drawString(22 * mm, A4[1] - 13 * mm, f"{pno}")
        c.drawString(32 * mm, A4[1] - 13 * mm, TITLE)
    else:
        c.drawRightString(A4[0] - 32 * mm, A4[1] - 13 * mm, TITLE)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, f"{pno}")
    c.restoreState()


CONCL = [  # (list number, theme, kind, lead-in (plain), bold text, paragraph)
    ("1", "Scale and cost", "c",
     "The number of households in temporary accommodation in England has risen for nine successive years and "
     "stood at 126,040 at the end of September 2024, including 159,380 children. We conclude that the current "
     "approach, in which councils respond to rising demand with ever more expensive nightly-paid placements, "
     "is not sustainable for families or for local government finances.", "", "8"),
    ("2", None, "r",
     "Councils told us that the housing benefit subsidy they receive for temporary accommodation is still "
     "calculated on Local Housing Allowance rates of January 2011, leaving them to meet a shortfall of more than "
     "\u00a3700 million a year.",
     "We recommend that the Government uprate the temporary accommodation subsidy limit to 90 per cent of "
     "current Local Housing Allowance rates from April 2026, and keep it in line with those rates thereafter.",
     "11"),
    ("3", None, "r", "",
     "We recommend that the Government publish, within six months of this Report, a cross-government strategy "
     "to reduce the number of households in temporary accommodation, with a target date by which no family "
     "will be placed in bed and breakfast accommodation beyond the six-week limit.", "13"),
    ("4", "Standards and suitability", "c",
     "We conclude that there is no effective oversight of the physical condition of much temporary "
     "accommodation, and that families are too often placed in properties that would fail the Decent Homes "
     "Standard if they were social housing.", "", "15"),
    ("5", None, "r", "",
     "We recommend that the Government extend the Decent Homes Standard to all temporary accommodation, "
     "including nightly-paid and privately leased properties, and give the Regulator of Social Housing the "
     "power to inspect it.", "17"),
    ("6", None, "r",
     "The six-week limit on placing families in bed and breakfast accommodation is routinely breached: at the "
     "last count 4,890 families had been there longer.",
     "We recommend that the Government introduce a statutory payment, to be made to the family by any "
     "housing authority that breaches the six-week limit, for each week of the breach.", "19"),
    ("7", None, "r", "",
     "We recommend that the Government require every housing authority to notify the receiving authority "
     "whenever it places a household in temporary accommodation outside its own district, and that the "
     "Department monitor compliance with that duty.", "22"),
    ("8", "Children and schools", "r", "",
     "We recommend that the Department for Education issue statutory guidance requiring schools to be told "
     "within five working days when a pupil is placed in temporary accommodation, and fund home-to-school "
     "travel for every such pupil placed more than two miles from their school.", "25"),
    ("9", None, "c",
     "We are deeply troubled by the evidence we heard about the deaths of infants in temporary accommodation. "
     "We conclude that the lack of a cot or safe sleeping space has been a contributing factor in a number of "
     "these deaths.", "", "27"),
    ("10", None, "r", "",
     "We recommend that the Government, working with the National Child Mortality Database, publish each year "
     "the number of child deaths in which temporary accommodation was recorded as a contributing factor.",
     "28"),
    ("11", "Follow-up", "r", "",
     "We recommend that the Department write to us within twelve months of its response to this Report, "
     "setting out the progress it has made against each of our recommendations.", "30"),
]


def build_advice():
    out = H.DOCS / "blind15_en_select_committee_advice.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                          bottomMargin=36 * mm, title=TITLE,
                          author="House of Commons Housing, Communities and Local Government Committee",
                          creator="blind15 generator", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=advice_page, onPageEnd=draw_notes)])
    s = [PageBreak()]
    s.append(Paragraph("The Housing, Communities and Local Government Committee", h2))
    s.append(Paragraph("The Housing, Communities and Local Government Committee is appointed by the House of "
                       "Commons to examine the expenditure, administration, and policy of the Ministry of Housing, "
                       "Communities and Local Government.", small))
    s.append(Paragraph("<b>Current membership</b>", small))
    for m in ("Florence Eshalomi MP (Labour; Vauxhall and Camberwell Green) (Chair)",
              "Lewis Cocking MP (Conservative; Broxbourne)", "Chris Curtis MP (Labour; Milton Keynes North)",
              "Maya Ellis MP (Labour; Ribble Valley)", "Naushabah Khan MP (Labour; Gillingham and Rainham)",
              "Gideon Amos MP (Liberal Democrat; Taunton and Wellington)",
              "Joe Powell MP (Labour; Kensington and Bayswater)"):
        s.append(Paragraph(m, small))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>Powers</b>", small))
    s.append(Paragraph("The Committee is one of the departmental select committees, the powers of which are set "
                       "out in House of Commons Standing Orders, principally in SO No. 152. These are available on "
                       "the internet via www.parliament.uk.", small))
    s.append(Paragraph("<b>Publication</b>", small))
    s.append(Paragraph("\u00a9 Parliamentary Copyright House of Commons 2025. This publication may be reproduced "
                       "under the terms of the Open Parliament Licence. Committee reports are published on the "
                       "Committee's website and in print by Order of the House.", small))
    s.append(Paragraph("<b>Committee staff</b>", small))
    s.append(Paragraph("Ellen Harwood (Clerk), Samir Qureshi (Second Clerk), Dr Anna Lowther (Committee "
                       "Specialist), Tom Brierley (Committee Operations Officer).", small))
    s.append(Paragraph("<b>Contacts</b>", small))
    s.append(Paragraph("All correspondence should be addressed to the Clerk of the Housing, Communities and Local "
                       "Government Committee, House of Commons, London SW1A 0AA. The telephone number for general "
                       "enquiries is 020 7219 4972.", small))
    s.append(PageBreak())
    s.append(Paragraph("Contents", h1))
    for t, p in (("Summary", "4"), ("1 Introduction", "5"), ("2 Scale and cost", "5"),
                 ("3 Standards and suitability", "6"), ("4 Children and schools", "6"),
                 ("Conclusions and recommendations", "8"), ("Formal minutes", "10"), ("Witnesses", "10")):
        s.append(Paragraph(f"{t} {'.' * max(4, 104 - 2 * len(t))} {p}", toc))
    s.append(PageBreak())
    s.append(Paragraph("Summary", h1))
    for t in ("More than 126,000 households in England, among them nearly 160,000 children, are living in "
              "temporary accommodation. Some have been there for more than five years. The cost to councils has "
              "almost doubled in five years and now threatens the financial stability of several London boroughs "
              "and a growing number of authorities outside the capital.",
              "Our inquiry heard from families, councils, charities, landlords and ministers. We found a system "
              "that has drifted into permanence without anyone deciding that it should: accommodation that is "
              "meant to be a short stop has become, for many children, the only home they remember.",
              "We make recommendations on the funding of temporary accommodation, on the standards it must meet, "
              "on placements outside a family's home area and on the support children need to stay in school. "
              "We also ask the Government to publish, for the first time, how many child deaths are linked to "
              "temporary accommodation."):
        s.append(Paragraph(t, body))
    s.append(PageBreak())
    s.append(Paragraph("1 Introduction", h1))
    s += para(1, "Local housing authorities in England have a duty under Part 7 of the Housing Act 1996 to secure "
              "accommodation for households who are homeless, eligible for assistance and in priority need while "
              "their application is decided, and in many cases afterwards until a settled home is found. That "
              "accommodation is known as temporary accommodation.")
    s += para(2, "We launched this inquiry in October 2024. We received 142 pieces of written evidence and held "
              "four oral evidence sessions, the last with the Minister for Housing and Planning. We are grateful "
              "to everyone who contributed, and in particular to the families who told us about their "
              "experiences.")
    s += para(3, "This Report looks first at the scale and cost of temporary accommodation (Chapter 2), then at "
              "its standard and location (Chapter 3) and finally at its effect on children (Chapter 4).")
    s.append(Paragraph("2 Scale and cost", h1))
    s.append(Paragraph("The growth of temporary accommodation", h2))
    s += para(4, "Official statistics show that 126,040 households were in temporary accommodation at the end of "
              "September 2024, an increase of 12 per cent on a year earlier and the highest number since "
              "records began in 1998.<super>1</super>",
              [("1", "Ministry of Housing, Communities and Local Government, Statutory homelessness in England: "
                "July to September 2024, table TA1")])
    s += para(5, "The Local Government Association told us that the net cost of temporary accommodation to "
              "councils reached \u00a32.3 billion in 2023\u201324. Several London boroughs now spend more on "
              "temporary accommodation than on any other non-statutory service.")
    s += para(6, "Witnesses were agreed that the main cause is the shortage of homes let at social or "
              "Local Housing Allowance rents. Landlords leaving the private rented sector have reduced the supply "
              "of settled homes into which families can move.")
    s += para(7, "Nightly-paid accommodation, in which a council books a room or flat night by night, is the "
              "most expensive form of temporary accommodation and accounted for 41 per cent of spending.")
    s += para(8, "We heard that families remain in such accommodation for months or years, and that the cost "
              "of doing so is borne by councils whose other services are being cut to pay for it.")
    s.append(Paragraph("Funding", h2))
    s += para(9, "Councils recover part of the cost through housing benefit. The amount of subsidy they may claim "
              "is capped at 90 per cent of the Local Housing Allowance rate that applied in January 2011.")
    s += para(10, "London Councils estimated that the gap between the capped subsidy and the rents councils "
              "actually pay had reached \u00a3700 million a year across England.<super>2</super>",
              [("2", "Written evidence from London Councils (TAH0047), para 3.4")])
    s += para(11, "The Minister told us that the subsidy cap was \u2018under review\u2019 but could not tell us "
              "when the review would conclude.")
    s += para(12, "No government department owns the problem. The Ministry of Housing, Communities and Local "
              "Government, the Department for Work and Pensions and the Department for Education each hold part "
              "of it.")
    s += para(13, "A cross-government strategy, with clear targets, is needed to reduce the reliance on temporary "
              "accommodation and, in particular, on bed and breakfast hotels.")
    s.append(Paragraph("3 Standards and suitability", h1))
    s += para(14, "The Homelessness (Suitability of Accommodation) (England) Order 2012 requires accommodation to "
              "be suitable, but there is no national standard for its physical condition.")
    s += para(15, "Families described damp, mould, broken heating and infestations. Councils told us they rarely "
              "inspect properties before placing a family in them.")
    s += para(16, "The Decent Homes Standard applies to social housing and, following the Renters' Rights Act "
              "2025, will apply to the private rented sector, but not to nightly-paid accommodation.")
    s += para(17, "We believe families in temporary accommodation should be entitled to the same minimum standard "
              "as tenants in social and private rented homes.")
    s += para(18, "The law allows a family with children to be placed in bed and breakfast accommodation for no "
              "more than six weeks.")
    s += para(19, "The most recent statistics showed 4,890 families in bed and breakfast accommodation beyond six "
              "weeks. There is no consequence for the authority that breaches the limit.")
    s += para(20, "More than 34,000 households were placed outside their home district in September 2024, many "
              "of them by London boroughs into towns in the South East and the Midlands.")
    s += para(21, "Receiving authorities told us they are often unaware of these placements until a family asks "
              "for help from local services. Section 208 of the Housing Act 1996 already requires notification, "
              "but the duty is widely ignored.")
    s += para(22, "Better notification would let receiving authorities plan school places, health visiting and "
              "other services for the families placed in their area.")
    s.append(Paragraph("4 Children and schools", h1))
    s += para(23, "Children in temporary accommodation miss more school than their peers. Head teachers told us "
              "that they often learn that a pupil has been moved only when the pupil stops attending.")
    s += para(24, "Journeys of more than an hour each way were common among the families we heard from, and "
              "parents often paid for the travel themselves.")
    s += para(25, "Schools should be told promptly when a pupil becomes homeless, and no child should have to "
              "leave their school because their family cannot afford the journey.")
    s += para(26, "The National Child Mortality Database identified 55 child deaths between 2019 and 2024 in which "
              "temporary accommodation was a contributing factor, 42 of them infants under one year "
              "old.<super>3</super>",
              [("3", "National Child Mortality Database, written evidence (TAH0101)")])
    s += para(27, "In many of these cases the family had no cot, or the accommodation had no space for one.")
    s += para(28, "Official figures on such deaths are not published, and the Government does not routinely "
              "collect them.")
    s += para(29, "We welcome the Minister's statement that every family with a baby placed in temporary "
              "accommodation should have a cot.")
    s += para(30, "We intend to return to this subject and will want to know what progress has been made.")
    s.append(PageBreak())
    s.append(Paragraph("Conclusions and recommendations", h1))
    for num, theme, _kind, lead, bold, pnum in CONCL:
        if theme:
            s.append(CondPageBreak(30 * mm))
            s.append(Paragraph(theme, h3))
        text = lead
        if bold:
            text = (text + " " if text else "") + f"<b>{bold}</b>"
        text += f" (Paragraph {pnum})"
        s.append(Paragraph(text, npara, bulletText=f"{num}."))
    s.append(PageBreak())
    s.append(Paragraph("Formal minutes", h1))
    s.append(Paragraph("<b>Tuesday 4 March 2025</b>", body))
    s.append(Paragraph("Members present: Florence Eshalomi, in the Chair; Lewis Cocking; Chris Curtis; Maya Ellis; "
                       "Gideon Amos; Joe Powell.", body))
    s.append(Paragraph("Draft Report (<i>Temporary accommodation for homeless families</i>), proposed by the "
                       "Chair, brought up and read. Ordered, That the draft Report be read a second time, paragraph "
                       "by paragraph. Paragraphs 1 to 30 read and agreed to. Resolved, That the Report be the Third "
                       "Report of the Committee to the House.", body))
    s.append(Paragraph("Witnesses", h1))
    for w in ("<b>Tuesday 12 November 2024</b>: Polly Neate, Chief Executive, Shelter; Cllr Darren Rodwell, "
              "London Councils",
              "<b>Tuesday 3 December 2024</b>: Dr Karen Luyt, Programme Lead, National Child Mortality Database",
              "<b>Tuesday 21 January 2025</b>: Matthew Pennycook MP, Minister for Housing and Planning"):
        s.append(Paragraph(w, body))
    doc.build(s)
    return out


# ---------------------------------------------------------------- the command paper

def response_page(c, doc):
    pno = c.getPageNumber()
    if pno == 1:
        c.saveState()
        c.setFont("Sans", 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 30 * mm, "Ministry of Housing, Communities & Local Government")
        c.setFont("Sans-Bold", 17)
        y = A4[1] - 80 * mm
        for ln in ("Government Response to the Housing,", "Communities and Local Government",
                   "Committee Report: Temporary", "accommodation for homeless families"):
            c.drawString(28 * mm, y, ln)
            y -= 8 * mm
        c.setFont("Sans", 10)
        c.drawString(28 * mm, y - 8 * mm, "Third Report of Session 2024\u201325")
        c.drawString(28 * mm, 72 * mm, "Presented to Parliament by the Secretary of State for Housing,")
        c.drawString(28 * mm, 66 * mm, "Communities and Local Government by Command of His Majesty")
        c.drawString(28 * mm, 56 * mm, "May 2025")
        c.setFont("Sans-Bold", 11)
        c.drawString(28 * mm, 44 * mm, "CP 1342")
        c.restoreState()
        return
    c.saveState()
    c.setFont("Sans", 8.5)
    c.drawCentredString(A4[0] / 2, 12 * mm, str(pno))
    c.restoreState()


def rec_quote(idx: int):
    _num, _theme, _kind, lead, bold, pnum = CONCL[idx]
    text = (lead + " " if lead else "") + bold
    return Paragraph(f"{text.strip()} (Paragraph {pnum})", quote)


RESPONSE = [
    ("Children and schools", [
        (8, ["The Government shares the Committee's concern about these deaths, each of which is a tragedy for "
             "the family concerned. Since April 2024 every housing authority has been expected to ensure that a "
             "family with a baby is placed only where a cot can be provided, and the Department has funded "
             "the provision of 3,000 travel cots through the Homelessness Prevention Grant."]),
        (7, ["The Government accepts the first part of this recommendation. The Department for Education will "
             "amend the statutory guidance <i>Working together to improve school attendance</i> from September "
             "2025 so that housing authorities tell the designated safeguarding lead within five working days "
             "when a pupil is placed in temporary accommodation.",
             "The Government does not agree that a new national travel entitlement is needed. Local authorities "
             "already have discretion to meet travel costs, and home-to-school travel for these pupils will "
             "remain a matter for them."]),
        (9, ["The Government accepts this recommendation. From 2026 the National Child Mortality Database will "
             "publish, in its annual report, the number of child deaths in which temporary accommodation was "
             "recorded as a contributing factor, and the Department will publish the figure alongside the "
             "quarterly homelessness statistics."]),
    ]),
    ("Standards and suitability", [
        (4, ["The Government accepts this recommendation in part. We will extend the Decent Homes Standard to "
             "temporary accommodation let by private landlords, including privately leased properties, through "
             "regulations under the Renters' Rights Act 2025.",
             "We do not consider that the Regulator of Social Housing is the right body to inspect this "
             "accommodation, which is not social housing. Enforcement will instead rest with local housing "
             "authorities under Part 1 of the Housing Act 2004."]),
        (6, ["The Government accepts this recommendation. We will issue statutory guidance under section 182 of "
             "the Housing Act 1996 making clear that notification under section 208 must be given within two "
             "working days of a placement, and the Department will collect data on notifications from April "
             "2026.",
             "We do not, however, accept the Committee's characterisation of the notification duty as widely "
             "ignored: the evidence we hold suggests most placements are notified, though often late."]),
        (5, ["The Government notes the recommendation. We recognise the harm caused when families remain in bed "
             "and breakfast accommodation beyond six weeks, and we will consider the case for a payment to "
             "affected families as part of the wider review of homelessness legislation announced in December "
             "2024."]),
    ]),
    ("Scale and cost", [
        (0, ["The Government agrees that the growth in nightly-paid placements is not sustainable. The long-term "
             "answer is more social and affordable homes, and the Government's commitment to the biggest "
             "increase in social and affordable housebuilding in a generation is intended to provide them."]),
        (2, ["The Government accepts this recommendation. A cross-government strategy to reduce homelessness, "
             "led by the Deputy Prime Minister and covering temporary accommodation, will be published in the "
             "autumn of 2025. It will include a commitment to end the use of bed and breakfast accommodation for "
             "families beyond six weeks, except in emergencies, by the end of this Parliament."]),
        (1, ["The Government rejects this recommendation. Uprating the subsidy limit to current rates would cost "
             "an estimated \u00a3510 million a year in additional housing benefit expenditure. Instead the "
             "Government has increased the Homelessness Prevention Grant by \u00a3233 million in 2025\u201326, "
             "which councils may use to meet the cost of temporary accommodation."]),
    ]),
]


def build_response():
    out = H.DOCS / "blind15_en_select_committee_response.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                          bottomMargin=22 * mm,
                          title="Government Response: Temporary accommodation for homeless families",
                          author="Ministry of Housing, Communities and Local Government",
                          creator="blind15 generator", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=response_page)])
    s = [PageBreak(), Spacer(1, 120 * mm)]
    s.append(Paragraph("\u00a9 Crown copyright 2025", small))
    s.append(Paragraph("This publication is licensed under the terms of the Open Government Licence v3.0 except "
                       "where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/"
                       "open-government-licence/version/3.", small))
    s.append(Paragraph("This publication is available at www.gov.uk/official-documents. Any enquiries regarding "
                       "this publication should be sent to us at correspondence@communities.gov.uk.", small))
    s.append(Paragraph("ISBN 978-1-5286-5512-0", small))
    s.append(Paragraph("E03312874 05/25", small))
    s.append(Paragraph("Printed on paper containing 40% recycled fibre content minimum.", small))
    s.append(PageBreak())
    s.append(Paragraph("Introduction", h1))
    for t in ("The Government welcomes the Housing, Communities and Local Government Committee's report on "
              "temporary accommodation for homeless families, published on 12 March 2025, and thanks the "
              "Committee and all those who gave evidence to the inquiry.",
              "The number of families living in temporary accommodation is a national emergency. This Government "
              "is determined to bring it down, and to make sure that while families are in temporary "
              "accommodation it is safe, decent and close to the schools, jobs and support they rely on.",
              "This paper sets out the Government's response to the Committee's conclusions and recommendations. "
              "The Committee's text is reproduced in bold, followed by the Government's response. The responses "
              "are grouped by theme and do not follow the order of the Committee's Report."):
        s.append(Paragraph(t, body))
    for theme, items in RESPONSE:
        s.append(CondPageBreak(40 * mm))
        s.append(Paragraph(theme, h2))
        for idx, replies in items:
            s.append(rec_quote(idx))
            for r in replies:
                s.append(Paragraph(r, body))
            s.append(Spacer(1, 4))
    doc.build(s)
    return out


if __name__ == "__main__":
    print(build_advice())
    print(build_response())

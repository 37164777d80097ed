"""Round 32 (EN): a chapter of a US payment advisory commission's June report to the Congress (MedPAC-style) on
ground ambulance payment, with seven recommendations in shaded boxes 'RECOMMENDATION 4-1' ... '4-7', each
followed by RATIONALE, IMPLICATIONS and a commissioner-vote table; and the agency's reply as a section of a
Federal Register proposed rule set in three columns. reportlab, US Letter, cleaned Liberation fonts. All content
(commission, agency, people, figures, docket numbers) invented.

Run:  /tmp/blind32en/bin/python tests/docs/src/blind32/gen_en_payment_commission_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b32en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, FrameBreak, KeepTogether, CondPageBreak)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind32_en_payment_commission"
for face, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
                ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
                ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(face, H.clean_font(f)))
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSBI")
addMapping("LR", 0, 0, "LR"); addMapping("LR", 1, 0, "LRB"); addMapping("LR", 0, 1, "LRI"); addMapping("LR", 1, 1, "LRBI")

TEAL = colors.HexColor("#1c5a73")
SHADE = colors.HexColor("#e3eef3")
GREY = colors.HexColor("#555555")

# ---------------------------------------------------------------- advice styles
BODY = ParagraphStyle("b", fontName="LR", fontSize=10.2, leading=13.2, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSBI", fontSize=10.2, leading=13, spaceBefore=4, spaceAfter=3, keepWithNext=1)
SUM = ParagraphStyle("sum", fontName="LS", fontSize=9, leading=11.8, spaceAfter=5)
SUMH = ParagraphStyle("sumh", fontName="LSB", fontSize=10, leading=12, textColor=TEAL, spaceAfter=5)
SIDE = ParagraphStyle("side", fontName="LS", fontSize=8.6, leading=10.8, spaceAfter=3, leftIndent=8,
                      bulletIndent=0)
SIDEH = ParagraphStyle("sideh", fontName="LSB", fontSize=9.5, leading=12, textColor=TEAL, spaceAfter=5)
RECH = ParagraphStyle("rech", fontName="LSB", fontSize=9.2, leading=11, textColor=TEAL, spaceAfter=4)
RECT = ParagraphStyle("rect", fontName="LSB", fontSize=10, leading=13)
LAB = ParagraphStyle("lab", fontName="LSB", fontSize=9, leading=11, textColor=TEAL, spaceBefore=4, spaceAfter=2,
                     keepWithNext=1)
IMP = ParagraphStyle("imp", parent=BODY, leftIndent=12, bulletIndent=0, spaceAfter=3)
BOXP = ParagraphStyle("boxp", fontName="LS", fontSize=8.8, leading=11.2, spaceAfter=4)
BOXH = ParagraphStyle("boxh", fontName="LSB", fontSize=9.2, leading=11.4, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.4, leading=10.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
CELLR = ParagraphStyle("cellr", parent=CELL, alignment=2)
NOTE = ParagraphStyle("note", fontName="LR", fontSize=8.4, leading=10.4, leftIndent=11, firstLineIndent=-11,
                      spaceAfter=2)
SRC = ParagraphStyle("src", fontName="LS", fontSize=7.6, leading=9.2, spaceAfter=8)


def adv_deco(c, d):
    w, h = letter
    c.saveState()
    c.setFillColor(GREY)
    c.setFont("LS", 8)
    pg = 96 + d.page
    if d.page > 1:
        if pg % 2 == 0:
            c.drawString(0.85 * inch, h - 0.55 * inch, "Improving payment accuracy for Medicare ground ambulance "
                                                        "services")
        else:
            c.drawRightString(w - 0.85 * inch, h - 0.55 * inch, "Chapter 4")
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(0.85 * inch, h - 0.62 * inch, w - 0.85 * inch, h - 0.62 * inch)
    c.setFont("LSB", 8.5)
    if pg % 2 == 0:
        c.drawString(0.85 * inch, 0.5 * inch, str(pg))
        c.setFont("LS", 8)
        c.drawString(1.2 * inch, 0.5 * inch, "Report to the Congress: Medicare and the Health Care Delivery System  |"
                                             "  June 2026")
    else:
        c.drawRightString(w - 0.85 * inch, 0.5 * inch, str(pg))
        c.setFont("LS", 8)
        c.drawRightString(w - 1.2 * inch, 0.5 * inch, "Health Care Payment Review Commission")
    if d.page == 1:
        # chapter number block and the shaded sidebar
        c.setFillColor(TEAL)
        c.rect(0.85 * inch, h - 1.55 * inch, 0.95 * inch, 0.95 * inch, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSB", 44)
        c.drawCentredString(1.325 * inch, h - 1.38 * inch, "4")
        c.setFillColor(SHADE)
        c.rect(0.85 * inch, 0.85 * inch, 1.9 * inch, h - 2.75 * inch, stroke=0, fill=1)
    c.restoreState()


def rec_box(num, text):
    t = Table([[Paragraph(f"RECOMMENDATION {num}", RECH)], [Paragraph(text, RECT)]],
              colWidths=[6.8 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SHADE), ("LINEABOVE", (0, 0), (-1, 0), 2, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))
    return t


def votes(num, yes, no=0, nv=0, absent=0):
    t = Table([[Paragraph(f"COMMISSIONER VOTES ON RECOMMENDATION {num}", CELLB), "", "", ""],
               ["Yes", "No", "Not voting", "Absent"], [str(yes), str(no), str(nv), str(absent)]],
              colWidths=[1.0 * inch] * 4)
    t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("FONT", (0, 1), (-1, -1), "LS", 8.4),
                           ("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("LINEBELOW", (0, 0), (-1, 0), 0.6, TEAL),
                           ("ALIGN", (0, 1), (-1, -1), "CENTER"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    t.hAlign = "LEFT"
    return t


def rec_block(num, text, rationale, spending, bp, yes, no=0, nv=0, absent=0):
    out = [CondPageBreak(1.6 * inch), rec_box(num, text), Spacer(1, 6),
           Paragraph(f"RATIONALE {num}", LAB)]
    for r in rationale:
        out.append(Paragraph(r, BODY))
    out += [Paragraph(f"IMPLICATIONS {num}", LAB),
            Paragraph("<b>Spending</b>", IMP),
            Paragraph(spending, IMP, bulletText="\u2022"),
            Paragraph("<b>Beneficiary and provider</b>", IMP),
            Paragraph(bp, IMP, bulletText="\u2022"),
            Spacer(1, 3), votes(num, yes, no, nv, absent), Spacer(1, 10)]
    return out


def advice(path):
    w, h = letter
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0.85 * inch, rightMargin=0.85 * inch,
                          topMargin=0.8 * inch, bottomMargin=0.8 * inch,
                          title="Chapter 4: Improving payment accuracy for Medicare ground ambulance services",
                          author="Health Care Payment Review Commission", creator="", producer="")
    doc._invariant = 1
    side_w = 1.9 * inch
    gap = 0.25 * inch
    title_h = 1.25 * inch
    first = [Frame(doc.leftMargin + 1.1 * inch, h - doc.topMargin - title_h, doc.width - 1.1 * inch, title_h,
                   id="title"),
             Frame(doc.leftMargin + 6, doc.bottomMargin + 4, side_w - 12, doc.height - title_h - 20, id="side"),
             Frame(doc.leftMargin + side_w + gap, doc.bottomMargin, doc.width - side_w - gap,
                   doc.height - title_h - 8, id="main")]
    later = [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")]
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=adv_deco),
                          PageTemplate(id="later", frames=later, onPage=adv_deco)])
    s = [NextPageTemplate("later")]
    s.append(Paragraph("C H A P T E R", ParagraphStyle("k", fontName="LSB", fontSize=8.5, textColor=TEAL,
                                                       spaceAfter=4)))
    s.append(Paragraph("Improving payment accuracy for Medicare ground ambulance services",
                       ParagraphStyle("t", fontName="LSB", fontSize=19, leading=23, textColor=TEAL)))
    s.append(FrameBreak())
    s.append(Paragraph("In this chapter", SIDEH))
    for t in ("Background", "How Medicare pays for ground ambulance services", "Findings from the Ground Ambulance "
              "Data Collection System", "Recommendations", "Endnotes"):
        s.append(Paragraph(t, SIDE, bulletText="\u2022"))
    s.append(Spacer(1, 14))
    s.append(Paragraph("Key figures, 2024", SIDEH))
    for t in ("$5.6 billion in fee-for-service spending", "2.9 million beneficiaries transported", "10,840 "
              "ambulance organizations billed Medicare", "41 percent of transports were non-emergency"):
        s.append(Paragraph(t, SIDE, bulletText="\u2022"))
    s.append(FrameBreak())
    s.append(Paragraph("Chapter summary", SUMH))
    for t in (
        "In 2024, fee-for-service Medicare spent $5.6 billion on ground ambulance services for about 2.9 million "
        "beneficiaries. Medicare pays for these services under a national fee schedule, with a base rate for each "
        "level of service and a separate payment per mile. Since 2004, the Congress has also provided temporary "
        "add-on payments for transports that originate in urban, rural, and super-rural areas; these add-ons have "
        "been extended 14 times and are currently set to expire on September 30, 2026.",
        "Until recently, Medicare had no information on what ground ambulance services cost to furnish. The "
        "Ground Ambulance Data Collection System (GADCS), which collected cost and revenue data from a sample of "
        "organizations for the first time in 2022 and 2023, now makes such an analysis possible. Our analysis of "
        "those data, summarized in this chapter, finds that the median cost per transport varies more by the "
        "volume of transports an organization furnishes than by whether it is located in a rural area. The "
        "current add-ons are therefore poorly targeted: more than 60 percent of add-on spending goes to "
        "organizations with high transport volumes.",
        "We also find that non-emergency transports, in particular repetitive transports to dialysis facilities, "
        "remain an area of elevated improper payments, and that Medicare claims do not reliably show whether a "
        "transport responded to an emergency call.",
        "In this chapter, the Commission makes seven recommendations. Taken together, they would target the "
        "add-on payments to isolated, low-volume areas; keep geographic designations current; strengthen "
        "documentation for non-emergency transports; make the collection and publication of cost data routine; "
        "pay for care that does not end in a hospital emergency department; and improve the information on "
        "claims."):
        s.append(Paragraph(t, SUM))
    s.append(Paragraph("Background", H1))
    s.append(Paragraph(
        "Ground ambulance services are furnished by a wide range of organizations: municipal fire departments, "
        "hospital-based services, volunteer squads, and for-profit and nonprofit private companies. Medicare "
        "covers a ground ambulance transport when other means of transportation would endanger the "
        "beneficiary's health, and the transport is to the nearest appropriate facility. For a scheduled "
        "non-emergency transport, the ambulance organization must obtain a physician certification statement "
        "(PCS) before furnishing the service.<super>1</super>", BODY))
    s.append(Paragraph("How Medicare pays for ground ambulance services", H1))
    s.append(Paragraph(
        "The fee schedule sets relative values for seven levels of ground service, from basic life support (BLS) "
        "non-emergency to specialty care transport. Payments are adjusted for geographic differences in costs "
        "and updated annually by the ambulance inflation factor. Transports originating in a ZIP code designated "
        "as rural or super-rural receive higher mileage and base-rate payments. Those designations still rely on "
        "the 2010 census and on rural-urban commuting area codes that were revised in 2019.<super>2</super>",
        BODY))
    tab = [[Paragraph("", CELLB), Paragraph("2019", CELLB), Paragraph("2021", CELLB), Paragraph("2022", CELLB),
            Paragraph("2023", CELLB), Paragraph("2024", CELLB)],
           [Paragraph("Spending (billions)", CELL)] + [Paragraph(x, CELLR) for x in
                                                      ("$5.3", "$4.9", "$5.2", "$5.4", "$5.6")],
           [Paragraph("Transports (millions)", CELL)] + [Paragraph(x, CELLR) for x in
                                                        ("11.4", "9.6", "10.1", "10.3", "10.5")],
           [Paragraph("Share non-emergency", CELL)] + [Paragraph(x, CELLR) for x in
                                                      ("45%", "42%", "42%", "41%", "41%")],
           [Paragraph("Add-on payments (millions)", CELL)] + [Paragraph(x, CELLR) for x in
                                                             ("$412", "$388", "$401", "$419", "$436")]]
    t = Table(tab, colWidths=[2.0 * inch] + [0.82 * inch] * 5)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, TEAL), ("LINEBELOW", (0, 0), (-1, 0), 0.5, TEAL),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, TEAL), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(KeepTogether([Paragraph("Table 4-1  Fee-for-service Medicare ground ambulance spending and volume, "
                                     "2019-2024", BOXH), t,
                           Paragraph("Note: Spending includes beneficiary cost sharing. 2020 omitted because of "
                                     "the coronavirus public health emergency.<br/>Source: Commission analysis of "
                                     "carrier claims, 2019-2024.", SRC)]))
    s.append(Paragraph("Findings from the Ground Ambulance Data Collection System", H1))
    s.append(Paragraph(
        "The GADCS collected data from 4,622 organizations across two cohorts. The median cost per transport was "
        "$752, but it ranged from $498 for organizations with more than 10,000 transports a year to $2,316 for "
        "organizations with fewer than 250. Among organizations of similar volume, rural location added little to "
        "cost. In principle, payment rates should reflect the costs of efficient providers; the current add-ons, "
        "which are based on location alone, do not.", BODY))
    s.append(Paragraph(
        "The Department's improper payment reviews estimate that 11.8 percent of payments for BLS non-emergency "
        "transports in 2024 were improper, most often because the PCS was missing or did not support medical "
        "necessity. Since 2023, suppliers have been able to report on the claim whether a transport was in "
        "response to an emergency call, but the indicator is optional and appears on only 38 percent of claims.",
        BODY))
    box = [Paragraph("Text box 4-1  The Commission's earlier work on ambulance add-on payments", BOXH),
           Paragraph("In its June 2013 report, the Commission recommended that the Congress \"rebase the "
                     "ambulance fee schedule for BLS non-emergency transports\" and \"allow the urban add-on to "
                     "expire.\" The Congress did neither. At the time, the Commission also noted that the "
                     "Secretary should collect cost data, a step the Congress required in 2018. The "
                     "recommendations in this chapter replace those made in 2013.", BOXP)]
    bt = Table([[box]], colWidths=[6.8 * inch])
    bt.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 9),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), 7)]))
    s += [bt, Spacer(1, 8)]
    s.append(Paragraph("Recommendations", H1))
    s += rec_block("4-1",
                   "The Congress should replace the temporary urban, rural, and super-rural add-on payments for "
                   "ground ambulance services with a permanent add-on payment limited to ambulance organizations "
                   "that furnish a low volume of transports in isolated areas.",
                   ["Our analysis shows that volume, not rurality, drives the cost per transport. A permanent "
                    "add-on limited to low-volume organizations in isolated areas would protect access where it is "
                    "most at risk and end the uncertainty of repeated short-term extensions."],
                   "This recommendation would decrease spending relative to current law by between $50 million "
                   "and $250 million in 2027 and by between $1 billion and $5 billion over five years.",
                   "We do not expect this recommendation to affect beneficiaries' access to ground ambulance "
                   "services. Payments to some high-volume urban organizations would decrease.",
                   15, 0, 0, 2)
    s += rec_block("4-2",
                   "The Secretary should update the geographic designations used for ground ambulance payment each "
                   "time new census data and rural-urban commuting area codes become available.",
                   ["About 1,900 ZIP codes would change designation if the current data were used. Keeping the "
                    "designations current is a matter of payment accuracy and need not wait for legislation."],
                   "This recommendation would have no material effect on federal spending relative to current law.",
                   "Payments to organizations in ZIP codes that change designation would increase or decrease.",
                   17)
    s += rec_block("4-3",
                   "The Secretary should require ambulance organizations to submit the physician certification "
                   "statement with each claim for a non-emergency ground ambulance transport.",
                   ["Because the PCS is held by the supplier and reviewed only after payment, missing or "
                    "inadequate statements are found long after the fact. Submitting the statement with the claim "
                    "would let contractors check it before paying."],
                   "This recommendation would decrease spending by less than $50 million in 2027 and by less than "
                   "$1 billion over five years.",
                   "Organizations would face some additional administrative burden. We do not expect access to "
                   "medically necessary transports to be affected.",
                   14, 2, 0, 1)
    s += rec_block("4-4",
                   "The Secretary should collect cost, revenue, and utilization data from a representative sample of "
                   "ground ambulance organizations every three years, beginning in 2028.",
                   ["The statutory data collection ended with the second cohort. Without periodic data, the "
                    "Commission and the Department cannot tell whether payments remain aligned with costs."],
                   "This recommendation would have no effect on benefit spending relative to current law.",
                   "Sampled organizations would incur reporting costs, which were modest in the first two cohorts.",
                   17)
    s += rec_block("4-5",
                   "The Secretary should publicly report, each year, summary data on the costs and revenues of "
                   "ground ambulance organizations, by type of organization and geographic area.",
                   ["Publication would let states, localities, and researchers use data that organizations have "
                    "already reported, as is done for hospital and skilled nursing facility cost reports."],
                   "This recommendation would have no effect on benefit spending relative to current law.",
                   "No direct effect on beneficiaries or on organizations.",
                   17)
    s += rec_block("4-6",
                   "The Secretary should establish payment for treatment in place and for transport to alternative "
                   "destinations, such as urgent care centers and behavioral health crisis centers, following a "
                   "911 call.",
                   ["Medicare pays for a ground ambulance response only if the beneficiary is transported, and "
                    "generally only to a hospital, physician office, or skilled nursing facility. Paying for "
                    "appropriate alternatives would avoid unnecessary emergency department visits."],
                   "This recommendation would increase spending by less than $50 million in 2027 and would have "
                   "an uncertain effect over five years.",
                   "Beneficiaries would receive care in a more appropriate setting. Organizations would be paid for "
                   "services they already furnish without payment.",
                   16, 0, 1, 0)
    s += rec_block("4-7",
                   "The Secretary should require ground ambulance claims to indicate whether each transport was "
                   "furnished in response to an emergency call.",
                   ["A mandatory indicator would allow the Department and the Commission to distinguish emergency "
                    "from scheduled transports without relying on the level-of-service codes alone."],
                   "This recommendation would have no effect on benefit spending relative to current law.",
                   "Minimal administrative burden for organizations, which already record this information.",
                   17)
    s.append(Paragraph("Endnotes", H1))
    for i, t in enumerate((
            "The PCS requirement applies to scheduled transports and, for unscheduled non-emergency transports, "
            "the certification may be obtained within 48 hours after the transport.",
            "Rural-urban commuting area codes are produced by the Department of Agriculture. New codes based on the "
            "2020 census were released in 2025."), 1):
        s.append(Paragraph(f"{i}  {t}", NOTE))
    doc.build(s)


# ---------------------------------------------------------------- Federal Register response
FR = ParagraphStyle("fr", fontName="LR", fontSize=8.4, leading=10.2, firstLineIndent=9, spaceAfter=2,
                    alignment=4)
FRNI = ParagraphStyle("frni", parent=FR, firstLineIndent=0)
FRH1 = ParagraphStyle("frh1", fontName="LRB", fontSize=8.6, leading=10.4, spaceBefore=4, spaceAfter=2,
                      keepWithNext=1)
FRH2 = ParagraphStyle("frh2", fontName="LRBI", fontSize=8.4, leading=10.2, spaceBefore=3, spaceAfter=1,
                      keepWithNext=1)
FRCAP = ParagraphStyle("frcap", fontName="LRB", fontSize=8.4, leading=10.2, spaceAfter=1)
FRTTL = ParagraphStyle("frttl", fontName="LRB", fontSize=9.6, leading=11.6, spaceAfter=5, spaceBefore=3)
FRNOTE = ParagraphStyle("frnote", fontName="LR", fontSize=7.2, leading=8.6, firstLineIndent=6, spaceAfter=1)
FR_PAGE0 = 41822


def fr_deco(c, d):
    w, h = letter
    c.saveState()
    pg = FR_PAGE0 + d.page - 1
    c.setFont("LRB", 8)
    left = "Federal Register / Vol. 91, No. 131 / Thursday, July 9, 2026 / Proposed Rules"
    if pg % 2 == 0:
        c.drawString(0.55 * inch, h - 0.5 * inch, str(pg))
        c.setFont("LRI", 8)
        c.drawString(0.55 * inch + 40, h - 0.5 * inch, left)
    else:
        c.setFont("LRI", 8)
        c.drawRightString(w - 0.55 * inch - 40, h - 0.5 * inch, left)
        c.setFont("LRB", 8)
        c.drawRightString(w - 0.55 * inch, h - 0.5 * inch, str(pg))
    c.setLineWidth(0.5)
    c.line(0.55 * inch, h - 0.56 * inch, w - 0.55 * inch, h - 0.56 * inch)
    colw = (w - 1.1 * inch - 2 * 12) / 3
    for k in (1, 2):
        x = 0.55 * inch + k * colw + (k - 0.5) * 12
        c.line(x, 0.62 * inch, x, h - 0.66 * inch)
    c.setFont("LS", 5.6)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(0.55 * inch, 0.36 * inch,
                 f"VerDate Sep<11>2014   16:52 Jul 08, 2026  Jkt 268001  PO 00000  Frm {d.page + 41:05d}  Fmt 4702  "
                 f"Sfmt 4702  E:\\FR\\FM\\09JYP1.SGM  09JYP1")
    c.restoreState()


def fr_body():
    s = []
    P = lambda t: s.append(Paragraph(t, FR))
    s.append(Paragraph("DEPARTMENT OF HEALTH AND HUMAN SERVICES", FRCAP))
    s.append(Spacer(1, 3))
    s.append(Paragraph("Health Benefits Administration", FRCAP))
    s.append(Spacer(1, 3))
    s.append(Paragraph("42 CFR Part 414", FRCAP))
    s.append(Paragraph("[HBA-1893-P]", FRNI))
    s.append(Paragraph("RIN 0938-AW71", FRNI))
    s.append(Paragraph("Medicare Program; Calendar Year 2027 Payment Policies for Ground Ambulance Services", FRTTL))
    s.append(Paragraph("<b>AGENCY:</b> Health Benefits Administration (HBA), Department of Health and Human Services "
                       "(HHS).", FRNI))
    s.append(Paragraph("<b>ACTION:</b> Proposed rule.", FRNI))
    s.append(Paragraph("<b>SUMMARY:</b> This proposed rule would update the geographic designations used for "
                       "ground ambulance payment, establish a continuing ground ambulance data collection, and "
                       "make a technical correction to the ambulance regulations. It also responds to the June "
                       "2026 recommendations of the Health Care Payment Review Commission on ground ambulance "
                       "services.", FRNI))
    s.append(Paragraph("<b>DATES:</b> To be assured consideration, comments must be received at one of the "
                       "addresses provided below, no later than 5 p.m. on September 8, 2026.", FRNI))
    s.append(Paragraph("<b>ADDRESSES:</b> In commenting, please refer to file code HBA-1893-P. Comments may be "
                       "submitted electronically through the federal eRulemaking portal, or by regular mail to "
                       "the Health Benefits Administration, Attention: HBA-1893-P, P.O. Box 8016, Baltimore, MD "
                       "21244-8016.", FRNI))
    s.append(Paragraph("<b>FOR FURTHER INFORMATION CONTACT:</b> Marisol Okafor-Dunne, (410) 786-0461, for "
                       "geographic designations and data collection. Gideon Trask, (410) 786-2239, for medical "
                       "review and claims processing.", FRNI))
    s.append(Paragraph("<b>SUPPLEMENTARY INFORMATION:</b>", FRNI))
    s.append(Paragraph("I. Background", FRH1))
    P("Section 1834(l) of the Social Security Act (the Act) requires the Secretary to establish a fee schedule for "
      "payment of ambulance services. The fee schedule has been in effect since April 1, 2002, and is codified at "
      "42 CFR part 414, subpart H. Section 1834(l)(12) and (13) of the Act provide temporary add-on payments for "
      "ground ambulance services furnished in rural and super-rural areas and in urban areas; under current law "
      "those add-ons expire for services furnished after September 30, 2026.")
    P("Section 1834(l)(17) of the Act required the Secretary to collect cost, revenue, utilization, and other "
      "information from a representative sample of ground ambulance providers and suppliers. Data were collected "
      "from two cohorts through the Ground Ambulance Data Collection System (GADCS), with reporting periods "
      "beginning in 2022 and 2023.<super>1</super>")
    s.append(Paragraph("II. Responses to the Health Care Payment Review Commission's Recommendations", FRH1))
    P("In its June 2026 Report to the Congress, the Health Care Payment Review Commission (the Commission) made "
      "seven recommendations on ground ambulance services. We discuss below those that bear on the policies in "
      "this proposed rule or on our operations. We have grouped them by subject rather than in the order in which "
      "they appear in the Commission's report. We welcome comments on our responses.")
    s.append(Paragraph("A. Geographic Designations (Recommendation 4-2)", FRH2))
    P("The Commission recommended that the Secretary update the geographic designations for ground ambulance "
      "payment whenever new census data and rural-urban commuting area (RUCA) codes become available. We agree "
      "with this recommendation. We are proposing to revise the designations using the 2020 census and the RUCA "
      "codes released in 2025, effective for services furnished on or after January 1, 2027, and to adopt the "
      "same approach for each later release without further rulemaking. Based on our analysis, 1,874 ZIP codes "
      "would change designation; a list is available on the HBA website.<super>2</super>")
    s.append(Paragraph("B. Ground Ambulance Data Collection (Recommendations 4-4 and 4-5)", FRH2))
    P("The Commission recommended that the Secretary collect cost, revenue, and utilization data from a "
      "representative sample of ground ambulance organizations every three years beginning in 2028 "
      "(Recommendation 4-4), and publicly report summary data each year (Recommendation 4-5).")
    P("We share the Commission's view that the data must be refreshed periodically. However, a three-year cycle "
      "would mean that a new cohort is selected before we have finished validating the previous one. We are "
      "therefore proposing a continuing data collection with a new sample every 4 years, beginning with a "
      "reporting period in calendar year 2028. We would use the existing GADCS instrument with the reduced "
      "question set described in section III of this proposed rule. We are not proposing at this time to "
      "collect utilization data beyond what is already available from claims.")
    P("With respect to Recommendation 4-5, we are proposing to release a public use file each year containing "
      "summary cost and revenue data by organization type, ownership, service area population density, and "
      "state, suppressing cells with fewer than 11 organizations. The first file, covering both completed "
      "cohorts, would be released by March 2027.")
    s.append(Paragraph("C. Physician Certification Statements (Recommendation 4-3)", FRH2))
    P("The Commission recommended that the Secretary require ambulance organizations to submit the physician "
      "certification statement (PCS) with each claim for a non-emergency ground ambulance transport. We "
      "appreciate the Commission's concern about improper payments for these transports. However, requiring a "
      "document to accompany each of more than 4 million claims a year would impose substantial burden on "
      "suppliers, physicians, and our contractors, and the prior authorization process already applies to "
      "repetitive scheduled transports in all states. We believe targeted prepayment review of suppliers with "
      "high error rates is the more proportionate approach. For these reasons, we respectfully decline to "
      "adopt this recommendation.")
    s.append(Paragraph("D. Emergency Response Indicator (Recommendation 4-7)", FRH2))
    P("The Commission recommended that ground ambulance claims indicate whether each transport was furnished "
      "in response to an emergency call. We note that this is already in place: under the claims processing "
      "instructions issued in Change Request 13340, the emergency response indicator has been a required data "
      "element on claims received on or after April 1, 2026. Claims submitted without it are returned as "
      "unprocessable. The Commission's analysis, which used 2024 claims, predates this change.")
    s.append(Paragraph("E. Add-On Payments (Recommendation 4-1)", FRH2))
    P("The Commission recommended that the Congress replace the temporary urban, rural, and super-rural add-on "
      "payments with a permanent add-on limited to low-volume organizations in isolated areas. Because the "
      "add-on payments and their expiration dates are set in statute, this recommendation is directed to the "
      "Congress and could not be implemented through rulemaking. We are not taking a position on it in this "
      "proposed rule. We will continue to provide technical assistance to the Congress on request, and we "
      "will implement any change that the Congress enacts.")
    s.append(Paragraph("III. Provisions of the Proposed Rule", FRH1))
    s.append(Paragraph("A. Definitions in \u00a7 414.605", FRH2))
    P("We are proposing a technical correction to the definition of rural area in \u00a7 414.605, which "
      "currently refers to a paragraph of section 1886(d)(2) of the Act that was redesignated in 2018. The "
      "correction would not change which areas are rural.")
    s.append(Paragraph("B. Continuing Data Collection in \u00a7 414.626", FRH2))
    P("We are proposing to revise \u00a7 414.626 to provide for the continuing data collection described in "
      "section II.B of this preamble. Organizations selected for a cohort that fail to report would remain "
      "subject to the 10 percent payment reduction in \u00a7 414.610(c)(9), subject to the existing hardship "
      "exemption. The reduced instrument would remove 41 of the current 127 questions.")
    s.append(Paragraph("IV. Collection of Information Requirements", FRH1))
    P("Under the Paperwork Reduction Act of 1995, we are required to provide 60-day notice in the Federal "
      "Register and solicit public comment before a collection of information is submitted to the Office of "
      "Management and Budget for review and approval. We estimate that each selected organization would spend "
      "an average of 19 hours completing the reduced instrument, for a total annual burden of 21,470 hours. The "
      "information collection request is available under OMB control number 0938-1437.")
    s.append(Paragraph("V. Regulatory Impact Analysis", FRH1))
    P("We estimate that the revised geographic designations would increase payments to some organizations and "
      "decrease payments to others, with a net effect of less than $5 million in calendar year 2027. This "
      "proposed rule is therefore not economically significant under Executive Order 12866.")
    s.append(Paragraph("List of Subjects in 42 CFR Part 414", FRH1))
    s.append(Paragraph("Administrative practice and procedure, Health facilities, Health professions, Medicare, "
                       "Reporting and recordkeeping requirements.", FRNI))
    s.append(Spacer(1, 4))
    P("Dated: June 30, 2026.")
    s.append(Paragraph("<b>Rebecca L. Hallworth,</b>", FRNI))
    s.append(Paragraph("<i>Administrator, Health Benefits Administration.</i>", FRNI))
    s.append(Paragraph("[FR Doc. 2026-13077 Filed 7-8-26; 4:15 pm]", FRNI))
    s.append(Paragraph("BILLING CODE 4120-01-P", FRNI))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<super>1</super> The final cohort reports were due in 2024 and 2025. Summary results are "
                       "available on the HBA website.", FRNOTE))
    s.append(Paragraph("<super>2</super> The file lists each ZIP code, its current designation, and its proposed "
                       "designation.", FRNOTE))
    return s


def response(path):
    w, h = letter
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0.55 * inch, rightMargin=0.55 * inch,
                          topMargin=0.68 * inch, bottomMargin=0.62 * inch,
                          title="Medicare Program; CY 2027 Payment Policies for Ground Ambulance Services",
                          author="", creator="", producer="")
    doc._invariant = 1
    gap = 12
    colw = (doc.width - 2 * gap) / 3
    frames = [Frame(doc.leftMargin + k * (colw + gap), doc.bottomMargin, colw, doc.height, id=f"c{k}",
                    leftPadding=2, rightPadding=2, topPadding=2, bottomPadding=0) for k in range(3)]
    doc.addPageTemplates([PageTemplate(id="fr", frames=frames, onPage=fr_deco)])
    doc.build(fr_body())


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "4-1", "starts_with": "The Congress should replace the temporary urban, rural, and super-rural",
         "reply_contains": "We are not taking a position on it in this proposed rule",
         "verdict": "noted"},
        {"number": "4-2", "starts_with": "The Secretary should update the geographic designations used for ground",
         "reply_contains": "revise the designations using the 2020 census and the RUCA codes",
         "verdict": "agrees"},
        {"number": "4-3", "starts_with": "The Secretary should require ambulance organizations to submit the physician",
         "reply_contains": "we respectfully decline to adopt this recommendation", "verdict": "disagrees"},
        {"number": "4-4", "starts_with": "The Secretary should collect cost, revenue, and utilization data",
         "reply_contains": "a continuing data collection with a new sample every 4 years",
         "verdict": "partly"},
        {"number": "4-5", "starts_with": "The Secretary should publicly report, each year, summary data",
         "reply_contains": "release a public use file each year containing summary cost",
         "verdict": "agrees"},
        {"number": "4-6", "starts_with": "The Secretary should establish payment for treatment in place",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "4-7", "starts_with": "The Secretary should require ground ambulance claims to indicate whether",
         "reply_contains": "the emergency response indicator has been a required data element",
         "verdict": "agrees"},
    ]
    unmatched = ["proposing a technical correction to the definition of rural area"]
    notes = ("US payment advisory commission (MedPAC-style, invented 'Health Care Payment Review Commission') "
             "June report chapter 4 on Medicare ground ambulance payment (reportlab, US Letter, 5 p.; page 1 with "
             "a chapter-number block, a shaded 'In this chapter' / 'Key figures' SIDEBAR frame and a 'Chapter "
             "summary' beside it; alternating running headers, book page numbers 97-101 in the footer). Seven "
             "recommendations, each in a shaded box headed 'RECOMMENDATION 4-1' ... '4-7' with a bold sentence "
             "'The Congress should ...' (4-1) or 'The Secretary should ...' (4-2 to 4-7), followed by 'RATIONALE "
             "4-n', 'IMPLICATIONS 4-n' (Spending / Beneficiary and provider bullets) and a 'COMMISSIONER VOTES ON "
             "RECOMMENDATION 4-n' table (Yes/No/Not voting/Absent). Traps: the chapter summary paraphrasing all "
             "seven ('Taken together, they would ...'); a finding 'payment rates should reflect the costs of "
             "efficient providers'; Text box 4-1 quoting the 2013 recommendations ('rebase the ambulance fee "
             "schedule', 'allow the urban add-on to expire') and 'the Secretary should collect cost data'; Table "
             "4-1 of spending; endnotes. Response: a Federal Register proposed rule (invented 'Health Benefits "
             "Administration', HBA-1893-P) set in THREE COLUMNS with column rules, FR running head with page "
             "numbers 41822-, the printer's 'VerDate' line at the foot; section 'II. Responses to the ... "
             "Commission's Recommendations' grouped by subject in another order, each sub-heading citing the "
             "number and each reply restating the recommendation first: A (4-2) 'We agree ... proposing to revise "
             "the designations' (agrees); B ONE section for 4-4 and 4-5 (4-4: new sample every 4 years instead of "
             "three, no extra utilization data = partly; 4-5: public use file each year = agrees); C (4-3) 'we "
             "respectfully decline to adopt this recommendation' (disagrees); D (4-7) 'this is already in place', "
             "a required data element since April 2026 (agrees, already done); E (4-1) directed to the Congress, "
             "'We are not taking a position on it' (noted). 4-6 (treatment in place / alternative destinations) "
             "is never answered (unanswered). 'III. Provisions of the Proposed Rule - A. Definitions in \u00a7 "
             "414.605' (technical correction of the rural-area definition) answers no recommendation (unmatched); "
             "III.B (regulation text for the data collection, refers back to II.B), IV (Paperwork Reduction Act), "
             "V (impact), List of Subjects, signature, FR Doc line and BILLING CODE are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 31 (EN): a Texas Sunset Advisory Commission staff report on an (invented) licensing board, with
recommendations numbered by issue (1.1-3.2) under 'Change in Statute' / 'Management Action' sub-heads, and the
board's response letter. reportlab, US Letter, cleaned Liberation fonts; page 1 of the report with a shaded
'Agency at a Glance' sidebar beside the summary; drawn running header and footer. All content (board, people,
figures) invented.

Run:  /tmp/blind31en/bin/python tests/docs/src/blind31/gen_en_sunset_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b31en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate, FrameBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind31_en_sunset"
for face, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
                ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
                ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(face, H.clean_font(f)))
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSBI")
addMapping("LR", 0, 0, "LR"); addMapping("LR", 1, 0, "LRB"); addMapping("LR", 0, 1, "LRI"); addMapping("LR", 1, 1, "LRBI")

MAROON = colors.HexColor("#6d1a2b")
BODY = ParagraphStyle("b", fontName="LR", fontSize=10.5, leading=13.6, spaceAfter=6)
SIDE = ParagraphStyle("side", fontName="LS", fontSize=8.3, leading=10.4, spaceAfter=4)
SIDEH = ParagraphStyle("sideh", parent=SIDE, fontName="LSB", fontSize=9.5, textColor=MAROON, spaceAfter=5)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=16, bulletIndent=4, spaceAfter=3)
FIND = ParagraphStyle("find", parent=BODY, fontName="LRB", spaceBefore=3, keepWithNext=1)
ISSUE = ParagraphStyle("issue", fontName="LSB", fontSize=12, leading=14, textColor=MAROON, spaceBefore=4, keepWithNext=1)
ISSUET = ParagraphStyle("issuet", fontName="LSB", fontSize=15, leading=18.5, spaceAfter=8, keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=14, textColor=MAROON, spaceBefore=8,
                    spaceAfter=4, keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="LSBI", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3, keepWithNext=1)
REC = ParagraphStyle("rec", parent=BODY, leftIndent=26, firstLineIndent=-26)
NOTE = ParagraphStyle("note", fontName="LR", fontSize=8.2, leading=10, leftIndent=12, firstLineIndent=-12,
                      spaceAfter=2)
TITLE = ParagraphStyle("title", fontName="LSB", fontSize=21, leading=25, textColor=MAROON, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.6, leading=10.6)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
LET = ParagraphStyle("let", parent=BODY, fontSize=10.8, leading=14.2, spaceAfter=8)
LETH = ParagraphStyle("leth", fontName="LRB", fontSize=11, leading=14, spaceBefore=6, spaceAfter=4)


def deco_factory(left, right, footer, first=True):
    w, h = letter

    def deco(c, d):
        c.saveState()
        if d.page > 1 or first:
            c.setFont("LS", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(0.9 * inch, h - 0.55 * inch, left)
            c.drawRightString(w - 0.9 * inch, h - 0.55 * inch, right)
            c.setStrokeColor(MAROON)
            c.setLineWidth(0.8)
            c.line(0.9 * inch, h - 0.62 * inch, w - 0.9 * inch, h - 0.62 * inch)
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(0.9 * inch, 0.5 * inch, footer)
        c.drawRightString(w - 0.9 * inch, 0.5 * inch, str(d.page))
        c.restoreState()
    return deco


def first_deco(c, d):
    deco_factory("Texas Board of Home Inspection and Property Condition Examiners", "Staff Report",
                 "Sunset Advisory Commission    November 2025")(c, d)
    # shaded sidebar background
    c.saveState()
    c.setFillColor(colors.HexColor("#f3ece9"))
    c.setStrokeColor(MAROON)
    c.rect(0.9 * inch, 0.85 * inch, 2.05 * inch, 7.55 * inch, stroke=1, fill=1)
    c.restoreState()


def advice(path):
    w, h = letter
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                          topMargin=0.85 * inch, bottomMargin=0.85 * inch,
                          title="Sunset Staff Report: Texas Board of Home Inspection and Property Condition Examiners",
                          author="", creator="", producer="")
    doc._invariant = 1
    top_h = 1.75 * inch
    side_w = 2.05 * inch
    gap = 0.22 * inch
    first = [Frame(doc.leftMargin, h - doc.topMargin - top_h, doc.width, top_h, id="top"),
             Frame(doc.leftMargin + 4, doc.bottomMargin, side_w - 8, doc.height - top_h - 4, id="side"),
             Frame(doc.leftMargin + side_w + gap, doc.bottomMargin, doc.width - side_w - gap,
                   doc.height - top_h, id="main")]
    later = [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")]
    doc.addPageTemplates([PageTemplate(id="first", frames=first, onPage=first_deco),
                          PageTemplate(id="later", frames=later,
                                       onPage=deco_factory("Texas Board of Home Inspection and Property Condition "
                                                           "Examiners", "Staff Report",
                                                           "Sunset Advisory Commission    November 2025"))])
    s = []
    s.append(Paragraph("SUNSET ADVISORY COMMISSION", ParagraphStyle("k", fontName="LSB", fontSize=9,
                                                                    textColor=MAROON, spaceAfter=4)))
    s.append(Paragraph("Staff Report: Texas Board of Home Inspection and Property Condition Examiners", TITLE))
    s.append(Paragraph("2025-2026 Review Cycle &#183; Staff report released November 12, 2025 &#183; This document "
                       "is intended to compile all recommendations and action taken by the Sunset Advisory "
                       "Commission for the agency under review; it reflects staff recommendations only.",
                       ParagraphStyle("sub", fontName="LS", fontSize=8.8, leading=11)))
    s.append(FrameBreak())

    s.append(Paragraph("Agency at a Glance", SIDEH))
    for t in ("<b>Created:</b> 1991, as a program of the Texas Real Estate Commission; a separate board since 2009.",
              "<b>Board:</b> nine members appointed by the governor: five licensed inspectors, one licensed "
              "engineer and three public members.",
              "<b>Staff:</b> 23 full-time equivalent positions in Austin.",
              "<b>Budget:</b> $3.4 million in fiscal year 2025, all from licensing fees; the board remits about "
              "$610,000 a year to the general revenue fund.",
              "<b>Licensees:</b> 6,912 professional inspectors, 1,288 apprentice inspectors and 214 inspection "
              "education providers (August 31, 2025).",
              "<b>Complaints:</b> 771 received in fiscal year 2025; 38 resulted in disciplinary action.",
              "<b>Recovery fund:</b> pays consumers up to $12,500 for losses caused by a licensed inspector; 19 "
              "claims paid in fiscal year 2025."):
        s.append(Paragraph(t, SIDE))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>Key Statute:</b> Texas Occupations Code, Chapter 1103A", SIDE))
    s.append(FrameBreak())

    s.append(NextPageTemplate("later"))
    s.append(Paragraph("Summary", H2))
    s.append(Paragraph("Almost every residential property sold in Texas is inspected before closing, and buyers rely "
                       "heavily on the inspector's report. The Texas Board of Home Inspection and Property Condition "
                       "Examiners licenses the people who perform these inspections and investigates complaints "
                       "about them. Sunset staff found that the board's staff are committed and responsive, but that "
                       "its licensing requirements keep qualified people out of the profession while its "
                       "enforcement tools do little for consumers who receive a poor inspection.", BODY))
    s.append(Paragraph("The following material summarizes the Sunset staff recommendations on the Texas Board of "
                       "Home Inspection and Property Condition Examiners.", BODY))
    s.append(Paragraph("<b>Issue 1</b>", H3))
    s.append(Paragraph("The Board's Licensing Requirements Create Unnecessary Barriers to Entry Without a Clear "
                       "Public Protection Benefit.", BODY))
    s.append(Paragraph("<i>Key Recommendations</i>", BODY))
    s.append(Paragraph("Replace the 480-hour experience requirement with a set number of supervised inspections.",
                       BUL, bulletText="\u2022"))
    s.append(Paragraph("Do away with the separate apprentice license.", BUL, bulletText="\u2022"))
    s.append(Paragraph("<b>Issue 2</b>", H3))
    s.append(Paragraph("The Board Lacks Basic Enforcement Tools to Protect Consumers From Substandard "
                       "Inspections.", BODY))
    s.append(Paragraph("<i>Key Recommendations</i>", BODY))
    s.append(Paragraph("Give the board authority to impose administrative penalties and order refunds.", BUL,
                       bulletText="\u2022"))
    s.append(Paragraph("Require fingerprint-based background checks for new applicants.", BUL, bulletText="\u2022"))
    s.append(Paragraph("<b>Issue 3</b>", H3))
    s.append(Paragraph("Texas Has a Continuing Need to Regulate Property Inspectors, but the Board's Stand-Alone "
                       "Administrative Structure Is Inefficient.", BODY))
    s.append(Paragraph("<i>Key Recommendations</i>", BODY))
    s.append(Paragraph("Continue the board for 12 years.", BUL, bulletText="\u2022"))
    s.append(Paragraph("Use the Texas Department of Licensing and Regulation for back-office functions.", BUL,
                       bulletText="\u2022"))
    s.append(Paragraph("<b>Fiscal Implication Summary</b>", H3))
    s.append(Paragraph("Overall, the recommendations would result in a net positive fiscal impact to the State of "
                       "about $151,000 a year, mainly from savings under Recommendation 3.2, as summarized in the "
                       "table at the end of this report.", BODY))
    s.append(Spacer(1, 14))

    # Issue 1
    s.append(Paragraph("Issue 1", ISSUE))
    s.append(Paragraph("The Board's Licensing Requirements Create Unnecessary Barriers to Entry Without a Clear "
                       "Public Protection Benefit.", ISSUET))
    s.append(Paragraph("Background", H2))
    s.append(Paragraph("A person may perform a real estate inspection for a fee only if licensed by the board. An "
                       "applicant for a professional inspector license must complete 194 hours of approved "
                       "education, pass the national and state examinations, and complete 480 hours of field "
                       "experience under a licensed professional inspector while holding an apprentice "
                       "license.<super>1</super> In fiscal year 2025, the board issued 602 new professional "
                       "licenses and 455 apprentice licenses.", BODY))
    s.append(Paragraph("Findings", H2))
    s.append(Paragraph("Texas' 480-hour field experience requirement is the highest of any state that licenses home "
                       "inspectors and is not linked to consumer harm.", FIND))
    s.append(Paragraph("Of the 34 other states that license home inspectors, 21 require no field experience and the "
                       "rest require between 25 and 50 supervised inspections. Sunset staff found no evidence that "
                       "Texas inspectors generate fewer complaints than inspectors in those states. Applicants "
                       "reported waiting months to find a licensed inspector willing to supervise them, and 38 "
                       "percent of apprentices licensed in 2022 had not become professional inspectors by 2025.",
                       BODY))
    s.append(Paragraph("The apprentice license adds cost and paperwork but no meaningful oversight.", FIND))
    s.append(Paragraph("Apprentices pay a $75 license fee and complete the same background check as professional "
                       "inspectors, yet the law already makes the supervising inspector responsible for all of the "
                       "apprentice's work. The board has never taken disciplinary action against an apprentice.",
                       BODY))
    s.append(Paragraph("Applicants cannot compare the quality of education providers.", FIND))
    s.append(Paragraph("First-attempt pass rates on the national examination vary from 31 to 88 percent between "
                       "providers, but the board does not publish them, so prospective inspectors have no way to "
                       "judge which courses prepare students well.", BODY))
    s.append(Paragraph("Recommendations", H2))
    s.append(Paragraph("Change in Statute", H3))
    s.append(Paragraph("<b>1.1</b>\u2003Eliminate the requirement that applicants complete 480 hours of supervised "
                       "field experience, and instead require an applicant to complete 40 inspections under the "
                       "direct supervision of a licensed professional inspector.", REC))
    s.append(Paragraph("This recommendation would bring Texas in line with the states that require field experience "
                       "and would let applicants qualify in weeks rather than months.", BODY))
    s.append(Paragraph("<b>1.2</b>\u2003Abolish the apprentice inspector license and allow a person to perform "
                       "inspections under supervision without holding a separate license from the board.", REC))
    s.append(Paragraph("Management Action", H3))
    s.append(Paragraph("<b>1.3</b>\u2003Direct the board to publish on its website, each fiscal year, the "
                       "first-attempt pass rates on the national and state examinations for each approved education "
                       "provider.", REC))
    s.append(Paragraph("Fiscal Implication", H3))
    s.append(Paragraph("Abolishing the apprentice license would reduce fee revenue by about $34,000 a year, which the "
                       "board could offset by adjusting other fees.", BODY))
    s.append(Paragraph("<font size='8.2'><super>1</super> Texas Occupations Code, Section 1103A.204; 22 Texas "
                       "Administrative Code, Section 535.208.</font>", NOTE))

    # Issue 2
    s.append(Spacer(1, 10))
    s.append(Paragraph("Issue 2", ISSUE))
    s.append(Paragraph("The Board Lacks Basic Enforcement Tools to Protect Consumers From Substandard "
                       "Inspections.", ISSUET))
    s.append(Paragraph("Findings", H2))
    s.append(Paragraph("Consumers who receive a negligent inspection should be made whole, but the board cannot "
                       "order a licensee to pay restitution.", FIND))
    s.append(Paragraph("The board's only remedies are reprimand, suspension and revocation, and claims against the "
                       "recovery fund, which require a court judgment. In fiscal year 2025, the median repair cost "
                       "in the complaints the board upheld was $8,200. In 2013, the Sunset Commission recommended "
                       "that the board \u201cseek authority to assess administrative penalties against licensees "
                       "who violate the standards of practice,\u201d but the Legislature did not adopt that "
                       "recommendation.", BODY))
    s.append(Paragraph("The board does not check applicants' criminal histories against national records.", FIND))
    s.append(Paragraph("Inspectors enter occupied homes, often alone. The board checks only Texas records by name, "
                       "while most occupational licensing agencies with similar access to homes use fingerprint "
                       "checks.", BODY))
    s.append(Paragraph("The board investigates complaints in the order received.", FIND))
    s.append(Paragraph("Complaints alleging a missed structural or safety defect wait behind complaints about "
                       "report formatting; the average time to resolve a complaint rose from 141 days in 2021 to "
                       "236 days in 2025.", BODY))
    s.append(Paragraph("Recommendations", H2))
    s.append(Paragraph("Change in Statute", H3))
    s.append(Paragraph("<b>2.1</b>\u2003Authorize the board to assess administrative penalties of up to $5,000 per "
                       "violation and to order a licensee to refund the inspection fee or pay restitution to a "
                       "consumer harmed by a substandard inspection.", REC))
    s.append(Paragraph("<b>2.2</b>\u2003Require each applicant for an initial license to submit fingerprints for a "
                       "national criminal history background check through the Department of Public Safety.", REC))
    s.append(Paragraph("Management Action", H3))
    s.append(Paragraph("<b>2.3</b>\u2003Direct the board to adopt a risk-based approach to complaint investigations "
                       "that gives priority to complaints alleging a missed safety or structural defect.", REC))
    s.append(Paragraph("Fiscal Implication", H3))
    s.append(Paragraph("Administrative penalties would be deposited to the general revenue fund; the amount cannot "
                       "be estimated. Applicants would pay the fingerprinting fee of about $38 directly to the "
                       "vendor.", BODY))

    # Issue 3
    s.append(Spacer(1, 10))
    s.append(Paragraph("Issue 3", ISSUE))
    s.append(Paragraph("Texas Has a Continuing Need to Regulate Property Inspectors, but the Board's Stand-Alone "
                       "Administrative Structure Is Inefficient.", ISSUET))
    s.append(Paragraph("Findings", H2))
    s.append(Paragraph("Texas has a continuing need to license property inspectors.", FIND))
    s.append(Paragraph("A poor inspection can expose a buyer to tens of thousands of dollars in unforeseen repairs, "
                       "and buyers are rarely able to judge an inspector's competence for themselves.", BODY))
    s.append(Paragraph("The board spends a third of its budget on functions other agencies already perform at "
                       "scale.", FIND))
    s.append(Paragraph("The board maintains its own licensing database, call center and information technology "
                       "staff. The Texas Department of Licensing and Regulation (TDLR) performs these functions for "
                       "39 programs and estimates that it could perform them for the board for about $420,000 a "
                       "year, compared with the board's current cost of about $605,000.", BODY))
    s.append(Paragraph("Recommendations", H2))
    s.append(Paragraph("Change in Statute", H3))
    s.append(Paragraph("<b>3.1</b>\u2003Continue the Texas Board of Home Inspection and Property Condition Examiners "
                       "for 12 years.", REC))
    s.append(Paragraph("<b>3.2</b>\u2003Require the board to enter into an interagency contract with the Texas "
                       "Department of Licensing and Regulation for licensing application processing, call center "
                       "services and information technology support.", REC))
    s.append(Paragraph("Under this recommendation the board would remain the policymaking body for the profession and "
                       "would keep its own executive director and enforcement staff.", BODY))

    s.append(Paragraph("Provisions Not Recommended", H2))
    s.append(Paragraph("Sunset staff considered whether to abolish the recovery fund, whose balance has exceeded "
                       "$4 million since 2019, but does not recommend doing so, since it remains the only route to "
                       "compensation for some consumers.", BODY))

    s.append(Paragraph("Applying Across-the-Board Provisions", H2))
    s.append(Paragraph("The Sunset Commission applies standard provisions to agencies under review. All of the "
                       "following provisions already apply to the board, so no change is needed:", BODY))
    data = [[Paragraph("Provision", CELLB), Paragraph("Status", CELLB)],
            [Paragraph("Public membership on the policymaking body", CELL), Paragraph("Already in statute", CELL)],
            [Paragraph("Conflict-of-interest restrictions for board members", CELL),
             Paragraph("Already in statute", CELL)],
            [Paragraph("Training for board members before taking office", CELL),
             Paragraph("Already in statute", CELL)],
            [Paragraph("Separation of policymaking and staff functions", CELL), Paragraph("Already in statute", CELL)],
            [Paragraph("Negotiated rulemaking and alternative dispute resolution policy", CELL),
             Paragraph("Already in statute", CELL)]]
    t = Table(data, colWidths=[4.2 * inch, 2.3 * inch], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ead9d4")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Fiscal Implication Summary", H2))
    data = [[Paragraph("Recommendation", CELLB), Paragraph("Fund", CELLB),
             Paragraph("Annual effect (FY 2027 onward)", CELLB)],
            [Paragraph("1.2", CELL), Paragraph("General Revenue", CELL), Paragraph("($34,000)", CELL)],
            [Paragraph("3.2", CELL), Paragraph("General Revenue", CELL), Paragraph("$185,000 savings, net of "
                                                                                  "contract cost", CELL)],
            [Paragraph("<b>Total</b>", CELL), Paragraph("", CELL), Paragraph("<b>$151,000</b>", CELL)]]
    t = Table(data, colWidths=[1.6 * inch, 2.0 * inch, 2.9 * inch], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ead9d4")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(t)
    doc.build(s)


def response(path):
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=1.0 * inch, rightMargin=1.0 * inch,
                          topMargin=0.9 * inch, bottomMargin=0.85 * inch,
                          title="Agency Response to the Sunset Staff Report", author="", creator="", producer="")
    doc._invariant = 1
    w, h = letter

    def deco(c, d):
        c.saveState()
        if d.page == 1:
            c.setFillColor(MAROON)
            c.rect(0, h - 0.3 * inch, w, 0.3 * inch, stroke=0, fill=1)
        else:
            c.setFont("LS", 8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(1.0 * inch, h - 0.55 * inch, "Ms. Marisol Ybarra, Sunset Advisory Commission")
            c.drawRightString(w - 1.0 * inch, h - 0.55 * inch, "December 3, 2025")
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(w / 2, 0.5 * inch, "P.O. Box 13842  |  Austin, Texas 78711  |  (512) 555-0142  |  "
                                                 "Page %d" % d.page)
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width,
                                                             doc.height, id="f")], onPage=deco)])
    s = []
    s.append(Paragraph("TEXAS BOARD OF HOME INSPECTION AND PROPERTY CONDITION EXAMINERS",
                       ParagraphStyle("lh", fontName="LSB", fontSize=12, leading=15, textColor=MAROON)))
    s.append(Paragraph("Patricia Alvarado-Kemp, Executive Director &#183; Harlan W. Decker, Presiding Officer",
                       ParagraphStyle("lh2", fontName="LS", fontSize=8.5, leading=11, spaceAfter=14)))
    s.append(Paragraph("December 3, 2025", LET))
    s.append(Paragraph("Ms. Marisol Ybarra, Director<br/>Sunset Advisory Commission<br/>Robert E. Johnson Building, "
                       "Sixth Floor<br/>Austin, Texas 78701", LET))
    s.append(Paragraph("<b>Re: Agency Response to the Sunset Staff Report on the Texas Board of Home Inspection and "
                       "Property Condition Examiners</b>", LET))
    s.append(Paragraph("Dear Ms. Ybarra:", LET))
    s.append(Paragraph("On behalf of the board, thank you and your staff for a thorough and collegial review. The "
                       "board discussed the staff report at its meeting on November 21, 2025, and authorized me to "
                       "submit this response. Because the enforcement issues matter most to the consumers we serve, "
                       "we address Issue 2 first.", LET))
    s.append(Paragraph("Issue 2 \u2014 Enforcement", LETH))
    s.append(Paragraph("<b>Recommendations 2.1 and 2.2</b>", LET))
    s.append(Paragraph("The board agrees with Recommendation 2.1. Penalty and restitution authority would let the "
                       "board resolve a case in which a missed roof leak cost a family thousands of dollars without "
                       "sending that family to court. The board would adopt a penalty matrix by rule within six "
                       "months of the effective date of the legislation.", LET))
    s.append(Paragraph("Fingerprint-based checks are a policy choice for the Legislature, and the board takes no "
                       "position on Recommendation 2.2. We note only that the fee would fall on applicants, many of "
                       "whom are career changers, and that the board would need a rule change and about nine months "
                       "to implement the requirement if enacted.", LET))
    s.append(Paragraph("<b>Recommendation 2.3</b>", LET))
    s.append(Paragraph("The board does not dispute the need to prioritize complaints. Staff began triaging new "
                       "complaints into three risk tiers on October 1, 2025, and safety-related complaints are now "
                       "assigned to an investigator within five business days.", LET))
    s.append(Paragraph("Issue 1 \u2014 Licensing", LETH))
    s.append(Paragraph("<b>Recommendation 1.1</b>", LET))
    s.append(Paragraph("The board supports Recommendation 1.1. Our Education and Experience Committee reached the "
                       "same conclusion in 2024, and we are ready to propose conforming rules as soon as the statute "
                       "is amended.", LET))
    s.append(Paragraph("<b>Recommendation 1.2</b>", LET))
    s.append(Paragraph("The board agrees that a separate apprentice license is not needed, but asks the Commission to "
                       "adopt a modification: persons training under supervision should still register with the "
                       "board, without a fee, so that the board knows who is inspecting homes and which "
                       "professional inspector is accountable for them. Without registration, the board could not "
                       "trace a complaint about a trainee to the supervising inspector.", LET))
    s.append(Paragraph("Issue 3 \u2014 Continuation and Administrative Structure", LETH))
    s.append(Paragraph("<b>Recommendation 3.2</b>", LET))
    s.append(Paragraph("The board respectfully disagrees with Recommendation 3.2. The board replaced its licensing "
                       "database in 2023 at a cost of $1.1 million, and moving to another agency's system would "
                       "waste that investment. In our experience, licensees who call the board expect to reach "
                       "staff who know the inspection standards of practice, and an outsourced call center could "
                       "not offer that.", LET))
    s.append(Paragraph("<b>Recommendation 3.1</b>", LET))
    s.append(Paragraph("The board appreciates the finding that the State has a continuing need for its work and "
                       "agrees with continuation for 12 years.", LET))
    s.append(Paragraph("New Issue Proposed by the Board", LETH))
    s.append(Paragraph("The board asks the Commission to consider one issue not raised in the staff report: "
                       "statutory authority to require that every inspection report be delivered on the "
                       "board-promulgated electronic form, so that consumers and lenders receive reports in a "
                       "consistent format.", LET))
    s.append(Paragraph("The board and its staff look forward to working with the Commission and the Legislature. "
                       "Please let me know if you need anything further.", LET))
    s.append(Paragraph("Sincerely,", LET))
    s.append(Paragraph("Patricia Alvarado-Kemp<br/>Executive Director", LET))
    doc.build(s)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1.1", "starts_with": "Eliminate the requirement that applicants complete 480 hours of supervised",
         "reply_contains": "Our Education and Experience Committee reached the same conclusion",
         "verdict": "agrees"},
        {"number": "1.2", "starts_with": "Abolish the apprentice inspector license and allow a person to",
         "reply_contains": "persons training under supervision should still register with the board",
         "verdict": "partly"},
        {"number": "1.3", "starts_with": "Direct the board to publish on its website, each fiscal",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "2.1", "starts_with": "Authorize the board to assess administrative penalties of up to",
         "reply_contains": "The board would adopt a penalty matrix by rule", "verdict": "agrees"},
        {"number": "2.2", "starts_with": "Require each applicant for an initial license to submit fingerprints",
         "reply_contains": "Fingerprint-based checks are a policy choice for the Legislature",
         "verdict": "noted"},
        {"number": "2.3", "starts_with": "Direct the board to adopt a risk-based approach to complaint",
         "reply_contains": "began triaging new complaints into three risk tiers", "verdict": "agrees"},
        {"number": "3.1", "starts_with": "Continue the Texas Board of Home Inspection and Property Condition",
         "reply_contains": "agrees with continuation for 12 years", "verdict": "agrees"},
        {"number": "3.2", "starts_with": "Require the board to enter into an interagency contract with",
         "reply_contains": "moving to another agency's system would waste that investment",
         "verdict": "disagrees"},
    ]
    unmatched = ["be delivered on the board-promulgated electronic form"]
    notes = ("Texas Sunset Advisory Commission staff report on an invented licensing board (reportlab, US Letter; "
             "page 1 has a full-width title, a shaded 'Agency at a Glance' SIDEBAR frame on the left and the "
             "Summary in the right frame; drawn running header and footer with page numbers; a footnote at the end "
             "of Issue 1). Eight recommendations numbered by issue, 1.1-1.3, 2.1-2.3, 3.1-3.2, as bold hanging "
             "numbers before imperative sentences ('Eliminate ...', 'Authorize ...', 'Direct the board to ...', "
             "'Continue ...') under 'Change in Statute' / 'Management Action' sub-heads inside each Issue. Traps: "
             "the Summary's 'Key Recommendations' bullets paraphrase only six of them (1.3 and 2.3 missing) and "
             "differ from the full text; bold Findings sentences, one containing 'should be made whole'; a quoted "
             "2013 Sunset Commission recommendation on administrative penalties that the Legislature did not adopt; "
             "'Provisions Not Recommended' ('does not recommend' abolishing the recovery fund); an "
             "Across-the-Board Provisions table in which every provision is 'Already in statute'; a Fiscal "
             "Implication Summary table listing recommendations 1.2 and 3.2 by number only; Issue titles "
             "'Issue 1'-'Issue 3' and numbers such as '480 hours' and '12 years'. Response: the executive "
             "director's letter (second page with its own running header), bold sub-headings 'Recommendations 2.1 "
             "and 2.2' (ONE section, two paragraphs: 2.1 agrees with a penalty matrix; 2.2 'takes no position', a "
             "policy choice for the Legislature = noted), 'Recommendation 2.3' ('does not dispute the need', "
             "triage already started = agrees), 1.1 'supports' (agrees), 1.2 agrees a separate license is not "
             "needed but asks for a 'modification' keeping a fee-free registration (partly), then 3.2 before 3.1 "
             "(3.2 'respectfully disagrees' = disagrees; 3.1 agrees with continuation), grouped under 'Issue 2 / "
             "Issue 1 / Issue 3' headings in that order; 1.3 (publishing pass rates) is never answered; the section "
             "'New Issue Proposed by the Board' (electronic report form) answers no recommendation (unmatched); "
             "opening and closing paragraphs answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 87 (EN): a New Zealand CHIEF ARCHIVIST'S PUBLIC RECORDS ACT AUDIT REPORT (recommendations in shaded boxes
coded PRA-R1 ... PRA-R7 inside the findings) answered by the Ministry's CHIEF EXECUTIVE'S LETTER citing the codes.
reportlab platypus, A4, cleaned DejaVu. Bodies, people and figures invented.
Run:  /tmp/blind87en/bin/python tests/docs/src/blind87/gen_en_public_records_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b87en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind87_en_public_records"
for suf, f in zip(("", "-B", "-I", "-BI"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont("DV" + suf, H.clean_font(f)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
INK = colors.HexColor("#5a2d0c")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.6, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=18, leading=22, textColor=INK, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=INK, spaceBefore=9, spaceAfter=4)
cell = ParagraphStyle("c", fontName="DV", fontSize=8.6, leading=11.4)
cellb = ParagraphStyle("cb", parent=cell, fontName="DV-B")
quote = ParagraphStyle("q", parent=body, leftIndent=10 * mm, fontName="DV-I")
P = Paragraph

RECS = {
    1: "The Ministry should approve a current information management strategy and name an executive sponsor for it by 30 June 2027.",
    2: "The Ministry should complete a retention and disposal schedule for its regional compliance files and submit it to the Chief Archivist for approval.",
    3: "The Ministry should move all active compliance case records from shared network drives into the approved records system.",
    4: "The Ministry should carry out a full inventory of the paper records held at its Nelson and Timaru offices.",
    5: "The Ministry should include records management training in the induction of all new staff and contractors.",
    6: "The Ministry should transfer to the Archives repository all records of long-term value that are more than 25 years old.",
    7: "The Ministry should write records management requirements into the procurement of its new fishing permit system.",
}


def box(n):
    return Table([[P("<b>Recommendation PRA-R%d</b>" % n, cell)], [P(RECS[n], cell)]], colWidths=[168 * mm],
                 style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6ead9")),
                                   ("BOX", (0, 0), (-1, -1), 0.8, INK), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                                   ("TOPPADDING", (0, 0), (0, 0), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))


def frame_adv(c, d):
    c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
    c.drawString(20 * mm, 287 * mm, "Archives New Zealand  |  Public Records Act 2005 audit  |  PRA-2026-14")
    c.drawRightString(190 * mm, 12 * mm, "%d" % d.page); c.restoreState()


def frame_rsp(c, d):
    c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
    c.drawCentredString(105 * mm, 12 * mm, "Ministry for Inland Fisheries  |  PO Box 3127, Wellington 6140  |  page %d" % d.page)
    c.restoreState()


def advice():
    s = [P("ARCHIVES NEW ZEALAND  |  OFFICE OF THE CHIEF ARCHIVIST", ParagraphStyle("k", fontName="DV-B", fontSize=8, textColor=INK)),
         Spacer(1, 3 * mm), P("Public Records Act 2005 Audit Report", h1),
         P("Ministry for Inland Fisheries", ParagraphStyle("s", fontName="DV", fontSize=12.5, leading=16)),
         P("Audit reference PRA-2026-14 &middot; Fieldwork May 2026 &middot; Report issued 19 August 2026",
           ParagraphStyle("m", fontName="DV", fontSize=8.5, spaceBefore=4, spaceAfter=8)),
         P("1. Introduction", h2),
         P("Section 33 of the Public Records Act 2005 (the Act) requires every public office to be audited for its "
           "recordkeeping practices. This audit of the Ministry for Inland Fisheries (the Ministry) was carried out for the "
           "Chief Archivist by Harbourside Assurance Ltd between 4 and 22 May 2026. It assessed the Ministry against the "
           "Information and Records Management Standard (16/S1) using the five-level maturity model. We interviewed 22 staff "
           "in Wellington, Nelson and Timaru and reviewed 140 sample files."),
         P("Section 17(1) of the Act requires every public office to create and maintain full and accurate records of its "
           "affairs. This is a legal requirement, not a recommendation of this report. The Ministry's last audit, in 2019, "
           "said that:"),
         P("'the Ministry should appoint an information manager reporting to a member of the executive leadership team'.", quote),
         P("That position was filled in 2020 and we make no further comment on it."),
         P("2. Summary of maturity ratings", h2)]
    rows = [[P("Topic", cellb), P("Category", cellb), P("2019", cellb), P("2026", cellb)],
            ["1. IM strategy", "Governance", "Beginning", "Beginning"],
            ["6. Self-monitoring", "Governance", "Progressing", "Progressing"],
            ["10. Business systems", "Creation", "Beginning", "Progressing"],
            ["13. Storage and location", "Management", "Progressing", "Beginning"],
            ["16. Retention and disposal", "Disposal", "Beginning", "Beginning"],
            ["18. Staff capability", "Capability", "Progressing", "Progressing"]]
    rows = [rows[0]] + [[P(x, cell) for x in r] for r in rows[1:]]
    s.append(Table(rows, colWidths=[52 * mm, 40 * mm, 38 * mm, 38 * mm], style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8d3b8")), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b59a7a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    s += [Spacer(1, 3 * mm), P("3. Governance", h2),
          P("The Ministry's information management strategy dates from 2017 and refers to systems that have since been "
            "retired. Nobody we interviewed could say which executive was responsible for it. The Standard says that "
            "a public office must assign responsibility for information management to a senior executive; the Ministry "
            "meets this only on paper."),
          P("<b>Finding 1.</b> The information management strategy is out of date and has no owner at executive level."),
          box(1), Spacer(1, 3 * mm),
          P("4. Creation and business systems", h2),
          P("Since 2019 the Ministry has moved its finance and human resources records into the approved records system, "
            "and the rating for business systems has improved. Compliance officers, however, still keep most case files on "
            "shared network drives, where folders can be renamed or deleted without trace. Several staff told us the drive "
            "structure should be simpler; we agree, but a simpler drive is not a substitute for a records system."),
          P("<b>Finding 2.</b> 61 of the 80 compliance files sampled were held only on shared drives."),
          box(3), Spacer(1, 3 * mm),
          P("The Ministry plans to replace its fishing permit database in 2027-28. New systems are the easiest point at which "
            "to build in metadata, retention and export functions."),
          box(7), Spacer(1, 3 * mm),
          P("5. Storage and location", h2),
          P("The Nelson and Timaru offices hold an estimated 410 metres of paper records, of which no list exists. In Timaru "
            "boxes are stored in a basement that flooded in February 2025; we saw water staining on 14 boxes. Records more than "
            "25 years old must be transferred to Archives New Zealand or deferred under section 22 of the Act, unless they "
            "are covered by an approved disposal authority."),
          box(4), Spacer(1, 3 * mm), box(6), Spacer(1, 3 * mm),
          P("6. Retention and disposal", h2),
          P("The Ministry relies on the General Disposal Authorities and an authority approved in 2009 that does not cover "
            "regional compliance work. As a result no regional compliance records have been destroyed or transferred since "
            "2011. Finding 4 in paragraph 5 above is related."),
          box(2), Spacer(1, 3 * mm),
          P("7. Capability", h2),
          P("Staff know where to find help, and the information manager runs an annual refresher. New staff and contractors, "
            "however, receive no records guidance until the first refresher, which can be up to eleven months after they start. "
            "Contractors made up 18 per cent of the compliance workforce in 2025-26."),
          box(5), Spacer(1, 3 * mm),
          P("8. Next steps", h2),
          P("The Chief Archivist asks the Chief Executive to respond to this report within 30 working days. The response "
            "will be published with the report on the Archives New Zealand website, and progress will be followed up in the "
            "Chief Archivist's annual report on the state of government recordkeeping.")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="PRA-2026-14")
    doc.build(s, onFirstPage=frame_adv, onLaterPages=frame_adv)


def response():
    s = [P("MINISTRY FOR INLAND FISHERIES", ParagraphStyle("k", fontName="DV-B", fontSize=13, textColor=colors.HexColor("#1d4e6b"))),
         P("Office of the Chief Executive", ParagraphStyle("k2", fontName="DV", fontSize=8.5, spaceAfter=10)),
         P("24 September 2026"),
         P("Anahera Whitcombe<br/>Chief Archivist<br/>Archives New Zealand<br/>Wellington"),
         P("Dear Ms Whitcombe"),
         P("<b>Public Records Act audit PRA-2026-14: the Ministry's response</b>"),
         P("Thank you for the audit report of 19 August 2026 and for the courtesy shown to our staff by the audit team during "
           "fieldwork. The executive leadership team considered the report at its meeting on 15 September 2026, and I set out "
           "our response to the recommendations below."),
         P("<b>PRA-R5.</b> I am pleased to say this is already done. Since 1 July 2026 every new employee and contractor "
           "completes a 40-minute records module in their first week, and completion is reported to me each month."),
         P("<b>PRA-R3.</b> We accept this recommendation. The compliance team will move its active case files into the "
           "records system by 31 March 2027, and write access to the compliance shared drive will then be withdrawn."),
         P("<b>PRA-R2 and PRA-R6.</b> We will draft a disposal schedule covering the regional compliance files, starting "
           "with fisheries infringement files, which make up most of the volume; the remaining classes will follow once the "
           "first part is approved. On transfer, we do not agree that records over 25 years old should be moved to the "
           "repository now. Many of the older Nelson files are subject to legal holds relating to quota settlement claims, "
           "and we intend to seek a deferral of transfer under section 22 until those claims are resolved."),
         P("<b>PRA-R7.</b> Agreed. The requirements document for the permit system replacement, to be released to the market "
           "in February 2027, will include metadata, retention and export requirements reviewed by our information manager."),
         P("<b>PRA-R1.</b> The leadership team notes this recommendation. We will consider how a refreshed information "
           "management strategy fits with the Ministry's digital strategy, which is itself being revised in 2027, and I will "
           "write to you again once that work has been scoped."),
         P("<b>Other matters</b>"),
         P("You will be aware that the Ministry notified the Privacy Commissioner in June 2026 of a misdirected email "
           "containing licence-holder addresses. That matter was not part of the audit; the Commissioner has since closed "
           "the file and our review of email handling is complete."),
         P("If your team would like to discuss any of these points, please contact our information manager, Rohan "
           "Pettigrew, in the first instance. I look forward to reporting on progress next year."),
         P("Yours sincerely"), Spacer(1, 8 * mm),
         P("Dr Helen Marsters<br/>Chief Executive and Secretary for Inland Fisheries")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1, title="Response to PRA-2026-14")
    doc.build(s, onFirstPage=frame_rsp, onLaterPages=frame_rsp)


advice(); response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "The Ministry should approve a current information management strategy and",
     "reply_contains": "The leadership team notes this recommendation", "verdict": "noted"},
    {"number": 2, "starts_with": "The Ministry should complete a retention and disposal schedule for",
     "reply_contains": "starting with fisheries infringement files, which make up most", "verdict": "partly"},
    {"number": 3, "starts_with": "The Ministry should move all active compliance case records from",
     "reply_contains": "will move its active case files into the records system", "verdict": "agrees"},
    {"number": 4, "starts_with": "The Ministry should carry out a full inventory of the",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 5, "starts_with": "The Ministry should include records management training in the induction",
     "reply_contains": "completes a 40-minute records module in their first week", "verdict": "agrees"},
    {"number": 6, "starts_with": "The Ministry should transfer to the Archives repository all records",
     "reply_contains": "we do not agree that records over 25 years old", "verdict": "disagrees"},
    {"number": 7, "starts_with": "The Ministry should write records management requirements into the procurement",
     "reply_contains": "to be released to the market in February 2027", "verdict": "agrees"},
], ["Thank you for the audit report of 19 August 2026",
    "notified the Privacy Commissioner in June 2026 of a misdirected email",
    "I look forward to reporting on progress next year"],
   "Advice: NZ Chief Archivist's Public Records Act 2005 audit report, reportlab, A4; recs = seven shaded BOXES coded "
   "'Recommendation PRA-R1' ... 'PRA-R7' inside the findings sections (not in code order on the page: 1, 3, 7, 4, 6, 2, 5); "
   "traps: s 33 and s 17(1) 'requires', the 2019 audit's 'the Ministry should appoint an information manager' quoted, "
   "'The Standard says that a public office must', 'should be simpler', bold 'Finding 1/2', maturity table, s 22. "
   "Response: Chief Executive's letter citing codes, order R5, R3, R2+R6, R7, R1; ONE paragraph 'PRA-R2 and PRA-R6' = "
   "schedule for infringement files first (2 partly) + do not agree to transfer now (6 disagrees); R4 (inventory of paper "
   "records) unanswered; thanks, 'Other matters' (privacy breach), closing answer nothing.")
sys.exit(H.main([NAME]))

"""Blind round 14 (en): ANAO-style performance audit report + the department's response (letter and
Attachment A table). Engine: reportlab (DejaVu Serif/Sans, subset-embedded), A4.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind14enenv/bin/python tests/docs/src/blind14/gen_en_anao_rl.py
Writes tests/docs/blind14_en_anao_advice.pdf and tests/docs/blind14_en_anao_response.pdf;
check the expected phrases with  /tmp/blind14enenv/bin/python tests/docs/src/blind14/_en_b14.py blind14_en_anao
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b14 as H
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

H.rl_register()
rl_config.canvas_basefontname = "Sans"  # no unembedded Helvetica in the font list
DEPT = "Department of Regional Development and Local Government"
NAVY = colors.HexColor("#1f3a5f")
TINT = colors.HexColor("#e8eef5")

body = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=7.6, leading=9.6, spaceAfter=2)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=15, leading=19, textColor=NAVY, spaceBefore=4, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=11, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="Sans-Bold", fontSize=9.6, leading=12.5, spaceBefore=4, spaceAfter=3)
cell = ParagraphStyle("cell", fontName="Sans", fontSize=8.6, leading=11, alignment=TA_LEFT)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Sans-Bold")
recst = ParagraphStyle("recst", fontName="Sans", fontSize=9.2, leading=12.2, alignment=TA_LEFT, spaceAfter=3)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=10, leading=16)

RECS = [
    ("1", "2.18", f"The {DEPT} document the basis on which funding is allocated between the competitive "
     "and targeted streams of the program, and publish that rationale before each future funding round opens.",
     "Agreed."),
    ("2", "2.34", "The department strengthen its assessment of applicants' capacity to deliver by verifying "
     "co-contributions and reviewing council financial sustainability indicators before funding "
     "recommendations are provided to the Minister.", "Agreed in part."),
    ("3", "3.21", "The department ensure that its written advice to the decision-maker records the reasons "
     "for each funding decision that departs from the assessment panel's merit ranking, consistent with the "
     "Commonwealth Grants Rules and Principles 2024.", "Agreed."),
    ("4", "3.40", "The department implement a conflict of interest framework for assessment panel members "
     "that includes declarations at each stage of assessment, a central register and periodic assurance "
     "reviews of compliance.", "Agreed."),
    ("5", "4.15", "The department, in consultation with the Department of Finance, improve the timeliness "
     "and accuracy of grant information reported on GrantConnect so that variations and revised end dates "
     "are published within 21 days.", "Noted."),
    ("6", "4.29", "The department develop, and report against, performance measures that assess whether "
     "funded projects have delivered the community outcomes set out in the program guidelines.",
     "Not agreed."),
]


def numbered(n, text):
    t = Table([[Paragraph(n, ParagraphStyle("pn", parent=body, fontName="Sans", fontSize=8.6)),
                Paragraph(text, body)]], colWidths=[13 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 2), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return t


def rec_box(no, para, text, resp, *, summary):
    left = [Paragraph(f"<b>Recommendation no. {no}</b>", cell)]
    if summary:
        left.append(Paragraph(f"Paragraph {para}", cell))
    else:
        left = [Paragraph(f"<b>Recommendation no. {no}</b>", cell), Paragraph(para, cell)]
    right = [Paragraph(text, recst),
             Paragraph(f"<b>{DEPT} response:</b> <i>{resp}</i>", cell)]
    t = Table([[left, right]], colWidths=[38 * mm, None])
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    if not summary:
        style += [("BACKGROUND", (0, 0), (-1, -1), TINT), ("BOX", (0, 0), (-1, -1), 0.6, NAVY)]
    else:
        style += [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey)]
    t.setStyle(TableStyle(style))
    return KeepTogether([t, Spacer(1, 5)])


def advice_furniture(c, doc):
    pno = c.getPageNumber()
    if pno == 1:
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, A4[1] - 95 * mm, A4[0], 95 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Sans-Bold", 11)
        c.drawString(22 * mm, A4[1] - 25 * mm, "The Auditor-General")
        c.setFont("Sans", 10)
        c.drawString(22 * mm, A4[1] - 31 * mm, "Auditor-General Report No. 31 2024\u201325")
        c.drawString(22 * mm, A4[1] - 37 * mm, "Performance Audit")
        c.setFont("Sans-Bold", 21)
        c.drawString(22 * mm, A4[1] - 62 * mm, "Administration of the Regional")
        c.drawString(22 * mm, A4[1] - 71 * mm, "Community Infrastructure Program")
        c.setFont("Sans", 11)
        c.drawString(22 * mm, A4[1] - 82 * mm, DEPT)
        c.setFillColor(colors.black)
        c.setFont("Sans", 9)
        c.drawString(22 * mm, 30 * mm, "Australian National Audit Office")
        c.drawString(22 * mm, 25 * mm, "\u00a9 Commonwealth of Australia 2025  \u2022  ISBN 978-1-76033-912-4 (online)")
        c.restoreState()
        return
    c.saveState()
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, A4[1] - 12 * mm, "Auditor-General Report No. 31 2024\u201325")
    c.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm,
                      "Administration of the Regional Community Infrastructure Program")
    c.setFont("Sans", 8.5)
    c.drawCentredString(A4[0] / 2, 11 * mm, str(pno))
    c.restoreState()


def build_advice():
    out = H.DOCS / "blind14_en_anao_advice.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm,
                            title="Administration of the Regional Community Infrastructure Program",
                            author="Australian National Audit Office", creator="blind14 generator",
                            invariant=1)
    s = [PageBreak()]
    s.append(Paragraph("Contents", h1))
    for t, p in (("Summary and recommendations", "3"), ("Background", "3"), ("Conclusion", "3"),
                 ("Supporting findings", "3"), ("Recommendations", "4"), ("Summary of entity response", "4"),
                 ("Key messages from this audit for all Australian Government entities", "4"),
                 ("Audit findings", ""), ("2. Program design and assessment", "5"),
                 ("3. Funding decisions and probity", "5"), ("4. Reporting and performance measurement", "6"),
                 ("Appendices", ""), ("Appendix 1 Entity response", "7")):
        s.append(Paragraph(f"{t} {'.' * max(4, 110 - 2 * len(t)) if p else ''} {p}", toc))
    s.append(PageBreak())
    s.append(Paragraph("Summary and recommendations", h1))
    s.append(Paragraph("Background", h2))
    for n, t in (("1.", "The Regional Community Infrastructure Program (RCIP) was established in the 2022\u201323 "
                  "Budget with funding of $600 million over four years to support local governments and not-for-profit "
                  "organisations in regional Australia to build or upgrade community infrastructure. The program is "
                  "administered by the " + DEPT + " (the department), with grant agreements managed by the "
                  "Business Grants Hub.<super>1</super>"),
                 ("2.", "Three funding rounds had been completed by June 2024, with 412 projects approved for $463.8 "
                  "million. Round 1 and Round 2 were open competitive rounds; Round 3 combined a competitive stream "
                  "with a targeted stream for projects identified by the Government.")):
        s.append(numbered(n, t))
    s.append(Paragraph("Conclusion", h2))
    s.append(numbered("3.", "The department's administration of the program was partly effective. Its guidelines "
                      "and assessment processes were largely consistent with the Commonwealth Grants Rules and "
                      "Principles 2024 (CGRPs), but the basis for dividing funding between streams was not "
                      "documented, the decision-maker was not always advised of the reasons for departing from the "
                      "merit ranking, and the department cannot yet show what the funded projects have achieved."))
    s.append(Paragraph("Supporting findings", h2))
    for n, t in (("4.", "The program guidelines were published before each round opened, but 38 per cent of Round 3 "
                  "funding was allocated to the targeted stream without a documented rationale "
                  "(paragraphs 2.10 to 2.18)."),
                 ("5.", "Co-contributions claimed by 61 of the 180 sampled applicants were not verified, "
                  "and 14 projects were later varied because the applicant could not meet its share of costs "
                  "(paragraphs 2.25 to 2.34)."),
                 ("6.", "The Minister approved 27 projects that the panel had not recommended and "
                  "did not approve 19 that it had; the reasons were recorded for fewer than half of these decisions "
                  "(paragraphs 3.8 to 3.21).")):
        s.append(numbered(n, t))
    s.append(Paragraph("Recommendations", h2))
    s.append(numbered("7.", "The ANAO has made six recommendations aimed at improving the transparency of funding "
                      "decisions, probity and performance reporting."))
    for no, para, text, resp in RECS:
        s.append(rec_box(no, para, text, resp, summary=True))
    s.append(Paragraph("Summary of entity response", h2))
    s.append(numbered("8.", "The proposed audit report was provided to the department. The department's summary "
                      "response is reproduced below and its full response is at Appendix 1."))
    s.append(Paragraph("<i>The department welcomes the ANAO's finding that the program was largely delivered as "
                       "intended and has already begun strengthening its decision records and probity "
                       "arrangements for future rounds.</i>", ParagraphStyle("q", parent=body, leftIndent=14 * mm)))
    s.append(Paragraph("Key messages from this audit for all Australian Government entities", h2))
    s.append(Paragraph("Below is a summary of key messages, including instances of good practice, which have been "
                       "identified in this audit and may be relevant for the operations of other Australian "
                       "Government entities.", body))
    s.append(Paragraph("<b>Grants</b>", h3))
    s.append(Paragraph("\u2022 Where funding is divided between streams, the rationale for the division should be "
                       "documented and made public at the time guidelines are released.", body))
    s.append(Paragraph("\u2022 Records of funding decisions should show how the decision-maker took account of the "
                       "assessment of merit.", body))
    s.append(Paragraph("<font size=7.6>1 The Business Grants Hub is administered by the Department of Industry, "
                       "Science and Resources.</font>", small))
    s.append(PageBreak())
    s.append(Paragraph("Audit findings", h1))
    s.append(Paragraph("2. Program design and assessment", h2))
    s.append(numbered("2.10", "The guidelines for Round 3 stated that 'up to 40 per cent' of available funding "
                      "could be directed to the targeted stream. The department advised the ANAO that the figure "
                      "reflected an election commitment, but no brief or minute recording the basis for the split "
                      "was provided."))
    s.append(numbered("2.17", "Without a documented and published rationale, applicants to the competitive stream "
                      "could not know how much funding was realistically available to them."))
    s.append(rec_box(RECS[0][0], "2.18", RECS[0][2], RECS[0][3], summary=False))
    s.append(numbered("2.25", "The assessment of 'capacity to deliver' relied on the applicant's own statement. "
                      "Letters of support from co-funders were requested but not checked, and council financial "
                      "sustainability ratios published by state local government regulators were not used."))
    s.append(rec_box(RECS[1][0], "2.34", RECS[1][2], RECS[1][3], summary=False))
    s.append(Paragraph("3. Funding decisions and probity", h2))
    s.append(numbered("3.8", "Section 71 of the <i>Public Governance, Performance and Accountability Act 2013</i> "
                      "requires a Minister who approves a grant to record the basis of the approval. Of the 46 "
                      "decisions that departed from the panel's recommendations, 21 had a recorded reason."))
    s.append(rec_box(RECS[2][0], "3.21", RECS[2][2], RECS[2][3], summary=False))
    s.append(numbered("3.30", "Panel members signed a single conflict of interest declaration at the start of each "
                      "round. Four members declared interests after the assessment was complete, and no register "
                      "of declared interests was maintained."))
    s.append(rec_box(RECS[3][0], "3.40", RECS[3][2], RECS[3][3], summary=False))
    s.append(Paragraph("4. Reporting and performance measurement", h2))
    s.append(numbered("4.9", "The CGRPs require grant information to be reported on GrantConnect within 21 days. "
                      "For 112 of 412 grants, variations to end dates or amounts had not been reported by 30 June "
                      "2024."))
    s.append(rec_box(RECS[4][0], "4.15", RECS[4][2], RECS[4][3], summary=False))
    s.append(numbered("4.22", "The department's performance measure for the program counts the number of projects "
                      "completed. It does not measure whether facilities are used or whether the community "
                      "outcomes described in the guidelines have been achieved."))
    s.append(rec_box(RECS[5][0], "4.29", RECS[5][2], RECS[5][3], summary=False))
    s.append(Paragraph("Dr Thomas Kerrigan<br/>Auditor-General<br/>Canberra ACT<br/>12 June 2025",
                       ParagraphStyle("sig", parent=body, spaceBefore=10)))
    doc.build(s, onFirstPage=advice_furniture, onLaterPages=advice_furniture)
    return out


# ---------------------------------------------------------------- response

RESP = {
    "1": "The department will publish an allocation statement alongside the Round 4 guidelines, scheduled for "
         "release in October 2025, setting out the funding available to each stream and the reasons for the split.",
    "2": "The department will verify co-contributions above $250,000 against written commitments from co-funders "
         "from Round 4. However, the department does not consider it appropriate for the Commonwealth to assess "
         "the financial sustainability of councils, which are regulated by state and territory governments, and "
         "will instead rely on the applicant's certification.",
    "3": "Implemented. Since February 2025 the department has used a decision record template that captures the "
         "reasons for each departure from the panel's ranking, and this will be applied to all future rounds.",
    "4": "A central conflict of interest register was implemented in the department's grants management system "
         "on 3 March 2025. Panel members now declare interests at the eligibility, assessment and moderation "
         "stages, and the department's internal audit branch will review compliance annually from 2025\u201326.",
    "5": "GrantConnect is administered by the Department of Finance. The department will draw this recommendation "
         "to Finance's attention and continues to work with the Business Grants Hub on the timeliness of its "
         "own reporting.",
    "6": "The department does not agree that it should report community outcomes for individual projects. "
         "Facilities are owned and operated by grantees, and the cost of collecting outcome data would fall on "
         "small councils. The department will continue to report project completion and will publish case "
         "studies of completed projects.",
}
LABEL = {"1": "Agreed", "2": "Agreed in part", "3": "Agreed", "4": "Agreed", "5": "Noted", "6": "Not agreed"}


def response_furniture(c, doc):
    pno = c.getPageNumber()
    c.saveState()
    if pno == 1:
        c.setFillColor(NAVY)
        c.setFont("Sans-Bold", 10.5)
        c.drawString(20 * mm, A4[1] - 18 * mm, "Australian Government")
        c.setFont("Sans", 10)
        c.drawString(20 * mm, A4[1] - 23.5 * mm, DEPT)
        c.setFillColor(colors.black)
        c.setFont("Sans", 8)
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 18 * mm, "SECRETARY")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 22 * mm, "GPO Box 594 Canberra ACT 2601")
        c.drawRightString(A4[0] - 20 * mm, A4[1] - 26 * mm, "Ref: SEC25-004417")
        c.setStrokeColor(NAVY)
        c.line(20 * mm, A4[1] - 30 * mm, A4[0] - 20 * mm, A4[1] - 30 * mm)
    c.setFont("Sans", 7.5)
    c.setFillColor(colors.grey)
    c.drawCentredString(A4[0] / 2, 10 * mm, f"OFFICIAL  \u2022  Page {pno}")
    c.restoreState()


def build_response():
    out = H.DOCS / "blind14_en_anao_response.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=36 * mm,
                            bottomMargin=18 * mm, title="Response to the proposed audit report",
                            author=DEPT, creator="blind14 generator", invariant=1)
    lb = ParagraphStyle("lb", parent=body, fontName="Sans", fontSize=9.8, leading=13.5, alignment=TA_LEFT,
                        spaceAfter=8)
    s = [Paragraph("Dr Thomas Kerrigan<br/>Auditor-General for Australia<br/>Australian National Audit Office<br/>"
                   "GPO Box 707<br/>CANBERRA ACT 2601", lb),
         Paragraph("Dear Auditor-General", lb),
         Paragraph("<b>Proposed report: Administration of the Regional Community Infrastructure Program</b>", lb),
         Paragraph("Thank you for the opportunity to comment on the proposed audit report under section 19 of the "
                   "<i>Auditor-General Act 1997</i>. I appreciate the constructive way in which your officers "
                   "engaged with the department during the audit.", lb),
         Paragraph("The department has considered the six recommendations carefully. Our response to each is at "
                   "Attachment A and a summary response for inclusion in the report is at Attachment B. A number "
                   "of improvements, including a new decision record template and a central register of "
                   "interests, were put in place while the audit was under way.", lb),
         Paragraph("Should your office wish to discuss the response, the contact officer is Ms Priya Ranganathan, "
                   "First Assistant Secretary, Regional Programs Division, on (02) 6274 7718.", lb),
         Paragraph("Yours sincerely", lb), Spacer(1, 14),
         Paragraph("Jonathan Healy PSM<br/>Secretary<br/>26 May 2025", lb),
         PageBreak(),
         Paragraph("Attachment A \u2014 Department response to the recommendations", h1)]
    rows = [[Paragraph("<b>No.</b>", cellb), Paragraph("<b>ANAO recommendation</b>", cellb),
             Paragraph("<b>Department response</b>", cellb)]]
    for no, _p, text, _r in RECS:
        rows.append([Paragraph(no, cell), Paragraph(text, cell),
                     Paragraph(f"<b>{LABEL[no]}.</b> {RESP[no]}", cell)])
    t = Table(rows, colWidths=[11 * mm, 68 * mm, None], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8c9d")),
                           ("BACKGROUND", (0, 0), (-1, 0), TINT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 10),
          Paragraph("Attachment B \u2014 Summary response for inclusion in the report", h1),
          Paragraph("The department welcomes the ANAO's finding that the program was largely delivered as "
                    "intended and has already begun strengthening its decision records and probity arrangements "
                    "for future rounds. Since 2022 the program has funded 412 projects in 198 local government "
                    "areas, including 96 in remote and very remote Australia.", body)]
    doc.build(s, onFirstPage=response_furniture, onLaterPages=response_furniture)
    return out


if __name__ == "__main__":
    for p in (build_advice(), build_response()):
        print(p.name, p.stat().st_size)

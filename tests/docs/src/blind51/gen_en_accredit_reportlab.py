"""Round 51 (EN): a national accreditation body's surveillance assessment report on a local authority's public
analyst laboratory (genre of UKAS assessment reports against ISO/IEC 17025:2017), by the invented Accreditation
Service for Laboratories and Inspection (ASLI) on the invented Ashcombe Scientific Services of Ashcombe County
Council: details grid, summary with the assessment team's own 'recommendation' that accreditation be maintained,
a table of the previous visit's findings (cleared), observations per ISO clause with 'should' findings and clause
numbers, then '5. Findings' as a ruled grid of CODED items MI-01..MI-04 (mandatory improvements) and R-01..R-03
(recommendations), with clause and category columns; answered by the laboratory's 'Improvement Action Response'
form (a grid in another order: MI-03, MI-01, MI-04, MI-02, one row 'R-01 / R-02' with two outcomes, R-03 not
answered, a 'Section C: Notification of changes' answering nothing). reportlab platypus, A4, cleaned Liberation
fonts, header/footer on the canvas. All content (service, council, laboratory, people, methods, figures) invented.

Run:  /tmp/blind51en/bin/python tests/docs/src/blind51/gen_en_accredit_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b51en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NAME = "blind51_en_accredit"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

TEAL = colors.HexColor("#00636b")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.6, leading=13, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=16, spaceBefore=9, spaceAfter=5, textColor=TEAL)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
CELL = ParagraphStyle("c", fontName="LS", fontSize=8.6, leading=10.8)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")

FIND = [
    ("MI-01", "6.2.5", "Mandatory",
     "Ensure that a record of authorisation is held for every analyst who reports results for the mycotoxin method "
     "ASS-TM-114, including the two analysts appointed in 2025.",
     "Two of the five analysts reporting aflatoxin results had no recorded authorisation; training records were "
     "complete."),
    ("MI-02", "7.2.2.1", "Mandatory",
     "Complete and record the validation of the revised QuEChERS extraction step in the pesticide residues method "
     "ASS-TM-087 before further results are issued under accreditation.",
     "The extraction step was changed in November 2025; recovery data for 3 of 11 matrices were on file."),
    ("MI-03", "7.6.1", "Mandatory",
     "Review the measurement uncertainty estimate for lead in food (ASS-TM-052) so that it covers the full range "
     "of matrices now tested.",
     "The estimate dates from 2019 and was derived from cereal-based matrices only; the laboratory now tests "
     "spices, infant foods and food supplements."),
    ("MI-04", "6.6.2", "Mandatory",
     "Evaluate and record the performance of the external provider of calibration services for balances and "
     "pipettes, in line with procedure QP-12.",
     "No evaluation of Midshire Calibration Ltd was recorded for 2025."),
    ("R-01", "7.7.2", "Recommendation",
     "Consider participating in a proficiency testing scheme for gluten in processed foods at least once a year.",
     "The laboratory relies on in-house spiked samples for gluten."),
    ("R-02", "8.9.2", "Recommendation",
     "Consider adding the outcomes of customer complaints and feedback from Trading Standards to the standing "
     "inputs of the annual management review.",
     "Complaints are reviewed monthly by the Quality Manager but do not appear in the management review minutes."),
    ("R-03", "7.8.2.1", "Recommendation",
     "Consider stating the date of receipt of the sample on all certificates of analysis issued to enforcement "
     "customers.",
     "The date of receipt appears on Public Analyst certificates but not on the shorter test reports."),
]


def deco(head, foot, first_plain=True):
    def draw(c, doc):
        W, Ht = A4
        c.saveState()
        c.setFont("LS", 7.6)
        c.setFillColor(colors.HexColor("#444444"))
        if not (first_plain and doc.page == 1):
            c.drawString(18 * mm, Ht - 11 * mm, head)
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.6)
            c.line(18 * mm, Ht - 12.5 * mm, W - 18 * mm, Ht - 12.5 * mm)
        c.drawString(18 * mm, 9 * mm, foot)
        c.drawRightString(W - 18 * mm, 9 * mm, "Page %d" % doc.page)
        c.restoreState()
    return draw


def grid(rows, widths, head=True, shade=None):
    t = Table([[Paragraph(c, CELLB if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8aa9ac")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e9ea")))
    if shade:
        st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef5f5")))
    t.setStyle(TableStyle(st))
    return t


def advice(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("<font color='#00636b'>ASLI</font>  Accreditation Service for Laboratories and Inspection",
                       ParagraphStyle("t0", fontName="LSB", fontSize=12, leading=15)))
    s.append(Paragraph("Unit 4, Harbourgate Park, Norminster NM3 8QT", ParagraphStyle("t0a", fontName="LS",
                                                                                         fontSize=8, leading=10)))
    s.append(Spacer(1, 8 * mm))
    s.append(Paragraph("ASSESSMENT REPORT", ParagraphStyle("t1", fontName="LSB", fontSize=18, leading=22,
                                                           textColor=TEAL)))
    s.append(Paragraph("Surveillance visit 2 (SV2) - Testing laboratory - ISO/IEC 17025:2017",
                       ParagraphStyle("t2", fontName="LS", fontSize=11, leading=15, spaceAfter=8)))
    s.append(grid([
        ["Customer", "Ashcombe County Council - Ashcombe Scientific Services (Public Analyst and Agricultural Analyst)"],
        ["Accreditation number", "2814"],
        ["Visit reference", "2814/SV2/2026"],
        ["Site(s) assessed", "County Laboratory, 7 Tanners Row, Ashcombe AS1 4DW"],
        ["Date(s) of visit", "10 - 11 March 2026"],
        ["Assessment team", "Dr Priya Rathore-Linden (Lead Assessor); Martin Osei-Baxter (Technical Assessor, "
                            "chemistry)"],
        ["Customer representatives", "Dr Helen Marchbank (Public Analyst); Tom Ferriday (Quality Manager)"],
        ["Standard / publications", "ISO/IEC 17025:2017; ASLI publication LAB 14 (edition 6)"],
    ], (50, 124), head=False, shade=True))
    s.append(Paragraph("1. Summary", H1))
    s.append(P("The assessment covered the management system and a sample of the accredited scope: elements in food "
               "by ICP-MS, mycotoxins by LC-MS/MS, pesticide residues by GC-MS/MS and gluten by ELISA. Four "
               "witnessed activities were observed. Staff were open and well prepared, and the laboratory "
               "continues to operate a management system that meets the requirements of the Standard."))
    s.append(P("Four mandatory improvements (MI) and three recommendations (R) have been raised; they are set out in "
               "section 5. Mandatory improvements must be cleared for accreditation to be maintained. "
               "Recommendations are offered to support improvement and do not affect the accreditation decision."))
    s.append(P("<b>Assessment team recommendation:</b> the team recommends that accreditation be maintained, "
               "subject to satisfactory clearance of the mandatory improvements within the agreed timescale."))
    s.append(Paragraph("2. Findings from the previous visit (SV1, March 2025)", H1))
    s.append(grid([
        ["Ref (SV1)", "Finding raised in 2025", "Status"],
        ["MI-01", "The laboratory should ensure that reference materials are stored at the temperature stated by "
                  "the producer.", "Cleared 14/05/2025"],
        ["MI-02", "Ensure that the impartiality risk register covers work for the Council's own Trading Standards "
                  "service.", "Cleared 14/05/2025"],
        ["R-01", "Consider automating the transfer of ICP-MS results to the LIMS.", "Implemented"],
    ], (20, 118, 36)))
    s.append(Paragraph("3. Scope", H1))
    s.append(P("No changes to the schedule of accreditation were requested. The laboratory intends to apply for "
               "an extension to include allergens by LC-MS/MS in 2027; this was discussed but not assessed."))
    s.append(Paragraph("4. Observations by clause", H1))
    s.append(Paragraph("4.1 Impartiality (clause 4.1)", H2))
    s.append(P("The laboratory's impartiality risk register was reviewed in January 2026 and now addresses work for "
               "the Council's Trading Standards and Environmental Health services. No concerns were identified."))
    s.append(Paragraph("4.2 Personnel (clause 6.2)", H2))
    s.append(P("Training records were comprehensive. The authorisation matrix, however, had not been updated since "
               "2024, and two recently appointed analysts were issuing aflatoxin results without recorded "
               "authorisation. Authorisation should be recorded before staff report results."))
    s.append(Paragraph("4.3 Equipment and external providers (clauses 6.4 and 6.6)", H2))
    s.append(P("Equipment was well maintained and intermediate checks were recorded. Calibration of balances and "
               "pipettes is purchased from Midshire Calibration Ltd; certificates were on file, but the annual "
               "evaluation of the provider required by the laboratory's own procedure QP-12 had not been carried "
               "out for 2025."))
    s.append(Paragraph("4.4 Methods and measurement uncertainty (clauses 7.2 and 7.6)", H2))
    s.append(P("The revised extraction step in ASS-TM-087 gives better recoveries for high-fat matrices, but the "
               "validation was incomplete at the time of the visit. Results for 46 samples had been reported "
               "since November 2025. The laboratory should assess whether those results remain valid."))
    s.append(P("Table 1 compares the current uncertainty estimate for lead with the results of the laboratory's "
               "own quality control data for 2025."))
    s.append(grid([
        ["Matrix group", "QC samples (2025)", "Observed RSD %", "Expanded uncertainty used %"],
        ["Cereals and bakery", "38", "7.9", "18"],
        ["Spices and herbs", "21", "14.6", "18"],
        ["Infant foods", "17", "11.2", "18"],
        ["Food supplements", "12", "16.8", "18"],
    ], (52, 36, 36, 50)))
    s.append(Paragraph("Table 1. Lead in food (ASS-TM-052): QC data against the uncertainty estimate", CELL))
    s.append(Paragraph("4.5 Proficiency testing, reporting and management review (clauses 7.7, 7.8, 8.9)", H2))
    s.append(P("Performance in proficiency testing was satisfactory (z-scores within +/-2 in 41 of 43 results). "
               "Certificates of analysis were clear and met clause 7.8.2.1 in most respects. The management review "
               "of December 2025 was thorough, although complaints were not among its recorded inputs."))
    s.append(PageBreak())
    s.append(Paragraph("5. Findings", H1))
    s.append(P("The customer is asked to respond to each finding below using the Improvement Action Response form, "
               "giving the root cause, the action taken or proposed and the evidence of clearance."))
    rows = [["Ref", "Clause", "Category", "Finding and required action"]]
    for ref, cl, cat, txt, ev in FIND:
        rows.append([ref, cl, cat, "%s<br/><font color='#555555'><i>Evidence: %s</i></font>" % (txt, ev)])
    s.append(grid(rows, (16, 17, 25, 116)))
    s.append(Paragraph("6. Next steps", H1))
    s.append(P("A response to all findings is required by 10 April 2026. Objective evidence of clearance of the "
               "mandatory improvements must be submitted by 10 June 2026. If the findings are not cleared within "
               "this period, ASLI may suspend accreditation for the affected tests under clause 9 of its Terms and "
               "Conditions. The next visit (SV3) is planned for March 2027."))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Dr Priya Rathore-Linden, Lead Assessor - report issued 13 March 2026"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="ASLI Assessment Report 2814/SV2/2026")
    d = deco("ASLI Assessment Report  |  Ashcombe Scientific Services  |  Accreditation No. 2814  |  2814/SV2/2026",
             "ASLI FORM AR-17 (rev. 9)  -  Confidential to the customer and ASLI")
    doc.build(s, onFirstPage=d, onLaterPages=d)


RESP = [
    ("MI-03", "The 2019 estimate was not revisited when the range of matrices was widened in 2023; the change "
              "control procedure does not prompt a review of uncertainty.",
     "We will re-estimate the uncertainty for spices and infant foods, where we have enough QC data, by 30 May "
     "2026. Food supplements are tested for lead fewer than 15 times a year; we propose to exclude them from the "
     "accredited scope for ASS-TM-052 rather than extend the estimate to them. We would be grateful for the "
     "assessor's confirmation that this approach is acceptable.", "30/05/2026", "E1 (draft calculation)"),
    ("MI-01", "Authorisation was treated as part of induction and not recorded separately after the 2024 "
              "restructure.",
     "Completed. Both analysts were assessed and authorised on 19 March 2026; the authorisation matrix has been "
     "brought up to date for all methods and will be checked quarterly by the Quality Manager.",
     "Cleared 19/03/2026", "E2, E3"),
    ("MI-04", "-",
     "The laboratory does not accept this finding. Midshire Calibration Ltd is itself accredited by ASLI "
     "(calibration laboratory No. 0417), and under QP-12 section 4.3 accredited providers are evaluated by "
     "checking the validity of their accreditation, which was recorded on 3 February 2026. We ask that the finding "
     "be withdrawn or reclassified as a recommendation.", "-", "E4 (QP-12, extract; check record)"),
    ("MI-02", "Pressure to reduce turnaround times led to the revised step being introduced before validation was "
              "signed off.",
     "Validation of the revised extraction for all 11 matrices was completed on 27 March 2026 (report VAL-087-03). "
     "The 46 results issued since November 2025 have been reviewed against the new validation data; none required "
     "amendment.", "Cleared 27/03/2026", "E5, E6"),
    ("R-01 / R-02", "-",
     "R-02: accepted. Complaints and customer feedback have been added to the standing agenda of the management "
     "review, starting with the review due in December 2026. R-01: we are aware of only one scheme for gluten in "
     "processed foods, at a cost of 2,300 pounds a year; participation will be considered in the 2027/28 budget "
     "round, and in-house spiked samples will continue in the meantime.", "12/2026", "E7 (revised agenda)"),
]


def response(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("ASHCOMBE COUNTY COUNCIL", ParagraphStyle("r0", fontName="LSB", fontSize=13, leading=16,
                                                                 textColor=colors.HexColor("#5a2a82"))))
    s.append(Paragraph("Ashcombe Scientific Services  |  7 Tanners Row, Ashcombe AS1 4DW  |  "
                       "scientific.services@ashcombe.gov.example", ParagraphStyle("r1", fontName="LS", fontSize=8,
                                                                                  leading=10, spaceAfter=10)))
    s.append(Paragraph("IMPROVEMENT ACTION RESPONSE", ParagraphStyle("r2", fontName="LSB", fontSize=14, leading=18)))
    s.append(grid([
        ["To", "Dr Priya Rathore-Linden, Lead Assessor, ASLI"],
        ["Accreditation number / visit", "2814 / 2814/SV2/2026 (visit of 10 - 11 March 2026)"],
        ["Completed by", "Tom Ferriday, Quality Manager"],
        ["Date", "2 April 2026"],
    ], (50, 124), head=False, shade=True))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Section A: Response to findings", H2))
    s.append(P("Findings are listed in order of the laboratory's priority, not in the order of the report."))
    rows = [["Ref", "Root cause", "Action taken / proposed", "Target / status", "Evidence"]]
    for r in RESP:
        rows.append(list(r))
    s.append(grid(rows, (17, 38, 77, 22, 20)))
    s.append(Paragraph("Section B: Evidence submitted", H2))
    s.append(P("Evidence files E1 - E7 have been uploaded to the ASLI customer portal under the visit reference. "
               "Further evidence for MI-03 will follow by 30 May 2026."))
    s.append(Paragraph("Section C: Notification of changes", H2))
    s.append(P("Under the Terms and Conditions we notify ASLI that Dr Helen Marchbank, Public Analyst, will retire "
               "on 31 July 2026. Dr Sanjay Whitlock-Obi, currently Deputy Public Analyst, has been nominated to "
               "succeed her and will assume responsibility for the technical operations of the laboratory from "
               "1 August 2026."))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Signed: T. Ferriday, Quality Manager          Approved: H. Marchbank, Public Analyst"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="Improvement Action Response 2814/SV2/2026")
    d = deco("Ashcombe Scientific Services - Improvement Action Response - 2814/SV2/2026",
             "ASLI form IAR-2 completed by the customer", first_plain=True)
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("Accreditation assessment report (genre of UKAS surveillance visit reports under ISO/IEC 17025:2017) by the "
         "invented ASLI on the invented Ashcombe Scientific Services (county public analyst laboratory), answered by "
         "the laboratory's Improvement Action Response form. Traps: details grid, the summary's 'Assessment team "
         "recommendation' that accreditation be maintained (addressed to ASLI's decision-maker, not a "
         "recommendation to the laboratory), the SV1 2025 findings table with the same codes MI-01, MI-02, R-01 "
         "(all cleared), ISO clause numbers (4.1, 6.2, 7.6.1 ...), 'should' findings in section 4 ('Authorisation "
         "should be recorded', 'should assess whether those results remain valid'), Table 1 of uncertainty figures, "
         "'6. Next steps' deadlines. Recommendations: the seven coded rows of the '5. Findings' grid, MI-01..MI-04 "
         "(mandatory) and R-01..R-03 (recommendations), each with an evidence line. Response grid in the order "
         "MI-03, MI-01, MI-04, MI-02, 'R-01 / R-02'. Key: MI-03 re-estimate for two matrices, exclude food "
         "supplements from scope (partly); MI-01 completed (agrees); MI-04 'does not accept this finding', asks for "
         "withdrawal (disagrees); MI-02 validation completed, results reviewed (agrees); one row answers R-02 "
         "accepted (agrees) and R-01 'will be considered in the 2027/28 budget round' (noted, also partly); R-03 "
         "unanswered. Unmatched: Section C notification that the Public Analyst will retire; Section B evidence "
         "upload note.")


def main():
    H.clean_font("LiberationSans-Regular.ttf")
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(FIND[i][3].split()[:10])
    recs = [
        {"number": "MI-01", "starts_with": sw(0),
         "reply_contains": "Both analysts were assessed and authorised on 19 March 2026", "verdict": "agrees"},
        {"number": "MI-02", "starts_with": sw(1),
         "reply_contains": "for all 11 matrices was completed on 27 March 2026", "verdict": "agrees"},
        {"number": "MI-03", "starts_with": sw(2),
         "reply_contains": "we propose to exclude them from the accredited scope", "verdict": "partly"},
        {"number": "MI-04", "starts_with": sw(3),
         "reply_contains": "The laboratory does not accept this finding", "verdict": "disagrees"},
        {"number": "R-01", "starts_with": sw(4),
         "reply_contains": "participation will be considered in the 2027/28 budget round", "verdict": "noted",
         "also": ["partly"]},
        {"number": "R-02", "starts_with": sw(5),
         "reply_contains": "have been added to the standing agenda of the management review", "verdict": "agrees"},
        {"number": "R-03", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["Dr Helen Marchbank, Public Analyst, will retire on 31 July 2026",
                                  "have been uploaded to the ASLI customer portal"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b51en.py"), NAME)) and 1)

"""Round 52 (EN): a skilled person's report under section 166 of the Financial Services and Markets Act 2000
(genre of FCA/PRA 's166' reports), by the invented Harrowden Risk Advisory LLP on the invented Brightwater Home
Credit Limited, addressed to the firm's Board and the invented Consumer Finance Regulator (CFR): confidentiality
banner, requirement-notice details grid, executive summary with a RAG table of scope areas, findings chapters with
paragraphs 3.1-5.6 in a number column, CONC rule references, a 2023 internal audit recommendation quoted, 'should'
findings, seven recommendations in shaded boxes coded SP-01..SP-07 with Priority and Target, and Appendix B
repeating them in a summary table; answered by an extract from the minutes of the firm's Board meeting
(minute numbers 26/041-26/045, 'RESOLVED that' with lettered resolutions in another order, one resolution covering
SP-02 and SP-06 with different outcomes, SP-07 not answered, a remuneration item and a Consumer Duty item
answering nothing). reportlab platypus, A4, cleaned Liberation fonts, header/footer on the canvas. All content
(regulator, firms, people, figures, references) is invented; the rule references are in the style of the CONC
sourcebook.

Run:  /tmp/blind52en/bin/python tests/docs/src/blind52/gen_en_skilled_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b52en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether

NAME = "blind52_en_skilled"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

NAVY = colors.HexColor("#1d2b4f")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=13, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12.5, leading=16, spaceBefore=9, spaceAfter=5, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
CELL = ParagraphStyle("c", fontName="LS", fontSize=8.5, leading=10.8)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")

RECS = [
    ("SP-01", "High", "30 September 2026",
     "The Firm should redesign its affordability assessment so that non-discretionary expenditure is verified against "
     "credit reference agency data or bank statements for every application above 1,000 pounds, rather than relying "
     "on the customer's declaration alone."),
    ("SP-02", "High", "31 July 2026",
     "The Firm should adopt a written income verification standard that sets out, by income type, which evidence is "
     "acceptable, and apply it to self-employed and zero-hours applicants."),
    ("SP-03", "High", "30 June 2026",
     "The Firm should identify all customers who were granted a third or subsequent refinance between 1 January 2022 "
     "and 31 December 2025 and assess whether redress is due, using a methodology agreed with the CFR."),
    ("SP-04", "Medium", "31 August 2026",
     "The Firm should introduce a mandatory pause of at least 30 days in collections activity whenever a customer "
     "discloses a mental health condition or other characteristic of vulnerability."),
    ("SP-05", "Medium", "31 December 2026",
     "The Firm should remove the volume-based element of the incentive scheme for field agents and replace it with "
     "measures based on customer outcomes and quality of lending."),
    ("SP-06", "Medium", "31 December 2026",
     "The Firm should commission an independent review, reporting to the Board Risk Committee, of the effectiveness "
     "of second-line monitoring of lending decisions within twelve months of this report."),
    ("SP-07", "Low", "31 October 2026",
     "The Firm should develop management information for the Board that reports, at least quarterly, refinance rates, "
     "arrears by cohort and the outcomes of vulnerability flags."),
]


def deco(head, foot, first_plain=True):
    def draw(c, doc):
        W, Ht = A4
        c.saveState()
        c.setFont("LS", 7.4)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawCentredString(W / 2, Ht - 8 * mm, "STRICTLY PRIVATE AND CONFIDENTIAL")
        if not (first_plain and doc.page == 1):
            c.drawString(18 * mm, Ht - 12 * mm, head)
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.6)
            c.line(18 * mm, Ht - 13.5 * mm, W - 18 * mm, Ht - 13.5 * mm)
        c.drawString(18 * mm, 9 * mm, foot)
        c.drawRightString(W - 18 * mm, 9 * mm, "%d" % doc.page)
        c.restoreState()
    return draw


def grid(rows, widths, head=True, shade=None, border="#8a94a8"):
    t = Table([[Paragraph(c, CELLB if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor(border)), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe4ef")))
    if shade:
        st.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f7")))
    t.setStyle(TableStyle(st))
    return t


def npara(num, text):
    """A paragraph with its number in a left column."""
    t = Table([[Paragraph(num, BODY), Paragraph(text, BODY)]], colWidths=[13 * mm, 161 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return t


def box(i):
    code, pri, tgt, txt = RECS[i]
    head = Paragraph("<b>Recommendation %s</b>  |  Priority: %s  |  Target date: %s" % (code, pri, tgt),
                     ParagraphStyle("bh", fontName="LS", fontSize=9, leading=12, textColor=colors.white))
    t = Table([[head], [Paragraph(txt, BODY)]], colWidths=[174 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY), ("BACKGROUND", (0, 1), (-1, 1),
                                                                     colors.HexColor("#eef1f7")),
                           ("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("TOPPADDING", (0, 1), (-1, 1), 5)]))
    return KeepTogether([Spacer(1, 2 * mm), t, Spacer(1, 3 * mm)])


def advice(path):
    s = []
    s.append(Paragraph("HARROWDEN RISK ADVISORY LLP", ParagraphStyle("t0", fontName="LSB", fontSize=11, leading=14,
                                                                      textColor=NAVY)))
    s.append(Paragraph("4 Cardinal Walk, London EC2A 9XT  |  Authorised and regulated by the Consumer Finance "
                       "Regulator, FRN 771204", ParagraphStyle("t0a", fontName="LS", fontSize=7.8, leading=10)))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Report of the Skilled Person", ParagraphStyle("t1", fontName="LSB", fontSize=20, leading=25,
                                                                      textColor=NAVY)))
    s.append(Paragraph("Brightwater Home Credit Limited - Review of affordability, refinancing and collections "
                       "practices", ParagraphStyle("t2", fontName="LS", fontSize=11.5, leading=15, spaceAfter=8)))
    s.append(grid([
        ["Prepared for", "The Board of Directors of Brightwater Home Credit Limited (FRN 640318) and the Consumer "
                         "Finance Regulator"],
        ["Requirement Notice", "RN/2025/0418 under section 166 of the Financial Services and Markets Act 2000, "
                               "dated 12 September 2025"],
        ["Review period", "1 January 2022 to 31 December 2025"],
        ["Skilled Person", "Harrowden Risk Advisory LLP (engagement partner: Catriona Beaumont-Achterberg)"],
        ["Version / date", "Final report, version 1.0, 20 April 2026"],
    ], (40, 134), head=False, shade=True))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("<i>This report has been prepared solely for the Firm and the CFR in accordance with the "
                       "Requirement Notice and the tripartite contract of 3 October 2025. No other party may rely on "
                       "it.</i>", CELL))
    s.append(Paragraph("1. Executive summary", H1))
    s.append(npara("1.1", "The Requirement Notice asked the Skilled Person to assess whether the Firm's lending and "
                          "collections practices during the review period met the requirements of the Consumer Credit "
                          "sourcebook (CONC) and, where they did not, to recommend remedial action (paragraph 4.2 of "
                          "the Notice)."))
    s.append(npara("1.2", "Overall, we found that the Firm's affordability assessments did not meet the "
                          "requirements of CONC 5.2A for a material proportion of the lending reviewed, and that "
                          "repeated refinancing was not adequately controlled. Collections practice has improved "
                          "since mid-2024 but remains inconsistent for customers in vulnerable circumstances."))
    s.append(npara("1.3", "Our ratings for each area of the scope are summarised in Table 1. Our seven "
                          "recommendations are set out in chapters 3 to 5 and summarised in Appendix B."))
    s.append(grid([
        ["Scope area", "Rating", "Key finding"],
        ["A. Creditworthiness and affordability", "Red", "Expenditure accepted as declared in 71% of sampled files"],
        ["B. Refinancing", "Red", "1,946 customers refinanced three or more times"],
        ["C. Collections and forbearance", "Amber", "Breathing space inconsistently applied"],
        ["D. Governance and incentives", "Amber", "Agent pay weighted towards volumes"],
        ["E. Complaints handling", "Green", "Timely and well documented"],
    ], (62, 18, 94)))
    s.append(Paragraph("Table 1. Ratings by scope area (Red: significant failings; Amber: improvement needed; Green: "
                       "meets requirements)", CELL))
    s.append(Paragraph("2. Scope and approach", H1))
    s.append(npara("2.1", "We reviewed a random sample of 420 loan files drawn from 61,300 loans advanced in the "
                          "review period, interviewed 23 members of staff including four executive directors, and "
                          "analysed the Firm's loan book data. Complaints handling (area E) was reviewed by "
                          "reference to 60 complaint files."))
    s.append(npara("2.2", "We have not audited the Firm's financial statements, and nothing in this report should "
                          "be read as an opinion on the Firm's solvency or capital position."))
    s.append(Paragraph("3. Creditworthiness and affordability (areas A and B)", H1))
    s.append(npara("3.1", "CONC 5.2A.4R requires a firm to consider the customer's ability to make repayments "
                          "without undue difficulty. In 298 of the 420 files (71%), non-discretionary expenditure "
                          "was taken from the customer's declaration without any check. The Firm should have "
                          "identified that declared expenditure was often below the Firm's own benchmarks."))
    s.append(npara("3.2", "The 2023 internal audit report (IA-2023-07) recommended that 'the Lending Policy be "
                          "updated to require verification of expenditure for higher-value loans'. The policy was "
                          "updated in March 2024 but the change was not reflected in the agents' application app."))
    s.append(box(0))
    s.append(npara("3.3", "Income was verified by payslip for employed applicants. For self-employed and "
                          "zero-hours applicants, 47 of 88 files contained no evidence of income at all."))
    s.append(box(1))
    s.append(npara("3.4", "The loan book data shows 1,946 customers who were refinanced three or more times in the "
                          "review period, each time with a new affordability assessment that did not take account of "
                          "the previous loans. We consider that some of these customers are likely to have suffered "
                          "foreseeable harm."))
    s.append(box(2))
    s.append(Paragraph("4. Collections and forbearance (area C)", H1))
    s.append(npara("4.1", "CONC 7.3.4R requires firms to treat customers in default or arrears with forbearance and "
                          "due consideration. Since June 2024 the Firm has operated a vulnerability flag in its "
                          "collections system, and we saw good examples of agents referring customers to debt "
                          "advice."))
    s.append(npara("4.2", "In 14 of 52 cases in which a customer disclosed a mental health condition, collections "
                          "contact continued within a week of the disclosure. Practice varied between regions."))
    s.append(box(3))
    s.append(Paragraph("5. Governance and incentives (area D)", H1))
    s.append(npara("5.1", "Field agents receive a commission of up to 40% of their pay, of which three quarters is "
                          "based on the value of loans advanced and collected. Staff told us that the scheme "
                          "encouraged refinancing."))
    s.append(box(4))
    s.append(npara("5.2", "The Compliance Monitoring team consists of three people and reviewed 0.4% of lending "
                          "decisions in 2025. Its reports were not discussed by the Board Risk Committee in any of "
                          "the six meetings we reviewed."))
    s.append(box(5))
    s.append(npara("5.3", "Board packs contain lending volumes and impairment figures but little information on "
                          "customer outcomes. The Board should be able to see whether refinancing is rising."))
    s.append(box(6))
    s.append(npara("5.4", "We have discussed these findings with the Firm's management, who have had the opportunity "
                          "to comment on the factual accuracy of this report. The Firm's response to our "
                          "recommendations is a matter for its Board and the CFR."))
    s.append(PageBreak())
    s.append(Paragraph("Appendix A. Glossary", H1))
    s.append(grid([["Term", "Meaning"],
                   ["CFR", "Consumer Finance Regulator"],
                   ["CONC", "Consumer Credit sourcebook of the CFR Handbook"],
                   ["Refinance", "A new loan used in whole or part to repay an existing loan with the Firm"],
                   ["RAG", "Red / Amber / Green rating"]], (30, 144)))
    s.append(Paragraph("Appendix B. Summary of recommendations", H1))
    rows = [["Ref", "Recommendation", "Priority", "Target date"]]
    for code, pri, tgt, txt in RECS:
        rows.append([code, txt, pri, tgt])
    s.append(grid(rows, (16, 118, 16, 24)))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Report of the Skilled Person - Brightwater Home Credit")
    d = deco("Skilled Person's Report  |  Brightwater Home Credit Limited  |  RN/2025/0418  |  Final v1.0",
             "Harrowden Risk Advisory LLP")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("BRIGHTWATER HOME CREDIT LIMITED", ParagraphStyle("r0", fontName="LSB", fontSize=13,
                                                                         leading=16, textColor=colors.HexColor(
                                                                             "#0b6b5c"))))
    s.append(Paragraph("Registered in England and Wales No. 04418273  |  Registered office: Brightwater House, "
                       "Canal Street, Leeds LS11 5QG", ParagraphStyle("r1", fontName="LS", fontSize=7.8, leading=10,
                                                                       spaceAfter=10)))
    s.append(Paragraph("EXTRACT FROM THE MINUTES OF A MEETING OF THE BOARD OF DIRECTORS",
                       ParagraphStyle("r2", fontName="LSB", fontSize=11.5, leading=15)))
    s.append(P("held at Brightwater House, Leeds, on Thursday 14 May 2026 at 10.00 am"))
    s.append(P("<b>Present:</b> Sir Malcolm Penhaligon (Chair); Ruth Okonedo-Blake (Chief Executive); Daniel "
               "Fairweather (Chief Financial Officer); Priya Sandhu-Kerr, Gareth Llewellyn-Hart and Anouk de Vries "
               "(independent non-executive directors)<br/><b>In attendance:</b> Helen Marsh (Chief Risk Officer); "
               "Tom Ashdown (Company Secretary); Catriona Beaumont-Achterberg (Harrowden Risk Advisory LLP) for "
               "item 26/042 only"))
    s.append(P("<i>This extract is provided to the Consumer Finance Regulator at its request. Items not relating "
               "to the Skilled Person's Report have been omitted, save where indicated.</i>"))

    def item(num, title, paras):
        t = Table([[Paragraph("<b>%s</b>" % num, BODY), [Paragraph("<b>%s</b>" % title, BODY)] + [
            Paragraph(x, BODY) for x in paras]]], colWidths=[18 * mm, 156 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t
    s.append(item("26/041", "Declarations of interest", [
        "No new declarations were made in relation to the business of the meeting."]))
    s.append(item("26/042", "Skilled Person's Report under section 166 FSMA (RN/2025/0418)", [
        "Ms Beaumont-Achterberg presented the final report dated 20 April 2026. In discussion, the independent "
        "directors asked whether the sample of 420 files was representative of lending after the March 2024 policy "
        "change; Ms Beaumont-Achterberg confirmed that 96 of the files post-dated it. The Chief Risk Officer "
        "presented management's proposed response to each recommendation (paper B26/17). The Board thanked "
        "Harrowden for its work, and Ms Beaumont-Achterberg then left the meeting.",
        "After discussion, it was <b>RESOLVED</b> that:",
        "(a) the customer review proposed by the Skilled Person be approved in full. Management will write to the "
        "CFR by 5 June 2026 proposing a redress methodology, and the review of all customers with three or more "
        "refinances in the period will begin once the methodology is agreed;",
        "(b) the existing collections vulnerability procedure, under which contact has been suspended for 30 days "
        "following any disclosure of vulnerability since 1 February 2026, be confirmed, and its application in all "
        "regions be tested by the second line in the third quarter;",
        "(c) as to the redesign of affordability assessments, bank statement or credit reference data checks on "
        "expenditure be introduced for all applications above 2,500 pounds from 1 October 2026, and the Board "
        "revisit the threshold in twelve months in the light of the results. The Board did not consider that a "
        "1,000 pound threshold would be proportionate for small home credit loans;",
        "(d) the Board notes the recommendation on agent incentives. The Board considered that commission on "
        "collections is a long-standing feature of the home credit model and supports regular contact with "
        "customers, and it was agreed that the incentive scheme would not be restructured. The Remuneration "
        "Committee will, however, add a quality-of-lending gateway to the scheme from January 2027;",
        "(e) in relation to SP-02 and SP-06: the income verification standard drafted by the Credit Risk team be "
        "adopted with effect from 1 July 2026 and applied to all applicants, including the self-employed and those "
        "on zero-hours contracts; and, on second-line monitoring, that no separate external review be commissioned "
        "at this stage, since the Group Internal Audit plan for 2026/27 already includes an audit of compliance "
        "monitoring, the outcome of which will be reported to the Board Risk Committee.",
        "The Company Secretary was asked to send a copy of this minute to the CFR supervision team with the "
        "response letter."]))
    s.append(item("26/043", "Consumer Duty annual board report", [
        "The Chief Executive presented the draft annual assessment of customer outcomes under the Consumer Duty. "
        "The Board approved the report, subject to the inclusion of the findings of the Skilled Person in the "
        "section on price and value, and agreed that it be published on the Firm's website in July."]))
    s.append(item("26/044", "Report of the Remuneration Committee", [
        "Ms Sandhu-Kerr reported that the Remuneration Committee had approved the 2026 salary review for head office "
        "staff at an average of 3.5%. Executive bonus outcomes for 2025 had been deferred pending the CFR's "
        "consideration of the Skilled Person's Report. <i>[Remainder of minute omitted.]</i>"]))
    s.append(item("26/045", "Date of next meeting", ["Thursday 9 July 2026 at 10.00 am."]))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Certified a true extract.<br/>Tom Ashdown, Company Secretary - 18 May 2026"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Board minutes extract 14 May 2026")
    d = deco("Brightwater Home Credit Limited - Board of Directors - 14 May 2026 - Extract",
             "Minutes subject to approval at the next meeting of the Board")
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("Skilled person's report under section 166 FSMA (genre of FCA s166 reports) by the invented Harrowden Risk "
         "Advisory LLP on the invented Brightwater Home Credit Limited, answered by a certified extract from the "
         "minutes of the Firm's Board meeting of 14 May 2026. Traps: requirement-notice details grid, paragraph "
         "numbers 1.1-5.4 in a number column, Table 1 of RAG ratings, CONC rule numbers (CONC 5.2A.4R, 7.3.4R), the "
         "2023 internal audit recommendation quoted in 3.2, 'should have identified' and 'The Board should be able "
         "to see' findings, 'paragraph 4.2 of the Notice', and Appendix B repeating all seven recommendations. "
         "Recommendations: seven shaded boxes 'Recommendation SP-01'..'SP-07', each opening 'The Firm should'. "
         "Response: minute 26/042 with lettered resolutions (a)-(e), without codes except in (e); order 3, 4, 1, 5, "
         "2+6. Key: SP-03 customer review approved in full (agrees); SP-04 30-day suspension already in place since "
         "February 2026 (agrees); SP-01 checks introduced but from 2,500 pounds not 1,000 (partly); SP-05 'the "
         "Board notes' but the scheme will not be restructured, only a quality gateway added (disagrees, also "
         "partly); (e) SP-02 standard adopted (agrees) and SP-06 no external review, internal audit instead "
         "(disagrees, also partly); SP-07 (management information) unanswered. Unmatched: 26/041 declarations, "
         "26/043 Consumer Duty report, 26/044 Remuneration Committee salary review.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(RECS[i][3].split()[:10])
    recs = [
        {"number": "SP-01", "starts_with": sw(0),
         "reply_contains": "introduced for all applications above 2,500 pounds from 1 October 2026",
         "verdict": "partly"},
        {"number": "SP-02", "starts_with": sw(1),
         "reply_contains": "adopted with effect from 1 July 2026 and applied to all applicants", "verdict": "agrees"},
        {"number": "SP-03", "starts_with": sw(2),
         "reply_contains": "the customer review proposed by the Skilled Person be approved in full",
         "verdict": "agrees"},
        {"number": "SP-04", "starts_with": sw(3),
         "reply_contains": "contact has been suspended for 30 days following any disclosure", "verdict": "agrees"},
        {"number": "SP-05", "starts_with": sw(4),
         "reply_contains": "it was agreed that the incentive scheme would not be restructured",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "SP-06", "starts_with": sw(5),
         "reply_contains": "no separate external review be commissioned at this stage", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "SP-07", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["No new declarations were made in relation to the business",
                                  "presented the draft annual assessment of customer outcomes",
                                  "approved the 2026 salary review for head office staff"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b52en.py"), NAME)) and 1)

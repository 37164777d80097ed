"""Round 72 (EN): an Australian STATUTORY INDEPENDENT REVIEW OF A REGULATORY SCHEME (genre of the five-yearly
reviews an Act requires: a title block, a foreword letter to the Minister, an executive summary with key findings
and the recommendations ONLY in a ruled table 'No. | Recommendation | Responsibility | Timing', chapters with
numbered paragraphs, the Act and the previous review quoted, a data table) answered in the department's ANNUAL
REPORT, section 'External scrutiny' of Part 4 'Management and accountability' (genre of the Commonwealth entity
annual report: a running head with the part name, side headings for judicial decisions, the Auditor-General,
parliamentary committees, the Ombudsman and independent reviews, a table of audit reports, and the Government's
response to the review reported as progress under subject sub-headings without recommendation numbers).
Advice: 'Independent Review of the Water Efficiency Labelling and Standards (WELS) Scheme - Final Report', June
2026, A4, 3 p.; recommendations 1-7 in Table 1.
Response: Department of Water, Environment and Regional Development, Annual Report 2026-27, Part 4, 'External
scrutiny', pages 142-143; order 1, 7, 2, 4+3 (one paragraph), 5; 6 (consumer awareness campaign) is not answered.
reportlab platypus, cleaned Liberation Sans, invariant=1, page furniture on the canvas. The Water Efficiency
Labelling and Standards Act 2005 is real (what is said of it here is not to be relied on); the review, the
reviewer, the Department, its Regulator, the audit and committee reports and all figures are invented.

Run:  /tmp/blind72en/bin/python tests/docs/src/blind72/gen_en_annual_report_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b72en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind72_en_annual_report"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

BLUE = colors.Color(0.04, 0.29, 0.45)
AQUA = colors.Color(0.86, 0.93, 0.96)
GREEN = colors.Color(0.15, 0.42, 0.25)
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13.4, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=14, leading=18, textColor=BLUE, spaceBefore=6, spaceAfter=6,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=15, textColor=BLUE, spaceBefore=6, spaceAfter=3,
                    keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=9.8, leading=13.4, spaceBefore=3, spaceAfter=2, keepWithNext=1)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.6, leading=11.2)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
CAP = ParagraphStyle("cap", fontName="LSB", fontSize=8.8, leading=12, textColor=BLUE, spaceBefore=4, spaceAfter=3,
                     keepWithNext=1)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=2)

RECS = [
    "The Regulator should require registrations to be renewed every five years, through a simplified online "
    "renewal, so that the register lists only products still on the market.",
    "The Australian Government should extend mandatory water efficiency labelling to combination washer-dryers and "
    "to instantaneous electric hot water systems by July 2028.",
    "Registration fees should be increased so that the scheme recovers its full costs from industry by 2029-30.",
    "The Regulator should publish the result of every compliance check, naming the supplier and the product, "
    "within three months of the check.",
    "The Department should work with the states and territories to align WaterMark plumbing certification with "
    "WELS registration, so that a supplier makes a single application.",
    "The Government should fund a three-year consumer awareness campaign on the water rating label, run jointly "
    "with retailers and water utilities.",
    "The Regulator should make the product register available through a public data interface that retailers "
    "and comparison websites can query.",
]
RESP = ["Regulator", "Australian Government", "Australian Government", "Regulator",
        "Department; states and territories", "Australian Government", "Regulator"]
WHEN = ["From 1 July 2027", "By July 2028", "By 2029-30", "Ongoing", "2027-2029", "2027-2030", "By June 2028"]


def P(t, s=BODY, bullet=None):
    return Paragraph(t, s, bulletText=bullet)


def num(n, t, style=BODY, w=10 * mm):
    tb = Table([[P(n, style), P(t, style)]], colWidths=[w, None])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return tb


def ruled(rows, widths, head_fill=AQUA, style=SM):
    data = [[P(c, SMB if i == 0 else style) for c in r] for i, r in enumerate(rows)]
    tb = Table(data, colWidths=widths, repeatRows=1)
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), head_fill),
                            ("LINEABOVE", (0, 0), (-1, 0), 1, BLUE), ("LINEBELOW", (0, 0), (-1, -1), 0.4,
                                                                       colors.Color(0.6, 0.7, 0.75)),
                            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return tb


def adv_page(canv, doc):
    canv.saveState()
    canv.setFont("LS", 8)
    canv.setFillColor(colors.Color(0.35, 0.35, 0.35))
    canv.drawString(20 * mm, 11 * mm, "Independent Review of the WELS Scheme - Final Report")
    canv.drawRightString(A4[0] - 20 * mm, 11 * mm, "%d" % (doc.page + 2))
    canv.restoreState()


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                            bottomMargin=20 * mm, title="Independent Review of the WELS Scheme",
                            author="Independent Reviewer")
    band = Table([[P("<font color='white' size='8.5'>INDEPENDENT REVIEW  |  JUNE 2026</font>", SM)],
                  [P("<font color='white' size='16'><b>Independent Review of the Water Efficiency Labelling and "
                     "Standards (WELS) Scheme</b></font>", ParagraphStyle("t", fontName="LSB", fontSize=16,
                                                                          leading=20))],
                  [P("<font color='white' size='10'>Final Report to the Minister for Water</font>", SM)]],
                 colWidths=[170 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s = [band, Spacer(1, 8),
         P("Executive summary", H1),
         P("The WELS scheme requires water-using products such as showers, taps, toilets, dishwashers and washing "
           "machines to carry a star rating label. The scheme has saved an estimated 120 gigalitres of water a year "
           "and is well regarded by consumers. It is, however, showing its age."),
         P("Key findings", H3),
         P("the register holds more than 28,000 products, of which fewer than half are still sold;", BUL,
           bullet="\u2022"),
         P("new product types that use significant amounts of water are outside the scheme;", BUL, bullet="\u2022"),
         P("industry fees recover about 60 per cent of the scheme's costs; and", BUL, bullet="\u2022"),
         P("suppliers that fail compliance checks are rarely identified publicly.", BUL, bullet="\u2022"),
         Spacer(1, 3),
         P("In short, the review proposes a leaner register, a wider scope, a fairer sharing of costs and more "
           "openness about compliance. The recommendations are set out in Table 1 and discussed in chapters 2 to "
           "4."),
         P("Table 1: Recommendations", CAP)]
    rows = [["No.", "Recommendation", "Responsibility", "Timing"]]
    for i, t in enumerate(RECS):
        rows.append([str(i + 1), t, RESP[i], WHEN[i]])
    s += [ruled(rows, [10 * mm, 104 * mm, 30 * mm, 26 * mm]), Spacer(1, 6),
          P("1  The review and the scheme", H1),
          num("1.1", "The Water Efficiency Labelling and Standards Act 2005 (the Act) requires the Minister to "
                     "cause an independent review of the operation of the Act to be undertaken every five years. "
                     "This is the fourth review. The terms of reference are at Appendix A."),
          num("1.2", "Under the Act, a supplier must register a product and display the WELS label before "
                     "supplying it. The Regulator may issue infringement notices and accept enforceable "
                     "undertakings."),
          num("1.3", "The 2021 review recommended that \"the Regulator should publish its compliance priorities "
                     "each year\". The Regulator has done so since 2022 and the review makes no further "
                     "recommendation on that point."),
          P("2  Registration and scope", H1),
          num("2.1", "Once registered, a product stays on the register indefinitely. Table 2 shows how the "
                     "register has grown."),
          P("Table 2: Products on the WELS register, 30 June", CAP),
          ruled([["Product type", "2016", "2021", "2026"], ["Showers", "3,104", "4,287", "5,516"],
                 ["Tap equipment", "6,890", "9,122", "11,430"], ["Toilets and urinals", "2,311", "3,020", "3,874"],
                 ["Dishwashers and washing machines", "4,208", "5,602", "7,355"],
                 ["Total", "16,513", "22,031", "28,175"]], [80 * mm, 30 * mm, 30 * mm, 30 * mm]),
          Spacer(1, 6),
          num("2.2", "Retailers told the review that an out-of-date register is of little use to them, and that "
                     "the register should be easier to search. Several manufacturers argued that combination "
                     "washer-dryers should be rated as two separate appliances."),
          num("2.3", "Instantaneous electric hot water systems waste water while the user waits for hot water. "
                     "The review considers that this waste should be measured before any labelling decision is "
                     "made, but that the testing standard is close to final."),
          P("3  Cost recovery and compliance", H1),
          num("3.1", "The Australian Government Charging Framework provides that, where appropriate, the cost of "
                     "a regulatory activity should be recovered from those who create the need for it. Industry "
                     "fees currently cover $3.1 million of the scheme's $5.2 million annual cost."),
          num("3.2", "In 2025-26 the Regulator carried out 412 compliance checks and found 57 non-compliant "
                     "products. Suppliers were named in only four cases."),
          P("4  Working with the states and territories", H1),
          num("4.1", "Plumbing products need both WaterMark certification, administered under state and "
                     "territory plumbing laws, and WELS registration. Suppliers described the two processes as "
                     "duplicative. The review does not recommend that WaterMark be brought under the Act, which "
                     "would require the agreement of every jurisdiction."),
          num("4.2", "Awareness of the label has fallen from 82 per cent of consumers in 2019 to 71 per cent in "
                     "2025."),
          Spacer(1, 4),
          P("<i>Dr Helen Marchetti, Independent Reviewer, 19 June 2026</i>")]
    doc.build(s, onFirstPage=adv_page, onLaterPages=adv_page)


def ar_page(canv, doc):
    canv.saveState()
    w, h = A4
    canv.setFillColor(BLUE)
    canv.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("LSB", 9)
    canv.drawString(20 * mm, h - 9 * mm, "PART 4  MANAGEMENT AND ACCOUNTABILITY")
    canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
    canv.setFont("LS", 8)
    no = 141 + doc.page
    label = "Department of Water, Environment and Regional Development  |  Annual Report 2026-27"
    if no % 2 == 0:
        canv.drawString(20 * mm, 10 * mm, "%d" % no)
        canv.drawString(30 * mm, 10 * mm, label)
    else:
        canv.drawRightString(w - 30 * mm, 10 * mm, label)
        canv.drawRightString(w - 20 * mm, 10 * mm, "%d" % no)
    canv.restoreState()


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=18 * mm, title="Annual Report 2026-27: External scrutiny",
                            author="Department of Water, Environment and Regional Development")
    s = [P("External scrutiny", H1),
         P("The department is subject to scrutiny by the courts and tribunals, the Auditor-General, parliamentary "
           "committees, the Commonwealth Ombudsman and independent reviewers. This section reports the main "
           "developments in 2026-27 and the department's response to them."),
         P("Judicial decisions and decisions of administrative tribunals", H2),
         P("There were no judicial decisions or decisions of administrative tribunals in 2026-27 that had, or may "
           "have, a significant effect on the operations of the department."),
         P("Reports by the Auditor-General", H2),
         P("The Auditor-General tabled two performance audit reports on the department's activities in 2026-27 "
           "(Table 4.6). The department agreed to all five recommendations made in those reports."),
         P("Table 4.6: Auditor-General reports relating to the department, 2026-27", CAP),
         ruled([["Report", "Title", "Recommendations"],
                ["No. 9 2026-27", "Administration of the Regional Water Security Grants Program", "3, all agreed"],
                ["No. 31 2026-27", "Management of Contracts for Environmental Water Monitoring", "2, all agreed"]],
               [30 * mm, 110 * mm, 30 * mm]),
         Spacer(1, 6),
         P("Parliamentary committees", H2),
         P("Departmental officers appeared before the Senate Environment and Communications Legislation Committee "
           "at Budget Estimates, Supplementary Budget Estimates and Additional Estimates hearings, and answered "
           "286 questions on notice. The department also made submissions to two inquiries of the House of "
           "Representatives Standing Committee on Climate Change, Energy, Environment and Water."),
         P("Commonwealth Ombudsman", H2),
         P("The Ombudsman finalised 14 complaints about the department in 2026-27 and made no formal "
           "recommendations."),
         P("Independent reviews", H2),
         P("Independent Review of the WELS Scheme", H3),
         P("The fourth independent review of the Water Efficiency Labelling and Standards scheme, led by Dr Helen "
           "Marchetti, was tabled in Parliament on 12 August 2026. The Government's response was released in "
           "November 2026, and the WELS Regulator, which sits within the department, leads most of the work that "
           "follows from it."),
         P("<i>The register.</i> The Government agreed that registrations should be time-limited. From 1 July 2027 "
           "every registration will expire after five years unless renewed through a short online form, and "
           "products no longer supplied will drop off the register. The Regulator also released the register as "
           "an open data set with a public interface in March 2027, so that retailers and comparison websites can "
           "check a product's rating automatically."),
         P("<i>Product coverage.</i> Following consultation with industry, the Minister agreed to bring combination "
           "washer-dryers into the scheme from 1 July 2028. Instantaneous electric hot water systems will not be "
           "included at this stage; the Government will revisit them once a national test method has been "
           "agreed."),
         P("<i>Compliance and cost recovery.</i> Since January 2027 the Regulator has published the outcome of each "
           "compliance check, including the name of the supplier, on its website within 90 days. The Government "
           "did not agree to raise fees beyond annual indexation, because it considers that the scheme's benefits "
           "to consumers and water utilities justify continued public funding."),
         P("<i>Plumbing certification.</i> The Government noted the recommendation on WaterMark. The department "
           "has referred the question of a single application process to the Building Ministers' Meeting, which "
           "is responsible for the National Construction Code."),
         P("Capability review", H2),
         P("The Australian Public Service Commission's capability review of the department, completed in May "
           "2027, found that the department's regulatory functions were well run but that its data systems needed "
           "investment. The department's action plan in response will be reported in next year's annual report."),
         P("Freedom of information", H2),
         P("The department received 137 requests under the Freedom of Information Act 1982 in 2026-27 and decided "
           "94 per cent of them within the statutory time.")]
    doc.build(s, onFirstPage=ar_page, onLaterPages=ar_page)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "every registration will expire after five years unless renewed", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "the Minister agreed to bring combination washer-dryers into the scheme",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "did not agree to raise fees beyond annual indexation", "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "has published the outcome of each compliance check", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The Government noted the recommendation on WaterMark", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "released the register as an open data set with a public interface",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "There were no judicial decisions or decisions of administrative tribunals",
        "tabled two performance audit reports on the department's activities",
        "answered 286 questions on notice",
        "finalised 14 complaints about the department in 2026-27",
        "capability review of the department, completed in May 2027",
        "received 137 requests under the Freedom of Information Act 1982",
    ], "Advice: an Australian statutory five-yearly independent review of a regulatory scheme (blue title band, "
       "Executive summary, key findings bullets, chapters 1-4 with hanging paragraph numbers 1.1-4.2, page numbers "
       "3-5). The seven recommendations stand ONLY in the ruled 'Table 1: Recommendations' (No. | Recommendation | "
       "Responsibility | Timing), each a 'should' sentence. Traps: the summary's paraphrase ('In short, the review "
       "proposes a leaner register ...'), key findings bullets, the Act's review duty and 'a supplier must "
       "register a product', the 2021 review quoted ('the Regulator should publish its compliance priorities', "
       "done, no further recommendation), Table 2, retailers' 'the register should be easier to search' and "
       "manufacturers' 'should be rated as two separate appliances', 'this waste should be measured', the "
       "Charging Framework's 'should be recovered', 'The review does not recommend that WaterMark be brought "
       "under the Act', the awareness figures with no recommendation beside them. Response: the department's "
       "annual report, Part 4, 'External scrutiny' (pages 142-143, running band 'PART 4 MANAGEMENT AND "
       "ACCOUNTABILITY'), side headings for judicial decisions, the Auditor-General (Table 4.6), parliamentary "
       "committees, the Ombudsman, 'Independent reviews', a capability review and FOI; under 'Independent Review "
       "of the WELS Scheme' four italic run-in sub-heads, no numbers: 'The register.' = five-year expiry (1 "
       "agrees) and the open data interface (7 agrees); 'Product coverage.' washer-dryers only, not hot water "
       "systems (2 partly); ONE paragraph 'Compliance and cost recovery.' = outcomes published with the supplier's "
       "name (4 agrees) and 'did not agree to raise fees beyond annual indexation' (3 disagrees); 'Plumbing "
       "certification.' 'noted the recommendation on WaterMark', referred to the Building Ministers' Meeting (5 "
       "noted); 6 (consumer awareness campaign) is not answered. Unmatched: the section introduction, judicial "
       "decisions, the Auditor-General and Table 4.6, parliamentary committees, the Ombudsman, the capability "
       "review, FOI.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 57 (EN): an Australian-style independent PRIVACY IMPACT ASSESSMENT and the agency's response to it.
Advice: 'Independent Privacy Impact Assessment - ConcessionPass digital concession card' prepared by an (invented)
privacy consultancy for an (invented) Commonwealth department (genre of Australian Government PIA reports under the
Privacy Act 1988 and the Australian Government Agencies Privacy Code: document control table, executive summary with a
'Summary of recommendations' table in SHORT FORM, scope and method, information-flow table, then the analysis
principle by principle 'APP 1' ... 'APP 11', each with the principle's text quoted in italics, findings, a
'Risk rating' line and, where needed, a bold label 'Recommendation N' followed by the recommendation's own text).
Response: 'Department response to the Independent Privacy Impact Assessment' (genre of agency responses published
with a PIA): purpose, a summary, a ruled table 'Rec. | Response | Action and timing' with 'Agreed' / 'Agreed in
part' / 'Not agreed' / 'Noted' labels in another order, one row for recommendations 2 and 5 together, and closing
paragraphs. Recommendations: labels 1-7. Traps: the short-form summary table, the quoted APPs ('must', 'must not'),
the 2023 PIA's recommendation quoted, findings with 'should have', a privacy-enhancing feature box, the Code's duty
to keep a PIA register. reportlab platypus, A4, cleaned Liberation Sans. All content is invented (the Privacy Act
1988 and the Australian Privacy Principles are real; what is said about them is not to be relied on).

Run:  /tmp/blind57en/bin/python tests/docs/src/blind57/gen_en_pia_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b57en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind57_en_pia"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.HexColor("#0b5563")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13, spaceAfter=6, alignment=0)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="LSI", leftIndent=14, rightIndent=14, textColor=colors.HexColor("#333333"))
REC = ParagraphStyle("r", parent=BODY, leftIndent=14, borderPadding=0)
RLAB = ParagraphStyle("rl", parent=BODY, fontName="LSB", textColor=TEAL, spaceAfter=2, leftIndent=14)
RISK = ParagraphStyle("rk", parent=BODY, fontName="LSB", fontSize=9, spaceAfter=5)
H0 = ParagraphStyle("h0", parent=BODY, fontName="LSB", fontSize=17, leading=21, textColor=TEAL, spaceAfter=6)
SUB = ParagraphStyle("sub", parent=BODY, fontSize=11, leading=14, spaceAfter=3)
H1 = ParagraphStyle("h1", parent=BODY, fontName="LSB", fontSize=12.5, leading=16, textColor=TEAL, spaceBefore=8,
                    spaceAfter=5)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LSB", fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=26, bulletIndent=12, spaceAfter=3)

RECS = [
    ("APP 1", "The Department should update its APP Privacy Policy before ConcessionPass is launched, so that the "
              "policy describes the app, the kinds of personal information it collects and the contracted service "
              "providers that handle that information on the Department's behalf."),
    ("APP 3", "The Department should switch off the collection of approximate device location by the analytics "
              "software in the app, and configure that software so that it collects only what is needed to fix "
              "faults and measure the use of each screen."),
    ("APP 5", "The Department should present a short, layered collection notice on the registration screen of the "
              "app and test it, before launch, with at least two groups of concession card holders, one of them made "
              "up of people aged 70 and over."),
    ("APP 6", "The Department should disclose trip records to its Fare Compliance Unit only in response to a "
              "request about a particular card holder that has been approved by an officer at Executive Level 2 or "
              "above and recorded in a disclosure log."),
    ("APP 8", "The Department should require, through its contract with the cloud hosting provider, that all "
              "ConcessionPass data, including backups and remote support access, are held and accessed only in "
              "Australia."),
    ("APP 11", "The Department should delete trip records that can be linked to an identifiable card holder 12 "
               "months after the trip, keeping only de-identified and aggregated data for planning after that "
               "period."),
    ("APP 1", "The Department should publish this PIA, or a summary of it together with the Department's response, "
              "on its website within three months of the launch of ConcessionPass."),
]


def deco(c, doc):
    c.saveState()
    w, h = A4
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(20 * mm, h - 11 * mm, "ConcessionPass - Independent Privacy Impact Assessment - Final v1.0")
        c.drawRightString(w - 20 * mm, h - 11 * mm, "OFFICIAL")
    c.drawString(20 * mm, 10 * mm, "Wattle Lane Privacy Advisory")
    c.drawRightString(w - 20 * mm, 10 * mm, "Page %d" % doc.page)
    c.restoreState()


def P(t, s=BODY, b=None):
    return Paragraph(t, s, bulletText=b)


def tbl(data, widths, head=True):
    t = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.5, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7e9ec")))
    t.setStyle(TableStyle(st))
    return t


def rec(k):
    return KeepTogether([P("Recommendation %d" % k, RLAB), P(RECS[k - 1][1], REC)])


def advice(path):
    s = [P("OFFICIAL", ParagraphStyle("o", parent=BODY, fontName="LSB", alignment=1, fontSize=9)),
         Spacer(1, 10),
         P("Independent Privacy Impact Assessment", H0),
         P("ConcessionPass digital concession card", SUB),
         P("Prepared for the Department of Regional Services and Transport", SUB),
         Spacer(1, 6),
         tbl([[P("Document", CELLB), P("Final report, version 1.0", CELL)],
              [P("Date", CELLB), P("14 April 2026", CELL)],
              [P("Prepared by", CELLB), P("Wattle Lane Privacy Advisory Pty Ltd (Ingrid Halloway, Tomasz Brenner)",
                                          CELL)],
              [P("Client contact", CELLB), P("Director, Digital Concessions Section, Customer Services Division",
                                             CELL)],
              [P("Status", CELLB), P("Final - incorporates the Department's comments on the draft of 20 March 2026",
                                     CELL)]],
             [38 * mm, 128 * mm], head=False),
         P("1. Executive summary", H1),
         P("The Department of Regional Services and Transport (the Department) is replacing the plastic regional "
           "travel concession card with a digital card held in a mobile app, ConcessionPass. Card holders will "
           "register in the app, prove their eligibility through a link to their Centrelink concession status, and "
           "show a QR code on the bus or train. The app records each trip so that operators can be paid for "
           "concession travel."),
         P("We found that the project has been designed with privacy in mind and that most privacy risks are low "
           "or can be reduced to low. The main risks concern the disclosure of trip records for fare compliance, "
           "the retention of those records, and the analytics software built into the app. Our findings are "
           "summarised below. The recommendations themselves, with our reasons, are set out in section 4."),
         tbl([[P("No.", CELLB), P("In brief", CELLB), P("APP", CELLB), P("Residual risk if not adopted", CELLB)],
              [P("1", CELL), P("Privacy policy to cover the app", CELL), P("1", CELL), P("Low", CELL)],
              [P("2", CELL), P("No location data in analytics", CELL), P("3", CELL), P("Medium", CELL)],
              [P("3", CELL), P("Layered notice, tested with users", CELL), P("5", CELL), P("Medium", CELL)],
              [P("4", CELL), P("Case-by-case disclosure to fare compliance", CELL), P("6", CELL), P("High", CELL)],
              [P("5", CELL), P("Onshore hosting and support", CELL), P("8", CELL), P("Medium", CELL)],
              [P("6", CELL), P("12-month limit on identifiable trip data", CELL), P("11", CELL), P("High", CELL)],
              [P("7", CELL), P("Publish the PIA", CELL), P("1", CELL), P("Low", CELL)]],
             [12 * mm, 88 * mm, 16 * mm, 50 * mm]),
         Spacer(1, 4),
         P("2. Scope and method", H1),
         P("This PIA covers the registration, eligibility check, trip recording and payment functions of the app "
           "at the start of the pilot in the Eastern Ranges region. It does not cover the operators' own ticketing "
           "systems or the later integration with metropolitan transport cards. We reviewed the following documents:"),
         P("the business case and the solution design (version 2.3);", BUL, "(a)"),
         P("the draft contracts with the app developer and the cloud hosting provider;", BUL, "(b)"),
         P("the threat and risk assessment of February 2026; and", BUL, "(c)"),
         P("the PIA of the plastic concession card scheme completed in 2023.", BUL, "(d)"),
         P("We also interviewed eleven officers of the Department and two representatives of the developer. We "
           "rated each risk as low, medium or high by combining likelihood and consequence."),
         P("3. Information flows", H1),
         tbl([[P("Information", CELLB), P("Collected from", CELLB), P("Used for", CELLB), P("Disclosed to", CELLB)],
              [P("Name, date of birth, address", CELL), P("Card holder", CELL), P("Registration", CELL),
               P("Cloud host (storage)", CELL)],
              [P("Concession status", CELL), P("Services Australia link", CELL), P("Eligibility", CELL),
               P("-", CELL)],
              [P("Trip records (stop, time, route)", CELL), P("Operator validators", CELL),
               P("Operator payments", CELL), P("Operators; Fare Compliance Unit", CELL)],
              [P("Device and usage data", CELL), P("App analytics software", CELL), P("Fault fixing", CELL),
               P("Analytics vendor", CELL)]],
             [44 * mm, 40 * mm, 36 * mm, 46 * mm]),
         P("4. Analysis against the Australian Privacy Principles", H1),
         P("4.1 APP 1 - Open and transparent management of personal information", H2),
         P("APP 1.3: An APP entity must have a clearly expressed and up to date policy about the management of "
           "personal information by the entity.", QUOTE),
         P("The Department's APP Privacy Policy was last updated in 2022 and does not mention mobile apps. The "
           "policy should have been reviewed when the project was approved in 2025. Risk rating: Low.", BODY),
         rec(1),
         P("4.2 APP 3 - Collection of solicited personal information", H2),
         P("APP 3.1: If an APP entity is an agency, the entity must not collect personal information (other than "
           "sensitive information) unless the information is reasonably necessary for, or directly related to, one "
           "or more of the entity's functions or activities.", QUOTE),
         P("Registration data and trip records are reasonably necessary. The analytics software, however, collects "
           "approximate device location each time the app is opened, which no function of the app needs.", BODY),
         P("Risk rating: Medium", RISK),
         rec(2),
         P("4.3 APP 5 - Notification of the collection of personal information", H2),
         P("The draft collection notice runs to 1,400 words and appears only behind a link. Older card holders, "
           "who make up 58 per cent of the pilot population, are unlikely to read it.", BODY),
         P("Risk rating: Medium", RISK),
         rec(3),
         P("4.4 APP 6 - Use or disclosure of personal information", H2),
         P("APP 6.1: If an APP entity holds personal information about an individual that was collected for a "
           "particular purpose, the entity must not use or disclose the information for another purpose unless "
           "the individual has consented or an exception applies.", QUOTE),
         P("The solution design provides for a weekly bulk extract of all trip records to the Fare Compliance Unit, "
           "which looks for patterns suggesting that cards are shared. The Department relies on the exception for "
           "enforcement related activities, but a bulk extract of every trip by every card holder goes well "
           "beyond what that exception is meant to allow. The 2023 PIA recommended that 'the Department should "
           "limit access to card data to officers with a demonstrated need', and this was implemented for the "
           "plastic card.", BODY),
         P("Risk rating: High", RISK),
         rec(4),
         P("4.5 APP 8 - Cross-border disclosure of personal information", H2),
         P("The hosting provider stores data in Australia, but its draft contract allows support staff in two "
           "other countries to access the production environment.", BODY),
         P("Risk rating: Medium", RISK),
         rec(5),
         P("4.6 APP 11 - Security of personal information", H2),
         P("APP 11.2 requires an entity to take reasonable steps to destroy or de-identify personal information it "
           "no longer needs. The solution design keeps trip records indefinitely, although operators are paid "
           "within 60 days.", BODY),
         KeepTogether([Table([[P("<b>Privacy-enhancing feature.</b> The QR code shown on the bus changes every 30 "
                                 "seconds and contains no name or date of birth, so that a photographed code cannot "
                                 "be used to identify or track a card holder. We commend this design choice.",
                                 CELL)]], colWidths=[166 * mm],
                             style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef6f7")),
                                    ("BOX", (0, 0), (-1, -1), 0.5, TEAL),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5)])]),
         Spacer(1, 6),
         P("Risk rating: High", RISK),
         rec(6),
         P("5. Transparency of this assessment and next steps", H1),
         P("Under the Privacy (Australian Government Agencies - Governance) APP Code 2017, the Department must "
           "conduct a PIA for a high privacy risk project and must include it in its register of PIAs. Publishing "
           "PIAs is not required, but it builds trust with the people whose information is handled.", BODY),
         rec(7),
         P("We thank the officers of the Digital Concessions Section for their assistance.", BODY),
         ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Independent Privacy Impact Assessment - "
                            "ConcessionPass", author="Wattle Lane Privacy Advisory")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def response(path):
    rows = [
        ("7", "<b>Noted.</b> A summary of the PIA will be considered for publication once the pilot has been "
              "evaluated, taking into account the security sensitivities of the solution design.",
         "Privacy Officer; decision by December 2026"),
        ("3", "<b>Agreed.</b> The registration screen now opens with a notice of about 120 words, with a link to "
              "the full notice. It was tested in Orbost Creek and Tallangatta Vale in March 2026.",
         "Completed"),
        ("1", "<b>Agreed.</b> The Department's privacy policy will be revised with a new section on digital "
              "services, including ConcessionPass.",
         "Chief Privacy Officer; before launch"),
        ("2 and 5", "<b>Recommendation 5: Agreed.</b> The hosting contract was varied on 2 April 2026 so that "
                    "support staff outside Australia can no longer reach production data.<br/>"
                    "<b>Recommendation 2: Agreed in part.</b> Location capture has been removed from the analytics "
                    "configuration. The Department will keep session length and device model, which the developer "
                    "needs for accessibility testing.",
         "Contract Manager; Digital Delivery Branch; completed before pilot"),
        ("4", "<b>Not agreed.</b> The detection of shared cards depends on patterns across many trips and cannot "
              "work on individual requests. The weekly extract will continue, with the names removed and "
              "re-identification only on an approved case. The Department is satisfied that this is authorised "
              "under APP 6.2(e).",
         "Fare Compliance Unit"),
    ]
    s = [P("Department of Regional Services and Transport", ParagraphStyle("dh", parent=BODY, fontName="LSB",
                                                                           textColor=TEAL, fontSize=10)),
         Spacer(1, 4),
         P("ConcessionPass: Department response to the Independent Privacy Impact Assessment", H0),
         P("May 2026", SUB),
         P("Purpose", H1),
         P("The Department commissioned an independent privacy impact assessment of ConcessionPass in January "
           "2026. This document sets out how the Department has responded to it. It should be read with the "
           "assessment report, which the Department has entered in its PIA register."),
         P("Summary", H1),
         P("The Department welcomes the assessment and its finding that privacy was considered from the start of "
           "the project. Of the recommendations, most have been agreed and several are already in place. "
           "Responses are grouped below by the area of the business responsible, beginning with governance."),
         tbl([[P("Rec.", CELLB), P("Response", CELLB), P("Action and timing", CELLB)]] +
             [[P(a, CELL), P(b, CELL), P(c, CELL)] for a, b, c in rows],
             [18 * mm, 104 * mm, 44 * mm]),
         Spacer(1, 6),
         P("Rotating QR code", H1),
         P("The Department thanks the assessors for their comments on the rotating QR code. The same approach will "
           "be offered to the operators of the metropolitan network when their card systems are next upgraded."),
         P("Further steps", H1),
         P("In addition to the actions above, a privacy champion has been appointed in each of the four regional "
           "offices taking part in the pilot. Progress on the agreed actions will be reported to the Department's "
           "Audit and Risk Committee in September 2026."),
         P("Enquiries about this response may be directed to the Chief Privacy Officer at privacy@drst.gov.au."),
         ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="ConcessionPass: Department response to the "
                            "Independent Privacy Impact Assessment", author="Department of Regional Services and "
                            "Transport")

    def d2(c, doc):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(A4[0] / 2, 10 * mm, "%d" % doc.page)
        c.restoreState()
    doc.build(s, onFirstPage=d2, onLaterPages=d2)


NOTES = ("Australian-style independent privacy impact assessment (PIA) of an (invented) Commonwealth department's "
         "digital concession card app, answered by the department's published response. Recommendations: bold "
         "labels 'Recommendation 1'-'7' in section 4 (6 under the APP headings, 7 under section 5), each followed "
         "by its own 'The Department should ...' text. Traps: the executive summary's table 'No. | In brief | APP | "
         "Residual risk' with SHORT forms 1-7, the scope list (a)-(d), the information-flow table, the quoted APPs "
         "('must', 'must not'), 'should have been reviewed', 'Risk rating' lines, the 2023 PIA's recommendation "
         "quoted, the privacy-enhancing feature box, the APP Code's duties ('must conduct'). The response has a "
         "ruled table 'Rec. | Response | Action and timing' in the order 7, 3, 1, '2 and 5', 4, with labels. Key: "
         "7 'Noted', publication 'will be considered' (noted); 3 'Agreed', done (agrees); 1 'Agreed' (agrees); one "
         "row '2 and 5': 5 'Agreed', contract varied (agrees) + 2 'Agreed in part', location removed but session "
         "length and device model kept (partly); 4 'Not agreed', weekly extract continues (disagrees); 6 "
         "(12-month deletion of identifiable trip data) has no row: unanswered. Unmatched: Purpose, Summary, "
         "'Rotating QR code' (answers the feature box, not a recommendation), 'Further steps', the enquiries line.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "will be revised with a new section on digital services", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Location capture has been removed from the analytics configuration",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "now opens with a notice of about 120 words", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The weekly extract will continue, with the names removed", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The hosting contract was varied on 2 April 2026", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "will be considered for publication once the pilot has been evaluated",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["This document sets out how the Department has responded",
                                  "will be offered to the operators of the metropolitan network",
                                  "a privacy champion has been appointed in each",
                                  "may be directed to the Chief Privacy Officer"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b57en.py"), NAME)) and 1)

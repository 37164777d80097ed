"""Round 48 (EN): advice of an (invented) Independent Service Change Panel to the Secretary of State for Health and
Social Care on a contested NHS reconfiguration referred by a joint health overview and scrutiny committee (the genre
of the former Independent Reconfiguration Panel's full-review advice): title block, numbered paragraphs 1.1-6.4 in a
number column, a summary whose box repeats the recommendations in short form, the referral letter's own request
quoted ('the Committee recommends that the Secretary of State ...'), findings with 'should have', a table of travel
times and births, the Panel's overall advice that the proposals should proceed, then six bold 'Recommendation N'
paragraphs addressed to the ICB and to NHS England; answered by the Secretary of State's decision letter to the
Chair of the Joint HOSC (decision first, then the recommendations in another order, one paragraph accepting one
recommendation and rejecting another, one referred to NHS England's capital process, one missing, and paragraphs on
the decision and on thanks that answer nothing). reportlab platypus, A4, cleaned Liberation Sans / Serif, header
and footer drawn on the canvas. All content (panel, ICB, trusts, hospitals, committee, people, figures) is invented.

Run:  /tmp/blind48en/bin/python tests/docs/src/blind48/gen_en_irp_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b48en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind48_en_irp"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LR", "LiberationSerif-Regular.ttf"),
              ("LRB", "LiberationSerif-Bold.ttf"), ("LRI", "LiberationSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRB")

BLUE = colors.HexColor("#1d3f6e")
PALE = colors.HexColor("#e3eaf4")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.8, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=5, textColor=BLUE)
CELL = ParagraphStyle("c", fontName="LS", fontSize=9, leading=11.5)
CELLW = ParagraphStyle("cw", parent=CELL, fontName="LSB", textColor=colors.white)
LET = ParagraphStyle("l", fontName="LR", fontSize=11, leading=15, spaceAfter=7)

R = {1: "Before any change is implemented, the ICB should agree with East Fenmoor Ambulance Service NHS Trust a "
        "funded plan for the estimated 410 additional emergency maternity transfers a year.",
     2: "The midwife-led unit at Fenmoor Community Hospital should be retained for at least three years, and its "
        "use should be reviewed jointly with the Joint Health Overview and Scrutiny Committee.",
     3: "The ICB should publish, within three months, a travel and transport plan for women and families living "
        "on the Isle of Skerr, including practical help with the cost of travel.",
     4: "The ICB should commission an independent evaluation of outcomes for mothers and babies at 12 and 24 "
        "months after the change, and publish it.",
     5: "NHS England should ensure that the capital of 18.4 million pounds for the enlarged unit at Harrowgate "
        "General Hospital is confirmed before the Fenmoor obstetric unit closes.",
     6: "The ICB and the two trusts should agree a single maternity workforce plan, and fill the 14 midwife "
        "vacancies at Harrowgate before any transfer of births."}
SHORT = {1: "a funded ambulance transfer plan before implementation",
         2: "retention of the Fenmoor midwife-led unit for three years",
         3: "a travel and transport plan for the Isle of Skerr",
         4: "an independent evaluation of outcomes at 12 and 24 months",
         5: "confirmation of capital funding before closure",
         6: "a single workforce plan and recruitment to vacancies"}


def deco(head, foot):
    def draw(c, doc):
        W, Ht = A4
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(20 * mm, Ht - 12 * mm, head)
            c.setStrokeColor(BLUE)
            c.line(20 * mm, Ht - 13.5 * mm, W - 20 * mm, Ht - 13.5 * mm)
        c.drawString(20 * mm, 10 * mm, foot)
        c.drawRightString(W - 20 * mm, 10 * mm, str(doc.page))
        c.restoreState()
    return draw


def N(n, t):
    tb = Table([[Paragraph(n, BODY), Paragraph(t, BODY)]], colWidths=(13 * mm, 157 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def advice(path):
    s = []
    band = Table([[Paragraph("<font color='white' size='10'><b>INDEPENDENT SERVICE CHANGE PANEL</b></font>", CELL)],
                  [Paragraph("<font color='white' size='17'><b>Advice to the Secretary of State for Health and "
                             "Social Care</b></font>", ParagraphStyle("t", fontName="LSB", leading=22))],
                  [Paragraph("<font color='white' size='12'>Harrowgate and Fenmoor: proposed changes to maternity "
                             "and neonatal services</font>", ParagraphStyle("t2", fontName="LS", leading=16))],
                  [Paragraph("<font color='white' size='9.5'>Full review | Submitted 12 March 2026</font>", CELL)]],
                 colWidths=(170 * mm,))
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    s += [band, Spacer(1, 8)]
    s.append(Paragraph("1 Summary", H1))
    s.append(N("1.1", "On 9 October 2025 the Secretary of State asked the Panel to review the proposals of NHS North "
                      "Fenmoor Integrated Care Board (the ICB) to centralise consultant-led births at Harrowgate "
                      "General Hospital, following a referral by the Harrowgate and Fenmoor Joint Health Overview and "
                      "Scrutiny Committee (the Joint Committee)."))
    s.append(N("1.2", "The Panel's advice is that the proposals are in the interests of the health service in the area "
                      "and should proceed, subject to the conditions set out in our recommendations. In summary, we "
                      "recommend:"))
    box = Table([[Paragraph("<br/>".join("&#8226; " + SHORT[k] for k in range(1, 7)), CELL)]], colWidths=(157 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Table([["", box]], colWidths=(13 * mm, 157 * mm),
                   style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Paragraph("2 The referral", H1))
    s.append(N("2.1", "The Joint Committee referred the proposals under regulation 23(9) of the Local Authority "
                      "(Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013 on the "
                      "grounds that consultation had been inadequate and that the proposals would not be in the "
                      "interests of the health service in its area."))
    s.append(N("2.2", "Its letter of 18 August 2025 stated: 'The Committee recommends that the Secretary of State "
                      "rejects the proposals in their entirety and directs the ICB to maintain consultant-led "
                      "births at Fenmoor.' The Panel has considered that request alongside the evidence summarised "
                      "below."))
    s.append(Paragraph("3 Background", H1))
    s.append(N("3.1", "Fenmoor Community Hospital's obstetric unit has been staffed by locum consultants for most of "
                      "the last three years and suspended births on 37 occasions in 2024-25. Table 1 shows births and "
                      "travel times to each site."))
    tab = [[Paragraph("<b>Site</b>", CELLW), Paragraph("<b>Births 2024-25</b>", CELLW),
            Paragraph("<b>Median travel time from Isle of Skerr</b>", CELLW),
            Paragraph("<b>Consultant presence on labour ward</b>", CELLW)],
           [Paragraph(x, CELL) for x in ("Harrowgate General Hospital", "4,210", "1 h 50 min (incl. ferry)", "98 h")],
           [Paragraph(x, CELL) for x in ("Fenmoor Community Hospital", "1,140", "55 min (incl. ferry)", "40 h")],
           [Paragraph(x, CELL) for x in ("Fenmoor midwife-led unit", "160", "55 min (incl. ferry)", "n/a")]]
    t = Table(tab, colWidths=(55 * mm, 30 * mm, 50 * mm, 35 * mm))
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Paragraph("Table 1 Births and access by site. Source: ICB pre-consultation business case.",
                       ParagraphStyle("cap", parent=CELL, fontName="LSI", spaceBefore=3, spaceAfter=6))]
    s.append(N("3.2", "National standards say that obstetric units should have at least 60 hours of consultant "
                      "presence a week. The unit at Fenmoor cannot meet that standard with the present workforce."))
    s.append(Paragraph("4 Consultation and engagement", H1))
    s.append(N("4.1", "The ICB consulted for 14 weeks and received 3,812 responses. The consultation document should "
                      "have explained more clearly the effect on families from the Isle of Skerr, who face the "
                      "longest journeys, and the ICB should have held events on the island itself. Even so, the "
                      "Panel does not consider that the consultation was inadequate."))
    s.append(Paragraph("5 The Panel's view", H1))
    s.append(N("5.1", "The Panel is satisfied that the present arrangements are not safe or sustainable, and that "
                      "there is a strong clinical case for the change. Our concerns lie with implementation: "
                      "ambulance capacity, the position of women on the island, the future of midwife-led care at "
                      "Fenmoor, capital, and staffing at Harrowgate."))
    s.append(N("5.2", "East Fenmoor Ambulance Service estimated that transfers would increase by about 410 a year, "
                      "but this was not reflected in the financial plan we were shown."))
    s.append(N("5.3", "Families from the island told us of ferry timetables that do not run at night and of the cost "
                      "of staying in Harrowgate. The ICB's travel analysis was prepared late in the process."))
    s.append(N("5.4", "The business case assumes capital of 18.4 million pounds for an enlarged labour ward and "
                      "neonatal unit at Harrowgate, which has been bid for but not yet allocated."))
    s.append(Paragraph("6 Advice and recommendations", H1))
    s.append(N("6.1", "The Panel advises that the proposals should proceed. We make the following recommendations:"))
    for k in range(1, 7):
        s.append(N("", "<b>Recommendation %d</b><br/>%s" % (k, R[k])))
    s.append(N("6.2", "The Panel would be pleased to discuss this advice with the Secretary of State or officials."))
    s.append(Spacer(1, 6))
    s.append(N("", "Professor Alastair Brennock CBE<br/>Chair, Independent Service Change Panel"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="ISCP advice: Harrowgate and Fenmoor maternity services")
    f = deco("Independent Service Change Panel | Harrowgate and Fenmoor maternity and neonatal services",
             "ISCP/2025/07 | Advice to the Secretary of State")
    doc.build(s, onFirstPage=f, onLaterPages=f)


def response(path):
    s = []
    s.append(Paragraph("<b>Department of Health and Social Care</b>", ParagraphStyle("d", fontName="LRB",
                                                                                     fontSize=15, leading=19)))
    s.append(Paragraph("<i>From the Rt Hon Rachel Ingleby MP<br/>Secretary of State for Health and Social Care</i>",
                       ParagraphStyle("d2", fontName="LRI", fontSize=10, leading=13, spaceBefore=2)))
    s.append(Spacer(1, 4))
    s.append(Paragraph("39 Victoria Street<br/>London<br/>SW1H 0EU", ParagraphStyle("ad", fontName="LR", fontSize=9.5,
                                                                                     leading=12, alignment=2)))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Our ref: SOS/2026/04418", LET))
    s.append(Paragraph("Councillor Margaret Oyelaran<br/>Chair, Harrowgate and Fenmoor Joint Health Overview and "
                       "Scrutiny Committee<br/>Harrowgate Civic Centre<br/>Harrowgate HG4 2TT", LET))
    s.append(Paragraph("14 May 2026", LET))
    s.append(Paragraph("Dear Councillor Oyelaran,", LET))
    s.append(Paragraph("<b>REFERRAL OF PROPOSED CHANGES TO MATERNITY AND NEONATAL SERVICES IN HARROWGATE AND "
                       "FENMOOR</b>", LET))
    P = [
        "I am writing to inform you of my decision on the Joint Committee's referral of August 2025. I have now "
        "considered the advice of the Independent Service Change Panel, which I enclose, together with the further "
        "information provided by the ICB.",
        "Having done so, I have decided that the proposals to centralise consultant-led births at Harrowgate General "
        "Hospital should go ahead. I recognise that this is not the outcome the Joint Committee sought, but I am "
        "satisfied that the current service at Fenmoor cannot safely be sustained.",
        "I agree with the Panel that safe transfer arrangements are a precondition of the change. I have asked the "
        "ICB to confirm to me, before any births move, that it has agreed and funded the additional ambulance "
        "capacity with East Fenmoor Ambulance Service.",
        "The Panel also advised on the midwife-led unit at Fenmoor and on evaluation. I accept that outcomes should "
        "be independently evaluated, and the ICB will commission an evaluation at 12 and 24 months and publish the "
        "results. I do not, however, think it right to fix the future of the midwife-led unit for three years from "
        "Whitehall. Its use should be reviewed by the ICB after the first year in the light of demand, and the ICB "
        "will share that review with your Committee.",
        "On capital, the allocation for Harrowgate General Hospital is a matter for NHS England's national capital "
        "prioritisation process. I understand that the scheme will be considered in the 2026-27 round, and I have "
        "drawn the Panel's advice to NHS England's attention.",
        "As for families on the Isle of Skerr, the ICB has told me that it will publish a travel plan by the end of "
        "September, developed with the island's community council. Help with the cost of travel will continue to be "
        "provided through the existing Healthcare Travel Costs Scheme rather than a new local fund.",
        "Finally, I would like to thank members of the Joint Committee, and the many local people who took part, for "
        "the care with which they have scrutinised these proposals. I am copying this letter to the ICB, to the "
        "Panel and to local Members of Parliament.",
    ]
    for t in P:
        s.append(Paragraph(t, LET))
    s.append(Paragraph("Yours sincerely,", LET))
    s.append(Spacer(1, 14))
    s.append(Paragraph("<b>RT HON RACHEL INGLEBY MP</b>", LET))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Secretary of State's decision")

    def draw(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawString(25 * mm, A4[1] - 12 * mm, "Councillor Margaret Oyelaran - 14 May 2026 - SOS/2026/04418")
        c.drawCentredString(A4[0] / 2, 10 * mm, "Page %d" % d.page)
        c.restoreState()
    doc.build(s, onFirstPage=draw, onLaterPages=draw)


NOTES = ("Advice of the invented Independent Service Change Panel to the Secretary of State (IRP full-review genre) on "
         "Harrowgate and Fenmoor maternity and neonatal services: blue title band, paragraphs 1.1-6.2 in a number "
         "column; summary box 1.2 repeats the six recommendations in short noun phrases (trap); 2.2 quotes the "
         "referral letter ('The Committee recommends that the Secretary of State rejects the proposals', trap); "
         "Table 1 births and travel times; 3.2 'obstetric units should have at least 60 hours'; 4.1 'should have "
         "explained' / 'should have held events' (findings); 5.1-5.4 the Panel's view; 6.1 overall advice 'the "
         "proposals should proceed' (a conclusion, not a recommendation); then bold 'Recommendation 1'-'6' with "
         "'should' sentences addressed to the ICB, the ICB and trusts, and NHS England. Response: Secretary of "
         "State's decision letter to the Joint Committee chair in the order decision, 1, 4+2, 5, 3, thanks. Key: "
         "1 ICB to confirm ambulance capacity agreed and funded before births move (agrees); one paragraph covers 4 "
         "independent evaluation at 12 and 24 months (agrees) and 2 'I do not, however, think it right to fix the "
         "future of the midwife-led unit for three years' (disagrees); 5 capital a matter for NHS England's "
         "prioritisation, advice drawn to its attention (noted); 3 travel plan by end of September but help with "
         "costs only through the existing scheme (partly); 6 workforce plan unanswered. Unmatched: the decision "
         "paragraph (proposals to go ahead), the closing thanks/copy paragraph.")


def expected():
    sw = lambda k: " ".join(R[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "it has agreed and funded the additional ambulance capacity", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "I do not, however, think it right to fix", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "rather than a new local fund", "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "the ICB will commission an evaluation at 12 and 24 months", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "a matter for NHS England's national capital prioritisation process",
         "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["I have decided that the proposals to centralise consultant-led births",
                                  "I am copying this letter to the ICB"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b48en.py"), NAME)) and 1)

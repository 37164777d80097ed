"""Round 68 (EN): an IRISH MENTAL HEALTH COMMISSION APPROVED CENTRE INSPECTION REPORT (genre of the Inspector of
Mental Health Services' annual reports on approved centres under the Mental Health Act 2001: a details table,
conditions attached to registration, the Inspector's review of findings, a compliance-ratings table and detailed
findings per regulation) and the approved centre's CORRECTIVE AND PREVENTATIVE ACTION (CAPA) PLAN, a LANDSCAPE
table with the Commission's SMART columns, published as an appendix to the report.
Advice: Mental Health Commission, 'Approved Centre Inspection Report 2026: Acute Psychiatric Unit, St Fintan's
General Hospital', A4 portrait, 3 p.: details table, a boxed registration condition ('shall'), the Inspector's
review (a resident quoted, 'should'), a bordered 'Areas requiring action' box - the ONLY place where the seven
recommendations stand, numbered 1.-7., most 'The approved centre must ensure that ...', two 'The registered
proprietor should ...' - then a compliance table, detailed findings with the regulations paraphrased
('Regulation 15 requires ...'), reasons (a)-(c) for each non-compliance, a training table, the 2025 CAPA
quoted, and the duty to submit a CAPA plan.
Response: 'Appendix 1: Corrective and Preventative Action Plan', A4 LANDSCAPE, 2 p.: a note from the registered
proprietor nominee, then a table with columns CAPA / Area(s) of non-compliance / Corrective and preventative
action(s) / Measurable / Achievable-Realistic / Time-bound / Post-holder(s), rows in the order of the
regulations: 13 (searches: referred to a national policy), 15, 19, 22 + the seclusion rules (ONE row, two
answers), 26, and a carried-forward 2025 CAPA; a factual-accuracy comment and the sign-off. Recommendation 7
(family room; the regulation was rated compliant) is not answered.
reportlab platypus, cleaned Liberation Sans, invariant=1. The Mental Health Commission, the Inspector of Mental
Health Services, the Mental Health Act 2001, the Approved Centres Regulations 2006 and the seclusion rules are
real; the approved centre, the hospital, the people and the figures are invented, and what is said about the
law and the rules is not to be relied on.

Run:  /tmp/blind68en/bin/python tests/docs/src/blind68/gen_en_mhc_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b68en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind68_en_mhc"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.HexColor("#00576b")
PALE = colors.HexColor("#e6f1f3")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.4, leading=12.8, spaceAfter=5, alignment=4)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12, leading=15, textColor=TEAL, spaceBefore=6, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=9.8, leading=13, spaceBefore=4, spaceAfter=3)
TIT = ParagraphStyle("t", fontName="LSB", fontSize=17, leading=21, textColor=TEAL)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.4, leading=10.8)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB")
CELLH = ParagraphStyle("ch", parent=SM, fontName="LSB", textColor=colors.white)
LI = ParagraphStyle("li", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)

RECS = [
    "The approved centre must ensure that each resident's individual care plan is reviewed by the "
    "multi-disciplinary team at least once a fortnight and records the resident's involvement.",
    "The registered proprietor must remove the ligature points identified in the en-suite bathrooms of Ash Ward "
    "and Willow Ward.",
    "The approved centre must ensure that all staff complete mandatory training in fire safety, Basic Life "
    "Support and the management of violence and aggression.",
    "The registered proprietor should reconfigure the seclusion room so that a resident in seclusion can be "
    "observed at all times and has access to toilet facilities.",
    "The approved centre must ensure that every resident receives a full physical examination within 24 hours "
    "of admission, and that the result is recorded.",
    "The approved centre must put in place a written operational policy on the searching of residents and "
    "their property, and record every search.",
    "The registered proprietor should provide a family room where residents can receive visits from children "
    "away from the communal areas of the wards.",
]


def P(t, s=BODY, **kw):
    return Paragraph(t, s, **kw)


def grid(rows, widths, head=True, style=SM, bg=TEAL, pad=3):
    data = []
    for i, r in enumerate(rows):
        data.append([P(c, CELLH if (head and i == 0) else style) for c in r])
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8fb3bc")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), bg))
    return Table(data, colWidths=widths, repeatRows=1 if head else 0, style=st)


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title="Approved Centre Inspection Report 2026 - AC0142",
                            author="Mental Health Commission")
    s = []
    band = Table([[P("<font color='white'><b>Mental Health Commission</b><br/>Coimisiún Meabhair-Shláinte</font>",
                     ParagraphStyle("bl", parent=SM, fontSize=9, leading=11.5)),
                   P("<font color='white'><b>Approved Centre Inspection Report</b><br/>Mental Health Act 2001, "
                     "section 51</font>", ParagraphStyle("br", parent=SM, fontSize=9, leading=11.5, alignment=2))]],
                 colWidths=[85 * mm, 85 * mm],
                 style=[("BACKGROUND", (0, 0), (-1, -1), TEAL), ("TOPPADDING", (0, 0), (-1, -1), 6),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    s += [band, Spacer(1, 9), P("Acute Psychiatric Unit, St Fintan's General Hospital", TIT),
          P("Year of inspection: 2026", ParagraphStyle("y", parent=BODY, fontSize=10.5, textColor=TEAL)),
          Spacer(1, 3)]
    det = [["Approved centre ID", "AC0142", "Type of inspection", "Unannounced, annual"],
           ["Registered proprietor", "Midlands and North-East Community Health Services",
            "Dates of inspection", "3, 4 and 5 March 2026"],
           ["Registered proprietor nominee", "Ms Aoife Lanigan, Head of Mental Health Services",
            "Lead inspector", "Dr Cathal Moynihan"],
           ["Number of registered beds", "46", "Residents present on the first day", "41"],
           ["Wards", "Ash Ward (24 beds), Willow Ward (22 beds)", "Conditions attached to registration", "Yes (1)"]]
    s.append(Table([[P(c, SMB if j % 2 == 0 else SM) for j, c in enumerate(r)] for r in det],
                   colWidths=[37 * mm, 52 * mm, 39 * mm, 42 * mm],
                   style=[("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8fb3bc")),
                          ("BACKGROUND", (0, 0), (0, -1), PALE), ("BACKGROUND", (2, 0), (2, -1), PALE),
                          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    s += [Spacer(1, 7),
          Table([[P("<b>Condition 1 attached to registration.</b> To ensure adherence to Regulation 22: Premises, "
                    "the approved centre shall implement a programme of maintenance to address the ligature "
                    "risks in the approved centre and shall report on its progress to the Mental Health "
                    "Commission every quarter.", SM)]], colWidths=[170 * mm],
                style=[("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                       ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]),
          Spacer(1, 4),
          P("1.0 Inspector of Mental Health Services - Review of findings", H1),
          P("This report sets out the findings of the annual inspection of the Acute Psychiatric Unit, St Fintan's "
            "General Hospital, carried out by the Inspector of Mental Health Services under section 52(d) of "
            "the Mental Health Act 2001. The approved centre provides acute admission care for adults from the "
            "Carrigmore and Drumlea catchment areas."),
          P("In 2025 the approved centre was compliant with 24 of the 31 applicable regulations, rules and codes "
            "of practice. In 2026 it was compliant with 25. Two non-compliances were rated high risk, both of "
            "which had also been found in 2025. The inspection team met 17 residents, who spoke warmly of the "
            "nursing staff; one resident said: \"The nurses are great, but the doctors should tell you more "
            "about why your tablets are changed.\""),
          P("The approved centre had improved in several areas since the last inspection:", BODY),
          P("occupational therapy was available on both wards five days a week;", LI, bulletText="\u2022"),
          P("frosted film had been applied to the observation windows of the single bedrooms; and", LI,
            bulletText="\u2022"),
          P("a peer support worker had joined the multi-disciplinary team in September 2025.", LI,
            bulletText="\u2022"),
          Spacer(1, 5)]
    box = [[P("<b>Areas requiring action</b>", ParagraphStyle("ah", parent=H2, textColor=TEAL, spaceBefore=0))],
           [P("The inspection identified the following areas in which action is required by the approved centre "
              "and its registered proprietor:", SM)]]
    for i, r in enumerate(RECS, 1):
        box.append([Table([[P("%d." % i, SMB), P(r, ParagraphStyle("rr", parent=SM, fontSize=9, leading=11.8))]],
                          colWidths=[7 * mm, 150 * mm],
                          style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])])
    s += [Table(box, colWidths=[170 * mm],
                style=[("BOX", (0, 0), (-1, -1), 1.1, TEAL), ("BACKGROUND", (0, 0), (-1, -1), PALE),
                       ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 2),
                       ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]),
          Spacer(1, 6),
          P("2.0 Compliance with regulations, rules and codes of practice", H1),
          P("Table 1 shows the compliance ratings for the regulations and rules that were inspected against "
            "in full. The full list of 31 ratings is published on the Commission's website."),
          KeepTogether([P("Table 1: Compliance ratings, 2025 and 2026", ParagraphStyle("cap", parent=SMB,
                                                                                    spaceAfter=2)),
                        grid([["Regulation / rule", "2025", "2026", "Risk rating 2026"],
                              ["Regulation 11: Visits", "Compliant", "Compliant", "-"],
                              ["Regulation 13: Searches", "Compliant", "Non-compliant", "Moderate"],
                              ["Regulation 15: Individual care plan", "Non-compliant", "Non-compliant", "High"],
                              ["Regulation 19: General health", "Compliant", "Non-compliant", "Moderate"],
                              ["Regulation 21: Privacy", "Non-compliant", "Compliant", "-"],
                              ["Regulation 22: Premises", "Non-compliant", "Non-compliant", "High"],
                              ["Regulation 26: Staffing", "Non-compliant", "Non-compliant", "Moderate"],
                              ["Rules Governing the Use of Seclusion", "Compliant", "Non-compliant", "Moderate"]],
                             [72 * mm, 30 * mm, 30 * mm, 38 * mm])]),
          Spacer(1, 6),
          P("3.0 Detailed findings", H1),
          P("Regulation 15: Individual care plan", H2),
          P("Regulation 15 requires the registered proprietor to ensure that each resident has an individual "
            "care plan, developed by the multi-disciplinary team in consultation with the resident. The "
            "approved centre was non-compliant with this regulation because: (a) six of the 14 care plans "
            "sampled had not been reviewed in the previous four weeks; (b) four care plans did not identify the "
            "resident's goals; and (c) there was no record of the resident's involvement in eight care plans."),
          P("In its CAPA plan following the 2025 inspection, the approved centre undertook to \"audit all "
            "individual care plans monthly and feed back the results to the multi-disciplinary team\". The "
            "audit had been carried out in three of the twelve months since then."),
          P("Regulation 22: Premises and the Rules Governing the Use of Seclusion", H2),
          P("The premises were clean and in good decorative order. However, ligature points remained in the "
            "en-suite bathrooms of both wards, where taps, shower heads and door hinges had not been replaced. "
            "The seclusion room was located off the main corridor of Ash Ward. A corner of the room could not "
            "be seen through the viewing panel, and residents in seclusion had to be escorted by two staff "
            "members to a toilet on the corridor."),
          P("Regulation 19, Regulation 13 and Regulation 26", H2),
          P("Three of the ten residents admitted in February 2026 had not had a physical examination within 24 "
            "hours of admission. The approved centre relied on the hospital's general policy on searches, "
            "which does not address the searching of residents' property, and two searches carried out in "
            "January 2026 were not recorded. Training records showed the following rates of completion:"),
          KeepTogether([P("Table 2: Staff training completed, 3 March 2026", ParagraphStyle("cap2", parent=SMB,
                                                                                         spaceAfter=2)),
                        grid([["Training", "Nursing staff", "Medical staff", "Health and social care professionals"],
                              ["Fire safety", "81%", "47%", "70%"],
                              ["Basic Life Support", "88%", "62%", "55%"],
                              ["Management of violence and aggression", "74%", "21%", "40%"]],
                             [70 * mm, 30 * mm, 30 * mm, 40 * mm])]),
          Spacer(1, 6),
          P("Regulation 11: Visits", H2),
          P("Visiting times were displayed at the entrance of each ward and were flexible. Children visited in "
            "the day room of Willow Ward, which other residents also used during visiting hours. Although the "
            "approved centre was compliant with the regulation, the inspection team considered that the "
            "arrangement did not protect the privacy of the resident or the children."),
          P("4.0 Next steps", H1),
          P("The approved centre must submit a corrective and preventative action (CAPA) plan for each "
            "non-compliance within 20 working days of receiving this report. CAPA plans must be specific, "
            "measurable, achievable, realistic and time-bound, and will be published with this report. The "
            "Commission will monitor their implementation and may take enforcement action under Part 5 of the "
            "Mental Health Act 2001 where a non-compliance continues.")]

    def deco(c, d):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 10 * mm, "AC0142  |  Acute Psychiatric Unit, St Fintan's General Hospital  |  "
                                       "Inspection Report 2026")
        c.drawRightString(190 * mm, 10 * mm, "Page %d" % c.getPageNumber())
        c.restoreState()
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def response(path):
    pw, ph = landscape(A4)
    doc = SimpleDocTemplate(path, pagesize=(pw, ph), leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                            bottomMargin=16 * mm, title="Corrective and Preventative Action Plan - AC0142",
                            author="Acute Psychiatric Unit, St Fintan's General Hospital")
    s = [P("Appendix 1: Corrective and Preventative Action Plan 2026", ParagraphStyle("t2", parent=TIT, fontSize=15)),
         P("Approved centre: Acute Psychiatric Unit, St Fintan's General Hospital  |  Approved centre ID: AC0142  |  "
           "Submitted to the Mental Health Commission on 14 April 2026", ParagraphStyle("s2", parent=SM, fontSize=9,
                                                                                       spaceAfter=6)),
         Table([[P("<b>Note from the registered proprietor nominee.</b> The registered proprietor welcomes the "
                   "report of the Inspector and thanks the inspection team for the respect shown to residents "
                   "and staff during the three days of the inspection. Each CAPA below has been agreed with the "
                   "clinical director and the area director of nursing, and progress will be reviewed at the "
                   "approved centre's monthly quality and safety meeting. CAPAs are numbered in the order of the "
                   "regulations.", SM)]], colWidths=[269 * mm],
               style=[("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("BACKGROUND", (0, 0), (-1, -1), PALE),
                      ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 4),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]),
         Spacer(1, 7)]
    head = ["CAPA", "Area(s) of non-compliance", "Corrective and preventative action(s) (Specific)", "Measurable",
            "Achievable / Realistic", "Time-bound", "Post-holder(s)"]
    rows = [
        ["1", "Regulation 13: Searches. No written operational policy on the searching of residents' property; "
              "two searches not recorded.",
         "A national policy on the searching of residents and their property is being prepared by the Mental "
         "Health Operations Office for all approved centres in the region. The question of a local policy has "
         "been referred to that office, and the approved centre will be guided by the outcome.",
         "Outcome of the national review", "Dependent on national timelines", "To be confirmed",
         "Registered proprietor nominee"],
        ["2", "Regulation 15: Individual care plan. Care plans not reviewed; goals and resident involvement not "
              "recorded.",
         "Corrective: every care plan on both wards was reviewed by the multi-disciplinary team between 16 and "
         "27 March 2026. Preventative: each care plan is now reviewed at the weekly team meeting and the "
         "resident is invited to sign the review; a monthly audit of ten care plans is reported to the "
         "quality and safety meeting.",
         "Monthly audit results; target 100%", "Yes, within existing resources", "Completed 27 March 2026; "
         "audit ongoing", "Clinical director; clinical nurse managers"],
        ["3", "Regulation 19: General health. Physical examination not completed within 24 hours for three "
              "residents.",
         "The admission checklist has been amended so that the physical examination is a mandatory field, and "
         "the on-call registrar completes it for every out-of-hours admission before the end of the shift.",
         "Weekly audit of all admissions", "Yes", "Completed 1 April 2026",
         "Consultant psychiatrists; NCHD lead"],
        ["4", "Regulation 22: Premises (ligature points in en-suite bathrooms) and Rules Governing the Use of "
              "Seclusion (seclusion room).",
         "(i) Ligature points: funding of EUR 142,000 has been approved and anti-ligature taps, shower heads and "
         "hinges will be fitted in all 36 en-suite bathrooms of Ash Ward and Willow Ward by the hospital's "
         "estates department.<br/>(ii) Seclusion room: the registered proprietor does not accept this finding. "
         "The room was refurbished in 2023, the area not visible through the viewing panel is covered by "
         "closed-circuit television, and a resident is escorted to a toilet whenever requested. No structural "
         "reconfiguration of the room will be undertaken.",
         "(i) Quarterly ligature audit; report to the Commission under Condition 1", "(i) Funding approved",
         "(i) 30 November 2026", "Registered proprietor nominee; estates manager"],
        ["5", "Regulation 26: Staffing. Mandatory training incomplete.",
         "Fire safety and Basic Life Support: additional sessions have been scheduled every month so that all "
         "staff are trained by 31 December 2026. Management of violence and aggression: only two instructors "
         "are available to the hospital group, so the approved centre has set a realistic target of 80% for "
         "this course by the same date.",
         "Training database, reviewed monthly", "Yes, within existing resources", "31 December 2026",
         "Area director of nursing; training coordinator"],
        ["6", "2025 CAPA carried forward: Regulation 21: Privacy (observation windows).",
         "Frosted film was applied to the observation windows of all single bedrooms in October 2025. This CAPA "
         "is now closed.", "Inspection finding 2026", "-", "Closed", "Clinical nurse managers"],
    ]
    cw = [14 * mm, 45 * mm, 90 * mm, 32 * mm, 28 * mm, 26 * mm, 34 * mm]
    t = grid([head] + rows, cw, style=ParagraphStyle("cs", parent=SM, fontSize=8.2, leading=10.6), pad=3)
    s += [t, Spacer(1, 8),
          P("<b>Comment on the factual accuracy of the report.</b> Section 1 states that 41 residents were present "
            "on the first day. The bed management system shows 42 residents on 3 March 2026, one of whom was on "
            "approved leave.", ParagraphStyle("fa", parent=SM, fontSize=8.8, leading=11.5, spaceAfter=6)),
          P("Signed: Aoife Lanigan, Registered Proprietor Nominee  |  Date: 14 April 2026",
            ParagraphStyle("sg", parent=SMB, fontSize=8.8))]

    def deco(c, d):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(14 * mm, 9 * mm, "AC0142  |  CAPA plan 2026")
        c.drawRightString(pw - 14 * mm, 9 * mm, "%d" % c.getPageNumber())
        c.restoreState()
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1, 12),
         "reply_contains": "each care plan is now reviewed at the weekly team meeting",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "anti-ligature taps, shower heads and hinges will be fitted",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3, 12),
         "reply_contains": "has set a realistic target of 80% for this course",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "No structural reconfiguration of the room will be undertaken",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5, 12),
         "reply_contains": "the physical examination is a mandatory field",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6, 12),
         "reply_contains": "the approved centre will be guided by the outcome",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "thanks the inspection team for the respect shown to residents",
        "Frosted film was applied to the observation windows",
        "The bed management system shows 42 residents",
    ], "Advice: an Irish Mental Health Commission approved centre inspection report (Inspector of Mental Health "
       "Services, Mental Health Act 2001, section 51/52): a teal band, a details table, a boxed 'Condition 1 "
       "attached to registration' ('the approved centre shall implement ... and shall report'), '1.0 Inspector of "
       "Mental Health Services - Review of findings' (a resident quoted: 'the doctors should tell you more'; "
       "improvements since 2025 as bullets), then a bordered 'Areas requiring action' box - the ONLY place where "
       "the seven recommendations stand - numbered 1.-7. (five 'The approved centre must ...', two 'The "
       "registered proprietor must/should ...'); numbers expected '1'-'7'. Traps: a compliance-ratings table "
       "(Regulation 11 ... Rules Governing the Use of Seclusion, 2025/2026, risk ratings), detailed findings "
       "('Regulation 15 requires the registered proprietor to ensure ...', 'non-compliant ... because: (a) ... "
       "(b) ... (c)'), the 2025 CAPA quoted ('audit all individual care plans monthly'), a training table, "
       "'Although the approved centre was compliant with the regulation' (visits), and '4.0 Next steps' ('must "
       "submit a ... CAPA plan ... within 20 working days', enforcement under Part 5). Response: 'Appendix 1: "
       "Corrective and Preventative Action Plan 2026', A4 LANDSCAPE, a boxed note from the registered proprietor "
       "nominee, then a seven-column CAPA table (CAPA / Area(s) of non-compliance / Corrective and preventative "
       "action(s) (Specific) / Measurable / Achievable-Realistic / Time-bound / Post-holder(s)) ordered by "
       "regulation, no recommendation numbers: CAPA 1 Regulation 13 searches, referred to a national policy, "
       "'will be guided by the outcome', 'To be confirmed' (6 noted); CAPA 2 Regulation 15, care plans reviewed "
       "weekly (1 agrees); CAPA 3 Regulation 19, mandatory field (5 agrees); ONE row CAPA 4 'Regulation 22: "
       "Premises ... and Rules Governing the Use of Seclusion' with '(i) Ligature points' funded and fitted by 30 "
       "November 2026 (2 agrees) and '(ii) Seclusion room: the registered proprietor does not accept this "
       "finding ... No structural reconfiguration' (4 disagrees); CAPA 5 Regulation 26, fire safety and BLS for "
       "all, 80% target for violence and aggression (3 partly); recommendation 7 (family room; Regulation 11 was "
       "compliant, so no CAPA) unanswered. Unmatched: the nominee's note, CAPA 6 (a 2025 CAPA on privacy, "
       "closed), and the factual-accuracy comment (42 residents).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

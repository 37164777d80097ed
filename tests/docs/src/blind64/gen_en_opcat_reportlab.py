"""Round 64 (EN): an OPCAT INSPECTION REPORT of a National Preventive Mechanism (genre of the New Zealand
Ombudsman's reports on unannounced inspections of places of detention under the Crimes of Torture Act 1989) on a
secure mental health ward, and the HEALTH PROVIDER'S RESPONSE LETTER with a bold run-in label per recommendation.
Advice: Office of the Ombudsman, OPCAT Inspections, 'Report on an unannounced inspection of Harakeke Ward,
Eastbrook Hospital', 3 p.: numbered paragraphs 1-14 (hanging numbers), an executive summary paraphrasing the
main asks, a table of the 2022 recommendations with their status, then one chapter per inspection domain, each
closing with a shaded box 'Recommendations' / 'I recommend that Marama Health:' and lower-case items numbered
1-7 straight through the boxes; a 'Good practice' box; 'Next steps' (the 30-working-day request).
Response: Marama Health's Chief Executive's letter, paragraphs opening with bold run-in labels
'Recommendation 2 - Accepted.' in the order 2, 7, 4+5 (ONE paragraph 'Recommendations 4 and 5 - Accepted (4);
Not accepted (5).'), 1, 6; 3 (complaint forms) unanswered; introduction, 'Factual accuracy', 'Previous
recommendations' and the closing answer nothing.
Traps: numbered paragraphs, the 2022 recommendations quoted in a status table (one on a private telephone), a
patient quoted ('Staff should knock'), 'staff should have recorded', section 64 of the Mental Health Act
paraphrased ('must be given'), 'I make no recommendation on food', the good-practice box. reportlab platypus, A4,
cleaned Liberation Sans/Serif; invariant=1. All names, bodies, people and figures are invented; the Crimes of
Torture Act 1989, OPCAT and the Mental Health (Compulsory Assessment and Treatment) Act 1992 are real, but what
is said about them is not to be relied on.

Run:  /tmp/blind64en/bin/python tests/docs/src/blind64/gen_en_opcat_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b64en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, KeepTogether

NAME = "blind64_en_opcat"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

TEAL = colors.HexColor("#0f5a5e")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13.2, spaceAfter=5)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=9 * mm, bulletIndent=0, bulletFontName="LS", bulletFontSize=9.8)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=12.5, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=4)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=17, leading=21, textColor=TEAL, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="LS", fontSize=10, leading=13.5, spaceAfter=3)
BOXP = ParagraphStyle("bx", parent=BODY, fontSize=9.5, leading=12.6, spaceAfter=3)
BOXI = ParagraphStyle("bxi", parent=BOXP, leftIndent=7 * mm, bulletIndent=0, bulletFontName="LSB",
                      bulletFontSize=9.5)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=8.8, leading=11.2)
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="LSB", textColor=colors.white)
LET = ParagraphStyle("let", fontName="SR", fontSize=10.8, leading=14.2, spaceAfter=7)

RECS = [
    "ensures that every use of restraint is recorded in the restraint register and reviewed by the Ward's "
    "multidisciplinary team within 72 hours;",
    "gives every patient written information about their rights under the Mental Health (Compulsory Assessment "
    "and Treatment) Act 1992, in a language they understand, within 24 hours of admission;",
    "ensures that complaint forms and a locked complaints box are available in the Ward's lounge, so that "
    "patients do not have to ask staff for them.",
    "refurbishes the seclusion room so that a person in seclusion has access to a toilet and drinking water at "
    "all times;",
    "ensures that every patient, including those in the high care area, has access to fresh air for at least "
    "one hour each day.",
    "installs a telephone that patients can use in private at any reasonable hour.",
    "develops and funds a plan to fill the nine vacant registered nurse positions and reduce the Ward's "
    "reliance on agency staff.",
]

_n = [0]


def NP(t):
    _n[0] += 1
    return Paragraph(t, NUM, bulletText="%d." % _n[0])


def P(t, s=BODY):
    return Paragraph(t, s)


def recbox(nums):
    rows = [[P("<b>Recommendations</b>", BOXP)], [P("I recommend that Marama Health:", BOXP)]]
    for k in nums:
        rows.append([Paragraph(RECS[k - 1], BOXI, bulletText="%d." % k)])
    return KeepTogether([Table(rows, colWidths=[168 * mm], style=[
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f0ef")),
        ("LINEABOVE", (0, 0), (-1, 0), 2, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]), Spacer(1, 6)])


def deco_adv(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(21 * mm, 287 * mm, "OPCAT report  |  Harakeke Ward, Eastbrook Hospital  |  Unannounced inspection")
    c.drawRightString(189 * mm, 287 * mm, "Office of the Ombudsman")
    c.drawRightString(189 * mm, 10 * mm, "%d" % doc.page)
    c.restoreState()


def deco_rsp(c, doc):
    c.saveState()
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page == 1:
        c.setFillColor(colors.HexColor("#6b2c5c"))
        c.rect(0, 282 * mm, 210 * mm, 15 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSB", 14)
        c.drawString(22 * mm, 287.5 * mm, "MARAMA HEALTH")
        c.setFont("LS", 8)
        c.drawRightString(188 * mm, 287.5 * mm, "Office of the Chief Executive  |  Private Bag 3012, Eastbrook")
    c.setFillColor(colors.HexColor("#555555"))
    c.setFont("LS", 7.5)
    c.drawString(22 * mm, 10 * mm, "Marama Health  |  Response to OPCAT report C26/0418  |  page %d" % doc.page)
    c.restoreState()


def advice(path):
    s = [P("Office of the Ombudsman  |  OPCAT Inspections", SUB),
         P("Report on an unannounced inspection of Harakeke Ward, Eastbrook Hospital", TIT),
         P("Under the Crimes of Torture Act 1989  |  Inspection dates: 10 to 12 November 2025  |  "
           "Report date: 27 February 2026  |  Reference C26/0418", SUB),
         Spacer(1, 4),
         P("Executive summary", H1),
         NP("Harakeke Ward is a 16-bed secure forensic mental health unit operated by Marama Health. At the time "
            "of the inspection 15 patients were detained, 11 of them under a compulsory treatment order."),
         NP("Most patients told the Inspectors that staff treated them with respect. However, the seclusion room "
            "does not meet minimum standards, restraint is poorly recorded, and patients in the high care area "
            "rarely go outside. I have made seven recommendations. In short, Marama Health needs to fix the "
            "seclusion room, get patients outside every day and recruit nurses."),
         P("Progress on previous recommendations", H1),
         NP("The Ward was last inspected in August 2022. The table below sets out the recommendations made then "
            "and the Inspectors' assessment of progress.")]
    rows = [["Recommendation made in 2022", "Status in 2025"],
            ["A sensory modulation room should be developed for patients in distress.", "Achieved"],
            ["Seclusion should be used only as a last resort, and its use should be reduced.",
             "Partially achieved"],
            ["Patients should have access to a telephone in a private space.", "Not achieved"],
            ["Night checks should be carried out without waking patients where possible.", "Achieved"]]
    s.append(Table([[P(x, CELLH) for x in rows[0]]] + [[P(a, CELL), P(b, CELL)] for a, b in rows[1:]],
                   colWidths=[125 * mm, 35 * mm], hAlign="LEFT", style=[
                       ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [Spacer(1, 4),
          P("Treatment", H1),
          NP("Seclusion was used 41 times in the six months before the inspection, for a total of 1,180 hours. "
             "The longest single episode lasted 96 hours."),
          NP("The Inspectors reviewed 23 uses of restraint. Nine were not entered in the restraint register, and "
             "in four cases staff should have recorded the hold used and its duration but did not. None of the "
             "23 had been discussed by the multidisciplinary team."),
          recbox([1]),
          P("Protection system", H1),
          NP("Section 64 of the Mental Health (Compulsory Assessment and Treatment) Act 1992 provides that a "
             "patient must be given information about their rights. Only 6 of the 15 patient files held a signed "
             "record that this had been done, and no written information was available in Samoan or Tongan."),
          NP("No complaint forms were on display. Patients said they had to ask a nurse for one, and one patient "
             "told us: \"Staff should knock before they come into my room, and I would complain if I could do it "
             "without asking them.\""),
          recbox([2, 3]),
          P("Material conditions", H1),
          NP("The seclusion room has no toilet. People in seclusion are given a cardboard urinal and must ask for "
             "water through the door. This is degrading and does not meet the standard expected under OPCAT."),
          NP("The courtyard is open from 10 am to 4 pm, but patients in the four-bed high care area may go out "
             "only when two staff are free to escort them. Records showed that one patient had not been outside "
             "for 11 days."),
          NP("Food was of good quality and patients could choose from three options at each meal. I make no "
             "recommendation on food."),
          recbox([4, 5]),
          P("Activities and contact with the outside world", H1),
          NP("The only telephone patients may use is in the nurses' station corridor, where staff and other "
             "patients can hear every call. Calls are allowed between 9 am and 8 pm."),
          KeepTogether([Table([[P("<b>Good practice</b>", BOXP)],
                               [P("The occupational therapy programme runs seven days a week and includes "
                                  "cooking, gardening and a weekly waka ama session. Other units could learn "
                                  "from it.", BOXP)]],
                              colWidths=[168 * mm], style=[("BOX", (0, 0), (-1, -1), 0.8, TEAL),
                                                           ("LEFTPADDING", (0, 0), (-1, -1), 8)]),
                        Spacer(1, 5)]),
          recbox([6]),
          P("Personnel", H1),
          NP("Nine of the Ward's 38 registered nurse positions were vacant. Agency nurses filled 27 per cent of "
             "shifts in October 2025, and patients said that they did not know many of the staff on duty."),
          recbox([7]),
          P("Next steps", H1),
          NP("Under the Crimes of Torture Act 1989, I may make recommendations for improving the conditions and "
             "treatment of detainees. I ask Marama Health to tell me within 30 working days whether it accepts "
             "each recommendation and what it will do. The response will be published with this report."),
          NP("I thank the staff and patients of Harakeke Ward for their help during the inspection."),
          Spacer(1, 6),
          P("Helen Tamati<br/>Chief Inspector, OPCAT, for the Ombudsman", BODY)]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm, topMargin=18 * mm,
                          bottomMargin=17 * mm, invariant=1, title="OPCAT report - Harakeke Ward",
                          author="Office of the Ombudsman")
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


def response(path):
    L = lambda t: P(t, LET)
    s = [Spacer(1, 8),
         L("20 April 2026"),
         L("Helen Tamati<br/>Chief Inspector, OPCAT<br/>Office of the Ombudsman<br/>PO Box 10152, Wellport"),
         L("Tena koe Helen"),
         L("<b>OPCAT inspection of Harakeke Ward, Eastbrook Hospital (your reference C26/0418)</b>"),
         L("Thank you for your report of 27 February 2026 and for the care your team took in speaking with our "
           "patients and their whanau. The report has been discussed by our Executive Leadership Team and by the "
           "Clinical Governance Board, and our responses to your recommendations are set out below."),
         L("<b>Factual accuracy.</b> We note one correction: the high care area has three beds, not four, since "
           "one room was converted into a de-escalation lounge in 2024."),
         L("<b>Recommendation 2 - Accepted.</b> A rights information pack is now given to every patient on "
           "admission and explained by the admitting nurse, and the signed record is audited weekly by the "
           "Charge Nurse Manager. The pack has been translated into Samoan, Tongan and te reo Maori."),
         L("<b>Recommendation 7 - Accepted.</b> The Board approved a nursing workforce plan on 26 March 2026, "
           "including a retention payment and a new-graduate intake in July. Four of the nine vacancies have "
           "since been filled and we expect agency use to fall below 10 per cent of shifts by December."),
         L("<b>Recommendations 4 and 5 - Accepted (4); Not accepted (5).</b> Refurbishment of the seclusion room, "
           "with an ensuite toilet and a drinking fountain, was completed on 13 April 2026. We are not able to "
           "guarantee one hour of fresh air every day for patients in the high care area. Whether a patient in "
           "that area can go outside safely is a clinical decision made at each shift, and we will not set a "
           "daily minimum that could override it."),
         L("<b>Recommendation 1 - Partially accepted.</b> Every restraint is now entered in the electronic "
           "register before the end of the shift. The multidisciplinary team meets weekly, and each restraint "
           "will be reviewed at its next meeting, so within seven days rather than the 72 hours recommended."),
         L("<b>Recommendation 6 - Under consideration.</b> A private patient telephone requires building work in "
           "the corridor. It has been included in our capital bid for 2026/27, and the Board will make its "
           "decision in August."),
         L("<b>Previous recommendations.</b> We were pleased that you found the sensory modulation room well "
           "used. It is now staffed by an occupational therapist on weekday afternoons."),
         L("Please contact Dr Sione Faleolo, Clinical Director of Mental Health and Addiction Services, if you "
           "have any questions about this response."),
         L("Naku noa, na"),
         Spacer(1, 10),
         L("Graham Whitcombe<br/>Chief Executive, Marama Health")]
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                          bottomMargin=18 * mm, invariant=1, title="Response to OPCAT report C26/0418",
                          author="Marama Health")
    d.build(s, onFirstPage=deco_rsp, onLaterPages=deco_rsp)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "within seven days rather than the 72 hours recommended", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "A rights information pack is now given to every patient",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "with an ensuite toilet and a drinking fountain, was completed",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "we will not set a daily minimum that could override it",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "the Board will make its decision in August", "verdict": "noted"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The Board approved a nursing workforce plan on 26 March 2026",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "discussed by our Executive Leadership Team and by the Clinical Governance Board",
        "the high care area has three beds, not four",
        "It is now staffed by an occupational therapist",
        "Clinical Director of Mental Health and Addiction Services",
    ], "Advice: an OPCAT inspection report of a National Preventive Mechanism (New Zealand Ombudsman genre) on a "
       "secure mental health ward. Numbered paragraphs 1-14 with hanging numbers; each inspection-domain chapter "
       "closes with a shaded box 'Recommendations' / 'I recommend that Marama Health:' whose lower-case items are "
       "numbered 1-7 straight through the five boxes (1; 2-3; 4-5; 6; 7); the starts_with is the item's own "
       "text after the shared lead-in. Traps: numbered paragraphs whose numbers collide with the recommendation "
       "numbers, the executive summary's paraphrase ('In short, Marama Health needs to fix the seclusion room "
       "...', 'I have made seven recommendations'), the table of 2022 recommendations with their status (one "
       "asking for a private telephone, 'Not achieved'), 'staff should have recorded the hold', section 64 of "
       "the Act paraphrased ('must be given information'), a patient quoted ('Staff should knock ...'), 'I make "
       "no recommendation on food', a 'Good practice' box, the 30-working-day request. Response: the Chief "
       "Executive's letter without headings, paragraphs opening with bold run-in labels in the order 2, 7, 4+5, "
       "1, 6: 2 'Accepted', pack given and translated (agrees); 7 'Accepted', workforce plan approved (agrees); "
       "ONE paragraph 'Recommendations 4 and 5 - Accepted (4); Not accepted (5).': 4 seclusion room refurbished "
       "(agrees) + 5 no daily minimum of fresh air for the high care area (disagrees); 1 'Partially accepted', "
       "register yes, review within seven days not 72 hours (partly); 6 'Under consideration', capital bid, "
       "Board decision in August (noted); 3 (complaint forms and box) unanswered. Unmatched: the introduction, "
       "the bold 'Factual accuracy.' paragraph, the bold 'Previous recommendations.' paragraph (sensory room) "
       "and the closing contact paragraph.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

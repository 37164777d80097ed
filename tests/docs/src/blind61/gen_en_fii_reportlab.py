"""Round 61 (EN): a prisons ombudsman's FATAL INCIDENT INVESTIGATION report (genre of the Prisons and Probation
Ombudsman's independent investigations into deaths in custody, England and Wales) and the prison's ACTION PLAN.
Advice: Custody and Probation Ombudsman, 'Independent investigation into the death of Mr Aaron Pelham, a prisoner
at HMP Ashbury, on 3 February 2025': the Ombudsman's aims, every paragraph numbered 1.-23. straight through the
Summary, 'The investigation process', 'Background information', 'Key events' and 'Findings'; the seven
recommendations are UNNUMBERED, addressee-first sentences ('The Governor should ensure that ...', 'The Head of
Healthcare should ...', 'The Prison Group Director should ...'), listed as bullets under 'Recommendations' in the
Summary and repeated as bold unnumbered paragraphs in the Findings, in the same order.
Response: landscape 'Action Plan' table (Recommendation | Accepted / not accepted | Response | Responsible owner |
Target date) grouped by owner, in another order, one row holding two recommendations with different verdicts, the
Prison Group Director's recommendation missing, an extra row of 'further learning identified by the prison'.
Traps: the Ombudsman's aims, a Prison Service Instruction quoted ('must'), the clinical reviewer's conclusions, a
2022 recommendation quoted, 'Officers should have entered the cell' (finding), 'We do not make a recommendation',
the good-practice paragraph. reportlab platypus, A4 (the plan landscape), cleaned Liberation Sans; invariant=1.
All content is invented (the Ombudsman, HMP Ashbury, the provider, people and figures); ACCT and the Human Rights
Act 1998 are real but what is said about them is not to be relied on.

Run:  /tmp/blind61en/bin/python tests/docs/src/blind61/gen_en_fii_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b61en as H
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

NAME = "blind61_en_fii"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

NAVY = colors.HexColor("#1f3a5f")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14.5, spaceAfter=6)
BOLD = ParagraphStyle("bb", parent=BODY, fontName="LSB")
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=6 * mm, firstLineIndent=-4 * mm, spaceAfter=3)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=10 * mm, rightIndent=8 * mm, fontName="LSI", fontSize=10)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, textColor=NAVY, spaceBefore=10, spaceAfter=7)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
TIT = ParagraphStyle("tit", fontName="LSB", fontSize=18, leading=23, textColor=NAVY, spaceAfter=10)
CELL = ParagraphStyle("cell", fontName="LS", fontSize=9, leading=11.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LSB")
CELLH = ParagraphStyle("cellh", parent=CELL, fontName="LSB", textColor=colors.white)

RECS = [
    "The Governor should ensure that all residential staff carry a working radio and understand how and when to "
    "call a medical emergency code.",
    "The Head of Healthcare should ensure that prisoners who arrive on opioid substitution treatment are reviewed "
    "by a prescriber within 24 hours of arrival.",
    "The Governor should ensure that night staff carry out ACCT observations at the frequency set in the "
    "prisoner's plan and record them accurately.",
    "The Governor should ensure that cell bells are answered within five minutes and that response times are "
    "audited weekly by a custodial manager.",
    "The Governor should ensure that a family liaison officer is appointed and contacts the next of kin within "
    "two hours of a death being confirmed.",
    "The Head of Healthcare should ensure that the learning from the clinical review is shared with all nursing "
    "staff at HMP Ashbury.",
    "The Prison Group Director should review night staffing levels at HMP Ashbury and the other prisons in the "
    "Wessex group.",
]

W = A4[0] - 44 * mm
_n = [0]


def P(t, st=BODY):
    return Paragraph(t, st)


def NP(t, st=BODY):
    """A paragraph numbered straight through the report, number in a hanging column."""
    _n[0] += 1
    return Table([[P("%d." % _n[0], st), P(t, st)]], colWidths=[10 * mm, W - 10 * mm],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def REC(k):
    return Table([[P("", BODY), P(RECS[k - 1], BOLD)]], colWidths=[10 * mm, W - 10 * mm],
                 style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])


def deco_adv(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawCentredString(A4[0] / 2, 11 * mm, str(doc.page))
    if doc.page > 1:
        c.drawString(22 * mm, A4[1] - 12 * mm, "Custody and Probation Ombudsman  |  Fatal incident report F4518-25")
    c.restoreState()


def advice(path):
    s = []
    s.append(P("Independent investigation into the death of Mr Aaron Pelham, a prisoner at HMP Ashbury, on "
               "3 February 2025", TIT))
    s.append(P("<i>A report by the Custody and Probation Ombudsman</i>", BODY))
    s.append(Table([[P("<b>Our vision</b><br/>To carry out independent investigations to make custody and "
                       "community supervision safer and fairer.<br/><b>Our values</b><br/>We are independent, fair, "
                       "transparent and inclusive.", CELL)]], colWidths=[W],
                   style=[("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6ebf2")),
                          ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Spacer(1, 6))
    s.append(P("Summary", H1))
    s.append(P("Events", H2))
    s.append(NP("On 3 February 2025, Mr Aaron Pelham died at HMP Ashbury of a cardiac arrhythmia caused by mixed "
                "drug toxicity. He was 41 years old. We offer our condolences to Mr Pelham's family and friends."))
    s.append(NP("Mr Pelham arrived at Ashbury on 30 January 2025, prescribed methadone in the community. He was "
                "subject to suicide and self-harm prevention procedures (known as ACCT) from his first night."))
    s.append(P("Findings", H2))
    s.append(NP("Mr Pelham's cell bell was pressed at 02:41 on 3 February and was not answered for 19 minutes. The "
                "officer who then attended had no radio and went back to the wing office to call for help."))
    s.append(NP("The clinical reviewer concluded that the healthcare Mr Pelham received at Ashbury was not "
                "equivalent to that which he could have expected to receive in the community, because his "
                "methadone dose was not reviewed for three days."))
    s.append(NP("Mr Pelham's family were told of his death more than six hours after it was confirmed."))
    s.append(P("Recommendations", H2))
    for r in RECS:
        s.append(P("&#8226;&#160;&#160;" + r, BUL))
    s.append(P("The investigation process", H1))
    s.append(NP("The investigator visited Ashbury on 11 February 2025 and interviewed 14 members of staff. NHS "
                "England commissioned an independent clinical reviewer to review Mr Pelham's clinical care."))
    s.append(NP("We informed Mr Pelham's sister of the investigation. She asked why nobody had come when he pressed "
                "his cell bell, and why the family heard of his death so late. We have addressed these questions "
                "in this report."))
    s.append(NP("The initial report was shared with HM Prison and Probation Service, which found no factual "
                "inaccuracies."))
    s.append(P("Background information", H1))
    s.append(NP("HMP Ashbury is a local prison holding up to 820 men. Healthcare is provided by Calder Health "
                "Partnership. At night, four officers supervise six residential units."))
    s.append(NP("Our investigation into a death at Ashbury in 2022 recommended that <i>\"The Governor should "
                "ensure that night staff are able to respond promptly to cell bells\"</i>. The prison accepted "
                "that recommendation and told us it had been implemented."))
    s.append(NP("Prison Service Instruction 64/2011 (Safer Custody) requires that prisoners on an ACCT plan must be "
                "observed at the frequency set by the case manager. Under the Human Rights Act 1998 the State must "
                "take reasonable steps to protect the lives of those in its custody."))
    s.append(P("Key events", H1))
    s.append(NP("On arrival, a nurse recorded that Mr Pelham took 60ml of methadone daily. A prescriber did not "
                "see him until 2 February, when his dose was confirmed."))
    s.append(NP("At 01:50 on 3 February, a night officer recorded an ACCT observation stating that Mr Pelham was "
                "asleep. CCTV shows that the officer did not look through the observation panel."))
    s.append(NP("At 02:41 Mr Pelham pressed his cell bell. At 03:00 an officer arrived, saw him on the floor and "
                "walked back to the office to telephone for help. Nurses arrived at 03:09 and paramedics at 03:24. "
                "Mr Pelham was pronounced dead at 03:58."))
    s.append(P("Findings", H1))
    s.append(P("Emergency response", H2))
    s.append(NP("Officers should have entered the cell immediately and called a medical emergency code by radio. "
                "Instead, nine minutes passed before nurses were called. Two of the four night officers on duty "
                "told us they did not know how to call a code."))
    s.append(REC(1))
    s.append(P("Clinical care", H2))
    s.append(NP("The three-day delay before a prescriber reviewed Mr Pelham's methadone did not cause his death, "
                "but it was contrary to the provider's own policy. We are concerned that Mr Pelham may have used "
                "illicit drugs to manage withdrawal."))
    s.append(REC(2))
    s.append(P("ACCT procedures", H2))
    s.append(NP("Staff recorded observations at the right times, but at least two of them were not carried out. "
                "This was a serious failing."))
    s.append(REC(3))
    s.append(P("Cell bells", H2))
    s.append(NP("The prison's own audit shows that only 58 per cent of night-time cell bells were answered within "
                "five minutes in the three months before Mr Pelham's death. The delay in this case was 19 "
                "minutes."))
    s.append(REC(4))
    s.append(P("Informing the family", H2))
    s.append(NP("The duty governor did not appoint a family liaison officer until 08:30, and Mr Pelham's sister "
                "was told at 10:15."))
    s.append(REC(5))
    s.append(NP("The clinical reviewer made recommendations to the healthcare provider about prescribing, which "
                "are set out in her report."))
    s.append(REC(6))
    s.append(P("Staffing at night", H2))
    s.append(NP("Four officers for six units is within the prison's agreed staffing profile, but it meant that "
                "the officer who answered the bell was alone on two landings."))
    s.append(REC(7))
    s.append(P("Good practice", H2))
    s.append(NP("The nurses who responded worked hard to resuscitate Mr Pelham. We commend their efforts."))
    s.append(NP("We do not make a recommendation about drug testing, as the prison introduced a new testing "
                "strategy in March 2025."))
    s.append(P("Dr Helen Marsh, Custody and Probation Ombudsman, July 2025", ParagraphStyle("sig", parent=BODY,
                                                                                           fontName="LSI")))
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, invariant=1, title="Fatal incident report",
                          author="Custody and Probation Ombudsman")
    d.build(s, onFirstPage=deco_adv, onLaterPages=deco_adv)


LW = landscape(A4)[0] - 30 * mm


def deco_rsp(c, doc):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(15 * mm, 10 * mm, "OFFICIAL")
    c.drawRightString(landscape(A4)[0] - 15 * mm, 10 * mm, "Page %d" % doc.page)
    c.restoreState()


def response(path):
    s = []
    s.append(P("Action Plan", TIT))
    s.append(P("<b>Death in custody of Mr Aaron Pelham, HMP Ashbury, 3 February 2025 - CPO reference F4518-25</b>",
               BODY))
    s.append(P("This action plan has been prepared by HMP Ashbury and Calder Health Partnership in response to the "
               "Ombudsman's report. Progress will be reviewed at the monthly Safer Custody meeting, chaired by "
               "the Deputy Governor.", BODY))
    hdr = [P(t, CELLH) for t in ("Recommendation", "Accepted / not accepted", "Response (actions to meet this "
                                 "recommendation)", "Responsible owner", "Target date")]
    band = lambda t: [P("<b>%s</b>" % t, CELL), "", "", "", ""]
    rows = [hdr,
            band("Healthcare (Calder Health Partnership)"),
            [P(RECS[5], CELL), P("Accepted", CELLB),
             P("The clinical review was discussed at the nursing team meeting on 2 September 2025 and a learning "
               "bulletin has been issued to every registered nurse and healthcare assistant at the prison.",
               CELL), P("Head of Healthcare", CELL), P("Completed", CELL)],
            [P(RECS[1], CELL), P("Under consideration", CELLB),
             P("The timing of first review depends on prescriber cover at weekends. The provider will reconsider "
               "this once the national substance misuse guidance is revised in 2026; in the meantime the current "
               "72-hour standard remains in place.", CELL),
             P("Head of Healthcare / Clinical Lead", CELL), P("Review June 2026", CELL)],
            band("Governor, HMP Ashbury"),
            [P(RECS[0] + "<br/><br/>" + RECS[3], CELL), P("Accepted<br/><br/>Partially accepted", CELLB),
             P("Every officer now draws a radio at the start of each shift and the emergency code procedure is "
               "part of the night-shift briefing. Custodial managers will audit cell bell response times "
               "monthly rather than weekly, as weekly audits cannot be resourced; the five-minute standard is "
               "accepted.", CELL),
             P("Head of Residence", CELL), P("Completed / October 2025", CELL)],
            [P(RECS[2], CELL), P("Accepted", CELLB),
             P("A quality check of ten ACCT documents is carried out each week, and night staff have been "
               "rebriefed on observing through the panel. Three staff have received management advice.", CELL),
             P("Head of Safety", CELL), P("Completed", CELL)],
            [P(RECS[4], CELL), P("Not accepted", CELLB),
             P("A trained family liaison officer is not always on duty at night. The prison will continue to "
               "appoint one at the start of the next working day; the chaplain on call will make first contact "
               "with the family.", CELL),
             P("Deputy Governor", CELL), P("N/A", CELL)],
            band("Further learning identified by the prison"),
            [P("Reduce the number of prisoners sharing a landing with a single officer at night.", CELL),
             P("-", CELLB),
             P("A pilot redeployment of the night patrol officer to the largest units began in November 2025.",
               CELL), P("Head of Residence", CELL), P("March 2026", CELL)],
            ]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f8ea3")),
             ("BACKGROUND", (0, 0), (-1, 0), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for i, r in enumerate(rows):
        if r[1] == "":
            style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#dfe5ee"))]
    s.append(Table(rows, colWidths=[0.30 * LW, 0.11 * LW, 0.35 * LW, 0.13 * LW, 0.11 * LW], style=style,
                   repeatRows=1))
    s.append(Spacer(1, 8))
    s.append(P("Signed: Marcus Hale, Governor, HMP Ashbury, on behalf of the prison and its healthcare provider "
               "- 14 October 2025", BODY))
    d = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                          bottomMargin=16 * mm, invariant=1, title="Action Plan", author="HMP Ashbury")
    d.build(s, onFirstPage=deco_rsp, onLaterPages=deco_rsp)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Every officer now draws a radio at the start", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "the current 72-hour standard remains in place", "verdict": "noted"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "A quality check of ten ACCT documents is carried out", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "monthly rather than weekly, as weekly audits cannot be resourced",
         "verdict": "partly"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The prison will continue to appoint one at the start", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "a learning bulletin has been issued to every registered nurse", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "This action plan has been prepared by HMP Ashbury",
        "A pilot redeployment of the night patrol officer",
        "Signed: Marcus Hale, Governor, HMP Ashbury",
    ], "Advice: fatal incident investigation (deaths-in-custody ombudsman genre). Every paragraph is numbered 1.-23. "
       "straight through Summary, investigation process, background, key events and findings; the seven "
       "recommendations are UNNUMBERED addressee-first sentences ('The Governor should ensure that ...', 'The Head "
       "of Healthcare should ensure that ...', 'The Prison Group Director should review ...'), listed as bullets "
       "under 'Recommendations' in the Summary and repeated, same order, as bold unnumbered paragraphs after the "
       "findings sub-sections; numbers are their positions 1-7. Traps: the vision/values box, numbered summary "
       "findings, the clinical reviewer's conclusion, the 2022 recommendation quoted ('The Governor should ensure "
       "that night staff are able to respond promptly'), PSI 64/2011 and the Human Rights Act ('must'), 'Officers "
       "should have entered the cell immediately' (finding), the clinical reviewer's own recommendations (only "
       "mentioned), 'We commend', 'We do not make a recommendation about drug testing'. Response: landscape action "
       "plan table repeating each recommendation in column 1, grouped by owner bands, in the order 6, 2, 1+4, 3, 5: "
       "6 learning bulletin issued (Accepted, agrees); 2 'Under consideration', 72-hour standard kept until "
       "national guidance is revised (noted); ONE row holding 1 and 4 with 'Accepted' / 'Partially accepted': 1 "
       "radios (agrees) + 4 five-minute standard accepted but monthly not weekly audits (partly); 3 weekly ACCT "
       "quality checks (agrees); 5 'Not accepted', FLO appointed next working day (disagrees); 7 (addressed to the "
       "Prison Group Director) unanswered. Unmatched: the introductory paragraph, the 'Further learning identified "
       "by the prison' row, the signature line.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

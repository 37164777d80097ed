"""Round 115 (EN): an English MATERNITY AND NEONATAL VOICES PARTNERSHIP's WALKTHROUGH REPORT on an NHS trust's
maternity and neonatal units, seven recommendations as UNNUMBERED MARGIN CALLOUTS ('Our recommendation') beside the
findings for each area walked (two areas with two, one with a 'No recommendation' callout), answered in
section 4 of the trust's quarterly MATERNITY AND NEONATAL SAFETY REPORT to the Trust Board, whose numbered paragraphs
refer to the recommendations by ORDINAL ('The MNVP's fifth recommendation'), in another order, one paragraph covering
two recommendations, one recommendation left out, and sections on staffing, safety and the incentive scheme that
answer nothing.
reportlab platypus, A4, cleaned DejaVu Sans (advice) and Liberation Serif (Board report), invariant=1; magenta
letterhead with a rose rule, 'Key numbers' table, the four walkthrough QUESTIONS as a numbered list, each area a
two-column table (findings left, shaded callout right); the Board report with a cover-sheet table; header and 'Page N
of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind115en/bin/python tests/docs/src/blind115/gen_en_mnvp_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b115en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable, KeepTogether

NAME = "blind115_en_mnvp"
for fam, files in (("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                   ("LSe", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I"); addMapping(fam, 1, 1, fam + "B")

MAG = colors.HexColor("#9c1c5c")
ROSE = colors.HexColor("#f4dbe7")
ROSEL = colors.HexColor("#e7a9c6")
NAVY = colors.HexColor("#1f3a5f")
B = ParagraphStyle("b", fontName="DV", fontSize=9.3, leading=13, spaceAfter=5)
ORG = ParagraphStyle("org", fontName="DVB", fontSize=15.5, leading=19, textColor=MAG)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=18, spaceAfter=2)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.2, leading=15, textColor=MAG, spaceBefore=7, spaceAfter=4, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
NUM = ParagraphStyle("num", parent=B, leftIndent=8 * mm, bulletIndent=2 * mm, spaceAfter=2)
Q = ParagraphStyle("q", parent=B, fontName="DVI", textColor=colors.HexColor("#5a1236"), leftIndent=4 * mm)
CT = ParagraphStyle("ct", parent=B, fontName="DVB", fontSize=8.4, leading=11, textColor=MAG, spaceAfter=2)
CB = ParagraphStyle("cb", parent=B, fontSize=9, leading=12.4, spaceAfter=4)
P = lambda t, s=B: Paragraph(t, s)

E = ParagraphStyle("e", fontName="LSe", fontSize=11, leading=14.6, spaceAfter=6)
EH = ParagraphStyle("eh", parent=E, fontName="LSeB", fontSize=12, textColor=NAVY, spaceBefore=6, spaceAfter=3, keepWithNext=1)
EN = ParagraphStyle("en", parent=E, leftIndent=11 * mm, bulletIndent=0)
ES = ParagraphStyle("es", parent=E, fontSize=9.5, leading=12, spaceAfter=1)
ET = ParagraphStyle("et", fontName="LSeB", fontSize=16, leading=20, textColor=NAVY)


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=17 * mm,
                            bottomMargin=19 * mm, invariant=1, title="", author="")
    doc.build(story)


def area(title, findings, callouts):
    """One walked area: findings on the left, shaded callout(s) on the right."""
    left = [P(t) if not t.startswith("Q:") else P(t[2:], Q) for t in findings]
    right = []
    for head, text in callouts:
        right += [P(head.upper(), CT), P(text, CB)]
    t = Table([[left, right]], colWidths=[108 * mm, 62 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (1, 0), (1, 0), ROSE),
                           ("LINEBEFORE", (1, 0), (1, 0), 2.4, MAG), ("LEFTPADDING", (0, 0), (0, 0), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 8), ("LEFTPADDING", (1, 0), (1, 0), 7),
                           ("RIGHTPADDING", (1, 0), (1, 0), 6), ("TOPPADDING", (1, 0), (1, 0), 6),
                           ("BOTTOMPADDING", (1, 0), (1, 0), 3)]))
    return KeepTogether([P(title, H2), t, Spacer(1, 3)])


REC = "Our recommendation"


def advice():
    fig = Table([["Births at Wexcombe General Hospital, 2025", "3,940"],
                 ["Beds on Willow Ward (postnatal)", "32"],
                 ["Neonatal Unit cots (intensive care / high dependency / special care)", "4 / 4 / 10"],
                 ["Families who answered our survey", "146"],
                 ["Volunteers on the walkthrough", "7"]],
                colWidths=[128 * mm, 26 * mm], hAlign="LEFT")
    fig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, 0), (-1, -1), 8.8),
                             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, 0), (-1, 0), 1, MAG),
                             ("LINEBELOW", (0, -1), (-1, -1), 1, MAG), ("LINEBELOW", (0, 0), (-1, -2), 0.4, ROSEL),
                             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s = [P("Wexcombe Maternity and Neonatal Voices Partnership", ORG),
         P("Working with families and the maternity and neonatal teams of Wexcombe Hospitals NHS Trust", SM),
         HRFlowable(width="100%", thickness=2.2, color=MAG, spaceBefore=4, spaceAfter=1.2),
         HRFlowable(width="100%", thickness=0.8, color=ROSEL, spaceBefore=0, spaceAfter=9),
         P("Walkthrough report: Maternity Unit and Neonatal Unit, Wexcombe General Hospital", H1),
         P("Visit on 3 December 2025 &middot; Report MNVP/WT/2025-02 &middot; 28 January 2026 &middot; Chair: Leanne "
           "Okonjo-Fitch", SM),
         P("About the walkthrough", H2),
         P("Seven MNVP volunteers, all of whom have had a baby at Wexcombe in the last three years, walked through the "
           "Maternity Unit and the Neonatal Unit on the afternoon and evening of 3 December 2025, accompanied by a "
           "matron. We talked to 23 women, birthing people and partners on the day and added what 146 families told "
           "us in our autumn survey. In every area we asked ourselves the same four questions:"),
         Paragraph("Do I feel welcome?", NUM, bulletText="1."),
         Paragraph("Do I feel safe?", NUM, bulletText="2."),
         Paragraph("Do I feel cared for and involved?", NUM, bulletText="3."),
         Paragraph("Does the area feel calm and well organised?", NUM, bulletText="4."),
         Spacer(1, 3), fig, Spacer(1, 5),
         P("Our findings and recommendations are set out area by area below. Each recommendation is shown in the "
           "shaded box beside what we saw. Our 2023 walkthrough recommended that &ldquo;the Trust should provide a "
           "bereavement room away from the labour ward&rdquo;; the Rowan Suite opened in 2024 and we do not repeat "
           "that recommendation here."),
         area("Arriving and finding the unit",
              ["The Maternity Unit is signed from the main entrance, but not from the multi-storey car park, and the "
               "signs stop at the lifts. After 8 p.m. families must use the night entrance on Chapel Lane, which has "
               "no sign at all and a buzzer that three of us could not find in the dark.",
               "Q:&ldquo;Someone should have told me where to go at night. I was in labour walking round the "
               "outside of the building.&rdquo;"],
              [(REC, "Put up clear signs from the car park and the main entrance to the Maternity Unit, including "
                     "the night entrance, and check them each year with families.")]),
         area("Maternity Assessment Unit (triage)",
              ["The waiting area was clean and the midwives were kind. But 41 of the 146 families in our survey said "
               "they had waited more than fifteen minutes for the triage telephone line to be answered, some of them "
               "more than once on the same night.",
               "Q:&ldquo;I rang three times and in the end we just drove in.&rdquo;"],
              [(REC, "Make sure the triage telephone line is answered within five minutes at any time of day or "
                     "night, and publish how often this is achieved.")]),
         area("Labour ward and birth rooms",
              ["The birth rooms felt calm and private. Every family we spoke to on the labour ward praised the "
               "midwives, and partners said they were included in decisions. The new birth pool room was in use "
               "during our visit."],
              [("No recommendation", "We found nothing on the labour ward that we wish to recommend changing. Please "
                                     "pass on our thanks to the team.")]),
         area("Willow Ward (postnatal)",
              ["Willow Ward has 32 beds in four bays and six single rooms. Partners must leave at 9 p.m., and several "
               "women told us they had struggled alone at night with a baby after a caesarean birth. The bays were "
               "noisy late into the evening, with main lights on and observations carried out at different times "
               "for mother and baby.",
               "Q:&ldquo;Nobody slept. The lights came on every hour.&rdquo;"],
              [(REC, "Provide a reclining chair beside every bed on Willow Ward so that a partner can stay overnight."),
               (REC, "Introduce quiet hours on Willow Ward from 10 p.m. to 6 a.m., with dimmed lights and routine "
                     "checks grouped together.")]),
         area("Neonatal Unit",
              ["Parents described the neonatal nurses as outstanding. Parents can use a small kitchen but must buy "
               "all their meals, and parking costs up to &pound;9.50 a day. One family told us they had spent more "
               "than &pound;400 on parking during a seven-week stay. We are not asking the Trust to change visiting "
               "on the Neonatal Unit, which families told us works well."],
              [(REC, "Give free hot meals to parents whose babies are on the Neonatal Unit for more than two days, "
                     "whether or not they are breastfeeding."),
               (REC, "Give parents of babies on the Neonatal Unit free parking for the whole of their baby's stay.")]),
         area("Going home",
              ["Discharge information is given in English only. One in five births at Wexcombe is to a mother whose "
               "first language is not English, and on the day of our visit a father was interpreting for his wife "
               "during the discharge talk.",
               "Q:&ldquo;They should have had an interpreter. My husband does not know the words for these "
               "things.&rdquo;"],
              [(REC, "Provide the discharge information for new parents in the five languages most spoken locally, "
                     "and book an interpreter for the discharge talk whenever one is needed.")]),
         P("Next steps", H2),
         P("We would welcome the Trust's response, and in particular its response on our two recommendations for "
           "Willow Ward, in time for the MNVP meeting on 21 April 2026. We thank the matrons and staff of both units "
           "for their welcome on the day."),
         P("Leanne Okonjo-Fitch, Chair, on behalf of Wexcombe Maternity and Neonatal Voices Partnership", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    cover = Table([[P("<b>Meeting</b>", ES), P("Trust Board (meeting in public)", ES)],
                   [P("<b>Date</b>", ES), P("2 April 2026", ES)],
                   [P("<b>Agenda item</b>", ES), P("11", ES)],
                   [P("<b>Report title</b>", ES), P("Maternity and Neonatal Safety Report, Quarter 4 2025/26", ES)],
                   [P("<b>Report of</b>", ES), P("Director of Midwifery; Clinical Director, Neonatal Services", ES)],
                   [P("<b>Purpose</b>", ES), P("Assurance", ES)]],
                  colWidths=[38 * mm, 132 * mm])
    cover.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa7b8")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#e6ebf2")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    n = lambda num, t: Paragraph(t, EN, bulletText=num)
    s = [P("Wexcombe Hospitals NHS Trust", ET),
         HRFlowable(width="100%", thickness=1.4, color=NAVY, spaceBefore=4, spaceAfter=8),
         cover, Spacer(1, 8),
         P("1. Purpose", EH),
         n("1.1", "This report gives the Board its quarterly assurance on maternity and neonatal safety. Section 4 "
                  "sets out the Trust's response to the walkthrough report of the Wexcombe Maternity and Neonatal "
                  "Voices Partnership (MNVP) of 28 January 2026."),
         P("2. Staffing", EH),
         n("2.1", "The midwife to birth ratio for the quarter was 1:26 against a funded establishment of 1:25. Twelve "
                  "newly qualified midwives started in February, and the vacancy rate fell to 4.1 per cent."),
         n("2.2", "In the Neonatal Unit, 71 per cent of registered nurses hold a qualification in speciality, above "
                  "the national standard of 70 per cent."),
         P("3. Safety and learning", EH),
         n("3.1", "Three perinatal deaths in the quarter have been reviewed using the national review tool; in two no "
                  "issues in care were found that would have changed the outcome, and the third review is not yet "
                  "complete. Families have been offered a meeting with the consultant in each case."),
         n("3.2", "Recommendation 2 of the regional insight visit in September 2025, on escalation when a woman "
                  "reports reduced fetal movements, was closed by the regional team in March."),
         P("4. Response to the MNVP walkthrough report", EH),
         n("4.1", "Seven MNVP volunteers walked through both units on 3 December 2025 and made seven recommendations. "
                  "We are grateful to them and to the families who spoke to them. The MNVP chair has seen this section "
                  "before publication."),
         n("4.2", "The MNVP's fifth recommendation, on meals for parents on the Neonatal Unit, is accepted in part. "
                  "From 1 May 2026 parents of babies in intensive care and high dependency cots will receive a daily "
                  "meal voucher; parents of babies in special care will keep free use of the parents' kitchen, but we "
                  "cannot fund vouchers for all 18 cots."),
         n("4.3", "The first recommendation is accepted. New signs from the multi-storey car park and both entrances, "
                  "with a lit sign and a relocated buzzer at the Chapel Lane door, will be in place by the end of June "
                  "2026, and the MNVP will be invited to walk the route with us every spring."),
         n("4.4", "The third and fourth recommendations both concern Willow Ward at night. We do not intend to offer "
                  "overnight stays for partners in the shared bays, where many women have told us they value privacy; "
                  "partners may already stay in the six single rooms, which have a fold-out bed. Quiet hours from 10 "
                  "p.m. to 6 a.m. began on 1 March 2026, with lights dimmed and observations for mother and baby "
                  "carried out together wherever it is clinically safe."),
         n("4.5", "On the seventh recommendation, translated discharge information is being considered by the Patient "
                  "Experience Group as part of a Trust-wide review of translated materials, which is due to report in "
                  "the autumn. Interpreters will continue to be booked through the existing service."),
         n("4.6", "The second recommendation is accepted in part. A five-minute answering standard for the triage line "
                  "has been adopted and will be monitored every month by the maternity governance team. Performance "
                  "will be reported to the Board in this quarterly report rather than published separately on the "
                  "Trust's website."),
         P("5. Maternity incentive scheme", EH),
         n("5.1", "The Trust expects to declare compliance with all ten safety actions for year seven of the scheme. The "
                  "evidence will be presented to the Quality Committee in May and to the Board in June."),
         P("6. Recommendation", EH),
         n("6.1", "The Board is asked to note this report and the responses to the MNVP set out in section 4."),
         Spacer(1, 4),
         P("Rachel Denholm-Ayres, Director of Midwifery<br/>Dr Tomasz Wierzbicki, Clinical Director, Neonatal Services", ES)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wexcombe Maternity and Neonatal Voices Partnership - Walkthrough report MNVP/WT/2025-02",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Wexcombe Hospitals NHS Trust - Trust Board 2 April 2026 - Item 11",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Put up clear signs from the car park and the main entrance",
         "reply_contains": "a lit sign and a relocated buzzer at the Chapel Lane door", "verdict": "agrees"},
        {"number": 2, "starts_with": "Make sure the triage telephone line is answered within five minutes",
         "reply_contains": "A five-minute answering standard for the triage line has been adopted", "verdict": "partly"},
        {"number": 3, "starts_with": "Provide a reclining chair beside every bed on Willow Ward",
         "reply_contains": "We do not intend to offer overnight stays for partners", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Introduce quiet hours on Willow Ward from 10 p.m. to 6 a.m.",
         "reply_contains": "began on 1 March 2026, with lights dimmed", "verdict": "agrees"},
        {"number": 5, "starts_with": "Give free hot meals to parents whose babies are on the Neonatal",
         "reply_contains": "high dependency cots will receive a daily meal voucher", "verdict": "partly"},
        {"number": 6, "starts_with": "Give parents of babies on the Neonatal Unit free parking for",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Provide the discharge information for new parents in the five languages",
         "reply_contains": "is being considered by the Patient Experience Group", "verdict": "noted"},
    ]
    unmatched = ["The midwife to birth ratio for the quarter was 1:26",
                 "Three perinatal deaths in the quarter have been reviewed",
                 "on escalation when a woman reports reduced fetal movements",
                 "expects to declare compliance with all ten safety actions",
                 "The Board is asked to note this report",
                 "The MNVP chair has seen this section before publication"]
    notes = ("Advice: English MATERNITY AND NEONATAL VOICES PARTNERSHIP walkthrough report MNVP/WT/2025-02 on the "
             "maternity and neonatal units; recs are seven UNNUMBERED MARGIN CALLOUTS headed 'OUR RECOMMENDATION' in a "
             "shaded right-hand column beside the findings for each of six areas (1, 1, 0, 2, 2, 1), imperative "
             "sentences; traps: the four walkthrough QUESTIONS as a numbered list 1-4, 'Key numbers' table, families' "
             "italic quotes ('Someone should have told me where to go at night', 'They should have had an "
             "interpreter'), the 2023 walkthrough quoted ('the Trust should provide a bereavement room', done), the "
             "labour ward's callout headed 'NO RECOMMENDATION', 'We are not asking the Trust to change visiting', "
             "closing asking for a reply on 'our two recommendations for Willow Ward'. Response: quarterly MATERNITY "
             "AND NEONATAL SAFETY REPORT to the Trust Board (cover table, numbered paragraphs); only section 4 "
             "answers, by ORDINALS, order 5, 1, 3+4, 7, 2: 'fifth recommendation ... accepted in part', vouchers for "
             "intensive care and high dependency only (5 partly); 'first recommendation is accepted', signs by end "
             "of June 2026 (1 agrees); ONE paragraph 'third and fourth' = no overnight stays for partners in the "
             "bays (3 disagrees) + quiet hours began 1 March 2026 (4 agrees); 'seventh', translated information "
             "'being considered' by the Patient Experience Group, review in the autumn (7 noted); 'second ... "
             "accepted in part', five-minute standard adopted but reported to the Board, not published (2 partly); "
             "6 (free parking) unanswered; 1.1 purpose, 2 staffing, 3 safety (with 'Recommendation 2 of the regional "
             "insight visit'), 4.1, 5 incentive scheme, 6 the paper's own 'Recommendation' (note) answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 111 (EN): an English NHS foundation trust's PATIENT AND CARER PANEL review of INPATIENT FOOD AND DRINK,
seven recommendations as the ROWS of a 'Recommendations' TABLE coded R1-R7 (Ref / Recommendation / Suggested lead),
answered by the Chief Nurse's and the Director of Estates and Facilities' joint WRITTEN RESPONSE that QUOTES each
recommendation (indented, italic) before 'Our response', in another order, one reply covering two. reportlab platypus,
A4, cleaned DejaVu, invariant=1; navy letterhead rule, numbered key findings and a numbered list of the questions put
to patients (neither is a recommendation), shaded audit table; header and 'Page N of M' stamped from page 2. All
bodies, people, places and figures invented; the Health and Social Care Act 2008 (Regulated Activities) Regulations
2014 are named as context only (what is said of them here is not to be relied on).
Run:  /tmp/blind111en/bin/python tests/docs/src/blind111/gen_en_hospital_food_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b111en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable

NAME = "blind111_en_hospital_food"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", H.clean_font("DejaVuSans-Oblique.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
NAVY = colors.HexColor("#1b3a6b")
B = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.3, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, spaceAfter=3, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, textColor=NAVY, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
TB = ParagraphStyle("tb", parent=B, fontSize=9, leading=12, spaceAfter=0)
LI = ParagraphStyle("li", parent=B, leftIndent=18, firstLineIndent=-12, spaceAfter=3)
Q = ParagraphStyle("q", parent=B, fontName="DVI", leftIndent=16, rightIndent=10, textColor=colors.HexColor("#333333"),
                   borderPadding=(4, 6, 4, 6), backColor=colors.HexColor("#eef2f8"), spaceBefore=4, spaceAfter=8)
P = lambda t, s=B: Paragraph(t, s)


def head(org, sub):
    return [P(f"<b>{org}</b>", ParagraphStyle("o", parent=B, fontSize=13.5, leading=17, textColor=NAVY, spaceAfter=1)),
            P(sub, SM), HRFlowable(width="100%", thickness=2.2, color=NAVY, spaceBefore=2, spaceAfter=10)]


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


RECS = [
    ("R1", "Enforce protected mealtimes on every adult ward, so that ward rounds, non-urgent tests and cleaning stop between 12 noon and 1 pm and between 5 pm and 6 pm.", "Chief Nurse"),
    ("R2", "Use a red tray and a red jug lid for every patient who needs help to eat or drink, and name a member of staff to help each of them at every meal.", "Chief Nurse"),
    ("R3", "Replace the cook-chill evening meal with food cooked on site in the Fernbank Hospital kitchen, which has been little used since 2019.", "Director of Estates and Facilities"),
    ("R4", "Make a hot meal available to patients who miss a mealtime because of a test, an operation or a late admission, at any time until 10 pm.", "Director of Estates and Facilities"),
    ("R5", "Recruit and train at least 40 mealtime volunteers across both hospitals within a year, working with the Voluntary Services team.", "Head of Voluntary Services"),
    ("R6", "Refresh water jugs at least three times a day and keep a fluid chart for every patient who is at risk of dehydration.", "Chief Nurse"),
    ("R7", "Repeat the Panel's food tasting sessions every six months and publish the scores on the Trust's website.", "Patient Experience Lead"),
]


def advice():
    audit = Table([["Mealtime audit, October 2025 (14 wards, 286 observations)", ""],
                   ["Meals interrupted by a ward round or test", "31%"],
                   ["Patients needing help who received it within 10 minutes", "58%"],
                   ["Evening meals returned more than half uneaten", "44%"],
                   ["Water jug out of reach or empty at the visit", "1 in 6 beds"],
                   ["Patients who missed a meal and were offered only a sandwich", "92%"]],
                  colWidths=[128 * mm, 42 * mm])
    audit.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.8), ("SPAN", (0, 0), (-1, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e0ef")),
                               ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f4f7fb")),
                               ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                               ("BOX", (0, 0), (-1, -1), 0.6, NAVY), ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#b9c7dc"))]))
    rows = [[P("<b>Ref</b>", TB), P("<b>Recommendation</b>", TB), P("<b>Suggested lead</b>", TB)]]
    rows += [[P(f"<b>{c}</b>", TB), P(t, TB), P(l, TB)] for c, t, l in RECS]
    rt = Table(rows, colWidths=[13 * mm, 117 * mm, 40 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e0ef")),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8fa3c4")),
                            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s = head("Ashcombe and Vale Hospitals NHS Foundation Trust",
             "Patient and Carer Panel &middot; Report PCP/26/02 &middot; 10 February 2026")
    s += [P("Mealtimes Matter: a patient review of food and drink on our wards", H1),
          P("Report of the Patient and Carer Panel to the Trust Board and the Quality Committee. Panel chair: Mrs Brenda Okafor. Supported by Mr Lewis Hartigan, Patient Experience Lead.", SM),
          P("1. Why we looked at food", H2),
          P("Food and drink came up more often than any other subject in the comments our members collected on the wards in 2025. The Quality Committee asked the Panel in July 2025 (minute QC/25/61) to look at mealtimes from the patient's side of the bed, and this report is the result."),
          P("We are not the first to look at this. The Trust's 2021 Nutrition Review recommended that &ldquo;the Trust should offer a choice of hot evening meal on every ward&rdquo;. A choice is now offered, but, as we set out below, patients often do not eat it."),
          P("The Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 say that providers must meet patients' nutritional and hydration needs, and hospitals are assessed against national standards for food. These duties apply whatever the Board decides on this report, and we have not tried to judge compliance with them."),
          P("2. How we did it", H2),
          P("Twelve Panel members observed 286 mealtimes on 14 adult wards at Fernbank Hospital and Vale Community Hospital in October 2025, took part in three tasting sessions with the catering team, and spoke to 164 patients and 37 carers. We asked patients four questions:"),
          P("1. Did you get the food you ordered?", LI),
          P("2. Was it hot enough when it reached you?", LI),
          P("3. Did anyone help you when you needed it?", LI),
          P("4. Could you reach a drink whenever you wanted one?", LI),
          Spacer(1, 4), audit, Spacer(1, 6),
          P("3. What we found", H2),
          P("1. <b>Mealtimes are interrupted.</b> Nearly a third of the meals we watched were stopped by a ward round, a blood test or a porter. Several nurses told us that protected mealtimes exist on paper only.", LI),
          P("2. <b>Help arrives late.</b> Patients who cannot cut up food or open a carton often waited until the food was cold. Carers said they should have been told that they were welcome to help at mealtimes.", LI),
          P("3. <b>The evening meal is the weakest.</b> The cook-chill dishes delivered from the regional production unit were the least liked in every tasting, and 44% came back more than half uneaten.", LI),
          P("4. <b>Missed meals are replaced by sandwiches.</b> Patients returning from theatre or admitted after 6 pm are usually offered a sandwich and a yoghurt, however long they have been without food.", LI),
          P("5. <b>Drinks are out of reach.</b> One bed in six had an empty jug, or one placed where the patient could not reach it.", LI),
          P("4. Conclusion", H2),
          P("Staff care a great deal about food, but the way the ward day is organised works against them. We do not believe the Trust should go back to a single bulk-trolley service, which some staff suggested, and we make no recommendation about it. Our recommendations are in the table below; each is given a reference and the lead we suggest."),
          P("5. Recommendations", H2),
          P("The Panel recommends that the Trust Board:"),
          rt, Spacer(1, 8),
          P("In our view R2, R4 and R6 could start within current budgets. We would welcome a written response from the Trust within three months."),
          Spacer(1, 6), P("Brenda Okafor, Chair, on behalf of the Patient and Carer Panel", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    def quote(code):
        t = dict((c, x) for c, x, _ in RECS)[code]
        return P(f"{code}: {t}", Q)
    R = lambda t: P(f"<b>Our response.</b> {t}")
    s = head("Ashcombe and Vale Hospitals NHS Foundation Trust", "Chief Nurse &middot; Director of Estates and Facilities")
    s += [P("Response to the Patient and Carer Panel's report 'Mealtimes Matter'", ParagraphStyle("t", parent=H1, fontSize=14, leading=18)),
          P("Ref: CN/PX/26/014 &middot; 12 May 2026 &middot; Presented to the Trust Board on 21 May 2026", SM),
          P("Introduction", H2),
          P("We would like to thank Mrs Okafor and the twelve Panel members who spent so many mealtimes on our wards. Their report was discussed at the Quality Committee on 14 April, and the ward sisters who attended said it described the ward day exactly as they know it. We quote each recommendation below and give our response; we have grouped them by the team that will lead the work."),
          P("Catering and the evening meal", H2),
          quote("R3"),
          R("We have looked carefully at cooking on site again at Fernbank. Reopening the kitchen would need new equipment and about eleven more catering posts, and the Trust's catering contract with the regional production unit runs until March 2029. We are therefore unable to accept this recommendation; instead, the catering team will replace the four least popular evening dishes with new recipes chosen by the Panel at its June tasting."),
          quote("R4"),
          R("From 1 June a hot meal from a new range of six dishes kept in ward freezers will be available until 8 pm on every adult ward, alongside the existing snack boxes. We cannot staff a hot service until 10 pm, so patients arriving later will still be offered cold food and soup."),
          P("Nursing care at mealtimes", H2),
          quote("R1"),
          R("Agreed. The Chief Nurse has written to every consultant and ward manager, and protected mealtimes will be relaunched across all adult wards on 1 July 2026, with a monthly spot check by the matrons reported to the Quality Committee."),
          quote("R2"),
          quote("R6"),
          R("We accept both of these and will take them together. Red trays and red jug lids are already in use on the two care of the elderly wards and will be rolled out to all adult wards by the end of September, with the nurse in charge naming a helper for each patient on the board at handover. On drinks, a third water round at 7 pm has been added to the housekeepers' duties from May, and the electronic fluid chart will be switched on for every patient with a dehydration risk score of two or more."),
          quote("R5"),
          R("Volunteers already help at lunchtime on three wards, and the Panel's figure of 40 is ambitious. The Head of Voluntary Services will look at the idea as part of the volunteering review due to report in the autumn, and we will let the Panel know what it concludes."),
          P("Other matters", H2),
          P("The Panel may also wish to know that the national PLACE assessment in November 2025 scored the Trust at 84.1% for food, up from 79.6% the year before, and that plate waste at Vale Community Hospital fell by 9% after the new breakfast menu was introduced."),
          P("We look forward to working with the Panel again and would be glad to come to its September meeting to report on progress."),
          Spacer(1, 6),
          P("Dr Fiona Ashworth-Reid, Chief Nurse &nbsp;&middot;&nbsp; Mr Gareth Pell, Director of Estates and Facilities".replace("&nbsp;", " "), SM)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ashcombe and Vale Hospitals NHS Foundation Trust - Patient and Carer Panel - Mealtimes Matter (PCP/26/02)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Response to 'Mealtimes Matter' - Chief Nurse and Director of Estates and Facilities",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Enforce protected mealtimes on every adult ward, so that ward rounds",
         "reply_contains": "will be relaunched across all adult wards on 1 July 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "Use a red tray and a red jug lid for every patient",
         "reply_contains": "rolled out to all adult wards by the end of September", "verdict": "agrees"},
        {"number": 3, "starts_with": "Replace the cook-chill evening meal with food cooked on site",
         "reply_contains": "We are therefore unable to accept this recommendation", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Make a hot meal available to patients who miss a mealtime",
         "reply_contains": "We cannot staff a hot service until 10 pm", "verdict": "partly"},
        {"number": 5, "starts_with": "Recruit and train at least 40 mealtime volunteers across both hospitals",
         "reply_contains": "will look at the idea as part of the volunteering review", "verdict": "noted"},
        {"number": 6, "starts_with": "Refresh water jugs at least three times a day and keep",
         "reply_contains": "a third water round at 7 pm has been added", "verdict": "agrees"},
        {"number": 7, "starts_with": "Repeat the Panel's food tasting sessions every six months and publish",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the ward sisters who attended said it described the ward day",
                 "the national PLACE assessment in November 2025 scored the Trust",
                 "would be glad to come to its September meeting"]
    notes = ("Advice: English NHS foundation trust Patient and Carer Panel report PCP/26/02 to the Trust Board; recs are the "
             "ROWS of a 'Recommendations' TABLE (Ref / Recommendation / Suggested lead) coded R1-R7 after 'The Panel recommends "
             "that the Trust Board:'; traps: minute QC/25/61, 2021 Nutrition Review recommendation quoted ('the Trust should "
             "offer a choice of hot evening meal'), the 2014 Regulations 'providers must meet ... needs', a numbered list of "
             "four QUESTIONS put to patients, numbered key FINDINGS 1-5 with bold lead-ins ('Carers said they should have been "
             "told'), shaded audit table, 'We do not believe the Trust should go back to a single bulk-trolley service', "
             "closing line citing 'R2, R4 and R6'. Response: joint WRITTEN RESPONSE that QUOTES each recommendation (italic, "
             "shaded, with its code) followed by 'Our response.', grouped by theme, order R3, R4, R1, R2+R6, R5: on-site "
             "cooking refused (3 disagrees; new evening dishes instead); hot meal until 8 pm not 10 pm (4 partly); protected "
             "mealtimes relaunched 1 July 2026 (1 agrees); ONE reply after quoting R2 and R6 = red trays by end of September "
             "(2 agrees) + third water round and fluid charts (6 agrees); volunteers left to the volunteering review (5 "
             "noted); R7 (tasting every six months, publish scores) unanswered; introduction, 'Other matters' with PLACE "
             "figures, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 136 (EN): an English borough council's ZOO LICENCE PERIODIC INSPECTION REPORT on a wildlife park, answered
by the park DIRECTOR's LETTER to the council's licensing officer (inline labels R1..R7 in brackets after short
theme headings, one paragraph answering two recommendations with different verdicts).
The advice: seven recommendations R1-R7 in a TABLE 'No. | Recommendation | Relates to | By' after seven numbered
OBSERVATIONS 1-7 (findings, numbered like the recommendations). Traps: an inspection details table, the 2022
inspection's recommendation quoted ('should be recorded in a drill log'), the Standards paraphrased ('must have'),
'The inspectors do not recommend any new licence conditions' and 'We do not recommend that the reptile house be
closed', a closing naming 'R1 and R2'.
The response: introduction (nothing); R1 barrier replaced (agrees); R2 drills fixed (agrees); one paragraph 'Visitor
contact areas (R3 and R4)': second keeper at busy times only (R3 partly) and hedgehog encounters not suspended (R4
disagrees); R7 hazard classification displayed (agrees); R5 conservation post weighed in the budget (noted); a
reptile-house remark and closing (nothing); R6 never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans (report) and Liberation Serif (letter), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, animals' numbers and references invented; the Zoo
Licensing Act 1981 and the Secretary of State's Standards of Modern Zoo Practice are named as context only (what is
said of them is paraphrased and not to be relied on).
Run:  /tmp/blind136en/bin/python tests/docs/src/blind136/gen_en_zoo_inspection_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b136en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind136_en_zoo_inspection"
GREEN = colors.HexColor("#2d5a27")
BROWN = colors.HexColor("#5a3b1a")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=16, leading=20, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.5, leading=14.5, textColor=ink,
                             spaceBefore=3 * mm, spaceAfter=1.6 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=fam + "-B", fontSize=size - 1,
                                leading=(size - 1) * 1.3, spaceAfter=0),
        "num": ParagraphStyle("n", parent=body, leftIndent=7 * mm, firstLineIndent=-7 * mm),
    }


OBS = [
    "Two panels of the stand-off barrier at the Sumatran tiger enclosure were bent outwards, leaving a gap of "
    "about 30 cm at ground level. The enclosure was closed to visitors on the day for unrelated works.",
    "The park holds a firearms team of three trained keepers. Only one drill with the team had taken place since "
    "the last inspection, in November 2023.",
    "The ring-tailed lemur walk-through was supervised by a single keeper during our visit, while 40 to 50 "
    "visitors were inside, several of them touching the animals.",
    "At the public 'meet the hedgehogs' encounter we saw two African pygmy hedgehogs passed between keepers in "
    "front of a group of about 25 visitors, with flash photography taking place.",
    "The park takes part in four regional breeding programmes, but the work is shared among senior keepers with "
    "no one person responsible for it.",
    "The veterinary medicines store was locked and tidy. The stock record for controlled drugs had not been "
    "updated since March 2025, and two entries for ketamine did not balance.",
    "The written classification of the collection by hazard category dates from 2019 and does not include the "
    "two Asiatic black bears that arrived in 2024.",
]

RECS = [
    ("R1", "Repair or replace the damaged panels of the stand-off barrier at the Sumatran tiger enclosure before "
           "the enclosure reopens to visitors.", "Obs. 1", "Immediately"),
    ("R2", "Hold and record a drill with the firearms team for the escape of a dangerous animal at least twice "
           "a year.", "Obs. 2", "3 months"),
    ("R3", "Provide a second keeper in the ring-tailed lemur walk-through at all times when visitors are "
           "inside.", "Obs. 3", "3 months"),
    ("R4", "Suspend the public hedgehog encounter sessions until the park's vet has completed a written welfare "
           "assessment of them.", "Obs. 4", "Immediately"),
    ("R5", "Appoint a named conservation officer to lead the park's work in the regional breeding "
           "programmes.", "Obs. 5", "12 months"),
    ("R6", "Bring the controlled drugs register up to date, reconcile the ketamine entries and check the stock "
           "monthly.", "Obs. 6", "1 month"),
    ("R7", "Update the hazard classification of the animal collection and display it in the keepers' rest "
           "room and section offices.", "Obs. 7", "3 months"),
]


def advice():
    S = styles("LS", 9.6, GREEN)
    f = []
    f.append(Paragraph("PENDLEFORD BOROUGH COUNCIL &#183; LICENSING SERVICE", S["sub"]))
    f.append(Paragraph("Zoo Licensing Act 1981: Report of a Periodic Inspection of Hollins Edge Wildlife Park",
                       S["h1"]))
    f.append(Paragraph("Report PBC/ZOO/INSP/2025/04 &#183; Licence PBC/ZL/0093 &#183; Inspection on 17 June 2025 "
                       "&#183; Report dated 1 July 2025", S["sub"]))
    t = Table([["Zoo", "Hollins Edge Wildlife Park, Moor Road, Hollins Edge, Pendleford PD7 4HW"],
               ["Licence holder", "Hollins Edge Wildlife Trust (registered charity 1148207)"],
               ["Director", "Mrs Helen Marchbanks"],
               ["Inspectors", "Dr Alasdair Quennell BVSc MRCVS (veterinary inspector); Ms Ruth Okonkwo-Barnes"],
               ["Council officer", "Mr Gareth Pryce, Senior Licensing Officer"],
               ["Collection", "412 animals of 68 species, of which 9 species are in hazard category 1"]],
              colWidths=[34 * mm, 132 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.8), ("FONT", (0, 0), (0, -1), "LS-B", 8.8),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    f.append(Spacer(1, 2 * mm))
    f.append(t)
    f.append(Paragraph("1 Purpose and scope", S["h2"]))
    f.append(Paragraph(
        "This was a periodic inspection in the fourth year of the licence, carried out with the Director and the "
        "Head of Animal Care present. We walked the whole site, examined records and spoke to eleven members of staff. "
        "As we understand the Secretary of State's Standards of Modern Zoo Practice, a zoo must have written "
        "procedures for dealing with an escape, and the operator must keep records that show those procedures are "
        "tested. The Standards are referred to here for context only.", S["body"]))
    f.append(Paragraph("2 The previous inspection", S["h2"]))
    f.append(Paragraph(
        "The report of the 2022 inspection recommended that &#8220;all emergency drills should be recorded in a drill "
        "log kept at the main office&#8221;. A drill log is now kept and we saw it; that recommendation has been met. "
        "The new giraffe house, opened in 2024, is of a high standard and the animals were in good condition.",
        S["body"]))
    f.append(Paragraph("3 Observations", S["h2"]))
    for i, o in enumerate(OBS, 1):
        f.append(Paragraph(f"{i}.&#160;&#160;{o}".replace("&#160;", " "), S["num"]))
    f.append(Paragraph("4 Recommendations", S["h2"]))
    f.append(Paragraph("The inspectors make the following recommendations to the licence holder. The column 'By' "
                       "gives the time within which each should be completed, counted from the date of this "
                       "report.", S["body"]))
    rows = [[Paragraph("No.", S["cellb"]), Paragraph("Recommendation", S["cellb"]), Paragraph("Relates to",
                                                                                                S["cellb"]),
             Paragraph("By", S["cellb"])]]
    for n, r, rel, by in RECS:
        rows.append([Paragraph(n, S["cellb"]), Paragraph(r, S["cell"]), Paragraph(rel, S["cell"]),
                     Paragraph(by, S["cell"])])
    rt = Table(rows, colWidths=[11 * mm, 113 * mm, 18 * mm, 24 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe9dc")),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9a86")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    f.append(rt)
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("5 Other matters", S["h2"]))
    f.append(Paragraph(
        "Visitors have complained to the Council about the temperature in the reptile house. We found it within the "
        "range for the species kept, and we do not recommend that the reptile house be closed during the planned "
        "heating works. The inspectors do not recommend any new licence conditions at this stage.", S["body"]))
    f.append(Paragraph("6 Conclusion", S["h2"]))
    f.append(Paragraph(
        "Hollins Edge is a well-run park with committed staff. R1 and R2 relate to public safety and should be "
        "treated as priorities. We ask the Council to obtain the licence holder's written response to this report "
        "within two months.", S["body"]))
    f.append(Paragraph("Dr Alasdair Quennell &#183; Ms Ruth Okonkwo-Barnes &#183; Inspectors, 1 July 2025",
                       S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Periodic Inspection of Hollins Edge Wildlife Park", author="Pendleford BC")
    doc.build(f)


RESP = [
    ("Tiger enclosure barrier (R1).",
     "The two damaged panels were replaced by our maintenance contractor on 24 June, two days before the tiger "
     "enclosure reopened. I enclose the contractor's certificate and photographs of the finished barrier."),
    ("Escape drills (R2).",
     "We accept this recommendation in full. Drills with the firearms team are now fixed in the calendar for the "
     "first week of March and of September each year, and each will be written up in the drill log. The first "
     "took place on 9 September and simulated the escape of one of our bears."),
    ("Visitor contact areas (R3 and R4).",
     "From the start of the summer holidays a second keeper has been posted in the lemur walk-through at weekends, "
     "on bank holidays and throughout the school holidays, when visitor numbers are highest. On quiet weekdays a "
     "single keeper, with a radio link to the gate attendant, will remain our arrangement. As for the hedgehog "
     "encounters, the trustees have considered the point carefully but have decided not to suspend the sessions. "
     "Each lasts ten minutes, only keepers handle the animals, flash photography is now banned, and our consultant "
     "vet reviewed the sessions in May without finding any welfare concern."),
    ("Hazard classification (R7).",
     "The revised classification, which now includes the two bears, was approved at our July safety meeting. It "
     "is on the wall of the keepers' rest room and a copy hangs in each section office."),
    ("Conservation officer (R5).",
     "The trustees note the inspectors' view that a named conservation officer is needed. The cost of such a post "
     "will be weighed against our other priorities when the 2026-27 budget is set in February."),
]


def response():
    S = styles("LF", 10.6, BROWN)
    f = []
    f.append(Paragraph("HOLLINS EDGE WILDLIFE TRUST", S["h1"]))
    f.append(Paragraph("Moor Road, Hollins Edge, Pendleford PD7 4HW &#183; Registered charity 1148207", S["sub"]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("Mr Gareth Pryce, Senior Licensing Officer<br/>Pendleford Borough Council, Town Hall, "
                       "Pendleford PD1 1AA", S["body"]))
    f.append(Paragraph("28 August 2025 &#183; Your ref. PBC/ZOO/INSP/2025/04", S["body"]))
    f.append(Paragraph("Dear Mr Pryce,", S["body"]))
    f.append(Paragraph("<b>Periodic inspection of 17 June 2025</b>", S["body"]))
    f.append(Paragraph(
        "Thank you for sending us the inspectors' report. The trustees discussed it at their meeting on 19 August, "
        "and we were pleased that the inspectors recognised the work that went into the giraffe house. Our response "
        "to each recommendation is set out below, in the order in which our staff took them up.", S["body"]))
    for head, txt in RESP:
        f.append(Paragraph(f"<b>{head}</b> {txt}", S["body"]))
    f.append(Paragraph(
        "We were glad to read that the reptile house may stay open while its heating is replaced; the work will be "
        "finished by the end of October.", S["body"]))
    f.append(Paragraph(
        "We would welcome a visit from the Council's officers at any time before the next inspection, and I would be "
        "happy to show them the changes described above.", S["body"]))
    f.append(Paragraph("Yours sincerely,", S["body"]))
    f.append(Paragraph("Helen Marchbanks<br/>Director, Hollins Edge Wildlife Park", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, invariant=1,
                            title="Response to periodic inspection report", author="Hollins Edge Wildlife Trust")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Pendleford BC - PBC/ZOO/INSP/2025/04 - Hollins Edge Wildlife Park",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Hollins Edge Wildlife Trust - response to PBC/ZOO/INSP/2025/04",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": "R1", "starts_with": "Repair or replace the damaged panels of the stand-off barrier",
         "reply_contains": "replaced by our maintenance contractor on 24 June", "verdict": "agrees"},
        {"number": "R2", "starts_with": "Hold and record a drill with the firearms team for",
         "reply_contains": "We accept this recommendation in full", "verdict": "agrees"},
        {"number": "R3", "starts_with": "Provide a second keeper in the ring-tailed lemur walk-through",
         "reply_contains": "On quiet weekdays a single keeper, with a radio link", "verdict": "partly"},
        {"number": "R4", "starts_with": "Suspend the public hedgehog encounter sessions until the park's vet",
         "reply_contains": "have decided not to suspend the sessions", "verdict": "disagrees"},
        {"number": "R5", "starts_with": "Appoint a named conservation officer to lead the park's work",
         "reply_contains": "will be weighed against our other priorities when the 2026-27 budget",
         "verdict": "noted"},
        {"number": "R6", "starts_with": "Bring the controlled drugs register up to date, reconcile the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "R7", "starts_with": "Update the hazard classification of the animal collection and display",
         "reply_contains": "was approved at our July safety meeting", "verdict": "agrees"},
    ]
    unmatched = ["in the order in which our staff took them up",
                 "the work will be finished by the end of October",
                 "I would be happy to show them the changes described above"]
    notes = ("Advice: an English borough council's ZOO LICENCE PERIODIC INSPECTION REPORT (Zoo Licensing Act 1981 "
             "named as context) on a wildlife park; seven recommendations R1-R7 in a TABLE 'No. | Recommendation | "
             "Relates to | By' (imperatives), after seven numbered OBSERVATIONS 1.-7. (findings, numbered like the "
             "recommendations; the table's 'Relates to' column cites 'Obs. n'). Traps: inspection details table; the "
             "Standards of Modern Zoo Practice paraphrased ('a zoo must have written procedures'); the 2022 "
             "inspection quoted ('all emergency drills should be recorded in a drill log'); 'we do not recommend that "
             "the reptile house be closed'; 'The inspectors do not recommend any new licence conditions'; closing "
             "'R1 and R2 ... should be treated as priorities'. Response: the Director's LETTER with bold INLINE "
             "LABELS 'Theme (Rn).' in the order R1, R2, R3+R4, R7, R5: introduction (nothing); R1 panels replaced 24 "
             "June (agrees); R2 'We accept this recommendation in full', drills March and September (agrees); ONE "
             "paragraph '(R3 and R4)': second keeper only at weekends and holidays, single keeper on quiet weekdays "
             "(R3 partly) and 'decided not to suspend the sessions' (R4 disagrees); R7 classification approved and "
             "displayed (agrees); R5 'note', weighed in the 2026-27 budget (noted); reptile-house remark and closing "
             "(nothing). R6 (controlled drugs register) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

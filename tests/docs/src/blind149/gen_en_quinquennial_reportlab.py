"""Round 149 (EN): a church architect's QUINQUENNIAL INSPECTION REPORT on a listed parish church, answered by the
Parochial Church Council secretary's LETTER to the architect, which answers BY THEME without the report's labels, in
another order, one paragraph answering two with different verdicts, one left out.
The advice: a particulars table, a summary of condition in OBSERVATIONS NUMBERED 1-7 (as many as the
recommendations), a category key (A-D), sections 1-6; the seven recommendations are UNNUMBERED, each LABELLED
'Recommendation (Category A):' etc. in a bordered panel inside its section, in the imperative (the sixth opens
'Consider replacing ...'). Traps: the 2020 report QUOTED ('The lightning conductor should be tested every year ...');
the tower captain quoted ('the ringing chamber floor must be looked at ...'); the faculty rules paraphrased ('works
... must be authorised by a faculty ...'); 'We do not recommend removing the ivy from the churchyard wall ...'.
The response: thanks (nothing); ONE paragraph on rainwater and roofs: the hopper cleared (2 agrees), slipped slates
refixed but the missing ones wait for a grant (3 partly); tower parapet done (1 agrees); electrical test booked (5
agrees); porch handrail declined (4 disagrees); heat pump 'noted', for the Eco Church group (6 noted); a new
noticeboard 'not something your report raised' (unmatched); closing (nothing); 7, the bat survey, never (unanswered).
reportlab platypus, A4, cleaned Liberation Serif / Sans, invariant=1; header and 'Page N of M' stamped from page 2.
The faculty jurisdiction rules and the Inspection of Churches Measure are named as context only (what is said of
them is paraphrased and not to be relied on); the practice, parish, church, people, figures and references are
invented.
Run:  /tmp/blind149en/bin/python tests/docs/src/blind149/gen_en_quinquennial_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b149en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind149_en_quinquennial"
STONE = colors.HexColor("#5a4a32")
PANEL = colors.HexColor("#f3efe6")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.34, spaceAfter=1.9 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=10.8, leading=13.5, textColor=ink,
                             spaceBefore=2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.4, leading=11, textColor=colors.HexColor("#555555")),
        "quote": ParagraphStyle("q", parent=body, leftIndent=12 * mm, rightIndent=6 * mm, fontName=fam + "-I"),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1.2, leading=(size - 1.2) * 1.27, spaceAfter=0),
        "hcell": ParagraphStyle("hc", parent=body, fontName=fam + "-B", fontSize=size - 1.2,
                                leading=(size - 1.2) * 1.27, spaceAfter=0, textColor=colors.white),
        "panel": ParagraphStyle("p", parent=body, spaceAfter=0),
        "addr": ParagraphStyle("a", parent=body, spaceAfter=0, leading=size * 1.3),
    }


def numbered(S, f, num, text, w=9, width=160):
    f.append(Table([[Paragraph(num, S["body"]), Paragraph(text, S["body"])]], colWidths=[w * mm, (width - w) * mm],
                   hAlign="LEFT", style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))


def grid(S, head, rows, widths, ink):
    data = [[Paragraph(h, S["hcell"]) for h in head]]
    for row in rows:
        data.append([Paragraph(str(c), S["cell"]) for c in row])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9486")),
                           ("BACKGROUND", (0, 0), (-1, 0), ink), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                           ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return t


def panel(S, f, label, text, ink=STONE, fill=PANEL, width=160):
    t = Table([[Paragraph(f"<b>{label}</b> {text}", S["panel"])]], colWidths=[width * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, ink), ("BACKGROUND", (0, 0), (-1, -1), fill),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    f.append(t)
    f.append(Spacer(1, 2.2 * mm))


RECS = [
    ("A", "Reset and rebed the loose copings on the south parapet of the tower in lime mortar, and renew the two "
          "cracked coping stones with matching sandstone."),
    ("A", "Clear the blocked hopper head and downpipe at the north-east corner of the chancel, and check all "
          "gutters and gullies again after the autumn leaf fall."),
    ("B", "Refix the slipped stone slates on the north aisle roof and replace the eleven missing slates with "
          "matching reclaimed stone slates."),
    ("C", "Install a second handrail on the west side of the steps up to the south porch, so that both sides of "
          "the flight can be held."),
    ("B", "Have the fixed electrical installation tested by a qualified electrician and keep the written report "
          "with the church log book."),
    ("D", "Consider replacing the oil fired boiler, now 27 years old, with an air source heat pump and pew "
          "heaters as part of the parish's plan to reach net zero."),
    ("C", "Commission a bat survey of the nave roof space before any work to the nave ceiling or the roof "
          "timbers is planned."),
]


def advice():
    fonts()
    S = styles("LR", 9.6, STONE)
    f = []
    f.append(Paragraph("WRENFIELD CONSERVATION ARCHITECTS LLP &#183; 3 Minster Yard, Carlingford CF1 4QE &#183; "
                       "Report WCA/QI/25/062", S["sub"]))
    f.append(Paragraph("Quinquennial Inspection Report: Church of St Aldhelm, Kirkby Wenham", S["h1"]))
    f.append(grid(S, ["Diocese and parish", "Listing", "Inspected", "Previous inspection", "Inspecting architect"],
                  [["Diocese of Carlingford; parish of Kirkby Wenham with Lowerby", "Grade II*",
                    "18 June 2025 (dry, overcast)", "16 June 2020", "Eleanor Fairweather-Hunt RIBA, AABC"]],
                  [44, 18, 28, 26, 44], STONE))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph(
        "This report is made to the Parochial Church Council under the diocesan scheme for the inspection of "
        "churches, made under the Inspection of Churches Measure. It records the condition of the fabric as seen "
        "from the ground, from the tower roof and from ladders; no opening up was done. The church is a 14th "
        "century building of local sandstone with a west tower of 1462, a nave and north aisle under stone "
        "slates and a chancel rebuilt in 1871.", S["body"]))
    f.append(Paragraph("Summary of condition", S["h2"]))
    for n, t in enumerate([
        "The church is in fair condition overall and has been well cared for since 2020.",
        "The tower is structurally sound, but two copings on the south parapet are loose.",
        "Water is overflowing at the north-east corner of the chancel and staining the wall inside.",
        "The north aisle roof has slipped and missing slates above the organ.",
        "The electrical installation has not been tested since 2017.",
        "Bat droppings were seen on the nave pews below the third roof truss.",
        "The heating works but is expensive to run and the boiler is near the end of its life.",
    ], 1):
        numbered(S, f, f"{n}.", t, w=7)
    f.append(grid(S, ["Category", "Meaning"],
                  [["A", "Urgent, to be done within three months"],
                   ["B", "To be done within 12 months"],
                   ["C", "To be done within the five year period"],
                   ["D", "Desirable improvement, when funds allow"]], [22, 138], STONE))
    f.append(Spacer(1, 1.5 * mm))
    f.append(Paragraph(
        "Under the faculty jurisdiction rules, works to the fabric of a listed church must be authorised by a "
        "faculty or, for minor repairs on the approved lists, by the archdeacon; the PCC is asked to seek that "
        "permission in good time.", S["body"]))
    f.append(Paragraph("1 Tower", S["h2"]))
    f.append(Paragraph(
        "The tower walls are sound and the bell frame was overhauled in 2019. On the south parapet two copings "
        "have lost their bedding and can be rocked by hand; one is cracked through and a second is spalling. The "
        "2020 report said:", S["body"]))
    f.append(Paragraph("'The lightning conductor should be tested every year and the certificate kept with the "
                       "log book.'", S["quote"]))
    f.append(Paragraph(
        "That has been done each year. The tower captain, Mr Oliver Stannard, told us that 'the ringing chamber "
        "floor must be looked at before the winter'; we found the boards firm, with one loose board by the door, "
        "which the churchwardens can refix.", S["body"]))
    panel(S, f, "Recommendation (Category A):", RECS[0][1])
    f.append(Paragraph("2 Roofs and rainwater goods", S["h2"]))
    f.append(Paragraph(
        "The chancel roof (Welsh slate, 1871) is in good order. At the north-east corner of the chancel the cast "
        "iron hopper is full of moss and leaves and water overflows down the wall; there is a damp stain on the "
        "plaster behind the vestry cupboard.", S["body"]))
    panel(S, f, "Recommendation (Category A):", RECS[1][1])
    f.append(Paragraph(
        "On the north aisle about 20 stone slates have slipped, and eleven are missing above the organ, where "
        "daylight can be seen through the boarding. The nave roof was recovered in 1998 and is sound.",
        S["body"]))
    panel(S, f, "Recommendation (Category B):", RECS[2][1])
    f.append(Paragraph("3 Walls and churchyard", S["h2"]))
    f.append(Paragraph(
        "The walls are in good order apart from some open joints low on the north side. The ivy on the east "
        "churchyard wall is old and thick. We do not recommend removing the ivy from the churchyard wall at "
        "present, since the stems are now holding the upper courses together. We will look at the wall "
        "again at the next inspection in 2030.", S["body"]))
    f.append(Paragraph("4 Access and safety", S["h2"]))
    f.append(Paragraph(
        "The south porch is reached by four worn stone steps with one handrail on the east side. Several older "
        "members of the congregation use the north door in wet weather for this reason.", S["body"]))
    panel(S, f, "Recommendation (Category C):", RECS[3][1])
    f.append(Paragraph("5 Services", S["h2"]))
    f.append(Paragraph(
        "The last electrical test certificate is dated March 2017. The lighting was renewed in 2009 and the "
        "wiring looks tidy, but several sockets in the vestry are loose.", S["body"]))
    panel(S, f, "Recommendation (Category B):", RECS[4][1])
    f.append(Paragraph(
        "The oil fired boiler (1998) serves cast iron radiators. The PCC spent 4,860 pounds on oil in 2024, for "
        "a church used on Sundays and for about 40 other events a year.", S["body"]))
    panel(S, f, "Recommendation (Category D):", RECS[5][1])
    f.append(Paragraph("6 Roof space and wildlife", S["h2"]))
    f.append(Paragraph(
        "Fresh bat droppings were seen on the pews below the third truss of the nave. Bats and their roosts are "
        "protected, and work that could disturb them needs an ecologist's advice first.", S["body"]))
    panel(S, f, "Recommendation (Category C):", RECS[6][1])
    f.append(Paragraph(
        "Eleanor Fairweather-Hunt RIBA, AABC, for Wrenfield Conservation Architects LLP, 4 July 2025", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Quinquennial Inspection Report: St Aldhelm, Kirkby Wenham",
                            author="Wrenfield Conservation Architects LLP")
    doc.build(f)


def response():
    fonts()
    S = styles("LA", 9.8, STONE)
    f = []
    f.append(Paragraph("PAROCHIAL CHURCH COUNCIL OF KIRKBY WENHAM WITH LOWERBY", S["h2"]))
    f.append(Paragraph("St Aldhelm's Church, Church Lane, Kirkby Wenham CF9 2RL", S["sub"]))
    f.append(Spacer(1, 3 * mm))
    for line in ("Eleanor Fairweather-Hunt", "Wrenfield Conservation Architects LLP", "3 Minster Yard",
                 "Carlingford CF1 4QE"):
        f.append(Paragraph(line, S["addr"]))
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("22 September 2025", S["body"]))
    f.append(Paragraph("Dear Mrs Fairweather-Hunt,", S["body"]))
    f.append(Paragraph("<b>Quinquennial inspection of St Aldhelm's, your report WCA/QI/25/062</b>", S["body"]))
    f.append(Paragraph(
        "Thank you for your report and for walking round the church with the churchwardens in June. The PCC "
        "discussed it at its meeting on 9 September and asked me to let you know what it has decided.",
        S["body"]))
    f.append(Paragraph(
        "Rainwater and roofs first. The chancel hopper and its downpipe were cleared by Kerridge Roofing on 28 "
        "July, and a check of all the gutters in November is now on the churchwardens' autumn list. For the "
        "north aisle, money is the difficulty. Kerridge will refix the slipped slates this winter, but the "
        "missing slates over the organ will have to wait until the Carlingford Churches Trust decides on our "
        "grant application next spring; in the meantime a sheet has been laid over the organ.", S["body"]))
    f.append(Paragraph(
        "The archdeacon approved the work to the tower parapet in August, and the copings were rebedded in lime "
        "mortar on 15 September, with two new stones cut at Hollin Quarry.", S["body"]))
    f.append(Paragraph(
        "We accept that the electrics are overdue and Halden Electrical will carry out the periodic inspection "
        "in the week of 10 November. The report will be filed with the log book as you suggest.", S["body"]))
    f.append(Paragraph(
        "After some discussion the PCC has decided not to put a second rail on the porch steps. The flight is "
        "short, the north door gives level access, and the DAC's access adviser felt that another rail would "
        "harm the look of the medieval porch.", S["body"]))
    f.append(Paragraph(
        "Your idea of an air source heat pump has been noted by the PCC and passed to our Eco Church group, who "
        "will look at heating in the energy report they are preparing for 2026.", S["body"]))
    f.append(Paragraph(
        "Separately, the PCC has agreed to replace the broken noticeboard at the lychgate, which is not "
        "something your report raised; we will send you the design before we apply to the archdeacon.",
        S["body"]))
    f.append(Paragraph(
        "Thank you again for your care of St Aldhelm's. Please let me know if you would like to see any of the "
        "work that has been done.", S["body"]))
    f.append(Paragraph("Yours sincerely,", S["body"]))
    f.append(Spacer(1, 5 * mm))
    f.append(Paragraph("Judith Ansell-Rowe", S["addr"]))
    f.append(Paragraph("PCC Secretary", S["addr"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Letter to the inspecting architect", author="PCC of Kirkby Wenham with Lowerby")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wrenfield Conservation Architects LLP - WCA/QI/25/062 - St Aldhelm, "
            "Kirkby Wenham", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="PCC of Kirkby Wenham with Lowerby - 22 September 2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "1", "starts_with": "Reset and rebed the loose copings on the south parapet",
         "reply_contains": "the copings were rebedded in lime mortar on 15 September",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Clear the blocked hopper head and downpipe at the north-east",
         "reply_contains": "were cleared by Kerridge Roofing on 28 July",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Refix the slipped stone slates on the north aisle roof",
         "reply_contains": "will have to wait until the Carlingford Churches Trust decides",
         "verdict": "partly"},
        {"number": "4", "starts_with": "Install a second handrail on the west side of the steps",
         "reply_contains": "has decided not to put a second rail on the porch steps",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "Have the fixed electrical installation tested by a qualified electrician",
         "reply_contains": "Halden Electrical will carry out the periodic inspection",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Consider replacing the oil fired boiler, now 27 years old,",
         "reply_contains": "noted by the PCC and passed to our Eco Church group",
         "verdict": "noted"},
        {"number": "7", "starts_with": "Commission a bat survey of the nave roof space before",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["the PCC has agreed to replace the broken noticeboard at the lychgate"]
    notes = ("Advice: a church architect's QUINQUENNIAL INSPECTION REPORT to a parochial church council. The seven "
             "recommendations are UNNUMBERED bordered panels inside the sections, each LABELLED 'Recommendation "
             "(Category A):' (A, A, B, C, B, D, C; numbered here 1-7 in page order), in the "
             "imperative (6 opens 'Consider replacing ...'). Traps: a SUMMARY OF CONDITION NUMBERED 1-7 (as many as the "
             "recommendations); a category key table; the faculty rules paraphrased ('works ... must be "
             "authorised by a faculty ...'); the 2020 report QUOTED ('The lightning conductor should be tested "
             "every year ...'), done; the tower captain quoted ('the ringing chamber floor must be looked at ...'); "
             "'We do not recommend removing the ivy from the churchyard wall at present'. Response: the PCC "
             "secretary's LETTER answering BY THEME, no labels or categories, other order: ONE paragraph on "
             "rainwater and roofs, the hopper cleared (2 agrees) and the slipped slates refixed but the missing "
             "ones wait for a grant (3 partly); the tower copings rebedded (1 agrees); the electrical inspection "
             "booked (5 agrees); no second rail on the porch steps (4 disagrees); the heat pump 'noted' and passed "
             "to the Eco Church group (6 noted); a new noticeboard 'not something your report raised' "
             "(unmatched); the bat survey never mentioned (7 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 47 (EN): a UK highway authority's Stage 2 Road Safety Audit report (GG 119-style) on a junction
signalisation scheme of the (invented) Westmoor County Council, by its (invented) in-house Road Safety Audit Team:
report details table, audit team, documents examined (Table 1), collision data (Table 2), section 2 on the item
raised at the Stage 1 audit (its recommendation quoted and closed), section 3 with seven items '3.1'-'3.7', each
'PROBLEM' with Location / Summary / description and a 'RECOMMENDATION' paragraph ('It is recommended that ...' or
'... should ...'), section 4 'Audit observations' (no recommendations, 'may wish to'), section 5 the audit team
statement; answered by the 'Road Safety Audit Response Report' in landscape: scheme details, a table Paragraph No.
| Problem accepted | Recommended measure accepted | Alternative measures or reasons | Agreed RSA action, grouped in
Parts A-C (so in another order), one row covering two items with different answers, one item missing, a row raised by
the Design Organisation, and the sign-off block. reportlab platypus, A4, cleaned Liberation Sans, running header and
footer drawn on the canvas. All content (council, scheme, people, drawings, figures) is invented; GG 119 is a real
standard, but what is said about it is not to be relied on.

Run:  /tmp/blind47en/bin/python tests/docs/src/blind47/gen_en_rsa_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b47en as H
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind47_en_rsa"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

GREEN = colors.HexColor("#2f5d2a")
PALE = colors.HexColor("#e4ecdf")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=17, spaceBefore=8, spaceAfter=6, textColor=GREEN)
LAB = ParagraphStyle("lab", fontName="LSB", fontSize=10, leading=13.5, spaceBefore=3, spaceAfter=2)
CELL = ParagraphStyle("c", fontName="LS", fontSize=9, leading=11.5)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")
CELLW = ParagraphStyle("cw", parent=CELL, fontName="LSB", textColor=colors.white)

R = {"3.1": "It is recommended that the proposed tree planting within the visibility envelope of the Mill Lane "
            "approach be omitted or relocated so that the primary signal head is visible from 70 m.",
     "3.2": "It is recommended that the tactile paving at the northern arm toucan crossing be laid with the "
            "blisters aligned to the crossing direction and a tail to the push-button unit.",
     "3.3": "It is recommended that the cycle feeder lane to the advanced stop line on the A4113 southbound "
            "approach be widened to not less than 1.5 m.",
     "3.4": "It is recommended that the gully shown within the southern arm crossing be relocated outside the "
            "crossing area, on the upstream side.",
     "3.5": "It is recommended that the right-turn lane into Mill Lane be extended to accommodate the predicted "
            "95th percentile queue, or that the turn is separately signalled.",
     "3.6": "The lighting column proposed at the nose of the western splitter island should be relocated to the "
            "back of the footway.",
     "3.7": "It is recommended that an early release of at least four seconds for cyclists be provided on the "
            "A4113 southbound approach."}


def deco(head, foot, land=False):
    def draw(c, doc):
        W, Ht = landscape(A4) if land else A4
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(18 * mm, Ht - 11 * mm, head)
        c.drawRightString(W - 18 * mm, Ht - 11 * mm, "OFFICIAL")
        c.setStrokeColor(GREEN)
        c.line(18 * mm, Ht - 12.5 * mm, W - 18 * mm, Ht - 12.5 * mm)
        c.drawString(18 * mm, 9 * mm, foot)
        c.drawRightString(W - 18 * mm, 9 * mm, "Page %d" % doc.page)
        c.restoreState()
    return draw


def N(n, t, st=BODY):
    tb = Table([[Paragraph(n, st), Paragraph(t, st)]], colWidths=(12 * mm, 162 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def grid(rows, widths, head=True, shade_first_col=False):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(c, CELLW if (head and i == 0) else CELL) for c in r])
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), GREEN))
    if shade_first_col:
        st.append(("BACKGROUND", (0, 0), (0, -1), PALE))
    t.setStyle(TableStyle(st))
    return t


def problem(num, loc, summ, desc, rec):
    return [Spacer(1, 2 * mm),
            KeepTogether([N(num, "<b>PROBLEM</b>"),
                          N("", "<b>Location:</b> " + loc),
                          N("", "<b>Summary:</b> " + summ)]),
            N("", desc),
            N("", "<b>RECOMMENDATION</b>"),
            N("", rec)]


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=19 * mm,
                            bottomMargin=17 * mm, title="Stage 2 Road Safety Audit - A4113 Harnwell Road / Mill Lane")
    s = [Paragraph("<font color='#2f5d2a'><b>Westmoor County Council</b></font>",
                   ParagraphStyle("lh", fontName="LSB", fontSize=15, leading=19)),
         Paragraph("Highways and Transport | Road Safety Audit Team", ParagraphStyle("lh2", fontName="LS",
                                                                                 fontSize=9.5, leading=13)),
         Spacer(1, 6 * mm),
         Paragraph("A4113 Harnwell Road / Mill Lane, Kestleford<br/>Junction Signalisation Scheme",
                   ParagraphStyle("t", fontName="LSB", fontSize=17, leading=22)),
         Paragraph("Stage 2 Road Safety Audit", ParagraphStyle("t2", fontName="LS", fontSize=13, leading=18,
                                                                spaceAfter=8)),
         grid([["Report reference", "RSA/2026/0147/S2"], ["Audit stage", "Stage 2 (completion of detailed design)"],
               ["Overseeing Organisation", "Westmoor County Council, Network Management"],
               ["Design Organisation", "Westmoor Highways Design (in-house)"],
               ["Audit Team Leader", "Gareth Pennock BSc MCIHT MSoRSA"],
               ["Audit Team Member", "Louise Adeyemi BEng CMILT"],
               ["Date of site visit", "3 February 2026 (10:15-11:30 and 17:10-17:50, dry, dark at second visit)"],
               ["Date of report", "11 February 2026"], ["Status", "Final"]], (55, 119), head=False,
              shade_first_col=True),
         Paragraph("1 Introduction", H1),
         N("1.1", "This report results from a Stage 2 Road Safety Audit carried out on the proposed signalisation of "
                  "the priority junction between the A4113 Harnwell Road and Mill Lane, Kestleford. The scheme "
                  "provides three-arm traffic signals with a toucan crossing on the northern arm, a signal-controlled "
                  "pedestrian crossing on the southern arm, advanced stop lines and a right-turn lane into Mill Lane."),
         N("1.2", "The audit was undertaken in accordance with GG 119 'Road safety audit' as adopted by the Overseeing "
                  "Organisation. The audit team has examined only those issues within the design relating to the "
                  "road safety implications of the scheme and has therefore not examined or verified compliance of the "
                  "design with any other criteria."),
         N("1.3", "The brief and the documents listed in Table 1 were provided by the Design Organisation on 26 "
                  "January 2026. The Overseeing Organisation should prepare a Road Safety Audit Response Report in "
                  "response to this audit, as GG 119 requires."),
         Paragraph("<b>Table 1 Documents examined</b>", CELL), Spacer(1, 1.5 * mm),
         grid([["Drawing / document", "Title", "Revision"],
               ["HW-0147-100", "General arrangement", "C"], ["HW-0147-102", "Signal layout and visibility", "B"],
               ["HW-0147-110", "Drainage layout", "B"], ["HW-0147-120", "Street lighting layout", "A"],
               ["HW-0147-130", "Landscaping and planting", "A"], ["HW-0147-R01", "Stage 1 RSA response report", "-"]],
              (42, 104, 28)),
         Spacer(1, 3 * mm),
         N("1.4", "Personal injury collision data for the five years to 31 December 2025 were provided by the "
                  "Overseeing Organisation and are summarised in Table 2. Nine of the eleven collisions involved a "
                  "vehicle turning right into Mill Lane."),
         Paragraph("<b>Table 2 Personal injury collisions, 2021-2025</b>", CELL), Spacer(1, 1.5 * mm),
         grid([["Year", "Slight", "Serious", "Fatal", "Involving cyclists"],
               ["2021", "2", "0", "0", "1"], ["2022", "1", "1", "0", "0"], ["2023", "3", "0", "0", "1"],
               ["2024", "1", "1", "0", "1"], ["2025", "2", "0", "0", "0"], ["Total", "9", "2", "0", "3"]],
              (34, 35, 35, 35, 35)),
         Paragraph("2 Items raised at the Stage 1 Road Safety Audit", H1),
         N("2.1", "The Stage 1 audit (RSA/2025/0088/S1, June 2025) identified that the northbound bus stop close to "
                  "the junction would obscure the view of the signals, and recommended that the bus stop be "
                  "relocated at least 30 m north of the stop line. The Stage 1 response report accepted that "
                  "recommendation and the bus stop is now shown 42 m north of the stop line. No further comment "
                  "is made."),
         Paragraph("3 Items raised at this Stage 2 audit", H1)]
    s += problem("3.1", "A - Mill Lane approach to the junction (drawings HW-0147-102 and HW-0147-130).",
                 "Trees within the visibility envelope could obscure the primary signal, resulting in "
                 "red-light running and side-impact collisions.",
                 "Three semi-mature trees are proposed in the verge on the eastern side of Mill Lane, 25 m to 45 m "
                 "from the stop line. When in leaf, the canopies would fall within the visibility envelope to the "
                 "primary signal head. Drivers should be able to see at least one signal head continuously from 70 "
                 "m on a 30 mph approach.", R["3.1"])
    s += problem("3.2", "B - Toucan crossing on the northern arm (drawing HW-0147-100).",
                 "Tactile paving laid across the crossing direction could lead visually impaired pedestrians off "
                 "line and into the carriageway.",
                 "The blister paving at both ends of the toucan crossing is drawn at an angle of about 30 degrees "
                 "to the crossing line, following the kerb radius, and no tactile tail to the push-button unit is "
                 "shown.", R["3.2"])
    s += problem("3.3", "C - A4113 southbound approach, advanced stop line (drawing HW-0147-100).",
                 "A narrow cycle feeder lane may result in cyclists being struck by passing vehicles.",
                 "The feeder lane to the advanced stop line is 1.2 m wide for 35 m alongside a 3.0 m traffic lane. "
                 "Cyclists using it would be passed closely by buses and heavy goods vehicles, which make up 9 per "
                 "cent of southbound traffic.", R["3.3"])
    s += problem("3.4", "D - Southern arm pedestrian crossing (drawing HW-0147-110).",
                 "Ponding within the crossing may cause pedestrians to slip or to step outside the crossing.",
                 "A gully is shown within the crossing area, 0.8 m from the kerb. Surface water would pond over the "
                 "gully grating if it became blocked, and pedestrians would be likely to avoid it by walking "
                 "outside the studs.", R["3.4"])
    s += problem("3.5", "E - Right-turn lane into Mill Lane (drawing HW-0147-100).",
                 "Queuing right-turning vehicles may block the ahead lane, leading to late lane changes and "
                 "rear-end shunt collisions.",
                 "The right-turn lane provides storage for three cars (18 m). The Design Organisation's junction "
                 "modelling predicts a 95th percentile queue of six vehicles in the evening peak. The junction "
                 "has a history of collisions involving right-turning vehicles (Table 2).", R["3.5"])
    s += problem("3.6", "F - Western splitter island, Mill Lane (drawing HW-0147-120).",
                 "A lighting column on the nose of the island is at risk of being struck by errant vehicles.",
                 "Column L7 is proposed 0.5 m from the nose of the splitter island, in the path of vehicles "
                 "turning left out of Mill Lane that overrun the island. The column is of a rigid type.", R["3.6"])
    s += problem("3.7", "C - A4113 southbound approach (drawing HW-0147-102, signal staging).",
                 "Left-turning vehicles and cyclists proceeding ahead will receive green at the same time, which "
                 "may result in left-hook collisions.",
                 "The signal staging releases the southbound approach in a single stage. Cyclists waiting in the "
                 "advanced stop line reservoir would be overtaken by vehicles turning left into Mill Lane.", R["3.7"])
    s += [Paragraph("4 Audit observations", H1),
          N("4.1", "The following matters lie outside the terms of reference of a road safety audit and no "
                   "recommendation is made. The Overseeing Organisation may wish to carry out a speed survey on "
                   "the A4113 northern approach after opening, as the 85th percentile speed measured in 2024 was "
                   "37 mph against the 30 mph limit."),
          N("4.2", "The temporary traffic management during construction should be the subject of a separate "
                   "assessment by the Principal Contractor."),
          Paragraph("5 Audit team statement", H1),
          N("5.1", "We certify that we have examined the drawings and documents listed in Table 1 and visited the "
                   "site. The examination has been carried out with the sole purpose of identifying any features "
                   "of the design that could be removed or modified in order to improve the safety of the scheme. "
                   "The problems identified have been noted in this report together with associated safety "
                   "improvement suggestions that we would recommend for implementation."),
          Spacer(1, 4 * mm),
          grid([["Audit Team Leader", "Gareth Pennock", "Signed: G. Pennock", "Date: 11 February 2026"],
                ["Audit Team Member", "Louise Adeyemi", "Signed: L. Adeyemi", "Date: 11 February 2026"]],
               (40, 40, 47, 47), head=False, shade_first_col=True)]
    doc.build(s, onFirstPage=deco("RSA/2026/0147/S2", "Westmoor County Council - Road Safety Audit Team"),
              onLaterPages=deco("RSA/2026/0147/S2 - A4113 Harnwell Road / Mill Lane - Stage 2 Road Safety Audit",
                                "Westmoor County Council - Road Safety Audit Team"))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=18 * mm, bottomMargin=16 * mm, title="Road Safety Audit Response Report")
    s = [Paragraph("<font color='#2f5d2a'><b>Westmoor County Council</b></font> - Highways and Transport",
                   ParagraphStyle("lh", fontName="LS", fontSize=11, leading=15)),
         Paragraph("Road Safety Audit Response Report", ParagraphStyle("t", fontName="LSB", fontSize=15, leading=20,
                                                                        spaceBefore=4, spaceAfter=6)),
         grid([["Scheme", "A4113 Harnwell Road / Mill Lane, Kestleford - Junction Signalisation Scheme",
                "RSA reference", "RSA/2026/0147/S2"],
               ["RSA stage", "Stage 2", "Date of response", "6 March 2026"],
               ["Design Organisation", "Westmoor Highways Design", "Overseeing Organisation",
                "Westmoor County Council, Network Management"]], (40, 110, 45, 66), head=False, shade_first_col=True),
         Spacer(1, 3 * mm),
         Paragraph("This report sets out the response of the Design Organisation and the decision of the Overseeing "
                   "Organisation on each problem raised in the Stage 2 audit. Items are grouped by outcome: Part A "
                   "lists problems where the recommended measure will be implemented, Part B problems where an "
                   "alternative measure or a different decision has been agreed, and Part C items outside the audit.",
                   BODY)]
    hdr = ["Para. No. in RSA", "Problem accepted (yes/no)", "Recommended measure accepted (yes/no)",
           "Alternative measures or reasons for not accepting recommended measure", "Agreed RSA action"]
    W = (22, 26, 30, 105, 78)
    partA = [hdr,
             ["3.4", "Yes", "Yes", "-", "Gully moved 2.5 m upstream of the southern arm crossing; drawing HW-0147-110 "
                                      "revised to revision C."],
             ["3.1", "Yes", "Yes", "-", "The three trees in the Mill Lane verge are omitted from the planting plan and "
                                      "two replacement trees will be planted in the Kestleford Green open space."]]
    partB = [hdr,
             ["3.3 and 3.7", "3.3 Yes<br/>3.7 No",
              "3.3 Yes<br/>3.7 No",
              "3.3: the kerb line will be moved to give a feeder lane 1.5 m wide over 35 m.<br/>3.7: the "
              "Overseeing Organisation does not accept that an early release is needed. Only 4 per cent of "
              "southbound vehicles turn left into Mill Lane, and adding an early release stage would extend "
              "the cycle time and the queue on the A4113.",
              "3.3 drawing HW-0147-100 revised to revision D. 3.7 no change; left-turn collisions to be "
              "reviewed in the Stage 4 monitoring report."],
             ["3.6", "Yes", "No",
              "A BT chamber and a gas main at the back of the footway prevent relocation. A passively safe column "
              "(EN 12767, class 100 NE 3) will be installed in the same position instead.",
              "Lighting layout HW-0147-120 to specify a passively safe column for L7."],
             ["3.2", "Yes", "Referred",
              "Crossing surfacing and tactile layouts are designed by the Traffic Signals and Crossings team, who "
              "have been sent the audit comment for their consideration.",
              "The Design Organisation has noted the comment; no change to drawings at this stage."]]
    partC = [hdr,
             ["DO1 (raised by the Design Organisation)", "-", "-",
              "An existing advertising panel on the Mill Lane bus shelter partly screens the signal pole on the "
              "eastern footway.",
              "The shelter owner has agreed to remove the panel before the signals are switched on."],
             ["4.1 (observation)", "-", "-", "Speed survey noted.",
              "Automatic traffic count to be placed on the A4113 three months after opening."]]
    for title, rows in (("Part A - Recommended measure accepted", partA),
                        ("Part B - Alternative measures, different decisions or referrals", partB),
                        ("Part C - Other items", partC)):
        s += [Paragraph(title, ParagraphStyle("ph", fontName="LSB", fontSize=11, leading=15, spaceBefore=6,
                                              spaceAfter=3, textColor=GREEN)), grid(rows, W)]
    s += [Spacer(1, 4 * mm),
          Paragraph("<b>Sign off</b>", BODY),
          grid([["Design Organisation project manager", "Priya Vance", "Signed: P. Vance", "Date: 4 March 2026"],
                ["Overseeing Organisation representative", "Tom Eckersley, Network Manager", "Signed: T. Eckersley",
                 "Date: 6 March 2026"]], (70, 70, 60, 61), head=False, shade_first_col=True),
          Spacer(1, 2 * mm),
          Paragraph("A copy of this report has been sent to the Audit Team Leader. The Stage 3 audit is programmed for "
                    "the week after completion of the works, expected in October 2026.", BODY)]
    doc.build(s, onFirstPage=deco("RSA/2026/0147/S2 - Response Report", "Westmoor County Council - Highways and "
                                  "Transport", land=True),
              onLaterPages=deco("RSA/2026/0147/S2 - Response Report", "Westmoor County Council - Highways and "
                                "Transport", land=True))


NOTES = ("Stage 2 Road Safety Audit (GG 119-style) of the invented Westmoor County Council on a junction "
         "signalisation scheme: details table, Table 1 of drawings, Table 2 of collisions, section 2 quoting the "
         "Stage 1 recommendation (bus stop relocated at least 30 m north - already done, a trap), section 3 with "
         "seven items 3.1-3.7, each 'PROBLEM' + Location + Summary + description + 'RECOMMENDATION'; six recommendations "
         "open 'It is recommended that', 3.6 is 'The lighting column ... should be relocated'. Other traps: 1.3 'The "
         "Overseeing Organisation should prepare a Road Safety Audit Response Report', 'Drivers should be able to "
         "see' (3.1 description), section 4 observations ('no recommendation is made', 'may wish to carry out a speed "
         "survey', 'should be the subject of a separate assessment'), section 5 audit team statement ('we would "
         "recommend for implementation'). Response: landscape Road Safety Audit Response Report, table Para. No. | "
         "Problem accepted | Recommended measure accepted | Alternative measures or reasons | Agreed RSA action, "
         "grouped in Part A (3.4, 3.1), Part B (3.3+3.7, 3.6, 3.2), Part C. Key: 3.4 gully moved (agrees); 3.1 trees "
         "omitted (agrees); one row covers 3.3 Yes/Yes, feeder lane 1.5 m (agrees) and 3.7 No/No, early release "
         "not accepted (disagrees); 3.6 problem accepted, measure not accepted, passively safe column in the same "
         "position (partly); 3.2 'Referred' to the Traffic Signals and Crossings team, no change (noted); 3.5 "
         "right-turn lane unanswered. Unmatched: row DO1 raised by the Design Organisation (advertising panel on the "
         "bus shelter), row 4.1 observation (speed survey), sign-off block.")


def expected():
    sw = lambda k: " ".join(R[k].split()[:11])
    recs = [
        {"number": "3.1", "starts_with": sw("3.1"),
         "reply_contains": "omitted from the planting plan and two replacement trees", "verdict": "agrees"},
        {"number": "3.2", "starts_with": sw("3.2"),
         "reply_contains": "have been sent the audit comment for their consideration", "verdict": "noted",
         "also": ["unanswered"]},
        {"number": "3.3", "starts_with": sw("3.3"),
         "reply_contains": "the kerb line will be moved to give a feeder lane", "verdict": "agrees"},
        {"number": "3.4", "starts_with": sw("3.4"),
         "reply_contains": "Gully moved 2.5 m upstream of the southern arm crossing", "verdict": "agrees"},
        {"number": "3.5", "starts_with": sw("3.5"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "3.6", "starts_with": sw("3.6"),
         "reply_contains": "will be installed in the same position instead", "verdict": "partly"},
        {"number": "3.7", "starts_with": sw("3.7"),
         "reply_contains": "does not accept that an early release is needed", "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, ["The shelter owner has agreed to remove the panel",
                                  "Automatic traffic count to be placed on the A4113"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b47en.py"), NAME)) and 1)

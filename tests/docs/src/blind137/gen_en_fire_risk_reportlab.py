"""Round 137 (EN): a housing association's FIRE RISK ASSESSMENT (Type 1, common parts) of a block of flats by an
external fire risk assessor, answered by the association's Building Safety Team's ACTION PLAN RESPONSE (a status
table keyed by action reference, in another order, with a 'General' row that answers no action).
The advice: seven actions KC-01..KC-07 in an ACTION PLAN table 'Ref | Action required | Priority | Target', after
SIGNIFICANT FINDINGS numbered 1-7 (findings numbered like the actions). Traps: premises details table; the Fire
Safety (England) Regulations 2022 paraphrased ('must provide'); the 2023 assessment's action quoted ('should be
surveyed'); 'The assessor does not recommend any change to the stay put evacuation strategy'; 'No action is
recommended for the emergency lighting'; a conclusion naming 'KC-01 and KC-03'.
The response: introduction (nothing); KC-02 bicycles removed, scooters kept and charged inside flats, no store
(partly); KC-01 door replaced (agrees); KC-05 box installed (agrees); KC-03 survey and sealing (agrees); KC-04
'We do not intend to install' a common alarm (disagrees); KC-07 noted pending national guidance (noted); a General
row on the evacuation strategy (nothing); closing (nothing); KC-06 never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans, invariant=1; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented; the Regulatory Reform (Fire Safety) Order 2005 and the
Fire Safety (England) Regulations 2022 are named as context only (what is said of them is paraphrased and not to be
relied on).
Run:  /tmp/blind137en/bin/python tests/docs/src/blind137/gen_en_fire_risk_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b137en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind137_en_fire_risk"
RED = colors.HexColor("#8c1c13")
TEAL = colors.HexColor("#1d5c63")


def fonts():
    files = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")
    pdfmetrics.registerFont(TTFont("LS", H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont("LS-B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont("LS-I", H.clean_font(files[2])))
    pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")


def styles(size, ink):
    body = ParagraphStyle("b", fontName="LS", fontSize=size, leading=size * 1.36, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName="LS-B", fontSize=15.5, leading=19, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName="LS-B", fontSize=11.5, leading=14.5, textColor=ink,
                             spaceBefore=3 * mm, spaceAfter=1.6 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName="LS-B", fontSize=size - 1,
                                leading=(size - 1) * 1.3, spaceAfter=0),
        "num": ParagraphStyle("n", parent=body, leftIndent=7 * mm, bulletIndent=0, bulletFontName="LS"),
    }


FINDINGS = [
    "The entrance door to Flat 9 (second floor) has no working self-closing device and its intumescent strip is "
    "broken along the hinge side. The door opens onto the only staircase.",
    "Two mobility scooters and five bicycles were kept in the ground-floor lobby, one scooter on charge from a "
    "socket in the cleaner's cupboard, narrowing the escape route to about 700 mm.",
    "In the riser cupboards on the first and third floors, cables and pipes pass through the floor slab in gaps "
    "that have not been sealed. The other floors could not be opened on the day.",
    "The common parts have no fire detection. Each flat has a mains smoke alarm in the hall, which sounds only "
    "inside that flat.",
    "There is no secure information box, and the building's plans are kept in the housing officer's office at "
    "Wellsby, some four miles away.",
    "The caretaker visits twice a week but has had no fire safety training and keeps no record of checks.",
    "The housing officer knows of four residents who would need help to leave the building; their emergency "
    "evacuation plans were written in 2021 and two of them have since moved flats.",
]

ACTIONS = [
    ("KC-01", "Replace the entrance door to Flat 9 with a certified FD30S fire door set, including a "
              "self-closing device and intumescent strips and smoke seals.", "High", "1 month"),
    ("KC-02", "Remove the mobility scooters and bicycles from the ground-floor lobby and provide a separate "
              "charging store outside the building.", "High", "1 month"),
    ("KC-03", "Commission a full survey of fire-stopping in the riser cupboards on every floor and seal all "
              "service penetrations that are found.", "High", "3 months"),
    ("KC-04", "Install a fire detection and alarm system covering the common parts, with detectors in the "
              "lobby, staircase and each landing.", "Medium", "6 months"),
    ("KC-05", "Provide premises information for the fire and rescue service in a secure information box at the "
              "main entrance.", "Medium", "3 months"),
    ("KC-06", "Train the caretaker to carry out weekly checks of fire doors and escape routes and to record "
              "them in a log kept on site.", "Medium", "3 months"),
    ("KC-07", "Review the personal emergency evacuation plans of the four residents who would need help to "
              "leave the building.", "Low", "6 months"),
]


def advice():
    S = styles(9.6, RED)
    f = []
    f.append(Paragraph("ARDENVALE FIRE SAFETY CONSULTANTS LTD &#183; on behalf of Brambleway Homes", S["sub"]))
    f.append(Paragraph("Fire Risk Assessment (Type 1, common parts): Kestrel Court, 14 Arden Street, Wellsby", S["h1"]))
    f.append(Paragraph("Assessment FRA/KC/2025/117 &#183; Site visit 24 February 2025 &#183; Report issued 3 March "
                       "2025 &#183; Review due March 2026", S["sub"]))
    t = Table([["Premises", "Kestrel Court, 14 Arden Street, Wellsby WB3 2QP: four storeys, 16 flats, built 1968"],
               ["Responsible person", "Brambleway Homes (registered provider of social housing)"],
               ["Assessor", "Mr Daniel Ashworth-Lowe, Ardenvale Fire Safety Consultants Ltd"],
               ["Accompanied by", "Ms Leanne Okafor, Housing Officer"],
               ["Evacuation strategy", "Stay put (each flat a separate fire compartment)"],
               ["Overall risk", "Moderate (previous assessment, 2023: Tolerable)"]],
              colWidths=[36 * mm, 130 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.8), ("FONT", (0, 0), (0, -1), "LS-B", 8.8),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    f.append(Spacer(1, 2 * mm))
    f.append(t)
    f.append(Paragraph("1 Scope and legal context", S["h2"]))
    f.append(Paragraph(
        "This assessment covers the common parts of the building: the entrance lobby, staircase, landings, riser "
        "cupboards and bin store. Flats were entered only where the front door had to be checked. The Regulatory "
        "Reform (Fire Safety) Order 2005 requires the responsible person to keep a suitable and sufficient "
        "assessment. As we understand the Fire Safety (England) Regulations 2022, the responsible person for a "
        "building of this kind must provide residents with fire safety instructions and information on fire doors; "
        "both instruments are mentioned for context only.", S["body"]))
    f.append(Paragraph("2 Progress since the 2023 assessment", S["h2"]))
    f.append(Paragraph(
        "The 2023 assessment set the action that &#8220;the bin store door should be surveyed and replaced with a "
        "fire-resisting door if found to be defective&#8221;. A new door was fitted in 2024 and was in good order; "
        "that action is closed.", S["body"]))
    f.append(Paragraph("3 Significant findings", S["h2"]))
    for i, o in enumerate(FINDINGS, 1):
        f.append(Paragraph(o, S["num"], bulletText=f"{i}."))
    f.append(Paragraph(
        "The emergency lighting on the staircase was tested by the contractor in January and all fittings worked. "
        "No action is recommended for the emergency lighting.", S["body"]))
    f.append(Paragraph("4 Action plan", S["h2"]))
    f.append(Paragraph("The responsible person should complete the following actions. Target times run from the "
                       "date this report is issued.", S["body"]))
    rows = [[Paragraph(x, S["cellb"]) for x in ("Ref", "Action required", "Priority", "Target")]]
    for ref, a, p, by in ACTIONS:
        rows.append([Paragraph(ref, S["cellb"]), Paragraph(a, S["cell"]), Paragraph(p, S["cell"]),
                     Paragraph(by, S["cell"])])
    rt = Table(rows, colWidths=[15 * mm, 113 * mm, 17 * mm, 21 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f2dcd9")),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#a08a86")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    f.append(rt)
    f.append(Paragraph("5 Evacuation strategy", S["h2"]))
    f.append(Paragraph(
        "Some residents asked whether everyone should leave the building when any alarm sounds. The flats were "
        "built as separate compartments and, subject to the actions above, that protection remains adequate. The "
        "assessor does not recommend any change to the stay put evacuation strategy at this time.", S["body"]))
    f.append(Paragraph("6 Conclusion", S["h2"]))
    f.append(Paragraph(
        "The overall risk has risen from tolerable to moderate, mainly because of the Flat 9 door and the unsealed "
        "risers. KC-01 and KC-03 should be given priority. This assessment should be reviewed in March 2026 or "
        "sooner if the building or its use changes.", S["body"]))
    f.append(Paragraph("Daniel Ashworth-Lowe, Fire Risk Assessor &#183; 3 March 2025", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Fire Risk Assessment Kestrel Court", author="Ardenvale Fire Safety Consultants")
    doc.build(f)


RESP = [
    ("KC-02", "Escape route in lobby",
     "All bicycles were moved to the cycle shed on 10 March. Building an external charging store is not possible "
     "on this site, which has no free land; instead both scooter owners have signed an agreement to keep and "
     "charge their scooters inside their own flats, and the cupboard socket has been disconnected.",
     "Partly complete"),
    ("KC-01", "Flat 9 entrance door",
     "A new certified fire door set with closer and seals was fitted on 27 March and inspected by our door "
     "surveyor the same week.", "Complete"),
    ("KC-05", "Information for firefighters",
     "A secure box holding floor plans and resident information was fixed beside the main entrance in May; the "
     "local fire station has been given the code.", "Complete"),
    ("KC-03", "Fire-stopping in risers",
     "Our contractor surveyed the risers on all four floors in April and found penetrations on three floors. All "
     "were sealed by 6 June and the work is photographed in the building file.", "Complete"),
    ("KC-04", "Communal fire alarm",
     "We do not intend to install a common-parts alarm. A communal alarm in a stay put building can draw residents "
     "out onto the staircase while firefighters are using it, and our fire engineer advises against it. We will "
     "rely on the compartmentation works above.", "Closed, not accepted"),
    ("KC-07", "Evacuation plans for residents",
     "We note this action. Our approach to evacuation plans for residents in general needs is under review across "
     "all our blocks while the national proposals are finalised, and Kestrel Court will be included in that "
     "review.", "Under review"),
    ("General", "Evacuation strategy",
     "Residents have been sent a leaflet explaining what stay put means and what to do if a fire starts in their "
     "own flat.", "For information"),
]


def response():
    S = styles(9.6, TEAL)
    f = []
    f.append(Paragraph("BRAMBLEWAY HOMES &#183; BUILDING SAFETY TEAM", S["sub"]))
    f.append(Paragraph("Fire Risk Assessment Action Plan: Progress Response", S["h1"]))
    f.append(Paragraph("Kestrel Court, Wellsby &#183; responding to assessment FRA/KC/2025/117 &#183; "
                       "position at 30 June 2025 &#183; prepared by Mr Craig Fennimore, Building Safety Manager",
                       S["sub"]))
    f.append(Paragraph(
        "This document records how Brambleway Homes has dealt with the actions raised by Ardenvale Fire Safety "
        "Consultants. It is shared with the assessor, the residents' panel for the building and our Compliance "
        "Committee, which reviews open fire actions every quarter.", S["body"]))
    rows = [[Paragraph(x, S["cellb"]) for x in ("Ref", "Subject", "Our response", "Status")]]
    for ref, subj, txt, st in RESP:
        rows.append([Paragraph(ref, S["cellb"]), Paragraph(subj, S["cell"]), Paragraph(txt, S["cell"]),
                     Paragraph(st, S["cell"])])
    rt = Table(rows, colWidths=[18 * mm, 30 * mm, 92 * mm, 26 * mm], repeatRows=1)
    rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e7e8")),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9ea1")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    f.append(rt)
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph(
        "The next assessment of Kestrel Court is booked for February 2026. Questions about this response can be "
        "sent to the Building Safety Team at our Wellsby office.", S["body"]))
    f.append(Paragraph("Craig Fennimore, Building Safety Manager &#183; 30 June 2025", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="FRA action plan progress response", author="Brambleway Homes")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ardenvale Fire Safety Consultants - FRA/KC/2025/117 - Kestrel Court",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Brambleway Homes - action plan response - Kestrel Court",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "KC-01", "starts_with": "Replace the entrance door to Flat 9 with a certified",
         "reply_contains": "was fitted on 27 March and inspected by our door surveyor", "verdict": "agrees"},
        {"number": "KC-02", "starts_with": "Remove the mobility scooters and bicycles from the ground-floor lobby",
         "reply_contains": "Building an external charging store is not possible on this site",
         "verdict": "partly"},
        {"number": "KC-03", "starts_with": "Commission a full survey of fire-stopping in the riser cupboards",
         "reply_contains": "All were sealed by 6 June and the work is photographed", "verdict": "agrees"},
        {"number": "KC-04", "starts_with": "Install a fire detection and alarm system covering the common",
         "reply_contains": "We do not intend to install a common-parts alarm", "verdict": "disagrees"},
        {"number": "KC-05", "starts_with": "Provide premises information for the fire and rescue service",
         "reply_contains": "was fixed beside the main entrance in May", "verdict": "agrees"},
        {"number": "KC-06", "starts_with": "Train the caretaker to carry out weekly checks of fire doors",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "KC-07", "starts_with": "Review the personal emergency evacuation plans of the four residents",
         "reply_contains": "Kestrel Court will be included in that review", "verdict": "noted"},
    ]
    unmatched = ["which reviews open fire actions every quarter",
                 "Residents have been sent a leaflet explaining what stay put means",
                 "The next assessment of Kestrel Court is booked for February 2026"]
    notes = ("Advice: a housing association's FIRE RISK ASSESSMENT (Type 1, common parts) of a block of flats by an "
             "external assessor (Regulatory Reform (Fire Safety) Order 2005 and Fire Safety (England) Regulations "
             "2022 named as context); seven actions KC-01..KC-07 in an ACTION PLAN table 'Ref | Action required | "
             "Priority | Target' (imperatives), after SIGNIFICANT FINDINGS numbered 1.-7. (numbered like the "
             "actions). Traps: premises details table; the 2022 Regulations paraphrased ('must provide residents'); "
             "the 2023 assessment's action quoted ('should be surveyed and replaced'); 'No action is recommended "
             "for the emergency lighting'; 'The assessor does not recommend any change to the stay put evacuation "
             "strategy'; conclusion 'KC-01 and KC-03 should be given priority'. Response: the Building Safety "
             "Team's ACTION PLAN RESPONSE, a table 'Ref | Subject | Our response | Status' in the order KC-02, "
             "KC-01, KC-05, KC-03, KC-04, KC-07, General: introduction (nothing); KC-02 bicycles moved, no "
             "external store, scooters charged in flats (partly); KC-01 door fitted (agrees); KC-05 box fixed "
             "(agrees); KC-03 risers sealed (agrees); KC-04 'We do not intend to install' (disagrees); KC-07 'We "
             "note this action', general review (noted); General row on stay put and closing (nothing). KC-06 "
             "(caretaker training and checks) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

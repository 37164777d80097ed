"""Round 135 (EN): an English county's STAGE 2 ROAD SAFETY AUDIT of a junction improvement, answered by the design
team's ROAD SAFETY AUDIT RESPONSE REPORT (the usual table: problem accepted / measure accepted / response).
The advice: seven PROBLEM blocks 3.1-3.7 (Location, Summary, description), each followed by a labelled
'RECOMMENDATION' paragraph that is the recommendation. Traps: a collision table, the Stage 1 audit's recommendation
quoted ('should be at least 3.0 metres'), the audit standard paraphrased ('must'), problem numbers 3.1-3.7 that are
findings, a Section 4 'The audit team does not recommend ...', the audit team statement.
The response: introduction (nothing); a five-column table with rows 3.1, 3.2, 3.3, 3.4, 3.5, 3.7 and a row
'Section 4' on the speed limit (nothing); row 3.6 missing; sign-off block (nothing).
reportlab platypus, A4, cleaned Liberation Sans (audit) and Liberation Serif (response), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; DMRB GG 119 is
named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind135en/bin/python tests/docs/src/blind135/gen_en_road_safety_audit_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b135en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

NAME = "blind135_en_road_safety_audit"
INK = colors.HexColor("#7a1f1f")
SLATE = colors.HexColor("#2f4858")


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
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=17, leading=21, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12, leading=15, textColor=ink,
                             spaceBefore=3.5 * mm, spaceAfter=1.8 * mm, keepWithNext=1),
        "prob": ParagraphStyle("p", parent=body, fontName=fam + "-B", fontSize=size + 0.5, spaceBefore=2 * mm,
                               spaceAfter=1 * mm, keepWithNext=1),
        "lab": ParagraphStyle("l", parent=body, fontName=fam + "-B", fontSize=size - 1, textColor=ink,
                              spaceAfter=0.6 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1.3, leading=(size - 1.3) * 1.3, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=fam + "-B", fontSize=size - 1.3,
                                leading=(size - 1.3) * 1.3, spaceAfter=0),
    }


PROBLEMS = [
    ("3.1", "Mill Lane approach, 40-70 metres north of the proposed stop line.",
     "Risk of nose-to-tail collisions because drivers cannot see the queue or the signals from the bend.",
     "The Mill Lane approach comes round a left-hand bend with a hedge on the inside. The forward visibility to the "
     "proposed stop line is about 45 metres, below what the audit team would expect for the approach speeds "
     "observed. Drivers arriving at the back of a queue at a red signal may not stop in time.",
     "Provide an advance 'Traffic signals ahead' warning sign and a high friction surface on the Mill Lane "
     "approach, starting at least 60 metres before the stop line."),
    ("3.2", "Toucan crossing, Kettleby Road east arm.",
     "Cyclists waiting on the central refuge may overhang the carriageway and be struck by passing vehicles.",
     "The drawings show a staggered toucan crossing with a central refuge 2.0 metres deep. A cyclist with a "
     "child trailer or a cargo bike is longer than this and would stand partly in the traffic lane.",
     "Widen the central refuge on the east arm to at least 2.5 metres so that a cyclist with a trailer can wait "
     "clear of both carriageways."),
    ("3.3", "Left-turn slip lane from Kettleby Road (west) into Mill Lane.",
     "High turning speeds through the slip lane put pedestrians at the uncontrolled crossing point at risk.",
     "The slip lane has a generous entry radius and is outside signal control. At the site visit, vehicles took "
     "the existing turn at around 25 mph. Pedestrians walking to the school on Mill Lane will cross it at an "
     "uncontrolled dropped kerb.",
     "Remove the left-turn slip lane and bring left-turning traffic under signal control at the main junction, "
     "with a controlled crossing on the Mill Lane arm."),
    ("3.4", "Relocated eastbound bus stop, outside Nos. 112-118 Kettleby Road.",
     "Conflict between cyclists and waiting bus passengers where the shared path narrows.",
     "Behind the proposed shelter the shared-use path narrows to 2.0 metres. Passengers waiting and boarding will "
     "stand in the path of cyclists, who will be travelling downhill at this point.",
     "Relocate the bus shelter to the back of the footway, or use a cantilever shelter, keeping the full 3.0 "
     "metre path width past the stop."),
    ("3.5", "Whole junction, in particular the toucan crossing.",
     "Pedestrians and cyclists may not be seen by drivers in darkness.",
     "No lighting design was included in the audit brief. At the evening visit the existing columns left the "
     "location of the new crossing noticeably darker than the rest of the junction.",
     "Provide a lighting design for the whole junction and review the lighting levels at the toucan crossing "
     "before construction begins."),
    ("3.6", "North-west corner, Mill Lane / Kettleby Road.",
     "Ponding at the crossing point may cause pedestrians to step into the carriageway, and ice in winter.",
     "The levels on drawing 2417-GA-104 show the existing gully retained at the low point, which falls inside "
     "the tactile paving area of the new crossing.",
     "Move the gully at the north-west corner out of the crossing area and check the kerb levels so that water "
     "does not pond where pedestrians wait."),
    ("3.7", "Kettleby Road west arm, verge opposite the filling station.",
     "Primary signal head obscured by trees, leading to late braking or red-light running.",
     "Two mature roadside trees stand about 15 metres before the proposed primary signal. In summer their canopy "
     "would hide the signal head from drivers approaching at 40 mph.",
     "Prune or remove the two roadside trees on the Kettleby Road west arm that would block the view of the "
     "primary signal head."),
]


def advice():
    S = styles("LS", 9.8, INK)
    f = []
    f.append(Paragraph("MARLSHIRE COUNTY COUNCIL &#183; HIGHWAYS DESIGN", S["sub"]))
    f.append(Paragraph("A4127 Kettleby Road / Mill Lane Junction Improvement: Stage 2 Road Safety Audit", S["h1"]))
    f.append(Paragraph("Report RSA/2417/S2 &#183; Issue 1 &#183; 14 February 2025 &#183; Prepared by Brightwater "
                       "Highway Safety Ltd for Marlshire County Council", S["sub"]))
    t = Table([["Audit Team Leader", "Dominic Farrell-Achebe, BEng, MCIHT, Cert Comp RSA"],
               ["Audit Team Member", "Sunniva Holmqvist, MSc, Cert Comp RSA"],
               ["Police observer", "PC Lewis Mbatha, Marlshire Roads Policing Unit"],
               ["Design organisation", "Marlshire County Council Highways Design"],
               ["Overseeing organisation", "Marlshire County Council Network Management"]],
              colWidths=[42 * mm, 118 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.8), ("FONT", (0, 0), (0, -1), "LS-B", 8.8),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]))
    f.append(Spacer(1, 2 * mm))
    f.append(t)
    f.append(Paragraph("1 Introduction", S["h2"]))
    f.append(Paragraph(
        "This report results from a Stage 2 (detailed design) road safety audit of the proposed improvement of the "
        "priority junction of the A4127 Kettleby Road and Mill Lane, Harlow Cross. The scheme converts the junction to "
        "signal control with a staggered toucan crossing, relocates the eastbound bus stop and adds a shared-use path "
        "on the south side of Kettleby Road. The audit team examined drawings 2417-GA-101 to 2417-GA-106 (revision B) "
        "and visited the site together on 4 February 2025, from 08:00 to 09:30 and again after dark from 17:45.",
        S["body"]))
    f.append(Paragraph(
        "The audit was carried out in accordance with DMRB GG 119. As the audit team understands that standard, the "
        "audit must consider only road safety matters, and the overseeing organisation must respond to each problem "
        "raised, either accepting the recommendation or giving reasons and any alternative measure.", S["body"]))
    f.append(Paragraph("Personal injury collisions, 1 January 2020 to 31 December 2024 (police data):", S["body"]))
    ct = Table([["Location", "Fatal", "Serious", "Slight", "Total"],
                ["Kettleby Road / Mill Lane junction", "0", "1", "4", "5"],
                ["Kettleby Road, 100 m either side", "0", "0", "1", "1"],
                ["Total", "0", "1", "5", "6"]], colWidths=[62 * mm, 18 * mm, 18 * mm, 18 * mm, 18 * mm])
    ct.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.8), ("FONT", (0, 0), (-1, 0), "LS-B", 8.8),
                            ("FONT", (0, -1), (-1, -1), "LS-B", 8.8), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, SLATE), ("LINEABOVE", (0, -1), (-1, -1), 0.6, SLATE),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4)]))
    f.append(ct)
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph("Three of the five collisions at the junction involved vehicles turning right out of Mill Lane; "
                       "the serious collision involved a cyclist on Kettleby Road.", S["body"]))
    f.append(Paragraph("2 Items raised at the Stage 1 audit", S["h2"]))
    f.append(Paragraph(
        "The Stage 1 audit (RSA/2417/S1, June 2024) recommended that &#8220;the shared-use path should be at least "
        "3.0 metres wide throughout its length&#8221;. The detailed design now provides 3.0 metres except at the "
        "relocated bus stop, which is dealt with under Problem 3.4 below. The other Stage 1 items have been resolved.",
        S["body"]))
    for k, (no, loc, summ, text, rec) in enumerate(PROBLEMS):
        head = [Paragraph("3 Items raised at this Stage 2 audit", S["h2"])] if k == 0 else []
        f.append(KeepTogether(head + [
            Paragraph(f"PROBLEM {no}", S["prob"]),
            Paragraph(f"<b>Location:</b> {loc}", S["body"]),
            Paragraph(f"<b>Summary:</b> {summ}", S["body"]),
            Paragraph(text, S["body"]),
            Paragraph("RECOMMENDATION", S["lab"]),
            Paragraph(rec, S["body"]),
        ]))
    f.append(Paragraph("4 Items outside the terms of reference", S["h2"]))
    f.append(Paragraph(
        "Several residents at the site visit asked for the speed limit on Kettleby Road to be lowered from 40 mph to "
        "30 mph. The audit team does not recommend a change to the speed limit as part of this scheme; the limit is a "
        "matter for the Council's speed limit review and is outside the scope of a road safety audit.", S["body"]))
    f.append(Paragraph("5 Audit team statement", S["h2"]))
    f.append(Paragraph(
        "We certify that this audit has been carried out in accordance with GG 119. No one in the audit team has been "
        "involved with the design of the scheme.", S["body"]))
    f.append(Paragraph("Dominic Farrell-Achebe, Audit Team Leader &#183; Sunniva Holmqvist, Audit Team Member",
                       S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Stage 2 Road Safety Audit RSA/2417/S2", author="Brightwater Highway Safety Ltd")
    doc.build(f)


ROWS = [
    ("3.1", "Yes", "Yes",
     "A 'Traffic signals ahead' sign and 65 metres of high friction surfacing on Mill Lane have been added to "
     "drawing 2417-GA-104 revision C.", "Agreed."),
    ("3.2", "Yes", "In part",
     "The refuge can be widened to 2.2 metres only; the full 2.5 metres would need land from the garden of No. 97. "
     "The island will be widened to 2.2 metres and the stagger lengthened so that longer cycles can wait at an angle.",
     "Accepted as the best achievable within the highway boundary."),
    ("3.3", "No", "No",
     "The slip lane is retained as designed. It carries 420 vehicles in the morning peak, and taking it into the "
     "signals would add queues back to the Harlow Cross roundabout. The collision record shows no turning collisions "
     "at this point.", "Agreed. Exception report EX-2417-01 signed."),
    ("3.4", "Yes", "Yes",
     "A cantilever shelter has been specified, so the shared path will be 3.0 metres wide past the stop.", "Agreed."),
    ("3.5", "Yes", "To follow",
     "The lighting design is being prepared by the street lighting term contractor. The design team will consider "
     "the audit's point when that design is received, expected in May 2025.", "Noted."),
    ("3.7", "Yes", "Yes",
     "Both trees will be felled under the Council's tree policy and two replacement trees planted further back, "
     "behind the shared path, as agreed with the Tree Officer.", "Agreed."),
    ("Section 4", "-", "-",
     "Kettleby Road is already on the list for the speed limit review planned for 2026. No change is proposed in "
     "this scheme.", "-"),
]


def response():
    S = styles("LF", 10, SLATE)
    f = []
    f.append(Paragraph("MARLSHIRE COUNTY COUNCIL &#183; HIGHWAYS DESIGN", S["sub"]))
    f.append(Paragraph("Road Safety Audit Response Report", S["h1"]))
    f.append(Paragraph("Scheme: A4127 Kettleby Road / Mill Lane Junction Improvement &#183; Audit: Stage 2, "
                       "RSA/2417/S2 &#183; Response ref. RSAR/2417/S2 &#183; 21 March 2025", S["sub"]))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph(
        "This report records the design team's response to the problems raised in the Stage 2 road safety audit, "
        "and the overseeing organisation's decision on each of them. It was discussed at a meeting between the design "
        "team and the Network Safety Manager on 18 March 2025. Where a recommended measure is not accepted, the reasons "
        "are given and, where there is one, the alternative measure.", S["body"]))
    C = S["cell"]
    data = [[Paragraph(h, S["cellb"]) for h in ("Para. no. in audit report", "Problem accepted (yes/no)",
                                                 "Recommended measure accepted (yes/no)",
                                                 "Design team response: alternative measures or reasons",
                                                 "Overseeing organisation comment")]]
    for r in ROWS:
        data.append([Paragraph(r[0], S["cellb"])] + [Paragraph(x, C) for x in r[1:]])
    t = Table(data, colWidths=[22 * mm, 22 * mm, 26 * mm, 72 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a8a8a")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4eaee")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    f.append(t)
    f.append(Spacer(1, 5 * mm))
    f.append(Paragraph("Sign-off", S["h2"]))
    st = Table([["Design team", "Priya Nandakumar, Senior Engineer, Highways Design", "21 March 2025"],
                ["Overseeing organisation", "Graham Ostrowski, Network Safety Manager", "21 March 2025"]],
               colWidths=[40 * mm, 90 * mm, 30 * mm])
    st.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LF", 9.5), ("FONT", (0, 0), (0, -1), "LF-B", 9.5),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#aaaaaa"))]))
    f.append(st)
    f.append(Spacer(1, 3 * mm))
    f.append(Paragraph("A copy of this response report will be sent to the audit team leader for information, and "
                       "the scheme will be subject to a Stage 3 audit on completion of construction.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Road Safety Audit Response Report RSAR/2417/S2", author="Marlshire County Council")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="RSA/2417/S2 - Stage 2 Road Safety Audit - A4127 Kettleby Road / Mill Lane",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Marlshire County Council - RSAR/2417/S2",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Provide an advance 'Traffic signals ahead' warning sign and a",
         "reply_contains": "65 metres of high friction surfacing on Mill Lane", "verdict": "agrees"},
        {"number": 2, "starts_with": "Widen the central refuge on the east arm to at least",
         "reply_contains": "The refuge can be widened to 2.2 metres only", "verdict": "partly"},
        {"number": 3, "starts_with": "Remove the left-turn slip lane and bring left-turning traffic under",
         "reply_contains": "The slip lane is retained as designed", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Relocate the bus shelter to the back of the footway",
         "reply_contains": "A cantilever shelter has been specified, so the shared path", "verdict": "agrees"},
        {"number": 5, "starts_with": "Provide a lighting design for the whole junction and review",
         "reply_contains": "will consider the audit's point when that design is received",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Move the gully at the north-west corner out of the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Prune or remove the two roadside trees on the Kettleby",
         "reply_contains": "Both trees will be felled under the Council's tree policy", "verdict": "agrees"},
    ]
    unmatched = ["It was discussed at a meeting between the design team",
                 "already on the list for the speed limit review planned for 2026",
                 "will be subject to a Stage 3 audit on completion"]
    notes = ("Advice: an English county's STAGE 2 ROAD SAFETY AUDIT (RSA/2417/S2) of a junction signalisation; "
             "seven PROBLEM blocks 3.1-3.7 (Location, Summary, description), each followed by a bold label "
             "'RECOMMENDATION' and the recommendation paragraph (imperative). Traps: team table, collision table, "
             "DMRB GG 119 paraphrased ('must consider only road safety matters', 'must respond to each problem'), "
             "the Stage 1 audit's recommendation quoted ('should be at least 3.0 metres wide'), problem numbers and "
             "summaries (findings), Section 4 'The audit team does not recommend a change to the speed limit', the "
             "audit team statement. Response: a ROAD SAFETY AUDIT RESPONSE REPORT: introduction (nothing), a "
             "five-column table 'Para. no. | Problem accepted | Recommended measure accepted | Design team response | "
             "Overseeing organisation comment': 3.1 Yes/Yes sign and surfacing added (agrees); 3.2 Yes/In part, 2.2 "
             "metres only (partly); 3.3 No/No, slip lane retained, exception report (disagrees); 3.4 Yes/Yes "
             "cantilever shelter (agrees); 3.5 Yes/To follow, will consider when the lighting design is received "
             "(noted); 3.7 Yes/Yes trees felled and replaced (agrees); a row 'Section 4' on the speed limit review "
             "(nothing, not a recommendation); sign-off and Stage 3 note (nothing). Problem 3.6 (gully) has no row "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

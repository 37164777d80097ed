"""Round 49 (EN): an air accident investigation report in the genre of the UK AAIB's published reports, by the
invented Aviation Safety Investigation Branch (ASIB): title page block, synopsis, factual information 1.1-1.18 (a
wind table, an earlier Safety Recommendation 2019-027 quoted with the regulator's response), analysis with 'should'
findings, conclusions (findings and causal factors), safety actions already taken by the operators, then seven
Safety Recommendations coded 2026-011 to 2026-017 ('It is recommended that ...') addressed to the Civil Aviation
Regulator and the aerodrome operator; answered by the invented Civil Aviation Regulator's formal response document
('CAR Response' / 'CAR Status: Accepted - Open / Partially Accepted / Rejected') in another order, one block
answering 2026-016 and 2026-017 together with different statuses, 2026-013 not answered, and an introduction and an
'Other actions' section answering nothing. reportlab platypus, A4, cleaned Liberation fonts, header and footer drawn
on the canvas. All content (branch, regulator, airport, operator, aircraft, people, figures) is invented.

Run:  /tmp/blind49en/bin/python tests/docs/src/blind49/gen_en_asib_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b49en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind49_en_asib"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

NAVY = colors.HexColor("#14325c")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13.2, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, textColor=NAVY)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
CELL = ParagraphStyle("c", fontName="LS", fontSize=8.8, leading=11)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")
SR = ParagraphStyle("sr", parent=BODY, fontName="LSB", leftIndent=8 * mm, rightIndent=4 * mm, spaceBefore=3,
                    spaceAfter=8)

REC = {
    "2026-011": "It is recommended that the Civil Aviation Regulator require aerodrome operators to publish crosswind "
                "component limits for each runway in the aerodrome entry of the national AIP.",
    "2026-012": "It is recommended that the Civil Aviation Regulator review its guidance on the siting of "
                "anemometers, so that the wind reported to crews is representative of the touchdown zone.",
    "2026-013": "It is recommended that the Civil Aviation Regulator publish a Safety Notice reminding operators of "
                "turboprop aircraft of the risks of continuing an approach when the reported wind exceeds the "
                "demonstrated crosswind.",
    "2026-014": "It is recommended that Kestrel Bay Airport Limited install a second anemometer near the threshold of "
                "Runway 27 and display its readings in the air traffic control tower.",
    "2026-015": "It is recommended that the Civil Aviation Regulator, when approving operators' training programmes, "
                "confirm that recurrent simulator training includes gusting crosswind landings at the demonstrated "
                "limit.",
    "2026-016": "It is recommended that Kestrel Bay Airport Limited review the runway end safety area beyond Runway "
                "27 and remove the drainage ditch located 62 metres from the runway edge.",
    "2026-017": "It is recommended that the Civil Aviation Regulator amend its aerodrome certification requirements "
                "so that drainage features within the runway strip are assessed as obstacles.",
}


def deco(head, foot, first_plain=True):
    def draw(c, doc):
        W, Ht = A4
        c.saveState()
        c.setFont("LS", 7.8)
        c.setFillColor(colors.HexColor("#444444"))
        if not (first_plain and doc.page == 1):
            c.drawString(18 * mm, Ht - 11 * mm, head)
            c.setStrokeColor(NAVY)
            c.setLineWidth(0.6)
            c.line(18 * mm, Ht - 12.5 * mm, W - 18 * mm, Ht - 12.5 * mm)
        c.drawString(18 * mm, 9 * mm, foot)
        c.drawRightString(W - 18 * mm, 9 * mm, "%d" % doc.page)
        c.restoreState()
    return draw


def N(n, t, st=BODY):
    tb = Table([[Paragraph(n, st), Paragraph(t, st)]], colWidths=(14 * mm, 160 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def grid(rows, widths, head=True):
    t = Table([[Paragraph(c, CELLB if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=[w * mm for w in widths])
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    t.setStyle(TableStyle(st))
    return t


def advice(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("<font color='#14325c'>AVIATION SAFETY INVESTIGATION BRANCH</font>",
                       ParagraphStyle("t0", fontName="LSB", fontSize=10, leading=13)))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Aircraft Accident Report AAR 2/2026", ParagraphStyle("t1", fontName="LSB", fontSize=17,
                                                                                leading=21)))
    s.append(Paragraph("Report on the serious incident to ATR 72-212A (600), G-ORVX<br/>at Kestrel Bay Airport "
                       "on 14 March 2025", ParagraphStyle("t2", fontName="LS", fontSize=12.5, leading=16,
                                                          spaceAfter=6)))
    s.append(grid([["Aircraft", "ATR 72-212A (600), G-ORVX, 2 x Pratt & Whitney Canada PW127M turboprop engines"],
                   ["Operator", "Skerrin Island Airways Ltd"],
                   ["Location", "Kestrel Bay Airport, Runway 27"],
                   ["Date and time (UTC)", "14 March 2025 at 1647 hrs"],
                   ["Persons on board", "Crew 4, passengers 61; no injuries"],
                   ["Damage", "Left main landing gear, lower fuselage panels, left propeller"],
                   ["Commander's flying experience", "6,912 hours (of which 2,406 on type)"]],
                  (48, 126), head=False))
    s.append(Paragraph("The sole objective of the investigation of an accident or incident under the Civil Aviation "
                       "(Investigation of Air Accidents and Incidents) Regulations is the prevention of future "
                       "accidents and incidents. It is not the purpose of such an investigation to apportion blame "
                       "or liability.", ParagraphStyle("disc", parent=BODY, fontName="LSI", fontSize=8.8,
                                                       leading=11.5, spaceBefore=6)))
    s.append(Paragraph("Synopsis", H1))
    s.append(P("During a landing on Runway 27 in a strong and gusting crosswind from the south, the aircraft drifted "
               "to the right after touchdown and its right main wheels left the paved surface for 190 metres before "
               "the crew regained the centreline. The right main gear ran through a drainage ditch in the runway "
               "strip. The wind reported to the crew was measured by an anemometer 1,100 metres from the touchdown "
               "zone and understated the crosswind at the time of landing."))
    s.append(P("The investigation identified three causal factors and four contributory factors. The operator and the "
               "airport have taken safety action, and seven Safety Recommendations are made in Section 4."))
    s.append(Paragraph("1 Factual information", H1))
    s.append(Paragraph("1.1 History of the flight", H2))
    s.append(N("1.1.1", "G-ORVX was operating a scheduled flight from Port Harlan to Kestrel Bay. The co-pilot was "
                        "pilot flying. The ATIS at 1620 hrs gave the surface wind as 190 degrees 24 kt gusting 36 kt, "
                        "a crosswind component of up to 35 kt on Runway 27, which is within the manufacturer's "
                        "demonstrated crosswind of 35 kt for a dry runway."))
    s.append(N("1.1.2", "At 1646 hrs the tower controller passed a wind of 200 degrees 26 kt. The aircraft touched down "
                        "on the right main gear 540 metres beyond the threshold, weathercocked to the left and drifted "
                        "right. The commander took control and the aircraft came to a stop on the runway."))
    s.append(Paragraph("1.6 Meteorological information", H2))
    s.append(N("1.6.1", "Table 1 compares the wind from the airport's single anemometer, sited near the mid-point of "
                        "the runway, with the wind recorded by a portable weather station near the Runway 27 "
                        "threshold that a flying club operates."))
    s.append(grid([["Time (UTC)", "Airport anemometer", "Crosswind (kt)", "Threshold station", "Crosswind (kt)"],
                   ["1640", "190/24G34", "24 (G33)", "180/29G41", "29 (G40)"],
                   ["1645", "200/26G35", "22 (G30)", "185/31G43", "30 (G42)"],
                   ["1647", "200/25G36", "22 (G31)", "180/30G44", "30 (G43)"]],
                  (26, 38, 30, 42, 38)))
    s.append(Paragraph("<i>Table 1. Wind observations, 14 March 2025</i>", CELL))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("1.10 Aerodrome information", H2))
    s.append(N("1.10.1", "Runway 27 is 1,799 metres long and 45 metres wide, with a runway strip extending 75 metres "
                         "either side of the centreline. An open drainage ditch 1.1 metres deep runs parallel to the "
                         "runway, 62 metres from its edge on the north side. The aerodrome certificate was last "
                         "renewed in October 2023; the ditch was not recorded as an obstacle."))
    s.append(Paragraph("1.18 Additional information", H2))
    s.append(N("1.18.1", "Following a runway excursion at another aerodrome in 2019, the Branch made the following "
                         "Safety Recommendation:"))
    s.append(Paragraph("<i>Safety Recommendation 2019-027: It is recommended that the Civil Aviation Regulator "
                       "require aerodrome operators to assess whether their wind measuring equipment provides a "
                       "representative wind for each runway in use.</i>",
                       ParagraphStyle("q", parent=BODY, leftIndent=14 * mm, rightIndent=8 * mm)))
    s.append(N("1.18.2", "The Regulator accepted this recommendation in 2020 and issued guidance in CAR Publication "
                         "1188, which the Branch classified as 'Adequate - Closed'. The guidance does not say how far "
                         "from the touchdown zone an anemometer may be sited."))
    s.append(Paragraph("2 Analysis", H1))
    s.append(N("2.1", "The crew's decision to continue the approach was consistent with the wind they were given. Had "
                      "they known the crosswind at the threshold, the commander said he would have diverted. The "
                      "reported wind should be representative of the wind where aircraft land, and in this case it "
                      "was not."))
    s.append(N("2.2", "The co-pilot had last practised a crosswind landing at the demonstrated limit in 2021. Operators "
                      "should ensure that pilots are exposed to such conditions in the simulator, although the "
                      "investigation found no regulatory requirement to do so."))
    s.append(N("2.3", "The ditch did not cause the excursion, but the damage to the right main gear occurred when the "
                      "wheels entered it. A runway strip should be free of features that could damage an aircraft "
                      "that leaves the paved surface."))
    s.append(Paragraph("3 Conclusions", H1))
    s.append(Paragraph("3.1 Findings", H2))
    for n, t in (("1", "The flight crew were properly licensed and rested."),
                 ("2", "The reported crosswind was 8 to 12 kt lower than that measured at the threshold."),
                 ("3", "The crosswind at touchdown exceeded the demonstrated crosswind of 35 kt."),
                 ("4", "The airport's single anemometer was not representative of the touchdown zone of Runway 27."),
                 ("5", "The drainage ditch had not been assessed as an obstacle in the runway strip.")):
        s.append(N(n + ".", t))
    s.append(Paragraph("3.2 Causal factors", H2))
    s.append(P("The aircraft drifted off the runway because the crosswind at touchdown exceeded the demonstrated "
               "crosswind; the crew were not aware of this because the reported wind was not representative of the "
               "touchdown zone; and the landing technique used did not fully correct the weathercocking."))
    s.append(Paragraph("4 Safety Recommendations and actions", H1))
    s.append(Paragraph("4.1 Safety actions", H2))
    s.append(P("Skerrin Island Airways Ltd has introduced a company limit of 30 kt crosswind, including gusts, for "
               "landings at Kestrel Bay, and has added a gusting crosswind exercise to its 2025-26 recurrent simulator "
               "programme. Kestrel Bay Airport Limited has placed marker boards along the ditch and has asked its "
               "consultants to design a culvert."))
    s.append(Paragraph("4.2 Safety Recommendations", H2))
    s.append(P("Although the operators have taken the actions above, the following Safety Recommendations are "
               "made:"))
    for k in sorted(REC):
        s.append(Paragraph("Safety Recommendation %s" % k, ParagraphStyle("srh", parent=BODY, fontName="LSB",
                                                                          textColor=NAVY, spaceAfter=1)))
        s.append(Paragraph(REC[k], SR))
    s.append(Spacer(1, 3 * mm))
    s.append(P("<i>Published 9 April 2026.</i>"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=17 * mm, title="AAR 2/2026 G-ORVX", author="ASIB")
    d = deco("AAR 2/2026   G-ORVX   Kestrel Bay Airport   14 March 2025", "Aviation Safety Investigation Branch")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("<font color='#0b5d4f'>Civil Aviation Regulator</font>",
                       ParagraphStyle("l0", fontName="LSB", fontSize=16, leading=20)))
    s.append(Paragraph("Safety and Airspace Regulation Group | Aviation House, Carrick Road, Port Harlan PH4 2RT",
                       ParagraphStyle("l1", fontName="LS", fontSize=8.5, leading=11, spaceAfter=10)))
    s.append(grid([["Document", "Formal response to Safety Recommendations"],
                   ["Report", "ASIB AAR 2/2026, ATR 72-212A G-ORVX, Kestrel Bay Airport, 14 March 2025"],
                   ["Our reference", "CAR/SIC/2026/0419"],
                   ["Date", "3 July 2026"]], (40, 134), head=False))
    s.append(Paragraph("1. Introduction", H1))
    s.append(P("The Civil Aviation Regulator (CAR) welcomes the publication of the report and thanks the Branch for "
               "its investigation. Under the investigation regulations the CAR must respond to Safety "
               "Recommendations addressed to it within 90 days. This document gives the CAR's response and, where "
               "relevant, describes the oversight the CAR will exercise of actions by other addressees. Responses "
               "are grouped by subject and are not in numerical order."))
    def block(code, text, status):
        return KeepTogether([Paragraph("Safety Recommendation %s" % code, H2),
                             Paragraph("<b>CAR Response:</b> " + text, BODY),
                             Paragraph("<b>CAR Status:</b> " + status, BODY), Spacer(1, 2 * mm)])
    s.append(Paragraph("2. Wind information", H1))
    s.append(block("2026-012", "The CAR agrees that the current guidance does not address the distance between an "
                               "anemometer and the touchdown zone. CAR Publication 1188 will be revised to set a "
                               "maximum distance and to require a second sensor on runways longer than 1,500 "
                               "metres. A consultation draft is planned for November 2026 and the revised "
                               "publication for April 2027.", "Accepted - Open"))
    s.append(block("2026-014", "This recommendation is addressed to the aerodrome operator. The CAR has written to "
                               "Kestrel Bay Airport Limited to ask for its plan and will review progress at the next "
                               "scheduled aerodrome audit in the first quarter of 2027.",
                   "Noted - addressed to another organisation"))
    s.append(block("2026-011", "Crosswind limits are aircraft-specific and are published by manufacturers and "
                               "operators, not by aerodromes. Publishing a single runway crosswind limit in the AIP "
                               "could be read by crews as an aerodrome limitation overriding their own. The CAR does "
                               "not therefore intend to introduce this requirement, but will add a note on "
                               "local wind effects to aerodrome AIP entries where an operator identifies them.",
                   "Rejected"))
    s.append(Paragraph("3. Flight crew training", H1))
    s.append(block("2026-015", "The CAR already requires operators to train crews for crosswind landings, and "
                               "inspectors sample simulator programmes during approval. From 1 October 2026 the "
                               "approval checklist will include a specific item on gusting crosswind at the "
                               "demonstrated limit for turboprop operators. The CAR considers this satisfies the "
                               "intent of the recommendation for new approvals; existing programmes will be reviewed "
                               "only at their next renewal.", "Partially Accepted - Open"))
    s.append(Paragraph("4. Runway strips", H1))
    s.append(Paragraph("Safety Recommendations 2026-016 and 2026-017", H2))
    s.append(P("<b>CAR Response:</b> The CAR has reviewed the runway strip at Kestrel Bay with the aerodrome operator "
               "and endorses the proposal to replace the open ditch with a culvert, which the airport expects to "
               "complete in the winter works period of 2026-27. As regards the certification requirements, the CAR "
               "is satisfied that its existing specification already treats open drains in the graded portion of a "
               "strip as objects to be assessed, and that the omission at Kestrel Bay was an error in one audit "
               "rather than a gap in the requirements; the CAR does not propose to amend them."))
    s.append(P("<b>CAR Status:</b> 2026-016: Noted - addressed to another organisation, CAR oversight in place; "
               "2026-017: Rejected."))
    s.append(Paragraph("5. Other actions", H1))
    s.append(P("Separately from the Safety Recommendations, the CAR has added Kestrel Bay to its 2026-27 programme of "
               "unannounced aerodrome inspections and has shared the report with the national runway safety team "
               "for its annual review of runway excursions."))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Helen Marsh-Odunsi<br/>Head of Safety Investigation Coordination<br/>Civil Aviation Regulator"))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=17 * mm, title="CAR response AAR 2/2026", author="CAR")
    d = deco("CAR/SIC/2026/0419   Formal response to ASIB Safety Recommendations   OFFICIAL",
             "Civil Aviation Regulator")
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("ASIB (invented, AAIB genre) Aircraft Accident Report AAR 2/2026 on a runway excursion of ATR 72 G-ORVX at "
         "Kestrel Bay. Traps: data block, disclaimer, synopsis saying 'seven Safety Recommendations are made', "
         "paragraphs 1.1.1-2.3 in a number column, Table 1 wind observations, the earlier Safety Recommendation "
         "2019-027 quoted in 1.18.1 with its 'Adequate - Closed' status, 'should' findings in 2.1-2.3, findings 1.-5., "
         "causal factors, 4.1 safety actions already taken by the operator and airport. Recommendations: Safety "
         "Recommendation 2026-011 to 2026-017, each 'It is recommended that ...', five to the Civil Aviation "
         "Regulator and two (014, 016) to the airport. Response: the invented Civil Aviation Regulator's formal "
         "response document, blocks 'CAR Response' / 'CAR Status' in the order 012, 014, 011, 015, 016+017. Key: "
         "012 revise CAR Publication 1188 with a maximum distance (agrees, 'Accepted - Open'); 014 addressed to the aerodrome "
         "operator, CAR will review at audit (noted); 011 'does not therefore intend to introduce this requirement' "
         "(disagrees, 'Rejected'; a small alternative note); 015 'Partially Accepted', new approvals only (partly); "
         "one block covers 016 culvert endorsed, addressed to the airport (noted, also agrees) and 017 'does not "
         "propose to amend them' (disagrees); 013 Safety Notice on turboprop approaches unanswered. Unmatched: the "
         "introduction (90 days), section 5 'Other actions' (unannounced inspections).")


def expected():
    sw = lambda k: " ".join(REC[k].split()[:11])
    recs = [
        {"number": "2026-011", "starts_with": sw("2026-011"),
         "reply_contains": "does not therefore intend to introduce this requirement", "verdict": "disagrees"},
        {"number": "2026-012", "starts_with": sw("2026-012"),
         "reply_contains": "CAR Publication 1188 will be revised to set a maximum distance", "verdict": "agrees"},
        {"number": "2026-013", "starts_with": sw("2026-013"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "2026-014", "starts_with": sw("2026-014"),
         "reply_contains": "has written to Kestrel Bay Airport Limited to ask for its plan", "verdict": "noted",
         "also": ["agrees"]},
        {"number": "2026-015", "starts_with": sw("2026-015"),
         "reply_contains": "the approval checklist will include a specific item on gusting crosswind",
         "verdict": "partly"},
        {"number": "2026-016", "starts_with": sw("2026-016"),
         "reply_contains": "endorses the proposal to replace the open ditch with a culvert", "verdict": "noted",
         "also": ["agrees"]},
        {"number": "2026-017", "starts_with": sw("2026-017"),
         "reply_contains": "the CAR does not propose to amend them", "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, ["must respond to Safety Recommendations addressed to it within 90 days",
                                  "programme of unannounced aerodrome inspections"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b49en.py"), NAME)) and 1)

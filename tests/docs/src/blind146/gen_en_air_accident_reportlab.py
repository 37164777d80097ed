"""Round 146 (EN): an air accident investigation body's FIELD INVESTIGATION REPORT on a light aeroplane accident
at an unlicensed airfield, answered by the aviation regulator's RESPONSE TO SAFETY RECOMMENDATIONS, which QUOTES
each recommendation addressed to it and gives an 'ASA response' and a 'Status' label, in another order, one
recommendation addressed to the airfield operator 'noted', one addressed to the manufacturer left out.
The advice: sections 1-5 with paragraphs 1.1-4.3; the seven recommendations CODED 'Safety Recommendation
2025-014' to '2025-020', each in a shaded box opening 'It is recommended that <addressee> ...', addressed to three
different bodies. Traps: FINDINGS NUMBERED 1-9 and causal / contributory factors; an older Safety Recommendation
2019-022 quoted ('It is recommended that the Aviation Standards Authority should require ...'); the Air Navigation
Order paraphrased ('the commander must ...'); the Pilot's Operating Handbook quoted ('Flaps should be retracted
...'); 'Safety action' already taken by the flying group (not recommendations); 'The investigation does not
recommend that angle of attack indicators be made mandatory ...'.
The response: introduction (nothing); 014 accepted (agrees); 017 rejected (disagrees); 015 partially accepted
(partly); 019 accepted and closed (agrees); 020 accepted (agrees); 018 addressed to the aerodrome operator,
'noted' (noted); a paragraph on the closed 2019-022 (unmatched); closing (nothing); 016 never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
The Air Navigation Order is named as context only (what is said of it is paraphrased and not to be relied on); all
bodies, aircraft types, people, places, registrations, figures and references are invented.
Run:  /tmp/blind146en/bin/python tests/docs/src/blind146/gen_en_air_accident_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b146en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind146_en_air_accident"
NAVY = colors.HexColor("#15325c")
TEAL = colors.HexColor("#1d5e63")
BOX = colors.HexColor("#e8eef6")


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
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14, leading=17.5, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=10.6, leading=13.5, textColor=ink,
                             spaceBefore=2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=fam + "-B", fontSize=size, leading=size * 1.3,
                             spaceBefore=1 * mm, spaceAfter=0.8 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.4, leading=11, textColor=colors.HexColor("#555555")),
        "quote": ParagraphStyle("q", parent=body, leftIndent=12 * mm, rightIndent=6 * mm, fontName=fam + "-I"),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.8, leading=(size - 0.8) * 1.28, spaceAfter=0),
        "boxlabel": ParagraphStyle("bl", parent=body, fontName=fam + "-B", textColor=ink, spaceAfter=1 * mm),
        "boxtext": ParagraphStyle("bt", parent=body, fontName=fam + "-I", spaceAfter=0),
    }


def numbered(S, f, num, text, w=10):
    f.append(Table([[Paragraph(num, S["body"]), Paragraph(text, S["body"])]], colWidths=[w * mm, (162 - w) * mm],
                   hAlign="LEFT", style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))


RECS = [
    ("2025-014", "It is recommended that the Aviation Standards Authority require the proficiency check for the "
     "revalidation of a single-engine piston class rating to include a go-around from a low-speed final approach "
     "with full flap selected."),
    ("2025-015", "It is recommended that the Aviation Standards Authority publish guidance for pilots on the "
     "limitations of portable electronic flight displays, including the lag and inaccuracy of the airspeed they "
     "derive from satellite navigation."),
    ("2025-016", "It is recommended that Halcyon Light Aircraft Ltd amend the Pilot's Operating Handbook for the "
     "HA-200 to state that, during a go-around, flap should be retracted in stages and only once a positive rate "
     "of climb is established."),
    ("2025-017", "It is recommended that the Aviation Standards Authority extend the requirement to hold a written "
     "aerodrome emergency plan to unlicensed aerodromes with more than 10,000 aircraft movements a year."),
    ("2025-018", "It is recommended that Brackley Moor Airfield Ltd review its rescue and firefighting "
     "arrangements so that a person trained to use the airfield's fire appliance is present whenever flying is "
     "taking place."),
    ("2025-019", "It is recommended that the Aviation Standards Authority revise its safety leaflet on stall "
     "awareness to cover the pitch-up and loss of airspeed that follow the application of full power with full "
     "flap set."),
    ("2025-020", "It is recommended that the Aviation Standards Authority collect and publish each year data on "
     "accidents and serious incidents to light aeroplanes that occur during a go-around or a balked landing."),
]


def advice():
    fonts()
    S = styles("LA", 9.4, NAVY)
    f = []
    f.append(Paragraph("AVIATION SAFETY INVESTIGATION BRANCH &#183; Farnley Court, Aldwick Road, Stanmere SM4 "
                       "2PL &#183; Field investigation report", S["sub"]))
    f.append(Paragraph("ASIB-2025-0047: Halcyon HA-200, G-HXLT<br/>Loss of control during a go-around, Brackley "
                       "Moor Airfield, 22 March 2025", S["h1"]))
    t = Table([[Paragraph(a, S["cell"]), Paragraph(b, S["cell"])] for a, b in [
        ("<b>Aircraft</b>", "Halcyon HA-200 (single-engine piston, four seats), G-HXLT, built 2009"),
        ("<b>Date and time</b>", "22 March 2025 at 15:42 hrs"),
        ("<b>Location</b>", "Brackley Moor Airfield (unlicensed), runway 24"),
        ("<b>Persons on board</b>", "Crew 1 (serious injuries), passengers 1 (minor injuries)"),
        ("<b>Damage</b>", "Aircraft destroyed"),
        ("<b>Commander</b>", "Private pilot's licence, 58 years, 412 hours, of which 37 on type"),
        ("<b>Published</b>", "16 September 2025"),
    ]], colWidths=[36 * mm, 126 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa9bd")),
                           ("BACKGROUND", (0, 0), (0, -1), BOX), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]))
    f.append(t)
    f.append(Spacer(1, 2.5 * mm))
    f.append(Paragraph("Synopsis", S["h2"]))
    f.append(Paragraph(
        "The pilot abandoned his second approach to runway 24 at a height of about 40 ft because a vehicle was "
        "crossing the far end of the runway. He applied full power with full flap set. The nose pitched up, the "
        "airspeed decayed, and the aircraft stalled and struck a hedge beyond the left edge of the runway. The "
        "pilot and his passenger were helped from the wreckage by members of the flying group. There was no fire. "
        "The investigation makes seven Safety Recommendations, addressed to the Aviation Standards Authority, to "
        "the manufacturer of the aircraft and to the operator of the airfield.", S["body"]))
    f.append(Paragraph("1 Factual information", S["h2"]))
    numbered(S, f, "1.1", "The aircraft was owned by a group of five pilots and based at Brackley Moor, a grass "
             "airfield with about 14,500 movements a year. The airfield has a fire appliance but no one trained to "
             "use it was present on the afternoon of the accident; the first fire tender arrived from Stanmere "
             "after 19 minutes.")
    numbered(S, f, "1.2", "The pilot was using a tablet computer running a moving map application, which displayed "
             "a groundspeed and a calculated airspeed. He told the investigation that he had been looking at the "
             "tablet during the approach because the aircraft's own airspeed indicator was partly hidden by the "
             "tablet's mounting.")
    numbered(S, f, "1.3", "The Pilot's Operating Handbook for the HA-200 gives the balked landing procedure as "
             "follows:")
    f.append(Paragraph("\"Full power. Flaps should be retracted to 20 degrees. Climb at 65 KIAS.\"", S["quote"]))
    numbered(S, f, "", "It does not say when the flaps should be retracted, nor warn of the strong nose-up pitch "
             "that follows the application of full power with full flap.")
    numbered(S, f, "1.4", "Under the Air Navigation Order, as we summarise it, the commander of an aircraft must "
             "satisfy himself before flight that the aerodrome is suitable, and the operator of an unlicensed "
             "aerodrome is not required to provide rescue and firefighting cover.")
    numbered(S, f, "1.5", "A similar accident at Hollin Fell in 2018 led to Safety Recommendation 2019-022, which "
             "read: <i>\"It is recommended that the Aviation Standards Authority should require flying instructors "
             "to demonstrate a go-around from a low-speed approach during training for the private pilot's "
             "licence.\"</i> The pilot of G-HXLT had trained before that change.")
    f.append(Paragraph("2 Analysis", S["h2"]))
    numbered(S, f, "2.1", "The pilot had last practised a go-around with full flap during his training in 2006. "
             "His proficiency checks since then had included go-arounds only from a stabilised approach with "
             "partial flap. The investigation considers that he was not prepared for the pitch-up.")
    numbered(S, f, "2.2", "The airspeed shown on the tablet lagged the aircraft's true airspeed by up to four "
             "seconds and did not allow for the wind. During the final approach it read 8 to 12 kt higher than the "
             "airspeed recorded by the aircraft's engine monitor.")
    numbered(S, f, "2.3", "Angle of attack indicators can help pilots to avoid a stall. The investigation does not "
             "recommend that angle of attack indicators be made mandatory for light aeroplanes, because the "
             "evidence that they would have changed the outcome in this case is weak.")
    f.append(Paragraph("3 Conclusions", S["h2"]))
    f.append(Paragraph("Findings", S["h3"]))
    for i, t in enumerate([
        "The pilot was properly licensed and his class rating was valid.",
        "The aircraft had a valid airworthiness review certificate and no defect was found that could have "
        "contributed to the accident.",
        "The weather was suitable, with a surface wind from 210 degrees at 12 kt.",
        "The go-around was started at about 40 ft with full flap and full power.",
        "The aircraft pitched up to about 20 degrees and the airspeed fell below the stalling speed.",
        "The pilot was monitoring airspeed on a tablet whose calculated airspeed was too high.",
        "The handbook did not warn of the pitch-up or say when the flaps should be raised.",
        "No person trained to use the airfield's fire appliance was present.",
        "The pilot had not practised a go-around with full flap for 19 years.",
    ], 1):
        numbered(S, f, f"({i})", t, w=9)
    f.append(Paragraph("<b>Causal factor:</b> the aircraft stalled after the pilot applied full power with full "
                       "flap set and did not control the resulting pitch-up.", S["body"]))
    f.append(Paragraph("<b>Contributory factors:</b> the pilot's lack of recent practice; his reliance on an "
                       "inaccurate airspeed display; the incomplete balked landing procedure in the handbook.",
                       S["body"]))
    f.append(Paragraph("4 Safety action", S["h2"]))
    numbered(S, f, "4.1", "The Brackley Moor Flying Group has moved the tablet mounts in its two aircraft so that "
             "they no longer hide any flight instrument.")
    numbered(S, f, "4.2", "The group has asked its members to fly a go-around with full flap with an instructor "
             "before the end of 2025.")
    numbered(S, f, "4.3", "The airfield operator has asked vehicle drivers to call the radio operator before "
             "crossing the runway.")
    f.append(Paragraph("5 Safety Recommendations", S["h2"]))
    f.append(Paragraph("The following Safety Recommendations are made. A Safety Recommendation does not create a "
                       "presumption of blame or liability. The addressees are asked to respond within 90 days.",
                       S["body"]))
    for code, text in RECS:
        box = Table([[Paragraph(f"Safety Recommendation {code}", S["boxlabel"])], [Paragraph(text, S["boxtext"])]],
                    colWidths=[162 * mm], hAlign="LEFT")
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BOX),
                                 ("LINEBEFORE", (0, 0), (0, -1), 2.2, NAVY),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                 ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
        f.append(KeepTogether([box, Spacer(1, 2.4 * mm)]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="ASIB-2025-0047 Halcyon HA-200 G-HXLT",
                            author="Aviation Safety Investigation Branch")
    doc.build(f)


def response():
    S = styles("LR", 9.9, TEAL)
    f = []
    f.append(Paragraph("AVIATION STANDARDS AUTHORITY &#183; General Aviation Unit &#183; Wexcombe House, 40 Quay "
                       "Street, Stanmere SM1 7HD", S["sub"]))
    f.append(Paragraph("To: Chief Inspector, Aviation Safety Investigation Branch<br/>9 December 2025 &#183; Our "
                       "ref.: ASA/GA/SR/25/0931 &#183; Your ref.: ASIB-2025-0047", S["sub"]))
    f.append(Paragraph("Response to Safety Recommendations: Halcyon HA-200, G-HXLT, Brackley Moor Airfield", S["h1"]))
    f.append(Paragraph(
        "The Authority has considered the Safety Recommendations in report ASIB-2025-0047 that are addressed to it "
        "or that concern its responsibilities. Each recommendation is reproduced below, followed by the Authority's "
        "response and the status the Authority has assigned to it. The report was reviewed by the General Aviation "
        "Safety Review Group on 11 November 2025.", S["body"]))

    def item(code, quote, resp, status):
        f.append(Paragraph(f"Safety Recommendation {code}", S["h2"]))
        f.append(Paragraph(quote, S["quote"]))
        f.append(Paragraph(f"<b>ASA response:</b> {resp}", S["body"]))
        f.append(Paragraph(f"<b>Status:</b> {status}", S["body"]))

    item("2025-014", "\"... require the proficiency check for the revalidation of a single-engine piston class "
         "rating to include a go-around from a low-speed final approach with full flap selected.\"",
         "The Authority accepts this recommendation. The examiner's guidance for the proficiency check will be "
         "amended so that, from 1 April 2026, every check includes a balked landing flown from a slow final "
         "approach with the landing flap set. Examiners were briefed at the seminar on 27 November.",
         "Accepted - Open")
    item("2025-017", "\"... extend the requirement to hold a written aerodrome emergency plan to unlicensed "
         "aerodromes with more than 10,000 aircraft movements a year.\"",
         "The Authority has considered this recommendation carefully but does not intend to impose such a "
         "requirement. Most unlicensed aerodromes are run by volunteers, and a formal plan would add cost without "
         "improving the response, which depends on the local fire and rescue service. The Authority will instead "
         "promote its voluntary emergency planning template at the regional safety evenings.",
         "Rejected - Closed")
    item("2025-015", "\"... publish guidance for pilots on the limitations of portable electronic flight displays "
         "...\"",
         "The Authority partially accepts this recommendation. A new chapter on tablet and phone applications, "
         "including the errors in any airspeed they calculate, will be added to the next edition of the pilots' "
         "handbook in spring 2026. The Authority does not plan to issue a separate guidance document, as the "
         "subject is already covered in part by its 2022 leaflet on electronic conspicuity.",
         "Partially accepted - Open")
    item("2025-019", "\"... revise its safety leaflet on stall awareness to cover the pitch-up and loss of airspeed "
         "...\"",
         "Accepted. Safety leaflet GA-SL 04, Stall Awareness, was revised in October 2025 and now includes a "
         "section on balked landings and a diagram of the trim change with full power. The revised leaflet has "
         "been sent to all flying clubs and training organisations.",
         "Accepted - Closed")
    item("2025-020", "\"... collect and publish each year data on accidents and serious incidents to light "
         "aeroplanes that occur during a go-around or a balked landing.\"",
         "The Authority agrees that better data are needed. Go-around events will be coded separately in its "
         "occurrence database from January 2026, and the first annual summary will appear in the General Aviation "
         "Safety Review published in summer 2027.",
         "Accepted - Open")
    item("2025-018", "\"It is recommended that Brackley Moor Airfield Ltd review its rescue and firefighting "
         "arrangements ...\"",
         "This recommendation is addressed to the airfield operator, and the Authority has no regulatory role in "
         "rescue cover at unlicensed aerodromes. The Authority has noted the recommendation and will draw it to "
         "the attention of the Unlicensed Aerodromes Forum at its next meeting in March 2026.",
         "Noted - not addressed to the Authority")
    f.append(Paragraph("Safety Recommendation 2019-022", S["h2"]))
    f.append(Paragraph(
        "The report refers to this earlier recommendation. For completeness, the Authority confirms that the "
        "syllabus change it asked for came into force in 2021 and the recommendation was closed as implemented in "
        "the Authority's annual report for that year.", S["body"]))
    f.append(Spacer(1, 2 * mm))
    f.append(Paragraph(
        "The Authority is grateful to the Branch for a thorough report. Progress on the open items will be "
        "reported through the usual six-monthly update. Questions about this response may be sent to "
        "gasafety@asa-example.org.", S["body"]))
    f.append(Paragraph("Capt. Imogen Harwood-Mensah<br/>Head of General Aviation", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=21 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Response to Safety Recommendations ASIB-2025-0047",
                            author="Aviation Standards Authority")
    doc.build(f)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="ASIB-2025-0047 - Halcyon HA-200, G-HXLT - Brackley Moor Airfield",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Aviation Standards Authority - ASA/GA/SR/25/0931",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "2025-014",
         "starts_with": "It is recommended that the Aviation Standards Authority require the proficiency check",
         "reply_contains": "every check includes a balked landing flown from a slow final approach",
         "verdict": "agrees"},
        {"number": "2025-015",
         "starts_with": "It is recommended that the Aviation Standards Authority publish guidance for pilots",
         "reply_contains": "The Authority does not plan to issue a separate guidance document",
         "verdict": "partly"},
        {"number": "2025-016",
         "starts_with": "It is recommended that Halcyon Light Aircraft Ltd amend the Pilot's Operating",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "2025-017",
         "starts_with": "It is recommended that the Aviation Standards Authority extend the requirement",
         "reply_contains": "does not intend to impose such a requirement",
         "verdict": "disagrees"},
        {"number": "2025-018",
         "starts_with": "It is recommended that Brackley Moor Airfield Ltd review its rescue",
         "reply_contains": "will draw it to the attention of the Unlicensed Aerodromes Forum",
         "verdict": "noted"},
        {"number": "2025-019",
         "starts_with": "It is recommended that the Aviation Standards Authority revise its safety leaflet",
         "reply_contains": "Safety leaflet GA-SL 04, Stall Awareness, was revised in October 2025",
         "verdict": "agrees"},
        {"number": "2025-020",
         "starts_with": "It is recommended that the Aviation Standards Authority collect and publish",
         "reply_contains": "Go-around events will be coded separately in its occurrence database",
         "verdict": "agrees"},
    ]
    unmatched = ["the syllabus change it asked for came into force in 2021"]
    notes = ("Advice: an air accident investigation body's FIELD INVESTIGATION REPORT on a light aeroplane that "
             "stalled during a go-around at an unlicensed airfield. The seven recommendations CODED 'Safety "
             "Recommendation 2025-014' to '2025-020', each in a shaded box opening 'It is recommended that "
             "<addressee> ...', addressed to the regulator (014, 015, 017, 019, 020), the manufacturer (016) and "
             "the airfield operator (018). Traps: paragraphs 1.1-4.3; FINDINGS NUMBERED (1)-(9), causal and "
             "contributory factors; the older Safety Recommendation 2019-022 quoted ('... should require flying "
             "instructors ...'); the Air Navigation Order paraphrased ('the commander ... must satisfy himself'); "
             "the handbook quoted ('Flaps should be retracted to 20 degrees'); 'Safety action' already taken by the "
             "flying group and the airfield; 'The investigation does not recommend that angle of attack indicators "
             "be made mandatory'. Response: the regulator's RESPONSE TO SAFETY RECOMMENDATIONS, each recommendation "
             "QUOTED in part under its code with an 'ASA response:' and a 'Status:' label, in the order 014, 017, "
             "015, 019, 020, 018: 014 accepted, go-around in every proficiency check from April 2026 (agrees); 017 "
             "'does not intend to impose such a requirement', Rejected (disagrees); 015 'partially accepts', a "
             "chapter in the handbook but no separate guidance (partly); 019 leaflet revised, Accepted - Closed "
             "(agrees); 020 go-around events coded and published from 2027 (agrees); 018 addressed to the airfield "
             "operator, 'has noted the recommendation' and will pass it to a forum (noted); a heading on the closed "
             "2019-022 (unmatched); 016, the manufacturer's handbook, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 139 (EN): a railway accident investigation body's INVESTIGATION REPORT on a collision at a user worked level
crossing, with NUMBERED PARAGRAPHS throughout, answered by the safety regulator's IMPLEMENTATION LETTER, which reports
on each recommendation under a bold heading 'Recommendation N (theme)' in another order, with a 'Status:' line.
The advice: seven recommendations as blocks headed 'Recommendation 1' ... 'Recommendation 7', each naming its
addressee ('Wessmoor Rail Infrastructure should ...') and followed by an italic note of the causal factor it
addresses. Traps: every paragraph outside the recommendations numbered (1-8); causal factors lettered (a)-(d); a
recommendation of a 2019 report quoted ('Recommendation 3 of our report 11/2019 ... should review'); a numbered LEARNING POINT with 'must'; the
Regulations named as context; 'We do not recommend that the crossing be closed'.
The response: introduction (nothing); 7 implemented by the regulator itself (agrees); 1 implemented (agrees); 6 not
taken forward for reasons the regulator accepts (disagrees); 2 done for vehicle crossings only (partly); 3
implemented (agrees); 5 to be considered in a 2026 review (noted); closing (nothing); 4 never (unanswered).
reportlab platypus, A4, cleaned Liberation Sans / Serif, invariant=1; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented; the Railways (Accident Investigation and Reporting)
Regulations 2005 are named as context only.
Run:  /tmp/blind139en/bin/python tests/docs/src/blind139/gen_en_rail_accident_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b139en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind139_en_rail_accident"
RED = colors.HexColor("#8a1c1c")
TEAL = colors.HexColor("#0e4a55")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.0 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=14.5, leading=18, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.5, leading=14.5, textColor=ink,
                             spaceBefore=2.5 * mm, spaceAfter=1.4 * mm, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=fam + "-B", fontSize=10, leading=13, spaceBefore=1.5 * mm,
                             spaceAfter=0.8 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.8, textColor=colors.HexColor("#555555")),
        "num": ParagraphStyle("n", parent=body, leftIndent=9 * mm, bulletIndent=0, bulletFontName=fam),
        "ind": ParagraphStyle("i", parent=body, leftIndent=17 * mm, bulletIndent=9 * mm, bulletFontName=fam),
        "rec": ParagraphStyle("r", parent=body, leftIndent=9 * mm),
        "note": ParagraphStyle("nt", parent=body, leftIndent=9 * mm, fontName=fam + "-I", fontSize=size - 0.8,
                               textColor=colors.HexColor("#444444")),
    }


RECS = [
    ("Wessmoor Rail Infrastructure should install miniature stop lights, or another system that tells users "
     "whether a train is approaching, at Ashcombe Lane user worked crossing.", "causal factor (a)"),
    ("Wessmoor Rail Infrastructure should review the sighting distances at every user worked crossing on the "
     "Wendlebury branch, and cut back vegetation or fit warning equipment wherever users cannot see an approaching "
     "train in time to cross safely.", "causal factor (b)"),
    ("Vale Coast Railways should revise its route learning material for drivers on the Wendlebury branch so that "
     "every user worked crossing and whistle board is shown, with the places where drivers must sound the horn.",
     "causal factor (c)"),
    ("Wessmoor Rail Infrastructure should make sure that all telephone calls between crossing users and the "
     "signaller at Wendlebury signal box are recorded and kept for at least twelve months.", "underlying factor (d)"),
    ("Wessmoor Rail Infrastructure should write each year to every authorised user of a private crossing on its "
     "network, explaining how to use the crossing safely and asking them to confirm who uses it.",
     "underlying factor (d)"),
    ("Wessmoor Rail Infrastructure should impose a temporary speed restriction of 50 mph over Ashcombe Lane "
     "crossing until the measures in Recommendation 1 are in use.", "causal factor (a)"),
    ("The Rail Safety Regulator should update its guidance on user worked crossings to cover crossings used by "
     "large farm machinery, including the time such vehicles take to clear the line.", "causal factor (b)"),
]


def advice():
    S = styles("LR", 9.8, RED)
    f = []
    f.append(Paragraph("RAILWAY INCIDENT INVESTIGATION BOARD &#183; Report 07/2025 &#183; Published 19 June 2025",
                       S["sub"]))
    f.append(Paragraph("Collision between a passenger train and a tractor at Ashcombe Lane user worked crossing, "
                       "near Wendlebury, 14 November 2024", S["h1"]))
    t = Table([["Train", "2C41, 07:52 Wendlebury to Kingsmere, two-car diesel unit, Vale Coast Railways"],
               ["Crossing", "Ashcombe Lane, private user worked crossing with gates and a telephone, Wendlebury "
                            "branch, 17 miles 34 chains; line speed 70 mph"],
               ["Consequences", "Tractor destroyed; driver of the train and two passengers slightly injured; "
                                "line closed for 31 hours"],
               ["Investigator in charge", "Mr Tobias Enright-Hale"]], colWidths=[34 * mm, 132 * mm])
    cs = ParagraphStyle("cs", fontName="LA", fontSize=8.6, leading=11)
    t = Table([[Paragraph("<b>%s</b>" % a, cs), Paragraph(b, cs)] for a, b in t._cellvalues],
              colWidths=[34 * mm, 132 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.6, RED),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#d9b8b8")),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f6eded")),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    f.append(Spacer(1, 1.5 * mm))
    f.append(t)
    n = [0]

    def para(txt):
        n[0] += 1
        f.append(Paragraph(txt, S["num"], bulletText=str(n[0])))

    f.append(Paragraph("Summary", S["h2"]))
    para("At about 08:04 on 14 November 2024, train 2C41 struck the front loader of a tractor that was crossing the "
         "line at Ashcombe Lane user worked crossing. The tractor driver had telephoned the signaller and been told "
         "that the line was clear, but by the time he had opened both gates and returned to the tractor, the train "
         "had been signalled towards the crossing.")
    para("The tractor, with a bale handler, took about 38 seconds to clear the line. From the crossing the driver "
         "could see an approaching train for about 24 seconds, because of a cutting and the growth of hawthorn on "
         "the lineside.")
    f.append(Paragraph("Causes", S["h2"]))
    para("The collision happened because the tractor was on the crossing when the train arrived. The causal factors "
         "were:")
    for lab, txt in (("(a)", "there was no equipment at the crossing to tell users that a train was approaching;"),
                     ("(b)", "the sighting time available was far shorter than the time a large farm vehicle needs "
                             "to cross;"),
                     ("(c)", "the train driver did not sound the horn at the whistle board, which was not shown in "
                             "the route learning material."),
                     ("(d)", "An underlying factor was that Wessmoor Rail Infrastructure did not know who used the "
                             "crossing, and the signaller's calls were not recorded.")):
        f.append(Paragraph(txt, S["ind"], bulletText=lab))
    f.append(Paragraph("Previous recommendations and options", S["h2"]))
    para("Recommendation 3 of our report 11/2019, on a near miss at Netherby crossing, said that &#8220;Wessmoor "
         "Rail Infrastructure should review how it records the authorised users of private crossings&#8221;. "
         "Wessmoor reported that recommendation as implemented in 2021, but the register for Ashcombe Lane had not "
         "been updated since 2016.")
    para("The landowner suggested to us that the crossing should be replaced by a bridge. A bridge would cost about "
         "\u00a32.6 million. The crossing is the only access to 140 hectares of farmland and two cottages, and we do "
         "not recommend that the crossing be closed.")
    f.append(Paragraph("Learning point", S["h2"]))
    para("Learning point 1: authorised users must telephone the signaller again if they have not started to cross "
         "within two minutes of being told that the line is clear. This is already required by the instructions at "
         "the crossing and is not a new recommendation.")
    f.append(Paragraph("Recommendations", S["h2"]))
    para("The following recommendations are made. Under the Railways (Accident Investigation and Reporting) "
         "Regulations 2005, named here as context only, they are addressed to the Rail Safety Regulator, which is "
         "to make sure that they are considered and, where appropriate, acted upon by the bodies named.")
    for i, (txt, why) in enumerate(RECS, 1):
        f.append(KeepTogether([Paragraph(f"Recommendation {i}", S["h3"]), Paragraph(txt, S["rec"]),
                               Paragraph(f"This recommendation addresses {why}.", S["note"])]))
    para("The Board regards Recommendations 1 and 6 as the most pressing, because the crossing is used every day "
         "during harvest.")
    f.append(Paragraph("Dr Imogen Castellane, Chief Inspector of Railway Incidents &#183; Railway Incident "
                       "Investigation Board, Clarence House, Derwent Street, Kingsmere", S["sub"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="RIIB Report 07/2025 Ashcombe Lane", author="Railway Incident Investigation Board")
    doc.build(f)


def response():
    S = styles("LA", 9.6, TEAL)
    f = []
    f.append(Paragraph("RAIL SAFETY REGULATOR &#183; Level Crossings and Infrastructure Division &#183; 4 Quay Row, "
                       "Kingsmere", S["sub"]))
    f.append(Paragraph("RIIB Report 07/2025, Ashcombe Lane user worked crossing: progress on recommendations", S["h1"]))
    f.append(Paragraph("To: Dr Imogen Castellane, Chief Inspector of Railway Incidents &#183; From: Mr Rhodri "
                       "Tallis-Brook, Head of Level Crossing Safety &#183; 15 December 2025 &#183; Our ref. "
                       "RSR/LC/2025/118", S["sub"]))
    f.append(Paragraph("Dear Dr Castellane,", S["body"]))
    f.append(Paragraph(
        "I write to report on the recommendations of your report into the collision at Ashcombe Lane. We have "
        "passed each one to the body named, received their responses and reviewed them. Our conclusion on each "
        "is set out below, with our own recommendation first.", S["body"]))

    def item(title, paras, status):
        f.append(Paragraph(title, S["h3"]))
        for p in paras:
            f.append(Paragraph(p, S["body"]))
        f.append(Paragraph(f"<b>Status:</b> {status}", S["body"]))

    item("Recommendation 7 (guidance on user worked crossings)",
         ["We have taken this recommendation into consideration and acted on it. Our revised guidance, published "
          "on 21 October 2025, includes a new table of crossing times for tractors with trailers and bale handlers, "
          "and asks infrastructure managers to use the longest vehicle that regularly uses a crossing."],
         "Implemented.")
    item("Recommendation 1 (warning equipment at Ashcombe Lane)",
         ["Wessmoor Rail Infrastructure commissioned miniature stop lights at the crossing on 3 June 2025, "
          "with an audible warning and a new sign. We inspected them on 12 June. We have concluded that Wessmoor "
          "has taken the recommendation into consideration and has taken action to implement it."],
         "Implemented.")
    item("Recommendation 6 (speed restriction)",
         ["Wessmoor considered a 50 mph restriction but decided not to impose it. It told us that its "
          "risk assessment showed only a small benefit, that the lights were planned within months, and that "
          "the harvest traffic had ended. Wessmoor instead placed a crossing keeper at Ashcombe Lane on weekdays "
          "until the lights came into use. We have reviewed its reasons and accept them: Wessmoor has decided, for "
          "reasons we consider valid, not to take the action recommended."],
         "Closed; not implemented.")
    item("Recommendation 2 (sighting at crossings on the branch)",
         ["Wessmoor has reviewed the sighting distances at the fourteen vehicle crossings on the Wendlebury "
          "branch and cleared vegetation at six of them; it will fit warning lights at two more in 2026. It has "
          "not reviewed the nine footpath crossings, saying that their sighting was checked in 2023. We accept "
          "the work on vehicle crossings and have asked for the footpath review to be added to its 2026 plan."],
         "Implemented in part; we will report again.")
    item("Recommendation 3 (route learning for drivers)",
         ["Vale Coast Railways issued revised route learning material for the branch in August 2025. Every "
          "crossing and whistle board is now shown, and all drivers on the route were briefed by the end of "
          "September."],
         "Implemented.")
    item("Recommendation 5 (annual letters to authorised users)",
         ["Wessmoor has told us that it will consider an annual letter as part of its review of how it "
          "engages with crossing users, due to finish in mid-2026. It has not yet decided whether to adopt it. "
          "We have noted its reply and will return to the matter when that review is complete."],
         "Progressing.")
    f.append(Spacer(1, 1.5 * mm))
    f.append(Paragraph(
        "Thank you for the Board's report. We would be glad to discuss any of these conclusions with your "
        "investigators, and we will write again when we have further information.", S["body"]))
    f.append(Paragraph("Yours sincerely,<br/>Rhodri Tallis-Brook<br/>Head of Level Crossing Safety", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="RSR/LC/2025/118 Ashcombe Lane recommendations", author="Rail Safety Regulator")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="RIIB Report 07/2025 - Ashcombe Lane user worked crossing",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Rail Safety Regulator - RSR/LC/2025/118",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Wessmoor Rail Infrastructure should install miniature stop lights, or another",
         "reply_contains": "commissioned miniature stop lights at the crossing on 3 June 2025", "verdict": "agrees"},
        {"number": 2, "starts_with": "Wessmoor Rail Infrastructure should review the sighting distances at every",
         "reply_contains": "It has not reviewed the nine footpath crossings", "verdict": "partly"},
        {"number": 3, "starts_with": "Vale Coast Railways should revise its route learning material",
         "reply_contains": "issued revised route learning material for the branch in August 2025",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Wessmoor Rail Infrastructure should make sure that all telephone calls",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Wessmoor Rail Infrastructure should write each year to every authorised",
         "reply_contains": "it will consider an annual letter as part of its review",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Wessmoor Rail Infrastructure should impose a temporary speed restriction",
         "reply_contains": "considered a 50 mph restriction but decided not to impose it",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Rail Safety Regulator should update its guidance on user",
         "reply_contains": "includes a new table of crossing times for tractors", "verdict": "agrees"},
    ]
    unmatched = ["We have passed each one to the body named",
                 "glad to discuss any of these conclusions with your investigators"]
    notes = ("Advice: a railway accident investigation body's INVESTIGATION REPORT on a collision at a user worked "
             "crossing (the Railways (Accident Investigation and Reporting) Regulations 2005 named as context); every "
             "paragraph outside the recommendations NUMBERED 1-8; seven recommendations as blocks headed "
             "'Recommendation 1'-'Recommendation 7', "
             "each naming its addressee ('Wessmoor Rail Infrastructure should ...') and followed by an italic 'This "
             "recommendation addresses causal factor (a)'. Traps: key facts table; causal factors lettered (a)-(d); "
             "'Recommendation 3 of our report 11/2019 ... should review' quoted; the landowner's 'should be replaced "
             "by a bridge' and 'we do not recommend that the crossing be closed'; 'Learning point 1: authorised "
             "users must telephone'; 'Recommendations 1 and 6 as the most pressing'. Response: the safety "
             "REGULATOR's IMPLEMENTATION LETTER with bold headings 'Recommendation N (theme)' in another order "
             "(7, 1, 6, 2, 3, 5) and a 'Status:' line: introduction (nothing); 7 Implemented (agrees); 1 Implemented "
             "(agrees); 6 'decided not to impose it', 'Closed; not implemented' (disagrees: the regulator accepts "
             "the body's refusal); 2 vehicle crossings only, footpath crossings not reviewed, 'Implemented in part' "
             "(partly); 3 Implemented (agrees); 5 'will consider', 'We have noted its reply', 'Progressing' (noted); "
             "closing (nothing); 4 never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 113 (EN): an Australian state RECREATIONAL FISHING ADVISORY COMMITTEE's advice to the Director of Fisheries on
boat ramps, jetties and fishing information on the south-east coast, seven recommendations as a ROMAN-NUMERAL list
(i)-(vii) in two groups under SUB-HEADINGS, the list RUNNING ACROSS THE PAGE BREAK, answered by the Director's
E-MAIL (printed: From / Sent / To / Cc / Subject header block) that refers to the advice by ORDINALS ('your second
recommendation'), in another order, one paragraph covering two recommendations and one recommendation left out.
reportlab platypus, A4, cleaned DejaVu Sans Condensed (advice) and Liberation Sans (e-mail), invariant=1; ocean-blue
wave-rule letterhead, numbered QUESTIONS from the Director's request (not recommendations), a ramp table (lanes, launches, trailer bays),
bold-lead-in findings; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented;
the Disability Discrimination Act 1992 (Cth) is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind113en/bin/python tests/docs/src/blind113/gen_en_boat_ramps_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b113en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable

NAME = "blind113_en_boat_ramps"
pdfmetrics.registerFont(TTFont("DC", H.clean_font("DejaVuSansCondensed.ttf")))
pdfmetrics.registerFont(TTFont("DCB", H.clean_font("DejaVuSansCondensed-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DCI", H.clean_font("DejaVuSansCondensed-Oblique.ttf")))
addMapping("DC", 0, 0, "DC"); addMapping("DC", 1, 0, "DCB"); addMapping("DC", 0, 1, "DCI"); addMapping("DC", 1, 1, "DCB")
pdfmetrics.registerFont(TTFont("LA", H.clean_font("LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LAB", H.clean_font("LiberationSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("LAI", H.clean_font("LiberationSans-Italic.ttf")))
addMapping("LA", 0, 0, "LA"); addMapping("LA", 1, 0, "LAB"); addMapping("LA", 0, 1, "LAI"); addMapping("LA", 1, 1, "LAB")

OCEAN = colors.HexColor("#0b4f71")
SAND = colors.HexColor("#e9dcc0")
B = ParagraphStyle("b", fontName="DC", fontSize=9.8, leading=13, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="DCB", fontSize=16, leading=20, textColor=OCEAN, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DCB", fontSize=11.5, leading=15, textColor=OCEAN, spaceBefore=6, spaceAfter=4, keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="DCI", fontSize=10.5, leading=13.5, textColor=OCEAN, spaceBefore=1, spaceAfter=2, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.8, leading=11.5, textColor=colors.HexColor("#4a4a4a"))
ORG = ParagraphStyle("org", fontName="DCB", fontSize=13.5, leading=16, textColor=OCEAN)
Q = ParagraphStyle("q", parent=B, leftIndent=9 * mm, bulletIndent=3 * mm, spaceAfter=2)
ROM = ParagraphStyle("rom", parent=B, leftIndent=11 * mm, bulletIndent=1 * mm, spaceAfter=5)
TB = ParagraphStyle("tb", parent=B, fontSize=9, leading=11.4, spaceAfter=0)
P = lambda t, s=B: Paragraph(t, s)

E = ParagraphStyle("e", fontName="LA", fontSize=10.5, leading=14.2, spaceAfter=8)
EH = ParagraphStyle("eh", fontName="LA", fontSize=9.6, leading=12.6, spaceAfter=0)
ES = ParagraphStyle("es", parent=E, fontSize=8.8, leading=11.5, textColor=colors.HexColor("#555555"))
ETOP = ParagraphStyle("etop", fontName="LAB", fontSize=12.5, leading=16, spaceAfter=2)


def build(path, story, top=14):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm, topMargin=top * mm,
                            bottomMargin=18 * mm, invariant=1, title="", author="")
    doc.build(story)


def advice():
    ramps = Table([[P("<b>Ramp</b>", TB), P("<b>Lanes</b>", TB), P("<b>Launches, 26 Jan 2026</b>", TB),
                    P("<b>Trailer bays</b>", TB), P("<b>Lighting</b>", TB)],
                   ["Tallong Heads", "2", "187", "64", "yes"],
                   ["Coopers Inlet", "1", "96", "38", "no"],
                   ["Gannet Point", "1", "71", "30", "no"],
                   ["Mirrabook", "2", "118", "52", "yes"]
],
                  colWidths=[38 * mm, 16 * mm, 52 * mm, 26 * mm, 24 * mm])
    ramps.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DC"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("BACKGROUND", (0, 0), (-1, 0), SAND), ("ALIGN", (1, 1), (-2, -1), "RIGHT"),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.8, OCEAN), ("LINEBELOW", (0, -1), (-1, -1), 0.8, OCEAN),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s = [P("South-East Coast Recreational Fishing Advisory Committee", ORG),
         P("Advice to the Director, Fisheries and Aquaculture Branch, Department of Primary Industries and Marine Resources", SM),
         HRFlowable(width="100%", thickness=2.2, color=OCEAN, spaceBefore=3, spaceAfter=1),
         HRFlowable(width="100%", thickness=0.8, color=SAND, spaceBefore=0, spaceAfter=9),
         P("Access to the water: boat ramps, jetties and fishing information on the south-east coast", H1),
         P("Advice paper RFAC-SE 01/2026 &middot; 9 March 2026 &middot; Chair: Graham Pettigrew", SM),
         P("1. Why we have written", H2),
         P("On 4 September 2025 the Director asked the Committee (letter FAB/25/3312) to advise on the state of public "
           "boating and fishing access between Tallong Heads and Wattle Bay before the next round of the Boating "
           "Infrastructure Grants program. The letter put four questions to us:"),
         Paragraph("Which ramps are under the most pressure, and why?", Q, bulletText="1."),
         Paragraph("Are the facilities at ramps and jetties safe and usable for everyone, including anglers with a disability?", Q, bulletText="2."),
         Paragraph("How do recreational fishers find out about bag limits, size limits and closed areas?", Q, bulletText="3."),
         Paragraph("What would most improve compliance with the rules?", Q, bulletText="4."),
         Spacer(1, 4),
         P("2. What we found", H2),
         P("Members visited eleven ramps over the summer, counted launches on the Australia Day long weekend and "
           "surveyed 214 boaters and shore-based anglers. The busiest ramps are set out below."),
         ramps, Spacer(1, 5),
         P("<b>Queues and parking.</b> At Tallong Heads, boats queued for up to 50 minutes on peak mornings and "
           "trailers were parked along the highway verge. Several boaters said the ramp should never have been built "
           "facing the south-easterly swell."),
         P("<b>Launching in the dark.</b> Coopers Inlet and Gannet Point are used heavily before sunrise by people "
           "fishing for snapper and flathead, but neither has lighting. Two minor injuries were reported to the marine "
           "rescue unit in January."),
         P("<b>Cleaning fish.</b> Fish frames and bait are being left on ramps and in car parks, attracting gulls and, "
           "at Wattle Bay, a resident seal. Only three of the ten busiest ramps have a cleaning table."),
         P("<b>Access for everyone.</b> There is no fishing platform on the coast that a wheelchair user can use "
           "without help. The Disability Discrimination Act 1992 (Cth) provides that premises the public may use must "
           "not exclude people with a disability; we offer no view on how it applies to any jetty."),
         P("<b>Knowing the rules.</b> Most people we surveyed (71%) could not name the size limit for flathead. In its "
           "2019 advice the Committee recommended that &ldquo;the Department should publish bag and size limits at "
           "every ramp&rdquo;, and signs have since been installed at 31 of the 44 ramps on this coast, but many are "
           "faded and some show limits that changed in 2023."),
         P("Some members argued that launch fees should be charged at the busiest ramps. The Committee as a whole "
           "does not support launch fees, and we make no recommendation about them."),
         P("3. Our advice", H2),
         P("The Committee advises the Director as follows."),
         P("Boat ramps and facilities", H3),
         Paragraph("Upgrade the Tallong Heads boat ramp to three lanes with a floating pontoon before the 2026-27 summer season.", ROM, bulletText="(i)"),
         Paragraph("Install lighting at the Coopers Inlet and Gannet Point ramps so that boats can be launched and retrieved safely before dawn.", ROM, bulletText="(ii)"),
         Paragraph("Provide a fish-cleaning table with running water and a covered bin at each of the ten busiest ramps on the coast.", ROM, bulletText="(iii)"),
         Paragraph("Build an accessible fishing platform at Mirrabook jetty, so that anglers who use wheelchairs can fish from it independently.", ROM, bulletText="(iv)"),
         P("Information and compliance", H3),
         Paragraph("Replace the printed recreational fishing guide with a free mobile app showing bag limits, size limits and closed areas for the user's location.", ROM, bulletText="(v)"),
         Paragraph("Put a QR code on every bag-limit sign at a ramp, linking to the current rules for that area.", ROM, bulletText="(vi)"),
         Paragraph("Employ two seasonal fisheries officers on the south-east coast each summer, from December to March, to talk with people at ramps and jetties.", ROM, bulletText="(vii)"),
         P("4. Closing", H2),
         P("In the Committee's view items (i) and (v) are the most urgent. Members would welcome the chance to discuss "
           "this advice with the Director at the Committee's meeting on 21 May 2026."),
         Spacer(1, 4),
         P("Graham Pettigrew, Chair, South-East Coast Recreational Fishing Advisory Committee", SM),
         P("About the Committee", H2),
         P("The Committee has twelve members drawn from fishing clubs, charter operators, the Coastal Councils "
           "Association, the marine rescue units and Aboriginal sea country groups. Members serve without payment. "
           "This paper was agreed at our meeting of 26 February 2026.", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    hdr = Table([[P("<b>From:</b>", EH), P("Ahlgren, Kirsten (DPIMR) &lt;kirsten.ahlgren@dpimr.example.gov.au&gt;", EH)],
                 [P("<b>Sent:</b>", EH), P("Thursday, 30 April 2026 4:12 PM", EH)],
                 [P("<b>To:</b>", EH), P("Graham Pettigrew &lt;chair.rfac.se@example.org.au&gt;", EH)],
                 [P("<b>Cc:</b>", EH), P("RFAC Secretariat; Marcus Oyelaran (Manager, Recreational Fisheries)", EH)],
                 [P("<b>Subject:</b>", EH), P("RE: RFAC-SE advice paper 01/2026 - boat ramps and fishing information [SEC=OFFICIAL]", EH)]],
                colWidths=[20 * mm, 148 * mm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s = [P("Kirsten Ahlgren", ETOP),
         HRFlowable(width="100%", thickness=1.4, color=colors.black, spaceBefore=0, spaceAfter=5),
         hdr,
         HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#888888"), spaceBefore=5, spaceAfter=10),
         P("Dear Graham", E),
         P("Thank you for the Committee's advice paper of 9 March, and please pass on my thanks to members for the "
           "weekend they spent counting trailers at Tallong Heads. Our own ramp counters, installed at six sites last "
           "year, show the same pattern, and I have shared the paper with the Minister's office.", E),
         P("Round 7 of the Boating Infrastructure Grants program has $3.6 million available in 2026-27, and 18 "
           "applications from councils and port authorities are now being assessed. Some of what follows depends on "
           "that round, which closes in June.", E),
         P("On your second recommendation, I agree that launching in the dark at Coopers Inlet and Gannet Point is an "
           "accident waiting to happen. Solar lighting for both ramps has been added to our minor works program and "
           "will be operating by 30 September 2026, in time for the spring snapper run.", E),
         P("The fourth recommendation is one I am particularly pleased to support. We have allocated $240,000 for an "
           "accessible fishing platform at Mirrabook jetty. Design will start in July with the local council and an "
           "access consultant, and construction is planned for the winter of 2027, outside the main fishing season.", E),
         P("Your first recommendation, the upgrade of Tallong Heads, is the largest. A floating pontoon will be "
           "installed before Christmas 2026. A third lane, however, would mean extending the breakwater, and that "
           "cannot be funded from the current grants round; we will look at it again in the next ten-year boating "
           "infrastructure plan.", E),
         P("Your fifth and sixth recommendations are about how fishers find the rules, and I have taken them together. "
           "The Department will not be building a separate app of its own: the national fishing rules app already "
           "carries our limits, and maintaining a second app would take money away from compliance work on the water. "
           "The printed guide will continue, because many older fishers still rely on it. We will, however, add QR "
           "codes to the signs at all 44 ramps by 30 June 2026, each linked to the rules page for that area.", E),
         P("As for the third recommendation, the ramp reserves on this coast are managed by five councils, and cleaning "
           "tables, water and bins are their responsibility rather than the Department's. I have forwarded your advice "
           "to each of them and will raise it at the Coastal Infrastructure Forum in August; beyond that I am not in a "
           "position to commit to anything.", E),
         P("Separately, you may know that consultation on the proposed seasonal closure for snapper spawning opens on "
           "11 May. I would be grateful if members could encourage their clubs to make submissions.", E),
         P("Marcus and I will both come to the Committee's meeting on 21 May and would be glad to talk through any of "
           "this with members.", E),
         P("Kind regards", E),
         P("Kirsten<br/><br/><b>Dr Kirsten Ahlgren</b><br/>Director, Fisheries and Aquaculture Branch<br/>Department of "
           "Primary Industries and Marine Resources<br/>Level 4, 22 Customs Quay, Port Merrion", E),
         P("This email and any attachments may contain confidential information. If you have received it in error, "
           "please notify the sender and delete it.", ES)]
    build(H.out(NAME + "_response.pdf"), s, top=14)


def main():
    advice(); response()
    F = H.clean_font("DejaVuSansCondensed.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="South-East Coast Recreational Fishing Advisory Committee - Advice paper RFAC-SE 01/2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="RE: RFAC-SE advice paper 01/2026 - boat ramps and fishing information",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Upgrade the Tallong Heads boat ramp to three lanes with",
         "reply_contains": "that cannot be funded from the current grants round", "verdict": "partly"},
        {"number": 2, "starts_with": "Install lighting at the Coopers Inlet and Gannet Point ramps",
         "reply_contains": "Solar lighting for both ramps has been added", "verdict": "agrees"},
        {"number": 3, "starts_with": "Provide a fish-cleaning table with running water and a covered bin",
         "reply_contains": "beyond that I am not in a position to commit to anything", "verdict": "noted"},
        {"number": 4, "starts_with": "Build an accessible fishing platform at Mirrabook jetty, so that anglers",
         "reply_contains": "We have allocated $240,000 for an accessible fishing platform", "verdict": "agrees"},
        {"number": 5, "starts_with": "Replace the printed recreational fishing guide with a free mobile app",
         "reply_contains": "The Department will not be building a separate app of its own", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Put a QR code on every bag-limit sign at a ramp",
         "reply_contains": "add QR codes to the signs at all 44 ramps", "verdict": "agrees"},
        {"number": 7, "starts_with": "Employ two seasonal fisheries officers on the south-east coast each summer",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["please pass on my thanks to members for the weekend",
                 "Round 7 of the Boating Infrastructure Grants program has $3.6 million",
                 "consultation on the proposed seasonal closure for snapper spawning opens",
                 "Marcus and I will both come to the Committee's meeting"]
    notes = ("Advice: Australian state Recreational Fishing Advisory Committee paper RFAC-SE 01/2026 to the Director of "
             "Fisheries on boat ramps, jetties and fishing information; recs are a ROMAN-NUMERAL list (i)-(vii) of "
             "imperative sentences after 'The Committee advises the Director as follows.', in two groups under italic "
             "SUB-HEADINGS ('Boat ramps and facilities' (i)-(iv), 'Information and compliance' (v)-(vii)), the list "
             "running across the page break after (i); traps: the Director's four numbered QUESTIONS 1-4, ramp table (lanes, launches, trailer bays), "
             "bold-lead-in FINDINGS ('the ramp should never have been built facing the swell'), Disability "
             "Discrimination Act 1992 (Cth) 'must not exclude', the Committee's 2019 recommendation quoted ('the "
             "Department should publish bag and size limits at every ramp'), launch fees 'should be charged' but 'we "
             "make no recommendation', closing 'items (i) and (v) are the most urgent'. Response: the Director's "
             "E-MAIL (printed From/Sent/To/Cc/Subject block) replying by ORDINALS, order 2, 4, 1, 5+6, 3: solar "
             "lighting by 30 September 2026 (2 agrees); $240,000 accessible platform at Mirrabook (4 agrees); floating "
             "pontoon before Christmas but no third lane from this grants round (1 partly); ONE paragraph 'Your fifth "
             "and sixth recommendations' = no separate app, printed guide continues (5 disagrees) + QR codes on all "
             "44 ramp signs by 30 June 2026 (6 agrees); cleaning tables are the councils', forwarded, 'not in a "
             "position to commit' (3 noted); 7 (seasonal fisheries officers) unanswered; opening thanks, grants round 7 "
             "with $3.6 million and 18 applications, snapper closure consultation, meeting on 21 May (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

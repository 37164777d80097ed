"""Round 118 (EN): an Australian shire's COASTAL WATER SAFETY ADVISORY GROUP's OPTIONS APPRAISAL on beach patrol
services: eight numbered ISSUES, each with a context paragraph, a small table of lettered OPTIONS (a)-(c) with costs and
a shaded 'Group's recommendation' box holding one sentence; Issue 5 ends 'The Group makes no recommendation', so
recommendation N is not Issue N from 5 on. Answered by the council's BEACH SAFETY IMPLEMENTATION PLAN: a GANTT table
(Ref | Action | four quarters shaded | Lead | Notes) whose rows cite 'Issue N' among rows of the council's own, and a
section 'Matters not included in this plan' with paragraphs by issue; one recommendation never mentioned.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif with Sans tables (plan), invariant=1;
header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Work
Health and Safety Act 2011 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind118en/bin/python tests/docs/src/blind118/gen_en_beach_patrols_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b118en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind118_en_beach_patrols"
for fam, files in (("SE", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("SA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I"); addMapping(fam, 1, 1, fam + "B")

SEA = colors.HexColor("#0b5563")
SAND = colors.HexColor("#f3e6c4")
PALE = colors.HexColor("#e3f0f2")
BAR = colors.HexColor("#2a8c9c")
B = ParagraphStyle("b", fontName="SA", fontSize=9.8, leading=13.4, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="SAB", fontSize=17, leading=21, textColor=SEA, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="SAB", fontSize=12, leading=15, textColor=SEA, spaceBefore=8, spaceAfter=4,
                    keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="SAB", fontSize=10.4, leading=13.5, textColor=colors.black, spaceBefore=6,
                    spaceAfter=3, keepWithNext=1)
NUM = ParagraphStyle("num", parent=B, leftIndent=6 * mm, bulletIndent=0, spaceAfter=2)
T = ParagraphStyle("t", fontName="SA", fontSize=8.6, leading=11)
TB = ParagraphStyle("tb", parent=T, fontName="SAB")
REC = ParagraphStyle("rec", fontName="SAB", fontSize=9.8, leading=13.2)
SM = ParagraphStyle("sm", fontName="SA", fontSize=8.2, leading=10.8, textColor=colors.HexColor("#444444"))
P = lambda t, s=B: Paragraph(t, s)


def build(path, story, size=A4, lm=20, top=16):
    doc = SimpleDocTemplate(path, pagesize=size, leftMargin=lm * mm, rightMargin=lm * mm, topMargin=top * mm,
                            bottomMargin=18 * mm, invariant=1, title="", author="")
    doc.build(story)


ISSUES = [
    ("Patrol season at Kooringa Point",
     "Kooringa Point is the busiest beach in the shire. Paid lifeguards patrol it on weekends and school holidays "
     "from October to March; volunteers from the surf life saving club patrol on Sundays. Crowds now arrive from the "
     "September school holidays and stay until Easter.",
     [("(a)", "Keep the current season", "nil"), ("(b)", "Seven days a week, September school holidays to end of "
      "April", "$148,000"), ("(c)", "Year-round patrols", "$395,000")],
     "Extend paid lifeguard patrols at Kooringa Point to seven days a week from the September school holidays to the "
     "end of April (option b)."),
    ("Unpatrolled beaches at Whalers Cove and Sandy Hollow",
     "Neither beach is patrolled, yet both fill up on hot weekends. Three of the five rescues at unpatrolled beaches "
     "last season were at Whalers Cove.",
     [("(a)", "Warning signs only", "$6,000"), ("(b)", "Roving jet ski patrol, weekends and public holidays",
      "$92,000"), ("(c)", "Fixed lifeguard tower at each beach", "$310,000")],
     "Introduce a roving jet ski patrol covering Whalers Cove and Sandy Hollow on weekends and public holidays "
     "(option b)."),
    ("Rip current awareness",
     "Most people rescued last season were visitors, and one in three was from overseas. Signs alone do not reach "
     "people who do not read English or who arrive at dusk.",
     [("(a)", "More signs", "$9,000"), ("(b)", "Leaflets at the visitor centre", "$4,000"), ("(c)", "Talks and "
      "short videos in holiday parks, run with the clubs", "$38,000")],
     "Fund a rip current awareness program for international visitors and holiday park guests, delivered with the "
     "surf life saving clubs (option c)."),
    ("Access for people with disability",
     "There is no beach access mat anywhere in the shire. Families told us they drive to the next shire so that a "
     "relative in a wheelchair can reach the water.",
     [("(a)", "No change", "nil"), ("(b)", "Access mat and two beach wheelchairs at two beaches", "$64,000"),
      ("(c)", "Access mats at every patrolled beach", "$180,000")],
     "Install a beach access mat and provide two beach wheelchairs at Kooringa Point and at Main Beach North "
     "(option b)."),
    ("Dogs on beaches",
     "Members raised the dog exercise area that ends 150 metres from the flags at Main Beach North. We looked at "
     "moving the boundary, timed access and a full ban on the patrolled section.",
     [("(a)", "Move the boundary", "$3,000"), ("(b)", "Timed access, before 9 am and after 5 pm", "$2,000"),
      ("(c)", "Ban dogs from the patrolled section", "$2,000")],
     None),
    ("Sandy Hollow first aid room",
     "The Sandy Hollow Surf Life Saving Club treats more than 400 people a season in a first aid room built in 1974. "
     "It has no running hot water and floods in big seas.",
     [("(a)", "Leave it to the club's own fundraising", "nil"), ("(b)", "Council contribution", "$250,000"),
      ("(c)", "Council rebuilds the whole clubhouse", "$2.9 million")],
     "Contribute $250,000 towards the replacement of the Sandy Hollow club's first aid room in 2026-27 (option b)."),
    ("Emergency call beacons",
     "Beacons that connect directly to the lifeguard service are now installed at four of the six unpatrolled "
     "beaches.",
     [("(a)", "Leave the last two beaches until 2028", "nil"), ("(b)", "Install both before the coming season",
      "$46,000")],
     "Complete the installation of emergency call beacons at Turtle Rocks and Bellbird Beach before the 2026-27 "
     "season (option b)."),
    ("Reporting to the Group",
     "The Group currently learns about incidents from the clubs, not from the Council, and has no figures for the "
     "beaches that are not patrolled.",
     [("(a)", "No change", "nil"), ("(b)", "A season report to the Group each May", "staff time")],
     "Report to the Group at the end of each season on rescues, drownings and patrol hours at every beach "
     "(option b)."),
]


def advice():
    mast = Table([[P("<font color='white'><b>Kooringa Coast Shire Council</b><br/>Coastal Water Safety Advisory "
                     "Group</font>", ParagraphStyle("m", fontName="SA", fontSize=12, leading=16)),
                   P("<font color='#0b5563'>CWSAG Advice 2026/01<br/>12 February 2026</font>",
                     ParagraphStyle("m2", fontName="SA", fontSize=9, leading=12, alignment=2))]],
                 colWidths=[112 * mm, 58 * mm])
    mast.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), SEA), ("BACKGROUND", (1, 0), (1, 0), SAND),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 7),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    s = [mast, Spacer(1, 5 * mm), P("Beach patrol services: options for the 2026-27 season", H1),
         P("Advice to Council under clause 4 of the Group's terms of reference", SM), Spacer(1, 3 * mm)]
    s += [P("Purpose", H2),
          P("Council asked the Group in November 2025 to appraise the options for beach patrol services before it "
            "sets the 2026-27 budget. The Group met four times, walked all eleven beaches between Turtle Rocks and "
            "Bellbird Beach, and heard from the three surf life saving clubs, the lifeguard contractor and the "
            "holiday park operators. This paper sets out eight issues, the options we considered for each and, "
            "where we reached one, the option we recommend."),
          P("How we assessed the options", H2),
          P("Each option was scored against four tests, in this order:")]
    for i, t in enumerate(["Would it reduce the risk of drowning or serious injury?",
                           "Can it be staffed with the lifeguards and volunteers available?",
                           "What would it cost each year, and who would pay?",
                           "Is it fair to residents and visitors in every part of the shire?"], 1):
        s.append(Paragraph(t, NUM, bulletText=f"{i}."))
    s += [Spacer(1, 2 * mm)]
    fig = [[P("Season 2024-25", TB), P("Patrolled beaches", TB), P("Unpatrolled beaches", TB)],
           [P("Rescues", T), P("61", T), P("5", T)], [P("Preventive actions", T), P("2,340", T), P("n/a", T)],
           [P("First aid treatments", T), P("1,118", T), P("n/a", T)], [P("Drownings", T), P("0", T), P("1", T)]]
    ft = Table(fig, colWidths=[60 * mm, 45 * mm, 45 * mm], hAlign="LEFT")
    ft.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb9be")),
                            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [ft, Spacer(1, 3 * mm),
          P("Council's duties do not depend on this advice. Under the Work Health and Safety Act 2011 a person "
            "conducting a business or undertaking must ensure, so far as is reasonably practicable, the health and "
            "safety of workers and others; that duty already covers the lifeguards Council employs through its "
            "contractor."),
          P("In our 2024 advice we said that \"the Council should install emergency beacons at all unpatrolled "
            "beaches\". Council accepted that advice, and the work is well advanced (see Issue 7)."),
          P("Issues and options", H2)]
    for n, (title, ctx, opts, rec) in enumerate(ISSUES, 1):
        block = [P(f"Issue {n}: {title}", H3), P(ctx)]
        rows = [[P("Option", TB), P("Description", TB), P("Indicative cost a year", TB)]]
        rows += [[P(a, T), P(b, T), P(c, T)] for a, b, c in opts]
        ot = Table(rows, colWidths=[16 * mm, 104 * mm, 38 * mm], hAlign="LEFT")
        ot.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, SEA), ("LINEBELOW", (0, 1), (-1, -1), 0.3,
                                colors.HexColor("#c8d6d9")), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        block += [ot, Spacer(1, 2 * mm)]
        if rec:
            bx = Table([[P("<font color='#0b5563'>Group's recommendation</font>", ParagraphStyle("l", fontName="SAB",
                          fontSize=8.4, leading=11))], [P(rec, REC)]], colWidths=[170 * mm])
        else:
            bx = Table([[P("<font color='#0b5563'>Group's view</font>", ParagraphStyle("l", fontName="SAB",
                          fontSize=8.4, leading=11))],
                        [P("The Group makes no recommendation on this issue. Dogs on beaches are being looked at in "
                           "Council's Companion Animals Review, and members were divided.", B)]],
                       colWidths=[170 * mm])
        bx.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LINEBEFORE", (0, 0), (0, -1), 3, SEA),
                                ("LEFTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        block += [bx, Spacer(1, 2 * mm)]
        s.append(KeepTogether(block))
    s += [P("Next steps", H2),
          P("The patrol season begins on 26 September 2026. We ask Council to decide on Issues 1, 2 and 7 before the "
            "budget is adopted in June, because contracts for those must be signed by the end of July."),
          P("Kerrie Blaxland<br/>Chair, Coastal Water Safety Advisory Group"),
          P("Members: three surf life saving club presidents, the lifeguard contractor's regional supervisor, two "
            "holiday park operators, two community members and two councillors (non-voting).", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    R = ParagraphStyle("r", fontName="SE", fontSize=10.6, leading=14.2, spaceAfter=6)
    RH = ParagraphStyle("rh", fontName="SAB", fontSize=12, leading=15, textColor=SEA, spaceBefore=8, spaceAfter=4,
                        keepWithNext=1)
    RS = ParagraphStyle("rs", fontName="SAB", fontSize=10.4, leading=13.5, spaceBefore=4, spaceAfter=2,
                        keepWithNext=1)
    s = [P("<font color='#0b5563'>KOORINGA COAST SHIRE COUNCIL</font>", ParagraphStyle("k", fontName="SAB",
           fontSize=10, leading=13)),
         P("Beach Safety Implementation Plan 2026-27", ParagraphStyle("t1", fontName="SAB", fontSize=18, leading=22,
           spaceBefore=3, spaceAfter=3)),
         P("Council's response to CWSAG Advice 2026/01. Adopted at the Ordinary Meeting of 24 March 2026 "
           "(Resolution 2026/071). Document BS-PLAN-2627, version 1.0.", SM), Spacer(1, 3 * mm),
         P("About this plan", RH),
         P("This plan sets out what Council will do on its beaches between July 2026 and June 2027. It brings "
           "together Council's own program of works and its decisions on the advice of the Coastal Water Safety "
           "Advisory Group, and it replaces the 2025-26 plan.", R),
         P("The beach safety budget for 2026-27 is $1.46 million, an increase of 9 per cent on this year. Of this, "
           "$1.02 million is the lifeguard contract and $0.44 million is capital works and programs.", R),
         P("Schedule of actions", RH),
         P("Shaded quarters show when each action will be delivered. 'Issue' references are to the Group's "
           "advice; 'BS' references are Council's own continuing actions.", SM), Spacer(1, 2 * mm)]
    C = ParagraphStyle("c", fontName="SA", fontSize=8.2, leading=10.4)
    CB = ParagraphStyle("cb", parent=C, fontName="SAB", textColor=colors.white)
    rows = [
        ("Issue 1", "Seven-day lifeguard service at Kooringa Point, 26 September 2026 to 30 April 2027",
         (0, 1, 1, 1), "Coastal Services",
         "Contract variation with the lifeguard provider to be signed in June. Agreed in full."),
        ("Issue 2", "Roving jet ski patrol, Whalers Cove and Sandy Hollow: public holidays and January weekends",
         (0, 1, 1, 0), "Coastal Services",
         "The budget does not stretch to every weekend of the season; weekends outside January will be reviewed for "
         "2027-28."),
        ("Issue 3", "Rip current talks and short videos in the four holiday parks, in English, Mandarin and Hindi",
         (0, 1, 1, 0), "Community Safety",
         "$38,000 allocated; sessions run by the three clubs under a service agreement."),
        ("Issue 7", "Emergency call beacons installed at Turtle Rocks and Bellbird Beach", (1, 0, 0, 0),
         "Assets", "Both beacons ordered in March; live before the first patrol day."),
        ("BS-2", "Annual audit of beach warning signs", (1, 0, 0, 0), "Assets", "Continuing action."),
        ("BS-4", "Lifeguard contract renewal (current contract ends June 2027)", (0, 0, 1, 1), "Procurement",
         "Tender to be advertised in January 2027."),
    ]
    head = [P("<font color='white'>Ref</font>", CB), P("<font color='white'>Action</font>", CB)] + \
           [P(f"<font color='white'>{q}</font>", CB) for q in ("Jul-Sep<br/>2026", "Oct-Dec<br/>2026",
                                                               "Jan-Mar<br/>2027", "Apr-Jun<br/>2027")] + \
           [P("<font color='white'>Lead</font>", CB), P("<font color='white'>Notes</font>", CB)]
    data = [head]
    st = [("BACKGROUND", (0, 0), (-1, 0), SEA), ("GRID", (0, 0), (-1, -1), 0.35, colors.HexColor("#9fb9be")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("LEFTPADDING", (0, 0), (-1, -1), 3),
          ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r, (ref, act, qs, lead, note) in enumerate(rows, 1):
        data.append([P(ref, C), P(act, C), "", "", "", "", P(lead, C), P(note, C)])
        for q, on in enumerate(qs):
            if on:
                st.append(("BACKGROUND", (2 + q, r), (2 + q, r), BAR))
    gt = Table(data, colWidths=[14 * mm, 46 * mm, 15 * mm, 15 * mm, 15 * mm, 15 * mm, 20 * mm, 34 * mm],
               repeatRows=1)
    gt.setStyle(TableStyle(st))
    s += [gt, Spacer(1, 4 * mm),
          P("Matters not included in this plan", RH),
          P("Issue 4: beach access", RS),
          P("Council recognises the case for access mats and beach wheelchairs. The options will be considered in "
            "the Coastal Management Program review, which is due to report in 2027, alongside the work needed to "
            "stabilise the dune at Main Beach North. No decision has been made, and no funds have been set aside "
            "in 2026-27.", R),
          P("Issue 5: dogs on beaches", RS),
          P("The Group made no recommendation on dogs. The Companion Animals Review will report to Council in May "
            "2026 and any change to the dog exercise areas will follow its own consultation.", R),
          P("Issue 6: Sandy Hollow first aid room", RS),
          P("Council has decided not to contribute to the replacement of the first aid room. The clubhouse stands "
            "on Crown land held by the club under its own lease, and Council's capital program for 2026-27 is fully "
            "committed. Officers will help the club to apply to the state's Surf Club Facilities Program.", R),
          P("Monitoring and review", RH),
          P("The Director Community and Coastal Services will report progress on this plan to Council in the "
            "quarterly operational report. The plan will be reviewed in February 2027, before the 2027-28 budget "
            "is drafted.", R),
          P("Enquiries: Coastal Services, telephone 02 6500 4471, coastal@kooringa.example.gov.au", SM)]
    build(H.out(NAME + "_response.pdf"), s, lm=18)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="CWSAG Advice 2026/01 - Beach patrol services: options for 2026-27",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kooringa Coast Shire Council - Beach Safety Implementation Plan "
            "2026-27", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Extend paid lifeguard patrols at Kooringa Point to seven days",
         "reply_contains": "Seven-day lifeguard service at Kooringa Point, 26 September 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "Introduce a roving jet ski patrol covering Whalers Cove and",
         "reply_contains": "The budget does not stretch to every weekend", "verdict": "partly"},
        {"number": 3, "starts_with": "Fund a rip current awareness program for international visitors",
         "reply_contains": "sessions run by the three clubs under a service agreement", "verdict": "agrees"},
        {"number": 4, "starts_with": "Install a beach access mat and provide two beach wheelchairs",
         "reply_contains": "will be considered in the Coastal Management Program review", "verdict": "noted"},
        {"number": 5, "starts_with": "Contribute $250,000 towards the replacement of the Sandy Hollow",
         "reply_contains": "Council has decided not to contribute to the replacement", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Complete the installation of emergency call beacons at Turtle Rocks",
         "reply_contains": "Both beacons ordered in March; live before the first patrol day",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Report to the Group at the end of each season",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["brings together Council's own program of works",
                 "an increase of 9 per cent on this year",
                 "Annual audit of beach warning signs",
                 "Tender to be advertised in January 2027",
                 "The Companion Animals Review will report to Council in May",
                 "will report progress on this plan to Council in the quarterly operational report"]
    notes = ("Advice: Australian shire COASTAL WATER SAFETY ADVISORY GROUP's OPTIONS APPRAISAL (CWSAG Advice 2026/01); "
             "eight numbered ISSUES, each a context paragraph, a table of lettered OPTIONS (a)-(c) with costs and a "
             "shaded 'Group's recommendation' box with one imperative sentence ending '(option b)'; Issue 5 (dogs) "
             "has a 'Group's view' box 'The Group makes no recommendation on this issue', so recommendation 5 is "
             "Issue 6, 6 is Issue 7 and 7 is Issue 8. Traps: the four numbered assessment tests 1.-4., a 2024-25 "
             "figures table, the Work Health and Safety Act 2011 'must ensure, so far as is reasonably "
             "practicable', the 2024 advice quoted ('the Council should install emergency beacons at all "
             "unpatrolled beaches', accepted), the options tables themselves, closing 'decide on Issues 1, 2 and 7 "
             "before the budget'. Response: BEACH SAFETY IMPLEMENTATION PLAN, a GANTT table (Ref | Action | four "
             "shaded quarters | Lead | Notes) with rows 'Issue 1', 'Issue 2', 'Issue 3', 'Issue 7' and Council's own "
             "rows BS-2 and BS-4, then 'Matters not included in this plan' with sub-headings 'Issue 4', 'Issue 5', "
             "'Issue 6'. Verdicts: 1 seven-day service from 26 September 2026, 'Agreed in full' (agrees); 2 jet ski "
             "patrol only on public holidays and January weekends, 'The budget does not stretch to every weekend' "
             "(partly); 3 talks and videos in holiday parks, $38,000 (agrees); 4 (Issue 4) 'will be considered in the "
             "Coastal Management Program review', no decision, no funds (noted); 5 (Issue 6) 'Council has decided "
             "not to contribute' (disagrees); 6 (Issue 7) beacons ordered, live before the first patrol day "
             "(agrees); 7 (Issue 8, season report to the Group) never mentioned (unanswered). 'About this plan', the "
             "budget figures, rows BS-2 and BS-4, the Issue 5 paragraph (no recommendation), 'Monitoring and "
             "review' and the enquiries line answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 114 (EN): a Scottish island FERRY USERS' GROUP's annual review of its ferry service, seven recommendations as
the ROWS OF A TABLE (No. / Recommendation / To / By when) that RUNS ACROSS THE PAGE BREAK, answered by the ferry
operator's Managing Director in a LETTER ARRANGED BY THEME under bold sub-headings with NO recommendation numbers, in
another order, one paragraph covering two recommendations and one recommendation left out.
reportlab platypus, A4, cleaned Liberation Serif (advice, Liberation Sans Narrow in the tables) and Liberation Sans
(letter), invariant=1; teal letterhead with a wave-grey rule, 'The year in figures' table (not recommendations), the
Group's numbered terms of reference and numbered findings 'What users told us' (not recommendations); header and
'Page N of M' stamped from page 2. All bodies, people, places, vessels and figures invented; the Equality Act 2010
is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind114en/bin/python tests/docs/src/blind114/gen_en_ferry_users_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b114en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, HRFlowable

NAME = "blind114_en_ferry_users"
for fam, files in (("LSe", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("LN", ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf", "LiberationSansNarrow-Italic.ttf")),
                   ("LA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I"); addMapping(fam, 1, 1, fam + "B")

TEAL = colors.HexColor("#0f5c5c")
MIST = colors.HexColor("#dfe9e8")
GREY = colors.HexColor("#8a9a9a")
B = ParagraphStyle("b", fontName="LSe", fontSize=10.8, leading=14.2, spaceAfter=5.5)
ORG = ParagraphStyle("org", fontName="LSeB", fontSize=17, leading=21, textColor=TEAL)
H1 = ParagraphStyle("h1", fontName="LSeB", fontSize=14, leading=18, spaceAfter=3)
H2 = ParagraphStyle("h2", fontName="LSeB", fontSize=12, leading=15.5, textColor=TEAL, spaceBefore=7, spaceAfter=4, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=9.2, leading=12, textColor=colors.HexColor("#444444"))
NUM = ParagraphStyle("num", parent=B, leftIndent=8 * mm, bulletIndent=2 * mm, spaceAfter=3)
TN = ParagraphStyle("tn", fontName="LN", fontSize=9.6, leading=12, spaceAfter=0)
TNB = ParagraphStyle("tnb", parent=TN, fontName="LNB", textColor=colors.white)
P = lambda t, s=B: Paragraph(t, s)

E = ParagraphStyle("e", fontName="LA", fontSize=10.2, leading=14, spaceAfter=7.5)
EB = ParagraphStyle("eb", parent=E, fontName="LAB", spaceBefore=3, spaceAfter=2.5, keepWithNext=1)
ES = ParagraphStyle("es", parent=E, fontSize=8.6, leading=11, textColor=colors.HexColor("#555555"), spaceAfter=2)
ETOP = ParagraphStyle("etop", fontName="LAB", fontSize=15, leading=18, textColor=TEAL)


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=16 * mm,
                            bottomMargin=19 * mm, invariant=1, title="", author="")
    doc.build(story)


def advice():
    fig = Table([[P("<b></b>", TN), P("<b>2024</b>", TN), P("<b>2025</b>", TN)],
                 ["Scheduled sailings", "4,356", "4,380"],
                 ["Sailings cancelled", "241", "312"],
                 ["   of which weather", "139", "158"],
                 ["   of which technical", "88", "141"],
                 ["   of which crew shortage", "14", "13"],
                 ["Sailings more than 10 minutes late", "402", "517"],
                 ["Vehicles carried", "61,870", "63,204"],
                 ["Passengers carried", "211,400", "219,950"]],
                colWidths=[70 * mm, 25 * mm, 25 * mm], hAlign="LEFT")
    fig.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "LN"), ("FONTSIZE", (0, 0), (-1, -1), 9.6),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 0.9, TEAL),
                             ("LINEBELOW", (0, -1), (-1, -1), 0.9, TEAL), ("BACKGROUND", (0, 2), (-1, 2), MIST),
                             ("TOPPADDING", (0, 0), (-1, -1), 1.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6)]))
    rows = [("1", "Hold back at least 20 per cent of the car deck on every summer sailing for island residents and "
                  "island businesses until 48 hours before departure.", "Operator", "Summer 2026"),
            ("2", "Add a late return sailing on Fridays and Saturdays from May to September, leaving Port Aileach no "
                  "earlier than 21:30.", "Operator", "May 2026"),
            ("3", "Issue a disruption forecast by 16:00 on the day before any sailing that is at risk from the weather, "
                  "and send it by text message to everyone registered for alerts.", "Operator", "April 2026"),
            ("4", "Replace the passenger gangway at Cairnsay pier with one that wheelchair users can use safely at "
                  "every state of the tide.", "Operator and Council", "2027"),
            ("5", "Restore the Port Aileach ticket office to its former opening hours, so that it is staffed for the "
                  "first and last sailings of the day.", "Operator", "April 2026"),
            ("6", "Open bookings for island hauliers and delivery firms fourteen days before bookings open to the "
                  "public.", "Operator", "Summer 2026"),
            ("7", "Agree a joint plan with the Council and NHS Strathlorn so that islanders with hospital appointments "
                  "on the mainland can still travel when sailings are cut.", "Operator, Council and NHS Strathlorn", "End of 2026")]
    data = [[P("No.", TNB), P("Recommendation", TNB), P("To", TNB), P("By when", TNB)]]
    data += [[P(f"<b>{n}</b>", TN), P(t, TN), P(w, TN), P(d, TN)] for n, t, w, d in rows]
    rec = Table(data, colWidths=[11 * mm, 99 * mm, 33 * mm, 23 * mm], repeatRows=1)
    rec.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LINEBELOW", (0, 1), (-1, -1), 0.5, GREY), ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, MIST]),
                             ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s = [P("Cairnsay Ferry Users' Group", ORG),
         P("Representing island residents, businesses and visitors on the Port Aileach &ndash; Cairnsay route", SM),
         HRFlowable(width="100%", thickness=2.4, color=TEAL, spaceBefore=4, spaceAfter=1.2),
         HRFlowable(width="100%", thickness=0.7, color=GREY, spaceBefore=0, spaceAfter=10),
         P("Annual review of the Port Aileach &ndash; Cairnsay ferry service, 2025", H1),
         P("Ref. CFUG/AR/2025 &middot; Agreed at the Group's meeting of 14 January 2026 &middot; Convener: Morag "
           "Lindsay-Cowie", SM),
         P("To: the Managing Director, Sound of Cairnsay Ferries Ltd. Copied to the Transport Committee of Strathlorn "
           "Council and to the Islands Transport Partnership.", SM),
         P("1. Introduction", H2),
         P("The Cairnsay Ferry Users' Group was set up in 2017 to give island residents, businesses and visitors a voice "
           "on the ferry service between Port Aileach and Cairnsay. We are a voluntary group of eleven members and we "
           "meet the operator every quarter. This is our eighth annual review. It covers the calendar year 2025 and "
           "draws on the operator's own figures, on a survey of 388 island residents carried out in October and "
           "November, and on diaries kept by members who travelled on 146 sailings."),
         P("The survey was sent to every household on the island and answered by 388 of roughly 540 adult "
           "residents. We also spoke to the island's two hauliers, the shop, the distillery, the school and the GP "
           "practice, and we held an open meeting in the village hall on 22 November that was attended by 73 people. "
           "We are grateful to everyone who took part, and to the operator's staff, who answered our questions "
           "promptly throughout the year."),
         P("Our terms of reference ask us to do three things:"),
         Paragraph("to represent the views of ferry users to the operator and to the Council;", NUM, bulletText="1."),
         Paragraph("to monitor the reliability, punctuality and quality of the service; and", NUM, bulletText="2."),
         Paragraph("to advise on timetables, fares and facilities at both terminals.", NUM, bulletText="3."),
         P("2. The year in figures", H2),
         P("The figures below are taken from the operator's quarterly returns. Reliability fell from 94.5 per cent in "
           "2024 to 92.9 per cent in 2025, mainly because of technical faults on the MV Sgarbh in the summer."),
         fig, Spacer(1, 6),
         P("The MV Eilean Ban ran 96.1 per cent of her scheduled sailings and the MV Sgarbh 89.4 per cent. Weather "
           "cancellations were concentrated in January, February and December, when south-westerly gales closed the "
           "Cairnsay pier on 19 days. Passenger numbers rose by 4 per cent, helped by the new music festival in "
           "August, while vehicle numbers rose by 2 per cent."),
         P("3. What users told us", H2),
         Paragraph("<b>Summer bookings.</b> Between June and August, 64 per cent of residents who tried to book a car on "
                   "a sailing within a week could not get a space. Several told us that the company should have kept "
                   "back space for islanders, as it did before online booking began.", NUM, bulletText="1."),
         Paragraph("<b>Evenings.</b> The last sailing from Port Aileach leaves at 18:10. Islanders who work, study or go "
                   "to an evening event on the mainland cannot get home the same day, and visitors cannot come over for "
                   "an evening meal or a concert.", NUM, bulletText="2."),
         Paragraph("<b>Disruption.</b> When sailings were cancelled, 58 per cent of respondents heard about it less than "
                   "two hours before departure, often from a neighbour rather than from the operator.", NUM, bulletText="3."),
         Paragraph("<b>Access at Cairnsay pier.</b> The gangway at Cairnsay is too steep for a wheelchair at low water on "
                   "spring tides. On eleven days in 2025 a wheelchair user could not board without being carried.", NUM, bulletText="4."),
         Paragraph("<b>Ticket office.</b> Since April 2025 the ticket office at Port Aileach has opened from 09:00 to "
                   "16:00 only. Passengers on the 07:05 and 18:10 sailings, many of them older islanders, have nowhere "
                   "to buy a ticket or to ask for help.", NUM, bulletText="5."),
         Paragraph("<b>Hospital appointments.</b> NHS Strathlorn told us that 1,120 outpatient journeys from Cairnsay "
                   "were booked in 2025 and that at least 37 appointments were missed because a sailing was cancelled. "
                   "Patients are often told of a cancellation too late to rearrange the appointment.", NUM, bulletText="6."),
         P("Under the Equality Act 2010 a service provider must make reasonable adjustments for disabled people. We "
           "offer no view on whether that duty has been met at Cairnsay; we simply record what our members saw."),
         P("Our 2023 review recommended that &ldquo;the operator should publish the winter timetable by 1 September "
           "each year&rdquo;. We are pleased to report that this was done in both 2024 and 2025, and we do not repeat "
           "it here. Some members would also like fares for island residents to be cut further. Fares are set by the "
           "Council under its concessionary fares scheme, and we make no recommendation on them this year."),
         P("4. Progress since our last review", H2),
         P("Several things have improved since our 2024 review. The new waiting room at Port Aileach opened in June, "
           "with seating for 60 and a changing place toilet. Card payment on board now works on both vessels, and "
           "the operator's website shows the position of each vessel in real time. The operator also trialled a "
           "residents' priority queue at the marshalling area during the Cairnsay Games weekend, which members found "
           "worked well."),
         P("Other matters have not moved. The long-promised shelter at the Cairnsay slipway has still not been built, "
           "and the car park at Port Aileach is full by mid-morning on most summer days, so that foot passengers are "
           "parking on the verge of the main road. We understand both are for the Council rather than the operator, "
           "and we have raised them separately with the Council's roads department."),
         P("Punctuality also remains a concern. Members' diaries recorded a late departure on 31 of the 146 sailings "
           "they used, most often the 07:05 from Cairnsay, which waits for the school minibus, and the 16:20 from Port "
           "Aileach, which waits for the bus from the city. We have discussed this with the operator and do not make "
           "a separate recommendation about it."),
         P("5. Recommendations", H2),
         P("The Group recommends the following to the operator and, where shown, to Strathlorn Council and NHS "
           "Strathlorn."),
         rec, Spacer(1, 6),
         P("6. Next steps", H2),
         P("We ask the operator to reply to recommendations 1, 3 and 5 before the 2026 summer timetable is finalised in "
           "March, and to the others by the end of April. We thank the masters and crews of the MV Eilean Ban and the MV "
           "Sgarbh for their patience with our members' questions during the year."),
         Spacer(1, 4),
         P("Morag Lindsay-Cowie, Convener, on behalf of the Cairnsay Ferry Users' Group", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    top = Table([[P("Sound of Cairnsay Ferries Ltd", ETOP),
                  P("The Ferry Office<br/>Harbour Road<br/>Port Aileach", ParagraphStyle("ad", parent=ES, alignment=2))]],
                colWidths=[110 * mm, 56 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s = [top,
         HRFlowable(width="100%", thickness=1.6, color=TEAL, spaceBefore=4, spaceAfter=12),
         P("Ms Morag Lindsay-Cowie<br/>Convener, Cairnsay Ferry Users' Group<br/>The Old Schoolhouse<br/>Cairnsay", E),
         P("Our ref: SCF/MD/26/019<br/>6 March 2026", E),
         P("Dear Ms Lindsay-Cowie", E),
         P("<b>Annual review of the ferry service, 2025</b>", E),
         P("Thank you for the Group's annual review, which our board discussed at its meeting on 24 February. It is a "
           "fair account of a difficult year, and the crews were glad of your thanks. I have set out our response by "
           "subject rather than item by item, as several of your points are connected.", E),
         P("One point of detail on the figures. Your table records 312 cancellations; our own count is 298, because we "
           "treat fourteen sailings that ran late in the evening to clear a backlog as replacements rather than "
           "cancellations. Most of the technical losses followed the failure of the MV Sgarbh's port engine in July, "
           "which kept her out of service for 23 days.", E),
         P("Timetable", EB),
         P("We have listened on evenings. From 22 May until 26 September 2026 there will be an additional sailing on "
           "Fridays and Saturdays, leaving Port Aileach at 21:45 and returning from Cairnsay at 22:30. Crew hours allow "
           "this within our existing arrangements, and we will review the loadings at the end of the season.", E),
         P("Bookings", EB),
         P("We accept that islanders have found it harder to travel at short notice since the booking system changed. "
           "We are not able to hold back a fifth of the car deck on every sailing, as that would turn visitors away on "
           "the very sailings the island's businesses depend on. What we will do this summer is keep 10 per cent of "
           "the deck on the three busiest sailings each day for residents until 48 hours before departure, after which "
           "any unused space will be released. Commercial customers, including hauliers and delivery firms, will be "
           "able to book from 1 March each year, two weeks ahead of everyone else, starting this season.", E),
         P("Information during disruption", EB),
         P("Your point about disruption is well made and matches the complaints we receive. From 1 April 2026 our duty "
           "manager will issue an amber alert by 16:00 the day before whenever the forecast puts a sailing in doubt, by "
           "text message and e-mail as well as on our website. Around 1,900 people have already registered for alerts, "
           "and we will promote the service on board.", E),
         P("The terminals", EB),
         P("We have looked again at the ticket office at Port Aileach. More than 80 per cent of tickets are now bought "
           "online or on board, and the office will stay open from 09:00 to 16:00. We are not going to restore the "
           "early and late shifts. The purser on the 07:05 and 18:10 sailings can sell any ticket, including "
           "concessions, and we have installed a help point with a free telephone to our office at the waiting room "
           "door.", E),
         P("The gangway at Cairnsay belongs to Strathlorn Council as harbour authority, not to the company. We have "
           "sent your review to the Council's harbour master and asked that it be considered in the Council's pier "
           "investment programme. We cannot say when, or whether, a replacement will be funded.", E),
         P("Other matters", EB),
         P("The MV Eilean Ban is due in dry dock from 12 January to 6 February 2027. The relief vessel will be the MV "
           "Caora, which carries 18 cars rather than 32, and we will publish the reduced timetable by 1 September "
           "2026.", E),
         P("Recommendation 4 of the Islands Transport Partnership's 2024 connectivity study, which called for a second "
           "vessel on the route, remains a matter for the Partnership; we understand it will report again in 2027.", E),
         P("I would be glad to come to the Group's April meeting to talk through the summer arrangements.", E),
         P("Yours sincerely", E),
         P("<br/>Calum Drummond<br/>Managing Director", E),
         P("cc: Transport Committee, Strathlorn Council; Islands Transport Partnership", ES),
         P("Sound of Cairnsay Ferries Ltd is wholly owned by Strathlorn Council.", ES)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Cairnsay Ferry Users' Group - Annual review 2025 - CFUG/AR/2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Sound of Cairnsay Ferries Ltd - SCF/MD/26/019",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Hold back at least 20 per cent of the car deck",
         "reply_contains": "keep 10 per cent of the deck on the three busiest sailings", "verdict": "partly"},
        {"number": 2, "starts_with": "Add a late return sailing on Fridays and Saturdays from May",
         "reply_contains": "leaving Port Aileach at 21:45 and returning from Cairnsay", "verdict": "agrees"},
        {"number": 3, "starts_with": "Issue a disruption forecast by 16:00 on the day before",
         "reply_contains": "manager will issue an amber alert by 16:00 the day before", "verdict": "agrees"},
        {"number": 4, "starts_with": "Replace the passenger gangway at Cairnsay pier with one that",
         "reply_contains": "asked that it be considered in the Council's pier investment programme", "verdict": "noted"},
        {"number": 5, "starts_with": "Restore the Port Aileach ticket office to its former opening hours",
         "reply_contains": "We are not going to restore the early and late shifts", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Open bookings for island hauliers and delivery firms fourteen days",
         "reply_contains": "able to book from 1 March each year, two weeks ahead", "verdict": "agrees"},
        {"number": 7, "starts_with": "Agree a joint plan with the Council and NHS Strathlorn so",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["which our board discussed at its meeting on 24 February",
                 "our own count is 298, because we treat fourteen sailings",
                 "is due in dry dock from 12 January to 6 February 2027",
                 "which called for a second vessel on the route",
                 "glad to come to the Group's April meeting"]
    notes = ("Advice: Scottish island FERRY USERS' GROUP annual review CFUG/AR/2025 of the Port Aileach - Cairnsay "
             "service, addressed to the operator; recs are the ROWS OF A TABLE (No. / Recommendation / To / By when) "
             "numbered 1-7 after 'The Group recommends the following', the table running across the page break (rows "
             "1-4 / 5-7) with its header row repeated; traps: numbered TERMS OF REFERENCE 1-3, 'The year in figures' "
             "table, numbered FINDINGS 1-6 'What users told us' ('the company should have kept back space for islanders'), Equality "
             "Act 2010 'must make reasonable adjustments', the Group's 2023 recommendation quoted ('the operator should "
             "publish the winter timetable by 1 September'), 'Progress since our last review', punctuality 'do not make "
             "a separate recommendation' and fares 'we make no recommendation', closing 'reply to "
             "recommendations 1, 3 and 5'. Response: Managing Director's LETTER BY THEME under bold sub-headings "
             "(Timetable, Bookings, Information during disruption, The terminals, Other matters) with NO recommendation "
             "numbers, order 2, 1+6, 3, 5, 4: Friday/Saturday 21:45 sailing from 22 May 2026 (2 agrees); ONE paragraph "
             "'Bookings' = not a fifth of the deck on every sailing, 10 per cent on the three busiest sailings (1 partly) "
             "+ commercial customers book from 1 March, two weeks ahead (6 agrees); amber alert by 16:00 from 1 April "
             "2026 (3 agrees); ticket office stays 09:00-16:00, 'not going to restore the early and late shifts', "
             "purser sells tickets instead (5 disagrees); gangway is the Council's, passed on for its pier investment "
             "programme, 'cannot say when, or whether' (4 noted); 7 (joint plan for hospital travel) unanswered; "
             "opening thanks, cancellation count 298 v 312, dry dock in 2027, 'Recommendation 4 of the Islands "
             "Transport Partnership's 2024 connectivity study' (a second vessel, not the Group's rec 4), closing offer "
             "to attend the April meeting (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 94 (EN): an English district council's consultants' PLAYING PITCH AND OUTDOOR SPORT STRATEGY (recommendations
as BOLD SENTENCES closing each site section, no numbers) answered by the CABINET DECISION NOTICE (a list of resolved
decisions by paraphrase, no numbers). reportlab platypus, A4, cleaned DejaVu, invariant; header from page 2 and
'Page N of M' stamped. All invented.
Run:  /tmp/blind94en/bin/python tests/docs/src/blind94/gen_en_playing_pitch_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b94en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind94_en_playing_pitch"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", H.clean_font("DejaVuSans-Oblique.ttf")))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
C = colors.HexColor("#2f6b2f")
B = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.4, spaceAfter=6)
BB = ParagraphStyle("bb", parent=B, fontName="DVB")
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21, textColor=C, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=C, spaceBefore=8, spaceAfter=4, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.3, leading=11, textColor=colors.HexColor("#444444"))
Q = ParagraphStyle("q", parent=B, leftIndent=12 * mm, rightIndent=8 * mm, fontName="DVI")
L = ParagraphStyle("l", parent=B, leftIndent=10 * mm, firstLineIndent=-7 * mm)


def build(path, flow):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(flow)


def advice():
    t = Table([["Site", "Pitches", "Quality", "Spare capacity (match equivalent sessions/week)"],
               ["Kings Meadow", "6 adult grass", "Poor", "-4.5"],
               ["Brookside Recreation Ground", "2 adult, 2 youth", "Standard", "+1.0"],
               ["Harnley Academy", "1 full-size 3G", "Good", "not available to community"],
               ["Ellerby Road (closed 2023)", "2 adult grass", "Unused", "n/a"]],
              colWidths=[46 * mm, 32 * mm, 22 * mm, 66 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.6), ("FONT", (0, 0), (-1, 0), "DVB", 8.6),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeedd")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f = [Paragraph("ASHDOWN VALE DISTRICT COUNCIL", SM),
         Paragraph("Playing Pitch and Outdoor Sport Strategy 2026-2036", H1),
         Paragraph("Stage E: Strategy and Recommendations - final report", H2),
         Paragraph("Prepared for the Council by Threlkeld Leisure Planning Ltd, July 2026. Project lead: Owen Pryce "
                   "MSc. Steering officers: Parks and Open Spaces; Planning Policy.", SM), Spacer(1, 4),
         Paragraph("1. Introduction", H2),
         Paragraph("This report completes the assessment of supply and demand for outdoor sports pitches in Ashdown Vale "
                   "carried out between November 2025 and May 2026. It follows the five-stage approach in the national "
                   "playing pitch guidance, which says that a strategy should be kept up to date and reviewed every "
                   "year by a group of the main partners. The assessment covered 41 sites, 112 pitches and 96 clubs.", B),
         Paragraph("The Council's previous strategy (2019) recommended that <i>\"the Council should rationalise "
                   "under-used sites and reinvest receipts in the main hubs\"</i>. That recommendation was only partly "
                   "carried out and is not repeated here.", B),
         Paragraph("2. Key findings", H2),
         Paragraph("Finding A. Football demand exceeds supply on Saturday and Sunday mornings in the north of the district, "
                   "mainly because the pitches at Kings Meadow are waterlogged for an average of nine weekends a season.", B),
         Paragraph("Finding B. The district has a shortfall of 1.6 full-size artificial grass pitches for football "
                   "training, measured against the rule of one 3G pitch for every 38 affiliated teams.", B),
         t, Spacer(1, 6),
         Paragraph("3. Kings Meadow", H2),
         Paragraph("Kings Meadow is the largest grass pitch site in the district but its drainage has failed. Clubs told "
                   "us that games are moved or cancelled from November to February every year, and the maintenance "
                   "contract provides only for a single end-of-season renovation.", B),
         Paragraph("The Council should prepare a drainage improvement programme for the six grass pitches at Kings "
                   "Meadow and seek external funding for it.", BB),
         Paragraph("4. Artificial pitches and school sites", H2),
         Paragraph("The only full-size 3G pitch in the district is at Harnley Academy, where it is let to one club and "
                   "closed to others at weekends. The planning permission of 2021 (condition 14) requires a community use "
                   "agreement, which was never signed.", B),
         Paragraph("The Council should secure a signed community use agreement for the 3G pitch at Harnley Academy "
                   "within twelve months.", BB),
         Paragraph("5. Brookside Recreation Ground", H2),
         Paragraph("Brookside Rovers FC runs nine youth teams from Brookside and has offered to take on the pavilion and "
                   "its upkeep. Clubs with security of tenure can apply for grants that the Council itself cannot.", B),
         Paragraph("The Council should transfer the Brookside pavilion and pitches to Brookside Rovers FC on a "
                   "lease of at least 25 years.", BB),
         Paragraph("6. Booking and charges", H2),
         Paragraph("Pitches are booked by telephone through three different offices, and clubs reported double bookings "
                   "in each of the last two seasons. Hire charges rose by 18 per cent in April 2025; junior teams told us "
                   "that costs per player are now higher than in neighbouring districts.", B),
         Paragraph("The Council should introduce a single online booking system for all council pitches by the "
                   "start of the 2027/28 season.", BB),
         Paragraph("The Council should freeze pitch hire charges for junior and mini-soccer teams for the next "
                   "three seasons.", BB),
         Paragraph("7. Protecting playing fields", H2),
         Paragraph("National planning policy (paragraph 103 of the framework) provides that existing playing fields "
                   "should not be built on unless they are surplus to requirements or replaced. Our assessment shows the "
                   "former Ellerby Road playing field is needed to meet demand projected for 2036.", B),
         Paragraph("The Council should protect the former Ellerby Road playing field as open space in the "
                   "emerging Local Plan and should not dispose of it.", BB),
         Paragraph("8. Keeping the strategy alive", H2),
         Paragraph("Strategies that are not reviewed quickly go out of date. The clubs, the county football association "
                   "and the two academies all said they were willing to take part.", B),
         Paragraph("The Council should set up a Playing Pitch Strategy steering group with the governing bodies "
                   "and meet at least twice a year.", BB),
         Paragraph("Threlkeld Leisure Planning Ltd, 15 July 2026", SM)]
    return f


def response():
    f = [Paragraph("ASHDOWN VALE DISTRICT COUNCIL", SM),
         Paragraph("Record of Decision - Cabinet", H1),
         Paragraph("Meeting held on Wednesday 14 October 2026. Decision reference CAB/2026/061. Portfolio: Leisure, Parks "
                   "and Wellbeing (Councillor Janet Oakes). Report of the Head of Communities (Agenda item 7).", SM),
         Paragraph("Decision taken", H2),
         Paragraph("Cabinet considered the Playing Pitch and Outdoor Sport Strategy 2026-2036 and the officers' comments on "
                   "each of the consultants' recommendations, and adopted the strategy subject to the following decisions.", B),
         Paragraph("RESOLVED that:", BB),
         Paragraph("(a) the single booking system for council pitches be procured now: the Head of Communities has "
                   "authority to award the contract, so that clubs can book online from the 2027/28 season; but that "
                   "pitch hire charges for junior teams will not be frozen, and the fees and charges review for 2027/28 "
                   "will instead apply the same increase as other leisure charges;", L),
         Paragraph("(b) officers apply to the Football Foundation for funding for a drainage scheme at Kings Meadow, "
                   "with a capital contribution of up to £120,000 from the leisure reserve;", L),
         Paragraph("(c) the pitches at Brookside be offered to Brookside Rovers FC on a ten-year licence with a "
                   "break clause, and that a longer lease be reconsidered once the club has run the pavilion for "
                   "three seasons;", L),
         Paragraph("(d) the future of the former Ellerby Road site be referred to the Local Plan Working Party, which "
                   "will weigh the consultants' evidence alongside the housing land supply before the draft plan is "
                   "published; no decision on disposal is taken at this meeting;", L),
         Paragraph("(e) the Council write to Harnley Academy and the trust to agree community use of the 3G pitch; "
                   "the Monitoring Officer confirms that a signed agreement is a planning requirement and enforcement "
                   "will be used if it is not in place by 31 July 2027.", L),
         Paragraph("Reasons for the decisions", H2),
         Paragraph("The Council has a duty to plan for sport and physical activity and the strategy provides an up-to-date "
                   "evidence base for the Local Plan and for external funding bids. The freeze on junior charges was not "
                   "supported because the medium-term financial plan requires income from fees to keep pace with costs.", B),
         Paragraph("Other options considered", H2),
         Paragraph("Cabinet considered deferring adoption until the Local Plan is published, but this would have delayed "
                   "funding bids for the current round.", B),
         Paragraph("Declarations of interest and dispensations", H2),
         Paragraph("Councillor Peter Lyle declared a non-registrable interest as a volunteer coach at a club in the "
                   "south of the district and took no part in the discussion.", B),
         Paragraph("Call-in", H2),
         Paragraph("These decisions may be called in by any five non-executive councillors before 5pm on 21 October "
                   "2026. If not called in, they can be implemented from 22 October 2026. Published by Democratic "
                   "Services, telephone 01632 960 412.", B)]
    return f


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(a, advice()); build(r, response())
    H.stamp(a, header="Ashdown Vale Playing Pitch and Outdoor Sport Strategy 2026-2036 | Stage E", footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(r, footer="CAB/2026/061 - Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Council should prepare a drainage improvement programme for the six",
         "reply_contains": "apply to the Football Foundation for funding for a drainage scheme", "verdict": "agrees"},
        {"number": 2, "starts_with": "The Council should secure a signed community use agreement for",
         "reply_contains": "write to Harnley Academy and the trust to agree community use", "verdict": "agrees"},
        {"number": 3, "starts_with": "The Council should transfer the Brookside pavilion and pitches to",
         "reply_contains": "offered to Brookside Rovers FC on a ten-year licence", "verdict": "partly"},
        {"number": 4, "starts_with": "The Council should introduce a single online booking system for",
         "reply_contains": "the single booking system for council pitches be procured now", "verdict": "agrees"},
        {"number": 5, "starts_with": "The Council should freeze pitch hire charges for junior and",
         "reply_contains": "pitch hire charges for junior teams will not be frozen", "verdict": "disagrees"},
        {"number": 6, "starts_with": "The Council should protect the former Ellerby Road playing field",
         "reply_contains": "referred to the Local Plan Working Party, which will weigh", "verdict": "noted"},
        {"number": 7, "starts_with": "The Council should set up a Playing Pitch Strategy steering",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["considered the Playing Pitch and Outdoor Sport Strategy 2026-2036 and the officers' comments",
                 "declared a non-registrable interest as a volunteer coach",
                 "may be called in by any five non-executive councillors"]
    notes = ("Advice: consultants' playing pitch strategy, recommendations as BOLD SENTENCES closing site sections, no "
             "numbers (numbered 1-7 by position). Traps: national guidance 'a strategy should be kept up to date', the "
             "2019 strategy quoted ('the Council should rationalise'), Finding A/B, pitch table, condition 14 'requires', "
             "paragraph 103 'should not be built on'. Response: Cabinet record of decision, RESOLVED (a)-(e) by paraphrase, "
             "NO recommendation numbers, order 4+5, 1, 3, 6, 2: ONE decision (a) = booking system procured (4 agrees) + "
             "junior charges not frozen (5 disagrees); drainage funding bid (1 agrees); ten-year licence not 25-year lease "
             "(3 partly); Ellerby Road referred to Local Plan Working Party, no decision (6 noted); Harnley community use "
             "with enforcement (2 agrees); 7 (steering group) unanswered. Unmatched: decision-taken intro, declarations, call-in.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

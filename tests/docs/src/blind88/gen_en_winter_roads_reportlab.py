"""Round 88 (EN): an Ontario city's consultant WINTER MAINTENANCE SERVICE LEVEL REVIEW (recommendations = paragraphs
6.1-6.7 of a 'Recommendations' section, 'It is recommended that ...') answered by the GENERAL MANAGER'S INFORMATION
MEMORANDUM to Mayor and Council by subject headings, without numbers. reportlab platypus, US Letter, cleaned DejaVu.
Bodies, people and figures invented.
Run:  /tmp/blind88en/bin/python tests/docs/src/blind88/gen_en_winter_roads_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b88en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind88_en_winter_roads"
for suf, f in zip(("", "-B", "-I", "-BI"), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont("DV" + suf, H.clean_font(f)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-BI")
INK = colors.HexColor("#143d5c")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.8, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=17, leading=21, textColor=INK, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=INK, spaceBefore=9, spaceAfter=4)
num = ParagraphStyle("n", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm)
cell = ParagraphStyle("c", fontName="DV", fontSize=8.6, leading=11.2)
quote = ParagraphStyle("q", parent=body, leftIndent=12 * mm, fontName="DV-I")
P = Paragraph

RECS = [
    "It is recommended that the City reclassify the 38 km of collector roads serving the Northgate and Birch Hill subdivisions from Class 4 to Class 3 under the Minimum Maintenance Standards.",
    "It is recommended that the City equip all 41 plow trucks with automatic vehicle location and publish a live plow tracker on its website.",
    "It is recommended that the City adopt a sidewalk clearing standard of 5 cm of accumulation, cleared within 24 hours of the end of a storm.",
    "It is recommended that the City pre-wet road salt with brine at all three depots to reduce bounce and scatter.",
    "It is recommended that the City introduce a windrow clearing program for residents aged 70 and over and for residents with disabilities.",
    "It is recommended that the City contract out winter maintenance of the rural road network west of Highway 17.",
    "It is recommended that the City report annually to the Public Works Committee on winter service levels, costs and complaints.",
]


def frame_adv(c, d):
    c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
    if d.page > 1:
        c.drawString(20 * mm, 268 * mm, "City of Port Alder  |  Winter Maintenance Service Level Review  |  Final Report")
    c.drawCentredString(108 * mm, 11 * mm, "Corrigan Fraser Infrastructure Advisors Inc.  -  %d" % d.page); c.restoreState()


def frame_rsp(c, d):
    c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
    c.drawCentredString(108 * mm, 11 * mm, "Memorandum PW-M-2026-022  |  Page %d" % d.page); c.restoreState()


def advice():
    s = [P("CORRIGAN FRASER INFRASTRUCTURE ADVISORS INC.", ParagraphStyle("k", fontName="DV-B", fontSize=8, textColor=INK)),
         Spacer(1, 3 * mm), P("City of Port Alder: Winter Maintenance Service Level Review", h1),
         P("Final Report to the Public Works Committee  &middot;  May 14, 2026  &middot;  Project No. 25-0417",
           ParagraphStyle("m", fontName="DV", fontSize=8.8, spaceAfter=8)),
         P("1. Purpose", h2),
         P("The City of Port Alder retained Corrigan Fraser in October 2025 to review its winter maintenance service levels for "
           "roads and sidewalks, following a winter in which the City received 2,614 service requests about snow and ice, "
           "almost double the five-year average. This report covers the 2024-25 and 2025-26 seasons."),
         P("2. Legislative context", h2),
         P("Ontario Regulation 239/02 (Minimum Maintenance Standards for Municipal Highways) sets the time within which a "
           "municipality must address snow accumulation on each class of road. Meeting the standard is a defence to a claim; "
           "it is not a service target. Under section 44 of the Municipal Act, 2001, the City must keep its highways in a state "
           "of repair reasonable in the circumstances."),
         P("3. What we heard", h2),
         P("We held four public drop-in sessions and an online survey with 1,207 responses. Residents of Northgate and Birch Hill "
           "told us that collector roads are often plowed last. Many older residents said the ridge of snow left at the end of a "
           "driveway by the plow is the hardest part of the winter. Council's 2019 winter policy review stated that"),
         P("'the City should review sidewalk service levels once the new sidewalk plows are in service'.", quote),
         P("The new plows arrived in 2022; that review has not yet taken place."),
         P("4. Findings", h2),
         P("4.1  <b>Finding.</b> Collector roads in the two newest subdivisions now carry more than 4,000 vehicles a day, which "
           "is above the Class 4 range in the regulation.", num),
         P("4.2  <b>Finding.</b> Only 9 of the City's 41 plow trucks report their location, so staff cannot tell callers when a "
           "street will be cleared.", num),
         P("4.3  <b>Finding.</b> Salt use rose 22 per cent in three years. Dry salt bounces off the road; a truck should spread "
           "no more than 130 kg per lane km at -5 C.", num),
         P("4.4  <b>Finding.</b> The rural network west of Highway 17 costs $7,850 per lane km, compared with $5,120 in the urban "
           "area, mainly because of deadhead travel from the Centre Street depot.", num),
         Table([[P("<b>Season</b>", cell), P("<b>Events</b>", cell), P("<b>Salt (t)</b>", cell), P("<b>Cost ($M)</b>", cell), P("<b>Requests</b>", cell)],
                [P("2024-25", cell), P("27", cell), P("11,420", cell), P("9.8", cell), P("1,433", cell)],
                [P("2025-26", cell), P("34", cell), P("13,960", cell), P("12.1", cell), P("2,614", cell)]],
               colWidths=[34 * mm] * 5, style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                                          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce7f0"))])),
         Spacer(1, 4 * mm),
         P("5. Conclusions", h2),
         P("The City's service levels are broadly in line with comparable Ontario municipalities, but they have not kept pace with "
           "growth, and residents have little information about when their street will be cleared. Paragraph 6.6 below is "
           "offered as an option for Council rather than as a firm recommendation of cost savings."),
         P("6. Recommendations", h2)]
    for i, r in enumerate(RECS, 1):
        s.append(P("6.%d  %s" % (i, r), num))
    s += [P("7. Next steps", h2),
          P("We suggest that staff bring a response to these recommendations to the Committee before the 2026-27 season, with "
            "costs for recommendations 6.2, 6.3 and 6.5 in the 2027 budget. We thank the Roads Operations staff for their help.")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Winter Maintenance Service Level Review")
    doc.build(s, onFirstPage=frame_adv, onLaterPages=frame_adv)


def response():
    t = ParagraphStyle("t", parent=body, fontSize=9.2)
    s = [P("CITY OF PORT ALDER", ParagraphStyle("k", fontName="DV-B", fontSize=13, textColor=INK)),
         P("Public Works Department  &middot;  Information Memorandum", ParagraphStyle("k2", fontName="DV", fontSize=9, spaceAfter=8)),
         Table([[P("<b>To:</b>", t), P("Mayor and Members of Council", t)], [P("<b>From:</b>", t), P("Daniel Okafor, General Manager, Public Works", t)],
                [P("<b>Date:</b>", t), P("September 22, 2026", t)], [P("<b>Subject:</b>", t), P("Winter Maintenance Service Level Review - staff response", t)]],
               colWidths=[25 * mm, 140 * mm], style=TableStyle([("LINEBELOW", (0, -1), (-1, -1), 1, INK)])),
         Spacer(1, 4 * mm),
         P("Purpose", h2),
         P("This memorandum provides Council with staff's response to the consultant's review received by the Public Works "
           "Committee in May, ahead of the 2026-27 winter season. No decision of Council is required at this time."),
         P("Live plow tracking", h2),
         P("Staff agree. GPS units were installed on the remaining 32 trucks over the summer, and the public plow tracker went live "
           "on the City's website on September 1, 2026."),
         P("Brine and salt management", h2),
         P("Staff support this approach and brine tanks are being installed at the Centre Street and Harbour Road depots this fall; "
           "the Mill Lane depot will follow in 2027 once its salt dome is replaced."),
         P("Sidewalks and driveway windrows", h2),
         P("Staff can meet a 24-hour target after storms of up to 8 cm, but a 5 cm trigger would need six additional sidewalk "
           "machines; staff will therefore bring forward an 8 cm standard in the 2027 budget. On windrows, staff do not recommend "
           "a City-run clearing program at this time, given the cost of about $640,000 a year; residents will instead be referred "
           "to the volunteer Snow Angels network supported by the Seniors Active Living Centre."),
         P("Rural road network", h2),
         P("Staff have noted the consultant's option and will examine contracted service as part of the fleet and depot "
           "strategy due in late 2027, before any recommendation is made to Council."),
         P("Reporting to Committee", h2),
         P("A winter maintenance report card will be presented to the Public Works Committee each June, beginning in June 2027, "
           "covering service levels, costs and service requests."),
         P("Financial implications", h2),
         P("The GPS units were funded from the 2026 fleet capital budget at a cost of $96,000. Other costs will be identified in "
           "the 2027 operating budget submission."),
         P("Respectfully submitted,<br/>Daniel Okafor, P.Eng., General Manager, Public Works", t)]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=letter, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Information Memorandum PW-M-2026-022")
    doc.build(s, onFirstPage=frame_rsp, onLaterPages=frame_rsp)


advice()
response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "It is recommended that the City reclassify the 38 km",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 2, "starts_with": "It is recommended that the City equip all 41 plow trucks",
     "reply_contains": "the public plow tracker went live on the City's website", "verdict": "agrees"},
    {"number": 3, "starts_with": "It is recommended that the City adopt a sidewalk clearing standard",
     "reply_contains": "staff will therefore bring forward an 8 cm standard", "verdict": "partly"},
    {"number": 4, "starts_with": "It is recommended that the City pre-wet road salt",
     "reply_contains": "brine tanks are being installed at the Centre Street", "verdict": "agrees"},
    {"number": 5, "starts_with": "It is recommended that the City introduce a windrow clearing program",
     "reply_contains": "do not recommend a City-run clearing program at this time", "verdict": "disagrees"},
    {"number": 6, "starts_with": "It is recommended that the City contract out winter maintenance",
     "reply_contains": "will examine contracted service as part of the fleet", "verdict": "noted"},
    {"number": 7, "starts_with": "It is recommended that the City report annually to the Public",
     "reply_contains": "A winter maintenance report card will be presented", "verdict": "agrees"},
], ["No decision of Council is required at this time",
    "The GPS units were funded from the 2026 fleet capital budget",
    "Respectfully submitted, Daniel Okafor, P.Eng., General Manager"],
   "Advice: Ontario city consultant's winter maintenance service level review, reportlab, US Letter; recs = paragraphs 6.1-6.7 "
   "of section '6. Recommendations', all 'It is recommended that the City ...'; traps: O. Reg. 239/02 'must address', s 44 "
   "Municipal Act 'must keep', the 2019 review's 'the City should review sidewalk service levels' quoted, numbered findings "
   "4.1-4.4 with bold 'Finding.', 'a truck should spread', data table, 'Paragraph 6.6 below is offered as an option', "
   "'recommendations 6.2, 6.3 and 6.5'. Response: General Manager's information memorandum by subject headings, NO numbers, "
   "order 2, 4, 3+5, 6, 7: tracker live (2 agrees); brine being installed (4 agrees); ONE section 'Sidewalks and driveway "
   "windrows' = 8 cm not 5 cm (3 partly) + no City-run windrow program at this time (5 disagrees); contracting noted for the "
   "2027 strategy (6 noted); report card each June (7 agrees); 1 (reclassify collectors) unanswered; Purpose, Financial "
   "implications, sign-off answer nothing.")
sys.exit(H.main([NAME]))

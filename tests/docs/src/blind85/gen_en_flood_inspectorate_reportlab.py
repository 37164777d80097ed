"""Round 85 (EN): an Australian state EMERGENCY MANAGEMENT INSPECTORATE'S POST-EVENT REVIEW of a flood (genre: the
independent inspector-general reviews of emergency management that Australian states publish after a major event,
with labelled 'Finding' lines and shaded 'Recommendation N' boxes among the chapters) answered by the State's
GOVERNMENT RESPONSE TABLE (covering statement, then a ruled table 'Rec. | Response | Government response and action |
Lead agency | Timeframe', one row for two recommendations, a section on recovery funding, and a closing paragraph on
monitoring).
Advice: Emergency Management Inspectorate (Tasmania), 'After the water', Review 2026/01, August 2026, 3 p.
Response: Tasmanian Government response, November 2026, 2 p.; order 5, 2, 1, 4+6, 7; 3 unanswered.
reportlab platypus (A4, cleaned DejaVu Sans/Serif, invariant=1); header and footer drawn on the canvas. The
inspectorate, the StateAlert platform, the flood, people and figures are invented; what is said of the Emergency
Management Act 2006 (Tas) is not to be relied on.

Run:  /tmp/blind85en/bin/python tests/docs/src/blind85/gen_en_flood_inspectorate_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b85en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind85_en_flood_inspectorate"
for fam, files in (("DVS", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")),
                   ("DVR", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"))):
    for suf, f in zip(("", "-B", "-I", "-BI"), files):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font(f)))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B"); addMapping(fam, 0, 1, fam + "-I"); addMapping(fam, 1, 1, fam + "-BI")

NAVY = colors.HexColor("#143d59")
SAND = colors.HexColor("#f3ead7")
body = ParagraphStyle("b", fontName="DVR", fontSize=9.6, leading=13.4, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="DVS-B", fontSize=19, leading=23, textColor=NAVY, spaceAfter=3)
h2 = ParagraphStyle("h2", fontName="DVS-B", fontSize=11.5, leading=15, textColor=NAVY, spaceBefore=9, spaceAfter=4)
fnd = ParagraphStyle("f", fontName="DVS-I", fontSize=9.2, leading=12.6, spaceAfter=5, leftIndent=8 * mm)
boxl = ParagraphStyle("bl", fontName="DVS-B", fontSize=9, leading=12, textColor=NAVY)
boxt = ParagraphStyle("bt", fontName="DVS", fontSize=9.4, leading=12.8)
cell = ParagraphStyle("c", fontName="DVS", fontSize=8.3, leading=10.8)
cellb = ParagraphStyle("cb", parent=cell, fontName="DVS-B")
rb = ParagraphStyle("rb", fontName="DVS", fontSize=9.5, leading=13.2, spaceAfter=5)


def P(t, s=body):
    return Paragraph(t, s)


def recbox(n, text):
    t = Table([[P("Recommendation %d" % n, boxl)], [P(text, boxt)]], colWidths=[166 * mm],
              style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
                                ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 3),
                                ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
    return KeepTogether([t, Spacer(1, 3 * mm)])


def advice():
    return [
        P("EMERGENCY MANAGEMENT INSPECTORATE &middot; TASMANIA", ParagraphStyle("k", fontName="DVS", fontSize=8.5, textColor=NAVY)),
        Spacer(1, 3 * mm), P("After the water", h1),
        P("Review of the emergency response to the North-West floods of 9-14 June 2026",
          ParagraphStyle("s", fontName="DVS", fontSize=11.5, leading=15, spaceAfter=6)),
        P("<b>Review 2026/01 &middot; August 2026 &middot; Tabled in Parliament under section 32A of the Emergency "
          "Management Act 2006</b>", ParagraphStyle("m", fontName="DVS", fontSize=8.6, leading=11, spaceAfter=8)),
        P("Inspector's foreword", h2),
        P("Between 9 and 14 June 2026 more than 310 millimetres of rain fell on the upper Leven and Forth catchments. "
          "Two people died, 1,140 people left their homes and 486 properties were damaged. Under section 32A of the "
          "Emergency Management Act 2006 the Inspector must review the response to any emergency declared under the "
          "Act and must report to the Minister within three months. This review looks at warnings, evacuation, "
          "evacuation centres and the first weeks of recovery. It does not examine the causes of either death, "
          "which are before the Coroner. I thank the 212 residents who spoke to us and the agencies that gave us "
          "full access to their records.<br/>&mdash; Colleen Varga-Whitlock, Inspector of Emergency Management"),
        P("1. Warnings", h2),
        P("Residents of Ulverstone and the Forth valley received warnings from four sources: the State Emergency "
          "Service (SES) on StateAlert, two councils' own websites and social media pages, and the Bureau's flood "
          "watch. On the evening of 10 June the SES and one council published different evacuation times for the "
          "same streets. Many residents told us that the SES should have been the only voice, and several said they "
          "had waited for the council page to update before leaving."),
        P("Finding 1: Conflicting warnings from more than one agency delayed evacuation decisions in at least three "
          "streets of Ulverstone.", fnd),
        recbox(1, "The State Emergency Service issue all flood warnings for the North-West through the StateAlert "
               "platform, and councils cease publishing separate warnings, before the start of the 2026-27 wet "
               "season."),
        P("The river gauge network gave less than three hours' notice of the Forth peak. There are no telemetered "
          "gauges above Wilmot, and the manual gauge at Paloona was read twice a day."),
        recbox(2, "The Government fund at least four new telemetered river gauges in the upper Leven and Forth "
               "catchments and have them operating before 30 June 2027."),
        P("2. Evacuation", h2),
        P("Police and SES volunteers door-knocked 630 homes. The two caravan parks on the Leven had no agreed "
          "evacuation procedure, and some long-term residents without cars were moved only when water had reached "
          "their vans. We note that the Inspectorate's 2019 review of the Huon bushfires recommended that "
          "&ldquo;Tasmania Police and the SES should agree joint procedures for the evacuation of vulnerable "
          "settings&rdquo;; that work was begun but did not extend to caravan parks."),
        P("Finding 2: Caravan parks and holiday camps in low-lying areas were not covered by any evacuation "
          "procedure.", fnd),
        recbox(3, "Tasmania Police and the SES jointly develop, and exercise every year, a door-knock evacuation "
               "procedure for low-lying caravan parks and holiday camps in the North-West."),
        P("3. Evacuation centres", h2),
        P("Five evacuation centres were opened. Three had no backup power, one had no accessible toilet, and none "
          "could take companion animals, which led some people to stay in unsafe homes. The State Emergency "
          "Management Plan says that councils should identify suitable centres, but sets no standard for them."),
        recbox(4, "The Department of Premier and Cabinet adopt a minimum standard for evacuation centres, including "
               "backup power, accessible toilets and space for companion animals, and fund councils to meet it."),
        P("Finding 3: Municipal emergency management plans in the region contain no flood-specific arrangements, "
          "although section 34 of the Act requires that each plan must be reviewed at least every two years.", fnd),
        recbox(5, "Councils be required to include a flood annex in every municipal emergency management plan in "
               "a flood-prone area and to exercise it at least once between reviews."),
        P("4. Recovery", h2),
        P("Recovery coordination passed between three officers in the first five weeks. Residents and businesses "
          "told us they had to tell their story again to each new person. The 2016 floods review had made the same "
          "point. Land-use planning also came up at every community meeting: 74 of the damaged homes were built "
          "after 1990 on land that flooded in 1929 and 2016."),
        recbox(6, "The State establish a permanent North-West regional recovery coordinator, funded for at least five "
               "years, to lead recovery after this and future events."),
        recbox(7, "The Government commission an independent review of land-use planning controls in flood-prone "
               "areas of the North-West and report on it within twelve months."),
        P("5. Next steps", h2),
        P("The Inspectorate will report on progress against these recommendations in its 2027-28 annual report. "
          "Agencies are asked to provide an implementation update by 31 March 2027."),
    ]


def response():
    rows = [[P("Rec.", cellb), P("Response", cellb), P("Government response and action", cellb),
             P("Lead agency", cellb), P("Timeframe", cellb)]]
    data = [
        ("5", "Supported", "The Minister has amended the Emergency Management Planning Guidelines so that every "
         "municipal plan for a flood-prone area must now contain a flood annex. Councils will exercise the annex at "
         "least once in each two-year review cycle, starting with the six North-West councils.", "SES; councils",
         "Guidelines amended 2 October 2026"),
        ("2", "Supported in part", "Three new telemetered gauges will be installed, at Wilmot, Paloona and Gunns "
         "Plains, with funding of $410,000 in 2026-27. A fourth site in the upper Leven will be assessed once the "
         "first three are operating.", "Department of Natural Resources and Environment", "June 2027"),
        ("1", "Supported", "This has been done. Since 1 October 2026 flood warnings in the North-West are issued "
         "only by the SES on StateAlert, and the councils concerned now link to StateAlert instead of publishing "
         "their own warnings.", "SES", "Completed"),
        ("3 and 6", "3: Supported<br/>6: Not supported",
         "Tasmania Police and the SES have drafted a joint door-knock procedure for caravan parks and holiday camps, "
         "which will be exercised at Turners Beach in November and every year after that. The Government does not "
         "support creating a standing regional recovery coordinator. Recovery will continue to be led by the "
         "Tasmanian Recovery Office, which will appoint a single recovery lead for the whole of any future event.",
         "Tasmania Police; SES; Recovery Office", "November 2026"),
        ("7", "Noted", "Planning controls in flood-prone areas will be considered as part of the review of the "
         "Tasmanian Planning Policies already under way. The Government will decide whether a separate review is "
         "needed when that work is complete.", "State Planning Office", "2027"),
    ]
    for r in data:
        rows.append([P(r[0], cellb), P(r[1], cellb), P(r[2], cell), P(r[3], cell), P(r[4], cell)])
    table = Table(rows, colWidths=[14 * mm, 24 * mm, 80 * mm, 28 * mm, 24 * mm], repeatRows=1,
                  style=TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e4ec")),
                                    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f95a6")),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [
        P("TASMANIAN GOVERNMENT", ParagraphStyle("k", fontName="DVS-B", fontSize=9, textColor=NAVY)),
        Spacer(1, 2 * mm),
        P("Tasmanian Government response to the Emergency Management Inspectorate's review 'After the water'",
          ParagraphStyle("t", fontName="DVS-B", fontSize=14.5, leading=18, textColor=NAVY, spaceAfter=4)),
        P("November 2026", ParagraphStyle("d", fontName="DVS", fontSize=9, spaceAfter=8)),
        P("Introduction", h2),
        P("The Government thanks the Inspector and her team for a careful and compassionate review, and once again "
          "extends its sympathy to the families of the two people who lost their lives. The review makes seven "
          "recommendations. The Government's response to them is set out in the table below, together with the "
          "agency responsible and the expected timeframe.", rb),
        P("Response to the recommendations", h2),
        table,
        P("Recovery funding update", h2),
        P("Since the floods, $18.6 million has been paid under the Disaster Recovery Funding Arrangements, "
          "including 1,312 emergency hardship grants to households and 97 grants to primary producers. The Bass "
          "Highway bridge at Leith reopened to all traffic on 19 September 2026.", rb),
        P("Monitoring implementation", h2),
        P("The Department of Premier and Cabinet will coordinate implementation and will publish a progress report "
          "on each commitment in this response by 30 June 2027, alongside the agencies' updates to the Inspector.", rb),
    ]


def deco(header, footer):
    def draw(c, doc):
        c.saveState()
        w, h = A4
        c.setFillColor(NAVY); c.rect(0, h - 9 * mm, w, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont("DVS", 7.5); c.drawString(22 * mm, h - 6 * mm, header)
        c.setFillColor(colors.HexColor("#555555")); c.setFont("DVS", 7.5)
        c.drawCentredString(w / 2, 11 * mm, footer % doc.page)
        c.restoreState()
    return draw


def build(which, flow, header, footer):
    path = H.out("%s_%s.pdf" % (NAME, which))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=which)
    d = deco(header, footer)
    doc.build(flow, onFirstPage=d, onLaterPages=d)


RECS = [
    (1, "The State Emergency Service issue all flood warnings for the",
     "Since 1 October 2026 flood warnings in the North-West", "agrees"),
    (2, "The Government fund at least four new telemetered river gauges",
     "Three new telemetered gauges will be installed, at Wilmot", "partly"),
    (3, "Tasmania Police and the SES jointly develop, and exercise every year,",
     "have drafted a joint door-knock procedure for caravan parks", "agrees"),
    (4, "The Department of Premier and Cabinet adopt a minimum standard",
     None, "unanswered"),
    (5, "Councils be required to include a flood annex in every municipal",
     "has amended the Emergency Management Planning Guidelines so that", "agrees"),
    (6, "The State establish a permanent North-West regional recovery coordinator",
     "does not support creating a standing regional recovery coordinator", "disagrees"),
    (7, "The Government commission an independent review of land-use planning controls",
     "will decide whether a separate review is needed", "noted"),
]

if __name__ == "__main__":
    build("advice", advice(), "After the water - Review 2026/01", "Emergency Management Inspectorate  |  Page %d")
    build("response", response(), "Tasmanian Government response - 'After the water'", "Page %d")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thanks the Inspector and her team for a careful",
                      "paid under the Disaster Recovery Funding Arrangements, including",
                      "will coordinate implementation and will publish a progress report"],
                     "Advice: an Australian state EMERGENCY MANAGEMENT INSPECTORATE'S POST-EVENT REVIEW of a flood: "
                     "a foreword ('the Inspector must review ... and must report'), numbered chapters, italic "
                     "'Finding N:' lines, and the recommendations in SHADED BOXES labelled 'Recommendation 1' .. "
                     "'Recommendation 7' between the findings; traps: section 32A and section 34 ('each plan must be "
                     "reviewed'), 'residents told us that the SES should have been the only voice', the 2019 Huon "
                     "review's recommendation quoted ('Tasmania Police and the SES should agree joint procedures'), "
                     "'the State Emergency Management Plan says that councils should identify suitable centres', "
                     "dates, millimetres, '31 March 2027'. Response: TASMANIAN GOVERNMENT RESPONSE with an "
                     "introduction, a ruled TABLE 'Rec. | Response | Government response and action | Lead agency | "
                     "Timeframe' citing the numbers in the order 5, 2, 1, 3+6, 7: flood annex required by amended "
                     "guidelines (5 agrees, done); three gauges instead of four (2 partly); warnings only on "
                     "StateAlert since 1 October 2026 (1 agrees, done); ONE row '3 and 6' = joint door-knock "
                     "procedure drafted and exercised (3 agrees) + 'does not support creating a standing regional "
                     "recovery coordinator' (6 disagrees); planning controls 'considered as part of the review of "
                     "the Tasmanian Planning Policies' (7 noted). 4 (evacuation centre standard) is not answered. "
                     "Unmatched: introduction/thanks, 'Recovery funding update', 'Monitoring implementation'.")
    sys.exit(H.main([NAME]))

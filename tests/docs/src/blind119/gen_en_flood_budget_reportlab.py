"""Round 119 (EN): an Australian shire's FLOODPLAIN RISK MANAGEMENT COMMITTEE's report after a flood: the seven
recommendations are UNNUMBERED BOLD IMPERATIVE HEADINGS ('Raise the Mill Street levee by 0.6 metres ...') under
three theme sub-headings of '4 What we recommend', each heading followed by a 'Why' paragraph and an 'Indicative
cost' line; among key facts numbered 1-5, a table of river heights, the state framework paraphrased with 'must', the
Committee's 2019 advice quoted, and a chapter '5 Options we considered but do not support' whose bold imperative
headings ('Relocate the Riverside caravan park', 'Dredge the river ...') are NOT recommendations.
Answered by the council's OPERATIONAL PLAN AND BUDGET APPENDIX 'F Flood resilience': an introduction, a capital works
table (project codes FD-101 ... with budgets, two of them the recommended works, among other drainage projects), then
'F3 Response to the Committee's recommendations', a ruled TABLE keyed by the council's own Operational Plan action
codes (3.1.2, 4.3.1, ...) with a short paraphrase of each recommendation, 'Council response' beginning 'Supported.',
'Supported in part.', 'Not supported.' or 'To be considered.' and a budget column, rows in another order; one
recommendation has no row; funding and reporting paragraphs answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (report) and Liberation Sans / Serif (budget appendix), invariant=1;
header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind119en/bin/python tests/docs/src/blind119/gen_en_flood_budget_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b119en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind119_en_flood_budget"
for fam, files in (("SE", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf")),
                   ("SA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I")
    addMapping(fam, 1, 1, fam + "B")

RIVER = colors.HexColor("#1e4d6b")
MUD = colors.HexColor("#8a6a3b")
PALE = colors.HexColor("#e8eff4")
SANDY = colors.HexColor("#f4efe4")
B = ParagraphStyle("b", fontName="SA", fontSize=9.8, leading=13.6, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="SAB", fontSize=17, leading=21, textColor=RIVER, spaceAfter=4)
META = ParagraphStyle("meta", fontName="SA", fontSize=8.6, leading=11, textColor=colors.HexColor("#555555"),
                      spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="SAB", fontSize=12.5, leading=16, textColor=RIVER, spaceBefore=9, spaceAfter=4,
                    keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="SAI", fontSize=10.5, leading=14, textColor=MUD, spaceBefore=6, spaceAfter=2,
                    keepWithNext=1)
REC = ParagraphStyle("rec", fontName="SAB", fontSize=10.3, leading=13.6, textColor=colors.black, spaceBefore=5,
                     spaceAfter=2.5, keepWithNext=1, leftIndent=3 * mm, borderPadding=(0, 0, 0, 0))
WHY = ParagraphStyle("why", parent=B, leftIndent=3 * mm, spaceAfter=2)
COST = ParagraphStyle("cost", fontName="SAI", fontSize=8.8, leading=11.5, leftIndent=3 * mm, spaceAfter=4,
                      textColor=colors.HexColor("#444444"))
NUM = ParagraphStyle("num", parent=B, leftIndent=7 * mm, bulletIndent=1.5 * mm, spaceAfter=2.2)
T = ParagraphStyle("t", fontName="SA", fontSize=8.5, leading=11)
TB = ParagraphStyle("tb", parent=T, fontName="SAB")
TR = ParagraphStyle("tr", parent=T, alignment=2)
TRB = ParagraphStyle("trb", parent=TR, fontName="SAB")
SM = ParagraphStyle("sm", fontName="SA", fontSize=8.2, leading=10.8, textColor=colors.HexColor("#444444"))
P = lambda t, s=B: Paragraph(t, s)


def build(path, story, top=16):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=top * mm,
                            bottomMargin=18 * mm, invariant=1, title="", author="")
    doc.build(story)


def masthead(left, right, colour):
    t = Table([[P(left, ParagraphStyle("mh", fontName="SAB", fontSize=12.5, leading=15, textColor=colors.white)),
                P(right, ParagraphStyle("mr", fontName="SA", fontSize=8.2, leading=10.5, alignment=2,
                                        textColor=colors.white))]], colWidths=[110 * mm, 60 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def rec(title, why, cost, theme=None):
    bar = Table([[P(title, REC)]], colWidths=[170 * mm])
    bar.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 2.2, RIVER), ("BACKGROUND", (0, 0), (-1, -1), PALE),
                             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                             ("LEFTPADDING", (0, 0), (-1, -1), 3)]))
    return KeepTogether(([P(theme, H3)] if theme else []) + [Spacer(1, 3), bar, Spacer(1, 3), P("<b>Why.</b> " + why, WHY),
                         P("Indicative cost: " + cost, COST)])


def advice():
    s = [masthead("Wirraway Shire Council<br/>Floodplain Risk Management Committee",
                  "Committee report FRMC 2025/04<br/>27 November 2025", RIVER), Spacer(1, 9)]
    s.append(P("After the water: lessons from the March 2025 flood", H1))
    s.append(P("The Committee's advice to Council on reducing flood risk in the Wirraway valley", META))
    s.append(P("1 About this report", H2))
    s.append(P("The Floodplain Risk Management Committee advises Council on flood studies, floodplain plans and "
               "flood works. Its members are four councillors, six community members, and officers of Council, the "
               "state emergency service and the state water department. This report follows the flood of 14 to 18 "
               "March 2025, the largest in the valley since 1974."))
    s.append(P("Under the state's flood risk management framework, councils must prepare a floodplain risk "
               "management plan and keep it up to date. Wirraway's plan was adopted in 2016. The Committee's advice "
               "is intended to feed into its review, but several of the matters below cannot wait for that review "
               "to finish."))
    s.append(P("2 Key facts", H2))
    for i, t in enumerate(["The Wirraway River peaked at 11.2 metres at the Wirraway Bridge gauge on 16 March, "
                           "0.3 metres above the top of the Mill Street levee.",
                           "214 homes and 37 businesses were flooded; 38 homes were flooded above floor level.",
                           "Eleven of those 38 homes, all on Eel Creek Road, had also flooded above floor level in "
                           "2015.",
                           "About 1,300 people were told to evacuate. Many in Lower Wirraway said they heard no "
                           "warning at all.",
                           "Debris blocked two of the three Gum Flat culverts, and water backed up into Gum Flat "
                           "Road for 36 hours."], 1):
        s.append(Paragraph(t, NUM, bulletText=f"{i}."))
    s.append(P("3 What happened", H2))
    s.append(P("Rain fell on already wet ground across the upper catchment for four days. The river rose faster "
               "than in 1974 or 2015, and the flood warning issued for Lower Wirraway at 2.10 am on 16 March reached "
               "most residents by text message only after they had been woken by neighbours."))
    data = [[P("<b>Peak river height at Wirraway Bridge</b>", T), P("<b>1974</b>", TRB), P("<b>2015</b>", TRB),
             P("<b>2025</b>", TRB)],
            [P("Height (metres)", T), P("11.6", TR), P("10.4", TR), P("11.2", TR)],
            [P("Homes flooded above floor level", T), P("61", TR), P("19", TR), P("38", TR)]]
    tb = Table(data, colWidths=[88 * mm, 27 * mm, 27 * mm, 28 * mm])
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SANDY), ("LINEBELOW", (0, 0), (-1, -1), 0.4,
                                                                      colors.HexColor("#bbbbbb")),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [tb, Spacer(1, 6)]
    s.append(P("The Committee has looked at this before. In its 2019 advice it said that \"Council should install a "
               "river gauge at Gum Flat\", and the gauge, installed in 2021, gave the first accurate reading of the "
               "March flood. The lesson of 2025 is that good information is not enough on its own."))
    s.append(P("4 What we recommend", H2))
    s.append(rec("Raise the Mill Street levee by 0.6 metres along its full length",
                 "The levee was overtopped by 0.3 metres. Raising it by 0.6 metres would have kept the March flood "
                 "out of the town centre and gives a margin for the higher rainfall expected in future.",
                 "$4.8 million for the 2.6 km levee; state grants normally meet two-thirds of the cost.",
                 "Keeping water out"))
    s.append(rec("Clear the Gum Flat culverts of debris before every wet season",
                 "Two of the three culverts were blocked by branches and fencing from upstream. They had last been "
                 "cleared in 2022.",
                 "About $45,000 a year."))
    s.append(rec("Install flood warning sirens in Lower Wirraway and at the Riverside caravan park",
                 "Text messages did not wake people at 2 am, and the caravan park has poor mobile coverage. A siren "
                 "reaches everyone within a kilometre.",
                 "$180,000 to install, and $6,000 a year to maintain and test.", "Warning people"))
    s.append(rec("Set up a network of volunteer flood wardens in each of the four river towns",
                 "Where a neighbour knocked on the door, people left in time. Wardens trained by the state emergency "
                 "service would make this happen by design rather than by luck.",
                 "$20,000 a year for a coordinator's time, training and equipment."))
    s.append(rec("Offer to buy back the eleven homes on Eel Creek Road that have flooded above floor level twice",
                 "These homes will flood again. A voluntary purchase lets owners leave on fair terms and stops the "
                 "land being built on again.",
                 "About $7.5 million; a state scheme can meet two-thirds of the cost.", "Where people live"))
    s.append(rec("Require the floor of every new home in the flood planning area to be at least 0.5 metres "
                 "above the 1% AEP flood level",
                 "The present rule allows 0.3 metres. Several homes built to that rule since 2016 flooded above "
                 "floor level in March.",
                 "No direct cost to Council."))
    s.append(rec("Show the flood level for every property on the Council's online map",
                 "Buyers and tenants should not need to ask for a flood certificate to find out whether a home is "
                 "at risk.",
                 "About $25,000 to prepare and load the data."))
    s.append(P("5 Options we considered but do not support", H2))
    s.append(P("<b>Relocate the Riverside caravan park.</b> The park has 140 permanent residents, most of them "
               "retired, and there is no other site in the shire for them. Sirens and a tested evacuation plan deal "
               "with the risk at far lower cost. Not supported."))
    s.append(P("<b>Dredge the Wirraway River through the town.</b> The state water department's modelling shows that "
               "dredging would lower the peak of a flood like March 2025 by less than 5 centimetres. Not "
               "supported."))
    s.append(P("6 Next steps", H2))
    s.append(P("The Committee asks Council to consider this report when it prepares its Operational Plan and Budget "
               "for 2026-27, and to give priority to the levee and the sirens. Committee members would be glad to "
               "brief councillors before the budget workshop in February."))
    s.append(P("Cr Neville Hartigan, Chair, Floodplain Risk Management Committee", SM))
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    s = [masthead("Wirraway Shire Council<br/>Operational Plan 2026-27 and Budget",
                  "Appendix F<br/>Adopted 23 June 2026", MUD), Spacer(1, 9)]
    s.append(P("Appendix F: Flood resilience", H1))
    s.append(P("F1 About this appendix", H2))
    s.append(P("This appendix brings together the flood and drainage works funded in the 2026-27 budget and "
               "Council's response to the Floodplain Risk Management Committee's report <i>After the water</i> "
               "(FRMC 2025/04). Council considered the report at its Ordinary Meeting of 17 March 2026 and adopted "
               "the responses below (Resolution 2026/058)."))
    s.append(P("F2 Capital works: flood and drainage", H2))
    rows = [("FD-101", "Mill Street levee raising, stage 1 (Wattle Street to the rail bridge)", "$1,900,000",
             "State grant 2:1"),
            ("FD-104", "Flood warning sirens, Lower Wirraway and Riverside", "$185,000", "Council"),
            ("FD-110", "Kerb and gutter renewal, Banksia Street", "$310,000", "Council"),
            ("FD-112", "Stormwater pit upgrades, Gum Flat Road", "$145,000", "Council"),
            ("", "Total flood and drainage capital works", "$2,540,000", "")]
    data = [[P("<b>Project</b>", T), P("<b>Description</b>", T), P("<b>2026-27</b>", TRB), P("<b>Funding</b>", T)]]
    for r in rows:
        bold = r[0] == ""
        data.append([P(r[0], T), P(("<b>%s</b>" % r[1]) if bold else r[1], T), P(r[2], TRB if bold else TR),
                     P(r[3], T)])
    tb = Table(data, colWidths=[18 * mm, 100 * mm, 24 * mm, 28 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SANDY), ("GRID", (0, 0), (-1, -1), 0.4,
                                                                     colors.HexColor("#999999")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [tb, Spacer(1, 4)]
    s.append(P("Stormwater maintenance, including culvert clearing, is funded from the operating budget "
               "($612,000 in 2026-27) and is not shown above."))
    s.append(P("F3 Response to the Committee's recommendations", H2))
    s.append(P("The action codes are those of the Operational Plan. Each response below is Council's resolution of "
               "17 March 2026."))
    rows = [
        ("3.1.2", "Sirens for Lower Wirraway and the Riverside caravan park",
         "<b>Supported.</b> Sirens will be installed at both places by 30 September 2026 and tested on the first "
         "Monday of every month. Residents will be told what the siren means before the first test.",
         "$185,000 (FD-104)"),
        ("4.3.1", "Raise the Mill Street levee by 0.6 m",
         "<b>Supported in part.</b> Stage 1, from Wattle Street to the rail bridge (1.1 km of the 2.6 km levee), "
         "will be raised by 0.6 m in 2026-27 with a state grant. Council cannot fund the remaining 1.5 km from its "
         "own resources and will apply for a further grant in 2027.",
         "$1,900,000 (FD-101)"),
        ("4.3.4", "Clear the Gum Flat culverts before each wet season",
         "<b>Supported.</b> Culvert clearing at Gum Flat has been added to the maintenance program every August "
         "and after any flood warning.",
         "$48,000 a year (operating)"),
        ("5.2.1", "Minimum floor level of 0.5 m above the 1% AEP flood level for new homes",
         "<b>To be considered.</b> The floor level rule will be reviewed after the revised flood study is adopted, "
         "which is expected in mid-2027. Until then the present rule continues to apply.",
         "Nil"),
        ("5.2.3", "Flood levels for every property on the online map",
         "<b>Not supported.</b> Council will not publish property-level flood levels online while the flood study "
         "is being revised, as interim levels could mislead buyers and insurers. Owners and buyers can still "
         "request a free flood certificate.",
         "Nil"),
        ("5.4.1", "Voluntary purchase of eleven homes on Eel Creek Road",
         "<b>Not supported.</b> A voluntary purchase scheme would cost about $7.7 million. Even with two-thirds "
         "state funding, Council's share would be more than its whole road renewal budget for a year. Council will "
         "instead offer the owners free advice on raising their homes.",
         "Nil"),
    ]
    data = [[P("<b>Action</b>", T), P("<b>Committee recommendation</b>", T), P("<b>Council response</b>", T),
             P("<b>2026-27 budget</b>", T)]]
    for r in rows:
        data.append([P(r[0], T), P(r[1], T), P(r[2], T), P(r[3], T)])
    tb = Table(data, colWidths=[14 * mm, 40 * mm, 88 * mm, 28 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SANDY), ("GRID", (0, 0), (-1, -1), 0.4,
                                                                     colors.HexColor("#999999")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    s += [tb, Spacer(1, 6)]
    s.append(P("F4 Funding", H2))
    s.append(P("Of the $2.54 million flood and drainage capital program, $1.27 million comes from the state flood "
               "mitigation grant and the rest from Council's own funds. General rates will rise by 4.1 per cent in "
               "2026-27, in line with the rate peg; no special rate variation is proposed for flood works."))
    s.append(P("F5 Reporting", H2))
    s.append(P("Progress on the actions in this appendix will be reported to Council in the six-monthly "
               "Operational Plan progress report, in January and July."))
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wirraway Shire Council - FRMC 2025/04 - After the water",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Operational Plan 2026-27 and Budget - Appendix F: Flood "
            "resilience", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Raise the Mill Street levee by 0.6 metres along its full",
         "reply_contains": "Council cannot fund the remaining 1.5 km", "verdict": "partly"},
        {"number": 2, "starts_with": "Clear the Gum Flat culverts of debris before every wet season",
         "reply_contains": "has been added to the maintenance program every August", "verdict": "agrees"},
        {"number": 3, "starts_with": "Install flood warning sirens in Lower Wirraway and at the Riverside",
         "reply_contains": "tested on the first Monday of every month", "verdict": "agrees"},
        {"number": 4, "starts_with": "Set up a network of volunteer flood wardens in each of",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Offer to buy back the eleven homes on Eel Creek Road",
         "reply_contains": "A voluntary purchase scheme would cost about $7.7 million",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "Require the floor of every new home in the flood planning",
         "reply_contains": "will be reviewed after the revised flood study is adopted", "verdict": "noted"},
        {"number": 7, "starts_with": "Show the flood level for every property on the Council's online",
         "reply_contains": "Council will not publish property-level flood levels online", "verdict": "disagrees"},
    ]
    unmatched = ["brings together the flood and drainage works funded in the 2026-27 budget",
                 "Kerb and gutter renewal, Banksia Street",
                 "including culvert clearing, is funded from the operating budget",
                 "General rates will rise by 4.1 per cent",
                 "six-monthly Operational Plan progress report, in January and July"]
    notes = ("Advice: an Australian shire's FLOODPLAIN RISK MANAGEMENT COMMITTEE report FRMC 2025/04 'After the "
             "water' after the March 2025 flood. The seven recommendations are UNNUMBERED BOLD IMPERATIVE HEADINGS "
             "in shaded bars with a left rule, each followed by a 'Why.' paragraph and an italic 'Indicative cost:' "
             "line, under three theme sub-headings of '4 What we recommend': 'Keeping water out' (1 levee, 2 "
             "culverts), 'Warning people' (3 sirens, 4 flood wardens), 'Where people live' (5 buy-back, 6 floor "
             "levels, 7 online flood levels). Traps: numbered section headings 1-6; 'Key facts' NUMBERED 1-5 "
             "(findings); a river heights table; the state framework paraphrased ('councils must prepare ...'); the "
             "2019 advice quoted ('Council should install a river gauge at Gum Flat', done); chapter '5 Options we "
             "considered but do not support' with bold imperative run-in titles 'Relocate the Riverside caravan "
             "park.' and 'Dredge the Wirraway River through the town.' ending 'Not supported.' (not recommendations); "
             "closing 'give priority to the levee and the sirens'. Response: the council's OPERATIONAL PLAN 2026-27 "
             "AND BUDGET, 'Appendix F: Flood resilience': F1 introduction; F2 a capital works table FD-101 ... "
             "(levee stage 1 and sirens among kerb and stormwater projects, with budgets); a note that culvert "
             "clearing is in the operating budget; F3 a ruled TABLE 'Action | Committee recommendation | Council "
             "response | 2026-27 budget' keyed by the council's OWN action codes 3.1.2, 4.3.1, 4.3.4, 5.2.1, 5.2.3, "
             "5.4.1 (not recommendation numbers), rows in the order 3, 1, 2, 6, 7, 5: 3 'Supported.' sirens by 30 "
             "September 2026, tested monthly (agrees); 1 'Supported in part.' stage 1 only, 1.1 of 2.6 km, 'Council "
             "cannot fund the remaining 1.5 km' (partly); 2 'Supported.' culvert clearing every August (agrees); 6 "
             "'To be considered.' review after the revised flood study in mid-2027 (noted); 7 'Not supported.' "
             "'Council will not publish property-level flood levels online' (disagrees); 5 'Not supported.' cost "
             "$7.7 million, house-raising advice instead (disagrees); 4 (volunteer flood wardens) has no row and is "
             "never mentioned (unanswered). F1, F2 and its note, F4 Funding and F5 Reporting answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

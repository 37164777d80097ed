"""Round 110 (EN): an English borough council's MARKET TRADERS' CONSULTATIVE PANEL review of its street market,
seven recommendations as the NUMBERED PARAGRAPHS 5.2-5.8 of a 'Recommendations' section, answered by the Cabinet
Member's REPLY LETTER citing the paragraph numbers. reportlab platypus, A4, cleaned DejaVu, invariant=1; maroon
letterhead band, shaded 'The market at a glance' table; header and 'Page N of M' stamped from page 2. All bodies,
people, places and figures invented; the Food Act 1984 is named as context only (what is said of it here is not to
be relied on).
Run:  /tmp/blind110en/bin/python tests/docs/src/blind110/gen_en_street_market_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b110en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind110_en_street_market"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
MAROON = colors.HexColor("#7a1f2b")
B = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.4, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, spaceAfter=4, textColor=MAROON)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5, textColor=MAROON, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.4, leading=11, textColor=colors.HexColor("#444444"))
NP = ParagraphStyle("np", parent=B, leftIndent=26, firstLineIndent=-26)
P = lambda t, s=B: Paragraph(t, s)


def band(title, sub):
    t = Table([[Paragraph(f"<font color='white'><b>{title}</b></font>", ParagraphStyle("x", parent=B, fontSize=13, leading=16)),
                Paragraph(f"<font color='white'>{sub}</font>", ParagraphStyle("y", parent=SM, alignment=2))]],
              colWidths=[95 * mm, 75 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), MAROON), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def n(num, text):
    return P(f"{num}\t{text}".replace("\t", "  "), NP)


RECS = [
    ("5.2", "Reduce the daily pitch fee for casual traders from £38 to £30 for a trial period of twelve months, and review the effect on occupancy at the end of the trial."),
    ("5.3", "Extend the market to a Sunday craft and food market on the Corn Exchange forecourt from May to September each year."),
    ("5.4", "Create a dedicated Market Manager post, reporting to the Head of Economic Development, to run the market day to day and to recruit new traders."),
    ("5.5", "Reserve the loading bay on Bridge Street for traders' vans between 6 am and 9 am on market days, and enforce the restriction."),
    ("5.6", "Install weatherproof electricity points at every pitch on Market Place by the end of 2027, so that traders no longer need petrol generators."),
    ("5.7", "Consult registered traders at least eight weeks before any change to the pitch layout, the market days or the fees, through a written notice and a meeting of the Panel."),
    ("5.8", "Publish an annual market report showing income, costs, pitch occupancy and footfall, starting with the year 2026/27."),
]


def advice():
    facts = Table([["The market at a glance", ""],
                   ["Market days", "Thursday and Saturday, 8 am to 4 pm"],
                   ["Pitches on Market Place", "64 (of which 22 are let to regular traders)"],
                   ["Average occupancy 2025", "Thursday 41%, Saturday 68%"],
                   ["Casual pitch fee (daily)", "£38, unchanged since April 2019"],
                   ["Market income 2024/25", "£151,400 (costs £163,900)"]], colWidths=[62 * mm, 108 * mm])
    facts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTNAME", (0, 0), (-1, 0), "DVB"),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.8), ("SPAN", (0, 0), (-1, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0dfe1")),
                               ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#faf5f5")),
                               ("BOX", (0, 0), (-1, -1), 0.6, MAROON), ("INNERGRID", (0, 1), (-1, -1), 0.3, colors.HexColor("#d9c4c7"))]))
    s = [band("Kelbrook Borough Council", "Market Traders' Consultative Panel<br/>Report EDC/26/07 &middot; 14 January 2026"), Spacer(1, 10),
         P("Ready for Market Day: a review of Kelbrook Street Market", H1),
         P("Report of the Market Traders' Consultative Panel to the Cabinet. Chair: Mr Derek Ainsworth. Lead officer: Ms Farah Qureshi, Town Centre Manager.", SM),
         P("1. Introduction", H2),
         n("1.1", "The Panel was asked by the Cabinet in June 2025 (minute CAB/25/088) to review how the street market is run and to advise on how it can attract more traders and shoppers. This report sets out what we found and what we recommend."),
         n("1.2", "We met six times between September and December 2025, surveyed 118 traders and 410 shoppers, and visited the markets at Harwick and Settleby to see how they are managed."),
         P("2. Background", H2),
         n("2.1", "Kelbrook has held a market by charter since 1284. In 2014 the Town Centre Review recommended that 'the market should move from Market Place to the High Street to follow the shoppers'. That recommendation was not taken up, and we do not return to it here."),
         n("2.2", "The market is run by the Council under its market rights and the Food Act 1984, which gives the Council power to charge for stalls. Food traders must also be registered with the Council's environmental health service, and every trader must hold public liability insurance of at least £5 million."),
         facts, Spacer(1, 6),
         P("3. What we found", H2),
         n("3.1", "Occupancy on Thursdays has fallen every year since 2019. Traders told us that the casual fee is high compared with Harwick (£26) and Settleby (£30), and that a new trader cannot afford to test the market for a few weeks."),
         n("3.2", "Setting up is slow and unsafe. Vans park on the pavement because the Bridge Street loading bay is usually full of shoppers' cars by 7 am. Several traders run petrol generators, which are noisy and which the fire service says should not be used near gas cylinders."),
         n("3.3", "Nobody is in charge on the day. The market is looked after by two part-time officers who also cover parking and licensing, and the Panel heard that changes to the layout in 2024 were made with a week's notice. Traders felt that they should have been asked."),
         n("3.4", "Shoppers want a weekend offer. In the survey, 61% of shoppers said they would visit a Sunday market with food and crafts, and the Corn Exchange forecourt is empty on Sundays. Councillors and the public also told us they do not know whether the market pays its way."),
         P("4. Conclusions", H2),
         n("4.1", "The market is worth keeping and can grow, but it needs lower costs for new traders, better facilities and clearer management. We do not think the Council should sell or lease the market to a private operator, an option raised in 2023, and we have not costed it."),
         P("5. Recommendations", H2),
         n("5.1", "The Panel recommends that the Cabinet:"),
         ]
    s += [n(num, t) for num, t in RECS]
    s += [n("5.9", "Recommendations 5.2, 5.5 and 5.7 can be carried out within existing budgets. The others will need decisions in the 2026/27 budget."),
          Spacer(1, 8), P("Derek Ainsworth, Chair, on behalf of the Market Traders' Consultative Panel", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    L = ParagraphStyle("l", parent=B, spaceAfter=8)
    s = [band("Kelbrook Borough Council", "Councillor Helen Marsh<br/>Cabinet Member for Town Centres"), Spacer(1, 12),
         P("Mr Derek Ainsworth<br/>Chair, Market Traders' Consultative Panel<br/>c/o Town Hall, Kelbrook", L),
         P("Our ref: HM/TC/26/19 &nbsp; Your ref: EDC/26/07".replace("&nbsp;", " "), SM),
         P("2 March 2026", SM), Spacer(1, 6),
         P("Dear Derek,", L),
         P("<b>Ready for Market Day: a review of Kelbrook Street Market</b>", L),
         P("Thank you for the Panel's report, which Cabinet considered at its meeting on 24 February 2026. I am grateful to you and to every trader who gave up an early morning to take part, and I want to set out where we have got to on each of your recommendations.", L),
         P("I can tell you first that the parking order for Bridge Street came into force on 16 February: the bay is now for loading only from 6 am to 9 am on Thursdays and Saturdays, and civil enforcement officers are visiting it on every market morning (your paragraph 5.5).", L),
         P("On fees (paragraph 5.2), Cabinet has agreed to cut the casual daily charge to £30 from 1 April 2026 for a year, and officers will report back on occupancy in spring 2027 before any decision on whether to keep the lower rate.", L),
         P("Paragraphs 5.4 and 5.7 are linked, and I will take them together. Cabinet was not persuaded that a new Market Manager post can be justified while the market runs at a loss, so we will not be creating one at this time; day-to-day running will stay with the Town Centre team. We do, however, fully accept that traders must not be surprised again. From now on the Town Centre Manager will give registered traders eight weeks' written notice of any change to layout, days or charges and will bring it to the Panel first.", L),
         P("Your proposal for a Sunday market (paragraph 5.3) was well received, but we are not yet ready to commit to a whole season. Instead we will hold four Sunday markets on the Corn Exchange forecourt in June, July, August and September 2026 as a pilot and look at the results with you in the autumn.", L),
         P("As to electricity at every pitch (paragraph 5.6), this would cost in the region of £240,000. Cabinet has noted the case you make and asked officers to include it among the bids for the 2027/28 capital programme, where it will be weighed against other schemes; I cannot promise more than that today.", L),
         P("You may also like to know that the Christmas lights switch-on will move to Saturday 28 November this year, so that it falls on a market day. The events team will be in touch with traders about late opening.", L),
         P("Thank you again for a practical and well-argued report. I look forward to meeting the Panel at its next meeting in April, and please do not hesitate to contact me in the meantime.", L),
         P("Yours sincerely,", L), Spacer(1, 10),
         P("Councillor Helen Marsh<br/>Cabinet Member for Town Centres", L),
         P("cc: Ms Farah Qureshi, Town Centre Manager; Head of Economic Development", SM)]
    build(H.out(NAME + "_response.pdf"), s)


def main():
    advice(); response()
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kelbrook Borough Council - Market Traders' Consultative Panel (EDC/26/07)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kelbrook Borough Council - Cabinet Member for Town Centres",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Reduce the daily pitch fee for casual traders from £38 to £30",
         "reply_contains": "cut the casual daily charge to £30 from 1 April 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "Extend the market to a Sunday craft and food market",
         "reply_contains": "we are not yet ready to commit to a whole season", "verdict": "partly"},
        {"number": 3, "starts_with": "Create a dedicated Market Manager post, reporting to the Head",
         "reply_contains": "we will not be creating one at this time", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Reserve the loading bay on Bridge Street for traders' vans",
         "reply_contains": "the parking order for Bridge Street came into force on 16 February", "verdict": "agrees"},
        {"number": 5, "starts_with": "Install weatherproof electricity points at every pitch on Market Place",
         "reply_contains": "include it among the bids for the 2027/28 capital programme", "verdict": "noted"},
        {"number": 6, "starts_with": "Consult registered traders at least eight weeks before any change",
         "reply_contains": "give registered traders eight weeks' written notice of any change", "verdict": "agrees"},
        {"number": 7, "starts_with": "Publish an annual market report showing income, costs, pitch occupancy",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["which Cabinet considered at its meeting on 24 February 2026",
                 "the Christmas lights switch-on will move to Saturday 28 November",
                 "I look forward to meeting the Panel at its next meeting"]
    notes = ("Advice: English borough council Market Traders' Consultative Panel report EDC/26/07 to Cabinet; recs are the "
             "NUMBERED PARAGRAPHS 5.2-5.8 after 5.1 'The Panel recommends that the Cabinet:' (numbers 1-7 = 5.2-5.8); "
             "traps: paragraphs 1.1-4.1 and 5.9 (citing 'Recommendations 5.2, 5.5 and 5.7'), minute CAB/25/088, 2014 "
             "recommendation quoted ('the market should move ... to the High Street'), Food Act 1984 / 'must also be "
             "registered' / insurance, 'The market at a glance' table, fire service 'should not be used', 'they should have "
             "been asked', 'We do not think the Council should sell or lease'. Response: REPLY LETTER from the Cabinet Member "
             "citing '(paragraph 5.x)', order 5.5, 5.2, 5.4+5.7, 5.3, 5.6: loading order in force (4 agrees); fee cut to £30 "
             "(1 agrees); ONE paragraph '5.4 and 5.7' = no Market Manager post at this time (3 disagrees) + eight weeks' "
             "notice (6 agrees); four pilot Sundays instead of a season (2 partly); electricity a capital bid without promise "
             "(5 noted); 7 (annual market report) unanswered; thanks/Cabinet meeting, Christmas lights, closing (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

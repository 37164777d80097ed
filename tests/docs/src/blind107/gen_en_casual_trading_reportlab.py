"""Round 107 (EN): an Irish county council's CASUAL TRADING REVIEW GROUP report on the review of the casual trading
bye-laws for a market town, seven recommendations as NUMBERED PARAGRAPHS 6.1 to 6.7 of its 'Recommendations'
section (after numbered findings 5.1-5.4), answered by the CHIEF EXECUTIVE'S REPORT to the Municipal District
members, which replies in prose by subject without citing the paragraph numbers. reportlab platypus, A4, cleaned
DejaVu, invariant=1; green-grey letterhead band, side-by-side 'Trading at a glance' table; header and 'Page N of
M' stamped from page 2. All bodies, people, places, figures invented; the Casual Trading Act 1995 is named as
context only.
Run:  /tmp/blind107en/bin/python tests/docs/src/blind107/gen_en_casual_trading_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b107en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind107_en_casual_trading"
GREEN = colors.HexColor("#3d5a4c")
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
B = ParagraphStyle("b", fontName="DV", fontSize=9.8, leading=13, spaceAfter=6)
C = ParagraphStyle("c", parent=B, fontSize=8.8, leading=11.5, spaceAfter=2)
NP = ParagraphStyle("np", parent=B, leftIndent=24, firstLineIndent=-24, spaceAfter=5)
H1 = ParagraphStyle("h1", parent=B, fontName="DVB", fontSize=15.5, leading=19, textColor=GREEN, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=B, fontName="DVB", fontSize=11.5, leading=14, textColor=GREEN, spaceBefore=6)
W = ParagraphStyle("w", parent=B, fontName="DVB", textColor=colors.white, spaceAfter=0)


def band(l, r):
    t = Table([[Paragraph(l, W), Paragraph(r, W)]], colWidths=[105 * mm, 65 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def para(num, text):
    return Paragraph(f"<b>{num}</b>  {text}", NP)


def build(path, story):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(story)


def advice(path):
    s = [band("KILBRENNAN COUNTY COUNCIL<br/>Casual Trading Review Group",
              "Report to the Municipal District of Ballymore<br/>5 February 2026"),
         Spacer(1, 10),
         Paragraph("Review of the Casual Trading Bye-Laws for Ballymore Town", H1)]
    intro = [Paragraph("1. Introduction", H2),
             para("1.1", "The Review Group was established by the Municipal District members in June 2025 to review "
                  "the Ballymore Casual Trading Bye-Laws 2017 before they are remade. It comprised two elected "
                  "members, three licensed traders, the Ballymore Chamber, a representative of An Garda Síochána "
                  "and officers of the Planning and Economic Development sections."),
             para("1.2", "Under the Casual Trading Act 1995 a local authority may designate casual trading areas "
                  "and must make bye-laws for their control; a trader must hold a licence for the area and day "
                  "concerned.")]
    side = Table([[Paragraph("<b>Trading at a glance</b>", C)],
                  [Paragraph("Licensed bays: 32 (Market Square)", C)],
                  [Paragraph("Trading days: Thursday, Saturday", C)],
                  [Paragraph("Licences issued 2025: 27", C)],
                  [Paragraph("Annual fee: €600 (food), €350 (other)", C)],
                  [Paragraph("Complaints 2025: 19", C)]], colWidths=[52 * mm])
    side.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e7eee9")),
                              ("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    two = Table([[intro, side]], colWidths=[114 * mm, 56 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    s.append(two)
    s += [Paragraph("2. Method", H2),
          para("2.1", "The Group met six times, visited the Thursday and Saturday markets, and received 43 written "
               "submissions, including from the Ballymore Tidy Towns committee and eleven shops on Main Street."),
          Paragraph("3. The existing bye-laws", H2),
          para("3.1", "The 2017 bye-laws allow trading from 8 a.m. to 4 p.m. on the two market days. The 2014 "
               "review recommended that \"traders should display their licence and bay number at all times\", "
               "and this requirement was written into bye-law 11."),
          Paragraph("4. What traders and businesses told us", H2),
          para("4.1", "Traders told us that the 4 p.m. finish loses them the busiest hours on a Saturday, and that "
               "the food licence fee is high in comparison with neighbouring counties. Shops on Main Street were "
               "broadly supportive of the market but concerned about litter and grease left on the square."),
          Paragraph("5. Findings", H2),
          para("5.1", "Only 27 of the 32 bays were licensed in 2025, and no new trader has started since 2022."),
          para("5.2", "Litter complaints rose from 6 in 2023 to 14 in 2025, nearly all relating to hot-food stalls."),
          para("5.3", "Unlicensed traders appear regularly at the Quayside during summer events. Enforcement is a "
               "matter for authorised officers and the Gardaí, and in the Group's view it should be better "
               "coordinated."),
          para("5.4", "There is no trading on Sundays, although the Quayside car park is busy with visitors to "
               "the lake on summer weekends."),
          Paragraph("6. Recommendations", H2),
          Paragraph("The Review Group recommends as follows:", B),
          para("6.1", "Saturday trading hours at the Market Square should be extended to 6 p.m. from April to "
               "October."),
          para("6.2", "The annual licence fee for food traders should be reduced from €600 to €400, in line with "
               "the neighbouring counties."),
          para("6.3", "A new casual trading area should be designated at the Quayside car park for Sunday trading "
               "from May to September."),
          para("6.4", "Two bays at the Market Square should be reserved for first-time traders at half the normal "
               "fee for their first year."),
          para("6.5", "Every hot-food trader should be required by the new bye-laws to use the Council's trade "
               "waste collection."),
          para("6.6", "The Council and the Gardaí should agree a joint protocol for dealing with unlicensed "
               "trading at events."),
          para("6.7", "Electricity points should be installed at the Market Square bays so that traders no longer "
               "need petrol generators."),
          Paragraph("7. Next steps", H2),
          para("7.1", "Draft bye-laws will require public consultation for at least one month before the members "
               "can adopt them. The Group asks that the Chief Executive report on these recommendations to the "
               "April meeting of the Municipal District."),
          Spacer(1, 6),
          Paragraph("Cllr Bríd Ó Floinn, Chair, Casual Trading Review Group", B)]
    build(path, s)


def response(path):
    s = [band("KILBRENNAN COUNTY COUNCIL<br/>Comhairle Contae Chill Bhreanainn",
              "Report No. 41/2026<br/>Meeting of 14 April 2026"),
         Spacer(1, 10),
         Paragraph("Chief Executive's Report to the Members of the Municipal District of Ballymore", H1),
         Paragraph("<b>Subject:</b> Report of the Casual Trading Review Group on the Ballymore Casual Trading "
                   "Bye-Laws", B),
         Paragraph("1. Purpose", H2),
         Paragraph("This report responds to the Review Group's report of 5 February 2026 and seeks the members' "
                   "agreement to prepare draft bye-laws for public consultation. I would like to acknowledge the "
                   "work of Cllr Ó Floinn and the members of the Group over the past eight months.", B),
         Paragraph("2. Response to the Review Group", H2),
         Paragraph("<b>New traders.</b> The proposal to set aside places for newcomers is welcomed. The draft "
                   "bye-laws will reserve two bays for first-time traders, who will pay half the fee in their "
                   "first year, and the Local Enterprise Office has offered mentoring to those who take them up.", B),
         Paragraph("<b>Trading hours.</b> The Executive agrees that a later Saturday finish is reasonable. The "
                   "draft bye-laws will permit trading until 6 p.m. on Saturdays between April and October.", B),
         Paragraph("<b>Licence fees and waste.</b> The Executive is not in a position to recommend a lower fee for "
                   "food traders at this time: the fee covers the cost of inspection, cleaning and administration "
                   "of the market, and a reduction would have to be met from the general budget. A requirement to "
                   "use the Council's trade waste service will be included in the draft bye-laws as a condition "
                   "of every hot-food licence.", B),
         Paragraph("<b>Unlicensed trading.</b> The Executive notes the Group's concerns. The matter will be raised "
                   "with the District Superintendent and placed on the agenda of the Joint Policing Committee, "
                   "which is the appropriate forum to consider it.", B),
         Paragraph("<b>Sunday trading at the Quayside.</b> The Executive supports this in principle but proposes "
                   "to begin more cautiously. It is recommended that the Quayside be designated for trading on the "
                   "first Sunday of each month from June to September 2026 only, with a review at the end of the "
                   "season before any weekly designation is considered.", B),
         Paragraph("3. Other matters: Market Square resurfacing", H2),
         Paragraph("Members will be aware that the resurfacing of the Market Square under the Town Centre First "
                   "programme is expected to be carried out in January and February 2027, when there is least "
                   "trading.", B),
         Paragraph("4. Recommendation", H2),
         Paragraph("It is recommended that the members note this report and agree that draft bye-laws be prepared "
                   "on the basis set out above and published for public consultation in May 2026. I will be happy "
                   "to take questions from members at the meeting.", B),
         Spacer(1, 6),
         Paragraph("Siobhán Carrick, Director of Services, for Chief Executive", B)]
    build(path, s)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kilbrennan County Council - Casual Trading Review Group - Ballymore",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kilbrennan County Council - Report No. 41/2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Saturday trading hours at the Market Square should be extended to",
             reply_contains="permit trading until 6 p.m. on Saturdays between April and October",
             verdict="agrees"),
        dict(number=2, starts_with="The annual licence fee for food traders should be reduced from",
             reply_contains="not in a position to recommend a lower fee for food traders",
             verdict="disagrees"),
        dict(number=3, starts_with="A new casual trading area should be designated at the Quayside",
             reply_contains="first Sunday of each month from June to September 2026 only",
             verdict="partly"),
        dict(number=4, starts_with="Two bays at the Market Square should be reserved for first-time",
             reply_contains="will reserve two bays for first-time traders", verdict="agrees"),
        dict(number=5, starts_with="Every hot-food trader should be required by the new bye-laws to",
             reply_contains="as a condition of every hot-food licence", verdict="agrees"),
        dict(number=6, starts_with="The Council and the Gardaí should agree a joint protocol for",
             reply_contains="placed on the agenda of the Joint Policing Committee", verdict="noted"),
        dict(number=7, starts_with="Electricity points should be installed at the Market Square bays so",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "acknowledge the work of Cllr Ó Floinn and the members",
        "resurfacing of the Market Square under the Town Centre First programme",
        "I will be happy to take questions from members at the meeting"],
        "Advice: Irish county council Casual Trading Review Group report on the Ballymore casual trading bye-laws; "
        "recs are NUMBERED PARAGRAPHS 6.1-6.7 of section '6. Recommendations' (numbers 1-7 = 6.1-6.7), every section "
        "numbered the same way; traps: numbered paragraphs 1.1-5.4 and 7.1, Casual Trading Act 1995 'must make "
        "bye-laws', 2014 review quoted ('traders should display their licence'), finding 5.3 'it should be better "
        "coordinated', 'Trading at a glance' side table with fees, 7.1 'Draft bye-laws will require public "
        "consultation'. Response: CHIEF EXECUTIVE'S REPORT No. 41/2026 to the Municipal District, replies under "
        "bold subject labels, NO paragraph numbers, order 6.4, 6.1, 6.2+6.5, 6.6, 6.3: newcomer bays (4 agrees); "
        "6 p.m. Saturdays (1 agrees); ONE paragraph 'Licence fees and waste' = no lower fee (2 disagrees) + trade "
        "waste condition (5 agrees); Joint Policing Committee (6 noted); first Sunday monthly pilot (3 partly); 6.7 "
        "(electricity points) unanswered; Purpose acknowledgement, 'Other matters' resurfacing, the report's own "
        "recommendation to note and consult with offer of questions (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

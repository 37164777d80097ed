"""Round 50 (EN): a competition authority's market study final report (genre of the UK CMA's market studies that end
with recommendations to government, to which the government responds within 90 days), by the invented Consumer and
Competition Authority (CCA) on off-grid domestic heating fuels: cover block, summary with numbered paragraphs and a
short list of the recommendation topics, chapters with paragraphs 2.1-5.4, a table of average margins, the 2011
recommendation of a predecessor body quoted, findings with 'should', the decision NOT to make a market investigation
reference and the remedy considered and rejected (price caps), then chapter 6 with seven lettered recommendations
A-G in ruled boxes under addressee headings; answered by the invented Department for Energy and Climate Security's
'Government response' (ministerial foreword, themed sections naming the recommendations in prose, another order,
one section answering A and B with different outcomes, C not answered, a foreword and 'Next steps' answering
nothing). reportlab platypus, A4, cleaned Liberation fonts, header and footer on the canvas. All content (authority,
department, ombudsman, schemes, Act, people, figures) is invented.

Run:  /tmp/blind50en/bin/python tests/docs/src/blind50/gen_en_marketstudy_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b50en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak

NAME = "blind50_en_marketstudy"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")

PLUM = colors.HexColor("#4b2364")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.6, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=13, leading=17, spaceBefore=9, spaceAfter=5, textColor=PLUM)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3)
CELL = ParagraphStyle("c", fontName="LS", fontSize=8.8, leading=11)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")

REC = {
    "A": "We recommend that the government introduce a statutory requirement for suppliers of heating oil and LPG to "
         "domestic customers to publish their current delivered prices per litre on their websites, updated at "
         "least weekly.",
    "B": "We recommend that the government fund a national price comparison service for heating oil, run by an "
         "independent consumer body, for a period of at least five years.",
    "C": "We recommend that the government extend the Emergency Fuel Fund so that vulnerable off-grid households can "
         "order small deliveries of under 500 litres at the supplier's standard price per litre.",
    "D": "We recommend that the government extend the jurisdiction of the Energy Complaints Ombudsman to complaints "
         "by domestic customers of heating oil and LPG suppliers.",
    "E": "We recommend that the government require suppliers of LPG through tanks owned by the supplier to allow "
         "domestic customers to switch supplier without charge after an initial term of no more than two years.",
    "F": "We recommend that the National Trading Standards Board fund a two-year project to tackle misleading "
         "claims about fuel additives and boiler servicing sold to off-grid households.",
    "G": "We recommend that the government publish, within 12 months, a plan setting out how off-grid households "
         "will be supported to move to low-carbon heating, including the date from which new oil boilers may no "
         "longer be installed.",
}


def deco(head, foot, first_plain=True):
    def draw(c, doc):
        W, Ht = A4
        c.saveState()
        c.setFont("LS", 7.8)
        c.setFillColor(colors.HexColor("#444444"))
        if not (first_plain and doc.page == 1):
            c.drawString(20 * mm, Ht - 11 * mm, head)
            c.setStrokeColor(PLUM)
            c.setLineWidth(0.6)
            c.line(20 * mm, Ht - 12.5 * mm, W - 20 * mm, Ht - 12.5 * mm)
        c.drawString(20 * mm, 9 * mm, foot)
        c.drawRightString(W - 20 * mm, 9 * mm, "%d" % doc.page)
        c.restoreState()
    return draw


def N(n, t, st=BODY):
    tb = Table([[Paragraph(n, st), Paragraph(t, st)]], colWidths=(12 * mm, 158 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def grid(rows, widths, head=True):
    t = Table([[Paragraph(c, CELLB if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=[w * mm for w in widths])
    st = [("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e9e0ef")))
    t.setStyle(TableStyle(st))
    return t


def box(k):
    inner = [Paragraph("Recommendation %s" % k, ParagraphStyle("rh", parent=BODY, fontName="LSB", textColor=PLUM,
                                                              spaceAfter=2)),
             Paragraph(REC[k], ParagraphStyle("rt", parent=BODY, spaceAfter=0))]
    t = Table([[inner]], colWidths=(170 * mm,))
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.9, PLUM), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return KeepTogether([t, Spacer(1, 3 * mm)])


def advice(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("<font color='#4b2364'>Consumer and Competition Authority</font>",
                       ParagraphStyle("t0", fontName="LSB", fontSize=11, leading=14)))
    s.append(Spacer(1, 18 * mm))
    s.append(Paragraph("Off-grid domestic heating fuels market study", ParagraphStyle("t1", fontName="LSB",
                                                                                       fontSize=22, leading=27)))
    s.append(Paragraph("Final report", ParagraphStyle("t2", fontName="LS", fontSize=15, leading=20, spaceAfter=4)))
    s.append(Paragraph("12 March 2026", ParagraphStyle("t3", fontName="LS", fontSize=11, leading=14,
                                                       spaceAfter=14)))
    s.append(P("<i>(c) Consumer and Competition Authority 2026. This report is published under section 9 of the "
               "Markets and Consumers Act 2019. Case reference MS/0117.</i>"))
    s.append(Paragraph("Summary", H1))
    s.append(N("1.", "Around 1.4 million households in Great Britain are not connected to the gas grid and heat their "
                     "homes with heating oil or liquefied petroleum gas (LPG). Many are older, rural and on low "
                     "incomes. We launched this market study in June 2025 after a rise in complaints about prices "
                     "and about the terms of LPG tank contracts."))
    s.append(N("2.", "We found that the heating oil market is generally competitive at the wholesale level, but that "
                     "many domestic customers do not shop around: 58 per cent of the customers we surveyed had used "
                     "the same supplier for five years or more, and prices for the same delivery on the same day "
                     "varied by up to 21 pence per litre between suppliers in the same area."))
    s.append(N("3.", "In LPG, most domestic customers use a tank owned by their supplier. Switching is possible but "
                     "slow, and exit charges of 250 to 600 pounds deter it. Customers of both fuels have no access to "
                     "an ombudsman when complaints are not resolved."))
    s.append(N("4.", "We have decided not to make a market investigation reference. We consider that the problems we "
                     "found can be addressed more quickly by the measures in chapter 6, which cover: price "
                     "transparency; help for vulnerable customers; redress; LPG switching; enforcement; and the "
                     "transition to low-carbon heating. Most are for the government; one is for the National "
                     "Trading Standards Board."))
    s.append(Paragraph("2 Background", H1))
    s.append(N("2.1", "Heating oil (kerosene) is delivered by road tanker to a tank at the customer's home, usually "
                      "in loads of 500 to 1,000 litres. There are around 160 distributors, but four groups account "
                      "for 47 per cent of domestic volume. LPG is supplied by five companies, the largest two of "
                      "which supply 71 per cent of domestic tank customers."))
    s.append(N("2.2", "In 2011 our predecessor, the Office of Fair Dealing, reviewed the market and recommended that "
                      "<i>'the industry should develop a code of practice giving customers clear information on "
                      "prices and contract terms'</i>. A voluntary code was adopted in 2012. Membership has fallen "
                      "since 2019 and the code has no independent monitoring."))
    s.append(Paragraph("3 Prices and margins", H1))
    s.append(N("3.1", "Table 1 shows the average gross margin earned on domestic deliveries by the distributors that "
                      "gave us data, by size of delivery. Margins on small deliveries are much higher, and small "
                      "deliveries are bought disproportionately by households in financial difficulty."))
    s.append(grid([["Delivery size", "Share of deliveries", "Average gross margin (pence per litre)",
                    "Range across distributors"],
                   ["Under 500 litres", "18%", "19.4", "11.0 - 31.2"],
                   ["500 - 899 litres", "46%", "10.8", "6.1 - 17.5"],
                   ["900 litres and over", "36%", "7.9", "4.3 - 12.6"]], (38, 32, 56, 44)))
    s.append(Paragraph("<i>Table 1. Domestic heating oil margins, October 2024 - September 2025. Source: CCA analysis "
                       "of data from 23 distributors.</i>", CELL))
    s.append(Spacer(1, 3 * mm))
    s.append(N("3.2", "Prices are rarely published. Only 9 of the 40 largest distributors show a price on their "
                      "website; the rest give quotes by telephone. Customers should be able to compare prices "
                      "without making several calls, and in our view this is the single most important barrier to "
                      "effective competition in the market."))
    s.append(N("3.3", "We considered whether to recommend a cap on the prices of small deliveries. We do not "
                      "recommend a price cap: margins reflect real costs of small drops, and a cap could lead "
                      "suppliers to withdraw small deliveries altogether."))
    s.append(Paragraph("4 LPG tank contracts", H1))
    s.append(N("4.1", "LPG contracts typically run for an initial term of three to five years and roll over. Of the "
                      "customers who tried to switch in 2024, 37 per cent gave up. An LPG switching protocol agreed in "
                      "2016 sets a target of 30 working days for a tank transfer, which was met in only 52 per cent "
                      "of cases in 2024."))
    s.append(N("4.2", "Exit charges should reflect the supplier's actual costs of removing or transferring a tank. We "
                      "found that they are set at a flat rate well above those costs by three of the five "
                      "suppliers."))
    s.append(Paragraph("5 Consumer protection and redress", H1))
    s.append(N("5.1", "Unlike gas and electricity customers, off-grid customers cannot take an unresolved complaint to "
                      "an ombudsman. Complaints go to Trading Standards or the courts; few are pursued."))
    s.append(N("5.2", "We also received evidence of doorstep and telephone selling of fuel additives and unnecessary "
                      "boiler services to older customers, often with misleading claims about savings."))
    s.append(N("5.3", "Off-grid households face the largest change in the move to low-carbon heat. Suppliers told us "
                      "that uncertainty about government policy on oil boilers makes it hard to plan investment."))
    s.append(N("5.4", "Where we make recommendations to government, the Markets and Consumers Act 2019 requires the "
                      "government to respond within 90 days of publication."))
    s.append(Paragraph("6 Recommendations", H1))
    s.append(P("We make the following recommendations. Recommendations A to E and G are addressed to the government; "
               "recommendation F is addressed to the National Trading Standards Board."))
    s.append(Paragraph("Price transparency", H2))
    s.append(box("A"))
    s.append(box("B"))
    s.append(Paragraph("Vulnerable customers and redress", H2))
    s.append(box("C"))
    s.append(box("D"))
    s.append(Paragraph("LPG switching", H2))
    s.append(box("E"))
    s.append(Paragraph("Enforcement", H2))
    s.append(box("F"))
    s.append(Paragraph("The transition to low-carbon heating", H2))
    s.append(box("G"))
    s.append(P("We will review progress against these recommendations two years after publication of this report."))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=19 * mm,
                            bottomMargin=17 * mm, title="Off-grid domestic heating fuels market study", author="CCA")
    d = deco("Off-grid domestic heating fuels market study - Final report", "Consumer and Competition Authority")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    P = lambda t: Paragraph(t, BODY)
    s = []
    s.append(Paragraph("<font color='#00594f'>Department for Energy and Climate Security</font>",
                       ParagraphStyle("l0", fontName="LSB", fontSize=14, leading=18, spaceAfter=14)))
    s.append(Paragraph("Government response to the Consumer and Competition Authority's market study into off-grid "
                       "domestic heating fuels", ParagraphStyle("rt", fontName="LSB", fontSize=16, leading=20,
                                                                spaceAfter=6)))
    s.append(P("Presented to Parliament pursuant to section 9(4) of the Markets and Consumers Act 2019<br/>June 2026"))
    s.append(Paragraph("Ministerial foreword", H1))
    s.append(P("Households that heat their homes with oil or LPG deserve the same confidence as those on the gas grid "
               "that they are paying a fair price and can complain when things go wrong. I welcome the Authority's "
               "report, and I am grateful to the 3,100 households who told the Authority about their experience. "
               "This winter we paid a one-off rebate of 150 pounds to 210,000 off-grid households on means-tested "
               "benefits, and we will continue to target support where it is needed most."))
    s.append(P("<i>Dame Judith Allardyce MP, Minister for Energy Consumers</i>"))
    s.append(Paragraph("The transition to low-carbon heating", H1))
    s.append(P("The government shares the Authority's view that clarity on the future of heating is essential. We "
               "are already preparing an Off-Grid Heat Plan, which will be published in the autumn and will set out "
               "support for heat pumps and other low-carbon options, and the date after which new oil boilers will "
               "not be installed in existing homes. This fulfils recommendation G."))
    s.append(Paragraph("Price transparency", H1))
    s.append(P("The government accepts recommendation A. We will bring forward regulations later this year "
               "requiring suppliers to publish prices for standard domestic deliveries online, and we will consult on "
               "the details, including the treatment of small suppliers, over the summer. On recommendation B, we "
               "agree that comparison is the aim, but we do not intend to fund a dedicated comparison service. Once "
               "prices are published, commercial comparison sites can be expected to enter the market, and the "
               "Department will publish a weekly average regional price as a benchmark."))
    s.append(Paragraph("LPG contracts", H1))
    s.append(P("The government has considered recommendation E carefully. The industry's switching protocol was "
               "revised in 2025 and now includes a compensation payment where a transfer takes longer than 30 "
               "working days. The government does not consider that legislation to limit initial contract terms "
               "is justified at present, but will ask the Authority to report on the revised protocol's effect in "
               "2027."))
    s.append(Paragraph("Redress", H1))
    s.append(P("We accept in principle that off-grid customers should have access to independent redress. Extending "
               "the Energy Complaints Ombudsman's jurisdiction requires primary legislation; we will consult on the "
               "options, including a voluntary scheme in the interim, and take a decision by the end of 2026."))
    s.append(Paragraph("Enforcement", H1))
    s.append(P("Recommendation F is a matter for the National Trading Standards Board, which is independent of the "
               "government. We have drawn it to the Board's attention, and we understand it will consider the "
               "proposal when it sets its priorities for 2027-28."))
    s.append(Paragraph("Next steps", H1))
    s.append(P("The Department will publish a summary of progress on the measures in this response alongside its "
               "annual energy consumer report in spring 2027, and officials will meet the Authority twice a year "
               "to review implementation."))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=17 * mm, title="Government response - off-grid heating fuels", author="DECS")
    d = deco("Government response to the CCA market study into off-grid domestic heating fuels",
             "CP 1502", first_plain=True)
    doc.build(s, onFirstPage=d, onLaterPages=d)


NOTES = ("Market study final report (genre of the UK CMA's market studies) of the invented Consumer and Competition "
         "Authority on off-grid domestic heating fuels. Traps: summary paragraphs 1.-4. listing the recommendation "
         "topics in words, the decision not to make a market investigation reference, paragraphs 2.1-5.4 in a number "
         "column, the predecessor's 2011 recommendation quoted ('the industry should develop a code of practice'), "
         "Table 1 margins by delivery size, findings with 'should' (3.2, 4.2), the price cap considered and NOT "
         "recommended (3.3), the 90-day duty (5.4), chapter 6 lead-in naming the addressees. Recommendations: ruled "
         "boxes 'Recommendation A'-'G' under topic headings, each 'We recommend that the government/the National "
         "Trading Standards Board ...'. Response: the invented Department's 'Government response' command paper, a "
         "ministerial foreword, themed sections in the order G, A+B, E, D, F, letters named in prose except D. Key: "
         "G Off-Grid Heat Plan already being prepared, 'This fulfils recommendation G' (agrees); one paragraph covers "
         "A 'accepts recommendation A', regulations (agrees) and B 'do not intend to fund a dedicated comparison "
         "service', weekly regional benchmark instead (disagrees, also partly); E legislation 'not justified at "
         "present', review of the protocol (disagrees); D ombudsman 'accept in principle', consultation and decision "
         "by end 2026 (partly, also agrees), answered without its letter; F a matter for the independent Board, "
         "drawn to its attention (noted); C Emergency Fuel Fund small deliveries unanswered (the foreword's rebate is "
         "not an answer to it). Unmatched: the foreword (150-pound rebate), 'Next steps' (progress summary).")


def expected():
    sw = lambda k: " ".join(REC[k].split()[:11])
    recs = [
        {"number": "A", "starts_with": sw("A"), "reply_contains": "The government accepts recommendation A",
         "verdict": "agrees"},
        {"number": "B", "starts_with": sw("B"),
         "reply_contains": "we do not intend to fund a dedicated comparison service", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "C", "starts_with": sw("C"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "D", "starts_with": sw("D"),
         "reply_contains": "We accept in principle that off-grid customers should have access", "verdict": "partly",
         "also": ["agrees"]},
        {"number": "E", "starts_with": sw("E"),
         "reply_contains": "does not consider that legislation to limit initial contract terms", "verdict": "disagrees"},
        {"number": "F", "starts_with": sw("F"), "reply_contains": "We have drawn it to the Board's attention",
         "verdict": "noted"},
        {"number": "G", "starts_with": sw("G"), "reply_contains": "We are already preparing an Off-Grid Heat Plan",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["paid a one-off rebate of 150 pounds to 210,000",
                                  "officials will meet the Authority twice a year"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b50en.py"), NAME)) and 1)

"""Round 35 (EN): an Australian state PRICING TRIBUNAL's final review report answered by a COUNCIL CIRCULAR of the
state's local government department. The advice (an invented tribunal's review of councils' domestic waste
management charges) has a title block, an 'At a glance' box paraphrasing the main proposals, a list of findings
and recommendations with page numbers, numbered sections, grey 'Finding N' boxes and green 'Recommendation N'
boxes, a table of charges, and the tribunal's draft recommendation quoted and dropped. The response is a circular
to councils ('Circular No. 26-19', reference table, 'What's new or changing', 'What this will mean for your
council', 'Key points' prose, 'Where to go for further information'), answering the recommendations by number in
another order; one paragraph answers 6 and 7 with different positions; recommendation 8 is not answered; a
reminder about special variations answers nothing. reportlab platypus, A4, cleaned Liberation fonts, running
header and footer drawn on each page. All content (tribunal, department, statute sections, councils, figures,
people) invented.

Run:  /tmp/blind35en/bin/python tests/docs/src/blind35/gen_en_waste_circular_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b35en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether)

NAME = "blind35_en_waste_circular"

for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LS-B", "LiberationSans-Bold.ttf"),
              ("LS-I", "LiberationSans-Italic.ttf"), ("LS-BI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B"); addMapping("LS", 0, 1, "LS-I")
addMapping("LS", 1, 1, "LS-BI")

TEAL = colors.HexColor("#00616b")
GREEN_BG = colors.HexColor("#e3f1ec")
GREY_BG = colors.HexColor("#ececec")
NAVY = colors.HexColor("#1f2a5a")

body = ParagraphStyle("body", fontName="LS", fontSize=9.6, leading=13.2, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#444444"))
h1 = ParagraphStyle("h1", parent=body, fontName="LS-B", fontSize=19, leading=23, textColor=TEAL, spaceAfter=4)
h2 = ParagraphStyle("h2", parent=body, fontName="LS-B", fontSize=12.5, leading=16, textColor=TEAL, spaceBefore=9,
                    spaceAfter=5)
h3 = ParagraphStyle("h3", parent=body, fontName="LS-B", fontSize=10.2, leading=13, spaceBefore=6, spaceAfter=3)
boxhead = ParagraphStyle("bh", parent=body, fontName="LS-B", textColor=TEAL, spaceAfter=2)
bullet = ParagraphStyle("bul", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3)
cell = ParagraphStyle("cell", parent=body, fontSize=8.6, leading=11, spaceAfter=0)
cellb = ParagraphStyle("cellb", parent=cell, fontName="LS-B")

REC = {
    1: "That the Minister for Local Government issue guidelines under section 23A of the <i>Local Government Act "
       "1993</i> setting out the costs that councils may recover through domestic waste management charges.",
    2: "That councils publish, with their annual operational plan, a breakdown of the domestic waste management "
       "charge into collection, processing, disposal and overhead costs.",
    3: "That the Tribunal publish each year, from 2027-28, a benchmark range for domestic waste management "
       "charges against which councils and ratepayers can compare each council's charge.",
    4: "That the Government amend the <i>Local Government Act 1993</i> to cap the balance of each council's "
       "domestic waste reserve at 25 per cent of its annual domestic waste management income.",
    5: "That the Minister require councils to offer eligible pensioners a concession on domestic waste management "
       "charges of at least $100 a year, funded equally by the Government and councils.",
    6: "That councils introducing food organics and garden organics (FOGO) collection be permitted to recover "
       "the set-up costs through the domestic waste management charge over a period of up to five years.",
    7: "That the Government establish a $40 million transition fund to help regional councils introduce FOGO "
       "collection by the 2030 mandate.",
    8: "That councils consult their communities before increasing the domestic waste management charge by more "
       "than the rate peg for that year.",
}
FIND = {
    1: "The average residential domestic waste management charge rose by 6.8 per cent in 2025-26, compared "
       "with a rate peg of 4.5 per cent.",
    2: "Domestic waste management charges should reflect only the reasonable cost of providing the service. "
       "Around a third of councils could not show us how their charge was calculated.",
    3: "Councils held $1.12 billion in domestic waste reserves at 30 June 2025, equal to 71 per cent of one "
       "year's domestic waste management income.",
}


def rec_box(n):
    t = Table([[Paragraph("Recommendation %d" % n, boxhead)], [Paragraph(REC[n], body)]],
              colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN_BG), ("LINEBEFORE", (0, 0), (0, -1), 2.5, TEAL),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))
    return KeepTogether([t, Spacer(1, 6)])


def find_box(n):
    t = Table([[Paragraph("Finding %d" % n, ParagraphStyle("fb", parent=boxhead, textColor=colors.black))],
               [Paragraph(FIND[n], body)]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREY_BG), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))
    return KeepTogether([t, Spacer(1, 6)])


def P(t, st=body):
    return Paragraph(t, st)


def advice_story():
    s = []
    s.append(P("Local Government Pricing Tribunal of New South Wales", ParagraphStyle("o", parent=body,
                                                                                     fontName="LS-B", textColor=NAVY)))
    s.append(Spacer(1, 14))
    s.append(P("Review of domestic waste management charges", h1))
    s.append(P("Final Report &middot; Local Government &middot; June 2026", ParagraphStyle("sub", parent=body,
                                                                                          fontSize=11.5, leading=15)))
    s.append(Spacer(1, 8))
    glance = [P("At a glance", boxhead),
              P("&bull; Domestic waste charges are rising faster than rates, and many councils cannot explain how "
                "they are set.", body),
              P("&bull; We propose clearer rules on what the charge can recover, more transparency for ratepayers, "
                "and help for pensioners and for councils moving to FOGO collection.", body),
              P("&bull; Our eight recommendations are listed below and explained in sections 3 to 5.", body)]
    t = Table([[g] for g in glance], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (0, 0), 5)]))
    s += [t, Spacer(1, 8)]
    s.append(P("The Tribunal members for this review are Dr Annika Vrolijk (Chair), Mr Tomasi Kaloudis and "
               "Ms Bernadette Quaill. Enquiries: Local Government Team, (02) 9113 7700.", small))
    s.append(P("1 Findings and recommendations", h2))
    s.append(P("Our findings and recommendations are set out in full in the sections indicated.", body))
    rows = [[P("<b>Findings</b>", cell), P("<b>Page</b>", cell)]]
    for i, pg in ((1, 2), (2, 2), (3, 2)):
        rows.append([P("%d.  %s" % (i, FIND[i]), cell), P(str(pg), cell)])
    rows.append([P("<b>Recommendations</b>", cell), P("", cell)])
    pages = {1: 2, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3, 8: 3}
    for i in range(1, 9):
        rows.append([P("%d.  %s" % (i, REC[i]), cell), P(str(pages[i]), cell)])
    t = Table(rows, colWidths=[152 * mm, 14 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9ab")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, -1), "RIGHT")]))
    s += [t]
    s.append(P("2 Why domestic waste charges matter", h2))
    s.append(P("2.1 Councils must charge separately for domestic waste services under section 496 of the Act, "
               "and the charge is not subject to the rate peg. In 2025-26 the charge made up, on average, 28 per "
               "cent of a residential ratepayer's bill.", body))
    s.append(find_box(1))
    data = [["Council group", "Councils", "Average charge 2024-25", "Average charge 2025-26", "Change"],
            ["Metropolitan", "33", "$512", "$548", "7.0%"],
            ["Regional city", "14", "$468", "$497", "6.2%"],
            ["Regional town / rural", "81", "$401", "$428", "6.7%"],
            ["All councils", "128", "$445", "$475", "6.8%"]]
    t = Table([[P(c, cellb if r == 0 else cell) for c in row] for r, row in enumerate(data)],
              colWidths=[48 * mm, 22 * mm, 34 * mm, 34 * mm, 28 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), GREY_BG)]))
    s += [P("<b>Table 2.1</b> Average residential domestic waste management charge by council group", small), t,
          Spacer(1, 6)]
    s.append(P("2.2 Section 496 does not say which costs may be recovered. Councils told us they include very "
               "different items: some recover the cost of street litter bins, illegal dumping clean-up and a share "
               "of corporate overheads, others only the direct cost of collection and disposal.", body))
    s.append(find_box(2))
    s.append(rec_box(1))
    s.append(P("3 Transparency for ratepayers", h2))
    s.append(P("3.1 Ratepayers cannot see what they are paying for. Only 19 of the 128 councils published any "
               "breakdown of the charge in 2025-26. Councils should be accountable for the charge in the same way "
               "as for general rates.", body))
    s.append(rec_box(2))
    s.append(P("3.2 A published benchmark would let ratepayers and councillors see whether a council's charge is "
               "within the range of similar councils. We would base it on the cost data councils already report "
               "in their financial statements.", body))
    s.append(rec_box(3))
    s.append(P("3.3 Reserves are legitimate where they fund new facilities or replace the truck fleet. But "
               "reserves of this size suggest that some councils are charging more than they need.", body))
    s.append(find_box(3))
    s.append(rec_box(4))
    s.append(P("3.4 Councils may increase the charge by any amount. Several submissions from residents asked that "
               "large increases at least be explained to the community before they are made.", body))
    s.append(rec_box(8))
    s.append(P("4 Affordability", h2))
    s.append(P("4.1 The mandatory pensioner concession under section 575 has been $30 a year since 1994. In our "
               "Draft Report we proposed (draft recommendation 6) that councils be required to waive the charge "
               "for pensioners entirely. Stakeholders told us the cost would fall unfairly on councils with older "
               "populations, and we have not maintained that proposal. Instead:", body))
    s.append(rec_box(5))
    s.append(P("5 The move to FOGO", h2))
    s.append(P("5.1 All councils must offer food and garden organics collection to households by 1 July 2030. "
               "Start-up costs (bins, caddies, education and contract changes) average $38 per household, and "
               "recovering them in a single year would produce a spike in the charge.", body))
    s.append(rec_box(6))
    s.append(P("5.2 Regional councils face higher costs per household and fewer processing facilities. Without "
               "support, we estimate that up to 30 of them will not meet the 2030 mandate.", body))
    s.append(rec_box(7))
    s.append(P("5.3 We will publish a progress report on the implementation of these recommendations in 2028.",
               body))
    return s


def advice_page(c, doc):
    c.saveState()
    c.setFont("LS", 7.8)
    c.setFillColor(colors.HexColor("#555555"))
    if doc.page > 1:
        c.drawString(22 * mm, A4[1] - 13 * mm, "Review of domestic waste management charges")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Final Report")
    c.setStrokeColor(TEAL)
    c.line(22 * mm, 15 * mm, A4[0] - 22 * mm, 15 * mm)
    c.drawString(22 * mm, 10 * mm, "Local Government Pricing Tribunal NSW")
    c.drawRightString(A4[0] - 22 * mm, 10 * mm, "Page | %d" % doc.page)
    c.restoreState()


def response_story():
    s = []
    hdr = Table([[P("<b>Department of Local Government and Communities</b>", ParagraphStyle(
        "l", parent=body, fontSize=12, leading=15, textColor=colors.white)),
                  P("<b>Council Circular</b>", ParagraphStyle("r", parent=body, fontSize=14, leading=17,
                                                               textColor=colors.white, alignment=2))]],
                colWidths=[110 * mm, 56 * mm])
    hdr.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [hdr, Spacer(1, 8)]
    meta = [["Circular No.", "26-19", "Doc ID.", "A1094127"],
            ["Date", "9 September 2026", "Contact", "Council Finance Policy Team, (02) 4428 4100"],
            ["Previous Circular", "25-08 Domestic waste management charges 2025-26", "", ""]]
    t = Table([[P(c, cellb if j % 2 == 0 else cell) for j, c in enumerate(r)] for r in meta],
              colWidths=[30 * mm, 58 * mm, 20 * mm, 58 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("SPAN", (1, 2), (3, 2))]))
    s += [t, Spacer(1, 8)]
    s.append(P("Government response to the Pricing Tribunal's review of domestic waste management charges",
               ParagraphStyle("t", parent=h1, fontSize=14.5, leading=18, textColor=NAVY)))
    s.append(P("What's new or changing", h3))
    for b in ("The Government has released its response to the Tribunal's Final Report of June 2026.",
              "New guidelines on domestic waste management charges will apply from the 2027-28 rating year.",
              "The pensioner concession on domestic waste charges will increase from 1 July 2027."):
        s.append(Paragraph(b, bullet, bulletText="\u2022"))
    s.append(P("What this will mean for your council", h3))
    for b in ("Councils will need to apply the new guidelines when setting charges in their 2027-28 operational "
              "plans.",
              "Councils should review how overheads are allocated to the domestic waste fund now, ahead of the "
              "guidelines."):
        s.append(Paragraph(b, bullet, bulletText="\u2022"))
    s.append(P("Key points", h3))
    s.append(P("The Government thanks the Tribunal for its review and the 94 councils and 1,300 residents who "
               "made submissions. Its position on the Tribunal's recommendations is set out below.", body))
    s.append(P("<b>Guidelines on recoverable costs.</b> The Government accepts Recommendation 1. The Department "
               "will consult councils on draft guidelines under section 23A in November 2026 and issue final "
               "guidelines by 31 March 2027. The guidelines will confirm that the cost of public place litter "
               "bins and illegal dumping clean-up is not to be recovered through the domestic waste charge.", body))
    s.append(P("<b>Pensioner concession.</b> The Government supports the intent of Recommendation 5. It will "
               "double the mandatory concession from $30 to $60 a year from 1 July 2027, with the Government "
               "continuing to reimburse councils for 55 per cent of its cost. A concession of $100 is not "
               "affordable within the current budget, and the Government will revisit the amount in 2029.", body))
    s.append(P("<b>Food and garden organics.</b> On Recommendations 6 and 7, councils will be able to spread FOGO "
               "set-up costs over up to five years, and the guidelines will explain how. The Government does not "
               "support a separate transition fund. Regional councils can already seek capital funding from the "
               "Circular Economy Infrastructure Program, which has $65 million available over four years.", body))
    s.append(P("<b>Publishing the cost breakdown.</b> The Government agrees that ratepayers should be able to see "
               "what the charge pays for. From 2027-28, councils will be required to show the four cost "
               "components in their operational plans, using a template the Department will provide.", body))
    s.append(P("<b>Domestic waste reserves.</b> The Government has decided not to legislate a cap on reserves. "
               "Reserves vary with each council's investment cycle, and a fixed cap could force councils to "
               "borrow for new facilities. The guidelines will instead require councils to explain in their "
               "long-term financial plans how reserves above 50 per cent of annual income will be used.", body))
    s.append(P("<b>Benchmarking.</b> Recommendation 3 is directed to the Tribunal. The Government notes it and "
               "understands the Tribunal intends to consult councils on a method in 2027.", body))
    s.append(P("<b>Special variations for 2027-28.</b> Councils are reminded that notices of intention to apply "
               "for a special variation for 2027-28 must reach the Tribunal by 27 November 2026, and full "
               "applications by 6 February 2027. Domestic waste charges are not part of a special variation.",
               body))
    s.append(P("Where to go for further information", h3))
    s.append(P("The Tribunal's Final Report and the Government response are available on the Department's "
               "website. Questions about this circular should be directed to the Council Finance Policy Team at "
               "councilfinance@dlgc.nsw.gov.example.", body))
    s.append(Spacer(1, 8))
    s.append(P("<b>Lachlan Ferreira-Moss</b><br/>Deputy Secretary, Local Government", body))
    return s


def response_page(c, doc):
    c.saveState()
    c.setFont("LS", 7.8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, 10 * mm, "Department of Local Government and Communities  |  Council Circular 26-19")
    c.drawRightString(A4[0] - 22 * mm, 10 * mm, "%d" % doc.page)
    c.restoreState()


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    d = SimpleDocTemplate(adv, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                          bottomMargin=22 * mm, title="Review of domestic waste management charges - Final Report",
                          author="Local Government Pricing Tribunal", invariant=1)
    d.build(advice_story(), onFirstPage=advice_page, onLaterPages=advice_page)
    d = SimpleDocTemplate(rsp, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=16 * mm,
                          bottomMargin=20 * mm, title="Council Circular 26-19", invariant=1)
    d.build(response_story(), onFirstPage=response_page, onLaterPages=response_page)
    recs = [
        {"number": "1", "starts_with": "That the Minister for Local Government issue guidelines under section 23A",
         "reply_contains": "The Government accepts Recommendation 1", "verdict": "agrees"},
        {"number": "2", "starts_with": "That councils publish, with their annual operational plan, a breakdown",
         "reply_contains": "councils will be required to show the four cost components", "verdict": "agrees"},
        {"number": "3", "starts_with": "That the Tribunal publish each year, from 2027-28, a benchmark range",
         "reply_contains": "Recommendation 3 is directed to the Tribunal", "verdict": "noted"},
        {"number": "4", "starts_with": "That the Government amend the Local Government Act 1993 to cap",
         "reply_contains": "has decided not to legislate a cap on reserves", "verdict": "disagrees"},
        {"number": "5", "starts_with": "That the Minister require councils to offer eligible pensioners a concession",
         "reply_contains": "double the mandatory concession from $30 to $60 a year", "verdict": "partly"},
        {"number": "6", "starts_with": "That councils introducing food organics and garden organics (FOGO) collection",
         "reply_contains": "councils will be able to spread FOGO set-up costs", "verdict": "agrees"},
        {"number": "7", "starts_with": "That the Government establish a $40 million transition fund to help",
         "reply_contains": "The Government does not support a separate transition fund", "verdict": "disagrees"},
        {"number": "8", "starts_with": "That councils consult their communities before increasing the domestic waste",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["notices of intention to apply for a special variation for 2027-28"]
    notes = ("Australian state pricing tribunal final review report answered by the local government department's "
             "council circular (invented Local Government Pricing Tribunal of New South Wales and Department of "
             "Local Government and Communities; reportlab, A4, running header/footer drawn per page). Advice: "
             "eight recommendations numbered 1-8, each a 'That ...' clause, listed in a front 'Findings and "
             "recommendations' table with page numbers and repeated in green 'Recommendation N' boxes in "
             "sections 2-5, where the box order is 1, 2, 3, 4, 8, 5, 6, 7 (numbers as printed). Traps: 'At a "
             "glance' box paraphrasing the proposals, grey 'Finding 1'-'Finding 3' boxes (Finding 2 with "
             "'should'), numbered paragraphs 2.1-5.3, table 2.1 of charges, statute sections 23A, 496 and 575, "
             "'Councils should be accountable' in a finding paragraph, the Draft Report's dropped 'draft "
             "recommendation 6' quoted, the tribunal's promise of a 2028 progress report. Response: Council "
             "Circular 26-19 with reference table, 'What's new or changing' and 'What this will mean for your "
             "council' bullets (summary, not replies), then 'Key points' with bold run-in topics in the order 1, "
             "5, 6+7, 2, 4, 3: 1 'accepts' (agrees); 5 'supports the intent' but $60 not $100 and no equal "
             "funding (partly); ONE paragraph 'On Recommendations 6 and 7' (set-up costs over five years = 6 "
             "agrees; 'does not support a separate transition fund' = 7 disagrees); 2 by topic only, without "
             "its number ('councils will be required to show the four cost components' = agrees); 4 by topic "
             "only ('decided not to legislate a cap' = disagrees, with a softer reporting duty); 3 'directed to "
             "the Tribunal. The Government notes it' (noted). 8 (community consultation before large "
             "increases) is not answered (unanswered). The paragraph on special variations for 2027-28 answers "
             "no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

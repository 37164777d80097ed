"""Round 103 (EN): a New Zealand district council's COASTAL HAZARDS COMMUNITY PANEL recommendations on the draft
Coastal Adaptation Strategy, seven LETTERED recommendations A-G (bold letter, hanging) after findings, answered by
the Strategy and Policy Committee's MINUTES EXTRACT with resolutions citing the letters. reportlab platypus, A4,
cleaned DejaVu, invariant=1; navy letterhead band, shaded erosion-rate table; header and 'Page N of M' stamped from
page 2. All bodies, people, places and figures invented; the NZ Coastal Policy Statement 2010 is named as context
only (what is said of it is not to be relied on).
Run:  /tmp/blind103en/bin/python tests/docs/src/blind103/gen_en_coastal_panel_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b103en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind103_en_coastal_panel"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DV"); addMapping("DV", 1, 1, "DVB")
NAVY = colors.HexColor("#17365d")
BODY = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=15, leading=19, textColor=NAVY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=4)
REC = ParagraphStyle("r", parent=BODY, leftIndent=8 * mm, firstLineIndent=-8 * mm)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8.5, leading=11)


def band(left, right):
    t = Table([[Paragraph(left, ParagraphStyle("w", parent=BODY, textColor=colors.white, fontSize=10, leading=13)),
                Paragraph(right, ParagraphStyle("w2", parent=BODY, textColor=colors.white, fontSize=8.5, leading=11))]],
              colWidths=[110 * mm, 60 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    return t


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def advice():
    P = lambda t, s=BODY: Paragraph(t, s)
    s = [band("<b>TE AWAROA DISTRICT COUNCIL</b><br/>Coastal Hazards Community Panel",
              "Report CHP-2026-03<br/>Received 2 March 2026<br/>For: Strategy and Policy Committee"), Spacer(1, 8),
         P("Recommendations of the Coastal Hazards Community Panel on the Draft Coastal Adaptation Strategy for the "
           "Mokai Coast", H1),
         P("Panel chair: Aroha Tipene. Members: eleven residents of Pipi Bay, Kowhai Point, Ruapeka and Mokai Beach, "
           "two iwi representatives and one member of the Mokai Surf Life Saving Club."),
         P("1. Why the Panel was formed", H2),
         P("The Council set up the Panel in June 2025 to give the community a say on how the Mokai Coast should adapt "
           "to erosion, storm surge and sea-level rise. The Panel met nine times, walked the coast twice with Council "
           "engineers and held two public drop-in sessions attended by about 260 people."),
         P("The New Zealand Coastal Policy Statement 2010 (Policy 25) says that councils must avoid increasing the risk "
           "of social, environmental and economic harm from coastal hazards in areas potentially affected over at least "
           "the next 100 years. The Panel notes this as background; its recommendations go to matters the Council can "
           "decide for itself."),
         P("2. What we found", H2),
         P("2.1 Erosion is uneven along the coast. The Council's 2025 shoreline survey shows the following average "
           "rates of retreat:")]
    t = Table([["Beach", "Retreat per year (2005-2025)", "Homes within 20 m of the erosion scarp"],
               ["Pipi Bay", "0.9 m", "14"], ["Kowhai Point (behind revetment)", "0.2 m", "6"],
               ["Ruapeka", "0.4 m", "3"], ["Mokai Beach", "0.1 m", "0"]], colWidths=[55 * mm, 50 * mm, 60 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.5), ("FONT", (0, 0), (-1, 0), "DVB", 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8ea9c8"))]))
    s += [t, Spacer(1, 6),
          P("2.2 Homeowners at Pipi Bay told us they learned about the hazard from insurers before they heard it from "
            "the Council. Several said that buyers should be told earlier, and the Panel agrees with them."),
          P("2.3 The rock revetment at Kowhai Point, built in 1998, has slowed erosion behind it but has moved the "
            "problem north, where the dunes at Ruapeka have lost about 12 metres since 2015."),
          P("2.4 Adaptation will cost more than the district's ratepayers can carry alone. The Council's draft long-term "
            "plan budgets $2.1 million over ten years for coastal works."),
          P("2.5 In 2019 the Council's Coastal Erosion Review recommended that \"the Council should investigate a "
            "seawall at Kowhai Point\". That investigation was done in 2020 and the seawall was not built."),
          P("3. Recommendations", H2),
          P("The Panel recommends that the Council, in adopting the final Coastal Adaptation Strategy:")]
    recs = [("A", "Adopt a 100-year planning horizon and a 1.0 metre sea-level rise scenario for all coastal zoning "
                  "decisions on the Mokai Coast."),
            ("B", "Fund a managed retreat scheme that offers to buy the 14 most exposed homes at Pipi Bay at pre-hazard "
                  "market value."),
            ("C", "Remove the rock revetment at Kowhai Point over five years and replace it with dune restoration and "
                  "planting."),
            ("D", "Ask central government to set up a national adaptation fund so that small districts can share the "
                  "cost of retreat."),
            ("E", "Install shoreline monitoring cameras at all four beaches and publish the images and survey results "
                  "online each quarter."),
            ("F", "Establish a standing coastal youth forum so that people who will live with these decisions longest "
                  "can shape the next review."),
            ("G", "Show the coastal hazard zones on every Land Information Memorandum for affected properties from "
                  "1 July 2027.")]
    for letter, text in recs:
        s.append(P(f"<b>{letter}   {text}</b>", REC))
    s += [P("4. Next steps", H2),
          P("The Panel asks to speak to this report when it is considered by the Strategy and Policy Committee, and "
            "offers to meet again after the Council's hearings on the long-term plan in May 2026."),
          P("Aroha Tipene, Chair, on behalf of the Coastal Hazards Community Panel", SMALL)]
    return s


def response():
    P = lambda t, s=BODY: Paragraph(t, s)
    s = [band("<b>TE AWAROA DISTRICT COUNCIL</b><br/>Strategy and Policy Committee",
              "MINUTES (extract)<br/>Ordinary meeting, 14 April 2026<br/>Council Chamber, Ruapeka"), Spacer(1, 8),
         P("Minutes of the Strategy and Policy Committee (extract)", H1),
         P("<b>Present:</b> Cr Hemi Walsh (Chair), Mayor Lorraine Duthie, Crs Anand Patel, Kiri Moana, Des O'Brien, Sue "
           "Laidlaw and Tom Ngata. <b>In attendance:</b> Group Manager Strategy Fiona Burgess; Coastal Engineer Pita "
           "Harawira; Governance Advisor Jo Keenan."),
         P("1. Apologies", H2),
         P("Resolved (Walsh/Moana) that the apology of Cr Rewi Hona for absence be received and sustained. Carried."),
         P("6. Pipi Bay boat ramp resurfacing", H2),
         P("The Committee received the tender evaluation for resurfacing the Pipi Bay boat ramp. Resolved (Patel/Ngata) "
           "that the contract be awarded to Eastcoast Civil Limited for $184,500 and that works be timed outside the "
           "summer holiday period. Carried."),
         P("7. Coastal Hazards Community Panel: recommendations on the Draft Coastal Adaptation Strategy", H2),
         P("Aroha Tipene spoke to report CHP-2026-03. The Chair thanked the Panel for nine months of careful work. "
           "Officers' comments were taken as read. Following discussion the Committee resolved as follows:"),
         P("<b>7.1 Recommendation G.</b> Resolved (Duthie/Laidlaw) that the hazard zones shown in the Strategy be "
           "recorded on Land Information Memoranda, and noted that officers have already begun adding them to LIMs "
           "issued since 1 March 2026, ahead of the date the Panel proposed. Carried."),
         P("<b>7.2 Recommendation E.</b> Resolved (Moana/Patel) that four monitoring cameras be installed before winter "
           "and that quarterly survey results be posted on the Council website, funded from the coastal works budget. "
           "Carried."),
         P("<b>7.3 Recommendations B and C.</b> Resolved (Walsh/O'Brien) that officers design a voluntary buy-out pilot "
           "for the six homes at greatest risk at Pipi Bay, to be consulted on through the long-term plan, rather "
           "than an offer to all fourteen; and that the Kowhai Point revetment be retained and maintained, the "
           "Committee not being persuaded that its removal would be safe for the homes behind it. Carried, Cr Moana "
           "recording her vote against the second part."),
         P("<b>7.4 Recommendation A.</b> Resolved (Laidlaw/Ngata) that the final Strategy adopt a 100-year horizon and "
           "the 1.0 metre scenario for coastal zoning on the Mokai Coast, as recommended. Carried."),
         P("<b>7.5 Recommendation D.</b> Resolved (Duthie/Walsh) that the Panel's call for a national fund be noted and "
           "referred to the Mayor to raise at the next regional mayoral forum, without a position being taken by the "
           "Committee at this stage. Carried."),
         P("7.6 Resolved (Walsh/Patel) that the final Coastal Adaptation Strategy, amended as above, be brought to the "
           "Council meeting on 26 May 2026 for adoption. Carried."),
         P("8. Closure", H2),
         P("There being no further business, the Chair thanked members and the public gallery and declared the meeting "
           "closed at 4.52 pm."),
         P("Confirmed as a true and correct record: ______________________ Chair", SMALL)]
    return s


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(a, advice()); build(r, response())
    H.stamp(a, header="Te Awaroa District Council - Coastal Hazards Community Panel - CHP-2026-03",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(r, header="Strategy and Policy Committee - 14 April 2026 - Minutes (extract)",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        dict(number=1, starts_with="Adopt a 100-year planning horizon and a 1.0 metre sea-level",
             reply_contains="the final Strategy adopt a 100-year horizon", verdict="agrees"),
        dict(number=2, starts_with="Fund a managed retreat scheme that offers to buy",
             reply_contains="voluntary buy-out pilot for the six homes", verdict="partly"),
        dict(number=3, starts_with="Remove the rock revetment at Kowhai Point over five years",
             reply_contains="Kowhai Point revetment be retained and maintained", verdict="disagrees"),
        dict(number=4, starts_with="Ask central government to set up a national adaptation fund",
             reply_contains="referred to the Mayor to raise at the next regional mayoral forum",
             verdict="noted"),
        dict(number=5, starts_with="Install shoreline monitoring cameras at all four beaches",
             reply_contains="four monitoring cameras be installed before winter", verdict="agrees"),
        dict(number=6, starts_with="Establish a standing coastal youth forum so that people",
             reply_contains=None, verdict="unanswered"),
        dict(number=7, starts_with="Show the coastal hazard zones on every Land Information Memorandum",
             reply_contains="officers have already begun adding them to LIMs", verdict="agrees"),
    ]
    H.write_expected(NAME, recs, [
        "apology of Cr Rewi Hona for absence be received",
        "contract be awarded to Eastcoast Civil Limited",
        "declared the meeting closed at 4.52 pm"],
        "Advice: NZ district council Coastal Hazards Community Panel report, recs LETTERED A-G (bold, hanging) under "
        "'3. Recommendations'; traps: NZCPS 2010 Policy 25 'must avoid', findings 2.1-2.5 with erosion table, "
        "'buyers should be told earlier', 2019 review quoted ('the Council should investigate a seawall'), $2.1 million. "
        "Response: committee MINUTES extract, resolutions 7.1-7.5 citing letters, order G, E, B+C, A, D: LIMs already "
        "(G agrees), cameras (E agrees), ONE resolution 7.3 = six-home pilot not fourteen (B partly) + revetment "
        "retained (C disagrees), 100-year horizon (A agrees), national fund referred to Mayor (D noted); F (youth forum) "
        "unanswered; apologies, item 6 boat ramp, closure (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

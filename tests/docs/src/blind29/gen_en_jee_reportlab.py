"""Round 29 (EN): WHO Joint External Evaluation (JEE) of IHR core capacities with unnumbered 'Priority actions'
bullets per technical area, and the Ministry of Health's response in its National Action Plan for Health Security
(a status table ordered by NAPHS pillar, over a page break with the header row repeated). reportlab, A4, cleaned
Liberation fonts. All content (country, places, people, figures) invented.

Run:  /tmp/blind29en/bin/python tests/docs/src/blind29/gen_en_jee_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b29en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "blind29_en_jee"
for face, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                ("LSI", "LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(face, H.clean_font(f)))
from reportlab.lib.fonts import addMapping
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSB")

BLUE = colors.HexColor("#0a5c8c")
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=8.5, leading=11)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=3, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=17, leading=21, textColor=BLUE, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=12.5, leading=16, textColor=BLUE, spaceBefore=10, spaceAfter=6)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=4)
CELL = ParagraphStyle("c", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LSB")


def bullets(items):
    return [Paragraph(t, BUL, bulletText="\u2022") for t in items]


def score_table(rows):
    data = [[Paragraph("Indicator", CELLB), Paragraph("Score", CELLB)]] + [
        [Paragraph(a, CELL), Paragraph(b, CELL)] for a, b in rows]
    t = Table(data, colWidths=[140 * mm, 25 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6f0")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def boxed(flow, bg="#eef4f8"):
    t = Table([[flow]], colWidths=[165 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.6, BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def make_doc(path, header, landscape=False):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title=header, author="", creator="", producer="")
    w, h = A4

    def deco(c, d):
        c.saveState()
        c.setFont("LS", 8)
        c.setFillColor(colors.HexColor("#555555"))
        if d.page > 1:
            c.drawString(22 * mm, h - 13 * mm, header)
            c.setStrokeColor(BLUE)
            c.line(22 * mm, h - 15 * mm, w - 22 * mm, h - 15 * mm)
        c.drawRightString(w - 22 * mm, 11 * mm, str(d.page))
        c.restoreState()

    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=deco)])
    doc._invariant = 1
    return doc


def advice():
    s = []
    s.append(Paragraph("WHO/WHE/IHR/2025.14", SMALL))
    s.append(Spacer(1, 30 * mm))
    s.append(Paragraph("JOINT EXTERNAL EVALUATION<br/>OF IHR CORE CAPACITIES<br/>OF THE REPUBLIC OF CALVERA",
                       ParagraphStyle("t", parent=H1, fontSize=22, leading=28)))
    s.append(Paragraph("Mission report: 10\u201314 March 2025", ParagraphStyle("st", parent=BODY, fontSize=13)))
    s.append(Spacer(1, 12 * mm))
    s.append(boxed(Paragraph(
        "The Joint External Evaluation (JEE) is a voluntary, collaborative, multisectoral process to assess a "
        "country's capacity to prevent, detect and rapidly respond to public health risks under the International "
        "Health Regulations (2005). This report presents the findings of the external team for four of the "
        "technical areas assessed in Calvera; the remaining areas are reported in Annex 2.", BODY)))
    s.append(PageBreak())
    s.append(Paragraph("Executive summary", H1))
    s.append(Paragraph(
        "The JEE team, composed of eleven experts from eight countries and four international organizations, visited "
        "Calvera from 10 to 14 March 2025 at the invitation of the Minister of Health, Dr Ismael Ortuno. The team "
        "reviewed the self-assessment prepared by the national IHR focal point, held discussions with "
        "24 institutions and made site visits to the National Public Health Laboratory in Brava, the regional "
        "referral hospital in Selan and the Port of Selan.", BODY))
    s.append(Paragraph(
        "Calvera has made clear progress since the 2017 IHR review mission. Its event-based surveillance is among "
        "the strongest in the region, and the response to the 2023 cholera outbreak was rapid and well coordinated. "
        "The team concluded that the main weaknesses lie in an outdated legal framework, a laboratory network that "
        "depends on donor funding, infection prevention and control that rests on a few committed individuals, and "
        "contingency planning at the points of entry. The priority actions for each technical area are set out in "
        "the chapters that follow.", BODY))
    s.append(Paragraph("Calvera scores (selected technical areas)", H3))
    s.append(score_table([("P.1 Legal instruments (average of 2 indicators)", "2.5"),
                          ("D.1 National laboratory system (average of 3 indicators)", "3.0"),
                          ("R.4 Infection prevention and control (average of 3 indicators)", "2.0"),
                          ("PoE Points of entry and border health (average of 2 indicators)", "2.5")]))
    s.append(Paragraph("Scores: 1 = no capacity; 2 = limited; 3 = developed; 4 = demonstrated; 5 = sustainable.",
                       SMALL))

    # P.1
    s.append(Paragraph("P.1 Legal instruments", H2))
    s.append(Paragraph("Introduction", H3))
    s.append(Paragraph(
        "Under Article 4 of the IHR, each State Party must have adequate legal instruments to support the "
        "implementation of its rights and obligations. In Calvera the principal statute is the Public Health Act 1998, "
        "supplemented by the Quarantine Ordinance of 1961 and regulations made under the Animal Diseases Act 2004.",
        BODY))
    s.append(score_table([("P.1.1 Legal instruments", "3"), ("P.1.2 Gender equity and equality in health emergencies", "2")]))
    s.append(Paragraph("Strengths and best practices", H3))
    s.extend(bullets([
        "A draft Public Health (Amendment) Bill has been prepared with the support of the Attorney General's Chambers.",
        "The Emergency Powers Act 2011 was used effectively during the 2023 cholera outbreak."]))
    s.append(Paragraph("Areas that need strengthening and challenges", H3))
    s.extend(bullets([
        "The Public Health Act 1998 does not refer to the IHR and gives the Ministry no clear power to require "
        "reporting by private laboratories.",
        "Legislation for animal health, ports and customs has not been reviewed against the IHR."]))
    s.append(Paragraph(
        "The 2017 IHR review mission had already recommended that Calvera \"update its public health legislation "
        "to reflect the IHR (2005) within two years\". This has not yet been done.", BODY))
    s.append(Paragraph("Priority actions", H3))
    s.extend(bullets([
        "Complete the revision of the Public Health Act 1998 so that it gives the Ministry of Health clear powers to "
        "require notification of priority diseases by public and private laboratories and health facilities.",
        "Conduct a review of the legislation of sectors other than health, including animal health, ports and "
        "customs, to identify gaps and overlaps in relation to the IHR."]))

    # D.1
    s.append(Paragraph("D.1 National laboratory system", H2))
    s.append(Paragraph("Introduction", H3))
    s.append(Paragraph(
        "The National Public Health Laboratory (NPHL) in Brava is the reference laboratory for human health. It is "
        "supported by 14 regional and district (tier-2) laboratories and by the Central Veterinary Laboratory. "
        "Around 60 percent of the NPHL's consumables budget in 2024 came from external partners.", BODY))
    s.append(score_table([("D.1.1 Specimen referral and transport system", "2"),
                          ("D.1.2 Laboratory quality system", "3"), ("D.1.3 Laboratory testing capacity modalities", "4")]))
    s.append(Paragraph("Strengths and best practices", H3))
    s.extend(bullets([
        "The NPHL is accredited to ISO 15189 for eleven tests and has sequencing capacity.",
        "Testing capacity was scaled up from 200 to 4,000 tests a day during the COVID-19 pandemic."]))
    s.append(boxed(Paragraph(
        "<b>Best practice noted by the team.</b> The NPHL publishes a monthly one-page turnaround report for each "
        "region. Regional laboratories told the team that this simple feedback had improved their specimen "
        "packaging more than any training course.", BODY), bg="#f4f4f4"))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Areas that need strengthening and challenges", H3))
    s.extend(bullets([
        "Specimens from the northern regions are carried by public bus or by patients' relatives; 18 percent of "
        "specimens received in 2024 were rejected on arrival.",
        "There is no costed plan for the NPHL once external funding ends in 2027.",
        "Only five of the 14 tier-2 laboratories take part in external quality assessment."]))
    s.append(Paragraph("Priority actions", H3))
    s.extend(bullets([
        "Establish a national specimen referral and transport system with dedicated couriers, packaging and "
        "tracking, covering all regions.",
        "Develop and cost a sustainable financing plan for the National Public Health Laboratory that reduces "
        "its dependence on external partners.",
        "Enrol all tier-2 laboratories in an external quality assessment scheme for their core tests."]))

    # R.4
    s.append(Paragraph("R.4 Infection prevention and control", H2))
    s.append(Paragraph("Introduction", H3))
    s.append(Paragraph(
        "Calvera adopted national IPC guidelines in 2019. Each hospital is expected to have an IPC committee, but "
        "the role of IPC focal point is in most cases an additional duty of a senior nurse.", BODY))
    s.append(score_table([("R.4.1 IPC programmes", "2"), ("R.4.2 Health care-associated infection surveillance", "1"),
                          ("R.4.3 Safe environment in health facilities", "3")]))
    s.append(Paragraph("Areas that need strengthening and challenges", H3))
    s.extend(bullets([
        "Only one of the six regional referral hospitals has a full-time IPC nurse.",
        "No hospital systematically collects data on health care-associated infections."]))
    s.append(Paragraph("Priority actions", H3))
    s.extend(bullets([
        "Appoint a trained, full-time IPC focal point in every referral and district hospital, with protected "
        "time and a defined reporting line to hospital management.",
        "Introduce a national surveillance programme for health care-associated infections, starting with "
        "surgical site infections in the referral hospitals."]))

    # PoE
    s.append(Paragraph("PoE Points of entry and border health", H2))
    s.append(Paragraph(
        "Calvera has designated two points of entry under Article 20 of the IHR: Calvera International Airport and "
        "the Port of Selan. Both have port health staff, but neither has a tested public health emergency "
        "contingency plan. The team concluded that the capacity for routine measures is developed, while the "
        "capacity to respond to an event at a point of entry remains limited.", BODY))
    s.append(score_table([("PoE.1 Core capacity requirements at all times", "3"),
                          ("PoE.2 Effective public health response at points of entry", "2")]))
    s.append(Paragraph("Priority actions", H3))
    s.extend(bullets([
        "Finalize and test, through a full-scale exercise, public health emergency contingency plans for "
        "Calvera International Airport and the Port of Selan."]))
    s.append(Paragraph("Annex 1. JEE background", H2))
    s.append(Paragraph(
        "The JEE process uses the third edition of the JEE tool (2022). Scores were agreed by consensus between the "
        "external team and the national experts. The mission was financed by the Government of Calvera and WHO.",
        BODY))
    doc = make_doc(H.out(NAME + "_advice.pdf"), "Joint External Evaluation of IHR Core Capacities of the Republic of Calvera")
    doc.build(s)


def response():
    s = []
    s.append(Paragraph("REPUBLIC OF CALVERA \u2013 MINISTRY OF HEALTH", ParagraphStyle("m", parent=H3, textColor=BLUE)))
    s.append(Paragraph("National Action Plan for Health Security 2026\u20132030", H1))
    s.append(Paragraph("Part 2: Government response to the priority actions of the Joint External Evaluation", H2))
    s.append(Paragraph("Approved by the Council of Ministers on 2 December 2025", SMALL))
    s.append(Paragraph("2.1 Introduction", H3))
    s.append(Paragraph(
        "The Joint External Evaluation carried out in March 2025 gave Calvera an honest picture of its strengths and "
        "weaknesses in health security. The Government is grateful to the external team and to the national "
        "experts from all sectors who took part.", BODY))
    s.append(Paragraph(
        "This part of the National Action Plan for Health Security (NAPHS) states the Government's position on the "
        "priority actions and the activities that will give effect to them. The table is arranged by the three "
        "NAPHS pillars, in the order of priority agreed at the national costing workshop in September 2025, and "
        "not in the order of the JEE report. The positions used are: <b>Accepted</b>; <b>Accepted in part</b>; "
        "<b>Not accepted</b>; <b>Noted</b> (the matter lies outside the Ministry of Health); and <b>In place</b> "
        "(the action has already been completed or is being carried out).", BODY))
    s.append(Paragraph(
        "The total cost of the NAPHS for 2026\u20132030 is estimated at CVD 412 million, of which 71 percent is to be "
        "met from the national budget. Activities funded by partners are marked (P).", BODY))
    s.append(Paragraph("2.2 Positions and activities", H3))

    rows = [
        ("Pillar A: Health care readiness", None, None),
        ("R.4 \u2013 National surveillance of health care-associated infections, starting with surgical site "
         "infections.", "Accepted",
         "A national protocol for surveillance of surgical site infections will be issued in March 2026 and piloted "
         "in four referral hospitals during 2026, with all six referral hospitals reporting from January 2027. "
         "Lead: Directorate of Clinical Services. Cost: CVD 6.2 million."),
        ("R.4 \u2013 Full-time IPC focal point in every referral and district hospital.", "Accepted in part",
         "Full-time IPC nurses will be appointed in all six regional referral hospitals by June 2026. In the 31 "
         "district hospitals the role will remain a part-time duty, with eight hours of protected time a week; "
         "the Ministry cannot fund 31 additional posts within the 2026\u20132030 ceiling. Lead: Chief Nursing Officer."),
        ("PoE \u2013 Contingency plans for the airport and the Port of Selan, tested by full-scale exercise.",
         "In place",
         "The airport plan was approved in July 2025 and tested in the full-scale exercise SKYWARD on 18 November "
         "2025. The Port of Selan plan was approved in October 2025 and its exercise is scheduled for April 2026. "
         "Lead: Port Health Services."),
        ("Pillar B: Detection and laboratory", None, None),
        ("D.1 \u2013 External quality assessment for all tier-2 laboratories.", "Accepted",
         "The remaining nine tier-2 laboratories will be enrolled in the regional EQA scheme from the 2026 round, "
         "with the NPHL as national coordinator (P). Lead: National Public Health Laboratory."),
        ("D.1 \u2013 National specimen referral system with dedicated couriers, packaging and tracking.",
         "Not accepted",
         "The Government will not set up a separate courier service for specimens. Specimens will instead be "
         "carried by the existing vehicles of the National Blood Transfusion Service, which already visit every "
         "district twice a week; triple packaging will be supplied to all health centres. Lead: NPHL and NBTS."),
        ("Pillar C: Governance and legislation", None, None),
        ("P.1 \u2013 Review of legislation of sectors other than health (animal health, ports, customs).",
         "Noted",
         "The legislation concerned is the responsibility of the Ministry of Agriculture and Fisheries and of the "
         "Revenue Authority. The Ministry of Health has drawn the JEE findings to their attention and will "
         "offer technical support if a review is undertaken."),
        ("P.1 \u2013 Revision of the Public Health Act 1998, including notification powers.", "Accepted",
         "The Public Health (Amendment) Bill, including a duty on private laboratories and health facilities to "
         "notify priority diseases, is to be laid before the National Assembly in the first half of 2026. Lead: "
         "Legal Unit, Ministry of Health, with the Attorney General's Chambers."),
        ("Additional national priority", None, None),
        ("Antimicrobial resistance (not a JEE priority action)", "\u2013",
         "The National Action Plan on Antimicrobial Resistance will be refreshed in 2026 to bring it into line "
         "with the NAPHS, including a One Health stewardship committee. Lead: Directorate of Pharmacy."),
    ]
    data = [[Paragraph("JEE priority action", CELLB), Paragraph("Position", CELLB),
             Paragraph("NAPHS activities, lead and timeline", CELLB)]]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e6f0")), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for a, b, c in rows:
        if b is None:
            style += [("SPAN", (0, len(data)), (-1, len(data))),
                      ("BACKGROUND", (0, len(data)), (-1, len(data)), colors.HexColor("#eeeeee"))]
            data.append([Paragraph(a, CELLB), "", ""])
        else:
            data.append([Paragraph(a, CELL), Paragraph(b, CELLB), Paragraph(c, CELL)])
    t = Table(data, colWidths=[52 * mm, 26 * mm, 88 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    s.append(t)
    s.append(Paragraph("2.3 Monitoring", H3))
    s.append(Paragraph(
        "Progress on the NAPHS will be reported to the National Health Security Committee every six months and "
        "through the State Party Self-Assessment Annual Report. A second JEE will be requested for 2030.", BODY))
    doc = make_doc(H.out(NAME + "_response.pdf"), "National Action Plan for Health Security 2026\u20132030 \u2013 Part 2")
    doc.build(s)


def main():
    advice()
    response()
    recs = [
        {"number": "1", "starts_with": "Complete the revision of the Public Health Act 1998",
         "reply_contains": "is to be laid before the National Assembly", "verdict": "agrees"},
        {"number": "2", "starts_with": "Conduct a review of the legislation of sectors other than health",
         "reply_contains": "has drawn the JEE findings to their attention", "verdict": "noted"},
        {"number": "3", "starts_with": "Establish a national specimen referral and transport system with",
         "reply_contains": "will not set up a separate courier service", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "4", "starts_with": "Develop and cost a sustainable financing plan for the",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "Enrol all tier-2 laboratories in an external quality assessment",
         "reply_contains": "remaining nine tier-2 laboratories will be enrolled", "verdict": "agrees"},
        {"number": "6", "starts_with": "Appoint a trained, full-time IPC focal point in every",
         "reply_contains": "the role will remain a part-time duty", "verdict": "partly"},
        {"number": "7", "starts_with": "Introduce a national surveillance programme for health care-associated infections",
         "reply_contains": "piloted in four referral hospitals during 2026", "verdict": "agrees"},
        {"number": "8", "starts_with": "Finalize and test, through a full-scale exercise, public health emergency",
         "reply_contains": "tested in the full-scale exercise SKYWARD", "verdict": "agrees"},
    ]
    unmatched = ["National Action Plan on Antimicrobial Resistance will be refreshed"]
    notes = ("WHO Joint External Evaluation mission report (reportlab, A4; cover, executive summary with a score table, "
             "technical areas P.1, D.1, R.4 and PoE each with indicator score tables, 'Strengths', 'Areas that need "
             "strengthening and challenges' bullets (findings, traps) and UNNUMBERED 'Priority actions' bullets = the "
             "eight recommendations, numbered 1-8 in document order; a 2017 mission recommendation quoted in P.1, a "
             "shaded best-practice box and IHR Article references are traps; running header and page numbers). "
             "Response: Part 2 of the National Action Plan for Health Security, an introduction defining the positions, "
             "then ONE table (header row repeated over the page break) grouped by NAPHS pillar in another order "
             "(7, 6, 8, 5, 3, 2, 1) with each priority action paraphrased after its area code; position column "
             "Accepted / Accepted in part / Not accepted / Noted / In place: 8 'In place' (agrees), 6 part-time in "
             "district hospitals (partly), 3 'Not accepted' with an alternative (disagrees, also partly), 2 a matter for "
             "other ministries (noted); 4 (financing plan) not answered at all; the antimicrobial resistance row "
             "answers no priority action (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

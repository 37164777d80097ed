"""Round 127 (EN): a New Zealand-style fire and emergency service's LOCAL ADVISORY COMMITTEE's annual advice report to
the service on local risk and the draft local plan, answered by the REGION MANAGER'S LETTER to the committee chair.
The advice's seven points are a NUMBERED LIST 1-7 inside a ruled box 'Our advice to the Service', after a numbered
list of FINDINGS 1-6 set alike, the box running across the page break. Traps: the service's response standard quoted
('should arrive within 20 minutes'), the draft local plan quoted ('will merge'), last year's advice quoted ('should
install', done), the findings list, and a closing line naming 'points 1 and 6'. The Region Manager's letter answers by
ORDINALS with the topic ('Your fourth point, on wildfire readiness'), in another order (4, 1, 2, 3+6 in one paragraph,
5); the seventh point (twice-yearly response time reports) is never answered; the opening, the fire season outlook
(figures, 'section 14 of the draft plan') and the closing answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif (letter), invariant=1; header and 'Page N
of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind127en/bin/python tests/docs/src/blind127/gen_en_fire_lac_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b127en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind127_en_fire_lac"
RED = colors.HexColor("#9c2a1e")
PALE = colors.HexColor("#fbefe8")
INK = colors.HexColor("#22313f")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size, colour):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.4, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=17, leading=21, textColor=colour,
                             spaceAfter=1.5 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12, leading=15, textColor=colour,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, spaceAfter=0),
        "num": ParagraphStyle("n", parent=body, fontName=fam + "-B", textColor=colour, spaceAfter=0),
        "addr": ParagraphStyle("a", parent=body, spaceAfter=0),
    }


FINDINGS = [
    "Callouts in the district rose from 1,062 in 2023/24 to 1,284 in 2024/25, with vegetation fires up by a third.",
    "Brigades reached 78 per cent of rural incidents within 20 minutes, against the standard of 90 per cent.",
    "The Kereru Bay brigade has no tanker, and water supply was a problem at four of its seven vegetation fires.",
    "Eleven volunteer brigades share one paid support officer with two other districts; three brigades are below "
    "their minimum crewing numbers.",
    "The five settlements on the eastern hills have a single road in and out, and few households have a fire plan.",
    "Restricted fire seasons were declared zone by zone on four different dates last summer, which confused "
    "residents and visitors.",
]

ADVICE = [
    "Base a water tanker with the Kereru Bay brigade before the start of the 2026/27 fire season.",
    "Fund a full-time volunteer support officer for the Maungaroa district alone, to help its eleven brigades with "
    "recruitment, training records and administration.",
    "Keep Te Kopua rural fire station open as a separate station rather than merging it with Ohaua, as the draft "
    "local plan proposes.",
    "Run a wildfire readiness programme each spring in the five eastern hill settlements, with household fire plans "
    "and a practised evacuation.",
    "Agree a written arrangement with the district's three marae on their use as community hubs during large fires "
    "and evacuations.",
    "Declare one restricted fire season for the whole district from 1 December each year, instead of zone by zone.",
    "Report to this Committee twice a year on response times to rural incidents, brigade by brigade.",
]


def advice():
    fonts()
    S = styles("LS", 10, RED)
    st = [Paragraph("NATIONAL FIRE AND EMERGENCY SERVICE &#183; MAUNGAROA LOCAL ADVISORY COMMITTEE", S["sub"]),
          Paragraph("Local Risk and Readiness: Advice to the Service, 2025/26", S["h1"]),
          Paragraph("Report LAC-MGR-2026-01 &#183; Agreed on 4 March 2026 &#183; Chair: Ruihana Tapsell-Greaves", S["sub"]),
          Paragraph("Who we are", S["h2"]),
          Paragraph("The Maungaroa Local Advisory Committee is one of the Service's local advisory committees. Its six "
                    "members are drawn from the district's farming, iwi, business and volunteer communities. We give the "
                    "Service an independent local view of fire risk and of how well the Service meets local needs, and "
                    "each year we report our advice to the Region Manager.", S["body"]),
          Paragraph("The Service's Rural Response Standard says that a brigade \"should arrive within 20 minutes at 90 "
                    "per cent of rural incidents\". The draft Maungaroa local plan, out for comment until 30 March, "
                    "states that the Service \"will merge the Te Kopua and Ohaua stations in 2027\".", S["body"]),
          Paragraph("Last year we advised that the Service \"should install a warning siren at Ohaua School\". The "
                    "siren was installed in September 2025, and we thank the Service for acting so quickly.", S["body"]),
          Paragraph("What we found", S["h2"]),
          Paragraph("The Committee met five times, visited nine of the eleven stations and held two public meetings. "
                    "Our main findings are:", S["body"])]
    rows = [[Paragraph(f"{i}.", S["cell"]), Paragraph(t, S["cell"])] for i, t in enumerate(FINDINGS, 1)]
    ft = Table(rows, colWidths=[9 * mm, 157 * mm])
    ft.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    st += [ft, Spacer(1, 2 * mm),
           Paragraph("Our advice to the Service", S["h2"]),
           Paragraph("Having considered these findings and the draft local plan, the Committee advises the Service "
                     "to:", S["body"])]
    rows = [[Paragraph(f"{i}.", S["num"]), Paragraph(t, S["cell"])] for i, t in enumerate(ADVICE, 1)]
    bt = Table(rows, colWidths=[10 * mm, 156 * mm], splitByRow=1)
    bt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), PALE),
                            ("BOX", (0, 0), (-1, -1), 0.9, RED), ("LEFTPADDING", (0, 0), (-1, -1), 5),
                            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    st += [bt, Spacer(1, 3 * mm),
           Paragraph("Closing", S["h2"]),
           Paragraph("We ask that points 1 and 6 be decided before the 2026/27 fire season begins. The Committee "
                     "thanks the Group Manager and the brigade chiefs for their help throughout the year.", S["body"]),
           Paragraph("<i>Ruihana Tapsell-Greaves, Chair, for the Maungaroa Local Advisory Committee</i>", S["body"])]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="Maungaroa LAC advice 2025/26",
                            author="Maungaroa Local Advisory Committee", invariant=1)
    doc.build(st)


def response():
    fonts()
    S = styles("LF", 11, INK)
    st = [Paragraph("<b>National Fire and Emergency Service</b>", S["addr"]),
          Paragraph("Central North Region &#183; Region Manager's Office &#183; 22 Kahikatea Street, Rotoiti Junction",
                    S["sub"]),
          Spacer(1, 6 * mm),
          Paragraph("7 May 2026", S["body"]),
          Paragraph("Ruihana Tapsell-Greaves<br/>Chair, Maungaroa Local Advisory Committee", S["body"]),
          Paragraph("Tena koe Ruihana,", S["body"]),
          Paragraph("<b>Your Committee's advice for 2025/26</b>", S["body"]),
          Paragraph("Thank you for the Committee's report of 4 March and for the time members gave to visiting our "
                    "stations. I met the Group Manager and the district's brigade chiefs on 21 April to go through it, "
                    "and I am now able to reply.", S["body"]),
          Paragraph("Your fourth point, on wildfire readiness in the eastern hill settlements, is one we fully support. "
                    "Our community risk reduction team will run the programme each September and October, starting "
                    "this year, with a practised evacuation in at least two of the settlements every spring.",
                    S["body"]),
          Paragraph("On your first point, I can confirm that a 10,000-litre tanker will be based at Kereru Bay from 1 "
                    "November 2026, and the brigade's crew will be trained to operate it before then.", S["body"]),
          Paragraph("Your second point asked for a full-time support officer for Maungaroa alone. We cannot fund a "
                    "full-time position for one district, but from July the district will have its own half-time "
                    "support officer rather than sharing one with two other districts.", S["body"]),
          Paragraph("The third and sixth points both concern how we organise cover across the district. After weighing "
                    "the submissions on the draft plan, the merger of Te Kopua and Ohaua will go ahead in 2027: the "
                    "new station will be better placed for the state highway and will be crewed by both brigades. "
                    "Likewise, we will keep setting restricted fire seasons zone by zone, because conditions on the "
                    "coast and in the high country can differ by several weeks, and a single date would be either "
                    "too early for one or too late for the other.", S["body"]),
          Paragraph("Your fifth point, on arrangements with the three marae, is a matter for the regional Emergency "
                    "Management Group as much as for us. I have passed it to the Group's coordinator, who will discuss "
                    "it with the marae committees in due course.", S["body"]),
          Paragraph("<b>Fire season outlook</b>", S["body"]),
          Paragraph("Callouts across the region rose by 9 per cent last year. The long-range outlook suggests a drier "
                    "than normal spring, and section 14 of the draft plan will be updated once the final fuel "
                    "moisture figures are in.", S["body"]),
          Paragraph("I look forward to meeting the Committee at its June meeting. Please pass my thanks to every "
                    "member.", S["body"]),
          Paragraph("Nga mihi,", S["body"]),
          Paragraph("Daniel Whitlow-Karaka<br/>Region Manager, Central North", S["body"])]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title="Reply to the Maungaroa LAC",
                            author="National Fire and Emergency Service", invariant=1)
    doc.build(st)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Maungaroa Local Advisory Committee - Advice to the Service 2025/26",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Region Manager, Central North - reply to the Maungaroa LAC",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Base a water tanker with the Kereru Bay brigade",
         "reply_contains": "a 10,000-litre tanker will be based at Kereru Bay", "verdict": "agrees"},
        {"number": 2, "starts_with": "Fund a full-time volunteer support officer for the Maungaroa district",
         "reply_contains": "the district will have its own half-time support officer", "verdict": "partly"},
        {"number": 3, "starts_with": "Keep Te Kopua rural fire station open as a separate station",
         "reply_contains": "the merger of Te Kopua and Ohaua will go ahead in 2027", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Run a wildfire readiness programme each spring in the five",
         "reply_contains": "Our community risk reduction team will run the programme", "verdict": "agrees"},
        {"number": 5, "starts_with": "Agree a written arrangement with the district's three marae",
         "reply_contains": "I have passed it to the Group's coordinator", "verdict": "noted"},
        {"number": 6, "starts_with": "Declare one restricted fire season for the whole district",
         "reply_contains": "we will keep setting restricted fire seasons zone by zone", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Report to this Committee twice a year on response times",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["I met the Group Manager and the district's brigade chiefs",
                 "The long-range outlook suggests a drier than normal spring",
                 "I look forward to meeting the Committee at its June meeting"]
    notes = ("Advice: a New Zealand-style fire and emergency service's LOCAL ADVISORY COMMITTEE's annual advice on local "
             "risk; the Rural Response Standard quoted ('should arrive within 20 minutes'); the draft local plan quoted "
             "('will merge'); last year's advice quoted ('should install a warning siren', done); FINDINGS 1.-6. set "
             "alike before the advice; the seven points are a NUMBERED LIST 1.-7. in a shaded ruled box 'Our advice to "
             "the Service' after '... advises the Service to:', the box running across the page break (1 tanker at "
             "Kereru Bay, 2 full-time support officer for the district alone, 3 keep Te Kopua station separate, 4 "
             "spring wildfire readiness programme, 5 written arrangement with three marae, 6 one district-wide "
             "restricted fire season, 7 twice-yearly response time reports); closing 'points 1 and 6'. Response: the "
             "REGION MANAGER'S LETTER answering by ORDINALS with topics in the order 4, 1, 2, 3+6, 5: fourth 'fully "
             "support' (agrees); first tanker from 1 November 2026 (agrees); second half-time officer of its own, not "
             "full-time (partly); 'The third and sixth points' in one paragraph: the merger will go ahead (3 "
             "disagrees), fire seasons stay zone by zone (6 disagrees); fifth passed to the Emergency Management "
             "Group's coordinator 'in due course' (noted); the seventh never answered (unanswered). The opening, the "
             "'Fire season outlook' (9 per cent, 'section 14 of the draft plan') and the closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 93 (EN): an Australian state YOUTH PARLIAMENT COMMITTEE'S REPORT OF RESOLUTIONS (recommendations as LETTERED
items (a)-(g) under 'The Committee recommends that the Government:') answered by the MINISTER'S LETTER to the Youth
Parliament's Presiding Officer, by paraphrase, without letters. reportlab platypus, A4, cleaned DejaVu, invariant;
running header from page 2 and 'Page N of M' stamped. All invented.
Run:  /tmp/blind93en/bin/python tests/docs/src/blind93/gen_en_youth_parliament_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b93en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind93_en_youth_parliament"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", H.clean_font("DejaVuSans-Oblique.ttf")))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
C = colors.HexColor("#0b5563")
B = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.4, spaceAfter=6)
L = ParagraphStyle("l", parent=B, leftIndent=10 * mm, firstLineIndent=-7 * mm)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21, textColor=C, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, textColor=C, spaceBefore=8, spaceAfter=4, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.3, leading=11, textColor=colors.HexColor("#444444"))
Q = ParagraphStyle("q", parent=B, leftIndent=14 * mm, rightIndent=8 * mm, fontName="DVI")


def build(path, flow):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(flow)


def advice():
    f = [Paragraph("TASMAN YOUTH PARLIAMENT 2026", SM),
         Paragraph("Getting There: Transport for Young People in Regional Tasmania", H1),
         Paragraph("Report of the Committee on Transport and Regional Youth", H2),
         Paragraph("Adopted by the Youth Parliament on 9 July 2026. Committee Chair: Mia Kowalczyk (Huon Valley). "
                   "Deputy Chair: Lachlan Oduya (Burnie).", SM), Spacer(1, 4),
         Paragraph("About this report", H2),
         Paragraph("The Tasman Youth Parliament is a program for people aged 16 to 25 run with the support of the "
                   "Department of Premier and Cabinet. Each year its committees debate a bill or motion and report "
                   "their resolutions to the responsible Minister, who has agreed to reply in writing within three "
                   "months. This report is the committee's statement of what young people told us during sitting "
                   "week and at six regional listening forums held between March and May 2026.", B),
         Paragraph("What we heard", H2),
         Paragraph("The Committee found that 41 per cent of the 612 young people who answered our survey had missed "
                   "a class, shift or appointment in the past year because no transport was available. The Committee "
                   "also found that the cost of fares is a larger barrier for apprentices than for school students, "
                   "because apprentices are not eligible for student concessions under the current Student Concession "
                   "Card rules.", B),
         Table([["Forum", "Participants", "Top issue raised"],
                ["Burnie", "58", "Weekend and late services"],
                ["Launceston", "71", "Cost of fares for apprentices"],
                ["Huonville", "34", "Learner driver hours"],
                ["St Helens", "22", "No safe cycling route to school"],
                ["Queenstown", "19", "Mobile coverage on coaches"],
                ["Sorell", "40", "Accessible stop information"]],
               colWidths=[40 * mm, 30 * mm, 80 * mm],
               style=TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.6), ("FONT", (0, 0), (-1, 0), "DVB", 8.6),
                                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7eef1")),
                                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#7aa8b0"))])),
         Paragraph("Table 1: Listening forums, March to May 2026", SM),
         Paragraph("Previous resolutions", H2),
         Paragraph("This is not the first time the Youth Parliament has raised these matters. In 2024 the Committee "
                   "on Community Affairs resolved that", B),
         Paragraph("\u201cthe Government should introduce free public transport for all full-time students and review "
                   "the learner licence requirements.\u201d", Q),
         Paragraph("The then Minister replied that fares would be kept under review. We note that under section 14 of "
                   "the Passenger Transport Services Act 2011 an operator must accept a valid concession card, but the "
                   "classes of eligible passenger are set by the Minister by notice. The learner logbook requirement of "
                   "80 hours is set by regulation 21 of the Vehicle and Traffic (Driver Licensing) Regulations 2021.",
                   B),
         Paragraph("Safety and access", H2),
         Paragraph("Young people with disability told us that timetables and stop information should be available in "
                   "accessible formats; at present many regional stops have no printed information at all. Several "
                   "members argued that any new service must be designed with young people rather than for them.", B),
         Paragraph("Resolutions", H2),
         Paragraph("Having debated the motion over two sitting days, the Youth Parliament adopted the following "
                   "resolutions by a majority. The Committee recommends that the Government:", B)]
    recs = [
        ("(a)", "extend eligibility for the Student Concession Card to apprentices and trainees aged under 25, "
                "whether or not they are enrolled with a registered training organisation;"),
        ("(b)", "fund late-evening bus services on Friday and Saturday nights linking the main regional towns with "
                "their nearest city centre;"),
        ("(c)", "require every contracted operator to publish stop and timetable information in accessible formats, "
                "including large print and a screen-reader friendly website;"),
        ("(d)", "reduce the supervised driving requirement for learner drivers from 80 hours to 50 hours for those "
                "who complete an approved driver education course;"),
        ("(e)", "establish a Youth Transport Advisory Panel of young people from each region, reporting directly "
                "to the Minister twice a year;"),
        ("(f)", "provide free Wi-Fi on all regional coach services by the end of 2027;"),
        ("(g)", "set a target that every government high school is connected to a safe walking and cycling route "
                "by 2030."),
    ]
    for k, t in recs:
        f.append(Paragraph(f"{k}&nbsp;&nbsp;{t}".replace("&nbsp;", " "), L))
    f += [Paragraph("Resolutions (a) and (d) were carried with the largest majorities. A dissenting view from three "
                    "members, that resolution (b) should be limited to school holidays, is recorded in the Hansard of "
                    "8 July 2026.", B),
          Paragraph("Mia Kowalczyk, Chair, on behalf of the Committee", SM)]
    build(H.out(NAME + "_advice.pdf"), f)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Tasman Youth Parliament 2026 - Committee on Transport and Regional Youth",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))


def response():
    f = [Paragraph("Minister for Infrastructure and Transport", H2),
         Paragraph("Level 9, 15 Murray Street, Hobart TAS 7000", SM), Spacer(1, 6),
         Paragraph("6 October 2026", B),
         Paragraph("Ms Jasmine Tuck<br/>Presiding Officer, Tasman Youth Parliament<br/>c/- Department of Premier and "
                   "Cabinet", B),
         Paragraph("Dear Ms Tuck", B),
         Paragraph("<b>Report of the Committee on Transport and Regional Youth</b>", B),
         Paragraph("Thank you for forwarding the report Getting There, which I received on 14 July. I want to thank "
                   "Ms Kowalczyk and her fellow members for the care they have taken in listening to young people "
                   "across the state, and I enjoyed meeting several of them at Parliament House in July.", B),
         Paragraph("I can advise that the Department of State Growth has already acted on accessible information. "
                   "Since August every contract renewal has included a clause requiring operators to publish "
                   "large print timetables and to meet the web accessibility standard, and all current operators have "
                   "agreed to comply by 31 December this year.", B),
         Paragraph("On concession fares, I am pleased to confirm that from 1 January 2027 apprentices and trainees "
                   "aged under 25 will be able to apply for the Student Concession Card. I will sign the notice "
                   "varying the eligible classes of passenger later this month.", B),
         Paragraph("The Committee raised weekend services and asked for a new youth advisory body. We have funded a "
                   "twelve-month trial of late Saturday services on the Burnie and Sorell corridors only, and will "
                   "decide on any wider roll-out once patronage data are in. I have decided not to create a separate "
                   "transport panel, as the Premier's Youth Advisory Council already advises me on these matters and "
                   "I would not want to duplicate it.", B),
         Paragraph("The Government shares the Committee's goal for safe routes to school. The Active Transport "
                   "Strategy will include a commitment that every government high school has a safe walking and "
                   "cycling connection by 2030, and funding for the first twenty schools is in this year's Budget.", B),
         Paragraph("I am not able to support a reduction in learner driver hours. Road safety research shows that "
                   "supervised experience is the strongest protection for new drivers, and the Government has no "
                   "plans to amend the Regulations.", B),
         Paragraph("You may also be interested to know that applications for the 2027 Youth Week grants open on "
                   "1 November, and I would encourage members of the Youth Parliament to share this with their "
                   "local councils and youth groups.", B),
         Paragraph("Thank you again for the report. I look forward to receiving the Youth Parliament's resolutions "
                   "next year and wish all members well in their studies and work.", B),
         Paragraph("Yours sincerely", B), Spacer(1, 6),
         Paragraph("Hon. Ewan Pritchard MP<br/>Minister for Infrastructure and Transport", B)]
    build(H.out(NAME + "_response.pdf"), f)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"))


advice()
response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "extend eligibility for the Student Concession Card to apprentices and trainees",
     "reply_contains": "from 1 January 2027 apprentices and trainees aged under 25", "verdict": "agrees"},
    {"number": 2, "starts_with": "fund late-evening bus services on Friday and Saturday nights",
     "reply_contains": "twelve-month trial of late Saturday services on the Burnie", "verdict": "partly"},
    {"number": 3, "starts_with": "require every contracted operator to publish stop and timetable information",
     "reply_contains": "every contract renewal has included a clause requiring operators", "verdict": "agrees"},
    {"number": 4, "starts_with": "reduce the supervised driving requirement for learner drivers from 80 hours",
     "reply_contains": "I am not able to support a reduction in learner driver hours", "verdict": "disagrees"},
    {"number": 5, "starts_with": "establish a Youth Transport Advisory Panel of young people from each region",
     "reply_contains": "I have decided not to create a separate transport panel", "verdict": "disagrees"},
    {"number": 6, "starts_with": "provide free Wi-Fi on all regional coach services by the end",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 7, "starts_with": "set a target that every government high school is connected",
     "reply_contains": "The Active Transport Strategy will include a commitment", "verdict": "agrees"},
], ["I want to thank Ms Kowalczyk and her fellow members",
    "applications for the 2027 Youth Week grants open on 1 November",
    "I look forward to receiving the Youth Parliament's resolutions next year"],
    "advice: lettered resolutions (a)-(g) under 'The Committee recommends that the Government:' after findings "
    "('The Committee found that'), a forums table, the 2024 resolution quoted ('the Government should introduce free "
    "public transport'), section 14 'an operator must accept', regulation 21, 'should be available in accessible "
    "formats', 'must be designed with young people', closing note on (a), (d), (b). Response: Minister's letter, "
    "paraphrase only, no letters; order c, a, b+e, g, d; ONE paragraph = Saturday trial on two corridors (b partly) + "
    "no separate panel (e disagrees); (f) Wi-Fi unanswered; intro thanks, Youth Week grants, closing (nothing).")
sys.exit(H.main([NAME]))

"""Round 105 (EN): a Canadian city's PARKS AND RECREATION ADVISORY COMMITTEE review of MUNICIPAL GOLF OPERATIONS,
seven recommendations as the numbered PARAGRAPHS 5.1-5.7 of a 'Recommendations' section (sections 3 and 4 are
numbered paragraphs too), answered by a staff report's MANAGEMENT RESPONSE table 'Para. | Management response |
Target' citing the paragraph numbers. reportlab platypus, US Letter, cleaned DejaVu, invariant; green letterhead
band, shaded 'Season in figures' table; header and 'Page N of M' stamped from page 2. All bodies, people, places
and figures invented; the provincial Conservation Authorities Act is named as context only.
Run:  /tmp/blind105en/bin/python tests/docs/src/blind105/gen_en_golf_operations_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b105en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind105_en_golf_operations"
GREEN = colors.HexColor("#2e5e3a")
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DV", boldItalic="DVB")
B = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5, spaceAfter=5)
NP = ParagraphStyle("np", parent=B, leftIndent=26, firstLineIndent=-26)
C = ParagraphStyle("c", parent=B, fontSize=8.8, leading=11, spaceAfter=0)
H1 = ParagraphStyle("h1", parent=B, fontName="DVB", fontSize=15, leading=19, textColor=GREEN, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=B, fontName="DVB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=6)
W = ParagraphStyle("w", parent=B, fontName="DVB", textColor=colors.white, spaceAfter=0)


def band(l, r):
    t = Table([[Paragraph(l, W), Paragraph(r, W)]], colWidths=[115 * mm, 60 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def grid(rows, widths, bg="#e3ede5"):
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7f9c86")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(bg)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def build(path, story):
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def para(n, text):
    return Paragraph(f"<b>{n}</b>&nbsp;&nbsp;&nbsp;{text}".replace("&nbsp;", " "), NP)


def advice(path):
    s = [band("CITY OF PINECREST BAY<br/>Parks and Recreation Advisory Committee",
              "Report PRAC-2026-03<br/>January 28, 2026"), Spacer(1, 8),
         Paragraph("Review of Municipal Golf Operations", H1),
         Paragraph("Cedar Ridge Golf Course (18 holes) and Millbrook Park Course (9 holes)", B),
         Paragraph("1. Purpose", H2),
         para("1.1", "At its meeting of June 16, 2025, Council asked the Parks and Recreation Advisory Committee to "
                     "review the City's two municipal golf courses and to report on their finances, their condition "
                     "and their place in the parks system (Council resolution CR-2025-211)."),
         para("1.2", "The Committee held four meetings, toured both courses, received a condition report from the "
                     "Parks Operations Division and heard from 37 residents, the Cedar Ridge Men's and Ladies' Leagues "
                     "and the Millbrook Park Community Association."),
         Paragraph("2. The season in figures", H2),
         grid([["", "Cedar Ridge", "Millbrook Park"],
               ["Rounds played, 2025", "31,420", "9,860"],
               ["Revenue", "$1,486,000", "$212,000"],
               ["Operating cost", "$1,371,000", "$298,000"],
               ["Cost recovery", "108%", "71%"],
               ["Age of irrigation system", "34 years", "22 years"]], [60, 55, 55]),
         Spacer(1, 6),
         Paragraph("3. Findings", H2),
         para("3.1", "Cedar Ridge recovers its operating cost, but its irrigation system is failing. There were 19 "
                     "main breaks in 2025, and the Parks Operations Division estimates that a full replacement will "
                     "cost about $2.4 million. The Committee agrees with staff that the system should be replaced "
                     "before a dry summer forces the course to close."),
         para("3.2", "Millbrook Park loses about $86,000 a year. Part of the course lies in the flood plain of "
                     "Millbrook Creek, and any works there must be approved by the conservation authority under the "
                     "Conservation Authorities Act. Residents who use the park for walking told us they value the open "
                     "space more than the golf."),
         para("3.3", "Green fees are set once a year in the fees and charges by-law and are the same on a Tuesday "
                     "morning as on a Saturday at noon. Weekend tee times sell out within minutes of release, while "
                     "weekday afternoons are often half empty."),
         para("3.4", "The 2019 Recreation Master Plan recommended that 'the City should grow the game among young "
                     "people and newcomers'. Apart from one summer camp week, little has been done, and only 4% of "
                     "2025 rounds were played by people under 18."),
         para("3.5", "The clubhouse restaurant at Cedar Ridge is run by City staff and lost $64,000 in 2025. Several "
                     "Ontario municipalities now license their clubhouse food service to a private operator."),
         para("3.6", "Council receives no regular report on golf finances; the figures in section 2 had to be "
                     "assembled by hand from three cost centres. The courses sit empty from November to April."),
         Paragraph("4. Options considered", H2),
         para("4.1", "The Committee considered selling Millbrook Park, leasing both courses to a private operator, "
                     "and keeping the present model. It does not recommend a sale: the land was donated to the City "
                     "in 1958 on condition that it remain public open space."),
         para("4.2", "A lease of both courses would save staff costs but would, in the Committee's view, make the "
                     "courses less affordable for residents. The Committee therefore recommends changes within the "
                     "present model."),
         Paragraph("5. Recommendations", H2),
         Paragraph("The Parks and Recreation Advisory Committee recommends that Council:", B)]
    recs = [
        ("5.1", "Approve a three-year capital program to replace the irrigation system at Cedar Ridge, beginning "
                "in the 2026 capital budget."),
        ("5.2", "Close the Millbrook Park nine-hole course at the end of the 2026 season and return the land to "
                "general parkland with a walking loop."),
        ("5.3", "Direct staff to introduce variable green fees, with lower prices on weekday afternoons and "
                "higher prices at peak weekend times, booked online."),
        ("5.4", "Establish a free junior golf program for players aged 8 to 17, run with the local leagues and "
                "the school boards."),
        ("5.5", "Issue a request for proposals to license the Cedar Ridge clubhouse food and beverage service to "
                "a private operator."),
        ("5.6", "Require an annual golf operations report to Council each February, setting out rounds, revenue, "
                "cost recovery and capital needs for each course."),
        ("5.7", "Explore winter use of the courses, such as groomed cross-country ski and snowshoe trails, with "
                "local clubs."),
    ]
    s += [para(n, t) for n, t in recs]
    s += [Paragraph("6. Next steps", H2),
          para("6.1", "The Committee asks that staff bring a report responding to these recommendations to the "
                      "Community Services Committee by April 2026. Members would be glad to attend."),
          Paragraph("Respectfully submitted,<br/>Harjit Sandhu, Chair, Parks and Recreation Advisory Committee", B)]
    build(path, s)


def response(path):
    s = [band("CITY OF PINECREST BAY<br/>Community Services Department - Staff Report",
              "CS-2026-041<br/>April 13, 2026"), Spacer(1, 8),
         Paragraph("Municipal Golf Operations: Response to the Advisory Committee Review", H1),
         grid([["To", "Chair and Members, Community Services Committee"],
               ["From", "Dana Whitford, General Manager, Community Services"],
               ["Report", "PRAC-2026-03, Review of Municipal Golf Operations"]], [35, 135], bg="#ffffff"),
         Spacer(1, 6),
         Paragraph("Background", H2),
         Paragraph("Staff thank the Parks and Recreation Advisory Committee for a careful and well-argued review, "
                   "and the residents and league members who took part in it. This report sets out the management "
                   "response to the review's recommendations, for Council's information.", B),
         Paragraph("Management response", H2),
         grid([["Para.", "Management response", "Target"],
               ["5.4", "Done. A free junior program, Cedar Ridge Juniors, opens in May 2026 with two school "
                       "boards and the Men's League as partners; 140 places have been funded from the golf "
                       "reserve.", "May 2026"],
               ["5.1 and 5.2", "The irrigation replacement is included in the 2026-2028 capital forecast that "
                               "Council approved on March 2, 2026, with phase one this autumn. Staff do not "
                               "support closing Millbrook Park. The course is well used by seniors and "
                               "beginners, and we will instead look to narrow its deficit through the fees "
                               "review below.", "Fall 2026"],
               ["5.6", "Agreed. A golf operations report will be brought to Council each February, starting in "
                       "February 2027.", "Feb. 2027"],
               ["5.3", "Variable pricing will be trialled on weekday afternoons only in 2026. Staff are not "
                       "proposing higher peak weekend prices at this time, as the fees and charges by-law has "
                       "already been set for the year.", "2026 season"],
               ["5.7", "Staff will discuss winter trails with the Pinecrest Nordic Club and report back once "
                       "grooming costs and insurance are known; no decision has been made.", "To be "
                                                                                             "confirmed"],
               ], [24, 118, 28]),
         Spacer(1, 8),
         Paragraph("Related matter: Cedar Ridge cart path repairs", H2),
         Paragraph("Separately, the asphalt cart paths on holes 3 to 7 at Cedar Ridge will be resurfaced in "
                   "October 2026 under the existing roads maintenance contract, at no extra cost to the golf "
                   "budget.", B),
         Paragraph("Financial and next steps", H2),
         Paragraph("This report is for information. Questions may be directed to Marco Lindqvist, Manager of "
                   "Golf Operations, at extension 4417.", B)]
    build(path, s)


def main():
    advice(H.out(NAME + "_advice.pdf")); response(H.out(NAME + "_response.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Pinecrest Bay PRAC - Review of Municipal Golf Operations - PRAC-2026-03",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Staff Report CS-2026-041 - Municipal Golf Operations",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Approve a three-year capital program to replace the irrigation system",
             reply_contains="included in the 2026-2028 capital forecast that Council approved", verdict="agrees"),
        dict(number=2, starts_with="Close the Millbrook Park nine-hole course at the end of",
             reply_contains="Staff do not support closing Millbrook Park", verdict="disagrees"),
        dict(number=3, starts_with="Direct staff to introduce variable green fees, with lower prices",
             reply_contains="Variable pricing will be trialled on weekday afternoons only", verdict="partly"),
        dict(number=4, starts_with="Establish a free junior golf program for players aged 8",
             reply_contains="A free junior program, Cedar Ridge Juniors, opens in May", verdict="agrees"),
        dict(number=5, starts_with="Issue a request for proposals to license the Cedar Ridge clubhouse",
             reply_contains=None, verdict="unanswered"),
        dict(number=6, starts_with="Require an annual golf operations report to Council each February",
             reply_contains="A golf operations report will be brought to Council", verdict="agrees"),
        dict(number=7, starts_with="Explore winter use of the courses, such as groomed cross-country",
             reply_contains="Staff will discuss winter trails with the Pinecrest Nordic Club", verdict="noted"),
    ]
    H.write_expected(NAME, recs, [
        "Staff thank the Parks and Recreation Advisory Committee",
        "the asphalt cart paths on holes 3 to 7",
        "Questions may be directed to Marco Lindqvist"],
        "Advice: Canadian city Parks and Recreation Advisory Committee review of municipal golf operations "
        "PRAC-2026-03; recs are the numbered PARAGRAPHS 5.1-5.7 of section 5 'Recommendations' (numbers 1-7 here = "
        "5.1-5.7) after 'recommends that Council:'; traps: numbered paragraphs 1.1-4.2 and 6.1 around them, figures "
        "table, Council resolution CR-2025-211, 'should be replaced' in 3.1, 'must be approved' under the "
        "Conservation Authorities Act, 2019 Master Plan quoted ('the City should grow the game'), 'does not "
        "recommend a sale' in 4.1. Response: staff report with a MANAGEMENT RESPONSE table 'Para. | Management "
        "response | Target' citing paragraph numbers, order 5.4, 5.1+5.2, 5.6, 5.3, 5.7: junior program done (4 "
        "agrees); ONE row '5.1 and 5.2' = irrigation in the approved capital forecast (1 agrees) + Millbrook closure "
        "not supported (2 disagrees); annual report from Feb 2027 (6 agrees); weekday trial only (3 partly); winter "
        "trails to be discussed, no decision (7 noted); 5.5 (clubhouse RFP) unanswered; Background thanks, 'Related "
        "matter' cart paths, closing contact (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

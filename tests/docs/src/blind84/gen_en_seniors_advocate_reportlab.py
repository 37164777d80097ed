"""Round 84 (EN): a Canadian provincial SENIORS ADVOCATE'S SYSTEMIC REVIEW (genre: a statutory seniors advocate's
report on a publicly funded service, with survey data and a recommendations table) answered by the department's
DECISION BRIEFING NOTE to the Minister as released under freedom of information (ISSUE / BACKGROUND / ANALYSIS /
CONSULTATION / RECOMMENDATION / approval block; its own 'RECOMMENDATION' is the staff's advice to the Minister).
Advice: Office of the Seniors Advocate of Nova Scotia, 'Home Truths', systemic review, September 2026, 2-3 p.; the
recommendations only in a ruled TABLE 'No. | Recommendation | Lead | By'.
Response: Department of Seniors and Long-Term Care, briefing note for decision, October 2026, 1-2 p.; no numbers,
italic subject lines; order 6, 3, 4+5, 1, 7; 2 unanswered.
reportlab platypus (US Letter, cleaned DejaVu Sans/Serif, invariant=1); header and footer drawn on the canvas. The
office, the report, people and figures are invented.

Run:  /tmp/blind84en/bin/python tests/docs/src/blind84/gen_en_seniors_advocate_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b84en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind84_en_seniors_advocate"
for fam, files in (("DVS", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf")),
                   ("DVR", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"))):
    for suf, f in zip(("", "-B", "-I", "-BI"), files):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font(f)))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-B"); addMapping(fam, 0, 1, fam + "-I"); addMapping(fam, 1, 1, fam + "-BI")

TEAL = colors.HexColor("#00616b")
body = ParagraphStyle("b", fontName="DVR", fontSize=9.8, leading=13.6, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="DVS-B", fontSize=18, leading=22, textColor=TEAL, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DVS-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", fontName="DVS", fontSize=8.6, leading=11)
cellb = ParagraphStyle("cb", parent=cell, fontName="DVS-B")
bn = ParagraphStyle("bn", fontName="DVS", fontSize=9.6, leading=13.2, spaceAfter=5)
bnh = ParagraphStyle("bnh", fontName="DVS-B", fontSize=10, leading=13, spaceBefore=7, spaceAfter=3)
bni = ParagraphStyle("bni", parent=bn, fontName="DVS-I", spaceAfter=2)


def P(t, s=body):
    return Paragraph(t, s)


def advice():
    f = [P("Office of the Seniors Advocate &middot; Nova Scotia", ParagraphStyle("k", fontName="DVS", fontSize=9, textColor=TEAL)),
         Spacer(1, 3 * mm), P("Home Truths", h1),
         P("A systemic review of publicly funded home support services for seniors", ParagraphStyle("s", fontName="DVS", fontSize=11.5, leading=15, spaceAfter=8)),
         P("<b>Systemic review SR-2026-02 &middot; September 2026</b>", body),
         P("Message from the Seniors Advocate", h2),
         P("Most seniors tell us they want to stay in their own homes for as long as they can. Home support makes that "
           "possible for some 11,800 Nova Scotians. Under section 9 of the Seniors Advocate Act, I may review any "
           "service that affects seniors and report publicly on what I find. This review is the first of home support "
           "since my office opened. I am grateful to the 2,146 clients and family caregivers who answered our survey, "
           "and to the home support workers who spoke to us, often on their own time.<br/>&mdash; Margaret Dunphy-Leclair, "
           "Seniors Advocate"),
         P("How we did the review", h2),
         P("We surveyed every client receiving publicly funded home support on March 1, 2026 (response rate 41 per "
           "cent), held 12 focus groups in the four health zones, and analysed the Department's service data for "
           "2023-24 to 2025-26. The Department and the eleven contracted agencies had the chance to comment on the "
           "facts in a draft of this report."),
         P("What we found", h2),
         Table([[P("<b>Table 1: Home support at a glance, 2025-26</b>", cell), "", ""],
                [P("Zone", cellb), P("Clients", cellb), P("Median wait for first visit", cellb)],
                [P("Central", cell), P("4,910", cell), P("34 days", cell)],
                [P("Eastern", cell), P("2,630", cell), P("51 days", cell)],
                [P("Northern", cell), P("1,720", cell), P("62 days", cell)],
                [P("Western", cell), P("2,540", cell), P("47 days", cell)]],
               colWidths=[55 * mm, 35 * mm, 60 * mm],
               style=TableStyle([("SPAN", (0, 0), (-1, 0)), ("LINEBELOW", (0, 1), (-1, 1), 0.8, TEAL),
                                 ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP")])),
         Spacer(1, 3 * mm),
         P("One client in five told us a visit had been missed in the past month without anyone calling them. The "
           "Department's own policy says that clients should be told of a missed visit by the end of the same day, "
           "but agencies are not required to report missed visits, so the Department does not know how often it "
           "happens. Personal care visits have become shorter: 38 per cent were booked for 15 minutes or less in "
           "2025-26, against 19 per cent in 2023-24. Workers told us that 15 minutes is not enough to help someone "
           "bathe safely."),
         P("Clients pay a daily contribution based on income. A client with an income of $26,000 a year may pay up to "
           "$11 a day, and 312 clients cancelled their service in 2025-26 giving cost as the reason. Home support "
           "workers earn on average $4.10 an hour less than continuing care assistants in long-term care, and agencies "
           "lost 29 per cent of their workers last year. Only the Central zone offers the self-managed care option, "
           "through which a client receives funding and hires their own worker."),
         P("In 2019 the Auditor General recommended that &ldquo;the Department should publicly report wait times for "
           "home care services.&rdquo; The Department accepted that recommendation, but wait times are still not "
           "published. Regulation 14 of the Home Support Services Regulations provides that an agency must keep a "
           "record of every visit made, which means the data for public reporting already exist."),
         P("Family caregivers carry much of the load. Two in three caregivers of clients with high needs told us they "
           "had not had a break of more than a day in the past year."),
         P("Recommendations", h2),
         P("I make seven recommendations. They are addressed to the Department of Seniors and Long-Term Care "
           "(the Department) unless stated otherwise. I ask the Minister to respond publicly within 90 days, and I will "
           "report on progress in my annual report for 2027-28."),
         ]
    rows = [[P("No.", cellb), P("Recommendation", cellb), P("Lead", cellb), P("By", cellb)]]
    recs = [
        ("Eliminate the daily client contribution for home support for seniors with an annual income below $30,000.", "Department", "April 2027"),
        ("Set a minimum booked length of 30 minutes for every personal care visit, except where the client asks for less.", "Department; agencies", "April 2027"),
        ("Publish, every quarter and for each zone, the wait for assessment and the wait for the first visit.", "Department", "Q1 2027"),
        ("Bring home support worker wages to parity with continuing care assistants working in long-term care.", "Department", "April 2028"),
        ("Make the self-managed care option available to eligible clients in all four zones.", "Department; Nova Scotia Health", "2027-28"),
        ("Require every contracted agency to report missed and late visits to the Department each month.", "Department", "Next contract"),
        ("Fund a respite benefit of $600 a month for unpaid caregivers of clients assessed as having high needs.", "Department", "2027-28"),
    ]
    for i, (t, lead, by) in enumerate(recs, 1):
        rows.append([P(str(i), cellb), P(t, cell), P(lead, cell), P(by, cell)])
    f.append(Table(rows, colWidths=[11 * mm, 104 * mm, 35 * mm, 22 * mm], repeatRows=1,
                   style=TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d7eef0")),
                                     ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7aa9ae")),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])))
    f += [Spacer(1, 4 * mm),
          P("What happens next", h2),
          P("The Seniors Advocate Act requires the Department to tell me within 90 days what it intends to do. I will "
            "publish its answer on my website together with this report. Seniors and families who want to share their "
            "experience of home support can call my office toll-free at 1-800-555-0142.")]
    return f


def response():
    return [
        P("DEPARTMENT OF SENIORS AND LONG-TERM CARE", ParagraphStyle("t", fontName="DVS-B", fontSize=12, leading=15)),
        P("BRIEFING NOTE &mdash; FOR DECISION", ParagraphStyle("t2", fontName="DVS-B", fontSize=11, leading=14, textColor=TEAL, spaceAfter=6)),
        Table([[P("<b>Prepared for:</b>", bn), P("Hon. Colin MacEachern, Minister of Seniors and Long-Term Care", bn)],
               [P("<b>Prepared by:</b>", bn), P("Alison Theriault, Director, Home and Community Care Policy", bn)],
               [P("<b>Date:</b>", bn), P("October 28, 2026", bn)],
               [P("<b>File:</b>", bn), P("BN 2026-0417 / ADV-SR-2026-02", bn)]],
              colWidths=[34 * mm, 136 * mm],
              style=TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))])),
        P("ISSUE", bnh),
        P("The Seniors Advocate released her systemic review of home support, <i>Home Truths</i>, on September 24, 2026. "
          "The Department must give the Advocate its written response by December 23, 2026. This note seeks the "
          "Minister's decision on the Department's position on each recommendation."),
        P("BACKGROUND", bnh),
        P("Home support is delivered by eleven contracted agencies under agreements that expire on March 31, 2027. "
          "Spending on home support was $214 million in 2025-26. The Advocate's findings are consistent with the "
          "Department's own data, although staff note that her survey over-represents the Central zone."),
        P("ANALYSIS AND PROPOSED POSITIONS", bnh),
        P("Reporting of missed visits", bni),
        P("Proposed: accept. The new agency agreements that take effect April 1, 2027 already include a clause requiring "
          "monthly reporting of missed and late visits, so this can be confirmed to the Advocate as done."),
        P("Public reporting of wait times", bni),
        P("Proposed: accept. Wait times by zone for assessment and first visit can be posted on the Department's website "
          "each quarter, starting with the January to March 2027 quarter. This also closes the 2019 Auditor General "
          "recommendation."),
        P("Workforce: wages and self-managed care", bni),
        P("Proposed: accept wage parity with continuing care assistants, to be phased in over the next two agency "
          "agreements and reached by April 2028; the cost is estimated at $19.5 million a year when fully in place. "
          "Proposed: accept in part the expansion of self-managed care. Staff recommend extending it to the Eastern and "
          "Western zones in 2027-28, but not yet to the Northern zone, where there are too few independent workers "
          "for clients to hire."),
        P("Client contribution", bni),
        P("Proposed: do not accept. Removing the daily contribution below $30,000 would cost about $7.8 million a year "
          "and would treat home support differently from long-term care, where residents also contribute. Staff advise "
          "that the existing hardship waiver is the better route and will remind agencies to offer it."),
        P("Caregiver respite benefit", bni),
        P("Proposed: note. A monthly respite benefit would be a new program. Staff suggest the response say that it will "
          "be considered alongside the Caregiver Strategy in the 2027-28 budget process, without a commitment at this "
          "stage."),
        P("CONSULTATION", bnh),
        P("Nova Scotia Health, the Home Support Agencies Association and the Department of Finance and Treasury Board "
          "were consulted on the costs set out in this note. Communications staff have prepared key messages for the "
          "release of the response."),
        P("RECOMMENDATION", bnh),
        P("That the Minister approve the positions set out above, and that the Department send the response to the "
          "Seniors Advocate by December 23, 2026 and publish it on the Department's website the same day."),
        Spacer(1, 6 * mm),
        Table([[P("Approved &#9744;", bn), P("Not approved &#9744;", bn), P("Minister: ______________________", bn)]],
              colWidths=[40 * mm, 45 * mm, 85 * mm]),
    ]


def deco(header, footer):
    def draw(c, doc):
        c.saveState()
        c.setFont("DVS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        w, h = letter
        if header:
            c.drawString(20 * mm, h - 12 * mm, header)
            c.setStrokeColor(TEAL); c.setLineWidth(0.6); c.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        c.drawCentredString(w / 2, 11 * mm, footer % doc.page)
        c.restoreState()
    return draw


def build(which, flow, header, footer):
    path = H.out("%s_%s.pdf" % (NAME, which))
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, invariant=1, title=which)
    d = deco(header, footer)
    doc.build(flow, onFirstPage=d, onLaterPages=d)


RECS = [
    (1, "Eliminate the daily client contribution for home support for seniors",
     "Removing the daily contribution below $30,000 would cost", "disagrees"),
    (2, "Set a minimum booked length of 30 minutes for every", None, "unanswered"),
    (3, "Publish, every quarter and for each zone, the wait for assessment",
     "can be posted on the Department's website each quarter", "agrees"),
    (4, "Bring home support worker wages to parity with continuing care assistants",
     "accept wage parity with continuing care assistants, to be phased in", "agrees"),
    (5, "Make the self-managed care option available to eligible clients in",
     "accept in part the expansion of self-managed care", "partly"),
    (6, "Require every contracted agency to report missed and late visits",
     "already include a clause requiring monthly reporting", "agrees"),
    (7, "Fund a respite benefit of $600 a month for unpaid caregivers",
     "considered alongside the Caregiver Strategy in the 2027-28 budget process", "noted"),
]

if __name__ == "__main__":
    build("advice", advice(), "Home Truths - Systemic review SR-2026-02", "Office of the Seniors Advocate  |  %d")
    build("response", response(), "Released under the Freedom of Information and Protection of Privacy Act - FOI 2027-00193",
          "BN 2026-0417  -  Page %d")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["This note seeks the Minister's decision on the Department's position",
                      "Communications staff have prepared key messages for the release",
                      "That the Minister approve the positions set out above"],
                     "Advice: a Canadian provincial SENIORS ADVOCATE'S SYSTEMIC REVIEW: message from the Advocate "
                     "('Under section 9 of the Seniors Advocate Act'), method, a data table 'Table 1' by zone, findings "
                     "prose with traps ('clients should be told of a missed visit', the Auditor General's 2019 'the "
                     "Department should publicly report wait times' quoted, 'Regulation 14 ... an agency must keep a "
                     "record'), 'I make seven recommendations'; the recommendations ONLY in a ruled TABLE 'No. | "
                     "Recommendation | Lead | By' (1-7), then 'What happens next' (90 days). Response: a DECISION "
                     "BRIEFING NOTE to the Minister as released under FOI (running header), ISSUE / BACKGROUND / "
                     "ANALYSIS AND PROPOSED POSITIONS with italic subject lines and 'Proposed: accept / accept in part / "
                     "do not accept / note', no numbers, order 6, 3, 4+5, 1, 7: missed-visit clause already in the new "
                     "agreements (6 agrees); quarterly wait times from Jan-Mar 2027 (3 agrees); ONE section "
                     "'Workforce' = wage parity by April 2028 (4 agrees) + self-managed care in two more zones, not "
                     "Northern (5 partly); 'Proposed: do not accept' client contribution, hardship waiver instead (1 "
                     "disagrees); respite benefit 'considered ... in the 2027-28 budget process, without a commitment' "
                     "(7 noted). 2 (30-minute minimum visit) is not answered. Unmatched: ISSUE, CONSULTATION, the "
                     "note's own RECOMMENDATION to the Minister (a trap) and approval block.")
    sys.exit(H.main([NAME]))

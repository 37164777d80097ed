"""Round 95 (EN): an English cycle campaign's CONSULTATION SUBMISSION on a county council's draft Local Cycling and
Walking Infrastructure Plan (recommendations in shaded BOXES coded CF1-CF7) answered by the council's CONSULTATION
REPORT appendix 'You said, we did' (a two-column table by subject, no codes). reportlab platypus, A4, cleaned DejaVu,
invariant; header from page 2 and 'Page N of M' stamped. All invented.
Run:  /tmp/blind95en/bin/python tests/docs/src/blind95/gen_en_cycle_forum_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b95en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind95_en_cycle_forum"
pdfmetrics.registerFont(TTFont("DV", H.clean_font("DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", H.clean_font("DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", H.clean_font("DejaVuSans-Oblique.ttf")))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVB")
C = colors.HexColor("#7a3b00")
B = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.2, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=16, leading=20, textColor=C, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.2, leading=15, textColor=C, spaceBefore=8, spaceAfter=4, keepWithNext=1)
SM = ParagraphStyle("sm", parent=B, fontSize=8.3, leading=11, textColor=colors.HexColor("#444444"))
Q = ParagraphStyle("q", parent=B, leftIndent=12 * mm, rightIndent=8 * mm, fontName="DVI")
BX = ParagraphStyle("bx", parent=B, spaceAfter=0)
TC = ParagraphStyle("tc", parent=B, fontSize=8.8, leading=11.8, spaceAfter=0)


def build(path, flow):
    SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm, invariant=1, title="", author="").build(flow)


def box(code, text):
    t = Table([[Paragraph("<b>%s</b>" % code, BX), Paragraph(text, BX)]], colWidths=[16 * mm, 150 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeedd")),
                           ("BOX", (0, 0), (-1, -1), 0.8, C), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [t, Spacer(1, 7)]


def advice():
    counts = Table([["Count site (draft plan ref.)", "2019", "2025", "Change"],
                    ["Station Road at Fenny Lane (R4)", "312", "455", "+46%"],
                    ["Ridgeway path at Bell Stile (R7)", "188", "201", "+7%"],
                    ["Mill Lane at St Anne's school (R2)", "96", "174", "+81%"],
                    ["Market Place, town centre (R1)", "540", "602", "+11%"]],
                   colWidths=[78 * mm, 24 * mm, 24 * mm, 24 * mm])
    counts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DV", 8.6), ("FONT", (0, 0), (-1, 0), "DVB", 8.6),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f0e2d0")),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    f = [Paragraph("KETTLEBY CYCLE FORUM", SM),
         Paragraph("Draft Kettleby Local Cycling and Walking Infrastructure Plan: our submission", H1),
         Paragraph("To: LCWIP Consultation, Transport Strategy Team, Northmoor County Council. Submitted 28 February "
                   "2026 on behalf of the Forum committee by Ruth Ashby-Calder (Secretary). 214 members.", SM),
         Spacer(1, 4),
         Paragraph("1. About this submission", H2),
         Paragraph("Kettleby Cycle Forum welcomes the draft Local Cycling and Walking Infrastructure Plan (LCWIP) and the "
                   "work the County Council's officers have put into the network maps. We have read the draft plan, the "
                   "technical annex and the engagement summary, and discussed them at two open members' meetings in "
                   "January 2026. This submission sets out what we found and what we ask the County Council to change "
                   "before the plan is adopted. Our specific asks are shown in the shaded boxes, coded CF1 to CF7.", B),
         Paragraph("We have raised some of these points before. Our 2021 submission on the county transport plan said "
                   "that <i>\"the Council should build a foot and cycle bridge over the River Arle at Lock Meadow\"</i>; "
                   "we are pleased that this now appears in the draft plan as route R5 and we do not repeat it here.", B),
         Paragraph("2. What the counts tell us", H2),
         Paragraph("Forum volunteers repeated the county's 2019 manual counts at four sites in September 2025. Cycling "
                   "has grown everywhere, but fastest where new protected space was provided.", B),
         counts, Spacer(1, 6),
         Paragraph("Finding 1: the largest growth is on the two routes serving schools and the station. Finding 2: the "
                   "Ridgeway path has hardly grown, and members with adapted cycles, trailers and mobility scooters tell "
                   "us they cannot get through its barriers at all.", B),
         Paragraph("3. Routes", H2),
         Paragraph("Route R4 on Station Road is the best scheme in the draft plan, but it stops 600 metres short of "
                   "Kettleby Park Hospital, which employs 1,900 staff, at the point where the road narrows and traffic "
                   "is heaviest. A route that stops where it is most needed will not be used.", B)]
    f += box("CF1", "Extend route R4 (Station Road) as a protected cycle track to the Kettleby Park Hospital main "
                    "entrance, rather than ending it at the Fenny Lane junction.")
    f += [Paragraph("Mill Lane (route R2) carries 174 cyclists a day, most of them pupils of St Anne's and Kettleby "
                    "Academy. The draft plan puts it in the 'medium term (2031-2036)' tranche. Parents should not have "
                    "to wait ten years for a safe route to school.", B)]
    f += box("CF2", "Move the Mill Lane school route (R2) into the first tranche of schemes, so that it is designed "
                    "by 2027 and built by 2028.")
    f += [Paragraph("4. Access and barriers", H2),
          Paragraph("The Equality Act 2010 means the County Council must make reasonable adjustments for disabled "
                    "users of its paths, and national guidance says that access controls should not be used unless "
                    "there is a persistent and serious problem of motorcycle misuse. There are seven A-frame and "
                    "chicane barriers on the Ridgeway path between Bell Stile and Hollins Lane.", B)]
    f += box("CF3", "Remove all seven A-frame and chicane barriers on the Ridgeway path by March 2027 and, where "
                    "needed, replace them with bollards set 1.5 metres apart.")
    f += [Paragraph("5. Design standards and speed", H2),
          Paragraph("Paragraph 4.3 of the draft plan says schemes will be designed 'having regard to' Local Transport "
                    "Note 1/20. In our view that is too weak: LTN 1/20 itself states that cycle infrastructure should "
                    "be accessible, coherent, direct, safe and comfortable, and Active Travel England will not fund "
                    "schemes that fail its checks.", B)]
    f += box("CF4", "Adopt LTN 1/20 as the required design standard for every scheme in the plan, and say so in "
                    "paragraph 4.3.")
    f += [Paragraph("Motor traffic speed is the main reason members give for not cycling in the town centre. Three "
                    "central streets already have a 20 mph limit; the rest of the centre is 30 mph.", B)]
    f += box("CF5", "Introduce a 20 mph speed limit on all streets inside the Kettleby inner ring road, including "
                    "Market Place and Sheep Street.")
    f += [Paragraph("6. Cycle parking and monitoring", H2),
          Paragraph("Kettleby station has 38 open cycle stands, which are full by 8am on weekdays; thefts reported to "
                    "the police at the station rose from 11 in 2023 to 27 in 2025.", B)]
    f += box("CF6", "Provide a secure, covered cycle hub with at least 100 spaces at Kettleby railway station, "
                    "working with the train operator.")
    f += [Paragraph("Finally, the draft plan has no targets and no way of telling whether it is working. Under "
                    "section 65 of the Highways Act 1980 the County Council may construct cycle tracks, but nothing "
                    "requires it to report on them.", B)]
    f += box("CF7", "Publish an annual LCWIP monitoring report with cycle and pedestrian counts for each route, "
                    "starting in 2027.")
    f += [Paragraph("7. Conclusion", H2),
          Paragraph("The draft plan is a good start. With the changes above it could become a plan the Forum's members "
                    "can actively support. We would be happy to meet officers to discuss any of these points and to help "
                    "with future counts.", B),
          Paragraph("Ruth Ashby-Calder, Secretary, Kettleby Cycle Forum, 12 Orchard Way, Kettleby KB4 2RT", SM)]
    return f


def response():
    hdr = [Paragraph("<b>You said</b>", TC), Paragraph("<b>We did / our response</b>", TC)]
    rows = [
        ("Several cycling groups and 41 individual respondents asked for a stronger design standard and for lower "
         "speeds in the town centre.",
         "Paragraph 4.3 of the final plan now reads that all schemes 'will be designed to LTN 1/20'; this change has "
         "been made and reflects the design standard Cabinet adopted for the county in June 2025. We have not "
         "included a 20 mph limit across the whole area within the inner ring road. Town-centre speed limits are "
         "reviewed through the Speed Management Protocol, and we are not taking this forward at this time."),
        ("The Station Road route should continue to the hospital.",
         "Agreed. The route has been extended in the final plan to the Kettleby Park Hospital main entrance, and the "
         "hospital trust has offered land at the staff car park to make this possible."),
        ("More and safer cycle parking is needed at the railway station.",
         "Cycle parking on station land is the responsibility of the train operator and Network Rail. We have "
         "shared this comment with Midshires Rail and will consider any proposals they bring forward."),
        ("Barriers on the Ridgeway path stop people with adapted cycles and mobility scooters using it.",
         "We recognise the problem. The three barriers on council-owned land at Bell Stile, Cowpen Lane and Hollins "
         "Lane will be replaced with bollards by March 2027. The other four are on private land, and we will "
         "discuss them with the landowners but cannot commit to removing them."),
        ("The Mill Lane school route should be brought forward.",
         "Agreed. Mill Lane has been moved into the short-term programme (2026-2030) and feasibility design will "
         "start in the 2026/27 financial year."),
    ]
    t = Table([hdr] + [[Paragraph(a, TC), Paragraph(b, TC)] for a, b in rows], colWidths=[60 * mm, 106 * mm],
              repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    C2 = colors.HexColor("#1f4e79")
    H1b = ParagraphStyle("h1b", parent=H1, textColor=C2)
    H2b = ParagraphStyle("h2b", parent=H2, textColor=C2)
    f = [Paragraph("NORTHMOOR COUNTY COUNCIL", SM),
         Paragraph("Kettleby LCWIP: Consultation Report", H1b),
         Paragraph("Appendix C to the report to Cabinet, 16 June 2026. Transport Strategy Team.", SM), Spacer(1, 4),
         Paragraph("C1. About the consultation", H2b),
         Paragraph("The draft Kettleby LCWIP was open for comment from 12 January to 1 March 2026. We received 386 "
                   "online survey responses, 29 emails and letters, and submissions from eleven organisations, "
                   "including parish councils, the hospital trust and local cycling and walking groups. Thank you to "
                   "everyone who took part; this appendix summarises the main themes.", B),
         Paragraph("C2. You said, we did", H2b), t, Spacer(1, 8),
         Paragraph("C3. Other comments: horse riders", H2b),
         Paragraph("The Northmoor Bridleways Association asked that the Ridgeway path remain open to horse riders. "
                   "Equestrian access is outside the scope of an LCWIP, but the Rights of Way team will take these "
                   "comments into the next review of the Rights of Way Improvement Plan.", B),
         Paragraph("C4. Next steps", H2b),
         Paragraph("Subject to Cabinet approval on 16 June 2026, the final plan will be published on the council's "
                   "website and used to support bids to Active Travel England. Questions about this report can be "
                   "sent to lcwip@northmoor.gov.example or by post to County Hall, Northmoor NM1 1AA.", B)]
    return f


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(a, advice()); build(r, response())
    H.stamp(a, header="Kettleby Cycle Forum - submission on the draft LCWIP", footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(r, header="Kettleby LCWIP - Consultation Report - Appendix C", footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        {"number": 1, "starts_with": "Extend route R4 (Station Road) as a protected cycle track",
         "reply_contains": "The route has been extended in the final plan", "verdict": "agrees"},
        {"number": 2, "starts_with": "Move the Mill Lane school route (R2) into the first tranche",
         "reply_contains": "Mill Lane has been moved into the short-term programme", "verdict": "agrees"},
        {"number": 3, "starts_with": "Remove all seven A-frame and chicane barriers on the Ridgeway path",
         "reply_contains": "The other four are on private land", "verdict": "partly"},
        {"number": 4, "starts_with": "Adopt LTN 1/20 as the required design standard for every scheme",
         "reply_contains": "now reads that all schemes 'will be designed to LTN 1/20'", "verdict": "agrees"},
        {"number": 5, "starts_with": "Introduce a 20 mph speed limit on all streets inside",
         "reply_contains": "we are not taking this forward at this time", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Provide a secure, covered cycle hub with at least 100 spaces",
         "reply_contains": "We have shared this comment with Midshires Rail", "verdict": "noted"},
        {"number": 7, "starts_with": "Publish an annual LCWIP monitoring report with cycle and pedestrian counts",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["We received 386 online survey responses, 29 emails and letters",
                 "Equestrian access is outside the scope of an LCWIP",
                 "used to support bids to Active Travel England"]
    notes = ("Advice: a cycle campaign's consultation submission on a draft LCWIP; recommendations in shaded BOXES coded "
             "CF1-CF7, each after the text that argues for it. Traps: the Forum's 2021 submission quoted ('the Council should build a ... bridge'), "
             "count table, Finding 1/2, Equality Act 2010 'must make reasonable adjustments', guidance 'access controls should "
             "not be used', paragraph 4.3, LTN 1/20 'should be accessible', Highways Act 1980 s. 65, 'Parents should not have "
             "to wait'. Response: consultation report appendix, 'You said | We did' table by subject, NO codes, order 4+5, 1, "
             "6, 3, 2: ONE row = LTN 1/20 adopted (4 agrees) + no 20 mph across the centre 'at this time' (5 disagrees); "
             "route extended to hospital (1 agrees); station parking passed to the train operator (6 noted); three of seven "
             "barriers replaced (3 partly); Mill Lane brought forward (2 agrees); 7 (annual monitoring report) unanswered. "
             "Unmatched: C1 about the consultation, C3 horse riders, C4 next steps.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

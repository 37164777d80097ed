"""Round 91 (EN): a sports ground safety inspectorate's ANNUAL ASSESSMENT OF A COUNTY COUNCIL'S CERTIFICATION FUNCTIONS
(Safety of Sports Grounds Act 1975; recommendations LETTERED (a)-(g) in a shaded box after 'The Inspector advises that
the County Council should:') answered by the Head of Regulatory Services' LETTER, replying point by point with the
letters in another order. reportlab platypus, A4, cleaned DejaVu, invariant=1; running header from page 2 and
'Page N of 3'-style footer on the canvas. Bodies, people and figures invented.
Run:  /tmp/blind91en/bin/python tests/docs/src/blind91/gen_en_sportsground_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b91en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph as P, Spacer, Table, TableStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind91_en_sportsground"
for suf, f in (("", "DejaVuSans.ttf"), ("-B", "DejaVuSans-Bold.ttf"), ("-I", "DejaVuSans-Oblique.ttf")):
    pdfmetrics.registerFont(TTFont("DV" + suf, H.clean_font(f)))
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DV-B"); addMapping("DV", 0, 1, "DV-I"); addMapping("DV", 1, 1, "DV-B")
TEAL = colors.HexColor("#0f5257")
body = ParagraphStyle("b", fontName="DV", fontSize=9.6, leading=13.8, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="DV-B", fontSize=16, leading=20, textColor=TEAL, spaceAfter=4)
h2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=9, spaceAfter=4)
num = ParagraphStyle("n", parent=body, leftIndent=10 * mm, firstLineIndent=-10 * mm)
item = ParagraphStyle("i", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm, fontSize=9.4)
quote = ParagraphStyle("q", parent=body, leftIndent=12 * mm, fontName="DV-I")
meta = ParagraphStyle("m", fontName="DV", fontSize=8.8, leading=12, spaceAfter=8, textColor=colors.HexColor("#444444"))
cell = ParagraphStyle("c", fontName="DV", fontSize=8.8, leading=11.6)


def deco(head, total):
    def f(c, d):
        c.saveState(); c.setFont("DV", 7.5); c.setFillColor(colors.grey)
        if d.page > 1:
            c.drawString(20 * mm, A4[1] - 12 * mm, head)
        c.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {d.page} of {total}"); c.restoreState()
    return f


def box(flow):
    t = Table([[flow]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e3f0ef")),
                           ("BOX", (0, 0), (-1, -1), 0.8, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return t


RECS = [
    ("a", "review the general safety certificate for Mill Lane Stadium in full, rather than by further amendment, "
          "before the start of the 2026/27 season;"),
    ("b", "circulate papers to Safety Advisory Group members at least ten working days before each meeting, with a "
          "standing agenda item on matters arising from inspections;"),
    ("c", "adopt and publish a written inspection and enforcement policy for regulated stands at the county's smaller "
          "grounds;"),
    ("d", "recalculate the safe capacity of the Riverside End at Mill Lane using the Green Guide method and the "
          "ground's updated (P) factor;"),
    ("e", "keep a single register of general and special safety certificates and prohibition notices, checked by the "
          "certifying officer every quarter;"),
    ("f", "fund a second trained certifying officer post so that the function no longer depends on one person; and"),
    ("g", "require the clubs' stewarding contractors to share their training records with the Council before each "
          "season."),
]


def advice():
    s = [P("Sports Grounds Safety Inspectorate", meta),
         P("Annual Assessment of Certification Functions 2025/26: Westbury County Council", h1),
         P("Inspector: Callum Reddish, Inspector of Sports Grounds (South West)  |  Issued 3 March 2026  |  Ref. "
           "SGSI/SW/2026/04", meta),
         P("1. Introduction", h2),
         P("1.1 Under section 13 of the Safety of Sports Grounds Act 1975 the Inspectorate keeps under review the "
           "discharge by local authorities of their functions under the Act. This report records the annual "
           "assessment of Westbury County Council, which certifies two designated grounds (Mill Lane Stadium and the "
           "County Cricket Ground) and four regulated stands under Part III of the Fire Safety and Safety of Places "
           "of Sport Act 1987.", num),
         P("1.2 The assessment consisted of a review of documents, attendance at the Safety Advisory Group (SAG) on "
           "14 January 2026, and match-day observations at Mill Lane on 24 January and at Hatchford Town's Brook "
           "Road ground on 7 February 2026. We thank the certifying officer and the clubs for their cooperation.", num),
         P("2. Previous advice", h2),
         P("2.1 Last year's assessment letter of 11 March 2025 advised that:", num),
         P("\u201cthe Council should appoint a deputy to the certifying officer so that certificates can be amended at "
           "short notice\u201d.", quote),
         P("2.2 A deputy was named in May 2025 but has not yet completed the training course, so this advice has only "
           "partly been taken forward. We return to it in paragraph 3.5.", num),
         P("3. Findings", h2),
         P("3.1 <b>Mill Lane certificate.</b> The general safety certificate for Mill Lane was issued in 2009 and has "
           "been amended nineteen times. The schedules now contradict one another in places, for example on the "
           "number of stewards required for the North Stand concourse.", num),
         P("3.2 <b>Riverside End capacity.</b> The capacity of 2,140 shown in schedule 3 was calculated before the "
           "terrace barriers were replaced in 2022. The Green Guide says that a (P) factor should be reassessed "
           "whenever the management or physical condition of an area changes; this has not been done.", num),
         P("3.3 <b>Safety Advisory Group.</b> The SAG meets four times a year and is well attended. However, papers "
           "were circulated on average three working days before meetings, and police and ambulance members told "
           "us that they could not brief their own services in time.", num),
         P("3.4 <b>Smaller grounds.</b> Inspections of the regulated stands at Brook Road and Fenwick Park are carried "
           "out, but there is no written policy explaining how often, by whom, or what the Council will do when "
           "defects are found. Section 10 of the 1975 Act, which lets the Council issue a prohibition notice where "
           "there is a serious risk, must remain available as a last resort, and clubs should know in advance "
           "when it would be used.", num),
         P("3.5 <b>Resilience.</b> All certification work currently rests with one officer. During her absence in "
           "October 2025 an amendment for a concert at Mill Lane was made three days before the event, which we "
           "regard as an avoidable risk.", num),
         P("3.6 <b>Records.</b> Certificates, special certificates and notices are held in three different systems. "
           "We could not confirm from the records alone which special certificates were in force on 24 January.", num),
         P("4. Conclusion", h2),
         P("4.1 Westbury County Council discharges its functions conscientiously and the Inspectorate has no "
           "immediate safety concern. Spectators at Mill Lane are, in our view, well served by an experienced "
           "stewarding operation. The matters in section 3 nevertheless require action.", num),
         P("4.2 The Inspector advises that the County Council should:", num)]
    inner = [P(f"({k})&nbsp;&nbsp;{t}", item) for k, t in RECS]
    s.append(box(inner))
    s += [Spacer(1, 8),
          P("4.3 Items (a) and (d) should be completed before the first fixture of the 2026/27 season. We would be "
            "grateful for the Council's response within three months of the date of this report, that is by "
            "3 June 2026.", num),
          P("4.4 This report will be published on the Inspectorate's website together with the Council's response. "
            "Nothing in it affects the Council's duties under the 1975 Act, which remain the Council's alone.", num),
          Spacer(1, 6),
          Table([[P("<b>Ground</b>", cell), P("<b>Certificate</b>", cell), P("<b>Capacity</b>", cell),
                  P("<b>Last full review</b>", cell)],
                 [P("Mill Lane Stadium", cell), P("General (1975 Act)", cell), P("11,420", cell), P("2009", cell)],
                 [P("County Cricket Ground", cell), P("General (1975 Act)", cell), P("6,800", cell), P("2021", cell)],
                 [P("Brook Road", cell), P("Regulated stand (1987 Act)", cell), P("640", cell), P("2018", cell)],
                 [P("Fenwick Park", cell), P("Regulated stand (1987 Act)", cell), P("510", cell), P("2016", cell)]],
                colWidths=[50 * mm, 50 * mm, 30 * mm, 40 * mm],
                style=[("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7fa7a9")),
                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3f0ef"))]),
          P("Table 1: Certified grounds and stands in Westbury, March 2026", meta)]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Annual assessment")
    f = deco("Sports Grounds Safety Inspectorate  |  Westbury County Council  |  Annual Assessment 2025/26", 2)
    doc.build(s, onFirstPage=f, onLaterPages=f)


def response():
    s = [P("WESTBURY COUNTY COUNCIL", h1),
         P("Regulatory Services, County Hall, Market Street, Westbury WB1 2QA", meta),
         P("Mr Callum Reddish<br/>Inspector of Sports Grounds (South West)<br/>Sports Grounds Safety Inspectorate", body),
         P("Your ref: SGSI/SW/2026/04  |  Our ref: RS/SGS/118  |  28 May 2026", meta),
         P("Dear Mr Reddish,", body),
         P("<b>Annual assessment of certification functions 2025/26</b>", body),
         P("Thank you for your letter of 3 March 2026 and the report on your annual assessment of our certification "
           "functions. The report was considered by the Regulatory Committee on 12 May 2026 and I set out the "
           "Council's response below, taking the lettered points in the order in which we have been able to act on "
           "them.", body),
         P("<b>Point (d): Riverside End</b>", body),
         P("This has already been done. Our consultant reassessed the Riverside End in April using the Green Guide "
           "method, and the capacity was reduced from 2,140 to 1,960 by an amendment to schedule 3 issued on "
           "17 April 2026. Both clubs' ticketing systems were changed the same week.", body),
         P("<b>Point (a): Mill Lane certificate</b>", body),
         P("We accept this. A full review of the Mill Lane certificate has started with the club and the SAG, and a "
           "new certificate will be issued by 31 July 2026, before the first home fixture of the new season.", body),
         P("<b>Points (b) and (f): the Safety Advisory Group and staffing</b>", body),
         P("We agree that members need more time to read papers. From the June meeting SAG papers will go out seven "
           "working days beforehand, with a standing item on inspections; ten working days is not achievable while "
           "match reports from the clubs arrive late. On staffing, the Council has considered your advice carefully "
           "but is not able to create a second certifying officer post in the current financial year. The deputy "
           "named last year will complete her training in June, and that arrangement will continue.", body),
         P("<b>Point (g): stewarding records</b>", body),
         P("The stewarding contractors are engaged by the clubs and not by the Council. We have passed your "
           "suggestion to both clubs and will consider it further with them at the pre-season meeting in July.", body),
         P("<b>Point (c): smaller grounds</b>", body),
         P("A written inspection and enforcement policy for regulated stands was approved by the Regulatory "
           "Committee on 12 May 2026 and is now on our website. Brook Road and Fenwick Park have been sent copies.", body),
         P("<b>Community stadium</b>", body),
         P("You will also wish to know that the planning application for the community stadium at Harrow Fields "
           "is expected in the autumn. We will involve the Inspectorate at the design stage, as we did for the "
           "County Cricket Ground's new pavilion.", body),
         P("I hope this response is helpful. Please contact Priya Lomax, Principal Licensing Officer, if you would "
           "like to discuss any of these points before publication.", body),
         P("Yours sincerely,", body), Spacer(1, 10),
         P("<b>Dr Helen Ashcombe</b><br/>Head of Regulatory Services", body)]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, invariant=1, title="Response letter")
    f = deco("Westbury County Council  |  RS/SGS/118", 2)
    doc.build(s, onFirstPage=f, onLaterPages=f)


EXP = [
    dict(number=1, starts_with="review the general safety certificate for Mill Lane Stadium in full",
         reply_contains="a new certificate will be issued by 31 July 2026", verdict="agrees"),
    dict(number=2, starts_with="circulate papers to Safety Advisory Group members at least ten working days",
         reply_contains="SAG papers will go out seven working days beforehand", verdict="partly"),
    dict(number=3, starts_with="adopt and publish a written inspection and enforcement policy for regulated stands",
         reply_contains="policy for regulated stands was approved by the Regulatory Committee", verdict="agrees"),
    dict(number=4, starts_with="recalculate the safe capacity of the Riverside End at Mill Lane",
         reply_contains="the capacity was reduced from 2,140 to 1,960", verdict="agrees"),
    dict(number=5, starts_with="keep a single register of general and special safety certificates",
         reply_contains=None, verdict="unanswered"),
    dict(number=6, starts_with="fund a second trained certifying officer post so that the function",
         reply_contains="is not able to create a second certifying officer post", verdict="disagrees"),
    dict(number=7, starts_with="require the clubs' stewarding contractors to share their training records",
         reply_contains="will consider it further with them at the pre-season meeting", verdict="noted"),
]
UNMATCHED = ["and the report on your annual assessment of our certification functions",
             "is expected in the autumn. We will involve the Inspectorate",
             "if you would like to discuss any of these points"]
NOTES = ("Advice: sports ground safety inspectorate's annual assessment of a county council's certification functions "
         "(Safety of Sports Grounds Act 1975), 2 p., reportlab; recommendations LETTERED (a)-(g) (numbers 1-7) in a shaded "
         "box after '4.2 The Inspector advises that the County Council should:'. Traps: numbered paragraphs 1.1-4.4, s 13 "
         "and s 10 of the 1975 Act ('must remain available ... clubs should know'), last year's letter quoted ('the Council "
         "should appoint a deputy'), 'a (P) factor should be reassessed' (Green Guide), 'Items (a) and (d) should be "
         "completed', response deadline 3 June 2026, capacity table. Response: Head of Regulatory Services' letter with "
         "bold 'Point (x): subject' headings, order d, a, b+f, g, c. ONE passage 'Points (b) and (f)' = papers seven not "
         "ten days (b partly) + no second post (f disagrees). (g) passed to clubs, will consider (noted). (e) (single "
         "register) unanswered. Opening thanks, 'Community stadium' section, closing (nothing).")

if __name__ == "__main__":
    advice(); response()
    H.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(H.main([NAME]))

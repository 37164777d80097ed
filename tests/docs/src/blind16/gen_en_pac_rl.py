"""Blind round 16 (en): House of Commons Committee of Public Accounts report + the Treasury Minutes
(HM Treasury's 'Government responses to the Committee of Public Accounts' on several reports).
Engine: reportlab (DejaVu Serif/Sans, subset-embedded), A4.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind16enenv/bin/python tests/docs/src/blind16/gen_en_pac_rl.py
Writes tests/docs/blind16_en_pac_advice.pdf and tests/docs/blind16_en_pac_response.pdf; check with
    /tmp/blind16enenv/bin/python tests/docs/src/blind16/_en_b16.py blind16_en_pac
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b16 as H
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)

H.rl_register()
rl_config.canvas_basefontname = "Sans"
GREEN = colors.HexColor("#006548")
TITLE = "Reducing waiting times for driving tests"

body = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13.6, alignment=TA_JUSTIFY, spaceAfter=6)
npara = ParagraphStyle("npara", parent=body, leftIndent=9 * mm, bulletIndent=0, bulletFontName="Serif",
                       bulletFontSize=10)
recpara = ParagraphStyle("recpara", parent=npara, spaceAfter=9)
h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=16, leading=20, textColor=GREEN, spaceBefore=4,
                    spaceAfter=10)
h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=5)
small = ParagraphStyle("small", fontName="Sans", fontSize=8.6, leading=11, spaceAfter=3)
toc = ParagraphStyle("toc", fontName="Sans", fontSize=10, leading=17)
tm = ParagraphStyle("tm", fontName="Sans", fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=7)
tmnum = ParagraphStyle("tmnum", parent=tm, leftIndent=11 * mm, bulletIndent=0, bulletFontName="Sans",
                       bulletFontSize=10)
tmh1 = ParagraphStyle("tmh1", fontName="Sans-Bold", fontSize=15, leading=19, spaceBefore=2, spaceAfter=8)
tmh2 = ParagraphStyle("tmh2", fontName="Sans-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=6)

_notes: list[tuple[str, str]] = []


class Footnote(Flowable):
    """Zero-size marker: the note is printed at the foot of the page on which the marker is drawn."""

    def __init__(self, mark: str, text: str):
        super().__init__()
        self.mark, self.text = mark, text

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        _notes.append((self.mark, self.text))


def para(n, text, notes=()):
    out = [Paragraph(text, npara, bulletText=str(n))]
    out += [Footnote(m, t) for m, t in notes]
    return out


def draw_notes(c, doc):
    if not _notes:
        return
    c.saveState()
    y = 14 * mm + 10 * len(_notes)
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.4)
    c.line(22 * mm, y + 8, 70 * mm, y + 8)
    c.setFont("Serif", 7.8)
    for mark, text in _notes:
        c.drawString(22 * mm, y, mark)
        c.drawString(26 * mm, y, text)
        y -= 10
    c.restoreState()
    _notes.clear()


# ---------------------------------------------------------------- the report

def advice_page(c, doc):
    pno = c.getPageNumber()
    if pno == 1:
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, A4[1] - 18 * mm, A4[0], 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Sans-Bold", 15)
        c.drawString(25 * mm, A4[1] - 45 * mm, "House of Commons")
        c.setFont("Sans", 13)
        c.drawString(25 * mm, A4[1] - 53 * mm, "Committee of Public Accounts")
        c.setFont("Sans-Bold", 24)
        c.setFillColor(GREEN)
        c.drawString(25 * mm, A4[1] - 90 * mm, "Reducing waiting times")
        c.drawString(25 * mm, A4[1] - 100 * mm, "for driving tests")
        c.setFillColor(colors.black)
        c.setFont("Sans", 12)
        c.drawString(25 * mm, A4[1] - 115 * mm, "Thirty-first Report of Session 2024\u201325")
        c.setFont("Sans", 10)
        c.drawString(25 * mm, A4[1] - 127 * mm, "Report, together with formal minutes relating to the report")
        c.drawString(25 * mm, 52 * mm, "Ordered by the House of Commons to be printed 9 June 2025")
        c.setFont("Sans-Bold", 10)
        c.drawString(25 * mm, 40 * mm, "HC 689")
        c.setFont("Sans", 9)
        c.drawString(25 * mm, 33 * mm, "Published on 20 June 2025 by authority of the House of Commons")
        c.restoreState()
        return
    c.saveState()
    c.setFont("Sans", 8.5)
    if pno % 2 == 0:
        c.drawString(22 * mm, A4[1] - 13 * mm, f"{pno}")
        c.drawString(32 * mm, A4[1] - 13 * mm, TITLE)
    else:
        c.drawRightString(A4[0] - 32 * mm, A4[1] - 13 * mm, TITLE)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, f"{pno}")
    c.restoreState()


CONCL = [  # number, bold conclusion, explanation, recommendation
    ("1", "DVSA has not met the target it set itself for car driving test waiting times, and learners are "
     "still waiting far longer than they should.",
     "In 2023 DVSA promised to bring the average wait for a car practical test down to seven weeks by the end "
     "of 2024. In March 2025 the national average was 21 weeks, and at 117 of the 285 test centres in Great "
     "Britain the next available test was the maximum 24 weeks ahead. The Department told us it now expects to "
     "meet the seven-week target in 2026, but it could not show us the workings behind that date.",
     "The Department and DVSA should set out, in their Treasury Minute response, a realistic date by which the "
     "average wait for a car practical test will fall to seven weeks, with the assumptions on examiner numbers "
     "and demand on which it rests, and report progress against it to us every six months."),
    ("2", "Learners are being exploited by the resale of test appointments at inflated prices.",
     "Automated software (\u2018bots\u2019) is used to book appointments as soon as they are released, and the "
     "appointments are then sold on to learners for as much as \u00a3500, more than six times the \u00a362 "
     "test fee. DVSA has changed its booking service to slow down bulk booking, but accepted that its changes "
     "had not stopped the practice.",
     "The Department should legislate to prohibit the resale of driving test appointments for profit, and "
     "DVSA should change its booking rules so that only the learner, or an instructor acting with the "
     "learner's consent, can book or move a test."),
    ("3", "DVSA does not publish enough information for Parliament or the public to judge whether its plans "
     "for examiners are working.",
     "DVSA recruited 450 new examiners in 2023\u201324 but lost 326 over the same period, so that its examiner "
     "workforce grew by only 124 full-time equivalents. It could not tell us how many tests had been lost "
     "to examiner sickness, training or industrial action in each region.",
     "DVSA should publish quarterly data on examiner recruitment, attrition and the number of tests lost to "
     "examiner absence, broken down by region, so that progress can be tracked."),
    ("4", "DVSA is losing experienced examiners to better-paid work elsewhere.",
     "Examiners told the National Audit Office that pay was the main reason colleagues were leaving, and DVSA's "
     "exit data show that almost half of those who left in 2023\u201324 had less than two years' service. "
     "DVSA said that it had no flexibility to pay examiners more than the civil service pay remit allows.",
     "The Department should work with HM Treasury to allow DVSA to offer a retention payment to driving "
     "examiners who stay in post for at least three years, funded from test fee income."),
    ("5", "Learners in rural areas face long journeys to reach a test centre.",
     "Since 2010 DVSA has closed 51 test centres, most of them in rural and coastal areas. Learners in parts "
     "of Cornwall, mid Wales and the Highlands now travel more than 40 miles to a test, and the pass rates "
     "at the centres they travel to are lower than at their former local centres.",
     "DVSA should review the location of its test centres, taking account of travel times for learners in "
     "rural areas, and set out by March 2026 where it will open new or temporary test sites."),
    ("6", "Too many learners take their test before they are ready, which wastes scarce test slots.",
     "The pass rate for car practical tests was 48% in 2023\u201324. DVSA estimates that more than 430,000 "
     "tests a year are taken by candidates who are not ready to pass, and that a failed candidate waits on "
     "average a further 18 weeks for a retest.",
     "The Department should consult on introducing a minimum number of hours of professional tuition, or "
     "another evidence of readiness, before a learner may book a practical test."),
    ("7", "We are not confident that the Department has a grip on the longer-term demand for tests.",
     "The Department's forecasts of demand for car tests have been wrong by more than 10% in each of the last "
     "three years. It has not modelled the effect of changes in the number of seventeen-year-olds, or of the "
     "move to electric vehicles with automatic transmission, on the tests DVSA will need to provide.",
     "The Department should write to the Committee within six months of this report setting out its "
     "forecast of demand for practical driving tests to 2030, the method used to produce it and how DVSA's "
     "workforce plan will respond."),
]


def build_advice():
    out = H.DOCS / "blind16_en_pac_advice.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                          bottomMargin=36 * mm, title=TITLE, author="House of Commons Committee of Public Accounts",
                          creator="blind16 generator", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=advice_page, onPageEnd=draw_notes)])
    s = [PageBreak()]
    s.append(Paragraph("The Committee of Public Accounts", h2))
    s.append(Paragraph("The Committee of Public Accounts is appointed by the House of Commons to examine \u2018the "
                       "accounts showing the appropriation of the sums granted by Parliament to meet the public "
                       "expenditure, and of such other accounts laid before Parliament as the committee may "
                       "think fit\u2019 (Standing Order No. 148).", small))
    s.append(Paragraph("<b>Current membership</b>", small))
    for m in ("Sir Geoffrey Clifton-Brown MP (Conservative; North Cotswolds) (Chair)",
              "Antonia Bance MP (Labour; Tipton and Wednesbury)", "Lloyd Hatton MP (Labour; South Dorset)",
              "Sarah Olney MP (Liberal Democrat; Richmond Park)", "Rachel Blake MP (Labour Co-op; Cities of "
              "London and Westminster)", "Nesil Caliskan MP (Labour; Barking)",
              "Sir Ashley Fox MP (Conservative; Bridgwater)", "Michael Wheeler MP (Labour; Worsley and Eccles)"):
        s.append(Paragraph(m, small))
    s.append(Spacer(1, 6))
    s.append(Paragraph("<b>Powers</b>", small))
    s.append(Paragraph("Powers of the Committee of Public Accounts are set out in House of Commons Standing Orders, "
                       "principally in SO No. 148. These are available on the internet via www.parliament.uk.",
                       small))
    s.append(Paragraph("<b>Publication</b>", small))
    s.append(Paragraph("\u00a9 Parliamentary Copyright House of Commons 2025. This publication may be reproduced "
                       "under the terms of the Open Parliament Licence, which is published at "
                       "www.parliament.uk/site-information/copyright-parliament.", small))
    s.append(Paragraph("<b>Committee staff</b>", small))
    s.append(Paragraph("Kay Gammie (Chair Liaison), Rose Leach (Committee Operations Officer), Ben Shave (Chair "
                       "Liaison), Jessica Bridges-Palmer (Media Officer), Sarah Hughes (Clerk).", small))
    s.append(Paragraph("<b>Contacts</b>", small))
    s.append(Paragraph("All correspondence should be addressed to the Clerk of the Committee of Public Accounts, "
                       "House of Commons, London SW1A 0AA. The telephone number for general enquiries is "
                       "020 7219 5776; the Committee's email address is pubaccom@parliament.uk.", small))
    s.append(PageBreak())
    s.append(Paragraph("Contents", h1))
    for t, p in (("Summary", "4"), ("Introduction", "4"), ("Conclusions and recommendations", "5"),
                 ("1 Waiting times and the booking system", "7"), ("2 Examiners, test centres and demand", "7"),
                 ("Formal minutes", "8"), ("Witnesses", "8"), ("List of Reports from the Committee during "
                                                                  "the current Parliament", "8")):
        s.append(Paragraph(f"{t} {'.' * max(4, 104 - 2 * len(t))} {p}", toc))
    s.append(PageBreak())
    s.append(Paragraph("Summary", h1))
    for t in ("Passing the driving test opens up jobs, education and independence, particularly for young people "
              "outside the big cities. Yet learners in Great Britain are waiting longer for a test than at any "
              "time before the pandemic, and many are paying touts several times the official fee for an "
              "appointment.",
              "The Driver and Vehicle Standards Agency (DVSA) has missed its own target to cut waiting times, and "
              "its attempts to recruit more driving examiners have been undermined by the number who leave. The "
              "Department for Transport has not yet shown that it understands the demand DVSA will face in the "
              "years ahead.",
              "Learners need a realistic promise of when waiting times will fall, and the information to hold "
              "DVSA to it."):
        s.append(Paragraph(t, body))
    s.append(Paragraph("Introduction", h1))
    s.append(Paragraph("DVSA, an executive agency of the Department for Transport (the Department), conducts "
                       "practical driving tests in England, Scotland and Wales. In 2023\u201324 it conducted "
                       "1.9 million car practical tests, at a cost of \u00a3157 million, funded from test fees. "
                       "Demand for tests rose sharply after the suspension of testing during the COVID-19 "
                       "pandemic, and the average wait for a car test has remained above 14 weeks since "
                       "2021. On the basis of a report by the Comptroller and Auditor General we took evidence "
                       "from the Department and DVSA on 12 May 2025.", body))
    s.append(PageBreak())
    s.append(Paragraph("Conclusions and recommendations", h1))
    for num, concl, expl, rec in CONCL:
        s.append(Paragraph(f"<b>{concl}</b> {expl}", npara, bulletText=f"{num}."))
        s.append(Paragraph(f"<b>Recommendation:</b> {rec}", recpara))
    s.append(PageBreak())
    s.append(Paragraph("1 Waiting times and the booking system", h1))
    s += para(1, "On the basis of a report by the Comptroller and Auditor General, we took evidence from the "
              "Department and DVSA about the time learners wait for a driving test and what is being done to "
              "reduce it.<super>1</super>",
              [("1", "C&AG's Report, Reducing waiting times for car driving tests, Session 2024\u201325, HC 602, "
                "19 March 2025")])
    s += para(2, "DVSA measures waiting times as the average number of weeks between a test being booked and the "
              "first available date. In 2023 it committed to reducing the average to seven weeks by the end of "
              "2024. In March 2025 the figure was 21 weeks, and at 117 test centres no test was available "
              "within the 24-week booking window.<super>2</super>",
              [("2", "C&AG's Report, paras 2.3\u20132.6 and Figure 4")])
    s += para(3, "DVSA's chief executive told us that the target had been missed because demand had been higher, "
              "and examiner numbers lower, than planned. She said DVSA now expected to reach seven weeks during "
              "2026, but DVSA could not show us a plan that supported that date.<super>3</super>",
              [("3", "Qq 14\u201321")])
    s += para(4, "Appointments released each week are booked within minutes, often by software that checks the "
              "booking service continuously. Some of these appointments are sold on through social media and "
              "websites at up to \u00a3500. DVSA told us that it had introduced a queue and identity checks, but "
              "that the companies involved had adapted to each change.")
    s += para(5, "Reselling a test appointment is not itself unlawful. DVSA's terms and conditions allow "
              "approved driving instructors to book on behalf of their pupils, a route used by some resellers.")
    s.append(Paragraph("2 Examiners, test centres and demand", h1))
    s += para(6, "DVSA's ability to offer more tests depends on the number of examiners it employs. It set out to "
              "recruit 450 examiners in 2023\u201324 and did so, but 326 left over the same period, so the "
              "workforce grew by only 124.<super>4</super>",
              [("4", "C&AG's Report, Figure 7")])
    s += para(7, "Examiners told the National Audit Office that pay, and the cost of living in the South East, "
              "were the main reasons for leaving. DVSA described the civil service pay remit as a constraint it "
              "could not escape.")
    s += para(8, "DVSA does not publish its examiner numbers, attrition or the tests lost to absence. The only "
              "regular public measure of its performance is the average waiting time.")
    s += para(9, "DVSA closed 51 test centres between 2010 and 2024, and has opened 12. The National Audit Office "
              "found that learners in some rural areas now travel more than 40 miles to a test.")
    s += para(10, "Almost half of all practical tests end in failure. DVSA told us that many learners book a test "
              "early because of the long wait and then take it whether or not they are ready.")
    s += para(11, "The Department's forecasts of demand have been inaccurate, and it has not considered the "
              "longer-term factors that will shape the demand for tests.")
    s.append(CondPageBreak(60 * mm))
    s.append(Paragraph("Formal minutes", h1))
    s.append(Paragraph("<b>Monday 9 June 2025</b>", body))
    s.append(Paragraph("Members present: Sir Geoffrey Clifton-Brown, in the Chair; Antonia Bance; Lloyd Hatton; "
                       "Sarah Olney; Michael Wheeler.", body))
    s.append(Paragraph("Draft Report (<i>Reducing waiting times for driving tests</i>), proposed by the Chair, "
                       "brought up and read. Ordered, That the draft Report be read a second time, paragraph by "
                       "paragraph. Paragraphs 1 to 11 read and agreed to. Summary agreed to. Introduction agreed "
                       "to. Conclusions and recommendations agreed to. Resolved, That the Report be the "
                       "Thirty-first of the Committee to the House.", body))
    s.append(Paragraph("Witnesses", h1))
    s.append(Paragraph("<b>Monday 12 May 2025</b>: Jo Shanmugalingam, Permanent Secretary, Department for "
                       "Transport; Loveday Ryder, Chief Executive, Driver and Vehicle Standards Agency; Mark "
                       "Winn, Chief Driving Examiner, Driver and Vehicle Standards Agency", body))
    s.append(Paragraph("List of Reports from the Committee during the current Parliament", h1))
    s.append(Paragraph("All publications from the Committee are available on the publications page of the "
                       "Committee's website.", small))
    doc.build(s)
    return out


# ---------------------------------------------------------------- the Treasury Minutes

def response_page(c, doc):
    pno = c.getPageNumber()
    if pno == 1:
        c.saveState()
        c.setFont("Sans-Bold", 26)
        c.drawString(28 * mm, A4[1] - 70 * mm, "Treasury Minutes")
        c.setFont("Sans", 14)
        y = A4[1] - 88 * mm
        for ln in ("Government responses to the Committee", "of Public Accounts on the Thirtieth and",
                   "Thirty-first reports from Session 2024\u201325"):
            c.drawString(28 * mm, y, ln)
            y -= 7 * mm
        c.setFont("Sans", 10)
        c.drawString(28 * mm, 72 * mm, "Presented to Parliament by the Exchequer Secretary to the Treasury")
        c.drawString(28 * mm, 66 * mm, "by Command of His Majesty")
        c.drawString(28 * mm, 56 * mm, "September 2025")
        c.setFont("Sans-Bold", 11)
        c.drawString(28 * mm, 44 * mm, "CP 1398")
        c.restoreState()
        return
    c.saveState()
    c.setFont("Sans", 8.5)
    c.drawCentredString(A4[0] / 2, 12 * mm, str(pno))
    c.restoreState()


OTHER = [  # the other report in the same Minute: HMRC
    ("1", "HMRC does not know how much tax is lost through the misuse of umbrella companies.",
     "HMRC should publish, alongside its annual tax gap estimates, a separate estimate of tax lost through "
     "non-compliance in the umbrella company market.",
     ["The government agrees with the committee's recommendation.", "Target implementation date: June 2026",
      "HMRC will publish an estimate of tax lost through umbrella company non-compliance as part of Measuring "
      "tax gaps 2026 edition, together with a description of the method used."]),
    ("2", "Workers are left to pay tax that their umbrella company has failed to pay.",
     "HMRC should write to the Committee by December 2025 setting out how it will protect workers from "
     "liability for tax that their umbrella company has failed to account for.",
     ["The government agrees with the committee's recommendation.", "Target implementation date: December 2025",
      "From April 2026 the recruitment agency that supplies a worker to an end client will be responsible "
      "for accounting for PAYE where an umbrella company is used, removing the risk to workers."]),
]

OURS = [  # number, conclusion (shortened as the Minute quotes it), recommendation index, reply paragraphs
    ("1", ["The government agrees with the committee's recommendation.",
           "Target implementation date: Spring 2026",
           "DVSA now expects the average wait for a car practical test to fall to seven weeks by spring 2026. "
           "This forecast assumes a workforce of 1,720 full-time equivalent examiners by December 2025 and "
           "demand of 2.1 million tests a year; both assumptions will be set out in the first six-monthly update "
           "to the committee, which DVSA will send in November 2025."]),
    ("2", ["The government partially agrees with the committee's recommendation.",
           "Target implementation date: Winter 2025",
           "DVSA will change its booking rules from November 2025 so that only the learner can book a test and "
           "only the learner can move or swap it, and instructors will no longer be able to hold appointments "
           "in their own name.",
           "The government does not intend to bring forward legislation to create an offence of reselling test "
           "appointments at this time. It will keep the position under review once the effect of the new "
           "booking rules is known."]),
    ("3", ["The government agrees with the committee's recommendation.",
           "Recommendation implemented",
           "Since July 2025 DVSA has published quarterly statistics on examiner recruitment and attrition for "
           "each of its regions, together with the number of tests cancelled because of examiner absence, in "
           "its Driving test and examiner workforce data release."]),
    ("4", ["The government disagrees with the committee's recommendation.",
           "DVSA agrees that keeping experienced examiners is essential to reducing waiting times. However, pay "
           "for driving examiners is set within the annual civil service pay remit, and a payment funded from "
           "test fee income for one group of staff would be inconsistent with that framework. DVSA will instead "
           "continue the examiner allowance introduced in 2023 and has reduced the time taken to qualify as an "
           "examiner, so that new recruits become productive sooner."]),
    ("5", ["The government agrees with the committee's recommendation.",
           "Target implementation date: March 2026",
           "DVSA has begun a review of its test centre network which uses travel-time data for learners in every "
           "local authority area. It will publish the conclusions by March 2026, including the locations of any "
           "new permanent and temporary test sites, beginning with Cornwall and Powys."]),
    ("6", ["The government notes the committee's recommendation.",
           "The Department recognises the cost to other learners when candidates take a test before they are "
           "ready. A minimum tuition requirement raises questions of cost and of access for learners on low "
           "incomes, and the Department will consider it, alongside other ways of improving readiness, in the "
           "development of the road safety strategy. No decision has been taken."]),
    ("7", ["The government agrees with the committee's recommendation.",
           "Target implementation date: December 2025",
           "The Department will write to the committee by December 2025 with a forecast of demand for car, "
           "motorcycle and vocational practical tests to 2030, a description of the demographic and technology "
           "assumptions behind it and the changes DVSA will make to its workforce plan as a result."]),
]


def item(num, concl, rec, replies):
    out = [Paragraph(f"<b>{num}: PAC conclusion:</b> {concl}", tm),
           Paragraph(f"<b>{num}: PAC recommendation:</b> {rec}", tm)]
    for i, r in enumerate(replies, 1):
        if r.startswith("Target implementation date") or r == "Recommendation implemented":
            out.append(Paragraph(f"<b>{r}</b>", ParagraphStyle("t", parent=tm, leftIndent=11 * mm)))
        else:
            n = sum(1 for x in replies[:i] if not (x.startswith("Target implementation date")
                                                     or x == "Recommendation implemented"))
            out.append(Paragraph(r, tmnum, bulletText=f"{num}.{n}"))
    return out


def build_response():
    out = H.DOCS / "blind16_en_pac_response.pdf"
    doc = BaseDocTemplate(str(out), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                          bottomMargin=22 * mm, title="Treasury Minutes: Government responses to the Committee of "
                          "Public Accounts on the Thirtieth and Thirty-first reports from Session 2024-25",
                          author="HM Treasury", creator="blind16 generator", invariant=1)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [frame], onPage=response_page)])
    s = [PageBreak(), Spacer(1, 120 * mm)]
    s.append(Paragraph("\u00a9 Crown copyright 2025", small))
    s.append(Paragraph("This publication is licensed under the terms of the Open Government Licence v3.0 except "
                       "where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/"
                       "open-government-licence/version/3.", small))
    s.append(Paragraph("This publication is available at: www.gov.uk/official-documents. Any enquiries regarding "
                       "this publication should be sent to us at: public.enquiries@hmtreasury.gov.uk", small))
    s.append(Paragraph("ISBN 978-1-5286-5801-5", small))
    s.append(Paragraph("E03401127 09/25", small))
    s.append(PageBreak())
    s.append(Paragraph("Government responses to the Committee of Public Accounts Session 2024\u201325", tmh1))
    s.append(Paragraph("Report Title", tmh2))
    for t, p in (("Introduction from the government", "4"),
                 ("Thirtieth report \u2013 Tackling non-compliance in the umbrella company market: HM Revenue and "
                  "Customs", "5"),
                 ("Thirty-first report \u2013 Reducing waiting times for driving tests: Department for "
                  "Transport", "6")):
        s.append(Paragraph(f"{t} {'.' * max(4, 60 - len(t) // 2)} {p}", tm))
    s.append(PageBreak())
    s.append(Paragraph("Introduction from the government", tmh1))
    for t in ("The government welcomes scrutiny by the Public Accounts Committee (the committee) and values its "
              "role in holding government to account. This command paper responds to two reports published by "
              "the committee in June 2025.",
              "Of the nine recommendations made in these reports, the government agrees with six, partially "
              "agrees with one, disagrees with one and has noted one. Progress on recommendations that the "
              "government has agreed will be reported in the Treasury Minutes Progress Report.",
              "The government's responses follow the order of each report. For each recommendation the "
              "committee's conclusion and recommendation are repeated, followed by the government's response."):
        s.append(Paragraph(t, tm))
    s.append(PageBreak())
    s.append(Paragraph("Thirtieth report of session 2024\u201325", tmh1))
    s.append(Paragraph("HM Revenue and Customs", tmh2))
    s.append(Paragraph("Tackling non-compliance in the umbrella company market", tmh2))
    s.append(Paragraph("Introduction from the government", tmh2))
    s.append(Paragraph("Umbrella companies employ temporary workers on behalf of recruitment agencies. Most are "
                       "compliant, but a minority use disguised remuneration and mini umbrella company fraud to "
                       "avoid tax. HMRC has taken action against more than 2,000 non-compliant umbrella companies "
                       "since 2021.", tm))
    s.append(Paragraph("Report recommendations", tmh2))
    for num, concl, rec, replies in OTHER:
        s.append(KeepTogether(item(num, concl, rec, replies)))
    s.append(PageBreak())
    s.append(Paragraph("Thirty-first report of session 2024\u201325", tmh1))
    s.append(Paragraph("Department for Transport", tmh2))
    s.append(Paragraph("Reducing waiting times for driving tests", tmh2))
    s.append(Paragraph("Introduction from the government", tmh2))
    s.append(Paragraph("The Driver and Vehicle Standards Agency (DVSA) conducts practical driving tests in Great "
                       "Britain. Waiting times rose after testing was suspended during the pandemic and have not "
                       "yet returned to pre-pandemic levels. Since the committee took evidence, DVSA has recruited "
                       "a further 160 examiners and has introduced a seven-point plan to increase the number of "
                       "tests available, including asking qualified staff in other roles to conduct tests.", tm))
    s.append(Paragraph("Report recommendations", tmh2))
    for num, replies in OURS:
        c = next(x for x in CONCL if x[0] == num)
        s += item(num, c[1], c[3], replies)
        s.append(Spacer(1, 4))
    doc.build(s)
    return out


if __name__ == "__main__":
    print(build_advice())
    print(build_response())

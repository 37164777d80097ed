"""Round 82 (EN): a VETERANS COMMISSIONER'S THEMATIC REPORT (genre: the report that an independent commissioner for
armed forces veterans sends to a devolved government on one theme: a foreword, the evidence base, a table on the
progress of the commissioner's earlier recommendations, chapters by theme each closing with CODED recommendations
'HOU 1'-'HOU 3', 'EMP 1'-'EMP 2', 'FAM 1'-'FAM 2' as hanging labels, next steps) answered by the CABINET
SECRETARY'S LETTER to the commissioner (letterhead, subject headings only, NO codes or numbers: every reply by
subject and paraphrase).
Advice: Armed Forces and Veterans Commissioner for Wales, 'Coming home: veterans' housing, work and family life in
Wales', 3 p.
Response: Cabinet Secretary for Housing and Local Government, letter of 9 September 2026, 2 p.; order EMP 2, FAM 2,
HOU 1+HOU 2 (one section), EMP 1, HOU 3; FAM 1 is not answered.
reportlab platypus, A4, cleaned DejaVu Serif/Sans, invariant=1; running header and page footer drawn on the canvas.
The Housing (Wales) Act 2014 is real (what is said of it here is not to be relied on); the Commissioner's office,
the people, the earlier recommendations, dates and figures are invented.

Run:  /tmp/blind82en/bin/python tests/docs/src/blind82/gen_en_veterans_commissioner_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b82en as H
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

NAME = "blind82_en_veterans_commissioner"
NAVY = colors.HexColor("#1f3a5f")
PALE = colors.HexColor("#e6ecf3")

for fam, f in (("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf"),
               ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(f)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans", boldItalic="Sans-B")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=9.6, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
H1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=12.5, leading=16, textColor=NAVY, spaceBefore=8, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
TITLE = ParagraphStyle("t", fontName="Sans-B", fontSize=19, leading=23, textColor=colors.white)
SUB = ParagraphStyle("s", fontName="Sans", fontSize=9.5, leading=13, textColor=colors.white)
CELL = ParagraphStyle("c", fontName="Sans", fontSize=8.4, leading=10.8)
LABEL = ParagraphStyle("l", fontName="Sans-B", fontSize=9.4, leading=12.6, textColor=NAVY)
REC = ParagraphStyle("r", fontName="Sans-B", fontSize=9.4, leading=12.6)
SMALL = ParagraphStyle("sm", fontName="Sans", fontSize=8.2, leading=10.8, textColor=colors.HexColor("#444444"))


def rec(code, text):
    t = Table([[Paragraph(code, LABEL), Paragraph(text, REC)]], colWidths=[18 * mm, None])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("LINEBEFORE", (1, 0), (1, 0), 1.6, NAVY), ("LEFTPADDING", (1, 0), (1, 0), 6)]))
    return t


def page_deco(header, footer):
    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Sans", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1 and header:
            canvas.drawString(20 * mm, A4[1] - 12 * mm, header)
            canvas.setStrokeColor(NAVY)
            canvas.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canvas.drawCentredString(A4[0] / 2, 11 * mm, footer % doc.page)
        canvas.restoreState()
    return deco


def advice():
    path = H.out(NAME + "_advice.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=19 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Coming home", author="AFVCW")
    band = Table([[Paragraph("Coming home: veterans' housing, work and family life in Wales", TITLE)],
                  [Paragraph("A report by the Armed Forces and Veterans Commissioner for Wales, Colonel (retd) "
                             "Gareth Prydderch OBE &middot; May 2026", SUB)]], colWidths=[170 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    s = [band, Spacer(1, 6)]
    P = lambda t: s.append(Paragraph(t, BODY))
    s.append(Paragraph("Foreword", H1))
    P("Around 140,000 veterans live in Wales, and every year about 2,300 men and women leave the armed forces and "
      "settle here. Most make the move without difficulty. This report is about those who do not: the veteran who "
      "presents as homeless at a council office a year after discharge, the spouse who cannot find work after "
      "a third posting in six years, the child who changes school twice in a year. I have tried to let them speak.")
    s.append(Paragraph("1. How we gathered the evidence", H1))
    P("Between September 2025 and February 2026 my office interviewed 38 veterans and 14 family members, surveyed "
      "412 veterans through the regional armed forces champions, and met officers from all 22 local authorities, "
      "the seven health boards and the Welsh Government. Finding: one in nine veterans who responded to the survey "
      "had been homeless or at risk of homelessness at some point since leaving the forces. Finding: fewer than half "
      "of local authorities record whether a homeless applicant has served.")
    s.append(Paragraph("2. Progress since my 2023 report", H1))
    P("My first report, <i>Transition</i> (2023), made three recommendations. The table sets out what has happened.")
    prog = [[Paragraph("<b>2023 ref.</b>", CELL), Paragraph("<b>What the 2023 report recommended</b>", CELL),
             Paragraph("<b>Status, April 2026</b>", CELL)],
            [Paragraph("T1", CELL), Paragraph("The Welsh Government should set up a single veterans' information "
                                              "line for housing and benefits advice.", CELL),
             Paragraph("Delivered (line opened March 2024)", CELL)],
            [Paragraph("T2", CELL), Paragraph("Local authorities should name an armed forces champion at senior "
                                              "officer level.", CELL),
             Paragraph("Partly delivered (17 of 22)", CELL)],
            [Paragraph("T3", CELL), Paragraph("The NHS in Wales should extend the veterans' mental health service "
                                              "to family members.", CELL),
             Paragraph("Not delivered", CELL)]]
    t = Table(prog, colWidths=[18 * mm, 110 * mm, 42 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8899aa")),
                           ("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t, Spacer(1, 6)]
    s.append(Paragraph("3. Housing", H1))
    P("Under section 70 of the Housing (Wales) Act 2014 a person who has served in the regular forces and has been "
      "homeless since leaving is in priority need, and local housing authorities must have regard to the Welsh "
      "Government's Code of Guidance when they apply the Act. Yet many applicants are never asked about service, so "
      "the duty is not triggered. Several veterans told me that the council <i>should have asked about my service "
      "on the first day</i>. Others described leaving the forces with a discharge date but no idea where they "
      "would live; housing officers first met them when they were already in crisis.")
    P("The supported housing scheme for veterans in Cardiff, opened in 2021, has 24 places and a waiting list of "
      "31. There is no equivalent scheme north of Aberystwyth, and veterans from Gwynedd and Conwy are placed in "
      "Cardiff, far from family.")
    s.append(rec("HOU 1", "The Welsh Government should amend the homelessness Code of Guidance so that every applicant "
                          "is asked whether they have served in the armed forces."))
    s.append(rec("HOU 2", "Local authorities should give each service leaver a named housing officer from six months "
                          "before the discharge date."))
    s.append(rec("HOU 3", "The Welsh Government should fund a second supported housing scheme for veterans, in North "
                          "Wales, to open by 2028."))
    s.append(Paragraph("4. Work", H1))
    P("Veterans who had found work spoke of employers who understood what their service had given them. Those who "
      "had not spoke of applications that never reached interview, and of apprenticeships that required them to "
      "repeat, at Level 2, skills in which they already held military qualifications at Level 3. Eleven of the 22 "
      "local authorities already offer a guaranteed interview scheme; the health boards and the Welsh Government's "
      "own sponsored bodies mostly do not.")
    s.append(rec("EMP 1", "All devolved public bodies should guarantee an interview to veterans who meet the essential "
                          "criteria for a post."))
    s.append(rec("EMP 2", "The apprenticeship programme should recognise military qualifications so that veterans are "
                          "not required to repeat learning."))
    s.append(Paragraph("5. Families", H1))
    P("Service children in Wales move school more often than their classmates and are harder to support because "
      "nobody knows how many there are. The school census asks the question but the answers are not published. "
      "Parents told me that child and adolescent mental health services did not understand a parent's deployment "
      "and that they had to explain the armed forces to every new clinician.")
    s.append(rec("FAM 1", "Each health board should appoint an armed forces family liaison lead within its child and "
                          "adolescent mental health services."))
    s.append(rec("FAM 2", "The Welsh Government should publish every year the number of service children in each "
                          "local authority's schools."))
    s.append(Paragraph("6. Next steps", H1))
    P("I ask the Welsh Government to respond to this report within three months. I will report on progress against "
      "these seven recommendations, and on the outstanding 2023 recommendation on mental health services for "
      "families, in the spring of 2028.")
    s.append(Paragraph("Armed Forces and Veterans Commissioner for Wales, Ty Glyndwr, Llandrindod Wells LD1 5DL", SMALL))
    doc.build(s, onFirstPage=page_deco(None, "Coming home  -  page %d"),
              onLaterPages=page_deco("Armed Forces and Veterans Commissioner for Wales  |  Coming home (May 2026)",
                                     "Coming home  -  page %d"))


def response():
    path = H.out(NAME + "_response.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, invariant=1, title="Letter to the Commissioner", author="WG")
    LBODY = ParagraphStyle("lb", parent=BODY, fontSize=10, leading=14, spaceAfter=7)
    LH = ParagraphStyle("lh", fontName="Serif-B", fontSize=10, leading=14, spaceBefore=4, spaceAfter=2)
    head = Table([[Paragraph("<b>Cabinet Secretary for Housing and Local Government</b><br/>Welsh Government",
                             ParagraphStyle("x", fontName="Sans", fontSize=10, leading=13, textColor=NAVY)),
                   Paragraph("Our ref: CS/HLG/0932/26<br/>Your ref: AFVCW/CH/2026", SMALL)]],
                 colWidths=[100 * mm, 62 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, 0), 1.2, NAVY),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s = [head, Spacer(1, 8)]
    P = lambda t: s.append(Paragraph(t, LBODY))
    s.append(Paragraph("Colonel (retd) Gareth Prydderch OBE<br/>Armed Forces and Veterans Commissioner for Wales<br/>"
                       "Ty Glyndwr, Llandrindod Wells LD1 5DL", LBODY))
    s.append(Paragraph("9 September 2026", LBODY))
    P("Dear Gareth,")
    P("Thank you for <i>Coming home</i>, which you sent to me on 14 May, and for meeting me and the Minister for "
      "Culture, Skills and Social Partnership in June to discuss it. The Welsh Government is grateful to the "
      "veterans and families who shared their experience with your office. This letter sets out our response; it "
      "has been agreed with my Cabinet colleagues.")
    s.append(Paragraph("Apprenticeships", LH))
    P("We looked carefully at your proposal that apprentices who hold military qualifications should be excused "
      "the parts of a framework they have already covered. Apprenticeship frameworks in Wales are built around "
      "assessment in a civilian workplace, and we do not believe a general exemption for military qualifications "
      "would be right. We will not be making that change. Veterans can, as now, ask their training provider for "
      "the recognition of prior learning on a case-by-case basis.")
    s.append(Paragraph("Counting service children", LH))
    P("From January 2027 the annual statistical release on the school census will include the total number of "
      "service children in Welsh schools. The numbers in many authorities are small, and publishing a figure for "
      "each authority risks identifying individual families, so we will publish a national figure and a figure "
      "for each of the four regional education consortia instead.")
    s.append(Paragraph("Homelessness: asking about service and planning ahead", LH))
    P("I accept the need to change the Code of Guidance. The revised chapter on applicants who have served, which "
      "will be published in January 2027, will require every applicant to be asked about service in the armed "
      "forces at the first contact, and the new homelessness data collection will record the answer. Named housing "
      "officers for people leaving the forces are a question for each local authority, which must weigh them "
      "against other demands on its housing options team. I have passed your report to the Welsh Local Government "
      "Association and asked it to consider the idea with its members; I will write to you again when it has done "
      "so.")
    s.append(Paragraph("Guaranteed interviews", LH))
    P("I am pleased to confirm that the Welsh Government and all of its sponsored bodies will offer a guaranteed "
      "interview to veterans who meet the essential criteria for a vacancy from 1 April 2027. The First Minister "
      "has written to the chairs of the health boards and of the other devolved public bodies asking them to do "
      "the same from that date.")
    s.append(Paragraph("Supported housing in North Wales", LH))
    P("I recognise the strength of the evidence from Gwynedd and Conwy. We are unable to commit capital for a "
      "second scheme in this spending review period. We will, however, fund a feasibility study with the two "
      "councils and a housing association this winter, so that a scheme is ready to go forward when capital is "
      "available.")
    s.append(Paragraph("The Armed Forces Covenant Fund", LH))
    P("You may also wish to know that Welsh organisations were awarded 1.4 million pounds from the Armed Forces "
      "Covenant Fund Trust in 2025-26, the highest total to date, and that we will hold an event for successful "
      "applicants in Wrexham on 25 November.")
    P("I am copying this letter to the Chair of the Senedd's Local Government and Housing Committee, and I look "
      "forward to your progress report in 2028.")
    P("Yours sincerely,")
    P("<b>Nerys Llewellyn-Hart MS</b><br/>Cabinet Secretary for Housing and Local Government")
    doc.build(s, onFirstPage=page_deco(None, "Page %d"),
              onLaterPages=page_deco("Cabinet Secretary for Housing and Local Government - Coming home",
                                     "Page %d"))


RECS = [
    ("HOU 1", "The Welsh Government should amend the homelessness Code of Guidance",
     "will require every applicant to be asked about service", "agrees"),
    ("HOU 2", "Local authorities should give each service leaver a named housing officer",
     "asked it to consider the idea with its members", "noted"),
    ("HOU 3", "The Welsh Government should fund a second supported housing scheme",
     "fund a feasibility study with the two councils", "partly"),
    ("EMP 1", "All devolved public bodies should guarantee an interview to veterans",
     "all of its sponsored bodies will offer a guaranteed interview", "agrees"),
    ("EMP 2", "The apprenticeship programme should recognise military qualifications so that veterans",
     "We will not be making that change", "disagrees"),
    ("FAM 1", "Each health board should appoint an armed forces family liaison lead", None, "unanswered"),
    ("FAM 2", "The Welsh Government should publish every year the number of service children",
     "we will publish a national figure and a figure", "partly"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["has been agreed with my Cabinet colleagues",
                      "awarded 1.4 million pounds from the Armed Forces Covenant Fund",
                      "I am copying this letter to the Chair of the Senedd's"],
                     "Advice: a veterans commissioner's thematic report to a devolved government (Welsh setting): a "
                     "title band, foreword, evidence chapter with inline 'Finding:' sentences, a ruled table of the "
                     "commissioner's 2023 recommendations T1-T3 with their status (quoted 'should' sentences that are "
                     "NOT this report's recommendations), theme chapters 3-5 each closing with CODED recommendations "
                     "as bold hanging labels with a rule: 'HOU 1'-'HOU 3', 'EMP 1'-'EMP 2', 'FAM 1'-'FAM 2' "
                     "(the codes are the numbers). Traps: 'section 70 of the Housing (Wales) Act 2014', "
                     "'local housing authorities must have regard to', a veteran's 'should have asked about my "
                     "service', 'seven recommendations' in Next steps, figures. Response: the Cabinet Secretary's "
                     "LETTER with subject headings only and NO codes or numbers, replies by paraphrase, in the order "
                     "EMP 2, FAM 2, HOU 1+HOU 2, EMP 1, HOU 3: 'do not believe a general exemption ... would be right. "
                     "We will not be making that change' (5 disagrees); national and regional figures, not per "
                     "authority (7 partly); ONE section 'Homelessness: asking about service and planning ahead' = "
                     "revised Code from January 2027 (1 agrees) + named housing officers 'a question for each local "
                     "authority', passed to the WLGA to consider (2 noted); guaranteed interviews from 1 April 2027 "
                     "(4 agrees); 'unable to commit capital ... will, however, fund a feasibility study' (3 partly). "
                     "FAM 1 (family liaison leads in CAMHS) is not answered. Unmatched: opening paragraph, 'The Armed "
                     "Forces Covenant Fund', closing.")
    sys.exit(H.main([NAME]))

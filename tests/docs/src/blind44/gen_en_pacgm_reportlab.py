"""Round 44 (EN): a chapter of a Hong Kong-style Legislative Council Public Accounts Committee report on a chapter
of the Director of Audit's Report (maintenance of public footbridges and subways), with the Committee's
'Conclusions and recommendations' as unnumbered dash items after 'The Committee:' ('expresses grave dismay',
'notes', 'acknowledges' among 'urges' and 'recommends'), answered by the Government Minute, which answers the
Committee's report by chapter and by topic paragraphs (and also answers another chapter of the same report).
reportlab platypus, A4, cleaned Liberation Serif fonts, running header and folio drawn on the canvas. All content
(Committee, departments, people, figures, report numbers) is invented.

Run:  /tmp/blind44en/bin/python tests/docs/src/blind44/gen_en_pacgm_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b44en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

NAME = "blind44_en_pacgm"
for nm, f in (("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
              ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRBI")

BODY = ParagraphStyle("b", fontName="LR", fontSize=11.5, leading=16, spaceAfter=8, alignment=4)
NUMP = ParagraphStyle("n", parent=BODY, leftIndent=14 * mm, firstLineIndent=-14 * mm)
DASH = ParagraphStyle("d", parent=BODY, leftIndent=24 * mm, firstLineIndent=-8 * mm, spaceAfter=6)
CEN = ParagraphStyle("c", parent=BODY, alignment=1, fontName="LRB")
SIDE = ParagraphStyle("s", parent=BODY, fontName="LRBI", spaceBefore=4, spaceAfter=4, alignment=0)
CELL = ParagraphStyle("cell", fontName="LR", fontSize=9.5, leading=12)

R = {1: "urges the Director of Highways and Structures to clear the backlog of overdue general inspections of "
        "footbridges and subways by the end of 2026;",
     2: "urges the Director of Highways and Structures to introduce a function in the Structures Maintenance "
        "Information System that alerts the responsible inspection team, and its Chief Engineer, as soon as an "
        "inspection becomes overdue;",
     3: "recommends that the Highways and Structures Department publish each year, on its website and in its "
        "Controlling Officer's Report, the number of footbridges and subways rated Condition Grade C or worse;",
     4: "urges the Secretary for Transport and Works to review, in consultation with the District Councils, "
        "the programme for retrofitting lifts to the 61 public footbridges which still have no barrier-free "
        "access, with a view to completing it by 2030;",
     5: "urges the Director of Highways and Structures to recover from the term contractor the $4.6 million "
        "paid for maintenance works which were not carried out or not carried out to specification;",
     6: "recommends that the Director of Highways and Structures require the term contractor to submit "
        "time-stamped photographs of completed works before any payment is certified;",
     7: "urges the Director of Highways and Structures to review the establishment and grading of the "
        "Structures Inspection Division, which has had a vacancy rate of over 20% since 2022;"}


def deco(head):
    def draw(c, doc):
        c.saveState()
        c.setFont("LR", 9)
        c.setFillColor(colors.HexColor("#333333"))
        if head and doc.page > 1:
            c.drawString(25 * mm, A4[1] - 14 * mm, head[0])
            c.drawRightString(A4[0] - 25 * mm, A4[1] - 14 * mm, head[1])
            c.setLineWidth(0.4)
            c.line(25 * mm, A4[1] - 15.5 * mm, A4[0] - 25 * mm, A4[1] - 15.5 * mm)
        c.setFont("LR", 10.5)
        c.drawCentredString(A4[0] / 2, 12 * mm, "- %d -" % (doc.page + head[2]))
        c.restoreState()
    return draw


def N(n, t):
    # hanging paragraph number: a 2-column table keeps the number in its own column
    tb = Table([[Paragraph("%s." % n, BODY), Paragraph(t, BODY)]], colWidths=(14 * mm, 146 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def D(t, bold=False):
    tb = Table([[Paragraph("-", BODY), Paragraph(("<b>%s</b>" % t) if bold else t, BODY)]],
               colWidths=(24 * mm, 136 * mm))
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 16 * mm),
                            ("LEFTPADDING", (1, 0), (1, 0), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return tb


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="P.A.C. Report No. 82 - Chapter 3")
    s = [Paragraph("Chapter 3", CEN),
         Paragraph("Highways and Structures Department", CEN),
         Paragraph("Maintenance of public footbridges and subways", CEN),
         Paragraph("Audit Report: Director of Audit's Report No. 86, Chapter 5", ParagraphStyle("x", parent=CEN, fontName="LRI")),
         Spacer(1, 4 * mm),
         N(1, "The Audit Commission (\"Audit\") conducted a review of the maintenance of public footbridges and "
              "subways by the Highways and Structures Department (\"HSD\"). As at 31 March 2025, HSD was "
              "responsible for the maintenance of 1,384 footbridges and 566 subways, at an annual cost of "
              "$412 million in 2024-2025."),
         N(2, "<b>Mr LAM Ka-chun</b>, Deputy Chairman of the Committee, declared that he was a member of the "
              "Kowloon Harbour District Council, which had been consulted on the Universal Accessibility "
              "Programme."),
         N(3, "The Committee held two public hearings, on 11 and 25 November 2025, to receive evidence on the "
              "findings and observations of the Audit Report. The witnesses included the Secretary for Transport "
              "and Works and the Director of Highways and Structures. The Committee also received a written "
              "response from the Director dated 14 January 2026, at <i>Appendix 18</i>."),
         Paragraph("Inspection of structures", SIDE),
         N(4, "According to paragraph 2.6 of the Audit Report, HSD's Structures Maintenance Manual requires a "
              "general inspection of every footbridge and subway once every two years, and a principal inspection "
              "once every six years. Audit found that 497 general inspections (25% of those due) were overdue as "
              "at 31 March 2025, by up to 41 months. Details are set out in Table 1."),
         Spacer(1, 1 * mm)]
    rows = [["Period overdue", "Footbridges", "Subways", "Total"],
            ["Up to 6 months", "121", "58", "179"], ["More than 6 months to 12 months", "109", "37", "146"],
            ["More than 12 months to 24 months", "86", "29", "115"], ["More than 24 months", "41", "16", "57"],
            ["Total", "357", "140", "497"]]
    t = Table([[Paragraph(("<b>%s</b>" % c) if (i == 0 or i == 5) else c, CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=(62 * mm, 30 * mm, 30 * mm, 30 * mm))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [Paragraph("<b>Table 1</b><br/>Overdue general inspections (31 March 2025)", ParagraphStyle("tc", parent=CEN, fontName="LR", fontSize=10, leading=13)),
          t, Paragraph("<i>Source: Audit Report, Table 3</i>", ParagraphStyle("src", parent=BODY, fontSize=9.5, alignment=2)),
          N(5, "The Director of Highways and Structures explained at the hearing that the backlog had built up "
               "during the period of reduced site work in 2022, and that HSD should be able to clear it \"within "
               "the next two years\". Audit had recommended in paragraph 2.14 of the Audit Report that the "
               "Director should take measures to ensure that inspections are carried out at the required "
               "frequency, and the Director had agreed."),
          N(6, "The Committee asked why the Structures Maintenance Information System had not flagged the overdue "
               "inspections. The Director replied that the system recorded the date of each inspection but did "
               "not generate reminders, and that inspection teams relied on spreadsheets kept by each region."),
          Paragraph("Condition of structures and barrier-free access", SIDE),
          N(7, "Audit found that 38 footbridges and 12 subways had been rated Condition Grade C (\"major repair "
               "required\") or D (\"immediate action required\") at their last inspection, and that HSD did not "
               "report these figures in its Controlling Officer's Report. The Secretary for Transport and Works "
               "told the Committee that 61 footbridges maintained by HSD still had no lift or ramp, and that the "
               "retrofitting programme announced in 2019 had been extended twice."),
          Paragraph("Term maintenance contract", SIDE),
          N(8, "Audit examined 120 works orders under the term maintenance contract for 2021-2025 and found that "
               "for 23 of them, with a total value of $4.6 million, the works had not been carried out or had "
               "not been carried out to specification, although payment had been certified by HSD's resident "
               "site staff. The Director said that HSD was seeking legal advice on recovering the sums concerned."),
          N(9, "The Structures Inspection Division had 84 posts, of which 18 were vacant as at 31 March 2025. "
               "The Director said that recruitment of engineering graduates had been difficult and that "
               "contract staff were used to fill the gaps."),
          Paragraph("Conclusions and recommendations", SIDE),
          Paragraph("Overall comments", ParagraphStyle("oc", parent=BODY, fontName="LRI")),
          N(10, "The Committee:")]
    s += [D("expresses grave dismay and finds it unacceptable that, as at 31 March 2025, 497 general inspections "
            "of footbridges and subways were overdue, 57 of them by more than two years, in spite of HSD's own "
            "requirement that every structure should be inspected once every two years;"),
          D(R[1]), D(R[2]),
          D("expresses serious concern that 50 structures were rated Condition Grade C or D at their last "
            "inspection, and that this information was not reported to the Legislative Council;"),
          D(R[3]),
          D("acknowledges that the Universal Accessibility Programme has provided lifts to 212 footbridges since "
            "2019;"),
          D(R[4])]
    s += [Paragraph("Specific comments", ParagraphStyle("sc", parent=BODY, fontName="LRI")),
          N(11, "The Committee:"),
          D("finds it unacceptable that HSD's resident site staff certified payment of $4.6 million for works "
            "which had not been carried out or had not been carried out to specification;"),
          D(R[5]), D(R[6]),
          D("notes that the Director of Highways and Structures has agreed to implement the audit "
            "recommendations in paragraphs 2.14, 3.11 and 4.19 of the Audit Report;"),
          D(R[7]),
          Paragraph("Follow-up action", ParagraphStyle("fa", parent=BODY, fontName="LRI")),
          N(12, "The Committee wishes to be kept informed of the progress made in implementing the various "
                "recommendations made by the Committee and Audit.")]
    doc.build(s, onFirstPage=deco(("P.A.C. Report No. 82 - Chapter 3 of Part 4", "Maintenance of public footbridges and subways", 58)),
              onLaterPages=deco(("P.A.C. Report No. 82 - Chapter 3 of Part 4", "Maintenance of public footbridges and subways", 58)))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title="Government Minute")
    s = [Paragraph("GOVERNMENT MINUTE", CEN),
         Paragraph("in response to the", ParagraphStyle("c2", parent=CEN, fontName="LR")),
         Paragraph("Report No. 82 of the Public Accounts Committee dated 18 February 2026", CEN),
         Spacer(1, 3 * mm),
         Paragraph("<u>Chapter 3 of Part 4 - Maintenance of public footbridges and subways</u>",
                   ParagraphStyle("c3", parent=CEN, fontName="LRB")),
         Paragraph("Term maintenance contract", SIDE),
         N(1, "The Highways and Structures Department (HSD) has since 1 October 2025 required the term "
              "contractor to upload geo-tagged, time-stamped photographs of each completed works order to the "
              "contract management system, and no payment is certified until the photographs have been checked "
              "by an officer not involved in the supervision of the works. As regards the $4.6 million, HSD has "
              "obtained legal advice that it has a contractual basis to recover $1.9 million relating to 11 works "
              "orders, which has been deducted from interim payments. For the remaining 12 works orders, the "
              "defects were accepted at the time of handover and the advice is that recovery is unlikely to "
              "succeed; HSD therefore does not intend to pursue the balance, but has taken disciplinary action "
              "against two officers under the Civil Service Regulations."),
         Paragraph("Inspection of structures", SIDE),
         N(2, "As at 31 January 2026, HSD had completed 318 of the 497 overdue general inspections, including all "
              "57 that were overdue by more than two years. An additional inspection team has been formed by "
              "redeployment from the New Works Division, and HSD expects to complete the remaining inspections "
              "by October 2026, ahead of the Committee's target."),
         N(3, "An automatic reminder module was added to the Structures Maintenance Information System in "
              "December 2025. It sends an alert to the inspection team leader and the Chief Engineer concerned "
              "30 days before an inspection falls due and again on the day it becomes overdue, and a monthly "
              "exception report is submitted to the Assistant Director."),
         Paragraph("Barrier-free access", SIDE),
         N(4, "The Transport and Works Bureau will take the Committee's views into account in the review of the "
              "next phase of the Universal Accessibility Programme, which is scheduled for 2026-2027. The pace "
              "of retrofitting depends on site constraints, underground utilities and the views of the District "
              "Councils, and the Administration is not in a position at this stage to commit to a completion date."),
         Paragraph("Reporting on the condition of structures", SIDE),
         N(5, "The Administration has carefully considered the Committee's recommendation. Condition grades are "
              "an internal engineering tool for prioritising works and are revised after every inspection; a "
              "structure rated Condition Grade C remains safe for public use. Publishing the number of structures "
              "by grade could be misunderstood by the public, and the Administration does not consider it "
              "appropriate to do so. HSD will continue to brief the Panel on Transport on its maintenance "
              "programme each year."),
         Paragraph("<u>Chapter 4 of Part 4 - Administration of the Student Travel Subsidy Scheme</u>",
                   ParagraphStyle("c4", parent=CEN, fontName="LRB", spaceBefore=8)),
         N(6, "The Working Family and Student Financial Assistance Agency has completed the reconciliation of "
              "the 2023-2024 subsidy payments referred to by the Committee. Of the 2,140 cases with discrepancies, "
              "1,962 have been settled and the remaining 178 have been referred to the Department of Justice "
              "for advice. The Agency will report progress in the next Progress Report."),
         Spacer(1, 6 * mm),
         Paragraph("Transport and Works Bureau<br/>Highways and Structures Department<br/>Education Bureau<br/>"
                   "May 2026", ParagraphStyle("sig", parent=BODY, alignment=0))]
    doc.build(s, onFirstPage=deco(("Government Minute", "P.A.C. Report No. 82", 0)),
              onLaterPages=deco(("Government Minute", "P.A.C. Report No. 82", 0)))


NOTES = ("Hong Kong-style Legislative Council Public Accounts Committee report, chapter on a Director of Audit's "
         "report (footbridges and subways). Recommendations are the seven 'urges' / 'recommends' dash items, "
         "unnumbered, after 'The Committee:' in paragraphs 10 (overall comments: 1-4) and 11 (specific comments: "
         "5-7), numbered 1-7 in document order. Traps: the dash items 'expresses grave dismay', 'expresses serious "
         "concern', 'acknowledges', 'finds it unacceptable', 'notes that the Director has agreed to implement the "
         "audit recommendations in paragraphs 2.14, 3.11 and 4.19'; Audit's recommendation in paragraph 2.14 "
         "quoted ('should take measures'); 'HSD should be able to clear it'; Table 1; paragraph 12 'wishes to be "
         "kept informed' (follow-up, not counted). Response: the Government Minute, by topic, in the order 5+6, 1, "
         "2, 4, 3: one paragraph 'Term maintenance contract' answers 6 (time-stamped photographs required since "
         "October 2025: agrees) and 5 ($1.9 million recovered, does not intend to pursue the balance: partly); "
         "backlog to be cleared by October 2026 (1 agrees); automatic reminder module added December 2025 (2 "
         "agrees); 'will take the Committee's views into account', not in a position to commit to a date (4 "
         "noted); 'does not consider it appropriate' to publish condition grades (3 disagrees); 7 (staffing of "
         "the Structures Inspection Division) unanswered. The Minute's paragraph on Chapter 4 (Student Travel "
         "Subsidy Scheme) answers another chapter, none of these recommendations.")


def expected():
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "had completed 318 of the 497 overdue general inspections",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "An automatic reminder module was added to the",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "does not consider it appropriate to do so",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "not in a position at this stage to commit",
         "verdict": "noted", "also": ["partly"]},
        {"number": "5", "starts_with": sw(5), "reply_contains": "does not intend to pursue the balance",
         "verdict": "partly"},
        {"number": "6", "starts_with": sw(6), "reply_contains": "upload geo-tagged, time-stamped photographs of each completed works order",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["completed the reconciliation of the 2023-2024 subsidy payments"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b44en.py"), NAME)) and 1)

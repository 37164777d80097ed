"""Round 34 (EN): a US national-academy CONSENSUS STUDY REPORT (prepublication copy) with chapter-numbered
recommendations ('RECOMMENDATION 3-2'), answered by the sponsoring federal agency's internal MEMORANDUM that sorts
the recommendations into verdict groups ('will implement', 'will implement with modifications', 'directed to
other parties'). The advice has a Summary with a shaded box repeating the recommendations, a Statement of Task,
'CONCLUSION n-n' paragraphs, a quoted recommendation from a 2019 report, footnotes and the 'PREPUBLICATION COPY'
footer; the memo has a seal-less letterhead, TO/FROM/DATE/SUBJECT block, roman group headings and an 'Other
matters' section. reportlab, US Letter, cleaned Liberation fonts. All content (academy, committee, agency,
statute, people, figures) invented.

Run:  /tmp/blind34en/bin/python tests/docs/src/blind34/gen_en_academy_memo_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b34en as H
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                CondPageBreak, PageBreak, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

NAME = "blind34_en_academy_memo"
for face, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
                ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
                ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
                ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(face, H.clean_font(f)))
addMapping("LR", 0, 0, "LR"); addMapping("LR", 1, 0, "LRB"); addMapping("LR", 0, 1, "LRI"); addMapping("LR", 1, 1, "LRBI")
addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LSB"); addMapping("LS", 0, 1, "LSI"); addMapping("LS", 1, 1, "LSBI")

NAVY = colors.Color(0.10, 0.20, 0.38)
BOXFILL = colors.Color(0.92, 0.94, 0.97)
BODY = ParagraphStyle("body", fontName="LR", fontSize=11, leading=14.5, firstLineIndent=0.3 * inch, spaceAfter=5)
BODY0 = ParagraphStyle("body0", parent=BODY, firstLineIndent=0)
REC = ParagraphStyle("rec", parent=BODY0, leftIndent=0.3 * inch, rightIndent=0.3 * inch, spaceBefore=4, spaceAfter=8)
CH = ParagraphStyle("ch", fontName="LSB", fontSize=16, leading=20, textColor=NAVY, spaceBefore=6, spaceAfter=10)
SEC = ParagraphStyle("sec", fontName="LSB", fontSize=11.5, leading=14, textColor=NAVY, spaceBefore=8, spaceAfter=5,
                     keepWithNext=1)
BOXT = ParagraphStyle("boxt", fontName="LSB", fontSize=9.5, leading=12, textColor=NAVY, spaceAfter=5)
BOXP = ParagraphStyle("boxp", fontName="LS", fontSize=9, leading=11.5, spaceAfter=5)
FN = ParagraphStyle("fn", fontName="LR", fontSize=8.5, leading=10.5, spaceBefore=0, spaceAfter=2)
RULE_NOTE = "PREPUBLICATION COPY - Uncorrected Proofs"


# ------------------------------------------------------------------------------------------------ advice
def adv_page(c, d):
    """Drawn at the end of each page, so the chapter prefix and running head belong to this page."""
    w, h = letter
    c.saveState()
    c.setFont("LS", 8.5)
    c.setFillColor(colors.Color(0.25, 0.25, 0.25))
    label = f"{d._prefix}-{d.page - d._start + 1}"
    if d.page % 2 == 0:
        c.drawString(1.0 * inch, h - 0.6 * inch, label)
        c.drawString(1.6 * inch, h - 0.6 * inch, "SAFE WATER FOR SMALL COMMUNITIES")
    else:
        c.drawRightString(w - 1.0 * inch, h - 0.6 * inch, label)
        c.drawRightString(w - 1.6 * inch, h - 0.6 * inch, d._runhead)
    c.setFont("LSB", 8)
    c.drawCentredString(w / 2, 0.55 * inch, RULE_NOTE)
    c.restoreState()


class AdvDoc(BaseDocTemplate):
    def afterFlowable(self, fl):
        if getattr(fl, "_runhead", None):
            self._runhead, self._prefix, self._start = fl._runhead, fl._prefix, self.page


def runhead(text, prefix):
    s = Spacer(1, 0)
    s._runhead, s._prefix = text, prefix
    return s


def box(title, paras):
    inner = [Paragraph(title, BOXT)] + [Paragraph(p, BOXP) for p in paras]
    t = Table([[inner]], colWidths=[6.3 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BOXFILL), ("BOX", (0, 0), (-1, -1), 0.8, NAVY),
                           ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    t.splitByRow = 1
    return t


R = {
    "2-1": "State drinking water programs should assign every small system serving fewer than 3,300 people a "
           "designated technical assistance provider, and should visit each such system at least once a year.",
    "3-1": "The Federal Rural Water Administration should fund continuous chlorine residual monitoring at all "
           "small systems that rely on surface water, with the goal of full coverage by 2030.",
    "3-2": "The Administration should replace the current quarterly paper reporting requirement with electronic "
           "reporting through a single national portal, and should provide access to the portal free of charge to "
           "water systems and certified laboratories.",
    "4-1": "The Administration should establish a public data platform that makes the monitoring results of "
           "every regulated small system available within 30 days of sampling.",
    "4-2": "The Administration should require systems that have continuous monitoring to transmit exceedances "
           "of health-based limits to the platform in real time.",
    "5-1": "Congress should amend the Rural Water Systems Act to allow grants under Title II to be used for the "
           "salaries of certified operators shared between two or more small systems.",
    "5-2": "The Administration should commission an independent evaluation of the monitoring program within five "
           "years of its launch and make the results public.",
}


def rec(k):
    return Paragraph(f"<b>RECOMMENDATION {k}:</b> {R[k]}", REC)


def concl(k, text):
    return Paragraph(f"<b>CONCLUSION {k}:</b> {text}", REC)


def advice(path):
    doc = AdvDoc(path, pagesize=letter, leftMargin=1.1 * inch, rightMargin=1.1 * inch, topMargin=0.95 * inch,
                 bottomMargin=0.9 * inch, title="Safe Water for Small Communities", author="NAAS")
    doc._runhead, doc._prefix, doc._start = "SUMMARY", "S", 1
    w, h = letter
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPageEnd=adv_page)])
    s = [runhead("SUMMARY", "S"), Paragraph("Summary", CH)]
    s.append(Paragraph(
        "Roughly 41,000 community water systems in the United States serve fewer than 3,300 people each. "
        "Together they serve about 24 million residents, many of them in rural areas with limited tax bases and "
        "few trained operators. These systems account for a disproportionate share of violations of health-based "
        "drinking water standards: in 2024, systems serving fewer than 500 people accounted for 63 percent of "
        "such violations but served less than 3 percent of the population.", BODY0))
    s.append(Paragraph(
        "At the request of the Federal Rural Water Administration (FRWA), the National Academy of Applied "
        "Sciences convened the Committee on Monitoring Drinking Water Quality in Small Rural Systems to examine "
        "how monitoring, reporting, and public data could be improved. The committee's Statement of Task asked "
        "it to assess current monitoring practice, to identify barriers to timely reporting, and to "
        "\u201crecommend ways in which the Administration, States, and Congress could strengthen\u201d the "
        "monitoring of small systems (see Box S-1).", BODY))
    s.append(Paragraph(
        "The committee finds that the current system, which relies on periodic grab samples and quarterly paper "
        "reports, detects problems late and makes the data hard for residents to use. A small system may go "
        "for months between a treatment failure and the first report that reveals it.<super>1</super>", BODY))
    s.append(Spacer(1, 4))
    s.append(box("BOX S-1 Statement of Task", [
        "An ad hoc committee of the National Academy of Applied Sciences will examine the monitoring of drinking "
        "water quality in community water systems serving fewer than 3,300 people. The committee will (1) "
        "review current monitoring and reporting practice; (2) identify technical, financial and workforce "
        "barriers; and (3) recommend ways in which the Administration, States, and Congress could strengthen "
        "monitoring, reporting and public access to data."]))
    s.append(Spacer(1, 8))
    s.append(box("BOX S-2 The Committee's Recommendations",
                 [f"<b>Recommendation {k}:</b> {R[k]}" for k in R]))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "<super>1</super> In this report, \u201csmall system\u201d means a community water system serving fewer "
        "than 3,300 persons, consistent with the definition used by the Administration since 2011.", FN))
    s.append(PageBreak())
    s.append(runhead("MONITORING TECHNOLOGY AND REPORTING", "3"))
    s.append(Paragraph("3<br/>Monitoring Technology and Reporting", CH))
    s.append(Paragraph(
        "Chapter 2 described the workforce of small systems, many of which are run by a single part-time "
        "operator who may also serve as the town clerk or road superintendent. The committee's recommendation on "
        "technical assistance (Recommendation 2-1) addresses that situation. This chapter considers the "
        "technology used to monitor water quality and the way results are reported.", BODY0))
    s.append(Paragraph("Continuous Monitoring", SEC))
    s.append(Paragraph(
        "Online sensors for chlorine residual and turbidity now cost between $4,000 and $9,000 per treatment "
        "point, a fraction of their cost a decade ago. Pilot projects in four States showed that continuous "
        "chlorine monitoring detected treatment failures a median of 11 days earlier than grab sampling. "
        "Sensors need calibration and maintenance, and operators should be trained to interpret the alarms "
        "before sensors are installed.", BODY))
    s.append(concl("3-1", "Continuous chlorine residual monitoring is technically mature and affordable for "
                   "small surface water systems, and it would substantially shorten the time between a "
                   "treatment failure and its detection."))
    s.append(rec("3-1"))
    s.append(Paragraph("Reporting", SEC))
    s.append(Paragraph(
        "Most small systems still report monitoring results to their State on paper forms each quarter. The "
        "committee's 2019 predecessor report recommended that \u201cStates should move toward electronic "
        "reporting of compliance monitoring data\u201d; by 2025 only 19 States had done so, and their systems are "
        "not compatible with one another. Certified laboratories told the committee that they re-key the same "
        "results into as many as five different State forms.", BODY))
    s.append(concl("3-2", "Paper-based quarterly reporting delays the detection of violations and imposes "
                   "avoidable costs on systems and laboratories."))
    s.append(rec("3-2"))
    s.append(PageBreak())
    s.append(runhead("PUBLIC ACCESS TO DATA", "4"))
    s.append(Paragraph("4<br/>Public Access to Data", CH))
    s.append(Paragraph(
        "Residents of small communities have few ways to learn about the quality of their drinking water other "
        "than the annual Consumer Confidence Report, which may appear up to 18 months after the samples it "
        "describes were taken. Several residents who addressed the committee's public session in Dayton Falls "
        "said they had learned of a boil-water notice from neighbors rather than from the utility.", BODY0))
    s.append(Paragraph(
        "Public data platforms in other sectors suggest that timely, searchable data can improve accountability "
        "without large costs. The committee does not, however, recommend that systems publish raw sensor data, "
        "which would be difficult for residents to interpret.", BODY))
    s.append(concl("4-1", "The public cannot currently obtain timely information on the quality of water "
                   "supplied by small systems."))
    s.append(rec("4-1"))
    s.append(rec("4-2"))
    s.append(PageBreak())
    s.append(runhead("FINANCING AND EVALUATION", "5"))
    s.append(Paragraph("5<br/>Financing and Evaluation", CH))
    s.append(Paragraph(
        "Title II of the Rural Water Systems Act funds capital improvements but, under Section 204(c), may not be "
        "used for operating costs. Several small systems in the committee's case studies have shared a certified "
        "operator with neighboring systems, an arrangement that both improves compliance and lowers cost, but "
        "they have had to fund the operator's salary entirely from user charges.", BODY0))
    s.append(rec("5-1"))
    s.append(Paragraph(
        "Finally, the committee notes that few federal drinking water programs have been independently "
        "evaluated. A program of the scale the committee proposes should be evaluated so that its benefits for "
        "public health can be measured.", BODY))
    s.append(rec("5-2"))
    doc.build(s)


# ------------------------------------------------------------------------------------------------ memo
MP = ParagraphStyle("mp", fontName="LR", fontSize=11.5, leading=15, spaceAfter=8)
MH = ParagraphStyle("mh", fontName="LRB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=6, keepWithNext=1)
MI = ParagraphStyle("mi", parent=MP, leftIndent=0.35 * inch)


def memo_page(c, d):
    w, h = letter
    c.saveState()
    if d.page == 1:
        c.setFillColor(NAVY)
        c.setFont("LSB", 13)
        c.drawCentredString(w / 2, h - 0.85 * inch, "FEDERAL RURAL WATER ADMINISTRATION")
        c.setFont("LS", 9.5)
        c.drawCentredString(w / 2, h - 1.05 * inch, "1400 Independence Plaza SW  |  Washington, DC 20250")
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.2)
        c.line(1.0 * inch, h - 1.18 * inch, w - 1.0 * inch, h - 1.18 * inch)
        c.setFont("LS", 8)
        c.setFillColor(colors.black)
        c.drawString(1.0 * inch, 0.6 * inch, "FRWA-OA-2026-0117")
    else:
        c.setFont("LR", 10)
        c.drawString(1.0 * inch, h - 0.7 * inch, "Memorandum to the Assistant Administrators")
        c.drawString(1.0 * inch, h - 0.88 * inch, "September 18, 2026")
        c.drawString(1.0 * inch, h - 1.06 * inch, f"Page {d.page}")
    c.restoreState()


def memo(path):
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=1.0 * inch, rightMargin=1.0 * inch,
                          topMargin=1.45 * inch, bottomMargin=1.0 * inch, title="Memorandum", author="FRWA")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=memo_page)])
    s = [Paragraph("MEMORANDUM", ParagraphStyle("m", fontName="LRB", fontSize=13, leading=16, spaceAfter=12))]
    hdr = [("TO:", "Assistant Administrators; Regional Directors"),
           ("FROM:", "Dolores M. Quintrell, Administrator"),
           ("DATE:", "September 18, 2026"),
           ("SUBJECT:", "Administration position on the recommendations of the National Academy of Applied "
                        "Sciences report <i>Safe Water for Small Communities</i>")]
    t = Table([[Paragraph(f"<b>{a}</b>", MP), Paragraph(b, MP)] for a, b in hdr], colWidths=[1.1 * inch, 5.4 * inch])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]))
    s += [t, Spacer(1, 12)]
    P = lambda x: s.append(Paragraph(x, MP))
    P("The National Academy of Applied Sciences released its consensus study <i>Safe Water for Small "
      "Communities</i> on June 30, 2026. The study was funded by the Administration under Interagency Agreement "
      "FRWA-24-IA-0031. This memorandum records the Administration's position on each recommendation addressed "
      "to the Administration or requiring its action, and assigns lead offices. Offices should reflect these "
      "positions in their FY2028 budget submissions, which are due to the Office of the Chief Financial Officer "
      "by November 6, 2026.")
    s.append(Paragraph("I. Recommendations the Administration will implement", MH))
    s.append(Paragraph(
        "<u>Recommendation 5-2 (independent evaluation).</u> Adopted. The Office of Policy and Evaluation will "
        "procure an independent evaluation in FY2029 and will publish the final report on the Administration's "
        "website. Lead: Office of Policy and Evaluation.", MI))
    s.append(Paragraph(
        "<u>Recommendation 3-1 (continuous monitoring).</u> Adopted. Beginning in FY2028 the Small Systems "
        "Monitoring Grant will pay for the purchase and installation of online chlorine residual analyzers at "
        "surface water systems serving fewer than 3,300 persons, prioritizing systems with a health-based "
        "violation in the last five years. At the requested funding level the program will reach all eligible "
        "systems by the end of FY2030. Lead: Office of Water Infrastructure.", MI))
    s.append(Paragraph("II. Recommendations the Administration will implement with modifications", MH))
    s.append(Paragraph(
        "<u>Recommendations 4-1 and 4-2 (public data platform).</u> The Administration agrees that residents "
        "should have timely access to monitoring results and will launch the platform in FY2028. Because many "
        "States validate results before they are released, however, results will be published within 90 days "
        "of sampling rather than 30 days; the Administration will review this standard after two years of "
        "operation. The Administration does not intend to require real-time transmission of exceedances. Many "
        "small systems lack reliable broadband, and existing State notification rules already require "
        "exceedances to be reported to the State within 24 hours. Lead: Office of Data and Technology.", MI))
    s.append(Paragraph(
        "<u>Recommendation 3-2 (electronic reporting).</u> The Administration will develop a single national "
        "reporting portal, building on the existing SDWIS Connect pilot, and water systems will be able to use "
        "it at no cost. Certified laboratories that submit results on behalf of more than ten systems will pay "
        "an annual user fee to be set by rule, so that operating costs are shared. Quarterly paper forms will "
        "be accepted until December 31, 2029. Lead: Office of Data and Technology.", MI))
    s.append(Paragraph("III. Recommendations directed to other parties", MH))
    s.append(Paragraph(
        "<u>Recommendation 5-1 (use of Title II grants).</u> This recommendation is directed to Congress. The "
        "Administration will provide technical assistance on request but will not propose legislative language; "
        "any position on amending the Act will be developed through the Department's legislative program in "
        "the usual way. Lead: Office of Congressional and Intergovernmental Affairs.", MI))
    s.append(Paragraph("IV. Other matters", MH))
    s.append(Paragraph(
        "Staff have asked whether the Administration's lead service line inventory guidance should be revised in "
        "light of the report. The report does not address lead service lines, and the guidance issued in March "
        "2026 remains in effect. Questions should continue to be sent to the Drinking Water Protection "
        "Division.", MI))
    P("Please direct questions about this memorandum to Keith Annunzio, Office of Policy and Evaluation, at "
      "(202) 555-0148.")
    s.append(Spacer(1, 10))
    P("cc: Chief Financial Officer; General Counsel; Director, Office of Public Affairs")
    doc.build(s)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    memo(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "2-1", "starts_with": "State drinking water programs should assign every small system serving",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "3-1", "starts_with": "The Federal Rural Water Administration should fund continuous chlorine "
                                         "residual monitoring",
         "reply_contains": "will pay for the purchase and installation of online chlorine residual analyzers",
         "verdict": "agrees"},
        {"number": "3-2", "starts_with": "The Administration should replace the current quarterly paper reporting",
         "reply_contains": "will pay an annual user fee to be set by rule",
         "verdict": "partly"},
        {"number": "4-1", "starts_with": "The Administration should establish a public data platform that makes",
         "reply_contains": "within 90 days of sampling rather than 30 days",
         "verdict": "partly"},
        {"number": "4-2", "starts_with": "The Administration should require systems that have continuous "
                                         "monitoring to",
         "reply_contains": "does not intend to require real-time transmission of exceedances",
         "verdict": "disagrees"},
        {"number": "5-1", "starts_with": "Congress should amend the Rural Water Systems Act to allow",
         "reply_contains": "This recommendation is directed to Congress",
         "verdict": "noted"},
        {"number": "5-2", "starts_with": "The Administration should commission an independent evaluation of the",
         "reply_contains": "will procure an independent evaluation in FY2029",
         "verdict": "agrees"},
    ]
    unmatched = ["lead service line inventory guidance should be revised"]
    notes = ("US national-academy consensus study report (prepublication copy) answered by the sponsoring federal "
             "agency's internal memorandum (invented National Academy of Applied Sciences, 'Safe Water for Small "
             "Communities', and invented Federal Rural Water Administration; reportlab, US Letter). Advice: "
             "Summary (pages S-1, S-2) with Box S-1 Statement of Task ('recommend ways in which ...') and Box S-2 "
             "repeating all seven recommendations as 'Recommendation n-n:'; chapters 3-5 with bold "
             "'RECOMMENDATION n-n:' paragraphs (numbers are '2-1', '3-1' ... '5-2'; 2-1 belongs to chapter 2, "
             "which is not in the extract, and appears only in the Summary box), 'CONCLUSION n-n:' paragraphs with "
             "the same numbering (not recommendations), the 2019 predecessor report's recommendation quoted "
             "('States should move toward electronic reporting'), 'operators should be trained' (a finding), 'The "
             "committee does not, however, recommend that systems publish raw sensor data', a footnote, "
             "alternating running heads with page labels and the 'PREPUBLICATION COPY' footer. Response: memo "
             "with TO/FROM/DATE/SUBJECT block, roman verdict groups: 'I. ... will implement' (5-2 then 3-1, both "
             "'Adopted.' = agrees); 'II. ... with modifications': ONE paragraph 'Recommendations 4-1 and 4-2' "
             "(platform yes but 90 days not 30 = 4-1 partly; 'does not intend to require real-time transmission' "
             "= 4-2 disagrees, despite standing under the 'with modifications' heading), 3-2 portal free for "
             "systems but laboratories pay a user fee (partly); 'III. ... directed to other parties': 5-1 "
             "'directed to Congress', no legislative language proposed (noted). 2-1 (addressed to the States) is "
             "not answered (unanswered). 'IV. Other matters' (lead service line guidance) answers no "
             "recommendation (unmatched); the opening paragraph, contact and cc lines are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 28 (EN): multilateral development bank independent evaluation (IEO of an invented 'Meridian
Development Bank') with recommendations I-VI in a summary box and in full in the last chapter, and the
Management Response: a memo by theme plus a landscape Management Action Record table whose rows run over a
page break (header row repeated). reportlab platypus (cleaned Liberation fonts); running header and page
numbers drawn on each page. All content (bank, countries, figures) invented.

Run:  /tmp/blind28en/bin/python tests/docs/src/blind28/gen_en_mdb_eval_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b28en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate, KeepTogether)

NAME = "blind28_en_mdb_eval"
BLUE = colors.HexColor("#1d4f91")
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

B = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13.5, spaceAfter=6)
SM = ParagraphStyle("sm", parent=B, fontSize=8.8, leading=11.5, spaceAfter=3)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, textColor=BLUE, spaceBefore=8, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=15, textColor=BLUE, spaceBefore=6, spaceAfter=5)
TITLE = ParagraphStyle("t", fontName="LSB", fontSize=22, leading=28, textColor=BLUE, spaceAfter=12)
NUM = ParagraphStyle("num", parent=B, leftIndent=28, firstLineIndent=-28)


def page_deco(header):
    def deco(canv, doc):
        canv.saveState()
        w, h = canv._pagesize
        if doc.page > 1 or header.startswith("Management"):
            canv.setFont("LS", 8)
            canv.setFillColor(colors.grey)
            canv.drawString(18 * mm, h - 12 * mm, header)
            canv.setStrokeColor(BLUE)
            canv.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
            canv.drawRightString(w - 18 * mm, 10 * mm, str(doc.page))
        canv.restoreState()
    return deco


def boxed(flow, bg="#e8eef7"):
    t = Table([[flow]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.6, BLUE),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


RECS = [
    ("I", "Base the design of every TVET operation on an assessment of labour-market demand.",
     "Only 9 of the 27 operations reviewed used employer surveys or labour-market data to choose the trades taught. "
     "The Bank should require a labour-market assessment at appraisal and help borrowers update it at mid-term."),
    ("II", "Strengthen the role of employers in the governance of supported institutions.",
     "Where employers sat on institute boards and helped set curricula, completion and job-placement rates were "
     "higher. The Bank should make employer participation a standard design feature."),
    ("III", "Measure employment outcomes of graduates in all TVET operations.",
     "Results frameworks rarely went beyond enrolment and completion. The Bank should require tracer studies of "
     "graduates twelve months after completion and report the results in completion reports."),
    ("IV", "Set a minimum share of TVET lending for programs that reach women and rural youth.",
     "Women were 23 percent of trainees in Bank-supported programs, and rural youth were underrepresented. The Bank "
     "should set a corporate target of at least 40 percent of TVET lending for programs designed for these groups."),
    ("V", "Link financing for institutes to the results they achieve.",
     "Results-based financing in Samara and Kettland motivated institutes to improve placement rates. The Bank should "
     "use results-based instruments in all new TVET operations where country systems allow."),
    ("VI", "Build the Bank's own skills expertise.",
     "The Bank has only three staff with TVET expertise. It should create a skills and employment practice group and "
     "recruit specialists for the two regional hubs."),
]


def advice(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Skills for Jobs", author="Independent Evaluation Office")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate("p", [fr], onPage=page_deco(
        "Independent Evaluation Office  |  Skills for Jobs: Evaluation of the Bank's Support for TVET, 2013-2024"))])
    s = []
    s.append(Paragraph("MERIDIAN DEVELOPMENT BANK", ParagraphStyle("c", parent=H2, fontSize=12)))
    s.append(Paragraph("Independent Evaluation Office", B))
    s.append(Spacer(1, 30 * mm))
    s.append(Paragraph("Skills for Jobs: An Evaluation of the Bank's Support for Technical and Vocational Education "
                       "and Training, 2013-2024", TITLE))
    s.append(Paragraph("Corporate evaluation  |  IEO/CE/2025/02  |  May 2025", B))
    s.append(Spacer(1, 60 * mm))
    s.append(Paragraph("This evaluation was prepared by the Independent Evaluation Office (IEO) of the Meridian "
                       "Development Bank. IEO reports directly to the Board of Directors through its Committee on "
                       "Development Effectiveness (CODE). The views expressed are those of IEO and do not necessarily "
                       "represent the views of Management.", SM))
    s.append(PageBreak())
    s.append(Paragraph("Executive summary", H1))
    s.append(Paragraph("Between 2013 and 2024 the Bank approved 27 operations supporting technical and vocational "
                       "education and training (TVET) in 14 countries, with total commitments of $2.9 billion. This "
                       "evaluation asks whether that support helped young people obtain skills that employers value "
                       "and find work. It draws on a portfolio review, six country case studies, 312 interviews and "
                       "tracer data for 4,100 graduates.", B))
    s.append(Paragraph("The evaluation finds that Bank support expanded access to training: enrolment in supported "
                       "institutions rose by 61 percent. But outcomes were uneven. Operations that involved employers "
                       "and used labour-market evidence did better; most did not measure whether graduates found "
                       "jobs. Of the 19 completed operations, IEO rates 11 satisfactory or better.", B))
    recs_brief = [Paragraph("<b>Recommendations</b>", B)]
    for n, head, _ in RECS:
        recs_brief.append(Paragraph(f"<b>{n}.</b>&nbsp;&nbsp;{head}".replace("&nbsp;", " "), NUM))
    s.append(boxed(recs_brief))
    s.append(Spacer(1, 6))
    s.append(Paragraph("1. Introduction", H1))
    s.append(Paragraph("1.1&#160;&#160;Skills development is one of the five operational priorities of the Bank's "
                       "Strategy 2030. The Board asked IEO to evaluate the Bank's TVET support before the skills "
                       "directional guide is revised in 2026.".replace("&#160;", " "), B))
    s.append(Paragraph("1.2  The evaluation covers sovereign operations approved from 2013 to 2024. Technical "
                       "assistance grants were reviewed only where linked to a loan.", B))
    s.append(Paragraph("2. Relevance and design", H1))
    s.append(Paragraph("2.1  Most operations were aligned with national skills strategies. However, only 9 of 27 "
                       "used labour-market evidence to decide which trades to support, and several institutes in "
                       "Samara and Oberland trained students for occupations with few vacancies.", B))
    s.append(Paragraph("2.2  Employers were formally involved in the governance of supported institutions in 8 "
                       "operations. In these operations the average job-placement rate was 64 percent, compared with "
                       "41 percent elsewhere.", B))
    s.append(Paragraph("3. Effectiveness", H1))
    s.append(Paragraph("3.1  Enrolment targets were met or exceeded in 17 of 19 completed operations. Completion rates "
                       "averaged 72 percent. Only 5 operations tracked graduates after completion.", B))
    s.append(Paragraph("3.2  Women made up 23 percent of trainees, and rural youth were underrepresented in every "
                       "country studied. Stipends and dormitories in Kettland increased women's enrolment sharply.", B))
    s.append(Paragraph("3.3  The two results-based operations, in Samara and Kettland, linked part of the financing to "
                       "placement rates. Both achieved placement rates above 70 percent.", B))
    s.append(boxed([Paragraph("<b>Lesson from the case studies</b>", B),
                    Paragraph("Reform of TVET financing takes longer than a single operation. Where the Bank "
                              "supported a sequence of operations in the same country, institutions had time to "
                              "adapt and results were more durable.", B)], bg="#f2f2f2"))
    s.append(Paragraph("4. Institutional capacity", H1))
    s.append(Paragraph("4.1  The Bank has three staff with specialist TVET expertise, all at headquarters. Task "
                       "teams relied heavily on consultants, and regional hubs reported that they could not obtain "
                       "timely advice.", B))
    s.append(Paragraph("5. Conclusions and recommendations", H1))
    s.append(Paragraph("Conclusions", H2))
    s.append(Paragraph("5.1  Bank support has been relevant to country priorities and has expanded access to "
                       "training, but its contribution to employment is largely unproven.", B))
    s.append(Paragraph("5.2  Design features matter more than the size of the investment: labour-market evidence, "
                       "employer involvement and results-based financing are associated with better outcomes.", B))
    s.append(Paragraph("Recommendations", H2))
    s.append(Paragraph("5.3  IEO makes the following six recommendations.", B))
    for n, head, body in RECS:
        s.append(KeepTogether([Paragraph(f"<b>Recommendation {n}: {head}</b>", B), Paragraph(body, B)]))
    s.append(Paragraph("Annex. Operations reviewed", H2))
    t = Table([["Country", "Operations", "Commitments ($ million)", "Rated satisfactory"],
               ["Samara", "5", "610", "3 of 4"], ["Kettland", "4", "455", "3 of 3"], ["Oberland", "3", "380", "1 of 2"],
               ["Other (11 countries)", "15", "1,455", "4 of 10"]],
              colWidths=[55 * mm, 30 * mm, 45 * mm, 40 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9), ("FONT", (0, 0), (-1, 0), "LSB", 9),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7"))]))
    s.append(t)
    doc.build(s)


MAR = [
    ("I. Base TVET design on labour-market assessment", "Agree",
     "A labour-market assessment will be a required appraisal document for all TVET operations approved from "
     "January 2026. The Skills Unit will issue a guidance note and a template by December 2025."),
    ("II. Strengthen employer role in governance", "Agree",
     "This is already standard practice in new operations: 7 of the 8 TVET operations approved since 2023 include "
     "employer representation on institute boards. Management will continue this approach."),
    ("III. Measure employment outcomes of graduates", "Partially agree",
     "Management will include employment outcome indicators in all new TVET results frameworks. Tracer studies "
     "at twelve months will be financed where borrowers agree, but cannot be made mandatory because several borrowers "
     "lack the systems to run them; in those cases administrative data will be used."),
    ("IV. Minimum share of lending for women and rural youth", "Disagree",
     "Management shares the concern about inclusion, but a corporate lending target for one sector would conflict "
     "with the country-led allocation model of Strategy 2030. Management will not adopt the target; inclusion will "
     "be addressed through the gender action plans that every operation already prepares."),
    ("V. Link financing to results", "Agree",
     "Results-based lending will be the default instrument for new TVET operations where country fiduciary "
     "systems permit, starting with the pipeline for 2026. An assessment of fiduciary readiness will be part of the "
     "concept note."),
    ("VI. Build the Bank's skills expertise", "Noted",
     "Staffing decisions are made in the context of the budget work program, which the Board approves. Management "
     "will consider the request for additional specialists when the 2026-2028 work program is prepared and will "
     "inform CODE of the outcome."),
]


def response(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Management Response", author="Meridian Development Bank")
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    lw, lh = landscape(A4)
    frl = Frame(18 * mm, 16 * mm, lw - 36 * mm, lh - 34 * mm, id="l")
    hdr = "Management Response  |  IEO/CE/2025/02  |  Skills for Jobs"
    doc.addPageTemplates([PageTemplate("p", [fr], onPage=page_deco(hdr)),
                          PageTemplate("l", [frl], pagesize=landscape(A4), onPage=page_deco(hdr))])
    s = []
    s.append(Paragraph("MERIDIAN DEVELOPMENT BANK", ParagraphStyle("c", parent=H2, fontSize=12)))
    s.append(Paragraph("Management Response to the Independent Evaluation Office's Corporate Evaluation: Skills for "
                       "Jobs, An Evaluation of the Bank's Support for TVET, 2013-2024", H1))
    s.append(Paragraph("For the Committee on Development Effectiveness  |  23 June 2025", SM))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Introduction", H2))
    s.append(Paragraph("1.  Management welcomes IEO's evaluation and its finding that Bank support has expanded "
                       "access to training in the countries where we work. We agree that the Bank now needs to focus "
                       "on what happens to graduates after they leave training, and the evaluation will inform the "
                       "revision of the skills directional guide in 2026.", B))
    s.append(Paragraph("Design and evidence", H2))
    s.append(Paragraph("2.  Management agrees that labour-market evidence should shape TVET operations, and that "
                       "employers must be part of the governance of the institutions we support. Both points are "
                       "reflected in the Action Record below. On results, we agree on the direction but note that "
                       "the monitoring capacity of borrowers varies widely.", B))
    s.append(Paragraph("Inclusion", H2))
    s.append(Paragraph("3.  Management shares IEO's concern that women and rural youth are underrepresented, and we "
                       "are committed to addressing it within the Bank's existing corporate framework, as explained "
                       "in the Action Record.", B))
    s.append(Paragraph("Ratings", H2))
    s.append(Paragraph("4.  Management does not agree with IEO's rating of the Oberland Polytechnics Project as "
                       "unsatisfactory. The project's completion report rated it satisfactory, and placement data "
                       "collected after the evaluation's cut-off date show a placement rate of 58 percent.", B))
    s.append(Paragraph("5.  Management's detailed responses are set out in the Management Action Record, which "
                       "follows. Progress will be reported to CODE annually through the IEO recommendation tracking "
                       "system.", B))
    s.append(NextPageTemplate("l"))
    s.append(PageBreak())
    s.append(Paragraph("Management Action Record", H1))
    cell = ParagraphStyle("cell", parent=B, fontSize=9.5, leading=12.5, spaceAfter=0)
    head = ParagraphStyle("head", parent=cell, fontName="LSB", textColor=colors.white)
    rows = [[Paragraph(x, head) for x in ("IEO recommendation", "Acceptance by Management",
                                           "Management response and actions", "Timeline")]]
    times = ["January 2026", "Ongoing", "From 2026 pipeline", "n/a", "2026 pipeline", "2026-2028 work program"]
    for (rec, acc, txt), tl in zip(MAR, times):
        rows.append([Paragraph(rec, cell), Paragraph(acc, cell), Paragraph(txt, cell), Paragraph(tl, cell)])
    t = Table(rows, colWidths=[62 * mm, 32 * mm, 124 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6fb")]),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(Paragraph("The Management Action Record (MAR) sets out Management's position on each IEO recommendation "
                       "and the actions it will take. The recommendations are shown in summary form; the full text is "
                       "in chapter 5 of the evaluation. IEO will validate the actions reported in the MAR each year "
                       "and report to CODE on their adoption.", B))
    s.append(Paragraph("<b>Acceptance categories.</b> Agree: Management accepts the recommendation in full. Partially "
                       "agree: Management accepts part of the recommendation or accepts it with changes. Disagree: "
                       "Management does not accept the recommendation. Noted: the decision rests with the Board or with "
                       "another body, and Management gives no position.", B))
    s.append(Paragraph("Tracking of actions begins on 1 January 2026. Where an action depends on a decision by the "
                       "Board, the timeline column gives the expected date of that decision.", B))
    s.append(Spacer(1, 4 * mm))
    s.append(t)
    doc.build(s)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "I", "starts_with": "Base the design of every TVET operation on an assessment",
         "reply_contains": "will be a required appraisal document for all TVET operations", "verdict": "agrees"},
        {"number": "II", "starts_with": "Strengthen the role of employers in the governance of supported institutions",
         "reply_contains": "This is already standard practice in new operations", "verdict": "agrees"},
        {"number": "III", "starts_with": "Measure employment outcomes of graduates in all TVET operations",
         "reply_contains": "but cannot be made mandatory because several borrowers", "verdict": "partly"},
        {"number": "IV", "starts_with": "Set a minimum share of TVET lending for programs that reach",
         "reply_contains": "Management will not adopt the target", "verdict": "disagrees"},
        {"number": "V", "starts_with": "Link financing for institutes to the results they achieve",
         "reply_contains": "will be the default instrument for new TVET operations", "verdict": "agrees"},
        {"number": "VI", "starts_with": "Build the Bank's own skills expertise",
         "reply_contains": "will consider the request for additional specialists", "verdict": "noted"},
    ]
    unmatched = ["does not agree with IEO's rating of the Oberland Polytechnics Project"]
    notes = ("Multilateral development bank corporate evaluation by its Independent Evaluation Office (reportlab, A4, "
             "running header and page numbers) and the Management Response. Advice: recommendations numbered in ROMAN "
             "numerals I-VI, first as short bold-numbered lines in a shaded 'Recommendations' box in the Executive "
             "summary, then in chapter 5 as bold 'Recommendation I: <heading sentence>' lines each followed by a "
             "plain explanatory paragraph ('The Bank should ...'); numbered paragraphs 1.1-5.3, 'Conclusions' 5.1-5.2 "
             "and a grey 'Lesson from the case studies' box are not recommendations; annex table. Response: a memo "
             "(paragraphs 1-5) that discusses the recommendations only by theme without numbers (I and II together in "
             "paragraph 2, IV in paragraph 3) and comments on a project rating (paragraph 4, unmatched), then a "
             "LANDSCAPE 'Management Action Record': an explanation of the acceptance categories (no reply), then a table (header row repeated, rows running over a page break) with "
             "each recommendation shortened ('I. Base TVET design on labour-market assessment'), an 'Acceptance by "
             "Management' column (Agree / Partially agree / Disagree / Noted) and the response text: I agree with a "
             "date; II 'already standard practice' (agrees); III tracer studies not mandatory (partly); IV 'will not "
             "adopt the target' after sharing the concern (disagrees); V agree; VI a matter for the Board-approved "
             "budget, 'will consider' (noted).")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()

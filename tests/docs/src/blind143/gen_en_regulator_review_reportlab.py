"""Round 143 (EN): a health regulation oversight body's annual PERFORMANCE REVIEW of a professional regulator,
answered by the regulator's Chief Executive's PAPER TO ITS PUBLIC COUNCIL MEETING, which PARAPHRASES BY THEME under
headings in another order, with one paragraph answering two recommendations with different verdicts.
The advice: a TABLE of the Standards of Good Regulation NUMBERED 1-18 grouped by area with 'Met' / 'Not met'
(trap); 'Areas for improvement' where the seven recommendations are UNNUMBERED paragraphs each opening with a BOLD
LEAD-IN ('Fitness to practise timeliness.') followed by the recommendation ('The Council should ...', 'We recommend
that ...', '... should be ...'). Traps: the standards numbered; last year's review quoted ('the Council should review
its guidance for people who raise concerns'); the Act paraphrased ('must have regard to the protection of the
public', 'must keep a register'); 'We do not recommend that the Council's two registers be merged'.
The response: introduction (nothing); 'Fitness to practise' ONE paragraph: interim orders within 28 days (agrees)
and the median of 78 weeks only by March 2028 (partly); 'International applications' backlog by December 2026 rather
than June (partly); 'Equality data' (agrees); 'Education' in-person visits not adopted (disagrees); 'Support for
people who raise concerns' 'we note the Authority's view' (noted); 'Recommendation to Council' asks the Council to
note and approve (nothing); the external board effectiveness review never (unanswered).
reportlab platypus, A4, cleaned Liberation Serif / Sans, invariant=1; header and 'Page N of M' stamped from page 2.
All bodies, people, places, figures and references invented; the regulator's Act is invented.
Run:  /tmp/blind143en/bin/python tests/docs/src/blind143/gen_en_regulator_review_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b143en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind143_en_regulator_review"
GREEN = colors.HexColor("#1f5b3a")
RUST = colors.HexColor("#7a3516")


def fonts():
    for fam in ("Serif", "Sans"):
        k = "LR" if fam == "Serif" else "LA"
        pdfmetrics.registerFont(TTFont(k, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFontFamily(k, normal=k, bold=k + "-B", italic=k + "-I", boldItalic=k + "-B")


def styles(fam, size, ink):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.36, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=15, leading=18.5, textColor=ink),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=11.2, leading=14, textColor=ink,
                             spaceBefore=2.2 * mm, spaceAfter=1.3 * mm, keepWithNext=1),
        "sub": ParagraphStyle("sub", parent=body, fontSize=8.6, leading=11.4, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0),
        "cellh": ParagraphStyle("ch", parent=body, fontName=fam + "-B", fontSize=size - 1,
                                leading=(size - 1) * 1.25, spaceAfter=0, textColor=colors.white),
    }


STANDARDS = [
    ("General", "1-5", "Information, equality and diversity, reporting, engagement, learning", "5 of 5 met"),
    ("Guidance and standards", "6-7", "Standards of conduct kept up to date; guidance on applying them",
     "2 of 2 met"),
    ("Education and training", "8-9", "Standards for education; quality assurance of programmes", "1 of 2 met"),
    ("Registration", "10-13", "Accurate register; timely and fair processing; protecting titles; revalidation",
     "3 of 4 met"),
    ("Fitness to practise", "14-18", "Anyone can raise a concern; timely and proportionate handling; interim "
     "orders; decisions; support for parties", "2 of 5 met"),
]


def advice():
    S = styles("LR", 9.9, GREEN)
    C = S["cell"]
    f = []
    f.append(Paragraph("AUTHORITY FOR OVERSIGHT OF HEALTH REGULATION &#183; Performance Review 2024/25 &#183; "
                       "Ref. AOHR/PR/2025/07 &#183; Published 2 October 2025", S["sub"]))
    f.append(Paragraph("Performance Review: Therapies and Care Professions Council, 2024/25", S["h1"]))
    f.append(Paragraph("Period reviewed: 1 April 2024 to 31 March 2025. Lead reviewer: Fenella Armitage-Quayson. "
                       "Laid before the Assembly under section 29 of the Health Professions Oversight Act 2011.",
                       S["sub"]))
    f.append(Paragraph("About this review", S["h2"]))
    f.append(Paragraph("The Therapies and Care Professions Council (the Council) keeps the registers of 214,000 "
                       "physiotherapists, occupational therapists, paramedics and care practitioners. Under its "
                       "founding Act, in summary, the Council must have regard to the protection of the public in "
                       "everything it does, and must keep a register of those who are fit to practise. We assess "
                       "its performance every year against our 18 Standards of Good Regulation.", S["body"]))
    rows = [[Paragraph(h, S["cellh"]) for h in ("Area", "Standards", "What they cover", "Outcome 2024/25")]]
    for a, n, w, o in STANDARDS:
        rows.append([Paragraph(a, C), Paragraph(n, C), Paragraph(w, C), Paragraph(o, C)])
    t = Table(rows, colWidths=[36 * mm, 20 * mm, 78 * mm, 28 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa9a0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    f.append(t)
    f.append(Spacer(1, 2.5 * mm))
    f.append(Paragraph("Overall the Council met 13 of the 18 Standards, one fewer than last year. It did not meet "
                       "Standards 9, 11, 15, 16 and 18.", S["body"]))
    f.append(Paragraph("Progress since our last review", S["h2"]))
    f.append(Paragraph("In 2023/24 we said that \"the Council should review its guidance for people who raise "
                       "concerns\". It has done so, and the new guidance, published in November 2024, is clearer "
                       "and shorter. The Council has also completed the move of its register to a new online "
                       "system, although this contributed to delays described below.", S["body"]))
    f.append(Paragraph("Areas for improvement", S["h2"]))
    f.append(Paragraph("<b>Fitness to practise timeliness.</b> The median time from receipt of a concern to a final "
                       "hearing rose from 101 to 112 weeks, and 41 cases were more than three years old at the end "
                       "of the year. The Council should reduce the median time from receipt of a concern to a final "
                       "hearing to 78 weeks by March 2027, and report its progress at every public Council "
                       "meeting.", S["body"]))
    f.append(Paragraph("<b>Interim orders.</b> In 9 of the 30 cases we sampled where the risk to the public was "
                       "serious, the application for an interim order was made more than two months after the "
                       "information reached the Council. Interim order applications should be made within 28 days of "
                       "the Council receiving information that indicates a serious risk to the public.",
                       S["body"]))
    f.append(Paragraph("<b>International applications.</b> At 31 March 2025, 3,870 applications from "
                       "internationally trained professionals had been waiting more than the Council's target of "
                       "60 days. We recommend that the Council clear the backlog of international applications by "
                       "30 June 2026 and publish a monthly update on waiting times.", S["body"]))
    f.append(Paragraph("<b>Equality data.</b> The Council collects equality data at registration but does not "
                       "analyse it against the outcomes of concerns. The Council should publish an annual analysis "
                       "of fitness to practise outcomes by ethnicity, sex and place of qualification.", S["body"]))
    f.append(Paragraph("<b>Quality assurance of education.</b> Since 2020 all programme approvals have been carried "
                       "out remotely, on the papers. Every approved programme should receive at least one in-person "
                       "visit in each five-year approval cycle, including a meeting with students.", S["body"]))
    f.append(Paragraph("<b>Support for people who raise concerns.</b> Members of the public told us they felt "
                       "alone at hearings, while registrants had access to their unions. An independent support "
                       "service should be offered to every member of the public who gives evidence at a fitness to "
                       "practise hearing.", S["body"]))
    f.append(Paragraph("<b>Governance.</b> The Council's board has not been externally reviewed since 2017, and "
                       "half its members are new. The Council should commission an external review of the "
                       "effectiveness of its board and publish the findings by December 2026.", S["body"]))
    f.append(Paragraph("Other matters", S["h2"]))
    f.append(Paragraph("Some stakeholders suggested to us that the register of care practitioners should be "
                       "combined with the main register. We do not recommend that the Council's two registers be "
                       "merged at present, because the care practitioner register was opened only in 2022 and has "
                       "not yet been evaluated.", S["body"]))
    f.append(Paragraph("We thank the Council's staff for their cooperation with this review. We will follow up our "
                       "findings in the 2025/26 review.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Performance Review: Therapies and Care Professions Council, 2024/25",
                            author="Authority for Oversight of Health Regulation")
    doc.build(f)


def response():
    S = styles("LA", 9.7, RUST)
    f = []
    f.append(Paragraph("THERAPIES AND CARE PROFESSIONS COUNCIL &#183; Council meeting in public, 13 November 2025 "
                       "&#183; Agenda item 8 &#183; Paper TCPC 25/88", S["sub"]))
    f.append(Paragraph("Annual performance review 2024/25: our response", S["h1"]))
    f.append(Paragraph("Report of the Chief Executive and Registrar, Callum Oduya-Penhaligon. For decision. "
                       "Previously considered by the Executive Leadership Team, 28 October 2025.", S["sub"]))
    f.append(Paragraph("Executive summary", S["h2"]))
    f.append(Paragraph("The Authority published its review of our performance in 2024/25 on 2 October. This paper "
                       "sets out the executive's proposed response, theme by theme. We are disappointed not to have "
                       "met five Standards, but the review is fair and reflects what we ourselves told the "
                       "Authority about the pressures of the year.", S["body"]))
    f.append(Paragraph("Fitness to practise", S["h2"]))
    f.append(Paragraph("Two of the Authority's points concern our handling of concerns. We will meet the 28-day "
                       "expectation for interim order applications with immediate effect: a dedicated interim "
                       "orders team was formed in September, and every new concern is now risk-assessed within five "
                       "working days. The median time to a final hearing is a harder problem. We have recruited "
                       "fourteen additional case managers, and our modelling shows a median of 78 weeks by March 2028, "
                       "a year later than the Authority proposes; a faster reduction could be achieved only by "
                       "closing cases early, which we are not prepared to do. We will report progress quarterly.",
                       S["body"]))
    f.append(Paragraph("International applications", S["h2"]))
    f.append(Paragraph("The backlog has already fallen to 2,450. We will publish waiting times on our website "
                       "every month from January, but we expect the backlog to be cleared by December 2026, not by "
                       "the middle of the year, because the volume of new applications continues to rise.",
                       S["body"]))
    f.append(Paragraph("Equality data", S["h2"]))
    f.append(Paragraph("We accept that we have not made enough use of the data we hold. The first annual "
                       "analysis of outcomes by ethnicity, sex and place of qualification will be published in "
                       "our Fitness to Practise Report in July 2026.", S["body"]))
    f.append(Paragraph("Education", S["h2"]))
    f.append(Paragraph("We do not propose to return to routine in-person visits. Remote approval has allowed us to "
                       "review more programmes each year, and education providers value it. We will continue to "
                       "visit a programme in person where the papers raise a concern.", S["body"]))
    f.append(Paragraph("Support for people who raise concerns", S["h2"]))
    f.append(Paragraph("We note the Authority's view on independent support for members of the public at hearings. "
                       "Our hearings officers already offer practical help, and we will look at the options and "
                       "their costs as part of next year's budget round.", S["body"]))
    f.append(Paragraph("Recommendation to Council", S["h2"]))
    f.append(Paragraph("The Council is asked to note the Authority's performance review for 2024/25 and to approve "
                       "the response set out in this paper, which will be sent to the Authority and published on "
                       "our website.", S["body"]))
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, invariant=1,
                            title="Paper TCPC 25/88", author="Therapies and Care Professions Council")
    doc.build(f)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Authority for Oversight of Health Regulation - Performance Review "
            "2024/25 - TCPC", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Therapies and Care Professions Council - Paper TCPC 25/88",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Council should reduce the median time from receipt of a concern",
         "reply_contains": "our modelling shows a median of 78 weeks by March 2028",
         "verdict": "partly"},
        {"number": 2, "starts_with": "Interim order applications should be made within 28 days of the Council",
         "reply_contains": "We will meet the 28-day expectation for interim order applications",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "We recommend that the Council clear the backlog of international applications",
         "reply_contains": "we expect the backlog to be cleared by December 2026",
         "verdict": "partly"},
        {"number": 4, "starts_with": "The Council should publish an annual analysis of fitness to practise outcomes",
         "reply_contains": "We accept that we have not made enough use of the data",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Every approved programme should receive at least one in-person visit",
         "reply_contains": "We do not propose to return to routine in-person visits",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "An independent support service should be offered to every member",
         "reply_contains": "We note the Authority's view on independent support",
         "verdict": "noted"},
        {"number": 7, "starts_with": "The Council should commission an external review of the effectiveness",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["We are disappointed not to have met five Standards",
                 "The Council is asked to note the Authority's performance review"]
    notes = ("Advice: a health regulation oversight body's annual PERFORMANCE REVIEW of a professional regulator. "
             "A TABLE of the Standards of Good Regulation (numbered 1-18, grouped by area, outcome per area); "
             "'Areas for improvement' with seven UNNUMBERED paragraphs each opening with a BOLD LEAD-IN "
             "('Fitness to practise timeliness.', 'Interim orders.', ...) followed by evidence and then the "
             "recommendation ('The Council should ...', '... should be made ...', 'We recommend that ...'). Traps: "
             "the numbered standards and the list of standards not met; the 2023/24 review quoted ('the Council "
             "should review its guidance for people who raise concerns'), since done; the Act paraphrased ('must "
             "have regard to the protection of the public', 'must keep a register'); stakeholders' view that a "
             "register 'should be combined'; 'We do not recommend that the Council's two registers be merged'. "
             "Response: the Chief Executive's PAPER to the regulator's public Council meeting, PARAPHRASING BY "
             "THEME under headings, other order: executive summary (nothing); 'Fitness to practise' ONE paragraph: "
             "interim orders within 28 days with immediate effect (2 agrees) and the 78-week median only by March "
             "2028, a year later (1 partly); 'International applications' monthly waiting times but backlog "
             "cleared by December 2026 rather than June (3 partly); 'Equality data' first analysis July 2026 (4 "
             "agrees); 'Education' no return to routine in-person visits (5 disagrees); 'Support for people who "
             "raise concerns' 'We note the Authority's view', options to be looked at (6 noted); 'Recommendation "
             "to Council' (nothing); the external board effectiveness review never mentioned (7 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 128 (EN): an English local authority's EXTERNAL AUDITOR'S ANNUAL REPORT (value for money arrangements), with
one STATUTORY recommendation under Schedule 7 of the Local Audit and Accountability Act 2014, two KEY recommendations
and four IMPROVEMENT recommendations, answered by a REPORT TO FULL COUNCIL from the Director of Finance with its own
'Recommendations' (2.1-2.4) and an Appendix A table keyed by the auditor's codes.
The advice's seven recommendations are RULED BOXES headed by codes of three series ('Statutory recommendation',
'Key recommendation 1'-'2', 'Improvement recommendation 1'-'4'), each box with rows 'Recommendation' / 'Why' /
'Summary findings'. Traps: the 2014 Act paraphrased ('must consider ... within one month'), a criteria table with
judgements, a prior-year recommendations table quoted ('should approve', implemented), the opinion on the accounts, a
closing line naming 'KR1 and the statutory recommendation'. The response answers the statutory recommendation in
prose (section 4), then a table 'Ref. | Management response | Lead officer | Target date' in the order KR2, KR1, IR1,
'IR2 and IR3' (one row, a verdict each), plus a prior-year row; IR4 never answered; purpose, the report's own
recommendations to Council and the financial implications answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif (response), invariant=1; header and 'Page
N of M' stamped from page 2. All bodies, people, places, figures and references invented; the 2014 Act is named as
context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind128en/bin/python tests/docs/src/blind128/gen_en_vfm_auditor_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b128en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind128_en_vfm_auditor"
PLUM = colors.HexColor("#4b1d52")
PALE = colors.HexColor("#f1e9f3")
NAVY = colors.HexColor("#1d3557")
GRID = colors.HexColor("#9b8aa0")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size, colour):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.2 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=18, leading=22, textColor=colour,
                             spaceAfter=1.5 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12.5, leading=15.5, textColor=colour,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.8, leading=(size - 0.8) * 1.35, spaceAfter=0),
        "cellb": ParagraphStyle("cb", parent=body, fontName=fam + "-B", fontSize=size - 0.8,
                                leading=(size - 0.8) * 1.35, spaceAfter=0),
        "boxh": ParagraphStyle("bh", parent=body, fontName=fam + "-B", fontSize=size, textColor=colors.white,
                               spaceAfter=0),
    }


def grid(rows, widths, head=True, shade=None):
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), shade or PALE))
    t.setStyle(TableStyle(st))
    return t


def recbox(S, code, rec, why, found):
    rows = [[Paragraph(code, S["boxh"]), ""],
            [Paragraph("Recommendation", S["cellb"]), Paragraph(rec, S["cellb"])],
            [Paragraph("Why", S["cell"]), Paragraph(why, S["cell"])],
            [Paragraph("Summary findings", S["cell"]), Paragraph(found, S["cell"])]]
    t = Table(rows, colWidths=[32 * mm, 134 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), PLUM),
                           ("BACKGROUND", (0, 1), (1, 1), PALE), ("BOX", (0, 0), (-1, -1), 0.8, PLUM),
                           ("LINEBELOW", (0, 1), (-1, -2), 0.3, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return KeepTogether([t, Spacer(1, 3 * mm)])


def advice():
    fonts()
    S = styles("LS", 10, PLUM)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("ELLISON CRANE LLP &#183; EXTERNAL AUDITOR TO HARBRIDGE BOROUGH COUNCIL", "sub"),
          P("Harbridge Borough Council: Auditor's Annual Report 2024/25", "h1"),
          P("Issued 21 November 2025 &#183; Key Audit Partner: Miriam Oduya &#183; Ref. EC/HBC/AAR/2025", "sub"),
          P("1. Introduction", "h2"),
          P("This report brings together the results of our work at Harbridge Borough Council (the Council) for the "
            "year ended 31 March 2025. It covers our opinion on the financial statements and our commentary on the "
            "arrangements the Council has in place to secure economy, efficiency and effectiveness in its use of "
            "resources."),
          P("The Local Audit and Accountability Act 2014 allows the auditor to make written recommendations to the "
            "Council. Where we do so under Schedule 7 of the Act, the Council must consider the recommendation at a "
            "meeting held within one month and must decide whether to take any action in response. We have used that "
            "power this year for the first time at Harbridge."),
          P("We issued an unqualified opinion on the Council's financial statements on 14 November 2025."),
          P("2. Summary of our value for money work", "h2")]
    crit = [[P("Criterion", "cellb"), P("2023/24 judgement", "cellb"), P("2024/25 judgement", "cellb")],
            [P("Financial sustainability", "cell"), P("No significant weakness", "cell"),
             P("Significant weakness: statutory recommendation made", "cell")],
            [P("Governance", "cell"), P("No significant weakness", "cell"),
             P("Significant weaknesses: two key recommendations", "cell")],
            [P("Improving economy, efficiency and effectiveness", "cell"), P("No significant weakness", "cell"),
             P("No significant weakness; four improvement recommendations", "cell")]]
    st += [grid(crit, [56 * mm, 50 * mm, 60 * mm]), Spacer(1, 3 * mm),
           P("Progress on last year's recommendations", "h2"),
           P("Our 2023/24 report made two improvement recommendations. Both have been acted on:")]
    prior = [[P("2023/24 recommendation", "cellb"), P("Status", "cellb")],
             [P("\"The Council should approve a medium-term financial strategy covering at least three years.\"",
                "cell"), P("Implemented: strategy approved in February 2025.", "cell")],
             [P("\"The Council should report the results of its annual residents' survey to Cabinet.\"", "cell"),
              P("Implemented: reported to Cabinet in June 2025.", "cell")]]
    st += [grid(prior, [116 * mm, 50 * mm]), Spacer(1, 2 * mm),
           P("3. Financial sustainability", "h2"),
           P("The Council set a balanced budget for 2024/25 only by drawing £6.4 million from its general reserve, "
             "which now stands at £4.9 million, below the minimum of £6 million in its own reserves policy. The "
             "medium-term financial strategy forecasts a cumulative gap of £11.2 million by 2027/28, and savings plans "
             "have so far been identified for less than a third of it. We consider this a significant weakness."),
           recbox(S, "Statutory recommendation",
                  "The Council should agree, before the 2026/27 budget is set, a savings plan that closes the "
                  "forecast gap of £11.2 million over the medium term without further use of the general reserve.",
                  "Without such a plan the general reserve could be exhausted during 2026/27.",
                  "Reserves used: £6.4 million in 2024/25; savings identified: £3.5 million of £11.2 million."),
           P("4. Governance", "h2"),
           P("Harbridge Quays Ltd, the Council's wholly owned regeneration company, reported a loss of £2.1 million "
             "in 2024/25. Its board is made up of three Council officers, and Cabinet last received a report on the "
             "company in March 2024. Separately, the internal audit service completed 61 per cent of its planned "
             "work, and its last external quality assessment was in 2019."),
           recbox(S, "Key recommendation 1",
                  "The Council should put Harbridge Quays Ltd under a shareholder board with at least two "
                  "independent members, reporting to Cabinet every quarter.",
                  "The Council carries the company's losses and guarantees its loans.",
                  "No independent oversight; no Cabinet report since March 2024."),
           recbox(S, "Key recommendation 2",
                  "The Council should commission an independent external review of its internal audit service and "
                  "report the results to the Audit and Governance Committee by September 2026.",
                  "Members rely on internal audit for assurance on risk and control.",
                  "61 per cent of the plan completed; external assessment overdue since 2024."),
           P("5. Improving economy, efficiency and effectiveness", "h2"),
           P("We found no significant weakness in these arrangements, but we make four improvement recommendations "
             "that would strengthen them."),
           recbox(S, "Improvement recommendation 1",
                  "The Council should publish a single contract register on its website and update it at least once a "
                  "quarter.",
                  "Transparency about spending supports value for money and is expected of councils.",
                  "Three separate registers in use; the published one last updated in 2023."),
           recbox(S, "Improvement recommendation 2",
                  "The Council should add first-time fix rates and tenant satisfaction to the performance "
                  "indicators of its housing repairs contract.",
                  "Current indicators measure only the time taken to attend.",
                  "Complaints about repairs rose from 212 to 340."),
           recbox(S, "Improvement recommendation 3",
                  "The Council should agree a data-sharing protocol with the Harbridge Community Safety "
                  "Partnership.",
                  "Partners cannot target joint work on antisocial behaviour without shared data.",
                  "No protocol in place; data requests handled case by case."),
           recbox(S, "Improvement recommendation 4",
                  "The Council should benchmark the cost of its leisure services against similar councils before "
                  "it renews the leisure management contract in 2027.",
                  "The contract is the Council's third largest at £3.8 million a year.",
                  "No benchmarking since the contract was let in 2017."),
           P("6. Closing remarks", "h2"),
           P("We ask members to give particular attention to KR1 and the statutory recommendation. We would like to "
             "thank the Director of Finance and her team for their help during the audit."),
           P("<i>Miriam Oduya, Key Audit Partner, for and on behalf of Ellison Crane LLP</i>")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="Auditor's Annual Report 2024/25",
                            author="Ellison Crane LLP", invariant=1)
    doc.build(st)


def response():
    fonts()
    S = styles("LF", 10.8, NAVY)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("<b>HARBRIDGE BOROUGH COUNCIL</b>", "sub"),
          P("External Auditor's Annual Report 2024/25 and Statutory Recommendation", "h1")]
    meta = [[P("Report to:", "cellb"), P("Council, 10 December 2025", "cell")],
            [P("Report of:", "cellb"), P("Director of Finance (Section 151 Officer), Helen Marchbank", "cell")],
            [P("Wards affected:", "cellb"), P("All", "cell")],
            [P("Key decision:", "cellb"), P("No", "cell")]]
    mt = Table(meta, colWidths=[34 * mm, 126 * mm])
    mt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    st += [mt, Spacer(1, 2 * mm),
           P("1. Purpose of the report", "h2"),
           P("This report presents the external auditor's annual report for 2024/25 and sets out how the Council "
             "proposes to respond to it. Because the auditor has made a recommendation under Schedule 7, Council is "
             "required to consider it at this meeting."),
           P("2. Recommendations", "h2"),
           P("That Council:"),
           P("2.1 notes the Auditor's Annual Report 2024/25 at Appendix B;"),
           P("2.2 agrees the response to the statutory recommendation in section 4;"),
           P("2.3 agrees the management responses set out in Appendix A;"),
           P("2.4 asks the Audit and Governance Committee to monitor progress at each of its meetings."),
           P("3. Background", "h2"),
           P("Ellison Crane LLP issued the annual report on 21 November 2025. It was presented in draft to the Audit "
             "and Governance Committee on 27 November, where members asked for the response to be brought to full "
             "Council without waiting for the committee's next cycle."),
           P("4. Response to the statutory recommendation", "h2"),
           P("The Council accepts the statutory recommendation in full. A three-year savings plan covering the whole "
             "forecast gap will be presented with the 2026/27 budget on 24 February 2026, and the budget will be "
             "set without drawing on the general reserve. Cabinet will receive a savings tracker every month from "
             "January 2026."),
           P("5. Financial implications", "h2"),
           P("There are no direct financial implications arising from the recommendations of this report. The cost "
             "of any actions will be met from existing budgets unless stated otherwise in Appendix A."),
           P("Appendix A: Management responses to the auditor's recommendations", "h2")]
    rows = [[P("Ref.", "cellb"), P("Management response", "cellb"), P("Lead officer", "cellb"),
             P("Target date", "cellb")],
            [P("KR2", "cellb"),
             P("Partly agreed. Rather than commissioning an external firm, we have arranged a peer review of the "
               "service by the head of internal audit of a neighbouring council, and its findings will go to the "
               "committee in July 2026.", "cell"), P("Director of Finance", "cell"), P("July 2026", "cell")],
            [P("KR1", "cellb"),
             P("Not agreed. The company's board will remain as it is, made up of senior officers with the relevant "
               "expertise. Cabinet will continue to receive an annual report on the company, which we consider "
               "proportionate to its size.", "cell"), P("Chief Executive", "cell"), P("-", "cell")],
            [P("IR1", "cellb"),
             P("Agreed. One contract register will replace the three now in use and will be published on the "
               "Council's website from 1 April 2026, with quarterly updates.", "cell"),
             P("Head of Procurement", "cell"), P("April 2026", "cell")],
            [P("IR2 and IR3", "cellb"),
             P("IR2: Agreed. Both measures will be written into the repairs contract at its annual review in "
               "March 2026 and reported to the Housing Board. IR3: Noted. A protocol would need the agreement of "
               "all the partners, so we will raise it with the Partnership at its next meeting and report back in "
               "due course.", "cell"),
             P("Director of Housing; Head of Community Safety", "cell"), P("March 2026; -", "cell")],
            [P("2023/24", "cellb"),
             P("Both of last year's recommendations are complete; the auditor has confirmed they can be closed.",
               "cell"), P("Director of Finance", "cell"), P("Closed", "cell")]]
    st += [grid(rows, [20 * mm, 96 * mm, 26 * mm, 20 * mm], shade=colors.HexColor("#e3e9f2")), Spacer(1, 3 * mm),
           P("Contact officer: Helen Marchbank, Director of Finance, 01632 960 418", "sub")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title="Council report: Auditor's Annual Report",
                            author="Harbridge Borough Council", invariant=1)
    doc.build(st)


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ellison Crane LLP - Harbridge Borough Council Auditor's Annual Report "
            "2024/25", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Harbridge Borough Council - Council, 10 December 2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Council should agree, before the 2026/27 budget is set,",
         "reply_contains": "A three-year savings plan covering the whole forecast gap", "verdict": "agrees"},
        {"number": 2, "starts_with": "The Council should put Harbridge Quays Ltd under a shareholder board",
         "reply_contains": "The company's board will remain as it is", "verdict": "disagrees"},
        {"number": 3, "starts_with": "The Council should commission an independent external review of its internal",
         "reply_contains": "we have arranged a peer review of the service", "verdict": "partly"},
        {"number": 4, "starts_with": "The Council should publish a single contract register on its website",
         "reply_contains": "One contract register will replace the three now in use", "verdict": "agrees"},
        {"number": 5, "starts_with": "The Council should add first-time fix rates and tenant satisfaction",
         "reply_contains": "Both measures will be written into the repairs contract", "verdict": "agrees"},
        {"number": 6, "starts_with": "The Council should agree a data-sharing protocol with the Harbridge",
         "reply_contains": "we will raise it with the Partnership at its next meeting", "verdict": "noted"},
        {"number": 7, "starts_with": "The Council should benchmark the cost of its leisure services",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["This report presents the external auditor's annual report for 2024/25",
                 "asks the Audit and Governance Committee to monitor progress",
                 "members asked for the response to be brought to full Council",
                 "There are no direct financial implications arising from the recommendations",
                 "the auditor has confirmed they can be closed"]
    notes = ("Advice: an English borough council's EXTERNAL AUDITOR'S ANNUAL REPORT 2024/25 (value for money); the "
             "Local Audit and Accountability Act 2014 paraphrased ('must consider ... within one month'); a criteria "
             "table with judgements; a prior-year table quoting two 2023/24 recommendations ('should approve', "
             "'should report', both implemented); the opinion on the accounts. The seven recommendations are RULED "
             "BOXES headed by codes of three series, each with rows 'Recommendation' / 'Why' / 'Summary findings': "
             "'Statutory recommendation' (1 savings plan closing the £11.2 million gap without the reserve), 'Key "
             "recommendation 1' (2 shareholder board with independent members), 'Key recommendation 2' (3 "
             "independent external review of internal audit), 'Improvement recommendation 1'-'4' (4 single contract "
             "register, 5 first-time fix and tenant satisfaction indicators, 6 data-sharing protocol with the "
             "Community Safety Partnership, 7 benchmark leisure costs before 2027); closing 'KR1 and the statutory "
             "recommendation'. Response: a REPORT TO FULL COUNCIL by the Director of Finance with its own "
             "'Recommendations' 2.1-2.4 (nothing), background (nothing), section 4 answering the statutory "
             "recommendation in prose ('accepts ... in full', agrees), financial implications (nothing), and Appendix A "
             "keyed by the auditor's SHORT codes in the order KR2 (peer review by a neighbouring council instead of "
             "an external firm: partly), KR1 ('Not agreed', board stays: disagrees), IR1 ('Agreed', April 2026: "
             "agrees), one row 'IR2 and IR3' (IR2 'Agreed', March 2026: agrees; IR3 'Noted', raised with the "
             "Partnership: noted), a prior-year row '2023/24' (nothing); IR4 never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

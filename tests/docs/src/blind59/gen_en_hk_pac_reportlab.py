"""Round 59 (EN): a Hong Kong-style Legislative Council PUBLIC ACCOUNTS COMMITTEE REPORT chapter and the
Administration's GOVERNMENT MINUTE in response.
Advice: 'Report No. 84 of the Public Accounts Committee', Part 4, Chapter 2 'Management of public markets' (genre
of the reports of the Public Accounts Committee of the Legislative Council of Hong Kong on the Director of Audit's
value for money reports: paragraphs 1.-21. numbered in the margin, sections A.-F. on the evidence taken at public
hearings, and a closing paragraph 'The Committee:' followed by UNNUMBERED dash items grouped under italic topic
sub-headings, where 'expresses serious concern', 'expresses grave dismay', 'notes that' and 'wishes to be kept
informed' items stand among the 'urges' / 'recommends that' / 'requests' items that are the recommendations).
Response: 'Government Minute in response to the Report No. 84 of the Public Accounts Committee' (genre of the Hong
Kong Government Minute: continuously numbered paragraphs under the PAC report's chapter titles and the
Administration's own topic headings, prose without recommendation numbers; 'The Administration agrees', 'has no
plan to', 'notes'). Recommendations: seven unnumbered dash items, numbered 1-7 by position. Traps: the dash items
that are findings, the Audit recommendation quoted in paragraph 6 ('should'), 'The Director agreed with the audit
recommendations', the witnesses' undertakings, a table, 'wishes to be kept informed'. reportlab platypus, A4,
cleaned Liberation Serif/Sans, '- N -' page numbers and a running header on the canvas; invariant=1. All content is
invented (the Legislative Council, the Director of Audit and the Public Accounts Committee are real institutions;
the department, people and figures are not).

Run:  /tmp/blind59en/bin/python tests/docs/src/blind59/gen_en_hk_pac_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b59en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, PageBreak

NAME = "blind59_en_hk_pac"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
              ("SR", "LiberationSerif-Regular.ttf"), ("SRB", "LiberationSerif-Bold.ttf"),
              ("SRI", "LiberationSerif-Italic.ttf"), ("SRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("SR", normal="SR", bold="SRB", italic="SRI", boldItalic="SRBI")

BODY = ParagraphStyle("b", fontName="SR", fontSize=11.5, leading=16, spaceAfter=8, alignment=4)
NUMP = ParagraphStyle("np", parent=BODY, leftIndent=14 * mm, firstLineIndent=-14 * mm)
DASH = ParagraphStyle("dash", parent=BODY, leftIndent=20 * mm, firstLineIndent=-6 * mm, spaceAfter=6)
TOPIC = ParagraphStyle("topic", parent=BODY, leftIndent=14 * mm, fontName="SRI", spaceBefore=2, spaceAfter=4)
QUOTE = ParagraphStyle("q", parent=BODY, leftIndent=24 * mm, rightIndent=10 * mm, fontSize=11, leading=14.5)
SEC = ParagraphStyle("sec", fontName="SRB", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=6)
TITLE = ParagraphStyle("t", fontName="SRB", fontSize=13, leading=17, alignment=1, spaceAfter=4)
CEN = ParagraphStyle("c", fontName="SR", fontSize=11.5, leading=15, alignment=1, spaceAfter=3)
CELL = ParagraphStyle("cell", fontName="SR", fontSize=10, leading=12.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="SRB")

RECS = [
    "urges the Director of Markets and Hawker Services to draw up, for each market with an occupancy rate below "
    "70%, an action plan with a timetable for letting the vacant stalls;",
    "recommends that the Administration consider closing, or converting to other community uses, those markets "
    "whose occupancy rate has remained below 50% for three consecutive years;",
    "urges the Director to take recovery action promptly on all arrears outstanding for more than three months, "
    "including the termination of tenancies where appropriate;",
    "urges the Director to increase the frequency of surprise inspections of cleansing contractors and to issue "
    "default notices consistently whenever a contractor's performance falls short of the contract "
    "requirements;",
    "requests the Director to set up a central electronic record of all market inspections, so that the results "
    "can be analysed across districts;",
    "urges the Administration to set out, in the annual Estimates of Expenditure, the updated cost estimate and "
    "timetable for each market under the Market Modernisation Programme;",
    "urges the Director to complete the installation of air-conditioning in the remaining 14 markets by the end "
    "of 2028;",
]


WIDTH = [A4[0] - 44 * mm]


def P(t, st=BODY):
    return Paragraph(t, st)


def num(n, t):
    return Table([[P("%d." % n, BODY), P(t, BODY)]], colWidths=[14 * mm, WIDTH[0] - 14 * mm],
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def dash(t):
    return Table([[P("-", BODY), P(t, BODY)]], colWidths=[6 * mm, WIDTH[0] - 20 * mm], hAlign="RIGHT",
                 style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])


def deco_factory(left, right):
    def deco(c, doc):
        c.saveState()
        c.setFont("SRI", 9.5)
        c.drawString(22 * mm, A4[1] - 14 * mm, left)
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 14 * mm, right)
        c.setLineWidth(0.5)
        c.line(22 * mm, A4[1] - 15.5 * mm, A4[0] - 22 * mm, A4[1] - 15.5 * mm)
        c.setFont("SR", 10)
        c.drawCentredString(A4[0] / 2, 12 * mm, "- %d -" % (44 + doc.page))
        c.restoreState()
    return deco


def advice(path):
    WIDTH[0] = A4[0] - 44 * mm
    s = [P("Chapter 2", TITLE),
         P("Management of public markets", TITLE),
         Spacer(1, 4),
         P("Audit Report: Chapter 3 of the Director of Audit's Report No. 83", CEN),
         Spacer(1, 10),
         P("A. Introduction", SEC),
         num(1, "The Audit Commission (\"Audit\") conducted a review of the management of public markets by the "
                "Markets and Hawker Services Department (\"MHSD\"). As at 31 March 2025, MHSD managed 96 public "
                "markets with 11,640 stalls."),
         num(2, "The Committee held two public hearings on 12 and 19 December 2025 to receive evidence on the "
                "findings and observations of the Audit Report. Mr KWOK Chi-man, Director of Markets and Hawker "
                "Services, and Ms Winnie LEUNG Pui-yee, Deputy Secretary for Food and Municipal Services, attended "
                "the hearings."),
         num(3, "In his opening statement, the Director said that MHSD accepted the audit findings and had already "
                "taken steps to improve the letting of stalls and the recovery of arrears."),
         P("B. Occupancy of market stalls", SEC),
         num(4, "According to paragraphs 2.3 to 2.9 of the Audit Report, 1,876 stalls (16%) were vacant as at 31 "
                "March 2025. The occupancy rate of 23 markets was below 70%, and that of eight markets had remained "
                "below 50% for three consecutive years. The table below summarises the position."),
         Table([[P("Occupancy rate", CELLB), P("Number of markets", CELLB), P("Vacant stalls", CELLB)],
                [P("90% or above", CELL), P("41", CELL), P("212", CELL)],
                [P("70% to below 90%", CELL), P("32", CELL), P("598", CELL)],
                [P("50% to below 70%", CELL), P("15", CELL), P("571", CELL)],
                [P("Below 50%", CELL), P("8", CELL), P("495", CELL)],
                [P("Total", CELLB), P("96", CELLB), P("1,876", CELLB)]],
               colWidths=[45 * mm, 40 * mm, 35 * mm], hAlign="CENTER",
               style=[("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         Spacer(1, 8),
         num(5, "Members asked why some stalls had been vacant for more than five years. The Director explained "
                "that many of the markets concerned were built in the 1970s, lacked air-conditioning and faced "
                "competition from nearby supermarkets."),
         num(6, "In paragraph 2.18 of the Audit Report, Audit recommended that the Director should:"),
         P("\"review the reasons for the long vacancy of stalls and, where necessary, adjust the letting "
           "arrangements, such as the upset auction prices and the permitted trades.\"", QUOTE),
         num(7, "The Director agreed with the audit recommendations. In his letter of 30 December 2025 "
                "(<i>Appendix 12</i>), the Director informed the Committee that the upset auction prices of 410 "
                "stalls had been reduced by 20%."),
         P("C. Rental arrears", SEC),
         num(8, "Audit found that rental arrears of $21.6 million were outstanding as at 31 March 2025, of which "
                "$9.8 million had been outstanding for more than 12 months. In some cases, tenants had been "
                "allowed to continue trading after more than two years of arrears."),
         num(9, "The Director said that MHSD should have issued warning letters earlier in these cases, and that "
                "staff shortages in the district offices had delayed recovery action."),
         P("D. Monitoring of cleansing contractors", SEC),
         num(10, "Audit's surprise inspections of 20 markets found that the cleansing contractors had failed to "
                 "meet contract requirements on 31% of the occasions inspected, but default notices had been "
                 "issued in only four cases. Inspection results were kept in paper files in each district office."),
         P("E. Market Modernisation Programme", SEC),
         num(11, "The Market Modernisation Programme was launched in 2018 to improve the facilities of the older "
                 "markets. Its estimated cost has increased from $2.1 billion to $3.4 billion, and only nine of the "
                 "25 markets covered have been completed. Air-conditioning has yet to be installed in 14 markets."),
         num(12, "The Deputy Secretary undertook to provide the Committee with an updated timetable for the "
                 "Programme by the end of March 2026."),
         P("F. Conclusions and recommendations", SEC),
         num(13, "The Committee:"),
         P("<i>Overall comments</i>", TOPIC),
         dash("expresses serious concern and finds it unacceptable that, as at 31 March 2025, 1,876 stalls in the "
              "96 public markets were vacant, and that some had been vacant for more than five years;"),
         dash(RECS[0]),
         dash(RECS[1]),
         P("<i>Rental arrears</i>", TOPIC),
         dash("expresses grave dismay that rental arrears of $21.6 million were outstanding, of which $9.8 million "
              "had been outstanding for more than 12 months;"),
         dash("notes that the Director has agreed to implement the audit recommendations in paragraph 3.15 of the "
              "Audit Report;"),
         dash(RECS[2]),
         P("<i>Monitoring of cleansing contractors</i>", TOPIC),
         dash("expresses concern that default notices were issued in only four of the many cases in which "
              "contractors failed to meet the contract requirements;"),
         dash(RECS[3]),
         dash(RECS[4]),
         P("<i>Market Modernisation Programme</i>", TOPIC),
         dash("expresses serious concern that the estimated cost of the Programme has increased by 62% and that "
              "only nine of the 25 markets have been completed;"),
         dash(RECS[5]),
         dash(RECS[6]),
         P("<i>Follow-up action</i>", TOPIC),
         dash("wishes to be kept informed of the progress made in implementing the various recommendations made "
              "by the Committee and Audit."),
         ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, invariant=1, title="PAC Report No. 84 - Chapter 2 of Part 4",
                            author="Legislative Council Public Accounts Committee")
    d = deco_factory("Chapter 2 of Part 4", "Management of public markets")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response(path):
    WIDTH[0] = A4[0] - 48 * mm
    s = [P("GOVERNMENT MINUTE", ParagraphStyle("gm", parent=TITLE, fontSize=15, leading=19)),
         P("in response to the", CEN),
         P("<b>REPORT No. 84 OF THE PUBLIC ACCOUNTS COMMITTEE</b>", CEN),
         P("dated 11 February 2026", CEN),
         Spacer(1, 12),
         P("<b>Introduction</b>", SEC),
         num(1, "This Government Minute sets out the Administration's response to the conclusions and "
                "recommendations in the Report No. 84 of the Public Accounts Committee. The Administration will "
                "keep the Committee informed of the progress of the measures described below."),
         P("<b><u>Management of public markets</u></b><br/><b>(Chapter 2 of Part 4 of the Report)</b>", SEC),
         num(2, "The Administration thanks the Committee for its views. The Markets and Hawker Services Department "
                "(MHSD) has taken, or is taking, the following actions."),
         P("<i>Recovery of rental arrears</i>", SEC),
         num(3, "MHSD has tightened its recovery procedures. Since July 2025, warning letters have been issued "
                "once a tenant falls one month into arrears, and a tenancy is terminated if the arrears remain "
                "unpaid after three months. Arrears outstanding for more than 12 months had fallen to $4.1 million "
                "by 31 January 2026."),
         P("<i>Vacant stalls</i>", SEC),
         num(4, "The Administration agrees that vacant stalls should be let out as quickly as possible. MHSD "
                "completed action plans for all 23 markets with an occupancy rate below 70% in March 2026, each "
                "with a target date for letting the vacant stalls. As regards closing or converting markets, "
                "public markets continue to meet the daily needs of many elderly residents, and the Administration "
                "has no plan to close markets with low occupancy at this stage."),
         P("<i>Cleansing contractors</i>", SEC),
         num(5, "Since September 2025, MHSD has doubled the number of surprise inspections of cleansing "
                "contractors and now issues a default notice for every confirmed failure. 57 default notices were "
                "issued between September 2025 and January 2026."),
         P("<i>Market Modernisation Programme</i>", SEC),
         num(6, "Starting from the 2026-27 Estimates, the overall cost estimate and progress of the Programme "
                "will be reported in the Controlling Officer's Report of MHSD. As several tender exercises are "
                "under way, the Administration considers that it would not be prudent to publish the cost "
                "estimate for each individual market, since this could prejudice the tender prices."),
         num(7, "The Administration notes the Committee's request on air-conditioning. The timetable for the "
                "remaining markets depends on the results of structural surveys by the Architectural Services "
                "Department, and will be considered when those results are available in late 2026."),
         P("<b><u>Administration of the Sports Subvention Scheme</u></b><br/><b>(Chapter 3 of Part 4 of the "
           "Report)</b>", SEC),
         num(8, "The Culture and Sports Bureau has revised the guidelines of the Sports Subvention Scheme so that "
                "all subvented national sports associations must submit audited accounts within six months of "
                "the end of their financial year."),
         num(9, "A dedicated team has been set up to review the 28 associations with overdue accounts. The review "
                "will be completed by September 2026."),
         Spacer(1, 10),
         P("Financial Services and the Treasury Bureau<br/>May 2026", ParagraphStyle("sig", parent=BODY,
                                                                                     alignment=0)),
         ]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=24 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, invariant=1, title="Government Minute - PAC Report No. 84",
                            author="Financial Services and the Treasury Bureau")

    def d2(c, doc):
        c.saveState()
        c.setFont("SR", 10)
        c.drawCentredString(A4[0] / 2, 12 * mm, "- %d -" % doc.page)
        c.restoreState()
    doc.build(s, onFirstPage=d2, onLaterPages=d2)


NOTES = ("Hong Kong-style Public Accounts Committee pair: a chapter of the Legislative Council PAC's Report No. 84 "
         "on the Director of Audit's chapter on public markets (invented department MHSD), answered by the "
         "Administration's Government Minute. Recommendations: seven UNNUMBERED dash items after 'The Committee:' "
         "(paragraph 13), grouped under italic topic sub-headings and interleaved with dash items that are not "
         "recommendations ('expresses serious concern', 'expresses grave dismay', 'notes that', 'expresses "
         "concern', 'wishes to be kept informed'); numbered 1-7 by position; starts_with = the item's opening "
         "verb clause. Other traps: the Audit recommendation quoted in paragraph 6 ('should'), 'The Director "
         "agreed with the audit recommendations', the Director's 'should have issued' (paragraph 9), the Deputy "
         "Secretary's undertaking (paragraph 12), the occupancy table, paragraph numbers 1.-13. The Government "
         "Minute answers by topic in the order 3, 1+2, 4, 6, 7, without numbers: 3 tenancies terminated after "
         "three months (agrees); one paragraph: 1 action plans completed for all 23 markets (agrees) + 2 'has no "
         "plan to close markets with low occupancy' (disagrees); 4 inspections doubled, default notice for every "
         "failure (agrees); 6 overall cost in the Controlling Officer's Report but 'would not be prudent to publish "
         "the cost estimate for each individual market' (partly); 7 'notes the Committee's request on "
         "air-conditioning', to be considered after surveys (noted); 5 (central electronic record) unanswered. "
         "Unmatched: the introduction, the thanks paragraph, the two paragraphs on another chapter (Sports "
         "Subvention Scheme).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "completed action plans for all 23 markets", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "has no plan to close markets with low occupancy", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "a tenancy is terminated if the arrears remain unpaid", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "now issues a default notice for every confirmed failure", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "would not be prudent to publish the cost estimate", "verdict": "partly"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "The Administration notes the Committee's request on air-conditioning",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, ["sets out the Administration's response to the conclusions",
                                  "The Administration thanks the Committee for its views",
                                  "revised the guidelines of the Sports Subvention Scheme",
                                  "review the 28 associations with overdue accounts"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b59en.py"), NAME)) and 1)

"""Round 42 (EN): a UK value-for-money audit report by the (invented) Public Spending Audit Office, 'Report by the
Comptroller and Auditor General' on the (invented) Department for Skills and Apprenticeships' levy transfer scheme,
with numbered summary paragraphs 1-9, key findings with 'should', a figure table, Part One paragraphs 1.1-1.5 and
lettered recommendations a-g under summary paragraph 9, answered by the Permanent Secretary's letter to the
Comptroller and Auditor General. reportlab platypus, A4, cleaned Liberation fonts, running header and folio drawn on
the canvas. All content (office, department, people, HC number, figures) is invented.

Run:  /tmp/blind42en/bin/python tests/docs/src/blind42/gen_en_vfm_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b42en as H
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

NAME = "blind42_en_vfm"
for nm, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
              ("LSI", "LiberationSans-Italic.ttf"), ("LR", "LiberationSerif-Regular.ttf"),
              ("LRB", "LiberationSerif-Bold.ttf"), ("LRI", "LiberationSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, H.clean_font(f)))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSB")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRB")

TEAL = colors.HexColor("#00545f")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.8, leading=13.2, spaceAfter=5)
SER = ParagraphStyle("s", fontName="LR", fontSize=11, leading=14.5, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=20, leading=24, spaceAfter=10, textColor=TEAL)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6, textColor=TEAL)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=5, spaceAfter=4)
SMALL = ParagraphStyle("sm", fontName="LS", fontSize=8.5, leading=11)


def np(num, t, indent=0):
    t_ = Table([[Paragraph(num, BODY), Paragraph(t, BODY)]], colWidths=(11 * mm + indent * mm, None))
    t_.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return t_


def deco(head, foot):
    def draw(c, doc):
        c.saveState()
        c.setFont("LS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1 and head:
            c.drawString(20 * mm, A4[1] - 12 * mm, head)
        c.drawCentredString(A4[0] / 2, 10 * mm, foot.replace("{n}", str(doc.page)))
        c.restoreState()
    return draw


RECS = {
    "a": "The Department should set out, by the end of 2026, what it expects the levy transfer scheme to achieve, "
         "with measurable targets for the number and type of apprenticeships funded by transfers.",
    "b": "The Department should publish quarterly data on pledges, transfers and unspent funds by sector and "
         "region, so that employers and training providers can see where funds are available.",
    "c": "The Department and the Apprenticeship Funding Agency should introduce automated checks on the matching "
         "service to identify transfers between connected employers before funds are released.",
    "d": "The Agency should review whether the 25% cap on transfers remains appropriate, and model the effect of "
         "raising it to 50% on the number of starts at small employers.",
    "e": "The Agency should stop expiring unspent transferred funds after 12 months and instead return them to "
         "the sending employer's account for a further 12 months.",
    "f": "The Department should evaluate the outcomes of apprentices funded by transfers, including completion "
         "rates and earnings, and report the results to Parliament.",
    "g": "HM Treasury and the Department should agree how unspent levy funds that expire are accounted for and "
         "reported, so that Parliament can see how they are used.",
}


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Apprenticeship levy transfers")
    s = []
    band = Table([[Paragraph("<font color='white'><b>Public Spending Audit Office</b></font>",
                             ParagraphStyle("x", fontName="LSB", fontSize=12, leading=15))]],
                 colWidths=(170 * mm,), rowHeights=(16 * mm,))
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [band, Spacer(1, 8 * mm),
          Paragraph("Report by the Comptroller and Auditor General", H3),
          Paragraph("Department for Skills and Apprenticeships", BODY),
          Paragraph("Managing the apprenticeship levy transfer scheme", H1),
          Paragraph("HC 812  SESSION 2025-26  4 MARCH 2026", SMALL), Spacer(1, 3 * mm),
          Paragraph("Ordered by the House of Commons to be printed on 2 March 2026. This report has been prepared "
                    "under Section 6 of the National Audit Act 1983 for presentation to the House of Commons in "
                    "accordance with Section 9 of the Act.", SMALL), Spacer(1, 2 * mm),
          Paragraph("Rowena Tallis, Comptroller and Auditor General, 26 February 2026", SMALL),
          Spacer(1, 5 * mm), Paragraph("Summary", H2), Paragraph("Introduction", H3)]
    s.append(np("1", "Since April 2017, employers with an annual pay bill of more than 3 million pounds have paid the "
                "apprenticeship levy at 0.5% of their pay bill. Levy-paying employers may transfer up to 25% of "
                "their annual funds to other employers, including small businesses, through the levy transfer "
                "scheme. In 2024-25, employers pledged 412 million pounds for transfer but only 161 million pounds "
                "was spent."))
    s.append(np("2", "The Department for Skills and Apprenticeships (the Department) is responsible for "
                "apprenticeship policy. The Apprenticeship Funding Agency (the Agency) runs the digital service "
                "through which employers pledge and receive transferred funds."))
    s.append(Paragraph("Scope of this report", H3))
    s.append(np("3", "This report examines whether the Department and the Agency are managing the scheme in a way "
                "that achieves value for money. We did not assess the quality of apprenticeship training, which is "
                "a matter for the inspectorate. Our methods are set out in Appendix One."))
    s.append(Paragraph("Key findings", H3))
    s.append(np("4", "<b>The Department has not set out what the scheme should achieve.</b> Its 2019 policy "
                "statement said transfers should 'support growth in small and medium-sized employers', but no "
                "targets were set and the Department does not monitor the scheme against this aim (paragraphs "
                "1.3 and 1.4)."))
    s.append(np("5", "<b>Most pledged funds are not used.</b> Of the 412 million pounds pledged in 2024-25, 61% was "
                "not transferred. Funds that are transferred but not used within 12 months expire and return to "
                "the Exchequer; 38 million pounds expired in this way in 2024-25 (Figure 1)."))
    s.append(np("6", "<b>Controls over connected transfers are manual.</b> We found 23 transfers, worth 2.9 million "
                "pounds, between employers that shared directors. The Agency should have identified these before "
                "payment; it relied on employers' own declarations."))
    s.append(np("7", "<b>Small employers find it hard to use the service.</b> In our survey of 640 small employers, "
                "44% did not know the scheme existed and 29% of those who tried to use it gave up."))
    s.append(Paragraph("Conclusion on value for money", H3))
    s.append(np("8", "The levy transfer scheme was intended to make better use of unspent levy funds. Six years "
                "on, the Department cannot show that it does so: most pledged funds go unused and the Department "
                "does not know which apprenticeships the transferred funds have paid for. Until the Department is "
                "clear about what the scheme is for, it cannot demonstrate that it is achieving value for money."))
    s.append(Paragraph("Recommendations", H3))
    s.append(np("9", "Our recommendations are intended to help the Department and the Agency to show what the "
                "scheme achieves and to make more of the pledged funds:"))
    for k in "abcdefg":
        s.append(np("", "<b>%s</b>&nbsp;&nbsp;%s" % (k, RECS[k]), 0))
    s.append(PageBreak())
    s.append(Paragraph("Part One: The scheme and its objectives", H2))
    s.append(np("1.1", "The levy transfer scheme was introduced in April 2018 at 10% of levy funds and raised to 25% "
                "in April 2019. In 2020, the Committee of Public Accounts recommended that 'the Department should "
                "write to us setting out how it will measure the impact of levy transfers'. The Department "
                "accepted this recommendation but has not yet done so."))
    s.append(np("1.2", "Figure 1 sets out the flows of funds through the scheme over the last three years."))
    fig = Table([["Year", "Pledged (m)", "Transferred (m)", "Spent (m)", "Expired (m)", "Starts funded"],
                 ["2022-23", "288", "121", "102", "19", "9,840"],
                 ["2023-24", "356", "143", "118", "25", "11,210"],
                 ["2024-25", "412", "161", "123", "38", "11,930"]], colWidths=(25 * mm,) + (29 * mm,) * 5)
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 8.5), ("FONT", (0, 0), (-1, 0), "LSB", 8.5),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 0.5, TEAL)]))
    s += [Paragraph("<b>Figure 1</b> Levy transfer flows, 2022-23 to 2024-25", SMALL), Spacer(1, 2 * mm), fig,
          Paragraph("Source: Public Spending Audit Office analysis of Apprenticeship Funding Agency data", SMALL),
          Spacer(1, 4 * mm)]
    s.append(np("1.3", "The Department's 2019 policy statement set three aims for the scheme but gave no measures. "
                "Officials told us that the aim should be 'flexible', to allow employers to choose how to use "
                "their funds. We consider that a scheme spending more than 160 million pounds a year should have "
                "measurable objectives."))
    s.append(np("1.4", "The Agency publishes an annual total of funds transferred. It does not publish data by "
                "sector or region, and it does not report how much of the transferred funds expire."))
    s.append(np("1.5", "Under the Apprenticeship Funding Rules 2025-26, rule 47, transferred funds that are not "
                "used within 12 months expire. Employers told us that this rule discourages them from pledging, "
                "because the funds are lost to both the sender and the receiver."))
    s.append(Paragraph("Appendix One: Our audit approach", H2))
    s.append(np("1", "We reviewed Department and Agency documents, analysed transfer data for 2022-23 to 2024-25, "
                "surveyed 640 small employers and interviewed 18 levy-paying employers between June and October "
                "2025."))
    doc.build(s, onFirstPage=deco(None, "{n}"),
              onLaterPages=deco("Managing the apprenticeship levy transfer scheme  Summary and Part One", "{n}"))


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Letter from the Permanent Secretary")
    R = ParagraphStyle("r", parent=SER, alignment=2, fontSize=9.5, leading=12)
    s = [Paragraph("<b>Department for Skills and Apprenticeships</b>", ParagraphStyle(
        "lh", fontName="LRB", fontSize=15, leading=19, textColor=TEAL)),
        Paragraph("Permanent Secretary<br/>Sanctuary Buildings, 20 Great Smith Street, London SW1P 3BT", R),
        Spacer(1, 6 * mm),
        Paragraph("Rowena Tallis<br/>Comptroller and Auditor General<br/>Public Spending Audit Office<br/>"
                  "157-197 Buckingham Palace Road<br/>London SW1W 9SP", SER),
        Paragraph("Our ref: PS/2026/0142<br/>Your ref: HC 812 2025-26", SER),
        Paragraph("11 March 2026", SER),
        Paragraph("Dear Rowena,", SER),
        Paragraph("<b>Managing the apprenticeship levy transfer scheme</b>", SER),
        Paragraph("Thank you for your report, which was published on 4 March. I am grateful to your team for the "
                  "constructive way in which the study was conducted. I set out below the Department's position "
                  "on each recommendation, and I will write to the Committee of Public Accounts in the same terms "
                  "ahead of its evidence session.", SER),
        Paragraph("<b>Connected transfers</b>", SER),
        Paragraph("On your recommendation (c), work is already under way. Since January the Agency has checked "
                  "every new pledge against Companies House records of shared directors, and payments are held "
                  "until a match has been cleared. The 23 transfers you identified are being reviewed and "
                  "recovery will be sought where the rules were broken.", SER),
        Paragraph("<b>Objectives for the scheme</b>", SER),
        Paragraph("We accept recommendation (a). A statement of the scheme's purpose, with targets for starts at "
                  "small and medium-sized employers and in priority sectors, will be published alongside the "
                  "apprenticeship funding plan this autumn.", SER),
        Paragraph("<b>Data and the treatment of expiring funds</b>", SER),
        Paragraph("Recommendations (b) and (e) both concern the information available to employers. We will "
                  "publish data on pledges and transfers by sector and region, but annually rather than each "
                  "quarter, because quarterly figures by region would be too small to be reliable. We do not "
                  "agree with returning unspent transferred funds to the sending employer: this would hold funds "
                  "back from apprenticeships for up to two years, and the 12 month limit will therefore remain "
                  "in the funding rules.", SER),
        Paragraph("<b>The transfer cap</b>", SER),
        Paragraph("I note what the report says about the 25% cap at recommendation (d). Ministers keep the level "
                  "of the cap under review as part of the wider reform of apprenticeship funding, and we will take "
                  "your analysis into account in that work.", SER),
        Paragraph("<b>Accounting for expired funds</b>", SER),
        Paragraph("Recommendation (g) is primarily a matter for HM Treasury, which sets the rules on how levy "
                  "receipts are scored. I have shared your report with the Treasury's Director of Public Spending "
                  "and my officials will support any work it decides to take forward.", SER),
        Paragraph("<b>Publication of our annual report</b>", SER),
        Paragraph("You also asked about the timing of the Department's annual report and accounts. We expect to "
                  "lay them before Parliament before the summer recess, and your team will receive a draft by "
                  "the end of May, as in previous years.", SER),
        Paragraph("I am copying this letter to the Chair of the Committee of Public Accounts and to the Treasury "
                  "Officer of Accounts.", SER),
        Paragraph("Yours sincerely,", SER), Spacer(1, 8 * mm),
        Paragraph("<b>Julian Ashworth-Kaye</b><br/>Permanent Secretary", SER)]
    doc.build(s, onFirstPage=deco(None, "Page {n}"),
              onLaterPages=deco("PS/2026/0142  Managing the apprenticeship levy transfer scheme", "Page {n}"))


def expected():
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "a", "starts_with": sw("a"), "reply_contains": "We accept recommendation (a). A statement of the scheme's purpose",
         "verdict": "agrees"},
        {"number": "b", "starts_with": sw("b"), "reply_contains": "but annually rather than each quarter",
         "verdict": "partly"},
        {"number": "c", "starts_with": sw("c"), "reply_contains": "every new pledge against Companies House records of shared directors",
         "verdict": "agrees"},
        {"number": "d", "starts_with": sw("d"), "reply_contains": "keep the level of the cap under review",
         "verdict": "noted"},
        {"number": "e", "starts_with": sw("e"), "reply_contains": "the 12 month limit will therefore remain in the funding rules",
         "verdict": "disagrees"},
        {"number": "f", "starts_with": sw("f"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "g", "starts_with": sw("g"), "reply_contains": "primarily a matter for HM Treasury, which sets the rules",
         "verdict": "noted", "also": ["disagrees"]},
    ]
    H.write_expected(NAME, recs, ["expect to lay them before Parliament before the summer recess"],
                     "Value-for-money report: recommendations a-g lettered inside summary paragraph 9; key findings "
                     "4-7 ('should have identified'), a 2020 PAC recommendation quoted at 1.1, Figure 1 table, "
                     "rule 47 and the National Audit Act sections are traps. Permanent Secretary's letter under "
                     "topic headings, order c, a, b+e, d, g: c already under way (agrees); a accepted (agrees); one "
                     "paragraph on b and e: data published annually not quarterly (b partly), unspent funds not "
                     "returned, 12 month limit stays (e disagrees); d noted, kept under review (noted); g referred to "
                     "HM Treasury (noted, or disagrees); f (evaluate outcomes) unanswered. The paragraph on the "
                     "annual report and accounts answers nothing.")


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b42en.py"), NAME)) and 1)

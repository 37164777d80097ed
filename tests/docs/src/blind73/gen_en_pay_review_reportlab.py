"""Round 73 (EN): a UK PAY REVIEW BODY REPORT (genre of the Command Papers in which an independent pay review body
reports to the Prime Minister and the Secretary of State: a Command Paper title page, a short-form 'Summary of
recommendations' table at the front, chapters with paragraph numbers 1.1-3.12, the remit letter and the parties'
evidence quoted, a data table, and the recommendations as BOLD SENTENCES inside numbered paragraphs, unnumbered
there) answered by a WRITTEN MINISTERIAL STATEMENT in Hansard (genre of the 'Written statements' page on which a
Minister announces the Government's decisions on the award; a second, unrelated statement follows on the page).
Advice: Fire and Rescue Pay Review Body, 'Third Report 2026', CP 1284, A4, 3 p.; recommendations 1-7 numbered by
the front table, in the body only as bold sentences.
Response: Hansard, House of Commons, Written statements, 22 July 2026, HCWS873 (and HCWS874 on another subject),
2 p.; order 1, 3, 4+2 (one paragraph), 7, 5; 6 (data on retention of on-call firefighters) is not answered.
reportlab platypus, cleaned Liberation Sans/Serif, invariant=1. The Fire and Rescue Pay Review Body, its members,
the Minister, the remit letter, the evidence and all figures are invented.

Run:  /tmp/blind73en/bin/python tests/docs/src/blind73/gen_en_pay_review_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b73en as H
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether

NAME = "blind73_en_pay_review"
for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
    for suf, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdfmetrics.registerFont(TTFont(fam + suf, H.clean_font("%s-%s.ttf" % (base, f))))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "B", italic=fam + "I", boldItalic=fam + "BI")

TEAL = colors.Color(0.0, 0.36, 0.38)
BODY = ParagraphStyle("b", fontName="LS", fontSize=10, leading=14, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="LSB", fontSize=15, leading=19, textColor=TEAL, spaceBefore=8, spaceAfter=8,
                    keepWithNext=1)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=11, leading=15, textColor=TEAL, spaceBefore=6, spaceAfter=4,
                    keepWithNext=1)
SM = ParagraphStyle("sm", fontName="LS", fontSize=8.8, leading=11.5)
SMB = ParagraphStyle("smb", parent=SM, fontName="LSB", textColor=colors.white)
QUO = ParagraphStyle("q", parent=BODY, leftIndent=12 * mm, rightIndent=8 * mm, fontName="LSI", fontSize=9.6)
TITLE = ParagraphStyle("t", fontName="LSB", fontSize=20, leading=25, textColor=TEAL, spaceAfter=6)

# the recommendations' own sentences, set in bold inside the paragraphs of chapter 3
RECS = [
    "We recommend a 4.0 per cent increase to all points of the firefighter pay spine from 1 July 2026.",
    "We recommend that the Continuous Professional Development payment be consolidated into basic pay for all "
    "eligible firefighters from 1 July 2026.",
    "We recommend that the on-call retaining fee be increased by 10 per cent, in addition to the general award, "
    "from 1 July 2026.",
    "We recommend that London weighting for firefighters and control staff be increased to £5,200 a year from "
    "1 July 2026.",
    "We recommend that the Home Office and the employers jointly commission an independent review of the pay and "
    "grading of fire control room staff, to report by June 2027.",
    "We recommend that the parties provide us, in time for our next round, with robust data on the retention of "
    "on-call firefighters by fire and rescue authority and by length of service.",
    "We recommend that the Government issue the remit letter for the next round no later than September 2026, so "
    "that our recommendations can take effect on the settlement date.",
]
SHORT = ["4.0% increase to all pay points", "Consolidate CPD payment into basic pay",
         "On-call retaining fee +10% on top of the award", "London weighting to £5,200",
         "Independent review of control room pay and grading", "Data on on-call retention",
         "Remit letter by September 2026"]


def P(t, s=BODY):
    return Paragraph(t, s)


def num(n, t, style=BODY):
    tb = Table([[P(n, style), P(t, style)]], colWidths=[12 * mm, None])
    tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return tb


def b(k):
    return "<b>" + RECS[k - 1].replace("&", "&amp;") + "</b>"


def adv_page(c, d):
    c.saveState()
    c.setFont("LS", 8)
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    if d.page > 1:
        c.drawString(20 * mm, 287 * mm, "Fire and Rescue Pay Review Body - Third Report 2026")
    c.drawCentredString(105 * mm, 12 * mm, str(d.page))
    c.restoreState()


def advice(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title="Fire and Rescue Pay Review Body Third Report 2026",
                            author="Fire and Rescue Pay Review Body")
    rows = [[P("No.", SMB), P("Summary of recommendation", SMB), P("Paragraph", SMB)]]
    paras = ["3.3", "3.6", "3.8", "3.9", "3.11", "3.12", "3.12"]
    for i, (s, p) in enumerate(zip(SHORT, paras), 1):
        rows.append([P(str(i), SM), P(s, SM), P(p, SM)])
    t = Table(rows, colWidths=[12 * mm, 118 * mm, 22 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    dt = Table([[P("<b>Authority</b>", SM), P("<b>Wholetime vacancy rate</b>", SM),
                 P("<b>On-call vacancy rate</b>", SM), P("<b>On-call leavers 2025/26</b>", SM)],
                [P("Metropolitan (6)", SM), P("3.1%", SM), P("-", SM), P("-", SM)],
                [P("Combined (21)", SM), P("4.4%", SM), P("17.8%", SM), P("1,240", SM)],
                [P("County (17)", SM), P("5.0%", SM), P("21.3%", SM), P("1,615", SM)],
                [P("England", SM), P("4.3%", SM), P("19.6%", SM), P("2,855", SM)]],
               colWidths=[40 * mm, 36 * mm, 36 * mm, 40 * mm])
    dt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, TEAL), ("LINEBELOW", (0, 0), (-1, 0), 0.5, TEAL),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL)]))
    s = [P("Fire and Rescue Pay Review Body", TITLE),
         P("Third Report 2026", ParagraphStyle("t2", parent=TITLE, fontSize=15, textColor=colors.black)),
         P("Chair: Professor Alison Tremlett", BODY),
         P("Presented to Parliament by the Secretary of State for the Home Department by Command of His Majesty, "
           "July 2026. CP 1284.", SM), Spacer(1, 6 * mm),
         P("Summary of recommendations", H2),
         P("The table lists our recommendations in short form. The full text of each recommendation is in "
           "Chapter 3 at the paragraph shown, and the short forms should be read with it.", BODY), t,
         P("Chapter 1: Introduction", H1),
         num("1.1", "This is our third report. Our terms of reference require us to make recommendations on the pay "
                    "of firefighters, crew and watch managers and fire control staff in England, and we must have "
                    "regard to the need to recruit, retain and motivate suitably able staff, to affordability and "
                    "to the Government's inflation target."),
         num("1.2", "The Home Secretary's remit letter of 14 November 2025 asked us to report by May 2026 and said:"),
         P("'The Government would welcome the Body's recommendations on the pay award for 2026/27, and on whether "
           "the on-call duty system should be rewarded differently, having regard to the evidence of the parties.'",
           QUO),
         num("1.3", "The letter arrived two months later than in previous years, and we received the Government's "
                    "written evidence only in February 2026. We return to the timetable in Chapter 3."),
         P("Chapter 2: The evidence", H1),
         num("2.1", "The Fire Brigades' Union proposed that the award should be no less than 7 per cent, arguing "
                    "that firefighters' pay had fallen behind comparable occupations since 2010. The National "
                    "Employers told us that any award above 3 per cent must be funded by central government, as "
                    "authorities had already set their budgets."),
         num("2.2", "Recruitment to wholetime posts remains healthy, with around nine applicants for every post. "
                    "The position of the on-call service is very different, as Table 2.1 shows."),
         KeepTogether([P("<b>Table 2.1: Vacancy rates and on-call leavers, fire and rescue authorities in "
                         "England, March 2026</b>", SM), Spacer(1, 2 * mm), dt, Spacer(1, 2 * mm),
                       P("Source: Home Office Fire Workforce Statistics, parties' evidence.", SM)]),
         Spacer(1, 3 * mm),
         num("2.3", "Several authorities told us that the on-call model should be reformed from top to bottom, and "
                    "that the retaining fee no longer compensates for being available 120 hours a week. The "
                    "employers accepted that the fee has lost value but were divided on the remedy."),
         num("2.4", "In our 2025 report we recommended that the parties 'should agree a national definition of "
                    "on-call availability'. They have now done so, and we make no further recommendation on it."),
         P("Chapter 3: Our recommendations", H1),
         num("3.1", "We have weighed the evidence against our terms of reference. Inflation on the CPI measure was "
                    "3.2 per cent in March 2026 and settlements in the wider economy have clustered around 4 per "
                    "cent."),
         num("3.2", "An award that is seen as fair matters for morale, and the employers' evidence does not suggest "
                    "that a higher award would be unaffordable if it is funded."),
         num("3.3", "Taking all of this into account, " + b(1).replace("<b>We", "<b>we") +
                    " This keeps firefighters' pay broadly in line with the wider economy."),
         num("3.4", "The union asked us to recommend a shorter working week. This falls outside our remit and we "
                    "make no recommendation on it."),
         num("3.5", "The Continuous Professional Development payment, worth £1,142 a year, is now received by 93 "
                    "per cent of eligible firefighters and has ceased to reward anything in particular."),
         num("3.6", b(2) + " The cost would be modest because almost all eligible staff already receive it."),
         num("3.7", "The on-call retaining fee has fallen in real terms by about 18 per cent since 2016. The fee "
                    "should reflect the restrictions that availability places on family life and on primary "
                    "employment, but we do not think that a complete redesign of the on-call system can be "
                    "attempted in a single round."),
         num("3.8", b(3)),
         num("3.9", "London weighting has not been reviewed since 2019, and the London Fire Brigade's vacancy rate "
                    "for control staff is twice the national average. " + b(4)),
         num("3.10", "The pay structure for fire control staff dates from 2004 and does not recognise the "
                     "multi-agency work now done in control rooms. We do not think we can resolve this ourselves "
                     "without evidence that neither party has yet collected."),
         num("3.11", b(5)),
         num("3.12", "Our work is hampered by two things. First, the evidence on on-call retention is incomplete. "
                     + b(6) + " Secondly, a late remit leaves too little time for a considered report. " + b(7)),
         num("3.13", "We estimate the cost of our recommendations at £96 million in 2026/27, or about 4.6 per cent "
                     "of the paybill."),
         Spacer(1, 4 * mm),
         P("PROFESSOR ALISON TREMLETT (Chair)<br/>DAVID OKONJO<br/>MAIREAD FLYNN<br/>SIR PETER HALLAM", SM)]
    doc.build(s, onFirstPage=adv_page, onLaterPages=adv_page)


def hansard_page(c, d):
    c.saveState()
    c.setFillColor(colors.Color(0.0, 0.38, 0.25))
    c.rect(0, 281 * mm, 210 * mm, 16 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSB", 12)
    c.drawString(20 * mm, 287 * mm, "Hansard")
    c.setFont("LS", 9)
    c.drawString(44 * mm, 287 * mm, "UK Parliament  |  House of Commons  |  Written statements")
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    c.setFont("LS", 8)
    c.drawString(20 * mm, 12 * mm, "hansard.parliament.uk - Written statements, 22 July 2026")
    c.drawRightString(190 * mm, 12 * mm, "Page %d" % d.page)
    c.restoreState()


def response(path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                            bottomMargin=20 * mm, title="Written statements 22 July 2026", author="House of Commons")
    SER = ParagraphStyle("se", fontName="LR", fontSize=11, leading=15.5, spaceAfter=8)
    META = ParagraphStyle("m", fontName="LS", fontSize=8.8, leading=12, textColor=colors.Color(0.3, 0.3, 0.3))
    ST = ParagraphStyle("st", fontName="LSB", fontSize=14, leading=18, spaceBefore=6, spaceAfter=4)
    SP = ParagraphStyle("sp", fontName="LSB", fontSize=10, leading=14, spaceAfter=6)
    s = [P("Written statements", ParagraphStyle("x", fontName="LSB", fontSize=18, leading=22, spaceAfter=2)),
         P("Wednesday 22 July 2026", META), Spacer(1, 5 * mm),
         P("Fire and Rescue Pay Review Body Report 2026", ST),
         P("Home Office  |  Statement UIN HCWS873  |  Made 22 July 2026", META), Spacer(1, 2 * mm),
         P("The Minister of State for Policing, Fire and Crime Prevention (Dame Harriet Colby):", SP),
         P("Today I am publishing the third report of the Fire and Rescue Pay Review Body and setting out the "
           "Government's response to it. I am grateful to the Chair, Professor Alison Tremlett, and to the members "
           "of the Body for their careful work in a shortened timetable.", SER),
         P("The pay review body process has served the fire and rescue service well since it was established, and "
           "the Government remain committed to it as the independent route for setting the pay of the workforce.",
           SER),
         P("The Government have accepted the Body's headline recommendation in full. Firefighters and control "
           "staff will receive an increase of 4 per cent on every pay point, backdated to 1 July 2026.", SER),
         P("We recognise the pressures on the on-call service. The Government accept the case for raising the "
           "retaining fee, but the increase will be 6 per cent rather than the 10 per cent the Body proposed, "
           "applied in addition to the general award. We will ask the Body to look again at on-call reward as a "
           "whole in the next round.", SER),
         P("London weighting will rise to £5,200 a year from the settlement date, as the Body recommended. The "
           "Government have, however, decided not to consolidate the Continuous Professional Development payment "
           "into basic pay this year: consolidation would add permanently to pension costs, and we want "
           "authorities to keep the payment as a reward for completed development.", SER),
         P("The Body was right to point to the effect of a late remit. I will write to the Chair with the remit "
           "for the 2027/28 round by the end of September, and I expect the Government's evidence to follow "
           "within eight weeks.", SER),
         P("The Government note the Body's recommendation on the pay and grading of control room staff. It raises "
           "questions that go beyond pay, and we will discuss with the National Employers how best to take it "
           "forward.", SER),
         P("The cost of the award will be met by fire and rescue authorities, supported by an additional grant of "
           "£41 million in 2026/27 to be allocated through the local government finance settlement.", SER),
         P("Copies of the report are available in the Vote Office and the Printed Paper Office, and on GOV.UK.",
           SER),
         Spacer(1, 4 * mm),
         P("Building Safety Regulator: Annual Report and Accounts", ST),
         P("Ministry of Housing, Communities and Local Government  |  Statement UIN HCWS874  |  Made 22 July 2026",
           META), Spacer(1, 2 * mm),
         P("The Parliamentary Under-Secretary of State for Housing (Mr Tobias Wendt):", SP),
         P("I am today laying before the House the annual report and accounts of the Building Safety Regulator for "
           "2025/26. The Regulator determined 1,318 building control applications for higher-risk buildings during "
           "the year, and its median decision time fell to 14 weeks.", SER)]
    doc.build(s, onFirstPage=hansard_page, onLaterPages=hansard_page)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": "we recommend a 4.0 per cent increase to all points of",
         "reply_contains": "The Government have accepted the Body's headline recommendation in full",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "decided not to consolidate the Continuous Professional Development payment",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "increase will be 6 per cent rather than the 10 per cent",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "London weighting will rise to £5,200 a year from the settlement date",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The Government note the Body's recommendation on the pay and grading",
         "verdict": "noted"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "will write to the Chair with the remit for the 2027/28 round",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "Today I am publishing the third report of the Fire and Rescue Pay Review Body",
        "remain committed to it as the independent route for setting the pay",
        "supported by an additional grant of £41 million in 2026/27",
        "Copies of the report are available in the Vote Office",
        "annual report and accounts of the Building Safety Regulator",
    ], "Advice: a UK pay review body report as a Command Paper (CP 1284; title page, a front 'Summary of "
       "recommendations' table No. | Summary | Paragraph with SHORT FORMS 1-7, chapters 1-3 with hanging "
       "paragraph numbers 1.1-3.13, running head, page numbers). The recommendations' own text stands only in "
       "chapter 3 as BOLD 'We recommend ...' sentences inside numbered paragraphs (rec 1 after 'Taking all of this "
       "into account,', so it begins 'we recommend'; recs 6 and 7 both inside paragraph 3.12); numbers 1-7 come "
       "from the front table. Traps: the short forms ('the short forms should be read with it'); terms of "
       "reference ('we must have regard to'); the remit letter quoted ('whether the on-call duty system should be "
       "rewarded differently'); the union's 'should be no less than 7 per cent' and the employers' 'must be funded "
       "by central government'; Table 2.1; authorities' 'should be reformed from top to bottom'; the 2025 report "
       "quoted ('should agree a national definition', done, no further recommendation); 3.4 'we make no "
       "recommendation on it'; 3.7 'The fee should reflect the restrictions'; 3.10 a finding on control staff; "
       "3.13 costing. Response: a Hansard 'Written statements' page (HCWS873), the Minister's statement in prose "
       "with no numbers, order 1, 3, 4+2, 7, 5: headline award accepted in full (1 agrees); retaining fee 6 per cent "
       "instead of 10 (3 partly); ONE paragraph = London weighting 'as the Body recommended' (4 agrees) + 'decided "
       "not to consolidate the ... CPD payment' (2 disagrees); remit by the end of September (7 agrees); 'The "
       "Government note the Body's recommendation on ... control room staff' (5 noted); 6 (data on on-call "
       "retention) is not answered. Unmatched: the opening, the paragraph on the PRB process, the funding "
       "paragraph, the copies paragraph, and a second, unrelated statement HCWS874 on the Building Safety "
       "Regulator.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

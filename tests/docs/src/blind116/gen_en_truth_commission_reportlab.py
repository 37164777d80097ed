"""Round 116 (EN): a Scottish POVERTY TRUTH COMMISSION's final report to the council and its partners, seven
recommendations ('calls') as paragraphs LED BY ORDINAL WORDS ('First, ...' to 'Seventh, ...') under 'What needs to
change', after theme sections of findings and commissioners' pull quotes; answered by the council's NEWS RELEASE on
its response (headline, standfirst, quotes from the Leader and Depute Leader, 'ENDS', numbered 'Notes to editors'),
by theme with no numbers, in another order, one paragraph covering two calls, one call left out, and paragraphs that
answer nothing (introduction, Leader's quote, figures, notes to editors, media contact).
reportlab platypus, A4, cleaned Liberation Sans (advice) and DejaVu Serif (news release), invariant=1; teal cover
band, 'Kelvinbrae in numbers' table, pull quotes with a thick left rule; the release with a council letterhead strip
and a grey 'NEWS RELEASE' bar; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; the Child Poverty (Scotland) Act 2017 is named as context only (what is said of it here is not
to be relied on).
Run:  /tmp/blind116en/bin/python tests/docs/src/blind116/gen_en_truth_commission_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b116en as H
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

NAME = "blind116_en_truth_commission"
for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                   ("DS", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"))):
    pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
    pdfmetrics.registerFont(TTFont(fam + "B", H.clean_font(files[1])))
    pdfmetrics.registerFont(TTFont(fam + "I", H.clean_font(files[2])))
    addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "B"); addMapping(fam, 0, 1, fam + "I"); addMapping(fam, 1, 1, fam + "B")

TEAL = colors.HexColor("#0f6b6b")
TEALL = colors.HexColor("#d7ecea")
PLUM = colors.HexColor("#5b2a5e")
B = ParagraphStyle("b", fontName="LS", fontSize=10, leading=14, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="LSB", fontSize=12.5, leading=16, textColor=TEAL, spaceBefore=8, spaceAfter=4,
                    keepWithNext=1)
H3 = ParagraphStyle("h3", fontName="LSB", fontSize=10.5, leading=14, textColor=PLUM, spaceBefore=4, spaceAfter=3,
                    keepWithNext=1)
NUM = ParagraphStyle("num", parent=B, leftIndent=7 * mm, bulletIndent=1 * mm, spaceAfter=2)
QT = ParagraphStyle("qt", fontName="LSI", fontSize=11.5, leading=15.5, textColor=PLUM)
CALL = ParagraphStyle("call", parent=B, fontSize=10.3, leading=14.6, spaceAfter=8, leftIndent=4 * mm)
SM = ParagraphStyle("sm", parent=B, fontSize=8.6, leading=11.5, textColor=colors.HexColor("#444444"))
P = lambda t, s=B: Paragraph(t, s)

R = ParagraphStyle("r", fontName="DS", fontSize=10, leading=14.2, spaceAfter=7)
RH = ParagraphStyle("rh", fontName="DSB", fontSize=16.5, leading=21, spaceAfter=6)
RS = ParagraphStyle("rs", parent=R, fontName="DSB", fontSize=10.6, leading=15)
RN = ParagraphStyle("rn", parent=R, fontSize=8.8, leading=12, leftIndent=6 * mm, bulletIndent=0, spaceAfter=3)
RT = ParagraphStyle("rt", parent=R, fontName="DSB", fontSize=9.5, spaceBefore=6, spaceAfter=3)


def build(path, story, top=17):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=21 * mm, rightMargin=21 * mm, topMargin=top * mm,
                            bottomMargin=20 * mm, invariant=1, title="", author="")
    doc.build(story)


def pull(text, who):
    t = Table([[[P(text, QT), P(who, SM)]]], colWidths=[150 * mm])
    t.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, 0), 4, TEAL), ("LEFTPADDING", (0, 0), (0, 0), 9),
                           ("TOPPADDING", (0, 0), (0, 0), 3), ("BOTTOMPADDING", (0, 0), (0, 0), 2)]))
    return KeepTogether([t, Spacer(1, 6)])


CALLS = [
    ("First,", "the Council and the Health and Social Care Partnership should set up a single record that people "
               "can choose to share, so that nobody has to explain their circumstances more than once to local "
               "services."),
    ("Second,", "every person who applies for a crisis grant from the Scottish Welfare Fund should get a decision "
                "within two working days, with the reasons explained in plain words."),
    ("Third,", "the Council should rewrite its letters about rent, council tax and benefits in plain English, and "
               "test every new letter with people who have experience of poverty before it is sent out."),
    ("Fourth,", "the Council should stop using sheriff officers to collect council tax arrears from households that "
                "already receive council tax reduction."),
    ("Fifth,", "bus travel to job interviews, training courses and medical appointments should be free for people on "
               "low incomes, through a travel fund run by the Council."),
    ("Sixth,", "free wifi and a scheme to borrow a laptop or tablet should be available in every library and "
               "community centre in Kelvinbrae by the end of 2026."),
    ("Seventh,", "the Council should keep a standing group of people with lived experience of poverty, paid for "
                 "their time, to check its anti-poverty plans every year."),
]


def advice():
    band = Table([[[P("<font color='#ffffff' size='10'>KELVINBRAE POVERTY TRUTH COMMISSION</font>", B),
                    P("<font color='#ffffff' size='22'><b>Seen and heard</b></font>",
                      ParagraphStyle("x", parent=B, leading=28)),
                    P("<font color='#ffffff' size='11'>Report of the second Commission, 2024-2026</font>", B)]]],
                 colWidths=[168 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                              ("TOPPADDING", (0, 0), (-1, -1), 12), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s = [band, Spacer(1, 4),
         P("Published March 2026 &nbsp;|&nbsp; KPTC/2026/1 &nbsp;|&nbsp; Hosted by Kelvinbrae Voluntary Action", SM),
         P("About the Commission", H2),
         P("The second Kelvinbrae Poverty Truth Commission brought together fourteen people who live, or have lived, "
           "on a low income and twelve civic and business leaders, among them the Council's Chief Executive, two "
           "elected members, a head teacher and the manager of the Kelvinbrae Jobcentre. We met nineteen times over "
           "twenty months. The community commissioners spent the first six months together on their own, deciding "
           "what mattered to them, before the civic commissioners joined."),
         P("At the start we agreed four questions to guide our work:")]
    for i, q in enumerate(["What is it like to ask for help in Kelvinbrae?",
                           "Where do the systems that are meant to help make life harder?",
                           "What would make the biggest difference, soonest?",
                           "How do we keep people with experience of poverty in the room once the Commission ends?"], 1):
        s.append(Paragraph(q, NUM, bulletText=f"{i}."))
    s += [Spacer(1, 2),
          P("This report is written by all of us. Where a commissioner's own words are used, they are printed in "
            "italics and used with their permission."),
          P("Kelvinbrae in numbers", H2)]
    fig = Table([["Children living in poverty after housing costs (2024)", "24%"],
                 ["Crisis grant applications to the Scottish Welfare Fund, 2024/25", "6,310"],
                 ["Average working days to a crisis grant decision, 2024/25", "4.6"],
                 ["Households with no internet connection at home", "1 in 9"],
                 ["Council tax accounts passed to sheriff officers, 2024/25", "2,870"]],
                colWidths=[128 * mm, 36 * mm])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9.4), ("FONT", (1, 0), (1, -1), "LSB", 9.4),
                             ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ROWBACKGROUNDS", (0, 0), (-1, -1), [TEALL, None]),
                             ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL), ("TOPPADDING", (0, 0), (-1, -1), 3.5),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    s += [fig, Spacer(1, 3),
          P("Sources: Kelvinbrae Council and the Kelvinbrae Partnership's own figures, supplied to the Commission in "
            "June 2025.", SM),
          P("What we heard", H2),
          P("Telling our story again and again", H3),
          P("Every community commissioner had been asked to explain their situation many times over: to the "
            "housing office, to the council tax office, to a social worker, to a GP receptionist. Each time the "
            "story had to be told from the beginning, and each time it hurt a little more."),
          pull("Nobody should have to tell their story five times to five different people just to get a bed for "
               "their child.", "Community commissioner"),
          P("Money that arrives too late", H3),
          P("Commissioners who had applied for crisis grants described waiting more than a week for an answer, and "
            "letters that did not say why they had been refused. Letters about rent and council tax arrears were "
            "found to be frightening and hard to understand; two commissioners had not opened them for months. The "
            "use of sheriff officers for small council tax debts was the issue that caused most distress."),
          pull("The crisis grant came three weeks after the crisis. By then I had borrowed from someone I "
               "should never have gone near.", "Community commissioner"),
          P("We know the Council works within rules it did not write. The Child Poverty (Scotland) Act 2017 says that "
            "each local authority and health board must publish a local child poverty action report every year, and "
            "the Council has done so since 2019. In 2021 the first Commission asked that \"the Council should pay the "
            "real Living Wage to every company it contracts with\". That has now been done, and we welcome it."),
          P("Getting about and getting online", H3),
          P("Bus fares came up at almost every meeting. A return ticket from Dunmore to the town centre costs more "
            "than many people have left at the end of the week, and commissioners had missed interviews and hospital "
            "appointments because of it. So many services are now online that people without a phone contract or "
            "home internet are shut out of them, and library computers are booked up days ahead."),
          P("Some people asked us to call for a new benefits office in Dunmore. We have not made that one of our "
            "calls, because the benefits system is run from Westminster and we wanted to ask for things that can be "
            "done here."),
          P("What needs to change", H2),
          P("We are making seven calls to Kelvinbrae Council and its partners. We have written them the way we talked "
            "about them around the table.")]
    for lead, text in CALLS:
        s.append(P(f"<b>{lead}</b> {text}", CALL))
    s += [P("The first, second and seventh calls matter most to us, because they are about being believed. We look "
            "forward to hearing from the Council, and we will meet again in the autumn to see what has changed."),
          Spacer(1, 6),
          P("Signed on behalf of the Commission by the co-chairs, Morag Lindsay (community commissioner) and "
            "Rev. Andrew Kerr-Bannon (civic commissioner)", SM)]
    build(H.out(NAME + "_advice.pdf"), s)


def response():
    head = Table([[P("<font color='#ffffff' size='13'><b>Kelvinbrae Council</b></font>", R),
                   P("<font color='#ffffff' size='8.5'>Council Offices, Wallace Street, Kelvinbrae</font>",
                     ParagraphStyle("hr", parent=R, alignment=2))]], colWidths=[90 * mm, 78 * mm])
    head.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PLUM), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    bar = Table([[P("<b>NEWS RELEASE</b>", R), P("For immediate release &nbsp; 24 April 2026 &nbsp; Ref: NR/2026/118",
                                                 ParagraphStyle("br", parent=R, alignment=2, fontSize=9))]],
                colWidths=[60 * mm, 108 * mm])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6e3e6")),
                             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
    s = [head, Spacer(1, 5), bar, Spacer(1, 10),
         P("Council says yes to 'tell us once' and faster crisis grants after Poverty Truth Commission report", RH),
         P("Kelvinbrae Council has agreed its formal response to the second Kelvinbrae Poverty Truth Commission, whose "
           "report Seen and heard was published last month. The response was approved by the Policy and Resources "
           "Committee on 23 April.", RS),
         P("Council Leader Fiona Maxwell-Dunn said: \"The commissioners have told us hard truths about what it is "
           "like to deal with this council when money is short. We have not been able to say yes to everything, but "
           "where we have said yes, we have put a date on it, and the commissioners will hold us to it.\""),
         P("From 1 June 2026, anyone applying for a crisis grant will receive a decision within two working days, "
           "backed by six additional staff in the Scottish Welfare Fund team. Decision letters will set out the "
           "reasons in short, plain sentences. The Council will also rewrite every standard letter about rent, "
           "council tax and benefits with a paid reading panel of community commissioners, and the first forty "
           "letters will be in use by December 2026."),
         P("A 'tell us once' service will open in October 2026, so that people who agree can share their "
           "circumstances once across council tax reduction, housing and crisis grants. The Health and Social Care "
           "Partnership will not join the service at the start, because health records are held on separate "
           "systems, and the Council could not yet give a date for adding them."),
         P("The Council is to establish a Community Experts Panel of twelve people with lived experience of "
           "poverty, each paid \u00a320 an hour, which will review the local child poverty action report before it "
           "is published each year. The panel will meet for the first time in September 2026."),
         P("Depute Leader Sam Okafor, who chairs the Policy and Resources Committee, said the Council had looked hard "
           "at what the Commission asked about council tax debt: \"We will not stop using sheriff officers, because "
           "we are required to collect the tax and it would not be fair to those who pay. What we can do is make "
           "sure that nobody reaches that point without being offered a payment plan and a referral for money "
           "advice.\""),
         P("Free bus travel to interviews, training and appointments will be considered as part of the review of "
           "the Local Transport Strategy, which begins in the autumn. No decision has been made on a travel fund."),
         P("The response notes that the number of crisis grant applications rose from 5,480 in 2023/24 to 6,310 "
           "in 2024/25, and that the Council's 2026/27 budget includes \u00a31.2 million for anti-poverty work, 8 "
           "per cent more than the year before."),
         P("ENDS", ParagraphStyle("ends", parent=R, fontName="DSB", alignment=1, spaceBefore=4)),
         P("Notes to editors", RT)]
    for i, t in enumerate(["Poverty Truth Commissions bring together people with experience of poverty and people "
                           "in positions of influence. The Kelvinbrae Commission is hosted by Kelvinbrae Voluntary "
                           "Action and funded by the Council and two charitable trusts.",
                           "The full Committee report, item 7 on the agenda of 23 April 2026, can be read on the "
                           "Council's website.",
                           "Photographs of the commissioners with the Council Leader are available on request."], 1):
        s.append(Paragraph(t, RN, bulletText=f"{i}."))
    s += [Spacer(1, 4),
          P("Media enquiries: Corporate Communications, 01632 960 418, press@kelvinbrae.example.gov.uk",
            ParagraphStyle("me", parent=RN, leftIndent=0))]
    build(H.out(NAME + "_response.pdf"), s, top=15)


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kelvinbrae Poverty Truth Commission - Seen and heard - KPTC/2026/1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Kelvinbrae Council - News release NR/2026/118",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSerif.ttf"))
    recs = [
        {"number": 1, "starts_with": "the Council and the Health and Social Care Partnership should set up",
         "reply_contains": "will not join the service at the start", "verdict": "partly"},
        {"number": 2, "starts_with": "every person who applies for a crisis grant from the Scottish",
         "reply_contains": "will receive a decision within two working days", "verdict": "agrees"},
        {"number": 3, "starts_with": "the Council should rewrite its letters about rent, council tax and",
         "reply_contains": "the first forty letters will be in use by December 2026", "verdict": "agrees"},
        {"number": 4, "starts_with": "the Council should stop using sheriff officers to collect council tax",
         "reply_contains": "We will not stop using sheriff officers", "verdict": "disagrees"},
        {"number": 5, "starts_with": "bus travel to job interviews, training courses and medical appointments",
         "reply_contains": "considered as part of the review of the Local Transport Strategy",
         "verdict": "noted"},
        {"number": 6, "starts_with": "free wifi and a scheme to borrow a laptop or tablet",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "the Council should keep a standing group of people with lived experience",
         "reply_contains": "The panel will meet for the first time in September 2026", "verdict": "agrees"},
    ]
    unmatched = ["The response was approved by the Policy and Resources Committee on 23 April",
                 "We have not been able to say yes to everything",
                 "rose from 5,480 in 2023/24 to 6,310 in 2024/25",
                 "Photographs of the commissioners with the Council Leader are available",
                 "Media enquiries: Corporate Communications"]
    notes = ("Advice: Scottish POVERTY TRUTH COMMISSION final report 'Seen and heard' (KPTC/2026/1) to the council and "
             "its partners; recs are seven paragraphs LED BY BOLD ORDINAL WORDS 'First,' ... 'Seventh,' under 'What "
             "needs to change' (starts_with is the text after the ordinal), 'should' sentences; traps: the four "
             "QUESTIONS the Commission asked as a numbered list 1-4, 'Kelvinbrae in numbers' table, commissioners' "
             "italic pull quotes ('Nobody should have to tell their story five times'), findings in theme sections, "
             "the Child Poverty (Scotland) Act 2017 'must publish a local child poverty action report', the first "
             "Commission's 2021 call quoted ('the Council should pay the real Living Wage', done), a new benefits "
             "office 'We have not made that one of our calls', closing 'The first, second and seventh calls matter "
             "most to us'. Response: the council's NEWS RELEASE (headline, bold standfirst, quotes, ENDS, numbered "
             "'Notes to editors', media contact), by theme, NO numbers or ordinals, order 2+3, 1, 7, 4, 5: ONE "
             "paragraph = crisis grant decisions within two working days from 1 June 2026 (2 agrees) + letters "
             "rewritten with a paid reading panel, first forty by December 2026 (3 agrees); 'tell us once' from "
             "October 2026 for council services, the Health and Social Care Partnership 'will not join the service "
             "at the start', no date (1 partly); Community Experts Panel, paid, first meeting September 2026 (7 "
             "agrees); Depute Leader's quote 'We will not stop using sheriff officers', payment plans offered "
             "instead (4 disagrees); free bus travel 'will be considered as part of the review of the Local "
             "Transport Strategy', 'No decision has been made' (5 noted); 6 (wifi and device lending) unanswered; "
             "standfirst, the Leader's general quote, the figures paragraph (6,310 applications, \u00a31.2 million), "
             "notes to editors 1-3 and the media contact answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

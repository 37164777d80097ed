"""Round 126 (EN): a telecoms regulator's statutory CONSUMER PANEL's advice on the regulator's proposals for protecting
landline customers during the switch from analogue to digital phone lines, answered by the regulator's STATEMENT of
decisions (section 4 'The Communications Consumer Panel's advice and our response'). The advice's seven
recommendations are UNNUMBERED paragraphs with BOLD LEAD-INS ('Find telecare users first.' ...) in 'Our advice'.
Traps: the Communications Act 2003 paraphrased ('must have regard'), a licence condition quoted ('must take all
reasonable steps'), a numbered list of the Panel's findings, the consultation's four numbered QUESTIONS, the Panel's
2024 advice quoted ('should publish', done), a closing line naming 'the first two pieces of advice'. The statement
QUOTES the Panel's advice in shaded boxes ('Panel advice: ...') each followed by 'Our response', in another order (1,
2, 4, 3, then one box quoting 5 and 6 together with one response to both); 7 (automatic compensation) is never quoted
or answered; the summary, other respondents' views and next steps answer nothing.
reportlab platypus, A4, cleaned Liberation Sans (advice) and Liberation Serif (statement), invariant=1; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Communications
Act 2003 is named as context only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind126en/bin/python tests/docs/src/blind126/gen_en_switchover_panel_reportlab.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b126en as H
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "blind126_en_switchover_panel"
PLUM = colors.HexColor("#5b2160")
PALE = colors.HexColor("#f1e8f2")
SLATE = colors.HexColor("#1f4e5f")
QUOTE = colors.HexColor("#e7f0f3")


def fonts():
    for fam, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                       ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                               "LiberationSerif-Italic.ttf"))):
        pdfmetrics.registerFont(TTFont(fam, H.clean_font(files[0])))
        pdfmetrics.registerFont(TTFont(fam + "-B", H.clean_font(files[1])))
        pdfmetrics.registerFont(TTFont(fam + "-I", H.clean_font(files[2])))
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-B", italic=fam + "-I", boldItalic=fam + "-B")


def styles(fam, size, colour):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.38, spaceAfter=2.0 * mm)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "-B", fontSize=17, leading=21, textColor=colour,
                             spaceAfter=1.5 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "-B", fontSize=12, leading=15, textColor=colour,
                             spaceBefore=3 * mm, spaceAfter=1.4 * mm),
        "sub": ParagraphStyle("sub", parent=body, fontSize=9, textColor=colors.HexColor("#555555")),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 0.5, leading=(size - 0.5) * 1.35, spaceAfter=0),
        "li": ParagraphStyle("li", parent=body, leftIndent=7 * mm, firstLineIndent=-5 * mm, spaceAfter=1 * mm),
        "num": ParagraphStyle("n", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm),
        "addr": ParagraphStyle("a", parent=body, spaceAfter=0),
    }


ADVICE = [
    ("Find telecare users first.", "The Panel recommends that providers be required to confirm, before any line is "
     "migrated, whether a telecare alarm is connected to it, by contacting the customer directly and by checking with "
     "the local telecare service, and that no line be migrated until that check is complete."),
    ("Make battery back-up last longer.", "Providers should offer a free battery back-up unit that keeps the phone "
     "working for at least eight hours in a power cut, rather than the one hour proposed, to every customer who "
     "depends on the landline or has no mobile signal at home."),
    ("Do not charge for new equipment.", "Customers who must replace a handset, an alarm unit or an adapter because of "
     "the switchover should not be charged for it, whatever their contract says."),
    ("Pause where mobile coverage is poor.", "The Panel advises that migration be paused in any exchange area where "
     "more than 10 per cent of premises have no reliable indoor mobile signal, until coverage there has been "
     "improved."),
    ("Tell people once, and clearly.", "The regulator should lead a single public information campaign with all "
     "providers, using post, local radio and community groups as well as e-mail, so that customers are not left to "
     "piece together messages from different companies."),
    ("Publish what goes wrong.", "The Panel recommends that the regulator publish, every month, the number of "
     "complaints about migration and the number of incidents in which a telecare alarm failed after a switchover, "
     "broken down by provider."),
    ("Pay compensation automatically.", "Where a migrated line stops working for more than 24 hours, providers should "
     "pay compensation automatically, without the customer having to claim it."),
]


def advice():
    S = styles("LS", 10, PLUM)
    P = lambda t, s="body": Paragraph(t, S[s])
    st = [P("COMMUNICATIONS CONSUMER PANEL", "sub"),
          P("Switching off the old network: keeping customers safe", "h1"),
          P("The Panel's advice to the Telecommunications and Post Regulatory Authority on its consultation "
            "'Protecting customers in the landline switchover' &#183; CCP/ADV/2026/03 &#183; 12 February 2026", "sub"),
          P("About this advice", "h2"),
          P("The Communications Consumer Panel is an independent panel of eight members, set up to advise the "
            "Telecommunications and Post Regulatory Authority (TPRA) on the interests of consumers and small "
            "businesses. We do not deal with individual complaints. In carrying out its duties the TPRA must have "
            "regard to the needs of older people, of disabled people and of those on low incomes; that duty comes "
            "from the Communications Act 2003, and it is the lens through which we have read the proposals."),
          P("Providers are already subject to General Condition C7.3, under which a provider <i>\"must take all "
            "reasonable steps to identify customers whose safety depends on their landline\"</i>. Our concern is less "
            "with the wording of that condition than with how little it has meant in practice."),
          P("In 2024 we advised that the TPRA <i>\"should publish the providers' switchover plans\"</i>, and it has "
            "done so. We are grateful for that."),
          P("What we found", "h2"),
          P("Between October and December 2025 we held eleven sessions with customers, carers and telecare services "
            "in four regions. We found that:")]
    for i, t in enumerate(["about 1.7 million households still rely on an analogue landline, many of them older "
                           "people living alone;",
                           "at least 214 telecare alarms stopped working after a switchover in 2025, and in some "
                           "cases nobody noticed for days;",
                           "the one-hour battery units now offered run down long before most power cuts end;",
                           "customers received letters from several companies that contradicted one another;",
                           "in rural areas many homes have no mobile signal indoors, so the landline is the only "
                           "way to call for help."], 1):
        st.append(P(f"{i}. {t}", "li"))
    st += [P("The consultation's questions", "h2"),
           P("The TPRA asked four questions. Our short answers are given here; our advice follows.")]
    for i, (q, a) in enumerate([("Do you agree with our assessment of the risks?", "Yes, but it understates them."),
                                ("Are the proposed protections for vulnerable customers sufficient?", "No."),
                                ("Should the protections apply to small businesses?", "Yes, to the smallest."),
                                ("Is the proposed timetable achievable?", "Only with the changes below.")], 1):
        st.append(P(f"Question {i}. <i>{q}</i> {a}", "li"))
    st.append(P("Our advice", "h2"))
    for lead, text in ADVICE:
        st.append(P(f"<b>{lead}</b> {text}"))
    st += [P("Closing", "h2"),
           P("The first two pieces of advice above are the most urgent, because they are about lives rather than "
             "inconvenience. We would be glad to meet the TPRA's board to discuss them."),
           P("<i>Margaret Oyelaran-Hughes, Chair, Communications Consumer Panel</i>")]
    doc = SimpleDocTemplate(H.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=20 * mm, title="Switching off the old network",
                            author="Communications Consumer Panel", invariant=1)
    doc.build(st)


def quote(S, text):
    t = Table([[Paragraph(text, S["cell"])]], colWidths=[150 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), QUOTE), ("LINEBEFORE", (0, 0), (0, 0), 2.2, SLATE),
                           ("TOPPADDING", (0, 0), (-1, -1), 2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4 * mm),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm)]))
    return t


def response():
    S = styles("LF", 10.5, SLATE)
    P = lambda t, s="body": Paragraph(t, S[s])
    n = iter(range(1, 40))
    N = lambda t, no=None: P(f"{no or '4.' + str(next(n))}   {t}", "num")
    q = lambda i: quote(S, f"<b>Panel advice:</b> <i>\"<b>{ADVICE[i][0]}</b> {ADVICE[i][1]}\"</i>")
    st = [P("Telecommunications and Post Regulatory Authority", "sub"),
          P("Protecting customers in the landline switchover", "h1"),
          P("Statement &#183; Publication date: 15 May 2026 &#183; TPRA/ST/2026/11 &#183; Section 4 (extract)",
            "sub"),
          P("4. The Communications Consumer Panel's advice and our response", "h2"),
          N("We received 64 responses to our consultation, of which 9 came from providers and 23 from charities and "
            "telecare services. The Consumer Panel's advice was among the most detailed. We set out each part of it "
            "below, with our response, in the order in which the issues arise in our decisions rather than in the "
            "Panel's order."),
          q(0), Spacer(1, 1.5 * mm),
          N("<b>Our response.</b> We agree. From 1 June 2026 providers must confirm, by speaking to the customer and "
            "to the telecare service, whether an alarm is connected, and must not switch the line until that "
            "confirmation has been recorded. We are amending General Condition C7.3 to make this explicit."),
          q(1), Spacer(1, 1.5 * mm),
          N("<b>Our response.</b> We accept that one hour is too short. Our decision is that the free unit must "
            "last at least four hours, not eight: units lasting eight hours are much larger and costlier, and in "
            "2025 four out of five power cuts were restored within four hours. We will review this in 2027."),
          q(3), Spacer(1, 1.5 * mm),
          N("<b>Our response.</b> We do not agree that a blanket pause is needed, and we have decided not to "
            "require one. A pause by exchange area would delay migration for many customers who are not at risk. "
            "Instead, customers with no indoor mobile signal will be offered a battery unit as set out in paragraph "
            "4.3."),
          q(2), Spacer(1, 1.5 * mm),
          N("<b>Our response.</b> Agreed. No customer may be charged for a replacement handset, alarm unit or "
            "adapter needed because of the switchover, and contract terms to the contrary will not be enforceable."),
          quote(S, f"<b>Panel advice:</b> <i>\"<b>{ADVICE[4][0]}</b> {ADVICE[4][1]}\"</i><br/><br/>"
                   f"<i>\"<b>{ADVICE[5][0]}</b> {ADVICE[5][1]}\"</i>"),
          Spacer(1, 1.5 * mm),
          N("<b>Our response.</b> A single campaign has attractions, and we will explore with providers in the "
            "summer whether a joint campaign can be funded; we are not in a position to commit to one yet. On "
            "data, we will publish monthly figures for complaints and for telecare failures, by provider, starting "
            "with the figures for July 2026."),
          P("5. Other responses", "h2"),
          N(no="5.1", t="Several providers asked for the protections to start later than June 2026. We have not changed the "
            "date, but we will allow a transition period of eight weeks for small providers with fewer than 5,000 "
            "lines."),
          P("6. Next steps", "h2"),
          N(no="6.1", t="The modified General Condition will be published in a notice alongside this statement and will come "
            "into force on 1 June 2026. We will meet the Panel again in October to review the first months of data.")]
    doc = SimpleDocTemplate(H.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="Protecting customers in the landline "
                            "switchover: statement", author="TPRA", invariant=1)
    doc.build(st)


def main():
    fonts()
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Communications Consumer Panel - CCP/ADV/2026/03",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="TPRA - Statement TPRA/ST/2026/11",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Find telecare users first. The Panel recommends that providers be required",
         "reply_contains": "must not switch the line until that confirmation has been recorded",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Make battery back-up last longer. Providers should offer a free",
         "reply_contains": "the free unit must last at least four hours, not eight",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Do not charge for new equipment. Customers who must replace",
         "reply_contains": "No customer may be charged for a replacement handset",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "Pause where mobile coverage is poor. The Panel advises that migration",
         "reply_contains": "We do not agree that a blanket pause is needed",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Tell people once, and clearly. The regulator should lead",
         "reply_contains": "we are not in a position to commit to one yet",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Publish what goes wrong. The Panel recommends that the regulator publish",
         "reply_contains": "we will publish monthly figures for complaints and for telecare failures",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Pay compensation automatically. Where a migrated line stops working",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["of which 9 came from providers and 23 from charities",
                 "we will allow a transition period of eight weeks",
                 "We will meet the Panel again in October"]
    notes = ("Advice: a telecoms regulator's statutory COMMUNICATIONS CONSUMER PANEL's advice on the regulator's "
             "consultation about protecting landline customers in the analogue-to-digital switchover; the "
             "Communications Act 2003 paraphrased ('must have regard'); General Condition C7.3 quoted ('must take "
             "all reasonable steps'); the Panel's 2024 advice quoted ('should publish', done); a numbered list of "
             "FINDINGS 1.-5.; the consultation's four QUESTIONS 'Question 1.'-'Question 4.' with short answers (no "
             "recommendations); seven UNNUMBERED paragraphs under 'Our advice' with BOLD LEAD-INS (1 find telecare "
             "users first, 2 eight-hour battery back-up, 3 no charge for equipment, 4 pause where mobile coverage is "
             "poor, 5 single information campaign, 6 publish complaints and telecare failures monthly, 7 automatic "
             "compensation); closing 'The first two pieces of advice above are the most urgent'. Response: the "
             "regulator's STATEMENT, section 4, paragraphs 4.1-4.6, QUOTING the advice in shaded 'Panel advice:' "
             "boxes each followed by 'Our response.', in the order 1, 2, 4, 3, then one box quoting 5 and 6 with one "
             "response: 1 'We agree' with a date (agrees); 2 four hours not eight (partly); 4 'We do not agree that a "
             "blanket pause is needed' (disagrees); 3 'Agreed.' (agrees); 5 'will explore ... not in a position to "
             "commit' (noted) and 6 monthly figures from July 2026 (agrees) in one paragraph; 7 never quoted or "
             "answered (unanswered). Paragraph 4.1 (64 responses, 9 providers, 23 charities), section 5 'Other "
             "responses' (5.1) and section 6 'Next steps' answer nothing; paragraph 4.4 names 'paragraph 4.3'.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

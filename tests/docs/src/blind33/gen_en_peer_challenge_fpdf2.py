"""Round 33 (EN): a UK local government 'corporate peer challenge' feedback report (LGA-style, by an invented
'Local Government Improvement Partnership') on the invented Harnley District Council, answered on the council's
WEB PAGE 'Corporate Peer Challenge 2026: our response' as printed from a browser (print date/time and page title
at the top, URL and 'n/N' at the foot, site header with navigation, breadcrumb, 'On this page' links, questions
as headings, plain-English answers, 'Was this page helpful?' and site footer links). The report's eight key
recommendations are numbered in filled squares beside bold-led paragraphs; the report also has a numbered list
of the five themes, a peer-team table and many 'should consider' suggestions. fpdf2, A4, cleaned Liberation
fonts. All content (partnership, council, company, people, figures) invented.

Run:  /tmp/blind33en/bin/python tests/docs/src/blind33/gen_en_peer_challenge_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b33en as H
from fpdf import FPDF, FontFace

NAME = "blind33_en_peer_challenge"
TEAL = (0, 94, 96)
ORANGE = (214, 96, 24)
GREY = (95, 95, 95)


class Base(FPDF):
    def __init__(self):
        super().__init__(orientation="P", format="A4", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 4, 20))

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)


# ---------------------------------------------------------------------------------------------- the report
class Report(Base):
    def __init__(self):
        super().__init__()
        self.set_margins(24, 24, 24)
        self.set_auto_page_break(True, 24)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("AR", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(24, 11)
        self.cell(0, 4, "Corporate Peer Challenge  |  Harnley District Council  |  Feedback report")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.25)
        self.line(24, 16, self.w - 24, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(24, 24)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_font("AR", "B", 8)
        self.set_text_color(*TEAL)
        self.set_xy(self.w - 34, self.h - 15)
        self.cell(10, 4, str(self.page_no()), align="R")
        self.set_font("AR", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(24, self.h - 15)
        self.cell(0, 4, "Local Government Improvement Partnership  |  lgip.org.example")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        if self.will_page_break(28):
            self.add_page()
        self.ln(3)
        self.set_font("AR", "B", 15)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 7.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        if self.will_page_break(20):
            self.add_page()
        self.ln(1.5)
        self.set_font("AR", "B", 11)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 5.6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, text):
        self.set_font("AR", "", 10)
        self.multi_cell(0, 5.1, text, markdown=True)
        self.ln(2.4)

    def numbered(self, n, text):
        y = self.get_y()
        self.set_font("AR", "", 10)
        self.set_xy(self.l_margin + 2, y)
        self.cell(6, 5.1, f"{n}.")
        lm = self.l_margin
        self.set_left_margin(lm + 9)
        self.set_xy(lm + 9, y)
        self.multi_cell(0, 5.1, text, markdown=True)
        self.set_left_margin(lm)
        self.ln(1.2)

    def keyrec(self, n, text):
        self.set_font("AR", "", 10)
        lines = len(self.multi_cell(self.w - 48 - 13, 5.1, text, markdown=True, dry_run=True, output="LINES"))
        if self.will_page_break(5.1 * lines + 2):
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*ORANGE)
        self.rect(self.l_margin, y + 0.3, 7.5, 7.5, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("AR", "B", 11)
        self.set_xy(self.l_margin, y + 0.6)
        self.cell(7.5, 7, str(n), align="C")
        self.set_text_color(0, 0, 0)
        lm = self.l_margin
        self.set_left_margin(lm + 13)
        self.set_xy(lm + 13, y)
        self.set_font("AR", "", 10)
        self.multi_cell(0, 5.1, text, markdown=True)
        self.set_left_margin(lm)
        self.ln(3)


KEY = [
    "**Set out a realistic, fully costed plan to close the budget gap** of £6.2m forecast for 2027/28 and "
    "2028/29, and stop relying on reserves to balance the budget. The plan should be owned by the whole "
    "Cabinet and understood by all members.",
    "**Refresh the Council Plan so that it has a small number of clear, measurable priorities**, and align "
    "service plans, the workforce strategy and the budget with them.",
    "**Reduce the reliance on interim staff in senior roles** by making permanent appointments to the corporate "
    "leadership team as soon as possible, to give the organisation stability.",
    "**Strengthen overview and scrutiny** through a work programme focused on the council's priorities and its "
    "financial position, and a programme of training and support for scrutiny members.",
    "**Develop a digital and customer access strategy** that makes it easier for residents to transact with the "
    "council online, and use the savings to protect front-line services.",
    "**Review the future of Harnley Leisure Ltd**, including whether the council should continue to own the "
    "company, and strengthen the council's shareholder arrangements in the meantime.",
    "**Take a more proactive approach to communicating with residents**, explaining what the council is doing, "
    "what it cannot do and why, and using the council's own channels more effectively.",
    "**Work with partners to develop a shared, long-term vision for Harnley town centre** that partners, "
    "businesses and residents own and are prepared to invest in.",
]


def report(path):
    pdf = Report()
    pdf.set_title("Corporate Peer Challenge - Harnley District Council - Feedback report")
    pdf.add_page()
    # cover
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 96, style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.rect(0, 96, pdf.w, 3, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("AR", "B", 10)
    pdf.set_xy(24, 20)
    pdf.cell(0, 5, "LOCAL GOVERNMENT IMPROVEMENT PARTNERSHIP")
    pdf.set_font("AR", "B", 28)
    pdf.set_xy(24, 44)
    pdf.cell(0, 12, "Corporate Peer Challenge")
    pdf.set_font("AR", "", 16)
    pdf.set_xy(24, 60)
    pdf.cell(0, 8, "Harnley District Council")
    pdf.set_font("AR", "", 11)
    pdf.set_xy(24, 72)
    pdf.cell(0, 6, "3 - 6 March 2026")
    pdf.set_xy(24, 80)
    pdf.cell(0, 6, "Feedback report")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(24, 110)
    pdf.h1("1. Executive summary")
    pdf.para("Harnley District Council is a well-regarded council that knows its communities and is proud of "
             "them. Residents' satisfaction with the council remains above the national average, staff are "
             "committed, and the council's response to the flooding of January 2025 was widely praised by "
             "partners and residents alike.")
    pdf.para("The council now faces a more difficult period. Its medium-term financial strategy forecasts a "
             "budget gap of £6.2m over 2027/28 and 2028/29, and reserves have been used to balance the budget "
             "in each of the last three years. Four of the seven posts on the corporate leadership team are held "
             "by interim staff. The peer team heard a strong desire among members and officers to address these "
             "issues, but did not see a shared and costed plan for doing so.")
    pdf.para("The council should be confident about its strengths. It has a clear sense of place, good "
             "relationships with the county council and the health service, and an ambitious capital programme. "
             "To sustain this, it will need to make choices about what it will stop doing, and to explain those "
             "choices to residents.")
    pdf.h1("2. Key recommendations")
    pdf.para("There are a number of observations and suggestions within the main section of the report. The "
             "following are the peer team's key recommendations to the council:")
    for i, t in enumerate(KEY, 1):
        pdf.keyrec(i, t)
    pdf.h1("3. Summary of the peer challenge approach")
    pdf.h2("The peer team")
    pdf.para("Peer challenges are delivered by experienced elected member and officer peers. The make-up of the "
             "peer team reflected the focus of the peer challenge and peers were selected on the basis of their "
             "relevant experience and expertise. The peers who delivered the peer challenge were:")
    rows = [("Peer", "Role"),
            ("Sarah Quennell", "Chief Executive, Ellerby Borough Council (lead peer)"),
            ("Cllr Martin Oduya", "Leader, Castlemere District Council (member peer)"),
            ("Cllr Jean Harwood", "Deputy Leader, Fenwick Vale Council (member peer)"),
            ("Rhys Atterbury", "Director of Finance, Stanwell Borough Council"),
            ("Dr Nadia Corrigan", "Head of Governance, Westholme City Council"),
            ("Imran Sadiq", "Peer Challenge Manager, Local Government Improvement Partnership")]
    pdf.set_font("AR", "", 9)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(150, 170, 170)
    with pdf.table(col_widths=(55, 107), text_align="LEFT", line_height=5.2,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                   first_row_as_headings=True) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    pdf.h2("Scope and focus")
    pdf.para("The peer team considered the following five themes which form the core components of all "
             "corporate peer challenges:")
    for i, t in enumerate(["Local priorities and outcomes", "Organisational and place leadership",
                           "Governance and culture", "Financial planning and management",
                           "Capacity for improvement"], 1):
        pdf.numbered(i, t)
    pdf.para("The peer team prepared by reviewing a range of documents and information, and spent four days "
             "on site in Harnley, during which they spoke to more than 110 people, including councillors, staff, "
             "partners and representatives of the voluntary sector.")
    pdf.h1("4. Feedback")
    pdf.h2("4.1 Local priorities and outcomes")
    pdf.para("The Council Plan 2023-2027 contains 34 commitments across six themes. Staff and partners "
             "struggled to tell the peer team which of these mattered most. Performance reports to Cabinet track "
             "more than 90 indicators but do not show clearly whether outcomes for residents are improving. The "
             "council should consider reducing the number of indicators reported to Cabinet to a smaller set "
             "linked to its priorities.")
    pdf.h2("4.2 Organisational and place leadership")
    pdf.para("Partners described the council as a reliable and willing partner. However, there is no shared "
             "view among partners about the future of Harnley town centre, where vacancy rates have risen to 18 "
             "per cent. The Town Centre Masterplan adopted in 2023 is seen by some partners as a council "
             "document rather than a shared one. Communication with residents is largely reactive, and several "
             "councillors told us that residents learn of council decisions from social media before the council "
             "has explained them.")
    pdf.h2("4.3 Governance and culture")
    pdf.para("Relationships between members and officers are positive. Overview and scrutiny is conducted "
             "courteously, but its work programme is dominated by updates for information, and it has not "
             "examined the budget gap or the performance of the council's company. The council should consider "
             "whether its committee meetings could start later in the day to enable more working-age "
             "councillors to attend.")
    pdf.para("Harnley Leisure Ltd, which the council has wholly owned since 2021, operates the council's three "
             "leisure centres and received a management fee of £1.9m in 2025/26. The shareholder role is "
             "exercised by the Cabinet member for finance alone, without a shareholder committee or independent "
             "advice.")
    pdf.h2("4.4 Financial planning and management")
    pdf.para("The council has a good track record of delivering its budget, and its statement of accounts has "
             "received unqualified opinions. But the savings identified so far total £1.4m, well short of the "
             "gap. The council should avoid further use of its general reserve, which at £3.1m is close to "
             "the minimum level set by the Section 151 officer.")
    pdf.h2("4.5 Capacity for improvement")
    pdf.para("Staff are loyal and committed, but the reliance on interim senior managers has slowed decisions "
             "and created uncertainty. Only 21 per cent of customer contacts are made online, compared with "
             "over 50 per cent in similar councils, and the council's website and customer systems are dated.")
    pdf.h1("5. Next steps")
    pdf.para("It is recognised that the council's senior political and managerial leadership will want to "
             "consider, discuss and reflect on these findings. Councils are expected to publish the feedback "
             "report and an action plan within twelve weeks of the peer challenge. The Partnership will offer a "
             "progress review, usually around ten months after the peer challenge, in which the peer team will "
             "return to the council to assess progress against the recommendations. Imran Sadiq, Peer Challenge "
             "Manager (imran.sadiq@lgip.org.example), is the council's main contact for the follow-up.")
    pdf.output(path)


# ---------------------------------------------------------------------------------------------- the web page
URL = "https://www.harnley.gov.example/your-council/performance-and-plans/peer-challenge-2026"


class Web(Base):
    def __init__(self):
        super().__init__()
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, 18)

    def header(self):
        self.set_font("AR", "", 7.5)
        self.set_text_color(40, 40, 40)
        self.set_xy(8, 5)
        self.cell(40, 4, "02/06/2026, 09:41")
        self.set_xy(0, 5)
        self.cell(self.w, 4, "Corporate Peer Challenge 2026: our response | Harnley District Council",
                  align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(18, 14)

    def footer(self):
        self.set_font("AR", "", 7.5)
        self.set_text_color(40, 40, 40)
        self.set_xy(8, self.h - 9)
        self.cell(150, 4, URL)
        self.set_xy(self.w - 28, self.h - 9)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def q(self, t):
        if self.will_page_break(22):
            self.add_page()
        self.ln(2.5)
        self.set_font("AR", "B", 13)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def sub(self, t):
        if self.will_page_break(18):
            self.add_page()
        self.ln(1)
        self.set_font("AR", "B", 11)
        self.multi_cell(0, 5.6, t)
        self.ln(0.6)

    def para(self, text):
        self.set_font("AR", "", 10.5)
        self.multi_cell(0, 5.6, text, markdown=True, align="L")
        self.ln(2.2)

    def link_bullet(self, text):
        y = self.get_y()
        self.set_font("AR", "", 10.5)
        self.set_xy(self.l_margin + 2, y)
        self.cell(5, 5.6, "\u2022")
        self.set_text_color(20, 80, 160)
        self.set_xy(self.l_margin + 7, y)
        self.multi_cell(0, 5.6, text)
        self.set_text_color(0, 0, 0)


def web(path):
    pdf = Web()
    pdf.set_title("Corporate Peer Challenge 2026: our response | Harnley District Council")
    pdf.add_page()
    # site header band
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 12, pdf.w, 18, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("AR", "B", 15)
    pdf.set_xy(18, 16)
    pdf.cell(90, 9, "Harnley District Council")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(pdf.w - 78, 17, 60, 8, style="F")
    pdf.set_text_color(120, 120, 120)
    pdf.set_font("AR", "", 9)
    pdf.set_xy(pdf.w - 76, 18)
    pdf.cell(56, 6, "Search this site")
    pdf.set_text_color(255, 255, 255)
    pdf.set_fill_color(0, 70, 72)
    pdf.rect(0, 30, pdf.w, 8, style="F")
    pdf.set_font("AR", "B", 9)
    pdf.set_xy(18, 31)
    pdf.cell(0, 6, "Bins and recycling      Council tax      Planning      Housing      Leisure      Your council")
    pdf.set_text_color(20, 80, 160)
    pdf.set_font("AR", "", 8.5)
    pdf.set_xy(18, 42)
    pdf.cell(0, 5, "Home  >  Your council  >  Performance and plans  >  Corporate Peer Challenge 2026")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 52)
    pdf.set_font("AR", "B", 20)
    pdf.multi_cell(0, 9, "Corporate Peer Challenge 2026: our response")
    pdf.ln(2)
    pdf.para("In March 2026 a team of councillors and senior officers from other councils spent four days with "
             "us as part of a corporate peer challenge. Their feedback report was published in April. This page "
             "explains what they recommended and what we are doing about it. Cabinet agreed this response on 20 "
             "May 2026.")
    pdf.para("We have accepted most of the peer team's recommendations. Where we have decided to do something "
             "different, we explain why below.")
    pdf.sub("On this page")
    for t in ("What is a corporate peer challenge?", "How the council is run", "Money",
              "Talking to residents and working with partners", "Harnley Leisure",
              "Our response to the floods", "What happens next"):
        pdf.link_bullet(t)
    pdf.ln(2)
    pdf.q("What is a corporate peer challenge?")
    pdf.para("A peer challenge is a voluntary review of a council by experienced councillors and officers from "
             "other councils. It is not an inspection. The peer team looks at how the council is run and how well "
             "it is placed for the future, and gives its feedback in a public report.")
    pdf.q("How the council is run")
    pdf.sub("Will the Council Plan change?")
    pdf.para("We agree with part of this. From 2026/27, every service plan and budget line is linked to one of "
             "five priorities, and Cabinet will receive a shorter performance report with 24 indicators instead "
             "of more than 90. But the Council Plan itself runs until 2027, and we will not be rewriting it "
             "before then. A new plan will be prepared with residents after the elections in May 2027.")
    pdf.sub("Will there be permanent directors?")
    pdf.para("We are recruiting a permanent Director of Place and a permanent Director of Resources, and hope to "
             "appoint both by September. The post of Director of Housing and Communities will stay with an "
             "interim for now, because it may change if we go ahead with a shared housing service with "
             "Mellowvale District Council. That decision is due in spring 2027.")
    pdf.sub("What about scrutiny?")
    pdf.para("Overview and scrutiny is independent of the Cabinet, so it is for the Overview and Scrutiny "
             "Committee, not Cabinet, to decide how to respond. The committee's chair, Cllr Denise Arkwright, "
             "has said that the committee will discuss the recommendation at its meeting in July.")
    pdf.q("Money")
    pdf.sub("Are we going to close the budget gap?")
    pdf.para("Yes, we agree with the peer team. Cabinet approved a Financial Sustainability Plan on 15 April "
             "2026. It sets out savings and new income of £6.4m over two years, each with a named lead, and "
             "does not use reserves to balance the budget from 2027/28 onwards. All councillors were briefed on "
             "the plan in May.")
    pdf.q("Talking to residents and working with partners")
    pdf.para("The peer team said we should tell residents more about what we are doing and why, and work with "
             "partners on a shared vision for the town centre.")
    pdf.para("We agree that we need to communicate better. We have appointed a Head of Communications, we will "
             "publish a short explanation of every Cabinet decision on the day it is made, and we are starting a "
             "monthly email newsletter for residents in July.")
    pdf.para("On the town centre, we don't think a new vision is needed. The Town Centre Masterplan was adopted "
             "in 2023 after two rounds of public consultation, and our effort now needs to go into delivering it "
             "rather than starting again. We will keep working with the Harnley Business Improvement District "
             "and other partners through the existing Town Centre Delivery Board.")
    pdf.q("Harnley Leisure")
    pdf.para("The peer team asked us to look again at Harnley Leisure Ltd, the company we set up in 2021 to run "
             "our leisure centres. We agree that our arrangements as owner need to be stronger. From September "
             "a Shareholder Committee of three councillors, advised by an independent member with commercial "
             "experience, will oversee the company. We have decided not to review whether the council should "
             "continue to own the company. It is three years into a five-year business plan, visits are up 22 "
             "per cent, and we want to give that plan time to work.")
    pdf.q("Our response to the floods")
    pdf.para("The peer team praised the way staff, volunteers and partners responded to the flooding in January "
             "2025. The Leader has written to the volunteer groups involved to pass on the peer team's thanks, "
             "and a permanent community flood warden scheme will be launched in the autumn.")
    pdf.q("What happens next")
    pdf.para("Our action plan will be reported to Cabinet every six months. The peer team will come back for a "
             "progress review in early 2027, and we will publish their findings on this page.")
    pdf.para("You can read the peer challenge feedback report (PDF, 412KB) and the Cabinet report of 20 May "
             "2026.")
    pdf.ln(2)
    pdf.set_font("AR", "", 8.5)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 5, "Page last updated: 2 June 2026")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_draw_color(180, 180, 180)
    pdf.rect(18, y, pdf.w - 36, 14)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("AR", "B", 10)
    pdf.set_xy(22, y + 4)
    pdf.cell(60, 6, "Was this page helpful?")
    pdf.set_font("AR", "", 10)
    pdf.cell(20, 6, "Yes")
    pdf.cell(20, 6, "No")
    pdf.set_y(y + 20)
    pdf.set_fill_color(*TEAL)
    yy = pdf.get_y()
    pdf.rect(0, yy, pdf.w, 16, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("AR", "", 8.5)
    pdf.set_xy(18, yy + 5)
    pdf.cell(0, 5, "Accessibility statement      Cookies      Privacy notice      Contact us      "
                   "© Harnley District Council 2026")
    pdf.set_text_color(0, 0, 0)
    pdf.output(path)


def main():
    report(H.out(NAME + "_advice.pdf"))
    web(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1", "starts_with": "Set out a realistic, fully costed plan to close the budget gap",
         "reply_contains": "Cabinet approved a Financial Sustainability Plan on 15 April 2026",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Refresh the Council Plan so that it has a small number",
         "reply_contains": "we will not be rewriting it before then",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Reduce the reliance on interim staff in senior roles by making",
         "reply_contains": "will stay with an interim for now, because it may change",
         "verdict": "partly"},
        {"number": "4", "starts_with": "Strengthen overview and scrutiny through a work programme focused on",
         "reply_contains": "it is for the Overview and Scrutiny Committee, not Cabinet",
         "verdict": "noted"},
        {"number": "5", "starts_with": "Develop a digital and customer access strategy that makes it easier",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": "Review the future of Harnley Leisure Ltd, including whether the council",
         "reply_contains": "We have decided not to review whether the council should continue",
         "verdict": "partly"},
        {"number": "7", "starts_with": "Take a more proactive approach to communicating with residents, explaining what",
         "reply_contains": "We agree that we need to communicate better",
         "verdict": "agrees"},
        {"number": "8", "starts_with": "Work with partners to develop a shared, long-term vision for Harnley",
         "reply_contains": "On the town centre, we don't think a new vision is needed",
         "verdict": "disagrees"},
    ]
    unmatched = ["The Leader has written to the volunteer groups involved"]
    notes = ("UK local government corporate peer challenge (LGA-style; invented 'Local Government Improvement "
             "Partnership' and 'Harnley District Council'; fpdf2, A4). Advice: feedback report with a coloured "
             "cover band, running header and footer from page 2; '2. Key recommendations' holds eight paragraphs "
             "each marked only by a white number in an orange filled square to its left, each opening with a "
             "bold clause ('**Set out a realistic, fully costed plan ...** of £6.2m ...'); starts_with runs from "
             "the bold clause into the plain text. Traps: the executive summary ('The council should be "
             "confident'), 'observations and suggestions within the main section', a peer-team table, a numbered "
             "list 1-5 of the five themes in '3. Summary of the peer challenge approach', section numbers 4.1-4.5, "
             "'The council should consider ...' suggestions and 'should avoid further use of its general reserve' "
             "in the feedback, 'Next steps' (action plan within twelve weeks, progress review). Response: the "
             "council's web page 'Corporate Peer Challenge 2026: our response' as printed from a browser (print "
             "date/time and page title at the top of each page, URL and 'n/N' at the foot, site header band with "
             "navigation and search box, breadcrumb, 'On this page' link list, 'Page last updated', 'Was this "
             "page helpful?', footer links). No recommendation numbers anywhere; answers under question headings "
             "grouped by topic in another order (2, 3, 4 | 1 | 7+8 | 6), in plain English: 1 'Yes, we agree with the peer team', "
             "Financial Sustainability Plan (agrees); 2 'We agree with part of this', service plans aligned but "
             "'we will not be rewriting it before then' (partly); 3 two permanent directors recruited, the third "
             "post 'will stay with an interim for now' (partly); 4 'it is for the Overview and Scrutiny "
             "Committee, not Cabinet, to decide' (noted); 6 'We agree that our arrangements as owner need to be "
             "stronger' + Shareholder Committee, but 'We have decided not to review whether the council should "
             "continue to own the company' (partly); ONE section 'Talking to residents and working with partners' "
             "for 7 and 8, opened by a paragraph paraphrasing both ('We agree that we need to communicate better' "
             "= 7 agrees; 'On the town centre, we don't think a new vision is needed' = 8 disagrees). 5 (digital "
             "and customer access strategy) is not answered (unanswered). The intro's 'We have accepted most of the "
             "peer team's recommendations' is no reply; 'What is a corporate peer challenge?' and 'What happens "
             "next' are furniture; 'Our response to the floods' answers no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

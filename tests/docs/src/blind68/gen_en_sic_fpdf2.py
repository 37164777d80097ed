"""Round 68 (EN): a SCOTTISH INFORMATION COMMISSIONER'S INTERVENTION REPORT (genre of the Commissioner's published
reports on Level 3 interventions into a public authority's freedom of information practice under FOISA: numbered
paragraphs, statistics, the earlier intervention letters quoted, recommendations set in bold INSIDE the numbered
paragraphs as 'The Commissioner recommends that the Council ...' sentences, and a request for an action plan)
and the AUTHORITY'S ACTION PLAN LETTER, which QUOTES each recommendation (by paragraph number) in an inset and
puts its reply directly after it.
Advice: Scottish Information Commissioner, 'Intervention Report: Ardmuir Council, Intervention 202600417 (Level
3)', 15 September 2026, A4, 3 p.: summary, background with FOISA sections 10 and 21 paraphrased ('must
respond'), the Level 1 letter quoted ('should take immediate steps'), a quarterly statistics table, the
Council's own improvement plan quoted ('we should aim to'), the Section 60 Code ('authorities should'), findings
with 'should', 'no recommendation about the Council's publication scheme', and 'Next steps' (the Council
must send an action plan). Seven UNNUMBERED bold recommendation sentences inside paragraphs 12, 14, 16, 19, 22,
25 and 27; numbers 1-7 by order.
Response: Ardmuir Council, Chief Executive's letter 'Intervention 202600417 - action plan', 27 October 2026,
2 p.: intro, 'Performance since your report', then insets 'Paragraph N' + the quoted recommendation in italics
and a bold 'Council response' in prose, in the order 16, 12, 14+22 (one inset, one reply), 19, 25; 27 is not
answered; closing with the next progress report.
fpdf2, cleaned Liberation Sans/Serif, fixed creation dates. The Scottish Information Commissioner and the
Freedom of Information (Scotland) Act 2002 are real; Ardmuir Council, the people and the figures are invented,
and what is said about the Act and the Commissioner's procedures is not to be relied on.

Run:  /tmp/blind68en/bin/python tests/docs/src/blind68/gen_en_sic_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b68en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind68_en_sic"
PURPLE = (74, 36, 110)
SHADE = (238, 234, 244)
GREY = (90, 90, 90)

RECS = [
    "The Commissioner recommends that the Council logs every information request on its case management system "
    "on the day it is received, whichever service receives it.",
    "The Commissioner recommends that the Council appoints a named FOI coordinator in each service, with a "
    "deputy to cover absences.",
    "The Commissioner recommends that the Council clears its backlog of overdue requests by 31 January 2027 and "
    "reports to the Commissioner on its progress every month until then.",
    "The Commissioner recommends that the Council ensures that every review is carried out by a senior officer "
    "who had no part in the original response.",
    "The Commissioner recommends that the Council provides FOISA training to all staff who handle requests "
    "within six months, with refresher training every two years.",
    "The Commissioner recommends that the Council reports its FOI performance to elected members, through the "
    "Audit and Scrutiny Committee, at least once a quarter.",
    "The Commissioner recommends that the Council publishes a disclosure log of the responses it has issued, "
    "starting with requests received on or after 1 January 2027.",
]
PARA_OF = {1: 12, 2: 14, 3: 16, 4: 19, 5: 22, 6: 25, 7: 27}


class Doc(FPDF):
    def __init__(self, foot, date, fam="LS"):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SR", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.foot = foot
        self.fam = fam
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(date)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Page %d" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10, lh=5, after=2.6, indent=0, align="J", fam=None):
        self.set_font(fam or self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def np(self, n, t, size=10, lh=5):
        """Numbered paragraph with a hanging number."""
        if self.get_y() > self.h - 32:
            self.add_page()
        self.set_font(self.fam, "", size)
        y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.cell(10, lh, "%d." % n)
        self.set_xy(self.l_margin + 10, y)
        self.multi_cell(self.epw - 10, lh, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2.6)

    def hd(self, t, size=12, after=1.5, color=PURPLE):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6.2, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)


def rec(k):
    return "**" + RECS[k - 1] + "**"


def advice(path):
    d = Doc("Scottish Information Commissioner  |  Intervention 202600417  |  Ardmuir Council",
            datetime(2026, 9, 15, 9, 0, tzinfo=timezone.utc))
    d.add_page()
    d.set_font("LS", "B", 9)
    d.set_text_color(*PURPLE)
    d.cell(0, 5, "Scottish Information Commissioner", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 8.5)
    d.cell(0, 4.5, "Kinburn Castle, St Andrews  |  Enforcement Team", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*PURPLE)
    d.set_line_width(0.8)
    d.line(22, d.get_y() + 2, 188, d.get_y() + 2)
    d.ln(7)
    d.set_font("LS", "B", 19)
    d.cell(0, 9, "Intervention Report", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LS", "", 9.5)
    with d.table(col_widths=(50, 116), line_height=5.4, first_row_as_headings=False,
                 borders_layout="HORIZONTAL_LINES", cell_fill_color=SHADE, cell_fill_mode="COLUMNS") as t:
        for a, b in (("Authority", "Ardmuir Council"), ("Intervention reference", "202600417"),
                     ("Level of intervention", "Level 3"), ("Subject", "Timeliness of responses to requests "
                      "and requirements for review under FOISA"), ("Date of report", "15 September 2026")):
            r = t.row()
            r.cell(a)
            r.cell(b)
    d.ln(4)
    d.hd("Summary")
    d.np(1, "This report sets out the findings of a Level 3 intervention into Ardmuir Council's handling of "
            "information requests under the Freedom of Information (Scotland) Act 2002 (FOISA). It was carried "
            "out under the Commissioner's Intervention Procedure, which provides four levels of intervention.")
    d.np(2, "Between April 2025 and March 2026 the Council responded on time to 58% of the 1,412 requests it "
            "received, the lowest rate of any Scottish council. The Commissioner has found that the Council's "
            "procedures are sound on paper but are not followed in practice, and that no one in the Council "
            "has overall responsibility for FOI performance. This report makes recommendations on each of these "
            "matters.")
    d.hd("Background")
    d.np(3, "Section 10(1) of FOISA requires a Scottish public authority to comply with a request promptly, and "
            "in any event by the twentieth working day after receipt. Section 21(1) requires it to respond to a "
            "requirement for review within the same period. Where it fails to do so, the requester may apply "
            "to the Commissioner for a decision.")
    d.np(4, "In the year to March 2026 the Commissioner received 64 applications about the Council, 41 of "
            "which concerned a failure to respond at all. Table 1 shows the Council's performance by quarter, "
            "as reported to the Commissioner.")
    d.set_font("LS", "B", 8.5)
    d.cell(0, 5, "Table 1: Ardmuir Council, requests and timeliness by quarter", new_x="LMARGIN",
           new_y="NEXT", align="C")
    d.set_font("LS", "", 8.5)
    with d.table(col_widths=(40, 30, 34, 30), width=134, line_height=4.8,
                 text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PURPLE)) as t:
        for row in (("Quarter", "Requests", "Answered on time", "Reviews"),
                    ("Apr-Jun 2025", "338", "64%", "29"), ("Jul-Sep 2025", "361", "55%", "37"),
                    ("Oct-Dec 2025", "347", "52%", "41"), ("Jan-Mar 2026", "366", "61%", "33")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.np(5, "The Commissioner first wrote to the Council at Level 1 in March 2025, asking that the Council "
            "\"should take immediate steps to improve its timeliness and report the steps taken\". The "
            "intervention was escalated to Level 2 in October 2025 and to Level 3 in February 2026, when "
            "performance had not improved.")
    d.np(6, "The Council's own FOI improvement plan of 2024 stated: \"we should aim to respond to 95% of "
            "requests within the statutory timescale by March 2025\". That aim was not met.")
    d.hd("Findings")
    d.hd("Receiving and logging requests", 10.5, color=(0, 0, 0))
    d.np(7, "The Scottish Ministers' Code of Practice under section 60 of FOISA states that authorities should "
            "have clear procedures for recognising requests wherever in the authority they are received.")
    d.np(8, "The Council's procedures say that a request should be forwarded to the central FOI team within one "
            "working day. In practice, requests sent to service mailboxes often waited there for a week or more.")
    d.np(9, "Of the 60 case files examined by the Commissioner's officers, 19 had been logged more than three "
            "working days after receipt, and in four cases the twenty days had expired before the FOI team knew "
            "of the request.")
    d.np(10, "The Council uses a case management system which can record the date of receipt, but services are "
             "not required to use it.")
    d.np(11, "Officers told us that the backlog built up during the restructure of the FOI team in 2025, when "
             "two of its four posts were vacant for seven months.")
    d.np(12, "Logging requests late leaves less time to search for and consider the information. " + rec(1))
    d.hd("Responsibility within services", 10.5, color=(0, 0, 0))
    d.np(13, "Heads of service are responsible for providing information to the FOI team, but most services have "
             "no agreed contact for FOI, and requests are passed from one officer to another.")
    d.np(14, "The services that performed best, Finance and Housing, each have an officer who tracks every "
             "request until the information is supplied. " + rec(2))
    d.np(15, "At 31 March 2026 the Council had 146 requests that were overdue, the oldest received in November "
             "2025.")
    d.np(16, "Requesters are entitled to a response, however late. " + rec(3))
    d.hd("Reviews", 10.5, color=(0, 0, 0))
    d.np(17, "Reviews are carried out by the Information Governance Manager, who also approves many of the "
             "original responses.")
    d.np(18, "In 11 of the 23 reviews examined, the reviewer had approved the original response. In each case "
             "the original response was upheld.")
    d.np(19, "A review should be a fresh look at the request. " + rec(4))
    d.hd("Training and resources", 10.5, color=(0, 0, 0))
    d.np(20, "The Council's online FOI module is optional, and only 38% of the staff who handle requests have "
             "completed it since 2023.")
    d.np(21, "Several officers were unsure when the exemption for personal data applied, or whether a request "
             "made on social media was valid.")
    d.np(22, "The FOI team cannot give each service the advice it needs on its own. " + rec(5))
    d.hd("Monitoring and publication", 10.5, color=(0, 0, 0))
    d.np(23, "FOI statistics are reported once a year, in the Council's annual governance statement.")
    d.np(24, "Neither senior managers nor elected members had been told that performance had fallen below 60%.")
    d.np(25, "Performance will not improve unless those responsible for it can see it. " + rec(6))
    d.np(26, "The Commissioner makes no recommendation about the Council's publication scheme, which was reviewed "
             "in 2025 and follows the model publication scheme.")
    d.np(27, "Many of the requests received by the Council are for information it has released before. " + rec(7))
    d.hd("Next steps")
    d.np(28, "The Council must send the Commissioner an action plan responding to this report by 30 October "
             "2026. The Commissioner will monitor the Council's performance monthly and will consider whether "
             "to escalate the intervention to Level 4, which may include formal enforcement action under FOISA.")
    d.ln(2)
    d.p("Margaret Dunsire\nHead of Enforcement\n15 September 2026", size=9.5, align="L")
    d.output(path)


def response(path):
    d = Doc("Ardmuir Council  |  Chief Executive's Office  |  CE/IG/2026/118", datetime(2026, 10, 27, 9, 0,
            tzinfo=timezone.utc), fam="SR")
    d.add_page()
    d.set_font("LS", "B", 15)
    d.set_text_color(*(20, 80, 60))
    d.cell(0, 7, "ARDMUIR COUNCIL", new_x="LMARGIN", new_y="NEXT", align="R")
    d.set_font("LS", "", 8.5)
    d.set_text_color(*GREY)
    d.cell(0, 4.2, "Chief Executive's Office  |  Council Buildings, Harbour Road, Ardmuir", new_x="LMARGIN",
           new_y="NEXT", align="R")
    d.set_text_color(0, 0, 0)
    d.ln(8)
    d.p("Ms Margaret Dunsire\nHead of Enforcement\nScottish Information Commissioner\nKinburn Castle\nSt Andrews",
        size=10.5, align="L", after=4)
    d.p("Our ref: CE/IG/2026/118\nDate: 27 October 2026", size=10.5, align="L", after=4)
    d.p("Dear Ms Dunsire", size=10.5, after=3)
    d.p("**Intervention 202600417 - action plan**", size=10.5, after=3)
    d.p("Thank you for your report of 15 September 2026. The Council's Corporate Management Team considered it "
        "on 6 October, and I have shared it with the Leader of the Council and the convener of the Audit and "
        "Scrutiny Committee. I recognise that our performance in 2025-26 was not acceptable, and I am grateful "
        "for the time your officers spent with our staff.", size=10.5)
    d.p("**Performance since your report**", size=10.5, after=2)
    d.p("In the quarter from July to September 2026 we answered 81% of requests on time, the best result since "
        "2022, and the two vacant posts in the Information Governance Team have now been filled.", size=10.5)
    d.p("Our response to each of your recommendations is set out below, with the paragraph of your report in "
        "which it appears.", size=10.5)

    def inset(paras, recs, reply):
        if d.get_y() > d.h - 60:
            d.add_page()
        d.set_font("LS", "B", 9.5)
        d.set_text_color(*PURPLE)
        d.cell(0, 5.5, paras, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        y0 = d.get_y()
        for r in recs:
            d.set_font("SR", "I", 10)
            d.set_x(d.l_margin + 6)
            d.multi_cell(d.epw - 8, 4.9, "\"" + r + "\"", new_x="LMARGIN", new_y="NEXT", align="L")
            d.ln(1)
        d.set_draw_color(170, 160, 190)
        d.set_line_width(1.2)
        d.line(d.l_margin + 2, y0, d.l_margin + 2, d.get_y() - 1)
        d.ln(1)
        d.p("**Council response:** " + reply, size=10.5, after=4)

    inset("Paragraph 16", [RECS[2]],
          "A temporary team of three officers has been working through the overdue requests since 1 October. "
          "At 23 October, 71 of the 146 requests had been answered, and we expect all to be cleared by the end "
          "of December 2026, a month ahead of the date you set. I will send your office a short progress "
          "report on the first working day of each month.")
    inset("Paragraph 12", [RECS[0]],
          "From 2 November 2026 every service mailbox will forward requests automatically to the case "
          "management system, which will record the date of receipt. Requests received by post or in person "
          "will be scanned and logged by the Customer Service Centre the same day.")
    inset("Paragraphs 14 and 22", [RECS[1], RECS[4]],
          "Education, Social Work, Planning and Roads receive two thirds of all requests, and each of these "
          "services now has a named coordinator and deputy. The other services are small, and the Council "
          "will not appoint coordinators in them; their requests will continue to be managed by the central "
          "team. On training, the FOISA module has been made mandatory for every member of staff who handles "
          "requests, all of whom will complete it by 31 March 2027, and a refresher will be required every two "
          "years.")
    inset("Paragraph 19", [RECS[3]],
          "The Council has considered this carefully. In a council of our size there is no senior officer with "
          "the necessary knowledge of FOISA outside the Information Governance Team, and the Council does not "
          "accept that reviews should be moved to another service. The Information Governance Manager will "
          "continue to carry out reviews.")
    inset("Paragraph 25", [RECS[5]],
          "Whether FOI performance is reported to the Audit and Scrutiny Committee, and how often, is a matter for the "
          "committee itself; the convener has been sent your report and will consider it when the committee "
          "agrees its 2027 work programme.")
    d.p("I will write to you again with a full progress report by 31 March 2027. In the meantime, our "
        "Information Governance Manager, Mr Struan Baird, will be happy to meet your officers at any time.",
        size=10.5)
    d.p("Yours sincerely", size=10.5, after=8)
    d.p("**Fiona Carmichael**\nChief Executive", size=10.5, align="L")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "every service mailbox will forward requests automatically to the case management system",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "the Council will not appoint coordinators in them",
         "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "we expect all to be cleared by the end of December 2026",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "does not accept that reviews should be moved to another service",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "the FOISA module has been made mandatory for every member of staff",
         "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "is a matter for the committee itself",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "The Council's Corporate Management Team considered it on 6 October",
        "we answered 81% of requests on time",
        "I will write to you again with a full progress report",
    ], "Advice: a Scottish Information Commissioner's Level 3 intervention report on a council's FOI "
       "performance (FOISA): a details table, paragraphs numbered 1.-28. with hanging numbers under unnumbered "
       "headings (Summary, Background, Findings with sub-headings, Next steps). The seven recommendations are "
       "UNNUMBERED bold sentences 'The Commissioner recommends that the Council ...' at the END of paragraphs "
       "12, 14, 16, 19, 22, 25 and 27, after a plain sentence in the same paragraph; numbers expected 1-7 by "
       "order. Traps: 'This report makes recommendations on each of these matters' (2), FOISA sections 10(1) and "
       "21(1) ('requires ... to comply ... by the twentieth working day'), a quarterly table, the Level 1 letter "
       "quoted ('should take immediate steps to improve its timeliness'), the Council's 2024 plan quoted ('we "
       "should aim to respond to 95%'), the section 60 Code ('authorities should have clear procedures'), "
       "findings with 'should' ('a request should be forwarded', 'A review should be a fresh look'), 'makes no "
       "recommendation about the Council's publication scheme' (26), and 'Next steps' ('The Council must send "
       "the Commissioner an action plan'). Response: the Chief Executive's letter; after an intro and "
       "'Performance since your report', insets headed 'Paragraph N' QUOTE the recommendations in italics (so "
       "the recommendation texts recur in the response) with a bold 'Council response:' in prose after each, in "
       "the order 16, 12, 14+22, 19, 25: 16 backlog cleared by December, monthly reports (3 agrees); 12 "
       "automatic forwarding and same-day logging (1 agrees); ONE inset 'Paragraphs 14 and 22' quoting both, "
       "one reply: coordinators only in four services, 'will not appoint coordinators in them' (2 partly) and "
       "mandatory FOISA module by March 2027 with two-yearly refresher (5 agrees); 19 'does not accept that "
       "reviews should be moved' (4 disagrees); 25 reporting to the committee 'a matter for the committee itself', "
       "report sent to the convener (6 noted); paragraph 27 (disclosure log) unanswered. Unmatched: the intro, "
       "'Performance since your report' (81% on time) and the closing (progress report by 31 March 2027).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 79 (EN): a FREEDOM TO SPEAK UP GUARDIAN'S ANNUAL REPORT TO A TRUST BOARD (genre: the NHS board paper in
which a hospital trust's Speak Up Guardian reports on the year's concerns: a cover sheet with agenda item, purpose
and 'The Board is asked to', an executive summary, numbered paragraphs 1.1, 2.1 ... in board-paper style, a table
of cases by theme and staff group, last year's recommendations with their status, themes and learning, and the
Guardian's RECOMMENDATIONS as numbered paragraphs 7.1-7.7 of section 7) answered by the EXECUTIVE'S MANAGEMENT
RESPONSE PAPER to the same Board (cover sheet, purpose, the response by subject in bold run-in headings in another
order, financial implications, the decision asked of the Board).
Advice: Ashbourne Vale NHS Foundation Trust (invented), Freedom to Speak Up Guardian, 'Annual report 2025/26',
Board of Directors item 14, 3 p.
Response: Chief People Officer's paper 'Management response to the Freedom to Speak Up Guardian's annual report',
item 14.1, 2 p.; order 7.5, 7.1, 7.2 and 7.6 (one section), 7.4, 7.3; 7.7 is not answered.
fpdf2, A4, cleaned Liberation Sans, fixed creation date. The NHS Standard Contract and the National Guardian's Office
are real (what is said of them here is not to be relied on); the trust, the people, the cases and all figures are
invented.

Run:  /tmp/blind79en/bin/python tests/docs/src/blind79/gen_en_speak_up_guardian_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b79en as H
from fpdf import FPDF

NAME = "blind79_en_speak_up_guardian"
DATE = datetime.datetime(2026, 6, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
NHSBLUE = (0, 94, 184)


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(format="A4")
        self.foot = foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("S", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_creation_date(DATE)
        self.set_margins(20, 16, 20)
        self.set_auto_page_break(True, 18)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)

    def banner(self, trust, title):
        self.set_font("S", "B", 9)
        self.set_text_color(*NHSBLUE)
        self.cell(0, 5, trust, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)
        self.set_font("S", "B", 15)
        self.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def cover(self, rows):
        self.set_font("S", "", 9)
        self.set_fill_color(225, 236, 248)
        with self.table(col_widths=(45, 125), line_height=4.6, first_row_as_headings=False) as t:
            for a, b in rows:
                r = t.row()
                r.cell(a, style=None)
                r.cell(b)
        self.ln(3)

    def head(self, t):
        self.ln(1.5)
        self.set_font("S", "B", 11)
        self.set_text_color(*NHSBLUE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def p(self, t, size=9.8, lh=4.9, indent=0):
        self.set_font("S", "", size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, lh, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)

    def np(self, num, t, size=9.8, lh=4.9):
        self.set_font("S", "", size)
        y = self.get_y()
        self.cell(12, lh, num)
        self.set_xy(self.l_margin + 12, y)
        self.multi_cell(0, lh, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)

    def grid(self, widths, rows, size=8.5):
        self.set_font("S", "", size)
        with self.table(col_widths=widths, line_height=4.4, first_row_as_headings=True) as t:
            for row in rows:
                r = t.row()
                for x in row:
                    r.cell(x)
        self.ln(2)


def advice():
    d = Doc("Trust Board 25 June 2026 - Item 14 - Freedom to Speak Up Guardian annual report - page {n}")
    d.add_page()
    d.banner("Ashbourne Vale NHS Foundation Trust", "Freedom to Speak Up Guardian: Annual report 2025/26")
    d.cover([("Meeting", "Board of Directors (public), 25 June 2026"), ("Agenda item", "14"),
             ("Author", "Priya Nandakumar, Freedom to Speak Up Guardian"),
             ("Executive sponsor", "Mark Ellery, Chief People Officer"),
             ("Purpose", "For assurance and approval"),
             ("The Board is asked to", "note the report; take assurance from the progress on last year's actions; "
                                       "and approve the recommendations in section 7")])
    d.head("1. Executive summary")
    d.np("1.1", "Staff raised 212 concerns with the Guardian in 2025/26, up from 164. Almost half involved "
                "behaviour, including bullying and incivility, and one in five had an element of patient safety. "
                "Seven recommendations are made, mainly about time for the Guardian, training for managers and "
                "openness about what happens after people speak up.")
    d.head("2. Background")
    d.np("2.1", "The NHS Standard Contract requires every trust to appoint a Freedom to Speak Up Guardian and to "
                "follow the national Speak Up policy. The National Guardian's Office guidance says that boards "
                "should receive a report from their Guardian at least twice a year; this is the annual report.")
    d.np("2.2", "The Guardian is employed for 0.6 whole-time equivalent (WTE) and is supported by 41 Speak Up "
                "champions, almost all in day-time clinical areas.")
    d.head("3. Concerns raised in 2025/26")
    d.grid((62, 27, 27, 27, 27), [
        ("Theme", "Q1", "Q2", "Q3", "Q4"),
        ("Behaviour (bullying, incivility)", "22", "27", "25", "28"),
        ("Patient safety or quality", "9", "11", "12", "13"),
        ("Worker safety or wellbeing", "8", "9", "10", "10"),
        ("Processes, policies and other", "9", "8", "6", "5"),
    ])
    d.np("3.1", "Nurses and midwives raised 38 per cent of concerns; Estates and Facilities staff raised 14 per cent, "
                "against 7 per cent of the workforce. Eleven concerns were raised anonymously.")
    d.head("4. Progress on last year's recommendations")
    d.grid((16, 104, 50), [
        ("No.", "Recommendation in the 2024/25 report", "Status"),
        ("1", "\"The Trust should recruit Speak Up champions in every division.\"", "Complete"),
        ("2", "\"Speak Up should be included in the corporate induction.\"", "Complete"),
        ("3", "\"Cases should be recorded on a secure case management system.\"", "In progress"),
    ])
    d.head("5. Themes and learning")
    d.np("5.1", "Most people who spoke up said they would do so again, but 26 per cent said that nothing changed as a "
                "result, and many did not hear what was done. Managers should thank workers who speak up and tell "
                "them the outcome; the national policy already expects this.")
    d.np("5.2", "Two workers in Estates and Facilities reported that they suffered detriment after speaking up about "
                "rota practices. Both cases were handled through the grievance procedure, and neither worker felt "
                "the outcome addressed what had happened.")
    d.np("5.3", "Night staff and staff at the community hospitals in Crowhurst and Lyne Bridge rarely use the "
                "service: only nine concerns came from them all year.")
    d.head("6. Guardian capacity")
    d.np("6.1", "With 212 cases, the Guardian's caseload is above that of most comparable trusts. The time available "
                "for proactive work, such as visiting night shifts, is now close to nil.")
    d.head("7. Recommendations")
    for n, t in (
        ("7.1", "The Trust should increase the Guardian's ring-fenced time from 0.6 to 1.0 WTE from 1 October "
                "2026."),
        ("7.2", "Speak Up, Listen Up, Follow Up training should be made mandatory for every member of staff with "
                "line-management responsibility, with 90 per cent compliance by March 2027."),
        ("7.3", "The Trust should publish an anonymised quarterly summary of concerns raised and the actions taken, "
                "on the intranet and in the staff newsletter."),
        ("7.4", "The Chief People Officer should commission an independent review of the two detriment cases in "
                "Estates and Facilities and report its findings to the People Committee."),
        ("7.5", "Exit questionnaires should ask every leaver whether they felt able to speak up, and the answers "
                "should be reported to the People Committee twice a year."),
        ("7.6", "Speak Up champions should be recruited among night staff and at the two community hospitals, so that "
                "every shift and every site has access to one."),
        ("7.7", "The Board should complete the National Guardian's Office reflection and planning tool in a "
                "development session before the end of 2026."),
    ):
        d.np(n, t)
    d.p("Priya Nandakumar, Freedom to Speak Up Guardian, 12 June 2026", size=9)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Trust Board 25 June 2026 - Item 14.1 - page {n}")
    d.add_page()
    d.banner("Ashbourne Vale NHS Foundation Trust",
             "Management response to the Freedom to Speak Up Guardian's annual report 2025/26")
    d.cover([("Meeting", "Board of Directors (public), 25 June 2026"), ("Agenda item", "14.1"),
             ("Author", "Mark Ellery, Chief People Officer"),
             ("Purpose", "For approval")])
    d.head("1. Purpose of this paper")
    d.p("This paper gives the executive team's response to the Guardian's annual report, which is item 14 on this "
        "agenda. The executive team discussed the report on 16 June and thanks the Guardian for a clear and "
        "challenging account of the year.")
    d.head("2. Our response")
    d.p("**Leavers.** From August the exit questionnaire will include a question on whether the leaver felt safe to "
        "speak up. The results will go to the People Committee in its January and July workforce reports.")
    d.p("**Guardian time.** We recognise that the caseload has outgrown the role. The Guardian's protected time "
        "will rise to 0.8 WTE from 1 October 2026; we will review whether a further increase is needed when the "
        "2026/27 caseload is known, but cannot fund a full-time post within this year's budget.")
    d.p("**Training and champions.** The Speak Up, Listen Up, Follow Up module will be added to the mandatory "
        "training requirements for all line managers from September, and compliance will be reported monthly "
        "with a target of 90 per cent by March 2027. The Guardian's proposal to extend the champion network to "
        "night staff and the community hospitals has been passed to the Chief Nurse, who will consider it "
        "alongside the nursing workforce review in the autumn.")
    d.p("**Detriment.** Both cases were investigated under the grievance procedure, with an independent panel "
        "member, and both workers were offered mediation. The executive team does not consider that a further "
        "external review would add to those findings. The Chief People Officer will instead meet each worker to "
        "hear their experience directly.")
    d.p("**Openness about outcomes.** We agree that staff need to see that speaking up makes a difference. A "
        "summary of themes and actions will be published on the intranet every six months rather than every "
        "quarter, so that the numbers in each summary are large enough to protect anonymity.")
    d.head("3. Financial implications")
    d.p("The increase in Guardian time costs about 19,000 pounds a year and will be met from the People "
        "Directorate's budget. Mandatory training uses existing e-learning and has no direct cost.")
    d.head("4. Decision required")
    d.p("The Board is asked to approve the management response and to ask the People Committee to monitor its "
        "delivery.")
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    ("7.1", "The Trust should increase the Guardian's ring-fenced time from 0.6",
     "protected time will rise to 0.8 WTE", "partly"),
    ("7.2", "Speak Up, Listen Up, Follow Up training should be made mandatory",
     "added to the mandatory training requirements for all line managers", "agrees"),
    ("7.3", "The Trust should publish an anonymised quarterly summary of concerns raised",
     "every six months rather than every quarter", "partly"),
    ("7.4", "The Chief People Officer should commission an independent review of the",
     "does not consider that a further external review would add", "disagrees"),
    ("7.5", "Exit questionnaires should ask every leaver whether they felt able to",
     "whether the leaver felt safe to speak up", "agrees"),
    ("7.6", "Speak Up champions should be recruited among night staff and at",
     "who will consider it alongside the nursing workforce review", "noted"),
    ("7.7", "The Board should complete the National Guardian's Office reflection and planning",
     None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thanks the Guardian for a clear and challenging account",
                      "will be met from the People Directorate's budget",
                      "ask the People Committee to monitor its delivery"],
                     "Advice: an NHS trust Freedom to Speak Up Guardian's annual report to the Board: cover sheet "
                     "with 'The Board is asked to ... approve the recommendations in section 7', board-paper "
                     "paragraph numbers 1.1-6.1, a table of concerns by quarter. The seven recommendations are the "
                     "numbered paragraphs 7.1-7.7 of '7. Recommendations' (the numbers are '7.1' ... '7.7'). Traps: "
                     "1.1 summarises them ('Seven recommendations are made, mainly about ...'); 2.1 the NHS Standard "
                     "Contract 'requires' and national guidance 'boards should receive a report'; last year's "
                     "recommendations quoted in a status table ('The Trust should recruit Speak Up champions ...'); "
                     "5.1 'Managers should thank workers who speak up ... the national policy already expects "
                     "this'; the other numbered paragraphs. Response: the Chief People Officer's MANAGEMENT RESPONSE "
                     "board paper, bold run-in subjects under '2. Our response', no numbers, order 7.5, 7.1, "
                     "7.2+7.6, 7.4, 7.3: exit question (7.5 agrees); 0.8 WTE not 1.0 (7.1 partly); ONE paragraph "
                     "'Training and champions' = mandatory training (7.2 agrees) + champions 'passed to the Chief "
                     "Nurse, who will consider it' (7.6 noted); 'does not consider that a further external review "
                     "would add' (7.4 disagrees); summary every six months, not quarterly (7.3 partly); 7.7 (Board "
                     "reflection tool) is not answered. Unmatched: '1. Purpose of this paper', '3. Financial "
                     "implications', '4. Decision required'.")
    sys.exit(H.main([NAME]))

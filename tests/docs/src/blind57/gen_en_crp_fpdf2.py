"""Round 57 (EN): a development bank accountability mechanism's COMPLIANCE REVIEW REPORT and the Board's DECISION on it.
Advice: 'Final Report on the Compliance Review of the Kalanta Valley Irrigation Modernization Project (Loan 4127) in
the Republic of Maravel' of the Compliance Review Panel (CRP) of the (invented) Pacific Rim Development Bank (genre
of the compliance review reports of development-bank accountability mechanisms: paragraphs numbered 1-24 in a margin
column, the complainants' requests (i)-(iv), coded findings of non-compliance, Management's comments on the draft
quoted, and one paragraph 'the CRP recommends that the Board direct Management to:' with lettered remedial actions
(a)-(g)). Response: 'Board Decision' of the Bank's Board of Directors on the report (genre of a board resolution /
decision sheet: meeting details, a short summary of discussion, then 'The Board DECIDED:' with numbered decisions
1-7 that approve, modify, do not approve or take note of the recommendations in another order, and decisions on
other business). Recommendations: (a)-(g). Traps: the numbered paragraphs, the complainants' requests, the Safeguard
Policy Statement's requirements quoted ('will', 'shall'), findings F1-F4 ('should have'), Management's comments
quoted, the CRP's own monitoring duty ('the CRP will monitor'). fpdf2, A4, cleaned Liberation Sans. All content is
invented.

Run:  /tmp/blind57en/bin/python tests/docs/src/blind57/gen_en_crp_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b57en as H
from fpdf import FPDF

NAME = "blind57_en_crp"
BLUE = (0, 61, 107)
SHADE = (232, 240, 247)

RECS = [
    ("a", "prepare with the Borrower, within 90 days of the Board's decision, a corrective action plan with "
          "time-bound actions, budgets and responsibilities for each of the remedial actions below, and disclose it "
          "on the Bank's website in English and in Kalantan;"),
    ("b", "ensure that the 214 households who lost land to the main canal receive replacement land or, where "
          "they prefer, cash compensation at full replacement cost based on a new independent valuation at current "
          "market prices;"),
    ("c", "ensure that the Borrower engages an independent external monitoring agent, acceptable to the Bank, to "
          "verify the delivery of compensation and livelihood restoration and to publish semi-annual reports;"),
    ("d", "ensure that the Indigenous Peoples Plan is updated through a process of meaningful consultation with "
          "the Teruan communities of Upper Kalanta, and that the updated plan is translated into the Teruan "
          "language;"),
    ("e", "strengthen the safeguards staffing of the Maravel Resident Mission by adding at least one international "
          "and one national social safeguards specialist for the remaining life of the project;"),
    ("f", "suspend disbursements under Component 2 (main canal extension) until the Borrower has paid the "
          "compensation described in (b) to at least 90 percent of the affected households;"),
    ("g", "report to the Board on the implementation of the corrective action plan every six months until the "
          "CRP confirms that the project is in compliance."),
]


class Doc(FPDF):
    def __init__(self, foot, head=None):
        super().__init__(format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.foot, self.head = foot, head
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 8, 4, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.head and self.page_no() > 1:
            self.set_font("LS", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 4, self.head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10, lh=5.1, align="J", after=2.2, indent=0):
        self.set_font("LS", style, size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=11):
        if self.get_y() > 250:
            self.add_page()
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def np(self, n, t, gap=10, after=2.2):
        self.set_font("LS", "", 10)
        if self.get_y() > 262:
            self.add_page()
        y = self.get_y()
        self.set_text_color(90, 90, 90)
        self.cell(gap, 5.1, n)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin + gap, y)
        self.multi_cell(self.epw - gap, 5.1, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)

    def item(self, lab, t, left=10, gap=8, after=1.5):
        self.set_font("LS", "", 10)
        if self.get_y() > 265:
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin + left)
        self.cell(gap, 5.1, lab)
        self.set_xy(self.l_margin + left + gap, y)
        self.multi_cell(self.epw - left - gap, 5.1, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)


def advice(path):
    d = Doc("%d", "CRP Final Report - Loan 4127 (MRV)")
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(0, 0, 210, 38, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 10)
    d.set_font("LS", "B", 9)
    d.cell(0, 5, "PACIFIC RIM DEVELOPMENT BANK  |  ACCOUNTABILITY MECHANISM", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22)
    d.set_font("LS", "B", 15)
    d.multi_cell(166, 7, "Compliance Review Panel: Final Report", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(44)
    d.p("**Compliance Review of the Kalanta Valley Irrigation Modernization Project (Loan 4127) in the Republic of "
        "Maravel**", size=12, lh=6, align="L")
    d.p("CRP Request No. 2025/2  |  Report date: 11 May 2026  |  Distribution: Board of Directors, President, "
        "Management, Requesters", size=8.5, lh=4.5, align="L", after=3)
    d.hd("I. INTRODUCTION")
    d.np("1.", "On 14 March 2025, the Compliance Review Panel (CRP) received a request for compliance review from "
               "four residents of Upper Kalanta District, acting on behalf of 61 households affected by the project "
               "(the Requesters). The Board authorized the compliance review on 30 June 2025.")
    d.np("2.", "The Requesters asked the Bank to: (i) stop work on the main canal until compensation is paid; "
               "(ii) pay for land at market prices; (iii) meet with the Teruan communities in their own villages; "
               "and (iv) provide copies of the resettlement documents in a language they can read. The CRP's task is "
               "not to grant these requests but to determine whether the Bank complied with its operational policies "
               "and, where it did not, whether harm resulted.")
    d.np("3.", "The project, approved in 2021 with a loan of $148 million, modernizes 38,000 hectares of irrigated "
               "land and extends the main canal by 27 kilometers (Component 2). About 1,900 hectares were acquired "
               "for the canal and its service roads.")
    d.hd("II. APPLICABLE POLICY REQUIREMENTS")
    d.np("4.", "The Safeguard Policy Statement (2019) provides, among other things, that:")
    d.item("-", "_\"The borrower/client will provide adequate and appropriate replacement land and structures or cash "
                "compensation at full replacement cost for lost land and structures.\"_", left=10)
    d.item("-", "_\"Payment of compensation shall be completed before physical or economic displacement.\"_", left=10)
    d.np("5.", "Under paragraph 182 of the Accountability Mechanism Policy, the CRP may recommend remedial actions to "
               "the Board; the Board decides whether to approve them.")
    d.hd("III. FINDINGS")
    d.np("6.", "**F1 - Compensation at replacement cost.** The land valuation of 2021 used government schedule rates "
               "that were on average 43 percent below market prices. The Bank should have required an independent "
               "valuation before approving the resettlement plan. Non-compliance; harm found.")
    d.np("7.", "**F2 - Timing of payment.** Construction on 9 kilometers of canal began before compensation was paid "
               "to 122 households. Non-compliance; harm found.")
    d.np("8.", "**F3 - Indigenous Peoples.** The Teruan communities were consulted at one meeting held in the "
               "district capital, in Maravese only. Non-compliance; harm to be confirmed.")
    d.np("9.", "**F4 - Supervision.** The Bank's supervision missions did not include a social safeguards specialist "
               "between 2022 and 2024. Non-compliance.")
    d.np("10.", "In its comments on the draft report, Management stated that it \"broadly accepts findings F1, F2 and "
                "F4, but considers that the consultation with the Teruan communities met the requirements applicable "
                "at the time.\" The CRP has considered these comments and maintains its finding F3.")
    d.hd("IV. RECOMMENDATIONS")
    d.np("11.", "To bring the project into compliance and to address the harm found, the CRP recommends that the "
                "Board direct Management to:", after=1.5)
    for lab, t in RECS:
        d.item("(%s)" % lab, t, left=10, gap=8)
    d.ln(1)
    d.np("12.", "Under the Accountability Mechanism Policy, the CRP will monitor the implementation of any remedial "
                "actions approved by the Board and will report to the Board annually for up to five years.")
    d.np("13.", "The CRP thanks the Requesters, the Government of Maravel and Bank staff for their cooperation.")
    d.ln(3)
    d.p("Compliance Review Panel: Hemi Rautangata (Chair), Leonor Abad-Villaroel, Stefan Kroll", size=9, lh=4.6,
        align="L")
    d.output(path)


def response(path):
    d = Doc("Page %d", None)
    d.add_page()
    d.set_font("LS", "B", 9)
    d.set_text_color(*BLUE)
    d.cell(0, 5, "PACIFIC RIM DEVELOPMENT BANK", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 8.5)
    d.cell(0, 4.5, "DOC.SEC/R88-26/DEC  |  For public disclosure", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.p("**BOARD DECISION**", size=14, lh=7, align="L", after=1)
    d.p("**Compliance Review Panel Final Report: Kalanta Valley Irrigation Modernization Project (Loan 4127) in the "
        "Republic of Maravel**", size=11, lh=5.6, align="L", after=3)
    rows = [("Meeting", "Formal Board meeting, 22 July 2026"),
            ("Documents", "R88-26 (CRP Final Report); R88-26/Add.1 (Management's Response)"),
            ("Chair", "Vice-President, Operations Group 2, for the President")]
    d.set_font("LS", "", 9.5)
    with d.table(col_widths=(30, 136), text_align="LEFT", first_row_as_headings=False,
                 line_height=5, borders_layout="HORIZONTAL_LINES") as t:
        for a, b in rows:
            r = t.row()
            r.cell(a)
            r.cell(b)
    d.ln(4)
    d.hd("Summary of discussion")
    d.p("Directors welcomed the thorough report of the CRP and noted with concern that construction had started "
        "before affected households were paid. Several Directors asked Management to draw lessons for other "
        "irrigation projects in the region. The Director for Maravel informed the Board that the Government has "
        "already released additional funds for land compensation.")
    d.hd("Decisions")
    d.p("The Board DECIDED:", style="B", after=1.5)
    dec = [
        "to approve recommendation (a) of the CRP. The corrective action plan shall be submitted to the Board for "
        "information and disclosed no later than 20 October 2026;",
        "to take note of recommendation (e), and to request Management to address the staffing of the Resident "
        "Mission in the next work program and budget framework;",
        "to approve recommendation (c), the cost of the monitoring agent to be met from the loan proceeds; and not "
        "to approve recommendation (f), since a suspension of Component 2 would delay irrigation for 9,000 farming "
        "households without speeding up compensation;",
        "to approve recommendation (b) as modified by Management: compensation will be recalculated on the basis of "
        "an updated valuation by the Government's land valuation office, reviewed by an independent expert, "
        "instead of a new independent valuation;",
        "to approve recommendation (g), the first progress report to be submitted in January 2027;",
        "to request the CRP to monitor implementation in accordance with the Accountability Mechanism Policy;",
        "to take note of Management's proposal to review the safeguard arrangements of the three other irrigation "
        "projects in the Maravel portfolio and to report the results to the Development Effectiveness Committee.",
    ]
    for i, t in enumerate(dec, 1):
        d.item("%d." % i, t, left=4, gap=8, after=1.8)
    d.ln(2)
    d.hd("Other business")
    d.p("The Board approved the minutes of the meeting of 8 July 2026 without amendment.")
    d.ln(4)
    d.p("Authenticated by: Abigail Teo-Marsden, Secretary", size=9.5, align="L")
    d.output(path)


NOTES = ("Development-bank accountability mechanism pair: the (invented) Pacific Rim Development Bank's Compliance "
         "Review Panel final report on a loan to the (invented) Republic of Maravel, answered by the Board's "
         "decision sheet. Recommendations: the remedial actions (a)-(g), lower-case verb clauses after 'the CRP "
         "recommends that the Board direct Management to:' in paragraph 11 (starts_with = the clause without the "
         "lead-in). Traps: paragraphs numbered 1.-13. in a margin column, the Requesters' requests (i)-(iv) "
         "('stop work', 'pay for land'), the Safeguard Policy Statement quoted ('will provide', 'shall be "
         "completed'), findings F1-F4 ('should have required'), Management's comments on the draft quoted, the "
         "CRP's own monitoring duty (12). The decision sheet lists 'The Board DECIDED:' 1.-7. in the order a, e, "
         "c+f, b, g, then the CRP's monitoring and a Management proposal. Key: (a) approved (agrees); (e) 'to take "
         "note of', staffing left to the next budget framework (noted); one decision: (c) approved (agrees) + (f) "
         "'not to approve' (disagrees); (b) approved 'as modified by Management', government valuation reviewed by "
         "an expert instead of a new independent valuation (partly); (g) approved (agrees); (d) (Indigenous Peoples "
         "Plan, translation) unanswered. Unmatched: the meeting table, Summary of discussion, decisions 6 and 7, "
         "Other business (minutes).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(dict(RECS)[k].split()[:n])
    recs = [
        {"number": "a", "starts_with": sw("a"),
         "reply_contains": "The corrective action plan shall be submitted to the Board", "verdict": "agrees"},
        {"number": "b", "starts_with": sw("b"),
         "reply_contains": "to approve recommendation (b) as modified by Management", "verdict": "partly"},
        {"number": "c", "starts_with": sw("c"),
         "reply_contains": "the cost of the monitoring agent to be met", "verdict": "agrees"},
        {"number": "d", "starts_with": sw("d"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "e", "starts_with": sw("e"),
         "reply_contains": "to take note of recommendation (e)", "verdict": "noted"},
        {"number": "f", "starts_with": sw("f"),
         "reply_contains": "not to approve recommendation (f), since a suspension", "verdict": "disagrees"},
        {"number": "g", "starts_with": sw("g"),
         "reply_contains": "the first progress report to be submitted in January 2027", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["Directors welcomed the thorough report of the CRP",
                                  "to request the CRP to monitor implementation",
                                  "review the safeguard arrangements of the three other irrigation projects",
                                  "approved the minutes of the meeting of 8 July 2026"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b57en.py"), NAME)) and 1)

"""Round 73 (EN): an international development bank's COMPLIANCE REVIEW PANEL REPORT (genre of the independent
accountability mechanisms of multilateral banks: a report to the Board of Directors on a complaint by
project-affected people, numbered paragraphs, the Bank's safeguard policy quoted, the Requesters' demands and
Management's earlier response quoted, a table of findings of compliance, and the recommendations as LETTERED items
(a)-(g) after the lead-in 'The Panel recommends that the Board direct Management to:') answered by MANAGEMENT'S
RESPONSE AND PROPOSED REMEDIAL ACTION PLAN (genre: a Board document with a cover block, numbered paragraphs under
roman-numbered sections, subject sub-heads without the Panel's letters, a small action-plan table, and a closing
'Recommendation' asking the Board to approve the plan).
Advice: Coral Sea Development Bank, Compliance Review Panel, 'Compliance Review Report: Tavua Valley Hydropower
Project (Loan 4217-MRD)', CRP/2026/02, A4, 3 p.; recommendations (a)-(g) in paragraph 41.
Response: R88-26, 'Management Response to the Compliance Review Report and Proposed Remedial Action Plan',
A4, 2 p.; order (d), (a), (c)+(e) (one paragraph), (b), (f); (g) (translation of documents) is not answered.
fpdf2, cleaned Liberation Sans/Serif, fixed creation dates. The Bank, the Panel, the Republic of Marindo, the
project, the people and all figures are invented.

Run:  /tmp/blind73en/bin/python tests/docs/src/blind73/gen_en_compliance_review_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b73en as H
from fpdf import FPDF

NAME = "blind73_en_compliance_review"
NAVY = (20, 45, 95)
GREY = (95, 95, 95)

RECS = [
    ("a", "complete, within six months, an independent census of all households whose land, houses or fishing "
          "grounds are affected by the reservoir, including households not recorded in the 2021 survey;"),
    ("b", "ensure that compensation for lost fishing income is paid at full replacement value and backdated to "
          "the date on which impoundment began;"),
    ("c", "suspend disbursements for the second transmission line until the Board has approved a corrective action "
          "plan;"),
    ("d", "establish a project-level grievance mechanism that is independent of the Borrower's implementing agency, "
          "with one member nominated by the affected communities;"),
    ("e", "engage an independent monitoring expert to report to the Board every six months on the implementation of "
          "the corrective action plan until the end of 2029;"),
    ("f", "review the Bank's Safeguard Policy Statement so that a cumulative impact assessment is required for "
          "every hydropower project forming part of a cascade on one river; and"),
    ("g", "translate the resettlement plan, the census results and the corrective action plan into Vanu and Leroa "
          "and make printed copies available in each affected village."),
]


class Doc(FPDF):
    def __init__(self, foot, fam):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for f2, base in (("S", "LiberationSans"), ("R", "LiberationSerif")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(f2, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.fam = fam
        self.set_creation_date(datetime(2026, 6, 3, 9, 0, tzinfo=timezone.utc))
        self.foot = foot
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 20)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def para(self, n, text, size=10.5, ind=11, style=""):
        self.set_font(self.fam, style, size)
        y = self.get_y()
        if self.will_page_break(10):
            self.add_page()
            y = self.get_y()
        if n:
            self.set_xy(self.l_margin, y)
            self.cell(ind, 5.4, n)
        self.set_xy(self.l_margin + ind, y)
        self.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def head(self, text, size=11.5):
        if self.will_page_break(20):
            self.add_page()
        self.ln(1.5)
        self.set_font("S", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)


def advice(path):
    d = Doc("CRP/2026/02 - Compliance Review Report - page {n}", "R")
    d.set_title("Compliance Review Report: Tavua Valley Hydropower Project")
    d.set_author("Compliance Review Panel, Coral Sea Development Bank")
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_text_color(*GREY)
    d.cell(0, 5, "CORAL SEA DEVELOPMENT BANK", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "COMPLIANCE REVIEW PANEL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 9)
    d.cell(0, 5, "CRP/2026/02  |  Distribution: Board of Directors, President  |  2 June 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*NAVY)
    d.set_line_width(0.8)
    d.line(24, d.get_y() + 2, 186, d.get_y() + 2)
    d.ln(6)
    d.set_text_color(*NAVY)
    d.set_font("S", "B", 16)
    d.multi_cell(0, 8, "Compliance Review Report\nRepublic of Marindo: Tavua Valley Hydropower Project "
                       "(Loan 4217-MRD)", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.head("I. THE REQUEST")
    d.para("1.", "On 9 September 2025 the Panel received a request for compliance review from 212 residents of the "
                 "villages of Navesi, Koro-i-Tavua and Lomani (the Requesters). The Requesters allege that the Bank "
                 "failed to comply with its safeguard policies in the preparation and supervision of the project, "
                 "and that they lost land and fishing income without adequate compensation.")
    d.para("2.", "The Requesters asked that the dam 'should be decommissioned and the river restored'. The Panel "
                 "has no mandate to order such a remedy; its task is to establish whether the Bank complied with its "
                 "own policies and, where it did not, to recommend how compliance can be restored.")
    d.para("3.", "In its response of 14 November 2025, Management stated that the Bank 'should not be held "
                 "responsible for the Borrower's delays in paying compensation', and that a corrective plan was "
                 "already under discussion with the Tavua Power Authority.")
    d.head("II. THE APPLICABLE POLICIES")
    d.para("4.", "Safeguard Requirement 2 of the Safeguard Policy Statement (2019) provides:")
    d.set_x(d.l_margin + 20)
    d.set_font("R", "I", 10)
    d.multi_cell(140, 5.2, "'The Bank shall ensure that the borrower compensates displaced persons for all lost "
                           "assets at full replacement cost, and restores their livelihoods to at least "
                           "pre-project levels.'", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("5.", "Under paragraph 58 of the Operations Manual, Management must supervise safeguard implementation "
                 "at least twice a year and must report any serious non-compliance to the Board.")
    d.head("III. FINDINGS")
    d.para("6.", "The Panel visited the project area in February 2026. It finds that the 2021 census was carried out "
                 "before the final reservoir level was fixed; the census should have been repeated when the level was "
                 "raised by four metres in 2022. At least 61 households were never recorded.")
    d.para("7.", "Compensation was paid for land at the 2021 cadastral value, and nothing was paid for the loss of "
                 "river fishing, on which most households in Lomani depend. Supervision missions in 2023 and 2024 "
                 "noted the complaints but did not report them to the Board.")
    d.para("8.", "The Panel's findings are summarised in Table 1.")
    d.set_font("S", "B", 9)
    d.set_fill_color(225, 231, 242)
    w = [78, 40, 44]
    for t, ww in zip(("Policy requirement", "Finding", "Harm"), w):
        d.cell(ww, 6.5, t, border=1, fill=True)
    d.ln()
    d.set_font("S", "", 9)
    for row in (("SR2: census of displaced persons", "Non-compliance", "Yes - 61 households"),
                ("SR2: replacement cost", "Non-compliance", "Yes"),
                ("SR2: livelihood restoration", "Non-compliance", "Yes"),
                ("Operations Manual para 58: supervision", "Partial compliance", "Contributed"),
                ("Public Communications Policy: disclosure", "Compliance", "No")):
        for t, ww in zip(row, w):
            d.cell(ww, 6, t, border=1)
        d.ln()
    d.ln(3)
    d.para("9.", "The Panel does not recommend that the Bank cancel the loan. Cancellation would leave the affected "
                 "households without any route to compensation and would not restore compliance.")
    d.head("IV. RECOMMENDATIONS")
    d.para("10.", "In view of these findings, and to bring the project into compliance, the Panel recommends that "
                  "the Board direct Management to:")
    for letter, text in RECS:
        d.ln(1.2)
        d.set_font("R", "", 10.5)
        y = d.get_y()
        d.set_xy(d.l_margin + 11, y)
        d.cell(9, 5.4, "(%s)" % letter)
        d.set_xy(d.l_margin + 20, y)
        d.multi_cell(0, 5.4, text, align="J", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("11.", "The Panel will monitor the implementation of the Board's decision and will report to the Board "
                  "annually for three years.")
    d.ln(4)
    d.set_font("S", "", 9.5)
    d.multi_cell(0, 5, "Helena Varga, Chair, Compliance Review Panel\nRajiv Menon, Member\nTeuila Afamasaga, "
                       "Member", new_x="LMARGIN", new_y="NEXT")
    d.output(path)


def response(path):
    d = Doc("R88-26  |  page {n}", "S")
    d.set_title("Management Response to the Compliance Review Report")
    d.set_author("Coral Sea Development Bank")
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_fill_color(235, 235, 235)
    d.multi_cell(0, 5.5, "R88-26\nFor Board consideration: 24 June 2026\nFOR OFFICIAL USE ONLY", border=1,
                 fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("S", "B", 14)
    d.set_text_color(*NAVY)
    d.multi_cell(0, 7, "Management Response to the Compliance Review Report and Proposed Remedial Action Plan\n"
                       "Tavua Valley Hydropower Project (Loan 4217-MRD)", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.head("I. INTRODUCTION")
    d.para("1.", "This paper presents Management's response to the report of the Compliance Review Panel (CRP/2026/02) "
                 "and sets out a remedial action plan prepared after consultations with the Government of Marindo "
                 "and the Tavua Power Authority in May 2026.", size=10)
    d.para("2.", "Management acknowledges the Panel's findings of non-compliance with Safeguard Requirement 2 and "
                 "regrets the harm suffered by the affected households. The responses below follow the subjects of "
                 "the Panel's recommendations.", size=10)
    d.head("II. RESPONSE TO THE PANEL'S RECOMMENDATIONS")
    d.head("Grievance redress", 10.5)
    d.para("3.", "Management agrees. A Tavua Valley Grievance Committee chaired by a retired judge, with one member "
                 "chosen by the village councils, will be in place by 30 September 2026 and will be financed from "
                 "the loan but will not report to the Tavua Power Authority.", size=10)
    d.head("Census of affected households", 10.5)
    d.para("4.", "Management agrees. An independent firm will repeat the census across the whole reservoir area, "
                 "using the final inundation line, and its results will be published by December 2026.", size=10)
    d.head("Disbursements and monitoring", 10.5)
    d.para("5.", "Management does not agree that disbursements for the second transmission line should be "
                 "suspended. The line serves 40,000 households outside the valley and is not connected with the "
                 "harm found by the Panel; a suspension would delay it by at least a year. Management will instead "
                 "appoint an independent monitoring expert, who will report to the Board every six months until "
                 "December 2029.", size=10)
    d.head("Compensation for fishing income", 10.5)
    d.para("6.", "Management partially agrees. Lost fishing income will be compensated at full replacement value, "
                 "but only from 1 January 2024, the date from which records of catches are available; earlier "
                 "losses will be addressed through the livelihood restoration programme.", size=10)
    d.head("Safeguard policy", 10.5)
    d.para("7.", "Management takes note of the recommendation on cumulative impact assessment. The question will be "
                 "considered in the review of the Safeguard Policy Statement that is scheduled to begin in 2027.",
           size=10)
    d.head("III. COST AND IMPLEMENTATION")
    d.para("8.", "The remedial action plan is estimated to cost USD 7.4 million, of which USD 5.9 million will be "
                 "financed by the Government of Marindo. The main actions are listed below.", size=10)
    d.set_font("S", "B", 9)
    w = [92, 40, 30]
    for t, ww in zip(("Action", "Responsibility", "By"), w):
        d.cell(ww, 6.5, t, border=1, fill=True)
    d.ln()
    d.set_font("S", "", 9)
    for row in (("Grievance Committee in place", "Borrower", "Sep 2026"),
                ("Census results published", "Borrower / firm", "Dec 2026"),
                ("First six-monthly monitoring report", "Management", "Jun 2027")):
        for t, ww in zip(row, w):
            d.cell(ww, 6, t, border=1)
        d.ln()
    d.ln(3)
    d.head("IV. RECOMMENDATION")
    d.para("9.", "Management recommends that the Board approve the remedial action plan set out in this paper.",
           size=10)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "a", "starts_with": sw(1),
         "reply_contains": "An independent firm will repeat the census across the whole reservoir area",
         "verdict": "agrees"},
        {"number": "b", "starts_with": sw(2),
         "reply_contains": "but only from 1 January 2024, the date from which",
         "verdict": "partly"},
        {"number": "c", "starts_with": sw(3),
         "reply_contains": "Management does not agree that disbursements for the second transmission line",
         "verdict": "disagrees"},
        {"number": "d", "starts_with": sw(4),
         "reply_contains": "A Tavua Valley Grievance Committee chaired by a retired judge",
         "verdict": "agrees"},
        {"number": "e", "starts_with": sw(5),
         "reply_contains": "Management will instead appoint an independent monitoring expert",
         "verdict": "agrees"},
        {"number": "f", "starts_with": sw(6),
         "reply_contains": "Management takes note of the recommendation on cumulative impact assessment",
         "verdict": "noted"},
        {"number": "g", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "sets out a remedial action plan prepared after consultations",
        "regrets the harm suffered by the affected households",
        "estimated to cost USD 7.4 million, of which USD 5.9 million",
        "Management recommends that the Board approve the remedial action plan",
    ], "Advice: a multilateral development bank's compliance review panel report to the Board (cover block, "
       "sections I-IV with hanging paragraph numbers 1.-11., a ruled Table 1 of findings). The seven "
       "recommendations are LETTERED items (a)-(g) after the lead-in of paragraph 10 'the Panel recommends that "
       "the Board direct Management to:', each beginning with a verb ('complete, within six months, ...', "
       "'ensure that ...'), the list ending '; and' / '.'. Traps: the Requesters' demand quoted ('should be "
       "decommissioned', outside the Panel's mandate); Management's earlier response quoted ('should not be held "
       "responsible'); Safeguard Requirement 2 quoted ('The Bank shall ensure'); the Operations Manual's 'must "
       "supervise ... must report'; the finding 'the census should have been repeated'; Table 1; paragraph 9 'The "
       "Panel does not recommend that the Bank cancel the loan'; paragraph 11 on the Panel's monitoring. Response: "
       "a Board paper R88-26, sections I-IV with paragraphs 1.-9. and subject sub-heads without the Panel's "
       "letters, order (d), (a), (c)+(e), (b), (f): 'Grievance redress' 'Management agrees' (d agrees); 'Census' "
       "'Management agrees' (a agrees); ONE paragraph 'Disbursements and monitoring' = 'Management does not agree "
       "that disbursements ... should be suspended' (c disagrees) + 'will instead appoint an independent monitoring "
       "expert' (e agrees); 'Compensation for fishing income' 'Management partially agrees' ... 'but only from 1 "
       "January 2024' (b partly); 'Safeguard policy' 'takes note' (f noted); (g) (translation into Vanu and Leroa) "
       "is not answered. Unmatched: the introduction (1, 2), the cost paragraph and the action table, and the "
       "closing 'Management recommends that the Board approve the remedial action plan' (a recommendation OF the "
       "response, not a reply).")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

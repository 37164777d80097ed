"""Round 52 (EN): a national food regulator's audit of a local authority's food law enforcement service (genre of
the Food Standards Agency's 'Audit of Local Authority Food Law Enforcement Services' reports), by the invented
Food Standards Regulator on the invented Brackwell Borough Council: focused audit of food hygiene interventions
and enforcement. Recommendations as Roman-numbered items (i)-(viii) continuing across four findings sections,
each list introduced by 'The Authority should:' and each item ENDING with a tag '[The Standard - 7.1]' (paragraphs
of the Framework Agreement); traps: the section paragraph numbers 3.1.1-3.4.3, Food Law Code of Practice paragraph
references, a table of interventions due and achieved by risk category, 'should' findings, the executive summary's
'key areas for improvement' and Annex A, the blank Audit Action Plan that repeats every recommendation. Answered by
the Head of Regulatory Services' letter to the regulator's audit team (comments on factual accuracy, then replies
naming the Roman numbers in another order, one paragraph on (v) and (vi) with different outcomes, (vii) not
answered, a staffing paragraph answering nothing). fpdf2, A4, cleaned Liberation fonts. All content (regulator,
council, people, figures) is invented.

Run:  /tmp/blind52en/bin/python tests/docs/src/blind52/gen_en_foodaudit_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b52en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind52_en_foodaudit"
TEAL = (0, 84, 122)
PALE = (220, 232, 240)

RECS = [
    ("(i)", "Ensure that the Food Law Enforcement Service Plan for 2026/27 is approved by the relevant member forum "
            "and contains a full assessment of the resources required to deliver it.", "3.1"),
    ("(ii)", "Establish and document an effective system of internal monitoring, including regular checks on the "
             "quality of inspection records and of enforcement decisions.", "19.1, 19.2"),
    ("(iii)", "Carry out all food hygiene interventions at the minimum frequency set out in the Food Law Code of "
              "Practice, giving priority to the 214 overdue category A to C establishments.", "7.1"),
    ("(iv)", "Ensure that new food business establishments are subject to an initial inspection within 28 days of "
             "registration or of the start of trading, whichever is later.", "7.1"),
    ("(v)", "Review and update the Food Safety Enforcement Policy so that it reflects the current Code and sets out "
            "how officers decide between informal and formal action.", "15.1"),
    ("(vi)", "Ensure that every hygiene improvement notice is checked on or shortly after the date for compliance and "
             "that the outcome is recorded.", "15.3"),
    ("(vii)", "Ensure that inspection records contain enough detail of the officer's observations to support the "
              "food hygiene rating and risk rating awarded.", "16.1"),
    ("(viii)", "Review the authorisation of all officers against their qualifications and competency, and withdraw "
               "authorisations that are not supported by evidence.", "5.1"),
]


class Doc(FPDF):
    def __init__(self, head, foot, first_plain=True):
        super().__init__(format="A4")
        self.head, self.foot, self.first_plain = head, foot, first_plain
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.first_plain and self.page_no() == 1:
            return
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.set_y(11)
        self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL)
        self.line(22, 16, 188, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(22)
        self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=12.5):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("LS", "B", size)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, style="", size=10):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def np(self, n, t, size=10):
        """Numbered paragraph: number in a margin column."""
        self.set_font("LS", "", size)
        y = self.get_y()
        if y > 262:
            self.add_page()
            y = self.get_y()
        self.cell(14, 5.2, n)
        self.set_xy(self.l_margin + 14, y)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def recs(self, items):
        self.set_font("LS", "B", 10)
        self.cell(0, 5.5, "Recommendations", new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 10)
        self.cell(0, 5.5, "The Authority should:", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        for i in items:
            lab, txt, std = RECS[i]
            y = self.get_y()
            if y > 258:
                self.add_page()
                y = self.get_y()
            self.set_font("LS", "B", 10)
            self.set_x(self.l_margin + 4)
            self.cell(12, 5.2, lab)
            self.set_xy(self.l_margin + 16, y)
            self.set_font("LS", "", 10)
            self.multi_cell(0, 5.2, "%s [The Standard \u2013 %s]" % (txt, std), new_x="LMARGIN", new_y="NEXT")
            self.ln(1.5)
        self.ln(2)

    def rows(self, data, widths, size=8.6):
        self.set_font("LS", "", size)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.6, first_row_as_headings=True,
                        headings_style=FontFace(emphasis="BOLD", fill_color=PALE), width=sum(widths),
                        align="LEFT") as t:
            for r in data:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.set_font("LS", "", 10)
        self.ln(3)


def advice(path):
    pdf = Doc("Food Standards Regulator  |  Audit of Brackwell Borough Council  |  Food hygiene interventions",
              "FSR Local Authority Audit Report  |  Final  |  June 2026")
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, 210, 46, "F")
    pdf.set_fill_color(255, 255, 255)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 12)
    pdf.set_font("LS", "B", 11)
    pdf.cell(0, 5, "FOOD STANDARDS REGULATOR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("LS", "B", 17)
    pdf.multi_cell(0, 7.5, "Audit of Local Authority Food Law Enforcement Services", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("LS", "", 11)
    pdf.cell(0, 6, "Brackwell Borough Council - focused audit: food hygiene interventions and enforcement",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(54)
    pdf.p("Audit dates: 3 - 5 March 2026. Report reference: FSR/LAA/2026/07. Foreword: audits of local authorities "
          "are carried out under the Regulator's powers in the Food Standards Act 1999 and against the Standard in "
          "the Framework Agreement on Official Feed and Food Controls by Local Authorities.", "I", 9)
    pdf.hd("1. Introduction")
    pdf.np("1.1", "This report records the results of a focused audit of Brackwell Borough Council's food hygiene "
                  "interventions and enforcement. Brackwell was selected because its returns to the Local Authority "
                  "Enforcement Monitoring System (LAEMS) for 2024/25 showed a falling rate of interventions achieved "
                  "and a growing number of unrated establishments.")
    pdf.np("1.2", "The audit examined the Authority's service planning, interventions, enforcement, records and "
                  "internal monitoring. It included a review of 40 premises files, interviews with officers and "
                  "managers, and two reality checks at food businesses with an officer.")
    pdf.hd("2. Executive summary")
    pdf.np("2.1", "Officers were knowledgeable and committed, and food businesses visited during the reality checks "
                  "spoke well of the advice they had received. The Authority has made good use of the national "
                  "food hygiene rating scheme.")
    pdf.np("2.2", "The key areas for improvement are the number of overdue interventions, particularly at higher-risk "
                  "establishments; the absence of documented internal monitoring; and the follow-up of formal "
                  "enforcement. Eight recommendations have been made. The Authority's action plan should be "
                  "returned within 28 days of the date of this report.")
    pdf.hd("3. Audit findings")
    pdf.p("3.1 Organisation and management", "B", 10.5)
    pdf.np("3.1.1", "The Food Law Enforcement Service Plan for 2025/26 was approved by the Head of Regulatory "
                    "Services but had not been presented to members. It did not compare the resources needed with "
                    "those available; the service had 6.2 FTE officers against an estimated need of 8.5 FTE.")
    pdf.np("3.1.2", "Officer authorisations were held on a spreadsheet. Two officers were authorised to serve "
                    "emergency prohibition notices without the evidence of competency required by Chapter 4 of the "
                    "Code of Practice.")
    pdf.recs([0, 7])
    pdf.p("3.2 Food hygiene interventions", "B", 10.5)
    pdf.np("3.2.1", "Table 1 shows the interventions due and achieved in 2025/26. The Authority should have "
                    "prioritised its higher-risk establishments; instead, many lower-risk establishments were "
                    "visited because they were easier to schedule.")
    pdf.rows([["Risk category", "Establishments", "Interventions due", "Achieved", "Overdue at 31 March 2026"],
              ["A", "12", "24", "21", "3"], ["B", "148", "148", "102", "46"], ["C", "612", "306", "141", "165"],
              ["D", "1,044", "522", "388", "134"], ["E", "1,390", "463", "201", "262"],
              ["Unrated", "97", "97", "28", "69"]], (34, 30, 32, 26, 44))
    pdf.p("Table 1. Food hygiene interventions by risk category, 2025/26 (LAEMS return)", "I", 8.5)
    pdf.np("3.2.2", "New businesses waited an average of 94 days for an initial inspection. Paragraph 4.1.2 of the "
                    "Food Law Practice Guidance allows a desk-top assessment to be used to decide priority, but the "
                    "Authority had no documented procedure for doing so.")
    pdf.recs([2, 3])
    pdf.p("3.3 Enforcement", "B", 10.5)
    pdf.np("3.3.1", "The Food Safety Enforcement Policy dated from 2017 and referred to a superseded Code. Of 19 "
                    "hygiene improvement notices served in 2025/26, there was no record of a revisit for seven.")
    pdf.recs([4, 5])
    pdf.p("3.4 Records and internal monitoring", "B", 10.5)
    pdf.np("3.4.1", "Inspection records were generally legible, but in 11 of 40 files the record did not explain "
                    "why a particular score for structure or confidence in management had been given.")
    pdf.np("3.4.2", "Managers carried out accompanied visits, but there was no documented internal monitoring "
                    "procedure and no record of checks on files or enforcement decisions.")
    pdf.np("3.4.3", "The previous audit of the Authority in 2018 recommended that it 'develop, implement and "
                    "maintain documented internal monitoring procedures'. This has not been done.")
    pdf.recs([6, 1])
    pdf.add_page()
    pdf.hd("Annex A - Audit Action Plan for Brackwell Borough Council")
    pdf.p("To be completed by the Authority and returned to the Regulator's Audit Branch. The recommendations are "
          "listed in the order of the Standard.", "I", 9)
    pdf.rows([["Recommendation (Standard)", "Planned improvements", "Target date", "Action taken to date"]] +
             [["%s %s [%s]" % (l, t, s), "", "", ""] for l, t, s in sorted(RECS, key=lambda r: float(
                 r[2].split(",")[0]))], (88, 34, 20, 24), size=8)
    pdf.hd("Annex B - Officers interviewed")
    pdf.p("Head of Regulatory Services; Environmental Health Manager (Commercial); three Environmental Health "
          "Officers; one Food Safety Officer; Regulatory Services Administration Lead.", size=9.5)
    pdf.output(path)


def response(path):
    pdf = Doc("", "", first_plain=True)
    pdf.head = "Brackwell Borough Council - Regulatory Services"
    pdf.foot = "Ref: RS/FH/FSR-LAA-2026-07"
    pdf.add_page()
    pdf.set_font("LS", "B", 15)
    pdf.set_text_color(120, 20, 60)
    pdf.cell(0, 7, "Brackwell Borough Council", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 8.5)
    pdf.multi_cell(0, 4.3, "Regulatory Services\nCivic Offices, Market Square, Brackwell BK4 2HT\n"
                           "Tel: 01655 448 210  |  regulatory.services@brackwell.gov.example", align="R",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(0, 5, "Ms Joanna Prentice-Mbeki\nAudit Manager, Local Authority Audit Branch\nFood Standards "
                         "Regulator\nClive House, 70 Petty France, London SW1H 9EX", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.p("My ref: RS/FH/FSR-LAA-2026-07\nDate: 26 June 2026")
    pdf.p("Dear Ms Prentice-Mbeki,")
    pdf.p("Focused audit of food hygiene interventions and enforcement, 3-5 March 2026", "B")
    pdf.p("Thank you for the final report of the audit, which I have shared with the Cabinet Member for Community "
          "Safety. I set out below the Council's response to the recommendations; the completed action plan is "
          "enclosed.")
    pdf.p("Before turning to the recommendations, I would ask that one point be corrected in the published version. "
          "Paragraph 3.1.1 gives the establishment as 6.2 FTE; on the date of the audit it was 6.8 FTE, as a "
          "part-time officer had returned from secondment in February.")
    pdf.p("Recommendation (iii). We accept that our performance at higher-risk premises has not been good "
          "enough. All overdue category A and B interventions will be completed by 30 September 2026. For the "
          "165 category C establishments, however, we can only commit to completing them by 31 March 2027 within "
          "current staffing, and we will not be able to meet the Code frequency for category C in 2026/27.")
    pdf.p("Recommendation (i). The 2026/27 Service Plan, including a comparison of the resources needed with those "
          "available, was approved by the Licensing and Regulatory Committee on 16 June 2026.")
    pdf.p("Recommendation (viii). Completed. Every authorisation was reviewed by the Environmental Health Manager in "
          "April, and the two authorisations referred to in your report were withdrawn on 14 April 2026 pending "
          "training.")
    pdf.p("Recommendation (iv). We understand the concern behind this recommendation but do not consider a 28-day "
          "inspection target for every new business to be a good use of limited resources. We will instead carry "
          "out a documented desk-top assessment of each new registration within 14 days and inspect within 28 "
          "days only those assessed as likely to be category A to C.")
    pdf.p("Recommendations (v) and (vi). Revisits to check compliance with improvement notices are now booked "
          "automatically in our database on the day a notice is served, and the outcome is a mandatory field "
          "before the case can be closed. The Food Safety Enforcement Policy forms part of the Council's "
          "corporate Enforcement Policy, which is owned by Legal Services; we have referred your recommendation to "
          "the Corporate Enforcement Group, which will decide when the policy is next reviewed.")
    pdf.p("Recommendation (ii). A documented internal monitoring procedure, with monthly file checks by the "
          "Environmental Health Manager and a quarterly review of enforcement decisions, was introduced on 1 May "
          "2026.")
    pdf.p("You may also wish to know that a permanent Environmental Health Manager (Commercial), Mr Idris "
          "Caldwell-Nyambura, took up post on 1 June 2026, ending eighteen months of interim arrangements.")
    pdf.p("Please do not hesitate to contact me if you need any further information.")
    pdf.p("Yours sincerely,")
    pdf.ln(4)
    pdf.p("Andrea Fothergill-Shaw\nHead of Regulatory Services")
    pdf.p("Enc. Audit Action Plan (Annex A, completed)", "I", 9)
    pdf.output(path)


NOTES = ("Focused audit of a local authority food law enforcement service (genre of FSA audit reports against the "
         "Framework Agreement) by the invented Food Standards Regulator on the invented Brackwell Borough Council, "
         "answered by the Head of Regulatory Services' letter. Recommendations: Roman-numbered (i)-(viii) under "
         "'Recommendations / The Authority should:' at the end of four findings sections, printed in the order "
         "(i), (viii), (iii), (iv), (v), (vi), (vii), (ii), each ending with a tag '[The Standard - n]'. Traps: "
         "paragraph numbers 1.1-3.4.3 in a margin column, Framework Agreement and Code/Guidance paragraph numbers, "
         "Table 1 of interventions by risk category, 'should have prioritised' and 'action plan should be "
         "returned' sentences, the executive summary's key areas for improvement, the 2018 audit's recommendation "
         "quoted in 3.4.3, Annex A Audit Action Plan repeating every recommendation with empty cells. Response: "
         "letter answering in the order (iii), (i), (viii), (iv), (v)+(vi), (ii). Key: (iii) A and B by September, "
         "category C only by March 2027 (partly); (i) plan approved by committee (agrees); (viii) completed, two "
         "authorisations withdrawn (agrees); (iv) 'do not consider a 28-day inspection target ... a good use', "
         "desk-top triage instead (disagrees, also partly); one paragraph: (vi) revisits booked automatically "
         "(agrees) and (v) referred to the Corporate Enforcement Group (noted); (ii) procedure introduced (agrees); "
         "(vii) inspection record detail unanswered. Unmatched: the factual-accuracy correction of 6.2 to 6.8 FTE, "
         "the new Environmental Health Manager.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(RECS[i][1].split()[:10])
    recs = [
        {"number": "(i)", "starts_with": sw(0),
         "reply_contains": "was approved by the Licensing and Regulatory Committee on 16 June 2026",
         "verdict": "agrees"},
        {"number": "(ii)", "starts_with": sw(1),
         "reply_contains": "with monthly file checks by the Environmental Health Manager", "verdict": "agrees"},
        {"number": "(iii)", "starts_with": sw(2),
         "reply_contains": "we can only commit to completing them by 31 March 2027", "verdict": "partly"},
        {"number": "(iv)", "starts_with": sw(3),
         "reply_contains": "do not consider a 28-day inspection target for every new business",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "(v)", "starts_with": sw(4),
         "reply_contains": "we have referred your recommendation to the Corporate Enforcement Group",
         "verdict": "noted"},
        {"number": "(vi)", "starts_with": sw(5),
         "reply_contains": "are now booked automatically in our database on the day", "verdict": "agrees"},
        {"number": "(vii)", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "(viii)", "starts_with": sw(7),
         "reply_contains": "were withdrawn on 14 April 2026 pending training", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["on the date of the audit it was 6.8 FTE",
                                  "took up post on 1 June 2026, ending eighteen months"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b52en.py"), NAME)) and 1)

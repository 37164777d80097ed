"""Round 51 (EN): a charity regulator's statutory inquiry report (genre of the Charity Commission for England and
Wales' 'Inquiry report' - 'a statement of the results of an inquiry' under section 46 of the Charities Act 2011), by
the invented Charity Oversight Commission on the invented Wendover Almshouse and Relief-in-Need Charity: standfirst,
sections 'The charity', 'Issues under investigation', 'Findings' (with a section 84 order already complied with,
the 2019 regulatory guidance quoted, a table of unauthorised payments), 'Conclusions', then 'Regulatory action
taken' where the action plan's required steps appear as seven UNNUMBERED bullets after a lead-in, and finally
'Issues for the wider sector' with generic 'Trustees must / should' bullets addressed to all charities (a trap);
answered by a 'Statement from the trustees' published on the charity's website (prose under short headings, another
order, one paragraph answering the trustee and contribution steps with different outcomes, the fire risk
assessment not answered, a tercentenary paragraph answering nothing). fpdf2, A4, cleaned Liberation fonts,
header/footer in the FPDF subclass. All content (commission, charity, people, figures) is invented; the Charities
Act 2011 is real, but what these documents say about it is not to be relied on.

Run:  /tmp/blind51en/bin/python tests/docs/src/blind51/gen_en_charity_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b51en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind51_en_charity"
GREEN = (0, 96, 80)
PALE = (222, 236, 232)

STEPS = [
    "adopt a conflicts of interest policy and keep a register of trustees' interests, to be reviewed at every "
    "trustee meeting;",
    "take steps to recover from Mr Colin Radway the sum of 18,400 pounds paid to him without authority for "
    "maintenance works, or record a reasoned decision not to do so;",
    "ensure that the charity's annual reports and accounts for the years ending 31 March 2024 and 2025 are "
    "independently examined and filed with the Commission;",
    "appoint at least two additional trustees with experience of property management or finance;",
    "review the weekly maintenance contribution paid by residents against the guidance for almshouse charities and "
    "record the reasons for the amount set;",
    "commission a fire risk assessment of all 12 almshouse cottages by a competent person and act on its findings;",
    "consider whether the charity's purposes would be better served by a merger with another almshouse charity in "
    "the area.",
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
        self.set_draw_color(*GREEN)
        self.line(22, 16, 188, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(22)
        self.cell(0, 4, "%d" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=13):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("LS", "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, style="", size=10):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullet(self, t, size=10):
        self.set_font("LS", "", size)
        y = self.get_y()
        if y > 262:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + 3)
        self.cell(5, 5.2, "-")
        self.set_xy(self.l_margin + 9, y)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def rows(self, data, widths, size=8.8):
        self.set_font("LS", "", size)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.8, first_row_as_headings=True,
                        headings_style=FontFace(emphasis="BOLD", fill_color=PALE), width=sum(widths),
                        align="LEFT") as t:
            for r in data:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.set_font("LS", "", 10)
        self.ln(3)


def advice(path):
    pdf = Doc("Inquiry report: The Wendover Almshouse and Relief-in-Need Charity (1093418)",
              "Charity Oversight Commission   |   Published 12 February 2026")
    pdf.add_page()
    pdf.set_font("LS", "B", 10)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 5, "CHARITY OVERSIGHT COMMISSION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(80, 80, 80)
    pdf.set_font("LS", "", 8.5)
    pdf.cell(0, 5, "Guidance and regulation  >  Charity inquiry reports", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "B", 19)
    pdf.multi_cell(0, 8.5, "Inquiry report: The Wendover Almshouse and Relief-in-Need Charity", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.p("A statement of the results of an inquiry into The Wendover Almshouse and Relief-in-Need Charity "
          "(registered charity number 1093418).", "I", 10.5)
    pdf.p("Published 12 February 2026", "", 9)
    pdf.hd("The charity")
    pdf.p("The charity was founded by the will of Dame Anne Wendover in 1726 and is governed by a scheme of the "
          "Commission dated 14 June 1998. Its objects are to provide almshouse accommodation for people in need who "
          "have lived in the ancient parish of Wendover St Mary for at least two years, and to relieve need in the "
          "same area. The charity owns 12 almshouse cottages and had an income of 96,300 pounds in the year ending 31 "
          "March 2023.")
    pdf.hd("Background and issues under investigation")
    pdf.p("The charity came to the Commission's attention in March 2024, when it failed to file its annual return "
          "and accounts for the year ending 31 March 2023 and a resident raised concerns about payments to a "
          "trustee's relative. The Commission opened a regulatory compliance case. The charity had been given "
          "regulatory guidance in 2019, when it was told that 'the trustees should make sure that any payment to a "
          "connected person is authorised in advance and recorded in the minutes'.")
    pdf.p("On 18 July 2024 the Commission opened a statutory inquiry under section 46 of the Charities Act 2011 "
          "('the Act'). The inquiry examined:")
    for t in ("the administration, governance and management of the charity by the trustees, including the "
              "management of conflicts of interest;",
              "whether the trustees have complied with their legal duties in relation to the preparation and "
              "filing of accounts; and",
              "whether the charity's property, in particular its almshouse cottages, has been properly managed "
              "and safeguarded."):
        pdf.bullet(t)
    pdf.hd("Findings")
    pdf.p("The charity had three trustees throughout the period. The chair, Mr Dennis Radway, is the father of Mr "
          "Colin Radway, a builder who carried out maintenance work at the almshouses between 2021 and 2024. The "
          "inquiry found that the trustees did not declare or manage this conflict of interest, did not obtain "
          "competing quotes and did not minute any decision to engage him.")
    pdf.rows([["Financial year", "Payments to Mr C Radway", "Authorised by trustees", "Invoices on file"],
              ["2021/22", "4,150 pounds", "No", "Yes"],
              ["2022/23", "6,900 pounds", "No", "Partly"],
              ["2023/24", "7,350 pounds", "No", "No"],
              ["Total", "18,400 pounds", "", ""]], (36, 46, 42, 42))
    pdf.p("The payments were not authorised under the charity's scheme or under section 185 of the Act, which "
          "permits payment to a trustee or connected person for services only where specified conditions are met. "
          "The trustees should have recognised this, particularly in view of the 2019 guidance.")
    pdf.p("The accounts for 2022/23 were filed late. On 22 August 2024 the Commission used its power under section 84 "
          "of the Act to direct the trustees to prepare and file them; the trustees complied with the order on 2 "
          "September 2024.")
    pdf.p("The inquiry also found that no fire risk assessment of the cottages had been carried out since 2017, "
          "and that the weekly maintenance contribution paid by residents (38 pounds) had not been reviewed since "
          "2016.")
    pdf.hd("Conclusions")
    pdf.p("The inquiry concluded that there was misconduct and mismanagement in the administration of the charity. "
          "The trustees failed to manage a conflict of interest, made payments to a connected person without "
          "authority and failed to comply with their accounting duties. The inquiry found no evidence that the "
          "works were not carried out, and the residents' homes were not put at immediate risk.")
    pdf.hd("Regulatory action taken")
    pdf.p("In addition to the order under section 84, the inquiry issued the trustees with regulatory advice and "
          "guidance under section 15(2) of the Act on 4 November 2025. This took the form of an action plan, which "
          "the Commission will monitor. The action plan requires the trustees to:")
    for t in STEPS:
        pdf.bullet(t)
    pdf.p("The chair, Mr Dennis Radway, resigned as a trustee on 30 September 2025. The inquiry closed with the "
          "publication of this report.")
    pdf.hd("Issues for the wider sector")
    pdf.p("Trustees of all charities should note the following points arising from this case:")
    for t in ("Trustees must act in the best interests of their charity and must not put themselves in a position "
              "where their duty to the charity conflicts with their personal interests or those of a connected "
              "person.",
              "Charities should have a written conflicts of interest policy and record how conflicts were managed.",
              "Failure to file accounts on time is a breach of trustees' legal duties and may lead the Commission "
              "to open a regulatory case."):
        pdf.bullet(t)
    pdf.output(path)


def response(path):
    pdf = Doc("Statement from the trustees - March 2026", "The Wendover Almshouse and Relief-in-Need Charity, "
              "registered charity number 1093418", first_plain=False)
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 6, "The Wendover Almshouse and Relief-in-Need Charity", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "Founded 1726  |  Almshouse Lane, Wendover St Mary  |  Home > News", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(5)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "B", 16)
    pdf.multi_cell(0, 7.5, "Statement from the trustees on the Charity Oversight Commission's inquiry report", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.p("Posted 6 March 2026", "I", 9)
    pdf.p("The trustees welcome the publication of the Commission's report and accept its conclusions. We are sorry "
          "that the charity fell short of the standards that our residents and the people of Wendover St Mary are "
          "entitled to expect. Since the inquiry opened, the board has been substantially renewed, and this "
          "statement sets out what we have done in response to the Commission's action plan.")
    pdf.hd("Accounts", 11.5)
    pdf.p("The independently examined accounts for 2023/24 and 2024/25 were filed with the Commission in January "
          "2026, and both are now available on the register of charities. The accounts for the current year will "
          "be examined by a new independent examiner appointed in December.")
    pdf.hd("Conflicts of interest", 11.5)
    pdf.p("The board adopted a conflicts of interest policy on 9 December 2025. A register of interests is kept by the "
          "clerk, and declarations are the first item on the agenda of every trustee meeting.")
    pdf.hd("Trustees and residents", 11.5)
    pdf.p("Two new trustees joined the board in January: a chartered surveyor and a retired finance director of a "
          "housing association. Having reviewed the weekly maintenance contribution, the trustees have decided to "
          "keep it at 38 pounds for 2026/27. Most residents rely on the state pension, and the board considers that "
          "an increase would cause hardship; the reasons are recorded in the minutes of 12 February 2026.")
    pdf.hd("Payments made in 2021 to 2024", 11.5)
    pdf.p("The trustees took legal advice on recovering the 18,400 pounds. Mr Colin Radway has agreed to repay 6,000 "
          "pounds in instalments. The board decided, on that advice, that court proceedings for the remainder would "
          "cost more than could realistically be recovered, given that the works were carried out; this decision "
          "and its reasons have been recorded and shared with the Commission.")
    pdf.hd("The future of the charity", 11.5)
    pdf.p("The trustees have discussed a merger with the Chiltern Vale Almshouses, as the Commission suggested. We do "
          "not believe that a merger is in the best interests of our residents at present: the charity is solvent, "
          "its residents have strong local ties, and the new board is able to run it well. We will look at the "
          "question again in 2028.")
    pdf.hd("Looking ahead", 11.5)
    pdf.p("This year marks 300 years since Dame Anne Wendover's bequest. The trustees plan an open day at the "
          "almshouses on 20 June 2026 and a history of the charity written by residents and the village school. "
          "Anyone who would like to volunteer is warmly invited to contact the clerk.")
    pdf.p("Margaret Ellery-Shaw, Chair of Trustees", "B")
    pdf.p("Enquiries: The Clerk to the Trustees, clerk@wendoveralmshouses.org.example", "", 9)
    pdf.output(path)


NOTES = ("Statutory inquiry report (genre of the Charity Commission's inquiry reports, a 'statement of the results "
         "of an inquiry') by the invented Charity Oversight Commission on the invented Wendover Almshouse and "
         "Relief-in-Need Charity, answered by the trustees' statement posted on the charity's website. Traps: "
         "the 2019 regulatory guidance quoted ('the trustees should make sure ...'), the three bullets of issues "
         "examined, the payments table, section numbers 46, 84, 185 and 15(2), 'The trustees should have "
         "recognised this', the section 84 order already complied with, conclusions of misconduct, and the 'Issues "
         "for the wider sector' bullets ('Trustees must ...', 'Charities should ...') addressed to all charities, "
         "not to this one. Recommendations: the seven UNNUMBERED bullets after 'The action plan requires the "
         "trustees to:', numbered 1-7 in document order. Response under short headings in the order 3, 1, 4+5, 2, "
         "7. Key: 3 accounts filed in January 2026 (agrees); 1 policy adopted, register kept (agrees); one paragraph "
         "answers 4 two new trustees joined (agrees) and 5 reviewed but contribution kept at 38 pounds with reasons "
         "recorded (partly, also agrees: the step only asked for a review with reasons; no increase was required); 2 "
         "6,000 pounds repaid, no proceedings for the rest, decision recorded (partly, also agrees: the step allowed "
         "a reasoned decision not to recover); 7 merger considered and declined (disagrees, also noted); 6 fire risk "
         "assessment unanswered. Unmatched: the opening apology paragraph is general; 'Looking ahead' (300 years, "
         "open day).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda i: " ".join(STEPS[i].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(0),
         "reply_contains": "adopted a conflicts of interest policy on 9 December 2025", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(1),
         "reply_contains": "Mr Colin Radway has agreed to repay 6,000 pounds", "verdict": "partly",
         "also": ["agrees"]},
        {"number": "3", "starts_with": sw(2),
         "reply_contains": "were filed with the Commission in January 2026", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(3),
         "reply_contains": "Two new trustees joined the board in January", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(4),
         "reply_contains": "the trustees have decided to keep it at 38 pounds", "verdict": "partly",
         "also": ["agrees"]},
        {"number": "6", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(6),
         "reply_contains": "not believe that a merger is in the best interests", "verdict": "disagrees",
         "also": ["noted"]},
    ]
    H.write_expected(NAME, recs, ["marks 300 years since Dame Anne Wendover's bequest"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b51en.py"), NAME)) and 1)

"""Round 38 (EN): an Irish LOCAL GOVERNMENT AUDITOR's statutory audit report to the members of a county council,
answered by the CHIEF EXECUTIVE's report to the council meeting on that audit report. The advice (invented
Carrigmore County Council, year ended 31 December 2025) has the Local Government Audit Service title block, the
audit opinion on the Annual Financial Statement (a trap), sections 1-8 with paragraphs 1.1-8.2, tables of
financial figures and collection yields, a section on prior-year recommendations (the 2024 one quoted and
implemented), and seven UNNUMBERED recommendations inside the running text ('I recommend that ...', 'I also
recommend', 'Management should, as a priority,', 'The Council needs to ...'), numbered 1-7 in document order.
The response is the Chief Executive's report with a bilingual letterhead, headings that follow the auditor's
topics in another order, one section answering two recommendations with different verdicts, a paragraph welcoming
the audit opinion (unmatched), and the recommendation addressed to the Audit Committee left unanswered. fpdf2, A4,
cleaned Liberation fonts; running header and page footer. All content invented.

Run:  /tmp/blind38en/bin/python tests/docs/src/blind38/gen_en_lgas_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b38en as H
from fpdf import FPDF

NAME = "blind38_en_lgas"
GREEN = (0, 92, 75)
GREY = (90, 90, 90)


class Base(FPDF):
    running = ""
    foot = "%d"

    def __init__(self):
        super().__init__(format="A4", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 9, 1))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1 or not self.running:
            return
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.set_y(11)
        self.cell(0, 4, self.running, align="R")
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0)

    def head(self, t, size=11.5, before=4):
        self.ln(before)
        self.set_font("AR", "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, size * 0.5, t)
        self.set_text_color(0)
        self.ln(1.5)

    def p(self, t, style="", size=10, after=2.4, h=5):
        self.set_font("AR", style, size)
        self.multi_cell(0, h, t, markdown=True)
        self.ln(after)

    def np(self, n, t, size=10, after=2.4, h=5):
        """Numbered paragraph: number in a 12 mm column."""
        self.set_font("AR", "", size)
        y = self.get_y()
        if y > self.h - 35:
            self.add_page()
            y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.cell(12, h, n)
        self.set_xy(self.l_margin + 12, y)
        self.multi_cell(self.epw - 12, h, t, markdown=True)
        self.ln(after)

    def grid(self, rows, widths):
        """Ruled table, header row bold and shaded, figures right-aligned."""
        x0 = self.get_x()
        self.set_draw_color(120, 120, 120)
        for i, r in enumerate(rows):
            self.set_x(x0)
            self.set_font("AR", "B" if i == 0 else "", 9)
            self.set_fill_color(221, 235, 230)
            for j, (c, w) in enumerate(zip(r, widths)):
                self.cell(w, 5.5, c, border=1, align="L" if j == 0 else "R", fill=(i == 0))
            self.ln(5.5)
        self.ln(3)


def advice():
    pdf = Base()
    pdf.running = "Statutory Audit Report - Carrigmore County Council - 2025"
    pdf.foot = "%d"
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 210, 38, "F")
    pdf.set_text_color(255)
    pdf.set_font("AR", "B", 15)
    pdf.set_xy(25, 12)
    pdf.cell(0, 7, "Local Government Audit Service")
    pdf.set_font("AR", "", 10)
    pdf.set_xy(25, 21)
    pdf.cell(0, 5, "Seirbhís Iniúchta Rialtais Áitiúil")
    pdf.set_text_color(0)
    pdf.set_y(48)
    pdf.set_font("AR", "B", 14)
    pdf.multi_cell(0, 7, "Statutory Audit Report to the Members of Carrigmore County Council for the Year Ended "
                         "31 December 2025")
    pdf.ln(2)
    pdf.p("Report issued under section 120 of the Local Government Act 2001", "I", 9.5)
    pdf.head("1. Introduction", before=2)
    pdf.np("1.1", "I have audited the Annual Financial Statement (AFS) of Carrigmore County Council for the year ended "
                  "31 December 2025. This report sets out the matters arising from the audit which, in my opinion, "
                  "should be brought to the attention of the members.")
    pdf.np("1.2", "A draft of this report was issued to the Chief Executive on 14 July 2026. The Chief Executive is "
                  "required to prepare a report for the members on the matters raised, to be considered at the "
                  "meeting of the Council at which this report is presented.")
    pdf.head("2. Audit Opinion")
    pdf.np("2.1", "I have issued an unqualified audit opinion on the AFS. In my opinion, the AFS presents fairly "
                  "the financial position of the Council at 31 December 2025 and its income and expenditure for the "
                  "year, in accordance with the Code of Practice and Accounting Regulations.")
    pdf.head("3. Financial Standing")
    pdf.np("3.1", "The Council recorded a surplus of EUR 0.31 million on the revenue account in 2025, reducing the "
                  "accumulated deficit to EUR 1.94 million. The position over three years is as follows:")
    pdf.set_x(37)
    pdf.grid([["", "2023", "2024", "2025"],
              ["Revenue expenditure (EUR m)", "118.6", "124.9", "131.2"],
              ["Surplus / (deficit) for year (EUR m)", "(0.42)", "0.17", "0.31"],
              ["Accumulated deficit (EUR m)", "2.42", "2.25", "1.94"]], [62, 22, 22, 22])
    pdf.np("3.2", "The Council's plan to eliminate the accumulated deficit by 2029 remains achievable, provided "
                  "that expenditure is kept within budget and income collection improves.")
    pdf.head("4. Income Collection")
    pdf.np("4.1", "Collection yields for the Council's main income sources were:")
    pdf.set_x(37)
    pdf.grid([["Collection yield", "2024", "2025"],
              ["Commercial rates", "84%", "82%"],
              ["Rents and annuities", "87%", "86%"],
              ["Housing loans", "71%", "69%"]], [62, 22, 22])
    pdf.np("4.2", "Commercial rates arrears rose to EUR 6.8 million at year end, of which EUR 2.9 million relates "
                  "to accounts more than three years old. Performance varies widely between municipal districts, "
                  "from 91% in Carrigmore Town to 74% in the Owenbeg district. I recommend that the Council set "
                  "targets for the collection of commercial rates arrears for each municipal district and report "
                  "performance against them to the members quarterly.")
    pdf.np("4.3", "Forty-one housing loan accounts have been in arrears for more than five years, with arrears "
                  "totalling EUR 1.37 million. I also recommend that the Council review each of these accounts, "
                  "agree a resolution plan with each borrower, and consider provision for the amounts unlikely to be "
                  "recovered.")
    pdf.head("5. Capital Account")
    pdf.np("5.1", "There was an unfunded debit balance of EUR 2.36 million on the capital account at year end, "
                  "relating mainly to a site acquired in 2019 for a proposed enterprise centre which has not "
                  "proceeded. I recommend that the Council identify a funding source for this balance and report "
                  "the proposed funding to the members before the 2027 budget is adopted.")
    pdf.head("6. Procurement")
    pdf.np("6.1", "Testing of a sample of 40 payments found that payments totalling EUR 1.12 million to six "
                  "suppliers were made without a competitive process, in breach of the Council's procurement "
                  "procedures. The contracts register had not been updated since March 2025. Management should, "
                  "as a priority, ensure that all expenditure over EUR 25,000 is supported by a competitive process "
                  "and that the contracts register is updated at least quarterly.")
    pdf.np("6.2", "Procurement is carried out separately by each directorate, and no one has overall "
                  "responsibility for compliance. I recommend that the Council establish a central procurement unit "
                  "with responsibility for advice, monitoring and the contracts register.")
    pdf.head("7. Development Contributions")
    pdf.np("7.1", "Development contributions of EUR 4.6 million were outstanding at year end, of which EUR 1.1 "
                  "million has been outstanding for more than three years. Enforcement action has been taken in "
                  "only two cases. The Council needs to pursue these older debts actively, including by legal "
                  "action where appropriate, and to write off amounts that cannot be recovered.")
    pdf.head("8. Governance and Prior Year Recommendations")
    pdf.np("8.1", "In my report for 2024 I recommended that 'the Council review the utilisation of its vehicle "
                  "fleet and dispose of vehicles no longer required'. This has been implemented: 14 vehicles were "
                  "sold in 2025.")
    pdf.np("8.2", "The Audit Committee met five times in 2025 and its annual report was presented to the "
                  "Council in March 2026. The internal audit unit had two vacancies for most of the year, and only "
                  "six of eleven planned audits were completed. I recommend that the Audit Committee's annual report "
                  "include an assessment of whether the internal audit unit is adequately resourced.")
    pdf.ln(4)
    pdf.p("I wish to thank the Chief Executive and the staff of the Council for their co-operation during the audit.")
    pdf.ln(4)
    pdf.p("**Eimear Costigan**\nLocal Government Auditor\n21 August 2026")
    pdf.output(H.out(NAME + "_advice.pdf"))


def response():
    pdf = Base()
    pdf.running = "Chief Executive's Report - Statutory Audit Report 2025"
    pdf.foot = "Page %d"
    pdf.add_page()
    pdf.set_font("AR", "B", 13)
    pdf.set_text_color(*GREEN)
    pdf.cell(80, 6, "Comhairle Contae Charraig Mhór")
    pdf.set_font("AR", "", 9)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 6, "Áras an Chontae, Carrigmore, Co. Carrigmore", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("AR", "B", 13)
    pdf.set_text_color(*GREEN)
    pdf.cell(80, 6, "Carrigmore County Council")
    pdf.set_font("AR", "", 9)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 6, "www.carrigmorecoco.ie", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*GREEN)
    pdf.line(25, pdf.get_y() + 2, 185, pdf.get_y() + 2)
    pdf.set_text_color(0)
    pdf.ln(7)
    pdf.p("To: The Cathaoirleach and each Member of Carrigmore County Council\nMeeting: Monthly Meeting, 14 "
          "September 2026, Item 8", size=10)
    pdf.set_font("AR", "B", 12)
    pdf.multi_cell(0, 6, "Report of the Chief Executive on the Statutory Audit Report for the Year Ended 31 "
                         "December 2025")
    pdf.ln(3)
    pdf.p("The Local Government Auditor's Statutory Audit Report for 2025 is attached. In accordance with "
          "section 121 of the Local Government Act 2001, I set out below my response to the matters raised. "
          "The headings follow those of the Auditor's report.")
    pdf.head("Audit Opinion", size=10.5)
    pdf.p("I welcome the Auditor's unqualified opinion on the Annual Financial Statement, which is the fourth in "
          "succession, and I acknowledge the work of the Finance Directorate in preparing the statement on time.")
    pdf.head("Development Contributions", size=10.5)
    pdf.p("I accept the Auditor's finding. The Law Agent has been instructed in respect of the nine largest "
          "accounts outstanding for more than three years, and a write-off proposal for the remainder will be "
          "brought to the Corporate Policy Group in November.")
    pdf.head("Income Collection", size=10.5)
    pdf.p("Targets for commercial rates arrears have been set for each of the five municipal districts for 2026, "
          "and performance will be reported to members in the quarterly management report from October.")
    pdf.p("The Housing Loans section has begun a review of the accounts referred to. Resolution plans will be "
          "agreed where borrowers engage with the Council under the Mortgage Arrears Resolution Process. Given "
          "the staffing available, however, the review will be completed by the end of 2027 rather than in the "
          "current year, and no additional provision will be made in the 2026 accounts.")
    pdf.head("Procurement", size=10.5)
    pdf.p("I share the Auditor's concern. A revised procurement procedure was issued to all directorates in June "
          "2026, requiring sign-off by a Head of Finance for any purchase over EUR 25,000, and the contracts "
          "register was fully updated in July and will be reviewed each quarter.")
    pdf.p("I do not consider that a central procurement unit is warranted for an authority of this size. The "
          "Council will instead designate a Procurement Officer in the Finance Directorate to advise "
          "directorates and maintain the register.")
    pdf.head("Capital Account", size=10.5)
    pdf.p("The funding of the debit balance on the enterprise centre site is noted. Options, including the sale "
          "or alternative use of the site, are being examined and will be considered by the members in the "
          "context of the 2027 budget process; I am not in a position at this stage to propose a specific "
          "funding source.")
    pdf.ln(4)
    pdf.p("**Declan Furlong**\nChief Executive\n2 September 2026")
    pdf.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    recs = [
        {"number": "1", "starts_with": "I recommend that the Council set targets for the collection",
         "reply_contains": "have been set for each of the five municipal districts", "verdict": "agrees"},
        {"number": "2", "starts_with": "I also recommend that the Council review each of these accounts",
         "reply_contains": "completed by the end of 2027 rather than in the current year",
         "verdict": "partly"},
        {"number": "3", "starts_with": "I recommend that the Council identify a funding source for this balance",
         "reply_contains": "not in a position at this stage to propose a specific", "verdict": "noted"},
        {"number": "4", "starts_with": "Management should, as a priority, ensure that all expenditure over",
         "reply_contains": "the contracts register was fully updated in July", "verdict": "agrees"},
        {"number": "5", "starts_with": "I recommend that the Council establish a central procurement unit",
         "reply_contains": "I do not consider that a central procurement unit is warranted",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "6", "starts_with": "The Council needs to pursue these older debts actively",
         "reply_contains": "The Law Agent has been instructed in respect of", "verdict": "agrees"},
        {"number": "7", "starts_with": "I recommend that the Audit Committee's annual report include an assessment",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["welcome the Auditor's unqualified opinion on the Annual Financial Statement"]
    notes = ("Irish Local Government Auditor's statutory audit report to the members of a county council answered "
             "by the Chief Executive's report to the council meeting (invented Carrigmore County Council; fpdf2, "
             "A4, green cover band, running header, page numbers). Advice: sections 1-8 with paragraphs 1.1-8.2 in "
             "a number column; seven UNNUMBERED recommendations inside the running text, numbered 1-7 in document "
             "order: 'I recommend that the Council set targets' (4.2), 'I also recommend that the Council review' "
             "(4.3), 'I recommend that the Council identify a funding source' (5.1), 'Management should, as a "
             "priority, ensure' (6.1), 'I recommend that the Council establish a central procurement unit' (6.2), "
             "'The Council needs to pursue' (7.1), 'I recommend that the Audit Committee's annual report include' "
             "(8.2). Traps: the unqualified audit opinion (2.1), 'should be brought to the attention of the "
             "members' (1.1), financial and collection-yield tables, 3.2 'provided that', the 2024 recommendation "
             "quoted as implemented (8.1), sections 120/121 of the Local Government Act 2001. Response: the Chief "
             "Executive's report with bilingual letterhead and headings following the auditor's topics in another "
             "order (Audit Opinion, Development Contributions, Income Collection, Procurement, Capital Account): "
             "welcoming the opinion answers no recommendation (unmatched); Law Agent instructed (6 agrees); targets "
             "set (1 agrees); review by end 2027 and no provision (2 partly); ONE 'Procurement' section with the "
             "procedure and register done (4 agrees) and 'I do not consider that a central procurement unit is "
             "warranted' with a Procurement Officer instead (5 disagrees, partly acceptable); capital balance "
             "'noted ... not in a position ... to propose a specific funding source' (3 noted); 7 (Audit "
             "Committee) never answered.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 26 (EN): OECD-style integrity review with 'Proposals for action' boxes + the Government's
response and action-plan table. fpdf2. All content invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b26en as H
from fpdf import FPDF

NAME = "blind26_en_oecd"
BLUE = (0, 56, 118)


class Doc(FPDF):
    foot = ""
    head = ""

    def setup(self):
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("LS", style, H.clean_font(f))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 24)

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_font("LS", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(22, 10)
            self.cell(0, 5, self.head, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-16)
            self.set_font("LS", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f"{self.page_no()} | {self.foot}", align="L")
            self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.ln(3)
        self.set_font("LS", "B", 15)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 7.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("LS", "B", 11.5)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def p(self, t, size=10, style=""):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.1, t, markdown=True)
        self.ln(2.2)

    def box(self, title, bullets):
        self.ln(1)
        y0 = self.get_y()
        # estimate height
        self.set_font("LS", "", 10)
        lines = 2
        for b in bullets:
            lines += len(self.multi_cell(self.epw - 14, 5.1, b, dry_run=True, output="LINES")) + 0.5
        h = lines * 5.1 + 6
        if y0 + h > self.h - 26:
            self.add_page()
            y0 = self.get_y()
        self.set_fill_color(226, 236, 246)
        self.rect(22, y0, self.epw, h, style="F")
        self.set_xy(26, y0 + 3)
        self.set_font("LS", "B", 10.5)
        self.set_text_color(*BLUE)
        self.multi_cell(self.epw - 8, 5.5, title)
        self.set_text_color(0, 0, 0)
        self.ln(1)
        self.set_font("LS", "", 10)
        for b in bullets:
            y = self.get_y()
            self.set_xy(27, y)
            self.cell(4, 5.1, "\u2022")
            self.set_xy(32, y)
            self.multi_cell(self.epw - 14, 5.1, b)
            self.ln(2.5)
        self.set_y(y0 + h + 4)

    def footnotes(self, notes):
        keep = self.get_y()
        self.set_auto_page_break(False)
        self.set_y(-24 - 4.2 * len(notes) - 3)
        self.line(22, self.get_y(), 70, self.get_y())
        self.ln(1.5)
        self.set_font("LS", "", 7.5)
        for n in notes:
            self.multi_cell(0, 4.2, n, align="L")
        self.set_auto_page_break(True, 24)
        self.set_y(keep)


def advice():
    d = Doc(format="A4")
    d.setup()
    d.head = "OECD PUBLIC GOVERNANCE REVIEWS"
    d.foot = "OECD INTEGRITY REVIEW OF MARAVIA \u00a9 OECD 2025"
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(0, 0, 210, 110, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 30)
    d.set_font("LS", "B", 12)
    d.cell(0, 6, "OECD Public Governance Reviews")
    d.set_xy(22, 50)
    d.set_font("LS", "B", 26)
    d.multi_cell(160, 12, align="L", text="OECD Integrity Review of Maravia")
    d.set_xy(22, 80)
    d.set_font("LS", "", 15)
    d.multi_cell(160, 8, align="L", text="Strengthening Transparency in Lobbying and Post-Public Employment")
    d.set_text_color(0, 0, 0)
    d.set_xy(22, 250)
    d.set_font("LS", "B", 14)
    d.cell(0, 8, "OECD")
    d.set_xy(22, 258)
    d.set_font("LS", "", 9)
    d.cell(0, 5, "Organisation for Economic Co-operation and Development")

    d.add_page()
    d.h1("Foreword")
    d.p("This review was carried out at the request of the Government of the Republic of Maravia, which asked the "
        "OECD to assess the implementation of the Lobbying Act of 2019 and the rules on post-public employment "
        "against the OECD Recommendation of the Council on Principles for Transparency and Integrity in Lobbying "
        "and the OECD Recommendation on Public Integrity.")
    d.p("The review draws on a fact-finding mission to Trevna in February 2025, interviews with more than 60 "
        "officials, members of Parliament, lobbyists, journalists and civil society representatives, and a peer "
        "review by experts from Ireland, Lithuania and Canada. It was approved by the OECD Working Party of Senior "
        "Public Integrity Officials on 3 October 2025.")
    d.h1("Assessment and recommendations")
    d.p("Maravia has made important progress since the adoption of the Lobbying Act in 2019. The online "
        "Transparency Register now contains 1,412 registered interest representatives, and the Commission for the "
        "Prevention of Conflicts of Interest has built a credible reputation for independence. Nonetheless, the "
        "review identifies three areas in which the framework falls short of the OECD standards: the scope and "
        "content of the register, the rules on moving between the public and private sectors, and the "
        "transparency of policy-making itself. The proposals for action set out at the end of each chapter are "
        "intended to assist the Government in addressing these gaps.")
    d.h1("Chapter 2. The Transparency Register")
    d.h2("2.1 Scope of the register")
    d.p("The Lobbying Act applies only to communications with ministers, state secretaries and officials of "
        "ministries. Members of Parliament and their advisers, who play a decisive role in amending legislation, "
        "are outside its scope. In interviews, several lobbyists confirmed that they increasingly concentrate their "
        "activity on parliamentary committees.\u00b9")
    d.footnotes(["1  Interviews conducted during the OECD fact-finding mission, Trevna, 10-14 February 2025."])
    d.p("The OECD Recommendation on Principles for Transparency and Integrity in Lobbying recommends that "
        "adherents define lobbying broadly enough to capture all public officials who may be the target of lobbying. "
        "Most OECD countries with a register cover the legislature (Figure 2.1 in the full report).")
    d.h2("2.2 Content of disclosures")
    d.p("Registrants must state their name, address and areas of interest, but not the clients on whose behalf they "
        "act or the resources they devote to lobbying. Consultancies that represent several clients therefore appear "
        "in the register without any indication of whose interests they advance.")
    d.h2("2.3 Enforcement")
    d.p("The Act contains no sanction for failure to register. Since 2019 the Commission has identified 37 cases of "
        "unregistered lobbying but has been unable to take any action beyond a public statement.")
    d.box("Proposals for action", [
        "Extend the Transparency Register to cover lobbying of members of Parliament and their advisers, not only "
        "of the executive.",
        "Require registrants to disclose, every quarter, the clients on whose behalf they lobby and the amounts "
        "spent on lobbying activities.",
        "Introduce proportionate administrative sanctions for failure to register or for the provision of false "
        "or misleading information.",
    ])
    d.h1("Chapter 3. Post-public employment")
    d.h2("3.1 Cooling-off periods")
    d.p("Former ministers may take up any position immediately after leaving office. For senior civil servants a "
        "six-month restriction applies, but only to employment with companies they supervised directly. Three of "
        "the eleven ministers who left office between 2019 and 2024 became lobbyists within a year.")
    d.h2("3.2 The role of the Commission")
    d.p("The Commission may give advice on proposed appointments of former officials, but its opinions are not "
        "binding and are not always sought. In 2024 it received 19 requests and advised against the appointment in "
        "four cases; in three of them the person took up the appointment nonetheless.")
    d.p("Good practice in several OECD countries, such as Canada and the United Kingdom, is for opinions on "
        "post-public employment to be published, so that the public can see how the rules are applied.")
    d.box("Proposals for action", [
        "Introduce a cooling-off period of at least two years for ministers and state secretaries before they may "
        "lobby their former ministry.",
        "Give the Commission for the Prevention of Conflicts of Interest the power to issue binding opinions on "
        "post-public employment.",
        "Publish the opinions of the Commission on post-public employment, with appropriate protection of personal "
        "data.",
    ])
    d.h1("Chapter 4. Transparency of policy-making")
    d.p("Maravia does not publish information on meetings between members of the Government and interest "
        "representatives. Freedom of information requests for ministerial diaries are regularly refused on the "
        "ground that the diaries are personal documents.\u00b2")
    d.footnotes(["2  Decisions of the Information Commissioner Nos. 2023/114 and 2024/052."])
    d.p("An evaluation of the Lobbying Act, foreseen in its article 21, has not yet been carried out.")
    d.box("Proposals for action", [
        "Publish the diaries of ministers and state secretaries, including meetings with interest representatives, "
        "within one month of each meeting.",
        "Carry out an independent evaluation of the Lobbying Act by 2028 and share its results with the OECD "
        "Working Party.",
    ])
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(format="A4")
    d.setup()
    d.head = "Response of the Government of the Republic of Maravia to the OECD Integrity Review"
    d.foot = "Government Office of the Republic of Maravia"
    d.add_page()
    d.set_font("LS", "B", 10)
    d.cell(0, 5, "GOVERNMENT OFFICE OF THE REPUBLIC OF MARAVIA", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9)
    d.cell(0, 5, "Department for Public Integrity  |  Gregorova 12, Trevna", new_x="LMARGIN", new_y="NEXT")
    d.line(22, d.get_y() + 2, 188, d.get_y() + 2)
    d.ln(8)
    d.set_font("LS", "", 9)
    d.cell(0, 5, "No. 0078-12/2025-41    Trevna, 22 January 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.h1("Response of the Government of the Republic of Maravia to the OECD Integrity Review and Action Plan "
         "2026-2027")
    d.h2("1. Introduction")
    d.p("The Government welcomes the OECD Integrity Review of Maravia and thanks the OECD Secretariat and the peer "
        "reviewers from Ireland, Lithuania and Canada for their work. The review was discussed by the Government at "
        "its session of 15 January 2026, which adopted this response and the action plan below.")
    d.p("The Government has considered each proposal for action in the review. Where a proposal falls within the "
        "competence of the National Assembly or of an independent body, this is indicated. The table is arranged "
        "by the body responsible for each measure.")
    d.h2("2. Action plan")
    rows = [
        ("Measure", "OECD proposal (summary)", "Position", "Planned action and comments", "Deadline"),
        ("M-01", "Sanctions for unregistered lobbying", "Accepted",
         "An amendment to the Lobbying Act will give the Commission the power to impose fines of up to EUR 20,000 "
         "for failure to register and for false declarations.", "Q4 2026"),
        ("M-02", "Cooling-off period for ministers", "Partially accepted",
         "A twelve-month cooling-off period for ministers and state secretaries will be introduced. The Government "
         "considers a period of two years disproportionate given the small size of the Maravian labour market.",
         "Q2 2027"),
        ("M-03", "Binding opinions on post-public employment", "Not accepted",
         "Binding opinions would restrict the constitutional freedom to choose an occupation. The Commission will "
         "instead be notified of every appointment of a former minister within 30 days.", "-"),
        ("M-04", "Publication of ministerial diaries", "Accepted",
         "From 1 July 2026 all ministers and state secretaries will publish their meetings with interest "
         "representatives on the Government portal every month.", "1 July 2026"),
        ("M-05", "Disclosure of clients and expenditure", "Partially accepted",
         "Registrants will be required to name their clients. The Government does not intend to require "
         "disclosure of amounts spent, which it regards as commercially sensitive.", "Q4 2026"),
        ("M-06", "Publication of Commission opinions", "Already in place",
         "Since March 2025 the Commission has published anonymised summaries of all its opinions on "
         "post-public employment on its website.", "-"),
        ("M-07", "Register to cover Parliament", "Under consideration",
         "This is a matter for the National Assembly. The Government has forwarded the review to the Speaker and "
         "will support the Assembly if it decides to extend the register.", "-"),
        ("M-08", "(Government initiative)", "-",
         "Integrity training will be made compulsory for all newly appointed state secretaries and heads of "
         "cabinet, starting with the induction programme in September 2026.", "Sept. 2026"),
    ]
    d.set_font("LS", "", 8.5)
    d.set_draw_color(150, 150, 150)
    with d.table(col_widths=(17, 35, 24, 68, 22), line_height=4.3, text_align="LEFT",
                 headings_style=__import__("fpdf").FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE),
                 padding=1.5) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(5)
    d.h2("3. Follow-up")
    d.p("The Department for Public Integrity will coordinate the implementation of the action plan and report to the "
        "Government every six months. A progress report will be published on the Government portal in January 2027.")
    d.ln(6)
    d.set_font("LS", "", 9.5)
    d.multi_cell(0, 5, "Mag. Irena Dolsak\nSecretary-General of the Government")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    recs = [
        {"number": "1", "starts_with": "Extend the Transparency Register to cover lobbying of members of Parliament",
         "reply_contains": "will support the Assembly if it decides to extend the register", "verdict": "noted"},
        {"number": "2", "starts_with": "Require registrants to disclose, every quarter, the clients on whose behalf",
         "reply_contains": "does not intend to require disclosure of amounts spent", "verdict": "partly"},
        {"number": "3", "starts_with": "Introduce proportionate administrative sanctions for failure to register",
         "reply_contains": "power to impose fines of up to EUR 20,000", "verdict": "agrees"},
        {"number": "4", "starts_with": "Introduce a cooling-off period of at least two years for ministers",
         "reply_contains": "A twelve-month cooling-off period for ministers and state secretaries",
         "verdict": "partly"},
        {"number": "5", "starts_with": "Give the Commission for the Prevention of Conflicts of Interest the power",
         "reply_contains": "would restrict the constitutional freedom to choose an occupation",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "Publish the opinions of the Commission on post-public employment",
         "reply_contains": "has published anonymised summaries of all its opinions", "verdict": "agrees"},
        {"number": "7", "starts_with": "Publish the diaries of ministers and state secretaries, including meetings",
         "reply_contains": "publish their meetings with interest representatives on the Government portal",
         "verdict": "agrees"},
        {"number": "8", "starts_with": "Carry out an independent evaluation of the Lobbying Act by 2028",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = [
        "which adopted this response and the action plan below",
        "Integrity training will be made compulsory for all newly appointed state secretaries",
        "coordinate the implementation of the action plan and report to the Government every six months",
    ]
    notes = ("OECD Public Governance Review style (fpdf2, blue cover band, running header, footer '<page> | OECD "
             "INTEGRITY REVIEW OF MARAVIA (c) OECD 2025', page-foot footnotes). The eight recommendations are "
             "UNNUMBERED bullets in three shaded 'Proposals for action' boxes at the end of chapters 2-4 (3 + 3 + 2); "
             "traps: the foreword and 'Assessment and recommendations' are prose, not recommendations; the OECD "
             "'Recommendation of the Council on Principles for Transparency and Integrity in Lobbying' is a legal "
             "instrument that 'recommends that adherents define lobbying broadly' (not a recommendation of the "
             "review); good-practice prose on Canada/UK. Response: Government Office letterhead, introduction, then "
             "ONE action-plan table 'Measure | OECD proposal (summary) | Position | Planned action and comments | "
             "Deadline' with the government's own codes M-01..M-08 arranged by responsible body, so the order differs "
             "(3,4,5,7,2,6,1) and the proposals are only summarised in 3-6 words; verdict words in the Position "
             "column (Accepted / Partially accepted / Not accepted / Already in place / Under consideration); M-08 is "
             "a government initiative answering no proposal; proposal 8 (evaluation by 2028) is not answered; "
             "'Under consideration' + 'matter for the National Assembly' = noted.")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()

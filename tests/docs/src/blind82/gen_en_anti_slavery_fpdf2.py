"""Round 82 (EN): an Australian state ANTI-SLAVERY COMMISSIONER'S REVIEW of a government agency's procurement (genre:
the commissioner's review of modern slavery risk in public purchasing: a summary page with 'What we found' bullets
and the recommendations LETTERED A-G in a shaded margin column, chapters on the spend analysed, due diligence and
remedy with a spend table, the Auditor-General's earlier recommendation quoted) answered by the agency's ANNOTATED
COPY OF THE RECOMMENDATIONS (each recommendation reprinted in a shaded box under 'Recommendation X' and followed by
'Response:' with a status word, grouped by the agency's own workstreams, not in the commissioner's order).
Advice: South Australian Anti-slavery Commissioner, 'Buying without exploitation: review of modern slavery risk in
Health Procurement SA's contracts', 3 p.
Response: Health Procurement SA, 'Response to the recommendations of the Anti-slavery Commissioner's review', 2 p.;
order B, A, C+D (one response), F, E; G is not answered.
fpdf2, A4, cleaned DejaVu Sans/Serif, fixed creation date; a coloured title band, a margin-letter layout, running
header from page 2 and 'Page n of N' footers. The Modern Slavery Act 2018 (Cth) is real (what is said of it here is
not to be relied on); the Commissioner's office, Health Procurement SA, people, dates and figures are invented.

Run:  /tmp/blind82en/bin/python tests/docs/src/blind82/gen_en_anti_slavery_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b82en as H
from fpdf import FPDF

NAME = "blind82_en_anti_slavery"
PLUM = (88, 38, 96)
PALE = (240, 233, 242)


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.ht, self.ft = header_text, footer_text
        self.set_creation_date(datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc))
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("S", style, H.clean_font(f))
        for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("R", style, H.clean_font(f))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1 and self.ht:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.ht, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*PLUM)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.ft.replace("{n}", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)

    def band(self, title, sub):
        self.set_fill_color(*PLUM)
        self.rect(0, 0, self.w, 38, "F")
        self.set_xy(22, 10)
        self.set_text_color(255, 255, 255)
        self.set_font("S", "B", 16)
        self.multi_cell(0, 7.5, title, new_x="LMARGIN", new_y="NEXT")
        self.set_font("S", "", 9)
        self.multi_cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(44)

    def h1(self, t):
        self.ln(2)
        self.set_font("S", "B", 11.5)
        self.set_text_color(*PLUM)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.6, font="R", style=""):
        self.set_font(font, style, size)
        self.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.8)

    def bullet(self, t):
        self.set_font("R", "", 9.6)
        self.cell(6, 4.8, "\u2022")
        self.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(0.8)

    def margin_letter(self, letter, t):
        """A recommendation: a shaded margin cell with the letter, the text beside it."""
        x, y = self.l_margin, self.get_y()
        self.set_font("S", "B", 9.4)
        self.set_x(x + 14)
        y0 = self.get_y()
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        self.set_fill_color(*PALE)
        self.rect(x, y0 - 0.8, 10, y1 - y0 + 1.6, "F")
        self.set_xy(x, y0)
        self.set_text_color(*PLUM)
        self.set_font("S", "B", 11)
        self.cell(10, 5.2, letter, align="C")
        self.set_text_color(0, 0, 0)
        self.set_xy(x, y1 + 2.2)

    def box(self, label, t):
        """The response's shaded box repeating a recommendation."""
        self.set_fill_color(*PALE)
        self.set_font("S", "B", 9)
        self.set_text_color(*PLUM)
        self.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT", fill=True)
        self.set_text_color(0, 0, 0)
        self.set_font("S", "I", 8.8)
        self.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT", fill=True, padding=(0, 2, 1.6, 2))
        self.ln(1.6)


def advice():
    d = Doc("South Australian Anti-slavery Commissioner | Buying without exploitation | June 2026", "Page {n} of {nb}")
    d.add_page()
    d.band("Buying without exploitation", "Review of modern slavery risk in Health Procurement SA's contracts | "
           "South Australian Anti-slavery Commissioner | June 2026")
    d.h1("Summary")
    d.p("Health Procurement SA buys goods and services worth about $1.9 billion a year for the state's hospitals and "
        "health services. I reviewed its contracts in the three categories where international evidence shows the "
        "highest risk of forced labour: medical gloves, hospital linen and contract cleaning. Together they were "
        "worth $412 million in 2024-25.")
    d.set_font("S", "B", 9.6)
    d.cell(0, 5.5, "What we found", new_x="LMARGIN", new_y="NEXT")
    d.bullet("Only 9 of the 27 suppliers in the three categories had been asked any question about modern slavery "
             "before their contract was awarded.")
    d.bullet("The standard goods and services contract contains no clause on modern slavery; clause 14.2 allows "
             "termination only for insolvency or a breach of confidentiality.")
    d.bullet("Procurement officers told us that they should know what to look for but had never been trained.")
    d.bullet("No one in Health Procurement SA could say in which country the gloves used in the state's hospitals "
             "had been made.")
    d.ln(1)
    d.set_font("S", "B", 9.6)
    d.cell(0, 5.5, "What I recommend", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.margin_letter("A", "Require every supplier in a high-risk category to complete the modern slavery "
                         "questionnaire before a contract is awarded.")
    d.margin_letter("B", "Add a modern slavery clause, with a right to terminate for serious breach, to the standard "
                         "goods and services contract by 1 July 2027.")
    d.margin_letter("C", "Train every procurement officer to identify modern slavery risks within twelve months.")
    d.margin_letter("D", "Map the supply chains for gloves, linen and cleaning services down to the level of the "
                         "factory or labour hire provider.")
    d.margin_letter("E", "Establish a remediation fund to support workers when modern slavery is found in a "
                         "supplier's operations.")
    d.margin_letter("F", "Publish an annual modern slavery statement, whether or not the law requires one.")
    d.margin_letter("G", "Share supplier risk assessments with other state agencies through a common register.")
    d.h1("1. Why this review")
    d.p("The Modern Slavery Act 2018 (Cth) requires entities with consolidated revenue of more than $100 million to "
        "report each year on the risks of modern slavery in their operations and supply chains. State agencies are "
        "not reporting entities under that Act, and South Australia has no legislation of its own. Health "
        "Procurement SA is therefore under no legal obligation to report, but it spends public money on goods "
        "produced in some of the highest-risk industries in the world.")
    d.p("This is not the first review to look at the agency's contract management. In 2024 the Auditor-General "
        "recommended that Health Procurement SA \"maintain a complete register of contracts and their expiry "
        "dates\"; that recommendation has been implemented, and the register made this review possible.")
    d.h1("2. The spend we examined")
    d.set_font("S", "B", 8.6)
    d.set_fill_color(*PALE)
    for w, t in ((70, "Category"), (32, "Suppliers"), (32, "Spend 2024-25"), (32, "Risk rating")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    d.set_font("S", "", 8.6)
    for row in (("Medical gloves", "6", "$58 million", "Very high"), ("Hospital linen and laundry", "9",
                                                                        "$96 million", "High"),
                ("Contract cleaning", "12", "$258 million", "High")):
        for w, t in zip((70, 32, 32, 32), row):
            d.cell(w, 6, t, border=1)
        d.ln()
    d.ln(3)
    d.p("Gloves are the clearest case. Most of the world's supply comes from a small number of manufacturers, several "
        "of which have been the subject of import bans in other countries because of forced labour and debt bondage. "
        "Cleaning is the largest category by value, and the risk there is closer to home: subcontracted labour, "
        "visa conditions and unpaid hours.")
    d.h1("3. Due diligence and remedy")
    d.p("Suppliers told us that they should not be asked the same questions by every agency in different forms; "
        "several had completed four questionnaires for four state agencies in a year. A common approach across "
        "government would reduce that burden and allow agencies to learn from each other's assessments.")
    d.p("Finding modern slavery is only the beginning. When a supplier's workers have been exploited, ending the "
        "contract can leave them worse off. Remedy means repaying recruitment fees, restoring wages and supporting "
        "workers to find safe employment. Agencies in other jurisdictions have set aside funds for that purpose.")
    d.h1("4. What happens next")
    d.p("Under my terms of appointment I may ask an agency to tell me what it has done about my recommendations. I "
        "ask Health Procurement SA to respond within three months and to report on progress after twelve months.")
    d.p("Dr Helena Marwick, South Australian Anti-slavery Commissioner, Adelaide, 16 June 2026", size=8.6, font="S")
    return d


def response():
    d = Doc("Health Procurement SA | Response to the Anti-slavery Commissioner's review", "Page {n} of {nb}")
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "HEALTH PROCUREMENT SA", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "B", 14)
    d.multi_cell(0, 7, "Response to the recommendations of the Anti-slavery Commissioner's review 'Buying without "
                       "exploitation'", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.6)
    d.cell(0, 5, "Endorsed by the Health Procurement SA Board, 10 September 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.p("Health Procurement SA welcomes the Commissioner's review, the first of its kind for a state agency. The "
        "Board endorsed this response at its meeting on 10 September 2026. The recommendations are set out below "
        "under the three workstreams of our Ethical Sourcing Program, which will carry out the work.")
    d.h1("Workstream 1: Contracts and tendering")
    d.box("Recommendation B", "Add a modern slavery clause, with a right to terminate for serious breach, to the "
                              "standard goods and services contract by 1 July 2027.")
    d.p("**Response: Supported in part.** A modern slavery clause will be included in the standard contract from 1 "
        "March 2027, requiring suppliers to disclose and address any case they identify. Legal advice is that a "
        "unilateral right to terminate would be difficult to enforce and could harm the workers concerned, so the "
        "clause will instead provide for a remediation plan agreed with the supplier.")
    d.box("Recommendation A", "Require every supplier in a high-risk category to complete the modern slavery "
                              "questionnaire before a contract is awarded.")
    d.p("**Response: Supported.** Since 1 September 2026 the questionnaire has been a mandatory part of every tender in "
        "the gloves, linen and cleaning categories, and no contract in those categories can be awarded until it has "
        "been assessed.")
    d.h1("Workstream 2: Capability and supply chain visibility")
    d.box("Recommendations C and D", "Train every procurement officer to identify modern slavery risks within twelve "
                                     "months. Map the supply chains for gloves, linen and cleaning services down to "
                                     "the level of the factory or labour hire provider.")
    d.p("**Response: C supported; D not supported.** A mandatory online module was launched in July and 186 of our "
        "240 procurement officers have already completed it; the remainder will do so by March 2027. We do not, "
        "however, consider it practicable to map every supply chain to factory level. Health Procurement SA will "
        "not undertake that mapping and will rely on suppliers' own disclosures and on independent audits where "
        "the risk is highest.")
    d.h1("Workstream 3: Transparency and remedy")
    d.box("Recommendation F", "Publish an annual modern slavery statement, whether or not the law requires one.")
    d.p("**Response: Noted.** The Commonwealth is reviewing the reporting threshold of the Modern Slavery Act. Health "
        "Procurement SA will consider a voluntary statement once the outcome of that review is known.")
    d.box("Recommendation E", "Establish a remediation fund to support workers when modern slavery is found in a "
                              "supplier's operations.")
    d.p("**Response: Not supported.** Health Procurement SA has no power to make payments to the employees of its "
        "suppliers and is not in a position to establish a fund of this kind. Remedy will be pursued through the "
        "contract clause described under Workstream 1.")
    d.h1("Supplier engagement")
    d.p("Separately from the review, we held our first supplier forum on ethical sourcing in August 2026. Forty-one "
        "suppliers attended, and a second forum, on cleaning contracts, is planned for February 2027.")
    d.h1("Contact")
    d.p("Questions about this response may be directed to Mr Tobias Reardon, Director, Procurement Governance, "
        "Health Procurement SA, PO Box 2871, Adelaide SA 5001.")
    return d


RECS = [
    ("A", "Require every supplier in a high-risk category to complete the modern slavery",
     "has been a mandatory part of every tender", "agrees"),
    ("B", "Add a modern slavery clause, with a right to terminate",
     "will instead provide for a remediation plan agreed", "partly"),
    ("C", "Train every procurement officer to identify modern slavery risks within twelve months",
     "A mandatory online module was launched in July", "agrees"),
    ("D", "Map the supply chains for gloves, linen and cleaning services down",
     "will not undertake that mapping and will rely on suppliers'", "disagrees"),
    ("E", "Establish a remediation fund to support workers when modern slavery",
     "is not in a position to establish a fund", "disagrees"),
    ("F", "Publish an annual modern slavery statement, whether or not the law",
     "will consider a voluntary statement once the outcome", "noted"),
    ("G", "Share supplier risk assessments with other state agencies through a", None, "unanswered"),
]

if __name__ == "__main__":
    advice().output(H.out(NAME + "_advice.pdf"))
    response().output(H.out(NAME + "_response.pdf"))
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["welcomes the Commissioner's review, the first of its kind",
                      "held our first supplier forum on ethical sourcing",
                      "Questions about this response may be directed to"],
                     "Advice: an Australian state anti-slavery commissioner's review of an agency's procurement: a "
                     "title band, a Summary with 'What we found' bullets (not recommendations) and 'What I "
                     "recommend' with the recommendations LETTERED A-G, each letter in a shaded margin cell beside "
                     "bold text (the letters are the numbers); chapters after them with a spend table. Traps: 'The "
                     "Modern Slavery Act 2018 (Cth) requires entities ... to report'; the Auditor-General's 2024 "
                     "recommendation quoted ('maintain a complete register of contracts'); officers 'should know "
                     "what to look for'; suppliers 'should not be asked the same questions'; 'clause 14.2'; "
                     "'respond within three months'. Response: an ANNOTATED COPY of the recommendations grouped by "
                     "the agency's three workstreams: each recommendation reprinted in a shaded box 'Recommendation "
                     "X' (italic), then a bold 'Response: <status>.' paragraph; order B, A, C+D, F, E: clause from "
                     "March 2027 but no unilateral right to terminate (B partly); questionnaire mandatory since 1 "
                     "September (A agrees); ONE box 'Recommendations C and D' with one response 'C supported; D not "
                     "supported' = training module launched, all by March 2027 (C agrees) + 'will not undertake that "
                     "mapping' (D disagrees); 'Noted ... will consider a voluntary statement' after the Commonwealth "
                     "review (F noted); 'Not supported ... not in a position to establish a fund' (E disagrees). G "
                     "(common register shared with other agencies) is not answered. Unmatched: introduction, "
                     "'Supplier engagement', 'Contact'.")
    sys.exit(H.main([NAME]))

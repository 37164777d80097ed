"""Round 113 (EN): a Canadian city's SMALL BUSINESS ADVISORY COMMITTEE report on CITY PURCHASING (how local small
businesses can sell to the City), seven recommendations as sentences beside ROUND NUMBERED BADGES (1-7) split across
three SUB-HEADINGS, answered by a STAFF REPORT of the Chief Procurement Officer to General Committee whose own
'Recommendation' section ('be received for information') answers nothing, and whose 'Table 1' gives a 'Rec.' NUMBER
COLUMN, the management response and a STATUS column (Accepted / Accepted in part / Not accepted / Under review), rows
in another order, one row '5 and 6' covering two recommendations, one recommendation without a row. fpdf2, Letter,
cleaned Liberation Sans, fixed creation date; plum top band with a gold rule, 'Survey snapshot' strip, numbered
findings 'What businesses told us' (not recommendations); running header from page 2, 'Page N of M' on every page.
All bodies, people, places, figures and by-law numbers invented; the Canadian Free Trade Agreement is named as context
only (what is said of it here is not to be relied on).
Run:  /tmp/blind113en/bin/python tests/docs/src/blind113/gen_en_procurement_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b113en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind113_en_procurement"
PLUM = (84, 38, 104)
GOLD = (214, 168, 46)
PALE = (243, 237, 246)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="Letter")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc))
        self.add_font("LS", "", H.clean_font("LiberationSans-Regular.ttf"))
        self.add_font("LS", "B", H.clean_font("LiberationSans-Bold.ttf"))
        self.add_font("LS", "I", H.clean_font("LiberationSans-Italic.ttf"))
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() > 1:
            self.set_font("LS", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GOLD)
            self.set_line_width(0.4)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def band(self, org, sub):
        self.set_fill_color(*PLUM)
        self.rect(0, 0, self.w, 24, style="F")
        self.set_fill_color(*GOLD)
        self.rect(0, 24, self.w, 1.6, style="F")
        self.set_xy(self.l_margin, 6)
        self.set_font("LS", "B", 15)
        self.set_text_color(255, 255, 255)
        self.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
        self.set_font("LS", "", 9)
        self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(32)

    def hd(self, t, size=12, color=PLUM, need=45):
        if self.get_y() > self.h - need:
            self.add_page()
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def p(self, t, size=10, style=""):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def li(self, label, text, indent=3, w=7):
        self.set_font("LS", "", 10)
        self.set_x(self.l_margin + indent)
        self.cell(w, 5, label)
        old = self.l_margin
        self.set_left_margin(old + indent + w)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_left_margin(old)
        self.ln(1)

    def badge(self, n, text):
        self.set_font("LS", "", 10.2)
        w = self.w - self.l_margin - self.r_margin - 14
        lines = self.multi_cell(w, 5.2, text, dry_run=True, output="LINES")
        if self.get_y() + len(lines) * 5.2 > self.h - 20:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(*PLUM)
        self.ellipse(x + 1, y - 0.3, 8.4, 8.4, style="F")
        self.set_xy(x + 1, y + 1.4)
        self.set_font("LS", "B", 10.5)
        self.set_text_color(255, 255, 255)
        self.cell(8.4, 5, str(n), align="C")
        self.set_text_color(0, 0, 0)
        self.set_font("LS", "", 10.2)
        self.set_xy(x + 14, y)
        old = self.l_margin
        self.set_left_margin(x + 14)
        self.multi_cell(w, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.set_left_margin(old)
        self.set_y(max(self.get_y(), y + 9) + 3)


def advice():
    d = Doc("City of Aldercliffe - Small Business Advisory Committee - Report SBAC 2026-01")
    d.add_page()
    d.band("City of Aldercliffe  |  Small Business Advisory Committee", "Report SBAC 2026-01 to General Committee  |  Adopted March 18, 2026")
    d.set_font("LS", "B", 17)
    d.set_text_color(*PLUM)
    d.multi_cell(0, 8, "Open for Business? Making City purchasing work for Aldercliffe's small businesses", new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0, 0, 0)
    d.ln(1)
    d.p("Chair: Priya Raman-Doucette (Raman Print & Sign)  |  Vice-Chair: Luc Thibodeau (Downtown Aldercliffe BIA)  |  Staff resource: Economic Development Office", 8.6)
    d.hd("1. Why we looked at this")
    d.p("The Small Business Advisory Committee advises Council on matters that affect businesses with fewer than 50 employees. In June 2025 General Committee asked us to report on how easy it is for those businesses to sell goods and services to the City, which spends about $140 million a year through Purchasing Services.")
    d.p("This is not the first time we have raised the subject. In 2022 the Committee recommended that \"the City should publish a forecast of upcoming tenders\", and Purchasing Services has posted a twelve-month forecast every April since 2023. Businesses told us the forecast is useful.")
    d.p("Some rules cannot be changed locally. Under the Canadian Free Trade Agreement, contracts above set thresholds must be openly advertised, and the City cannot favour local suppliers in those competitions. The City's Purchasing By-law 2019-47 adds that every purchase over $25,000 should be made by competitive bid. Nothing in this report asks the City to depart from either.")
    d.ln(0.5)
    d.set_fill_color(*PALE)
    d.set_font("LS", "B", 9.2)
    d.set_text_color(*PLUM)
    d.cell(0, 6.5, "  Survey snapshot: 163 Aldercliffe businesses, November-December 2025", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 9)
    with d.table(col_widths=(43, 43, 43, 43), line_height=4.6, text_align="CENTER", first_row_as_headings=False,
                 borders_layout="NONE", cell_fill_color=PALE, cell_fill_mode="ALL") as t:
        r = t.row()
        for c in ("58% have never bid on City work", "41% of bidders gave up after one try", "47 days: average wait for payment", "$150: yearly bid portal fee"):
            r.cell(c)
    d.ln(3)
    d.hd("2. What businesses told us")
    d.li("1.", "Late payment hurts most. A contractor who waits seven weeks for a $12,000 invoice may have to borrow to pay staff.")
    d.li("2.", "Many City contracts are too big for a small firm to bid on alone, especially for grounds maintenance, cleaning and printing.")
    d.li("3.", "The paperwork asked for in small tenders is the same as for large ones, including three years of audited financial statements that most small firms do not have.")
    d.li("4.", "Businesses do not know where to start, and several said the City should have someone they can simply phone.")
    d.li("5.", "A few felt the City should buy from them because they pay local property taxes; most simply want a fair chance to compete.")
    d.ln(1)
    d.p("We are not asking the City to lower its standards for insurance, safety or quality, and we recognise that value for money must remain the test.")
    d.hd("3. Seven changes we are asking for")
    d.p("The Committee recommends that General Committee direct staff to make the following changes.")
    d.hd("Getting paid", 10.5, GOLD, need=36)
    d.badge(1, "Pay every undisputed invoice from a small business within 30 days of receiving it, instead of the current 45-day terms.")
    d.hd("Bidding for City work", 10.5, GOLD)
    d.badge(2, "Divide large contracts into smaller lots wherever this is practical, so that local firms can bid for part of the work.")
    d.badge(3, "Stop asking for three years of audited financial statements in competitions for contracts under $100,000.")
    d.badge(4, "Waive the $150 yearly bid portal registration fee for businesses with fewer than 20 employees.")
    d.hd("Helping local firms compete", 10.5, GOLD)
    d.badge(5, "Hold a free 'Selling to the City' workshop at least twice a year, in English and in French, with time to meet buyers one to one.")
    d.badge(6, "Set a goal that 25% of the value of contracts under $100,000 is awarded to businesses based in Aldercliffe, and report on it every year.")
    d.badge(7, "Appoint a small business liaison officer in Purchasing Services to help firms through their first bid.")
    d.hd("4. In closing")
    d.p("In our view Recommendations 2, 3 and 4 could be put in place without any new spending. We thank the Purchasing Services staff who answered our questions, and we would welcome a staff response before Council's summer recess.")
    d.p("Priya Raman-Doucette, Chair, on behalf of the Small Business Advisory Committee", 8.8, "I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("City of Aldercliffe - Staff Report CS-PUR-2026-14 - Response to SBAC 2026-01")
    d.add_page()
    d.band("City of Aldercliffe  |  Staff Report", "Corporate Services  |  Purchasing Services")
    d.set_font("LS", "", 9.4)
    for k, v in (("Report to:", "General Committee"), ("Meeting date:", "May 12, 2026"), ("Report number:", "CS-PUR-2026-14"),
                 ("From:", "Tomasz Wilkinson-Bell, Chief Procurement Officer"),
                 ("Subject:", "Response to Small Business Advisory Committee Report SBAC 2026-01, 'Open for Business?'")):
        d.set_font("LS", "B", 9.4)
        d.cell(30, 5, k)
        d.set_font("LS", "", 9.4)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("Recommendation", 11.5)
    d.p("That Report CS-PUR-2026-14 be received for information.")
    d.hd("Background", 11.5)
    d.p("In 2025 the City issued 1,214 purchase orders with a total value of $142.6 million, of which 388 orders worth $21.9 million went to businesses with an Aldercliffe address. Recommendation 12 of the 2023 internal audit of purchasing, on contract management, was completed in January and is not affected by this report.")
    d.p("The Committee presented its report to General Committee on April 14, 2026. Staff are grateful to the Committee for its survey work, which gives the City better information on small suppliers than it has had before.")
    d.hd("Analysis", 11.5)
    d.p("Staff have reviewed each of the Committee's recommendations with Finance and Legal Services. Table 1 sets out management's response, grouped by status.")
    d.set_font("LS", "B", 9.2)
    d.cell(0, 6, "Table 1: Management response to Report SBAC 2026-01", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 8.8)
    d.set_draw_color(190, 175, 200)
    d.set_fill_color(255, 255, 255)
    rows = [
        ("Rec.", "Management response", "Status"),
        ("2", "From the 2026-27 sourcing plan, every contract over $250,000 will be assessed for division into lots before it is advertised, and the reasons will be recorded in the file whenever a contract is not divided.", "Accepted"),
        ("5 and 6", "Purchasing Services will run a bilingual 'Doing Business with the City' session each spring and fall, the first on October 22, 2026, with buyers available for one-to-one meetings. A local share goal cannot be supported: the City's trade agreement obligations and the Purchasing By-law require awards on best value, and a target based on a bidder's address could expose the City to bid disputes.", "Accepted (5); Not accepted (6)"),
        ("1", "Invoices under $25,000 will be paid within 30 days from September 1, 2026, which covers about 80% of invoices from small suppliers. Larger invoices need sign-off by the receiving department and will remain on 45-day terms for now.", "Accepted in part"),
        ("3", "Audited statements will no longer be required in competitions under $50,000. Between $50,000 and $100,000 a review engagement report from an accountant will still be requested, to protect the City against supplier failure.", "Accepted in part"),
        ("7", "A dedicated position would cost about $96,000 a year including benefits. Staff will list it as an option for the 2027 budget deliberations, without recommending it at this time.", "Under review"),
    ]
    with d.table(col_widths=(18, 118, 36), line_height=4.4, first_row_as_headings=True, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PLUM),
                 cell_fill_color=PALE, cell_fill_mode="ROWS", padding=(1.4, 1.6)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)
    d.hd("Financial implications", 11.5)
    d.p("The accepted changes can be made within the approved 2026 operating budget of Purchasing Services. Faster payment of small invoices will bring forward about $1.1 million of payments each year, with a minor effect on interest earnings.")
    d.hd("Consultation", 11.5)
    d.p("Finance, Legal Services and the Economic Development Office were consulted in preparing this report, and the Aldercliffe Chamber of Commerce reviewed a draft of Table 1.")
    d.p("Prepared by: Tomasz Wilkinson-Bell, Chief Procurement Officer  |  Approved by: Naomi Kettering, General Manager, Corporate Services", 8.6, "I")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Pay every undisputed invoice from a small business within 30 days",
         "reply_contains": "Larger invoices need sign-off by the receiving department", "verdict": "partly"},
        {"number": 2, "starts_with": "Divide large contracts into smaller lots wherever this is practical",
         "reply_contains": "will be assessed for division into lots before it is advertised", "verdict": "agrees"},
        {"number": 3, "starts_with": "Stop asking for three years of audited financial statements in competitions",
         "reply_contains": "a review engagement report from an accountant will still be requested", "verdict": "partly"},
        {"number": 4, "starts_with": "Waive the $150 yearly bid portal registration fee for businesses",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Hold a free 'Selling to the City' workshop at least twice",
         "reply_contains": "session each spring and fall, the first on October 22, 2026", "verdict": "agrees"},
        {"number": 6, "starts_with": "Set a goal that 25% of the value of contracts under",
         "reply_contains": "A local share goal cannot be supported", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Appoint a small business liaison officer in Purchasing Services to help",
         "reply_contains": "list it as an option for the 2027 budget deliberations", "verdict": "noted"},
    ]
    unmatched = ["That Report CS-PUR-2026-14 be received for information",
                 "of which 388 orders worth $21.9 million went to businesses",
                 "Staff are grateful to the Committee for its survey work",
                 "can be made within the approved 2026 operating budget",
                 "the Aldercliffe Chamber of Commerce reviewed a draft of Table 1"]
    notes = ("Advice: Canadian city Small Business Advisory Committee report SBAC 2026-01 on how local small businesses can "
             "sell to the City; recs are seven imperative sentences beside ROUND NUMBERED BADGES 1-7 after 'The Committee "
             "recommends that General Committee direct staff to make the following changes.', split across three gold "
             "SUB-HEADINGS (Getting paid 1 / Bidding for City work 2-4 / Helping local firms compete 5-7), the page break "
             "falling after badge 1; traps: the "
             "Committee's 2022 recommendation quoted ('the City should publish a forecast of upcoming tenders'), Canadian "
             "Free Trade Agreement 'must be openly advertised', Purchasing By-law 2019-47 'should be made by competitive "
             "bid', survey snapshot strip, numbered FINDINGS 1-5 'What businesses told us' ('the City should have someone "
             "they can simply phone', 'should buy from them'), 'We are not asking the City to lower its standards', "
             "closing 'Recommendations 2, 3 and 4 could be put in place without any new spending'. Response: STAFF REPORT "
             "CS-PUR-2026-14 of the Chief Procurement Officer to General Committee with its own 'Recommendation' section "
             "(received for information); 'Table 1' with a 'Rec.' NUMBER COLUMN and a STATUS column, rows grouped by status, "
             "order 2, 5+6, 1, 3, 7: lots assessed for every contract over $250,000 (2 agrees, Accepted); ONE row '5 and 6' "
             "= bilingual sessions each spring and fall from October 22, 2026 (5 agrees) + local share goal not supported "
             "(6 disagrees), status 'Accepted (5); Not accepted (6)'; 30 days only for invoices under $25,000, larger ones "
             "stay on 45-day terms (1 partly); audited statements dropped under $50,000 only, review engagement report "
             "still requested up to $100,000 (3 partly); liaison officer listed as a 2027 budget option without "
             "recommending it, 'Under review' (7 noted); 4 (waive the $150 portal fee) has no row (unanswered); "
             "Recommendation section, background with 1,214 purchase orders and 'Recommendation 12 of the 2023 internal "
             "audit', thanks for the survey, financial implications, consultation (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 129 (EN): a US city's OFFICE OF THE INSPECTOR GENERAL audit report on fuel card controls in the Department
of Fleet Services, answered by the Department Director's MANAGEMENT RESPONSE LETTER, written by theme WITHOUT any
recommendation numbers.
The advice's seven recommendations are CODED by finding (A-1, A-2, B-1, B-2, B-3, C-1, C-2) in a bold hanging column
after 'We recommend that the Director of Fleet Services:' under each finding. Traps: the audit's three numbered
OBJECTIVES (questions), the City Code quoted ('shall be used only'), a 2021 audit recommendation quoted ('should
reconcile', closed), bold finding titles ('Finding A: Cards of separated employees stayed active'), a figures table,
and a closing line naming 'Recommendations A-1 and B-2'. The response answers by theme in another order: limits and
non-fuel purchases in one paragraph (B-1 agrees, B-2 disagrees), separated employees (A-1), supervisors' review
(B-3), telematics (A-2, quarterly instead of monthly), the vendor contract (C-1, evaluated in 2027, no decision);
C-2 (reports to the Audit Committee) is never answered. The opening, a paragraph on the 2021 audit's
'recommendation 3' and the closing answer nothing.
fpdf2, US Letter, cleaned Liberation Sans (report) and Liberation Serif (letter), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind129en/bin/python tests/docs/src/blind129/gen_en_fuel_cards_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b129en as H
from fpdf import FPDF

NAME = "blind129_en_fuel_cards"
NAVY = (24, 52, 92)
RED = (128, 30, 36)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10.3, style="", lh=5.0, after=2.2, indent=0):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def code(self, n, t, size=10.3, lh=5.0, hang=14, after=1.8):
        self.set_font(self.fam, "B", size)
        y = self.get_y()
        if y > self.h - 34:
            self.add_page()
            y = self.get_y()
        self.set_xy(self.l_margin + 6, y)
        self.cell(hang, lh, n)
        self.set_font(self.fam, "", size)
        self.set_xy(self.l_margin + 6 + hang, y)
        self.multi_cell(self.tw - 6 - hang, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def head(self, t, size=11.5, before=2.5, colour=NAVY):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, 5.8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)


def advice():
    d = Doc(datetime.datetime(2025, 9, 30, 10, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 30, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(25, 8)
    d.set_font("LS", "B", 9)
    d.cell(0, 5, "CITY OF HARLOW SPRINGS  |  OFFICE OF THE INSPECTOR GENERAL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "B", 16)
    d.cell(0, 9, "Audit of Fuel Card Controls, Department of Fleet Services", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(34)
    d.para("Report No. OIG-25-14  |  September 30, 2025  |  Inspector General: Lorraine Whitacre-Banks, CPA",
           size=9, after=3)
    d.head("Why we did this audit")
    d.para("The Department of Fleet Services issues fuel cards for 1,140 City vehicles and pieces of equipment. In "
           "fiscal year 2025 cardholders bought $3.94 million of fuel and related items. Our audit asked three "
           "questions:")
    for i, q in enumerate(["Are fuel cards issued, used and cancelled in line with City policy?",
                           "Does the Department detect purchases that are unusual or not for City business?",
                           "Does the fuel card contract give the City good value?"], 1):
        d.code(f"{i}.", q, hang=7, after=0.8)
    d.ln(1.5)
    d.para("Section 2-418 of the Harlow Springs City Code provides that a City fuel card \"shall be used only to fuel "
           "the City vehicle or equipment to which it is assigned\". Our 2021 audit of the motor pool recommended "
           "that the Department \"should reconcile fuel purchases to vehicle mileage at least annually\"; that "
           "recommendation was closed in 2023.")
    d.head("Results in brief")
    d.set_font("LS", "B", 9.5)
    w = [80, 40, 46]
    for row in (("Measure", "Tested", "Exceptions"),
                ("Cards of separated employees", "212 cards", "31 still active"),
                ("Transactions over tank capacity", "48,600", "1,087"),
                ("Non-fuel purchases at the pump", "48,600", "2,314 ($61,250)"),
                ("Exception reports reviewed on time", "24 months", "9 months")):
        for i, c in enumerate(row):
            d.cell(w[i], 6, c, border=1, fill=False)
        d.ln(6)
        d.set_font("LS", "", 9.5)
    d.ln(3)
    d.head("Finding A: Cards of separated employees stayed active", colour=RED)
    d.para("Of 212 employees who left City service during the audit period, 31 still had an active fuel card more "
           "than 30 days later, and four of those cards were used after the employee had left. Telematics data "
           "already collected from 860 vehicles was never compared with card transactions. We recommend that the "
           "Director of Fleet Services:")
    d.code("A-1", "Require that every fuel card be deactivated within two business days of the cardholder's "
                  "separation from City service.")
    d.code("A-2", "Reconcile fuel card transactions against vehicle telematics data every month and follow up every "
                  "mismatch.")
    d.head("Finding B: Unusual purchases were not detected or reviewed", colour=RED)
    d.para("More than 1,000 transactions exceeded the tank capacity of the vehicle, and cardholders bought snacks, "
           "car washes and other non-fuel items worth $61,250. Supervisors reviewed the monthly exception report on "
           "time in only 15 of 24 months. We recommend that the Director of Fleet Services:")
    d.code("B-1", "Set a per-transaction limit on each card that matches the fuel tank capacity of its vehicle.")
    d.code("B-2", "Block purchases of all non-fuel items at the pump on every City fuel card.")
    d.code("B-3", "Require supervisors to review and sign off the monthly exception report within ten business days.")
    d.head("Finding C: The fuel card contract has not been tested in the market", colour=RED)
    d.para("The current contract with Meridian Fleetpay was awarded in 2014 and has been extended four times without "
           "competition. Its fees are higher than those paid by two neighboring cities of similar size. We "
           "recommend that the Director of Fleet Services:")
    d.code("C-1", "Replace the current fuel card contract through a competitive procurement before its present "
                  "extension expires.")
    d.code("C-2", "Report twice a year to the City Council Audit Committee on progress in carrying out these "
                  "recommendations.")
    d.head("Management response")
    d.para("We provided a draft of this report to the Department on August 29, 2025. Recommendations A-1 and B-2 "
           "address the highest risks. The Department's response will be published with this report.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 9, 24, 15, 0, tzinfo=datetime.timezone.utc), "LF")
    d.set_font("LF", "B", 13)
    d.set_text_color(*NAVY)
    d.cell(0, 7, "City of Harlow Springs", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LF", "", 10.5)
    d.cell(0, 5.5, "Department of Fleet Services  |  2200 Quarry Road, Harlow Springs", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(*NAVY)
    d.line(25, d.get_y() + 2, d.w - 25, d.get_y() + 2)
    d.ln(7)
    sz = 11
    d.para("September 24, 2025", size=sz)
    d.para("Lorraine Whitacre-Banks, CPA\nInspector General, City of Harlow Springs\n400 Civic Plaza, Suite 310",
           size=sz)
    d.para("Re: Management response to draft report OIG-25-14, Audit of Fuel Card Controls", size=sz, style="B")
    d.para("Dear Ms. Whitacre-Banks:", size=sz)
    d.para("Thank you for the opportunity to respond to the draft report. The Department appreciates the "
           "professionalism of your audit team, and we share the goal of making sure every dollar spent on fuel "
           "serves City business. Our responses are grouped below by subject.", size=sz)
    d.para("Card limits and purchases at the pump. We agree that each card should carry a limit tied to its "
           "vehicle, and tank-capacity limits will be loaded for all cards by January 15, 2026. We do not agree "
           "to block every non-fuel item. Our mechanics and field crews rely on the cards to buy engine oil, "
           "washer fluid and coolant on the road, and a blanket block would take vehicles out of service. We will "
           "keep these items available and instead flag snacks and car washes for supervisor review.", size=sz)
    d.para("Employees leaving City service. Human Resources will now notify the Department automatically on an "
           "employee's last day, and cards will be cancelled within two business days starting November 1, 2025. "
           "The 31 cards identified by your team have already been cancelled.", size=sz)
    d.para("Supervisor review. We agree. Starting with the October 2025 report, each division manager will sign the "
           "exception report within ten business days, and the Fleet Administrator will escalate any report that is "
           "late.", size=sz)
    d.para("Telematics. We accept the value of comparing card data with telematics but do not have the staff to do "
           "it monthly. A reconciliation of all transactions will be carried out every quarter, beginning in "
           "the first quarter of 2026, with mismatches above 25 gallons investigated.", size=sz)
    d.para("The fuel card contract. The current extension runs to June 30, 2027. The Department will evaluate the "
           "options, including a joint solicitation with Marston County, as that date approaches. No decision has "
           "been made on whether to rebid or extend.", size=sz)
    d.para("We would also note that recommendation 3 of the 2021 motor pool audit, on annual mileage "
           "reconciliation, remains in place and was repeated this year for 1,102 vehicles.", size=sz)
    d.para("Please contact me or Deputy Director Samuel Okonkwo-Reyes with any questions.", size=sz)
    d.para("Sincerely,", size=sz, after=6)
    d.para("Teresa Villanueva-Hart\nDirector, Department of Fleet Services", size=sz)
    d.para("cc: City Manager; Chief Financial Officer", size=9)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Harlow Springs OIG - Report No. OIG-25-14",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Department of Fleet Services - Response to OIG-25-14",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Require that every fuel card be deactivated within two business days",
         "reply_contains": "cards will be cancelled within two business days starting November 1", "verdict": "agrees"},
        {"number": 2, "starts_with": "Reconcile fuel card transactions against vehicle telematics data every month",
         "reply_contains": "do not have the staff to do it monthly", "verdict": "partly"},
        {"number": 3, "starts_with": "Set a per-transaction limit on each card that matches",
         "reply_contains": "tank-capacity limits will be loaded for all cards", "verdict": "agrees"},
        {"number": 4, "starts_with": "Block purchases of all non-fuel items at the pump",
         "reply_contains": "We do not agree to block every non-fuel item", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Require supervisors to review and sign off the monthly exception report",
         "reply_contains": "each division manager will sign the exception report", "verdict": "agrees"},
        {"number": 6, "starts_with": "Replace the current fuel card contract through a competitive procurement",
         "reply_contains": "No decision has been made on whether to rebid", "verdict": "noted"},
        {"number": 7, "starts_with": "Report twice a year to the City Council Audit Committee",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["we share the goal of making sure every dollar spent on fuel",
                 "remains in place and was repeated this year for 1,102 vehicles",
                 "Please contact me or Deputy Director Samuel Okonkwo-Reyes"]
    notes = ("Advice: a US city's OFFICE OF THE INSPECTOR GENERAL audit report (fuel card controls). The seven "
             "recommendations are CODED by finding in a bold hanging column, A-1, A-2, B-1, B-2, B-3, C-1, C-2, each "
             "group after 'We recommend that the Director of Fleet Services:' under a red bold finding title. Traps: "
             "three numbered audit QUESTIONS 1.-3., the City Code quoted ('shall be used only'), the 2021 audit's "
             "recommendation quoted ('should reconcile', closed), a results table with figures, finding titles, a "
             "closing 'Recommendations A-1 and B-2 address the highest risks'. Response: the Director's management "
             "response LETTER by subject WITHOUT codes, in the order limits and purchases (B-1 limits by January 15, "
             "2026: agrees; B-2 'We do not agree to block every non-fuel item': disagrees), separated employees (A-1 "
             "within two business days from November 1, 2025: agrees), supervisor review (B-3 'We agree': agrees), "
             "telematics (A-2 quarterly not monthly: partly), the contract (C-1 evaluated as June 2027 approaches, "
             "'No decision has been made': noted); C-2 (twice-yearly reports to the Audit Committee) never answered "
             "(unanswered). The opening, the paragraph on the 2021 audit's 'recommendation 3' (not a reply) and the "
             "closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 77 (EN): a TOWN COUNCIL'S ANNUAL INTERNAL AUDIT REPORT (genre: the independent internal auditor's report
to a smaller authority in England for the year's Annual Governance and Accountability Return: scope, the control
objectives A-L with Yes/No in a ruled table, the previous year's recommendation quoted, findings by objective, and
seven recommendations coded by the objective letter 'A1', 'B1', 'C1', 'D1', 'G1', 'H1', 'L1' with a priority,
each a label line with the recommendation under it) answered by the MINUTES OF THE FINANCE AND GENERAL PURPOSES
COMMITTEE (minute numbers FGP/26/041-047; the audit item with sub-paragraphs (a)-(e) in another order, each ending
'RESOLVED'; one sub-paragraph on two recommendations; other items of business).
Advice: Tamar Parish Audit Services (invented), 'Internal Audit Report 2025/26: Brackwell Town Council', 3 p.
Response: Brackwell Town Council, minutes of the F&GP Committee, 9 June 2026, 2 p.; order D1, A1, G1 and H1 (one
sub-paragraph), C1, B1; L1 is not answered.
fpdf2, A4, cleaned Liberation Sans/Serif, fixed creation date. The Accounts and Audit Regulations 2015 and the
Local Government Act 1972 are real (what is said of them here is not to be relied on); the council, the auditor,
the people and all figures are invented.

Run:  /tmp/blind77en/bin/python tests/docs/src/blind77/gen_en_town_council_audit_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b77en as H
from fpdf import FPDF

NAME = "blind77_en_town_council_audit"
DATE = datetime.datetime(2026, 6, 12, 9, 0, 0, tzinfo=datetime.timezone.utc)
GREEN = (20, 85, 60)


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(format="A4")
        self.foot = foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("S", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("R", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_creation_date(DATE)
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 20)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def head(self, t, size=11.5):
        self.ln(2)
        self.set_font("S", "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, font="S", style="", size=10, indent=0, lh=5.1):
        self.set_font(font, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def rec(self, code, prio, t):
        self.set_fill_color(232, 242, 236)
        self.set_font("S", "B", 10)
        self.cell(0, 6, "Recommendation %s    Priority: %s" % (code, prio), fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("S", "", 10)
        self.multi_cell(0, 5.1, t, border="LRB", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


def advice():
    d = Doc("Tamar Parish Audit Services - Brackwell Town Council - Internal Audit Report 2025/26 - page {n}")
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "TAMAR PARISH AUDIT SERVICES", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("S", "B", 17)
    d.multi_cell(0, 8, "Internal Audit Report 2025/26\nBrackwell Town Council", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.p("Final visit: 21 April 2026. Report to the Town Clerk and Responsible Financial Officer, Mrs Jane Holloway, "
        "for presentation to the Council.", style="I")
    d.head("1. Scope and responsibilities")
    d.p("Regulation 5 of the Accounts and Audit Regulations 2015 requires a smaller authority to undertake an "
        "effective internal audit to evaluate the effectiveness of its risk management, control and governance "
        "processes. Our work covered the twelve control objectives set out in the Annual Internal Audit Report "
        "in the Annual Governance and Accountability Return (AGAR). It is the Council, not the internal "
        "auditor, that is responsible for maintaining adequate controls.")
    d.p("Brackwell Town Council's precept for 2025/26 was 286,400 pounds and its total expenditure 331,950 "
        "pounds. The Council owns the Millfield recreation ground and pavilion, the town cemetery, 41 allotment "
        "plots and a range of street furniture.")
    d.head("2. Summary of control objectives")
    rows = [("A", "Appropriate accounting records have been properly kept throughout the year.", "Yes"),
            ("B", "This authority complied with its financial regulations; payments were supported by invoices.",
             "Yes"),
            ("C", "This authority assessed the significant risks to achieving its objectives.", "No"),
            ("D", "The precept or rates requirement resulted from an adequate budgetary process.", "Yes"),
            ("E", "Expected income was fully received and VAT was appropriately accounted for.", "Yes"),
            ("G", "Salaries to employees and allowances to members were paid in accordance with approvals.", "Yes"),
            ("H", "Asset and investments registers were complete and accurate and properly maintained.", "No"),
            ("L", "The authority published information on a website in accordance with transparency codes.", "No")]
    d.set_font("S", "B", 9)
    d.set_fill_color(214, 232, 221)
    with d.table(col_widths=(12, 130, 22), line_height=5, text_align=("CENTER", "LEFT", "CENTER")) as t:
        r = t.row()
        for x in ("Obj.", "Control objective (AGAR, Annual Internal Audit Report)", "Met?"):
            r.cell(x)
        d.set_font("S", "", 9)
        for a, b, c in rows:
            r = t.row()
            for x in (a, b, c):
                r.cell(x)
    d.ln(3)
    d.p("Objectives F, I, J and K were either not applicable or raised no issue and are not reported on further.")
    d.head("3. Last year's recommendation")
    d.p("Our 2024/25 report recommended:")
    d.p("\"The Council should minute its approval of every payment list, including payments made by direct debit "
        "and card.\"", font="R", style="I", size=10.5, indent=12)
    d.p("Payment lists have been minuted at every meeting since July 2025. This recommendation has been "
        "implemented.")
    d.head("4. Findings and recommendations")
    d.p("**A. Accounting records and financial regulations.** The Council's Financial Regulations were last "
        "adopted in 2019 and still refer to cheque signatories and to tender thresholds that have since changed.")
    d.rec("A1", "Medium", "The Financial Regulations should be reviewed against the current model and readopted "
          "by full Council before the end of September 2026.")
    d.p("**B. Bank reconciliations.** Reconciliations were prepared monthly by the Clerk and were accurate. None "
        "was verified by a councillor during the year, so a key check on the Clerk's work was missing.")
    d.rec("B1", "High", "A councillor other than the Chair of the Council should verify and sign each bank "
          "reconciliation every quarter, and the verification should be minuted.")
    d.p("**C. Risk management.** The risk register was last reviewed in May 2024 and does not cover the cemetery "
        "extension project or the risk of fraud by e-mail, which the Council experienced in October 2025 when a "
        "supplier's bank details were changed on a false request. The amount was recovered.")
    d.rec("C1", "High", "The risk register should be extended to cover the cemetery extension and cyber fraud, and "
          "reviewed by the Council at least twice a year.")
    d.p("**D. Budget and reserves.** The budget process was sound. General and earmarked reserves at 31 March 2026 "
        "stood at 491,300 pounds, 148 per cent of annual expenditure. The Practitioners' Guide states that general "
        "reserves should generally be between three and twelve months of net revenue expenditure; earmarked "
        "reserves should be supported by a plan.")
    d.rec("D1", "Medium", "Before setting the 2027/28 precept, the Council should carry out a formal review of its "
          "earmarked reserves and return to the taxpayer any sum for which no plan exists.")
    d.p("**E. Income and VAT.** VAT of 3,214 pounds for the third quarter should have been reclaimed in January; it "
        "was reclaimed in April after we raised it. No recommendation is made.")
    d.p("**G. Payroll.** Salaries were paid in line with the national pay award. The Clerk's contract still shows "
        "30 hours a week, although the Council agreed 32 hours in March 2025.")
    d.rec("G1", "Low", "The Clerk's contract of employment should be updated to show the hours agreed in March "
          "2025, and a copy kept on the personnel file.")
    d.p("**H. Assets.** The asset register omits the play equipment installed at Millfield in 2024 (cost 38,700 "
        "pounds) and two bus shelters transferred from the county council.")
    d.rec("H1", "Medium", "The asset register should be updated to include the Millfield play equipment and the two "
          "bus shelters, and reconciled to the insurance schedule.")
    d.p("**L. Transparency.** The website does not show the annual return for 2024/25 or the notice of the period "
        "for the exercise of public rights. Under the Transparency Code for Smaller Authorities these must be "
        "published.")
    d.rec("L1", "High", "The Council should publish the documents required by the Transparency Code within one "
          "month and make a named officer responsible for the website.")
    d.head("5. Conclusion")
    d.p("Subject to the matters above, we are satisfied that the Council's systems of internal control were "
        "adequate. We thank the Clerk for her help. We would ask the Council to consider this report at its next "
        "meeting and to record its response to each recommendation.")
    d.p("Martin Pascoe CPFA, for Tamar Parish Audit Services, 28 April 2026")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Brackwell Town Council - F&GP Committee - 9 June 2026 - Minutes - {n}")
    d.add_page()
    d.set_font("R", "B", 15)
    d.cell(0, 8, "BRACKWELL TOWN COUNCIL", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("R", "", 11)
    d.multi_cell(0, 5.5, "Minutes of the meeting of the Finance and General Purposes Committee held at the Town "
                 "Hall, Market Street, on Tuesday 9 June 2026 at 7.00 pm", align="C", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.p("**Present:** Cllr P. Lanyon (Chair), Cllr S. Bray, Cllr T. Oduya, Cllr M. Rowe, Cllr H. Vickery. **In "
        "attendance:** Mrs J. Holloway (Town Clerk and RFO); two members of the public.", font="R", size=10.5)

    def item(no, title, text):
        d.set_font("R", "B", 10.5)
        d.cell(28, 5.6, no)
        d.multi_cell(0, 5.6, title, new_x="LMARGIN", new_y="NEXT")
        for t in text:
            d.p(t, font="R", size=10.5, indent=28, lh=5.4)

    item("FGP/26/041", "Apologies for absence", ["Apologies were received and accepted from Cllr A. Kemp "
                                                 "(work commitments)."])
    item("FGP/26/042", "Declarations of interest", ["Cllr Rowe declared a non-pecuniary interest in item "
                                                    "FGP/26/045 as a trustee of Brackwell Youth Football Club."])
    item("FGP/26/043", "Minutes", ["RESOLVED that the minutes of the meeting held on 10 March 2026 be approved "
                                   "and signed by the Chair as a correct record."])
    item("FGP/26/044", "Internal audit report 2025/26", [
        "The Committee considered the internal auditor's report dated 28 April 2026, circulated with the agenda. "
        "The Clerk reported that the Annual Internal Audit Report had been completed and that the Council must "
        "approve the annual governance statement by 30 June.",
        "(a) Reserves. Members discussed the level of reserves at length. The earmarked reserves are held for the "
        "replacement of the pavilion roof and for the cemetery extension, for both of which the Council has "
        "approved schemes. RESOLVED that the Committee does not accept that any part of the reserves should be "
        "returned to the taxpayer, and that the reserves policy be confirmed without change.",
        "(b) Financial Regulations. RESOLVED to recommend to full Council that the 2025 model Financial "
        "Regulations, adapted by the Clerk, be adopted at its meeting on 14 July 2026.",
        "(c) Staffing and assets. The Clerk left the meeting for this item. RESOLVED that a revised statement of "
        "particulars showing 32 hours a week be issued to the Clerk; and that the asset register be amended to add "
        "the play equipment and the bus shelters, with values confirmed by the insurers.",
        "(d) Risk register. The Clerk presented a draft revised register with a new section on payment fraud. "
        "RESOLVED that the register, including the payment fraud section and the cemetery project, be adopted, "
        "and that it be reviewed once a year in May, members considering a six-monthly review unnecessary for "
        "an authority of this size.",
        "(e) Bank reconciliations. RESOLVED that Cllr Oduya verify the bank reconciliations every six months, "
        "the first being the reconciliation to 30 September 2026, and report to this Committee."])
    item("FGP/26/045", "Grants to local organisations", [
        "RESOLVED that grants be awarded to Brackwell Youth Football Club (1,200 pounds) and the Friends of "
        "Millfield (650 pounds), and that the application from the Brackwell Carnival Committee be deferred "
        "pending its accounts."])
    item("FGP/26/046", "Payments", ["RESOLVED that the schedule of payments for April and May 2026, totalling "
                                    "48,211.62 pounds, be approved."])
    item("FGP/26/047", "Date of next meeting", ["Tuesday 8 September 2026 at 7.00 pm. The meeting closed at "
                                                "8.41 pm."])
    d.ln(4)
    d.p("Signed ............................................ (Chair)      Date ....................", font="R")
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    ("A1", "The Financial Regulations should be reviewed against the current model",
     "the 2025 model Financial Regulations, adapted by the Clerk, be adopted", "agrees"),
    ("B1", "A councillor other than the Chair of the Council should verify",
     "Cllr Oduya verify the bank reconciliations every six months", "partly"),
    ("C1", "The risk register should be extended to cover the cemetery extension",
     "reviewed once a year in May, members considering a six-monthly review", "partly"),
    ("D1", "Before setting the 2027/28 precept, the Council should carry out",
     "the Committee does not accept that any part of the reserves", "disagrees"),
    ("G1", "The Clerk's contract of employment should be updated to show",
     "a revised statement of particulars showing 32 hours a week", "agrees"),
    ("H1", "The asset register should be updated to include the Millfield",
     "the asset register be amended to add the play equipment", "agrees"),
    ("L1", "The Council should publish the documents required by the Transparency Code", None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["Apologies were received and accepted from Cllr A. Kemp",
                      "grants be awarded to Brackwell Youth Football Club",
                      "the schedule of payments for April and May 2026",
                      "the minutes of the meeting held on 10 March 2026"],
                     "Advice: an independent internal auditor's annual report to a town council (AGAR year). The "
                     "seven recommendations are boxed, each under a shaded label line 'Recommendation A1    "
                     "Priority: Medium' coded by the AGAR control objective letter (A1, B1, C1, D1, G1, H1, L1), "
                     "inside findings by objective. Traps: Regulation 5 of the 2015 Regulations 'requires'; the "
                     "control objectives table A-L with Yes/No; last year's recommendation quoted ('The Council "
                     "should minute its approval of every payment list'), implemented; the Practitioners' Guide "
                     "'should generally be between three and twelve months'; 'VAT ... should have been reclaimed' "
                     "with 'No recommendation is made'; the Transparency Code 'must be published'; the "
                     "conclusion's request to record a response. Response: committee MINUTES, items FGP/26/041-047; "
                     "item 044 has sub-paragraphs (a)-(e) by subject with RESOLVED, no codes, order D1, A1, G1+H1, "
                     "C1, B1: 'does not accept that any part of the reserves should be returned' (D1 disagrees); "
                     "new Financial Regulations to full Council (A1 agrees); ONE sub-paragraph '(c) Staffing and "
                     "assets' = 32 hours (G1 agrees) + asset register (H1 agrees); register adopted with fraud "
                     "and cemetery but reviewed once a year, not twice (C1 partly); a councillor every six "
                     "months, not each quarter (B1 partly); L1 (website, Transparency Code) is not answered. "
                     "Unmatched: apologies, declarations, minutes, grants, payments, date of next meeting.")
    sys.exit(H.main([NAME]))

"""Round 42 (EN): a US Single Audit 'Schedule of Findings and Questioned Costs' for the (invented) City of Alder
Bay by an (invented) CPA firm, with coded findings 2025-001 to 2025-006 (Criteria / Condition / Cause / Effect /
Recommendation), a summary of auditor's results table and a summary schedule of prior audit findings quoting an old
recommendation, answered by the City's 'Corrective Action Plan' (views of responsible officials, contact person,
anticipated completion date), grouped by department in another order. fpdf2, US Letter, cleaned Liberation fonts,
running header and folio drawn by fpdf2. All content (city, firm, people, figures) is invented; 2 CFR 200 sections,
assistance listing numbers and the FFATA are cited by number only.

Run:  /tmp/blind42en/bin/python tests/docs/src/blind42/gen_en_single_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b42en as H
from fpdf import FPDF

NAME = "blind42_en_single"


class Doc(FPDF):
    def __init__(self, head, fam, foot):
        super().__init__(format="letter")
        self.head, self.fam, self.foot = head, fam, foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("AR", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SE", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.head:
            self.set_font("AR", "B", 8.5)
            for line in self.head:
                self.cell(0, 4.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(5)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 8.5)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")

    def hd(self, t, size=10.5):
        self.ln(1.5)
        self.set_font("AR", "B", size)
        self.multi_cell(0, 5.5, t)
        self.ln(0.8)

    def p(self, t, size=10, indent=0):
        self.set_font(self.fam, "", size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.l_margin - self.r_margin - indent, 4.9, t, markdown=True)
        self.ln(1.8)

    def table(self, rows, widths, size=9):
        with super().table(col_widths=widths, text_align="LEFT", line_height=4.6) as t:
            for i, row in enumerate(rows):
                r = t.row()
                self.set_font("AR", "B" if i == 0 else "", size)
                for c in row:
                    r.cell(c)
        self.ln(3)


RECS = {
    "2025-001": "We recommend that the Finance Department implement a documented secondary review of all manual "
                "journal entries of $25,000 or more before they are posted to the general ledger.",
    "2025-002": "We recommend that the City reconcile the capital asset subledger to the general ledger each month "
                "and capitalize completed construction-in-progress projects within 60 days of substantial "
                "completion.",
    "2025-003": "We recommend that the City require semi-monthly personnel activity reports, certified by a "
                "supervisor, for all employees whose salaries are charged to the Highway Planning and Construction "
                "award.",
    "2025-004": "We recommend that the Purchasing Division verify each contractor in SAM.gov before awarding a "
                "contract paid with federal funds and retain a dated record of the search in the contract file.",
    "2025-005": "We recommend that the City designate one employee as FFATA reporting officer and establish a "
                "calendar of subaward reporting deadlines that is reviewed monthly.",
    "2025-006": "We recommend that the Community Development Department perform and document a risk assessment of "
                "each subrecipient at the time of award and use it to plan monitoring visits.",
}


def finding(d, code, title, prog, criteria, condition, cause, effect, qc):
    d.hd("Finding %s - %s" % (code, title))
    if prog:
        d.p("**Federal program:** " + prog, size=9.5)
    d.p("**Criteria:** " + criteria)
    d.p("**Condition:** " + condition)
    d.p("**Cause:** " + cause)
    d.p("**Effect:** " + effect)
    d.p("**Questioned costs:** " + qc)
    d.p("**Recommendation:** " + RECS[code])
    d.p("**Views of responsible officials:** See the City's corrective action plan.", size=9.5)


def advice(path):
    d = Doc(["CITY OF ALDER BAY", "SCHEDULE OF FINDINGS AND QUESTIONED COSTS", "FOR THE YEAR ENDED JUNE 30, 2025"],
            "SE", "Harlan, Moss & Vey LLP  -  Single Audit Report  -  {n}")
    d.add_page()
    d.hd("Section I - Summary of Auditor's Results")
    d.table([["Item", "Result"],
             ["Type of report issued on the financial statements", "Unmodified"],
             ["Material weakness(es) identified?", "Yes"],
             ["Significant deficiency(ies) identified?", "Yes"],
             ["Noncompliance material to financial statements noted?", "No"],
             ["Type of report on compliance for major programs", "Unmodified"],
             ["Audit findings required to be reported under 2 CFR 200.516(a)?", "Yes"],
             ["Major programs: ALN 20.205 Highway Planning and Construction; ALN 14.218 Community Development "
              "Block Grants/Entitlement Grants", ""],
             ["Dollar threshold used to distinguish Type A and Type B programs", "$750,000"],
             ["Auditee qualified as low-risk auditee?", "No"]], (115, 51))
    d.hd("Section II - Financial Statement Findings")
    finding(d, "2025-001", "Review of Manual Journal Entries (Material Weakness)", None,
            "Management is responsible for internal control that provides reasonable assurance that the financial "
            "statements are free from material misstatement.",
            "Of 40 manual journal entries tested, 11 (totaling $3.8 million) were prepared and posted by the same "
            "person without review. Audit adjustments of $1,214,600 were required to the General Fund.",
            "Vacancies in the Finance Department left the Accounting Manager as the only person able to post entries.",
            "Errors in the financial statements may not be prevented or detected on a timely basis.", "None.")
    finding(d, "2025-002", "Capital Assets (Significant Deficiency)", None,
            "GASB Statement No. 34 requires capital assets to be reported when placed in service.",
            "Three street projects completed in fiscal year 2024, totaling $2,407,900, were still reported as "
            "construction in progress at June 30, 2025. The capital asset subledger was reconciled only at year end.",
            "Public Works does not notify Finance when projects are substantially complete.",
            "Depreciation expense was understated by $81,300.", "None.")
    d.hd("Section III - Federal Award Findings and Questioned Costs")
    finding(d, "2025-003", "Allowable Costs - Payroll Documentation (Material Weakness and Material Noncompliance)",
            "ALN 20.205 Highway Planning and Construction; U.S. Department of Transportation; passed through the "
            "State Department of Transportation; award 25-HPC-0417",
            "Under 2 CFR 200.430(i), charges to federal awards for salaries and wages must be based on records that "
            "accurately reflect the work performed. These records should be supported by a system of internal control.",
            "For 9 of 25 employees tested, salaries were charged to the award based on budgeted percentages, with "
            "no after-the-fact record of time worked on the project.",
            "The City's timekeeping system does not capture project codes for engineering staff.",
            "Salaries charged to the award may not reflect actual effort.", "$148,220 (known).")
    finding(d, "2025-004", "Procurement - Suspension and Debarment (Significant Deficiency)",
            "ALN 14.218 CDBG Entitlement Grants; U.S. Department of Housing and Urban Development; award B-24-MC-41-0009",
            "2 CFR 180.300 requires the City to verify that a contractor is not suspended or debarred before "
            "entering into a covered transaction.",
            "For 4 of 12 contracts tested, there was no evidence that the City checked the contractor's status "
            "before award. We verified that none of the contractors was suspended or debarred.",
            "Staff relied on a certification in the bid form.", "The City could contract with an excluded party.",
            "None.")
    finding(d, "2025-005", "Reporting - Subaward Reporting under FFATA (Significant Deficiency)",
            "ALN 14.218 CDBG Entitlement Grants; U.S. Department of Housing and Urban Development",
            "2 CFR Part 170 requires first-tier subawards of $30,000 or more to be reported no later than the end of "
            "the month following the month of the subaward.",
            "Five of seven subawards were reported between 41 and 163 days late.",
            "Responsibility for reporting was shared between two departments.",
            "Information on federal spending was not available to the public on time.", "None.")
    finding(d, "2025-006", "Subrecipient Monitoring (Significant Deficiency)",
            "ALN 14.218 CDBG Entitlement Grants; U.S. Department of Housing and Urban Development",
            "2 CFR 200.332(c) requires a pass-through entity to evaluate each subrecipient's risk of noncompliance "
            "for purposes of determining appropriate monitoring.",
            "The City did not document a risk assessment for any of its seven subrecipients in fiscal year 2025.",
            "The City's CDBG policies manual was last updated in 2016.",
            "Monitoring may not be directed at the subrecipients with the highest risk.", "None.")
    d.hd("Section IV - Summary Schedule of Prior Audit Findings")
    d.p("**Finding 2024-003 - Cash Management (ALN 20.205).** Recommendation: The City should request reimbursement "
        "only for costs that have been paid. Status: Corrected. The City now draws funds only after "
        "disbursements are recorded.")
    d.p("**Finding 2024-004 - Equipment Inventory.** Status: Partially corrected; see Finding 2025-002.")
    d.output(path)


def response(path):
    d = Doc(None, "AR", "City of Alder Bay  -  Corrective Action Plan  -  Page {n} of {nb}")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_font("SE", "B", 16)
    d.set_text_color(25, 70, 55)
    d.cell(0, 8, "CITY OF ALDER BAY", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SE", "", 9.5)
    d.cell(0, 5, "Finance Department  |  410 Harbor Street  |  Alder Bay, OR 97112  |  (541) 555-0190", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.line(25, d.get_y() + 2, 191, d.get_y() + 2)
    d.ln(6)
    d.set_font("AR", "B", 12)
    d.cell(0, 6, "CORRECTIVE ACTION PLAN", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "", 9.5)
    d.cell(0, 5, "Year ended June 30, 2025  -  prepared by management under 2 CFR 200.511(c)", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.p("The City of Alder Bay respectfully submits the following corrective action plan for the year ended June 30, "
        "2025. Audit firm: Harlan, Moss & Vey LLP. The findings are grouped by the department responsible.")

    def block(title, body, contact, date):
        d.set_fill_color(228, 238, 232)
        d.set_font("AR", "B", 10)
        d.multi_cell(0, 6, title, fill=True)
        d.ln(1)
        for b in body:
            d.p(b)
        d.p("**Contact person:** " + contact, size=9.5)
        d.p("**Anticipated completion date:** " + date, size=9.5)
        d.ln(1)

    d.hd("PUBLIC WORKS AND ENGINEERING", 10)
    block("Finding 2025-003 - Payroll documentation (ALN 20.205)",
          ["**Views of responsible officials:** Management concurs. Corrective action has already been taken: since "
           "July 1, 2025 engineering staff record hours by project code in the new timekeeping module, and the "
           "semi-monthly reports are certified by the City Engineer. The City will return the questioned costs to "
           "the State if they cannot be supported from project diaries."],
          "Rafael Ochoa, City Engineer", "Implemented July 1, 2025")
    d.hd("FINANCE DEPARTMENT", 10)
    block("Finding 2025-001 - Review of manual journal entries",
          ["**Views of responsible officials:** Management agrees with the finding and the recommendation. A "
           "Senior Accountant was hired in October 2025; all manual entries at or above the threshold now require "
           "electronic approval by a second person in the financial system."],
          "Dana Whitcombe, Finance Director", "December 31, 2025")
    block("Findings 2025-002 and 2025-005 - Capital assets; FFATA reporting",
          ["**Views of responsible officials (2025-002):** Management partially concurs. Public Works will notify "
           "Finance of substantial completion on a standard form, and projects will be capitalized within 60 days. "
           "Given current staffing, however, the subledger will be reconciled to the general ledger quarterly, "
           "not monthly.",
           "**Views of responsible officials (2025-005):** Management does not concur with the recommendation. The "
           "late reports resulted from a one-time outage of the federal reporting system in spring 2025. The City "
           "considers its existing procedure, under which the Grants Coordinator files each report, adequate, and "
           "does not plan to create a separate reporting officer role."],
          "Dana Whitcombe, Finance Director", "June 30, 2026 (2025-002); not applicable (2025-005)")
    block("Finding 2025-004 - Suspension and debarment (ALN 14.218)",
          ["**Views of responsible officials:** Management concurs. The Purchasing Manager issued a procedure on "
           "November 3, 2025; a printout of the exclusion search, dated and initialed, is now a required item on the "
           "contract file checklist."],
          "Lena Marsh, Purchasing Manager", "November 3, 2025")
    d.hd("CITYWIDE", 10)
    block("Audit Committee oversight",
          ["The City Council's Audit Committee will receive a status report on every open item in this plan at each "
           "of its quarterly meetings until the auditors report them as resolved."],
          "Marcus Eberly, City Manager", "Ongoing")
    d.ln(2)
    d.p("If the U.S. Department of Transportation or the Department of Housing and Urban Development has questions "
        "about this plan, please contact Dana Whitcombe, Finance Director, at (541) 555-0190.")
    d.output(path)


def expected():
    sw = lambda k, n=10: " ".join(RECS[k].split()[:n])
    recs = [
        {"number": "2025-001", "starts_with": sw("2025-001"),
         "reply_contains": "A Senior Accountant was hired in October 2025", "verdict": "agrees"},
        {"number": "2025-002", "starts_with": sw("2025-002"),
         "reply_contains": "the subledger will be reconciled to the general ledger quarterly", "verdict": "partly"},
        {"number": "2025-003", "starts_with": sw("2025-003"),
         "reply_contains": "engineering staff record hours by project code", "verdict": "agrees"},
        {"number": "2025-004", "starts_with": sw("2025-004"),
         "reply_contains": "The Purchasing Manager issued a procedure on November 3, 2025", "verdict": "agrees"},
        {"number": "2025-005", "starts_with": sw("2025-005"),
         "reply_contains": "does not plan to create a separate reporting officer role", "verdict": "disagrees"},
        {"number": "2025-006", "starts_with": sw("2025-006"), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["will receive a status report on every open item in this plan"],
                     "Single Audit schedule of findings: findings 2025-001 to 2025-006 each end in 'Recommendation: We "
                     "recommend that ...'; traps: summary of auditor's results table, criteria with 'must'/'should', "
                     "questioned costs, 2 CFR sections, the prior finding 2024-003 whose 'The City should request "
                     "reimbursement ...' recommendation is quoted as corrected. Corrective action plan by department, "
                     "order 003, 001, 002+005, 004: 003 concurs, already implemented (agrees); 001 agrees; one block "
                     "'Findings 2025-002 and 2025-005': quarterly not monthly reconciliation (002 partly), no separate "
                     "FFATA officer (005 disagrees); 004 concurs (agrees); 006 (subrecipient risk assessment) "
                     "unanswered. The 'Audit Committee oversight' block answers nothing.")


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b42en.py"), NAME)) and 1)

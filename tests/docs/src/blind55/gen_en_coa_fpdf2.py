"""Round 55 (EN): a Philippine national auditor's report on a local government unit, answered by the LGU's action
plan form. Advice: Part II 'Audit Observations and Recommendations' of the invented Commission on Audit team's
Annual Audit Report on the invented Municipality of Santa Lucena, Province of Isla Verde, for CY 2025 (genre of COA
annual audit reports on LGUs: bold numbered observations, detail paragraphs 1.1, 1.2, ..., 'We recommended that the
Municipal Mayor:' with lettered items a./b., then 'Management comment' and 'Auditor's rejoinder'). Response: the
Municipal Mayor's covering letter and the AGENCY ACTION PLAN AND STATUS OF IMPLEMENTATION (AAPSI) form, a landscape
table grouped by the office responsible (not in the report's order). Recommendations: 1a, 1b, 2a, 2b, 3a, 3b and an
unlettered 4. Traps: RA 7160 s. 287, RA 10121 s. 21, GAM and COA Circular 97-002 rules quoted ('shall'), 'should
have updated', the management comments and rejoinders inside the report, two tables of figures, the CY 2024
recommendation quoted under the status of prior years' recommendations, compliance paragraphs without
recommendations. fpdf2, US Letter, cleaned Liberation fonts, header()/footer(). All content is invented.

Run:  /tmp/blind55en/bin/python tests/docs/src/blind55/gen_en_coa_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b55en as H
from fpdf import FPDF
from fpdf.fonts import FontFace
from datetime import datetime, timezone

NAME = "blind55_en_coa"
PALE = (222, 228, 238)

R1 = ["Direct the Inventory Committee to complete the physical count of all property, plant and equipment and "
      "submit the RPCPPE to the Audit Team not later than January 31, 2027; and",
      "Require the Municipal Accountant and the General Services Officer to reconcile the property and accounting "
      "records monthly and to prepare the schedules of unserviceable property needed for derecognition."]
R2 = ["Demand the immediate liquidation of the outstanding cash advances and, if the accountable officers fail to "
      "liquidate within 30 days from demand, withhold their salaries in accordance with Section 89 of Presidential "
      "Decree No. 1445; and",
      "Refrain from granting additional cash advances to officers who have not liquidated their previous cash "
      "advances, including cash advances for the payroll of job order workers."]
R3 = ["Ensure that only projects included in the Annual Investment Program and the Comprehensive Development Plan "
      "are funded from the 20 percent Development Fund; and",
      "Direct the Municipal Planning and Development Coordinator to submit quarterly reports on the physical and "
      "financial status of Development Fund projects and to post them on the municipal website."]
R4 = ("We recommended that the Municipal Mayor require the Municipal Accountant to transfer the unexpended balance of "
      "the CY 2024 LDRRMF to the Special Trust Fund and to monitor its use within the five-year period prescribed by "
      "law.")


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="letter", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.head, self.foot = head, foot
        self.set_margins(25.4, 22, 25.4)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 6, 8, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "I", 7.8)
        self.set_text_color(70, 70, 70)
        self.set_y(11)
        self.cell(0, 4, self.head, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10.4, indent=0, lh=5.2, align="J"):
        self.set_font("LS", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(1.8)

    def np(self, n, t, style="", indent=0, gap=10):
        self.set_font("LS", style, 10.4)
        y = self.get_y()
        if y > 245:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(gap, 5.2, n)
        self.set_xy(self.l_margin + indent + gap, y)
        self.multi_cell(self.epw - indent - gap, 5.2, t, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(1.8)

    def rows(self, data, widths, size=8.8, lh=4.6, aligns=None):
        self.set_font("LS", "", size)
        with self.table(col_widths=widths, text_align=aligns or "LEFT", line_height=lh,
                        first_row_as_headings=True, headings_style=FontFace(emphasis="BOLD", fill_color=PALE),
                        width=sum(widths), align="CENTER") as t:
            for r in data:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def advice(path):
    d = Doc("Annual Audit Report - Municipality of Santa Lucena - CY 2025", "%d")
    d.add_page()
    d.set_font("LS", "", 10)
    for t, st in (("Republic of the Philippines", ""), ("COMMISSION ON AUDIT", "B"),
                  ("Local Government Audit Sector - Province of Isla Verde", ""),
                  ("Audit Team No. 14 - Municipality of Santa Lucena", "")):
        d.set_font("LS", st, 10 if not st else 12)
        d.cell(0, 5.4, t, align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("LS", "B", 12)
    d.cell(0, 6, "PART II", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 6, "AUDIT OBSERVATIONS AND RECOMMENDATIONS", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.p("The audit observations and recommendations below were discussed with the officials concerned at the exit "
        "conference held on March 18, 2026. Their comments have been considered and are incorporated in this Part "
        "where appropriate.")
    d.set_font("LS", "B", 10.4)
    d.cell(0, 6, "A. FINANCIAL AND COMPLIANCE AUDIT", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("LS", "BU", 10.4)
    d.cell(0, 6, "Property, Plant and Equipment", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.np("1.", "The accuracy, existence and completeness of the Property, Plant and Equipment (PPE) account balance of "
         "P412,836,905.17 as at December 31, 2025 could not be ascertained due to an unreconciled difference of "
         "P48,612,330.40 between the accounting records and the Report on the Physical Count of PPE (RPCPPE).",
         style="B")
    d.np("1.1", "Section 38, Chapter 10 of the Government Accounting Manual for Local Government Units, Volume I, "
         "provides that the Inventory Committee shall conduct a physical count of PPE and shall submit the RPCPPE "
         "to the Auditor not later than January 31 of each year.", indent=10, gap=11)
    d.np("1.2", "The RPCPPE for CY 2025 was submitted only on March 2, 2026 and did not cover the equipment of the "
         "Municipal Health Office and the Rural Health Units. The comparison of the two sets of records is shown "
         "below.", indent=10, gap=11)
    d.rows([("Account", "Per books (P)", "Per RPCPPE (P)", "Difference (P)"),
            ("Buildings and Other Structures", "187,410,552.30", "166,905,118.10", "20,505,434.20"),
            ("Machinery and Equipment", "96,204,813.45", "74,680,246.95", "21,524,566.50"),
            ("Transportation Equipment", "38,911,230.00", "32,328,900.30", "6,582,329.70"),
            ("Total", "322,526,595.75", "273,914,265.35", "48,612,330.40")], (62, 32, 32, 32),
           aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"))
    d.np("1.3", "The difference is attributed mainly to items disposed of in CY 2019 to 2023 that remain in the books "
         "and to items acquired through the provincial government that were never recorded. The General Services "
         "Office should have updated the Property Cards and the Property, Plant and Equipment Ledger Cards as "
         "transactions occurred.", indent=10, gap=11)
    d.p("We recommended that the Municipal Mayor:", indent=10)
    for lab, t in zip("ab", R1):
        d.np(lab + ".", t, indent=16, gap=7)
    d.p("**Management comment:** The Municipal Accountant explained that the reconciliation was hampered by the lack "
        "of staff and by the retirement of the property custodian in CY 2025.", indent=10)
    d.p("**Auditor's rejoinder:** The Audit Team acknowledges these constraints but maintains that the "
        "reconciliation must be given priority, since the misstatement affects the fair presentation of the "
        "financial statements.", indent=10)

    d.set_font("LS", "BU", 10.4)
    d.cell(0, 6, "Cash Advances", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.np("2.", "Cash advances amounting to P3,214,560.00 granted to 11 officers and employees remained unliquidated as "
         "at December 31, 2025, of which P1,870,400.00 had been outstanding for more than one year.", style="B")
    d.np("2.1", "Under COA Circular No. 97-002, no additional cash advance shall be allowed to any official or "
         "employee unless the previous cash advance given to him is first settled or a proper accounting thereof is "
         "made.", indent=10, gap=11)
    d.rows([("Age of cash advances", "No. of officers", "Amount (P)"),
            ("Up to 30 days", "3", "412,900.00"), ("31 to 365 days", "4", "931,260.00"),
            ("More than one year", "4", "1,870,400.00"), ("Total", "11", "3,214,560.00")], (70, 32, 36),
           aligns=("LEFT", "CENTER", "RIGHT"))
    d.np("2.2", "Additional cash advances were granted to four Special Disbursing Officers for the payroll of job "
         "order workers while their earlier advances were still outstanding.", indent=10, gap=11)
    d.p("We recommended that the Municipal Mayor:", indent=10)
    for lab, t in zip("ab", R2):
        d.np(lab + ".", t, indent=16, gap=7)
    d.p("**Management comment:** Management stated that it would send demand letters to the officers concerned.",
        indent=10)

    d.set_font("LS", "BU", 10.4)
    d.cell(0, 6, "20 Percent Development Fund", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.np("3.", "Only P31,904,118.60 or 61.4 percent of the 20 percent Development Fund of P51,961,250.00 for CY 2025 "
         "was utilized, and four projects costing P6,240,000.00 were not included in the Annual Investment Program "
         "(AIP).", style="B")
    d.np("3.1", "Section 287 of Republic Act No. 7160, the Local Government Code of 1991, requires each local "
         "government unit to appropriate in its annual budget no less than twenty percent of its annual internal "
         "revenue allotment for development projects.", indent=10, gap=11)
    d.np("3.2", "The four projects not in the AIP were the concreting of the plaza stage, the purchase of two "
         "service vehicles, the repainting of the municipal hall and the fencing of the public cemetery. Eleven "
         "projects under the Fund were not started by year end.", indent=10, gap=11)
    d.p("We recommended that the Municipal Mayor:", indent=10)
    for lab, t in zip("ab", R3):
        d.np(lab + ".", t, indent=16, gap=7)

    d.set_font("LS", "BU", 10.4)
    d.cell(0, 6, "Disaster Risk Reduction and Management Fund", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.np("4.", "The unexpended balance of the Local Disaster Risk Reduction and Management Fund (LDRRMF) for CY 2024 "
         "of P9,872,415.33 was not transferred to the Special Trust Fund but remained in the General Fund.",
         style="B")
    d.np("4.1", "Section 21 of Republic Act No. 10121 provides that unexpended LDRRMF shall accrue to a special "
         "trust fund solely for the purpose of supporting disaster risk reduction and management activities within "
         "the next five years.", indent=10, gap=11)
    d.p(R4, indent=10)

    d.set_font("LS", "B", 10.4)
    d.cell(0, 6, "B. OTHER MATTERS", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.np("5.", "Gender and Development. The Municipality allocated P14,206,000.00 or 5.2 percent of its total "
         "appropriations for gender and development programs, in compliance with the General Appropriations Act.",
         style="")
    d.np("6.", "Compliance with tax laws. Taxes withheld in CY 2025 totalling P6,118,742.56 were remitted to the "
         "Bureau of Internal Revenue within the prescribed periods.")
    d.np("7.", "Status of implementation of prior years' audit recommendations. Of the 12 audit recommendations in "
         "the CY 2024 Annual Audit Report, five were implemented and seven were not implemented; details are in "
         "Part III. Among those not implemented is the recommendation that the Municipal Treasurer \"intensify the "
         "collection of delinquent real property taxes of P14.2 million through the issuance of warrants of levy "
         "and the sale of delinquent properties at public auction\".")
    d.output(path)


def response(path):
    d = Doc("AAPSI - CY 2025 Annual Audit Report - Municipality of Santa Lucena", "Page %d")
    d.add_page()
    for t, st, sz in (("Republic of the Philippines", "", 10), ("Province of Isla Verde", "", 10),
                      ("MUNICIPALITY OF SANTA LUCENA", "B", 12), ("OFFICE OF THE MUNICIPAL MAYOR", "B", 10)):
        d.set_font("LS", st, sz)
        d.cell(0, 5.4, t, align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.p("June 8, 2026", align="L")
    d.p("ATTY. MARISSA D. VILLARAZA\nAudit Team Leader, Audit Team No. 14\nCommission on Audit\nSanta Lucena, "
        "Isla Verde", align="L")
    d.p("**Subject: Agency Action Plan and Status of Implementation on the CY 2025 Annual Audit Report**",
        align="L")
    d.p("Dear Atty. Villaraza:", align="L")
    d.p("We acknowledge receipt on April 10, 2026 of the Annual Audit Report on the Municipality of Santa Lucena for "
        "the year ended December 31, 2025. Within the sixty days allowed, we submit herewith the Agency Action Plan "
        "and Status of Implementation (AAPSI) on the audit recommendations.")
    d.p("As agreed at the management committee meeting of May 20, 2026, the action plans are grouped by the office "
        "responsible for carrying them out rather than in the order of the report. The status of the prior years' "
        "recommendations still open is reported in Part V of the form.")
    d.p("We also wish to inform your Office that the Municipality was conferred the Seal of Good Local Governance "
        "for 2025, and that the new Municipal Accountant, Ms. Leonora P. Cabrera, CPA, assumed office on May 4, "
        "2026.")
    d.p("We thank the Audit Team for its guidance and remain ready to discuss the action plans at your convenience.")
    d.p("Very truly yours,", align="L")
    d.ln(6)
    d.p("**HON. RODOLFO T. MAGBANUA**\nMunicipal Mayor", align="L")

    d.add_page(orientation="L")
    d.set_font("LS", "B", 11)
    d.cell(0, 6, "AGENCY ACTION PLAN AND STATUS OF IMPLEMENTATION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9)
    d.cell(0, 5, "Audit Observations and Recommendations for the Calendar Year 2025 - Municipality of Santa Lucena, "
           "Province of Isla Verde", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    W = (13, 30, 38, 54, 24, 18, 23, 28)
    head = ("Ref. (AAR Obs. No.)", "Audit Observation", "Audit Recommendation", "Agency Action Plan",
            "Person/s Responsible", "Target Date", "Status of Implementation", "Reason for Partial / Non-"
            "Implementation")
    groups = [
        ("I. MUNICIPAL ACCOUNTING OFFICE", [
            ("Obs. 1, Rec. b", "Unreconciled PPE balances of P48.6 million",
             "Monthly reconciliation of property and accounting records; schedules of unserviceable property",
             "Property and accounting records will be reconciled every quarter, not monthly, until two additional "
             "bookkeepers are hired. Schedules of unserviceable property prepared and forwarded to the Inspection "
             "and Disposal Committee.", "Municipal Accountant; GSO", "Sept. 30, 2026",
             "Partially implemented", "Only two staff in the Accounting Office; two Bookkeeper I items to be "
             "filled in CY 2027"),
            ("Obs. 4", "CY 2024 LDRRMF balance kept in the General Fund",
             "Transfer of the unexpended balance to the Special Trust Fund; monitoring",
             "Unexpended CY 2024 LDRRMF of P9,872,415.33 transferred to the Special Trust Fund per JEV No. "
             "2026-05-0412; a subsidiary ledger per year of appropriation is now maintained.",
             "Municipal Accountant; MDRRMO", "May 15, 2026", "Implemented", "-"),
        ]),
        ("II. MUNICIPAL TREASURER'S OFFICE", [
            ("Obs. 2, Rec. a and b", "Unliquidated cash advances of P3.2 million",
             "a. Demand liquidation, withhold salaries; b. No additional cash advances to officers with unliquidated "
             "advances",
             "a. Demand letters served on all 11 accountable officers on May 12, 2026; P2,106,300.00 liquidated as "
             "of May 31, 2026 and the salaries of three officers withheld. b. Management cannot discontinue the "
             "cash advances of the Special Disbursing Officers for the payroll of job order workers, who are paid "
             "in cash in upland barangays without banking facilities.",
             "Municipal Treasurer; Municipal Accountant", "a. June 30, 2026", "a. Implemented; b. Not implemented",
             "b. No bank or remittance outlet in 9 of 21 barangays"),
        ]),
        ("III. GENERAL SERVICES OFFICE", [
            ("Obs. 1, Rec. a", "RPCPPE late and incomplete", "Complete physical count; RPCPPE by January 31, 2027",
             "Inventory Committee reconstituted under Executive Order No. 2026-031 to include the Municipal Health "
             "Office; physical count to start on October 1, 2026.", "GSO; Inventory Committee", "Jan. 31, 2027",
             "On-going", "-"),
        ]),
        ("IV. MUNICIPAL PLANNING AND DEVELOPMENT OFFICE", [
            ("Obs. 3, Rec. a", "20% DF utilization of 61.4%; projects not in the AIP",
             "Fund only AIP and CDP projects from the 20% DF",
             "The projects funded from the 20% Development Fund are identified by the Municipal Development Council "
             "and approved by the Sangguniang Bayan. The recommendation will be presented to the Municipal "
             "Development Council at its next meeting for its information.", "MPDC", "Next MDC meeting",
             "For consideration of the MDC", "Matter within the authority of the MDC and the Sangguniang Bayan"),
        ]),
        ("V. PRIOR YEARS' RECOMMENDATIONS NOT YET IMPLEMENTED", [
            ("CY 2024 AAR, Obs. 6", "Delinquent real property taxes", "Intensify collection",
             "Notices of delinquency issued to 1,284 property owners; public auction of delinquent properties set "
             "for September 24, 2026.", "Municipal Treasurer", "Sept. 24, 2026", "On-going", "-"),
        ]),
    ]
    d.set_font("LS", "", 7.6)
    with d.table(col_widths=W, text_align="LEFT", line_height=3.7, first_row_as_headings=True,
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE), width=sum(W), align="CENTER") as t:
        row = t.row()
        for c in head:
            row.cell(c)
        for g, rows in groups:
            row = t.row()
            row.cell(g, colspan=len(W), style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)))
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
    d.ln(6)
    d.set_font("LS", "", 8.8)
    if d.get_y() > d.h - 42:
        d.add_page(orientation="L")
    y = d.get_y()
    for x, lines in ((30, ("Prepared by:", "", "LEONORA P. CABRERA, CPA", "Municipal Accountant")),
                     (120, ("Noted by:", "", "HON. RODOLFO T. MAGBANUA", "Municipal Mayor")),
                     (200, ("Received by:", "", "_________________________", "Audit Team Leader"))):
        d.set_xy(x, y)
        d.multi_cell(70, 4.4, "\n".join(lines), new_x="LMARGIN", new_y="NEXT")
    d.output(path)


NOTES = ("Philippine Commission on Audit (COA) Annual Audit Report on the invented Municipality of Santa Lucena, "
         "Province of Isla Verde, CY 2025, Part II 'Audit Observations and Recommendations', answered by the Mayor's "
         "covering letter and the AGENCY ACTION PLAN AND STATUS OF IMPLEMENTATION (AAPSI) form, a landscape table "
         "grouped by the office responsible. Recommendations: the lettered items a./b. after 'We recommended that "
         "the Municipal Mayor:' under bold observations 1-3 (1a, 1b, 2a, 2b, 3a, 3b) and the single unlettered "
         "'We recommended that the Municipal Mayor require ...' under observation 4. Traps: bold observation "
         "paragraphs 1.-4. and detail paragraphs 1.1-4.1, GAM s. 38, COA Circular 97-002, RA 7160 s. 287 and RA "
         "10121 s. 21 ('shall'), 'should have updated the Property Cards', management comments and an auditor's "
         "rejoinder ('maintains that the reconciliation must be given priority'), the PPE and ageing tables, "
         "paragraphs 5.-7. under 'Other matters' (compliance, and the CY 2024 recommendation on delinquent real "
         "property taxes quoted). AAPSI order: 1b, 4, 2a+2b (one row), 1a, 3a, then a prior-year row. Key: 1b "
         "quarterly instead of monthly reconciliation (partly); 4 transferred per JEV (agrees); 2a demand letters, "
         "liquidations, salaries withheld (agrees) + 2b 'Management cannot discontinue the cash advances' (disagrees) "
         "in one row; 1a Inventory Committee reconstituted, count from October 1 (agrees); 3a 'will be presented to "
         "the Municipal Development Council ... for its information' (noted); 3b quarterly reports and website "
         "unanswered. Unmatched: the letter's paragraph on the Seal of Good Local Governance and the new Accountant, "
         "the prior-year row on delinquent real property taxes (also the acknowledgment and the thanks).")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda t, n=10: " ".join(t.split()[:n])
    recs = [
        {"number": "1a", "starts_with": sw(R1[0]),
         "reply_contains": "Inventory Committee reconstituted under Executive Order No. 2026-031", "verdict": "agrees"},
        {"number": "1b", "starts_with": sw(R1[1]),
         "reply_contains": "reconciled every quarter, not monthly, until two additional bookkeepers",
         "verdict": "partly"},
        {"number": "2a", "starts_with": sw(R2[0]),
         "reply_contains": "Demand letters served on all 11 accountable officers", "verdict": "agrees"},
        {"number": "2b", "starts_with": sw(R2[1]),
         "reply_contains": "Management cannot discontinue the cash advances of the Special Disbursing",
         "verdict": "disagrees"},
        {"number": "3a", "starts_with": sw(R3[0]),
         "reply_contains": "will be presented to the Municipal Development Council at its", "verdict": "noted"},
        {"number": "3b", "starts_with": sw(R3[1]), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(R4, 11),
         "reply_contains": "transferred to the Special Trust Fund per JEV No.", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["the Municipality was conferred the Seal of Good Local Governance",
                                  "Notices of delinquency issued to 1,284 property owners"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b55en.py"), NAME)) and 1)

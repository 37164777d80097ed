"""Round 41 (EN): a US federal Office of Inspector General audit report (invented Department of Rural Development,
Bureau of Rural Broadband) with 'Recommendation N:' paragraphs in the findings, a status table in an appendix and a
prior recommendation quoted, answered by the Bureau's management-response memorandum (Concur / Partially concur /
Do not concur). fpdf2, US Letter, cleaned Liberation fonts, running header and folio drawn by fpdf2. All content
(department, bureau, people, report numbers, figures) is invented; 2 C.F.R. 200.329 and the Inspector General Act
(5 U.S.C. chapter 4) are cited as they are.

Run:  /tmp/blind41en/bin/python tests/docs/src/blind41/gen_en_oig_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b41en as H
from fpdf import FPDF

NAME = "blind41_en_oig"


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
        if self.page_no() > 1 and self.head:
            self.set_font("AR", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, self.head, align="L")
            self.set_text_color(0, 0, 0)
            self.ln(9)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 8)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")

    def hd(self, t, size=11.5, color=(20, 50, 100)):
        self.ln(2)
        self.set_font("AR", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=10.5):
        self.set_font(self.fam, "", size)
        self.multi_cell(0, 5.3, t, markdown=True)
        self.ln(2.2)

    def rec(self, t):
        self.set_font(self.fam, "", 10.5)
        self.set_x(self.l_margin + 8)
        self.multi_cell(self.w - self.l_margin - self.r_margin - 8, 5.3, t, markdown=True)
        self.ln(2.2)

    def table(self, rows, widths, size=9):
        with super().table(col_widths=widths, text_align="LEFT", line_height=4.6) as t:
            for i, row in enumerate(rows):
                r = t.row()
                self.set_font("AR", "B" if i == 0 else "", size)
                for c in row:
                    r.cell(c)
        self.ln(3)


def advice(path):
    d = Doc("OIG-26-014-A  |  Bureau of Rural Broadband Grant Monitoring", "SE",
            "U.S. Department of Rural Development  -  Office of Inspector General  -  Page {n}")
    d.add_page()
    d.set_fill_color(20, 50, 100)
    d.rect(0, 0, 216, 38, "F")
    d.set_xy(25, 10)
    d.set_text_color(255, 255, 255)
    d.set_font("AR", "B", 11)
    d.cell(0, 6, "U.S. DEPARTMENT OF RURAL DEVELOPMENT", new_x="LMARGIN", new_y="NEXT")
    d.set_x(25)
    d.set_font("AR", "", 11)
    d.cell(0, 6, "OFFICE OF INSPECTOR GENERAL", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(48)
    d.set_font("AR", "", 9.5)
    d.cell(0, 5, "Audit Report  OIG-26-014-A  |  March 12, 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("AR", "B", 17)
    d.multi_cell(0, 8, "The Bureau of Rural Broadband Needs to Strengthen Its Monitoring of Grant Recipients' "
                 "Build-Out Milestones")
    d.ln(4)
    d.set_fill_color(230, 236, 245)
    d.set_font("AR", "B", 10)
    d.cell(0, 7, "  Audit Highlights", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("AR", "B", 9.5)
    d.cell(0, 5, "Why We Did This Audit", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "", 9.5)
    d.multi_cell(0, 4.8, "Between fiscal years (FY) 2021 and 2024, the Bureau of Rural Broadband (BRB) awarded "
                 "$1.37 billion in Connect Rural America grants to 212 recipients. Our objective was to determine "
                 "whether BRB effectively monitored recipients' progress against their build-out milestones.")
    d.ln(2)
    d.set_font("AR", "B", 9.5)
    d.cell(0, 5, "What We Found", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "", 9.5)
    d.multi_cell(0, 4.8, "BRB released milestone payments on the basis of recipients' self-certified location counts. "
                 "For 19 of the 40 grants we sampled, BRB could not show that reported locations were actually able "
                 "to receive service. We questioned $4,812,300 in payments.")
    d.ln(2)
    d.set_font("AR", "B", 9.5)
    d.cell(0, 5, "What We Recommend", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "", 9.5)
    d.multi_cell(0, 4.8, "We made six recommendations to the BRB Administrator to improve the verification of "
                 "reported locations, recover questioned costs, and strengthen oversight of recipients that fall "
                 "behind schedule. BRB's comments on the draft report are included in their entirety in Appendix D.")
    d.ln(4)
    d.set_font("AR", "", 9)
    d.multi_cell(0, 4.6, "MEMORANDUM FOR:  Dana R. Whitcomb, Administrator, Bureau of Rural Broadband\n"
                 "FROM:  Gregory T. Alvarado, Assistant Inspector General for Audit\n"
                 "SUBJECT:  Final Audit Report - The Bureau of Rural Broadband Needs to Strengthen Its Monitoring "
                 "of Grant Recipients' Build-Out Milestones (OIG-26-014-A)")
    d.add_page()
    d.hd("Background")
    d.p("The Connect Rural America program was established in 2020 to fund the deployment of broadband networks in "
        "unserved rural areas. Recipients must reach 40 percent of the locations in their approved service area by "
        "the end of year two, 70 percent by the end of year three, and 100 percent by the end of year five. Under "
        "2 C.F.R. 200.329, recipients report performance at least annually; BRB's Grants Monitoring Handbook (2021) "
        "requires semiannual milestone reports.")
    d.p("In our prior audit, *Connect Rural America Application Review* (OIG-22-031), we recommended that BRB "
        "establish a risk-based monitoring plan for high-value awards. BRB implemented a plan in 2023 and we closed "
        "that recommendation.")
    d.hd("Finding A: BRB Did Not Verify Reported Locations Before Releasing Milestone Payments")
    d.p("BRB program officers accepted recipients' certifications without checking whether the locations existed or "
        "could be served. Program officers should have compared the reported locations with the National Location "
        "Fabric, but the Handbook does not require it. Table 1 summarizes our sample.")
    d.table([("Sample stratum", "Grants", "Locations reported", "Not supported", "Payments questioned"),
             ("Awards over $20 million", "12", "61,420", "5,918", "$2,946,100"),
             ("Awards $5-20 million", "17", "28,305", "2,744", "$1,505,800"),
             ("Awards under $5 million", "11", "6,112", "702", "$360,400"),
             ("Total", "40", "95,837", "9,364", "$4,812,300")], (50, 20, 32, 30, 34))
    d.p("As a result, BRB paid recipients for service that may not exist, and it cannot rely on its own data when it "
        "reports program results.")
    d.rec("**Recommendation 1:** We recommend that the Bureau of Rural Broadband Administrator require grant "
          "recipients to submit geocoded data for every location reported as served in each milestone report.")
    d.rec("**Recommendation 2:** We recommend that the Bureau of Rural Broadband Administrator require "
          "program officers to verify a statistically valid sample of reported locations, through desk reviews and "
          "field visits, before releasing any milestone payment.")
    d.rec("**Recommendation 3:** We recommend that the Bureau of Rural Broadband Administrator determine the "
          "allowability of the $4,812,300 in questioned costs identified in Table 1 and recover any amounts "
          "determined to be unallowable.")
    d.hd("Finding B: BRB Did Not Act When Recipients Missed Milestones")
    d.p("Of the 40 grants in our sample, 14 missed at least one milestone and 6 missed two in a row. The Handbook "
        "does not define when a milestone is missed, and program officers treated late reports in different ways. "
        "In one case, a recipient continued to draw down funds for 19 months after its year-two deadline.")
    d.rec("**Recommendation 4:** We recommend that the Bureau of Rural Broadband Administrator update the "
          "Grants Monitoring Handbook to define when a milestone is missed and what consequences follow.")
    d.rec("**Recommendation 5:** We recommend that the Bureau of Rural Broadband Administrator establish a "
          "written escalation procedure for recipients that miss two consecutive milestones, including the "
          "suspension of drawdowns until a corrective action plan is approved.")
    d.hd("Finding C: BRB's Reports to Congress Overstate Program Results")
    d.p("BRB's annual report to Congress for FY 2024 stated that the program had 'connected' 388,000 rural "
        "locations. That figure counts locations passed by a network, not locations with an active subscription, "
        "and BRB should describe it accurately.")
    d.rec("**Recommendation 6:** We recommend that the Bureau of Rural Broadband Administrator report "
          "separately, in its annual performance reports, the number of locations passed and the number of "
          "locations with active service.")
    d.hd("Agency Comments and OIG Response")
    d.p("BRB provided written comments on a draft of this report. We consider Recommendations 1, 3 and 4 resolved "
        "but open pending completion of the planned corrective actions. We will follow up on the remaining "
        "recommendations as part of our semiannual reporting under the Inspector General Act (5 U.S.C. chapter 4).")
    d.hd("Appendix C: Status of Recommendations")
    d.table([("Rec. No.", "Status", "Action official", "Monetary benefit"),
             ("1", "Resolved - open", "BRB Administrator", "-"), ("2", "Unresolved", "BRB Administrator", "-"),
             ("3", "Resolved - open", "BRB Administrator", "$4,812,300"), ("4", "Resolved - open", "BRB Administrator", "-"),
             ("5", "Unresolved", "BRB Administrator", "-"), ("6", "Unresolved", "BRB Administrator", "-")],
            (22, 40, 55, 40))
    d.p("Appendix A (Objective, Scope, and Methodology) and Appendix B (Sampling Methodology) are available in the "
        "full report on the OIG website.", size=9)
    d.output(path)


def response(path):
    d = Doc("BRB Management Response - OIG-26-014-A", "AR", "{n}")
    d.add_page()
    d.set_font("AR", "B", 12)
    d.cell(0, 6, "U.S. DEPARTMENT OF RURAL DEVELOPMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "", 10)
    d.cell(0, 5, "Bureau of Rural Broadband  -  1400 Independence Avenue SW  -  Washington, DC 20250", align="C",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("AR", "", 10.5)
    d.cell(0, 5, "February 20, 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.multi_cell(0, 5.3, "MEMORANDUM FOR:  Gregory T. Alvarado\n                              Assistant Inspector "
                 "General for Audit\n\nFROM:  Dana R. Whitcomb\n              Administrator, Bureau of Rural "
                 "Broadband\n\nSUBJECT:  Management Response to Draft Audit Report, 'The Bureau of Rural Broadband "
                 "Needs to Strengthen Its Monitoring of Grant Recipients' Build-Out Milestones'")
    d.ln(4)
    d.p("Thank you for the opportunity to review and comment on the draft report. The Bureau of Rural Broadband (BRB) "
        "appreciates the work of the Office of Inspector General (OIG) and shares the goal of ensuring that every "
        "grant dollar results in service to rural households.")
    d.hd("General Comments", 11, (0, 0, 0))
    d.p("Since the period covered by the audit, BRB has added fourteen staff to the Office of Grants Monitoring and "
        "moved all milestone reports into the new GrantTrack system. We believe these changes already address part "
        "of the conditions described in the draft report.")
    d.hd("Response to Recommendation 3", 11, (0, 0, 0))
    d.p("**Concur.** BRB will review each of the questioned payments with the recipients concerned and issue a "
        "management decision on allowability. Any unallowable amounts will be recovered or offset against future "
        "payments. Target completion date: September 30, 2026.")
    d.hd("Response to Recommendation 1", 11, (0, 0, 0))
    d.p("**Concur.** Beginning with the reporting period ending June 30, 2026, the GrantTrack milestone template will "
        "reject any report that does not include latitude and longitude for each location claimed. Target "
        "completion date: July 31, 2026.")
    d.hd("Response to Recommendations 2 and 5", 11, (0, 0, 0))
    d.p("**Partially concur with Recommendation 2.** BRB will perform desk reviews of a statistically valid sample of "
        "locations against the National Location Fabric before each milestone payment. However, field visits for "
        "every payment are not feasible with current travel funding; BRB will instead conduct field visits for "
        "awards above $20 million only.")
    d.p("**Do not concur with Recommendation 5.** Suspending drawdowns automatically after two missed milestones "
        "would penalize recipients whose delays stem from permitting and pole-attachment disputes outside their "
        "control. Existing remedies under the grant agreement give program officers sufficient discretion, and BRB "
        "does not intend to adopt a separate escalation procedure.")
    d.hd("Response to Recommendation 4", 11, (0, 0, 0))
    d.p("**Concur.** The revised Grants Monitoring Handbook, to be issued by December 31, 2026, will state that a "
        "milestone is missed when the certified location count is below the required percentage 30 days after the "
        "due date, and will set out the corresponding remedies.")
    d.p("If you have any questions, please contact Marisol Tran, Director, Office of Grants Monitoring, at "
        "(202) 555-0147.")
    d.output(path)


NOTES = ("OIG audit report: the recommendations are the six indented 'Recommendation N: We recommend that the Bureau "
         "of Rural Broadband Administrator ...' paragraphs under Findings A-C (numbered 1-6 as labelled). Traps: Audit Highlights box "
         "('We made six recommendations'), the MEMORANDUM FOR block, the prior OIG-22-031 recommendation quoted as "
         "closed, 'Program officers should have compared...' and 'BRB should describe it accurately' in findings, "
         "the sample table with dollar figures, 2 C.F.R. 200.329 and 5 U.S.C. chapter 4, 'Agency Comments and OIG "
         "Response', and the Appendix C status table listing Rec. No. 1-6. The management-response memorandum "
         "answers in another order 3, 1, 2+5, 4: Concur (3 agrees, 1 agrees); ONE section 'Recommendations 2 and 5' "
         "with partial concurrence on 2 (desk reviews yes, field visits only for large awards: partly) and 'Do not "
         "concur' on 5 (disagrees); Concur on 4 (agrees); 6 (report locations passed and with active service "
         "separately) is never answered. The 'General Comments' section (fourteen staff added, GrantTrack) answers "
         "no recommendation.")


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(a)
    response(r)
    recs = [
        {"number": "1", "starts_with": "We recommend that the Bureau of Rural Broadband Administrator require grant",
         "reply_contains": "reject any report that does not include latitude and longitude", "verdict": "agrees"},
        {"number": "2", "starts_with": "We recommend that the Bureau of Rural Broadband Administrator require program",
         "reply_contains": "conduct field visits for awards above $20 million only", "verdict": "partly"},
        {"number": "3", "starts_with": "We recommend that the Bureau of Rural Broadband Administrator determine",
         "reply_contains": "review each of the questioned payments with the recipients concerned", "verdict": "agrees"},
        {"number": "4", "starts_with": "We recommend that the Bureau of Rural Broadband Administrator update",
         "reply_contains": "The revised Grants Monitoring Handbook, to be issued by December", "verdict": "agrees"},
        {"number": "5", "starts_with": "We recommend that the Bureau of Rural Broadband Administrator establish",
         "reply_contains": "does not intend to adopt a separate escalation procedure", "verdict": "disagrees"},
        {"number": "6", "starts_with": "We recommend that the Bureau of Rural Broadband Administrator report",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["added fourteen staff to the Office of Grants Monitoring"], NOTES)


if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)

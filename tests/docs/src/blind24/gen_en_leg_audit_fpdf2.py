"""Round 24 (English): US state legislative performance audit (Finding N / Recommendation N.M) and the
department's response with Concur / Partially Concur / Do Not Concur (fpdf2, US Letter)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b24en as H  # noqa: E402

from fpdf import FPDF

NAME = "blind24_en_leg_audit"
NAVY = (20, 45, 90)


class Doc(FPDF):
    def __init__(self, header, footer):
        super().__init__(format="letter", unit="pt")
        self.hdr, self.ftr = header, footer
        self.set_margins(72, 66, 72)
        self.set_auto_page_break(True, 62)
        self.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
        for st, fn in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("serif", st, os.path.join(H.FONTS, f"LiberationSerif-{fn}.ttf"))
            self.add_font("sans", st, os.path.join(H.FONTS, f"LiberationSans-{fn}.ttf"))
        self.plain_first = True

    def header(self):
        if self.page_no() == 1 and self.plain_first:
            return
        self.set_font("sans", "", 8)
        self.set_text_color(*NAVY)
        self.set_xy(72, 34)
        self.cell(0, 10, self.hdr, align="L")
        self.set_draw_color(*NAVY)
        self.line(72, 47, self.w - 72, 47)
        self.set_text_color(0, 0, 0)
        self.set_y(66)

    def footer(self):
        if self.page_no() == 1 and self.plain_first:
            return
        self.set_y(-44)
        self.set_font("sans", "", 8)
        self.cell(0, 10, self.ftr, align="L")
        self.set_x(72)
        self.cell(0, 10, str(self.page_no()), align="R")

    def h1(self, t):
        self.ln(6)
        self.set_font("sans", "B", 16)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 20, t)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def h2(self, t, size=12):
        self.ln(4)
        self.set_font("sans", "B", size)
        self.multi_cell(0, size + 3, t)
        self.ln(3)

    def para(self, t, size=11, style="", indent=0):
        self.set_font("serif", style, size)
        self.set_x(72 + indent)
        self.multi_cell(self.w - 144 - indent, size * 1.32, t, markdown=True)
        self.ln(6)

    def recbox(self, label, lines):
        """lines: list of (indent, text)."""
        self.ln(2)
        y0 = self.get_y()
        if y0 > self.h - 200:
            self.add_page()
            y0 = self.get_y()
        self.set_fill_color(232, 238, 247)
        self.set_font("sans", "B", 11)
        h = 7 + 15 * len(self.multi_cell(self.w - 164, 15, label, dry_run=True, output="LINES"))
        self.set_font("sans", "", 10.5)
        for ind, t in lines:
            h += 14 * len(self.multi_cell(self.w - 164 - ind, 14, t, dry_run=True, output="LINES")) + 3
        h += 7
        self.set_draw_color(*NAVY)
        self.rect(72, y0, self.w - 144, h, style="DF")
        self.set_xy(82, y0 + 7)
        self.set_font("sans", "B", 11)
        self.set_text_color(*NAVY)
        self.multi_cell(self.w - 164, 15, label)
        self.set_text_color(0, 0, 0)
        for ind, t in lines:
            self.set_font("sans", "", 10.5)
            self.set_x(82 + ind)
            self.multi_cell(self.w - 164 - ind, 14, t)
            self.ln(3)
        self.set_y(y0 + h + 10)
        self.set_x(72)


REC = {
    "1.1": "We recommend the department adopt a risk-based inspection schedule that ensures every licensed "
           "child care center with a substantiated complaint in the prior year is inspected at least twice a "
           "year.",
    "1.2": "We recommend the department require licensing specialists to complete inspection reports in the "
           "licensing database within 10 business days of the inspection.",
    "2.1": "We recommend the department transfer responsibility for complaint intake from regional offices to a "
           "single statewide intake unit.",
    "2.2": "We recommend the department establish written timeframes for beginning and completing complaint "
           "investigations based on the seriousness of the allegation.",
    "2.3": "We recommend the department notify complainants in writing of the outcome of each complaint "
           "investigation.",
    "3.1": "We recommend the department strengthen its follow-up of corrective action plans by:",
    "3.2": "We recommend the department seek legislation to allow it to impose civil penalties on providers "
           "that repeatedly fail to correct serious violations.",
}
SUB31 = ["A.  Verifying, through an on-site visit or documentary evidence, that each corrective action plan "
         "for a serious violation has been carried out, and",
         "B.  Recording the date of verification and the evidence reviewed in the licensing database."]


def advice():
    d = Doc("Legislative Audit Division  |  Child Care Licensing Oversight", "Report 24P-07")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 150, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(72, 50)
    d.set_font("sans", "B", 13)
    d.cell(0, 16, "LEGISLATIVE AUDIT DIVISION")
    d.set_xy(72, 72)
    d.set_font("sans", "", 11)
    d.cell(0, 14, "State of Montana  |  Report to the Legislative Audit Committee")
    d.set_text_color(0, 0, 0)
    d.set_xy(72, 200)
    d.set_font("sans", "B", 12)
    d.cell(0, 16, "PERFORMANCE AUDIT")
    d.set_xy(72, 226)
    d.set_font("sans", "B", 24)
    d.multi_cell(d.w - 144, 30, "Oversight of Licensed Child Care Centers")
    d.set_x(72)
    d.set_font("sans", "", 13)
    d.multi_cell(d.w - 144, 18, "Department of Public Health and Human Services\nEarly Childhood and Family "
                 "Support Division")
    d.set_xy(72, 380)
    d.set_font("sans", "", 11)
    d.multi_cell(d.w - 144, 16, "February 2025\nReport 24P-07")
    d.set_xy(72, 520)
    d.set_font("sans", "B", 11)
    d.cell(0, 14, "Why we did this audit")
    d.set_xy(72, 538)
    d.set_font("serif", "", 10.5)
    d.multi_cell(d.w - 144, 14, "More than 19,000 children attend licensed child care centers in Montana. "
                 "The Legislative Audit Committee asked us to examine whether the department inspects centers "
                 "as often as state law requires, how it handles complaints, and whether it makes sure that "
                 "violations are corrected.")

    d.add_page()
    d.h1("Chapter I - Introduction")
    d.h2("Audit Objectives")
    d.para("This audit addressed the following objectives:")
    for i, t in enumerate(["Does the department inspect licensed child care centers as often as required by "
                           "section 52-2-735, MCA?",
                           "Does the department investigate complaints about licensed centers in a timely and "
                           "consistent manner?",
                           "Does the department ensure that providers correct the violations it identifies?"], 1):
        d.para(f"{i}.  {t}", indent=18)
    d.h2("Audit Scope and Methodology")
    d.para("Audit work covered inspections, complaints and corrective action plans from July 1, 2021, through "
           "June 30, 2024. We reviewed a random sample of 120 inspection files and 85 complaint files, "
           "interviewed licensing staff in all five regional offices, and analyzed data from the department's "
           "licensing database.\u00b9 We conducted this audit in accordance with generally accepted government "
           "auditing standards.")
    d.h2("Status of Prior Audit Recommendations")
    d.para("Our 2019 audit of the child care licensing program (18P-03) made three recommendations. Table 1 "
           "shows their status as of June 2024. These recommendations are not repeated in this report.")
    d.set_font("sans", "B", 9.5)
    d.set_fill_color(232, 238, 247)
    w = [300, d.w - 144 - 300]
    d.cell(w[0], 18, " 2019 Recommendation", border=1, fill=True)
    d.cell(w[1], 18, " Status (June 2024)", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 9.5)
    for a, b in [("Develop written procedures for background checks of center staff", "Implemented"),
                 ("Train licensing specialists on the revised administrative rules", "Implemented"),
                 ("Reconcile license records with the fire marshal's inspection data", "Partially implemented")]:
        d.cell(w[0], 18, " " + a, border=1)
        d.cell(w[1], 18, " " + b, border=1, new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "I", 8.5)
    d.cell(0, 14, "Table 1. Source: Legislative Audit Division.", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)

    d.h1("Chapter II - Inspections")
    d.h2("Finding 1: The department did not inspect one in five centers within the required timeframe, and "
         "inspection reports were often entered months late.", 11.5)
    d.para("State law requires the department to inspect each licensed center at least once a year. In fiscal "
           "year 2024, 212 of 1,041 centers (20 percent) went more than 12 months without an inspection. "
           "Licensing specialists told us that they schedule inspections by license renewal date and that "
           "centers with recent complaints receive no priority.")
    d.para("We also found that the median time between an inspection and the entry of its report in the "
           "licensing database was 37 business days. Until a report is entered, parents searching the "
           "department's online provider search cannot see the violations that were found.")
    d.recbox("RECOMMENDATION 1.1", [(0, REC["1.1"])])
    d.recbox("RECOMMENDATION 1.2", [(0, REC["1.2"])])

    d.h1("Chapter III - Complaints")
    d.h2("Finding 2: Complaint handling differs from region to region, and complainants are rarely told the "
         "outcome.", 11.5)
    d.para("Each of the five regional offices receives complaints by telephone, email and the online form, and "
           "each has developed its own practices. In our sample, the time taken to begin an investigation "
           "ranged from the same day to 74 days. Two regions had no written guidance on which complaints "
           "should be investigated first.")
    d.para("Only 9 of the 85 complainants in our sample received a written notice of the outcome. Department "
           "staff told us that they believed confidentiality rules prevented them from sharing outcomes, but "
           "the department's legal counsel confirmed that a summary of the outcome may be shared.")
    d.recbox("RECOMMENDATION 2.1", [(0, REC["2.1"])])
    d.recbox("RECOMMENDATION 2.2", [(0, REC["2.2"])])
    d.recbox("RECOMMENDATION 2.3", [(0, REC["2.3"])])

    d.h1("Chapter IV - Correcting Violations")
    d.h2("Finding 3: The department accepts corrective action plans without checking that violations were "
         "corrected.", 11.5)
    d.para("When an inspection finds a violation, the provider must submit a corrective action plan. We found "
           "that the department approved plans on paper and did not check that the corrective action had been "
           "taken in 31 of 44 cases involving serious violations, such as staff-to-child ratios or unsafe "
           "sleep practices. In 6 of these cases a later inspection found the same violation again.")
    d.para("The department's only sanctions are to suspend or revoke a license. Managers told us these are seen "
           "as too severe for most repeat violations, and that a civil penalty would give them a middle step. "
           "Twenty-two states allow civil penalties for child care licensing violations.\u00b2")
    d.recbox("RECOMMENDATION 3.1", [(0, REC["3.1"])] + [(16, t) for t in SUB31])
    d.recbox("RECOMMENDATION 3.2", [(0, REC["3.2"])])
    d.ln(6)
    d.set_draw_color(0, 0, 0)
    d.line(72, d.get_y(), 200, d.get_y())
    d.ln(4)
    d.set_font("sans", "", 8)
    d.multi_cell(0, 10, "\u00b9 Data were extracted on August 2, 2024.\n\u00b2 National Association for "
                 "Regulatory Administration, Licensing Study, 2023.")
    d.output(H.path(NAME, "advice"))


def response():
    d = Doc("Department of Public Health and Human Services  |  Response to Report 24P-07", "DPHHS response")
    d.add_page()
    d.set_font("sans", "B", 13)
    d.set_text_color(*NAVY)
    d.cell(0, 16, "DEPARTMENT OF PUBLIC HEALTH AND HUMAN SERVICES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 9)
    d.cell(0, 12, "111 North Sanders Street  |  Helena, MT 59601  |  (406) 444-5622", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(18)
    d.para("February 7, 2025")
    d.para("Angus Ferriday, Legislative Auditor\nLegislative Audit Division\nPO Box 201705\nHelena, MT 59620")
    d.para("**RE: Performance Audit 24P-07, Oversight of Licensed Child Care Centers**")
    d.para("Dear Mr. Ferriday:")
    d.para("Thank you for the opportunity to respond to the performance audit of child care licensing. The "
           "department appreciates the professionalism of your staff and shares the audit's goal of keeping "
           "children safe in care. Our responses to the recommendations follow, with the corrective action "
           "planned, the person responsible and the target date.")
    d.para("Before turning to the recommendations, we wish to note that the audit period included the final "
           "months of the public health emergency, when in-person inspections were limited by federal "
           "guidance. We believe this context explains part of the inspection backlog described in Finding 1.")

    def rec(label, verdict, plan, who, date):
        d.h2(label, 11.5)
        d.set_font("sans", "B", 10.5)
        d.cell(0, 14, verdict, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        d.para("**Corrective Action Plan:** " + plan, size=10.5)
        d.para(f"**Person responsible:** {who}\n**Target completion date:** {date}", size=10.5)

    rec("Recommendation #1.1", "Concur",
        "The department will replace the renewal-date schedule with a risk-based schedule. Centers with a "
        "substantiated complaint in the prior twelve months will be scheduled for two unannounced inspections "
        "a year. The scheduling rules will be built into the licensing database.",
        "Child Care Licensing Bureau Chief", "October 1, 2025")
    rec("Recommendation #1.2", "Partially Concur",
        "The department agrees that reports should be entered promptly and will set a standard of 15 business "
        "days, which reflects the time needed for supervisory review of reports with serious violations. A "
        "10-day standard cannot be met with current staffing levels.",
        "Child Care Licensing Bureau Chief", "July 1, 2025")
    rec("Recommendation #2.1", "Do Not Concur",
        "The department will not centralize complaint intake. Regional staff know the providers in their areas "
        "and can begin urgent investigations the same day. Instead, the department will adopt a single intake "
        "form and a common triage procedure for all five regions, which addresses the inconsistency the audit "
        "identified.",
        "Early Childhood and Family Support Division Administrator", "September 30, 2025")
    rec("Recommendations #2.2 and #2.3", "Concur",
        "Written timeframes will be adopted in policy: investigations of allegations of serious harm will "
        "begin within 24 hours, and all other investigations within 10 business days. The department does "
        "not agree that complaint handling was 'inconsistent across the state' in every respect, but accepts "
        "that written timeframes are needed. Complainants who provide contact details will receive a letter "
        "summarizing the outcome, using a template approved by legal counsel.",
        "Child Care Licensing Bureau Chief", "June 30, 2025")
    rec("Recommendation #3.1", "Concur",
        "Beginning April 1, 2025, licensing specialists will verify the correction of every serious violation, "
        "either on site or through photographs, staff rosters or other documents. Part B is already in place: "
        "the licensing database has had a verification date field since the November 2024 release, and its "
        "use will now be mandatory.",
        "Child Care Licensing Bureau Chief", "April 1, 2025")
    rec("Recommendation #3.2", "Concur",
        "The department will develop a legislative proposal for civil penalties for the 2027 session, subject "
        "to approval by the Governor's Office of Budget and Program Planning. The department will consult "
        "providers and the Early Childhood Advisory Council on the penalty amounts.",
        "DPHHS Director's Office, Legislative Liaison", "September 1, 2026")
    d.h2("Conclusion", 11.5)
    d.para("The department is committed to implementing these corrective actions and will report its progress "
           "to the Legislative Audit Committee at the six-month follow-up. Please contact our Internal Audit "
           "Manager with any questions.")
    d.para("Sincerely,\n\n\nRosalind Treadwell\nDirector")
    d.output(H.path(NAME, "response"))


def expected():
    recs = [
        ("1.1", "We recommend the department adopt a risk-based inspection schedule",
         "replace the renewal-date schedule with a risk-based schedule", "agrees"),
        ("1.2", "We recommend the department require licensing specialists to complete inspection reports",
         "A 10-day standard cannot be met with current staffing", "partly"),
        ("2.1", "We recommend the department transfer responsibility for complaint intake",
         "The department will not centralize complaint intake", "disagrees"),
        ("2.2", "We recommend the department establish written timeframes for beginning",
         "investigations of allegations of serious harm will begin within 24 hours", "agrees"),
        ("2.3", "We recommend the department notify complainants in writing of the outcome",
         "will receive a letter summarizing the outcome", "agrees"),
        ("3.1", "We recommend the department strengthen its follow-up of corrective action plans",
         "licensing specialists will verify the correction of every serious violation", "agrees"),
        ("3.2", "We recommend the department seek legislation to allow it",
         "develop a legislative proposal for civil penalties for the 2027 session", "agrees", ["partly"]),
    ]
    unmatched = ["when in-person inspections were limited by federal guidance",
                 "will report its progress to the Legislative Audit Committee"]
    notes = ("US state legislative performance audit (fpdf2, US Letter): hierarchical numbers 'RECOMMENDATION "
             "1.1' ... '3.2' as capital labels in shaded boxes after 'Finding N:' headings (findings are not "
             "recommendations); every recommendation opens 'We recommend the department ...'; 3.1 ends in a "
             "colon with sub-points A. and B. inside its box; numbered audit objectives 1.-3. and a table of "
             "2019 prior-audit recommendations with 'Implemented' status, neither of which are recommendations. "
             "Response: department letter with a context paragraph disputing the backlog (unmatched), headings "
             "'Recommendation #N.M' with a bold Concur / Partially Concur / Do Not Concur line, 'Corrective "
             "Action Plan' / 'Person responsible' / 'Target completion date'; one section '#2.2 and #2.3' "
             "answers both (Concur) and disputes the audit's characterisation while accepting; 2.1 'Do Not "
             "Concur ... will instead' (disagrees); 1.2 15 days instead of 10 (partly); 3.1 'Part B is already "
             "in place' (agrees); 3.2 concurs with a proposal 'subject to approval' (agrees, also partly); a "
             "closing 'Conclusion' answers nothing.")
    H.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    H.check(NAME)

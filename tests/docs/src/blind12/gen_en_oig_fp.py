"""Blind round 12, pair ``blind12_en_oig``: a US Inspector General inspection report and the bureau's memo.

Engine: fpdf2, fonts Liberation Serif / Liberation Sans (system TTF, embedded as subsets); US Letter.
Run from the repository root with a Python that has fpdf2, e.g.
    /tmp/blind12env/bin/python tests/docs/src/blind12/gen_en_oig_fp.py
Writes tests/docs/blind12_en_oig_advice.pdf and tests/docs/blind12_en_oig_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _fp import DOCS, Doc  # noqa: E402

REC = {
    1: "We recommend that the Commissioner of Reclamation develop and implement a single system to track the "
       "status of every corrective action identified in dam safety reviews, including planned and actual "
       "completion dates.",
    2: "We recommend that the Commissioner of Reclamation require each region to complete all overdue "
       "high-priority corrective actions within 12 months of the date of this report, or to document an approved "
       "deviation from that timeframe.",
    3: "We recommend that the Commissioner of Reclamation update Reclamation Manual Directive and Standard FAC 06-01 "
       "to define the roles and responsibilities of regional dam safety officers.",
    4: "We recommend that the Commissioner of Reclamation establish a centralized fund for urgent dam safety "
       "repairs at transferred works, to be used when an operating entity cannot finance a repair in time.",
    5: "We recommend that the Commissioner of Reclamation provide annual training on corrective action tracking "
       "and risk ratings to all regional and area office dam safety staff.",
    6: "We recommend that the Commissioner of Reclamation conduct a quality review of the comprehensive reviews "
       "completed between 2021 and 2023 to confirm that all corrective actions were recorded.",
}
MGMT = {
    1: "Reclamation concurred with Recommendation 1 and stated that it will add a corrective action module to its "
       "existing information system by September 30, 2025. We consider Recommendation 1 resolved but not "
       "implemented.",
    2: "Reclamation partially concurred with Recommendation 2. It proposed a 24-month timeframe instead of 12 "
       "months. We consider Recommendation 2 unresolved and will meet with Reclamation to reach agreement.",
    3: "Reclamation concurred with Recommendation 3 and stated that it has already revised the directive. We "
       "consider Recommendation 3 implemented, subject to our review of the revised directive.",
    4: "Reclamation did not concur with Recommendation 4, citing a lack of statutory authority. We consider "
       "Recommendation 4 unresolved and will refer it to the Assistant Secretary for Policy, Management and Budget "
       "for resolution.",
    5: "Reclamation stated that it will evaluate the need for annual training. Because Reclamation did not commit "
       "to corrective action, we consider Recommendation 5 unresolved.",
    6: "Reclamation did not address Recommendation 6 in its response to our draft report. We consider "
       "Recommendation 6 unresolved.",
}


def rec_block(d, n):
    d.para(f"**Recommendation {n}:** {REC[n]}", indent=6, after=2)
    d.set_font("sans", "B", 10)
    d.cell(0, 6, "Management Comments and OIG Response", new_x="LMARGIN", new_y="NEXT")
    d.para(MGMT[n], size=10.5, after=3.5)


def advice():
    d = Doc(fmt="Letter", footer_text="Report No. 2024-ER-031          {page}",
            header_text="Office of Inspector General | U.S. Department of the Interior", size=11.5)
    d.set_font("sans", "B", 10)
    d.cell(0, 5, "OFFICE OF INSPECTOR GENERAL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sans", "", 9)
    d.cell(0, 5, "U.S. DEPARTMENT OF THE INTERIOR", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("sans", "B", 10)
    for k, v in (("Memorandum", ""), ("To:", "Commissioner, Bureau of Reclamation"),
                 ("From:", "Assistant Inspector General for Audits, Inspections, and Evaluations"),
                 ("Subject:", "Final Inspection Report - The Bureau of Reclamation Needs To Improve Its Tracking "
                              "of Dam Safety Corrective Actions, Report No. 2024-ER-031")):
        d.set_font("sans", "B", 10)
        d.cell(24, 5.5, k)
        d.set_font("sans", "", 10)
        d.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("This memorandum transmits our inspection report on the Bureau of Reclamation's tracking of corrective "
           "actions identified through its Dam Safety Program. We will track the implementation of the six "
           "recommendations in this report. Please provide us with a corrective action plan within 90 days.")
    d.heading("Objective")
    d.para("Our objective was to determine whether Reclamation tracks and completes, in a timely manner, the "
           "corrective actions identified through its periodic and comprehensive dam safety reviews. We reviewed "
           "the records of 112 high- and significant-hazard dams in three of Reclamation's five regions for the "
           "period October 2020 through September 2023 and interviewed officials in the Dam Safety Office and in "
           "the regional and area offices.")
    d.heading("Background")
    d.para("Reclamation owns 340 dams in the 17 Western States, 240 of which are classified as high or significant "
           "hazard, meaning that their failure would probably cause loss of life or significant damage. About "
           "half of these dams are 'transferred works': Reclamation owns them, but water districts and other "
           "operating entities operate and maintain them, and pay for repairs under their repayment contracts.")
    d.para("Each high- and significant-hazard dam undergoes a periodic facility review every 6 years and a "
           "comprehensive facility review every 6 years, staggered so that one of them takes place every 3 years. "
           "The reviews result in recommendations, which Reclamation calls 'corrective actions' to avoid confusion "
           "with OIG recommendations, and which are rated as high, medium or low priority.")
    d.heading("Results of Inspection")
    d.para("We found that Reclamation cannot readily determine how many corrective actions are open or overdue. "
           "Of the 1,318 corrective actions we identified, 27 percent were overdue, including 41 high-priority "
           "actions that had been open for more than 3 years. We also found that the roles of regional dam safety "
           "officers are unclear, and that repairs at transferred works are delayed when operating entities "
           "cannot finance them.")
    d.heading("Reclamation Does Not Track Corrective Actions Consistently", size=11.5, family="serif")
    d.para("Each region keeps its own records, in spreadsheets, in the Dam Safety Information System, or both. In "
           "one region, 86 corrective actions recorded in the review reports did not appear in any tracking "
           "record. Officials in the Dam Safety Office told us they rely on the regions' annual certifications "
           "rather than on data they can verify themselves.")
    rec_block(d, 1)
    rec_block(d, 2)
    d.heading("Roles of Regional Dam Safety Officers Are Unclear", size=11.5, family="serif")
    d.para("Reclamation Manual Directive and Standard FAC 06-01 was last revised in 2014. It does not describe the "
           "role of the regional dam safety officers, who were introduced in 2019. Area office managers told us "
           "they were not sure whether the regional officer or the area office was responsible for closing out "
           "a corrective action.")
    rec_block(d, 3)
    d.heading("Funding for Urgent Repairs at Transferred Works Is Not Assured", size=11.5, family="serif")
    d.para("At 9 of the 38 transferred works we reviewed, a high-priority corrective action was delayed because the "
           "operating entity could not pay for the repair. At one dam in Idaho, the replacement of a spillway gate "
           "hoist identified in 2019 had not started when we completed our fieldwork.")
    rec_block(d, 4)
    d.heading("Staff Training and Review Quality", size=11.5, family="serif")
    d.para("Only 11 of the 29 dam safety staff we interviewed had received training on the priority ratings since "
           "2020. We also found comprehensive reviews from 2021 through 2023 whose corrective actions had not been "
           "carried over into the tracking records at all.")
    rec_block(d, 5)
    rec_block(d, 6)
    d.heading("Appendix 3: Status of Recommendations")
    d.set_font("sans", "B", 9.5)
    widths = (40, 50, d.epw - 90)
    for w, h in zip(widths, ("Recommendation", "Status", "Action Required")):
        d.cell(w, 7, h, border=1, fill=False)
    d.ln()
    d.set_font("sans", "", 9.5)
    rows = [("1", "Resolved but not implemented", "We will track implementation."),
            ("2, 4, 5, 6", "Unresolved", "We will refer to the Assistant Secretary for resolution."),
            ("3", "Implemented", "No further action is required.")]
    for r in rows:
        for w, c in zip(widths, r):
            d.cell(w, 7, c, border=1)
        d.ln()
    d.output(str(DOCS / "blind12_en_oig_advice.pdf"))


def response():
    d = Doc(fmt="Letter", footer_text="{page}", size=11.5)
    d.set_font("serif", "B", 12)
    d.cell(0, 6, "United States Department of the Interior", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("serif", "", 10)
    d.cell(0, 5, "BUREAU OF RECLAMATION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "Washington, DC 20240", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.cell(0, 5, "IN REPLY REFER TO: 84-55000  ADM-13.00", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "February 21, 2025", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("serif", "B", 11)
    d.cell(0, 6, "MEMORANDUM", new_x="LMARGIN", new_y="NEXT")
    for k, v in (("To:", "Assistant Inspector General for Audits, Inspections, and Evaluations, Office of "
                         "Inspector General"),
                 ("From:", "Deputy Commissioner - Operations, Bureau of Reclamation"),
                 ("Subject:", "Bureau of Reclamation Response to the Office of Inspector General Draft Inspection "
                              "Report, The Bureau of Reclamation Needs To Improve Its Tracking of Dam Safety "
                              "Corrective Actions (Report No. 2024-ER-031)")):
        d.set_font("serif", "B", 11)
        d.cell(22, 5.5, k)
        d.set_font("serif", "", 11)
        d.multi_cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("The Bureau of Reclamation (Reclamation) appreciates the opportunity to review and comment on the "
           "subject draft report. Reclamation takes the safety of its dams and of the communities downstream of "
           "them very seriously, and we value the Office of Inspector General's (OIG) independent assessment. "
           "Reclamation generally agrees with the findings. Our responses to the recommendations are below; "
           "technical comments are attached.")
    d.heading("Recommendations 1 and 3", size=11.5, family="serif")
    d.para("__Develop and implement a single system to track corrective actions; update Directive and Standard "
           "FAC 06-01 to define the roles of regional dam safety officers.__")
    d.para("**Response:** We concur. For Recommendation 1, Reclamation will add a corrective action module to the "
           "Dam Safety Information System (DSIS). All open corrective actions from the three regions reviewed will "
           "be migrated first; the remaining regions will follow. For Recommendation 3, Reclamation issued the "
           "revised Directive and Standard FAC 06-01 on January 14, 2025; section 5.C now describes the "
           "responsibilities of regional dam safety officers for closing out corrective actions. A copy is "
           "enclosed.")
    d.para("**Target Date:** September 30, 2025 (Recommendation 1); completed (Recommendation 3).\n"
           "**Responsible Official:** Director, Dam Safety and Infrastructure", align="L")
    d.heading("Recommendation 4", size=11.5, family="serif")
    d.para("__Establish a centralized fund for urgent dam safety repairs at transferred works.__")
    d.para("**Response:** We do not concur. Under the Reclamation Safety of Dams Act and the repayment contracts "
           "for transferred works, the costs of repairs are the responsibility of the operating entities. "
           "Reclamation has no statutory authority to establish or fund the proposed account, and it would be "
           "inappropriate to request appropriations for costs that are reimbursable by law. Reclamation will "
           "continue to use the Aging Infrastructure Account, which allows operating entities to repay "
           "extraordinary maintenance costs over up to 50 years.")
    d.heading("Recommendation 2", size=11.5, family="serif")
    d.para("__Complete all overdue high-priority corrective actions within 12 months, or document an approved "
           "deviation.__")
    d.para("**Response:** We partially concur. Reclamation agrees that overdue high-priority corrective actions "
           "must be completed as soon as practicable. However, 17 of the 41 actions identified by the OIG require "
           "design work and funding that cannot be completed within 12 months. Reclamation will complete or "
           "document an approved deviation for each overdue high-priority action within 24 months of the final "
           "report.")
    d.para("**Target Date:** April 30, 2027\n**Responsible Official:** Regional Directors", align="L")
    d.heading("Recommendation 5", size=11.5, family="serif")
    d.para("__Provide annual training on corrective action tracking and risk ratings.__")
    d.para("**Response:** Reclamation will evaluate the need for annual training as part of its Fiscal Year 2026 "
           "workforce planning review, taking into account the training already provided at the biennial Dam "
           "Safety Program meeting, and will inform the OIG of the outcome.")
    d.para("**Target Date:** March 31, 2026\n**Responsible Official:** Director, Dam Safety and Infrastructure",
           align="L")
    d.para("If you have any questions or need additional information, please contact the Dam Safety Office at "
           "303-445-2000.")
    d.para("Attachment")
    d.add_page()
    d.heading("Attachment: Technical Comments", size=12)
    d.para("Page 3, Background, first paragraph: the report states that Reclamation owns 340 dams. As of "
           "October 1, 2024, Reclamation owns 338 dams; two small diversion dams were transferred in title in "
           "fiscal year 2024.")
    d.para("Page 5, second paragraph: the spillway gate hoist replacement referred to in the report was awarded on "
           "January 6, 2025, and construction is scheduled to begin in spring 2025.")
    d.output(str(DOCS / "blind12_en_oig_response.pdf"))


if __name__ == "__main__":
    advice()
    response()

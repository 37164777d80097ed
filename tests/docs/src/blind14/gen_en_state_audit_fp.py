"""Blind round 14 (en): US state audit report (a Secretary of State audits division) + the agency
director's response letter. Engine: fpdf2 (Liberation Serif/Sans, subset-embedded), US Letter.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind14enenv/bin/python tests/docs/src/blind14/gen_en_state_audit_fp.py
Writes tests/docs/blind14_en_state_audit_advice.pdf and tests/docs/blind14_en_state_audit_response.pdf;
check with  /tmp/blind14enenv/bin/python tests/docs/src/blind14/_en_b14.py blind14_en_state_audit
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b14 as H

Doc = H.fp_doc_class()
TITLE = "Department of Early Care and Learning: Stronger Payment Controls Needed in the Child Care Assistance Program"
RED = (122, 30, 38)

RECS = [
    "Require providers to record daily attendance electronically and reconcile attendance to billed hours "
    "before payments are released.",
    "Perform risk-based reviews of providers whose billed hours exceed their licensed capacity, and recover "
    "any overpayments identified within 90 days.",
    "Update eligibility procedures so that changes in household income reported by families are processed "
    "within 10 business days.",
    "Establish written timelines for referring suspected provider fraud to the Department of Justice and "
    "track the outcome of each referral.",
    "Replace the legacy Direct Pay Unit system with a payment system that includes automated edits for "
    "duplicate and overlapping claims.",
    "Provide annual training to eligibility staff on documentation requirements and monitor compliance "
    "through quarterly case file reviews.",
]


def build_advice():
    pdf = Doc(fmt="Letter", family="serif", size=11, header_text="Secretary of State  |  Audits Division",
              footer_text="Report 2025-14  |  June 2025  |  page {page}")
    pdf.set_title(TITLE)
    pdf.set_author("Secretary of State Audits Division")
    pdf.set_margins(25, 20, 25)
    # cover
    pdf.add_page()
    pdf.set_fill_color(*RED)
    pdf.rect(0, 0, pdf.w, 70, style="F")
    pdf.set_text_color(255)
    pdf.set_xy(25, 22)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 6, "Secretary of State", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 11)
    pdf.cell(0, 6, "Audits Division", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_xy(25, 95)
    pdf.set_font("sans", "B", 20)
    pdf.multi_cell(0, 9, TITLE, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("sans", "", 12)
    pdf.cell(0, 6, "Report 2025-14  |  June 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(25, 235)
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 4.5, "Audit team: Rebecca Thornquist, CPA, Audit Manager; Luis Ferreira, MPA, Principal Auditor; "
                   "Hannah Okoro, Staff Auditor.\nThis report is intended to promote the best possible management "
                   "of public resources. Copies may be obtained from our website.", new_x="LMARGIN", new_y="NEXT")
    # highlights
    pdf.add_page()
    pdf.heading("Audit Highlights", size=16, before=0, color=RED)
    pdf.heading("Why this audit is important", size=11.5, before=1)
    for t in ("The Child Care Assistance Program (CCAP) helps about 21,000 low-income families a month pay for "
              "child care so that parents can work or attend school.",
              "The department paid $312 million to 3,900 providers in the 2023-25 biennium, most of it on the basis "
              "of hours that providers bill."):
        pdf.hanging("\u2022", t, width=6, after=1.2)
    pdf.heading("What we found", size=11.5, before=2)
    for n, t in (("1.", "The department pays providers for billed hours without comparing them to attendance "
                        "records. We estimate $4.2 million in potentially improper payments in 2024. (page 3)"),
                 ("2.", "Income changes reported by families took a median of 34 days to process. (page 3)"),
                 ("3.", "The legacy payment system cannot detect duplicate or overlapping claims. (page 3)")):
        pdf.hanging(n, t, width=7, after=1.2)
    pdf.heading("What we recommend", size=11.5, before=2)
    pdf.para("We made six recommendations to the Department of Early Care and Learning. The department's response "
             "is attached at the end of the report.")
    # introduction
    pdf.heading("Introduction", size=14, before=4, color=RED)
    pdf.para("The Department of Early Care and Learning was created in July 2023 and took over the Child Care "
             "Assistance Program from the Department of Human Services.\u00b9 Families apply to the department, "
             "which determines eligibility and a monthly copayment; providers then bill the department for the "
             "hours of care they provide, up to the number of hours authorized for each child.")
    pdf.para("Payments are processed in the Direct Pay Unit (DPU) system, a mainframe application first installed in "
             "1998. Providers submit paper or electronic billing forms twice a month.")
    pdf.set_font("serif", "", 8.5)
    pdf.set_draw_color(120)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + 50, pdf.get_y() + 1)
    pdf.ln(2)
    pdf.multi_cell(0, 4, "\u00b9 House Bill 3073 (2021) transferred the program with effect from July 1, 2023.",
                   new_x="LMARGIN", new_y="NEXT")
    # results
    pdf.add_page()
    pdf.heading("Audit Results", size=14, before=0, color=RED)
    pdf.heading("The department pays for billed hours without verifying attendance", size=11.5)
    pdf.para("Providers are required to keep sign-in records, but the department does not ask for them when it "
             "pays a bill. In a sample of 120 billing periods from 40 providers, 31 periods included hours for "
             "children who were not recorded as present. Eleven providers billed for more children than their "
             "licence allows at one time. Projected to the population, we estimate potentially improper payments "
             "of $4.2 million in calendar year 2024.")
    pdf.para("When the department identifies an overpayment, recovery is slow. Of 214 overpayments established in "
             "2023, 96 were still open after six months.")
    pdf.heading("Income changes are not processed promptly", size=11.5)
    pdf.para("Families must report an increase in income that takes them above the program limit. The department's "
             "procedure sets no deadline for acting on these reports; the median time in our sample was 34 days, "
             "and in 12 cases more than 90 days.")
    pdf.heading("Fraud referrals are not tracked", size=11.5)
    pdf.para("Staff referred 27 providers to the Department of Justice for suspected fraud in 2022 to 2024, but the "
             "department could not tell us the outcome of 19 of them, and there is no written timeline for making "
             "a referral once fraud is suspected.")
    pdf.heading("The payment system cannot detect duplicate claims", size=11.5)
    pdf.para("DPU checks each bill against the authorization, but not against other bills. We found 58 cases in "
             "which two providers were paid for the same child for overlapping hours. Eligibility files were also "
             "often incomplete: 22 of 60 files lacked required income documents.")
    pdf.heading("Recommendations", size=14, before=4, color=RED)
    pdf.para("We recommend the Department of Early Care and Learning:")
    for i, r in enumerate(RECS, 1):
        pdf.hanging(f"{i}.", r, width=8, after=1.6)
    pdf.heading("Objective, Scope, and Methodology", size=14, before=4, color=RED)
    pdf.para("Our objective was to determine whether the department has effective controls to ensure that CCAP "
             "payments are accurate and made only for eligible children. We reviewed payments made from January 1, "
             "2023, through December 31, 2024, interviewed staff and providers, and tested samples of billing "
             "periods and eligibility files. We conducted this performance audit in accordance with generally "
             "accepted government auditing standards.")
    out = H.DOCS / "blind14_en_state_audit_advice.pdf"
    pdf.output(str(out))
    return out


def build_response():
    pdf = Doc(fmt="Letter", family="serif", size=10.5, footer_text="Page {page}")
    pdf.set_title("Agency response to audit report 2025-14")
    pdf.set_author("Department of Early Care and Learning")
    pdf.set_margins(25, 18, 25)
    pdf.add_page()
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(*RED)
    pdf.cell(0, 6, "Department of Early Care and Learning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(80)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 4.2, "Office of the Director  \u2022  700 Summer Street NE, Salem, OR 97301  \u2022  "
             "503-555-0100", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*RED)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_text_color(0)
    pdf.ln(9)
    lp = dict(align="L", after=3.2)
    pdf.para("June 2, 2025", **lp)
    pdf.para("Andrea Lindqvist, Audits Director\nSecretary of State, Audits Division\n255 Capitol Street NE, "
             "Suite 180\nSalem, OR 97310", **lp)
    pdf.para("Dear Ms. Lindqvist:", **lp)
    paras = [
        "This letter provides a written response to the Audits Division's final draft audit report titled "
        f"__{TITLE}__.",
        "We appreciate the professionalism of the audit team and share the goal of making sure that every dollar "
        "in the program pays for care that children actually receive. We want to note, however, that the estimate "
        "of $4.2 million in potentially improper payments includes $1.1 million that the department had already "
        "identified and begun to recover before fieldwork began.",
        "We agree with recommendations 1 and 2, which go to the heart of the payment process. Providers will be "
        "required to record daily attendance in the Provider Portal beginning January 1, 2026, and payments will be "
        "released only for hours reconciled to that record. Providers without internet access will be able to "
        "submit attendance by telephone.",
        "For recommendation 2, we began risk-based reviews of providers billing above their licensed capacity in "
        "April 2025. We cannot, however, commit to recovering overpayments within 90 days. Providers are entitled "
        "to a contested case hearing, and many repay in installments; our target will instead be to issue every "
        "overpayment notice within 90 days and to complete recovery within 12 months.",
        "Regarding the processing of income changes, the department concurs with recommendation 3. Our current "
        "standard is 30 days. We will revise the Family Eligibility Manual and reduce the standard to 10 business "
        "days by June 30, 2026, once the new case management system is live.",
        "The department does not agree with recommendation 5. Replacing DPU was considered during the 2025 "
        "legislative session and was not funded, and a replacement project would take at least four years. By "
        "March 31, 2026, we will instead add edits to the existing system that reject duplicate and overlapping "
        "claims before payment.",
        "Recommendation 4 concerns referrals to the Department of Justice. Referral timelines are set in our "
        "interagency agreement with the Department of Justice, which is due for renewal in 2026. We will raise the "
        "recommendation with the Department of Justice during those negotiations.",
        "Thank you again for your work on this audit. If you have any questions, please contact Daniel Okafor, "
        "Chief Audit Executive, at 503-555-0147.",
    ]
    for t in paras:
        pdf.para(t, after=3.2)
    pdf.para("Sincerely,", **lp)
    pdf.ln(8)
    pdf.para("Maria Estrada-Lund\nDirector", **lp)
    pdf.set_font("serif", "", 9)
    pdf.multi_cell(0, 4.2, "cc: Daniel Okafor, Chief Audit Executive\n      Joanne Whitfield, CCAP Program Manager",
                   new_x="LMARGIN", new_y="NEXT")
    out = H.DOCS / "blind14_en_state_audit_response.pdf"
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    for p in (build_advice(), build_response()):
        print(p.name, p.stat().st_size)

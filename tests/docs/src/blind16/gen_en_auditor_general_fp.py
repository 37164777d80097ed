"""Blind round 16 (en): Office of the Auditor General of Canada performance audit report (recommendations with
the department's response printed under each) + the deputy minister's letter with the management action plan.
Engine: fpdf2 (Liberation Serif/Sans, subset-embedded), US Letter.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind16enenv/bin/python tests/docs/src/blind16/gen_en_auditor_general_fp.py
Writes tests/docs/blind16_en_auditor_general_advice.pdf (the report) and
tests/docs/blind16_en_auditor_general_response.pdf (the deputy minister's letter + action plan table);
check with  /tmp/blind16enenv/bin/python tests/docs/src/blind16/_en_b16.py blind16_en_auditor_general
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b16 as H

RED = (175, 30, 45)
TITLE = "Processing of Employment Insurance Claims"
Base = H.fp_doc_class()


class OagDoc(Base):
    def __init__(self, **kw):
        super().__init__(fmt="Letter", **kw)
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 24)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("sans", "", 8)
        self.set_text_color(90)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, self.header_text, align="R")
        self.set_xy(self.l_margin, 22)
        self.set_text_color(0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-16)
        self.set_font("sans", "", 8)
        self.set_text_color(90)
        self.cell(self.epw - 10, 5, self.footer_text)
        self.cell(10, 5, str(self.page_no()), align="R")
        self.set_text_color(0)


_n = 0


def np(pdf, text, *, style=""):
    """A paragraph numbered 5.N in the margin column, as in the Auditor General's reports; returns the number."""
    global _n
    _n += 1
    num = f"5.{_n}"
    pdf.hanging(num, text, width=12, style=style, after=2.2)
    return num


RECS = {  # key: (text, response label, response text)
    "standards": (
        "Employment and Social Development Canada should establish service standards for Employment Insurance "
        "claims that require manual processing, and publicly report each year on its performance against those "
        "standards.",
        "The department's response.",
        "Agreed. Employment and Social Development Canada will establish, by March 2026, service standards for "
        "claims that are referred for manual processing, distinguishing between initial claims and renewal "
        "claims, and will report on its performance in its Departmental Results Report."),
    "inventory": (
        "Employment and Social Development Canada should determine the causes of the growth in the inventory of "
        "claims waiting more than 90 days for a decision and put in place a plan, with measurable targets, to "
        "reduce that inventory.",
        "The department's response.",
        "Agreed. The department has begun an analysis of the claims in its aged inventory and will implement an "
        "inventory reduction plan in the 2025\u201326 fiscal year."),
    "status": (
        "Employment and Social Development Canada should monitor the accuracy of the information it gives "
        "claimants about the status of their claims, including through My Service Canada Account, and correct "
        "messages that are misleading.",
        "The department's response.",
        "Agreed. The department will review claim status messages and introduce quality monitoring of the "
        "information provided to claimants."),
    "bdm": (
        "Employment and Social Development Canada should complete the migration of Employment Insurance "
        "processing to the Benefits Delivery Modernization platform by the end of the 2026\u201327 fiscal year, "
        "and report annually to Parliament on the costs and timelines of the migration.",
        "The department's response.",
        "Agreed in part. The department will report annually on the costs and timelines of the Benefits Delivery "
        "Modernization programme. The timeline for the migration of Employment Insurance is set by the "
        "programme's approved plan."),
    "calls": (
        "Employment and Social Development Canada should set a service standard for its Employment Insurance "
        "call centres that reflects the time callers wait to speak to an agent, including callers who are not "
        "admitted to the queue, and report on its performance against that standard.",
        "The department's response.",
        "Agreed. The department will revise its call centre service standard and publish results quarterly."),
    "funding": (
        "The Treasury Board of Canada Secretariat, working with Employment and Social Development Canada, should "
        "review the funding model for Employment Insurance processing so that staffing can be adjusted in time "
        "to seasonal and economic changes in the volume of claims.",
        "The Treasury Board of Canada Secretariat's response.",
        "Agreed. The Secretariat will work with the department to review the funding model as part of the next "
        "Employment Insurance operating budget update, in the 2026\u201327 fiscal year."),
}
NUMS: dict[str, str] = {}


def rec(pdf, key):
    text, label, resp = RECS[key]
    pdf.set_font("sans", "B", 10.5)
    pdf.set_text_color(*RED)
    if pdf.get_y() + 30 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.cell(0, 6, "Recommendation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    NUMS[key] = np(pdf, text)
    pdf.set_x(pdf.l_margin + 12)
    pdf.set_font("serif", "", 11)
    pdf.multi_cell(pdf.epw - 12, 5.5, f"**{label}** {resp}", markdown=True, align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def sub(pdf, text):
    pdf.heading(text, size=11, before=2, after=1.2, color=(0, 0, 0))


def build_advice():
    pdf = OagDoc(footer_text="Report of the Auditor General of Canada to the Parliament of Canada \u2014 "
                 "Independent Auditor\u2019s Report \u2014 2025", header_text=f"Report 5 | {TITLE}")
    pdf.set_title(f"Report 5 \u2014 {TITLE}")
    pdf.set_author("Office of the Auditor General of Canada")
    pdf.add_page()
    pdf.set_fill_color(*RED)
    pdf.rect(0, 0, pdf.w, 14, style="F")
    pdf.set_y(30)
    pdf.para("Office of the Auditor General of Canada\nBureau du v\u00e9rificateur g\u00e9n\u00e9ral du Canada",
             family="sans", style="B", size=11, align="L")
    pdf.ln(28)
    pdf.para("Reports of the Auditor General of Canada\nto the Parliament of Canada", family="sans", size=14,
             align="L")
    pdf.para("Independent Auditor\u2019s Report", family="sans", size=11, align="L")
    pdf.ln(14)
    pdf.set_text_color(*RED)
    pdf.para("REPORT 5", family="sans", style="B", size=12, align="L")
    pdf.para(TITLE, family="sans", style="B", size=24, align="L", lh=11)
    pdf.set_text_color(0)
    pdf.para("Employment and Social Development Canada", family="sans", size=13, align="L")
    pdf.set_y(230)
    pdf.para("2025", family="sans", style="B", size=16, align="L")

    pdf.add_page()
    pdf.heading("Table of Contents", size=15, color=RED)
    for t, p in (("Introduction", "3"), ("Background", "3"), ("Focus of the audit", "3"),
                 ("Findings and Recommendations", "3"),
                 ("The department did not process claims requiring manual intervention on time", "3"),
                 ("Claimants could not get timely information about their claims", "4"),
                 ("Modernization of the benefits processing system was delayed", "5"),
                 ("Conclusion", "6"), ("About the Audit", "6"), ("Recommendations and Responses", "7")):
        indent = 0 if t in ("Introduction", "Findings and Recommendations", "Conclusion", "About the Audit",
                            "Recommendations and Responses") else 6
        pdf.set_font("sans", "B" if indent == 0 else "", 10.5)
        pdf.set_x(pdf.l_margin + indent)
        w = pdf.epw - indent - 10
        pdf.cell(w, 7, t + " " + "." * int((w - pdf.get_string_width(t)) / pdf.get_string_width(".") - 2))
        pdf.cell(10, 7, p, align="R", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.heading("Introduction", size=15, color=RED)
    sub(pdf, "Background")
    np(pdf, "Employment Insurance provides temporary income support to workers who lose their jobs through no "
       "fault of their own, and special benefits to workers who are sick, pregnant or caring for a newborn, an "
       "adopted child or a seriously ill family member. In the 2023\u201324 fiscal year, Employment and Social "
       "Development Canada received 3.1 million applications for Employment Insurance benefits and paid "
       "$23.1 billion in benefits.")
    np(pdf, "Most claims are processed automatically. Claims that the system cannot finalize, for example "
       "because a record of employment is missing or the reason for separation must be investigated, are "
       "referred to an agent for manual processing. In the 2023\u201324 fiscal year, 58% of claims required "
       "some manual intervention.")
    np(pdf, "Employment and Social Development Canada. The department, through Service Canada, is responsible "
       "for processing claims and answering enquiries from claimants through its call centres and in person. "
       "Its service standard is to pay or notify 80% of claimants of a decision within 28 days of filing.")
    np(pdf, "Treasury Board of Canada Secretariat. The Secretariat reviews the department's requests for "
       "operating funding for benefits processing and advises Treasury Board ministers on them.")
    sub(pdf, "Focus of the audit")
    np(pdf, "This audit focused on whether Employment and Social Development Canada processed Employment "
       "Insurance claims in a timely and accurate way and provided claimants with timely information about "
       "their claims.")
    np(pdf, "This audit is important because delays in processing claims leave workers without income when "
       "they need it most, and because the volume of claims can rise quickly in an economic downturn.")
    np(pdf, "More details about the audit objective, scope, approach and criteria are in About the Audit at "
       "the end of this report.")

    pdf.heading("Findings and Recommendations", size=15, color=RED)
    sub(pdf, "The department did not process claims requiring manual intervention on time")
    np(pdf, "We found that the department met its 28-day service standard overall in each year of the audit "
       "period, but only because claims processed automatically were paid quickly. For claims that required "
       "manual intervention, the department paid or notified only 43% of claimants within 28 days in the "
       "2023\u201324 fiscal year (Exhibit 5.1).")
    pdf.set_font("sans", "B", 9.5)
    pdf.cell(0, 6, "Exhibit 5.1\u2014Claims paid or notified within 28 days, by type of processing",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 9.5)
    with pdf.table(col_widths=(60, 30, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                   line_height=5.5, first_row_as_headings=True) as t:
        for r in (("Fiscal year", "Automated", "Manual", "All claims"), ("2021\u201322", "99%", "55%", "82%"),
                  ("2022\u201323", "98%", "47%", "81%"), ("2023\u201324", "99%", "43%", "80%")):
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.set_font("sans", "", 8.5)
    pdf.cell(0, 5, "Source: Based on data from Employment and Social Development Canada",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    np(pdf, "Because the service standard is reported only for all claims together, the department's "
       "public reporting did not show the delays experienced by the claimants whose claims were most "
       "complex. The department had no separate standard for these claims.")
    rec(pdf, "standards")
    np(pdf, "We also found that the number of claims waiting more than 90 days for a decision grew from 21,000 "
       "in March 2022 to 64,000 in March 2024. The department had not analysed why these claims were waiting, "
       "and had no plan to reduce the inventory.")
    np(pdf, "Claims in the aged inventory were mostly claims for which the department was waiting for "
       "information from an employer, and claims referred for an investigation of the reason the claimant "
       "left the job.")
    rec(pdf, "inventory")
    sub(pdf, "Claimants could not get timely information about their claims")
    np(pdf, "We found that the status messages shown to claimants in My Service Canada Account were often "
       "inaccurate. In a sample of 120 claims waiting for manual processing, 47 showed the message \u201cYour "
       "claim is being processed\u201d although no agent had been assigned to the claim.")
    rec(pdf, "status")
    np(pdf, "The department reported that it answered 80% of calls to its Employment Insurance call centres "
       "within 10 minutes. However, this measure counted only calls admitted to the queue. In the 2023\u201324 "
       "fiscal year, 39% of callers heard a message that the lines were busy and were disconnected before "
       "they could reach the queue.")
    np(pdf, "When we included the callers who were not admitted to the queue, fewer than half of those who "
       "called reached an agent on the day they called.")
    rec(pdf, "calls")
    sub(pdf, "Modernization of the benefits processing system was delayed")
    np(pdf, "The department's Benefits Delivery Modernization programme is to replace the 50-year-old system "
       "that processes Employment Insurance claims. When the programme was approved in 2017, Employment "
       "Insurance was to move to the new platform in 2022. In 2024 the department expected the move to take "
       "place in the 2027\u201328 fiscal year, and the programme's estimated cost had risen from $1.75 billion "
       "to $2.6 billion.")
    np(pdf, "The department had not reported to Parliament on the revised timelines or costs since 2022.")
    rec(pdf, "bdm")
    np(pdf, "We found that the department's funding for processing is set each year on the basis of the "
       "number of claims forecast in the previous autumn. When claims rose unexpectedly in the winter of "
       "2023\u201324, the department could not hire and train agents quickly enough, because additional "
       "funding had to be requested through the Secretariat.")
    rec(pdf, "funding")
    np(pdf, "Overpayments. We also found that overpayments of Employment Insurance benefits rose to "
       "$1.1 billion in the 2023\u201324 fiscal year, of which the department had recovered 38%. We make no "
       "recommendation on overpayments in this report, because the department has started a review of its "
       "recovery processes.")

    pdf.heading("Conclusion", size=15, color=RED)
    np(pdf, "We concluded that Employment and Social Development Canada did not process Employment Insurance "
       "claims requiring manual intervention in a timely way, and did not give claimants timely and accurate "
       "information about their claims.")
    pdf.heading("About the Audit", size=15, color=RED)
    pdf.para("This independent assurance report was prepared by the Office of the Auditor General of Canada on "
             "Employment Insurance claims processing. Our responsibility was to provide objective information, "
             "advice and assurance to assist Parliament in its scrutiny of the government\u2019s management of "
             "resources and programs. The audit covered the period from 1 April 2021 to 31 March 2024. Audit "
             "work for this report was substantially completed on 14 February 2025.", size=10)
    pdf.para("Audit team. This audit was completed by a multidisciplinary team from across the Office of the "
             "Auditor General of Canada led by Jean-Fran\u00e7ois Nadeau, Principal.", size=10)

    pdf.add_page()
    pdf.heading("Recommendations and Responses", size=15, color=RED)
    pdf.para("Responses appear as they were received by the Office of the Auditor General of Canada.", size=10)
    pdf.set_font("serif", "", 9.5)
    with pdf.table(col_widths=(50, 50), line_height=4.8, first_row_as_headings=True, markdown=True,
                   text_align="LEFT") as t:
        row = t.row()
        row.cell("Recommendation")
        row.cell("Response")
        for key in ("standards", "inventory", "status", "calls", "bdm", "funding"):
            text, label, resp = RECS[key]
            row = t.row()
            row.cell(f"**{NUMS[key]}** {text}")
            row.cell(f"**{label}** {resp}")
    out = H.DOCS / "blind16_en_auditor_general_advice.pdf"
    pdf.output(str(out))
    return out


PLAN = [  # recommendation cell, response, actions, date
    ("standards", "Agreed.",
     "Set separate service standards for initial and renewal claims referred for manual processing. Publish "
     "performance against the new standards in the Departmental Results Report, starting with the 2025\u201326 "
     "report.", "March 2026 (standards); November 2026 (first report)"),
    (("inventory", "status"), "Agreed.",
     "Complete the root cause analysis of claims waiting more than 90 days, with a target of fewer than "
     "20,000 aged claims by March 2026. Replace the generic status message with one that tells claimants "
     "whether an agent has been assigned, and add claim status messages to the monthly quality review.",
     "September 2025 (analysis); March 2026 (target and new messages)"),
    ("calls", "Agreed.",
     "Adopt a call centre standard that counts every caller, including callers who receive a busy message, "
     "and publish results each quarter on Canada.ca.", "April 2026"),
    ("bdm", "Agreed in part.",
     "Report annually to Parliament on programme costs and timelines, beginning with the 2025\u201326 "
     "Departmental Plan. The migration of Employment Insurance will follow the approved programme plan, "
     "which places it in the 2027\u201328 fiscal year; the department cannot commit to an earlier date "
     "without putting the payment of benefits at risk.", "Annually from 2025\u201326"),
]


def build_response():
    pdf = OagDoc(footer_text="Employment and Social Development Canada \u2014 Management Response and Action Plan",
                 header_text="Report 5 \u2014 Processing of Employment Insurance Claims")
    pdf.set_title("Letter from the Deputy Minister of Employment and Social Development Canada")
    pdf.set_author("Employment and Social Development Canada")
    pdf.add_page()
    pdf.set_font("sans", "B", 10)
    pdf.cell(pdf.epw / 2, 5, "Deputy Minister of Employment and")
    pdf.cell(pdf.epw / 2, 5, "Sous-ministre de l\u2019Emploi et", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(pdf.epw / 2, 5, "Social Development")
    pdf.cell(pdf.epw / 2, 5, "du D\u00e9veloppement social", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 9)
    pdf.cell(pdf.epw / 2, 5, "Ottawa, Canada K1A 0J9")
    pdf.cell(pdf.epw / 2, 5, "Ottawa (Canada) K1A 0J9", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.para("April 3, 2025", align="L")
    pdf.para("Ms. Karen Hogan, FCPA\nAuditor General of Canada\nOffice of the Auditor General of Canada\n"
             "240 Sparks Street\nOttawa, Ontario  K1A 0G6", align="L")
    pdf.para("Dear Ms. Hogan:", align="L")
    pdf.para("**Re: Report 5 \u2014 Processing of Employment Insurance Claims**", align="L")
    for t in ("Thank you for your letter of March 10, 2025, and for the opportunity to respond to the "
              "recommendations in your report on the processing of Employment Insurance claims. I would like to "
              "thank your team for the professional and constructive way in which the audit was conducted.",
              "Employment and Social Development Canada agrees with four of the five recommendations addressed to "
              "it and agrees in part with the recommendation on the Benefits Delivery Modernization programme. "
              "The attached Management Action Plan sets out the actions the department will take and the dates "
              "by which they will be completed. The recommendation on the funding model for Employment Insurance "
              "processing is addressed to the Treasury Board of Canada Secretariat, which has provided its own "
              "response to your Office.",
              "With respect to overpayments, I would note that the figure of $1.1 billion reported in the audit "
              "includes overpayments established in the course of pandemic benefit reconciliation, which "
              "account for about a third of the total; the department will share the results of its review of "
              "recovery processes with your Office in the fall.",
              "Employment Insurance is a lifeline for Canadian workers, and the department is committed to paying "
              "benefits quickly and accurately, in particular when demand is high."):
        pdf.para(t)
    pdf.para("Yours sincerely,", align="L", after=10)
    pdf.para("Catherine Morel\nDeputy Minister", align="L")
    pdf.para("Enclosure", align="L", size=9.5)
    pdf.add_page()
    pdf.heading("Management Action Plan", size=14, color=(0, 0, 0))
    pdf.para("Office of the Auditor General of Canada \u2014 Report 5, Processing of Employment Insurance "
             "Claims", size=10, align="L")
    pdf.set_font("serif", "", 9.5)
    with pdf.table(col_widths=(44, 16, 62, 24), line_height=4.8, first_row_as_headings=True, markdown=True,
                   text_align="LEFT") as t:
        row = t.row()
        for h in ("OAG recommendation", "Response", "Departmental action", "Target completion date"):
            row.cell(h)
        for keys, verdict, action, date in PLAN:
            keys = keys if isinstance(keys, tuple) else (keys,)
            head = " and ".join(NUMS[k] for k in keys)
            label = "Paragraphs" if len(keys) > 1 else "Paragraph"
            text = "\n\n".join(RECS[k][0] for k in keys)
            row = t.row()
            row.cell(f"**{label} {head}**\n{text}")
            row.cell(f"**{verdict}**")
            row.cell(action)
            row.cell(date)
    out = H.DOCS / "blind16_en_auditor_general_response.pdf"
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build_advice())
    print(build_response())
    print(NUMS)

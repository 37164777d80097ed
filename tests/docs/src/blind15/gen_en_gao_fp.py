"""Blind round 15 (en): GAO-style audit report + Appendix II, the agency's comments letter.
Engine: fpdf2 (Liberation Serif/Sans, subset-embedded), US Letter.

Run from the repository root with a venv outside the repository holding reportlab, fpdf2 and pymupdf:
    /tmp/blind15enenv/bin/python tests/docs/src/blind15/gen_en_gao_fp.py
Writes tests/docs/blind15_en_gao_advice.pdf (the report without Appendix II) and
tests/docs/blind15_en_gao_response.pdf (Appendix II: the department's comments letter, as printed in the report);
check with  /tmp/blind15enenv/bin/python tests/docs/src/blind15/_en_b15.py blind15_en_gao
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _en_b15 as H

REPORT = "GAO-25-107318"
SHORT = "Public Housing"
TITLE = ("PUBLIC HOUSING: HUD Should Strengthen Oversight of Inspections and Repairs at Public Housing "
         "Agencies")
BLUE = (0, 70, 127)

Base = H.fp_doc_class()


class GaoDoc(Base):
    """GAO page furniture: section name top left, 'Page N  GAO-xx-xxxxxx Short title' at the foot, footnotes
    printed above the footer rule of the page on which they were called."""

    def __init__(self, *, first_page_number=1, **kw):
        super().__init__(**kw)
        self.section = ""
        self.notes: dict[int, list[tuple[str, str]]] = {}
        self.offset = first_page_number - 1
        self.set_auto_page_break(True, 34)
        self.plain_pages = {1}
        self.numbered_from = 1

    def header(self):
        if self.page_no() in self.plain_pages or not self.section:
            return
        self.set_font("sans", "", 9)
        self.set_text_color(60)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, self.section)
        self.set_xy(self.l_margin, 22)
        self.set_text_color(0)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        if notes:
            y = self.h - 26 - 4.2 * sum(1 + len(t) // 110 for _, t in notes)
            self.set_draw_color(0)
            self.line(self.l_margin, y - 2, self.l_margin + 45, y - 2)
            self.set_y(y)
            self.set_font("serif", "", 8.5)
            for mark, text in notes:
                self.set_x(self.l_margin)
                self.multi_cell(self.epw, 4.2, f"{mark}{text}", new_x="LMARGIN", new_y="NEXT")
        if self.page_no() in self.plain_pages or self.page_no() < self.numbered_from:
            return
        self.set_y(-15)
        self.set_draw_color(120)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("sans", "", 8.5)
        self.cell(30, 5, f"Page {self.page_no() + self.offset}")
        self.cell(0, 5, f"{REPORT}  {SHORT}", align="R")

    def note(self, mark: str, text: str):
        self.notes.setdefault(self.page_no(), []).append((mark, text))

    def gao_heading(self, text, size=13):
        self.heading(text, size=size, before=3, after=1.5, color=BLUE)


RECS = [
    "The Assistant Secretary for Public and Indian Housing should ensure that the Real Estate Assessment Center "
    "inspects every public housing property at the frequency required by the NSPIRE rule, and reports quarterly "
    "to the Assistant Secretary on properties that are overdue for inspection.",
    "The Assistant Secretary for Public and Indian Housing should require public housing agencies to certify "
    "within 30 days that severe deficiencies identified in inspections have been corrected, and should verify a "
    "sample of those certifications each year.",
    "The Assistant Secretary for Public and Indian Housing should update the Public Housing Assessment System "
    "guidance so that physical condition scores are calculated consistently with the NSPIRE scoring "
    "methodology.",
    "The Secretary of Housing and Urban Development should seek legislative authority to withhold Capital Fund "
    "grants from public housing agencies that fail to correct severe deficiencies within the required time "
    "frames.",
    "The Assistant Secretary for Public and Indian Housing should develop and implement a process to link "
    "inspection results to Capital Fund planning data, so that field offices can identify agencies whose "
    "capital plans do not address the deficiencies found.",
    "The Assistant Secretary for Public and Indian Housing should assess whether the Office of Field Operations "
    "has the staff and expertise it needs to oversee public housing agencies designated as troubled, and "
    "document the results of that assessment.",
]


def para(pdf, text, after=2.6):
    pdf.para(text, size=11, after=after, align="L")


def build_advice():
    pdf = GaoDoc(fmt="Letter", family="serif", size=11)
    pdf.set_title(TITLE)
    pdf.set_author("U.S. Government Accountability Office")
    pdf.set_margins(28, 20, 24)
    # cover
    pdf.add_page()
    pdf.set_font("sans", "B", 11)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 6, "United States Government Accountability Office", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(*BLUE)
    pdf.set_line_width(0.8)
    pdf.line(28, 29, pdf.w - 24, 29)
    pdf.set_line_width(0.2)
    pdf.set_text_color(0)
    pdf.set_xy(28, 40)
    pdf.set_font("sans", "", 12)
    pdf.cell(0, 6, "Report to Congressional Requesters", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(28, 60)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 6, "July 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(28, 80)
    pdf.set_font("sans", "B", 20)
    pdf.multi_cell(0, 9, "PUBLIC HOUSING", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 17)
    pdf.multi_cell(0, 8, "HUD Should Strengthen Oversight of Inspections and Repairs at Public Housing Agencies",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(28, 235)
    pdf.set_font("sans", "B", 12)
    pdf.cell(0, 6, REPORT)
    # highlights
    pdf.numbered_from = 4
    pdf.section = "Highlights of " + REPORT + ", a report to congressional requesters"
    pdf.add_page()
    pdf.heading("GAO Highlights", size=15, before=0, color=BLUE)
    pdf.set_font("sans", "B", 12)
    pdf.multi_cell(0, 6, "PUBLIC HOUSING\nHUD Should Strengthen Oversight of Inspections and Repairs at Public "
                   "Housing Agencies", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.heading("Why GAO Did This Study", size=11, before=2, color=BLUE)
    para(pdf, "About 1.6 million people live in roughly 800,000 public housing units managed by some 2,800 public "
              "housing agencies. HUD inspects these properties and, since 2023, has used the National Standards "
              "for the Physical Inspection of Real Estate (NSPIRE). You asked GAO to review HUD's oversight of "
              "inspections and repairs. This report examines (1) the timeliness of HUD's inspections, (2) how "
              "HUD ensures that deficiencies are corrected, and (3) how HUD uses inspection results to oversee "
              "agencies.")
    pdf.heading("What GAO Found", size=11, before=2, color=BLUE)
    para(pdf, "HUD did not inspect about 31 percent of public housing properties within the time frames its "
              "rules require in fiscal years 2023 and 2024. HUD relies on agencies to self-certify that severe "
              "deficiencies have been corrected and does not verify these certifications. GAO found that "
              "inspection results are not linked to the Capital Fund data that HUD uses to review agencies' "
              "capital plans.")
    pdf.heading("What GAO Recommends", size=11, before=2, color=BLUE)
    para(pdf, "GAO is making six recommendations to HUD, including that it verify a sample of agencies' repair "
              "certifications and link inspection results to Capital Fund planning. HUD concurred with three "
              "recommendations, partially concurred with one, did not concur with one, and neither agreed nor "
              "disagreed with one. GAO continues to believe that all six recommendations are warranted.")
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 4.5, f"View {REPORT}. For more information, contact Alicia Puente Cackley at (202) 512-8678 "
                   "or cackleya@gao.gov.", new_x="LMARGIN", new_y="NEXT")
    # contents
    pdf.section = "Contents"
    pdf.add_page()
    pdf.heading("Contents", size=15, before=0, color=BLUE)
    pdf.set_font("sans", "", 10.5)
    for t, p in (("Letter", "1"), ("Background", "1"),
                 ("HUD Did Not Inspect About 31 Percent of Properties on Time", "1"),
                 ("HUD Does Not Verify That Severe Deficiencies Are Corrected", "2"),
                 ("HUD Does Not Use Inspection Results to Oversee Capital Planning", "2"),
                 ("Conclusions", "2"), ("Recommendations for Executive Action", "2"),
                 ("Agency Comments and Our Evaluation", "3"),
                 ("Appendix I    Objectives, Scope, and Methodology", "4"),
                 ("Appendix II   Comments from the Department of Housing and Urban Development", "5"),
                 ("Appendix III  GAO Contact and Staff Acknowledgments", "8")):
        pdf.cell(pdf.epw - 12, 7, t)
        pdf.cell(12, 7, p, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 4.5, "Abbreviations\nHUD    Department of Housing and Urban Development\nNSPIRE    National "
                   "Standards for the Physical Inspection of Real Estate\nPHAS    Public Housing Assessment System\n"
                   "REAC    Real Estate Assessment Center", new_x="LMARGIN", new_y="NEXT")
    # letter
    pdf.section = "Letter"
    pdf.add_page()
    pdf.offset = -3  # the letter starts on page 1
    pdf.set_font("sans", "B", 11)
    pdf.cell(0, 6, "441 G St. N.W.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Washington, DC 20548", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "July 15, 2025")
    para(pdf, "The Honorable Maxine Waters\nRanking Member\nCommittee on Financial Services\nHouse of "
              "Representatives", after=2)
    para(pdf, "The Honorable Emanuel Cleaver, II\nRanking Member\nSubcommittee on Housing and Insurance\n"
              "Committee on Financial Services\nHouse of Representatives")
    para(pdf, "Public housing is home to about 1.6 million people, many of them older adults, people with "
              "disabilities, and families with children. The Department of Housing and Urban Development (HUD) "
              "provides about $8 billion a year in operating and capital funds to the agencies that manage "
              "these properties and is responsible for ensuring that the housing is decent, safe, and sanitary.\u00b9")
    pdf.note("1", " 42 U.S.C. 1437. HUD's Public Housing Capital Fund provided $3.4 billion in fiscal year 2024.")
    para(pdf, "You asked us to review HUD's oversight of physical inspections and repairs at public housing "
              "agencies. This report examines (1) the extent to which HUD has inspected properties within "
              "required time frames, (2) how HUD ensures that deficiencies identified in inspections are "
              "corrected, and (3) how HUD uses inspection results in its oversight of agencies' capital "
              "planning.")
    para(pdf, "We conducted this performance audit from May 2024 to July 2025 in accordance with generally "
              "accepted government auditing standards. Appendix I describes our objectives, scope, and "
              "methodology.")
    pdf.gao_heading("Background")
    para(pdf, "HUD's Real Estate Assessment Center (REAC) inspects public housing properties every 1, 2, or 3 "
              "years depending on each property's previous score. In July 2023, HUD replaced its Uniform Physical "
              "Condition Standards with NSPIRE, which classifies deficiencies as life-threatening, severe, "
              "moderate, or low.\u00b2")
    pdf.note("2", " Economic Growth Regulatory Relief and Consumer Protection Act, Pub. L. No. 115-174, "
                  "\u00a7 312 (2018), and 88 Fed. Reg. 30442 (May 11, 2023).")
    para(pdf, "Agencies must correct life-threatening deficiencies within 24 hours and severe deficiencies within "
              "30 days, and certify the corrections to HUD.")
    pdf.gao_heading("HUD Did Not Inspect About 31 Percent of Properties on Time")
    para(pdf, "Of the 6,730 public housing properties due for inspection in fiscal years 2023 and 2024, 2,086 "
              "(31 percent) were not inspected within the required time frame. HUD officials attributed the "
              "backlog to the transition to NSPIRE and to inspector vacancies. REAC does not produce routine "
              "reports on overdue inspections.")
    pdf.gao_heading("HUD Does Not Verify That Severe Deficiencies Are Corrected")
    para(pdf, "HUD relies on agencies' certifications that deficiencies have been corrected. In our review of 60 "
              "certifications at nine agencies, we found that repairs had not been made, or had been made only "
              "in part, for 14 of them. HUD does not verify any sample of certifications.")
    para(pdf, "HUD has no means of withholding funds from agencies that repeatedly fail to correct deficiencies, "
              "other than designating them as troubled, a process that can take more than a year.")
    pdf.gao_heading("HUD Does Not Use Inspection Results to Oversee Capital Planning")
    para(pdf, "HUD field offices review agencies' 5-year capital plans, but inspection data and capital plan data "
              "are held in separate systems that are not linked. Field office staff told us that they rarely "
              "compare the two. HUD's Public Housing Assessment System guidance also has not been updated to "
              "reflect NSPIRE scoring, so agencies' physical condition scores are calculated inconsistently.")
    para(pdf, "Staff of HUD's Office of Field Operations oversee about 200 agencies designated as troubled. "
              "Officials told us the office has lost 18 percent of its staff since 2020 but has not assessed "
              "its workforce needs.")
    pdf.gao_heading("Conclusions")
    para(pdf, "Residents of public housing depend on HUD to make sure that their homes are safe. Without timely "
              "inspections, verified repairs, and the use of inspection results in capital planning, HUD cannot "
              "be sure that the billions of dollars it provides each year result in decent, safe, and sanitary "
              "housing.")
    pdf.gao_heading("Recommendations for Executive Action")
    para(pdf, "We are making the following six recommendations to HUD:")
    for i, r in enumerate(RECS, 1):
        para(pdf, f"{r} (Recommendation {i})")
    pdf.gao_heading("Agency Comments and Our Evaluation")
    para(pdf, "We provided a draft of this report to HUD for review and comment. In its comments, reproduced in "
              "appendix II, HUD concurred with three of our recommendations, partially concurred with one, did "
              "not concur with one, and neither agreed nor disagreed with one. HUD also provided technical "
              "comments, which we incorporated as appropriate.")
    para(pdf, "HUD did not concur with our fourth recommendation, stating that existing remedies are sufficient. "
              "We continue to believe that HUD needs a more timely remedy than a troubled designation to ensure "
              "that severe deficiencies are corrected.")
    para(pdf, "We are sending copies of this report to the appropriate congressional committees and the "
              "Secretary of Housing and Urban Development. In addition, the report is available at no charge on "
              "the GAO website at https://www.gao.gov.")
    para(pdf, "Alicia Puente Cackley\nDirector, Financial Markets and Community Investment")
    # appendix I
    pdf.section = "Appendix I: Objectives, Scope, and Methodology"
    pdf.add_page()
    pdf.gao_heading("Appendix I: Objectives, Scope, and Methodology", size=14)
    para(pdf, "To examine the timeliness of inspections, we analyzed REAC inspection data for all public housing "
              "properties due for inspection in fiscal years 2023 and 2024. We assessed the reliability of these "
              "data by reviewing documentation and interviewing officials, and found them sufficiently reliable "
              "for our purposes.")
    para(pdf, "To examine how HUD ensures that deficiencies are corrected, we selected a nongeneralizable sample "
              "of nine public housing agencies, varying by size and region, reviewed 60 certifications of "
              "corrected deficiencies, and visited 41 units to observe whether the repairs had been made.")
    para(pdf, "To examine HUD's use of inspection results, we reviewed HUD guidance and interviewed officials in "
              "the Office of Public and Indian Housing, REAC, and six field offices.")
    out = H.DOCS / "blind15_en_gao_advice.pdf"
    pdf.output(str(out))
    return out


RESP = [
    ("HUD concurs with this recommendation. REAC has filled 46 inspector positions since October 2024 and "
     "expects to eliminate the inspection backlog by the end of fiscal year 2026. Beginning in the first quarter "
     "of fiscal year 2026, REAC will provide the Assistant Secretary with a quarterly report of properties that "
     "are overdue for inspection.", "Target completion date: December 31, 2025."),
    ("HUD partially concurs with this recommendation. Under NSPIRE, agencies are already required to certify "
     "the correction of severe deficiencies within 30 days, so no further requirement is needed. HUD agrees to "
     "verify a sample of certifications, but it does not have the staff to do so for every agency each year. "
     "Beginning in fiscal year 2026, HUD will verify a sample of certifications only for agencies designated as "
     "troubled or substandard.", "Target completion date: September 30, 2026."),
    ("HUD concurs with this recommendation and considers it implemented. On May 2, 2025, HUD published Notice "
     "PIH 2025-11, which revises the PHAS physical condition indicator so that scores are calculated on the "
     "NSPIRE methodology. HUD requests that GAO close this recommendation as implemented.", None),
    ("HUD non-concurs with this recommendation. Withholding Capital Fund grants would reduce the resources "
     "available for the very repairs the recommendation seeks to secure, and would harm residents rather than "
     "agencies. HUD believes its existing remedies, including troubled designations, corrective action plans, "
     "and receivership, are sufficient, and it does not intend to seek additional legislative authority.", None),
    ("HUD concurs with this recommendation. The Office of Capital Improvements will add REAC inspection results "
     "to the Energy and Performance Information Center (EPIC) so that field office staff can compare the "
     "deficiencies found with each agency's 5-year action plan.", "Target completion date: June 30, 2026."),
    ("HUD takes no position on this recommendation at this time. The Office of Field Operations is part of a "
     "Department-wide workforce review that is still under way. HUD will consider whether a separate "
     "assessment of the office is needed once that review is complete and will provide GAO with an update.",
     None),
]


def build_response():
    pdf = GaoDoc(fmt="Letter", family="serif", size=11, first_page_number=5)
    pdf.set_title("Appendix II: Comments from the Department of Housing and Urban Development")
    pdf.set_author("U.S. Government Accountability Office")
    pdf.set_margins(28, 20, 24)
    pdf.plain_pages = set()
    pdf.section = "Appendix II: Comments from the Department of Housing and Urban Development"
    pdf.add_page()
    pdf.gao_heading("Appendix II: Comments from the Department of Housing and Urban Development", size=14)
    pdf.ln(2)
    pdf.set_font("sans", "B", 10)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, 5, "U.S. DEPARTMENT OF HOUSING AND URBAN DEVELOPMENT\nWASHINGTON, DC 20410-5000",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sans", "", 9)
    pdf.multi_cell(0, 5, "OFFICE OF PUBLIC AND INDIAN HOUSING", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(4)
    para(pdf, "June 27, 2025")
    para(pdf, "Ms. Alicia Puente Cackley\nDirector, Financial Markets and Community Investment\nU.S. Government "
              "Accountability Office\n441 G Street, NW\nWashington, DC 20548")
    para(pdf, "Dear Ms. Cackley:")
    para(pdf, f"Thank you for the opportunity to review and comment on the Government Accountability Office's "
              f"(GAO) draft report, {REPORT}, Public Housing: HUD Should Strengthen Oversight of Inspections and "
              "Repairs at Public Housing Agencies. The Department of Housing and Urban Development (HUD) "
              "appreciates GAO's work and shares its commitment to ensuring that public housing is decent, safe, "
              "and sanitary.")
    para(pdf, "Before responding to the recommendations, HUD wishes to comment on GAO's description of the "
              "inspection backlog. The draft report does not reflect that the backlog arose largely from the "
              "suspension of inspections during the COVID-19 pandemic, which Congress authorized, and that REAC "
              "inspected more properties in fiscal year 2024 than in any year since 2019.")
    para(pdf, "HUD's responses to the recommendations follow.")
    for i, (text, date) in enumerate(RESP):
        pdf.set_font("serif", "B", 11)
        pdf.multi_cell(0, 5.5, f"Recommendation {i + 1}: ", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("serif", "I", 11)
        pdf.multi_cell(0, 5.5, RECS[i], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        pdf.para(f"**HUD Response:** {text}", size=11, after=1.5, align="L")
        if date:
            pdf.para(date, size=11, after=1.5, align="L")
        pdf.ln(2)
    para(pdf, "If you have any questions, please contact Dominique Blom, General Deputy Assistant Secretary for "
              "Public and Indian Housing, at (202) 708-0950.")
    para(pdf, "Sincerely,\n\nRichard J. Monocchio\nPrincipal Deputy Assistant Secretary\nOffice of Public and "
              "Indian Housing")
    out = H.DOCS / "blind15_en_gao_response.pdf"
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build_advice())
    print(build_response())

"""Round 23 (EN): US state auditor report (California State Auditor house style) with unnumbered
'To ..., X should ...' recommendations under addressee sub-headings at the end of each chapter, and the
department's response letter that numbers only its own recommendations, with circled margin markers and the
State Auditor's comments on the response. Engine: fpdf2, US Letter, Liberation fonts.

Regenerate: /tmp/blind23en/bin/python tests/docs/src/blind23/gen_en_ca_state_auditor_fp.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fpdf import FPDF  # noqa: E402

from _b23en import FONTS, out, write_expected  # noqa: E402

PAIR = "blind23_en_ca_state_auditor"
NAVY = (0, 45, 98)
GOLD = (176, 133, 38)


class Doc(FPDF):
    def __init__(self, running, first_plain=True):
        super().__init__(format="letter", unit="pt")
        self.running = running
        self.first_plain = first_plain
        self.notes = {}
        for style, f in [("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")]:
            self.add_font("LibSerif", style, f"{FONTS}/LiberationSerif-{f}.ttf")
            self.add_font("LibSans", style, f"{FONTS}/LiberationSans-{f}.ttf")
        self.set_margins(72, 64, 72)
        self.set_auto_page_break(True, 86)

    def header(self):
        if self.page_no() == 1 and self.first_plain:
            return
        self.set_font("LibSans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(72, 34)
        self.cell(0, 10, self.running, align="R")
        self.set_draw_color(*GOLD)
        self.line(72, 47, self.w - 72, 47)
        self.set_text_color(0, 0, 0)
        self.set_y(64)

    def footer(self):
        notes = self.notes.get(self.page_no())
        if notes:
            self.set_draw_color(120, 120, 120)
            self.line(72, self.h - 80, 200, self.h - 80)
            self.set_xy(72, self.h - 76)
            self.set_font("LibSerif", "", 8)
            for n in notes:
                self.multi_cell(self.w - 144, 10, n)
        self.set_font("LibSans", "", 8.5)
        self.set_xy(72, self.h - 44)
        self.cell(0, 10, f"{self.page_no()}", align="C")

    def footnote(self, text):
        self.notes.setdefault(self.page_no(), []).append(text)

    def para(self, text, size=11, style="", lh=15, after=8, indent=0):
        self.set_font("LibSerif", style, size)
        self.set_x(72 + indent)
        self.multi_cell(self.w - 144 - indent, lh, text, markdown=True)
        self.ln(after)

    def hd(self, text, size=15, color=NAVY, before=6, after=6):
        self.ln(before)
        self.set_font("LibSans", "B", size)
        self.set_text_color(*color)
        self.set_x(72)
        self.multi_cell(self.w - 144, size * 1.25, text, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullet(self, text, size=10.5, indent=14):
        self.set_font("LibSerif", "", size)
        y = self.get_y()
        self.set_xy(72 + indent - 10, y)
        self.cell(10, 14, "\u2022")
        self.set_xy(72 + indent + 4, y)
        self.multi_cell(self.w - 144 - indent - 4, 14, text, markdown=True)
        self.ln(4)

    def marker(self, n):
        """Circled margin number, as the State Auditor prints beside passages it comments on."""
        y = self.get_y()
        self.set_draw_color(*NAVY)
        self.set_line_width(0.8)
        self.ellipse(33, y, 15, 15)
        self.set_font("LibSans", "B", 8.5)
        self.set_text_color(*NAVY)
        self.set_xy(33, y + 2.5)
        self.cell(15, 10, str(n), align="C")
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)


REC_CH1_LEG = [
    "To ensure that complaints alleging serious harm to residents receive timely attention, the Legislature "
    "should amend state law to require Social Services to begin an onsite investigation of such complaints "
    "within two business days of receiving them.",
]
REC_CH1_SS = [
    "To eliminate its backlog of open complaint investigations, Social Services should, by March 2026, develop "
    "and implement a workload plan that sets targets for each regional office and reassigns staff from other "
    "programs where necessary.",
    "To ensure that it prioritizes complaints according to risk, Social Services should revise its complaint "
    "triage procedures by June 2026 so that every complaint is assigned a priority level within one business "
    "day of receipt.",
    "Beginning in July 2026, Social Services should publish on its website each quarter the number of open "
    "complaint investigations and the average number of days taken to close them, by regional office.",
]
REC_CH2_SS = [
    "To make certain that facilities correct the deficiencies it identifies, Social Services should conduct a "
    "follow-up visit within 30 days for every Type A citation and document the result in its case management "
    "system.",
    "To promote consistency among its regional offices, Social Services should update the training it gives "
    "licensing program analysts by December 2026 to include its standards for substantiating allegations.",
    "Social Services should request, through the annual budget process, the additional positions it needs "
    "to meet the investigation and follow-up time frames we recommend.",
]
REC_CH2_LEG = [
    "To improve legislative oversight of the licensing program, the Legislature should require Social "
    "Services to report annually on the timeliness of its complaint investigations and follow-up visits.",
]


def advice():
    d = Doc("Report 2025-108  |  October 2025")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 118, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("LibSans", "B", 24)
    d.set_xy(72, 40)
    d.cell(0, 28, "CALIFORNIA STATE AUDITOR")
    d.set_font("LibSans", "", 10)
    d.set_xy(72, 74)
    d.cell(0, 12, "621 Capitol Mall, Suite 1200   |   Sacramento, CA 95814   |   916.445.0255   |   auditor.ca.gov")
    d.set_text_color(0, 0, 0)
    d.set_y(150)
    d.para("October 21, 2025\n2025-108", size=11)
    d.para("The Governor of California\nPresident pro Tempore of the Senate\nSpeaker of the Assembly\n"
           "State Capitol\nSacramento, California 95814", size=11)
    d.para("Dear Governor and Legislative Leaders:")
    d.para("As directed by the Joint Legislative Audit Committee, my office conducted an audit of the California "
           "Department of Social Services' (Social Services) Community Care Licensing Division and its handling "
           "of complaints about adult residential care facilities. In general, we determined that Social Services "
           "has not investigated complaints promptly, and that delays have left some residents exposed to "
           "continuing risk of harm.")
    d.para("At the end of fiscal year 2024-25, Social Services had more than 4,900 open complaint investigations, "
           "about 1,300 of which had been open for more than 90 days. Our review of 60 complaints found that "
           "Social Services took an average of 11 days to begin investigating allegations of serious harm, even "
           "though its own policy calls for a visit within 10 days. Further, when its analysts cited facilities "
           "for serious deficiencies, Social Services did not consistently confirm that the facilities had "
           "corrected them.")
    d.para("This report concludes that Social Services needs a plan to reduce its backlog and clearer "
           "procedures for prioritizing complaints, and that the Legislature should consider setting time frames "
           "in state law.")
    d.para("Respectfully submitted,\n\n**MARGARET O. LINDQVIST, CPA**\nCalifornia State Auditor")

    d.add_page()
    d.hd("Adult Residential Care Facilities", size=18)
    d.hd("Social Services Has Not Investigated Complaints Promptly, Leaving Residents at Risk", size=12.5,
        color=(60, 60, 60), before=0)
    d.hd("Key Findings", size=12)
    for b in ["Social Services had 1,318 complaint investigations open for more than 90 days at June 30, 2025, "
              "almost three times the number five years earlier.",
              "In 23 of the 60 complaints we reviewed, Social Services did not begin its investigation within the "
              "10 days its policy requires.",
              "Social Services did not verify that facilities had corrected 17 of the 35 serious deficiencies "
              "we reviewed."]:
        d.bullet(b)
    d.hd("Key Recommendations", size=12)
    for b in ["The Legislature should set a time frame in law for starting investigations of serious "
              "allegations.",
              "Social Services should develop a workload plan to eliminate its backlog and revise how it "
              "prioritizes complaints.",
              "Social Services should confirm through follow-up visits that facilities correct serious "
              "deficiencies."]:
        d.bullet(b)
    d.hd("Introduction", size=15, before=10)
    d.hd("Background", size=12, before=0)
    d.para("Adult residential facilities and residential care facilities for the elderly provide housing, meals "
           "and help with daily activities to more than 190,000 Californians. Social Services' Community Care "
           "Licensing Division (Licensing) licenses these facilities, inspects them, and investigates complaints "
           "made by residents, family members, and others.")
    d.para("Licensing operates through 11 regional offices. Licensing program analysts (analysts) investigate "
           "complaints and cite facilities for deficiencies. A Type A citation is issued for a deficiency that "
           "presents an immediate or substantial risk to the health or safety of residents; a Type B citation "
           "covers deficiencies that could become a risk if not corrected.")
    d.footnote("1  Health and Safety Code sections 1569.35 and 1538 set out the requirements for complaint "
               "investigations; neither sets a time frame for starting an investigation.")
    d.para("State law requires Social Services to investigate every complaint it receives but does not say how "
           "quickly it must do so.\u00b9 Social Services' own Evaluator Manual asks analysts to make an onsite "
           "visit within 10 days of receiving a complaint.")

    d.add_page()
    d.hd("Chapter 1", size=11, color=GOLD, before=0, after=0)
    d.hd("Social Services Has Allowed a Large Backlog of Complaint Investigations to Build", size=15, before=0)
    d.para("The number of open complaint investigations has grown each year since fiscal year 2020-21. Licensing "
           "managers told us that vacancies among analysts, which reached 18 percent in 2024, and an increase in "
           "the number of complaints received both contributed to the growth. However, Social Services has not "
           "prepared a plan that sets out how and when it will reduce the backlog.")
    d.set_font("LibSans", "B", 9.5)
    d.set_x(72)
    d.cell(0, 14, "Table 1  Open Complaint Investigations at June 30 of Each Year", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LibSans", "", 9.5)
    rows = [("Year", "Open investigations", "Open more than 90 days"), ("2021", "2,610", "452"),
            ("2022", "3,044", "611"), ("2023", "3,587", "809"), ("2024", "4,236", "1,077"),
            ("2025", "4,932", "1,318")]
    with d.table(col_widths=(60, 130, 150), width=340, align="LEFT", line_height=13) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("LibSans", "I", 8.5)
    d.set_x(72)
    d.cell(0, 12, "Source: Analysis of Licensing's case management data.", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.para("Social Services also does not prioritize complaints consistently. Four of the five regional offices "
           "we visited relied on the judgement of the intake analyst, and two of those offices did not record a "
           "priority at all for some complaints. As a result, we found complaints alleging physical abuse that "
           "waited longer for a visit than complaints about the condition of a facility's furnishings.")
    d.para("Finally, Social Services publishes statewide data on complaints only once a year and not by regional "
           "office. Residents and their families therefore cannot tell how long an investigation in their area "
           "is likely to take.")
    d.hd("Recommendations", size=13)
    d.hd("Legislature", size=11, color=(0, 0, 0), before=0, after=2)
    for r in REC_CH1_LEG:
        d.para(r, size=11)
    d.hd("Social Services", size=11, color=(0, 0, 0), before=0, after=2)
    for r in REC_CH1_SS:
        d.para(r, size=11)

    d.add_page()
    d.hd("Chapter 2", size=11, color=GOLD, before=0, after=0)
    d.hd("Social Services Does Not Ensure That Facilities Correct Serious Deficiencies", size=15, before=0)
    d.para("When an analyst issues a Type A citation, the facility must correct the deficiency by a date the "
           "analyst sets. Social Services' policy during our audit period did not require analysts to return to "
           "the facility to confirm the correction; a facility could instead submit a written plan of "
           "correction. For 17 of the 35 Type A citations we reviewed, the file contained neither a follow-up "
           "visit nor evidence that the deficiency had been corrected.")
    d.para("We also found that regional offices apply different standards when deciding whether an allegation is "
           "substantiated. Analysts in two offices told us they would not substantiate an allegation without a "
           "witness statement, while analysts in other offices relied on documentary evidence alone.")
    d.para("Licensing managers told us that they do not have enough analysts to carry out follow-up visits for "
           "every citation. We did not assess the number of positions Licensing needs, because that analysis "
           "was outside the scope of this audit; we therefore make no recommendation on a specific staffing "
           "level.")
    d.hd("Recommendations", size=13)
    d.hd("Social Services", size=11, color=(0, 0, 0), before=0, after=2)
    for r in REC_CH2_SS:
        d.para(r, size=11)
    d.hd("Legislature", size=11, color=(0, 0, 0), before=0, after=2)
    for r in REC_CH2_LEG:
        d.para(r, size=11)
    d.para("We conducted this performance audit under the authority vested in the California State Auditor by "
           "Government Code 8543 et seq. and in accordance with generally accepted government auditing "
           "standards.", size=9.5, style="I")

    d.add_page()
    d.hd("Appendix", size=15, before=0)
    d.hd("Scope and Methodology", size=12, before=0)
    d.para("The Joint Legislative Audit Committee directed the California State Auditor to review the "
           "complaint process of the Community Care Licensing Division. The table below lists the objectives "
           "the Audit Committee approved and the methods we used to address them.", size=10.5)
    objs = [("Audit Objective", "Method"),
            ("1  Review the laws, rules, and regulations significant to the audit objectives.",
             "Reviewed relevant state laws, regulations, and Social Services policies."),
            ("2  Determine the number of open complaint investigations and how long they have been open.",
             "Analyzed case management data for fiscal years 2020-21 through 2024-25."),
            ("3  For a selection of complaints, assess whether Social Services investigated them promptly.",
             "Selected 60 complaints received at five regional offices and reviewed the case files."),
            ("4  Assess whether Social Services ensures that facilities correct deficiencies.",
             "Reviewed 35 Type A citations and the related follow-up documentation.")]
    d.set_font("LibSans", "", 9.5)
    with d.table(col_widths=(235, 233), width=468, line_height=12.5) as t:
        for r in objs:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(8)
    d.para("We assessed the reliability of Licensing's case management data by testing key fields against "
           "source documents. We found the data sufficiently reliable for the purposes of this audit.",
           size=10.5)
    d.output(out(PAIR + "_advice.pdf"))


def response():
    d = Doc("Agency response to Report 2025-108", first_plain=True)
    d.add_page()
    d.set_font("LibSans", "B", 12)
    d.set_text_color(*NAVY)
    d.set_xy(72, 50)
    d.cell(0, 14, "CALIFORNIA DEPARTMENT OF SOCIAL SERVICES", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LibSans", "", 8.5)
    d.set_x(72)
    d.cell(0, 11, "744 P Street  \u2022  Sacramento, CA 95814  \u2022  www.cdss.ca.gov", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(*NAVY)
    d.line(72, 80, d.w - 72, 80)
    d.set_y(98)
    d.para("October 6, 2025", size=11)
    d.para("Margaret O. Lindqvist, CPA*\nCalifornia State Auditor\n621 Capitol Mall, Suite 1200\n"
           "Sacramento, CA 95814", size=11)
    d.para("**RE: Response to Draft Audit Report No. 2025-108, Adult Residential Care Facilities**")
    d.para("Dear Ms. Lindqvist:")
    d.para("The California Department of Social Services (CDSS) appreciates the opportunity to respond to the "
           "draft report. CDSS shares the State Auditor's commitment to the safety of residents in adult "
           "residential care and values the careful work of the audit team. Our responses to the six "
           "recommendations directed to the department are set out below.")
    d.marker(1)
    d.para("Before turning to the recommendations, we note that the draft report understates the pressures on "
           "the Community Care Licensing Division. Between 2021 and 2025 the number of complaints received "
           "rose by 41 percent while the number of authorized analyst positions stayed the same, and the "
           "division continued to meet its statutory inspection schedule throughout.")
    recs = [
        ("Recommendation 1", REC_CH1_SS[0],
         "CDSS agrees with this recommendation. By March 2026, Licensing will issue a statewide workload plan "
         "with targets for each regional office, and it has already begun temporarily redirecting analysts "
         "from the Child Care Program to the two offices with the largest backlogs.", None),
        ("Recommendation 2", REC_CH1_SS[1],
         "CDSS partially agrees with this recommendation. Licensing will revise its triage procedures by June "
         "2026 so that every complaint receives a priority level. For complaints received by telephone or "
         "online, the priority will be assigned within one business day. However, a priority will be assigned "
         "within three business days for complaints received by mail, because those complaints must first be "
         "scanned and entered centrally.", None),
        ("Recommendation 3", REC_CH1_SS[2],
         "CDSS respectfully disagrees with this recommendation. CDSS already publishes annual statewide "
         "complaint data on its transparency website. Small numbers in some regional offices could allow "
         "individual facilities or residents to be identified, and producing office-level figures each "
         "quarter would divert analysts from investigations. CDSS will continue to publish statewide data "
         "annually.", 3),
        ("Recommendation 4", REC_CH2_SS[0],
         "CDSS agrees with this recommendation and considers it implemented. In August 2025 Licensing issued "
         "an Evaluator Manual update requiring a follow-up visit within 30 days of every Type A citation, with "
         "the result recorded in the case management system.", 2),
        ("Recommendation 5", REC_CH2_SS[1],
         "CDSS agrees. Licensing will add a module on the standards for substantiating allegations to the "
         "Licensing Program Analyst Academy and will deliver it to existing analysts by December 2026.", None),
        ("Recommendation 6", REC_CH2_SS[2],
         "CDSS will assess its resource needs as part of the development of the Governor's Budget. Any request "
         "for additional positions is subject to the approval of the Department of Finance and the "
         "Legislature, and CDSS cannot commit to a request at this time.", None),
    ]
    for head, quote, reply, mark in recs:
        if d.get_y() > d.h - 200:
            d.add_page()
        d.hd(head, size=11, color=(0, 0, 0), before=2, after=2)
        d.para(quote, size=10.5, style="I", indent=18, after=4)
        if mark:
            d.marker(mark)
        d.para(reply, size=11)
    d.para("Finally, the report also recommends that the Legislature require annual reporting on the timeliness "
           "of complaint investigations and follow-up visits. CDSS would welcome such a requirement and is "
           "prepared to begin reporting in January 2027.")
    d.para("If you have any questions, please contact Deputy Director Luis Ocampo, Community Care Licensing "
           "Division.")
    d.para("Sincerely,\n\n**KIM A. TRAN**\nDirector")
    d.set_font("LibSerif", "I", 8.5)
    d.set_x(72)
    d.multi_cell(d.w - 144, 10, "* California State Auditor's comments begin on page 3.")

    d.add_page()
    d.hd("Comments", size=15, before=0)
    d.hd("CALIFORNIA STATE AUDITOR'S COMMENTS ON THE RESPONSE FROM THE CALIFORNIA DEPARTMENT OF SOCIAL SERVICES",
        size=11, before=0)
    d.para("To provide clarity and perspective, we are commenting on the response to our audit report from "
           "Social Services. The numbers below correspond to the numbers we have placed in the margin of its "
           "response.")
    comments = [
        "Our report does not understate the pressures on Licensing. We describe the growth in complaints and the "
        "analyst vacancy rate in Chapter 1, and we acknowledge that these factors contributed to the backlog. "
        "Nonetheless, Social Services has had no plan to address the backlog.",
        "Social Services issued its manual update after we completed our fieldwork, so we have not tested "
        "whether analysts are following it. We will assess its implementation of this recommendation when it "
        "reports to us at 60 days, six months, and one year.",
        "We are concerned that Social Services will not publish regional office data. Social Services already "
        "suppresses small numbers in other published data sets and could do the same here. We stand by our "
        "recommendation.",
    ]
    for i, c in enumerate(comments, 1):
        y = d.get_y()
        d.set_font("LibSans", "B", 11)
        d.set_xy(72, y)
        d.cell(20, 15, str(i))
        d.set_font("LibSerif", "", 11)
        d.set_xy(96, y)
        d.multi_cell(d.w - 168, 15, c)
        d.ln(8)
    d.output(out(PAIR + "_response.pdf"))


def main():
    advice()
    response()
    recs = [
        ("1", "To ensure that complaints alleging serious harm to residents receive timely attention",
         None, "unanswered"),
        ("2", "To eliminate its backlog of open complaint investigations, Social Services should",
         "Licensing will issue a statewide workload plan", "agrees"),
        ("3", "To ensure that it prioritizes complaints according to risk",
         "within three business days for complaints received by mail", "partly"),
        ("4", "Beginning in July 2026, Social Services should publish on its website",
         "producing office-level figures each quarter would divert analysts", "disagrees"),
        ("5", "To make certain that facilities correct the deficiencies it identifies",
         "agrees with this recommendation and considers it implemented", "agrees"),
        ("6", "To promote consistency among its regional offices, Social Services should",
         "will add a module on the standards for substantiating allegations", "agrees"),
        ("7", "Social Services should request, through the annual budget process",
         "CDSS cannot commit to a request at this time", "noted", ["disagrees"]),
        ("8", "To improve legislative oversight of the licensing program, the Legislature",
         "CDSS would welcome such a requirement", "agrees", ["noted"]),
    ]
    unmatched = ["the draft report understates the pressures on the Community Care Licensing Division",
                 "Our report does not understate the pressures on Licensing"]
    notes = ("US state auditor report in the California State Auditor house style (Report 2025-108) and the "
             "department's response with the State Auditor's comments; fpdf2, US Letter, Liberation Serif/Sans. "
             "Advice: cover letter to the Governor and legislative leaders, a summary with 'Key Findings' and "
             "'Key Recommendations' bullets that PARAPHRASE the recommendations (not the recommendations "
             "themselves), chapters each ending in an UNNUMBERED 'Recommendations' block under addressee "
             "sub-headings ('Legislature' / 'Social Services'), each recommendation a plain paragraph, most "
             "opening 'To ..., <addressee> should'; chapter 2 has the addressees in the other order; a 'we "
             "therefore make no recommendation' sentence; appendix table with numbered audit objectives 1-4. "
             "Numbers here are the order 1-8. Response: CDSS letter numbering ONLY its own six recommendations "
             "'Recommendation 1'-'6' (= our 2-7, so every number is off by one), each quoted in italics; circled "
             "margin numbers 1-3 beside passages; a context paragraph disputing the report (unmatched); the "
             "Legislature's rec 8 answered in an unnumbered closing paragraph ('would welcome such a requirement': "
             "agrees, also noted); rec 1 (Legislature) never answered; 'partially agrees' (3), 'respectfully "
             "disagrees' (4), 'agrees ... considers it implemented' (5, disputed by the auditor's comment 2), "
             "budget process, 'cannot commit' (7 noted). Then 'CALIFORNIA STATE AUDITOR'S COMMENTS ON THE "
             "RESPONSE' with comments numbered 1-3 (the auditor's rebuttals, not replies; comment 1 is listed as "
             "unmatched, comments 2 and 3 concern recs 5 and 4 but are not the department's reply).")
    write_expected(PAIR, recs, unmatched, notes)


if __name__ == "__main__":
    main()

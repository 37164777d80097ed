"""Round 62 (EN): a state attorney general's civil-rights FINDINGS LETTER on a county jail (genre of the
'findings letters' issued after investigations of conditions in jails and prisons, with a closing section of
'Minimum Remedial Measures') and the COUNTY'S RESPONSE LETTER from its county counsel.
Advice: Office of the Attorney General of Cascadia, Civil Rights Bureau, letter to the Chair of the Marlow County
Board of Commissioners and the Sheriff, 'Re: Investigation of the Marlow County Detention Center' - sections
'I. SUMMARY', 'II. INVESTIGATION', 'III. BACKGROUND', 'IV. FINDINGS' (A.-C. with run-in sub-headings), 'V.
MINIMUM REMEDIAL MEASURES' with the seven measures numbered 1.-7. straight through under lettered topic headings
'A. Suicide Prevention', 'B. Use of Force and Restraints', 'C. Medical Care and Oversight', then 'VI. CONCLUSION'.
Response: the County Counsel's letter 'Re: Response to Findings Letter of May 6, 2026' with bold subject headings,
never a measure number, in another order; one section answers two measures with different verdicts; one measure is
not answered; sections disputing the findings, on other improvements and on the meeting proposal answer nothing.
Traps: the summary's paraphrase ('In short, the County must ...'), the Jail's own policy quoted ('shall observe'),
the 2021 consultant's recommendation quoted ('The County should replace ...'), findings with 'should have', the
Fourteenth Amendment and Title II of the ADA ('must'), 'We make no finding ... and no recommendation' on food
service, the notice that the Attorney General may sue (45 days), 'This letter is a public document'. fpdf2, US
Letter, cleaned Liberation Serif/Sans, markdown bold run-in headings, hanging numbers; fixed creation date. All
content is invented (Cascadia, its Attorney General and Code, Marlow County, the Jail, people and figures); the
Fourteenth Amendment and 42 U.S.C. 12132 are real but what is said about them is not to be relied on.

Run:  /tmp/blind62en/bin/python tests/docs/src/blind62/gen_en_jail_findings_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b62en as H
from fpdf import FPDF

NAME = "blind62_en_jail_findings"
NAVY = (20, 40, 80)

RECS = [
    "Adopt a validated suicide risk screening instrument and ensure that a qualified mental health "
    "professional assesses every person who screens positive within four hours of booking.",
    "Conduct and document observation rounds at staggered intervals not exceeding 15 minutes for every person "
    "on suicide precautions.",
    "Remove or retrofit all ligature points in the 48 cells of the intake and special management units.",
    "Limit the use of the restraint chair to no more than two hours, with a medical check at least every 30 "
    "minutes.",
    "Require a supervisor who was not involved in an incident to review every use of force, including all "
    "available video footage, within 72 hours.",
    "Ensure that people who report taking prescribed medication for a chronic condition receive a continuing "
    "dose within 24 hours of booking.",
    "Establish a mortality review process that examines every death in custody and produces a written "
    "corrective action plan within 30 days.",
]


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(format="Letter", unit="mm")
        for fam, base in (("SR", "LiberationSerif"), ("SS", "LiberationSans")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.foot = foot
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2026, 7, 1, 9, 0, tzinfo=timezone.utc))

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font("SR", "", 9)
        self.cell(0, 4, self.foot.replace("{n}", str(self.page_no())), align="C")

    def p(self, t, style="", size=11, lh=5.3, align="J", after=2.6, fam="SR", indent=0):
        self.set_font(fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def item(self, n, t, indent=9, size=11):
        self.set_font("SR", "", size)
        y = self.get_y()
        self.set_x(self.l_margin + indent - 7)
        self.cell(7, 5.3, n)
        self.set_xy(self.l_margin + indent, y)
        self.multi_cell(self.epw - indent, 5.3, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2)

    def hd(self, t, size=11, after=1.5, center=False, style="B"):
        self.ln(1.5)
        self.set_font("SR", style, size)
        self.multi_cell(0, 5.6, t, new_x="LMARGIN", new_y="NEXT", align="C" if center else "L")
        self.ln(after)


def advice(path):
    d = Doc("Marlow County Detention Center Findings - Page {n}")
    d.set_title("Investigation of the Marlow County Detention Center")
    d.set_author("Office of the Attorney General of Cascadia")
    d.add_page()
    d.set_font("SS", "B", 12)
    d.set_text_color(*NAVY)
    d.cell(0, 6, "STATE OF CASCADIA", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "", 10)
    d.cell(0, 5, "OFFICE OF THE ATTORNEY GENERAL  -  CIVIL RIGHTS BUREAU", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font("SS", "", 8.5)
    d.cell(0, 4.5, "1125 Capitol Way South, Olmstead, CS 98504  |  (360) 555-0142", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.set_draw_color(*NAVY)
    d.line(25, d.get_y() + 2, d.w - 25, d.get_y() + 2)
    d.set_text_color(0, 0, 0)
    d.ln(7)
    d.p("May 6, 2026", align="L")
    d.p("The Honorable Patricia Lund\nChair, Marlow County Board of Commissioners\n300 Courthouse Square\n"
        "Harlan, Cascadia 98577\n\nSheriff Dale Barrows\nMarlow County Sheriff's Office\n310 Courthouse Square\n"
        "Harlan, Cascadia 98577", align="L")
    d.p("**Re: Investigation of the Marlow County Detention Center**", align="L")
    d.p("Dear Chair Lund and Sheriff Barrows:", align="L")
    d.p("We write to report the findings of the Civil Rights Bureau's investigation of conditions at the Marlow "
        "County Detention Center (the Jail), conducted under the Institutional Rights Act, Cascadia Code "
        "\u00a7 49.72.030. We thank County officials and Jail staff for their cooperation and professionalism.")
    d.hd("I. SUMMARY")
    d.p("We find reasonable cause to believe that conditions at the Jail violate the Fourteenth Amendment to the "
        "United States Constitution because the Jail fails to protect people from suicide and self-harm, uses "
        "excessive force and prolonged restraint, and fails to provide adequate medical care at intake. In short, "
        "the County must identify people at risk of suicide, watch them closely, control the use of force and "
        "restraint, and make sure that people keep receiving the medication they need. Section V sets out the "
        "minimum measures required to remedy these violations.")
    d.hd("II. INVESTIGATION")
    d.p("We notified the County of our investigation on August 12, 2025. With our consultants, a correctional "
        "psychiatrist, a use-of-force expert and a physician, we toured the Jail twice, interviewed 64 "
        "incarcerated people and 37 staff members, and reviewed policies, incident reports, video footage and "
        "the medical records of 120 people.")
    d.hd("III. BACKGROUND")
    d.p("The Jail, opened in 1994, has a rated capacity of 612 and an average daily population of 540 in 2025. "
        "Six people died in the Jail between January 2022 and December 2025, four of them by suicide. A "
        "consultant engaged by the County reported in 2021 that \"The County should replace the intake cell "
        "doors and fixtures, which present numerous ligature points.\" The doors have not been replaced.")
    d.hd("IV. FINDINGS")
    d.p("**A. The Jail fails to protect people at risk of suicide.** The Jail's intake screening consists of four "
        "yes-or-no questions. Jail Policy 7.04 states that officers \"shall observe each person on suicide "
        "precautions at intervals not exceeding 30 minutes,\" but in 11 of the 19 suicide-watch files we reviewed, "
        "logs showed gaps of more than an hour. In one case, staff should have placed Mr. A. on constant "
        "observation after he told the booking officer that he intended to kill himself; he died 14 hours later.")
    d.p("**B. The Jail uses excessive force and prolonged restraint.** We reviewed 48 use-of-force incidents. "
        "Supervisors reviewed only 9, in each case relying on the officers' own reports without watching the "
        "video. People were held in the restraint chair for up to 11 hours, some without any medical check.")
    d.p("**C. The Jail fails to provide adequate medical care at intake.** Jails must provide people with "
        "adequate medical care. Of 120 people who reported taking medication for a chronic condition, 41 waited "
        "more than three days for a dose. Under Title II of the Americans with Disabilities Act, 42 U.S.C. "
        "\u00a7 12132, the County must also make reasonable modifications for people with disabilities.")
    d.p("We also examined food service and sanitation. We make no finding of a violation in those areas, and "
        "therefore make no recommendation about them.")
    d.hd("V. MINIMUM REMEDIAL MEASURES")
    d.p("To remedy the deficiencies discussed above and protect the constitutional rights of people held at the "
        "Jail, the County should implement, at a minimum, the following remedial measures:")
    d.hd("A. Suicide Prevention", 11, style="BI")
    for i in range(0, 3):
        d.item("%d." % (i + 1), RECS[i])
    d.hd("B. Use of Force and Restraints", 11, style="BI")
    for i in range(3, 5):
        d.item("%d." % (i + 1), RECS[i])
    d.hd("C. Medical Care and Oversight", 11, style="BI")
    for i in range(5, 7):
        d.item("%d." % (i + 1), RECS[i])
    d.hd("VI. CONCLUSION")
    d.p("We hope to work cooperatively with the County to address these deficiencies. Please note that if the "
        "County has not taken satisfactory steps to correct them within 45 days of receiving this letter, the "
        "Attorney General may bring a civil action under Cascadia Code \u00a7 49.72.060. This letter is a public "
        "document and will be posted on the Attorney General's website.")
    d.p("Please contact Senior Counsel Marisa Quent at (360) 555-0178 with any questions.")
    d.p("Sincerely,\n\nTheodore Vance\nChief, Civil Rights Bureau", align="L")
    d.output(path)


def response(path):
    d = Doc("Response to Findings Letter - Page {n}")
    d.set_title("Response to Findings Letter")
    d.set_author("Marlow County Counsel")
    d.add_page()
    d.set_font("SS", "B", 12)
    d.cell(0, 6, "MARLOW COUNTY", align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "", 9.5)
    d.cell(0, 5, "Office of the County Counsel  |  300 Courthouse Square, Harlan, Cascadia 98577", align="L",
           new_x="LMARGIN", new_y="NEXT")
    d.line(25, d.get_y() + 2, d.w - 25, d.get_y() + 2)
    d.ln(7)
    d.p("June 19, 2026", align="L")
    d.p("Theodore Vance\nChief, Civil Rights Bureau\nOffice of the Attorney General\n1125 Capitol Way South\n"
        "Olmstead, Cascadia 98504", align="L")
    d.p("**Re: Response to Findings Letter of May 6, 2026 - Marlow County Detention Center**", align="L")
    d.p("Dear Mr. Vance:", align="L")
    d.p("I write on behalf of the Marlow County Board of Commissioners and Sheriff Dale Barrows in response to "
        "the Bureau's letter of May 6, 2026. The Board discussed the letter in executive session on May 27 and "
        "approved this response at its public meeting on June 17, 2026.")
    d.hd("The County's position on the findings")
    d.p("The County takes the safety of every person in its custody seriously. It does not agree that conditions "
        "at the Jail violate the Fourteenth Amendment, and this response is not an admission of liability. The "
        "County also notes that two of the six deaths described in the letter resulted from medical conditions "
        "that were not known to staff.")
    d.hd("Medical care at intake")
    d.p("Since June 1, 2026 the Jail's medical contractor has verified reported medications with the person's "
        "pharmacy at booking, and the first dose is now given within 24 hours. A nurse reviews the intake log "
        "each morning to confirm that no dose has been missed.")
    d.hd("Use of force and restraints")
    d.p("The Sheriff has issued a revised directive under which a lieutenant who was not present reviews every "
        "use of force, including the video, within three days. The first monthly report under the directive "
        "will go to the Board in August.")
    d.p("The County does not agree that a fixed two-hour limit on the restraint chair is appropriate. In rare "
        "cases a person remains a danger to himself for longer, and the alternatives carry greater risk. The "
        "current four-hour limit, which may be extended only with the approval of the Jail commander, will "
        "remain in place, and nursing checks have been increased to every hour.")
    d.hd("Suicide screening and assessment")
    d.p("The Jail replaced its four-question screen with a validated instrument on May 18, 2026. People who "
        "screen positive are placed on precautions immediately. The County's mental health contractor can "
        "provide an assessment within 12 hours of booking; a four-hour standard would require on-site staff "
        "around the clock, which the current contract does not fund.")
    d.hd("Observation of people on suicide precautions")
    d.p("Officers now conduct staggered checks at intervals of no more than 15 minutes, recorded on electronic "
        "wands, and a sergeant audits the records at the end of each shift.")
    d.hd("Physical plant")
    d.p("The Sheriff has asked for 2.1 million dollars to retrofit the cells in the intake and special management "
        "units. The Board will consider the request as part of its capital budget for fiscal year 2028, which it "
        "adopts in December.")
    d.hd("Other improvements")
    d.p("Independently of the findings letter, the Sheriff has equipped all housing unit officers with body-worn "
        "cameras, funded by a federal grant, and the Jail has opened a second visiting room for families.")
    d.p("The County proposes a meeting with the Bureau in July to discuss these measures and any further steps. "
        "Please direct any questions to me at (360) 555-0311.")
    d.p("Sincerely,\n\nAndrea Kowalczyk\nCounty Counsel", align="L")
    d.p("cc: Board of County Commissioners; Sheriff Dale Barrows", align="L", size=9.5)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "a four-hour standard would require on-site staff around the clock",
         "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "Officers now conduct staggered checks at intervals", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "as part of its capital budget for fiscal year 2028", "verdict": "noted"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The current four-hour limit, which may be extended", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "a lieutenant who was not present reviews every use of force", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "the first dose is now given within 24 hours", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "this response is not an admission of liability",
        "equipped all housing unit officers with body-worn cameras",
        "proposes a meeting with the Bureau in July",
    ], "Advice: state attorney general's civil-rights findings letter on a county jail (findings-letter genre with "
       "'Minimum Remedial Measures'). The seven measures are imperative items 1.-7., numbered straight through "
       "under lettered topic headings 'A. Suicide Prevention' (1-3), 'B. Use of Force and Restraints' (4-5), 'C. "
       "Medical Care and Oversight' (6-7) in section 'V. MINIMUM REMEDIAL MEASURES', after 'the County should "
       "implement, at a minimum, the following remedial measures:'. Traps: the Summary's paraphrase ('In short, "
       "the County must identify people at risk ...'), Roman-numbered sections, lettered run-in findings 'A.'-'C.' "
       "that reuse the letters of the measure headings, the 2021 consultant quoted ('The County should replace "
       "the intake cell doors ...'), Jail Policy 7.04 ('shall observe'), 'staff should have placed Mr. A. on "
       "constant observation', 'Jails must provide', Title II of the ADA ('must also make reasonable "
       "modifications'), 'We make no finding ... and therefore make no recommendation', the 45-day notice and "
       "civil action, 'This letter is a public document'. Response: County Counsel's letter with bold subject "
       "headings, never a number, in the order 6, 5+4, 1, 2, 3: 6 first dose within 24 hours (agrees); ONE "
       "section 'Use of force and restraints': 5 review by a lieutenant not present within three days (agrees) + "
       "4 'does not agree that a fixed two-hour limit ... is appropriate', four-hour limit kept (disagrees); 1 "
       "validated instrument adopted but assessment within 12 hours, not four (partly); 2 15-minute staggered "
       "checks (agrees); 3 retrofit request to be considered in the FY2028 capital budget (noted); 7 (mortality "
       "review) unanswered. Unmatched: the introduction is furniture; 'The County's position on the findings' "
       "(not an admission of liability), 'Other improvements' (body-worn cameras, visiting room), the meeting "
       "proposal.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

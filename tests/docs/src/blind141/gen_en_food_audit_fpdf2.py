"""Round 141 (EN): a food standards regulator's AUDIT REPORT on a district council's food law enforcement service,
answered by the Head of Environmental Health's LETTER to the lead auditor, which PARAPHRASES BY THEME in another
order, with one paragraph answering two recommendations with different verdicts.
The advice: sections numbered 1-5 with subsections 4.1-4.5; seven recommendations as UNNUMBERED BULLETS in
imperative form without a subject ('Prepare and approve ...'), each ending in a bracketed Standard reference, listed
under 'Recommendations' at the end of a subsection; two subsections hold two each. Traps: numbered subsections and
Standard numbers; 'Good practice' bullets in the same form; the Framework paraphrased ('local authorities must');
the 2019 audit quoted ('the Authority should review its enforcement policy'); 'The auditors do not recommend that
the Authority contract out'; a business's 'must not be named'.
The response: introduction (nothing); service plan (agrees); inspections: overdue within twelve months not six
(partly) and remote assessments to continue (disagrees) in ONE paragraph; enforcement policy not to be revised
(disagrees); training hours (agrees); sampling noted, for the budget (noted); closing (nothing); complaints target
never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented; the Food Safety Act 1990 and its Code of Practice are
named as context only (what is said of them is paraphrased and not to be relied on).
Run:  /tmp/blind141en/bin/python tests/docs/src/blind141/gen_en_food_audit_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b141en as H
from fpdf import FPDF

NAME = "blind141_en_food_audit"
GREEN = (22, 92, 60)
PLUM = (88, 34, 84)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t, align="L"):
        self.set_font(self.fam, "", 8.8)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.4, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 14.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t, size=11):
        self.ln(0.8)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.52, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def label(self, t):
        self.set_font(self.fam, "I", self.size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, self.lh, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.6)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.7)

    def bullets(self, items, w=5, indent=4):
        for it in items:
            self.set_font(self.fam, "", self.size)
            self.set_x(self.l_margin + indent)
            self.cell(w, self.lh, "\u2022")
            self.multi_cell(self.tw - w - indent, self.lh, it, markdown=True, align="L")
            self.ln(0.9)
        self.ln(0.9)


def advice():
    d = Doc(dt.datetime(2025, 9, 24, 9, 0, tzinfo=dt.timezone.utc), 9.8, GREEN)
    d.meta("FOOD STANDARDS REGULATOR | Local Authority Audit Programme | Audit report FSR/LA/25/031")
    d.h1("Audit of Food Law Enforcement Services: Hartsmere District Council")
    d.meta("Audit dates: 7 to 10 July 2025 | Report issued: 24 September 2025 | Lead auditor: Mrs Eleri "
           "Vaughan-Pryce | Focus: food hygiene in food businesses")
    d.h2("1. Introduction")
    d.para("This report records the results of an audit of Hartsmere District Council's food hygiene law "
           "enforcement service. Under the Framework Agreement, in our paraphrase, local authorities must carry "
           "out interventions at the frequencies set out in the Code of Practice issued under the Food Safety Act "
           "1990, and the Regulator may audit them against the Standards in the Agreement. Hartsmere has 1,184 food "
           "businesses and five authorised officers, 3.6 full-time equivalent.")
    d.h2("2. Scope")
    d.para("The audit covered service planning, the authorisation and training of officers, interventions, "
           "complaints and enforcement. It included a review of 40 premises files and visits with officers to four "
           "food businesses.")
    d.h2("3. Summary")
    d.para("The service is led by committed officers and has responded well to serious outbreaks. However, it has "
           "fallen behind with inspections of higher-risk businesses, and several of its procedures are out of "
           "date. The auditors do not recommend that the Authority contract out its inspection programme, which "
           "would be costly and would not address the underlying gaps. The Authority is asked to submit an action "
           "plan within one month.")
    d.h2("4. Audit findings")
    d.h2("4.1 Service planning (Standard 3)", 10.2)
    d.para("No service plan has been approved since 2022/23. Officers could not tell us how many staff were needed "
           "to deliver the programme.")
    d.label("Recommendation")
    d.bullets(["Prepare and approve a Food Law Enforcement Service Plan each year, including a comparison of the "
               "staff needed with the staff available. [Standard 3.1]"])
    d.h2("4.2 Authorised officers (Standard 5)", 10.2)
    d.para("All officers were properly qualified. Two had completed fewer than ten hours of continuing professional "
           "development in 2024/25, and training records were kept only on paper by each officer.")
    d.label("Good practice")
    d.bullets(["Monthly case review meetings at which officers discuss difficult files with the lead officer.",
               "Shadowing of new officers on their first twenty inspections."])
    d.label("Recommendation")
    d.bullets(["Ensure that every authorised officer completes at least 20 hours of continuing professional "
               "development each year, and keep central records of it. [Standard 5.5]"])
    d.h2("4.3 Interventions and inspections (Standard 7)", 10.2)
    d.para("On 30 June 2025, 142 interventions at category A and B establishments were overdue, some by more than a "
           "year. Since 2023 officers have carried out remote assessments by telephone at category C "
           "establishments, but there is no written procedure for deciding when these are suitable. In 2019 the "
           "Regulator's audit stated that \"the Authority should review its enforcement policy at least every three "
           "years\"; it was last reviewed in 2018.")
    d.label("Recommendations")
    d.bullets(["Carry out the 142 overdue interventions at category A and B establishments within six months, and "
               "keep the programme up to date thereafter. [Standard 7.1]",
               "Stop using remote assessments by telephone at category C establishments until a documented "
               "procedure for them has been approved. [Standard 7.3]"])
    d.h2("4.4 Complaints (Standard 8)", 10.2)
    d.para("The service received 214 complaints about food businesses in 2024/25. There is no target for responding "
           "to them, and a quarter of the files we examined showed no response for more than a month. One business "
           "owner told us that businesses complained of must not be named to the complainant; the service's "
           "practice on this is correct.")
    d.label("Recommendation")
    d.bullets(["Set a target of ten working days for responding to complaints about food businesses, and report "
               "performance against it to members each quarter. [Standard 8.2]"])
    d.h2("4.5 Enforcement and sampling (Standards 12 and 15)", 10.2)
    d.para("The enforcement policy does not say when a hygiene emergency prohibition notice will be served, and "
           "officers took different views on the same facts. The Authority stopped taking part in the county food "
           "sampling programme in 2021 to save money.")
    d.label("Recommendations")
    d.bullets(["Revise the enforcement policy so that it sets out clearly when hygiene emergency prohibition "
               "notices will be served. [Standard 15.1]",
               "Rejoin the county food sampling programme and agree a sampling plan with the Public Analyst each "
               "year. [Standard 12.1]"])
    d.h2("5. Next steps")
    d.para("The Regulator will monitor the action plan and may carry out a follow-up visit in 2026.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 10, 21, 9, 0, tzinfo=dt.timezone.utc), 10.2, PLUM, fam="Serif")
    d.meta("Hartsmere District Council | Environmental Health and Licensing | Civic Offices, Mill Lane, Hartsmere "
           "HM4 2RT", align="R")
    d.meta("Mrs Eleri Vaughan-Pryce, Lead Auditor, Food Standards Regulator | 21 October 2025 | "
           "Our ref: EH/FS/AUD25")
    d.h1("Audit of food law enforcement services: our response")
    d.para("Dear Mrs Vaughan-Pryce,")
    d.para("Thank you for the audit report issued on 24 September and for the courtesy shown by your team to our "
           "officers during the audit week. The report was considered by the Council's Licensing and Regulatory "
           "Committee on 14 October, and I write to set out our position, theme by theme.")
    d.para("**Service planning.** A service plan for 2025/26 was approved by the Committee at the same meeting. It "
           "includes a full assessment of staff resources and will be renewed every April.")
    d.para("**Inspections.** We have engaged two contract officers and will clear the overdue higher-risk "
           "inspections by the end of June 2026; six months is not achievable without drawing officers away "
           "from outbreak work. We will not, however, suspend telephone assessments at lower-risk premises. "
           "National guidance permits them, and stopping them would add some 300 visits to a programme that "
           "is already behind; a written procedure will be issued by December.")
    d.para("**Enforcement.** Having reviewed the policy with our legal team, we believe that it already gives officers "
           "the discretion they need, and we do not propose to change it. Consistency will be addressed through "
           "the monthly case reviews that your report commends.")
    d.para("**Training.** Each officer now has a personal development plan, and a central register of continuing "
           "professional development has been set up; the twenty-hour minimum applies from this year.")
    d.para("**Sampling.** We acknowledge the auditors' comments on sampling. Whether to rejoin the county "
           "programme will be considered when the 2026/27 budget is set in February.")
    d.para("Our action plan in your template is attached. I would welcome a conversation before any follow-up "
           "visit is arranged.")
    d.para("Yours sincerely,")
    d.para("Mr Tomasz Whitlock-Egan\nHead of Environmental Health and Licensing")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Food Standards Regulator - Audit report FSR/LA/25/031 - Hartsmere",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Hartsmere District Council - EH/FS/AUD25",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Prepare and approve a Food Law Enforcement Service Plan each year",
         "reply_contains": "A service plan for 2025/26 was approved by the Committee",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Ensure that every authorised officer completes at least 20 hours",
         "reply_contains": "a central register of continuing professional development has been set up",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Carry out the 142 overdue interventions at category A and B",
         "reply_contains": "will clear the overdue higher-risk inspections by the end of June 2026",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Stop using remote assessments by telephone at category C establishments",
         "reply_contains": "We will not, however, suspend telephone assessments at lower-risk premises",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": 5, "starts_with": "Set a target of ten working days for responding to complaints",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Revise the enforcement policy so that it sets out clearly",
         "reply_contains": "we do not propose to change it",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "Rejoin the county food sampling programme and agree a sampling plan",
         "reply_contains": "We acknowledge the auditors' comments on sampling",
         "verdict": "noted"},
    ]
    unmatched = ["for the courtesy shown by your team to our officers",
                 "Our action plan in your template is attached"]
    notes = ("Advice: a food standards regulator's AUDIT REPORT on a district council's food law enforcement service "
             "(the Food Safety Act 1990 and its Code of Practice named as context). Sections numbered 1-5 and "
             "subsections 4.1-4.5 named after Standards; seven recommendations as UNNUMBERED BULLETS in the "
             "imperative without a subject ('Prepare and approve ...', 'Ensure ...', 'Stop using ...'), each "
             "ending in a bracketed Standard reference, under italic labels 'Recommendation' / 'Recommendations' "
             "at the end of subsections (4.3 and 4.5 hold two each). Traps: 'Good practice' bullets in the same "
             "form; the Framework paraphrased ('local authorities must carry out interventions'); the 2019 audit "
             "quoted ('the Authority should review its enforcement policy'); 'The auditors do not recommend that "
             "the Authority contract out'; 'must not be named to the complainant'; 'The Authority is asked to "
             "submit an action plan'. Response: the Head of Environmental Health's LETTER PARAPHRASING BY THEME "
             "under bold lead-ins ('Service planning.', 'Inspections.', 'Enforcement.', 'Training.', "
             "'Sampling.') in another order: "
             "introduction (nothing); service plan approved (agrees); ONE paragraph 'Inspections.' answering 3 "
             "(overdue cleared by June 2026, twelve months rather than six: partly) and 4 ('We will not, however, "
             "suspend telephone assessments', disagrees; 'also' partly, as the written procedure asked for will be "
             "issued); enforcement policy "
             "'do not propose to change it' (disagrees); training register and twenty-hour minimum (agrees); "
             "sampling 'We acknowledge', to be considered with the budget (noted); closing (nothing); 5, the "
             "complaints target, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

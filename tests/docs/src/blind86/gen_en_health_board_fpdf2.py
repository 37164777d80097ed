"""Round 86 (EN): an Ontario MEDICAL OFFICER OF HEALTH'S REPORT TO THE BOARD OF HEALTH on extreme heat (recommendations
'That the Board of Health ...' numbered 1-7 at the front, like a municipal staff report) answered by the BOARD OF
HEALTH'S MINUTES (motions carried, amended, referred). fpdf2, US Letter, cleaned DejaVu. All invented.
Run:  /tmp/blind86en/bin/python tests/docs/src/blind86/gen_en_health_board_fpdf2.py
"""
import os, sys, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b86en as H
from fpdf import FPDF

NAME = "blind86_en_health_board"


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.5); self.set_text_color(110)
            self.cell(0, 5, self.head, align="R"); self.ln(8); self.set_text_color(0)

    def footer(self):
        self.set_y(-13); self.set_font("dv", "", 7.5)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")


def mk(head):
    d = Doc(format="letter"); d.head = head
    d.set_creation_date(datetime.datetime(2026, 11, 2, tzinfo=datetime.timezone.utc))
    d.add_font("dv", "", H.clean_font("DejaVuSerif.ttf")); d.add_font("dv", "B", H.clean_font("DejaVuSerif-Bold.ttf"))
    d.add_font("dv", "I", H.clean_font("DejaVuSerif-Italic.ttf"))
    d.set_margins(22, 18, 22); d.set_auto_page_break(True, 18); d.alias_nb_pages(); d.add_page()
    return d


def hd(d, t, size=11):
    d.ln(2); d.set_font("dv", "B", size); d.multi_cell(0, 6, t); d.ln(1)


def para(d, t, style="", indent=0):
    d.set_font("dv", style, 9.8); d.set_x(22 + indent); d.multi_cell(0, 5.2, t); d.ln(1.6)


RECS = [
    "That the Board of Health request the City to keep at least six cooling centres open until 11 p.m. whenever a Heat Warning is in effect.",
    "That the Board of Health endorse a heat vulnerability map for Kestrel Bay, to be updated by Public Health every two years.",
    "That the Board of Health ask the Province to amend the Residential Tenancies Act to set a maximum indoor temperature of 26 degrees Celsius.",
    "That the Board of Health direct the Medical Officer of Health to create a check-in program for isolated older adults during heat events.",
    "That the Board of Health request Kestrel Bay Transit to offer free fares to cooling centres during Extended Heat Warnings.",
    "That the Board of Health allocate $150,000 from the 2027 budget to a tree canopy program in the three hottest neighbourhoods.",
    "That the Board of Health forward this report to the Kestrel Bay District School Board for information.",
]

d = mk("Kestrel Bay Public Health  |  Report BOH-2026-31")
d.set_font("dv", "B", 8.5); d.set_text_color(0, 90, 70); d.cell(0, 5, "KESTREL BAY PUBLIC HEALTH"); d.ln(6); d.set_text_color(0)
d.set_font("dv", "B", 16); d.multi_cell(0, 8, "Protecting Residents from Extreme Heat"); d.ln(1)
d.set_font("dv", "", 9)
for k, v in (("Report number", "BOH-2026-31"), ("Date", "November 2, 2026"), ("To", "Chair and Members, Board of Health"),
             ("From", "Dr. Anjali Ferreira-Boyd, Medical Officer of Health")):
    d.set_font("dv", "B", 9); d.cell(32, 5.2, k); d.set_font("dv", "", 9); d.cell(0, 5.2, v); d.ln(5.2)
d.ln(2); d.line(22, d.get_y(), 194, d.get_y())
hd(d, "Recommendations")
para(d, "It is recommended:")
for i, r in enumerate(RECS, 1):
    d.set_font("dv", "B", 9.8); d.set_x(22); d.cell(8, 5.2, "%d." % i)
    d.set_font("dv", "", 9.8); d.multi_cell(0, 5.2, r); d.ln(1.4)
hd(d, "Financial Impact")
para(d, "Recommendation 6 would require $150,000 in the 2027 operating budget. The other recommendations can be met within "
        "the approved 2026 budget, except that free transit fares would be a cost to Kestrel Bay Transit.")
hd(d, "Background")
para(d, "In July 2026 Kestrel Bay recorded nine consecutive days above 32 degrees Celsius. Emergency department visits for "
        "heat-related illness rose to 214, against an average of 61 for the same period in the previous five years. The "
        "coroner's office is investigating two deaths of residents aged over 75 who lived alone.")
para(d, "Under the Health Protection and Promotion Act, R.S.O. 1990, c. H.7, and the Ontario Public Health Standards, the "
        "Board must ensure that programs reduce the health effects of extreme weather. The Board adopted a Heat Response "
        "Plan in 2019. That plan said the City should open cooling centres only when a Heat Warning is issued by the federal "
        "weather service, and this remains the trigger.")
hd(d, "Comments")
para(d, "Cooling centres are libraries and community centres that close at 8 p.m. or 9 p.m. In the July event, 41 per cent of "
        "visits to the two centres that stayed open later were made after 8 p.m. Staff found that most of the heat-related "
        "visits came from three neighbourhoods (Harbourview, Millrace and Old Foundry) with little tree cover and many "
        "older apartment buildings without air conditioning.")
para(d, "Ontario does not set a maximum indoor temperature for rental housing. Several municipalities have passed "
        "by-laws on air conditioning, and public health agencies in Canada have suggested that indoor temperatures "
        "should stay below 26 degrees Celsius. A provincial standard would avoid a patchwork of local rules.")
para(d, "Isolated older adults are at the highest risk. Community partners told staff that a volunteer check-in "
        "program, with telephone calls and door knocks during heat events, could reach about 900 residents.")
hd(d, "Conclusion")
para(d, "Extreme heat events are becoming longer and more frequent. The recommendations in this report would help the "
        "Board meet its obligations and protect the residents most at risk.")
para(d, "Prepared by: Leon Strathairn, Manager, Health Protection. Approved by: Dr. Anjali Ferreira-Boyd.", "I")
d.output(H.out(NAME + "_advice.pdf"))

r = mk("Board of Health  |  Minutes  |  November 16, 2026")
r.set_font("dv", "B", 14); r.multi_cell(0, 7, "Board of Health\nMinutes of the Regular Meeting"); r.ln(1)
r.set_font("dv", "", 9.2)
r.multi_cell(0, 5, "Monday, November 16, 2026, 6:00 p.m., Council Chamber, Kestrel Bay City Hall\n"
                   "Present: Councillor Marguerite Osei (Chair), Councillor Dev Lachance, Councillor Hannah Purcell, "
                   "Ms. Rosalind Tay (citizen member), Mr. Peter Vukovic (citizen member)\n"
                   "Staff: Dr. Anjali Ferreira-Boyd, Medical Officer of Health; Leon Strathairn; Carla Mendes, Board Secretary")
r.ln(2)
hd(r, "1. Call to Order and Declarations of Interest", 10.5)
para(r, "The Chair called the meeting to order at 6:02 p.m. No declarations of pecuniary interest were made. The minutes "
        "of the October 19, 2026 meeting were adopted as circulated.")
hd(r, "2. Protecting Residents from Extreme Heat (Report BOH-2026-31)", 10.5)
para(r, "Dr. Ferreira-Boyd presented the report. The Board considered the recommendations separately.")
para(r, "Moved by Councillor Lachance, seconded by Ms. Tay: That Recommendation 4 be adopted, and that the "
        "Medical Officer of Health launch the check-in program for isolated older adults before the 2027 heat season. "
        "CARRIED unanimously.")
para(r, "Moved by Councillor Purcell, seconded by Mr. Vukovic: That Recommendation 1 be amended so that four cooling "
        "centres, rather than six, stay open until 11 p.m. during a Heat Warning, and be adopted as amended. CARRIED.")
para(r, "Moved by Ms. Tay, seconded by Councillor Lachance: That Recommendations 2 and 3 be dealt with together, that the "
        "heat vulnerability map be endorsed as presented, and that the Board not ask the Province to amend the Residential "
        "Tenancies Act at this time, pending the outcome of the City's own by-law review. CARRIED.")
para(r, "Moved by Councillor Osei, seconded by Councillor Purcell: That Recommendation 6 be referred to the 2027 budget "
        "deliberations, and that the tree canopy program be considered alongside the City's Urban Forest Strategy. CARRIED.")
para(r, "Moved by Mr. Vukovic, seconded by Ms. Tay: That the Board request Kestrel Bay Transit to offer free fares to "
        "cooling centres on the first day of an Extended Heat Warning only, with a report back on costs. CARRIED.")
hd(r, "3. Influenza and COVID-19 Immunization Update", 10.5)
para(r, "Staff reported that 18,400 doses of influenza vaccine had been given at community clinics since October 5, 2026. "
        "The Board received the update for information.")
hd(r, "4. Adjournment", 10.5)
para(r, "Moved by Councillor Lachance: That the meeting adjourn. CARRIED. The meeting adjourned at 7:41 p.m. The next "
        "meeting will be held on December 14, 2026.")
r.output(H.out(NAME + "_response.pdf"))

H.write_expected(NAME, [
    {"number": 1, "starts_with": "That the Board of Health request the City to keep at least",
     "reply_contains": "four cooling centres, rather than six, stay open", "verdict": "partly"},
    {"number": 2, "starts_with": "That the Board of Health endorse a heat vulnerability map",
     "reply_contains": "heat vulnerability map be endorsed as presented", "verdict": "agrees"},
    {"number": 3, "starts_with": "That the Board of Health ask the Province to amend the",
     "reply_contains": "the Board not ask the Province to amend", "verdict": "disagrees"},
    {"number": 4, "starts_with": "That the Board of Health direct the Medical Officer of Health",
     "reply_contains": "That Recommendation 4 be adopted, and that the", "verdict": "agrees"},
    {"number": 5, "starts_with": "That the Board of Health request Kestrel Bay Transit to offer",
     "reply_contains": "on the first day of an Extended Heat Warning only", "verdict": "partly"},
    {"number": 6, "starts_with": "That the Board of Health allocate $150,000 from the 2027 budget",
     "reply_contains": "That Recommendation 6 be referred to the 2027 budget deliberations", "verdict": "noted"},
    {"number": 7, "starts_with": "That the Board of Health forward this report to the Kestrel",
     "reply_contains": None, "verdict": "unanswered"},
], ["No declarations of pecuniary interest were made",
    "18,400 doses of influenza vaccine had been given",
    "The meeting adjourned at 7:41 p.m."],
   "Advice: Ontario MOH report to the Board of Health, recs numbered 1.-7. 'That the Board of Health ...' under "
   "'Recommendations' at the front; traps: 'Financial Impact' citing Recommendation 6, HPPA 'the Board must ensure', the "
   "2019 plan 'the City should open cooling centres' quoted, 'should stay below 26 degrees'. Response: minutes with "
   "motions, order 4, 1, 2+3, 6, 5 (5 by paraphrase, the rest by number); ONE motion for 2 (agrees) and 3 (disagrees, "
   "'not ... at this time'); 7 unanswered; call to order, immunization update, adjournment answer nothing.")
sys.exit(H.main([NAME]))

"""Round 44 (EN): an English NHS trust's Patient Safety Incident Investigation (PSII) report under the Patient
Safety Incident Response Framework (delayed escalation of a deteriorating patient on a medical ward), with
'Findings' numbered F1-F5 (some with 'should'), contributory factors, and seven 'Areas for improvement' in shaded
boxes coded AFI 1 - AFI 7; answered by the Medicine Division's Safety Improvement Plan: a landscape table by
theme (Theme | AFI | Safety action | Owner | Due | Measure / status) with PSIRF wording ('safety action agreed',
'no safety action - risk tolerated', 'escalated to the ICB'). fpdf2, A4, cleaned Liberation Sans, NHS-style blue
header band, running footer with classification and page X of Y. All content (trust, ward, people, figures, log
numbers) is invented.

Run:  /tmp/blind44en/bin/python tests/docs/src/blind44/gen_en_psii_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b44en as H
from fpdf import FPDF

NAME = "blind44_en_psii"
BLUE = (0, 94, 184)
PALE = (232, 241, 251)

AFI = {1: ("Escalation at night", "There is no single agreed route for ward nurses to escalate a NEWS2 score of 5 "
           "or more between 20:00 and 08:00. The Trust should agree one escalation route, so that a clinician "
           "who can act on the score attends within 30 minutes."),
       2: ("Electronic observations", "The electronic observations system records NEWS2 scores but does not alert "
           "anyone outside the ward. An automatic alert to the Critical Care Outreach Team should be triggered "
           "when a score of 7 or more is entered."),
       3: ("Induction of temporary staff", "Bank and agency nurses working on Harlow Ward had not been shown how to "
           "use the handheld observation devices. Temporary staff should receive a local induction, including "
           "the devices, before their first shift on any ward."),
       4: ("Sepsis screening at handover", "The sepsis screening tool is completed in the Emergency Department but "
           "is not repeated when a patient is transferred to a ward. The sepsis screening tool should be "
           "repeated on arrival on the ward for every patient with a NEWS2 score of 3 or more."),
       5: ("Listening to families", "Mrs D's daughter twice told staff that her mother was 'not herself'. The "
           "Trust should introduce a route by which patients and families can request an urgent review by a "
           "team from outside the ward."),
       6: ("Staffing on the night of the incident", "Harlow Ward ran with three registered nurses for 28 patients, "
           "below its agreed establishment of four. The Division should review how staffing shortfalls at "
           "night are escalated and covered, including the use of the site staffing hub."),
       7: ("Time to first antibiotic", "Intravenous antibiotics were given 3 hours and 10 minutes after sepsis was "
           "suspected, partly because the prescribed antibiotic was not stocked on the ward. The Trust should "
           "review the ward stock list so that first-line sepsis antibiotics are available on every adult "
           "inpatient ward.")}


class Doc(FPDF):
    def __init__(self, foot, landscape=False):
        super().__init__(orientation="L" if landscape else "P", format="A4")
        self.foot = foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        w = self.w
        self.set_fill_color(*BLUE)
        self.rect(0, 0, w, 11, "F")
        self.set_text_color(255, 255, 255)
        self.set_font("LS", "B", 9)
        self.set_xy(18, 3)
        self.cell(0, 5, "Northgate and Fenbury Hospitals NHS Foundation Trust", align="L")
        self.set_xy(18, 3)
        self.cell(w - 36, 5, "NHS", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.foot, align="L")
        self.set_x(18)
        self.cell(self.w - 36, 5, "Page %d of {nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)


def h(pdf, t, size=12):
    pdf.ln(1.5)
    pdf.set_font("LS", "B", size)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, 6.5, t)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def p(pdf, t, size=9.6, st=""):
    pdf.set_font("LS", st, size)
    pdf.multi_cell(0, 5, t, markdown=True)
    pdf.ln(1.8)


def box(pdf, n):
    title, text = AFI[n]
    if pdf.will_page_break(24):
        pdf.add_page()
    pdf.set_fill_color(*PALE)
    pdf.set_draw_color(*BLUE)
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("LS", "B", 9.6)
    pdf.multi_cell(0, 5.5, "AFI %d: %s" % (n, title), fill=True, border="LTR", padding=(1.5, 3, 0, 3))
    pdf.set_font("LS", "", 9.6)
    pdf.multi_cell(0, 5, text, fill=True, border="LBR", padding=(0, 3, 2, 3))
    pdf.ln(3)


def advice(path):
    pdf = Doc("OFFICIAL-SENSITIVE | PSII report | StEIS/Datix ref. W118204 | Version 1.0 final")
    pdf.add_page()
    pdf.set_font("LS", "B", 18)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, 9, "Patient Safety Incident Investigation (PSII) report")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 11)
    pdf.multi_cell(0, 6, "Delayed recognition and escalation of a deteriorating patient, Harlow Ward, Fenbury "
                         "General Hospital")
    pdf.ln(2)
    pdf.set_font("LS", "", 8.8)
    with pdf.table(width=174, col_widths=(50, 124), line_height=5, first_row_as_headings=False) as t:
        for a, b in (("Incident date", "9 September 2025"), ("Datix reference", "W118204"),
                     ("Date commissioned", "16 September 2025 (Patient Safety Incident Response Group)"),
                     ("Lead investigator", "Sian Marlowe, Patient Safety Partner Lead Investigator"),
                     ("Executive lead", "Dr Omar Haddad, Chief Medical Officer"),
                     ("Report approved", "Patient Safety and Quality Committee, 22 January 2026")):
            r = t.row()
            pdf.set_font("LS", "B", 8.8)
            r.cell(a)
            pdf.set_font("LS", "", 8.8)
            r.cell(b)
    pdf.ln(3)
    h(pdf, "1. Executive summary")
    p(pdf, "Mrs D, aged 78, was admitted to Harlow Ward from the Emergency Department on 8 September 2025 with a "
           "urinary tract infection. During the night of 9 September her NEWS2 score rose from 3 to 9 over six "
           "hours. She was reviewed by a doctor at 04:40 and transferred to the Intensive Care Unit at 07:15 with "
           "septic shock. Mrs D survived but spent 11 days in intensive care. This investigation was carried out "
           "under the Patient Safety Incident Response Framework (PSIRF) and the Trust's Patient Safety Incident "
           "Response Plan 2024-2026. It does not seek to find individual fault; its purpose is to understand how "
           "the system of care contributed to the incident and to identify areas for improvement.")
    p(pdf, "The investigation identified five findings and seven areas for improvement (AFIs). Safety actions "
           "in response to the AFIs will be developed by the Medicine Division with the staff involved and "
           "recorded in a Safety Improvement Plan.")
    h(pdf, "2. Methodology")
    p(pdf, "The investigation used the Systems Engineering Initiative for Patient Safety (SEIPS) framework. The "
           "investigator reviewed the electronic patient record, observation data and staffing rosters, held "
           "eleven interviews with staff and met Mrs D and her daughter twice. A timeline is at Appendix A "
           "(not reproduced in this version).")
    h(pdf, "3. Findings")
    for code, t in (
            ("F1", "NEWS2 scores of 5, 6 and 7 were recorded at 23:10, 00:20 and 01:30. Each score should have "
                   "prompted an urgent review. The nurse in charge bleeped the on-call junior doctor three times; "
                   "the doctor was in the Emergency Department and did not attend until 04:40."),
            ("F2", "Staff were unclear whether the Critical Care Outreach Team, which works 08:00-20:00, could be "
                   "contacted at night. Two of eleven staff interviewed thought the Hospital at Night coordinator "
                   "should be called first."),
            ("F3", "An agency nurse had entered observations on paper because she could not log in to the handheld "
                   "device. The paper chart was transcribed into the electronic record 2 hours later."),
            ("F4", "Mrs D's daughter telephoned the ward at 22:45 and visited at 07:00; on both occasions she said "
                   "her mother was confused and 'not herself'. This was recorded but not escalated."),
            ("F5", "The Trust's Deteriorating Patient Policy (v4.2, 2023) states that a score of 7 or more "
                   "'must be escalated to a registrar or above'. This did not happen until 05:05.")):
        pdf.set_font("LS", "B", 9.6)
        y = pdf.get_y()
        pdf.cell(12, 5, code)
        pdf.set_xy(30, y)
        pdf.set_font("LS", "", 9.6)
        pdf.multi_cell(0, 5, t)
        pdf.ln(1.5)
    p(pdf, "Contributory factors (SEIPS): **people** - skill mix and temporary staff; **tasks** - manual "
           "escalation by bleep; **tools and technology** - no automatic alerting; **organisation** - night "
           "cover arrangements; **external environment** - pressure in the Emergency Department. The "
           "investigation found no evidence that any individual acted outside what could reasonably be expected "
           "in the circumstances.")
    h(pdf, "4. Areas for improvement")
    p(pdf, "The following areas for improvement are made to the Medicine Division and, where stated, to the "
           "Trust. They are numbered for reference only and are not in order of priority.")
    for n in range(1, 8):
        box(pdf, n)
    h(pdf, "5. Next steps")
    p(pdf, "The Medicine Division will develop safety actions against each AFI, with measurable outcomes, and "
           "present its Safety Improvement Plan to the Patient Safety Incident Response Group within eight weeks "
           "of the report's approval. Mrs D and her family have been offered a copy of this report.")
    pdf.output(path)


def response(path):
    pdf = Doc("OFFICIAL | Safety Improvement Plan SIP-MED-2026-03 | Medicine Division | Approved PSIRG 12 March 2026",
              landscape=True)
    pdf.add_page()
    pdf.set_font("LS", "B", 16)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 8, "Safety Improvement Plan: deteriorating patient (PSII W118204, Harlow Ward)")
    pdf.ln(9)
    pdf.set_text_color(0, 0, 0)
    p(pdf, "Prepared by: Divisional Director of Nursing, Medicine Division. Developed with Harlow Ward staff, the "
           "Critical Care Outreach Team, the Resuscitation and Deterioration Group and the Patient Safety "
           "Partners. Progress will be reported to the Patient Safety Incident Response Group (PSIRG) every two "
           "months until all actions are closed.", size=9)
    widths = (34, 16, 112, 34, 20, 45)
    rows = [
        ("Theme", "AFI", "Safety action / response", "Owner", "Due", "Measure / status"),
        ("Recognition and escalation", "2",
         "No safety action at this stage. The electronic observations supplier has confirmed that automatic alerts "
         "to a team outside the ward require the new EPR release; risk tolerated until then and recorded on the "
         "divisional risk register (risk 2214).",
         "Chief Nursing Information Officer", "-", "Reviewed when EPR release dated"),
        ("Recognition and escalation", "1",
         "Safety action agreed. The Critical Care Outreach Team will cover 24 hours a day from 6 April 2026 (two "
         "additional posts funded); NEWS2 of 5 or more at night to be escalated directly to outreach via a single "
         "extension, 4444.",
         "Head of Critical Care Outreach", "06/04/2026", "Audit: % of NEWS2 >= 5 reviewed within 30 min (target 90%)"),
        ("Recognition and escalation", "4",
         "The Resuscitation and Deterioration Group considered this AFI and decided not to add a second screening "
         "on the ward: the ED screen and the NEWS2 trigger already prompt sepsis screening, and duplicate screening "
         "was found to add workload without benefit in the 2024 audit.",
         "Chair, Resuscitation and Deterioration Group", "-", "Closed - no action"),
        ("Workforce", "3 and 6",
         "Local induction checklist, including the handheld devices, made mandatory for bank and agency staff "
         "from 1 February 2026; the staffing bureau will not confirm a shift until the checklist is signed. "
         "Night staffing: the site staffing hub will be contacted for every shortfall, but a full review of "
         "night escalation is deferred to the Trust-wide nursing establishment review in autumn 2026.",
         "Matron, Acute Medicine / Deputy Chief Nurse", "01/02/2026 (AFI 3)", "AFI 3 complete; AFI 6 in progress"),
        ("Patients and families", "5",
         "Escalated to the Integrated Care Board: a patient- and family-initiated escalation route is being "
         "introduced across the system in line with the national programme. The Trust will take part and has "
         "nominated a lead; no separate Trust scheme will be designed.",
         "Head of Patient Experience", "ICB to confirm", "Update at next PSIRG"),
        ("Learning and assurance", "-",
         "Learning from this PSII shared at the divisional Safety Huddle and in the Trust's monthly Patient "
         "Safety bulletin; a simulation scenario based on the incident added to the acute illness course.",
         "Patient Safety Specialist", "31/03/2026", "Complete"),
    ]
    with pdf.table(width=261, col_widths=widths, line_height=4.6, first_row_as_headings=True, text_align="LEFT") as t:
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                pdf.set_font("LS", "B" if i == 0 else "", 8.4)
                row.cell(c)
    pdf.ln(3)
    p(pdf, "Family involvement: Mrs D and her daughter met the Divisional Director of Nursing on 24 February 2026 "
           "and were given a copy of this plan. The family's comments have been included in the actions above.",
      size=9)
    pdf.output(path)


NOTES = ("NHS Patient Safety Incident Investigation (PSIRF) report: findings F1-F5 (F1 and F2 with 'should', F5 "
         "quoting the policy's 'must'), contributory factors, and seven areas for improvement in shaded boxes 'AFI "
         "N: title' whose text ends in a 'should' sentence (the Trust / Division should ...). Traps: findings F1-F5, "
         "'five findings and seven areas for improvement' in the summary, 'Safety actions ... will be developed', the "
         "Next steps paragraph. Response: the Medicine Division's Safety Improvement Plan, a landscape table by "
         "theme, order 2, 1, 4, 3+6, 5: AFI 2 'No safety action at this stage ... risk tolerated' until the EPR "
         "release (disagrees, or noted); AFI 1 outreach 24 hours a day from April 2026 (agrees); AFI 4 'decided "
         "not to add a second screening' (disagrees); one row '3 and 6': induction checklist mandatory (3 agrees), "
         "site staffing hub contacted but the full review of night escalation deferred to the establishment "
         "review (6 partly); AFI 5 'Escalated to the Integrated Care Board', take part in the system route (noted, "
         "or partly); AFI 7 (antibiotic ward stock) unanswered. The 'Learning and assurance' row (AFI '-') and the "
         "family involvement paragraph answer no AFI.")


def expected():
    recs = [
        {"number": "AFI %d" % n, "starts_with": " ".join(AFI[n][1].split()[:11]), "reply_contains": rc, "verdict": v,
         **({"also": a} if a else {})}
        for n, rc, v, a in (
            (1, "The Critical Care Outreach Team will cover 24 hours a day", "agrees", None),
            (2, "require the new EPR release; risk tolerated until then", "disagrees", ["noted", "partly"]),
            (3, "Local induction checklist, including the handheld devices, made mandatory", "agrees", None),
            (4, "decided not to add a second screening on the ward", "disagrees", None),
            (5, "a patient- and family-initiated escalation route is being introduced", "noted", ["partly"]),
            (6, "a full review of night escalation is deferred", "partly", None),
            (7, None, "unanswered", None))]
    H.write_expected(NAME, recs, ["a simulation scenario based on the incident added",
                                  "met the Divisional Director of Nursing on 24 February 2026"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b44en.py"), NAME)) and 1)

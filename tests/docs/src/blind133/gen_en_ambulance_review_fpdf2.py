"""Round 133 (EN): an Australian state INDEPENDENT REVIEW PANEL's report on AMBULANCE HANDOVER DELAYS ('ramping'),
answered by the GOVERNMENT RESPONSE, inline 'Recommendation 3.1: Supported.' paragraphs.
The advice: recommendations numbered BY CHAPTER (3.1, 3.2, 4.1, 4.2, 4.3, 5.1, 6.1), each with a bold label
'Recommendation 3.1' in a left-hand margin column and the text beside it. Traps: the terms of reference (a)-(d), 'Key
findings' numbered 1-5, a table of handover times by hospital, the Health Services Act 1997 paraphrased ('must'),
the Auditor-General's 2019 recommendation quoted ('should'), 'The Panel does not recommend ...', a closing naming
'Recommendations 3.1 and 5.1'.
The response: Minister's foreword (nothing), funding overview with figures (nothing), then inline paragraphs in
another order: 3.1 Supported, 6.1 Supported, 3.2 Supported in part, 5.1 Not supported, 'Recommendations 4.1 and 4.2'
in one paragraph (4.1 supported, 4.2 noted), the Panel's Key finding 2 'accepted' (not a reply), next steps
(nothing); 4.3 is never mentioned.
fpdf2, A4, cleaned Liberation Sans (report) and DejaVu Serif (response), fixed creation dates; header and 'Page N of
M' stamped from page 2. All bodies, people, places, figures and references invented; the Health Services Act 1997
is invented too.
Run:  /tmp/blind133en/bin/python tests/docs/src/blind133/gen_en_ambulance_review_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b133en as H
from fpdf import FPDF

NAME = "blind133_en_ambulance_review"
INK = (150, 20, 40)
NAVY = (20, 45, 90)


class Doc(FPDF):
    def __init__(self, date, fam, size, ink):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = fam, size, ink
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf")),
                         ("DS", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(24, 21, 24)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.47

    def meta(self, t):
        self.set_font(self.fam, "", 8.5)
        self.set_text_color(95, 95, 95)
        self.multi_cell(self.tw, 4.4, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 17)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7.6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(2)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", 12.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6.2, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True)
        self.ln(1.8)

    def listing(self, items, marks):
        self.set_font(self.fam, "", self.size)
        for m, it in zip(marks, items):
            self.set_x(self.l_margin + 3)
            self.cell(8, self.lh, m)
            self.multi_cell(self.tw - 11, self.lh, it)
            self.ln(0.8)
        self.ln(1)

    def rec(self, label, t):
        """A recommendation: the label in a left column, the text beside it, a rule above."""
        self.set_font(self.fam, "", self.size)
        lines = len(self.multi_cell(self.tw - 38, self.lh, t, dry_run=True, output="LINES"))
        if self.get_y() + lines * self.lh + 4 > self.h - 22:
            self.add_page()
        y = self.get_y()
        self.set_draw_color(*self.ink)
        self.set_line_width(0.4)
        self.line(self.l_margin, y, self.l_margin + self.tw, y)
        self.set_xy(self.l_margin, y + 1.5)
        self.set_font(self.fam, "B", self.size - 1)
        self.set_text_color(*self.ink)
        self.multi_cell(36, self.lh, label, align="L")
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", self.size)
        self.set_xy(self.l_margin + 38, y + 1.5)
        self.multi_cell(self.tw - 38, self.lh, t)
        self.ln(3)


def advice():
    d = Doc(dt.datetime(2025, 8, 29, 9, 0, tzinfo=dt.timezone.utc), "LS", 10, INK)
    d.meta("INDEPENDENT REVIEW OF AMBULANCE HANDOVER DELAYS  |  Final report to the Minister for Health  |  "
           "August 2025  |  IRAHD/FR/2025")
    d.h1("Every minute counts: final report of the Independent Review of Ambulance Handover Delays")
    d.meta("Panel: Professor Colleen Marsh-Tanaka (Chair), Mr Viliami Fonua, Dr Annelise Burgess")
    d.h2("1. Introduction")
    d.para("The Minister for Health appointed the Panel in February 2025 to review why ambulance crews wait at "
           "hospital emergency departments before they can hand over their patients, a practice known as "
           "ramping. Our terms of reference asked us to:")
    d.listing(["examine the causes of handover delays at public hospitals served by the Coastal Plains "
               "Ambulance Service;",
               "assess the effect of delays on patients, paramedics and ambulance response times;",
               "consider arrangements in other jurisdictions; and",
               "recommend practical actions for government, hospitals and the Ambulance Service."],
              ["(a)", "(b)", "(c)", "(d)"])
    d.para("The Health Services Act 1997 provides that a local health service must provide emergency care to "
           "any person who presents for it, but says nothing about when the care of a patient passes from "
           "paramedics to the hospital. That gap is at the centre of this report.")
    d.h2("2. Key findings")
    d.listing(["In 2024-25, 41 per cent of ambulance patients at the five busiest hospitals waited more than 30 "
               "minutes to be handed over.",
               "Delays are caused mainly by a shortage of inpatient beds, not by emergency department staffing.",
               "Lost ambulance hours rose from 58,000 in 2022-23 to 97,500 in 2024-25.",
               "Crews held at hospital were not available for 1 in 6 of the most urgent calls in the same area.",
               "Patients who could have been treated elsewhere make up about 14 per cent of ambulance arrivals."],
              ["1.", "2.", "3.", "4.", "5."])
    d.set_font("LS", "B", 9)
    rows = [("Hospital", "Median handover (min)", "Over 60 min (%)", "Lost hours 2024-25"),
            ("Port Carrick General", "47", "22", "31,400"), ("Wyndale Base", "39", "15", "19,800"),
            ("St Brigid's Northern", "35", "12", "16,900"), ("Lakeside Regional", "33", "11", "15,200"),
            ("Marrick Vale", "29", "8", "14,200")]
    with d.table(col_widths=(58, 38, 32, 34), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                 line_height=5.2, first_row_as_headings=False) as tb:
        for i, r in enumerate(rows):
            d.set_font("LS", "B" if i == 0 else "", 9)
            row = tb.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.h2("3. At the hospital door")
    d.para("In 2019 the Auditor-General recommended that the Department \"should set a statewide standard for "
           "the time taken to hand over ambulance patients\". A target of 30 minutes was published, but it is "
           "not binding and no hospital has met it in any month since.")
    d.rec("Recommendation 3.1", "The Government should require every public hospital to accept the clinical "
          "handover of each ambulance patient within 30 minutes of arrival, and to record the handover time "
          "electronically at the moment it happens.")
    d.rec("Recommendation 3.2", "The Department should fund a dedicated ambulance arrivals area, staffed by "
          "hospital nurses, at each of the five hospitals with the longest delays, so that crews can leave "
          "stable patients in the hospital's care.")
    d.h2("4. Keeping patients out of the emergency department")
    d.para("About one in seven ambulance patients could be treated safely somewhere other than an emergency "
           "department. The Ambulance Service's secondary triage desk, staffed by paramedics and nurses, already "
           "diverts some low-acuity calls, but only during business hours.")
    d.rec("Recommendation 4.1", "The Ambulance Service should run its secondary triage desk 24 hours a day, "
          "seven days a week, from 1 July 2026.")
    d.rec("Recommendation 4.2", "The Government should amend the Health Services Act 1997 so that paramedics "
          "may take patients directly to urgent care centres and refer them to general practitioners without "
          "first attending an emergency department.")
    d.rec("Recommendation 4.3", "The Department should publish monthly handover times for each public hospital "
          "on its website, in the same format as its elective surgery waiting times.")
    d.para("The Panel does not recommend fining hospitals for delays. Several witnesses supported fines, but we "
           "found no evidence from other jurisdictions that they shorten handover times.")
    d.h2("5. Governance")
    d.para("No single person is responsible for the flow of patients through the health system as a whole. Each "
           "local health service manages its own beds, and the Ambulance Service has no say in them.")
    d.rec("Recommendation 5.1", "The Government should appoint an independent Patient Flow Commissioner, "
          "reporting to the Minister, with the power to direct local health services to open beds or divert "
          "ambulances when handover delays pass an agreed level.")
    d.h2("6. Evaluation")
    d.rec("Recommendation 6.1", "The Department should commission an independent evaluation of the measures "
          "taken in response to this report and table it in Parliament within two years.")
    d.h2("7. Closing remarks")
    d.para("The Panel would urge the Government to give priority to Recommendations 3.1 and 5.1, which together "
           "address who is responsible for the patient at the door and who is responsible for the system.")
    d.para("Professor Colleen Marsh-Tanaka, Chair, for the Panel")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 11, 25, 9, 0, tzinfo=dt.timezone.utc), "DS", 10, NAVY)
    d.meta("DEPARTMENT OF HEALTH AND WELLBEING  |  Government response  |  November 2025  |  DHW-GR-25-018")
    d.h1("Government Response to the Independent Review of Ambulance Handover Delays")
    d.h2("Minister's foreword")
    d.para("I thank Professor Marsh-Tanaka and the Panel for a thorough and frank report. Paramedics, nurses "
           "and doctors across our hospitals gave their time and their honesty, and patients and families told "
           "the Panel what waiting in an ambulance is really like. The Government has considered each of the "
           "Panel's recommendations, and our response follows.")
    d.para("The Hon. Priya Castellano MP, Minister for Health")
    d.h2("Funding")
    d.para("The 2025-26 Budget provides $186.5 million over four years for ambulance and emergency care, "
           "including $42.0 million for 160 additional inpatient beds at Port Carrick General and Wyndale Base.")
    d.h2("Response to the recommendations")
    d.para("**Recommendation 3.1: Supported.** From 1 March 2026 every public hospital will be required to "
           "complete the handover of ambulance patients within 30 minutes. A new electronic handover button in "
           "the paramedic tablet system will record the time automatically.")
    d.para("**Recommendation 6.1: Supported.** The Department will engage an independent evaluator in 2026, and "
           "the evaluation will be tabled in Parliament by December 2027.")
    d.para("**Recommendation 3.2: Supported in part.** Arrivals areas staffed by hospital nurses will open at "
           "Port Carrick General, Wyndale Base and St Brigid's Northern during 2026. The Government will decide "
           "on the two remaining hospitals once the first three have run for a year.")
    d.para("**Recommendation 5.1: Not supported.** The Government does not intend to create a new statutory "
           "office. Responsibility for patient flow will instead sit with the Department's existing System "
           "Operations Centre, which already coordinates beds across local health services.")
    d.para("**Recommendations 4.1 and 4.2.** The Government supports extending the secondary triage desk to "
           "operate around the clock, and has funded this from 1 July 2026. Changes to the Act to allow direct "
           "referral raise questions of clinical governance and professional liability; the Government notes "
           "the recommendation and will seek the views of the medical colleges and the Paramedicine Board "
           "before deciding whether to legislate.")
    d.para("The Government also accepts the Panel's Key finding 2, that bed shortages rather than staffing "
           "are the main cause of delays, which is why most of the new funding goes to inpatient beds.")
    d.h2("Next steps")
    d.para("The Department will report to the Minister every quarter on progress, and a public progress "
           "statement will be released each year until the evaluation is complete.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Independent Review of Ambulance Handover Delays - Final report",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Government Response - DHW-GR-25-018",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSerif.ttf"))
    recs = [
        {"number": 1, "starts_with": "The Government should require every public hospital to accept the",
         "reply_contains": "every public hospital will be required to complete the handover",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "The Department should fund a dedicated ambulance arrivals area, staffed",
         "reply_contains": "will decide on the two remaining hospitals once the first three",
         "verdict": "partly"},
        {"number": 3, "starts_with": "The Ambulance Service should run its secondary triage desk 24",
         "reply_contains": "supports extending the secondary triage desk to operate around the clock",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The Government should amend the Health Services Act 1997 so",
         "reply_contains": "will seek the views of the medical colleges and the Paramedicine Board",
         "verdict": "noted"},
        {"number": 5, "starts_with": "The Department should publish monthly handover times for each public",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "The Government should appoint an independent Patient Flow Commissioner",
         "reply_contains": "The Government does not intend to create a new statutory office",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "The Department should commission an independent evaluation of the measures",
         "reply_contains": "the evaluation will be tabled in Parliament by December 2027",
         "verdict": "agrees"},
    ]
    unmatched = ["Paramedics, nurses and doctors across our hospitals gave their time",
                 "including $42.0 million for 160 additional inpatient beds",
                 "also accepts the Panel's Key finding 2",
                 "The Department will report to the Minister every quarter on progress"]
    notes = ("Advice: an Australian state INDEPENDENT REVIEW PANEL's final report on ambulance handover delays "
             "('ramping'); seven recommendations numbered BY CHAPTER, 3.1, 3.2, 4.1, 4.2, 4.3, 5.1, 6.1, each with "
             "a bold label 'Recommendation 3.1' in a left-hand margin column beside the text, under a thin rule. "
             "Traps: the terms of reference (a)-(d), 'Key findings' 1-5 with figures, a handover table by hospital, "
             "the (invented) Health Services Act 1997 paraphrased ('must provide'), the Auditor-General's 2019 "
             "recommendation quoted ('should set a statewide standard'), 'The Panel does not recommend fining "
             "hospitals', a closing urging 'Recommendations 3.1 and 5.1'. Response: the GOVERNMENT RESPONSE with "
             "inline bold 'Recommendation 3.1: Supported.' paragraphs in another order: 3.1 Supported (agrees), 6.1 "
             "Supported (agrees), 3.2 'Supported in part', three of five hospitals (partly), 5.1 'Not supported' "
             "(disagrees), then ONE paragraph 'Recommendations 4.1 and 4.2': 4.1 supported and funded (agrees), 4.2 "
             "'notes the recommendation', will seek views before deciding (noted). The foreword, the Funding "
             "section (figures), the paragraph accepting 'Key finding 2' (a finding, not a recommendation) and "
             "'Next steps' answer nothing; 4.3 (monthly public handover times) is never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

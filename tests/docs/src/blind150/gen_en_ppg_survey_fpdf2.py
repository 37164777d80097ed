"""Round 150 (EN): a GP practice's PATIENT PARTICIPATION GROUP ANNUAL SURVEY REPORT to the practice, answered by the
practice manager's 'YOU SAID, WE DID' table, which PARAPHRASES each concern in a 'You said' column without numbers,
in another order, one row answering two with different verdicts, an extra row not from the report, one left out.
The advice: a survey results table with QUESTIONS NUMBERED Q1-Q7 (as many as the recommendations), sections 1-5;
the seven recommendations are UNNUMBERED paragraphs with BOLD LEAD-INS ('Phone queue.', 'Same-day appointments.')
in the imperative, under 'What we would like the practice to do'. Traps: the GP contract paraphrased ('every
practice must have a patient participation group and should ...'); last year's PPG recommendation QUOTED ('The
practice should install a self check-in screen ...'), done; a patient quoted ('you should be able to book ...');
'We do not recommend that the practice stop offering telephone consultations'.
The response: a letter opening (nothing); table rows: queue position message (1 agrees); same-day release stays at
8 am (2 disagrees); ONE row on named GP and the NHS App: letters to the over-75s only (3 partly), drop-in sessions
'noted' (6 noted); repeat prescriptions stay at three days (4 disagrees); hearing loop sign moved and tested (5
agrees); a row on disabled parking 'not in the survey report' (unmatched); closing (nothing); 7, the carers'
register, never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2.
The GP contract is named as context only (what is said of it is paraphrased and not to be relied on); the practice,
the group, people, places, figures and references are invented.
Run:  /tmp/blind150en/bin/python tests/docs/src/blind150/gen_en_ppg_survey_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b150en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind150_en_ppg_survey"
TEAL = (0, 94, 98)
PLUM = (110, 40, 80)
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
        self.set_font(self.fam, "", 8.4)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.2, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t, size=15):
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.45, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t, size=10.8):
        self.ln(0.8)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def quote(self, t):
        self.set_font(self.fam, "I", self.size)
        self.set_x(self.l_margin + 12)
        self.multi_cell(self.tw - 20, self.lh, t, align="L")
        self.ln(1.6)

    def num(self, no, t, w=10, style="", indent=0):
        self.set_font(self.fam, "", self.size)
        y = self.get_y()
        if y > self.h - 30:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(w, self.lh, no)
        self.set_xy(self.l_margin + indent + w, y)
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw - w - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def grid(self, head, rows, widths, size=None):
        size = size or self.size - 0.7
        self.set_font(self.fam, "", size)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        hs = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.ink)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.47, headings_style=hs,
                        padding=1.5, width=self.tw) as t:
            r = t.row()
            for c in head:
                r.cell(c)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)


RECS = [
    ("Phone queue.", "Add a queue position message to the telephone system, so that callers know how many people "
                     "are ahead of them and can decide whether to wait."),
    ("Same-day appointments.", "Release some of the same-day appointments at 2 pm as well as at 8 am, so that "
                               "working patients are not forced to ring at the busiest time of the day."),
    ("Named GP.", "Tell every patient aged 75 and over, and every patient with a long-term condition, who their "
                  "named GP is, by letter or by text message."),
    ("Repeat prescriptions.", "Reduce the time taken to issue a repeat prescription from three working days to "
                              "two, as most nearby practices already do."),
    ("Hearing loop.", "Move the hearing loop sign to the front of the reception desk and check once a month that "
                      "the loop is working."),
    ("Online access.", "Run drop-in sessions in the waiting room to help older patients set up and use the NHS "
                       "App, with volunteers from the PPG."),
    ("Carers.", "Keep an up-to-date register of patients who are carers and offer them appointments at times "
                "that fit around their caring."),
]


def advice():
    d = Doc(datetime.datetime(2025, 7, 24, 9, 0, tzinfo=datetime.timezone.utc), 9.5, TEAL)
    d.meta("RIVERSIDE LANE SURGERY PATIENT PARTICIPATION GROUP  |  Ashworth  |  Report PPG/RLS/2025/1  |  "
           "24 July 2025")
    d.h1("Annual Patient Survey 2025: what patients told us")
    d.meta("Report of the Patient Participation Group to the partners and the practice manager of Riverside Lane "
           "Surgery. Chair: Brenda Akinyemi-Lowe. Survey run by PPG volunteers from 12 May to 13 June 2025.")
    d.h2("1  About the group and the survey")
    d.para("The Patient Participation Group is a group of eleven patients who meet with the practice every two "
           "months. The GP contract says that every practice must have a patient participation group and should "
           "take account of its views when it plans its services. This is our fourth annual survey. Paper "
           "questionnaires were handed out in the waiting room and a link was sent by text message to every "
           "adult patient; 412 patients replied, about 5 per cent of the list.")
    d.h2("2  What patients said")
    d.grid(["No.", "Question", "2025", "2024"],
           [["Q1", "Easy to get through on the phone (very or fairly)", "38%", "44%"],
            ["Q2", "Got an appointment on the day they wanted one", "51%", "49%"],
            ["Q3", "Know who their named GP is", "22%", "not asked"],
            ["Q4", "Repeat prescription ready when expected", "83%", "85%"],
            ["Q5", "Waiting room comfortable and accessible", "79%", "74%"],
            ["Q6", "Have used the NHS App or the practice website", "57%", "46%"],
            ["Q7", "Overall experience of the practice good", "81%", "84%"]], [13, 113, 20, 20])
    d.para("The fall in Q1 is the clearest message of the survey. More than 140 patients wrote comments about "
           "the phones, most of them about waiting without knowing how long the wait would be. One patient "
           "wrote: 'you should be able to book a blood test without ringing at 8 in the morning like everyone "
           "else.' Patients who work, or who take children to school, said the 8 am rush was the hardest part.")
    d.h2("3  Last year's report")
    d.para("In 2024 we asked that:")
    d.quote("'The practice should install a self check-in screen in the waiting room.'")
    d.para("The screen was installed in January and is used by about half of patients arriving for an "
           "appointment. We thank the practice for acting on it so quickly.")
    d.h2("4  Telephone consultations")
    d.para("Many comments praised the doctors' telephone calls, especially from patients with mobility problems "
           "and from those who work away. We do not recommend that the practice stop offering telephone "
           "consultations, even though some patients would prefer to be seen in person.")
    d.h2("5  What we would like the practice to do")
    d.para("The group discussed the results at its meeting on 8 July and agreed the following. We would be "
           "grateful for the practice's response by the end of October, so that we can report it to patients "
           "in the winter newsletter.")
    for lead, t in RECS:
        d.para(f"**{lead}** {t}")
    d.meta("Brenda Akinyemi-Lowe, Chair, on behalf of the Riverside Lane Surgery Patient Participation Group")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 10, 15, 9, 0, tzinfo=datetime.timezone.utc), 9.6, PLUM, fam="Serif")
    d.meta("Riverside Lane Surgery, 2 Riverside Lane, Ashworth AW3 9PN", align="R")
    d.h1("You said, we did: the practice's response to the PPG survey 2025", size=14)
    d.para("Dear Brenda,")
    d.para("Thank you, and thank you to all the volunteers who ran this year's survey. The partners discussed the "
           "report at their meeting on 1 October. The table below sets out what we have done, or will do, about "
           "each of the group's points. We have kept your wording short in the first column so that the table "
           "can go straight into the newsletter and onto the waiting room board.")
    rows = [
        ["Callers do not know how long they will be waiting.",
         "Since 8 September callers now hear their place in the queue, updated every 30 seconds."],
        ["The hearing loop is hard to find and does not always work.",
         "The sign has moved to the front of the desk, and the loop is now tested on the first Monday of each "
         "month by the reception supervisor."],
        ["Patients do not know their named GP, and older patients need help with the NHS App.",
         "In September letters naming their GP went to patients aged 75 and over. We are not able to do the same "
         "for patients with long-term conditions this year, as their records are still being moved to the new "
         "system. We have noted the idea of NHS App drop-in sessions and will look at it again when our digital "
         "care coordinator starts in the new year."],
        ["Repeat prescriptions should be quicker.",
         "We looked at this with our clinical pharmacist. Three working days are needed for the pharmacist's "
         "safety checks and for the pharmacies to dispense, so the time will stay as it is."],
        ["It should be possible to get a same-day appointment without ringing at 8 am.",
         "We will keep releasing all same-day appointments at 8 am. The duty doctor's afternoon is kept for home "
         "visits and urgent calls, and routine appointments can already be booked online at any time."],
        ["Disabled patients find it hard to park (raised at the July meeting, not in the survey report).",
         "In August two more disabled parking bays were marked near the main entrance."],
    ]
    d.grid(["You said", "What we have done or will do"], rows, [58, 108])
    d.para("We are grateful for the group's support over the past year and look forward to seeing you at the "
           "next meeting on 11 November.")
    d.para("Yours sincerely,")
    d.para("Joanne Kettleby, Practice Manager, on behalf of the partners")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Riverside Lane Surgery PPG - Annual Patient Survey 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Riverside Lane Surgery - You said, we did",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "1", "starts_with": "Add a queue position message to the telephone system, so that",
         "reply_contains": "callers now hear their place in the queue",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Release some of the same-day appointments at 2 pm as",
         "reply_contains": "We will keep releasing all same-day appointments at 8 am",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": "Tell every patient aged 75 and over, and every patient",
         "reply_contains": "not able to do the same for patients with long-term conditions",
         "verdict": "partly"},
        {"number": "4", "starts_with": "Reduce the time taken to issue a repeat prescription from",
         "reply_contains": "Three working days are needed for the pharmacist's safety checks",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "Move the hearing loop sign to the front of the",
         "reply_contains": "the loop is now tested on the first Monday",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Run drop-in sessions in the waiting room to help older",
         "reply_contains": "We have noted the idea of NHS App drop-in sessions",
         "verdict": "noted"},
        {"number": "7", "starts_with": "Keep an up-to-date register of patients who are carers and",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["two more disabled parking bays were marked near the main entrance"]
    notes = ("Advice: a GP practice's PATIENT PARTICIPATION GROUP ANNUAL SURVEY REPORT. The seven recommendations "
             "are UNNUMBERED paragraphs with BOLD LEAD-INS ('Phone queue.', 'Same-day appointments.', 'Named GP.', "
             "...) in the imperative, under '5 What we would like the practice to do'. Traps: a survey results "
             "table with QUESTIONS NUMBERED Q1-Q7 (as many as the recommendations); the GP contract paraphrased "
             "('every practice must have a patient participation group and should take account of its views'); "
             "last year's PPG recommendation QUOTED ('The practice should install a self check-in screen ...'), "
             "done; a patient quoted ('you should be able to book a blood test ...'); 'We do not recommend that "
             "the practice stop offering telephone consultations'. Response: the practice manager's letter with a "
             "'YOU SAID, WE DID' table 'You said | What we have done or will do' that PARAPHRASES each point "
             "without numbers, other order: queue position message live (1 agrees); hearing loop sign moved and "
             "tested monthly (5 agrees); ONE row answering two: letters naming the GP to the over-75s but not to "
             "patients with long-term conditions this year (3 partly), NHS App drop-in sessions 'noted' (6 "
             "noted); repeat prescriptions stay at three days (4 disagrees); same-day appointments still all at 8 "
             "am (2 disagrees); a row on disabled parking 'not in the survey report' (unmatched); 7, the carers' "
             "register, never mentioned (unanswered). Opening and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

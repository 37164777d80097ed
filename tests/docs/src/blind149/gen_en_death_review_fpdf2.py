"""Round 149 (EN): a community safety partnership's DOMESTIC ABUSE RELATED DEATH REVIEW (overview report by an
independent chair), answered by the partnership's RESPONSE AND ACTION PLAN, a table with one row per recommendation
number, one row answering two with different verdicts, an extra row not arising from the review, one left out.
The advice: sections 1-6; the seven recommendations are the NUMBERED ROWS 1-7 of a closing table 'No. |
Recommendation | Lead', in the imperative, after LESSONS NUMBERED 1-6 in the analysis. Traps: the statutory guidance
paraphrased ('a review must be ... agencies should ...'); the 2021 review's recommendation QUOTED ('All agencies
should ask about domestic abuse ...'); Ruth's sister quoted ('someone should have asked her ...'); 'The panel does
not recommend a separate review of the police response'; a table of agency contacts.
The response: introduction (nothing); table: 1 accepted, form changed (agrees); 2 accepted in part, alert for
clinicians only (partly); 3 accepted, strangulation module (agrees); ONE row '5 and 6': the letter to the national
department noted, for the regional network (5 noted), a local campaign not supported (6 disagrees); 7 agreed,
standing item (agrees); 'Additional action' a hospital domestic abuse worker 'not arising from a recommendation'
(unmatched); closing (nothing); 4, the recovery service referral pathway, never (unanswered).
fpdf2, A4, cleaned Liberation Sans, fixed creation dates; header and 'Page N of M' stamped from page 2.
The Domestic Violence, Crime and Victims Act 2004 and the statutory guidance on reviews are named as context only
(what is said of them is paraphrased and not to be relied on); the partnership, the agencies, the chair, places,
figures and references are invented, and 'Ruth' is a pseudonym in the report itself.
Run:  /tmp/blind149en/bin/python tests/docs/src/blind149/gen_en_death_review_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b149en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind149_en_death_review"
PURPLE = (72, 38, 96)
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
    ("Ensure that every homelessness assessment includes a routine question about domestic abuse, asked when the "
     "applicant is seen alone.", "Harrowbridge Council, Housing Options"),
    ("Add an alert to the GP record of any patient discussed at the MARAC, so that all practice staff know the "
     "patient is at high risk.", "Harrowbridge Integrated Care Board"),
    ("Train ambulance crews to recognise the signs of non-fatal strangulation and to refer the patient to the "
     "MARAC the same day.", "South Vale Ambulance Service"),
    ("Agree a referral pathway from the drug and alcohol recovery service to the independent domestic violence "
     "advisers, with referrals made within 48 hours.", "Harrowbridge Recovery Partnership"),
    ("Write to the Department for Work and Pensions asking that work coaches be trained to recognise economic "
     "abuse.", "Safer Harrowbridge Partnership"),
    ("Commission a local awareness campaign aimed at the friends, family and workmates of people who may be "
     "experiencing domestic abuse.", "Safer Harrowbridge Partnership"),
    ("Monitor the action plan for this review at every meeting of the Partnership Board until all actions are "
     "complete.", "Partnership Board"),
]


def advice():
    d = Doc(datetime.datetime(2025, 7, 14, 9, 0, tzinfo=datetime.timezone.utc), 9.4, PURPLE)
    d.meta("SAFER HARROWBRIDGE PARTNERSHIP  |  Domestic Abuse Related Death Review  |  DARDR/HB/2024-02  |  "
           "Final version, 14 July 2025")
    d.h1("Overview Report into the death of Ruth, aged 46, in March 2024")
    d.meta("Independent chair and author: Marcus Oyelaran-Pike. 'Ruth' is the name chosen by her family for this "
           "report. The report has been anonymised for publication.")
    d.h2("1  Introduction")
    d.para("This review examines how agencies responded to Ruth, who lived in Harrowbridge and was killed by her "
           "partner in March 2024. He was convicted of her murder in February 2025. The review was commissioned "
           "by the Safer Harrowbridge Partnership under the Domestic Violence, Crime and Victims Act 2004. The "
           "panel met seven times between June 2024 and May 2025, and Ruth's sister and son contributed to it.")
    d.para("The statutory guidance says that a review must be held where a person aged 16 or over has died as a "
           "result of violence or abuse by someone they were related to or in an intimate relationship with, and "
           "that agencies should contribute openly and without seeking to apportion blame. The purpose is to "
           "learn lessons, not to decide who was responsible.")
    d.h2("2  Agency contact")
    d.grid(["Agency", "Contacts, 2021-2024", "Domestic abuse asked about?"],
           [["Harrowbridge Council, Housing Options", "2 homelessness assessments", "No"],
            ["GP practice (Lowgate Surgery)", "14 appointments", "Once, with partner present"],
            ["South Vale Ambulance Service", "3 call-outs", "No"],
            ["Harrowbridge Recovery Partnership", "9 months in treatment", "Yes, not referred on"],
            ["Northvale Police", "2 calls (neighbours)", "Yes, risk graded standard"]], [62, 50, 54])
    d.h2("3  Summary of events")
    d.para("Ruth approached Housing Options twice in 2022, with her partner, after rent arrears. In 2023 she was "
           "treated by ambulance crews after a fall, with marks on her neck that were not recorded as a possible "
           "sign of strangulation. She told her recovery worker in October 2023 that her partner controlled her "
           "money and her phone, but no referral to the domestic abuse service followed. Her sister told the "
           "panel:")
    d.quote("'Ruth never said the words. But she was frightened of him, and someone should have asked her on her "
            "own.'")
    d.h2("4  Lessons learned")
    for n, t in enumerate([
        "Ruth was almost always seen with her partner, so she was never asked about abuse in private.",
        "Signs of strangulation are easy to miss and were not recognised as a high risk factor.",
        "Her disclosure of economic and coercive control was recorded but not acted on.",
        "Information held by one agency did not reach the others who were seeing her.",
        "Her friends and workmates saw the changes in her but did not know where to turn.",
        "The 2021 review in Harrowbridge made a similar finding, which has not been fully carried out.",
    ], 1):
        d.num(f"Lesson {n}", t, w=17)
    d.para("The recommendation of that 2021 review was:")
    d.quote("'All agencies should ask about domestic abuse at every contact where it is safe to do so, and "
            "record the answer.'")
    d.h2("5  The police response")
    d.para("The police attended twice after calls from neighbours and completed the risk checklist both times. "
           "The panel does not recommend a separate review of the police response, which met the force's policy "
           "and has already been looked at by its professional standards department.")
    d.h2("6  Recommendations")
    d.para("The panel makes the following recommendations. Single agency actions already taken by the agencies "
           "are set out in their own reports and are not repeated here.")
    d.grid(["No.", "Recommendation", "Lead"], [[str(i), t, a] for i, (t, a) in enumerate(RECS, 1)], [12, 108, 46])
    d.meta("Marcus Oyelaran-Pike, Independent Chair, on behalf of the review panel, 14 July 2025")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 9, 22, 9, 0, tzinfo=datetime.timezone.utc), 9.2, PURPLE)
    d.meta("SAFER HARROWBRIDGE PARTNERSHIP  |  Partnership Board, 18 September 2025, item 6")
    d.h1("Review of the death of Ruth: response and action plan", size=14)
    d.para("The Partnership Board received the overview report of the review into the death of Ruth on 18 "
           "September 2025 and thanks the independent chair, the panel and above all Ruth's family. The Board's "
           "response to each recommendation, and the action agreed, is set out below. Progress will be reported "
           "to the Home Office with the final report.")
    rows = [
        ["1", "Accepted. Housing Options changed its assessment form on 1 August 2025, and officers now see every "
              "applicant alone for part of the interview.", "Head of Housing Options; done"],
        ["2", "Accepted in part. The alert will be added for patients discussed at the MARAC, but on legal "
              "advice it will be visible to clinicians only and not to reception staff.",
         "ICB Designated Nurse for Safeguarding; by 31 December 2025"],
        ["3", "Accepted. A module on non-fatal strangulation becomes part of mandatory training for all crews "
              "from January 2026, with a same day MARAC referral route.",
         "South Vale Ambulance Service Safeguarding Lead; by 31 March 2026"],
        ["5 and 6", "The Board notes the recommendation to write to the national department and will ask the "
                    "regional domestic abuse network to consider a joint approach. The Board does not support a "
                    "separate local campaign: the budget is committed to the refuge, and national campaign "
                    "materials will be shared through partners instead.",
         "Community Safety Manager; network meeting November 2025"],
        ["7", "Agreed. The action plan becomes a standing item on the Board's agenda until it is closed.",
         "Chair of the Board; from October 2025"],
        ["Additional action", "A hospital based domestic abuse worker at Harrowbridge General Hospital, "
                              "not arising from a recommendation but from the panel's discussion.",
         "ICB and Harrowbridge Women's Aid; from April 2026"],
    ]
    d.grid(["Rec.", "Response of the Partnership Board", "Lead and date"], rows, [20, 100, 46])
    d.para("The Board will publish the overview report, this response and the action plan once the Home Office "
           "quality assurance panel has agreed publication. Questions should be sent to the Community Safety "
           "Manager, Harrowbridge Council.")
    d.meta("Cllr Fiona Marchbank, Chair, Safer Harrowbridge Partnership Board")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Safer Harrowbridge Partnership - DARDR/HB/2024-02 - Overview Report",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Safer Harrowbridge Partnership - Response and action plan",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "1", "starts_with": "Ensure that every homelessness assessment includes a routine question about",
         "reply_contains": "Housing Options changed its assessment form on 1 August 2025",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Add an alert to the GP record of any patient",
         "reply_contains": "on legal advice it will be visible to clinicians only",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Train ambulance crews to recognise the signs of non-fatal strangulation",
         "reply_contains": "becomes part of mandatory training for all crews from January 2026",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Agree a referral pathway from the drug and alcohol recovery",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "Write to the Department for Work and Pensions asking that",
         "reply_contains": "notes the recommendation to write to the national department",
         "verdict": "noted"},
        {"number": "6", "starts_with": "Commission a local awareness campaign aimed at the friends, family",
         "reply_contains": "The Board does not support a separate local campaign",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": "Monitor the action plan for this review at every meeting",
         "reply_contains": "becomes a standing item on the Board's agenda until",
         "verdict": "agrees"},
    ]
    unmatched = ["A hospital based domestic abuse worker at Harrowbridge General Hospital"]
    notes = ("Advice: a community safety partnership's DOMESTIC ABUSE RELATED DEATH REVIEW overview report by an "
             "independent chair. The seven recommendations are the NUMBERED ROWS 1-7 of the closing table 'No. | "
             "Recommendation | Lead', in the imperative with the lead agency in its own column. Traps: LESSONS "
             "NUMBERED 'Lesson 1'-'Lesson 6' just before; a table of agency contacts; the statutory guidance "
             "paraphrased ('a review must be held ... agencies should contribute openly ...'); the 2021 review's "
             "recommendation QUOTED ('All agencies should ask about domestic abuse at every contact ...'), not "
             "fully carried out; the victim's sister quoted ('someone should have asked her on her own'); 'The "
             "panel does not recommend a separate review of the police response'. Response: the partnership "
             "board's RESPONSE AND ACTION PLAN, a table 'Rec. | Response of the Partnership Board | Lead and "
             "date' citing the numbers: 1 'Accepted.' (agrees); 2 'Accepted in part.', alert for clinicians only "
             "(partly); 3 'Accepted.' (agrees); ONE row '5 and 6': the letter to the national department 'notes' "
             "and passed to the regional network (5 noted), a local campaign 'does not support' (6 disagrees); 7 "
             "'Agreed.' (agrees); a row 'Additional action', a hospital domestic abuse worker 'not arising from a "
             "recommendation' (unmatched); 4, the recovery service referral pathway, has no row (unanswered). "
             "Introduction and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

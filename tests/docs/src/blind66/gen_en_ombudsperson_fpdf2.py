"""Round 66 (EN): a Canadian PROVINCIAL OMBUDSPERSON'S SYSTEMIC INVESTIGATION REPORT (genre of the systemic
reports of the provincial ombudspersons, whose recommendations carry a date by which the authority is to act and
are listed in full only in the front matter) and the MINISTRY'S ANNUAL IMPLEMENTATION UPDATE to the Ombudsperson.
Advice: Office of the Ombudsperson, Province of Tamarack, Systemic Investigation Report No. 14 'Waiting to Be
Heard', US Letter, 3 p.: an Ombudsperson's message with an 'In short' paraphrase, a 'Summary of Recommendations'
(the ONLY place where the seven recommendations stand in full, hanging labels 'R1'-'R7', most opening with a
date: 'By December 31, 2026, the Ministry ...'), then the investigation in a body column with MARGIN NOTES in a
narrow grey left column ('Finding 2', 'What the Act says', 'Policy' with 'should' and 'must'), bold findings,
body references '(R3)', the Ministry's 2018 internal audit and a complainant quoted.
Response: the Deputy Minister's update letter of September 2027, an introduction and 'Context' paragraph, then
the recommendations QUOTED in italics under headings, each followed by a 'Status:' line and the reply, in the
order R3, R1+R2, R7, R4, R6; R5 unanswered; 'Other improvements' and the closing answer nothing.
fpdf2, cleaned Liberation Sans/Serif, fixed creation date. All names, bodies, people, places and figures are
invented (the Province of Tamarack, its Ministry of Social Supports and Inclusion, its Ombudsperson Act).

Run:  /tmp/blind66en/bin/python tests/docs/src/blind66/gen_en_ombudsperson_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b66en as H
from fpdf import FPDF

NAME = "blind66_en_ombudsperson"
PLUM = (92, 31, 72)
GREY = (95, 95, 95)

RECS = [
    "By December 31, 2026, the Ministry of Social Supports and Inclusion decides every request for "
    "reconsideration within 20 business days of receiving it.",
    "By December 31, 2026, the Ministry publishes on its website, each month, the average and the longest time "
    "taken to decide reconsideration requests.",
    "By June 30, 2027, the Ministry gives every applicant written reasons for its reconsideration decision, in "
    "plain language, that explain the evidence it relied on.",
    "By March 31, 2027, the Ministry makes a remedial payment to each applicant whose reconsideration took longer "
    "than 60 business days, equal to the assistance lost during the excess delay.",
    "By September 30, 2026, the Ministry amends its reconsideration policy so that applicants may submit new "
    "evidence at any time before a decision is made.",
    "The Ministry asks the Ministry of Attorney General to consider amending the regulation to extend the time "
    "for filing an appeal to the Tribunal from 7 to 30 business days.",
    "By March 31, 2027, the Ministry trains all reconsideration officers in trauma-informed and culturally safe "
    "practice, and repeats this training at least every two years.",
]


class Doc(FPDF):
    def __init__(self, foot, date):
        super().__init__(orientation="portrait", format="letter", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SR", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.foot = foot
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(date)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10, lh=5, after=2.6, fam="SR", indent=0, align="L"):
        self.set_font(fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=13, after=1.5):
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*PLUM)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    # body column with a margin note on the left
    NOTE_W = 38
    GAP = 6

    def mp(self, t, note=None, style=""):
        bx = self.l_margin + self.NOTE_W + self.GAP
        bw = self.epw - self.NOTE_W - self.GAP
        self.set_font("SR", style, 10)
        lines = self.multi_cell(bw, 5, t, dry_run=True, output="LINES", markdown=True)
        need = len(lines) * 5
        if note:
            self.set_font("LS", "", 7.8)
            need = max(need, len(self.multi_cell(self.NOTE_W - 4, 3.7, note, dry_run=True, output="LINES",
                                                 markdown=True)) * 3.7 + 4)
        if self.get_y() + need > self.h - 22:
            self.add_page()
        y0 = self.get_y()
        y_note = y0
        if note:
            self.set_font("LS", "", 7.8)
            self.set_text_color(*GREY)
            self.set_xy(self.l_margin + 2, y0 + 1)
            self.multi_cell(self.NOTE_W - 4, 3.7, note, new_x="LEFT", new_y="NEXT", markdown=True, align="L")
            y_note = self.get_y() + 1
            self.set_draw_color(*PLUM)
            self.set_line_width(0.5)
            self.line(self.l_margin, y0, self.l_margin, y_note)
            self.set_text_color(0, 0, 0)
        self.set_font("SR", style, 10)
        self.set_xy(bx, y0)
        self.multi_cell(bw, 5, t, new_x="LEFT", new_y="NEXT", align="J", markdown=True)
        self.set_y(max(self.get_y(), y_note) + 2.6)

    def mh(self, t):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1)
        self.set_font("LS", "B", 11.5)
        self.set_text_color(*PLUM)
        self.set_x(self.l_margin + self.NOTE_W + self.GAP)
        self.multi_cell(self.epw - self.NOTE_W - self.GAP, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)


def advice(path):
    d = Doc("Waiting to Be Heard  |  Systemic Investigation Report No. 14  |  May 2026",
            datetime(2026, 5, 27, 9, 0, tzinfo=timezone.utc))
    d.add_page()
    d.set_fill_color(*PLUM)
    d.rect(0, 0, 8, 279.4, style="F")
    d.set_font("LS", "B", 9)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "OFFICE OF THE OMBUDSPERSON  |  PROVINCE OF TAMARACK", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "B", 22)
    d.cell(0, 11, "Waiting to Be Heard", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 11)
    d.multi_cell(0, 5.5, "Delays in the reconsideration of income assistance decisions by the Ministry of Social "
                 "Supports and Inclusion", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 9)
    d.set_text_color(*GREY)
    d.cell(0, 6, "Systemic Investigation Report No. 14  |  May 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.hd("Ombudsperson's message", 12)
    d.p("People who ask the Ministry to reconsider a decision to refuse or reduce their income assistance are, "
        "almost by definition, people with very little money. For many of them, every week of waiting is a week "
        "without rent money or food. This investigation found that the average wait for a reconsideration "
        "decision has tripled since 2021.")
    d.p("In short, the Ministry needs to decide faster, explain its decisions better, and put right the harm "
        "that its delays have already caused. I am making seven recommendations to that end, and I will report "
        "publicly on the Ministry's progress.")
    d.p("__Jasmine Okonkwo-Reid, Ombudsperson__", after=3)
    d.hd("Summary of Recommendations", 12)
    for i, r in enumerate(RECS, 1):
        y = d.get_y()
        d.set_font("LS", "B", 10)
        d.set_text_color(*PLUM)
        d.set_xy(d.l_margin, y)
        d.cell(12, 5, "R%d" % i)
        d.set_text_color(0, 0, 0)
        d.set_font("SR", "", 10)
        d.set_xy(d.l_margin + 12, y)
        d.multi_cell(d.epw - 12, 5, r, new_x="LMARGIN", new_y="NEXT", align="L")
        d.ln(1.8)
    d.add_page()
    d.hd("1. About this investigation", 12)
    d.mp("Under the Employment and Assistance Act of the Province, an applicant who disagrees with a decision "
         "about income assistance may ask the Ministry to reconsider it. If the Ministry confirms the decision, "
         "the applicant may appeal to the Social Assistance Appeal Tribunal.",
         note="**What the Act says**\nThe Ombudsperson may recommend that an authority reconsider a decision, "
              "change a practice or pay compensation (s. 23).")
    d.mp("We began this investigation on our own initiative in March 2025, after complaints to our office about "
         "reconsideration delays rose by 240 per cent in two years. We reviewed 310 case files, interviewed 41 "
         "staff and 26 applicants, and analysed the Ministry's data for 2021 to 2025.")
    d.hd("2. What we found", 12)
    d.mh("Decisions are taking far too long")
    d.mp("The Ministry's own policy states that \"reconsideration decisions should be made within 10 business "
         "days\". In 2024/25 the average decision took 34 business days, and one decision in five took more than "
         "60. The Ministry does not publish these figures, and applicants have no way of knowing how long they "
         "are likely to wait (R1, R2).",
         note="**Policy**\nReconsideration decisions should be made within 10 business days (Policy 14.3).")
    d.mp("**Finding 1: The Ministry's failure to decide reconsideration requests within its own standard was "
         "unreasonable.**", note="**Finding 1**\ns. 23(1)(a)(iii)")
    d.mp("In 2018 the Ministry's internal audit branch recommended that \"the Ministry should monitor "
         "reconsideration times monthly and report them to the executive\". We found that monthly reports were "
         "produced for a year and then stopped.")
    d.mh("Reasons do not explain the decision")
    d.mp("Most of the decision letters we reviewed repeated the wording of the regulation without saying which "
         "evidence had been weighed or why it was not accepted. One applicant told us: \"Someone should have "
         "just told me what was missing. I would have brought it in the next day.\" Good reasons would also "
         "reduce the number of appeals (R3).",
         note="**Finding 2**\nDecision letters did not meet the duty to give adequate reasons.")
    d.mp("Staff told us that they cannot accept new evidence once a file has been assigned, even if the "
         "applicant obtains it the next day. That is a practice, not a rule in the Act (R5).")
    d.mh("Delay has caused real harm")
    d.mp("We found 212 applicants whose benefits were eventually restored after a wait of more than 60 business "
         "days. Several were evicted, and two told us they had gone without food. Where delay of this kind is "
         "unreasonable, the Ministry should consider whether it has caused a loss that ought to be put right "
         "(R4).", note="**Finding 3**\nUnreasonable delay caused financial hardship to applicants.")
    d.mp("The seven-business-day limit for appealing to the Tribunal is shorter than in any other province. "
         "That limit is set by regulation, and the Ministry cannot change it on its own (R6).",
         note="**Legal duty**\nThe authority must notify the Ombudsperson within the time specified of the steps "
              "it has taken or proposes to take (s. 24).")
    d.mh("Staff are under strain")
    d.mp("Reconsideration officers deal every day with people in crisis. Fewer than half of them had received "
         "any training in trauma-informed practice, and several told us they did not feel equipped to handle "
         "disclosures of violence or self-harm (R7).")
    d.hd("3. Next steps", 12)
    d.mp("We did not make a recommendation about staffing levels, because the Ministry hired 18 additional "
         "reconsideration officers while our investigation was under way. We will monitor the Ministry's "
         "implementation of the recommendations and report publicly on its progress each year for three "
         "years.")
    d.output(path)


def response(path):
    d = Doc("Ministry of Social Supports and Inclusion  |  Update on Systemic Investigation Report No. 14",
            datetime(2027, 9, 15, 9, 0, tzinfo=timezone.utc))
    d.set_margins(25, 18, 25)
    d.add_page()
    d.set_font("LS", "B", 10)
    d.set_text_color(*PLUM)
    d.cell(0, 5, "Province of Tamarack", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 9)
    d.multi_cell(0, 4.4, "Ministry of Social Supports and Inclusion\nOffice of the Deputy Minister\nPO Box 9933 "
                 "Stn Prov Govt, Harbourview TM  V8W 9R2", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.p("September 15, 2027", size=10.5)
    d.p("Jasmine Okonkwo-Reid\nOmbudsperson\nOffice of the Ombudsperson\nHarbourview, Tamarack", size=10.5)
    d.p("Dear Ombudsperson:", size=10.5)
    d.p("**Re: Systemic Investigation Report No. 14, Waiting to Be Heard - annual implementation update**",
        size=10.5)
    d.p("I am writing to provide the Ministry's first annual update on the recommendations in your report of May "
        "2026. The update reflects the position at August 31, 2027, and is organised by the recommendation "
        "rather than in the order of the report.", size=10.5, align="J")
    d.p("By way of context, requests for reconsideration rose from 9,420 in 2025/26 to 10,570 in 2026/27, "
        "largely because of the changes to shelter rates that came into effect in April 2026.", size=10.5,
        align="J")

    def block(title, quotes, status, paras):
        d.hd(title, 11.5, after=0.5)
        for q in quotes:
            d.p(q, style="I", size=9.8, indent=8, after=1.5, lh=4.8)
        d.p("**Status:** " + status, size=10.5, after=1.5)
        for t in paras:
            d.p(t, size=10.5, align="J")

    block("Recommendation 3", [RECS[2]], "Implemented",
          ["Since January 2027 every reconsideration decision has been issued with a plain-language summary "
           "that lists the evidence considered and the reason for the decision. A sample of 200 letters was "
           "checked by our Quality Assurance Unit in June 2027, and 94 per cent met the new standard."])
    block("Recommendations 1 and 2", [RECS[0], RECS[1]],
          "Recommendation 1: Partially implemented. Recommendation 2: Implemented.",
          ["The Ministry has adopted a service standard of 30 business days for reconsideration decisions. We "
           "examined whether a 20-day standard could be met with current resources and concluded that it "
           "could not be met reliably without reducing the quality of decisions. In the second quarter of "
           "2027, 81 per cent of decisions were made within 30 business days.",
           "Average and longest decision times have been published on the Ministry's website every month since "
           "November 2026, together with the number of requests received."])
    block("Recommendation 7", [RECS[6]], "Implemented",
          ["All 64 reconsideration officers completed a two-day course developed with the Tamarack Indigenous "
           "Wellness Society by March 2027, and refresher training is now part of each officer's biennial "
           "learning plan."])
    block("Recommendation 4", [RECS[3]], "Not accepted",
          ["The Ministry has considered this recommendation carefully. Income assistance is paid under the Act "
           "on the basis of current need, and the Ministry does not have the authority to make payments for "
           "past periods on the basis proposed in the report. Where a reconsideration decision restores "
           "assistance, arrears are already paid back to the date of the original decision. The Ministry will "
           "therefore not be establishing a separate remedial payment."])
    block("Recommendation 6", [RECS[5]], "Referred",
          ["The Deputy Minister wrote to the Deputy Attorney General in October 2026. The Ministry of Attorney "
           "General has advised that the appeal period will be examined as part of its wider review of tribunal "
           "timelines, which it expects to complete in 2028. We will share the outcome with your office."])
    d.hd("Other improvements", 11.5, after=0.5)
    d.p("Although not the subject of a recommendation, an online reconsideration request form was launched in "
        "May 2027; it now accounts for 38 per cent of all requests.", size=10.5, align="J")
    d.p("We are grateful for your office's engagement throughout the past year. Should you have any questions "
        "about this update, please contact Assistant Deputy Minister Karen Lau at 250 555-0143.", size=10.5,
        align="J")
    d.p("Sincerely,\n\n__Daniel Whitford__\nDeputy Minister", size=10.5)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "R1", "starts_with": sw(1, 12),
         "reply_contains": "has adopted a service standard of 30 business days",
         "verdict": "partly"},
        {"number": "R2", "starts_with": sw(2, 12),
         "reply_contains": "have been published on the Ministry's website every month since",
         "verdict": "agrees"},
        {"number": "R3", "starts_with": sw(3, 12),
         "reply_contains": "issued with a plain-language summary that lists the evidence considered",
         "verdict": "agrees"},
        {"number": "R4", "starts_with": sw(4, 12),
         "reply_contains": "will therefore not be establishing a separate remedial payment",
         "verdict": "disagrees"},
        {"number": "R5", "starts_with": sw(5, 12), "reply_contains": None, "verdict": "unanswered"},
        {"number": "R6", "starts_with": sw(6, 12),
         "reply_contains": "examined as part of its wider review of tribunal timelines",
         "verdict": "noted"},
        {"number": "R7", "starts_with": sw(7, 12),
         "reply_contains": "completed a two-day course developed with the Tamarack Indigenous Wellness Society",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "I am writing to provide the Ministry's first annual update",
        "requests for reconsideration rose from 9,420 in 2025/26",
        "an online reconsideration request form was launched in May 2027",
        "please contact Assistant Deputy Minister Karen Lau",
    ], "Advice: a Canadian provincial Ombudsperson's systemic investigation report (genre of the provincial "
       "ombudspersons' systemic reports, US Letter). The seven recommendations stand in full ONLY in the "
       "'Summary of Recommendations' on page 1, as hanging labels 'R1'-'R7'; six open with a date ('By December "
       "31, 2026, the Ministry of Social Supports and Inclusion decides ...'), one with 'The Ministry asks the "
       "Ministry of Attorney General ...'; the body only refers to them in brackets '(R1, R2)', '(R3)'. Body in a "
       "column beside MARGIN NOTES in a narrow left column ('What the Act says' - 'may recommend'; 'Policy' - "
       "'should be made within 10 business days'; 'Finding 1'-'Finding 3'; 'Legal duty' - 'must notify the "
       "Ombudsperson'). Traps: the Ombudsperson's message ('In short, the Ministry needs to decide faster ... I "
       "am making seven recommendations'), a bold 'Finding 1:' sentence, the Ministry's 2018 internal audit "
       "recommendation quoted ('the Ministry should monitor'), an applicant quoted ('Someone should have just "
       "told me'), 'the Ministry should consider whether it has caused a loss' (body sentence before (R4), not "
       "the recommendation), 'We did not make a recommendation about staffing levels'. Response: the Deputy "
       "Minister's annual implementation update letter; each recommendation QUOTED in italics under a heading, "
       "then a bold 'Status:' line and the reply, in the order R3, R1+R2, R7, R4, R6: R3 'Implemented' "
       "(agrees); ONE block 'Recommendations 1 and 2' quoting both, 'Recommendation 1: Partially implemented. "
       "Recommendation 2: Implemented.': a 30-day standard instead of 20 (R1 partly) + times published monthly "
       "(R2 agrees); R7 'Implemented' (agrees); R4 'Not accepted', no authority, 'will therefore not be "
       "establishing a separate remedial payment' (disagrees); R6 'Referred', the Ministry of Attorney General "
       "will examine it in a wider review (noted); R5 (new evidence until the decision) unanswered. Because the "
       "response quotes the recommendations, the reply phrases are taken from the replies, never from the "
       "quotations. Unmatched: the introduction, the 'context' paragraph (caseload), 'Other improvements' "
       "(online form) and the closing.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

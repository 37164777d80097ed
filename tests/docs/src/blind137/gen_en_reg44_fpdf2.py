"""Round 137 (EN): an English children's home's REGULATION 44 INDEPENDENT PERSON'S MONTHLY VISIT REPORT, answered by
the REGISTERED MANAGER'S RESPONSE to the report, written by THEME with no numbers and in another order, one
paragraph answering two recommendations with different verdicts.
The advice: seven recommendations as UNNUMBERED paragraphs with BOLD LEAD-INS ('Bedrooms.', 'Education.', ...)
under 'Recommendations from this visit', after a table of the PREVIOUS VISIT's recommendations quoted with their
status ('should be ...', 'Met') and 'Areas of strength' numbered 1-3. Traps: the Children's Homes (England)
Regulations 2015 paraphrased ('must ... form an opinion'); a young person's request quoted ('staff should ...'); 'I do
not recommend any change to the home's Statement of Purpose'; closing naming 'the first two recommendations'.
The response: introduction (nothing); physical intervention records (6 agrees); bedroom window restrictor (1
agrees); one paragraph 'Staffing and daily records': agency night staff rule declined (3 disagrees) and comments
invited but logs unchanged (4 partly); education (2 agrees); pocket money policy set by the council, passed on
(5 noted); closing (nothing); the trampoline (7) never (unanswered).
fpdf2, A4, cleaned Liberation Sans, fixed creation dates; header and 'Page N of M' stamped from page 2. All bodies,
people, places and figures invented; the Children's Homes (England) Regulations 2015 are named as context only.
Run:  /tmp/blind137en/bin/python tests/docs/src/blind137/gen_en_reg44_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b137en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind137_en_reg44"
PLUM = (96, 36, 88)
GREY = (80, 80, 80)


class Doc(FPDF):
    def __init__(self, date, size, ink):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "LS", size, ink
        self.add_font("LS", "", H.clean_font("LiberationSans-Regular.ttf"))
        self.add_font("LS", "B", H.clean_font("LiberationSans-Bold.ttf"))
        self.add_font("LS", "I", H.clean_font("LiberationSans-Italic.ttf"))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.47

    def meta(self, t):
        self.set_font(self.fam, "", 9)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(1.5)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", 11.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def listing(self, items, marks, w=8):
        for m, it in zip(marks, items):
            self.set_font(self.fam, "", self.size)
            self.set_x(self.l_margin + 4)
            self.cell(w, self.lh, m)
            self.multi_cell(self.tw - w - 4, self.lh, it, markdown=True, align="L")
            self.ln(1.0)
        self.ln(0.8)

    def table(self, rows, widths, head=True):
        self.set_font(self.fam, "", self.size - 1)
        kw = {"headings_style": FontFace(emphasis="BOLD", fill_color=(238, 226, 236))} if head else {}
        with super().table(col_widths=widths, text_align="LEFT", line_height=self.lh * 0.95,
                           first_row_as_headings=head, **kw) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)


RECS = [
    ("Bedrooms.", "The broken window restrictor in bedroom 3 should be repaired at once and the restrictors on all "
                  "upstairs windows checked and recorded."),
    ("Education.", "Staff should agree with the virtual school head a plan to get the young person who has had no "
                   "school place since June back into full-time education."),
    ("Staffing.", "Agency staff should not work a waking night shift unless they have first met the young people "
                  "during a day shift."),
    ("Daily records.", "Daily logs should be written so that the young people can read them, and each young "
                       "person should be invited to add their own comments."),
    ("Pocket money.", "Each young person should receive a written monthly statement of their pocket money and "
                      "savings, signed by the key worker."),
    ("Physical intervention.", "Every record of a physical intervention should include the young person's own "
                               "account and be signed off by the manager within 24 hours."),
    ("Garden.", "The provider should replace the trampoline that was removed in April, as the young people asked "
                "for at their house meeting."),
]


def advice():
    d = Doc(dt.datetime(2025, 9, 19, 9, 0, tzinfo=dt.timezone.utc), 10, PLUM)
    d.meta("INDEPENDENT PERSON'S REPORT UNDER REGULATION 44 | CONFIDENTIAL: NOT FOR PUBLICATION")
    d.h1("Monthly Visit Report: Alder Brook House Children's Home")
    d.meta("Provider: Westmarsh County Council Children's Services | Ofsted URN SC591043 | Visit 9 of 12 (2025) | "
           "Unannounced visit, Thursday 11 September 2025, 15:30 to 19:45 | Report dated 18 September 2025")
    d.table([["Independent person", "Mrs Janet Pilkington-Hale"],
             ["Registered manager", "Mr Tomasz Wierzbicki"],
             ["Young people living at the home", "4 (ages 12 to 16); 3 spoken to in private"],
             ["Staff on duty", "3 permanent, 1 agency"],
             ["Records examined", "daily logs, incident and restraint records, missing episodes, complaints, "
                                  "pocket money book, maintenance log"]], (50, 116), head=False)
    d.h2("Purpose of the visit")
    d.para("The Children's Homes (England) Regulations 2015 provide for an independent person to visit each month. "
           "As I understand regulation 44, the independent person must interview the children, look at the "
           "premises and records, and form an opinion on whether the children are effectively safeguarded and "
           "whether the home promotes their well-being. The Regulations are mentioned for context only.")
    d.h2("Recommendations from my previous visit (August)")
    d.table([["Recommendation made in August", "Status"],
             ["\"The fire door to the kitchen should be adjusted so that it closes fully.\"", "Met"],
             ["\"Missing from care return interviews should be offered within 72 hours.\"", "Met"],
             ["\"The complaints leaflet should be given to the young person who moved in on 4 August.\"",
              "Met"]], (130, 36))
    d.h2("Areas of strength")
    d.listing(["Relationships between staff and young people were warm and relaxed; all three young people I "
               "spoke to named a member of staff they trust.",
               "There have been no missing episodes since July, down from six in the spring.",
               "The house was clean and homely, and the young people had chosen the new lounge furniture."],
              ["1.", "2.", "3."])
    d.h2("What the young people told me")
    d.para("One young person said that agency staff at night \"don't know us and just stay in the office\", and "
           "asked that \"staff should knock and wait before coming in\". Two asked when the trampoline would come "
           "back. All three said they felt safe in the home.")
    d.h2("Findings")
    d.para("The window restrictor in bedroom 3 was broken and the window opened fully. One young person has had no "
           "school place since June and spends the school day at the home. I read two records of physical "
           "intervention from August: neither included the young person's view, and one was signed off eight days "
           "later. Daily logs are written in professional language the young people told me they find hard to "
           "read. The pocket money book is up to date, but the young people do not see it.")
    d.h2("Recommendations from this visit")
    for lead, txt in RECS:
        d.para(f"**{lead}** {txt}")
    d.para("The manager asked whether the Statement of Purpose should be rewritten to reflect the younger age of "
           "recent referrals. I do not recommend any change to the home's Statement of Purpose at this stage.")
    d.h2("Opinion")
    d.para("In my opinion the young people at Alder Brook House are effectively safeguarded and the home promotes "
           "their well-being. The first two recommendations above need the most urgent attention.")
    d.meta("Janet Pilkington-Hale, Independent Person | copied to the Responsible Individual and Ofsted")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 10, 2, 9, 0, tzinfo=dt.timezone.utc), 10.5, PLUM)
    d.meta("WESTMARSH COUNTY COUNCIL | CHILDREN'S SERVICES | ALDER BROOK HOUSE")
    d.h1("Registered Manager's Response to the Regulation 44 Report of 18 September 2025")
    d.meta("From: Tomasz Wierzbicki, Registered Manager | To: Mrs Janet Pilkington-Hale, Independent Person | "
           "Copy: Responsible Individual; Ofsted | 2 October 2025")
    d.para("Thank you for your visit and for the time you spent with the young people. I have shared the report "
           "with the staff team at our team meeting on 24 September and discussed it with the Responsible "
           "Individual. My response is below.")
    d.h2("Restraint records")
    d.para("I agree with you. From 22 September our recording form has a section headed \"What I want to say\" "
           "which the young person fills in, or staff write down in their words, and I review and sign every "
           "record within one working day. The two August records have been completed with the young people's "
           "views.")
    d.h2("Window safety")
    d.para("The restrictor was replaced by the council's repairs team on 12 September, the day after your visit. "
           "All upstairs restrictors were tested on the same day and the checks are now part of the weekly health "
           "and safety walk round.")
    d.h2("Staffing and daily records")
    d.para("We have thought carefully about agency staff at night. We use one regular agency, and most of its "
           "workers already know the young people, but on short notice we could not always arrange a day shift "
           "first, so we will not be bringing in that rule. Every agency worker will now have a handover of at "
           "least thirty minutes with the shift leader before the young people go to bed. On records, the young "
           "people are now asked every week whether they want to add anything to their own log, and two have "
           "done so. The logs themselves are a professional record that goes to social workers and the court, "
           "and staff will continue to write them in that style.")
    d.h2("School")
    d.para("A personal education plan meeting was held with the virtual school head on 26 September. A place has "
           "been agreed at Westmarsh Learning Centre, starting with mornings from 6 October and full days from "
           "the half-term.")
    d.h2("Money")
    d.para("Pocket money and savings arrangements for all the council's homes are set out in a corporate policy "
           "that I cannot change on my own. I have passed your suggestion to the Head of Residential Services, "
           "who is reviewing that policy this year.")
    d.para("I look forward to your next visit and will be glad to show you the new recording forms.")
    d.para("Tomasz Wierzbicki\nRegistered Manager, Alder Brook House")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Regulation 44 report - Alder Brook House - September 2025",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Alder Brook House - response to the Regulation 44 report",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The broken window restrictor in bedroom 3 should be repaired",
         "reply_contains": "replaced by the council's repairs team on 12 September", "verdict": "agrees"},
        {"number": 2, "starts_with": "Staff should agree with the virtual school head a plan",
         "reply_contains": "A place has been agreed at Westmarsh Learning Centre", "verdict": "agrees"},
        {"number": 3, "starts_with": "Agency staff should not work a waking night shift unless",
         "reply_contains": "so we will not be bringing in that rule", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Daily logs should be written so that the young people",
         "reply_contains": "staff will continue to write them in that style", "verdict": "partly"},
        {"number": 5, "starts_with": "Each young person should receive a written monthly statement of",
         "reply_contains": "I have passed your suggestion to the Head of Residential Services",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Every record of a physical intervention should include the young",
         "reply_contains": "our recording form has a section headed", "verdict": "agrees"},
        {"number": 7, "starts_with": "The provider should replace the trampoline that was removed in",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["with the staff team at our team meeting on 24 September",
                 "will be glad to show you the new recording forms"]
    notes = ("Advice: an English children's home's REGULATION 44 INDEPENDENT PERSON'S MONTHLY VISIT REPORT (the "
             "Children's Homes (England) Regulations 2015 named as context); seven recommendations as UNNUMBERED "
             "paragraphs with BOLD LEAD-INS (Bedrooms., Education., Staffing., Daily records., Pocket money., "
             "Physical intervention., Garden.), numbered 1-7 here in page order. Traps: a details table; the "
             "Regulations paraphrased ('the independent person must interview'); the PREVIOUS VISIT's "
             "recommendations quoted in a table with status 'Met' ('should be adjusted', 'should be offered', "
             "'should be given'); 'Areas of strength' numbered 1.-3.; a young person quoted ('staff should knock "
             "and wait'); 'I do not recommend any change to the home's Statement of Purpose'; 'The first two "
             "recommendations above need the most urgent attention'. Response: the Registered Manager's RESPONSE by "
             "THEME headings, no numbers, in the order 6, 1, 3+4, 2, 5: introduction (nothing); 6 'I agree', new "
             "form with the young person's view, signed within one working day (agrees); 1 restrictor replaced 12 "
             "September (agrees); ONE paragraph 'Staffing and daily records': 3 'we will not be bringing in that "
             "rule' (disagrees) and 4 young people invited weekly to add comments but logs stay professional "
             "(partly); 2 place agreed at Westmarsh Learning Centre (agrees); 5 corporate policy, passed to the Head "
             "of Residential Services (noted); closing (nothing). 7 (trampoline) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

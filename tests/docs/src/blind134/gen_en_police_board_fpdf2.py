"""Round 134 (EN): a US city's CIVILIAN POLICE REVIEW BOARD's annual POLICY RECOMMENDATIONS to the Chief of Police,
answered by the CHIEF's RESPONSE MEMO with inline labels 'PR 25-03 - Concur.'.
The advice: seven recommendations, each the last paragraph under a topic heading, written as a plain paragraph
'The Board recommends that the Department ...' that ENDS with its code in parentheses '(PR 25-01)' ... '(PR 25-07)'.
Traps: a numbered list 1.-6. of the year's complaint dispositions (findings with 'Sustained' / 'Not sustained'), a
case-count table, the (invented) city charter quoted ('the Chief shall respond ... within 60 days'), the Board's
2024 recommendation PR 24-05 quoted ('should'), 'The Board makes no recommendation on ...', a closing naming
'PR 25-03 and PR 25-06'.
The response: the Chief's memo: opening (nothing), staffing update with figures (nothing), a paragraph on last
year's PR 24-05 (a number that is no reply), then inline labels in code order: PR 25-01 Concur, PR 25-02
Partially concur, PR 25-03 Concur, PR 25-04 Do not concur, PR 25-05 Do not concur, PR 25-07 Concur; PR 25-06 is
skipped; closing (nothing).
fpdf2, US Letter, cleaned Liberation Serif (report) and Liberation Sans (memo), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures, charter provisions and references invented.
Run:  /tmp/blind134en/bin/python tests/docs/src/blind134/gen_en_police_board_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b134en as H
from fpdf import FPDF

NAME = "blind134_en_police_board"
NAVY = (24, 40, 86)
GREY = (70, 70, 70)


class Doc(FPDF):
    def __init__(self, date, fam, size, ink):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = fam, size, ink
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t):
        self.set_font(self.fam, "", 9)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 17)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7.6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(*self.ink)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y() + 1, self.l_margin + self.tw, self.get_y() + 1)
        self.ln(4)

    def h2(self, t):
        self.ln(1.5)
        if self.get_y() > self.h - 48:
            self.add_page()
        self.set_font(self.fam, "B", 12)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.6)

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
            self.multi_cell(self.tw - 11, self.lh, it, markdown=True)
            self.ln(0.8)
        self.ln(1)


def advice():
    d = Doc(dt.datetime(2025, 3, 14, 15, 0, tzinfo=dt.timezone.utc), "LF", 10.5, NAVY)
    d.meta("CITY OF MARLOW FALLS  |  CIVILIAN POLICE REVIEW BOARD  |  Policy Recommendations 2025  |  "
           "CPRB-PR-2025")
    d.h1("Annual Policy Recommendations to the Chief of Police")
    d.meta("Adopted by the Board on March 11, 2025, by a vote of 8-1. Board Chair: Rev. Dolores Achebe-Whitman. "
           "Executive Director: Samuel Irvine-Kato.")
    d.h2("Introduction")
    d.para("The Civilian Police Review Board reviews completed investigations of complaints against officers of "
           "the Marlow Falls Police Department and makes policy recommendations each year. Under Section 9.14 of "
           "the City Charter, \"the Chief shall respond in writing to each policy recommendation of the Board "
           "within 60 days\". This report covers complaints closed in calendar year 2024.")
    d.para("Of the 212 complaints closed in 2024, the Board reviewed 74 in full. The dispositions of the "
           "allegations in those cases were as follows:")
    d.listing(["Sustained: 19 allegations, most often for discourtesy and failure to activate a camera.",
               "Not sustained: 58 allegations, where the evidence could neither prove nor disprove the "
               "allegation.",
               "Exonerated: 41 allegations, where the conduct occurred but was within policy.",
               "Unfounded: 33 allegations, where the conduct did not occur.",
               "Policy failure: 6 allegations, where the officer followed a policy that the Board considers "
               "inadequate.",
               "Closed without finding: 11 allegations, after the complainant withdrew."],
              ["1.", "2.", "3.", "4.", "5.", "6."])
    d.set_font("LF", "B", 9.5)
    rows = [("Complaint type", "2022", "2023", "2024"), ("Use of force", "38", "44", "41"),
            ("Stops and searches", "51", "47", "63"), ("Courtesy", "72", "69", "58"),
            ("Language access", "9", "12", "17")]
    with d.table(col_widths=(60, 22, 22, 22), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), width=126,
                 line_height=5.2, first_row_as_headings=False, align="LEFT") as tb:
        for i, r in enumerate(rows):
            d.set_font("LF", "B" if i == 0 else "", 9.5)
            row = tb.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.h2("Body-worn cameras")
    d.para("In nine of the sustained allegations, the officer's camera was switched on only after the encounter "
           "had begun, and the first minutes were lost. Current policy allows activation \"as soon as "
           "practicable\".")
    d.para("The Board recommends that the Department require officers to activate body-worn cameras when they are "
           "dispatched to a call or decide to initiate a stop, and not later than arrival on scene. (PR 25-01)")
    d.h2("De-escalation")
    d.para("Officers receive eight hours of de-escalation training when they join and four hours a year after "
           "that. Several of the use-of-force cases involved people in crisis.")
    d.para("The Board recommends that the Department increase annual in-service de-escalation training to 16 "
           "hours for every sworn officer, with scenario-based practice. (PR 25-02)")
    d.h2("Transparency")
    d.para("Last year the Board recommended that the Department \"should publish its use-of-force policy and all "
           "general orders online\" (PR 24-05). The Department has done so. Use-of-force data, however, are "
           "released only in the annual report.")
    d.para("The Board recommends that the Department publish use-of-force data every quarter on its public "
           "dashboard, broken down by type of force, district and the race and age of the person involved. "
           "(PR 25-03)")
    d.h2("Stops and searches")
    d.para("Complaints about stops and searches rose by a third in 2024. In most of them a driver stopped for an "
           "equipment or registration violation was asked to consent to a search of the vehicle.")
    d.para("The Board recommends that the Department stop requesting consent searches of vehicles during traffic "
           "stops for equipment and registration violations. (PR 25-04)")
    d.para("Some members of the public asked the Board to call for an end to all pretext stops. The Board makes no "
           "recommendation on that question this year, as the Department's own review is still under way.")
    d.h2("Oversight")
    d.para("The Board currently receives internal affairs files with officers' personnel information removed, "
           "which often makes it impossible to see whether the same officer has been the subject of earlier "
           "complaints.")
    d.para("The Board recommends that the Department give the Board's investigators access to unredacted internal "
           "affairs files, under a confidentiality agreement approved by the City Attorney. (PR 25-05)")
    d.h2("Crisis response")
    d.para("The Department's mental health co-responder pilot pairs a clinician with an officer on the day shift in "
           "the Central District. Its first-year evaluation was positive.")
    d.para("The Board recommends that the Department extend the co-responder program to every district and to "
           "evening shifts by the end of 2026. (PR 25-06)")
    d.h2("Language access")
    d.para("Seventeen complaints in 2024 concerned officers relying on family members, including children, to "
           "interpret.")
    d.para("The Board recommends that the Department use certified interpreters, in person or by telephone, for "
           "all interviews with victims, witnesses and suspects who have limited English proficiency. (PR 25-07)")
    d.h2("Conclusion")
    d.para("The Board asks the Chief to give particular attention to PR 25-03 and PR 25-06 and looks forward to "
           "the Department's written response.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 5, 6, 15, 0, tzinfo=dt.timezone.utc), "LS", 10, (110, 20, 30))
    d.meta("MARLOW FALLS POLICE DEPARTMENT  |  OFFICE OF THE CHIEF OF POLICE  |  MEMORANDUM")
    d.set_font("LS", "", 10)
    for k, v in (("TO:", "Rev. Dolores Achebe-Whitman, Chair, Civilian Police Review Board"),
                 ("FROM:", "Chief Raymond T. Okafor-Lund"),
                 ("DATE:", "May 6, 2025"),
                 ("RE:", "Response to the Board's 2025 Policy Recommendations (CPRB-PR-2025)")):
        d.set_font("LS", "B", 10)
        d.cell(22, 5.4, k)
        d.set_font("LS", "", 10)
        d.multi_cell(d.tw - 22, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_draw_color(110, 20, 30)
    d.line(d.l_margin, d.get_y(), d.l_margin + d.tw, d.get_y())
    d.ln(4)
    d.para("Thank you for the Board's report of March 11. As required by the City Charter, this memorandum gives "
           "the Department's response to the Board's policy recommendations. My command staff and I met with the "
           "Board's Executive Director on April 22 to discuss them.")
    d.para("By way of context, the Department has 318 sworn officers against an authorized strength of 346, and "
           "overtime spending in the current fiscal year is already 14 percent above budget.")
    d.para("I am also pleased to report that PR 24-05 from last year has been fully implemented, and all general "
           "orders are now posted on the City website.")
    d.para("**PR 25-01 - Concur.** General Order 4.12 was revised on April 28, 2025. Officers must now activate "
           "their cameras upon being dispatched or upon deciding to initiate a stop.")
    d.para("**PR 25-02 - Partially concur.** Annual de-escalation training will increase from four to ten hours "
           "in 2026, including scenario-based exercises. Sixteen hours is not achievable within our current "
           "training and overtime budget.")
    d.para("**PR 25-03 - Concur.** Quarterly use-of-force figures, with the breakdowns the Board asks for, will "
           "appear on the public dashboard beginning with the third quarter of 2025.")
    d.para("**PR 25-04 - Do not concur.** Consent searches are lawful, and officers are trained to tell drivers "
           "that they may refuse. The Department will continue to permit them, but will record every request "
           "and its outcome.")
    d.para("**PR 25-05 - Do not concur.** The City Attorney has advised that state law protects peace officer "
           "personnel records, and the Department is not in a position to release unredacted files to the "
           "Board.")
    d.para("**PR 25-07 - Concur.** A contract for telephone and video interpretation in 140 languages took effect "
           "on May 1, and officers have been instructed not to use family members as interpreters.")
    d.para("I value the Board's work and the perspective it brings to the Department. Please contact my office if "
           "the Board would like a briefing on any of these items.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Civilian Police Review Board - Policy Recommendations 2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Marlow Falls Police Department - Response to CPRB-PR-2025",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "The Board recommends that the Department require officers to activate",
         "reply_contains": "General Order 4.12 was revised on April 28, 2025", "verdict": "agrees"},
        {"number": 2, "starts_with": "The Board recommends that the Department increase annual in-service",
         "reply_contains": "Sixteen hours is not achievable within our current training",
         "verdict": "partly"},
        {"number": 3, "starts_with": "The Board recommends that the Department publish use-of-force data",
         "reply_contains": "will appear on the public dashboard beginning with the third quarter",
         "verdict": "agrees"},
        {"number": 4, "starts_with": "The Board recommends that the Department stop requesting consent searches",
         "reply_contains": "The Department will continue to permit them", "verdict": "disagrees"},
        {"number": 5, "starts_with": "The Board recommends that the Department give the Board's investigators",
         "reply_contains": "is not in a position to release unredacted files", "verdict": "disagrees"},
        {"number": 6, "starts_with": "The Board recommends that the Department extend the co-responder program",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "The Board recommends that the Department use certified interpreters, in",
         "reply_contains": "A contract for telephone and video interpretation in 140 languages",
         "verdict": "agrees"},
    ]
    unmatched = ["My command staff and I met with the Board's Executive Director",
                 "the Department has 318 sworn officers against an authorized strength",
                 "PR 24-05 from last year has been fully implemented",
                 "I value the Board's work and the perspective it brings"]
    notes = ("Advice: a US city's CIVILIAN POLICE REVIEW BOARD's annual policy recommendations to the Chief of "
             "Police; seven recommendations, each the last paragraph under a topic heading, all opening 'The Board "
             "recommends that the Department ...' and ENDING with a code in parentheses '(PR 25-01)'-'(PR 25-07)'. "
             "Traps: the invented City Charter quoted ('the Chief shall respond in writing ... within 60 days'), a "
             "numbered list 1.-6. of complaint DISPOSITIONS ('Sustained', 'Not sustained', ...: findings), a "
             "complaint-type table, last year's PR 24-05 quoted ('should publish its use-of-force policy'), 'The "
             "Board makes no recommendation on that question this year' (pretext stops), a closing naming 'PR 25-03 "
             "and PR 25-06'. Response: the Chief's MEMORANDUM (TO/FROM/DATE/RE): an opening, a staffing and "
             "overtime paragraph with figures, a paragraph saying PR 24-05 (last year's) is implemented - all three "
             "answer nothing - then INLINE bold labels in code order: PR 25-01 'Concur', general order revised "
             "(agrees); PR 25-02 'Partially concur', ten hours not sixteen (partly); PR 25-03 'Concur', quarterly "
             "dashboard from Q3 2025 (agrees); PR 25-04 'Do not concur', consent searches continue but recorded "
             "(disagrees); PR 25-05 'Do not concur', state law, no unredacted files (disagrees); PR 25-07 "
             "'Concur', interpretation contract (agrees); a closing offer of a briefing (nothing). PR 25-06 "
             "(co-responder program) is never mentioned (unanswered), though the advice's closing singles it out.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

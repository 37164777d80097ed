"""Round 27 (EN): Indian Lok Sabha Departmentally Related Standing Committee report (Part II
'Observations/Recommendations') + the Committee's Action Taken Report quoting the Government's replies
by category chapter. fpdf2. All content (scheme, figures, members) invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b27en as H
from fpdf import FPDF

NAME = "blind27_en_lok_sabha_atr"
OM = ("[Ministry of Rural Development (Department of Rural Development) O.M. No. P-17025/3/2025-RC "
      "dated 22.08.2025]")


class Doc(FPDF):
    head = ""

    def setup(self):
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
            self.add_font("LS", style, H.clean_font(f))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(__import__("datetime").datetime(2025, 12, 1, tzinfo=__import__("datetime").timezone.utc))

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_font("LS", "I", 8.5)
            self.set_xy(25, 11)
            self.cell(0, 5, self.head, align="C")
            self.set_y(22)

    def footer(self):
        if self.page_no() > 1:
            self.set_y(-15)
            self.set_font("LS", "", 10)
            self.cell(0, 5, str(self.page_no()), align="C")

    def c(self, t, size=12, style="B", gap=2):
        self.set_font("LS", style, size)
        self.multi_cell(0, size * 0.5, t, align="C")
        self.ln(gap)

    def hd(self, t, size=12):
        self.ln(2)
        self.set_font("LS", "B", size)
        self.multi_cell(0, 6, t, align="C")
        self.ln(3)

    def sub(self, t):
        self.ln(1)
        self.set_font("LS", "BU", 11.5)
        self.multi_cell(0, 6, t)
        self.ln(1.5)

    def p(self, t, style="", indent=0):
        self.set_font("LS", style, 11.5)
        if indent:
            self.set_x(25 + indent)
        self.multi_cell(0, 5.8, t, align="J", markdown=True)
        self.ln(2.5)

    def np(self, n, t, w=14):
        """Hanging number in a left column."""
        self.set_font("LS", "", 11.5)
        y = self.get_y()
        if y > self.h - 40:
            self.add_page()
            y = self.get_y()
        self.set_xy(25, y)
        self.cell(w, 5.8, n)
        self.set_xy(25 + w, y)
        self.multi_cell(0, 5.8, t, align="J", markdown=True)
        self.ln(2.5)


REC = {
    1: ("Budgetary allocation and utilisation",
        "The Committee note that against the Budget Estimates of Rs. 4,200 crore for 2024-25, the Department could "
        "utilise only Rs. 2,610 crore up to 31 January 2025, mainly because the first instalment was released to the "
        "States only in October 2024. The Committee recommend that the Department take up the matter with the Ministry "
        "of Finance so that the first instalment of central assistance is released to the States in the first quarter "
        "of every financial year."),
    2: ("Dedicated maintenance funds in the States",
        "The Committee are dismayed that only 11 States have created a dedicated fund for the maintenance of rural "
        "roads built under the Yojana, although the programme guidelines have required this since 2019. The Committee "
        "recommend that the release of the second instalment to a State be linked to the provision of an adequate "
        "maintenance budget by that State."),
    3: ("Performance-based maintenance contracts",
        "The Committee find that roads maintained under five-year performance-based contracts are in markedly better "
        "condition than roads maintained under annual contracts. The Committee, therefore, recommend that five-year "
        "performance-based maintenance contracts be made mandatory for all roads completed under the Yojana."),
    4: ("Publication of quality monitoring reports",
        "The Committee observe that reports of the National Quality Monitors are not placed in the public domain. In "
        "the interest of transparency, the Committee recommend that every inspection report be published on the "
        "Department's website within 30 days of the inspection, along with the action taken on it."),
    5: ("Mobile application for citizens",
        "The Committee desire that the Department develop a mobile application through which citizens can report "
        "damaged rural roads with geo-tagged photographs, and that complaints so received be monitored at the level of "
        "the Department."),
    6: ("Capacity building of engineers",
        "The Committee recommend that the Department, in collaboration with the National Institute of Rural Development, "
        "draw up a time-bound programme for training the engineers of the State Rural Roads Development Agencies in "
        "pavement condition assessment."),
    7: ("Climate-resilient maintenance",
        "Taking note of the damage caused to rural roads by floods in 2023 and 2024, the Committee recommend that an "
        "additional allocation be made for climate-resilient maintenance in flood-prone districts, over and above the "
        "normal maintenance norms."),
    8: ("Social audit of maintenance works",
        "The Committee recommend that the maintenance works under the Yojana be brought within the social audit "
        "carried out by the Gram Sabhas, so that road users can verify whether the works paid for have been done."),
}
PARA = {1: "2.6", 2: "3.4", 3: "3.7", 4: "4.3", 5: "4.6", 6: "5.2", 7: "5.5", 8: "5.8"}


def cover(pdf, lines):
    pdf.add_page()
    pdf.ln(18)
    for t, size, style, gap in lines:
        pdf.c(t, size, style, gap)


def advice():
    pdf = Doc(format="A4")
    pdf.setup()
    pdf.set_title("Seventh Report - Standing Committee on Rural Development and Panchayati Raj")
    pdf.head = ""
    cover(pdf, [("STANDING COMMITTEE ON RURAL DEVELOPMENT AND PANCHAYATI RAJ", 13, "B", 3),
                ("(2024-25)", 12, "B", 3), ("EIGHTEENTH LOK SABHA", 12, "B", 14),
                ("MINISTRY OF RURAL DEVELOPMENT", 12, "B", 2), ("(DEPARTMENT OF RURAL DEVELOPMENT)", 12, "B", 14),
                ("MAINTENANCE OF RURAL ROADS UNDER THE GRAMIN SADAK STHIRTA YOJANA", 13, "B", 14),
                ("SEVENTH REPORT", 14, "B", 40), ("LOK SABHA SECRETARIAT", 12, "B", 2), ("NEW DELHI", 12, "B", 2),
                ("March, 2025 / Phalguna, 1946 (Saka)", 11, "", 2)])
    pdf.head = "Seventh Report - Maintenance of Rural Roads under the Gramin Sadak Sthirta Yojana"
    pdf.add_page()
    pdf.hd("COMPOSITION OF THE STANDING COMMITTEE ON RURAL DEVELOPMENT AND PANCHAYATI RAJ (2024-25)")
    pdf.p("Shri Rajendra Prasad Kulkarni - Chairperson", "B")
    pdf.p("MEMBERS", "B")
    members = ["Shri Anil Baruah", "Smt. Deepa Chandrasekhar", "Shri Harpreet Singh Gill", "Dr. Kavita Menon",
               "Shri Manoj Kumar Yadav", "Shri P. Ravindran", "Smt. Sunita Devi Rawat", "Shri Tapan Kumar Sahu"]
    for i, m in enumerate(members, 2):
        pdf.np(f"{i}.", m, 10)
    pdf.p("SECRETARIAT: Shri V. K. Tripathi, Joint Secretary; Shri Amit Joshi, Director; Smt. R. Lalnunmawii, "
          "Deputy Secretary", "I")
    pdf.hd("INTRODUCTION")
    pdf.np("1.", "I, the Chairperson, Standing Committee on Rural Development and Panchayati Raj (2024-25), having been "
                 "authorised by the Committee to submit the Report on their behalf, present this Seventh Report on "
                 "'Maintenance of Rural Roads under the Gramin Sadak Sthirta Yojana' of the Ministry of Rural Development "
                 "(Department of Rural Development).")
    pdf.np("2.", "The Committee took evidence of the representatives of the Department on 14 November 2024 and "
                 "undertook a study visit to Odisha and Himachal Pradesh in December 2024.")
    pdf.np("3.", "The Committee considered and adopted the Report at their sitting held on 11 March 2025.")
    pdf.np("4.", "For facility of reference and convenience, the Observations/Recommendations of the Committee have been "
                 "printed in bold letters in Part-II of the Report.")
    pdf.set_x(25)
    pdf.p("NEW DELHI;  11 March, 2025\nRAJENDRA PRASAD KULKARNI, Chairperson", "B")
    pdf.add_page()
    pdf.hd("REPORT\n\nPART-I")
    pdf.sub("CHAPTER I - INTRODUCTORY")
    pdf.np("1.1", "The Gramin Sadak Sthirta Yojana (GSSY) was launched in 2019 to ensure that the 7.2 lakh km of rural "
                  "roads built under earlier programmes are maintained in good condition. The Yojana provides central "
                  "assistance to the States on a 60:40 sharing basis (90:10 for the North Eastern and Himalayan States).")
    pdf.np("1.2", "The Department informed the Committee that, as on 31 December 2024, 38 per cent of the roads "
                  "surveyed were in 'poor' or 'very poor' condition, against 26 per cent in 2021.")
    pdf.sub("CHAPTER II - FINANCIAL PERFORMANCE")
    pdf.np("2.1", "The Budget Estimates, Revised Estimates and actual expenditure under the Yojana are shown below:")
    pdf.set_font("LS", "", 10.5)
    rows = [("Year", "BE", "RE", "Actual expenditure"), ("2022-23", "3,600", "3,100", "2,980"),
            ("2023-24", "3,900", "3,300", "3,120"), ("2024-25", "4,200", "3,400", "2,610*")]
    with pdf.table(col_widths=(30, 30, 30, 50), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), width=140,
                   line_height=6) as t:
        for r in rows:
            row = t.row()
            for x in r:
                row.cell(x)
    pdf.set_font("LS", "I", 9.5)
    pdf.multi_cell(0, 5, "(Rs. in crore)  * up to 31 January 2025", align="R")
    pdf.ln(3)
    pdf.np("2.2", "The Secretary of the Department stated during evidence that the delay in the release of the first "
                  "instalment in 2024-25 was due to the late submission of utilisation certificates by several States.")
    pdf.sub("CHAPTERS III TO V")
    pdf.np("3.1", "The findings of the Committee on State maintenance funds, maintenance contracts, quality monitoring, "
                  "citizen feedback, capacity building and climate resilience are summarised in paragraphs 3.1 to 5.8 of "
                  "the Report, and the Observations/Recommendations are set out in Part-II.")
    pdf.add_page()
    pdf.hd("PART-II\n\nOBSERVATIONS/RECOMMENDATIONS OF THE COMMITTEE")
    for n in range(1, 9):
        title, text = REC[n]
        pdf.set_font("LS", "B", 11.5)
        y = pdf.get_y()
        if y > pdf.h - 60:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_xy(25, y)
        pdf.cell(10, 6, f"{n}.")
        pdf.set_font("LS", "BU", 11.5)
        pdf.multi_cell(0, 6, title)
        pdf.ln(1)
        pdf.set_x(35)
        pdf.set_font("LS", "B", 11.5)
        pdf.multi_cell(0, 5.8, text, align="J")
        pdf.set_font("LS", "I", 10)
        pdf.set_x(35)
        pdf.multi_cell(0, 5.5, f"(Para No. {PARA[n]})", align="R")
        pdf.ln(3)
    pdf.set_font("LS", "", 11)
    pdf.multi_cell(0, 5.8, "NEW DELHI;\n11 March, 2025\n20 Phalguna, 1946 (Saka)", align="L")
    pdf.output(H.out(NAME + "_advice.pdf"))


def quote(pdf, nums):
    label = f"Recommendation (Serial No. {nums[0]})" if len(nums) == 1 else \
        "Recommendation (Serial Nos. " + " and ".join(str(n) for n in nums) + ")"
    pdf.sub(label)
    for n in nums:
        pdf.p(REC[n][1], indent=0)


def reply(pdf, *paras):
    pdf.set_font("LS", "B", 11.5)
    pdf.multi_cell(0, 6, "Reply of the Government")
    pdf.ln(1.5)
    for t in paras:
        pdf.p(t)
    pdf.set_font("LS", "", 10)
    pdf.multi_cell(0, 5.2, OM, align="R")
    pdf.ln(4)


def response():
    pdf = Doc(format="A4")
    pdf.setup()
    pdf.set_title("Ninth Report - Action Taken by the Government")
    cover(pdf, [("STANDING COMMITTEE ON RURAL DEVELOPMENT AND PANCHAYATI RAJ", 13, "B", 3),
                ("(2025-26)", 12, "B", 3), ("EIGHTEENTH LOK SABHA", 12, "B", 14),
                ("MINISTRY OF RURAL DEVELOPMENT", 12, "B", 2), ("(DEPARTMENT OF RURAL DEVELOPMENT)", 12, "B", 14),
                ("MAINTENANCE OF RURAL ROADS UNDER THE GRAMIN SADAK STHIRTA YOJANA", 13, "B", 8),
                ("[Action Taken by the Government on the Observations/Recommendations contained in the Seventh Report "
                 "(Eighteenth Lok Sabha) of the Committee]", 11.5, "", 14),
                ("NINTH REPORT", 14, "B", 40), ("LOK SABHA SECRETARIAT", 12, "B", 2), ("NEW DELHI", 12, "B", 2),
                ("December, 2025 / Agrahayana, 1947 (Saka)", 11, "", 2)])
    pdf.head = "Ninth Report - Action Taken on the Seventh Report"
    pdf.add_page()
    pdf.hd("CHAPTER I\n\nREPORT")
    pdf.np("1.1", "This Report of the Committee deals with the action taken by the Government on the "
                  "Observations/Recommendations contained in the Seventh Report (Eighteenth Lok Sabha) of the Standing "
                  "Committee on Rural Development and Panchayati Raj on 'Maintenance of Rural Roads under the Gramin "
                  "Sadak Sthirta Yojana', which was presented to Lok Sabha on 18 March 2025.")
    pdf.np("1.2", "The Report contained 8 Observations/Recommendations. Action Taken Notes were received from the "
                  "Department on 22 August 2025 in respect of 7 of them. These have been categorised as follows:")
    for a, b in (("(i)", "Observations/Recommendations which have been accepted by the Government: Serial Nos. 1, 2, 3 "
                         "and 6 (Chapter II) - Total: 04"),
                 ("(ii)", "Observations/Recommendations which the Committee do not desire to pursue in view of the "
                          "replies of the Government: Serial No. 5 (Chapter III) - Total: 01"),
                 ("(iii)", "Observations/Recommendations in respect of which replies of the Government have not been "
                           "accepted by the Committee and which require reiteration: Serial No. 4 (Chapter IV) - Total: 01"),
                 ("(iv)", "Observations/Recommendations in respect of which final replies of the Government are still "
                          "awaited: Serial Nos. 7 and 8 (Chapter V) - Total: 02")):
        pdf.np(a, b, 12)
    pdf.np("1.3", "The Committee desire that final replies in respect of the Observations/Recommendations included in "
                  "Chapter V of this Report be furnished to them within three months of the presentation of this Report. "
                  "The Committee note with concern that not even an interim reply has been received on Serial No. 8.")
    pdf.np("1.4", "The Committee will now deal with the action taken by the Government on some of their "
                  "Observations/Recommendations that require reiteration or merit comments.")
    pdf.sub("A. Publication of quality monitoring reports (Recommendation Serial No. 4)")
    pdf.np("1.5", "The Committee had recommended that every report of the National Quality Monitors be published within "
                  "30 days of the inspection. The Department, in its reply, has stated that this is not feasible.")
    pdf.np("1.6", "The Committee are not convinced by the reply. Summaries of inspection reports are already prepared "
                  "for internal review, and placing them in the public domain would involve little additional work. The "
                  "Committee, therefore, reiterate their recommendation and desire that the Department reconsider the "
                  "matter and apprise the Committee within three months.")
    pdf.add_page()
    pdf.hd("CHAPTER II\n\nOBSERVATIONS/RECOMMENDATIONS WHICH HAVE BEEN ACCEPTED BY THE GOVERNMENT")
    quote(pdf, [1])
    reply(pdf, "The Department has taken up the matter with the Department of Expenditure, Ministry of Finance. With "
               "its concurrence, the first instalment for 2025-26 was released to 24 States in May 2025 on the basis of "
               "provisional utilisation certificates, to be regularised by 30 September 2025.")
    quote(pdf, [2, 3])
    reply(pdf, "The recommendations of the Committee have been accepted. Revised programme guidelines were issued to "
               "all States on 18 July 2025. Under the revised guidelines, the second instalment of central assistance "
               "will be released only after the State has certified a budget provision for maintenance of not less "
               "than the amount assessed under the Yojana's maintenance norms.",
          "The revised guidelines also make five-year performance-based maintenance contracts compulsory for all roads "
          "completed under the Yojana from 1 April 2026; model bidding documents have been circulated to the States.")
    quote(pdf, [6])
    reply(pdf, "A training calendar has been prepared with the National Institute of Rural Development and Panchayati "
               "Raj, Hyderabad. In all, 1,800 engineers of the State agencies will be trained in pavement condition "
               "assessment by March 2026, of whom 640 had been trained by 31 July 2025.")
    pdf.add_page()
    pdf.hd("CHAPTER III\n\nOBSERVATIONS/RECOMMENDATIONS WHICH THE COMMITTEE DO NOT DESIRE TO PURSUE IN VIEW OF THE "
          "REPLIES OF THE GOVERNMENT")
    quote(pdf, [5])
    reply(pdf, "The online management system eMARG, which is used by all States for maintenance contracts, already "
               "includes the 'Meri Sadak' citizen feedback module, through which citizens can upload geo-tagged "
               "photographs of damaged roads from a mobile phone. Complaints are tracked by the Department through a "
               "monthly dashboard. A separate mobile application is, therefore, not considered necessary.")
    pdf.hd("CHAPTER IV\n\nOBSERVATIONS/RECOMMENDATIONS IN RESPECT OF WHICH REPLIES OF THE GOVERNMENT HAVE NOT BEEN "
          "ACCEPTED BY THE COMMITTEE AND WHICH REQUIRE REITERATION")
    quote(pdf, [4])
    reply(pdf, "The reports of the National Quality Monitors contain technical observations which are used by the State "
               "agencies to take corrective action against contractors. Publication of individual reports may lead to "
               "litigation and is not considered feasible. The Department does not, therefore, propose to publish the "
               "inspection reports. A consolidated annual summary of quality grading by State is available on the "
               "Department's website.")
    pdf.set_font("LS", "B", 11.5)
    pdf.multi_cell(0, 6, "Comments of the Committee")
    pdf.set_font("LS", "", 11.5)
    pdf.multi_cell(0, 6, "(Please see Para No. 1.6 of Chapter I of the Report)")
    pdf.ln(4)
    pdf.hd("CHAPTER V\n\nOBSERVATIONS/RECOMMENDATIONS IN RESPECT OF WHICH FINAL REPLIES OF THE GOVERNMENT ARE STILL "
          "AWAITED")
    quote(pdf, [7])
    reply(pdf, "The proposal for an additional allocation for flood-prone districts is under examination in consultation "
               "with the Department of Expenditure and the National Disaster Management Authority. The outcome will be "
               "intimated to the Committee in due course.")
    pdf.set_font("LS", "", 11)
    pdf.multi_cell(0, 6, "NEW DELHI;\n9 December, 2025\n18 Agrahayana, 1947 (Saka)\n\nRAJENDRA PRASAD KULKARNI\n"
                         "Chairperson, Standing Committee on Rural Development and Panchayati Raj")
    pdf.add_page()
    pdf.hd("APPENDIX\n\n(Vide Para 1.2 of Introduction of the Report)\n\nANALYSIS OF ACTION TAKEN BY THE GOVERNMENT ON "
          "THE SEVENTH REPORT (EIGHTEENTH LOK SABHA)", 11.5)
    pdf.set_font("LS", "", 11)
    rows = [("(i)", "Total number of Observations/Recommendations", "08", ""),
            ("(ii)", "Accepted by the Government (Serial Nos. 1, 2, 3 and 6)", "04", "50.00%"),
            ("(iii)", "Not pursued by the Committee in view of the Government's replies (Serial No. 5)", "01", "12.50%"),
            ("(iv)", "Replies not accepted by the Committee (Serial No. 4)", "01", "12.50%"),
            ("(v)", "Final replies still awaited (Serial Nos. 7 and 8)", "02", "25.00%")]
    with pdf.table(col_widths=(12, 100, 18, 24), text_align=("LEFT", "LEFT", "RIGHT", "RIGHT"), line_height=6,
                   first_row_as_headings=False) as t:
        for r in rows:
            row = t.row()
            for x in r:
                row.cell(x)
    pdf.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    recs = [
        {"number": "1", "starts_with": "The Committee note that against the Budget Estimates of Rs. 4,200 crore",
         "reply_contains": "the first instalment for 2025-26 was released to 24 States",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "The Committee are dismayed that only 11 States have created",
         "reply_contains": "will be released only after the State has certified a budget provision",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The Committee find that roads maintained under five-year performance-based contracts",
         "reply_contains": "model bidding documents have been circulated to the States", "verdict": "agrees"},
        {"number": "4", "starts_with": "The Committee observe that reports of the National Quality Monitors",
         "reply_contains": "does not, therefore, propose to publish the inspection reports",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "The Committee desire that the Department develop a mobile application",
         "reply_contains": "A separate mobile application is, therefore, not considered necessary",
         "verdict": "agrees", "also": ["disagrees"]},
        {"number": "6", "starts_with": "The Committee recommend that the Department, in collaboration with the National",
         "reply_contains": "of whom 640 had been trained by 31 July 2025", "verdict": "agrees"},
        {"number": "7", "starts_with": "Taking note of the damage caused to rural roads by floods",
         "reply_contains": "is under examination in consultation with the Department of Expenditure",
         "verdict": "noted"},
        {"number": "8", "starts_with": "The Committee recommend that the maintenance works under the Yojana",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["This Report of the Committee deals with the action taken by the Government",
                 "Analysis of action taken by the Government on the Seventh Report"]
    notes = ("Indian Lok Sabha Standing Committee report (Seventh Report, Part II 'Observations/Recommendations') and the "
             "Committee's Action Taken Report (Ninth Report) quoting the Government's replies (fpdf2, A4, Liberation "
             "Serif, running header, page numbers). Advice: cover in capitals, a numbered list of Committee members 2.-9., "
             "an Introduction numbered 1.-4., Part I paragraphs 1.1-3.1 with a budget table, then Part II: eight bold items "
             "'N.' + underlined title, each a bold paragraph that OPENS WITH AN OBSERVATION ('The Committee note / are "
             "dismayed / find / observe that ...') and then recommends ('The Committee recommend / desire that ...'), "
             "ending with an italic '(Para No. 3.4)' reference that is not its number. Response: Chapter I 'Report' "
             "lists the serial numbers by category (no replies), says no reply came for Serial No. 8, and holds the "
             "Committee's own comments reiterating Serial No. 4 ('The Committee are not convinced'); then replies grouped "
             "BY CATEGORY CHAPTER, so in another order: Chapter II accepted 1, 'Serial Nos. 2 and 3' (both quoted, ONE "
             "reply in two paragraphs, agrees, agrees), 6; Chapter III 5 (existing module 'already includes' it, separate "
             "app 'not considered necessary' - agrees, also disagrees); Chapter IV 4 ('does not, therefore, propose to "
             "publish' - disagrees) with 'Comments of the Committee' pointing back to Chapter I; Chapter V 7 'under "
             "examination ... will be intimated in due course' (noted); 8 never quoted or answered (unanswered). Every "
             "reply is under a bold 'Reply of the Government' label and ends with the same O.M. reference line. The "
             "opening of Chapter I and the Appendix analysis table answer nothing (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    errs = H.check(NAME)
    print(NAME, "OK" if not errs else errs)


if __name__ == "__main__":
    main()

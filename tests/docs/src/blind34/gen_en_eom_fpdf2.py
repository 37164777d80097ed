"""Round 34 (EN): an international ELECTION OBSERVATION MISSION final report answered by the national electoral
commission's RESPONSE MATRIX. The advice (an invented regional network's mission to an invented Pacific state) has
an executive summary with 'priority recommendations' in short form, findings by theme with recommendations in
italics at the end of some sections, the previous mission's recommendation quoted, and an annex 'Table of
recommendations' (No. / Context / Recommendation / Responsible institution / Priority) that runs over a page
break. The response is a landscape matrix covering recommendations from several observer groups, with the
commission's own row references (PER-01 ...), a 'Source' column, a summary, a position label and an action
column; one row covers two mission recommendations, a row answers a domestic observer group only, and one
mission recommendation has no row. fpdf2, A4, cleaned Liberation fonts. All content (network, state, commission,
parties, people, figures) invented.

Run:  /tmp/blind34en/bin/python tests/docs/src/blind34/gen_en_eom_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b34en as H
from fpdf import FPDF, FontFace

NAME = "blind34_en_eom"
GREEN = (0, 98, 84)
SAND = (242, 236, 222)
GREY = (90, 90, 90)


class Base(FPDF):
    def __init__(self, orientation="P"):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 6, 1))

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)


REC = {
    1: "Amend the Electoral Act to give the Electoral Commission the power to recruit and dismiss its own staff, "
       "rather than relying on officers seconded from the Public Service Commission.",
    2: "The Electoral Commission should publish results for each polling station on its website within 48 hours "
       "of the close of polls.",
    3: "Carry out a comprehensive audit of the voter register before the next general elections, including the "
       "removal of deceased voters and of duplicate entries.",
    4: "Introduce a requirement for parties and candidates to disclose all campaign donations above MRL 5,000, "
       "with the names of donors, before election day.",
    5: "Set limits on campaign spending by candidates and enforce them through audited returns filed after the "
       "elections.",
    6: "Provide polling stations with access ramps and tactile ballot guides so that voters with disabilities can "
       "vote independently and in secret.",
    7: "Set statutory time limits, of no more than six months, for the High Court to decide election "
       "petitions.",
    8: "Allocate free airtime on the Marelua Broadcasting Corporation equally among all registered parties "
       "contesting the elections.",
}
CONTEXT = {
    1: "The EC depends on seconded staff who remain under the authority of their ministries.",
    2: "Results were published only by constituency, four days after polling.",
    3: "An estimated 6 per cent of entries relate to deceased persons or duplicates.",
    4: "There is no legal requirement to disclose donations; voters cannot see who funds campaigns.",
    5: "No spending limits exist; observers noted large disparities in resources.",
    6: "MEOM visited 212 polling stations; 71 per cent were not accessible to wheelchair users.",
    7: "Seven petitions from the 2021 elections were decided only in 2024.",
    8: "Airtime is allocated by the number of candidates fielded, favouring the two largest parties.",
}
WHO = {1: "Parliament", 2: "Electoral Commission", 3: "Electoral Commission", 4: "Parliament, Electoral Commission",
       5: "Parliament", 6: "Electoral Commission", 7: "Parliament, Judiciary", 8: "Electoral Commission, MBC"}
PRIO = {1: "Priority", 2: "Priority", 3: "Priority", 4: "Priority", 5: "", 6: "", 7: "", 8: ""}


class Report(Base):
    def __init__(self):
        super().__init__()
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("AR", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(22, 11)
        self.cell(0, 4, "SODN Election Observation Mission to Marelua 2026")
        self.set_xy(22, 11)
        self.cell(0, 4, "Final Report", align="R")
        self.set_draw_color(*GREEN)
        self.set_line_width(0.3)
        self.line(22, 16.5, self.w - 22, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(22, 24)

    def footer(self):
        self.set_font("AR", "", 8)
        self.set_text_color(*GREY)
        self.set_xy(22, self.h - 14)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        if self.will_page_break(25):
            self.add_page()
        self.ln(2.5)
        self.set_font("AR", "B", 13)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def para(self, text, style=""):
        self.set_font("AR", style, 10)
        self.multi_cell(0, 5, text, markdown=True, align="J")
        self.ln(2.2)

    def bullet(self, text):
        self.set_font("AR", "", 10)
        y = self.get_y()
        self.set_xy(self.l_margin + 3, y)
        self.cell(4, 5, "-")
        lm = self.l_margin
        self.set_left_margin(lm + 8)
        self.set_xy(lm + 8, y)
        self.multi_cell(0, 5, text, markdown=True)
        self.set_left_margin(lm)
        self.ln(0.8)


def report(path):
    pdf = Report()
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, pdf.w, 46, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("AR", "B", 10)
    pdf.set_xy(22, 12)
    pdf.cell(0, 5, "SOUTHERN OCEANS DEMOCRACY NETWORK")
    pdf.set_font("AR", "B", 19)
    pdf.set_xy(22, 21)
    pdf.cell(0, 9, "Election Observation Mission")
    pdf.set_font("AR", "", 12)
    pdf.set_xy(22, 31)
    pdf.cell(0, 6, "Independent State of Marelua  |  General Elections, 14 March 2026")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, 54)
    pdf.set_font("AR", "B", 16)
    pdf.cell(0, 8, "FINAL REPORT", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("AR", "", 9)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, "Port Halani, 28 May 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.h1("I. EXECUTIVE SUMMARY")
    pdf.para("At the invitation of the Government of Marelua and the Electoral Commission of Marelua (EC), the "
             "Southern Oceans Democracy Network (SODN) deployed an Election Observation Mission (MEOM) from 9 "
             "February to 27 March 2026. The mission was led by Chief Observer Hon. Lavinia Tuipulotu-Reeve and "
             "comprised 34 observers from nine member states, who visited 212 of the country's 604 polling "
             "stations on election day and followed the count in 31 of the 36 constituencies.")
    pdf.para("The 14 March general elections were competitive and well administered, and fundamental freedoms "
             "were generally respected. Voters turned out in large numbers (71.8 per cent). However, the legal "
             "framework leaves important gaps, in particular on campaign finance and the independence of the "
             "EC, and the slow publication of results reduced transparency. Most of the recommendations of the "
             "2021 mission have not been implemented.")
    pdf.para("The mission offers 8 recommendations, set out in full in the Annex. The following are considered "
             "priorities:")
    for t in ("independence of the EC in the recruitment of its staff;",
              "publication of results by polling station;",
              "a full audit of the voter register; and",
              "disclosure of campaign donations."):
        pdf.bullet(t)
    pdf.h1("II. LEGAL FRAMEWORK AND ELECTION ADMINISTRATION")
    pdf.para("Elections are governed by the Constitution of 1981 and the Electoral Act 2008, last amended in "
             "2023. Section 14 of the Act establishes the EC as an independent body of three commissioners, but "
             "the EC has no power to employ staff: its 112 officers are seconded from line ministries and "
             "remain subject to the Public Service Commission. Several interlocutors questioned whether "
             "seconded officers could act independently of the Government in a dispute.")
    pdf.para("The 2021 SODN mission recommended that \"the Electoral Act should be amended to provide the "
             "Electoral Commission with an independent budget\". A separate budget line was created in 2023, "
             "and this recommendation is considered implemented.")
    pdf.para("*Recommendation: Amend the Electoral Act to give the EC authority over its own staff (see "
             "Annex, No. 1).*")
    pdf.h1("III. VOTER REGISTRATION")
    pdf.para("The voter register contained 412,306 entries, against an estimated voting-age population of "
             "398,000. The EC acknowledged that the register had not been fully audited since 2016. Party agents "
             "told observers that names of deceased relatives remained on lists in several constituencies. The "
             "register should be brought up to date well ahead of the next elections.")
    pdf.h1("IV. CAMPAIGN ENVIRONMENT AND CAMPAIGN FINANCE")
    pdf.para("The campaign was lively and peaceful. There is no regulation of campaign finance beyond a "
             "prohibition of foreign donations, and neither donations nor spending are disclosed. The two "
             "largest parties, the Marelua United Party and the People's Progressive Alliance, ran campaigns "
             "that observers estimated to cost ten times those of the other five parties combined.")
    pdf.h1("V. MEDIA")
    pdf.para("The Marelua Broadcasting Corporation (MBC) provided free airtime to parties in proportion to the "
             "number of candidates fielded. Smaller parties said that this formula made it impossible for them "
             "to reach voters outside the capital.")
    pdf.h1("VI. ELECTION DAY, COUNTING AND RESULTS")
    pdf.para("Voting was orderly in 97 per cent of the polling stations observed. Observers assessed the count "
             "negatively in 6 stations, mostly because of confusion over the reconciliation forms. Results were "
             "announced only by constituency, four days after polling, and the EC has not published results by "
             "polling station. Of the stations visited, 71 per cent were not accessible to voters using "
             "wheelchairs, and no tactile ballot guides were available.")
    pdf.h1("VII. ELECTION DISPUTES")
    pdf.para("Four election petitions were filed with the High Court. There is no time limit for their "
             "determination, and seven petitions from the 2021 elections were decided only in 2024, when the "
             "term of the members concerned was nearly over.")

    pdf.h1("ANNEX: TABLE OF RECOMMENDATIONS")
    pdf.set_font("AR", "", 8.4)
    pdf.set_fill_color(*SAND)
    with pdf.table(col_widths=(9, 42, 70, 26, 17), text_align="LEFT", line_height=4.2, padding=1.4,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
                   first_row_as_headings=True, repeat_headings=1, borders_layout="HORIZONTAL_LINES",
                   cell_fill_color=SAND, cell_fill_mode="ROWS") as table:
        row = table.row()
        for h in ("No.", "Context", "Recommendation", "Responsible institution", "Priority"):
            row.cell(h)
        for n in REC:
            row = table.row()
            row.cell(str(n))
            row.cell(CONTEXT[n])
            row.cell(REC[n])
            row.cell(WHO[n])
            row.cell(PRIO[n])
    pdf.ln(4)
    pdf.set_font("AR", "I", 8.5)
    pdf.multi_cell(0, 4.3, "The mission stands ready to discuss these recommendations with the authorities of "
                           "Marelua and will return for a follow-up visit in 2027.")
    pdf.output(path)


# ------------------------------------------------------------------------------------------------ matrix
class Matrix(Base):
    def __init__(self):
        super().__init__("L")
        self.set_margins(14, 22, 14)
        self.set_auto_page_break(True, 16)

    def header(self):
        self.set_font("AR", "B", 8)
        self.set_text_color(*GREY)
        self.set_xy(14, 9)
        self.cell(0, 4, "ELECTORAL COMMISSION OF MARELUA")
        self.set_xy(14, 9)
        self.set_font("AR", "", 8)
        self.cell(0, 4, "EC/PER/2026/02  -  Approved by the Commission on 4 August 2026", align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(14, 22)

    def footer(self):
        self.set_font("AR", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(14, self.h - 11)
        self.cell(0, 4, f"{self.page_no()}", align="R")
        self.set_xy(14, self.h - 11)
        self.cell(0, 4, "Post-Election Review 2026: Response to Observer Recommendations")
        self.set_text_color(0, 0, 0)


ROWS = [
    ("PER-01", "SODN 2", "Publish results by polling station",
     "Accepted",
     "Polling-station results for the 2026 elections were uploaded to the results portal on 2 July 2026. For "
     "future elections, results forms will be scanned at the tally centre and published within 48 hours. "
     "Responsible: ICT Unit. Timeline: in place for the 2027 local elections."),
    ("PER-02", "CEW 6", "Introduce civic and voter education in secondary schools",
     "Accepted",
     "Schools programme to be developed with the Ministry of Education; pilot in 12 schools in Term 1 of "
     "2027. Responsible: Voter Education Unit."),
    ("PER-03", "SODN 4, SODN 5; CEW 2", "Campaign finance: disclosure of donations and spending limits",
     "Accepted (SODN 4); Not accepted (SODN 5)",
     "The Commission will recommend to the Minister that the Electoral Act be amended to require disclosure of "
     "donations above MRL 5,000 and will prepare draft regulations by March 2027. The Commission does not "
     "support spending limits at this time: it has no capacity to verify expenditure returns and considers "
     "that limits that cannot be enforced would undermine confidence in the law."),
    ("PER-04", "SODN 8; CEW 4", "Equal free airtime for all parties",
     "Not accepted",
     "The current formula was agreed with all registered parties in the Party Liaison Committee in 2024 and "
     "ensures that airtime reflects the number of candidates standing. The Commission sees no reason to "
     "depart from it before the 2031 general elections."),
    ("PER-05", "SODN 1", "Independent recruitment of EC staff",
     "Noted",
     "Changes to the employment status of EC officers require an amendment to the Electoral Act and to the "
     "Public Service Act and are a matter for Parliament. The Commission has transmitted the recommendation "
     "to the Parliamentary Standing Committee on Justice and Electoral Matters."),
    ("PER-06", "SODN 6; CEW 9", "Accessibility of polling stations",
     "Partially accepted",
     "Tactile ballot guides will be provided at every polling station from the 2027 local elections. Most "
     "polling stations are in church halls and schools not owned by the Commission; permanent ramps will be "
     "required only where premises are leased or built for the Commission, and portable ramps will be "
     "supplied to 60 priority stations. Responsible: Operations Division."),
    ("PER-07", "SODN 3", "Audit of the voter register",
     "Accepted in principle",
     "The Commission agrees that a full audit is necessary and will carry it out in 2027, matching the register "
     "against civil registry death records, subject to approval of the supplementary budget request now before "
     "the Treasury. Responsible: Registration Division."),
]


def matrix(path):
    pdf = Matrix()
    pdf.add_page()
    pdf.set_font("AR", "B", 15)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 7, "Post-Election Review 2026: Response to Observer Recommendations")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("AR", "", 9.5)
    pdf.multi_cell(0, 4.8,
                   "Following the General Elections of 14 March 2026, the Commission received final reports "
                   "from the Southern Oceans Democracy Network Election Observation Mission (SODN) and from "
                   "Citizens' Election Watch (CEW), a domestic observer group. The Commission has considered "
                   "each recommendation and sets out its position below. Where a recommendation was made by "
                   "more than one group, it is dealt with in one row. Positions: Accepted / Accepted in "
                   "principle / Partially accepted / Not accepted / Noted. Rows are grouped by the Commission's "
                   "work programme and not by the order of the reports.")
    pdf.ln(3)
    pdf.set_font("AR", "", 9.6)
    with pdf.table(col_widths=(16, 30, 52, 34, 137), text_align="LEFT", line_height=4.9, padding=1.8,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(210, 226, 221)),
                   first_row_as_headings=True, repeat_headings=1) as table:
        row = table.row()
        for h in ("Ref.", "Source", "Recommendation (summary)", "Commission's position", "Action and timeline"):
            row.cell(h)
        for r in ROWS:
            row = table.row()
            row.cell(r[0], style=FontFace(emphasis="BOLD"))
            for c in r[1:]:
                row.cell(c)
    pdf.ln(4)
    pdf.set_font("AR", "", 9)
    pdf.multi_cell(0, 4.6, "Progress on each action will be reported in the Commission's annual report for 2026 "
                           "and reviewed with observer groups before the 2027 local elections.")
    pdf.ln(2)
    pdf.set_font("AR", "I", 9)
    pdf.multi_cell(0, 4.6, "Mereana Kalolo-Hart, Chief Electoral Officer, for the Commission")
    pdf.output(path)


def main():
    report(H.out(NAME + "_advice.pdf"))
    matrix(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1", "starts_with": "Amend the Electoral Act to give the Electoral Commission the power",
         "reply_contains": "are a matter for Parliament", "verdict": "noted"},
        {"number": "2", "starts_with": "The Electoral Commission should publish results for each polling station",
         "reply_contains": "results forms will be scanned at the tally centre", "verdict": "agrees"},
        {"number": "3", "starts_with": "Carry out a comprehensive audit of the voter register before",
         "reply_contains": "agrees that a full audit is necessary and will carry it out",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Introduce a requirement for parties and candidates to disclose all",
         "reply_contains": "will recommend to the Minister that the Electoral Act be amended",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Set limits on campaign spending by candidates and enforce them",
         "reply_contains": "does not support spending limits at this time",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "Provide polling stations with access ramps and tactile ballot guides",
         "reply_contains": "permanent ramps will be required only where premises are leased",
         "verdict": "partly"},
        {"number": "7", "starts_with": "Set statutory time limits, of no more than six months, for",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "8", "starts_with": "Allocate free airtime on the Marelua Broadcasting Corporation equally",
         "reply_contains": "sees no reason to depart from it before the 2031",
         "verdict": "disagrees"},
    ]
    unmatched = ["Introduce civic and voter education in secondary schools"]
    notes = ("International election observation mission final report answered by the national electoral "
             "commission's response matrix (invented Southern Oceans Democracy Network mission to the invented "
             "Independent State of Marelua; fpdf2, A4 portrait advice, A4 landscape matrix). Advice: the eight "
             "recommendations are the rows 1-8 of the 'ANNEX: TABLE OF RECOMMENDATIONS' (No. / Context / "
             "Recommendation / Responsible institution / Priority), which runs over a page break; numbers are "
             "the 'No.' column. Traps: 'priority' recommendations in the executive summary in short form "
             "('publication of results by polling station;'), an italic 'Recommendation: Amend the Electoral Act "
             "...' line in section II (a short form of No. 1), the 2021 mission's recommendation quoted ('the "
             "Electoral Act should be amended to provide ... an independent budget', implemented), the finding "
             "'The register should be brought up to date', the Context column. Response: landscape matrix with "
             "the commission's own refs PER-01 ... PER-07 (not the mission's numbers), a 'Source' column ('SODN "
             "2', 'SODN 4, SODN 5; CEW 2'), a summary, a position label and an action column; order 2, (CEW), "
             "4+5, 8, 1, 6, 3. 2 Accepted, results already uploaded and to be published within 48 hours "
             "(agrees); ONE row PER-03 for 4 and 5, position 'Accepted (SODN 4); Not accepted (SODN 5)' (4 "
             "agrees: will recommend the amendment and draft regulations; 5 disagrees: 'does not support "
             "spending limits at this time'); 8 'Not accepted' (disagrees); 1 'Noted', 'a matter for Parliament', "
             "transmitted to a parliamentary committee (noted); 6 'Partially accepted' (tactile guides yes, "
             "permanent ramps only in leased premises) (partly); 3 'Accepted in principle', audit in 2027 subject "
             "to budget approval (agrees). 7 (time limits for election petitions) has no row (unanswered). Row "
             "PER-02 answers only the domestic observers' recommendation CEW 6 on voter education in schools "
             "(unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

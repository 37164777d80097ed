"""Round 94 (EN): an Australian regional council's consultants' PUBLIC LIBRARY SERVICE REVIEW (recommendations in a
NUMBERED TABLE 'No. | Recommendation | Timeframe' after a benchmarks table) answered by the officer's REPORT TO COUNCIL
with a MANAGEMENT RESPONSE TABLE citing the numbers. fpdf2, A4, cleaned DejaVu, fixed creation date; letterhead band,
running header from page 2 and 'Page N of M'. All invented.
Run:  /tmp/blind94en/bin/python tests/docs/src/blind94/gen_en_library_review_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b94en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind94_en_library_review"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
G = (120, 45, 20)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R); self.add_font("DV", "B", Bf); self.add_font("DV", "I", I)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*G); self.rect(0, 0, 210, 14, "F")
        else:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.set_xy(22, 10); self.cell(0, 5, self.head)
            self.set_draw_color(*G); self.line(22, 16, 188, 16)
        self.set_y(22); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def hd(self, t, size=11.5):
        self.ln(2); self.set_font("DV", "B", size); self.set_text_color(*G)
        self.multi_cell(0, size * 0.55, t); self.set_text_color(0, 0, 0); self.ln(1)

    def p(self, t, size=9.5, style=""):
        self.set_font("DV", style, size); self.multi_cell(0, 5, t); self.ln(2)

    def tab(self, rows, widths, size=8.6):
        self.set_font("DV", "", size)
        with self.table(col_widths=widths, line_height=4.6, headings_style=FontFace(emphasis="BOLD", fill_color=(240, 225, 215)),
                        text_align="LEFT") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def advice():
    d = Doc("Mundarra Regional Council - Review of Public Library Services - Final Report")
    d.add_page()
    d.p("MUNDARRA REGIONAL COUNCIL", 8, "B")
    d.hd("Review of Public Library Services", 16)
    d.p("Final Report, August 2026. Prepared by Coolabah Cultural Planning Pty Ltd (lead reviewer: Dr Sasha Nguyen) "
        "for the Director Community and Culture.", 8.5, "I")
    d.hd("1. Scope and method")
    d.p("Council commissioned this review in February 2026 to assess whether its three branch libraries (Mundarra "
        "Central, Wirra Creek and Pelican Point) meet community needs and the state public library standards, and to "
        "recommend priorities for the next five years. We analysed loans and visits data for 2021-2026, ran an online "
        "survey (1,284 responses), held nine focus groups and visited each branch.")
    d.hd("2. Legislative and policy context")
    d.p("Under section 7 of the Libraries Act 1988 a council that operates a public library must provide free access to "
        "its lending collection for residents. The state's guidelines for public libraries say that a branch serving more "
        "than 10,000 people should be open for at least 45 hours a week, and that collections should be refreshed at a "
        "rate of at least 10 per cent a year. The 2018 internal review recommended that \"Council should consider a "
        "mobile service once branch hours are stabilised\"; no decision was made on that recommendation.")
    d.hd("3. Findings")
    d.p("Visits have recovered to 91 per cent of the 2019 level but loans of physical items have fallen by a quarter. "
        "Mundarra Central is open 38 hours a week, below the guideline. The library management system is fourteen years "
        "old and its support contract ends on 30 June 2027. Five townships with a combined population of about 6,400 "
        "have no branch, and residents there use the library at one third of the district rate. Overdue fines raised "
        "$11,870 in 2025/26, less than the cost of collecting them.")
    d.tab([["Measure (2025/26)", "Mundarra", "Peer councils (median)", "State guideline"],
           ["Opening hours, largest branch", "38", "46", "45 or more"],
           ["Loans per capita", "3.1", "4.4", "-"],
           ["Collection items per capita", "1.9", "1.6", "1.5 to 2.5"],
           ["Staff FTE per 10,000 residents", "2.2", "2.9", "3.0"]], (62, 28, 40, 36))
    d.hd("4. Recommendations")
    d.p("We make seven recommendations. Timeframes are short term (within 12 months), medium term (1-3 years) or "
        "long term (3-5 years).")
    d.tab([["No.", "Recommendation", "Timeframe"],
           ["1", "Extend opening hours at Mundarra Central Library to include Sunday afternoons throughout the year.", "Short"],
           ["2", "Replace the library management system before the current support contract ends, through a shared "
                 "procurement with neighbouring councils.", "Short"],
           ["3", "Introduce a mobile library service visiting each of the five townships without a branch at least "
                 "fortnightly.", "Medium"],
           ["4", "Remove overdue fines for all borrowers and write off existing fines debt.", "Short"],
           ["5", "Create a full-time First Nations engagement librarian position to work with local communities.", "Medium"],
           ["6", "Negotiate a joint-use agreement with Wirra Creek High School so that the branch can move onto the "
                 "school site.", "Long"],
           ["7", "Publish an annual library performance report on Council's website, using the measures in this review.",
            "Short"]], (12, 128, 26))
    d.hd("5. Conclusion")
    d.p("The library service is valued and well used but under-resourced against its peers. The community should be able "
        "to see how the service is performing, and the recommendations above are designed to be delivered largely within "
        "the existing budget envelope, with the mobile service and the new position as the main new costs.")
    d.p("Coolabah Cultural Planning Pty Ltd, 21 August 2026", 8.5, "I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Ordinary Council Meeting 22 October 2026 - Item 11.3")
    d.add_page()
    d.p("MUNDARRA REGIONAL COUNCIL - ORDINARY COUNCIL MEETING 22 OCTOBER 2026", 8, "B")
    d.hd("Item 11.3  Review of Public Library Services - Management Response", 14)
    d.p("Responsible officer: Kylie Brennan, Manager Libraries and Culture. Director: Tom Ashworth, Community and "
        "Culture. Attachment: Final Report of the review (August 2026).", 8.5, "I")
    d.hd("Purpose")
    d.p("This report presents the management response to the independent review of public library services and seeks "
        "Council's endorsement of the actions proposed below.")
    d.hd("Financial implications")
    d.p("The state public library grant for 2026/27 is $412,600, an increase of 2.1 per cent. The Library Services budget "
        "for 2026/27 includes no new positions, so any new ongoing costs would be referred to the 2027/28 budget process.")
    d.hd("Management response")
    d.tab([["Rec.", "Management response", "Officer / date"],
           ["4", "Agreed. Fines for children were removed in 2024. Overdue fines for all borrowers will end on 1 July "
                 "2027 and outstanding fines debt will be written off at that date.", "Manager Libraries, 1 July 2027"],
           ["2 and 3", "The new library management system is being bought through the regional libraries procurement "
                       "group; the tender closed on 30 September and the contract will be awarded in December. A mobile "
                       "library is not supported: a vehicle and staff would cost about $390,000 a year, and the "
                       "home delivery service and click-and-collect lockers will be extended to the townships instead.",
            "Manager Libraries, December 2026"],
           ["6", "Management notes this recommendation. The Department of Education would have to agree, and officers "
                 "will raise it with the regional director when the school's master plan is prepared.",
            "Director, no date set"],
           ["1", "Agreed in part. Sunday opening from 1 pm to 4 pm will be trialled at Mundarra Central from February to "
                 "April 2027, and continued only if visits justify the cost.", "Manager Libraries, trial report May 2027"],
           ["5", "Supported in principle. A part-time (0.5 FTE) First Nations engagement officer will be proposed in the "
                 "2027/28 budget, working with the Wirra Aboriginal Corporation.", "Director, 2027/28 budget"]],
          (20, 104, 42))
    d.hd("Consultation")
    d.p("The Library Advisory Committee discussed the draft management response on 6 October 2026 and its comments have "
        "been reflected above. Staff were briefed at the all-staff meeting on 8 October.")
    d.hd("Officer recommendation")
    d.p("That Council receives the Review of Public Library Services and endorses the management response set out in "
        "this report, with progress to be reported to the Community Services Committee every six months.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Extend opening hours at Mundarra Central Library to include Sunday afternoons",
         "reply_contains": "Sunday opening from 1 pm to 4 pm will be trialled", "verdict": "partly"},
        {"number": 2, "starts_with": "Replace the library management system before the current support contract ends",
         "reply_contains": "the new library management system is being bought through the regional", "verdict": "agrees"},
        {"number": 3, "starts_with": "Introduce a mobile library service visiting each of the five townships",
         "reply_contains": "a mobile library is not supported: a vehicle and staff", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Remove overdue fines for all borrowers and write off existing",
         "reply_contains": "overdue fines for all borrowers will end on 1 july 2027", "verdict": "agrees"},
        {"number": 5, "starts_with": "Create a full-time First Nations engagement librarian position to work",
         "reply_contains": "a part-time (0.5 fte) first nations engagement officer will be proposed", "verdict": "partly"},
        {"number": 6, "starts_with": "Negotiate a joint-use agreement with Wirra Creek High School so",
         "reply_contains": "the department of education would have to agree", "verdict": "noted"},
        {"number": 7, "starts_with": "Publish an annual library performance report on Council's website",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["presents the management response to the independent review of public library services",
                 "the state public library grant for 2026/27 is $412,600",
                 "discussed the draft management response on 6 october 2026"]
    notes = ("Advice: consultants' library service review; recommendations 1-7 in a 'No. | Recommendation | Timeframe' "
             "table after a benchmarks table. Traps: Libraries Act 1988 s. 7 'must provide free access', state guidelines "
             "'should be open for at least 45 hours', the 2018 review quoted ('Council should consider a mobile service'), "
             "findings with figures, conclusion 'the community should be able to see'. Response: officer's report to "
             "Council with a 'Rec. | Management response | Officer / date' table CITING numbers, order 4, 2+3, 6, 1, 5: "
             "fines end 1 July 2027 (4 agrees); ONE row '2 and 3' = LMS procured (2 agrees) + mobile library not "
             "supported (3 disagrees); raise with Department of Education, no date (6 noted); Sunday trial Feb-Apr 2027 "
             "(1 partly); 0.5 FTE not full-time (5 partly); 7 (performance report) unanswered. Unmatched: Purpose, "
             "Financial implications, Consultation. The 'Officer recommendation' (receive and endorse) also answers nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

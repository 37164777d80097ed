"""Round 108 (EN): a Canadian city's FILM ADVISORY COMMITTEE report on ON-LOCATION FILMING PERMITS, seven
recommendations as UNNUMBERED BULLETS after 'The Committee recommends that the City:', answered by the General
Manager's STAFF REPORT with an 'Administration's response' table by topic (no numbers). fpdf2, Letter, cleaned
DejaVu, fixed creation date; teal letterhead rule, shaded 'Filming in 2025' sidebar box; running header from page 2,
'Page N of M' on every page. All bodies, people, places, figures and by-law numbers invented.
Run:  /tmp/blind108en/bin/python tests/docs/src/blind108/gen_en_film_permits_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b108en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind108_en_film_permits"
TEAL = (0, 102, 110)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="Letter")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", H.clean_font("DejaVuSans.ttf"))
        self.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
            self.line(22, self.get_y(), self.w - 22, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def letterhead(self, org, sub):
        self.set_font("DV", "B", 15)
        self.set_text_color(*TEAL)
        self.cell(0, 8, org, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.9)
        self.line(22, self.get_y() + 1, self.w - 22, self.get_y() + 1)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def hd(self, t, size=11.5):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, bold=False, w=0, x=22):
        self.set_font("DV", "B" if bold else "", 9.6)
        self.set_x(x)
        self.multi_cell(w, 5.1, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullet(self, t):
        self.set_font("DV", "", 9.6)
        self.set_x(28)
        self.cell(5, 5.1, "\u2022")
        self.multi_cell(0, 5.1, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


def advice():
    d = Doc("City of Port Calder - Film Advisory Committee - Report FAC-2026-01")
    d.add_page()
    d.letterhead("City of Port Calder", "Film Advisory Committee  |  Report FAC-2026-01 to the Economic Development Committee  |  January 28, 2026")
    d.set_font("DV", "B", 16)
    d.multi_cell(0, 8, "Lights, Camera, Neighbours: On-Location Filming in Port Calder", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    # sidebar box on the right, text on the left
    top = d.get_y()
    bx = d.w - 22 - 58
    d.set_fill_color(226, 240, 241)
    d.rect(bx, top, 58, 62, style="F")
    d.set_xy(bx + 3, top + 3)
    d.set_font("DV", "B", 9)
    d.cell(52, 5, "Filming in 2025", new_x="LEFT", new_y="NEXT")
    d.set_font("DV", "", 8.2)
    d.multi_cell(52, 4.4, "Permits issued: 412\nFilming days: 1,036\nLocal spending reported: $61.8 million\n"
                 "Resident complaints: 187\nBlocks with more than 30 days of filming: 9\n"
                 "Average permit turnaround: 17 business days", align="L", new_x="LEFT", new_y="NEXT")
    d.set_xy(22, top)
    lw = bx - 22 - 6
    d.p("The Film Advisory Committee advises Council on the film and television industry in Port Calder. Its members "
        "include two location managers, a representative of the Motion Picture Production Industry Association, the "
        "Downtown Business Improvement Area, two residents' associations and the Harbourside Film School. This report "
        "follows the review requested by the Economic Development Committee on June 12, 2025.", w=lw)
    d.p("Under Filming By-law No. 2019-087, a production must hold a filming permit for any use of City streets, parks or "
        "facilities, and must notify affected residents and businesses before filming begins. The By-law does not set a "
        "notice period. The City's Film Strategy (2018) states that Port Calder \"should be the most film-friendly city "
        "on the coast,\" and the industry has grown every year since.", w=lw)
    d.set_y(max(d.get_y(), top + 66))
    d.hd("1. What we heard")
    d.p("Location managers told us the permit process is slow and unpredictable. Applications are made by email to three "
        "different departments, and an average permit took 17 business days in 2025, against 8 in neighbouring "
        "Westholme. Several productions said they had chosen other cities for this reason.")
    d.p("Residents, for their part, told us that some streets have become almost permanent film sets. Nine blocks in "
        "Kingsgate and Old Harbour saw more than 30 days of filming in 2025, and residents there told us they often "
        "receive a notice letter the evening before a shoot. One residents' association said productions should treat "
        "neighbours as hosts, not obstacles.")
    d.p("Student and community filmmakers pay the same fees as large productions: $250 per application and $180 per day "
        "for a lane closure. The Harbourside Film School told us that 40 of its students abandoned or moved projects "
        "outside the city last year because of these costs.")
    d.hd("2. Conclusions")
    d.p("The Committee concludes that filming brings real benefit to Port Calder but that the City has not kept pace with "
        "it. The process is too slow for the industry and too opaque for residents. Nothing in this report is intended "
        "to reduce the level of filming overall.")
    d.hd("3. Recommendations")
    d.p("The Committee recommends that the City:")
    for t in [
        "Move all on-location filming permit applications to a single online portal with a service standard of 10 business days.",
        "Set a minimum notice period of 72 hours to residents and businesses for any shoot that closes a lane or removes parking.",
        "Waive permit fees for student and non-profit productions with total budgets under $25,000.",
        "Limit the number of filming days on any one residential block to 30 per calendar year, unless residents agree otherwise.",
        "Create a dedicated Film Liaison Officer position to coordinate permits across departments and answer residents' concerns.",
        "Require large productions to make a neighbourhood contribution, based on filming days, to a community fund for the affected area.",
        "Publish an annual report on filming activity, broken down by neighbourhood, permits, days and complaints.",
    ]:
        d.bullet(t)
    d.ln(2)
    d.p("The Committee would be pleased to present this report to the Economic Development Committee and to work with "
        "staff on the implementation of any recommendation that Council adopts.")
    d.p("Moira Santangelo, Chair, Film Advisory Committee", bold=True)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("City of Port Calder - Staff Report EDC-26-031")
    d.add_page()
    d.letterhead("City of Port Calder", "Staff Report EDC-26-031  |  Economic Development Committee  |  April 8, 2026")
    d.set_font("DV", "", 9)
    for k, v in (("To:", "Chair and Members, Economic Development Committee"),
                 ("From:", "Anika Desrosiers, General Manager, Economic Development and Culture"),
                 ("Subject:", "Response to the Film Advisory Committee report on on-location filming")):
        d.set_font("DV", "B", 9); d.cell(20, 5, k)
        d.set_font("DV", "", 9); d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("Purpose")
    d.p("This report provides Administration's response to the Film Advisory Committee's report of January 28, 2026. "
        "Staff thank the Committee for a balanced report that reflects both the industry's and residents' views.")
    d.hd("Administration's response")
    rows = [
        ("Annual filming report", "Staff support this. A first report covering 2025 by neighbourhood will be posted on the "
         "City's open data portal in June 2026 and updated each spring.", "June 2026"),
        ("Notice to residents", "Already in place. Since March 2, 2026 the permit conditions require 72 hours' written "
         "notice for every lane closure or parking removal, and the standard notice letter has been revised.", "Complete"),
        ("Fees for small productions; filming days per block",
         "Students enrolled at a recognized institution will pay no application fee from July 1, 2026; daily closure "
         "fees will continue to apply, and Administration does not recommend extending the waiver to non-profit "
         "productions. A fixed annual limit per block is not supported: it would push filming to a few other streets and "
         "cannot take account of the scale of each shoot. Staff will instead ask for a residents' sign-off where a block "
         "has already had heavy use.", "July 2026"),
        ("Online applications", "The permit application will move to the City's existing online permitting system in the "
         "fall of 2026. Given the number of departments involved, staff propose a service standard of 15 business "
         "days rather than 10, to be reviewed after one year.", "Fall 2026"),
        ("Staffing", "A dedicated position would require new funding. The request will be brought forward for Council's "
         "consideration in the 2027 operating budget deliberations, without a recommendation from staff at this stage.", "2027 budget"),
    ]
    with d.table(col_widths=(34, 104, 24), line_height=4.7, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=(226, 240, 241))) as t:
        d.set_font("DV", "", 8.8)
        r = t.row()
        for h in ("Topic", "Administration comment", "Timing"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.hd("Film Week 2026")
    d.p("Unrelated to the Committee's report, Council approved $15,000 in sponsorship for Port Calder Film Week, which "
        "will take place from October 14 to 18, 2026 at the Harbourside Theatre.")
    d.hd("Recommendation")
    d.p("That the Economic Development Committee receive this report for information and forward it to Council. "
        "Staff will report back on progress in the spring of 2027.")
    d.p("Prepared by: Jonah Whitlock, Film Office Coordinator. Approved by: Anika Desrosiers, General Manager.", bold=False)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Move all on-location filming permit applications to a single online portal",
         "reply_contains": "propose a service standard of 15 business days rather than 10", "verdict": "partly"},
        {"number": 2, "starts_with": "Set a minimum notice period of 72 hours to residents",
         "reply_contains": "the permit conditions require 72 hours' written notice", "verdict": "agrees"},
        {"number": 3, "starts_with": "Waive permit fees for student and non-profit productions",
         "reply_contains": "recognized institution will pay no application fee from July 1", "verdict": "partly"},
        {"number": 4, "starts_with": "Limit the number of filming days on any one residential block",
         "reply_contains": "A fixed annual limit per block is not supported", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Create a dedicated Film Liaison Officer position to coordinate permits",
         "reply_contains": "brought forward for Council's consideration in the 2027 operating budget", "verdict": "noted"},
        {"number": 6, "starts_with": "Require large productions to make a neighbourhood contribution, based on filming days",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Publish an annual report on filming activity, broken down by neighbourhood",
         "reply_contains": "will be posted on the City's open data portal in June 2026", "verdict": "agrees"},
    ]
    unmatched = ["Staff thank the Committee for a balanced report",
                 "$15,000 in sponsorship for Port Calder Film Week",
                 "receive this report for information and forward it to Council"]
    notes = ("Advice: Canadian city Film Advisory Committee report FAC-2026-01 on on-location filming permits; recs are "
             "UNNUMBERED BULLETS after 'The Committee recommends that the City:' (numbers 1-7 = bullet order); traps: "
             "Filming By-law No. 2019-087 'must hold a filming permit', Film Strategy 2018 quoted ('should be the most "
             "film-friendly'), 'Filming in 2025' sidebar box with figures, residents 'productions should treat neighbours "
             "as hosts', Conclusions section. Response: General Manager's STAFF REPORT EDC-26-031 with an "
             "'Administration's response' table by TOPIC, NO numbers, order 7, 2, 3+4, 1, 5: annual report in June (7 "
             "agrees); 72-hour notice already required (2 agrees); ONE row 'Fees for small productions; filming days per "
             "block' = students only (3 partly) + no cap (4 disagrees); portal with 15 days (1 partly); liaison officer to "
             "2027 budget without recommendation (5 noted); 6 (neighbourhood contribution) unanswered; Purpose thanks, "
             "Film Week sponsorship, report's own recommendation to receive (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

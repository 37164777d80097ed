"""Round 106 (EN): an English town council's TOWN HALL WORKING PARTY report on the future of the Town Hall, seven
recommendations as BOLD UNNUMBERED BULLETS, answered by the Policy and Resources Committee's DECISION NOTICE (a
'Decisions taken' list by subject, NO numbers). fpdf2, A4, cleaned DejaVu, fixed creation date; claret letterhead
rule, 'Building at a glance' shaded box; running header with a rule from page 2 and 'Page N of M' on every page.
All bodies, people, places and figures invented; the Planning (Listed Buildings and Conservation Areas) Act 1990 is
named as context only.
Run:  /tmp/blind106en/bin/python tests/docs/src/blind106/gen_en_town_hall_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b106en as H
from fpdf import FPDF

NAME = "blind106_en_town_hall"
CLARET = (122, 30, 52)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
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
            self.set_draw_color(*CLARET)
            self.line(22, self.get_y(), 188, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def hd(self, t, size=12):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(*CLARET)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, bold=False, indent=0):
        self.set_font("DV", "B" if bold else "", 9.8)
        self.set_x(22 + indent)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def bullet(self, t, bold=True):
        self.set_font("DV", "B" if bold else "", 9.8)
        if self.get_y() > self.h - 40:
            self.add_page()
        y = self.get_y()
        self.set_xy(26, y)
        self.cell(5, 5.2, "\u2022")
        self.set_xy(31, y)
        self.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def letterhead(self, left, right):
        self.set_font("DV", "B", 15)
        self.set_text_color(*CLARET)
        self.cell(110, 8, left)
        self.set_font("DV", "", 8.5)
        self.set_text_color(60, 60, 60)
        self.multi_cell(0, 4.5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*CLARET)
        self.set_line_width(0.8)
        self.line(22, self.get_y() + 2, 188, self.get_y() + 2)
        self.set_line_width(0.2)
        self.ln(7)
        self.set_text_color(0, 0, 0)


def advice(path):
    d = Doc("Ashcombe Town Council - Town Hall Working Party - Report TC/WP/03")
    d.add_page()
    d.letterhead("ASHCOMBE TOWN COUNCIL", "Town Hall Working Party\nReport TC/WP/03\nFull Council, 10 March 2026")
    d.hd("A Future for Ashcombe Town Hall", 16)
    d.p("Report of the Town Hall Working Party to the meeting of the Full Council")
    d.hd("1. Introduction")
    d.p("At its meeting on 8 July 2025 (minute 45/25) the Council set up a working party of five councillors to look "
        "at the condition, use and cost of the Town Hall and to recommend how it should be run in future. The "
        "working party met seven times between September 2025 and February 2026, visited two other town halls and "
        "held a drop-in session in the Assembly Room that was attended by 96 residents.")
    d.set_fill_color(246, 234, 237)
    d.set_font("DV", "B", 9.5)
    d.cell(0, 6, "  The building at a glance", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 9.2)
    for line in ["Built 1887; Grade II listed since 1972",
                 "Bookings in 2025: 1,140 hours (Assembly Room 71% of them)",
                 "Income from hire 2025-26: £38,600; running costs £61,200",
                 "Repairs backlog estimated at £410,000 (2023 survey, now out of date)"]:
        d.cell(0, 5.4, "   " + line, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("2. What we found")
    d.p("The Town Hall is valued far beyond its use. Residents told us it is 'the heart of the town' and many were "
        "worried by rumours that it would be sold. The building is in fair condition but the roof and the clock "
        "tower need work soon, and the 2023 survey said that the lead flashings should be replaced within five years. "
        "As a listed building, any works to it must have listed building consent under the Planning (Listed "
        "Buildings and Conservation Areas) Act 1990.")
    d.p("We found that the Council's offices on the first floor take up the best rooms in the building, while the "
        "ground floor parlour is little used. Bookings are handled by the Town Clerk alongside her other duties, "
        "and several groups said they had given up trying to book. The 2019 Town Plan said that the Council should "
        "'make the Town Hall a busy, open building used by the whole community'; we do not think that has happened.")
    d.p("Hire charges were last raised in 2021 and are below those of comparable halls in the district.")
    d.hd("3. Recommendations")
    d.p("The working party recommends that the Council:")
    for t in ["Keep the Town Hall in public ownership and rule out its sale for at least ten years.",
              "Commission a full condition survey of the roof and the clock tower by September 2026.",
              "Move the Council's offices to the ground floor parlour and let the first floor rooms as office space "
              "to local businesses.",
              "Appoint a part-time bookings and events officer for an initial period of two years.",
              "Apply to the National Lottery Heritage Fund for a grant towards the cost of repairs.",
              "Raise the hire charges for the Assembly Room by 20 per cent from April 2027.",
              "Set up a Friends of Ashcombe Town Hall group to run heritage open days and tours."]:
        d.bullet(t)
    d.hd("4. Financial implications")
    d.p("The survey is estimated to cost £9,000 and can be met from the building reserve. The other proposals "
        "would be for the Policy and Resources Committee to cost as part of the 2027-28 budget.")
    d.p("Cllr Gillian Marsh, Chair of the Town Hall Working Party")
    d.output(path)


def response(path):
    d = Doc("Ashcombe Town Council - Decision Notice P&R/2026/04")
    d.add_page()
    d.letterhead("ASHCOMBE TOWN COUNCIL", "Policy and Resources Committee\nDecision Notice P&R/2026/04\n21 April 2026")
    d.hd("Decision Notice: Town Hall Working Party report", 14)
    d.p("Full Council on 10 March 2026 received the Town Hall Working Party's report and referred it to this "
        "Committee. The Committee met on 21 April 2026. Present: Cllrs Okafor (Chair), Marsh, Pryce, Tennant and "
        "Whitlow. The Town Clerk, Mrs Dawn Healey, was in attendance.")
    d.p("The Chair thanked the working party and the many residents who came to the drop-in session for a thoughtful "
        "and well evidenced report.")
    d.hd("Decisions taken")
    d.bullet("Heritage funding: the Committee agreed that an application be made, in the first instance, for a "
             "development grant of up to £25,000 only; a bid for the full repair costs will wait until the costs "
             "are known.", bold=False)
    d.bullet("Roof, clock tower and charges: the Committee authorised the Town Clerk to appoint a conservation "
             "surveyor now, with a report due by the end of August. It did not accept the proposed increase in "
             "Assembly Room rates, as members felt a rise of that size would drive away the groups that use the "
             "room most.", bold=False)
    d.bullet("Ownership: the Committee resolved that the Town Hall will remain in the Council's ownership and is "
             "not to be offered for sale during the next ten years. A motion to this effect will go to Full Council.",
             bold=False)
    d.bullet("Volunteers: the Committee welcomed the idea of a volunteer group and asked the Clerk to sound out "
             "the Ashcombe Civic Society before any decision is made.", bold=False)
    d.bullet("Use of rooms: the Committee agreed to open up the parlour for hire, but the staff will stay on the "
             "first floor for now; letting rooms to businesses will be looked at again after the survey.",
             bold=False)
    d.hd("Other business")
    d.p("The Committee approved the quotation of £2,340 from Hillside Grounds for the spring planting of the "
        "war memorial gardens.")
    d.p("The meeting closed at 8.52 pm. Date of next meeting: 16 June 2026.")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        dict(number=1, starts_with="Keep the Town Hall in public ownership and rule out its sale",
             reply_contains="not to be offered for sale during the next ten years", verdict="agrees"),
        dict(number=2, starts_with="Commission a full condition survey of the roof and the clock",
             reply_contains="appoint a conservation surveyor now, with a report due", verdict="agrees"),
        dict(number=3, starts_with="Move the Council's offices to the ground floor parlour and let",
             reply_contains="the staff will stay on the first floor for now", verdict="partly"),
        dict(number=4, starts_with="Appoint a part-time bookings and events officer for an initial",
             reply_contains=None, verdict="unanswered"),
        dict(number=5, starts_with="Apply to the National Lottery Heritage Fund for a grant towards",
             reply_contains="for a development grant of up to £25,000 only", verdict="partly"),
        dict(number=6, starts_with="Raise the hire charges for the Assembly Room by 20 per",
             reply_contains="It did not accept the proposed increase in Assembly Room rates", verdict="disagrees"),
        dict(number=7, starts_with="Set up a Friends of Ashcombe Town Hall group to run",
             reply_contains="asked the Clerk to sound out the Ashcombe Civic Society", verdict="noted"),
    ]
    H.write_expected(NAME, recs, [
        "The Chair thanked the working party and the many residents",
        "Hillside Grounds for the spring planting of the war memorial",
        "The meeting closed at 8.52 pm"],
        "Advice: English town council Town Hall Working Party report TC/WP/03 on the future of the listed Town Hall; "
        "recs are BOLD UNNUMBERED BULLETS after 'recommends that the Council:' (numbers 1-7 = order); traps: minute "
        "45/25, 'building at a glance' box with figures, 2023 survey 'should be replaced within five years', Listed "
        "Buildings Act 'must have listed building consent', 2019 Town Plan quoted ('the Council should make the Town "
        "Hall'), 'Financial implications' paragraph. Response: Policy and Resources Committee DECISION NOTICE with a "
        "'Decisions taken' list by subject, NO numbers, order 5, 2+6, 1, 7, 3: development grant only (5 partly); ONE "
        "bullet 'Roof, clock tower and charges' = surveyor appointed (2 agrees) + hire rise not accepted (6 "
        "disagrees); stays in ownership (1 agrees); Civic Society sounded out (7 noted); parlour opened but staff stay "
        "upstairs (3 partly); 4 (bookings officer) unanswered; Chair's thanks, 'Other business' planting, meeting "
        "closed (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

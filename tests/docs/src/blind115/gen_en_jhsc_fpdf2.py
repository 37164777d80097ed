"""Round 115 (EN): an Ontario public library's JOINT HEALTH AND SAFETY COMMITTEE's written recommendations to the
employer, seven recommendations set out as FORM RECORDS coded by year and sequence ('JHSC RECOMMENDATION 26-01' ...
'26-07', each a bordered record with Location / Hazard identified / Recommendation / Suggested timeline rows and a
priority in its header strip), answered by the employer's WRITTEN RESPONSE FORM with TICK-BOXES (Accepted / Accepted
in part / Not accepted / Under review) and a 'Reasons, actions and timetable' field per record, the two
high-priority recommendations answered first in ONE record, the rest in another order, one recommendation (26-07)
left out, and a table on the status of EARLIER recommendations (24-03, 25-02, 25-04) that answers nothing.
fpdf2, US Letter, cleaned Liberation Sans (advice) and DejaVu Sans Condensed (response), fixed creation date; charcoal
letterhead band with a safety-orange bar, To/From/Date/Re block, an incident table made with FPDF.table(), numbered
findings 'What we found' (not recommendations); header and 'Page N of M' stamped from page 2. All bodies, people,
places, unions, figures and reference numbers invented; Ontario's Occupational Health and Safety Act is named as
context only (what is said of it here is not to be relied on).
Run:  /tmp/blind115en/bin/python tests/docs/src/blind115/gen_en_jhsc_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b115en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind115_en_jhsc"
CHAR = (52, 56, 62)
ORANGE = (226, 112, 28)
PALE = (238, 239, 241)
LABEL = (226, 228, 232)


class Doc(FPDF):
    def __init__(self, fam):
        super().__init__(format="Letter")
        self.fam = fam
        self.set_creation_date(datetime.datetime(2026, 3, 10, tzinfo=datetime.timezone.utc))
        if fam == "LS":
            files = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")
        else:
            files = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf")
        self.add_font(fam, "", H.clean_font(files[0]))
        self.add_font(fam, "B", H.clean_font(files[1]))
        self.add_font(fam, "I", H.clean_font(files[2]))
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)

    def band(self, left, right):
        self.set_fill_color(*CHAR)
        self.rect(0, 0, self.w, 24, style="F")
        self.set_fill_color(*ORANGE)
        self.rect(0, 24, self.w, 2.2, style="F")
        self.set_xy(20, 7)
        self.set_text_color(255, 255, 255)
        self.set_font(self.fam, "B", 15)
        self.cell(110, 7, left)
        self.set_font(self.fam, "", 9)
        self.set_xy(self.w - 20 - 70, 6.5)
        self.multi_cell(70, 4.4, right, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(33)

    def hd(self, t, size=11.5, need=30):
        if self.get_y() > self.h - need:
            self.add_page()
        self.ln(1.5)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*CHAR)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*ORANGE)
        self.set_line_width(0.5)
        self.line(self.l_margin, self.get_y() + 0.3, self.l_margin + 18, self.get_y() + 0.3)
        self.set_text_color(0, 0, 0)
        self.ln(2.2)

    def p(self, t, size=9.8, style="", lh=5.0, after=2.4):
        self.set_font(self.fam, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(after)

    def li(self, label, text, w=7, size=9.8, lh=5.0):
        self.set_font(self.fam, "", size)
        self.set_x(self.l_margin + 1)
        self.cell(w, lh, label)
        old = self.l_margin
        self.set_left_margin(old + 1 + w)
        self.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.set_left_margin(old)
        self.ln(1.3)

    def kv(self, rows, lw=22, size=9.6):
        for k, v in rows:
            self.set_font(self.fam, "B", size)
            self.cell(lw, 5.2, k)
            self.set_font(self.fam, "", size)
            self.multi_cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def _rows_height(self, rows, lw, vw, lh, size):
        hs = []
        for k, v in rows:
            if v is None:
                hs.append(9.0)
                continue
            self.set_font(self.fam, "", size)
            n = len(self.multi_cell(vw - 4, lh, v, dry_run=True, output="LINES", markdown=True))
            self.set_font(self.fam, "B", size)
            m = len(self.multi_cell(lw - 4, lh, k, dry_run=True, output="LINES", align="L"))
            hs.append(max(n, m) * lh + 3.2)
        return hs

    def record(self, title, right, rows, decisions=None, lw=40, size=9.4, lh=4.7):
        """A bordered form record: a charcoal header strip, then label / value rows; decisions = [(label, ticked)]
        rows of tick-boxes (value None in rows marks where they go)."""
        W = self.w - self.l_margin - self.r_margin
        vw = W - lw
        hs = self._rows_height(rows, lw, vw, lh, size)
        total = 7.5 + sum(hs)
        if self.get_y() + total > self.h - 22:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(*CHAR)
        self.rect(x, y, W, 7.5, style="F")
        self.set_fill_color(*ORANGE)
        self.rect(x, y, 2.2, 7.5, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font(self.fam, "B", 9.6)
        self.set_xy(x + 4.5, y + 1.3)
        self.cell(W * 0.6, 5, title)
        self.set_font(self.fam, "", 9)
        self.set_xy(x + W * 0.55, y + 1.3)
        self.cell(W * 0.45 - 3, 5, right, align="R")
        self.set_text_color(0, 0, 0)
        y += 7.5
        self.set_draw_color(150, 154, 160)
        self.set_line_width(0.25)
        di = 0
        for (k, v), hgt in zip(rows, hs):
            self.set_fill_color(*LABEL)
            self.rect(x, y, lw, hgt, style="DF")
            self.rect(x + lw, y, vw, hgt, style="D")
            self.set_font(self.fam, "B", size)
            self.set_xy(x + 2, y + 1.6)
            old = self.l_margin
            self.set_left_margin(x + 2)
            self.multi_cell(lw - 4, lh, k, align="L")
            self.set_left_margin(old)
            if v is None:
                label, ticked = decisions[di]
                di += 1
                self.ticks(x + lw + 2.5, y + 2.9, ticked, size)
            else:
                self.set_font(self.fam, "", size)
                self.set_xy(x + lw + 2, y + 1.6)
                self.set_left_margin(x + lw + 2)
                self.multi_cell(vw - 4, lh, v, markdown=True)
                self.set_left_margin(old)
            y += hgt
        self.set_xy(self.l_margin, y + 5)

    def ticks(self, x, y, ticked, size):
        opts = ["Accepted", "Accepted in part", "Not accepted", "Under review"]
        self.set_font(self.fam, "", size)
        for o in opts:
            self.set_draw_color(60, 60, 60)
            self.set_line_width(0.3)
            self.rect(x, y, 3.4, 3.4)
            if o == ticked:
                self.set_font(self.fam, "B", size)
                self.set_xy(x - 0.1, y - 0.6)
                self.cell(3.6, 4.6, "X", align="C")
                self.set_font(self.fam, "", size)
            self.set_xy(x + 4.6, y - 0.6)
            self.cell(self.get_string_width(o) + 1, 4.6, o)
            x += 4.6 + self.get_string_width(o) + 8

    def grid(self, rows, widths, size=9, align=None):
        self.set_font(self.fam, "", size)
        self.set_fill_color(*PALE)
        self.set_draw_color(150, 154, 160)
        self.set_line_width(0.2)
        with self.table(col_widths=widths, text_align=align or ("LEFT",) + ("RIGHT",) * (len(widths) - 1),
                        line_height=5, first_row_as_headings=True, borders_layout="HORIZONTAL_LINES",
                        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=CHAR),
                        width=sum(widths), align="LEFT", cell_fill_color=PALE, cell_fill_mode="ROWS") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


RECS = [
    ("26-01", "High", "Central Library",
     "Verbal abuse, threats and assaults against staff at public service desks in the evening.",
     "Post a trained, licensed security guard at Central Library from 4:00 p.m. until closing, Monday to "
     "Saturday, starting no later than April 1, 2026.", "April 1, 2026"),
    ("26-02", "High", "All branches",
     "Staff exposed to needlestick injury when clearing discarded needles and other sharps.",
     "Install a wall-mounted sharps container in every public washroom at all nine branches, and supply each "
     "branch with a sharps kit of puncture-resistant gloves and tongs.", "Within 30 days"),
    ("26-03", "Medium", "Central, Eastgate, Millbrook, Westfield",
     "Back and shoulder strain when emptying fixed-bottom book returns bins.",
     "Replace the returns bins at the four busiest branches with spring-loaded, self-levelling bins that keep "
     "returned items at waist height.", "By the end of June 2026"),
    ("26-04", "Medium", "Elm Hollow, Riverside",
     "Heat stress in branches without air conditioning during summer opening hours.",
     "Adopt a written heat stress procedure that sets out when work is to be modified and when a branch is to "
     "close, based on a humidex reading taken by staff at the start of each shift.", "Before June 1, 2026"),
    ("26-05", "High", "Elm Hollow, Riverside",
     "Staff working alone at the opening and closing of the two smallest branches.",
     "Schedule at least two staff members at the Elm Hollow and Riverside branches at all times when the branch "
     "is open to the public.", "From the next scheduling period"),
    ("26-06", "Medium", "All branches",
     "Front-line staff, part-time staff and pages without training in de-escalation.",
     "Provide in-person de-escalation and workplace violence training to all front-line staff, including "
     "part-time staff and pages, with a refresher every two years.", "All staff by December 31, 2026"),
    ("26-07", "Low", "All branches",
     "Incident reports reaching the Committee months after the event, too late to act on them.",
     "Give the Committee a monthly summary of all workplace violence and harassment incident reports, with "
     "personal information removed, at least one week before each Committee meeting.", "From April 2026"),
]


def advice():
    d = Doc("LS")
    d.add_page()
    d.band("NORTHVALE PUBLIC LIBRARY", "Joint Health and Safety Committee\nCollections Services Building\n"
           "40 Larchmount Road, Northvale")
    d.set_font("LS", "B", 15.5)
    d.set_text_color(*CHAR)
    d.multi_cell(0, 7.5, "Written Recommendations to the Employer", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1.5)
    d.kv([("To:", "Dana Okafor-Reyes, Chief Executive Officer, Northvale Public Library"),
          ("From:", "Joint Health and Safety Committee (worker co-chair Priya Venkataraman, Library Workers' Union "
                    "Local 212; management co-chair Glenn Ashdown, Manager, Branch Operations)"),
          ("Date:", "February 18, 2026"),
          ("Re:", "JHSC Recommendations 26-01 to 26-07: staff safety at public service points"),
          ("File:", "NPL-JHSC-2026-02")])
    d.hd("1. Purpose")
    d.p("At its regular meeting on February 11, 2026, the Committee agreed by consensus to make the seven written "
        "recommendations set out in Section 4. Under subsection 9(20) of the Occupational Health and Safety Act, an "
        "employer who receives written recommendations from a joint committee must respond in writing within 21 "
        "days, with a timetable for the recommendations it agrees with and its reasons for any it does not. We "
        "therefore look forward to the Library's response by March 11, 2026.")
    d.hd("2. How we arrived at these recommendations")
    d.p("Between September 2025 and January 2026 members of the Committee carried out the monthly workplace "
        "inspections of all nine branches and of the Collections Services building, reviewed the 218 incident "
        "reports submitted by staff in 2025, and held two listening sessions that were attended by 61 staff. We also "
        "reviewed the Library's Workplace Violence and Harassment Program (Policy HR-14), last revised in 2022.")
    d.grid([["Incident reports by type", "2024", "2025"],
            ["Verbal abuse or threats", "97", "131"],
            ["Physical assault or attempted assault", "9", "14"],
            ["Discarded needles or sharps found", "22", "41"],
            ["Lifting and handling strains", "11", "13"],
            ["Heat-related complaints", "6", "19"],
            ["Total", "145", "218"]], (96, 22, 22))
    d.hd("3. What we found")
    d.li("1.", "**Evenings at Central.** Two-thirds of the reports of verbal abuse, and all but two of the assaults "
               "reported in 2025, happened at Central Library after 4 p.m. Staff told us that on several evenings "
               "they had called police and waited more than 40 minutes.")
    d.li("2.", "**Sharps.** Needles were found on 41 occasions, most often in the public washrooms at Central, "
               "Eastgate and Riverside. Only Central has a sharps container, and pages told us that they had picked "
               "needles up with paper towels.")
    d.li("3.", "**Returns bins.** At the four busiest branches staff empty fixed-bottom bins by bending into them. "
               "Four of the 13 handling strains in 2025 were linked to emptying bins.")
    d.li("4.", "**Heat.** Elm Hollow and Riverside have no air conditioning. On 11 days in July and August 2025 the "
               "indoor temperature at Elm Hollow went above 30 degrees. Staff said somebody should have closed the "
               "branch early on the worst days.")
    d.li("5.", "**Working alone.** At both small branches a single staff member is regularly on duty for the first "
               "or the last hour of the day, often with members of the public in the building.")
    d.li("6.", "**Training.** Of the part-time staff and pages, 38 per cent have never had any training in "
               "de-escalation; most full-time staff were last trained in 2021.")
    d.p("The Committee's earlier Recommendation 24-03, that \"the employer should install a duress alarm at the "
        "Central Library circulation desk\", was accepted and the alarm was installed in June 2024, so we do not "
        "repeat it. Several staff also asked whether Central should close earlier in the evening. Opening hours are "
        "set by the Library Board, and the Committee makes no recommendation about them.")
    d.hd("4. Recommendations", need=70)
    d.p("The Committee makes the following recommendations under subsection 9(18) of the Act. Each is set out on the "
        "Committee's standard recommendation form.")
    for code, prio, loc, haz, rec, when in RECS:
        d.record(f"JHSC RECOMMENDATION {code}", f"Priority: {prio}",
                 [("Location", loc), ("Hazard identified", haz), ("Recommendation", rec), ("Suggested timeline", when)])
    d.hd("5. Next steps")
    d.p("The Committee asks the employer to give priority to Recommendations 26-01 and 26-05. Both co-chairs have "
        "signed this form, and a copy will be posted on the health and safety board at every branch.")
    d.ln(2)
    d.set_font("LS", "", 9.4)
    d.cell(85, 5, "Priya Venkataraman, worker co-chair")
    d.cell(0, 5, "Glenn Ashdown, management co-chair", new_x="LMARGIN", new_y="NEXT")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("DC")
    d.add_page()
    d.band("NORTHVALE PUBLIC LIBRARY", "Office of the Chief Executive Officer\n1 Civic Square, Northvale")
    d.set_font("DC", "B", 14.5)
    d.set_text_color(*CHAR)
    d.multi_cell(0, 7, "Employer's Written Response to Joint Health and Safety Committee Recommendations",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0, 0, 0)
    d.ln(1.5)
    d.kv([("Recommendations received:", "February 18, 2026 (file NPL-JHSC-2026-02)"),
          ("Response date:", "March 9, 2026"),
          ("Responding for the employer:", "Dana Okafor-Reyes, Chief Executive Officer")], lw=58)
    d.p("This is the Library's written response to the Committee's recommendations, given within the period set by "
        "the Act. The Senior Leadership Team reviewed the recommendations on March 3 with the Manager of Facilities "
        "Services and our Health and Safety Advisor. As the Committee asked, we respond first to the two "
        "recommendations it marked as most urgent, and then to the others.")
    d.record("RESPONSE TO RECOMMENDATIONS 26-01 AND 26-05", "Security and staffing",
             [("Decision on 26-01", None), ("Decision on 26-05", None),
              ("Reasons, actions and timetable",
               "**26-01.** A licensed guard from our contracted security provider will be on site at Central "
               "Library from 4:00 p.m. to closing on Thursdays, Fridays and Saturdays from March 30, 2026, the "
               "evenings on which 71 per cent of last year's incidents occurred. On Mondays to Wednesdays the "
               "mobile patrol will continue to call at Central twice each evening. We will review the incident data "
               "after six months and add further evenings if the pattern changes.\n"
               "**26-05.** The Library cannot schedule a second staff member for every open hour at Elm Hollow and "
               "Riverside within the 2026 operating budget; doing so would need 1.6 additional full-time positions. "
               "From April 6 staff working alone at these branches will carry a lone-worker device with a check-in "
               "timer and an emergency button monitored around the clock.")],
             decisions=[("26-01", "Accepted in part"), ("26-05", "Not accepted")])
    d.record("RESPONSE TO RECOMMENDATION 26-02", "Sharps",
             [("Decision", None),
              ("Reasons, actions and timetable",
               "Sharps containers were installed in all public washrooms at the nine branches during the week of "
               "March 2, and each branch now holds a kit with gloves and tongs. Pages and custodial staff will "
               "receive a short briefing on safe handling from our Health and Safety Advisor by March 31.")],
             decisions=[("26-02", "Accepted")])
    d.record("RESPONSE TO RECOMMENDATION 26-06", "Training",
             [("Decision", None),
              ("Reasons, actions and timetable",
               "Every member of front-line staff, including part-time staff and pages, will complete a half-day "
               "in-person de-escalation course by November 30, 2026. Sessions will be held on Sunday mornings "
               "before opening so that branches do not close, and staff will be paid for attending. A refresher "
               "every two years has been added to the corporate training calendar.")],
             decisions=[("26-06", "Accepted")])
    d.record("RESPONSE TO RECOMMENDATION 26-03", "Returns bins",
             [("Decision", None),
              ("Reasons, actions and timetable",
               "Four self-levelling returns bins have been ordered at a cost of $18,400 from the Collections "
               "equipment budget and are due to be in place by June 30, 2026. Until they arrive, staff at those "
               "branches have been asked to empty bins in two partial loads onto a book truck.")],
             decisions=[("26-03", "Accepted")])
    d.record("RESPONSE TO RECOMMENDATION 26-04", "Heat",
             [("Decision", None),
              ("Reasons, actions and timetable",
               "Facilities Services is assessing cooling options for Elm Hollow and Riverside as part of the 2027 "
               "capital budget. Human Resources will consider whether a separate written procedure is needed once "
               "that assessment is complete, and we will report back to the Committee at that time. In the "
               "meantime the corporate hot weather bulletin continues to apply.")],
             decisions=[("26-04", "Under review")])
    d.hd("Status of earlier recommendations", need=50)
    d.grid([["Recommendation", "Subject", "Status"],
            ["24-03", "Duress alarm, Central circulation desk", "Complete; tested monthly"],
            ["25-02", "Loading dock lighting at Collections Services", "Complete, October 2025"],
            ["25-04", "Ergonomic assessment of the Bookmobile", "In progress, due May 2026"]], (36, 84, 55),
           align=("LEFT", "LEFT", "LEFT"))
    d.p("This response will be posted beside the Committee's recommendations at every branch and will be provided "
        "to the Library Board at its meeting of March 26, 2026. Questions may be directed to Mark Tolentino, "
        "Health and Safety Advisor, at extension 4417.")
    d.ln(2)
    d.p("Dana Okafor-Reyes\nChief Executive Officer", style="B")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Northvale Public Library - JHSC - Recommendations 26-01 to 26-07",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Northvale Public Library - Employer's written response - March 9, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSansCondensed.ttf"))
    recs = [
        {"number": 1, "starts_with": "Post a trained, licensed security guard at Central Library",
         "reply_contains": "on Thursdays, Fridays and Saturdays from March 30, 2026", "verdict": "partly"},
        {"number": 2, "starts_with": "Install a wall-mounted sharps container in every public washroom",
         "reply_contains": "Sharps containers were installed in all public washrooms", "verdict": "agrees"},
        {"number": 3, "starts_with": "Replace the returns bins at the four busiest branches with",
         "reply_contains": "self-levelling returns bins have been ordered at a cost", "verdict": "agrees"},
        {"number": 4, "starts_with": "Adopt a written heat stress procedure that sets out when work",
         "reply_contains": "Facilities Services is assessing cooling options for Elm Hollow", "verdict": "noted"},
        {"number": 5, "starts_with": "Schedule at least two staff members at the Elm Hollow and",
         "reply_contains": "cannot schedule a second staff member for every open hour", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Provide in-person de-escalation and workplace violence training to all",
         "reply_contains": "will complete a half-day in-person de-escalation course", "verdict": "agrees"},
        {"number": 7, "starts_with": "Give the Committee a monthly summary of all workplace violence",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The Senior Leadership Team reviewed the recommendations on March 3",
                 "Loading dock lighting at Collections Services",
                 "Ergonomic assessment of the Bookmobile",
                 "provided to the Library Board at its meeting of March 26"]
    notes = ("Advice: Ontario public library JOINT HEALTH AND SAFETY COMMITTEE's written recommendations to the "
             "employer (file NPL-JHSC-2026-02); recs are seven FORM RECORDS headed 'JHSC RECOMMENDATION 26-01' ... "
             "'26-07' with a priority in the header strip and Location / Hazard identified / Recommendation / "
             "Suggested timeline rows (starts_with is the Recommendation field); traps: To/From/Date/Re block naming "
             "'JHSC Recommendations 26-01 to 26-07', the Act's 'must respond in writing within 21 days', incident "
             "table, numbered FINDINGS 1-6 ('somebody should have closed the branch early'), the earlier "
             "Recommendation 24-03 quoted ('the employer should install a duress alarm'), opening hours 'makes no "
             "recommendation', closing 'give priority to Recommendations 26-01 and 26-05'. Response: employer's "
             "WRITTEN RESPONSE FORM, one record per reply with TICK-BOXES Accepted / Accepted in part / Not accepted "
             "/ Under review (the ticked box marked 'X') and a 'Reasons, actions and timetable' field, order 26-01+"
             "26-05, 26-02, 26-06, 26-03, 26-04: ONE record for the two priority recs = guard on Thursday-Saturday "
             "evenings only, mobile patrol otherwise (1 partly, 'Accepted in part') + no second staff member, "
             "lone-worker devices instead (5 disagrees, 'Not accepted'); sharps containers installed week of March 2 "
             "(2 agrees); half-day de-escalation course by November 30, 2026 (6 agrees); self-levelling bins ordered, "
             "by June 30, 2026 (3 agrees); cooling options assessed for the 2027 capital budget, HR 'will consider', "
             "'Under review' (4 noted); 26-07 (monthly incident summary to the Committee) has no record "
             "(unanswered); opening paragraph, 'Status of earlier recommendations' table (24-03, 25-02, 25-04) and "
             "the posting / contact paragraph answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

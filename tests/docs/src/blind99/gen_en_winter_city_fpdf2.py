"""Round 99 (EN): a Canadian (Saskatchewan) city's WINTER CITY ADVISORY WORKING GROUP FINAL REPORT on snow and ice
control (findings F1-F4 with 'should'; seven CODED recommendations WC-1 to WC-7 in a ruled TABLE 'Code |
Recommendation | Lead') answered by the Roads Director's INFORMATION REPORT to the Executive Committee (numbered
paragraphs with bold run-in codes, one paragraph for two). fpdf2, Letter, cleaned DejaVu, fixed creation date; blue
top band, running header with a rule from page 2, 'Page N of M'. All bodies, people, places and figures invented;
the City's policy and bylaw numbers are invented.
Run:  /tmp/blind99en/bin/python tests/docs/src/blind99/gen_en_winter_city_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b99en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind99_en_winter_city"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
BL = (22, 64, 120)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="Letter")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R); self.add_font("DV", "B", Bf)
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BL); self.line(22, 24, 193.9, 24); self.ln(5); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"City of North Qu'Appelle  |  Page {self.page_no()} of {{nb}}", align="C")

    def band(self, top, t, sub):
        self.set_fill_color(*BL); self.rect(0, 0, 215.9, 34, "F")
        self.set_xy(22, 8); self.set_text_color(255, 255, 255); self.set_font("DV", "", 8)
        self.cell(0, 5, top, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "B", 14.5); self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.set_y(38); self.set_text_color(70, 70, 70); self.set_font("DV", "", 8)
        self.multi_cell(0, 4.2, sub, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(3)

    def hd(self, t):
        self.ln(1.5); self.set_font("DV", "B", 10.5); self.set_text_color(*BL)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(1)

    def p(self, t, size=9.3):
        self.set_font("DV", "", size); self.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(1.8)

    def np(self, n, t, size=9.3):
        y = self.get_y(); self.set_font("DV", "", size); self.set_text_color(90, 90, 90)
        self.cell(11, 4.8, n); self.set_text_color(0, 0, 0); self.set_xy(33, y)
        self.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT", markdown=True); self.ln(1.8)


def advice():
    d = Doc("Winter City Advisory Working Group | Final Report | February 2026")
    d.add_page()
    d.band("CITY OF NORTH QU'APPELLE  |  WINTER CITY ADVISORY WORKING GROUP",
           "Final Report: Getting Around in Winter",
           "Submitted to the Executive Committee, February 26, 2026 | Working Group chair: Councillor Renata Okafor | "
           "Community members: D. Bellegarde, M. Tkachuk, S. Lavallee, P. Nguyen, J. Harrow")
    d.hd("1. Introduction")
    d.p("Council established the Winter City Advisory Working Group in May 2025 to advise on how the City clears "
        "snow and ice from roads, sidewalks and transit stops, and how residents are kept informed. The Group met "
        "nine times, walked four neighbourhoods after snowfalls in December and January, and received 906 responses "
        "to an online survey.")
    d.p("The City's Winter Road Maintenance Policy (C09-002) sets the current service levels. It states that priority "
        "one streets must be plowed within 12 hours of the end of a snowfall and residential streets within five "
        "days. Under the Sidewalk Clearing Bylaw No. 2018-45, property owners must clear the sidewalk beside their "
        "property within 48 hours, on pain of a $100 fine.")
    d.hd("2. Findings")
    for n, t in [
        ("F1", "Sidewalks are the weakest part of the system. 58 per cent of survey respondents aged over 65 said they "
               "had stayed home at least once last winter because the sidewalk was not safe."),
        ("F2", "Windrows left across driveways by graders are the most common complaint received by the Service Centre, "
               "with 2,140 calls in the 2024-25 season. Residents with limited mobility cannot clear them."),
        ("F3", "Buses on routes 4 and 12 were delayed by parked cars on 17 snow days in January. Parking rules during a "
               "declared snow event should be clearer, but enforcement already costs $180,000 a season."),
        ("F4", "The City Auditor's 2021 review said that 'the City should publish its service levels and report "
               "performance against them each winter'. That has been done in part, through the annual winter report.")]:
        d.np(n, t)
    d.hd("3. Recommendations")
    d.p("The Working Group makes the following recommendations to the Executive Committee. The lead department is the "
        "one we expect to report back on each.")
    rows = [("Code", "Recommendation", "Lead"),
            ("WC-1", "Clear City-maintained sidewalks around seniors' residences, hospitals and transit terminals within "
                     "24 hours of the end of a snowfall.", "Roads and Operations"),
            ("WC-2", "Remove windrows at the driveways of residents aged 65 and over, or living with a disability, on "
                     "request and at no charge.", "Roads and Operations"),
            ("WC-3", "Prohibit on-street parking on all bus routes during a declared snow event and tow vehicles that "
                     "remain.", "Bylaw and Parking Services"),
            ("WC-4", "Install heated shelters at the ten busiest transit stops by the winter of 2027-28.",
                     "Transit Services"),
            ("WC-5", "Publish a live online map showing where plows are working and which routes have been "
                     "completed.", "Communications"),
            ("WC-6", "Raise the fine for commercial property owners who fail to clear sidewalks from $100 to $250.",
                     "Bylaw and Parking Services"),
            ("WC-7", "Fund a volunteer Snow Buddies program with the Volunteer Centre to help residents who cannot "
                     "clear their own walks.", "Community Services")]
    d.set_font("DV", "", 8.8); d.set_draw_color(150, 160, 180); d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(14, 110, 38), line_height=4.6, cell_fill_mode="ROWS", cell_fill_color=(232, 238, 247), text_align=("LEFT", "LEFT", "LEFT"),
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BL)) as t:
        for r in rows:
            row = t.row()
            for i, c in enumerate(r):
                if i == 0 and c != "Code":
                    row.cell(c, style=FontFace(emphasis="BOLD", color=BL))
                else:
                    row.cell(c)
    d.ln(3)
    d.hd("4. Closing remarks")
    d.p("The Group thanks the Roads and Operations staff who joined our neighbourhood walks at six in the morning. "
        "We ask the Executive Committee to receive this report and to direct Administration to respond to each "
        "recommendation before budget deliberations in November 2026.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Information Report | Response to the Winter City Advisory Working Group | April 2026")
    d.add_page()
    d.band("CITY OF NORTH QU'APPELLE  |  INFORMATION REPORT  |  EXECUTIVE COMMITTEE, APRIL 15, 2026",
           "Response to the Winter City Advisory Working Group",
           "Prepared by: Carl Dumont, Director of Roads and Operations | Reviewed by: Anita Sorensen, City Manager | "
           "File: WCW-2026-01 | Attachments: none")
    d.hd("Purpose")
    d.np("1.", "This report provides the Administration's response to the Working Group's final report of February 26, "
               "2026. It is provided for information and does not require a decision of the Committee.")
    d.hd("Administration's response")
    d.np("2.", "**WC-5 (plow tracking).** Administration supports this recommendation. A public plow map using the GPS "
               "units already fitted to the fleet went live on March 2, 2026 and will show completed routes from next "
               "winter.")
    d.np("3.", "**WC-2 and WC-3 (windrows and bus routes).** A windrow clearing program for seniors and residents with "
               "disabilities will be piloted in Wards 3 and 7 next winter, limited to 400 registered households; a "
               "citywide service would cost about $1.1 million a year and is not proposed. Administration does not "
               "recommend a parking ban on every bus route: the towing capacity available under contract covers only "
               "the priority one streets, and the existing snow route ban will remain as it is.")
    d.np("4.", "**WC-1 (priority sidewalks).** Agreed. A 24-hour standard for sidewalks around seniors' residences, "
               "hospitals and transit terminals will be added to Policy C09-002 when it is amended in September 2026, "
               "and two additional sidewalk machines have been included in the 2027 budget request.")
    d.np("5.", "**WC-6 (sidewalk fines).** Administration will bring forward a bylaw amendment to increase the "
               "commercial fine to $150 for a first offence, which is in line with comparable Saskatchewan cities. "
               "A fine of $250 is considered too high for a first offence.")
    d.np("6.", "**WC-4 (heated shelters).** This request has been forwarded to Transit Services, which will consider "
               "it as part of the Transit Capital Plan review. No funding has been identified at this time.")
    d.hd("Winter season 2025-26")
    d.np("7.", "The 2025-26 season saw 142 cm of snowfall, above the ten-year average of 118 cm. The snow and ice "
               "budget of $14.2 million is forecast to be overspent by $1.3 million, to be met from the winter "
               "maintenance reserve.")
    d.hd("Next steps")
    d.np("8.", "Administration will report on progress through the annual winter report in June 2027. The Director "
               "thanks the Working Group for its careful and practical work over the past year.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Clear City-maintained sidewalks around seniors' residences, hospitals and transit",
         "reply_contains": "A 24-hour standard for sidewalks around seniors' residences", "verdict": "agrees"},
        {"number": 2, "starts_with": "Remove windrows at the driveways of residents aged 65",
         "reply_contains": "will be piloted in Wards 3 and 7 next winter", "verdict": "partly"},
        {"number": 3, "starts_with": "Prohibit on-street parking on all bus routes during a declared",
         "reply_contains": "Administration does not recommend a parking ban on every bus route",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "Install heated shelters at the ten busiest transit stops",
         "reply_contains": "This request has been forwarded to Transit Services", "verdict": "noted"},
        {"number": 5, "starts_with": "Publish a live online map showing where plows are working",
         "reply_contains": "A public plow map using the GPS units", "verdict": "agrees"},
        {"number": 6, "starts_with": "Raise the fine for commercial property owners who fail to",
         "reply_contains": "increase the commercial fine to $150 for a first offence", "verdict": "partly"},
        {"number": 7, "starts_with": "Fund a volunteer Snow Buddies program with the Volunteer Centre",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["It is provided for information and does not require",
                 "The 2025-26 season saw 142 cm of snowfall",
                 "thanks the Working Group for its careful and practical work"]
    notes = ("Advice: a Canadian (Saskatchewan) city's Winter City Advisory Working Group final report; the seven "
             "recommendations are CODED WC-1 to WC-7 in a ruled TABLE 'Code | Recommendation | Lead' after findings "
             "F1-F4. Traps: Policy C09-002 ('must be plowed within 12 hours'), Bylaw No. 2018-45 ('must clear ... within "
             "48 hours', $100 fine), F3 'should be clearer', the City Auditor's 2021 review quoted ('the City should "
             "publish its service levels'), figures. Response: an INFORMATION REPORT with numbered paragraphs and bold "
             "run-in codes, order WC-5, WC-2+WC-3, WC-1, WC-6, WC-4: plow map live (5 agrees); ONE paragraph 'WC-2 and "
             "WC-3' = windrow pilot in two wards, 400 households (2 partly) + no parking ban on every bus route (3 "
             "disagrees); 24-hour standard in the policy (1 agrees); $150 not $250 (6 partly); forwarded to Transit "
             "Services, no funding (4 noted); WC-7 (Snow Buddies) unanswered. Unmatched: Purpose, 'Winter season "
             "2025-26', Next steps.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

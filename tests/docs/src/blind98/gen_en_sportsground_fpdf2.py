"""Round 98 (EN): an Australian (Victorian) shire's SPORT AND ACTIVE RECREATION ADVISORY COMMITTEE SUBMISSION on a
draft Sportsground Allocation and Fees Policy (findings as bullets; the seven recommendations as UNNUMBERED BULLETS in
a framed 'Our recommendations' box) answered by the council's RESPONSE AND ACTION PLAN TABLE ('Committee advice |
Council response | Action and timing', by subject, NO numbers, one row for two). fpdf2, A4, cleaned DejaVu, fixed
creation date; green title band, running header from page 2, 'Page N of M'. All bodies, people, places and figures
invented; the Liquor Control Reform Act 1998 is named as context only.
Run:  /tmp/blind98en/bin/python tests/docs/src/blind98/gen_en_sportsground_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b98en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind98_en_sportsground"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
G = (24, 96, 60)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 2, 20, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R); self.add_font("DV", "B", Bf); self.add_font("DV", "I", I)
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*G); self.line(20, 24, 190, 24); self.ln(5); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Wattle Creek Shire Council  |  Page {self.page_no()} of {{nb}}", align="C")

    def band(self, top, t, sub):
        self.set_fill_color(*G); self.rect(0, 0, 210, 38, "F")
        self.set_xy(20, 9); self.set_text_color(255, 255, 255); self.set_font("DV", "", 8)
        self.cell(0, 5, top, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "B", 15); self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.set_y(42); self.set_text_color(70, 70, 70); self.set_font("DV", "", 8)
        self.multi_cell(0, 4.2, sub, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(3)

    def hd(self, t):
        self.ln(1.5); self.set_font("DV", "B", 10.5); self.set_text_color(*G)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(1)

    def p(self, t, size=9.3, style=""):
        self.set_font("DV", style, size); self.multi_cell(0, 4.8, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.8)

    def bullets(self, items, x=20, w=170, size=9.3, gap=1.4):
        for t in items:
            self.set_x(x); self.set_font("DV", "", size); y = self.get_y()
            self.cell(5, 4.8, "\u2022"); self.set_xy(x + 5, y)
            self.multi_cell(w - 5, 4.8, t, new_x="LMARGIN", new_y="NEXT"); self.ln(gap)


def advice():
    d = Doc("Sport and Active Recreation Advisory Committee | Submission on the draft Sportsground Allocation and Fees Policy")
    d.add_page()
    d.band("WATTLE CREEK SHIRE COUNCIL  |  SPORT AND ACTIVE RECREATION ADVISORY COMMITTEE",
           "Submission on the draft Sportsground Allocation and Fees Policy",
           "Endorsed at the Committee meeting of 3 February 2026 | Chair: Cr Tamsin Rowe | Community members: 7 | "
           "Club representatives: 5")
    d.hd("About this submission")
    d.p("The Committee advises Council on sport and active recreation under its terms of reference adopted in 2023. "
        "Council placed the draft Sportsground Allocation and Fees Policy on public exhibition from 1 December 2025 to "
        "30 January 2026. This submission brings together the views of the Committee's members and of the 38 clubs "
        "that attended our two forums at Kinross Reserve and Pelham Park.")
    d.hd("What we heard")
    d.bullets([
        "Winter clubs open registrations in early February. When ground allocations are confirmed only in February, "
        "as happened in 2024 and 2025, clubs cannot tell families where or when teams will train.",
        "Female participation has grown from 18 to 31 per cent of registered players since 2021, but fees are charged "
        "per ground and per season regardless of who uses them.",
        "Lighting at Kinross Reserve (58 lux) and Pelham Park (64 lux) is below the 100 lux that most codes require "
        "for training. Clubs should not have to cancel sessions in June and July because of poor lighting.",
        "Pavilions vary widely. Three have no change rooms suitable for female players or umpires.",
        "Several clubs hold or want to hold a liquor licence. Any licence must comply with the Liquor Control Reform "
        "Act 1998, and the Committee does not question that requirement.",
    ])
    d.hd("Earlier advice")
    d.p("In 2022 the Committee recommended that 'Council should review sportsground fees every three years'. The draft "
        "policy now provides for that review, which we welcome; we do not repeat that recommendation here.")
    d.hd("Our recommendations")
    y0 = d.get_y(); d.set_draw_color(*G); d.set_line_width(0.5)
    d.ln(2)
    d.set_x(24); d.set_font("DV", "B", 9.3); d.cell(0, 5, "The Committee recommends that Council:", new_x="LMARGIN", new_y="NEXT"); d.ln(1.5)
    d.bullets([
        "confirm winter ground allocations by 30 November each year, and summer allocations by 31 July;",
        "introduce a 50 per cent seasonal fee discount for clubs where women and girls make up at least 40 per cent "
        "of registered players;",
        "upgrade training lights at Kinross Reserve and Pelham Park to 100 lux LED before the 2027 winter season;",
        "permit clubs to hold liquor licences for pavilions used by junior teams, subject to a responsible service "
        "plan;",
        "publish a condition audit of all 14 pavilions and a ten-year upgrade program that gives priority to "
        "female-friendly change rooms;",
        "build a shared equipment store at Pelham Park for the clubs that use the reserve;",
        "appoint a club development officer for at least three years to support volunteers with governance and grants.",
    ], x=24, w=162)
    d.rect(20, y0, 170, d.get_y() - y0 + 1); d.set_line_width(0.2); d.ln(4)
    d.hd("Next steps")
    d.p("The Committee asks that Council's response be tabled at our meeting on 5 May 2026. Members would be glad to "
        "meet officers to discuss any of these points before the policy is adopted.")
    d.p("Cr Tamsin Rowe, Chair", size=8.5, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Sportsground Allocation and Fees Policy | Council response and action plan")
    d.add_page()
    d.band("WATTLE CREEK SHIRE COUNCIL  |  COMMUNITY STRENGTHENING DIRECTORATE",
           "Response to the Sport and Active Recreation Advisory Committee",
           "Tabled at the Committee meeting of 5 May 2026 | Prepared by: Liam Oyelaran, Coordinator Recreation "
           "Planning | Ref: D26/18842")
    d.p("Council thanks the Committee for its detailed submission and for organising the two club forums. The table "
        "below sets out Council's response to each matter raised. The final policy was adopted by Council on 22 April "
        "2026 and takes effect from 1 July 2026.")
    rows = [
        ("Pavilion audit and upgrade program",
         "Supported. The condition audit is complete and has been published on Council's website together with a "
         "ten-year program.",
         "Done. Female-friendly change rooms at Glenroy and Kinross are listed in 2026/27."),
        ("Fee discount for female participation",
         "Supported in part. A discount of 25 per cent, not 50 per cent, will apply where women and girls make up at "
         "least 40 per cent of players, as a two-year trial.",
         "From the 2026 summer season; review in 2028."),
        ("Lighting and equipment storage",
         "Kinross Reserve lighting will be upgraded to 100 lux LED in 2026/27; Pelham Park is not funded in the "
         "current capital program and will be reconsidered next year. A shared storage shed at Pelham Park will be "
         "assessed as a candidate project for the 2027/28 capital works budget, with no commitment at this stage.",
         "Kinross: by April 2027. Pelham: 2027/28 budget process."),
        ("Liquor licences at junior venues",
         "Not supported. Council will not permit licensed premises in pavilions where junior teams are the main "
         "users, consistent with its Municipal Public Health and Wellbeing Plan.",
         "No change to the policy."),
        ("Timing of ground allocations",
         "Agreed. The adopted policy sets 30 November for winter and 31 July for summer allocations, and the 2026 "
         "winter allocations were in fact confirmed on 28 November 2025.",
         "Included in clause 5.2 of the policy."),
        ("Synthetic pitch at Glenroy Oval",
         "Clubs raised this at the forums. A feasibility study funded by the state government is under way and is "
         "outside the scope of the policy.",
         "Report due late 2026."),
    ]
    d.set_font("DV", "", 8.6); d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(38, 84, 48), text_align="LEFT", line_height=4.6,
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=G), padding=1.6) as t:
        r = t.row()
        for h in ("Committee advice", "Council response", "Action and timing"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.p("Officers will report progress on the action plan to the Committee every six months. Council values the "
        "Committee's advice and looks forward to working with clubs as the policy is put into practice.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "confirm winter ground allocations by 30 November each year",
         "reply_contains": "winter allocations were in fact confirmed on 28 November 2025", "verdict": "agrees"},
        {"number": 2, "starts_with": "introduce a 50 per cent seasonal fee discount for clubs",
         "reply_contains": "A discount of 25 per cent, not 50 per cent, will apply", "verdict": "partly"},
        {"number": 3, "starts_with": "upgrade training lights at Kinross Reserve and Pelham Park",
         "reply_contains": "Pelham Park is not funded in the current capital program", "verdict": "partly"},
        {"number": 4, "starts_with": "permit clubs to hold liquor licences for pavilions used by",
         "reply_contains": "Council will not permit licensed premises in pavilions", "verdict": "disagrees"},
        {"number": 5, "starts_with": "publish a condition audit of all 14 pavilions and a",
         "reply_contains": "The condition audit is complete and has been published", "verdict": "agrees"},
        {"number": 6, "starts_with": "build a shared equipment store at Pelham Park for the",
         "reply_contains": "assessed as a candidate project for the 2027/28 capital works budget",
         "verdict": "noted"},
        {"number": 7, "starts_with": "appoint a club development officer for at least three years",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["Council thanks the Committee for its detailed submission",
                 "A feasibility study funded by the state government is under way",
                 "Officers will report progress on the action plan to the Committee"]
    notes = ("Advice: a Victorian shire's Sport and Active Recreation Advisory Committee submission on a draft "
             "Sportsground Allocation and Fees Policy; the seven recommendations are UNNUMBERED BULLETS (lower-case "
             "verb phrases ending ';') after 'The Committee recommends that Council:' in a framed box. Traps: 'What we "
             "heard' findings also as bullets ('Clubs should not have to cancel', 'must comply with the Liquor Control "
             "Reform Act 1998'), the 2022 advice quoted ('Council should review sportsground fees every three "
             "years'), lux figures, meeting dates. Response: an introduction, then a RESPONSE AND ACTION PLAN TABLE "
             "'Committee advice | Council response | Action and timing' by subject, NO numbers, order 5, 2, 3+6, 4, "
             "1: audit published (5 agrees); 25 per cent trial (2 partly); ONE row 'Lighting and equipment storage' = "
             "Kinross lit, Pelham not funded (3 partly) + store assessed for 2027/28, no commitment (6 noted); no "
             "licences at junior venues (4 disagrees); allocations dates adopted, done (1 agrees); 7 (club development "
             "officer) unanswered. Unmatched: introduction, 'Synthetic pitch at Glenroy Oval' row, closing paragraph.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 103 (EN): a US county SOLID WASTE ADVISORY COMMITTEE's comments on the draft Solid Waste Management Plan
update, seven recommendations as BOLD SENTENCES opening paragraphs (no numbers) inside topic sections, answered by
the Public Works Director's LETTER to the committee chair replying by subject (NO numbers). fpdf2, US Letter,
cleaned DejaVu, fixed creation date; green letterhead rule, boxed 'Tonnage snapshot' sidebar panel; running header
with rule and 'Page N of M' from page 2. All bodies, people, places and figures invented; state law is named as
context only.
Run:  /tmp/blind103en/bin/python tests/docs/src/blind103/gen_en_solid_waste_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b103en as H
from fpdf import FPDF

NAME = "blind103_en_solid_waste"
GREEN = (38, 94, 52)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN); self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def new(head):
    d = Doc(format="Letter"); d.head = head
    d.set_creation_date(datetime.datetime(2026, 4, 1, tzinfo=datetime.timezone.utc))
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.set_margins(22, 18, 22); d.set_auto_page_break(True, 20); d.add_page()
    return d


def para(d, t, size=9.5, h=5):
    d.set_font("DV", "", size); d.multi_cell(0, h, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head2(d, t):
    d.ln(1); d.set_font("DV", "B", 11); d.set_text_color(*GREEN); d.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(1)


def letterhead(d, org, sub):
    d.set_font("DV", "B", 13); d.set_text_color(*GREEN); d.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.5); d.set_text_color(60, 60, 60); d.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*GREEN); d.set_line_width(0.8); d.line(22, d.get_y() + 1, d.w - 22, d.get_y() + 1)
    d.set_line_width(0.2); d.ln(6); d.set_text_color(0, 0, 0)


def advice(path):
    d = new("Cedar Hollow County Solid Waste Advisory Committee - Comments on the draft SWMP update - April 2026")
    letterhead(d, "CEDAR HOLLOW COUNTY SOLID WASTE ADVISORY COMMITTEE",
               "Advisory to the Board of Commissioners and the Department of Public Works | 410 Mill Street, Harlan Falls")
    d.set_font("DV", "B", 14); d.multi_cell(0, 7, "Comments and Recommendations on the Draft Solid Waste Management "
                                                  "Plan Update, 2026-2036", new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    para(d, "Approved at the Committee's regular meeting of March 19, 2026 (vote 9-0, two members absent). "
            "Chair: Loretta Ambrose. Vice Chair: Dwayne Petrakis.")
    # sidebar box
    y = d.get_y(); x = d.w - 22 - 62
    d.set_fill_color(233, 242, 235); d.set_draw_color(*GREEN); d.rect(x, y, 62, 46, style="DF")
    d.set_xy(x + 3, y + 3); d.set_font("DV", "B", 9); d.cell(56, 5, "Tonnage snapshot, 2025", new_x="LEFT", new_y="NEXT")
    d.set_font("DV", "", 8)
    for line in ["Landfilled at Ridge Road: 96,400 tons", "Curbside recycling: 14,900 tons",
                 "Yard waste composted: 8,200 tons", "Diversion rate: 21.6 percent", "State goal: 40 percent",
                 "Ridge Road capacity left: about 9 years"]:
        d.set_x(x + 3); d.multi_cell(56, 5, line, new_x="LEFT", new_y="NEXT")
    d.set_xy(22, y); d.set_right_margin(22 + 66)
    head2(d, "Introduction")
    para(d, "State law requires each county to adopt a solid waste management plan covering at least ten years and "
            "to update it every five. The Department of Public Works released its draft update on January 30, 2026. "
            "The Committee reviewed the draft over three meetings and heard from haulers, the two municipal recycling "
            "coordinators and residents of the Ridge Road area.")
    para(d, "Our overall finding is that the draft is sound on disposal capacity but weak on diversion. At 21.6 "
            "percent, the county is barely half way to the state goal, and the draft contains no measure that would "
            "move the rate by more than a point or two.")
    d.set_right_margin(22); d.set_y(max(d.get_y(), y + 50))
    head2(d, "Food waste and organics")
    para(d, "Food scraps make up an estimated 24 percent of what is buried at Ridge Road. **The County should fund a "
            "pilot curbside food scrap collection in Harlan Falls and Millersburg beginning in 2027.** A pilot of "
            "about 3,000 households would show participation and cost before any countywide decision.")
    para(d, "Schools and the county jail produce large volumes of food waste that go to the landfill today. Cafeteria "
            "staff told us they should be able to separate scraps with very little extra effort.")
    head2(d, "Drop-off centers and hours")
    para(d, "The three convenience centers close at 4 p.m. on weekdays and are closed on Sundays, which working "
            "residents say is the main reason they do not recycle. **We recommend extending convenience center hours "
            "to 7 p.m. on two weekdays from May to September.**")
    para(d, "**Add a permanent household hazardous waste drop-off at the Ridge Road transfer station, open monthly.** "
            "Today the County holds a single collection day each October, and 1,100 cars were turned away in 2025.")
    head2(d, "Landfill and host community")
    para(d, "In its 2021 comments the Committee wrote that \"the County should begin planning for a successor disposal "
            "site now\". The draft does so through a siting study in 2028, which we support.")
    para(d, "**The Board should raise the host community fee paid to Ridge Road neighbors from $1.00 to $2.50 per "
            "ton.** The fee has not changed since 2004 and neighbors continue to report litter, odor and truck traffic "
            "on County Road 12.")
    head2(d, "Rates, contracts and public education")
    para(d, "**Adopt a pay-as-you-throw rate for County-contracted trash collection, with a smaller and cheaper cart "
            "option.** Counties of similar size that did this raised their diversion rate by 8 to 12 points within "
            "three years.")
    para(d, "**Require haulers operating under County franchise to report tonnage by material each quarter.** The draft "
            "relies on annual estimates, and two of the five haulers did not report at all in 2025.")
    para(d, "**Dedicate at least $150,000 a year to recycling education in English and Spanish, including a contamination "
            "tagging program.** Contamination in curbside loads was measured at 19 percent last year.")
    head2(d, "Conclusion")
    para(d, "The Committee asks that these comments be included in the record of the public hearing on the plan and "
            "that the Department reply in writing before the Board votes. Members are available to meet with staff.")
    para(d, "Loretta Ambrose, Chair, Solid Waste Advisory Committee", size=8.5)
    d.output(path)


def response(path):
    d = new("Cedar Hollow County Department of Public Works - Response to SWAC comments - April 2026")
    letterhead(d, "CEDAR HOLLOW COUNTY DEPARTMENT OF PUBLIC WORKS",
               "Office of the Director | 410 Mill Street, Harlan Falls | (555) 014-2290")
    para(d, "April 14, 2026")
    para(d, "Ms. Loretta Ambrose\nChair, Solid Waste Advisory Committee\n410 Mill Street\nHarlan Falls")
    d.set_font("DV", "B", 9.5); d.multi_cell(0, 5, "Re: Committee comments on the draft Solid Waste Management Plan "
                                                  "Update, 2026-2036", new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    para(d, "Dear Ms. Ambrose:")
    para(d, "Thank you for the Committee's thoughtful comments, which we received on March 23. I know how much "
            "volunteer time went into three meetings on a long draft, and the Department is grateful for it. Our "
            "responses are set out below by subject and will be attached to the staff report for the public hearing.")
    head2(d, "Hauler reporting")
    para(d, "We agree. The revised franchise ordinance going to the Board next month will make quarterly reporting by "
            "material a condition of each franchise, with a penalty for late or missing reports.")
    head2(d, "Convenience centers and household hazardous waste")
    para(d, "We will keep all three convenience centers open until 7 p.m. on Tuesdays and Thursdays from May "
            "through September, starting this year; the extra attendant hours are already in the operating budget. "
            "On hazardous waste, a permanent facility at Ridge Road would need a building, a trained crew and a "
            "state permit, which the budget cannot support; instead we will hold a second collection day each spring "
            "starting in April 2027.")
    head2(d, "Host community fee")
    para(d, "The Department is not recommending a change to the host community fee in this plan. The fee is set in "
            "the 2004 host agreement, which the Board intends to renegotiate as a whole when the successor site study "
            "is complete, and staff believe it should be considered then rather than piecemeal.")
    head2(d, "Organics")
    para(d, "We support a food scrap pilot and will include one in the plan, but starting with drop-off bins at the "
            "three convenience centers and the two high schools in 2027 rather than curbside service, which we "
            "estimate would cost about $410,000 a year for 3,000 households.")
    head2(d, "Rates")
    para(d, "Pay-as-you-throw raises questions of fairness for large families and of illegal dumping that the Board "
            "will want to weigh carefully. We have asked the County Attorney and the Finance Office to review the "
            "Committee's proposal and will bring their findings to the Board's budget work session in the fall.")
    head2(d, "Ridge Road cell construction")
    para(d, "You may also wish to know that construction of Cell 7 at the Ridge Road landfill began on April 6 and is "
            "expected to finish in November. The haul road will be closed to the public on weekdays during that time.")
    para(d, "Thank you again to every member of the Committee. Deputy Director Ramon Ochoa will attend your May "
            "meeting and would be glad to go through these responses in more detail.")
    para(d, "Sincerely,\n\nGerald T. Whitcomb, P.E.\nDirector of Public Works\n\ncc: Board of Commissioners; County "
            "Manager")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf")); response(H.out(NAME + "_response.pdf"))
    recs = [
        dict(number=1, starts_with="The County should fund a pilot curbside food scrap collection",
             reply_contains="drop-off bins at the three convenience centers and the two high schools",
             verdict="partly"),
        dict(number=2, starts_with="We recommend extending convenience center hours to 7 p.m.",
             reply_contains="open until 7 p.m. on Tuesdays and Thursdays", verdict="agrees"),
        dict(number=3, starts_with="Add a permanent household hazardous waste drop-off at the Ridge Road",
             reply_contains="we will hold a second collection day each spring", verdict="partly",
             also=["disagrees"]),
        dict(number=4, starts_with="The Board should raise the host community fee paid",
             reply_contains="not recommending a change to the host community fee", verdict="disagrees"),
        dict(number=5, starts_with="Adopt a pay-as-you-throw rate for County-contracted trash collection",
             reply_contains="asked the County Attorney and the Finance Office", verdict="noted"),
        dict(number=6, starts_with="Require haulers operating under County franchise to report tonnage",
             reply_contains="make quarterly reporting by material a condition", verdict="agrees"),
        dict(number=7, starts_with="Dedicate at least $150,000 a year to recycling education",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "thank you for the committee's thoughtful comments",
        "construction of Cell 7 at the Ridge Road landfill",
        "Deputy Director Ramon Ochoa will attend your May meeting"],
        "Advice: US county Solid Waste Advisory Committee comments on the draft SWMP update; recs are 7 BOLD SENTENCES "
        "opening paragraphs (no numbers) in topic sections ('The County should fund...', 'We recommend extending...', "
        "imperatives); traps: state law 'requires', overall finding, sidebar tonnage box, 'they should be able to "
        "separate scraps', 2021 comments quoted ('the County should begin planning'), fee figures. Response: "
        "Director's LETTER by subject, NO numbers, order 6, 2+3, 4, 1, 5: quarterly reporting (6 agrees); ONE section "
        "'Convenience centers and household hazardous waste' = all three centers till 7 p.m. (2 agrees) + no "
        "permanent HHW site, second day instead (3 partly, also disagrees); fee not changed (4 disagrees); drop-off "
        "pilot not curbside (1 partly); PAYT referred for review (5 noted); 7 (education budget) unanswered; opening "
        "thanks, 'Ridge Road cell construction', closing (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

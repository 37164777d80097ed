"""Round 104 (EN): a US county ANIMAL SERVICES ADVISORY BOARD's annual report and recommendations to the Board of
Supervisors, seven recommendations as UNNUMBERED BULLETS in a shaded box, answered by the Animal Services
Director's MEMORANDUM replying by subject (NO numbers). fpdf2, US Letter, cleaned DejaVu, fixed creation date;
brown letterhead rule, intake/outcome table; running header from page 2, 'Page N of M' on every page. All bodies,
people, places and figures invented; state law is named as context only.
Run:  /tmp/blind104en/bin/python tests/docs/src/blind104/gen_en_animal_services_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b104en as H
from fpdf import FPDF

NAME = "blind104_en_animal_services"
BROWN = (110, 62, 30)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BROWN); self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def new(head):
    d = Doc(format="Letter"); d.head = head
    d.set_creation_date(datetime.datetime(2026, 5, 1, tzinfo=datetime.timezone.utc))
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.set_margins(22, 18, 22); d.set_auto_page_break(True, 20); d.add_page()
    return d


def para(d, t, size=9.5, h=5):
    d.set_font("DV", "", size); d.multi_cell(0, h, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2)


def head2(d, t):
    d.ln(1); d.set_font("DV", "B", 11); d.set_text_color(*BROWN); d.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0); d.ln(1)


def letterhead(d, org, sub):
    d.set_font("DV", "B", 13); d.set_text_color(*BROWN); d.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 8.5); d.set_text_color(60, 60, 60); d.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*BROWN); d.set_line_width(0.8); d.line(22, d.get_y() + 1, d.w - 22, d.get_y() + 1)
    d.set_line_width(0.2); d.ln(6); d.set_text_color(0, 0, 0)


RECS = [
    "Fund two additional full-time kennel attendant positions at the Harlan Road shelter so that the "
    "ratio of attendants to housed animals meets the standard the Board adopted in 2019.",
    "Open the shelter for adoptions until 7 p.m. on two weekday evenings and on Sunday afternoons.",
    "Launch a free spay and neuter voucher program for residents receiving SNAP or Medicaid, "
    "starting with 600 vouchers in the first year.",
    "Replace the 1987 cat housing wing with a purpose-built, double-compartment cat room "
    "within the next capital improvement plan.",
    "Ask the Board of Supervisors to adopt an ordinance requiring microchips for every dog "
    "and cat licensed in unincorporated Marlow County.",
    "Publish shelter intake, outcome and euthanasia figures on the County website every month.",
    "Create a paid foster coordinator role to recruit, train and support volunteer foster homes.",
]


def advice(path):
    d = new("Marlow County Animal Services Advisory Board - Annual Report and Recommendations FY 2025")
    letterhead(d, "MARLOW COUNTY ANIMAL SERVICES ADVISORY BOARD",
               "Annual Report and Recommendations to the Board of Supervisors - Fiscal Year 2025 - adopted March 11, 2026")
    head2(d, "Purpose of this report")
    para(d, "Under Section 6.04.030 of the County Code, the Animal Services Advisory Board reports each year to the "
            "Board of Supervisors on the operation of the Harlan Road shelter and the field services program, and makes "
            "recommendations for the coming budget year. This report covers the fiscal year that ended June 30, 2025 "
            "and was adopted unanimously by the Advisory Board at its meeting of March 11, 2026.")
    head2(d, "The year in figures")
    d.set_font("DV", "B", 8.5); d.set_fill_color(236, 224, 212)
    cols = [52, 28, 28, 28, 36]
    for w, t in zip(cols, ["", "FY 2023", "FY 2024", "FY 2025", "Change 2024-25"]):
        d.cell(w, 6, t, border=1, fill=True, align="C")
    d.ln()
    d.set_font("DV", "", 8.5)
    for row in [["Dogs taken in", "2,914", "3,102", "3,387", "+9.2%"], ["Cats taken in", "2,233", "2,410", "2,611", "+8.3%"],
                ["Adoptions", "2,760", "2,841", "2,905", "+2.3%"], ["Returned to owner", "812", "790", "744", "-5.8%"],
                ["Euthanasia", "561", "603", "688", "+14.1%"], ["Average length of stay (days)", "14", "17", "21", "+4 days"]]:
        for w, t in zip(cols, row):
            d.cell(w, 5.5, t, border=1, align="L" if w == 52 else "C")
        d.ln()
    d.ln(3)
    head2(d, "Findings")
    para(d, "Intake has risen for the third year in a row, while staffing at the shelter has not changed since 2021. "
            "On most days in the summer of 2025 the dog kennels were above their rated capacity of 140 runs, and the "
            "average length of stay rose from 17 to 21 days. Longer stays increase stress and disease, and the Board "
            "finds that the rise in euthanasia is closely linked to crowding rather than to the health of the animals "
            "on intake.")
    para(d, "State law requires that a stray dog or cat be held for at least 72 hours before it may be adopted or "
            "euthanized, and the shelter meets that requirement. Residents told us at our two listening sessions that "
            "the shelter should be easier to visit after work; at present it closes at 5 p.m. on weekdays and is "
            "closed all day on Sunday. Return-to-owner rates are falling, and only 31 percent of dogs arriving as strays "
            "carried a microchip.")
    para(d, "In its 2022 report this Board recommended that \"the County should study a low-cost spay and neuter "
            "clinic at Harlan Road\". The study was completed in 2023 but no program followed. The cat wing, built in "
            "1987, still houses cats in single steel cages that cannot be cleaned without removing the animal.")
    para(d, "Volunteers remain a great strength: 214 volunteers gave more than 19,000 hours in FY 2025, and 96 foster "
            "homes cared for 1,130 animals. Foster homes are currently recruited by a kennel supervisor in her spare "
            "time, and 38 homes left the program during the year.")
    head2(d, "Our recommendations for FY 2026-27")
    para(d, "The Advisory Board recommends that the Board of Supervisors and the Director of Animal Services:")
    y0 = d.get_y()
    d.set_fill_color(246, 239, 231); d.set_font("DV", "", 9.5)
    for r in RECS:
        d.set_x(26)
        d.multi_cell(d.w - 48, 5, "\u2022  " + r, fill=True, new_x="LMARGIN", new_y="NEXT"); d.ln(1.5)
    d.ln(2)
    head2(d, "Closing")
    para(d, "The Advisory Board thanks the shelter staff and volunteers for their work in a difficult year. We ask "
            "that a written reply to these recommendations be provided before the FY 2026-27 budget hearings in June.")
    para(d, "Dr. Ellen Marsh, DVM, Chair, on behalf of the Animal Services Advisory Board")
    d.output(path)


def response(path):
    d = new("Marlow County Animal Services - Memorandum to the Advisory Board - May 2026")
    letterhead(d, "MARLOW COUNTY ANIMAL SERVICES", "Office of the Director - 1400 Harlan Road, Marlow, 555-0143")
    d.set_font("DV", "B", 12); d.cell(0, 7, "MEMORANDUM", new_x="LMARGIN", new_y="NEXT"); d.ln(1)
    d.set_font("DV", "", 9.5)
    for k, v in [("TO:", "Dr. Ellen Marsh, Chair, Animal Services Advisory Board"),
                 ("FROM:", "Carlos Pennington, Director of Animal Services"),
                 ("DATE:", "May 4, 2026"),
                 ("SUBJECT:", "Response to the Advisory Board's FY 2025 Annual Report")]:
        d.set_font("DV", "B", 9.5); d.cell(24, 5.5, k); d.set_font("DV", "", 9.5); d.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(120, 120, 120); d.line(22, d.get_y() + 2, d.w - 22, d.get_y() + 2); d.ln(6)
    para(d, "Thank you for the Advisory Board's annual report, which the department has read with great care. The "
            "comments below set out where the County Administrator's proposed budget for FY 2026-27 stands on each of "
            "the matters you raised, so that the Board has them before the June hearings.")
    head2(d, "Public reporting of shelter data")
    para(d, "We agree that residents should be able to see how the shelter is doing. Beginning with the April figures, a "
            "monthly dashboard of intake, outcomes and euthanasia has been posted on the County website, and it will be "
            "updated by the tenth of each month.")
    head2(d, "Staffing and public hours")
    para(d, "The proposed budget includes funding for two new full-time kennel attendants, which will bring the shelter "
            "back to the staffing standard adopted in 2019; recruitment will begin as soon as the budget is adopted. We "
            "have looked closely at longer hours as well. Evening and Sunday openings would need a third shift that we "
            "cannot staff in the coming year, so as a first step the shelter will stay open until 7 p.m. on Thursdays "
            "only, starting in September, and we will review attendance after six months.")
    head2(d, "Microchip ordinance")
    para(d, "The department shares the Board's concern about falling return-to-owner rates. However, we do not "
            "support a mandatory microchip ordinance at this time: County Counsel advises that it would be difficult to "
            "enforce, and we would prefer to expand our free microchip clinics, which chipped 1,450 pets last year.")
    head2(d, "Spay and neuter assistance")
    para(d, "A voucher program for low-income residents is an idea with clear merit, and it fits the findings of the "
            "2023 study. Its cost depends on the rates that private veterinarians would accept. We have asked the "
            "Marlow Veterinary Medical Association for indicative prices and will consider the proposal once those "
            "are known.")
    head2(d, "Kennel ventilation project")
    para(d, "Separately, the contract to replace the ventilation system in dog kennel building B was awarded in "
            "February. Work will take place in phases so that no more than twenty runs are out of use at any time.")
    head2(d, "Cat housing")
    para(d, "We recognize that the cat wing is past its useful life. A new building is not in the five-year capital "
            "plan, but the department will convert 40 of the existing single cages to double-compartment units this "
            "fall with a grant from the Harlan Road Shelter Foundation.")
    para(d, "I would like to thank the Advisory Board once again for its commitment. Deputy Director Anita Sorensen "
            "and I will be at your June meeting and are happy to answer any questions before the budget hearings.")
    para(d, "cc: Board of Supervisors; County Administrator")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf")); response(H.out(NAME + "_response.pdf"))
    recs = [
        dict(number=1, starts_with="Fund two additional full-time kennel attendant positions at the Harlan Road shelter",
             reply_contains="includes funding for two new full-time kennel attendants", verdict="agrees"),
        dict(number=2, starts_with="Open the shelter for adoptions until 7 p.m. on two weekday evenings",
             reply_contains="stay open until 7 p.m. on Thursdays only", verdict="partly"),
        dict(number=3, starts_with="Launch a free spay and neuter voucher program for residents",
             reply_contains="will consider the proposal once those are known", verdict="noted"),
        dict(number=4, starts_with="Replace the 1987 cat housing wing with a purpose-built",
             reply_contains="convert 40 of the existing single cages to double-compartment units", verdict="partly"),
        dict(number=5, starts_with="Ask the Board of Supervisors to adopt an ordinance requiring microchips",
             reply_contains="we do not support a mandatory microchip ordinance at this time", verdict="disagrees"),
        dict(number=6, starts_with="Publish shelter intake, outcome and euthanasia figures on the County website",
             reply_contains="a monthly dashboard of intake, outcomes and euthanasia has been posted", verdict="agrees"),
        dict(number=7, starts_with="Create a paid foster coordinator role to recruit, train and support",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "which the department has read with great care",
        "the contract to replace the ventilation system in dog kennel building",
        "Deputy Director Anita Sorensen and I will be at your June meeting"],
        "Advice: US county Animal Services Advisory Board annual report FY 2025; recs are 7 UNNUMBERED BULLETS in a "
        "shaded box after 'recommends that the Board of Supervisors and the Director of Animal Services:' (imperatives); "
        "traps: County Code section 6.04.030, intake/outcome table, state law 'requires' a 72-hour hold, 'the shelter "
        "should be easier to visit', 2022 report quoted ('the County should study a low-cost spay and neuter clinic'), "
        "closing asks for a written reply. Response: Director's MEMORANDUM by subject, NO numbers, order 6, 1+2, 5, 3, "
        "4: monthly dashboard already posted (6 agrees); ONE section 'Staffing and public hours' = two attendants "
        "funded (1 agrees) + Thursday evenings only (2 partly); no microchip ordinance at this time (5 disagrees); "
        "vouchers to be considered once vet prices known (3 noted); 40 cages converted, no new building (4 partly); 7 "
        "(foster coordinator) unanswered; opening thanks, 'Kennel ventilation project', closing (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

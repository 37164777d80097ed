"""Round 146 (EN): an independent custody visiting scheme's ANNUAL REPORT to a police and crime commissioner,
answered by the Commissioner's and the Chief Constable's JOINT LETTER to the scheme's chair, which refers to some
recommendations by ORDINAL ('Your first recommendation', 'The third recommendation') and PARAPHRASES the others by
theme, in another order, one paragraph answering two with different verdicts, one recommendation left out.
The advice: sections numbered 1-7; the seven recommendations LETTERED (a)-(g) in a shaded box 'Our recommendations
for 2025/26', addressed to the Chief Constable or the Commissioner or worded in the passive. Traps: a table of LAST
YEAR'S recommendations numbered 1-4 with their progress ('Detention officers should check ...'); a visits table;
the statute paraphrased ('every commissioner must run a scheme'); the Code of Practice paraphrased ('visitors must
be given access ... without delay'); detainees quoted ('They should have let me ring my mum'); 'We are not
recommending any change to the frequency of visits'.
The response: thanks (nothing); the first, showers and clean clothes (a agrees); ONE paragraph on booking-in:
menstrual products offered (b agrees), the notice of rights in Easy Read but in eight languages, not twelve (e
partly); the third, appropriate adults until 2 am, not all night (c partly); an allowance per visit refused (d
disagrees); quarterly publication noted (f noted); clocks, last year's recommendation (unmatched); closing
(nothing); (g), the heating in corridor B, never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. The
Police Reform Act 2002 is named as context only (what is said of it is paraphrased and not to be relied on); the
scheme, the force, people, places, figures and references are invented.
Run:  /tmp/blind146en/bin/python tests/docs/src/blind146/gen_en_custody_visiting_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b146en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind146_en_custody_visiting"
GREEN = (28, 86, 64)
PLUM = (92, 38, 84)
GREY = (85, 85, 85)
SHADE = (232, 242, 236)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(21, 20, 21)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t, align="L"):
        self.set_font(self.fam, "", 8.6)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.3, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t, size=11):
        self.ln(0.8)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def quote(self, t):
        self.set_font(self.fam, "I", self.size)
        self.set_x(self.l_margin + 12)
        self.multi_cell(self.tw - 20, self.lh, t, align="L")
        self.ln(1.6)

    def num(self, no, t, w=10, style=""):
        self.set_font(self.fam, "", self.size)
        y = self.get_y()
        self.cell(w, self.lh, no)
        self.set_xy(self.l_margin + w, y)
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw - w, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def grid(self, head, rows, widths, size=None):
        size = size or self.size - 0.7
        self.set_font(self.fam, "", size)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        hs = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.ink)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.47, headings_style=hs,
                        padding=1.5, width=self.tw) as t:
            r = t.row()
            for c in head:
                r.cell(c)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)

    def recbox(self, title, items):
        if self.get_y() > self.h - 110:
            self.add_page()
        y0 = self.get_y()
        self.set_fill_color(*SHADE)
        # measure the height first with a dry run
        self.set_font(self.fam, "", self.size)
        h = 10
        for _, t in items:
            h += len(self.multi_cell(self.tw - 18, self.lh, t, dry_run=True, output="LINES")) * self.lh + 2
        self.rect(self.l_margin, y0, self.tw, h, style="F")
        self.set_draw_color(*self.ink)
        self.set_line_width(0.8)
        self.line(self.l_margin, y0, self.l_margin, y0 + h)
        self.set_xy(self.l_margin + 4, y0 + 2.5)
        self.set_font(self.fam, "B", 11)
        self.set_text_color(*self.ink)
        self.cell(self.tw - 8, 5, title)
        self.set_text_color(0, 0, 0)
        self.set_y(y0 + 9)
        for lab, t in items:
            y = self.get_y()
            self.set_font(self.fam, "B", self.size)
            self.set_x(self.l_margin + 5)
            self.cell(9, self.lh, lab)
            self.set_xy(self.l_margin + 14, y)
            self.set_font(self.fam, "", self.size)
            self.multi_cell(self.tw - 18, self.lh, t, align="L")
            self.ln(2)
        self.set_y(y0 + h + 3)


RECS = [
    ("(a)", "The Chief Constable should make sure that every detainee held for more than 24 hours is offered a "
            "shower and a clean change of clothing, and that the offer is recorded on the custody record."),
    ("(b)", "Custody staff should offer menstrual products to every woman and girl at booking-in, rather than "
            "waiting to be asked."),
    ("(c)", "The Commissioner should commission an appropriate adult service for vulnerable adults that covers the "
            "whole night, from 10 pm to 8 am."),
    ("(d)", "We recommend that volunteers receive an attendance allowance of 15 pounds for each visit, to help us "
            "recruit younger visitors and people on low incomes."),
    ("(e)", "The notice of rights and entitlements should be available in Easy Read and in the twelve languages "
            "most often needed in Wessmoor custody suites."),
    ("(f)", "The Commissioner should publish a summary of visitors' findings on the Commissioner's website every "
            "quarter, not only once a year."),
    ("(g)", "The Chief Constable should have the heating in cell corridor B at Harwick custody suite repaired "
            "before the winter."),
]


def advice():
    d = Doc(dt.datetime(2025, 6, 20, 9, 0, tzinfo=dt.timezone.utc), 9.5, GREEN)
    d.meta("WESSMOOR INDEPENDENT CUSTODY VISITING SCHEME | Report to the Police and Crime Commissioner for "
           "Wessmoor | Reference ICVS/AR/2024-25")
    d.h1("Independent Custody Visiting Scheme\nAnnual Report 2024/25")
    d.meta("June 2025 | Chair: Rosalind Okafor-Pennington | Scheme Manager: Dev Haldane-Moss, Office of the Police "
           "and Crime Commissioner, Crown Chambers, Wessmoor WM1 4AX")
    d.h2("1. Foreword")
    d.para("Our volunteers made 154 unannounced visits to Wessmoor's three custody suites this year. We met people "
           "who were frightened, angry, unwell or simply bored, and we met custody staff who were almost always "
           "kind and patient under pressure. This report sets out what we saw and what we think should change.")
    d.h2("2. About the scheme")
    d.num("2.1", "Under section 51 of the Police Reform Act 2002, as we summarise it, every police and crime "
                 "commissioner must run a scheme of independent custody visitors. The national Code of Practice "
                 "says that visitors must be given access to the custody suite without delay and may speak to any "
                 "detainee who agrees.")
    d.num("2.2", "We are 31 volunteers from across Wessmoor. Six new visitors joined us this year, but only two of "
                 "our visitors are under 35.")
    d.h2("3. Our visits in numbers")
    d.grid(("Custody suite", "Visits", "Detainees in custody", "Spoke to us", "Issues raised"),
           [("Harwick", "62", "611", "402", "97"), ("Dunley", "52", "389", "255", "51"),
            ("Saltash Road", "40", "244", "171", "28"), ("Total", "154", "1,244", "828", "176")],
           (48, 22, 38, 30, 30))
    d.h2("4. What we found")
    d.num("4.1", "Most detainees told us they had been treated with respect. Food, drinks and blankets were offered "
                 "in almost every case.")
    d.num("4.2", "People held for longer periods were often not offered a shower. One man held for 31 hours told us: ")
    d.quote("\"They should have let me ring my mum, and I've been in the same clothes since Friday.\"")
    d.num("4.3", "Women told us they did not like having to ask a male officer for sanitary products. At night, "
                 "vulnerable adults sometimes waited more than six hours for an appropriate adult.")
    d.num("4.4", "Many detainees did not understand the written notice of their rights. It is currently available "
                 "in English and five other languages only.")
    d.num("4.5", "At Harwick, cells in corridor B were cold on 14 of our 19 winter visits; staff had reported the "
                 "fault several times.")
    d.h2("5. Last year's recommendations")
    d.para("In our 2023/24 report we made four recommendations. The table shows where they stand.")
    d.grid(("No.", "Recommendation 2023/24", "Progress"),
           [("1", "Detention officers should check that cell call bells work at the start of every shift.",
             "Completed"),
            ("2", "Vegan, halal and allergy-safe meals should be stocked at all three suites.", "Completed"),
            ("3", "A clock should be visible from every cell.", "Partly done: Dunley only"),
            ("4", "Detainees' property bags should be sealed in their presence.", "Completed")],
           (12, 118, 38))
    d.h2("6. Our recommendations for 2025/26")
    d.para("We are not recommending any change to the frequency of visits, which will remain weekly at each suite. "
           "Our recommendations for the coming year are:")
    d.recbox("What we are asking for", RECS)
    d.h2("7. Thank you")
    d.para("We thank the custody inspectors and staff at Harwick, Dunley and Saltash Road, and every volunteer who "
           "gave up an evening or a Sunday morning to visit. We would welcome a reply to this report by the end of "
           "September.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 9, 19, 9, 0, tzinfo=dt.timezone.utc), 10.2, PLUM, fam="Serif")
    d.meta("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESSMOOR | WESSMOOR POLICE\nCrown Chambers, Wessmoor "
           "WM1 4AX", align="R")
    d.meta("Rosalind Okafor-Pennington\nChair, Wessmoor Independent Custody Visiting Scheme\n\n"
           "19 September 2025 | Our ref.: OPCC/ICV/25/312")
    d.ln(2)
    d.para("Dear Rosalind,")
    d.para("**Custody Visiting Scheme: Annual Report 2024/25**", style="")
    d.para("Thank you for your annual report and for the time you and 30 other volunteers give to this work. We "
           "have read the report together and discussed it with the custody inspectors at our joint accountability "
           "meeting on 9 September. We are replying jointly because some of your recommendations are for the "
           "Force and some are for the Commissioner.")
    d.para("Your first recommendation, on showers and clean clothes for people held for more than a day, is "
           "accepted in full. Since 1 September the custody record includes a prompt at the 24-hour review, and a "
           "stock of tracksuits in a range of sizes has been bought for each suite.")
    d.para("We have also looked at what happens at booking-in. From October every woman and girl will be offered "
           "sanitary products as part of the standard risk assessment questions, so that nobody has to ask. The "
           "Easy Read notice of rights went into use in August, and translated notices are now held in eight "
           "languages rather than the twelve you proposed; for other languages, staff will read the notice with a "
           "telephone interpreter.")
    d.para("The third recommendation asks for an appropriate adult service through the night. The Commissioner "
           "has agreed to extend the contract with Wessmoor Appropriate Adults so that volunteers are on call "
           "until 2 am from April 2026, but the budget does not allow cover for the whole night. Between 2 am and "
           "8 am the Force will continue to delay interviews until an appropriate adult can attend.")
    d.para("We have thought hard about the proposal to pay visitors for each visit. The Commissioner does not "
           "believe this would be right: the scheme's independence depends on visitors being unpaid volunteers, "
           "and all reasonable travel costs are already reimbursed. We would rather work with you on recruiting "
           "through colleges and community groups.")
    d.para("The Commissioner has noted your suggestion of publishing findings every quarter and will look at it "
           "when the office's website is rebuilt next year.")
    d.para("You also mentioned last year's point about clocks. Clocks have now been fitted outside every cell at "
           "Harwick and Saltash Road as well as Dunley.")
    d.para("Thank you again for the report and for the way visitors raise problems with custody staff on the day. "
           "We look forward to seeing you at the volunteers' evening in November.")
    d.para("Yours sincerely,")
    d.ln(3)
    d.para("Cllr Anthony Brereton-Mwangi, Police and Crime Commissioner for Wessmoor\n"
           "Chief Constable Julia Vance-Okoro, Wessmoor Police")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wessmoor Independent Custody Visiting Scheme - Annual Report "
            "2024/25", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="OPCC for Wessmoor and Wessmoor Police - OPCC/ICV/25/312",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "The Chief Constable should make sure that every detainee held",
         "reply_contains": "a stock of tracksuits in a range of sizes",
         "verdict": "agrees"},
        {"number": "b", "starts_with": "Custody staff should offer menstrual products to every woman and girl",
         "reply_contains": "offered sanitary products as part of the standard risk assessment questions",
         "verdict": "agrees"},
        {"number": "c", "starts_with": "The Commissioner should commission an appropriate adult service for "
                                       "vulnerable adults",
         "reply_contains": "the budget does not allow cover for the whole night",
         "verdict": "partly"},
        {"number": "d", "starts_with": "We recommend that volunteers receive an attendance allowance of 15 pounds",
         "reply_contains": "The Commissioner does not believe this would be right",
         "verdict": "disagrees"},
        {"number": "e", "starts_with": "The notice of rights and entitlements should be available in Easy Read",
         "reply_contains": "translated notices are now held in eight languages rather than the twelve",
         "verdict": "partly"},
        {"number": "f", "starts_with": "The Commissioner should publish a summary of visitors' findings",
         "reply_contains": "has noted your suggestion of publishing findings every quarter",
         "verdict": "noted"},
        {"number": "g", "starts_with": "The Chief Constable should have the heating in cell corridor B",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Clocks have now been fitted outside every cell at Harwick"]
    notes = ("Advice: an independent custody visiting scheme's ANNUAL REPORT to the police and crime commissioner. "
             "The seven recommendations LETTERED (a)-(g) in a shaded box 'Our recommendations for 2025/26', "
             "addressed to the Chief Constable, the Commissioner, custody staff, or worded 'We recommend that ...' "
             "and in the passive. Traps: sections 1-7 and paragraphs 2.1-4.5; a visits table; a table of LAST "
             "YEAR'S four recommendations numbered 1-4 with their progress ('Detention officers should check ...', "
             "'A clock should be visible ...'); the statute and the Code of Practice paraphrased ('every "
             "commissioner must run a scheme', 'visitors must be given access ... without delay'); a detainee "
             "quoted ('They should have let me ring my mum'); 'We are not recommending any change to the frequency "
             "of visits'. Response: the Commissioner's and the Chief Constable's JOINT LETTER to the chair, ORDINALS "
             "for some ('Your first recommendation', 'The third recommendation') and PARAPHRASE by theme for the "
             "rest, in another order: thanks (nothing); (a) 'accepted in full', tracksuits (agrees); ONE paragraph "
             "on booking-in: sanitary products offered without asking (b agrees), Easy Read notice but eight "
             "languages rather than twelve (e partly); (c) appropriate adults on call until 2 am, 'the budget does "
             "not allow cover for the whole night' (partly); (d) paying visitors, 'The Commissioner does not "
             "believe this would be right' (disagrees); (f) quarterly publication 'noted', to be looked at with "
             "the new website (noted); clocks, LAST YEAR'S recommendation 3 (unmatched); closing (nothing); (g), "
             "the heating in corridor B at Harwick, never (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

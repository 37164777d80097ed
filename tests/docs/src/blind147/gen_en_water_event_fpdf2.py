"""Round 147 (EN): a drinking water quality inspectorate's EVENT ASSESSMENT LETTER to a water company after a burst
trunk main left a supply zone without water and then with discoloured water, answered by the company's REPLY
LETTER, which refers to the recommendations by their ROMAN NUMERALS in running text ('Recommendation (ii)', 'your
fourth recommendation') and in another order, one paragraph answering two with different verdicts, one left out.
The advice: a letter in numbered paragraphs 1-12; the seven recommendations LETTERED (i)-(vii) in ROMAN NUMERALS
after 'the Inspectorate recommends that the company:', each an infinitive clause without a subject ('revise its
procedure ...'). Traps: the company's own event report's 'lessons learned' NUMBERED 1-5 (quoted, with 'should'); the
regulations paraphrased ('the company must notify the Inspectorate ...', 'must provide at least 10 litres ...');
the event classified 'significant'; 'The Inspectorate does not recommend enforcement action ...'; a sampling table.
The response: thanks, summary of the event (nothing); (i) recharging procedure agreed (agrees); ONE paragraph on
bottled water: priority customers within 12 hours agreed (iii agrees), stations within two miles refused (iv
disagrees); (ii) monitors at two of four reservoirs now, the rest later (partly); (v) one script in-house, but not
for the contractor until 2027 (partly); (vii) sharing with the health team 'noted' (noted); a new customer
compensation payment (unmatched); closing (nothing); (vi), the main's condition assessment, never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. The
drinking water regulations are named as context only (what is said of them is paraphrased and not to be relied
on); the inspectorate, the company, people, places, figures and references are invented.
Run:  /tmp/blind147en/bin/python tests/docs/src/blind147/gen_en_water_event_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b147en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind147_en_water_event"
BLUE = (18, 72, 120)
TEAL = (20, 96, 96)
GREY = (85, 85, 85)
SHADE = (230, 240, 246)


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

    def num(self, no, t, w=10, style="", indent=0):
        self.set_font(self.fam, "", self.size)
        y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(w, self.lh, no)
        self.set_xy(self.l_margin + indent + w, y)
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw - w - indent, self.lh, t, markdown=True, align="L")
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
    ("(i)", "revise its procedure for recharging trunk mains after a repair, so that flow is increased in stages "
            "and turbidity is measured at the outlet of the zone before customers' supplies are restored;"),
    ("(ii)", "install continuous turbidity monitors at the inlet of each of the four service reservoirs fed from "
             "the Marsh Hill main by 31 March 2026;"),
    ("(iii)", "deliver bottled water to every customer on its priority services register within 12 hours of the "
              "start of any interruption lasting longer than 12 hours;"),
    ("(iv)", "set up bottled water stations so that no affected property is more than two miles from a station;"),
    ("(v)", "use a single script for all call handlers, including those of its out-of-hours contractor, so that "
            "customers are given the same advice on whether discoloured water is safe to drink;"),
    ("(vi)", "send the Inspectorate, within three months of this letter, an assessment of the condition of the "
             "remaining 14 kilometres of cast iron main between Marsh Hill and Ockley Cross; and"),
    ("(vii)", "share the findings of its internal investigation with the local health protection team and with "
              "Vale of Ardley District Council and Ockley Borough Council."),
]


def advice():
    d = Doc(dt.datetime(2025, 10, 2, 9, 0, tzinfo=dt.timezone.utc), 9.6, BLUE)
    d.meta("WATER SUPPLY QUALITY INSPECTORATE | 4th Floor, Carrow House, 22 Mill Lane, Eastbridge EB2 7RT\n"
           "Our ref.: WSQI/EV/2025/0418 | Your ref.: AW-INC-25-0611 | 2 October 2025", align="L")
    d.meta("Ms Harriet Olawale-Brand\nDirector of Water Quality\nArdenvale Water Ltd\nRiverside Works, Ardley AR4 "
           "1QP")
    d.para("Dear Ms Olawale-Brand,")
    d.h2("Event assessment: loss of supply and discoloured water, Marsh Hill supply zone, 3 to 6 June 2025", 10.6)
    d.num("1.", "Thank you for the company's final event report of 18 July 2025. This letter sets out the "
                "Inspectorate's assessment of the event and its recommendations.")
    d.num("2.", "On 3 June 2025 at 05:40 a 450 mm cast iron trunk main burst at Ockley Cross. Supplies to about "
                "21,300 properties in the Marsh Hill zone were interrupted for up to 38 hours. When the main was "
                "returned to service, customers reported brown and black water, and 1,142 contacts about "
                "discoloured water were received over the following three days.")
    d.num("3.", "The regulations, as we summarise them, provide that the company must notify the Inspectorate of "
                "any event that affects or is likely to affect the quality of water supplied, and must provide at "
                "least 10 litres of water per person per day by other means while supplies are interrupted. The "
                "company notified the Inspectorate by telephone at 07:15 on 3 June and in writing the next day.")
    d.num("4.", "Samples taken by the company during the event gave the following results:")
    d.grid(("Date", "Samples", "Turbidity above 4 NTU", "Iron above standard", "Coliforms"),
           [("4 June", "36", "14", "11", "0"), ("5 June", "41", "6", "5", "0"), ("6 June", "28", "1", "0", "0")],
           (28, 24, 40, 38, 27))
    d.num("5.", "The company's own event report identified five lessons learned, which the Inspectorate has "
                "considered:")
    for n, t in enumerate([
        "\"The main should be recharged more slowly after a repair.\"",
        "\"Bottled water should reach vulnerable customers sooner.\"",
        "\"Stations should be opened earlier in the day.\"",
        "\"Messages to customers should be agreed with the water quality team.\"",
        "\"Staff should be reminded of the escalation procedure.\""], 1):
        d.num(f"{n}", t, w=7, style="I", indent=10)
    d.num("6.", "The Inspectorate agrees with these lessons as far as they go, but considers that they do not "
                "address the underlying cause of the discolouration, which was the disturbance of iron deposits in "
                "an unlined main that the company had identified as high risk in 2019.")
    d.num("7.", "Priority customers waited up to 26 hours for a delivery of bottled water, and one station at "
                "Ockley Cross was more than four miles from the villages of Hensey and Little Marsh. Customers "
                "calling the out-of-hours line were told the water was \"safe to drink if it looks clear\", while "
                "the company's website advised them not to drink it.")
    d.num("8.", "The Inspectorate has classified the event as significant. Although the company did not meet all "
                "of its duties to customers, it acted promptly to restore supplies, and there is no evidence of a "
                "risk to health. The Inspectorate does not recommend enforcement action on this occasion.")
    d.num("9.", "To reduce the risk of a similar event, the Inspectorate recommends that the company:")
    for lab, t in RECS:
        d.num(lab, t, w=11, indent=10)
    d.num("10.", "The Inspectorate would be grateful for the company's response to these recommendations within "
                 "28 days.")
    d.num("11.", "The Inspectorate will consider whether a programme of work on the Marsh Hill main should form part "
                 "of a legal undertaking when it reviews the company's next business plan.")
    d.num("12.", "A copy of this letter is being sent to the consumer council for water and to the two local "
                 "authorities.")
    d.para("Yours sincerely,")
    d.ln(2)
    d.para("Dr Owen Castellan-Bright\nPrincipal Inspector, Water Supply Quality Inspectorate")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 10, 29, 9, 0, tzinfo=dt.timezone.utc), 10.2, TEAL, fam="Serif")
    d.meta("ARDENVALE WATER LTD\nRiverside Works, Ardley AR4 1QP | water.quality@ardenvale-example.co.uk", align="R")
    d.meta("Dr Owen Castellan-Bright\nPrincipal Inspector\nWater Supply Quality Inspectorate\n4th Floor, Carrow "
           "House, 22 Mill Lane, Eastbridge EB2 7RT\n\n29 October 2025 | Your ref.: WSQI/EV/2025/0418")
    d.ln(1)
    d.para("Dear Dr Castellan-Bright,")
    d.para("**Marsh Hill supply zone event, June 2025: the company's response to your recommendations**")
    d.para("Thank you for your letter of 2 October. We accept the Inspectorate's assessment of the event and "
           "apologise again to our customers in the Marsh Hill zone for the disruption they experienced. Our "
           "response to your recommendations is set out below.")
    d.para("Recommendation (i) is accepted. Our mains rehabilitation standard has been rewritten so that, after "
           "any repair on a main of 300 mm or larger, flow is raised in three steps, with a turbidity reading "
           "taken at the zone outlet before each step. The new standard came into force on 20 October.")
    d.para("On bottled water, we have agreed a new contract with our logistics partner under which every "
           "household on the priority services register receives a delivery within 12 hours once an interruption "
           "has passed the 12-hour mark. We are not able to accept your fourth recommendation. In rural parts of "
           "the Marsh Hill zone a two-mile limit would mean opening as many as eleven stations, which we could not "
           "staff safely; we will continue to site stations using our risk-based model and to deliver to anyone "
           "who cannot travel.")
    d.para("Recommendation (ii): turbidity monitors were installed at the Hensey and Little Marsh service "
           "reservoirs in September. The monitors for the other two reservoirs will be included in our capital "
           "programme for the next price control period, and we expect them to be installed in 2027 rather than "
           "by March 2026.")
    d.para("Your fifth recommendation concerns the advice given by call handlers. Our own contact centre now uses a "
           "single script, approved by the water quality team, for every discolouration call. Our out-of-hours "
           "contractor will move to the same script when its contract is renewed in April 2027; until then its "
           "staff will transfer water quality calls to our duty scientist.")
    d.para("We note recommendation (vii). The company will discuss with the health protection team and the two "
           "councils how the findings of the internal investigation can best be shared, bearing in mind the "
           "confidentiality of some of the engineering material.")
    d.para("Separately, and although this was not one of your recommendations, the Board has approved a goodwill "
           "payment of 40 pounds to every household that was without water for more than 24 hours.")
    d.para("Please contact me if you need any further information. We will report progress on the open items in "
           "our quarterly return to the Inspectorate.")
    d.para("Yours sincerely,")
    d.ln(2)
    d.para("Harriet Olawale-Brand\nDirector of Water Quality, Ardenvale Water Ltd")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Water Supply Quality Inspectorate - WSQI/EV/2025/0418 - Marsh Hill "
            "supply zone", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ardenvale Water Ltd - response to WSQI/EV/2025/0418",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "i", "starts_with": "revise its procedure for recharging trunk mains after a repair",
         "reply_contains": "Our mains rehabilitation standard has been rewritten",
         "verdict": "agrees"},
        {"number": "ii", "starts_with": "install continuous turbidity monitors at the inlet of each of",
         "reply_contains": "expect them to be installed in 2027 rather than by March 2026",
         "verdict": "partly"},
        {"number": "iii", "starts_with": "deliver bottled water to every customer on its priority services "
                                         "register",
         "reply_contains": "every household on the priority services register receives a delivery",
         "verdict": "agrees"},
        {"number": "iv", "starts_with": "set up bottled water stations so that no affected property",
         "reply_contains": "We are not able to accept your fourth recommendation",
         "verdict": "disagrees"},
        {"number": "v", "starts_with": "use a single script for all call handlers, including those of",
         "reply_contains": "will move to the same script when its contract is renewed",
         "verdict": "partly"},
        {"number": "vi", "starts_with": "send the Inspectorate, within three months of this letter, an assessment",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "vii", "starts_with": "share the findings of its internal investigation with the local health",
         "reply_contains": "will discuss with the health protection team and the two councils",
         "verdict": "noted"},
    ]
    unmatched = ["has approved a goodwill payment of 40 pounds to every household"]
    notes = ("Advice: a drinking water quality inspectorate's EVENT ASSESSMENT LETTER to a water company after a "
             "burst trunk main (loss of supply, then discoloured water). Letter in numbered paragraphs 1-12; the "
             "seven recommendations LETTERED (i)-(vii) in ROMAN NUMERALS after paragraph 9 'the Inspectorate "
             "recommends that the company:', each an infinitive clause without a subject ('revise its procedure "
             "...', 'install ...', 'deliver ...'). Traps: the company's own 'lessons learned' NUMBERED 1-5 and "
             "quoted ('The main should be recharged more slowly ...', 'Bottled water should reach vulnerable "
             "customers sooner'); the regulations paraphrased ('must notify the Inspectorate', 'must provide at "
             "least 10 litres ...'); a sampling table; the event classified significant; 'The Inspectorate does "
             "not recommend enforcement action on this occasion'; paragraph 11 on a possible legal undertaking. "
             "Response: the company's REPLY LETTER referring to recommendations by ROMAN NUMERAL ('Recommendation "
             "(i)', '(ii)', '(vii)') or ORDINAL ('your fourth recommendation', 'Your fifth recommendation') or by "
             "theme, in the order i, iii+iv, ii, v, vii: (i) 'accepted', standard rewritten (agrees); ONE paragraph "
             "on bottled water: priority customers within 12 hours agreed without naming (iii) (agrees), 'We are "
             "not able to accept your fourth recommendation' (iv disagrees); (ii) two reservoirs now, two in 2027 "
             "(partly); (v) single script in-house, the contractor only from 2027 (partly); 'We note "
             "recommendation (vii)', will discuss sharing (noted); a goodwill payment 'not one of your "
             "recommendations' (unmatched); (vi), the condition assessment of the main, never (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

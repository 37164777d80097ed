"""Round 142 (EN): a farmed animal welfare advisory council's OPINION to the Minister on the welfare of farmed fish at
the time of killing, answered by the Minister's LETTER to the Council's chair, which refers to the recommendations by
ORDINALS ('your second recommendation', 'the third recommendation') and paraphrase, in another order, with one
paragraph answering two recommendations with different verdicts.
The advice: paragraphs NUMBERED 1-15 throughout under plain headings; the seven recommendations LETTERED (a)-(g) in a
BOXED panel 'Recommendations to Government' after paragraph 14. Traps: the numbered paragraphs; the Council's 2014
Opinion quoted ('all farmed fish should be rendered unconscious before killing'); the slaughter regulations
paraphrased ('animals must be spared any avoidable pain'); 'We do not recommend a ban on the import of fish';
'producers should not wait for legislation'.
The response: introduction (nothing); second (agrees); first, salmon by 2028 but trout by 2030 (partly); fourth
research funded (agrees) and fifth certificates 'I note the Council's advice' (noted) in ONE paragraph; third CCTV not
accepted (disagrees); wellboat mortality reporting not intended (disagrees); closing (nothing); the Code of Practice
revision (g) never (unanswered).
fpdf2, A4, cleaned Liberation Serif / Sans, fixed creation dates; header and 'Page N of M' stamped from page 2. All
bodies, people, places, figures and references invented; the Welfare of Animals at the Time of Killing Regulations are
named as context only (what is said of them is paraphrased and not to be relied on).
Run:  /tmp/blind142en/bin/python tests/docs/src/blind142/gen_en_fish_welfare_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b142en as H
from fpdf import FPDF

NAME = "blind142_en_fish_welfare"
MOSS = (46, 84, 42)
WINE = (110, 30, 50)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Serif"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(23, 20, 23)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.49

    def meta(self, t, align="L"):
        self.set_font(self.fam, "", 8.8)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.4, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7.2, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t, size=11.2):
        self.ln(0.8)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.52, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.6)

    def para(self, t, style=""):
        self.set_font(self.fam, style, self.size)
        self.multi_cell(self.tw, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def numbered(self, n, t, w=8):
        self.set_font(self.fam, "", self.size)
        self.cell(w, self.lh, f"{n}.")
        self.multi_cell(self.tw - w, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def box(self, title, items, w=9):
        pad = 4
        inner = self.tw - 2 * pad
        if self.get_y() > self.h - 110:
            self.add_page()
        y0 = self.get_y()
        self.ln(pad)
        self.set_x(self.l_margin + pad)
        self.set_font(self.fam, "B", self.size + 0.6)
        self.set_text_color(*self.ink)
        self.multi_cell(inner, self.lh + 0.6, title, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.4)
        for label, t in items:
            self.set_font(self.fam, "B", self.size)
            self.set_x(self.l_margin + pad)
            self.cell(w, self.lh, label)
            self.set_font(self.fam, "", self.size)
            self.multi_cell(inner - w, self.lh, t, align="L")
            self.ln(1.3)
        self.ln(pad - 1.3)
        y1 = self.get_y()
        self.set_draw_color(*self.ink)
        self.set_line_width(0.5)
        self.rect(self.l_margin, y0, self.tw, y1 - y0)
        self.set_fill_color(*self.ink)
        self.rect(self.l_margin, y0, 1.6, y1 - y0, style="F")
        self.ln(3)


RECS = [
    ("(a)", "The Government should make the stunning of all farmed salmon and trout before killing a legal "
            "requirement by 1 January 2028."),
    ("(b)", "Killing fish by live chilling in ice slurry, or by asphyxiation in air, should be prohibited from the "
            "same date."),
    ("(c)", "Premises where farmed fish are killed should be required to install CCTV covering every area where "
            "live fish are handled, stunned and killed, and to keep the footage for 90 days."),
    ("(d)", "Government should fund research into humane methods of killing cleaner fish, such as wrasse and "
            "lumpfish, at the end of the production cycle."),
    ("(e)", "All staff who stun or kill fish should hold a certificate of competence issued after approved "
            "training."),
    ("(f)", "Wellboat operators should be required to report the mortality on every journey, and the figures "
            "should be published each year."),
    ("(g)", "The Code of Practice for the Welfare of Farmed Fish should be revised within two years to include "
            "detailed guidance on stunning and killing."),
]


def advice():
    d = Doc(dt.datetime(2025, 9, 18, 9, 0, tzinfo=dt.timezone.utc), 10, MOSS)
    d.meta("FARMED ANIMAL WELFARE ADVISORY COUNCIL | Opinion 2025/3 | FAWAC/OP/25/03")
    d.h1("Opinion on the welfare of farmed fish at the time of killing")
    d.meta("Submitted to the Minister for Agriculture, Fisheries and Rural Affairs on 18 September 2025 | Chair: "
           "Professor Maeve Dunleavy-Hart | Working group chair: Dr Owain Ricketts-Nkosi")
    d.h2("Introduction")
    d.numbered(1, "The Farmed Animal Welfare Advisory Council is an independent expert committee that advises "
               "Government on the welfare of farmed animals. This Opinion was requested by the Minister in January "
               "2025, after footage recorded at a trout farm in the Ashgill valley caused public concern.")
    d.numbered(2, "Some 58 million salmon and 9 million rainbow trout are killed each year on farms, on board "
               "wellboats and at 14 processing plants. Most trout farms are small businesses with fewer than ten "
               "staff.")
    d.numbered(3, "We took written evidence from producers, processors, veterinarians, scientists and welfare "
               "organisations, and visited six sites between March and June 2025.")
    d.h2("The legal framework")
    d.numbered(4, "Under the Welfare of Animals at the Time of Killing Regulations, in summary, animals must be "
               "spared any avoidable pain, distress or suffering during their killing. The detailed rules on "
               "stunning that apply to mammals and birds do not, however, apply to fish.")
    d.numbered(5, "In its 2014 Opinion the Council advised that \"all farmed fish should be rendered unconscious "
               "before killing\". Most large salmon producers have since adopted electrical or percussive "
               "stunning, but several trout farms still kill fish by asphyxiation in air or in ice slurry.")
    d.h2("Findings")
    d.numbered(6, "Percussive and electrical stunning, correctly applied, make a salmon unconscious in less than "
               "one second. Equipment suitable for trout farms now costs between 18,000 and 40,000 pounds.")
    d.numbered(7, "Fish chilled alive in ice slurry can remain conscious for up to fifteen minutes. We consider "
               "this, like asphyxiation in air, to be incompatible with any reasonable standard of welfare.")
    d.numbered(8, "At two of the six sites we visited, staff who stunned fish could not show that they had been "
               "trained, and stunning equipment was not checked at the start of each shift.")
    d.numbered(9, "None of the processing plants we visited used CCTV in the areas where live fish are handled, "
               "although all red meat abattoirs in the country are now required to do so.")
    d.numbered(10, "Mortality during transport by wellboat is not recorded centrally. Figures given to us by "
                "operators ranged from 0.1 to 3 per cent of the fish carried on a single journey.")
    d.numbered(11, "Cleaner fish used to control sea lice are usually killed at the end of the production cycle "
                "by methods whose welfare effects have never been studied.")
    d.numbered(12, "The Code of Practice for the Welfare of Farmed Fish dates from 2012 and says nothing about "
                "stunning. Producers should not wait for legislation before improving their practice, and many "
                "have not.")
    d.numbered(13, "We do not recommend a ban on the import of fish killed without stunning. Such a ban would "
                "raise questions of trade law that lie outside the Council's remit.")
    d.h2("Recommendations")
    d.numbered(14, "The Council makes the following recommendations to Government, which it considers should be "
                "taken forward together.")
    d.box("Recommendations to Government", RECS)
    d.numbered(15, "The Council will review progress on this Opinion in 2027 and would be pleased to discuss it "
                "with officials in the meantime.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 12, 4, 9, 0, tzinfo=dt.timezone.utc), 10.2, WINE, fam="Sans")
    d.meta("Department for Agriculture, Fisheries and Rural Affairs | Office of the Minister "
           "| Crown Buildings, Carlow Bridge", align="R")
    d.meta("Professor Maeve Dunleavy-Hart, Chair, Farmed Animal Welfare Advisory Council | Our reference: "
           "MIN/AFRA/2025/1187 | 4 December 2025")
    d.h1("Opinion on the welfare of farmed fish at the time of killing")
    d.para("Dear Professor Dunleavy-Hart,")
    d.para("Thank you for the Council's Opinion of 18 September, and please pass my thanks to the members of the "
           "working group, who gave so much of their time to it. I have now considered the Opinion with officials "
           "and with our Chief Veterinary Officer, and I am writing to set out the Government's response.")
    d.para("I accept your second recommendation without reservation. Both asphyxiation and chilling in ice slurry "
           "cause prolonged suffering, and the draft regulations that we will publish for consultation in the spring "
           "will ban both methods for all farmed fish.")
    d.para("On your first recommendation, the Government will legislate to require farmed fish to be stunned before "
           "they are killed. The requirement will apply to salmon from 1 January 2028, as you propose. Trout "
           "producers, however, will have until 1 January 2030 to comply, because many of them are small family "
           "businesses that need time to raise the capital; a grant scheme will help them buy the equipment.")
    d.para("Your fourth and fifth recommendations concern research and skills. I am happy to confirm that the "
           "Department will commission a three-year study of the killing of wrasse and lumpfish, with a budget of "
           "450,000 pounds, beginning next April. As to certificates of competence, I note the Council's advice, "
           "and officials will discuss with the industry and the training colleges how such a scheme might work.")
    d.para("I am not able to accept the third recommendation. Unlike red meat abattoirs, most fish are killed on "
           "the farm or on board a wellboat, where fixed cameras would be costly and difficult to maintain, and I "
           "believe that more frequent unannounced inspections will give better assurance.")
    d.para("Similarly, the Government does not intend to introduce a duty to report mortality on each wellboat "
           "journey. Operators already record these losses in their veterinary health plans, which inspectors may "
           "examine at any time, and a separate reporting regime would add cost with little benefit.")
    d.para("May I thank you again for an Opinion that is both rigorous and practical. I am copying this letter to "
           "the chairs of the two industry associations and placing it in the Library of the House.")
    d.para("Yours sincerely,")
    d.para("Rt Hon Siobhan Carrick-Mbeki\nMinister for Agriculture, Fisheries and Rural Affairs")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Farmed Animal Welfare Advisory Council - Opinion 2025/3",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Minister for Agriculture, Fisheries and Rural Affairs - "
            "MIN/AFRA/2025/1187", footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "a", "starts_with": "The Government should make the stunning of all farmed salmon",
         "reply_contains": "Trout producers, however, will have until 1 January 2030 to comply",
         "verdict": "partly"},
        {"number": "b", "starts_with": "Killing fish by live chilling in ice slurry, or by asphyxiation",
         "reply_contains": "I accept your second recommendation without reservation",
         "verdict": "agrees"},
        {"number": "c", "starts_with": "Premises where farmed fish are killed should be required to install",
         "reply_contains": "I am not able to accept the third recommendation",
         "verdict": "disagrees"},
        {"number": "d", "starts_with": "Government should fund research into humane methods of killing cleaner",
         "reply_contains": "will commission a three-year study of the killing of wrasse",
         "verdict": "agrees"},
        {"number": "e", "starts_with": "All staff who stun or kill fish should hold a certificate",
         "reply_contains": "As to certificates of competence, I note the Council's advice",
         "verdict": "noted"},
        {"number": "f", "starts_with": "Wellboat operators should be required to report the mortality on",
         "reply_contains": "does not intend to introduce a duty to report mortality",
         "verdict": "disagrees"},
        {"number": "g", "starts_with": "The Code of Practice for the Welfare of Farmed Fish should",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["please pass my thanks to the members of the working group",
                 "placing it in the Library of the House"]
    notes = ("Advice: a farmed animal welfare advisory council's OPINION to the Minister on the welfare of farmed "
             "fish at the time of killing (the Welfare of Animals at the Time of Killing Regulations named as "
             "context). Paragraphs NUMBERED 1-15 throughout under plain headings; seven recommendations LETTERED "
             "(a)-(g) in a BOXED panel 'Recommendations to Government' after paragraph 14. Traps: the numbered "
             "paragraphs, findings 6-12 on the same themes as the recommendations; the Council's 2014 Opinion "
             "quoted ('all farmed fish should be rendered unconscious before killing'); the Regulations paraphrased "
             "('animals must be spared any avoidable pain'); 'Producers should not wait for legislation' in a "
             "finding; 'We do not recommend a ban on the import of fish killed without stunning'; paragraph 14's "
             "'which it considers should be taken forward together'. Response: the Minister's LETTER to the chair, "
             "referring to the recommendations by ORDINALS or by paraphrase, in another order: introduction "
             "(nothing); 'your second recommendation' accepted (b agrees); 'your first recommendation' salmon "
             "from 2028 but trout only from 2030 (a partly); ONE paragraph on 'Your fourth and fifth "
             "recommendations': a research study funded (d agrees) and 'As to certificates of competence, I note "
             "the Council's advice', officials to discuss (e noted); 'the third recommendation' not accepted (c "
             "disagrees); wellboat mortality reporting, by paraphrase only, 'does not intend to introduce' (f "
             "disagrees); closing (nothing); (g), revising the Code of Practice, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

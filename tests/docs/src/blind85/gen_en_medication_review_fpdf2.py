"""Round 85 (EN): an Irish national health-and-social-care quality authority's THEMATIC REVIEW (genre: the HIQA-style
reviews of a theme across public residential care units, every paragraph numbered, the recommendations the numbered
paragraphs 6.1-6.7 of a 'Recommendations' chapter after numbered findings) answered by the HSE REGIONAL EXECUTIVE
OFFICER'S LETTER to the authority's Chief Inspector, replying by subject without numbers.
Advice: Health Quality and Standards Authority, 'Thematic review of medication safety in public residential care
units for older people, HSE Midlands and West', September 2026, 3 p.
Response: letter of the Regional Executive Officer, 4 December 2026, 2 p.; order 2, 5, 7+1, 4, 6; 3 unanswered.
fpdf2 (A4, cleaned DejaVu Sans/Serif, fixed creation date); running header from page 2 and footers. The Authority,
the units, people, figures and the wording said to be in the Health Act 2007 and the regulations are invented.

Run:  /tmp/blind85en/bin/python tests/docs/src/blind85/gen_en_medication_review_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b85en as H
from fpdf import FPDF

NAME = "blind85_en_medication_review"
GREEN = (0, 98, 84)


class Doc(FPDF):
    def __init__(self, header_text, footer_text, date):
        super().__init__(format="A4")
        self.htxt, self.ftxt = header_text, footer_text
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("S", st, H.clean_font(f))
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("R", st, H.clean_font(f))
        self.set_creation_date(date)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.page_no() > 1 and self.htxt:
            self.set_font("S", "", 7.5); self.set_text_color(90, 90, 90)
            self.set_xy(22, 10); self.cell(0, 5, self.htxt)
            self.set_draw_color(*GREEN); self.line(22, 15.5, 188, 15.5)
            self.set_y(22)

    def footer(self):
        self.set_y(-15); self.set_font("S", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.ftxt.format(n=self.page_no()), align="C")

    def para(self, t, font="R", st="", size=9.6, h=4.9, color=(30, 30, 30)):
        self.set_font(font, st, size); self.set_text_color(*color)
        self.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT"); self.ln(2.0)

    def num(self, n, t, st="", color=(30, 30, 30)):
        self.set_font("S", "B", 9.2); self.set_text_color(*GREEN)
        y = self.get_y()
        self.cell(12, 4.9, n)
        self.set_xy(34, y)
        self.set_font("R", st, 9.6); self.set_text_color(*color)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT"); self.ln(2.0)

    def head(self, t):
        self.ln(1.5); self.set_font("S", "B", 11.5); self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.2)


def advice():
    d = Doc("Thematic review of medication safety - HSE Midlands and West - September 2026",
            "Health Quality and Standards Authority  |  {n}",
            datetime.datetime(2026, 9, 24, 9, 0, tzinfo=datetime.timezone.utc))
    d.add_page()
    d.set_fill_color(*GREEN); d.rect(0, 0, 210, 7, style="F")
    d.set_y(16); d.set_font("S", "B", 8.5); d.set_text_color(*GREEN)
    d.cell(0, 5, "HEALTH QUALITY AND STANDARDS AUTHORITY", new_x="LMARGIN", new_y="NEXT"); d.ln(3)
    d.set_font("S", "B", 17); d.set_text_color(20, 20, 20)
    d.multi_cell(0, 8, "Thematic review of medication safety in public residential care units for older people",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 10.5); d.set_text_color(60, 60, 60)
    d.cell(0, 7, "HSE Midlands and West  |  Review period: January to June 2026  |  Published September 2026",
           new_x="LMARGIN", new_y="NEXT"); d.ln(3)

    d.head("1. Introduction")
    d.num("1.1", "Under section 8(1)(c) of the Health Act 2007 the Authority may review the quality and safety of "
          "services provided by the Health Service Executive (HSE). This thematic review examined how medicines are "
          "prescribed, stored, administered and reviewed in the 14 public residential care units for older people "
          "in HSE Midlands and West, which together have 1,062 beds.")
    d.num("1.2", "Inspectors made 14 unannounced visits, reviewed 420 medication administration records and spoke "
          "with 96 residents, 31 relatives and 118 staff. The HSE had the opportunity to comment on the accuracy of "
          "a draft of this report.")
    d.head("2. Regulatory context")
    d.num("2.1", "Regulation 29 of the Care and Welfare Regulations provides that the registered provider must "
          "ensure that medicines are administered as prescribed and that each resident's medication is reviewed by "
          "a medical practitioner at least every four months. The National Standards say that residents should be "
          "involved in decisions about their medicines.")
    d.head("3. What residents told us")
    d.num("3.1", "Most residents were satisfied with how their medicines were managed. Several told us that they "
          "should be asked before a new medicine is started and that they had not been. Two relatives said that "
          "medicines had been hidden in food without the family being told.")
    d.head("4. Findings")
    d.num("4.1", "Prescribing in 11 of the 14 units is on paper kardexes. We found 63 transcription errors in 420 "
          "records, 9 of them involving high-alert medicines such as insulin and anticoagulants.")
    d.num("4.2", "Only 4 units had access to a pharmacist for regular medication reviews. In the other 10, residents "
          "were on an average of 11.4 regular medicines and 22 per cent were on three or more psychotropic drugs.")
    d.num("4.3", "Medication incidents are reported on the National Incident Management System, but reporting rates "
          "differed twenty-fold between units, which suggests that incidents in some units are not being reported.")
    d.num("4.4", "There is no national policy on the covert administration of medicines. Local practice varied, and "
          "in 5 units covert administration had not been reviewed by a pharmacist or discussed with the family.")
    d.num("4.5", "The Authority's 2022 overview report recommended that \"the HSE should ensure that every unit has "
          "an up-to-date medicines management policy\". All 14 units now have one, but in 6 the policy had not been "
          "read by agency nurses, who administered 18 per cent of the doses we reviewed.")
    d.num("4.6", "Night-time staffing in 7 units left a single nurse responsible for medication rounds for up to 45 "
          "residents. Rounds that should take an hour were regularly taking more than two.")
    d.head("5. Conclusions")
    d.num("5.1", "Medication safety in these units depends too heavily on paper systems and on individual nurses. "
          "The HSE has good policies, but they are not consistently followed, checked or supported.")
    d.head("6. Recommendations")
    d.para("The Authority makes the following recommendations to the HSE. We will follow them up through our "
           "monitoring programme and ask the HSE to publish its response within three months.", size=9.6)
    recs = [
        ("6.1", "The HSE should introduce electronic prescribing and administration records in all 14 units by the "
                "end of 2028, starting with the units with the highest error rates."),
        ("6.2", "Every resident should have a structured medication review with a pharmacist at least every six "
                "months, with particular attention to psychotropic medicines."),
        ("6.3", "The HSE should review night-time nurse staffing so that no nurse is responsible for the medication "
                "round for more than 30 residents."),
        ("6.4", "A national policy on the covert administration of medicines should be developed, including "
                "consultation with the resident's family and a pharmacist's review."),
        ("6.5", "Each unit should report medication incidents monthly to the regional quality and patient safety "
                "committee, which should investigate outlying reporting rates."),
        ("6.6", "The HSE should stop using agency nurses for medication rounds in units where permanent staff are "
                "available, and should record the reason each time an agency nurse is used."),
        ("6.7", "Agency nurses should complete a unit-specific medication induction, including the local policy, "
                "before their first medication round."),
    ]
    for n, t in recs:
        d.num(n, t)
    d.head("7. Next steps")
    d.num("7.1", "The Authority will carry out follow-up inspections in a sample of units in 2027.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("", "HSE Midlands and West  |  Page {n}",
            datetime.datetime(2026, 12, 4, 9, 0, tzinfo=datetime.timezone.utc))
    d.add_page()
    d.set_font("S", "B", 12); d.set_text_color(*GREEN)
    d.cell(0, 6, "Feidhmeannacht na Seirbhíse Sláinte / Health Service Executive", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 9); d.set_text_color(60, 60, 60)
    d.cell(0, 5, "Office of the Regional Executive Officer, HSE Midlands and West, Merlin Park, Galway", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*GREEN); d.set_line_width(0.6); d.line(22, d.get_y() + 2, 188, d.get_y() + 2); d.ln(7)
    d.para("4 December 2026", font="S")
    d.para("Ms Aoife Brannigan-Keogh\nChief Inspector of Social Services\nHealth Quality and Standards Authority\n"
           "Dublin 7", font="S")
    d.para("Our ref: REO/MW/2026/311", font="S", size=8.8)
    d.para("Re: Thematic review of medication safety in public residential care units for older people", font="S", st="B")
    d.para("Dear Ms Brannigan-Keogh,", font="S")
    d.para("Thank you for the Authority's thematic review, which I have shared with the person in charge of each of "
           "the fourteen units and with our Board. I want to acknowledge the residents and families who spoke to your "
           "inspectors, and the staff who continue to care for them with great commitment.", font="S")
    d.para("I am pleased to confirm that a structured pharmacist review every six months is now in place for every "
           "resident. We have recruited six additional pharmacists, and the last of the units joined the programme "
           "on 16 November 2026. Psychotropic prescribing is reviewed at each visit.", font="S")
    d.para("On incident reporting, units will report medication incidents each quarter, rather than monthly, to the "
           "regional quality and patient safety committee, which will examine any unit whose rate differs markedly "
           "from the others. Quarterly reporting matches our existing governance cycle.", font="S")
    d.para("Your findings on agency staff and on paper records are closely related, and we have treated them "
           "together. From January 2027 no agency nurse will administer medicines in any of our units until they "
           "have completed a unit-specific medication induction, including the local policy. Electronic prescribing "
           "is a longer undertaking: we will introduce it first in the four units with the highest error rates in "
           "2027 and will extend it to the remaining units as national funding allows, so we cannot commit to "
           "completing all fourteen by 2028.", font="S")
    d.para("The question of covert administration goes beyond this region. I have referred it to the National "
           "Clinical Programme for Older People, which will consider whether a national policy is needed. In the "
           "meantime the existing local guidance continues to apply.", font="S")
    d.para("We have considered carefully whether to restrict the use of agency nurses on medication rounds. Our "
           "units depend on agency staff to keep beds open during vacancies and sick leave, and we are not in a "
           "position to adopt that restriction or the associated recording requirement.", font="S")
    d.para("Separately, you may wish to know that the new 40-bed unit at Ballinasloe opened on 2 November 2026, "
           "replacing two older buildings that your inspectors had previously found unsuitable.", font="S")
    d.para("I would be happy to meet you to discuss this response. My office can be contacted at "
           "reo.midlandswest@hse.example.ie.", font="S")
    d.para("Is mise le meas,", font="S"); d.ln(4)
    d.para("Declan Mulqueen\nRegional Executive Officer, HSE Midlands and West", font="S", st="B")
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    (1, "The HSE should introduce electronic prescribing and administration records in all",
     "we will introduce it first in the four units", "partly"),
    (2, "Every resident should have a structured medication review with a pharmacist",
     "a structured pharmacist review every six months is now in place", "agrees"),
    (3, "The HSE should review night-time nurse staffing so that no nurse",
     None, "unanswered"),
    (4, "A national policy on the covert administration of medicines should be developed",
     "which will consider whether a national policy is needed", "noted"),
    (5, "Each unit should report medication incidents monthly to the regional quality",
     "report medication incidents each quarter, rather than monthly", "partly"),
    (6, "The HSE should stop using agency nurses for medication rounds in units",
     "we are not in a position to adopt that restriction", "disagrees"),
    (7, "Agency nurses should complete a unit-specific medication induction, including the local policy,",
     "no agency nurse will administer medicines in any of our units", "agrees"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["I want to acknowledge the residents and families who spoke",
                      "the new 40-bed unit at Ballinasloe opened on",
                      "I would be happy to meet you to discuss"],
                     "Advice: an Irish HIQA-style THEMATIC REVIEW of medication safety; EVERY PARAGRAPH NUMBERED "
                     "(1.1 .. 7.1) with the number in a hanging column; the recommendations are paragraphs 6.1-6.7 "
                     "of chapter '6. Recommendations' after an unnumbered lead-in, all 'should' sentences (numbers "
                     "1-7 = 6.1-6.7); traps: section 8(1)(c) of the Health Act 2007, 'Regulation 29 ... the registered "
                     "provider must ensure', 'The National Standards say that residents should be involved', "
                     "residents 'should be asked', the Authority's 2022 recommendation quoted ('the HSE should ensure "
                     "that every unit has ...'), 'Rounds that should take an hour', numbered findings 4.1-4.6 and a "
                     "conclusion 5.1. Response: the HSE REGIONAL EXECUTIVE OFFICER'S LETTER, no numbers, replies by "
                     "subject in the order 2, 5, 7+1, 4, 6: six-monthly pharmacist review in place (2 agrees, done); "
                     "quarterly rather than monthly reporting (5 partly); ONE paragraph on agency staff and paper "
                     "records = induction before any medication round from January 2027 (7 agrees) + electronic "
                     "prescribing first in four units, 'cannot commit to completing all fourteen by 2028' (1 "
                     "partly); covert administration referred to the National Clinical Programme, 'will consider' "
                     "(4 noted); 'not in a position to adopt that restriction' (6 disagrees). 3 (night staffing) is "
                     "not answered. Unmatched: opening thanks, the Ballinasloe unit paragraph, offer to meet/contact.")
    sys.exit(H.main([NAME]))

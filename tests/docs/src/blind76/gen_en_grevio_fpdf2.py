"""Round 76 (EN): a GREVIO-STYLE BASELINE EVALUATION REPORT (genre: a Council of Europe expert group's evaluation of
a state party's implementation of the Istanbul Convention: numbered paragraphs under chapters by Convention
article, the article quoted, findings, and unnumbered bold proposals graded 'GREVIO urges / strongly encourages /
encourages the authorities to ...' at the end of paragraphs, an appendix listing them in short form with
paragraph numbers) answered by the STATE'S COMMENTS ON THE FINAL REPORT (a government document by ministry, each
comment headed by the report's paragraph numbers, factual corrections and a methodological objection among them).
Advice: 'GREVIO Baseline Evaluation Report: Republic of Vestmark', GREVIO/Inf(2026)3, A4, 3 p.
Response: 'Comments submitted by the Government of Vestmark on GREVIO's final report', A4, 2 p.; order by
ministry: 6, 2 (Social Affairs), 4 and 7 (one comment, Justice), 3, 1 (Interior); 5 is not answered.
fpdf2, cleaned Liberation Serif/Sans, fixed creation date. The Istanbul Convention is real (its articles are
paraphrased or quoted loosely here and are not to be relied on); Vestmark, its bodies, people and all figures are
invented, and GREVIO's name is used only for the genre.

Run:  /tmp/blind76en/bin/python tests/docs/src/blind76/gen_en_grevio_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b76en as H
from fpdf import FPDF

NAME = "blind76_en_grevio"
DATE = datetime.datetime(2026, 3, 2, 9, 0, 0, tzinfo=datetime.timezone.utc)
PURPLE = (70, 40, 110)


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(format="A4")
        self.foot = foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("S", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("R", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_creation_date(DATE)
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 22)

    def footer(self):
        self.set_y(-15)
        self.set_font("S", "", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)

    def head(self, t, size=12):
        self.ln(2)
        self.set_font("S", "B", size)
        self.set_text_color(*PURPLE)
        self.multi_cell(0, 6.2, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, font="R", style="", size=10.8, indent=0, lh=5.3):
        self.set_font(font, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, markdown=True)
        self.ln(2)

    def num(self, k, t, font="R", size=10.8):
        self.set_font(font, "", size)
        y = self.get_y()
        self.cell(10, 5.3, k)
        self.set_xy(self.l_margin + 10, y)
        self.multi_cell(self.epw - 10, 5.3, t, markdown=True)
        self.ln(2)


def advice():
    d = Doc("GREVIO/Inf(2026)3 - Vestmark - {n}")
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_text_color(*PURPLE)
    d.cell(0, 5, "GREVIO/Inf(2026)3", new_x="LMARGIN", new_y="NEXT", align="R")
    d.ln(6)
    d.set_font("S", "B", 18)
    d.multi_cell(0, 8, "GREVIO Baseline Evaluation Report\nRepublic of Vestmark")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 10)
    d.ln(2)
    d.multi_cell(0, 5, "on legislative and other measures giving effect to the provisions of the Council of Europe "
                 "Convention on preventing and combating violence against women and domestic violence (Istanbul "
                 "Convention)\nAdopted by GREVIO on 14 November 2025; published on 2 March 2026")
    d.ln(3)
    d.head("Introduction")
    d.num("1.", "Vestmark ratified the Istanbul Convention in 2019. GREVIO carried out an evaluation visit to "
          "Vestmark from 2 to 6 June 2025 and met the authorities, the Ombudsperson for Equality and 14 "
          "non-governmental organisations. The draft report was sent to the authorities on 8 September 2025, and "
          "their comments are published separately.")
    d.num("2.", "Under Article 68 of the Convention, GREVIO's reports set out its findings and proposals. The "
          "strength of each proposal is shown by the verb used: \"urges\" where action is required to comply "
          "with the Convention, \"strongly encourages\" for shortcomings that need to be addressed in the near "
          "future, and \"encourages\" for matters that still need attention.")
    d.head("I. Integrated policies and data collection (Articles 7 and 11)")
    d.num("3.", "GREVIO notes with satisfaction the adoption of the National Action Plan 2024-2028 and the "
          "creation of a coordinating body within the Ministry of Social Affairs. The plan does not, however, "
          "cover forced marriage or female genital mutilation.")
    d.num("4.", "Article 11 requires parties to collect disaggregated statistical data at regular intervals. The "
          "police, the prosecution service and the courts each use their own categories, so that a single case "
          "cannot be followed from complaint to sentence. **GREVIO strongly encourages the Vestmarkian "
          "authorities to introduce a common case identifier across the police, prosecution and court "
          "systems.**")
    d.head("II. Protection and support (Articles 22, 23 and 25)")
    d.num("5.", "Article 23 reads: \"Parties shall take the necessary legislative or other measures to provide "
          "for the setting-up of appropriate, easily accessible shelters in sufficient numbers to provide safe "
          "accommodation for and to reach out pro-actively to victims, especially women and their children.\"")
    d.num("6.", "Vestmark has 212 shelter places for a population of 4.1 million. The Explanatory Report to the "
          "Convention refers to a standard of one family place per 10 000 head of population, which would mean "
          "410 places. Three of the eleven regions have no shelter at all. **GREVIO urges the Vestmarkian "
          "authorities to increase the number of shelter places so that every region has at least one "
          "shelter, funded on a multi-year basis.**")
    d.num("7.", "Women's organisations told GREVIO that shelters should not turn away women with adolescent sons, "
          "as several currently do. GREVIO shares this concern and has addressed it in its dialogue with the "
          "authorities.")
    d.num("8.", "There is one rape crisis centre, in the capital, open during office hours. **GREVIO urges the "
          "authorities to set up rape crisis or sexual violence referral centres in sufficient numbers, "
          "providing immediate medical care and forensic examination around the clock.**")
    d.head("III. Prevention and training (Articles 14 and 15)")
    d.num("9.", "Training of judges on domestic violence is voluntary and few attend it. **GREVIO encourages the "
          "authorities to make initial and in-service training on violence against women compulsory for "
          "judges and prosecutors.**")
    d.num("10.", "Teaching materials on equality between women and men are used in primary schools in some "
          "regions only. **GREVIO encourages the authorities to include non-stereotyped gender roles and "
          "non-violent conflict resolution in the national curriculum at all levels.**")
    d.head("IV. Civil law and risk assessment (Articles 31 and 51)")
    d.num("11.", "Article 31 requires that incidents of violence are taken into account in the determination of "
          "custody and visitation rights. Family courts in Vestmark rarely ask whether there is a history of "
          "violence. **GREVIO urges the authorities to amend the Family Code so that courts must examine "
          "any history of domestic violence before deciding on custody or visitation.**")
    d.num("12.", "Police officers use a risk assessment checklist introduced in 2021, but only in the capital "
          "region. **GREVIO strongly encourages the authorities to introduce a standardised risk assessment "
          "tool used by the police in every region and shared with the other agencies involved.**")
    d.head("Appendix I - List of proposals (short form)")
    for k, t in (("1.", "Common case identifier (paragraph 4)"), ("2.", "Shelter places in every region (paragraph 6)"),
                 ("3.", "Rape crisis centres (paragraph 8)"), ("4.", "Training of judges and prosecutors (paragraph 9)"),
                 ("5.", "Curriculum (paragraph 10)"), ("6.", "Custody and visitation (paragraph 11)"),
                 ("7.", "Risk assessment (paragraph 12)")):
        d.num(k, t, font="S", size=9.5)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Comments of the Government of Vestmark - page {n}")
    d.add_page()
    d.set_font("S", "B", 9)
    d.cell(0, 5, "GREVIO/Inf(2026)4", new_x="LMARGIN", new_y="NEXT", align="R")
    d.ln(4)
    d.set_font("S", "B", 15)
    d.multi_cell(0, 7, "Comments submitted by the Government of Vestmark on GREVIO's final report on the "
                 "implementation of the Istanbul Convention")
    d.ln(2)
    d.set_font("S", "I", 9.5)
    d.multi_cell(0, 5, "(Received by GREVIO on 19 January 2026)")
    d.ln(3)
    d.p("The Government of Vestmark thanks GREVIO for its constructive dialogue during the evaluation visit and "
        "for the report. The comments below were prepared by the ministries concerned and are presented by "
        "ministry.")
    d.head("General remark on methodology")
    d.p("The Government regrets that the report relies on figures supplied by non-governmental organisations "
        "for 2023, while official statistics for 2024 were sent to GREVIO in August 2025. In paragraph 1 the "
        "number of organisations met should read 15 rather than 14.")
    d.head("Ministry of Social Affairs")
    d.p("**Paragraph 10.** The new national curriculum, which enters into force in August 2026, includes a "
        "compulsory module on equality and non-violent conflict resolution from the first year of primary school "
        "to the end of upper secondary school. GREVIO's proposal is thus already implemented.")
    d.p("**Paragraph 6.** The Government does not share GREVIO's reading of the Explanatory Report, which it "
        "regards as guidance and not as a binding standard. Nevertheless, funding has been secured for 60 "
        "additional shelter places by 2028, including new shelters in two of the three regions without one; "
        "the third region will be served by the neighbouring shelter. Funding remains annual.")
    d.head("Ministry of Justice")
    d.p("**Paragraphs 9 and 11.** The Judicial Academy will make a two-day course on domestic violence part of "
        "the compulsory initial training of all new judges and prosecutors from 2026; in-service training will "
        "remain voluntary, in keeping with the independence of the judiciary. As regards custody, the "
        "Government does not intend to amend the Family Code: the existing provision on the best interests of "
        "the child already allows the courts to take violence into account, and guidance will be issued to "
        "family judges instead.")
    d.head("Ministry of the Interior")
    d.p("**Paragraph 8.** The Government has taken note of GREVIO's proposal on sexual violence referral "
        "centres. Their number and opening hours will be considered in the preparation of the next National "
        "Action Plan, and no decision has yet been taken.")
    d.p("**Paragraph 4.** The Government agrees that a common case identifier is needed. The police, the "
        "prosecution service and the courts will use a shared identifier from 1 January 2027, under the Digital "
        "Justice Programme.")
    d.p("**Paragraph 14 of the draft report.** The statement that police stations lack private interview rooms "
        "was removed from the final report at the Government's request, and the Government thanks GREVIO for "
        "this correction.")
    d.ln(2)
    d.p("The Government remains committed to the full implementation of the Convention and looks forward to "
        "continuing its dialogue with GREVIO and the Committee of the Parties.")
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    (1, "GREVIO strongly encourages the Vestmarkian authorities to introduce a common case",
     "The Government agrees that a common case identifier is needed", "agrees"),
    (2, "GREVIO urges the Vestmarkian authorities to increase the number of shelter",
     "funding has been secured for 60 additional shelter places by 2028", "partly"),
    (3, "GREVIO urges the authorities to set up rape crisis or",
     "will be considered in the preparation of the next National Action Plan", "noted"),
    (4, "GREVIO encourages the authorities to make initial and in-service training",
     "in-service training will remain voluntary", "partly"),
    (5, "GREVIO encourages the authorities to include non-stereotyped gender roles",
     "GREVIO's proposal is thus already implemented", "agrees"),
    (6, "GREVIO urges the authorities to amend the Family Code so",
     "the Government does not intend to amend the Family Code", "disagrees"),
    (7, "GREVIO strongly encourages the authorities to introduce a standardised risk",
     None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thanks GREVIO for its constructive dialogue during the evaluation visit",
                      "the report relies on figures supplied by non-governmental organisations",
                      "police stations lack private interview rooms",
                      "remains committed to the full implementation of the Convention"],
                     "Advice: an evaluation report by a Council of Europe expert group (GREVIO style) on a state "
                     "party's implementation of the Istanbul Convention: numbered paragraphs 1-12 under chapters "
                     "by Convention article. The seven recommendations are UNNUMBERED bold sentences at the end "
                     "of paragraphs 4, 6, 8, 9, 10, 11 and 12, graded 'GREVIO urges / strongly encourages / "
                     "encourages the (Vestmarkian) authorities to ...', numbers 1-7 by order. Traps: paragraph 2 "
                     "explaining the verbs ('urges where action is required'); Article 11 'requires parties "
                     "to collect'; Article 23 quoted ('Parties shall take the necessary ... measures'); the "
                     "Explanatory Report's 'one family place per 10 000'; 'GREVIO notes with satisfaction'; "
                     "women's organisations' 'shelters should not turn away women with adolescent sons' that "
                     "GREVIO 'shares' but does not propose; Article 31 'requires'; Appendix I, a numbered SHORT "
                     "list 1.-7. of the proposals with paragraph numbers (a summary, not recommendations). "
                     "Response: the state's comments by ministry, each comment headed by the REPORT'S PARAGRAPH "
                     "NUMBER in bold ('Paragraph 10.'), order 5, 2, 4+6, 3, 1: curriculum 'already implemented' "
                     "(5 agrees); 'does not share GREVIO's reading ... Nevertheless' 60 more places, two of three "
                     "regions, funding annual (2 partly); ONE comment 'Paragraphs 9 and 11.' = compulsory initial "
                     "training but in-service voluntary (4 partly) + 'does not intend to amend the Family Code' "
                     "(6 disagrees); 'has taken note ... no decision has yet been taken' (3 noted); 'agrees that a "
                     "common case identifier is needed' (1 agrees); 7 (risk assessment, paragraph 12) is not "
                     "answered. Unmatched: the opening thanks, 'General remark on methodology' (a factual "
                     "correction of paragraph 1), 'Paragraph 14 of the draft report' (a paragraph that is no "
                     "longer in the report), the closing.")
    sys.exit(H.main([NAME]))

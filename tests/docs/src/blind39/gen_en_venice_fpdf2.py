"""Round 39 (EN): a Council of Europe VENICE COMMISSION OPINION on a draft law (invented 'Republic of Ostrevia',
High Judicial Council) answered by the authorities' comments, published as a CDL-REF document. The advice has the
Commission's title block (CDL-AD reference, 'Or. Engl.', adoption line, rapporteurs), numbered paragraphs 1.-19.,
a comparison table of the Council's composition, quoted international standards (CM/Rec(2010)12 'should'), the
Commission's 2021 recommendation quoted as followed, analysis with 'should' and article numbers, and a Conclusion
whose recommendations are UNNUMBERED dash items in the infinitive ('- to provide that ...'): three 'key
recommendations' and four 'further' ones (numbered 1-7 in document order). The comments answer by topic in another
order, cover 4 and 5 in one paragraph with different verdicts, say 6 is already provided for, never answer 7, and
report a public consultation that answers nothing. fpdf2, A4, cleaned Liberation fonts (advice sans, comments
serif). All content is invented.

Run:  /tmp/blind39en/bin/python tests/docs/src/blind39/gen_en_venice_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b39en as H
from fpdf import FPDF

NAME = "blind39_en_venice"
BLUE = (0, 58, 112)
GREY = (90, 90, 90)


class Base(FPDF):
    running = ""
    foot = "- %d -"
    fam = "AR"

    def __init__(self):
        super().__init__(format="A4", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
            self.add_font("SE", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 3, 20))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.n = 0

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1 or not self.running:
            return
        self.set_font("AR", "", 8)
        self.set_text_color(*GREY)
        self.set_y(12)
        self.cell(0, 4, self.running, align="L")
        self.set_y(22)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 8.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0)

    def head(self, t, size=11, before=4):
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.multi_cell(0, size * 0.5, t)
        self.ln(2)

    def p(self, t, style="", size=10.5, after=2.5, h=5.2, ind=0):
        self.set_font(self.fam, style, size)
        if ind:
            self.set_x(self.l_margin + ind)
            self.multi_cell(self.epw - ind, h, t, markdown=True)
        else:
            self.multi_cell(0, h, t, markdown=True)
        self.ln(after)

    def np(self, t, size=10.5, after=2.5, h=5.2):
        """Numbered paragraph: number in the left column."""
        self.n += 1
        self.set_font(self.fam, "", size)
        y = self.get_y()
        if y > self.h - 35:
            self.add_page()
        self.cell(10, h, "%d." % self.n)
        self.multi_cell(self.epw - 10, h, t, markdown=True)
        self.ln(after)

    def dash(self, t, ind=18, size=10.5, h=5.2, after=1.8):
        self.set_font(self.fam, "", size)
        self.set_x(self.l_margin + ind - 5)
        self.cell(5, h, "-")
        self.multi_cell(self.epw - ind, h, t, markdown=True)
        self.ln(after)


RECS = [
    "to provide that not less than half of the members of the High Judicial Council are judges elected by their "
    "peers from all levels of the judiciary;",
    "to require a qualified majority of three fifths in Parliament for the election of the lay members, coupled "
    "with an effective anti-deadlock mechanism;",
    "to delete the transitional provision (Article 71) terminating the mandates of the current members of the "
    "Council upon the entry into force of the Law;",
    "to define the disciplinary offences in Article 41 with sufficient precision and to exclude liability for "
    "the interpretation of the law or the assessment of facts and evidence;",
    "to provide for an appeal to the Supreme Court, on points of law and of fact, against disciplinary decisions "
    "of the Council;",
    "to require that the Council's decisions on the appointment and promotion of judges be reasoned and "
    "published;",
    "to give the Council a separate budget line in the State budget and to involve it in the preparation of "
    "the budget of the judiciary.",
]


def advice(path):
    pdf = Base()
    pdf.running = "CDL-AD(2026)009"
    pdf.add_page()
    pdf.set_font("AR", "", 9)
    pdf.cell(80, 5, "Strasbourg, 16 March 2026")
    pdf.cell(0, 5, "CDL-AD(2026)009", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Opinion No. 1214/2025")
    pdf.cell(0, 5, "Or. Engl.", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("AR", "B", 12)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, 6, "EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW\n(VENICE COMMISSION)", align="C")
    pdf.set_text_color(0)
    pdf.ln(8)
    pdf.set_font("AR", "B", 12)
    pdf.multi_cell(0, 6, "REPUBLIC OF OSTREVIA", align="C")
    pdf.ln(4)
    pdf.multi_cell(0, 6, "OPINION\nON THE DRAFT LAW ON THE HIGH JUDICIAL COUNCIL", align="C")
    pdf.ln(4)
    pdf.set_font("AR", "", 10)
    pdf.multi_cell(0, 5, "Adopted by the Venice Commission\nat its 146th Plenary Session\n(Venice, 13-14 March 2026)",
                   align="C")
    pdf.ln(4)
    pdf.multi_cell(0, 5, "On the basis of comments by\n\nMs Helga Brandstetter (Member, Austria)\nMr Tomas Lindahl "
                         "(Substitute Member, Sweden)\nMr Pierre-Alain Dufour (Expert, Directorate General Human "
                         "Rights and Rule of Law)", align="C")
    pdf.ln(6)
    pdf.head("I. Introduction", before=2)
    pdf.np("By letter of 9 October 2025, the Minister of Justice of the Republic of Ostrevia, Mr Andrei Volkan, "
           "requested an opinion of the Venice Commission on the draft Law on the High Judicial Council (the draft "
           "Law, CDL-REF(2025)058).")
    pdf.np("Ms Brandstetter and Mr Lindahl acted as rapporteurs for this opinion. On 20 and 21 January 2026 a "
           "delegation of the Commission held meetings in Ostrevgrad with the Ministry of Justice, the High "
           "Judicial Council, the Supreme Court, the parliamentary Committee on Legal Affairs, the Association of "
           "Judges and civil society organisations. The Commission is grateful for the excellent cooperation.")
    pdf.np("This opinion was prepared on the basis of the English translation of the draft Law. The translation "
           "may not accurately reflect the original version on all points.")
    pdf.np("This opinion was examined at the joint meeting of the Sub-Commissions on the Rule of Law and on the "
           "Judiciary on 12 March 2026 and adopted by the Venice Commission at its 146th Plenary Session (Venice, "
           "13-14 March 2026).")
    pdf.head("II. Background and scope of the opinion")
    pdf.np("The High Judicial Council was established by Article 118 of the Constitution of 2004. It decides on the "
           "appointment, promotion, transfer and discipline of judges. The draft Law would replace the Law on the "
           "High Judicial Council of 2011 in its entirety. The opinion addresses only the provisions on "
           "composition, election, disciplinary liability, transparency, budget and the transitional provisions.")
    pdf.np("In its 2021 opinion on amendments to the Law on Courts (CDL-AD(2021)031), the Commission recommended "
           "\"to abolish the power of the Minister of Justice to initiate disciplinary proceedings against "
           "judges\". The Commission welcomes that the draft Law implements this recommendation: under Article 40, "
           "only the Council's Disciplinary Inspector may initiate proceedings.")
    pdf.head("III. Analysis")
    pdf.head("A. Composition of the Council", size=10.5, before=1)
    pdf.np("The draft Law would change the composition of the Council as follows:")
    pdf.set_font("AR", "B", 9)
    pdf.set_fill_color(225, 232, 242)
    w = [60, 50, 50]
    for i, t in enumerate(["Category of members", "Law of 2011", "Draft Law (Art. 5)"]):
        pdf.cell(w[i], 6, t, border=1, fill=True)
    pdf.ln()
    pdf.set_font("AR", "", 9)
    for row in (("Judges elected by judges", "9", "6"), ("Lay members elected by Parliament", "5", "7"),
                ("Ex officio (President of the Supreme Court, Minister of Justice)", "1", "2"),
                ("Total", "15", "15")):
        if len(row[0]) > 34:
            x, y = pdf.get_x(), pdf.get_y()
            pdf.multi_cell(w[0], 5, row[0], border=1, new_x="RIGHT", new_y="TOP")
            pdf.set_xy(x + w[0], y)
            pdf.cell(w[1], 10, row[1], border=1)
            pdf.cell(w[2], 10, row[2], border=1)
            pdf.ln()
        else:
            pdf.cell(w[0], 6, row[0], border=1)
            pdf.cell(w[1], 6, row[1], border=1)
            pdf.cell(w[2], 6, row[2], border=1)
            pdf.ln()
    pdf.ln(3)
    pdf.np("Under Recommendation CM/Rec(2010)12 of the Committee of Ministers, paragraph 27, \"not less than half "
           "the members of such councils should be judges chosen by their peers from all levels of the judiciary\". "
           "With six judges out of fifteen, the draft Law falls below this standard, and the addition of the "
           "Minister of Justice as an ex officio member increases the weight of the executive.")
    pdf.np("The authorities explained that a larger lay component would counter what they described as corporatism "
           "within the judiciary. The Commission understands this concern, which is shared in several member "
           "States; but the answer to it lies in the way the lay members are chosen, not in reducing the judicial "
           "component below half.")
    pdf.head("B. Election of the lay members", size=10.5, before=1)
    pdf.np("Under Article 9, lay members are elected by a simple majority of the members of Parliament present. A "
           "simple majority allows the governing majority to choose all seven lay members. The election of lay "
           "members should ensure that they are not seen as the representatives of one political force. A "
           "qualified majority alone, however, risks deadlock, as happened in 2019 when the Council could not be "
           "constituted for eleven months.")
    pdf.head("C. Disciplinary liability", size=10.5, before=1)
    pdf.np("Article 41 lists as disciplinary offences, among others, \"unprofessional conduct\", \"conduct "
           "damaging the reputation of the judiciary\" and \"an obviously wrong decision\". These terms are too "
           "vague. A judge should not be exposed to disciplinary liability for the content of his or her "
           "decisions, except in cases of malice or gross negligence.")
    pdf.np("Article 47 provides that a disciplinary decision of the Council is final. Under the standards of the "
           "European Court of Human Rights, disciplinary proceedings against judges must offer the guarantees of "
           "Article 6 of the European Convention on Human Rights, including review by a body with full "
           "jurisdiction.")
    pdf.head("D. Transparency and budget", size=10.5, before=1)
    pdf.np("Articles 22 to 26 govern appointments and promotions but do not say whether the Council must give "
           "reasons for its decisions or publish them. Several interlocutors told the delegation that candidates "
           "learn the outcome from the press.")
    pdf.np("The Council's budget is part of the budget of the Ministry of Justice (Article 63). In 2025 it amounted "
           "to 4.3 million euros, of which 71 percent were staff costs. Financial dependence on a ministry is not "
           "compatible with the Council's role as guarantor of judicial independence.")
    pdf.head("E. Transitional provisions", size=10.5, before=1)
    pdf.np("Article 71 would terminate the mandates of all current members of the Council on the day the Law "
           "enters into force. The early termination of the mandates of members of a constitutional body, in the "
           "absence of any individual wrongdoing, sets a dangerous precedent and undermines the continuity of the "
           "institution. Reforms of this kind should as a rule apply to future mandates.")
    pdf.head("IV. Conclusion")
    pdf.np("The Venice Commission welcomes the authorities' efforts to reform the High Judicial Council and several "
           "positive features of the draft Law, in particular the removal of the Minister's power to initiate "
           "disciplinary proceedings and the introduction of public hearings of candidates. However, a number of "
           "provisions would weaken the independence of the Council.")
    pdf.np("The Venice Commission makes the following key recommendations:")
    for r in RECS[:3]:
        pdf.dash(r)
    pdf.np("The Venice Commission further recommends:")
    for r in RECS[3:]:
        pdf.dash(r)
    pdf.np("The Venice Commission remains at the disposal of the authorities of Ostrevia for further assistance in "
           "this matter.")
    pdf.output(path)


def response(path):
    pdf = Base()
    pdf.fam = "SE"
    pdf.running = "CDL-REF(2026)021"
    pdf.foot = "%d"
    pdf.add_page()
    pdf.set_font("AR", "", 9)
    pdf.cell(80, 5, "Strasbourg, 5 June 2026")
    pdf.cell(0, 5, "CDL-REF(2026)021", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Opinion No. 1214/2025")
    pdf.cell(0, 5, "Engl. only", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("AR", "B", 12)
    pdf.set_text_color(*BLUE)
    pdf.multi_cell(0, 6, "EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW\n(VENICE COMMISSION)", align="C")
    pdf.set_text_color(0)
    pdf.ln(6)
    pdf.multi_cell(0, 6, "REPUBLIC OF OSTREVIA", align="C")
    pdf.ln(3)
    pdf.multi_cell(0, 6, "COMMENTS OF THE MINISTRY OF JUSTICE\nON THE OPINION ON THE DRAFT LAW ON THE HIGH JUDICIAL "
                         "COUNCIL (CDL-AD(2026)009)", align="C")
    pdf.ln(3)
    pdf.set_font("AR", "", 9.5)
    pdf.multi_cell(0, 5, "This document will not be distributed at the meeting. Please bring this copy.", align="C")
    pdf.ln(6)
    pdf.np("The Ministry of Justice of the Republic of Ostrevia thanks the Venice Commission for its opinion and for "
           "the constructive dialogue with the rapporteurs. Following the opinion, the Government adopted a "
           "revised draft Law on 28 May 2026. The Ministry sets out below how the revised draft responds to the "
           "opinion, taking the issues in the order of the revised draft.")
    pdf.head("Composition and election of the Council (Articles 5 and 9)", size=10.5)
    pdf.np("The revised Article 5 now provides that eight of the fifteen members of the Council shall be judges "
           "elected by the judges of all court instances, and the Minister of Justice is no longer an ex officio "
           "member.")
    pdf.np("Under the revised Article 9, lay members are elected by a majority of three fifths of all members of "
           "Parliament. The Ministry has examined several models of an anti-deadlock mechanism with the "
           "parliamentary groups, but none has obtained the necessary support so far. The revised draft therefore "
           "contains no such mechanism; the Ministry will continue consultations on this question.")
    pdf.head("Discipline (Articles 41 and 47)", size=10.5)
    pdf.np("Article 41 has been redrafted: the terms \"unprofessional conduct\" and \"an obviously wrong decision\" "
           "have been deleted, the remaining offences are listed exhaustively, and a new paragraph 3 states that the "
           "interpretation of the law and the assessment of evidence cannot give rise to disciplinary liability "
           "unless committed with malice. As to judicial review of disciplinary decisions, this question concerns "
           "the jurisdiction of the Supreme Court, which is governed by the Law on Courts. The Ministry has "
           "forwarded the Commission's proposal to the inter-institutional working group preparing amendments "
           "to that Law, which will take it into account in its work.")
    pdf.head("Appointments and promotions (Articles 22 to 26)", size=10.5)
    pdf.np("The Ministry respectfully notes that the Council is a public authority within the meaning of the Law "
           "on General Administrative Procedure of 2016. Article 23 of that Law already obliges it to state the "
           "reasons for its individual decisions, and the Council has published all of its decisions on "
           "appointments on its website since January 2024. An amendment of the draft Law is therefore not "
           "necessary.")
    pdf.head("Transitional provisions (Article 71)", size=10.5)
    pdf.np("The Government has decided to retain Article 71. The current members were elected under rules which, as "
           "the Commission itself observed in 2019, did not ensure their independence, and public trust in the "
           "Council stands at 19 percent. The renewal of the Council is a one-off measure, and outgoing members "
           "may stand for election again.")
    pdf.head("Public consultation", size=10.5)
    pdf.np("The revised draft was published on the national e-consultation portal from 2 to 30 April 2026 and "
           "received 212 written comments, including from the Association of Judges and the Bar Association. A "
           "report on the consultation is available in Ostrevian on the Ministry's website.")
    pdf.np("The Ministry will keep the Commission informed of the parliamentary procedure, which is expected to "
           "begin in September 2026.")
    pdf.ln(4)
    pdf.p("Ostrevgrad, 29 May 2026", style="I")
    pdf.output(path)


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(adv)
    response(rsp)
    recs = [
        {"number": "1", "starts_with": "to provide that not less than half of the members",
         "reply_contains": "eight of the fifteen members of the Council shall be judges",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "to require a qualified majority of three fifths in Parliament",
         "reply_contains": "The revised draft therefore contains no such mechanism",
         "verdict": "partly"},
        {"number": "3", "starts_with": "to delete the transitional provision (Article 71) terminating the mandates",
         "reply_contains": "The Government has decided to retain Article 71",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "to define the disciplinary offences in Article 41 with sufficient precision",
         "reply_contains": "the remaining offences are listed exhaustively, and a new paragraph",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "to provide for an appeal to the Supreme Court, on points",
         "reply_contains": "forwarded the Commission's proposal to the inter-institutional working group",
         "verdict": "noted"},
        {"number": "6", "starts_with": "to require that the Council's decisions on the appointment and promotion",
         "reply_contains": "An amendment of the draft Law is therefore not necessary",
         "verdict": "agrees", "also": ["noted", "disagrees"]},
        {"number": "7", "starts_with": "to give the Council a separate budget line in the",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["published on the national e-consultation portal from 2 to 30 April 2026"]
    notes = ("Council of Europe Venice Commission opinion on a draft law answered by the national authorities' "
             "comments published as a CDL-REF document (invented Republic of Ostrevia, draft Law on the High "
             "Judicial Council; fpdf2, A4, advice sans serif, comments serif, both with numbered paragraphs in a "
             "left column and 'CDL-...' running headers). Advice: numbered paragraphs 1.-19.; the seven "
             "recommendations are UNNUMBERED dash items in the infinitive ('to provide that ...') in the "
             "Conclusion, three after 'The Venice Commission makes the following key recommendations:' and four "
             "after 'The Venice Commission further recommends:', numbered 1-7 in document order. Traps: the "
             "composition table (Law of 2011 vs draft Law), CM/Rec(2010)12 paragraph 27 quoted with 'should', the "
             "2021 opinion's recommendation quoted and implemented, analysis sentences with 'should' ('The election "
             "of lay members should ensure', 'A judge should not be exposed', 'Reforms of this kind should as a rule "
             "apply to future mandates'), Article numbers and ECHR Article 6, the Conclusion's welcome and 'remains "
             "at the disposal'. Response: numbered paragraphs under topic headings in the order of the revised "
             "draft (1+2, 4+5, 6, 3, consultation): eight of fifteen judges elected by peers (1 agrees); "
             "three-fifths majority adopted but no anti-deadlock mechanism (2 partly); ONE paragraph on discipline "
             "with Article 41 redrafted as asked (4 agrees) and the appeal question forwarded to the working group "
             "on the Law on Courts (5 noted, referral); reasons and publication already required by the general "
             "administrative procedure law, 'An amendment ... is therefore not necessary' (6 agrees as 'already "
             "done'; noted or disagrees acceptable); Article 71 retained (3 disagrees); 7 (separate budget line) "
             "never mentioned (unanswered). The 'Public consultation' paragraph answers no recommendation "
             "(unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

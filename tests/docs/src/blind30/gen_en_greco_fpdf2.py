"""Round 30 (EN): Council of Europe GRECO Fifth Evaluation Round report (top executive functions and law
enforcement) and the authorities' Situation Report on the measures taken. fpdf2, A4, cleaned Liberation fonts,
running header with the document symbol, 'N' page numbers, footnotes at the page foot. All content (country,
bodies, people, figures) invented.

Run:  /tmp/blind30en/bin/python tests/docs/src/blind30/gen_en_greco_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b30en as H
from fpdf import FPDF, FontFace

NAME = "blind30_en_greco"
COE = (0, 61, 125)


class Doc(FPDF):
    def __init__(self, symbol, left_header):
        super().__init__(format="A4", unit="mm")
        self.symbol, self.left_header = symbol, left_header
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        self.set_margins(25, 24, 25)
        self.set_auto_page_break(True, 28)
        self.set_creation_date(datetime.datetime(2024, 9, 2))
        self.notes = {}
        self.fn = 0
        self.pnum = 0

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("AR", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(25, 12)
        self.cell(80, 4, self.left_header)
        self.cell(80, 4, self.symbol, align="R")
        self.set_draw_color(*COE)
        self.line(25, 17.5, 185, 17.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(25, 24)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        lm = self.l_margin
        self.set_left_margin(25)
        if notes:
            self.set_font("AR", "", 7.5)
            lines = sum(len(self.multi_cell(160, 3.5, f"{n} {t}", dry_run=True, output="LINES")) for n, t in notes)
            y = 297 - 26 - 3.5 * lines - 2
            self.set_draw_color(0, 0, 0)
            self.line(25, y, 65, y)
            self.set_xy(25, y + 1)
            for n, t in notes:
                self.set_x(25)
                self.multi_cell(160, 3.5, f"{n} {t}")
        self.set_xy(25, 285)
        self.set_font("AR", "", 8)
        self.cell(160, 4, str(self.page_no()), align="C")
        self.set_left_margin(lm)

    def h1(self, t):
        if self.will_page_break(22):
            self.add_page()
        self.ln(3)
        self.set_font("AR", "B", 11.5)
        self.set_text_color(*COE)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        if self.will_page_break(18):
            self.add_page()
        self.ln(1)
        self.set_font("AR", "BI", 10)
        self.multi_cell(0, 5.2, t)
        self.ln(1)

    def para(self, text, note=None, num=True, md=True):
        """Numbered paragraph; '^' marks where the footnote marker goes; '**' bold via markdown."""
        if self.will_page_break(11):
            self.add_page()
        y = self.get_y()
        self.set_font("AR", "", 9.5)
        if num:
            self.pnum += 1
            self.set_xy(25, y)
            self.cell(9, 5, f"{self.pnum}.")
            self.set_left_margin(34)
            self.set_xy(34, y)
        if note:
            a, b = text.split("^")
            self.write_md(a)
            self.fn += 1
            self.notes.setdefault(self.page_no(), []).append((self.fn, note))
            self.char_vpos = "SUP"
            self.write(5, str(self.fn))
            self.char_vpos = "LINE"
            self.write_md(b)
            self.ln(5)
        else:
            self.multi_cell(0, 5, text, markdown=md)
        self.ln(2)
        self.set_left_margin(25)

    def write_md(self, text):
        for k, seg in enumerate(text.split("**")):
            self.set_font("AR", "B" if k % 2 else "", 9.5)
            if seg:
                self.write(5, seg)
        self.set_font("AR", "", 9.5)

    def item(self, label, text, indent=34, lab_x=27, style=""):
        if self.will_page_break(10):
            self.add_page()
        y = self.get_y()
        self.set_font("AR", style, 9.5)
        self.set_xy(lab_x, y)
        self.cell(indent - lab_x, 5, label)
        self.set_left_margin(indent)
        self.set_xy(indent, y)
        self.multi_cell(0, 5, text, markdown=True)
        self.ln(1.2)
        self.set_left_margin(25)


REC = {
    "i": "that a code of conduct for persons with top executive functions be adopted and made public, "
         "complemented by a mechanism of confidential counselling and by regular awareness-raising",
    "ii": "that the recruitment of political advisers be made transparent, that they be subject to integrity "
          "checks before appointment and that their names, functions and remuneration be published online",
    "iii": "that persons with top executive functions be required to disclose conflicts of interest ad hoc, as "
           "they arise, and that an adequate mechanism of supervision and sanction be established",
    "iv": "that rules on post-employment restrictions be introduced for persons with top executive functions, "
          "including a cooling-off period and an obligation to report new employment",
    "v": "that integrity checks be carried out on members of the State Police and the Border Guard Service at "
         "recruitment and at regular intervals during their careers",
    "vi": "that the system of promotion within the State Police be based on open competition and merit, and that "
          "vacancies and the criteria applied be published",
    "vii": "that a comprehensive framework for the protection of whistleblowers be established for the staff of "
           "the State Police and the Border Guard Service",
}


def advice(path):
    d = Doc("GrecoEval5Rep(2024)7", "Fifth Evaluation Round - Evaluation Report - Valdoria")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("AR", "B", 9)
    d.set_text_color(*COE)
    d.cell(80, 5, "GROUP OF STATES AGAINST CORRUPTION")
    d.cell(80, 5, "COUNCIL OF EUROPE", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("AR", "", 9)
    d.ln(10)
    d.multi_cell(0, 4.6, "Adoption: 14 June 2024\nPublication: 2 September 2024\nPublic\nGrecoEval5Rep(2024)7")
    d.ln(14)
    d.set_font("AR", "B", 18)
    d.set_text_color(*COE)
    d.multi_cell(0, 9, "FIFTH EVALUATION ROUND", align="C")
    d.set_font("AR", "B", 13)
    d.multi_cell(0, 7, "Preventing corruption and promoting integrity in central governments (top executive "
                       "functions) and law enforcement agencies", align="C")
    d.ln(6)
    d.set_font("AR", "B", 15)
    d.multi_cell(0, 8, "EVALUATION REPORT\nVALDORIA", align="C")
    d.set_text_color(0, 0, 0)
    d.ln(8)
    d.set_font("AR", "I", 9)
    d.multi_cell(0, 4.6, "Adopted by GRECO at its 97th Plenary Meeting (Strasbourg, 10-14 June 2024)", align="C")
    d.ln(12)

    d.h1("I. EXECUTIVE SUMMARY")
    d.para("This report evaluates the effectiveness of the framework in place in Valdoria to prevent corruption "
           "among persons with top executive functions (PTEFs: the President of the Council of Ministers, "
           "ministers, deputy ministers and political advisers) and members of the State Police and the Border "
           "Guard Service. It aims at supporting the ongoing reflection in the country as to how to strengthen "
           "transparency, integrity and accountability in public life.")
    d.para("Valdoria has a comprehensive anti-corruption strategy for 2022-2026 and an independent Commission for "
           "the Prevention of Corruption (CPC). However, the strategy does not address PTEFs specifically, and "
           "there is no code of conduct for members of the Government. GRECO finds that the rules on conflicts of "
           "interest rely almost entirely on annual asset declarations and that nothing regulates what ministers "
           "may do after leaving office.")
    d.para("As regards law enforcement, the State Police has made progress in recent years, notably through a new "
           "code of ethics adopted in 2021. Integrity screening is, however, limited to a criminal records check, "
           "promotion decisions are perceived as opaque, and staff who report wrongdoing enjoy no specific "
           "protection.")

    d.h1("II. INTRODUCTION AND METHODOLOGY")
    d.para("Valdoria joined GRECO in 2001 and has been evaluated in the framework of GRECO's First to Fourth "
           "Evaluation Rounds.^ The Fourth Round Compliance procedure was closed in 2022, with 9 of the 12 "
           "recommendations implemented satisfactorily.",
           note="The evaluation reports and compliance reports are available on GRECO's website: "
                "www.coe.int/greco.")
    d.para("The GRECO Evaluation Team (GET) carried out an on-site visit to Celmara from 5 to 9 February 2024. It "
           "met representatives of the Office of the President of the Council of Ministers, the Ministry of the "
           "Interior, the CPC, the State Police, the Border Guard Service, the Ombudsman, journalists and civil "
           "society organisations.")

    d.h1("III. CONTEXT")
    d.para("Perceptions of corruption in Valdoria remain above the European average. In the 2023 Eurobarometer, "
           "71% of respondents considered corruption widespread in the country and 38% believed that it had "
           "increased over the past three years.^ Two former ministers are currently on trial for abuse of office "
           "in connection with public procurement.",
           note="Special Eurobarometer 534, Citizens' attitudes towards corruption in the EU (fictitious country "
                "profile), 2023.")

    d.h1("IV. PREVENTING CORRUPTION IN CENTRAL GOVERNMENTS (TOP EXECUTIVE FUNCTIONS)")
    d.h2("System of government and top executive functions")
    d.para("The Council of Ministers consists of the President, two deputy presidents and 14 ministers. Each "
           "member of the Government may appoint up to five political advisers, whose contracts end with the "
           "minister's term. At the time of the visit there were 61 political advisers, as shown below.")
    # table over the page
    rows = [("Office", "Ministers", "Deputy ministers", "Political advisers"),
            ("President of the Council of Ministers", "1", "2", "9"),
            ("Ministry of Finance", "1", "2", "5"),
            ("Ministry of the Interior", "1", "3", "5"),
            ("Ministry of Justice", "1", "1", "4"),
            ("Ministry of Economy and Energy", "1", "2", "5"),
            ("Ministry of Health", "1", "2", "4"),
            ("Other ministries (10)", "10", "14", "29"),
            ("Total", "16", "26", "61")]
    d.set_font("AR", "", 8.5)
    with d.table(col_widths=(70, 25, 30, 35), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=(220, 230, 242)),
                 line_height=4.6, repeat_headings=1) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.para("Political advisers are recruited at the sole discretion of the minister. No vetting takes place beyond "
           "a criminal records check, and the list of advisers is not published. The GET was told that several "
           "advisers also hold positions in private companies. **GRECO therefore recommends " + REC["ii"] +
           ".**")
    d.h2("Ethical principles and rules of conduct")
    d.para("There is no code of conduct applicable to members of the Government. A draft code prepared by the CPC "
           "in 2019 was never adopted. Ministers met by the GET considered that the Constitution and the criminal "
           "law provide sufficient guidance. GRECO does not share this view: criminal law sets only the lower "
           "limit of acceptable behaviour. **GRECO recommends " + REC["i"] + ".**")
    d.para("GRECO notes that some ministries have published internal guidance on gifts. The guidance of the "
           "Ministry of Health, which sets a value threshold of 50 euros and requires all gifts to be recorded in a "
           "public register, is a good example which others could follow.")
    d.h2("Transparency and oversight of executive activities")
    d.para("Valdoria has no rules on lobbying. Meetings between ministers and interest representatives are not "
           "recorded. GRECO encourages the authorities to consider introducing a register of meetings between "
           "persons with top executive functions and third parties seeking to influence government decisions. "
           "It does not, at this stage, make a formal recommendation on this point.")
    d.h2("Conflicts of interest")
    d.para("The Law on the Prevention of Conflicts of Interest (2011) applies to ministers but not to political "
           "advisers. It requires an annual declaration of assets and interests. It does not contain an obligation "
           "to disclose a conflict when it arises in a specific matter, for example when a decision before the "
           "Council of Ministers concerns a company in which a minister's spouse has an interest. The CPC may "
           "review declarations but has no power to impose sanctions on ministers. **GRECO recommends " +
           REC["iii"] + ".**")
    d.h2("Post-employment restrictions")
    d.para("There are no restrictions on the activities of ministers after they leave office. The GET heard of "
           "several cases in which former ministers took up positions in companies they had regulated, within "
           "weeks of leaving government. In its Fourth Round report, GRECO had already recommended \"that rules "
           "be introduced for members of parliament on accepting employment after the end of their mandate\"; "
           "that recommendation concerned parliamentarians and was found to be partly implemented. **GRECO "
           "recommends " + REC["iv"] + ".**")

    d.h1("V. PREVENTING CORRUPTION IN LAW ENFORCEMENT AGENCIES")
    d.h2("Organisation and accountability")
    d.para("The State Police has 18,400 staff and the Border Guard Service 4,100. Both are under the authority of "
           "the Ministry of the Interior. Internal investigations are carried out by the Internal Control "
           "Directorate of the Ministry, which received 512 complaints in 2023.")
    d.h2("Recruitment, career and conditions of service")
    d.para("Applicants to both services undergo a criminal records check and a psychological test. There is no "
           "background check into their financial situation or associations, and no further check after "
           "appointment, even for posts exposed to risk such as border crossing points. **GRECO recommends " +
           REC["v"] + ".**")
    d.para("Promotion above the rank of inspector is decided by the Director General of the State Police on the "
           "proposal of a commission whose composition is not public. Many officers interviewed by the GET "
           "perceived promotions as depending on personal connections. **GRECO recommends " + REC["vi"] + ".**")
    d.h2("Reporting misconduct and whistleblower protection")
    d.para("Police officers are required by the Police Act to report offences committed by colleagues, but there "
           "is no confidential channel and no protection against retaliation. Valdoria has not yet transposed "
           "Directive (EU) 2019/1937 on the protection of persons who report breaches of Union law.^ **GRECO "
           "recommends " + REC["vii"] + ".**",
           note="The Directive should have been transposed by 17 December 2021. A draft law was before the "
                "National Assembly at the time of the visit.")

    d.h1("VI. RECOMMENDATIONS AND FOLLOW-UP")
    d.para("In view of the findings of the present report, GRECO addresses the following recommendations to "
           "Valdoria:")
    d.set_font("AR", "BI", 9.5)
    d.set_x(34)
    d.multi_cell(0, 5, "Regarding central governments (top executive functions)")
    d.ln(1)
    for k in ("i", "ii", "iii", "iv"):
        d.item(k + ".", REC[k] + (";" if k != "iv" else ";"), indent=42, lab_x=34)
    d.set_font("AR", "BI", 9.5)
    d.set_x(34)
    d.multi_cell(0, 5, "Regarding law enforcement agencies")
    d.ln(1)
    for k in ("v", "vi", "vii"):
        d.item(k + ".", REC[k] + (";" if k != "vii" else "."), indent=42, lab_x=34)
    d.ln(1)
    d.para("Pursuant to Rule 30.2 of the Rules of Procedure, GRECO invites the authorities of Valdoria to submit "
           "a report on the measures taken to implement the above-mentioned recommendations by 31 December 2025. "
           "These measures will be assessed by GRECO through its specific compliance procedure.")
    d.para("GRECO invites the authorities of Valdoria to authorise, at their earliest convenience, the publication "
           "of this report, and to make a translation of it into the national language available to the public.")
    d.output(path)


def response(path):
    d = Doc("RC5(2025)7", "Situation Report - Valdoria - Fifth Evaluation Round")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("AR", "B", 9)
    d.cell(160, 5, "REPUBLIC OF VALDORIA", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "", 9)
    d.cell(160, 5, "Ministry of Justice - Department for International Cooperation", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.multi_cell(0, 4.6, "Celmara, 18 December 2025\nRC5(2025)7\nRestricted until examined by GRECO")
    d.ln(8)
    d.set_font("AR", "B", 13)
    d.set_text_color(*COE)
    d.multi_cell(0, 6.5, "SITUATION REPORT\non the measures taken by Valdoria to implement the recommendations "
                         "of the Fifth Round Evaluation Report (GrecoEval5Rep(2024)7)", align="C")
    d.set_text_color(0, 0, 0)
    d.ln(6)

    d.h1("Introduction")
    d.para("This report is submitted under Rule 30.2 of GRECO's Rules of Procedure. It was prepared by the "
           "Ministry of Justice on the basis of contributions from the Office of the President of the Council of "
           "Ministers, the Ministry of the Interior and the Commission for the Prevention of Corruption. Because "
           "the reform of the law enforcement agencies was completed first, the measures concerning the State "
           "Police and the Border Guard Service are presented before those concerning top executive functions.")

    d.h1("Part I - Law enforcement agencies")
    d.h2("Recommendation vii.")
    d.para("The Whistleblowers Act (Act No. 41/2025) was adopted by the National Assembly on 12 February 2025 and "
           "entered into force on 1 June 2025. It applies to all persons employed in the public sector, including "
           "officers and civilian staff of the State Police and the Border Guard Service. Reports may be made "
           "through an internal channel in each service, to the Ombudsman as the external authority, or publicly. "
           "Retaliation is prohibited and the burden of proof lies with the employer. Internal channels have been "
           "set up in both services, and by 30 November 2025 the Ombudsman had received 14 reports from police "
           "staff. The authorities consider that this recommendation has been implemented.")
    d.h2("Recommendations v. and vi.")
    d.para("These two recommendations were taken forward together in the Decree on Careers in the Internal "
           "Affairs Services of 3 July 2025.")
    d.para("Since 1 September 2025, every applicant to the State Police or the Border Guard Service is subject to "
           "an extended background check carried out by the Internal Control Directorate, covering financial "
           "circumstances, associations and social media activity. The authorities have, however, decided not to "
           "introduce periodic checks for serving officers. In their view, repeated checks of the entire workforce "
           "would be disproportionate to the risk and difficult to reconcile with the right to private life; "
           "serving officers will be checked again only when they apply for a post designated as high-risk.")
    d.para("As regards promotion, the Decree abolishes the former promotion commission. All posts above the rank "
           "of inspector are now filled through an open competition, announced on the State Police intranet and "
           "on the Ministry of the Interior website together with the selection criteria and the composition of "
           "the selection panel, which includes an external member nominated by the Ombudsman. The first "
           "competitions under the new rules were held in October 2025.")

    d.h1("Part II - Central governments (top executive functions)")
    d.h2("Recommendation i.")
    d.para("A Code of Ethics for Members of the Government and Political Advisers was adopted by decision of the "
           "Council of Ministers of 27 March 2025 and is published in the Official Gazette and on the Government's "
           "website. An Integrity Adviser has been appointed in the Office of the President of the Council of "
           "Ministers to give confidential advice to ministers and advisers on the application of the Code, and "
           "a half-day induction session is now compulsory for every new member of the Government. The "
           "authorities therefore regard this recommendation as fully implemented.")
    d.h2("Recommendation iii.")
    d.para("The introduction of ad hoc disclosure is being examined by the inter-ministerial working group on the "
           "revision of the Law on the Prevention of Conflicts of Interest, set up in May 2025. The working group "
           "is also considering whether the Commission for the Prevention of Corruption should be given power "
           "to impose sanctions. Its report is expected in the second half of 2026, and the authorities will "
           "inform GRECO of its conclusions in due course.")
    d.h2("Recommendation iv.")
    d.para("The authorities have given careful consideration to this recommendation. They maintain the position "
           "expressed during the on-site visit that a statutory cooling-off period for former ministers would "
           "restrict the constitutional freedom to choose an occupation, and that the existing criminal offences "
           "of trading in influence and abuse of office provide adequate protection. The Government does not, "
           "therefore, intend to propose legislation on post-employment restrictions for persons with top "
           "executive functions.")
    d.h2("Paragraph 11 of the Evaluation Report - contacts with third parties")
    d.para("Although no formal recommendation was made on this point, the Government has decided to publish, "
           "from January 2026, a quarterly list of meetings held by each minister with interest representatives. "
           "The first list will cover the period October to December 2025.")

    d.h1("Concluding remarks")
    d.para("The authorities of Valdoria remain committed to the implementation of GRECO's recommendations and "
           "stand ready to provide any further information GRECO may require. The texts of Act No. 41/2025, the "
           "Decree of 3 July 2025 and the Code of Ethics are attached in English translation (Appendices A to C).")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "i", "starts_with": "that a code of conduct for persons with top executive functions",
         "reply_contains": "An Integrity Adviser has been appointed in the Office", "verdict": "agrees"},
        {"number": "ii", "starts_with": "that the recruitment of political advisers be made transparent, that",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "iii", "starts_with": "that persons with top executive functions be required to disclose",
         "reply_contains": "inter-ministerial working group on the revision of the Law", "verdict": "noted"},
        {"number": "iv", "starts_with": "that rules on post-employment restrictions be introduced for persons",
         "reply_contains": "does not, therefore, intend to propose legislation", "verdict": "disagrees"},
        {"number": "v", "starts_with": "that integrity checks be carried out on members of the State Police",
         "reply_contains": "decided not to introduce periodic checks for serving officers", "verdict": "partly"},
        {"number": "vi", "starts_with": "that the system of promotion within the State Police be based",
         "reply_contains": "the Decree abolishes the former promotion commission", "verdict": "agrees"},
        {"number": "vii", "starts_with": "that a comprehensive framework for the protection of whistleblowers be",
         "reply_contains": "the Ombudsman had received 14 reports from police staff", "verdict": "agrees"},
    ]
    unmatched = ["a quarterly list of meetings held by each minister"]
    notes = ("Council of Europe GRECO Fifth Round evaluation report (fpdf2, A4, cover with adoption/publication "
             "block, running header with the document symbol, bare page numbers, footnotes at the page foot (one "
             "paragraph continues on the next page below its footnote), a table of ministers and political "
             "advisers, paragraphs "
             "numbered 1.-20. in a hanging column). The seven recommendations appear twice: as bold sentences "
             "'GRECO (therefore) recommends that ...' inside numbered body paragraphs, in a different order from "
             "their numbers (ii comes before i in the body), and as the lower-case Roman-numbered list i.-vii. "
             "('that ...' clauses) under 'VI. Recommendations and follow-up', grouped under two italic sub-heads. "
             "Traps: 'GRECO does not share this view', a good-practice paragraph on gift guidance, a paragraph in "
             "which 'GRECO encourages the authorities to consider' a register of meetings but expressly makes no "
             "formal recommendation, a quoted Fourth Round recommendation on parliamentarians, findings ('GRECO "
             "finds that ...'), and the closing Rule 30.2 invitation paragraphs. Response: the authorities' "
             "Situation Report RC5(2025)7 with headings 'Recommendation vii.', 'Recommendations v. and vi.' (ONE "
             "section, three paragraphs: extended checks at recruitment only, periodic checks refused = partly; "
             "promotion by open competition = agrees), then Part II 'Recommendation i.' (code adopted, confidential "
             "Integrity Adviser, 'fully implemented' = agrees), 'Recommendation iii.' (working group examining, "
             "report in 2026 = noted), 'Recommendation iv.' ('maintain the position', 'does not, therefore, intend "
             "to propose legislation' = disagrees); law enforcement first, so the order is vii, v+vi, i, iii, iv; "
             "recommendation ii (political advisers) is never answered, although the reply to i mentions that the new "
             "code also covers political advisers (nothing on their recruitment, vetting or publication); a section 'Paragraph 11 of the Evaluation "
             "Report - contacts with third parties' answers the encouragement, not a recommendation (unmatched); "
             "introduction and concluding remarks answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

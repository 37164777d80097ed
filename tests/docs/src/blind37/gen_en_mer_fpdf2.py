"""Round 37 (EN): an AML/CFT MUTUAL EVALUATION REPORT of a regional body answered by the evaluated country's
CABINET MEMORANDUM (decision note). The advice (invented Indian Ocean Financial Action Group, mutual evaluation of
the invented Republic of Solmara) has a title page block, an executive summary with 'Key Findings' numbered 1.-6.
(findings with 'should'), 'Risks and General Situation', the 2015 evaluation's recommendation quoted as addressed,
a ratings table of Immediate Outcomes IO.1-IO.11 and a table of standards 'R.1'-'R.40' (references such as
'Recommendation 24' are the international standards, not the report's recommendations), and 'Priority Actions'
lettered a)-g), most opening 'Solmara should'. The response is a Cabinet memorandum with numbered paragraphs:
Purpose, Background, the Ministry's position on the priority actions by theme in another order (one paragraph
answering d) and f) with different verdicts, a referral to independent regulators, a refusal on constitutional
grounds), g) never mentioned, 'Financial implications' and its own 'Decisions sought' list. fpdf2, A4, cleaned
Liberation fonts; running header and footer. All content (body, country, people, laws, figures) invented.

Run:  /tmp/blind37en/bin/python tests/docs/src/blind37/gen_en_mer_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b37en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind37_en_mer"
NAVY = (20, 45, 95)
GREY = (90, 90, 90)


class Base(FPDF):
    running = ""
    foot = "%d"
    fam = "AR"

    def __init__(self):
        super().__init__(format="A4", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
            self.add_font("SE", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 6, 1))
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 22)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1 or not self.running:
            return
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.set_y(11)
        self.cell(0, 4, self.running, align="L")
        self.set_draw_color(*GREY)
        self.line(24, 16, 186, 16)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0)

    def head(self, t, size=11.5, before=4):
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, size * 0.5, t)
        self.set_text_color(0)
        self.ln(1.5)

    def p(self, t, style="", size=10, after=2.2, h=5):
        self.set_font(self.fam, style, size)
        self.multi_cell(0, h, t, markdown=True)
        self.ln(after)

    def item(self, label, t, ind=9, size=10, after=2, h=5):
        self.set_font(self.fam, "", size)
        self.cell(ind, h, label)
        self.multi_cell(self.epw - ind, h, t, markdown=True)
        self.ln(after)


PA = {
    "a": "Solmara should complete and publish an updated national risk assessment that covers the misuse of "
         "legal persons, real estate and the casino sector, and use it to set the priorities of all competent "
         "authorities.",
    "b": "Solmara should establish a central register of the beneficial owners of companies and foundations, "
         "with adequate, accurate and up-to-date information available to competent authorities without delay.",
    "c": "The Financial Intelligence Unit should be given the staff and IT systems it needs to analyse the "
         "growing number of suspicious transaction reports, including at least twelve additional analysts.",
    "d": "The Gaming Commission and the Real Estate Board should begin risk-based AML/CFT supervision of "
         "casinos and real estate agents, supported by inspections and proportionate sanctions.",
    "e": "Solmara should amend the Proceeds of Crime Act 2014 to provide for non-conviction-based confiscation "
         "of the proceeds of crime.",
    "f": "Law enforcement agencies should routinely conduct parallel financial investigations in all cases "
         "involving drug trafficking, fraud and corruption.",
    "g": "Solmara should implement targeted financial sanctions relating to terrorist financing without delay, "
         "and communicate designations to reporting entities within 24 hours.",
}


def advice():
    pdf = Base()
    pdf.running = "Anti-money laundering and counter-terrorist financing measures - Republic of Solmara - 2026"
    pdf.foot = "%d"
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, 210, 46, "F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, 12)
    pdf.set_font("AR", "B", 10)
    pdf.cell(0, 5, "INDIAN OCEAN FINANCIAL ACTION GROUP (IOFAG)")
    pdf.set_xy(24, 20)
    pdf.set_font("AR", "B", 17)
    pdf.multi_cell(0, 8, "Anti-money laundering and counter-terrorist financing measures\nRepublic of Solmara")
    pdf.set_text_color(0)
    pdf.set_y(52)
    pdf.p("**Mutual Evaluation Report**  |  May 2026", size=11)
    pdf.p("This report was adopted by the IOFAG Plenary at its meeting in Port Anselm on 14 May 2026. It sets out "
          "the level of effectiveness of Solmara's AML/CFT system and its level of compliance with the "
          "international AML/CFT standards (the 40 Recommendations), based on an on-site visit from 3 to 14 "
          "November 2025.", size=9, h=4.4)
    pdf.head("Executive Summary")
    pdf.p("**Key Findings**")
    for n, t in (
            ("1.", "Solmara has a reasonable understanding of its money laundering risks, but its 2019 national risk "
                   "assessment is out of date and does not cover legal persons."),
            ("2.", "Basic information on companies is held by the Registrar of Companies, but beneficial ownership "
                   "information is rarely accurate. Competent authorities should not have to rely on banks to "
                   "identify beneficial owners."),
            ("3.", "The Financial Intelligence Unit (FIU) produces good-quality analysis, but its eight analysts "
                   "cannot keep up with the 41 per cent increase in suspicious transaction reports since 2022."),
            ("4.", "Banks apply preventive measures well. Casinos and real estate agents are not supervised for "
                   "AML/CFT purposes at all."),
            ("5.", "Confiscation results are modest: 2.1 million dollars was confiscated in 2020-2024, against "
                   "estimated criminal proceeds of over 60 million dollars a year."),
            ("6.", "Solmara has no mechanism to implement targeted financial sanctions without delay.")):
        pdf.item(n, t, ind=7)
    pdf.p("**Risks and General Situation**")
    pdf.p("Solmara is an archipelago of 1.3 million people with a growing offshore services sector. The main "
          "proceeds-generating crimes are drug trafficking, fraud and corruption. In its 2015 mutual evaluation the "
          "assessors recommended that Solmara \"criminalise the financing of individual terrorists\"; this was "
          "addressed by the Prevention of Terrorism (Amendment) Act 2018.")
    pdf.p("**Overall Level of Compliance and Effectiveness**")
    pdf.p("Solmara has made progress since 2015, but significant improvements are needed. Its legal framework "
          "shows moderate shortcomings, in particular on Recommendation 24 (transparency and beneficial ownership "
          "of legal persons) and Recommendation 6 (targeted financial sanctions). The effectiveness ratings are:")
    pdf.set_font("AR", "", 8.5)
    rows = [["IO.1", "IO.2", "IO.3", "IO.4", "IO.5", "IO.6", "IO.7", "IO.8", "IO.9", "IO.10", "IO.11"],
            ["Mod.", "Sub.", "Low", "Mod.", "Low", "Mod.", "Low", "Low", "Mod.", "Low", "Low"]]
    with pdf.table(text_align="CENTER", line_height=4.6, headings_style=FontFace(emphasis="BOLD",
                   fill_color=(222, 228, 240))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)
    pdf.p("Technical compliance ratings (C = compliant, LC = largely compliant, PC = partially compliant, NC = "
          "non-compliant) for selected Recommendations:", size=9)
    pdf.set_font("AR", "", 8.5)
    rows = [["R.1", "R.6", "R.10", "R.22", "R.24", "R.28", "R.29", "R.30", "R.38", "R.40"],
            ["PC", "NC", "LC", "PC", "PC", "NC", "LC", "C", "PC", "LC"]]
    with pdf.table(text_align="CENTER", line_height=4.6, headings_style=FontFace(emphasis="BOLD",
                   fill_color=(222, 228, 240))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    pdf.head("Priority Actions", size=11)
    pdf.p("The assessors recommend the following priority actions to the authorities of Solmara:")
    for k in "abcdefg":
        pdf.item(k + ")", PA[k], ind=8)
    pdf.head("Follow-up", size=11)
    pdf.p("Solmara will be placed in enhanced follow-up. It should report back to the IOFAG Plenary in May 2027 on "
          "the action taken, and may request re-ratings of technical compliance at that time.")
    pdf.p("*The remaining chapters of the report (Chapters 1 to 8 and the Technical Compliance Annex) are not "
          "reproduced in this extract.*", size=8.5)
    pdf.output(H.out(NAME + "_advice.pdf"))


def response():
    pdf = Base()
    pdf.fam = "SE"
    pdf.running = "CONFIDENTIAL  -  CM(26) 118  -  Ministry of Finance and Economic Planning"
    pdf.foot = "Page %d"
    pdf.add_page()
    pdf.set_font("SE", "B", 10)
    pdf.cell(0, 5, "CONFIDENTIAL", align="C")
    pdf.ln(8)
    pdf.set_font("SE", "B", 14)
    pdf.multi_cell(0, 7, "REPUBLIC OF SOLMARA\nCABINET MEMORANDUM", align="C")
    pdf.ln(3)
    pdf.set_font("SE", "", 10)
    for k, v in (("Memorandum No.:", "CM(26) 118"), ("Date:", "23 June 2026"),
                 ("Submitted by:", "Hon. Teresa Valmont-Oduya, Minister of Finance and Economic Planning"),
                 ("Subject:", "Response to the IOFAG Mutual Evaluation Report and National AML/CFT Action Plan "
                              "2026-2028")):
        pdf.set_font("SE", "B", 10)
        pdf.cell(34, 5, k)
        pdf.set_font("SE", "", 10)
        pdf.multi_cell(0, 5, v)
    pdf.ln(2)
    pdf.line(24, pdf.get_y(), 186, pdf.get_y())
    pdf.ln(3)
    pdf.head("PURPOSE", size=10.5, before=1)
    pdf.item("1.", "To seek Cabinet's approval of the Government's response to the priority actions in the Mutual "
                   "Evaluation Report adopted by the IOFAG Plenary on 14 May 2026, and of the National AML/CFT "
                   "Action Plan 2026-2028.")
    pdf.head("BACKGROUND", size=10.5, before=1)
    pdf.item("2.", "The report rates Solmara low on seven of the eleven Immediate Outcomes. Solmara has been placed "
                   "in enhanced follow-up and must report to the Plenary in May 2027. A poor result at that stage "
                   "could lead to listing as a jurisdiction under increased monitoring, with consequences for "
                   "correspondent banking.")
    pdf.head("THE MINISTRY'S POSITION ON THE PRIORITY ACTIONS", size=10.5, before=1)
    pdf.item("3.", "**Beneficial ownership.** The Ministry fully supports the creation of a central register. "
                   "Drafting instructions for a Beneficial Ownership Register Bill are attached at Annex A; the "
                   "register will be held by the Registrar of Companies and open to competent authorities from "
                   "1 July 2027.")
    pdf.item("4.", "**National risk assessment.** Work on the second national risk assessment began in February "
                   "2026, before the report was adopted, and already includes legal persons, real estate and "
                   "casinos. It will be published in December 2026.")
    pdf.item("5.", "**Supervision and investigations.** The Gaming Commission and the Real Estate Board are "
                   "independent statutory bodies, and the Ministry cannot direct their supervisory work. The "
                   "Minister has written to both chairs drawing their attention to the report and inviting them "
                   "to consider risk-based supervision. By contrast, the Commissioner of Police issued a standing "
                   "directive on 2 June 2026 requiring a parallel financial investigation in every drug "
                   "trafficking, fraud and corruption case, and the Anti-Corruption Bureau has adopted the same "
                   "rule.")
    pdf.item("6.", "**Financial Intelligence Unit.** The Ministry proposes six additional analyst posts in the "
                   "2026/27 budget, half the number the assessors proposed, together with the replacement of the "
                   "FIU's case management system. Further posts will be considered in the 2027/28 budget in the "
                   "light of workload.")
    pdf.item("7.", "**Confiscation.** The Attorney General has advised that confiscation without a conviction would "
                   "raise serious concerns under Article 19 of the Constitution (protection from deprivation of "
                   "property). The Ministry therefore does not recommend that the Proceeds of Crime Act 2014 be "
                   "amended in this respect.")
    pdf.head("FINANCIAL IMPLICATIONS", size=10.5, before=1)
    pdf.item("8.", "The Action Plan is estimated to cost 4.6 million dollars over three years, of which 1.9 million "
                   "dollars falls in 2026/27 and can be met from the contingency vote.")
    pdf.head("DECISIONS SOUGHT", size=10.5, before=1)
    pdf.p("9.  Cabinet is invited to:")
    for k, t in (("(a)", "approve the Government's response set out in paragraphs 3 to 7;"),
                 ("(b)", "approve the National AML/CFT Action Plan 2026-2028 at Annex B;"),
                 ("(c)", "authorise the Attorney General's Chambers to draft the Beneficial Ownership Register "
                         "Bill on the basis of Annex A; and"),
                 ("(d)", "note that the Ministry will report to Cabinet on progress before the May 2027 "
                         "Plenary.")):
        pdf.item(k, t, ind=10)
    pdf.ln(4)
    pdf.p("Hon. Teresa Valmont-Oduya\nMinister of Finance and Economic Planning")
    pdf.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    recs = [
        {"number": "a", "starts_with": "Solmara should complete and publish an updated national risk assessment",
         "reply_contains": "began in February 2026, before the report was adopted", "verdict": "agrees"},
        {"number": "b", "starts_with": "Solmara should establish a central register of the beneficial owners",
         "reply_contains": "The Ministry fully supports the creation of a central register",
         "verdict": "agrees"},
        {"number": "c", "starts_with": "The Financial Intelligence Unit should be given the staff and",
         "reply_contains": "half the number the assessors proposed", "verdict": "partly"},
        {"number": "d", "starts_with": "The Gaming Commission and the Real Estate Board should begin",
         "reply_contains": "inviting them to consider risk-based supervision", "verdict": "noted"},
        {"number": "e", "starts_with": "Solmara should amend the Proceeds of Crime Act 2014 to",
         "reply_contains": "The Ministry therefore does not recommend that the Proceeds",
         "verdict": "disagrees"},
        {"number": "f", "starts_with": "Law enforcement agencies should routinely conduct parallel financial investigations",
         "reply_contains": "issued a standing directive on 2 June 2026", "verdict": "agrees"},
        {"number": "g", "starts_with": "Solmara should implement targeted financial sanctions relating to terrorist financing",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["estimated to cost 4.6 million dollars over three years"]
    notes = ("AML/CFT mutual evaluation report of an (invented) regional body answered by the evaluated country's "
             "Cabinet memorandum (Indian Ocean Financial Action Group; Republic of Solmara; fpdf2, A4, cover band, "
             "running header, page numbers; the memorandum in serif). Advice: seven 'Priority Actions' lettered "
             "a)-g) after 'The assessors recommend the following priority actions to the authorities of "
             "Solmara:', four opening 'Solmara should', c) 'The Financial Intelligence Unit should', d) addressed "
             "to two independent regulators, f) 'Law enforcement agencies should'. Traps: 'Key Findings' 1.-6. "
             "('Competent authorities should not have to rely on banks'), the 2015 evaluation's recommendation "
             "quoted as addressed, 'Recommendation 24' and 'Recommendation 6' (the international standards), "
             "ratings tables IO.1-IO.11 and R.1-R.40 columns, 'Follow-up' ('It should report back ... May 2027'). "
             "Response: Cabinet memorandum with numbered paragraphs, bold run-in topics, no letters cited, order "
             "b, a, d+f, c, e: register fully supported (b agrees); NRA 'began in February 2026, before the report "
             "was adopted' (a agrees, already doing it); ONE paragraph 5 - regulators independent, minister wrote "
             "'inviting them to consider risk-based supervision' (d noted) and a police standing directive on "
             "parallel financial investigations (f agrees); six analysts, 'half the number the assessors "
             "proposed' (c partly); no non-conviction-based confiscation on constitutional advice (e disagrees); "
             "g (targeted financial sanctions) never mentioned (unanswered). 'Financial implications' answers "
             "nothing (unmatched); 'Decisions sought' (a)-(d) are the memorandum's own requests to Cabinet, not "
             "replies.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 32 (EN): an Australian state anti-corruption commission's investigation report (ICAC-style, invented
'Public Integrity Commission', 'Operation Tamsin') on a shire council's road maintenance contracts, with seven
corruption prevention recommendations ('Recommendation 1' ... '7', 'That the council ...') listed in the summary
chapter and again in shaded boxes in the corruption prevention chapter; and the council's section 111E-style
'plan of action' (a covering letter from the General Manager, then a landscape table over a page break).
fpdf2, A4, cleaned Liberation fonts, footnotes at the page foot. All content (commission, council, people,
figures) invented.

Run:  /tmp/blind32en/bin/python tests/docs/src/blind32/gen_en_integrity_commission_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b32en as H
from fpdf import FPDF, FontFace

NAME = "blind32_en_integrity_commission"
PIC = (92, 38, 94)
SHADE = (240, 232, 241)

RECS = [
    ("1", "That the council separates the functions of requesting, approving and certifying work under road "
          "maintenance contracts, so that no officer performs more than one of these functions for the same job."),
    ("2", "That the council re-tenders its road maintenance contractor panel by open tender at least every three "
          "years, and does not extend the panel without a fresh approach to the market."),
    ("3", "That the council requires each member of a tender evaluation panel to complete a declaration of "
          "interests before receiving tender documents and again before the panel makes its recommendation."),
    ("4", "That the council uses data analytics to detect split orders, duplicate invoices and unusual patterns "
          "in payments to contractors, and reports the results quarterly to its audit, risk and improvement "
          "committee."),
    ("5", "That the council publishes its gifts and benefits register on its website and updates it at least "
          "quarterly."),
    ("6", "That the Office of Local Government Standards amends the model code of conduct to require council staff to "
          "disclose secondary employment with, or financial interests in, any business that contracts with their "
          "council."),
    ("7", "That the council's internal auditor examines compliance with the road maintenance contract controls "
          "annually for the next three years and provides the results to the Commission."),
]


class Doc(FPDF):
    def __init__(self, header_text, footer_text, orientation="P"):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        self.header_text, self.footer_text = header_text, footer_text
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf")):
            self.add_font("SE", style, H.clean_font(f))
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 26)
        self.set_creation_date(datetime.datetime(2026, 3, 12))
        self.notes = {}
        self.fn = 0
        self.skip_header_first = True

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_auto_page_break(True, 26)
        if self.page_no() == 1 and self.skip_header_first:
            return
        w = self.w
        self.set_font("AR", "", 7.5)
        self.set_text_color(*PIC)
        self.set_xy(22, 11)
        self.cell(w - 44, 4, self.header_text, align="R")
        self.set_draw_color(*PIC)
        self.set_line_width(0.3)
        self.line(22, 16, w - 22, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 23)

    def footer(self):
        lm = self.l_margin
        notes = self.notes.get(self.page_no(), [])
        if notes:
            self.set_font("AR", "", 7)
            lines = sum(len(self.multi_cell(160, 3.3, f"{n}  {t}", dry_run=True, output="LINES"))
                        for n, t in notes)
            y = self.h - 22 - 3.3 * lines - 2
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(22, y, 62, y)
            self.set_left_margin(22)
            self.set_xy(22, y + 1)
            for n, t in notes:
                self.set_x(22)
                self.multi_cell(160, 3.3, f"{n}  {t}")
        self.set_font("AR", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, self.h - 15)
        self.cell(self.w - 44, 4, self.footer_text.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)
        self.set_left_margin(lm)

    def reserve(self):
        self.set_font("AR", "", 7)
        lines = sum(len(self.multi_cell(160, 3.3, f"{n}  {t}", dry_run=True, output="LINES"))
                    for n, t in self.notes.get(self.page_no(), []))
        self.set_auto_page_break(True, 26 + 3.3 * lines + 4)

    def h1(self, t):
        if self.will_page_break(30):
            self.add_page()
        self.ln(3)
        self.set_font("AR", "B", 14)
        self.set_text_color(*PIC)
        self.multi_cell(0, 7, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        if self.will_page_break(20):
            self.add_page()
        self.ln(1.5)
        self.set_font("AR", "B", 10.5)
        self.multi_cell(0, 5.4, t)
        self.ln(1)

    def para(self, text, note=None, size=10.3):
        self.set_font("SE", "", size)
        if note:
            a, b = text.split("^")
            self.write(5, a)
            self.fn += 1
            self.notes.setdefault(self.page_no(), []).append((self.fn, note))
            self.reserve()
            self.char_vpos = "SUP"
            self.write(5, str(self.fn))
            self.char_vpos = "LINE"
            self.set_font("SE", "", size)
            self.write(5, b)
            self.ln(5)
        else:
            self.multi_cell(0, 5, text, markdown=True)
        self.ln(2.2)

    def bullet(self, text):
        y = self.get_y()
        self.set_font("SE", "", 10.3)
        self.set_xy(self.l_margin + 2, y)
        self.cell(5, 5, "\u2022")
        lm = self.l_margin
        self.set_left_margin(lm + 7)
        self.set_xy(lm + 7, y)
        self.multi_cell(0, 5, text, markdown=True)
        self.set_left_margin(lm)
        self.ln(1.2)

    def rec_plain(self, num, text):
        if self.will_page_break(16):
            self.add_page()
        self.set_font("AR", "B", 9.8)
        self.multi_cell(0, 5, f"Recommendation {num}")
        self.set_font("SE", "", 10.3)
        self.multi_cell(0, 5, text)
        self.ln(2.5)

    def rec_box(self, num, text):
        self.set_font("SE", "B", 10.3)
        n = len(self.multi_cell(154, 5, text, dry_run=True, output="LINES"))
        hbox = 8 + 5 * n + 5
        if self.will_page_break(hbox + 4):
            self.add_page()
        y = self.get_y() + 1
        self.set_fill_color(*SHADE)
        self.set_draw_color(*PIC)
        self.set_line_width(0.5)
        self.rect(22, y, 166, hbox, style="F")
        self.line(22, y, 22, y + hbox)
        self.set_xy(28, y + 2.5)
        self.set_font("AR", "B", 9.5)
        self.set_text_color(*PIC)
        self.cell(100, 5, f"Recommendation {num}")
        self.set_text_color(0, 0, 0)
        self.set_xy(28, y + 8)
        self.set_font("SE", "B", 10.3)
        self.multi_cell(154, 5, text, new_x="LEFT")
        self.set_xy(22, y + hbox + 4)


def advice(path):
    d = Doc("Investigation into road maintenance contracts at Kurrawong Shire Council (Operation Tamsin)",
            "PUBLIC INTEGRITY COMMISSION  |  MARCH 2026  |  {n}")
    d.add_page()
    d.set_fill_color(*PIC)
    d.rect(0, 0, 210, 46, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 12)
    d.set_font("AR", "B", 10)
    d.cell(166, 5, "PUBLIC INTEGRITY COMMISSION", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "B", 16.5)
    d.set_x(22)
    d.multi_cell(166, 7.5, "Investigation into the conduct of officers of Kurrawong Shire Council in relation "
                           "to road maintenance contracts", align="L")
    d.set_font("AR", "", 9.5)
    d.set_x(22)
    d.cell(166, 5, "OPERATION TAMSIN  |  Report to Parliament  |  March 2026")
    d.set_text_color(0, 0, 0)
    d.set_xy(22, 54)
    d.h1("Chapter 1: Summary of investigation and outcome")
    d.para("This investigation by the Public Integrity Commission (\"the Commission\") concerned allegations that, "
           "between 2021 and 2024, officers of Kurrawong Shire Council (\"the council\") dishonestly favoured a "
           "road maintenance contractor, Ridgeback Civil Pty Ltd, in return for benefits, and that the contractor "
           "was paid for work that was not performed.")
    d.para("The council is a rural council with about 23,000 residents and an annual road maintenance budget of "
           "about $14 million. In the period examined, Ridgeback Civil received $6.2 million in payments under "
           "the council's road maintenance panel, of which the Commission estimates at least $870,000 related "
           "to work that was not performed or was invoiced more than once.^",
           note="Estimate based on the Commission's sample of 212 work orders; see chapter 3.")
    d.h2("Results")
    d.para("The Commission found that Dale Ferrier, the council's former works supervisor, and Corey Alcott, a "
           "director of Ridgeback Civil, engaged in serious corrupt conduct. Mr Ferrier certified 61 work orders "
           "as complete knowing that the work had not been done, and accepted a boat trailer, building materials "
           "and cash totalling about $48,000 from Mr Alcott. The findings are set out in chapter 4.")
    d.h2("Statements regarding prosecution")
    d.para("The Commission is of the opinion that consideration should be given to obtaining the advice of the "
           "Director of Public Prosecutions with respect to the prosecution of Mr Ferrier and Mr Alcott for "
           "offences of corruptly receiving and giving a benefit, and of Mr Ferrier for misconduct in public "
           "office.")
    d.h2("Recommendations")
    d.para("The investigation identified weaknesses in the council's procurement and contract management "
           "controls that allowed the conduct to continue for more than three years. The Commission has made the "
           "following corruption prevention recommendations, which are discussed in chapter 5:")
    for n, t in RECS:
        d.rec_plain(n, t)
    d.para("These recommendations are made pursuant to section 13(3)(b) of the Public Integrity Commission Act 2014 "
           "(\"the Act\") and, as required by section 111E of the Act, will be furnished to the council and to the "
           "responsible minister. The council must inform the Commission in writing within three months of "
           "receiving the recommendations whether it proposes to implement any plan of action in response to them "
           "and, if so, of the plan of action.")
    d.h1("Chapter 5: Corruption prevention")
    d.para("Corruption is rarely the result of a single failure. In this case, several controls that would each "
           "have made the conduct harder to carry out or easier to detect were absent or were not applied. This "
           "chapter examines those controls and the council's response to the investigation.")
    d.h2("Concentration of functions in one officer")
    d.para("Mr Ferrier raised the work orders for road maintenance, chose which panel contractor would do the work, "
           "and certified the work as complete before payment. No other officer inspected the work. The council's "
           "procurement policy said that \"work should be certified by an officer independent of the ordering "
           "officer\", but the works depot had treated this as optional for jobs under $20,000.")
    d.rec_box("1", RECS[0][1])
    d.h2("The road maintenance panel")
    d.para("The panel was established by tender in 2016 for three years and was then extended four times without "
           "any approach to the market. By 2023 only three of the original seven contractors remained, and "
           "Ridgeback Civil received 71 per cent of panel work. In its 2019 report Managing risks in council "
           "procurement, the Commission recommended that councils \"limit the term of prequalified panels and "
           "refresh them through open competition\". The council did not act on that report.^",
           note="Public Integrity Commission, Managing risks in council procurement, November 2019, p. 22.")
    d.rec_box("2", RECS[1][1])
    d.h2("Conflicts of interest in tender evaluation")
    d.para("Mr Ferrier sat on the evaluation panel for the 2021 extension. He did not declare that Mr Alcott had "
           "supplied materials for an extension to his house. Panel members signed a single declaration at the "
           "start of the process, before the identity of the respondents was known.")
    d.rec_box("3", RECS[2][1])
    d.h2("Detecting irregular payments")
    d.para("The council's finance system contained everything needed to detect the scheme: 38 work orders were "
           "split to stay below the $20,000 quotation threshold, and 17 invoices were paid twice with small "
           "changes to the invoice number. No one looked. Councils of this size should, at a minimum, run "
           "periodic exception reports over their accounts payable data.")
    d.rec_box("4", RECS[3][1])
    d.h2("Gifts and benefits")
    d.para("The council's gifts and benefits register recorded only nine entries between 2021 and 2024, none "
           "from a contractor. Staff told the Commission that the register was \"kept in a drawer in HR\". "
           "Publication of registers is a simple measure that several councils have adopted.")
    d.rec_box("5", RECS[4][1])
    d.h2("Secondary employment")
    d.para("A second works officer, who is not the subject of any finding, was paid by Ridgeback Civil for "
           "weekend work as a plant operator. The model code of conduct for local councils requires staff to "
           "seek approval for secondary employment only where it may conflict with their duties, and does not "
           "require disclosure of an interest in a council contractor.")
    d.rec_box("6", RECS[5][1])
    d.h2("Assurance")
    d.para("The council has told the Commission that it has already changed several of its processes. The "
           "Commission welcomes this, but considers that independent assurance is needed that the new controls "
           "are working in practice.")
    d.rec_box("7", RECS[6][1])
    d.para("The Commission will monitor the implementation of the plan of action and may report on it. The "
           "council's plan of action and its progress reports will be published on the Commission's website.")
    d.output(path)


PLAN = [
    ("3", "Accepted - implemented",
     "From 1 August 2025 every evaluation panel member completes the declaration form PRO-07 before receiving "
     "tender documents and again before signing the evaluation report. Declarations are checked by the "
     "Procurement Coordinator.",
     "Manager Governance", "Completed August 2025.\nStatus: complete; first compliance check of 14 panels in April 2026 found no "
     "missing declarations."),
    ("1 and 2", "Rec 1: Accepted\nRec 2: Accepted in part",
     "Rec 1: The Works Request and Certification Procedure has been amended so that work orders are raised by "
     "the works supervisor, approved by the Manager Roads and certified by a separate inspections officer. Two "
     "inspections officer positions have been created in the 2026-27 budget.\n"
     "Rec 2: A new panel will be established by open tender in 2026. The council will re-tender every four "
     "years rather than three, to align with the regional procurement group's cycle, and the "
     "procurement policy will allow one extension of up to 12 months where a tender has failed.",
     "Director Infrastructure", "Rec 1: 30 June 2026. Status: procedure amended; "
     "positions being recruited.\nRec 2: panel in place by 31 December 2026. Status: tender documents in "
     "preparation."),
    ("5", "Not accepted",
     "Council considers that publishing the register would add little to the existing controls. The register "
     "will be moved to the electronic records system and reported to the audit, risk and improvement committee "
     "each six months, and members of the public may inspect it at the council's administration building on "
     "request.",
     "Manager Governance", "Status: register transferred to the records system in May 2026."),
    ("4", "Accepted in principle",
     "Council supports the use of data analytics but cannot fund specialist software in 2026-27. As an interim "
     "measure, Finance will run monthly exception reports for duplicate invoice amounts and orders just below "
     "the quotation threshold. Broader analytics will be considered when the finance system is replaced in "
     "2028.",
     "Chief Financial Officer", "Exception reports from July 2026. Status: report "
     "specifications agreed with the finance system vendor."),
    ("6", "Noted",
     "This recommendation is a matter for the Office of Local Government Standards. Council will adopt any amended model "
     "code of conduct once it is prescribed.",
     "General Manager", "-"),
    ("Council initiative", "-",
     "Although not the subject of a recommendation, council has engaged an independent reviewer to examine "
     "controls over fleet fuel cards, following issues raised by staff during the investigation.",
     "Chief Financial Officer", "Report due September 2026"),
]


def response(path):
    d = Doc("Kurrawong Shire Council  |  Plan of action in response to Operation Tamsin",
            "Kurrawong Shire Council  |  Page {n}")
    d.add_page()
    d.set_font("AR", "B", 17)
    d.set_text_color(*PIC)
    d.set_text_color(25, 90, 60)
    d.cell(110, 8, "Kurrawong Shire Council")
    d.set_font("AR", "", 8)
    d.set_text_color(70, 70, 70)
    d.set_xy(132, 24)
    d.multi_cell(56, 3.8, "Administration Building\n41 Coolabah Street\nKurrawong\nPO Box 18, Kurrawong\n"
                          "Phone 02 6943 1100\nABN 61 204 887 319", align="R", new_x="LEFT")
    d.set_text_color(0, 0, 0)
    d.set_draw_color(25, 90, 60)
    d.set_line_width(0.6)
    d.line(22, 52, 188, 52)
    d.set_xy(22, 57)
    d.set_font("SE", "", 10.5)
    d.multi_cell(0, 5, "Our ref: GOV/26/0412\nYour ref: E24/0187\n\n27 May 2026\n\nThe Hon. Margaret Ellery-Quinn "
                       "SC\nChief Commissioner\nPublic Integrity Commission\nLevel 7, 255 Elizabeth Street\nGPO Box 500")
    d.ln(4)
    d.multi_cell(0, 5, "Dear Chief Commissioner")
    d.ln(2)
    d.set_font("SE", "B", 10.5)
    d.multi_cell(0, 5, "Operation Tamsin - plan of action under section 111E of the Public Integrity Commission Act "
                       "2014")
    d.ln(2)
    for t in (
        "I refer to the Commission's report on Operation Tamsin, which was furnished to council on 4 March 2026.",
        "At its ordinary meeting of 21 May 2026, council resolved (Minute 2026/114) to adopt the attached plan of "
        "action in response to the Commission's corruption prevention recommendations. The plan is set out in "
        "the order in which the responsible directorates reported to council rather than in the order of the "
        "report. Where a recommendation concerns another agency, council's position is recorded for completeness.",
        "Council accepts that its controls failed. Since the Commission's public inquiry, council has terminated "
        "its contract with Ridgeback Civil Pty Ltd, recovered $212,000 through a negotiated settlement, and "
        "commenced civil proceedings for the balance. Mr Ferrier's employment ended in October 2024.",
        "I will report to the Commission on progress in implementing the plan at six and twelve months, as the "
        "Commission has requested. Please contact Ms Narelle Petrovic, Manager Governance, on 02 6943 1127 if you "
        "require further information."):
        d.set_font("SE", "", 10.5)
        d.multi_cell(0, 5.1, t)
        d.ln(2.5)
    d.multi_cell(0, 5, "Yours sincerely")
    d.ln(10)
    d.set_font("SE", "B", 10.5)
    d.multi_cell(0, 5, "Stuart Hennessy-Lau")
    d.set_font("SE", "", 10.5)
    d.multi_cell(0, 5, "General Manager")
    d.ln(3)
    d.set_font("SE", "I", 9)
    d.multi_cell(0, 4.5, "Attachment: Plan of action - Operation Tamsin corruption prevention recommendations "
                         "(2 pages)")

    # landscape plan of action
    d.add_page(orientation="L")
    d.set_font("AR", "B", 12.5)
    d.set_text_color(25, 90, 60)
    d.multi_cell(0, 6.5, "Attachment: Plan of action - Operation Tamsin corruption prevention recommendations")
    d.set_text_color(0, 0, 0)
    d.set_font("AR", "", 8.8)
    d.multi_cell(0, 4.6, "Adopted by council on 21 May 2026 (Minute 2026/114). Recommendation numbers refer to "
                         "the Commission's report of March 2026. Status as at 27 May 2026.")
    d.ln(3)
    d.set_font("AR", "", 9.6)
    with d.table(col_widths=(20, 32, 118, 34, 49), width=253, line_height=5.0, align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(25, 90, 60)),
                 text_align="LEFT", repeat_headings=1, padding=1.8) as t:
        h = t.row()
        for x in ("Rec. no.", "Council response", "Actions", "Responsible officer", "Timeframe and status"):
            h.cell(x)
        for ref, resp, act, who, when in PLAN:
            row = t.row()
            row.cell(ref, style=FontFace(emphasis="BOLD"))
            row.cell(resp, style=FontFace(emphasis="BOLD"))
            row.cell(act)
            row.cell(who)
            row.cell(when)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1", "starts_with": "That the council separates the functions of requesting, approving and certifying",
         "reply_contains": "approved by the Manager Roads and certified by a separate inspections officer",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "That the council re-tenders its road maintenance contractor panel",
         "reply_contains": "The council will re-tender every four years rather than three",
         "verdict": "partly"},
        {"number": "3", "starts_with": "That the council requires each member of a tender evaluation panel",
         "reply_contains": "every evaluation panel member completes the declaration form PRO-07",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "That the council uses data analytics to detect split orders",
         "reply_contains": "Finance will run monthly exception reports for duplicate invoice amounts",
         "verdict": "partly"},
        {"number": "5", "starts_with": "That the council publishes its gifts and benefits register",
         "reply_contains": "Council considers that publishing the register would add little",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "That the Office of Local Government Standards amends the model code",
         "reply_contains": "This recommendation is a matter for the Office of Local Government Standards",
         "verdict": "noted"},
        {"number": "7", "starts_with": "That the council's internal auditor examines compliance with the road",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["engaged an independent reviewer to examine controls over fleet fuel cards"]
    notes = ("Australian state anti-corruption commission investigation report (ICAC-style; invented 'Public "
             "Integrity Commission', Operation Tamsin, Kurrawong Shire Council), fpdf2, A4, 4 p.: a coloured title "
             "band, running header from page 2, centred footer, footnotes at the page foot. Seven corruption "
             "prevention recommendations 'Recommendation 1' ... '7', each a 'That the council ...' / 'That the "
             "Office of Local Government Standards ...' sentence, printed TWICE with the same numbers: plainly in the "
             "Chapter 1 summary ('The Commission has made the following corruption prevention recommendations') "
             "and again in shaded boxes after the matching part of Chapter 5. Traps: 'Statements regarding "
             "prosecution' ('consideration should be given to obtaining the advice of the Director of Public "
             "Prosecutions'); the serious corrupt conduct findings; the council policy quoted ('work should be "
             "certified by an officer independent ...'); the Commission's 2019 recommendation quoted ('limit the "
             "term of prequalified panels ...'); 'Councils of this size should, at a minimum, run periodic "
             "exception reports'; the section 13(3)(b) / 111E paragraph; a closing paragraph on monitoring. "
             "Response: the General Manager's letter on letterhead (1 p., says the plan follows the directorates' "
             "order and records positions on other agencies' recommendations), then a LANDSCAPE 'Plan of action' "
             "table 'Rec. no. | Council response | Actions | Responsible officer | Timeframe' over a page break "
             "with the header row repeated, rows in another order: '3' 'Accepted - implemented' (agrees, already "
             "done), ONE row '1 and 2' with 'Rec 1: Accepted' (agrees) and 'Rec 2: Accepted in part', four years "
             "rather than three and one 12-month extension (partly), '5' 'Not accepted' (disagrees), '4' "
             "'Accepted in principle' but no software, only monthly exception reports, broader analytics later "
             "(partly), '6' 'Noted', a matter for the Office of Local Government Standards (noted); 7 (annual internal "
             "audit reported to the Commission) has no row (unanswered); the row 'Council initiative' (fleet fuel "
             "cards, 'not the subject of a recommendation') answers nothing (unmatched). The letter's paragraph "
             "on terminating the contract and recovering money answers no recommendation but is not counted.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

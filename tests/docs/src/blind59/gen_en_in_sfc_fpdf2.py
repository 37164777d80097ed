"""Round 59 (EN): an Indian STATE FINANCE COMMISSION report chapter and the State Government's EXPLANATORY
MEMORANDUM AS TO THE ACTION TAKEN laid before the Legislative Assembly.
Advice: 'Report of the Sixth State Finance Commission, Madhyagiri (Award period 2026-27 to 2030-31), Volume I,
Chapter 7: Devolution of Resources to Local Bodies' (genre of the reports of Indian State Finance Commissions
under Articles 243-I and 243-Y of the Constitution: a 'Chapter at a glance' box, paragraphs 7.1-7.15 numbered in
the margin, Article 243-I quoted, the previous Commission's recommendation and the Government's decision on it,
tables of releases and of criteria and weights, and the recommendations as BOLD SENTENCES INSIDE ordinary
paragraphs, sometimes the last sentence, sometimes the first, with no numbers or labels). Response: 'Explanatory
Memorandum as to the action taken on the recommendations of the Sixth State Finance Commission' (genre of the
memoranda laid under Article 243-I(4): two introductory paragraphs, then a ruled table 'Sl. No. | Para No. |
Gist of recommendation | Decision of the Government' grouped by administrative department, verdict labels
'Accepted.', 'Accepted with modification.', 'Not accepted.', 'Noted.'). Recommendations: seven unnumbered bold
sentences, numbered 1-7 by position. Traps: the glance box paraphrasing them, Article 243-I quoted ('should
govern'), the Fifth SFC's recommendation, finding with 'should be levying', 'does not recommend any change', the
tables, the closing estimate. fpdf2, A4, cleaned Liberation Serif/Sans, markdown bold, fpdf2 table(), fixed
creation date. All content is invented (the Constitution of India and its Articles 243-I and 243-Y are real; the
State of Madhyagiri, its Acts, officers and figures are not).

Run:  /tmp/blind59en/bin/python tests/docs/src/blind59/gen_en_in_sfc_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b59en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind59_en_in_sfc"
MAROON = (110, 20, 30)

RECS = [
    "the Commission recommends that 10 per cent of the net State Own Tax Revenue of the preceding year be "
    "devolved to the local bodies in each year of the award period.",
    "The share of the local bodies should be distributed between the Panchayati Raj Institutions and the Urban "
    "Local Bodies in the ratio 60:40,",
    "The Commission recommends that the devolved funds be released in two equal instalments, by 30 June and 30 "
    "November, and that interest at the Bank Rate be paid by the State Government for any delay beyond 15 days.",
    "The Commission recommends that 5 per cent of the devolved amount be set apart as a performance grant for "
    "local bodies that increase their own-source revenue by at least 10 per cent over the previous year.",
    "The State Government should notify minimum rates of property tax for all Gram Panchayats within six months "
    "of the acceptance of this report.",
    "A permanent State Finance Commission Cell should be established in the Finance Department to monitor the "
    "implementation of the accepted recommendations and to maintain a database of local body finances.",
    "The Commission recommends that the Director of Local Fund Audit complete the audit of the accounts of every "
    "local body within twelve months of the close of the financial year, and that the audit reports be placed "
    "in the public domain.",
]


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4", unit="mm")
        for fam, base in (("SR", "LiberationSerif"), ("SS", "LiberationSans")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.head = head
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 10, 2, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_font("SR", "I", 8.5)
            self.set_text_color(80, 80, 80)
            self.set_y(11)
            self.cell(0, 4, self.head, align="C")
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("SR", "", 9)
        self.cell(0, 4, str(self.page_no() + (111 if self.head else 0)), align="C")

    def p(self, t, style="", size=11, lh=5.6, align="J", after=2.6, indent=0, fam="SR"):
        self.set_font(fam, style, size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=11.5, after=2):
        if self.get_y() > 245:
            self.add_page()
        self.ln(2)
        self.set_font("SS", "B", size)
        self.set_text_color(*MAROON)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def para(self, n, t, after=2.8):
        self.set_font("SR", "", 11)
        if self.get_y() > 262:
            self.add_page()
        y = self.get_y()
        self.cell(13, 5.6, n)
        self.set_xy(self.l_margin + 13, y)
        self.multi_cell(self.epw - 13, 5.6, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)


def advice(path):
    d = Doc("Report of the Sixth State Finance Commission, Madhyagiri - Volume I")
    d.add_page()
    d.set_font("SS", "B", 9.5)
    d.set_text_color(*MAROON)
    d.cell(0, 5, "REPORT OF THE SIXTH STATE FINANCE COMMISSION, MADHYAGIRI", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font("SS", "", 8.5)
    d.cell(0, 5, "Award period 2026-27 to 2030-31  |  Volume I", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(5)
    d.set_font("SS", "B", 16)
    d.cell(0, 8, "CHAPTER 7", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "B", 13)
    d.cell(0, 7, "Devolution of Resources to Local Bodies", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    # chapter at a glance box
    y0 = d.get_y()
    d.set_fill_color(242, 236, 224)
    d.set_x(d.l_margin)
    d.set_font("SS", "B", 9.5)
    d.multi_cell(d.epw, 5.5, " Chapter at a glance", new_x="LMARGIN", new_y="NEXT", fill=True)
    d.set_font("SS", "", 9.5)
    for t in ("a larger share of the State's own tax revenue for Panchayats and Municipalities;",
              "a fairer division between rural and urban local bodies;",
              "funds released on time, with stronger own revenue and audit."):
        d.set_x(d.l_margin)
        d.multi_cell(d.epw, 5, "   -  " + t, new_x="LMARGIN", new_y="NEXT", fill=True)
    d.ln(5)
    d.para("7.1", "Article 243-I(1) of the Constitution requires the Governor to constitute a Finance Commission "
                  "every fifth year \"to review the financial position of the Panchayats and to make "
                  "recommendations to the Governor as to - (a) the principles which should govern - (i) the "
                  "distribution between the State and the Panchayats of the net proceeds of the taxes, duties, "
                  "tolls and fees leviable by the State ...\". Article 243-Y applies the same provision to the "
                  "Municipalities.")
    d.para("7.2", "The Fifth State Finance Commission had recommended that 8 per cent of the net State Own Tax "
                  "Revenue (SOTR) be devolved to the local bodies. The State Government accepted a share of 6 per "
                  "cent, which was raised to 7 per cent in 2023-24.")
    d.para("7.3", "Releases to local bodies have been irregular. The table below shows the average delay in the "
                  "release of devolved funds over the last four years.")
    d.set_font("SS", "", 9)
    with d.table(col_widths=(30, 45, 45), width=120, text_align=("LEFT", "RIGHT", "RIGHT"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)), line_height=5.2) as t:
        for row in (("Year", "Devolution (Rs. crore)", "Average delay (days)"),
                    ("2021-22", "3,412", "112"), ("2022-23", "3,689", "97"),
                    ("2023-24", "4,305", "88"), ("2024-25", "4,812", "91")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.para("7.4", "The Commission has examined the fiscal position of the State and the functions devolved to the "
                  "local bodies under the Eleventh and Twelfth Schedules. The gap between the expenditure needs of "
                  "the local bodies and their resources is estimated at Rs. 3,960 crore a year. Having regard to "
                  "this gap and to the State's commitments under its fiscal responsibility legislation, **"
                  + RECS[0] + "**")
    d.para("7.5", "A share of 10 per cent would raise devolution to about Rs. 5,950 crore in 2026-27, which the "
                  "Commission considers to be within the State's means.")
    d.para("7.6", "Urban Local Bodies now account for 38 per cent of the population of the State, against 29 per "
                  "cent at the 2011 Census. **" + RECS[1] + "** as against 70:30 at present, to reflect the "
                  "growth of the urban population and the cost of urban services. Within each sector, the amount "
                  "should be shared among individual local bodies on the criteria and weights in the table below.")
    d.set_font("SS", "", 9)
    with d.table(col_widths=(70, 30), width=100, text_align=("LEFT", "RIGHT"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)), line_height=5.2) as t:
        for row in (("Criterion", "Weight (%)"), ("Population (2011 Census)", "50"), ("Area", "15"),
                    ("Deprivation index", "25"), ("Tax effort", "10")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.para("7.7", "The Commission heard from the associations of Panchayat presidents and of Mayors that the "
                  "uncertainty of releases made it impossible to plan works. **" + RECS[2] + "**")
    d.para("7.8", "**" + RECS[3] + "** The grant would reward local bodies that make an effort to raise their own "
                  "resources, and the unspent balance would be redistributed among all local bodies in the last "
                  "quarter of the year.")
    d.para("7.9", "Gram Panchayats should be levying property tax under section 199 of the Madhyagiri Panchayat Raj "
                  "Act, 1994, but the Commission found that only 31 per cent of them did so in 2024-25, and most at "
                  "rates fixed more than twenty years ago. **" + RECS[4] + "**")
    d.para("7.10", "The Commission also considered the request of the Municipalities that profession tax be "
                   "assigned to them in full. The Commission does not recommend any change in the assignment of "
                   "profession tax during the award period, since the yield is small and its collection by the "
                   "State is efficient.")
    d.para("7.11", "The Commission found that the recommendations of earlier Commissions were not followed up in a "
                   "systematic way once the explanatory memorandum had been laid. **" + RECS[5] + "**")
    d.para("7.12", "The accounts of 1,214 local bodies for 2022-23 were still unaudited in March 2026. **"
                   + RECS[6] + "**")
    d.para("7.13", "Taken together, the Commission estimates that its recommendations in this Chapter would "
                   "increase transfers to the local bodies by Rs. 2,140 crore in 2026-27.")
    d.output(path)


def response(path):
    d = Doc(None)
    d.add_page()
    d.set_font("SS", "B", 10)
    d.cell(0, 5, "GOVERNMENT OF MADHYAGIRI", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "", 9.5)
    d.cell(0, 5, "Finance (Local Finance) Department", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("SS", "B", 11.5)
    d.multi_cell(0, 6, "EXPLANATORY MEMORANDUM AS TO THE ACTION TAKEN ON THE RECOMMENDATIONS OF THE SIXTH STATE "
                       "FINANCE COMMISSION", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SR", "I", 10)
    d.multi_cell(0, 5, "(Laid on the Table of the Legislative Assembly under clause (4) of Article 243-I and "
                       "Article 243-Y of the Constitution of India)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("1.", "The Sixth State Finance Commission was constituted by the Governor on 11 January 2024 and "
                 "submitted its report, in two volumes, on 28 February 2026.")
    d.para("2.", "The Government has carefully examined the recommendations. The decision of the Government on the "
                 "recommendations in Chapter 7 of Volume I is indicated against each below. The recommendations in "
                 "Chapter 8 (water supply and sanitation) will be dealt with in Part II of this Memorandum.")
    d.ln(1)
    rows = [
        ("A", "Finance Department", None, None),
        ("1", "7.1 to 7.3", "General observations on the finances of local bodies and delays in release",
         "Noted. The Government has taken note of the Commission's review of the finances of local bodies."),
        ("2", "7.7", "Release of devolved funds in two instalments; interest for delayed release",
         "Accepted. Orders for release in two equal instalments by 30 June and 30 November, with interest at the "
         "Bank Rate for any delay beyond 15 days, have been issued vide G.O. (Ms.) No. 118, Finance (LF) "
         "Department, dated 14.08.2026."),
        ("3", "7.4", "Devolution of 10 per cent of net SOTR to local bodies",
         "Accepted with modification. Keeping in view the ceiling on the fiscal deficit, devolution will be 9 per "
         "cent of net SOTR in 2026-27 and 2027-28, and 10 per cent from 2028-29 onwards."),
        ("4", "7.11", "Permanent State Finance Commission Cell in the Finance Department",
         "Noted. The Local Finance Wing of the Finance Department already monitors the action taken on the "
         "recommendations. The need for a separate Cell will be examined."),
        ("B", "Panchayati Raj and Rural Development Department", None, None),
        ("5", "7.8 and 7.9", "Performance grant of 5 per cent; minimum rates of property tax in Gram Panchayats",
         "The recommendation in para 7.9 is accepted, and minimum rates of property tax for Gram Panchayats were "
         "notified on 2 September 2026. The recommendation in para 7.8 is not accepted. Local bodies are already "
         "subject to the performance conditions attached to the Union Finance Commission grants, and a further "
         "State performance grant would reduce the untied funds of the weaker Panchayats."),
        ("C", "Urban Development and Housing Department", None, None),
        ("6", "7.6", "Sharing between Panchayati Raj Institutions and Urban Local Bodies",
         "Accepted. The share of the Urban Local Bodies has been raised to 40 per cent with effect from "
         "2026-27."),
    ]
    d.set_font("SR", "", 9.5)
    with d.table(col_widths=(11, 19, 52, 80), text_align=("CENTER", "CENTER", "LEFT", "JUSTIFY"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), line_height=4.9,
                 padding=1.6) as t:
        r = t.row()
        for c in ("Sl. No.", "Para No.", "Gist of recommendation", "Decision of the Government"):
            r.cell(c)
        for sl, para, gist, dec in rows:
            r = t.row()
            if gist is None:
                r.cell(sl, style=FontFace(emphasis="BOLD", fill_color=(245, 245, 245)))
                r.cell(para, colspan=3, style=FontFace(emphasis="BOLD", fill_color=(245, 245, 245)),
                       align="LEFT")
            else:
                for c in (sl, para, gist, dec):
                    r.cell(c)
    d.ln(10)
    d.set_font("SR", "", 10.5)
    d.multi_cell(0, 5.2, "R. K. SRINIVASAN\nPrincipal Secretary to Government\nFinance Department",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.output(path)


NOTES = ("Indian State Finance Commission pair: Chapter 7 of the (invented) Sixth State Finance Commission of "
         "Madhyagiri's report, answered by the State Government's Explanatory Memorandum as to the action taken "
         "(laid under Article 243-I(4)). Recommendations: seven UNNUMBERED bold sentences inside the numbered "
         "paragraphs 7.4 (last sentence, lower-case 'the Commission recommends that' after a 'Having regard to' "
         "clause), 7.6 (first sentence, ending in a comma; the paragraph goes on), 7.7, 7.8 (first sentence), 7.9, "
         "7.11 and 7.12 (last sentences); numbered 1-7 by position; starts_with from the bold text. Traps: the "
         "'Chapter at a glance' box paraphrasing them, Article 243-I quoted ('should govern'), the Fifth SFC's "
         "recommendation and the Government's decision, 'should be levying' (a finding), 'should be shared' on "
         "the criteria table, 'does not recommend any change' (7.10), two tables, the closing estimate. The "
         "memorandum is a table by department citing the PARA numbers (not recommendation numbers), in the order "
         "para 7.1-7.3 (general observations, unmatched), 3, 1, 6, 5+4, 2: 3 'Accepted', orders issued (agrees); "
         "1 'Accepted with modification', 9 per cent for two years then 10 (partly); 6 'Noted', need for a Cell "
         "'will be examined' (noted); one row 'paras 7.8 and 7.9': 5 accepted, rates notified (agrees) + 4 'not "
         "accepted' (disagrees); 2 'Accepted', urban share raised to 40 per cent (agrees); 7 (audit by the "
         "Director of Local Fund Audit) unanswered. Unmatched: the constitution paragraph, the Chapter 8 "
         "paragraph, the general-observations row.")


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "devolution will be 9 per cent of net SOTR in 2026-27", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "The share of the Urban Local Bodies has been raised", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "have been issued vide G.O. (Ms.) No. 118", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The recommendation in para 7.8 is not accepted", "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "minimum rates of property tax for Gram Panchayats were notified", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "The need for a separate Cell will be examined", "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["constituted by the Governor on 11 January 2024",
                                  "will be dealt with in Part II of this Memorandum",
                                  "taken note of the Commission's review of the finances"], NOTES)


if __name__ == "__main__":
    main()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b59en.py"), NAME)) and 1)

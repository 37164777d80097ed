"""Round 72 (EN): an Indian STATE EXPERT COMMITTEE REPORT (genre of the committees a State Government constitutes
by Government Resolution to examine how a law is being implemented: a title page block, chapters with paragraphs
numbered by chapter, the Act quoted, a survey table, observations, an earlier committee's recommendation, and a
closing chapter 'Summary of Recommendations' numbered 1-7, each with its '(Para x.y)' cross-reference) answered by
a GOVERNMENT RESOLUTION (G.R.) (genre of the State Government's executive orders: department, subject, G.R.
number, place and date, 'Read:' references, 'PREAMBLE', then 'GOVERNMENT RESOLUTION' with the decisions as
numbered paragraphs in the Government's own order, the budget head, the Finance Department's concurrence, the
website and computer code, 'By order and in the name of the Governor of ...', the Deputy Secretary's signature
and the 'Copy to' list).
Advice: Government of Sahyagiri, 'Report of the Expert Committee on the Implementation of the Street Vendors
(Protection of Livelihood and Regulation of Street Vending) Act, 2014 in the Municipal Corporations of Sahyagiri',
November 2025, A4, 3 p.; recommendations 1-7 in Chapter 6.
Response: Government of Sahyagiri, Urban Development Department, Government Resolution No. SVA-2026/C.R.118/UD-21,
11 March 2026, 2 p.; decisions 1-7 of the G.R. take the recommendations in the order 3, 1, 4, 2+6 (one decision),
5; 7 (transfer of the certificate of vending to the family) is not answered.
fpdf2, cleaned Liberation Serif (report) and Liberation Sans (G.R.), fixed creation dates. The Street Vendors Act
2014 is real (what is said of it here is not to be relied on); the State of Sahyagiri, its departments, the
Committee, its members, the earlier committee, the G.R.s and all figures are invented.

Run:  /tmp/blind72en/bin/python tests/docs/src/blind72/gen_en_govt_resolution_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b72en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind72_en_govt_resolution"
MAROON = (110, 30, 30)
GREY = (90, 90, 90)
FILL = (240, 234, 222)
ACT = "Street Vendors (Protection of Livelihood and Regulation of Street Vending) Act, 2014"

RECS = [
    ("3.9", "A fresh survey of street vendors should be completed in every Municipal Corporation within six months, "
            "using biometric identification, and a certificate of vending issued to every vendor so identified."),
    ("4.6", "Elections of the street vendor representatives to the Town Vending Committees should be conducted by "
            "the State Election Commission and not by the Municipal Commissioner."),
    ("4.11", "Every Municipal Corporation should prepare and notify its Street Vending Plan, with vending zones "
             "marked ward by ward, not later than 31 March 2027."),
    ("5.4", "The daily collection of vending fees through private contractors should be discontinued, and a "
            "uniform monthly fee should be paid by vendors through the online portal of the Corporation."),
    ("5.8", "A Sahyagiri Street Vendors Welfare Board should be established by statute, with a corpus fund to "
            "which each Municipal Corporation contributes one per cent of its vending fee collections."),
    ("5.12", "A Grievance Redressal Committee chaired by a retired Civil Judge should be constituted in each "
             "Municipal Corporation within three months, to decide disputes within thirty days."),
    ("5.15", "The certificate of vending should be transferable to the spouse or a dependent child of the vendor "
             "on the vendor's death or permanent incapacity."),
]


class Doc(FPDF):
    def __init__(self, date, foot, fam, base):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.fam = fam
        self.set_creation_date(date)
        self.foot = foot
        self.set_margins(24, 20, 22)
        self.set_auto_page_break(True, 20)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.fam, "", 8.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10.5, lh=5.2, after=2.6, indent=0, align="J"):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def np(self, n, t, size=10.5, lh=5.2, after=2.6, gap=11, style="", indent=0):
        """A paragraph with its number hanging in a column."""
        self.set_font(self.fam, style, size)
        w = self.epw - gap - indent
        lines = self.multi_cell(w, lh, t, dry_run=True, output="LINES", markdown=True)
        if self.get_y() + min(len(lines), 2) * lh > self.h - self.b_margin:
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(gap, lh, str(n))
        self.set_xy(self.l_margin + indent + gap, y)
        self.multi_cell(w, lh, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)

    def hd(self, t, size=11.5, after=2, color=MAROON, align="L"):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align=align)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def grid(self, rows, widths, size=9):
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.set_font(self.fam, "", size)
        with self.table(col_widths=widths, width=sum(widths), align="CENTER", line_height=4.6,
                        first_row_as_headings=False, text_align=("LEFT",) + ("RIGHT",) * (len(widths) - 1)) as t:
            for i, r in enumerate(rows):
                row = t.row()
                for c in r:
                    row.cell(c, style=FontFace(emphasis="BOLD" if i in (0, len(rows) - 1) else None,
                                               fill_color=FILL if i == 0 else (255, 255, 255)))
        self.ln(2)


def advice(path):
    d = Doc(datetime(2025, 11, 28, 10, 0, tzinfo=timezone.utc), "- {n} -", "SR", "LiberationSerif")
    d.add_page()
    d.set_font("SR", "", 10)
    d.cell(0, 5, "GOVERNMENT OF SAHYAGIRI", align="C", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, "URBAN DEVELOPMENT DEPARTMENT", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_draw_color(*MAROON)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y(), d.l_margin + d.epw, d.get_y())
    d.ln(4)
    d.set_font("SR", "B", 15)
    d.set_text_color(*MAROON)
    d.multi_cell(0, 7, "REPORT OF THE EXPERT COMMITTEE ON THE IMPLEMENTATION OF THE STREET VENDORS ACT, 2014 IN "
                 "THE MUNICIPAL CORPORATIONS OF SAHYAGIRI", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("SR", "I", 10)
    d.multi_cell(0, 5, "Constituted vide Government Resolution No. SVA-2025/C.R.31/UD-21 dated 2 June 2025\n"
                 "Submitted to the Government on 28 November 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.line(d.l_margin, d.get_y(), d.l_margin + d.epw, d.get_y())
    d.ln(3)

    d.hd("CHAPTER 1 - INTRODUCTION")
    d.np("1.1", "The Government of Sahyagiri constituted this Expert Committee under the chairmanship of Dr. "
         "Meenakshi Raghavan, former Director of the State Institute of Urban Affairs, to review the "
         "implementation of the " + ACT + " (the Act) in the eleven Municipal Corporations of the State. The "
         "terms of reference of the Committee were:")
    for k, t in (("(a)", "to assess the progress of the survey of street vendors and the issue of certificates of "
                         "vending;"),
                 ("(b)", "to examine the functioning of the Town Vending Committees;"),
                 ("(c)", "to review the levy and collection of vending fees; and"),
                 ("(d)", "to suggest measures for the welfare and social security of street vendors.")):
        d.np(k, t, indent=11, gap=9, after=1)
    d.ln(1.5)
    d.np("1.2", "The Committee held fourteen meetings, visited six Corporations and heard 212 vendors, 38 "
         "officials and the representatives of nine vendors' unions. The members of the Committee are listed "
         "at Annexure I.")

    d.hd("CHAPTER 2 - THE LEGAL FRAMEWORK")
    d.np("2.1", "Section 3 of the Act requires the Town Vending Committee to conduct a survey of all existing "
         "street vendors and to repeat it at least once in every five years. No street vendor may be evicted or "
         "relocated until the survey has been completed and certificates of vending issued to all the vendors "
         "identified in it.")
    d.np("2.2", "Under section 22 of the Act, not less than forty per cent of the members of a Town Vending "
         "Committee must be representatives of street vendors, elected by the vendors themselves, and one-third "
         "of those representatives must be women. Section 18 requires thirty days' notice before any vendor is "
         "relocated.")
    d.np("2.3", "The High-Powered Committee of 2017 had recommended that \"vending zones should be demarcated "
         "in consultation with the traffic police\". That recommendation was accepted by the Government in 2018 "
         "and is not repeated here.")

    d.hd("CHAPTER 3 - SURVEY AND CERTIFICATES OF VENDING")
    d.np("3.1", "The position of the surveys in the Municipal Corporations, as reported to the Committee, is "
         "given in Table 3.1.")
    d.grid([["Municipal Corporation", "Last survey", "Vendors surveyed", "Certificates issued"],
            ["Rajgad", "2019", "18,420", "11,305"], ["Devnagar", "2021", "9,876", "9,102"],
            ["Kanhapur", "2018", "7,214", "2,960"], ["Sindhughat", "2022", "4,530", "4,481"],
            ["Other seven Corporations", "2017-2022", "21,648", "12,377"],
            ["Total", "", "61,688", "40,225"]], [62, 28, 34, 36])
    d.p("Table 3.1: Survey of street vendors and certificates of vending (source: Directorate of Municipal "
        "Administration, October 2025)", style="I", size=9, align="C")
    d.np("3.4", "In four Corporations the last survey is more than five years old. Vendors who were not "
         "surveyed cannot obtain a certificate, and the Committee heard that many of them pay informal charges "
         "to continue vending. The survey should be seen not as a formality but as the foundation of the Act.")
    d.np("3.9", "Having regard to the above, the Committee has made a recommendation on a fresh survey, which is "
         "set out in Chapter 6.")

    d.hd("CHAPTER 4 - TOWN VENDING COMMITTEES AND VENDING PLANS")
    d.np("4.2", "In several Corporations the elections of vendor representatives were conducted by municipal "
         "staff without published electoral rolls, and the results were disputed. Unions told the Committee "
         "that the Municipal Commissioner, who also presides over evictions, should not conduct the elections.")
    d.np("4.9", "Only two of the eleven Corporations have notified a Street Vending Plan. In the absence of a "
         "plan, vending zones are decided case by case by ward officers.")

    d.hd("CHAPTER 5 - FEES, WELFARE AND GRIEVANCES")
    d.np("5.2", "Seven Corporations collect a daily fee of Rs. 10 to Rs. 30 through contractors, who retain a "
         "commission of up to 35 per cent. The Committee is of the view that vendors should not be made to pay "
         "more than the notified fee in any form.")
    d.np("5.7", "Street vendors have no access to the welfare schemes available to construction workers, and "
         "most have no health insurance. The Committee considered and did not favour a separate cess on "
         "vendors for this purpose.")
    d.np("5.11", "Grievances about certificates and relocation are at present heard by the same officers whose "
         "decisions are complained of.")

    d.hd("CHAPTER 6 - SUMMARY OF RECOMMENDATIONS")
    d.p("The recommendations of the Committee are summarised below. The paragraph of the report in which each "
        "is discussed is shown in brackets.")
    for i, (para, text) in enumerate(RECS, 1):
        d.np("%d." % i, text + " (Para %s)" % para, gap=9, after=2)
    d.ln(3)
    d.p("Sd/-  Dr. Meenakshi Raghavan, Chairperson\nSd/-  Shri Vinayak Deshpande, Member\n"
        "Sd/-  Smt. Farida Shaikh, Member-Secretary", size=10, align="L")
    d.output(path)


def response(path):
    d = Doc(datetime(2026, 3, 11, 10, 0, tzinfo=timezone.utc), "Page {n} of 2", "LS", "LiberationSans")
    d.add_page()

    def C(t, st="", sz=10.5, after=1):
        d.set_font("LS", st, sz)
        d.multi_cell(0, 5.2, t, align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(after)
    C("Implementation of the Street Vendors (Protection of Livelihood and Regulation of Street Vending) Act, "
      "2014 in the Municipal Corporations - Decisions of the Government on the report of the Expert Committee",
      "B", after=2)
    C("GOVERNMENT OF SAHYAGIRI")
    C("Urban Development Department")
    C("Government Resolution No. SVA-2026/C.R.118/UD-21", "B")
    C("Mantralaya, Rajgad - 400 032")
    C("Date: 11 March 2026", after=3)
    d.set_font("LS", "B", 10)
    d.cell(12, 5.2, "Read:")
    d.set_font("LS", "", 10)
    y = d.get_y()
    for k, t in (("1)", "Government Resolution, Urban Development Department, No. SVA-2025/C.R.31/UD-21, dated 2 "
                        "June 2025."),
                 ("2)", "Report of the Expert Committee submitted to the Government on 28 November 2025.")):
        d.set_xy(d.l_margin + 12, y)
        d.cell(7, 5.2, k)
        d.multi_cell(d.epw - 19, 5.2, t, new_x="LMARGIN", new_y="NEXT")
        y = d.get_y()
    d.ln(2)
    d.set_font("LS", "B", 10.5)
    d.cell(0, 6, "PREAMBLE:", new_x="LMARGIN", new_y="NEXT")
    d.p("The Government, by the Resolution at reference No. 1, constituted an Expert Committee under the "
        "chairmanship of Dr. Meenakshi Raghavan to review the implementation of the Street Vendors Act, 2014 in "
        "the Municipal Corporations of the State. The Committee submitted its report, read at reference No. 2, "
        "on 28 November 2025. The report was placed before the Cabinet in its meeting held on 3 March 2026, and "
        "the Government was considering issuing orders on it.", size=10)
    d.set_font("LS", "B", 10.5)
    d.cell(0, 6, "GOVERNMENT RESOLUTION:", new_x="LMARGIN", new_y="NEXT")
    d.p("After careful consideration of the report of the Expert Committee, the Government has taken the "
        "following decisions:", size=10)
    dec = [
        "Every Municipal Corporation shall prepare its Street Vending Plan, with vending zones marked ward by "
        "ward, and the plan shall be notified with the approval of the Town Vending Committee on or before 31 "
        "March 2027. The Directorate of Municipal Administration shall review progress every quarter.",
        "A fresh survey of street vendors shall be conducted in all Municipal Corporations. In view of the "
        "scale of the work, the survey shall be completed within nine months from the date of this Resolution "
        "instead of six months as recommended by the Committee. Biometric identification shall not be made "
        "compulsory; the survey shall rely on the documents listed in Annexure A. Certificates of vending shall "
        "be issued to all vendors identified in the survey.",
        "The collection of vending fees through contractors shall be stopped with effect from 1 July 2026. From "
        "that date every vendor shall pay a uniform monthly fee, notified by the Corporation, through the "
        "online portal of the Corporation or at its ward office.",
        "As regards Recommendation Nos. 2 and 6 of the Committee: the recommendation that the State Election "
        "Commission conduct the elections of vendor representatives is not accepted, and those elections shall "
        "continue to be conducted by the Municipal Commissioner under the rules framed under the Act, with the "
        "electoral roll published thirty days in advance. The recommendation for a Grievance Redressal "
        "Committee is accepted: such a Committee, chaired by a retired Civil Judge, shall be constituted in "
        "each Municipal Corporation within three months and shall dispose of every dispute within thirty days.",
        "The recommendation to establish a statutory Street Vendors Welfare Board shall be examined separately "
        "by the Industries, Energy and Labour Department, in consultation with the Finance Department, and "
        "proposals shall be placed before the Government in due course.",
        "The expenditure on the survey shall be met from the budget head 2217 - Urban Development, (05) Other "
        "Urban Development Schemes, and shall be within the sanctioned grant for the year 2026-27.",
        "This Government Resolution is issued with the concurrence of the Finance Department given vide its "
        "informal reference No. 84/Expr-7 dated 24 February 2026.",
    ]
    for i, t in enumerate(dec, 1):
        d.np("%d." % i, t, size=10, lh=5.1, gap=8)
    d.p("This Government Resolution is available on the website of the Government of Sahyagiri, "
        "www.sahyagiri.gov.in, and its computer code is 202603111642087321. It is digitally signed and issued.",
        size=10)
    d.ln(2)
    d.set_font("LS", "", 10)
    d.multi_cell(0, 5.2, "By order and in the name of the Governor of Sahyagiri,", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(6)
    d.multi_cell(0, 5.2, "(Anand B. Kulkarni)\nDeputy Secretary to Government", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.set_font("LS", "B", 9.5)
    d.cell(0, 5, "Copy to:", new_x="LMARGIN", new_y="NEXT")
    for k, t in enumerate(("The Principal Secretary to the Hon'ble Governor, Raj Bhavan, Rajgad",
                           "The Additional Chief Secretary to the Hon'ble Chief Minister",
                           "The Private Secretary to the Hon'ble Minister (Urban Development)",
                           "The Director, Directorate of Municipal Administration, Rajgad",
                           "The Municipal Commissioners of all Municipal Corporations in the State",
                           "Select file (UD-21)"), 1):
        d.np("%d)" % k, t, size=9.5, lh=4.6, gap=7, after=0.4)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "completed within nine months from the date of this Resolution", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "conduct the elections of vendor representatives is not accepted",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "Every Municipal Corporation shall prepare its Street Vending Plan",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The collection of vending fees through contractors shall be stopped",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "statutory Street Vendors Welfare Board shall be examined separately",
         "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "The recommendation for a Grievance Redressal Committee is accepted",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "The report was placed before the Cabinet in its meeting",
        "shall be met from the budget head 2217",
        "issued with the concurrence of the Finance Department",
        "and its computer code is 202603111642087321",
    ], "Advice: an Indian State Government's expert committee report on the implementation of the Street Vendors "
       "Act, 2014 (serif, centred title block 'GOVERNMENT OF SAHYAGIRI', chapters 1-6 in capitals with paragraphs "
       "1.1-5.11 numbered in a hanging column, page numbers '- n -'). The seven recommendations stand only in "
       "CHAPTER 6 - SUMMARY OF RECOMMENDATIONS as a numbered list 1.-7., each a 'should' sentence ending in a "
       "'(Para x.y)' cross-reference to a paragraph number that mostly does not appear in the body. Traps: the "
       "terms of reference (a)-(d); sections 3, 18 and 22 of the Act ('must be representatives of street "
       "vendors', 'thirty days' notice'); the High-Powered Committee of 2017 quoted ('vending zones should be "
       "demarcated ...', accepted in 2018, not repeated); Table 3.1; findings with 'should' ('The survey should "
       "be seen not as a formality', unions' 'should not conduct the elections', 'vendors should not be made to "
       "pay more'); 'considered and did not favour a separate cess'; paragraph 3.9 that points to Chapter 6; the "
       "signatures. Response: a Government Resolution (G.R.) of the Urban Development Department: centred subject, "
       "G.R. number, place and date, 'Read:' 1)-2), PREAMBLE, 'GOVERNMENT RESOLUTION:' with decisions 1.-7. in the "
       "Government's own numbering, the website and computer code, 'By order and in the name of the Governor', "
       "the Deputy Secretary's signature and the 'Copy to' list. Decision 1 = recommendation 3 (agrees, no number "
       "named); 2 = 1, nine months instead of six and no biometrics (partly); 3 = 4 (agrees); 4 ONE decision 'As "
       "regards Recommendation Nos. 2 and 6': elections by the State Election Commission 'not accepted' (2 "
       "disagrees) and the Grievance Redressal Committee 'accepted' (6 agrees); 5 = the Welfare Board 'shall be "
       "examined separately by the Industries, Energy and Labour Department' (5 noted); 7 (transfer of the "
       "certificate to the family) is not answered. Unmatched: the preamble, decision 6 (budget head), decision 7 "
       "(Finance Department concurrence), the website and computer code paragraph, the 'Copy to' list.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 71 (EN): an Australian PARLIAMENTARY JOINT COMMITTEE'S ADVISORY REPORT ON A BILL (genre of the joint
committees of the Commonwealth Parliament that report on a bill referred to them: a chair's foreword, an
introductory chapter on the referral and the bill, a chapter of key issues with paragraphs numbered by chapter,
'Committee comment' sub-headings and each recommendation in a shaded box 'Recommendation N' that carries its own
paragraph number, then additional comments by a minority senator) answered by the SUPPLEMENTARY EXPLANATORY
MEMORANDUM to the Government's amendments (the cover in capitals 'Amendments to be Moved on Behalf of the
Government (Circulated by authority of ...)', a General Outline in numbered paragraphs, a financial impact
statement, a Statement of Compatibility with Human Rights and 'Notes on amendments' by amendment number).
Advice: Parliamentary Joint Committee on Transport Security, 'Advisory report on the Maritime Transport and
Offshore Facilities Security Amendment (Critical Ports) Bill 2026', August 2026, A4, 3 p.; recommendations 1-7
in boxes at paragraphs 2.12, 2.18, 2.25, 2.31, 2.36, 2.40 and 2.44.
Response: the Supplementary Explanatory Memorandum, 2 p.; order 4, 5 (General Outline), 3+6 (one note),
1, 2; 7 ('that the Bill be passed') is not answered.
fpdf2, cleaned Liberation Sans (report) and Liberation Serif (memorandum), fixed creation dates. The Maritime
Transport and Offshore Facilities Security Act 2003 and the Human Rights (Parliamentary Scrutiny) Act 2011 are
real (what is said of them here is not to be relied on); the Bill, the Committee, its members, the Minister,
the submitters' words, the figures and the proposed sections are invented.

Run:  /tmp/blind71en/bin/python tests/docs/src/blind71/gen_en_sem_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b71en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind71_en_sem"
NAVY = (22, 52, 94)
GREY = (95, 95, 95)
BOXFILL = (228, 234, 243)
BILL = "Maritime Transport and Offshore Facilities Security Amendment (Critical Ports) Bill 2026"

RECS = [
    ("2.12", "The Committee recommends that the Bill be amended to require the Secretary to consult the port "
             "facility operator and the relevant state or territory port authority before declaring a critical "
             "port security zone, except where urgent action is required."),
    ("2.18", "The Committee recommends that the Bill be amended to provide for an independent review of the "
             "operation of the amendments three years after commencement, with the report of the review to be "
             "tabled in both Houses of Parliament."),
    ("2.25", "The Committee recommends that the information-gathering power in proposed section 109B be limited "
             "to information that is reasonably necessary to respond to a security incident or a threat of "
             "unlawful interference."),
    ("2.31", "The Committee recommends that the maximum civil penalty for a failure to report a security incident "
             "under proposed section 109D be reduced from 500 penalty units to 200 penalty units."),
    ("2.36", "The Committee recommends that the Department of Infrastructure and Transport publish plain-language "
             "guidance for port workers on their rights and obligations within a critical port security zone, "
             "before the amendments commence."),
    ("2.40", "The Committee recommends that the Department report each year in its annual report the number, "
             "location and duration of the critical port security zone declarations made in that year."),
    ("2.44", "Subject to the preceding recommendations, the Committee recommends that the Bill be passed."),
]


class Doc(FPDF):
    def __init__(self, date, foot, fam="LS", base="LiberationSans"):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.fam = fam
        self.set_creation_date(date)
        self.foot = foot
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)

    def footer(self):
        self.set_y(-13)
        self.set_font(self.fam, "", 8)
        self.set_text_color(*GREY)
        if self.foot:
            self.cell(0, 4, self.foot, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "%d" % self.page_no(), align="R")
        else:
            self.cell(0, 4, "%d" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=10, lh=5.0, after=2.6, indent=0, align="J"):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def np(self, n, t, size=10, lh=5.0, after=2.6, gap=11, style=""):
        """A paragraph with its number hanging in a margin column."""
        self.set_font(self.fam, style, size)
        lines = self.multi_cell(self.epw - gap, lh, t, dry_run=True, output="LINES", markdown=True)
        if self.get_y() + min(len(lines), 2) * lh > self.h - self.b_margin:
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(gap, lh, str(n))
        self.set_xy(self.l_margin + gap, y)
        self.multi_cell(self.epw - gap, lh, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)

    def bullet(self, t, gap=11, size=10, lh=5.0):
        self.set_font(self.fam, "", size)
        y = self.get_y()
        self.set_x(self.l_margin + gap)
        self.cell(5, lh, "-")
        self.set_xy(self.l_margin + gap + 5, y)
        self.multi_cell(self.epw - gap - 5, lh, t, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(1.2)

    def hd(self, t, size=12, color=NAVY, after=2):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(2)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def recbox(self, k):
        """A shaded box: 'Recommendation N' over the paragraph number and the recommendation."""
        num, text = RECS[k - 1]
        gap, lh = 11, 5.0
        self.set_font(self.fam, "", 10)
        lines = self.multi_cell(self.epw - gap - 6, lh, text, dry_run=True, output="LINES")
        hgt = 6.5 + len(lines) * lh + 4
        if self.get_y() + hgt > self.h - self.b_margin:
            self.add_page()
        y = self.get_y() + 1
        self.set_fill_color(*BOXFILL)
        self.set_draw_color(*NAVY)
        self.set_line_width(0.35)
        self.rect(self.l_margin, y, self.epw, hgt, style="DF")
        self.set_xy(self.l_margin + 3, y + 2)
        self.set_font(self.fam, "B", 10)
        self.set_text_color(*NAVY)
        self.cell(0, 5, "Recommendation %d" % k)
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", 10)
        self.set_xy(self.l_margin + 3, y + 7.5)
        self.cell(gap - 3, lh, num)
        self.set_xy(self.l_margin + gap, y + 7.5)
        self.multi_cell(self.epw - gap - 6, lh, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_y(y + hgt + 4)

    def grid(self, rows, widths, size=8.8):
        if self.get_y() + 6 * len(rows) + 12 > self.h - self.b_margin:
            self.add_page()
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.set_font(self.fam, "", size)
        with self.table(col_widths=widths, width=sum(widths), align="CENTER", line_height=4.5,
                        first_row_as_headings=False, text_align="LEFT") as t:
            for i, r in enumerate(rows):
                row = t.row()
                for c in r:
                    row.cell(c, style=FontFace(emphasis="BOLD" if i == 0 else None,
                                               fill_color=BOXFILL if i == 0 else (255, 255, 255)))
        self.ln(2)


def advice(path):
    d = Doc(datetime(2026, 8, 13, 9, 0, tzinfo=timezone.utc), "Advisory report on the Critical Ports Bill")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, 210, 44, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 9)
    d.set_font("LS", "", 9)
    d.cell(0, 4, "The Parliament of the Commonwealth of Australia", new_x="LMARGIN", new_y="NEXT")
    d.set_xy(22, 15)
    d.set_font("LS", "B", 14.5)
    d.multi_cell(166, 6.4, "Advisory report on the " + BILL, new_x="LMARGIN", new_y="NEXT")
    d.set_x(22)
    d.set_font("LS", "", 9.5)
    d.cell(0, 6, "Parliamentary Joint Committee on Transport Security  |  August 2026  |  Canberra  |  Extract")
    d.set_text_color(0, 0, 0)
    d.set_y(52)
    d.hd("Chair's foreword")
    d.p("Australia's ports handle almost all of the nation's trade by volume. The Bill gives the Secretary new "
        "powers to declare parts of a port a critical port security zone, to require information from people who "
        "work there and to require security incidents to be reported within 12 hours.")
    d.p("The Committee accepts that these powers are needed, but they must be used carefully. We have "
        "recommended that operators be consulted before a zone is declared, that the information power be "
        "narrowed, that the penalties be more proportionate and that the new regime be reviewed after three "
        "years. With those changes, the Committee supports the passage of the Bill.")
    d.p("Mr Andrew Talbot MP, Chair", style="I")
    d.hd("Chapter 1  Introduction")
    d.np("1.1", "On 26 March 2026 the Minister for Infrastructure and Transport referred the Bill to the "
         "Committee for inquiry and report. The Committee was asked to consider:")
    d.bullet("whether the powers in the Bill are necessary and proportionate;")
    d.bullet("the effect of the Bill on port operators, shipping lines and port workers; and")
    d.bullet("the adequacy of the safeguards and oversight arrangements in the Bill.")
    d.np("1.2", "The Committee received 23 submissions and held a public hearing in Fremantle on 9 June 2026. "
         "A list of submitters and witnesses is at Appendix A.")
    d.np("1.3", "The Bill would amend the Maritime Transport and Offshore Facilities Security Act 2003 (the Act). "
         "Under section 41 of the Act, a port facility operator must have a maritime security plan in force, and "
         "under section 47 the plan must be revised whenever the security level changes. The Bill adds a new "
         "Part 5A, which would allow the Secretary to declare a critical port security zone for up to 90 days.")
    d.hd("Chapter 2  Key issues")
    d.np("2.1", "Most submitters supported the purpose of the Bill. Their concerns went to the breadth of the new "
         "powers and the lack of any obligation to consult before they are used.")
    d.hd("Declaring a critical port security zone", size=10.5, color=(0, 0, 0), after=1)
    d.np("2.2", "Ports Australia submitted that the Secretary should be required to consult the port operator "
         "before a declaration, because a zone may close berths and disrupt shipping schedules for weeks. The "
         "Department told the Committee that it would consult in practice, but did not support a statutory "
         "requirement.")
    d.np("2.3", "The number of security incidents reported at security regulated ports has risen in each of the "
         "last five years, as Table 2.1 shows.")
    d.grid([["Year", "Incidents reported", "Of which unlawful interference"],
            ["2021-22", "142", "11"], ["2022-23", "158", "14"], ["2023-24", "171", "13"],
            ["2024-25", "196", "19"], ["2025-26", "224", "22"]], [34, 46, 58])
    d.p("Table 2.1  Security incidents reported at security regulated ports (source: Department of "
        "Infrastructure and Transport, submission 12)", style="I", size=8.6, align="C")
    d.hd("Committee comment", size=10.5, color=(0, 0, 0), after=1)
    d.np("2.11", "The Committee considers that a short obligation to consult would improve the quality of "
         "declarations without preventing the Secretary from acting quickly when a threat is imminent.")
    d.recbox(1)
    d.hd("Oversight and review", size=10.5, color=(0, 0, 0), after=1)
    d.np("2.13", "In its 2019 report on the Transport Security Amendment (Serious Crime) Bill, the Committee "
         "recommended that \"the Department publish an annual statement of the use of the powers conferred by "
         "the Bill\". That recommendation was implemented in 2021 and the Committee does not repeat it.")
    d.np("2.17", "The Bill contains no review provision. Given the novelty of the powers, the Committee believes "
         "that their operation should be examined independently once they have been in use for some time.")
    d.recbox(2)
    d.hd("The information-gathering power", size=10.5, color=(0, 0, 0), after=1)
    d.np("2.19", "Proposed section 109B would allow the Secretary to require any person to give any information "
         "relevant to the security of a critical port. The Parliamentary Joint Committee on Human Rights noted "
         "that the power \"is not limited to information about an identified threat\" and that it engages the "
         "right to privacy.")
    d.np("2.24", "The Committee shares these concerns. A power of this breadth should be confined to what is "
         "needed to deal with an incident or a threat.")
    d.recbox(3)
    d.hd("Penalties", size=10.5, color=(0, 0, 0), after=1)
    d.np("2.26", "A person who fails to report a security incident within 12 hours would be liable to a civil "
         "penalty of up to 500 penalty units. The Maritime Union of Australia argued that many incidents are "
         "first observed by individual workers, who may not know that they must be reported.")
    d.recbox(4)
    d.np("2.32", "Witnesses from the stevedoring companies also told the Committee that workers had received no "
         "information about what a declaration would mean for their access to the wharf.")
    d.recbox(5)
    d.np("2.37", "The Committee also sees value in regular public reporting, so that the Parliament can see how "
         "often and where the new powers are used.")
    d.recbox(6)
    d.hd("Conclusion", size=10.5, color=(0, 0, 0), after=1)
    d.np("2.41", "The Committee is satisfied that the Bill responds to a real and growing risk. With the "
         "amendments recommended above, the powers will be subject to appropriate safeguards.")
    d.recbox(7)
    d.hd("Additional comments by Senator Ruth Calloway (Australian Greens)", size=11)
    d.np("1.1", "I support the Committee's recommendations, but they do not go far enough. In my view the Bill "
         "should not proceed until the Government has published the threat assessment on which it relies, and "
         "the 90-day limit on a declaration should be reduced to 30 days.")
    d.p("Senator Ruth Calloway", style="I")
    d.output(path)


def response(path):
    d = Doc(datetime(2026, 9, 8, 9, 0, tzinfo=timezone.utc), None, fam="SR", base="LiberationSerif")
    d.add_page()
    def C(t, st="", sz=11, after=3):
        if d.get_y() > d.h - 45:
            d.add_page()
        d.set_font("SR", st, sz)
        d.multi_cell(0, 5.6, t, align="C", new_x="LMARGIN", new_y="NEXT")
        d.ln(after)
    d.ln(6)
    C("2026", "B", 12, 5)
    C("THE PARLIAMENT OF THE COMMONWEALTH OF AUSTRALIA", "B", 11.5, 6)
    C("HOUSE OF REPRESENTATIVES", "", 11, 10)
    C(BILL.upper(), "B", 11.5, 10)
    C("SUPPLEMENTARY EXPLANATORY MEMORANDUM", "B", 11.5, 8)
    C("Amendments to be Moved on Behalf of the Government", "", 11, 8)
    C("(Circulated by authority of the Minister for Infrastructure and Transport,\nthe Hon. Daniel Reeve MP)",
      "", 10.5, 12)
    d.set_draw_color(0, 0, 0)
    d.line(80, d.get_y(), 130, d.get_y())
    d.ln(8)
    C(BILL.upper(), "B", 10.5, 2)
    C("GENERAL OUTLINE", "B", 10.5, 5)
    d.np("1.", "These amendments to the " + BILL + " (the Bill) respond to the advisory report of the "
         "Parliamentary Joint Committee on Transport Security (the Committee), tabled on 13 August 2026. The "
         "Government thanks the Committee and the organisations and individuals who made submissions to its "
         "inquiry.", size=11, lh=5.6)
    d.np("2.", "The Committee made seven recommendations. The amendments give effect, in whole or in part, to "
         "four of them, and are explained in the notes on amendments below.", size=11, lh=5.6)
    d.np("3.", "The Government has not accepted the Committee's recommendation that the maximum civil penalty "
         "for failing to report a security incident be lowered. A maximum of 500 penalty units is consistent "
         "with comparable reporting obligations in other critical infrastructure legislation, and a lower "
         "maximum would not reflect the harm that an unreported incident at a critical port can cause. The "
         "penalty is a maximum, and the courts will continue to take account of a worker's circumstances.",
         size=11, lh=5.6)
    d.np("4.", "The Committee's fifth recommendation, on guidance for port workers, concerns the implementation "
         "of the Bill rather than its text. The Department of Infrastructure and Transport will consider the form "
         "of any guidance in consultation with port operators and unions once the Bill has passed.",
         size=11, lh=5.6)
    C("FINANCIAL IMPACT", "B", 10.5, 3)
    d.np("5.", "The amendments have no financial impact.", size=11, lh=5.6)
    C("STATEMENT OF COMPATIBILITY WITH HUMAN RIGHTS", "B", 10.5, 1)
    C("Prepared in accordance with Part 3 of the Human Rights (Parliamentary Scrutiny) Act 2011", "I", 10.5, 3)
    d.np("6.", "The amendments are compatible with the human rights and freedoms recognised or declared in the "
         "international instruments listed in section 3 of that Act. To the extent that they engage the right to "
         "privacy in Article 17 of the International Covenant on Civil and Political Rights, they do so in a way "
         "that is reasonable, necessary and proportionate.", size=11, lh=5.6)
    C("NOTES ON AMENDMENTS", "B", 10.5, 3)
    d.p("Amendments (1) and (2) - Schedule 1, item 14, page 7 (lines 3 to 9) and Schedule 1, item 18, page 9 "
        "(after line 27)", style="B", size=11, lh=5.6)
    d.np("7.", "Amendment (1) responds to Recommendation 3 of the Committee. It narrows proposed section 109B so "
         "that the Secretary may require a person to give information only where the information is relevant to "
         "a specific threat to the security of a critical port. The power has not been limited to responding to "
         "an incident, as the Committee proposed, because it is also needed to prepare for known threats before "
         "an incident occurs.", size=11, lh=5.6)
    d.np("8.", "Amendment (2) inserts proposed section 109J, which requires the Secretary to include in the "
         "Department's annual report the number, location and duration of the declarations made during the "
         "year.", size=11, lh=5.6)
    d.p("Amendment (3) - Schedule 1, item 9, page 5 (after line 20)", style="B", size=11, lh=5.6)
    d.np("9.", "This amendment inserts proposed subsection 109A(4), which requires the Secretary, before making a "
         "declaration, to consult the operator of the port facility and the port authority of the State or "
         "Territory concerned. Consultation is not required where the Secretary is satisfied that the "
         "declaration must be made urgently. This gives effect to the Committee's first recommendation.",
         size=11, lh=5.6)
    d.p("Amendment (4) - Schedule 1, page 12 (after line 30), at the end of the Schedule", style="B", size=11,
        lh=5.6)
    d.np("10.", "This amendment inserts a new item 31 requiring the Minister to cause an independent review of the "
         "operation of Part 5A to be started within three years after commencement, and a copy of the review "
         "report to be tabled in each House of the Parliament within 15 sitting days after the Minister "
         "receives it.", size=11, lh=5.6)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1][1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "This gives effect to the Committee's first recommendation", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "requiring the Minister to cause an independent review of the operation",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "The power has not been limited to responding to an incident",
         "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "has not accepted the Committee's recommendation that the maximum civil penalty",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "will consider the form of any guidance in consultation", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "inserts proposed section 109J, which requires the Secretary to include",
         "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7, 11), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "The Government thanks the Committee and the organisations and individuals",
        "The amendments have no financial impact",
        "compatible with the human rights and freedoms recognised or declared",
    ], "Advice: an Australian parliamentary joint committee's advisory report on a bill (a navy title band, "
       "chair's foreword, Chapter 1 with paragraphs 1.1-1.3, Chapter 2 with paragraphs 2.1-2.44 with hanging "
       "numbers, italic sub-headings, 'Committee comment'). The seven recommendations stand ONLY in shaded boxes "
       "headed 'Recommendation 1' ... 'Recommendation 7', each box also carrying the recommendation's own "
       "paragraph number (2.12, 2.18, 2.25, 2.31, 2.36, 2.40, 2.44) beside its text: numbers expected 1-7 (the "
       "box labels), not the paragraph numbers. Each opens 'The Committee recommends that ...' except 7, "
       "'Subject to the preceding recommendations, the Committee recommends that the Bill be passed.' Traps: "
       "the foreword paraphrasing them ('We have recommended that operators be consulted ...'), the terms of "
       "reference as dash bullets, sections 41 and 47 of the Act ('must have a maritime security plan in "
       "force'), Ports Australia's 'should be required to consult', Table 2.1, the Committee's 2019 "
       "recommendation quoted and not repeated, the PJCHR quoted, 'should be confined to what is needed', and "
       "the additional comments of a Greens senator ('the Bill should not proceed until ...', a paragraph "
       "numbered 1.1 again). Response: the Supplementary Explanatory Memorandum to the Government's amendments "
       "(centred capitals cover, 'Amendments to be Moved on Behalf of the Government'), paragraphs 1-10 numbered "
       "through the whole memorandum, no verdict labels; order 4, 5, 3+6, 1, 2: General Outline 3 'has not "
       "accepted the Committee's recommendation that the maximum civil penalty ... be lowered' (4 disagrees), 4 "
       "guidance 'concerns the implementation of the Bill rather than its text ... will consider the form of "
       "any guidance' (5 noted); NOTES ON AMENDMENTS: ONE note 'Amendments (1) and (2)' = paragraph 7, section "
       "109B narrowed to a specific threat but 'has not been limited to responding to an incident, as the "
       "Committee proposed' (3 partly) and paragraph 8, section 109J annual report (6 agrees, no recommendation "
       "number named); 'Amendment (3)' consultation before a declaration, 'This gives effect to the Committee's "
       "first recommendation' (1 agrees); 'Amendment (4)' independent review within three years, tabled (2 "
       "agrees, no number named); 7 (pass the Bill) is not answered. Unmatched: General Outline 1 (thanks) and "
       "2 (count of recommendations), FINANCIAL IMPACT and the STATEMENT OF COMPATIBILITY WITH HUMAN RIGHTS.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 69 (EN): a QUEENSLAND PARLIAMENTARY COMMITTEE REPORT ON A BILL (genre of the portfolio committees'
reports under Standing Order 132 and the Parliament of Queensland Act 2001: front matter with a 'Recommendations'
list giving each recommendation with its page number, 'Recommendation 1: ... the Bill be passed', chapters on
the Bill's clauses with stakeholder views, the department's advice and a 'Committee comment' before each shaded
recommendation box, chapters on the Legislative Standards Act 1992 and the Human Rights Act 2019, and a
non-government members' Statement of Reservation) and the MINISTER'S SECOND READING SPEECH in the Record of
Proceedings (Hansard), two columns, where the Minister answers the committee's recommendations in prose in
another order, in a debate that goes on with an interjection and the opposition's first speaker.
Advice: Transport, Coasts and Resources Committee, Report No. 14, 58th Parliament, 'Coastal Management and Other
Legislation Amendment Bill 2026', August 2026, A4, 4 p.: Chair's foreword (paraphrase), the front list of
recommendations 1-7 with page numbers (full text, repeated in the body boxes), chapters 1-4, traps:
submitters quoted ('should be withdrawn'), the department's advice quoted ('will consult ... as a matter of
practice'), section 4 of the Legislative Standards Act 1992 ('should not adversely affect rights and liberties
... retrospectively'), section 39 of the Human Rights Act 2019, a 'Committee comment' with 'should', a table
of submissions, and a Statement of Reservation ('The non-government members recommend that ...').
Response: Record of Proceedings, 15 October 2026, the second reading speech of the Minister for the Environment
and Coastal Resilience, two columns, 2 p.: the motion, an introduction, the tabled government response
(a 'Tabled paper' line), then recommendations 5, 2+6 (one paragraph, two verdicts), 4, 1, 7; recommendation 3
is not answered; an interjection and the Speaker's call to order, 'I commend the bill to the House' and the
opposition speaker answer nothing.
fpdf2 (text_columns for the Hansard), cleaned Liberation Sans / Serif, fixed creation dates. The Parliament of
Queensland, its Standing Orders, the Legislative Standards Act 1992, the Human Rights Act 2019 and the Planning
Act 2016 are real; the committee, the Bill, the members, the electorates, the submitters, the figures and
the grants program are invented, and what is said about the Acts is not to be relied on.

Run:  /tmp/blind69en/bin/python tests/docs/src/blind69/gen_en_qld_bill_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b69en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind69_en_qld_bill"
MAROON = (115, 24, 52)
SHADE = (244, 236, 239)
GREY = (90, 90, 90)
BILL = "Coastal Management and Other Legislation Amendment Bill 2026"

RECS = [
    "The committee recommends the Coastal Management and Other Legislation Amendment Bill 2026 be passed.",
    "The committee recommends that the Minister amend clause 14 of the Bill to require the chief executive to "
    "consult each affected local government before declaring a coastal hazard adaptation area.",
    "The committee recommends that the department publish the methodology it uses to map coastal hazard areas, "
    "including its sea level rise assumptions, before the Bill commences.",
    "The committee recommends that the Minister clarify, during the second reading debate, whether the "
    "declaration of a coastal hazard adaptation area is an adverse planning change for the purposes of the "
    "Planning Act 2016.",
    "The committee recommends that the transitional provisions in clause 42 be amended so that development "
    "applications properly made before commencement are decided under the former provisions.",
    "The committee recommends that the Queensland Government provide dedicated funding to coastal local "
    "governments for the preparation of shoreline erosion management plans.",
    "The committee recommends that the Minister review the operation of the amendments within three years of "
    "commencement and table a report on the review in the Legislative Assembly.",
]
PAGE_OF = {1: 2, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}


class Doc(FPDF):
    def __init__(self, date):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SR", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_creation_date(date)
        self.kind = "advice"

    def header(self):
        if self.kind == "advice" and self.page_no() > 1:
            self.set_font("LS", "I", 7.8)
            self.set_text_color(*GREY)
            self.set_y(9)
            self.cell(0, 4, BILL, align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)
        elif self.kind == "hansard":
            self.set_font("SR", "", 8.5)
            self.set_y(10)
            left = "%d" % (3411 + self.page_no())
            mid = "Coastal Management and Other Legislation Amendment Bill"
            right = "15 Oct 2026"
            if self.page_no() % 2 == 0:
                left, right = right, left
            self.cell(30, 4, left, align="L")
            self.cell(self.epw - 60, 4, mid, align="C")
            self.cell(30, 4, right, align="R")
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.3)
            self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
            self.set_y(self.t_margin)

    def footer(self):
        if self.kind == "advice":
            self.set_y(-13)
            self.set_font("LS", "", 7.8)
            self.set_text_color(*GREY)
            self.cell(0, 4, "Transport, Coasts and Resources Committee", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "%d" % self.page_no(), align="R")
            self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=9.8, lh=4.9, after=2.4, indent=0, align="J", fam="LS"):
        self.set_font(fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=12.5, after=1.5, color=MAROON):
        if self.get_y() > self.h - 42:
            self.add_page()
        self.ln(1.8)
        self.set_font("LS", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def recbox(self, n):
        self.set_font("LS", "", 9.8)
        lines = self.multi_cell(self.epw - 10, 4.9, RECS[n - 1], dry_run=True, output="LINES")
        need = 6 + len(lines) * 4.9 + 6
        if self.get_y() + need > self.h - self.b_margin:
            self.add_page()
        y0 = self.get_y()
        self.set_fill_color(*SHADE)
        self.set_draw_color(*MAROON)
        self.set_line_width(0.4)
        self.rect(self.l_margin, y0, self.epw, need, style="DF")
        self.set_xy(self.l_margin + 5, y0 + 2.5)
        self.set_font("LS", "B", 9.8)
        self.cell(0, 5, "Recommendation %d" % n, new_x="LMARGIN", new_y="NEXT")
        self.set_x(self.l_margin + 5)
        self.set_font("LS", "", 9.8)
        self.multi_cell(self.epw - 10, 4.9, RECS[n - 1], new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_y(y0 + need + 3)


def advice(path):
    d = Doc(datetime(2026, 8, 28, 9, 0, tzinfo=timezone.utc))
    d.set_margins(22, 18, 22)
    d.set_auto_page_break(True, 19)
    d.add_page()
    d.set_font("LS", "B", 9)
    d.set_text_color(*MAROON)
    d.cell(0, 5, "Queensland Parliament  |  Transport, Coasts and Resources Committee", new_x="LMARGIN",
           new_y="NEXT")
    d.set_draw_color(*MAROON)
    d.set_line_width(1)
    d.line(22, d.get_y() + 1.5, 188, d.get_y() + 1.5)
    d.ln(6)
    d.set_font("LS", "B", 17)
    d.multi_cell(0, 8, BILL, new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 10)
    d.cell(0, 6, "Report No. 14, 58th Parliament  |  August 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("Chair's foreword", 11.5)
    d.p("This report presents a summary of the Transport, Coasts and Resources Committee's examination of the "
        "Coastal Management and Other Legislation Amendment Bill 2026. The committee's task was to consider the "
        "policy to be achieved by the legislation and the application of fundamental legislative principles. "
        "The committee has made seven recommendations, most of which concern the role of local governments and "
        "the transition to the new framework. On behalf of the committee, I thank those who made written "
        "submissions and appeared at the public hearing in Hervey Bay.")
    d.p("Ms Alison Carrick MP\nChair", align="L", after=3)
    d.hd("Recommendations", 11.5)
    for i, r in enumerate(RECS, 1):
        d.set_font("LS", "B", 9.6)
        d.cell(d.epw - 12, 5, "Recommendation %d " % i + "." * 110, new_x="RIGHT", new_y="TOP")
        d.cell(12, 5, str(PAGE_OF[i]), align="R", new_x="LMARGIN", new_y="NEXT")
        d.p(r, size=9.6, lh=4.7, after=2, align="L")
    d.hd("1 Introduction")
    d.hd("1.1 Policy objectives of the Bill", 10.5, color=(0, 0, 0))
    d.p("The Bill was introduced by the Minister for the Environment and Coastal Resilience on 28 May 2026 and "
        "referred to the committee under Standing Order 131. Its objectives are to allow the chief executive "
        "to declare coastal hazard adaptation areas where land is at high risk of erosion or permanent "
        "inundation, to require development in those areas to be relocatable, and to update the coastal "
        "planning provisions of the Planning Act 2016.")
    d.hd("1.2 Consultation", 10.5, color=(0, 0, 0))
    d.p("The committee received 46 submissions and held a public hearing on 22 July 2026.")
    d.set_font("LS", "B", 8.6)
    d.cell(0, 5, "Table 1: Submissions received, by type of submitter", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LS", "", 8.6)
    with d.table(col_widths=(80, 30, 56), width=120, line_height=4.6, text_align=("LEFT", "CENTER", "LEFT"),
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=MAROON)) as t:
        for row in (("Submitter", "Number", "Position on the Bill"),
                    ("Local governments", "9", "Support with changes"),
                    ("Industry and property groups", "11", "Mostly opposed"),
                    ("Environment and community groups", "8", "Support"),
                    ("Individuals", "18", "Mixed")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.hd("1.3 Should the Bill be passed?", 10.5, color=(0, 0, 0))
    d.p("Standing Order 132(1) requires the committee to determine whether or not to recommend that the Bill be "
        "passed. After examining the Bill and the submissions, the committee recommends that it be passed.")
    d.recbox(1)
    d.hd("2 Examination of the Bill")
    d.hd("2.1 Declaring coastal hazard adaptation areas (clause 14)", 10.5, color=(0, 0, 0))
    d.p("Clause 14 allows the chief executive to declare an area by gazette notice. Several councils submitted "
        "that they should have a formal say before land in their area is declared. The Property Council "
        "branch argued that \"the declaration power is too broad and clause 14 should be withdrawn\".")
    d.p("The department advised that the chief executive \"will consult local governments as a matter of "
        "practice\", but that a statutory requirement could delay urgent declarations after a storm.")
    d.p("**Committee comment.** The committee accepts that declarations may sometimes be urgent. It considers, "
        "however, that councils hold the best local knowledge and that consultation should be a requirement "
        "of the Act rather than a matter of practice.")
    d.recbox(2)
    d.hd("2.2 Hazard mapping", 10.5, color=(0, 0, 0))
    d.p("Declarations will rely on the department's coastal hazard maps, which assume a sea level rise of 0.8 "
        "metres by 2100. Submitters told the committee that they could not test the maps because the "
        "methodology has not been published.")
    d.recbox(3)
    d.hd("2.3 Compensation", 10.5, color=(0, 0, 0))
    d.p("Chapter 4, part 4 of the Planning Act 2016 provides for compensation where an adverse planning change "
        "reduces the value of an interest in land. Landholders asked whether a declaration would give rise to "
        "compensation. The explanatory notes do not say.")
    d.recbox(4)
    d.hd("2.4 Transitional provisions (clause 42)", 10.5, color=(0, 0, 0))
    d.p("Under clause 42, development applications not decided by commencement would be assessed under the new "
        "provisions. The Urban Development Institute branch submitted that this would be unfair to applicants "
        "who had already spent money on reports prepared under the current rules.")
    d.recbox(5)
    d.hd("2.5 Shoreline erosion management plans", 10.5, color=(0, 0, 0))
    d.p("Councils will be expected to prepare shoreline erosion management plans for declared areas. Smaller "
        "councils told the committee that a plan costs between $150,000 and $400,000, and that they do not have "
        "the staff to prepare one.")
    d.recbox(6)
    d.hd("3 Compliance with the Legislative Standards Act 1992", 12)
    d.p("Section 4(3)(g) of the Legislative Standards Act 1992 provides that legislation should not adversely "
        "affect rights and liberties, or impose obligations, retrospectively. The committee is satisfied that "
        "the Bill has sufficient regard to this principle, subject to Recommendation 5. Part 4 of the Act "
        "requires an explanatory note to accompany a Bill; the explanatory notes tabled with the Bill contain "
        "the information required.")
    d.hd("4 Compliance with the Human Rights Act 2019", 12)
    d.p("Section 39 of the Human Rights Act 2019 requires a committee to consider a Bill's statement of "
        "compatibility. The Bill limits the right to property (section 24), but the committee considers the "
        "limit reasonable and demonstrably justified. The committee also considered the need for a review of "
        "the new framework once it has operated for some time.")
    d.recbox(7)
    d.hd("Statement of Reservation", 11.5)
    d.p("The non-government members support the intent of the Bill but hold serious concerns about the breadth "
        "of clause 14. The non-government members recommend that the Minister withdraw the power to declare an "
        "area without notice, and that no declaration be made before the hazard maps have been independently "
        "reviewed.")
    d.p("Mr Glen Rowe MP, Deputy Chair\nMs Sonia Petrakis MP, Member for Maryborough West", align="L")
    d.output(path)


def response(path):
    d = Doc(datetime(2026, 10, 15, 9, 0, tzinfo=timezone.utc))
    d.kind = "hansard"
    d.set_margins(18, 20, 18)
    d.set_auto_page_break(True, 16)
    d.add_page()
    d.set_font("SR", "B", 10.5)
    d.cell(0, 5, "COASTAL MANAGEMENT AND OTHER LEGISLATION AMENDMENT BILL", align="C", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font("SR", "I", 10)
    d.cell(0, 5, "Second Reading", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)

    def para(cols, runs, indent=4):
        with cols.paragraph(first_line_indent=indent, bottom_margin=1.4, text_align="J") as p:
            for style, text in runs:
                d.set_font("SR", style, 9.4)
                p.write(text)

    with d.text_columns(ncols=2, gutter=7, line_height=1.12) as cols:
        para(cols, [("B", "Hon. RM TANNER "), ("", "(Pelican Waters\u2014LNP) (Minister for the Environment and "
                     "Coastal Resilience) (11.14 am): I move\u2014")], indent=0)
        para(cols, [("", "That the bill be now read a second time.")], indent=12)
        para(cols, [("", "Queensland has more than 7,000 kilometres of coastline, and some of our most loved "
                     "beaches are losing sand faster than nature can replace it. Cyclone Alfred reminded us in "
                     "2025 how quickly a single storm can change a shoreline. This bill gives Queenslanders a "
                     "clear, fair framework for planning on land that the sea is likely to claim.")])
        para(cols, [("", "I thank the Transport, Coasts and Resources Committee for its examination of the bill, "
                     "and the councils, industry bodies and residents who made submissions. The committee tabled "
                     "its report on 28 August 2026 and made seven recommendations. I table the government's "
                     "response to the committee's report.")])
        para(cols, [("I", "Tabled paper: "), ("", "Transport, Coasts and Resources Committee: Report No. 14, "
                     "58th Parliament\u2014Coastal Management and Other Legislation Amendment Bill 2026, "
                     "government response [1718].")], indent=0)
        para(cols, [("", "I turn first to the transitional provisions. The government has listened to "
                     "applicants who have already invested in reports under the current rules. I will move an "
                     "amendment during consideration in detail so that development applications properly made "
                     "before commencement are assessed under the former provisions, provided that they are "
                     "decided within 12 months of commencement. After that period the new framework will apply to "
                     "every application; a longer transition would leave too many homes exposed.")])
        para(cols, [("", "Many submitters spoke about the role of local governments. I agree with the committee "
                     "that councils must have a formal say before land in their area is declared, and I will "
                     "move an amendment to clause 14 requiring the chief executive to consult each affected "
                     "local government for at least 20 business days, except where a declaration is needed "
                     "urgently after a natural disaster. As to funding, the government will not establish a "
                     "separate grants program for shoreline erosion management plans. Councils may continue to "
                     "apply under the Coastal Resilience Grants program, which has $38 million available over "
                     "the next four years.")])
        para(cols, [("", "Honourable members interjected.")], indent=0)
        para(cols, [("B", "Mr SPEAKER: "), ("", "Order! Members to my left will cease interjecting. The Minister "
                     "has the call.")], indent=0)
        para(cols, [("B", "Mr TANNER: "), ("", "The committee asked me to clarify whether a declaration is an "
                     "adverse planning change for the purposes of the Planning Act 2016. I can confirm to the "
                     "House that it is not. A declaration does not itself amend a planning scheme or remove an "
                     "existing use right, and so it does not give rise to a claim for compensation under chapter "
                     "4, part 4 of that act. I have asked the department to make this explicit in a revised "
                     "explanatory note.")], indent=0)
        para(cols, [("", "I am grateful that the committee, after careful examination, recommended that the bill "
                     "be passed, and I thank its members, including the non-government members, for the "
                     "constructive way in which they approached their work.")])
        para(cols, [("", "The committee's final recommendation concerns a statutory review. The department keeps "
                     "the operation of all coastal legislation under constant watch, and the government will "
                     "consider the need for a formal review in the light of that monitoring.")])
        para(cols, [("", "This bill is about being honest with Queenslanders about the risks they face, and "
                     "giving councils and landholders the certainty they need to plan. I commend the bill to the "
                     "House.")])
        para(cols, [("B", "Mr ROWE "), ("", "(Noosa Heads\u2014ALP) (11.41 am): The opposition will not be "
                     "opposing this bill, but we have real concerns, which are set out in our statement of "
                     "reservation, about the breadth of the power in clause 14 and about hazard maps that nobody "
                     "outside the department has been able to test. Coastal communities from Noosa to the Gold "
                     "Coast deserve better than a framework built on maps they cannot see.")], indent=0)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "after careful examination, recommended that the bill be passed",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "requiring the chief executive to consult each affected local government for",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "I can confirm to the House that it is not",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "provided that they are decided within 12 months of commencement",
         "verdict": "partly"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "the government will not establish a separate grants program",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "will consider the need for a formal review",
         "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "Queensland has more than 7,000 kilometres of coastline",
        "Members to my left will cease interjecting",
        "This bill is about being honest with Queenslanders",
        "The opposition will not be opposing this bill",
    ], "Advice: a Queensland parliamentary portfolio committee's report on a Bill. The seven recommendations "
       "stand TWICE in full: in the front list 'Recommendations' (a bold 'Recommendation N ....... page' line "
       "with a dotted leader and the page number, the text under it) and in shaded boxes 'Recommendation N' in "
       "the chapters; all but one open 'The committee recommends that ...', recommendation 1 is the Standing "
       "Order formula 'The committee recommends the ... Bill 2026 be passed.' Traps: the Chair's foreword "
       "('The committee has made seven recommendations, most of which concern ...'), Standing Order 132(1) "
       "('requires the committee to determine whether or not to recommend that the Bill be passed'), Table 1 "
       "of submissions, submitters ('they should have a formal say', 'clause 14 should be withdrawn'), the "
       "department's advice quoted ('will consult local governments as a matter of practice'), a bold "
       "'Committee comment.' ('consultation should be a requirement of the Act'), section 4(3)(g) of the "
       "Legislative Standards Act 1992 ('should not adversely affect rights and liberties ... "
       "retrospectively'), 'subject to Recommendation 5', section 39 of the Human Rights Act 2019, and a "
       "non-government members' Statement of Reservation ('The non-government members recommend that the "
       "Minister withdraw the power ...'), which is NOT a recommendation of the committee. Response: the "
       "Minister's second reading speech in the Record of Proceedings (Hansard), TWO columns, running header "
       "'3412  Coastal Management ... Bill  15 Oct 2026', no headings and no recommendation numbers (one "
       "'final recommendation'); replies by content, in the order 5, 2+6, 4, 1, 7: transitional provisions "
       "amended but only for applications 'decided within 12 months of commencement' (5 partly); ONE paragraph "
       "on local governments: consultation amendment to clause 14 (2 agrees) and 'the government will not "
       "establish a separate grants program' (6 disagrees); the clarification given, 'I can confirm to the "
       "House that it is not' (4 agrees: the recommendation asks for a clarification in the debate); 'recommended "
       "that the bill be passed', thanks (1 agrees); statutory review 'will consider the need for a formal "
       "review' (7 noted); 3 (publish the mapping methodology) unanswered - the opposition speaker mentions the "
       "maps, but that is no reply. Unmatched: the motion and introduction, the 'Tabled paper' line, the "
       "interjection and the Speaker's call to order, the closing ('I commend the bill to the House'), and the "
       "opposition's first speaker ('The opposition will not be opposing this bill').")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

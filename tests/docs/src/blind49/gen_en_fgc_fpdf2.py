"""Round 49 (EN): a statutory review by a future generations commissioner (the genre of section 20 reviews under the
Well-being of Future Generations (Wales) Act 2015) of how an invented county borough council applies the
sustainable development principle to its food procurement: numbered chapters and paragraphs, the council's own
well-being objectives, a spend table, the Commissioner's earlier advice quoted, findings with 'should', then
recommendations (a)-(h) in two shaded boxes 'I recommend that the Council:' after chapters 3 and 4, and a closing
note on the council's duty to respond; answered by the council's Cabinet decision notice (resolutions, then the
response to each recommendation in another order, one paragraph answering (f) and (g) with different outcomes, (d)
not answered, and 'Alternative options considered' and 'Declarations of interest / call-in' sections answering
nothing). fpdf2, A4, cleaned Liberation Sans, header()/footer() with page numbers. All content (commissioner's
office, council, schools, suppliers, people, figures) is invented; the Act is real, but what the documents say
about it is not to be relied on.

Run:  /tmp/blind49en/bin/python tests/docs/src/blind49/gen_en_fgc_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b49en as H
from fpdf import FPDF

NAME = "blind49_en_fgc"
TEAL = (0, 98, 105)
PALE = (224, 240, 240)

REC = {"a": "set a target for the share of its food spend with suppliers based in Wales, currently 19 per cent, "
            "and publish progress each year;",
       "b": "divide the county-wide fresh produce framework into smaller lots, so that small local growers and "
            "co-operatives can bid for them;",
       "c": "involve pupils and parents in designing the school meals menu and the specification for the next "
            "catering tender;",
       "d": "publish a carbon footprint of its food purchasing by March 2027 and set a reduction target consistent "
            "with its net zero plan;",
       "e": "designate a senior officer accountable for applying the sustainable development principle across all "
            "procurement;",
       "f": "work through the Public Services Board to develop a joint approach to food procurement with the health "
            "board and the two further education colleges;",
       "g": "make community benefit clauses mandatory in every food contract with a value above 25,000 pounds;",
       "h": "report each year to its Governance and Audit Committee on progress with the recommendations in this "
            "review."}


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.set_y(11)
        self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 7.8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(20)
        self.cell(0, 4, "%d" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=12):
        self.ln(2)
        self.set_font("LS", "B", size)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, style="", size=10):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def para(self, n, t, ind=11, size=10):
        self.set_font("LS", "", size)
        y = self.get_y()
        if y > 262:
            self.add_page()
            y = self.get_y()
        self.cell(ind, 5.1, n)
        self.set_xy(self.l_margin + ind, y)
        self.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def box(self, title, items):
        self.ln(1)
        if self.get_y() > 235:
            self.add_page()
        self.set_fill_color(*PALE)
        self.set_font("LS", "B", 10)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("LS", "", 10)
        for k, t in items:
            y = self.get_y()
            self.set_x(self.l_margin)
            self.cell(12, 5.2, "   (%s)" % k, fill=True)
            self.set_xy(self.l_margin + 12, y)
            self.multi_cell(0, 5.2, t + "  ", fill=True, new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 1.6, "", fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)


def advice(path):
    pdf = Doc("Section 20 Review: Caerwen County Borough Council - Food procurement | May 2026",
              "Office of the Commissioner for Future Generations")
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, 210, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 9)
    pdf.set_font("LS", "B", 14)
    pdf.cell(0, 7, "Commissioner for Future Generations", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9)
    pdf.cell(0, 5, "Comisiynydd Cenedlaethau'r Dyfodol", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(40)
    pdf.set_font("LS", "B", 18)
    pdf.multi_cell(0, 8.5, "Section 20 Review: Caerwen County Borough Council\nFood for the future - how the Council "
                           "buys food", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 10)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Review under section 20 of the Well-being of Future Generations (Wales) Act 2015\n"
                         "Report of the Commissioner, May 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.hd("1. Introduction")
    pdf.para("1.1", "Section 20 of the Act allows the Commissioner to review the extent to which a public body is "
                    "safeguarding the ability of future generations to meet their needs, by taking account of the "
                    "long-term impact of the things it does. In September 2025 I began a review of how Caerwen "
                    "County Borough Council applies the sustainable development principle to its purchasing of food "
                    "for schools, care homes and leisure centres.")
    pdf.para("1.2", "The Council spends about 9.4 million pounds a year on food. Its well-being objectives include "
                    "objective 3, 'a healthy start for every child', and objective 5, 'a prosperous and green local "
                    "economy'. The five ways of working in section 5 of the Act - long term, prevention, "
                    "integration, collaboration and involvement - are the framework for this review.")
    pdf.para("1.3", "The review team examined 64 documents, interviewed 27 officers, members and suppliers, and held "
                    "workshops with pupils at two schools.")
    pdf.hd("2. What we found: spend and suppliers")
    pdf.para("2.1", "Table 1 shows the Council's food spend in 2024-25 by category and the share spent with suppliers "
                    "based in Wales.")
    pdf.set_font("LS", "B", 9)
    pdf.set_fill_color(*PALE)
    with pdf.table(col_widths=(70, 35, 35), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=5,
                   width=140, align="LEFT") as t:
        for i, row in enumerate((("Category", "Spend (pounds m)", "Share in Wales"),
                                 ("Fresh produce", "2.1", "11%"), ("Meat and dairy", "3.3", "31%"),
                                 ("Ambient and frozen", "3.2", "9%"), ("Bakery", "0.8", "42%"),
                                 ("Total", "9.4", "19%"))):
            r = t.row()
            for c in row:
                r.cell(c)
            if i == 0:
                pdf.set_font("LS", "", 9)
    pdf.ln(3)
    pdf.para("2.2", "All fresh produce is bought through one county-wide framework let in a single lot in 2022. Two "
                    "local growers' co-operatives told us they could not meet the volume required. In my advice to "
                    "the Council in 2023 I suggested that it 'consider lotting large food contracts by product and "
                    "area'; this has not yet happened.")
    pdf.para("2.3", "Pupils we met had not been asked about school meals. A school meals menu should reflect what "
                    "children will eat as well as nutritional standards, and the Council's own involvement strategy "
                    "says that children should be involved in decisions that affect them.")
    pdf.hd("3. Long term and prevention")
    pdf.para("3.1", "The Council's net zero plan does not include the emissions from the food it buys, which our "
                    "estimate puts at about 6,800 tonnes of carbon dioxide equivalent a year - more than its whole "
                    "vehicle fleet. Nobody at chief officer level is responsible for applying the principle to "
                    "procurement; it is left to a team of four buyers.")
    pdf.box("I recommend that the Council:", [(k, REC[k]) for k in "abcd"])
    pdf.hd("4. Integration and collaboration")
    pdf.para("4.1", "The health board and the two further education colleges in the county each buy food separately, "
                    "sometimes from the same wholesalers. The Public Services Board's well-being plan mentions local "
                    "food, but no joint action has followed.")
    pdf.para("4.2", "Community benefit clauses were included in 3 of the 11 food contracts let since 2023. Where they "
                    "were used, suppliers provided apprenticeships and school visits. Conclusions on the use of "
                    "these clauses should not be drawn from so few contracts, but the results are encouraging.")
    pdf.box("I further recommend that the Council:", [(k, REC[k]) for k in "efgh"])
    pdf.hd("5. Next steps")
    pdf.para("5.1", "Under section 22 of the Act the Council must take all reasonable steps to follow the course of "
                    "action set out in these recommendations, unless it decides on an alternative course of action, "
                    "and must publish its response. I will ask the Council for evidence of progress in 12 months.")
    pdf.ln(4)
    pdf.p("Derwen Howells\nCommissioner for Future Generations", style="B")
    pdf.output(path)


def response(path):
    pdf = Doc("Decision Notice CAB/2026/041 - Cabinet 16 June 2026", "Caerwen County Borough Council - Democratic "
              "Services")
    pdf.add_page()
    pdf.set_font("LS", "B", 13)
    pdf.cell(0, 6, "Caerwen County Borough Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)
    pdf.cell(0, 5, "Cyngor Bwrdeistref Sirol Caerwen", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LS", "B", 15)
    pdf.cell(0, 8, "DECISION NOTICE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(45, 125), line_height=5, first_row_as_headings=False) as t:
        for row in (("Decision reference", "CAB/2026/041"),
                    ("Decision maker", "Cabinet"),
                    ("Date of decision", "16 June 2026"),
                    ("Subject", "Response to the Commissioner for Future Generations' Section 20 Review of food "
                                "procurement"),
                    ("Portfolio", "Cllr Angharad Price, Cabinet Member for Resources"),
                    ("Report author", "Gareth Lloyd, Head of Procurement")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.hd("Decision", 11)
    pdf.p("Cabinet RESOLVED:")
    pdf.para("1.", "to approve the response to the recommendations of the review set out below; and")
    pdf.para("2.", "to publish this notice on the Council's website as the Council's response under section 22 of "
                   "the Well-being of Future Generations (Wales) Act 2015, and to send it to the Commissioner.")
    pdf.hd("Response to the recommendations", 11)
    pdf.para("(c)", "Pupil and parent involvement: agreed. A pupil food panel will be set up in each of the 11 "
                    "secondary schools from September 2026, and parents will be represented on the evaluation panel "
                    "for the 2027 catering tender.", ind=13)
    pdf.para("(a)", "Welsh supplier spend: the Council will publish the share of food spend with suppliers based in "
                    "Wales in its annual procurement report from 2026-27. Cabinet did not agree to set a numerical "
                    "target while the fresh produce framework is being re-tendered, and will review this once the "
                    "new framework is in place.", ind=13)
    pdf.para("(f), (g)", "Collaboration and community benefits: Cabinet welcomed the proposal for joint work and has "
                         "asked the Leader to place food procurement on the agenda of the Public Services Board in "
                         "September. On community benefit clauses, Cabinet considered that making them mandatory "
                         "at 25,000 pounds would deter the small suppliers the review wants to encourage; clauses "
                         "will continue to be used where proportionate and will not be made mandatory.", ind=17)
    pdf.para("(b)", "Lotting: agreed. The new fresh produce framework will be let in nine lots, by product group and "
                    "by area, from April 2027, with a supplier engagement event in November 2026.", ind=13)
    pdf.para("(h)", "Reporting: this is already in place. Progress on the Council's well-being objectives, including "
                    "procurement, is reported to the Governance and Audit Committee twice a year, and the review's "
                    "recommendations will be added to that report.", ind=13)
    pdf.para("(e)", "Senior accountability: the designation of officer responsibilities is a matter for the Chief "
                    "Executive under her delegated powers. Cabinet noted the recommendation and referred it to the "
                    "Chief Executive for consideration.", ind=13)
    pdf.hd("Reasons for the decision", 11)
    pdf.p("The Council is required by section 22 of the Act to respond to the Commissioner's recommendations. The "
          "response balances the review's aims against the Council's Medium Term Financial Plan and procurement "
          "law.")
    pdf.hd("Alternative options considered", 11)
    pdf.p("Cabinet could have deferred its response until the Welsh Government's new procurement regulations take "
          "effect. This was rejected because the statutory deadline would not be met.")
    pdf.hd("Declarations of interest and call-in", 11)
    pdf.p("No declarations of interest were made. This decision may be called in by the Overview and Scrutiny "
          "Committee until 5.00 pm on 25 June 2026 and will not be implemented before then.")
    pdf.ln(2)
    pdf.p("Signed: Rhys Morgan, Democratic Services Manager. Published: 18 June 2026.", style="I", size=9)
    pdf.output(path)


NOTES = ("Section 20 review (genre of the Well-being of Future Generations (Wales) Act 2015 reviews) by the invented "
         "Commissioner for Future Generations of the invented Caerwen County Borough Council's food procurement. "
         "Traps: paragraphs 1.1-5.1 in a number column, the Council's well-being objectives 3 and 5 quoted, the five "
         "ways of working of section 5, Table 1 spend by category, the Commissioner's 2023 advice quoted ('consider "
         "lotting large food contracts by product and area'), findings with 'should' (2.3 'A school meals menu "
         "should reflect', 'children should be involved'; 4.2 'Conclusions ... should not be drawn'), 5.1 section 22 "
         "duty to respond. Recommendations: two shaded boxes 'I recommend that the Council:' (a)-(d) and 'I further "
         "recommend that the Council:' (e)-(h), each a lower-case verb phrase ending in ';'. Response: Cabinet "
         "decision notice CAB/2026/041, resolutions 1.-2., then 'Response to the recommendations' in the order (c), "
         "(a), (f)+(g), (b), (h), (e). Key: (c) pupil food panels, 'agreed' (agrees); (a) publish share, but 'did not "
         "agree to set a numerical target' (partly); one paragraph covers (f) PSB agenda, welcomed (agrees) and (g) "
         "'will not be made mandatory' (disagrees); (b) nine lots from April 2027 (agrees); (h) 'already in place', "
         "twice-yearly reports (agrees); (e) a matter for the Chief Executive, 'noted the recommendation and "
         "referred it' (noted); (d) carbon footprint unanswered. Unmatched: 'Alternative options considered' "
         "(deferring), 'Declarations of interest and call-in'.")


def expected():
    sw = lambda k: " ".join(REC[k].split()[:10])
    recs = [
        {"number": "a", "starts_with": sw("a"),
         "reply_contains": "Cabinet did not agree to set a numerical target", "verdict": "partly"},
        {"number": "b", "starts_with": sw("b"),
         "reply_contains": "The new fresh produce framework will be let in nine lots", "verdict": "agrees"},
        {"number": "c", "starts_with": sw("c"),
         "reply_contains": "A pupil food panel will be set up", "verdict": "agrees"},
        {"number": "d", "starts_with": sw("d"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "e", "starts_with": sw("e"),
         "reply_contains": "Cabinet noted the recommendation and referred it to the Chief Executive",
         "verdict": "noted"},
        {"number": "f", "starts_with": sw("f"),
         "reply_contains": "place food procurement on the agenda of the Public Services Board", "verdict": "agrees"},
        {"number": "g", "starts_with": sw("g"),
         "reply_contains": "used where proportionate and will not be made mandatory",
         "verdict": "disagrees"},
        {"number": "h", "starts_with": sw("h"),
         "reply_contains": "is reported to the Governance and Audit Committee twice a year", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["Cabinet could have deferred its response",
                                  "No declarations of interest were made"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b49en.py"), NAME)) and 1)

"""Round 96 (EN): an English SCHOOLS FORUM'S FORMAL VIEW on the local authority's proposed schools funding formula
(recommendations as UNNUMBERED BULLETS after 'The Forum therefore advises the Council to:') answered by the
Cabinet Member's RECORD OF EXECUTIVE DECISION (numbered decision paragraphs that do not match the bullets; reasons
by subject, no recommendation numbers). fpdf2, A4, cleaned DejaVu, fixed creation date; page-1 band with a grey
'Forum facts' sidebar, running header from page 2 and 'Page N of M'. All invented; the School and Early Years Finance
Regulations are named as context only.
Run:  /tmp/blind96en/bin/python tests/docs/src/blind96/gen_en_schools_forum_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b96en as H
from fpdf import FPDF

NAME = "blind96_en_schools_forum"
R = H.clean_font("DejaVuSans.ttf")
Bf = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
C = (20, 70, 120)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 1, 20, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", R); self.add_font("DV", "B", Bf); self.add_font("DV", "I", I)
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*C); self.line(22, 26, 188, 26); self.ln(5); self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def band(self, top, title, sub):
        self.set_fill_color(*C); self.rect(0, 0, 210, 30, style="F")
        self.set_xy(22, 8); self.set_font("DV", "", 8); self.set_text_color(255, 255, 255)
        self.cell(0, 4, top, new_x="LMARGIN", new_y="NEXT")
        self.set_x(22); self.set_font("DV", "B", 14); self.multi_cell(166, 7, title, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0); self.set_y(34)
        self.set_font("DV", "", 8); self.set_text_color(70, 70, 70)
        self.multi_cell(0, 4.2, sub, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(3)

    def hd(self, t, size=11):
        self.ln(1.5); self.set_font("DV", "B", size); self.set_text_color(*C)
        self.multi_cell(0, size * 0.55, t, new_x="LMARGIN", new_y="NEXT"); self.set_text_color(0, 0, 0); self.ln(1)

    def p(self, t, size=9.4, style="", w=0):
        self.set_font("DV", style, size); self.multi_cell(w, 4.9, t, new_x="LMARGIN", new_y="NEXT"); self.ln(2)

    def item(self, lab, t, size=9.4, ind=7):
        self.set_font("DV", "", size); x = self.get_x()
        self.cell(ind, 4.9, lab); self.set_x(x + ind)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT"); self.ln(1.4)

    def tab(self, rows, widths, size=8.5):
        for i, row in enumerate(rows):
            self.set_font("DV", "B" if i == 0 else "", size)
            if i == 0:
                self.set_fill_color(222, 232, 242)
            y = self.get_y(); x = 22
            for w, c in zip(widths, row):
                self.set_xy(x, y); self.multi_cell(w, 5.5, c, border=1, fill=(i == 0)); x += w
            self.set_y(y + 5.5)
        self.ln(3)


def advice():
    d = Doc("Northwold Schools Forum - Formal view on the 2027-28 local funding formula (SF/2026/02)")
    d.add_page()
    d.band("NORTHWOLD SCHOOLS FORUM", "Formal view on the proposed local schools funding formula for 2027-28",
           "Paper SF/2026/02 | Agreed at the Forum meeting of 14 January 2026 | To: the Cabinet Member for Children, "
           "Education and Families, Northwold County Council | Chair: Mrs Helen Ashcroft (headteacher, Saltings "
           "Primary School)")
    # sidebar
    y0 = d.get_y()
    d.set_fill_color(236, 236, 236); d.rect(140, y0, 48, 50, style="F")
    d.set_xy(143, y0 + 3); d.set_font("DV", "B", 8.2); d.cell(42, 4.5, "Forum facts", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 7.8)
    for line in ["21 members: 14 school,", "4 academy, 3 non-school", "", "Schools block 2026-27:", "GBP 412.6 million",
                 "", "High needs deficit", "at 31 March 2025:", "GBP 18.9 million"]:
        d.set_x(143); d.cell(42, 4, line, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(22, y0)
    d.hd("1. Purpose")
    d.p("Under the School and Early Years Finance Regulations the local authority must consult the schools forum on "
        "any proposed changes to its local funding formula, and on any transfer of funding out of the schools block. "
        "This paper records the Forum's formal view on the Council's consultation paper 'Fair Funding for Northwold "
        "Schools 2027-28', issued on 17 November 2025.", w=112)
    d.hd("2. The consultation")
    d.p("The consultation paper proposed four changes: a transfer of 1.0 per cent of the schools block to the high "
        "needs block; a reduction of the primary lump sum from GBP 145,000 to GBP 130,000; a minimum funding "
        "guarantee (MFG) of 0.0 per cent per pupil; and no growth or falling-rolls fund. Paragraph 14 of the paper "
        "states that the Council should balance the high needs budget by 2029.", w=112)
    d.p("Of 208 schools and academies, 131 responded. The Forum considered the responses and the Council's modelling "
        "at its meeting on 14 January 2026.")
    d.tab([["Proposal", "Schools agreeing", "Schools disagreeing"],
           ["1.0% block transfer", "29 (22%)", "102 (78%)"],
           ["Lump sum GBP 130,000", "41 (31%)", "90 (69%)"],
           ["MFG 0.0% per pupil", "38 (29%)", "93 (71%)"],
           ["No falling-rolls fund", "12 (9%)", "119 (91%)"]], [70, 48, 48])
    d.hd("3. The Forum's conclusions")
    d.p("The Forum recognises that the high needs deficit is serious and that mainstream schools share responsibility "
        "for inclusion. Members nevertheless concluded that a 1.0 per cent transfer would fall hardest on small "
        "rural primary schools, which have no reserves left after two years of rising costs.")
    d.p("In January 2024 the Forum advised that \"the Council should protect small rural schools from any reduction in "
        "the lump sum\". That advice was followed for 2025-26 and 2026-27, and members see no reason to depart from it "
        "now. Department for Education guidance that local authorities should move towards the national funding "
        "formula does not, in the Forum's view, require a cut in the lump sum this year.")
    d.p("Pupil numbers in the south of the county fell by 6.4 per cent between 2021 and 2025. Several schools in "
        "Marshby and Fenwick will lose more than GBP 100,000 in a single year unless there is some protection.")
    d.hd("4. Advice")
    d.p("The Forum therefore advises the Council to:")
    for t in ["transfer no more than 0.5 per cent of the schools block to the high needs block in 2027-28;",
              "keep the primary lump sum at GBP 145,000 for every primary school rather than reducing it to "
              "GBP 130,000;",
              "set the minimum funding guarantee at plus 0.5 per cent per pupil, the highest level the regulations "
              "allow;",
              "create a falling-rolls fund of at least GBP 400,000 for schools in the south of the county with "
              "surplus places that will be needed again by 2031;",
              "publish school-by-school modelling of the final formula before the Forum's meeting on 11 February "
              "2026;",
              "ask the Department for Education to review the area cost adjustment applied to Northwold, which "
              "members believe understates local staff costs;",
              "consult all schools on any future change to the formula before the end of the autumn term, and not "
              "during the spring term."]:
        d.item("\u2022", t, ind=6)
    d.hd("5. Voting")
    d.p("The school members approved this view by 15 votes to 2, with one abstention. Under the regulations, "
        "non-school members do not vote on the funding formula. The two members who voted against would have "
        "accepted the full 1.0 per cent transfer.")
    d.p("Helen Ashcroft, Chair, Northwold Schools Forum | Clerk to the Forum: Martin Oyelaran, Governor Services",
        size=8.2, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Record of Executive Decision ED/CEF/2026/004 - Schools funding formula 2027-28")
    d.add_page()
    d.band("NORTHWOLD COUNTY COUNCIL", "Record of Executive Decision by a Cabinet Member",
           "Reference ED/CEF/2026/004 | Decision maker: Cllr Rowan Pendleton, Cabinet Member for Children, Education "
           "and Families | Date of decision: 23 February 2026 | Key decision: Yes | Forward Plan ref. FP/26/118")
    d.hd("Subject")
    d.p("Local schools funding formula and schools block transfer for the 2027-28 financial year.")
    d.hd("Background")
    d.p("The Council consulted all maintained schools and academies between 17 November and 19 December 2025. The "
        "report to this decision (Annex A) summarises the 131 responses, the Schools Forum's formal view SF/2026/02 "
        "and the Council's financial modelling, and has been published on the Council's website.")
    d.hd("Decision")
    d.item("1.", "To approve the local schools funding formula for 2027-28 as set out in Annex B, with the changes "
                 "to the consultation proposals explained in the reasons below.")
    d.item("2.", "To authorise the Director of Children's Services to submit the final formula to the Education and "
                 "Skills Funding Agency by the national deadline.")
    d.item("3.", "To publish the final school-level allocations on the Council's website.")
    d.hd("Reasons for the decision")
    d.p("Schools block transfer. The Cabinet Member has listened to the Forum and to schools and accepts that the "
        "transfer should be limited to half a per cent; the high needs recovery plan will be revised accordingly.")
    d.p("Lump sum. Holding the lump sum at its current level for every school is not affordable alongside the other "
        "changes. A lump sum of GBP 138,000 halves the proposed reduction and keeps the largest losses for small "
        "rural primaries below GBP 7,000 a year.")
    d.p("Protection for schools. A positive MFG of 0.5 per cent would cost about GBP 1.3 million and would mainly "
        "protect schools whose rolls are growing, so the Cabinet Member has decided against it. A smaller "
        "falling-rolls fund of GBP 250,000 will be created for 2027-28, targeted on schools whose places will be "
        "needed again in the Council's place planning forecasts; GBP 400,000 could not be found within the block.")
    d.p("Modelling. School-by-school modelling of the final formula was sent to every headteacher and to Forum "
        "members on 2 February 2026, in time for the Forum's February meeting.")
    d.p("Area cost adjustment. The Cabinet Member notes the Forum's concern about the adjustment applied to the "
        "county and has asked officers to consider whether the Council should make representations when the next "
        "national consultation opens.")
    d.hd("Alternative options considered")
    d.p("Early years: the Cabinet Member also considered whether to change the early years pass-through rate at the "
        "same time. That matter will be the subject of a separate decision in March after the early years "
        "reference group has met.")
    d.hd("Declarations of interest and call-in")
    d.p("No conflicts of interest were declared. This decision will come into force five clear working days after "
        "publication unless it is called in by the Children and Young People Scrutiny Committee.")
    d.p("Signed: Cllr Rowan Pendleton | Countersigned: Dr Aisha Kerrigan, Director of Children's Services",
        size=8.2, style="I")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "transfer no more than 0.5 per cent of the schools block",
         "reply_contains": "accepts that the transfer should be limited to half a per cent", "verdict": "agrees"},
        {"number": 2, "starts_with": "keep the primary lump sum at GBP 145,000 for every primary school",
         "reply_contains": "A lump sum of GBP 138,000 halves the proposed reduction", "verdict": "partly"},
        {"number": 3, "starts_with": "set the minimum funding guarantee at plus 0.5 per cent per pupil",
         "reply_contains": "so the Cabinet Member has decided against it", "verdict": "disagrees"},
        {"number": 4, "starts_with": "create a falling-rolls fund of at least GBP 400,000 for schools",
         "reply_contains": "A smaller falling-rolls fund of GBP 250,000 will be created", "verdict": "partly"},
        {"number": 5, "starts_with": "publish school-by-school modelling of the final formula before the Forum's",
         "reply_contains": "was sent to every headteacher and to Forum members", "verdict": "agrees"},
        {"number": 6, "starts_with": "ask the Department for Education to review the area cost adjustment",
         "reply_contains": "has asked officers to consider whether the Council should make representations",
         "verdict": "noted"},
        {"number": 7, "starts_with": "consult all schools on any future change to the formula",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["The Council consulted all maintained schools and academies between 17 November",
                 "considered whether to change the early years pass-through rate",
                 "No conflicts of interest were declared"]
    notes = ("Advice: an English Schools Forum's formal view on the council's proposed 2027-28 funding formula; page-1 "
             "band with a grey 'Forum facts' sidebar; recommendations are seven UNNUMBERED BULLETS (lower-case, ending "
             "in ';') after '4. Advice - The Forum therefore advises the Council to:'. Traps: regulations 'the local "
             "authority must consult the schools forum', consultation paper paragraph 14 ('the Council should balance "
             "the high needs budget by 2029'), response table, the Forum's January 2024 advice quoted ('the Council "
             "should protect small rural schools'), DfE guidance 'local authorities should move towards the national "
             "funding formula', section 5 voting. Response: a Cabinet Member's RECORD OF EXECUTIVE DECISION, decision "
             "paragraphs 1-3 (not recommendation numbers) and 'Reasons for the decision' by subject, NO recommendation "
             "numbers; order transfer (1), lump sum (2), protection (3+4), modelling (5), area cost adjustment (6): "
             "0.5% transfer (1 agrees); GBP 138,000 lump sum (2 partly); ONE paragraph 'Protection for schools' = no "
             "positive MFG (3 disagrees) + GBP 250,000 falling-rolls fund not 400,000 (4 partly); modelling sent on "
             "2 February (5 agrees); officers to consider representations on the area cost adjustment (6 noted); 7 "
             "(consult before the end of the autumn term) unanswered. Decision paragraphs 1-3 are general (approve, "
             "submit, publish); the replies are in the reasons. Unmatched: Background, early years alternative option, "
             "declarations and call-in.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 109 (EN): an Irish county council's TWINNING REVIEW GROUP report on the council's town twinning and
international links, seven recommendations in a TABLE with codes TW1-TW7 (Ref / Recommendation / Lead / Timeframe),
answered by the Chief Executive's MANAGEMENT RESPONSE, a table 'Ref. / Management response / Owner / Target date'
citing the codes. fpdf2, A4, cleaned DejaVu, fixed creation date; wine-red letterhead rule, shaded 'Our links' box;
running header from page 2, 'Page N of M' on every page. All bodies, people, places and figures invented; the Local
Government Act 2001 is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind109en/bin/python tests/docs/src/blind109/gen_en_twinning_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b109en as H
from fpdf import FPDF

NAME = "blind109_en_twinning"
WINE = (122, 30, 52)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc))
        self.add_font("DV", "", H.clean_font("DejaVuSans.ttf"))
        self.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages("{nb}")

    def header(self):
        if self.page_no() > 1:
            self.set_font("DV", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*WINE)
            self.line(20, self.get_y(), self.w - 20, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def letterhead(self, org, sub):
        self.set_font("DV", "B", 15)
        self.set_text_color(*WINE)
        self.cell(0, 8, org, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*WINE)
        self.set_line_width(0.9)
        self.line(20, self.get_y() + 1, self.w - 20, self.get_y() + 1)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def hd(self, t, size=11.5):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(*WINE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def box(self, title, lines):
        self.set_fill_color(246, 236, 239)
        self.set_draw_color(*WINE)
        x, y = self.get_x(), self.get_y()
        self.set_font("DV", "B", 9.5)
        self.multi_cell(0, 6, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 9)
        for ln in lines:
            self.multi_cell(0, 5, "  " + ln, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.rect(x, y, self.w - 40, self.get_y() - y)
        self.ln(4)

    def tab(self, widths, rows):
        self.set_font("DV", "", 8.8)
        self.set_draw_color(150, 150, 150)
        with self.table(col_widths=widths, line_height=4.6, text_align="LEFT",
                        headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=WINE)) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(4)


RECS = [
    ("TW1", "Adopt a Twinning and International Relations Policy that sets criteria for new links and for reviewing links that have become inactive.", "Corporate Services", "2026"),
    ("TW2", "Formally end the twinning link with Saint-Aubin-sur-Lac, which has been inactive since 2017, and write to the commune to explain the decision.", "Cathaoirleach / CE", "Q2 2026"),
    ("TW3", "Replace the six annual grants to local twinning associations with a single competitive International Links Fund of €30,000 a year.", "Community Section", "2027"),
    ("TW4", "Require every association receiving Council funding to submit an annual activity report and audited accounts by 31 March each year.", "Community Section", "2026"),
    ("TW5", "Give priority within the Fund to school, youth and sports exchanges over civic delegations.", "Community Section", "2027"),
    ("TW6", "Limit Council payment for elected members' travel on twinning visits to the Cathaoirleach or a nominee, one visit per link per year.", "Meetings Administrator", "2026"),
    ("TW7", "Publish each year, on the Council's website, the full cost of twinning and international activity, including staff time and hospitality.", "Finance", "2026"),
]


def advice():
    d = Doc("Comhairle Contae Charraig Mhór / Carrigmore County Council - Review of Town Twinning and International Links")
    d.add_page()
    d.letterhead("Carrigmore County Council", "Twinning Review Group  |  Review of Town Twinning and International Links  |  Report TRG/2026/1  |  20 January 2026")
    d.set_font("DV", "B", 16)
    d.multi_cell(0, 8, "Friends Abroad: Review of Town Twinning and International Links", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.p("Report of the Twinning Review Group to the Corporate Policy Group. Chair: Cllr Siobhán Ó Dálaigh. Members: Cllr Tom Brennan, Cllr Aoife Ruane, Mr Declan Costigan (Kilcarne Twinning Association), Ms Mairéad Kilbride (Carrigmore Chamber) and the Senior Executive Officer, Community Section.", 8.5)
    d.hd("1. Background")
    d.p("1.1 The Corporate Policy Group asked for this review at its meeting of 11 June 2025 (item CPG/25/44), following questions at the Council's budget meeting about the cost of civic visits abroad.")
    d.p("1.2 The Council's policy on twinning dates from 2008. It states that \"twinning links should be community-led, with the Council acting as a supporter rather than an organiser\". Section 2.3 of that policy also says that each link should be reviewed every five years; no review has ever taken place.")
    d.box("Our links at a glance", [
        "Six twinning links (France 3, Germany 1, Poland 1, USA 1), the oldest from 1979",
        "Annual grants to associations: €4,000 each, €24,000 in total",
        "Civic visits abroad 2022-2025: 14, at a cost of €61,800",
        "Schools taking part in exchanges in 2025: 5 of 38"])
    d.hd("2. Findings")
    d.p("2.1 Four of the six links are active, with regular visits and exchanges organised by volunteers. They are valued by the communities involved, and we heard many examples of lasting friendships and of business contacts that began with a twinning visit.")
    d.p("2.2 The link with Saint-Aubin-sur-Lac has been inactive since 2017. The commune has not replied to letters sent in 2021 and 2023, and the local association was wound up in 2019. The link with Oakdale, Ohio is kept alive by a handful of families.")
    d.p("2.3 Grants are paid at the same rate to every association regardless of activity. Two associations that received €4,000 in 2024 held no events that year. The Community Section told us it has no means of checking how grants are used, and that it should not be asked to pay grants without reports.")
    d.p("2.4 Young people are under-represented. Only five schools took part in an exchange in 2025, and associations told us that the cost of travel is the main obstacle for families.")
    d.p("2.5 Civic delegations account for most of the Council's own spending. Under the Local Government Act 2001 a local authority must have regard to value for money in all its expenditure, and several members of the public told us that the Council should not pay for delegations of up to nine members.")
    d.p("2.6 The full cost of twinning is not reported anywhere. Staff time, hospitality for visiting delegations and gifts are paid from different budget headings.")
    d.hd("3. Conclusion")
    d.p("3.1 Town twinning still has a place in the county, but the Council's support for it should be clearer, fairer and more open. We do not recommend ending Council support for twinning, which some submissions proposed. Our recommendations are set out in the table below; the lead and timeframe columns are suggestions only.")
    d.hd("4. Recommendations")
    d.tab((13, 105, 30, 22), [("Ref.", "Recommendation", "Lead", "Timeframe")] + RECS)
    d.p("4.1 Recommendations TW3 and TW5 would take effect from the 2027 budget, so that associations have notice of the change. We ask the Corporate Policy Group to consider this report at its March meeting.")
    d.p("Cllr Siobhán Ó Dálaigh, Chair, Twinning Review Group, 20 January 2026", 8.5)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Carrigmore County Council - Management response to report TRG/2026/1")
    d.add_page()
    d.letterhead("Carrigmore County Council", "Office of the Chief Executive  |  Corporate Policy Group, 18 March 2026  |  Item CPG/26/12")
    d.set_font("DV", "B", 14)
    d.multi_cell(0, 7, "Management Response to the Review of Town Twinning and International Links", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.p("1. This management response has been prepared by the Chief Executive for the Corporate Policy Group. Management welcomes the report of the Twinning Review Group and acknowledges the time given by its members and by the twinning associations who made submissions.")
    d.p("2. Management's response to each recommendation is set out in the table below, grouped where the recommendations are closely related.")
    d.tab((18, 100, 28, 24), [
        ("Ref.", "Management response", "Owner", "Target date"),
        ("TW4", "Accepted. From 2026 grant payments will be released only on receipt of an annual activity report and accounts; the forms have already been sent to all six associations.", "Community Section", "31 March 2026"),
        ("TW1", "Accepted. A draft Twinning and International Relations Policy will be brought to the Corporate Policy Group for approval, including criteria for new links and for inactive ones.", "Corporate Services", "September 2026"),
        ("TW2 / TW5", "Management does not propose to end the Saint-Aubin-sur-Lac link at this time, as the Cathaoirleach has been invited to the commune's 800th anniversary in June and will seek to revive contact. On youth exchanges, management agrees that they deserve more support, but will set aside a minimum share of 30% rather than give them priority over civic delegations.", "CE / Community Section", "June 2026"),
        ("TW6", "The arrangements for members' travel are a reserved matter for the elected members. Management will place the proposal before the Protocol Committee for its views.", "Meetings Administrator", "-"),
        ("TW3", "Accepted in part. A competitive International Links Fund will be created in the 2027 budget, but the existing grants of €4,000 will continue for 2026 and 2027 while associations adjust.", "Community Section", "Budget 2027"),
    ])
    d.hd("Other matters")
    d.p("3. Members will be aware that the Council's Creative Ireland programme for 2026 has been approved by the Department, with an allocation of €128,000 for projects in libraries and arts centres. A separate report on that programme will be circulated before the April meeting.")
    d.p("4. Management would be happy to provide any further information the Group may need. The Chief Executive recommends that the Corporate Policy Group note this response and refer it to the May plenary meeting.")
    d.ln(2)
    d.p("Gráinne Fallon\nChief Executive\n4 March 2026", 9)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Adopt a Twinning and International Relations Policy that sets criteria",
         "reply_contains": "will be brought to the Corporate Policy Group for approval", "verdict": "agrees"},
        {"number": 2, "starts_with": "Formally end the twinning link with Saint-Aubin-sur-Lac, which has been inactive",
         "reply_contains": "Management does not propose to end the Saint-Aubin-sur-Lac link", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Replace the six annual grants to local twinning associations with",
         "reply_contains": "will continue for 2026 and 2027 while associations adjust", "verdict": "partly"},
        {"number": 4, "starts_with": "Require every association receiving Council funding to submit an annual",
         "reply_contains": "the forms have already been sent to all six associations", "verdict": "agrees"},
        {"number": 5, "starts_with": "Give priority within the Fund to school, youth and sports exchanges",
         "reply_contains": "will set aside a minimum share of 30%", "verdict": "partly"},
        {"number": 6, "starts_with": "Limit Council payment for elected members' travel on twinning visits",
         "reply_contains": "place the proposal before the Protocol Committee for its views", "verdict": "noted"},
        {"number": 7, "starts_with": "Publish each year, on the Council's website, the full cost",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["This management response has been prepared by the Chief Executive",
                 "Creative Ireland programme for 2026 has been approved by the Department",
                 "Management would be happy to provide any further information"]
    notes = ("Advice: Irish county council Twinning Review Group report TRG/2026/1 on town twinning; recs in a TABLE with "
             "codes TW1-TW7 and Lead/Timeframe columns (numbers 1-7 = TW1-TW7); traps: paragraphs 1.1-4.1, item CPG/25/44, "
             "2008 policy quoted ('twinning links should be community-led', 'each link should be reviewed every five "
             "years'), shaded 'Our links at a glance' box with figures, Local Government Act 2001 'must have regard to "
             "value for money', 'the Council should not pay for delegations', 3.1 'We do not recommend ending Council "
             "support', 4.1 citing 'TW3 and TW5'. Response: Chief Executive's MANAGEMENT RESPONSE table 'Ref. / Management "
             "response / Owner / Target date' citing codes, order TW4, TW1, TW2+TW5, TW6, TW3: reports and accounts, forms "
             "already sent (4 agrees); draft policy September (1 agrees); ONE row 'TW2 / TW5' = link not ended at this "
             "time (2 disagrees) + 30% minimum share instead of priority (5 partly); members' travel to the Protocol "
             "Committee (6 noted); fund in 2027 but grants kept meanwhile (3 partly); 7 (publish full cost) unanswered; "
             "intro paragraph, Creative Ireland 'Other matters', closing offer (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

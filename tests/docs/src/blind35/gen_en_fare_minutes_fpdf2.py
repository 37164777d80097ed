"""Round 35 (EN): a Canadian municipal ADVISORY PANEL REPORT TO COUNCIL answered by the MINUTES of the council
meeting that considered it. The advice (an invented Ontario city's Fare Equity Advisory Panel) has a report header
table, an executive summary listing the asks in short form, the 2019 fare strategy's recommendation quoted, a
survey table, findings with 'should', and seven UNNUMBERED bullet recommendations under three theme headings, each
ending with a bracketed tag line '[Lead: ... | Timing: ... | Est. cost: ...]'. The response is the council's
minutes: attendance, call to order, a delegation, the item with moved/seconded resolutions, an amendment, a
resolution with parts (a) and (b), a referral, a defeated motion, a recorded vote and another agenda item.
fpdf2, US Letter, cleaned Liberation fonts; running header and footer. All content (city, panel, councillors,
figures, union local) invented.

Run:  /tmp/blind35en/bin/python tests/docs/src/blind35/gen_en_fare_minutes_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b35en as H
from fpdf import FPDF

NAME = "blind35_en_fare_minutes"
BLUE = (0, 70, 127)
GREY = (90, 90, 90)


class Base(FPDF):
    running = ""

    def __init__(self):
        super().__init__(format="letter", unit="mm")
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        self.set_creation_date(datetime.datetime(2026, 10, 1))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.set_y(11)
        self.cell(0, 4, self.running, align="R")
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot % self.page_no(), align="C")
        self.set_text_color(0)

    def head(self, t, size=12, color=BLUE, before=4):
        self.ln(before)
        self.set_font("AR", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 0.5, t)
        self.set_text_color(0)
        self.ln(1.5)

    def p(self, t, style="", size=10, after=2.2, indent=0):
        self.set_font("AR", style, size)
        if indent:
            self.set_x(self.l_margin + indent)
            self.multi_cell(self.epw - indent, 5, t, markdown=True)
        else:
            self.multi_cell(0, 5, t, markdown=True)
        self.ln(after)

    def bullet(self, t, tag=None):
        self.set_font("AR", "", 10)
        y = self.get_y()
        self.set_x(self.l_margin + 3)
        self.cell(5, 5, "\u2022")
        self.set_xy(self.l_margin + 8, y)
        self.multi_cell(self.epw - 8, 5, t)
        if tag:
            self.set_font("AR", "I", 8.6)
            self.set_text_color(*GREY)
            self.set_x(self.l_margin + 8)
            self.multi_cell(self.epw - 8, 4.4, tag)
            self.set_text_color(0)
        self.ln(2)


RECS = [
    ("Affordability",
     [("Introduce a low-income monthly pass priced at 50 per cent of the adult monthly pass for residents whose "
       "household income is below the Low Income Measure.",
       "[Lead: Lakeport Transit, Social Services | Timing: July 2027 | Est. net cost: $1.4M per year]"),
      ("Extend free travel on Lakeport Transit to all children aged 12 and under, who currently pay the youth "
       "fare from age 6.",
       "[Lead: Lakeport Transit | Timing: September 2027 | Est. cost: $0.35M per year]")]),
    ("Simplicity",
     [("Make LakeCard transfers valid for 90 minutes in any direction, including return trips, instead of the "
       "current 60-minute one-way transfer.",
       "[Lead: Lakeport Transit | Timing: January 2027 | Est. cost: $0.2M per year]"),
      ("Introduce fare capping on the LakeCard so that no rider pays more in a calendar month than the price of "
       "the matching monthly pass.",
       "[Lead: Lakeport Transit, IT Services | Timing: 2027 | Est. cost: $0.9M one-time, $0.5M per year]"),
      ("Sell LakeCard passes and reload cards at all eleven public library branches and at the four community "
       "centres.",
       "[Lead: Lakeport Public Library, Recreation | Timing: 2027 | Est. cost: $60,000 per year]")]),
    ("Access",
     [("Waive fares for patients travelling to and from the Lakeport Regional Cancer Centre for scheduled "
       "treatment, on presentation of an appointment card.",
       "[Lead: Lakeport Transit, Lakeport Regional Hospital | Timing: 2027 | Est. cost: $45,000 per year]"),
      ("Report to Council every year on fare equity, including ridership and revenue by fare type and the uptake "
       "of the low-income pass.",
       "[Lead: Lakeport Transit | Timing: annually from 2028 | Est. cost: within existing budget]")]),
]


def advice(path):
    pdf = Base()
    pdf.running = "Report FEAP-2026-01  |  Fare Equity Advisory Panel - Final Report"
    pdf.foot = "Page %d"
    pdf.add_page()
    pdf.set_font("AR", "B", 18)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 9, "City of Lakeport", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("AR", "", 11)
    pdf.cell(0, 6, "Report to Council", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(3)
    pdf.set_font("AR", "", 9.2)
    rows = [("Report To:", "Mayor and Members of Council"),
            ("From:", "Fare Equity Advisory Panel (Chair: Priya Manickam-Lalonde)"),
            ("Meeting Date:", "October 13, 2026"),
            ("Report Number:", "FEAP-2026-01"),
            ("Subject:", "Fare Equity Advisory Panel - Final Report"),
            ("File:", "T05-FARE-2026")]
    with pdf.table(col_widths=(32, 134), text_align="LEFT", line_height=5.2, first_row_as_headings=False,
                   borders_layout="HORIZONTAL_LINES") as t:
        for a, b in rows:
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.head("1. Purpose")
    pdf.p("This report presents the findings and recommendations of the Fare Equity Advisory Panel, which Council "
          "established in November 2025 (Resolution 2025-388) to advise on how Lakeport Transit fares can be made "
          "fairer and simpler. The Panel's eleven members include riders, social agencies and two student "
          "representatives.")
    pdf.head("2. Executive Summary")
    pdf.p("Transit fares in Lakeport rose by 22 per cent between 2019 and 2026, and riders with low incomes are "
          "travelling less. In brief, the Panel asks Council to: create a low-income pass; let children ride "
          "free; simplify transfers and cap fares; make passes easier to buy; help cancer patients get to "
          "treatment; and track progress every year. The details are in section 6.")
    pdf.head("3. Background")
    pdf.p("The 2019 Fare Strategy contained a recommendation \"that a low-income fare program be considered when "
          "funding permits\". No program has been introduced. Since then, the Province's Ontario Transit "
          "Affordability Grant has funded low-income passes in 14 municipalities; Lakeport is not among them.")
    pdf.p("The Panel met nine times, held three public sessions and ran an online survey (1,184 responses, "
          "March-April 2026).")
    pdf.head("4. What we heard")
    pdf.set_font("AR", "", 9)
    data = [("Survey question", "Agree", "Neutral", "Disagree"),
            ("Fares are a barrier to using transit as often as I need", "58%", "17%", "25%"),
            ("Buying or reloading a LakeCard is easy", "41%", "19%", "40%"),
            ("The one-way transfer rule is fair", "22%", "14%", "64%"),
            ("Children should travel free", "71%", "12%", "17%")]
    with pdf.table(col_widths=(100, 22, 22, 22), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=5) as t:
        for row in data:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.set_font("AR", "I", 8.5)
    pdf.multi_cell(0, 4.5, "Table 1: Selected survey results (n = 1,184). Percentages may not add due to rounding.")
    pdf.ln(2)
    pdf.head("5. Findings")
    pdf.p("5.1  Fares take a larger share of income from riders who depend on transit most. A rider on Ontario "
          "Works spends about 13 per cent of their basic needs allowance on a monthly pass.")
    pdf.p("5.2  The fare system should be easy to understand. The current one-way transfer means that a rider "
          "making a short return trip pays twice, which riders see as unfair.")
    pdf.p("5.3  Ten of the fifteen places where passes can be bought close at 6 p.m., and none is in the north "
          "end of the city.")
    pdf.p("5.4  Peer municipalities that introduced a low-income pass saw ridership among eligible residents rise "
          "by 18 to 30 per cent in the first two years.")
    pdf.head("6. Recommendations")
    pdf.p("The Panel recommends that Council direct staff to implement the following measures. Each is followed "
          "by the lead department, the proposed timing and the Panel's estimate of cost, which staff have not "
          "yet verified.")
    for theme, items in RECS:
        pdf.head(theme, size=10.5, color=(0, 0, 0), before=1)
        for text, tag in items:
            pdf.bullet(text, tag)
    pdf.head("7. Financial Implications")
    pdf.p("The Panel estimates the net annual cost of all measures at about $3.1 million, or 6.8 per cent of "
          "fare revenue, before any provincial funding. Staff will bring a full costing to the 2027 Budget.")
    pdf.head("8. Conclusion")
    pdf.p("The Panel thanks the residents who took part. Council should see these measures as one package: "
          "together they would make Lakeport's fares among the fairest in the province.")
    pdf.p("Respectfully submitted,\nPriya Manickam-Lalonde, Chair, Fare Equity Advisory Panel")
    pdf.head("9. Attachments")
    pdf.p("Attachment 1 - Survey summary, March-April 2026\nAttachment 2 - Low-income fare programs in "
          "fourteen Ontario municipalities: comparison table\nAttachment 3 - Panel terms of reference "
          "(Resolution 2025-388)")
    pdf.head("10. Consultation")
    pdf.p("The Panel met with Lakeport Transit, Social Services, the Lakeport Public Library and the Lakeport "
          "Accessibility Advisory Committee. Lakeport Transit staff provided ridership and revenue data but "
          "have not reviewed the recommendations; a staff report on implementation and cost will follow if "
          "Council endorses them.")
    pdf.output(path)


def response(path):
    pdf = Base()
    pdf.running = "Council Minutes - October 13, 2026"
    pdf.foot = "Regular Council Meeting Minutes - October 13, 2026  |  Page %d"
    pdf.add_page()
    pdf.set_font("AR", "B", 15)
    pdf.cell(0, 8, "The Corporation of the City of Lakeport", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("AR", "B", 12)
    pdf.cell(0, 7, "Minutes of the Regular Meeting of Council", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("AR", "", 10)
    pdf.cell(0, 6, "Tuesday, October 13, 2026, 6:00 p.m.  -  Council Chambers, City Hall", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.p("**Present:** Mayor D. Arsenault; Councillors J. Bélanger-Roy, K. Osei, M. Petrakis, L. Whitford, "
          "S. Nakamura, T. Duquette, R. Castellanos, A. Lindqvist, P. Mahoney, H. Gill", size=9.5)
    pdf.p("**Staff:** C. Vandermeer, City Manager; F. Rahimi, Director of Transit; N. Boucher, City Clerk",
          size=9.5)
    pdf.head("1. Call to Order", size=10.5)
    pdf.p("The Mayor called the meeting to order at 6:02 p.m. and read the land acknowledgement.")
    pdf.head("2. Disclosure of Pecuniary Interest", size=10.5)
    pdf.p("None declared.")
    pdf.head("3. Delegations", size=10.5)
    pdf.p("3.1  Gary Kowalchuk, President, Amalgamated Transit Union Local 1742, addressed Council regarding "
          "operator safety and asked that fare disputes not be enforced by operators. He asked that any new "
          "fare products be introduced with training for front-line staff.")
    pdf.head("4. Reports", size=10.5)
    pdf.p("**4.1  Fare Equity Advisory Panel - Final Report (Report FEAP-2026-01)**", size=10)
    pdf.p("P. Manickam-Lalonde, Chair of the Panel, presented the report. The Director of Transit advised that "
          "staff have not yet verified the Panel's cost estimates and answered questions on the LakeCard "
          "contract.")
    res = [
        ("2026-241", "Councillor Osei", "Councillor Whitford",
         "That Report FEAP-2026-01, Fare Equity Advisory Panel - Final Report, be received; and that Council "
         "thank the members of the Panel for their work.", "CARRIED"),
        ("2026-242", "Councillor Petrakis", "Councillor Nakamura",
         "That Council:\n(a) approve 90-minute transfers on the LakeCard, valid in any direction, effective "
         "January 1, 2027; and\n(b) not proceed with fare capping at this time, as the current LakeCard system "
         "cannot support it, and that staff consider fare capping in the specifications for the replacement "
         "fare system in 2029.", "CARRIED"),
        ("2026-243", "Councillor Gill", "Councillor Castellanos",
         "That Council approve a low-income monthly pass at 50 per cent of the adult monthly pass price for "
         "residents below the Low Income Measure, effective July 1, 2027; and that the Mayor write to the "
         "Minister of Transportation seeking funding under the Ontario Transit Affordability Grant.", "CARRIED"),
    ]
    for no, mov, sec, text, outc in res:
        pdf.p("**Resolution No. %s**\nMoved by %s\nSeconded by %s" % (no, mov, sec), size=9.6, after=1, indent=8)
        pdf.p(text, size=9.6, after=1, indent=8)
        pdf.p("**%s**" % outc, size=9.6, after=3, indent=8)
    pdf.p("**Resolution No. 2026-244**\nMoved by Councillor Duquette\nSeconded by Councillor Lindqvist",
          size=9.6, after=1, indent=8)
    pdf.p("That Council approve free travel on Lakeport Transit for all children aged 12 and under, effective "
          "September 1, 2027.", size=9.6, after=2, indent=8)
    pdf.p("*Amendment:* Moved by Councillor Mahoney, Seconded by Councillor Bélanger-Roy, that the motion be "
          "amended by deleting \"12 and under\" and substituting \"9 and under\", with a review after one year. "
          "**CARRIED**", size=9.6, after=1, indent=8)
    pdf.p("The main motion, as amended, was then put. **CARRIED**", size=9.6, after=3, indent=8)
    pdf.p("**Motion**\nMoved by Councillor Whitford\nSeconded by Councillor Osei", size=9.6, after=1, indent=8)
    pdf.p("That staff be directed to arrange for LakeCard passes to be sold at all Lakeport Public Library "
          "branches and community centres from 2027.", size=9.6, after=1, indent=8)
    pdf.p("A recorded vote was requested. In favour: Councillors Whitford, Osei, Gill, Castellanos (4). Opposed: "
          "Mayor Arsenault, Councillors Bélanger-Roy, Petrakis, Nakamura, Duquette, Lindqvist, Mahoney (7). "
          "**LOST**", size=9.6, after=3, indent=8)
    pdf.p("**Resolution No. 2026-245**\nMoved by Councillor Nakamura\nSeconded by Councillor Gill", size=9.6,
          after=1, indent=8)
    pdf.p("That the proposal to waive fares for patients attending the Lakeport Regional Cancer Centre be "
          "referred to staff, to report back in the first quarter of 2027 after discussion with Lakeport "
          "Regional Hospital and the Canadian Cancer Society's volunteer driver program.", size=9.6, after=1,
          indent=8)
    pdf.p("**CARRIED**", size=9.6, after=3, indent=8)
    pdf.p("**4.2  Transit Ridership Report, Second Quarter 2026 (Report TR-2026-09)**", size=10)
    pdf.p("**Resolution No. 2026-246**  Moved by Councillor Castellanos, Seconded by Councillor Lindqvist: That "
          "Report TR-2026-09, showing second-quarter ridership of 2.31 million rides, be received for "
          "information. **CARRIED**", size=9.6, indent=8)
    pdf.head("5. Adjournment", size=10.5)
    pdf.p("Resolution No. 2026-247: That the meeting adjourn at 8:41 p.m. CARRIED")
    pdf.ln(4)
    pdf.p("______________________  Mayor                    ______________________  City Clerk", size=9)
    pdf.output(path)


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(adv)
    response(rsp)
    recs = [
        {"number": "1", "starts_with": "Introduce a low-income monthly pass priced at 50 per cent",
         "reply_contains": "approve a low-income monthly pass at 50 per cent", "verdict": "agrees"},
        {"number": "2", "starts_with": "Extend free travel on Lakeport Transit to all children aged 12",
         "reply_contains": "deleting \"12 and under\" and substituting \"9 and under\"", "verdict": "partly"},
        {"number": "3", "starts_with": "Make LakeCard transfers valid for 90 minutes in any direction",
         "reply_contains": "approve 90-minute transfers on the LakeCard, valid in any direction",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Introduce fare capping on the LakeCard so that no rider pays",
         "reply_contains": "not proceed with fare capping at this time", "verdict": "disagrees",
         "also": ["noted"]},
        {"number": "5", "starts_with": "Sell LakeCard passes and reload cards at all eleven public library",
         "reply_contains": "arrange for LakeCard passes to be sold at all", "verdict": "disagrees"},
        {"number": "6", "starts_with": "Waive fares for patients travelling to and from the Lakeport Regional",
         "reply_contains": "be referred to staff, to report back in the first quarter", "verdict": "noted"},
        {"number": "7", "starts_with": "Report to Council every year on fare equity, including ridership",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["asked that fare disputes not be enforced by operators",
                 "showing second-quarter ridership of 2.31 million rides"]
    notes = ("Canadian (Ontario) municipal advisory panel report to council answered by the minutes of the council "
             "meeting (invented City of Lakeport and its Fare Equity Advisory Panel; fpdf2, US Letter, running "
             "header and footer). Advice: seven UNNUMBERED bullet recommendations in section 6 under three theme "
             "headings (Affordability 2, Simplicity 3, Access 2), all imperatives, each followed by an italic tag "
             "line '[Lead: ... | Timing: ... | Est. cost: ...]'; numbered 1-7 in document order. Traps: report "
             "header table, the executive summary listing the asks in short form ('In brief, the Panel asks "
             "Council to: ...'), the 2019 Fare Strategy's recommendation quoted, Resolution 2025-388, a survey "
             "table, findings 5.1-5.4 ('should be easy to understand'), 'Council should see these measures as "
             "one package'. Response: minutes with attendance, delegation, item 4.1 with resolutions in the "
             "order 3+4, 1, 2, 5, 6: Resolution 2026-241 'be received' and thanks (procedural, answers none); "
             "2026-242 with parts (a) 90-minute transfers approved = 3 agrees and (b) 'not proceed with fare "
             "capping at this time', to be considered for the 2029 replacement system = 4 disagrees (also noted); "
             "2026-243 low-income pass at 50 per cent approved = 1 agrees; 2026-244 free travel for children "
             "amended from '12 and under' to '9 and under' and carried = 2 partly; an unnumbered motion to sell "
             "passes at libraries and community centres LOST on a recorded vote 4-7 = 5 disagrees; 2026-245 "
             "cancer centre fares 'referred to staff, to report back' = 6 noted. 7 (annual fare equity report) "
             "is not dealt with (unanswered). The ATU delegation (3.1) and item 4.2 Transit Ridership Report "
             "answer no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

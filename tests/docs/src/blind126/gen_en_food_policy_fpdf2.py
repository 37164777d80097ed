"""Round 126 (EN): a US city's FOOD POLICY COUNCIL's annual recommendations to the Mayor and City Council, answered
by the Mayor's BUDGET MESSAGE (the transmittal letter of the proposed budget). The advice's seven recommendations are
the ROWS of a ruled table (No. / Recommendation / Lead / Estimated annual cost). Traps: the City Charter quoted
('shall submit'), a Council resolution quoted ('should consider'), the Council's 2024 recommendation quoted ('should
adopt', done), a numbered list of FINDINGS and a numbered list of QUESTIONS residents were asked, and a closing line
naming 'Recommendations 1 and 5'. The budget message answers by THEME with no numbers, the replies scattered over
several of its sections ('Food security', 'Neighborhoods and housing', 'Utilities and sanitation') and in another
order; revenue, public safety and the closing answer nothing; the food dashboard is never mentioned.
fpdf2, US Letter, cleaned Liberation Sans (advice) and Liberation Serif (budget message), fixed creation dates; header
and 'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind126en/bin/python tests/docs/src/blind126/gen_en_food_policy_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b126en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind126_en_food_policy"
GREEN = (46, 94, 40)
NAVY = (28, 44, 84)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=5.0, after=2.2, indent=0, align="L", markdown=False):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=markdown)
        self.ln(after)

    def head(self, t, size=11.5, before=2.5, colour=GREEN):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def item(self, no, t, size=10, lh=5.0, w=8, indent=4):
        self.set_font(self.fam, "", size)
        y = self.get_y()
        self.set_x(self.l_margin + indent)
        self.cell(w, lh, no)
        self.set_xy(self.l_margin + indent + w, y)
        self.multi_cell(self.tw - w - indent, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)


RECS = [
    ("Fund a dollar-for-dollar SNAP match (Double Up Food Bucks) at all nine farmers markets in the city, so that "
     "shoppers using SNAP benefits can buy twice as much fresh produce.", "Office of Economic Development", "$180,000"),
    ("Create a full-time Food Systems Coordinator position in the Office of Sustainability to lead the City's food "
     "work and staff this Council.", "Office of Sustainability", "$96,000"),
    ("Amend the zoning code to allow small grocery stores of up to 3,000 square feet on corner lots in the R-2 and "
     "R-3 residential zones.", "Planning and Development", "Staff time"),
    ("Waive water connection fees and charge the residential rate for community gardens on City-owned lots.",
     "Water Utility", "$22,000"),
    ("Open free summer meal sites for children at all 14 recreation centers, with meals served on weekdays from "
     "June to August.", "Parks and Recreation", "$140,000 (largely federally reimbursed)"),
    ("Extend curbside food scraps collection to every apartment building with five or more units by July 2027.",
     "Sanitation", "$410,000"),
    ("Publish an annual food security dashboard with data by neighborhood on food access, SNAP enrollment and "
     "emergency food use.", "Office of Sustainability", "$15,000"),
]


def advice():
    d = Doc(datetime.datetime(2026, 1, 22, 9, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_title("Food Policy Council 2026 Recommendations")
    d.set_font("LS", "B", 9)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "CITY OF LARKSPUR FALLS  |  FOOD POLICY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LS", "B", 18)
    d.multi_cell(0, 8, "Everyone at the Table: 2026 Recommendations to the Mayor and City Council",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.para("Report FPC-2026-01  |  Adopted by the Council on January 22, 2026  |  Chair: Rosalind Achebe-Marsh",
           size=9, style="I")
    d.head("Who we are")
    d.para("The Larkspur Falls Food Policy Council is a 15-member advisory body created by City Council Resolution "
           "2019-233 to advise the Mayor and the City Council on food access, urban agriculture and food waste. The "
           "resolution says that the City \"should consider the Council's recommendations in preparing each annual "
           "budget\". Under Section 6.04 of the City Charter, the Mayor \"shall submit a proposed budget to the City "
           "Council no later than May 1 of each year\"; we send our recommendations in January so that they can be "
           "weighed in time.")
    d.para("In 2024 we recommended that the City \"should adopt a good food purchasing standard for City-run "
           "facilities\". The standard was adopted in 2025, and we thank the Council for it.")
    d.head("What we found")
    d.para("Our work this year drew on City data, a survey of 1,140 residents and eight listening sessions. We found "
           "that:", after=1)
    for i, t in enumerate(["one household in six in Larkspur Falls was food insecure in 2025, and one in four on "
                           "the East Side;",
                           "3 of the city's 11 ZIP codes have no full-service grocery store;",
                           "SNAP use at farmers markets fell by 31 percent after the state match ended in 2024;",
                           "only 4 of the 14 recreation centers served summer meals in 2025;",
                           "food makes up about a fifth of what households put in the trash."], 1):
        d.item(f"{i}.", t)
    d.ln(1)
    d.para("At the listening sessions we asked residents three questions:", after=1)
    for i, t in enumerate(["Where do you buy most of your food, and how do you get there?",
                           "What stops you from eating the way you would like to?",
                           "What one thing should the City do first?"], 1):
        d.item(f"{i}.", t)
    d.head("Our recommendations")
    d.para("The Council makes seven recommendations for the fiscal year 2026-27 budget. Costs are our own estimates.")
    d.set_font("LS", "", 9.5)
    d.set_draw_color(120, 140, 110)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
    with d.table(col_widths=(10, 92, 40, 30), line_height=4.8, headings_style=head, text_align="LEFT",
                 padding=1.6) as t:
        r = t.row()
        for c in ("No.", "Recommendation", "Lead", "Estimated annual cost"):
            r.cell(c)
        for i, (rec, lead, cost) in enumerate(RECS, 1):
            r = t.row()
            r.cell(str(i))
            r.cell(rec)
            r.cell(lead)
            r.cell(cost)
    d.ln(3)
    d.head("Next steps")
    d.para("We ask the Mayor to give particular weight to Recommendations 1 and 5, which would reach the most "
           "families soonest. Council members would welcome the chance to present this report at a City Council "
           "work session.")
    d.para("Rosalind Achebe-Marsh, Chair, on behalf of the Larkspur Falls Food Policy Council", style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 4, 28, 9, 0, tzinfo=datetime.timezone.utc), "LF")
    d.set_title("Proposed Budget FY 2026-27: Budget Message")
    d.set_font("LF", "B", 10)
    d.set_text_color(*NAVY)
    d.cell(0, 5, "OFFICE OF THE MAYOR  |  CITY OF LARKSPUR FALLS", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LF", "B", 18)
    d.cell(0, 9, "Proposed Budget, Fiscal Year 2026-27", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LF", "I", 13)
    d.cell(0, 7, "Budget Message", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("April 28, 2026", size=11)
    d.para("To the Honorable Members of the City Council and the Residents of Larkspur Falls:", size=11)
    P = lambda t: d.para(t, size=11, lh=5.4, after=2.6)
    P("I am pleased to submit the proposed budget for fiscal year 2026-27. The proposed General Fund budget is "
      "$412.6 million, an increase of 2.8 percent over the current year, and it is balanced without drawing on "
      "reserves. Sales tax receipts have grown more slowly than we hoped, and this budget makes careful choices.")
    H2 = lambda t: d.head(t, size=12.5, colour=NAVY)
    H2("Public safety")
    P("The budget funds 12 additional firefighter positions for the new Station 9, which opens in October, and "
      "keeps police staffing at 618 sworn officers. It also continues the Crisis Response Team pilot for a second "
      "year.")
    H2("Food security")
    P("This winter the Food Policy Council told us that one household in six in our city does not always have "
      "enough to eat. I have listened. Every one of our 14 recreation centers will serve free summer meals to "
      "children this year, Monday to Friday, from June 15 to August 14; most of the cost will be reimbursed by the "
      "federal summer meals program.")
    P("The budget includes $180,000 for a SNAP match at every farmers market in the city, so that a family's SNAP "
      "dollars go twice as far on fresh fruit and vegetables.")
    P("The Council also asked for a full-time coordinator for our food work. Given the pressures on the General "
      "Fund, I am proposing a half-time Food Systems Coordinator in the Office of Sustainability, which I hope "
      "we can make full-time in a later year.")
    H2("Neighborhoods and housing")
    P("The budget adds $3.1 million to the Housing Trust Fund. On the Food Policy Council's proposal for corner "
      "grocery stores in residential zones, I will ask the Planning Commission to study the idea as part of next "
      "year's zoning code update and to report back before any change is proposed.")
    H2("Utilities and sanitation")
    P("Water and sewer rates will rise by 4 percent, as approved in last year's rate plan. I am not proposing to "
      "waive connection fees for community gardens. The Water Utility is an enterprise fund that must recover its "
      "costs from its customers, and every waiver is paid for by other ratepayers.")
    P("Curbside food scraps collection will be extended in July 2027 to apartment buildings with 20 or more units, "
      "which house about two-thirds of our apartment residents. Smaller buildings will follow once we have "
      "added collection trucks.")
    H2("Looking ahead")
    P("I want to thank the City Council, our department directors and the many residents who took part in this "
      "year's budget town halls. I look forward to working with you to adopt a budget by June 16.")
    P("Respectfully submitted,")
    d.ln(4)
    d.para("Daniel R. Okonkwo-Reyes\nMayor", size=11)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Larkspur Falls Food Policy Council - Report FPC-2026-01",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Larkspur Falls - Proposed Budget FY 2026-27",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Fund a dollar-for-dollar SNAP match (Double Up Food Bucks) at",
         "reply_contains": "The budget includes $180,000 for a SNAP match", "verdict": "agrees"},
        {"number": 2, "starts_with": "Create a full-time Food Systems Coordinator position in the Office",
         "reply_contains": "I am proposing a half-time Food Systems Coordinator", "verdict": "partly"},
        {"number": 3, "starts_with": "Amend the zoning code to allow small grocery stores",
         "reply_contains": "I will ask the Planning Commission to study the idea", "verdict": "noted"},
        {"number": 4, "starts_with": "Waive water connection fees and charge the residential rate",
         "reply_contains": "I am not proposing to waive connection fees", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Open free summer meal sites for children at all 14",
         "reply_contains": "Every one of our 14 recreation centers will serve free summer meals",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Extend curbside food scraps collection to every apartment building",
         "reply_contains": "to apartment buildings with 20 or more units", "verdict": "partly"},
        {"number": 7, "starts_with": "Publish an annual food security dashboard with data by neighborhood",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["an increase of 2.8 percent over the current year",
                 "funds 12 additional firefighter positions for the new Station 9",
                 "The budget adds $3.1 million to the Housing Trust Fund",
                 "look forward to working with you to adopt a budget"]
    notes = ("Advice: a US city's FOOD POLICY COUNCIL's annual recommendations to the Mayor and City Council; the City "
             "Charter quoted ('shall submit a proposed budget'); the creating resolution quoted ('should consider'); "
             "the 2024 recommendation quoted ('should adopt a good food purchasing standard', done); FINDINGS 1.-5. and "
             "three QUESTIONS 1.-3. put to residents (no recommendations); the seven recommendations are the ROWS of "
             "a ruled table No. / Recommendation / Lead / Estimated annual cost (1 SNAP match at nine markets, 2 "
             "full-time Food Systems Coordinator, 3 corner grocery stores in R-2/R-3 zones, 4 waive water connection "
             "fees for community gardens, 5 summer meals at all 14 recreation centers, 6 food scraps collection for "
             "buildings of five or more units, 7 food security dashboard); closing 'Recommendations 1 and 5'. "
             "Response: the Mayor's BUDGET MESSAGE, themed headings, no numbers, the replies spread over three "
             "sections in the order 5, 1, 2 (Food security), 3 (Neighborhoods and housing), 4, 6 (Utilities and "
             "sanitation): 5 every recreation center from June 15 (agrees); 1 $180,000 SNAP match (agrees); 2 "
             "half-time rather than full-time (partly); 3 Planning Commission to study and report back (noted); 4 "
             "'not proposing to waive connection fees' (disagrees); 6 buildings of 20 or more units in July 2027, "
             "smaller ones later (partly); 7 the dashboard never mentioned (unanswered). The opening (General Fund "
             "$412.6 million), 'Public safety', the Housing Trust Fund and water rates sentences and 'Looking ahead' "
             "answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

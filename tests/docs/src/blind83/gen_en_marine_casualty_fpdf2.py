"""Round 83 (EN): an Irish MARINE CASUALTY INVESTIGATION REPORT (genre: a marine accident investigation board's
report on a passenger boat casualty: synopsis, factual information in numbered paragraphs, analysis, numbered
CONCLUSIONS 4.1-4.6, then SAFETY RECOMMENDATIONS as the numbered paragraphs 5.1-5.7 of the last section, each
addressed to a body) answered by the Department's STATUS REPORT ON THE SAFETY RECOMMENDATIONS (a short
introduction, a ruled table 'Rec. | Addressee | Response and action taken | Status' quoting replies received from the
operator, a section on related actions, contact details).
Advice: Marine Incident Investigation Board, report MIIB 2026-07 on the capsize of the 'Ros Ard' on Lough Derrane,
3 p.
Response: Department of Transport, Maritime Safety Policy Division, status report, 2 p.; order 5.2, 5.7, 5.3+5.4 (one
row), 5.1, 5.5; 5.6 unanswered.
fpdf2 (A4, cleaned DejaVu Sans/Serif, fixed creation date); running header from page 2 and page footers. The Board,
the lough, the boat, the operator, people, dates and figures are invented; the Merchant Shipping (Passenger Boat)
Regulations are named only in passing (what is said of them here is not to be relied on).

Run:  /tmp/blind83en/bin/python tests/docs/src/blind83/gen_en_marine_casualty_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b83en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind83_en_marine_casualty"
TEAL = (0, 84, 96)
PALE = (226, 238, 240)


class Doc(FPDF):
    def __init__(self, header_text, footer_text):
        super().__init__(format="A4")
        self.ht, self.ft = header_text, footer_text
        self.set_creation_date(datetime.datetime(2026, 10, 1, tzinfo=datetime.timezone.utc))
        for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("S", style, H.clean_font(f))
        for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("R", style, H.clean_font(f))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1 and self.ht:
            self.set_font("S", "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, self.ht, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, self.ft.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.ln(2)
        self.set_font("S", "B", 11)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.4, style=""):
        self.set_font("R", style, size)
        self.multi_cell(0, 4.7, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.6)

    def para(self, num, t, bold=False):
        """A numbered paragraph: the number in a 12 mm column, the text beside it."""
        y = self.get_y()
        if y > self.h - 32:
            self.add_page()
            y = self.get_y()
        self.set_font("S", "B", 9)
        self.cell(12, 4.7, num)
        self.set_font("R", "B" if bold else "", 9.4)
        self.multi_cell(0, 4.7, t, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(1.6)


def advice():
    d = Doc("MIIB 2026-07  |  Capsize of the passenger boat Ros Ard, Lough Derrane, 3 August 2025", "{n}")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 8, "F")
    d.set_y(14)
    d.set_font("S", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "MARINE INCIDENT INVESTIGATION BOARD", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "B", 15)
    d.multi_cell(0, 7, "Report of the investigation into the capsize of the passenger boat 'Ros Ard' on Lough "
                 "Derrane, Co. Galway, on 3 August 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.6)
    d.multi_cell(0, 4.6, "Report No. MIIB 2026-07  |  Published 22 June 2026  |  The Board's investigations are "
                 "conducted to prevent future casualties and not to attribute blame or liability.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.h1("1. Synopsis")
    d.p("At about 14:20 on 3 August 2025 the open passenger boat Ros Ard, carrying a skipper and 11 passengers on a "
        "sightseeing trip, capsized in a sudden squall about 600 metres north of Carrowbeg pier. All on board were "
        "recovered by two private boats and the Lough Derrane community rescue boat within 25 minutes. Two "
        "passengers were treated in hospital for hypothermia and one for a fractured wrist.")
    d.h1("2. Factual information")
    d.para("2.1", "Ros Ard is a 9.4 metre open boat built in 1998 and licensed to carry 12 passengers on inland "
           "waters. She is operated by Lough Derrane Boat Tours Ltd, which runs three boats from Carrowbeg pier "
           "between April and October.")
    d.para("2.2", "The passenger boat licence required lifejackets to be carried for every person on board. They "
           "were stowed in a locker under the forward seat. None of the passengers was wearing one when the boat "
           "capsized.")
    d.para("2.3", "Met Eireann's forecast for the area, issued at 06:00, gave westerly winds of force 4, gusting 35 "
           "knots in showers. The skipper told investigators that he had seen the forecast and judged that conditions "
           "on the lough would be sheltered.")
    d.para("2.4", "The boat carried a hand-held VHF radio, which was lost in the capsize. The alarm was raised by a "
           "passenger's mobile phone at 14:26.")
    d.para("2.5", "The boat's stability information dated from 2004 and did not reflect the outboard engine and "
           "canopy frame fitted in 2017, which added about 180 kg above the waterline.")
    d.para("2.6", "Passengers boarded from a fixed ladder-less quay wall at Carrowbeg, which is owned by Galway "
           "County Council. There is one life-ring on the pier.")
    d.h1("3. Analysis")
    d.p("The squall produced gusts of about 38 knots. With 12 people seated on the leeward side and the added top "
        "weight, the boat heeled beyond the angle at which she shipped water over the gunwale. Passengers should "
        "have been directed to the centre line, but there was not time to do so.")
    d.p("The Board has previously identified the absence of fixed radios on small passenger boats as a safety "
        "issue. In its 2019 report on the Inis Beag the Board recommended that \"operators of passenger boats on "
        "inland waters should be required to carry a fixed VHF radio\". That recommendation was accepted, but the "
        "requirement has not yet been introduced.")
    d.p("Under the Merchant Shipping (Passenger Boat) Regulations, as they were explained to the Board, the "
        "master must ensure that lifejackets are readily accessible, but there is no requirement that they be worn "
        "on an open boat. The Board notes that several operators on other lakes already require them to be worn.")
    d.h1("4. Conclusions")
    for n, t in (("4.1", "The capsize was caused by a squall acting on a heavily loaded open boat whose stability "
                  "had been reduced by modifications made since her stability information was approved."),
                 ("4.2", "The decision to sail was made without reference to any written limit on wind or gusts."),
                 ("4.3", "The outcome would very likely have been less serious had the passengers been wearing "
                  "lifejackets."),
                 ("4.4", "The loss of the only radio delayed the alarm by about six minutes."),
                 ("4.5", "There is no weather warning service designed for small craft on inland lakes."),
                 ("4.6", "The lack of a boarding ladder at Carrowbeg pier made the recovery of passengers from "
                  "the water harder.")):
        d.para(n, t)
    d.h1("5. Safety recommendations")
    for n, t in (("5.1", "The Minister for Transport should amend the passenger boat regulations so that every "
                  "person on an open passenger boat wears a lifejacket at all times while the boat is under way."),
                 ("5.2", "The Marine Survey Office should review the stability information of every licensed open "
                  "passenger boat of less than 15 metres in length by 31 December 2026."),
                 ("5.3", "Lough Derrane Boat Tours Ltd should fit a fixed VHF radio and an automatic "
                  "identification system transponder to each of its boats."),
                 ("5.4", "Lough Derrane Boat Tours Ltd should adopt a written weather limit for each route, based "
                  "on forecast gusts, and record each decision to sail."),
                 ("5.5", "The Minister for Transport should establish a small-craft weather warning service for "
                  "the larger inland lakes, in consultation with the national meteorological service."),
                 ("5.6", "Galway County Council, as owner of Carrowbeg pier, should fit a boarding ladder and two "
                  "further life-ring stations at the pier."),
                 ("5.7", "The Marine Survey Office should publish an annual summary of its inspections of licensed "
                  "passenger boats and of the deficiencies found.")):
        d.para(n, t, bold=True)
    d.p("Recipients of these recommendations are asked to inform the Board within 90 days of the action they have "
        "taken or propose to take.", size=8.6, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Status report: MIIB 2026-07 (Ros Ard)", "Department of Transport  |  page {n} of {nb}")
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "AN ROINN IOMPAIR  |  DEPARTMENT OF TRANSPORT", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.4)
    d.set_text_color(80, 80, 80)
    d.cell(0, 4.5, "Maritime Safety Policy Division, Leeson Lane, Dublin 2", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.set_font("S", "B", 13.5)
    d.multi_cell(0, 6.5, "Status report on the safety recommendations of MIIB report 2026-07: capsize of the "
                 "passenger boat Ros Ard, Lough Derrane", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.6)
    d.cell(0, 5, "Submitted to the Marine Incident Investigation Board, 18 September 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.h1("Introduction")
    d.p("The Department welcomes the Board's report and acknowledges the prompt response of the Lough Derrane "
        "community rescue boat crew on the day. This status report brings together the replies of the Department, "
        "the Marine Survey Office and the operator, whose letter of 2 September 2026 is summarised with its "
        "agreement.")
    d.h1("Recommendations and responses")
    d.set_font("S", "", 8.3)
    d.set_draw_color(120, 140, 145)
    d.set_line_width(0.2)
    rows = [
        ("5.2", "Marine Survey Office",
         "All 41 licensed open passenger boats under 15 metres have been reviewed. Eleven operators have been "
         "directed to submit new stability information before their licences are renewed in 2027.", "Implemented"),
        ("5.7", "Marine Survey Office",
         "The first annual summary of passenger boat inspections and deficiencies will appear as a chapter of the "
         "Office's 2026 annual report, to be published in March 2027.", "Accepted"),
        ("5.3 and 5.4", "Lough Derrane Boat Tours Ltd",
         "The operator reports that fixed VHF radios and AIS transponders were fitted to all three of its boats "
         "before the start of the 2026 season. The operator does not intend to adopt a fixed numerical wind limit, "
         "as it considers that the decision to sail must rest with the skipper's judgement of local conditions; it "
         "has, however, introduced a pre-departure log.",
         "5.3 implemented; 5.4 not accepted"),
        ("5.1", "Minister for Transport",
         "Accepted in part. Draft amending regulations will require lifejackets to be worn on open passenger boats "
         "from 1 October to 31 March and whenever the master so directs. A year-round requirement is not proposed "
         "at this time, following consultation with operators and the tourism sector.", "Partially accepted"),
        ("5.5", "Minister for Transport",
         "The recommendation has been referred to the national meteorological service, which will assess the "
         "feasibility and cost of such a service. The Department will revert to the Board when that assessment is "
         "available.", "Under consideration"),
    ]
    widths = (18, 32, 88, 28)
    with d.table(col_widths=widths, text_align=("LEFT", "LEFT", "LEFT", "LEFT"), line_height=4.2,
                 headings_style=FontFace(family="S", emphasis="BOLD", fill_color=PALE), first_row_as_headings=True, padding=1.5) as t:
        hdr = t.row()
        for h in ("Rec.", "Addressee", "Response and action taken", "Status"):
            hdr.cell(h)
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.h1("Related actions")
    d.p("Since the casualty the Department has issued a Marine Notice reminding all small craft users of the "
        "dangers of cold water immersion, and the Irish Coast Guard has held two exercises with community rescue "
        "boats on western lakes.")
    d.h1("Contact")
    d.p("Queries about this status report may be addressed to Aoife Brennan, Principal Officer, Maritime Safety "
        "Policy Division, at the address above.")
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    ("5.1", "The Minister for Transport should amend the passenger boat regulations so",
     "A year-round requirement is not proposed at this time", "partly"),
    ("5.2", "The Marine Survey Office should review the stability information of",
     "All 41 licensed open passenger boats under 15 metres", "agrees"),
    ("5.3", "Lough Derrane Boat Tours Ltd should fit a fixed VHF radio",
     "AIS transponders were fitted to all three of its boats", "agrees"),
    ("5.4", "Lough Derrane Boat Tours Ltd should adopt a written weather limit",
     "does not intend to adopt a fixed numerical wind limit", "disagrees"),
    ("5.5", "The Minister for Transport should establish a small-craft weather warning service",
     "has been referred to the national meteorological service", "noted"),
    ("5.6", "Galway County Council, as owner of Carrowbeg pier, should fit", None, "unanswered"),
    ("5.7", "The Marine Survey Office should publish an annual summary of",
     "The first annual summary of passenger boat inspections", "agrees"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["acknowledges the prompt response of the Lough Derrane community rescue boat crew",
                      "reminding all small craft users of the dangers of cold water",
                      "Queries about this status report may be addressed to Aoife Brennan"],
                     "Advice: an Irish MARINE CASUALTY INVESTIGATION REPORT: synopsis, factual information in "
                     "numbered paragraphs 2.1-2.6 (bold number column), analysis ('Passengers should have been "
                     "directed to the centre line'; the Board's 2019 recommendation quoted: 'operators of passenger "
                     "boats on inland waters should be required to carry a fixed VHF radio'; 'the master must ensure "
                     "that lifejackets are readily accessible'), numbered CONCLUSIONS 4.1-4.6 (not recommendations, "
                     "each matching a recommendation's subject), then SAFETY RECOMMENDATIONS as bold numbered "
                     "paragraphs 5.1-5.7 ('X should ...'; numbers are the paragraph numbers), a closing 'within 90 "
                     "days' request; times, wind speeds, dates. Response: the Department's STATUS REPORT, a ruled "
                     "table 'Rec. | Addressee | Response and action taken | Status' citing the numbers, order 5.2, "
                     "5.7, '5.3 and 5.4', 5.1, 5.5: 41 boats reviewed, 'Implemented' (5.2 agrees); summary in the "
                     "2026 annual report (5.7 agrees); ONE row '5.3 and 5.4' = radios and AIS fitted (5.3 agrees) + "
                     "'does not intend to adopt a fixed numerical wind limit', status '5.4 not accepted' (5.4 "
                     "disagrees); 'Accepted in part', winter months only, year-round 'not proposed at this time' "
                     "(5.1 partly); 'referred to the national meteorological service ... will revert' (5.5 noted). "
                     "5.6 (Galway County Council's ladder and life-rings) is not answered. Unmatched: Introduction, "
                     "'Related actions' (Marine Notice, Coast Guard exercises), 'Contact'.")
    sys.exit(H.main([NAME]))

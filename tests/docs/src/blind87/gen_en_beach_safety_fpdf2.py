"""Round 87 (EN): an English coastal water safety partnership's BEACH SAFETY ASSESSMENT for a district council
(recommendations as UNNUMBERED BULLETS in a shaded 'What we recommend' panel) answered by a RECORD OF PORTFOLIO HOLDER
DECISION (numbered decisions that reply by subject, no recommendation numbers). fpdf2, A4, cleaned DejaVu.
Bodies, people and figures invented.
Run:  /tmp/blind87en/bin/python tests/docs/src/blind87/gen_en_beach_safety_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b87en as H
from fpdf import FPDF

NAME = "blind87_en_beach_safety"
WHEN = datetime.datetime(2026, 10, 1, 9, 0, tzinfo=datetime.timezone.utc)


class Doc(FPDF):
    head = ""
    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT"); self.ln(3); self.set_text_color(0, 0, 0)
    def footer(self):
        self.set_y(-14); self.set_font("DV", "", 7.5); self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C"); self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4"); d.head = head
    d.set_creation_date(WHEN); d.set_margins(22, 20, 22); d.set_auto_page_break(True, 20)
    d.add_font("DV", "", H.clean_font("DejaVuSans.ttf")); d.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
    d.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
    d.add_page(); return d


def para(d, t, size=9.8, style=""):
    d.set_font("DV", style, size); d.multi_cell(0, 5.2, t, markdown=True, new_x="LMARGIN", new_y="NEXT"); d.ln(2.2)


def head(d, t):
    d.ln(1.5); d.set_font("DV", "B", 11.5); d.set_text_color(0, 84, 122)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0); d.ln(1)


RECS = [
    "Extend the lifeguard season at North Strand from 10 weeks to 16 weeks, running from mid-May to the end of September.",
    "Install public rescue equipment, including throwlines, at the four unpatrolled access points on Gully Point.",
    "Replace the beach safety signs at all eight of the Council's beaches with signs that follow BS EN ISO 20712.",
    "Make a byelaw prohibiting the use of inflatable toys in the sea at North Strand between June and August.",
    "Fund a water safety session for every Year 5 pupil in the district's primary schools each summer term.",
    "Set up a joint incident data group with HM Coastguard, the ambulance trust and the lifeguard provider.",
    "Appoint a named officer to lead on beach safety and to chair an annual review of this assessment.",
]


def advice():
    d = new("Saltmarsh Bay Beach Safety Assessment 2026  |  Coastal Water Safety Partnership")
    d.set_fill_color(0, 84, 122); d.rect(0, 0, 210, 34, "F")
    d.set_xy(22, 9); d.set_text_color(255, 255, 255); d.set_font("DV", "B", 8.5)
    d.cell(0, 5, "COASTAL WATER SAFETY PARTNERSHIP  -  SOUTH WEST", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22); d.set_font("DV", "B", 17); d.cell(0, 10, "Beach Safety Assessment 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22); d.set_font("DV", "", 9.5); d.cell(0, 5, "Saltmarsh Bay District Council  |  Ref. CWSP/SB/2026  |  July 2026")
    d.set_text_color(0, 0, 0); d.set_y(42)
    head(d, "About this assessment")
    para(d, "The Coastal Water Safety Partnership was asked by Saltmarsh Bay District Council to assess the risks to the public "
            "at the eight beaches the Council owns or manages, and to advise on the controls in place. Our assessors visited each "
            "beach between 14 April and 30 June 2026, at high and low water, and met the Council's Leisure and Coast team, the "
            "lifeguard provider, HM Coastguard and the local lifeboat station.")
    para(d, "As a landowner the Council has duties under the Occupiers' Liability Act 1957, which requires it to take such care "
            "as is reasonable in all the circumstances to see that visitors are reasonably safe. Section 3 of the Health and "
            "Safety at Work etc. Act 1974 also applies to the lifeguard service. Those duties are set by law; our recommendations "
            "are advice on how the Council might meet them.")
    head(d, "What we found")
    para(d, "North Strand is the busiest beach in the district, with up to 9,000 visitors a day in August. It is lifeguarded for "
            "ten weeks from late June. In 2025 the lifeguards recorded 212 preventive actions and 31 rescues, and 9 of the 31 "
            "rescues took place in the week after the service ended. Visitors should swim between the red and yellow flags, but "
            "outside the season there are no flags to swim between.")
    para(d, "Gully Point is not lifeguarded. The Council's 2018 review concluded that:")
    d.set_x(32); d.set_font("DV", "I", 9.6)
    d.multi_cell(146, 5.2, "'the Council should consider lifeguard cover at Gully Point once car park capacity has been increased'.",
                 new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    para(d, "The car park was not enlarged and the Council decided in 2019 not to add cover; we do not revisit that decision. "
            "However, Gully Point has strong rip currents on the ebb tide, and none of its four access points has any rescue "
            "equipment. Two of the three drownings in the district since 2020 happened there.")
    para(d, "Signs at six of the eight beaches are more than ten years old. Some use symbols that are no longer recognised, and "
            "at Cowrie Sands the sign warning of the tidal cut-off faces away from the path. Inflatable toys were a factor in 27 "
            "incidents at North Strand in 2025, mostly children carried out by offshore winds. Schools told us that only a third "
            "of Year 5 pupils had any water safety teaching last year.")
    para(d, "Incident data is held separately by the lifeguard provider, the Coastguard and the ambulance trust, and no one "
            "brings it together. Within the Council, beach safety sits across three services and no single officer is responsible "
            "for it. **Finding:** the Council's controls are reasonable at North Strand in the peak season but weak elsewhere and "
            "at the edges of the season.")
    d.ln(2)
    if d.get_y() + 100 > 277:
        d.add_page()
    y0 = d.get_y(); d.set_fill_color(228, 241, 246); d.rect(22, y0, 166, 96, "F")
    d.set_xy(27, y0 + 4); d.set_font("DV", "B", 11.5); d.set_text_color(0, 84, 122)
    d.cell(0, 6, "What we recommend", new_x="LMARGIN", new_y="NEXT"); d.set_text_color(0, 0, 0); d.ln(1)
    d.set_x(27); d.set_font("DV", "", 9.8)
    d.multi_cell(156, 5.2, "The Partnership recommends that the Council:", new_x="LMARGIN", new_y="NEXT"); d.ln(1)
    for r in RECS:
        d.set_x(29); d.cell(5, 5.2, "\u2022")
        d.multi_cell(150, 5.2, r, new_x="LMARGIN", new_y="NEXT"); d.ln(1.6)
    d.set_y(y0 + 100)
    head(d, "Costs and next steps")
    para(d, "We estimate the cost of the longer lifeguard season at about GBP 38,000 a year, and the signs and rescue equipment "
            "at about GBP 24,000 once. We would be glad to present this assessment to the Council's Overview and Scrutiny "
            "Committee, and we suggest that the Council publishes its decisions on it before the 2027 season begins.")
    para(d, "Assessors: Morwenna Tregear and Callum Stokes, Coastal Water Safety Partnership.", size=8.5, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = new("Record of Portfolio Holder Decision PH/2026/041")
    d.set_font("DV", "B", 9); d.set_text_color(0, 84, 122); d.cell(0, 5, "SALTMARSH BAY DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "B", 15); d.set_text_color(0, 0, 0); d.cell(0, 9, "Record of Portfolio Holder Decision", new_x="LMARGIN", new_y="NEXT"); d.ln(2)
    rows = [("Decision number", "PH/2026/041"), ("Portfolio Holder", "Cllr Janet Polglase, Cabinet Member for Leisure, Coast and Tourism"),
            ("Subject", "Response to the Beach Safety Assessment 2026"), ("Date of decision", "22 September 2026"),
            ("Key decision", "No")]
    for k, v in rows:
        d.set_font("DV", "B", 9); d.cell(42, 6, k, border=1)
        d.set_font("DV", "", 9); d.multi_cell(0, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    head(d, "Background")
    para(d, "The Portfolio Holder considered the report of the Head of Leisure and Coast dated 8 September 2026, which "
            "summarised the Coastal Water Safety Partnership's assessment of the district's beaches and the officers' "
            "advice on each of its proposals.")
    head(d, "Decisions")
    para(d, "The Portfolio Holder RESOLVED that:")
    dec = [
        "Throwline stations and a public rescue kit be installed at each access point on Gully Point before Easter 2027, at "
        "a cost of GBP 6,400 from the Coast Protection reserve.",
        "The new safety signs be approved. An order for the replacement signs for all eight beaches was placed on "
        "15 September 2026, and they will be in place for the 2027 season.",
        "Lifeguard cover at North Strand be extended by three weeks, to a 13-week season ending on 15 September, but not to "
        "the end of September; and that the Council will not make a byelaw on inflatables, because it could not be enforced "
        "on the water. Officers will instead work with beach traders on an 'offshore wind' warning flag.",
        "The Council join the lifeguard provider, HM Coastguard and the ambulance trust in a quarterly incident data "
        "meeting, the first to be hosted by the Council in January 2027.",
        "The proposal for water safety sessions for primary pupils be noted and passed to the Children and Young People "
        "Partnership for consideration as part of its 2027-28 programme, without a commitment from the Council to fund it.",
    ]
    for i, t in enumerate(dec, 1):
        d.set_font("DV", "", 9.8); d.cell(8, 5.2, f"({i})"); d.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT"); d.ln(1.8)
    head(d, "Reasons for the decision")
    para(d, "To respond to the assessment before the 2027 season and within the approved revenue budget for the lifeguard "
            "contract, which rises by GBP 7,100 a year as a result of decision (3).")
    head(d, "Declarations of interest")
    para(d, "No conflict of interest was declared by the Portfolio Holder or by any officer consulted on this decision, and "
            "no dispensation was granted.")
    head(d, "Call-in")
    para(d, "This decision will come into force at 5pm on 30 September 2026 unless it is called in by the Overview and "
            "Scrutiny Committee in accordance with the Council's constitution.")
    d.ln(2); para(d, "Signed: J. Polglase, Portfolio Holder            Published: 23 September 2026", size=8.8, style="I")
    d.output(H.out(NAME + "_response.pdf"))


advice(); response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "Extend the lifeguard season at North Strand from 10 weeks",
     "reply_contains": "to a 13-week season ending on 15 September", "verdict": "partly"},
    {"number": 2, "starts_with": "Install public rescue equipment, including throwlines, at the four",
     "reply_contains": "Throwline stations and a public rescue kit be installed", "verdict": "agrees"},
    {"number": 3, "starts_with": "Replace the beach safety signs at all eight of the",
     "reply_contains": "An order for the replacement signs for all eight beaches", "verdict": "agrees"},
    {"number": 4, "starts_with": "Make a byelaw prohibiting the use of inflatable toys in",
     "reply_contains": "the Council will not make a byelaw on inflatables", "verdict": "disagrees"},
    {"number": 5, "starts_with": "Fund a water safety session for every Year 5 pupil",
     "reply_contains": "without a commitment from the Council to fund it", "verdict": "noted"},
    {"number": 6, "starts_with": "Set up a joint incident data group with HM Coastguard",
     "reply_contains": "in a quarterly incident data meeting, the first", "verdict": "agrees"},
    {"number": 7, "starts_with": "Appoint a named officer to lead on beach safety and",
     "reply_contains": None, "verdict": "unanswered"},
], ["considered the report of the Head of Leisure and Coast",
    "No conflict of interest was declared by the Portfolio Holder",
    "unless it is called in by the Overview and Scrutiny Committee"],
   "Advice: English coastal water safety partnership's beach safety assessment for a district council, fpdf2, A4; recs = "
   "seven UNNUMBERED BULLETS (imperatives after 'The Partnership recommends that the Council:') in a shaded 'What we "
   "recommend' panel; traps: Occupiers' Liability Act 1957 'requires', HSWA s 3, the 2018 review's 'the Council should "
   "consider lifeguard cover at Gully Point' quoted (decided 2019), 'Visitors should swim between the red and yellow flags', "
   "bold 'Finding:', costs. Response: Record of Portfolio Holder Decision, numbered decisions (1)-(5) that reply BY SUBJECT, "
   "no recommendation numbers; order 2, 3, 1+4, 6, 5; ONE decision (3) = 13-week season (1 partly) + no byelaw (4 "
   "disagrees); 7 (named officer) unanswered; Background, Declarations of interest, Call-in answer nothing (Reasons "
   "mentions decision (3) only).")
sys.exit(H.main([NAME]))

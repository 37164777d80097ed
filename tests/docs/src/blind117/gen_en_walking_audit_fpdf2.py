"""Round 117 (EN): a Scottish ACCESS PANEL's WALKABOUT REPORT (a disabled people's access group walks a town-centre route
with a council officer), written STOP BY STOP along a route of ten numbered stops; seven UNNUMBERED 'WHAT WE ASK'
boxes sit under seven of the stops (1, 3, 4, 6, 7, 9, 10), so the only numbers near them are STOP numbers; stops 2
and 5 are praise with nothing asked, stop 8 is private land ('we make no request of the Council here'); answered by
the council's WALKABOUT RESPONSE SCHEDULE, a table keyed by STOP number (not recommendation number), with a row for
stop 5's praise and a 'General' row for a point raised on the day that answer nothing, and no row for stop 6.
fpdf2, A4 portrait, cleaned DejaVu Sans (report, an access panel's plain large type) and cleaned Liberation Sans
(schedule), fixed creation date; a route strip of ten numbered circles, dark-teal stop bars, yellow ask boxes with a
thick black edge; the schedule's FPDF.table() with a grey heading row and ruled rows running onto page 2; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Equality Act 2010
is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind117en/bin/python tests/docs/src/blind117/gen_en_walking_audit_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b117en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind117_en_walking_audit"
TEAL = (18, 82, 86)
YEL = (255, 236, 140)
GREY = (225, 227, 230)
LGREY = (246, 246, 247)


class Doc(FPDF):
    def __init__(self, date):
        super().__init__(orientation="P", format="A4")
        self.set_creation_date(date)
        for fam, files in (("DV", ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")),
                           ("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"))):
            self.add_font(fam, "", H.clean_font(files[0]))
            self.add_font(fam, "B", H.clean_font(files[1]))
            self.add_font(fam, "I", H.clean_font(files[2]))
        self.set_margins(19, 18, 19)
        self.set_auto_page_break(True, 20)
        self.add_page()

    def para(self, t, size=10.5, style="", lh=5.6, after=2.8, fam="DV"):
        self.set_font(fam, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def head(self, t, fam="DV"):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1.5)
        self.set_font(fam, "B", 13)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def stop(self, n, place):
        if self.get_y() > self.h - 62:
            self.add_page()
        self.ln(1.5)
        w = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        self.set_fill_color(*TEAL)
        self.rect(self.l_margin, y, w, 8.5, style="F")
        self.set_xy(self.l_margin + 2.5, y + 1.4)
        self.set_text_color(255, 255, 255)
        self.set_font("DV", "B", 11)
        self.cell(22, 6, f"STOP {n}")
        self.set_font("DV", "", 11)
        self.cell(0, 6, place)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y + 11)

    def found(self, t):
        self.set_font("DV", "B", 9.5)
        self.set_text_color(*TEAL)
        self.cell(0, 5, "What we found", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.para(t, size=10.2, lh=5.4, after=2.2)

    def ask(self, t):
        w = self.w - self.l_margin - self.r_margin
        self.set_font("DV", "B", 10.5)
        lines = len(self.multi_cell(w - 12, 5.6, t, dry_run=True, output="LINES"))
        hgt = 8 + lines * 5.6 + 3
        if self.get_y() + hgt > self.h - 22:
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*YEL)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.9)
        self.rect(self.l_margin + 0.5, y, w - 1, hgt, style="DF")
        self.set_line_width(0.2)
        self.set_xy(self.l_margin + 5, y + 2.2)
        self.set_font("DV", "B", 8.8)
        self.cell(0, 4.5, "WHAT WE ASK", new_x="LMARGIN", new_y="NEXT")
        self.set_xy(self.l_margin + 5, y + 8)
        self.set_font("DV", "B", 10.5)
        self.multi_cell(w - 12, 5.6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + hgt + 3)


STOPS = [
    (1, "Bus station, stance C",
     "The edge of stance C drops 180 mm to the bus lane and there is nothing underfoot to warn you. Our member who "
     "uses a guide dog could not tell where the platform ended, and the dog is not trained for a drop of this kind.",
     "Lay tactile warning paving along the full edge of stance C, where the platform drops to the bus lane."),
    (2, "Station Square",
     "The new level surface is smooth and easy to wheel on, and there are benches every 30 metres or so. Nothing to "
     "ask here: this is what good looks like, and we said so to the officer on the day.", None),
    (3, "High Street and Mill Lane crossing",
     "The green man shows for six seconds. Three of our members could not get across before the lights changed, "
     "and there is no rotating cone under the push button for people who cannot see the signal.",
     "Fit a rotating cone and an audible signal to the Mill Lane pedestrian crossing, and give people longer to "
     "cross."),
    (4, "Tolbooth Wynd",
     "Many of the setts are broken or sunken, with gaps of up to 40 mm between them. Wheelchair castors and the tip "
     "of a walking stick drop into the gaps. One member fell here in November 2025.",
     "Relay the broken setts in Tolbooth Wynd and fill the wide gaps between them with a firm, level mortar."),
    (5, "The Cross",
     "The dropped kerbs put in last year are flush with the road and in the right places. Our scooter user crossed "
     "without help for the first time.", None),
    (6, "Station Brae",
     "The slope is about 1 in 9, and the steps beside it have a handrail on one side only. Several members had to "
     "stop and rest, and there is nowhere to sit.",
     "Fit handrails on both sides of the steps at Station Brae and put a bench halfway up the slope."),
    (7, "Bridge Street, outside the chemist",
     "Cars parked with two wheels on the pavement left a gap of 0.7 m. Neither wheelchair could get past, and the "
     "parent with a double buggy had to go out into the road.",
     "Put bollards along the narrow stretch of pavement in Bridge Street outside the chemist, to stop cars parking "
     "on it."),
    (8, "Co-operative store car park",
     "Trolleys were left across the path to the side door. This is private land. In our view the store should "
     "bring its trolley bay closer to the door, and we have written to the store manager to say so; we make no "
     "request of the Council here.", None),
    (9, "Castle Road bus stop",
     "This is the stop for the Health and Care Centre. There is no shelter and no seat, and patients with "
     "appointments wait here in all weathers.",
     "Provide a shelter with a seat at the Castle Road bus stop, which serves the Health and Care Centre."),
    (10, "Health and Care Centre entrance",
     "The blue badge bays are at the far end of the car park, about 90 metres from the main door, up a slight "
     "slope.",
     "Work with NHS Glenmuir to move the blue badge parking bays to the front of the Health and Care Centre, beside "
     "the main entrance."),
]


def advice():
    d = Doc(datetime.datetime(2026, 1, 30, tzinfo=datetime.timezone.utc))
    d.set_font("DV", "B", 10)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "KILBARRAN ACCESS PANEL", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("DV", "B", 20)
    d.multi_cell(0, 9.5, "Walkabout report: the bus station to the Health and Care Centre", new_x="LMARGIN",
                 new_y="NEXT", align="L")
    d.ln(1)
    d.set_font("DV", "", 9.2)
    d.multi_cell(0, 4.8, "Walkabout held on 14 January 2026  |  Report to Glenmuir Council, Roads and Infrastructure "
                         "Services  |  Our reference KAP/WA/2026/1  |  This report is available in large print and "
                         "Easy Read", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*TEAL)
    d.set_line_width(0.8)
    d.line(d.l_margin, d.get_y() + 2.5, d.w - d.r_margin, d.get_y() + 2.5)
    d.set_line_width(0.2)
    d.ln(6)
    d.head("About this walkabout")
    d.para("Kilbarran Access Panel is a group of disabled people and carers who volunteer to check how easy it is to "
           "get around the town. Eleven members took part in this walkabout, among them two wheelchair users, a "
           "member who uses a guide dog, a mobility scooter user and a parent with a double buggy. Ms Fiona "
           "Drummond, the Council's Senior Engineer for active travel, walked the route with us.")
    d.para("How we did it:", style="B", after=1)
    for i, t in enumerate(["We agreed the route with the Council in December 2025.",
                           "We met at the bus station at 10 am and walked, wheeled and scootered the 1.2 km route.",
                           "At each of ten stops we talked about what we found and took photographs and "
                           "measurements.",
                           "We wrote this report and checked it with everyone who took part."], 1):
        d.set_font("DV", "", 10.2)
        d.set_x(d.l_margin + 2)
        d.cell(6, 5.4, f"{i}.")
        d.multi_cell(0, 5.4, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(2.5)
    d.para("Under the Equality Act 2010, service providers must make reasonable adjustments so that disabled people "
           "are not put at a substantial disadvantage. Our members told us again and again that small things, a "
           "kerb, a gap, a missing seat, decide whether they go into town at all.")
    d.para("Our 2023 walkabout of Harbour Street asked the Council to \u201cput dropped kerbs at both ends of the "
           "Harbour Street crossing\u201d. These were put in during 2024 and members say the difference is real.")
    d.head("The route, stop by stop")
    # route strip: ten numbered circles on a line
    y = d.get_y() + 5
    x0, x1 = d.l_margin + 6, d.w - d.r_margin - 6
    d.set_draw_color(*TEAL)
    d.set_line_width(1.2)
    d.line(x0, y, x1, y)
    d.set_line_width(0.2)
    step = (x1 - x0) / 9
    for i in range(10):
        cx = x0 + i * step
        d.set_fill_color(*TEAL)
        d.ellipse(cx - 3.6, y - 3.6, 7.2, 7.2, style="F")
        d.set_text_color(255, 255, 255)
        d.set_font("DV", "B", 8.5)
        d.set_xy(cx - 3.6, y - 2.4)
        d.cell(7.2, 4.8, str(i + 1), align="C")
    d.set_text_color(80, 80, 80)
    d.set_font("DV", "", 8)
    d.set_xy(d.l_margin, y + 5)
    d.cell(60, 4, "Bus station")
    d.set_xy(d.w - d.r_margin - 60, y + 5)
    d.cell(60, 4, "Health and Care Centre", align="R")
    d.set_text_color(0, 0, 0)
    d.set_y(y + 12)
    for n, place, found, ask in STOPS:
        d.stop(n, place)
        d.found(found)
        if ask:
            d.ask(ask)
    d.head("In short")
    d.para("We are asking for seven changes, at stops 1, 3, 4, 6, 7, 9 and 10. The ones that matter most to our "
           "members are at stops 3 and 6, where people told us they have fallen or nearly fallen. We would welcome "
           "a written reply and a second walkabout once work has been done.")
    d.para("Margaret Anstruther, Convener, Kilbarran Access Panel, c/o Kilbarran Community Hub, 4 Tolbooth Street, "
           "Kilbarran", size=9, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


ROWS = [
    ("1", "Bus station, stance C", "Tactile paving at the platform edge",
     "Agreed. Blister and platform edge tactile paving will be laid along the whole of stance C. Estimated cost "
     "\u00a36,200.", "Footways team, July 2026"),
    ("3", "High Street / Mill Lane crossing", "Rotating cone, audible signal, longer crossing time",
     "A rotating cone and an audible bleeper will be added when the signal controller is renewed. We are unable to "
     "extend the green man: the crossing is linked to the Mill Lane junction, and the present timing meets the "
     "design standard for a crossing of this width.", "Traffic signals team, 2026/27"),
    ("4", "Tolbooth Wynd", "Relay broken setts",
     "The Wynd was inspected on 20 January 2026 and the setts were within the Council's intervention levels. The "
     "Council does not plan to relay the setts; the Wynd stays on the six-monthly inspection route.", "No action"),
    ("5", "The Cross", "New dropped kerbs (praised)",
     "Noted with thanks. The Panel's comments have been passed to the contractor who did the work.", "-"),
    ("7", "Bridge Street", "Bollards against pavement parking",
     "Parking attendants enforce the pavement parking ban here. Whether bollards are also needed will be looked at "
     "in the Bridge Street parking review, for which no date has yet been set.", "Parking services, date to be "
     "confirmed"),
    ("9", "Castle Road bus stop", "Shelter with a seat",
     "Agreed. A shelter with a bench and a perch seat will be installed, together with a raised kerb for "
     "low-floor buses.", "Public transport team, by 31 October 2026"),
    ("10", "Health and Care Centre", "Blue badge bays near the entrance",
     "NHS Glenmuir owns the car park. After our meeting on 11 February it has agreed to move four blue badge bays "
     "next to the main door, and the lining work is booked.", "NHS Glenmuir estates, May 2026"),
    ("General", "Whole route", "Gritting in winter (raised on the day)",
     "The route from the bus station to the Health and Care Centre has been added to the priority 2 footway "
     "gritting list from winter 2026/27.", "Roads operations, winter 2026/27"),
]


def response():
    d = Doc(datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc))
    d.set_fill_color(*GREY)
    d.rect(0, 0, d.w, 24, style="F")
    d.set_xy(19, 7)
    d.set_font("LS", "B", 15)
    d.cell(100, 7, "Glenmuir Council")
    d.set_font("LS", "", 9)
    d.set_xy(d.w - 19 - 80, 6.5)
    d.multi_cell(80, 4.4, "Roads and Infrastructure Services\nCouncil Buildings, Academy Road, Kilbarran", align="R")
    d.set_y(32)
    d.set_font("LS", "B", 13.5)
    d.multi_cell(0, 6.8, "Kilbarran town centre access walkabout, 14 January 2026: response schedule",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(1)
    d.set_font("LS", "", 9.2)
    d.cell(0, 5, "Our ref: RIS/AW/26/007    Date: 2 March 2026    Prepared by: Fiona Drummond, Senior Engineer "
                 "(Active Travel)", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Thank you to Kilbarran Access Panel for arranging the walkabout and for a clear and well-illustrated "
           "report. The schedule below gives the Council's response to the points raised, listed by the stop "
           "numbers used in the Panel's report. Costs are estimates at 2026 prices.", size=10, lh=5.2, fam="LS")
    d.set_font("LS", "", 9.2)
    with d.table(col_widths=(18, 29, 33, 62, 30), text_align=("LEFT",) * 5, line_height=4.7,
                 first_row_as_headings=True, borders_layout="HORIZONTAL_LINES", width=172, align="LEFT", v_align="TOP",
                 headings_style=FontFace(family="LS", emphasis="BOLD", fill_color=GREY),
                 padding=1.8) as t:
        row = t.row()
        for c in ("Stop", "Location", "Issue raised", "Council response", "Action by / when"):
            row.cell(c)
        for r in ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(5)
    d.para("We would be glad to walk the route again with the Panel in spring 2027, once the work above is "
           "complete. Questions about this schedule can be sent to roads.enquiries@glenmuir.example.gov.uk or "
           "made by telephone on 01632 960 581.", size=10, lh=5.2, fam="LS")
    d.para("Fiona Drummond\nSenior Engineer (Active Travel), Roads and Infrastructure Services", size=9.5, fam="LS")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Kilbarran Access Panel - Walkabout report KAP/WA/2026/1",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Glenmuir Council - Walkabout response schedule RIS/AW/26/007",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Lay tactile warning paving along the full edge of stance C",
         "reply_contains": "platform edge tactile paving will be laid along the whole", "verdict": "agrees"},
        {"number": 2, "starts_with": "Fit a rotating cone and an audible signal to the Mill",
         "reply_contains": "We are unable to extend the green man", "verdict": "partly"},
        {"number": 3, "starts_with": "Relay the broken setts in Tolbooth Wynd and fill the wide",
         "reply_contains": "Council does not plan to relay the setts", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Fit handrails on both sides of the steps at Station Brae",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 5, "starts_with": "Put bollards along the narrow stretch of pavement in Bridge Street",
         "reply_contains": "will be looked at in the Bridge Street parking review", "verdict": "noted"},
        {"number": 6, "starts_with": "Provide a shelter with a seat at the Castle Road bus",
         "reply_contains": "A shelter with a bench and a perch seat will be installed",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Work with NHS Glenmuir to move the blue badge parking bays",
         "reply_contains": "it has agreed to move four blue badge bays", "verdict": "agrees"},
    ]
    unmatched = ["for arranging the walkabout and for a clear and well-illustrated",
                 "Noted with thanks. The Panel's comments have been passed",
                 "added to the priority 2 footway gritting list",
                 "We would be glad to walk the route again with the Panel"]
    notes = ("Advice: Scottish ACCESS PANEL's WALKABOUT REPORT KAP/WA/2026/1, written STOP BY STOP along a route of ten "
             "numbered stops (dark bars 'STOP 1' ... 'STOP 10' with a place name, a 'What we found' paragraph); recs "
             "are seven UNNUMBERED yellow 'WHAT WE ASK' boxes under stops 1, 3, 4, 6, 7, 9 and 10, imperative "
             "sentences, so recommendation N is not stop N (rec 2 = stop 3, rec 3 = stop 4, rec 4 = stop 6, rec 5 = "
             "stop 7, rec 6 = stop 9, rec 7 = stop 10); traps: a NUMBERED method list 1-4 ('How we did it'), a route "
             "strip of circles 1-10, stops 2 and 5 praise with no ask ('Nothing to ask here'), stop 8 on private land "
             "('the store should bring its trolley bay closer ...; we make no request of the Council here'), the "
             "Equality Act 2010 'must make reasonable adjustments', the 2023 walkabout's ask quoted ('put dropped "
             "kerbs at both ends', done), closing 'seven changes, at stops 1, 3, 4, 6, 7, 9 and 10 ... stops 3 and "
             "6'. Response: the council's WALKABOUT RESPONSE SCHEDULE, intro paragraph then a TABLE (Stop, Location, "
             "Issue raised, Council response, Action by / when) keyed by STOP number, in stop order 1, 3, 4, 5, 7, 9, "
             "10, General: stance C paving 'Agreed', July 2026 (1 agrees); cone and bleeper with the new controller "
             "but 'We are unable to extend the green man' (2 partly); setts within intervention levels, 'does not "
             "plan to relay the setts' (3 disagrees); NO ROW for stop 6 (4 unanswered); bollards 'will be looked at "
             "in the Bridge Street parking review, for which no date has yet been set' (5 noted); shelter 'Agreed', "
             "by 31 October 2026 (6 agrees); NHS Glenmuir 'has agreed to move four blue badge bays', May 2026 (7 "
             "agrees); the stop 5 row 'Noted with thanks', the 'General' gritting row, the intro and the closing "
             "offer of a second walkabout answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

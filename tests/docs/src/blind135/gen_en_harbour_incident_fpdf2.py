"""Round 135 (EN): a Scottish trust port's INDEPENDENT MARINE INCIDENT INVESTIGATION REPORT (a ferry's heavy contact
with a pier), answered by the HARBOUR TRUST BOARD's RESPONSE written by theme, without the codes.
The advice: seven safety recommendations coded AHT/25/01 to AHT/25/07 under 'The Ardnavar Harbour Trust is
recommended to:', the code in a left column, text beside it. Traps: a wind table, conclusions numbered 4.1-4.7
(seven findings, numbered like recommendations), a section 'Actions taken since the incident' (things already done),
the Port Marine Safety Code paraphrased ('should'), the 2019 audit's recommendation quoted ('should publish'),
'The investigation does not recommend any change to the pier fendering'.
The response: the Board's response by theme headings in another order, never citing codes: 'Wind limits and wind
information' answers 01 (agrees) and 03 (partly) in one paragraph; 'Tug assistance' 02 (disagrees);
'Communications' 04 (agrees); 'Mooring equipment and exercises' 05 (noted) and 06 (agrees); 07 is never answered.
Introduction, fendering remark and closing answer nothing.
fpdf2, A4, cleaned Liberation Serif (report) and Liberation Sans (response), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, vessels, figures and references invented; the Port
Marine Safety Code is named as context only (what is said of it is paraphrased and not to be relied on).
Run:  /tmp/blind135en/bin/python tests/docs/src/blind135/gen_en_harbour_incident_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b135en as H
from fpdf import FPDF

NAME = "blind135_en_harbour_incident"
SEA = (16, 62, 92)
GREY = (80, 80, 80)


class Doc(FPDF):
    def __init__(self, date, fam, size, ink):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = fam, size, ink
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.47

    def meta(self, t):
        self.set_font(self.fam, "", 9)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 16)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7.2, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        self.ln(1.5)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", 11.5)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 6, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True)
        self.ln(1.6)

    def listing(self, items, marks, w=10, bold_mark=False):
        for m, it in zip(marks, items):
            if self.get_y() > self.h - 32:
                self.add_page()
            self.set_font(self.fam, "B" if bold_mark else "", self.size)
            self.set_x(self.l_margin + 2)
            self.cell(w, self.lh, m)
            self.set_font(self.fam, "", self.size)
            self.multi_cell(self.tw - w - 2, self.lh, it, markdown=True)
            self.ln(1.0)
        self.ln(0.8)


CONCLUSIONS = [
    "The Skerry Lass made heavy contact with the Lighthouse Pier because the master attempted to berth in a "
    "south-westerly wind gusting to 41 knots, beyond what the vessel's bow thruster could hold.",
    "There were no published wind limits for berthing at the pier; each master relied on personal judgement.",
    "The wind reading available to the harbour office came from a sensor 1.8 kilometres inland, which under-read "
    "the wind at the pier head by about a third.",
    "No tug was requested; the port has no tug of its own and none was available within four hours.",
    "The duty harbour master and the master did not discuss the berthing plan before the vessel entered harbour.",
    "Two of the pier's bollards showed corrosion at their bases; neither failed, but their safe working loads "
    "were unknown.",
    "The port's emergency plan had not been exercised for a berthing incident since 2017.",
]

RECS = [
    ("AHT/25/01", "Publish wind and gust limits for berthing at the Lighthouse Pier, agreed with the ferry "
                  "operator, in the port's Harbour Directions."),
    ("AHT/25/02", "Make the use of a tug compulsory for vessels over 80 metres in length berthing at the "
                  "Lighthouse Pier when the mean wind exceeds 25 knots."),
    ("AHT/25/03", "Install an anemometer at the pier head with a live display in the harbour office and on the "
                  "port's public website."),
    ("AHT/25/04", "Require the duty harbour master to agree the berthing plan by VHF with the master of every "
                  "ro-ro ferry before the vessel passes the breakwater."),
    ("AHT/25/05", "Commission a survey of the pier's bollards to establish their safe working loads, and mark the "
                  "load on each bollard."),
    ("AHT/25/06", "Include a berthing emergency in the port's annual exercise programme, with the ferry operator "
                  "and HM Coastguard taking part."),
    ("AHT/25/07", "Arrange an audit of its marine safety management system by a designated person independent of "
                  "the port's own staff within twelve months."),
]


def advice():
    d = Doc(dt.datetime(2025, 3, 24, 10, 0, 0, tzinfo=dt.timezone.utc), "LF", 10.5, SEA)
    d.meta("ARDNAVAR HARBOUR TRUST  |  INDEPENDENT MARINE INCIDENT INVESTIGATION")
    d.h1("Report on the investigation of the heavy contact of the ro-ro passenger ferry Skerry Lass with the "
         "Lighthouse Pier, Ardnavar, on 9 November 2024")
    d.meta("Report AHT-INV-2025-01  |  24 March 2025  |  Investigator: Captain Fiona Rennick-Adair, Master Mariner, "
           "appointed by the Board of the Ardnavar Harbour Trust")
    d.h2("1 Summary")
    d.para("At 17:52 on 9 November 2024 the ro-ro passenger ferry Skerry Lass (86 metres, operated by Sound of Orrin "
           "Ferries Ltd) struck the outer face of the Lighthouse Pier while berthing in a strong south-westerly "
           "wind. Two passengers and one crew member suffered minor injuries. The pier's outer fender panel and the "
           "vessel's starboard bow plating were damaged, and the pier was closed to ferries for eleven days.")
    d.para("The Board of the Ardnavar Harbour Trust appointed me to investigate the incident. The purpose of the "
           "investigation is to learn lessons and prevent a recurrence, not to apportion blame or liability.")
    d.h2("2 Factual information")
    d.para("Wind recorded by the harbour office sensor and by the vessel's own anemometer, 9 November 2024:")
    d.set_font("LF", "B", 9.5)
    widths = (28, 50, 50)
    for w, h in zip(widths, ("Time", "Harbour office (mean/gust, kn)", "Skerry Lass (mean/gust, kn)")):
        d.cell(w, 6, h, border="B")
    d.ln()
    d.set_font("LF", "", 9.5)
    for row in (("17:30", "19 / 26", "28 / 37"), ("17:45", "21 / 29", "31 / 41"), ("17:52", "22 / 30", "32 / 41")):
        for w, v in zip(widths, row):
            d.cell(w, 5.5, v, border="B")
        d.ln()
    d.ln(3)
    d.para("The Port Marine Safety Code, as the investigator understands it, provides that a harbour authority "
           "should run its port under a marine safety management system based on a formal assessment of risk. "
           "The Trust's system was last audited in 2019. That audit recommended that the Trust \"should publish "
           "wind limits for berthing at each of its piers\"; this had not been done by the time of the incident.")
    d.h2("3 Analysis")
    d.para("The master had berthed at the Lighthouse Pier in similar winds before, but with the wind further to the "
           "south. On this occasion the wind veered as the vessel cleared the breakwater, and the bow was set onto "
           "the pier faster than the bow thruster could counter. The harbour office believed the wind to be well "
           "within what the vessel normally handled, because its sensor is sheltered by the town.")
    d.h2("4 Conclusions")
    d.listing(CONCLUSIONS, [f"4.{i}" for i in range(1, 8)], w=10)
    d.h2("5 Actions taken since the incident")
    d.para("Since the incident the Trust has issued Notice to Mariners 12/2024, advising masters to contact the "
           "harbour office before berthing at the Lighthouse Pier in winds above 25 knots. Sound of Orrin Ferries Ltd "
           "has revised the vessel's passage plan and added a second officer on the bridge for arrivals in "
           "darkness.")
    d.para("The pier's fender panel was replaced on 20 November 2024. It absorbed the impact as designed, and the "
           "investigation does not recommend any change to the pier fendering.")
    d.h2("6 Recommendations")
    d.para("The Ardnavar Harbour Trust is recommended to:", style="B")
    d.listing([t for _, t in RECS], [c for c, _ in RECS], w=27, bold_mark=True)
    d.para("Captain Fiona Rennick-Adair\nIndependent Investigator, 24 March 2025")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 6, 5, 9, 0, 0, tzinfo=dt.timezone.utc), "LS", 10, SEA)
    d.meta("ARDNAVAR HARBOUR TRUST  |  Harbour Office, Pier Road, Ardnavar")
    d.h1("Response of the Board to the independent investigation of the Skerry Lass incident")
    d.meta("Approved by the Board on 3 June 2025  |  Ref. AHT/BD/2025/06  |  Signed by Morag Tulloch-Vance, Chair, "
           "and Captain Ewan Drummond-Hale, Harbour Master")
    d.h2("Introduction")
    d.para("The Board received Captain Rennick-Adair's report at its meeting on 1 April 2025 and published it in "
           "full. We are grateful to her, to the crew of the Skerry Lass and to Sound of Orrin Ferries Ltd for their "
           "openness. The Board has taken the report's findings seriously and sets out below what it has decided, "
           "grouped by subject.")
    d.h2("Wind limits and wind information")
    d.para("New Harbour Directions came into force on 12 May 2025. They set a mean wind limit of 30 knots and a gust "
           "limit of 38 knots for berthing at the Lighthouse Pier, figures agreed with the operator's marine "
           "superintendent. A new anemometer has been fixed to the pier head light tower and its readings now show "
           "on a screen in the harbour office and on the bridge of the pilot launch. The Board has decided against "
           "a feed on the Trust's website, because the readings are not certified and could be misread by "
           "leisure sailors as a forecast.")
    d.h2("Tug assistance")
    d.para("The Board has considered carefully whether to require a tug and has concluded that it will not do so. "
           "The nearest tug is based at Kilmory, four hours away, and a tug requirement would in practice cancel "
           "ferry sailings on which the island depends. The new wind limits are in the Board's view the right "
           "control for this risk.")
    d.h2("Communications")
    d.para("From 1 June 2025 the duty harbour master calls every arriving ro-ro ferry on VHF channel 14 before it "
           "reaches the breakwater light, and the berthing plan, the wind reading and the berth are confirmed and "
           "logged. The procedure is now part of the Harbour Office Manual.")
    d.h2("Mooring equipment and exercises")
    d.para("The Board notes what the report says about the bollards. Their loads will be looked at when the next "
           "structural survey of the Lighthouse Pier is commissioned, which is currently planned for 2027.")
    d.para("The port's exercise on 14 October 2025 will simulate a ferry striking the pier with casualties on "
           "board. The ferry operator and HM Coastguard have both confirmed that they will take part, and a "
           "berthing scenario will be exercised every year from now on.")
    d.para("As the investigator found, the fender panel performed as designed; the replacement panel is of the "
           "same type.")
    d.h2("Next steps")
    d.para("The Harbour Master will report progress to each meeting of the Board's Marine Safety Committee, and a "
           "summary will be presented at the Trust's annual stakeholder meeting in September.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ardnavar Harbour Trust - Report AHT-INV-2025-01",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Ardnavar Harbour Trust - Board response AHT/BD/2025/06",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Publish wind and gust limits for berthing at the Lighthouse Pier",
         "reply_contains": "set a mean wind limit of 30 knots and a gust limit",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Make the use of a tug compulsory for vessels over 80",
         "reply_contains": "has concluded that it will not do so", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Install an anemometer at the pier head with a live display",
         "reply_contains": "The Board has decided against a feed on the Trust's website",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Require the duty harbour master to agree the berthing plan by",
         "reply_contains": "calls every arriving ro-ro ferry on VHF channel 14", "verdict": "agrees"},
        {"number": 5, "starts_with": "Commission a survey of the pier's bollards to establish their",
         "reply_contains": "Their loads will be looked at when the next structural survey",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Include a berthing emergency in the port's annual exercise programme",
         "reply_contains": "will simulate a ferry striking the pier with casualties on board",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Arrange an audit of its marine safety management system by",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["We are grateful to her, to the crew of the Skerry Lass",
                 "the replacement panel is of the same type",
                 "will report progress to each meeting of the Board's Marine Safety Committee"]
    notes = ("Advice: a Scottish trust port's INDEPENDENT MARINE INCIDENT INVESTIGATION REPORT on a ferry's heavy "
             "contact with a pier; section 6 'Recommendations': 'The Ardnavar Harbour Trust is recommended to:' then "
             "seven imperatives CODED AHT/25/01 to AHT/25/07, the code in a bold left column. Traps: wind table; the "
             "Port Marine Safety Code paraphrased ('should run its port under a marine safety management system'); "
             "the 2019 audit quoted ('should publish wind limits'); CONCLUSIONS numbered 4.1-4.7 (seven findings); "
             "'Actions taken since the incident' (Notice to Mariners, operator's changes); 'the investigation does "
             "not recommend any change to the pier fendering'. Response: the Board's RESPONSE BY THEME, never citing "
             "a code, in its own order: introduction (nothing); 'Wind limits and wind information' ONE paragraph for "
             "01 (Harbour Directions with 30/38-knot limits agreed with the operator: agrees) and 03 (anemometer and "
             "harbour office screen, but no website feed: partly); 'Tug assistance' 02 'concluded that it will not do "
             "so' (disagrees); 'Communications' 04 VHF call and logged berthing plan (agrees); 'Mooring equipment and "
             "exercises' 05 'notes', loads looked at in the 2027 survey (noted) and 06 October exercise with operator "
             "and Coastguard (agrees); a fendering remark and 'Next steps' (nothing). 07 (independent audit of the "
             "safety management system) is never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 110 (EN): a New Zealand district council's CIVIC AWARDS REVIEW PANEL report on its civic honours scheme,
seven recommendations in LABELLED BORDERED BOXES 'Recommendation A'-'Recommendation G', answered by an officers'
BRIEFING PAPER with an IMPLEMENTATION TRACKER table (Rec. / Officer response / Status) citing the letters. fpdf2, A4,
cleaned DejaVu, fixed creation date; teal letterhead rule, shaded 'Awards 2016-2025' figures box; running header from
page 2 and 'Page N of M' on every page. All bodies, people, places and figures invented; the Local Government Act 2002
is named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind110en/bin/python tests/docs/src/blind110/gen_en_civic_awards_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b110en as H
from fpdf import FPDF

NAME = "blind110_en_civic_awards"
TEAL = (0, 102, 110)


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
            self.set_draw_color(*TEAL)
            self.line(20, self.get_y(), self.w - 20, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    def letterhead(self, org, sub):
        self.set_font("DV", "B", 15)
        self.set_text_color(*TEAL)
        self.cell(0, 8, org, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.9)
        self.line(20, self.get_y() + 1, self.w - 20, self.get_y() + 1)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.ln(6)

    def hd(self, t, size=11.5):
        self.ln(2)
        self.set_font("DV", "B", size)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.5):
        self.set_font("DV", "", size)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def recbox(self, label, text):
        if self.get_y() > self.h - 50:
            self.add_page()
        self.set_draw_color(*TEAL)
        self.set_line_width(0.5)
        self.set_fill_color(232, 244, 245)
        self.set_font("DV", "B", 9)
        self.set_text_color(*TEAL)
        self.cell(0, 6, "  " + label, border="LTR", fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("DV", "", 9.5)
        self.multi_cell(0, 5, text, border="LBR", padding=(1, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.2)
        self.ln(3)


RECS = [
    ("A", "Open nominations to the public through an online form, in addition to nominations made by elected members and community boards."),
    ("B", "Set a target that at least half of all civic awards made each year go to women, and report against the target in the Annual Report."),
    ("C", "Create a separate Young Citizen Award for people aged 16 to 25 who have made an outstanding contribution to their community."),
    ("D", "Hold the awards ceremony in a community venue in a different ward each year, rather than in the Council Chamber."),
    ("E", "Appoint a representative nominated by mana whenua to the selection panel, alongside the Mayor and two councillors."),
    ("F", "Adopt a procedure for withdrawing an award where a recipient is later convicted of a serious offence or brings the awards into disrepute."),
    ("G", "Publish the citations of all past and future award recipients on the Council's website, with the recipients' consent."),
]


def advice():
    d = Doc("Te Awaroa District Council - Civic Awards Review Panel - Recognising Service (CARP-2026-02)")
    d.add_page()
    d.letterhead("Te Awaroa District Council", "Civic Awards Review Panel  |  Report CARP-2026-02  |  3 February 2026")
    d.set_font("DV", "B", 16)
    d.multi_cell(0, 8, "Recognising Service: review of the Civic Awards scheme", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.p("To: Council meeting of 19 February 2026. From: the Civic Awards Review Panel (Cr Aroha Pene, chair; Cr Martin Doyle; Ms Lesley Tamatea, community member). Adviser: Sam Whitlock, Governance Advisor.", 8.5)
    d.hd("1. Purpose")
    d.p("The Council asked the Panel (resolution CO/25/214, 21 August 2025) to review the Civic Awards scheme, which has recognised voluntary service in the district since 1998, and to recommend changes before the 2026 round opens in May.")
    d.hd("2. Background")
    d.p("Up to ten awards are made each year. Nominations may at present be made only by elected members and community boards, and recipients are chosen by the Mayor and two councillors. The last review, in 2017, recommended that 'awards should be presented at a public ceremony each spring', and this has been done since 2018.")
    d.p("The scheme is not a statutory function. The Local Government Act 2002 requires the Council to consider the views of people likely to be affected by its decisions, and any spending on the scheme must be provided for in the Long Term Plan or Annual Plan.")
    d.set_fill_color(240, 240, 236)
    d.set_font("DV", "B", 9)
    d.cell(0, 6, "  Awards 2016-2025 in figures", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 9)
    d.multi_cell(0, 5, "84 awards made  |  71% to men  |  62% to people aged over 70  |  only 3 to people under 30\n"
                 "Nominations received: 31 in 2016, 9 in 2025  |  Ceremony budget 2025/26: $6,500", fill=True,
                 padding=(1, 3, 2, 3), new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("3. What we found")
    d.p("3.1 The awards are valued, but few people know about them. Of 212 people who answered our online survey, 64% had never heard of the scheme, and several community groups told us that they did not know how to put someone forward.")
    d.p("3.2 The people honoured do not reflect the district. Women do a large share of the unpaid work in our marae, sports clubs and schools, yet received fewer than a third of awards. Young volunteers are almost absent. We think the scheme should recognise every kind of service, not only long service.")
    d.p("3.3 The selection panel has no member from outside the Council, and mana whenua have never been involved in choosing recipients, although the Council's partnership agreement with Ngāti Rau (2021) says iwi should be part of decisions about civic recognition.")
    d.p("3.4 The ceremony in the Council Chamber is formal and has room for only 80 guests. Families from the northern wards have to travel up to 90 minutes. There is also no rule for what happens if a recipient is later convicted of an offence; in 2023 the Mayor received a complaint about one recipient, and we were told that the Council had no way to deal with it. We do not recommend ending the scheme or replacing it with a single Citizen of the Year award, an idea put to us by one councillor.")
    d.hd("4. Recommendations")
    d.p("The Panel recommends that the Council:")
    for lab, t in RECS:
        d.recbox("Recommendation " + lab, t)
    d.p("Recommendations A, D and E could apply to the 2026 round if they are agreed at this meeting. The cost of Recommendation C is estimated at $1,200 a year.", 9)
    d.p("Cr Aroha Pene, Chair, Civic Awards Review Panel", 8.5)
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Te Awaroa District Council - Briefing paper BP-26-031 - Civic Awards Review")
    d.add_page()
    d.letterhead("Te Awaroa District Council", "Briefing paper BP-26-031  |  Governance team  |  27 March 2026")
    d.set_font("DV", "B", 14)
    d.multi_cell(0, 7, "Civic Awards Review: officer responses and implementation tracker", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("Purpose of this briefing", 10.5)
    d.p("This briefing tells elected members how officers are taking forward the Panel's report 'Recognising Service', which the Council received on 19 February 2026, and what was decided at the Governance Committee workshop on 12 March. It is for information; no decision is sought.")
    d.hd("Implementation tracker", 10.5)
    rows = [
        ("Rec.", "Officer response", "Status"),
        ("D", "The 2026 ceremony will be held at the Rangiora Road Community Hall in Kaiwhero on 14 November. Officers will look for a northern venue again in 2027, but moving the ceremony to a new ward every year is not affordable within the current budget, so from 2028 it will return to the Chamber in alternate years.", "Partly adopted"),
        ("A", "Done. The online nomination form went live on the Council website on 2 March and has already received 17 nominations from members of the public.", "Complete"),
        ("B and E", "Elected members did not support a fixed proportion of awards for women, preferring that each nomination be judged on its merits; no target will be set or reported. Ngāti Rau has nominated Mrs Huia Kereama, who will join the selection panel from the 2026 round.", "B: not adopted\nE: complete"),
        ("F", "Officers have sought legal advice on whether an award can be withdrawn and on a fair process for doing so. The Council will be asked to consider the matter once that advice is received, probably in August.", "Under consideration"),
        ("C", "Rather than a separate Young Citizen Award, a youth category for nominees under 25 will be added to the existing awards for 2026, with up to two awards a year and no additional budget.", "Adopted in part"),
    ]
    d.set_font("DV", "", 8.8)
    d.set_draw_color(*TEAL)
    with d.table(col_widths=(16, 124, 30), text_align=("LEFT", "LEFT", "LEFT"), line_height=4.6,
                 headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                 cell_fill_color=(240, 247, 247), cell_fill_mode="ROWS") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)
    d.hd("Other matter: King's Birthday Honours", 10.5)
    d.p("Several members asked at the workshop how the Council can support national honours nominations. The Governance team can help community groups prepare nominations to the Department of the Prime Minister and Cabinet; the next closing date for the New Year list is 1 June.")
    d.hd("Next steps", 10.5)
    d.p("A further update will be given in the Governance team's quarterly report in July. Questions about this briefing may be directed to Sam Whitlock, Governance Advisor, on extension 4417.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    recs = [
        {"number": 1, "starts_with": "Open nominations to the public through an online form",
         "reply_contains": "The online nomination form went live on the Council website", "verdict": "agrees"},
        {"number": 2, "starts_with": "Set a target that at least half of all civic awards",
         "reply_contains": "did not support a fixed proportion of awards for women", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Create a separate Young Citizen Award for people aged 16 to 25",
         "reply_contains": "a youth category for nominees under 25 will be added", "verdict": "partly"},
        {"number": 4, "starts_with": "Hold the awards ceremony in a community venue in a different ward",
         "reply_contains": "held at the Rangiora Road Community Hall in Kaiwhero", "verdict": "partly"},
        {"number": 5, "starts_with": "Appoint a representative nominated by mana whenua to the selection panel",
         "reply_contains": "Ngāti Rau has nominated Mrs Huia Kereama, who will join", "verdict": "agrees"},
        {"number": 6, "starts_with": "Adopt a procedure for withdrawing an award where a recipient",
         "reply_contains": "Officers have sought legal advice on whether an award can be withdrawn", "verdict": "noted"},
        {"number": 7, "starts_with": "Publish the citations of all past and future award recipients",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["It is for information; no decision is sought",
                 "help community groups prepare nominations to the Department of the Prime Minister",
                 "A further update will be given in the Governance team's quarterly report"]
    notes = ("Advice: New Zealand district council Civic Awards Review Panel report CARP-2026-02; recs in LABELLED BORDERED "
             "BOXES 'Recommendation A'-'Recommendation G' after 'The Panel recommends that the Council:' (numbers 1-7 = A-G); "
             "traps: resolution CO/25/214, 2017 review quoted ('awards should be presented at a public ceremony'), Local "
             "Government Act 2002 'must be provided for', shaded figures box, findings 3.1-3.4 with 'the scheme should "
             "recognise' and 'iwi should be part of decisions', 'We do not recommend ending the scheme', closing line citing "
             "'Recommendations A, D and E' and 'Recommendation C'. Response: officers' BRIEFING PAPER with an IMPLEMENTATION "
             "TRACKER table 'Rec. / Officer response / Status' citing letters, order D, A, B+E, F, C: community hall this "
             "year but not every year (4 partly); online form live (1 agrees); ONE row 'B and E' = no target for women (2 "
             "disagrees) + iwi nominee joins panel (5 agrees); legal advice sought, Council to consider (6 noted); youth "
             "category instead of a separate award (3 partly); 7 (publish citations) unanswered; purpose, King's Birthday "
             "Honours 'Other matter', next steps (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

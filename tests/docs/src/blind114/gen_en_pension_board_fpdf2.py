"""Round 114 (EN): an English LOCAL PENSION BOARD's annual report to the PENSIONS COMMITTEE of a county council pension
fund, seven recommendations CODED 'LPB-01' ... 'LPB-07' in a shaded margin column, each with a BOLD LEAD-IN title,
split across three SUB-HEADINGS and running across the page break, answered by a COMMITTEE REPORT of the Director of
Finance and Pensions whose own 'Recommendations' section (2.1-2.3, 'note', 'agree', 'thank') answers nothing, and
whose section 4 gives INLINE verdicts in numbered paragraphs ('4.3 LPB-02: Partially accepted.'), one paragraph
'LPB-06 and LPB-07' covering two recommendations, one recommendation (LPB-05) left out.
fpdf2, A4, cleaned DejaVu Sans (advice) and Liberation Sans (committee report), fixed creation date; slate-blue top
rule with a copper bar, a membership and performance table, numbered 'Matters we examined' findings, the Board's
numbered 2026/27 work plan AFTER the recommendations (not recommendations); header drawn by fpdf2 from page 2, 'Page N
of M' stamped. All bodies, people, places, figures and references invented; the Public Service Pensions Act 2013 and
the Local Government Pension Scheme Regulations 2013 are named as context only (what is said of them here is not to be
relied on).
Run:  /tmp/blind114en/bin/python tests/docs/src/blind114/gen_en_pension_board_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b114en as H
from fpdf import FPDF

NAME = "blind114_en_pension_board"
SLATE = (44, 66, 96)
COPPER = (184, 110, 56)
PALE = (232, 237, 244)


class Doc(FPDF):
    def __init__(self, head, fam):
        super().__init__(format="A4")
        self.head = head
        self.fam = fam
        self.set_creation_date(datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc))
        if fam == "DV":
            self.add_font("DV", "", H.clean_font("DejaVuSans.ttf"))
            self.add_font("DV", "B", H.clean_font("DejaVuSans-Bold.ttf"))
            self.add_font("DV", "I", H.clean_font("DejaVuSans-Oblique.ttf"))
        else:
            self.add_font("LS", "", H.clean_font("LiberationSans-Regular.ttf"))
            self.add_font("LS", "B", H.clean_font("LiberationSans-Bold.ttf"))
            self.add_font("LS", "I", H.clean_font("LiberationSans-Italic.ttf"))
        self.set_margins(21, 18, 21)
        self.set_auto_page_break(True, 21)

    def header(self):
        if self.page_no() > 1:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(100, 100, 100)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*SLATE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)
            self.set_text_color(0, 0, 0)

    def hd(self, t, size=12, color=SLATE, need=40):
        if self.get_y() > self.h - need:
            self.add_page()
        self.ln(1.5)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def p(self, t, size=9.6, style="", lh=4.9, after=2.2):
        self.set_font(self.fam, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(after)

    def li(self, label, text, indent=2, w=8, size=9.6, lh=4.9):
        self.set_font(self.fam, "", size)
        self.set_x(self.l_margin + indent)
        self.cell(w, lh, label)
        old = self.l_margin
        self.set_left_margin(old + indent + w)
        self.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.set_left_margin(old)
        self.ln(1.2)

    def coded(self, code, title, text):
        """Recommendation with its code in a shaded margin box and a bold lead-in."""
        self.set_font(self.fam, "", 9.8)
        w = self.w - self.l_margin - self.r_margin - 27
        body = f"**{title}** {text}"
        lines = self.multi_cell(w, 5.1, body, dry_run=True, output="LINES", markdown=True)
        hgt = len(lines) * 5.1
        if self.get_y() + hgt > self.h - 22:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(*PALE)
        self.rect(x, y - 0.6, 22, hgt + 1.2, style="F")
        self.set_fill_color(*COPPER)
        self.rect(x, y - 0.6, 1.2, hgt + 1.2, style="F")
        self.set_xy(x + 2.5, y)
        self.set_font(self.fam, "B", 9.8)
        self.set_text_color(*SLATE)
        self.cell(19, 5.1, code)
        self.set_text_color(0, 0, 0)
        self.set_font(self.fam, "", 9.8)
        self.set_xy(x + 27, y)
        old = self.l_margin
        self.set_left_margin(x + 27)
        self.multi_cell(w, 5.1, body, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.set_left_margin(old)
        self.ln(3.2)

    def grid(self, rows, widths, size=8.8, head=True, align=None):
        self.set_font(self.fam, "", size)
        self.set_fill_color(240, 243, 248)
        with self.table(col_widths=widths, text_align=align or ("LEFT",) + ("RIGHT",) * (len(widths) - 1),
                        line_height=5, first_row_as_headings=head, borders_layout="HORIZONTAL_LINES",
                        headings_style=__import__("fpdf.fonts", fromlist=["FontFace"]).FontFace(
                            emphasis="BOLD", color=(255, 255, 255), fill_color=SLATE),
                        width=sum(widths), align="LEFT", cell_fill_color=(246, 248, 251),
                        cell_fill_mode="ROWS") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def advice():
    d = Doc("Marchfield Pension Fund - Local Pension Board - Annual Report 2025/26 (LPB 2026/03)", "DV")
    d.add_page()
    d.set_fill_color(*SLATE)
    d.rect(0, 0, d.w, 5, style="F")
    d.set_fill_color(*COPPER)
    d.rect(d.l_margin, 5, 38, 2.2, style="F")
    d.set_y(15)
    d.set_font("DV", "B", 9)
    d.set_text_color(*COPPER)
    d.cell(0, 5, "MARCHFIELD PENSION FUND", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(*SLATE)
    d.set_font("DV", "B", 19)
    d.cell(0, 10, "Local Pension Board", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DV", "", 13)
    d.cell(0, 7, "Annual Report 2025/26", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(80, 80, 80)
    d.set_font("DV", "", 8.6)
    d.multi_cell(0, 4.5, "Report LPB 2026/03 to the Pensions Committee of Marchfield County Council as administering "
                         "authority. Approved by the Board on 12 May 2026. Independent Chair: Deborah Okonkwo-Reid.",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.hd("1. Chair's introduction")
    d.p("This is the Board's seventh annual report. It has been a year of change for the Fund: a new Head of Pensions "
        "joined in September, the contract for a new pensions administration system was signed in January, and the "
        "results of the 2025 valuation were published in March. Through all of this the administration team has "
        "continued to pay more than 22,000 pensions on time every month, and the Board is grateful to them.")
    d.p("The Board also has concerns, which this report sets out. Some of them we have raised before. We hope the "
        "Committee will find our recommendations practical and will respond to them in writing, as it did last year.")
    d.hd("2. The Board and its role")
    d.p("The Board was established under section 5 of the Public Service Pensions Act 2013 and regulation 106 of the "
        "Local Government Pension Scheme Regulations 2013. Its role is to assist the administering authority in "
        "securing compliance with the Scheme's rules and with the requirements of the Pensions Regulator. It has "
        "three employer representatives, three scheme member representatives and an independent chair, and it met "
        "four times in 2025/26 with an average attendance of 92 per cent.")
    d.p("Membership and attendance in 2025/26 were as follows.")
    d.grid([["Board member", "Represents", "Meetings attended"],
            ["Deborah Okonkwo-Reid", "Independent Chair", "4 of 4"],
            ["Cllr Peter Hallworth", "Employers (County Council)", "4 of 4"],
            ["Sunita Varghese", "Employers (academy trusts)", "3 of 4"],
            ["Gareth Pennock", "Employers (town and parish councils)", "4 of 4"],
            ["Lorraine Abbot", "Scheme members (trade union)", "4 of 4"],
            ["Michael Tresize", "Scheme members (pensioners)", "3 of 4"],
            ["Hannah Oduya", "Scheme members (deferred)", "4 of 4"]],
           [58, 70, 40], align=("LEFT", "LEFT", "RIGHT"))
    d.p("Every Board member completed the Pensions Regulator's public service toolkit and attended at least one "
        "external training event during the year. The Board reviewed its own effectiveness in February and agreed to "
        "hold one meeting a year at an employer's premises, starting with a visit to Harnley Academy Trust in "
        "October 2026.")
    d.hd("3. The Fund in figures")
    d.grid([["At 31 March", "2025", "2026"],
            ["Active members", "23,980", "24,310"],
            ["Deferred members", "31,205", "31,870"],
            ["Pensioners and dependants", "21,940", "22,455"],
            ["Scheme employers", "181", "187"],
            ["Deferred benefit calculations outstanding", "1,420", "2,140"],
            ["Retirement quotes issued within 10 working days", "78%", "71%"],
            ["Late contribution payments (employers / occasions)", "14 / 41", "19 / 63"]],
           [98, 35, 35])
    d.hd("4. Matters we examined")
    d.li("4.1", "**Administration backlog.** The number of deferred benefit calculations waiting to be done rose by half "
         "during the year. Members who leave an employer are waiting up to eleven months to be told what their "
         "pension is worth. Staff told us that the Fund should have recruited to its vacancies earlier.")
    d.li("4.2", "**Member data.** The Fund's common data score was 96.8 per cent and its scheme-specific data score "
         "84.1 per cent. Missing addresses for deferred members and gaps in part-time hours are the main problems.")
    d.li("4.3", "**Late payment by employers.** Nineteen employers paid contributions late on 63 occasions. Most were "
         "small academy trusts and town councils, but two larger employers were late on several occasions.")
    d.li("4.4", "**Communicating with members.** Complaints about telephone access have risen since the helpline's "
         "hours were cut to mornings only in October. Older deferred members in particular told us they could not "
         "use the online portal.")
    d.li("4.5", "**Governance.** Four of the eleven members of the Pensions Committee have not completed any pensions "
         "training since they were appointed, and the Board does not see the papers for the Committee's private "
         "investment items.")
    d.p("Our 2023/24 report recommended that \"the Fund should publish its administration performance indicators on "
        "its website every quarter\". We are pleased that this has been done since July 2025. The Regulations provide "
        "that an administering authority must issue an annual benefit statement to each active member by 31 August; "
        "the Fund met that deadline for 99.2 per cent of active members in 2025.")
    d.hd("5. Recommendations to the Pensions Committee")
    d.p("The Board makes the following recommendations to the Pensions Committee.")
    d.hd("Administration", size=10.5, color=COPPER, need=48)
    d.coded("LPB-01", "Deferred benefits backlog.", "Clear the backlog of 2,140 outstanding deferred benefit "
            "calculations by 31 March 2027, and report progress against a monthly trajectory to every Board meeting.")
    d.coded("LPB-02", "Member data.", "Commission an independent review of the Fund's member data, to be completed "
            "before the data for the 2028 valuation is extracted.")
    d.coded("LPB-03", "Late payers.", "Charge interest on late contributions, as the Fund's administration strategy "
            "allows, to any employer that pays late more than twice in a year.")
    d.hd("Communicating with members", size=10.5, color=COPPER, need=48)
    d.coded("LPB-04", "Benefit statements.", "Issue annual benefit statements to all active members by 31 July each "
            "year, a month ahead of the statutory deadline.")
    d.coded("LPB-05", "Telephone helpline.", "Keep a staffed telephone helpline open on weekdays from 9am to 5pm for "
            "members who cannot use the online portal or prefer not to.")
    d.hd("Governance", size=10.5, color=COPPER, need=48)
    d.coded("LPB-06", "Committee training.", "Require every member of the Pensions Committee to complete the Fund's "
            "core training programme within six months of joining the Committee.")
    d.coded("LPB-07", "Investment papers.", "Share the papers for the Pensions Committee's private investment items "
            "with the Board, so that the Board can see how decisions are reached.")
    d.hd("6. The Board's work plan for 2026/27")
    d.p("In the coming year the Board intends to look at:")
    d.li("1.", "the Fund's cyber security and business continuity arrangements;")
    d.li("2.", "the move to the new pensions administration system, including data migration; and")
    d.li("3.", "the Fund's readiness to connect to the national pensions dashboards.")
    d.p("The Board regards LPB-01 and LPB-05 as the most pressing of its recommendations and would welcome the "
        "Committee's response by its June meeting.")
    d.p("Deborah Okonkwo-Reid, Independent Chair, on behalf of the Marchfield Pension Fund Local Pension Board",
        size=8.6, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Pensions Committee, 24 June 2026 - Item 8 - Local Pension Board Annual Report 2025/26", "LS")
    d.add_page()
    d.set_font("LS", "B", 10)
    d.cell(0, 5, "MARCHFIELD COUNTY COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(0, 0, 0)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y() + 1, d.w - d.r_margin, d.get_y() + 1)
    d.ln(4)
    d.set_font("LS", "", 9.6)
    with d.table(col_widths=(45, 123), line_height=5.2, first_row_as_headings=False, borders_layout="NONE",
                 text_align="LEFT") as t:
        for a, b in (("Meeting:", "Pensions Committee"), ("Date:", "24 June 2026"), ("Agenda item:", "8"),
                     ("Report of:", "Director of Finance and Pensions"),
                     ("Subject:", "Local Pension Board Annual Report 2025/26: response to the Board's recommendations"),
                     ("Status:", "Public"), ("Key decision:", "No")):
            r = t.row(); r.cell(a); r.cell(b)
    d.ln(2)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.ln(3)
    L = lambda n, t: d.li(n, t, indent=0, w=11, size=10, lh=5.2)
    d.hd("1. Purpose of the report", size=11, color=(0, 0, 0))
    L("1.1", "To present the Local Pension Board's annual report for 2025/26, attached as Appendix 1, and to set out "
      "officers' proposed responses to the Board's recommendations.")
    d.hd("2. Recommendations", size=11, color=(0, 0, 0))
    L("", "The Committee is recommended to:")
    L("2.1", "note the Local Pension Board's annual report for 2025/26;")
    L("2.2", "agree the responses to the Board's recommendations set out in section 4 of this report; and")
    L("2.3", "thank the members of the Board for their work during the year.")
    d.hd("3. Background", size=11, color=(0, 0, 0))
    L("3.1", "Each administering authority in the Local Government Pension Scheme has a local pension board. The "
      "Marchfield Board met four times in 2025/26, and its chair attended each meeting of this Committee as an observer.")
    L("3.2", "The Board's report was considered by the Pensions Management Team on 3 June 2026. Recommendation 3 of the "
      "Fund's 2024 governance review, which asked for a single risk register covering administration and investments, "
      "was completed in April and is not affected by this report.")
    d.hd("4. Response to the Board's recommendations", size=11, color=(0, 0, 0))
    L("4.1", "Officers' responses are given below, using the Board's own references.")
    L("4.2", "**LPB-01: Accepted.** A dedicated team of four temporary staff has been working on deferred cases since "
      "April, and the number outstanding had fallen to 1,860 by the end of May. Officers expect the remaining cases "
      "to be cleared by 31 March 2027 and will report against a monthly trajectory at each Board meeting.")
    L("4.3", "**LPB-02: Partially accepted.** Officers agree that member data must be in good order before the 2028 "
      "valuation. However, we propose a targeted internal review by the Fund's data team, checked by the actuary, "
      "rather than a separate independent review, for which the lowest quotation was £95,000.")
    L("4.4", "**LPB-03: Not accepted.** Charging interest would cost more to administer than it would recover, and most "
      "late payments are made by small employers within a few days of the deadline. Instead, the Head of Pensions "
      "will write to the employer's finance director after a second late payment, and persistent late payers will "
      "be named in the quarterly report to the Board.")
    L("4.5", "**LPB-04: Under consideration.** Statements are currently produced in August because year-end returns "
      "from employers arrive as late as mid-July. Once the new administration system is live in early 2027, "
      "officers will consider whether an earlier date can be achieved. No change is proposed for 2026.")
    L("4.6", "**LPB-06 and LPB-07: Governance.** Officers support LPB-06 in full: members appointed to the Committee "
      "from May 2026 will be asked to complete the core training within six months, and the Committee's terms of "
      "reference will be amended accordingly at its September meeting. On LPB-07, the Board will in future receive a "
      "written summary of each private investment item after the meeting, but not the full papers, which contain "
      "commercially sensitive information from fund managers.")
    d.hd("5. Financial implications", size=11, color=(0, 0, 0))
    L("5.1", "The cost of the temporary deferred benefits team, estimated at £180,000 in 2026/27, will be met from "
      "the Fund's administration budget and has no effect on the Council's general fund.")
    d.hd("6. Legal implications", size=11, color=(0, 0, 0))
    L("6.1", "The Board was established under section 5 of the Public Service Pensions Act 2013. The Committee is not "
      "bound by the Board's recommendations, but it is good practice to respond to each of them in writing.")
    d.hd("7. Equality implications", size=11, color=(0, 0, 0))
    L("7.1", "There are no direct equality implications arising from this report.")
    d.ln(2)
    d.p("Report author: Nathan Bellweather, Head of Pensions. Background papers: none.", size=8.8, style="I")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice(); response()
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}", fontfile=H.clean_font("LiberationSans-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Clear the backlog of 2,140 outstanding deferred benefit calculations by",
         "reply_contains": "A dedicated team of four temporary staff has been working", "verdict": "agrees"},
        {"number": 2, "starts_with": "Commission an independent review of the Fund's member data",
         "reply_contains": "we propose a targeted internal review by the Fund's data team", "verdict": "partly"},
        {"number": 3, "starts_with": "Charge interest on late contributions, as the Fund's administration strategy",
         "reply_contains": "Charging interest would cost more to administer than it would recover", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Issue annual benefit statements to all active members by 31 July",
         "reply_contains": "officers will consider whether an earlier date can be achieved", "verdict": "noted"},
        {"number": 5, "starts_with": "Keep a staffed telephone helpline open on weekdays from 9am",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Require every member of the Pensions Committee to complete the Fund's",
         "reply_contains": "Officers support LPB-06 in full: members appointed", "verdict": "agrees"},
        {"number": 7, "starts_with": "Share the papers for the Pensions Committee's private investment items",
         "reply_contains": "written summary of each private investment item after the meeting", "verdict": "partly"},
    ]
    unmatched = ["To present the Local Pension Board's annual report for 2025/26",
                 "agree the responses to the Board's recommendations set out in section 4",
                 "which asked for a single risk register covering administration and investments",
                 "estimated at £180,000 in 2026/27, will be met",
                 "not bound by the Board's recommendations, but it is good practice"]
    notes = ("Advice: English LOCAL PENSION BOARD annual report LPB 2026/03 to the Pensions Committee of the county "
             "council administering the Marchfield Pension Fund; recs are CODED 'LPB-01' ... 'LPB-07' in a shaded "
             "margin column, each sentence after a BOLD LEAD-IN title ('Deferred benefits backlog.'), split across three "
             "copper SUB-HEADINGS (Administration 01-03, Communicating with members 04-05, Governance 06-07) after 'The "
             "Board makes the following recommendations', running across the page break; traps: Fund-in-figures table, "
             "numbered FINDINGS 4.1-4.5 'Matters we examined' ('the Fund should have recruited to its vacancies "
             "earlier'), the Board's 2023/24 recommendation quoted ('the Fund should publish its administration "
             "performance indicators'), the Regulations 'must issue an annual benefit statement ... by 31 August', the "
             "Board's numbered WORK PLAN 1-3 for 2026/27 after the recs, closing 'LPB-01 and LPB-05 as the most "
             "pressing'. Response: COMMITTEE REPORT of the Director of Finance and Pensions (Meeting/Date/Agenda item "
             "table) with numbered paragraphs; its own section '2. Recommendations' (2.1 note, 2.2 agree, 2.3 thank) "
             "answers nothing; section 4 gives INLINE verdicts with the Board's codes, order 01, 02, 03, 04, 06+07: "
             "'LPB-01: Accepted.' temporary team, backlog cleared by 31 March 2027 (1 agrees); 'LPB-02: Partially "
             "accepted.' internal review checked by the actuary instead of an independent one (2 partly); 'LPB-03: Not "
             "accepted.' no interest, letters to finance directors instead (3 disagrees); 'LPB-04: Under "
             "consideration.' earlier date considered once the new system is live, no change for 2026 (4 noted); ONE "
             "paragraph 'LPB-06 and LPB-07: Governance.' = training within six months supported in full (6 agrees) + a "
             "written summary after the meeting but not the full papers (7 partly); LPB-05 (telephone helpline) "
             "unanswered; purpose 1.1, recommendations 2.1-2.3, background 3.1-3.2 with 'Recommendation 3 of the Fund's "
             "2024 governance review' (a risk register, not LPB-03), financial 5.1, legal 6.1, equality 7.1 (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

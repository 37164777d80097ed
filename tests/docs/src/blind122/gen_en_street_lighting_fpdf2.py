"""Round 122 (EN): an English unitary council's overview and scrutiny TASK AND FINISH GROUP report on part-night
street lighting. The recommendations stand in a closing list LETTERED with CAPITALS A-G, each a bold short title line
('A. Late-night transport hubs') over a plain imperative sentence, the list running across a page break. Traps:
terms of reference numbered (i)-(iii), key findings numbered 1-5, the Highways Act 1980 and the Equality Act 2010
paraphrased with 'must', the 2019 Cabinet decision quoted ('should be introduced'), a closing line 'Recommendations
A, C and D were agreed unanimously'. Answered by a CABINET REPORT whose section 4 gives the executive response as
paragraphs numbered 4.1-4.6 with INLINE LABELS ('Recommendation E - Partially agreed.'), in another order, one
paragraph for A and B together, G never answered; purpose, financial and legal implications answer nothing, and the
purpose names 'paragraphs 4.1 to 4.6'.
fpdf2, A4, cleaned Liberation Sans (report) and DejaVu Serif (Cabinet report), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Highways Act
1980 and the Equality Act 2010 are named as context only (what is said of them here is paraphrased and not to be
relied on).
Run:  /tmp/blind122en/bin/python tests/docs/src/blind122/gen_en_street_lighting_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b122en as H
from fpdf import FPDF

NAME = "blind122_en_street_lighting"
NAVY = (24, 52, 96)
PALE = (228, 234, 244)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", format="A4")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("DS", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")),
                         ("LA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=5.0, after=2.2, indent=0, markdown=False):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=markdown, align="L")
        self.ln(after)

    def head(self, t, size=12, before=2.5):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def item(self, label, t, size=10, lh=5.0, gap=9, after=1.6, style=""):
        self.set_font(self.fam, style, size)
        y = self.get_y()
        if y + lh * 2 > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + 2)
        self.cell(gap, lh, label)
        self.set_xy(self.l_margin + 2 + gap, y)
        self.multi_cell(self.tw - gap - 2, lh, t, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        self.ln(after)


def advice():
    d = Doc(datetime.datetime(2026, 1, 20, 9, 0, tzinfo=datetime.timezone.utc), "LA")
    d.set_font("LA", "", 9)
    d.set_text_color(*NAVY)
    d.cell(0, 5, "CARNBROOK BOROUGH COUNCIL - PLACE OVERVIEW AND SCRUTINY COMMITTEE", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*NAVY)
    d.set_line_width(0.8)
    d.line(22, d.get_y() + 1, d.w - 22, d.get_y() + 1)
    d.ln(5)
    d.set_font("LA", "B", 18)
    d.multi_cell(0, 8, "Lights Out? Final report of the Task and Finish Group on Part-Night Street Lighting",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1)
    d.para("Members: Cllr Hamid Qureshi (Chair), Cllr Sarah Penhale, Cllr Owen Talbot, Cllr Niamh Delaney, "
           "Cllr Graham Foyle. Report to the Committee, 3 February 2026.", size=9, style="I")
    d.head("1. Why we looked at this")
    d.para("Since April 2020 about 11,900 of the borough's 18,400 street lights have been switched off between "
           "midnight and 5.30 am. In 2025 the Committee received two petitions, with 1,460 signatures between them, "
           "asking for lights to be turned back on, and agreed to set up this Group. Our terms of reference were:")
    for lab, t in (("(i)", "to assess the effect of part-night lighting on safety, crime and road collisions;"),
                   ("(ii)", "to hear the views of residents, businesses, the police and the bus operators;"),
                   ("(iii)", "to recommend changes to the policy to the Cabinet.")):
        d.item(lab, t)
    d.head("2. The law and the 2019 decision")
    d.para("The Highways Act 1980 gives the Council, as highway authority, a power to light the roads for which it is "
           "responsible, but no general duty to do so. When it changes a service, the Council must have due regard "
           "to the public sector equality duty in the Equality Act 2010.")
    d.para("In November 2019 the Cabinet resolved that \"part-night lighting should be introduced on all residential "
           "streets and on main roads away from junctions, to reduce energy costs and carbon emissions\". The policy "
           "took effect in April 2020.")
    d.head("3. Key findings")
    for i, t in enumerate((
            "Part-night lighting saves the Council about £412,000 a year in energy at 2025 prices.",
            "Recorded crime in the switched-off hours did not rise in the borough as a whole, but it rose by 18 per "
            "cent within 200 metres of the railway stations at Carnbrook and Eastwell.",
            "Residents who work night shifts, and women in particular, told us they feel unsafe walking home.",
            "Most residents we heard from did not know which streets are switched off, or when.",
            "About 4,800 lanterns still use sodium lamps, which cost roughly three times as much to run as LED."), 1):
        d.item(f"{i}.", t)
    d.para("We also heard from Carnbrook Police that collisions in the switched-off hours were too few to show any "
           "trend, and from Vale Buses that the last services from the bus station now leave at 00.40.")
    d.head("4. Our recommendations")
    d.para("The Group recommends to the Cabinet as follows.")
    for lab, title, t in (
            ("A.", "Late-night transport hubs", "Restore all-night lighting within 200 metres of every railway "
             "station and bus station that has services after midnight."),
            ("B.", "Tell residents", "Publish an online map showing every street that is switched off at night and "
             "the hours concerned, and update it every quarter."),
            ("C.", "Shorter switch-off", "Change the switch-off period on residential streets from midnight to "
             "5.30 am to 1 am to 5 am, so that the lights are on for late shift workers."),
            ("D.", "A say for ward councillors", "Give every ward councillor the right to ask for a street in their "
             "ward to be returned to all-night lighting, with a written decision from the Council within 28 days "
             "of the request and reasons if it is refused."),
            ("E.", "Invest the savings", "Spend at least half of the energy savings from part-night lighting each "
             "year on converting the remaining sodium lanterns to LED until none are left."),
            ("F.", "Police data", "Ask Carnbrook Police to report to this Committee each year on recorded crime and "
             "road collisions in the switched-off hours, street by street."),
            ("G.", "Equality impact", "Carry out a full equality impact assessment of part-night lighting and "
             "publish it before the 2027-28 budget is set.")):
        d.item(lab, f"**{title}**", style="")
        d.set_y(d.get_y() - 1.2)
        d.item("", t, after=2.4)
    d.para("Recommendations A, C and D were agreed unanimously by the Group; E and G by a majority. The Group thanks "
           "the officers of Highways and Transport for their help.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.timezone.utc), "DS")
    d.set_fill_color(*PALE)
    d.rect(22, 16, d.w - 44, 26, "F")
    d.set_xy(26, 19)
    d.set_font("DS", "B", 9)
    d.cell(0, 5, "CARNBROOK BOROUGH COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_x(26)
    d.set_font("DS", "B", 13)
    d.cell(0, 7, "Report to Cabinet, 17 March 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_x(26)
    d.set_font("DS", "", 9)
    d.multi_cell(d.tw - 8, 4.6, "Response to the Place Overview and Scrutiny Committee: Part-Night Street Lighting. "
                 "Portfolio holder: Cllr Brendan Walsh, Cabinet Member for Highways. Report author: Joanne Kirk, "
                 "Head of Highways and Transport. Key decision: No.", new_x="LMARGIN", new_y="NEXT")
    d.set_y(46)
    P = lambda t, **k: d.para(t, size=9.6, lh=4.8, **k)
    d.head("1. Purpose of the report", size=11)
    P("1.1 The Place Overview and Scrutiny Committee endorsed the report of its Task and Finish Group on "
      "part-night street lighting on 3 February 2026 and referred its seven recommendations to Cabinet. This "
      "report sets out the proposed executive response in paragraphs 4.1 to 4.6 below.")
    d.head("2. Recommendation to Cabinet", size=11)
    P("2.1 That Cabinet approves the responses set out in section 4 and asks the Head of Highways and Transport to "
      "report progress to the Committee in March 2027.")
    d.head("3. Background", size=11)
    P("3.1 Part-night lighting was introduced in April 2020. The Council's street lighting energy bill for 2025-26 "
      "is forecast at £1.37 million. The Group took evidence over five meetings and its report was welcomed by the "
      "Cabinet Member at the Committee meeting.")
    d.head("4. Response to the recommendations", size=11)
    for t in (
            "4.1 **Recommendations A and B - Agreed.** All-night lighting will be restored around Carnbrook and "
            "Eastwell stations and Carnbrook bus station from 1 June 2026, which the central management system "
            "allows at no capital cost. A searchable map of switched-off streets will go live on the Council's "
            "website at the same time and will be refreshed every three months.",
            "4.2 **Recommendation E - Partially agreed.** Cabinet accepts that the conversion of the remaining "
            "sodium lanterns should be speeded up. It does not wish to tie a fixed share of the savings to the "
            "programme, but will commit £140,000 a year, about a third of the saving, from 2026-27.",
            "4.3 **Recommendation C - Not agreed.** The shorter period would cut the annual saving by about "
            "£118,000 and would leave lights on in streets where the Group found no evidence of harm. Cabinet "
            "prefers the targeted approach in paragraphs 4.1 and 4.4, and the switch-off hours will not change.",
            "4.4 **Recommendation D - Agreed in part.** Ward councillors will be able to ask for a street to be "
            "returned to all-night lighting through a simple online form. Because each request needs a night-time "
            "site survey, officers will give a written decision with reasons within 56 days rather than 28.",
            "4.5 **Recommendation F - Noted.** Publishing crime data street by street is a matter for the Chief "
            "Constable. The Cabinet Member has written to Carnbrook Police to pass on the request and will share "
            "the reply with the Committee when it is received."):
        P(t, markdown=True)
    P("4.6 The Cabinet Member would like to thank the members of the Group and the 212 residents who gave evidence.")
    d.head("5. Financial implications", size=11)
    P("5.1 Restoring all-night lighting around the three transport hubs will cost about £9,600 a year in energy. The "
      "LED commitment in paragraph 4.2 will be met from the energy budget, and the payback on each converted "
      "lantern is under five years.")
    d.head("6. Legal implications", size=11)
    P("6.1 The Council has a power, not a duty, to light the highway. The changes proposed in section 4 are within "
      "the delegated powers of the Head of Highways and Transport once approved by Cabinet.")
    d.head("7. Background papers", size=11)
    P("7.1 Report of the Task and Finish Group on Part-Night Street Lighting, February 2026; Cabinet decision "
      "CAB/2019/88.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Carnbrook Borough Council - Task and Finish Group: Part-Night "
            "Street Lighting", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Cabinet, 17 March 2026 - Part-Night Street Lighting",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSerif.ttf"))
    recs = [
        {"number": 1, "starts_with": "Restore all-night lighting within 200 metres of every railway station",
         "reply_contains": "restored around Carnbrook and Eastwell stations and Carnbrook bus station",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Publish an online map showing every street that is switched off",
         "reply_contains": "A searchable map of switched-off streets will go live", "verdict": "agrees"},
        {"number": 3, "starts_with": "Change the switch-off period on residential streets from midnight to",
         "reply_contains": "the switch-off hours will not change", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Give every ward councillor the right to ask for a street",
         "reply_contains": "within 56 days rather than 28", "verdict": "partly"},
        {"number": 5, "starts_with": "Spend at least half of the energy savings from part-night lighting",
         "reply_contains": "will commit £140,000 a year, about a third of the saving", "verdict": "partly"},
        {"number": 6, "starts_with": "Ask Carnbrook Police to report to this Committee each year",
         "reply_contains": "Publishing crime data street by street is a matter for", "verdict": "noted"},
        {"number": 7, "starts_with": "Carry out a full equality impact assessment of part-night lighting",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["will cost about £9,600 a year in energy",
                 "The Council has a power, not a duty, to light the highway"]
    notes = ("Advice: an English unitary council's overview and scrutiny TASK AND FINISH GROUP report. "
             "Recommendations: a closing list LETTERED WITH CAPITALS 'A.'-'G.', each a bold short title on the label "
             "line ('A. Late-night transport hubs') and the recommendation as a plain imperative sentence on the "
             "line(s) below; the list runs across the page break. Traps: terms of reference (i)-(iii) ('to recommend "
             "changes'); key findings 1.-5. with figures; the Highways Act 1980 and the Equality Act 2010 "
             "paraphrased ('must have due regard'); the 2019 Cabinet resolution quoted ('should be introduced', the "
             "policy now reviewed); closing 'Recommendations A, C and D were agreed unanimously by the Group; E and "
             "G by a majority'. Response: a CABINET REPORT, section 4 numbered paragraphs 4.1-4.6 with bold INLINE "
             "LABELS, order A+B, E, C, D, F: A and B in ONE paragraph 'Recommendations A and B - Agreed.' (A "
             "lighting restored at the stations from 1 June 2026, agrees; B searchable map refreshed every three "
             "months, agrees); E 'Partially agreed', £140,000 a year, about a third not half (partly); C 'Not "
             "agreed', switch-off hours will not change (disagrees); D 'Agreed in part', the right granted but "
             "decisions within 56 days rather than 28 (partly); F 'Noted', a matter for the Chief Constable, request "
             "passed on (noted); G (equality impact assessment) never answered (unanswered). Sections answering "
             "nothing: 1 purpose (names 'paragraphs 4.1 to 4.6'), 2 recommendation to Cabinet, 3 background "
             "(figures), 4.6 thanks, 5 financial implications, 6 legal implications, 7 background papers.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

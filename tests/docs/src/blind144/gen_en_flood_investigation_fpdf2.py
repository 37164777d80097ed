"""Round 144 (EN): a county council's (lead local flood authority) SECTION 19 FLOOD INVESTIGATION REPORT on a
summer storm in a village, answered by the sewerage undertaker's (a water company's) LETTER with the report's codes
as inline labels next to a theme, in another order, one paragraph answering two recommendations with different
verdicts, one recommendation missing.
The advice: the flood event; FINDINGS coded F1-F6 (trap); the 2014 Surface Water Management Plan's actions quoted
('The sewerage undertaker should assess ...'); the Act paraphrased ('must investigate', 'must publish'); 'The
Council does not recommend a flood wall ...'; the Council's own actions coded A1-A3 ('The Council will ...', not
recommendations); then the seven recommendations to the water company CODED FR1-FR7 in a TABLE 'Ref. |
Recommendation | Timescale', in the imperative.
The response: introduction, apology to residents (nothing); FR3 non-return valves (agrees); 'FR1 and FR2' one
paragraph: CCTV survey and model (agrees), permanent generator only in 2027-28 (partly); FR4 call handling reviewed
(agrees); FR6 flood group noted (noted); FR5 surface water separation not taken forward (disagrees); closing
(nothing); FR7 the annual statement never (unanswered).
fpdf2, A4, cleaned Liberation Sans / Serif, fixed creation dates; header and 'Page N of M' stamped from page 2. The
Flood and Water Management Act 2010 is named as context only (what is said of it is paraphrased and not to be relied
on); all bodies, people, places, figures and references invented.
Run:  /tmp/blind144en/bin/python tests/docs/src/blind144/gen_en_flood_investigation_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b144en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind144_en_flood_investigation"
TEAL = (18, 84, 96)
NAVY = (24, 44, 92)
GREY = (85, 85, 85)


class Doc(FPDF):
    def __init__(self, date, size, ink, fam="Sans"):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "F", size, ink
        self.add_font("F", "", H.clean_font(f"Liberation{fam}-Regular.ttf"))
        self.add_font("F", "B", H.clean_font(f"Liberation{fam}-Bold.ttf"))
        self.add_font("F", "I", H.clean_font(f"Liberation{fam}-Italic.ttf"))
        self.set_margins(21, 20, 21)
        self.set_auto_page_break(True, 20)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    @property
    def lh(self):
        return self.size * 0.48

    def meta(self, t, align="L"):
        self.set_font(self.fam, "", 8.6)
        self.set_text_color(*GREY)
        self.multi_cell(self.tw, 4.3, t, align=align)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h1(self, t):
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t, size=11):
        self.ln(0.8)
        if self.get_y() > self.h - 45:
            self.add_page()
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, size * 0.5, t, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, t, style="", indent=0):
        self.set_font(self.fam, style, self.size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.8)

    def coded(self, code, t, w=11):
        self.set_font(self.fam, "B", self.size)
        y = self.get_y()
        self.cell(w, self.lh, code)
        self.set_xy(self.l_margin + w, y)
        self.set_font(self.fam, "", self.size)
        self.multi_cell(self.tw - w, self.lh, t, align="L")
        self.ln(1.2)

    def grid(self, head, rows, widths, size=None):
        size = size or self.size - 0.6
        self.set_font(self.fam, "", size)
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        hs = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.ink)
        with self.table(col_widths=widths, text_align="LEFT", line_height=size * 0.47, headings_style=hs,
                        padding=1.6, width=self.tw) as t:
            r = t.row()
            for c in head:
                r.cell(c)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)


RECS = [
    ("FR1", "Carry out a CCTV survey of the Mill Lane combined sewer and update the hydraulic model of the "
            "Ebbesley catchment, and share the results with the Council.", "By March 2026"),
    ("FR2", "Provide a permanent standby generator at Ebbe Bridge pumping station so that it keeps running "
            "during a loss of mains power.", "By December 2026"),
    ("FR3", "Offer to fit non-return valves, free of charge, to the 14 properties in Mill Lane and Church Street "
            "that were flooded from the sewer.", "Offer by January 2026"),
    ("FR4", "Review how flood reports were handled on 9 June, including the average wait of 41 minutes on the "
            "emergency line, and publish what has been changed.", "By March 2026"),
    ("FR5", "Remove the roof and road drainage of the Orchard Rise estate from the combined sewer, working with "
            "the Council, within the 2025-2030 investment period.", "By March 2030"),
    ("FR6", "Take part in a multi-agency Ebbesley flood group, meeting at least twice a year with the parish "
            "council and residents.", "From spring 2026"),
    ("FR7", "Publish each year a statement of sewer flooding risk in Ebbesley, giving the number of properties "
            "on the at-risk register and the work planned.", "Annually from 2026"),
]


def advice():
    d = Doc(dt.datetime(2025, 9, 24, 9, 0, tzinfo=dt.timezone.utc), 9.6, TEAL)
    d.meta("WREXCOMBE COUNTY COUNCIL | Lead Local Flood Authority | Flood and Water Management Team")
    d.h1("Section 19 Flood Investigation Report\nEbbesley St Mary: flooding of 9 June 2025")
    d.meta("Report reference WCC/FIR/2025/04 | Version 1.0, published 24 September 2025 | Author: Imogen "
           "Castellanos-Reid, Senior Flood Risk Officer | Approved by: Desmond Achterberg, Head of Flood Risk and "
           "Drainage")
    d.h2("1. Introduction and legal context")
    d.para("Section 19 of the Flood and Water Management Act 2010 says, in summary, that a lead local flood "
           "authority must investigate a flood in its area, to the extent that it considers it necessary or "
           "appropriate, to find out which risk management authorities have relevant functions and whether they "
           "have exercised them. It must publish the results and notify those authorities. The Council's local "
           "threshold for an investigation is five or more properties flooded internally from one source. This "
           "report does not decide liability and is not an engineering design.")
    d.h2("2. The event")
    d.para("On the afternoon of Monday 9 June 2025 a slow-moving thunderstorm stood over the upper Ebbe valley. "
           "The Council's rain gauge at Ebbesley School recorded 48 mm in 70 minutes, an event with an estimated "
           "annual chance of about 1 in 60. Thirty-one homes and six businesses flooded internally, most of them "
           "in Mill Lane and the lower end of Church Street. Fourteen properties were flooded by water mixed with "
           "sewage. The village hall was used as a rest centre until 11 pm.")
    d.h2("3. Findings")
    d.para("The investigation drew on 112 residents' questionnaires, a public drop-in on 2 July, and information "
           "from Lonsbrook Water Services Ltd, the Environment Agency and the Council's highways service.")
    for code, t in [
        ("F1", "The Mill Lane combined sewer surcharged within about 20 minutes of the start of the storm and "
               "remained surcharged for over three hours."),
        ("F2", "Ebbe Bridge pumping station tripped out at 15:52 when the local electricity supply failed, and "
               "did not restart until a tanker and a mobile generator arrived at 19:30."),
        ("F3", "Highway gullies in Church Street were about half full of silt; the last recorded cleanse was in "
               "March 2024."),
        ("F4", "The Ebbe Brook culvert under Church Street was partly blocked by garden waste, which raised "
               "water levels upstream but was not the main cause of the internal flooding."),
        ("F5", "Residents who rang the water company's emergency line waited on average 41 minutes, and many "
               "gave up."),
        ("F6", "None of the fourteen properties flooded from the sewer had a working non-return valve."),
    ]:
        d.coded(code, t)
    d.h2("4. Earlier studies")
    d.para("The Ebbesley Surface Water Management Plan of 2014 set out two actions, neither of which has been "
           "completed: \"The sewerage undertaker should assess the capacity of the Mill Lane sewer in the light "
           "of the Orchard Rise development\" and \"Riparian owners must keep the Ebbe Brook culvert inlet clear "
           "of obstructions\". We repeat them here for the record.")
    d.h2("5. Options considered")
    d.para("A flood wall along the Ebbe Brook in Church Street was suggested at the drop-in. Because the brook "
           "was not the main source of flooding, the Council does not recommend a flood wall, which would cost "
           "over 900,000 pounds and could make surface water ponding in Church Street worse.")
    d.para("The Council, as highway authority and lead local flood authority, has already agreed its own actions "
           "(these are not recommendations to other bodies):")
    for code, t in [
        ("A1", "The Council will cleanse the gullies in Church Street and Mill Lane twice a year from October "
               "2025."),
        ("A2", "The Council will write to riparian owners about the culvert inlet and carry out an inspection "
               "after each named storm."),
        ("A3", "The Council will seek Flood Defence Grant in Aid for a property flood resilience scheme."),
    ]:
        d.coded(code, t)
    d.h2("6. Recommendations to Lonsbrook Water Services Ltd")
    d.para("The Council makes the following recommendations to Lonsbrook Water as the sewerage undertaker for "
           "Ebbesley, and asks for a written response within three months.")
    d.grid(("Ref.", "Recommendation", "Timescale"), RECS, (14, 124, 30))
    d.h2("7. Next steps")
    d.para("This report has been sent to Lonsbrook Water, the Environment Agency, Ebbesley St Mary Parish "
           "Council and the ward member. Progress on the recommendations and on actions A1 to A3 will be "
           "reported to the Council's Flood Risk Scrutiny Panel in April 2026.")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 12, 12, 9, 0, tzinfo=dt.timezone.utc), 9.9, NAVY, fam="Serif")
    d.meta("Lonsbrook Water Services Ltd | Wastewater Services | Kingsmead Court, Hayle Road, Wrexbury WX4 8RP",
           align="R")
    d.meta("Desmond Achterberg\nHead of Flood Risk and Drainage\nWrexcombe County Council\nCounty Hall, Wrexbury "
           "WX1 1AA\n\n12 December 2025\nYour ref.: WCC/FIR/2025/04   Our ref.: LW/WW/EBB/0925")
    d.h1("Ebbesley St Mary flood investigation report: our response")
    d.para("Dear Mr Achterberg,")
    d.para("Thank you for sending us the Council's report on the flooding of 9 June. Before turning to the "
           "recommendations, I want to repeat our apology to the people of Ebbesley whose homes were flooded, "
           "and in particular to those whose homes were flooded with sewage. Our teams have now visited every "
           "affected household at least once.")
    d.para("**Non-return valves (FR3).** We accept this recommendation in full. Letters offering a free survey "
           "and fitting of a non-return valve went to all fourteen households on 28 November, and eight have "
           "already booked an appointment.")
    d.para("**Mill Lane sewer and Ebbe Bridge pumping station (FR1 and FR2).** The CCTV survey of the Mill Lane "
           "sewer was completed on 6 November and the updated catchment model will be shared with your team in "
           "February 2026, a month ahead of your timescale. On the pumping station, we agree that a permanent "
           "generator is needed, but it cannot be delivered by December 2026: the scheme has been included in "
           "our 2027-28 capital programme. Until then, a mobile generator will be kept at our Hayle Road depot "
           "with a guaranteed arrival time of 90 minutes, and a quick-connect point was fitted in October.")
    d.para("**Handling of flood calls (FR4).** We have reviewed what happened on our phone lines that afternoon. "
           "Since September, storm warnings trigger extra call handlers automatically, and customers can report "
           "flooding through a web form that bypasses the queue. A summary of the review and the changes will "
           "be published on our website in January.")
    d.para("**Ebbesley flood group (FR6).** We have noted the proposal for a multi-agency flood group. Our "
           "catchment manager will speak to the parish clerk about how we might contribute, but we are not yet "
           "in a position to commit to regular meetings.")
    d.para("**Orchard Rise surface water (FR5).** We do not intend to take forward the separation of the "
           "Orchard Rise drainage in the current period. The work was not included in our business plan for "
           "2025-2030, and our appraisal in October put its cost at 2.3 million pounds for a modest reduction "
           "in flood risk. We will look at it again when the catchment model has been updated.")
    d.para("I hope this is helpful. Our Head of Flood Resilience, Callum Nwachukwu-Hale, is happy to attend "
           "your Flood Risk Scrutiny Panel in April if that would be useful to members.")
    d.para("Yours sincerely,\n\nRosalind Tregarthen\nDirector of Wastewater Services")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wrexcombe County Council - Section 19 Flood Investigation - "
            "WCC/FIR/2025/04", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Lonsbrook Water - Response to WCC/FIR/2025/04",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "FR1", "starts_with": "Carry out a CCTV survey of the Mill Lane combined sewer",
         "reply_contains": "the updated catchment model will be shared with your team",
         "verdict": "agrees"},
        {"number": "FR2", "starts_with": "Provide a permanent standby generator at Ebbe Bridge pumping station",
         "reply_contains": "the scheme has been included in our 2027-28 capital programme",
         "verdict": "partly"},
        {"number": "FR3", "starts_with": "Offer to fit non-return valves, free of charge, to the 14 properties",
         "reply_contains": "Letters offering a free survey and fitting of a non-return valve",
         "verdict": "agrees"},
        {"number": "FR4", "starts_with": "Review how flood reports were handled on 9 June",
         "reply_contains": "storm warnings trigger extra call handlers automatically",
         "verdict": "agrees"},
        {"number": "FR5", "starts_with": "Remove the roof and road drainage of the Orchard Rise estate",
         "reply_contains": "We do not intend to take forward the separation",
         "verdict": "disagrees"},
        {"number": "FR6", "starts_with": "Take part in a multi-agency Ebbesley flood group, meeting at least",
         "reply_contains": "We have noted the proposal for a multi-agency flood group",
         "verdict": "noted"},
        {"number": "FR7", "starts_with": "Publish each year a statement of sewer flooding risk in Ebbesley",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Our teams have now visited every affected household at least once",
                 "is happy to attend your Flood Risk Scrutiny Panel in April"]
    notes = ("Advice: a county council's (lead local flood authority) SECTION 19 FLOOD INVESTIGATION REPORT on a "
             "summer storm in a village. Seven recommendations to the water company CODED FR1-FR7 in a TABLE "
             "'Ref. | Recommendation | Timescale', in the imperative. Traps: findings CODED F1-F6 on the same "
             "themes; the Council's own actions CODED A1-A3 ('The Council will ...', expressly not "
             "recommendations); the 2014 Surface Water Management Plan quoted ('The sewerage undertaker should "
             "assess ...', 'Riparian owners must keep ...'); the Act paraphrased ('must investigate', 'must "
             "publish'); 'the Council does not recommend a flood wall'. Response: the Director of Wastewater "
             "Services' LETTER with BOLD INLINE LABELS naming a theme and the code, in another order: "
             "introduction and apology (nothing); FR3 accepted in full (agrees); 'FR1 and FR2' in ONE paragraph: "
             "CCTV survey done and model shared (FR1 agrees), permanent generator agreed but only in the 2027-28 "
             "programme, mobile generator meanwhile (FR2 partly); FR4 reviewed, changes to be published (agrees); "
             "FR6 'We have noted the proposal', no commitment (noted); FR5 'We do not intend to take forward' "
             "(disagrees); closing (nothing); FR7, the annual risk statement, never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

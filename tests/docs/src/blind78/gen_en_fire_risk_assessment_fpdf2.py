"""Round 78 (EN): a FIRE RISK ASSESSMENT of the common parts of a block of flats (genre: the Type 1 fire risk
assessment an external assessor writes for the 'responsible person' under the Regulatory Reform (Fire Safety) Order
2005: premises details grid, evacuation strategy, the previous assessment's actions in a status table, a checklist
of questions answered Yes / No / N/A with comments, a risk rating matrix, then 'Significant findings and action
plan', a ruled table whose rows 1-7 each hold a finding, the ACTION REQUIRED, a priority and a timescale) answered by
the LANDLORD'S LETTER TO RESIDENTS (a housing association's 'fire safety update' to the residents of the block:
friendly headings by subject, in another order, no action numbers, one section on two actions, news that answers
nothing).
Advice: Kestrel Fire Safety Consultants (invented), 'Fire Risk Assessment (Type 1): Alder Court, 1-48', 3 p.
Response: Northgate Homes (invented), 'Fire safety at Alder Court: an update for residents', 2 p.; order 3, 1, 2
and 6 (one section), 4, 5; 7 is not answered.
fpdf2, A4, cleaned Liberation Sans/Serif, fixed creation date. The Regulatory Reform (Fire Safety) Order 2005, the
Fire Safety (England) Regulations 2022 and BS 8629 are real (what is said of them here is not to be relied on); the
block, the landlord, the assessor, the people and all figures are invented.

Run:  /tmp/blind78en/bin/python tests/docs/src/blind78/gen_en_fire_risk_assessment_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b78en as H
from fpdf import FPDF

NAME = "blind78_en_fire_risk_assessment"
DATE = datetime.datetime(2026, 11, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)
RED = (160, 30, 30)
PURPLE = (70, 40, 110)


class Doc(FPDF):
    def __init__(self, foot, colour):
        super().__init__(format="A4")
        self.foot = foot
        self.colour = colour
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("S", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("R", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_creation_date(DATE)
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, 18)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.replace("{n}", str(self.page_no())), align="C")
        self.set_text_color(0, 0, 0)

    def head(self, t, size=11):
        self.ln(2)
        self.set_font("S", "B", size)
        self.set_fill_color(*self.colour)
        self.set_text_color(255, 255, 255)
        self.cell(0, 6.5, " " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def sub(self, t, size=11):
        self.ln(1.5)
        self.set_font("S", "B", size)
        self.set_text_color(*self.colour)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def p(self, t, font="S", style="", size=9.5, lh=4.8):
        self.set_font(font, style, size)
        self.multi_cell(0, lh, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def grid(self, widths, rows, header=True, size=8.5, aligns=None):
        self.set_font("S", "", size)
        self.set_fill_color(236, 226, 226)
        with self.table(col_widths=widths, line_height=4.4, text_align=aligns or "LEFT",
                        first_row_as_headings=header) as t:
            for row in rows:
                r = t.row()
                for x in row:
                    r.cell(x)
        self.ln(2)


def advice():
    d = Doc("Kestrel Fire Safety Consultants  |  FRA Alder Court 1-48  |  KFS/NH/2026/311  |  Page {n}", RED)
    d.add_page()
    d.set_font("S", "B", 9)
    d.set_text_color(*RED)
    d.cell(0, 5, "KESTREL FIRE SAFETY CONSULTANTS", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1)
    d.set_font("S", "B", 17)
    d.multi_cell(0, 8, "Fire Risk Assessment (Type 1: common parts, non-destructive)\nAlder Court, 1-48",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.grid((45, 125), [("Premises", "Alder Court, 1-48 Beckett Road, Hanwell Green"),
                       ("Responsible person", "Northgate Homes (registered provider)"),
                       ("Building", "Six storeys, purpose-built 1972, concrete frame; top floor 16.4 m above "
                                    "ground; 48 flats, one stair, one lift"),
                       ("Evacuation strategy", "Stay put (each flat a fire compartment)"),
                       ("Assessor", "Ms Fiona Lister, Kestrel Fire Safety Consultants"),
                       ("Date of assessment", "4 November 2026"),
                       ("Review date", "November 2027, or sooner after any significant change")], header=False)
    d.head("1. Scope and legal framework")
    d.p("Article 9 of the Regulatory Reform (Fire Safety) Order 2005 requires the responsible person to make a "
        "suitable and sufficient assessment of the risks, and Article 11 requires the preventive and protective "
        "measures to be recorded. Under the Fire Safety (England) Regulations 2022 the responsible person for a "
        "building of this height must give residents fire safety instructions and information on fire doors. "
        "These duties apply whatever this assessment says and are not repeated in the action plan.")
    d.p("This is a Type 1 assessment of the common parts. No flats were entered and no construction was opened "
        "up. The external walls were viewed from ground level only.")
    d.head("2. Actions from the previous assessment (November 2025)")
    d.grid((16, 120, 34), [("No.", "Action recorded in 2025", "Status"),
                           ("1", "Fire stopping above the entrance door of flat 12 should be reinstated.",
                            "Complete"),
                           ("2", "The emergency lighting should be tested monthly and the tests recorded.",
                            "Complete"),
                           ("3", "Refuse should not be left in the bin store outside the collection day.",
                            "Ongoing")], aligns=("CENTER", "LEFT", "LEFT"))
    d.head("3. Fire safety checklist (extract)")
    d.grid((92, 16, 62), [("Question", "Answer", "Comment"),
                          ("Are the flat entrance doors self-closing and in good condition?", "No",
                           "Three doors fail; see action 1"),
                          ("Is compartmentation maintained in risers and service ducts?", "No",
                           "Gaps on floors 2 to 5; see action 2"),
                          ("Are the escape routes kept clear of stored items and ignition sources?", "No",
                           "Mobility scooters in the lobby; see action 3"),
                          ("Is there a fire detection and alarm system in the common parts?", "N/A",
                           "Not expected for stay put; smoke vents are automatic"),
                          ("Is the emergency lighting adequate?", "Yes", "Tested monthly"),
                          ("Is fire safety information given to residents?", "Yes",
                           "Leaflet issued May 2026")], aligns=("LEFT", "CENTER", "LEFT"))
    d.p("The leaflet issued in May tells residents that they should keep their flat entrance door closed, should "
        "not wedge it open and should not store anything on the landings. That advice is sound and is repeated "
        "here for completeness.")
    d.head("4. Risk rating")
    d.p("Likelihood of fire: **Normal**. Potential consequences: **Moderate harm**. Overall risk: **Moderate**. "
        "A moderate risk is not acceptable indefinitely; the actions below should reduce it to Tolerable. The "
        "flat entrance doors are the most serious finding, since a failed door defeats the stay put strategy on "
        "which every resident relies.")
    d.head("5. Significant findings and action plan")
    d.p("Priorities: **High**, within 3 months; **Medium**, within 6 months; **Low**, within 12 months.", size=8.5)
    d.grid((9, 52, 79, 15, 15), [
        ("No.", "Finding", "Action required", "Priority", "By"),
        ("1", "Entrance doors to flats 7, 19 and 33 are not self-closing; the door to flat 19 has a 9 mm gap at "
              "the head.", "Replace the entrance doors to flats 7, 19 and 33 with certified FD30S doorsets "
              "fitted with self-closing devices.", "High", "Feb 2027"),
        ("2", "Service penetrations through the floors of the riser cupboards on floors 2 to 5 are not "
              "fire-stopped.", "Reinstate fire stopping around all service penetrations in the riser cupboards "
              "using a third-party certificated installer.", "High", "Feb 2027"),
        ("3", "Four mobility scooters are stored and charged in the ground floor lobby, on the escape route.",
              "Remove the mobility scooters from the lobby and provide a separate charging store outside the "
              "building.", "High", "Feb 2027"),
        ("4", "Residents who cannot use the stair unaided depend on the stay put strategy and the fire and "
              "rescue service.", "Install an evacuation alert system in accordance with BS 8629 so that the fire "
              "and rescue service can alert residents to evacuate.", "Medium", "May 2027"),
        ("5", "The fire and rescue service has no floor plans or information on the building on site.",
              "Provide a secure premises information box in the entrance lobby holding floor plans and the "
              "contact details of the responsible person.", "Medium", "May 2027"),
        ("6", "The external wall has a render system added in 2009 whose composition is not recorded.",
              "Commission an intrusive survey of the external wall by a competent facade engineer to establish "
              "the materials used.", "Medium", "May 2027"),
        ("7", "The caretaker could not describe the actions to take on discovering a fire.",
              "Give fire safety training to the caretaking staff, covering the stay put strategy and the actions "
              "on discovering a fire.", "Low", "Nov 2027"),
    ], aligns=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER"), size=8)
    d.p("The smoke ventilation system was tested during the visit and operated correctly. No action is required "
        "on it, but it must continue to be serviced under the existing contract.")
    d.p("Assessor: Fiona Lister, Kestrel Fire Safety Consultants, 11 November 2026", style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Northgate Homes  |  Alder Court residents' update  |  December 2026  |  {n}", PURPLE)
    d.add_page()
    d.set_font("S", "B", 20)
    d.set_text_color(*PURPLE)
    d.cell(0, 9, "Northgate Homes", new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 9)
    d.cell(0, 5, "Building Safety Team  |  2 Wharf Street, Hanwell Green HG1 4PL  |  0300 000 4411",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.p("To all residents of Alder Court, 1-48 Beckett Road", size=10.5)
    d.p("14 December 2026", size=10.5)
    d.set_font("S", "B", 14)
    d.multi_cell(0, 7, "Fire safety at Alder Court: an update for residents", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    sz = 10.5
    d.sub("Why we are writing")
    d.p("Every year an independent assessor checks the shared parts of your building for fire safety. The latest "
        "check took place on 4 November. Your home is safe to live in, and we want you to know what we are doing "
        "as a result and what it means for you.", size=sz, lh=5.4)
    d.sub("Mobility scooters")
    d.p("The scooters have now been moved out of the ground floor lobby, and we have written to each owner. We have "
        "looked at building a separate store for charging outside, but there is no space on the site that we own, "
        "so for now scooters must be kept and charged inside the owner's own flat, using the charger supplied with "
        "the scooter.", size=sz, lh=5.4)
    d.sub("Front doors")
    d.p("New fire-rated front doors will be fitted to three flats in January. If yours is one of them we have "
        "already been in touch to agree a date. All other front doors passed the check.", size=sz, lh=5.4)
    d.sub("Walls, floors and cupboards")
    d.p("Contractors certified for fire stopping will seal the gaps around pipes and cables in the riser cupboards "
        "on floors 2 to 5 during January and February. The assessor also suggested a survey of the render on the "
        "outside walls; we have added Alder Court to our building safety programme, which surveys blocks in order "
        "of height, and will let you know when a date is set.", size=sz, lh=5.4)
    d.sub("Stay put")
    d.p("The advice for Alder Court remains to stay put unless the fire is in your flat or you are told to leave. "
        "We have decided not to fit an evacuation alert system: it is not required for a building of this height, "
        "and the fire and rescue service agrees that stay put remains right for Alder Court. If you would need help "
        "to leave in an emergency, please tell us so that we can make a personal plan with you.", size=sz, lh=5.4)
    d.sub("Information for firefighters")
    d.p("A locked information box for the fire and rescue service has been fitted inside the main entrance. It "
        "holds plans of every floor and our out-of-hours contact numbers.", size=sz, lh=5.4)
    d.sub("Other news: the lift")
    d.p("The lift will be refurbished from 8 March for about six weeks. During this time a porter will help with "
        "shopping and heavy items between 9 am and 5 pm on weekdays.", size=sz, lh=5.4)
    d.sub("Contact us")
    d.p("If you have any questions about this letter, or would like it in large print or another language, call "
        "the Building Safety Team on 0300 000 4411 or speak to us at the residents' drop-in on 20 January.",
        size=sz, lh=5.4)
    d.p("Sam Whitlock, Building Safety Manager, Northgate Homes", size=sz, style="I")
    d.output(H.out(NAME + "_response.pdf"))


RECS = [
    (1, "Replace the entrance doors to flats 7, 19 and 33 with",
     "New fire-rated front doors will be fitted to three flats", "agrees"),
    (2, "Reinstate fire stopping around all service penetrations in the riser cupboards",
     "Contractors certified for fire stopping will seal the gaps", "agrees"),
    (3, "Remove the mobility scooters from the lobby and provide a separate",
     "there is no space on the site that we own", "partly"),
    (4, "Install an evacuation alert system in accordance with BS 8629 so",
     "We have decided not to fit an evacuation alert system", "disagrees"),
    (5, "Provide a secure premises information box in the entrance lobby holding",
     "A locked information box for the fire and rescue service", "agrees"),
    (6, "Commission an intrusive survey of the external wall by a competent",
     "we have added Alder Court to our building safety programme", "noted"),
    (7, "Give fire safety training to the caretaking staff, covering the stay", None, "unanswered"),
]

if __name__ == "__main__":
    advice()
    response()
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["Every year an independent assessor checks the shared parts",
                      "The lift will be refurbished from 8 March",
                      "would like it in large print or another language"],
                     "Advice: a Type 1 fire risk assessment of the common parts of a six-storey block of flats "
                     "(premises grid, sections 1-5 under shaded bars). The seven recommendations are the ACTION "
                     "REQUIRED cells of rows 1-7 of the ruled 'Significant findings and action plan' table "
                     "(columns No. / Finding / Action required / Priority / By), each an imperative ('Replace', "
                     "'Reinstate', 'Remove', 'Install', 'Provide', 'Commission', 'Give'); the number is the row "
                     "number. Traps: Articles 9 and 11 'require' and the 2022 Regulations 'must give' ('not "
                     "repeated in the action plan'); the 2025 actions in a status table ('should be reinstated', "
                     "'should be tested', 'should not be left'); the checklist of questions with Yes / No / N/A "
                     "and 'see action N'; the residents' leaflet paraphrased ('they should keep their flat "
                     "entrance door closed'); the risk rating ('the actions below should reduce it'); the finding "
                     "cells next to each action; the smoke ventilation 'No action is required ... must continue "
                     "to be serviced'. Response: the landlord's update letter to residents, friendly subject "
                     "headings, no numbers or quotations, order 3, 1, 2+6, 4, 5: scooters moved but no outside "
                     "store, 'no space on the site that we own' (3 partly); new front doors for three flats (1 "
                     "agrees); ONE section 'Walls, floors and cupboards' = certified contractors seal the risers "
                     "(2 agrees) + the render survey added to a programme by height, date to follow (6 noted); "
                     "'decided not to fit an evacuation alert system' (4 disagrees); information box fitted (5 "
                     "agrees); 7 (caretaker training) is not answered. Unmatched: 'Why we are writing', 'Other "
                     "news: the lift', 'Contact us'.")
    sys.exit(H.main([NAME]))

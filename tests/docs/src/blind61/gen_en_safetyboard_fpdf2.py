"""Round 61 (EN): a US nuclear-facility SAFETY BOARD RECOMMENDATION to the Secretary of Energy (genre of the
Defense Nuclear Facilities Safety Board's formal recommendations under 42 U.S.C. 2286a(b)(5)) and the
SECRETARY'S RESPONSE letter with an enclosure.
Advice: Nuclear Facilities Safety Board, 'Recommendation 2026-1 to the Secretary of Energy: Fire Protection at the
Westfork Plutonium Processing Facility' - a caption block with the statutory citation and date, run-in bold
sections ('Background.', 'Safety Issue.', 'Recommendations.'), the seven recommendations as imperative items 1.-7.
after 'Therefore, the Board recommends that DOE:', the Chair's signature, then the attached 'Findings, Supporting
Data, and Analysis' with its own numbered list of deficiencies.
Response: the Secretary of Energy's letter to the Board's Chair ('Dear Madam Chair:') accepting the recommendation
in part, and 'Enclosure: Department of Energy Response to Recommendation 2026-1' with subject headings, in another
order, never naming a sub-recommendation's number.
Traps: the statute on the Secretary's duty to respond (45 days, 'accept or reject, in whole or in part'), DOE
Order 420.1C quoted ('shall'), the Board's 2019 letter quoted ('DOE should evaluate'), the staff's numbered
deficiencies 1.-4., 'should have' findings, 'The Board is not recommending'. fpdf2, US Letter, cleaned
Liberation Serif/Sans, fixed creation date. All content is invented (the Board, the Westfork site, its contractor,
field office, people and figures); 42 U.S.C. 2286a and DOE Order 420.1C are real but what is said about them is
not to be relied on.

Run:  /tmp/blind61en/bin/python tests/docs/src/blind61/gen_en_safetyboard_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b61en as H
from fpdf import FPDF

NAME = "blind61_en_safetyboard"
NAVY = (25, 45, 85)

RECS = [
    "Reclassify the Building 21 glovebox fire suppression system as safety class and upgrade its surveillance "
    "requirements in the technical safety requirements accordingly.",
    "Complete the seismic qualification of the fire water supply piping that serves Building 21 before "
    "resuming plutonium metal operations in the building.",
    "Reduce the combustible loading limits in the Building 21 glovebox rooms and verify compliance through "
    "weekly walkdowns by operations staff.",
    "Commission an independent review of the Building 21 fire hazards analysis by qualified fire protection "
    "engineers who are not employed by the contractor.",
    "Provide the Westfork Field Office with at least two additional qualified fire protection engineers to "
    "oversee the contractor's fire protection program.",
    "Establish a compensatory measures program that limits any impairment of a credited fire protection system "
    "to no more than 30 days.",
    "Evaluate whether the weaknesses identified at Building 21 exist in the fire protection programs of other "
    "plutonium facilities in the defense nuclear complex.",
]


class Doc(FPDF):
    def __init__(self, foot):
        super().__init__(format="Letter", unit="mm")
        for fam, base in (("SR", "LiberationSerif"), ("SS", "LiberationSans")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.foot = foot
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2026, 6, 2, 9, 0, tzinfo=timezone.utc))

    def footer(self):
        self.set_y(-15)
        self.set_font("SR", "", 9)
        self.cell(0, 4, self.foot.replace("{n}", str(self.page_no())), align="C")

    def p(self, t, style="", size=11, lh=5.4, align="J", after=2.6, fam="SR", indent=0):
        self.set_font(fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def item(self, n, t, indent=8, size=11):
        self.set_font("SR", "", size)
        y = self.get_y()
        self.set_x(self.l_margin + indent - 7)
        self.cell(7, 5.4, n)
        self.set_xy(self.l_margin + indent, y)
        self.multi_cell(self.epw - indent, 5.4, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2)

    def hd(self, t, size=11.5, after=1.5, center=False):
        self.ln(1.5)
        self.set_font("SS", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="C" if center else "L")
        self.set_text_color(0, 0, 0)
        self.ln(after)


def advice(path):
    d = Doc("{n}")
    d.set_title("Recommendation 2026-1")
    d.set_author("Nuclear Facilities Safety Board")
    d.add_page()
    d.set_font("SS", "B", 10)
    d.set_text_color(*NAVY)
    d.cell(0, 5, "NUCLEAR FACILITIES SAFETY BOARD", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(4)
    d.set_font("SR", "B", 13)
    d.multi_cell(0, 6.5, "RECOMMENDATION 2026-1 TO THE SECRETARY OF ENERGY\nFire Protection at the Westfork "
                 "Plutonium Processing Facility", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SR", "I", 10.5)
    d.multi_cell(0, 5.2, "Pursuant to 42 U.S.C. \u00a7 2286a(b)(5)\nAtomic Energy Act of 1954, as amended\n"
                 "Dated: April 14, 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.p("**Background.** Building 21 at the Westfork Site is the Department of Energy's (DOE) only facility for "
        "the casting and machining of plutonium metal. It contains 214 gloveboxes in 11 process rooms. A fire in "
        "a glovebox line could release radioactive material beyond the building and expose members of the public "
        "to doses above the DOE evaluation guideline. DOE suspended metal operations in Building 21 in November "
        "2025 for planned maintenance and intends to resume them in October 2026.")
    d.p("DOE Order 420.1C, __Facility Safety__, provides that fire protection systems credited in a facility's "
        "safety basis shall be designed, maintained and tested to ensure they perform their safety function. In a "
        "letter of 3 June 2019 the Board advised that DOE should evaluate the reliability of the Building 21 "
        "suppression system; DOE replied that it would do so, but the evaluation has not been completed.")
    d.p("**Safety Issue.** The Board has concluded that the fire protection program at Building 21 does not "
        "provide adequate protection of public health and safety. The glovebox suppression system, which the "
        "safety basis credits to prevent a large fire, is classified as safety significant rather than safety "
        "class; the fire water piping has never been qualified for the design basis earthquake; combustible "
        "material in the process rooms routinely exceeds the limits assumed in the fire hazards analysis; and "
        "impairments of credited systems have lasted as long as 14 months. The Board's staff review is summarized "
        "in the enclosed Findings, Supporting Data, and Analysis.")
    d.p("**Recommendations.** Therefore, the Board recommends that DOE:")
    for i, r in enumerate(RECS):
        d.item("%d." % (i + 1), r)
    d.p("The Board is not recommending that DOE suspend other plutonium operations at the Westfork Site while "
        "these actions are taken.")
    d.p("Under 42 U.S.C. \u00a7 2286d(b), the Secretary of Energy must transmit a response to the Board within 45 "
        "days of the publication of this recommendation in the Federal Register, and may accept or reject the "
        "recommendation in whole or in part. If the Secretary accepts, an implementation plan is due within 90 "
        "days of the acceptance being published.")
    d.ln(3)
    d.set_x(d.l_margin + 95)
    d.multi_cell(70, 5.2, "Joyce L. Harrow, Chair", new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.hd("Findings, Supporting Data, and Analysis", 12.5, center=True)
    d.p("**Fire hazards analysis.** The contractor, Westfork Nuclear Operations, LLC (WNO), last revised the fire "
        "hazards analysis for Building 21 in 2017. The Board's staff visited the site in September and December "
        "2025 and identified the following deficiencies:")
    for n, t in (("1.", "The analysis assumes a combustible loading of 2.5 kilograms per glovebox; walkdowns found "
                        "up to 9 kilograms in 31 gloveboxes."),
                 ("2.", "The analysis does not consider a fire spreading between adjacent glovebox lines through "
                        "the shared ventilation duct."),
                 ("3.", "Seven of the eleven process rooms lack a current pre-fire plan for the site fire "
                        "department."),
                 ("4.", "The analysis was reviewed only by engineers employed by WNO.")):
        d.item(n, t, indent=8, size=10.5)
    d.p("**Suppression system reliability.** The suppression system failed 4 of its 26 annual functional tests "
        "between 2021 and 2025. A safety class designation would require a single-failure-proof design and more "
        "frequent surveillance. WNO engineers told the staff that the system should have been upgraded when the "
        "metal line was extended in 2015.")
    d.p("**Fire water supply.** The water main that supplies the Building 21 sprinklers runs beneath a 1950s "
        "tunnel and has not been seismically analyzed. After an earthquake the sprinklers could be left without "
        "water when a post-seismic fire is most likely.")
    d.p("**Impairments and oversight.** At the time of the staff's December visit, nine credited fire protection "
        "features were impaired, the oldest for 14 months. The Westfork Field Office has one fire protection "
        "engineer for the entire site, compared with three at similar DOE field offices; in the staff's view "
        "federal oversight of the program should have detected the growing backlog.")
    d.p("**Other facilities.** Two other DOE plutonium facilities use gloveboxes of the same design and rely on "
        "similar suppression systems. The staff did not review their fire protection programs.")
    d.output(path)


def response(path):
    d = Doc("{n}")
    d.set_title("Response to Recommendation 2026-1")
    d.set_author("The Secretary of Energy")
    d.add_page()
    d.set_font("SS", "B", 11)
    d.cell(0, 6, "The Secretary of Energy", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "", 9)
    d.cell(0, 5, "Washington, DC 20585", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.p("June 1, 2026", align="L")
    d.p("The Honorable Joyce L. Harrow\nChair\nNuclear Facilities Safety Board\n625 Indiana Avenue NW, Suite 700\n"
        "Washington, DC 20004", align="L")
    d.p("Dear Madam Chair:", align="L")
    d.p("I am responding to the Board's Recommendation 2026-1, __Fire Protection at the Westfork Plutonium "
        "Processing Facility__, which the Board transmitted on April 14, 2026, and which was published in the "
        "Federal Register on April 21, 2026.")
    d.p("The Department of Energy (DOE) accepts the Recommendation in part. DOE shares the Board's view that fire "
        "protection at Building 21 must be strengthened before plutonium metal operations resume, and work "
        "has already begun. The enclosure describes DOE's position on each of the Board's proposals and the "
        "reasons for it.")
    d.p("DOE will transmit an Implementation Plan for the accepted elements to the Board within 90 days of the "
        "publication of this response. The responsible manager is the Manager of the Westfork Field Office.")
    d.p("If you have any questions, please contact Mr. Ramon Ortiz, Deputy Associate Administrator for Safety, "
        "at (202) 586-0147.")
    d.p("Sincerely,\n\nElena Whitcombe", align="L")
    d.p("Enclosure", align="L", size=10)
    d.add_page()
    d.hd("Enclosure: Department of Energy Response to Recommendation 2026-1", 12, center=True)
    d.hd("Independent review of the fire hazards analysis", 11)
    d.p("DOE accepts this element. The Office of Enterprise Assessments will lead an independent review of the "
        "Building 21 fire hazards analysis, with fire protection engineers drawn from two other DOE sites and no "
        "involvement of WNO staff. The review will be completed by August 31, 2026, and its report will be "
        "provided to the Board.")
    d.hd("Classification of the glovebox suppression system and impairments", 11)
    d.p("DOE has reviewed the accident analysis with the Board's staff. The revised analysis shows that, with the "
        "reduced combustible limits described below, a glovebox fire would not challenge the evaluation "
        "guideline. DOE therefore does not agree that the suppression system must be designated safety class; "
        "it will remain safety significant, although its surveillance frequency will be doubled.")
    d.p("DOE agrees that impairments must be time-limited. WNO has revised its fire protection procedure so that "
        "no impairment of a credited feature may last more than 30 days; if a feature cannot be restored in that "
        "time, the operations it protects are stopped. Eight of the nine impairments the Board's staff observed "
        "have been closed.")
    d.hd("Fire water supply", 11)
    d.p("DOE will complete the seismic qualification of the fire water piping by September 2028, with "
        "replacement of the section beneath the tunnel as the first step. DOE does not intend to delay the "
        "restart of metal operations until then: until the work is complete, two seismically anchored "
        "portable pumps and a dedicated water reserve will be available to the site fire department.")
    d.hd("Federal oversight staffing", 11)
    d.p("DOE recognizes the Board's concern about the depth of federal fire protection expertise at the Westfork "
        "Field Office. Staffing levels across the field offices will be considered in the fiscal year 2028 budget "
        "formulation process, in the light of the Office of Enterprise Assessments' review.")
    d.hd("Combustible loading", 11)
    d.p("Since May 18, the combustible loading limit in each glovebox room has been cut by half, and operations "
        "staff walk down every process room once a week and record the results. WNO reports that all gloveboxes "
        "were within the new limits at the last two walkdowns.")
    d.hd("Other actions", 11)
    d.p("In addition, DOE has directed WNO to complete pre-fire plans for all eleven process rooms and to "
        "conduct a joint drill with the site fire department before restart.")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "does not agree that the suppression system must be designated safety class",
         "verdict": "disagrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "does not intend to delay the restart of metal operations", "verdict": "partly"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "the combustible loading limit in each glovebox room has been cut",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "The Office of Enterprise Assessments will lead an independent review",
         "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "will be considered in the fiscal year 2028 budget", "verdict": "noted"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "DOE agrees that impairments must be time-limited", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "I am responding to the Board's Recommendation 2026-1",
        "DOE shares the Board's view that fire protection at Building 21",
        "DOE will transmit an Implementation Plan for the accepted elements",
        "please contact Mr. Ramon Ortiz, Deputy Associate Administrator",
        "DOE has directed WNO to complete pre-fire plans",
    ], "Advice: nuclear safety board recommendation to the Secretary of Energy (DNFSB genre). The seven "
       "recommendations are items 1.-7. with hanging numbers after the run-in bold 'Recommendations.' and 'Therefore, "
       "the Board recommends that DOE:', each an imperative verb phrase ('Reclassify', 'Complete', 'Reduce', "
       "'Commission', 'Provide', 'Establish', 'Evaluate'). Traps: the caption (statute, date), DOE Order 420.1C "
       "('shall be designed'), the Board's 2019 letter ('DOE should evaluate'), the Safety Issue paragraph listing "
       "the problems, 'The Board is not recommending that DOE suspend other plutonium operations', 42 U.S.C. "
       "2286d(b) ('must transmit a response ... may accept or reject'), the attached Findings with its OWN numbered "
       "list 1.-4. of staff-identified deficiencies, 'should have been upgraded' and 'should have detected' "
       "(findings). Response: the Secretary's letter (page 1) accepting 'in part' in general terms (no reply to a "
       "single recommendation), and an enclosure with subject headings, never a number, in the order 4, 1+6, 2, "
       "5, 3: 4 independent review by Enterprise Assessments (agrees); one heading for 1 and 6: 1 'does not agree "
       "that the suppression system must be designated safety class' (disagrees) + 6 'agrees that impairments must "
       "be time-limited' (agrees); 2 qualification by 2028 but 'does not intend to delay the restart' (partly); 5 "
       "'will be considered in the fiscal year 2028 budget formulation process' (noted); 3 limits halved, weekly "
       "walkdowns (agrees); 7 (other plutonium facilities) unanswered. Unmatched: the letter's opening, its general "
       "acceptance paragraph, the Implementation Plan paragraph, the contact line, 'Other actions'.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

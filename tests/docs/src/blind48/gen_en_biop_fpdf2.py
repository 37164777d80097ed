"""Round 48 (EN): a US Fish and Wildlife Service-style Biological Opinion under section 7 of the Endangered Species
Act (excerpt) on an invented bridge replacement funded by the Federal Highway Administration: Department of the
Interior letterhead, 'In Reply Refer To' code, transmittal letter, consultation history (an earlier technical-assistance
recommendation quoted), description of the action with the agency's own conservation measures CM-1 to CM-4, effects
with a table of estimated take, the no-jeopardy conclusion, the Incidental Take Statement with Reasonable and Prudent
Measures and mandatory Terms and Conditions ('must'), then section 8 'Conservation Recommendations' - seven numbered
discretionary recommendations in mixed forms ('The FHWA should ...', 'We recommend that ...') - and the reinitiation
notice; answered by the FHWA Division Administrator's letter on the conservation recommendations (another order, one
paragraph covering two recommendations with different answers, one recommendation missing, a paragraph accepting the
Incidental Take Statement and a contact paragraph answering nothing). fpdf2, US Letter, cleaned Liberation fonts,
running header and 'Page N of {nb}'. All content (field office, division, project, creek, people, figures) is
invented; the Endangered Species Act and 50 CFR 402 are real, but what is said about them is not to be relied on.

Run:  /tmp/blind48en/bin/python tests/docs/src/blind48/gen_en_biop_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b48en as H
from fpdf import FPDF

NAME = "blind48_en_biop"

CR = {"1": "The FHWA should work with the Tamarack Department of Transportation to replace the undersized culvert "
           "on Hollis Gulch at milepost 41.7 of State Route 28 with a structure that passes all life stages of bull "
           "trout.",
      "2": "We recommend that the FHWA and TDOT plant native riparian shrubs along at least 600 feet of the Sullivan "
           "Creek banks disturbed by the temporary detour, beyond the area required by Term and Condition 2.1.",
      "3": "The FHWA should fund a two-year environmental DNA (eDNA) survey of bull trout presence upstream of the new "
           "bridge and share the results with the Service and the State wildlife agency.",
      "4": "We recommend that future bridges over streams designated as bull trout critical habitat in the State be "
           "designed with spans of at least 1.2 times the bankfull width, as the Sullivan Creek bridge is.",
      "5": "The FHWA should encourage TDOT to include a statewide in-water work window for bull trout streams in its "
           "Standard Specifications for Road and Bridge Construction.",
      "6": "We recommend that runoff from the new bridge deck be treated in vegetated swales on both approaches "
           "rather than discharged through deck drains directly to Sullivan Creek.",
      "7": "The FHWA should share fish salvage and monitoring data from the project with the Upper Tamarack Bull "
           "Trout Working Group for inclusion in its regional database."}


class Doc(FPDF):
    def __init__(self, head, serif=False):
        super().__init__(orientation="P", format="letter")
        self.head = head
        for fam, base in (("LS", "LiberationSans"), ("LR", "LiberationSerif")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.fam = "LR" if serif else "LS"
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1 or not self.head:
            return
        self.set_font("LR", "", 9)
        self.set_text_color(60, 60, 60)
        for line in self.head:
            self.cell(0, 4.2, line, new_x="LMARGIN", new_y="NEXT")
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("LR", "", 9)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")

    def p(self, t, size=11, style="", h=5.4, markdown=False, after=2.4):
        self.set_font(self.fam, style, size)
        self.multi_cell(0, h, t, markdown=markdown)
        self.ln(after)

    def hd(self, t, size=11):
        self.ln(1.5)
        self.set_font(self.fam, "B", size)
        self.multi_cell(0, 5.6, t)
        self.ln(1.5)

    def item(self, n, t, ind=9, size=11):
        self.set_font(self.fam, "", size)
        y = self.get_y()
        self.cell(ind, 5.4, n)
        self.set_xy(self.l_margin + ind, y)
        self.multi_cell(self.w - self.l_margin - self.r_margin - ind, 5.4, t)
        self.ln(1.8)


def letterhead(pdf, office_lines, right):
    pdf.set_font("LR", "B", 13)
    pdf.cell(0, 6, "United States Department of the Interior" if right else "", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LR", "B", 10)
    for i, l in enumerate(office_lines):
        pdf.set_font("LR", "B" if i == 0 else "", 10)
        pdf.cell(0, 4.6, l, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)


def advice(path):
    pdf = Doc(["Federal Highway Administration", "Biological Opinion 2026-0031874-S7-F", "Sullivan Creek Bridge "
               "Replacement"], serif=True)
    pdf.add_page()
    letterhead(pdf, ["FISH AND WILDLIFE SERVICE", "Upper Tamarack Ecological Services Field Office",
                     "1820 Riverside Parkway, Suite 300", "Kellerton, TM 59844"], True)
    pdf.set_font("LR", "", 11)
    pdf.multi_cell(0, 5.2, "In Reply Refer To:\n2026-0031874-S7-F")
    pdf.ln(3)
    pdf.multi_cell(0, 5.2, "April 17, 2026")
    pdf.ln(3)
    pdf.multi_cell(0, 5.2, "Mr. Daniel R. Osterhout\nDivision Administrator\nFederal Highway Administration, "
                           "Tamarack Division\n585 Capitol Way, Room 210\nHallam, TM 59601")
    pdf.ln(3)
    pdf.p("Subject: Biological Opinion for the State Route 28 Sullivan Creek Bridge Replacement Project, Bren "
          "County, Tamarack (Federal-aid Project NH 28-4(117))", style="B")
    pdf.p("Dear Mr. Osterhout:")
    pdf.p("This document transmits the U.S. Fish and Wildlife Service's (Service) biological opinion based on our "
          "review of the proposed replacement of the State Route 28 bridge over Sullivan Creek and its effects on "
          "the bull trout (Salvelinus confluentus) and its designated critical habitat, in accordance with section 7 "
          "of the Endangered Species Act of 1973, as amended (16 U.S.C. 1531 et seq.) (Act). Your request for formal "
          "consultation was received on December 2, 2025.")
    pdf.p("This biological opinion is based on the biological assessment of November 2025, the Tamarack Department "
          "of Transportation's (TDOT) hydraulic report, meetings at the site on January 14 and February 25, 2026, "
          "and other sources of information. A complete record of this consultation is on file at this office. "
          "The excerpt below contains sections 1 to 9 of the opinion; the status of the species and environmental "
          "baseline appendices are omitted.")
    pdf.hd("1. CONSULTATION HISTORY")
    pdf.p("In a technical assistance letter of June 3, 2024, the Service recommended that the replacement bridge "
          "span the full bankfull channel and that the existing mid-channel pier be removed. The design presented "
          "in the biological assessment does both, and that earlier recommendation has been addressed. The FHWA "
          "requested formal consultation because the removal of the old pier requires a temporary cofferdam and "
          "fish salvage in occupied habitat.")
    pdf.hd("2. DESCRIPTION OF THE PROPOSED ACTION")
    pdf.p("The FHWA proposes to fund TDOT's replacement of the 1958 two-span concrete bridge with a single-span "
          "prestressed girder bridge 142 feet long. Traffic will use a temporary detour bridge downstream for two "
          "construction seasons. The FHWA and TDOT have included the following conservation measures in the "
          "proposed action:")
    for n, t in (("CM-1", "In-water work will take place only between July 15 and August 31."),
                 ("CM-2", "Fish will be salvaged from the cofferdam by a qualified biologist before dewatering."),
                 ("CM-3", "The contractor shall prepare a spill prevention and containment plan before mobilizing."),
                 ("CM-4", "Disturbed areas within the right-of-way will be seeded with a native seed mix.")):
        pdf.item(n, t, ind=14)
    pdf.hd("3. EFFECTS OF THE ACTION")
    pdf.p("Bull trout are present in Sullivan Creek throughout the year; subadults use the project reach for "
          "foraging and adults migrate through it to spawning areas upstream between late August and October. "
          "Sediment released during cofferdam installation and removal, and fish salvage, are likely to harm or "
          "harass bull trout. Table 1 sets out the Service's estimate of the take that will result.")
    pdf.set_font("LR", "B", 10)
    pdf.cell(0, 5.5, "Table 1. Estimated incidental take of bull trout, by activity", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LR", "", 10)
    with pdf.table(col_widths=(70, 30, 30, 36), text_align=("LEFT", "RIGHT", "RIGHT", "LEFT"), line_height=5.2) as t:
        for row in (("Activity", "Harassed", "Injured or killed", "Form of take"),
                    ("Cofferdam installation and removal", "up to 40", "2", "Turbidity, displacement"),
                    ("Fish salvage and relocation", "up to 25", "3", "Capture, handling"),
                    ("Pier demolition", "up to 10", "0", "Noise, turbidity"),
                    ("Total", "up to 75", "5", "")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf.hd("4. CONCLUSION")
    pdf.p("After reviewing the current status of the bull trout, the environmental baseline for the action area, "
          "the effects of the proposed action and the cumulative effects, it is the Service's biological opinion "
          "that the Sullivan Creek Bridge Replacement Project, as proposed, is not likely to jeopardize the "
          "continued existence of the bull trout, and is not likely to destroy or adversely modify designated "
          "critical habitat. The new single span will improve passage in the long term.")
    pdf.hd("5. INCIDENTAL TAKE STATEMENT")
    pdf.p("Section 9 of the Act and Federal regulations prohibit the take of endangered and threatened species "
          "without special exemption. The measures described below are non-discretionary, and must be undertaken "
          "by the FHWA so that they become binding conditions of any contract issued to TDOT or its contractor, "
          "for the exemption in section 7(o)(2) to apply. The amount of take anticipated is shown in Table 1; if "
          "more than five bull trout are injured or killed, the level of take will have been exceeded.")
    pdf.hd("5.1 Reasonable and Prudent Measures", size=10.5)
    pdf.item("1.", "Minimize the harm to bull trout from in-water work and fish salvage.")
    pdf.item("2.", "Minimize the effects of construction on riparian vegetation and water quality.")
    pdf.hd("5.2 Terms and Conditions", size=10.5)
    pdf.p("To be exempt from the prohibitions of section 9 of the Act, the FHWA must comply with the following terms "
          "and conditions, which implement the reasonable and prudent measures described above:")
    pdf.item("1.1", "Fish salvage must be completed within 48 hours before dewatering, and water temperature must be "
                    "below 15 degrees Celsius during salvage.", ind=12)
    pdf.item("1.2", "The FHWA must report the number of bull trout captured, injured and killed to this office "
                    "within 30 days of the end of each construction season.", ind=12)
    pdf.item("2.1", "All riparian vegetation removed within 50 feet of the ordinary high water mark must be replanted "
                    "with native species at a 2:1 ratio, within the right-of-way.", ind=12)
    pdf.hd("6. CONSERVATION RECOMMENDATIONS")
    pdf.p("Section 7(a)(1) of the Act directs Federal agencies to use their authorities to further the purposes of "
          "the Act by carrying out conservation programs for the benefit of listed species. Conservation "
          "recommendations are discretionary agency activities to minimize or avoid adverse effects of a proposed "
          "action on listed species or critical habitat, to help implement recovery plans, or to develop "
          "information. The Service offers the following conservation recommendations:")
    for k in "1234567":
        pdf.item(k + ".", CR[k])
    pdf.p("In order for the Service to be kept informed of actions minimizing or avoiding adverse effects or "
          "benefiting listed species or their habitats, the Service requests notification of the implementation "
          "of any conservation recommendations.")
    pdf.hd("7. REINITIATION NOTICE")
    pdf.p("This concludes formal consultation on the action outlined in the request. As provided in 50 CFR 402.16, "
          "reinitiation of formal consultation is required where discretionary Federal agency involvement or "
          "control over the action has been retained and if: (1) the amount or extent of incidental take is "
          "exceeded; (2) new information reveals effects of the action that may affect listed species or critical "
          "habitat in a manner or to an extent not considered in this opinion; (3) the action is subsequently "
          "modified in a manner that causes an effect not considered in this opinion; or (4) a new species is "
          "listed or critical habitat designated that may be affected by the action.")
    pdf.p("If you have any questions about this biological opinion, please contact Karen Whitlow, Fish and Wildlife "
          "Biologist, at (406) 555-0148.")
    pdf.p("Sincerely,\n\nMargaret L. Fenn\nField Supervisor")
    pdf.p("cc: TDOT Environmental Services Bureau, Hallam (R. Dumont)\nTamarack Fish, Wildlife and Parks, Region 2 "
          "(J. Asher)", size=9.5, h=4.6)
    pdf.output(path)


def response(path):
    pdf = Doc(["Ms. Margaret L. Fenn", "2026-0031874-S7-F", "June 4, 2026"], serif=True)
    pdf.add_page()
    pdf.set_font("LS", "B", 15)
    pdf.set_text_color(0, 56, 101)
    pdf.cell(0, 7, "U.S. Department of Transportation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("LS", "", 11)
    pdf.cell(0, 5.5, "Federal Highway Administration", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 9)
    pdf.cell(0, 4.4, "Tamarack Division | 585 Capitol Way, Room 210 | Hallam, TM 59601 | (406) 555-0190",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("LR", "", 11)
    pdf.multi_cell(0, 5.2, "June 4, 2026\n\nIn Reply Refer To:\nHEO-TM\n\nMs. Margaret L. Fenn\nField Supervisor\n"
                           "U.S. Fish and Wildlife Service\nUpper Tamarack Ecological Services Field Office\n1820 "
                           "Riverside Parkway, Suite 300\nKellerton, TM 59844")
    pdf.ln(3)
    pdf.p("Subject: Response to Conservation Recommendations, Biological Opinion 2026-0031874-S7-F, State Route 28 "
          "Sullivan Creek Bridge Replacement (NH 28-4(117))", style="B")
    pdf.p("Dear Ms. Fenn:")
    pdf.p("Thank you for your letter of April 17, 2026, transmitting the Service's biological opinion on the "
          "above project. The FHWA accepts the Incidental Take Statement, and TDOT has confirmed that the Terms and "
          "Conditions will be written into the special provisions of the construction contract, which is "
          "scheduled for letting in September 2026. As the opinion requests, this letter sets out how the FHWA "
          "and TDOT intend to respond to the conservation recommendations in section 6.")
    pdf.p("Hollis Gulch culvert (Conservation Recommendation 1). We are pleased to tell you that this work is "
          "already under way. The Hollis Gulch crossing was added to the Statewide Transportation Improvement "
          "Program in February 2026 as a stand-alone fish passage project, with construction planned for 2028, "
          "and TDOT will contact your office about consultation once the preliminary design is complete.")
    pdf.p("Bridge deck runoff and riparian planting (Conservation Recommendations 6 and 2). The final design now "
          "collects deck runoff in bioretention swales at both bridge ends, and the deck drains shown in the "
          "biological assessment have been deleted. Riparian planting is more constrained. TDOT will plant "
          "native shrubs along approximately 300 feet of bank inside the right-of-way in addition to the planting "
          "required by Term and Condition 2.1, but the remaining length is on private land where we have no "
          "easement, and we are therefore unable to commit to the full 600 feet.")
    pdf.p("Span length of future bridges (Conservation Recommendation 4). The Division Bridge Engineer has agreed "
          "to adopt a span of at least 1.2 times bankfull width as the starting design criterion for bridges over "
          "designated bull trout critical habitat on Federal-aid routes, with any exception to be discussed with "
          "your office during early coordination.")
    pdf.p("In-water work window (Conservation Recommendation 5). The Standard Specifications are maintained by "
          "TDOT rather than by the FHWA. We have passed your recommendation to TDOT's Construction and Materials "
          "Bureau, which is revising the Specifications for the 2027 edition, and would suggest that your office "
          "contact the Bureau directly.")
    pdf.p("eDNA survey (Conservation Recommendation 3). After careful consideration, the FHWA has concluded that it "
          "cannot fund this survey. Federal-aid funds may be used for monitoring that is required by the "
          "consultation or is needed to verify the performance of the project, but a species distribution survey "
          "upstream of the project limits would not be an eligible project cost. We would of course welcome the "
          "survey being carried out by others.")
    pdf.p("Should you have any questions, or wish to discuss any of the above, please contact Alicia Moreno, "
          "Environmental Program Manager, at (406) 555-0193 or by email. We appreciate the cooperation of your staff "
          "throughout this consultation.")
    pdf.p("Sincerely yours,\n\nDaniel R. Osterhout\nDivision Administrator")
    pdf.p("cc: R. Dumont, TDOT Environmental Services Bureau\n     K. Whitlow, USFWS", size=9.5, h=4.6)
    pdf.output(path)


NOTES = ("US Fish and Wildlife Service-style Biological Opinion (excerpt) 2026-0031874-S7-F on the invented SR 28 "
         "Sullivan Creek Bridge Replacement (FHWA Tamarack Division): Interior letterhead, transmittal letter, "
         "1 consultation history with the 2024 technical-assistance recommendation quoted and closed, 2 proposed "
         "action with the agency's own conservation measures CM-1 to CM-4 ('The contractor shall ...'), 3 effects "
         "with Table 1 of estimated take, 4 no-jeopardy conclusion, 5 Incidental Take Statement with Reasonable and "
         "Prudent Measures 1.-2. and mandatory Terms and Conditions 1.1, 1.2, 2.1 ('must') - all traps - then "
         "6 'CONSERVATION RECOMMENDATIONS': the seven recommendations 1.-7. (four 'The FHWA should ...', three 'We "
         "recommend that ...'), followed by 'the Service requests notification' and 7 reinitiation notice "
         "(conditions (1)-(4), traps). Response: FHWA Division Administrator's letter by topic in the order 1, 6+2, "
         "4, 5, 3. Key: 1 Hollis Gulch culvert already programmed in the STIP (agrees); one paragraph covers 6 "
         "bioretention swales, deck drains deleted (agrees) and 2 only about 300 feet inside the right-of-way, not "
         "the full 600 feet (partly); 4 span of 1.2 times bankfull adopted as starting design criterion (agrees); 5 "
         "passed to TDOT's Construction and Materials Bureau, Specifications are TDOT's (noted); 3 eDNA survey not "
         "an eligible project cost, 'cannot fund' (disagrees); 7 data sharing with the Working Group unanswered. "
         "Unmatched: the opening paragraph accepting the Incidental Take Statement, the contact paragraph.")


def expected():
    sw = lambda k: " ".join(CR[k].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw("1"),
         "reply_contains": "added to the Statewide Transportation Improvement Program in February 2026",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw("2"),
         "reply_contains": "we are therefore unable to commit to the full 600 feet", "verdict": "partly"},
        {"number": "3", "starts_with": sw("3"),
         "reply_contains": "would not be an eligible project cost", "verdict": "disagrees"},
        {"number": "4", "starts_with": sw("4"),
         "reply_contains": "as the starting design criterion for bridges over designated", "verdict": "agrees"},
        {"number": "5", "starts_with": sw("5"),
         "reply_contains": "We have passed your recommendation to TDOT's Construction and Materials Bureau",
         "verdict": "noted", "also": ["partly"]},
        {"number": "6", "starts_with": sw("6"),
         "reply_contains": "collects deck runoff in bioretention swales at both bridge ends", "verdict": "agrees"},
        {"number": "7", "starts_with": sw("7"), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["The FHWA accepts the Incidental Take Statement",
                                  "please contact Alicia Moreno, Environmental Program Manager"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b48en.py"), NAME)) and 1)

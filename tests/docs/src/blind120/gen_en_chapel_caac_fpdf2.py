"""Round 120 (EN): an English CONSERVATION AREA ADVISORY COMMITTEE's comments, as a letter to the case officer, on
planning and listed building consent applications to convert a listed chapel into flats. The recommendations are
CONDITIONS FOR WITHDRAWING AN OBJECTION: five unnumbered bullets of passive 'that'-less clauses after 'The Committee
would withdraw its objection if:' ('the six cast-iron windows ... are repaired ...; the rear extension is reduced
...'), then two more asks in the running text of 'Other advice' ('Separately from the objection, the Committee
recommends that ...', 'We would also ask the Council to consider ...'), the last across the page break. Traps: a
NUMBERED list 1.-4. of what makes the chapel significant, sections 16(2) and 66(1) of the Planning (Listed Buildings
and Conservation Areas) Act 1990 paraphrased ('require the Council to have special regard'), the conservation area
appraisal quoted with 'should', the Council's pre-application advice quoted ('should be kept in place', done), a
member's suggestion the Committee does not take up, declarations of interest.
Answered by the council's DELEGATED OFFICER REPORT: a bordered field form with the officer's own 'Recommendation'
(grant, with conditions), site, proposal, planning history, a CONSULTATION RESPONSES table whose CAAC row SUMMARISES
all the Committee's asks (no reply) beside the County Archaeologist's 'Recommends a watching brief', representations,
then '6 Assessment' with run-in topic paragraphs answering by content (windows, roof, extension, frontage, burial
ground, the Sunday school under 'Other matters'), one ask never answered, the planning balance, a numbered list of
conditions 1-9 and CIL.
fpdf2, A4, cleaned DejaVu Serif (letter) and Liberation Sans (report), fixed creation dates; header and 'Page N of
M' stamped from page 2. All bodies, people, places, figures and references invented; the Planning (Listed Buildings
and Conservation Areas) Act 1990 is named as context only (what is said of it here is paraphrased and not to be
relied on).
Run:  /tmp/blind120en/bin/python tests/docs/src/blind120/gen_en_chapel_caac_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b120en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind120_en_chapel_caac"
PLUM = (92, 45, 80)
PALE = (240, 233, 238)
GREY = (228, 228, 228)


class Doc(FPDF):
    def __init__(self, date, fam, margins=(24, 18, 24)):
        super().__init__(orientation="P", format="A4")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("DS", ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")),
                         ("LA", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                                 "LiberationSans-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(*margins)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=5.2, after=2.4, indent=0, markdown=False, align="L"):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=markdown, align=align)
        self.ln(after)

    def head(self, t, size=11, color=PLUM, before=2.5, style="B"):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, style, size)
        self.set_text_color(*color)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def item(self, label, t, size=10, lh=5.2, gap=8, after=1.6, style="", indent=0):
        self.set_font(self.fam, style, size)
        y = self.get_y()
        lines = self.multi_cell(self.tw - gap - indent, lh, t, dry_run=True, output="LINES")
        if y + lh * min(len(lines), 2) > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        self.set_x(self.l_margin + indent + 1)
        self.cell(gap - 1, lh, label)
        self.set_xy(self.l_margin + indent + gap, y)
        self.multi_cell(self.tw - gap - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(after)


def advice():
    d = Doc(datetime.datetime(2026, 2, 19, 10, 0, tzinfo=datetime.timezone.utc), "DS")
    d.set_draw_color(*PLUM)
    d.set_line_width(0.8)
    d.line(d.l_margin, 16, d.w - d.r_margin, 16)
    d.set_xy(d.l_margin, 19)
    d.set_font("DS", "B", 14.5)
    d.set_text_color(*PLUM)
    d.cell(d.tw, 7, "Wrexley Conservation Area Advisory Committee", new_x="LMARGIN", new_y="NEXT")
    d.set_font("DS", "I", 8.6)
    d.set_text_color(90, 90, 90)
    d.cell(d.tw, 5, "Advising Wrexley District Council on proposals affecting the town's conservation areas and "
           "listed buildings", new_x="LMARGIN", new_y="NEXT")
    d.set_line_width(0.3)
    d.line(d.l_margin, 33, d.w - d.r_margin, 33)
    d.set_text_color(0, 0, 0)
    d.set_y(38)
    d.set_font("DS", "", 9.2)
    for k, v in (("To", "Gareth Pryce, Case Officer, Development Management, Wrexley District Council"),
                 ("Applications", "26/00317/FUL (planning permission) and 26/00318/LBC (listed building consent)"),
                 ("Site", "Providence Chapel, Tanner Street, Wrexley"),
                 ("Considered", "Committee meeting of 17 February 2026"),
                 ("Date", "19 February 2026")):
        d.set_font("DS", "B", 9.2)
        d.cell(30, 5, k)
        d.set_font("DS", "", 9.2)
        d.multi_cell(d.tw - 30, 5, v, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(4)
    d.set_font("DS", "B", 12.5)
    d.multi_cell(0, 6.5, "Conversion of Providence Chapel to six flats, with a rear extension: the Committee's "
                 "comments", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.head("The proposal")
    d.para("The applications propose converting the former Providence Methodist Chapel into six flats, inserting a "
           "new floor at gallery level, and building a two-storey extension on the site of the 1950s vestry at the "
           "rear. The chapel was built in 1868 for a congregation of 400, to designs by the local architect Samuel "
           "Oddie, and is listed Grade II. It closed for worship in 2019 and has stood empty since.")
    d.head("Significance")
    d.para("The Committee considers that the chapel's significance lies in:", after=1.2)
    for i, t in enumerate(["its ashlar west front to Tanner Street, with the pedimented gable, the date stone and "
                           "the paired entrance doors;",
                           "the galleried interior, with its cast-iron columns and the panelled gallery front;",
                           "the former burial ground to the south, one of only two surviving in the town centre; and",
                           "its place in the Tanner Street frontage, where it is the only building set back behind "
                           "railings."], 1):
        d.item(f"{i}.", t, after=0.8, indent=2)
    d.ln(1.5)
    d.head("The Committee's view")
    d.para("Sections 16(2) and 66(1) of the Planning (Listed Buildings and Conservation Areas) Act 1990 require the "
           "Council to have special regard to the desirability of preserving a listed building, its setting and its "
           "features. The Tanner Street Conservation Area Appraisal (2019) adds that \"original timber and metal "
           "windows should be retained and repaired wherever possible\".")
    d.para("The Council's pre-application advice of May 2025 said that \"the gallery front should be kept in "
           "place\", and we are glad that the scheme now keeps it. The Committee supports a new use for the chapel, "
           "which has been empty for seven years and is on the Council's buildings at risk register. It objects, "
           "however, to the applications as submitted, because of the harm they would do to the building's "
           "fabric and to its setting.")
    d.head("What would overcome our objection")
    d.para("The Committee would withdraw its objection if:", after=1.2)
    for t in ["the six cast-iron windows in the side walls are repaired and given secondary glazing, rather than "
              "replaced with double-glazed aluminium units;",
              "the rear extension is reduced to a single storey, so that it cannot be seen above the chapel's eaves "
              "from Tanner Street;",
              "the roof is recovered with the existing Welsh slates, topped up with reclaimed slates of the same "
              "size where needed;",
              "the cast-iron railings and the two stone gate piers on Tanner Street are kept and repaired, rather "
              "than removed to make way for the bin store; and",
              "the eleven headstones in the former burial ground are left where they stand."]:
        d.item("\u2022", t, after=1.2, indent=2, gap=6)
    d.ln(1.5)
    d.head("Other advice")
    d.para("Separately from the objection, the Committee recommends that the interior be photographed and recorded "
           "in full, to the standard of a Level 2 historic building record, before any work begins, and that a copy "
           "be lodged with the county Historic Environment Record. Once the gallery is floored over, much of the "
           "interior will no longer be seen as a whole.")
    d.para("One member suggested that the name Providence Chapel be kept in the new postal address. The Committee "
           "makes no formal comment on this, as it is not a planning matter.")
    d.para("Members also noted that the chapel's Sunday school of 1891, next door at 14 Tanner Street, is not "
           "listed and is not part of these applications. Its polychrome brick front is a landmark at the corner "
           "of Cooper's Yard. We would also ask the Council to consider adding the Sunday school to its list of "
           "locally important heritage assets, so that its value is recognised if it is ever offered for sale.")
    d.head("Next steps")
    d.para("If amended plans address the points above, the Committee would be glad to see them at its meeting on "
           "17 March 2026. Councillor Joan Ellery and Mr Robert Batty declared an interest as trustees of the "
           "chapel and left the meeting for this item.")
    d.ln(3)
    d.para("Helen Marchant\nHonorary Secretary, on behalf of the Committee", style="B", lh=5.2)
    d.para("caac.secretary@wrexley-civic.example.org.uk", size=8.8, style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2026, 4, 7, 14, 0, tzinfo=datetime.timezone.utc), "LA", margins=(20, 16, 20))
    d.set_fill_color(*PLUM)
    d.rect(d.l_margin, 14, d.tw, 13, style="F")
    d.set_xy(d.l_margin + 4, 16)
    d.set_text_color(255, 255, 255)
    d.set_font("LA", "B", 12.5)
    d.cell(d.tw - 8, 5.5, "WREXLEY DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.l_margin + 4)
    d.set_font("LA", "", 9)
    d.cell(d.tw - 8, 4.5, "Development Management  |  Delegated report", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(31)
    d.set_draw_color(120, 120, 120)
    d.set_line_width(0.2)
    for label, value in (("Application numbers", "26/00317/FUL and 26/00318/LBC"),
                         ("Site", "Providence Chapel, Tanner Street, Wrexley"),
                         ("Proposal", "Conversion of chapel to six flats, insertion of a floor at gallery level, "
                          "and erection of a two-storey rear extension following demolition of the vestry "
                          "(amended drawings Rev B)"),
                         ("Applicant", "Tanner Street Homes Ltd"),
                         ("Ward", "Castle"),
                         ("Case officer", "Gareth Pryce"),
                         ("Target date", "24 April 2026"),
                         ("Recommendation", "Grant planning permission and listed building consent, subject to "
                          "the conditions in section 8")):
        d.set_font("LA", "", 9.3)
        lines = d.multi_cell(d.tw - 44, 4.8, value, dry_run=True, output="LINES")
        h = 4.8 * len(lines) + 2
        y = d.get_y()
        d.set_fill_color(*GREY)
        d.set_font("LA", "B", 9.3)
        d.rect(d.l_margin, y, 44, h, style="DF")
        d.rect(d.l_margin + 44, y, d.tw - 44, h, style="D")
        d.set_xy(d.l_margin + 1.5, y + 1)
        d.cell(41, 4.8, label)
        d.set_font("LA", "", 9.3)
        d.set_xy(d.l_margin + 45.5, y + 1)
        d.multi_cell(d.tw - 47, 4.8, value, new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + h)
    d.ln(2)

    def sec(t):
        d.head(t, size=10.5, color=PLUM, before=1.5)

    def p(t, **k):
        k.setdefault("size", 9.6)
        k.setdefault("lh", 4.9)
        k.setdefault("after", 1.8)
        k.setdefault("markdown", True)
        d.para(t, **k)

    sec("1 Site and surroundings")
    p("The chapel stands on the east side of Tanner Street, inside the Tanner Street Conservation Area, behind a "
      "low wall with railings. The former burial ground lies to the south and is overgrown. The building is on the "
      "Council's buildings at risk register.")
    sec("2 Proposal")
    p("Six flats (two of one bedroom, four of two bedrooms), four within the chapel and two in the rear extension. "
      "The drawings were amended on 20 March 2026 (Rev B) after discussions with officers.")
    sec("3 Planning history")
    p("WX/88/0412: change of use of the vestry to a day nursery, approved 1988. 25/00091/PREAPP: pre-application "
      "advice, May 2025.")
    sec("4 Consultation responses")
    d.set_font("LA", "", 8.8)
    d.set_draw_color(150, 150, 150)
    with d.table(col_widths=(42, 128), text_align=("LEFT", "LEFT"), line_height=4.5,
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE), borders_layout="HORIZONTAL_LINES",
                 width=d.tw) as t:
        for row in (("Consultee", "Summary of response"),
                    ("Highway Authority", "No objection. No parking is proposed, but the site is 150 metres from "
                     "the bus station and has cycle storage."),
                    ("Conservation Area Advisory Committee", "Objects to the scheme as submitted, while supporting a "
                     "new use. Seeks repair of the side windows, a single-storey extension, reuse of the roof "
                     "slates, retention of the railings and gate piers, and the headstones left in place. Also "
                     "seeks a full record of the interior and local listing of the Sunday school."),
                    ("Conservation Officer", "Supports the amended scheme, subject to the conditions below."),
                    ("County Archaeologist", "Recommends a watching brief on any ground works in the former burial "
                     "ground.")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(2)
    sec("5 Representations")
    p("Four letters were received from neighbours: two support the reuse of the chapel, and two object on the "
      "grounds of parking and overlooking.")
    sec("6 Assessment")
    p("**6.1 Principle.** Residential use of a vacant building in the town centre is supported by the Local Plan, and "
      "securing a viable use is the best way of keeping a listed building in good repair.")
    p("**6.2 Heritage.** The main issue is the effect on the listed building and on the conservation area.", after=1.2)
    for t in (
        "**Windows.** The submitted scheme would have replaced the side windows. Following the Committee's comments "
        "the drawings have been revised: all six cast-iron windows will now be repaired in situ, with slim "
        "secondary glazing fitted behind them (condition 4).",
        "**Roof.** Condition 5 requires the existing slates to be salvaged and reused on the front and side slopes, "
        "with any shortfall made up from reclaimed slate of matching size and colour.",
        "**Rear extension.** The extension has been lowered by 1.1 metres and given a shallower roof. It remains two "
        "storeys, as a single-storey building would hold only four flats and would not pay for the repair of the "
        "chapel. From one point opposite the chapel the top of its roof would be glimpsed above the eaves; officers "
        "consider this harm to be very limited.",
        "**Frontage.** The railings will be kept and repaired, and the bin store has been moved behind them. The "
        "northern gate pier will still be taken down and rebuilt 1.5 metres further north, to give a path wide "
        "enough for bins and wheelchairs (condition 7).",
        "**Burial ground.** The path to the flats must cross the burial ground, and the applicant proposes to move "
        "the eleven headstones to the boundary wall. Officers do not consider it reasonable to require them to "
        "remain where they are, as the path could not otherwise be built to an accessible gradient. Their new "
        "position will be agreed under condition 8."):
        d.set_font("LA", "", 9.6)
        d.set_x(d.l_margin + 4)
        d.multi_cell(d.tw - 4, 4.9, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        d.ln(1.4)
    p("**6.3 Amenity and highways.** No window in the extension would face a habitable room of a neighbouring house at "
      "less than 18 metres. The lack of parking is acceptable in this location.")
    p("**6.4 Other matters.** The Committee's request that the former Sunday school at 14 Tanner Street be added to "
      "the local list is outside the scope of these applications. It has been passed to the Planning Policy team, "
      "who will consider it when the local list is next reviewed.")
    sec("7 Planning balance")
    p("The amended scheme would cause less than substantial harm to the significance of the listed building, at "
      "the lower end of that range. That harm is outweighed by the public benefit of bringing a building at risk "
      "back into use and securing its repair.")
    sec("8 Conditions")
    for i, t in enumerate(["Time limit: three years.",
                           "Development in accordance with the approved drawings (Rev B).",
                           "Sample panel of repointing to be approved before work on the walls starts.",
                           "Windows: details of repair and of the secondary glazing.",
                           "Roof slates: salvage, reuse and samples of reclaimed slate.",
                           "Rooflights: conservation type, fitted flush with the slates.",
                           "Railings and northern gate pier: method of repair, taking down and rebuilding.",
                           "Headstones: method statement for moving them and their new positions.",
                           "Archaeology: watching brief on ground works in the burial ground."], 1):
        d.item(f"{i}.", t, size=9.3, lh=4.7, gap=7, after=0.6)
    d.ln(1.5)
    sec("9 Community Infrastructure Levy")
    p("The development is liable for CIL at the residential rate of \u00a345 per square metre on the new floor "
      "space of the extension.")
    d.ln(1)
    p("Case officer: Gareth Pryce, 2 April 2026.   Authorised under delegated powers: Lesley Dunmore, Development "
      "Manager, 7 April 2026.", size=8.8, style="I")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Wrexley CAAC - Providence Chapel, Tanner Street - 26/00317/FUL "
            "and 26/00318/LBC", footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSerif.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Delegated report - 26/00317/FUL and 26/00318/LBC",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "the six cast-iron windows in the side walls are repaired and given",
         "reply_contains": "all six cast-iron windows will now be repaired in situ", "verdict": "agrees"},
        {"number": 2, "starts_with": "the rear extension is reduced to a single storey, so that",
         "reply_contains": "It remains two storeys, as a single-storey building would hold",
         "verdict": "partly"},
        {"number": 3, "starts_with": "the roof is recovered with the existing Welsh slates, topped up",
         "reply_contains": "requires the existing slates to be salvaged and reused", "verdict": "agrees"},
        {"number": 4, "starts_with": "the cast-iron railings and the two stone gate piers on Tanner",
         "reply_contains": "will still be taken down and rebuilt 1.5 metres further north",
         "verdict": "partly"},
        {"number": 5, "starts_with": "the eleven headstones in the former burial ground are left where",
         "reply_contains": "Officers do not consider it reasonable to require them to remain",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "Separately from the objection, the Committee recommends that the interior be",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "We would also ask the Council to consider adding the Sunday",
         "reply_contains": "It has been passed to the Planning Policy team, who will consider",
         "verdict": "noted"},
    ]
    unmatched = ["two support the reuse of the chapel, and two object",
                 "Residential use of a vacant building in the town centre",
                 "No window in the extension would face a habitable room",
                 "That harm is outweighed by the public benefit of bringing",
                 "liable for CIL at the residential rate"]
    notes = ("Advice: an English CONSERVATION AREA ADVISORY COMMITTEE's comments as a letter to the case officer on "
             "applications 26/00317/FUL and 26/00318/LBC (conversion of a Grade II chapel to six flats). "
             "Recommendations: five unnumbered BULLETS of passive clauses after 'The Committee would withdraw its "
             "objection if:' (1 side windows repaired with secondary glazing; 2 extension single storey; 3 roof "
             "recovered with the existing slates; 4 railings and both gate piers kept; 5 headstones left where they "
             "stand), then under 'Other advice' 6 'Separately from the objection, the Committee recommends that the "
             "interior be photographed and recorded ...' and 7 'We would also ask the Council to consider adding "
             "the Sunday school to its list of locally important heritage assets' (running text, last paragraph "
             "before 'Next steps'). Traps: a NUMBERED list 1.-4. of what makes the chapel significant; the 1990 Act "
             "paraphrased ('require the Council to have special regard'); the 2019 appraisal quoted ('should be "
             "retained and repaired'); the pre-application advice quoted ('should be kept in place', done); a "
             "member's postal-address suggestion the Committee does not take up; declarations of interest. "
             "Response: DELEGATED OFFICER REPORT: field form with the officer's own 'Recommendation' (grant); "
             "site, proposal, history; a CONSULTATION RESPONSES table whose CAAC row SUMMARISES all seven asks "
             "(restatement, no reply) and a County Archaeologist row 'Recommends a watching brief'; '6 Assessment' "
             "with bold run-in topics answering by content in the order 1, 3, 2, 4, 5, then 7 under '6.4 Other "
             "matters'; conditions 1-9 (condition numbers are not recommendation numbers). Verdicts: 1 all six "
             "windows repaired in situ with secondary glazing (condition 4) = agrees; 2 extension lowered by 1.1 "
             "metres but 'It remains two storeys', roof glimpsed above the eaves = partly; 3 slates salvaged and "
             "reused (condition 5) = agrees; 4 railings kept, but the northern gate pier taken down and rebuilt "
             "1.5 metres further north = partly; 5 headstones moved to the boundary wall, 'do not consider it "
             "reasonable to require them to remain where they are' = disagrees; 6 the interior record never "
             "mentioned outside the consultation summary = unanswered; 7 local listing 'outside the scope', passed "
             "to the Planning Policy team 'who will consider it when the local list is next reviewed' = noted. "
             "Sections answering nothing: site, proposal, history, consultation table, representations, 6.1 "
             "principle, 6.3 amenity and highways, 7 planning balance, 8 conditions, 9 CIL.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

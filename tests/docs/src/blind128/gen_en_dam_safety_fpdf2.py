"""Round 128 (EN): a US regional water authority's dam, inspected by an INDEPENDENT BOARD OF CONSULTANTS (three dam
engineers) for its five-yearly periodic safety inspection, answered by the owner's PLAN AND SCHEDULE letter to the
state Dam Safety Engineer.
The advice's seven recommendations are NUMBERED PARAGRAPHS 10.1-10.7 of section 10 under three PRIORITY sub-headings
('Priority 1 - within 12 months', 'Priority 2 - within three years', 'Priority 3 - continuing'), after conclusions
9.1-9.5 numbered alike. Traps: the state dam safety statute paraphrased ('the owner shall ... within 90 days'), a
numbered list of potential failure modes PFM-1 to PFM-4, a table of the 2020 inspection's recommendations quoted
('Repair the ...', completed), the conclusions (one of them a finding about the outlet gate), and a closing line
naming 'items 10.1 and 10.3'. The response answers with run-in INLINE LABELS ('Item 10.3 - Accepted.'), in the order of
its schedule (10.1, 10.3, 10.2, 'Items 10.5 and 10.6' together with a verdict each, 10.4); 10.7 is never answered; the
opening, a paragraph on the 2020 item 4.3, the cost summary and the closing answer nothing.
fpdf2, US Letter, cleaned Liberation Sans (report) and Liberation Serif (letter), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented (the state statute
too).
Run:  /tmp/blind128en/bin/python tests/docs/src/blind128/gen_en_dam_safety_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b128en as H
from fpdf import FPDF

NAME = "blind128_en_dam_safety"
SLATE = (38, 70, 94)
BROWN = (96, 58, 30)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", unit="mm", format="Letter")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(24, 20, 24)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10.3, style="", lh=5.0, after=2.2, indent=0, markdown=False):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
        self.ln(after)

    def num(self, n, t, size=10.3, lh=5.0, hang=13, after=2.0):
        """A paragraph with its number hanging in the margin column."""
        self.set_font(self.fam, "B", size)
        y = self.get_y()
        if y > self.h - 34:
            self.add_page()
            y = self.get_y()
        self.set_xy(self.l_margin, y)
        self.cell(hang, lh, n)
        self.set_font(self.fam, "", size)
        self.set_xy(self.l_margin + hang, y)
        self.multi_cell(self.tw - hang, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def head(self, t, size=11.5, before=2.5, colour=SLATE, style="B"):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, style, size)
        self.set_text_color(*colour)
        self.multi_cell(0, 5.8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)


PFM = [("PFM-1", "Internal erosion of the embankment along the outlet conduit."),
       ("PFM-2", "Overtopping of the embankment during a flood larger than the spillway can pass."),
       ("PFM-3", "Uplift and displacement of the spillway chute slabs during a large spill."),
       ("PFM-4", "Failure of the low-level outlet gate to open when the reservoir must be drawn down.")]

CONCL = [("9.1", "The dam is in satisfactory condition and is being operated and maintained in a reasonable manner."),
         ("9.2", "Seepage at the downstream toe near Station 12+50 has increased from about 14 to about 22 gallons per "
                 "minute since 2020 and remains clear."),
         ("9.3", "The spillway can pass the inflow design flood adopted in 1987, which was derived from rainfall "
                 "estimates that have since been superseded."),
         ("9.4", "The low-level outlet gate was opened to only about 40 percent during the inspection because of "
                 "high loads on the operator."),
         ("9.5", "Trees up to 30 feet high have grown on the lower third of the downstream slope.")]

RECS = [
    ("Priority 1 - complete within 12 months", [
        ("10.1", "Fully exercise the low-level outlet gate and repair or replace the gate operator if the gate does not "
                 "open to 100 percent."),
        ("10.2", "Install two additional piezometers at the downstream toe near Station 12+50 and read them weekly "
                 "until the seepage trend is understood."),
        ("10.3", "Update the Emergency Action Plan with new inundation maps that reflect the development below the dam "
                 "since 2020, and hold a tabletop exercise with the county emergency management agency.")]),
    ("Priority 2 - complete within three years", [
        ("10.4", "Remove trees and woody vegetation from the downstream slope and from within 25 feet of the toe, and "
                 "backfill the root voids with compacted fill."),
        ("10.5", "Carry out a new hydrologic study of the watershed using current probable maximum precipitation "
                 "estimates, and check the spillway and freeboard against it."),
        ("10.6", "Investigate the spillway chute slabs for uplift risk and, if needed, install underdrains beneath "
                 "them.")]),
    ("Priority 3 - continuing", [
        ("10.7", "Send the Board a yearly summary of all instrumentation readings, with trend plots, at least a month "
                 "before each annual inspection.")]),
]


def advice():
    d = Doc(datetime.datetime(2025, 8, 14, 9, 0, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_fill_color(*SLATE)
    d.rect(0, 0, d.w, 36, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(24, 9)
    d.set_font("LS", "B", 9)
    d.cell(0, 5, "INDEPENDENT BOARD OF CONSULTANTS", new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("LS", "B", 17)
    d.cell(0, 9, "Cedar Fork Dam: Fifth Periodic Safety Inspection", new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("LS", "", 9.5)
    d.cell(0, 5, "Report to the Millbrook Regional Water Authority - State Dam No. 04-117 - August 14, 2025")
    d.set_text_color(0, 0, 0)
    d.set_y(42)
    d.head("1. Introduction")
    d.para("The Millbrook Regional Water Authority (the Authority) owns and operates Cedar Fork Dam, an 86-foot-high "
           "earthfill dam completed in 1962 that impounds the Cedar Fork Reservoir, the main raw water supply for about "
           "140,000 people. The Board of Consultants (the Board) - Dr. Eleanor Praskovic, P.E., chair; Raymond "
           "Tuthill-Ames, P.E.; and Dr. Sunil Varadkar, P.G. - carried out the inspection on May 20 and 21, 2025.")
    d.para("Under the state dam safety statute, the owner of a high-hazard dam shall have the dam inspected every five "
           "years by independent engineers and shall submit to the Dam Safety Engineer, within 90 days of receiving "
           "the report, a plan and schedule for addressing its recommendations. This report is made for that purpose.")
    d.head("2. Potential failure modes")
    d.para("The Board reviewed the potential failure modes identified at the 2020 inspection and considers the "
           "following four still credible:")
    for code, t in PFM:
        d.num(code, t, hang=16, after=1.0)
    d.ln(1.5)
    d.head("3. Status of the 2020 recommendations")
    rows = [("4.1", "Replace the reservoir level gauge with a radar sensor.", "Completed 2021"),
            ("4.2", "Clear the spillway approach channel of debris each spring.", "Completed; ongoing"),
            ("4.3", "Repair the spillway joint seals between chute slabs 6 and 11.", "Completed 2022")]
    d.set_font("LS", "B", 9.5)
    d.set_fill_color(226, 233, 239)
    widths = (16, 110, d.tw - 126)
    for w, t in zip(widths, ("No.", "2020 recommendation", "Status")):
        d.cell(w, 6.5, t, border=1, fill=True)
    d.ln()
    d.set_font("LS", "", 9.5)
    for r in rows:
        for w, t in zip(widths, r):
            d.cell(w, 6.5, t, border=1)
        d.ln()
    d.ln(3)
    d.head("9. Conclusions")
    d.para("Sections 4 to 8 (geology, instrumentation, spillway, outlet works and operation) are bound separately. "
           "From them the Board concludes:")
    for n, t in CONCL:
        d.num(n, t)
    d.head("10. Recommendations")
    d.para("The Board makes the following recommendations, grouped by priority:")
    for sub, items in RECS:
        d.head(sub, size=10.5, before=1.0, colour=BROWN, style="I")
        for n, t in items:
            d.num(n, t)
    d.ln(1)
    d.para("The Board considers items 10.1 and 10.3 the most urgent and would be glad to review the Authority's "
           "schedule for them before it is sent to the state.")
    d.para("Respectfully submitted,", after=1)
    d.para("Eleanor Praskovic, Ph.D., P.E., Chair - Raymond Tuthill-Ames, P.E. - Sunil Varadkar, Ph.D., P.G.",
           style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 11, 6, 9, 0, 0, tzinfo=datetime.timezone.utc), "LF")
    d.set_font("LF", "B", 14)
    d.set_text_color(*SLATE)
    d.cell(0, 7, "Millbrook Regional Water Authority", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LF", "", 9.5)
    d.set_text_color(90, 90, 90)
    d.cell(0, 5, "Engineering Division - 400 Reservoir Road, Millbrook - (555) 014-2290", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    size = 10.6
    d.para("November 6, 2025", size=size, lh=5.1)
    d.para("Mr. Harlan Peabody, P.E.\nDam Safety Engineer, Dam Safety Section\nDepartment of Natural Resources",
           size=size, lh=5.1)
    d.para("Re: Cedar Fork Dam (State Dam No. 04-117) - Plan and Schedule for the Board of Consultants' "
           "recommendations", size=size, style="B", lh=5.1)
    d.para("Dear Mr. Peabody:", size=size, lh=5.1)
    d.para("The Authority received the Board of Consultants' report on August 18, 2025. Our Board of Directors "
           "reviewed it on October 22, and I am writing to set out our plan and schedule, item by item, in the order "
           "in which the work will be done.", size=size, lh=5.1)
    R = [
        "**Item 10.1 - Accepted.** The outlet gate will be fully exercised during the reservoir drawdown planned "
        "for the week of December 8, 2025. A replacement operator has already been budgeted and will be installed by "
        "June 2026 if the gate does not open fully.",
        "**Item 10.3 - Accepted.** The revised Emergency Action Plan, with new inundation maps, will be filed with "
        "your office by June 30, 2026, and the tabletop exercise with the County Office of Emergency Management is "
        "scheduled for September 2026.",
        "**Item 10.2 - Accepted in part.** One additional piezometer will be installed near Station 12+50 by March "
        "2026. We propose to read the new and existing piezometers monthly rather than weekly, because the "
        "automated weirs at the toe already record seepage flow every day.",
        "**Items 10.5 and 10.6.** The hydrologic study has been placed in our 2026-2028 capital program and will be "
        "completed by December 2027; our consultant's scope will include the spillway and freeboard check. The "
        "spillway slab investigation will be considered once the study is finished, since its scope depends on the "
        "new design flood; we have not set a date for it.",
        "**Item 10.4 - Not accepted at this time.** The trees near the toe lie within a riparian buffer that would "
        "need a permit from the State Forestry Division to clear, and our geotechnical consultant advises that "
        "removing the stumps would leave the slope more vulnerable than leaving the trees in place. Authority staff "
        "will instead inspect that area every quarter and report any change to your office.",
    ]
    for t in R:
        d.para(t, size=size, lh=5.1, markdown=True)
    d.para("For completeness, item 4.3 of the 2020 report was closed in 2022, and the joint seals were found in good "
           "condition at this year's inspection.", size=size, lh=5.1)
    d.para("The total estimated cost of the work in this plan is $2.86 million, of which $1.1 million falls in the "
           "current fiscal year.", size=size, lh=5.1)
    d.para("Please contact me if your office would like to discuss any part of this schedule. A copy of this letter "
           "goes to each member of the Board of Consultants.", size=size, lh=5.1)
    d.para("Sincerely,", size=size, lh=5.1, after=1)
    d.para("Dolores Vantreese, P.E.\nChief Engineer", size=size, lh=5.1)
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Cedar Fork Dam - Fifth Periodic Safety Inspection - Board of "
            "Consultants", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Millbrook Regional Water Authority - Plan and Schedule, Cedar Fork "
            "Dam", footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Fully exercise the low-level outlet gate and repair or replace",
         "reply_contains": "The outlet gate will be fully exercised during the reservoir drawdown",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Install two additional piezometers at the downstream toe near Station",
         "reply_contains": "One additional piezometer will be installed near Station 12+50",
         "verdict": "partly"},
        {"number": 3, "starts_with": "Update the Emergency Action Plan with new inundation maps that",
         "reply_contains": "The revised Emergency Action Plan, with new inundation maps,", "verdict": "agrees"},
        {"number": 4, "starts_with": "Remove trees and woody vegetation from the downstream slope",
         "reply_contains": "removing the stumps would leave the slope more vulnerable", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Carry out a new hydrologic study of the watershed using current",
         "reply_contains": "The hydrologic study has been placed in our 2026-2028 capital program",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Investigate the spillway chute slabs for uplift risk and,",
         "reply_contains": "The spillway slab investigation will be considered once the study", "verdict": "noted"},
        {"number": 7, "starts_with": "Send the Board a yearly summary of all instrumentation readings",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Our Board of Directors reviewed it on October 22",
                 "the joint seals were found in good condition",
                 "The total estimated cost of the work in this plan",
                 "A copy of this letter goes to each member"]
    notes = ("Advice: a US regional water authority's dam, five-yearly periodic safety inspection report by an "
             "INDEPENDENT BOARD OF CONSULTANTS; the state dam safety statute paraphrased ('the owner ... shall submit "
             "... within 90 days'); potential failure modes PFM-1 to PFM-4 as a numbered list; a table of the 2020 "
             "recommendations 4.1-4.3 quoted ('Repair the spillway joint seals', completed); conclusions 9.1-9.5 "
             "numbered like the recommendations (9.4 a finding about the outlet gate). The seven recommendations are "
             "NUMBERED PARAGRAPHS 10.1-10.7 with the number in a hanging column, under three italic PRIORITY "
             "sub-headings (1 exercise the outlet gate and repair the operator, 2 two piezometers read weekly, 3 "
             "updated Emergency Action Plan and tabletop exercise, 4 remove trees from the downstream slope, 5 new "
             "hydrologic study, 6 investigate chute slab uplift, 7 yearly instrumentation summary); closing names "
             "'items 10.1 and 10.3'. Response: the owner's PLAN AND SCHEDULE letter to the state Dam Safety Engineer "
             "with bold run-in INLINE LABELS in schedule order 10.1, 10.3, 10.2, 'Items 10.5 and 10.6', 10.4: 10.1 "
             "'Accepted.' (agrees); 10.3 'Accepted.', June 30, 2026 (agrees); 10.2 'Accepted in part.', one piezometer "
             "read monthly (partly); one paragraph for 10.5 (study in the capital program, December 2027: agrees) and "
             "10.6 ('will be considered once the study is finished ... not set a date': noted); 10.4 'Not accepted at "
             "this time.' (disagrees); 10.7 never answered (unanswered). The opening, the paragraph on the 2020 "
             "report's item 4.3, the cost summary ($2.86 million) and the closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

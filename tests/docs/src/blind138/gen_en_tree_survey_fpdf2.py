"""Round 138 (EN): a consultant arborist's TREE CONDITION SURVEY of a town council's cemetery, answered by the
council's Cemeteries and Open Spaces Officer's LETTER OF INSTRUCTION to the arborist, which names the trees by their
TAG NUMBERS inline ('T19 (sycamore over the main path).'), in another order, one paragraph answering two trees with
different verdicts.
The advice: four recommendations as rows of a SCHEDULE OF WORKS table (T07, T12, T19, T23) among two rows that
recommend NO WORK (T04, T15), then three recommendations as UNNUMBERED SENTENCES in running text ('we recommend that
...', 'We also recommend ...', 'Finally, the Council should ...'). Traps: the Occupiers' Liability Act 1957 and the
conservation area notice rule paraphrased ('six weeks' notice must be given'); the 2022 survey quoted ('should be
re-inspected'); observations numbered 1-5; 'We do not recommend felling the limes'; conclusion naming T07 and T12.
The response: introduction (nothing); T19 agrees; one paragraph T07 agrees and T12 partly (1 m instead of 2 m);
re-survey every 18 months declined, every three years (disagrees); T23 agrees; ivy on G2 noted for the volunteers
(noted); closing (nothing); the replacement planting never (unanswered).
fpdf2, A4, cleaned Liberation Sans, fixed creation dates; header and 'Page N of M' stamped from page 2. All bodies,
people, places and figures invented; the Occupiers' Liability Act 1957 is named as context only.
Run:  /tmp/blind138en/bin/python tests/docs/src/blind138/gen_en_tree_survey_fpdf2.py
"""
import datetime as dt
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b138en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind138_en_tree_survey"
MOSS = (52, 88, 40)
BROWN = (110, 66, 30)
GREY = (80, 80, 80)


class Doc(FPDF):
    def __init__(self, date, size, ink):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam, self.size, self.ink = "LS", size, ink
        self.add_font("LS", "", H.clean_font("LiberationSans-Regular.ttf"))
        self.add_font("LS", "B", H.clean_font("LiberationSans-Bold.ttf"))
        self.add_font("LS", "I", H.clean_font("LiberationSans-Italic.ttf"))
        self.set_margins(22, 20, 22)
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
        self.set_font(self.fam, "B", 15)
        self.set_text_color(*self.ink)
        self.multi_cell(self.tw, 7, t, align="L")
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
        self.multi_cell(self.tw - indent, self.lh, t, markdown=True, align="L")
        self.ln(1.6)

    def listing(self, items, marks, w=8):
        for m, it in zip(marks, items):
            self.set_font(self.fam, "", self.size)
            self.set_x(self.l_margin + 4)
            self.cell(w, self.lh, m)
            self.multi_cell(self.tw - w - 4, self.lh, it, markdown=True, align="L")
            self.ln(1.0)
        self.ln(0.8)

    def table(self, rows, widths, head=True):
        self.set_font(self.fam, "", self.size - 1)
        kw = {"headings_style": FontFace(emphasis="BOLD", fill_color=(226, 236, 220))} if head else {}
        with super().table(col_widths=widths, text_align="LEFT", line_height=self.lh * 0.95,
                           first_row_as_headings=head, **kw) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)


WORKS = [
    ["Tree", "Species", "Condition", "Recommended work", "Priority"],
    ["T04", "Common lime", "Good; minor deadwood only.", "No work required.", "-"],
    ["T07", "Ash", "Ash dieback, about 70% crown loss; brittle dead limbs over the west gate path.",
     "Fell to ground level, grind the stump and remove all timber from the site.", "Within 1 month"],
    ["T12", "Beech", "Meripilus fruiting bodies at the base; decay test shows sound wood reduced on the north side.",
     "Reduce the crown by 2 m all round to lower wind loading, and re-inspect the base every year.", "Within 3 months"],
    ["T15", "Horse chestnut", "Small bleeding canker lesions on the lower stem.",
     "No work at present; check again at the next survey.", "-"],
    ["T19", "Sycamore", "Deadwood up to 80 mm diameter above the main path to the chapel.",
     "Remove all deadwood over 25 mm in diameter from the crown above the main path.", "Within 3 months"],
    ["T23", "English yew", "Healthy; low limbs resting on headstones in the north section.",
     "Crown lift to 2.5 m above ground level over the headstones in the north section.", "Within 6 months"],
]


def advice():
    d = Doc(dt.datetime(2025, 8, 26, 9, 0, tzinfo=dt.timezone.utc), 10, MOSS)
    d.meta("OAKLINE ARBORICULTURE LTD | Consulting Arborists | Unit 4, Tanyard Barns, Marlbridge")
    d.h1("Tree Condition Survey: Hollins Lane Cemetery, Marlbridge")
    d.meta("Report OAC/2407/TS | Client: Marlbridge Town Council | Survey 12 August 2025 | Report 26 August 2025")
    d.table([["Site", "Hollins Lane Cemetery, 2.1 hectares, opened 1871, still in use for burials"],
             ["Trees surveyed", "46 individual trees and 2 groups (G1 holly hedge, G2 lime avenue)"],
             ["Surveyor", "Mr Owen Prydderch-Lane, Dip. Arb. (RFS), Chartered Arboriculturist"],
             ["Previous survey", "July 2022 (Oakline Arboriculture, report OAC/1931/TS)"],
             ["Constraints", "Marlbridge Conservation Area; no Tree Preservation Orders on site"]], (42, 124), head=False)
    d.h2("1 Scope and method")
    d.para("Each tree was inspected from the ground using Visual Tree Assessment, with a sounding mallet and, for "
           "T12, a resistance drill. The Council, as occupier, owes a duty of care to visitors under the Occupiers' "
           "Liability Act 1957. As we understand the rules for conservation areas, six weeks' notice must be given "
           "to the local planning authority before most work to trees; the Act and the rules are mentioned for "
           "context only.")
    d.h2("2 The 2022 survey")
    d.para("Our 2022 report said that \"the beech T12 should be re-inspected with a decay detection device within "
           "three years\". That inspection was carried out on this visit and its results are given below. All the "
           "works recommended in 2022 have been completed.")
    d.h2("3 Observations")
    d.listing(["Ash dieback has spread since 2022. Of the nine ash trees on site, only T07 is in an advanced "
               "state; the others show less than 25% crown loss.",
               "The beech T12 has a fungal infection at its base that is slowly decaying the roots and lower stem.",
               "Most trees are mature and in fair to good condition; no tree other than T07 is a high risk.",
               "Dense ivy on the lime avenue (G2) covers the lower stems, so their condition could not be fully "
               "seen.",
               "Visitor numbers are highest on the main path to the chapel and at the west gate."],
              ["1.", "2.", "3.", "4.", "5."])
    d.h2("4 Schedule of recommended works")
    d.table(WORKS, (13, 26, 52, 55, 20))
    d.h2("5 Further recommendations")
    d.para("Beyond the works in the schedule, three matters need the Council's attention. Because the ivy hides "
           "the lime stems, we recommend that the ivy on every tree in the lime avenue (G2) be severed at the base "
           "so that the stems can be inspected at the next survey. We also recommend that the whole cemetery be "
           "re-surveyed by a qualified arborist every eighteen months, given the number of mature trees next to "
           "busy paths. Finally, the Council should plant two replacement trees of a disease-resistant species for "
           "every ash that is felled, in the open ground east of the chapel.")
    d.para("Some visitors have asked for the lime avenue to be felled because of the honeydew that drips onto "
           "cars and graves in summer. We do not recommend felling the limes, which are healthy and are a "
           "defining feature of the conservation area.")
    d.h2("6 Conclusion")
    d.para("The cemetery's trees are generally in good order. The works to T07 and T12 are the most urgent and "
           "should not wait for the next budget year.")
    d.meta("Owen Prydderch-Lane, Chartered Arboriculturist, for Oakline Arboriculture Ltd | 26 August 2025")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(dt.datetime(2025, 9, 19, 9, 0, tzinfo=dt.timezone.utc), 10.5, BROWN)
    d.meta("MARLBRIDGE TOWN COUNCIL | The Guildhall, Market Place, Marlbridge | cemeteries@marlbridge-tc.example")
    d.h1("Hollins Lane Cemetery: tree survey OAC/2407/TS - instruction of works")
    d.meta("From: Sian Ashdown, Cemeteries and Open Spaces Officer | To: Mr Owen Prydderch-Lane, Oakline "
           "Arboriculture Ltd | 19 September 2025")
    d.para("Dear Mr Prydderch-Lane,")
    d.para("Thank you for your survey of Hollins Lane Cemetery. The Environment and Amenities Committee considered "
           "it on 15 September, together with a quotation from our term contractor. I set out below what the "
           "Council has decided, tree by tree.")
    d.para("**T19 (sycamore over the main path).** Approved as you specified. Greenway Tree Services will remove "
           "the deadwood on 2 October, with the path closed for the morning.")
    d.para("**T07 and T12.** The ash by the west gate will be felled and its stump ground out during the week of 13 "
           "October, once the six weeks have passed since we sent the conservation area notice to the district "
           "council on 28 August. For the beech, members were anxious about how a large reduction would look next to "
           "the war memorial. The Committee has approved a crown reduction of 1 m rather than 2 m this winter, and "
           "asks you to advise after your next visit whether a further reduction is needed. The yearly check of "
           "its base is agreed.")
    d.para("**Survey interval.** The Committee does not accept a survey every eighteen months. With the budget "
           "available, the Council will continue to commission a full survey every three years, and our own staff "
           "will walk the site after every severe gale.")
    d.para("**T23 (yew in the north section).** Approved. The contractor will lift the crown to 2.5 m over the "
           "headstones in February, when there are fewest visitors to that part of the cemetery.")
    d.para("**Ivy on the lime avenue.** Your advice has been noted. The Friends of Hollins Lane Cemetery asked to "
           "keep the ivy for nesting birds, and the Committee will discuss the matter with them before the next "
           "nesting season.")
    d.para("Please contact me to arrange access for the works; the contractor will collect the gate keys from the "
           "cemetery lodge.")
    d.para("Yours sincerely,\nSian Ashdown\nCemeteries and Open Spaces Officer, Marlbridge Town Council")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Oakline Arboriculture - OAC/2407/TS - Hollins Lane Cemetery",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Marlbridge Town Council - instruction of tree works",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": "T07", "starts_with": "Fell to ground level, grind the stump and remove all timber",
         "reply_contains": "The ash by the west gate will be felled", "verdict": "agrees"},
        {"number": "T12", "starts_with": "Reduce the crown by 2 m all round to lower wind loading",
         "reply_contains": "has approved a crown reduction of 1 m rather than 2 m", "verdict": "partly"},
        {"number": "T19", "starts_with": "Remove all deadwood over 25 mm in diameter from the crown",
         "reply_contains": "Greenway Tree Services will remove the deadwood on 2 October", "verdict": "agrees"},
        {"number": "T23", "starts_with": "Crown lift to 2.5 m above ground level over the headstones",
         "reply_contains": "The contractor will lift the crown to 2.5 m", "verdict": "agrees"},
        {"number": 5, "starts_with": "we recommend that the ivy on every tree in the lime avenue",
         "reply_contains": "will discuss the matter with them before the next nesting season", "verdict": "noted"},
        {"number": 6, "starts_with": "We also recommend that the whole cemetery be re-surveyed by",
         "reply_contains": "The Committee does not accept a survey every eighteen months", "verdict": "disagrees"},
        {"number": 7, "starts_with": "the Council should plant two replacement trees of a disease-resistant species",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["together with a quotation from our term contractor",
                 "will collect the gate keys from the cemetery lodge"]
    notes = ("Advice: a consultant arborist's TREE CONDITION SURVEY of a town council's cemetery (the Occupiers' "
             "Liability Act 1957 and the conservation area notice rule named as context). Four recommendations are "
             "rows of the 'Schedule of recommended works' table (Tree | Species | Condition | Recommended work | "
             "Priority), numbered here by their tags T07, T12, T19, T23; the rows T04 'No work required.' and T15 'No "
             "work at present' recommend nothing. Three more are UNNUMBERED SENTENCES in one running-text paragraph "
             "under 'Further recommendations' ('we recommend that the ivy ...', 'We also recommend that the whole "
             "cemetery be re-surveyed ...', 'Finally, the Council should plant ...'), numbered 5-7 here. Traps: site "
             "table; the Act and the notice rule paraphrased ('six weeks' notice must be given'); the 2022 survey "
             "quoted ('should be re-inspected'); observations numbered 1.-5.; visitors' request and 'We do not "
             "recommend felling the limes'; conclusion 'The works to T07 and T12 are the most urgent and should not "
             "wait'. Response: the council officer's LETTER OF INSTRUCTION with bold INLINE LABELS naming tags or "
             "themes, in the order T19, T07+T12, interval, T23, ivy: introduction (nothing); T19 approved (agrees); "
             "ONE paragraph 'T07 and T12': ash felled (agrees), beech reduced 1 m rather than 2 m (partly); survey "
             "every three years, not eighteen months (disagrees); T23 approved (agrees); ivy 'noted', to be "
             "discussed with the Friends (noted); closing (nothing). The replacement planting (7) is never answered "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 125 (EN): a New Zealand catchment care group's SUBMISSION on a proposed district PLAN CHANGE (the Form 5
layout: submitter details, trade-competition and hearing statements), answered by the council planner's SECTION 42A
HEARING REPORT. Each submission point is a block 'Point N - <provision>' with label/value rows 'Our position:',
'Reasons:', 'Decision sought:'; the seven 'Decision sought' values are the recommendations. Traps: the Resource
Management Act 1991 paraphrased ('must have regard'), the plan's own rules quoted ('must not exceed', 'must be set
back'), a numbered list of the group's monitoring results, an 'Overall position' paragraph, a closing line naming
points 1 and 3. The report analyses by key issue in paragraphs numbered 4.1 ..., names the group's points by the
council's SUBMISSION POINT codes 'S27.1'-'S27.6' (never 'Point N'), in another order, among other submitters' points
(S8.2, S14.1, S31.4) and ends each issue with 'Recommendation:' (Accept / Accept in part / Reject); S27.7 (the
definition of 'waterway') is never discussed; introduction, code of conduct and consequential amendments answer
nothing.
fpdf2, A4, cleaned Liberation Sans (submission) and Liberation Serif (report), fixed creation dates; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented; the Resource
Management Act 1991 and the Resource Management (Stock Exclusion) Regulations 2020 are named as context only (what is
said of them here is paraphrased and not to be relied on).
Run:  /tmp/blind125en/bin/python tests/docs/src/blind125/gen_en_plan_submission_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b125en as H
from fpdf import FPDF

NAME = "blind125_en_plan_submission"
TEAL = (0, 92, 99)


class Doc(FPDF):
    def __init__(self, date, fam):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_creation_date(date)
        self.fam = fam
        for f, files in (("LS", ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf")),
                         ("LF", ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                 "LiberationSerif-Italic.ttf"))):
            self.add_font(f, "", H.clean_font(files[0]))
            self.add_font(f, "B", H.clean_font(files[1]))
            self.add_font(f, "I", H.clean_font(files[2]))
        self.set_margins(22, 20, 22)
        self.set_auto_page_break(True, 22)
        self.add_page()

    @property
    def tw(self):
        return self.w - self.l_margin - self.r_margin

    def para(self, t, size=10, style="", lh=5.0, after=2.2, indent=0, align="L"):
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(after)

    def head(self, t, size=11.5, before=2.5, colour=TEAL):
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*colour)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def row(self, k, v, kw=36, size=10, vstyle=""):
        self.set_font(self.fam, "B", size)
        y = self.get_y()
        self.set_x(self.l_margin + 2)
        self.cell(kw, 5.0, k)
        self.set_font(self.fam, vstyle, size)
        self.set_xy(self.l_margin + 2 + kw, y)
        self.multi_cell(self.tw - 2 - kw, 5.0, v, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.2)

    def numbered(self, no, t, size=10.5, lh=5.2, w=13):
        self.set_font(self.fam, "", size)
        y = self.get_y()
        if y > self.h - 32:
            self.add_page()
            y = self.get_y()
        self.cell(w, lh, no)
        self.set_xy(self.l_margin + w, y)
        self.multi_cell(self.tw - w, lh, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)


POINTS = [
    ("Point 1 - Policy RLZ-P3 (minimum lot size)", "Oppose in part",
     "The 1 ha minimum lot size will allow dense lifestyle development right up to the river, where our monitoring "
     "shows nutrient levels are already the highest in the catchment.",
     "Amend Policy RLZ-P3 and Rule SUB-R2 so that the minimum lot size is 2 ha on land within 200 m of the "
     "Waiora River, keeping 1 ha elsewhere in the zone."),
    ("Point 2 - Rule RLZ-R6 (earthworks)", "Oppose in part",
     "Rule RLZ-R6 permits up to 500 m3 of earthworks per site. On the steep country north of Stony Creek this is "
     "enough to send a large amount of sediment into the streams in a single storm.",
     "Reduce the permitted earthworks volume from 500 m3 to 250 m3 per site where the ground slopes more than "
     "15 degrees."),
    ("Point 3 - Rule RLZ-R9 (setbacks from waterways)", "Oppose",
     "The notified rule says that buildings \"must be set back at least 10 m from the edge of any waterway\". Ten "
     "metres leaves no room for planting and none for the stream to move in a flood.",
     "Increase the building setback from waterways to 20 m, and require a planted riparian margin at least 5 m "
     "wide as a condition of every subdivision consent."),
    ("Point 4 - Rule SUB-R4 (on-site wastewater)", "Oppose in part",
     "Many of the new lots will be too small for a septic tank and soakage field to work well in our clay soils.",
     "Require on-site wastewater systems serving new lots smaller than 2 ha to provide secondary treatment."),
    ("Point 5 - Planning Map 14 (Rural Lifestyle Precinct)", "Oppose",
     "The block at 114 Hendry Road is low-lying, floods most winters and drains straight into Hendry's Drain.",
     "Remove the land at 114 Hendry Road from the Rural Lifestyle Precinct and keep it in the General Rural "
     "Zone."),
    ("Point 6 - New rule (stock in waterways)", "Seek new provision",
     "Lifestyle blocks often carry a few cattle or horses that wander into the streams.",
     "Insert a new rule requiring stock to be kept out of all waterways on new lifestyle lots, with fencing "
     "installed before the title is issued."),
    ("Point 7 - Definitions (waterway)", "Oppose in part",
     "The notified definition covers only streams that flow all year, which leaves out most of the headwaters.",
     "Amend the definition of 'waterway' so that it includes intermittently flowing streams and their beds."),
]


def advice():
    d = Doc(datetime.datetime(2025, 8, 22, 10, 0, 0, tzinfo=datetime.timezone.utc), "LS")
    d.set_font("LS", "B", 9)
    d.set_text_color(90, 90, 90)
    d.cell(0, 5, "FORM 5 - SUBMISSION ON A PUBLICLY NOTIFIED PROPOSED PLAN CHANGE", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "B", 16)
    d.multi_cell(0, 7.5, "Submission on Proposed Plan Change 19 (Rural Lifestyle Zone) to the Waiora Valley "
                 "District Plan", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(2)
    d.set_draw_color(*TEAL)
    d.set_line_width(0.6)
    d.line(d.l_margin, d.get_y(), d.w - d.r_margin, d.get_y())
    d.ln(3)
    d.row("To:", "Chief Executive, Waiora Valley District Council, PO Box 318, Carrick 9440 "
          "(submissions@waioravalley.govt.example)")
    d.row("Submitter:", "Lower Waiora Catchment Care Group Incorporated")
    d.row("Contact:", "Helen Tamatea, Secretary, 27 Bridge Street, Carrick 9440")
    d.row("Date:", "22 August 2025")
    d.para("We could not gain an advantage in trade competition through this submission. We wish to be heard in "
           "support of our submission, and we would consider presenting a joint case with others who make a similar "
           "submission.", after=1)
    d.head("About us")
    d.para("The Lower Waiora Catchment Care Group has 140 members, most of them farmers and lifestyle block owners "
           "between Hendry's Bridge and the coast. Since 2019 our volunteers have tested water at eleven sites "
           "every month. The Resource Management Act 1991 says the Council must have regard to the effects of the "
           "plan change on the environment, and our results are part of that picture:")
    for i, t in enumerate([
            "E. coli at the Hendry's Bridge site exceeded the swimming guideline on 14 of 24 sampling days in 2024.",
            "Nitrate at the lower river sites has risen by about a third since 2019.",
            "Clarity in Stony Creek falls below 1 m after every rain event of more than 20 mm."], 1):
        d.numbered(f"{i}.", t, size=10, lh=5.0, w=8)
    d.head("Overall position")
    d.para("We support the plan change in part. We accept that the district needs more lifestyle sections and we "
           "welcome the new zone's objective RLZ-O2, which says that development \"should maintain or enhance the "
           "health of waterways\". The rules as notified will not achieve that objective. Our specific points "
           "follow.")
    d.head("Specific provisions, our position and the decisions we seek")
    for title, pos, why, ask in POINTS:
        if d.get_y() > d.h - 62:
            d.add_page()
        d.set_fill_color(226, 239, 240)
        d.set_font("LS", "B", 10.5)
        d.cell(0, 6.5, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.2)
        d.row("Our position:", pos)
        d.row("Reasons:", why)
        d.row("Decision sought:", ask, vstyle="B")
        d.ln(1.5)
    d.para("We also seek any consequential amendments needed to give effect to the decisions sought above. Points "
           "1 and 3 matter most to our members.")
    d.para("Helen Tamatea, for the Lower Waiora Catchment Care Group Incorporated", style="I")
    d.output(H.out(NAME + "_advice.pdf"))


def response():
    d = Doc(datetime.datetime(2025, 11, 7, 9, 0, 0, tzinfo=datetime.timezone.utc), "LF")
    d.set_font("LF", "B", 10)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "WAIORA VALLEY DISTRICT COUNCIL", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LF", "B", 15)
    d.multi_cell(0, 7, "Section 42A Hearing Report: Proposed Plan Change 19 (Rural Lifestyle Zone)",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_font("LF", "I", 11)
    d.multi_cell(0, 6, "Topic 3: Water quality, natural hazards and servicing", new_x="LMARGIN", new_y="NEXT")
    d.set_font("LF", "", 9.5)
    d.multi_cell(0, 5, "Report author: Daniel Pryor, Senior Policy Planner. Date: 7 November 2025. Hearing: "
                 "1-3 December 2025.", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.head("1. Introduction", size=11.5)
    d.numbered("1.1", "This report is prepared under section 42A of the Resource Management Act 1991. It assesses "
               "the submissions on Topic 3 and makes recommendations to the Hearing Panel. The recommendations are "
               "mine; they are not decisions of the Council, and the Panel may reach a different view after hearing "
               "from submitters.")
    d.numbered("1.2", "I hold a Master of Planning and have 14 years' experience. I have read the Code of Conduct "
               "for Expert Witnesses and agree to comply with it.")
    d.numbered("1.3", "Twelve submitters made 31 submission points on this topic. Submission points are referred to "
               "by submitter number and point, for example S27.3 for the third point of submitter 27 (Lower Waiora "
               "Catchment Care Group).")
    d.head("2. Key issue A: setbacks from waterways", size=11.5)
    d.numbered("2.1", "S27.3 seeks a 20 m building setback and a planted riparian margin of 5 m. The Waiora "
               "Landowners Association (S8.2) opposes any increase from 10 m, and Fish and Game North (S14.1) "
               "supports 20 m.")
    d.numbered("2.2", "I agree that 10 m is too narrow for a river that moves as often as the Waiora. A 20 m "
               "setback matches the adjoining district and I recommend it. The planted margin is a different "
               "matter: a condition of this kind would fall on the subdivider, while the planting would have to be "
               "maintained by each later owner, and I do not consider it can be enforced through the district plan. "
               "I do not support that part.")
    d.numbered("2.3", "Recommendation: Accept S27.3 in part and S14.1; reject S8.2.", size=10.5)
    d.head("3. Key issue B: on-site wastewater", size=11.5)
    d.numbered("3.1", "S27.4 asks that systems serving lots under 2 ha provide secondary treatment. The Council's "
               "engineers advise that the clay soils in the zone are poorly suited to primary systems, and the "
               "Regional Council's submission (S31.4) makes the same point. I recommend amending Rule SUB-R4 as "
               "sought, with the wording set out in Appendix A.")
    d.numbered("3.2", "Recommendation: Accept S27.4 and S31.4.", size=10.5)
    d.head("4. Key issue C: lot size near the river", size=11.5)
    d.numbered("4.1", "S27.1 seeks a 2 ha minimum lot size within 200 m of the Waiora River. A buffer of that "
               "width would take in 61 of the 96 hectares of the zone at Carrick South and would undermine the "
               "purpose of the plan change. A buffer of 100 m, which covers the land mapped as flood-prone, achieves "
               "most of the benefit; I recommend a 2 ha minimum within 100 m and 1 ha beyond.")
    d.numbered("4.2", "Recommendation: Accept S27.1 in part.", size=10.5)
    d.head("5. Key issue D: earthworks on steep land", size=11.5)
    d.numbered("5.1", "S27.2 seeks to halve the permitted earthworks volume on slopes steeper than 15 degrees. I "
               "accept the evidence on sediment from the group's monitoring, and a lower limit on steep sites "
               "is consistent with Rule GRUZ-R12 in the General Rural Zone. I recommend the change in full.")
    d.numbered("5.2", "Recommendation: Accept S27.2.", size=10.5)
    d.head("6. Key issue E: extent of the precinct at Hendry Road", size=11.5)
    d.numbered("6.1", "S27.5 seeks the removal of 114 Hendry Road from the precinct. The site is within the "
               "1 % annual exceedance probability flood area, but the owner's flood assessment shows building "
               "platforms can be placed above the flood level on 4.2 ha of the site, and Rule NH-R3 already controls "
               "building in flood areas. I do not recommend changing Planning Map 14.")
    d.numbered("6.2", "Recommendation: Reject S27.5.", size=10.5)
    d.head("7. Matters outside the scope of the district plan", size=11.5)
    d.numbered("7.1", "S27.6 seeks a new rule on keeping stock out of waterways. The exclusion of stock from "
               "water bodies is a regional council function, and the Resource Management (Stock Exclusion) "
               "Regulations 2020 already apply to some of these lots. I have passed the point to the Regional "
               "Council's land management team for its consideration and make no recommendation on it.")
    d.head("8. Consequential amendments", size=11.5)
    d.numbered("8.1", "The cross-references in Rules SUB-R2 and RLZ-R9 will need minor changes if the Panel "
               "accepts my recommendations; these are shown in tracked changes in Appendix A.")
    d.output(H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Lower Waiora Catchment Care Group - Submission on PC19",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="PC19 - Section 42A Report - Topic 3",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Amend Policy RLZ-P3 and Rule SUB-R2 so that the minimum lot size",
         "reply_contains": "I recommend a 2 ha minimum within 100 m", "verdict": "partly"},
        {"number": 2, "starts_with": "Reduce the permitted earthworks volume from 500 m3 to 250 m3",
         "reply_contains": "I recommend the change in full", "verdict": "agrees"},
        {"number": 3, "starts_with": "Increase the building setback from waterways to 20 m, and require",
         "reply_contains": "I do not consider it can be enforced through the district plan",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Require on-site wastewater systems serving new lots smaller than 2 ha",
         "reply_contains": "I recommend amending Rule SUB-R4 as sought", "verdict": "agrees"},
        {"number": 5, "starts_with": "Remove the land at 114 Hendry Road from the Rural Lifestyle Precinct",
         "reply_contains": "I do not recommend changing Planning Map 14", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Insert a new rule requiring stock to be kept out of",
         "reply_contains": "passed the point to the Regional Council's land management team", "verdict": "noted"},
        {"number": 7, "starts_with": "Amend the definition of 'waterway' so that it includes intermittently",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["I have read the Code of Conduct for Expert Witnesses",
                 "will need minor changes if the Panel accepts my recommendations"]
    notes = ("Advice: a New Zealand catchment care group's SUBMISSION on a proposed district plan change in the Form 5 "
             "layout (To / Submitter / Contact / Date rows, trade-competition and hearing statements); the Resource "
             "Management Act 1991 paraphrased ('must have regard'); a numbered list 1.-3. of monitoring RESULTS; an "
             "'Overall position' quoting the plan's objective ('should maintain or enhance'); seven shaded blocks "
             "'Point N - <provision>' with label/value rows 'Our position:' / 'Reasons:' (the notified rule quoted: "
             "'must be set back at least 10 m') / 'Decision sought:' (bold; the recommendations: 1 2 ha lots within "
             "200 m of the river, 2 earthworks 250 m3 on steep land, 3 20 m setback AND a 5 m planted margin, 4 "
             "secondary wastewater treatment, 5 remove 114 Hendry Road from the precinct, 6 a new stock exclusion "
             "rule, 7 'waterway' to include intermittent streams); closing 'Points 1 and 3 matter most'. Response: the "
             "planner's SECTION 42A HEARING REPORT, numbered paragraphs 1.1-8.1 under 'Key issue' headings, naming the "
             "points only by submission point codes S27.1-S27.6 (paragraph 1.3 explains S27.3) in the order 3, 4, 1, "
             "2, 5, 6, among other submitters' points S8.2, S14.1, S31.4; 'Recommendation:' lines. S27.3 accept in "
             "part: 20 m yes, planted margin not enforceable (3 partly); S27.4 accept (4 agrees); S27.1 accept in "
             "part, 100 m not 200 m (1 partly); S27.2 accept in full (2 agrees); S27.5 reject (5 disagrees); S27.6 "
             "outside the plan's scope, passed to the Regional Council, no recommendation (6 noted); S27.7 never "
             "named (7 unanswered). Introduction/qualifications and consequential amendments answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

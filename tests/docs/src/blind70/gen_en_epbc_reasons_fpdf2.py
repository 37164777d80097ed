"""Round 70 (EN): an Australian INDEPENDENT EXPERT SCIENTIFIC ADVICE ON A COAL MINE (genre of the expert
scientific committee's 'Advice to decision maker on coal mining project': a request table, a summary, context,
then 'Response to questions' with numbered paragraphs in which 'The Panel recommends that ...' sentences stand
unnumbered among findings) answered by the decision maker's STATEMENT OF REASONS for an approval under the
Environment Protection and Biodiversity Conservation Act 1999 (first person singular, numbered paragraphs under
the usual headings 'Decision', 'Background', 'Evidence or other material ...', 'Findings on material questions
of fact', 'Conclusion').
Advice: Independent Scientific Panel on Water and Mining, 'ISPWM 2026-031: Mount Corella Coal Mine Extension
Project (EPBC 2025/10012) - New development', 28 April 2026, A4, 3 p.: 'OFFICIAL' markings, a request table,
'Summary' (a paraphrase), 'Context', 'Response to questions' with the four questions in bold and paragraphs
1-16 with the numbers in a margin column; the seven recommendations are unnumbered sentences inside paragraphs
2, 6, 7, 10, 11, 13 and 15 (numbers 1-7 by order).
Response: 'Statement of reasons for decision under section 133 ...', 4 September 2026, 2 p.: paragraphs 1-17;
order 7, 2+3, 6, 1, 4; recommendation 5 (peer review) is not answered.
fpdf2, cleaned Liberation Sans, fixed creation dates. The EPBC Act is real (what is said of it here is not to be
relied on); the Panel, the departments, the mine, the proponent, places, bores, people and figures are invented.

Run:  /tmp/blind70en/bin/python tests/docs/src/blind70/gen_en_epbc_reasons_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b70en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind70_en_epbc_reasons"
TEAL = (0, 94, 100)
GREY = (90, 90, 90)
RED = (190, 0, 0)

RECS = [
    "The Panel recommends that the proponent recalibrate the groundwater model using the 2022-2025 monitoring "
    "data from bores MC-12 to MC-19 before a decision on approval is made.",
    "The Panel recommends that a trigger action response plan be prepared for the Corella Springs complex, with "
    "an early-warning trigger set at 0.2 m of drawdown in the nearest monitoring bore.",
    "The Panel recommends that stygofauna sampling in the Dingo Creek alluvium be extended to at least four "
    "sampling rounds, covering both wet and dry seasons.",
    "The Panel recommends that the water quality monitoring program include sites upstream and downstream of "
    "the release point on Wattle Creek and at its confluence with the Marra River.",
    "The Panel also recommends that the surface water model be independently peer reviewed, and that the review "
    "be published with the final assessment documentation.",
    "The Panel recommends that the cumulative impact assessment include the approved Bellamy North and Tallis "
    "Creek mines, which share the Dingo Creek catchment.",
    "The Panel recommends that the final void be partially backfilled to above the predicted post-closure "
    "groundwater level, so that it does not act as a permanent groundwater sink.",
]


class Doc(FPDF):
    def __init__(self, date, foot):
        super().__init__(orientation="portrait", format="A4", unit="mm")
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_creation_date(date)
        self.foot = foot
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        self.set_y(8)
        self.set_font("LS", "B", 9)
        self.set_text_color(*RED)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self):
        self.set_y(-14)
        self.set_font("LS", "", 7.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "%d" % self.page_no(), align="R")
        self.ln(4)
        self.set_font("LS", "B", 9)
        self.set_text_color(*RED)
        self.cell(0, 4, "OFFICIAL", align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, style="", size=9.8, lh=4.9, after=2.4, indent=0, align="J"):
        self.set_font("LS", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def np(self, n, t, size=9.8, lh=4.9, after=2.4, gap=10):
        """A paragraph with its number in a margin column."""
        self.set_font("LS", "", size)
        lines = self.multi_cell(self.epw - gap, lh, t, dry_run=True, output="LINES", markdown=True)
        if self.get_y() + min(len(lines), 2) * lh > self.h - self.b_margin:
            self.add_page()
        y = self.get_y()
        self.set_x(self.l_margin)
        self.cell(gap, lh, str(n))
        self.set_xy(self.l_margin + gap, y)
        self.multi_cell(self.epw - gap, lh, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)

    def hd(self, t, size=11.5, color=TEAL, after=1.5):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(1.5)
        self.set_font("LS", "B", size)
        self.set_text_color(*color)
        self.multi_cell(0, 5.8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def grid(self, rows, widths, size=8.6, head=False):
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.set_font("LS", "", size)
        with self.table(col_widths=widths, width=sum(widths), align="LEFT", line_height=4.4,
                        first_row_as_headings=False, text_align="LEFT") as t:
            for i, r in enumerate(rows):
                row = t.row()
                for j, c in enumerate(r):
                    bold = (head and i == 0) or (j == 0 and not head)
                    fill = (225, 238, 238) if bold else None
                    row.cell(c, style=FontFace(emphasis="BOLD" if bold else None, fill_color=fill))
        self.ln(3)


def advice(path):
    d = Doc(datetime(2026, 4, 28, 10, 0, tzinfo=timezone.utc),
            "ISPWM 2026-031: Mount Corella Coal Mine Extension Project")
    d.add_page()
    d.set_font("LS", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "Independent Scientific Panel on Water and Mining", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("LS", "B", 15)
    d.multi_cell(0, 7, "Advice to decision maker on coal mining project", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.set_font("LS", "B", 10.5)
    d.multi_cell(0, 5.4, "ISPWM 2026-031: Mount Corella Coal Mine Extension Project (EPBC 2025/10012) - New "
                 "development", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(3)
    d.set_font("LS", "", 8.6)
    d.grid([["Requesting agencies", "Commonwealth Department of Environment and Water; Queensland Department of "
             "Environment and Land"],
            ["Date of request", "12 February 2026"],
            ["Date request accepted", "16 February 2026"],
            ["Advice stage", "Assessment"]], [48, 122])
    d.p("The Independent Scientific Panel on Water and Mining (the Panel) provides independent, expert, "
        "scientific advice to regulators on the potential impacts of coal seam gas and large coal mining "
        "developments on water resources. This advice responds to a request from the Commonwealth and Queensland "
        "regulators and draws on the proponent's environmental impact statement (EIS) and its supplementary "
        "groundwater report of November 2025.")
    d.hd("Summary")
    d.p("Mount Corella Coal Pty Ltd proposes to extend open-cut mining at the Mount Corella mine, 34 km north of "
        "Banfield, Queensland, by 14 years, adding two pits and one final void. The Panel considers that the key "
        "potential impacts are drawdown affecting the Corella Springs complex, changes to the water quality of "
        "Wattle Creek, and the long-term effect of the final void. The Panel's advice focuses on the reliability "
        "of the groundwater model, the protection of the springs, and the closure of the final void, and it "
        "identifies several gaps that the regulators may wish to address through conditions.")
    d.hd("Context")
    d.p("The existing mine was approved in 2012 (EPBC 2011/5870). The extension lies in the Dingo Creek "
        "catchment, where the Corella Springs complex supports a listed threatened ecological community. Two "
        "other mines in the catchment, Bellamy North and Tallis Creek, have been approved but have not yet "
        "commenced. Conditions of the 2012 approval require the proponent to report groundwater levels annually "
        "and must be complied with until the current pits are rehabilitated.")
    d.hd("Response to questions")
    d.p("**Question 1: Is the groundwater model fit for purpose to predict the extent of drawdown from the "
        "project?**", size=9.8)
    d.np(1, "The numerical groundwater model is broadly consistent with the Australian groundwater modelling "
         "guidelines, which state that a model should be recalibrated when significant new monitoring data become "
         "available. The conceptual model of the Dingo Creek alluvium and the underlying coal measures is "
         "reasonable.")
    d.np(2, "However, the model was calibrated against water levels to December 2021. Water levels in bores MC-12 "
         "to MC-19 have since fallen by up to 1.8 m, more than the model predicted for that period. " + RECS[0])
    d.np(3, "The predicted maximum drawdown at the key receptors is shown in Table 1. The Panel notes that the "
         "predictions for bores MC-17 and MC-19 lie close to the springs and are the most uncertain.")
    d.grid([["Receptor", "Distance from pit (km)", "Predicted maximum drawdown (m)"],
            ["Bore MC-17 (Corella Springs)", "2.1", "0.6"],
            ["Bore MC-19 (Dingo Creek alluvium)", "3.4", "0.3"],
            ["Landholder bore RN 13400211", "5.8", "0.1"]], [70, 45, 55], head=True)
    d.p("**Question 2: Are the proposed measures adequate to protect groundwater-dependent ecosystems?**")
    d.np(4, "In its 2019 advice on an earlier stage of the mine (ISPWM 2019-104), the Panel recommended that \"a "
         "spring monitoring program should commence at least two years before mining\". The Panel notes that "
         "this program began in 2021 and now provides a useful baseline.")
    d.np(5, "The EIS commits the proponent to monitoring the springs quarterly, but it does not say what the "
         "proponent will do if spring flows decline. The Corella Springs complex depends on a thin perched "
         "aquifer, and a small loss of pressure could cause some vents to cease flowing.")
    d.np(6, RECS[1] + " The plan should name the actions the proponent will take at each trigger level.")
    d.np(7, "Stygofauna were recorded in the Dingo Creek alluvium in both of the two sampling rounds undertaken. "
         "Two rounds are not enough to describe the community or its seasonal variation. " + RECS[2])
    d.p("**Question 3: Are the predicted impacts on surface water adequately addressed?**")
    d.np(8, "The project would release mine-affected water to Wattle Creek during flow events under the "
         "Queensland environmental authority. Sulfate and electrical conductivity are the main parameters of "
         "concern.")
    d.np(9, "The surface water model is simple, and the Panel was unable to reproduce several of its results "
         "from the information provided. It should be seen as indicative only.")
    d.np(10, RECS[3])
    d.np(11, RECS[4])
    d.p("**Question 4: Has the cumulative impact of the project with other developments been assessed "
        "adequately?**")
    d.np(12, "The EIS assesses cumulative impacts with the existing mine only.")
    d.np(13, RECS[5] + " Drawdown from the three mines may overlap beneath the springs.")
    d.np(14, "At closure, the project would leave a final void with a surface area of 210 ha. The proponent's "
         "modelling predicts that the void lake will stabilise 40 m below the pre-mining groundwater level.")
    d.np(15, RECS[6] + " Otherwise the void will draw in groundwater, and salts will accumulate in the void lake, "
         "in perpetuity.")
    d.np(16, "The Panel notes that the proponent has committed to a progressive rehabilitation schedule. The Panel "
         "has not considered the economic or social aspects of the project.")
    d.ln(2)
    d.p("**Date of advice:** 28 April 2026", size=9)
    d.p("**Source documentation:** Mount Corella Coal Mine Extension Project EIS (2025), Volumes 1-3; "
        "Supplementary groundwater report (November 2025); Panel advice ISPWM 2019-104.", size=9)
    d.output(path)


def response(path):
    d = Doc(datetime(2026, 9, 4, 10, 0, tzinfo=timezone.utc),
            "Statement of reasons: Mount Corella Coal Mine Extension Project (EPBC 2025/10012)")
    d.add_page()
    d.set_font("LS", "B", 12.5)
    d.multi_cell(0, 6, "STATEMENT OF REASONS FOR DECISION UNDER SECTION 133 OF THE ENVIRONMENT PROTECTION AND "
                 "BIODIVERSITY CONSERVATION ACT 1999", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.set_font("LS", "B", 10.5)
    d.multi_cell(0, 5.4, "Mount Corella Coal Mine Extension Project (EPBC 2025/10012)", align="C",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.p("I, Daniel Whitcombe, Assistant Secretary, Coal and Gas Assessments Branch, Commonwealth Department of "
        "Environment and Water, delegate of the Minister for the Environment under the Environment Protection and "
        "Biodiversity Conservation Act 1999 (EPBC Act), provide the following statement of reasons for my "
        "decision of 21 August 2026.")
    d.hd("Decision")
    d.np(1, "On 21 August 2026, I decided under section 133 of the EPBC Act to approve the taking of the proposed "
         "action by Mount Corella Coal Pty Ltd, subject to the conditions set out in the approval notice.")
    d.hd("Background")
    d.np(2, "The proposed action is to extend the Mount Corella open-cut coal mine, 34 km north of Banfield, by "
         "two pits, with mining to continue until 2044. The proposal was assessed by environmental impact "
         "statement under the bilateral agreement with Queensland.")
    d.hd("Evidence or other material on which my findings were based")
    d.np(3, "I considered the Queensland assessment report, the departmental brief and its attachments, the "
         "advice of the Independent Scientific Panel on Water and Mining dated 28 April 2026 (the Panel), the "
         "proponent's response to that advice dated 3 June 2026, and the public comments on the EIS.")
    d.hd("Findings on material questions of fact")
    d.p("**Listed threatened species**")
    d.np(4, "The project would clear 312 ha of habitat for the koala. I found that the offset of 780 ha at "
         "Glenrowan station, secured under condition 5, would compensate for this residual impact.")
    d.p("**Water resources**")
    d.np(5, "I gave the Panel's advice considerable weight. I deal below with each of the matters on which it "
         "recommended further work.")
    d.np(6, "The Panel recommended that the final void be partially backfilled. I did not accept this "
         "recommendation. The proponent's revised modelling shows that the void's zone of influence would be "
         "confined to within 400 m of the void, where there are no groundwater users or dependent ecosystems. "
         "Backfilling would mean rehandling about 90 million tonnes of spoil over six years, with greater dust "
         "and noise impacts and a further 45 ha of disturbance. Condition 21 instead requires a final void "
         "management plan, approved by the Minister, before mining in the second pit begins.")
    d.np(7, "I agreed with the Panel that the Corella Springs complex needs an early-warning system. Condition 14 "
         "requires a trigger action response plan with an early-warning trigger of 0.2 m drawdown at bore MC-17, "
         "and requires the proponent to stop dewatering the northern pit if the highest trigger is reached. On "
         "stygofauna, I noted that the Queensland environmental authority already requires sampling of the "
         "Dingo Creek alluvium; this is a matter for the Queensland regulator, and I have not imposed a "
         "separate condition.")
    d.np(8, "In its response of 3 June 2026, the proponent provided a revised cumulative assessment that includes "
         "the Bellamy North and Tallis Creek mines. I was satisfied that the combined drawdown beneath the "
         "springs would remain below 0.8 m, and condition 14 applies to the combined drawdown.")
    d.np(9, "I did not consider it necessary to defer my decision until the groundwater model had been "
         "recalibrated, as the changes observed since 2021 do not alter the predicted impacts on the springs by "
         "more than 0.1 m. Condition 9 requires the proponent to recalibrate the model with all monitoring data "
         "to 2025 within 12 months of the approval, and before mining below 180 m RL.")
    d.np(10, "Condition 16 requires water quality monitoring upstream and downstream of the release point on "
         "Wattle Creek. I did not require a monitoring site at the Marra River confluence, because releases would "
         "be diluted below detection limits well before they reach it.")
    d.p("**Economic and social matters**")
    d.np(11, "I took into account that the project would sustain about 640 jobs during operations and provide "
         "royalties to the State of Queensland.")
    d.hd("Conclusion")
    d.np(12, "Having regard to the above, I was satisfied that, with the conditions I have imposed, the impacts "
         "of the action on each relevant protected matter would be acceptable, and I approved the action.")
    d.ln(5)
    d.p("Daniel Whitcombe\nAssistant Secretary\nCoal and Gas Assessments Branch\n4 September 2026", align="L")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "I did not consider it necessary to defer my decision", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "requires a trigger action response plan with an early-warning trigger",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "this is a matter for the Queensland regulator", "verdict": "noted"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "I did not require a monitoring site at the Marra River confluence",
         "verdict": "partly"},
        {"number": "5", "starts_with": sw(5), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "provided a revised cumulative assessment that includes", "verdict": "agrees"},
        {"number": "7", "starts_with": sw(7), "reply_contains": "I did not accept this recommendation",
         "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, [
        "decided under section 133 of the EPBC Act to approve",
        "The proposed action is to extend the Mount Corella open-cut coal mine",
        "the offset of 780 ha at Glenrowan station",
        "would sustain about 640 jobs during operations",
    ], "Advice: an Australian independent expert scientific panel's 'Advice to decision maker on coal mining "
       "project', with 'OFFICIAL' markings, a request table, Summary, Context and 'Response to questions' (four "
       "bold questions, paragraphs 1-16 with their numbers in a margin column). The seven recommendations are "
       "UNNUMBERED sentences 'The Panel recommends that ...' ('The Panel also recommends that ...' for 5), standing "
       "at the end of paragraph 2, opening paragraph 6, at the end of paragraph 7, alone as paragraphs 10 and 11, "
       "opening paragraphs 13 and 15; numbers 1-7 by order. Traps: the Summary's paraphrase ('The Panel's advice "
       "focuses on ...', 'the regulators may wish to address'), the 2012 approval's conditions ('must be "
       "complied with'), the modelling guidelines ('should be recalibrated'), Table 1 of drawdown, the Panel's "
       "2019 advice quoted ('the Panel recommended that \"a spring monitoring program should commence ...\"'), "
       "'The plan should name the actions', 'It should be seen as indicative only', 'The Panel notes that ...', "
       "and the source documentation. Response: a delegate's statement of reasons under section 133 of the EPBC "
       "Act, first person, paragraphs 1-12 (their own numbers) under 'Decision', 'Background', 'Evidence ...', "
       "'Findings on material questions of fact' (bold sub-headings) and 'Conclusion'; no verdict labels, no "
       "recommendation numbers. Order 7, 2+3, 6, 1, 4: 6 'I did not accept this recommendation' (backfilling; 7 "
       "disagrees); 7 ONE paragraph: condition 14 trigger action response plan (2 agrees) and stygofauna 'a "
       "matter for the Queensland regulator', no condition (3 noted); 8 revised cumulative assessment with the "
       "two mines (6 agrees); 9 no deferral, recalibration within 12 months of approval by condition 9 (1 "
       "partly: done, but not before the decision as recommended); 10 upstream and downstream sites but no site "
       "at the Marra River confluence (4 partly); the peer review of the surface water model (5) is not "
       "answered. Unmatched: 1 (decision), 2 (background), 4 (koala offset), 11 (jobs and royalties); 3 (the "
       "material considered) and 5 and 12 are general.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

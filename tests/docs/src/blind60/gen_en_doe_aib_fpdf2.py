"""Round 60 (EN): a US Department of Energy-style ACCIDENT INVESTIGATION BOARD report and the contractor's
letter transmitting its CORRECTIVE ACTION PLAN narrative.
Advice: 'Accident Investigation Report: Fall from an Aerial Work Platform During Duct Removal at Building 7240,
Carbon Ridge Site' (genre of DOE accident investigation reports under DOE Order 225.1B: a release authorization
by the appointing official, an executive summary with the direct, root and contributing causes, and 'Table ES-1:
Conclusions and Judgments of Need' - a two-column ruled table pairing each Conclusion (CON 1 ... CON 7, findings)
with a Judgment of Need (JON 1 ... JON 7, the recommendations, phrased 'RES needs to ...' / 'CRFO needs to ...'),
followed by a short barrier analysis table and facts).
Response: letter of the invented contractor Ridgeline Environmental Services, LLC (RES) to the invented Carbon Ridge
Field Office (CRFO) 'Submittal of Corrective Action Plan' (genre of a contractor's CAP transmittal letter in prose:
subject block, reference line, paragraphs under bold run-in topic headings of the contractor's own, answering the
JONs by number in the order 3, 1, 2+5, 6, 4; JON 7 is addressed to the field office and is not answered).
Traps: the release authorization ('accepts the findings'), DOE O 225.1B's requirement quoted ('shall'), the 2023
JON quoted from an earlier board, the Conclusions (CON 1-7) in the left column beside the JONs, the causes
('direct cause', 'root cause'), a barrier analysis table, the procedure quoted ('shall'). fpdf2, US Letter, cleaned
Liberation Sans/Serif, fpdf2 table(), fixed creation date. All content is invented (DOE Order 225.1B and 29 CFR
1926 are real; the site, contractor, field office, people and figures are not).

Run:  /tmp/blind60en/bin/python tests/docs/src/blind60/gen_en_doe_aib_fpdf2.py
"""
import os, sys
from datetime import datetime, timezone
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b60en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind60_en_doe_aib"
NAVY = (20, 45, 95)

CONS = [
    "RES did not identify the fall hazard created by removing a section of guardrail in the work package hazard "
    "analysis for the duct removal task.",
    "The aerial work platform operator had been trained on a scissor lift but not on the articulating boom lift "
    "used on the day of the accident.",
    "The injured worker was not tied off while reaching outside the platform; supervisors had tolerated this "
    "practice during earlier shifts.",
    "RES had not reviewed the safety program of the lower-tier subcontractor, Vantor Mechanical, before or after "
    "award.",
    "The pre-job briefing lasted four minutes, did not discuss the guardrail removal and was not attended by the "
    "operator.",
    "Two near-miss reports involving aerial lifts in 2025 were closed individually and never trended.",
    "CRFO's annual oversight plan for 2026 did not include any assessment of subcontractor work at heights.",
]
JONS = [
    "RES needs to revise its work planning and control procedure to require a joint walkdown by the work "
    "supervisor and a safety professional before any task that removes or modifies fall protection.",
    "RES needs to ensure that every aerial work platform operator is trained and evaluated on each model of "
    "platform that he or she operates.",
    "RES needs to enforce 100 percent tie-off for all work at heights above 6 feet, including work from aerial "
    "lifts, scaffolds and portable ladders.",
    "RES needs to evaluate the safety programs of its lower-tier subcontractors before award and at least once a "
    "year thereafter.",
    "RES needs to record every pre-job briefing for high-hazard work on video so that supervisors can review its "
    "quality.",
    "RES needs to trend near-miss reports across all of its projects and share the results with CRFO each "
    "quarter.",
    "CRFO needs to include subcontractor work at heights in its annual oversight plan and perform at least one "
    "assessment of such work each quarter.",
]


class Doc(FPDF):
    def __init__(self, head=None):
        super().__init__(format="Letter", unit="mm")
        for fam, base in (("SR", "LiberationSerif"), ("SS", "LiberationSans")):
            for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
                self.add_font(fam, st, H.clean_font("%s-%s.ttf" % (base, f)))
        self.head = head
        self.set_margins(25, 20, 25)
        self.set_auto_page_break(True, 20)
        self.set_creation_date(datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc))

    def header(self):
        if self.head and self.page_no() > 1:
            self.set_font("SS", "", 8)
            self.set_text_color(90, 90, 90)
            self.set_y(10)
            self.cell(0, 4, self.head, align="L")
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("SS", "", 8.5)
        if self.head:
            self.cell(0, 4, str(self.page_no() + 3), align="C")
        elif self.page_no() > 1:
            self.cell(0, 4, "Page %d of {nb}" % self.page_no(), align="R")

    def p(self, t, style="", size=10.5, lh=5.2, align="J", after=2.4, fam="SR", indent=0):
        self.set_font(fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=11.5, after=1.5):
        if self.get_y() > 235:
            self.add_page()
        self.ln(1.5)
        self.set_font("SS", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)


def advice(path):
    d = Doc("Accident Investigation Report - Fall from an Aerial Work Platform, Building 7240, Carbon Ridge Site")
    d.set_title("Accident Investigation Report")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 30, "F")
    d.set_fill_color(255, 255, 255)
    d.set_text_color(255, 255, 255)
    d.set_font("SS", "B", 9)
    d.set_xy(25, 8)
    d.cell(0, 5, "U.S. DEPARTMENT OF ENERGY  |  ACCIDENT INVESTIGATION REPORT")
    d.set_font("SS", "B", 14)
    d.set_xy(25, 15)
    d.cell(0, 7, "Fall from an Aerial Work Platform During Duct Removal")
    d.set_text_color(0, 0, 0)
    d.set_y(36)
    d.p("Building 7240, Carbon Ridge Site  -  August 12, 2026  -  Report issued November 2026", "I", 10, fam="SS",
        align="L")
    d.hd("Release Authorization")
    d.p("On August 14, 2026, I appointed an Accident Investigation Board to investigate the fall of a subcontractor "
        "pipefitter from an articulating boom lift at Building 7240. The Board's responsibilities have been "
        "completed in accordance with DOE O 225.1B, Accident Investigations. I have reviewed the report and accept "
        "its findings, conclusions and judgments of need. - Marisol T. Okafor, Manager, Carbon Ridge Field Office")
    d.hd("Executive Summary")
    d.p("At 10:42 a.m. on August 12, 2026, a pipefitter employed by Vantor Mechanical, a lower-tier subcontractor to "
        "Ridgeline Environmental Services, LLC (RES), fell 14 feet from the platform of an articulating boom lift "
        "while reaching for a duct hanger. He fractured his pelvis and left wrist and was hospitalized for nine days.")
    d.p("**Direct cause:** the worker's unsecured position outside the platform rails. **Root cause:** RES's work "
        "planning did not identify or control the fall hazard. **Contributing causes:** inadequate operator "
        "qualification, an ineffective pre-job briefing and weak oversight of the subcontractor.")
    d.p("DOE O 225.1B requires that the contractor shall prepare a corrective action plan addressing each judgment "
        "of need within 30 calendar days of receiving the final report. In 2023 an earlier board at the site found "
        "that \"RES needs to strengthen the control of lower-tier subcontractor work\"; that judgment of need was "
        "closed in 2024.")
    d.p("Table ES-1 sets out the Board's conclusions and the judgments of need that follow from them.", after=1.5)
    d.set_font("SS", "", 9)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with d.table(col_widths=(50, 50), line_height=4.4, text_align="LEFT", headings_style=head,
                 borders_layout="ALL", padding=1.6) as t:
        r = t.row()
        r.cell("Conclusions")
        r.cell("Judgments of Need")
        for i in range(7):
            r = t.row()
            r.cell("CON %d: %s" % (i + 1, CONS[i]))
            r.cell("JON %d: %s" % (i + 1, JONS[i]))
    d.ln(4)
    d.hd("1.0  Barrier Analysis")
    d.p("The Board examined the barriers that should have prevented the accident. The Board does not make "
        "separate judgments of need for the barriers that performed as intended.", after=1.5)
    d.set_font("SS", "", 9)
    with d.table(col_widths=(40, 30, 60), line_height=4.4, text_align="LEFT", headings_style=head,
                 padding=1.4) as t:
        for row in (("Barrier", "Performance", "Comment"),
                    ("Work package hazard analysis", "Failed", "Guardrail removal not listed as a step"),
                    ("Operator qualification", "Failed", "Trained on scissor lift only"),
                    ("Personal fall arrest system", "Not used", "Lanyard worn but not attached"),
                    ("Emergency response", "Effective", "Site ambulance on scene in 6 minutes")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    d.hd("2.0  Facts and Analysis")
    d.p("RES procedure RES-SH-014, Fall Protection, states that \"personnel on aerial lifts shall be tied off to the "
        "designated anchorage at all times.\" Interviews showed that workers routinely unclipped to reach hangers "
        "beyond the platform and that two supervisors had seen this without stopping the work. Supervisors should "
        "have stopped the work; the Board found no record that any stop-work was called on the project in 2026.")
    d.p("The Board's analysis of the work planning, training and oversight records is set out in Appendix C (not "
        "reproduced in this extract).")
    d.output(path)


def response(path):
    d = Doc()
    d.set_title("Submittal of Corrective Action Plan")
    d.alias_nb_pages()
    d.add_page()
    d.set_font("SS", "B", 16)
    d.set_text_color(*NAVY)
    d.cell(0, 8, "RIDGELINE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("SS", "", 8.5)
    d.cell(0, 4, "Ridgeline Environmental Services, LLC  -  1200 Quarry Road, Carbon Ridge  -  Contract "
                 "DE-EM0004471", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.p("RES-26-1187\nDecember 9, 2026", size=10.5, align="L", after=3)
    d.p("Ms. Marisol T. Okafor, Manager\nCarbon Ridge Field Office\nU.S. Department of Energy", align="L", after=3)
    d.p("Subject: **Submittal of Corrective Action Plan for the Accident Investigation Report, Fall from an Aerial "
        "Work Platform at Building 7240**", align="L")
    d.p("Reference: CRFO letter 26-CRFO-0412, Transmittal of Final Accident Investigation Report, November 9, 2026",
        size=9.5, align="L", after=3)
    d.p("Dear Ms. Okafor:")
    d.p("Ridgeline Environmental Services, LLC (RES) hereby submits its Corrective Action Plan (CAP) in response to "
        "the judgments of need of the Accident Investigation Board. The actions are summarized below; the "
        "enclosed CAP gives owners, milestones and objective evidence for closure.")
    d.p("**Immediate actions.** On August 13, 2026, RES held a site-wide safety stand-down attended by 612 workers "
        "and suspended all boom lift work for eleven days pending a review of every active work package.")
    d.p("**Work at heights (JON 3).** RES has made tie-off mandatory on every aerial lift and scaffold above 6 feet "
        "from September 1, 2026, and supervisors now check attachment at each lift inspection. For portable "
        "ladders RES will keep the three-point contact rule of its ladder procedure, which meets 29 CFR 1926.1053; "
        "tie-off on ladders is not practicable for most tasks.")
    d.p("**Work planning (JON 1).** Procedure RES-WP-002 was revised on October 20, 2026. A joint walkdown by the "
        "work supervisor and a safety professional is now a hold point in every work package that removes or "
        "alters guardrails, covers or other fall protection.")
    d.p("**Operators and briefings (JONs 2 and 5).** All 47 aerial lift operators on site have been re-evaluated "
        "on each model they operate, and the training matrix is now tied to the equipment list. RES does not concur "
        "with recording pre-job briefings on video. Recording would raise labor-relations and privacy concerns and "
        "would not, in our view, improve the quality of a briefing; instead a supervisor will sign a briefing "
        "checklist and a safety professional will observe a sample of ten briefings a month.")
    d.p("**Trending (JON 6).** RES acknowledges the Board's observation that near misses were not trended. This "
        "will be considered when the corporate trending program is reviewed in fiscal year 2027; no change is "
        "planned before then.")
    d.p("**Subcontractors (JON 4).** RES will evaluate the safety program of every lower-tier subcontractor before "
        "award, and annually thereafter, using the evaluation form in procedure RES-PR-031. Vantor Mechanical was "
        "evaluated on October 2, 2026.")
    d.p("**Effectiveness review.** RES will conduct an effectiveness review of the completed actions in June 2027 "
        "and will share the report with CRFO.")
    d.p("If you have any questions, please contact Dana Whitlow, Director of Environment, Safety and Health, at "
        "(555) 014-2290.")
    d.p("Sincerely,\n\nThomas R. Brandvold\nPresident and General Manager", align="L", after=3)
    d.p("Enclosure: Corrective Action Plan, Revision 0 (11 pages)\ncc: D. Whitlow, RES; CRFO Safety Division",
        size=9, align="L")
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=10: " ".join(JONS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "Procedure RES-WP-002 was revised on October 20, 2026", "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "All 47 aerial lift operators on site have been re-evaluated", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "tie-off on ladders is not practicable for most tasks", "verdict": "partly"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "Vantor Mechanical was evaluated on October 2, 2026", "verdict": "agrees"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "RES does not concur with recording pre-job briefings on video", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "will be considered when the corporate trending program is reviewed", "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, [
        "RES held a site-wide safety stand-down attended by 612 workers",
        "RES will conduct an effectiveness review of the completed actions",
        "hereby submits its Corrective Action Plan (CAP) in response",
        "please contact Dana Whitlow, Director of Environment, Safety and Health",
    ], "Advice: the seven recommendations are the Judgments of Need 'JON 1' ... 'JON 7' in the right-hand column "
       "of the ruled 'Table ES-1' (header 'Conclusions' | 'Judgments of Need'); number = JON number; each opens "
       "'RES needs to' (7: 'CRFO needs to'). The left-hand column holds 'CON 1' ... 'CON 7' conclusions (findings, "
       "not recommendations) on the same rows. Traps: the release authorization ('accept its findings, conclusions "
       "and judgments of need'), direct/root/contributing causes, DOE O 225.1B quoted ('shall prepare a corrective "
       "action plan'), a 2023 JON quoted ('RES needs to strengthen ... closed in 2024'), the barrier analysis table, "
       "the procedure quoted ('shall be tied off'), 'Supervisors should have stopped the work'. Response: a "
       "contractor's letter with bold run-in topic headings naming the JONs in the order 3, 1, 2+5, 6, 4: 3 tie-off "
       "on lifts and scaffolds but not ladders (partly); 1 procedure revised (agrees); one paragraph '(JONs 2 and "
       "5)': 2 operators re-evaluated (agrees) + 5 'does not concur with recording pre-job briefings on video' "
       "(disagrees); 6 'acknowledges ... will be considered ... no change is planned' (noted); 4 evaluations "
       "before award and annually (agrees); 7 (addressed to CRFO itself) unanswered. Unmatched: the opening "
       "submittal paragraph, 'Immediate actions', 'Effectiveness review', the contact paragraph.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

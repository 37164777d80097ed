"""Round 45 (EN): a Western Australian-style Office of the Inspector of Custodial Services inspection report ('2025
Inspection of Mardoo Creek Regional Prison', Report 164): Inspector's overview, a progress table of the 2022
inspection's recommendations (old imperatives with ratings), chapters with section numbers 2.1 ... and seven
imperative recommendations in shaded boxes ('Recommendation 1' + 'Ensure that ...'); answered by the Department of
Justice's response: a short covering note and a table by responsible division (Rec | Level of acceptance |
Responsible division | Response) with the Department's acceptance labels ('Supported - Existing Departmental
Initiative', 'Supported - Subject to Funding', 'Supported in Principle', 'Not Supported', 'Noted'), one row for two
recommendations, and a row of factual corrections. fpdf2, A4, cleaned Liberation Sans. All content (prison,
people, figures, report numbers) is invented.

Run:  /tmp/blind45en/bin/python tests/docs/src/blind45/gen_en_custodial_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b45en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind45_en_custodial"
TEAL = (0, 98, 105)
PALE = (225, 238, 239)

R = {1: "Ensure that every prisoner received at Mardoo Creek has an initial health assessment by a nurse within "
        "24 hours of arrival.",
     2: "Develop and implement a plan to reduce the number of unit lockdowns caused by custodial staff shortages.",
     3: "Give Aboriginal prisoners regular access to on-country cultural programs and to Elders from the local "
        "Yamaji community.",
     4: "Increase education and vocational training places at Mardoo Creek to at least 40 per cent of the "
        "prison population.",
     5: "Replace the cell call system in Units 2 and 3 as a matter of priority.",
     6: "Stop using the multi-purpose unit for prisoners at risk of self-harm and provide a dedicated crisis care "
        "unit.",
     7: "Offer video visits to prisoners seven days a week, including evenings, for families who live more than "
        "200 kilometres from the prison."}


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(orientation="P", format="A4")
        self.head, self.foot = head, foot
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 9)
        self.cell(0, 5, self.head, align="L")
        self.set_draw_color(*TEAL)
        self.line(20, 15, self.w - 20, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.foot, align="L")
        self.set_x(20)
        self.cell(self.w - 40, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=12.5):
        self.ln(2)
        self.set_font("LS", "B", size)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=10, style=""):
        self.set_font("LS", style, size)
        self.multi_cell(0, 5.2, t)
        self.ln(2.2)

    def sp(self, num, t):
        self.set_font("LS", "", 10)
        y = self.get_y()
        self.cell(12, 5.2, num)
        self.set_xy(32, y)
        self.multi_cell(self.w - 52, 5.2, t)
        self.ln(2.2)

    def rec(self, n):
        self.ln(1)
        y = self.get_y()
        self.set_fill_color(*PALE)
        self.set_font("LS", "B", 10)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 6, "  Recommendation %d" % n, fill=True)
        self.set_text_color(0, 0, 0)
        self.set_font("LS", "", 10)
        self.set_x(20)
        self.multi_cell(0, 5.4, R[n], fill=True, padding=(1, 3, 2, 3))
        self.set_draw_color(*TEAL)
        self.line(20, y, 20, self.get_y())
        self.ln(4)


def advice(path):
    d = Doc("2025 Inspection of Mardoo Creek Regional Prison", "Office of the Inspector of Custodial Services")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 46, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 10)
    d.set_font("LS", "", 10)
    d.cell(0, 5, "Office of the Inspector of Custodial Services")
    d.set_xy(20, 20)
    d.set_font("LS", "B", 20)
    d.cell(0, 10, "2025 Inspection of Mardoo Creek Regional Prison")
    d.set_xy(20, 32)
    d.set_font("LS", "", 11)
    d.cell(0, 6, "Report 164  |  March 2026  |  Independent oversight that contributes to a more accountable "
                 "public sector")
    d.set_text_color(0, 0, 0)
    d.set_y(56)
    d.hd("Inspector's overview")
    d.p("Mardoo Creek is a medium-security prison for men and women, 420 kilometres north of Perth, with a "
        "capacity of 318. On the first day of our inspection, in September 2025, it held 296 people, 71 per cent "
        "of whom were Aboriginal. Most came from the Mid West and Gascoyne regions, but one in five had homes more "
        "than 600 kilometres away.")
    d.p("Staff shortages dominated this inspection. Units were locked down, in part or in full, on 143 of the "
        "181 days before our visit, and on those days prisoners spent 20 hours or more in their cells. Education, "
        "work and visits were cancelled as a result. The prison should not have to choose between keeping units "
        "open and running programs, but that is what it has done. This report makes seven recommendations.")
    d.p("Eamon Threlfall\nInspector of Custodial Services\n12 March 2026", style="I")
    d.hd("Progress since the 2022 inspection")
    d.p("Our 2022 report made ten recommendations. Table 1 shows our assessment of the Department's progress "
        "against four of them.")
    d.set_font("LS", "", 8.8)
    d.set_fill_color(255, 255, 255)
    rows = [("2022 recommendation", "Department response (2022)", "Progress (2025)"),
            ("3. Improve the timeliness of health assessments on reception.", "Supported", "Poor"),
            ("5. Reduce the use of lockdowns.", "Supported", "Poor"),
            ("7. Expand employment in the prison industries.", "Supported - Subject to Funding", "Acceptable"),
            ("9. Complete the upgrade of the perimeter fence.", "Supported", "Good")]
    with d.table(col_widths=(86, 50, 34), line_height=5, first_row_as_headings=True, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as tb:
        for r in rows:
            row = tb.row()
            for c in r:
                row.cell(c)
    d.ln(2)
    d.set_font("LS", "I", 8)
    d.multi_cell(0, 4, "Table 1: Progress against selected 2022 recommendations")
    d.ln(3)
    d.hd("2 Reception and health")
    d.sp("2.1", "Prisoners arrive at Mardoo Creek by road, often late in the afternoon. Health staff finish at "
                "17:00 on weekdays and are not on site at weekends. Of 212 receptions we reviewed, 77 (36 per "
                "cent) did not have an initial health assessment within 24 hours, and 19 waited more than three "
                "days.")
    d.sp("2.2", "The Department's Health Services Policy 3.1 states that every prisoner must have a health "
                "assessment within 24 hours of reception. A prisoner who arrives on a Friday evening with "
                "unmanaged diabetes or withdrawal symptoms should be seen that night.")
    d.rec(1)
    d.sp("2.3", "The multi-purpose unit is used both for punishment and for prisoners at risk of self-harm. Cells "
                "are bare and observation is through a door hatch. This is not a therapeutic environment.")
    d.rec(6)
    d.hd("3 Staffing and regime")
    d.sp("3.1", "The prison had 32 vacant custodial officer positions in September 2025, 23 per cent of its "
                "establishment. Overtime is offered every day, but officers are tired and many decline it. The "
                "Department told us that 40 new officers would graduate in 2026.")
    d.rec(2)
    d.sp("3.2", "Only 58 prisoners (20 per cent) were enrolled in education or vocational training. The education "
                "centre has places for more, but classes are cancelled whenever the units are locked down.")
    d.rec(4)
    d.sp("3.3", "The cell call system in the older units, Units 2 and 3, failed repeatedly during the inspection. "
                "In one test, a call was not answered for 26 minutes. Prisoners in those units cannot summon help "
                "at night.")
    d.rec(5)
    d.hd("4 Aboriginal prisoners and families")
    d.sp("4.1", "Aboriginal prisoners told us that they wanted more contact with country and with Elders. The "
                "prison has an Aboriginal Services Committee, but it had not met since February 2025. The "
                "Department should ensure that the committee meets regularly.")
    d.rec(3)
    d.sp("4.2", "Families who live in the Gascoyne or the Pilbara may have to travel more than 600 kilometres "
                "for a one-hour visit. Video visits are available on two weekday mornings only.")
    d.rec(7)
    d.output(path)


def response(path):
    d = Doc("Department of Justice response: 2025 Inspection of Mardoo Creek Regional Prison",
            "Department of Justice | OFFICIAL")
    d.add_page()
    d.set_font("LS", "B", 15)
    d.set_text_color(*TEAL)
    d.cell(0, 8, "Department of Justice", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("LS", "", 10)
    d.cell(0, 5, "Corrective Services", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("LS", "B", 13)
    d.multi_cell(0, 6.5, "Response to the OICS Report: 2025 Inspection of Mardoo Creek Regional Prison")
    d.ln(3)
    d.p("The Department of Justice (the Department) welcomes the inspection report and thanks the Inspector and "
        "his staff for their work. The Department has reviewed the draft report and provides the following "
        "responses, grouped by the responsible division. The Department acknowledges the difficult staffing "
        "conditions described in the report and the efforts made by the Superintendent and staff at Mardoo "
        "Creek during that time.")
    d.set_font("LS", "", 8.6)
    rows = [
        ("Rec", "Level of acceptance", "Responsible division", "Response"),
        ("1", "Supported - Existing Departmental Initiative", "Health Services",
         "Since November 2025 a registered nurse has been rostered at Mardoo Creek until 21:00 on weekdays and "
         "from 07:00 to 19:00 at weekends. Receptions after hours are triaged by telehealth. Compliance with the "
         "24-hour standard was 96 per cent in January 2026."),
        ("6", "Noted", "Health Services",
         "The use of multi-purpose units across the estate will be considered in the statewide Crisis Care "
         "Review, which is due to report in mid-2027. Any capital works would be subject to that review and to "
         "funding."),
        ("2 & 4", "2: Supported\n4: Not Supported", "Corrective Services - Adult Male Prisons",
         "A regional recruitment campaign began in October 2025 and a local lockdown reduction plan, with a "
         "minimum staffing roster for each unit, was endorsed on 2 February 2026. The Department does not "
         "support a fixed percentage target for education places; places are allocated by assessed need across "
         "the custodial estate."),
        ("5", "Supported - Subject to Funding", "Infrastructure and Contracts",
         "A business case to replace the cell call system in Units 2 and 3 has been submitted for the 2026-27 "
         "State Budget. In the interim, night patrols of both units have been increased to every hour."),
        ("3", "Supported in Principle", "Aboriginal Justice",
         "The Department will work with the Aboriginal Services Committee and local Elders to develop "
         "on-country activities where security and funding allow. Elders' visits will resume in the second "
         "quarter of 2026."),
        ("-", "-", "Office of the Commissioner",
         "Factual corrections: the Department advised the Office of three factual corrections to the draft "
         "report, concerning staffing numbers in section 3.1, all of which were accepted."),
    ]
    with d.table(col_widths=(13, 36, 35, 86), line_height=4.6, first_row_as_headings=True,
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE), text_align=("LEFT", "LEFT", "LEFT", "LEFT")) as tb:
        for r in rows:
            row = tb.row()
            for c in r:
                row.cell(c)
    d.ln(6)
    d.p("Brad Kessling\nDeputy Commissioner, Operational Support\n3 March 2026", style="")
    d.output(path)


NOTES = ("Western Australian-style Office of the Inspector of Custodial Services inspection report (Report 164, "
         "'2025 Inspection of Mardoo Creek Regional Prison'): cover band, Inspector's overview ('The prison should "
         "not have to choose', 'This report makes seven recommendations'), Table 1 of FOUR 2022 RECOMMENDATIONS "
         "with numbers 3, 5, 7, 9 and imperative texts ('Improve the timeliness', 'Reduce the use of lockdowns', "
         "'Expand employment', 'Complete the upgrade') and progress ratings (traps), section numbers 2.1-4.2 "
         "in a number column with 'must' and 'should' findings ('The Department should ensure that the committee "
         "meets regularly'), and seven shaded boxes 'Recommendation N' + imperative text in the document order 1, "
         "6, 2, 4, 5, 3, 7. Response: Department of Justice table by responsible division (Rec | Level of "
         "acceptance | Responsible division | Response), order 1, 6, 2+4, 5, 3: 1 'Supported - Existing "
         "Departmental Initiative', nurse rostered until 21:00, 96 per cent compliance (agrees); 6 'Noted', left "
         "to the statewide Crisis Care Review (noted); one row '2 & 4' with levels '2: Supported / 4: Not "
         "Supported': lockdown reduction plan endorsed (2 agrees), no fixed percentage target for education "
         "places (4 disagrees); 5 'Supported - Subject to Funding', business case submitted, hourly patrols in "
         "the interim (agrees; also partly); 3 'Supported in Principle', on-country activities 'where security "
         "and funding allow' (partly; also agrees); 7 (video visits seven days a week) unanswered. The covering "
         "paragraph and the last row (factual corrections, Rec '-') answer no recommendation.")


def expected():
    sw = lambda n: " ".join(R[n].split()[:12])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "Compliance with the 24-hour standard was 96 per cent",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": "a local lockdown reduction plan, with a minimum staffing roster",
         "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "on-country activities where security and funding allow",
         "verdict": "partly", "also": ["agrees"]},
        {"number": "4", "starts_with": sw(4), "reply_contains": "does not support a fixed percentage target for education places",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": sw(5), "reply_contains": "has been submitted for the 2026-27 State Budget",
         "verdict": "agrees", "also": ["partly"]},
        {"number": "6", "starts_with": sw(6), "reply_contains": "considered in the statewide Crisis Care Review",
         "verdict": "noted"},
        {"number": "7", "starts_with": sw(7), "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["the Department advised the Office of three factual corrections"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b45en.py"), NAME)) and 1)

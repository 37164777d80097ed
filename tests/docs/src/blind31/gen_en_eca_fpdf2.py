"""Round 31 (EN): a European Court of Auditors-style special report (Roman-numbered executive summary,
two-digit paragraph numbers in the margin, boxes, footnotes, recommendation boxes with lettered sub-points
1(a)/1(b), 3(a)/3(b)) and the Commission's replies as a two-column table 'Court's observations | Commission's
replies' over page breaks. fpdf2, A4, cleaned Liberation fonts. All content (audit, Member States' measures,
figures) invented; Member States are anonymised as MS1-MS4.

Run:  /tmp/blind31en/bin/python tests/docs/src/blind31/gen_en_eca_fpdf2.py
"""
import datetime, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b31en as H
from fpdf import FPDF, FontFace

NAME = "blind31_en_eca"
ECA = (0, 84, 122)
TXT_X = 42
NUM_X = 20


class Doc(FPDF):
    def __init__(self, header_text, footer_style="eca"):
        super().__init__(format="A4", unit="mm")
        self.header_text, self.footer_style = header_text, footer_style
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("AR", style, H.clean_font(f))
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf")):
            self.add_font("SE", style, H.clean_font(f))
        self.set_margins(TXT_X, 24, 20)
        self.set_auto_page_break(True, 30)
        self.set_creation_date(datetime.datetime(2025, 10, 7))
        self.notes = {}
        self.fn = 0

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_auto_page_break(True, 30)
        if self.page_no() == 1:
            return
        self.set_font("AR", "", 7.5)
        self.set_text_color(*ECA)
        self.set_xy(20, 11)
        self.cell(170, 4, self.header_text, align="L")
        self.set_draw_color(*ECA)
        self.set_line_width(0.3)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 24)

    def footer(self):
        lm = self.l_margin
        notes = self.notes.get(self.page_no(), [])
        if notes:
            self.set_font("AR", "", 7)
            lines = sum(len(self.multi_cell(150, 3.3, f"{n}   {t}", dry_run=True, output="LINES"))
                        for n, t in notes)
            y = 297 - 27 - 3.3 * lines - 2
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.2)
            self.line(TXT_X, y, TXT_X + 35, y)
            self.set_left_margin(TXT_X)
            self.set_xy(TXT_X, y + 1)
            for n, t in notes:
                self.set_x(TXT_X)
                self.multi_cell(148, 3.3, f"{n}   {t}")
        self.set_font("AR", "B", 8)
        self.set_text_color(*ECA)
        if self.footer_style == "eca":
            x = 183 if self.page_no() % 2 else 20
            self.set_xy(x, 284)
            self.cell(7, 4, str(self.page_no()), align="C")
        else:
            self.set_xy(20, 284)
            self.cell(10, 4, "EN")
            self.cell(150, 4, str(self.page_no()), align="C")
            self.cell(10, 4, "EN", align="R")
        self.set_text_color(0, 0, 0)
        self.set_left_margin(lm)

    def reserve(self):
        """Raise the page-break trigger above the footnotes of the current page."""
        self.set_font("AR", "", 7)
        lines = sum(len(self.multi_cell(150, 3.3, f"{n}   {t}", dry_run=True, output="LINES"))
                    for n, t in self.notes.get(self.page_no(), []))
        self.set_auto_page_break(True, 30 + 3.3 * lines + 4)
        self.set_font("SE", "", 10.3)

    def h1(self, t):
        if self.will_page_break(24):
            self.add_page()
        self.ln(3)
        self.set_x(NUM_X)
        self.set_font("AR", "B", 14)
        self.set_text_color(*ECA)
        self.multi_cell(170, 7, t, new_x="LMARGIN")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        if self.will_page_break(18):
            self.add_page()
        self.ln(1.5)
        self.set_font("AR", "B", 10.5)
        self.set_text_color(*ECA)
        self.multi_cell(0, 5.4, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, num, text, note=None):
        if self.will_page_break(10):
            self.add_page()
        y = self.get_y()
        self.set_font("AR", "B", 9.5)
        self.set_text_color(*ECA)
        self.set_xy(NUM_X, y)
        self.cell(15, 5, num)
        self.set_text_color(0, 0, 0)
        self.set_xy(TXT_X, y)
        self.set_font("SE", "", 10.3)
        if note:
            a, b = text.split("^")
            self.write(5, a)
            self.fn += 1
            self.notes.setdefault(self.page_no(), []).append((self.fn, note))
            self.reserve()
            self.set_font("SE", "", 10.3)
            self.char_vpos = "SUP"
            self.write(5, str(self.fn))
            self.char_vpos = "LINE"
            self.set_font("SE", "", 10.3)
            self.write(5, b)
            self.ln(5)
        else:
            self.multi_cell(0, 5, text, markdown=True)
        self.ln(2.2)

    def dash(self, text, indent=6):
        y = self.get_y()
        self.set_font("SE", "", 10.3)
        self.set_xy(TXT_X + 1, y)
        self.cell(indent, 5, "\u2014")
        self.set_left_margin(TXT_X + indent + 1)
        self.set_xy(TXT_X + indent + 1, y)
        self.multi_cell(0, 5, text, markdown=True)
        self.set_left_margin(TXT_X)
        self.ln(1)

    def box(self, title, lines, fill=(226, 238, 244)):
        self.set_font("SE", "", 9.5)
        h = 7 + sum(len(self.multi_cell(140, 4.6, t, dry_run=True, output="LINES", markdown=True)) * 4.6 + 2
                    for t in lines)
        if self.will_page_break(h + 6):
            self.add_page()
        y = self.get_y() + 1
        self.set_fill_color(*fill)
        self.set_draw_color(*ECA)
        self.rect(TXT_X, y, 148, h + 4, style="DF")
        self.set_xy(TXT_X + 4, y + 3)
        self.set_font("AR", "B", 9.5)
        self.set_text_color(*ECA)
        self.multi_cell(140, 5, title, new_x="LEFT")
        self.set_text_color(0, 0, 0)
        self.ln(1)
        for t in lines:
            self.set_x(TXT_X + 4)
            self.set_font("SE", "", 9.5)
            self.multi_cell(140, 4.6, t, markdown=True, new_x="LEFT")
            self.ln(2)
        self.set_xy(TXT_X, y + h + 8)

    def recbox(self, title, items, target):
        """items: list of (label or None, text)."""
        self.set_font("SE", "", 10)
        est = 12 + 6 + 6
        for lab, t in items:
            est += len(self.multi_cell(128 if lab else 138, 5, t, dry_run=True, output="LINES")) * 5 + 2
        if self.will_page_break(est + 4):
            self.add_page()
        y0 = self.get_y() + 1
        self.set_fill_color(*ECA)
        self.rect(TXT_X, y0, 148, est, style="F")
        self.set_fill_color(239, 246, 250)
        self.rect(TXT_X + 1.2, y0 + 9, 145.6, est - 10.2, style="F")
        self.set_xy(TXT_X + 4, y0 + 2.2)
        self.set_font("AR", "B", 10)
        self.set_text_color(255, 255, 255)
        self.cell(140, 5, title)
        self.set_text_color(0, 0, 0)
        self.set_xy(TXT_X + 5, y0 + 11)
        for k, (lab, t) in enumerate(items):
            self.set_font("SE", "", 10)
            if lab:
                y = self.get_y()
                self.set_x(TXT_X + 5)
                self.cell(9, 5, lab)
                self.set_xy(TXT_X + 14, y)
                self.multi_cell(128, 5, t, new_x="LEFT")
                self.set_x(TXT_X + 5)
            else:
                self.set_x(TXT_X + 5)
                self.multi_cell(138, 5, t, new_x="LEFT")
            self.ln(2)
        self.set_x(TXT_X + 5)
        self.set_font("AR", "B", 9)
        self.cell(47, 5, "Target implementation date:")
        self.set_font("AR", "", 9)
        self.cell(90, 5, target)
        self.set_xy(TXT_X, y0 + est + 5)


def advice(path):
    d = Doc("Special report 17/2025: Energy renovation of public buildings under the Recovery and Resilience "
            "Facility")
    d.add_page()
    # cover
    d.set_fill_color(*ECA)
    d.rect(0, 0, 210, 92, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 18)
    d.set_font("AR", "B", 10)
    d.cell(100, 5, "EUROPEAN COURT OF AUDITORS")
    d.cell(70, 5, "EN", align="R")
    d.set_xy(20, 32)
    d.set_font("AR", "", 11)
    d.cell(170, 6, "Special report 17/2025")
    d.set_xy(20, 42)
    d.set_font("AR", "B", 19)
    d.multi_cell(165, 9, "Energy renovation of public buildings under the Recovery and Resilience Facility",
                 new_x="LEFT")
    d.set_font("AR", "", 11.5)
    d.multi_cell(165, 6, "Energy savings are targeted, but the Commission cannot yet show that they are being "
                         "achieved", new_x="LEFT")
    d.set_text_color(0, 0, 0)
    d.set_xy(TXT_X, 102)

    d.h1("Executive summary")
    d.para("I", "The Recovery and Resilience Facility (RRF) is the EU's largest ever instrument for financing reforms "
                "and investments. Member States have planned to use about \u20ac14.8 billion of RRF funding to "
                "renovate public buildings such as schools, hospitals and town halls, with the aim of reducing "
                "their energy consumption.")
    d.para("II", "We assessed whether the RRF support for the energy renovation of public buildings is likely to "
                 "achieve the expected energy savings. We examined the measures of four Member States (MS1-MS4), "
                 "which together account for 41 % of the planned funding.")
    d.para("III", "We found that the milestones and targets of the measures we examined are expressed in square "
                  "metres renovated or in the number of contracts signed, and not in energy saved. The Commission "
                  "therefore pays Member States for outputs without knowing whether the renovations save energy.")
    d.para("IV", "The Commission has not defined how Member States should measure primary energy savings. In three "
                 "of the four Member States, the savings reported were based on estimates made before the works, "
                 "not on certificates issued after them.")
    d.para("V", "About one third of the renovation projects we examined were at risk of not being completed by the "
                "RRF deadline of 31 August 2026.")
    d.para("VI", "Based on our conclusions, we recommend that the Commission:")
    d.dash("clarify how energy savings are to be measured and checked;")
    d.dash("make data on renovated buildings publicly available;")
    d.dash("safeguard results after the end of the RRF.")
    d.para("VII", "We also recommend that the Member States improve the quality of energy performance "
                  "certificates.")

    d.h1("Introduction")
    d.para("01", "Buildings account for about 40 % of energy consumption in the EU. The Energy Performance of "
                 "Buildings Directive^ requires public bodies to lead by example, and the Energy Efficiency "
                 "Directive requires Member States to renovate 3 % of the floor area of buildings owned by "
                 "their central governments each year.",
           note="Directive (EU) 2024/1275 of the European Parliament and of the Council of 24 April 2024 on the "
                "energy performance of buildings (recast).")
    d.para("02", "Under the RRF, the Commission pays Member States when they have satisfactorily fulfilled the "
                 "milestones and targets set out in their recovery and resilience plans. Payments are not linked to "
                 "the costs actually incurred.")
    d.h1("Audit scope and approach")
    d.para("03", "We examined 12 renovation measures in MS1-MS4 and a sample of 48 renovation projects, visiting 16 "
                 "of them. We also reviewed the Commission's assessment of the relevant payment requests and "
                 "interviewed Commission staff.")
    d.para("04", "We did not audit whether the milestones and targets had been satisfactorily fulfilled; this is "
                 "covered by our annual report.")

    d.h1("Observations")
    d.h2("Milestones and targets measure outputs rather than energy savings")
    d.para("05", "Table 1 shows the milestones and targets of the measures we examined. Only two of the 12 measures "
                 "have a target expressed in energy saved.")
    rows = [("Measure", "Member State", "Final target", "Energy saving target?"),
            ("C2.I1 Renovation of schools", "MS1", "1.2 million m\u00b2 renovated", "No"),
            ("C2.I3 Hospital energy efficiency", "MS1", "60 hospitals renovated", "No"),
            ("C4.I2 Public buildings programme", "MS2", "2 900 contracts signed", "No"),
            ("C4.R1 Energy performance contracting", "MS2", "Law in force", "No"),
            ("C7.I1 Central government buildings", "MS3", "30 % primary energy saving", "Yes"),
            ("C7.I4 Municipal buildings", "MS3", "480 000 m\u00b2 renovated", "No"),
            ("C1.I5 Deep renovation of public buildings", "MS4", "25 GWh/year saved", "Yes")]
    d.set_font("AR", "", 8.5)
    d.set_fill_color(255, 255, 255)
    d.set_x(TXT_X)
    with d.table(col_widths=(58, 22, 40, 28), width=148, align="LEFT", line_height=4.3,
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ECA),
                 text_align=("LEFT", "CENTER", "LEFT", "CENTER"), repeat_headings=1) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("AR", "I", 7.5)
    d.set_x(TXT_X)
    d.multi_cell(0, 4, "Table 1 - Milestones and targets of the measures examined (five other measures without a "
                       "quantified target are not shown). Source: ECA, based on the Council implementing decisions.")
    d.ln(2)
    d.para("06", "Member States should have set targets that reflect the objective of the measures. In our view, "
                 "output targets are acceptable only where they are accompanied by a requirement that the renovated "
                 "buildings reach a minimum energy performance.")
    d.para("07", "In special report 11/2020 we recommended that the Commission \u201cmake the funding of energy "
                 "efficiency investments conditional on an energy audit carried out before the works\u201d. The "
                 "Commission accepted that recommendation for cohesion policy, but no equivalent condition applies "
                 "under the RRF.")
    d.h2("The Commission does not know how savings are measured")
    d.para("08", "The Commission has issued no guidance on how primary energy savings should be calculated for "
                 "RRF measures. In MS1, MS2 and MS4 the savings reported in the Commission's scoreboard were "
                 "taken from applications for funding, that is, from estimates made before the works.^",
           note="The Commission's recovery and resilience scoreboard reports a common indicator 'Savings in annual "
                "primary energy consumption' (MWh/year).")
    d.para("09", "In our sample, the energy performance certificate issued after the works was missing for 19 of "
                 "the 48 projects. Where certificates were available, we found errors in 7 of the 29, including one "
                 "certificate for a school that had been issued before the works had started.")
    d.box("Box 1 - Good practice: independent checks of certificates in MS3",
          ["MS3 requires an independent engineer to verify the energy performance certificate of every "
           "public building renovated with RRF funding, on site, before the final payment is made to the "
           "contractor. Of the 212 certificates checked in 2024, 23 were corrected.",
           "Member States that wish to rely on certificates for their reporting could consider a similar "
           "approach."])
    d.h2("Many projects are at risk of missing the RRF deadline")
    d.para("10", "Of the 48 projects in our sample, 15 had not started works by June 2025. For seven of them, the "
                 "managing authorities told us that completion before 31 August 2026 was unlikely. Once the RRF "
                 "ends, no EU funding will be available to complete them, and the Member States had not decided "
                 "how they would finance the remaining works.")
    d.para("11", "After completion, nothing in the RRF framework requires Member States to monitor the energy "
                 "consumption of the renovated buildings.")

    d.h1("Conclusions and recommendations")
    d.para("12", "Overall, we conclude that the RRF is financing a large number of building renovations, but that "
                 "neither the Commission nor the Member States can yet show how much energy these renovations "
                 "save. The RRF's performance-based model has not, in this area, focused on results.")
    d.para("13", "The Commission has not defined how savings are measured, and the certificates on which savings "
                 "could be based are often missing or wrong (paragraphs 08-09 and Box 1).")
    d.recbox("Recommendation 1 - Define how energy savings are measured and verified",
             [(None, "The Commission should:"),
              ("(a)", "provide Member States with guidance on measuring the primary energy savings of renovation "
                      "measures, based on energy performance certificates issued before and after the works;"),
              ("(b)", "check, in its audits of the RRF, a sample of the energy performance certificates on which "
                      "Member States base their reported savings.")],
             "(a) end of 2026; (b) from 2026")
    d.para("14", "The public has no access to information on which buildings have been renovated with RRF funding "
                 "and what savings were reported for them (paragraph 08).")
    d.recbox("Recommendation 2 - Publish data on renovated public buildings",
             [(None, "The Commission should publish, for each Member State, the number and floor area of the "
                     "public buildings renovated with RRF support and the energy savings reported for them.")],
             "mid-2027")
    d.para("15", "Projects not completed by the RRF deadline risk being abandoned, and the performance of the "
                 "renovated buildings will not be monitored after 2026 (paragraphs 10-11).")
    d.recbox("Recommendation 3 - Safeguard the results after the RRF ends",
             [(None, "The Commission should:"),
              ("(a)", "require Member States to set out, in their final RRF reports, how the energy consumption of "
                      "renovated public buildings will be monitored after 2026;"),
              ("(b)", "assess, together with the Member States concerned, whether renovation projects that will "
                      "not be completed by 31 August 2026 can be financed from cohesion policy funds.")],
             "(a) 2026; (b) end of 2026")
    d.para("16", "The errors we found in energy performance certificates cast doubt on the reliability of the "
                 "savings reported (paragraph 09). When designing future performance-based instruments, the "
                 "co-legislators may wish to consider requiring that payments for energy efficiency measures be "
                 "linked to verified savings.")
    d.recbox("Recommendation 4 - Improve the quality of energy performance certificates",
             [(None, "MS1, MS2 and MS4 should introduce independent on-site checks of the energy performance "
                     "certificates issued for public buildings renovated with EU funding.")],
             "end of 2026")
    d.ln(2)
    d.set_font("AR", "", 8.5)
    d.multi_cell(0, 4.3, "This report was adopted by Chamber I, headed by Mr Jorge Alvarenga, Member of the Court "
                         "of Auditors, in Luxembourg at its meeting of 24 September 2025.\n\nFor the Court of "
                         "Auditors\nKarin Lindqvist-Moreau\nPresident")
    d.output(path)


REPLY_ROWS = [
    ("section", "EXECUTIVE SUMMARY"),
    ("I-II", "The Commission welcomes the Court's special report. Energy efficiency in public buildings is one of "
             "the flagship areas of the RRF, and Member States have committed more funding to it than foreseen in "
             "the Commission's initial estimates."),
    ("III", "The Commission considers that output milestones and targets were appropriate at the time the plans "
            "were adopted. Member States needed indicators that could be verified within the short lifetime of "
            "the RRF, and energy savings can only be observed after a full heating season."),
    ("VI-VII", "See the Commission's replies to the recommendations in the section 'Conclusions and "
               "recommendations' below."),
    ("section", "OBSERVATIONS"),
    ("05-06", "The Council implementing decisions were adopted unanimously on the basis of the Commission's "
              "assessment. Several measures also require the renovated buildings to reach at least energy class "
              "C, which the Commission checks when assessing the payment requests."),
    ("07", "The Commission recalls that the RRF Regulation does not allow it to add conditions to measures after "
           "the adoption of the Council implementing decision."),
    ("08-09", "The scoreboard relies on data reported by Member States twice a year. The Commission publishes "
              "this data as received and has drawn the attention of Member States to its quality on several "
              "occasions."),
    ("Box 1", "The Commission welcomes the example of MS3, which it has shared with other Member States through "
              "the technical support instrument."),
    ("10", "The Commission is working with Member States to identify measures at risk and, where necessary, to "
           "amend the plans. Amendments agreed in 2025 have already reduced the number of measures at risk."),
    ("section", "CONCLUSIONS AND RECOMMENDATIONS"),
    ("12", "The Commission refers to its reply to paragraph III. The RRF remains a performance-based instrument, "
           "and the Commission considers that the outputs it finances are a necessary step towards energy "
           "savings."),
    ("Recommendation 1 - Define how energy savings are measured and verified",
     "The Commission accepts recommendation 1(a). It will issue, by the end of 2026, a guidance note on "
     "calculating primary energy savings from energy performance certificates, drawing on the methods already "
     "used under the Energy Efficiency Directive.\n\nThe Commission partially accepts recommendation 1(b). "
     "Energy performance certificates will be included in the scope of its audits on the protection of the "
     "financial interests of the Union where they support a milestone or target. However, the Commission will "
     "not check certificates that support only the common indicator, since the indicator is not a condition for "
     "payment."),
    ("Recommendation 2 - Publish data on renovated public buildings",
     "The Commission does not accept this recommendation. The RRF Regulation does not oblige Member States to "
     "report building-level data, and the Commission has no legal basis to require it. The Commission will "
     "continue to publish the aggregated common indicator on the scoreboard."),
    ("Recommendation 3 - Safeguard the results after the RRF ends",
     "The Commission accepts recommendation 3(a). The template for the final reports, to be adopted in the first "
     "half of 2026, will ask Member States to describe the arrangements for monitoring completed investments."),
    ("16", "The Commission will take the Court's observation into account when preparing its proposals for "
           "performance-based instruments under the next multiannual financial framework."),
    ("Recommendation 4 - Improve the quality of energy performance certificates",
     "This recommendation is addressed to the Member States. The Commission takes note of it and recalls that "
     "the recast Energy Performance of Buildings Directive already requires Member States to have an "
     "independent control system for certificates by 2026."),
]


def response(path):
    d = Doc("Replies of the Commission to ECA special report 17/2025 - Energy renovation of public buildings "
            "under the RRF", footer_style="com")
    d.set_margins(20, 24, 20)
    d.add_page()
    d.set_font("AR", "B", 10)
    d.set_text_color(*ECA)
    d.cell(85, 5, "EUROPEAN COMMISSION")
    d.set_font("AR", "", 9)
    d.cell(85, 5, "Brussels, 2.9.2025", align="R", new_x="LMARGIN", new_y="NEXT")
    d.cell(170, 5, "COM(2025) 418 final", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(12)
    d.set_font("AR", "B", 12.5)
    d.multi_cell(170, 6.5, "REPLIES OF THE EUROPEAN COMMISSION TO THE EUROPEAN COURT OF AUDITORS' SPECIAL REPORT",
                 align="C")
    d.set_font("AR", "B", 11)
    d.multi_cell(170, 6, "\u201cEnergy renovation of public buildings under the Recovery and Resilience "
                         "Facility\u201d", align="C")
    d.ln(6)
    d.set_font("SE", "", 10.3)
    d.multi_cell(170, 5, "The replies below are set out against the paragraphs of the Court's report. The "
                         "Commission has not replied to every paragraph; where no reply is given, the Commission "
                         "has no comment.")
    d.ln(4)
    d.set_font("SE", "", 9.8)
    with d.table(col_widths=(55, 115), width=170, line_height=4.7, align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ECA),
                 text_align=("LEFT", "LEFT"), repeat_headings=1, padding=2) as t:
        h = t.row()
        h.cell("Court's observations")
        h.cell("Commission's replies")
        for ref, reply in REPLY_ROWS:
            row = t.row()
            if ref == "section":
                row.cell(reply, colspan=2, style=FontFace(emphasis="BOLD", fill_color=(226, 238, 244)))
            else:
                row.cell(ref if ref.startswith("Recommendation") else "Paragraph " + ref,
                         style=FontFace(emphasis="BOLD"))
                row.cell(reply)
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "1(a)", "starts_with": "provide Member States with guidance on measuring the primary energy",
         "reply_contains": "issue, by the end of 2026, a guidance note", "verdict": "agrees"},
        {"number": "1(b)", "starts_with": "check, in its audits of the RRF, a sample of the",
         "reply_contains": "will not check certificates that support only the common indicator",
         "verdict": "partly"},
        {"number": "2", "starts_with": "The Commission should publish, for each Member State, the number",
         "reply_contains": "has no legal basis to require it", "verdict": "disagrees"},
        {"number": "3(a)", "starts_with": "require Member States to set out, in their final RRF reports",
         "reply_contains": "describe the arrangements for monitoring completed investments", "verdict": "agrees"},
        {"number": "3(b)", "starts_with": "assess, together with the Member States concerned, whether renovation",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "4", "starts_with": "MS1, MS2 and MS4 should introduce independent on-site checks",
         "reply_contains": "This recommendation is addressed to the Member States", "verdict": "noted"},
    ]
    unmatched = ["output milestones and targets were appropriate at the time",
                 "when preparing its proposals for performance-based instruments"]
    notes = ("European Court of Auditors-style special report (fpdf2, A4; coloured cover band, running header with "
             "the report title from page 2, page numbers alternating left/right, paragraph numbers in the LEFT "
             "MARGIN: Roman I-VII in the executive summary, two-digit 01-16 in the body; footnotes at the page "
             "foot; Table 1 of RRF measure codes C2.I1, C4.R1 ...; a shaded Box 1 of good practice). "
             "Recommendations are in four framed boxes 'Recommendation 1 - ...' to 'Recommendation 4 - ...' after "
             "conclusion paragraphs, each with 'Target implementation date:'; boxes 1 and 3 have lettered "
             "sub-points (a)/(b) after 'The Commission should:', which the replies treat separately, so the six "
             "units are 1(a), 1(b), 2, 3(a), 3(b), 4 (recommendation 4 is addressed to three Member States). "
             "Traps: the executive summary's paragraph VI lists short dash forms ('clarify how energy savings are "
             "to be measured and checked;' ...) and VII a short form of 4; paragraph 06 'Member States should "
             "have set targets' (an observation); paragraph 07 quotes a recommendation of special report 11/2020; "
             "Box 1 'Member States ... could consider a similar approach'; paragraph 16 'the co-legislators may "
             "wish to consider' (no recommendation); Table 1 codes; the adoption statement. Response: Commission "
             "replies (COM document, 'EN n EN' footers) as ONE two-column table 'Court's observations | "
             "Commission's replies' over a page break with the header row repeated and shaded section rows "
             "EXECUTIVE SUMMARY / OBSERVATIONS / CONCLUSIONS AND RECOMMENDATIONS; left cells 'Paragraph III', "
             "'Paragraph 05-06', 'Box 1' ... and 'Recommendation N - title'. The row for Recommendation 1 answers "
             "BOTH sub-points in two paragraphs ('accepts recommendation 1(a)' = agrees; 'partially accepts "
             "recommendation 1(b)' ... 'will not check certificates that support only the common indicator' = "
             "partly); Recommendation 2 'does not accept' (disagrees); the row for Recommendation 3 only 'accepts "
             "recommendation 3(a)' (agrees) and says nothing on 3(b) (unanswered); Recommendation 4 'addressed to "
             "the Member States. The Commission takes note of it' (noted). Rows on paragraphs III (output targets "
             "were appropriate) and 16 (the co-legislators' point) are replies that answer no recommendation "
             "(unmatched), as are the other observation rows (I-II, VI-VII 'see the replies below', 05-06, 07, "
             "08-09, Box 1, 10, 12). Same order as the report.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 46 (EN): a UK-style regulatory scrutiny body's opinion on a department's impact assessment (the invented
Regulatory Scrutiny Committee, opinion RSC-DHLP-5218(2) on the 'Leasehold Service Charges (Transparency)
Regulations' final-stage IA): rating banner, metadata table, business impact target table, summary, the department's
reply to the initial review quoted, and four rated sections (Rationale and options, Cost-benefit analysis, Small and
micro business assessment, Monitoring and evaluation), each with assessment prose and UNNUMBERED bullets under
'Areas for improvement'; answered by Annex E of the final IA ('Response to the Regulatory Scrutiny Committee's
opinion'), an introduction and a two-column table RSC comment | Department's response with 'Addressed' / 'Partially
addressed' / 'Not addressed' / 'Noted' openings in another order, one row covering two comments, and a row on other
changes. fpdf2, A4, cleaned Liberation Sans, running header and 'Page N of M'. All content (committee, department,
regulations, people, figures) is invented.

Run:  /tmp/blind46en/bin/python tests/docs/src/blind46/gen_en_ia_opinion_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b46en as H
from fpdf import FPDF
from fpdf.fonts import FontFace

NAME = "blind46_en_ia_opinion"
NAVY = (31, 56, 100)
PALE = (230, 235, 244)

R = {1: "The Department should explain why the voluntary code of practice introduced in 2022 has not reduced "
        "service charge disputes, drawing on First-tier Tribunal data.",
     2: "Provide a fuller assessment of non-regulatory options, including extending the existing professional "
        "guidance for managing agents, rather than dismissing them in a single paragraph.",
     3: "The Department should test its assumption that managing agents will need only 2.5 hours per block to "
        "prepare the new annual statement.",
     4: "Include the cost of the new tribunal fee waiver in the public sector costs and explain how it will be "
        "funded.",
     5: "Present sensitivity analysis around the assumed 40 per cent pass-through of familiarisation and "
        "compliance costs to leaseholders.",
     6: "The Department should consider exempting blocks with fewer than six units, or explain why such an "
        "exemption would undermine the policy objective.",
     7: "Set out how the Department will collect baseline data on service charge disputes before the "
        "regulations come into force."}


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(orientation="P", format="A4")
        self.head = head
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("LS", st, H.clean_font("LiberationSans-%s.ttf" % f))
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 9)
        self.cell(0, 5, self.head, align="L")
        self.set_draw_color(*NAVY)
        self.line(20, 15, self.w - 20, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("LS", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")
        self.set_text_color(0, 0, 0)

    def p(self, t, size=10, style="", h=5):
        self.set_font("LS", style, size)
        self.multi_cell(0, h, t)
        self.ln(2)

    def hd(self, t, size=12):
        self.ln(2)
        self.set_font("LS", "B", size)
        self.set_text_color(*NAVY)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def bullet(self, t):
        self.set_font("LS", "", 10)
        x = self.get_x()
        self.cell(6, 5, "-")
        self.multi_cell(0, 5, t, new_x="LMARGIN")
        self.set_x(x)
        self.ln(1.5)


def rating(pdf, area, r):
    pdf.set_font("LS", "B", 9.5)
    pdf.set_fill_color(*PALE)
    pdf.cell(120, 6, "  " + area, border=1, fill=True)
    pdf.cell(0, 6, r, border=1, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def advice(path):
    pdf = Doc("RSC-DHLP-5218(2) | Opinion | Leasehold Service Charges (Transparency) Regulations")
    pdf.add_page()
    pdf.set_font("LS", "B", 11)
    pdf.set_text_color(*NAVY)
    pdf.cell(0, 6, "Regulatory Scrutiny Committee", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("LS", "", 9)
    pdf.cell(0, 5, "Independent scrutiny of regulatory proposals", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("LS", "B", 18)
    pdf.multi_cell(0, 8, "Leasehold Service Charges (Transparency) Regulations", align="L")
    pdf.ln(2)
    pdf.set_fill_color(192, 0, 0)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("LS", "B", 12)
    pdf.cell(0, 9, "  RSC opinion: NOT FIT FOR PURPOSE", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(3)
    meta = [("Lead department", "Department for Housing and Local Places"),
            ("Stage", "Final stage impact assessment (IA No. DHLP-0412)"),
            ("Origin", "Domestic"), ("RSC reference", "RSC-DHLP-5218(2)"),
            ("Date of issue", "12 March 2026")]
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(45, 125), text_align="LEFT", line_height=5.5,
                   headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=False) as t:
        for a, b in meta:
            r = t.row()
            r.cell(a, style=FontFace(emphasis="BOLD", fill_color=PALE))
            r.cell(b)
    pdf.ln(4)
    pdf.hd("Summary of proposal")
    pdf.p("The regulations will require landlords of residential blocks containing leasehold flats to give "
          "leaseholders an annual statement of service charge expenditure in a prescribed form, to publish the "
          "managing agent's fees, and to answer a leaseholder's request for supporting invoices within 28 days. "
          "Leaseholders will be able to apply to the First-tier Tribunal (Property Chamber) for an order where a "
          "landlord fails to comply, with the application fee waived.")
    pdf.hd("Business impact target assessment")
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(70, 50, 50), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=5.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        for row in (("", "Department assessment", "RSC validated"),
                    ("Classification", "Qualifying regulatory provision", "Qualifying regulatory provision"),
                    ("Equivalent annual net direct cost to business (EANDCB)", "£14.2 million", "To be validated"),
                    ("Business net present value", "-£122.6 million", ""),
                    ("Net present social value", "£38.4 million", "")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf.hd("RSC summary")
    pdf.p("The IA is not fit for purpose because the EANDCB rests on an unevidenced assumption about the time "
          "managing agents will need to prepare the annual statement, which drives 71 per cent of the direct "
          "costs to business. The rationale for intervention is also weak. The IA is otherwise reasonably clear "
          "and the small and micro business assessment is satisfactory.")
    pdf.hd("Response to initial review")
    pdf.p("At initial review, the RSC said that the IA should set out the full range of options considered. The "
          "Department has added a long list of five options to section 4 of the IA, and this point has been "
          "addressed. The RSC also asked for the sources of the wage rates; these are now given in Annex B.")
    pdf.hd("Rationale and options")
    rating(pdf, "Rationale and options", "Weak")
    pdf.p("The IA states that service charge disputes cause significant detriment to leaseholders and that "
          "landlords should already be providing information of this kind under section 21 of the Landlord and "
          "Tenant Act 1985. However, it does not explain why existing measures have not worked. The Department's "
          "own consultation document said that agents should be encouraged to adopt the voluntary code, which the "
          "IA does not mention.")
    pdf.set_font("LS", "B", 10)
    pdf.cell(0, 6, "Areas for improvement", new_x="LMARGIN", new_y="NEXT")
    pdf.bullet(R[1])
    pdf.bullet(R[2])
    pdf.hd("Cost-benefit analysis")
    rating(pdf, "Cost-benefit analysis", "Weak")
    pdf.p("The costs are based on 148,000 blocks in England and an hourly cost of £31.40 for a managing agent's "
          "property manager. The estimate of 2.5 hours per block comes from a single interview with a trade body "
          "and is not tested in the consultation. The IA should have made clear that the cost to a block of 200 "
          "flats is unlikely to be the same as for a block of eight. The IA assumes that 40 per cent of business "
          "costs are passed on to leaseholders through service charges, but gives no source.")
    pdf.set_font("LS", "B", 10)
    pdf.cell(0, 6, "Areas for improvement", new_x="LMARGIN", new_y="NEXT")
    pdf.bullet(R[3])
    pdf.bullet(R[4])
    pdf.bullet(R[5])
    pdf.hd("Small and micro business assessment (SaMBA)")
    rating(pdf, "Small and micro business assessment", "Satisfactory")
    pdf.p("The IA estimates that 62 per cent of affected landlords are small or micro businesses, many of them "
          "resident freeholders of converted houses. It considers a delayed start for small businesses and rejects "
          "it. The assessment is sufficient, but could be improved.")
    pdf.set_font("LS", "B", 10)
    pdf.cell(0, 6, "Areas for improvement", new_x="LMARGIN", new_y="NEXT")
    pdf.bullet(R[6])
    pdf.hd("Monitoring and evaluation")
    rating(pdf, "Monitoring and evaluation", "Good")
    pdf.p("The IA commits to a post-implementation review within five years and identifies appropriate success "
          "measures, including the number of tribunal applications about service charges.")
    pdf.set_font("LS", "B", 10)
    pdf.cell(0, 6, "Areas for improvement", new_x="LMARGIN", new_y="NEXT")
    pdf.bullet(R[7])
    pdf.ln(3)
    pdf.p("The Department may resubmit a revised IA for the RSC to confirm the EANDCB. The RSC's ratings are "
          "explained in its published guidance: 'Good', 'Satisfactory', 'Weak' and 'Very weak'.", size=9)
    pdf.p("Regulatory Scrutiny Committee", size=10, style="B")
    pdf.output(path)


def response(path):
    pdf = Doc("Leasehold Service Charges (Transparency) Regulations 2026 - Impact Assessment DHLP-0412 (final)")
    pdf.add_page()
    pdf.set_font("LS", "B", 14)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 7, "Annex E: Response to the Regulatory Scrutiny Committee's opinion")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.p("E.1 The RSC issued its opinion on the final stage IA on 12 March 2026 (RSC-DHLP-5218(2)) and rated it "
          "not fit for purpose. This annex sets out how the Department has responded. The revised IA was "
          "resubmitted on 9 April 2026 and the RSC confirmed an EANDCB of £16.9 million on 23 April 2026 "
          "(RSC-DHLP-5218(3)).")
    pdf.p("E.2 The table below follows the order of the main changes made to the IA rather than the order of the "
          "RSC's opinion.")
    rows = [("RSC comment", "Department's response"),
            ("Evidence for the time needed to prepare the annual statement (2.5 hours per block) and sensitivity "
             "on cost pass-through",
             "Addressed. We tested the estimate with 14 managing agents and 6 resident management companies in "
             "March 2026. The central estimate has been raised to 3.5 hours per block, with a range of 2 to 9 "
             "hours by block size (section 7.3). Not addressed as regards pass-through: the Department does not "
             "consider further sensitivity analysis proportionate, as pass-through does not affect the EANDCB."),
            ("Why the 2022 voluntary code has not worked",
             "Addressed. Section 3.4 now draws on tribunal case data for 2019 to 2025, which shows that "
             "service charge applications rose by 23 per cent after the code was introduced."),
            ("Exemption for small blocks",
             "Partially addressed. An exemption for blocks of fewer than six units would remove 38 per cent of "
             "blocks and many of the leaseholders with least bargaining power. Instead, the regulations now "
             "provide a simplified one-page statement for blocks with fewer than six units (section 9.2)."),
            ("Tribunal fee waiver costs",
             "Noted. Tribunal fees and their waiver are a matter for the Ministry of Justice and HM Courts and "
             "Tribunals Service, whose own IA on the fee order will assess the cost."),
            ("Baseline data before commencement",
             "Addressed. A baseline survey of 1,200 leaseholders will be commissioned for spring 2027, and tribunal "
             "data will be extracted for the year before commencement (section 11)."),
            ("Other changes since the RSC opinion",
             "The commencement date has moved from April 2027 to October 2027 to allow software suppliers to "
             "update service charge systems, and the appraisal period has been updated accordingly.")]
    pdf.set_font("LS", "", 9.5)
    with pdf.table(col_widths=(55, 115), text_align="LEFT", line_height=5,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)) as t:
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf.p("E.3 The Department is grateful to the RSC secretariat for meeting officials on 19 March 2026.")
    pdf.output(path)


NOTES = ("Regulatory scrutiny opinion (invented Regulatory Scrutiny Committee, RSC-DHLP-5218(2), 'NOT FIT FOR "
         "PURPOSE' banner) on a department's final-stage IA: metadata table, business impact target table, "
         "summary, the reply to the initial review ('the IA should set out the full range of options' - already "
         "addressed, a trap), and four rated sections each with assessment prose and UNNUMBERED bullets under "
         "'Areas for improvement' (2 + 3 + 1 + 1 = seven recommendations, numbered 1-7 in document order; three "
         "open 'The Department should', four are imperatives). Other traps: 'landlords should already be "
         "providing information ... under section 21 of the Landlord and Tenant Act 1985', 'agents should be "
         "encouraged to adopt the voluntary code', 'The IA should have made clear', the ratings legend. Response: "
         "Annex E of the final IA, two paragraphs and a table RSC comment | Department's response in the order "
         "3+5, 1, 6, 4, 7: one row covers 3 ('Addressed', estimate tested and raised to 3.5 hours - agrees) and 5 "
         "('Not addressed as regards pass-through', not proportionate - disagrees); 1 'Addressed' (agrees); 6 "
         "'Partially addressed', simplified statement instead of exemption (partly); 4 'Noted', a matter for the "
         "Ministry of Justice (noted, also disagrees); 7 'Addressed', baseline survey (agrees); 2 (non-regulatory "
         "options) unanswered. The row 'Other changes since the RSC opinion' (commencement moved to October 2027) "
         "and E.1/E.3 answer no recommendation.")


def expected():
    sw = lambda k: " ".join(R[k].split()[:11])
    recs = [
        {"number": "1", "starts_with": sw(1), "reply_contains": "Section 3.4 now draws on tribunal case data for 2019 to 2025",
         "verdict": "agrees"},
        {"number": "2", "starts_with": sw(2), "reply_contains": None, "verdict": "unanswered"},
        {"number": "3", "starts_with": sw(3), "reply_contains": "The central estimate has been raised to 3.5 hours per block",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": "Tribunal fees and their waiver are a matter for the Ministry",
         "verdict": "noted", "also": ["disagrees"]},
        {"number": "5", "starts_with": sw(5), "reply_contains": "does not consider further sensitivity analysis proportionate",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": "provide a simplified one-page statement for blocks",
         "verdict": "partly"},
        {"number": "7", "starts_with": sw(7), "reply_contains": "A baseline survey of 1,200 leaseholders will be commissioned",
         "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["The commencement date has moved from April 2027 to October 2027"], NOTES)


if __name__ == "__main__":
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b46en.py"), NAME)) and 1)

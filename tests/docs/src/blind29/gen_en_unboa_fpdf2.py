"""Round 29 (EN): United Nations Board of Auditors report on a UN fund (recommendations identified by the number
of the paragraph they stand in) and the Secretary-General's report on the implementation of the Board's
recommendations (replies 'In paragraph N, the Board recommended that ...' with Department responsible / Status /
Priority / Target date lines). fpdf2, A4, UN document symbol header, margin paragraph numbers, superscript footnote
markers with footnotes at the page foot, job-number footer. All content invented.

Run:  /tmp/blind29en/bin/python tests/docs/src/blind29/gen_en_unboa_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b29en as H
from fpdf import FPDF

NAME = "blind29_en_unboa"
UNBLUE = (0, 90, 156)


class Doc(FPDF):
    def __init__(self, symbol, job):
        super().__init__(format="A4", unit="mm")
        self.symbol, self.job = symbol, job
        for style, f in (("", "LiberationSerif-Regular.ttf"), ("B", "LiberationSerif-Bold.ttf"),
                         ("I", "LiberationSerif-Italic.ttf"), ("BI", "LiberationSerif-BoldItalic.ttf")):
            self.add_font("TR", style, H.clean_font(f))
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 30)
        self.set_creation_date(__import__("datetime").datetime(2025, 7, 22))
        self.notes = {}
        self.fn = 0
        self.pnum = 0

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("TR", "B", 9)
        lm = self.l_margin
        self.set_left_margin(22)
        self.set_xy(22, 11)
        even = self.page_no() % 2 == 0
        self.cell(166, 5, self.symbol, align="L" if even else "R")
        self.line(22, 17, 188, 17)
        self.set_left_margin(lm)
        self.set_xy(lm, 22)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        lm = self.l_margin
        self.set_left_margin(22)
        if notes:
            y = 297 - 22 - 4 * len(notes) - 2
            self.line(22, y, 60, y)
            self.set_xy(22, y + 1)
            self.set_font("TR", "", 8)
            for n, t in notes:
                self.set_x(22)
                self.multi_cell(166, 3.8, f"{n} {t}")
        self.set_xy(22, 282)
        self.set_font("TR", "", 8)
        if self.page_no() % 2 == 0:
            self.cell(166, 4, f"{self.page_no()}/{{nb}}   {self.job}", align="L")
        else:
            self.cell(166, 4, f"{self.job}   {self.page_no()}/{{nb}}", align="R")
        self.set_left_margin(lm)

    def h1(self, t, size=12):
        self.set_left_margin(22)
        if self.will_page_break(20):
            self.add_page()
        self.ln(3)
        self.set_font("TR", "B", size)
        self.multi_cell(0, 6, t)
        self.ln(2)

    def h2(self, t):
        self.set_left_margin(22)
        if self.will_page_break(18):
            self.add_page()
        self.ln(1)
        self.set_font("TR", "B", 10.5)
        self.multi_cell(0, 5.5, t)
        self.ln(1)

    def para(self, text, style="", note=None, num=True, indent=34):
        """Numbered paragraph; text may contain one '^' where a footnote marker goes."""
        if self.will_page_break(12):
            self.add_page()
        self.set_left_margin(22)
        y = self.get_y()
        if num:
            self.pnum += 1
            self.set_font("TR", "", 10)
            self.set_xy(22, y)
            self.cell(10, 5.2, f"{self.pnum}.")
        self.set_left_margin(indent)
        self.set_xy(indent, y)
        self.set_font("TR", style, 10)
        if note:
            a, b = text.split("^")
            self.write(5.2, a)
            self.fn += 1
            self.notes.setdefault(self.page_no(), []).append((self.fn, note))
            self.char_vpos = "SUP"
            self.write(5.2, str(self.fn))
            self.char_vpos = "LINE"
            self.write(5.2, b)
            self.ln(5.2)
        else:
            self.multi_cell(0, 5.2, text)
        self.ln(2)
        self.set_left_margin(22)
        return self.pnum

    def sub(self, label, text, indent=40):
        self.set_left_margin(34)
        y = self.get_y()
        self.set_font("TR", "", 10)
        self.set_xy(34, y)
        self.cell(6, 5.2, label)
        self.set_left_margin(indent)
        self.set_xy(indent, y)
        self.multi_cell(0, 5.2, text)
        self.ln(1)
        self.set_left_margin(22)

    def kv(self, rows):
        self.set_left_margin(34)
        for k, v in rows:
            self.set_x(34)
            self.set_font("TR", "", 10)
            self.cell(42, 5.2, k)
            self.multi_cell(0, 5.2, v)
        self.ln(2)
        self.set_left_margin(22)


def title_block(d, line1, title, sub):
    d.add_page()
    d.set_font("TR", "B", 11)
    d.set_text_color(*UNBLUE)
    d.cell(80, 6, "United Nations")
    d.set_text_color(0, 0, 0)
    d.set_font("TR", "B", 16)
    d.cell(86, 6, d.symbol, align="R", new_x="LMARGIN", new_y="NEXT")
    d.line(22, 30, 188, 30)
    d.ln(6)
    d.set_font("TR", "", 10)
    d.multi_cell(0, 5, line1)
    d.ln(4)
    d.set_font("TR", "B", 15)
    d.multi_cell(0, 7, title)
    d.ln(1)
    d.set_font("TR", "B", 11)
    d.multi_cell(0, 5.5, sub)
    d.ln(4)


RECS = {}


def advice(path):
    d = Doc("A/80/5/Add.19", "25-11874 (E)")
    d.alias_nb_pages()
    title_block(d, "General Assembly\nOfficial Records\nEightieth Session\nSupplement No. 5T",
                "United Nations Urban Resilience Fund",
                "Financial report and audited financial statements for the year ended 31 December 2024\n"
                "and\nReport of the Board of Auditors")
    d.h1("Chapter II\nReport of the Board of Auditors on the financial statements: long-form report", 12)
    d.h2("Summary")
    d.set_font("TR", "", 10)
    d.multi_cell(0, 5.2,
        "The Board of Auditors has audited the financial statements of the United Nations Urban Resilience Fund "
        "(UNURF) for the year ended 31 December 2024 and reviewed its operations for that year. The audit was "
        "carried out through a review of financial transactions at headquarters in Nairobi and field visits to "
        "the country offices in Dhaka and Lima.")
    d.ln(2)
    d.multi_cell(0, 5.2,
        "The Board issued an unqualified audit opinion. UNURF recorded total revenue of $412.6 million and total "
        "expenses of $388.1 million, a surplus of $24.5 million. The Board identified areas for improvement in "
        "asset management, project closure, the oversight of implementing partners, risk management and "
        "procurement of consultancy services. Of the 14 recommendations outstanding from prior years, 6 had been "
        "implemented, 6 were under implementation and 2 had been overtaken by events (see annex).")
    d.ln(4)
    d.h1("A. Mandate, scope and methodology", 11)
    d.para("The Board audited the financial statements in accordance with General Assembly resolution 74(I) and "
           "the International Standards on Auditing.^ The Board also reviewed the operations of UNURF under "
           "regulation 7.5 of the Financial Regulations and Rules of the United Nations.",
           note="The Board comprises the Auditors-General of three Member States; the audit of UNURF was carried "
                "out by the audit team of the Auditor-General of Mirelia.")
    d.para("The report covers matters that, in the opinion of the Board, should be brought to the attention of the "
           "General Assembly. The observations and conclusions were discussed with the Administration, whose "
           "views have been appropriately reflected.")
    d.h1("B. Findings and recommendations", 11)
    d.h2("1. Follow-up of prior-year recommendations")
    d.para("Of the 14 outstanding recommendations, 6 (43 per cent) were implemented, 6 (43 per cent) were under "
           "implementation and 2 (14 per cent) were overtaken by events. In its report for 2022, the Board had "
           "recommended that UNURF \"finalize its policy on the closure of operationally completed projects\". The "
           "policy was issued in June 2024 but has not yet been applied consistently (see paras. 8-11 below).")
    d.h2("2. Financial overview")
    d.para("Cash and investments amounted to $601.3 million at 31 December 2024. The Board noted that the ratio "
           "of current assets to current liabilities was 4.1, indicating a strong liquidity position.")
    d.h2("3. Property, plant and equipment")
    d.para("At 31 December 2024, UNURF held 1,118 items of property, plant and equipment with a gross carrying "
           "amount of $19.7 million. Of these, 406 items with an original cost of $6.2 million were fully "
           "depreciated but still in use, mostly vehicles and information technology equipment in country offices.")
    d.para("The Board considers that the large number of fully depreciated assets in use indicates that the "
           "useful lives applied by UNURF do not reflect the actual pattern of consumption of the assets.")
    RECS["ppe"] = d.para("The Board recommends that UNURF review the estimated useful lives of its vehicles and "
                         "information technology equipment and adjust them to reflect their expected period of use.",
                         style="B")
    d.h2("4. Closure of operationally completed projects")
    d.para("The project closure policy issued in June 2024 requires projects to be financially closed within "
           "12 months of their operational completion. At 31 December 2024, 42 projects with unspent balances of "
           "$3.8 million had been operationally completed for more than 12 months, 11 of them for more than "
           "three years.")
    d.para("The Board noted that country offices had no reminder or escalation procedure and that donors had in "
           "several cases not been informed of unspent balances.")
    d.para("Delays in closing projects keep funds idle and expose UNURF to claims by donors for the refund of "
           "unspent balances.")
    RECS["closure"] = d.para("The Board recommends that UNURF financially close the 42 projects that have been "
                             "operationally completed for more than 12 months and introduce a quarterly "
                             "escalation procedure for projects approaching the deadline.", style="B")
    d.h2("5. Implementing partners")
    d.para("In 2024, UNURF transferred $171.4 million to 238 implementing partners. Its partner management "
           "framework requires at least one spot check a year for each partner receiving more than $300,000. The "
           "Board found that only 61 of the 104 required spot checks had been performed.")
    d.para("In Lima, the Board reviewed expenditure reports of four partners and found expenditure of "
           "$1.2 million without adequate supporting documents, including payments to suppliers for which no "
           "invoices were available.^",
           note="Expenditure reported in the fourth quarter of 2024 under projects PER-21-004 and PER-22-011.")
    RECS["spot"] = d.para("The Board recommends that UNURF strengthen its monitoring of implementing partners by "
                          "ensuring that all spot checks required under the partner management framework are "
                          "carried out and documented.", style="B")
    RECS["recover"] = d.para("The Board also recommends that UNURF obtain supporting documentation for the "
                             "$1.2 million reported by partners in Lima or recover the unsupported amounts.",
                             style="B")
    d.h2("6. Enterprise risk management")
    d.para("The corporate risk register of UNURF was last updated in March 2022. It does not include the risks "
           "arising from the decline in core contributions or from the new digital payments platform introduced "
           "in 2024. Country offices maintain their own risk logs, which are not consolidated.")
    RECS["erm"] = d.para("The Board recommends that UNURF update its corporate risk register at least annually and "
                         "consolidate the risks identified by its country offices.", style="B")
    d.h2("7. Procurement of consultancy services")
    d.para("The Board reviewed 36 consultancy contracts above $50,000 awarded in 2024. Of these, 19 were awarded "
           "directly, using the exception for \"proven expertise\", without documented market research. In five cases "
           "the same individual received successive direct awards totalling more than $200,000.")
    d.para("The Board is of the view that repeated use of the exception weakens competition and value for money.")
    RECS["consult"] = d.para("The Board recommends that UNURF award consultancy contracts above $50,000 through "
                             "competitive selection, limiting direct awards to documented emergencies.", style="B")
    d.h2("8. Workforce planning")
    d.para("UNURF's Strategic Plan 2026-2029 shifts the focus of the Fund from infrastructure to urban data and "
           "climate finance. The Board noted that no assessment has been made of the skills that the new plan "
           "will require or of the gap with the current workforce of 612 personnel.")
    RECS["workforce"] = d.para("The Board recommends that UNURF prepare a workforce plan identifying the skills "
                               "required by the Strategic Plan 2026-2029 before the plan enters into force.",
                               style="B")
    d.h1("C. Disclosures by management", 11)
    d.para("UNURF reported write-offs of cash and receivables of $42,300 and ex gratia payments of nil. Two cases "
           "of fraud, involving a total of $18,900, were reported to the Board.")
    d.h1("D. Acknowledgement", 11)
    d.para("The Board wishes to express its appreciation for the cooperation and assistance extended to its staff "
           "by the Executive Director of UNURF and members of her staff.")
    d.set_font("TR", "I", 10)
    d.set_x(34)
    d.multi_cell(0, 5.2, "(Signed) Elena Varga-Moreno\nAuditor-General of Mirelia\nChair of the Board of Auditors\n"
                          "22 July 2025")
    d.ln(3)
    d.h1("Annex\nStatus of implementation of recommendations up to the year ended 31 December 2023", 11)
    d.set_font("TR", "", 9)
    rows = [("2021", "A/77/5/Add.19, para. 24", "Develop a policy on the closure of operationally completed projects.",
             "Implemented"),
            ("2022", "A/78/5/Add.19, para. 31", "Ensure that all implementing partners are assessed under the "
             "harmonized approach to cash transfers before funds are released.", "Under implementation"),
            ("2023", "A/79/5/Add.19, para. 40", "Establish a register of conflicts of interest for members of "
             "project selection committees.", "Under implementation")]
    with d.table(col_widths=(14, 40, 80, 32), text_align="LEFT", line_height=4.6) as t:
        r = t.row()
        for h in ("Year", "Report reference", "Recommendation of the Board", "Board's assessment"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    d.output(path)


def response(path):
    d = Doc("A/80/318/Add.1", "25-13602 (E)")
    d.alias_nb_pages()
    title_block(d, "General Assembly\nDistr.: General\n14 August 2025\nOriginal: English\n\nEightieth session\n"
                   "Item 142 of the provisional agenda",
                "Financial reports and audited financial statements, and reports of the Board of Auditors",
                "Implementation of the recommendations of the Board of Auditors contained in its report on the "
                "United Nations Urban Resilience Fund for the year ended 31 December 2024\n\n"
                "Report of the Secretary-General\n\nAddendum")
    d.h2("Summary")
    d.set_font("TR", "", 10)
    d.multi_cell(0, 5.2,
        "The present report provides information on the implementation of the recommendations of the Board of "
        "Auditors on the United Nations Urban Resilience Fund for the year ended 31 December 2024, as requested "
        "by the General Assembly in its resolution 52/212 B. It also provides information on the status of "
        "recommendations from prior periods that the Board considered not fully implemented.")
    d.ln(4)
    d.h1("I. Introduction", 11)
    d.para("In accordance with the established practice, the present report indicates, for each recommendation, "
           "the office responsible, the estimated completion date and its priority. The Administration's comments "
           "have been provided by the Executive Director of UNURF.")
    d.para("Of the seven recommendations for 2024, one has been implemented, four are under implementation, one "
           "is not accepted and one is addressed to a process led by the United Nations Secretariat.")
    d.h1("II. Implementation of the recommendations contained in the report of the Board of Auditors for the "
         "year ended 31 December 2024", 11)
    p = RECS
    d.para(f"In paragraph {p['ppe']}, the Board recommended that UNURF review the estimated useful lives of its "
           "vehicles and information technology equipment.")
    d.para("The Administration accepted the recommendation. The review was completed in June 2025 and the useful "
           "life of light vehicles was extended from five to eight years, with effect from 1 January 2025. The "
           "Administration requests the Board to consider the recommendation implemented.")
    d.kv([("Department responsible:", "Division of Finance and Administration"), ("Status:", "Implemented"),
          ("Priority:", "Medium"), ("Target date:", "Not applicable")])
    d.para(f"In paragraph {p['closure']}, the Board recommended that UNURF financially close the overdue projects "
           "and introduce a quarterly escalation procedure.")
    d.para("The Administration accepted the recommendation. Of the 42 projects, 27 had been financially closed by "
           "30 June 2025; the quarterly escalation report to regional directors was introduced in April 2025.")
    d.kv([("Department responsible:", "Programme Division"), ("Status:", "Under implementation"),
          ("Priority:", "High"), ("Target date:", "First quarter of 2026")])
    d.para(f"In paragraphs {p['spot']} and {p['recover']}, the Board recommended that UNURF ensure that all required "
           "spot checks of implementing partners are carried out and documented, and obtain supporting "
           "documentation for, or recover, the unsupported expenditure in Lima.")
    d.para("The Administration accepted the first of these recommendations. A third-party monitoring firm has been "
           "contracted for the 2025 cycle and the completion of spot checks is now a key performance indicator "
           "for country directors.")
    d.para("As regards the second, the Lima country office has since obtained invoices and bank records for "
           "$0.9 million of the $1.2 million. The Administration will seek to recover the balance of $0.3 million "
           "only where the partner cannot show that the goods were delivered; it does not consider recovery of "
           "the documented amounts appropriate.")
    d.kv([("Department responsible:", "Programme Division and Lima country office"),
          ("Status:", "Under implementation"), ("Priority:", "High"), ("Target date:", "Fourth quarter of 2025")])
    d.para(f"In paragraph {p['erm']}, the Board recommended that UNURF update its corporate risk register at least "
           "annually and consolidate the country office risk logs.")
    d.para("The Administration takes note of the recommendation. The enterprise risk management framework applied "
           "by UNURF is the one set by the Secretariat's Management Committee, which is preparing a revised "
           "methodology for funds and programmes. UNURF will revisit its register once that methodology is issued.")
    d.kv([("Department responsible:", "Executive Office"), ("Status:", "Under implementation"),
          ("Priority:", "Medium"), ("Target date:", "To be determined")])
    d.para(f"In paragraph {p['consult']}, the Board recommended that UNURF award consultancy contracts above "
           "$50,000 through competitive selection, with direct awards limited to emergencies.")
    d.para("The Administration does not accept the recommendation. The exception for proven expertise is provided "
           "for in the procurement manual of the United Nations and is needed for specialized technical "
           "advisers in small markets. UNURF will, however, require documented market research for every direct "
           "award from 1 October 2025.")
    d.kv([("Department responsible:", "Procurement Services Unit"), ("Status:", "Not accepted"),
          ("Priority:", "Medium"), ("Target date:", "Not applicable")])
    d.para(f"In paragraph {p['workforce']}, the Board recommended that UNURF prepare a workforce plan identifying "
           "the skills required by the Strategic Plan 2026-2029.")
    d.para("The Administration agrees in principle. A skills inventory will be carried out in 2026, but the "
           "workforce plan can only be completed after the Executive Board approves the integrated budget, and "
           "will therefore follow, rather than precede, the entry into force of the Strategic Plan.")
    d.kv([("Department responsible:", "Human Resources Section"), ("Status:", "Under implementation"),
          ("Priority:", "Medium"), ("Target date:", "Fourth quarter of 2026")])
    d.h1("III. Implementation of the outstanding recommendations of the Board of Auditors for prior periods", 11)
    d.para("In paragraph 31 of its report for 2022 (A/78/5/Add.19), the Board recommended that UNURF assess all "
           "implementing partners under the harmonized approach to cash transfers before releasing funds. "
           "Micro-assessments have now been completed for 214 of 238 partners; the remaining assessments are "
           "scheduled for completion in the fourth quarter of 2025.")
    d.kv([("Department responsible:", "Programme Division"), ("Status:", "Under implementation"),
          ("Priority:", "High"), ("Target date:", "Fourth quarter of 2025")])
    d.output(path)


def main():
    advice(H.out(NAME + "_advice.pdf"))
    response(H.out(NAME + "_response.pdf"))
    p = RECS
    recs = [
        {"number": str(p["ppe"]), "starts_with": "The Board recommends that UNURF review the estimated useful lives",
         "reply_contains": "useful life of light vehicles was extended", "verdict": "agrees"},
        {"number": str(p["closure"]), "starts_with": "The Board recommends that UNURF financially close the 42 projects",
         "reply_contains": "27 had been financially closed by 30 June 2025", "verdict": "agrees"},
        {"number": str(p["spot"]), "starts_with": "The Board recommends that UNURF strengthen its monitoring of implementing partners",
         "reply_contains": "A third-party monitoring firm has been contracted", "verdict": "agrees"},
        {"number": str(p["recover"]), "starts_with": "The Board also recommends that UNURF obtain supporting documentation",
         "reply_contains": "will seek to recover the balance of $0.3 million", "verdict": "partly"},
        {"number": str(p["erm"]), "starts_with": "The Board recommends that UNURF update its corporate risk register",
         "reply_contains": "will revisit its register once that methodology is issued", "verdict": "noted"},
        {"number": str(p["consult"]), "starts_with": "The Board recommends that UNURF award consultancy contracts above",
         "reply_contains": "exception for proven expertise is provided for", "verdict": "disagrees"},
        {"number": str(p["workforce"]), "starts_with": "The Board recommends that UNURF prepare a workforce plan identifying",
         "reply_contains": "A skills inventory will be carried out in 2026", "verdict": "partly"},
    ]
    unmatched = ["Micro-assessments have now been completed for 214 of 238 partners"]
    notes = ("UN Board of Auditors long-form report (fpdf2, A4; UN title block with document symbol, alternating "
             "running header with the symbol, job-number footer with 'N/M', paragraphs numbered 1.-N in a margin "
             "column, superscript footnote markers with footnotes at the page foot). The seven recommendations are "
             "the bold paragraphs 'The Board (also) recommends that UNURF ...', LABELLED BY THEIR PARAGRAPH NUMBERS "
             f"({', '.join(str(p[k]) for k in ('ppe', 'closure', 'spot', 'recover', 'erm', 'consult', 'workforce'))}); "
             "traps: a prior-year recommendation quoted in the follow-up paragraph, 'The Board considers/is of the "
             "view' conclusions, an annex table of prior-period recommendations, and a summary that lists the "
             "areas. Response: Report of the Secretary-General (addendum) with replies 'In paragraph N, the Board "
             "recommended that ...' (paraphrase) + comment + Department responsible / Status / Priority / Target "
             "date lines, in report order; ONE reply for the two partner recommendations ('In paragraphs N and M') "
             "with 'accepted the first of these' (agrees) and 'As regards the second' - recovery of the undocumented "
             "balance only (partly); 'takes note' - Secretariat-led methodology (noted); 'does not accept' with a "
             "mitigation (disagrees); 'agrees in principle' but after the plan starts (partly). Section III answers "
             "a prior-period recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

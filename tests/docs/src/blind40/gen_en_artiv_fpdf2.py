"""Round 40 (EN): an IMF-style Article IV mission 'Concluding Statement' by the staff of an (invented) International
Monetary Cooperation Fund on the (invented) Republic of Tesora, with unnumbered bold policy sentences, answered by the
Executive Director's 'buff' statement to the Executive Board. fpdf2, US Letter, cleaned Liberation fonts, header and
page numbers drawn by fpdf2. All content (fund, country, people, figures) is invented.

Run:  /tmp/blind40en/bin/python tests/docs/src/blind40/gen_en_artiv_fpdf2.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b40en as H
from fpdf import FPDF

NAME = "blind40_en_artiv"


class Doc(FPDF):
    def __init__(self, head, fam):
        super().__init__(format="letter")
        self.head, self.fam = head, fam
        for st, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("AR", st, H.clean_font("LiberationSans-%s.ttf" % f))
            self.add_font("SE", st, H.clean_font("LiberationSerif-%s.ttf" % f))
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 22)

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        return super().multi_cell(*a, **k)

    def header(self):
        if self.page_no() > 1:
            self.set_font("AR", "I", 8)
            self.cell(0, 5, self.head, align="R")
            self.ln(8)

    def footer(self):
        self.set_y(-15)
        self.set_font("AR", "", 8.5)
        self.cell(0, 5, str(self.page_no()), align="C")

    def hd(self, t, size=11):
        self.ln(2)
        self.set_font("AR", "B", size)
        self.multi_cell(0, 6, t)
        self.ln(1)

    def p(self, t, size=10.5):
        self.set_font(self.fam, "", size)
        self.multi_cell(0, 5.3, t, markdown=True)
        self.ln(2.2)

    def b(self, t, size=10.5):
        self.set_font(self.fam, "", size)
        x = self.l_margin
        self.set_x(x + 4)
        self.cell(5, 5.3, "-")
        self.multi_cell(0, 5.3, t, markdown=True)
        self.ln(1.6)


def advice(path):
    d = Doc("Republic of Tesora: Staff Concluding Statement of the 2026 Article IV Mission", "AR")
    d.add_page()
    d.set_font("AR", "B", 9)
    d.set_text_color(0, 60, 110)
    d.cell(0, 5, "INTERNATIONAL MONETARY COOPERATION FUND", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("AR", "B", 16)
    d.multi_cell(0, 8, "Republic of Tesora: Staff Concluding Statement of the 2026 Article IV Mission")
    d.set_font("AR", "", 9)
    d.multi_cell(0, 5, "Port Alder, May 22, 2026\n\nA Concluding Statement describes the preliminary findings of IMCF "
                 "staff at the end of an official staff visit (or 'mission'), in most cases to a member country. The "
                 "views expressed are those of IMCF staff and do not necessarily represent the views of the IMCF's "
                 "Executive Board. Based on the preliminary findings of this mission, staff will prepare a report "
                 "that, subject to management approval, will be presented to the Executive Board for discussion.")
    d.ln(3)
    d.hd("Outlook and risks")
    d.p("Growth slowed to 2.1 percent in 2025 from 3.4 percent in 2024 as tourism receipts fell and the cocoa harvest "
        "was hit by drought. Inflation has declined to 4.8 percent but remains above the central bank's 3 percent "
        "target. Staff projects growth of 2.6 percent in 2026. Risks are tilted to the downside.")
    d.set_font("AR", "B", 9)
    rows = [("", "2024", "2025", "2026 proj."), ("Real GDP growth (%)", "3.4", "2.1", "2.6"),
            ("CPI inflation, end-period (%)", "6.9", "4.8", "4.1"), ("Fiscal balance (% of GDP)", "-5.2", "-5.9", "-4.6"),
            ("Public debt (% of GDP)", "71.3", "74.8", "76.0")]
    with d.table(col_widths=(70, 25, 25, 30), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as t:
        for i, row in enumerate(rows):
            r = t.row()
            d.set_font("AR", "B" if i == 0 else "", 9)
            for c in row:
                r.cell(c)
    d.ln(3)
    d.hd("Fiscal policy")
    d.p("The 2026 budget targets a deficit of 4.6 percent of GDP. Staff welcomes the authorities' commitment to the "
        "debt anchor in the Fiscal Responsibility Act 2019 (section 7), which requires debt to fall to 60 percent of "
        "GDP by 2032. Under current policies, however, debt would not stabilize before 2029.")
    d.p("**A gradual but sustained fiscal adjustment of about 2 percent of GDP over 2026-28 is needed to put debt on a "
        "firmly declining path.** Revenue measures should carry most of the effort, given low collection.")
    d.p("**Staff recommends phasing out the reduced VAT rate on imported construction materials and broadening the "
        "property tax base.** These measures would yield about 0.9 percent of GDP.")
    d.p("The 2024 Article IV consultation recommended that the authorities 'strengthen the medium-term fiscal "
        "framework', and staff welcomes the adoption of a three-year budget framework in 2025.")
    d.p("**Energy subsidies, which cost 1.3 percent of GDP in 2025, should be replaced by targeted cash transfers to "
        "vulnerable households.**")
    d.hd("Monetary and exchange rate policy")
    d.p("The central bank has kept its policy rate at 7.25 percent since October 2025. **The current monetary policy "
        "stance is appropriate, but the central bank should stand ready to tighten if inflation expectations rise.**")
    d.p("The real effective exchange rate is assessed as broadly in line with fundamentals. **Staff encourages the "
        "authorities to allow greater exchange rate flexibility and to limit foreign exchange intervention to "
        "disorderly market conditions.**")
    d.hd("Financial sector")
    d.p("Banks are well capitalized on aggregate, but non-performing loans in the tourism sector rose to 11 percent. "
        "**The Financial Supervisory Authority should complete an asset quality review of the three largest banks by "
        "mid-2027.**")
    d.hd("Structural policies")
    d.p("**Staff recommends establishing a climate resilience fund, financed by a levy on cruise arrivals, to pay for "
        "coastal protection.** Improving the business environment, including faster land registration, would also "
        "support private investment.")
    d.p("The mission thanks the authorities and other counterparts for their warm hospitality and candid discussions.")
    d.output(path)


def response(path):
    d = Doc("Statement by the Executive Director for Tesora, Executive Board Meeting 26/71", "SE")
    d.add_page()
    d.set_font("AR", "B", 9)
    d.cell(0, 5, "FOR OFFICIAL USE ONLY", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("AR", "B", 13)
    d.multi_cell(0, 7, "Statement by Mr. Rafael Quintero, Executive Director for the Republic of Tesora, and "
                 "Ms. Adaeze Mbeki, Advisor to the Executive Director\nExecutive Board Meeting 26/71\nJuly 15, 2026")
    d.ln(4)
    d.p("On behalf of our Tesoran authorities, we thank staff for the constructive engagement during the 2026 Article IV "
        "consultation. Our authorities broadly share staff's assessment of the outlook and wish to highlight the "
        "following points.")
    d.hd("Financial sector")
    d.p("The Financial Supervisory Authority has already launched an asset quality review of the three largest banks, "
        "with the support of an external auditor; results are expected in the first quarter of 2027.")
    d.hd("Fiscal policy")
    d.p("Our authorities remain committed to the debt anchor. They agree that consolidation is needed, but consider "
        "that an adjustment of 2 percent of GDP in three years would weigh too heavily on a fragile recovery; the "
        "budget framework instead envisages 1.2 percent over 2026-28, with further measures in 2029.")
    d.p("On revenue, the reduced VAT rate on construction materials will be removed from January 2027. A wider "
        "property tax base, by contrast, would require a new valuation roll, and the authorities do not intend to "
        "pursue it before the next local elections.")
    d.p("Energy subsidies are a sensitive matter. The authorities will study the design of a targeted transfer "
        "scheme with the World Bank and take a view in the context of the 2027 budget.")
    d.hd("Monetary and exchange rate policy")
    d.p("The central bank agrees with staff on the stance of monetary policy and remains vigilant. It has, however, a "
        "different view on the exchange rate: in a small, tourism-dependent economy, intervention plays a useful role "
        "in smoothing seasonal volatility, and the authorities see no case for changing the current framework.")
    d.hd("Social protection and poverty")
    d.p("Finally, our authorities are pleased to report that the new social registry now covers 82 percent of "
        "households, which will allow better targeting of social assistance.")
    d.p("Our authorities value the Fund's policy advice and technical assistance and look forward to continued "
        "close engagement.")
    d.output(path)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    advice(a)
    response(r)
    recs = [
        {"number": "1", "starts_with": "A gradual but sustained fiscal adjustment of about 2 percent",
         "reply_contains": "envisages 1.2 percent over 2026-28, with further measures", "verdict": "partly",
         "also": ["disagrees"]},
        {"number": "2", "starts_with": "Staff recommends phasing out the reduced VAT rate on imported",
         "reply_contains": "will be removed from January 2027", "verdict": "partly"},
        {"number": "3", "starts_with": "Energy subsidies, which cost 1.3 percent of GDP in 2025",
         "reply_contains": "study the design of a targeted transfer scheme", "verdict": "noted"},
        {"number": "4", "starts_with": "The current monetary policy stance is appropriate, but the central bank",
         "reply_contains": "agrees with staff on the stance of monetary policy", "verdict": "agrees"},
        {"number": "5", "starts_with": "Staff encourages the authorities to allow greater exchange rate flexibility",
         "reply_contains": "see no case for changing the current framework", "verdict": "disagrees"},
        {"number": "6", "starts_with": "The Financial Supervisory Authority should complete an asset quality review",
         "reply_contains": "has already launched an asset quality review", "verdict": "agrees"},
        {"number": "7", "starts_with": "Staff recommends establishing a climate resilience fund, financed by",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    H.write_expected(NAME, recs, ["new social registry now covers 82 percent"], NOTES)


NOTES = ("Article IV concluding statement: the recommendations are the seven BOLD sentences (no labels; numbered 1-7 "
         "in document order). Traps: disclaimer paragraph, macro table, 'Staff projects', 'Staff welcomes', the "
         "Fiscal Responsibility Act section 7 debt anchor, the 2024 recommendation quoted as implemented, non-bold "
         "'Revenue measures should carry most of the effort' and 'Improving the business environment ... would also "
         "support', thanks paragraph. Buff statement by topic in another order 6, 1, 2, 3, 4+5, social registry: AQR "
         "already launched (6 agrees); 1.2 instead of 2 percent (1 partly, disagrees acceptable); ONE revenue "
         "paragraph: VAT rate removed but property tax not pursued (2 partly, since one recommendation covers both); "
         "study with the World Bank (3 noted); ONE monetary paragraph: stance agreed (4 agrees), intervention kept (5 "
         "disagrees); 7 (climate resilience fund) never mentioned (unanswered); social registry answers nothing.")

if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)

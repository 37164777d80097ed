"""Round 71 (EN): a UK TAX SIMPLIFICATION REVIEW (genre of the reports of an independent panel advising the
Chancellor on simplifying a part of the tax system: a summary, chapters with paragraphs numbered by chapter,
the legislation quoted, a table and a box, and the recommendations as BOLD SENTENCES inside numbered paragraphs,
unnumbered and with varied lead-ins) answered in the BUDGET REPORT ('Red Book') chapter 'Policy decisions' (genre
of HM Treasury's Budget document: paragraphs numbered 2.1 ... with a bold run-in title ending in an en dash,
cross-references to the policy costings table by line number, and the table of policy decisions itself).
Advice: Independent Tax Simplicity Panel, 'Employee expenses: travel, subsistence and working from home - Final
report', November 2026, A4, 3 p.; recommendations 1-7 by order.
Response: 'Spring Budget 2027' (HC 611), extract: chapter 2 'Policy decisions', paragraphs 2.29-2.41 and Table 2.1
(extract), pages 47-48; order 7, 3+2 (one paragraph), 1, 4, 5; 6 (home charging of electric vehicles) is not
answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans via @font-face, ligatures off, a fresh --user-data-dir
and no background services; running footers stamped with PyMuPDF. The Income Tax (Earnings and Pensions) Act 2003
is real (what is said of it here is not to be relied on); the Panel, its members, the earlier review, the Budget's
measures, the line numbers and all figures are invented.

Run:  /tmp/blind71en/bin/python tests/docs/src/blind71/gen_en_budget_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b71en as H

NAME = "blind71_en_budget"
TMP = "/tmp/blind71en_budget"

RECS = [
    "The Panel recommends that the approved mileage allowance payment rate for cars and vans be increased from 45p "
    "to 55p a mile for the first 10,000 business miles in a tax year.",
    "We also recommend that the 24-month limit for travel to a temporary workplace be extended to 36 months.",
    "HMRC should replace the benchmark scale rates for subsistence with a single flat daily rate that employers can "
    "pay without receipts, wherever in the United Kingdom the employee travels.",
    "Our recommendation is that the tax-free homeworking allowance of £6 a week be available to every "
    "employee who works from home under a written agreement, whether or not the employer requires it.",
    "The Panel recommends that HMRC publish a single, consolidated guide to employee expenses, written for "
    "employers and employees rather than for tax advisers.",
    "We recommend that the exemption for employer-provided electric vehicle charging at the workplace be extended "
    "to charging at the employee's home.",
    "Finally, the Panel recommends that employers be required to report taxable expenses through payroll from April "
    "2028, so that form P11D can be withdrawn.",
]


def fontface():
    css = ""
    for st, w, f in (("normal", 400, "Regular"), ("normal", 700, "Bold"), ("italic", 400, "Italic"),
                     ("italic", 700, "BoldItalic")):
        css += ("@font-face { font-family: 'CSans'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                % (st, w, H.clean_font("LiberationSans-%s.ttf" % f)))
    return css


CSS = """
@page { size: 210mm 297mm; margin: 20mm 20mm 22mm 20mm; }
body { font-family: 'CSans'; font-size: 10.2pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #111; margin: 0; }
p { margin: 0 0 6pt 0; }
.np { display: flex; margin: 0 0 6pt 0; }
.np .n { flex: 0 0 12mm; }
.np .t { flex: 1; }
h1 { font-size: 20pt; margin: 0 0 4pt 0; color: #1d3f6e; }
h2 { font-size: 13pt; margin: 12pt 0 6pt 0; color: #1d3f6e; }
.sub { font-size: 11pt; color: #444; margin-bottom: 12pt; }
.rule { border-top: 3pt solid #1d3f6e; margin-bottom: 10pt; }
.box { border: 1pt solid #1d3f6e; padding: 6pt 9pt 3pt 9pt; margin: 4pt 0 10pt 0; background: #eef2f8; }
.box .bt { font-weight: 700; margin-bottom: 4pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 3pt 0 3pt 0; }
th { text-align: left; border-bottom: 1pt solid #1d3f6e; padding: 2pt 4pt; }
td { border-bottom: 0.5pt solid #aab; padding: 2pt 4pt; vertical-align: top; }
.cap { font-size: 8.6pt; font-style: italic; margin-bottom: 10pt; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; }
"""

CSS_RB = """
@page { size: 210mm 297mm; margin: 22mm 24mm 24mm 24mm; }
body { font-family: 'CSans'; font-size: 10.5pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: 'liga' 0, 'clig' 0; color: #000; margin: 0; }
.np { display: flex; margin: 0 0 8pt 0; }
.np .n { flex: 0 0 13mm; }
.np .t { flex: 1; }
.ch { font-size: 22pt; color: #6b1f5e; margin: 0 0 2pt 0; }
.chn { font-size: 12pt; color: #6b1f5e; margin: 0 0 10pt 0; font-weight: 700; }
h3 { font-size: 11.5pt; color: #6b1f5e; margin: 12pt 0 6pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4pt 0 4pt 0; }
th { text-align: right; border-bottom: 1pt solid #6b1f5e; padding: 2pt 3pt; vertical-align: bottom; }
th.l, td.l { text-align: left; }
td { padding: 1.5pt 3pt; text-align: right; border-bottom: 0.4pt solid #ccc; }
.tt { font-weight: 700; color: #6b1f5e; margin: 10pt 0 3pt 0; }
.note { font-size: 8.2pt; margin: 3pt 0 0 0; }
"""


def page(body, css):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + fontface() + css +
            "</style></head><body>" + body + "</body></html>")


def np(n, t):
    return "<div class='np'><div class='n'>%s</div><div class='t'>%s</div></div>" % (n, t)


def rec(k):
    return "<b>%s</b>" % RECS[k - 1]


def advice():
    b = ["<div class='rule'></div>",
         "<p class='sub'>Independent Tax Simplicity Panel</p>",
         "<h1>Employee expenses: travel, subsistence and working from home</h1>",
         "<p class='sub'>Final report to the Chancellor of the Exchequer  |  November 2026</p>",
         "<h2>Summary</h2>",
         "<p>The rules on employee expenses affect almost every employer and more than ten million employees. They "
         "are long, complicated and, in places, out of date. In short, we propose a higher mileage rate, a simpler "
         "way of paying for meals on business trips, a fairer homeworking allowance and an end to the annual P11D "
         "return for expenses. Our recommendations are set out in bold in chapters 2 to 4.</p>",
         "<h2>1  The current rules</h2>",
         np("1.1", "Section 336 of the Income Tax (Earnings and Pensions) Act 2003 allows a deduction for an expense "
                   "only if the employee is obliged to incur it and it is incurred \"wholly, exclusively and "
                   "necessarily in the performance of the duties of the employment\". Section 337 allows travel "
                   "expenses that are necessarily incurred on travelling in the performance of the duties."),
         np("1.2", "Employers must report expenses and benefits that are not covered by an exemption on form P11D "
                   "by 6 July after the end of the tax year. In 2025-26, 1.1 million P11D forms were filed."),
         np("1.3", "In its 2019 review of the benefits-in-kind rules, the Panel's predecessor concluded that "
                   "\"the benchmark scale rates should be reviewed at least every five years\". That review was "
                   "never carried out, and the rates have not changed since 2009."),
         "<h2>2  Business travel</h2>",
         np("2.1", "The approved mileage allowance payment (AMAP) rate of 45p a mile has been unchanged since 2011. "
                   "Table 2.A shows how the cost of running a typical car has changed since then."),
         "<table><tr><th>Cost per mile (pence)</th><th>2011</th><th>2026</th></tr>"
         "<tr><td>Fuel</td><td>14.8</td><td>17.9</td></tr><tr><td>Insurance and servicing</td><td>9.2</td>"
         "<td>13.6</td></tr><tr><td>Depreciation</td><td>18.1</td><td>22.4</td></tr>"
         "<tr><td><b>Total</b></td><td><b>42.1</b></td><td><b>53.9</b></td></tr></table>",
         "<p class='cap'>Table 2.A: Running cost of a typical petrol car, pence per business mile (Panel "
         "estimates)</p>",
         np("2.2", "Motoring organisations and several employer groups told us that the rate should rise to 60p. "
                   "We think that would overcompensate most drivers. " + rec(1) + " The 25p rate above 10,000 "
                   "miles should stay as it is."),
         np("2.3", "Travel to a temporary workplace is deductible only if the employee does not expect to work there "
                   "for more than 24 months. Employers in construction and defence told us that projects now "
                   "routinely run for three years. " + rec(2)),
         "<h2>3  Subsistence and homeworking</h2>",
         np("3.1", "Employers may pay subsistence without receipts at benchmark scale rates that vary with the length "
                   "of the trip, or at bespoke rates agreed with HMRC. Only 312 bespoke agreements are in force, "
                   "and employers told us the system is barely used. " + rec(3)),
         "<div class='box'><div class='bt'>Box 3.A: What employers told us</div>"
         "<ul><li>\"We spend more time checking receipts for sandwiches than the sandwiches cost.\"</li>"
         "<li>\"Our staff should not need to know which of five rates applies to a nine-hour day.\"</li>"
         "<li>\"A single rate would be simpler even if it were lower.\"</li></ul></div>",
         np("3.2", "Since April 2021, employees can claim relief for homeworking costs only if their employer "
                   "requires them to work at home. Many people now work at home by agreement rather than "
                   "requirement, and the distinction is hard to police. " + rec(4)),
         "<h2>4  Administration</h2>",
         np("4.1", "HMRC's guidance on employee expenses runs to 490 pages across four manuals. " + rec(5) +
                   " Employers should not have to read internal manuals to pay a mileage claim correctly."),
         np("4.2", "Electricity provided at a workplace charging point is exempt, but the same electricity provided "
                   "at home is taxable, and employers must apportion the cost. " + rec(6)),
         np("4.3", "From April 2027 employers will report most benefits in kind through payroll. Taxable expenses "
                   "were left out of that change. " + rec(7)),
         "<h2>Annex A: Terms of reference</h2>",
         "<p>The Panel was asked to:</p>",
         "<ol><li>review the tax treatment of travel, subsistence and homeworking expenses;</li>"
         "<li>identify where the rules impose unnecessary costs on employers or employees; and</li>"
         "<li>make recommendations that are broadly neutral for the Exchequer.</li></ol>",
         "<p><i>Members: Professor Claire Ashdown (chair), Daniel Okonjo, Rebecca Thwaite</i></p>"]
    return page("".join(b), CSS)


def response():
    b = ["<div class='ch'>2</div><div class='chn'>Policy decisions</div>",
         np("2.29", "This chapter sets out all Spring Budget 2027 policy decisions. Table 2.1 shows the cost or "
                    "yield of all government decisions with a fiscal impact, and the line numbers below refer to "
                    "it."),
         "<h3>Personal tax</h3>",
         np("2.30", "<b>Independent Tax Simplicity Panel</b> – The government is grateful to the Independent Tax "
                    "Simplicity Panel for its report on employee expenses, published in November 2026, and is "
                    "taking forward a package of its proposals. (Table 2.1, lines 12 to 15)"),
         np("2.31", "<b>Payrolling of expenses</b> – As announced at Autumn Budget 2026, benefits in kind will be "
                    "reported through payroll from April 2027. The government will now legislate so that employers "
                    "must also report taxable expenses through payroll from April 2028, after which form P11D will "
                    "be withdrawn altogether. (Table 2.1, line 12)"),
         np("2.32", "<b>Travel and subsistence</b> – From 6 April 2028 the government will simplify the rules for "
                    "subsistence by introducing a single daily subsistence rate that employers can pay without "
                    "evidence of expenditure, set at £25 for a day of more than five hours. The government will "
                    "not extend the 24-month rule for temporary workplaces, which would allow a permanent change of "
                    "workplace to be treated as temporary. (Table 2.1, line 13)"),
         np("2.33", "<b>Approved mileage allowance payments</b> – The government will increase the AMAP rate for "
                    "cars and vans to 50p a mile for the first 10,000 business miles from 6 April 2028. The rate "
                    "for business miles above 10,000 will remain 25p. (Table 2.1, line 14)"),
         np("2.34", "<b>Homeworking expenses</b> – The government notes the Panel's recommendation on the "
                    "homeworking allowance and will consider it alongside its wider work on flexible working, "
                    "reporting at Autumn Budget 2027."),
         np("2.35", "<b>Off-payroll working</b> – The government will legislate to require the client in a labour "
                    "supply chain to pass its status determination to every party in the chain from April 2028. "
                    "(Table 2.1, line 16)"),
         "<h3>Tax administration</h3>",
         np("2.40", "<b>Simpler guidance</b> – HMRC will publish a new consolidated guide to employee expenses in "
                    "summer 2027, written for employers and employees and replacing the relevant parts of four "
                    "internal manuals."),
         np("2.41", "<b>Making Tax Digital</b> – The government confirms that Making Tax Digital for Income Tax "
                    "will be extended to sole traders and landlords with income above £20,000 from April "
                    "2028."),
         "<div style='break-inside: avoid'><div class='tt'>Table 2.1: Spring Budget 2027 policy decisions (extract) (£ million)</div>",
         "<table><tr><th class='l'></th><th class='l'></th><th class='l'>Head</th><th>2027-28</th><th>2028-29</th>"
         "<th>2029-30</th><th>2030-31</th><th>2031-32</th></tr>"]
    rows = [("12", "Payrolling of expenses", "Tax", "0", "+15", "+40", "+45", "+45"),
            ("13", "Single daily subsistence rate", "Tax", "0", "-35", "-40", "-40", "-45"),
            ("14", "AMAP rate increase", "Tax", "0", "-210", "-225", "-235", "-245"),
            ("15", "Employee expenses: HMRC costs", "Spend", "-5", "-10", "-5", "-5", "-5"),
            ("16", "Off-payroll working: status determinations", "Tax", "0", "+60", "+85", "+90", "+95"),
            ("17", "Making Tax Digital: lower threshold", "Tax", "0", "*", "+110", "+150", "+160")]
    for r in rows:
        b.append("<tr><td class='l'>%s</td><td class='l'>%s</td><td class='l'>%s</td>%s</tr>"
                 % (r[0], r[1], r[2], "".join("<td>%s</td>" % x for x in r[3:])))
    b += ["</table>",
          "<p class='note'>* Negligible. Costings reflect policy decisions since Autumn Budget 2026 and have been "
          "certified by the Office for Budget Responsibility. A positive figure is an Exchequer yield.</p></div>"]
    return page("".join(b), CSS_RB)


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Independent Tax Simplicity Panel  |  Employee expenses  |  {n}")
    stamp_rb(H.out(NAME + "_response.pdf"))
    sw = lambda k, n=12: " ".join(RECS[k - 1].split()[:n])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "will increase the AMAP rate for cars and vans to 50p", "verdict": "partly"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "not extend the 24-month rule for temporary workplaces", "verdict": "disagrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "introducing a single daily subsistence rate that employers can pay",
         "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4),
         "reply_contains": "notes the Panel's recommendation on the homeworking allowance", "verdict": "noted"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "HMRC will publish a new consolidated guide to employee expenses", "verdict": "agrees"},
        {"number": "6", "starts_with": sw(6), "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "must also report taxable expenses through payroll from April 2028", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, [
        "This chapter sets out all Spring Budget 2027 policy decisions",
        "is grateful to the Independent Tax Simplicity Panel for its report",
        "pass its status determination to every party in the chain",
        "Making Tax Digital for Income Tax will be extended to sole traders",
    ], "Advice: a UK independent tax simplification panel's final report (a rule and title, Summary, chapters "
       "1-4 with paragraphs 1.1-4.3 hanging in a margin column, Annex A). The seven recommendations are BOLD "
       "SENTENCES inside numbered paragraphs, unnumbered, with varied lead-ins ('The Panel recommends that', 'We "
       "also recommend that', 'HMRC should replace', 'Our recommendation is that', 'We recommend that', "
       "'Finally, the Panel recommends that'); numbers 1-7 by order. Traps: the Summary's paraphrase ('In short, "
       "we propose a higher mileage rate ...'), sections 336 and 337 of ITEPA 2003 quoted, 'Employers must "
       "report ... on form P11D', the predecessor's 2019 conclusion quoted ('should be reviewed at least every "
       "five years'), Table 2.A, the motoring organisations' 'should rise to 60p', the plain sentence after "
       "recommendation 1 ('The 25p rate above 10,000 miles should stay as it is'), Box 3.A quotations ('Our "
       "staff should not need to know ...'), 'Employers should not have to read internal manuals' after "
       "recommendation 5, and the terms of reference 1.-3. Response: the Budget report ('Red Book') chapter 2 "
       "'Policy decisions' (extract, pages 47-48): paragraphs 2.29-2.41 with bold run-in titles and '(Table 2.1, "
       "line N)' cross-references, then Table 2.1 with its own line numbers 12-17; no recommendation numbers; "
       "order 7, 3+2, 1, 4, 5: 2.31 payrolling from April 2028, P11D withdrawn (7 agrees); 2.32 ONE paragraph: a "
       "single daily subsistence rate (3 agrees) and 'will not extend the 24-month rule' (2 disagrees); 2.33 50p "
       "instead of 55p (1 partly); 2.34 'notes the Panel's recommendation ... will consider it' (4 noted); 2.40 "
       "HMRC consolidated guide (5 agrees); home charging of electric vehicles (6) is not answered. Unmatched: "
       "2.29 (chapter introduction), 2.30 (thanks to the Panel, lines 12 to 15), 2.35 off-payroll working, 2.41 "
       "Making Tax Digital, Table 2.1 and its note.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


def stamp_rb(path):
    """Red Book furniture: page numbers 47, 48 at the outer foot and 'Spring Budget 2027' at the inner foot."""
    import warnings
    warnings.filterwarnings("ignore")
    import fitz
    ff = H.clean_font("LiberationSans-Regular.ttf")
    doc = fitz.open(path)
    for i, pg in enumerate(doc):
        w, h = pg.rect.width, pg.rect.height
        pg.insert_font(fontname="rb", fontfile=ff)
        no = str(47 + i)
        tl = fitz.Font(fontfile=ff).text_length("Spring Budget 2027", fontsize=8.5)
        nl = fitz.Font(fontfile=ff).text_length(no, fontsize=8.5)
        if i % 2 == 0:
            pg.insert_text((68, h - 34), "Spring Budget 2027", fontname="rb", fontsize=8.5, color=(0.42, 0.12, 0.37))
            pg.insert_text((w - 68 - nl, h - 34), no, fontname="rb", fontsize=8.5)
        else:
            pg.insert_text((68, h - 34), no, fontname="rb", fontsize=8.5)
            pg.insert_text((w - 68 - tl, h - 34), "Spring Budget 2027", fontname="rb", fontsize=8.5,
                           color=(0.42, 0.12, 0.37))
    tmp = path + ".tmp"
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    os.replace(tmp, path)


if __name__ == "__main__":
    main()

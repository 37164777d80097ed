"""Round 135 (EN): a California school district's CITIZENS' BOND OVERSIGHT COMMITTEE ANNUAL REPORT to the Board of
Education, answered by the SUPERINTENDENT's RESPONSE as a Board agenda item with its OWN numbered items.
The advice: four recommendations as paragraphs whose opening words are BOLD (imperative lead-ins, part of the
sentence), then three UNNUMBERED sentences in one running paragraph ('We recommend that ...', 'It should also ...',
'Finally, the District should ...'). Traps: Findings 1-4 (numbered, findings), an expenditure table, the Education
Code paraphrased ('must'), the performance audit quoted ('should strengthen'), 'The Committee does not recommend
pausing Phase 2', a closing naming 'the first two'.
The response: agenda item with its own 'Recommended action' (nothing) and background (nothing); staff responses
numbered 1-5 that do not match the Committee's order: 1 membership (7 agrees), 2 change orders and ledger in one
paragraph (1 agrees, 2 partly), 3 contingency (3 partly), 4 Committee budget (4 disagrees), 5 projects map (5 noted);
fiscal impact (nothing). Recommendation 6 (annual report as an action item) is never answered.
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans (report) and Liberation Serif (agenda item) via
@font-face, ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures and
references invented; Proposition 39 and the Education Code are named as context only (what is said of them is
paraphrased and not to be relied on).
Run:  /tmp/blind135en/bin/python tests/docs/src/blind135/gen_en_bond_oversight_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b135en as H

NAME = "blind135_en_bond_oversight"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: 8.5in 11in; margin: 0.8in 0.9in 0.8in 0.9in; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12.5pt; color: %(c)s; margin: 13pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.band { background: %(c)s; color: #fff; padding: 5pt 8pt; font-size: 9pt; margin-bottom: 8pt; }
table.data { border-collapse: collapse; margin: 2pt 0 9pt 0; font-size: 9.5pt; width: 100%%; }
table.data th, table.data td { border-bottom: 0.6pt solid #999; padding: 2pt 8pt 2pt 0; text-align: left; }
table.data td.n, table.data th.n { text-align: right; }
p.find { margin-left: 14pt; }
p.rec { border-left: 3pt solid %(c)s; padding-left: 8pt; }
.item { font-weight: bold; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def advice():
    body = """
<div class='band'>VERDANT VALLEY UNIFIED SCHOOL DISTRICT &#183; MEASURE K CITIZENS' BOND OVERSIGHT COMMITTEE</div>
<h1>Annual Report to the Board of Education, 2023-24</h1>
<p class='meta'>Adopted by the Committee on January 22, 2025 &#183; Transmitted by Leonard Abernathy-Cruz, Chair</p>

<h2>About the Committee</h2>
<p>Measure K, a $265 million general obligation bond, was approved by 61.4 percent of Verdant Valley voters in
November 2020 under the 55 percent threshold of Proposition 39. As the Committee understands the Education Code, the
District must appoint an independent citizens' oversight committee, and the committee must inform the public about
how bond money is spent. The Committee has nine seats; seven were filled during 2023-24. Members serve without
pay.</p>

<h2>Bond expenditures in 2023-24</h2>
<table class='data'>
<tr><th>Project</th><th class='n'>Budget</th><th class='n'>Spent to June 30, 2024</th><th>Status</th></tr>
<tr><td>Verdant Valley High School science wing</td><td class='n'>$38,400,000</td><td class='n'>$36,950,000</td><td>Complete</td></tr>
<tr><td>Alder Creek Elementary modernization</td><td class='n'>$21,700,000</td><td class='n'>$4,120,000</td><td>Construction</td></tr>
<tr><td>District-wide roofing and HVAC (Phase 2)</td><td class='n'>$29,300,000</td><td class='n'>$6,880,000</td><td>Construction</td></tr>
<tr><td>Mesa Linda Middle School field and track</td><td class='n'>$9,850,000</td><td class='n'>$9,910,000</td><td>Complete</td></tr>
</table>

<h2>Findings</h2>
<p class='find'><b>Finding 1.</b> Based on the independent financial and performance audits, bond proceeds were spent
only on projects listed in the ballot measure, and none were spent on teacher or administrator salaries.</p>
<p class='find'><b>Finding 2.</b> Change orders on the science wing added $2.9 million (8.1 percent) to the construction
contract. The Committee learned of most of them only after they were approved.</p>
<p class='find'><b>Finding 3.</b> The Measure K project ledger was reconciled with the county treasurer's statements
once, at fiscal year end, when $184,000 of timing differences had to be cleared.</p>
<p class='find'><b>Finding 4.</b> Construction bids in 2024 came in 12 to 18 percent above the estimates used when the
Phase 2 budget was set.</p>
<p>The 2022-23 performance audit by Harlan &amp; Pike CPAs stated that the District &#8220;should strengthen its review
of invoices before payment&#8221;. The District has since added a second approval for invoices over $50,000, and the
2023-24 audit reported no exceptions.</p>

<h2>Recommendations</h2>
<p>The Committee makes the following recommendations to the Board of Education.</p>
<p class='rec'><b>Publish every approved change order</b> over $25,000 on the Measure K web page within 30 days of its
approval, with the reason for the change.</p>
<p class='rec'><b>Reconcile the Measure K project ledger</b> with the county treasurer's statements every month,
rather than once a year at fiscal year end.</p>
<p class='rec'><b>Set aside a program contingency</b> of at least 10 percent of the remaining Phase 2 budget, given
the rise in construction costs reported in Finding 4.</p>
<p class='rec'><b>Give the Committee its own budget line</b> of $15,000 a year for member training, printing of this
report and an independent technical adviser when needed.</p>
<p>Beyond these four points, the Committee makes three further recommendations. We recommend that the District add
an online map of bond-funded projects showing each project's status and spending to date. It should also schedule
the Committee's annual report as an action item, not a consent item, at a regular Board meeting. Finally, the
District should fill the two vacant Committee seats, including the one reserved for a member of a parent-teacher
organization, by March 31, 2025.</p>
<p>The Committee has considered whether Phase 2 should be paused while costs are reviewed. The Committee does not
recommend pausing Phase 2; roofs at four schools are at the end of their life and delay would only add cost.</p>

<h2>Conclusion</h2>
<p>The Committee is satisfied that Measure K funds were spent in 2023-24 as voters intended. We regard the first two
recommendations as the most urgent and ask the Board to respond to all of them in writing.</p>
<p>Leonard Abernathy-Cruz, Chair &#183; Dr. Keiko Farrow-Mendes, Vice Chair</p>
"""
    return doc(body, "Sans", "10pt", "#8a4b08")


def response():
    body = """
<p class='meta'>VERDANT VALLEY UNIFIED SCHOOL DISTRICT &#183; BOARD OF EDUCATION &#183; REGULAR MEETING, MARCH 12, 2025</p>
<h1>Agenda Item 9.2: Superintendent's Response to the Measure K Citizens' Bond Oversight Committee Annual Report</h1>
<p class='meta'>Submitted by: Dr. Maribel Ocampo-Reyes, Superintendent &#183; Prepared by: Dennis Whitcombe-Harlan,
Assistant Superintendent, Business Services &#183; Type: Action</p>

<h2>Recommended action</h2>
<p>That the Board of Education accept the Superintendent's response and direct staff to transmit it to the Citizens'
Bond Oversight Committee.</p>

<h2>Background</h2>
<p>The Committee presented its annual report for 2023-24 to the Board on February 12, 2025. As of February 28, 2025,
$112.6 million of Measure K funds has been spent on eleven projects. Staff thank the Committee for a thorough report
and respond below, grouping related recommendations where that is helpful.</p>

<h2>Staff responses</h2>
<h3>1. Committee membership</h3>
<p>Two new members were appointed on February 26, 2025, one of them nominated by the Verdant Valley PTA Council. The
Committee is now at its full strength of nine.</p>
<h3>2. Change orders and the project ledger</h3>
<p>Since February 3 every change order over $25,000 has been posted on the Measure K page within 30 days, with a
short explanation, and earlier 2024-25 change orders have been added. Reconciling the ledger every month is not
realistic with the present staffing of Fiscal Services; instead the ledger will be reconciled each quarter, starting
with the quarter ending March 31, 2025.</p>
<h3>3. Program contingency</h3>
<p>Staff propose a program contingency of 7 percent of the remaining Phase 2 budget, not 10 percent. A larger
reserve would require removing the Alder Creek kitchen upgrade from the program, which staff do not support.</p>
<h3>4. Committee budget</h3>
<p>Staff do not recommend creating a separate budget line for the Committee. Bond proceeds may not be used for the
Committee's costs, and the general fund has no capacity for a new line in 2025-26. The District will go on
providing clerical support and meeting space as it does now.</p>
<h3>5. Projects map</h3>
<p>The suggestion of an online projects map has been passed to the Technology Department, which will look at it as
part of the website redesign scheduled for 2026.</p>

<h2>Fiscal impact</h2>
<p>The actions above are met from existing budgets. The 7 percent contingency, about $1.6 million, is held within the
Measure K program and does not affect the general fund.</p>
"""
    return doc(body, "Serif", "10.5pt", "#23415f")


def main():
    tmp = tempfile.mkdtemp(prefix="blind135en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Measure K Citizens' Bond Oversight Committee - Annual Report 2023-24",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Verdant Valley USD - Board of Education - March 12, 2025 - Item 9.2",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Publish every approved change order over $25,000 on the Measure",
         "reply_contains": "change order over $25,000 has been posted on the Measure K page",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Reconcile the Measure K project ledger with the county treasurer's",
         "reply_contains": "the ledger will be reconciled each quarter", "verdict": "partly"},
        {"number": 3, "starts_with": "Set aside a program contingency of at least 10 percent",
         "reply_contains": "Staff propose a program contingency of 7 percent", "verdict": "partly"},
        {"number": 4, "starts_with": "Give the Committee its own budget line of $15,000 a",
         "reply_contains": "Staff do not recommend creating a separate budget line", "verdict": "disagrees"},
        {"number": 5, "starts_with": "We recommend that the District add an online map of bond-funded",
         "reply_contains": "has been passed to the Technology Department, which will look",
         "verdict": "noted"},
        {"number": 6, "starts_with": "It should also schedule the Committee's annual report as an",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 7, "starts_with": "Finally, the District should fill the two vacant Committee seats",
         "reply_contains": "Two new members were appointed on February 26, 2025", "verdict": "agrees"},
    ]
    unmatched = ["accept the Superintendent's response and direct staff to transmit it",
                 "$112.6 million of Measure K funds has been spent",
                 "The actions above are met from existing budgets"]
    notes = ("Advice: a California school district's CITIZENS' BOND OVERSIGHT COMMITTEE ANNUAL REPORT; under "
             "'Recommendations' four paragraphs with a left rule whose opening words are BOLD imperatives that are "
             "part of the sentence ('Publish every approved change order over $25,000 ...'), then THREE UNNUMBERED "
             "SENTENCES in one running paragraph after 'the Committee makes three further recommendations' ('We "
             "recommend that the District add ...', 'It should also schedule ...', 'Finally, the District should "
             "fill ...'). Traps: expenditure table; Proposition 39 and the Education Code paraphrased ('must appoint', "
             "'must inform'); 'Finding 1.'-'Finding 4.' in bold (findings); the performance audit quoted ('should "
             "strengthen its review of invoices'); 'The Committee does not recommend pausing Phase 2'; closing 'the "
             "first two recommendations'. Response: a Board AGENDA ITEM with its own 'Recommended action' (That the "
             "Board accept ...: nothing) and background figures (nothing); 'Staff responses' numbered 1.-5. by "
             "subject, NOT the Committee's order or numbers: 1 membership, two appointed (7 agrees); 2 ONE paragraph "
             "for change orders posted (1 agrees) and quarterly, not monthly, reconciliation (2 partly); 3 "
             "contingency of 7 not 10 percent (3 partly); 4 'do not recommend creating a separate budget line' (4 "
             "disagrees); 5 map 'passed to the Technology Department, which will look at it' in 2026 (5 noted); "
             "fiscal impact (nothing). Recommendation 6 (annual report as an action item) is never answered "
             "(unanswered); the response's own 'Type: Action' is no answer to it.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

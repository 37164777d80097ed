"""Round 78 (EN): a STATE TAXPAYER ADVOCATE'S ANNUAL REPORT TO THE LEGISLATURE (genre: the statutory annual report of
a state revenue department's independent taxpayer advocate: a message from the Advocate, 'Most Serious Problems'
each with Problem / Analysis / Conclusion and 'Administrative recommendations to the Department', the
recommendations numbered by problem '2-1', '2-2', '3-1' ... after the lead-in 'The Taxpayer Advocate recommends that
the Department:', a figure table, the prior year's recommendations in a status table, a taxpayer case story)
answered by the DEPARTMENT OF REVENUE'S RESPONSE MEMORANDUM (a memo printed from the Department's site: problem
headings, 'Recommendation 3-2' lines with a 'Department position:' label Agree / Partially agree / Disagree /
Acknowledged, in another order, one block for two recommendations, a section on the legislative recommendations,
corrections to figures).
Advice: Office of the Taxpayer Advocate, State of Marlowe (invented), 'Annual Report to the General Assembly, Fiscal
Year 2026' (extract: Most Serious Problems 2-4), 3 p.
Response: Marlowe Department of Revenue, 'Department responses to the Taxpayer Advocate's FY 2026 administrative
recommendations', 2 p.; order 3-2, 2-1 and 2-3 (one block), 4-1, 3-1, 2-2; 4-2 is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans/Serif via @font-face, ligatures off, fresh
--user-data-dir; footers stamped with PyMuPDF. The state, its tax code, the offices, the people and all figures are
invented.

Run:  /tmp/blind78en/bin/python tests/docs/src/blind78/gen_en_taxpayer_advocate_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b78en as H

NAME = "blind78_en_taxpayer_advocate"


def css():
    c = ""
    for fam, base in (("ASans", "LiberationSans"), ("ASerif", "LiberationSerif")):
        for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400)):
            c += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                  % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return c + """
@page { size: 8.5in 11in; margin: 0.75in 0.8in 0.8in 0.8in; }
body { font-family: 'ASerif'; font-size: 10.5pt; line-height: 1.38; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #111; }
h1 { font-family: 'ASans'; font-size: 18pt; color: #0b3d63; margin: 2px 0 4px; }
h2 { font-family: 'ASans'; font-size: 12.5pt; color: #fff; background: #0b3d63; padding: 4px 8px; margin: 16px 0 6px; }
h3 { font-family: 'ASans'; font-size: 10pt; letter-spacing: 1px; color: #0b3d63; margin: 10px 0 3px; }
p { margin: 0 0 7px; }
.kicker { font-family: 'ASans'; font-size: 8.5pt; letter-spacing: 2px; color: #555; }
table { border-collapse: collapse; font-family: 'ASans'; font-size: 8.8pt; margin: 6px 0 10px; width: 100%; }
td, th { border: 1px solid #9aa; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #dde8f0; }
ol.ar { list-style: none; padding-left: 0; margin: 4px 0 8px; }
ol.ar li { display: flex; margin: 0 0 6px; } ol.ar li b { width: 0.45in; flex: none; font-family: 'ASans'; }
.story { border: 1px solid #0b3d63; background: #f1f6fa; padding: 5px 10px; font-family: 'ASans'; font-size: 9pt;
         margin: 6px 0; }
.memo td { border: none; padding: 1px 8px 1px 0; font-size: 10pt; }
.site { font-family: 'ASans'; font-size: 8.5pt; color: #555; border-bottom: 3px solid #7a1f2b; padding-bottom: 4px; }
.resp { font-family: 'ASans'; font-size: 10pt; }
.resp h2 { background: none; color: #7a1f2b; border-bottom: 1px solid #7a1f2b; padding: 0; font-size: 12pt; }
.recline { font-weight: 700; margin: 8px 0 2px; }
.pos { font-style: italic; margin: 0 0 4px; }
"""


def recs(items):
    return ("<p>The Taxpayer Advocate recommends that the Department:</p><ol class='ar'>" +
            "".join("<li><b>%s</b><span>%s</span></li>" % (k, t) for k, t in items) + "</ol>")


ADVICE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='kicker'>OFFICE OF THE TAXPAYER ADVOCATE  |  STATE OF MARLOWE</div>
<h1>Annual Report to the General Assembly, Fiscal Year 2026</h1>
<p><i>Submitted under section 31-4-208 of the Marlowe Tax Code. Extract: Most Serious Problems 2 to 4. The
Advocate's legislative recommendations are published separately as Volume 2.</i></p>
<h3>FROM THE ADVOCATE</h3>
<p>Section 31-4-208 requires this Office to identify at least ten of the most serious problems encountered by
taxpayers and to make administrative and legislative recommendations to resolve them. The Department must respond
in writing to each administrative recommendation within 90 days. Last year the Department adopted eleven of our
fourteen recommendations, and I acknowledge that progress here.</p>
<table><tr><th style='width:14%%'>FY 2025 no.</th><th>Recommendation made last year</th><th style='width:17%%'>Status</th></tr>
<tr><td>5-1</td><td>Offer taxpayers an online option to upload documents requested in an audit.</td><td>Adopted</td></tr>
<tr><td>5-2</td><td>Include the Taxpayer Advocate's telephone number on all notices of deficiency.</td><td>Adopted</td></tr>
<tr><td>7-1</td><td>Extend the call center's opening hours during the filing season.</td><td>Not adopted</td></tr></table>

<h2>Most Serious Problem #2: Penalties are assessed, and kept, when the law allows relief</h2>
<h3>PROBLEM</h3>
<p>The Department assessed 212,400 late-filing and late-payment penalties in FY 2026. Relief is available for
reasonable cause, and the Department's own guidance allows first-time abatement for taxpayers with a clean record,
yet only 4.1 percent of penalties were abated, most of them after the taxpayer had called us.</p>
<h3>ANALYSIS</h3>
<p>The Taxpayer Bill of Rights in section 31-1-105 provides that taxpayers have <i>"the right to pay no more than
the correct amount of tax"</i>. Penalty notices do not mention abatement at all. In our view a notice that
imposes a penalty should tell the taxpayer how it can be removed. The underpayment penalty on estimated tax is
assessed even where the shortfall is a few dollars, and the cost of collecting the smallest of these exceeds the
amount due.</p>
<div class='story'><b>Case story.</b> A retired teacher paid her return two days late while in hospital. She was
charged a penalty of $61 and spent four months on the telephone. The Department should have applied its own
first-time abatement policy at once; it did so only after our intervention.</div>
<h3>CONCLUSION AND ADMINISTRATIVE RECOMMENDATIONS</h3>
""" + recs([("2-1", "Apply first-time abatement automatically to late-filing and late-payment penalties for any "
             "taxpayer with no penalties in the three preceding years."),
            ("2-2", "Explain in every penalty notice, in plain language, how to ask for abatement for reasonable "
             "cause, and provide a one-page request form."),
            ("2-3", "Stop assessing the underpayment penalty on estimated tax where the shortfall for the year is "
             "less than $100.")]) + """
<h2>Most Serious Problem #3: Legitimate refunds are frozen by the fraud filters for months</h2>
<h3>PROBLEM</h3>
<p>The Department's identity verification filters held 61,300 refunds in FY 2026. Of these, 48,900 were released
once the taxpayer had verified his or her identity, which suggests that four in five holds were false positives.</p>
<table><tr><th>Measure</th><th>FY 2024</th><th>FY 2025</th><th>FY 2026</th></tr>
<tr><td>Refunds held by the filters</td><td>38,200</td><td>52,700</td><td>61,300</td></tr>
<tr><td>Released after verification</td><td>29,100</td><td>41,000</td><td>48,900</td></tr>
<tr><td>Median days held</td><td>41</td><td>57</td><td>74</td></tr></table>
<h3>ANALYSIS</h3>
<p>The Department must protect the fisc against refund fraud, and we do not question the use of the filters. But
the median hold has nearly doubled in two years, and the Department does not publish how many of the held returns
prove genuine. Taxpayers who rely on a refund to pay rent cannot wait ten weeks.</p>
<h3>CONCLUSION AND ADMINISTRATIVE RECOMMENDATIONS</h3>
""" + recs([("3-1", "Release every refund held by the identity filters within 30 days of the taxpayer's "
             "verification unless it has specific evidence of fraud."),
            ("3-2", "Publish each quarter the number of refunds held by the filters and the share later released "
             "as genuine.")]) + """
<h2>Most Serious Problem #4: Low-income taxpayers are pushed into costly collection</h2>
<h3>PROBLEM</h3>
<p>A taxpayer who owes more than $10,000 cannot set up a payment plan online and must provide a full financial
statement. Debts are also passed to private collection agencies without any check of the taxpayer's income.</p>
<h3>ANALYSIS</h3>
<p>Section 31-6-412 requires that a taxpayer be offered a payment plan where it will facilitate collection.
Collection agencies should not, as one agency's script put it, <i>"encourage the taxpayer to borrow to clear the
balance"</i>; we have raised that script with the Department separately.</p>
<h3>CONCLUSION AND ADMINISTRATIVE RECOMMENDATIONS</h3>
""" + recs([("4-1", "Raise the threshold for streamlined online payment plans from $10,000 to $25,000 of "
             "assessed tax, penalty and interest."),
            ("4-2", "Screen accounts before referral and keep with the Department any taxpayer whose income is below "
             "250 percent of the federal poverty guidelines.")]) + """
<p><i>The Department's responses will be published with the Advocate's comments in next year's report.</i></p>
</body></html>"""

RESPONSE = """<html><head><meta charset='utf-8'><style>%s</style></head><body class='resp'>
<div class='site'>revenue.marlowe.example &gt; About us &gt; Taxpayer Advocate &gt; Department responses</div>
<h1 style='color:#7a1f2b'>Department responses to the Taxpayer Advocate's FY 2026 administrative recommendations</h1>
<table class='memo'><tr><td><b>TO:</b></td><td>Ms Lorraine Okafor, Taxpayer Advocate</td></tr>
<tr><td><b>FROM:</b></td><td>Daniel Reyes, Commissioner of Revenue</td></tr>
<tr><td><b>DATE:</b></td><td>March 27, 2027</td></tr>
<tr><td><b>SUBJECT:</b></td><td>Responses under section 31-4-208(c)</td></tr></table>
<p>The Department appreciates the work of your Office and shares its commitment to fair treatment. Our responses
to the administrative recommendations in the Most Serious Problems we were asked to address are set out below,
grouped by the area of the Department that owns them.</p>

<h2>Refund integrity</h2>
<p class='recline'>Recommendation 3-2</p>
<p class='pos'>Department position: Agree</p>
<p>Starting with the quarter ending June 30, 2027, the Department will publish on this site the number of returns
stopped by the identity filters and the number later released, by month.</p>

<h2>Penalty administration</h2>
<p class='recline'>Recommendations 2-1 and 2-3</p>
<p class='pos'>Department position: Agree (2-1); Disagree (2-3)</p>
<p>From the 2027 filing season the penalty system will waive a first late-filing or late-payment penalty without a
request where the account is clean for the three prior years. We will keep the underpayment penalty on estimated
tax as it is: a minimum threshold would reward taxpayers who deliberately underpay in small amounts, and the
penalty is set by statute rather than by the Department.</p>

<h2>Collections</h2>
<p class='recline'>Recommendation 4-1</p>
<p class='pos'>Department position: Acknowledged</p>
<p>Raising the online limit depends on the replacement of the collection case system, which the General Assembly
has not yet funded. The Department notes the recommendation and will revisit it when funding for the new system is
settled.</p>

<h2>Refund integrity (continued)</h2>
<p class='recline'>Recommendation 3-1</p>
<p class='pos'>Department position: Partially agree</p>
<p>The Department will aim to release verified refunds within 45 days. A firm 30-day limit is not achievable while
fraud rings file in waves at the start of the season, and we will not commit to it.</p>

<h2>Taxpayer notices</h2>
<p class='recline'>Recommendation 2-2</p>
<p class='pos'>Department position: Agree</p>
<p>Penalty notices are being redrafted with a new paragraph on reasonable cause and a tear-off request form; the
new notices go into use on October 1, 2027.</p>

<h2>Legislative recommendations</h2>
<p>The recommendations in Volume 2 of the report are addressed to the General Assembly. The Department will provide
technical assistance to the committees on request but takes no position on them in this memorandum.</p>

<h2>Corrections to figures</h2>
<p>The table under Most Serious Problem #3 gives a median of 74 days held for FY 2026. Our systems show a median of
69 days; the difference arises from returns held twice, which were counted from the first hold.</p>
<p style='font-size:8.5pt;color:#555'>Questions about this page: Office of the Commissioner, (555) 010-4400.</p>
</body></html>"""

RECS = [
    ("2-1", "Apply first-time abatement automatically to late-filing and late-payment penalties",
     "will waive a first late-filing or late-payment penalty without a request", "agrees"),
    ("2-2", "Explain in every penalty notice, in plain language, how to",
     "Penalty notices are being redrafted with a new paragraph", "agrees"),
    ("2-3", "Stop assessing the underpayment penalty on estimated tax where the",
     "We will keep the underpayment penalty on estimated tax as it is", "disagrees"),
    ("3-1", "Release every refund held by the identity filters within 30",
     "A firm 30-day limit is not achievable", "partly"),
    ("3-2", "Publish each quarter the number of refunds held by the filters",
     "the Department will publish on this site the number of returns", "agrees"),
    ("4-1", "Raise the threshold for streamlined online payment plans from $10,000",
     "notes the recommendation and will revisit it when funding", "noted"),
    ("4-2", "Screen accounts before referral and keep with the Department any", None, "unanswered"),
]

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="b78en_chr_")
    try:
        for part, html in (("advice", ADVICE % css()), ("response", RESPONSE % css())):
            src = os.path.join(tmp, part + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(html)
            H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sans = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Taxpayer Advocate  -  Annual Report FY 2026  -  {n}", fontfile=sans)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Marlowe Department of Revenue   Page {n} of {N}", fontfile=sans)
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["The Department appreciates the work of your Office and shares",
                      "will provide technical assistance to the committees on request",
                      "the difference arises from returns held twice"],
                     "Advice: a state taxpayer advocate's statutory annual report to the legislature (extract: "
                     "Most Serious Problems 2-4, each with PROBLEM / ANALYSIS / CONCLUSION AND ADMINISTRATIVE "
                     "RECOMMENDATIONS). The seven recommendations are items numbered by problem, '2-1'-'2-3', "
                     "'3-1', '3-2', '4-1', '4-2', in a hanging number column after the repeated lead-in 'The "
                     "Taxpayer Advocate recommends that the Department:', each an imperative ('Apply', 'Explain', "
                     "'Stop', 'Release', 'Publish', 'Raise', 'Screen'); the numbers are the codes. Traps: the "
                     "statute 'requires this Office' and 'The Department must respond'; last year's "
                     "recommendations 5-1, 5-2, 7-1 in a status table; the Taxpayer Bill of Rights quoted; 'a "
                     "notice that imposes a penalty should tell the taxpayer'; the case story 'The Department "
                     "should have applied'; a figures table; 'must protect the fisc'; 'Collection agencies should "
                     "not' with a quoted script; the legislative recommendations in Volume 2 (not in the pair). "
                     "Response: the Commissioner's memorandum as a web page, headings by Department area, "
                     "'Recommendation N-N' lines with 'Department position:' labels, order 3-2, 2-1+2-3, 4-1, "
                     "3-1, 2-2: quarterly publication (3-2 agrees); ONE block 'Recommendations 2-1 and 2-3' with "
                     "'Agree (2-1); Disagree (2-3)' = automatic first-time waiver (2-1 agrees) + keeps the "
                     "underpayment penalty (2-3 disagrees); 'Acknowledged', depends on funding (4-1 noted); 45 "
                     "days, 'will not commit' to 30 (3-1 partly); notices redrafted (2-2 agrees); 4-2 (screening "
                     "before referral to agencies) is not answered. Unmatched: the opening paragraph, "
                     "'Legislative recommendations', 'Corrections to figures'.")
    sys.exit(H.main([NAME]))

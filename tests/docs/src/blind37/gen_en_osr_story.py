"""Round 37 (EN): a statistics regulator's ASSESSMENT REPORT on a department's official statistics (UK style,
compliance with a Code of Practice) answered by the department's Head of Profession's LETTER to the regulator's
Director General. The advice (invented Office for Statistics Standards, assessment of invented 'Fuel Poverty
Statistics for England' of an invented Department for Home Energy) has a title block, an executive summary with
'Key findings' and 'Next steps' (procedural 'should'), the accreditation judgement, chapters on Trustworthiness,
Quality and Value with numbered paragraphs 1.1-3.6, Code practice codes (T4.3, Q3.3, V1.1 ...) in the text, a
table of pre-release recipients, the 2021 assessment's requirement quoted as met, findings with 'should', and six
coded 'Requirement N' boxes; an annex repeats the six in a summary table with practice codes. The response is a
letter citing requirements by number in another order, one paragraph answering Requirements 2 and 5 with
different verdicts, Requirement 6 never mentioned and a paragraph on staffing that answers nothing. PyMuPDF Story,
A4, cleaned Liberation fonts; running header and 'Page n of N' stamped. All content invented.

Run:  /tmp/blind37en/bin/python tests/docs/src/blind37/gen_en_osr_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b37en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind37_en_osr"

CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10.2pt; line-height: 1.3;}
p {margin: 0 0 5pt 0;}
h1 {font-size: 19pt; color: #00625e; margin: 0 0 4pt 0;}
h2 {font-size: 13pt; color: #00625e; margin: 12pt 0 5pt 0;}
h3 {font-size: 10.5pt; margin: 7pt 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #00625e; padding: 3pt; vertical-align: top; font-size: 9pt; text-align: left;}
th {font-weight: bold; color: #00625e;}
p.small {font-size: 8.2pt; color: #444444;}
p.org {font-size: 9pt; font-weight: bold; color: #00625e; letter-spacing: 1pt;}
p.q {margin-left: 18pt; font-style: italic;}
ul {margin: 0 0 5pt 0;}
"""


def archive():
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"):
        H.clean_font(f)
    return fitz.Archive(H.CLEAN)


def build(path, html):
    W, Hh = fitz.paper_rect("a4").width, fitz.paper_rect("a4").height
    st = fitz.Story(html="<body>" + html + "</body>", user_css=CSS, archive=archive())
    wr = fitz.DocumentWriter(path)
    more = True
    while more:
        dev = wr.begin_page(fitz.paper_rect("a4"))
        more, _ = st.place(fitz.Rect(62, 56, W - 62, Hh - 58))
        st.draw(dev)
        wr.end_page()
    wr.close()


def req(n, t):
    return ('<table><tr><td><p><b>Requirement %s</b></p><p>%s</p></td></tr></table><p></p>' % (n, t))


R = {
    1: "Publish a clear explanation of the change to the fuel poverty metric made in 2025, with a consistent back "
       "series to 2015, so that users can compare estimates over time.",
    2: "Reduce pre-release access to the minimum needed for Ministers to respond on the day of publication, and "
       "publish the list of recipients with each release.",
    3: "Set out in a quality and methodology report the main sources of uncertainty in the modelled estimates, "
       "including confidence intervals for the regional estimates.",
    4: "Engage with users outside government, including charities and local authorities, to understand their "
       "need for local authority level estimates, and publish a plan for meeting it.",
    5: "Shorten the time between the end of the reference year and publication to no more than twelve months.",
    6: "Provide the tables behind the main charts as a downloadable dataset in an open, machine-readable "
       "format.",
}

ADVICE = """
<p class="org">OFFICE FOR STATISTICS STANDARDS</p>
<h1>Assessment Report: Fuel Poverty Statistics for England</h1>
<p>Produced by the Department for Home Energy</p>
<p class="small">Assessment Report 412 &middot; 15 October 2026 &middot; Assessment of compliance with the Code of
Practice for Official Statistics (edition 3.0)</p>
<h2>Executive summary</h2>
<p><b>Why this assessment matters.</b> The Fuel Poverty Statistics for England estimate how many households cannot
afford to keep their homes warm. They are used to set the national fuel poverty target and to allocate 310
million pounds a year of energy efficiency funding to local areas.</p>
<p><b>Key findings.</b> The statistics are produced by a capable and committed team, and the Department responded
well to the 2021 assessment. However, the 2025 change to the fuel poverty metric was poorly explained, pre-release
access is wider than the Code allows, and users outside government told us that the statistics no longer meet
their needs for local estimates.</p>
<p><b>Judgement.</b> The statistics should retain their accreditation as official statistics, subject to the
Department meeting the six requirements set out in this report.</p>
<p><b>Next steps.</b> The Department should report to us by 31 March 2027 on how it has met the requirements. We
will then confirm the accreditation or consider its removal.</p>

<h2>Chapter 1: Trustworthiness</h2>
<p><b>1.1</b>  The statistics are produced by the Fuel Poverty and Household Energy team of eleven analysts in the
Department's Analysis Directorate, led by a Grade 6 statistician who reports to the Head of Profession for
Statistics.</p>
<p><b>1.2</b>  The Code (practice T3.4) limits pre-release access to those who need it to respond to the
statistics on the day of release. The Department grants 24-hour access to 34 people:</p>
<table><tr><th>Recipient group</th><th>Number</th></tr>
<tr><td>Ministers and special advisers</td><td>6</td></tr>
<tr><td>Press office</td><td>5</td></tr>
<tr><td>Policy officials</td><td>19</td></tr>
<tr><td>Other departments</td><td>4</td></tr></table>
<p></p>
<p><b>1.3</b>  We found no evidence that pre-release access had been misused. But 19 policy officials is more than
is needed, and the list has not been published since 2023, contrary to practice T3.5.</p>
""" + req(2, R[2]) + """
<h2>Chapter 2: Quality</h2>
<p><b>2.1</b>  In 2021 we required the Department to &ldquo;publish the code used to model household incomes so
that the estimates can be reproduced&rdquo;. The code was published on the Department's repository in 2022, and
that requirement is met.</p>
<p><b>2.2</b>  In 2025 the Department replaced the Low Income High Costs indicator with the Low Income Low Energy
Efficiency (LILEE) metric. The bulletin announced the change in one sentence. The headline estimate fell from 13.1
to 11.8 per cent, and several users reported this fall as an improvement in fuel poverty. The Department should
have explained that most of the fall was caused by the change of method (practice Q1.4).</p>
""" + req(1, R[1]) + """
<p><b>2.3</b>  The estimates are modelled from the English Housing Survey, which has a sample of around 11,000
households. The bulletin presents regional estimates to one decimal place without any measure of
uncertainty (practice Q3.3). For the North East, the 95 per cent confidence interval is likely to be wider than
three percentage points.</p>
""" + req(3, R[3]) + """
<h2>Chapter 3: Value</h2>
<p><b>3.1</b>  We spoke to 23 users, including four charities, six local authorities, two energy suppliers and the
Committee on Fuel Poverty. Users value the statistics and trust them.</p>
<p><b>3.2</b>  Local authorities told us they need estimates for their own areas to target grants. The
Department stopped publishing local authority estimates in 2024 because of concerns about quality, and has not
discussed alternatives with users (practice V1.1).</p>
""" + req(4, R[4]) + """
<p><b>3.3</b>  The statistics for 2024 were published in February 2026, fourteen months after the end of the
reference year. The Scottish and Welsh equivalents are published within nine and eleven months. Users told us
that the delay makes the statistics less useful for planning winter support (practice V2.2).</p>
""" + req(5, R[5]) + """
<p><b>3.4</b>  The data behind the charts are available only in a spreadsheet with merged cells and images of
tables, which users cannot re-use easily (practice V2.4).</p>
""" + req(6, R[6]) + """
<p><b>3.5</b>  We also welcome the Department's new interactive map of fuel poverty by region, which users described
as clear and helpful. It should be kept up to date when the 2025 estimates are published.</p>
<h2>Annex: Summary of requirements</h2>
<table><tr><th>No.</th><th>Requirement (summary)</th><th>Code practices</th></tr>
<tr><td>1</td><td>Explain the 2025 metric change and publish a back series</td><td>Q1.4, V3.1</td></tr>
<tr><td>2</td><td>Reduce and publish pre-release access</td><td>T3.4, T3.5</td></tr>
<tr><td>3</td><td>Report uncertainty in the estimates</td><td>Q3.3</td></tr>
<tr><td>4</td><td>Engage users on local estimates</td><td>V1.1, V1.2</td></tr>
<tr><td>5</td><td>Improve timeliness</td><td>V2.2</td></tr>
<tr><td>6</td><td>Open, machine-readable data</td><td>V2.4</td></tr></table>
"""

RESPONSE = """
<p class="org">DEPARTMENT FOR HOME ENERGY</p>
<p class="small">Analysis Directorate &middot; 3 Millbank Court, London SW1P 4QA</p>
<p></p>
<p>Jonathan Reekie<br>Director General for Regulation<br>Office for Statistics Standards</p>
<p>19 November 2026</p>
<p>Dear Jonathan,</p>
<p><b>Assessment Report 412: Fuel Poverty Statistics for England</b></p>
<p>Thank you for your team's assessment of our fuel poverty statistics, and for the constructive way in which it
was carried out. I am pleased that the statistics retain their accreditation. This letter sets out what we have
done and plan to do; I will send our full report by 31 March 2027 as you asked.</p>
<p><b>Uncertainty in the estimates.</b> We will publish a quality and methodology report alongside the 2025
statistics in February 2027, describing the survey, modelling and weighting sources of error. We are not yet able
to produce reliable confidence intervals for the regional estimates, because the model does not currently
allow for the survey's clustered design; we expect to add them from the 2028 release, and in the meantime the
regional figures will be rounded to whole numbers.</p>
<p><b>The 2025 change of metric.</b> We accept Requirement 1 in full. An explanatory article, &ldquo;Why the fuel
poverty rate fell in 2025&rdquo;, was published on 5 November, and a back series on the LILEE basis from 2015 to
2024 will be published with the 2025 statistics.</p>
<p><b>Release practices (Requirements 2 and 5).</b> From the next release, pre-release access will be limited to
nine people - Ministers, special advisers and the press office - and the list will be published on the release
page. On timeliness, we have looked carefully at the scope to publish sooner, but the English Housing Survey data
for a reference year are delivered to us only in October of the following year, and we do not believe a
publication within twelve months is achievable without lowering quality. We will keep the timetable under
review.</p>
<p><b>Local estimates.</b> We note the users' wish for local authority level estimates. We will consider how best
to meet it when we review our user engagement strategy next year, and will discuss the options with the Local
Government Analysts' Network.</p>
<p><b>The team.</b> Since your assessment, Dr Priya Venkataraman has taken over as lead statistician for fuel
poverty, and two apprentices joined the team in September.</p>
<p>I am copying this letter to the Permanent Secretary and to the Chair of the Committee on Fuel Poverty.</p>
<p>Yours sincerely,</p>
<p><br>Alasdair Munro-Kent<br>Head of Profession for Statistics, Department for Home Energy</p>
"""


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(adv, ADVICE)
    H.stamp(adv, header="Assessment Report 412  |  Fuel Poverty Statistics for England  |  Office for Statistics Standards",
            footer="Page {n} of {N}", skip_first=True)
    build(rsp, RESPONSE)
    H.stamp(rsp, header=None, footer="{n}")
    recs = [
        {"number": "1", "starts_with": "Publish a clear explanation of the change to the fuel poverty metric",
         "reply_contains": "We accept Requirement 1 in full", "verdict": "agrees"},
        {"number": "2", "starts_with": "Reduce pre-release access to the minimum needed for Ministers",
         "reply_contains": "pre-release access will be limited to nine people", "verdict": "agrees"},
        {"number": "3", "starts_with": "Set out in a quality and methodology report the main sources",
         "reply_contains": "We are not yet able to produce reliable confidence intervals",
         "verdict": "partly"},
        {"number": "4", "starts_with": "Engage with users outside government, including charities and local authorities",
         "reply_contains": "We note the users' wish for local authority level estimates",
         "verdict": "noted"},
        {"number": "5", "starts_with": "Shorten the time between the end of the reference year and",
         "reply_contains": "we do not believe a publication within twelve months is achievable",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "Provide the tables behind the main charts as a downloadable dataset",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["has taken over as lead statistician for fuel poverty"]
    notes = ("UK-style statistics regulator's assessment report answered by the department's Head of Profession "
             "letter (invented Office for Statistics Standards, Assessment Report 412, invented Department for Home "
             "Energy; PyMuPDF Story, A4, stamped running header and 'Page n of N'). Advice: six coded 'Requirement "
             "N' boxes placed after the paragraphs that justify them, in the order 2, 1, 3, 4, 5, 6 (Requirement 2 "
             "comes first, in Chapter 1); imperatives ('Publish', 'Reduce', 'Set out', 'Engage', 'Shorten', "
             "'Provide'). Traps: executive summary 'Key findings', 'Judgement' ('should retain their "
             "accreditation ... subject to ... the six requirements') and 'Next steps' ('should report to us by 31 "
             "March 2027'); numbered paragraphs 1.1-3.5; Code practice codes T3.4, Q3.3, V1.1 ...; a pre-release "
             "recipients table; the 2021 requirement quoted as met; findings with 'should' ('should have "
             "explained', 'It should be kept up to date' on the interactive map, not a requirement); an annex "
             "'Summary of requirements' table repeating 1-6 in short form. Response: letter with bold run-in "
             "topics, order 3, 1, 2+5, 4: quality report yes but no regional confidence intervals until 2028 (3 "
             "partly); 'We accept Requirement 1 in full' (1 agrees); ONE paragraph 'Release practices "
             "(Requirements 2 and 5)' - pre-release cut to nine and published (2 agrees) and twelve months 'not "
             "achievable', timetable kept under review (5 disagrees); 'We note ... will consider ... when we review "
             "our user engagement strategy' (4 noted); 6 (open machine-readable data) never mentioned "
             "(unanswered). 'The team' paragraph on a new lead statistician answers nothing (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

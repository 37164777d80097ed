"""Round 79 (EN): an AID WATCHDOG'S REVIEW of a donor government's programme (genre: the review report of an
independent aid scrutiny commission such as the UK's Independent Commission for Aid Impact: a cover with the review
type and an overall traffic-light SCORE, an executive summary with a scores table by review question, the
methodology, findings by review question with individual scores, a box of earlier recommendations and their
follow-up, then 'Conclusions and recommendations' where the recommendations are UNNUMBERED BULLETS after the lead-in
'We offer the following recommendations to the Department:') answered by the GOVERNMENT RESPONSE published by the
department (an introduction, then the recommendations NUMBERED BY THE DEPARTMENT 'Recommendation N' in its own
grouping by theme with a label Accept / Partially accept / Do not accept / Noted, in another order, one entry for two
recommendations, a section on the scores and a section on the commission's next follow-up that answer nothing).
Advice: the Independent Commission for Overseas Aid Scrutiny (invented), 'Climate adaptation support to small
island states: a performance review', 3 p.
Response: Department for International Partnerships (invented), 'Government response to the ICOAS review ...', 2 p.;
order 4, 1, 2 and 5 (one entry), 6, 3; 7 is not answered.
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans/Serif via @font-face, ligatures off, fresh
--user-data-dir; footers stamped with PyMuPDF. The commission, the department, the fund, the states, the people
and all figures are invented.

Run:  /tmp/blind79en/bin/python tests/docs/src/blind79/gen_en_aid_impact_review_chromium.py
"""
import os, re, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b79en as H

NAME = "blind79_en_aid_impact_review"


def css():
    c = ""
    for fam, base in (("ASans", "LiberationSans"), ("ASerif", "LiberationSerif")):
        for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400)):
            c += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                  % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return c + """
@page { size: 210mm 297mm; margin: 18mm 20mm 20mm 20mm; }
body { font-family: 'ASans'; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1a1a1a; }
.cover { background: #12463f; color: #fff; padding: 10px 14px; margin-bottom: 10px; }
.cover .k { font-size: 8.5pt; letter-spacing: 2px; }
.cover h1 { font-size: 19pt; margin: 4px 0 2px; }
.score { display: inline-block; background: #e8a33b; color: #000; font-weight: 700; padding: 2px 8px; }
h2 { font-size: 13pt; color: #12463f; border-bottom: 2px solid #12463f; margin: 14px 0 6px; }
h3 { font-size: 10.5pt; color: #12463f; margin: 9px 0 3px; }
p { margin: 0 0 7px; }
p.num { padding-left: 9mm; text-indent: -9mm; } .n { display: inline-block; width: 9mm; text-indent: 0; }
table { border-collapse: collapse; font-size: 9pt; width: 100%; margin: 4px 0 10px; }
td, th { border: 1px solid #9bb; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #dcebe8; }
.box { background: #eef5f3; border-left: 4px solid #12463f; padding: 6px 10px; margin: 8px 0; font-size: 9.2pt; }
ul.recs { margin: 4px 0 8px 0; padding-left: 7mm; } ul.recs li { margin-bottom: 5px; }
.resp { font-family: 'ASerif'; font-size: 11pt; }
.resp h1 { font-family: 'ASans'; font-size: 17pt; color: #3b2a6b; margin: 6px 0 8px; }
.resp h2 { font-family: 'ASans'; color: #3b2a6b; border-bottom: 1px solid #3b2a6b; font-size: 12pt; }
.resp .lab { font-family: 'ASans'; font-weight: 700; font-size: 10pt; margin: 8px 0 2px; }
.resp .q { font-style: italic; margin-left: 8mm; }
.resp .v { font-family: 'ASans'; font-weight: 700; color: #3b2a6b; margin: 2px 0 4px; }
.brand { font-family: 'ASans'; font-size: 9pt; color: #3b2a6b; border-bottom: 4px solid #3b2a6b; padding-bottom: 3px; }
"""


ADVICE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='cover'><div class='k'>INDEPENDENT COMMISSION FOR OVERSEAS AID SCRUTINY  |  PERFORMANCE REVIEW</div>
<h1>Climate adaptation support to small island states</h1>
<div>A review of the Department for International Partnerships' Island Resilience Fund, 2021-2026</div>
<div style='margin-top:6px'>Overall score: <span class='score'>AMBER/RED</span>  |  September 2026</div></div>

<h2>Executive summary</h2>
<p class='num'>1.1	The Island Resilience Fund (IRF) has spent 412 million pounds since 2021 on helping small island developing
states in the Caribbean, the Indian Ocean and the Pacific adapt to sea-level rise, stronger storms and drought. This
review asked whether the Fund is relevant to the islands' own priorities, whether it is achieving results, and
whether the Department learns from it.</p>
<table><tr><th style='width:42%%'>Review question</th><th style='width:18%%'>Score</th><th>In brief</th></tr>
<tr><td>Relevance: does the Fund reflect island priorities?</td><td>GREEN/AMBER</td><td>Well aligned with national
adaptation plans, less so with community needs</td></tr>
<tr><td>Effectiveness: is it achieving results?</td><td>AMBER/RED</td><td>Infrastructure delivered late; results
data weak</td></tr>
<tr><td>Learning: does the Department learn and adapt?</td><td>AMBER/RED</td><td>Evaluations commissioned but not
used</td></tr></table>
<p class='num'>1.2	In short, the Fund does useful work but too slowly, too far from the communities most at risk, and with
too little evidence of what it achieves. Our recommendations, set out in section 5, concern access to finance for
small states, local organisations, results data and the use of evaluations.</p>

<h2>2. Methodology</h2>
<p class='num'>2.1	The review team examined 31 programme documents, carried out 96 interviews and visited Saint Aurel,
the Marenne Islands and Tovalu. Our statutory remit requires the Commission to report to Parliament's International
Development Committee on each review; the Department must publish a response within eight weeks. A citizen
engagement exercise reached 214 people in coastal villages.</p>

<h2>3. Background</h2>
<p class='num'>3.1	Small island states emit a negligible share of global greenhouse gases but face some of the highest
adaptation costs relative to their economies. The Paris Agreement commits developed countries to support
adaptation; under the UK's international climate finance commitment the Department aims to spend half of its climate
finance on adaptation.</p>

<h2>4. Findings</h2>
<h3>Relevance</h3>
<p class='num'>4.1	The Fund's country programmes are built on the islands' national adaptation plans. But applying to the
Fund's competitive window takes a ministry an average of fourteen months, and the three smallest states we visited
had no one to write the bids. A government official in Tovalu told us that the Fund should be for islands, not for
consultants. Local organisations received 6 per cent of the Fund's spending, against the Department's own aim of 25
per cent.</p>
<div class='box'><b>Our earlier recommendation.</b> In our 2022 review of climate finance we recommended that
<i>"the Department should set out how it will increase the share of climate finance reaching local level"</i>. The
Department accepted that recommendation and published a plan in 2023; the plan has not yet moved the figures.</div>
<h3>Effectiveness</h3>
<p class='num'>4.2	Of 58 sea-defence and water-storage projects, 19 were finished on time. Results frameworks count
outputs such as kilometres of sea wall, not the number of households that are safer. Partners should report
outcomes, and many want to, but the Fund's template has no place for them. Two hospital cyclone-proofing projects in
the Marenne Islands were well executed and are already in use.</p>
<h3>Learning</h3>
<p class='num'>4.3	The Department commissioned five evaluations at a cost of 3.4 million pounds. None had a management
response, and staff we spoke to had not read them. Knowledge is also lost when advisers rotate: in Saint Aurel three
climate advisers came and went in four years.</p>

<h2>5. Conclusions and recommendations</h2>
<p class='num'>5.1	The Fund is relevant and has some real successes, but it has not yet earned more than an amber/red
score for effectiveness and learning. We offer the following recommendations to the Department:</p>
<ul class='recs'>
<li>The Department should create a simplified, non-competitive funding window for the smallest island states, with
a decision on each request within six months.</li>
<li>At least a quarter of the Fund's new commitments from 2027 should be channelled through organisations based in the
islands themselves, with multi-year core funding.</li>
<li>The Fund's results framework should be revised so that every programme reports the number of people whose
exposure to climate hazards has been reduced.</li>
<li>A management response should be published for every evaluation the Fund commissions, within three months of the
final report.</li>
<li>The Department should place a long-term climate adviser post in each of its three regional hubs, with a minimum
tour of four years.</li>
<li>The Department should report annually to Parliament on the Fund's adaptation spending by country and by type of
partner.</li>
<li>The next phase of the Fund should include a dedicated grant line for community early-warning systems run by
local authorities.</li>
</ul>
<p class='num'>5.2	We will follow up the Department's response to this review in our follow-up review next year.</p>
</body></html>"""

RESPONSE = """<html><head><meta charset='utf-8'><style>%s</style></head><body class='resp'>
<div class='brand'>Department for International Partnerships  |  Policy paper</div>
<h1>Government response to the ICOAS review: Climate adaptation support to small island states</h1>
<h2>Introduction</h2>
<p>The Department welcomes the Commission's review and thanks the review team, and the island governments and
communities who took part in it. We are proud of the cyclone-proofed hospitals in the Marenne Islands, which
sheltered 300 patients during Cyclone Elia in March, and we recognise the Commission's concern about speed.</p>
<h2>On the scores</h2>
<p>We note the amber/red score. The review covered the Fund's first five years, during which it was rebuilt after
the merger of two departments; we believe some of the delays it describes are now behind us.</p>
<p>For ease of reference we have numbered the Commission's recommendations 1 to 7 in the order in which they appear
in the report, and we respond to them below by theme.</p>

<h2>Learning and evidence</h2>
<p class='lab'>Recommendation 4</p>
<p class='v'>Accept</p>
<p>From January 2027 every evaluation commissioned under the Fund will receive a published management response,
signed off by the Fund's senior responsible owner, within twelve weeks of the final report. Responses to the
five evaluations already completed will be published by the end of this financial year.</p>

<h2>Access to finance</h2>
<p class='lab'>Recommendation 1</p>
<p class='v'>Partially accept</p>
<p>We agree that the competitive window is too heavy for the smallest states. We will open a light-touch window
for states with a population under 200,000 in 2027. However, we cannot guarantee a decision within six months in
every case, because co-financing partners set their own approval timetables; our target will be nine months.</p>
<p class='lab'>Recommendations 2 and 5</p>
<p class='v'>Accept (2); Do not accept (5)</p>
<p>We will channel a quarter of new commitments through island-based organisations from 2027, including through a
new partnership with the Pacific community foundations network, and we will offer those partners three-year core
grants. We do not plan to create new adviser posts in the regional hubs: staffing is set within the Department's
overall workforce plan, and we will instead extend the standard tour of existing climate advisers from three years to
four where families agree.</p>

<h2>Accountability</h2>
<p class='lab'>Recommendation 6</p>
<p class='v'>Noted</p>
<p>The Department already publishes climate finance figures in its annual report and in the UK's reports under the
Paris Agreement. We will consider whether a country-by-country breakdown can be added when the reporting system is
replaced in 2028.</p>

<h2>Results</h2>
<p class='lab'>Recommendation 3</p>
<p class='v'>Accept</p>
<p>A revised results framework with a new indicator on people with reduced exposure to climate hazards will apply to
all programmes approved after April 2027.</p>

<h2>Next steps</h2>
<p>The Department will report on progress against these commitments to the International Development Committee and
will share evidence with the Commission for its follow-up exercise in 2027.</p>
</body></html>"""


RECS = [
    (1, "The Department should create a simplified, non-competitive funding window for",
     "our target will be nine months", "partly"),
    (2, "At least a quarter of the Fund's new commitments from 2027",
     "offer those partners three-year core grants", "agrees"),
    (3, "The Fund's results framework should be revised so that every programme",
     "will apply to all programmes approved after April 2027", "agrees"),
    (4, "A management response should be published for every evaluation the Fund",
     "signed off by the Fund's senior responsible owner", "agrees"),
    (5, "The Department should place a long-term climate adviser post in each",
     "do not plan to create new adviser posts", "disagrees"),
    (6, "The Department should report annually to Parliament on the Fund's adaptation",
     "whether a country-by-country breakdown can be added", "noted"),
    (7, "The next phase of the Fund should include a dedicated grant line", None, "unanswered"),
]

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="b79en_chr_")
    try:
        for part, html in (("advice", ADVICE), ("response", RESPONSE)):
            src = os.path.join(tmp, part + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(re.sub(r"<p class='num'>([0-9.]+)\t", r"<p class='num'><span class='n'>\1</span>", html % css()))
            H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sans = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="ICOAS  |  Climate adaptation support to small island states  |  {n}",
            fontfile=sans)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Government response to ICOAS  -  page {n} of {N}", fontfile=sans)
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["which sheltered 300 patients during Cyclone Elia",
                      "some of the delays it describes are now behind us",
                      "will share evidence with the Commission for its follow-up exercise"],
                     "Advice: an independent aid scrutiny commission's performance review (ICAI-style): cover with "
                     "an overall traffic-light score, an executive summary with a scores table by review question, "
                     "numbered paragraphs 1.1-5.2. The seven recommendations are UNNUMBERED bullets under '5. "
                     "Conclusions and recommendations' after 'We offer the following recommendations to the "
                     "Department:'; numbers 1-7 are their order. Traps: 1.2 summarises the recommendations; 2.1 "
                     "'requires the Commission to report' and 'the Department must publish a response'; an "
                     "interviewee's 'the Fund should be for islands'; a box quoting the 2022 recommendation "
                     "('the Department should set out how it will increase ...'), accepted; 'Partners should report "
                     "outcomes'; 5.2 the follow-up. Response: the department's published GOVERNMENT RESPONSE, which "
                     "numbers the recommendations ITSELF ('we have numbered the Commission's recommendations 1 to 7 "
                     "in the order in which they appear') and answers by theme with labels Accept / Partially "
                     "accept / Do not accept / Noted, order 4, 1, 2+5, 6, 3: published management responses (4 "
                     "agrees); light-touch window but a nine-month target instead of six (1 partly); ONE entry "
                     "'Recommendations 2 and 5', 'Accept (2); Do not accept (5)' = a quarter through island-based "
                     "organisations with core grants (2 agrees) + no new adviser posts, longer tours instead (5 "
                     "disagrees); country breakdown to be considered in 2028 (6 noted); new results indicator (3 "
                     "agrees); 7 (grant line for community early-warning systems) is not answered. Unmatched: "
                     "'Introduction' (thanks, Cyclone Elia), 'On the scores', 'Next steps'.")
    sys.exit(H.main([NAME]))

"""Round 40 (EN): a UK aid-scrutiny body's review (invented 'Independent Commission for Development Effectiveness',
ICDE) of UK aid for climate adaptation in small island states, with an amber/red score, a summary repeating the
recommendations and recommendation boxes in the conclusions, answered by the Government's response (a paper by the
Department for Global Partnerships). PyMuPDF Story, A4, cleaned Liberation fonts; header and 'Page n of N' stamped.
All content (bodies, programmes, islands, figures) is invented.

Run:  /tmp/blind40en/bin/python tests/docs/src/blind40/gen_en_icde_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b40en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind40_en_icde"

CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
body {font-family: LS; font-size: 10pt; line-height: 1.3;}
p {margin: 0 0 5pt 0;}
h1 {font-size: 18pt; color: #00557a; margin: 0 0 4pt 0;}
h2 {font-size: 12.5pt; color: #00557a; margin: 11pt 0 4pt 0;}
h3 {font-size: 10.5pt; margin: 7pt 0 3pt 0;}
table {border-collapse: collapse; width: 100%;}
td, th {vertical-align: top; padding: 2pt 4pt; font-size: 9.5pt; border: 0.5pt solid #8aa;}
th {background: #dcebf2; text-align: left;}
td.n {width: 30pt; border: none; color: #00557a;}
td.t {border: none;}
.box td {border: 1pt solid #00557a; background: #e8f3f8; padding: 5pt;}
.score td {background: #f6d8a8; border: 1pt solid #c77a00; padding: 5pt;}
p.org {font-size: 9pt; font-weight: bold; color: #00557a;}
p.small {font-size: 8.5pt; color: #444444;}
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
        more, _ = st.place(fitz.Rect(60, 54, W - 60, Hh - 56))
        st.draw(dev)
        wr.end_page()
    wr.close()


_n = [0, 0]


def sec(c):
    _n[0], _n[1] = c, 0


def para(t):
    _n[1] += 1
    return '<table><tr><td class="n">%d.%d</td><td class="t">%s</td></tr></table>' % (_n[0], _n[1], t)


def box(t):
    return '<table class="box"><tr><td>%s</td></tr></table><p></p>' % t


R = ["<b>Recommendation 1:</b> The Department should set a single adaptation results framework for all island "
     "programmes, with resilience outcomes measured against a baseline, by the end of 2026.",
     "<b>Recommendation 2:</b> The Department should channel a greater share of adaptation finance through national "
     "systems of island governments, with proportionate fiduciary safeguards.",
     "<b>Recommendation 3:</b> The Department should fund dedicated capacity in island ministries to prepare and "
     "manage applications to multilateral climate funds.",
     "<b>Recommendation 4:</b> Programme business cases should include an explicit assessment of how climate "
     "adaptation will reach women, people with disabilities and outer-island communities.",
     "<b>Recommendation 5:</b> The Department should publish an annual breakdown of adaptation spending by country "
     "and instrument, including finance delivered through multilateral funds.",
     "<b>Recommendation 6:</b> The Department should agree a shared approach to loss and damage support with other "
     "donors in the region before committing new bilateral funds."]


def advice():
    h = ['<p class="org">ICDE &middot; Independent Commission for Development Effectiveness</p>',
         '<h1>UK aid for climate adaptation in small island developing states</h1>',
         '<p><b>A performance review</b></p><p class="small">February 2026 &middot; ICDE review 2026/02</p>',
         '<table class="score"><tr><td><b>Overall score: AMBER/RED</b><br>The UK has made ambitious commitments on '
         'adaptation finance for small island states, but its programmes are fragmented, its results are poorly '
         'measured and too little support reaches island governments directly.</td></tr></table><p></p>',
         '<h2>Executive summary</h2>',
         '<p>Between 2019 and 2025 the Department for Global Partnerships (the Department) committed £612 million of '
         'UK aid to climate adaptation in 19 small island developing states. We reviewed 14 programmes worth £388 '
         'million and visited three countries.</p>',
         '<table><tr><th>Review question</th><th>Score</th></tr>'
         '<tr><td>Relevance: Is UK adaptation aid relevant to the needs of island states?</td><td>Green/amber</td></tr>'
         '<tr><td>Effectiveness: Is it building resilience?</td><td>Amber/red</td></tr>'
         '<tr><td>Coherence: Does it work with other donors and funds?</td><td>Amber/red</td></tr></table><p></p>',
         '<p>We make six recommendations: a single results framework (1); greater use of national systems (2); '
         'capacity for climate fund applications (3); inclusion in business cases (4); transparent reporting of '
         'spending (5); and a shared donor approach to loss and damage (6). They are set out in full in Section 5.</p>',
         '<h2>1. Introduction</h2>']
    sec(1)
    h += [para("This review assesses the relevance, effectiveness and coherence of UK aid for adaptation in small "
               "island developing states. It follows our 2022 rapid review of UK climate finance, whose recommendation "
               "that 'the Department should publish its methodology for counting climate finance' was accepted and "
               "implemented in 2023."),
          para("Our methodology included a literature review, a review of 14 programme documents, 86 interviews and "
               "country visits to Tavalu, Morne Rouge and the Kerrel Islands.")]
    h += ['<h2>2. Relevance</h2>']
    sec(2)
    h += [para("Programmes were generally well aligned with national adaptation plans. Island officials told us that "
               "the UK was 'a listening partner', although several noted that priorities shifted with UK spending "
               "reviews."),
          para("Only 3 of the 14 business cases considered how benefits would reach outer-island communities, and "
               "none analysed the needs of people with disabilities. Adaptation that does not reach these groups "
               "should not be counted as building resilience.")]
    h += ['<h2>3. Effectiveness</h2>']
    sec(3)
    h += [para("The Department uses at least five different results frameworks across the portfolio. Only four "
               "programmes had a baseline for resilience outcomes, so it is not possible to say whether the portfolio "
               "as a whole has made island communities more resilient."),
          para("Just 11 per cent of bilateral adaptation finance went through national systems, compared with 34 per "
               "cent for the two largest other donors. Island governments told us that parallel project units drew "
               "scarce staff away from ministries."),
          '<table><tr><th>Channel</th><th>2019&ndash;22 (£m)</th><th>2023&ndash;25 (£m)</th><th>Share</th></tr>'
          '<tr><td>Multilateral climate funds</td><td>148</td><td>131</td><td>46%</td></tr>'
          '<tr><td>Bilateral through project units</td><td>121</td><td>144</td><td>43%</td></tr>'
          '<tr><td>Bilateral through national systems</td><td>29</td><td>39</td><td>11%</td></tr></table><p></p>',
          para("Island ministries struggle to access multilateral funds: accreditation and proposal preparation take "
               "an average of 31 months. The UK is among the largest contributors to these funds.")]
    h += ['<h2>4. Coherence</h2>']
    sec(4)
    h += [para("UK reporting of adaptation spending is aggregated at regional level and does not separate finance "
               "delivered through multilateral funds. Parliament and island partners cannot see what the UK spends "
               "in each country."),
          para("Following the 2025 agreement to establish a fund for responding to loss and damage, three donors have "
               "announced bilateral packages in the region without coordination. We consider that donors should avoid "
               "creating further parallel mechanisms.")]
    h += ['<h2>5. Conclusions and recommendations</h2>']
    sec(5)
    h += [para("UK aid for adaptation is relevant and valued, but it is not yet achieving the resilience results "
               "that its scale should allow. We make the following recommendations."),
          box(R[0]), box(R[1]), box(R[2]), box(R[3]), box(R[4]), box(R[5]),
          '<p class="small">ICDE reviews are carried out under the 2011 terms of reference agreed with the '
          'International Development Committee. The Department is expected to respond within six weeks.</p>']
    return "".join(h)


def response():
    h = ['<p class="org">Department for Global Partnerships</p>',
         '<h1>Government response to the ICDE review: UK aid for climate adaptation in small island developing '
         'states</h1>', '<p class="small">March 2026</p>',
         '<h2>Introduction</h2>',
         '<p>The Government welcomes the Commission\'s review and its recognition that UK adaptation support is '
         'relevant to the priorities of island states. We accept three recommendations, partially accept one and '
         'respectfully disagree with one.</p>',
         '<h2>Measuring and reporting results (Recommendations 1 and 5)</h2>',
         '<p><b>Accepted.</b> A portfolio-wide adaptation results framework has been drafted and will apply to all new '
         'island programmes from October 2026, with baselines established in the first six months of each programme. '
         'Existing programmes will report against it at their next annual review.</p>',
         '<p>On spending data, country-level figures for bilateral programmes will be included in the Department\'s '
         'annual report. <b>Partially accepted:</b> finance delivered through multilateral funds cannot be attributed '
         'to individual countries reliably, so we will continue to report it at fund level.</p>',
         '<h2>Working through island governments (Recommendations 2 and 3)</h2>',
         '<p><b>Accepted.</b> We will double the share of bilateral adaptation finance delivered through national '
         'systems by 2028, starting with Tavalu, where a public financial management assessment is complete.</p>',
         '<p><b>Accepted.</b> A £9 million climate finance access facility will place advisers in island ministries '
         'from January 2027 to help prepare accreditation and funding proposals.</p>',
         '<h2>Loss and damage (Recommendation 6)</h2>',
         '<p><b>Not accepted.</b> The Government agrees on the value of coordination, but we do not consider it '
         'appropriate to make new bilateral commitments conditional on prior agreement among donors, which could '
         'delay urgent support after disasters. We will continue to share plans through the regional donor '
         'roundtable.</p>',
         '<h2>Staffing in the Pacific and Caribbean</h2>',
         '<p>Since the review was completed, the Department has opened a new regional hub in Suva with eleven climate '
         'and development staff, strengthening our presence in the Pacific.</p>',
         '<p class="small">Department for Global Partnerships, King Charles Street, London SW1A 2AH</p>']
    return "".join(h)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    build(a, advice())
    H.stamp(a, header="ICDE review: UK aid for climate adaptation in small island developing states",
            footer="Page {n} of {N}")
    build(r, response())
    H.stamp(r, header="Government response to the ICDE review", footer="{n}")
    recs = [
        {"number": "1", "starts_with": "The Department should set a single adaptation results framework",
         "reply_contains": "portfolio-wide adaptation results framework has been drafted", "verdict": "agrees"},
        {"number": "2", "starts_with": "The Department should channel a greater share of adaptation finance",
         "reply_contains": "double the share of bilateral adaptation finance delivered", "verdict": "agrees"},
        {"number": "3", "starts_with": "The Department should fund dedicated capacity in island ministries",
         "reply_contains": "climate finance access facility will place advisers", "verdict": "agrees"},
        {"number": "4", "starts_with": "Programme business cases should include an explicit assessment of how",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "The Department should publish an annual breakdown of adaptation spending",
         "reply_contains": "cannot be attributed to individual countries reliably", "verdict": "partly"},
        {"number": "6", "starts_with": "The Department should agree a shared approach to loss and damage",
         "reply_contains": "do not consider it appropriate to make new bilateral commitments", "verdict": "disagrees"},
    ]
    H.write_expected(NAME, recs, ["opened a new regional hub in Suva"], NOTES)


NOTES = ("ICDE review: six boxed 'Recommendation N:' items in Section 5 (labels 1-6), repeated in short form in the "
         "executive summary. Traps: amber/red score box, scores table, the 2022 recommendation quoted as implemented, "
         "findings with 'should' (2.2, 4.2), spending table, terms-of-reference note. Response grouped by theme, order "
         "1+5, 2+3, 6: results framework (1 agrees); country figures for bilateral only, multilateral at fund level (5 "
         "partly) under the same heading as 1; national systems doubled (2 agrees); access facility (3 agrees); loss "
         "and damage 'Not accepted' (6 disagrees); 4 (inclusion in business cases) never mentioned although the "
         "introduction counts six (unanswered); 'Staffing in the Pacific and Caribbean' answers nothing.")

if __name__ == "__main__":
    main()
    r = H.check(NAME)
    print(NAME, "OK" if not r else r)

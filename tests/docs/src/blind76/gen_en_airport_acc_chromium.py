"""Round 76 (EN): an AIRPORT CONSULTATIVE COMMITTEE'S CONSULTATION RESPONSE (genre: the statutory consultative
committee of a regional airport answering the airport's draft Noise Action Plan: the committee's role under
section 35 of the Civil Aviation Act 1982, the noise regulations, a table of night movements, a survey, the previous
plan's action quoted, a minority view, and seven recommendations as bold 'The Committee recommends that ...'
sentences, unnumbered, under the draft plan's action headings) answered by the airport's 'YOU SAID, WE DID'
CONSULTATION SUMMARY (blocks 'You said' / 'We did' by theme in another order, one block covering two, a block for
another consultee, what happens next).
Advice: Thornbury Airport Consultative Committee, 'Response to the draft Noise Action Plan 2026-2030', 3 February
2026, A4, 2 p.
Response: Thornbury Airport Ltd, 'Noise Action Plan 2026-2030 consultation: You said, we did', April 2026, A4,
2 p.; order 4, 1, 6 and 2 (one block), 7, 3; 5 is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans via @font-face, ligatures off, a fresh
--user-data-dir; footers stamped with PyMuPDF. The Civil Aviation Act 1982 and the Environmental Noise (England)
Regulations 2006 are real (what is said of them here is not to be relied on); the airport, the committee, places,
people and all figures are invented.

Run:  /tmp/blind76en/bin/python tests/docs/src/blind76/gen_en_airport_acc_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b76en as H

NAME = "blind76_en_airport_acc"


def css():
    c = ""
    for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400)):
        c += ("@font-face { font-family: 'ASans'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
              % (st, w, H.clean_font("LiberationSans-%s.ttf" % f)))
    return c + """
@page { size: 210mm 297mm; margin: 18mm 20mm 20mm 20mm; }
body { font-family: 'ASans'; font-size: 10.3pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #222; }
h1 { font-size: 18pt; color: #0b5e6b; margin: 4px 0 2px; }
h2 { font-size: 12pt; color: #0b5e6b; margin: 14px 0 6px; }
h3 { font-size: 10.5pt; margin: 10px 0 4px; }
.top { font-size: 9pt; color: #0b5e6b; text-transform: uppercase; letter-spacing: 1px; }
table { border-collapse: collapse; font-size: 9.3pt; margin: 6px 0 10px; }
td, th { border: 1px solid #8aa; padding: 3px 8px; text-align: left; }
th { background: #dff0f2; }
.q { margin: 6px 28px; font-style: italic; }
.ysw { border: 1px solid #0b5e6b; margin: 10px 0; }
.ys { background: #0b5e6b; color: #fff; padding: 5px 10px; }
.ys b, .wd b { display: block; font-size: 9pt; text-transform: uppercase; letter-spacing: 1px; }
.wd { padding: 5px 10px; background: #f3f9fa; }
.theme { font-size: 9pt; color: #0b5e6b; font-weight: 700; margin: 14px 0 0; }
"""


ADVICE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='top'>Thornbury Airport Consultative Committee</div>
<h1>Response to the draft Noise Action Plan 2026-2030</h1>
<p>Agreed by the Committee at its meeting on 3 February 2026. Contact: the Secretary, Ms Gwen Ashby.</p>
<h2>1. The Committee and this consultation</h2>
<p>The Committee is the consultative committee for Thornbury Airport under section 35 of the Civil Aviation Act
1982, which requires the airport to provide adequate facilities for consultation with local authorities, users and
local organisations. Its members include five local councils, two residents' groups, airlines and business
representatives.</p>
<p>Under the Environmental Noise (England) Regulations 2006 the airport must draw up a noise action plan every five
years and submit it to the Secretary of State for adoption. The draft was published for consultation on 1
December 2025.</p>
<h2>2. What we found</h2>
<table><tr><th>Year</th><th>Night movements (23:30-06:00)</th><th>Noise complaints</th><th>Homes inside the 55 dB Lden contour</th></tr>
<tr><td>2023</td><td>1,940</td><td>612</td><td>3,150</td></tr>
<tr><td>2024</td><td>2,310</td><td>804</td><td>3,420</td></tr>
<tr><td>2025</td><td>2,780</td><td>1,096</td><td>3,700</td></tr></table>
<p>Our survey of 420 residents in Hatherley and Coombe Down found that two thirds are woken by aircraft at least
once a week. Many residents told us the airport should close at night altogether. The Committee understands that
view but accepts that a night ban is not within the scope of this plan.</p>
<p>The previous plan's Action 6 stated: <span class='q'>"The airport will publish a quarterly noise report on its
website."</span> This has been done since 2022 and we welcome it.</p>
<h2>3. Our recommendations on the draft actions</h2>
<h3>Draft Action 2: night flights</h3>
<p>The draft plan proposes no limit on the number of night movements. <b>The Committee recommends that the plan
sets an annual cap of 2,500 night movements, falling to 2,000 by 2030.</b> The night movements in 2025 were already
above the lower figure.</p>
<h3>Draft Action 3: noise insulation</h3>
<p><b>The Committee recommends that the noise insulation scheme is extended to every home inside the 60 dB Lden
contour and that the grant is raised from 3,000 to 6,000 pounds.</b> The present scheme has had only 38
applications in five years.</p>
<h3>Draft Action 5: departure routes</h3>
<p>Aircraft departing to the west turn early over Hatherley. <b>The Committee recommends that the airport keeps
westbound departures on the published route until they reach 4,000 feet.</b> It should also explain to the
Committee how track-keeping is monitored.</p>
<h3>Draft Action 7: community engagement</h3>
<p><b>The Committee recommends that the airport sets up a community noise forum that meets in Hatherley and Coombe
Down at least twice a year.</b> Residents find the Committee's daytime meetings hard to attend.</p>
<p><b>The Committee recommends that the airport gives each resident who complains a written answer within ten
working days.</b></p>
<h3>Draft Action 8: ground noise</h3>
<p><b>The Committee recommends that engine ground running is not allowed between 22:00 and 07:00 except for safety
reasons.</b></p>
<h3>Other matters</h3>
<p><b>The Committee recommends that the final plan contains a table showing, for each action, the measure of
success and the year by which it will be met.</b></p>
<p>Two members, representing the airlines, did not support the cap on night movements; they consider that the
airport should be free to grow in line with the local economic strategy. Their view is recorded here at their
request.</p>
<p>The Committee would be grateful if the airport published its response to these recommendations before it
submits the final plan.</p>
</body></html>"""


def block(theme, said, did):
    return ("<div class='theme'>%s</div><div class='ysw'><div class='ys'><b>You said</b>%s</div>"
            "<div class='wd'><b>We did</b>%s</div></div>" % (theme, said, did))


RESPONSE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='top'>Thornbury Airport Ltd</div>
<h1>Noise Action Plan 2026-2030 consultation: You said, we did</h1>
<p>April 2026</p>
<p>Thank you to the 1,184 people and organisations who responded to our consultation between 1 December 2025 and 28
February 2026. This summary sets out the main points raised, including those of the Airport Consultative Committee,
and what we have changed in the final plan. The full consultation report is available on our website.</p>
""" + block("Community engagement",
            "The Airport Consultative Committee asked us to set up a community noise forum meeting in Hatherley and "
            "Coombe Down.",
            "A Community Noise Forum will meet in Hatherley and in Coombe Down each spring and autumn from "
            "September 2026. This is new Action 7a in the final plan.") + \
    block("Night flights",
          "Residents and the Committee asked for a cap on night flights.",
          "We have not included a cap on night movements in the final plan. Night flights are needed for the "
          "express freight operation that supports 400 local jobs. Instead we will publish night movement figures "
          "every month.") + \
    block("Measuring progress and ground noise",
          "The Committee asked for a table of success measures and for limits on engine ground running at night.",
          "The final plan now ends with a table giving a success measure and a target year for every action. "
          "Engine ground running will not be allowed between 23:00 and 06:00, except for safety reasons; a "
          "later start of the restriction was not possible because of the morning maintenance schedule.") + \
    block("Hours of the consultation",
          "Coombe Down Parish Council asked for a consultation event outside working hours.",
          "We held an extra evening drop-in session at Coombe Down village hall on 21 January 2026.") + \
    block("Departure routes",
          "The Committee asked that westbound departures stay on the published route until 4,000 feet.",
          "Departure routes are set through the Civil Aviation Authority's airspace change process, and this "
          "request will be considered as part of our airspace change proposal; the final plan makes no change to "
          "the routes.") + \
    block("Noise insulation",
          "The Committee asked for a larger scheme with a higher grant.",
          "From April 2027 the noise insulation grant rises to 6,000 pounds. The scheme will continue to cover "
          "homes inside the 63 dB contour, because extending it to the 60 dB contour would treble its cost.") + """
<h2>What happens next</h2>
<p>The final plan was submitted to the Secretary of State on 9 April 2026. Once adopted it will be published on our
website, and progress will be reported in our quarterly noise reports.</p>
</body></html>"""


RECS = [
    (1, "The Committee recommends that the plan sets an annual cap of",
     "We have not included a cap on night movements", "disagrees"),
    (2, "The Committee recommends that the noise insulation scheme is extended to",
     "the noise insulation grant rises to 6,000 pounds", "partly"),
    (3, "The Committee recommends that the airport keeps westbound departures on the",
     "will be considered as part of our airspace change proposal", "noted"),
    (4, "The Committee recommends that the airport sets up a community noise",
     "This is new Action 7a in the final plan", "agrees"),
    (5, "The Committee recommends that the airport gives each resident who complains",
     None, "unanswered"),
    (6, "The Committee recommends that engine ground running is not allowed between",
     "Engine ground running will not be allowed between 23:00 and 06:00", "partly"),
    (7, "The Committee recommends that the final plan contains a table showing",
     "The final plan now ends with a table giving a success measure", "agrees"),
]

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="b76en_chr_")
    try:
        for part, html in (("advice", ADVICE % css()), ("response", RESPONSE % css())):
            src = os.path.join(tmp, part + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(html)
            H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sans = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Thornbury Airport Consultative Committee  -  {n} / {N}",
            fontfile=sans)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Thornbury Airport  |  You said, we did  |  {n}", fontfile=sans)
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["Thank you to the 1,184 people and organisations who responded",
                      "We held an extra evening drop-in session",
                      "The final plan was submitted to the Secretary of State"],
                     "Advice: an airport consultative committee's response to the airport's draft noise action "
                     "plan (sections 1-3, a table of night movements). The seven recommendations are UNNUMBERED "
                     "bold 'The Committee recommends that ...' sentences, mostly inside paragraphs, under h3 "
                     "headings named after the DRAFT PLAN'S ACTION NUMBERS (Action 2, 3, 5, 7 (two), 8, 'Other "
                     "matters'), numbers 1-7 by order. Traps: section 35 'requires the airport to provide'; the "
                     "regulations' 'the airport must draw up a noise action plan'; the survey's 'the airport "
                     "should close at night'; the previous plan's Action 6 quoted, done; the non-bold 'It should "
                     "also explain to the Committee how track-keeping is monitored'; the airlines' minority view "
                     "'should be free to grow'; 'would be grateful if the airport published its response'. "
                     "Response: a 'You said, we did' summary, blocks by theme with 'You said' (a paraphrase) and "
                     "'We did', order 4, 1, 7+6, (parish council), 3, 2: forum each spring and autumn, new Action "
                     "7a (4 agrees); 'We have not included a cap' (1 disagrees); ONE block 'Measuring progress and "
                     "ground noise' = table of success measures (7 agrees) + ground running banned 23:00-06:00 for "
                     "22:00-07:00 asked (6 partly); routes left to the airspace change process, no change (3 "
                     "noted); grant to 6,000 pounds but contour stays at 63 dB (2 partly); 5 (written answer to "
                     "complaints within ten working days) is not answered. Unmatched: the opening thanks, the "
                     "parish council's block on consultation hours, 'What happens next'.")
    sys.exit(H.main([NAME]))

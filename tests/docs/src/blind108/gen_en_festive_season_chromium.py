"""Round 108 (EN): an Australian city council's FESTIVE SEASON REFERENCE GROUP review of its CHRISTMAS LIGHTS,
CAROLS AND MARKETS programme, seven recommendations in LABELLED BOXES 'Recommendation 1' to 'Recommendation 7',
each under the finding it answers, answered by an OFFICER REPORT TO COUNCIL with a response table 'Rec. | Officer
response | Status' citing the numbers. Chromium headless --print-to-pdf, A4, cleaned DejaVu via @font-face,
ligatures off, fresh --user-data-dir; red-and-green letterhead band, two-column context block; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and local law numbers invented.
Run:  /tmp/blind108en/bin/python tests/docs/src/blind108/gen_en_festive_season_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b108en as H

NAME = "blind108_en_festive_season"
CSS = """
@font-face { font-family: DV; src: url('file://%s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%s'); }
@page { size: A4; margin: 20mm 19mm 20mm 19mm; }
body { font-family: DV; font-size: 9.6pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1d1d1d; }
.band { background: #8a1c1c; color: #fff; padding: 10px 14px; border-bottom: 5px solid #1f6b3a; }
.band .org { font-size: 15pt; font-weight: bold; }
.band .sub { font-size: 8.6pt; }
h1 { font-size: 15.5pt; margin: 14px 0 4px 0; color: #8a1c1c; }
h2 { font-size: 11.2pt; margin: 14px 0 6px 0; color: #1f6b3a; }
.cols { column-count: 2; column-gap: 20px; font-size: 9pt; }
.cols p { margin: 0 0 7px 0; }
.rec { border: 1px solid #1f6b3a; background: #eef6f0; padding: 6px 10px; margin: 6px 0 12px 0; }
.rec .lab { font-weight: bold; color: #1f6b3a; font-size: 8.6pt; text-transform: none; }
.rec p { margin: 2px 0; }
table.t { border-collapse: collapse; width: 100%%; font-size: 9pt; }
table.t th { background: #1f6b3a; color: #fff; text-align: left; padding: 4px 6px; }
table.t td { border: 1px solid #9bb8a5; padding: 5px 6px; vertical-align: top; }
table.meta td { padding: 1px 10px 1px 0; font-size: 9pt; }
"""


def page(body):
    css = CSS % (H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def rec(n, t):
    return f"<div class='rec'><p class='lab'>Recommendation {n}</p><p><b>{t}</b></p></div>"


ADVICE = f"""
<div class="band"><div class="org">City of Wattle Bay</div>
<div class="sub">Festive Season Reference Group &middot; Review of the Christmas in the City Program &middot; 16 February 2026</div></div>
<h1>Christmas in the City: Review of the 2025 Festive Season Program</h1>
<p>This review was requested by Council at its meeting of 22 July 2025 (Item 11.4). The Reference Group is chaired by Cr Leanne Tippett and includes representatives of the Wattle Bay Chamber of Commerce, the Mall traders, Wattle Bay Disability Access Committee, two church and community choirs and the Foreshore Residents Association. We met six times, surveyed 1,204 residents and visitors and walked the lighting trail on two nights in December.</p>
<div class="cols">
<p><b>The program.</b> Council spends about $410,000 a year on the festive season: lighting in Bayview Mall and Memorial Park, the Carols by the Bay concert, a Twilight Market on three Saturdays, and Santa visits in the libraries. Attendance at the carols was estimated at 9,500 in 2025.</p>
<p><b>The rules.</b> Under Local Law No. 3 (Community Amenity) 2020 an event organiser must obtain a permit for amplified music in a public place after 9 pm. The Events Strategy 2022-2026 states that Council "should activate the foreshore year-round", but no festive activity currently takes place there.</p>
</div>
<h2>1. Lighting</h2>
<p>The Mall lights are popular, with 78% of survey respondents rating them good or excellent. About 80% of the fittings are now LED; the rest are incandescent strings bought in 2011, which use most of the $38,000 power and maintenance budget. Many respondents asked why the lights stop at the Mall and do not reach the foreshore, where most evening visitors walk in summer.</p>
{rec(1, "Extend the Christmas lighting trail from Bayview Mall along the foreshore to the jetty by December 2026.")}
{rec(2, "Replace all remaining incandescent festive lighting with LED or solar-powered fittings before the 2026 season.")}
<h2>2. Carols by the Bay</h2>
<p>The carols are held in Memorial Park, which holds about 8,000 people comfortably; in 2025 the gates were closed at 7.40 pm and around 1,500 people were turned away. Parking in the surrounding streets was the most common complaint (412 comments). Several residents told us that, given the summer heat, events should start after 6 pm, which is already Council practice.</p>
{rec(3, "Move Carols by the Bay from Memorial Park to the foreshore reserve, which can hold at least 15,000 people.")}
{rec(4, "Run a free shuttle bus from the station and the two main car parks on carols night and market nights.")}
<h2>3. Markets and inclusion</h2>
<p>Of the 96 stalls at the 2025 Twilight Market, only 31 were held by Wattle Bay businesses. Stall fees of $180 a night were the main reason given by local traders for not taking part. The Disability Access Committee told us that families with autistic children and older residents find the crowds and noise at every festive event too much, and that a quieter option would let them take part.</p>
{rec(5, "Give Wattle Bay businesses first choice of Twilight Market stalls and halve their stall fees.")}
{rec(6, "Include a quiet, low-sensory session at each major festive event, with lighting and sound turned down.")}
<h2>4. Funding</h2>
<p>Council funds the whole program from rates. Other councils of similar size recover between a quarter and a half of the cost through sponsorship. The Group notes that Council's Sponsorship Policy requires every agreement over $20,000 to be approved by the Chief Executive Officer.</p>
{rec(7, "Seek corporate sponsorship to cover at least one third of the festive season program costs from 2027.")}
<h2>5. Next steps</h2>
<p>The Reference Group asks that officers report to Council on these recommendations before the 2026 program is locked in, and offers its continued help. Cr Leanne Tippett, Chair.</p>
"""

RESPONSE = """
<div class="band"><div class="org">City of Wattle Bay</div>
<div class="sub">Ordinary Council Meeting &middot; 24 March 2026 &middot; Item 9.7 &middot; Officer Report</div></div>
<h1 style="font-size:14pt">Item 9.7 Festive Season Reference Group review: officer response</h1>
<table class="meta">
<tr><td><b>Directorate:</b></td><td>Community and Culture</td></tr>
<tr><td><b>Author:</b></td><td>Darren Mulvaney, Manager Events and Activation</td></tr>
<tr><td><b>Attachments:</b></td><td>1. Review of the Christmas in the City Program (16 February 2026)</td></tr>
</table>
<h2>Executive summary</h2>
<p>The Festive Season Reference Group has completed its review of the 2025 program and made seven recommendations. Officers acknowledge the work of Cr Tippett and the Group and the very high level of community input that informed it.</p>
<h2>Officer response to the recommendations</h2>
<table class="t">
<tr><th style="width:11%">Rec.</th><th>Officer response</th><th style="width:17%">Status</th></tr>
<tr><td>6</td><td>Supported. A low-sensory hour with lights dimmed and no amplified sound will be held at the start of the carols and of each market night in 2026, designed with the Disability Access Committee.</td><td>Included in 2026 program</td></tr>
<tr><td>2</td><td>Supported. The remaining incandescent strings will be replaced with LED fittings using the existing lighting budget, to be completed by November 2026.</td><td>Underway</td></tr>
<tr><td>3 and 4</td><td>The foreshore reserve is not suitable for an event of this size: it has no permanent power, is subject to king tides in December and would require a new traffic management plan costing an estimated $95,000. Officers recommend that the carols remain in Memorial Park. To ease the parking problem, however, a free shuttle bus from the station and the Kent Street and Civic car parks will run on carols night and on all three market nights from 2026.</td><td>3: Not proceeding<br>4: Funded</td></tr>
<tr><td>1</td><td>Officers support lighting part of the foreshore, but the full length to the jetty would cost about $260,000. A first stage covering the Esplanade between the Mall and the surf club is proposed for the 2027 season, with later stages subject to budget.</td><td>Stage 1 in 2027</td></tr>
<tr><td>5</td><td>Stall allocation and fees for the Twilight Market are set by the Wattle Bay Chamber of Commerce under its licence with Council. Officers have passed the recommendation to the Chamber for its consideration and will report its reply to Council.</td><td>Referred to Chamber</td></tr>
</table>
<h2>Australia Day 2027</h2>
<p>Separately, Council is reminded that expressions of interest for the 2027 Australia Day community awards open on 1 September 2026 and that nominations can be made online.</p>
<h2>Officer recommendation</h2>
<p>That Council notes this report and endorses the officer responses as the basis for planning the 2026 festive season program.</p>
"""


def main():
    tmp = "/tmp/blind108en_chrome_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, body in (("advice", ADVICE), ("response", RESPONSE)):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(page(body))
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Wattle Bay - Festive Season Reference Group - Review 2025",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Wattle Bay - Ordinary Council Meeting 24 March 2026 - Item 9.7",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Extend the Christmas lighting trail from Bayview Mall along the foreshore",
         "reply_contains": "A first stage covering the Esplanade between the Mall", "verdict": "partly"},
        {"number": 2, "starts_with": "Replace all remaining incandescent festive lighting with LED or solar-powered fittings",
         "reply_contains": "The remaining incandescent strings will be replaced with LED fittings", "verdict": "agrees"},
        {"number": 3, "starts_with": "Move Carols by the Bay from Memorial Park to the foreshore reserve",
         "reply_contains": "Officers recommend that the carols remain in Memorial Park", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Run a free shuttle bus from the station and the two",
         "reply_contains": "Kent Street and Civic car parks will run on carols night", "verdict": "agrees"},
        {"number": 5, "starts_with": "Give Wattle Bay businesses first choice of Twilight Market stalls",
         "reply_contains": "passed the recommendation to the Chamber for its consideration", "verdict": "noted"},
        {"number": 6, "starts_with": "Include a quiet, low-sensory session at each major festive event",
         "reply_contains": "A low-sensory hour with lights dimmed and no amplified sound", "verdict": "agrees"},
        {"number": 7, "starts_with": "Seek corporate sponsorship to cover at least one third of the",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Officers acknowledge the work of Cr Tippett and the Group",
                 "expressions of interest for the 2027 Australia Day community awards",
                 "endorses the officer responses as the basis for planning"]
    notes = ("Advice: Australian city Festive Season Reference Group review of the Christmas in the City program; recs in "
             "LABELLED BOXES 'Recommendation 1'-'Recommendation 7', each under the finding section it answers; traps: "
             "Council Item 11.4, two-column context block with Local Law No. 3 'must obtain a permit' and Events Strategy "
             "quoted ('should activate the foreshore'), finding 'events should start after 6 pm', Sponsorship Policy "
             "'requires every agreement over $20,000', 'Next steps' asking for a report. Response: OFFICER REPORT to "
             "Council Item 9.7 with a table 'Rec. | Officer response | Status' CITING numbers, order 6, 2, 3+4, 1, 5: "
             "low-sensory hour (6 agrees); LED replacement underway (2 agrees); ONE row '3 and 4' = carols stay in "
             "Memorial Park (3 disagrees) + free shuttle funded (4 agrees); Esplanade first stage 2027 (1 partly); market "
             "stalls referred to the Chamber (5 noted); 7 (sponsorship) unanswered; executive summary thanks, Australia "
             "Day awards, officer recommendation to note and endorse (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

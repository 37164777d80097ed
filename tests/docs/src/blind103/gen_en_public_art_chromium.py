"""Round 103 (EN): a Canadian city's PUBLIC ART ADVISORY COMMITTEE five-year review of the public art program, seven
recommendations in a ruled TABLE 'No. | Recommendation | Why' (R1-R7) after TWO-COLUMN findings, answered by a
STAFF REPORT to Committee of the Whole with an 'Analysis' under subject headings citing the numbers. Chromium
headless --print-to-pdf (fresh --user-data-dir), Letter, cleaned DejaVu via @font-face, ligatures off; a purple
title band, a shaded 'collection in numbers' box, a report-information table; header and 'Page N of M' stamped from
page 2. All bodies, people, places and figures invented; the Copyright Act is named as context only.
Run:  /tmp/blind103en/bin/python tests/docs/src/blind103/gen_en_public_art_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b103en as H

NAME = "blind103_en_public_art"
R = H.clean_font("DejaVuSans.ttf"); B = H.clean_font("DejaVuSans-Bold.ttf")
CSS = f"""
@font-face {{ font-family: 'DV'; src: url('file://{R}'); font-weight: normal; }}
@font-face {{ font-family: 'DV'; src: url('file://{B}'); font-weight: bold; }}
@page {{ size: 8.5in 11in; margin: 0.8in 0.85in 0.85in 0.85in; }}
body {{ font-family: 'DV'; font-size: 9.3pt; line-height: 1.38; font-variant-ligatures: none; }}
h1 {{ font-size: 15pt; margin: 6pt 0; }} h2 {{ font-size: 11pt; color: #4b2a6b; margin: 11pt 0 4pt 0; }}
p {{ margin: 0 0 5pt 0; }}
.band {{ background: #4b2a6b; color: white; padding: 9pt 11pt; }}
.cols {{ column-count: 2; column-gap: 18pt; }}
.box {{ border: 1px solid #8e6bb0; background: #f3eef8; padding: 6pt 9pt; margin: 6pt 0; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #9a8aa8; padding: 4pt 6pt; vertical-align: top; text-align: left; }}
th {{ background: #e4dbee; }}
.info td {{ border: none; padding: 1pt 6pt 1pt 0; }}
"""

ADVICE = """
<div class="band"><b>CITY OF PORT MARLOWE</b> &middot; Public Art Advisory Committee<br/>
<span style="font-size:8.5pt">Report to Council through the Committee of the Whole &middot; PAAC-2026-01 &middot; February 9, 2026</span></div>
<h1>Public Art Program: Five-Year Review, 2021-2025</h1>
<p>Prepared by the Public Art Advisory Committee (Chair: Mireille Castonguay; Vice-Chair: Owen Takahashi) with
the assistance of Cultural Services staff. Approved by the Committee on February 2, 2026.</p>
<div class="box"><b>The collection in numbers (December 31, 2025)</b><br/>214 works, of which 61 outdoor &middot;
replacement value $3.2 million &middot; 38 works in fair or poor condition &middot; 9 commissions in 2021-2025 &middot;
2 of 9 by Indigenous artists &middot; maintenance budget $22,000 a year</div>
<h2>1. Findings</h2>
<div class="cols">
<p><b>Funding.</b> The 2015 Public Art Policy states that "the City should allocate one percent of eligible capital
project budgets to public art". Since 2021 this has produced an average of $285,000 a year, but large projects
such as the Harbourfront Community Centre were exempted and smaller projects seldom generated enough for a
commission.</p>
<p><b>Care of the collection.</b> Maintenance has been funded at $22,000 a year regardless of the size of the
collection. Thirty-eight works are in fair or poor condition, and the bronze fountain in Victoria Square has not
run since 2023.</p>
<p><b>Knowing what we own.</b> The inventory is a spreadsheet held by one staff member. Residents and tourism
operators asked for a public catalogue; the Committee agrees that the City should know what it owns and share it.</p>
<p><b>Indigenous art.</b> Only two of nine commissions went to Indigenous artists, although the City's
reconciliation action plan commits it to increase the presence of Indigenous art in public spaces.</p>
<p><b>Artists' rights.</b> Under the Copyright Act, artists keep moral rights in their works, and a work must not be
distorted or modified to the prejudice of the artist's honour. Removals and relocations therefore need care.</p>
<p><b>Emerging artists.</b> Calls have mostly required a portfolio of completed public works, which shuts out
emerging and local artists. Several told us the process should be simpler for small commissions.</p>
</div>
<h2>2. Recommendations</h2>
<p>The Committee recommends that Council:</p>
<table>
<tr><th style="width:9%">No.</th><th style="width:55%">Recommendation</th><th>Why</th></tr>
<tr><td>R1</td><td>Raise the percent-for-art contribution from 1 to 1.5 percent of eligible capital project budgets, and end exemptions for projects over $20 million.</td><td>Funding has not kept pace with construction costs.</td></tr>
<tr><td>R2</td><td>Create a maintenance reserve equal to 10 percent of the cost of each new acquisition.</td><td>Each new work adds a lasting cost.</td></tr>
<tr><td>R3</td><td>Reserve at least one commission each year for Indigenous artists, chosen by an Indigenous-led selection jury.</td><td>Reconciliation action plan commitment.</td></tr>
<tr><td>R4</td><td>Publish an online map and catalogue of the whole collection by the end of 2026.</td><td>Access and accountability.</td></tr>
<tr><td>R5</td><td>Add a conservator position to Cultural Services to assess the condition of the collection every year.</td><td>38 works in fair or poor condition.</td></tr>
<tr><td>R6</td><td>Open two calls a year for emerging artists, each with a commission fee of $5,000 and no portfolio requirement.</td><td>Widen the pool of artists.</td></tr>
<tr><td>R7</td><td>Establish a community mural program with an annual budget of $40,000 for neighbourhood groups.</td><td>Bring art beyond the downtown.</td></tr>
</table>
<h2>3. Conclusion</h2>
<p>The program has given Port Marlowe a collection to be proud of. With the changes above it can be cared for
properly and opened to more artists. The Committee will report again on progress in February 2027.</p>
"""

RESPONSE = """
<div class="band" style="background:#2f3e4e"><b>CITY OF PORT MARLOWE</b> &middot; Staff Report<br/>
<span style="font-size:8.5pt">Community Services Department &middot; Cultural Services Division</span></div>
<table class="info" style="margin:8pt 0">
<tr><td><b>Report number:</b></td><td>CS-2026-022</td></tr>
<tr><td><b>To:</b></td><td>Committee of the Whole, meeting of March 30, 2026</td></tr>
<tr><td><b>From:</b></td><td>Natalie Brisebois, Manager of Cultural Services</td></tr>
<tr><td><b>Subject:</b></td><td>Response to the Public Art Advisory Committee's Five-Year Review (PAAC-2026-01)</td></tr>
</table>
<h2>Purpose</h2>
<p>This report provides the staff response to the review that the Public Art Advisory Committee presented on
February 23, 2026, so that Council can give direction before the 2027 budget is prepared.</p>
<h2>Analysis</h2>
<p><b>Online catalogue (Recommendation 4).</b> Staff support this recommendation. The collection database is being
moved to the City's open data portal, and a public map with photographs of all works will go live in November
2026.</p>
<p><b>Indigenous artists (Recommendation 3).</b> Staff agree. Working with the Urban Indigenous Advisory Circle,
an Indigenous-led jury will select one commission each year beginning with the 2026 call for the Harbourfront
Trail.</p>
<p><b>Funding of commissions (Recommendations 1 and 6).</b> Staff do not support raising the percent-for-art
rate at this time: the capital plan is already under pressure, and an increase would reduce what is available
for roads and facilities. On emerging artists, staff propose one call a year rather than two, with a $5,000 fee
and a simplified application, funded within the existing public art reserve.</p>
<p><b>Maintenance reserve (Recommendation 2).</b> Staff agree that each new work should carry its own care cost.
The draft 2027 budget will set aside 10 percent of every new acquisition in a dedicated reserve.</p>
<p><b>Conservation staffing (Recommendation 5).</b> A new permanent position is a matter for Council's budget
deliberations. Staff will present the option of a conservator, and of contracting condition assessments
instead, as a decision item for the 2027 budget.</p>
<h2>Update on the Victoria Square fountain</h2>
<p>Council will also wish to know that the pump and basin of the Victoria Square fountain were repaired under
warranty in January, and the fountain is scheduled to run again from Victoria Day weekend.</p>
<h2>Recommendation</h2>
<p>That Council receive Staff Report CS-2026-022 for information and thank the members of the Public Art Advisory
Committee for their volunteer service.</p>
<p>Respectfully submitted,<br/>Natalie Brisebois, Manager of Cultural Services<br/>Reviewed by: Graham Okafor,
General Manager, Community Services</p>
"""


def render(body, pdf):
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, dir="/tmp", prefix="b103en_pa_") as fh:
        fh.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.chromium_pdf(fh.name, pdf)
    os.unlink(fh.name)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    render(ADVICE, a); render(RESPONSE, r)
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(a, header="Port Marlowe Public Art Advisory Committee - Five-Year Review - PAAC-2026-01",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(r, header="Staff Report CS-2026-022 - Committee of the Whole, March 30, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Raise the percent-for-art contribution from 1 to 1.5 percent",
             reply_contains="Staff do not support raising the", verdict="disagrees"),
        dict(number=2, starts_with="Create a maintenance reserve equal to 10 percent of the cost",
             reply_contains="set aside 10 percent of every new acquisition", verdict="agrees"),
        dict(number=3, starts_with="Reserve at least one commission each year for Indigenous artists",
             reply_contains="working with the Urban Indigenous Advisory Circle", verdict="agrees"),
        dict(number=4, starts_with="Publish an online map and catalogue of the whole collection",
             reply_contains="public map with photographs of all works will go live", verdict="agrees"),
        dict(number=5, starts_with="Add a conservator position to Cultural Services to assess",
             reply_contains="as a decision item for the 2027 budget", verdict="noted"),
        dict(number=6, starts_with="Open two calls a year for emerging artists, each with",
             reply_contains="staff propose one call a year rather than two", verdict="partly"),
        dict(number=7, starts_with="Establish a community mural program with an annual budget",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "provides the staff response to the review that the",
        "pump and basin of the Victoria Square fountain were repaired",
        "thank the members of the Public Art Advisory Committee"],
        "Advice: Canadian city Public Art Advisory Committee five-year review; recs = rows R1-R7 of a ruled table "
        "'No. | Recommendation | Why' after TWO-COLUMN findings; traps: 2015 policy quoted ('the City should "
        "allocate one percent'), 'the City should know what it owns', Copyright Act moral rights 'must not be "
        "distorted', 'should be simpler', figures box. Response: STAFF REPORT, Analysis under subject headings citing "
        "'(Recommendation N)', order 4, 3, 1+6, 2, 5: map live November 2026 (4 agrees); Indigenous-led jury (3 "
        "agrees); ONE paragraph 'Funding of commissions (Recommendations 1 and 6)' = rate not raised at this time (1 "
        "disagrees) + one call a year not two (6 partly); 10 percent reserve in 2027 budget (2 agrees); conservator "
        "as a budget decision item (5 noted); 7 (mural program) unanswered; Purpose, 'Update on the Victoria Square "
        "fountain', the report's own Recommendation (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

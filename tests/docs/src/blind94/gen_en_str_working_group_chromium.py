"""Round 94 (EN): a US city's SHORT-TERM RENTAL WORKING GROUP FINAL REPORT (recommendations as NUMBERED HEADINGS
'Recommendation N: title' with explanatory text, in a two-column body with an 'At a glance' sidebar box) answered by the
planning staff's ANNOTATED COPY of the recommendations ('Staff response' under each quoted recommendation, grouped by
department, citing numbers). Chromium headless --print-to-pdf, US Letter, cleaned DejaVu via @font-face, ligatures off,
fresh --user-data-dir; header stamped from page 2 and 'Page N of M'. All invented.
Run:  /tmp/blind94en/bin/python tests/docs/src/blind94/gen_en_str_working_group_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b94en as H

NAME = "blind94_en_str_working_group"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@font-face {{ font-family: DV; font-style: italic; src: url(file://{I}); }}
@page {{ size: Letter; margin: 20mm 18mm 20mm 18mm; }}
body {{ font-family: DV; font-size: 9.8pt; line-height: 1.5; font-variant-ligatures: none; color: #1a1a1a; }}
h1 {{ font-size: 17pt; color: #7a1f4a; margin: 0 0 4pt 0; }}
h2 {{ font-size: 11pt; color: #7a1f4a; margin: 10pt 0 4pt 0; }}
h3 {{ font-size: 9.8pt; margin: 8pt 0 2pt 0; }}
.meta {{ font-size: 8pt; color: #555; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
.side {{ border: 1px solid #7a1f4a; background: #f7eef2; padding: 6pt 8pt; margin: 6pt 0; break-inside: avoid; }}
.quote {{ font-style: italic; border-left: 3px solid #bbb; padding-left: 8pt; margin: 4pt 0; }}
.lbl {{ font-weight: bold; color: #7a1f4a; }}
.lh {{ border-bottom: 2px solid #7a1f4a; padding-bottom: 4pt; margin-bottom: 8pt; }}
p {{ margin: 0 0 6pt 0; }}
"""

ADVICE = """
<div class="meta">CITY OF CEDAR HOLLOW, OREGON</div>
<h1>Short-Term Rental Working Group: Final Report and Recommendations</h1>
<div class="meta">Presented to the City Council, June 2, 2026. Working Group Chair: Renee Castellano. Staff liaison:
Community Development Department.</div>
<div class="cols">
<h2>Background</h2>
<p>The City Council created the Short-Term Rental Working Group by Resolution 2025-41 to advise on a regulatory
framework for short-term rentals (STRs). The Group of eleven members, including hosts, neighbors, a hotel operator
and a housing advocate, met fourteen times between October 2025 and April 2026 and held two community workshops.</p>
<div class="side"><b>At a glance</b><br>Active STR listings, March 2026: 612<br>Of which whole homes not occupied by the
owner: 418<br>Complaints logged, 2025: 233<br>Transient lodging tax from STRs, FY 2025: $1.84 million</div>
<p>Under ORS 90.100 a vacation occupancy is excluded from residential landlord and tenant law, and under section
5.44.030 of the Municipal Code every lodging operator must remit transient lodging tax monthly. The City has no
permit system for STRs. In 2019 the Planning Commission recommended that "the City should monitor short-term rentals
and revisit regulation if listings exceed 500"; that threshold was passed in 2024.</p>
<h2>What we found</h2>
<p>Finding 1: whole-home STRs are concentrated in the Riverside and Old Mill neighborhoods, where they make up 9 per
cent of housing units. Finding 2: most complaints concern noise, parking and garbage at night, when no City staff are
available. Finding 3: the City cannot identify the operators of about a third of listings. Several members felt that
hosts should be treated as small businesses; others felt that housing should come first.</p>
<h2>Public input</h2>
<p>About 190 people attended the two workshops at the Riverside Grange Hall and the Library. Written comments (146)
were evenly divided. Hosts described STR income as essential to paying their mortgages and property taxes; neighbors
described late-night arrivals, cars parked on lawns and garbage left out for days. The Cedar Hollow Lodging
Association told us that hotels and motels are inspected every year and that STRs should meet the same fire and
life-safety standards.</p>
<table style="border-collapse: collapse; width: 100%; font-size: 8.4pt; margin-bottom: 6pt;">
<tr style="background:#f7eef2"><th style="text-align:left; border:1px solid #aaa; padding:2pt">Neighborhood</th><th style="border:1px solid #aaa; padding:2pt">Listings</th><th style="border:1px solid #aaa; padding:2pt">Complaints 2025</th></tr>
<tr><td style="border:1px solid #aaa; padding:2pt">Riverside</td><td style="border:1px solid #aaa; padding:2pt">174</td><td style="border:1px solid #aaa; padding:2pt">88</td></tr>
<tr><td style="border:1px solid #aaa; padding:2pt">Old Mill</td><td style="border:1px solid #aaa; padding:2pt">129</td><td style="border:1px solid #aaa; padding:2pt">61</td></tr>
<tr><td style="border:1px solid #aaa; padding:2pt">Ridgecrest</td><td style="border:1px solid #aaa; padding:2pt">96</td><td style="border:1px solid #aaa; padding:2pt">37</td></tr>
<tr><td style="border:1px solid #aaa; padding:2pt">All other areas</td><td style="border:1px solid #aaa; padding:2pt">213</td><td style="border:1px solid #aaa; padding:2pt">47</td></tr>
</table>
<h2>Approaches in other cities</h2>
<p>We reviewed the ordinances of six Oregon and Washington cities of similar size. All six require a permit or
business license; four cap the number of nights for non-owner-occupied homes, at between 90 and 120 nights; three
dedicate part of their lodging tax to housing. Two cities that introduced caps saw listings fall by about a fifth in
the first year, but neither has yet measured whether homes returned to the long-term rental market.</p>
<h2>Recommendations</h2>
<p>The Working Group reached consensus on the following seven recommendations.</p>
<h3>Recommendation 1: Annual permit</h3>
<p>Require every short-term rental operator to obtain an annual City permit and to display the permit number on all
listings and advertisements.</p>
<h3>Recommendation 2: Night cap</h3>
<p>Limit short-term rentals of homes not occupied by their owner to 90 nights per calendar year.</p>
<h3>Recommendation 3: Complaint hotline</h3>
<p>Establish a 24-hour complaint hotline, operated by a contractor, that responds to calls within one hour.</p>
<h3>Recommendation 4: Housing fund</h3>
<p>Dedicate half of the transient lodging tax collected from short-term rentals to the Cedar Hollow Housing Trust
Fund.</p>
<h3>Recommendation 5: Enforcement staff</h3>
<p>Fund two additional code compliance officer positions dedicated to short-term rental enforcement.</p>
<h3>Recommendation 6: Platform data</h3>
<p>Require booking platforms to share monthly listing and booking data with the City as a condition of doing
business in Cedar Hollow.</p>
<h3>Recommendation 7: Review</h3>
<p>Review the new ordinance two years after it takes effect and report the results to the City Council in public.</p>
<h2>Minority statement</h2>
<p>Two members did not support Recommendation 2. In their view a cap must be based on evidence of housing loss in each
neighborhood, which the Group did not have.</p>
</div>
"""

RESPONSE = """
<div class="lh"><div class="meta">CITY OF CEDAR HOLLOW - COMMUNITY DEVELOPMENT DEPARTMENT</div>
<h1>Attachment B: Staff Responses to the Working Group Recommendations</h1>
<div class="meta">To the City Council meeting of September 15, 2026, agenda item 9 (Short-Term Rental Ordinance, first
reading). Prepared by Marcus Ibe, Planning Manager.</div></div>
<p>This attachment reproduces the recommendations of the Short-Term Rental Working Group and gives the staff response
to each, grouped by the department that would carry them out. The draft ordinance in Attachment A reflects these
responses.</p>
<h2>Community Development</h2>
<div class="quote">Recommendations 6 and 2: platform data sharing, and a 90-night cap for homes not occupied by the owner.</div>
<p><span class="lbl">Staff response:</span> Section 5.47.090 of the draft ordinance requires hosting platforms to
provide monthly listing data and to remove listings without a valid permit number, and two platforms have already
signed data agreements. Staff do not recommend a night cap at this time: the housing study the cap would depend on will
not be finished until 2028, and the permit data will show first whether a cap is needed.</p>
<div class="quote">Recommendation 3: 24-hour complaint hotline.</div>
<p><span class="lbl">Staff response:</span> Supported. The contract with a hotline provider was approved on consent on
August 4, and the line (541-555-0179) will go live on January 1, 2027, together with the permit program.</p>
<div class="quote">Recommendation 1: annual permit displayed on all listings.</div>
<p><span class="lbl">Staff response:</span> Included in draft section 5.47.020. Permits will run from January to
December, with a fee of $275 to be set by Council resolution.</p>
<h2>Code Compliance</h2>
<div class="quote">Recommendation 5: two additional code compliance officers.</div>
<p><span class="lbl">Staff response:</span> Staff recommend one additional officer, funded from permit fees, rather
than two; the hotline contractor will handle first response outside office hours.</p>
<h2>Finance</h2>
<div class="quote">Recommendation 4: dedicate half of STR lodging tax to the Housing Trust Fund.</div>
<p><span class="lbl">Staff response:</span> The allocation of lodging tax is a policy choice for Council during the
FY 2027-28 budget. Finance will prepare options for the Budget Committee and makes no recommendation here.</p>
<h2>Related matter: accessory dwelling units</h2>
<p>Several workshop participants asked about accessory dwelling units. The ADU code amendments adopted in May 2026 are
separate from this ordinance and are not affected by it.</p>
<h2>Next steps</h2>
<p>If Council holds the first reading on September 15, the second reading would follow on October 6 and the
permit application portal would open on November 1, 2026.</p>
"""


def make(body, pdf, header):
    hp = pdf[:-4] + ".html"
    hp = os.path.join("/tmp", os.path.basename(hp))
    open(hp, "w", encoding="utf-8").write(f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    make(ADVICE, H.out(NAME + "_advice.pdf"), "Cedar Hollow Short-Term Rental Working Group - Final Report")
    make(RESPONSE, H.out(NAME + "_response.pdf"), "Attachment B - Staff Responses - Agenda item 9")
    recs = [
        {"number": 1, "starts_with": "Require every short-term rental operator to obtain an annual City permit",
         "reply_contains": "included in draft section 5.47.020", "verdict": "agrees"},
        {"number": 2, "starts_with": "Limit short-term rentals of homes not occupied by their owner",
         "reply_contains": "staff do not recommend a night cap at this time", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Establish a 24-hour complaint hotline, operated by a contractor",
         "reply_contains": "the contract with a hotline provider was approved on consent", "verdict": "agrees"},
        {"number": 4, "starts_with": "Dedicate half of the transient lodging tax collected from short-term rentals",
         "reply_contains": "the allocation of lodging tax is a policy choice for council", "verdict": "noted"},
        {"number": 5, "starts_with": "Fund two additional code compliance officer positions dedicated to",
         "reply_contains": "staff recommend one additional officer, funded from permit fees", "verdict": "partly"},
        {"number": 6, "starts_with": "Require booking platforms to share monthly listing and booking data",
         "reply_contains": "requires hosting platforms to provide monthly listing data", "verdict": "agrees"},
        {"number": 7, "starts_with": "Review the new ordinance two years after it takes effect",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["reproduces the recommendations of the short-term rental working group",
                 "the adu code amendments adopted in may 2026 are separate",
                 "the permit application portal would open on november 1, 2026"]
    notes = ("Advice: US city working group report, two columns with an 'At a glance' sidebar; recommendations as "
             "numbered headings 'Recommendation N: title' + text. Traps: ORS 90.100, Municipal Code 5.44.030 'must remit', "
             "the 2019 Planning Commission recommendation quoted ('the City should monitor'), Findings 1-3, 'hosts should "
             "be treated as small businesses', minority statement 'a cap must be based on evidence' citing Recommendation "
             "2. Response: annotated copy (quoted summary + 'Staff response:'), grouped by department, CITING numbers, "
             "order 6+2, 3, 1, 5, 4: ONE block 'Recommendations 6 and 2' = platform data in the ordinance (6 agrees) + no "
             "night cap at this time (2 disagrees); hotline contract approved (3 agrees); permit in draft section "
             "(1 agrees); one officer, not two (5 partly); lodging tax a policy choice for Council, no recommendation "
             "(4 noted); 7 (two-year review) unanswered. Unmatched: introduction, ADU related matter, next steps.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

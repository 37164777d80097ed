"""Round 111 (EN): a Californian city's ENVIRONMENTAL QUALITY COMMISSION recommendation memo to the City Council on
GAS-POWERED LEAF BLOWERS, seven UNNUMBERED 'We recommend that the City ...' sentences SPLIT ACROSS SUB-HEADINGS (some
standing alone, some inside a paragraph after a finding), answered by the MINUTES of a City Council WORK SESSION that
give direction by ORDINALS ('the Commission's sixth recommendation'), in another order, one paragraph covering two.
Chromium headless --print-to-pdf, US Letter, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir;
green seal-style letterhead, To/From/Date memo block, shaded 'Key facts' sidebar box floated right; header and
'Page N of M' stamped from page 2. All bodies, people, places and figures invented; California's AB 1346 (2021) is
named as context only (what is said of it here is not to be relied on).
Run:  /tmp/blind111en/bin/python tests/docs/src/blind111/gen_en_leaf_blowers_chromium.py
"""
import os, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b111en as H

NAME = "blind111_en_leaf_blowers"
CSS = """
@font-face { font-family: DV; src: url('file://%s'); }
@font-face { font-family: DV; font-weight: bold; src: url('file://%s'); }
@font-face { font-family: DV; font-style: italic; src: url('file://%s'); }
@page { size: Letter; margin: 20mm 21mm 21mm 21mm; }
body { font-family: DV; font-size: 9.6pt; line-height: 1.45; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1a1a1a; }
.lh { display: flex; align-items: center; border-bottom: 2px solid #2f6b3a; padding-bottom: 6px; margin-bottom: 10px; }
.seal { width: 40px; height: 40px; border-radius: 50%%; background: #2f6b3a; color: #fff; font-weight: bold;
        font-size: 12pt; text-align: center; line-height: 40px; margin-right: 12px; }
.lh .org { font-size: 15pt; font-weight: bold; color: #2f6b3a; }
.lh .sub { font-size: 8.6pt; color: #555; }
h1 { font-size: 14pt; margin: 8px 0 6px 0; color: #2f6b3a; }
h2 { font-size: 11pt; margin: 12px 0 4px 0; color: #2f6b3a; break-after: avoid; }
h3 { font-size: 9.8pt; margin: 9px 0 3px 0; font-style: italic; color: #333; break-after: avoid; }
p { margin: 0 0 7px 0; }
ol { margin: 2px 0 8px 0; padding-left: 22px; }
.memo { border-collapse: collapse; margin: 4px 0 10px 0; }
.memo td { padding: 1px 12px 1px 0; vertical-align: top; font-size: 9.2pt; }
.memo td:first-child { font-weight: bold; width: 60px; }
.box { float: right; width: 58mm; margin: 2px 0 8px 12px; border: 1px solid #2f6b3a; background: #eef5ef;
       padding: 6px 8px; font-size: 8.4pt; line-height: 1.35; }
.box b { color: #2f6b3a; }
.meta { font-size: 8.4pt; color: #444; }
.item { font-weight: bold; margin-top: 10px; }
.rule { border-top: 1px solid #999; margin: 8px 0; }
"""


def page(body):
    css = CSS % (H.clean_font("DejaVuSans.ttf"), H.clean_font("DejaVuSans-Bold.ttf"), H.clean_font("DejaVuSans-Oblique.ttf"))
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def advice():
    return page("""
<div class="lh"><div class="seal">MH</div><div><div class="org">City of Marisol Hills</div>
<div class="sub">Environmental Quality Commission</div></div></div>
<table class="memo">
<tr><td>To:</td><td>Mayor and Members of the City Council</td></tr>
<tr><td>From:</td><td>Environmental Quality Commission (Chair: Priya Vantongeren)</td></tr>
<tr><td>Date:</td><td>January 27, 2026</td></tr>
<tr><td>Re:</td><td>EQC Memo 2026-02: Recommendation on gas-powered leaf blowers</td></tr>
</table>
<h1>Moving Marisol Hills to Quieter, Cleaner Yard Care</h1>
<div class="box"><b>Key facts</b><br/>
Estimated gas blowers in use in the city: 1,150<br/>
Noise complaints about blowers, 2025: 214 (2023: 131)<br/>
Licensed landscaping businesses: 96<br/>
City-owned gas blowers: 38<br/>
Survey responses: 812, of which 61% favored a phase-out</div>
<h2>Summary</h2>
<p>On September 16, 2025, the City Council referred to the Commission (Referral R-25-19) the question of whether the City should restrict gas-powered leaf blowers, and asked three questions:</p>
<ol>
<li>What are the health, noise and air quality effects of gas-powered blowers?</li>
<li>What have neighboring cities done, and with what results?</li>
<li>How could small landscaping businesses be protected from hardship?</li>
</ol>
<p>This memo answers those questions and sets out the Commission's recommendations. It was approved by the Commission on January 20, 2026 by a vote of 6-1.</p>
<h2>Background</h2>
<p>Section 8.24.090 of the Marisol Hills Municipal Code already provides that no person shall operate a leaf blower before 8:00 a.m. or after 6:00 p.m. on weekdays. Under California's AB 1346 (2021), the state is phasing out the sale of new small off-road engines, but equipment bought before then may lawfully continue to be used, so state law alone will not remove gas blowers from our streets for many years.</p>
<p>In 2019 the Commission recommended that &ldquo;the City should adopt a noise limit of 65 dB(A) for all leaf blowers&rdquo;. Council adopted that limit in 2020, but staff told us it is very difficult to enforce because a reading must be taken at 50 feet while the blower is in use.</p>
<h2>What we found</h2>
<p>Two-stroke engines emit a great deal of pollution for their size, and the people most exposed are the landscaping workers who operate them. Residents who work from home described the noise as the biggest change in their neighborhoods since 2020, and several said the City should lead by example in its own parks. Battery-electric blowers have improved and now cost about the same to run, though a commercial kit with spare batteries costs between $600 and $900.</p>
<p>Commissioners do not recommend that the City should ban electric blowers or limit their hours further, and we make no recommendation about the existing noise limit.</p>
<h2>Recommendations</h2>
<h3>Timing of a phase-out</h3>
<p>We recommend that the City prohibit the use of gas-powered leaf blowers everywhere within city limits from January 1, 2028.</p>
<p>Cities that gave long notice and started with education had far fewer disputes than those that fined from the first day. We recommend that the City begin with a twelve-month education-only period, issuing written warnings rather than citations, before any fines are imposed.</p>
<h3>Support for businesses and residents</h3>
<p>We recommend that the City offer a rebate of up to $250 per blower to licensed landscaping businesses that trade in a working gas blower for a battery-electric one.</p>
<p>Many older residents and renters cannot justify buying a new tool for a few uses a year. We recommend that the City set up a free lending library of battery-electric blowers and rakes at the Corporation Yard for Marisol Hills residents.</p>
<h3>Enforcement</h3>
<p>We recommend that the City assign enforcement of the ordinance to Code Compliance and provide an online form for residents to report violations, with photographs.</p>
<h3>City operations</h3>
<p>We recommend that the City replace all 38 gas blowers used by Parks and Public Works crews with battery-electric models by June 30, 2027.</p>
<p>We recommend that the City report to the Commission one year after the prohibition takes effect on complaints received, warnings and citations issued, and rebates paid.</p>
<div class="rule"></div>
<p>Commissioner Ruiz voted against the memo because he considered the rebate too low. The Commission would be glad to present these recommendations at a Council work session.</p>
<p class="meta">Priya Vantongeren, Chair, Environmental Quality Commission &middot; Staff liaison: Tomas Reyna, Sustainability Manager</p>
""")


def response():
    return page("""
<div class="lh"><div class="seal">MH</div><div><div class="org">City of Marisol Hills</div>
<div class="sub">City Council &middot; Minutes of the Work Session</div></div></div>
<h1>Minutes: City Council Work Session, Tuesday, March 10, 2026</h1>
<p class="meta">Council Chambers, 300 Vista Grande Avenue &middot; Draft minutes, subject to approval at the regular meeting of March 24, 2026</p>
<p class="item">1. Call to order and roll call</p>
<p>Mayor Dana Whitcombe called the work session to order at 6:00 p.m. Present: Mayor Whitcombe, Mayor Pro Tem Alvarado, Councilmembers Osei, Lindqvist and Park. Staff present: City Manager Raymond Achebe, Public Works Director Sandra Koh, Sustainability Manager Tomas Reyna and City Clerk June Halloran.</p>
<p class="item">2. Public comment on items not on the agenda</p>
<p>Two residents spoke about the temporary closure of the Linden Street pool for resurfacing. The Mayor asked staff to post the reopening date on the City website.</p>
<p class="item">3. Environmental Quality Commission recommendations on gas-powered leaf blowers (EQC Memo 2026-02)</p>
<p>Chair Vantongeren presented the Commission's memo. Mr. Reyna then gave a staff presentation showing that 1,150 gas blowers are thought to be in use in the city and that nine of the 14 cities surveyed by staff have adopted a phase-out. Eleven members of the public spoke, including four landscaping business owners. The Council then gave the following direction to staff by consensus; no formal action was taken.</p>
<p>On the Commission's sixth recommendation, Council agreed that the City should go first. Ms. Koh confirmed that the remaining gas blowers in the Parks and Public Works fleet will be replaced with battery-electric models by June 30, 2027, paid for from the equipment replacement fund.</p>
<p>The first and second recommendations were discussed together. Council supports an ordinance prohibiting gas-powered leaf blowers but, after hearing from the landscapers, directed staff to draft it with an effective date of January 1, 2029, one year later than the Commission proposed. Council agreed with the Commission that the first twelve months should be education only, with written warnings and no fines until the second year.</p>
<p>The fourth recommendation, a lending library at the Corporation Yard, did not have Council support. Councilmember Osei noted that two hardware stores already rent electric yard tools, and Council directed staff not to pursue a City-run program.</p>
<p>Council supported the third recommendation in part: rebates will be offered to licensed landscaping businesses, but at $150 per blower rather than $250, with total funding capped at $60,000 in the first year.</p>
<p>As to the fifth recommendation, the City Manager said that enforcement will have to be weighed against other Code Compliance priorities. Council asked him to bring back options and costs with the FY 2026-27 budget, without committing to any particular approach at this time.</p>
<p>Staff will return with a draft ordinance at the regular meeting of June 9, 2026.</p>
<p class="item">4. Other business</p>
<p>The City Manager gave a brief update on the Downtown Parking Study. The consultant's draft report is expected in May and will go to the Planning Commission first.</p>
<p class="item">5. Adjournment</p>
<p>There being no further business, the Mayor adjourned the work session at 8:42 p.m.</p>
<p class="meta">Respectfully submitted, June Halloran, City Clerk</p>
""")


def main():
    tmp = tempfile.mkdtemp(prefix="blind111en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="City of Marisol Hills - Environmental Quality Commission - EQC Memo 2026-02",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="City of Marisol Hills - City Council Work Session Minutes, March 10, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "We recommend that the City prohibit the use of gas-powered",
         "reply_contains": "with an effective date of January 1, 2029", "verdict": "partly"},
        {"number": 2, "starts_with": "We recommend that the City begin with a twelve-month education-only period",
         "reply_contains": "written warnings and no fines until the second year", "verdict": "agrees"},
        {"number": 3, "starts_with": "We recommend that the City offer a rebate of up to",
         "reply_contains": "at $150 per blower rather than $250", "verdict": "partly"},
        {"number": 4, "starts_with": "We recommend that the City set up a free lending library",
         "reply_contains": "Council directed staff not to pursue a City-run program", "verdict": "disagrees"},
        {"number": 5, "starts_with": "We recommend that the City assign enforcement of the ordinance to",
         "reply_contains": "without committing to any particular approach at this time", "verdict": "noted"},
        {"number": 6, "starts_with": "We recommend that the City replace all 38 gas blowers used",
         "reply_contains": "paid for from the equipment replacement fund", "verdict": "agrees"},
        {"number": 7, "starts_with": "We recommend that the City report to the Commission one year",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Mayor Dana Whitcombe called the work session to order",
                 "temporary closure of the Linden Street pool for resurfacing",
                 "gave a brief update on the Downtown Parking Study",
                 "the Mayor adjourned the work session at 8:42 p.m."]
    notes = ("Advice: Californian city Environmental Quality Commission memo EQC 2026-02 to the City Council; recs are seven "
             "UNNUMBERED 'We recommend that the City ...' sentences SPLIT ACROSS four italic SUB-HEADINGS under "
             "'Recommendations' (two of them, 2 and 4, follow a finding sentence inside the same paragraph); traps: referral "
             "R-25-19 with a numbered list of three Council QUESTIONS, Municipal Code 8.24.090 'no person shall operate', AB "
             "1346 (2021), 2019 Commission recommendation quoted ('the City should adopt a noise limit of 65 dB(A)'), 'Key "
             "facts' box, residents 'said the City should lead by example', 'Commissioners do not recommend that the City "
             "should ban electric blowers', vote 6-1 / Commissioner Ruiz dissent. Response: MINUTES of a City Council WORK "
             "SESSION; item 3 gives direction by ORDINALS, order 6, 1+2, 4, 3, 5: fleet replaced by June 30, 2027 (6 agrees); "
             "ONE paragraph 'first and second' = prohibition but from January 1, 2029, a year later (1 partly) + twelve "
             "months education only (2 agrees); lending library not pursued (4 disagrees); rebates $150 not $250, capped (3 "
             "partly); enforcement options to come back with the budget without commitment (5 noted); 7 (report one year "
             "after) unanswered; items 1 roll call, 2 public comment on the pool, 4 parking study, 5 adjournment (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

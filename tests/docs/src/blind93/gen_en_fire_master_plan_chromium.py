"""Round 93 (EN): an Ontario township's consultants' FIRE MASTER PLAN (recommendations as UNNUMBERED BULLETS in a framed
'Summary of Recommendations' box, after findings in a two-column body) answered by the Fire Chief's IMPLEMENTATION
PLAN table 'Theme | Department response | Timing', without numbers. Chromium headless --print-to-pdf, A4, cleaned
DejaVu via @font-face, ligatures off, fresh --user-data-dir; header stamped from page 2, 'Page N of M'. All invented.
Run:  /tmp/blind93en/bin/python tests/docs/src/blind93/gen_en_fire_master_plan_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b93en as H

NAME = "blind93_en_fire_master_plan"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@page {{ size: A4; margin: 20mm 18mm 20mm 18mm; }}
body {{ font-family: DV; font-size: 9.4pt; line-height: 1.42; font-variant-ligatures: none; color: #1a1a1a; }}
h1 {{ font-size: 18pt; color: #8a1c1c; margin: 0 0 4pt 0; }}
h2 {{ font-size: 11.5pt; color: #8a1c1c; margin: 10pt 0 4pt 0; }}
.small {{ font-size: 8pt; color: #555; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
.box {{ border: 1.4pt solid #8a1c1c; background: #fbf1ef; padding: 6pt 10pt; margin: 8pt 0; break-inside: avoid; }}
.box li {{ margin-bottom: 4pt; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.8pt; }}
td, th {{ border: 0.6pt solid #999; padding: 4pt 5pt; vertical-align: top; text-align: left; }}
th {{ background: #f1dcd8; }}
.lh {{ border-bottom: 2pt solid #8a1c1c; padding-bottom: 4pt; margin-bottom: 8pt; }}
"""


def page(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


def render(html, suffix, header):
    hp = f"/tmp/{NAME}_{suffix}.html"
    open(hp, "w", encoding="utf-8").write(html)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def advice():
    body = """
<p class='small'>TOWNSHIP OF LAKESHORE NORTH | Fire and Emergency Services</p>
<h1>Community Risk-Based Fire Master Plan 2026-2036</h1>
<p class='small'>Final report prepared by Halvorsen Emergency Planning Inc. for the Township of Lakeshore North,
June 2026. Project lead: Deborah Marchetti, MA, CFO.</p>
<div class='cols'>
<h2>1. Introduction</h2>
<p>The Township retained Halvorsen Emergency Planning to update its 2016 Fire Master Plan. The Fire Protection and
Prevention Act, 1997 provides in section 2(1) that every municipality shall establish a program which must include
public education and fire prevention, and O. Reg. 378/18 requires a community risk assessment to be completed every
five years. This plan is based on the Township's community risk assessment of November 2025.</p>
<h2>2. The 2016 plan</h2>
<p>Of the 19 recommendations of the 2016 plan, 11 have been implemented. Its recommendation 7, that "the Township
should establish a formal training officer position", was implemented in 2019. Its recommendation 12, that "the
Township should consider consolidating stations", was deferred by Council in 2017 and is revisited below.</p>
<h2>3. Findings</h2>
<p><b>Response times.</b> We found that the 90th percentile response time in the northern concessions is 17 minutes
30 seconds, against 11 minutes in the Lakeshore and Birch Point settlements. NFPA 1720 states that rural areas
should be reached within 14 minutes 80 per cent of the time.</p>
<p><b>Fire prevention.</b> The Township has 214 vulnerable occupancies and commercial properties that should be
inspected on a regular cycle. With inspections carried out by the Deputy Chief alone, only 38 were inspected in 2025.</p>
<p><b>Stations.</b> Station 3 (Birch Point) answered 61 calls in 2025, of which 52 were also attended by Station 2,
which is 6.2 km away. Station 3 needs a roof replacement estimated at $410,000.</p>
<p><b>Fleet.</b> Pumper Tanker 11 at Station 1 was built in 1998 and will be 30 years old in 2028; insurers and
Underwriters guidance treat 20 years as the end of first-line service.</p>
<p><b>Certification.</b> Under O. Reg. 343/22 firefighters must be certified to the standards for the services they
provide by July 1, 2026 for firefighting and by July 1, 2028 for other services. The department is on track.</p>
<p><b>Volunteers.</b> The department has 46 volunteer firefighters against an establishment of 55. Exit interviews
show that 9 of the 14 who left since 2022 cited time pressures and the lack of any recognition of long service.</p>
<h2>4. Neighbouring services</h2>
<p>The Municipality of Greystone's Station 5 is 4 km from the northern concessions. Mutual aid under the county plan
is available only on request, which adds several minutes to any response.</p>
</div>
<div class='box'>
<h2 style='margin-top:2pt'>Summary of Recommendations</h2>
<p>Based on the findings of this plan, Halvorsen Emergency Planning recommends that the Township:</p>
<ul>
<li>Adopt a new establishing and regulating by-law that sets out the services and service levels the
department provides.</li>
<li>Hire a full-time Fire Prevention Officer so that all vulnerable occupancies are inspected at least every three
years.</li>
<li>Close Station 3 (Birch Point) and consolidate its apparatus and volunteers into Station 2 by 2029.</li>
<li>Replace Pumper Tanker 11 at Station 1 no later than 2028, funded from the fleet reserve.</li>
<li>Pursue Superior Tanker Shuttle Service accreditation for the areas outside the hydrant network.</li>
<li>Introduce a volunteer firefighter recognition and retention program, including long-service payments.</li>
<li>Negotiate an automatic aid agreement with the Municipality of Greystone for the northern concessions.</li>
</ul>
</div>
<p>The timing and indicative costs of each recommendation are set out in Appendix B (not reproduced). Halvorsen
Emergency Planning thanks Chief Ron Delisle and the members of the department for their help.</p>
"""
    render(page(body), "advice", "Township of Lakeshore North - Fire Master Plan 2026-2036 (Final)")


def response():
    rows = [
        ("Fleet replacement", "Tenders for a replacement pumper tanker closed on September 12, 2026. Council "
         "awarded the contract at its October 6 meeting, with delivery expected in spring 2028.", "Complete"),
        ("Cross-border response", "The department supports this. A draft automatic aid agreement with Greystone "
         "has been agreed by both Fire Chiefs and will come to Council for approval in January 2027.", "Q1 2027"),
        ("Fire prevention staffing and Birch Point station", "Staff recommend a half-time contract Fire Prevention "
         "Officer for two years, funded within the existing budget, rather than a full-time position; the "
         "position will be reviewed in 2028. Staff do not recommend closing the Birch Point hall: Council has "
         "heard strong community opposition, and the roof will instead be replaced in 2027.", "2027"),
        ("Governance", "A new establishing and regulating by-law has been drafted with the Clerk and will be "
         "presented to Council for adoption on November 17, 2026.", "Q4 2026"),
        ("Water supply in rural areas", "The department will look into tanker shuttle accreditation and report "
         "on costs and insurance benefits once the 2027 budget is set; no commitment is made at this time.",
         "To be determined"),
    ]
    tr = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    body = f"""
<div class='lh'><b style='font-size:13pt;color:#8a1c1c'>Township of Lakeshore North</b><br/>
<span class='small'>Staff Report FD-2026-09 | Fire and Emergency Services | Council Meeting: October 20, 2026</span></div>
<h1 style='font-size:15pt'>Fire Master Plan 2026-2036: Implementation Plan</h1>
<h2>Purpose</h2>
<p>This report brings forward the department's implementation plan for the Fire Master Plan received by Council
on July 14, 2026, and asks Council to endorse the plan as the basis for the 2027 budget. Staff thank the
consultants and the residents who took part in the public sessions in April.</p>
<h2>Implementation plan</h2>
<table><tr><th style='width:24%'>Theme</th><th>Department response</th><th style='width:15%'>Timing</th></tr>{tr}</table>
<h2>Next Generation 9-1-1</h2>
<p>Separately from the master plan, the county dispatch centre will move to Next Generation 9-1-1 in March 2027.
Staff will attend the county working group and no local cost is expected this year.</p>
<h2>Recommendation to Council</h2>
<p>That Staff Report FD-2026-09 be received and that the implementation plan be endorsed as set out above. Staff
will provide a progress update with the annual fire department report in the spring.</p>
<p>Respectfully submitted,<br/><b>Ron Delisle</b>, Fire Chief and CEMC</p>
"""
    render(page(body), "response", "Staff Report FD-2026-09 - Fire Master Plan Implementation Plan")


advice()
response()
H.write_expected(NAME, [
    {"number": 1, "starts_with": "Adopt a new establishing and regulating by-law that sets out",
     "reply_contains": "will be presented to Council for adoption on November 17", "verdict": "agrees"},
    {"number": 2, "starts_with": "Hire a full-time Fire Prevention Officer so that all vulnerable occupancies",
     "reply_contains": "Staff recommend a half-time contract Fire Prevention Officer", "verdict": "partly"},
    {"number": 3, "starts_with": "Close Station 3 (Birch Point) and consolidate its apparatus",
     "reply_contains": "Staff do not recommend closing the Birch Point hall", "verdict": "disagrees"},
    {"number": 4, "starts_with": "Replace Pumper Tanker 11 at Station 1 no later than 2028",
     "reply_contains": "Council awarded the contract at its October 6 meeting", "verdict": "agrees"},
    {"number": 5, "starts_with": "Pursue Superior Tanker Shuttle Service accreditation for the areas",
     "reply_contains": "The department will look into tanker shuttle accreditation", "verdict": "noted"},
    {"number": 6, "starts_with": "Introduce a volunteer firefighter recognition and retention program",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 7, "starts_with": "Negotiate an automatic aid agreement with the Municipality of Greystone",
     "reply_contains": "A draft automatic aid agreement with Greystone has been agreed", "verdict": "agrees"},
], ["Staff thank the consultants and the residents who took part",
    "the county dispatch centre will move to Next Generation 9-1-1",
    "Staff will provide a progress update with the annual fire department report"],
    "advice: UNNUMBERED bullets in a framed 'Summary of Recommendations' box after a two-column body of findings; "
    "traps: FPPA 1997 s. 2(1) 'shall establish a program which must include', O. Reg. 378/18, the 2016 plan's quoted "
    "recommendations 7 and 12 ('should establish', 'should consider consolidating'), NFPA 1720 'should be reached', "
    "'should be inspected', O. Reg. 343/22 'must be certified by July 1, 2026', call and cost figures. Response: staff "
    "report with a 'Theme | Department response | Timing' table, NO numbers, by subject; order 4, 7, 2+3, 1, 5; ONE row "
    "'Fire prevention staffing and Birch Point station' = half-time contract officer (2 partly) + no closure (3 "
    "disagrees); 6 (volunteer retention) unanswered; Purpose, Next Generation 9-1-1, Recommendation to Council (nothing).")
sys.exit(H.main([NAME]))

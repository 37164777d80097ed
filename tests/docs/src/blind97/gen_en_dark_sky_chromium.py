"""Round 97 (EN): a US (Arizona) county DARK SKY ADVISORY COMMITTEE'S RECOMMENDATIONS ON THE DRAFT OUTDOOR LIGHTING
CODE (the seven recommendations only in a ruled table 'No. | Recommendation | Code section') answered by the Planning
Director's STAFF MEMORANDUM to the Planning and Zoning Commission (responses under topic headings, by paraphrase, NO
numbers). Chromium headless --print-to-pdf, US Letter, cleaned DejaVu via @font-face, ligatures off, fresh
--user-data-dir; memo block, header stamped from page 2 and 'Page N of M'. All bodies, people, places, figures and
code sections invented; the Arizona light pollution statutes are named as context only.
Run:  /tmp/blind97en/bin/python tests/docs/src/blind97/gen_en_dark_sky_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b97en as H

NAME = "blind97_en_dark_sky"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@font-face {{ font-family: DV; font-style: italic; src: url(file://{I}); }}
@page {{ size: Letter; margin: 0.8in 0.85in 0.8in 0.85in; }}
body {{ font-family: DV; font-size: 9.4pt; line-height: 1.45; font-variant-ligatures: none; color: #1a1a2a; }}
h1 {{ font-size: 15pt; color: #1d2a5c; margin: 0 0 4pt 0; }}
h2 {{ font-size: 10.5pt; color: #1d2a5c; margin: 10pt 0 3pt 0; break-after: avoid; }}
.small {{ font-size: 8pt; color: #555; }}
.top {{ background: #1d2a5c; color: #fff; padding: 8pt 10pt; margin-bottom: 8pt; }}
.top .small {{ color: #dfe3f2; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.6pt; margin: 5pt 0 8pt 0; }}
th, td {{ border: 0.6pt solid #8a90a8; padding: 3pt 5pt; text-align: left; vertical-align: top; }}
th {{ background: #e3e6f2; }}
td.n {{ width: 8%; font-weight: bold; }} td.s {{ width: 17%; }}
p {{ margin: 0 0 6pt 0; }}
.memo td {{ border: none; padding: 1pt 6pt 1pt 0; font-size: 9pt; }}
.memo {{ border-bottom: 1.5pt solid #1d2a5c; margin-bottom: 8pt; }}
"""

ADVICE = """
<div class="top"><div class="small">CHOLLA COUNTY, ARIZONA | DARK SKY ADVISORY COMMITTEE</div>
<h1 style="color:#fff">Recommendations on the Draft Outdoor Lighting Code Amendments (ZTA-26-02)</h1>
<div class="small">Adopted by the Committee on January 22, 2026 | Chair: Dr. Teresa Villanueva | Transmitted to the
Planning and Zoning Commission and the Board of Supervisors</div></div>
<h2>Purpose</h2>
<p>The Board of Supervisors established the Dark Sky Advisory Committee in 2018 to advise the County on protecting
the night sky over the Mesa Alta observatories and the rural communities of northern Cholla County. In November 2025
Community Development staff released a public review draft of amendments to Chapter 17.40 of the Zoning Ordinance
(Outdoor Lighting). This report gives the Committee's recommendations on that draft.</p>
<h2>Background</h2>
<p>State law allows counties near astronomical observatories to regulate outdoor light fixtures, and Chapter 17.40
already requires that outdoor lights be shielded in Lighting Zones 1 and 2. The Committee's 2019 report asked that
"the County should adopt a lumen cap for new commercial development"; that was deferred pending this update.</p>
<p>Volunteers took sky quality meter readings at twelve sites in 2025. The table below shows the median readings;
higher values mean darker skies.</p>
<table><tr><th>Site</th><th>2015</th><th>2025</th><th>Change</th></tr>
<tr><td>Mesa Alta Observatory gate</td><td>21.62</td><td>21.48</td><td>-0.14</td></tr>
<tr><td>Pinion Flats</td><td>21.35</td><td>21.02</td><td>-0.33</td></tr>
<tr><td>Town of Sabino Wells (edge)</td><td>20.71</td><td>20.12</td><td>-0.59</td></tr></table>
<h2>Findings</h2>
<p>1. Sky brightness near Sabino Wells has increased measurably in ten years, mainly from unshielded commercial and
agricultural lighting and from bright white LED fixtures.</p>
<p>2. The draft code is a clear improvement, but it exempts agricultural buildings and leaves most existing
fixtures in place indefinitely. Residents should not have to wait decades for the benefits of the new rules.</p>
<p>3. Enforcement is complaint-driven and no County employee has lighting compliance as a defined duty. The
observatories have told the Committee that sky brightness must not increase further if their research is to
continue.</p>
<h2>Recommendations</h2>
<p>The Committee recommends that the Planning and Zoning Commission and the Board of Supervisors make the following
changes before the amendments are adopted:</p>
<table><tr><th>No.</th><th>Recommendation</th><th>Code section</th></tr>
<tr><td class="n">1</td><td>Limit the correlated color temperature of all new outdoor lighting to 3000 K, and to
2200 K in Lighting Zone 1.</td><td class="s">17.40.050</td></tr>
<tr><td class="n">2</td><td>Require full shielding of every new fixture over 1,000 lumens, removing the draft's
exemption for agricultural buildings.</td><td class="s">17.40.040</td></tr>
<tr><td class="n">3</td><td>Set a lumen cap of 25,000 lumens per net acre in commercial zones and 5,000 lumens
per net acre in residential zones.</td><td class="s">17.40.060</td></tr>
<tr><td class="n">4</td><td>Require existing nonconforming fixtures to be brought into compliance within ten years
of adoption.</td><td class="s">17.40.110</td></tr>
<tr><td class="n">5</td><td>Create a part-time lighting compliance officer position in the Community Development
Department.</td><td class="s">n/a (budget)</td></tr>
<tr><td class="n">6</td><td>Require illuminated signs to be turned off from 10 p.m. to 6 a.m., or one hour after
closing if later.</td><td class="s">17.40.080</td></tr>
<tr><td class="n">7</td><td>Launch a public outreach program and seek International Dark Sky Community designation
for Sabino Wells.</td><td class="s">n/a</td></tr></table>
<h2>Vote</h2>
<p>The recommendations were adopted 7-0, with one member absent. Member Gil Archuleta asked that the record note his
view that ranch operations need flexibility for security lighting.</p>
<p class="small">Staff liaison: Community Development Department, 1120 Commerce Way, Cholla, AZ. Questions may be
directed to the Committee Chair through the Clerk of the Board.</p>
"""

RESPONSE = """
<div class="small">CHOLLA COUNTY COMMUNITY DEVELOPMENT DEPARTMENT</div>
<h1>Memorandum</h1>
<table class="memo">
<tr><td><b>To:</b></td><td>Planning and Zoning Commission</td></tr>
<tr><td><b>From:</b></td><td>Raymond Castellanos, AICP, Planning Director</td></tr>
<tr><td><b>Date:</b></td><td>March 4, 2026</td></tr>
<tr><td><b>Re:</b></td><td>ZTA-26-02 Outdoor Lighting Code Amendments - staff response to the Dark Sky Advisory
Committee</td></tr></table>
<h2>Purpose</h2>
<p>This memo is provided ahead of the Commission's public hearing on March 19, 2026. It summarizes how staff
propose to respond to the Dark Sky Advisory Committee's recommendations and identifies changes made to the revised
draft ordinance attached as Exhibit A.</p>
<h2>Shielding</h2>
<p>Staff agree with the Committee. The agricultural building exemption has been deleted from the revised draft, so
full cutoff shielding will apply to every new fixture above the 1,000-lumen threshold, regardless of use. The
Farm Bureau has been informed and did not object.</p>
<h2>Staffing</h2>
<p>Creating a new position is a budget decision for the Board of Supervisors. Staff have forwarded the Committee's
request to the County Manager for consideration in the FY2027 budget process and make no recommendation on it in
this memo.</p>
<h2>Lumen limits and signs</h2>
<p>Staff support an area-based cap for commercial development, and the revised draft sets it at the level the
Committee proposed. A residential cap would be difficult to administer for existing homes, so staff propose to
apply it only to new subdivisions approved after the effective date. Staff do not recommend a mandatory overnight
sign shut-off: many businesses in the corridor operate around the clock, and the County Attorney has advised that
a content-neutral brightness limit, which the draft already contains, is the more defensible approach.</p>
<h2>Color temperature</h2>
<p>This change has been made. Section 17.40.050 of the revised draft now sets a 3000 K maximum countywide and a
2200 K maximum in Lighting Zone 1, consistent with the observatories' request.</p>
<h2>Existing fixtures</h2>
<p>Staff are not recommending a compliance deadline for existing lighting. A mandatory replacement program would
impose significant costs on property owners, and staff expect most fixtures to be replaced through normal
turnover and permit triggers within fifteen to twenty years. The revised draft keeps the replacement triggers in
Section 17.40.110 unchanged.</p>
<h2>Other revisions: utility-scale solar</h2>
<p>Separately from the Committee's report, staff have added a requirement that security lighting at utility-scale
solar facilities be motion-activated. This change responds to comments from the Arizona Game and Fish Department.</p>
<h2>Next steps</h2>
<p>Following the Commission's hearing, the ordinance and the Commission's recommendation will be forwarded to the
Board of Supervisors, tentatively on April 21, 2026. Please contact the Planning Division with any questions.</p>
"""


def render(body, suffix, header):
    d = f"/tmp/{NAME}_html"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    render(ADVICE, "advice", "Cholla County Dark Sky Advisory Committee - Recommendations on ZTA-26-02")
    render(RESPONSE, "response", "Memorandum - ZTA-26-02 staff response - March 4, 2026")
    recs = [
        {"number": 1, "starts_with": "Limit the correlated color temperature of all new outdoor lighting",
         "reply_contains": "This change has been made", "verdict": "agrees"},
        {"number": 2, "starts_with": "Require full shielding of every new fixture over 1,000 lumens",
         "reply_contains": "The agricultural building exemption has been deleted from the revised draft",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Set a lumen cap of 25,000 lumens per net acre",
         "reply_contains": "propose to apply it only to new subdivisions approved", "verdict": "partly"},
        {"number": 4, "starts_with": "Require existing nonconforming fixtures to be brought into compliance within",
         "reply_contains": "Staff are not recommending a compliance deadline for existing lighting",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Create a part-time lighting compliance officer position in the Community",
         "reply_contains": "forwarded the Committee's request to the County Manager for consideration",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Require illuminated signs to be turned off from 10 p.m.",
         "reply_contains": "Staff do not recommend a mandatory overnight sign shut-off",
         "verdict": "disagrees"},
        {"number": 7, "starts_with": "Launch a public outreach program and seek International Dark Sky",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["This memo is provided ahead of the Commission's public hearing",
                 "security lighting at utility-scale solar facilities be motion-activated",
                 "tentatively on April 21, 2026"]
    notes = ("Advice: a US (Arizona) county Dark Sky Advisory Committee's recommendations on draft outdoor lighting "
             "code amendments; the seven recommendations only in a ruled TABLE 'No. | Recommendation | Code section' "
             "after 'The Committee recommends that ...'. Traps: state law on observatories, 'Chapter 17.40 already "
             "requires', the 2019 report quoted ('the County should adopt a lumen cap'), sky quality table, numbered "
             "Findings 1-3 ('Residents should not have to wait', 'must not increase'), code section numbers, a Vote "
             "section. Response: the Planning Director's STAFF MEMO to the Planning and Zoning Commission, topic "
             "headings, NO numbers (paraphrase), order 2, 5, 3+6, 1, 4: agricultural exemption deleted (2 agrees); "
             "position forwarded to the County Manager for the budget (5 noted); ONE section 'Lumen limits and signs' "
             "= commercial cap yes, residential only for new subdivisions (3 partly) + no overnight sign shut-off (6 "
             "disagrees); 'This change has been made' 3000 K / 2200 K (1 agrees); no compliance deadline for existing "
             "lighting (4 disagrees); 7 (outreach and designation) unanswered. Unmatched: Purpose, 'Other "
             "revisions: utility-scale solar', Next steps.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 106 (EN): a Canadian town's ACTIVE TRANSPORTATION ADVISORY COMMITTEE report on WINTER SIDEWALK
MAINTENANCE, seven recommendations as LABELLED BOXES 'Recommendation A' to 'Recommendation G', answered by the
Director of Public Works' STAFF REPORT whose 'Discussion' replies by subject in prose (NO letters). LibreOffice
Writer headless from HTML, Letter, DejaVu Sans; letterhead table with a dark blue cell, bordered 'Winter 2024-25 in
numbers' box; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented;
Ontario Regulation 239/02 (Minimum Maintenance Standards) is named as context only.
Run:  /tmp/blind106en/bin/python tests/docs/src/blind106/gen_en_sidewalk_winter_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b106en as H

NAME = "blind106_en_sidewalk_winter"
STYLE = """<style>
@page { size: 8.5in 11in; margin: 0.8in 0.85in 0.8in 0.85in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 16pt; color: #1b3a5c; }
h2 { font-size: 11.5pt; color: #1b3a5c; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='#1b3a5c' width='62%'>"
            f"<font color='#ffffff'><b>{left}</b></font></td><td width='38%' align='right'>{right}</td></tr></table>")


RECS = [
    ("A", "Clear all priority sidewalks within 24 hours after a snowfall of 5 cm or more has ended."),
    ("B", "Add the sidewalks on Mill Road and Fairview Drive to the priority sidewalk network."),
    ("C", "Adopt a by-law requiring owners to clear the sidewalk in front of their property."),
    ("D", "Offer a free snow-clearing service for seniors and residents with disabilities who cannot clear "
          "their own walkways."),
    ("E", "Clear the windrows left by ploughs at pedestrian crossings and bus stops on the same day."),
    ("F", "Publish a live online map showing where the sidewalk ploughs are working."),
    ("G", "Hold a public meeting each spring to review how the winter season went."),
]


def advice():
    boxes = "".join(
        f"<table width='100%' border='1' cellpadding='6' cellspacing='0' bordercolor='#1b3a5c'><tr>"
        f"<td bgcolor='#e3ebf4'><b>Recommendation {k}</b><br>{t}</td></tr></table><p></p>" for k, t in RECS)
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
{lh("TOWN OF EASTFIELD<br>Active Transportation Advisory Committee", "Report ATAC-2026-02<br>January 21, 2026")}
<h1>Clear Paths: Winter Sidewalk Maintenance in Eastfield</h1>
<p>Report of the Active Transportation Advisory Committee to the General Government Committee</p>
<h2>1. Background</h2>
<p>In May 2025 Council asked the Committee to look at how the Town clears its sidewalks in winter and to suggest
improvements (resolution GG-2025-88). The Committee held a public survey, which received 612 responses, walked the
downtown and three residential routes after snowfalls in December 2025 and January 2026, and met with Public Works
staff. The Town's 2018 Transportation Master Plan states that "sidewalks should be treated as part of the
transportation network in every season".</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0"><tr><td bgcolor="#f4f6f8">
<b>Winter 2024-25 in numbers</b><br>Snow events requiring sidewalk clearing: 23<br>Sidewalks maintained by the
Town: 148 km (priority network 61 km)<br>Average time to clear the priority network: 41 hours<br>Winter sidewalk
budget: $1.16 million<br>Falls on sidewalks reported to the Town: 37</td></tr></table>
<h2>2. What we heard and saw</h2>
<p>Residents told us that sidewalks are often cleared long after the roads, and that the ridge of snow left by road
ploughs at crossings is the biggest barrier for people using wheelchairs, walkers and strollers. Several said that
nobody should have to walk on the road to reach a bus stop. The provincial Minimum Maintenance Standards (Ontario
Regulation 239/02) set out times within which a municipality must address snow accumulation on sidewalks; the Town
meets them, but we found that meeting the minimum is not the same as providing a usable route.</p>
<p>Some residents asked for the Town to stop clearing sidewalks altogether and leave it to owners, as was the case
under the former By-law 2009-41. We do not agree, but we have considered owners' role below.</p>
<h2>3. Recommendations</h2>
<p>The Committee recommends that the General Government Committee recommend to Council as follows:</p>
{boxes}
<h2>4. Conclusion</h2>
<p>The Committee believes these steps would make Eastfield a town where people can walk and roll safely all year.
We thank Public Works staff for their openness during our review.</p>
<p>Priya Raman, Chair, Active Transportation Advisory Committee</p>
</body></html>"""


def response():
    return f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
{lh("TOWN OF EASTFIELD<br>Staff Report", "Report No. PW-2026-09<br>March 30, 2026")}
<table width="100%" border="1" cellpadding="5" cellspacing="0">
<tr><td width="22%"><b>To</b></td><td>Chair and Members, General Government Committee</td></tr>
<tr><td><b>From</b></td><td>Daniel Thibault, Director of Public Works</td></tr>
<tr><td><b>Subject</b></td><td>Response to the Active Transportation Advisory Committee report on winter sidewalk maintenance</td></tr>
</table>
<h2>Recommendation</h2>
<p>That Report PW-2026-09 be received, and that the service changes described in it be approved for the 2026-27
winter season, with the cost referred to the 2027 budget.</p>
<h2>Discussion</h2>
<p>Staff appreciate the care the Committee put into its review and have considered each of its proposals.</p>
<p>Crossings and bus stops. Beginning next winter, a dedicated crew with a small loader will follow the road
ploughs and open up the snow banks at crossings and transit stops within the day.</p>
<p>Clearing times. A 24-hour standard could only be met with two more sidewalk machines and a night shift. Staff
propose instead to bring the priority network to a 36-hour target, which the existing fleet can achieve with
revised routes.</p>
<p>Route changes and technology. Mill Road and Fairview Drive serve the new secondary school and will become part
of the priority network this coming season. A public tracking map is not recommended: the GPS units on the sidewalk
machines are not designed for public display, and other municipalities found that such maps created more calls than
they answered.</p>
<p>Help for residents who cannot shovel. This falls outside the Public Works mandate. Staff have shared the idea
with Community Services, who may bring options forward with the 2027 budget.</p>
<p>Owner responsibility. Staff do not support returning sidewalk clearing to property owners. Enforcement was
uneven under the previous by-law, and a Town-wide standard is fairer for residents who are older or have
disabilities.</p>
<h2>Financial implications</h2>
<p>The windrow crew is estimated at $84,000 a year and the longer priority network at $31,000 a year. There is no
cost to the rest of this report.</p>
<h2>Consultation</h2>
<p>The road salt tender for 2026-27 closes on April 17, and staff will report on the award in May.</p>
<p>Staff will be pleased to answer any questions members may have at the meeting.</p>
<p>Respectfully submitted, Daniel Thibault, P.Eng., Director of Public Works</p>
</body></html>"""


def main():
    tmp = "/tmp/blind106en_lo_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Town of Eastfield - ATAC-2026-02 - Clear Paths",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Town of Eastfield - Staff Report PW-2026-09",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        dict(number=1, starts_with="Clear all priority sidewalks within 24 hours after a snowfall",
             reply_contains="bring the priority network to a 36-hour target", verdict="partly"),
        dict(number=2, starts_with="Add the sidewalks on Mill Road and Fairview Drive to the",
             reply_contains="will become part of the priority network this coming season", verdict="agrees"),
        dict(number=3, starts_with="Adopt a by-law requiring owners to clear the sidewalk in front",
             reply_contains="Staff do not support returning sidewalk clearing to property owners",
             verdict="disagrees"),
        dict(number=4, starts_with="Offer a free snow-clearing service for seniors and residents with disabilities",
             reply_contains="Staff have shared the idea with Community Services", verdict="noted"),
        dict(number=5, starts_with="Clear the windrows left by ploughs at pedestrian crossings and",
             reply_contains="a dedicated crew with a small loader will follow", verdict="agrees"),
        dict(number=6, starts_with="Publish a live online map showing where the sidewalk ploughs",
             reply_contains="A public tracking map is not recommended", verdict="disagrees"),
        dict(number=7, starts_with="Hold a public meeting each spring to review how the winter",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "Staff appreciate the care the Committee put into its review",
        "The road salt tender for 2026-27 closes on April 17",
        "pleased to answer any questions members may have at the meeting"],
        "Advice: Canadian town Active Transportation Advisory Committee report ATAC-2026-02 on winter sidewalk "
        "maintenance; recs are LABELLED BOXES 'Recommendation A' to 'Recommendation G' (numbers 1-7 = A-G) after "
        "'recommends ... as follows:'; traps: resolution GG-2025-88, 2018 Transportation Master Plan quoted "
        "('sidewalks should be treated'), 'Winter 2024-25 in numbers' box, 'nobody should have to walk on the road', "
        "Ontario Regulation 239/02 'must address', former By-law 2009-41 and 'We do not agree'. Response: Director "
        "of Public Works' STAFF REPORT PW-2026-09 with a To/From table and a report recommendation to receive; the "
        "Discussion replies by subject in prose, NO letters, order E, A, B+F, D, C: windrow crew (5 agrees); 36-hour "
        "target instead of 24 (1 partly); ONE paragraph 'Route changes and technology' = Mill Road and Fairview on "
        "the priority network (2 agrees) + no tracking map (6 disagrees); seniors service passed to Community "
        "Services (4 noted); no owner by-law (3 disagrees); G (spring public meeting) unanswered; 'Staff appreciate' "
        "opening, 'Consultation' salt tender, closing offer to answer questions (nothing); the 'Financial "
        "implications' costs paragraph (windrow crew) is not listed either way; the report's own 'Recommendation' "
        "to receive is not a reply.")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

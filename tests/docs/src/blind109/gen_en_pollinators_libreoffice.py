"""Round 109 (EN): a Canadian (Ontario) township's POLLINATOR WORKING GROUP report on pollinator-friendly parks and
yards, seven recommendations as UNNUMBERED BULLETS in a shaded 'Summary of recommendations' box at the end, answered
by the Clerk's COUNCIL DECISION LIST for the regular meeting (resolutions 'THAT Council ...' with resolution numbers,
replying by subject, no recommendation numbers). LibreOffice Writer headless from HTML, US Letter, DejaVu Sans;
letterhead table with a gold cell, 'Pollinators in Elmwood' facts table; header and 'Page N of M' stamped from page 2.
All bodies, people, places, by-law numbers and figures invented; Ontario's Pesticides Act is named as context only
(what is said of it here is not to be relied on).
Run:  /tmp/blind109en/bin/python tests/docs/src/blind109/gen_en_pollinators_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b109en as H

NAME = "blind109_en_pollinators"
STYLE = """<style>
@page { size: 21.59cm 27.94cm; margin: 2cm 2.2cm 2cm 2.2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #6b4e00; }
h2 { font-size: 11pt; color: #6b4e00; }
p { margin-bottom: 0.18cm; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='#c99a1a' width='55%'>"
            f"<font color='#ffffff' size='4'><b>{left}</b></font></td><td width='45%' align='right'>"
            f"<font size='2'>{right}</font></td></tr></table>")


def doc(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{body}</body></html>"


RECS = [
    "Designate no-mow meadow areas in twelve municipal parks, to be cut only once a year after the end of September.",
    "Amend the Lot Maintenance By-law so that naturalized gardens of native plants on private lots are allowed, with a height limit of 45 cm for the front yard only.",
    "End the purchase of plants treated with neonicotinoids for municipal flower beds and planters, and require suppliers to certify this.",
    "Create a full-time Pollinator and Naturalization Coordinator position in the Parks Department.",
    "Offer residents a rebate of up to $50 a year towards the purchase of native plants from local nurseries.",
    "Apply to Bee City Canada for designation of Elmwood as a Bee City.",
    "Include a pollinator garden in the landscaping plan of every new municipal building and major park renewal.",
]


def advice():
    b = lh("Township of Elmwood", "Pollinator Working Group<br>Report PWG-2026-01 &middot; January 26, 2026")
    b += "<h1>Room to Bloom: Making Elmwood Pollinator-Friendly</h1>"
    b += "<p><i>Report of the Pollinator Working Group to the Committee of the Whole. Chair: Dr. Anne-Marie Lachance. Members: Councillor Gord Whitfield, Priya Raman (Elmwood Horticultural Society), Tom Kowalczyk (beekeeper), Hannah Greer (Elmwood District Secondary School) and the Manager of Parks as staff resource.</i></p>"
    b += "<h2>Background</h2>"
    b += "<p>Council established the Working Group by resolution 2025-118 on May 12, 2025, with a mandate to recommend ways in which the Township could protect and increase habitat for bees, butterflies and other pollinators on public and private land.</p>"
    b += "<p>The Township's Strategic Plan 2023-2027 says that Elmwood &ldquo;should be a leader in environmental stewardship among rural municipalities&rdquo;. The Working Group has taken that statement as its starting point.</p>"
    b += ("<table width='100%' border='1' cellpadding='4' cellspacing='0' bgcolor='#fbf3dc'>"
          "<tr><td colspan='2'><b>Pollinators in Elmwood</b></td></tr>"
          "<tr><td>Municipal parkland mowed every 10 to 14 days</td><td>86 hectares</td></tr>"
          "<tr><td>Native bee species recorded in the Township (2025 survey)</td><td>112</td></tr>"
          "<tr><td>Complaints under the Lot Maintenance By-law in 2025</td><td>64, of which 19 about naturalized gardens</td></tr>"
          "<tr><td>Annual spending on bedding plants</td><td>$38,500</td></tr></table>")
    b += "<h2>What we found</h2>"
    b += "<p><b>Mowing.</b> Most parkland is mowed far more often than its use requires. Staff estimate that mowing less in low-traffic areas could save about 300 hours of staff time a season. Residents who answered our survey were divided: 58% supported fewer cuts, but many said the parks should still look cared for.</p>"
    b += "<p><b>Private yards.</b> Lot Maintenance By-law 2014-63 provides that grass and weeds must not exceed 20 cm in height anywhere on a lot. Nineteen complaints in 2025 concerned naturalized gardens, and in four cases owners were ordered to cut them down. Several municipalities nearby have changed their by-laws to allow such gardens.</p>"
    b += "<p><b>Plants and pesticides.</b> Ontario's Pesticides Act regulates the sale and use of neonicotinoid-treated corn and soybean seed, but it does not cover ornamental plants. The Township buys about 9,000 bedding plants a year and does not ask its suppliers how they were grown.</p>"
    b += "<p><b>Staffing.</b> Pollinator work is currently done by Parks staff alongside their other duties. We heard that without someone to lead it, projects start with enthusiasm and then stall.</p>"
    b += "<p><b>Residents.</b> Gardeners told us that native plants are harder to find and more expensive than common bedding plants. The Horticultural Society believes that a small incentive would encourage many households to try them.</p>"
    b += "<p><b>Recognition.</b> Eleven Ontario municipalities hold a Bee City designation. Designation is free, but the Township would have to report on its pollinator work every year.</p>"
    b += "<h2>Conclusions</h2>"
    b += "<p>The Working Group considers that the Township can make a real difference at modest cost. We considered, but do not recommend, a ban on cosmetic pesticide use on private property, which goes beyond what the Working Group was asked to do. The recommendations below are listed in no particular order.</p>"
    b += "<h2>Summary of recommendations</h2>"
    b += "<table width='100%' border='1' cellpadding='8' cellspacing='0' bgcolor='#fbf3dc'><tr><td>"
    b += "<p>The Pollinator Working Group recommends that the Township:</p><ul>"
    for r in RECS:
        b += f"<li><p>{r}</p></li>"
    b += "</ul></td></tr></table>"
    b += "<p>Respectfully submitted on behalf of the Pollinator Working Group,<br>Dr. Anne-Marie Lachance, Chair</p>"
    return doc(b)


def response():
    b = lh("Township of Elmwood", "Office of the Clerk<br>Council Decision List &middot; Regular Meeting of Council, March 23, 2026")
    b += "<h1>Council Decision List</h1>"
    b += "<p>The following is a summary of decisions made by Council at its Regular Meeting of March 23, 2026. The approved minutes remain the official record of the meeting.</p>"
    b += "<h2>Item 9.1: Tender T-2026-04, Concession Road 6 resurfacing</h2>"
    b += "<p><b>Resolution 2026-041.</b> THAT Council award Tender T-2026-04 for the resurfacing of Concession Road 6 to Hallam Paving Ltd. in the amount of $1,184,300 plus HST. CARRIED.</p>"
    b += "<h2>Item 9.2: Pollinator Working Group Report PWG-2026-01 and staff report PW-2026-09</h2>"
    b += "<p><b>Resolution 2026-042.</b> THAT Council receive the report of the Pollinator Working Group for information and thank its members for their work; and THAT, effective with the 2026 planting season, the Township purchase only plants that have not been treated with neonicotinoids, with supplier declarations required in all contracts. CARRIED.</p>"
    b += "<p><b>Resolution 2026-043.</b> THAT staff bring forward an amendment to the Lot Maintenance By-law at the May 25 meeting to permit naturalized front-yard gardens of native species; and THAT Council not proceed with a rebate for native plant purchases, given the pressures on the 2026 operating budget. CARRIED.</p>"
    b += "<p><b>Resolution 2026-044.</b> THAT reduced mowing be trialled in 2026 in four parks only, namely Mill Pond, Cedar Flats, Riverside and Jubilee, with a report back on residents' reactions before any wider change. CARRIED.</p>"
    b += "<p><b>Resolution 2026-045.</b> THAT no new staff position be created for pollinator work, and that this work continue to be carried out within the existing Parks complement. CARRIED, on a recorded vote of 4 to 3.</p>"
    b += "<p><b>Resolution 2026-046.</b> THAT the question of a Bee City designation be referred to the Environmental Advisory Committee for its comments. CARRIED.</p>"
    b += "<h2>Next meeting</h2>"
    b += "<p>The next Regular Meeting of Council will be held on April 13, 2026, at 6:30 p.m. in the Council Chambers. Certified by Lynn Carrothers, Municipal Clerk.</p>"
    return doc(b)


def main():
    tmp = "/tmp/blind109en_lo_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Township of Elmwood - Pollinator Working Group - Room to Bloom (PWG-2026-01)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Township of Elmwood - Council Decision List, March 23, 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Designate no-mow meadow areas in twelve municipal parks",
         "reply_contains": "reduced mowing be trialled in 2026 in four parks only", "verdict": "partly"},
        {"number": 2, "starts_with": "Amend the Lot Maintenance By-law so that naturalized gardens of",
         "reply_contains": "to permit naturalized front-yard gardens of native species", "verdict": "agrees"},
        {"number": 3, "starts_with": "End the purchase of plants treated with neonicotinoids for municipal",
         "reply_contains": "with supplier declarations required in all contracts", "verdict": "agrees"},
        {"number": 4, "starts_with": "Create a full-time Pollinator and Naturalization Coordinator position",
         "reply_contains": "no new staff position be created for pollinator work", "verdict": "disagrees"},
        {"number": 5, "starts_with": "Offer residents a rebate of up to $50 a year",
         "reply_contains": "Council not proceed with a rebate for native plant purchases", "verdict": "disagrees"},
        {"number": 6, "starts_with": "Apply to Bee City Canada for designation of Elmwood",
         "reply_contains": "referred to the Environmental Advisory Committee for its comments", "verdict": "noted"},
        {"number": 7, "starts_with": "Include a pollinator garden in the landscaping plan of every",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["The approved minutes remain the official record of the meeting",
                 "resurfacing of Concession Road 6 to Hallam Paving Ltd.",
                 "Certified by Lynn Carrothers, Municipal Clerk"]
    notes = ("Advice: Ontario township Pollinator Working Group report PWG-2026-01; recs are UNNUMBERED BULLETS in a shaded "
             "'Summary of recommendations' box after 'recommends that the Township:' (numbers 1-7 = bullet order); traps: "
             "resolution 2025-118, Strategic Plan quoted ('should be a leader'), 'Pollinators in Elmwood' facts table, Lot "
             "Maintenance By-law 2014-63 'must not exceed 20 cm', Pesticides Act, 'the parks should still look cared for', "
             "conclusions 'do not recommend, a ban on cosmetic pesticide use'. Response: Clerk's COUNCIL DECISION LIST of "
             "numbered resolutions 2026-041 to 2026-046 ('THAT Council ...'), by subject, NO recommendation numbers, order "
             "3, 2+5, 1, 4, 6: neonicotinoid-free purchasing with receive-for-information clause (3 agrees); ONE resolution "
             "2026-043 = by-law amendment for naturalized front yards (2 agrees) + no rebate (5 disagrees); mowing trial in "
             "four parks (1 partly); no new position (4 disagrees); Bee City referred to the Environmental Advisory "
             "Committee (6 noted); 7 (pollinator garden at new buildings) unanswered; intro, Item 9.1 road tender, next "
             "meeting/certification (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

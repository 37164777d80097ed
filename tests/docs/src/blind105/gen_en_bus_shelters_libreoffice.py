"""Round 105 (EN): an Irish county council's TRANSPORT STRATEGIC POLICY COMMITTEE (SPC) report on RURAL BUS STOPS
AND SHELTERS, seven recommendations as CODED rows BS1-BS7 of a ruled table 'Ref. | Recommendation | Proposed lead',
answered by the Chief Executive's report with an ACTION PLAN table 'Action | SPC ref. | Council position and action
| Timeline' citing the codes. LibreOffice Writer headless from HTML, A4, DejaVu Serif (stamps in cleaned DejaVu
Sans); letterhead table with a navy cell, bordered 'Network in numbers' box; header and 'Page N of M' stamped
from page 2. All bodies, people, places and figures invented; the Disability Act 2005 and the planning regulations
are named as context only.
Run:  /tmp/blind105en/bin/python tests/docs/src/blind105/gen_en_bus_shelters_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b105en as H

NAME = "blind105_en_bus_shelters"
CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 2.2cm 2.1cm 2.2cm; }
body { font-family: 'DejaVu Serif'; font-size: 9.8pt; }
h1 { font-size: 15pt; color: #1b2f5b; } h2 { font-size: 12pt; color: #1b2f5b; margin-top: 10pt; }
p { margin: 0 0 6pt 0; } td { vertical-align: top; font-size: 10pt; }
"""

ADVICE = """
<table width="100%" cellpadding="6"><tr><td width="62%"><b>COMHAIRLE CHONTAE DHÚN MÓR<br/>DUNMORE COUNTY COUNCIL</b><br/>
Transport, Roads and Infrastructure Strategic Policy Committee</td>
<td bgcolor="#1b2f5b"><font color="#ffffff"><b>SPC Report TRI-SPC 02/2026</b><br/>Rural Bus Stops and Shelters<br/>
Adopted 4 February 2026</font></td></tr></table>
<h1>Waiting in the Rain: Rural Bus Stops and Shelters in County Dunmore</h1>
<h2>1. Introduction</h2>
<p>1.1 At its meeting of 8 October 2025 the Transport, Roads and Infrastructure Strategic Policy Committee agreed to
examine the condition of bus stops outside the county's main towns, following the expansion of Local Link routes
and the new Dunmore - Ballykeel - Carrigmore service introduced by the National Transport Authority in 2024.</p>
<p>1.2 A working group of the SPC, chaired by Cllr Siobhán Kielty, surveyed 212 rural stops between November and
December 2025 and met representatives of Dunmore Older People's Council, the Irish Wheelchair Association's
local branch, two Local Link operators and the Carrigmore Community Council.</p>
<table width="100%" cellpadding="6" border="1" cellspacing="0"><tr><td bgcolor="#e8ecf4"><b>Network in numbers</b><br/>
Rural stops surveyed: 212 | Stops with a shelter: 31 | Stops with seating: 44 | Stops with a hard-standing
area: 97 | Stops with timetable information: 128 | Estimated cost of a standard rural shelter: EUR 14,500
installed</td></tr></table>
<h2>2. Findings</h2>
<p>2.1 Most rural stops are a pole on a grass verge. At 115 stops passengers wait on the roadside with no
hard-standing, and at 19 of them the verge is on a road with an 80 km/h limit. The working group considers that
passengers should never have to stand in a live traffic lane to signal the bus.</p>
<p>2.2 The 31 existing shelters are in mixed condition. Eleven have broken panels, and none has been cleaned
since the last maintenance contract lapsed in 2022. Under the Disability Act 2005 public bodies must ensure that
their services are accessible, yet only six rural stops have a raised kerb.</p>
<p>2.3 The County Development Plan 2022-2028 (Objective TM 14) already states that "the Council should support
the provision of shelters at rural bus stops in conjunction with the NTA". Progress has been slow, largely
because shelters on public roads require consent and are funded stop by stop.</p>
<p>2.4 Older people told us that they stopped using the bus in winter because of the wait in the open. Several
also asked for buses after 7 p.m., which is a matter for the NTA rather than the Council.</p>
<h2>3. Recommendations</h2>
<p>The SPC recommends the following actions to the Chief Executive and the Elected Members. The 'proposed lead'
column is a suggestion only.</p>
<table width="100%" cellpadding="5" border="1" cellspacing="0">
<tr bgcolor="#e8ecf4"><td width="9%"><b>Ref.</b></td><td width="68%"><b>Recommendation</b></td><td><b>Proposed lead</b></td></tr>
<tr><td>BS1</td><td>Install a shelter with seating at each of the 20 busiest rural stops by the end of 2027,
using NTA accessibility funding.</td><td>Roads and Transportation</td></tr>
<tr><td>BS2</td><td>Provide real-time passenger information displays at every stop in the county's eight main
towns.</td><td>Roads and Transportation</td></tr>
<tr><td>BS3</td><td>Build a hard-standing area and raised kerb at every stop where a new shelter is
installed.</td><td>Municipal Districts</td></tr>
<tr><td>BS4</td><td>Offer an advertising concession on shelters to a private company in return for cleaning and
maintenance.</td><td>Corporate Services</td></tr>
<tr><td>BS5</td><td>Publish an online register of all rural bus stops showing their location and accessibility
features.</td><td>Digital Services</td></tr>
<tr><td>BS6</td><td>Ask the National Transport Authority to extend Local Link evening services on the Ballykeel
and Carrigmore routes.</td><td>Chief Executive</td></tr>
<tr><td>BS7</td><td>Set up a rural transport forum of community groups and operators that meets twice a
year.</td><td>Community Section</td></tr>
</table>
<h2>4. Next steps</h2>
<p>4.1 The SPC asks the Chief Executive to report back on these recommendations at its April 2026 meeting,
setting out what can be done, by whom and by when. Shelters on public roads are exempted development under the
Planning and Development Regulations in some circumstances only, and section 5 declarations may be needed.</p>
<p>Cllr Declan Furlong, Chair, Transport, Roads and Infrastructure SPC</p>
"""

RESPONSE = """
<table width="100%" cellpadding="6"><tr><td width="62%"><b>DUNMORE COUNTY COUNCIL</b><br/>Office of the Chief
Executive</td><td bgcolor="#1b2f5b"><font color="#ffffff"><b>Chief Executive's Report</b><br/>to the Transport,
Roads and Infrastructure SPC<br/>Meeting of 15 April 2026</font></td></tr></table>
<h1>Rural Bus Stops and Shelters: Response and Action Plan</h1>
<p>The Chief Executive welcomes SPC Report TRI-SPC 02/2026 and acknowledges the work of Cllr Kielty's working
group, whose survey is the first complete picture of rural stops in the county. The Council's position on each
recommendation is set out in the action plan below, together with the lead section and a timeline.</p>
<h2>Action plan</h2>
<table width="100%" cellpadding="5" border="1" cellspacing="0">
<tr bgcolor="#e8ecf4"><td width="9%"><b>Action</b></td><td width="10%"><b>SPC ref.</b></td><td width="61%"><b>Council
position and action</b></td><td><b>Timeline</b></td></tr>
<tr><td>A1</td><td>BS5</td><td>Agreed. A bus stop register with a map layer has been built from the working
group's survey data and will go live on the Council's open data portal in May.</td><td>May 2026</td></tr>
<tr><td>A2</td><td>BS1</td><td>The Council has secured NTA funding for ten new shelters with seating in 2026, at
the stops with the highest boardings. A further phase will depend on the NTA's 2027 allocation, so the Council
cannot commit to all 20 stops by the end of 2027.</td><td>Q4 2026</td></tr>
<tr><td>A3</td><td>BS3, BS4</td><td>Every new shelter site will include a hard-standing area and a raised kerb as
part of the standard design issued to the Municipal Districts in March. The Council will not be pursuing
advertising on rural shelters; it would raise little revenue outside the towns and could not be reconciled with
the Council's outdoor advertising policy.</td><td>From March 2026</td></tr>
<tr><td>A4</td><td>BS6</td><td>The Chief Executive has forwarded the request for evening services to the NTA's
Local Link team, which is reviewing the county's timetables. Decisions on services rest with the
NTA.</td><td>NTA review, 2026</td></tr>
<tr><td>A5</td><td>BS2</td><td>Not proposed. Real-time information is already available on the TFI Live app and
at the three main town bus stations, and the cost of on-street displays at every town stop, about EUR 9,000
each, is not justified at this time.</td><td>-</td></tr>
</table>
<h2>Other matters: Winter Maintenance Plan</h2>
<p>Members will note that the Winter Maintenance Plan 2026/27 will come before the Roads SPC in September, and
that the gritting routes now include the approach roads to the Carrigmore and Ballykeel Local Link stops.</p>
<h2>Recommendation to the SPC</h2>
<p>That the SPC notes this report and receives a progress update at its meeting in October 2026.</p>
<p>Aoife Brennan<br/>Chief Executive</p>
"""


def main():
    tmp = tempfile.mkdtemp(prefix="b105en_lo_")
    for kind, body in (("advice", ADVICE), ("response", RESPONSE)):
        html = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
        H.soffice_pdf(html, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Dunmore County Council - TRI-SPC 02/2026 - Rural Bus Stops and Shelters",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Dunmore County Council - Chief Executive's Report - 15 April 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
    recs = [
        dict(number=1, starts_with="Install a shelter with seating at each of the 20 busiest",
             reply_contains="has secured NTA funding for ten new shelters", verdict="partly"),
        dict(number=2, starts_with="Provide real-time passenger information displays at every stop in",
             reply_contains="is not justified at this time", verdict="disagrees"),
        dict(number=3, starts_with="Build a hard-standing area and raised kerb at every stop",
             reply_contains="part of the standard design issued to the Municipal Districts", verdict="agrees"),
        dict(number=4, starts_with="Offer an advertising concession on shelters to a private company",
             reply_contains="will not be pursuing advertising on rural shelters", verdict="disagrees"),
        dict(number=5, starts_with="Publish an online register of all rural bus stops showing",
             reply_contains="will go live on the Council's open data portal", verdict="agrees"),
        dict(number=6, starts_with="Ask the National Transport Authority to extend Local Link evening services",
             reply_contains="has forwarded the request for evening services", verdict="noted"),
        dict(number=7, starts_with="Set up a rural transport forum of community groups and",
             reply_contains=None, verdict="unanswered"),
    ]
    H.write_expected(NAME, recs, [
        "acknowledges the work of Cllr Kielty's working group",
        "the gritting routes now include the approach roads",
        "receives a progress update at its meeting in October"],
        "Advice: Irish county council Transport Strategic Policy Committee report TRI-SPC 02/2026 on rural bus stops "
        "and shelters; recs are CODED rows BS1-BS7 of a ruled table 'Ref. | Recommendation | Proposed lead' "
        "(numbers 1-7 = BS1-BS7); traps: numbered paragraphs 1.1-4.1, 'Network in numbers' box, 80 km/h, "
        "'passengers should never have to stand', Disability Act 2005 'must ensure', County Development Plan "
        "Objective TM 14 quoted ('the Council should support the provision of shelters'), evening buses 'a matter "
        "for the NTA' in the findings, section 5 declarations. Response: Chief Executive's report with an ACTION "
        "PLAN table 'Action | SPC ref. | Council position and action | Timeline' citing the codes, order BS5, BS1, "
        "BS3+BS4, BS6, BS2: register going live (5 agrees); ten shelters funded, not all 20 (1 partly); ONE row "
        "'BS3, BS4' = hard-standing and kerb in the standard design (3 agrees) + no advertising concession (4 "
        "disagrees); evening services forwarded to the NTA (6 noted); no real-time displays (2 disagrees); BS7 "
        "(rural transport forum) unanswered; opening welcome, 'Other matters: Winter Maintenance Plan', "
        "recommendation to note (nothing).")
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

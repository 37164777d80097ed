"""Round 102 (EN): a US county's EXTREME HEAT TASK FORCE REPORT to the Board of Supervisors, seven recommendations as
UNNUMBERED BULLETS under 'Recommendations' after findings with bold run-in leads, answered by the County
Administrator's MEMORANDUM to the Board under subject headings (NO numbers). LibreOffice Writer headless from HTML,
US Letter, DejaVu; letterhead table with a dark cell, a shaded 'Summer 2025 at a glance' box; header and 'Page N of
M' stamped from page 2. All bodies, people, places and figures invented; state utility rules are named as context
only (what is said of them is not to be relied on).
Run:  /tmp/blind102en/bin/python tests/docs/src/blind102/gen_en_heat_taskforce_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b102en as H

NAME = "blind102_en_heat_taskforce"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 8.5in 11in; margin: 0.85in 0.9in 0.9in 0.9in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #9a2a14; }
h2 { font-size: 11pt; color: #9a2a14; margin-top: 10pt; }
p { margin: 0 0 5pt 0; }
li { margin: 0 0 4pt 0; }
td { vertical-align: top; }
"""

ADVICE = """
<table width="100%" cellpadding="6"><tr><td width="64%"><b>PALO SECO COUNTY</b><br/>Extreme Heat Task Force<br/>
<font size="2">c/o Department of Public Health, 220 W. Ocotillo Street, Palo Seco</font></td>
<td bgcolor="#9a2a14"><font color="#ffffff"><b>Report and Recommendations to the Board of Supervisors</b><br/>February 2026</font></td></tr></table>
<h1>Extreme Heat Task Force: Report on the 2025 Heat Season</h1>
<p>Adopted by the Task Force on February 11, 2026. Co-chairs: Dr. Renata Alvarado (Public Health) and Marcus Beal
(Palo Seco Community Action Network).</p>
<h2>1. Background</h2>
<p>The Board of Supervisors created the Task Force by resolution 2024-088 and asked it to report after each heat
season with recommendations for the next. The Task Force has 17 members from county departments, cities, health
care, faith groups and neighborhood associations.</p>
<p>Under state utility rules, a regulated utility must not disconnect residential service for nonpayment on a day
when the forecast high is 95 degrees or more. The County has no role in enforcing those rules, and the Task Force
makes no recommendation on them.</p>
<table width="100%" cellpadding="6" border="1" bordercolor="#c98a76"><tr><td bgcolor="#fbeee9">
<b>Summer 2025 at a glance</b><br/>Excessive Heat Warning days: 38 (2024: 29)<br/>Heat-associated deaths
confirmed by the Medical Examiner: 61, of which 27 among people experiencing homelessness<br/>Cooling center visits:
14,300 at 9 sites<br/>Emergency department visits for heat illness: 1,912</td></tr></table>
<p></p>
<h2>2. Findings</h2>
<p><b>Hours of cooling centers.</b> All nine cooling centers close at 5 p.m., although indoor temperatures in
unshaded housing peak between 6 and 9 p.m. Outreach teams reported people leaving the centers and sleeping outside
in temperatures above 100 degrees.</p>
<p><b>Bus stops.</b> Of the 1,240 bus stops in the unincorporated county, 610 have no shade of any kind. Riders
should not have to wait in full sun for up to 40 minutes on the longer rural routes.</p>
<p><b>Mobile homes.</b> Eleven of the 61 deaths occurred in mobile homes, most of them with a broken or no cooling
unit. Tenants in several parks told us they had waited weeks for repairs.</p>
<p><b>Older residents.</b> Residents over 65 accounted for 24 deaths. Many live alone and cannot afford to buy or run
an air conditioner.</p>
<p><b>Data.</b> Confirmed deaths are currently published once a year, in the spring after the season. Partners
said weekly figures would help them target outreach while the season is under way.</p>
<p><b>Earlier advice.</b> The Health Department's 2022 after-action report said that "the County should designate a
heat response coordinator". The County did so in 2023, and the coordinator now staffs the Task Force.</p>
<h2>3. Recommendations</h2>
<p>The Task Force recommends that the Board of Supervisors direct staff to:</p>
<ul>
<li>Keep at least three cooling centers open until 10 p.m. on every day with an Excessive Heat Warning.</li>
<li>Install shade structures at the 50 busiest unshaded bus stops in the unincorporated county by June 2027.</li>
<li>Adopt an ordinance requiring owners of mobile home parks to keep cooling in rental units in working order from
May through September.</li>
<li>Distribute free portable air conditioners to low-income residents over 65 through the Area Agency on Aging.</li>
<li>Publish a heat mortality dashboard with weekly updates from May 1 through October 31.</li>
<li>Require a heat illness prevention plan from every county contractor whose crews work outdoors.</li>
<li>Create a neighborhood heat ambassador program that pays stipends to residents who check on vulnerable
neighbors.</li>
</ul>
<h2>4. Closing</h2>
<p>The Task Force asks to present this report at the Board's meeting in March and will report again in
November 2026, after the next heat season.</p>
"""

RESPONSE = """
<table width="100%" cellpadding="6"><tr><td width="64%"><b>PALO SECO COUNTY</b><br/>Office of the County Administrator<br/>
<font size="2">220 W. Ocotillo Street, Palo Seco</font></td>
<td bgcolor="#3b3b3b"><font color="#ffffff"><b>MEMORANDUM</b></font></td></tr></table>
<p><b>To:</b> Board of Supervisors<br/><b>From:</b> Gloria Etcheverry, County Administrator<br/><b>Date:</b> March 27, 2026<br/>
<b>Subject:</b> Response to the Extreme Heat Task Force report on the 2025 heat season</p>
<hr/>
<p>This memorandum responds to the report the Task Force presented at your March 10 meeting. It has been prepared
with the Departments of Public Health, Community Services, Transportation and Procurement, and is provided
ahead of the budget hearings.</p>
<h2>Heat data</h2>
<p>Public Health launched a weekly heat mortality page on March 16, and it will be updated every Tuesday during the
season. The Medical Examiner has agreed to share provisional counts.</p>
<h2>Contractor safety</h2>
<p>Procurement will study whether contract terms for outdoor work can include heat illness provisions, taking
account of the state's own heat rule when it is adopted. I will report back to the Board in the fall.</p>
<h2>Housing and home cooling</h2>
<p>Staff do not recommend a county ordinance on mobile home parks at this time, given the existing state
landlord-tenant law and the limits on county enforcement; the Environmental Health inspectors will continue to
respond to complaints. By contrast, the proposal on air conditioners can be carried out at once: the recommended
budget includes $400,000 for 800 units, to be distributed by the Area Agency on Aging from May 1.</p>
<h2>Cooling center hours</h2>
<p>Community Services can extend hours at two centers, in Las Palmas and at the Eastside Library, until 8 p.m. on
warning days. Later hours and a third site are not affordable within this year's allocation.</p>
<h2>Bus stop shade</h2>
<p>Shade at bus stops is the responsibility of the Regional Transit District, which owns the stops and shelters.
The County will not be funding shade structures from the general fund, although Transportation will share the
Task Force's list with the District.</p>
<h2>Monsoon flood preparedness</h2>
<p>Separately, the Office of Emergency Management will brief the Board on April 21 on sandbag distribution and the
new flood warning sirens in Arroyo Seco.</p>
<h2>Next steps</h2>
<p>Staff will be available to answer questions at the April 7 meeting. I thank the co-chairs and members of the Task
Force for a thorough and practical report.</p>
"""


def render(body, suffix, header):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


if __name__ == "__main__":
    render(ADVICE, "advice", "Palo Seco County Extreme Heat Task Force - Report on the 2025 Heat Season")
    render(RESPONSE, "response", "Memorandum - Response to the Extreme Heat Task Force report")
    Rr = [
        {"number": 1, "starts_with": "Keep at least three cooling centers open until 10 p.m.",
         "reply_contains": "can extend hours at two centers, in Las Palmas", "verdict": "partly"},
        {"number": 2, "starts_with": "Install shade structures at the 50 busiest unshaded bus stops",
         "reply_contains": "will not be funding shade structures from the general fund", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Adopt an ordinance requiring owners of mobile home parks to keep cooling",
         "reply_contains": "Staff do not recommend a county ordinance on mobile home parks", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Distribute free portable air conditioners to low-income residents over 65",
         "reply_contains": "the recommended budget includes $400,000 for 800 units", "verdict": "agrees"},
        {"number": 5, "starts_with": "Publish a heat mortality dashboard with weekly updates",
         "reply_contains": "Public Health launched a weekly heat mortality page on March 16", "verdict": "agrees"},
        {"number": 6, "starts_with": "Require a heat illness prevention plan from every county contractor",
         "reply_contains": "Procurement will study whether contract terms for outdoor work", "verdict": "noted"},
        {"number": 7, "starts_with": "Create a neighborhood heat ambassador program that pays stipends",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    U = ["is provided ahead of the budget hearings",
         "brief the Board on April 21 on sandbag distribution",
         "Staff will be available to answer questions at the April 7 meeting"]
    H.write_expected(NAME, Rr, U,
                     "Advice: US county Extreme Heat Task Force report to the Board of Supervisors; recs = 7 "
                     "UNNUMBERED BULLETS under '3. Recommendations' ('direct staff to:') after findings with bold "
                     "run-in leads. Traps: state utility rules 'must not disconnect', 'Riders should not have to wait', "
                     "2022 after-action report quoted ('the County should designate a heat response coordinator'), "
                     "'Summer 2025 at a glance' figures box, resolution 2024-088. Response: County Administrator's "
                     "memorandum under subject headings, NO numbers, order 5, 6, 3+4, 1, 2. ONE section 'Housing and "
                     "home cooling' = no ordinance at this time (3 disagrees) + $400,000 for air conditioners (4 "
                     "agrees). Weekly page launched (5 agrees); Procurement will study, report in the fall (6 noted); "
                     "two centers until 8 p.m. (1 partly); no general fund for bus stop shade (2 disagrees); 7 (heat "
                     "ambassadors) unanswered. Nothing: opening paragraph, 'Monsoon flood preparedness', 'Next steps'.")
    sys.exit(H.main([NAME]))

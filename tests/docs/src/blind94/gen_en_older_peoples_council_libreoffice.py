"""Round 94 (EN): an Irish county's AGE FRIENDLY OLDER PEOPLE'S COUNCIL SUBMISSION to the county council
(recommendations as UNNUMBERED BULLETS of an 'asks' list inside the text, among findings and a survey table) answered
by the Chief Executive's REPORT TO THE STRATEGIC POLICY COMMITTEE in numbered paragraphs, by subject, without numbers.
LibreOffice Writer headless from HTML, A4, DejaVu; header and 'Page N of M' stamped. All invented.
Run:  /tmp/blind94en/bin/python tests/docs/src/blind94/gen_en_older_peoples_council_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b94en as H

NAME = "blind94_en_older_peoples_council"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 21cm 29.7cm; margin-top: 2.2cm; margin-bottom: 2cm; margin-left: 2.2cm; margin-right: 2.2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #5b2a86; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #5b2a86; margin-top: 10pt; }
p, li { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
td, th { font-family: 'DejaVu Sans'; font-size: 8.8pt; vertical-align: top; }
.s { font-size: 8pt; color: #555555; }
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
    H.stamp(pdf, header=header, footer="Page {n} of {N}", fontfile=R)


ADVICE = """
<p class='s'>KILMORNA AGE FRIENDLY PROGRAMME</p>
<h1>Growing Older in Kilmorna: Submission of the Kilmorna Older People's Council to Kilmorna County Council</h1>
<p class='s'>Agreed at the plenary meeting of the Older People's Council, Tullaghmore Community Centre, 11 March 2026.
Chairperson: Bríd Ó Ceallaigh. Secretary: Desmond Furlong.</p>
<h2>Who we are</h2>
<p>The Older People's Council is the representative voice of people aged 55 and over in County Kilmorna. We have 23
members, elected at open meetings in each municipal district, and we take part in the county's Age Friendly Alliance
alongside the Council, the HSE, An Garda Síochána and the Education and Training Board. The Alliance's terms of
reference say that the Council should consult us before adopting any plan that affects older people.</p>
<h2>How we gathered views</h2>
<p>Between October 2025 and February 2026 we held seven listening meetings and collected 842 survey forms, of which
611 were returned on paper. The table shows the issues raised most often.</p>
<table border='1' cellpadding='4' cellspacing='0' width='100%'>
<tr><th>Issue</th><th>Share of respondents</th><th>Raised most in</th></tr>
<tr><td>Nowhere to sit and rest in town</td><td>58%</td><td>Tullaghmore, Carrigbeg</td></tr>
<tr><td>Too little time to cross at traffic lights</td><td>41%</td><td>Kilmorna town</td></tr>
<tr><td>Getting to day centres and appointments</td><td>39%</td><td>West Kilmorna</td></tr>
<tr><td>Dealing with the Council online only</td><td>36%</td><td>All districts</td></tr>
<tr><td>Homes too big or unsuitable</td><td>22%</td><td>Kilmorna town, Ballinvore</td></tr>
</table>
<h2>What we found</h2>
<p>Older people want to keep doing their own shopping and business in their own towns. Many told us they plan their
walk around the few benches that exist. At the crossings outside Kilmorna Primary Care Centre the green man shows for
seven seconds, although the national traffic signs manual advises that crossings used by older people should allow a
walking speed of 1.0 metre per second or less. Since the Thursday bus to Ballinvore Day Centre stopped in 2024,
attendance there has fallen from 31 to 18. We also heard that applicants for the Housing Adaptation Grant for People
with a Disability must pay at least 5 per cent of the cost, and that the Council's area offices now see people by
appointment only.</p>
<p>At our 2023 plenary we asked that "the Council should publish its Age Friendly actions in print as well as
online". That has been done and we thank the Council for it.</p>
<h2>What we are asking for</h2>
<p>The Older People's Council asks Kilmorna County Council to:</p>
<ul>
<li>install more public seating on the main streets of the five largest towns, with a bench at least every 200 metres;</li>
<li>extend the pedestrian crossing time at signal-controlled crossings near health centres and day centres;</li>
<li>restore the Thursday rural transport service to Ballinvore Day Centre, working with the transport operator;</li>
<li>set aside ground-floor homes in new council housing schemes for older tenants who wish to move to a smaller home;</li>
<li>waive the applicant's contribution to housing adaptation grants for people aged 80 and over;</li>
<li>keep a walk-in public counter open every weekday in each municipal district office;</li>
<li>appoint a Director of Services as the Council's champion for older people.</li>
</ul>
<h2>Next steps</h2>
<p>We would welcome a written reply before our autumn plenary, and we are willing to meet the Strategic Policy
Committee to discuss this submission. Under the Local Government Act 2001 the Council must have regard to the views of
the public participation structures, and we hope this submission will be read in that spirit.</p>
"""

RESPONSE = """
<table width='100%' cellpadding='0' cellspacing='0'><tr>
<td><b>Comhairle Contae Chill Mhórna<br>Kilmorna County Council</b></td>
<td align='right' class='s'>Housing, Community and Culture SPC<br>Meeting of 24 September 2026<br>Agenda item 6</td></tr></table>
<h1>Report of the Chief Executive on the Submission of the Older People's Council</h1>
<p>1. Introduction. The Older People's Council made its submission 'Growing Older in Kilmorna' to the Council in
March 2026. The Executive thanks its members for the care taken in gathering the views of older people across the
county and sets out its response below, by subject.</p>
<p>2. Public offices. Having reviewed footfall in the municipal district offices, the Executive does not intend to
return to walk-in opening every weekday. Appointments can be made by phone on the day, and a walk-in morning will
continue on Tuesdays in each office.</p>
<p>3. Housing for older people. Ground-floor units in the Rathcoole Road and Mill Lane schemes have already been
designated for tenants aged over 60 who give up a larger council home, and this will be the allocation rule for all
new schemes from 2027. The applicant's contribution to housing adaptation grants is set by the Department's national
scheme regulations, and the Council has no power to waive it; the Executive cannot therefore support that proposal.</p>
<p>4. Seating in town centres. A programme of 60 new benches has been included in the Town Centre First works for
2026-2027, and the locations will be agreed with the Older People's Council at district level.</p>
<p>5. Transport to Ballinvore. The Thursday service is operated by the Local Link office under contract to the
National Transport Authority. The Executive has forwarded the request to Local Link Kilmorna and will report its
reply to the Committee.</p>
<p>6. Pedestrian crossings. The Roads section will review timings at the four crossings nearest the Primary Care
Centre and the day centres, where older pedestrians are most numerous, but a change at all signalised crossings is
not proposed because of the effect on bus journey times.</p>
<p>7. Age Friendly Strategy 2027-2031. Separately, public consultation on the next county Age Friendly Strategy
will open in January 2027, with drop-in events in every library.</p>
<p>8. Recommendation. That the Committee notes this report and that it be forwarded to the Older People's Council
before its autumn plenary.</p>
<p class='s'>Aoife Keaveney, Director of Services, Housing, Community and Culture, for the Chief Executive. 10 September 2026.</p>
"""


def main():
    render(ADVICE, "advice", "Kilmorna Older People's Council - Submission to Kilmorna County Council, March 2026")
    render(RESPONSE, "response", "Housing, Community and Culture SPC - 24 September 2026 - Item 6")
    recs = [
        {"number": 1, "starts_with": "install more public seating on the main streets of the five",
         "reply_contains": "a programme of 60 new benches has been included", "verdict": "agrees"},
        {"number": 2, "starts_with": "extend the pedestrian crossing time at signal-controlled crossings near health",
         "reply_contains": "the roads section will review timings at the four crossings", "verdict": "partly"},
        {"number": 3, "starts_with": "restore the Thursday rural transport service to Ballinvore Day Centre",
         "reply_contains": "has forwarded the request to local link kilmorna", "verdict": "noted"},
        {"number": 4, "starts_with": "set aside ground-floor homes in new council housing schemes for",
         "reply_contains": "have already been designated for tenants aged over 60", "verdict": "agrees"},
        {"number": 5, "starts_with": "waive the applicant's contribution to housing adaptation grants for people",
         "reply_contains": "the council has no power to waive it", "verdict": "disagrees"},
        {"number": 6, "starts_with": "keep a walk-in public counter open every weekday in each",
         "reply_contains": "does not intend to return to walk-in opening every weekday", "verdict": "disagrees"},
        {"number": 7, "starts_with": "appoint a Director of Services as the Council's champion for",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["thanks its members for the care taken in gathering the views",
                 "consultation on the next county age friendly strategy will open",
                 "that the committee notes this report and that it be forwarded"]
    notes = ("Advice: Irish Age Friendly Older People's Council submission; recommendations as UNNUMBERED BULLETS under "
             "'The Older People's Council asks Kilmorna County Council to:' (numbered 1-7 by position). Traps: terms of "
             "reference 'the Council should consult us', survey table, traffic signs manual 'should allow', the 2023 ask "
             "quoted ('the Council should publish'), grant 'must pay at least 5 per cent', Local Government Act 2001 'must "
             "have regard'. Response: Chief Executive's report to the SPC in numbered paragraphs 1.-8. by subject, NO "
             "recommendation numbers, order 6, 4+5, 1, 3, 2: walk-in every weekday not returned (6 disagrees); ONE "
             "paragraph 'Housing for older people' = ground-floor units designated (4 agrees) + contribution cannot be "
             "waived (5 disagrees); 60 benches (1 agrees); forwarded to Local Link (3 noted); four crossings only "
             "(2 partly); 7 (Director of Services champion) unanswered. Unmatched: Introduction, Age Friendly Strategy "
             "consultation, Recommendation to note.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

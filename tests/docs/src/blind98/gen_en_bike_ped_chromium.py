"""Round 98 (EN): a US (Oregon) city BICYCLE AND PEDESTRIAN ADVISORY COMMITTEE'S LETTER to the City Council on the
proposed Capital Improvement Program (a members sidebar; 'Observations' A-D and the seven recommendations as a
NUMBERED LIST 1-7 in the letter body) answered by the Public Works Director's ANNOTATED COPY of the recommendations
(each quoted in italics, then 'Staff response:', citing the numbers; one block for two). Chromium headless
--print-to-pdf, US Letter, cleaned DejaVu via @font-face, ligatures off, fresh --user-data-dir; header stamped from
page 2 and 'Page N of M'. All bodies, people, places and figures invented; ORS 811.111 is named as context only.
Run:  /tmp/blind98en/bin/python tests/docs/src/blind98/gen_en_bike_ped_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b98en as H

NAME = "blind98_en_bike_ped"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@font-face {{ font-family: DV; font-style: italic; src: url(file://{I}); }}
@page {{ size: Letter; margin: 0.75in 0.8in 0.8in 0.8in; }}
body {{ font-family: DV; font-size: 9.3pt; line-height: 1.45; font-variant-ligatures: none; color: #1b1b1b; }}
h1 {{ font-size: 14pt; color: #0b4f6c; margin: 0 0 3pt 0; }}
h2 {{ font-size: 10.3pt; color: #0b4f6c; margin: 10pt 0 3pt 0; break-after: avoid; }}
.small {{ font-size: 7.8pt; color: #555; }}
.lh {{ border-bottom: 2pt solid #0b4f6c; padding-bottom: 5pt; margin-bottom: 8pt; }}
.grid {{ display: grid; grid-template-columns: 1.55in 1fr; column-gap: 14pt; }}
.side {{ background: #e7f0f4; padding: 7pt; font-size: 7.8pt; line-height: 1.35; align-self: start; }}
.side b {{ color: #0b4f6c; }}
p {{ margin: 0 0 6pt 0; }}
ol li {{ margin-bottom: 4pt; }}
ol.obs {{ list-style-type: upper-alpha; }}
.q {{ font-style: italic; border-left: 2.5pt solid #0b4f6c; padding: 2pt 0 2pt 8pt; margin: 4pt 0 4pt 0; }}
.rh {{ font-weight: bold; color: #0b4f6c; margin-top: 9pt; break-after: avoid; }}
.memo td {{ padding: 1pt 8pt 1pt 0; font-size: 9pt; vertical-align: top; }}
.memo {{ border-bottom: 1.5pt solid #0b4f6c; margin-bottom: 8pt; width: 100%; }}
"""

ADVICE = """
<div class="lh"><div class="small">CITY OF CASCADIA FALLS, OREGON</div>
<h1>Bicycle and Pedestrian Advisory Committee</h1>
<div class="small">c/o Public Works Department, 410 Main Street, Cascadia Falls, OR 97399</div></div>
<div class="grid"><div class="side"><b>Committee members</b><br>Ana Lucero, Chair<br>Marcus Whitfield, Vice Chair
<br>Dr. Helen Cho<br>Jesse Two Feathers<br>Priya Raman<br>Tom Bergstrom<br>Kayla Ortiz (youth member)<br><br>
<b>Staff liaison</b><br>Devon Marsh, Active Transportation Planner<br><br><b>Meetings</b><br>Second Tuesday, 6:00 p.m.,
Council Chambers<br><br><b>Action</b><br>Letter approved 6-0 (one absent) on February 10, 2026</div>
<div>
<p>February 12, 2026</p>
<p>Mayor Dana Whitcomb and Members of the City Council<br>City of Cascadia Falls</p>
<p><b>Re: Proposed Capital Improvement Program, FY 2027-2031</b></p>
<p>Dear Mayor Whitcomb and Councilors:</p>
<p>The Bicycle and Pedestrian Advisory Committee (BPAC) has reviewed the proposed five-year Capital Improvement
Program (CIP) released on January 15, 2026. Under Section 2.44.030 of the Municipal Code the Committee advises the
Council on projects affecting people who walk, bike and roll, and we appreciate the opportunity to comment before the
Budget Committee meets on April 8.</p>
<h2>Observations</h2>
<ol class="obs">
<li>Only 6.2 percent of the proposed CIP ($3.1 million of $50.2 million) is for active transportation, down from 8.9
percent in the current program.</li>
<li>Six of the city's nine traffic deaths since 2021 were people walking. Four occurred on Hawthorne Avenue or Ninth
Street. Crossings near schools should be the first priority for any safety funding.</li>
<li>The 2019 Transportation System Plan states that the city "should complete the neighborhood greenway network by
2030." Roughly half of the network is built.</li>
<li>State law (ORS 811.111) sets the statutory speed on residential streets, and any designated speed must be adopted
by ordinance. We understand that is a matter for Council.</li>
</ol>
<h2>Recommendations</h2>
<p>For these reasons the Committee recommends that the Council:</p>
<ol>
<li>Move the Hawthorne Avenue protected bike lane project (CIP T-114) from FY 2029 to FY 2027.</li>
<li>Install a rectangular rapid flashing beacon crossing at Ninth Street and Alder Street, next to Jefferson
Elementary School.</li>
<li>Set aside $250,000 each year for sidewalk infill in the Eastside and Riverbend neighborhoods.</li>
<li>Adopt a 20 mph designated speed on every neighborhood greenway.</li>
<li>Require secure bicycle parking at all new and renovated city facilities, including the planned Library
annex.</li>
<li>Direct staff to report to BPAC twice a year on spending against active transportation projects in the CIP.</li>
<li>Fund a half-time Safe Routes to School coordinator from the transportation utility fee.</li>
</ol>
<p>We believe these changes are affordable within the program as proposed and would bring the city closer to the
goals it has already adopted. Members of the Committee will attend the Council work session on March 3 and would be
glad to answer questions.</p>
<p>Respectfully submitted,</p>
<p>Ana Lucero<br>Chair, Bicycle and Pedestrian Advisory Committee</p>
</div></div>
"""

RESPONSE = """
<div class="lh"><div class="small">CITY OF CASCADIA FALLS, OREGON | PUBLIC WORKS DEPARTMENT</div>
<h1>Staff Responses to BPAC Recommendations on the FY 2027-2031 CIP</h1></div>
<table class="memo"><tr><td><b>To:</b></td><td>Mayor and City Council; Bicycle and Pedestrian Advisory Committee</td></tr>
<tr><td><b>From:</b></td><td>Rosa Delgado-Finch, P.E., Public Works Director</td></tr>
<tr><td><b>Date:</b></td><td>March 24, 2026</td></tr>
<tr><td><b>Subject:</b></td><td>Annotated copy of the BPAC letter of February 12, 2026</td></tr></table>
<p>This memorandum reproduces the Committee's recommendations with a staff response under each, for the Council's
work session of March 31. Recommendations are taken in order of the CIP project sheets rather than the order of the
letter.</p>
<div class="rh">Recommendation 2</div>
<div class="q">"Install a rectangular rapid flashing beacon crossing at Ninth Street and Alder Street."</div>
<p><b>Staff response:</b> Completed. The beacon was installed during spring break and has been in operation since
March 16, funded from the traffic safety program's existing balance.</p>
<div class="rh">Recommendation 6</div>
<div class="q">"Direct staff to report to BPAC twice a year on spending."</div>
<p><b>Staff response:</b> Staff concur. A semi-annual active transportation spending report will go to BPAC each
May and November, starting in May 2026.</p>
<div class="rh">Recommendations 4 and 5</div>
<div class="q">"Adopt a 20 mph designated speed on every neighborhood greenway." / "Require secure bicycle parking
at all new and renovated city facilities."</div>
<p><b>Staff response:</b> Staff support the 20 mph speed on greenways and will bring the required ordinance to Council
on May 5, with signing funded in FY 2027. Bicycle parking at city buildings is governed by the facilities standards
maintained by the Community Development Department; staff have referred that part of the letter to the Facilities
Manager for consideration in the next update of the standards and do not make a recommendation on it here.</p>
<div class="rh">Recommendation 3</div>
<div class="q">"Set aside $250,000 each year for sidewalk infill."</div>
<p><b>Staff response:</b> Staff recommend an annual sidewalk infill allocation of $150,000, beginning in FY 2027.
The full $250,000 could only be met by deferring pavement preservation work, which staff do not recommend.</p>
<div class="rh">Recommendation 1</div>
<div class="q">"Move the Hawthorne Avenue protected bike lane project from FY 2029 to FY 2027."</div>
<p><b>Staff response:</b> Staff do not recommend this change. Nearly 70 percent of the project is funded by a federal
grant programmed by the Metropolitan Planning Organization for FY 2029, and those funds cannot be advanced. The
project therefore remains in FY 2029.</p>
<div class="rh">Pavement Management Program</div>
<p>Separately from the BPAC letter, Council asked at the March 3 work session for an update on pavement condition.
The citywide Pavement Condition Index fell from 71 to 68 in 2025; a full report will be provided in June.</p>
<p>Staff thank the Committee for its careful review and will attend BPAC's April 14 meeting to discuss these
responses.</p>
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
    render(ADVICE, "advice", "BPAC letter on the proposed CIP FY 2027-2031 | February 12, 2026")
    render(RESPONSE, "response", "Staff responses to BPAC recommendations | March 24, 2026")
    recs = [
        {"number": 1, "starts_with": "Move the Hawthorne Avenue protected bike lane project (CIP T-114)",
         "reply_contains": "Staff do not recommend this change", "verdict": "disagrees"},
        {"number": 2, "starts_with": "Install a rectangular rapid flashing beacon crossing at Ninth Street",
         "reply_contains": "The beacon was installed during spring break", "verdict": "agrees"},
        {"number": 3, "starts_with": "Set aside $250,000 each year for sidewalk infill in the",
         "reply_contains": "an annual sidewalk infill allocation of $150,000", "verdict": "partly"},
        {"number": 4, "starts_with": "Adopt a 20 mph designated speed on every neighborhood greenway",
         "reply_contains": "Staff support the 20 mph speed on greenways", "verdict": "agrees"},
        {"number": 5, "starts_with": "Require secure bicycle parking at all new and renovated city",
         "reply_contains": "referred that part of the letter to the Facilities Manager", "verdict": "noted"},
        {"number": 6, "starts_with": "Direct staff to report to BPAC twice a year on",
         "reply_contains": "A semi-annual active transportation spending report will go to BPAC",
         "verdict": "agrees"},
        {"number": 7, "starts_with": "Fund a half-time Safe Routes to School coordinator from",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["This memorandum reproduces the Committee's recommendations with a staff response",
                 "The citywide Pavement Condition Index fell from 71 to 68",
                 "will attend BPAC's April 14 meeting to discuss these responses"]
    notes = ("Advice: a US (Oregon) city Bicycle and Pedestrian Advisory Committee's LETTER to the City Council on the "
             "proposed CIP, with a members sidebar; 'Observations' A-D (an ordered list too: 'Crossings near schools "
             "should be the first priority', the 2019 TSP quoted 'should complete the neighborhood greenway network by "
             "2030', ORS 811.111 'must be adopted by ordinance') and the seven recommendations as a NUMBERED LIST 1-7 "
             "after 'the Committee recommends that the Council:'. Other traps: Municipal Code 2.44.030, CIP T-114, "
             "percentages, dates. Response: the Public Works Director's ANNOTATED COPY: each recommendation quoted "
             "(shortened) in italics under 'Recommendation N', then 'Staff response:', order 2, 6, 4+5, 3, 1: beacon "
             "installed (2 agrees); semi-annual report (6 agrees); ONE block 'Recommendations 4 and 5' = 20 mph "
             "supported, ordinance May 5 (4 agrees) + bicycle parking referred to the Facilities Manager, no "
             "recommendation (5 noted); $150,000 not $250,000 (3 partly); federal grant year, not moved (1 "
             "disagrees); 7 (Safe Routes coordinator) unanswered. Unmatched: intro paragraph, 'Pavement Management "
             "Program', closing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

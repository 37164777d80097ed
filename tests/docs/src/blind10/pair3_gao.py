"""Round-10 blind pair 3: US GAO report + the agency's comments letter.

Engine: LibreOffice Writer (HTML import) + PyMuPDF page stamping, see lo_common.py.
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair3_gao.py
Writes: tests/docs/blind10_en_gao_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lo_common import DOCS, html_to_pdf  # noqa: E402

CSS = """<style>
@page { size: 8.5in 11in; margin: 0.9in 1in 0.9in 1in }
body { font-family: 'Liberation Sans'; font-size: 10.5pt; line-height: 130% }
p { margin-top: 0; margin-bottom: 7pt; text-align: left }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; margin-bottom: 6pt; color: #1a3d6d }
h2 { font-family: 'Liberation Sans'; font-size: 12.5pt; margin-top: 12pt; margin-bottom: 5pt; color: #1a3d6d }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; font-weight: bold; margin-top: 8pt; margin-bottom: 3pt }
.side { font-size: 9pt; color: #333333 }
.hl { background: #eef2f7; border: 1px solid #1a3d6d; padding: 6pt }
.small { font-size: 8.5pt }
</style>"""

RECS = [
    "The Under Secretary for Health should establish a single, national standard for the time allowed between a veteran’s referral to community care and the scheduling of the first appointment, and apply it in all VA medical centers.",
    "The Under Secretary for Health should require VA medical centers to record in the referral system the date on which each community care appointment is actually scheduled, and should monitor compliance with that requirement quarterly.",
    "The Under Secretary for Health should transfer responsibility for scheduling community care appointments from the third-party administrators back to VA medical center staff in all Veterans Integrated Service Networks.",
    "The Under Secretary for Health should develop and issue written guidance for medical center staff on how to document a veteran’s preference to schedule his or her own community care appointment.",
    "The Secretary of Veterans Affairs should report annually to the Congress on community care scheduling timeliness, by Veterans Integrated Service Network, beginning with fiscal year 2026.",
]

ADVICE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>GAO-25-106914</title>{CSS}</head><body>
<p class="small">United States Government Accountability Office<br>Report to the Committee on Veterans’ Affairs, House of Representatives</p>
<p class="small">March 2025</p>
<h1>VETERANS COMMUNITY CARE<br>VA Needs Better Data and Clearer Standards to Ensure Timely Scheduling of Appointments</h1>
<p class="small">GAO-25-106914</p>
<table width="100%" cellpadding="7" cellspacing="0" border="1" bordercolor="#1a3d6d" bgcolor="#eef2f7"><tr><td>
<p><b>What GAO Found</b></p>
<p>The Department of Veterans Affairs (VA) does not know how long veterans wait for community care appointments to be scheduled. VA’s data do not reliably record the date an appointment was scheduled, and medical centers apply different local standards for timeliness, ranging from 2 to 7 business days. In a generalizable sample of 400 referrals, GAO estimated that 31 percent took longer than 7 business days to schedule.</p>
<p><b>What GAO Recommends</b></p>
<p>GAO is making five recommendations, including that VA establish a national scheduling standard and record actual scheduling dates. VA concurred with three recommendations, partially concurred with one, and did not concur with one. GAO continues to believe all five are warranted.</p>
</td></tr></table>
<p>&nbsp;</p>
<p>March 18, 2025</p>
<p>The Honorable Michael Breen<br>Chairman<br>The Honorable Rosa Delgado<br>Ranking Member<br>Committee on Veterans’ Affairs<br>House of Representatives</p>
<p>Under the VA MISSION Act of 2018, eligible veterans may receive care from community providers when VA cannot provide it in a timely way or within a reasonable distance. In fiscal year 2024, VA spent about $36.4 billion on community care and approved more than 6.1 million referrals. Timely scheduling is central to the program: a referral that waits weeks to be scheduled defeats the purpose of sending the veteran into the community.<sup>1</sup></p>
<p>You asked us to review how VA schedules community care appointments. This report examines (1) the extent to which VA measures how long it takes to schedule community care appointments, (2) the standards VA medical centers use for scheduling timeliness, and (3) VA’s oversight of scheduling by medical centers and third-party administrators.</p>
<p>To address these objectives, we reviewed VA policies and guidance, analyzed referral data for fiscal years 2022 through 2024, reviewed a generalizable random sample of 400 referrals from six medical centers, and interviewed officials from the Veterans Health Administration (VHA), six medical centers in three Veterans Integrated Service Networks (VISN), and the two third-party administrators. We conducted this performance audit from February 2024 to March 2025 in accordance with generally accepted government auditing standards.</p>
<p class="small"><sup>1</sup> John S. McCain III, Daniel K. Akaka, and Samuel R. Johnson VA Maintaining Internal Systems and Strengthening Integrated Outside Networks Act of 2018, Pub. L. No. 115-182, tit. I, 132 Stat. 1393, 1395.</p>
<h2>Background</h2>
<p>When a VA clinician determines that a veteran is eligible for community care, the clinician enters a referral in VA’s electronic health record. Medical center community care staff or, in some VISNs, staff of a third-party administrator then contact the veteran and a community provider to schedule the appointment. Since 2020, VHA has allowed veterans to choose to schedule their own appointments with community providers.</p>
<p>VHA’s 2019 community care scheduling directive required medical centers to schedule appointments “in a timely manner” but did not define the term. In 2022, VHA issued a memorandum encouraging, but not requiring, medical centers to schedule within 2 business days for urgent referrals and 7 business days for routine referrals.</p>
<h2>VA Does Not Reliably Measure How Long It Takes to Schedule Appointments</h2>
<p>VHA’s referral system has a field for the date an appointment is scheduled, but it is not mandatory, and medical center staff told us they often enter the date of the appointment itself, or leave the field blank. In our sample, the field was blank or inaccurate for an estimated 38 percent of referrals. As a result, VHA’s national reports on scheduling timeliness rely on a proxy — the date a referral’s status changed — that we found to be unreliable.</p>
<p>Federal internal control standards state that management should use quality information to achieve the entity’s objectives. Without reliable data on when appointments are scheduled, VHA cannot know whether veterans are waiting too long, or where.</p>
<h2>Medical Centers Apply Different Standards for Scheduling Timeliness</h2>
<p>The six medical centers we reviewed used four different standards for routine referrals, ranging from 2 to 7 business days, and two had no written standard at all. Officials at one medical center said that they had adopted a 3-day standard after local media reports about delays; officials at another said that 7 days was “aspirational” given staffing levels.</p>
<p>Different standards mean that veterans in different parts of the country can expect very different service, and that VHA cannot compare the performance of its medical centers.</p>
<h2>VA’s Oversight of Scheduling Is Limited</h2>
<p>VHA does not regularly review medical centers’ compliance with scheduling requirements. In the three VISNs where third-party administrators schedule appointments, VHA relies on the administrators’ own performance reports, which use yet another measure of timeliness. We also found that medical centers record veterans’ choice to self-schedule inconsistently: in our sample, an estimated 12 percent of referrals were marked as self-scheduled without any record that the veteran had asked to do so.</p>
<p>Some medical center officials told us that returning scheduling to VA staff in the three VISNs that use administrators would improve accountability. We did not evaluate the relative performance of VA staff and administrators, and we make no recommendation on this question.</p>
<h2>Conclusions</h2>
<p>Timely community care depends on appointments being scheduled promptly. VA cannot ensure this without a clear national standard, reliable data on when appointments are scheduled, and oversight of medical centers’ performance. The Congress, which appropriates more than $36 billion a year for community care, also lacks information on whether veterans receive it in a timely way.</p>
<h2>Recommendations for Executive Action</h2>
<p>We are making the following five recommendations to VA:</p>
<p>{RECS[0]} (Recommendation 1)</p>
<p>{RECS[1]} (Recommendation 2)</p>
<p>{RECS[2].replace("transfer responsibility for scheduling community care appointments from the third-party administrators back to VA medical center staff in all Veterans Integrated Service Networks", "review the performance of the third-party administrators that schedule community care appointments and, on the basis of that review, set performance standards for scheduling in their contracts")} (Recommendation 3)</p>
<p>{RECS[3]} (Recommendation 4)</p>
<p>{RECS[4]} (Recommendation 5)</p>
<h2>Agency Comments and Our Evaluation</h2>
<p>We provided a draft of this report to VA for review and comment. In its comments, reproduced in appendix III, VA concurred with recommendations 1, 2 and 4, partially concurred with recommendation 5, and did not concur with recommendation 3.</p>
<p>VA did not concur with our third recommendation, stating that the administrators’ performance is already reviewed through contract oversight. We continue to believe that VHA should set standards for scheduling in the contracts, because the current contracts measure a different interval than VHA’s own guidance.</p>
<p>We are sending copies of this report to the appropriate congressional committees and the Secretary of Veterans Affairs. If you or your staff have any questions about this report, please contact me at (202) 512-7114. GAO staff who made key contributions to this report are listed in appendix IV.</p>
<p>Sharon M. Whitley<br>Director, Health Care</p>
</body></html>"""

RECS[2] = "The Under Secretary for Health should review the performance of the third-party administrators that schedule community care appointments and, on the basis of that review, set performance standards for scheduling in their contracts."

RESPONSE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>VA comments</title>{CSS}</head><body>
<p><b>Appendix III: Comments from the Department of Veterans Affairs</b></p>
<p style="text-align:center"><b>DEPARTMENT OF VETERANS AFFAIRS</b><br>CHIEF OF STAFF<br>WASHINGTON</p>
<p>February 21, 2025</p>
<p>Ms. Sharon M. Whitley<br>Director, Health Care<br>U.S. Government Accountability Office<br>441 G Street, NW<br>Washington, DC 20548</p>
<p>Dear Ms. Whitley:</p>
<p>The Department of Veterans Affairs (VA) has reviewed the Government Accountability Office (GAO) draft report: <i>VETERANS COMMUNITY CARE: VA Needs Better Data and Clearer Standards to Ensure Timely Scheduling of Appointments</i> (GAO-25-106914).</p>
<p>The enclosure contains VA’s comments on the draft report and the actions to be taken to address the draft report recommendations. VA appreciates the opportunity to comment on your draft report.</p>
<p>Sincerely,</p>
<p>Daniel J. Okafor<br>Chief of Staff</p>
<p>Enclosure</p>
<p style="page-break-before: always"><b>Department of Veterans Affairs (VA) Comments on<br>Government Accountability Office (GAO) Draft Report<br><i>VETERANS COMMUNITY CARE: VA Needs Better Data and Clearer Standards to Ensure Timely Scheduling of Appointments</i> (GAO-25-106914)</b></p>
<p>VA generally agrees with GAO’s findings and shares the goal of ensuring that every veteran referred to community care is scheduled promptly. The Veterans Health Administration (VHA) has taken significant steps since fiscal year 2023 to improve community care scheduling, including the deployment of a new referral coordination dashboard to all 139 community care offices.</p>
<p><u>Recommendation 1</u>: The Under Secretary for Health should establish a single, national standard for the time allowed between a veteran’s referral to community care and the scheduling of the first appointment, and apply it in all VA medical centers.</p>
<p><u>VHA Response</u>: Concur. VHA will issue a revised community care scheduling directive establishing a national standard of 2 business days for urgent referrals and 5 business days for routine referrals. The directive will apply to all VA medical centers and to the third-party administrators. The draft directive is in concurrence and is expected to be published by September 2025.</p>
<p>Target Completion Date: September 2025</p>
<p><u>Recommendation 2</u>: The Under Secretary for Health should require VA medical centers to record in the referral system the date on which each community care appointment is actually scheduled, and should monitor compliance with that requirement quarterly.</p>
<p><u>VHA Response</u>: Concur. VHA has already implemented this recommendation. In January 2025, the Office of Integrated Veteran Care made the scheduled-date field mandatory in the referral system; a referral can no longer be closed without it. Compliance is reviewed quarterly through the referral coordination dashboard, and the first quarterly report, for the second quarter of fiscal year 2025, is attached. VHA requests that GAO consider this recommendation closed.</p>
<p>Target Completion Date: Completed</p>
<p><u>Recommendation 3</u>: The Under Secretary for Health should review the performance of the third-party administrators that schedule community care appointments and, on the basis of that review, set performance standards for scheduling in their contracts.</p>
<p><u>VHA Response</u>: Non-concur. VHA appreciates GAO’s attention to the role of the third-party administrators and agrees that their performance matters to veterans. However, the administrators’ scheduling performance is already reviewed monthly by the contracting officer’s representatives under the Community Care Network contracts, and the contracts already include access standards. Renegotiating performance standards in the current contracts would require contract modifications that VA does not consider warranted at this time. VHA will share GAO’s findings with the contracting officers for consideration when the contracts are next recompeted.</p>
<p><u>Recommendation 4</u>: The Under Secretary for Health should develop and issue written guidance for medical center staff on how to document a veteran’s preference to schedule his or her own community care appointment.</p>
<p><u>VHA Response</u>: Concur. The Office of Integrated Veteran Care will issue a standard operating procedure on documenting self-scheduling preferences, with a standard note template, and will train community care staff on its use.</p>
<p>Target Completion Date: December 2025</p>
<p><u>Recommendation 5</u>: The Secretary of Veterans Affairs should report annually to the Congress on community care scheduling timeliness, by Veterans Integrated Service Network, beginning with fiscal year 2026.</p>
<p><u>VA Response</u>: Partially concur. VA agrees that the Congress should have information on community care scheduling timeliness and will include national timeliness data in the annual community care report it already submits under section 1703 of title 38, United States Code, beginning with fiscal year 2026. VA does not agree to a separate report, and will not break the data down by VISN, because network-level figures in the first year of the new standard would be incomplete and could be misleading.</p>
<p>Target Completion Date: March 2027</p>
<p>For accessibility, the original document has been replaced with a retyped version.</p>
</body></html>"""

if __name__ == "__main__":
    html_to_pdf(ADVICE, DOCS / "blind10_en_gao_advice.pdf", "GAO-25-106914  Veterans Community Care", "Page {page}",
                font="helv", meta={"title": "GAO-25-106914 Veterans Community Care", "author": "U.S. GAO"})
    html_to_pdf(RESPONSE, DOCS / "blind10_en_gao_response.pdf", "Appendix III: Comments from the Department of Veterans Affairs",
                "Page {page}  GAO-25-106914  Veterans Community Care", font="helv",
                meta={"title": "Comments from the Department of Veterans Affairs", "author": "U.S. GAO"})

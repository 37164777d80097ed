"""Blind round 12, pair ``blind12_en_cqc``: a CQC-style hospital inspection report with 'must' / 'should' actions and
the trust's action plan table.

Engine: LibreOffice Writer (HTML -> PDF via ``soffice --headless``), font Liberation Sans.
Run from the repository root with any Python 3 (LibreOffice must be installed):
    python3 tests/docs/src/blind12/gen_en_cqc_lo.py
Writes tests/docs/blind12_en_cqc_advice.pdf and tests/docs/blind12_en_cqc_response.pdf.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _lo import html_to_pdf, page  # noqa: E402

CSS = """
h1 { color: #3A1F6B; } h2 { color: #3A1F6B; }
td { font-size: 9pt; vertical-align: top; }
.rt td { font-size: 10pt; }
.sub { font-weight: bold; margin-top: 0.25cm; }
"""

ADVICE = """
<p style="font-size:9pt;color:#3A1F6B"><b>Care Quality Commission</b></p>
<h1>Westmoor Hospitals NHS Foundation Trust</h1>
<p style="font-size:13pt">Westmoor General Hospital &ndash; Urgent and emergency care</p>
<p style="font-size:9pt;color:#555555">Inspection report &middot; Date of inspection visit: 14 to 16 January 2025 &middot;
Date of publication: 9 April 2025</p>

<table class="rt" width="100%" cellpadding="5" border="1" style="border-collapse:collapse">
<tr style="background:#EDE7F6"><td width="65%"><b>Overall rating for this service</b></td><td><b>Requires improvement</b></td></tr>
<tr><td>Are services safe?</td><td>Requires improvement</td></tr>
<tr><td>Are services effective?</td><td>Good</td></tr>
<tr><td>Are services caring?</td><td>Good</td></tr>
<tr><td>Are services responsive?</td><td>Inadequate</td></tr>
<tr><td>Are services well-led?</td><td>Requires improvement</td></tr>
</table>

<h2>Our findings</h2>
<p>We carried out this unannounced focused inspection of the urgent and emergency care service at Westmoor General
Hospital because we had received information of concern about patient safety, including long waits for initial
assessment and crowding in the department. We rated the service as requires improvement because:</p>
<ul>
<li>Patients did not always receive a timely initial assessment, and staff did not always recognise deteriorating
patients waiting in the corridor.</li>
<li>Medicines were not always stored safely, and fridge temperatures were not consistently checked.</li>
<li>The service did not have enough children&rsquo;s nurses on every shift to keep children safe.</li>
<li>People could not always access the service when they needed it; many waited too long for a bed.</li>
</ul>
<p>However:</p>
<ul>
<li>Staff treated patients with compassion and kindness, and respected their privacy and dignity.</li>
<li>Leaders were visible and approachable, and staff felt supported by their managers.</li>
</ul>

<h2>Outstanding practice</h2>
<ul>
<li>The frailty team in the emergency department assessed older patients within an hour of arrival and arranged
same-day care at home for nearly a third of them.</li>
<li>The department&rsquo;s &lsquo;silver trolley&rsquo; for patients with dementia gave staff quick access to
orientation aids and activity materials.</li>
</ul>

<h2>Areas for improvement</h2>
<p class="sub">Action the trust MUST take to improve:</p>
<ul>
<li>The trust must ensure that all patients attending the emergency department receive an initial clinical assessment
within 15 minutes of arrival. (Regulation 12(2)(a))</li>
<li>The trust must ensure that medicines are stored securely and at the correct temperature in all areas of the
emergency department. (Regulation 12(2)(g))</li>
<li>The trust must ensure that there are sufficient numbers of registered children&rsquo;s nurses on every shift in
the children&rsquo;s emergency department. (Regulation 18(1))</li>
</ul>
<p class="sub">Action the trust SHOULD take to improve:</p>
<ul>
<li>The trust should ensure that all staff complete mandatory training on the Mental Capacity Act and the
Deprivation of Liberty Safeguards.</li>
<li>The trust should consider how it can reduce the number of patients who wait more than 12 hours in the
department for a bed.</li>
<li>The trust should ensure that learning from incidents is shared with all staff, including those who work
mainly at night.</li>
<li>The trust should ensure that complaints are investigated and responded to within the 25 working days set out in
its own policy.</li>
</ul>

<h2>Is the service safe?</h2>
<p>Our rating of safe went down. We rated it as requires improvement.</p>
<p><b>Assessing and responding to patient risk.</b> The department had a streaming and triage process, but on each day
of our inspection the median time from arrival to initial assessment was more than 40 minutes. At 6pm on 15 January,
22 patients were waiting for triage, the longest for 2 hours and 10 minutes. Staff in the corridor area did not
always complete early warning scores at the intervals set out in trust policy.</p>
<p><b>Medicines.</b> In the majors area, a medicines cupboard was unlocked and unattended. The fridge in the resuscitation
area had recorded temperatures above 8&deg;C on five days in December with no action taken.</p>
<p><b>Nurse staffing.</b> The children&rsquo;s emergency department was planned to have two registered children&rsquo;s
nurses on every shift. In the four weeks before our inspection, 19 of 56 shifts had one or none. Managers told us that
they had six vacancies and used bank and agency staff where possible.</p>
<p><b>Mandatory training.</b> Compliance with mandatory training was 87% overall, but only 68% of nursing staff had
completed training on the Mental Capacity Act and Deprivation of Liberty Safeguards.</p>
<p><b>Incidents.</b> Staff knew how to report incidents. Day staff told us that learning was shared at safety huddles,
but night staff said they rarely attended these and did not receive the learning.</p>

<h2>Is the service responsive?</h2>
<p>Our rating of responsive went down. We rated it as inadequate.</p>
<p><b>Access and flow.</b> In December 2024, 1,412 patients spent more than 12 hours in the department from arrival,
which was worse than the England average. Leaders told us that delayed discharges, with on average 96 medically fit
patients waiting for social care each day, made it difficult to admit patients from the department.</p>
<p><b>Learning from complaints.</b> The trust&rsquo;s complaints policy states that complaints should receive a
response within 25 working days. In the six months before our inspection, 41% of complaints about the department
were answered within this timescale.</p>

<h2>Is the service well-led?</h2>
<p>Our rating of well-led stayed the same. We rated it as requires improvement. Leaders understood the challenges the
department faced, and there was a clear vision for a new urgent treatment centre. However, governance processes had
not identified the gaps in medicines storage and children&rsquo;s nurse staffing before our inspection.</p>
"""

ROWS = [
    ("M2", "Medicines storage and fridge temperatures (Reg 12)",
     "All ED medicines cupboards fitted with digital locks on 10 February 2025. New temperature-monitored fridges with "
     "remote alarms installed in resus and majors; alarms go to the pharmacy on-call. Weekly pharmacy audit for "
     "12 weeks, then monthly.", "Chief Pharmacist", "28/02/2025", "Green &ndash; complete"),
    ("M1", "Initial assessment within 15 minutes (Reg 12)",
     "Rapid assessment and treatment (RAT) model introduced on 3 March 2025 with a senior clinician at the front "
     "door from 08:00 to 02:00. Additional triage nurse on late shifts. Time to initial assessment reported daily to "
     "the site team and weekly to the Executive Team; target 95% within 15 minutes.", "Chief Nurse",
     "30/09/2025", "Amber &ndash; on track"),
    ("M3", "Registered children&rsquo;s nurses on every shift (Reg 18)",
     "Recruitment to 6.4 WTE vacancies under way; 3 nurses start in June 2025. From June 2025 two registered "
     "children&rsquo;s nurses on every day shift. Night shifts will continue to be covered by one children&rsquo;s "
     "nurse and adult nurses with EPLS competence, supported by the paediatric ward. Full establishment on nights "
     "is not expected before April 2026.", "Director of Nursing, Women and Children", "30/04/2026",
     "Amber &ndash; risk to delivery"),
    ("S1 / S3", "MCA and DoLS training; sharing learning from incidents with night staff",
     "S1: MCA/DoLS training added to the ED induction; protected time for all nursing staff; compliance tracked "
     "monthly, target 90% by 31 July 2025.<br>S3: monthly &lsquo;Learning from incidents&rsquo; bulletin sent to all "
     "ED staff; a 15-minute safety huddle at the start of every night shift from April 2025.",
     "Clinical Director for Emergency Medicine", "31/07/2025", "Amber &ndash; on track"),
    ("S2", "Patients waiting more than 12 hours for a bed",
     "The trust recognises the impact of long waits on patients. Flow depends largely on discharge capacity in "
     "community and social care, which is commissioned by the Westmoor and Dale Integrated Care Board (ICB) and the "
     "local authorities. Improvement actions are led by the ICB through the system UEC Improvement Plan 2025/26, in "
     "which the trust takes part. No separate trust action is planned.", "Chief Operating Officer", "n/a",
     "Not applicable"),
    ("S4", "Complaints response times",
     "The trust has reviewed its complaints process with the Patient Experience Group. For complex complaints "
     "involving several teams, a 40-working-day response time gives better, more complete answers; the policy "
     "will be updated to reflect this, and the trust will keep the 40-day standard for complex ED complaints.",
     "Head of Patient Experience", "30/06/2025", "Amber &ndash; on track"),
    ("T1", "Trust-identified action: information for patients in the waiting area",
     "New signage and an information screen showing current waiting times installed in the ED waiting room, in "
     "response to patient feedback during the inspection.", "Head of Nursing, ED", "31/05/2025",
     "Amber &ndash; on track"),
]


def response_html():
    head = ("<tr style='background:#3A1F6B;color:#ffffff'><td width='7%'><b>Ref</b></td><td width='17%'><b>CQC "
            "requirement</b></td><td width='40%'><b>Actions</b></td><td width='13%'><b>Executive lead</b></td>"
            "<td width='11%'><b>Completion date</b></td><td width='12%'><b>Status (RAG)</b></td></tr>")
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    return f"""
<p style="font-size:9pt;color:#005EB8"><b>Westmoor Hospitals NHS Foundation Trust</b></p>
<h1 style="color:#005EB8">CQC Action Plan: Urgent and Emergency Care, Westmoor General Hospital</h1>
<p style="font-size:9pt;color:#555555">Version 2.1 &middot; Approved by the Quality Committee on 30 April 2025 &middot;
Submitted to the Care Quality Commission on 2 May 2025</p>
<h2 style="color:#005EB8">Introduction</h2>
<p>The trust accepts the findings of the Care Quality Commission following its inspection of urgent and emergency
care at Westmoor General Hospital in January 2025. We are sorry that some of our patients did not receive the timely
and safe care they should expect. This action plan sets out how we are responding to each of the actions the trust
must and should take, and to one further action we identified ourselves. Progress is reviewed monthly by the Urgent
and Emergency Care Board and reported to the Quality Committee.</p>
<table width="100%" cellpadding="4" border="1" style="border-collapse:collapse">{head}{rows}</table>
<h2 style="color:#005EB8">Governance and monitoring</h2>
<p>The Chief Nurse is the executive lead for this plan. Evidence for each completed action is held in the
trust&rsquo;s CQC evidence library and will be shared with the CQC relationship owner at the quarterly engagement
meetings. Actions rated red are escalated to the Executive Team.</p>
"""


if __name__ == "__main__":
    html_to_pdf(page(ADVICE, header="Westmoor General Hospital &ndash; Urgent and emergency care &ndash; Inspection report",
                     footer="Page ", extra_css=CSS), "blind12_en_cqc_advice.pdf")
    html_to_pdf(page(response_html(), header="CQC Action Plan &ndash; Urgent and Emergency Care &ndash; v2.1",
                     footer="Page ", extra_css=CSS), "blind12_en_cqc_response.pdf")

"""Round-10 blind pair 7: fire and rescue inspection report (numbered findings AND numbered recommendations)
+ the Chief Fire Officer's reply in a letter template with a left sidebar on every page.

Engine: PyMuPDF Story API (HTML + CSS), see story_common.py.
Run:    /tmp/blindenv/bin/python tests/docs/src/blind10/pair7_inspectorate.py
Writes: tests/docs/blind10_en_inspectorate_advice.pdf and _response.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from story_common import DOCS, render  # noqa: E402

import pymupdf

CSS = """
body { font-family: LSans; font-size: 9.8pt; line-height: 1.4; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: LSans; font-size: 18pt; color: #8b1e1e; margin-bottom: 6pt; }
h2 { font-family: LSans; font-size: 12.5pt; color: #8b1e1e; margin-top: 12pt; margin-bottom: 5pt; }
h3 { font-family: LSans; font-size: 10pt; margin-top: 8pt; margin-bottom: 3pt; }
.box { background-color: #f3eded; border: 1px solid #8b1e1e; padding: 7pt; }
.li { margin-left: 20pt; text-indent: -20pt; }
.small { font-size: 8pt; color: #555555; }
.side { font-size: 7.6pt; line-height: 1.35; color: #333333; }
"""

FINDINGS = [
    "The service responds quickly to emergencies: its average response time to dwelling fires, 7 minutes 42 seconds, is among the fastest in England.",
    "On-call fire engines were unavailable for 31 per cent of the time in 2024/25, mainly because too few on-call firefighters were available during the day.",
    "Fire safety inspections of high-risk premises have fallen behind: 412 of the 1,180 premises the service itself rates as high risk have not been inspected within its target period.",
    "Staff told us that they do not feel able to challenge poor behaviour, and a third of respondents to our staff survey said they had experienced bullying or harassment.",
    "The service has improved its financial planning and holds reserves that are adequate but not excessive.",
    "Information about risk is not shared reliably with crews: in 9 of the 20 incidents we reviewed, the premises risk information on the fire engine was out of date.",
]

RECS = [
    "By 31 March 2026, the service should put in place a plan to improve the availability of its on-call fire engines, including new contracts and more flexible availability for on-call firefighters.",
    "The service should clear its backlog of overdue inspections of high-risk premises by 30 September 2026, and recruit and train sufficient fire safety inspectors to keep its risk-based programme up to date.",
    "The fire and rescue authority should review whether the current number and location of fire stations still match the risks identified in its community risk management plan.",
    "The service should make sure that premises risk information available to crews on fire engines is accurate and reviewed at least once a year.",
    "The service should commission an independent review of its culture and make sure that all staff have a confidential way to raise concerns about bullying, harassment and discrimination.",
]

ADVICE = """
<p class="small">Independent Inspectorate of Fire and Rescue Services</p>
<h1>Northmoor Fire and Rescue Service</h1>
<p><b>Effectiveness, efficiency and people 2025: an inspection of Northmoor Fire and Rescue Service</b></p>
<p class="small">Published 17 June 2025 · Reference IIFRS/2025/014</p>
<h2>Overall summary</h2>
<p>We inspected Northmoor Fire and Rescue Service between 3 and 21 February 2025. The service covers a largely rural county of 780,000 people with 27 fire stations, 19 of them crewed by on-call firefighters only. It has an annual budget of £41.6 million.</p>
<p>Northmoor is good at responding to emergencies, but it is not doing enough to prevent them. Its fire engines reach fires quickly when they are available, but too often on-call engines are unavailable during the day, and the service’s programme of fire safety inspections has fallen well behind. We are also concerned about the service’s culture: too many staff told us that they had experienced or witnessed bullying and that they did not feel able to speak up.</p>
<p>We have graded the service as <i>good</i> at responding to fires and other emergencies, <i>requires improvement</i> at protecting the public through fire regulation and at making the service an inclusive place to work, and <i>adequate</i> in the remaining areas.</p>
<table width="100%" style="margin-bottom: 9pt"><tr><td class="box">
<p><b>Summary of findings</b></p>
""" + "".join(f'<p class="li">{i}.&#160;&#160;&#160;&#160;{t}</p>' for i, t in enumerate(FINDINGS, 1)) + """
</td></tr></table>
<h2>Responding to fires and other emergencies</h2>
<p>The service meets its own response standards for 94 per cent of dwelling fires. Control room staff are well trained, and the service has a good working relationship with the neighbouring services with which it shares a control room. Crews we observed during exercises worked safely and effectively.</p>
<p>But the availability of on-call fire engines is a serious weakness. Between 8am and 6pm on weekdays, fewer than half of the on-call engines in the north of the county were available in 2024/25. When the nearest engine is unavailable, an engine from further away must attend, which adds on average 6 minutes to the response. The service has tried to address this through recruitment campaigns, but it has not changed the contracts under which on-call firefighters work, which many told us were inflexible and poorly paid.</p>
<p>In 9 of the 20 incidents we reviewed, the risk information about the premises available on the fire engine’s mobile data terminal was out of date; in two cases it did not record that the building had been converted into flats. The service does not have a schedule for reviewing this information.</p>
<h2>Protecting the public through fire regulation</h2>
<p>The service has a risk-based inspection programme, but it does not have enough qualified inspectors to deliver it. It has 14 inspectors against an establishment of 21. As a result, 412 of the 1,180 premises the service rates as high risk, including 38 care homes and 11 high-rise residential buildings, have not been inspected within the target period. The service told us that it expects to fill its vacancies by 2026, but it has no plan for clearing the backlog in the meantime.</p>
<h2>Preventing fires and other risks</h2>
<p>The service’s prevention work is well targeted at the people most at risk. In 2024/25 it carried out 11,240 home fire safety visits, 71 per cent of them to people referred by partner agencies such as adult social care and the ambulance service. Staff who carry out the visits are well trained, and the service evaluates the effect of its campaigns.</p>
<p>However, the service has reduced the number of visits carried out by operational crews, who now spend most of their non-emergency time on training and equipment checks. Crews at several stations told us that they did not know which households in their area had been visited. The service’s road safety work is limited to a small number of school visits and has not been evaluated.</p>
<h2>Making the best use of resources</h2>
<p>The service has improved its financial planning since our last inspection. Its medium-term financial plan is realistic and takes account of the likely pay awards and of the cost of replacing its fleet. Its reserves, £9.8 million at 31 March 2025, are adequate but not excessive, and it has a clear plan for their use.</p>
<p>The service has made savings of £2.1 million since 2022, mainly by merging its control room with that of a neighbouring service and by reducing the number of senior managers. It shares its training centre with the police and the ambulance service. We found no evidence that the savings had reduced its ability to respond to emergencies.</p>
<p>The way the service uses its wholetime firefighters’ time is less efficient. Productivity data are not collected consistently, and station plans do not set out how much time crews should spend on prevention and protection work.</p>
<h2>Planning for the future</h2>
<p>The fire and rescue authority approved a new community risk management plan in 2024. It identifies the county’s main risks well, including the growing number of older people living alone and the risk of wildfires on the moors. However, the plan does not consider whether the number and location of fire stations, which have not changed since 1998, still reflect those risks. We were told that the authority had decided not to consider this question before the next election.</p>
<h2>People and culture</h2>
<p>Of the 402 staff who responded to our survey, 33 per cent said that they had experienced bullying, harassment or discrimination at work in the past twelve months, and only 41 per cent said they would feel confident raising a concern. Staff from on-call stations and women in operational roles were the most likely to report poor behaviour. Several staff told us that senior leaders were not visible and that concerns raised through the line management chain were not acted on.</p>
<p>The service has an anti-bullying policy, but its only confidential reporting route is an email address monitored by the human resources team, which staff told us they did not trust.</p>
<h2>Recommendations</h2>
<p>We have made the following recommendations. We will monitor the service’s progress through our regular engagement and will revisit these matters at our next inspection.</p>
""" + "".join(f'<p class="li"><b>{i}.</b>&#160;&#160;&#160;&#160;{t}</p>' for i, t in enumerate(RECS, 1)) + """
<p class="small">This report is published under section 28 of the Fire and Rescue Services Act 2004. © Independent Inspectorate of Fire and Rescue Services 2025.</p>
"""

LETTER = """
<p style="font-family: LSans; font-size: 14pt; color:#8b1e1e"><b>Northmoor Fire and Rescue Service</b></p>
<p class="small">Making Northmoor safer</p>
<p>&#160;</p>
<p>Ms Caroline Ashdown<br/>His Majesty’s Inspector of Fire and Rescue Services<br/>Independent Inspectorate of Fire and Rescue Services<br/>6th Floor, Globe House<br/>89 Eccleston Square<br/>London SW1V 1PN</p>
<p>8 July 2025</p>
<p>Dear Ms Ashdown,</p>
<p><b>Inspection of Northmoor Fire and Rescue Service 2025: our response</b></p>
<p>Thank you for your report on Northmoor Fire and Rescue Service, published on 17 June 2025, and for the professional way in which you and your team carried out the inspection. I am pleased that the report recognises the speed and skill with which our crews respond to emergencies, and the improvements we have made to our financial planning. We accept that there is much more to do, and I set out below how we will respond to each of your recommendations. This response has been agreed with the Chair of the Northmoor Fire and Rescue Authority, Councillor David Hartley.</p>
<p><b>Recommendation 4 – Premises risk information</b></p>
<p>We have already acted on this recommendation. Immediately after the inspection, we commissioned a review of all 3,460 premises risk records held on our mobile data terminals. By the end of May 2025 every record had been checked, and 714 were updated. Each record now carries a review date, and a new procedure requires station managers to review the records for their area at least once every twelve months, or sooner when we learn of a change of use.</p>
<p><b>Recommendation 1 – On-call availability</b></p>
<p>We accept this recommendation. We will introduce new on-call contracts from January 2026, following negotiations with the representative bodies that began in March. The contracts will offer banded availability hours, a higher retaining fee for daytime cover and the option for firefighters to be available from their place of work. An on-call availability plan, with station-by-station targets, will be presented to the Authority in November 2025.</p>
<p><b>Recommendation 2 – Fire safety inspections</b></p>
<p>We accept this recommendation in part. We will clear the backlog of inspections of high-risk premises, prioritising care homes and high-rise residential buildings, which will all have been inspected by 31 December 2025. We are also recruiting seven additional inspectors. However, as it takes up to two years to train a fire safety inspector to the required competence, we cannot commit to clearing the whole backlog by September 2026; our realistic date is March 2027.</p>
<p><b>Finding 5 – Financial planning</b></p>
<p>We welcome your finding that our reserves are adequate but not excessive. The Authority’s reserves strategy will be reviewed again in February 2026 alongside the budget, and we will continue to publish our medium-term financial plan.</p>
<p><b>Recommendation 3 – Fire station locations</b></p>
<p>This recommendation is addressed to the Fire and Rescue Authority, which alone can decide on the number and location of fire stations. The Authority has noted it and will consider at its meeting in September 2025 whether to include a review of station locations in the next community risk management plan, due in 2027.</p>
<p><b>Recommendation 5 – Culture and raising concerns</b></p>
<p>We are disappointed by the findings of your staff survey, and I have apologised to all staff who have experienced poor behaviour. From 1 September 2025 staff will be able to raise concerns through an independent and confidential reporting line run by an external provider, and all managers will complete mandatory training on handling concerns by the end of the year. We will not commission a separate independent review of our culture, as we have already engaged the Fire Standards Board’s peer support programme, which will report in spring 2026, and we believe a second review would delay action.</p>
<p>I hope this reassures you of our commitment to acting on your findings. We will publish an action plan on our website and report progress to the Authority every quarter.</p>
<p>Yours sincerely,</p>
<p>&#160;</p>
<p>Jennifer Mallory QFSM<br/>Chief Fire Officer</p>
"""


def sidebar(n):
    if n == 1:
        html = ('<div class="side"><p><b>Service Headquarters</b><br/>Moorgate House<br/>Castle Road<br/>Northallerby<br/>NM4 7TT</p>'
                '<p>Tel: 01709 555 200<br/>www.northmoorfire.gov.uk</p>'
                '<p><b>Your ref:</b><br/>IIFRS/2025/014</p><p><b>Our ref:</b><br/>CFO/JM/0412</p>'
                '<p><b>Please ask for:</b><br/>Jennifer Mallory<br/>Chief Fire Officer</p>'
                '<p><b>Direct line:</b><br/>01709 555 201</p></div>')
    else:
        html = '<div class="side"><p><b>Our ref:</b><br/>CFO/JM/0412</p><p>8 July 2025</p></div>'
    return html, pymupdf.Rect(40, 150 if n == 1 else 70, 150, 760)


def letter_footer(n, pages):
    return (f'<p class="small" style="text-align:center">Northmoor Fire and Rescue Service · Page {n} of {pages}</p>',
            pymupdf.Rect(170, 800, 560, 830))


def adv_header(n):
    if n == 1:
        return None
    return ('<p class="small">Northmoor Fire and Rescue Service: inspection 2025</p>', pymupdf.Rect(60, 22, 540, 52))


def adv_footer(n, pages):
    return (f'<p class="small" style="text-align:right">{n}</p>', pymupdf.Rect(60, 800, 535, 830))


if __name__ == "__main__":
    render(DOCS / "blind10_en_inspectorate_advice.pdf", ADVICE, CSS, pymupdf.Rect(60, 55, 535, 790),
           header=adv_header, footer=adv_footer,
           meta={"title": "Northmoor Fire and Rescue Service inspection 2025", "author": "IIFRS"})
    render(DOCS / "blind10_en_inspectorate_response.pdf", LETTER, CSS, pymupdf.Rect(170, 60, 555, 790),
           first_body_rect=pymupdf.Rect(170, 40, 555, 790), sidebar=sidebar, footer=letter_footer,
           meta={"title": "Response to the inspection report", "author": "Northmoor Fire and Rescue Service"})

"""Round 30 (EN): an NHS foundation trust's commissioned independent review of patient safety in its emergency
departments (recommendations numbered by chapter, 2.1-5.1, in shaded boxes) and the Board of Directors' paper with
the action plan as a landscape table over a page break. LibreOffice Writer headless from HTML
(--infilter="HTML (StarWriter)"); header and page numbers stamped with PyMuPDF. All content (trust, reviewers,
people, figures) invented.

Run:  /tmp/blind30en/bin/python tests/docs/src/blind30/gen_en_trust_review_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b30en as H

NAME = "blind30_en_trust_review"
WORK = "/tmp/blind30en_lo"

CSS = """<style>
@page { size: %s; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; color: #005eb8; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #005eb8; margin-top: 12pt; margin-bottom: 5pt; }
h3 { font-family: 'Liberation Sans'; font-size: 10.5pt; margin-top: 8pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9pt; background: #d9e6f5; text-align: left; }
p.small { font-size: 8.5pt; }
p.quote { margin-left: 1cm; font-style: italic; }
</style>
"""


def html(body, size):
    return ("<html><head><meta charset='utf-8'>" + CSS % size + "</head><body>" + "\n".join(body) +
            "</body></html>")


def row(*cells, head=False):
    tag = "th" if head else "td"
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def recbox(num, text):
    return ('<table border="1" cellpadding="6" cellspacing="0" width="100%" bgcolor="#e8f1fb"><tr><td>'
            f'<p><b>Recommendation {num}</b></p><p>{text}</p></td></tr></table><p></p>')


ADVICE = [
    '<p class="small">NORTHFLEET AND ASHBY HOSPITALS NHS FOUNDATION TRUST</p>',
    '<h1>Independent Review of Patient Safety in the Emergency Departments</h1>',
    '<p><b>Final report to the Board of Directors</b><br/>Professor Helen Marchetti (chair), Dr Owen Acheampong and '
    'Ms Ruth Kinsella RN<br/>November 2025</p>',
    '<h2>1. Introduction and summary</h2>',
    '<p>1.1 The Board of Directors commissioned this review in April 2025 after two serious incidents in which '
    'patients deteriorated while waiting on trolleys in the corridor of the Northfleet emergency department (ED). '
    'Our terms of reference asked us to examine how safe care is in both EDs when they are crowded, how the Board '
    'gains assurance about that, and what should change.</p>',
    '<p>1.2 We visited both sites on eleven occasions, including five night visits, reviewed the records of 120 '
    'patients who waited more than twelve hours, interviewed 64 staff and held two listening events for patients '
    'and families. We are grateful to everyone who spoke to us, often about distressing experiences.</p>',
    '<p>1.3 Our main findings are that (a) staff in both EDs are working with great commitment in conditions that '
    'are frequently unsafe; (b) the Board has been assured largely by the four-hour standard, which does not show '
    'harm; and (c) the root of crowding lies outside the ED, in the flow of patients through and out of the '
    'hospitals. Our recommendations are grouped as follows:</p>',
    '<table border="1" cellpadding="4" cellspacing="0" width="70%">',
    row("Theme", "Chapter", "Recommendations", head=True),
    row("Safe care in crowded departments", "2", "2.1, 2.2"),
    row("Board and committee assurance", "3", "3.1, 3.2"),
    row("Workforce, culture and leadership", "4", "4.1, 4.2"),
    row("Discharge and the wider system", "5", "5.1"),
    '</table><p></p>',
    '<h2>2. Safe care in crowded departments</h2>',
    '<p>2.1 On 38 of the 42 days we sampled, more than 15 patients were cared for in the Northfleet ED corridor at '
    '08:00. Nurses used a paper whiteboard to track them. Ashby has an electronic tracking module, Northfleet does '
    'not, and neither system displays early warning scores.</p>',
    '<p>2.2 Of the 120 records we reviewed, 17 showed a delay of more than an hour in escalating a rising National '
    'Early Warning Score (NEWS2). In 9 of those cases the patient was in the corridor.</p>',
    '<p class="quote">&#8220;You just don\'t know who is round the corner. I count them every hour and I still lose '
    'track.&#8221; (staff nurse, Northfleet)</p>',
    recbox("2.1", "The Trust should introduce a single electronic patient tracking system across both emergency "
                  "departments by April 2026, so that each patient's waiting time and latest early warning score "
                  "are visible to the nurse in charge."),
    '<p>2.3 Safety huddles are held at Ashby twice a day but are not consultant-led; at Northfleet there is no '
    'routine huddle overnight. The Care Quality Commission\'s 2023 inspection report stated that &#8220;the trust '
    'must ensure that there are effective systems to identify and respond to deteriorating patients in the '
    'emergency department&#8221;. We found that this requirement has still not been fully met.</p>',
    recbox("2.2", "The Trust should establish a consultant-led safety huddle in each emergency department at least "
                  "three times in every 24 hours, using a standard checklist that covers crowding, corridor care "
                  "and ambulance handover delays."),
    '<table border="1" cellpadding="6" cellspacing="0" width="100%" bgcolor="#eef7ee"><tr><td>'
    '<p><b>Notable practice</b></p><p>The Ashby frailty team reviews every patient over 80 within an hour of arrival '
    'in the ED. Half of these patients go home the same day with support. The Trust may wish to consider whether '
    'the model could be extended to Northfleet.</p></td></tr></table><p></p>',
    '<h2>3. Board and committee assurance</h2>',
    '<p>3.1 The Board\'s integrated performance report shows four-hour performance, ambulance handover times and '
    'twelve-hour waits. It does not report harm: falls, pressure ulcers, missed medication and deterioration while '
    'waiting are reported in a separate quality report, two months in arrears, and never set next to the waiting '
    'times. Non-executive directors told us that they had not realised how often care was given in corridors.</p>',
    recbox("3.1", "The Board should receive a monthly integrated report on urgent and emergency care that includes "
                  "measures of harm associated with long waits, and not only the four-hour standard."),
    '<p>3.2 The Quality Committee last considered corridor care in detail in February 2023.</p>',
    recbox("3.2", "The Quality Committee should carry out a deep dive into corridor care at least twice a year, "
                  "hearing directly from patients and from front-line staff."),
    '<h2>4. Workforce, culture and leadership</h2>',
    '<p>4.1 Consultants are present in the Northfleet ED until 22:00 and at Ashby until 20:00. Between those times '
    'and 08:00 the most senior doctor present is usually a registrar, with a consultant on call from home. A third of '
    'the delayed escalations we found occurred between 22:00 and 02:00.</p>',
    recbox("4.1", "The Trust should revise emergency medicine consultant job plans to provide a consultant on the "
                  "shop floor until midnight, seven days a week, at both sites."),
    '<p>4.2 Many nurses described a culture in which raising concerns about staffing was discouraged. The 2024 NHS '
    'Staff Survey response rate in the Northfleet ED was 23%, and only 31% of respondents felt safe to speak up. We '
    'do not consider that these matters can be resolved by the ED leadership team alone.</p>',
    recbox("4.2", "The Trust should commission an independent review of the culture and leadership of the nursing "
                  "teams in both emergency departments, to report within nine months."),
    '<h2>5. Discharge and the wider system</h2>',
    '<p>5.1 On an average day in September 2025 there were 112 patients in the two hospitals who were medically fit '
    'to leave but waiting for a care package, a care home place or community rehabilitation. This is the single '
    'largest cause of crowding in the EDs, and it is not within the Trust\'s power alone to resolve.</p>',
    recbox("5.1", "The Integrated Care Board should lead a system-wide plan, with the two local authorities, to "
                  "reduce the number of patients awaiting discharge who are medically fit to below 60 across both "
                  "hospitals."),
    '<h2>6. Concluding remarks</h2>',
    '<p>6.1 We recommend that the Board publish this report in full, with its response, and that it invite us to '
    'return in twelve months to assess progress. We have not given that a number, as it is a matter for the Board '
    'rather than a recommendation about patient safety.</p>',
    '<p class="small">Appendix A (terms of reference) and Appendix B (list of interviewees) are published '
    'separately.</p>',
]


def plan_row(ref, rec, position, actions, lead, due, status):
    return row(f"<b>{ref}</b>", rec, position, actions, lead, due, status)


RESPONSE = [
    '<p class="small">NORTHFLEET AND ASHBY HOSPITALS NHS FOUNDATION TRUST &#8211; BOARD OF DIRECTORS (PUBLIC) '
    '&#8211; 29 JANUARY 2026</p>',
    '<h1>Agenda item 11: Response to the Independent Review of Patient Safety in the Emergency Departments</h1>',
    '<table border="1" cellpadding="4" cellspacing="0" width="100%">',
    row("<b>Executive sponsors</b>", "Dr Priya Raman, Chief Medical Officer; Jane Oduya, Chief Nurse"),
    row("<b>Purpose</b>", "For approval"),
    row("<b>Recommendation</b>", "The Board is asked to approve the Trust's position on each recommendation and the "
                                 "action plan at Appendix 1, and to agree that progress is overseen by the Quality "
                                 "Committee and the People Committee."),
    '</table>',
    '<h2>1. Introduction</h2>',
    '<p>The Board received the final report of Professor Marchetti\'s review at its private meeting on 27 November '
    '2025. The report will be published in full on the Trust\'s website alongside this paper. The executive team '
    'thanks the review panel and all the patients, families and staff who contributed.</p>',
    '<h2>2. Engagement with families</h2>',
    '<p>The Chief Nurse and the Chief Medical Officer have met the families of the two patients whose care led to '
    'the review, and have shared the report with them before publication. Both families have been offered a '
    'further meeting once the action plan has been running for six months.</p>',
    '<h2>3. The Trust\'s position</h2>',
    '<p>The executive team has considered each recommendation with the clinical leads of both departments. The '
    'Trust\'s position and the agreed actions are set out in the action plan at Appendix 1, grouped by the Board '
    'committee that will oversee them. Where the Trust does not accept a recommendation, the reasons are given in '
    'the table.</p>',
    '<h2>Appendix 1: Action plan</h2>',
    '<table border="1" cellpadding="4" cellspacing="0" width="100%">',
    '<col width="50"/><col width="170"/><col width="210"/><col width="250"/><col width="80"/><col width="70"/>'
    '<col width="70"/>',
    '<thead>' + row("Ref", "Review recommendation (summary)", "Trust position", "Actions", "Executive lead", "Due",
                    "Status", head=True) + '</thead><tbody>',
    '<tr><td colspan="7" bgcolor="#f2f2f2"><b>Oversight: Quality Committee</b></td></tr>',
    plan_row("3.1 and 3.2", "Board to receive monthly integrated urgent and emergency care report with harm measures; "
             "Quality Committee deep dive on corridor care twice a year.",
             "<b>3.1 Accepted.</b><br/><b>3.2 Partially accepted.</b> Two deep dives a year would crowd out other "
             "priorities on the Quality Committee agenda; the committee will hold one corridor care deep dive each "
             "year, with patient and staff voices, and will see corridor care data quarterly.",
             "New urgent and emergency care report (harm from long waits, corridor care, NEWS2 escalation), first "
             "report to the February 2026 Board meeting. Annual deep dive scheduled for September 2026.",
             "Chief Medical Officer", "Feb 2026 / Sep 2026", "On track"),
    plan_row("2.1", "Single electronic patient tracking system across both EDs by April 2026, showing waiting time "
             "and latest early warning score.",
             "<b>Accepted.</b>",
             "Extend the Symphony tracking module from Ashby to Northfleet (go-live 16 March 2026); add the NEWS2 "
             "score feed from the electronic observations system at both sites; training for all ED nurses in "
             "charge.",
             "Chief Information Officer", "Apr 2026", "On track"),
    '<tr><td colspan="7" bgcolor="#f2f2f2"><b>Oversight: People Committee</b></td></tr>',
    plan_row("4.2", "Independent review of the culture and leadership of ED nursing teams, to report within nine "
             "months.",
             "<b>Accepted.</b>",
             "Kingsley Leadership Partners appointed after tender in January 2026; fieldwork from March 2026; "
             "report to the People Committee and then the Board by October 2026. Freedom to Speak Up Guardian to "
             "hold monthly drop-in sessions in both EDs meanwhile.",
             "Chief Nurse", "Oct 2026", "On track"),
    plan_row("4.1", "Consultant on the ED shop floor until midnight, seven days a week, at both sites.",
             "<b>Not accepted.</b> Midnight cover at both sites would require 6.4 additional whole-time-equivalent "
             "consultants at a recurrent cost of about &#163;1.5m, which cannot be funded within the 2026/27 "
             "financial plan, and the posts could not be recruited in time.",
             "Current consultant cover (to 22:00 at Northfleet and 20:00 at Ashby) retained; registrar escalation "
             "protocol strengthened. Position to be reviewed in the 2027/28 business planning round.",
             "Chief Medical Officer", "&#8211;", "N/A"),
    '<tr><td colspan="7" bgcolor="#f2f2f2"><b>For system partners</b></td></tr>',
    plan_row("5.1", "ICB to lead system-wide plan with local authorities to reduce medically fit patients awaiting "
             "discharge to below 60.",
             "<b>For the ICB.</b> The Trust notes this recommendation, which is addressed to the Integrated Care "
             "Board rather than to the Trust.",
             "Report shared with the ICB Chief Executive on 2 December 2025. The ICB's response will be reported "
             "to the Board when received.",
             "Chief Executive", "&#8211;", "Awaiting ICB"),
    '<tr><td colspan="7" bgcolor="#f2f2f2"><b>Additional Trust action (not a review recommendation)</b></td></tr>',
    plan_row("T1", "&#8211;", "&#8211;",
             "Open a 12-chair &#8216;fit to sit&#8217; area at Ashby for ambulatory patients, releasing trolley "
             "space.", "Chief Operating Officer", "Mar 2026", "Complete"),
    '</tbody></table>',
    '<p class="small">Status key: Complete; On track; At risk; Off track; N/A (not accepted); Awaiting ICB.</p>',
]


def convert(body, stem, size, header, skip_first):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, size))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer="Page {n} of {N}", skip_first=skip_first,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "21cm 29.7cm",
            "Independent Review of Patient Safety in the Emergency Departments  |  Final report  |  November 2025", False)
    convert(RESPONSE, "response", "29.7cm 21cm",
            "Board of Directors (Public), 29 January 2026  |  Agenda item 11  |  Response to the Independent Review", True)
    recs = [
        {"number": "2.1", "starts_with": "The Trust should introduce a single electronic patient tracking system",
         "reply_contains": "Extend the Symphony tracking module from Ashby to Northfleet", "verdict": "agrees"},
        {"number": "2.2", "starts_with": "The Trust should establish a consultant-led safety huddle in each",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "3.1", "starts_with": "The Board should receive a monthly integrated report on urgent",
         "reply_contains": "New urgent and emergency care report (harm from long waits", "verdict": "agrees"},
        {"number": "3.2", "starts_with": "The Quality Committee should carry out a deep dive into",
         "reply_contains": "will hold one corridor care deep dive each year", "verdict": "partly"},
        {"number": "4.1", "starts_with": "The Trust should revise emergency medicine consultant job plans to",
         "reply_contains": "cannot be funded within the 2026/27 financial plan", "verdict": "disagrees"},
        {"number": "4.2", "starts_with": "The Trust should commission an independent review of the culture",
         "reply_contains": "Kingsley Leadership Partners appointed after tender in January 2026",
         "verdict": "agrees"},
        {"number": "5.1", "starts_with": "The Integrated Care Board should lead a system-wide plan, with",
         "reply_contains": "The ICB's response will be reported to the Board when received",
         "verdict": "noted"},
    ]
    unmatched = ["have met the families of the two patients",
                 "area at Ashby for ambulatory patients, releasing trolley space"]
    notes = ("NHS foundation trust's commissioned independent review (LibreOffice Writer from HTML, A4 portrait, "
             "stamped running header and 'Page N of M') and the Board of Directors' paper (A4 LANDSCAPE, "
             "LibreOffice). Advice: paragraphs numbered by chapter (1.1, 2.1, 2.2 ...) AND recommendations numbered "
             "by chapter in shaded one-cell boxes headed 'Recommendation 2.1' ... 'Recommendation 5.1' (7 in all; "
             "paragraph 2.1 and Recommendation 2.1 are different texts; the box of Recommendation 2.2 splits across the "
             "first page break, its label at the foot of page 1 and its text at the top of page 2); a theme table listing only the "
             "recommendation numbers, lettered main findings (a)-(c) in paragraph 1.3, a quoted CQC 'must' "
             "requirement from 2023, a staff quotation, a green 'Notable practice' box ('The Trust may wish to "
             "consider ...'), and paragraph 6.1 'We recommend that the Board publish this report' which the "
             "reviewers expressly say is not a numbered recommendation (traps); 5.1 is addressed to the ICB. "
             "Response: cover table, sections 1-3 in prose (section 2 on meetings with families answers no "
             "recommendation: unmatched), then 'Appendix 1: Action plan', ONE landscape table 'Ref | Review "
             "recommendation (summary) | Trust position | Actions | Executive lead | Due | Status' over a page "
             "break with the header row repeated (the first row, for 3.1 and 3.2, itself splits across the break, the "
             "repeated header landing in the middle of its cells), rows grouped by overseeing committee under shaded spanning rows, "
             "in another order (3.1 and 3.2 in ONE row, 2.1, 4.2, 4.1, 5.1, T1): 3.1 'Accepted' (agrees) and 3.2 "
             "'Partially accepted' one deep dive a year (partly) in the same cell, 2.1 'Accepted' (agrees), 4.2 "
             "'Accepted' (agrees), 4.1 'Not accepted' - unaffordable (disagrees), 5.1 'For the ICB. The Trust notes "
             "this recommendation' (noted); 2.2 (safety huddles) has no row (unanswered); row T1 'Additional Trust "
             "action (not a review recommendation)' is unmatched. Summaries in column 2 paraphrase the "
             "recommendations.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 48 (EN): a screening quality assurance visit report (the genre of the English NHS screening QA service's
published 'Screening Quality Assurance visit report') by the invented Public Health Screening Quality Assurance
Service on the invented Westbury Diabetic Eye Screening Programme: cover block, scope table, executive summary with
'Immediate concerns', a bullet summary of the high-priority findings (a short restatement of four recommendations),
'Shared learning', a KPI table, progress on the previous (2022) visit's recommendations with two open ones quoted,
findings with 'should', then the recommendations as rows of a ruled table No. | Recommendation | Reference |
Timescale | Priority | Evidence required (imperatives, 1-8), and 'Next steps'; answered by the minutes of the
programme board (item 4 discusses the report in another order, one minute covering recommendations 2 and 7 with
different outcomes, recommendation 4 not mentioned, items 3 and 5 on other business, an action log). Chromium
headless --print-to-pdf, A4, cleaned Liberation fonts via @font-face, ligatures off; running header and page numbers
stamped with PyMuPDF. All content (service, programme, trust, ICB, clinics, people, figures) is invented.

Run:  /tmp/blind48en/bin/python tests/docs/src/blind48/gen_en_sqa_chromium.py   (needs chromium)
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b48en as H

NAME = "blind48_en_sqa"
TMP = "/tmp/b48en/sqa"

R = {1: ("Agree a contract variation with the commissioner so that the contract reflects the 2025 national service "
         "specification, including the extended surveillance pathway", "Service specification 2025, section 4",
         "6 months", "S", "Signed contract variation"),
     2: ("Make sure all graders take part in the national external quality assurance test set and that results are "
         "reviewed at the quarterly grading meeting", "Grading standards 2024, 3.2", "3 months", "H",
         "EQA participation report; grading meeting minutes"),
     3: ("Put in place a failsafe process that tracks every patient referred urgently to hospital eye services "
         "until their first attendance", "Failsafe guidance 2023, section 6", "3 months", "H",
         "Failsafe standard operating procedure; audit of urgent referrals"),
     4: ("Complete and publish a health equity audit of uptake, analysed by deprivation quintile, ethnicity and "
         "GP practice", "Screening inequalities strategy", "12 months", "S", "Equity audit and action plan"),
     5: ("Move the Marston Road clinic to premises with step-free access, or provide another local clinic for "
         "patients who use wheelchairs", "Equality Act 2010; service specification, 5.1", "12 months", "S",
         "Confirmation of new venue"),
     6: ("Appoint a deputy clinical lead with at least two protected sessions a week to cover the clinical "
         "lead's duties", "Service specification 2025, section 7", "6 months", "S", "Job plan"),
     7: ("Reduce the number of people overdue for digital surveillance from 1,140 to below 200 by 31 December 2026",
         "Service specification 2025, 4.6", "9 months", "H", "Monthly surveillance backlog report"),
     8: ("Update all standard operating procedures so that each has a named owner, a version number and a review "
         "date", "Quality management guidance", "6 months", "S", "SOP register")}


def fonts():
    css = ""
    for fam, base in (("LS", "LiberationSans"),):
        for st, w, s in (("Regular", "normal", "normal"), ("Bold", "bold", "normal"), ("Italic", "normal", "italic"),
                         ("BoldItalic", "bold", "italic")):
            css += "@font-face {font-family: %s; src: url(file://%s); font-weight: %s; font-style: %s;}\n" % (
                fam, H.clean_font("%s-%s.ttf" % (base, st)), w, s)
    return css


CSS = """
html {font-family: LS; font-size: 10pt; line-height: 1.4; font-variant-ligatures: none;}
h1 {font-size: 14pt; color: #6d1f5e; margin: 12pt 0 5pt 0;}
h2 {font-size: 11pt; color: #6d1f5e; margin: 9pt 0 4pt 0;}
p {margin: 0 0 5pt 0;}
ul {margin: 2pt 0 6pt 0; padding-left: 16pt;}
li {margin-bottom: 2pt;}
.cover {border-top: 10px solid #6d1f5e; padding: 10mm 0 6mm 0; margin-bottom: 4mm;}
.cover .ag {font-size: 10pt; font-weight: bold; color: #6d1f5e;}
.cover .t {font-size: 20pt; font-weight: bold; margin: 8mm 0 2mm 0;}
.cover .s {font-size: 13pt;}
table {border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 8pt 0;}
th, td {border: 1px solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top;}
th {background: #6d1f5e; color: white;}
td.k {background: #f1e6ee; font-weight: bold; width: 30%;}
.min {display: flex; margin: 0 0 5pt 0;}
.min > span:first-child {flex: 0 0 28pt; font-weight: bold;}
.min > span:last-child {flex: 1;}
"""


def html_doc(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page {size: A4; margin: 20mm 18mm 18mm 18mm;}"
            + fonts() + CSS + "</style></head><body>" + body + "</body></html>")


def advice():
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                   % ((k,) + R[k]) for k in range(1, 9))
    b = ["<div class='cover'><div class='ag'>Public Health Screening Quality Assurance Service</div>",
         "<div class='t'>Screening Quality Assurance visit report</div>",
         "<div class='s'>Westbury Diabetic Eye Screening Programme</div>",
         "<div style='margin-top:4mm'>21 and 22 January 2026 | Published April 2026</div></div>",
         "<h1>Scope of this report</h1>",
         "<table><tr><td class='k'>Programme</td><td>Westbury Diabetic Eye Screening Programme (DESP)</td></tr>"
         "<tr><td class='k'>Provider</td><td>Westbury and Ashdown Community Health NHS Trust</td></tr>"
         "<tr><td class='k'>Commissioner</td><td>NHS Westbury Integrated Care Board</td></tr>"
         "<tr><td class='k'>Eligible population</td><td>31,870 people with diabetes aged 12 and over</td></tr>"
         "<tr><td class='k'>QA visit team</td><td>Dr Fiona Marchetti (QA clinical lead, chair); Tom Haldane (QA "
         "programme manager); Aisha Rehman (screening and immunisation lead); Gareth Bow (external grader)</td></tr>"
         "</table>",
         "<h1>Executive summary</h1>",
         "<p>The aim of quality assurance in NHS screening programmes is to maintain national standards and promote "
         "continuous improvement. The findings in this report relate to the QA visit on 21 and 22 January 2026, "
         "pre-visit information, and observation of the grading centre and two clinics.</p>",
         "<h2>Immediate concerns</h2>",
         "<p>The QA visit team identified no immediate concerns.</p>",
         "<h2>High priority</h2>",
         "<p>The QA visit team identified 3 high priority findings, as summarised below:</p>",
         "<ul><li>not all graders take part in external quality assurance</li>"
         "<li>there is no failsafe for urgent referrals to hospital eye services</li>"
         "<li>a large backlog of people overdue for digital surveillance</li></ul>",
         "<h2>Shared learning</h2>",
         "<p>The QA visit team identified several areas of practice for sharing, including the programme's use of "
         "text message reminders in five languages and its joint clinics with the local podiatry service.</p>",
         "<h1>Key performance indicators</h1>",
         "<table><tr><th>Indicator</th><th>Acceptable</th><th>Achievable</th><th>Q1 2025-26</th><th>Q2 2025-26</th>"
         "</tr><tr><td>DE1 Uptake of routine digital screening</td><td>70.0%</td><td>80.0%</td><td>77.2%</td>"
         "<td>78.4%</td></tr><tr><td>DE2 Results issued within 3 weeks</td><td>70.0%</td><td>95.0%</td><td>91.5%"
         "</td><td>88.0%</td></tr><tr><td>DE3 Urgent referrals seen within 6 weeks</td><td>80.0%</td><td>95.0%</td>"
         "<td>72.7%</td><td>69.2%</td></tr></table>",
         "<p>DE3 has been below the acceptable threshold for four consecutive quarters. The programme should "
         "investigate each breach with the hospital eye service.</p>",
         "<h1>Progress on the 2022 recommendations</h1>",
         "<p>Of the 12 recommendations made after the previous QA visit in March 2022, 10 have been met. Two remain "
         "open and are carried forward in this report:</p>",
         "<table><tr><th>No. (2022)</th><th>Recommendation</th><th>Status</th></tr>"
         "<tr><td>2022/05</td><td>Ensure a failsafe process is in place for all referrals to hospital eye services"
         "</td><td>Partly met; see recommendation 3</td></tr>"
         "<tr><td>2022/11</td><td>Review the standard operating procedures and implement a document control system"
         "</td><td>Partly met; see recommendation 8</td></tr></table>",
         "<h1>Findings</h1>",
         "<h2>Governance and leadership</h2>",
         "<p>The programme board meets quarterly and is well attended. The contract still refers to the 2019 service "
         "specification. The clinical lead works two sessions a week and there is no deputy; during her leave in "
         "2025 no clinical decisions were made for five weeks.</p>",
         "<h2>Screening and grading</h2>",
         "<p>The grading centre is well organised. Three of the eleven graders did not complete the national test set "
         "in 2025. Surveillance clinics were cancelled for six months in 2025 because of staff absence, creating a "
         "backlog of 1,140 people overdue. People with diabetes should be offered screening at a clinic they can "
         "reach, and the Marston Road clinic, on the first floor with no lift, cannot be used by wheelchair users.</p>",
         "<h2>Referral and intervention</h2>",
         "<p>Urgent referrals are sent to Westbury General Hospital eye service, but the programme does not check "
         "whether patients attend. The QA team found two patients referred urgently in 2025 who had not been seen "
         "after 14 weeks.</p>",
         "<h2>Reducing inequalities</h2>",
         "<p>Uptake varies from 64 per cent to 86 per cent between GP practices. The programme has not analysed uptake "
         "by deprivation or ethnicity.</p>",
         "<h1>Recommendations</h1>",
         "<p>The following recommendations are for the provider to action unless otherwise stated.</p>",
         "<table><tr><th style='width:5%'>No.</th><th style='width:40%'>Recommendation</th><th>Reference</th>"
         "<th style='width:9%'>Timescale</th><th style='width:8%'>Priority</th><th>Evidence required</th></tr>"
         + rows + "</table>",
         "<p style='font-size:8.5pt'>Timescales are from the date the final report is issued. Priority: H = high, "
         "S = standard. An immediate concern would require action within 7 days.</p>",
         "<h1>Next steps</h1>",
         "<p>The screening service provider is responsible for developing an action plan in collaboration with the "
         "commissioner to complete the recommendations in this report. SQAS will work with the commissioner to "
         "monitor activity and progress, and will confirm that each recommendation has been met once evidence is "
         "received.</p>"]
    return html_doc("".join(b))


def minute(n, t):
    return "<div class='min'><span>%s</span><span>%s</span></div>" % (n, t)


def response():
    b = ["<p style='font-size:9pt; color:#555'>Westbury and Ashdown Community Health NHS Trust</p>",
         "<p style='font-size:14pt'><b>Westbury Diabetic Eye Screening Programme Board</b></p>",
         "<p><b>Minutes of the meeting held on 12 May 2026, 14:00-16:00, Microsoft Teams</b></p>",
         "<table><tr><td class='k'>Present</td><td>Dr Ruth Agbaje, Clinical Lead (chair); Martin Cole, Programme "
         "Manager; Sian Powell, Failsafe Officer; Lee Harwood, Grading Lead; Nadia Stepanek, Head of Primary Care "
         "Contracts, NHS Westbury ICB; Aisha Rehman, Screening and Immunisation Lead</td></tr>"
         "<tr><td class='k'>Apologies</td><td>Dr Owen Price, consultant ophthalmologist</td></tr>"
         "<tr><td class='k'>Minutes</td><td>Carla Jennings, programme administrator</td></tr></table>",
         "<h2>1 Welcome and apologies</h2>",
         minute("1.1", "The chair welcomed members. Apologies were noted as above."),
         "<h2>2 Minutes of the previous meeting and matters arising</h2>",
         minute("2.1", "The minutes of 10 February 2026 were agreed as a correct record."),
         "<h2>3 Programme performance, quarter 4 2025-26</h2>",
         minute("3.1", "MC reported that uptake for quarter 4 was 79.1 per cent, and that results letters had again "
                       "been issued within three weeks for more than 90 per cent of people screened."),
         "<h2>4 QA visit report and draft action plan</h2>",
         minute("4.1", "MC presented the final QA visit report received on 8 April 2026 and the draft action plan, "
                       "which must be returned to the QA service by 8 July. The Board discussed each recommendation, "
                       "taking the high-priority ones first."),
         minute("4.2", "<i>Urgent referrals (recommendation 3).</i> SP confirmed that a failsafe log went live on 1 "
                       "April. Every urgent referral is now tracked weekly until the patient's first attendance, and "
                       "non-attenders are followed up with the hospital eye service. The Board agreed this "
                       "recommendation could be marked as completed once the first audit is done in June."),
         minute("4.3", "<i>Grading and surveillance (recommendations 2 and 7).</i> LH reported that all eleven "
                       "graders are now registered for the test set and that results will be a standing item at the "
                       "quarterly grading meeting from July; the Board accepted recommendation 2 in full. On the "
                       "surveillance backlog, the ICB has funded additional Saturday clinics from June. MC advised "
                       "that these would bring the number overdue down to about 500 by December, but that the "
                       "target of below 200 could not be met within the current contract value. The Board agreed to "
                       "record recommendation 7 as partially accepted, with a revised trajectory."),
         minute("4.4", "<i>Contract (recommendation 1).</i> NS explained that a contract variation is for the ICB "
                       "to initiate, not the provider, and that the ICB would consider it at the annual contract "
                       "review in October alongside the wider community services contract. The Board noted the "
                       "recommendation."),
         minute("4.5", "<i>Marston Road clinic (recommendation 5).</i> The Board did not support moving the clinic. "
                       "It is the only venue in the north of the district and is shared with the podiatry service. "
                       "Patients who use wheelchairs will continue to be offered an appointment at Westbury Community "
                       "Hospital, with transport if needed. MC will explain the Board's reasons in the action plan."),
         minute("4.6", "<i>Standard operating procedures (recommendation 8).</i> MC reported that this is already "
                       "complete: all 23 SOPs were reviewed in March and are now held in a register with owners, "
                       "version numbers and review dates. Evidence will be sent with the action plan."),
         minute("4.7", "<i>Clinical leadership (recommendation 6).</i> RA said that a deputy was needed. The Trust "
                       "has agreed to fund one session a week for a deputy clinical lead from September, which the "
                       "Board accepted as a first step, although this is less than the two sessions the QA team "
                       "recommended."),
         "<h2>5 Any other business</h2>",
         minute("5.1", "The programme office will move from Haddon House to the Westbury Community Hospital site in "
                       "August; members will be sent the new address."),
         minute("5.2", "Date of next meeting: 11 August 2026."),
         "<h2>Action log</h2>",
         "<table><tr><th>No.</th><th>Action</th><th>Owner</th><th>Due</th></tr>"
         "<tr><td>05/26-1</td><td>Audit of urgent referral failsafe log</td><td>SP</td><td>30 June 2026</td></tr>"
         "<tr><td>05/26-2</td><td>Revised surveillance trajectory to SQAS</td><td>MC</td><td>8 July 2026</td></tr>"
         "<tr><td>05/26-3</td><td>Submit action plan to SQAS</td><td>MC</td><td>8 July 2026</td></tr></table>"]
    return html_doc("".join(b))


def build(html, pdf, header, footer, skip_first):
    os.makedirs(TMP, exist_ok=True)
    hp = os.path.join(TMP, os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer=footer, skip_first=skip_first)


NOTES = ("Screening Quality Assurance visit report of the invented Public Health Screening Quality Assurance Service "
         "(SQAS) on the invented Westbury Diabetic Eye Screening Programme: cover block, scope table, executive "
         "summary with 'Immediate concerns' (none), 'High priority' - three noun-phrase bullets restating "
         "recommendations 2, 3 and 7 in short form (trap) - and 'Shared learning'; KPI table DE1-DE3 with 'The "
         "programme should investigate each breach' (finding); 'Progress on the 2022 recommendations' table quoting "
         "2022/05 and 2022/11 (earlier recommendations, traps, carried forward as 3 and 8); findings with 'People "
         "with diabetes should be offered screening at a clinic they can reach'; then the recommendations as rows "
         "1-8 of a table No. | Recommendation | Reference | Timescale | Priority | Evidence required, each opening "
         "with an imperative verb (Agree, Make sure, Put in place, Complete, Move, Appoint, Reduce, Update); 'Next "
         "steps' (the provider 'is responsible for developing an action plan', trap). Response: minutes of the "
         "programme board of 12 May 2026, item 4 in the order 3, 2+7, 1, 5, 8, 6. Key: 3 failsafe log live since 1 "
         "April (agrees); minute 4.3 covers 2 all graders registered, 'accepted recommendation 2 in full' (agrees) "
         "and 7 backlog to about 500, 'partially accepted' (partly); 1 contract variation for the ICB to initiate at "
         "the October review, 'The Board noted the recommendation' (noted); 5 'did not support moving the clinic' "
         "(disagrees); 8 'already complete', SOP register (agrees); 6 one session a week instead of two (partly); 4 "
         "health equity audit unanswered. Unmatched: item 3 quarter 4 performance, item 5.1 programme office move.")


def expected():
    sw = lambda k: " ".join(R[k][0].split()[:10])
    recs = [
        {"number": "1", "starts_with": sw(1),
         "reply_contains": "a contract variation is for the ICB to initiate", "verdict": "noted"},
        {"number": "2", "starts_with": sw(2),
         "reply_contains": "the Board accepted recommendation 2 in full", "verdict": "agrees"},
        {"number": "3", "starts_with": sw(3),
         "reply_contains": "Every urgent referral is now tracked weekly", "verdict": "agrees"},
        {"number": "4", "starts_with": sw(4), "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": sw(5),
         "reply_contains": "The Board did not support moving the clinic", "verdict": "disagrees"},
        {"number": "6", "starts_with": sw(6),
         "reply_contains": "fund one session a week for a deputy clinical lead", "verdict": "partly"},
        {"number": "7", "starts_with": sw(7),
         "reply_contains": "record recommendation 7 as partially accepted, with a revised trajectory",
         "verdict": "partly"},
        {"number": "8", "starts_with": sw(8),
         "reply_contains": "all 23 SOPs were reviewed in March", "verdict": "agrees"},
    ]
    H.write_expected(NAME, recs, ["uptake for quarter 4 was 79.1 per cent",
                                  "The programme office will move from Haddon House"], NOTES)


if __name__ == "__main__":
    build(advice(), H.out(NAME + "_advice.pdf"),
          "SQAS | Screening QA visit report | Westbury Diabetic Eye Screening Programme | April 2026", "{n}", True)
    build(response(), H.out(NAME + "_response.pdf"),
          "Westbury DESP Programme Board - minutes 12 May 2026 - OFFICIAL", "Page {n} of {N}", False)
    expected()
    sys.exit(os.system("%s %s %s" % (sys.executable, os.path.join(os.path.dirname(__file__), "_b48en.py"), NAME)) and 1)

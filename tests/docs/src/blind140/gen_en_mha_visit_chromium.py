"""Round 140 (EN): a mental health commission's MONITORING VISIT REPORT on a secure ward where patients are detained,
answered by the trust's PROVIDER ACTION STATEMENT TABLE ('Issue | What we will do | Lead | By when'), which
PARAPHRASES by THEME without numbers, in another order, one row answering two actions with different verdicts.
The advice: seven actions in shaded BOXES headed 'Action required', one or two at the end of each section, each box
item an imperative sentence without a subject, unnumbered. Traps: 'What patients told us' and 'Good practice'
bullets; the Code of Practice paraphrased ('patients must be told'); the ward's own rule quoted ('should be kept in
the locker room'); a patient's 'should be allowed home'; 'We do not recommend any change to the garden access hours'.
The response: introduction (nothing); seclusion room (5 agrees); one row 'Rights and advocacy': monthly rights
(1 agrees) and advocate only weekly, referrals automatic (4 partly); consent to treatment (2 agrees); phones kept
ward-wide (3 disagrees); staffing noted, recruitment plan (6 noted); closing (nothing); 7 section 17 leave forms never
(unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures off; header and 'Page N of M'
stamped from page 2. All bodies, people, places, figures and references invented; the Mental Health Act 1983 and its
Code of Practice named as context only.
Run:  /tmp/blind140en/bin/python tests/docs/src/blind140/gen_en_mha_visit_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b140en as H

NAME = "blind140_en_mha_visit"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 21mm 22mm 21mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 15pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; color: %(c)s; margin: 10pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
ul { margin: 0 0 5pt 0; padding-left: 16pt; }
li { margin: 0 0 2pt 0; }
.meta { color: #555; font-size: 8.8pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 4pt; margin-bottom: 8pt; }
.box { border-left: 3pt solid %(c)s; background: %(bg)s; padding: 4pt 9pt 1pt 9pt; margin: 4pt 0 7pt 0;
       break-inside: avoid; }
.box b.t { display: block; color: %(c)s; margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 8.9pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: %(bg)s; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind140en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def box(*items):
    return "<div class='box'><b class='t'>Action required</b>" + "".join("<p>%s</p>" % t for t in items) + "</div>"


def advice():
    body = """
<div class='head'><p class='meta'>MENTAL HEALTH VISITING COMMISSION &#183; Monitoring the use of the Mental Health
Act</p></div>
<h1>Monitoring Visit Report: Rowan Ward, Larkhill Hospital</h1>
<p class='meta'>Provider: Kestrel Vale Partnership NHS Trust &#183; Unannounced visit on 9 and 10 September 2025 &#183;
Report MHVC/MV/2025/0612, 7 October 2025 &#183; Visiting commissioners: Ms Adaeze Whitcombe and Mr Rhys
Carrow-Pennant</p>
<h2>About the ward and our visit</h2>
<p>Rowan Ward is an 18-bed low secure ward for men. On the first day of our visit 17 patients were detained under
the Mental Health Act 1983. We spoke privately with nine patients and two relatives, met the ward manager, the
responsible clinicians and the advocacy provider, and examined the records of twelve patients. This report sets out
what we found and the actions we ask the trust to take; it is not a rating.</p>
<h2>What patients told us</h2>
<ul>
<li>Most patients said staff were kind and that they felt safe on the ward.</li>
<li>Several said they had not been told how to appeal against their detention.</li>
<li>One patient said he should be allowed home at weekends; this is a matter for his clinical team.</li>
<li>Patients valued the gym and the ward's music group.</li>
</ul>
<h2>Information about rights</h2>
<p>The Code of Practice says, in our summary, that patients must be told their rights under the Act as soon as
practicable after detention, and reminded of them regularly. We found records of rights being explained on admission
for eight of the twelve patients, and only three records of a reminder since.</p>
""" + box("Make sure that every detained patient has their rights explained on admission and at least every month, "
          "and that each attempt, and how the patient responded, is recorded in the notes.") + """
<h2>Consent to treatment</h2>
<p>For four patients who had been treated with medication for more than three months, we could not find a record of
the responsible clinician's assessment of capacity and consent. Certificates were in place but were not attached to
the medication charts.</p>
""" + box("Record the responsible clinician's assessment of capacity and consent before the three-month period "
          "ends, and attach a copy of every certificate to the patient's medication chart.") + """
<h2>Restrictions on the ward</h2>
<p>A notice in the lounge says that \"all mobile phones should be kept in the locker room and used only in the
visits area\". The rule applies to every patient, whatever his risk. Patients told us this made it hard to keep in
touch with their families. We do not recommend any change to the garden access hours, which patients said were
fair.</p>
""" + box("Replace the ward-wide rule on mobile phones with individual risk assessments, so that patients keep their "
          "own phones unless a recorded assessment shows a reason not to.") + """
<h2>Advocacy</h2>
<p>An independent mental health advocate visits on Thursday mornings. Patients who lack capacity to ask for an
advocate had not been referred.</p>
""" + box("Arrange for an independent mental health advocate to visit the ward at least twice a week, and refer "
          "every patient who lacks capacity to request one automatically.") + """
<h2>Environment</h2>
<p>The ward is clean and well decorated. The seclusion room has no clock visible from inside, and the light can
only be switched from the corridor.</p>
""" + box("Refit the seclusion room so that patients can see a clock and dim the lighting from inside the room.") + """
<h2>Staffing and leave</h2>
<p>On the night shifts in August, 43 per cent of the nurses and healthcare assistants on duty were agency staff.
Patients said that agency staff often did not know them. Leave under section 17 of the Act was well used, but six of
the twelve leave forms we read did not state the conditions of leave, and none had been given to the patient.</p>
""" + box("Reduce the use of agency staff on night shifts, and report to us on progress within six months.",
          "Make sure that section 17 leave forms state the conditions of leave and that a copy is given to the "
          "patient and, with consent, to the nearest relative.") + """
<h2>Good practice</h2>
<ul><li>Care plans were written with patients and in their own words.</li>
<li>The ward's daily community meeting is chaired by a patient.</li></ul>
<p>We ask the trust to send us a provider action statement within 20 working days of receiving this report.</p>
"""
    render(doc(body, "Sans", "9.6pt", "#5b2a6e", "#f1ebf4"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>KESTREL VALE PARTNERSHIP NHS TRUST &#183; Secure and Forensic Services &#183;
Larkhill Hospital, Dene Road, Kestrel Vale</p></div>
<h1>Provider action statement: Rowan Ward</h1>
<p class='meta'>In reply to the Mental Health Visiting Commission's report MHVC/MV/2025/0612 &#183; Sent 4 November
2025 &#183; Approved by Dr Gwen Ashdown-Price, Medical Director, and Mr Tomasz Kowalczyk, Director of Nursing</p>
<p>The trust thanks the visiting commissioners for their visit and for the time they spent with patients and staff
on Rowan Ward. The report was discussed at the ward's community meeting and at the Secure Services Governance Group on
28 October, and the actions below have been agreed.</p>
<table>
<tr><th style='width:17%'>Issue</th><th>What we will do</th><th style='width:15%'>Lead</th><th style='width:12%'>By
when</th></tr>
<tr><td>Seclusion room</td><td>A wall clock behind a protective screen and a dimmer switch inside the room were fitted
on 21 October 2025.</td><td>Estates manager</td><td>Done</td></tr>
<tr><td>Rights and advocacy</td><td>The ward now uses a monthly rights checklist for every detained patient, recorded
on the electronic record, and audited each month by the ward manager. All patients lacking capacity are now referred
to the advocacy service automatically. The advocacy contract funds one visit a week, and we are unable to increase
this before the contract is re-let in 2027.</td><td>Ward manager</td><td>1 December 2025</td></tr>
<tr><td>Consent to treatment</td><td>Pharmacy will not dispense after the three-month point until the capacity
assessment is on the record, and certificates are scanned onto the electronic prescribing system.</td><td>Chief
pharmacist; responsible clinicians</td><td>31 December 2025</td></tr>
<tr><td>Mobile phones</td><td>Having reviewed the rule, the trust has decided to retain the ward-wide approach, which
is needed to protect patients' and visitors' privacy in a secure setting. Patients will have supervised phone time
every evening in the visits area.</td><td>Clinical director</td><td>-</td></tr>
<tr><td>Night staffing</td><td>The trust notes the commissioners' concern. Night staffing on all secure wards is part of
the trust's workforce plan, which is being refreshed this winter; we will share it when it is
published.</td><td>Director of Nursing</td><td>-</td></tr>
</table>
<p>We will report progress against these actions to the Commission when it next visits, and we welcome the
commissioners' recognition of the ward's community meeting and patient-led care plans.</p>
"""
    render(doc(body, "Sans", "9.8pt", "#0f4d5c", "#e3eff1"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Mental Health Visiting Commission - MHVC/MV/2025/0612 - Rowan Ward",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Kestrel Vale Partnership NHS Trust - provider action statement",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Make sure that every detained patient has their rights explained",
         "reply_contains": "now uses a monthly rights checklist for every detained patient",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Record the responsible clinician's assessment of capacity and consent before",
         "reply_contains": "Pharmacy will not dispense after the three-month point",
         "verdict": "agrees"},
        {"number": 3, "starts_with": "Replace the ward-wide rule on mobile phones with individual risk",
         "reply_contains": "the trust has decided to retain the ward-wide approach",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "Arrange for an independent mental health advocate to visit the ward",
         "reply_contains": "we are unable to increase this before the contract is re-let",
         "verdict": "partly"},
        {"number": 5, "starts_with": "Refit the seclusion room so that patients can see a clock",
         "reply_contains": "A wall clock behind a protective screen and a dimmer switch",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Reduce the use of agency staff on night shifts, and report",
         "reply_contains": "The trust notes the commissioners' concern",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Make sure that section 17 leave forms state the conditions of",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["discussed at the ward's community meeting and at the Secure Services",
                 "We will report progress against these actions to the Commission"]
    notes = ("Advice: a mental health commission's MONITORING VISIT REPORT on a low secure ward (the Mental Health Act "
             "1983 and its Code of Practice named as context). Seven actions in shaded BOXES headed 'Action "
             "required' at the end of each section, unnumbered imperative sentences without a subject ('Make sure "
             "that ...', 'Record ...', 'Replace ...'), the last box holding two (6 and 7). Traps: 'What patients told "
             "us' bullets with a patient's 'should be allowed home'; the Code paraphrased ('patients must be told "
             "their rights'); the ward's notice quoted ('all mobile phones should be kept in the locker room'); 'We "
             "do not recommend any change to the garden access hours'; 'Good practice' bullets; 'We ask the trust to "
             "send us a provider action statement'. Response: the trust's PROVIDER ACTION STATEMENT TABLE ('Issue | "
             "What we will do | Lead | By when'), PARAPHRASING by THEME, no numbers, other order: introduction "
             "(nothing); 5 clock and dimmer fitted (agrees); ONE row 'Rights and advocacy' answering 1 (monthly rights "
             "checklist, agrees) and 4 (automatic referral but visits stay weekly, 'unable to increase this', "
             "partly); 2 pharmacy will not dispense without the assessment (agrees); 3 'decided to retain the "
             "ward-wide approach' (disagrees); 6 'The trust notes the commissioners' concern', workforce plan "
             "(noted); closing (nothing); 7 section 17 leave forms never mentioned (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

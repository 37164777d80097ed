"""Round 139 (EN): a national clinical improvement programme's DEEP DIVE VISIT REPORT on a hospital trust's trauma
and orthopaedic surgery, answered by the trust's RESPONSE AND ACTION PLAN TABLE ('Theme | What the trust will do |
Lead | By'), which PARAPHRASES the recommendations by THEME without their codes, in another order, one row answering
two with different verdicts.
The advice: seven recommendations as CODED rows TO1-TO7 of a 'Recommendations' TABLE with a priority column. Traps:
a data table with metrics numbered M1-M5; the national hip fracture standard quoted ('should have surgery on the day
of, or the day after, admission'); notable practice bullets; the trust's request 'should be moved'; 'We do not
recommend that the trust move all elective joint replacement to Lunsdale'.
The response: introduction (nothing); one row on theatre productivity: day surgery unit (TO2 agrees) and four joints
per list only on two surgeons' lists (TO1 partly); outcome measures (TO6 agrees); orthogeriatrician business case
for the budget round (TO3 noted); beds not ring-fenced (TO4 disagrees); regional shared waiting list to be considered
when the ICB consults (TO5 noted); closing (nothing); TO7 consent information never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans via @font-face, ligatures off; header and 'Page N of M'
stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind139en/bin/python tests/docs/src/blind139/gen_en_clinical_visit_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b139en as H

NAME = "blind139_en_clinical_visit"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 21mm 22mm 22mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 15.5pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 6pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
ul { margin: 0 0 6pt 0; padding-left: 16pt; }
li { margin: 0 0 3pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
.box { border: 0.9pt solid %(c)s; background: %(bg)s; padding: 6pt 10pt 2pt 10pt; margin: 6pt 0 8pt 0; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 9.3pt; }
th, td { border: 0.6pt solid #9a9a9a; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: %(bg)s; }
</style>"""


def doc(body, fam, size, colour, bg):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour, 'bg': bg}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind139en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)



def advice():
    body = """
<div class='head'><p class='meta'>NATIONAL ELECTIVE SURGERY IMPROVEMENT PROGRAMME &#183; Clinically led, peer to
peer</p></div>
<h1>Trauma and Orthopaedic Surgery: Deep Dive Visit Report</h1>
<p class='meta'>Harrowfield Valley Hospitals NHS Trust (Harrowfield General and Lunsdale Community Hospital) &#183;
Visit 8 April 2025 &#183; Report NESIP/TO/2025/031, 2 May 2025 &#183; Visiting team: Mr Anand Ramaswamy FRCS (Orth),
National Clinical Lead; Ms Jo Pettigrew, Theatres Adviser; Dr Lucy Armitage, Data Analyst</p>
<h2>Purpose of the visit</h2>
<p>The programme visits every trust to compare its data with national figures and to share what works elsewhere.
The visit is not an inspection, and the trust is free to decide how to act on what we recommend. We met surgeons,
anaesthetists, theatre and ward staff, managers and two patient representatives.</p>
<h2>What the data show</h2>
<table>
<tr><th style='width:10%'>Ref</th><th>Measure (year to December 2024)</th><th style='width:16%'>Trust</th>
<th style='width:16%'>National</th></tr>
<tr><td>M1</td><td>Hip or knee replacements per all-day list</td><td>2.6</td><td>3.4</td></tr>
<tr><td>M2</td><td>Elective operations cancelled on the day for lack of a bed</td><td>9.1%</td><td>3.0%</td></tr>
<tr><td>M3</td><td>Hip fracture patients operated on by the day after admission</td><td>61%</td><td>72%</td></tr>
<tr><td>M4</td><td>Patients waiting more than 52 weeks</td><td>418</td><td>-</td></tr>
<tr><td>M5</td><td>Participation in patient-reported outcome measures</td><td>34%</td><td>71%</td></tr>
</table>
<p>The national hip fracture standard says that patients &#8220;should have surgery on the day of, or the day after,
admission&#8221;. The trust falls short of this on weekends in particular, when there is no orthogeriatric cover.</p>
<h2>Notable practice</h2>
<ul>
<li>The virtual fracture clinic at Harrowfield General discharges a third of new fracture patients without a
face-to-face visit.</li>
<li>The enhanced recovery nurses phone every joint replacement patient on the day after discharge.</li>
</ul>
<h2>Our recommendations</h2>
<p>The trust asked us whether all elective hip and knee replacements should be moved to Lunsdale. We do not recommend
that the trust move all elective joint replacement to Lunsdale at present: its theatres have no critical care
back-up and about one patient in eight would still need Harrowfield. We make the following recommendations.</p>
<table>
<tr><th style='width:9%'>Code</th><th>Recommendation</th><th style='width:13%'>Priority</th></tr>
<tr><td>TO1</td><td>Schedule four primary hip or knee replacements on every all-day elective list, with a
standard kit and a second anaesthetic room where possible.</td><td>High</td></tr>
<tr><td>TO2</td><td>Move day-case arthroscopy and hand surgery out of the main theatres into the day surgery unit
at Harrowfield General.</td><td>High</td></tr>
<tr><td>TO3</td><td>Appoint an orthogeriatrician so that hip fracture patients are reviewed by a consultant
geriatrician seven days a week.</td><td>High</td></tr>
<tr><td>TO4</td><td>Ring-fence twelve elective orthopaedic beds on Ward 7 throughout the year, including
winter.</td><td>High</td></tr>
<tr><td>TO5</td><td>Join the regional shared waiting list for joint replacement, so that long waiters can be offered
treatment at a neighbouring trust.</td><td>Medium</td></tr>
<tr><td>TO6</td><td>Collect patient-reported outcome measures for every hip and knee replacement patient, aiming for
participation of at least 80 per cent.</td><td>Medium</td></tr>
<tr><td>TO7</td><td>Review the consent process so that every patient receives written information on the risks of
surgery at least a week before the operation.</td><td>Medium</td></tr>
</table>
<p>We would be pleased to return in twelve months to review progress, when we expect TO1 and TO4 to have made the
biggest difference to waiting times.</p>
<p class='meta'>Mr Anand Ramaswamy, National Clinical Lead for Orthopaedic Surgery &#183; 2 May 2025</p>
"""
    render(doc(body, "Sans", "9.8pt", "#005a70", "#e2eff2"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>HARROWFIELD VALLEY HOSPITALS NHS TRUST &#183; Division of Surgery &#183; Trust
Board, 3 July 2025, item 14</p></div>
<h1>Response to the Elective Surgery Improvement Programme visit: trauma and orthopaedics</h1>
<p class='meta'>Presented by Mrs Gemma Thornaby, Divisional Director of Surgery, and Mr Peter Okonkwo-Lees, Clinical
Director for Trauma and Orthopaedics</p>
<p>The division welcomed the visit and the open discussion with Mr Ramaswamy's team. The report was discussed at the
orthopaedic departmental meeting in May and at the Surgical Quality Board in June. The table below sets out what the
division proposes, grouped by theme. The Board is asked to approve the plan.</p>
<table>
<tr><th style='width:17%'>Theme</th><th>What the trust will do</th><th style='width:14%'>Lead</th>
<th style='width:12%'>By</th></tr>
<tr><td>Theatre productivity</td><td>All arthroscopy and hand lists will transfer to the day surgery unit from 3
November, releasing six main theatre sessions a week. We will trial four joints a list on two surgeons' Tuesday lists
first; the remaining lists will stay at three until a second anaesthetic room is funded.</td><td>Theatres manager,
Clinical Director</td><td>November 2025</td></tr>
<tr><td>Outcome measures</td><td>A PROMs coordinator started on 1 June and questionnaires are now given at the
pre-operative clinic; participation was 58 per cent in June and we aim for 80 per cent by March.</td><td>Audit lead
</td><td>March 2026</td></tr>
<tr><td>Hip fracture care</td><td>We note the visiting team's view on orthogeriatric cover. A business case for a
further consultant will be put forward in the 2026-27 budget round, where it will be weighed against other
pressures.</td><td>Medical Director</td><td>January 2026</td></tr>
<tr><td>Elective beds</td><td>The division does not support protecting beds on Ward 7 through the winter, when the
trust needs every bed for emergency patients. Instead, elective joint patients will be booked to Lunsdale wherever
their health allows.</td><td>Divisional Director</td><td>Winter 2025-26</td></tr>
<tr><td>Working with other trusts</td><td>The integrated care board expects to consult on a regional waiting list
in the autumn. The trust will consider taking part once the proposals and their costs are known.</td><td>Chief
Operating Officer</td><td>To be confirmed</td></tr>
</table>
<p>Progress will be reported to the Surgical Quality Board every quarter and to the Trust Board in January.</p>
"""
    render(doc(body, "Sans", "9.8pt", "#4b2a6b", "#efe8f5"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="NESIP/TO/2025/031 - Harrowfield Valley Hospitals - deep dive visit",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Trust Board 3 July 2025 - item 14",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Schedule four primary hip or knee replacements on every all-day",
         "reply_contains": "trial four joints a list on two surgeons' Tuesday lists", "verdict": "partly"},
        {"number": 2, "starts_with": "Move day-case arthroscopy and hand surgery out of the main theatres",
         "reply_contains": "All arthroscopy and hand lists will transfer", "verdict": "agrees"},
        {"number": 3, "starts_with": "Appoint an orthogeriatrician so that hip fracture patients are reviewed",
         "reply_contains": "We note the visiting team's view on orthogeriatric cover", "verdict": "noted"},
        {"number": 4, "starts_with": "Ring-fence twelve elective orthopaedic beds on Ward 7 throughout",
         "reply_contains": "does not support protecting beds on Ward 7 through the winter",
         "verdict": "disagrees"},
        {"number": 5, "starts_with": "Join the regional shared waiting list for joint replacement,",
         "reply_contains": "will consider taking part once the proposals and their costs are known",
         "verdict": "noted"},
        {"number": 6, "starts_with": "Collect patient-reported outcome measures for every hip and knee",
         "reply_contains": "A PROMs coordinator started on 1 June", "verdict": "agrees"},
        {"number": 7, "starts_with": "Review the consent process so that every patient receives written",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["welcomed the visit and the open discussion",
                 "reported to the Surgical Quality Board every quarter"]
    notes = ("Advice: a national clinical improvement programme's DEEP DIVE VISIT REPORT on a trust's trauma and "
             "orthopaedic surgery. The seven recommendations are CODED rows TO1-TO7 of a 'Recommendations' TABLE "
             "(code | recommendation | priority), imperative sentences without a subject. Traps: a data table whose "
             "rows are coded M1-M5; the national hip fracture standard quoted ('should have surgery on the day of, "
             "or the day after, admission'); notable practice bullets; the trust's question 'should be moved to "
             "Lunsdale' and 'We do not recommend that the trust move all elective joint replacement to Lunsdale'; "
             "closing 'TO1 and TO4 to have made the biggest difference'. Response: the trust's RESPONSE AND ACTION "
             "PLAN TABLE for its Board ('Theme | What the trust will do | Lead | By'), PARAPHRASING by THEME, no "
             "codes, other order: introduction (nothing); ONE row 'Theatre productivity' answering TO2 (lists "
             "transfer to the day surgery unit, agrees) and TO1 (four joints only on two surgeons' lists as a trial, "
             "others stay at three, partly); TO6 PROMs coordinator, aim 80 per cent (agrees); TO3 'We note', "
             "business case in the budget round (noted); TO4 'does not support protecting beds' (disagrees); TO5 "
             "'will consider taking part' once the ICB consults (noted); closing (nothing); TO7 never mentioned "
             "(unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

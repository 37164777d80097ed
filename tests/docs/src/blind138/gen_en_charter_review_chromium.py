"""Round 138 (EN): a US city's CHARTER REVIEW COMMISSION FINAL REPORT, answered by the ACTION MINUTES of a City
Council special meeting, in which each action is a block with INLINE LABELS ('Recommendation 4 ... MOTION: ... VOTE:
... ACTION:'), in another order, one block answering two recommendations with different verdicts.
The advice: seven recommendations as numbered rows 1-7 of a TABLE 'No. | Recommendation | Charter section |
Commission vote', after FINDINGS numbered 1-5. Traps: the current Charter quoted ('The Council shall consist of five
members'); the state Elections Code paraphrased ('must be submitted to the voters'); residents' view that 'the City
Manager should be elected' and 'The Commission does not recommend a change to a strong-mayor form'; conclusion naming
Recommendations 1 and 2.
The response: roll call and public comment (nothing); 4 placed on the ballot (agrees); 2 placed (agrees); 1 seven
members but two at large (partly); 3 motion failed (disagrees); one block 5 and 6: term limits motion failed (6
disagrees), even-year elections referred for a cost report (5 noted); adjournment (nothing); 7 never (unanswered).
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Serif (report) and Sans (minutes) via @font-face,
ligatures off; header and 'Page N of M' stamped from page 2. All bodies, people, places, figures, resolutions and
charter sections invented; the state Elections Code is named as context only.
Run:  /tmp/blind138en/bin/python tests/docs/src/blind138/gen_en_charter_review_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b138en as H

NAME = "blind138_en_charter_review"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: Letter; margin: 20mm 22mm 20mm 22mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 16pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 12pt; color: %(c)s; margin: 11pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
.meta { color: #555; font-size: 9pt; }
.head { border-bottom: 1.2pt solid %(c)s; padding-bottom: 5pt; margin-bottom: 9pt; }
table { border-collapse: collapse; width: 100%%; margin: 4pt 0 8pt 0; font-size: 9.5pt; }
th, td { border: 0.6pt solid #8f8f8f; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #e4e7ef; }
ol { margin: 0 0 7pt 0; padding-left: 20pt; }
li { margin-bottom: 3pt; }
blockquote { margin: 0 0 7pt 18pt; font-style: italic; }
.act { margin: 0 0 8pt 0; padding-left: 12pt; border-left: 2pt solid %(c)s; }
.act p { margin: 0 0 3pt 0; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind138en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


RECS = [
    ("Increase the City Council from five to seven members, all of them elected by district.", "Art. IV, &#167; 400",
     "9-2"),
    ("Establish an independent redistricting commission of seven residents to draw council district lines after "
     "each federal census.", "New &#167; 405", "11-0"),
    ("Have council salaries set every four years by an independent compensation panel instead of by ordinance.",
     "&#167; 410", "8-3"),
    ("Create an Ethics Commission with the power to investigate complaints and impose fines under the City's "
     "ethics code.", "New Art. XI-A", "10-1"),
    ("Move municipal elections from odd-numbered years to the statewide general election in even-numbered years.",
     "&#167; 1100", "7-4"),
    ("Limit councilmembers and the Mayor to three consecutive four-year terms in the same office.", "&#167; 401",
     "6-5"),
    ("Require the Council to appoint a charter review commission at least once every ten years.", "&#167; 1402",
     "11-0"),
]


def advice():
    rows = "".join(f"<tr><td>{i}</td><td>{t}</td><td>{s}</td><td>{v}</td></tr>" for i, (t, s, v) in
                   enumerate(RECS, 1))
    body = f"""
<div class='head'><p class='meta'>CITY OF FAIRHAVEN SPRINGS &#183; 2025 CHARTER REVIEW COMMISSION</p></div>
<h1>Final Report and Recommendations to the City Council</h1>
<p class='meta'>Appointed under Resolution No. 2024-118 &#183; Chair: Dr. Eleanor Vasquez-Whitfield &#183; 11 members
&#183; 14 public meetings, September 2024 to May 2025 &#183; Submitted June 10, 2025</p>
<h2>1 Introduction</h2>
<p>Fairhaven Springs has grown from 38,000 residents in 1990 to 91,500 today, but its Charter has hardly changed. Section
400 still provides that <i>&#8220;The Council shall consist of five members elected at large, one of whom shall be
the Mayor&#8221;</i>. The Commission heard from 212 residents in person and received 640 survey responses. Under the
state Elections Code, as we understand it, any amendment the Council proposes must be submitted to the voters at a
regular or special election; the Code is referred to here for context only.</p>
<h2>2 Findings</h2>
<ol>
<li>Four of the five current councilmembers live in the two northern neighborhoods; no member has lived south of
Route 9 since 2011.</li>
<li>Turnout in the odd-year municipal election of 2023 was 19 percent, against 71 percent in the November 2024
general election.</li>
<li>Council salaries have not changed since 2006, and every proposal to raise them has been withdrawn after public
criticism.</li>
<li>The City has an ethics code but no body independent of the Council to enforce it.</li>
<li>The Charter has no provision for its own periodic review; the last commission sat in 1999.</li>
</ol>
<h2>3 Recommendations</h2>
<p>The Commission makes the following recommendations to the City Council, each with the Charter section concerned
and the Commission's vote.</p>
<table>
<tr><th style='width:6%'>No.</th><th>Recommendation</th><th style='width:16%'>Charter section</th>
<th style='width:13%'>Commission vote</th></tr>
{rows}
</table>
<h2>4 Matters considered but not recommended</h2>
<p>A number of residents argued that the City Manager should be elected by the voters. The Commission does not
recommend a change to a strong-mayor form of government: the council-manager form has served the City well and
the Commission found no support for it among the department heads and former mayors it interviewed.</p>
<h2>5 Conclusion</h2>
<p>Recommendations 1 and 2 belong together and should go to the voters as a single measure. The Commission thanks
the City Clerk's office for its support throughout.</p>
<p class='meta'>Eleanor Vasquez-Whitfield, Chair, for the 2025 Charter Review Commission</p>
"""
    render(doc(body, "Serif", "10.5pt", "#263d73"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='head'><p class='meta'>CITY OF FAIRHAVEN SPRINGS &#183; OFFICE OF THE CITY CLERK</p></div>
<h1>City Council Special Meeting: Action Minutes</h1>
<p class='meta'>Tuesday, July 22, 2025, 6:00 p.m. &#183; Council Chambers, 200 Civic Plaza &#183; Approved August
12, 2025</p>
<p><b>1. Call to order and roll call.</b> Mayor Okonkwo-Reyes called the meeting to order at 6:02 p.m. Present: Mayor
Diane Okonkwo-Reyes, Vice Mayor Tom Hallorann, Councilmembers Luis Ruiz, Anjali Patel-Brandt and Karl Svensson.</p>
<p><b>2. Public comment.</b> Twenty-three speakers addressed the Council, most in favor of district elections.</p>
<p><b>3. Charter Review Commission Final Report.</b> Dr. Vasquez-Whitfield presented the report. The Council took the
following actions.</p>
<div class='act'>
<p><b>3.A Recommendation 4 (Ethics Commission).</b></p>
<p>MOTION (Patel-Brandt / Svensson): Direct the City Attorney to draft a charter amendment creating the commission
as proposed, for the November 2026 ballot.</p>
<p>VOTE: 5-0. ACTION: Carried unanimously.</p>
</div>
<div class='act'>
<p><b>3.B Recommendation 2 (redistricting).</b></p>
<p>MOTION (Ruiz / Okonkwo-Reyes): Place the independent districting commission before the voters as the Commission
proposed.</p>
<p>VOTE: 4-1 (No: Hallorann). ACTION: Carried.</p>
</div>
<div class='act'>
<p><b>3.C Recommendation 1 (size of the Council).</b></p>
<p>MOTION (Svensson / Ruiz): Place on the ballot a measure enlarging the Council to seven seats, with five
councilmembers elected by district and the Mayor and one councilmember still elected citywide.</p>
<p>VOTE: 3-2 (No: Hallorann, Patel-Brandt). ACTION: Carried. The substitute motion for seven district seats failed
2-3.</p>
</div>
<div class='act'>
<p><b>3.D Recommendation 3 (compensation).</b></p>
<p>MOTION (Ruiz / Svensson): Include the salary-setting panel in the charter amendments.</p>
<p>VOTE: 2-3 (No: Okonkwo-Reyes, Hallorann, Patel-Brandt). ACTION: Motion failed; pay remains a matter for
ordinance.</p>
</div>
<div class='act'>
<p><b>3.E Recommendations 5 and 6 (election timing and term limits).</b></p>
<p>MOTION (Hallorann / Ruiz): Place a three-term limit on the ballot. VOTE: 2-3 (No: Okonkwo-Reyes, Patel-Brandt,
Svensson). ACTION: Motion failed. By consensus, the Council asked the City Manager to obtain an estimate of the cost
of consolidating with the statewide election from the County Registrar of Voters and return with it in January
2026; no action was taken on that recommendation tonight.</p>
</div>
<p><b>4. Adjournment.</b> The Mayor thanked the members of the Commission for their year of work and adjourned the
meeting at 9:47 p.m. in memory of former Councilmember Ada Pennington.</p>
<p class='meta'>Attest: Maribel Soto, City Clerk</p>
"""
    render(doc(body, "Sans", "10pt", "#5a2d0c"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Fairhaven Springs 2025 Charter Review Commission - Final Report",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="City Council special meeting of July 22, 2025 - action minutes",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Increase the City Council from five to seven members, all",
         "reply_contains": "with five councilmembers elected by district and the Mayor", "verdict": "partly"},
        {"number": 2, "starts_with": "Establish an independent redistricting commission of seven residents to draw",
         "reply_contains": "Place the independent districting commission before the voters", "verdict": "agrees"},
        {"number": 3, "starts_with": "Have council salaries set every four years by an independent",
         "reply_contains": "Motion failed; pay remains a matter for ordinance", "verdict": "disagrees"},
        {"number": 4, "starts_with": "Create an Ethics Commission with the power to investigate complaints",
         "reply_contains": "Direct the City Attorney to draft a charter amendment", "verdict": "agrees"},
        {"number": 5, "starts_with": "Move municipal elections from odd-numbered years to the statewide general",
         "reply_contains": "obtain an estimate of the cost of consolidating", "verdict": "noted"},
        {"number": 6, "starts_with": "Limit councilmembers and the Mayor to three consecutive four-year terms",
         "reply_contains": "Place a three-term limit on the ballot", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Require the Council to appoint a charter review commission at least",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["Twenty-three speakers addressed the Council, most in favor",
                 "adjourned the meeting at 9:47 p.m."]
    notes = ("Advice: a US city's CHARTER REVIEW COMMISSION FINAL REPORT (the state Elections Code named as context); "
             "seven recommendations as numbered rows 1-7 of a TABLE 'No. | Recommendation | Charter section | "
             "Commission vote' (the vote column holds figures like '9-2'). Traps: the current Charter quoted ('The "
             "Council shall consist of five members'); the Code paraphrased ('must be submitted to the voters'); "
             "FINDINGS numbered 1.-5.; residents' view 'the City Manager should be elected' and 'The Commission "
             "does not recommend a change to a strong-mayor form'; conclusion 'Recommendations 1 and 2 belong "
             "together'. Response: ACTION MINUTES of a City Council special meeting, items 1-4 with sub-actions "
             "3.A-3.E headed 'Recommendation N (theme)' with INLINE LABELS MOTION / VOTE / ACTION, in the order 4, 2, "
             "1, 3, 5+6: roll call and public comment (nothing); 4 City Attorney to draft the amendment, 5-0 "
             "(agrees); 2 placed before the voters, 4-1 (agrees); 1 seven seats but five by district and two "
             "citywide, the seven-district substitute failing (partly); 3 motion failed, pay stays with ordinance "
             "(disagrees); ONE block 3.E: 6 three-term limit motion failed (disagrees) and 5 cost estimate from the "
             "County Registrar, no action taken tonight (noted); adjournment (nothing). 7 (periodic review) is "
             "never answered (unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

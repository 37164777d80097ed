"""Round 75 (EN): a US city's POLICE ACCOUNTABILITY BOARD POLICY RECOMMENDATION REPORT (genre: a civilian
oversight board's report to the Chief of Police under the city code: seal line, transmittal block, background,
method, findings coded F-1 ... F-5, a data table, then recommendations coded PR-1 ... PR-7 in shaded callouts,
each followed by a short 'Rationale') answered by the CHIEF OF POLICE'S RESPONSE LETTER (department letterhead,
the code's response requirement, sections by recommendation code in another order with a 'Response:' label
'Concur', 'Concur in part', 'Do not concur' or 'Referred', an update on staffing, closing).
Advice: City of Larkspur Police Accountability Board, 'Policy Recommendations on Vehicle Pursuits', Report
2026-02, Letter size, 2 p.
Response: Larkspur Police Department, Office of the Chief, letter of 14 April 2026, Letter size, 2 p.; order PR-2,
PR-6, PR-3 and PR-7 (one section), PR-1, PR-4; PR-5 (the PIT maneuver) is not answered.
Chromium headless --print-to-pdf, cleaned Liberation Sans/Serif via @font-face, ligatures off, a fresh
--user-data-dir; footers stamped with PyMuPDF. The city, its code, the board, the department, the people and all
figures are invented.

Run:  /tmp/blind75en/bin/python tests/docs/src/blind75/gen_en_police_board_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b75en as H

NAME = "blind75_en_police_board"


def css():
    c = ""
    for fam, base in (("PSans", "LiberationSans"), ("PSerif", "LiberationSerif")):
        for f, st, w in (("Regular", "normal", 400), ("Bold", "normal", 700), ("Italic", "italic", 400)):
            c += ("@font-face { font-family: '%s'; font-style: %s; font-weight: %d; src: url('file://%s'); }\n"
                  % (fam, st, w, H.clean_font("%s-%s.ttf" % (base, f))))
    return c + """
@page { size: 8.5in 11in; margin: 0.8in 0.9in 0.85in 0.9in; }
body { font-family: 'PSans'; font-size: 10.5pt; line-height: 1.42; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; color: #1b1b1b; }
h1 { font-size: 19pt; color: #12355b; margin: 6px 0 4px 0; }
h2 { font-size: 12.5pt; color: #12355b; border-bottom: 2px solid #c9a227; padding-bottom: 2px; margin: 16px 0 8px; }
.seal { font-size: 9pt; letter-spacing: 1px; text-transform: uppercase; color: #12355b; }
.meta { font-size: 9pt; border: 1px solid #999; padding: 6px 10px; margin: 10px 0; }
.rec { background: #eaf0f7; border-left: 5px solid #12355b; padding: 7px 12px; margin: 10px 0 4px 0; }
.rec b { color: #12355b; }
.rat { font-size: 9.5pt; margin: 0 0 10px 18px; color: #333; }
table { border-collapse: collapse; font-size: 9.5pt; margin: 6px 0 10px; }
td, th { border: 1px solid #888; padding: 3px 8px; text-align: left; }
th { background: #dfe6ee; }
.serif { font-family: 'PSerif'; font-size: 11.5pt; line-height: 1.38; }
.serif h3 { font-family: 'PSans'; font-size: 11pt; margin: 14px 0 4px; color: #222; }
.lab { font-family: 'PSans'; font-weight: 700; }
.head { border-bottom: 3px double #12355b; padding-bottom: 6px; margin-bottom: 14px; font-family: 'PSans'; }
"""


RECS_HTML = [
    ("PR-1", "Pursuits for non-violent offenses",
     "LPD should permit officers to begin a vehicle pursuit only when the driver is reasonably believed to have "
     "committed a violent felony.",
     "Eleven of the 19 pursuits in 2025 began with a traffic violation or a stolen vehicle report (F-2)."),
    ("PR-2", "Supervisor control",
     "A patrol supervisor should be required to approve every pursuit within 60 seconds of its start and to "
     "end it whenever the risk to the public outweighs the need for an immediate arrest.",
     "In 7 pursuits no supervisor acknowledged the pursuit on the radio (F-3)."),
    ("PR-3", "Public reporting",
     "LPD should publish a dashboard of all vehicle pursuits on the city website, updated every month.",
     "The Board obtained the 2025 data only through a public records request."),
    ("PR-4", "Training",
     "All patrol officers should receive pursuit driving and decision-making training every year, including "
     "a scenario on when to call off a pursuit.",
     "Officers told the Board they last had pursuit training at the academy (F-4)."),
    ("PR-5", "Pursuit intervention technique",
     "LPD should prohibit the use of the pursuit intervention technique (PIT) at speeds above 35 miles per hour.",
     "Two of the three PIT maneuvers in 2025 were performed above 50 miles per hour."),
    ("PR-6", "Alternatives to pursuit",
     "The City should fund GPS tag launchers for 20 patrol vehicles so that a fleeing vehicle can be tracked "
     "without a chase.",
     "Neighboring Cedar Falls reduced pursuits by 40 percent after fitting launchers in 2023."),
    ("PR-7", "Collision reviews",
     "Every pursuit that ends in a collision should be reviewed by the Professional Standards Unit within 30 "
     "days, and the full review should be shared with the Board.",
     "The Board could not find a written review for four of the six collisions (F-5)."),
]

ADVICE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='seal'>City of Larkspur &#183; Police Accountability Board</div>
<h1>Policy Recommendations on Vehicle Pursuits</h1>
<div>Report 2026-02 &#183; Adopted by the Board on February 11, 2026</div>
<div class='meta'><b>To:</b> Chief of Police Marisol Vance &#183; <b>Copy:</b> City Manager; Mayor and City
Council<br><b>Authority:</b> Larkspur Municipal Code section 2.46.080 &#183; <b>Board Chair:</b> Reverend Calvin
Oakes</div>
<h2>1. Background</h2>
<p>Under section 2.46.080 of the Municipal Code, the Board may make recommendations to the Chief of Police on
department policy, and the Chief shall respond in writing within 60 days, stating whether each recommendation will
be implemented. This report follows the crash on Alder Avenue on August 3, 2025, in which a bystander was seriously
injured during a pursuit that began with an expired registration.</p>
<p>State law requires every law enforcement agency that conducts vehicle pursuits to adopt a written pursuit policy
and to train its officers on it. LPD General Order 4.12 is that policy; it was last revised in 2019.</p>
<h2>2. What the Board did</h2>
<p>The Board reviewed the records of all 19 pursuits in 2025, heard from 43 community members at two listening
sessions, interviewed eight officers and two sergeants, and compared General Order 4.12 with the policies of five
other cities.</p>
<h2>3. Findings</h2>
<p><b>F-1.</b> Pursuits in Larkspur have more than doubled since 2021.<br>
<b>F-2.</b> Most pursuits began with offenses that were not violent.<br>
<b>F-3.</b> Supervisors often did not take control of pursuits as General Order 4.12 requires.<br>
<b>F-4.</b> In-service training on pursuits has not been given since 2020.<br>
<b>F-5.</b> Reviews of pursuits that end in a collision are not consistently written or kept.</p>
<table><tr><th>Year</th><th>Pursuits</th><th>Ended in collision</th><th>Injuries to bystanders</th></tr>
<tr><td>2021</td><td>8</td><td>2</td><td>0</td></tr><tr><td>2023</td><td>13</td><td>4</td><td>1</td></tr>
<tr><td>2025</td><td>19</td><td>6</td><td>3</td></tr></table>
<p>Community members told the Board that officers should not chase anyone through a school zone, and several
residents of Alder Avenue said the department must be more open about what happened on August 3. In its 2024
report on body-worn cameras the Board recommended that 'the Department should publish its policies online'; that
has since been done, and General Order 4.12 is available on the department's website.</p>
<h2>4. Recommendations</h2>
<p>The Board makes the following seven recommendations to the Chief of Police.</p>
%s
<h2>5. Next steps</h2>
<p>The Board looks forward to the Chief's response and will place it on the agenda of its first meeting after it
is received. Members of the public may comment at that meeting.</p>
</body></html>"""


def advice_html():
    recs = "".join("<div class='rec'><b>%s: %s.</b> %s</div><p class='rat'><i>Rationale:</i> %s</p>" % r
                   for r in RECS_HTML)
    return ADVICE % (css(), recs)


RESPONSE = """<html><head><meta charset='utf-8'><style>%s</style></head><body>
<div class='head'><b style='font-size:14pt;color:#12355b'>Larkspur Police Department</b><br>
<span style='font-size:9pt'>Office of the Chief of Police &#183; 300 Civic Center Plaza &#183; Larkspur</span></div>
<div class='serif'>
<p>April 14, 2026</p>
<p>Reverend Calvin Oakes, Chair<br>Police Accountability Board<br>City of Larkspur</p>
<p><b>Re: Response to Board Report 2026-02, Policy Recommendations on Vehicle Pursuits</b></p>
<p>Dear Reverend Oakes and Members of the Board:</p>
<p>As required by the Municipal Code, I am writing to respond to the Board's report on vehicle pursuits. I want to
begin by acknowledging the injuries suffered on Alder Avenue last August. The department's own review of that
incident is complete, and I have met with the family.</p>
<h3>PR-2: Supervisor control</h3>
<p><span class='lab'>Response: Concur.</span> General Order 4.12 has been revised so that a supervisor must
approve each pursuit within 60 seconds and must terminate it when the danger to the public outweighs the need to
apprehend. The revised order took effect on April 1, 2026.</p>
<h3>PR-6: Alternatives to pursuit</h3>
<p><span class='lab'>Response: Referred.</span> Funding for equipment is a decision for the City Council. I have
referred the Board's request to the City Manager for the fiscal year 2026-27 budget, and the department will
evaluate the technology if funding is approved.</p>
<h3>PR-3 and PR-7: Reporting and review</h3>
<p><span class='lab'>Response: Concur (PR-3); Concur in part (PR-7).</span> A monthly pursuit dashboard went live
on the city website on March 2, 2026. Every pursuit ending in a collision will be reviewed by Professional
Standards within 45 days rather than 30, given the time needed to obtain crash reports. The Board will receive a
written summary of each review; the full file contains personnel information that state law protects from
disclosure, and it will not be shared.</p>
<h3>PR-1: Pursuits for non-violent offenses</h3>
<p><span class='lab'>Response: Do not concur.</span> A violent-felony-only rule would prevent officers from
pursuing impaired drivers, who endanger the public as much as any fleeing felon. The revised order instead
prohibits pursuits for traffic infractions and for property crimes alone.</p>
<h3>PR-4: Training</h3>
<p><span class='lab'>Response: Concur in part.</span> All patrol officers will complete pursuit decision-making
training, with a scenario on terminating a pursuit, every two years; annual training cannot be scheduled without
taking officers off patrol at current staffing levels.</p>
<h3>Staffing update</h3>
<p>The Board asked at its March meeting about vacancies. The department has 11 sworn vacancies, and a class of
nine recruits will graduate from the academy in June.</p>
<p>Thank you for the Board's work on this report. My staff will attend the Board's May meeting to answer
questions.</p>
<p>Sincerely,</p>
<p>Marisol Vance<br>Chief of Police</p>
<p style='font-size:9.5pt'>cc: City Manager; City Attorney</p>
</div></body></html>"""

RECS = [
    ("PR-1", "LPD should permit officers to begin a vehicle pursuit only when",
     "A violent-felony-only rule would prevent officers from pursuing impaired drivers", "disagrees"),
    ("PR-2", "A patrol supervisor should be required to approve every pursuit within",
     "General Order 4.12 has been revised so that a supervisor", "agrees"),
    ("PR-3", "LPD should publish a dashboard of all vehicle pursuits on the",
     "A monthly pursuit dashboard went live on the city website", "agrees"),
    ("PR-4", "All patrol officers should receive pursuit driving and decision-making training every",
     "annual training cannot be scheduled without taking officers off patrol", "partly"),
    ("PR-5", "LPD should prohibit the use of the pursuit intervention technique (PIT)", None, "unanswered"),
    ("PR-6", "The City should fund GPS tag launchers for 20 patrol vehicles",
     "I have referred the Board's request to the City Manager", "noted"),
    ("PR-7", "Every pursuit that ends in a collision should be reviewed by the",
     "reviewed by Professional Standards within 45 days rather than 30", "partly"),
]

if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="b75en_chr_")
    try:
        for part, html in (("advice", advice_html()), ("response", RESPONSE % css())):
            src = os.path.join(tmp, part + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(html)
            H.chromium_pdf(src, H.out(NAME + "_" + part + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    sans = H.clean_font("LiberationSans-Regular.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), footer="Police Accountability Board  |  Report 2026-02  |  Page {n} of {N}",
            fontfile=sans)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Page {n} of {N}", fontfile=sans, skip_first=True)
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["I want to begin by acknowledging the injuries suffered",
                      "The department has 11 sworn vacancies",
                      "My staff will attend the Board's May meeting"],
                     "Advice: a US city's civilian police accountability board report to the Chief of Police "
                     "(seal line, transmittal box, sections 1-5, findings F-1 to F-5, a data table). The seven "
                     "recommendations are CODED PR-1 to PR-7 with a short title in shaded callouts, each followed "
                     "by an italic 'Rationale:' line. Traps: the code's 'the Chief shall respond in writing within "
                     "60 days'; state law 'requires every law enforcement agency ... to adopt a written pursuit "
                     "policy'; the findings F-1-F-5; community members' 'officers should not chase anyone through "
                     "a school zone' and 'the department must be more open'; the Board's 2024 recommendation "
                     "quoted ('the Department should publish its policies online'), already done; the rationales "
                     "citing findings; 'Next steps'. Response: the Chief's letter with sans headings by code and "
                     "title and bold 'Response:' labels, order PR-2, PR-6, PR-3+PR-7, PR-1, PR-4: 'Concur' revised "
                     "order (PR-2 agrees); 'Referred' to the City Manager's budget (PR-6 noted); ONE section 'PR-3 "
                     "and PR-7' with 'Concur (PR-3); Concur in part (PR-7)' = dashboard live (PR-3 agrees) + 45 "
                     "days not 30 and only a summary shared (PR-7 partly); 'Do not concur', impaired drivers "
                     "(PR-1 disagrees); 'Concur in part', every two years (PR-4 partly); PR-5 (PIT maneuver above "
                     "35 mph) is not answered. Unmatched: the opening, 'Staffing update', the closing.")
    sys.exit(H.main([NAME]))

"""Round 36 (EN): a US city POLICE OVERSIGHT COMMISSION POLICY REVIEW REPORT answered by the Chief of Police's
INTERDEPARTMENTAL MEMORANDUM. The advice (an invented city's Community Police Oversight Commission, policy review
PR-2026-03 on vehicle and foot pursuits) has a letterhead, a transmittal box citing the city code's 60-day response
rule, an executive summary paraphrasing the asks, the Department's general order quoted (with 'should'), the
Commission's 2023 recommendation quoted, a table of pursuit data, findings with 'should', and seven UNNUMBERED
'We recommend' / 'The Commission recommends' sentences in prose paragraphs under topic headings (numbered 1-7 in
document order). The response is a memo (TO / FROM / DATE / RE) with topic sections in another order, one section
answering two recommendations with different verdicts, a referral to the City Manager, one recommendation never
mentioned and an update on body-worn cameras that answers nothing. Chromium headless --print-to-pdf from HTML,
US Letter, cleaned Liberation fonts; running header/footer stamped with PyMuPDF. All content invented.

Run:  /tmp/blind36en/bin/python tests/docs/src/blind36/gen_en_pursuit_chromium.py
"""
import os, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b36en as H

NAME = "blind36_en_pursuit"


def css():
    fonts = ""
    for fam, f, extra in (("LS", "LiberationSans-Regular.ttf", ""),
                          ("LS", "LiberationSans-Bold.ttf", "font-weight:bold;"),
                          ("LS", "LiberationSans-Italic.ttf", "font-style:italic;"),
                          ("LR", "LiberationSerif-Regular.ttf", ""),
                          ("LR", "LiberationSerif-Bold.ttf", "font-weight:bold;"),
                          ("LR", "LiberationSerif-Italic.ttf", "font-style:italic;")):
        fonts += "@font-face{font-family:%s;src:url(file://%s);%s}\n" % (fam, H.clean_font(f), extra)
    return fonts + """
@page {size: Letter; margin: 0.9in 0.95in 0.85in 0.95in;}
body {font-family: LR; font-size: 11pt; line-height: 1.33; font-variant-ligatures: none; color: #111;}
.lh {border-bottom: 2.5pt solid #6b1d1d; padding-bottom: 6pt; margin-bottom: 10pt; font-family: LS;}
.lh .city {font-size: 9pt; letter-spacing: 1.5pt; color: #6b1d1d; text-transform: uppercase;}
.lh .body {font-size: 17pt; font-weight: bold; color: #222;}
.lh .addr {font-size: 8.3pt; color: #444;}
h1 {font-family: LS; font-size: 15pt; margin: 8pt 0 2pt 0;}
.sub {font-family: LS; font-size: 11pt; color: #444; margin-bottom: 10pt;}
h2 {font-family: LS; font-size: 11.5pt; text-transform: uppercase; color: #6b1d1d; margin: 14pt 0 5pt 0;}
h3 {font-family: LS; font-size: 10.5pt; margin: 9pt 0 3pt 0; font-style: italic;}
p {margin: 0 0 7pt 0; text-align: justify;}
.box {border: 1pt solid #6b1d1d; background: #f7efef; padding: 6pt 9pt; font-family: LS; font-size: 9.2pt;
      margin: 4pt 0 10pt 0;}
.box p {margin: 0 0 3pt 0; text-align: left;}
blockquote {margin: 4pt 24pt 8pt 24pt; font-size: 10pt; color: #222;}
table {border-collapse: collapse; width: 100%; margin: 4pt 0 4pt 0; font-family: LS; font-size: 9pt;}
td, th {border-bottom: 0.6pt solid #777; padding: 3pt 5pt; text-align: right;}
td:first-child, th:first-child {text-align: left;}
th {border-bottom: 1.2pt solid #222;}
.src {font-family: LS; font-size: 8pt; color: #444; margin-bottom: 8pt;}
.memo td {border: none; text-align: left; padding: 2pt 6pt 2pt 0; font-size: 11pt; font-family: LR;}
.memo td:first-child {font-weight: bold; width: 0.9in;}
.rule {border-top: 1.5pt solid #000; margin: 6pt 0 10pt 0;}
.mh {font-family: LS; font-size: 16pt; font-weight: bold; letter-spacing: 1pt; margin: 0 0 8pt 0;}
.seal {font-family: LS; font-size: 9pt; color: #1d2f6b; letter-spacing: 1pt;}
"""


def pdf(html, path):
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "doc.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css() + "</style></head><body>"
                     + html + "</body></html>")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(d, "prof"), "--print-to-pdf=" + path,
                        "file://" + src], check=True, capture_output=True, timeout=120)


ADVICE = """
<div class="lh"><div class="city">City of Harlow Springs</div>
<div class="body">Community Police Oversight Commission</div>
<div class="addr">City Hall, 400 Alder Street, Room 212 &middot; Harlow Springs &middot; (541) 555-0142 &middot;
oversight@harlowsprings.gov</div></div>
<h1>Policy Review Report PR-2026-03</h1>
<div class="sub">Vehicle and Foot Pursuits by the Harlow Springs Police Department<br>
Adopted by the Commission on March 11, 2026 (vote 8-1)</div>
<div class="box"><p><b>Transmittal.</b> This report is transmitted to the Chief of Police and the City Manager under
Harlow Springs Municipal Code &sect; 2.48.090(c). Under &sect; 2.48.090(d), the Chief of Police shall respond in
writing within 60 days, stating for each recommendation whether it will be implemented and, if not, why not.</p>
<p><b>Commissioners:</b> Dolores Achebe-Ruiz (Chair), Martin Q. Halvorsen (Vice Chair), Ana Fifita, Rev. Curtis
Bellweather, Joanne Szabo-Lind, Tomas Ekwueme, Priya Ramaswamy-Cole, Luis Ortega Blanch, Helen Marsh (dissenting).
<b>Staff:</b> Kevin Druce, Policy Analyst.</p></div>

<h2>Executive summary</h2>
<p>Between January 2022 and December 2025 officers of the Harlow Springs Police Department (HSPD) initiated 214
vehicle pursuits. Forty-one ended in a collision and nine caused serious injury to a bystander. Most pursuits began
with a traffic infraction or a stolen-vehicle report. In short, the Commission asks the Department to narrow the
grounds for pursuit, to look at every pursuit after the event, to tell the public what it finds, to write down
rules for foot pursuits that it now leaves to custom, and to train for all of this more often. Commissioner Marsh
dissented; her statement is attached to the Commission's minutes.</p>

<h2>Background</h2>
<p>The Commission opened this review on its own motion after the collision at Fifth and Larkin on July 19, 2025,
in which a pursued driver struck a pedestrian. Its earlier report on use of force (PR-2023-02) had already touched
on pursuits. There the Commission wrote:</p>
<blockquote>"We recommend that HSPD record the reason for initiating every vehicle pursuit in the computer-aided
dispatch system." (PR-2023-02, p. 9)</blockquote>
<p>The Department implemented that recommendation in 2024, and the data in this report rely on it.</p>

<h2>Current policy</h2>
<p>General Order 500.12, <i>Vehicle Pursuits</i> (rev. August 2021), allows a pursuit of any vehicle whose driver
fails to yield. It provides in part:</p>
<blockquote>"Officers should terminate a pursuit when the risk to the public outweighs the need for immediate
apprehension. A supervisor shall monitor every pursuit and may order its termination at any time." (G.O. 500.12,
&sect; IV.B)</blockquote>
<p>The Department has no written policy on foot pursuits. Training Bulletin 19-04 covers them in two paragraphs.
State Vehicle Code &sect; 21-404 gives a public agency immunity from civil liability for pursuit collisions only if
it has adopted a written pursuit policy and certifies annual training under it.</p>

<h2>What the data show</h2>
<table>
<tr><th>Year</th><th>Pursuits</th><th>Initiated for violent felony</th><th>Ended in collision</th><th>Bystander
injured</th><th>Reviewed by Board</th></tr>
<tr><td>2022</td><td>47</td><td>9</td><td>8</td><td>2</td><td>11</td></tr>
<tr><td>2023</td><td>55</td><td>10</td><td>12</td><td>3</td><td>9</td></tr>
<tr><td>2024</td><td>61</td><td>12</td><td>11</td><td>2</td><td>14</td></tr>
<tr><td>2025</td><td>51</td><td>11</td><td>10</td><td>2</td><td>13</td></tr>
<tr><td><b>Total</b></td><td><b>214</b></td><td><b>42</b></td><td><b>41</b></td><td><b>9</b></td><td><b>47</b></td></tr>
</table>
<div class="src">Source: HSPD computer-aided dispatch and Pursuit Review Board records, provided March 2, 2026.</div>
<p>Only one pursuit in five began with a violent felony. The Pursuit Review Board looked at 47 of 214 pursuits
(22 percent), almost always those ending in a collision. In four of the nine injury cases the recordings show that
a supervisor should have terminated the pursuit earlier and did not. The Commission finds that supervisors should
be more willing to call off pursuits, and that the Department cannot learn from pursuits it never reviews.</p>

<h2>Recommendations</h2>
<h3>When to pursue</h3>
<p>The present order leaves the decision to a balancing test applied at speed. Peer agencies in the region have
moved to a bright-line rule. We recommend that HSPD amend General Order 500.12 to permit a vehicle pursuit only
where the officer has probable cause to believe that an occupant has committed or attempted a violent felony. A
stolen vehicle, on its own, would no longer justify a pursuit.</p>
<h3>Review and transparency</h3>
<p>We further recommend that every pursuit, whatever its outcome, be reviewed by a supervisor within 72 hours and
referred to the Pursuit Review Board. The Commission also recommends that the Department publish an annual pursuit
report on its website, with the reason for each pursuit, its outcome, any injuries and the Board's finding, so that
residents can judge for themselves whether the policy works.</p>
<h3>Foot pursuits</h3>
<p>A foot pursuit separates officers from their partners and from cover. We recommend that HSPD adopt a written foot
pursuit policy that requires officers to broadcast their location and direction and forbids partners from
splitting up. Training Bulletin 19-04 should then be withdrawn.</p>
<h3>Training</h3>
<p>Pursuit driving is a perishable skill. The Commission recommends that all patrol officers and sergeants complete
at least eight hours of scenario-based pursuit and termination training every year, including the supervisor's
decision to call off a pursuit.</p>
<h3>Notification and alternatives</h3>
<p>The Commission learned of the Fifth and Larkin collision from the news. We recommend that the Department notify
the Commission Chair within 24 hours of any pursuit that results in serious injury or death. Finally, we recommend
that the City fund a twelve-month pilot of GPS tag launchers and a drone first-responder program, so that officers
have a way to follow a fleeing vehicle without chasing it.</p>

<h2>Next steps</h2>
<p>The Commission will hold a public hearing on the Department's response at its first meeting after the response
is received and will report to City Council on implementation in its 2026 annual report. Questions about this
report may be directed to Kevin Druce, Policy Analyst.</p>
"""

RESPONSE = """
<div class="seal">HARLOW SPRINGS POLICE DEPARTMENT &middot; OFFICE OF THE CHIEF OF POLICE</div>
<div class="mh">INTERDEPARTMENTAL MEMORANDUM</div>
<table class="memo">
<tr><td>TO:</td><td>Dolores Achebe-Ruiz, Chair, Community Police Oversight Commission</td></tr>
<tr><td>CC:</td><td>Renata Vukovich, City Manager; Office of the City Attorney</td></tr>
<tr><td>FROM:</td><td>Chief Samuel T. Okafor</td></tr>
<tr><td>DATE:</td><td>May 6, 2026</td></tr>
<tr><td>RE:</td><td>Department response to Policy Review Report PR-2026-03 (Vehicle and Foot Pursuits)</td></tr>
</table>
<div class="rule"></div>
<p>Thank you for the Commission's careful report, which I received on March 13, 2026. As required by HSMC &sect;
2.48.090(d), this memorandum sets out the Department's position. I have grouped our responses by subject rather
than in the order of the report.</p>

<h3>Foot pursuit policy</h3>
<p>The Department concurs. A new General Order 500.14, <i>Foot Pursuits</i>, has been drafted with the Commission's
wording on location broadcasts and a rule that partners stay together. It will take effect on July 1, 2026, and
Training Bulletin 19-04 will be rescinded on the same date.</p>

<h3>Reviewing pursuits and reporting on them</h3>
<p>Since January 2026 every pursuit has been reviewed by the watch commander within 72 hours and forwarded to the
Pursuit Review Board, so this is already our practice and will be written into the revised G.O. 500.12. On public
reporting, we agree that residents deserve the numbers: pursuit totals, reasons, outcomes and injuries will appear
in the Department's annual report from 2026 onward. We will not, however, publish the Board's finding on
individual pursuits, because those findings are personnel records under state law and several are the subject of
pending claims.</p>

<h3>Training</h3>
<p>We partially concur. Our officers currently receive four hours of pursuit training every two years, which meets
the state minimum. Beginning with the fall 2026 cycle, patrol officers and sergeants will receive six hours annually,
including a termination-decision module for sergeants. Going to eight hours would take roughly 1,900 patrol hours
out of service each year, which we cannot absorb at current staffing.</p>

<h3>Grounds for initiating a pursuit</h3>
<p>After review with the City Attorney and our peer agencies, the Department does not concur with limiting pursuits
to violent felonies. Impaired drivers and drivers fleeing a reckless driving stop pose an immediate danger that a
violent-felony rule would leave unaddressed. The revised order will, however, prohibit pursuits for traffic
infractions alone and will require supervisor approval within one minute of initiation.</p>

<h3>Alternatives to pursuit</h3>
<p>Funding a technology pilot is a budget decision for the City Manager and City Council and is outside the
authority of this office. I have forwarded the proposal to the City Manager for consideration in the FY 2027
budget process and would welcome the opportunity to evaluate such tools if funded.</p>

<h3>Body-worn camera replacement</h3>
<p>The Commission also asked at its April meeting about the body-worn camera contract. The replacement cameras
were issued to all sworn staff on April 20, 2026, and automatic activation on emergency-light use is now enabled in
every marked patrol vehicle.</p>

<p>I look forward to discussing this response at the Commission's public hearing. Please contact Deputy Chief
Marisol Trent, Professional Standards Division, with any questions.</p>
<p style="margin-top:14pt">Samuel T. Okafor<br>Chief of Police</p>
"""


def main():
    adv, rsp = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    pdf(ADVICE, adv)
    H.stamp(adv, header="CPOC Policy Review Report PR-2026-03  |  Vehicle and Foot Pursuits",
            footer="Page {n} of {N}", skip_first=True)
    pdf(RESPONSE, rsp)
    H.stamp(rsp, header=None, footer="HSPD Response to PR-2026-03  -  {n}")
    recs = [
        {"number": "1", "starts_with": "We recommend that HSPD amend General Order 500.12 to permit",
         "reply_contains": "does not concur with limiting pursuits to violent felonies",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "2", "starts_with": "We further recommend that every pursuit, whatever its outcome, be reviewed",
         "reply_contains": "so this is already our practice and will be written",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The Commission also recommends that the Department publish an annual pursuit report",
         "reply_contains": "We will not, however, publish the Board's finding on",
         "verdict": "partly"},
        {"number": "4", "starts_with": "We recommend that HSPD adopt a written foot pursuit policy",
         "reply_contains": "A new General Order 500.14, Foot Pursuits, has been drafted",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "The Commission recommends that all patrol officers and sergeants complete",
         "reply_contains": "patrol officers and sergeants will receive six hours annually",
         "verdict": "partly"},
        {"number": "6", "starts_with": "We recommend that the Department notify the Commission Chair within",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": "Finally, we recommend that the City fund a twelve-month pilot",
         "reply_contains": "forwarded the proposal to the City Manager for consideration",
         "verdict": "noted"},
    ]
    unmatched = ["The replacement cameras were issued to all sworn staff"]
    notes = ("US city police oversight commission policy review answered by the Chief of Police's memo (invented "
             "City of Harlow Springs, Community Police Oversight Commission, report PR-2026-03; Chromium headless "
             "--print-to-pdf, US Letter, letterhead, stamped running header and 'Page n of N'). Advice: seven "
             "UNNUMBERED recommendations written as 'We recommend' / 'We further recommend' / 'The Commission "
             "(also) recommends' / 'Finally, we recommend' sentences inside prose paragraphs under five topic "
             "headings, numbered 1-7 in document order; two pairs share a paragraph (2+3, 6+7). Traps: the "
             "transmittal box citing HSMC 2.48.090(c)/(d) ('shall respond'), the executive summary paraphrasing "
             "the asks ('the Commission asks the Department to narrow ...'), the 2023 recommendation quoted from "
             "PR-2023-02 (already implemented), G.O. 500.12 quoted with 'should terminate', State Vehicle Code "
             "21-404, a data table, findings with 'should' ('a supervisor should have terminated', 'supervisors "
             "should be more willing'), 'Training Bulletin 19-04 should then be withdrawn' (part of 4), next "
             "steps. Response: memo TO/FROM/DATE/RE with topic sections in the order 4, 2+3, 5, 1, 7: foot "
             "pursuit order drafted (4 agrees); ONE section 'Reviewing pursuits and reporting on them' (72-hour "
             "review 'already our practice' = 2 agrees; numbers in the annual report but 'We will not, however, "
             "publish the Board's finding' = 3 partly); six hours not eight (5 partly); 'does not concur with "
             "limiting pursuits to violent felonies' though infractions-only pursuits banned (1 disagrees, also "
             "partly); technology pilot 'outside the authority of this office', forwarded to the City Manager "
             "(7 noted); 6 (24-hour notification of the Chair) never mentioned (unanswered). 'Body-worn camera "
             "replacement' answers a question from the Commission's meeting, no recommendation (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

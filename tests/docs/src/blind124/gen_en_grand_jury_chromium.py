"""Round 124 (EN): a California county CIVIL GRAND JURY report on emergency alerts, answered by the Board of
Supervisors' statutory RESPONSE to the Presiding Judge. The advice has FINDINGS F1-F8 (numbered like the
recommendations) and RECOMMENDATIONS R1-R7, each ending in the findings it rests on ('(F2, F3)'). Traps: Penal Code
section 933.05 paraphrased ('must respond', 'must indicate'), a figures table, the 2019-2020 Grand Jury's
recommendation quoted ('should translate', done), a 'Required responses' list naming 'F1-F8 and R1-R7', a closing line
naming R1 and R3. The response answers every FINDING in the statutory words ('The respondent agrees with the
finding.', 'disagrees wholly') before the recommendations, then R1-R4 one by one, R5 and R6 in one paragraph, and never
R7; its introduction and its closing vote answer nothing.
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Serif (report) and Liberation Sans (response) via
@font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and references invented; the California Penal Code is named as context only (what is said of it here
is paraphrased and not to be relied on).
Run:  /tmp/blind124en/bin/python tests/docs/src/blind124/gen_en_grand_jury_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b124en as H

NAME = "blind124_en_grand_jury"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
@page { size: Letter; margin: 19mm 22mm 20mm 22mm; }
body { font-family: F; color: #141414; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.4mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
body { font-size: 10.5pt; line-height: 1.42; }
.cover { text-align: center; margin-bottom: 5mm; }
.cover .o { font-size: 10pt; letter-spacing: 0.6mm; font-weight: bold; }
.cover .t { font-size: 19pt; font-weight: bold; margin: 2mm 0 1mm 0; }
.cover .s { font-size: 11pt; font-style: italic; }
.cover .d { font-size: 9.5pt; margin-top: 1.5mm; }
h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: 0.4mm; margin: 4.5mm 0 1.6mm 0;
     border-bottom: 0.3mm solid #444; padding-bottom: 0.6mm; }
table.fig { border-collapse: collapse; font-size: 9.5pt; margin: 1mm auto 3mm auto; }
table.fig td, table.fig th { border: 0.3mm solid #777; padding: 0.8mm 3mm; }
table.fig th { background: #e8e8e8; }
dl { margin: 0 0 2mm 0; }
dt { float: left; width: 9mm; font-weight: bold; }
dd { margin: 0 0 1.6mm 9mm; }
.req { margin-left: 6mm; }
"""
CSS_RSP = BASE + """
body { font-size: 10pt; line-height: 1.4; }
.lh { border-bottom: 0.8mm double #1d3b5c; padding-bottom: 2mm; margin-bottom: 4mm; }
.lh .o { font-size: 13pt; font-weight: bold; color: #1d3b5c; }
.lh .a { font-size: 8.5pt; color: #444; }
h2 { font-size: 10.5pt; color: #1d3b5c; margin: 4mm 0 1.5mm 0; letter-spacing: 0.3mm; }
p.item { margin-left: 8mm; text-indent: -8mm; }
.re { font-weight: bold; margin-bottom: 3mm; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}"
            f"{css}</style></head><body>{body}</body></html>")


def advice():
    b = """
<div class='cover'><div class='o'>2025&#8211;2026 SIERRA ALTA COUNTY CIVIL GRAND JURY</div>
<div class='t'>Ready or Not</div>
<div class='s'>Are Residents Getting the County's Emergency Alerts?</div>
<div class='d'>Report No. 2526-04 &#183; Filed May 29, 2026</div></div>

<h2>Summary</h2>
<p>In the fires of August 2025, residents of Pine Hollow and Bear Creek told reporters that they learned of the
evacuation order from neighbors, not from the County. The Grand Jury set out to learn whether the County's alert
system, AltaAlert, reaches the people it is meant to reach. We found a system that works well for those who have
signed up, but fewer than one resident in five has done so, and nobody is responsible for raising that number.</p>

<h2>Background</h2>
<p>AltaAlert is run by the Office of Emergency Services (OES), a division of the County Administrative Office with
four staff. Residents register a phone number or e-mail address; the system can also send Wireless Emergency Alerts
to every phone in an area. Under Penal Code section 933.05, the Board of Supervisors must respond to each finding
and recommendation of this report within 90 days, and for each recommendation must indicate whether it has been
implemented, will be implemented, requires further analysis, or will not be implemented.</p>
<p>This is not the first look at the system. The 2019&#8211;2020 Grand Jury recommended that the County should
translate its alert templates into Spanish. The County did so in 2021, and Spanish templates were used during the
2025 fires.</p>

<h2>Methodology</h2>
<p>The Grand Jury interviewed eleven County staff and two fire chiefs, reviewed the after-action notes of the 2025
fires, and compared AltaAlert with the systems of three neighboring counties.</p>

<h2>Discussion</h2>
<table class='fig'>
<tr><th>Area</th><th>Households</th><th>Registered</th><th>Share</th></tr>
<tr><td>Alta City</td><td>21,400</td><td>4,580</td><td>21%</td></tr>
<tr><td>Pine Hollow</td><td>1,930</td><td>270</td><td>14%</td></tr>
<tr><td>Bear Creek</td><td>1,210</td><td>130</td><td>11%</td></tr>
<tr><td>County total</td><td>38,600</td><td>6,950</td><td>18%</td></tr>
</table>
<p>Registration is lowest in the canyon communities, where cell coverage is also weakest. OES last sent a
county-wide test message in 2023. Staff told the Grand Jury that on the night of August 14, 2025, the duty officer
could not be reached for 40 minutes, and that no one else believed they had authority to send the warning.
Templates exist in English and Spanish only, although the County's 2024 language survey counts more than 900
households that speak Hmong or Punjabi at home.</p>

<h2>Findings</h2>
<dl>
<dt>F1.</dt><dd>Fewer than one in five households in the County is registered with AltaAlert.</dd>
<dt>F2.</dt><dd>Registration in Pine Hollow and Bear Creek is lower than in any other part of the County.</dd>
<dt>F3.</dt><dd>No County position is responsible for raising registration.</dd>
<dt>F4.</dt><dd>OES has not sent a county-wide test message since 2023.</dd>
<dt>F5.</dt><dd>Alert templates are not available in Hmong or Punjabi.</dd>
<dt>F6.</dt><dd>On August 14, 2025, an evacuation warning was delayed because no one other than the duty officer
believed they could send it.</dd>
<dt>F7.</dt><dd>The canyon communities have no outdoor warning sirens.</dd>
<dt>F8.</dt><dd>The public is not told how well an alert worked after it has been sent.</dd>
</dl>

<h2>Recommendations</h2>
<dl>
<dt>R1.</dt><dd>By December 31, 2026, OES should send a county-wide test alert to all registered residents at least
twice a year. (F1, F4)</dd>
<dt>R2.</dt><dd>By June 30, 2027, OES should make all alert templates available in Hmong and Punjabi as well as
English and Spanish. (F5)</dd>
<dt>R3.</dt><dd>By March 31, 2027, the Board of Supervisors should fund a second full-time alert and warning
coordinator in OES, responsible for registration. (F1, F3)</dd>
<dt>R4.</dt><dd>By January 31, 2027, the County should install outdoor warning sirens in Pine Hollow and Bear Creek.
(F2, F7)</dd>
<dt>R5.</dt><dd>By December 31, 2026, OES should hold registration drives at every public library branch and at the
County Fair. (F1, F2)</dd>
<dt>R6.</dt><dd>By June 30, 2027, the Board of Supervisors should adopt a written policy naming who may send an
evacuation warning when the duty officer cannot be reached. (F6)</dd>
<dt>R7.</dt><dd>Beginning in 2027, OES should publish an after-action summary within 60 days of every wildfire or
flood alert it sends. (F8)</dd>
</dl>

<h2>Required responses</h2>
<p>Pursuant to Penal Code section 933.05, the Grand Jury requests responses as follows:</p>
<p class='req'>From the Sierra Alta County Board of Supervisors: F1&#8211;F8 and R1&#8211;R7 (due within 90 days).</p>
<p class='req'>From the County Administrative Officer: F3, F6 and R3, R6 (invited, within 60 days).</p>
<p>The Grand Jury considers R1 and R3 the most urgent. Reports issued by the Grand Jury do not identify individuals
interviewed.</p>
"""
    return page(CSS_ADV, ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"), b)


def response():
    b = """
<div class='lh'><div class='o'>Sierra Alta County Board of Supervisors</div>
<div class='a'>County Government Center &#183; 400 Courthouse Square, Alta City, CA 95999 &#183; (530) 555-0140</div></div>
<p>August 26, 2026</p>
<p>The Honorable Teresa Valdivia<br>Presiding Judge, Superior Court of California, County of Sierra Alta<br>
400 Courthouse Square, Alta City, CA 95999</p>
<p class='re'>Re: Response to 2025&#8211;2026 Grand Jury Report No. 2526-04, &#8220;Ready or Not&#8221;</p>
<p>Dear Judge Valdivia:</p>
<p>The Board of Supervisors thanks the members of the 2025&#8211;2026 Grand Jury for their work on emergency
alerting. Since the report was filed, registrations have risen from 6,950 to 9,310 households, largely because of
the publicity the report itself received. The Board's responses to the findings and recommendations follow.</p>

<h2>FINDINGS</h2>
<p class='item'>F1. The respondent agrees with the finding.</p>
<p class='item'>F2. The respondent agrees with the finding.</p>
<p class='item'>F3. The respondent disagrees partially with the finding. Registration is part of the duties of the
OES public information officer, although it has not been a priority.</p>
<p class='item'>F4. The respondent agrees with the finding.</p>
<p class='item'>F5. The respondent agrees with the finding.</p>
<p class='item'>F6. The respondent disagrees wholly with the finding. The County Administrative Officer held that
authority in 2025; the delay arose because the duty officer's backup phone was out of service.</p>
<p class='item'>F7. The respondent agrees with the finding.</p>
<p class='item'>F8. The respondent agrees with the finding.</p>

<h2>RECOMMENDATIONS</h2>
<p class='item'>R1. The recommendation has been implemented. OES sent a county-wide test on August 4, 2026,
has set the next for October 14, and has fixed the first week of April and of October for every future year.</p>
<p class='item'>R2. The recommendation will be implemented in part. Hmong templates will be in use by June 30, 2027.
A certified Punjabi translator has not yet been found, and a date for Punjabi cannot be given.</p>
<p class='item'>R3. The recommendation will not be implemented because it is not reasonable. The FY 2026&#8211;27
budget adds no positions to the Administrative Office, and registration will remain a duty of the existing public
information officer.</p>
<p class='item'>R4. The recommendation requires further analysis. OES has asked the Fire Safe Council to study
whether sirens would be heard in the canyons and will report to the Board by February 2027.</p>
<p class='item'>R5 and R6. Both recommendations have been or will be implemented. Library registration drives begin in
September 2026 at all seven branches, with a booth at the County Fair on October 2&#8211;5. On the second matter,
the Board adopted Resolution 2026-88 on July 21, 2026, naming three deputies who may send a warning in the duty
officer's absence.</p>

<p>These responses were approved by the Board of Supervisors at its regular meeting of August 25, 2026, by a vote
of 5&#8211;0. Questions may be directed to the County Administrative Office at the number above.</p>
<p>Sincerely,</p>
<p>Luis Ochoa<br>Chair, Sierra Alta County Board of Supervisors</p>
<p>cc: Foreperson, 2026&#8211;2027 Civil Grand Jury; County Administrative Officer</p>
"""
    return page(CSS_RSP, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind124en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="2025-2026 Sierra Alta County Civil Grand Jury - Ready or Not",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    H.stamp(H.out(NAME + "_response.pdf"), header="Board of Supervisors - Response to Grand Jury Report 2526-04",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "By December 31, 2026, OES should send a county-wide test alert",
         "reply_contains": "has fixed the first week of April and of October", "verdict": "agrees"},
        {"number": 2, "starts_with": "By June 30, 2027, OES should make all alert templates available",
         "reply_contains": "a date for Punjabi cannot be given", "verdict": "partly"},
        {"number": 3, "starts_with": "By March 31, 2027, the Board of Supervisors should fund a second",
         "reply_contains": "The recommendation will not be implemented because it is not reasonable",
         "verdict": "disagrees"},
        {"number": 4, "starts_with": "By January 31, 2027, the County should install outdoor warning sirens",
         "reply_contains": "asked the Fire Safe Council to study whether sirens", "verdict": "noted"},
        {"number": 5, "starts_with": "By December 31, 2026, OES should hold registration drives at every",
         "reply_contains": "Library registration drives begin in September 2026", "verdict": "agrees"},
        {"number": 6, "starts_with": "By June 30, 2027, the Board of Supervisors should adopt a written",
         "reply_contains": "naming three deputies who may send a warning", "verdict": "agrees"},
        {"number": 7, "starts_with": "Beginning in 2027, OES should publish an after-action summary",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["registrations have risen from 6,950 to 9,310 households",
                 "the duty officer's backup phone was out of service",
                 "Registration is part of the duties of the OES public information officer",
                 "approved by the Board of Supervisors at its regular meeting"]
    notes = ("Advice: a California county CIVIL GRAND JURY report; Penal Code section 933.05 paraphrased ('must "
             "respond', 'must indicate'); a registration table; the 2019-2020 Grand Jury's recommendation quoted "
             "('should translate its alert templates into Spanish', done); FINDINGS F1.-F8. in the same hanging "
             "format as the RECOMMENDATIONS R1.-R7., each recommendation ending in the findings it rests on "
             "('(F1, F4)'); 'Required responses' naming 'F1-F8 and R1-R7' and 'F3, F6 and R3, R6'; closing 'The Grand "
             "Jury considers R1 and R3 the most urgent'. Response: the Board of Supervisors' statutory letter to the "
             "Presiding Judge; an introduction with registration figures (nothing); FINDINGS F1-F8 answered in the "
             "statutory words ('agrees with the finding', 'disagrees partially', 'disagrees wholly') - no "
             "recommendations; then R1 'has been implemented', a test sent, tests twice a year from now on (agrees); R2 'will be implemented "
             "in part', Hmong yes, Punjabi no date (partly); R3 'will not be implemented because it is not "
             "reasonable' (disagrees); R4 'requires further analysis', study, report by February 2027 (noted); 'R5 "
             "and R6' in ONE paragraph: library drives from September 2026 (5 agrees), Resolution 2026-88 adopted "
             "(6 agrees); R7 never answered (unanswered); closing with the 5-0 vote (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

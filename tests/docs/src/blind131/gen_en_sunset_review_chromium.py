"""Round 131 (EN): a US state SUNSET ADVISORY COMMISSION STAFF REPORT on a state licensing board, answered by the
board's AGENCY RESPONSE letter with inline headings 'Agency Response to Recommendation 2.1'.
The advice: three ISSUES, each with bulleted findings and recommendations CODED 1.1-3.2 (seven) under 'Recommendations'
sub-headings; 'Change in Statute' / 'Management Action' labels. Traps: the statute quoted ('shall', 'must'), a
numbered list of questions the review asked, a figures table, the 2013 review's recommendation quoted, findings
bullets that end with 'should', a closing line naming 'Recommendations 1.1 and 3.2'.
The response: opening (nothing); replies in the order 1.1, 2.2, 1.2, 3.1 and 3.2 together, 2.1; a paragraph on
'Issue 2' fee figures (nothing); closing (nothing); 2.3 never answered.
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. All bodies, people, places, figures and references invented.
Run:  /tmp/blind131en/bin/python tests/docs/src/blind131/gen_en_sunset_review_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b131en as H

NAME = "blind131_en_sunset_review"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: 8.5in 11in; margin: 0.9in 0.95in 0.85in 0.95in; }
body { font-family: F; font-size: %(s)s; line-height: 1.36; color: #1a1a1a; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 18pt; color: %(c)s; margin: 0 0 4pt 0; }
h2 { font-size: 13pt; color: %(c)s; margin: 14pt 0 4pt 0; border-bottom: 1.2pt solid %(c)s; padding-bottom: 2pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt 0; color: %(c)s; }
p { margin: 0 0 7pt 0; }
.meta { color: #555; font-size: 9pt; }
.rec { margin: 0 0 7pt 0; padding-left: 34pt; text-indent: -34pt; }
.rec b { display: inline-block; width: 34pt; text-indent: 0; }
.lab { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.5pt; color: #666; margin: 0 0 2pt 34pt; }
ul { margin: 0 0 7pt 0; padding-left: 18pt; } li { margin-bottom: 3pt; }
table { border-collapse: collapse; margin: 4pt 0 9pt 0; font-size: 9.5pt; page-break-inside: avoid; }
td, th { border: 0.6pt solid #999; padding: 3pt 7pt; text-align: left; }
th { background: #e7ecf3; }
.resp { font-weight: bold; margin: 12pt 0 3pt 0; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-US'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def rec(code, text, kind):
    return f"<p class='rec'><b>{code}</b>{text}</p><p class='lab'>{kind}</p>"


def advice():
    body = f"""
<p class='meta'>SUNSET ADVISORY COMMISSION &#183; STAFF REPORT &#183; 2025-26 REVIEW CYCLE</p>
<h1>Board of Landscape Architecture and Irrigation Examiners</h1>
<p class='meta'>Staff report SAC-25-14 &#183; Project manager: Delphine Okafor-Reyes &#183; October 2025</p>
<h2>Summary</h2>
<p>The Board of Landscape Architecture and Irrigation Examiners licenses about 6,400 landscape architects and
irrigators and is subject to sunset review under the state's Sunset Act. Under that Act, the Board is abolished on
September 1, 2027, unless the Legislature continues it. Sunset staff asked three questions in this review:</p>
<ol>
<li>Does the state still need to license irrigators separately from landscape architects?</li>
<li>Does the Board resolve complaints fairly and in reasonable time?</li>
<li>Are the Board's fees and reserves in line with its costs?</li>
</ol>
<p>Staff found a continuing need for the Board, but the answers to the second and third questions show real
problems. The Board's 2013 review recommended that the Board "should adopt a schedule of sanctions," which the Board
did in 2015.</p>
<h2>Issue 1: The Board's Complaint Process Is Slow and Opaque</h2>
<h3>Key Findings</h3>
<ul>
<li>The Board closed 212 complaints in fiscal year 2025; the median time to close a complaint was 311 days, against a
target of 180.</li>
<li>Section 1071.214 of the Occupations Code provides that the Board shall notify each party of the status of a
complaint at least quarterly. Staff found no such notices in 19 of 30 files reviewed.</li>
<li>Complainants told staff that the process should be easier to follow; the Board's web page explains none of it.</li>
</ul>
<h3>Recommendations</h3>
{rec("1.1", "Require the Board to resolve standard complaints within 180 days and to report the number of complaints "
     "older than 180 days to its members at each meeting.", "Change in statute")}
{rec("1.2", "Direct the Board to publish a plain-language guide to the complaint process and a status tracker that "
     "complainants can check online.", "Management action")}
<h2>Issue 2: Irrigator Licensing Rules Create Needless Barriers</h2>
<h3>Key Findings</h3>
<table><tr><th>Licence</th><th>Holders</th><th>Fee</th><th>Exam pass rate</th></tr>
<tr><td>Landscape architect</td><td>1,870</td><td>$210</td><td>71%</td></tr>
<tr><td>Licensed irrigator</td><td>3,960</td><td>$165</td><td>48%</td></tr>
<tr><td>Irrigation technician</td><td>570</td><td>$90</td><td>82%</td></tr></table>
<ul>
<li>Applicants for the irrigator licence must hold three years of supervised experience, longer than in any
neighboring state.</li>
<li>The written exam is offered only in English and only at two sites, both more than 200 miles from the
Rio Salado region.</li>
</ul>
<h3>Recommendations</h3>
{rec("2.1", "Reduce the supervised experience required for an irrigator licence from three years to two years.",
     "Change in statute")}
{rec("2.2", "Direct the Board to offer the irrigator exam in Spanish and through a computer-based testing vendor "
     "with sites statewide.", "Management action")}
{rec("2.3", "Abolish the separate irrigation technician registration and fold its holders into a new entry level "
     "of the irrigator licence.", "Change in statute")}
<h2>Issue 3: The Board Holds Reserves It Cannot Explain</h2>
<h3>Key Findings</h3>
<ul>
<li>The Board's reserve stood at $2.4 million on August 31, 2025, or about 19 months of operating costs.</li>
<li>No rule or policy sets a target for the reserve, and the Board has not lowered any fee since 2011.</li>
</ul>
<h3>Recommendations</h3>
{rec("3.1", "Require the Board to adopt a reserve policy that sets a target of no more than six months of "
     "operating costs.", "Change in statute")}
{rec("3.2", "Direct the Board to reduce licence renewal fees until the reserve falls to the level set by its "
     "reserve policy.", "Management action")}
<h2>Next Steps</h2>
<p>The Commission will hear public testimony on this report on November 19, 2025, and adopt its own recommendations
in January 2026. Staff consider Recommendations 1.1 and 3.2 the most urgent.</p>
"""
    return doc(body, "Sans", "10.5pt", "#23395d")


def response():
    body = """
<p class='meta'>BOARD OF LANDSCAPE ARCHITECTURE AND IRRIGATION EXAMINERS<br>900 Capitol Mall, Suite 410</p>
<p>November 7, 2025</p>
<p>Ms. Delphine Okafor-Reyes<br>Sunset Advisory Commission</p>
<h1 style='font-size:15pt'>Agency Response to Staff Report SAC-25-14</h1>
<p>Dear Ms. Okafor-Reyes,</p>
<p>On behalf of the Board, thank you for a thorough and courteous review. Board members discussed the staff report
at a public meeting on November 3, and this letter sets out the Board's position on each recommendation we were able
to consider at that meeting.</p>
<p class='resp'>Agency Response to Recommendation 1.1</p>
<p>The Board agrees. A 180-day standard is achievable once our second investigator starts in January, and the
executive director will report aged complaints at every Board meeting from February 2026.</p>
<p class='resp'>Agency Response to Recommendation 2.2</p>
<p>The Board agrees and has already asked the state purchasing office to procure a testing vendor. A Spanish version
of the written exam will be available from the September 2026 exam window.</p>
<p class='resp'>Agency Response to Recommendation 1.2</p>
<p>The Board agrees in part. Staff will post a plain-language guide by March 2026. An online status tracker, however,
depends on a new licensing database that is not funded in the current biennium, so complainants will continue to
receive status letters instead.</p>
<p class='resp'>Agency Response to Recommendations 3.1 and 3.2</p>
<p>The Board agrees that it needs a written reserve policy and will adopt one at its April 2026 meeting; we would set
the target at six months, as staff propose. The Board does not agree to cut renewal fees while the database
project remains unfunded: the reserve is the only source from which that project could be paid, and members voted
unanimously to keep current fees in place.</p>
<p class='resp'>Agency Response to Recommendation 2.1</p>
<p>The Board will take this up with its Irrigation Advisory Committee, which meets in February, and will share the
committee's view with the Commission before the decision meeting. Members did not reach a position on it.</p>
<p class='resp'>Fees and Revenue</p>
<p>For the Commission's information, the Board collected $1.31 million in licence and exam fees in fiscal year 2025
and spent $1.18 million; the figures in Issue 2 match our records.</p>
<p>The Board looks forward to the Commission's hearing on November 19. Please contact me with any questions.</p>
<p>Sincerely,</p>
<p>Raymond Teague-Villanueva<br>Presiding Officer</p>
"""
    return doc(body, "Serif", "11pt", "#23395d")


def main():
    tmp = tempfile.mkdtemp(prefix="blind131en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Sunset Advisory Commission - Staff Report SAC-25-14",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Agency Response to SAC-25-14",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "Require the Board to resolve standard complaints within 180 days",
         "reply_contains": "A 180-day standard is achievable once our second investigator",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Direct the Board to publish a plain-language guide to the",
         "reply_contains": "complainants will continue to receive status letters instead", "verdict": "partly"},
        {"number": 3, "starts_with": "Reduce the supervised experience required for an irrigator licence",
         "reply_contains": "will take this up with its Irrigation Advisory Committee", "verdict": "noted"},
        {"number": 4, "starts_with": "Direct the Board to offer the irrigator exam in Spanish",
         "reply_contains": "asked the state purchasing office to procure a testing vendor", "verdict": "agrees"},
        {"number": 5, "starts_with": "Abolish the separate irrigation technician registration and fold its",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": 6, "starts_with": "Require the Board to adopt a reserve policy that sets",
         "reply_contains": "will adopt one at its April 2026 meeting", "verdict": "agrees"},
        {"number": 7, "starts_with": "Direct the Board to reduce licence renewal fees until the",
         "reply_contains": "The Board does not agree to cut renewal fees", "verdict": "disagrees"},
    ]
    unmatched = ["thank you for a thorough and courteous review",
                 "collected $1.31 million in licence and exam fees",
                 "looks forward to the Commission's hearing on November 19"]
    notes = ("Advice: a US state SUNSET ADVISORY COMMISSION STAFF REPORT on a licensing board, three ISSUES each with "
             "'Key Findings' bullets and recommendations CODED 1.1, 1.2, 2.1, 2.2, 2.3, 3.1, 3.2 in a hanging column "
             "under 'Recommendations' sub-headings, each with a 'Change in statute' / 'Management action' label. "
             "Traps: the Sunset Act and the Occupations Code paraphrased ('shall', 'must'), a numbered list of three "
             "review questions, a figures table, the 2013 review's recommendation quoted ('should adopt a schedule "
             "of sanctions', done), findings that say 'should', a closing line naming 'Recommendations 1.1 and 3.2'. "
             "Response: the board's AGENCY RESPONSE letter with bold headings 'Agency Response to Recommendation N' "
             "in another order: 1.1 agrees (180 days, reports from February 2026); 2.2 agrees (vendor, Spanish exam "
             "September 2026); 1.2 'agrees in part', guide yes, tracker no (partly); 3.1 and 3.2 under one heading: "
             "3.1 reserve policy in April 2026 (agrees), 3.2 'does not agree to cut renewal fees' (disagrees); 2.1 "
             "to the advisory committee, no position (noted); 2.3 never answered (unanswered). The opening, the "
             "'Fees and Revenue' paragraph (names Issue 2, answers nothing) and the closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

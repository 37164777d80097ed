"""Round 146 (EN): an access consultancy's WEBSITE ACCESSIBILITY AUDIT REPORT for a district council, answered by
the council's revised ACCESSIBILITY STATEMENT (a printed web page in the usual statutory headings), which answers
the recommendations by theme without numbers or quotes, scattered over 'Non-compliance', 'Disproportionate
burden', 'not within scope' and 'What we're doing', in another order, one paragraph answering two with different
verdicts, one recommendation left out.
The advice: summary, the legal position, an ISSUES TABLE coded A11Y-01 to A11Y-07 with WCAG criteria and severity;
the seven recommendations as BOLD LEAD-IN SENTENCES, unnumbered, each followed by its explanation. Traps: the
regulations paraphrased ('must publish an accessibility statement'); the council's 2022 statement quoted ('All our
forms should be fully accessible by December 2023'); an overlay supplier's brochure quoted ('should make any
website accessible'); WCAG success criterion 2.1.1 quoted; 'We do not recommend rebuilding the website from
scratch'.
The response: boilerplate introduction and feedback / enforcement sections (nothing; 'change colours, contrast
levels and fonts' is standard wording, not an answer); forms rebuilt (1 agrees); toolbar removed (4 agrees); the
parking permit time-out fixed, an issue with no recommendation (unmatched); committee papers a disproportionate
burden (2 disagrees); webcast captions from January 2026 but no transcripts or old recordings (3 partly); ONE
paragraph: editors' course required (5 agrees), paying disabled testers noted (6 noted); the orange buttons (7)
never (unanswered).
Chromium headless --print-to-pdf, A4, cleaned Liberation Sans / Serif via @font-face, ligatures off; header and
'Page N of M' stamped from page 2. The accessibility regulations of 2018 and WCAG 2.2 are named as context only
(what is said of them is paraphrased and not to be relied on); the council, the firm, people, figures and
references are invented.
Run:  /tmp/blind146en/bin/python tests/docs/src/blind146/gen_en_accessibility_audit_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b146en as H

NAME = "blind146_en_accessibility_audit"
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 18mm 20mm 21mm 20mm; }
body { font-family: F; font-size: %(s)s; line-height: 1.4; color: #1c1c1c; margin: 0; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: %(c)s; margin: 2pt 0 5pt 0; line-height: 1.2; }
h2 { font-size: 12pt; color: %(c)s; margin: 10pt 0 4pt 0; break-after: avoid; }
h3 { font-size: 10.5pt; margin: 7pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
ul { margin: 2pt 0 6pt 0; padding-left: 18pt; }
li { margin-bottom: 2pt; }
.meta { color: #555; font-size: 8.6pt; }
.crumb { color: #1d5fa0; font-size: 8.6pt; text-decoration: underline; }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 3pt 0 8pt 0; }
th { background: %(c)s; color: #fff; text-align: left; padding: 3pt 4pt; }
td { border: 0.6pt solid #aaa; padding: 2.5pt 4pt; vertical-align: top; }
.q { border-left: 3pt solid #bbb; padding: 1pt 9pt; margin: 3pt 0 6pt 12pt; font-style: italic; color: #333; }
.rec { margin: 0 0 6pt 0; }
.rec b { color: %(c)s; }
.band { background: %(c)s; color: #fff; padding: 6pt 10pt; margin: 0 0 8pt 0; font-size: 10pt; }
.band b { font-size: 12pt; }
.updated { background: #f1f4f8; padding: 4pt 8pt; font-size: 8.8pt; margin-bottom: 8pt; }
</style>"""


def doc(body, fam, size, colour):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))
    return (f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>"
            f"{CSS % {'r': r, 'b': b, 'i': i, 's': size, 'c': colour}}</head><body>{body}</body></html>")


def render(html, pdf):
    tmp = tempfile.mkdtemp(prefix="blind146en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(p, pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def advice():
    body = """
<p class='meta'>CLEARWAY ACCESS CONSULTING LTD &#183; 4 Ropewalk Yard, Harnford HF3 9LD &#183; Report for Eastmere
District Council</p>
<h1>Accessibility audit of eastmere.gov.uk and its online forms</h1>
<p class='meta'>Report CAC-2025-118 &#183; Version 1.1, 29 August 2025 &#183; Standard: WCAG 2.2, level AA &#183;
Lead auditor: Priya Lindqvist-Osei &#183; Client contact: Martin Achterberg, Digital Services Manager</p>

<h2>1. Summary</h2>
<p>Between 28 July and 15 August 2025 we tested a sample of 48 pages, nine online forms, six PDF documents and the
webcast player on eastmere.gov.uk. We used a keyboard alone, three screen readers and screen magnification up to
400%, and five disabled people tested four common tasks with us. The website does not meet WCAG 2.2 at level AA: it
failed 23 of the 55 success criteria that apply. Most of the failures are concentrated in the forms, the documents
and the meeting webcasts, and most can be fixed within the existing content management system.</p>

<h2>2. The legal position</h2>
<p>Under the accessibility regulations for public sector websites of 2018, as we summarise them, the council must
make its website meet WCAG at level AA and must publish an accessibility statement explaining which content does
not. The council may decide that fixing some content would be a disproportionate burden, but it must assess and
explain that decision. Some content, such as live video and many documents published before September 2018, is
outside the scope of the regulations.</p>
<p>The council's accessibility statement of 2022 said:</p>
<p class='q'>"All our forms should be fully accessible by December 2023."</p>
<p>That has not happened: six of the nine forms we tested still have critical faults.</p>

<h2>3. Main issues found</h2>
<table>
<tr><th style='width:13%'>Issue</th><th style='width:42%'>What we found</th><th style='width:17%'>WCAG criterion</th>
<th style='width:11%'>Severity</th><th style='width:17%'>Where</th></tr>
<tr><td>A11Y-01</td><td>Forms cannot be completed with a keyboard; date pickers and address finders trap focus.</td>
<td>2.1.1, 2.1.2</td><td>Critical</td><td>6 of 9 forms</td></tr>
<tr><td>A11Y-02</td><td>The overlay toolbar changes the page structure and announces controls twice to screen
readers.</td><td>4.1.2</td><td>High</td><td>All pages</td></tr>
<tr><td>A11Y-03</td><td>Committee papers are scanned images in untagged PDF files.</td><td>1.1.1, 1.3.1</td>
<td>High</td><td>Democracy pages</td></tr>
<tr><td>A11Y-04</td><td>Recorded meetings have no captions and no transcript.</td><td>1.2.2</td><td>High</td>
<td>Webcast player</td></tr>
<tr><td>A11Y-05</td><td>White text on the orange buttons and links has a contrast ratio of 2.6:1.</td><td>1.4.3</td>
<td>Medium</td><td>Most pages</td></tr>
<tr><td>A11Y-06</td><td>Heading levels are skipped and link text such as 'click here' is used.</td><td>1.3.1,
2.4.4</td><td>Medium</td><td>News, service pages</td></tr>
<tr><td>A11Y-07</td><td>The parking permit form times out after ten minutes without warning.</td><td>2.2.1</td>
<td>Medium</td><td>Parking permit form</td></tr>
</table>
<p>On the forms, success criterion 2.1.1 of WCAG reads: <i>"All functionality of the content is operable through a
keyboard interface without requiring specific timings for individual keystrokes."</i> The supplier's brochure for
the toolbar claims that it "should make any website accessible with one line of code". Our testing showed the
opposite.</p>

<h2>4. What we recommend</h2>
<p>In order of priority, we recommend the following.</p>
<p class='rec'><b>Make every online form work with a keyboard alone.</b> Start with the council tax direct debit form
and the missed bin report, which together account for almost half of all form submissions, and test each form with
a screen reader user before it goes live again.</p>
<p class='rec'><b>Convert the committee papers published since September 2018 into accessible formats.</b> Tagged PDF
is acceptable, but HTML is better for agendas and minutes. These documents are within the scope of the regulations
and are among the most visited pages of the site.</p>
<p class='rec'><b>Add captions to every recorded meeting and publish a transcript alongside it.</b> Automatic captions
should be checked by a person before publication; the names of councillors and places are often wrong.</p>
<p class='rec'><b>Remove the Access+ overlay toolbar from every page of the site.</b> Disabled users already have the
tools they need on their own devices, and the toolbar creates more barriers than it removes.</p>
<p class='rec'><b>Train every web editor before they are given publishing rights.</b> The council has about 140
editors across its services, and most of the heading and link text failures were introduced by them.</p>
<p class='rec'><b>Pay disabled residents to test new services before launch.</b> A small panel, paid at a fair
hourly rate, would find problems that automated tools and auditors miss.</p>
<p class='rec'><b>Fix the colour contrast of the orange buttons and links.</b> This is a change to the site's style
sheet and the council's brand palette, and should take less than a day.</p>
<p>We do not recommend rebuilding the website from scratch. The content management system is capable of producing
accessible pages, and a rebuild would delay the fixes above by at least a year.</p>

<h2>5. Next steps</h2>
<p>We would be glad to re-test the forms and a sample of pages once the fixes have been made. Our detailed findings
for each page are in the spreadsheet that accompanies this report.</p>
"""
    render(doc(body, "Sans", "9.5pt", "#5b2a86"), H.out(NAME + "_advice.pdf"))


def response():
    body = """
<div class='band'><b>Eastmere District Council</b> &#183; Services &#183; Your council &#183; News</div>
<p class='crumb'>Home &gt; About this website &gt; Accessibility statement</p>
<h1>Accessibility statement for eastmere.gov.uk</h1>
<p class='updated'>Last reviewed: 14 November 2025 &#183; Page owner: Digital Services</p>
<p>This accessibility statement applies to www.eastmere.gov.uk. It does not cover our online payments site or the
planning portal, which have their own statements.</p>
<p>This website is run by Eastmere District Council. We want as many people as possible to be able to use it. For
example, that means you should be able to:</p>
<ul>
<li>change colours, contrast levels and fonts using browser or device settings</li>
<li>zoom in up to 400% without the text spilling off the screen</li>
<li>navigate most of the website using a keyboard or speech recognition software</li>
<li>listen to most of the website using a screen reader</li>
</ul>

<h2>How accessible this website is</h2>
<p>We know some parts of this website are not fully accessible:</p>
<ul>
<li>many committee papers from before 2026 are scanned PDF documents that do not work well with screen readers</li>
<li>recordings of council meetings made before January 2026 do not have captions</li>
<li>some older news pages skip heading levels</li>
</ul>

<h2>Feedback and contact information</h2>
<p>If you need information on this website in a different format, such as accessible PDF, large print, Easy Read or
audio, email web@eastmere.gov.uk or call 01632 960 280. We'll consider your request and get back to you within
five working days.</p>

<h2>Enforcement procedure</h2>
<p>The equality regulator is responsible for enforcing the accessibility regulations. If you're not happy with how
we respond to your complaint, contact the Equality Advisory and Support Service.</p>

<h2>Technical information about this website's accessibility</h2>
<p>Eastmere District Council is committed to making its website accessible, in accordance with the accessibility
regulations for public sector websites of 2018.</p>
<h3>Compliance status</h3>
<p>This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due
to the non-compliances and exemptions listed below.</p>

<h2>Non-accessible content</h2>
<h3>Non-compliance with the accessibility regulations</h3>
<p>Online forms. When the site was last audited, six of our forms could not be completed without a mouse. We
rebuilt the council tax, missed bin and parking permit forms in October, and all nine of our forms can now be
completed using a keyboard alone. A screen reader user retested them with us on 6 November.</p>
<p>Accessibility toolbar. We took the third-party toolbar off the website on 22 September 2025. You can use the
settings on your own browser or device instead, and our 'Using this website' page explains how.</p>
<p>Time limits. The parking permit form used to time out without warning. It now warns you after eight minutes and
lets you ask for more time.</p>

<h3>Disproportionate burden</h3>
<p>Committee papers. We have assessed the cost of converting the roughly 6,200 agendas, reports and minutes
published between September 2018 and December 2025. We believe that doing so would be a disproportionate burden
within the meaning of the regulations, and we will not convert them. Papers for meetings from January 2026 will be
published as accessible web pages. If you need an older paper in another format, contact Democratic Services and we
will send it to you.</p>

<h3>Content that's not within the scope of the accessibility regulations</h3>
<p>Live video. Live webcasts of meetings are exempt from the regulations. However, from January 2026 recordings of
council and committee meetings will have checked captions added within five working days of the meeting. We are
not planning to produce separate transcripts, and we will not add captions to recordings made before 2026.</p>

<h2>What we're doing to improve accessibility</h2>
<p>An independent audit in August 2025 helped us set our priorities. All 140 staff who publish content will have to
complete our two-hour accessible content course by March 2026, and from now on nobody is given an editor account
until they have passed it. We have also noted the auditors' suggestion that we pay disabled residents to test new
services, and we will consider it when we set the 2026/27 budget for user research.</p>

<h2>Preparation of this accessibility statement</h2>
<p>This statement was first prepared on 23 September 2020. It was last reviewed on 14 November 2025. The website
was last tested between 28 July and 15 August 2025 by an independent auditor, who tested a sample of pages chosen
to cover our most used services.</p>
"""
    render(doc(body, "Sans", "9.8pt", "#1d4f7a"), H.out(NAME + "_response.pdf"))


def main():
    advice()
    response()
    H.stamp(H.out(NAME + "_advice.pdf"), header="Clearway Access Consulting - CAC-2025-118 - Accessibility audit of "
            "eastmere.gov.uk", footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="eastmere.gov.uk - Accessibility statement",
            footer="Page {n} of {N}", skip_first=True)
    recs = [
        {"number": 1, "starts_with": "Make every online form work with a keyboard alone",
         "reply_contains": "all nine of our forms can now be completed using a keyboard",
         "verdict": "agrees"},
        {"number": 2, "starts_with": "Convert the committee papers published since September 2018 into accessible",
         "reply_contains": "would be a disproportionate burden within the meaning of the regulations",
         "verdict": "disagrees"},
        {"number": 3, "starts_with": "Add captions to every recorded meeting and publish a transcript",
         "reply_contains": "We are not planning to produce separate transcripts",
         "verdict": "partly"},
        {"number": 4, "starts_with": "Remove the Access+ overlay toolbar from every page of the site",
         "reply_contains": "We took the third-party toolbar off the website on 22 September",
         "verdict": "agrees"},
        {"number": 5, "starts_with": "Train every web editor before they are given publishing rights",
         "reply_contains": "nobody is given an editor account until they have passed it",
         "verdict": "agrees"},
        {"number": 6, "starts_with": "Pay disabled residents to test new services before launch",
         "reply_contains": "we will consider it when we set the 2026/27 budget",
         "verdict": "noted"},
        {"number": 7, "starts_with": "Fix the colour contrast of the orange buttons and links",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["It now warns you after eight minutes and lets you ask for more time"]
    notes = ("Advice: an access consultancy's WEBSITE ACCESSIBILITY AUDIT REPORT for a district council. The seven "
             "recommendations as BOLD LEAD-IN SENTENCES in the imperative, unnumbered, each followed by its "
             "explanation, under '4. What we recommend'. Traps: sections numbered 1-5; an ISSUES TABLE coded "
             "A11Y-01 to A11Y-07 with WCAG criteria and severity (A11Y-07, the time-out, has no recommendation); the "
             "regulations paraphrased ('must publish an accessibility statement'); the council's 2022 statement "
             "quoted ('All our forms should be fully accessible by December 2023'); the toolbar supplier's brochure "
             "quoted ('should make any website accessible'); WCAG 2.1.1 quoted; 'We do not recommend rebuilding the "
             "website from scratch'. Response: the council's revised ACCESSIBILITY STATEMENT, a printed web page "
             "in the usual statutory headings, answering by theme without numbers or quotes, in another order: "
             "boilerplate introduction ('change colours, contrast levels and fonts' is standard wording, not an "
             "answer to 7), feedback and enforcement (nothing); forms rebuilt, all nine work with a keyboard (1 "
             "agrees); toolbar taken off on 22 September (4 agrees); time-out fixed (an issue without a "
             "recommendation; unmatched); committee papers 'a disproportionate burden', not converted (2 "
             "disagrees); captions on recordings from January 2026 but no transcripts and no old recordings (3 "
             "partly); ONE paragraph: editors must pass a course before getting an account (5 agrees), paying "
             "disabled testers 'noted', to be considered for the 2026/27 budget (6 noted); the orange buttons' "
             "contrast never mentioned (7 unanswered).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

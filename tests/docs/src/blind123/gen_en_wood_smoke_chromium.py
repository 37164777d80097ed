"""Round 123 (EN): a British Columbia regional district's AIRSHED ROUNDTABLE advice to its Board on residential
wood smoke. The seven recommendations are UNNUMBERED 'We recommend that the Board ...' sentences inside running
paragraphs of four themed sections, two of them in one paragraph, three set in bold at the end of a paragraph.
Traps: the Environmental Management Act paraphrased with 'must', a numbered list 1.-3. of the QUESTIONS the Board
asked, monitoring figures, the Roundtable's 2021 recommendation quoted ('we recommended that ... should', done), a
sentence 'The Roundtable does not recommend a ban on wood stoves', a closing line naming 'the first two
recommendations'. Answered by a STAFF REPORT ('Request for Decision') whose Discussion names each by ORDINAL ('The
Roundtable's fourth recommendation', 'The second and third recommendations' in one paragraph), in the order 4, 1,
2+3, 6, 5; the seventh never answered; the staff's own 'THAT the Board receive ...' recommendation, financial
implications and next steps answer nothing.
Chromium headless --print-to-pdf, US Letter, cleaned Liberation Sans (advice) and Liberation Serif (staff report) via
@font-face, ligatures off, fresh --user-data-dir; header and 'Page N of M' stamped from page 2. All bodies, people,
places, figures and references invented; the Environmental Management Act (British Columbia) is named as context
only (what is said of it here is paraphrased and not to be relied on).
Run:  /tmp/blind123en/bin/python tests/docs/src/blind123/gen_en_wood_smoke_chromium.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b123en as H

NAME = "blind123_en_wood_smoke"
FONTS = """
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
"""
BASE = """
@page { size: Letter; margin: 18mm 21mm 20mm 21mm; }
body { font-family: F; color: #1c1c1c; margin: 0; font-variant-ligatures: none;
       font-feature-settings: "liga" 0, "clig" 0; }
p { margin: 0 0 2.6mm 0; }
h2, h3 { break-after: avoid; }
"""
CSS_ADV = BASE + """
body { font-size: 10pt; line-height: 1.45; }
.top { border-left: 3mm solid #8a5a2b; padding: 1mm 0 1mm 4mm; margin-bottom: 5mm; }
.top .o { font-size: 9pt; color: #8a5a2b; font-weight: bold; letter-spacing: 0.4mm; }
.top .t { font-size: 18pt; font-weight: bold; margin: 1mm 0; }
.top .d { font-size: 9pt; color: #555; }
h2 { font-size: 12pt; color: #8a5a2b; margin: 5mm 0 1.8mm 0; }
ol { margin: 0 0 2.6mm 0; padding-left: 7mm; } li { margin-bottom: 0.8mm; }
table.fig { border-collapse: collapse; font-size: 9pt; margin: 1mm 0 3mm 0; }
table.fig td, table.fig th { border-bottom: 0.3mm solid #c9b59e; padding: 1mm 4mm 1mm 0; text-align: left; }
"""
CSS_RSP = BASE + """
body { font-size: 10.2pt; line-height: 1.42; }
.hd { text-align: center; border-bottom: 0.6mm solid #27445f; padding-bottom: 2mm; margin-bottom: 3mm; }
.hd .o { font-size: 10pt; font-weight: bold; letter-spacing: 0.5mm; color: #27445f; }
.hd .t { font-size: 15pt; font-weight: bold; margin-top: 1mm; }
table.meta { border-collapse: collapse; font-size: 9.2pt; margin-bottom: 3mm; }
table.meta td { padding: 0.6mm 5mm 0.6mm 0; vertical-align: top; }
table.meta td.k { font-weight: bold; }
h2 { font-size: 10.5pt; color: #27445f; margin: 4.5mm 0 1.5mm 0; text-transform: uppercase; letter-spacing: 0.3mm; }
.rec { border: 0.3mm solid #27445f; padding: 2mm 4mm; margin: 1mm 0 3mm 0; }
"""


def page(css, fonts, body):
    r, b, i = (H.clean_font(f) for f in fonts)
    return (f"<!DOCTYPE html><html lang='en-CA'><head><meta charset='utf-8'><style>{FONTS % {'r': r, 'b': b, 'i': i}}"
            f"{css}</style></head><body>{body}</body></html>")


def advice():
    b = """
<div class='top'><div class='o'>TAMARACK VALLEY REGIONAL DISTRICT &#183; AIRSHED ROUNDTABLE</div>
<div class='t'>Clearing the Air: Advice to the Board on Residential Wood Smoke</div>
<div class='d'>Adopted by the Roundtable on March 5, 2026 &#183; Chair: Dr. Helen Osei &#183; For the Board meeting of
March 26, 2026</div></div>

<h2>Why the Board asked us</h2>
<p>In September 2025 the Board asked the Airshed Roundtable, a volunteer body of residents, physicians, industry,
First Nations and local government staff, to advise on how to reduce wood smoke in the valley. The Board put three
questions to us:</p>
<ol>
<li>How much of the fine particulate in the valley comes from home heating and open burning?</li>
<li>Which measures have worked in other interior communities?</li>
<li>What can the Regional District do within its own powers?</li>
</ol>
<p>Under the Environmental Management Act, a person must not introduce waste into the environment in a way that
causes pollution, and open burning must meet the provincial smoke control rules. Those rules are enforced by the
province. The Regional District may regulate burning within its own service areas by bylaw, and it is that power
that most of our advice relies on.</p>

<h2>What the monitors show</h2>
<p>The valley has one continuous monitor, at the Tamarack Falls fire hall. It recorded the following for fine
particulate (PM2.5):</p>
<table class='fig'><tr><th>Winter (Nov-Feb)</th><th>Days over 25 &#181;g/m&#179;</th><th>Highest daily average</th></tr>
<tr><td>2022-23</td><td>19</td><td>61 &#181;g/m&#179;</td></tr>
<tr><td>2023-24</td><td>24</td><td>74 &#181;g/m&#179;</td></tr>
<tr><td>2024-25</td><td>22</td><td>68 &#181;g/m&#179;</td></tr></table>
<p>Source studies for similar valleys attribute between 60 and 80 per cent of winter fine particulate to
residential wood burning. About 2,300 homes in the valley burn wood, and we estimate that 1,400 of them still use a
stove that does not meet the current emission standard.</p>

<h2>Wood stoves</h2>
<p>The stove exchange program has replaced 212 old stoves since 2019, but uptake has slowed because the rebate
of $400 no longer covers a meaningful share of the cost of a new certified stove, which is now between $3,500 and
$5,000 installed. <b>We recommend that the Board raise the wood stove exchange rebate from $400 to $1,000 per
household.</b></p>
<p>In 2021 we recommended that the Regional District should add heat pumps to the exchange program. That was done
in 2022, and heat pumps now account for a third of exchanges. The Roundtable does not recommend a ban on wood stoves:
for many rural households wood remains the only affordable heat.</p>

<h2>Open burning</h2>
<p>Backyard burning of leaves and prunings on the valley floor adds smoke on exactly the still autumn and spring
days when it cannot disperse. We recommend that the Board adopt a bylaw prohibiting open burning of yard waste on
the valley floor from October through March. An alternative has to be offered at the same time, and we recommend
that the Board fund free curbside collection of yard waste for two weeks each spring and each fall in the
serviced areas.</p>

<h2>Poor air days</h2>
<p>At present the province issues air quality advisories, and the Regional District passes them on through its
website. Many residents told us they do not see them, and few change what they do. <b>We recommend that the Board
make no-burn notices on advisory days mandatory, with bylaw officers able to issue tickets.</b> The single monitor
at Tamarack Falls also leaves the upper valley without data; we recommend that the Board ask the provincial
ministry to install a second continuous monitor in Pinecrest.</p>

<h2>Burning better</h2>
<p>Wet wood is the largest single cause of smoky chimneys. We recommend that the Board run a firewood moisture
meter lending program through the valley's three public library branches, supported by a short guide to
seasoning wood.</p>

<h2>Keeping track</h2>
<p>A plan that is not measured will not be kept. <b>We recommend that the Board publish a short public report each
year on the number of poor air days, stove exchanges and burning complaints.</b></p>
<p>The first two recommendations are, in the Roundtable's view, the ones that will make the largest difference in
the next two winters. Members are available to present this advice to the Board.</p>
"""
    return page(CSS_ADV, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"), b)


def response():
    b = """
<div class='hd'><div class='o'>TAMARACK VALLEY REGIONAL DISTRICT</div><div class='t'>Request for Decision</div></div>
<table class='meta'>
<tr><td class='k'>To:</td><td>Chair and Directors</td></tr>
<tr><td class='k'>From:</td><td>Marcus Ferreira, Manager of Environmental Services</td></tr>
<tr><td class='k'>Meeting:</td><td>Regular Board Meeting, May 28, 2026</td></tr>
<tr><td class='k'>File:</td><td>ENV-5280-03</td></tr>
<tr><td class='k'>Subject:</td><td>Airshed Roundtable advice on residential wood smoke</td></tr></table>

<h2>Recommendation</h2>
<div class='rec'>THAT the Board receive the Airshed Roundtable's advice of March 5, 2026, and endorse the staff
responses set out in this report.</div>

<h2>Background</h2>
<p>At its meeting of March 26, 2026 the Board received the Roundtable's advice "Clearing the Air" and referred it
to staff for a response. Staff met the Roundtable chair twice in April. The comments below follow the Board's
usual practice of responding to each recommendation.</p>

<h2>Discussion</h2>
<p>The Roundtable's fourth recommendation would make no-burn notices on advisory days mandatory. Staff do not
support this. Advisories are issued by the province at short notice, often overnight, and bylaw officers are not on
duty at the hours when most stoves are lit. Staff recommend that notices remain voluntary and that the Regional
District instead promote them through a text alert service.</p>
<p>The Roundtable's first recommendation, a higher stove exchange rebate, is supported. The 2026 budget already
allows for a rebate of $1,000 per household, and the increase can take effect on October 1, 2026, in time for the
heating season.</p>
<p>The second and third recommendations belong together. Staff agree that a seasonal restriction is needed, and a
draft Open Burning Bylaw will come to the Board in July; however, it proposes a restricted season from November 1
to the end of February rather than six months, so that residents keep some weeks for fall and spring clean-ups.
As for the free yard waste collection, staff will add two free collection weeks each spring and fall in all
serviced areas, beginning in April 2027.</p>
<p>The sixth recommendation, on moisture meters, is welcomed. The library service has agreed to lend 30 meters
from its three branches from this fall, and staff will prepare the guide.</p>
<p>The fifth recommendation concerns a second monitor. Air monitoring is the responsibility of the provincial
ministry, not the Regional District. Staff have forwarded the request, and the ministry has said that it will
consider the upper valley in its 2027 network review.</p>

<h2>Financial implications</h2>
<p>The rebate increase and the collection weeks will cost an estimated $180,000 a year, within the Air Quality
service budget. The moisture meters cost $2,400 in total.</p>

<h2>Next steps</h2>
<p>Subject to the Board's direction, staff will return in July with the draft bylaw and will write to the
Roundtable to thank its members.</p>
<p>Respectfully submitted,<br>Marcus Ferreira, Manager of Environmental Services<br>Reviewed by: Anita Lund, Chief
Administrative Officer</p>
"""
    return page(CSS_RSP, ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"), b)


def main():
    tmp = tempfile.mkdtemp(prefix="blind123en_html_")
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.chromium_pdf(src, H.out(f"{NAME}_{kind}.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(H.out(NAME + "_advice.pdf"), header="Tamarack Valley Regional District - Airshed Roundtable",
            footer="Page {n} of {N}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), header="Request for Decision - ENV-5280-03", footer="Page {n} of {N}",
            skip_first=True, fontfile=H.clean_font("LiberationSerif-Regular.ttf"))
    recs = [
        {"number": 1, "starts_with": "We recommend that the Board raise the wood stove exchange rebate",
         "reply_contains": "the increase can take effect on October 1, 2026", "verdict": "agrees"},
        {"number": 2, "starts_with": "We recommend that the Board adopt a bylaw prohibiting open burning",
         "reply_contains": "proposes a restricted season from November 1 to the end", "verdict": "partly"},
        {"number": 3, "starts_with": "we recommend that the Board fund free curbside collection of yard waste",
         "reply_contains": "staff will add two free collection weeks each spring", "verdict": "agrees"},
        {"number": 4, "starts_with": "We recommend that the Board make no-burn notices on advisory days",
         "reply_contains": "Staff do not support this", "verdict": "disagrees"},
        {"number": 5, "starts_with": "we recommend that the Board ask the provincial ministry to install",
         "reply_contains": "will consider the upper valley in its 2027 network review", "verdict": "noted"},
        {"number": 6, "starts_with": "We recommend that the Board run a firewood moisture meter lending",
         "reply_contains": "The library service has agreed to lend 30 meters", "verdict": "agrees"},
        {"number": 7, "starts_with": "We recommend that the Board publish a short public report each year",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["endorse the staff responses set out in this report",
                 "will cost an estimated $180,000 a year",
                 "staff will return in July with the draft bylaw"]
    notes = ("Advice: a BC regional district's Airshed Roundtable; a numbered list 1.-3. of the Board's QUESTIONS "
             "(no recommendations); the Environmental Management Act paraphrased ('must not introduce', 'must "
             "meet'); a monitoring table and figures; the 2021 recommendation quoted ('we recommended that the "
             "Regional District should add heat pumps', done); 'The Roundtable does not recommend a ban on wood "
             "stoves' (no recommendation); seven UNNUMBERED 'We recommend that the Board ...' sentences inside "
             "paragraphs of the themed sections, 1, 4 and 7 in bold at the end or start of a paragraph, 2 and 3 in "
             "one paragraph, 4 and 5 in one paragraph; closing 'The first two recommendations are ... the ones'. "
             "Response: a staff Request for Decision; the staff's own boxed 'THAT the Board receive ...' "
             "recommendation and Background (nothing); Discussion paragraphs naming each by ORDINAL, in the order "
             "4, 1, 2+3, 6, 5: the fourth 'Staff do not support this', notices stay voluntary (disagrees); the "
             "first supported, $1,000 from October 1, 2026 (agrees); 'The second and third recommendations "
             "belong together' in ONE paragraph: a bylaw but November to February rather than six months (2 "
             "partly), two free collection weeks each spring and fall from April 2027 (3 agrees); the sixth "
             "welcomed, 30 meters lent (agrees); the fifth 'the responsibility of the provincial ministry ... "
             "forwarded ... will consider' (noted); the seventh never answered (unanswered); Financial implications "
             "and Next steps (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 96 (EN): a Western Australian ENVIRONMENTAL PROTECTION AUTHORITY'S SECTION 16(e) ADVICE TO THE MINISTER on
dust in a port town (two columns; each recommendation in a framed box headed 'Recommendation n' after the discussion
it follows from) answered by the GOVERNMENT RESPONSE (subheadings 'Recommendation n - Supported / Not supported ...',
citing numbers, one subheading for two). Chromium headless --print-to-pdf, A4, cleaned DejaVu via @font-face,
ligatures off, fresh --user-data-dir; header stamped from page 2 and 'Page N of M'. All bodies, people, places and
figures invented; the Environmental Protection Act 1986 is named as context only.
Run:  /tmp/blind96en/bin/python tests/docs/src/blind96/gen_en_port_dust_chromium.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b96en as H

NAME = "blind96_en_port_dust"
R = H.clean_font("DejaVuSans.ttf")
B = H.clean_font("DejaVuSans-Bold.ttf")
I = H.clean_font("DejaVuSans-Oblique.ttf")
CSS = f"""
@font-face {{ font-family: DV; src: url(file://{R}); }}
@font-face {{ font-family: DV; font-weight: bold; src: url(file://{B}); }}
@font-face {{ font-family: DV; font-style: italic; src: url(file://{I}); }}
@page {{ size: A4; margin: 20mm 17mm 20mm 17mm; }}
body {{ font-family: DV; font-size: 9.2pt; line-height: 1.42; font-variant-ligatures: none; color: #1b1b1b; }}
h1 {{ font-size: 16pt; color: #8a4b08; margin: 0 0 4pt 0; }}
h2 {{ font-size: 10.5pt; color: #8a4b08; margin: 9pt 0 3pt 0; break-after: avoid; }}
.small {{ font-size: 8pt; color: #555; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
.rec {{ border: 1pt solid #8a4b08; border-left: 5pt solid #8a4b08; padding: 4pt 7pt; margin: 5pt 0 8pt 0;
        break-inside: avoid; background: #fbf3ea; }}
.rec b {{ display: block; color: #8a4b08; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 5pt 0; }}
th, td {{ border: 0.6pt solid #999; padding: 3pt 4pt; text-align: left; vertical-align: top; }}
th {{ background: #f1e2d0; }}
p {{ margin: 0 0 6pt 0; text-align: justify; }}
.band {{ border-top: 6pt solid #8a4b08; padding-top: 6pt; margin-bottom: 8pt; }}
"""

ADVICE = """
<div class="band"><div class="small">ENVIRONMENTAL PROTECTION AUTHORITY | WESTERN AUSTRALIA</div>
<h1>Dust in Port Harlow: advice to the Minister for Environment</h1>
<div class="small">Section 16(e) advice, Report 1762 | March 2026 | Chair: Professor Lydia Okonkwo-Barr</div></div>
<div class="cols">
<h2>1. Introduction</h2>
<p>In August 2025 the Minister for Environment asked the EPA under section 16(e) of the <i>Environmental Protection
Act 1986</i> to advise on dust affecting the Port Harlow townsite, where iron ore and manganese are stockpiled and
loaded within 600 metres of homes. Section 16(e) allows the EPA to advise the Minister on any environmental matter;
it does not give this advice the force of a condition.</p>
<p>The EPA held two community meetings in Port Harlow, received 87 written submissions and commissioned an air
quality review by Carrow Environmental.</p>
<h2>2. Key findings</h2>
<p><b>Finding 1.</b> The 24-hour PM10 standard of 50 micrograms per cubic metre was exceeded on 31 days in 2024 and
on 26 days in 2025 at the Harlow Primary School monitor.</p>
<p><b>Finding 2.</b> Only two monitors operate in the townsite, both owned by the port operator, and their data are
published quarterly and in arrears.</p>
<p><b>Finding 3.</b> Most exceedances occur during easterly winds when ore is being moved along the open conveyor
between the Eastern Stockyard and Berth 3.</p>
<table><tr><th>Year</th><th>Exceedance days</th><th>Highest 24-h PM10</th><th>Complaints</th></tr>
<tr><td>2023</td><td>19</td><td>88</td><td>142</td></tr><tr><td>2024</td><td>31</td><td>117</td><td>236</td></tr>
<tr><td>2025</td><td>26</td><td>104</td><td>251</td></tr></table>
<h2>3. Monitoring and information</h2>
<p>In its 2017 report on the port expansion the EPA advised that "the Port Authority should enclose the conveyor
within five years". That advice was not made a condition, and the conveyor remains open. Residents told us that they
should be able to see dust levels before deciding whether to hang out washing or let children play outside.</p>
<div class="rec"><b>Recommendation 1</b>Establish an independent real-time dust monitoring network of at least six
stations in Port Harlow, with results published online every hour.</div>
<div class="rec"><b>Recommendation 2</b>Set up a community dust complaints line answered 24 hours a day, with each
complaint acknowledged and logged against wind and monitoring data.</div>
<h2>4. Controls at the source</h2>
<p>Licence L7741/2009 requires the port operator to take all reasonable and practicable measures to prevent dust. The
licence holder must report any exceedance to the Department within 24 hours, but the licence contains no numerical
limit at the townsite boundary.</p>
<div class="rec"><b>Recommendation 3</b>Require the port operator to fully enclose the ore conveyor between the
Eastern Stockyard and Berth 3 by 31 December 2029.</div>
<div class="rec"><b>Recommendation 4</b>Amend licence L7741/2009 to include a 24-hour PM10 limit of 50 micrograms per
cubic metre at the townsite boundary.</div>
<h2>5. Planning and health</h2>
<p>Land-use planning has allowed residential lots to be created within 800 metres of the stockyards since 2012.
Submitters were also concerned about asthma among children in the town; no study of local health outcomes has
been carried out.</p>
<div class="rec"><b>Recommendation 5</b>Prepare a Port Harlow Air Quality Management Plan jointly with the Shire of
Harlow and publish it for public comment within 12 months.</div>
<div class="rec"><b>Recommendation 6</b>Fund an independent study of respiratory health among Port Harlow residents,
with particular attention to children.</div>
<div class="rec"><b>Recommendation 7</b>Review the port buffer in the regional planning scheme so that no further
residential lots are created within one kilometre of the stockyards.</div>
<h2>6. Conclusion</h2>
<p>The EPA considers that the dust problem in Port Harlow can be substantially reduced within five years if these
recommendations are taken up together. The EPA will report on progress in its annual report.</p>
</div>
"""

RESPONSE = """
<div class="band"><div class="small">GOVERNMENT OF WESTERN AUSTRALIA | MINISTER FOR ENVIRONMENT</div>
<h1>Government response to EPA Report 1762: Dust in Port Harlow</h1>
<div class="small">Tabled in the Legislative Assembly, 18 June 2026 | Hon. Marcus Delaney MLA, Minister for
Environment</div></div>
<h2>Minister's foreword</h2>
<p>I thank the Chair and members of the EPA and the people of Port Harlow who took part in the inquiry. Living next
to a working port brings jobs and prosperity to the Pilbara, but families are entitled to clean air, and this
response sets out how the Government intends to deliver it.</p>
<h2>Recommendation 5 - Supported</h2>
<p>The Department of Water and Environmental Regulation and the Shire of Harlow have begun work on the management
plan. A draft will be released for eight weeks of public comment in November 2026.</p>
<h2>Recommendations 1 and 2 - Supported / Not supported</h2>
<p>The Department will take over the existing monitors and install four new stations, giving six in all, with
hourly results on a public website from March 2027. The Government does not support a separate complaints line:
dust complaints can already be made at any hour through the Pollution Watch hotline, and the Department will
instead publish a monthly summary of Port Harlow complaints alongside the monitoring data.</p>
<h2>Recommendation 4 - Supported in part</h2>
<p>The licence will be amended to include a boundary limit. Because the conveyor will remain open for some years, an
interim limit of 70 micrograms per cubic metre will apply from 2027, reducing to the national standard in 2030.</p>
<h2>Recommendation 3 - Not supported at this time</h2>
<p>The operator has committed to wind fencing, water sprays and a stop-work trigger during easterly winds. The
Government will not require full enclosure of the conveyor until the effect of those measures has been measured
over two dry seasons.</p>
<h2>Recommendation 6 - Noted</h2>
<p>The Government notes this recommendation and has referred it to the Chief Health Officer, who will advise
whether a study of this kind would be feasible and informative for a town of this size.</p>
<h2>Other matters: Berth 4 dredging</h2>
<p>Several submitters raised the proposed maintenance dredging at Berth 4. That proposal is being assessed separately
under Part IV of the Act and is not affected by this response.</p>
<h2>Further information</h2>
<p>Progress will be reported through the Department's annual report. Enquiries about this response may be directed
to the Office of the Minister for Environment, Perth.</p>
"""


def render(body, pdf, header):
    hp = os.path.join("/tmp", os.path.basename(pdf).replace(".pdf", ".html"))
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><style>" + CSS +
                 "</style></head><body>" + body + "</body></html>")
    H.chromium_pdf(hp, pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def main():
    a, r = H.out(NAME + "_advice.pdf"), H.out(NAME + "_response.pdf")
    render(ADVICE, a, "EPA Report 1762 - Dust in Port Harlow (section 16(e) advice)")
    render(RESPONSE, r, "Government response to EPA Report 1762")
    recs = [
        {"number": 1, "starts_with": "Establish an independent real-time dust monitoring network of at least six",
         "reply_contains": "install four new stations, giving six in all", "verdict": "agrees"},
        {"number": 2, "starts_with": "Set up a community dust complaints line answered 24 hours a day",
         "reply_contains": "The Government does not support a separate complaints line", "verdict": "disagrees"},
        {"number": 3, "starts_with": "Require the port operator to fully enclose the ore conveyor",
         "reply_contains": "will not require full enclosure of the conveyor until", "verdict": "disagrees",
         "also": ["noted"]},
        {"number": 4, "starts_with": "Amend licence L7741/2009 to include a",
         "reply_contains": "an interim limit of 70 micrograms per cubic metre", "verdict": "partly"},
        {"number": 5, "starts_with": "Prepare a Port Harlow Air Quality Management Plan jointly with the",
         "reply_contains": "have begun work on the management plan", "verdict": "agrees"},
        {"number": 6, "starts_with": "Fund an independent study of respiratory health among Port Harlow residents",
         "reply_contains": "has referred it to the Chief Health Officer", "verdict": "noted"},
        {"number": 7, "starts_with": "Review the port buffer in the regional planning scheme",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["Living next to a working port brings jobs and prosperity",
                 "proposed maintenance dredging at Berth 4",
                 "Progress will be reported through the Department's annual report"]
    notes = ("Advice: a WA EPA section 16(e) advice to the Minister on dust in a port town, TWO COLUMNS; each "
             "recommendation in a framed BOX headed 'Recommendation n' (1-7) placed after the discussion it follows "
             "from. Traps: s. 16(e) of the Environmental Protection Act 1986, Findings 1-3 with a table, the EPA's 2017 "
             "advice quoted ('the Port Authority should enclose the conveyor within five years'), 'they should be able "
             "to see dust levels', licence L7741/2009 'must report any exceedance', Conclusion. Response: the "
             "Government response, subheadings 'Recommendation n - Supported / Not supported ...' citing numbers, "
             "order 5, 1+2, 4, 3, 6: management plan begun (5 agrees); ONE section 'Recommendations 1 and 2' = six "
             "stations with hourly results (1 agrees) + no separate complaints line (2 disagrees); interim 70 then 50 "
             "in 2030 (4 partly); no enclosure 'at this time' until measures measured (3 disagrees, noted acceptable); "
             "referred to the Chief Health Officer (6 noted); 7 (port buffer) unanswered. Unmatched: Minister's "
             "foreword, Berth 4 dredging, Further information.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

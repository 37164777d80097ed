"""Round 81 (EN): a MUNICIPAL MONITOR'S REPORT (genre: the report that a monitor appointed by a state minister for
local government (Victoria, Australia) makes on a council's governance after a period of monitoring: background,
terms of reference, observations with bold numbered 'Finding N' statements, and recommendations LETTERED (a)-(g)
after the lead-in 'I recommend that the Council:') answered by the council's AGENDA REPORT (a board paper for an
ordinary council meeting: item number, purpose, background, a ruled table 'Rec. | Monitor's recommendation
(summary) | Council response | Status' citing the letters, financial implications and the officer recommendation).
Advice: Municipal Monitor, 'Report to the Minister for Local Government: Yarrowee Plains Shire Council', 2 p.
Response: Yarrowee Plains Shire Council, 'Ordinary Council Meeting 19 August 2026 - Item 9.3 Response to the
Municipal Monitor's report', 1 p.; rows in the order (g), (a), (b)+(d), (c), (e); (f) is not answered.
LibreOffice Writer headless from HTML ('HTML (StarWriter)' filter; A4, DejaVu from the system); footers stamped with
PyMuPDF. The genre and the Local Government Act 2020 (Vic) are real (what is said of them here is not to be relied
on); the shire, the monitor, the Inspectorate report quoted, people and figures are invented.

Run:  /tmp/blind81en/bin/python tests/docs/src/blind81/gen_en_municipal_monitor_libreoffice.py   (needs soffice)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b81en as H

NAME = "blind81_en_municipal_monitor"

STYLE = """<style>
body { font-family: 'DejaVu Serif'; font-size: 10pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #14465a; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #14465a; margin-top: 12pt; }
h3 { font-family: 'DejaVu Sans'; font-size: 10pt; }
p { margin-bottom: 6pt; text-align: justify; }
td, th { font-family: 'DejaVu Sans'; font-size: 8.6pt; vertical-align: top; }
th { background: #d6e6ec; text-align: left; }
.find { font-family: 'DejaVu Sans'; font-weight: bold; font-size: 9.4pt; }
</style>"""

ADVICE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Municipal Monitor report</title>%s</head><body>
<p style="font-family:'DejaVu Sans'; font-size:9pt; color:#555555">MUNICIPAL MONITOR &ndash; YARROWEE PLAINS SHIRE
COUNCIL</p>
<h1>Report to the Minister for Local Government</h1>
<p style="font-family:'DejaVu Sans'">Monitor: Helen Vardy &middot; Monitoring period: 2 December 2025 to 1 June 2026
&middot; Report dated 30 June 2026</p>
<h2>1. Background</h2>
<p>Yarrowee Plains Shire Council has nine councillors elected in October 2024 and a population of about 31,000. Since
2022 it has had three chief executive officers and two acting chief executive officers. In late 2025 councillors
and staff made complaints to the Minister about the conduct of council meetings, the relationship between
councillors and the administration, and the Council's handling of the 2025/26 budget. On 2 December 2025 the Minister
appointed me as municipal monitor under the Local Government Act 2020 for a period of six months.</p>
<h2>2. Terms of reference</h2>
<p>My terms of reference required me to: (1) monitor the Council's governance processes and practices; (2) advise
the Council on improvements to its governance; (3) monitor the relationship between councillors and the
administration; and (4) report to the Minister by 30 June 2026 on any further action that I consider necessary.</p>
<p>During the period I attended 14 council meetings and briefings, met every councillor and the executive team
individually, and reviewed the Council's policies, minutes and correspondence since November 2024.</p>
<h2>3. Observations</h2>
<h3>3.1 Council meetings</h3>
<p>Meetings were long and frequently disorderly. Between November 2024 and May 2026 the average ordinary meeting
lasted five hours and twenty minutes, and 61 notices of motion were lodged, 23 of them by one councillor. The Act
requires every council to adopt Governance Rules for the conduct of its meetings; the Council's rules, adopted in
2020, set no limit on notices of motion and no time limits for speakers.</p>
<p class="find">Finding 1: The Council's Governance Rules do not allow the Chair to manage meetings effectively.</p>
<h3>3.2 Councillors and the administration</h3>
<p>I observed councillors contacting managers and other staff directly with requests for information and, in some
cases, instructions. The Councillor Code of Conduct makes clear that a councillor must not direct a member of
council staff. Several staff told me that they felt they should answer any councillor's request immediately,
whatever their other work. No record is kept of these requests.</p>
<p class="find">Finding 2: Councillors do not have a shared understanding of their role in relation to staff.</p>
<p class="find">Finding 3: The absence of a managed process for councillor requests places staff under pressure.</p>
<p>In 2023 the Local Government Inspectorate recommended that &ldquo;the Council should establish a CEO Employment
and Remuneration Committee with an independent chair&rdquo;. The Council established the committee in 2024 but the
Mayor chairs it. Two of the three recent chief executive officers left before the end of their contracts.</p>
<p class="find">Finding 4: The Council's oversight of the CEO's employment has not provided stability.</p>
<h3>3.3 Financial management</h3>
<p>The Council's finances are sound in the short term, with an underlying surplus of $1.2 million in 2024/25.
However, its long-term financial plan assumes rate increases at the cap in every year to 2035, and this assumption
was not explained to the community when the plan was adopted.</p>
<p class="find">Finding 5: The community has had little opportunity to understand the Council's long-term financial
position.</p>
<h3>3.4 Community engagement</h3>
<p>The Council's community engagement policy dates from 2021. Three major decisions in 2025, including the closure
of the Tarnagulla Road transfer station, were made without the engagement the policy itself promises.</p>
<p class="find">Finding 6: The Council does not consistently follow its own community engagement policy.</p>
<h2>4. Recommendations</h2>
<p>I do not recommend the appointment of a panel of administrators or a further period of monitoring at this
time. The Council has begun to improve, and most councillors told me that they want it to succeed. I recommend that
the Council:</p>
<p style="margin-left:10mm; text-indent:-8mm">(a)&#9;adopt revised Governance Rules by 31 October 2026 that limit the
number of notices of motion each councillor may lodge for a meeting and set time limits for debate;</p>
<p style="margin-left:10mm; text-indent:-8mm">(b)&#9;engage an independent facilitator to deliver a governance
training program for all councillors, covering the Councillor Code of Conduct and the role of councillors in relation
to staff;</p>
<p style="margin-left:10mm; text-indent:-8mm">(c)&#9;appoint an independent chair of the CEO Employment and
Remuneration Committee, as the Local Government Inspectorate recommended in 2023;</p>
<p style="margin-left:10mm; text-indent:-8mm">(d)&#9;introduce a councillor request system through which all
requests from councillors to staff are logged and answered through the Office of the Chief Executive;</p>
<p style="margin-left:10mm; text-indent:-8mm">(e)&#9;publish a plain-language summary of its long-term financial plan,
including its assumptions about rate increases, and hold at least two public information sessions on it;</p>
<p style="margin-left:10mm; text-indent:-8mm">(f)&#9;review its community engagement policy with the community by
30 June 2027 and report each year on how it has been applied to major decisions; and</p>
<p style="margin-left:10mm; text-indent:-8mm">(g)&#9;report to the Minister every three months for the next twelve
months on its progress in implementing these recommendations.</p>
<h2>5. Acknowledgements</h2>
<p>I thank the Mayor, councillors, the Chief Executive Officer and staff for their cooperation during the monitoring
period.</p>
<p style="text-align:left">Helen Vardy<br>Municipal Monitor</p>
</body></html>
""" % STYLE

RESPONSE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Item 9.3</title>%s</head><body>
<p style="font-family:'DejaVu Sans'; font-size:9pt; color:#555555">YARROWEE PLAINS SHIRE COUNCIL &middot; ORDINARY
COUNCIL MEETING &middot; WEDNESDAY 19 AUGUST 2026</p>
<h1>9.3 Response to the Municipal Monitor's report</h1>
<table cellpadding="3" style="width:100%%">
<tr><td style="width:35mm"><b>Directorate:</b></td><td>Office of the Chief Executive</td></tr>
<tr><td><b>Author:</b></td><td>Naomi Petrakis, Manager Governance and Risk</td></tr>
<tr><td><b>Attachments:</b></td><td>1. Municipal Monitor's report, 30 June 2026</td></tr>
</table>
<h2>Purpose and background</h2>
<p>This report presents the Council's response to the report of the Municipal Monitor, Ms Helen Vardy, which the
Minister for Local Government tabled on 14 July 2026 and sent to the Mayor with a request for the Council's response
within six weeks. The monitor was appointed on 2 December 2025 and attended council meetings and briefings until
1 June 2026. Councillors discussed the report at a briefing on 5 August 2026.</p>
<h2>Discussion</h2>
<p>The monitor made six findings and seven recommendations to the Council. The proposed response to each
recommendation is set out below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="width:100%%; border-collapse:collapse">
<tr><th style="width:11mm">Rec.</th><th style="width:38mm">Monitor's recommendation (summary)</th>
<th>Council response</th><th style="width:22mm">Status</th></tr>
<tr><td>(g)</td><td>Quarterly progress reports to the Minister</td><td>The Chief Executive Officer will send the
first quarterly progress report to the Minister by 31 October 2026, and each report will be published in the agenda
of the following council meeting.</td><td>Supported</td></tr>
<tr><td>(a)</td><td>Revised Governance Rules</td><td>Draft Governance Rules with a limit of two notices of motion
per councillor per meeting and five-minute time limits for speakers were placed on public exhibition on 22 July
2026 and will be presented for adoption on 21 October 2026.</td><td>Supported &ndash; in progress</td></tr>
<tr><td>(b) and (d)</td><td>Councillor training; councillor requests</td><td>Councillors have agreed to take part
in a governance program led by an independent facilitator from the Municipal Leaders Institute, beginning in
September 2026. A register of councillor requests will be kept from 1 September 2026, but councillors will continue
to be able to ask directors for information directly; only requests to other staff will go through the Office of
the Chief Executive.</td><td>Supported; supported in part</td></tr>
<tr><td>(c)</td><td>Independent chair of the CEO Employment and Remuneration Committee</td><td>Council does not
support this recommendation. The committee already includes an independent member with human resources
experience, and councillors consider that the Mayor, as the Council's spokesperson, should continue to chair
it.</td><td>Not supported</td></tr>
<tr><td>(e)</td><td>Long-term financial plan</td><td>Council will consider how best to explain its long-term
financial plan when it prepares the 2027/28 budget, and will seek advice on the format and cost of public
information sessions at that time.</td><td>For consideration</td></tr>
</table>
<h2>Financial and resource implications</h2>
<p>The facilitated governance program will cost approximately $28,000 and will be funded from the councillor
development budget. The other measures can be delivered within existing resources, apart from a possible upgrade of
the records system, which would be the subject of a separate report.</p>
<h2>Officer recommendation</h2>
<p>That Council:</p>
<p>1. notes the report of the Municipal Monitor dated 30 June 2026; 2. endorses the response set out in this
report; and 3. authorises the Chief Executive Officer to write to the Minister for Local Government with that
response.</p>
</body></html>
""" % STYLE

RECS = [
    ("a", "adopt revised Governance Rules by 31 October 2026 that limit the",
     "will be presented for adoption on 21 October 2026", "agrees"),
    ("b", "engage an independent facilitator to deliver a governance training program for",
     "Councillors have agreed to take part in a governance program", "agrees"),
    ("c", "appoint an independent chair of the CEO Employment and Remuneration Committee",
     "Council does not support this recommendation", "disagrees"),
    ("d", "introduce a councillor request system through which all requests from councillors",
     "councillors will continue to be able to ask directors", "partly"),
    ("e", "publish a plain-language summary of its long-term financial plan",
     "Council will consider how best to explain its long-term", "noted"),
    ("f", "review its community engagement policy with the community by 30 June 2027", None, "unanswered"),
    ("g", "report to the Minister every three months for the next twelve months",
     "will send the first quarterly progress report to the Minister", "agrees"),
]


def make(html, which, footer):
    tmp = tempfile.mkdtemp(prefix="blind81en_lo_")
    src = os.path.join(tmp, "%s_%s.html" % (NAME, which))
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    H.soffice_pdf(src, tmp)
    dst = H.out("%s_%s.pdf" % (NAME, which))
    shutil.copy(os.path.join(tmp, "%s_%s.pdf" % (NAME, which)), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    H.stamp(dst, footer=footer, fontfile=H.clean_font("DejaVuSans.ttf"))
    return dst


if __name__ == "__main__":
    make(ADVICE, "advice", "Municipal Monitor - Yarrowee Plains Shire Council - page {n} of {N}")
    make(RESPONSE, "response", "Ordinary Council Meeting 19 August 2026 - Item 9.3 - page {n}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["tabled on 14 July 2026 and sent to the Mayor",
                      "will be funded from the councillor development budget",
                      "authorises the Chief Executive Officer to write to the Minister"],
                     "Advice: a municipal monitor's report to a state minister on a shire council's governance "
                     "(Victoria genre): terms of reference numbered (1)-(4) inline, observations 3.1-3.4 with bold "
                     "'Finding 1'-'Finding 6' statements, then '4. Recommendations' with the seven recommendations "
                     "LETTERED (a)-(g) as hanging paragraphs after the lead-in 'I recommend that the Council:' (the "
                     "numbers are the letters). Traps: 'The Act requires every council to adopt Governance Rules'; "
                     "'a councillor must not direct a member of council staff'; staff felt 'they should answer any "
                     "councillor's request'; the 2023 Inspectorate recommendation quoted ('the Council should "
                     "establish a CEO Employment and Remuneration Committee with an independent chair'), which (c) "
                     "repeats; 'I do not recommend the appointment of a panel of administrators' just before the "
                     "lead-in; dates and dollar figures. Response: a council AGENDA REPORT (item 9.3) with a ruled "
                     "table 'Rec. | Monitor's recommendation (summary) | Council response | Status' in the order (g), "
                     "(a), (b)+(d), (c), (e): first quarterly report by 31 October (g agrees); draft rules on "
                     "exhibition, adoption on 21 October (a agrees); ONE row '(b) and (d)' = facilitated program "
                     "(b agrees) + a register of requests but councillors may still ask directors directly (d "
                     "partly), status 'Supported; supported in part'; 'Council does not support this "
                     "recommendation', the Mayor 'should continue to chair it' (c disagrees); 'Council will consider "
                     "... when it prepares the 2027/28 budget', 'For consideration' (e noted). (f) (community "
                     "engagement policy) is not answered. Unmatched: 'Purpose and background', 'Financial and "
                     "resource implications', 'Officer recommendation' (That Council: 1. notes ... 2. endorses ... "
                     "3. authorises ...).")
    sys.exit(H.main([NAME]))

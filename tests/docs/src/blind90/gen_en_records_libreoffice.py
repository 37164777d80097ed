"""Round 90 (EN): an Irish county council's RECORDS MANAGEMENT AND ARCHIVES REVIEW by an invented sectoral advisory
service (recommendations as a NUMBERED LIST 1-7 in a boxed 'Summary of recommendations' panel near the front, the
evidence in chapters after it) answered by the council's ACTION PLAN TABLE (Area | Council response | Lead | Target),
replying by subject, citing no numbers. LibreOffice Writer headless from HTML, A4, DejaVu; stamped header and
'Page N of M'. Bodies, people and figures invented; the Local Government Act 2001 and the National Archives Act 1986 are
real (what is said of them here is not to be relied on).
Run:  /tmp/blind90en/bin/python tests/docs/src/blind90/gen_en_records_libreoffice.py
"""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b90en as H

NAME = "blind90_en_records"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 16pt; color: #1f5130; } h2 { font-size: 11.5pt; color: #1f5130; }
td, th { font-size: 9pt; vertical-align: top; } th { background: #dcebdf; text-align: left; }
.box { background: #eef5ef; }
</style>"""

ADV = """<!DOCTYPE html><html><head><meta charset='utf-8'>""" + STYLE + """</head><body>
<p style='font-size:8pt;color:#1f5130'><b>LOCAL AUTHORITY RECORDS ADVISORY SERVICE</b></p>
<h1>Records Management and Archives Review: Ballycorrig County Council</h1>
<p style='font-size:8.5pt;color:#444'>Report to the Chief Executive &middot; April 2026 &middot; Ref. LARAS/R/2026/04 &middot; Lead reviewer: Siobhán Kearney MA</p>
<table width='100%' border='1' cellpadding='8' cellspacing='0' class='box' bgcolor='#eef5ef'><tr><td>
<p><b>Summary of recommendations</b></p>
<ol>
<li>Appoint a qualified archivist on a permanent basis to manage the Council's archives and its records management programme.</li>
<li>Adopt a corporate records retention schedule based on the national local authority schedule within twelve months.</li>
<li>Move the archive collections out of the basement of the former courthouse to a store that meets the national archival standard.</li>
<li>Put in place an electronic document and records management system for the planning and housing departments first.</li>
<li>Transfer all minute books and rate books of the former town councils to the archives and catalogue them.</li>
<li>Provide records management training for all staff, with a short module included in induction.</li>
<li>Open a public reading room in the county library headquarters at least two days a week.</li>
</ol></td></tr></table>
<h2>1. Background</h2>
<p>Ballycorrig County Council invited the Local Authority Records Advisory Service to review its records management and
archives in September 2025. Section 80 of the Local Government Act 2001 requires every local authority to make
arrangements for the proper management, custody, care and conservation of its local records and local archives, and for
inspection of local archives by the public. The review took place between October 2025 and February 2026 and included
visits to the County Buildings, the former courthouse in Ballycorrig, the three area offices and the off-site store at
Knockard business park.</p>
<p>The Council holds an estimated 14,200 linear metres of paper records, of which about 1,100 metres are of archival value.
Its archives include the minutes of the county board of health from 1899, the Grand Jury presentments for 1820-1898 and the
records of the town councils dissolved in 2014.</p>
<h2>2. Findings</h2>
<p><b>2.1 Staffing.</b> The archive has been managed since 2019 by a library staff member on a temporary assignment, who is also
responsible for local studies. There is no records manager. Council staff told us that enquiries from the public about the
archives should go to the library, but the library was not aware of this.</p>
<p><b>2.2 Retention.</b> Each department keeps its own files as it sees fit. We found planning files from 1964 mixed with
current applications, and payroll records retained for 40 years. The national retention schedule published in 2023 says that
a file of this kind should be destroyed after seven years, subject to audit requirements.</p>
<p><b>2.3 Storage.</b> The courthouse basement flooded in November 2023 and again in January 2026. Relative humidity in the
basement was between 72 and 88 per cent on our visits. Around 60 metres of records showed mould. The Council's 2017 archives
plan recommended that &quot;the Council should identify a purpose-built archive repository by 2020&quot;; no site has been
identified.</p>
<p><b>2.4 Digital records.</b> Shared network drives hold 31 terabytes of documents, most of them without any metadata. The
planning department scans applications but the scanned copies are not declared as records.</p>
<p><b>2.5 Access.</b> Researchers can consult the archives only by appointment, about once a month. In 2025 the Council
received 188 archive enquiries and 14 requests under the Freedom of Information Act 2014 that needed archive searches.</p>
<h2>3. Conclusions</h2>
<p>The Council's archives are of considerable local and national importance, but they are at real risk of loss. The Council
must comply with section 80 and should also have regard to the standards of the National Archives Act 1986, although that
Act does not bind it directly. Recommendations 1 and 3 are the most urgent; the others can be phased over the next three
years. An estimate of the costs of each recommendation is given in Table 1.</p>
<table width='100%' border='1' cellpadding='4' cellspacing='0'>
<tr><th>Table 1. Recommendation</th><th>One-off cost (EUR)</th><th>Annual cost (EUR)</th></tr>
<tr><td>Archivist post</td><td>-</td><td>68,000</td></tr>
<tr><td>New archive store (lease and fit-out)</td><td>420,000</td><td>55,000</td></tr>
<tr><td>Records management system, two departments</td><td>310,000</td><td>40,000</td></tr>
<tr><td>Reading room</td><td>25,000</td><td>18,000</td></tr>
</table>
<p>We thank the Director of Services for Corporate Affairs and the staff of every department for their cooperation.</p>
</body></html>"""

RSP = """<!DOCTYPE html><html><head><meta charset='utf-8'>""" + STYLE + """</head><body>
<p style='font-size:8pt;color:#1f5130'><b>BALLYCORRIG COUNTY COUNCIL &middot; COMHAIRLE CHONTAE BHAILE CHORRAIG</b></p>
<h1>Records and Archives Action Plan 2026-2028</h1>
<p style='font-size:8.5pt;color:#444'>Corporate Affairs Directorate &middot; Noted by the Corporate Policy Group, 9 June 2026</p>
<p>The Council asked the Local Authority Records Advisory Service to review its records and archives last year, and
the Management Team has considered the review report in full. The plan below is the Council's response; it will be
reviewed each year by the Corporate Policy Group.</p>
<table width='100%' border='1' cellpadding='4' cellspacing='0'>
<tr><th width='17%'>Area</th><th width='51%'>Council response</th><th width='16%'>Lead</th><th width='16%'>Target</th></tr>
<tr><td>Archive storage</td><td>Agreed. A lease has been signed for a unit at Knockard business park, which is being fitted out
to the archival standard. The collections will be moved out of the courthouse by the end of the year.</td><td>Facilities
Manager</td><td>December 2026</td></tr>
<tr><td>Staffing and training</td><td>The Council does not propose to create a permanent archivist post; the archive will
instead be supported through the shared regional archivist service with two neighbouring councils. A records awareness
module will be added to staff induction from September 2026.</td><td>Head of HR</td><td>September 2026</td></tr>
<tr><td>Digital records</td><td>An electronic records system is a matter for the national local government ICT programme, and
the Council will not procure its own system at this time.</td><td>Head of ICT</td><td>-</td></tr>
<tr><td>Retention</td><td>The Council will adopt the national retention schedule for the planning, housing and finance
departments first, with other departments to follow as resources allow.</td><td>Corporate Affairs</td><td>2027</td></tr>
<tr><td>Public access</td><td>The Council notes the recommendation on a reading room and will consider it as part of the
library development plan review.</td><td>County Librarian</td><td>2027</td></tr>
</table>
<h2>Data protection</h2>
<p>In parallel with this plan, the Data Protection Officer is carrying out an audit of personal data held on shared drives, to
be completed in October 2026.</p>
<p>Queries on this action plan may be sent to corporateaffairs@ballycorrig.example.ie.</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="blind90en_lo_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        if kind == "advice":
            H.stamp(pdf, header="Local Authority Records Advisory Service  |  Ballycorrig County Council  |  April 2026",
                    footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
        else:
            H.stamp(pdf, header="Ballycorrig County Council  |  Records and Archives Action Plan",
                    footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"))
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "Appoint a qualified archivist on a permanent basis to manage",
     "reply_contains": "does not propose to create a permanent archivist post", "verdict": "disagrees"},
    {"number": 2, "starts_with": "Adopt a corporate records retention schedule based on the national",
     "reply_contains": "for the planning, housing and finance departments first", "verdict": "partly"},
    {"number": 3, "starts_with": "Move the archive collections out of the basement of the",
     "reply_contains": "A lease has been signed for a unit at Knockard", "verdict": "agrees"},
    {"number": 4, "starts_with": "Put in place an electronic document and records management system",
     "reply_contains": "the Council will not procure its own system at this time", "verdict": "disagrees"},
    {"number": 5, "starts_with": "Transfer all minute books and rate books of the former",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 6, "starts_with": "Provide records management training for all staff, with a short",
     "reply_contains": "A records awareness module will be added to staff induction", "verdict": "agrees",
     "also": ["partly"]},
    {"number": 7, "starts_with": "Open a public reading room in the county library headquarters",
     "reply_contains": "will consider it as part of the library development plan", "verdict": "noted"},
], ["the Management Team has considered the review report in full",
    "is carrying out an audit of personal data held on shared drives",
    "Queries on this action plan may be sent to"],
   "Advice: Irish sectoral advisory service's records management and archives review of a county council, 2 p., LibreOffice "
   "from HTML; the seven recommendations are a NUMBERED LIST 1-7 in a boxed 'Summary of recommendations' panel at the front, "
   "before the background and findings. Traps: Local Government Act 2001 s 80 'requires', numbered findings 2.1-2.5, "
   "'enquiries ... should go to the library', 'a file of this kind should be destroyed after seven years', the 2017 archives "
   "plan's 'the Council should identify a purpose-built archive repository' quoted, 'The Council must comply with section 80 "
   "and should also have regard', 'Recommendations 1 and 3 are the most urgent', cost table naming four recommendations. "
   "Response: action plan TABLE by subject (Area | Council response | Lead | Target), no numbers; order 3, 1+6, 4, 2, 7. "
   "ONE row 'Staffing and training' = no permanent archivist, shared regional service instead (1 disagrees) + induction "
   "module (6 agrees, only induction promised, so also partly). No own EDRMS (4 disagrees). Retention schedule for three "
   "departments first (2 partly). Reading room to be considered (7 noted). 5 (town council minute and rate books) "
   "unanswered. Introduction, 'Data protection' section, queries line (nothing).")
sys.exit(H.main([NAME]))

"""Round 31 (EN): a data protection authority's consensual audit report on an (invented) district council, with
recommendations as coded rows (GA.1 ... SAR.3) of a detailed-findings table over a page break, and the council's
management response letter. PyMuPDF Story, A4, cleaned Liberation fonts; the report's executive summary in two
columns under a full-width title block; the letter with a sidebar on page 1; running header and page numbers
stamped. All content (council, officers, figures) invented.

Run:  /tmp/blind31en/bin/python tests/docs/src/blind31/gen_en_dpa_audit_story.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b31en as H
import warnings
warnings.filterwarnings("ignore")
import fitz

NAME = "blind31_en_dpa_audit"

CSS = """
@font-face {font-family: LS; src: url(LiberationSans-Regular.ttf);}
@font-face {font-family: LS; src: url(LiberationSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: LS; src: url(LiberationSans-Italic.ttf); font-style: italic;}
@font-face {font-family: LS; src: url(LiberationSans-BoldItalic.ttf); font-weight: bold; font-style: italic;}
body {font-family: LS; font-size: 9.6pt; line-height: 1.35;}
p {margin: 0 0 5pt 0;}
h1 {font-size: 19pt; color: #5a2a82; margin: 0 0 4pt 0;}
h2 {font-size: 12pt; color: #5a2a82; margin: 10pt 0 4pt 0;}
h3 {font-size: 10pt; margin: 7pt 0 3pt 0;}
ul li {margin-bottom: 2pt;}
table {border-collapse: collapse; width: 100%;}
td, th {border: 0.6pt solid #888888; padding: 3pt; vertical-align: top; font-size: 8.6pt; text-align: left;}
th {background-color: #e6dcef;}
td.area {font-weight: bold; color: #5a2a82;}
p.small {font-size: 8pt;}
p.label {color: #5a2a82; font-weight: bold; margin: 8pt 0 1pt 0;}
.side {font-size: 8pt; color: #444444;}
"""

TITLE = """
<p class="small"><b>INFORMATION COMMISSIONER'S OFFICE</b> &#183; Assurance Department</p>
<h1>Wrexley Vale District Council</h1>
<p style="font-size: 13pt"><b>Data protection audit report</b></p>
<p class="small">Final draft for management response &#183; January 2026 &#183; Auditors: Priya Nandakumar (Lead
Auditor), Owen Faulkes</p>
"""

SUMMARY = """
<h2>1. Background</h2>
<p>The Information Commissioner is responsible for enforcing and promoting compliance with the UK General Data
Protection Regulation (UK GDPR) and the Data Protection Act 2018. Section 129 of the Act allows the Commissioner to
carry out consensual audits. Wrexley Vale District Council (the Council) agreed to an audit after reporting to the
ICO, in June 2025, that it had a backlog of overdue subject access requests.</p>
<p>The audit was conducted remotely and on site at the Civic Centre between 3 and 14 November 2025. We interviewed
27 staff and reviewed policies, registers and a sample of 60 subject access request files.</p>
<h2>2. Scope</h2>
<p>The audit covered three areas agreed with the Council:</p>
<ul>
<li><b>Governance and accountability</b> (GA): the arrangements for data protection oversight, the role of the Data
Protection Officer (DPO) and policy compliance;</li>
<li><b>Records management</b> (RM): the information asset register, retention and disposal;</li>
<li><b>Subject access requests</b> (SAR): the handling of requests under Article 15 UK GDPR.</li>
</ul>
<h2>3. Audit opinion</h2>
<p>The purpose of the audit is to provide the Information Commissioner and the Council with an independent
assurance of the extent to which the Council is complying with data protection legislation.</p>
<table>
<tr><th>Scope area</th><th>Assurance rating</th></tr>
<tr><td>Governance and accountability</td><td>Reasonable</td></tr>
<tr><td>Records management</td><td>Limited</td></tr>
<tr><td>Subject access requests</td><td>Limited</td></tr>
<tr><td><b>Overall</b></td><td><b>Limited</b></td></tr>
</table>
<p></p>
<p>The audit made seven recommendations: two urgent, three high and two medium priority. The ratings are defined
in the Appendix.</p>
<h3>Areas for improvement</h3>
<ul>
<li>A quarter of subject access requests are answered late, and the Council cannot tell which requests are
overdue without checking each case file.</li>
<li>The information asset register is incomplete.</li>
<li>The Council keeps emails for far longer than its own retention schedule allows.</li>
<li>The DPO's position lacks independence.</li>
</ul>
<h3>Good practice</h3>
<ul>
<li>The Council has a well-established Information Governance Board, chaired by the Senior Information Risk Owner
(SIRO), which meets every two months.</li>
<li>Staff should be, and in our sample were, completing annual data protection e-learning: completion stood at 96
percent.</li>
</ul>
"""

DETAIL = """
<h2>4. Detailed findings and recommendations</h2>
<p>Each finding below is given a reference by scope area. Where we make a recommendation, its priority reflects the
risk to the rights and freedoms of data subjects if it is not addressed. Observations for which no recommendation
is made are included for completeness.</p>
<p>Our sample of 60 subject access request files was drawn at random from the 412 requests received between
1 April 2024 and 30 September 2025, stratified by service area so that each of the five largest services was
represented by at least eight files. For records management we examined the information asset register, the
corporate retention schedule (version 3.2, approved in March 2023), the disposal logs for 2024-25 and the
configuration of the legacy mail archive. For governance and accountability we reviewed the terms of reference and
minutes of the Information Governance Board for the last two years, the DPO's job description and the annual
data protection report to the Audit and Standards Committee.</p>
<p>The Council was given the opportunity to comment on the factual accuracy of the findings at a closing meeting on
2 December 2025, and its comments have been taken into account.</p>
<table>
<tr><th width="9%">Ref</th><th width="40%">Finding and risk</th><th width="40%">Recommendation</th>
<th width="11%">Priority</th></tr>
<tr><td class="area" colspan="4">Governance and accountability</td></tr>
<tr><td>GA.1</td><td>The DPO is line-managed by the Head of Legal Services, whose team also handles data protection
complaints and litigation. The DPO told us she does not report to the Senior Leadership Team. There is a risk that
the DPO cannot act independently, contrary to Article 38(3) UK GDPR.</td>
<td>Review the reporting line of the Data Protection Officer so that the DPO reports directly to the Senior
Leadership Team and is not line-managed by a service that handles complaints.</td><td>High</td></tr>
<tr><td>GA.2</td><td>Policies are approved by the Information Governance Board, but nobody checks whether service
areas follow them. Two of the five teams we visited were unaware of the clear desk policy.</td>
<td>Introduce a programme of internal compliance checks, reported quarterly to the Information Governance Board, to
test that data protection policies are followed in service areas.</td><td>Medium</td></tr>
<tr><td class="area" colspan="4">Records management</td></tr>
<tr><td>RM.1</td><td>The information asset register records assets for 9 of the Council's 16 service areas. Assets
in Revenues and Benefits, Housing and Environmental Health are not recorded, so the Council cannot show the lawful
basis or retention period for them.</td>
<td>Complete the information asset register for all service areas, recording for each asset its owner, lawful basis
and retention period.</td><td>Urgent</td></tr>
<tr><td>RM.2</td><td>The legacy mail archive holds about 1.4 million emails from 2009 to 2019. None has been reviewed
against the retention schedule, which provides for most correspondence to be deleted after six years.</td>
<td>Apply the corporate retention schedule to the legacy mail archive and securely delete emails that have passed
their retention period.</td><td>High</td></tr>
<tr><td>RM.3</td><td>Paper records at the Lowmoor depot are stored in a locked room with an access log. The Council
should ensure this continues when the depot moves in 2026.</td>
<td>No recommendation made.</td><td>-</td></tr>
<tr><td class="area" colspan="4">Subject access requests</td></tr>
<tr><td>SAR.1</td><td>On 14 November 2025, 96 subject access requests were overdue, 31 of them by more than three
months. Most related to Housing and Children's Services records.</td>
<td>Clear the backlog of overdue subject access requests and report progress weekly to the SIRO until the backlog
is cleared.</td><td>Urgent</td></tr>
<tr><td>SAR.2</td><td>Requests are logged in a shared spreadsheet that does not calculate deadlines. Extensions under
Article 12(3) were applied in 14 of the 60 cases we sampled without any record of the reason.</td>
<td>Implement a case management system for subject access requests that records the date of receipt, the statutory
deadline and any extension with its reason.</td><td>High</td></tr>
<tr><td>SAR.3</td><td>In 6 of the 60 cases, third-party personal data was disclosed in error. Staff in service areas
who prepare disclosures have had no training on redaction.</td>
<td>Provide role-based training on identifying and redacting third-party data to all staff who prepare responses to
subject access requests, and refresh it every two years.</td><td>Medium</td></tr>
</table>
<p></p>
<h2>5. Next steps</h2>
<p>The Council is asked to provide a management response to each recommendation by 27 February 2026, stating
whether it is accepted, partially accepted or not accepted (risk accepted), with the planned actions, the
responsible owner and a target date. The ICO will publish an executive summary of this report and will carry out a
follow-up review about six months after the final report.</p>
<h2>Appendix: Ratings</h2>
<table>
<tr><th>Priority</th><th>Meaning</th></tr>
<tr><td>Urgent</td><td>A clear risk of non-compliance that requires immediate action.</td></tr>
<tr><td>High</td><td>A significant risk of non-compliance that should be addressed within three months.</td></tr>
<tr><td>Medium</td><td>A risk of non-compliance that should be addressed within six months.</td></tr>
</table>
<p></p>
<p class="small">This report is solely for the use of the Council and the ICO. It has been prepared on the basis of
the information provided to the auditors, which was not independently verified beyond the samples described.</p>
"""

SIDEBAR = """
<p class="side"><b>Wrexley Vale District Council</b></p>
<p class="side">Civic Centre<br/>Market Street<br/>Wrexley<br/>WX1 4RT</p>
<p class="side"><b>Corporate Services</b><br/>Director: Helen Mbatha-Carr</p>
<p class="side">Our ref: IG/ICO/2026/02<br/>Your ref: AUD-2025-0417</p>
<p class="side">Please ask for:<br/>Information Governance Team<br/>01632 960 418</p>
"""

RESPONSE = """
<p style="font-size: 15pt; color: #1f5c46"><b>Wrexley Vale District Council</b></p>
<p>20 February 2026</p>
<p>Head of Assurance (Audits)<br/>Information Commissioner's Office<br/>Wycliffe House, Water Lane<br/>Wilmslow<br/>
SK9 5AF</p>
<p>Dear Head of Assurance,</p>
<p><b>Data protection audit: management response</b></p>
<p>Thank you for the final draft of the audit report, which the Council's Information Governance Board considered
on 11 February 2026. As Senior Information Risk Owner, I set out below the Council's management response. I have
taken the scope areas in the order in which the Board discussed them, so the order differs from the report.</p>
<h3>Subject access requests</h3>
<p class="label">SAR.1 - Accepted</p>
<p>Six additional officers were seconded to the Information Governance Team from 1 December 2025. The backlog stood
at 41 requests on 13 February 2026, and weekly progress reports go to me every Friday. We expect to clear the backlog
by the end of April 2026.<br/><i>Owner:</i> Information Governance Manager. <i>Target date:</i> 30 April 2026.</p>
<p class="label">SAR.2 and SAR.3</p>
<p>SAR.2 is accepted. The Council will use the request-tracking module of its existing customer relationship
management platform, which calculates the deadline automatically and will not allow an extension to be saved
without a reason. <i>Owner:</i> Head of Digital. <i>Target date:</i> 31 May 2026.</p>
<p>SAR.3 is partially accepted. The Information Governance Team, which now prepares all complex disclosures, will
receive face-to-face redaction training in March 2026. Service-area staff will complete a short e-learning module
instead of role-based training, and we will not set a fixed two-year refresh cycle, since the module will be updated
whenever the guidance changes. <i>Owner:</i> Information Governance Manager. <i>Target date:</i> 30 June 2026.</p>
<h3>Records management</h3>
<p class="label">RM.2 - Not accepted (risk accepted)</p>
<p>The legacy mail archive is subject to a litigation hold issued in connection with the independent inquiry into
the Harlow Street housing development, and the Council's legal advice is that no emails from 2012 to 2019 may be
deleted until the inquiry has reported. The SIRO has therefore accepted the risk and recorded it on the corporate
risk register. Access to the archive is restricted to two named officers.</p>
<p class="label">RM.1 - Accepted</p>
<p>Information asset owners in the seven remaining service areas have been asked to complete their entries, and a
completed register will be presented to the Information Governance Board in June 2026.<br/><i>Owner:</i>
Records Manager. <i>Target date:</i> 30 June 2026.</p>
<h3>Governance and accountability</h3>
<p class="label">GA.1</p>
<p>The Council notes this recommendation. The DPO's position will be considered as part of the senior management
restructure approved by Full Council in December 2025, which is due to conclude in September 2026. We will inform
your office of the outcome.</p>
<h3>Cyber security</h3>
<p>Although cyber security was outside the scope of the audit, the auditors asked about it during the opening
meeting. I can confirm that the Council achieved Cyber Essentials Plus certification in January 2026.</p>
<p>We are grateful to the audit team for their professional and constructive approach and look forward to the
follow-up review.</p>
<p>Yours sincerely,</p>
<p><b>Helen Mbatha-Carr</b><br/>Director of Corporate Services and Senior Information Risk Owner</p>
"""


def archive():
    for f in ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
              "LiberationSans-BoldItalic.ttf"):
        H.clean_font(f)
    return fitz.Archive(H.CLEAN)


def story(html):
    return fitz.Story(html="<body>" + html + "</body>", user_css=CSS, archive=archive())


def build_advice(path):
    page = fitz.paper_rect("a4")
    L, R, T, B = 56, page.width - 56, 60, page.height - 56
    gap = 16
    mid = (L + R) / 2
    writer = fitz.DocumentWriter(path)
    # page 1: title full width, then the summary in two columns
    dev = writer.begin_page(page)
    s0 = story(TITLE)
    more, filled = s0.place(fitz.Rect(L, T, R, T + 130))
    s0.draw(dev)
    top = fitz.Rect(filled).y1 + 10
    s1 = story(SUMMARY)
    cols = [fitz.Rect(L, top, mid - gap / 2, B), fitz.Rect(mid + gap / 2, top, R, B)]
    more = True
    while more:
        for r in cols:
            more, _ = s1.place(r)
            s1.draw(dev)
            if not more:
                break
        writer.end_page()
        if more:
            dev = writer.begin_page(page)
            cols = [fitz.Rect(L, T, mid - gap / 2, B), fitz.Rect(mid + gap / 2, T, R, B)]
    s2 = story(DETAIL)
    more = True
    while more:
        dev = writer.begin_page(page)
        more, _ = s2.place(fitz.Rect(L, T, R, B))
        s2.draw(dev)
        writer.end_page()
    writer.close()
    H.stamp(path, header="ICO data protection audit report  |  Wrexley Vale District Council  |  Final draft, "
                         "January 2026", footer="{n}", skip_first=True,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def build_response(path):
    page = fitz.paper_rect("a4")
    L, R, T, B = 56, page.width - 56, 64, page.height - 60
    side_w = 120
    writer = fitz.DocumentWriter(path)
    dev = writer.begin_page(page)
    sb = story(SIDEBAR)
    sb.place(fitz.Rect(L, T + 40, L + side_w - 14, B))
    sb.draw(dev)
    body = story(RESPONSE)
    more, _ = body.place(fitz.Rect(L + side_w, T, R, B))
    body.draw(dev)
    writer.end_page()
    while more:
        dev = writer.begin_page(page)
        more, _ = body.place(fitz.Rect(L + side_w, T, R, B))
        body.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(path)
    p0 = doc[0]
    p0.draw_line(fitz.Point(L + side_w - 8, T + 40), fitz.Point(L + side_w - 8, B), color=(0.12, 0.36, 0.27),
                 width=0.8)
    doc.saveIncr()
    doc.close()
    H.stamp(path, header="Wrexley Vale District Council  |  Management response to ICO audit AUD-2025-0417",
            footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("LiberationSans-Regular.ttf"),
            size=8)


def main():
    build_advice(H.out(NAME + "_advice.pdf"))
    build_response(H.out(NAME + "_response.pdf"))
    recs = [
        {"number": "GA.1", "starts_with": "Review the reporting line of the Data Protection Officer so",
         "reply_contains": "will be considered as part of the senior management restructure",
         "verdict": "noted"},
        {"number": "GA.2", "starts_with": "Introduce a programme of internal compliance checks, reported quarterly",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "RM.1", "starts_with": "Complete the information asset register for all service areas",
         "reply_contains": "Information asset owners in the seven remaining service areas",
         "verdict": "agrees"},
        {"number": "RM.2", "starts_with": "Apply the corporate retention schedule to the legacy mail archive",
         "reply_contains": "The SIRO has therefore accepted the risk", "verdict": "disagrees"},
        {"number": "SAR.1", "starts_with": "Clear the backlog of overdue subject access requests and report",
         "reply_contains": "Six additional officers were seconded to the Information Governance Team",
         "verdict": "agrees"},
        {"number": "SAR.2", "starts_with": "Implement a case management system for subject access requests",
         "reply_contains": "use the request-tracking module of its existing customer relationship",
         "verdict": "agrees"},
        {"number": "SAR.3", "starts_with": "Provide role-based training on identifying and redacting",
         "reply_contains": "will complete a short e-learning module instead of role-based training",
         "verdict": "partly"},
    ]
    unmatched = ["achieved Cyber Essentials Plus certification in January 2026"]
    notes = ("UK ICO-style consensual data protection audit report on an invented district council (PyMuPDF Story, "
             "A4; a full-width title block, then sections 1-3 of the executive summary in TWO COLUMNS on page 1, "
             "then full-width pages; stamped running header from page 2 and bare page numbers). The seven "
             "recommendations are cells in the 'Recommendation' column of ONE detailed-findings table 'Ref | "
             "Finding and risk | Recommendation | Priority' that runs over a page break, with shaded spanning rows "
             "per scope area; the row codes GA.1, GA.2, RM.1, RM.2, SAR.1, SAR.2, SAR.3 are the only labels and "
             "each recommendation is an imperative sentence ('Review ...', 'Introduce ...', 'Complete ...', "
             "'Apply ...', 'Clear ...', 'Implement ...', 'Provide ...'). Traps: row RM.3 has an observation ('The "
             "Council should ensure this continues ...') and 'No recommendation made.'; the findings column beside "
             "each recommendation; an assurance-rating table; 'The audit made seven recommendations: two urgent, "
             "three high and two medium'; 'Areas for improvement' and 'Good practice' bullets (one 'Staff should "
             "be ... completing'); scope areas with their codes (GA) (RM) (SAR); 'Next steps' asking for a "
             "management response; a priority-rating appendix table. Response: the SIRO's letter with a sidebar "
             "of council details on page 1 (a rule beside it) and 'Page N of M' from page 2; subject headings in "
             "another order (Subject access requests, Records management, Governance and accountability, Cyber "
             "security) with bold purple labels 'SAR.1 - Accepted' (agrees), ONE section 'SAR.2 and SAR.3' in two "
             "paragraphs ('SAR.2 is accepted' = agrees; 'SAR.3 is partially accepted', e-learning instead of "
             "role-based training, no two-year refresh = partly), 'RM.2 - Not accepted (risk accepted)' litigation "
             "hold (disagrees), 'RM.1 - Accepted' (agrees), 'GA.1' 'The Council notes this recommendation', to be "
             "considered in a restructure (noted); GA.2 (internal compliance checks) is never answered; 'Cyber "
             "security' (Cyber Essentials Plus, outside the audit scope) answers no recommendation (unmatched); "
             "the introduction (which explains the changed order) and closing answer nothing.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

"""Round 110 (EN): an Irish county council's STAFF WELLBEING NETWORK report to the Senior Management Team on
MENOPAUSE IN THE WORKPLACE, seven recommendations as a NUMBERED LIST 1-7 in a 'Summary of recommendations' at the
front (executive summary), answered by the Senior Management Team's RECORD OF DECISIONS table citing the numbers.
LibreOffice Writer headless from HTML, A4, DejaVu Sans; letterhead table with a green cell, 'Survey at a glance' table
in a sidebar-like cell; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures invented;
the Safety, Health and Welfare at Work Act 2005 is named as context only (what is said of it here is not to be relied
on).
Run:  /tmp/blind110en/bin/python tests/docs/src/blind110/gen_en_menopause_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b110en as H

NAME = "blind110_en_menopause"
STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2cm 2.1cm 2cm 2.1cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #1f5c3a; }
h2 { font-size: 11pt; color: #1f5c3a; }
p { margin-bottom: 0.18cm; }
</style>"""


def lh(left, right):
    return (f"<table width='100%' cellpadding='8' cellspacing='0'><tr><td bgcolor='#1f5c3a' width='55%'>"
            f"<font color='#ffffff' size='4'><b>{left}</b></font></td><td width='45%' align='right'>"
            f"<font size='2'>{right}</font></td></tr></table>")


def doc(body):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{STYLE}</head><body>{body}</body></html>"


RECS = [
    "Adopt a Menopause in the Workplace Policy by September 2026, drawn up with the staff unions and the Staff Wellbeing Network.",
    "Require every line manager to complete a one-hour e-learning module on supporting colleagues through the menopause.",
    "Record absence related to menopause symptoms separately, so that it does not count towards the triggers in the Attendance Management Policy.",
    "Provide desk fans, access to cold drinking water and local control of heating or ventilation at every Council workplace, including the machinery yards.",
    "Appoint a trained menopause champion in each directorate, with two hours a month of protected time for the role.",
    "Extend flexible working to outdoor and depot staff by allowing staggered start and finish times.",
    "Report once a year to the Senior Management Team on the use of these supports and on staff feedback.",
]


def advice():
    items = "".join(f"<li><p>{t}</p></li>" for t in RECS)
    return doc(f"""
{lh("Ballinmore County Council", "Staff Wellbeing Network<br/>Report SWN/2026/01 &middot; 20 January 2026")}
<h1>Still Working: Menopause in the Workplace</h1>
<p><font size="2" color="#444444">A report of the Staff Wellbeing Network to the Senior Management Team. Chair: Ms Orla Gallagher, Senior Executive Officer, Housing. Secretary: Mr Ciaran Nolan, HR Business Partner.</font></p>
<h2>Summary of recommendations</h2>
<p>Having considered the survey results and the practice of other public employers, the Network recommends that the Senior Management Team:</p>
<ol>{items}</ol>
<p>Recommendations 1 and 2 could be completed within the current HR budget. The remainder are set out in more detail below.</p>
<h2>1. Why this matters</h2>
<p>About 640 of the Council's 1,550 staff are women aged between 40 and 60. In 2022 the Staff Engagement Survey recommended that &ldquo;the Council should do more to support staff at every stage of life&rdquo;, but menopause was not mentioned in any Council policy until now.</p>
<p>Under the Safety, Health and Welfare at Work Act 2005 the Council, as employer, must carry out risk assessments and must take account of the needs of individual employees. The Workplace Relations Commission has also heard claims that menopause symptoms were treated as poor performance. These are legal duties that apply whatever the Council decides on this report.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" bordercolor="#9bbfa8"><tr><td bgcolor="#e8f2ec">
<p><b>Survey at a glance (October 2025, 412 responses)</b></p>
<p>58% said symptoms had affected their work &middot; 19% had considered leaving &middot; 71% would not talk to their manager &middot; 33 outdoor staff said they had no access to drinking water on site</p></td></tr></table>
<h2>2. What staff told us</h2>
<p>2.1 Staff told us that they did not feel able to raise menopause with a manager, and that managers did not know what support was available. Several managers said they should have been given guidance years ago.</p>
<p>2.2 Offices in the Civic Offices and the area offices are often too warm, and windows cannot be opened. The machinery yards at Knockbrack and Glenora have no staff canteen, and outdoor crews start at 7.30 am with no flexibility.</p>
<p>2.3 Absence for menopause symptoms is recorded as ordinary sick leave. Three staff told us they had reached the second stage of the attendance process because of it. We do not think that the Council should create a separate category of paid menopause leave, and we are not recommending one.</p>
<h2>3. Next steps</h2>
<p>The Network would be glad to help prepare the policy and to pilot the champion role in the Housing directorate. We ask that a decision be recorded on each recommendation at the February meeting of the Senior Management Team.</p>
<p><font size="2">Orla Gallagher, Chair, Staff Wellbeing Network</font></p>
""")


def response():
    rows = [
        ("2", "Agreed. The e-learning module developed with the HSE went live on the staff portal on 2 March 2026 and is now mandatory for all line managers, with completion to be monitored by HR."),
        ("4 and 6", "Facilities will supply desk fans and bottled or plumbed drinking water to every site, including Knockbrack and Glenora yards, by the end of June 2026. Staggered start times for outdoor crews were not agreed: crews travel together and start together, and the SMT does not consider this workable for road and water services at present."),
        ("1", "Agreed. HR will bring a draft policy to the SMT in July for adoption by September, following consultation with the unions through the Local Partnership Committee."),
        ("5", "The SMT will consider the proposal for directorate champions as part of the Workforce Plan 2027 and will discuss the time commitment with Directors; no decision at this stage."),
        ("3", "Agreed in part. Absence linked to menopause will be recorded under a separate code from 1 April, and managers will be asked to use discretion; however, it will continue to count towards the attendance triggers, in line with the national sick leave scheme."),
    ]
    trs = "".join(f"<tr><td valign='top' width='14%'><p>{a}</p></td><td><p>{b}</p></td></tr>" for a, b in rows)
    return doc(f"""
{lh("Ballinmore County Council", "Senior Management Team<br/>Record of Decisions &middot; 24 February 2026")}
<h1>Senior Management Team: Record of Decisions</h1>
<p><font size="2" color="#444444">Meeting held on Tuesday 24 February 2026 in the Council Chamber, Civic Offices. Chair: Ms Aine Brennan, Chief Executive. Present: Directors of Services (Housing, Roads and Transportation, Water, Planning, Corporate Services), Head of Finance, Head of HR. Recorded by: Meetings Administrator.</font></p>
<h2>Item 1: Minutes and matters arising</h2>
<p>The record of the meeting of 27 January was agreed. The Head of Finance confirmed that the revised capital programme for 2026 to 2028 was sent to the Department on 20 February.</p>
<h2>Item 2: Staff Wellbeing Network report &lsquo;Still Working&rsquo; (SWN/2026/01)</h2>
<p>The Head of HR presented the report. The SMT thanked the Network for its work and recorded the following decisions on the recommendations.</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#1f5c3a">
<tr><td bgcolor="#1f5c3a" width="14%"><font color="#ffffff"><b>Rec. no.</b></font></td><td bgcolor="#1f5c3a"><font color="#ffffff"><b>Decision</b></font></td></tr>
{trs}</table>
<h2>Item 3: Any other business</h2>
<p>The Director of Corporate Services reminded members that the Annual Service Delivery Plan must be submitted to the Council by 31 March. The next meeting will be held on 24 March 2026.</p>
""")


def main():
    tmp = "/tmp/blind110en_lo_out"
    os.makedirs(tmp, exist_ok=True)
    for kind, html in (("advice", advice()), ("response", response())):
        src = os.path.join(tmp, f"{NAME}_{kind}.html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        H.soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{NAME}_{kind}.pdf"), H.out(f"{NAME}_{kind}.pdf"))
    F = H.clean_font("DejaVuSans.ttf")
    H.stamp(H.out(NAME + "_advice.pdf"), header="Ballinmore County Council - Staff Wellbeing Network - Still Working (SWN/2026/01)",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    H.stamp(H.out(NAME + "_response.pdf"), header="Ballinmore County Council - SMT Record of Decisions, 24 February 2026",
            footer="Page {n} of {N}", skip_first=True, fontfile=F)
    recs = [
        {"number": 1, "starts_with": "Adopt a Menopause in the Workplace Policy by September 2026",
         "reply_contains": "HR will bring a draft policy to the SMT in July", "verdict": "agrees"},
        {"number": 2, "starts_with": "Require every line manager to complete a one-hour e-learning module",
         "reply_contains": "went live on the staff portal on 2 March 2026", "verdict": "agrees"},
        {"number": 3, "starts_with": "Record absence related to menopause symptoms separately, so that it",
         "reply_contains": "it will continue to count towards the attendance triggers", "verdict": "partly"},
        {"number": 4, "starts_with": "Provide desk fans, access to cold drinking water and local control",
         "reply_contains": "Facilities will supply desk fans and bottled or plumbed drinking water", "verdict": "agrees",
         "also": ["partly"]},
        {"number": 5, "starts_with": "Appoint a trained menopause champion in each directorate",
         "reply_contains": "will consider the proposal for directorate champions as part of", "verdict": "noted"},
        {"number": 6, "starts_with": "Extend flexible working to outdoor and depot staff by allowing",
         "reply_contains": "Staggered start times for outdoor crews were not agreed", "verdict": "disagrees"},
        {"number": 7, "starts_with": "Report once a year to the Senior Management Team on the use",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["revised capital programme for 2026 to 2028 was sent to the Department",
                 "The SMT thanked the Network for its work and recorded",
                 "Annual Service Delivery Plan must be submitted to the Council by 31 March"]
    notes = ("Advice: Irish county council Staff Wellbeing Network report SWN/2026/01 to the Senior Management Team; recs a "
             "NUMBERED LIST 1-7 in a 'Summary of recommendations' at the front, after 'the Network recommends that the Senior "
             "Management Team:'; traps: line citing 'Recommendations 1 and 2', 2022 survey recommendation quoted ('the "
             "Council should do more'), Safety, Health and Welfare at Work Act 2005 'must carry out risk assessments', "
             "Workplace Relations Commission, 'Survey at a glance' box, numbered findings 2.1-2.3, 'managers said they "
             "should have been given guidance', 'We do not think that the Council should create ... menopause leave'. "
             "Response: SMT RECORD OF DECISIONS with a 'Rec. no. / Decision' table, order 2, 4+6, 1, 5, 3: e-learning live "
             "(2 agrees); ONE row '4 and 6' = fans and water at every site (4 agrees; heating/ventilation control not "
             "mentioned, so partly also accepted) + staggered start times not agreed (6 disagrees); draft policy in July (1 "
             "agrees); champions to be considered in the Workforce Plan (5 noted); separate code but still counts towards "
             "triggers (3 partly); 7 (annual report to SMT) unanswered; Item 1 minutes/capital programme, the thanks "
             "sentence introducing the table, Item 3 AOB (nothing).")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

"""Round 101 (EN): a California school district's CITIZENS' BOND OVERSIGHT COMMITTEE ANNUAL REPORT to the Board of
Education, seven recommendations CODED R-1 to R-7 (bold inline labels) interleaved with findings F-1 to F-5 under
subject headings, answered by the MINUTES of the Board of Education's regular meeting (one agenda item, discussion by
subject, NO codes, a motion). LibreOffice Writer headless from HTML, US Letter, DejaVu; letterhead table with a dark
cell, bordered findings boxes; header and 'Page N of M' stamped from page 2. All bodies, people, places and figures
invented; Proposition 39 and Education Code section 15278 are named as context only.
Run:  /tmp/blind101en/bin/python tests/docs/src/blind101/gen_en_bond_oversight_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b101en as H

NAME = "blind101_en_bond_oversight"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 8.5in 11in; margin: 0.85in 0.9in 0.9in 0.9in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #1f4e3d; }
h2 { font-size: 11pt; color: #1f4e3d; margin-top: 10pt; }
p { margin: 0 0 5pt 0; }
td { vertical-align: top; }
"""


def finding(code, t):
    return (f"<table width='100%' cellpadding='5' border='1' bordercolor='#7a9a8c'><tr><td bgcolor='#e9f1ed'>"
            f"<b>Finding {code}.</b> {t}</td></tr></table><p></p>")


def rec(code, t):
    return f"<p><b>Recommendation {code}:</b> {t}</p>"


ADVICE = ("""
<table width="100%" cellpadding="6"><tr><td width="66%"><b>SIERRA VISTA UNIFIED SCHOOL DISTRICT</b><br/>Citizens' Bond Oversight Committee, Measure K<br/>
<font size="2">410 Madrone Avenue, Sierra Vista, CA 95822</font></td>
<td bgcolor="#1f4e3d"><font color="#ffffff"><b>Annual Report to the Board of Education<br/>Fiscal Year 2024-25</b></font></td></tr></table>
<h1>Citizens' Bond Oversight Committee Annual Report</h1>
<p>Approved by the Committee on February 26, 2026. Chair: Harold Nakamura. Vice Chair: Lucia Ferreira.</p>
<h2>Introduction</h2>
<p>Measure K, a $185 million general obligation bond, was approved by voters in November 2020 under Proposition 39.
Education Code section 15278 provides that a district must establish an independent citizens' oversight committee,
and the committee must report to the public at least once a year on the expenditure of bond proceeds. The Committee
reviews expenditures; it has no authority to approve projects or contracts.</p>
<p>In our 2023 report we said that "the District should publish a project schedule for every site." The District did
so in 2024, and we do not repeat the point here.</p>
<h2>Expenditures and reporting</h2>
""" + finding("F-1", "The District spent $41.2 million of Measure K funds in 2024-25, bringing total expenditure to $126.7 million, 68 percent of the authorization.")
    + finding("F-2", "Expenditure reports approved by the Board in 2024-25 were posted on the Measure K website an average of 74 days after approval.")
    + rec("R-1", "Post each bond expenditure report on the Measure K website within 30 days of its approval by the Board.")
    + rec("R-2", "Provide the Committee with a quarterly budget-to-actual report for every active Measure K project, including change orders.")
    + """<h2>Audits and program management</h2>""" +
    finding("F-3", "The same firm has carried out the annual performance audit for five consecutive years. Its 2024-25 audit found no exceptions.")
    + finding("F-4", "The program manager is paid 12 percent of construction costs, above the 7 to 9 percent the Committee found in five nearby districts.")
    + rec("R-3", "Engage a different independent audit firm for the 2025-26 performance and financial audits.")
    + rec("R-4", "Reduce the program management fee to no more than 8 percent of construction costs when the contract is renewed in 2026.")
    + """<h2>Remaining projects</h2>""" +
    finding("F-5", "The roof at Alder Creek Elementary was rated 'poor' in the 2022 facilities assessment and is not in the current project list.")
    + rec("R-5", "Reserve at least $2 million of the remaining bond proceeds for roof replacement at Alder Creek Elementary.")
    + """<p>Parents told the Committee at its October meeting that students should not be taught in portables with failing
air conditioning; the Committee shares this concern but it is a matter for the District's maintenance budget.</p>
<h2>The Committee itself</h2>
<p>Two of the seven seats, those for a member of a senior citizens' organization and a member of a bona fide
taxpayers' association, have been vacant since March 2025.</p>"""
    + rec("R-6", "Fill the two vacant Committee seats by June 30, 2026, and advertise them in both local newspapers.")
    + rec("R-7", "Hold Committee meetings at 6:30 p.m. at a school site rather than at 2:00 p.m. at the District Office.")
    + """<h2>Conclusion</h2>
<p>On the basis of the audits and its own review, the Committee concludes that in 2024-25 Measure K funds were spent
only on the purposes set out in the ballot measure. The Committee thanks District staff for their assistance.</p>
<p>Harold Nakamura, Chair, on behalf of the Committee</p>
""")

RESPONSE = """
<table width="100%" cellpadding="6"><tr><td width="66%"><b>SIERRA VISTA UNIFIED SCHOOL DISTRICT</b><br/>Board of Education</td>
<td bgcolor="#1f4e3d"><font color="#ffffff"><b>Minutes<br/>Regular Meeting, April 14, 2026</b></font></td></tr></table>
<h1>Minutes of the Regular Meeting of the Board of Education</h1>
<p><b>Present:</b> President Karen Oduya, Vice President Daniel Reyes, Clerk Sunita Bhatt, Members Paul Lindqvist and
Grace Whitfield. <b>Staff:</b> Superintendent Dr. Alan Mercer; Chief Business Official Marisa Delgado.</p>
<h2>1. Call to order</h2>
<p>President Oduya called the meeting to order at 6:00 p.m. in the District Office boardroom and led the Pledge of
Allegiance. The agenda was approved as presented on a motion by Member Lindqvist, seconded by Clerk Bhatt (5-0).</p>
<h2>8.2 Citizens' Bond Oversight Committee Annual Report, 2024-25</h2>
<p>Committee Chair Harold Nakamura presented the report. Chief Business Official Delgado then gave staff's response to
the Committee's recommendations, which the Board discussed as follows.</p>
<p><i>Budget-to-actual reporting.</i> Ms. Delgado said that staff agreed and would provide quarterly
budget-to-actual reports for all active projects, including change orders, beginning with the quarter ending
June 30.</p>
<p><i>Meeting times.</i> Staff do not support moving the meetings. Ms. Delgado explained that the afternoon time
allows the architects and construction managers to attend without overtime costs, and that meetings are already
streamed and recorded. The Board concurred and asked that no change be made.</p>
<p><i>Auditor and program manager.</i> Ms. Delgado reported that the audit firm is selected through a competitive
process every three years, and the current three-year engagement runs through 2026-27; the Board therefore will not
change auditors before that engagement ends. On the program management contract, staff will seek a fee of
10 percent of construction costs in the renewal negotiations; a fee of 8 percent was not considered realistic
for the remaining school sites. Member Whitfield asked that the renewal come back to the Board in June.</p>
<p><i>Website posting.</i> The Superintendent noted that this has already been addressed: since February, expenditure
reports are posted on the Measure K website within two weeks of Board approval.</p>
<p><i>Alder Creek roof.</i> Vice President Reyes said he understood the concern. The Board took note of the Committee's
view and directed staff to consider the roof when the Facilities Master Plan is updated this fall, without setting
aside funds at this time.</p>
<p>It was moved by Clerk Bhatt, seconded by Member Lindqvist, to receive the Committee's annual report and accept
staff's response. Motion carried 5-0.</p>
<h2>8.3 Williams Uniform Complaints, Quarterly Report</h2>
<p>The Board received the quarterly report on Williams uniform complaints for January to March 2026. No complaints
were filed in the quarter. Received without action.</p>
<h2>12. Adjournment</h2>
<p>There being no further business, President Oduya adjourned the meeting at 8:47 p.m. The next regular meeting will be
held on May 12, 2026.</p>
<p>Sunita Bhatt, Clerk of the Board</p>
"""


def render(body, suffix, header):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=True, fontfile=R)


def expected():
    Rr = [
        dict(number=1, starts_with="Post each bond expenditure report on the Measure K website",
             reply_contains="this has already been addressed: since February, expenditure reports", verdict="agrees"),
        dict(number=2, starts_with="Provide the Committee with a quarterly budget-to-actual report for every",
             reply_contains="said that staff agreed and would provide quarterly", verdict="agrees"),
        dict(number=3, starts_with="Engage a different independent audit firm for the 2025-26 performance",
             reply_contains="will not change auditors before that engagement ends", verdict="disagrees"),
        dict(number=4, starts_with="Reduce the program management fee to no more than 8 percent",
             reply_contains="staff will seek a fee of 10 percent", verdict="partly"),
        dict(number=5, starts_with="Reserve at least $2 million of the remaining bond proceeds",
             reply_contains="directed staff to consider the roof when the Facilities Master Plan", verdict="noted"),
        dict(number=6, starts_with="Fill the two vacant Committee seats by June 30, 2026",
             reply_contains=None, verdict="unanswered"),
        dict(number=7, starts_with="Hold Committee meetings at 6:30 p.m. at a school site",
             reply_contains="Staff do not support moving the meetings", verdict="disagrees"),
    ]
    U = ["called the meeting to order at 6:00 p.m.",
         "No complaints were filed in the quarter",
         "adjourned the meeting at 8:47 p.m."]
    H.write_expected(NAME, Rr, U,
        "Advice: California school district Citizens' Bond Oversight Committee annual report to the Board of Education; "
        "recs CODED R-1 to R-7 as bold inline labels 'Recommendation R-N:' interleaved with boxed 'Finding F-N.' under "
        "subject headings; traps: Education Code section 15278 'must establish' / 'must report', 2023 report quoted "
        "('the District should publish a project schedule'), 'students should not be taught in portables', figures, "
        "Conclusion. Response: Board of Education regular meeting MINUTES, item 8.2 discussed by italic subject leads, "
        "NO codes, order R-2, R-7, R-3+R-4, R-1, R-5: quarterly reports agreed (2 agrees), meetings not moved (7 "
        "disagrees), ONE paragraph 'Auditor and program manager' = auditor kept to 2026-27 (3 disagrees) + 10 percent "
        "not 8 (4 partly), already posted within two weeks (1 agrees), consider in the Facilities Master Plan update "
        "(5 noted); R-6 (vacant seats) unanswered; call to order, item 8.3 Williams complaints, adjournment answer "
        "nothing (the motion receiving the report also answers nothing).")


if __name__ == "__main__":
    render(ADVICE, "advice", "Sierra Vista USD | Citizens' Bond Oversight Committee | Annual Report 2024-25")
    render(RESPONSE, "response", "Sierra Vista USD | Board of Education | Minutes, April 14, 2026")
    expected()
    sys.exit(H.main([NAME]))

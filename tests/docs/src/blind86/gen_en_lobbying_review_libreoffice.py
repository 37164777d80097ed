"""Round 86 (EN): an Irish ethics regulator's SUBMISSION TO THE STATUTORY REVIEW of the Regulation of Lobbying Act 2015
(every paragraph numbered; the recommendations are paragraphs 4.1-4.7 of section 4) answered by the Department's
ANNOTATED COPY of the recommendations (each paragraph number, then 'Department's comment'). LibreOffice Writer headless
from HTML, A4, DejaVu. The Standards and Lobbying Commission, the Department's officials and figures are invented; what
is said of the 2015 Act is not to be relied on.
Run:  /tmp/blind86en/bin/python tests/docs/src/blind86/gen_en_lobbying_review_libreoffice.py
"""
import os, sys, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b86en as H

NAME = "blind86_en_lobbying_review"
CSS = """<style>@page { size: 21cm 29.7cm; margin: 2.2cm 2.2cm 2.2cm 2.2cm; }
body { font-family: 'DejaVu Serif'; font-size: 10pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #1f5e3b; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #1f5e3b; margin-top: 10pt; }
td { font-family: 'DejaVu Serif'; font-size: 10pt; vertical-align: top; padding: 2pt 4pt; }
.c { font-family: 'DejaVu Sans'; font-size: 9pt; font-style: italic; }
</style>"""


def numbered(rows):
    out = ["<table width='100%' cellspacing='0'>"]
    for n, t in rows:
        out.append(f"<tr><td width='9%'><b>{n}</b></td><td>{t}</td></tr>")
    out.append("</table>")
    return "".join(out)


ADV = CSS + """<table width='100%' bgcolor='#1f5e3b'><tr><td><font color='#ffffff' face='DejaVu Sans'><b>STANDARDS AND LOBBYING COMMISSION</b><br/>
An Coimisiún um Chaighdeáin agus Brústocaireacht</font></td></tr></table>
<h1>Submission to the Statutory Review of the Regulation of Lobbying Act 2015</h1>
<p><font face='DejaVu Sans' size='2'>Ref. SLC/REV/2026/04 | 30 June 2026</font></p>
<h2>1. Introduction</h2>""" + numbered([
    ("1.1", "Section 49 of the Regulation of Lobbying Act 2015 requires the Minister to review the operation of the Act and to "
            "lay a report before each House of the Oireachtas. The Commission welcomes the opportunity to contribute."),
    ("1.2", "In 2025 the Register of Lobbying received 12,418 returns from 2,306 registered persons. The Commission carried "
            "out 61 investigations and secured four convictions for failure to register.")]) + """
<h2>2. The previous review</h2>""" + numbered([
    ("2.1", "The first statutory review, published in 2020, concluded that the Act was working well. Its report said that "
            "\"the Department should keep the exemption for communications about a person's private affairs under review\". "
            "The Commission has seen no evidence since then that the exemption is being abused."),
    ("2.2", "That review also led to the Regulation of Lobbying (Amendment) Act 2022, which gave the Commission power to "
            "impose fixed penalties for late returns.")]) + """
<h2>3. What we have found</h2>""" + numbered([
    ("3.1", "Returns are made for three-month periods and are due 21 days after each period ends. A lobbying campaign "
            "about a decision taken in the first week of a period may not appear on the Register for almost four months."),
    ("3.2", "Designated public officials are listed under section 6, but special advisers' appointments are not always "
            "published promptly. Lobbyists told us they should not be penalised for failing to name an official whose "
            "role they could not check."),
    ("3.3", "Under section 22 a former designated public official must not, for one year, lobby the body that employed "
            "them without the Commission's consent. The Commission cannot currently impose any sanction when that "
            "rule is broken."),
    ("3.4", "Fourteen per cent of returns describe the intended result only as \"to influence policy\".")]) + """
<h2>4. Recommendations</h2>
<p>The Commission recommends as follows:</p>""" + numbered([
    ("4.1", "The return period should be reduced from three months to one month, with returns due 10 days after each period."),
    ("4.2", "Public bodies should be required to publish the names of their designated public officials within 14 days of appointment."),
    ("4.3", "The Act should be amended to give the Commission power to sanction breaches of the cooling-off period in section 22."),
    ("4.4", "The cooling-off period should be extended from one year to two years for Ministers and Ministers of State."),
    ("4.5", "The Register should require a description of the specific outcome sought, with a list of examples in guidance."),
    ("4.6", "The Department should fund an upgrade of the Register's search tools so that returns can be searched by public official."),
    ("4.7", "The Act should be extended to cover communications with senior officials of local authorities below director level.")]) + """
<h2>5. Conclusion</h2>""" + numbered([
    ("5.1", "The Commission would be happy to meet officials of the Department to discuss this submission."),
    ("5.2", "Signed on behalf of the Commission: Judge Nuala Kinsella-Braddock (Chairperson), 30 June 2026.")])

RSP = CSS + """<p><font face='DejaVu Sans' size='2'><b>Department of Public Expenditure, Infrastructure and Reform</b><br/>Government Reform Unit</font></p>
<h1>Statutory Review of the Regulation of Lobbying Act 2015: Annotated recommendations of the Standards and Lobbying Commission</h1>
<p><b>Note.</b> This annex reproduces the paragraph numbers of the Commission's submission of 30 June 2026 and sets out the
Department's comment on each. It forms Appendix 3 to the review report laid before the Houses in December 2026.</p>
<h2>Department's comments</h2>""" + numbered([
    ("4.3", "<span class='c'>Department's comment:</span> Accepted. The General Scheme of the Regulation of Lobbying "
            "(Amendment) Bill 2027 will give the Commission a power to sanction cooling-off breaches."),
    ("4.1", "<span class='c'>Department's comment:</span> Not accepted. Monthly returns would place a heavy burden on "
            "small charities and community groups, and the Department does not propose to change the return period."),
    ("4.5 and 4.6", "<span class='c'>Department's comment:</span> On 4.5, the Department agrees and guidance requiring a "
            "specific outcome will issue from January 2027. On 4.6, the Department will examine the cost of new search "
            "tools in the Estimates process for 2028 and will revert to the Commission."),
    ("4.7", "<span class='c'>Department's comment:</span> Accepted in part. Directors of services in local authorities "
            "will be designated, but the Department does not propose to go below that grade."),
    ("4.2", "<span class='c'>Department's comment:</span> Accepted. A circular was sent to all public bodies in "
            "October 2026 requiring publication within 14 days.")]) + """
<h2>Other submissions received</h2>
<p>The Department received 23 other submissions to the review, from lobbying firms, representative bodies and academics.
They are summarised in Appendix 2.</p>
<h2>Next steps</h2>
<p>The Minister intends to bring the General Scheme to Government in the first quarter of 2027, following which it will
be referred for pre-legislative scrutiny.</p>"""

work = tempfile.mkdtemp(prefix="blind86en_lo_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>" + html + "</body></html>")
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        if kind == "advice":
            H.stamp(pdf, header="Standards and Lobbying Commission  -  Submission SLC/REV/2026/04", footer="Page {n} of {N}", skip_first=True, fontfile=H.clean_font("DejaVuSans.ttf"))
        else:
            H.stamp(pdf, footer="Appendix 3  -  page {n}", fontfile=H.clean_font("DejaVuSans.ttf"))
finally:
    shutil.rmtree(work, ignore_errors=True)

H.write_expected(NAME, [
    {"number": 1, "starts_with": "The return period should be reduced from three months to one month",
     "reply_contains": "does not propose to change the return period", "verdict": "disagrees"},
    {"number": 2, "starts_with": "Public bodies should be required to publish the names of their",
     "reply_contains": "A circular was sent to all public bodies", "verdict": "agrees"},
    {"number": 3, "starts_with": "The Act should be amended to give the Commission power to sanction",
     "reply_contains": "give the Commission a power to sanction cooling-off breaches", "verdict": "agrees"},
    {"number": 4, "starts_with": "The cooling-off period should be extended from one year to two",
     "reply_contains": None, "verdict": "unanswered"},
    {"number": 5, "starts_with": "The Register should require a description of the specific outcome sought",
     "reply_contains": "guidance requiring a specific outcome will issue from January 2027", "verdict": "agrees"},
    {"number": 6, "starts_with": "The Department should fund an upgrade of the Register's search tools",
     "reply_contains": "will examine the cost of new search tools", "verdict": "noted"},
    {"number": 7, "starts_with": "The Act should be extended to cover communications with senior officials",
     "reply_contains": "Directors of services in local authorities will be designated", "verdict": "partly"},
], ["This annex reproduces the paragraph numbers of the Commission's submission",
    "The Department received 23 other submissions to the review",
    "bring the General Scheme to Government in the first quarter"],
   "Advice: Irish ethics regulator's submission to the statutory review of the Regulation of Lobbying Act 2015, every "
   "paragraph numbered 1.1-5.2, recs = paragraphs 4.1-4.7 of '4. Recommendations' ('should' sentences); traps: s 49 "
   "'requires the Minister', the 2020 review's 'the Department should keep the exemption' quoted, 's 22 must not', "
   "'they should not be penalised', 2022 Amendment Act. Response: Department's annotated copy citing paragraph numbers, "
   "order 4.3, 4.1, 4.5+4.6, 4.7, 4.2; ONE row '4.5 and 4.6' (5 agrees, 6 noted); 4.4 unanswered; Note, 'Other "
   "submissions received', 'Next steps' answer nothing.")
sys.exit(H.main([NAME]))

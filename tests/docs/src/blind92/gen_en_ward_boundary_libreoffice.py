"""Round 92 (EN): an Ontario municipality's consultants' WARD BOUNDARY REVIEW FINAL REPORT (recommendations as NUMBERED
ROWS of a 'Summary of Recommendations' table after numbered guiding principles) answered by the Clerk's STAFF REPORT
TO COUNCIL, which replies under its own numbered subject headings without citing the recommendations' numbers.
LibreOffice Writer headless from HTML, A4, DejaVu; running header stamped from page 2 and 'Page N of M'. All invented.
Run:  /tmp/blind92en/bin/python tests/docs/src/blind92/gen_en_ward_boundary_libreoffice.py
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b92en as H

NAME = "blind92_en_ward_boundary"
CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2cm 2cm 2cm; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-family: 'DejaVu Sans'; font-size: 16pt; color: #7a2e12; }
h2 { font-family: 'DejaVu Sans'; font-size: 11pt; color: #7a2e12; }
p { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
td, th { font-family: 'DejaVu Sans'; font-size: 9pt; vertical-align: top; }
</style>"""

ADV = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<table width='100%' cellpadding='8' bgcolor='#f3e4dc'><tr><td>
<p><font color='#7a2e12'><b>MUNICIPALITY OF PORT CARROW</b></font></p>
<h1>Ward Boundary Review: Final Report and Recommendations</h1>
<p>Prepared for Council by Meridian Civic Consulting Inc. (Dr. Evelyn Marchetti and Samir Haddad) - March 2026</p>
</td></tr></table>
<h2>1. Background</h2>
<p>Port Carrow has elected a mayor and six councillors in three two-member wards since amalgamation in 1998. Since then
the population has grown from 31,200 to 47,900, almost all of it in the lakeshore wards, and the rural Ward 3 now has
less than half the population of Ward 1. In June 2025 Council retained Meridian to review the ward system under section
222 of the Municipal Act, 2001, which allows a municipality to divide or redivide itself into wards by by-law. A by-law
passed under that section must be in force by December 31 of the year before an election if it is to apply to it.</p>
<h2>2. Guiding principles</h2>
<p>Following the Supreme Court of Canada's Carter reference, we assessed each option against five principles:</p>
<p>1. Representation by population, with reasonable variance.<br>
2. Protection of communities of interest.<br>
3. Natural and physical boundaries.<br>
4. Accommodation of future population growth to 2034.<br>
5. Effective representation overall.</p>
<p>In our interim report of November 2025 we noted that "the current ward system should not be used for a third
election". Several residents said that councillors must be able to know their wards in person, and the rural
associations felt that a rural councillor should keep the whole of the former Township of Ashdown.</p>
<h2>3. Public engagement</h2>
<p>Two rounds of engagement produced 1,146 survey responses and 38 written submissions; 11 open houses were held. Four
options were tested. Option B (eight single-member wards) was preferred by 58 per cent of respondents.</p>
<table width='100%' border='1' cellpadding='4' cellspacing='0'>
<tr bgcolor='#e8cfc3'><th>Option</th><th>Wards</th><th>Councillors</th><th>Largest variance</th></tr>
<tr><td>A (status quo)</td><td>3</td><td>6</td><td>+41%</td></tr>
<tr><td>B</td><td>8</td><td>8</td><td>-22%</td></tr>
<tr><td>C</td><td>4</td><td>8</td><td>+17%</td></tr>
<tr><td>D (at large)</td><td>-</td><td>6</td><td>n/a</td></tr>
</table>
<p><i>Table 1: Options tested in the second round of engagement (2026 population estimates)</i></p>
<h2>4. Summary of recommendations</h2>
<p>Our recommendations are set out in Table 2. Recommendations 1 and 2 should be adopted together; the remainder may be
considered separately.</p>
<table width='100%' border='1' cellpadding='5' cellspacing='0'>
<tr bgcolor='#e8cfc3'><th width='6%'>No.</th><th width='64%'>Recommendation</th><th>Principle</th></tr>
<tr><td>1</td><td>That Council adopt Option B, a system of eight single-member wards, for the October 2026 municipal election.</td><td>1, 5</td></tr>
<tr><td>2</td><td>That ward boundaries be drawn so that no ward departs from the average ward population by more than 15 per cent.</td><td>1, 4</td></tr>
<tr><td>3</td><td>That the next ward boundary review be completed before the 2034 election, after two terms under the new system.</td><td>4</td></tr>
<tr><td>4</td><td>That the boundary between proposed Wards 5 and 6 follow Highway 21 rather than Concession Road 6.</td><td>2, 3</td></tr>
<tr><td>5</td><td>That Council ask the Province to amend the Municipal Elections Act, 1996 to give municipalities greater discretion over the timing of ward by-laws.</td><td>5</td></tr>
<tr><td>6</td><td>That the final ward maps, population data and a plain-language guide be published online at least six months before nomination day.</td><td>5</td></tr>
<tr><td>7</td><td>That Council establish a citizens' reference panel, chosen by lot, to advise on future ward boundary reviews.</td><td>5</td></tr>
</table>
<p><i>Table 2: Summary of recommendations</i></p>
<h2>5. Appeal rights</h2>
<p>Any person may appeal the by-law to the Ontario Land Tribunal within 45 days of its passing. The Tribunal should be
expected to examine whether the principles in section 2 were applied; in our view Option B would withstand such an
appeal. We thank the residents, staff and members of Council who took part.</p>
</body></html>"""

RSP = f"""<html><head><meta charset='utf-8'>{CSS}</head><body>
<p><font color='#7a2e12'><b>MUNICIPALITY OF PORT CARROW - STAFF REPORT</b></font></p>
<table width='100%' border='1' cellpadding='4' cellspacing='0'>
<tr><td width='28%'><b>Report number</b></td><td>CL-2026-11</td></tr>
<tr><td><b>To</b></td><td>Mayor and Members of Council</td></tr>
<tr><td><b>From</b></td><td>Dana Okafor, Municipal Clerk</td></tr>
<tr><td><b>Meeting date</b></td><td>April 20, 2026</td></tr>
<tr><td><b>Subject</b></td><td>Ward Boundary Review - Final Report and Ward By-law</td></tr>
</table>
<h2>1. Purpose</h2>
<p>This report brings forward the consultants' final report and a draft by-law establishing new wards, and sets out
staff's position on each of the matters the consultants raised so that Council can decide on them at this meeting.</p>
<h2>2. Timing of future reviews</h2>
<p>Staff support the consultants' proposal. A further review will be scheduled to finish in 2033, and a provision for
it has been included in the Clerk's ten-year work plan.</p>
<h2>3. Ward sizes and the Ward 5/6 boundary</h2>
<p>The draft by-law uses a 15 per cent limit for seven of the eight wards, but allows the rural Ward 8 to fall up to
25 per cent below the average so that the former Township of Ashdown is kept whole. Staff do not recommend moving the
boundary to Highway 21: Concession Road 6 is the line residents know, it follows school attendance areas, and moving
it would divide the Maple Grove subdivision.</p>
<h2>4. Ward system</h2>
<p>Staff recommend that Council proceed with eight single-member wards. The draft by-law attached as Appendix A gives
effect to this for the October 2026 election.</p>
<h2>5. Public information</h2>
<p>The ward maps and population tables were posted on the Municipality's website on April 14. A printed guide will
be mailed with voter notification cards in August rather than six months ahead, as design and printing are
scheduled with the Voters' Guide.</p>
<h2>6. Provincial legislation</h2>
<p>Staff note the consultants' comments. Changes to the Act are a matter for the Province, and staff propose to share
the report with the Association of Municipalities of Ontario for its legislative working group rather than write to
the Minister at this time.</p>
<h2>7. Financial impact</h2>
<p>The consulting contract came in at $84,500, within the approved budget of $90,000. Additional election costs for
eight wards are estimated at $12,000 and will be funded from the Election Reserve.</p>
<h2>8. Conclusion</h2>
<p>It is recommended that Council receive this report and pass the ward by-law in Appendix A at tonight's
meeting, so that the by-law can take effect before the statutory deadline.</p>
<p>Respectfully submitted, Dana Okafor, Municipal Clerk. Reviewed by Paul Lindqvist, CAO.</p>
</body></html>"""

work = tempfile.mkdtemp(prefix="b92en_ward_")
try:
    for kind, html in (("advice", ADV), ("response", RSP)):
        hp = os.path.join(work, f"{NAME}_{kind}.html")
        open(hp, "w", encoding="utf-8").write(html)
        H.soffice_pdf(hp, work)
        pdf = H.out(f"{NAME}_{kind}.pdf")
        shutil.copy(os.path.join(work, f"{NAME}_{kind}.pdf"), pdf)
        hdr = ("Port Carrow Ward Boundary Review  |  Final Report  |  March 2026" if kind == "advice"
               else "Staff Report CL-2026-11  |  Council, April 20, 2026")
        H.stamp(pdf, header=hdr, footer="Page {n} of {N}", fontfile=H.clean_font("DejaVuSans.ttf"), skip_first=True)
finally:
    shutil.rmtree(work, ignore_errors=True)

EXP = [
    dict(number=1, starts_with="That Council adopt Option B, a system of eight",
         reply_contains="Staff recommend that Council proceed with eight single-member wards", verdict="agrees"),
    dict(number=2, starts_with="That ward boundaries be drawn so that no ward departs",
         reply_contains="allows the rural Ward 8 to fall up to 25 per cent", verdict="partly"),
    dict(number=3, starts_with="That the next ward boundary review be completed before the 2034",
         reply_contains="A further review will be scheduled to finish in 2033", verdict="agrees"),
    dict(number=4, starts_with="That the boundary between proposed Wards 5 and 6 follow Highway",
         reply_contains="Staff do not recommend moving the boundary to Highway 21", verdict="disagrees"),
    dict(number=5, starts_with="That Council ask the Province to amend the Municipal Elections Act",
         reply_contains="share the report with the Association of Municipalities of Ontario", verdict="noted"),
    dict(number=6, starts_with="That the final ward maps, population data and a plain-language guide",
         reply_contains="A printed guide will be mailed with voter notification cards", verdict="partly"),
    dict(number=7, starts_with="That Council establish a citizens' reference panel, chosen by lot",
         reply_contains=None, verdict="unanswered"),
]
UNMATCHED = ["brings forward the consultants' final report and a draft by-law",
             "The consulting contract came in at $84,500",
             "pass the ward by-law in Appendix A at tonight's meeting"]
NOTES = ("Advice: Ontario municipality's consultants' Ward Boundary Review final report, LibreOffice from HTML, A4, "
         "shaded title panel, options table; recommendations are NUMBERED ROWS 1-7 of 'Table 2: Summary of "
         "recommendations' (No. | Recommendation | Principle, 'That ...' form), row 1 breaking across the page break; traps: numbered guiding principles "
         "1-5 just before, section 222 of the Municipal Act 'must be in force by December 31', the interim report's "
         "quoted 'should not be used for a third election', 'councillors must be able to know', 'a rural councillor "
         "should keep', 'Recommendations 1 and 2 should be adopted together', Principle column numbers, 45 days, "
         "Ontario Land Tribunal 'should be expected'. Response: Clerk's staff report with its OWN numbered subject "
         "headings 1-8 that do not match the recommendation numbers, NO recommendation numbers; order 3, 2+4, 1, 6, 5; "
         "ONE section '3. Ward sizes and the Ward 5/6 boundary' = 15 per cent but Ward 8 up to 25 (2 partly) + "
         "Highway 21 not recommended (4 disagrees); eight wards (1 agrees); maps posted but guide in August (6 "
         "partly); share with AMO, not write to the Minister (5 noted); 7 (citizens' panel) unanswered; 1. Purpose, "
         "7. Financial impact, 8. Conclusion answer nothing.")
H.write_expected(NAME, EXP, UNMATCHED, NOTES)
sys.exit(H.main([NAME]))

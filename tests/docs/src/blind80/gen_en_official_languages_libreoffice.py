"""Round 80 (EN): a LANGUAGE COMMISSIONER'S AUDIT REPORT on a federal institution (genre: the audits of Canada's
Commissioner of Official Languages under section 56 of the Official Languages Act: introduction and mandate,
objectives and audit criteria, findings by objective, each recommendation in a shaded box 'Recommendation N' in the
body, a conclusion, an appendix following up an earlier audit) answered by the institution's MANAGEMENT ACTION PLAN
(the President's covering letter and a ruled table 'Recommendation | Response and measures | Responsibility | Target
date' in another order, one row for two recommendations, a section on other measures, a closing).
Advice: Office of the Commissioner of Official Languages, 'Audit of the active offer and delivery of services in
both official languages - Atlantic Ferry Services Canada', final report, 3 p.
Response: Atlantic Ferry Services Canada, 'Management action plan in response to the audit', 2 p.; order 6, 1, 3 and
5 (one row), 7, 2; 4 is not answered.
LibreOffice Writer headless from HTML (A4, DejaVu Sans/Serif from the system, shaded table boxes; footers stamped
with PyMuPDF). The Official Languages Act and the Commissioner's office are real (what is said of them here is not
to be relied on); Atlantic Ferry Services Canada, its routes, people, quotations and figures are invented.

Run:  /tmp/blind80en/bin/python tests/docs/src/blind80/gen_en_official_languages_libreoffice.py   (needs soffice)
"""
import os, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b80en as H

NAME = "blind80_en_official_languages"

HEAD = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title>
<style>
@page { size: 21cm 29.7cm; margin: 2cm 2.2cm 2.2cm 2.2cm; }
body { font-family: 'DejaVu Serif'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 130%%; }
h1 { font-family: 'DejaVu Sans'; font-size: 15pt; color: #7a1020; margin-bottom: 0.15cm; }
h2 { font-family: 'DejaVu Sans'; font-size: 11.5pt; color: #7a1020; margin-top: 0.35cm; margin-bottom: 0.15cm; }
h3 { font-family: 'DejaVu Sans'; font-size: 10pt; margin-top: 0.2cm; margin-bottom: 0.1cm; }
td { font-family: 'DejaVu Sans'; font-size: 9pt; vertical-align: top; }
.small { font-family: 'DejaVu Sans'; font-size: 8.5pt; }
</style></head><body>
"""


def box(n, text):
    return ('<table width="100%%" cellpadding="7" cellspacing="0" border="1" bordercolor="#7a1020">'
            '<tr><td bgcolor="#f3e6e8"><p><b>Recommendation %d</b></p><p>%s</p></td></tr></table><p></p>'
            % (n, text))


ADVICE = HEAD % "Audit - Atlantic Ferry Services Canada" + """
<p class="small">Office of the Commissioner of Official Languages &middot; Audit report &middot; June 2026</p>
<h1>Audit of the active offer and delivery of services in both official languages &ndash; Atlantic Ferry Services
Canada</h1>
<p class="small">Final report</p>
<h2>1. Introduction</h2>
<p>Atlantic Ferry Services Canada (AFSC) is a federal Crown corporation that operates four passenger and vehicle
ferry routes and six terminals in Nova Scotia, New Brunswick and Prince Edward Island. In 2025 it carried 1.9
million passengers. Three of its terminals, at Port Ellis, Baie-Sainte-Claire and Caribou Landing, are designated
to serve the public in English and French.</p>
<p>Part IV of the <i>Official Languages Act</i> requires federal institutions to ensure that members of the public
can communicate with and obtain services from designated offices in either official language. Section 28 requires
institutions to actively offer service in both languages, by signage, by greeting and by any other appropriate
means. Section 56 of the Act gives the Commissioner the mandate to conduct audits of federal institutions.</p>
<p>The Commissioner decided to audit AFSC after receiving 27 admissible complaints about its services between 2022
and 2025, most of them about announcements on board and about service at ticket counters.</p>
<h2>2. Objectives, scope and method</h2>
<p>The audit had three objectives: (1) to determine whether AFSC's management framework supports the delivery of
services in both official languages; (2) to determine whether AFSC actively offers and delivers services of equal
quality in both languages at its designated terminals and on board; and (3) to determine whether AFSC monitors the
quality of those services. The audit team made 41 unannounced observations at the three designated terminals and
on 18 sailings between July and September 2025, interviewed 36 managers and employees, and reviewed AFSC's
policies, staffing records and contracts.</p>
<h2>3. Findings</h2>
<h3>Objective 1 &ndash; Management framework</h3>
<p>AFSC has an official languages policy, adopted in 2018, but it does not set out how employees are to make an
active offer. Managers interviewed gave different answers about what the policy requires of them. One terminal
supervisor told the audit team that an employee &ldquo;should say hello in both languages when it is not too
busy&rdquo;. An institution cannot meet its obligations under section 28 without clear instructions.</p>
""" + box(1, "The Commissioner recommends that Atlantic Ferry Services Canada adopt, by March 31, 2027, a written "
             "procedure for the active offer of service in English and French at every ticket counter and on "
             "board every vessel, and make it known to all customer-facing employees.") + """
<p>Of AFSC's 46 customer-facing positions at the designated terminals, 19 are identified as bilingual. Several
unilingual English positions serve the public at the ticket counter at Baie-Sainte-Claire, where 38 per cent of
passengers are French-speaking.</p>
""" + box(2, "The Commissioner recommends that AFSC review the language requirements of its customer-facing "
             "positions at the designated terminals by December 31, 2026, and identify as bilingual every "
             "position that serves the travelling public.") + """
<h3>Objective 2 &ndash; Active offer and delivery of services</h3>
<p>Bilingual signage was in place at all three designated terminals. However, an active offer in person was made
in only 12 of the 41 observations, and service in French was available without delay in 26 of them. On board, the
audit team found that general announcements were made in both languages on 11 of the 18 sailings. On the other
sailings, the French announcement was a short summary or was missing. Crew rosters do not show which crew members
can serve in French, so that no one on board could say whether a bilingual employee was on duty.</p>
""" + box(3, "The Commissioner recommends that the Vice-President, Operations, ensure that at least one crew "
             "member able to serve the public in French is on duty on every sailing, and that the crew roster "
             "shows who that person is.") + """
""" + box(4, "The Commissioner recommends that AFSC ensure that all announcements on board its vessels are made "
             "in full in both official languages, and are not summarized in the second language.") + """
<p>Employees who hold bilingual positions told the audit team that they have had no language training since they
were hired. AFSC pays for evening courses on request, but only four employees took up this offer in 2025.</p>
""" + box(5, "The Commissioner recommends that AFSC offer language training to its customer-facing employees "
             "during paid working hours, with at least 40 hours a year for each employee who needs it.") + """
<p>The cafeterias at the three designated terminals are run by a private contractor on AFSC's behalf. Under section
25 of the Act, a third party that serves the public on behalf of a federal institution must do so in both
official languages. The current contract, which expires on March 31, 2027, contains no language clause. Five of
the complaints received concerned the cafeterias.</p>
""" + box(6, "The Commissioner recommends that AFSC include clauses on services in both official languages in its "
             "next contract for the terminal cafeterias, and verify compliance with them at least twice a year.") + """
<h3>Objective 3 &ndash; Monitoring</h3>
<p>AFSC conducts a passenger satisfaction survey each year, but it contains no question on the language of service.
The Board of Directors has not received a report on official languages since 2021.</p>
""" + box(7, "The Commissioner recommends that the President and Chief Executive Officer add a question on the "
             "language of service to the annual passenger survey and report the results to the Board of "
             "Directors each year.") + """
<h2>4. Conclusion</h2>
<p>AFSC has made progress since 2019, notably in signage. It does not yet actively offer, or consistently deliver,
services of equal quality in both official languages. The Commissioner asks AFSC to provide, within 60 days, an
action plan with target dates for each recommendation. The Commissioner will follow up on the implementation of
the recommendations in 2028.</p>
<h2>Appendix &ndash; Follow-up of the 2019 audit</h2>
<table width="100%" cellpadding="4" cellspacing="0" border="1" bordercolor="#999999">
<tr><td bgcolor="#e8e8e8"><b>2019 recommendation</b></td><td bgcolor="#e8e8e8"><b>Status in 2026</b></td></tr>
<tr><td>&ldquo;AFSC should replace all unilingual signs at its designated terminals by 2021.&rdquo;</td>
<td>Implemented</td></tr>
<tr><td>&ldquo;AFSC should train terminal supervisors on their obligations under Part IV of the Act.&rdquo;</td>
<td>Partially implemented</td></tr>
</table>
</body></html>
"""

RESPONSE = HEAD % "AFSC - Management action plan" + """
<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr>
<td width="60%"><p><b><font color="#1d4b6b">ATLANTIC FERRY SERVICES CANADA</font></b></p>
<p class="small">Office of the President and Chief Executive Officer<br>
14 Wharf Street, Port Ellis, Nova Scotia</p></td>
<td width="40%" align="right"><p class="small">September 18, 2026<br>File: OL-2026-031</p></td></tr></table>
<hr>
<p>Commissioner of Official Languages<br>Ottawa, Ontario</p>
<p><b>Subject: Management action plan in response to the audit of services in both official languages</b></p>
<p>Dear Commissioner,</p>
<p>I am writing on behalf of Atlantic Ferry Services Canada to submit our management action plan, as requested in
your final audit report. The plan was reviewed by our executive committee on September 2, 2026 and will be
presented to the Board of Directors at its meeting in October. We thank your audit team for the courtesy and the
professionalism shown to our crews and terminal staff during the observation visits.</p>
<h2>Management action plan</h2>
<table width="100%" cellpadding="5" cellspacing="0" border="1" bordercolor="#555555">
<tr><td width="17%" bgcolor="#dbe6ee"><b>Recommendation</b></td><td width="53%" bgcolor="#dbe6ee"><b>AFSC response
and measures</b></td><td width="15%" bgcolor="#dbe6ee"><b>Responsibility</b></td><td width="15%"
bgcolor="#dbe6ee"><b>Target date</b></td></tr>
<tr><td>Recommendation 6<br>(cafeteria contract)</td><td>Agreed. The call for tenders for the new cafeteria contract,
issued on August 20, 2026, already requires service in both official languages at the three designated terminals.
Compliance will be checked by unannounced visits in spring and in autumn.</td><td>Director, Procurement</td>
<td>April 1, 2027</td></tr>
<tr><td>Recommendation 1<br>(active offer)</td><td>Agreed and completed. A written active offer procedure, with a
standard greeting card for counters and a script for on-board staff, was approved by the executive committee on
September 2, 2026 and sent to every customer-facing employee.</td><td>Director, Customer Experience</td>
<td>Completed</td></tr>
<tr><td>Recommendations 3 and 5<br>(bilingual capacity on board; training)</td><td>Recommendation 3 is agreed in
part. From the 2027 season, the crew roster will identify a bilingual crew member on every sailing between June and
September, when 80 per cent of passengers travel; outside the peak season AFSC will rely on a telephone
interpretation line until more bilingual crew are recruited. Recommendation 5 is not accepted. Training during
paid hours would require replacement crews that AFSC cannot provide without reducing sailings; AFSC will instead
continue to reimburse evening courses in full and will promote this offer more actively.</td><td>Vice-President,
Operations; Director, Human Resources</td><td>June 1, 2027</td></tr>
<tr><td>Recommendation 7<br>(passenger survey)</td><td>Agreed. A question on the language in which passengers were
served will be added to the 2027 passenger survey, and the results will be included in an annual official
languages report to the Board of Directors from 2028.</td><td>President and CEO</td><td>March 31, 2028</td></tr>
<tr><td>Recommendation 2<br>(designation of positions)</td><td>AFSC takes note of this recommendation. The language
requirements of terminal positions will be considered in the organizational review now under way, whose
conclusions are expected in the spring of 2027; no decision on individual positions has been taken.</td>
<td>Director, Human Resources</td><td>To be determined</td></tr>
</table>
<p></p>
<h2>Other measures taken since the audit</h2>
<p>Independently of the recommendations, AFSC has translated its mobile booking application into French, which had
been the subject of two recent complaints to your Office, and has appointed an official languages champion at the
executive level, the Vice-President, Corporate Affairs.</p>
<p>We trust that this plan responds to the concerns raised by the audit and we remain at your Office's disposal for
the follow-up planned for 2028.</p>
<p>Yours sincerely,</p>
<p>Margaret Doucet-Hale<br>President and Chief Executive Officer</p>
</body></html>
"""

RECS = [
    (1, "The Commissioner recommends that Atlantic Ferry Services Canada adopt, by March",
     "A written active offer procedure, with a standard greeting card", "agrees"),
    (2, "The Commissioner recommends that AFSC review the language requirements of its",
     "language requirements of terminal positions will be considered in the", "noted"),
    (3, "The Commissioner recommends that the Vice-President, Operations, ensure that at least",
     "identify a bilingual crew member on every sailing between June", "partly"),
    (4, "The Commissioner recommends that AFSC ensure that all announcements on board",
     None, "unanswered"),
    (5, "The Commissioner recommends that AFSC offer language training to its customer-facing",
     "continue to reimburse evening courses in full", "disagrees"),
    (6, "The Commissioner recommends that AFSC include clauses on services in both",
     "The call for tenders for the new cafeteria contract", "agrees"),
    (7, "The Commissioner recommends that the President and Chief Executive Officer add",
     "will be added to the 2027 passenger survey", "agrees"),
]


def make(html, which, footer):
    tmp = tempfile.mkdtemp(prefix="blind80en_lo_")
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
    make(ADVICE, "advice", "Audit of Atlantic Ferry Services Canada - Final report - {n}/{N}")
    make(RESPONSE, "response", "AFSC - Management action plan - OL-2026-031 - page {n} of {N}")
    H.write_expected(NAME, [{"number": a, "starts_with": b, "reply_contains": c, "verdict": d}
                            for a, b, c, d in RECS],
                     ["thank your audit team for the courtesy and the professionalism",
                      "translated its mobile booking application into French",
                      "we remain at your Office's disposal for the follow-up"],
                     "Advice: a language commissioner's audit report (Canadian Commissioner of Official Languages "
                     "genre) with each recommendation in a shaded, framed BOX 'Recommendation N' (1-7) inside the "
                     "findings by objective, all opening 'The Commissioner recommends that ...'. Traps: the Act's "
                     "'requires' (Part IV, section 28) and 'must' (section 25, third parties); the audit objectives "
                     "numbered (1)-(3) and 'Objective 1'-'3' headings; a supervisor's 'should say hello in both "
                     "languages'; the Conclusion asking for an action plan; an appendix table quoting two 2019 "
                     "recommendations ('AFSC should replace all unilingual signs ...') with their status. Response: "
                     "the President's covering letter and a ruled MANAGEMENT ACTION PLAN table (Recommendation | "
                     "response and measures | Responsibility | Target date) in the order 6, 1, 3+5, 7, 2, rows "
                     "labelled 'Recommendation N' with a short subject in brackets: cafeteria tender already requires both "
                     "languages (6 agrees); procedure approved and sent (1 agrees); ONE row 'Recommendations 3 and 5' = "
                     "bilingual crew member only June-September (3 partly) + 'Recommendation 5 is not accepted', "
                     "evening courses instead (5 disagrees); survey question added (7 agrees); "
                     "'takes note ... will be considered in the organizational review', no decision yet (2 "
                     "noted). Recommendation 4 "
                     "(announcements in full in both languages) is not answered. Unmatched: the covering letter's "
                     "opening, 'Other measures taken since the audit', the closing.")
    sys.exit(H.main([NAME]))

"""Round 97 (EN): an Ontario municipal HERITAGE COMMITTEE'S REPORT on a draft Heritage Conservation District Plan
(the recommendations as LETTERED clauses a)-g) of the Committee's motion 'That the Heritage Committee recommends to
Council that:') answered by the planning department's STAFF REPORT to the Planning and Development Committee, which
answers clause by clause citing the letters ('Clause (d)'). LibreOffice Writer headless from HTML, US Letter,
DejaVu; letterhead table, header and 'Page N of M' stamped. All bodies, people, places and figures invented; the
Ontario Heritage Act is named as context only.
Run:  /tmp/blind97en/bin/python tests/docs/src/blind97/gen_en_heritage_district_libreoffice.py
"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b97en as H

NAME = "blind97_en_heritage_district"
R = H.clean_font("DejaVuSans.ttf")
CSS = """
@page { size: 8.5in 11in; margin: 0.8in; }
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #6b3a12; }
h2 { font-size: 11pt; color: #6b3a12; margin-top: 10pt; }
p { margin: 0 0 6pt 0; }
.small { font-size: 8pt; color: #555555; }
td { vertical-align: top; font-size: 9pt; }
.cl { margin-left: 0.35in; }
"""

ADVICE = """
<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#6b3a12" width="18%"><font color="#ffffff"><b>TOWN OF
ASHFORD</b></font></td><td><b>Municipal Heritage Committee</b><br/><span class="small">Report HC-2026-03 | Meeting of
February 10, 2026 | Chair: Eleanor Whitcombe</span></td></tr></table>
<h1>Draft Mill Street Heritage Conservation District Plan: Committee comments and recommendations</h1>
<h2>1. Background</h2>
<p>Under Part V of the Ontario Heritage Act, council may designate a heritage conservation district by by-law and
must adopt a district plan, and council must consult its municipal heritage committee before doing so. In
September 2025 the Town released the draft Mill Street Heritage Conservation District Plan and Guidelines, prepared
by Barrow Heritage Consultants, covering 148 properties between the Grand Trunk rail corridor and the Speed River
bridge.</p>
<p>The Committee reviewed the draft at two meetings and walked the district with the consultant on October 18,
2025. The Committee's 2021 cultural heritage study recommended that "the Town should designate Mill Street as a
heritage conservation district"; the Committee is pleased that work is now under way.</p>
<h2>2. Observations</h2>
<p>2.1 The draft plan classifies 96 properties as contributing and 52 as non-contributing. Several nineteenth-century
cottages on Water Lane have been classed as non-contributing because of later siding; in the Committee's view the
siding is reversible and should not decide the classification.</p>
<p>2.2 The guidelines for new buildings allow up to six storeys on the former foundry lands, which would be twice
the height of anything else in the district. Section 41.1 of the Act requires that the plan state the objectives of
the designation, and the Committee believes a six-storey building is not consistent with the stated objective of
"a low-rise village main street".</p>
<p>2.3 The draft would require a heritage permit for the replacement of windows on contributing properties but
offers no help with the cost. Owners at the public meeting on November 27, 2025 said that permits must be quick
and inexpensive if the plan is to have public support.</p>
<p>2.4 Minor works such as eavestroughs, storm doors and satellite dishes are not listed as exempt, which would
bring a large number of small applications to Council.</p>
<h2>3. Recommendations</h2>
<p>The Committee passed the following motion (moved by D. Okafor, seconded by P. Lindqvist, carried):</p>
<p><b>That the Municipal Heritage Committee recommends to Council that:</b></p>
<p class="cl">a) the Water Lane cottages at numbers 4 to 22 be reclassified as contributing properties in the final
plan;</p>
<p class="cl">b) the plan include a list of minor alterations that do not require a heritage permit, including
eavestroughs, storm doors and rear satellite dishes;</p>
<p class="cl">c) the maximum height on the former foundry lands be reduced from six storeys to four storeys,
with upper floors stepped back from Mill Street;</p>
<p class="cl">d) the Town establish a heritage property grant program of at least $50,000 a year for owners in the
district;</p>
<p class="cl">e) authority to approve heritage permits for alterations be delegated to the Chief Building Official
rather than to staff in Planning;</p>
<p class="cl">f) the Town seek a designation for the Speed River bridge under Part IV of the Act in partnership with
the County;</p>
<p class="cl">g) the Committee be consulted on the first three heritage permit applications for new buildings in the
district.</p>
<h2>4. Other business</h2>
<p>The Committee noted that its membership will fall to six at the end of March and asked the Clerk to advertise the
two vacancies. The next meeting is scheduled for April 14, 2026.</p>
<p class="small">Prepared by the Committee Secretary, Legislative Services. Committee reports are advisory; decisions
rest with Council.</p>
"""

RESPONSE = """
<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#6b3a12" width="18%"><font color="#ffffff"><b>TOWN OF
ASHFORD</b></font></td><td><b>Staff Report PDS-2026-041</b><br/><span class="small">To: Planning and Development
Committee | From: Kelsey Marchetti, Manager of Heritage Planning | Meeting date: April 7, 2026</span></td></tr>
</table>
<h1>Mill Street Heritage Conservation District: final plan and response to the Heritage Committee</h1>
<h2>Recommendation</h2>
<p>That Staff Report PDS-2026-041 be received, and that the final Mill Street Heritage Conservation District Plan
attached as Appendix A be brought forward for adoption with the designating by-law at the Council meeting of April
28, 2026.</p>
<h2>Comments on the Heritage Committee's motion</h2>
<p>Staff reviewed each clause of the Heritage Committee's motion of February 10, 2026 with the consultant. Our
comments follow.</p>
<p><b>Clause (b).</b> Staff concur. Section 6.3 of the final plan now lists fourteen classes of minor alteration
that are exempt from the permit requirement, including the three items identified by the Committee.</p>
<p><b>Clause (f).</b> The bridge is owned by the County. Staff have shared the Committee's suggestion with County
heritage staff, who will take it into account when they review their bridge inventory; the Town has made no
commitment at this stage.</p>
<p><b>Clause (d).</b> Staff support a grant program in principle. Given budget pressures, staff recommend that a
pilot of $25,000 per year be referred to the 2027 budget, with matching grants capped at $5,000 per property.</p>
<p><b>Clauses (c) and (e).</b> On height, the consultant has revised the foundry lands guideline to five storeys,
with a 3-metre step-back above the third storey, which balances the Committee's concern against the Official Plan's
intensification targets. On delegation, staff do not support assigning heritage permits to the Chief Building
Official, as the Act requires heritage expertise in these decisions and the Building division does not have it;
delegation will remain with the Manager of Heritage Planning.</p>
<p><b>Clause (a).</b> Staff agree. The consultant inspected the Water Lane cottages again in January and all ten
are shown as contributing in the final plan.</p>
<h2>Financial implications</h2>
<p>Printing and mailing notice of the by-law to property owners will cost approximately $4,200, which can be met
from the existing Heritage Planning budget.</p>
<h2>Conclusion</h2>
<p>Staff thank the Heritage Committee, the consultant and the residents who took part for their contribution to a
plan that will guide change on Mill Street for the next twenty years.</p>
"""


def render(body, suffix, header, skip_first):
    d = f"/tmp/{NAME}_lo"
    os.makedirs(d, exist_ok=True)
    hp = os.path.join(d, f"{NAME}_{suffix}.html")
    open(hp, "w", encoding="utf-8").write(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>")
    H.soffice_pdf(hp, d)
    pdf = H.out(f"{NAME}_{suffix}.pdf")
    shutil.copy(os.path.join(d, f"{NAME}_{suffix}.pdf"), pdf)
    H.stamp(pdf, header=header, footer="Page {n} of {N}", skip_first=skip_first, fontfile=R)


def main():
    render(ADVICE, "advice", "Municipal Heritage Committee - Report HC-2026-03", True)
    render(RESPONSE, "response", "Staff Report PDS-2026-041 - Mill Street HCD", True)
    recs = [
        {"number": 1, "starts_with": "the Water Lane cottages at numbers 4 to 22 be reclassified",
         "reply_contains": "all ten are shown as contributing in the final plan", "verdict": "agrees"},
        {"number": 2, "starts_with": "the plan include a list of minor alterations that do not",
         "reply_contains": "now lists fourteen classes of minor alteration", "verdict": "agrees"},
        {"number": 3, "starts_with": "the maximum height on the former foundry lands be reduced",
         "reply_contains": "revised the foundry lands guideline to five storeys", "verdict": "partly"},
        {"number": 4, "starts_with": "the Town establish a heritage property grant program of at least",
         "reply_contains": "a pilot of $25,000 per year be referred to the 2027 budget",
         "verdict": "partly"},
        {"number": 5, "starts_with": "authority to approve heritage permits for alterations be delegated to",
         "reply_contains": "staff do not support assigning heritage permits to the Chief Building Official",
         "verdict": "disagrees"},
        {"number": 6, "starts_with": "the Town seek a designation for the Speed River bridge",
         "reply_contains": "the Town has made no commitment at this stage", "verdict": "noted"},
        {"number": 7, "starts_with": "the Committee be consulted on the first three heritage permit applications",
         "reply_contains": None, "verdict": "unanswered"}]
    unmatched = ["be brought forward for adoption with the designating by-law",
                 "Printing and mailing notice of the by-law to property owners",
                 "that will guide change on Mill Street for the next twenty years"]
    notes = ("Advice: an Ontario municipal heritage committee's report on a draft heritage conservation district "
             "plan; the recommendations are LETTERED clauses a)-g) of the Committee's motion 'That the Municipal "
             "Heritage Committee recommends to Council that:', each a lower-case subjunctive clause ending ';'. "
             "Traps: Part V of the Act, 'must adopt a district plan', 'must consult', the 2021 study quoted ('the Town "
             "should designate Mill Street'), observations 2.1-2.4 with 'should not decide' and 'permits must be "
             "quick', section 41.1, dates, 'Other business'. Response: a STAFF REPORT to the Planning and "
             "Development Committee with bold run-in 'Clause (x).' labels citing letters, order b, f, d, c+e, a: "
             "exempt list (b agrees); bridge owned by the County, suggestion shared, no commitment (f noted); pilot "
             "$25,000 not $50,000 (d partly); ONE paragraph 'Clauses (c) and (e)' = five storeys not four (c partly) "
             "+ no delegation to the Chief Building Official (e disagrees); cottages contributing (a agrees); g "
             "(consult on first three permits) unanswered. Unmatched: the report's Recommendation, Financial "
             "implications, Conclusion.")
    H.write_expected(NAME, recs, unmatched, notes)
    sys.exit(H.main([NAME]))


if __name__ == "__main__":
    main()

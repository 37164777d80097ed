"""Round 36 (EN): an English district council's INDEPENDENT REMUNERATION PANEL REPORT on members' allowances
answered by the Monitoring Officer's REPORT TO FULL COUNCIL. The advice has a title page block, a 'Summary of
recommendations' numbered 1-8 ('That ...' clauses) at the front, then numbered paragraphs with the legal basis
(the 2003 Regulations, regulations 19 and 21), the previous panel's 2022 recommendation quoted, a table of current
and proposed allowances, benchmarking figures and findings with 'should'. The response is a committee report with
its own 'Recommendations' to Council (a)-(d), a legal section, and 'Consideration of the Panel's recommendations'
in numbered paragraphs in another order, one paragraph answering two recommendations with different decisions, one
recommendation never mentioned and a paragraph on mileage rates that answers nothing. LibreOffice Writer headless
from HTML (--infilter="HTML (StarWriter)"), A4; running header/footer stamped with PyMuPDF. All content (council,
panel, people, figures) invented.

Run:  /tmp/blind36en/bin/python tests/docs/src/blind36/gen_en_allowances_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b36en as H

NAME = "blind36_en_allowances"
WORK = "/tmp/blind36en_lo"

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2.4cm 2.2cm 2.4cm; }
body { font-family: 'Liberation Sans'; font-size: %(size)s; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-size: 18pt; color: #5a2a6e; margin-top: 0; margin-bottom: 6pt; }
h2 { font-size: 12.5pt; color: #5a2a6e; margin-top: 12pt; margin-bottom: 6pt; }
h3 { font-size: 10.5pt; margin-top: 8pt; margin-bottom: 4pt; }
td { font-size: 9pt; vertical-align: top; }
th { font-size: 9pt; background: #e6dcea; text-align: left; }
p.num { margin-left: 1.0cm; text-indent: -1.0cm; }
p.rec { margin-left: 1.0cm; text-indent: -0.7cm; }
p.small { font-size: 8.5pt; }
</style>
"""


def html(body, size="10.5pt"):
    return ("<html><head><meta charset='utf-8'>" + CSS % {"size": size} + "</head><body>" + "\n".join(body) +
            "</body></html>")


def num(n, t):
    return '<p class="num">%s %s</p>' % (n, t)


REC = [
    "That the Basic Allowance be increased from &pound;5,412 to &pound;5,900 a year with effect from 1 April 2026.",
    "That the Basic Allowance be uprated on 1 April in each of the years 2027/28 to 2029/30 by the percentage of the "
    "pay award agreed for local government services staff for that year.",
    "That the Special Responsibility Allowance for the Leader of the Council be set at 2.5 times the Basic "
    "Allowance.",
    "That the Special Responsibility Allowances for the other members of the Cabinet be raised from 0.8 to 1.0 "
    "times the Basic Allowance.",
    "That no member be paid more than one Special Responsibility Allowance, whichever is the higher.",
    "That the Dependants' Carers' Allowance be reimbursed at actual cost up to the Real Living Wage for each hour "
    "of approved duty, including travel time.",
    "That the Council adopt a parental leave policy for members, under which a member on leave continues to "
    "receive the Basic Allowance and any Special Responsibility Allowance for up to six months.",
    "That the Council reconvene the Panel to carry out a full review of the Scheme no later than 1 October 2029.",
]

ADVICE = [
    '<p class="small">MARLBURY DISTRICT COUNCIL</p>',
    '<h1>Report of the Independent Remuneration Panel</h1>',
    '<p><b>Review of the Members\' Allowances Scheme, 2026</b><br/>Panel members: Dr Harriet Quennell (Chair), '
    'Mr Abdul-Karim Stanhope, Mrs Felicity Omondi-Brooks<br/>Report date: 12 January 2026</p>',
    '<h2>Summary of recommendations</h2>',
    '<p>The Panel recommends to Marlbury District Council:</p>',
] + ['<p class="rec">%d. %s</p>' % (i + 1, r) for i, r in enumerate(REC)] + [
    '<h2>1. Introduction and legal basis</h2>',
    num("1.1", "The Local Authorities (Members\' Allowances) (England) Regulations 2003 require every district "
        "council to establish and maintain an independent remuneration panel. Before making or amending its "
        "scheme of allowances, the Council must have regard to the panel\'s recommendations (regulation 19)."),
    num("1.2", "Regulation 21 requires the panel\'s report to be published. The Council is not bound to accept "
        "any recommendation, but where it departs from the panel\'s advice it should explain why."),
    num("1.3", "The Panel met on five occasions between September and December 2025. It received written "
        "submissions from 14 councillors, interviewed the Leader, two Cabinet members, the leaders of the two "
        "opposition groups and the Chief Executive, and considered benchmarking data from the 12 nearest "
        "neighbour authorities."),
    '<h2>2. The previous review</h2>',
    num("2.1", "The last full review, in 2022, recommended \'that the Basic Allowance be frozen until the Council\'s "
        "medium term financial plan returns to balance\'. The Council accepted that recommendation and the Basic "
        "Allowance has stood at &pound;5,412 since April 2022. It is now 14 per cent below the median of the "
        "comparator group."),
    '<h2>3. Basic Allowance</h2>',
    num("3.1", "The Basic Allowance recognises the time councillors give to the role, not the value of that time. "
        "Survey responses suggest that members spend an average of 19 hours a week on council business. The "
        "Panel does not think the allowance should be set so low that only retired or wealthy people can stand."),
    num("3.2", "A figure of &pound;5,900 would place Marlbury at the comparator median. Indexing thereafter "
        "would avoid the sharp correction that a long freeze makes necessary."),
    '<h2>4. Special Responsibility Allowances</h2>',
    num("4.1", "The table below shows the current and proposed allowances. Multipliers are of the Basic "
        "Allowance."),
    '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    '<tr><th>Role</th><th>Number</th><th>Current multiplier</th><th>Current &pound;</th><th>Proposed multiplier'
    '</th><th>Proposed &pound;</th></tr>'
    '<tr><td>Leader of the Council</td><td>1</td><td>2.0</td><td>10,824</td><td>2.5</td><td>14,750</td></tr>'
    '<tr><td>Deputy Leader</td><td>1</td><td>1.2</td><td>6,494</td><td>1.2</td><td>7,080</td></tr>'
    '<tr><td>Cabinet member</td><td>5</td><td>0.8</td><td>4,330</td><td>1.0</td><td>5,900</td></tr>'
    '<tr><td>Chair of Planning Committee</td><td>1</td><td>0.6</td><td>3,247</td><td>0.6</td><td>3,540</td></tr>'
    '<tr><td>Chair of Overview and Scrutiny</td><td>1</td><td>0.5</td><td>2,706</td><td>0.5</td><td>2,950</td></tr>'
    '<tr><td>Leader of the largest opposition group</td><td>1</td><td>0.4</td><td>2,165</td><td>0.4</td>'
    '<td>2,360</td></tr></table>',
    '<p class="small">Source: Marlbury District Council Members\' Allowances Scheme 2022, Schedule 1; Panel '
    'calculations.</p>',
    num("4.2", "Cabinet portfolios were reduced from seven to five in 2024, so each member now carries a larger "
        "brief. The Leader chairs the county-wide economic partnership and the combined authority shadow board."),
    num("4.3", "Two members currently hold two posts each. The present scheme limits payment to one allowance, "
        "and the Panel agrees with that principle."),
    '<h2>5. Other allowances and support</h2>',
    num("5.1", "The Dependants\' Carers\' Allowance is capped at &pound;8 an hour and no claim has been made since "
        "2023. Members with young children or caring duties told us that the cap does not cover the cost of "
        "registered care. The Council should also make the scheme easier to claim under."),
    num("5.2", "The Council has no policy for members who become parents or need extended sick leave. Such "
        "policies are now common among comparator councils."),
    '<h2>6. Next review</h2>',
    num("6.1", "Indexation may be applied for up to four years without a new review (regulation 10(5)). A full "
        "review before the end of that period would also allow the Panel to consider the effect of local "
        "government reorganisation."),
    '<p style="margin-top:14pt">Dr Harriet Quennell<br/>Chair, Independent Remuneration Panel</p>',
]

RESPONSE = [
    '<table width="100%" cellpadding="0" cellspacing="0"><tr><td width="60%"><p><b>MARLBURY DISTRICT COUNCIL'
    '</b></p></td><td><p class="small" align="right">Agenda Item 9<br/>Council, 24 February 2026</p></td></tr>'
    '</table>',
    '<h1>Members\' Allowances Scheme 2026/27</h1>',
    '<table border="1" cellspacing="0" cellpadding="4" width="100%">'
    '<tr><td width="30%"><b>Report of</b></td><td>Monitoring Officer (Graham Pettifer)</td></tr>'
    '<tr><td><b>Purpose</b></td><td>To consider the report of the Independent Remuneration Panel and adopt a '
    'Members\' Allowances Scheme for 2026/27</td></tr>'
    '<tr><td><b>Key decision</b></td><td>No</td></tr>'
    '<tr><td><b>Wards affected</b></td><td>All</td></tr></table>',
    '<h2>1. Recommendations</h2>',
    '<p>It is recommended that Council:</p>',
    '<p class="rec">(a) notes the report of the Independent Remuneration Panel at Appendix A;</p>',
    '<p class="rec">(b) adopts the Members\' Allowances Scheme at Appendix B with effect from 1 April 2026, which '
    'reflects the proposals of the cross-party Group Leaders\' meeting set out in section 3;</p>',
    '<p class="rec">(c) authorises the Monitoring Officer to publish the Scheme and the Panel\'s report; and</p>',
    '<p class="rec">(d) thanks the members of the Panel for their work.</p>',
    '<h2>2. Background</h2>',
    num("2.1", "The Council is required to have regard to the Panel\'s recommendations before adopting a scheme. "
        "The Group Leaders met on 3 February 2026 to consider the Panel\'s report and their proposals are "
        "set out below, taking the Panel\'s points by theme."),
    '<h2>3. Consideration of the Panel\'s report</h2>',
    '<h3>Cabinet and Leader</h3>',
    num("3.1", "Group Leaders support increasing the Leader\'s allowance to 2.5 times the Basic Allowance, given "
        "the Leader\'s regional roles. They do not support the proposed rise for Cabinet members, and Cabinet "
        "allowances will stay at 0.8 times the Basic Allowance. Group Leaders felt that a 36 per cent increase "
        "for Cabinet members could not be justified in the current financial climate."),
    num("3.2", "The one-allowance rule is already in paragraph 9.2 of the existing Scheme and is carried "
        "forward unchanged."),
    '<h3>Basic Allowance</h3>',
    num("3.3", "Group Leaders propose a Basic Allowance of &pound;5,650 for 2026/27 rather than the Panel\'s "
        "figure, as a first step towards the comparator median, with the remainder to be considered at the "
        "next budget round."),
    num("3.4", "From 2027/28 the Basic Allowance will rise each year in line with the NJC pay award for local "
        "government staff, as the Panel proposed, for the three years that the Panel set out."),
    '<h3>Support for members</h3>',
    num("3.5", "Group Leaders are sympathetic to the Panel\'s proposal for parental leave and have asked the "
        "Standards and Constitution Committee to look at model policies and report back later in the year. No "
        "change is proposed to the Scheme at this stage."),
    num("3.6", "Group Leaders also asked officers to check mileage rates. The Scheme will continue to use the "
        "HMRC approved mileage rate of 45p a mile for the first 10,000 miles, and the bicycle rate of 20p."),
    '<h3>Future reviews</h3>',
    num("3.7", "Officers will arrange for the Panel to be reconvened in the autumn of 2028, which is within "
        "the period the Panel suggested."),
    '<h2>4. Financial implications</h2>',
    num("4.1", "The proposed Scheme will cost &pound;301,240 in 2026/27, an increase of &pound;19,870 on "
        "2025/26, which can be met from the existing budget for members\' allowances."),
    '<h2>5. Legal implications</h2>',
    num("5.1", "The Scheme must be adopted before 1 April 2026, and notice of it published in accordance with "
        "regulation 16 of the 2003 Regulations."),
    '<p class="small">Background papers: Panel evidence file (available from Democratic Services). Contact: '
    'Graham Pettifer, Monitoring Officer, 01632 960 417.</p>',
]


def convert(body, stem, header, footer, skip_first=False, size="10.5pt"):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body, size))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first,
            fontfile=H.clean_font("LiberationSans-Regular.ttf"), size=8)


def main():
    convert(ADVICE, "advice", "Marlbury District Council  -  Independent Remuneration Panel Report 2026",
            "Page {n} of {N}", skip_first=True)
    convert(RESPONSE, "response", None, "Council 24 February 2026  |  Item 9  |  {n}")
    recs = [
        {"number": "1", "starts_with": "That the Basic Allowance be increased from £5,412 to £5,900",
         "reply_contains": "propose a Basic Allowance of £5,650 for 2026/27", "verdict": "partly"},
        {"number": "2", "starts_with": "That the Basic Allowance be uprated on 1 April in each",
         "reply_contains": "in line with the NJC pay award for local government staff",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "That the Special Responsibility Allowance for the Leader of the Council",
         "reply_contains": "Group Leaders support increasing the Leader's allowance to 2.5 times",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "That the Special Responsibility Allowances for the other members of",
         "reply_contains": "They do not support the proposed rise for Cabinet members",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "That no member be paid more than one Special Responsibility Allowance",
         "reply_contains": "The one-allowance rule is already in paragraph 9.2",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "That the Dependants' Carers' Allowance be reimbursed at actual cost",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": "That the Council adopt a parental leave policy for members",
         "reply_contains": "asked the Standards and Constitution Committee to look at model policies",
         "verdict": "noted"},
        {"number": "8", "starts_with": "That the Council reconvene the Panel to carry out a full review",
         "reply_contains": "Panel to be reconvened in the autumn of 2028", "verdict": "agrees"},
    ]
    unmatched = ["continue to use the HMRC approved mileage rate of 45p"]
    notes = ("English district council Independent Remuneration Panel report on members' allowances answered by "
             "the Monitoring Officer's report to full Council (invented Marlbury District Council; LibreOffice "
             "headless from HTML, A4, stamped running header and 'Page n of N'). Advice: eight 'That ...' "
             "recommendations numbered 1.-8. in a 'Summary of recommendations' at the FRONT ('The Panel "
             "recommends to Marlbury District Council:'), followed by numbered paragraphs 1.1-6.1 that discuss "
             "them. Traps: the 2003 Regulations and regulations 19, 21 and 10(5), 'where it departs from the "
             "panel's advice it should explain why' (legal point), the 2022 panel's recommendation quoted "
             "('that the Basic Allowance be frozen ...', accepted), an allowances table with current and "
             "proposed multipliers, findings with 'should' ('the allowance should be set so low', 'The Council "
             "should also make the scheme easier to claim under' - a finding, not numbered), 'the Panel agrees "
             "with that principle'. Response: committee report with its OWN 'Recommendations' (a)-(d) to Council "
             "(procedural, not replies), background, then section 3 by theme in the order 3+4, 5, 1, 2, 7, 8: "
             "ONE paragraph 3.1 (Leader at 2.5 times supported = 3 agrees; 'do not support the proposed rise for "
             "Cabinet members' = 4 disagrees); one-allowance rule 'already in paragraph 9.2' (5 agrees); "
             "£5,650 instead of £5,900 (1 partly); NJC indexation as proposed (2 agrees); parental leave "
             "referred to the Standards and Constitution Committee, no change now (7 noted); Panel reconvened "
             "autumn 2028 (8 agrees); 6 (carers' allowance at actual cost) never mentioned (unanswered). "
             "Paragraph 3.6 on mileage rates answers no recommendation (unmatched); financial and legal "
             "implications are furniture.")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

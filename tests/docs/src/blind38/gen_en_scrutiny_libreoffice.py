"""Round 38 (EN): an English district council's Overview and Scrutiny TASK AND FINISH GROUP final report answered
by the officers' CABINET REPORT proposing the Executive response. The advice (invented Hollinbrook District
Council, review of empty homes) has a council cover block, contents, a 'Recommendation to the Overview and Scrutiny
Committee' (procedural, not counted), a front 'Summary of recommendations' table (Ref | Recommendation | Lead),
terms of reference as numbered 'should' items, paragraphs 1.1-5.4 with a figures table, findings with 'should', the
2019 Housing Strategy action quoted, and each recommendation repeated in bold in the body ('Recommendation R3').
The response is a standard Cabinet report (report details table, '1. Purpose', '2. Recommendations' to Cabinet
- a trap -, '3. Background', '4. Proposed response' by theme in another order, '5. Financial implications',
'6. Legal implications'). LibreOffice Writer headless from HTML, A4; running header/footer stamped with PyMuPDF.
All content invented.

Run:  /tmp/blind38en/bin/python tests/docs/src/blind38/gen_en_scrutiny_libreoffice.py
"""
import os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b38en as H

NAME = "blind38_en_scrutiny"
WORK = "/tmp/blind38en_lo"

CSS = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.2cm 2.2cm 2.2cm; }
body { font-family: 'Liberation Sans'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 7pt; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; color: #5b2c6f; margin-top: 12pt; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; color: #5b2c6f; margin-top: 10pt; margin-bottom: 4pt; }
td { font-family: 'Liberation Sans'; font-size: 9.5pt; vertical-align: top; }
th { font-family: 'Liberation Sans'; font-size: 9.5pt; text-align: left; background: #e8dff0; }
p.lh { font-size: 20pt; color: #5b2c6f; margin-bottom: 0; }
p.sub { font-size: 10pt; color: #444444; }
p.rec { font-weight: bold; margin-left: 1cm; }
p.quote { font-style: italic; margin-left: 1cm; }
</style>
"""


def html(body):
    return "<html><head><meta charset='utf-8'>" + CSS + "</head><body>" + "\n".join(body) + "</body></html>"


R = {
    "R1": "That Cabinet establishes a permanent Empty Homes Officer post within the Private Sector Housing team, "
          "funded from the income raised by the long-term empty homes premium.",
    "R2": "That the Council applies the maximum council tax premium of 300 per cent to dwellings that have been "
          "empty for ten years or more, with effect from 1 April 2027.",
    "R3": "That the Council adopts and publishes an Empty Homes Enforcement Policy setting out when it will use "
          "Empty Dwelling Management Orders, enforced sale and compulsory purchase.",
    "R4": "That Cabinet asks Westmere County Council to share, with the owner's consent, information on homes "
          "left empty when an owner moves into residential care.",
    "R5": "That the Council creates a recyclable loan fund of 500,000 pounds for owners to renovate long-term "
          "empty homes, in return for nomination rights for five years.",
    "R6": "That the Council's website provides a simple online form for residents to report a suspected empty "
          "home, with an acknowledgement within five working days.",
    "R7": "That the Overview and Scrutiny Committee receives a report on progress against these recommendations "
          "twelve months after Cabinet's response.",
}
LEAD = {"R1": "Cabinet / Director of Housing", "R2": "Cabinet / Full Council", "R3": "Cabinet",
        "R4": "Leader of the Council", "R5": "Cabinet / Section 151 Officer", "R6": "Head of Customer Services",
        "R7": "Overview and Scrutiny Committee"}


def rec(k):
    return f'<p class="rec">Recommendation {k}<br>{R[k]}</p>'


ADVICE = [
    '<p class="sub">HOLLINBROOK DISTRICT COUNCIL</p>',
    '<p class="lh"><b>Bringing Empty Homes Back into Use</b></p>',
    '<p class="sub">Final report of the Empty Homes Task and Finish Group<br>Overview and Scrutiny Committee, '
    '12 March 2026 &middot; Agenda item 7</p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><td width="35%"><b>Chair of the Group</b></td><td>Councillor Janet Pryor</td></tr>'
    '<tr><td><b>Members</b></td><td>Councillors Amir Haddad, Sue Kettleby, Owen Marsh and Ruth Whitlow</td></tr>'
    '<tr><td><b>Scrutiny officer</b></td><td>Daniel Ashworth, Democratic Services (01632 960 418)</td></tr>'
    '<tr><td><b>Meetings held</b></td><td>Six, between 9 October 2025 and 5 February 2026</td></tr></table>',
    '<h2>Contents</h2>',
    '<p>Recommendation to the Committee &middot; Chair\'s foreword &middot; Summary of recommendations &middot; '
    '1. Introduction and terms of reference &middot; 2. The scale of the problem &middot; 3. What the Council does now '
    '&middot; 4. Findings and recommendations &middot; 5. Conclusion &middot; Appendix: witnesses</p>',
    '<h2>Recommendation to the Overview and Scrutiny Committee</h2>',
    '<p>The Overview and Scrutiny Committee is asked to (a) endorse the report of the Task and Finish Group and '
    '(b) refer the recommendations below to Cabinet for a response within two months, in accordance with Overview '
    'and Scrutiny Procedure Rule 14.</p>',
    '<h2>Chair\'s foreword</h2>',
    '<p>Every empty home in Hollinbrook is a home that a family on our waiting list cannot live in. When the Group '
    'began its work there were 612 long-term empty homes in the district and 1,947 households on the housing '
    'register. We heard from officers, owners, a letting agent, the County Council and two neighbouring districts. '
    'I am grateful to all of them, and to my fellow members, for their time. Our seven recommendations are '
    'practical, most of them cost little, and together they would give the Council a proper empty homes service '
    'for the first time since 2018.</p>',
    '<p><i>Councillor Janet Pryor, Chair</i></p>',
    '<h2>Summary of recommendations</h2>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><th width="8%">Ref</th><th>Recommendation</th><th width="22%">Lead</th></tr>'
    + "".join(f'<tr><td>{k}</td><td>{R[k]}</td><td>{LEAD[k]}</td></tr>' for k in R) + '</table>',
    '<h1>1. Introduction and terms of reference</h1>',
    '<p>1.1 The Overview and Scrutiny Committee set up the Group on 18 September 2025 after a motion at Full '
    'Council noted the rise in long-term empty homes. The Group agreed the following terms of reference:</p>',
    '<table width="100%" border="0" cellpadding="2" cellspacing="0">'
    '<tr><td width="6%">1.</td><td>The Group should establish how many homes in the district have been empty for '
    'more than six months, and for how long.</td></tr>'
    '<tr><td>2.</td><td>The Group should review the tools available to the Council and how far they are used.</td></tr>'
    '<tr><td>3.</td><td>The Group should compare the Council\'s approach with that of similar councils.</td></tr>'
    '<tr><td>4.</td><td>The Group should make recommendations to Cabinet by March 2026.</td></tr></table>',
    '<p>1.2 The Group did not consider second homes, which are the subject of a separate report to Cabinet on '
    'the Levelling-up and Regeneration Act 2023 premium.</p>',
    '<h1>2. The scale of the problem</h1>',
    '<p>2.1 Council tax records give the following picture of homes empty and substantially unfurnished at 1 October '
    'each year:</p>',
    '<table width="80%" border="1" cellpadding="3" cellspacing="0">'
    '<tr><th>Empty for</th><th>2023</th><th>2024</th><th>2025</th></tr>'
    '<tr><td>6 months to 2 years</td><td>402</td><td>431</td><td>447</td></tr>'
    '<tr><td>2 to 5 years</td><td>96</td><td>104</td><td>118</td></tr>'
    '<tr><td>5 to 10 years</td><td>27</td><td>31</td><td>33</td></tr>'
    '<tr><td>10 years or more</td><td>11</td><td>12</td><td>14</td></tr>'
    '<tr><td><b>Total</b></td><td><b>536</b></td><td><b>578</b></td><td><b>612</b></td></tr></table>',
    '<p>2.2 Two wards, Castlegate and Upper Brinton, account for almost a third of the homes empty for more than '
    'two years. Officers told us that around a quarter of long-term empty homes belong to people who have moved '
    'into residential care or have died and whose estates are not yet settled.</p>',
    '<h1>3. What the Council does now</h1>',
    '<p>3.1 The Council has had no dedicated empty homes officer since 2018. Empty homes work is shared between '
    'two environmental health officers, who told us they spend about a day a month on it. The 2019 Housing Strategy '
    'contained the following action:</p>',
    '<p class="quote">"The Council will prepare an empty homes action plan and review its use of enforcement powers '
    'by 2021."</p>',
    '<p>3.2 No action plan was prepared. The Council last made an Empty Dwelling Management Order in 2016 and has '
    'never used enforced sale under the Law of Property Act 1925.</p>',
    '<p>3.3 The Council charges the long-term empty homes premium at 100 per cent after one year, 200 per cent '
    'after five years and 300 per cent after ten years, as section 11B of the Local Government Finance Act 1992 '
    'allows. From 1 April 2024 the premium applies after one year rather than two.</p>',
    '<h1>4. Findings and recommendations</h1>',
    '<h2>Capacity</h2>',
    '<p>4.1 The Group found that the Council cannot do more without someone whose job it is. Both neighbouring '
    'districts employ a full-time officer, and each brought more than 40 homes back into use last year. In our '
    'view the post should pay for itself: the premium raised about 410,000 pounds in 2024/25.</p>',
    rec("R1"),
    '<h2>Council tax</h2>',
    '<p>4.2 Fourteen homes have been empty for ten years or more. The premium for these homes is already 300 per '
    'cent; however, exemptions and discounts mean that only six of them pay it in full. Owners should not be able '
    'to avoid the premium by furnishing a property with a single chair.</p>',
    rec("R2"),
    '<h2>Enforcement</h2>',
    '<p>4.3 Owners told us they did not know what the Council would do if they left a property empty. A clear '
    'policy would help owners and officers alike, and would allow members to hold the service to account.</p>',
    rec("R3"),
    '<p>4.4 Many homes become empty when an elderly owner moves into care. The County Council arranges or funds '
    'much of that care, and so knows about these homes long before the district does.</p>',
    rec("R4"),
    '<h2>Incentives</h2>',
    '<p>4.5 Owners of homes that need major repairs often cannot borrow against them. Several councils run loan '
    'schemes that are repaid on sale or letting and recycled. The fund should be large enough to make a '
    'difference, and we suggest a figure based on twenty loans of 25,000 pounds.</p>',
    rec("R5"),
    '<h2>Residents</h2>',
    '<p>4.6 Residents are often the first to notice an empty home. At present they must telephone the contact '
    'centre, and we heard that reports are not always passed on.</p>',
    rec("R6"),
    '<h2>Follow-up</h2>',
    '<p>4.7 The Group wishes to see whether its work makes a difference.</p>',
    rec("R7"),
    '<h1>5. Conclusion</h1>',
    '<p>5.1 Empty homes are a wasted resource, a blight on neighbourhoods and, in a district with a growing '
    'housing register, hard to justify. 5.2 The Council has the powers it needs but has not used them. 5.3 We '
    'believe the steps we propose would change that within two years. 5.4 We thank the witnesses listed in the '
    'Appendix.</p>',
    '<h2>Appendix: witnesses</h2>',
    '<p>Helen Brookes, Head of Housing; Paul Ridley, Revenues Manager; Claire Osei, Westmere County Council; '
    'Mark Tolley, Tolley Lettings; two owners of empty homes (names withheld); officers of Brinton Vale and '
    'Eastholm District Councils.</p>',
]

RESPONSE = [
    '<p class="sub">HOLLINBROOK DISTRICT COUNCIL</p>',
    '<p class="lh"><b>Cabinet</b></p>',
    '<p class="sub">15 April 2026 &middot; Agenda item 9</p>',
    '<table width="100%" border="1" cellpadding="4" cellspacing="0">'
    '<tr><td width="35%"><b>Report title</b></td><td>Response to the Empty Homes Task and Finish Group</td></tr>'
    '<tr><td><b>Report of</b></td><td>Helen Brookes, Head of Housing</td></tr>'
    '<tr><td><b>Portfolio Holder</b></td><td>Councillor Mark Denning, Portfolio Holder for Housing and '
    'Communities</td></tr>'
    '<tr><td><b>Key decision</b></td><td>No</td></tr>'
    '<tr><td><b>Wards affected</b></td><td>All</td></tr>'
    '<tr><td><b>Exempt information</b></td><td>None</td></tr></table>',
    '<h2>1. Purpose of the report</h2>',
    '<p>1.1 To set out the proposed Executive response to the final report of the Empty Homes Task and Finish '
    'Group, which the Overview and Scrutiny Committee endorsed and referred to Cabinet on 12 March 2026.</p>',
    '<h2>2. Recommendations</h2>',
    '<p>That Cabinet:</p>',
    '<p>2.1 thanks the Task and Finish Group for its report;</p>',
    '<p>2.2 agrees the response to the Group\'s recommendations set out in section 4 of this report; and</p>',
    '<p>2.3 delegates to the Head of Housing, in consultation with the Portfolio Holder, authority to draft the '
    'policy referred to in paragraph 4.4 for adoption at a future meeting.</p>',
    '<h2>3. Background</h2>',
    '<p>3.1 The Group met six times and took evidence from officers, owners and other councils. Its report makes '
    'seven recommendations. Officers have considered each of them with the Portfolio Holder, and the response '
    'below groups them by theme.</p>',
    '<h2>4. Proposed response</h2>',
    '<p><b>Reporting empty homes</b></p>',
    '<p>4.1 Cabinet is pleased to confirm that this is already in hand. A "Report an empty home" form has been '
    'available on the Council\'s website since January 2026, and reports are acknowledged automatically on '
    'receipt. Forty-one reports had been received by the end of March.</p>',
    '<p><b>Council tax premium</b></p>',
    '<p>4.2 Cabinet agrees. The change will be put to Full Council with the Council Tax Base report in December '
    '2026, so that it can take effect from 1 April 2027. The Revenues team will also review the furnished-property '
    'cases identified by the Group.</p>',
    '<p><b>Enforcement and financial assistance</b></p>',
    '<p>4.3 These two recommendations are considered together because both concern what the Council can offer or '
    'require of owners.</p>',
    '<p>4.4 Cabinet supports the proposal for a published enforcement policy. A draft will be brought to Cabinet '
    'in September 2026, with a matrix showing when each power will be considered.</p>',
    '<p>4.5 Cabinet has, however, concluded that the Council cannot support a loan fund of the scale proposed. The '
    'Medium Term Financial Strategy assumes no new borrowing for revenue-supported schemes before 2028/29, and a '
    'fund of this kind would require prudential borrowing. Owners will continue to be signposted to the regional '
    'lender that already offers empty property loans.</p>',
    '<p><b>Staffing</b></p>',
    '<p>4.6 Cabinet recognises the case the Group makes for dedicated capacity. It proposes to create a two-year '
    'fixed-term Empty Homes Officer post from July 2026, rather than a permanent establishment post, and to '
    'review the post\'s results before deciding whether to make it permanent.</p>',
    '<p><b>Working with the County Council</b></p>',
    '<p>4.7 Cabinet notes the Group\'s suggestion. The sharing of adult social care information is governed by the '
    'County Council\'s information governance arrangements, and it is for the County Council to decide whether '
    'this is possible. Officers will raise the matter at the next meeting of the Westmere Housing Officers '
    'Group.</p>',
    '<h2>5. Financial implications</h2>',
    '<p>5.1 The fixed-term post will cost approximately 48,500 pounds a year including on-costs and will be '
    'funded from the premium income, which is held in the Housing Initiatives earmarked reserve. The Section 151 '
    'Officer has confirmed that the reserve stood at 612,000 pounds at 31 March 2026.</p>',
    '<h2>6. Legal implications</h2>',
    '<p>6.1 The premium is set under section 11B of the Local Government Finance Act 1992 and must be determined '
    'by Full Council. Empty Dwelling Management Orders are made under Part 4 of the Housing Act 2004.</p>',
    '<h2>7. Background papers</h2>',
    '<p>Overview and Scrutiny Committee, 12 March 2026, item 7: Bringing Empty Homes Back into Use.</p>',
    '<p>Contact officer: Helen Brookes, Head of Housing, helen.brookes@hollinbrook.gov.uk</p>',
]


def convert(body, stem, header, footer, skip_first=False):
    os.makedirs(WORK, exist_ok=True)
    src = os.path.join(WORK, NAME + "_" + stem + ".html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html(body))
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf",
                    "--outdir", WORK, src], check=True, capture_output=True)
    dst = H.out(f"{NAME}_{stem}.pdf")
    shutil.copy(os.path.join(WORK, NAME + "_" + stem + ".pdf"), dst)
    H.stamp(dst, header=header, footer=footer, skip_first=skip_first)


def main():
    convert(ADVICE, "advice", "Empty Homes Task and Finish Group - Final Report", "Page {n} of {N}", skip_first=True)
    convert(RESPONSE, "response", "Cabinet - 15 April 2026 - Item 9", "Page {n}")
    recs = [
        {"number": "R1", "starts_with": "That Cabinet establishes a permanent Empty Homes Officer post",
         "reply_contains": "two-year fixed-term Empty Homes Officer post from July 2026", "verdict": "partly"},
        {"number": "R2", "starts_with": "That the Council applies the maximum council tax premium",
         "reply_contains": "put to Full Council with the Council Tax Base report", "verdict": "agrees"},
        {"number": "R3", "starts_with": "That the Council adopts and publishes an Empty Homes Enforcement Policy",
         "reply_contains": "Cabinet supports the proposal for a published enforcement policy",
         "verdict": "agrees"},
        {"number": "R4", "starts_with": "That Cabinet asks Westmere County Council to share",
         "reply_contains": "it is for the County Council to decide whether", "verdict": "noted"},
        {"number": "R5", "starts_with": "That the Council creates a recyclable loan fund",
         "reply_contains": "cannot support a loan fund of the scale proposed", "verdict": "disagrees"},
        {"number": "R6", "starts_with": "That the Council's website provides a simple online form",
         "reply_contains": "available on the Council's website since January 2026", "verdict": "agrees"},
        {"number": "R7", "starts_with": "That the Overview and Scrutiny Committee receives a report on progress",
         "reply_contains": None, "verdict": "unanswered"},
    ]
    unmatched = ["will cost approximately 48,500 pounds a year including on-costs"]
    notes = ("English district council Overview and Scrutiny Task and Finish Group final report answered by the "
             "officers' Cabinet report proposing the Executive response (invented Hollinbrook District Council; "
             "LibreOffice headless from HTML, A4, stamped header and page numbers). Advice: seven recommendations "
             "coded R1-R7, all subjunctive 'That Cabinet/the Council ...' clauses, first in a 'Summary of "
             "recommendations' table (Ref | Recommendation | Lead) and again in bold in the body as 'Recommendation "
             "Rn'. Traps: the procedural 'Recommendation to the Overview and Scrutiny Committee' (endorse and "
             "refer, Procedure Rule 14), terms of reference 1.-4. with 'The Group should', findings with 'should' "
             "(4.1, 4.2, 4.5), the 2019 Housing Strategy action quoted, a figures table, section 11B LGFA 1992, "
             "paragraph numbers 1.1-5.4. Response: Cabinet report whose own '2. Recommendations' ('That Cabinet: "
             "2.1 thanks ... 2.2 agrees ... 2.3 delegates') are not replies; section 4 by theme without codes, "
             "order R6, R2, R3+R5, R1, R4: online form already live (R6 agrees); Full Council in December (R2 "
             "agrees); ONE theme 'Enforcement and financial assistance' with 4.4 supporting the policy (R3 agrees) "
             "and 4.5 'cannot support a loan fund of the scale proposed' (R5 disagrees); a two-year fixed-term post "
             "instead of a permanent one (R1 partly); 'notes the Group's suggestion ... for the County Council to "
             "decide' (R4 noted); R7 (progress report to scrutiny) never answered. '5. Financial implications' "
             "answers nothing (unmatched).")
    H.write_expected(NAME, recs, unmatched, notes)
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

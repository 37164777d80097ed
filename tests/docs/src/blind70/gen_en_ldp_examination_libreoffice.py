"""Round 70 (EN): a Scottish LOCAL DEVELOPMENT PLAN EXAMINATION REPORT (genre of the reports of the Scottish
Government's Planning and Environmental Appeals Division: one ruled table per issue with the rows 'Development
plan reference', 'Body or person(s) submitting a representation ...', 'Planning authority's summary of the
representation(s)', 'Modifications sought by those submitting representations', 'Summary of responses ... by
planning authority', 'Reporter's conclusions' (numbered paragraphs) and 'Reporter's recommendations', which
reads 'Modify the local development plan by: 1. ... 2. ...' or 'No modifications.') answered by the COUNCIL
COMMITTEE REPORT on the examination (report by the Executive Director, sections 1 PURPOSE, 2 RECOMMENDATIONS
(the committee's own), 3 BACKGROUND, 4 ..., 5 IMPLICATIONS, 6 NEXT STEPS; modifications accepted, accepted in
part, declined under the Grounds for Declining Regulations or deferred).
Advice: 'Glenmorven Local Development Plan 2 - Report of Examination' (extract: front page and Issues 3, 6, 8,
11, 14 and 17), 16 November 2026, A4, 4 p.; seven modifications: 3 (1), 3 (2), 6, 11 (1), 11 (2), 14, 17; Issue
8 ends 'No modifications.'
Response: Glenmorven Council, Place and Environment Committee, 28 January 2027, item 7, 2 p.; section 4 in the
order 11 (1)+(2), 6, 17, 3 (1), 14; 3 (2) is not answered.
LibreOffice Writer headless from HTML (--infilter="HTML (StarWriter)"), Liberation Sans, header and page
numbers stamped with PyMuPDF. The Town and Country Planning (Scotland) Act 1997 and the Town and Country
Planning (Grounds for Declining to Follow Recommendations) (Scotland) Regulations 2009 are real (what is said of
them here is not to be relied on); Glenmorven, its council, places, sites, parties, the reporter, people and
figures are invented.

Run:  /tmp/blind70en/bin/python tests/docs/src/blind70/gen_en_ldp_examination_libreoffice.py
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b70en as H

NAME = "blind70_en_ldp_examination"
TMP = "/tmp/blind70en_ldp_examination"

M = {
    "3.1": "Replacing the figure of 4,200 homes in Table 4 (Housing land requirement 2027-2037) with 4,650 "
           "homes, and amending the total in Table 5 accordingly.",
    "3.2": "Inserting a new paragraph after paragraph 7.12 stating that the council will review the housing land "
           "pipeline annually and will publish the results in the Delivery Programme.",
    "6": "Modify the local development plan by deleting site AR-H4 (Ardlochan West) from Schedule 2 and from the "
         "Ardlochan settlement map.",
    "11.1": "Replacing the second sentence of Policy 18 with: \"Proposals for hot food takeaways within 400 "
            "metres of the entrance to a secondary school will not be supported.\"",
    "11.2": "Adding Kinmorven Road, Balnacraig, to the list of local centres in Schedule 5, with the boundary "
            "shown on the Balnacraig settlement map.",
    "14": "Modify the local development plan by adding to the developer requirements for site IN-M2 (Inverallan "
          "Harbour) a flood risk assessment that takes account of coastal flooding to 2100.",
    "17": "Modify the local development plan by deleting the areas of search for wind farms shown on Map 9, and "
          "the references to them in paragraphs 12.4 to 12.6.",
}

CSS = """
@page { size: 210mm 297mm; margin: 20mm 18mm 20mm 18mm; }
p { font-family: 'Liberation Sans'; font-size: 9.6pt; margin-top: 0; margin-bottom: 4pt; }
td { vertical-align: top; }
.dept { font-family: 'Liberation Sans'; font-size: 9pt; color: #2b4c7e; font-weight: bold; margin-bottom: 10pt; }
.tit { font-family: 'Liberation Sans'; font-size: 17pt; font-weight: bold; margin-bottom: 3pt; }
.st { font-family: 'Liberation Sans'; font-size: 11pt; margin-bottom: 10pt; }
.h1 { font-family: 'Liberation Sans'; font-size: 12.5pt; font-weight: bold; margin-top: 10pt; margin-bottom: 5pt; }
.cell { font-family: 'Liberation Sans'; font-size: 8.8pt; margin-bottom: 3pt; }
.cb { font-family: 'Liberation Sans'; font-size: 8.8pt; font-weight: bold; margin-bottom: 2pt; }
.rh { font-family: 'Liberation Sans'; font-size: 12pt; font-weight: bold; margin-bottom: 0; }
.sec { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; margin-top: 8pt; margin-bottom: 4pt; }
.rp { font-family: 'Liberation Sans'; font-size: 10pt; margin-bottom: 5pt; }
"""


def page(body):
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body +
            "</body></html>")


def issue(no, title, ref, reporter, who, provision, summary, sought, council, conclusions, recs):
    """One DPEA issue table."""
    h = ["<table width='100%' cellpadding='4' cellspacing='0' border='1' bordercolor='#000000'>",
         "<colgroup><col width='34*'><col width='46*'><col width='20*'></colgroup>",
         "<tr><td bgcolor='#d9d9d9'><p class='cb'>Issue %s</p></td><td colspan='2' bgcolor='#d9d9d9'>"
         "<p class='cb'>%s</p></td></tr>" % (no, title),
         "<tr><td><p class='cb'>Development plan reference:</p></td><td><p class='cell'>%s</p></td>"
         "<td><p class='cell'><b>Reporter:</b><br>%s</p></td></tr>" % (ref, reporter),
         "<tr><td><p class='cb'>Body or person(s) submitting a representation raising the issue (including "
         "reference number):</p></td><td colspan='2'><p class='cell'>%s</p></td></tr>" % who,
         "<tr><td><p class='cb'>Provision of the development plan to which the issue relates:</p></td>"
         "<td colspan='2'><p class='cell'>%s</p></td></tr>" % provision,
         "<tr><td colspan='3' bgcolor='#f2f2f2'><p class='cb'>Planning authority's summary of the "
         "representation(s):</p></td></tr>",
         "<tr><td colspan='3'>%s</td></tr>" % "".join("<p class='cell'>%s</p>" % x for x in summary),
         "<tr><td colspan='3' bgcolor='#f2f2f2'><p class='cb'>Modifications sought by those submitting "
         "representations:</p></td></tr>",
         "<tr><td colspan='3'>%s</td></tr>" % "".join("<p class='cell'>%s</p>" % x for x in sought),
         "<tr><td colspan='3' bgcolor='#f2f2f2'><p class='cb'>Summary of responses (including reasons) by "
         "planning authority:</p></td></tr>",
         "<tr><td colspan='3'>%s</td></tr>" % "".join("<p class='cell'>%s</p>" % x for x in council),
         "<tr><td colspan='3' bgcolor='#f2f2f2'><p class='cb'>Reporter's conclusions:</p></td></tr>",
         "<tr><td colspan='3'>%s</td></tr>" % "".join("<p class='cell'>%d. %s</p>" % (i + 1, x)
                                                     for i, x in enumerate(conclusions)),
         "<tr><td colspan='3' bgcolor='#f2f2f2'><p class='cb'>Reporter's recommendations:</p></td></tr>",
         "<tr><td colspan='3'>%s</td></tr>" % recs,
         "</table><p class='cell'><br></p>"]
    return "".join(h)


def modlist(*keys):
    h = "<p class='cell'>Modify the local development plan by:</p>"
    for i, k in enumerate(keys):
        h += "<p class='cell' style='margin-left:8mm'>%d. %s</p>" % (i + 1, M[k])
    return h


REP = "Catriona M. Baird"


def advice():
    b = ["<p class='dept'>Planning and Environmental Appeals Division</p>",
         "<p class='tit'>Report to Glenmorven Council</p>",
         "<p class='st'>GLENMORVEN LOCAL DEVELOPMENT PLAN 2<br>EXAMINATION</p>",
         "<p>Reporter: Catriona M. Baird BSc (Hons) MRTPI<br>Date of report: 16 November 2026<br>Case reference: "
         "LDP-260-2</p>",
         "<p class='h1'>Examination of conformity with participation statement</p>",
         "<p>Section 19 of the Town and Country Planning (Scotland) Act 1997 requires the person appointed to "
         "examine a proposed local development plan to first examine the extent to which the planning "
         "authority's actions with regard to consultation and the involvement of the public have conformed with "
         "its participation statement. I am satisfied that they have.</p>",
         "<p class='h1'>Examination of issues</p>",
         "<p>This report sets out my conclusions and recommendations on the 23 unresolved issues. The council is "
         "required to make the modifications recommended, except in the limited circumstances set out in the "
         "Town and Country Planning (Grounds for Declining to Follow Recommendations) (Scotland) Regulations "
         "2009. This extract contains Issues 3, 6, 8, 11, 14 and 17.</p>",
         issue(3, "Housing land requirement", "Chapter 7, Tables 4 and 5 (pages 41-44)", REP,
               "Homes for Scotland (0214); Kilbride Estates (0301); Ardlochan Community Council (0388)",
               "The housing land requirement and the housing land supply.",
               ["Homes for Scotland (0214): the requirement of 4,200 homes is below the local housing land "
                "requirement in the National Planning Framework and should be increased to at least 5,000. The "
                "council has not shown that the pipeline of sites is deliverable.",
                "Ardlochan Community Council (0388): the requirement is too high for the infrastructure of the "
                "smaller settlements."],
               ["Increase the housing land requirement to 5,000 homes (0214, 0301).",
                "Reduce the requirement for Ardlochan (0388)."],
               ["The requirement exceeds the minimum figure in the National Planning Framework by 10 per cent, "
                "which the council considers sufficient. No modification is proposed."],
               ["The minimum all-tenure figure for Glenmorven in the National Planning Framework is 3,800 homes. "
                "The council has applied a 10 per cent generosity allowance, but it has not taken into account "
                "the 410 homes on sites that it accepts will not be developed within the plan period.",
                "I conclude that the requirement should be increased to 4,650 homes, which the allocated sites "
                "can accommodate without the need for new allocations.",
                "I agree with the participants that the council should monitor delivery more closely, and a "
                "commitment to do so should be added to the plan.",
                "I do not accept that the requirement should be reduced for Ardlochan."],
               modlist("3.1", "3.2")),
         issue(6, "Ardlochan West (site AR-H4)", "Schedule 2, site AR-H4; Ardlochan settlement map (page 88)", REP,
               "SEPA (0102); Ardlochan Community Council (0388); Mr and Mrs D. Kerr (0412); Torran Homes Ltd (0455)",
               "Allocation of site AR-H4 for 120 homes.",
               ["SEPA (0102): part of the site lies within the medium to high likelihood flood extent of the "
                "Allt Dubh. Ardlochan Community Council (0388) and Mr and Mrs D. Kerr (0412): the road access "
                "through Burnside Crescent is unsuitable.",
                "Torran Homes Ltd (0455) supports the allocation."],
               ["Delete site AR-H4 (0102, 0388, 0412)."],
               ["The council accepts that a flood risk assessment is needed, but considers that the developable "
                "area can be set out of the flood extent. No modification is proposed."],
               ["The flood risk assessment submitted at the hearing shows that around 40 per cent of the site is "
                "at risk. The remaining area could accommodate some 70 homes, but its only access would be "
                "across the flood extent.",
                "I conclude that the site is not effective and should not be allocated in this plan."],
               "<p class='cell'>%s</p>" % M["6"]),
         issue(8, "Rural housing", "Policy 12 (pages 52-53)", REP,
               "Glenmorven Crofting Federation (0233); Mr A. Sinclair (0390)",
               "Policy 12: housing in the countryside.",
               ["The policy should allow new houses on all croft land, not only where there is an existing "
                "croft house (0233)."],
               ["Amend Policy 12 to support a house on any croft (0233)."],
               ["The policy follows the National Planning Framework and no modification is proposed."],
               ["I find that Policy 12 already supports new croft houses where they are needed to support "
                "active crofting, and that the amendment sought would allow houses unconnected with crofting.",
                "I conclude that the policy should not be changed."],
               "<p class='cell'>No modifications.</p>"),
         issue(11, "Town centres and hot food takeaways", "Policy 18 (page 61); Schedule 5 (page 97)", REP,
               "NHS Glenmorven (0120); Balnacraig Community Council (0341); Rowan Retail Ltd (0377)",
               "Policy 18: town centres first; Schedule 5: network of centres.",
               ["NHS Glenmorven (0120): the policy should restrict hot food takeaways near schools. Balnacraig "
                "Community Council (0341): Kinmorven Road should be recognised as a local centre.",
                "Rowan Retail Ltd (0377): any restriction on takeaways would be contrary to the town centres "
                "first principle."],
               ["Add a restriction on hot food takeaways near schools (0120).",
                "Add Kinmorven Road to Schedule 5 (0341)."],
               ["The council considers that takeaways are best controlled through supplementary guidance and "
                "that Kinmorven Road has too few shops to be a local centre. No modification is proposed."],
               ["The evidence from NHS Glenmorven on the clustering of takeaways near the three secondary "
                "schools is persuasive, and the National Planning Framework supports such restrictions.",
                "Kinmorven Road has 14 units, a post office and a pharmacy, and functions as a local centre."],
               modlist("11.1", "11.2")),
         issue(14, "Inverallan Harbour (site IN-M2)", "Schedule 2, site IN-M2 (page 79)", REP,
               "SEPA (0102); Inverallan Harbour Trust (0266)",
               "Allocation of site IN-M2 for mixed use.",
               ["SEPA (0102): the developer requirements should include a flood risk assessment that considers "
                "coastal flooding and sea level rise."],
               ["Add a flood risk assessment to the developer requirements (0102)."],
               ["The council would not object to the modification."],
               ["I agree with SEPA that the requirement is necessary, given the low-lying quay."],
               "<p class='cell'>%s</p>" % M["14"]),
         issue(17, "Onshore wind energy", "Chapter 12, paragraphs 12.4-12.6; Map 9 (page 72)", REP,
               "Scottish Renewables (0150); Glenmorven Landscape Trust (0302); Strathvane Wind Ltd (0415)",
               "Areas of search for wind farms.",
               ["Scottish Renewables (0150) and Strathvane Wind Ltd (0415): areas of search are no longer "
                "consistent with national policy, which supports onshore wind throughout Scotland except in "
                "National Parks and National Scenic Areas, and they should be removed."],
               ["Delete the areas of search (0150, 0415). Retain the areas of search (0302)."],
               ["The council considers that Map 9 gives useful guidance to developers and communities."],
               ["Map 9 suggests that wind farms outside the areas of search will not be supported, which is "
                "inconsistent with the National Planning Framework.",
                "The landscape capacity study can still be used as guidance without being part of the plan."],
               "<p class='cell'>%s</p>" % M["17"])]
    return page("".join(b))


def response():
    b = ["<table width='100%' cellpadding='0' cellspacing='0' border='0'><tr>"
         "<td><p class='rh'>GLENMORVEN COUNCIL</p><p class='rp'>PLACE AND ENVIRONMENT COMMITTEE<br>28 JANUARY "
         "2027</p></td><td align='right'><p class='rp'><b>Agenda item 7</b><br>Report No. PE/03/27</p></td>"
         "</tr></table>",
         "<p class='rp'><b>REPORT BY:</b> EXECUTIVE DIRECTOR OF PLACE</p>",
         "<p class='rp'><b>SUBJECT:</b> GLENMORVEN LOCAL DEVELOPMENT PLAN 2 - REPORT OF EXAMINATION</p>",
         "<p class='sec'>1. PURPOSE OF REPORT</p>",
         "<p class='rp'>1.1 This report informs the Committee of the outcome of the examination of the "
         "Proposed Local Development Plan 2 and seeks approval of the council's response to the Reporter's "
         "recommendations, before the plan is modified and submitted to the Scottish Ministers.</p>",
         "<p class='sec'>2. RECOMMENDATIONS</p>",
         "<p class='rp'>2.1 It is recommended that the Committee:</p>",
         "<p class='rp' style='margin-left:10mm'>(a) notes the Examination Report received on 16 November 2026;<br>"
         "(b) agrees the responses to the Reporter's recommendations set out in section 4;<br>"
         "(c) agrees to publish the modified plan with a notice of intention to adopt.</p>",
         "<p class='sec'>3. BACKGROUND</p>",
         "<p class='rp'>3.1 The Proposed Plan was published in November 2025 and attracted 1,146 "
         "representations from 512 parties. The unresolved issues were submitted for examination in April 2026, "
         "and a hearing session on housing land and Ardlochan was held in August 2026.</p>",
         "<p class='sec'>4. THE REPORTER'S RECOMMENDATIONS</p>",
         "<p class='rp'>4.1 The Reporter recommends 41 modifications across 23 issues. The main ones are "
         "discussed below.</p>",
         "<p class='rp'>4.2 <b>Town centres (Issue 11).</b> The restriction on hot food takeaways "
         "within 400 metres of a secondary school will be added to Policy 18 as the Reporter recommends, and the "
         "supplementary guidance will be withdrawn. Officers recommend that the Committee declines to add "
         "Kinmorven Road to Schedule 5. The Reporter's finding relies on a count of 14 units, but a survey in "
         "December 2026 found that six of these are in residential use, so the recommendation is based on an "
         "error of fact, which is one of the grounds on which the 2009 Regulations allow the council to "
         "decline.</p>",
         "<p class='rp'>4.3 <b>Ardlochan West (Issue 6).</b> Officers recommend that site AR-H4 is "
         "deleted as a housing allocation, but that the part of the site outside the flood extent is shown on "
         "the settlement map as safeguarded land for a future access road and community use, instead of being "
         "removed from the map altogether.</p>",
         "<p class='rp'>4.4 <b>Wind energy (Issue 17).</b> The Scottish Government is expected to "
         "publish revised guidance on spatial frameworks for onshore wind in March 2027. Officers propose that a "
         "decision on the modification to Map 9 is deferred and brought back to this Committee once that "
         "guidance is available.</p>",
         "<p class='rp'>4.5 <b>Housing land requirement (Issue 3).</b> The requirement in Table 4 will "
         "be increased to 4,650 homes, and Table 5 updated. The existing allocations are sufficient to meet the "
         "higher figure, so no new sites are needed.</p>",
         "<p class='rp'>4.6 <b>Inverallan Harbour (Issue 14).</b> The additional developer "
         "requirement for a coastal flood risk assessment is accepted and has been agreed with the Harbour "
         "Trust.</p>",
         "<p class='sec'>5. IMPLICATIONS</p>",
         "<p class='rp'>5.1 <b>Financial:</b> The cost of printing and publishing the modified plan, "
         "about £18,000, will be met from the Development Plans budget.</p>",
         "<p class='rp'>5.2 <b>Legal:</b> If the council declines a recommendation, it must publish its "
         "reasons with the notice of intention to adopt, and the Scottish Ministers may direct it to "
         "reconsider.</p>",
         "<p class='rp'>5.3 <b>Equalities and climate:</b> An updated Strategic Environmental Assessment "
         "Post-Adoption Statement will be prepared.</p>",
         "<p class='sec'>6. NEXT STEPS</p>",
         "<p class='rp'>6.1 Subject to the Committee's decision, the modified plan will be sent to the "
         "Scottish Ministers in February 2027, and the council may adopt it 28 days later unless directed "
         "otherwise.</p>",
         "<p class='rp'><br>Author: Fiona Gunn, Development Plans Manager, 01463 702 881<br>Background papers: "
         "Glenmorven LDP2 Examination Report (November 2026)</p>"]
    return page("".join(b))


def main():
    os.makedirs(TMP, exist_ok=True)
    for part, h in (("advice", advice()), ("response", response())):
        src = os.path.join(TMP, NAME + "_" + part + ".html")
        open(src, "w", encoding="utf-8").write(h)
        H.soffice_pdf(src, TMP)
        os.replace(os.path.join(TMP, NAME + "_" + part + ".pdf"), H.out(NAME + "_" + part + ".pdf"))
    H.stamp(H.out(NAME + "_advice.pdf"), header="Glenmorven Local Development Plan 2 - Examination report",
            footer="{n}", skip_first=True)
    H.stamp(H.out(NAME + "_response.pdf"), footer="Report No. PE/03/27  |  Page {n} of {N}")
    sw = lambda k, n=12: " ".join(M[k].split()[:n])
    recs = [
        {"number": "3.1", "starts_with": sw("3.1"),
         "reply_contains": "The requirement in Table 4 will be increased to 4,650 homes", "verdict": "agrees"},
        {"number": "3.2", "starts_with": sw("3.2"), "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": sw("6"),
         "reply_contains": "shown on the settlement map as safeguarded land", "verdict": "partly"},
        {"number": "11.1", "starts_with": sw("11.1"),
         "reply_contains": "will be added to Policy 18 as the Reporter recommends", "verdict": "agrees"},
        {"number": "11.2", "starts_with": sw("11.2"),
         "reply_contains": "declines to add Kinmorven Road to Schedule 5", "verdict": "disagrees"},
        {"number": "14", "starts_with": sw("14"),
         "reply_contains": "requirement for a coastal flood risk assessment is accepted", "verdict": "agrees"},
        {"number": "17", "starts_with": sw("17"),
         "reply_contains": "a decision on the modification to Map 9 is deferred", "verdict": "noted"},
    ]
    H.write_expected(NAME, recs, [
        "seeks approval of the council's response to the Reporter's recommendations",
        "attracted 1,146 representations from 512 parties",
        "The cost of printing and publishing the modified plan",
        "the modified plan will be sent to the Scottish Ministers in February 2027",
    ], "Advice: a Scottish local development plan examination report (DPEA genre; extract), a front page, the "
       "conformity check with the participation statement, then one ruled table per issue (Issues 3, 6, 8, 11, "
       "14, 17) with the rows of the genre. The recommendations stand ONLY in each table's last row 'Reporter's "
       "recommendations:': Issues 3 and 11 have 'Modify the local development plan by:' followed by items 1. and "
       "2. (gerunds: 'Replacing ...', 'Inserting ...', 'Adding ...'; numbers expected '3.1', '3.2', '11.1', "
       "'11.2' = issue and item), Issues 6, 14 and 17 a single sentence 'Modify the local development plan by "
       "deleting/adding ...' (numbers expected as the issue number), Issue 8 'No modifications.' (no "
       "recommendation). Traps: section 19 of the 1997 Act ('requires the person appointed ...'), the statement "
       "that the council 'is required to make the modifications recommended', the participants' summaries "
       "('should be increased to at least 5,000', 'should restrict hot food takeaways'), the rows 'Modifications "
       "sought by those submitting representations' (imperatives 'Increase ...', 'Delete site AR-H4', 'Add a "
       "restriction ...'), the council's responses ('No modification is proposed'), and the Reporter's numbered "
       "conclusions ('I conclude that the requirement should be increased', 'a commitment to do so should be "
       "added', 'should not be allocated'). Response: the council's committee report: 1 PURPOSE, 2 "
       "RECOMMENDATIONS (the COMMITTEE's own, '(a) notes ... (b) agrees ... (c) agrees to publish ...'), 3 "
       "BACKGROUND, 4 THE REPORTER'S RECOMMENDATIONS with paragraphs 4.2-4.6 titled by subject and issue number "
       "(never the item numbers), 5 IMPLICATIONS, 6 NEXT STEPS; order 11 (both items), 6, 17, 3 (item 1), 14: "
       "4.2 ONE paragraph for Issue 11: takeaway restriction 'will be added to Policy 18 as the Reporter "
       "recommends' (11.1 agrees) and 'declines to add Kinmorven Road to Schedule 5', an error of fact under the "
       "2009 Regulations (11.2 disagrees); 4.3 AR-H4 deleted as an allocation but kept as safeguarded land, not "
       "removed from the map (6 partly); 4.4 decision on Map 9 deferred until new national guidance (17 noted); "
       "4.5 Table 4 increased to 4,650 (3.1 agrees; the annual review paragraph, 3.2, is not mentioned - "
       "unanswered); 4.6 coastal flood risk assessment accepted (14 agrees). Unmatched: 1.1, 3.1, 4.1 (41 "
       "modifications across 23 issues), 5.1-5.3 and 6.1.")
    e = H.check(NAME)
    print(NAME, "OK" if not e else e)


if __name__ == "__main__":
    main()

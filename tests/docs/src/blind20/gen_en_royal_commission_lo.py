"""Blind round 20 (en): Australian state Royal Commission interim report and the State Government's response, which
opens with a verdict tally and then answers the recommendations GROUPED BY VERDICT ('Recommendations accepted',
'... accepted in principle', 'Recommendation noted', 'Recommendation not accepted'), so the replies come in the
order 1, 4, 6, 8, 2, 7, 5, 3; recommendation 9 (to the Australian Government) is only mentioned as not addressed.
Advice: cover, letter of transmittal, contents, 'List of recommendations' at the front, chapters with the
recommendations repeated in shaded boxes, Writer footnotes.
Engine: LibreOffice Writer from HTML (Liberation fonts), A4; running header and page numbers added with PyMuPDF.
Run: /tmp/blind20en/bin/python tests/docs/src/blind20/gen_en_royal_commission_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20en as H

NAME = "blind20_en_royal_commission"
T = "Royal Commission into the 2025 Gascoyne Floods"
R = {
    1: "That the State Government establish, by 1 March 2026, a single recovery agency for the Gascoyne region "
       "with authority to coordinate the work of all State agencies involved in recovery and rebuilding.",
    2: "That the State Government amend the Emergency Management Act 2005 to require every local government to "
       "maintain a tested flood evacuation plan for each town site at risk of riverine flooding.",
    3: "That the State Government offer voluntary buy-backs, at pre-flood market value, to the owners of all "
       "residential properties in Carnarvon that were inundated above floor level in March 2025.",
    4: "That the Department of Fire and Emergency Services install additional automated river-level gauges on "
       "the Gascoyne River and its tributaries upstream of Rocky Pool before the 2026 wet season.",
    5: "That the State Government consider requiring insurers operating in Western Australia to offer flood "
       "cover as a standard inclusion in home building policies for properties in declared flood areas.",
    6: "That the State Emergency Management Committee review its arrangements for sharing real-time "
       "information with Aboriginal community-controlled organisations during emergencies.",
    7: "That the State Government fund a five-year program of levee strengthening along the Gascoyne River at "
       "Carnarvon, consistent with the 2023 floodplain management study.",
    8: "That the Department of Communities make temporary accommodation available to displaced households "
       "within 72 hours of an evacuation order being lifted.",
    9: "That the Australian Government extend Disaster Recovery Allowance eligibility to seasonal horticultural "
       "workers whose employment was interrupted by the floods.",
}


def box(n):
    return ("box", f"Recommendation {n}", R[n])


def advice():
    return [
        ("cover", [("Government of Western Australia", 12, True, 10),
                   (T, 26, True, 110),
                   ("Interim Report", 18, True, 12),
                   ("Commissioner: The Honourable Margaret Quinlan AO", 12, False, 40),
                   ("September 2025", 12, False, 150)]),
        ("h1", "Letter of transmittal"),
        ("p", "His Excellency the Honourable Chris Dawson AC APM, Governor of Western Australia"),
        ("p", "Your Excellency,"),
        ("p", "By Commission dated 15 April 2025, I was appointed to inquire into and report on the causes of, "
              "preparation for, response to and recovery from the floods that affected the Gascoyne region in "
              "March 2025. The terms of reference require me to deliver an interim report by 30 September 2025 "
              "and a final report by 30 June 2026."),
        ("p", "I now present my interim report. It deals with matters on which I consider early action is needed "
              "before the next wet season, and with the immediate needs of people still displaced. Its nine "
              "recommendations are listed at the front of the report."),
        ("p", "Yours sincerely,\nMargaret Quinlan\nCommissioner"),
        ("toc", "Contents"),
        ("h1", "List of recommendations"),
        ] + [("np", f"{n}.", R[n]) for n in R] + [
        ("h1", "1. Introduction"),
        ("p", "Between 9 and 14 March 2025, an intense tropical low brought more than 400 millimetres of rain to "
              "the upper Gascoyne catchment. The Gascoyne River peaked at Carnarvon at 7.9 metres, the highest "
              "level recorded since 1960. Some 640 homes were damaged, 212 of them inundated above floor "
              "level, and around 1,900 people were evacuated. Two people lost their lives.[[1]]"),
        ("p", "The Commission received 318 written submissions and held public hearings in Carnarvon, Gascoyne "
              "Junction and Perth. It also held closed sessions with Aboriginal communities at Burringurrah and "
              "at the Mungullah community, and with horticultural growers whose plantations on the river flats "
              "were destroyed."),
        ("p", "This interim report is confined to matters that cannot wait. Longer-term questions of land use, "
              "the future of the plantations and the funding of recovery will be considered in the final "
              "report."),
        ("notes", [(1, "Bureau of Meteorology, <i>Special Climate Statement 84: Gascoyne rainfall and flooding, "
                       "March 2025</i>, Melbourne, May 2025.")]),
        ("h1", "2. Governance of the recovery"),
        ("p", "The Commission heard consistent evidence that, in the weeks after the water receded, residents did "
              "not know which agency was responsible for what. At least eleven State agencies, the Shire of "
              "Carnarvon and several non-government organisations each ran their own programs. Residents "
              "described telling their story to six or seven different officers."),
        ("p", "The State Recovery Coordinator was appointed on 28 March 2025 but had no staff of her own and no "
              "authority to direct agencies. The Commission considers that recovery from an event of this scale "
              "requires a single body with the powers, staff and budget to lead it."),
        box(1),
        ("p", "The Commission also examined how local governments plan for evacuation. The Shire of Carnarvon "
              "had an evacuation plan, but it had not been exercised since 2017 and relied on a single road "
              "that was cut within hours. Smaller shires in the region had no town-specific plans at all."),
        box(2),
        ("h1", "3. Homes and households"),
        ("p", "The greatest hardship described to the Commission was the loss of homes. Many houses on the "
              "floodplain at Carnarvon were built before the current floor-level controls and have now been "
              "flooded three times in thirty years. Some owners told the Commission they would not rebuild; "
              "others said they could not afford to move."),
        ("p", "The Commission is persuaded that for many of these properties rebuilding in place is not a "
              "sensible use of public or private money. Buy-back schemes in Queensland and New South Wales "
              "have allowed households to relocate to safer ground.[[2]]"),
        box(3),
        ("p", "Displaced households also struggled to find somewhere to live. Some families spent more than three "
              "weeks in the evacuation centre at the Carnarvon Civic Centre after evacuation orders were lifted, "
              "because no temporary accommodation could be found."),
        box(8),
        ("p", "Fewer than half of the flooded households held insurance that covered riverine flood. Premiums "
              "quoted to residents after the event exceeded $9,000 a year for some properties. The Commission "
              "recognises that insurance is regulated by the Commonwealth, but the State has a role to play."),
        box(5),
        ("notes", [(2, "For example, the Resilient Homes Fund (Queensland) and the Resilient Homes Program "
                       "(Northern Rivers, New South Wales), both established after the 2022 floods.")]),
        ("h1", "4. Warnings and information"),
        ("p", "Residents upstream of Carnarvon received flood warnings late or not at all. The Bureau of "
              "Meteorology relies on a small number of river gauges, two of which failed during the event. "
              "Without them, forecasters could not estimate the size or timing of the peak at Carnarvon with "
              "confidence."),
        box(4),
        ("p", "The Commission heard from Aboriginal community-controlled organisations that they learned of "
              "evacuation orders from social media or from relatives, rather than from emergency services. "
              "Information they passed to agencies about people who were isolated or vulnerable was not acted "
              "on for more than a day. The Commission regards the response to these communities as slow and "
              "disjointed."),
        box(6),
        ("h1", "5. Flood mitigation"),
        ("p", "The Carnarvon levee system was built in stages after the 1980 flood. The 2023 floodplain "
              "management study identified sections that are below the design standard and recommended works "
              "costed at $86 million over five years. Only the first stage has been funded. Two breaches "
              "during the March 2025 flood occurred in sections the study had identified."),
        box(7),
        ("h1", "6. Matters for the Australian Government"),
        ("p", "Seasonal horticultural workers, many of them on working holiday or Pacific Australia Labour "
              "Mobility visas, lost their income when plantations were destroyed. Most were not eligible for the "
              "Disaster Recovery Allowance because of their visa status or because they had not yet started "
              "work for the season."),
        box(9),
        ("h1", "7. Next steps"),
        ("p", "The Commission will continue its hearings in early 2026 and will examine land use, the future of "
              "horticulture on the river flats, the funding of recovery and the role of the Commonwealth. It "
              "will report by 30 June 2026."),
    ]


def response():
    def rec(n, reply):
        return [("h3", f"Recommendation {n}"), ("q", R[n]), ("p", "<b>Government response</b>")] + \
               [("p", x) for x in reply]

    return [
        ("cover", [("Government of Western Australia", 12, True, 10),
                   ("Western Australian Government Response", 22, True, 100),
                   ("to the Interim Report of the " + T, 16, False, 10),
                   ("December 2025", 12, False, 160)]),
        ("h1", "Introduction"),
        ("p", "The Western Australian Government thanks the Commissioner, the Honourable Margaret Quinlan AO, for "
              "her interim report, and the many people of the Gascoyne who shared their experiences with the "
              "Commission. The Government acknowledges the two lives lost and the lasting impact of the floods "
              "on the communities of Carnarvon, Gascoyne Junction and Burringurrah."),
        ("p", "The interim report makes nine recommendations. Recommendation 9 is directed to the Australian "
              "Government and is not addressed in this response. Of the eight recommendations directed to the "
              "State, the Government accepts four, accepts two in principle, notes one and does not accept one. "
              "The Government's response to each is set out below, grouped according to the Government's "
              "position."),
        ("h1", "Recommendations accepted"),
    ] + rec(1, ["The Government will establish the Gascoyne Recovery Authority as a statutory body from 1 "
                "February 2026. The Authority will have a chief executive reporting to the Minister for "
                "Emergency Services, and powers to direct State agencies on recovery matters in the region. "
                "Legislation will be introduced in the Autumn 2026 sittings; in the meantime the Authority will "
                "operate as a sub-department of the Department of the Premier and Cabinet."]) + rec(4, [
        "The Department of Fire and Emergency Services, working with the Water Corporation and the Bureau of "
        "Meteorology, will install seven new automated gauges, including two at Rocky Pool and on the Lyons "
        "River, by 30 November 2026. Funding of $2.4 million has been approved."]) + rec(6, [
        "The Government accepts this recommendation, and the review will be completed by June 2026 in "
        "partnership with the Aboriginal Health Council of Western Australia and local organisations.",
        "The Government does not, however, agree with the Commission's description of the response to "
        "Aboriginal communities as slow and disjointed. Welfare checks were completed at Burringurrah within "
        "36 hours of the peak, and the Government will provide the Commission with further information on "
        "this point for its final report."]) + rec(8, [
        "This recommendation has already been implemented. Since August 2025 the Department of Communities "
        "has held standing agreements with accommodation providers in Carnarvon and Geraldton, which allow "
        "temporary accommodation to be offered within 72 hours of an evacuation order being lifted. The "
        "arrangements were tested in an exercise in October 2025."]) + [
        ("h1", "Recommendations accepted in principle"),
    ] + rec(2, ["The Government supports the intent of this recommendation and agrees that every town at risk "
                "should have a tested evacuation plan. Rather than amend the Emergency Management Act 2005, "
                "the Government proposes to achieve this through the State Emergency Management Policy and "
                "the local emergency management arrangements, with support for small shires to prepare and "
                "exercise their plans."]) + rec(7, [
        "The Government agrees that the remaining stages of the levee works should be completed. The second "
        "stage, at a cost of $21 million, is funded. The remaining stages will proceed subject to funding "
        "being allocated in the 2026-27 State Budget and to a co-contribution from the Australian Government "
        "under the Disaster Ready Fund."]) + [
        ("h1", "Recommendation noted"),
    ] + rec(5, ["Insurance is regulated by the Australian Government. The Government notes this recommendation "
                "and will raise the availability and affordability of flood cover with the Commonwealth and "
                "with the Insurance Council of Australia. It will consider its position in the light of the "
                "Commission's final report."]) + [
        ("h1", "Recommendation not accepted"),
    ] + rec(3, ["The Government thanks the Commissioner for this carefully considered recommendation and "
                "shares the objective of reducing the number of homes at risk of repeated flooding. A buy-back "
                "of every inundated home at pre-flood market value would, however, cost in the order of $110 "
                "million and would commit the State before the Commission has examined land use in its final "
                "report. For these reasons the Government has decided not to offer a general buy-back at this "
                "stage. Owners of homes assessed as uninhabitable may apply for assistance under the existing "
                "Disaster Recovery Funding Arrangements."]) + [
        ("h1", "Implementation and monitoring"),
        ("p", "The Government will appoint an independent Implementation Monitor, who will report publicly on "
              "the progress of the accepted recommendations every six months, the first report to be tabled in "
              "Parliament in August 2026."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "That the State Government establish, by 1 March 2026, a single recovery "
                                       "agency",
         "reply_contains": "will establish the Gascoyne Recovery Authority as a statutory body", "verdict": "agrees"},
        {"number": "2", "starts_with": "That the State Government amend the Emergency Management Act 2005 to "
                                       "require every local government",
         "reply_contains": "Rather than amend the Emergency Management Act 2005", "verdict": "partly"},
        {"number": "3", "starts_with": "That the State Government offer voluntary buy-backs, at pre-flood market "
                                       "value",
         "reply_contains": "the Government has decided not to offer a general buy-back at this stage",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "That the Department of Fire and Emergency Services install additional "
                                       "automated river-level gauges",
         "reply_contains": "will install seven new automated gauges, including two at Rocky Pool",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "That the State Government consider requiring insurers operating in "
                                       "Western Australia",
         "reply_contains": "will raise the availability and affordability of flood cover with the Commonwealth",
         "verdict": "noted"},
        {"number": "6", "starts_with": "That the State Emergency Management Committee review its arrangements for "
                                       "sharing real-time",
         "reply_contains": "the review will be completed by June 2026 in partnership with", "verdict": "agrees"},
        {"number": "7", "starts_with": "That the State Government fund a five-year program of levee strengthening",
         "reply_contains": "The remaining stages will proceed subject to funding being allocated",
         "verdict": "partly"},
        {"number": "8", "starts_with": "That the Department of Communities make temporary accommodation available "
                                       "to displaced households",
         "reply_contains": "This recommendation has already been implemented", "verdict": "agrees"},
        {"number": "9", "starts_with": "That the Australian Government extend Disaster Recovery Allowance "
                                       "eligibility",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["appoint an independent Implementation Monitor"],
    "notes": "Australian state (Western Australia) Royal Commission interim report + the State Government's "
             "response (LibreOffice Writer from HTML, A4, Writer footnotes in the advice; header and page numbers "
             "stamped with PyMuPDF). Advice: cover, letter of transmittal, contents, a front 'List of "
             "recommendations' 1.-9. (hanging numbers, each opening 'That the ...'), chapters 1-7 where each "
             "recommendation is repeated in a shaded box 'Recommendation N' (in chapter 3 the boxes come in the "
             "order 3, 8, 5; in this rendering the box for 8 splits across the page break, its title at the foot of "
             "page 4 and its text on page 5). Response: introduction with a verdict tally ('accepts four, accepts two in "
             "principle, notes one and does not accept one') which also says recommendation 9, directed to the "
             "Australian Government, 'is not addressed in this response' (a mention only: unanswered); the "
             "replies are GROUPED BY VERDICT under the headings 'Recommendations accepted' (1, 4, 6, 8), "
             "'Recommendations accepted in principle' (2, 7), 'Recommendation noted' (5) and 'Recommendation not "
             "accepted' (3), each as a 'Recommendation N' sub-heading, the quoted recommendation in italics and a "
             "bold 'Government response' line; so the verdict of most replies is carried by the group heading, "
             "not by the reply text. Order 1, 4, 6, 8, 2, 7, 5, 3. 'Implementation and monitoring' answers "
             "nothing. Verdicts: 6 agrees although the Government 'does not, however, agree with the "
             "Commission's description' of the response; 8 agrees (already implemented); 2 partly (accepted in "
             "principle, 'supports the intent' but not by amending the Act); 7 partly ('subject to funding being "
             "allocated'); 5 noted ('notes', 'will consider its position'); 3 disagrees despite the polite "
             "opening ('thanks the Commissioner ... shares the objective').",
}

if __name__ == "__main__":
    kw = dict(header=T + "  \u2014  Interim Report", footer="{page}", title=T, accent="#7a3b00",
              body_font="Liberation Serif", head_font="Liberation Sans", size=11, writer_notes=True)
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Western Australian Government Response to the Interim Report of the " + T,
              footer="Page {page}", writer_notes=False)
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

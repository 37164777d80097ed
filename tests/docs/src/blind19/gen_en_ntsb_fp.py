"""Blind round 19 (en): US National Transportation Safety Board highway investigation report whose new safety
recommendations are addressed to three recipients, each recommendation a plain paragraph that ENDS with its
number in parentheses '(H-25-18)'; answered by a US Department of Transportation letter on behalf of two of the
recipients (NHTSA and FMCSA) that quotes the recommendations, answers two of them together and goes in another order.
Engine: fpdf2 (Liberation fonts), US Letter; contents page from a first pass.
Run: /tmp/blind19en/bin/python tests/docs/src/blind19/gen_en_ntsb_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19en as H

NAME = "blind19_en_ntsb"
T = "Motorcoach Run-off-Road and Rollover on Interstate 40 near Grants, New Mexico, March 9, 2024"
R = {
    "H-25-18": "Require that all new motorcoaches be equipped with a seat belt reminder system that alerts the driver "
               "when a passenger seat belt is unfastened while the vehicle is in motion.",
    "H-25-19": "Develop performance standards for motorcoach side window glazing that prevent the ejection of "
               "occupants during rollover crashes.",
    "H-25-20": "Revise the compliance review procedures for passenger carriers so that every review includes an "
               "examination of electronic logging device records for unassigned driving time.",
    "H-25-21": "Evaluate the safety performance of passenger carriers that use drivers supplied by staffing "
               "agencies and, on the basis of the results, issue guidance on the carriers\u2019 responsibility for "
               "those drivers\u2019 hours of service.",
    "H-25-22": "Require passenger carriers to establish and maintain a fatigue risk management program for drivers "
               "of motorcoaches operated at night.",
    "H-25-23": "Inform your members about the circumstances of the Grants, New Mexico, crash and encourage them to "
               "verify, before dispatch, that drivers supplied by staffing agencies have had the rest required by "
               "the hours-of-service regulations.",
}


def rec(code):
    return ("p", f"{R[code]} ({code})")


def advice():
    return [
        ("cover", [("National Transportation Safety Board", 14, True, 10), ("Highway Investigation Report", 12, False, 6),
                   (T, 22, True, 60), ("NTSB/HIR-25/03\nPB2025-100417", 11, False, 30),
                   ("Adopted June 10, 2025", 11, False, 12),
                   ("National Transportation Safety Board\n490 L\u2019Enfant Plaza, SW\nWashington, DC 20594",
                    10, False, 150)]),
        ("toc", "Contents"),
        ("h1", "Executive Summary"),
        ("h3", "What Happened"),
        ("p", "About 4:52 a.m. mountain standard time on Saturday, March 9, 2024, a 2016 Prevost H3-45 motorcoach "
         "operated by Desert Sun Coach Lines LLC was traveling west on Interstate 40 (I-40) near Grants, Cibola "
         "County, New Mexico, with 47 passengers on a charter trip from Albuquerque to Laughlin, Nevada. Near "
         "milepost 79 the motorcoach drifted across the right shoulder, struck a cable median barrier end "
         "terminal, traveled down an embankment, and overturned onto its right side. Four passengers died, and "
         "the driver and 39 passengers were injured. Eleven passengers were fully or partially ejected through "
         "side window openings."),
        ("h3", "What We Found"),
        ("p", "We found that the driver was fatigued at the time of the crash because he had been awake for about "
         "21 hours and had worked an undeclared shift for another carrier the previous day. He had been supplied "
         "to Desert Sun Coach Lines by a driver staffing agency, and neither the agency nor the carrier checked "
         "his work in the preceding 7 days. The carrier\u2019s electronic logging device records contained 14 hours "
         "of unassigned driving time in the month before the crash that were never reviewed by the carrier or by "
         "federal investigators during a compliance review completed in 2023."),
        ("p", "We also found that few passengers were wearing the lap/shoulder belts with which the motorcoach was "
         "equipped, and that the side windows did not retain passengers during the rollover."),
        ("h3", "What We Recommended"),
        ("p", "As a result of this investigation, we make new safety recommendations to the National Highway "
         "Traffic Safety Administration, the Federal Motor Carrier Safety Administration, and the American Bus "
         "Association and the United Motorcoach Association. The recommendations are listed in section 4."),
        ("h1", "1 Factual Information"),
        ("h2", "1.1 Crash Narrative"),
        ("p", "The trip was arranged by a tour operator in Albuquerque and was scheduled to depart at 3:30 a.m. so "
         "that passengers could arrive in Laughlin before noon. The driver reported for duty at the carrier\u2019s "
         "yard at 2:45 a.m. and completed a pretrip inspection. Video from the motorcoach\u2019s inward-facing "
         "camera shows that he yawned repeatedly after leaving Albuquerque and that his eyes were closed for "
         "periods of up to 3 seconds in the 4 minutes before the crash.[[1]]"),
        ("notes", [(1, "The inward-facing camera recorded continuously. Video and audio were reviewed by NTSB "
                       "investigators and by the NTSB\u2019s human performance group.")]),
        ("p", "The roadway at the crash location is a four-lane divided interstate highway with a posted speed "
         "limit of 75 mph. The weather was clear and the pavement was dry. Event data recorded by the "
         "motorcoach\u2019s engine control module show a speed of 71 mph and no brake application until 1.2 "
         "seconds before the motorcoach struck the end terminal."),
        ("h2", "1.2 Injuries"),
        ("p", "Of the 47 passengers, 4 died, 12 sustained serious injuries, and 27 sustained minor injuries; 4 were "
         "uninjured. All four fatally injured passengers were ejected. Of the eight passengers later determined to "
         "have been belted, none was ejected and none sustained serious injuries."),
        ("h2", "1.3 The Driver"),
        ("p", "The 52-year-old driver held a Nevada commercial driver\u2019s license with a passenger endorsement "
         "and had 11 years of motorcoach driving experience. He had been supplied to Desert Sun Coach Lines by "
         "RoadReady Staffing Inc. under an agreement that made the carrier responsible for monitoring his hours of "
         "service. Records obtained from a second carrier show that, on the day before the crash, he drove a "
         "school charter between 10:15 a.m. and 8:40 p.m. This work was not recorded on the Desert Sun "
         "electronic logging device (ELD) and was not declared to the carrier.[[2]]"),
        ("h2", "1.4 The Motor Carrier"),
        ("p", "Desert Sun Coach Lines operated 14 motorcoaches and employed or contracted 22 drivers. The Federal "
         "Motor Carrier Safety Administration (FMCSA) completed a compliance review of the carrier in August 2023 "
         "and assigned a Satisfactory safety rating. The review examined a sample of driver records of duty "
         "status but did not examine the ELD system\u2019s report of unassigned driving time, which is not a "
         "required element of the compliance review procedures."),
        ("notes", [(2, "Under 49 Code of Federal Regulations 395.8(j)(2), a driver who works for more than one "
                       "motor carrier must furnish each carrier with a record of his or her duty status for the "
                       "preceding 7 days.")]),
        ("h2", "1.5 The Vehicle"),
        ("p", "The motorcoach was equipped with lap/shoulder belts at every passenger seating position, as required "
         "for motorcoaches manufactured after November 2016. It was not equipped with a system to remind "
         "passengers or alert the driver when belts were unfastened. Its side windows were single-pane tempered "
         "glass; seven of the ten right-side windows broke or detached during the rollover."),
        ("h1", "2 Analysis"),
        ("h2", "2.1 Introduction"),
        ("p", "The investigation excluded the following as causal or contributing factors: the driver\u2019s "
         "licensing and experience, alcohol and other drugs, the mechanical condition of the motorcoach, the "
         "weather, and the roadway design. The emergency response was timely, although the first 911 call was "
         "routed to a public safety answering point in an adjacent county, which delayed the dispatch of rescue "
         "units by about 4 minutes."),
        ("h2", "2.2 Driver Fatigue"),
        ("p", "The driver\u2019s sleep opportunity in the 24 hours before the crash was no more than 4 hours. The "
         "video evidence of prolonged eyelid closures, the time of day, and the absence of any evasive steering "
         "are consistent with the driver having fallen asleep. We conclude that the driver\u2019s fatigue resulted "
         "from his undeclared work for a second carrier and his acute sleep loss."),
        ("p", "The hours-of-service regulations place on both the driver and the carrier the obligation to ensure "
         "that a driver does not exceed the limits on driving and duty time. When a driver is supplied by a "
         "staffing agency, carriers often assume that the agency has verified the driver\u2019s prior duty status. "
         "In this case neither party did so. We found no FMCSA guidance addressing the division of these "
         "responsibilities between carriers and staffing agencies, and no data on how widely such arrangements "
         "are used in the passenger carrier industry."),
        ("p", "Night operations present a particular risk. Research sponsored by FMCSA has shown that fatigue "
         "management programs, which combine scheduling practices, driver education and sleep disorder "
         "screening, reduce fatigue-related incidents. Such programs are voluntary in the United States but are "
         "required for passenger carriers in several other countries."),
        ("h2", "2.3 Oversight of the Carrier"),
        ("p", "Unassigned driving time is recorded by an ELD when the vehicle moves without a driver logged in. "
         "Large amounts of unassigned driving time can indicate that drivers are avoiding the recording of their "
         "duty status. Desert Sun\u2019s ELD records showed 14 hours of unassigned driving in February 2024 alone. "
         "Had the 2023 compliance review included an examination of this data, the carrier\u2019s failure to "
         "manage its drivers\u2019 hours might have been identified."),
        ("h2", "2.4 Occupant Protection"),
        ("p", "The NTSB has long advocated seat belt use on motorcoaches. The motorcoach in this crash was equipped "
         "with belts, but surveys of the surviving passengers indicate that fewer than one in five wore them. "
         "Several passengers told investigators that they did not know belts were fitted. Reminder systems, which "
         "are standard for front seats in passenger cars, have been shown to increase belt use substantially."),
        ("p", "Because most passengers were unbelted, the side windows were the last barrier against ejection. "
         "Tempered glass fractures into small pieces on impact and provides no retention once broken. Advanced "
         "glazing, such as laminated glass, can retain occupants, but there is currently no federal performance "
         "standard for motorcoach window retention in rollover crashes."),
        ("h1", "3 Conclusions"),
        ("h2", "3.1 Findings"),
        ("np", "1.", "None of the following were factors in the crash: the driver\u2019s licensing and experience, "
         "alcohol and other drugs, the mechanical condition of the motorcoach, the weather, or the roadway."),
        ("np", "2.", "The emergency response was timely; the misrouting of the first 911 call did not affect the "
         "outcome for the occupants."),
        ("np", "3.", "The driver was fatigued at the time of the crash as a result of acute sleep loss, which was "
         "caused by his undeclared work for a second motor carrier on the previous day."),
        ("np", "4.", "Neither the motor carrier nor the staffing agency verified the driver\u2019s duty status in "
         "the 7 days before the crash."),
        ("np", "5.", "Federal guidance does not address how responsibility for the hours of service of drivers "
         "supplied by staffing agencies is divided between carriers and agencies."),
        ("np", "6.", "Had the 2023 compliance review included the carrier\u2019s electronic logging device records "
         "of unassigned driving time, deficiencies in the carrier\u2019s management of hours of service might "
         "have been identified."),
        ("np", "7.", "The four passengers who died were ejected through side window openings; belted passengers "
         "were not ejected."),
        ("np", "8.", "Low seat belt use by the passengers contributed to the severity of the injuries."),
        ("h2", "3.2 Probable Cause"),
        ("p", "The National Transportation Safety Board determines that the probable cause of the Grants, New "
         "Mexico, crash was the motorcoach driver\u2019s falling asleep because of fatigue resulting from acute "
         "sleep loss. Contributing to the crash was the inadequate oversight of the driver\u2019s hours of service "
         "by Desert Sun Coach Lines LLC. Contributing to the severity of the crash was the low rate of seat belt "
         "use and the lack of occupant retention by the side windows."),
        ("h1", "4 Recommendations"),
        ("h2", "4.1 New Recommendations"),
        ("p", "As a result of this investigation, the National Transportation Safety Board makes the following new "
         "safety recommendations."),
        ("p", "<b>To the National Highway Traffic Safety Administration:</b>"),
        rec("H-25-18"), rec("H-25-19"),
        ("p", "<b>To the Federal Motor Carrier Safety Administration:</b>"),
        rec("H-25-20"), rec("H-25-21"), rec("H-25-22"),
        ("p", "<b>To the American Bus Association and the United Motorcoach Association:</b>"),
        rec("H-25-23"),
        ("p", "BY THE NATIONAL TRANSPORTATION SAFETY BOARD"),
        ("p", "MARGARET E. SOLANO\nChair\n\nROBERT T. HALVERSEN\nVice Chairman\n\nANDREA K. PRICE\nMember"),
        ("small", "Report Date: June 10, 2025"),
    ]


def response():
    return [
        ("p", "<b>U.S. Department of Transportation</b>\nOffice of the Secretary of Transportation"),
        ("small", "1200 New Jersey Avenue, SE\nWashington, DC 20590"),
        ("p", "September 22, 2025"),
        ("p", "The Honorable Margaret E. Solano\nChair\nNational Transportation Safety Board\n490 L\u2019Enfant "
         "Plaza, SW\nWashington, DC 20594"),
        ("p", "Dear Chair Solano:"),
        ("p", "Thank you for your letter of June 24, 2025, transmitting the Board\u2019s report on the motorcoach "
         "crash near Grants, New Mexico. On behalf of the Department, I again extend our condolences to the "
         "families of the four passengers who lost their lives. This letter responds on behalf of the Federal "
         "Motor Carrier Safety Administration (FMCSA) and the National Highway Traffic Safety Administration "
         "(NHTSA) to the five recommendations the Board addressed to them. The Board\u2019s recommendation text "
         "is repeated below in italics."),
        ("h2", "Federal Motor Carrier Safety Administration"),
        ("q", R["H-25-20"] + " (H-25-20)"),
        ("q", R["H-25-22"] + " (H-25-22)"),
        ("p", "FMCSA addresses these two recommendations together because both concern the management of driver "
         "fatigue by passenger carriers. As to the first, no further action is needed: since January 2025, "
         "investigators conducting a compliance review of any passenger carrier have been required to download "
         "and examine the carrier\u2019s unassigned driving report for the preceding 6 months. The revised "
         "procedures were issued to all field offices on January 13, 2025, and a copy is enclosed."),
        ("p", "As to the second, FMCSA recognizes the value of fatigue risk management programs and will update the "
         "North American Fatigue Management Program materials for passenger carriers in 2026. However, the agency "
         "does not intend to initiate a rulemaking to make such programs mandatory, as the available data would "
         "not support the cost-benefit analysis that a rule would require."),
        ("q", R["H-25-21"] + " (H-25-21)"),
        ("p", "FMCSA agrees that the use of drivers supplied by staffing agencies warrants closer examination. The "
         "agency will carry out the evaluation the Board describes, provided that funding for the study is "
         "included in its fiscal year 2026 appropriation; if it is not, the work will have to be deferred to a "
         "later year. Any guidance would follow the completion of the evaluation."),
        ("h2", "National Highway Traffic Safety Administration"),
        ("q", R["H-25-19"] + " (H-25-19)"),
        ("p", "NHTSA\u2019s research on motorcoach occupant retention is at an early stage. NHTSA will consider this "
         "recommendation when it sets its vehicle safety research priorities for fiscal year 2027 and will "
         "inform the Board of the outcome."),
        ("q", R["H-25-18"] + " (H-25-18)"),
        ("p", "NHTSA shares the Board\u2019s concern that belt use on motorcoaches remains low and appreciates the "
         "Board\u2019s careful analysis of this crash. Having reviewed the limited data on the effectiveness of "
         "passenger reminder systems in large buses, however, NHTSA has concluded that a regulatory requirement "
         "is not justified at this time. NHTSA will instead work with motorcoach operators on a national "
         "campaign, launching in spring 2026, to encourage passengers to buckle up."),
        ("h2", "Other Matters"),
        ("p", "The Department has also noted the Board\u2019s observation about the routing of the first 911 call "
         "to a neighboring county. NHTSA\u2019s Office of Emergency Medical Services has shared this observation "
         "with the New Mexico 911 program for its information."),
        ("p", "The Department appreciates the Board\u2019s work and will keep the Board informed of progress. If "
         "you have questions, please contact Ms. Dana Whitfield, Director of Safety Policy, at (202) 366-4000."),
        ("p", "Sincerely,\n\n\nThomas R. Beckett\nDeputy Secretary"),
        ("small", "Enclosure"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "H-25-18", "starts_with": "Require that all new motorcoaches be equipped with a seat belt reminder system",
         "reply_contains": "NHTSA has concluded that a regulatory requirement is not justified at this time",
         "verdict": "disagrees"},
        {"number": "H-25-19", "starts_with": "Develop performance standards for motorcoach side window glazing that prevent the ejection",
         "reply_contains": "NHTSA will consider this recommendation when it sets its vehicle safety research priorities",
         "verdict": "noted"},
        {"number": "H-25-20", "starts_with": "Revise the compliance review procedures for passenger carriers so that every review includes",
         "reply_contains": "since January 2025, investigators conducting a compliance review of any passenger carrier",
         "verdict": "agrees"},
        {"number": "H-25-21", "starts_with": "Evaluate the safety performance of passenger carriers that use drivers supplied by staffing",
         "reply_contains": "provided that funding for the study is included in its fiscal year 2026 appropriation",
         "verdict": "partly", "also": ["agrees"]},
        {"number": "H-25-22", "starts_with": "Require passenger carriers to establish and maintain a fatigue risk management program",
         "reply_contains": "does not intend to initiate a rulemaking to make such programs mandatory",
         "verdict": "disagrees", "also": ["partly"]},
        {"number": "H-25-23", "starts_with": "Inform your members about the circumstances of the Grants, New Mexico, crash",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["has shared this observation with the New Mexico 911 program for its information"],
    "notes": "US National Transportation Safety Board highway investigation report (NTSB/HIR-25/03; fpdf2, US "
             "Letter) + a US Department of Transportation letter from the Deputy Secretary. Advice: cover, contents, "
             "Executive Summary ('What We Recommended' names the recipients only), factual information and "
             "analysis with footnotes, '3.1 Findings' numbered 1.-8. (findings, not recommendations) and a probable "
             "cause, then '4.1 New Recommendations': six plain paragraphs under bold recipient lines (NHTSA, FMCSA, "
             "the two bus associations), each ENDING with its number in parentheses, e.g. '(H-25-18)'; the numbers "
             "are H-25-18..H-25-23. Response: letter answering on behalf of FMCSA and NHTSA only; each "
             "recommendation quoted in italics with its number at the end, followed by the reply; order 20+22 (one "
             "reply, two quoted recommendations, 'As to the first' / 'As to the second'), 21, 19, 18; H-25-23 (to "
             "the bus associations) is not answered. 'Other Matters' about the 911 call routing (a finding, not a "
             "recommendation) answers nothing. Verdicts: 18 disagrees (courteous 'shares the Board's concern' + "
             "'not justified at this time', a campaign instead); 19 noted (will consider); 20 agrees (already "
             "done since January 2025); 21 partly (agrees, but only if funded in the FY2026 appropriation); 22 "
             "disagrees (no rule; updated voluntary materials only, so partly is defensible).",
}

if __name__ == "__main__":
    kw = dict(header=f"NTSB Highway Investigation Report  |  NTSB/HIR-25/03", footer="{page}", title=T, fmt="Letter",
              accent=(0, 51, 102))
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="", footer="Page {page} of 2")
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

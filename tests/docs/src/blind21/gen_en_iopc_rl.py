"""Blind round 21 (English): IOPC learning recommendations (paragraph 28A) + police force's response. reportlab."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b21en import DOCS, build, rl_render  # noqa: E402

NAME = "blind21_en_iopc"

R1 = ("The IOPC recommends that Westmarch Police ensures that every custody officer who authorises the "
      "detention of a person under the influence of alcohol or drugs records a rousing plan that states how often "
      "the detainee must be roused, what a satisfactory response looks like and who is responsible for each check.")
R2 = ("The IOPC recommends that Westmarch Police introduces a structured handover for custody staff at every "
      "change of shift, conducted at the cell door for each detainee assessed as high risk, and recorded on the "
      "custody record.")
R3 = ("The IOPC recommends that Westmarch Police reviews its arrangements with the local NHS trust so that a "
      "liaison and diversion practitioner or a mental health nurse is available in Eastgate custody suite at all "
      "hours, and provides all custody officers with refresher training on the signs of acute withdrawal.")
R4 = ("The IOPC recommends that Westmarch Police amends its control room policy so that any call reporting that "
      "a person is injured and intoxicated in a public place is graded as requiring an emergency response unless a "
      "supervisor records a reason for a lower grade.")
R5 = ("The IOPC recommends that Westmarch Police audits, within twelve months, a sample of custody records from "
      "all three of its custody suites to test whether the changes made in response to these recommendations are "
      "working, and shares the results with the IOPC and the Police and Crime Commissioner.")
R6 = ("The IOPC recommends that the College of Policing reviews its Authorised Professional Practice on detention "
      "and custody so that it gives clearer guidance on rousing detainees who have taken a combination of alcohol "
      "and prescription medication.")

adv = [
    ("cover", [("Independent Office for Police Conduct", 13, True, 20),
               ("Learning report and recommendations", 24, True, 90),
               ("Westmarch Police: contact with Mr Daniel Arkwright before his death in Eastgate custody suite",
                15, False, 14),
               ("Recommendations made under paragraph 28A of Schedule 3 to the Police Reform Act 2002", 11, False, 30),
               ("IOPC reference: 2024/204117", 11, False, 60),
               ("Published: 12 March 2025", 11, False, 6)]),
    ("toc", "Contents"),
    ("h1", "1. Introduction"),
    ("p", "1.1 This report sets out the learning identified by the Independent Office for Police Conduct (IOPC) "
          "from its independent investigation into the contact Westmarch Police had with Mr Daniel Arkwright on "
          "14 and 15 June 2024. Mr Arkwright, who was 41, was arrested in Eastgate town centre on the evening of "
          "14 June and was found unresponsive in his cell at 04:52 the following morning. He was pronounced dead "
          "in hospital shortly afterwards."),
    ("p", "1.2 Our investigation was completed in January 2025. We found no indication that any person serving with "
          "the police may have committed a criminal offence or behaved in a manner that would justify disciplinary "
          "proceedings. We did, however, identify a number of areas where the practice of the force, and national "
          "guidance, could be improved so that the risk of a similar death is reduced.[[1]]"),
    ("p", "1.3 Under paragraph 28A of Schedule 3 to the Police Reform Act 2002 the IOPC may make recommendations to "
          "any person it considers appropriate. A person to whom a recommendation is made must provide a response "
          "in writing within 56 days, saying what action they will take or explaining why they will take no action. "
          "We publish both the recommendations and the responses."),
    ("notes", [(1, "The coroner's inquest into Mr Arkwright's death has not yet concluded. Nothing in this report is "
                   "intended to anticipate its findings.")]),
    ("h1", "2. Summary of events"),
    ("p", "2.1 At 21:37 on 14 June 2024 a member of the public called the force control room to report a man lying "
          "on the pavement outside a bus shelter on Market Street, with a cut to his head, who appeared drunk. The "
          "call handler graded the call as a priority response. The first officers arrived at 22:41, just over an "
          "hour later."),
    ("p", "2.2 Mr Arkwright was arrested for being drunk and disorderly after he became aggressive towards the "
          "officers. He was taken to Eastgate custody suite, where his detention was authorised at 23:18. The "
          "custody officer recorded that Mr Arkwright had told staff he had drunk 'about ten cans' and taken "
          "'his tablets', and that he should be roused every 30 minutes. The record did not say what a satisfactory "
          "response would be."),
    ("p", "2.3 The shift changed at 02:00. The incoming custody officer and detention officers received a handover "
          "in the custody office, using the electronic risk summary. The handover was not done at the cell door. "
          "Between 02:00 and 04:52 four visits were recorded; on three of them the detention officer noted that Mr "
          "Arkwright 'grunted' or 'moved'. CCTV shows that on two of those visits the officer did not enter the cell "
          "or speak to him."),
    ("p", "2.4 No healthcare professional saw Mr Arkwright while he was in custody. The force's contract with the "
          "local NHS trust provides a liaison and diversion service at Eastgate between 08:00 and 22:00 only; a "
          "forensic practitioner is available on call, but was not asked to attend."),
    ("h1", "3. What we found"),
    ("p", "3.1 Our findings are set out in full in the investigation report, which has been shared with Mr "
          "Arkwright's family and the coroner. In summary we found that:"),
    ("ul", ["the call was graded in line with the force's policy at the time, but that policy gave call handlers "
            "no clear direction on calls about people who were both injured and intoxicated;",
            "the rousing plan recorded at booking in was incomplete, and the detention officers applied it "
            "inconsistently;",
            "handovers in Eastgate custody suite were routinely conducted away from the cells and relied on the "
            "electronic summary;",
            "custody staff were not confident in recognising the signs of withdrawal or of a combination of "
            "alcohol and prescription drugs."]),
    ("p", "3.2 We also noted good practice. The arresting officers recorded their body-worn video throughout, and the "
          "custody officer who found Mr Arkwright unresponsive began first aid immediately and called an ambulance "
          "within two minutes."),
    ("h2", "Learning point (not a formal recommendation)"),
    ("p", "3.3 Body-worn video was not activated in the custody suite itself during the cell visits. The force may "
          "wish to remind staff of its own guidance on recording in custody. We have not made this a formal "
          "recommendation because the guidance is clear and was followed on most other occasions we examined."),
    ("h1", "4. Learning recommendations"),
    ("p", "4.1 We make six recommendations. Recommendations 1 to 5 are made to Westmarch Police. Recommendation 6 "
          "is made to the College of Policing, because the gap we identified lies in national guidance rather "
          "than in the force's own practice."),
    ("box", "Learning recommendation 1 (Westmarch Police)", R1),
    ("p", "<i>Rationale.</i> The rousing plan for Mr Arkwright set a frequency but did not define a satisfactory "
          "response. Staff interpreted 'grunted' as sufficient. Authorised Professional Practice is clear that a "
          "detainee must be capable of giving a meaningful response to questions and commands."),
    ("box", "Learning recommendation 2 (Westmarch Police)", R2),
    ("p", "<i>Rationale.</i> A handover at the cell door lets the incoming officer see the detainee and hear the "
          "outgoing officer's concerns. The electronic summary did not mention the tablets Mr Arkwright said he had "
          "taken."),
    ("box", "Learning recommendation 3 (Westmarch Police)", R3),
    ("p", "<i>Rationale.</i> Mr Arkwright arrived after the liaison and diversion service had closed. Custody staff "
          "told us they would not have known which signs of withdrawal should prompt them to call the forensic "
          "practitioner."),
    ("box", "Learning recommendation 4 (Westmarch Police)", R4),
    ("p", "<i>Rationale.</i> An emergency response would have been expected within 15 minutes. A person who is "
          "both intoxicated and injured may not be able to protect their own airway."),
    ("box", "Learning recommendation 5 (Westmarch Police)", R5),
    ("p", "<i>Rationale.</i> Our investigations often find that changes to policy are not reflected in practice "
          "on the custody floor. An audit will give the force and the public assurance."),
    ("box", "Learning recommendation 6 (College of Policing)", R6),
    ("p", "<i>Rationale.</i> The current guidance deals with alcohol and with drugs separately. It does not "
          "explain that the combination can depress breathing for several hours after arrest."),
    ("h1", "5. Next steps"),
    ("p", "5.1 Westmarch Police and the College of Policing must respond to the recommendations made to them within "
          "56 days. We will publish their responses on our website alongside this report, and we will follow up "
          "the implementation of any recommendation that is accepted."),
    ("small", "IOPC, 10 South Colonnade, London E14 4PU. This report is published under the IOPC's publication "
              "policy. Names of police staff have been withheld."),
]

resp = [
    ("cover", [("Westmarch Police", 13, True, 20),
               ("Response to IOPC learning recommendations", 22, True, 80),
               ("Contact with Mr Daniel Arkwright before his death in Eastgate custody suite", 14, False, 14),
               ("IOPC reference: 2024/204117", 11, False, 40),
               ("Response under paragraph 28A(4) of Schedule 3 to the Police Reform Act 2002", 11, False, 6),
               ("Office of the Deputy Chief Constable, 2 May 2025", 11, False, 6)]),
    ("h1", "Introduction"),
    ("p", "Westmarch Police thanks the IOPC for its learning report. Our thoughts remain with Mr Arkwright's family. "
          "The force has considered each of the five recommendations addressed to it and sets out its response "
          "below, together with the action it will take and the date by which it expects that action to be "
          "complete. We have taken the recommendations in the order in which the work is being delivered."),
    ("h2", "Recommendation 1"),
    ("q", "Ensure that every custody officer who authorises the detention of a person under the influence of alcohol "
          "or drugs records a rousing plan ..."),
    ("p", "<b>Response: Accepted.</b> This recommendation has already been implemented. Since 1 October 2024 the "
          "custody record system will not allow the detention of an intoxicated detainee to be authorised until "
          "the rousing plan fields (frequency, expected response and responsible officer) have been completed. "
          "Custody inspectors check a sample of plans every week."),
    ("p", "<i>Action owner:</i> Head of Criminal Justice. <i>Status:</i> complete."),
    ("h2", "Recommendation 2"),
    ("q", "Introduce a structured handover for custody staff at every change of shift ..."),
    ("p", "<b>Response: Accepted.</b> A cell-door handover for high-risk detainees was introduced in all three suites "
          "in February 2025 and is recorded on the custody record. The force does not, however, accept the report's "
          "statement that handovers at Eastgate were 'routinely' conducted away from the cells; our own review "
          "of the same period found that most handovers on the night shift were in fact done at the cell door."),
    ("p", "<i>Action owner:</i> Custody Inspector, Eastgate. <i>Status:</i> complete; compliance monitored monthly."),
    ("h2", "Recommendation 4"),
    ("q", "Amend its control room policy so that any call reporting that a person is injured and intoxicated in a "
          "public place is graded as requiring an emergency response ..."),
    ("p", "<b>Response: Not accepted.</b> The force recognises the concern behind this recommendation and has "
          "reissued guidance to call handlers on calls about vulnerable people. It considers, however, that "
          "automatic emergency grading would draw officers away from incidents of greater risk, particularly on "
          "weekend nights, and that the THRIVE assessment already used in the control room allows the risk to be "
          "judged call by call. The force considers the current grading arrangements sufficient and does not "
          "propose to amend its policy in the way recommended."),
    ("h2", "Recommendation 3"),
    ("q", "Review its arrangements with the local NHS trust so that a liaison and diversion practitioner or a mental "
          "health nurse is available in Eastgate custody suite at all hours ..."),
    ("p", "<b>Response: Accepted in principle.</b> Refresher training on withdrawal and on combined alcohol and "
          "medication toxicity will be delivered to all custody officers by September 2025. The force has asked the "
          "integrated care board to extend the liaison and diversion service at Eastgate to 24 hours; an extension "
          "can only be made subject to funding being agreed in the board's 2026/27 commissioning round, and the "
          "force is not able to fund the service itself."),
    ("p", "<i>Action owner:</i> Head of Criminal Justice with the integrated care board. <i>Target date:</i> "
          "training September 2025; service review April 2026."),
    ("h2", "Recommendation 5"),
    ("q", "Audit, within twelve months, a sample of custody records from all three of its custody suites ..."),
    ("p", "<b>Response: Under consideration.</b> The force notes the recommendation. Its custody records are "
          "already audited each year by the force's internal audit provider, and the force will consider whether "
          "the 2026 audit plan should include a specific review of the changes described above. A decision will be "
          "taken by the Force Assurance Board in the autumn."),
    ("h1", "Learning point on body-worn video"),
    ("p", "Although not a formal recommendation, the force has acted on the IOPC's learning point. A reminder on "
          "recording cell visits with body-worn video was issued to all custody staff in April 2025."),
    ("h1", "Contact"),
    ("p", "Questions about this response should be addressed to the Professional Standards Department, Westmarch "
          "Police Headquarters, Tower Road, Westmarch WM1 2PQ."),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "The IOPC recommends that Westmarch Police ensures that every custody officer",
         "reply_contains": "This recommendation has already been implemented. Since 1 October 2024",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "The IOPC recommends that Westmarch Police introduces a structured handover",
         "reply_contains": "does not, however, accept the report's statement that handovers",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The IOPC recommends that Westmarch Police reviews its arrangements with the "
                                       "local NHS trust",
         "reply_contains": "can only be made subject to funding being agreed",
         "verdict": "partly"},
        {"number": "4", "starts_with": "The IOPC recommends that Westmarch Police amends its control room policy",
         "reply_contains": "considers the current grading arrangements sufficient and does not propose",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "The IOPC recommends that Westmarch Police audits, within twelve months",
         "reply_contains": "will consider whether the 2026 audit plan should include",
         "verdict": "noted"},
        {"number": "6", "starts_with": "The IOPC recommends that the College of Policing reviews its Authorised "
                                       "Professional Practice",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["the force has acted on the IOPC's learning point",
                                  "Questions about this response should be addressed to"],
    "notes": "IOPC learning report with recommendations under paragraph 28A of Schedule 3 to the Police Reform Act "
             "2002, and the force's published response; reportlab, A4, running header/footer, one footnote. Six "
             "recommendations, each in a shaded box titled 'Learning recommendation N (<recipient>)' and followed "
             "by an italic 'Rationale.' paragraph; all six open 'The IOPC recommends that ...'. A findings bullet "
             "list and a 'Learning point (not a formal recommendation)' with 'may wish to remind' are not "
             "recommendations. The response has 'Recommendation N' headings, an italic quotation of the "
             "recommendation in a shortened imperative form without 'The IOPC recommends', and inline bold "
             "'Response: <status>.' labels; order 1, 2, 4, 3, 5. Recommendation 6 is made to the College of "
             "Policing and the force's response does not answer it (unanswered). 1: 'Accepted' + already "
             "implemented (agrees). 2: accepted while disputing the report's characterisation 'routinely' "
             "(agrees). 3: 'Accepted in principle': training yes, the 24-hour service only subject to ICB funding "
             "that the force cannot provide (partly). 4: 'Not accepted' after a polite recognition of the concern, "
             "'considers the current grading arrangements sufficient and does not propose' (disagrees). 5: "
             "'Under consideration' / 'notes ... will consider whether' (noted). The section answering the "
             "learning point and the contact paragraph answer no recommendation.",
}

if __name__ == "__main__":
    hdr = "IOPC | Learning report 2024/204117 | Westmarch Police"
    build(rl_render, adv, f"{NAME}_advice.pdf", header=hdr, footer="Page {page}", accent=(0.33, 0.1, 0.4),
          font="Sans", size=10, title="IOPC learning report 2024/204117")
    build(rl_render, resp, f"{NAME}_response.pdf", header="Westmarch Police | Response to IOPC recommendations",
          footer="{page}", accent=(0.05, 0.15, 0.4), font="Serif", size=10.5,
          title="Westmarch Police response to IOPC learning recommendations")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)

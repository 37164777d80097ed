"""Blind round 20 (en): Ofsted inspection of local authority children's services (ILACS) report, whose only
recommendations are seven UNNUMBERED noun-phrase bullets under 'What needs to improve in this local authority?'
(no verb, no 'should'), beside other bullet lists that are not recommendations; answered by the council's
post-inspection response, a letter from the Director of Children's Services to His Majesty's Inspector with bold
theme headings in another order (3, 1+2, 5, 4, 6), no numbers and no quotations; item 7 unanswered; a 'Our
workforce' section that answers no item.
Engine: reportlab (DejaVu fonts), A4.
Run: /tmp/blind20en/bin/python tests/docs/src/blind20/gen_en_ofsted_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20en as H

NAME = "blind20_en_ofsted"
LA = "Northmoor Borough Council"
T = "Inspection of Northmoor local authority children\u2019s services"
IMPROVE = [
    "The timeliness and quality of assessments for children in need, including how assessments consider "
    "children\u2019s identity, culture and lived experience.",
    "Management oversight and supervision of social work practice in the assessment and family intervention "
    "teams.",
    "The consistency of multi-agency strategy discussions when there is reasonable cause to suspect that a child "
    "is suffering, or likely to suffer, significant harm.",
    "The capacity of the independent reviewing officer service to provide effective challenge to care plans.",
    "The quality and timeliness of pathway plans for care leavers, and access to suitable accommodation for care "
    "leavers aged 18 to 21.",
    "The identification of, and response to, children who are privately fostered.",
    "The quality of return home interviews for children who go missing from home or care, and how the "
    "information from them is used.",
]


def advice():
    return [
        ("cover", [("Ofsted", 22, True, 10),
                   (T, 22, True, 90),
                   ("Inspection dates: 12 May to 23 May 2025", 12, False, 24),
                   ("Lead inspector: Hannah Whitcombe, His Majesty\u2019s Inspector", 12, False, 6),
                   ("Judgement and grade", 11, True, 40),
                   ("The impact of leaders on social work practice with children and families: Requires "
                    "improvement to be good", 11, False, 6),
                   ("The experiences and progress of children who need help and protection: Requires improvement "
                    "to be good", 11, False, 6),
                   ("The experiences and progress of children in care: Good", 11, False, 6),
                   ("The experiences and progress of care leavers: Requires improvement to be good", 11, False, 6),
                   ("Overall effectiveness: Requires improvement to be good", 11, True, 10)]),
        ("p", "Children\u2019s services in Northmoor have improved since the last inspection in 2022, when they were "
              "judged inadequate. The director of children\u2019s services, appointed in 2023, and a stable senior "
              "leadership team have an accurate understanding of the strengths and weaknesses of services. "
              "Political and corporate leaders have invested an additional \u00a34.6 million in children\u2019s "
              "social care, and this has helped to reduce caseloads and to stabilise the workforce."),
        ("p", "Children in care receive a good service. Most live in stable homes where they are making progress, "
              "and they are supported by social workers who know them well. However, the quality of practice for "
              "children in need of help and protection remains too variable, and some children experience delay "
              "before their needs are assessed. Care leavers are not yet consistently well supported to find "
              "suitable accommodation."),
        ("h2", "What needs to improve in this local authority?"),
        ("ul", IMPROVE),
        ("h1", "The experiences and progress of children who need help and protection: requires improvement to be "
               "good"),
        ("p", "When children and families first need help, they receive a timely response from the integrated "
              "front door. Thresholds are understood by partner agencies, and decisions are made promptly by "
              "qualified social workers. Parental consent is appropriately sought and recorded. Out of hours, the "
              "emergency duty team responds effectively to children at risk."),
        ("p", "Multi-agency strategy discussions are held promptly when children are at immediate risk. However, "
              "attendance by health partners and schools is inconsistent, and in a small number of cases, "
              "decisions were made by police and children\u2019s social care without information from other "
              "agencies. This means that some decisions to progress to child protection enquiries are not fully "
              "informed."),
        ("p", "Too many assessments for children in need are not completed within timescales that meet children\u2019s "
              "needs. Although most assessments are thorough, some do not consider children\u2019s identity and "
              "culture, and the views of fathers are not always sought. Plans that follow assessments are often "
              "too broad, and it is not always clear what needs to change for children."),
        ("p", "Supervision of social workers takes place regularly, but it is rarely reflective and does not "
              "consistently drive progress in children\u2019s plans. Managers\u2019 oversight is visible on case "
              "records, but it does not always identify drift or delay."),
        ("p", "Privately fostered children are not consistently identified. Only four children were known to be "
              "living in private fostering arrangements at the time of the inspection, a number which leaders "
              "acknowledge is likely to be an undercount. Awareness-raising with schools and community groups "
              "has been limited."),
        ("p", "When children go missing from home or care, they are offered return home interviews. These are not "
              "always completed promptly, and the information from them is not systematically analysed to "
              "understand patterns of risk, including risk of exploitation."),
        ("h1", "The experiences and progress of children in care: good"),
        ("p", "Children come into care when it is in their best interests. Decisions are made following "
              "comprehensive assessments and appropriate use of the pre-proceedings stage of the Public Law "
              "Outline. Most children in care live with foster carers close to their families and communities, "
              "and they enjoy regular time with people who are important to them."),
        ("p", "Children\u2019s health needs are well met, and the virtual school provides effective support for "
              "children\u2019s education. Attendance and attainment of children in care have improved over the last "
              "two years. Children benefit from independent visitors and from access to advocacy."),
        ("p", "Independent reviewing officers (IROs) know children well and review meetings are held on time. "
              "However, caseloads of up to 78 children limit the ability of IROs to monitor children\u2019s plans "
              "between reviews and to escalate concerns when plans drift. Inspectors saw few examples of formal "
              "challenge."),
        ("p", "Inspectors identified the following strengths in the service for children in care:"),
        ("ul", ["stable placements, with 71% of children having lived in the same home for two years or more;",
                "a well-regarded children in care council, whose members have helped to recruit social workers;",
                "effective support for unaccompanied asylum-seeking children."]),
        ("h1", "The experiences and progress of care leavers: requires improvement to be good"),
        ("p", "Care leavers are allocated a personal adviser by the age of 17 and a half, and most are in touch "
              "with the service. Personal advisers are persistent in maintaining contact. However, pathway plans "
              "are not always updated when care leavers\u2019 circumstances change, and many are written in a way "
              "that is not accessible to young people."),
        ("p", "Too many care leavers aged 18 to 21 live in accommodation that is not suitable for them, including "
              "bed and breakfast accommodation for short periods. The local offer for care leavers has been "
              "strengthened and now includes council tax exemption and free leisure passes."),
        ("h1", "The impact of leaders on social work practice with children and families: requires improvement to "
               "be good"),
        ("p", "Since the last inspection, leaders have made improvements in several areas, including:"),
        ("ul", ["a reduction in average social work caseloads from 24 to 17 children;",
                "a reduction in the use of agency social workers from 38% to 21%;",
                "a new quality assurance framework with practice audits moderated by senior managers."]),
        ("p", "Leaders know that progress has been slower in the assessment and family intervention teams, and "
              "an improvement plan is in place. The corporate parenting board is well attended and scrutinises "
              "performance effectively. The lead member has a good understanding of the service."),
        ("p", "Sufficiency of homes for older children with complex needs remains a challenge, as it is "
              "nationally. Leaders have opened a new four-bed children\u2019s home and have increased the number of "
              "in-house foster carers by 14 in the last year."),
        ("small", "Ofsted will take the findings from this inspection into account when planning the local "
                  "authority\u2019s next inspection or visit. The local authority should prepare a written action "
                  "plan that sets out how it will address the areas for improvement, and submit it to Ofsted "
                  "within 70 working days of receiving this report. Ofsted, Piccadilly Gate, Store Street, "
                  "Manchester M1 2WD. Reference: 80511."),
    ]


def response():
    return [
        ("p", "<b>" + LA + "</b>\nChildren, Families and Education Directorate\nCivic Centre, Northmoor NM1 1AA"),
        ("p", "Hannah Whitcombe\nHis Majesty\u2019s Inspector\nOfsted\nPiccadilly Gate, Store Street\nManchester M1 2WD"),
        ("p", "14 August 2025"),
        ("p", "Dear Ms Whitcombe,"),
        ("p", "<b>Ofsted inspection of Northmoor local authority children\u2019s services, May 2025: our response and "
              "action plan</b>"),
        ("p", "Thank you for the report of the inspection of our children\u2019s services, published on 2 July 2025. "
              "We are pleased that inspectors recognised the progress made since 2022 and the good service that "
              "children in care receive. This letter sets out our response to the areas for improvement, and "
              "accompanies our detailed action plan, which was approved by Cabinet on 30 July 2025."),
        ("h2", "Strategy discussions"),
        ("p", "We agree with this finding, and work to address it was under way before the inspection. Since June "
              "2025 all strategy discussions have been held in a dedicated daily slot with a named health "
              "safeguarding nurse and a designated school safeguarding lead, and attendance is reported weekly "
              "to the Northmoor Safeguarding Children Partnership. Attendance by health partners has since risen "
              "to 96 per cent."),
        ("h2", "Assessment and management oversight"),
        ("p", "We accept the findings on assessment in full. From September 2025 the assessment teams will move "
              "to a new practice model with a 25-working-day target for most assessments, and an identity and "
              "culture prompt has been added to every assessment template. Practice leads will audit 40 "
              "assessments a month."),
        ("p", "We also accept that management oversight must become more consistent, and every team manager will "
              "complete the reflective supervision programme by March 2026. We do, however, question the "
              "report\u2019s description of supervision as rarely reflective: our own moderated audits found "
              "reflective discussion in 62 per cent of supervision records in the same period."),
        ("h2", "Care leavers"),
        ("p", "Every care leaver\u2019s pathway plan will be reviewed with them by December 2025, using a new, "
              "shorter plan designed with the care leavers\u2019 forum. We have already ended the use of bed and "
              "breakfast accommodation for care leavers. Our plan to commission 20 additional supported flats for "
              "18 to 21 year olds can only go ahead if our bid to the Department for Education\u2019s Staying Close "
              "programme succeeds; without that funding we will be able to provide eight."),
        ("h2", "Independent reviewing officers"),
        ("p", "We have considered this finding carefully. IRO caseloads in Northmoor are within the range set out "
              "in the IRO Handbook, and two additional IRO posts were created in 2024. We consider that the "
              "current arrangements are sufficient and we do not propose to increase the number of IROs. We "
              "will instead strengthen the dispute resolution protocol so that IRO challenge is recorded "
              "formally."),
        ("h2", "Private fostering"),
        ("p", "We note the inspectors\u2019 finding. The number of children in private fostering arrangements is "
              "small and difficult to establish nationally as well as locally. We will consider, with the "
              "Safeguarding Children Partnership, whether a further awareness campaign with schools, GP "
              "practices and faith groups would be effective, and will report to the Partnership in early "
              "2026."),
        ("h2", "Our workforce"),
        ("p", "Inspectors recognised the reduction in caseloads and in agency staff. Our workforce strategy "
              "2025-2028 aims to bring the proportion of agency social workers below 15 per cent by April 2027, "
              "through a social work academy, a market supplement for experienced practitioners and a new "
              "career pathway for advanced practitioners."),
        ("p", "Progress against the action plan will be reported quarterly to the Children\u2019s Improvement Board, "
              "chaired by the Chief Executive, and to the Children and Young People Scrutiny Committee. I would "
              "be happy to discuss any aspect of this response with you."),
        ("p", "Yours sincerely,"),
        ("p", "<b>Dr Alison Mercer</b>\nDirector of Children\u2019s Services, " + LA),
        ("small", "cc: Councillor Faisal Rahman, Cabinet Member for Children and Families; Department for "
                  "Education, Regions Group"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "The timeliness and quality of assessments for children in need, including "
                                       "how",
         "reply_contains": "an identity and culture prompt has been added to every assessment template",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Management oversight and supervision of social work practice in the "
                                       "assessment",
         "reply_contains": "every team manager will complete the reflective supervision programme",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The consistency of multi-agency strategy discussions when there is "
                                       "reasonable cause",
         "reply_contains": "all strategy discussions have been held in a dedicated daily slot",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "The capacity of the independent reviewing officer service to provide "
                                       "effective challenge",
         "reply_contains": "we do not propose to increase the number of IROs", "verdict": "disagrees"},
        {"number": "5", "starts_with": "The quality and timeliness of pathway plans for care leavers, and access",
         "reply_contains": "can only go ahead if our bid to the Department for Education",
         "verdict": "partly"},
        {"number": "6", "starts_with": "The identification of, and response to, children who are privately "
                                       "fostered",
         "reply_contains": "whether a further awareness campaign with schools, GP practices and faith groups",
         "verdict": "noted"},
        {"number": "7", "starts_with": "The quality of return home interviews for children who go missing from "
                                       "home",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["aims to bring the proportion of agency social workers below 15 per cent"],
    "notes": "Ofsted inspection of local authority children's services (ILACS) + the council's response letter "
             "(reportlab, A4). Advice: cover with the judgement grades, summary paragraphs, then 'What needs to "
             "improve in this local authority?' with seven UNNUMBERED bullets that are noun phrases ('The "
             "timeliness and quality of ...', 'Management oversight ...') with no verb and no 'should' (numbered "
             "1-7 here in order); the chapters describe the same weaknesses in prose; two other bullet lists "
             "(strengths of the service for children in care; improvements made by leaders) are not "
             "recommendations; a closing small-print paragraph says the authority 'should prepare a written "
             "action plan' (boilerplate, not a recommendation). Response: a letter from the Director of "
             "Children's Services to the lead inspector, with bold theme headings that are not the bullets' "
             "words, no numbers and no quotations, in the order 3 ('Strategy discussions'), 1+2 ('Assessment and "
             "management oversight', one paragraph each), 5, 4, 6; item 7 (return home interviews) is not "
             "answered; 'Our workforce' answers no item. Verdicts: 3 agrees (work 'was under way before the "
             "inspection'); 2 agrees although the council questions 'the report's description of supervision as "
             "rarely reflective'; 5 partly (plans reviewed, but the 20 flats only if a funding bid succeeds, "
             "otherwise eight); 4 disagrees (mild: 'consider that the current arrangements are sufficient and we "
             "do not propose to'); 6 noted ('We note', 'will consider ... whether').",
}

if __name__ == "__main__":
    kw = dict(header="Ofsted  |  " + T, footer="{page}", title=T, accent=(0.12, 0.23, 0.47), font="Sans",
              size=10)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header=LA + "  |  Response to the Ofsted ILACS inspection, May 2025", footer="Page {page}",
              font="Serif", size=10.5)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

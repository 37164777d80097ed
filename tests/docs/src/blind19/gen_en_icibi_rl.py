"""Blind round 19 (en): Independent Chief Inspector of Borders and Immigration (ICIBI) inspection report with a
front chapter '1. Recommendations' ('The Home Office should:' + seven numbered imperative items), chapters with
numbered paragraphs, a past recommendation from an earlier inspection quoted in the body; answered by the Home
Office's published response: an introduction, then 'Recommendation N' headings each followed by the quoted
recommendation and the reply in prose (no status line), recommendations 3 and 4 answered under one heading with
different verdicts, and a summary table of responses at the END.
Engine: reportlab (DejaVu fonts), A4; contents from a first pass.
Run: /tmp/blind19en/bin/python tests/docs/src/blind19/gen_en_icibi_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19en as H

NAME = "blind19_en_icibi"
T = "An inspection of the Home Office\u2019s processing of refugee family reunion visa applications"
R = {
    1: "Publish a service standard for deciding refugee family reunion applications and report performance "
       "against it in the quarterly immigration statistics.",
    2: "Within six months, revise the DNA evidence policy so that, where documentary evidence of a relationship "
       "is unavailable, applicants are offered DNA testing at the Home Office\u2019s expense.",
    3: "Provide decision makers with country-specific guidance on the documentary evidence that applicants from "
       "the main nationalities can realistically obtain.",
    4: "Create a dedicated refugee family reunion casework team, separate from the general settlement and visa "
       "workflow, with its own performance targets.",
    5: "Introduce a process allowing applicants who cannot safely travel to a visa application centre to defer "
       "the enrolment of their biometrics until they arrive in the UK.",
    6: "Replace template refusal letters with decisions that explain, in plain language, which evidence was "
       "considered and why it was insufficient.",
    7: "Commission an independent evaluation, within 12 months, of the impact of the 2024 changes to sponsor "
       "eligibility on children separated from their parents.",
}


def advice():
    b = [("cover", [("Independent Chief Inspector of Borders and Immigration", 12, True, 10), (T, 24, True, 90),
                    ("October 2024 \u2013 March 2025", 14, False, 16),
                    ("Presented to Parliament pursuant to Section 50(2) of the UK Borders Act 2007", 10, False, 120),
                    ("July 2025", 11, False, 10)]),
         ("toc", "Contents"),
         ("h1", "Foreword"),
         ("p", "Refugee family reunion allows a person granted protection in the UK to be joined by the partner and "
               "children they were forced to leave behind. For many of the families we heard from, a visa is the "
               "only safe route to the UK; the alternative is a dangerous journey by irregular means. The speed and "
               "quality of the Home Office\u2019s decisions therefore matter a great deal."),
         ("p", "This inspection found a system under considerable strain. Applications have risen threefold since "
               "2021, and the number awaiting a decision for more than six months stood at over 5,800 at the end "
               "of our fieldwork. Decision makers told us they were asked to judge relationships on evidence that "
               "they knew could not be obtained in the countries concerned, and sponsors and their representatives "
               "described refusal letters that they could not understand."),
         ("p", "I have made seven recommendations. The Home Office was given the report in April 2025 and has "
               "had an opportunity to correct factual inaccuracies. I am grateful to the staff of the Home Office, "
               "and to the many organisations and families who shared their experiences with my inspectors."),
         ("p", "<b>Nadine Okafor</b>\nIndependent Chief Inspector of Borders and Immigration"),
         ("h1", "1. Recommendations"),
         ("p", "The Home Office should:"),
         ] + [("np", f"{n}.", R[n]) for n in R] + [
         ("h1", "2. Background"),
         ("np", "2.1", "Refugee family reunion is governed by Part 11 of, and Appendix Family Reunion (Protection) "
                       "to, the Immigration Rules. A person with refugee status or humanitarian protection may "
                       "sponsor a partner and children under 18 who formed part of the family unit before the "
                       "sponsor fled their country of origin. No fee is payable and there is no financial "
                       "requirement.[[1]]"),
         ("np", "2.2", "Applications are made online and applicants must then attend a visa application centre "
                       "(VAC) to enrol their biometrics. Decisions are made by UK Visas and Immigration (UKVI) in "
                       "Sheffield and Croydon. In 2024, 18,460 visas were granted under the route, most to "
                       "applicants from Sudan, Eritrea, Afghanistan and Syria."),
         ("np", "2.3", "A previous inspection in 2020 examined the same route. It recommended that the Home Office "
                       "\u2018ensure that applicants who are refused are given clear reasons for the decision\u2019. "
                       "That recommendation was accepted, but we found little evidence that it has been "
                       "implemented."),
         ("notes", [(1, "In 2024 the Home Office amended the rules to limit sponsorship by those granted protection "
                        "after arriving by irregular means. The changes are described in Chapter 6.")]),
         ("h1", "3. Scope and methodology"),
         ("np", "3.1", "The inspection examined the efficiency and effectiveness of the processing of refugee "
                       "family reunion applications from receipt to decision. It did not examine the asylum "
                       "decisions of sponsors or the operation of the VACs themselves, which are run by a "
                       "commercial partner."),
         ("np", "3.2", "Inspectors reviewed 120 case files decided between April and September 2024, held 46 "
                       "interviews and focus groups with Home Office staff, observed decision making in Sheffield, "
                       "and met 19 stakeholder organisations. A call for evidence received 63 responses."),
         ("h1", "4. Inspection findings: timeliness"),
         ("np", "4.1", "The Home Office has no published service standard for the route. Internally, it aims to "
                       "decide 70% of straightforward applications within 60 working days, but it does not "
                       "report against this target, and sponsors have no way of knowing how long they will wait."),
         ("np", "4.2", "Of the 120 cases sampled, 41 took longer than six months to decide. Delays were most "
                       "common where the caseworker requested further evidence, which happened in 55 cases. In "
                       "22 of those, the request was for documents that stakeholders told us do not exist in the "
                       "applicant\u2019s country, such as civil marriage certificates in parts of Eritrea."),
         ("np", "4.3", "Refugee family reunion cases are allocated from the same queue as other settlement work. "
                       "Managers told us that targets for higher-volume routes meant that family reunion cases "
                       "were frequently set aside. We heard from several staff that a specialist team, as existed "
                       "before 2019, had built expertise that has since been lost."),
         ("h1", "5. Inspection findings: evidence and decision quality"),
         ("np", "5.1", "Where documents are lacking, applicants may offer DNA evidence at their own expense. Tests "
                       "cost between \u00a3600 and \u00a31,200 per family, a sum many sponsors can only raise by "
                       "borrowing. The policy allows the Home Office to pay for tests in \u2018exceptional "
                       "circumstances\u2019, but we found no case in the sample in which it had done so."),
         ("np", "5.2", "Decision makers have access to general guidance on assessing relationships, but not to "
                       "guidance on what documents are obtainable in particular countries. Several told us they "
                       "relied on colleagues\u2019 experience or their own internet searches."),
         ("np", "5.3", "Refusal letters in 31 of the 38 refused cases consisted largely of standard paragraphs. "
                       "In 12 cases, inspectors could not tell from the letter which evidence had been considered."),
         ("h1", "6. Inspection findings: access and safeguarding"),
         ("np", "6.1", "Applicants must enrol biometrics at a VAC before a decision is made. There is no VAC in "
                       "Sudan, Eritrea or Afghanistan, so applicants must travel to a neighbouring country, often "
                       "across active conflict zones. Stakeholders described children travelling without adults to "
                       "reach a VAC."),
         ("np", "6.2", "The 2024 rule changes restricted sponsorship by people granted protection after irregular "
                       "arrival. The Home Office carried out an equality impact assessment, but has no plans to "
                       "evaluate the effect of the changes on the children affected."),
         ("h1", "Annex A: Role and remit of the Independent Chief Inspector"),
         ("p", "The role of the Independent Chief Inspector of Borders and Immigration was established by the UK "
               "Borders Act 2007 to monitor and report on the efficiency and effectiveness of the immigration, "
               "asylum, nationality and customs functions carried out by the Home Secretary and by officials and "
               "others on her behalf. The Independent Chief Inspector reports to the Home Secretary, who must lay "
               "the report before Parliament within eight weeks of receipt, subject to redactions."),
         ]
    return b


def response():
    return [
        ("p", "<b>The Home Office response to the Independent Chief Inspector of Borders and Immigration\u2019s "
              "report:</b>"),
        ("h1", T[0].upper() + T[1:] + " (October 2024 \u2013 March 2025)"),
        ("small", "Presented to Parliament pursuant to Section 50(2) of the UK Borders Act 2007, July 2025"),
        ("h2", "Introduction"),
        ("p", "The Home Office thanks the Independent Chief Inspector for this report and welcomes its recognition "
              "of the commitment of the caseworkers who decide these applications. Since the inspection fieldwork "
              "ended, the number of applications awaiting a decision for more than six months has fallen by "
              "a third, and we expect further improvement as new staff complete their training."),
        ("p", "The report makes seven recommendations, which are addressed below. A summary of the Home Office "
              "response is set out in the table at the end of this document."),
        ("h2", "Recommendation 1"),
        ("q", R[1]),
        ("p", "The Home Office accepts this recommendation and has already acted on it. A service standard of 60 "
              "working days for straightforward applications was published on GOV.UK in May 2025, and performance "
              "against it will be included in the quarterly immigration statistics from the August 2025 release."),
        ("h2", "Recommendation 2"),
        ("q", R[2]),
        ("p", "The Home Office agrees that the current DNA policy should be clearer and will revise it by the end "
              "of 2025. The revised policy will make clear when the Home Office will pay for testing, including "
              "where a child would otherwise be separated from a parent. The Home Office will not, however, meet "
              "the cost of testing in every case where documents are unavailable, as this would create an "
              "incentive to rely on DNA evidence in place of the documents that many applicants can provide."),
        ("h2", "Recommendations 3 and 4"),
        ("q", R[3]),
        ("q", R[4]),
        ("p", "The Home Office accepts recommendation 3. Country-specific evidence guidance for Sudan, Eritrea, "
              "Afghanistan and Syria is being drafted with the Country Policy and Information Team and will be "
              "issued to decision makers by October 2025."),
        ("p", "On recommendation 4, the Home Office has considered the case for a separate team carefully. "
              "Flexible deployment across routes allows UKVI to respond to changes in demand, and a ring-fenced "
              "team would reduce that flexibility. UKVI therefore does not propose to re-establish a dedicated "
              "team. Family reunion cases will instead be flagged in the workflow system so that their ageing can "
              "be monitored."),
        ("h2", "Recommendation 5"),
        ("q", R[5]),
        ("p", "The Home Office recognises the risks faced by applicants who must travel to enrol biometrics and "
              "already allows biometric enrolment to be deferred in exceptional cases. It is not persuaded that a "
              "general process of deferral until arrival would be consistent with the security checks that must "
              "be completed before a visa is issued, and it will not be introducing one."),
        ("h2", "Recommendation 6"),
        ("q", R[6]),
        ("p", "The Home Office accepts this recommendation. New refusal templates, developed with input from "
              "sponsors\u2019 representatives, will require decision makers to list each document considered and "
              "the reason it was given little or no weight. They will be in use from November 2025."),
        ("h2", "Recommendation 7"),
        ("q", R[7]),
        ("p", "The Home Office notes this recommendation. The 2024 changes were subject to an equality impact "
              "assessment. Ministers will consider whether an evaluation is needed once the changes have been in "
              "force for two full years."),
        ("h2", "Summary of responses"),
        ("table", [0.1, 0.62, 0.28], [
            ["No.", "Recommendation (summary)", "Home Office response"],
            ["1", "Service standard and quarterly reporting", "Accepted (implemented)"],
            ["2", "DNA testing at Home Office expense", "Partially accepted"],
            ["3", "Country-specific evidence guidance", "Accepted"],
            ["4", "Dedicated casework team", "Not accepted"],
            ["5", "Deferral of biometric enrolment", "Not accepted"],
            ["6", "Plain-language refusal decisions", "Accepted"],
            ["7", "Independent evaluation of 2024 changes", "Noted"],
        ]),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Publish a service standard for deciding refugee family reunion applications",
         "reply_contains": "was published on GOV.UK in May 2025", "verdict": "agrees"},
        {"number": "2", "starts_with": "Within six months, revise the DNA evidence policy so that, where documentary",
         "reply_contains": "will not, however, meet the cost of testing in every case", "verdict": "partly"},
        {"number": "3", "starts_with": "Provide decision makers with country-specific guidance on the documentary evidence",
         "reply_contains": "Country-specific evidence guidance for Sudan, Eritrea, Afghanistan and Syria is being drafted",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Create a dedicated refugee family reunion casework team, separate from",
         "reply_contains": "UKVI therefore does not propose to re-establish a dedicated team", "verdict": "disagrees"},
        {"number": "5", "starts_with": "Introduce a process allowing applicants who cannot safely travel to a visa",
         "reply_contains": "It is not persuaded that a general process of deferral until arrival", "verdict": "disagrees"},
        {"number": "6", "starts_with": "Replace template refusal letters with decisions that explain, in plain language",
         "reply_contains": "New refusal templates, developed with input from sponsors", "verdict": "agrees"},
        {"number": "7", "starts_with": "Commission an independent evaluation, within 12 months, of the impact",
         "reply_contains": "Ministers will consider whether an evaluation is needed", "verdict": "noted"},
    ],
    "unmatched_replies_contain": ["welcomes its recognition of the commitment of the caseworkers"],
    "notes": "UK Independent Chief Inspector of Borders and Immigration inspection report + the Home Office's "
             "published response (reportlab, A4). Advice: cover, contents, Foreword, '1. Recommendations' with the "
             "lead-in 'The Home Office should:' and seven numbered items that begin with an imperative verb "
             "(hanging numbers 1.-7.), then chapters 2-6 with paragraphs numbered 2.1 ... 6.2 in a number column, "
             "a footnote, and paragraph 2.3 quoting a 2020 inspection's recommendation (not a recommendation of "
             "this report). Response: an Introduction (general praise, answers nothing), then 'Recommendation N' "
             "headings each followed by the recommendation quoted in italics and a prose reply without a status "
             "line; 3 and 4 under ONE heading 'Recommendations 3 and 4' with a paragraph each and opposite "
             "verdicts; a 'Summary of responses' table at the end (No. | summary | Accepted / Partially accepted "
             "/ Not accepted / Noted) repeats the verdicts in short. Replies in report order. Verdicts: 1 agrees "
             "(already implemented); 2 partly (policy revised but will not pay in every case); 4 disagrees "
             "('does not propose to'); 5 disagrees (mild 'is not persuaded', already an exceptional-case route); "
             "7 noted ('notes', Ministers will consider).",
}

if __name__ == "__main__":
    kw = dict(header="ICIBI  |  " + T, footer="{page}", title=T, accent=(0.33, 0.13, 0.45), font="Serif",
              size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Home Office response to the ICIBI report on refugee family reunion", footer="{page}")
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

"""Blind round 18 (en): Australian National Audit Office performance audit report (Auditor-General Report No. 14
2025-26) with recommendations listed in the summary and repeated in shaded boxes in the chapters, and the audited
department's formal response letter with an attachment answering each recommendation ('Agreed', 'Agreed in
principle', 'Not agreed', 'Noted'). One recommendation is directed at another entity and is not answered.
Engine: fpdf2 (Liberation Serif/Sans embedded), A4, running header, page numbers outer side, contents from a
first pass, footnotes as superscript digits with notes under a short rule.
Run: /tmp/blind18env/bin/python tests/docs/src/blind18/gen_en_anao_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b18 as H

NAME = "blind18_en_anao"
T = "Management of Claims Processing for Veterans\u2019 Compensation"

RECS = {
    1: ("2.24", "The Department of Veterans\u2019 Affairs establish a single, documented triage process for all "
        "incoming compensation claims, and monitor its application across all processing sites."),
    2: ("2.41", "The Department of Veterans\u2019 Affairs set and publish timeliness targets for each claim type, "
        "and report its performance against those targets in its annual performance statements."),
    3: ("3.18", "The Department of Veterans\u2019 Affairs cease the use of contracted labour hire staff for "
        "determining liability claims by 30 June 2026."),
    4: ("3.35", "The Department of Veterans\u2019 Affairs implement a quality assurance framework that samples "
        "completed determinations from each delegate level and reports the results to the executive board."),
    5: ("4.19", "Services Australia and the Department of Veterans\u2019 Affairs agree a data-sharing "
        "arrangement that allows claim status information to be exchanged automatically between their systems."),
    6: ("4.32", "The Department of Veterans\u2019 Affairs evaluate the Veteran Centric Reform program against "
        "its original objectives and publish the evaluation."),
}


def box(n):
    p, t = RECS[n]
    return ("box", f"Recommendation no. {n}", f"Paragraph {p}\n{t}")


def advice():
    return [
        ("cover", [("The Auditor-General", 12, False, 10), ("Auditor-General Report No.14 2025\u201326", 12, True, 4),
                   ("Performance Audit", 12, False, 4), (T, 26, True, 60),
                   ("Department of Veterans\u2019 Affairs", 14, False, 14), ("Services Australia", 14, False, 2),
                   ("Australian National Audit Office", 11, True, 150),
                   ("\u00a9 Commonwealth of Australia 2025. ISSN 1036\u20137632 (Print). ISBN 978-1-76033-918-2 "
                    "(Online)", 8, False, 10)]),
        ("p", "Canberra ACT\n18 November 2025"),
        ("p", "Dear President\nDear Mr Speaker"),
        ("p", "In accordance with the authority contained in the <i>Auditor-General Act 1997</i>, I have undertaken "
         "an independent performance audit in the Department of Veterans\u2019 Affairs and Services Australia. The "
         "report is titled <i>" + T + "</i>. Pursuant to Senate Standing Order 166 relating to the presentation of "
         "documents when the Senate is not sitting, I present the report of this audit to the Parliament."),
        ("p", "Yours sincerely\n\nDr Caralee McLiesh PSM\nAuditor-General"),
        ("pb",),
        ("toc", "Contents"),
        ("h1", "Summary and recommendations"),
        ("h2", "Background"),
        ("np", "1.", "The Department of Veterans\u2019 Affairs (DVA) determines claims for compensation under three "
         "Acts.[[1]] In 2024\u201325 it received 84,212 claims, and at 30 June 2025 some 41,000 claims were "
         "waiting to be allocated to a delegate."),
        ("np", "2.", "The 2024 Royal Commission into Defence and Veteran Suicide found that delays in claims "
         "processing caused distress to veterans and their families."),
        ("h2", "Conclusion"),
        ("np", "3.", "DVA\u2019s management of claims processing has been partly effective. The backlog has been "
         "reduced since its peak in 2023, but triage is inconsistent, timeliness is not measured against published "
         "targets, and the department does not have assurance over the quality of determinations."),
        ("h2", "Supporting findings"),
        ("np", "4.", "Triage practices differ between processing sites (see paragraphs 2.10 to 2.24). Timeliness "
         "reporting is internal only and uses measures that have changed three times since 2021 (paragraphs 2.30 "
         "to 2.41)."),
        ("np", "5.", "Around 30 per cent of liability determinations in 2024\u201325 were made by labour hire staff "
         "without the delegation training given to APS staff (paragraphs 3.5 to 3.18)."),
        ("h2", "Recommendations"),
        ("p", "The ANAO made six recommendations. Five are directed to DVA and one to DVA and Services Australia."),
    ] + [x for n in RECS for x in (("h3", f"Recommendation no. {n}    Paragraph {RECS[n][0]}"),
                                   ("p", RECS[n][1]))] + [
        ("h2", "Summary of entity responses"),
        ("np", "6.", "The proposed audit report was provided to DVA and to Services Australia. DVA\u2019s summary "
         "response is provided below and its full response is at Appendix 1. Services Australia did not provide "
         "a formal response."),
        ("notes", [(1, "The Military Rehabilitation and Compensation Act 2004, the Safety, Rehabilitation and "
                       "Compensation (Defence-related Claims) Act 1988 and the Veterans\u2019 Entitlements Act 1986.")]),
        ("h1", "1. Background"),
        ("np", "1.1", "DVA\u2019s purpose is to support the wellbeing of those who serve or have served in the "
         "defence of our nation, and their families. Compensation claims are determined by delegates under the "
         "relevant legislation."),
        ("np", "1.2", "The audit objective was to assess whether DVA effectively manages the processing of "
         "compensation claims. The audit was conducted in accordance with the ANAO Auditing Standards at a cost of "
         "approximately $612,000."),
        ("h1", "2. Triage and timeliness"),
        ("np", "2.10", "The ANAO examined triage arrangements at the four main processing sites in Brisbane, "
         "Adelaide, Sydney and Hobart and found four different approaches."),
        ("np", "2.24", "Without a consistent triage process, DVA cannot be sure that the most vulnerable claimants "
         "are identified early."),
        box(1),
        ("np", "2.30", "Internal reports measure the time from allocation to determination, rather than from "
         "lodgement, which understates the time veterans wait."),
        ("np", "2.41", "Publishing targets would improve transparency and accountability to the Parliament."),
        box(2),
        ("h1", "3. Workforce and quality"),
        ("np", "3.5", "DVA engaged up to 480 labour hire staff in 2024\u201325 to reduce the backlog."),
        ("np", "3.18", "Labour hire staff made 30 per cent of liability determinations. DVA advised that it "
         "intends to convert a proportion of these roles to APS positions."),
        box(3),
        ("np", "3.35", "DVA\u2019s existing quality checks cover only new delegates, and results are not reported "
         "above branch level."),
        box(4),
        ("h1", "4. Systems and reform"),
        ("np", "4.19", "Veterans who also receive payments from Services Australia must often provide the same "
         "information twice, because claim status is not shared between the two agencies\u2019 systems."),
        box(5),
        ("np", "4.32", "The Veteran Centric Reform program received $476 million between 2016 and 2023. It has "
         "not been evaluated against its objectives.[[2]]"),
        box(6),
        ("notes", [(2, "Department of Veterans\u2019 Affairs, <i>Annual Report 2022\u201323</i>, p. 47.")]),
    ]


def response():
    return [
        ("p", "<b>Australian Government</b>\n<b>Department of Veterans\u2019 Affairs</b>\nSecretary"),
        ("small", "GPO Box 9998 Canberra ACT 2601 \u2022 Our ref: EC25/81432"),
        ("p", "Ms Lisa Rauter\nGroup Executive Director\nPerformance Audit Services Group\nAustralian National "
         "Audit Office\nGPO Box 707\nCANBERRA ACT 2601"),
        ("p", "Dear Ms Rauter"),
        ("p", "<b>Proposed report: " + T + "</b>"),
        ("p", "Thank you for the opportunity to respond to the proposed audit report. The department welcomes the "
         "audit and acknowledges the findings. Reducing the time veterans wait for a decision remains the "
         "department\u2019s highest priority, and since the audit fieldwork we have reduced the number of claims "
         "awaiting allocation by a further 9,000."),
        ("p", "The department\u2019s summary response for inclusion in the report is provided below, and our "
         "responses to the recommendations directed to the department are at Attachment A. Services Australia "
         "will respond separately."),
        ("h3", "Summary response"),
        ("p", "DVA is committed to ensuring veterans and families receive timely and accurate decisions. The audit "
         "recognises the significant progress made in reducing the backlog. DVA will continue to build its APS "
         "workforce and strengthen its processes, and has already begun work to address several of the "
         "matters raised."),
        ("p", "Yours sincerely\n\nAlison Frame\nSecretary\n\n31 October 2025"),
        ("pb",),
        ("h1", "Attachment A: Responses to recommendations"),
        ("h3", "Recommendation 1 (paragraph 2.24)"),
        ("p", "<b>Agreed.</b> A national triage model was piloted in Brisbane and Adelaide from July 2025 and will "
         "apply at all sites from 1 February 2026. Compliance will be monitored monthly by the Claims Processing "
         "Division."),
        ("h3", "Recommendation 2 (paragraph 2.41)"),
        ("p", "<b>Agreed in principle.</b> DVA will set timeliness targets for initial liability claims and "
         "permanent impairment claims and report against them from 2026\u201327. Targets for other claim types "
         "will be developed once the new case management system is in place; DVA does not propose to publish "
         "targets for every claim type until reliable data are available."),
        ("h3", "Recommendation 4 (paragraph 3.35)"),
        ("p", "<b>Agreed.</b> A revised quality assurance framework, sampling determinations at every delegate "
         "level, was endorsed by the executive board in September 2025 and results will be reported to it "
         "quarterly."),
        ("h3", "Recommendation 3 (paragraph 3.18)"),
        ("p", "<b>Not agreed.</b> DVA is converting 200 labour hire roles to APS positions in 2025\u201326. "
         "However, labour hire staff remain essential to managing peaks in demand, and the department cannot "
         "commit to ceasing their use for liability determinations by 30 June 2026 without increasing waiting "
         "times for veterans. All labour hire delegates now complete the same training as APS delegates."),
        ("h3", "Recommendation 6 (paragraph 4.32)"),
        ("p", "<b>Noted.</b> The Veteran Centric Reform program concluded in 2023 and its elements have been "
         "absorbed into business-as-usual activity. DVA will consider the scope for a post-implementation review "
         "as part of its 2026\u201327 evaluation plan."),
        ("h3", "Other matters"),
        ("p", "The department notes the audit\u2019s observation at paragraph 1.2 about audit costs and would "
         "welcome further discussion on the scope of future audits of claims processing."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "The Department of Veterans\u2019 Affairs establish a single, documented triage process for all",
         "reply_contains": "A national triage model was piloted in Brisbane and Adelaide from July 2025", "verdict": "agrees"},
        {"number": "2", "starts_with": "The Department of Veterans\u2019 Affairs set and publish timeliness targets for each claim type",
         "reply_contains": "does not propose to publish targets for every claim type until reliable data are available", "verdict": "partly"},
        {"number": "3", "starts_with": "The Department of Veterans\u2019 Affairs cease the use of contracted labour hire staff",
         "reply_contains": "cannot commit to ceasing their use for liability determinations by 30 June 2026", "verdict": "disagrees"},
        {"number": "4", "starts_with": "The Department of Veterans\u2019 Affairs implement a quality assurance framework that samples",
         "reply_contains": "was endorsed by the executive board in September 2025", "verdict": "agrees"},
        {"number": "5", "starts_with": "Services Australia and the Department of Veterans\u2019 Affairs agree a data-sharing arrangement",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": "The Department of Veterans\u2019 Affairs evaluate the Veteran Centric Reform program against",
         "reply_contains": "will consider the scope for a post-implementation review", "verdict": "noted"},
    ],
    "unmatched_replies_contain": ["would welcome further discussion on the scope of future audits of claims processing"],
    "notes": "Australian National Audit Office performance audit (Auditor-General Report No.14 2025-26; fpdf2) + the "
             "Department of Veterans' Affairs Secretary's response letter with 'Attachment A: Responses to "
             "recommendations'. Advice: cover, letter of transmittal, contents with page numbers, 'Summary and "
             "recommendations' with numbered paragraphs 1.-6. and a list of six recommendations labelled "
             "'Recommendation no. N' / 'Paragraph 2.24' in a label column, each recommendation repeated in a "
             "shaded box in chapters 2-4 (so every text occurs twice); ANAO style: no 'should' ('The Department of "
             "Veterans' Affairs establish ...'); recommendation 5 is addressed jointly to Services Australia. "
             "Response: a letter (summary response, generic praise) then per-recommendation headings 'Recommendation "
             "N (paragraph x.y)' with bold verdict words 'Agreed.', 'Agreed in principle.', 'Not agreed.', 'Noted.'; "
             "4 is answered before 3; 5 is not answered (the letter says Services Australia will respond "
             "separately); a closing 'Other matters' section answers no recommendation. Verdict 2 is partly (in "
             "principle, two claim types only), 6 noted (will consider).",
}

if __name__ == "__main__":
    kw = dict(header=f"Auditor-General Report No.14 2025\u201326  |  {T}", footer="{page}", title=T)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="", footer="Page {page}")
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

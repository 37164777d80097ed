"""Blind round 19 (en): UNDP Independent Evaluation Office country programme evaluation (ICPE) with numbered
FINDINGS and CONCLUSIONS before six numbered recommendations ('Recommendation N.' + bold text + plain
explanation); answered by a separate landscape 'Management response' whose per-recommendation matrices repeat the
recommendation, give a 'Management response:' cell and a key-action table with its own numbers 1.1, 1.2 ...;
recommendations 3 and 4 share one matrix.
Engine: LibreOffice Writer from HTML (Liberation fonts); advice A4 portrait with Writer footnotes, response A4
landscape; running header and page numbers stamped with PyMuPDF; contents from a first pass.
Run: /tmp/blind19en/bin/python tests/docs/src/blind19/gen_en_undp_eval_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19en as H

NAME = "blind19_en_undp_eval"
T = "Independent Country Programme Evaluation: Mongolia"
R = {
    1: "UNDP should concentrate its next country programme on a limited number of areas where it has shown a "
       "clear comparative advantage, notably decentralized governance and the climate resilience of herder "
       "communities.",
    2: "UNDP should work with the Government to institutionalize the local development fund pilots in the "
       "national budget process, and should agree an exit strategy for its direct financial support.",
    3: "UNDP should establish a results framework for the country programme with outcome-level indicators, "
       "baselines and targets, and report against it annually to national partners.",
    4: "UNDP should strengthen its monitoring capacity by appointing a dedicated monitoring and evaluation "
       "specialist and training project staff in outcome monitoring.",
    5: "UNDP should diversify its funding base beyond vertical environmental funds by developing a resource "
       "mobilization strategy that targets government cost-sharing and private-sector partners.",
    6: "UNDP should rationalize its presence outside Ulaanbaatar by closing the project office in Khovd and "
       "serving the western aimags through partnerships with local governments.",
}
EXPL = {
    1: "The programme currently spans 23 projects in five outcome areas. Portfolios outside the two areas named "
       "should be completed and not renewed unless they are fully funded by national partners.",
    2: "Without a budget line, the fund will end with the project in 2026. UNDP should use the mid-term review of "
       "the Government\u2019s fiscal decentralization strategy as the entry point.",
    3: "Most current indicators measure outputs (workshops held, people trained). Outcome indicators should be "
       "agreed with the National Statistics Office and aligned with the Sustainable Development Goals.",
    4: "The monitoring function has been vacant or part-time for most of the period. Field visits were not "
       "documented in 40 per cent of the projects reviewed.",
    5: "Vertical funds provided 71 per cent of programme expenditure in 2021\u20132024, which leaves the "
       "governance portfolio exposed.",
    6: "The Khovd office costs about $310,000 a year and supports three projects, two of which close in 2026.",
}


def advice():
    b = [("cover", [("United Nations Development Programme", 12, True, 10), ("Independent Evaluation Office", 12,
                                                                             False, 4),
                    ("INDEPENDENT COUNTRY PROGRAMME EVALUATION", 14, True, 110), ("MONGOLIA", 30, True, 8),
                    ("Evaluation period 2022\u20132025", 12, False, 14),
                    ("Independent Evaluation Office, United Nations Development Programme, One UN Plaza, New York, "
                     "NY 10017, USA. June 2025", 9, False, 260)]),
         ("toc", "Contents"),
         ("h1", "Executive summary"),
         ("p", "This is the second Independent Country Programme Evaluation (ICPE) of UNDP in Mongolia, conducted by "
               "the Independent Evaluation Office (IEO) in 2024\u20132025. It covers the country programme "
               "2023\u20132027 and the final year of the preceding programme. The evaluation was timed to inform the "
               "preparation of the new country programme document, which will be presented to the Executive Board "
               "in 2026."),
         ("p", "UNDP has been a trusted partner of the Government of Mongolia for more than three decades. The "
               "evaluation found that its work on decentralized governance and on the resilience of herder "
               "communities to climate shocks has made a visible contribution, but that the programme is spread "
               "across too many small projects, depends heavily on vertical environmental funds, and reports "
               "mainly on outputs. The evaluation presents six findings, four conclusions and six recommendations. "
               "Management\u2019s response is issued as a separate document."),
         ("h1", "1. Background and introduction"),
         ("h2", "1.1 Purpose, objectives and scope"),
         ("p", "ICPEs are conducted in the penultimate year of a country programme to support the preparation of the "
               "next one and to strengthen UNDP\u2019s accountability to national stakeholders and the Executive "
               "Board.[[1]] The evaluation assessed the relevance, coherence, effectiveness, efficiency and "
               "sustainability of UNDP\u2019s contribution, using the criteria of the OECD Development Assistance "
               "Committee."),
         ("h2", "1.2 Methodology"),
         ("p", "The evaluation team reviewed programme documents and 23 project files, conducted 94 interviews with "
               "government, civil society, development partners and UNDP staff, and visited six aimags (provinces), "
               "including Khovd, Bayan-\u00d6lgii and Dornod. A theory of change was reconstructed for each outcome "
               "area. Limitations included the absence of outcome-level data and the turnover of government "
               "counterparts after the 2024 elections."),
         ("notes", [(1, "Executive Board decision DP/2019/9 requires an independent evaluation of every country "
                        "programme before a new programme is presented.")]),
         ("h2", "1.3 Country context"),
         ("p", "Mongolia is a lower-middle-income country of 3.5 million people, a third of whom live in rural areas "
               "where livestock herding remains the main livelihood. Repeated dzud \u2013 severe winter conditions "
               "following summer drought \u2013 killed more than 7 million animals in 2024 alone. Since the 2020 "
               "amendments to the Constitution, the Government has pursued fiscal decentralization to aimag and soum "
               "(district) level, but local governments remain heavily dependent on central transfers."),
         ("h1", "2. Findings"),
         ("h2", "2.1 Relevance and coherence"),
         ("p", "<b>Finding 1.</b> The country programme is well aligned with national priorities, including Vision "
               "2050 and the New Recovery Policy. However, its breadth \u2013 23 projects in five outcome areas "
               "\u2013 exceeds the capacity of a country office of 48 staff."),
         ("p", "Interviews with ministries confirmed that UNDP is valued for its convening role and its technical "
               "expertise in governance. Several development partners noted that UNDP\u2019s smaller projects on "
               "tourism and on urban waste overlapped with their own work."),
         ("h2", "2.2 Effectiveness"),
         ("p", "<b>Finding 2.</b> The local development fund pilots in 30 soums have improved the quality of local "
               "investment planning and have been replicated by two aimags with their own resources."),
         ("p", "<b>Finding 3.</b> Support to herder communities has improved access to early warning information "
               "and index-based livestock insurance; insured households recovered faster after the 2024 dzud."),
         ("p", "<b>Finding 4.</b> Results in the energy and urban portfolios were limited and largely confined to "
               "studies and pilots that were not taken up by national partners."),
         ("h2", "2.3 Efficiency and sustainability"),
         ("p", "<b>Finding 5.</b> The programme\u2019s results framework measures outputs rather than outcomes, and "
               "the monitoring function has been understaffed for most of the period."),
         ("p", "<b>Finding 6.</b> The programme depends on vertical environmental funds for more than two thirds of "
               "its resources, while government cost-sharing fell from 11 to 3 per cent of expenditure."),
         ("h1", "3. Conclusions and recommendations"),
         ("h2", "3.1 Conclusions"),
         ("p", "<b>Conclusion 1.</b> UNDP has made its most significant contributions where it has worked "
               "consistently over a long period, in decentralized governance and in herder resilience."),
         ("p", "<b>Conclusion 2.</b> The sustainability of the local development fund depends on its inclusion in "
               "the national budget, which has not yet been secured."),
         ("p", "<b>Conclusion 3.</b> Weak results measurement prevents UNDP from demonstrating its contribution and "
               "from learning across projects."),
         ("p", "<b>Conclusion 4.</b> The funding model and the cost of the field presence constrain the office\u2019s "
               "ability to respond to national demand for governance support."),
         ("h2", "3.2 Recommendations"),
         ("p", "The recommendations below follow from the conclusions. They are addressed to the UNDP country office "
               "in Mongolia."),
         ]
    for n in R:
        b += [("p", f"<b>Recommendation {n}.</b> <b>{R[n]}</b>"), ("p", EXPL[n])]
    return b


def matrix(nums, response, actions):
    head = "".join(f"<p style='text-align:left; margin-bottom:0.15cm'><b>Recommendation {n}.</b> {R[n]}</p>"
                   for n in nums)
    rows = "".join(
        f"<tr><td width='44%' valign='top'><p style='text-align:left; margin: 0'>{a}</p></td>"
        f"<td width='12%' valign='top'><p style='text-align:left; margin: 0'>{t}</p></td>"
        f"<td width='18%' valign='top'><p style='text-align:left; margin: 0'>{u}</p></td>"
        f"<td width='12%' valign='top'><p style='text-align:left; margin: 0'>{s}</p></td>"
        f"<td width='14%' valign='top'><p style='text-align:left; margin: 0'>{c}</p></td></tr>" for a, t, u, s, c in actions)
    th = "bgcolor='#d3e3f1' valign='top'"
    return ("html",
            "<table width='100%' border='1' cellpadding='3' cellspacing='0' style='border-collapse: collapse; "
            "font-family: Liberation Sans; font-size: 9pt; margin-bottom: 0.4cm'>"
            f"<tr><td colspan='5' bgcolor='#e9f0f7'>{head}</td></tr>"
            f"<tr><td colspan='5'><p style='text-align:left; margin: 0'><b>Management response:</b> {response}</p></td></tr>"
            f"<tr><td rowspan='2' {th}><p style='margin: 0'><b>Key action(s)</b></p></td><td rowspan='2' {th}><p style='margin: 0'><b>Time frame</b></p>"
            f"</td><td rowspan='2' {th}><p style='margin: 0'><b>Responsible unit(s)</b></p></td><td colspan='2' {th}><p style='margin: 0'><b>Tracking"
            f"</b></p></td></tr><tr><td {th}><p style='margin: 0'><b>Status</b></p></td><td {th}><p style='margin: 0'><b>Comments</b></p></td></tr>"
            + rows + "</table><p style='margin: 0'>&nbsp;</p>")


def response():
    return [
        ("p", "<b>UNITED NATIONS DEVELOPMENT PROGRAMME \u2013 MONGOLIA</b>"),
        ("h1", "Management response to the Independent Country Programme Evaluation of Mongolia"),
        ("small", "Prepared by the UNDP country office in Mongolia and the Regional Bureau for Asia and the Pacific. "
                  "August 2025"),
        ("h2", "Overall management response"),
        ("p", "The country office welcomes the evaluation as a timely and useful contribution to the design of the "
              "new country programme, and thanks the Independent Evaluation Office and the Government of Mongolia "
              "for their collaboration. The evaluation\u2019s findings on the value of long-term engagement in "
              "governance and resilience are consistent with the office\u2019s own assessment. The responses and "
              "key actions below will be tracked in the Evaluation Resource Centre."),
        matrix([1], "UNDP agrees with this recommendation. The country programme document for 2028\u20132032, "
                    "now in preparation, will be built around two portfolios \u2013 local governance and climate "
                    "resilience \u2013 and the tourism and urban waste projects will not be renewed.",
               [("1.1 Draft the new country programme around two portfolios, in consultation with the Government",
                 "Dec 2026", "Senior management", "Initiated", "Consultations began July 2025"),
                ("1.2 Complete and close the tourism and urban waste projects", "Jun 2026", "Programme units",
                 "Initiated", "")]),
        ("pb",),
        matrix([2], "UNDP partially agrees. It will continue to advocate for a budget line for the local "
                    "development fund and will provide technical support to the Ministry of Finance. The decision "
                    "to institutionalize the fund rests with the Government and the State Great Khural, however, "
                    "and UNDP cannot commit to ending its direct support before such a decision is taken.",
               [("2.1 Provide technical advice for the mid-term review of the fiscal decentralization strategy",
                 "Mar 2026", "Governance unit", "Not started", ""),
                ("2.2 Prepare a phased transition plan, to be applied once a budget line is approved", "2027",
                 "Governance unit", "Not started", "Depends on the 2027 budget")]),
        ("pb",),
        matrix([3, 4], "UNDP agrees with recommendations 3 and 4. A results framework with outcome indicators, "
                       "baselines and targets agreed with the National Statistics Office will accompany the new "
                       "country programme, with an annual results report to the joint steering committee. A "
                       "full-time monitoring and evaluation specialist has been in post since March 2025, and "
                       "outcome monitoring training for all project staff is scheduled.",
               [("3.1 Agree outcome indicators and baselines with the National Statistics Office", "Sep 2026",
                 "M&amp;E specialist", "Initiated", ""),
                ("3.2 Publish the first annual results report", "Mar 2027", "M&amp;E specialist", "Not started", ""),
                ("4.1 Recruit a full-time monitoring and evaluation specialist", "Mar 2025", "Operations",
                 "Completed", ""),
                ("4.2 Train project staff in outcome monitoring", "Dec 2025", "M&amp;E specialist", "Initiated",
                 "")]),
        ("pb",),
        matrix([5], "UNDP takes note of this recommendation. Resource mobilization is being reviewed across the "
                    "region by the Regional Bureau, and the country office will consider the evaluation\u2019s "
                    "suggestions when it prepares the partnership plan for the new programme.",
               [("5.1 Review of resource mobilization approaches in the region", "2026", "Regional Bureau",
                 "Not started", "")]),
        matrix([6], "Management appreciates the evaluation\u2019s attention to the cost of the field presence. The "
                    "Khovd office is, however, the only United Nations presence in the western aimags and is "
                    "essential to the dzud response and to the new resilience portfolio. The office will therefore "
                    "be retained, and its cost structure will be reviewed in 2026.",
               [("6.1 Review the cost structure of the Khovd office", "Jun 2026", "Operations", "Not started",
                 "")]),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "UNDP should concentrate its next country programme on a limited number of areas",
         "reply_contains": "will be built around two portfolios", "verdict": "agrees"},
        {"number": "2", "starts_with": "UNDP should work with the Government to institutionalize the local development fund",
         "reply_contains": "UNDP cannot commit to ending its direct support before such a decision is taken",
         "verdict": "partly"},
        {"number": "3", "starts_with": "UNDP should establish a results framework for the country programme with outcome-level",
         "reply_contains": "baselines and targets agreed with the National Statistics Office will accompany the new",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "UNDP should strengthen its monitoring capacity by appointing a dedicated monitoring",
         "reply_contains": "full-time monitoring and evaluation specialist has been in post since March 2025",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "UNDP should diversify its funding base beyond vertical environmental funds",
         "reply_contains": "UNDP takes note of this recommendation", "verdict": "noted"},
        {"number": "6", "starts_with": "UNDP should rationalize its presence outside Ulaanbaatar by closing the project office",
         "reply_contains": "The office will therefore be retained, and its cost structure will be reviewed in 2026",
         "verdict": "disagrees"},
    ],
    "unmatched_replies_contain": ["The country office welcomes the evaluation as a timely and useful contribution"],
    "notes": "UNDP Independent Evaluation Office country programme evaluation (ICPE Mongolia) + the separate "
             "management response (LibreOffice Writer from HTML; advice A4 portrait with Writer footnotes, response "
             "A4 landscape). Advice: cover, contents, executive summary, chapter 1 (purpose, methodology, context), "
             "'2. Findings' with bold inline 'Finding 1.'-'Finding 6.', '3.1 Conclusions' with bold 'Conclusion "
             "1.'-'Conclusion 4.' (neither counts), then '3.2 Recommendations' with 'Recommendation N.' + the bold "
             "recommendation + a plain explanatory paragraph. Response: 'Overall management response' (answers "
             "nothing), then one bordered matrix per recommendation in report order: the recommendation repeated in "
             "a shaded first row, a 'Management response:' row, and a key-action table (Key action(s) | Time frame "
             "| Responsible unit(s) | Tracking: Status / Comments) whose actions are numbered 1.1, 1.2, ... 6.1; "
             "recommendations 3 and 4 share ONE matrix and one response ('agrees with recommendations 3 and 4'). "
             "Verdicts: 2 partly ('partially agrees'; will advocate but cannot commit to an exit); 4 agrees "
             "(already done: specialist in post since March 2025); 5 noted ('takes note', 'will consider'); 6 "
             "disagrees (courteous 'appreciates the evaluation's attention', then the office will be retained).",
}

if __name__ == "__main__":
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", header="ICPE Mongolia  |  Independent Evaluation Office",
            footer="{page}", title=T, writer_notes=True, accent="#0468b1")
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", header="Management response \u2013 ICPE Mongolia",
            footer="Page {page}", title="Management response", landscape=True, body_font="Liberation Sans",
            size=10, accent="#0468b1")
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

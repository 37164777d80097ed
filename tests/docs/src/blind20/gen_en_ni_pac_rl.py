"""Blind round 20 (en): Northern Ireland Assembly Public Accounts Committee report (following a Northern Ireland
Audit Office report) and the Department of Finance's Memorandum of Reply.
Advice: cover, 'Powers and Membership', contents, Executive Summary, a front 'Summary of Recommendations' in which
each recommendation is given in full after a bold 'Recommendation N', then chapters with numbered paragraphs 1-27
in which the same recommendations are repeated in shaded boxes; the Committee's 'Key findings' are a numbered list.
Response: a Memorandum of Reply laid by the Department of Finance: a covering introduction, then 'PAC
Recommendation N' headings, the recommendation quoted in italics and the Department's reply in numbered reply
paragraphs; 4 and 5 under one heading; 7 before 6; a closing section on an earlier PAC report (unmatched).
Engine: reportlab (DejaVu fonts), A4; contents from a first pass.
Run: /tmp/blind20en/bin/python tests/docs/src/blind20/gen_en_ni_pac_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20en as H

NAME = "blind20_en_ni_pac"
T = "Report on the Maintenance of the School Estate"
R = {
    1: "The Committee recommends that the Department of Education publishes, within twelve months, a costed "
       "long-term strategy for the school estate which sets out how the maintenance backlog will be reduced "
       "and by when.",
    2: "The Committee recommends that the Department and the Education Authority agree a single condition "
       "survey methodology and resurvey every school on a rolling five-year cycle.",
    3: "The Committee recommends that the Department ring-fences a minimum proportion of its capital budget "
       "each year for planned maintenance, so that reactive repairs no longer crowd out preventative work.",
    4: "The Committee recommends that the Education Authority publishes an annual report to the Assembly on "
       "the condition of the school estate, including the number of schools with a category D element.",
    5: "The Committee recommends that responsibility for minor works in voluntary grammar and grant-maintained "
       "integrated schools transfers to the Education Authority so that one body manages all maintenance.",
    6: "The Committee recommends that the Department reviews the framework contracts for reactive maintenance "
       "to establish whether they deliver value for money, and reports its findings to the Committee.",
    7: "The Committee recommends that the Department introduces a formal duty on school principals to report "
       "any safety-critical defect to the Education Authority within two working days.",
}


def box(n):
    return ("box", f"Recommendation {n}", R[n])


def advice():
    b = [("cover", [("Northern Ireland Assembly", 13, True, 10), ("Public Accounts Committee", 12, False, 4),
                    (T, 26, True, 110),
                    ("Together with the Minutes of Proceedings of the Committee relating to the Report and the "
                     "Minutes of Evidence", 10, False, 24),
                    ("Ordered by the Public Accounts Committee to be printed on 18 June 2025", 10, False, 150),
                    ("This report is the property of the Public Accounts Committee.", 9, False, 8),
                    ("Mandate 2022-2027  \u00b7  Ninth Report  \u00b7  NIA 147/22-27", 10, True, 8)]),
         ("h1", "Powers and Membership"),
         ("p", "The Public Accounts Committee is a Standing Committee established in accordance with Section 60(3) "
               "of the Northern Ireland Act 1998 and Standing Order 56 of the Standing Orders for the Northern "
               "Ireland Assembly. It is the statutory function of the Public Accounts Committee to consider the "
               "accounts, and reports on accounts laid before the Assembly."),
         ("p", "The Committee has power to send for persons, papers and records and to report from time to time. "
               "Neither the Chairperson nor Deputy Chairperson of the Committee shall be a member of the same "
               "political party as the Minister of Finance or of any junior minister appointed to the Department "
               "of Finance."),
         ("p", "The membership of the Committee is as follows: Mr Daniel McCrossan MLA (Chairperson), Mr Cathal "
               "Boylan MLA (Deputy Chairperson), Mr Tom Buchanan MLA, Mr Pat Brogan MLA, Ms Diana Armstrong MLA, "
               "Mr Colin McGrath MLA, Mr John Stewart MLA, Ms Sian Mulholland MLA and Mr Colm Gildernew MLA."),
         ("toc", "Table of Contents"),
         ("h1", "Executive Summary"),
         ("p", "Northern Ireland has around 1,100 schools, with a combined floor area of over three million square "
               "metres. Much of this estate was built in the 1960s and 1970s and is now reaching the end of its "
               "design life. In its report <i>Maintaining the School Estate</i>, published in January 2025, the "
               "Comptroller and Auditor General estimated that the backlog of maintenance in schools stood at "
               "\u00a3405 million, an increase of more than 40 per cent in six years.[[1]]"),
         ("p", "The Committee took evidence from the Permanent Secretary of the Department of Education and the "
               "Chief Executive of the Education Authority in March 2025. We heard that annual spending on "
               "maintenance has fallen well short of what is needed simply to keep the estate in its present "
               "condition, and that the great majority of what is spent goes on emergency and reactive repairs "
               "rather than planned work. Principals told us of leaking roofs, heating systems that fail every "
               "winter and classrooms taken out of use for months at a time."),
         ("p", "The Committee is concerned that there is no agreed picture of the condition of the estate, no "
               "long-term plan, and no single body accountable for the whole of it. We make seven "
               "recommendations, which are set out below and in the body of this report."),
         ("notes", [(1, "Northern Ireland Audit Office, <i>Maintaining the School Estate</i>, NIA 98/22-27, 21 "
                        "January 2025.")]),
         ("h1", "Summary of Recommendations"),
         ] + [x for n in R for x in (("p", f"<b>Recommendation {n}</b>"), ("p", R[n]))] + [
         ("h1", "Introduction"),
         ("np", "1.", "The Committee met on 5 and 19 March 2025 to consider the Comptroller and Auditor General's "
                      "report. We took oral evidence from Dr Mark Browne, Permanent Secretary, and Ms Lorraine "
                      "Hale, Director of Investment and Infrastructure, from the Department of Education, and "
                      "from Mr Richard Pengelly, Chief Executive of the Education Authority."),
         ("np", "2.", "The Committee also received written submissions from the Catholic Schools' Trustee "
                      "Service, the Governing Bodies Association and NASUWT. We are grateful to all who "
                      "contributed to our inquiry."),
         ("np", "3.", "The Committee's key findings are:"),
         ("np", "", "(1) the maintenance backlog has grown in every year since 2018-19;\n(2) only around "
                    "one-fifth of maintenance spending is on planned work;\n(3) the condition data held by the "
                    "Education Authority is incomplete and in places eleven years old; and\n(4) responsibility "
                    "for maintenance is split between several bodies depending on the management type of the "
                    "school."),
         ("h1", "Part One: The scale of the backlog"),
         ("np", "4.", "The Comptroller and Auditor General's report shows that the estimated backlog rose from "
                      "\u00a3288 million in 2018-19 to \u00a3405 million in 2024-25. Over the same period the "
                      "maintenance budget fell in real terms by 14 per cent. The Department accepted in evidence "
                      "that, at current levels of spending, the backlog will continue to grow."),
         ("np", "5.", "The Committee regards the position as extremely serious. Members heard that some schools "
                      "have been waiting more than five years for roof replacements that were identified as "
                      "urgent. In one case, a primary school in County Tyrone has had three classrooms out of "
                      "use since 2022. We were not reassured by the Department's assertion that the situation "
                      "is being managed."),
         ("np", "6.", "The Department told us that it has no long-term strategy for the estate and that "
                      "decisions are taken year by year as budgets allow. The Committee does not believe that "
                      "an estate of this size and age can be managed in this way."),
         box(1),
         ("np", "7.", "The Committee was also struck by how little the Department knows about the condition of "
                      "the estate. Condition surveys have been carried out by different contractors, using "
                      "different methods, over more than a decade. The Education Authority accepted that the "
                      "data is not consistent enough to compare schools or to target spending."),
         ("np", "8.", "Witnesses told us that a full resurvey would cost around \u00a33.2 million. The Committee "
                      "considers that this is a modest sum compared with the size of the backlog and the risks "
                      "that poor information creates."),
         box(2),
         ("h1", "Part Two: Planned and reactive maintenance"),
         ("np", "9.", "In 2023-24, 79 per cent of maintenance spending went on reactive work: emergency repairs, "
                      "call-outs and statutory compliance. Only 21 per cent was spent on planned maintenance, "
                      "against a benchmark of 60 per cent used elsewhere in the public sector."),
         ("np", "10.", "The Permanent Secretary acknowledged that reactive spending is less efficient and that "
                       "deferring planned work increases long-term costs. He told the Committee that whenever "
                       "budgets are tight, planned work is the first to be cut because emergencies cannot wait."),
         ("np", "11.", "The Committee understands the pressures on the Department but believes that the "
                       "balance will only change if a share of the budget is protected."),
         box(3),
         ("np", "12.", "The Committee notes that the Assembly receives no regular information on the condition "
                       "of the school estate. The last published figures date from 2019. Members and the public "
                       "should be able to see whether the position is improving or getting worse."),
         box(4),
         ("h1", "Part Three: Responsibility and value for money"),
         ("np", "13.", "Responsibility for maintenance depends on the management type of each school. The "
                       "Education Authority is responsible for controlled and maintained schools, while "
                       "voluntary grammar and grant-maintained integrated schools manage their own minor works "
                       "with a grant from the Department. The Committee heard that this leads to duplication "
                       "and to very different standards across the estate."),
         ("np", "14.", "The Governing Bodies Association told us that its members value their independence and "
                       "that many voluntary grammar schools maintain their buildings well. The Committee "
                       "recognises this, but considers that the present split cannot be justified."),
         box(5),
         ("np", "15.", "Reactive maintenance is delivered through framework contracts let by the Education "
                       "Authority in 2019. The Comptroller and Auditor General found that the Authority has not "
                       "benchmarked the rates paid under these contracts and could not demonstrate that they "
                       "provide value for money."),
         box(6),
         ("np", "16.", "Finally, the Committee was concerned to hear that there is no consistent requirement "
                       "for schools to report defects that affect safety. In two cases described to us, "
                       "defective fire doors and a failed emergency lighting system were not reported for "
                       "several weeks."),
         box(7),
         ("h1", "Appendix 1: Minutes of Proceedings"),
         ("p", "<b>Wednesday 5 March 2025</b>, Room 29, Parliament Buildings. Present: Mr Daniel McCrossan MLA "
               "(Chairperson), Mr Cathal Boylan MLA (Deputy Chairperson), Mr Tom Buchanan MLA, Ms Diana "
               "Armstrong MLA, Mr Colin McGrath MLA, Mr John Stewart MLA. The Committee took oral evidence on the "
               "Comptroller and Auditor General's report from officials of the Department of Education and the "
               "Education Authority."),
         ("p", "<b>Wednesday 18 June 2025</b>, Room 29, Parliament Buildings. The Committee considered its draft "
               "report paragraph by paragraph. Paragraphs 1 to 16 read and agreed. Summary of Recommendations "
               "read and agreed. Agreed: that the report be the Ninth Report of the Committee to the Assembly."),
         ]
    return b


def response():
    n = [0]

    def rp(text):
        n[0] += 1
        return ("np", f"{n[0]}.", text)

    return [
        ("cover", [("Department of Finance", 12, True, 10),
                   ("Memorandum of Reply", 26, True, 90),
                   ("to the Report from the Public Accounts Committee", 14, False, 12),
                   (T + " (NIA 147/22-27)", 14, True, 6),
                   ("Laid before the Northern Ireland Assembly by the Department of Finance", 10, False, 150),
                   ("9 October 2025", 10, False, 6)]),
        ("h1", "Introduction"),
        ("p", "This Memorandum of Reply sets out the Executive's response to the Ninth Report of the Public "
              "Accounts Committee in the 2022-2027 mandate. The response has been prepared by the Department of "
              "Education, which is the department responsible for the school estate, in consultation with the "
              "Education Authority, and is presented by the Department of Finance in accordance with the "
              "agreed arrangements for replies to Committee reports."),
        ("p", "The Department is grateful to the Committee for its report and shares its concern about the "
              "condition of parts of the school estate. The Committee's recommendations are reproduced below in "
              "italics, followed by the Department's reply. Paragraphs of the reply are numbered in sequence."),
        ("h2", "PAC Recommendation 1"),
        ("q", R[1]),
        rp("The Department accepts this recommendation. A School Estate Strategy 2026-2036 is being prepared "
           "and will be published for consultation by June 2026. It will set out the estimated cost of reducing "
           "the backlog to a sustainable level, the level of annual investment needed, and milestones against "
           "which progress can be measured."),
        ("p", "<b>Target implementation date:</b> June 2026"),
        ("h2", "PAC Recommendation 2"),
        ("q", R[2]),
        rp("The Department accepts this recommendation. The Education Authority has procured a single "
           "condition survey methodology, aligned with the approach used by the Department of Health, and "
           "surveys of the first 220 schools began in September 2025."),
        rp("The Department does not, however, accept the Committee's characterisation at paragraph 7 that it "
           "\u2018knows little\u2019 about the condition of the estate. Condition data, while not uniform, has "
           "been sufficient to prioritise every emergency and health and safety project of the last five "
           "years, and no school has closed for want of urgent repairs."),
        ("p", "<b>Target implementation date:</b> March 2030 (completion of first full cycle)"),
        ("h2", "PAC Recommendation 3"),
        ("q", R[3]),
        rp("The Department accepts this recommendation in principle. It agrees that the present balance "
           "between reactive and planned work is neither efficient nor sustainable. Setting aside a minimum "
           "proportion of the capital budget will, however, depend on the Executive's multi-year budget, and "
           "any ring-fence can only be introduced if the 2026-29 budget settlement provides the funding to "
           "make it possible without delaying new school builds already committed."),
        ("p", "<b>Target implementation date:</b> to be confirmed following the 2026-29 Budget"),
        ("h2", "PAC Recommendations 4 and 5"),
        ("q", R[4]),
        ("q", R[5]),
        rp("The Department and the Education Authority accept recommendation 4. The Authority will lay an "
           "annual School Estate Condition Report before the Assembly, the first covering the 2025-26 "
           "financial year, which will include the number of schools with at least one element assessed as "
           "category D."),
        rp("The Department does not accept recommendation 5. Voluntary grammar and grant-maintained integrated "
           "schools are owned by their trustees or boards of governors, and their autonomy in managing their "
           "own premises is established in the Education and Libraries (Northern Ireland) Order 1986. A "
           "transfer of responsibility would require primary legislation which the Department does not "
           "intend to bring forward. The Department will instead issue common maintenance standards that "
           "apply to all schools."),
        ("p", "<b>Target implementation date:</b> recommendation 4: December 2026"),
        ("h2", "PAC Recommendation 7"),
        ("q", R[7]),
        rp("The Department has considered this recommendation carefully. Principals are already required, "
           "under the Education Authority's Premises Management Guidance and as duty holders under health and "
           "safety legislation, to report defects that present a risk to pupils or staff. The Department "
           "considers that the current arrangements are sufficient and does not propose to introduce a "
           "separate formal duty. The Authority will remind all schools of their obligations in its autumn "
           "2025 bulletin."),
        ("h2", "PAC Recommendation 6"),
        ("q", R[6]),
        rp("The Department notes the Committee's recommendation. The reactive maintenance framework contracts "
           "are let and managed by the Education Authority, which is due to retender them in 2027. The "
           "Department will consider, with the Authority, whether an independent review of the current "
           "contracts should be commissioned in advance of that exercise, and will write to the Committee "
           "when a decision has been taken."),
        ("h1", "Update on an earlier Committee report"),
        rp("In its Memorandum of Reply of February 2024 on the Committee's Report on Home-to-School Transport, "
           "the Department undertook to report progress on the pilot of zonal bus routes in the Southern "
           "region. The pilot concluded in June 2025 and an evaluation report will be shared with the "
           "Committee by the end of the year."),
        ("small", "Department of Finance, Clare House, 303 Airport Road West, Belfast BT3 9ED. "
                  "This document is available on the Department's website."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "The Committee recommends that the Department of Education publishes, within "
                                       "twelve months, a costed",
         "reply_contains": "A School Estate Strategy 2026-2036 is being prepared", "verdict": "agrees"},
        {"number": "2", "starts_with": "The Committee recommends that the Department and the Education Authority "
                                       "agree a single condition survey",
         "reply_contains": "has procured a single condition survey methodology, aligned with the approach",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "The Committee recommends that the Department ring-fences a minimum "
                                       "proportion of its capital budget",
         "reply_contains": "any ring-fence can only be introduced if the 2026-29 budget settlement",
         "verdict": "partly"},
        {"number": "4", "starts_with": "The Committee recommends that the Education Authority publishes an annual "
                                       "report to the Assembly",
         "reply_contains": "The Authority will lay an annual School Estate Condition Report before the Assembly",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "The Committee recommends that responsibility for minor works in voluntary "
                                       "grammar",
         "reply_contains": "A transfer of responsibility would require primary legislation", "verdict": "disagrees"},
        {"number": "6", "starts_with": "The Committee recommends that the Department reviews the framework "
                                       "contracts for reactive maintenance",
         "reply_contains": "whether an independent review of the current contracts should be commissioned",
         "verdict": "noted"},
        {"number": "7", "starts_with": "The Committee recommends that the Department introduces a formal duty on "
                                       "school principals",
         "reply_contains": "considers that the current arrangements are sufficient and does not propose",
         "verdict": "disagrees"},
    ],
    "unmatched_replies_contain": ["pilot of zonal bus routes in the Southern region"],
    "notes": "Northern Ireland Assembly Public Accounts Committee report on an NIAO report + the Department of "
             "Finance's Memorandum of Reply (reportlab, A4). Advice: cover, Powers and Membership, contents, "
             "Executive Summary with a footnote, a front 'Summary of Recommendations' (bold 'Recommendation N' on "
             "its own line, the full text below), then paragraphs 1.-16. in a number column where each "
             "recommendation is repeated verbatim in a shaded box 'Recommendation N'; paragraph 3 lists four key "
             "findings '(1)'-'(4)' that are not recommendations; every recommendation opens with the same words "
             "'The Committee recommends that the ...'. Response: cover, Introduction (answers nothing), headings "
             "'PAC Recommendation N', each recommendation quoted in italics, reply paragraphs numbered 1.-10. "
             "continuously across the document (their numbers are not recommendation numbers), 'Target "
             "implementation date' lines; order 1, 2, 3, 4+5 (one heading, two quotes, one paragraph each), 7, 6; "
             "closing 'Update on an earlier Committee report' (home-to-school transport) is unmatched. Verdicts: "
             "2 agrees although the Department 'does not, however, accept the Committee's characterisation' of "
             "its knowledge; 3 partly ('accepts ... in principle', ring-fence only if the budget settlement "
             "funds it); 4 agrees and 5 disagrees under one heading; 7 disagrees (mild: 'considers that the "
             "current arrangements are sufficient and does not propose'); 6 noted ('notes', 'will consider').",
}

if __name__ == "__main__":
    kw = dict(header="Public Accounts Committee  \u00b7  " + T, footer="{page}", title=T,
              accent=(0.0, 0.32, 0.35), font="Serif", size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Memorandum of Reply  \u00b7  Ninth Report of the Public Accounts Committee (NIA 147/22-27)",
              footer="Page {page}")
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

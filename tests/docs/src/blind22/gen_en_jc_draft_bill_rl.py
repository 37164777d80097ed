"""Blind round 22 (English): UK Joint Committee pre-legislative scrutiny report on a draft bill + the Government's
command-paper response. reportlab."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b22en import DOCS, build, rl_render  # noqa: E402

NAME = "blind22_en_jc_draft_bill"

# the numbered 'Conclusions and recommendations' list (items 1 and 4 are conclusions only)
C = {
    1: "We welcome the publication of the Countryside Access Bill in draft and the opportunity it has given both "
       "Houses to scrutinise a complex and technical area of law before the Bill is formally introduced.",
    2: "The Government should publish, alongside the Bill on introduction, an assessment of the number of "
       "historic routes it expects to be added to definitive maps as a result of the reforms, and of the cost to "
       "surveying authorities of processing the resulting applications.",
    3: "Clause 4 should be amended so that the 1 January 2031 cut-off date for recording historic rights of way "
       "is repealed, rather than postponed for a further five years as the draft Bill proposes.",
    4: "We are concerned that the draft Bill places new duties on surveying authorities without identifying how "
       "those duties will be funded, at a time when many authorities already have backlogs of several years.",
    5: "The Secretary of State should be placed under a duty to issue statutory guidance on the determination of "
       "applications for definitive map modification orders, and to consult landowner, user and local authority "
       "representatives on that guidance before it is laid before Parliament.",
    6: "The protection from occupiers' liability in clause 9 should be extended to cover natural features on "
       "land subject to new coastal and riverside access rights, and to landowners who carry out voluntary "
       "improvements such as stiles, gates and footbridges.",
    7: "The Government should set out, before the Bill is introduced, how Natural England will be resourced to "
       "carry out the additional functions the Bill gives it, including a multi-year funding settlement.",
    8: "Natural England should be required to report annually to Parliament on progress in opening the new "
       "riverside access routes, including the length of route opened and the number of objections outstanding.",
    9: "The Bill should include a power for the Secretary of State, by regulations subject to the affirmative "
       "procedure, to extend the new right of appeal to the Planning Inspectorate to decisions of National Park "
       "authorities.",
    10: "The Government should commission an independent review of the operation of Parts 1 and 2 of the Act, to "
        "be laid before Parliament no later than five years after Royal Assent.",
}
PARA = {1: 4, 2: 17, 3: 26, 4: 31, 5: 38, 6: 49, 7: 57, 8: 60, 9: 44, 10: 63}


def b(n):
    return f"<b>{C[n]}</b>"


adv = [
    ("cover", [("House of Lords  |  House of Commons", 11, True, 10),
               ("Joint Committee on the Draft Countryside Access Bill", 13, False, 4),
               ("Draft Countryside Access Bill", 26, True, 90),
               ("Report of Session 2024\u201325", 13, False, 14),
               ("Report, together with formal minutes relating to the report", 10, False, 30),
               ("Ordered by the House of Commons to be printed 11 March 2025. Ordered by the House of Lords to be "
                "printed 11 March 2025.", 9, False, 160),
               ("HL Paper 98  |  HC 611", 10, True, 8),
               ("Published on 20 March 2025 by authority of the House of Lords and the House of Commons", 9, False,
                4)]),
    ("toc", "Contents"),
    ("h1", "Summary"),
    ("p", "The draft Countryside Access Bill would make the most significant changes to the law on public rights "
          "of way since the Countryside and Rights of Way Act 2000. It would postpone the cut-off date for "
          "recording historic routes, simplify the procedure for applications to modify definitive maps, create "
          "a new right of access to land beside rivers, and give landowners new protections from liability."),
    ("p", "We support the broad aims of the draft Bill. But we have concerns about its reliance on surveying "
          "authorities that are already struggling, about the treatment of the 2031 cut-off date, and about the "
          "capacity of Natural England to deliver the new riverside routes. Our conclusions and recommendations "
          "are set out in bold in the text and are listed together at the end of this report."),
    ("h1", "1 Introduction"),
    ("np", "1.", "The draft Countryside Access Bill was published by the Department for Environment, Food and Rural "
                 "Affairs (Defra) on 15 October 2024, accompanied by explanatory notes and a delegated powers "
                 "memorandum.[[1]] Both Houses agreed to appoint a Joint Committee to consider it, and we were "
                 "asked to report by 31 March 2025."),
    ("np", "2.", "We issued a call for evidence on 6 November 2024 and received 143 written submissions. We held "
                 "nine oral evidence sessions, including with the Minister for Nature, and visited the Wye valley "
                 "and the Northumberland coast."),
    ("np", "3.", "Pre-legislative scrutiny is most useful when a Government is willing to change its proposals. We "
                 "were encouraged by the Minister's assurance that the Department would \u201clisten carefully to "
                 "what the Committee has to say\u201d.[[2]]"),
    ("np", "4.", b(1)),
    ("notes", [(1, "Defra, <i>Draft Countryside Access Bill</i>, CP 1187, October 2024."),
               (2, "Q 212 (Minister for Nature)."), ]),
    ("h1", "2 Recording historic routes"),
    ("np", "15.", "Part 1 of the Countryside and Rights of Way Act 2000 provided that footpaths and bridleways "
                  "which existed before 1949 but were not recorded on a definitive map by 1 January 2026 would be "
                  "extinguished. That date was later moved to 1 January 2031. The draft Bill would postpone it "
                  "again, to 1 January 2036."),
    ("np", "16.", "Witnesses were unable to tell us how many routes remain unrecorded. The Ramblers estimated more "
                  "than 49,000 miles; the Country Land and Business Association considered that figure "
                  "\u201chighly speculative\u201d. Without a credible estimate, neither surveying authorities "
                  "nor landowners can plan."),
    ("np", "17.", b(2)),
    ("np", "25.", "Most of our witnesses regarded repeated postponement as the worst of both worlds: it keeps "
                  "landowners in uncertainty while giving user groups an incentive to submit applications in bulk "
                  "before each new deadline."),
    ("np", "26.", b(3)),
    ("np", "31.", b(4)),
    ("h1", "3 Applications and guidance"),
    ("np", "35.", "Clauses 5 to 8 would allow surveying authorities to reject applications that are plainly without "
                  "merit at an early stage, and would give applicants a right of appeal to the Planning "
                  "Inspectorate if an authority fails to decide within 12 months. We support these changes."),
    ("np", "36.", "The effectiveness of the new procedure will depend heavily on consistent practice. Current "
                  "non-statutory guidance dates from 2008 and is widely regarded as out of date."),
    ("np", "38.", b(5)),
    ("np", "43.", "The new right of appeal would not apply where a National Park authority is the surveying "
                  "authority for its area. We heard no convincing reason for this gap."),
    ("np", "44.", b(9)),
    ("h1", "4 Landowners and occupiers"),
    ("np", "47.", "Clause 9 would protect occupiers from liability for injuries caused by man-made features on "
                  "land subject to the new riverside right of access, unless the occupier acted recklessly."),
    ("np", "48.", "The National Farmers' Union told us that the greater risk on riverside land comes from natural "
                  "features \u2014 eroding banks, fallen trees and flood debris \u2014 and that the protection "
                  "should extend to them. Several witnesses also argued that landowners who voluntarily improve "
                  "routes should not be exposed to greater liability for doing so."),
    ("np", "49.", b(6)),
    ("h1", "5 Delivery and resources"),
    ("np", "55.", "Natural England would be responsible for proposing riverside routes and for preparing reports "
                  "to the Secretary of State on each stretch. The coastal path programme, on which the model is "
                  "based, has taken more than a decade longer than originally planned."),
    ("np", "57.", b(7)),
    ("np", "60.", b(8)),
    ("np", "63.", b(10)),
    ("h1", "Conclusions and recommendations"),
] + [("np", f"{n}.", f"{C[n]} (Paragraph {PARA[n]})") for n in range(1, 11)] + [
    ("h1", "Formal minutes"),
    ("p", "<b>Tuesday 11 March 2025</b>. Members present: Lord Hartwell (Chair), Baroness Okafor, Lord Penrose, "
          "Dr Helen Marsh MP, Tom Aldridge MP, Sarah Quayle MP."),
    ("p", "Draft Report (Draft Countryside Access Bill), proposed by the Chair, brought up and read. Ordered, That "
          "the draft Report be read a second time, paragraph by paragraph. Paragraphs 1 to 66 read and agreed to. "
          "Summary agreed to. Resolved, That the Report be the Report of the Committee to both Houses."),
]

R = [
    ("cover", [("Government Response to the Report of the Joint Committee on the Draft Countryside Access Bill",
                20, True, 60),
               ("Session 2024\u201325, HL Paper 98, HC 611", 11, False, 14),
               ("Presented to Parliament by the Secretary of State for Environment, Food and Rural Affairs by "
                "Command of His Majesty", 10, False, 60),
               ("May 2025", 10, False, 8),
               ("CP 1302", 12, True, 8)]),
    ("h1", "Introduction"),
    ("p", "The Government is grateful to the Joint Committee, and to its Chair, Lord Hartwell, for its thorough "
          "scrutiny of the draft Countryside Access Bill, and to everyone who gave evidence. The Government "
          "welcomes the Committee's support for the broad aims of the Bill and has made a number of changes to "
          "the Bill in the light of the report, which was introduced in the House of Lords on 14 May 2025."),
    ("p", "This response addresses the Committee's recommendations by theme rather than in the order in which "
          "they appear in the report. The Committee's text is reproduced in bold, with the number it bears in "
          "the report's list of conclusions and recommendations."),
    ("h2", "Delivery and resources"),
    ("p", "<b>Recommendations 7 and 8</b>"),
    ("p", "The Government agrees that Natural England must have the resources to deliver. Natural England's "
          "settlement for the spending review period includes \u00a312.6 million over three years ring-fenced "
          "for riverside access, and the Bill as introduced requires it to lay an annual progress report before "
          "Parliament covering route length opened and outstanding objections. Both recommendations are "
          "therefore accepted."),
    ("h2", "Recording historic routes"),
    ("p", "<b>Recommendation 2:</b> " + C[2]),
    ("p", "Accepted. An assessment of expected additions to definitive maps, and of the processing costs for "
          "surveying authorities, is published with the impact assessment for the Bill."),
    ("p", "<b>Recommendation 3:</b> " + C[3]),
    ("p", "The Government has given this recommendation careful thought and understands the Committee's "
          "frustration with repeated postponement. However, a cut-off date gives landowners the certainty "
          "that unrecorded claims will eventually end, and we have concluded that the date should be retained. "
          "The Bill as introduced therefore keeps the postponement to 1 January 2036."),
    ("h2", "Applications and guidance"),
    ("p", "<b>Recommendation 5:</b> " + C[5]),
    ("p", "The Bill as introduced places the Secretary of State under a duty to issue statutory guidance to "
          "surveying authorities, to which they must have regard. The Government will engage stakeholders on "
          "the content of the guidance, but does not consider a statutory consultation requirement necessary "
          "and has not included one in the Bill."),
    ("p", "<b>Recommendation 9:</b> " + C[9]),
    ("p", "The Government notes the Committee's recommendation. National Park authorities have not asked for "
          "the right of appeal to apply to them and we will keep the position under review as the new "
          "procedure beds in."),
    ("h2", "Landowners and occupiers"),
    ("p", "<b>Recommendation 6:</b> " + C[6]),
    ("p", "The Government accepts the first part of this recommendation and has extended clause 9 to natural "
          "features on riverside access land. We do not accept that a separate protection is needed for "
          "voluntary improvements, which are already covered by the general duty of care in the Occupiers' "
          "Liability Act 1984."),
    ("h2", "Other matters"),
    ("p", "The Committee also asked the Department to clarify the status of the delegated powers memorandum. A "
          "revised memorandum, reflecting the changes made since the draft Bill, has been sent to the Delegated "
          "Powers and Regulatory Reform Committee."),
]

expected = {
    "recommendations": [
        {"number": "2", "starts_with": "The Government should publish, alongside the Bill on introduction, an "
                                       "assessment",
         "reply_contains": "is published with the impact assessment for the Bill", "verdict": "agrees"},
        {"number": "3", "starts_with": "Clause 4 should be amended so that the 1 January 2031 cut-off date",
         "reply_contains": "we have concluded that the date should be retained", "verdict": "disagrees"},
        {"number": "5", "starts_with": "The Secretary of State should be placed under a duty to issue statutory "
                                       "guidance",
         "reply_contains": "does not consider a statutory consultation requirement necessary", "verdict": "partly"},
        {"number": "6", "starts_with": "The protection from occupiers' liability in clause 9 should be extended",
         "reply_contains": "has extended clause 9 to natural features on riverside access land",
         "verdict": "partly"},
        {"number": "7", "starts_with": "The Government should set out, before the Bill is introduced, how Natural "
                                       "England",
         "reply_contains": "ring-fenced for riverside access", "verdict": "agrees"},
        {"number": "8", "starts_with": "Natural England should be required to report annually to Parliament",
         "reply_contains": "Both recommendations are therefore accepted", "verdict": "agrees"},
        {"number": "9", "starts_with": "The Bill should include a power for the Secretary of State, by regulations",
         "reply_contains": "we will keep the position under review as the new procedure beds in",
         "verdict": "noted"},
        {"number": "10", "starts_with": "The Government should commission an independent review of the operation "
                                        "of Parts 1 and 2",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": ["A revised memorandum, reflecting the changes made since the draft Bill"],
    "notes": "UK Joint Committee pre-legislative scrutiny report on a draft bill (HL/HC paper) and the "
             "Government's command-paper response; reportlab, A4, DejaVu fonts, two footnotes. The advice's "
             "conclusions and recommendations stand in bold in numbered paragraphs (1., 15., ...) and are "
             "repeated in a numbered list 1-10 at the end with '(Paragraph N)'; items 1 and 4 of that list are "
             "conclusions, not recommendations ('We welcome ...', 'We are concerned that ...'), and get no reply; "
             "so the real recommendations are 2, 3, 5-10, keyed by their list number. The response goes by theme: "
             "7+8 answered together under one bold 'Recommendations 7 and 8' line without quoting them, then 2, 3, "
             "5, 9, 6 each quoted in bold after 'Recommendation N:'. 3: sympathetic refusal, date retained "
             "(disagrees). 5: statutory guidance accepted but the consultation duty refused (partly). 6: first "
             "part accepted, voluntary improvements refused (partly). 9: 'notes ... keep under review' (noted). "
             "10 (independent post-legislative review) is not answered. 'Other matters' (delegated powers "
             "memorandum) answers no recommendation.",
}

if __name__ == "__main__":
    build(rl_render, adv, f"{NAME}_advice.pdf", header="Draft Countryside Access Bill", footer="{page}",
          accent=(0.0, 0.33, 0.25), font="Serif", size=10.5, title="Draft Countryside Access Bill")
    build(rl_render, R, f"{NAME}_response.pdf", header="Government Response: Draft Countryside Access Bill",
          footer="{page}", accent=(0.0, 0.0, 0.0), font="Sans", size=10, title="Government Response CP 1302")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)

"""Blind round 21 (English): NZ Office of the Auditor-General performance audit + Secretary's letter. fpdf2."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b21en import DOCS, build, fp_render  # noqa: E402

NAME = "blind21_en_nz_oag"

R = {
    1: "We recommend that the Ministry of Education complete its national assessment of the condition of school "
       "buildings by June 2026 and keep the information up to date through a rolling programme of inspections.",
    2: "We recommend that the Ministry of Education publish, for each school, a summary of the condition of its "
       "buildings and the investment planned for them, so that boards and communities can see how decisions are "
       "made.",
    3: "We recommend that the Ministry of Education set out clear criteria for prioritising capital projects "
       "between schools, and apply them consistently across its regional offices.",
    4: "We recommend that the Ministry of Education establish a separate fund for urgent weathertightness repairs, "
       "so that schools with leaking buildings are not left to use their five-yearly property funding.",
    5: "We recommend that the Ministry of Education give school boards more practical support to manage property, "
       "including access to an independent property adviser for schools with fewer than 150 students.",
    6: "We recommend that the Ministry of Education report publicly each year on the progress of its major "
       "redevelopment projects against their approved budgets and timeframes.",
}


def rec(n):
    return ("np", "", f"<b>Recommendation {n}</b>\n{R[n]}")


adv = [
    ("cover", [("Controller and Auditor-General", 12, True, 10),
               ("Tumuaki o te Mana Arotake", 11, False, 2),
               ("Ministry of Education: Managing the condition of school buildings", 22, True, 70),
               ("Performance audit report", 13, False, 16),
               ("Presented to the House of Representatives under section 20 of the Public Audit Act 2001",
                10, False, 60),
               ("April 2025", 11, False, 8)]),
    ("toc", "Contents"),
    ("h1", "Auditor-General's overview"),
    ("p", "E ngā mana, e ngā reo, e ngā karangatanga maha, tēnā koutou. New Zealand has about 2500 state schools "
          "and more than 15,000 school buildings. The Ministry of Education (the Ministry) owns most of them, and "
          "they are one of the largest property portfolios in the public sector. Many were built in the 1950s to "
          "the 1970s and are reaching the end of their useful lives."),
    ("p", "My Office looked at how well the Ministry understands the condition of school buildings, how it decides "
          "where to invest, and how it supports school boards to look after their property. We found that the "
          "Ministry has improved its information in recent years, but still does not have a complete national "
          "view. Decisions about which schools receive major investment are not always transparent, and small "
          "schools in particular struggle to manage their property."),
    ("p", "I have made six recommendations, which are set out in Parts 2 to 4 of this report. I thank the staff of "
          "the Ministry and the schools we visited for their co-operation."),
    ("p", "Nāku noa, nā\nRachel Tamihana\nController and Auditor-General | 3 April 2025"),
    ("h1", "Part 1: Introduction"),
    ("np", "1.1", "In this Part, we describe the school property portfolio, the roles of the Ministry and school "
                  "boards, and how we carried out our audit."),
    ("np", "1.2", "The Ministry is responsible for the ownership and major investment decisions for state school "
                  "property. Boards of trustees are responsible for day-to-day maintenance and for planning "
                  "projects funded through their five-year agreement funding.[[1]]"),
    ("np", "1.3", "In 2023/24 the Ministry spent about $1.4 billion on school property, including $320 million "
                  "through five-year agreements and $640 million on large redevelopment projects."),
    ("np", "1.4", "We reviewed Ministry documents, analysed data on building condition and capital spending, and "
                  "interviewed Ministry staff in its national office and four regional offices. We visited 14 "
                  "schools and spoke to principals, board members and property managers."),
    ("notes", [(1, "Five-year agreement funding is allocated to each school by formula and is intended for "
                   "upgrades and replacements rather than new space.")]),
    ("h1", "Part 2: Knowing the condition of school buildings"),
    ("np", "2.1", "Good decisions about property depend on good information about its condition. In 2021 the "
                  "Ministry began a national condition assessment programme. By December 2024 it had assessed "
                  "about 62% of buildings."),
    ("np", "2.2", "The assessments we looked at were of good quality. However, the programme is behind its "
                  "original timetable, and the Ministry has no plan for reassessing buildings once they have been "
                  "inspected. Some of the earliest assessments are already four years old."),
    ("np", "2.3", "Schools and their communities have little access to this information. Principals told us they "
                  "did not know how their school's buildings compared with others, or why a neighbouring school "
                  "had received funding for a rebuild."),
    rec(1),
    rec(2),
    ("h1", "Part 3: Deciding where to invest"),
    ("np", "3.1", "The Ministry's national office sets the overall investment programme, but regional offices "
                  "propose most projects. We found that the four regions we visited used different approaches to "
                  "rank projects, and that the reasons for decisions were often not documented."),
    ("np", "3.2", "Weathertightness remains a significant problem. The Ministry estimates that more than 1,000 "
                  "buildings have weathertightness defects. Schools told us that they often had to use their "
                  "five-year agreement funding for urgent repairs, delaying other planned work."),
    ("np", "3.3", "Large redevelopment projects have frequently cost more and taken longer than planned. Of the 25 "
                  "projects we examined, 11 exceeded their approved budget by more than 10%."),
    rec(3),
    rec(4),
    ("h1", "Part 4: Supporting school boards"),
    ("np", "4.1", "Most boards are made up of parent volunteers. Larger schools usually employ a property manager, "
                  "but smaller schools rely on the principal, who may have no property experience."),
    ("np", "4.2", "The Ministry provides guidance and a helpdesk, and some regions have funded shared property "
                  "advisers for clusters of small schools. These arrangements were highly valued but are not "
                  "available everywhere."),
    ("np", "4.3", "The Ministry reports to the Minister on major projects, but publishes little information about "
                  "their progress. Better public reporting would improve accountability for the significant sums "
                  "involved."),
    rec(5),
    rec(6),
    ("h1", "Appendix: Audit scope and approach"),
    ("p", "We carried out this audit under section 16 of the Public Audit Act 2001. We did not audit the financial "
          "statements of individual schools, and we did not assess the quality of the education provided in any "
          "school building."),
]

resp = [
    ("p", "<b>Te Tāhuhu o te Mātauranga | Ministry of Education</b>\nMātauranga House, 33 Bowen Street, Wellington"),
    ("p", "24 April 2025"),
    ("p", "Rachel Tamihana\nController and Auditor-General\nOffice of the Auditor-General\nWellington"),
    ("p", "Tēnā koe Rachel"),
    ("p", "<b>Performance audit: Managing the condition of school buildings</b>"),
    ("p", "Thank you for the opportunity to respond to your report. The Ministry welcomes the audit and the "
          "constructive way in which your staff engaged with our national and regional teams. I set out below our "
          "response to each of your recommendations, beginning with those on investment decisions."),
    ("p", "We agree that our criteria for prioritising capital projects need to be clear and consistently applied "
          "(recommendation 3). A national prioritisation framework was approved by our leadership team in "
          "February 2025 and is already in use by all regional offices for the 2025/26 programme. We will publish "
          "the framework on our website in June."),
    ("p", "On recommendations 1 and 2, the Ministry accepts both. The national condition assessment programme will "
          "be completed by June 2026, and from July 2026 every building will be reassessed at least once every "
          "five years. We will also publish a summary of each school's building condition and planned "
          "investment. We do not, however, intend to publish the detailed condition ratings of individual "
          "buildings, as these contain security information and can be misread without expert interpretation."),
    ("p", "Turning to public reporting on major redevelopments (recommendation 6), we accept this recommendation "
          "and will include a progress table in our annual report from 2025/26. I note, however, that the report's "
          "comparison with approved budgets does not reflect scope changes requested by schools themselves, which "
          "account for much of the variance in the 11 projects you identified."),
    ("p", "The Ministry has carefully considered the proposal for a separate weathertightness fund "
          "(recommendation 4). We share your concern about the effect of leaking buildings on teaching and "
          "learning. We are not persuaded, however, that a separate fund is the best way to address it: "
          "weathertightness repairs are already funded through the Ministry's national remediation programme, and "
          "we do not propose to establish a further fund."),
    ("p", "We note recommendation 5. Support for small schools is an important issue, and we will consider "
          "extending the shared property adviser model as part of our Budget 2026 bid, alongside other options "
          "for supporting boards."),
    ("p", "<b>Other matters</b>"),
    ("p", "We would like to correct one factual point. Paragraph 2.1 states that 62% of buildings had been assessed "
          "by December 2024; our records show the figure at that date was 66%, once assessments completed by our "
          "contractors in the last week of the year are included."),
    ("p", "Thank you again for the report. My officials are available to discuss our response with your Office."),
    ("p", "Nāku noa, nā"),
    ("p", "Michael Pardoe\nSecretary for Education | Te Tumu Whakarae mō te Mātauranga"),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "We recommend that the Ministry of Education complete its national assessment",
         "reply_contains": "will be completed by June 2026, and from July 2026 every building",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "We recommend that the Ministry of Education publish, for each school, a "
                                       "summary",
         "reply_contains": "do not, however, intend to publish the detailed condition ratings",
         "verdict": "agrees", "also": ["partly"]},
        {"number": "3", "starts_with": "We recommend that the Ministry of Education set out clear criteria for "
                                       "prioritising",
         "reply_contains": "is already in use by all regional offices for the 2025/26 programme",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "We recommend that the Ministry of Education establish a separate fund",
         "reply_contains": "We are not persuaded, however, that a separate fund is the best way",
         "verdict": "disagrees"},
        {"number": "5", "starts_with": "We recommend that the Ministry of Education give school boards more "
                                       "practical support",
         "reply_contains": "will consider extending the shared property adviser model",
         "verdict": "noted"},
        {"number": "6", "starts_with": "We recommend that the Ministry of Education report publicly each year",
         "reply_contains": "will include a progress table in our annual report from 2025/26",
         "verdict": "agrees"},
    ],
    "unmatched_replies_contain": ["We would like to correct one factual point"],
    "notes": "New Zealand Office of the Auditor-General performance audit and the Secretary for Education's letter "
             "of response; fpdf2, A4, Liberation fonts, te reo Maori greetings with macrons, one page-foot "
             "footnote. Every paragraph of Parts 1-4 has a hanging number '1.1'-'4.3' (not recommendation "
             "numbers); the six recommendations stand only in the body, two at the end of each of Parts 2-4, as a "
             "bold 'Recommendation N' line followed by a sentence opening 'We recommend that the Ministry of "
             "Education'; the overview only says six recommendations were made. The letter has no headings except "
             "'Other matters' and refers to recommendations by number in parentheses or in running text, order 3, "
             "1+2 (one paragraph), 6, 4, 5. 1 and 2 are accepted together; the refusal to publish detailed "
             "building ratings is a limit on the form of publication, and the summary the recommendation asked "
             "for is promised, so 2 is agrees (also partly). 3 is already in use (agrees). 6 is accepted while "
             "disputing the report's budget comparison (agrees). 4: shares the concern, 'not persuaded ... do not "
             "propose to' (disagrees). 5: 'We note ... will consider' (noted). The 'Other matters' factual "
             "correction answers no recommendation.",
}

if __name__ == "__main__":
    build(fp_render, adv, f"{NAME}_advice.pdf", header="Ministry of Education: Managing the condition of school "
                                                       "buildings", footer="{page}", accent=(0, 70, 90),
          family="serif", size=10.5, title="Managing the condition of school buildings")
    build(fp_render, resp, f"{NAME}_response.pdf", header=None, footer="Page {page}", accent=(0, 0, 0),
          family="sans", size=10.5, title="Response of the Ministry of Education")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)

"""Blind round 21 (English): UN CRPD concluding observations + State party's follow-up report. LibreOffice."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b21en import DOCS, build, lo_render  # noqa: E402

NAME = "blind21_en_un_crpd"


def para(n, text, subs=None):
    """A UN numbered paragraph; optional lettered sub-paragraphs indented under it."""
    inner = f"<p>{text}</p>"
    if subs:
        inner += "<table width='100%' cellpadding='0' cellspacing='0'>" + "".join(
            f"<tr><td width='7%' valign='top'><p>({k})</p></td><td width='93%'><p>{v}</p></td></tr>"
            for k, v in subs) + "</table>"
    return ("html", f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.15cm'><tr>"
                    f"<td width='7%' valign='top'><p>{n}.</p></td><td width='93%'>{inner}</td></tr></table>")


S6A = ("Review its legislation, including the Social Support Act 2011, to bring the definition of disability into "
       "line with the human rights model of disability;")
S6B = ("Establish a formal and adequately funded mechanism for consulting organizations of persons with "
       "disabilities on all legislation and policies that affect them.")
S8 = ("The Committee recommends that the State party amend the Equal Treatment Act to recognize the denial of "
      "reasonable accommodation as a form of discrimination in all areas of life, and ensure access to effective "
      "remedies, including compensation.")
S10 = ("The Committee recommends that the State party repeal the provisions of the Civil Code that permit full and "
       "partial guardianship, and replace substituted decision-making with supported decision-making that respects "
       "the autonomy, will and preferences of the person.")
S12A = ("Adopt a time-bound strategy for deinstitutionalization, with clear benchmarks, an adequate budget and the "
        "participation of persons with disabilities, including those living in institutions;")
S12B = ("Ensure that municipalities provide personal assistance and community-based support services in all "
        "regions, so that persons with disabilities can choose where and with whom they live;")
S12C = ("Stop the investment of public funds, including European Union structural funds, in the renovation or "
        "construction of residential institutions.")
S14A = ("Adopt a legislative definition of inclusive education and a plan with timelines for transferring "
        "resources from special schools to mainstream schools;")
S14B = ("Ensure reasonable accommodation and individualized support for all students with disabilities in "
        "mainstream schools, and train teachers accordingly.")

adv = [
    ("cover", [("United Nations", 12, True, 0),
               ("CRPD/C/VLD/CO/2-3", 12, True, 4),
               ("Convention on the Rights of Persons with Disabilities", 11, False, 10),
               ("Distr.: General\n18 September 2024\nOriginal: English", 10, False, 10),
               ("Committee on the Rights of Persons with Disabilities", 13, True, 40),
               ("Concluding observations on the combined second and third periodic reports of Veldoria", 20, True,
                16),
               ("Adopted by the Committee at its thirty-first session (19 August-13 September 2024)", 10, False,
                30)]),
    ("toc", "Contents"),
    ("h1", "I. Introduction"),
    para(1, "The Committee considered the combined second and third periodic reports of Veldoria "
            "(CRPD/C/VLD/2-3) at its 712th and 713th meetings, held on 27 and 28 August 2024. It adopted the "
            "present concluding observations at its 728th meeting, held on 6 September 2024."),
    para(2, "The Committee welcomes the combined second and third periodic reports of the State party, which were "
            "prepared in response to the list of issues prior to reporting.<sup>1</sup> It appreciates the "
            "constructive dialogue held with the State party's delegation, which included representatives of the "
            "relevant government ministries and of the Office of the Ombudsman."),
    ("notes", [(1, "CRPD/C/VLD/QPR/2-3.")]),
    ("h1", "II. Positive aspects"),
    para(3, "The Committee welcomes the progress achieved by the State party since the consideration of its initial "
            "report in 2016, in particular the adoption of the Accessible Public Services Act 2020 and the "
            "recognition of Veldorian Sign Language as an official language in 2022."),
    para(4, "The Committee also welcomes the designation of the Office of the Ombudsman as the independent "
            "mechanism for monitoring the implementation of the Convention, in accordance with article 33 (2)."),
    ("h1", "III. Principal areas of concern and recommendations"),
    ("h2", "A. General principles and obligations (arts. 1-4)"),
    para(5, "The Committee is concerned that legislation and policies of the State party continue to reflect a "
            "medical approach to disability, and that organizations of persons with disabilities are consulted "
            "only occasionally and late in the legislative process."),
    para(6, "The Committee recommends that the State party:", [("a", S6A), ("b", S6B)]),
    ("h2", "B. Specific rights (arts. 5-30)"),
    ("h3", "Equality and non-discrimination (art. 5)"),
    para(7, "The Committee is concerned that the Equal Treatment Act does not recognize the denial of reasonable "
            "accommodation as discrimination outside the field of employment, and that few cases of disability "
            "discrimination reach the courts."),
    para(8, S8),
    ("h3", "Equal recognition before the law (art. 12)"),
    para(9, "The Committee is concerned that about 19,000 persons with disabilities remain under full or partial "
            "guardianship, and that the 2019 amendments to the Civil Code have not led to a significant reduction "
            "in that number."),
    para(10, S10),
    ("h3", "Living independently and being included in the community (art. 19)"),
    para(11, "The Committee is concerned that some 4,800 persons with disabilities, including children, live in "
             "large residential institutions, that personal assistance is available in only some municipalities, "
             "and that public funds continue to be used to renovate institutions."),
    para(12, "The Committee recommends that the State party:", [("a", S12A), ("b", S12B), ("c", S12C)]),
    ("h3", "Education (art. 24)"),
    para(13, "The Committee is concerned that the number of children with disabilities in special schools has "
             "increased since 2016, and that mainstream schools often lack the resources to provide reasonable "
             "accommodation."),
    para(14, "The Committee recommends that the State party:", [("a", S14A), ("b", S14B)]),
    ("h1", "IV. Follow-up and dissemination"),
    para(15, "The Committee requests the State party to provide, within 12 months and in accordance with article "
             "35 (2) of the Convention, information on the measures taken to implement the recommendations "
             "contained in paragraphs 10 and 12 (a) above."),
    para(16, "The Committee requests the State party to disseminate the present concluding observations, including "
             "in accessible formats, to government officials, parliamentarians and organizations of persons with "
             "disabilities."),
    para(17, "The Committee requests the State party to submit its combined fourth to sixth periodic reports by "
             "2 August 2031."),
]

resp = [
    ("cover", [("United Nations", 12, True, 0),
               ("CRPD/C/VLD/FCO/2-3", 12, True, 4),
               ("Convention on the Rights of Persons with Disabilities", 11, False, 10),
               ("Distr.: General\n3 October 2025\nOriginal: English\nEnglish, French and Spanish only", 10, False,
                10),
               ("Committee on the Rights of Persons with Disabilities", 13, True, 40),
               ("Information received from Veldoria on follow-up to the concluding observations on its combined "
                "second and third periodic reports", 18, True, 16),
               ("[Date received: 12 September 2025]", 10, False, 30)]),
    ("h1", "I. Introduction"),
    para(1, "The present report is submitted in accordance with paragraph 15 of the concluding observations of "
            "the Committee (CRPD/C/VLD/CO/2-3). It was prepared by the Ministry of Social Affairs in co-operation "
            "with the Ministry of Justice and the Ministry of Education."),
    para(2, "A draft of the report was shared with the National Disability Council, which brings together "
            "organizations of persons with disabilities, and its comments were taken into account."),
    ("h1", "II. Information on follow-up to paragraph 12 (a) of the concluding observations"),
    para(3, "On 20 March 2025 the Government adopted the Deinstitutionalization Action Plan 2025-2030. The plan "
            "sets the goal of reducing the number of places in large residential institutions by half by 2030, "
            "with annual benchmarks for each region."),
    para(4, "The plan was drawn up with a working group that included two residents of institutions and "
            "representatives of the National Disability Council. Its implementation will be monitored by the "
            "Ombudsman."),
    para(5, "Funding for the first two years of the plan has been secured. The financing of the later phases "
            "remains subject to the annual State budget, and the Government is therefore not in a position to "
            "commit to the full budget requested by the Committee at this stage."),
    ("h1", "III. Information on follow-up to paragraph 10 of the concluding observations"),
    para(6, "The Government has given careful consideration to the Committee's recommendation. It recalls that the "
            "2019 amendments to the Civil Code introduced supported decision-making agreements and made full "
            "guardianship a measure of last resort, subject to review by a court every three years."),
    para(7, "In the view of the Government, the reformed Civil Code already provides sufficient safeguards for the "
            "autonomy of the person, and the Government does not intend to repeal the provisions on guardianship. "
            "It will continue to promote supported decision-making through training for judges and social "
            "workers."),
    ("h1", "IV. Additional information"),
    ("h3", "Paragraph 12 (c)"),
    para(8, "Since January 2023 no public funds, including European Union structural funds, have been allocated "
            "to the construction or renovation of residential institutions. This rule is laid down in the "
            "Government decree on investment priorities and will be maintained."),
    ("h3", "Paragraph 8"),
    para(9, "The Government has taken note of the recommendation to extend the Equal Treatment Act. It will "
            "consider the matter in the statutory evaluation of the Act due to be completed in 2026."),
    ("h3", "Paragraph 14 (a) and (b)"),
    para(10, "The Government respectfully does not share the Committee's view that resources should be transferred "
             "from special schools. Special schools remain a choice valued by many parents, and there are no plans "
             "to change the legislative framework in that respect."),
    para(11, "At the same time, since 1 September 2024 every pupil with a disability in a mainstream school has a "
             "legal right to an individual support plan, and 2,300 teachers have been trained in providing "
             "reasonable accommodation."),
    ("h1", "V. Conclusion"),
    para(12, "The Government remains committed to the full implementation of the Convention and looks forward to "
             "continuing its dialogue with the Committee."),
]

expected = {
    "recommendations": [
        {"number": "6 (a)", "starts_with": "Review its legislation, including the Social Support Act 2011, to bring "
                                           "the definition",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "6 (b)", "starts_with": "Establish a formal and adequately funded mechanism for consulting "
                                           "organizations",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "8", "starts_with": "The Committee recommends that the State party amend the Equal Treatment Act",
         "reply_contains": "will consider the matter in the statutory evaluation of the Act",
         "verdict": "noted"},
        {"number": "10", "starts_with": "The Committee recommends that the State party repeal the provisions of the "
                                        "Civil Code",
         "reply_contains": "does not intend to repeal the provisions on guardianship",
         "verdict": "disagrees"},
        {"number": "12 (a)", "starts_with": "Adopt a time-bound strategy for deinstitutionalization, with clear "
                                            "benchmarks",
         "reply_contains": "not in a position to commit to the full budget requested",
         "verdict": "partly", "also": ["agrees"]},
        {"number": "12 (b)", "starts_with": "Ensure that municipalities provide personal assistance and "
                                            "community-based support",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "12 (c)", "starts_with": "Stop the investment of public funds, including European Union structural "
                                            "funds",
         "reply_contains": "no public funds, including European Union structural funds, have been allocated",
         "verdict": "agrees"},
        {"number": "14 (a)", "starts_with": "Adopt a legislative definition of inclusive education and a plan with "
                                            "timelines",
         "reply_contains": "respectfully does not share the Committee's view that resources",
         "verdict": "disagrees"},
        {"number": "14 (b)", "starts_with": "Ensure reasonable accommodation and individualized support for all "
                                            "students",
         "reply_contains": "legal right to an individual support plan, and 2,300 teachers",
         "verdict": "agrees"},
    ],
    "unmatched_replies_contain": ["The present report is submitted in accordance with paragraph 15",
                                  "looks forward to continuing its dialogue with the Committee"],
    "notes": "UN treaty body (CRPD) concluding observations and the State party's follow-up report, fictional State "
             "'Veldoria'; LibreOffice Writer from HTML, UN paragraph numbering 1.-17. in a hanging column, lettered "
             "sub-paragraphs (a)-(c) indented under 'The Committee recommends that the State party:', one "
             "footnote under a short rule. Nine recommendations: 6 (a), 6 (b), 8, 10, 12 (a)-(c), 14 (a), 14 (b); a paragraph "
             "without letters is itself one recommendation (8, 10), and the lettered items open with a bare "
             "imperative. 'The Committee is concerned' paragraphs, 'Positive aspects' and the procedural "
             "requests in paragraphs 15-17 (follow-up, dissemination, next report) are not counted. The "
             "follow-up report, numbered 1.-12. afresh, answers the two paragraphs selected for follow-up (12 (a) "
             "then 10) and under 'Additional information' 12 (c), 8 and '14 (a) and (b)' (one heading, opposite "
             "verdicts). 6 (a), 6 (b) and 12 (b) are not answered; paragraph 2 mentions the National Disability "
             "Council but is no reply to 6 (b). 12 (a): plan adopted but the full budget is not committed, "
             "subject to the annual budget (partly, also agrees). 10: 'given careful consideration' then 'already "
             "provides sufficient safeguards ... does not intend to repeal' (disagrees). 12 (c): already done "
             "since 2023 (agrees). 8: 'taken note ... will consider' (noted). 14 (a): 'respectfully does not "
             "share the Committee's view' (disagrees); 14 (b): the legal right and training (agrees). "
             "Introduction and Conclusion answer nothing.",
}

if __name__ == "__main__":
    build(lo_render, adv, f"{NAME}_advice.pdf", header="CRPD/C/VLD/CO/2-3", footer="{page}  GE.24-16870",
          accent="#1f5fa0", body_font="Liberation Serif", size=10.5, title="CRPD/C/VLD/CO/2-3")
    build(lo_render, resp, f"{NAME}_response.pdf", header="CRPD/C/VLD/FCO/2-3", footer="{page}  GE.25-15122",
          accent="#1f5fa0", body_font="Liberation Serif", size=10.5, title="CRPD/C/VLD/FCO/2-3")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)

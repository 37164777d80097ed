"""Blind round 18 (en): Scottish Government-commissioned independent review (ferry services governance) with
numbered recommendations in a summary and in the chapters, answered by a letter from the Cabinet Secretary to
the review's chair that replies in running prose, two recommendations in one paragraph, not in report order.
Engine: LibreOffice Writer from HTML (Liberation fonts), A4; running header and page numbers stamped with PyMuPDF;
contents from a first pass.
Run: /tmp/blind18env/bin/python tests/docs/src/blind18/gen_en_scot_review_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b18 as H

NAME = "blind18_en_scot_review"
T = "Independent Review of Ferry Services Governance"
R = {
    1: "Transport Scotland, CMAL and CalMac Ferries should be brought together under a single body with clear "
       "accountability to Ministers for vessels, ports and services.",
    2: "Island communities should have a statutory right to be consulted on timetables, fares and the "
       "deployment of vessels on their routes.",
    3: "A Community Board should be established for each ferry region, with members drawn from island community "
       "councils and business organisations.",
    4: "Ministers should transfer ownership of the principal harbours used by lifeline services to the new body "
       "within two years.",
    5: "The Scottish Government should publish a 25-year vessel replacement programme, with a standard design "
       "for small vessels, and fund it on a rolling basis.",
    6: "Compensation for disruption should be paid automatically to passengers whose sailings are cancelled at "
       "less than 24 hours\u2019 notice.",
}


def advice():
    b = [("cover", [("The Scottish Government", 12, True, 10), (T, 28, True, 120),
                    ("Report to Scottish Ministers", 14, False, 16), ("Chair: Professor Iain Macdonald", 12, False, 10),
                    ("May 2025", 12, False, 160)]),
         ("toc", "Contents"),
         ("h1", "Foreword by the Chair"),
         ("p", "Ferries are the roads and railways of our island communities. Over the last decade those communities "
          "have lived with cancellations, ageing vessels and a system in which nobody seems to be in charge. We "
          "were asked to look at how that system is governed, and how it should be governed in future."),
         ("p", "I am grateful to the many islanders who spoke to us, often at length and with considerable "
          "patience, and to my fellow panel members.[[1]]"),
         ("notes", [(1, "The panel members were Dr Morag Stewart, Mr Alasdair Allan and Ms Fiona Henderson. "
                        "Secretariat support was provided by the Scottish Government.")]),
         ("h1", "Summary of recommendations"),
         ] + [("np", f"{n}.", R[n]) for n in R] + [
         ("h1", "1. Governance and accountability"),
         ("np", "1.1", "Three public bodies share responsibility for ferry services: Transport Scotland, which "
          "specifies and funds services; Caledonian Maritime Assets Limited (CMAL), which owns vessels and many "
          "harbours; and CalMac Ferries Limited, which operates them."),
         ("np", "1.2", "Almost every witness told us that this tripartite arrangement blurs accountability."),
         ("box", "Recommendation 1", R[1]),
         ("h1", "2. The voice of island communities"),
         ("np", "2.1", "The Islands (Scotland) Act 2018 requires island communities impact assessments, but "
          "communities told us they are consulted late, if at all, on decisions about their services."),
         ("box", "Recommendation 2", R[2]),
         ("box", "Recommendation 3", R[3]),
         ("h1", "3. Harbours and vessels"),
         ("np", "3.1", "Harbours used by lifeline services are owned by CMAL, local authorities, trust ports and "
          "private owners. Investment is uncoordinated."),
         ("box", "Recommendation 4", R[4]),
         ("np", "3.2", "The average age of the major vessel fleet is over 25 years. Seven vessels are older than "
          "35 years."),
         ("box", "Recommendation 5", R[5]),
         ("h1", "4. Passengers"),
         ("np", "4.1", "Passengers are compensated only on application and only for some kinds of disruption."),
         ("box", "Recommendation 6", R[6]),
         ]
    return b


def response():
    return [
        ("p", "<b>Cabinet Secretary for Transport</b>\nFiona Hyslop MSP"),
        ("small", "T: 0300 244 4000\nE: scottish.ministers@gov.scot"),
        ("p", "Professor Iain Macdonald\nChair, Independent Review of Ferry Services Governance\nc/o Transport "
         "Scotland\nGeorge House\n36 North Hanover Street\nGlasgow G1 2AD"),
        ("p", "12 September 2025"),
        ("p", "Dear Professor Macdonald,"),
        ("p", "<b>" + T.upper() + ": SCOTTISH GOVERNMENT RESPONSE</b>"),
        ("p", "Thank you for your report, and please pass on my thanks to the panel. I have now considered your "
         "recommendations carefully with colleagues, and I am writing to set out the Government\u2019s position. "
         "A copy of this letter will be placed in the Scottish Parliament Information Centre."),
        ("p", "I will begin with the structure of the system. I agree that accountability must be clearer. We will "
         "legislate to bring Transport Scotland\u2019s ferry functions, CMAL and CalMac Ferries into a single "
         "public body answerable to Ministers, and a consultation on the necessary Bill will be launched early "
         "next year, as you recommended."),
        ("p", "You also recommended, in your second and third recommendations, a statutory right to be consulted "
         "and a Community Board for each region. I accept both. The Bill will place a duty on the new body to "
         "consult island communities on timetables, fares and vessel deployment, and Community Boards for the "
         "Clyde and Hebrides regions will be set up in shadow form in 2026."),
        ("p", "On vessels, the Government will publish a long-term plan. We have committed \u00a3700 million over "
         "five years to new vessels, and the plan will include a standard design for small vessels; however, "
         "funding beyond the current spending review period can only be indicative, so we cannot fund the "
         "programme on the rolling 25-year basis the review envisaged."),
        ("p", "I have considered carefully your recommendation on harbours. Many of the harbours concerned are "
         "owned by local authorities and trust ports that have made clear they wish to retain them. The "
         "Government has therefore decided not to transfer ownership of harbours to the new body, and will "
         "instead agree investment plans with each owner."),
        ("p", "On compensation, CalMac has asked its passenger forum to examine the case for automatic payments, "
         "and I have asked officials to consider the findings alongside the wider fares review. I will return to "
         "this once that work is complete."),
        ("p", "Finally, I would like to thank the review\u2019s secretariat, whose work over fourteen months was "
         "exemplary, and the many islanders who gave evidence."),
        ("p", "Yours sincerely,\n\nFIONA HYSLOP"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Transport Scotland, CMAL and CalMac Ferries should be brought together under a single body",
         "reply_contains": "We will legislate to bring Transport Scotland\u2019s ferry functions, CMAL and CalMac Ferries into a single",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Island communities should have a statutory right to be consulted on timetables, fares and",
         "reply_contains": "The Bill will place a duty on the new body to consult island communities", "verdict": "agrees"},
        {"number": "3", "starts_with": "A Community Board should be established for each ferry region, with members drawn from",
         "reply_contains": "The Bill will place a duty on the new body to consult island communities", "verdict": "agrees"},
        {"number": "4", "starts_with": "Ministers should transfer ownership of the principal harbours used by lifeline services to",
         "reply_contains": "has therefore decided not to transfer ownership of harbours to the new body", "verdict": "disagrees"},
        {"number": "5", "starts_with": "The Scottish Government should publish a 25-year vessel replacement programme, with a standard",
         "reply_contains": "so we cannot fund the programme on the rolling 25-year basis the review envisaged", "verdict": "partly"},
        {"number": "6", "starts_with": "Compensation for disruption should be paid automatically to passengers whose sailings are cancelled",
         "reply_contains": "CalMac has asked its passenger forum to examine the case for automatic payments", "verdict": "noted"},
    ],
    "unmatched_replies_contain": [],
    "notes": "Scottish Government-commissioned 'Independent Review of Ferry Services Governance' (LibreOffice Writer "
             "from HTML; running header/page numbers stamped with PyMuPDF) + a two-page letter from the Cabinet "
             "Secretary for Transport to the chair. Advice: cover, contents with page numbers, chair's foreword with a "
             "footnote, 'Summary of recommendations' 1.-6. (plain numbered list, number column), then chapters with "
             "numbered paragraphs 1.1 etc. and each recommendation repeated in a shaded box 'Recommendation N'. "
             "Response: a letter in running prose with NO numbers or headings per recommendation (only 'your second "
             "and third recommendations' in words); order 1, 2+3 together, 5, 4, 6. Verdicts: 5 partly (plan and "
             "standard design yes, rolling 25-year funding no), 4 disagrees, 6 noted (passed to CalMac's forum and "
             "officials, will return to it). No unmatched reply.",
}

if __name__ == "__main__":
    kw = dict(header=T, footer="{page}", title=T)
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="", footer="Page {page}")
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

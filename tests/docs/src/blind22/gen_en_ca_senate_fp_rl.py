"""Blind round 22 (English): Canadian Standing Senate Committee report ('Recommendation N / That the Government of
Canada ...') + the Government Response in prose grouped by theme. Advice fpdf2, response reportlab."""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _b22en import DOCS, build, fp_render, rl_render  # noqa: E402

NAME = "blind22_en_ca_senate"

R = {
    1: "That the Government of Canada accelerate the Universal Broadband Fund so that every household in Yukon, "
       "the Northwest Territories and Nunavut has access to 50/10 Mbps internet service by 2027 rather than 2030.",
    2: "That Innovation, Science and Economic Development Canada publish, at least once a year, community-level "
       "maps of broadband and mobile coverage, developed in partnership with Indigenous communities.",
    3: "That the Governor in Council issue a policy direction requiring the Canadian Radio-television and "
       "Telecommunications Commission to mandate wholesale access to low-earth-orbit satellite capacity.",
    4: "That the Government of Canada establish a dedicated fund to cover the operating and maintenance costs of "
       "community-owned networks in remote Indigenous communities.",
    5: "That the Government of Canada ensure that continuous mobile coverage is available along all primary "
       "highways in the three territories by 2028.",
    6: "That Public Safety Canada work with territorial governments to ensure that every community has a "
       "redundant connection for 9-1-1 and emergency alerting services.",
    7: "That the Government of Canada report to the committee within two years of the tabling of this report on "
       "the implementation of its recommendations.",
}


def rec(n):
    return ("box", f"RECOMMENDATION {n}", R[n])


adv = [
    ("cover", [("SENATE  |  S\u00c9NAT  CANADA", 11, True, 10),
               ("Connecting the North", 28, True, 70),
               ("Broadband and Mobile Access in Northern and Remote Communities", 14, False, 10),
               ("Report of the Standing Senate Committee on Transport and Communications", 12, False, 40),
               ("The Honourable Leo Housakos, Chair\nThe Honourable Julie Miville-Dechene, Deputy Chair", 10,
                False, 20),
               ("Ninth Report  |  October 2024", 11, True, 60)]),
    ("toc", "Table of Contents"),
    ("h1", "Members"),
    ("p", "The Honourable Senators who participated in this study: Leo Housakos (Chair), Julie Miville-Dechene "
          "(Deputy Chair), Dennis Dawson, Pat Duncan, Margo Greenwood, Bernadette Clement, Michael L. MacDonald "
          "and Paula Simons. Ex officio members: Marc Gold, P.C. and Donald Neil Plett."),
    ("h1", "Order of Reference"),
    ("p", "Extract from the <i>Journals of the Senate</i> of 15 February 2024: That the Standing Senate Committee "
          "on Transport and Communications be authorized to examine and report on access to broadband and mobile "
          "services in northern, rural and remote communities, and that the committee submit its final report no "
          "later than 31 October 2024."),
    ("h1", "Introduction"),
    ("p", "Reliable connectivity is no longer a luxury. It is how northerners see a doctor, finish school, run a "
          "business and call for help. Yet in 2023 only 58% of households in the territories had access to "
          "50/10 Mbps service, compared with 93% nationally.[[1]]"),
    ("p", "Over eleven meetings, the committee heard from 46 witnesses, including territorial ministers, "
          "Indigenous governments, internet service providers, satellite operators and the Canadian "
          "Radio-television and Telecommunications Commission (CRTC). This report sets out what we heard and "
          "makes seven recommendations."),
    ("notes", [(1, "CRTC, <i>Communications Market Reports</i>, 2024, broadband availability by province and "
                   "territory.")]),
    ("h1", "Closing the Gap"),
    ("p", "The federal target is for 98% of Canadians to have 50/10 Mbps access by 2026 and 100% by 2030. "
          "Witnesses from Nunavut told the committee that at current rates, the territory would not reach the "
          "target until well after 2030. \u201cOur communities cannot wait another decade,\u201d one mayor told "
          "us."),
    ("p", "Accordingly, the committee recommends:"),
    rec(1),
    ("p", "Mobile coverage along highways is a matter of safety. Long stretches of the Alaska, Dempster and "
          "Mackenzie highways have no signal at all, and motorists in distress may wait hours for help."),
    ("p", "The committee therefore recommends:"),
    rec(5),
    ("h1", "Knowing Where the Gaps Are"),
    ("p", "Several witnesses questioned the accuracy of the national broadband map, which shows coverage by "
          "hexagon rather than by community and relies on data provided by carriers. Indigenous governments "
          "said they were rarely consulted on whether the map reflected reality on the ground."),
    rec(2),
    ("h1", "Satellites, Competition and Regulation"),
    ("p", "Low-earth-orbit satellite service has transformed access in some communities, but prices remain high "
          "and smaller providers cannot buy capacity on fair terms. The CRTC told the committee that it had no "
          "current proceeding on satellite wholesale access."),
    rec(3),
    ("h1", "Community Networks and Resilience"),
    ("p", "Community-owned networks have proved effective, but federal programs fund construction and not "
          "operation. Several networks are at risk of failing once their capital grants end."),
    rec(4),
    ("p", "In 2023 a single fibre cut left communities in the Northwest Territories without 9-1-1 service for "
          "more than 24 hours. Witnesses stressed that redundancy must be built in for emergency services."),
    rec(6),
    ("h1", "Conclusion"),
    ("p", "The committee believes that its recommendations are practical and achievable. To ensure that they do "
          "not gather dust, the committee makes one final recommendation:"),
    rec(7),
]

resp = [
    ("cover", [("Government Response to the Ninth Report of the Standing Senate Committee on Transport and "
                "Communications", 18, True, 50),
               ("Connecting the North: Broadband and Mobile Access in Northern and Remote Communities", 12, False,
                12),
               ("Tabled in the Senate, February 2025", 10, False, 40)]),
    ("h1", "Introduction"),
    ("p", "The Government of Canada thanks the members of the Standing Senate Committee on Transport and "
          "Communications for their report. The Government shares the committee's view that northerners must "
          "have the same access to reliable, affordable connectivity as other Canadians. This response is "
          "organized around the themes of the report."),
    ("h2", "Federal investments to date"),
    ("p", "Since 2019 the Government has committed $3.2 billion through the Universal Broadband Fund and the "
          "Canada Infrastructure Bank to connectivity projects, including the Arctic fibre link to Iqaluit and "
          "five satellite projects serving 44 northern communities."),
    ("h2", "Closing the gap"),
    ("p", "The Government supports in principle the committee's recommendation on highway coverage "
          "(Recommendation 5). The Mobile Fund stream of the Universal Broadband Fund is open to highway "
          "projects, but achieving continuous coverage by 2028 will depend on co-funding by territorial "
          "governments and carriers, and the Government cannot commit to that date on its own."),
    ("p", "On Recommendation 1, the Government remains committed to connecting every household by 2030. Having "
          "considered the request for an earlier date carefully, the Government has concluded that moving the "
          "target to 2027 is not realistic given the short northern construction season, and the 2030 target "
          "will be maintained."),
    ("h2", "Data and mapping"),
    ("p", "The Government agrees with Recommendation 2. ISED will begin publishing annual community-level "
          "coverage maps in 2025, and is co-developing the methodology with the Assembly of First Nations and "
          "Inuit Tapiriit Kanatami."),
    ("h2", "Community networks and public safety"),
    ("p", "The Government agrees with the objective of Recommendation 4 but does not intend to create a separate "
          "fund. Instead, eligibility for operating costs under the Universal Broadband Fund will be extended to "
          "five years for community-owned networks."),
    ("p", "With respect to Recommendation 6, Public Safety Canada has convened a federal-territorial working "
          "group on 9-1-1 resilience, which will deliver redundancy plans for all territorial communities by "
          "March 2026."),
    ("h2", "Regulation"),
    ("p", "The CRTC is an independent regulator. The Government takes note of Recommendation 3 and has shared "
          "the committee's report with the Commission, which will determine whether a proceeding on satellite "
          "wholesale access is warranted."),
    ("h2", "Conclusion"),
    ("p", "The Government will provide the committee with a written update on progress in the spring of 2027. "
          "It thanks the witnesses who appeared before the committee, many of whom travelled long distances."),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "That the Government of Canada accelerate the Universal Broadband Fund so that",
         "reply_contains": "the Government has concluded that moving the target to 2027 is not realistic",
         "verdict": "disagrees"},
        {"number": "2", "starts_with": "That Innovation, Science and Economic Development Canada publish, at least "
                                       "once a year",
         "reply_contains": "ISED will begin publishing annual community-level coverage maps in 2025",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "That the Governor in Council issue a policy direction requiring the "
                                       "Canadian Radio-television",
         "reply_contains": "has shared the committee's report with the Commission", "verdict": "noted"},
        {"number": "4", "starts_with": "That the Government of Canada establish a dedicated fund to cover the "
                                       "operating",
         "reply_contains": "but does not intend to create a separate fund", "verdict": "partly"},
        {"number": "5", "starts_with": "That the Government of Canada ensure that continuous mobile coverage is "
                                       "available",
         "reply_contains": "the Government cannot commit to that date on its own", "verdict": "partly"},
        {"number": "6", "starts_with": "That Public Safety Canada work with territorial governments to ensure",
         "reply_contains": "convened a federal-territorial working group on 9-1-1 resilience", "verdict": "agrees"},
        {"number": "7", "starts_with": "That the Government of Canada report to the committee within two years",
         "reply_contains": "will provide the committee with a written update on progress in the spring of 2027",
         "verdict": "agrees"},
    ],
    "unmatched_replies_contain": ["including the Arctic fibre link to Iqaluit"],
    "notes": "Canadian Standing Senate Committee report and the Government Response tabled in the Senate; advice "
             "fpdf2 (A4, Liberation, page-foot footnote), response reportlab (DejaVu Sans). Recommendations in "
             "shaded boxes headed 'RECOMMENDATION N', each text a 'That ...' clause, introduced by 'the committee "
             "recommends:'; the report's order is 1, 5, 2, 3, 4, 6, 7 (numbered in order of importance, not of "
             "appearance). The response is prose by theme with no quotations: recommendations are named only "
             "inline ('(Recommendation 5)', 'On Recommendation 1', 'With respect to Recommendation 6'); order 5, "
             "1, 2, 4, 6, 3, 7. 1: 'having considered ... not realistic ... 2030 target will be maintained' "
             "(disagrees, a polite refusal). 5: 'supports in principle' but cannot commit to the date (partly). "
             "4: agrees with the objective, no separate fund, operating-cost eligibility extended instead "
             "(partly). 3: independent regulator, 'takes note', report shared (noted). 7 is answered in the "
             "Conclusion without its number (agrees). 'Federal investments to date' answers nothing.",
}

if __name__ == "__main__":
    build(fp_render, adv, f"{NAME}_advice.pdf", header="Connecting the North \u2014 Standing Senate Committee on "
                                                       "Transport and Communications", footer="{page}",
          accent=(140, 20, 30), family="serif", size=10.5, title="Connecting the North")
    build(rl_render, resp, f"{NAME}_response.pdf", header="Government Response \u2014 Connecting the North",
          footer="{page}", accent=(0.55, 0.08, 0.12), font="Sans", size=10, title="Government Response")
    (DOCS / f"{NAME}.expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print("wrote", NAME)

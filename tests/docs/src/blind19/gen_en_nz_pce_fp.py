"""Blind round 19 (en): New Zealand Parliamentary Commissioner for the Environment report whose recommendations
are lower-case clauses numbered 1-7 CONTINUOUSLY under three addressee lead-ins ('The Commissioner recommends
that the Minister for the Environment:' 1-4, '... the Minister of Local Government:' 5-6, '... regional
councils:' 7); answered by the Minister for the Environment's letter in running prose that names the
recommendations only by ordinals ('your fourth recommendation'), in another order, answers the fifth and sixth in
one paragraph on a colleague's behalf, passes the seventh on, and closes with a general comment.
Engine: fpdf2 (Liberation Sans), A4; footnotes at the page foot; contents from a first pass.
Run: /tmp/blind19en/bin/python tests/docs/src/blind19/gen_en_nz_pce_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19en as H

NAME = "blind19_en_nz_pce"
T = "Down the drain: urban stormwater and the health of our streams and harbours"
R = {
    1: "amend the National Policy Statement for Freshwater Management to require regional councils to set "
       "limits for copper and zinc in urban streams",
    2: "develop a national environmental standard for stormwater that sets minimum treatment requirements for "
       "new subdivisions and roads",
    3: "introduce regulations under the Waste Minimisation Act 2008 so that vehicle brake pads sold in New "
       "Zealand meet a low-copper standard",
    4: "fund a national urban stream monitoring programme, run with regional councils, that reports on "
       "stormwater contaminants every three years",
    5: "require the stormwater management plans of water services providers to include targets for reducing "
       "impervious cover in existing urban areas",
    6: "ensure that the economic regulation of water services by the Commerce Commission covers stormwater as "
       "well as drinking water and wastewater",
    7: "publish, for each urban catchment, an assessment of the cumulative effects of stormwater discharges on "
       "the streams and harbours that receive them by 2027.",
}


def rec(n, last=False):
    return ("np", f"{n}.", R[n] + ("" if n == 7 else ("." if last else ";")))


def advice():
    return [
        ("cover", [("Parliamentary Commissioner for the Environment", 13, True, 10),
                   ("Te Kaitiaki Taiao a Te Whare P\u0101remata", 12, False, 4),
                   ("Down the drain", 30, True, 80),
                   ("Urban stormwater and the health of our streams and harbours", 16, False, 6),
                   ("March 2025", 12, False, 40),
                   ("This report may be cited as: Parliamentary Commissioner for the Environment, 2025. Down the "
                    "drain: urban stormwater and the health of our streams and harbours. Wellington: "
                    "Parliamentary Commissioner for the Environment.", 9, False, 180)]),
        ("toc", "Contents"),
        ("h1", "Commissioner\u2019s overview"),
        ("p", "Every time it rains, the roofs, roads and car parks of our towns and cities shed water into a network "
              "of pipes that, for the most part, discharges straight into the nearest stream or harbour. That water "
              "carries with it whatever it has picked up on the way: copper from brake pads, zinc from roofs and "
              "fences, sediment from building sites, and a cocktail of hydrocarbons from vehicles."),
        ("p", "Stormwater is the poor relation of the three waters. Drinking water and wastewater have been the focus "
              "of successive reforms, and rightly so. But the effects of stormwater on urban streams are in many "
              "places as serious as those of wastewater overflows, and they are growing as our cities grow and as "
              "heavier rainfall becomes more frequent."),
        ("p", "This report looks at how stormwater is managed, what we know about its effects, and what would need to "
              "change for our urban streams to recover. It makes seven recommendations, most of them to the "
              "Government. I hope they will be considered as the Government reshapes both the resource management "
              "system and the delivery of water services."),
        ("p", "<b>Dr Helen Marsh</b>\nParliamentary Commissioner for the Environment"),
        ("h1", "1 Introduction"),
        ("p", "Urban areas cover less than one per cent of New Zealand\u2019s land, but the streams that drain them "
              "are among the most degraded in the country. Of the monitored urban sites reported in Our Fresh Water "
              "2023, more than 90 per cent had macroinvertebrate scores indicating poor or very poor ecological "
              "health.[[1]] Many urban harbours and estuaries, including the upper Waitemat\u0101 and the Avon"
              "\u2013Heathcote Estuary, have sediments in which copper and zinc exceed guideline values."),
        ("notes", [(1, "Ministry for the Environment and Stats NZ, 2023. Our freshwater 2023. The indicator draws on "
                       "data collected by regional councils at 1,200 monitored sites, of which 74 are urban.")]),
        ("p", "The investigation drew on a review of council plans and consents, interviews with staff in eight "
              "regional councils and twelve territorial authorities, and new analysis of contaminant data "
              "commissioned from the National Institute of Water and Atmospheric Research."),
        ("h1", "2 How urban stormwater is managed"),
        ("p", "Under the Resource Management Act 1991, regional councils control discharges of contaminants to water. "
              "Most have chosen to authorise urban stormwater through network discharge consents held by city and "
              "district councils, which own and operate the pipes, open channels and treatment devices. Conditions "
              "on these consents are typically framed as requirements to \u2018adopt the best practicable option\u2019 "
              "and to prepare a stormwater management plan."),
        ("p", "The Local Government (Water Services) Act 2025 allows councils to transfer their water services, "
              "including stormwater, to new council-controlled organisations. Economic regulation by the Commerce "
              "Commission will apply to drinking water and wastewater from 2026; whether and when it will extend to "
              "stormwater has not been decided."),
        ("p", "Nationally, the National Policy Statement for Freshwater Management sets objectives for ecosystem "
              "health, but it contains no attribute for metals, and there is no national environmental standard for "
              "stormwater. Treatment requirements for new development therefore vary widely between regions."),
        ("h1", "3 What is going wrong"),
        ("h2", "3.1 Contaminants from roads and roofs"),
        ("p", "The analysis carried out for this report estimates that brake pad wear is the largest single source of "
              "copper in urban stormwater, and that unpainted galvanised roofs are the largest source of zinc. "
              "California and Washington State have required low-copper brake pads since 2021, and manufacturers "
              "supplying those markets already produce compliant pads.[[2]]"),
        ("notes", [(2, "Under the Better Brakes laws, brake pads sold in those states must contain less than 0.5 per "
                       "cent copper by weight from 2025.")]),
        ("h2", "3.2 Growing impervious cover"),
        ("p", "Infill housing has increased the proportion of impervious surfaces in many older suburbs. In parts of "
              "Auckland, Hamilton and Christchurch studied for this report, impervious cover rose by between 6 and 11 "
              "percentage points in a decade. Each increase adds to the volume and speed of runoff, eroding stream "
              "banks and carrying more contaminants further downstream."),
        ("h2", "3.3 Monitoring that does not add up"),
        ("p", "Regional councils monitor urban streams in different ways and at different frequencies. No council "
              "routinely measures dissolved metals at all its urban sites, and there is no national picture of "
              "whether stormwater quality is improving or getting worse. Nor do councils assess the combined effect "
              "of the many consented discharges to the same stream or harbour."),
        ("h2", "3.4 Findings"),
        ("p", "In summary, I find that stormwater is a major and growing pressure on urban waterways; that the "
              "national framework gives councils little direction; that the main contaminant sources are products "
              "over which councils have no control; and that the information needed to manage the problem is not "
              "being collected."),
        ("h1", "4 Recommendations"),
        ("p", "The Commissioner recommends that the Minister for the Environment:"),
        rec(1), rec(2), rec(3), rec(4, last=True),
        ("p", "The Commissioner recommends that the Minister of Local Government:"),
        rec(5), rec(6, last=True),
        ("p", "The Commissioner recommends that regional councils:"),
        rec(7),
        ("p", "The Commissioner further recommends that the House take note of this report."),
    ]


def response():
    return [
        ("p", "<b>Hon Andrew Kerr</b>\nMinister for the Environment"),
        ("small", "Private Bag 18041, Parliament Buildings, Wellington 6160, New Zealand"),
        ("p", "Dr Helen Marsh\nParliamentary Commissioner for the Environment\nPO Box 10 241\nWellington 6143"),
        ("p", "2 July 2025"),
        ("p", "T\u0113n\u0101 koe Dr Marsh"),
        ("p", "Thank you for your report Down the drain: urban stormwater and the health of our streams and harbours, "
              "which I have read with great interest. I share your view that stormwater has received too little "
              "attention, and I am writing to set out the Government\u2019s response to your recommendations."),
        ("p", "I will start with the evidence base, because much else depends on it. I agree with your fourth "
              "recommendation, and I am pleased to say that it is already being implemented: Budget 2025 provides "
              "$4.2 million over four years for a national urban stream monitoring programme, to be run with "
              "regional councils, and the first national report is due in 2027."),
        ("p", "Your first recommendation I accept in principle. Copper and zinc will be considered in the current "
              "review of the National Policy Statement for Freshwater Management. However, the Government\u2019s "
              "preference is to provide national guidance on these metals and to leave the setting of numerical "
              "limits to regional councils, which are better placed to reflect the conditions of each catchment."),
        ("p", "A national environmental standard for stormwater, as proposed in your second recommendation, will be "
              "considered alongside the other national direction being developed for the new planning system. It "
              "is too early for me to give a view on it."),
        ("p", "I have given careful thought to your third recommendation. New Zealand is a small market that imports "
              "almost all of its brake pads, and a standard applying only here could raise costs for motorists "
              "without changing what manufacturers produce. The Government therefore does not propose to regulate "
              "brake pad composition at this stage, although officials will keep developments overseas under "
              "review."),
        ("p", "Your fifth and sixth recommendations are for my colleague the Minister of Local Government, who has "
              "asked me to reply on her behalf. The Government intends that economic regulation by the Commerce "
              "Commission will extend to stormwater services, and regulations to that effect will be made before "
              "the regime takes effect in 2026. On impervious cover, stormwater management plans will be required "
              "to report on changes in impervious cover, but the Government is not convinced that reduction targets "
              "for existing urban areas would be workable, and it will not require them."),
        ("p", "Your seventh recommendation is addressed to regional councils, and it is for them to respond. I have "
              "asked the Ministry to share your report with the chief executives of the regional sector."),
        ("p", "More broadly, your report arrives as the Government replaces the Resource Management Act, and I can "
              "assure you that the issues it raises will be taken into account in that work. I would welcome the "
              "opportunity to discuss it with you."),
        ("p", "N\u0101ku noa, n\u0101\n\n\nHon Andrew Kerr\nMinister for the Environment"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "amend the National Policy Statement for Freshwater Management to require regional councils",
         "reply_contains": "the Government\u2019s preference is to provide national guidance on these metals",
         "verdict": "partly"},
        {"number": "2", "starts_with": "develop a national environmental standard for stormwater that sets minimum treatment",
         "reply_contains": "It is too early for me to give a view on it", "verdict": "noted"},
        {"number": "3", "starts_with": "introduce regulations under the Waste Minimisation Act 2008 so that vehicle brake pads",
         "reply_contains": "The Government therefore does not propose to regulate brake pad composition",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "fund a national urban stream monitoring programme, run with regional councils",
         "reply_contains": "Budget 2025 provides $4.2 million over four years for a national urban stream",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "require the stormwater management plans of water services providers to include targets",
         "reply_contains": "stormwater management plans will be required to report on changes in impervious cover",
         "verdict": "partly", "also": ["disagrees"]},
        {"number": "6", "starts_with": "ensure that the economic regulation of water services by the Commerce Commission covers",
         "reply_contains": "economic regulation by the Commerce Commission will extend to stormwater services",
         "verdict": "agrees"},
        {"number": "7", "starts_with": "publish, for each urban catchment, an assessment of the cumulative effects",
         "reply_contains": "asked the Ministry to share your report with the chief executives of the regional sector",
         "verdict": "noted"},
    ],
    "unmatched_replies_contain": ["your report arrives as the Government replaces the Resource Management Act"],
    "notes": "New Zealand Parliamentary Commissioner for the Environment report + the Minister for the Environment's "
             "letter (fpdf2, A4, Liberation Sans, footnotes at the page foot). Advice: cover (with the te reo M\u0101ori "
             "name), contents, Commissioner's overview, chapters 1-3 (with a '3.4 Findings' paragraph that is not a "
             "recommendation), then '4 Recommendations': three addressee lead-ins ('The Commissioner recommends "
             "that the Minister for the Environment:' / '... the Minister of Local Government:' / '... regional "
             "councils:') with lower-case clauses ending ';' numbered 1-7 CONTINUOUSLY across the groups (hanging "
             "numbers), and the boilerplate 'further recommends that the House take note of this report' (not "
             "counted). Response: a letter in prose without headings or numbers, naming recommendations only by "
             "ordinals ('your fourth recommendation'); order 4, 1, 2, 3, 5+6 (one paragraph, answered on behalf of "
             "the Minister of Local Government, sixth answered before fifth inside it), 7; the first paragraph "
             "(thanks) and the last ('More broadly ...') answer nothing. Verdicts: 4 agrees (already funded in "
             "Budget 2025); 1 partly ('accept in principle', guidance instead of limits); 2 noted (will be "
             "considered, 'too early ... to give a view'); 3 disagrees (mild 'does not propose to', keep under "
             "review); 6 agrees; 5 partly (reporting on impervious cover yes, reduction targets no; disagrees "
             "defensible); 7 noted (addressed to regional councils, passed on to them, no position taken).",
}

if __name__ == "__main__":
    kw = dict(header="Parliamentary Commissioner for the Environment  |  Down the drain", footer="{page}", title=T,
              accent=(0, 98, 86), family="sans", size=10.5)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="", footer="{page}", size=10)
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

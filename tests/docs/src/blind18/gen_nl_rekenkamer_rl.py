"""Blind round 18 (nl): Algemene Rekenkamer-rapport (subsidies energiebesparing) met aanbevelingen in een lijst, en
als response het hoofdstuk 'Reactie minister en nawoord Algemene Rekenkamer' (reactie per aanbeveling zonder
nummers, gevolgd door een nawoord van de Rekenkamer).
Engine: reportlab (DejaVu), A4, lopende kop, paginanummers, inhoudsopgave uit een eerste pass.
Run: /tmp/blind18env/bin/python tests/docs/src/blind18/gen_nl_rekenkamer_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b18 as H

NAME = "blind18_nl_rekenkamer"
T = "Subsidies voor energiebesparing door huishoudens"
R = {
    1: "stel voor elke subsidieregeling vooraf vast welk effect op het energieverbruik wordt beoogd en hoe dat "
       "wordt gemeten;",
    2: "laat de Rijksdienst voor Ondernemend Nederland steekproefsgewijs ter plaatse controleren of de "
       "gesubsidieerde maatregelen zijn uitgevoerd;",
    3: "richt de regelingen zo in dat huishoudens met een laag inkomen een groter deel van het budget "
       "ontvangen;",
    4: "breng de regelingen voor isolatie en warmtepompen onder in één loket met één aanvraagprocedure.",
}


def advice():
    return [
        ("cover", [("Algemene Rekenkamer", 14, True, 10), (T, 28, True, 110),
                   ("Doelmatigheid en doeltreffendheid van de ISDE en de SVVE", 13, False, 14),
                   ("22 mei 2025", 11, False, 170)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "Het Rijk gaf tussen 2020 en 2024 ruim \u20ac 2,1 miljard uit aan subsidies waarmee huishoudens hun "
         "woning kunnen verduurzamen. Wij onderzochten of bekend is wat deze subsidies opleveren. Dat is "
         "grotendeels niet het geval: de minister weet niet hoeveel energie met de subsidies is bespaard.[[1]]"),
        ("notes", [(1, "ISDE: Investeringssubsidie duurzame energie en energiebesparing; SVVE: Subsidieregeling "
                       "verduurzaming voor verenigingen van eigenaars.")]),
        ("h1", "1 Inleiding"),
        ("np", "1.1", "Dit onderzoek maakt deel uit van ons programma Klimaat en energie. Wij keken naar de "
         "periode 2020 tot en met 2024."),
        ("np", "1.2", "Onze onderzoeksvraag luidde: in hoeverre zijn de subsidies doeltreffend en doelmatig?"),
        ("h1", "2 Bevindingen"),
        ("np", "2.1", "Voor geen van beide regelingen is vooraf vastgelegd welke besparing wordt beoogd."),
        ("np", "2.2", "RVO controleert aanvragen administratief. Controles ter plaatse vonden in 2023 niet plaats."),
        ("np", "2.3", "Van het ISDE-budget ging 11% naar huishoudens in de laagste twee inkomenskwintielen.[[2]]"),
        ("np", "2.4", "Huishoudens moeten voor isolatie en een warmtepomp soms twee aanvragen doen bij "
         "verschillende loketten."),
        ("notes", [(2, "CBS, bewerking Algemene Rekenkamer op basis van RVO-gegevens over 2022\u20132024.")]),
        ("h1", "3 Conclusies en aanbevelingen"),
        ("h2", "3.1 Conclusies"),
        ("p", "De minister weet niet of de subsidies doeltreffend zijn. De controle op de uitvoering is beperkt en "
         "de subsidies komen vooral terecht bij huishoudens met een hoger inkomen."),
        ("h2", "3.2 Aanbevelingen"),
        ("p", "Wij bevelen de minister van Klimaat en Groene Groei aan:"),
    ] + [("np", "\u2022", R[n]) for n in R] + [
        ("p", "Daarnaast vragen wij de minister om de Tweede Kamer jaarlijks te informeren over de resultaten van "
         "de regelingen."),
    ]


def response():
    return [
        ("h1", "4 Reactie minister en nawoord Algemene Rekenkamer"),
        ("p", "De minister van Klimaat en Groene Groei heeft op 2 mei 2025 gereageerd op ons rapport. Hieronder "
         "geven wij de reactie verkort weer. De volledige reactie staat op www.rekenkamer.nl. Daarna volgt ons "
         "nawoord."),
        ("h2", "4.1 Reactie minister"),
        ("p", "De minister dankt de Algemene Rekenkamer voor het onderzoek. Hij onderschrijft dat het van belang is "
         "om meer zicht te krijgen op de effecten van de subsidies."),
        ("p", "De minister neemt de aanbeveling over om vooraf het beoogde effect vast te leggen. Bij de "
         "herziening van de ISDE per 2026 wordt per maatregel een beoogde besparing in petajoule opgenomen, "
         "die via de Klimaat- en Energieverkenning wordt gevolgd."),
        ("p", "Over de eenvoudiger aanvraag schrijft de minister dat RVO in 2026 één digitaal loket voor isolatie "
         "en warmtepompen opent. Beide regelingen blijven wel bestaan, met elk hun eigen voorwaarden."),
        ("p", "De aanbeveling om het budget meer te richten op lage inkomens neemt de minister niet over. Volgens "
         "hem is een inkomensafhankelijke subsidie uitvoeringstechnisch niet haalbaar voor RVO; het Nationaal "
         "Isolatieprogramma en het Warmtefonds bereiken deze huishoudens al."),
        ("p", "Ten aanzien van de controles ter plaatse merkt de minister op dat RVO sinds 2024 weer fysieke "
         "steekproeven uitvoert. Hij zal met RVO bezien of de omvang daarvan moet worden vergroot."),
        ("h2", "4.2 Nawoord Algemene Rekenkamer"),
        ("p", "Wij zijn verheugd dat de minister onze aanbeveling over het vastleggen van doelen overneemt. Het "
         "verbaast ons dat hij de aanbeveling over lage inkomens niet overneemt: juist deze huishoudens hebben "
         "baat bij verduurzaming. Wij zullen de ontwikkelingen blijven volgen en komen hier in ons "
         "verantwoordingsonderzoek op terug."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "stel voor elke subsidieregeling vooraf vast welk effect op het energieverbruik wordt beoogd",
         "reply_contains": "wordt per maatregel een beoogde besparing in petajoule opgenomen", "verdict": "agrees"},
        {"number": "2", "starts_with": "laat de Rijksdienst voor Ondernemend Nederland steekproefsgewijs ter plaatse controleren",
         "reply_contains": "Hij zal met RVO bezien of de omvang daarvan moet worden vergroot", "verdict": "noted"},
        {"number": "3", "starts_with": "richt de regelingen zo in dat huishoudens met een laag inkomen een groter",
         "reply_contains": "een inkomensafhankelijke subsidie uitvoeringstechnisch niet haalbaar voor RVO", "verdict": "disagrees"},
        {"number": "4", "starts_with": "breng de regelingen voor isolatie en warmtepompen onder in één loket",
         "reply_contains": "Beide regelingen blijven wel bestaan, met elk hun eigen voorwaarden", "verdict": "partly"},
    ],
    "unmatched_replies_contain": ["Wij zullen de ontwikkelingen blijven volgen en komen hier in ons verantwoordingsonderzoek op terug"],
    "notes": "Algemene Rekenkamer report on energy-saving subsidies (reportlab, DejaVu) + as response the closing "
             "chapter '4 Reactie minister en nawoord Algemene Rekenkamer'. Advice: cover, 'Inhoud' with page numbers, "
             "Samenvatting, chapters with paragraphs 2.1 etc. in a number column, two footnotes; section '3.2 "
             "Aanbevelingen' has the lead-in 'Wij bevelen de minister van Klimaat en Groene Groei aan:' and FOUR "
             "BULLETED lower-case clauses ending ';' / '.' (no numbers: number them 1-4 in order), followed by a "
             "plain 'Daarnaast vragen wij ...' sentence that is a request, not a listed recommendation. Response: the "
             "minister's reaction summarised in the third person without numbers, order 1, 4, 3, 2, then the "
             "Rekenkamer's 'Nawoord' that refers back to recommendations 1 and 3 (not a reply; its closing sentence "
             "is unmatched). Verdicts: 4 partly (one loket, but two schemes stay), 3 disagrees, 2 noted (will "
             "consider with RVO).",
}

if __name__ == "__main__":
    kw = dict(header=f"Algemene Rekenkamer  \u2014  {T}", footer="{page}", title=T, accent=(0.55, 0.1, 0.1))
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

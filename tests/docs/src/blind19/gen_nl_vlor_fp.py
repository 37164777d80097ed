"""Blind round 19 (nl, Vlaams): advies van de Algemene Raad van de Vlaamse Onderwijsraad (Vlor) over de evaluatie
van het leersteundecreet, met acht genummerde aanbevelingen in wisselende formuleringen ('De Vlor vraagt ...',
'De raad pleit ervoor ...', gebiedende wijs), en het antwoord van de Vlaamse minister van Onderwijs als brief die
elke aanbeveling cursief citeert (zonder nummer) en daaronder 'Reactie' geeft; 4 na 5, 6 en 7 samen.
Engine: fpdf2 (Liberation Sans/Serif), A4, lopende kop, paginanummers, inhoudsopgave uit een eerste pass.
Run: /tmp/blind19nl/bin/python tests/docs/src/blind19/gen_nl_vlor_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19nl as H

NAME = "blind19_nl_vlor"
T = "Advies over de evaluatie van het leersteundecreet"
R = {
    1: "De Vlor vraagt om de omkadering van de leersteuncentra te koppelen aan het werkelijke aantal leerlingen "
       "met een gemotiveerd verslag of een verslag, en die omkadering jaarlijks bij te stellen.",
    2: "De raad pleit ervoor dat leersteun uiterlijk tien schooldagen na de aanvraag door de school effectief "
       "start, en dat die termijn in het decreet wordt verankerd.",
    3: "Voorzie per school één vast aanspreekpunt binnen het leersteuncentrum, zodat leerkrachten en "
       "zorgcoördinatoren niet telkens met andere begeleiders moeten samenwerken.",
    4: "Investeer in de professionalisering van leerkrachten en zorgcoördinatoren in het gewoon onderwijs over "
       "redelijke aanpassingen, differentiatie en klasmanagement.",
    5: "De Vlor vraagt de toelatingsvoorwaarden voor type 9 te herbekijken, zodat leerlingen met een "
       "autismespectrumstoornis en een normale begaafdheid die in het gewoon onderwijs vastlopen niet uit de "
       "boot vallen.",
    6: "Betrek ouders en leerlingen als volwaardige partners bij het opstellen en bijsturen van het "
       "handelingsplan, en leg dat vast in het pedagogisch project van de school.",
    7: "Ontwikkel een eenvoudige brochure en een digitale wegwijzer voor ouders over hun rechten en over de "
       "weg naar leersteun.",
    8: "Laat in 2028 een tweede, onafhankelijke evaluatie van het leersteundecreet uitvoeren, met bijzondere "
       "aandacht voor de leerlingenaantallen in het buitengewoon onderwijs.",
}


def advice():
    return [
        ("cover", [("Vlaamse Onderwijsraad  \u2013  Algemene Raad", 13, True, 10), (T, 26, True, 100),
                   ("Advies op eigen initiatief, uitgebracht naar aanleiding van twee schooljaren leersteun", 13,
                    False, 12),
                   ("Brussel, 19 februari 2026", 11, False, 150), ("AR-AR-ADV-2026-003", 11, False, 4)]),
        ("toc", "Inhoud"),
        ("h1", "Krachtlijnen"),
        ("p", "Sinds 1 september 2023 werken scholen met leersteuncentra, die leerlingen met specifieke "
         "onderwijsbehoeften in het gewoon onderwijs ondersteunen. Na twee volledige schooljaren maakt de Vlor de "
         "balans op. De raad stelt vast dat het leersteunmodel in veel scholen tot een betere samenwerking heeft "
         "geleid, maar dat de omkadering achterblijft bij de vraag, dat leersteun vaak te laat start en dat "
         "ouders de weg moeilijk vinden."),
        ("p", "De raad formuleert acht aanbevelingen, die in deel 3 van dit advies zijn opgenomen. Ze zijn gericht "
         "aan de Vlaamse Regering. Enkele aanbevelingen vragen ook een inspanning van de onderwijsverstrekkers en "
         "van de leersteuncentra zelf."),
        ("h1", "1 Situering"),
        ("p", "Het decreet over de leersteun verving het zogenaamde M-decreet en de ondersteuningsnetwerken. Elke "
         "school voor gewoon onderwijs is aangesloten bij één leersteuncentrum, dat op vraag van de school "
         "leersteun biedt aan leerlingen met een gemotiveerd verslag of een verslag.[[1]] Het decreet voorzag "
         "een evaluatie na twee schooljaren."),
        ("p", "De Algemene Raad besliste in september 2025 om op eigen initiatief een advies voor te bereiden. De "
         "commissie Leersteun bevroeg daarvoor zorgcoördinatoren, directies, medewerkers van leersteuncentra, CLB's "
         "en ouderverenigingen. Daarnaast baseert het advies zich op de cijfers van AGODI en op het "
         "onderwijsinspectierapport <i>Leersteun in beeld</i>.[[2]]"),
        ("notes", [(1, "Decreet van 16 juni 2023 over de leersteun, <i>Belgisch Staatsblad</i> 4 augustus 2023."),
                   (2, "Onderwijsinspectie, <i>Leersteun in beeld. Tussentijdse bevindingen</i>, Brussel, "
                    "oktober 2025.")]),
        ("h1", "2 Vaststellingen"),
        ("h2", "2.1 Omkadering en organisatie"),
        ("p", "De omkadering van de leersteuncentra wordt berekend op basis van een vaste verdeelsleutel die is "
         "afgeleid van het aantal leerlingen in het schooljaar 2022-2023. Het aantal leerlingen met een "
         "gemotiveerd verslag is sindsdien met ongeveer 14 procent gestegen. Leersteuncentra moeten daardoor "
         "keuzes maken: sommige leerlingen krijgen minder uren leersteun dan nodig, andere komen op een "
         "wachtlijst."),
        ("p", "Scholen rapporteren dat tussen de aanvraag en de eerste begeleiding gemiddeld zes weken verlopen. "
         "In de eerste maanden van het schooljaar loopt dat op tot tien weken. Voor een leerling die vastloopt, "
         "is dat een lange periode."),
        ("p", "Leerkrachten waarderen de expertise van de medewerkers van de leersteuncentra, maar ervaren de "
         "wisselingen als een probleem. Een school werkt vaak met vijf of meer begeleiders van hetzelfde "
         "centrum, die elk een andere aanpak hebben."),
        ("h2", "2.2 Leerkrachten in het gewoon onderwijs"),
        ("p", "Het leersteunmodel veronderstelt dat het gewoon onderwijs zelf een brede basiszorg en verhoogde "
         "zorg biedt. Veel leerkrachten voelen zich daar onvoldoende op voorbereid. Het aanbod aan nascholing over "
         "redelijke aanpassingen is versnipperd, en leerkrachten kunnen er door het lerarentekort moeilijk aan "
         "deelnemen."),
        ("h2", "2.3 Buitengewoon onderwijs"),
        ("p", "Het aantal leerlingen in het buitengewoon onderwijs stijgt opnieuw, vooral in type 9. Tegelijk "
         "melden CLB's dat leerlingen met een autismespectrumstoornis en een normale begaafdheid tussen de "
         "plooien vallen: zij voldoen niet aan de voorwaarden voor type 9 omdat zij in het gewoon onderwijs "
         "geen verslag kregen, maar lopen daar wel vast."),
        ("h2", "2.4 Ouders en leerlingen"),
        ("p", "Ouders vinden de weg naar leersteun moeilijk. Zij weten vaak niet dat zij zelf om overleg kunnen "
         "vragen, en worden niet altijd betrokken bij het handelingsplan. Ook leerlingen zelf komen in de "
         "gesprekken weinig aan het woord, terwijl het Verdrag inzake de rechten van personen met een handicap "
         "hun participatie vooropstelt.[[3]]"),
        ("notes", [(3, "Artikel 24 van het VN-Verdrag inzake de rechten van personen met een handicap.")]),
        ("h1", "3 Aanbevelingen"),
        ("p", "Op basis van deze vaststellingen formuleert de Vlor de volgende aanbevelingen. Tenzij anders vermeld, "
         "zijn ze gericht aan de Vlaamse Regering."),
    ] + [("np", f"{n}.", R[n]) for n in R] + [
        ("h1", "4 Tot slot"),
        ("p", "De Vlor is bereid om mee te werken aan de uitwerking van deze aanbevelingen en wil graag betrokken "
         "worden bij de voorbereiding van de tweede evaluatie. De raad vraagt de minister om binnen drie maanden "
         "te antwoorden op dit advies."),
        ("p", "Namens de Algemene Raad,\n\nEls Vandenbroucke, secretaris-generaal\nPieter Heylen, voorzitter"),
    ]


def response():
    return [
        ("p", "<b>VLAAMSE REGERING</b>\nDe Vlaamse minister van Onderwijs"),
        ("small", "Koning Albert II-laan 15, 1210 Brussel  \u2013  kabinet.onderwijs@vlaanderen.be"),
        ("p", "Aan de heer Pieter Heylen\nvoorzitter van de Vlaamse Onderwijsraad\nKoning Albert II-laan 37\n"
         "1030 Brussel"),
        ("small", "uw bericht van 19 februari 2026  |  uw kenmerk AR-AR-ADV-2026-003  |  ons kenmerk "
         "KAB/ON/2026/0517  |  Brussel, 8 mei 2026"),
        ("p", "<b>Betreft: antwoord op het advies over de evaluatie van het leersteundecreet</b>"),
        ("p", "Geachte voorzitter,"),
        ("p", "Ik dank de Vlaamse Onderwijsraad voor zijn advies over de evaluatie van het leersteundecreet. Het "
         "advies komt op een goed moment: de evaluatie die het decreet zelf voorschrijft, loopt en ik zal de "
         "inzichten van de raad daarin meenemen. Hieronder ga ik op de aanbevelingen in. Ik citeer telkens de "
         "aanbeveling en geef daarna mijn reactie."),
        ("quote", R[1]),
        ("p", "<b>Reactie</b>"),
        ("p", "Ik treed de raad hierin bij. Vanaf het schooljaar 2026-2027 wordt de omkadering van de "
         "leersteuncentra jaarlijks herberekend op basis van de telling van 1 februari. Het besluit van de "
         "Vlaamse Regering daarover werd op 24 april 2026 principieel goedgekeurd."),
        ("quote", R[2]),
        ("p", "<b>Reactie</b>"),
        ("p", "Ik onderschrijf dat leersteun snel moet starten. Een decretale termijn van tien schooldagen acht ik "
         "echter niet haalbaar zolang de leersteuncentra met personeelstekorten kampen. Ik neem wel een "
         "richttermijn van twintig schooldagen op in de omzendbrief, en vraag AGODI om de doorlooptijden te "
         "monitoren."),
        ("quote", R[3]),
        ("p", "<b>Reactie</b>"),
        ("p", "Hier wordt al werk van gemaakt. Sinds september 2025 heeft elke school een vaste contactpersoon bij "
         "haar leersteuncentrum; dat is vastgelegd in de samenwerkingsovereenkomsten tussen scholen en centra."),
        ("quote", R[5]),
        ("p", "<b>Reactie</b>"),
        ("p", "Ik deel de bekommernis van de raad, maar niet de conclusie. Type 9 is bedoeld voor leerlingen voor "
         "wie het gewoon onderwijs, ook met leersteun, niet volstaat. Een versoepeling van de toelatingsvoorwaarden "
         "zou de uitstroom naar het buitengewoon onderwijs verder doen toenemen, wat haaks staat op de doelstelling "
         "van het decreet. Ik ben dan ook niet van plan de voorwaarden te wijzigen."),
        ("quote", R[4]),
        ("p", "<b>Reactie</b>"),
        ("p", "Professionalisering is een gedeelde verantwoordelijkheid van de scholen, de pedagogische "
         "begeleidingsdiensten en de lerarenopleidingen. Ik neem deze aanbeveling mee in het overleg over de "
         "prioritaire nascholing voor 2027, zonder nu al middelen toe te zeggen."),
        ("quote", R[6]),
        ("quote", R[7]),
        ("p", "<b>Reactie</b>"),
        ("p", "Beide aanbevelingen sluiten aan bij wat ik wil bereiken. Bij de aanpassing van de omzendbrief "
         "wordt uitdrukkelijk opgenomen dat ouders en, waar mogelijk, de leerling zelf betrokken worden bij het "
         "handelingsplan. Daarnaast laat ik door het Departement Onderwijs en Vorming tegen het begin van het "
         "volgende schooljaar een ouderbrochure en een online wegwijzer ontwikkelen."),
        ("quote", R[8]),
        ("p", "<b>Reactie</b>"),
        ("p", "Een tweede evaluatie is in beginsel wenselijk. Ik verkies wel om die niet in 2028 te laten "
         "plaatsvinden maar samen met de evaluatie van de nieuwe onderwijsdoelen in 2029, zodat beide "
         "hervormingen in samenhang kunnen worden beoordeeld."),
        ("h3", "Tot slot"),
        ("p", "In punt 2.3 van het advies stelt de raad dat het aantal leerlingen in het buitengewoon onderwijs "
         "opnieuw stijgt. De voorlopige cijfers van AGODI voor het schooljaar 2025-2026 tonen intussen een "
         "stabilisering. Ik bezorg de raad de definitieve cijfers zodra ze beschikbaar zijn."),
        ("p", "Met vriendelijke groeten,\n\n\nLiesbeth Claerhout\nVlaams minister van Onderwijs"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "De Vlor vraagt om de omkadering van de leersteuncentra te koppelen aan het werkelijke",
         "reply_contains": "wordt de omkadering van de leersteuncentra jaarlijks herberekend op basis van de telling",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "De raad pleit ervoor dat leersteun uiterlijk tien schooldagen na de aanvraag",
         "reply_contains": "Ik neem wel een richttermijn van twintig schooldagen op in de omzendbrief",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Voorzie per school één vast aanspreekpunt binnen het leersteuncentrum",
         "reply_contains": "Sinds september 2025 heeft elke school een vaste contactpersoon",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Investeer in de professionalisering van leerkrachten en zorgcoördinatoren in het gewoon onderwijs",
         "reply_contains": "Ik neem deze aanbeveling mee in het overleg over de prioritaire nascholing",
         "verdict": "noted"},
        {"number": "5", "starts_with": "De Vlor vraagt de toelatingsvoorwaarden voor type 9 te herbekijken",
         "reply_contains": "Ik deel de bekommernis van de raad, maar niet de conclusie",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "Betrek ouders en leerlingen als volwaardige partners bij het opstellen en bijsturen",
         "reply_contains": "de leerling zelf betrokken worden bij het handelingsplan",
         "verdict": "agrees"},
        {"number": "7", "starts_with": "Ontwikkel een eenvoudige brochure en een digitale wegwijzer voor ouders",
         "reply_contains": "een ouderbrochure en een online wegwijzer ontwikkelen",
         "verdict": "agrees"},
        {"number": "8", "starts_with": "Laat in 2028 een tweede, onafhankelijke evaluatie van het leersteundecreet uitvoeren",
         "reply_contains": "Ik verkies wel om die niet in 2028 te laten plaatsvinden",
         "verdict": "partly"},
    ],
    "unmatched_replies_contain": [
        "De voorlopige cijfers van AGODI voor het schooljaar 2025-2026 tonen intussen een stabilisering",
    ],
    "notes": "Flemish genre: Vlaamse Onderwijsraad (Algemene Raad) advice on the evaluation of the leersteundecreet "
             "(fpdf2, Liberation Serif/Sans) + the Flemish education minister's reply letter (Belgian letter "
             "conventions: 'uw bericht van', 'uw kenmerk', 'ons kenmerk', 'Betreft', 'Geachte voorzitter'). Advice: "
             "cover with AR-AR-ADV kenmerk, 'Inhoud' with page numbers, prose 'Krachtlijnen' that only counts the "
             "recommendations, 'Vaststellingen' with footnotes, and '3 Aanbevelingen' as ONE list 1.-8. in a hanging "
             "number column whose items open in different ways ('De Vlor vraagt ...', 'De raad pleit ervoor ...', "
             "imperatives). Response: each recommendation quoted IN FULL in italics WITHOUT its number, then a bold "
             "'Reactie' line and the answer; order 1, 2, 3, 5, 4, then 6 and 7 quoted one after the other with one "
             "shared 'Reactie' (both agreed), then 8; a 'Tot slot' section that corrects a finding of section 2.3 "
             "(unmatched). Verdicts: 1 agrees ('Ik treed de raad hierin bij'); 2 partly (aim endorsed, decree term "
             "refused, a 20-day guideline instead); 3 agrees as already done ('Hier wordt al werk van gemaakt'); 5 "
             "disagrees ('deel de bekommernis ... maar niet de conclusie', 'niet van plan'); 4 noted ('neem ... mee "
             "in het overleg', no commitment); 8 partly ('in beginsel', but 2029 instead of 2028).",
}

if __name__ == "__main__":
    kw = dict(header=f"Vlor  |  Algemene Raad  |  {T}", footer="{page}", title=T, accent=(0, 95, 90), family="serif",
              size=10.5)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Vlaams minister van Onderwijs  |  KAB/ON/2026/0517", footer="pagina {page}", family="sans",
              size=10)
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

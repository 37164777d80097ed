"""Blind round 23 (nl): zienswijze van de Raad voor Dieraangelegenheden (RDA) over lange transporten van jonge
kalveren, met zeven ongenummerde aanbevelingen als vette alinea's 'De Raad adviseert ...' verspreid over de
hoofdstukken, gericht aan drie geadresseerden (minister, NVWA, sector); en de Kamerbrief van de minister van
Landbouw ('ik') die per thema reageert, voor de NVWA en de sector spreekt, en één aanbeveling onbeantwoord laat.
Engine: reportlab, A4, DejaVu fonts.
Run: /tmp/blind23nl/bin/python tests/docs/src/blind23/gen_nl_rda_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b23nl as H

NAME = "blind23_nl_rda"
T = "Jong en onderweg"
SUB = "Zienswijze over het langeafstandstransport van jonge kalveren"
R = {
    1: "De Raad adviseert de minister om de maximale transportduur voor kalveren jonger dan vier weken terug "
       "te brengen tot acht uur, inclusief laden en lossen.",
    2: "De Raad adviseert de minister om de minimumleeftijd waarop kalveren over lange afstand mogen worden "
       "vervoerd te verhogen van twee naar vier weken.",
    3: "De Raad adviseert de NVWA om bij vertrek steekproefsgewijs de geschiktheid van kalveren voor transport "
       "te controleren, ook bij verzamelcentra.",
    4: "De Raad adviseert de minister om temperatuurregistratie in alle voertuigen voor kalvertransport "
       "verplicht te stellen en de gegevens beschikbaar te maken voor de NVWA.",
    5: "De Raad adviseert de melkveehouderij en de kalverhandel om gezamenlijk een kwaliteitssysteem op te "
       "zetten waarin de gezondheid van ieder kalf bij vertrek wordt vastgelegd.",
    6: "De Raad adviseert de minister en de sector om samen onderzoek te laten doen naar de mogelijkheden om "
       "meer kalveren dicht bij het geboortebedrijf af te mesten.",
    7: "De Raad adviseert de minister om de Tweede Kamer jaarlijks te informeren over het aantal lange "
       "transporten van jonge kalveren en de gevonden overtredingen.",
}


def rec(n):
    return ("p", f"<b>{R[n]}</b>")


def advice():
    return [
        ("cover", [("Raad voor Dieraangelegenheden", 13, True, 6), ("Zienswijze", 12, False, 90),
                   (T, 28, True, 6), (SUB, 14, False, 6), ("Den Haag, mei 2025", 11, False, 20),
                   ("RDA-zienswijze 2025/03", 10, False, 4),
                   ("De Raad voor Dieraangelegenheden is een onafhankelijk adviescollege dat de minister van "
                    "Landbouw, Visserij, Voedselzekerheid en Natuur gevraagd en ongevraagd adviseert over "
                    "dierenwelzijn en diergezondheid.", 9, False, 220)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "Jaarlijks worden ongeveer 600.000 kalveren van twee tot vier weken oud vanuit Nederland en via "
              "Nederland naar mestbedrijven in andere lidstaten vervoerd, soms over afstanden van meer dan "
              "duizend kilometer. Jonge kalveren zijn daar slecht tegen bestand: zij kunnen onderweg niet goed "
              "drinken, hun afweer is nog zwak en zij koelen snel af of raken oververhit."),
        ("p", "De Raad doet in deze zienswijze aanbevelingen over de duur van het transport, de leeftijd van de "
              "dieren, de controle bij vertrek, de registratie van omstandigheden onderweg, de "
              "verantwoordelijkheid van de sector, alternatieven voor het lange transport en de informatie aan "
              "het parlement. Ze zijn gericht aan de minister, aan de Nederlandse Voedsel- en Warenautoriteit "
              "(NVWA) en aan de sector."),
        ("h1", "1  Aanleiding en afbakening"),
        ("p", "Het Europese voorstel voor een nieuwe transportverordening ligt sinds eind 2023 bij de Raad en "
              "het Europees Parlement.[[1]] De onderhandelingen verlopen moeizaam. Intussen signaleren "
              "dierenartsen en inspecteurs dat de omstandigheden tijdens het transport van jonge kalveren niet "
              "verbeteren. De Raad heeft daarom besloten een ongevraagde zienswijze uit te brengen."),
        ("p", "De zienswijze beperkt zich tot kalveren jonger dan vijf weken die voor afmesting worden "
              "vervoerd. Het transport van slachtdieren en van fokvee valt erbuiten. De Raad heeft gesproken met "
              "veehouders, handelaren, vervoerders, dierenartsen, de NVWA en dierenbeschermingsorganisaties, en "
              "heeft de beschikbare wetenschappelijke literatuur bestudeerd.[[2]]"),
        ("notes", [(1, "Voorstel voor een verordening betreffende de bescherming van dieren tijdens het vervoer, "
                       "COM(2023) 770."),
                   (2, "Een overzicht van de geraadpleegde personen en bronnen is opgenomen in de bijlage, die "
                       "niet in deze uitgave is afgedrukt.")]),
        ("h1", "2  Duur en leeftijd"),
        ("p", "De huidige Europese regels staan toe dat kalveren die nog melk drinken negen uur worden "
              "vervoerd, gevolgd door een uur rust en opnieuw negen uur transport. In de praktijk is die rust "
              "in de wagen zelden voldoende om de dieren te laten drinken, omdat de drinksystemen niet zijn "
              "afgestemd op jonge kalveren. Uit onderzoek blijkt dat de uitdroging en de stress na ongeveer "
              "acht uur sterk toenemen.[[3]]"),
        rec(1),
        ("p", "Ook de leeftijd doet ertoe. Kalveren van twee weken hebben nog nauwelijks eigen afweer en zijn "
              "afhankelijk van de biest die zij in de eerste levensdagen kregen. Vanaf ongeveer vier weken is "
              "het immuunsysteem beter ontwikkeld en kunnen kalveren een transport beter verdragen. Een hogere "
              "minimumleeftijd betekent wel dat de kalveren langer op het melkveebedrijf blijven, wat vraagt om "
              "extra stalruimte en arbeid."),
        rec(2),
        ("notes", [(3, "Zie onder meer de wetenschappelijke opinie van de EFSA over het welzijn van dieren tijdens "
                       "transport (2022), hoofdstuk over kalveren.")]),
        ("h1", "3  Controle en registratie"),
        ("p", "De vervoerder en de verzender zijn verantwoordelijk voor de vraag of een dier geschikt is voor "
              "transport. De NVWA controleert vooral bij de export van grote partijen en minder bij "
              "verzamelcentra, waar kalveren van verschillende bedrijven worden samengevoegd. Juist daar ziet de "
              "Raad de grootste risico's op zieke of verzwakte dieren."),
        rec(3),
        ("p", "Tijdens het transport is de temperatuur in de wagen bepalend voor het welzijn. Moderne voertuigen "
              "registreren de temperatuur, maar die gegevens worden niet systematisch bewaard of gedeeld. Zonder "
              "die gegevens kan de NVWA achteraf niet vaststellen of de dieren onder aanvaardbare omstandigheden "
              "zijn vervoerd."),
        rec(4),
        ("h1", "4  De rol van de sector"),
        ("p", "Het lange transport is het gevolg van een keten waarin melkveehouders weinig belang hebben bij "
              "stierkalveren en de kalverhouderij elders in Europa goedkoper kan produceren. De Raad vindt dat "
              "de sector zelf verantwoordelijkheid moet nemen voor het welzijn van de dieren die zij voortbrengt, "
              "en niet alleen op de overheid moet wachten."),
        rec(5),
        ("p", "Op langere termijn ziet de Raad de oplossing in een kortere keten. Dat vraagt om inzicht in de "
              "economische en ruimtelijke gevolgen, bijvoorbeeld van kleinschalige afmesting op of bij het "
              "melkveebedrijf, en in de markt voor het vlees van deze dieren."),
        rec(6),
        ("h1", "5  Informatie en verantwoording"),
        ("p", "Er is geen openbaar overzicht van het aantal lange transporten met jonge kalveren en van de "
              "resultaten van de controles. Dat maakt het moeilijk om het debat over dit onderwerp op feiten te "
              "baseren."),
        rec(7),
        ("h1", "6  Tot slot"),
        ("p", "De Raad beseft dat een deel van zijn aanbevelingen in Europees verband moet worden gerealiseerd. "
              "Nederland kan daarin echter een voortrekkersrol spelen, juist omdat het een van de grootste "
              "exporteurs van jonge kalveren in de Europese Unie is."),
        ("small", "Deze zienswijze is voorbereid door het Forum Dierenwelzijn van de Raad en vastgesteld in de "
                  "plenaire vergadering van 15 april 2025. Voorzitter: prof. dr. J.H.M. Oldenkamp. Secretaris: "
                  "dr. ir. F. de Roos."),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur</b>"),
        ("p", "> Retouradres Postbus 20401 2500 EK Den Haag\n\nDe Voorzitter van de Tweede Kamer\n"
              "der Staten-Generaal\nPrins Clauslaan 20\n2595 AJ  DEN HAAG"),
        ("small", "Datum 3 oktober 2025\nBetreft Reactie op RDA-zienswijze 'Jong en onderweg'\n"
                  "Ons kenmerk DGA-DAD / 85102934"),
        ("p", "Geachte voorzitter,"),
        ("p", "In mei 2025 heeft de Raad voor Dieraangelegenheden (RDA) de zienswijze 'Jong en onderweg' "
              "uitgebracht over het langeafstandstransport van jonge kalveren. Met deze brief informeer ik u, "
              "mede namens de Inspecteur-generaal van de NVWA, over mijn reactie. Daarmee geef ik ook invulling "
              "aan de toezegging die ik deed in het commissiedebat Dierenwelzijn van 2 juli 2025."),
        ("h2", "Het Europese kader"),
        ("p", "Het transport van dieren is grotendeels Europees geregeld. Nationale regels die strenger zijn dan "
              "de Europese verordening zijn alleen mogelijk voor transporten die geheel binnen Nederland "
              "plaatsvinden. Voor het grensoverschrijdend transport, waar het overgrote deel van de kalveren "
              "onder valt, is Nederland dus afhankelijk van de onderhandelingen in Brussel. Die onderhandelingen "
              "zullen naar verwachting niet voor 2027 worden afgerond."),
        ("h2", "Transportduur en minimumleeftijd"),
        ("p", "Ik deel het oordeel van de Raad dat de huidige maximale transportduur voor jonge kalveren te lang "
              "is. Ik zal mij in de Europese onderhandelingen inzetten voor een maximum van acht uur. Een "
              "nationale regel vooruitlopend op de verordening acht ik echter niet zinvol, omdat deze alleen "
              "binnenlandse transporten zou raken."),
        ("p", "Ten aanzien van de minimumleeftijd kom ik tot een andere afweging dan de Raad. Een verhoging naar "
              "vier weken zou betekenen dat jaarlijks honderdduizenden kalveren twee weken langer op "
              "melkveebedrijven verblijven, waarvoor de huisvesting en de zorg daar niet zijn ingericht. Ik neem "
              "deze aanbeveling daarom niet over en zet in Brussel in op betere drinkvoorzieningen tijdens het "
              "transport."),
        ("h2", "Controle en registratie"),
        ("p", "Het advies van de Raad aan de NVWA over controles bij vertrek sluit aan bij de werkwijze die de "
              "NVWA sinds het voorjaar van 2024 hanteert. Sindsdien worden ook bij verzamelcentra "
              "risicogerichte controles op transportgeschiktheid uitgevoerd, in 2024 bij ruim 1.300 "
              "zendingen."),
        ("p", "De aanbeveling over temperatuurregistratie neem ik over. Ik zal de Regeling dieren zo wijzigen "
              "dat vervoerders van jonge kalveren vanaf 1 juli 2026 de temperatuurgegevens van elke rit ten "
              "minste een jaar bewaren en op verzoek aan de NVWA verstrekken."),
        ("h2", "Verantwoordelijkheid van de sector"),
        ("p", "De Raad richt zich terecht ook tot de sector. De zuivelketen en de kalverhandel zijn in de eerste "
              "plaats zelf aan zet voor een kwaliteitssysteem voor kalveren bij vertrek. Ik heb ZuivelNL en de "
              "Stichting Kalverketen gevraagd mij voor het einde van het jaar te laten weten hoe zij met dit "
              "advies omgaan. Ik wacht hun reactie af."),
        ("h2", "Informatie aan uw Kamer"),
        ("p", "De Raad vraagt om een jaarlijks overzicht voor de Kamer. Ik zal bezien of de gegevens over "
              "transporten en controles kunnen worden opgenomen in de jaarlijkse rapportage over de "
              "Dierenwelzijnsagenda, en kom daar in het voorjaar van 2026 op terug."),
        ("h2", "Tot slot"),
        ("p", "Ik dank de Raad voor zijn heldere zienswijze. Het welzijn van jonge kalveren tijdens transport "
              "blijft een prioriteit, in Nederland en in Europa."),
        ("p", "De minister van Landbouw, Visserij,\nVoedselzekerheid en Natuur,\n\n\nir. H.G. Zwartkruis"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "De Raad adviseert de minister om de maximale transportduur voor kalveren",
         "reply_contains": "Ik zal mij in de Europese onderhandelingen inzetten voor", "verdict": "partly",
         "also": ["noted"]},
        {"number": "2", "starts_with": "De Raad adviseert de minister om de minimumleeftijd waarop kalveren",
         "reply_contains": "kom ik tot een andere afweging dan de Raad", "verdict": "disagrees"},
        {"number": "3", "starts_with": "De Raad adviseert de NVWA om bij vertrek steekproefsgewijs",
         "reply_contains": "sluit aan bij de werkwijze die de NVWA sinds", "verdict": "agrees"},
        {"number": "4", "starts_with": "De Raad adviseert de minister om temperatuurregistratie in alle voertuigen",
         "reply_contains": "De aanbeveling over temperatuurregistratie neem ik over", "verdict": "agrees"},
        {"number": "5", "starts_with": "De Raad adviseert de melkveehouderij en de kalverhandel om gezamenlijk",
         "reply_contains": "zijn in de eerste plaats zelf aan zet", "verdict": "noted"},
        {"number": "6", "starts_with": "De Raad adviseert de minister en de sector om samen onderzoek",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "7", "starts_with": "De Raad adviseert de minister om de Tweede Kamer jaarlijks",
         "reply_contains": "Ik zal bezien of de gegevens over transporten", "verdict": "noted"},
    ],
    "unmatched_replies_contain": [
        "mede namens de Inspecteur-generaal van de NVWA",
        "Nationale regels die strenger zijn dan de Europese verordening",
        "Ik dank de Raad voor zijn heldere zienswijze",
    ],
    "notes": "RDA zienswijze, reportlab. The seven recommendations carry no numbers or labels at all: each is a "
             "stand-alone bold paragraph beginning 'De Raad adviseert ...', placed inside chapters 2-5 between "
             "explanatory paragraphs; numbered here 1-7 in document order. They have three kinds of addressee "
             "(minister, NVWA, melkveehouderij/kalverhandel, and 6 minister + sector). The 'Samenvatting' lists "
             "the topics in one sentence and chapter 6 'Tot slot' is not a recommendation. Response: Kamerbrief "
             "of the LNV minister ('ik'), 'mede namens' the NVWA, with a context section on the EU framework "
             "(answers nothing, though it prepares the answer to 1), then per theme in advice order: 1 partly "
             "(will push for 8 hours in Brussels, a national rule 'acht ik echter niet zinvol'; a reader might "
             "call it noted), 2 disagrees ('kom ik tot een andere afweging ... neem ... niet over'), 3 agrees "
             "(the NVWA already does this since 2024), 4 agrees ('neem ik over', date), 5 noted (addressed to the "
             "sector, 'zelf aan zet', minister asked them and waits), 7 noted ('Ik zal bezien ... kom daar ... op "
             "terug'). 6 (joint research into local fattening) is not answered anywhere.",
}

if __name__ == "__main__":
    kw = dict(header=f"Raad voor Dieraangelegenheden  -  {T}  -  RDA-zienswijze 2025/03", footer="{page}",
              title=f"{T} - {SUB}", accent=(0.15, 0.35, 0.2), font="Serif", size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van LVVN  -  DGA-DAD / 85102934  -  3 oktober 2025",
              footer=lambda n: f"Pagina {n}", title="Reactie op RDA-zienswijze Jong en onderweg",
              accent=(0.08, 0.26, 0.45), font="Sans", size=10)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    sys.exit(0 if H.check(NAME) else 1)

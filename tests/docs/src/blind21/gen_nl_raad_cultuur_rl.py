"""Blind round 21 (nl): advies van de Raad voor Cultuur over het openbare bibliotheeknetwerk, met de aanbevelingen
kort in de samenvatting en voluit in het slothoofdstuk onder 'Aanbeveling N', en de Kamerbrief van de minister van
OCW ('ik') die elke aanbeveling cursief citeert onder 'Aanbeveling N' met daarna een vetgedrukte regel 'Reactie'.
Engine: reportlab (DejaVu), A4.
Run: /tmp/blind21nl/bin/python tests/docs/src/blind21/gen_nl_raad_cultuur_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b21nl as H

NAME = "blind21_nl_raad_cultuur"
T = "Dichtbij en voor iedereen"
A = {
    1: "Leg in de Wet stelsel openbare bibliotheekvoorzieningen vast dat iedere gemeente ten minste één fysieke "
       "bibliotheekvoorziening in stand houdt die voldoet aan landelijk vastgestelde basisnormen.",
    2: "Maak de financiering van de Bibliotheek op school in het primair en voortgezet onderwijs structureel, en "
       "breng deze onder in de lumpsum voor leesbevordering die scholen al ontvangen.",
    3: "Geef de Koninklijke Bibliotheek de opdracht om samen met uitgevers een landelijk aanbod van e-books en "
       "luisterboeken te contracteren dat voor alle leden van openbare bibliotheken gelijk is.",
    4: "Laat de provinciale serviceorganisaties hun ondersteuning aan kleine bibliotheken bundelen in ten hoogste "
       "vier regionale centra, zodat expertise niet versnipperd raakt.",
    5: "Stel samen met de sector een arbeidsmarktagenda op die de vergrijzing van het personeel, de inzet van "
       "vrijwilligers en de bij- en nascholing van bibliothecarissen in samenhang aanpakt.",
    6: "Richt een onafhankelijke Leesautoriteit op die de leesbevordering van het Rijk, de bibliotheken en het "
       "onderwijs coördineert en jaarlijks over de geletterdheid in Nederland rapporteert.",
    7: "Vervroeg de evaluatie van de Wet stelsel openbare bibliotheekvoorzieningen naar 2027 en betrek daarbij "
       "nadrukkelijk de ervaringen van gemeenten met minder dan twintigduizend inwoners.",
}
SHORT = {
    1: "een wettelijke plicht voor gemeenten om een bibliotheek met basisnormen te hebben;",
    2: "structurele financiering van de Bibliotheek op school;",
    3: "één landelijk digitaal leenaanbod via de Koninklijke Bibliotheek;",
    4: "bundeling van provinciale ondersteuning in regionale centra;",
    5: "een arbeidsmarktagenda voor het bibliotheekpersoneel;",
    6: "een onafhankelijke Leesautoriteit;",
    7: "een vervroegde wetsevaluatie met aandacht voor kleine gemeenten.",
}


def advice():
    b = [
        ("cover", [("Raad voor Cultuur", 14, True, 10), ("Advies", 12, False, 80),
                   (T, 28, True, 8), ("Advies over de toekomst van het netwerk van openbare bibliotheken", 14, False, 10),
                   ("Den Haag, februari 2026", 11, False, 200)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "De openbare bibliotheek is de meest bezochte culturele voorziening van Nederland. Jaarlijks komen er "
              "ruim zestig miljoen bezoekers, en voor veel mensen is de bibliotheek de enige plek in de buurt waar zij "
              "zonder kosten kunnen lezen, leren en elkaar ontmoeten. Toch staat het netwerk onder druk. Sinds 2008 is "
              "het aantal vestigingen met ruim een derde gedaald, vooral in kleine kernen, en de verschillen tussen "
              "gemeenten zijn groot."),
        ("p", "De minister van Onderwijs, Cultuur en Wetenschap heeft de Raad gevraagd te adviseren over de vraag hoe "
              "het bibliotheeknetwerk toekomstbestendig kan worden gemaakt. De Raad komt tot zeven aanbevelingen, die "
              "in hoofdstuk 5 worden uitgewerkt. Kort samengevat vraagt de Raad om:"),
    ]
    b += [("np", f"{i}.", SHORT[i]) for i in range(1, 8)]
    b += [
        ("p", "De Raad is zich ervan bewust dat deze aanbevelingen gevolgen hebben voor de verhouding tussen Rijk, "
              "provincies en gemeenten. Hij acht die gevolgen gerechtvaardigd gezien het publieke belang van een "
              "bibliotheek die dichtbij en voor iedereen toegankelijk is."),
        ("h1", "1 Inleiding"),
        ("p", "Op 14 mei 2025 vroeg de minister van OCW de Raad voor Cultuur om advies over het stelsel van openbare "
              "bibliotheekvoorzieningen.[[1]] Aanleiding was de tussentijdse monitor van het Bibliotheekconvenant "
              "2023-2026, waaruit bleek dat de extra middelen die het Rijk beschikbaar stelde niet overal tot herstel "
              "van voorzieningen hebben geleid. De adviesaanvraag bevatte drie vragen: hoe staat het netwerk ervoor, "
              "welke rol hebben de drie overheden, en welke stappen zijn nodig om het netwerk op langere termijn te "
              "borgen."),
        ("p", "De Raad heeft voor dit advies een commissie ingesteld onder voorzitterschap van mevrouw drs. A.M. "
              "Hoekstra-Bakker. De commissie sprak met ruim veertig bibliotheekdirecteuren, wethouders, gedeputeerden "
              "en vertegenwoordigers van het onderwijs, en bezocht bibliotheken in Noordoost-Groningen, Zeeuws-"
              "Vlaanderen en de Achterhoek. Daarnaast is gebruikgemaakt van de cijfers van de Koninklijke Bibliotheek "
              "(KB) en van de Vereniging van Openbare Bibliotheken."),
        ("notes", [(1, "Brief van de minister van OCW aan de Raad voor Cultuur van 14 mei 2025, kenmerk 51234872.")]),
        ("h1", "2 Het netwerk in cijfers"),
        ("p", "Nederland telt op dit moment 139 bibliotheekorganisaties met samen 712 vestigingen en ruim 1.100 "
              "servicepunten. In 2008 waren er nog meer dan 1.050 vestigingen. De afname heeft zich vooral voorgedaan "
              "in gemeenten met minder dan twintigduizend inwoners, waar vestigingen zijn vervangen door een "
              "servicepunt in een school of dorpshuis, of helemaal zijn verdwenen. Ongeveer 1,4 miljoen inwoners wonen "
              "op meer dan vijf kilometer van een volwaardige vestiging."),
        ("p", "Het bereik van de Bibliotheek op school is de afgelopen jaren gedaald. Volgens de gegevens van de KB "
              "werkt nog 58 procent van de basisscholen met dit programma, tegen 67 procent in 2019. In het voortgezet "
              "onderwijs is het bereik met 21 procent aanzienlijk lager. De financiering is grotendeels tijdelijk en "
              "afhankelijk van de keuzes van afzonderlijke gemeenten en schoolbesturen."),
        ("p", "Tegelijk is het gebruik van de digitale bibliotheek sterk gegroeid. Het aantal uitleningen van e-books "
              "en luisterboeken verdubbelde tussen 2019 en 2024. Leden krijgen echter niet overal hetzelfde aanbod: "
              "een deel van de titels wordt alleen lokaal ingekocht, waardoor de digitale collectie afhangt van de "
              "woonplaats."),
        ("table", [0.45, 0.18, 0.18, 0.19], ["Kenmerk", "2008", "2019", "2024"],
         [["Vestigingen", "1.052", "768", "712"], ["Bezoeken (mln.)", "73", "61", "62"],
          ["Digitale uitleningen (mln.)", "0,1", "4,2", "8,7"], ["Leden tot 18 jaar (mln.)", "1,9", "2,0", "2,1"]]),
        ("h1", "3 Rollen en verantwoordelijkheden"),
        ("p", "Het stelsel rust op de Wet stelsel openbare bibliotheekvoorzieningen (Wsob) van 2015. Die wet bepaalt de "
              "functies van de bibliotheek en verdeelt de taken over de drie overheden: gemeenten zijn "
              "verantwoordelijk voor de lokale bibliotheek, provincies voor de ondersteuning en de interbibliothecaire "
              "dienstverlening, en het Rijk voor het landelijke digitale aanbod en de stelselverantwoordelijkheid."),
        ("p", "De wet verplicht gemeenten echter niet om een bibliotheek in stand te houden. Dat heeft ertoe geleid dat "
              "in financieel krappe tijden op de bibliotheek wordt bezuinigd, terwijl andere voorzieningen een "
              "wettelijke basis hebben. Gemeenten die wel investeren, zien bovendien dat inwoners van buurgemeenten "
              "meeprofiteren zonder bij te dragen."),
        ("p", "De provinciale serviceorganisaties verschillen sterk in omvang en werkwijze. Sommige bieden uitgebreide "
              "ondersteuning bij collectievorming, ICT en educatie, andere beperken zich tot het transport van "
              "boeken. Kleine bibliotheken met weinig eigen staf zijn in hoge mate afhankelijk van deze "
              "ondersteuning."),
        ("h1", "4 Personeel en leesbevordering"),
        ("p", "Ruim veertig procent van de medewerkers van openbare bibliotheken is ouder dan 55 jaar. In de komende tien "
              "jaar gaat naar verwachting een derde van het personeel met pensioen. Tegelijk rust een groeiend deel "
              "van het werk op vrijwilligers, vooral in kleine vestigingen. Bibliotheken geven aan dat zij moeite "
              "hebben om medewerkers te vinden met kennis van educatie, digitale vaardigheden en "
              "laaggeletterdheid."),
        ("p", "Het leesonderwijs en de leesbevordering zijn verdeeld over verschillende ministeries, programma's en "
              "fondsen. Het Leesoffensief, de Bibliotheek op school, Tel mee met Taal en de programma's van de "
              "Stichting Lezen hebben elk eigen doelen en verantwoordingslijnen. De Raad constateert dat niemand het "
              "overzicht heeft en dat de resultaten van al deze inspanningen nauwelijks in samenhang worden "
              "gevolgd."),
        ("h1", "5 Aanbevelingen"),
        ("p", "Op grond van de voorgaande analyse doet de Raad de volgende aanbevelingen. De eerste vier richten zich op "
              "de inrichting van het stelsel, de laatste drie op de mensen en de kennis die het netwerk nodig heeft."),
    ]
    expl = {
        1: "Een wettelijke basis voorkomt dat de bibliotheek het sluitstuk van de gemeentelijke begroting wordt. De "
           "basisnormen moeten gaan over openingstijden, collectie en deskundig personeel, niet over de vorm van de "
           "voorziening.",
        2: "Scholen en bibliotheken moeten op een stabiele samenwerking kunnen bouwen. Jaarlijkse projectsubsidies "
           "maken dat onmogelijk.",
        3: "Een gelijk digitaal aanbod past bij de landelijke rol van de KB en voorkomt dat de woonplaats bepaalt wat "
           "iemand kan lenen.",
        4: "Bundeling maakt het mogelijk schaarse specialisten, bijvoorbeeld op het gebied van ICT en educatie, "
           "breder in te zetten.",
        5: "Zonder gerichte inzet dreigt een tekort aan gekwalificeerd personeel juist op het moment dat de "
           "maatschappelijke taken van de bibliotheek toenemen.",
        6: "Een Leesautoriteit kan de versnippering doorbreken en zorgt voor een onafhankelijk beeld van de "
           "ontwikkeling van de leesvaardigheid.",
        7: "De Wsob zou pas in 2030 opnieuw worden geëvalueerd. Gezien de ontwikkelingen acht de Raad het nodig "
           "eerder te bezien of de wet nog voldoet.",
    }
    for i in range(1, 8):
        b += [("h3", f"Aanbeveling {i}"), ("p", f"<b>{A[i]}</b>"), ("p", expl[i])]
    b += [("p", "De Raad is graag bereid deze aanbevelingen nader toe te lichten.")]
    return b


def response():
    R = {
        1: "Ik onderschrijf de strekking van deze aanbeveling. Iedere inwoner moet binnen redelijke afstand toegang "
           "hebben tot een bibliotheek. Een wettelijke plicht voor gemeenten gaat mij op dit moment echter te ver, "
           "omdat deze een nieuwe taak met zich meebrengt die op grond van artikel 2 van de Financiële-"
           "verhoudingswet volledig zou moeten worden bekostigd. Ik kies er daarom voor om de basisnormen eerst in "
           "het nieuwe Bibliotheekconvenant met VNG en IPO af te spreken. Als na twee jaar blijkt dat dit "
           "onvoldoende effect heeft, kom ik alsnog met een wetsvoorstel.",
        2: "Ik neem deze aanbeveling over. Samen met de minister voor Primair en Voortgezet Onderwijs breng ik de "
           "middelen voor de Bibliotheek op school vanaf het schooljaar 2027-2028 structureel onder in de "
           "bekostiging voor leesbevordering. Ik merk daarbij wel op dat ik de daling van het bereik die de Raad "
           "beschrijft niet volledig herken: een deel van de scholen is overgestapt op een eigen programma met de "
           "lokale bibliotheek dat in de cijfers van de KB niet wordt meegeteld.",
        3: "Deze aanbeveling sluit aan bij het beleid dat al is ingezet. De KB heeft in 2025 de onderhandelingen met "
           "uitgevers over een landelijk leenaanbod gestart; de eerste landelijke licenties gaan op 1 januari 2027 "
           "in. Daarmee wordt het digitale aanbod voor alle leden gelijk.",
        5: "Ik neem kennis van deze aanbeveling. De arbeidsmarkt in de bibliotheeksector is in de eerste plaats een "
           "verantwoordelijkheid van werkgevers en werknemers. Ik zal de aanbeveling betrekken bij het overleg met "
           "de sociale partners over de cao Openbare Bibliotheken en bij de uitvoering van het Arbeidsmarktplan "
           "Culturele en Creatieve Sector.",
        6: "De Raad wijst terecht op de versnippering van de leesbevordering. Ik zie echter geen aanleiding om "
           "daarvoor een nieuw zelfstandig bestuursorgaan op te richten. De coördinatie ligt sinds 2024 bij de "
           "stuurgroep van het Leesoffensief, waarin OCW, SZW, de Stichting Lezen en de KB samenwerken. Een extra "
           "organisatie voegt daar naar mijn oordeel weinig aan toe en brengt nieuwe bestuurlijke lasten mee.",
        7: "De voorbereiding van de evaluatie van de Wsob is reeds in gang gezet. Het onderzoeksbureau is "
           "geselecteerd en de evaluatie wordt in het voorjaar van 2027 afgerond. Op verzoek van de Raad wordt in de "
           "onderzoeksopzet een afzonderlijk deelonderzoek naar kleine gemeenten opgenomen.",
    }
    b = [
        ("p", "<b>Ministerie van Onderwijs, Cultuur en Wetenschap</b>"),
        ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("p", "Datum 22 mei 2026\nBetreft Beleidsreactie op het advies 'Dichtbij en voor iedereen' van de Raad voor "
              "Cultuur\nOns kenmerk 52890117"),
        ("p", "Geachte Voorzitter,"),
        ("p", "Op 19 februari 2026 heeft de Raad voor Cultuur zijn advies 'Dichtbij en voor iedereen' over de toekomst "
              "van het netwerk van openbare bibliotheken uitgebracht. Met deze brief stuur ik u mijn reactie op dit "
              "advies. Ik dank de Raad voor het zorgvuldige advies en voor de gesprekken die hij daarvoor in het hele "
              "land heeft gevoerd."),
        ("h2", "Algemeen"),
        ("p", "Ik deel de opvatting van de Raad dat de bibliotheek een basisvoorziening is. De bibliotheek draagt bij "
              "aan geletterdheid, aan digitale vaardigheden en aan de sociale samenhang in buurten en dorpen. Dat de "
              "bereikbaarheid in delen van het land is afgenomen, is voor mij reden om de komende jaren samen met "
              "gemeenten en provincies extra te investeren. Hieronder ga ik in op de afzonderlijke aanbevelingen."),
        ("h2", "Reactie op de aanbevelingen"),
    ]
    for i in (1, 2, 3, 5, 6, 7):
        b += [("h3", f"Aanbeveling {i}"), ("quote", A[i]), ("p", "<b>Reactie</b>"), ("p", R[i])]
    b += [
        ("h2", "Tot slot"),
        ("p", "De Raad heeft met dit advies een stevige basis gelegd voor de volgende fase van het bibliotheekbeleid. "
              "Ik zal uw Kamer voor het einde van dit jaar informeren over de afspraken in het nieuwe "
              "Bibliotheekconvenant."),
        ("p", "Hoogachtend,\nde minister van Onderwijs, Cultuur en Wetenschap,\n\nmr. drs. J.H. van der Velde"),
    ]
    return b


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Leg in de Wet stelsel openbare bibliotheekvoorzieningen vast dat iedere gemeente",
         "reply_contains": "Een wettelijke plicht voor gemeenten gaat mij op dit moment echter te ver",
         "verdict": "partly"},
        {"number": "2", "starts_with": "Maak de financiering van de Bibliotheek op school in het primair en voortgezet onderwijs structureel",
         "reply_contains": "vanaf het schooljaar 2027-2028 structureel onder in de bekostiging voor leesbevordering",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Geef de Koninklijke Bibliotheek de opdracht om samen met uitgevers een landelijk aanbod",
         "reply_contains": "de eerste landelijke licenties gaan op 1 januari 2027 in",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "Laat de provinciale serviceorganisaties hun ondersteuning aan kleine bibliotheken bundelen",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "Stel samen met de sector een arbeidsmarktagenda op die de vergrijzing van het personeel",
         "reply_contains": "Ik zal de aanbeveling betrekken bij het overleg met de sociale partners",
         "verdict": "noted"},
        {"number": "6", "starts_with": "Richt een onafhankelijke Leesautoriteit op die de leesbevordering van het Rijk",
         "reply_contains": "Ik zie echter geen aanleiding om daarvoor een nieuw zelfstandig bestuursorgaan op te richten",
         "verdict": "disagrees"},
        {"number": "7", "starts_with": "Vervroeg de evaluatie van de Wet stelsel openbare bibliotheekvoorzieningen naar 2027",
         "reply_contains": "De voorbereiding van de evaluatie van de Wsob is reeds in gang gezet",
         "verdict": "agrees"},
    ],
    "unmatched_replies_contain": [
        "Dat de bereikbaarheid in delen van het land is afgenomen, is voor mij reden",
        "Ik zal uw Kamer voor het einde van dit jaar informeren over de afspraken",
    ],
    "notes": "Raad voor Cultuur advice on public libraries (reportlab, DejaVu; cover, 'Inhoud' page with page numbers, "
             "running header, footnote, a data table). The recommendations appear twice: as a short numbered list "
             "1.-7. in the 'Samenvatting' (different, shorter wording: noun phrases) and in full in chapter 5 under "
             "'Aanbeveling N' sub-headings as a bold imperative sentence followed by an explanation paragraph; "
             "starts_with is taken from the full text. Response: Kamerbrief of the OCW minister ('ik') that quotes "
             "each recommendation verbatim in italics under 'Aanbeveling N', then a bold 'Reactie' line and the "
             "reply; order 1, 2, 3, 5, 6, 7 - recommendation 4 (provincial support centres) is skipped entirely "
             "(unanswered). Because the quotes repeat the advice verbatim, the reply phrases are taken from the "
             "reply paragraphs only. 1 is partly: 'onderschrijf de strekking' but the statutory duty 'gaat mij ... te "
             "ver'; convenant first. 2 agrees ('neem deze aanbeveling over') while disputing the Raad's finding on "
             "falling reach. 3 agrees as already under way without any verdict word. 5 noted ('neem kennis van', "
             "'zal ... betrekken bij'). 6 disagrees ('zie echter geen aanleiding') after acknowledging the problem. "
             "7 agrees ('reeds in gang gezet', with the requested sub-study). 'Algemeen' and 'Tot slot' answer no "
             "recommendation.",
}

if __name__ == "__main__":
    kw = dict(header=f"Raad voor Cultuur  |  {T}", footer="{page}", title=T, accent=(0.45, 0.1, 0.2), font="Serif",
              size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van Onderwijs, Cultuur en Wetenschap  |  Ons kenmerk 52890117",
              footer="Pagina {page}", font="Sans", size=9.5, accent=(0.1, 0.2, 0.45))
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

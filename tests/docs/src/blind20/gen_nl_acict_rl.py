"""Blind round 20 (nl): advies van het Adviescollege ICT-toetsing (AcICT) over een ICT-programma van het CJIB, met
genummerde risico's (geen aanbevelingen) en zes adviezen in kaders 'Advies 1'-'Advies 6', en de Kamerbrief van de
minister van Justitie en Veiligheid ('ik') met de bestuurlijke reactie per thema, met het adviesnummer tussen haakjes
in een vetgedrukte aanloopkop.
Engine: reportlab (DejaVu), A4.
Run: /tmp/blind20nl/bin/python tests/docs/src/blind20/gen_nl_acict_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20nl as H

NAME = "blind20_nl_acict"
T = "Advies Programma Vernieuwing Inningssystemen (VIS)"
A = {
    1: "Breng de scope van de eerste release terug tot de inning van verkeersboetes op grond van de Wet Mulder, en "
       "stel de aansluiting van strafrechtelijke geldsancties uit tot een volgende fase.",
    2: "Stel vóór het beslismoment van september 2026 een geactualiseerde businesscase op, met een onderbouwde "
       "raming van de totale levensduurkosten en een expliciete afweging van alternatieven.",
    3: "Beleg het eigenaarschap van de doelarchitectuur bij één architect met doorzettingsmacht over alle "
       "deelprojecten, en geef deze een rechtstreekse rapportagelijn naar de programmadirecteur.",
    4: "Laat de kwaliteitsborging uitvoeren door een partij die onafhankelijk is van het programma en die "
       "rechtstreeks rapporteert aan de secretaris-generaal van het ministerie.",
    5: "Maak met de hoofdleverancier vóór de gunning van de tweede fase bindende afspraken over exit, de overdracht "
       "van broncode en het eigendom van de gegevensmodellen.",
    6: "Reserveer in de planning en de begroting afzonderlijk capaciteit voor de migratie en opschoning van "
       "historische gegevens, en begin daarmee uiterlijk in het vierde kwartaal van 2026.",
}
TOEL = {
    1: "De huidige scope omvat in de eerste release zowel de Wahv-inning als de inning van geldboetes, "
       "schadevergoedingsmaatregelen en ontnemingsmaatregelen. Deze stromen verschillen sterk in volume, "
       "wetgeving en ketenpartners. Door de eerste release te beperken tot de grootste en best gestandaardiseerde "
       "stroom kan het programma sneller waarde leveren en leren voordat de complexere stromen volgen.",
    2: "De businesscase dateert van 2023 en gaat uit van een looptijd en kosten die inmiddels zijn achterhaald. "
       "Het AcICT heeft geen onderbouwing aangetroffen voor de veronderstelde besparing op de handmatige "
       "verwerking. Een actuele businesscase is nodig om bij het volgende beslismoment een verantwoorde keuze te "
       "kunnen maken.",
    3: "Het programma kent vijf deelprojecten met elk een eigen architect. Ontwerpbeslissingen worden in "
       "overleggen afgestemd, maar niemand kan bij verschil van inzicht een knoop doorhakken. Dit vergroot het "
       "risico dat de deelsystemen niet goed op elkaar aansluiten.",
    4: "De huidige kwaliteitsborging wordt uitgevoerd door een adviesbureau dat ook capaciteit levert aan het "
       "programma. Het AcICT acht deze constructie onvoldoende onafhankelijk.",
    5: "De contracten met de hoofdleverancier bevatten geen uitwerking van een exitstrategie. Zonder zulke "
       "afspraken dreigt een afhankelijkheid die de onderhandelingspositie van het CJIB op termijn verzwakt.",
    6: "Het CJIB beheert gegevens over bijna twintig jaar aan sancties in drie verschillende systemen. De kwaliteit "
       "van deze gegevens is wisselend. In de planning is voor de migratie geen afzonderlijke activiteit "
       "opgenomen; zij is ondergebracht bij de reguliere ontwikkelwerkzaamheden.",
}


def advice():
    b = [
        ("cover", [("Adviescollege ICT-toetsing", 14, True, 10), ("Advies", 12, False, 70),
                   ("Programma Vernieuwing Inningssystemen (VIS)", 26, True, 8),
                   ("Centraal Justitieel Incassobureau \u2013 Ministerie van Justitie en Veiligheid", 13, False, 12),
                   ("Kenmerk AcICT-2026-07", 11, False, 170), ("Den Haag, 12 maart 2026", 11, False, 4)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "Het Centraal Justitieel Incassobureau (CJIB) int jaarlijks ruim negen miljoen sancties, van "
         "verkeersboetes tot ontnemingsmaatregelen. De systemen waarmee dat gebeurt zijn grotendeels ontwikkeld in "
         "de jaren negentig en raken verouderd. Met het Programma Vernieuwing Inningssystemen (VIS) wil het CJIB "
         "deze systemen in de periode 2025-2030 vervangen door één modulair inningsplatform. De geraamde kosten "
         "bedragen \u20ac 214 miljoen."),
        ("p", "Het Adviescollege ICT-toetsing (AcICT) heeft het programma getoetst op de vraag of het een reële kans "
         "van slagen heeft. Ons oordeel is dat het programma in de huidige opzet een beperkte kans van slagen "
         "heeft. De scope van de eerste release is te breed, de businesscase is verouderd en de architectuur van "
         "het platform wordt niet centraal bewaakt. Daarnaast is de migratie van historische gegevens onderschat."),
        ("p", "Het AcICT ziet wel goede aanknopingspunten. Het programma heeft een deskundig kernteam, de "
         "ketenpartners zijn vroeg betrokken en de keuze voor een modulair platform is verstandig. Met de zes "
         "adviezen in hoofdstuk 4 kan de kans van slagen naar ons oordeel aanzienlijk worden vergroot."),
        ("h1", "1  Inleiding"),
        ("h2", "1.1  Aanleiding"),
        ("p", "Het AcICT toetst op grond van het Instellingsbesluit Adviescollege ICT-toetsing ICT-projecten van de "
         "Rijksoverheid met een ICT-component van meer dan \u20ac 5 miljoen.[[1]] Het programma VIS is in 2025 "
         "door de minister van Justitie en Veiligheid aangemeld bij het Rijks ICT-dashboard. Het AcICT heeft het "
         "programma op eigen initiatief geselecteerd voor toetsing, vanwege de omvang, het maatschappelijk belang "
         "en de afhankelijkheid van vele ketenpartners."),
        ("h2", "1.2  Toetsingskader en werkwijze"),
        ("p", "Het AcICT beoordeelt de kans van slagen van een project vanuit drie invalshoeken: de "
         "probleemstelling en de doelen, de aanpak en de organisatie, en de technische en financiële "
         "haalbaarheid. De toetsing vond plaats tussen oktober 2025 en februari 2026. Wij hebben documenten "
         "bestudeerd en 34 interviews gehouden met medewerkers van het CJIB, het ministerie, de hoofdleverancier "
         "en ketenpartners, waaronder het Openbaar Ministerie en de politie.[[2]]"),
        ("p", "Het conceptadvies is op 20 februari 2026 voor een feitelijke controle aan het CJIB voorgelegd. Het "
         "advies is vastgesteld in de collegevergadering van 10 maart 2026."),
        ("notes", [(1, "Instellingsbesluit Adviescollege ICT-toetsing, Stcrt. 2021, 13207, artikel 3."),
                   (2, "Een lijst van gesprekspartners is bij het AcICT op te vragen.")]),
        ("h1", "2  Het programma VIS"),
        ("h2", "2.1  Doelen"),
        ("p", "Het programma heeft drie doelen: de continuïteit van de inning borgen, de wendbaarheid vergroten zodat "
         "nieuwe wetgeving sneller kan worden ingevoerd, en de dienstverlening aan burgers met een betalingsachterstand "
         "verbeteren. Dat laatste doel hangt samen met het beleid om schulden door een opeenstapeling van "
         "verhogingen te voorkomen."),
        ("h2", "2.2  Fasering en budget"),
        ("p", "Het programma is opgedeeld in drie fasen. Tabel 1 geeft een overzicht van de fasering en het "
         "geraamde budget zoals vastgelegd in het programmaplan van november 2025."),
        ("table", [0.16, 0.5, 0.17, 0.17], ["Fase", "Inhoud", "Periode", "Budget (mln)"],
         [["Fase 1", "Inningsplatform, eerste release: Wahv-inning en strafrechtelijke geldsancties", "2025-2027",
           "\u20ac 96"],
          ["Fase 2", "Ontnemingsmaatregelen, schadevergoedingsmaatregelen, koppelingen gemeenten", "2027-2029",
           "\u20ac 71"],
          ["Fase 3", "Uitfasering oude systemen en datamigratie", "2029-2030", "\u20ac 47"]]),
        ("small", "Tabel 1 \u2013 Fasering programma VIS. Bron: programmaplan VIS, versie 2.1."),
        ("p", "De ontwikkeling wordt uitgevoerd door een hoofdleverancier die in 2024 na een Europese aanbesteding is "
         "gecontracteerd, aangevuld met eigen medewerkers van het CJIB. Het programma wordt aangestuurd door een "
         "programmadirecteur die rapporteert aan de algemeen directeur van het CJIB."),
        ("h1", "3  Risicoanalyse"),
        ("p", "Het AcICT heeft vier risico's geïdentificeerd die de kans van slagen van het programma in belangrijke "
         "mate bepalen."),
        ("p", "<b>Risico 1: De eerste release is te omvangrijk.</b> De eerste release moet zowel de massale "
         "Wahv-inning als de complexe inning van strafrechtelijke geldsancties ondersteunen. De planning voor "
         "deze release is naar ons oordeel niet realistisch: zij gaat uit van een ontwikkelsnelheid die het "
         "programma tot nu toe in geen enkel kwartaal heeft gehaald."),
        ("p", "<b>Risico 2: De businesscase biedt geen basis voor besluitvorming.</b> Kosten en baten zijn sinds "
         "2023 niet herzien. De baten zijn bovendien niet onderbouwd."),
        ("p", "<b>Risico 3: De samenhang van de architectuur is niet geborgd.</b> Elk deelproject neemt eigen "
         "ontwerpbeslissingen. Er is geen integrale doelarchitectuur die door één persoon wordt bewaakt."),
        ("p", "<b>Risico 4: De datamigratie is onderschat.</b> De kwaliteit van de historische gegevens is "
         "onvoldoende in beeld, en de migratie heeft geen eigen plaats in planning en begroting."),
        ("p", "Daarnaast constateert het AcICT dat de kwaliteitsborging niet onafhankelijk is ingericht en dat de "
         "contracten met de hoofdleverancier geen exitafspraken bevatten. Deze punten zijn op zichzelf geen "
         "directe bedreiging voor de eerste release, maar vergroten de risico's op de langere termijn."),
        ("h1", "4  Adviezen"),
        ("p", "Op basis van de risicoanalyse geeft het AcICT de minister van Justitie en Veiligheid de volgende "
         "adviezen."),
    ]
    for n in range(1, 7):
        b.append(("box", f"Advies {n}", A[n]))
        b.append(("p", TOEL[n]))
    b += [
        ("h1", "Bijlage  Over het AcICT"),
        ("p", "Het Adviescollege ICT-toetsing is een onafhankelijk adviescollege dat de ministers adviseert over de "
         "kans van slagen van ICT-projecten en over het beheer van ICT-systemen. Het college bestaat uit vijf "
         "leden en wordt ondersteund door een bureau. De adviezen van het AcICT worden door de betrokken "
         "minister met een bestuurlijke reactie aan de Tweede Kamer gezonden."),
        ("p", "Adviescollege ICT-toetsing\nir. M.J. Gerritsen, voorzitter\nE.A. Brouwer MSc, secretaris"),
    ]
    return b


def response():
    return [
        ("p", "<b>Ministerie van Justitie en Veiligheid</b>\nDirectie Informatievoorziening en Inkoop"),
        ("small", "Turfmarkt 147, 2511 DP Den Haag\nPostbus 20301, 2500 EH Den Haag"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("small", "Datum  16 april 2026\nOnze referentie  6718342\nOnderwerp  Advies AcICT over het Programma "
         "Vernieuwing Inningssystemen (VIS) en bestuurlijke reactie"),
        ("p", "Geachte Voorzitter,"),
        ("p", "Hierbij zend ik u het advies van het Adviescollege ICT-toetsing (AcICT) over het Programma "
         "Vernieuwing Inningssystemen (VIS) van het Centraal Justitieel Incassobureau (CJIB). In deze brief geef "
         "ik mijn bestuurlijke reactie op het advies."),
        ("h2", "Het advies in het kort"),
        ("p", "Het AcICT oordeelt dat het programma VIS in de huidige opzet een beperkte kans van slagen heeft, en "
         "doet zes adviezen om die kans te vergroten. Het college is positief over het kernteam, de vroege "
         "betrokkenheid van de ketenpartners en de keuze voor een modulair platform. Ik dank het AcICT voor het "
         "zorgvuldige advies. Het CJIB herkent zich in de hoofdlijnen van de analyse en heeft een aantal "
         "verbeteringen al opgepakt tijdens de toetsing."),
        ("h2", "Reactie op de adviezen"),
        ("p", "<b>Businesscase en datamigratie (adviezen 2 en 6)</b>\nHet actualiseren van de businesscase is reeds "
         "in gang gezet. Het CJIB stelt met ondersteuning van de CIO-office van het ministerie een nieuwe raming "
         "van de levensduurkosten op, inclusief een vergelijking met het aanpassen van de bestaande systemen. De "
         "geactualiseerde businesscase ligt voor bij het beslismoment in september 2026. Daarin wordt de "
         "datamigratie als afzonderlijk deelproject met een eigen budget opgenomen; de voorbereiding daarvan start "
         "in oktober 2026. Beide adviezen neem ik daarmee volledig over."),
        ("p", "<b>Scope van de eerste release (advies 1)</b>\nIk neem dit advies over. De eerste release zal "
         "uitsluitend de inning van Wahv-beschikkingen ondersteunen; de strafrechtelijke geldsancties volgen in "
         "fase 2. Wel plaats ik een kanttekening bij de bevinding van het AcICT dat de planning van de eerste "
         "release niet realistisch is. Die planning is in januari 2026 herijkt op basis van de gerealiseerde "
         "ontwikkelsnelheid van het laatste halfjaar, en die herijking is in het advies niet meegenomen. Met de "
         "beperkte scope acht ik de planning haalbaar."),
        ("p", "<b>Kwaliteitsborging (advies 4)</b>\nIk onderschrijf de strekking van dit advies. De "
         "kwaliteitsborging wordt per 1 juli 2026 belegd bij een bureau dat geen andere werkzaamheden voor het "
         "programma verricht. Ik acht het echter niet wenselijk dat dit bureau rechtstreeks aan de "
         "secretaris-generaal rapporteert. De rapportages gaan naar de CIO van het ministerie, die daarover "
         "periodiek met de algemeen directeur van het CJIB en de eigenaar van het programma spreekt. Zo blijft de "
         "verantwoordelijkheid voor het programma waar zij hoort."),
        ("p", "<b>Architectuur (advies 3)</b>\nIk deel de zorg van het AcICT over de samenhang van het platform, "
         "maar niet de conclusie dat die zorg moet worden opgelost door één architect met doorzettingsmacht. Het "
         "CJIB heeft in februari 2026 een architectuurboard ingesteld, waarin de architecten van de deelprojecten "
         "en de enterprise-architect van het CJIB de integrale doelarchitectuur vaststellen en bewaken. Ik neem "
         "dit advies daarom niet over. Wel zal ik het AcICT vragen bij een eventuele hertoetsing nadrukkelijk "
         "naar de werking van deze board te kijken."),
        ("h2", "Vervolg"),
        ("p", "In de volgende voortgangsrapportage van het programma, die ik u in het najaar van 2026 stuur, "
         "informeer ik u over het besluit bij het beslismoment en over de uitvoering van de maatregelen uit deze "
         "brief. Het Rijks ICT-dashboard wordt na dat beslismoment bijgewerkt."),
        ("p", "De Minister van Justitie en Veiligheid,"),
        ("p", "\n\nD.M. van Weel"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Breng de scope van de eerste release terug tot de inning van verkeersboetes",
         "reply_contains": "De eerste release zal uitsluitend de inning van Wahv-beschikkingen ondersteunen",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Stel vóór het beslismoment van september 2026 een geactualiseerde businesscase op",
         "reply_contains": "Het actualiseren van de businesscase is reeds in gang gezet",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Beleg het eigenaarschap van de doelarchitectuur bij één architect met doorzettingsmacht",
         "reply_contains": "Het CJIB heeft in februari 2026 een architectuurboard ingesteld",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "Laat de kwaliteitsborging uitvoeren door een partij die onafhankelijk is van het programma",
         "reply_contains": "Ik acht het echter niet wenselijk dat dit bureau rechtstreeks aan de secretaris-generaal rapporteert",
         "verdict": "partly"},
        {"number": "5", "starts_with": "Maak met de hoofdleverancier vóór de gunning van de tweede fase bindende afspraken",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "6", "starts_with": "Reserveer in de planning en de begroting afzonderlijk capaciteit voor de migratie",
         "reply_contains": "de datamigratie als afzonderlijk deelproject met een eigen budget opgenomen",
         "verdict": "agrees"},
    ],
    "unmatched_replies_contain": [
        "Het CJIB herkent zich in de hoofdlijnen van de analyse",
        "informeer ik u over het besluit bij het beslismoment en over de uitvoering",
    ],
    "notes": "Adviescollege ICT-toetsing (AcICT) advice on an ICT programme of the CJIB (reportlab, DejaVu; cover, "
             "'Inhoud' page, running header, page numbers, footnotes, a phasing table) + the Minister of Justice's "
             "Kamerbrief with the bestuurlijke reactie ('ik'). Advice: chapter 3 has four bold run-in 'Risico 1:'-"
             "'Risico 4:' findings that are NOT recommendations, and chapter 4 has six shaded boxes 'Advies 1'-"
             "'Advies 6' (imperatives), each followed by an explanatory paragraph. Response: 'Het advies in het "
             "kort' (summary, unmatched), then 'Reactie op de adviezen' with bold run-in theme headings that carry "
             "the number in parentheses: '(adviezen 2 en 6)' one shared paragraph, then '(advies 1)', '(advies 4)', "
             "'(advies 3)'; advies 5 (exit agreements with the supplier) is not answered anywhere. 2 agrees "
             "('reeds in gang gezet'), 6 agrees (separate sub-project with own budget; 'Beide adviezen neem ik "
             "daarmee volledig over'). 1 agrees although the minister disputes the report's finding that the "
             "planning is unrealistic. 4 is partly: 'onderschrijf de strekking', independent QA is adopted but the "
             "reporting line to the secretary-general is refused ('acht het niet wenselijk'). 3 disagrees: 'deel de "
             "zorg ... maar niet de conclusie' and the split verb 'Ik neem dit advies daarom niet over'. "
             "'Vervolg' (next progress report) is unmatched.",
}

if __name__ == "__main__":
    kw = dict(header=f"Adviescollege ICT-toetsing  |  {T}", footer="pagina {page}", title=T, accent=(0.05, 0.3, 0.35),
              font="Serif", size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van Justitie en Veiligheid  |  Onze referentie 6718342", footer="Pagina {page}",
              font="Sans", size=10)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

"""Blind round 21 (nl, Vlaanderen): advies van het Kinderrechtencommissariaat over tuchtmaatregelen en uitsluiting in
het secundair onderwijs, met aanbevelingen onder 'Onze aanbevelingen' aan het einde van drie hoofdstukken, doorlopend
genummerd 1-7; en de antwoordbrief van de Vlaamse minister van Onderwijs in doorlopend proza, die alleen met
rangtelwoorden naar de aanbevelingen verwijst ('uw eerste aanbeveling', 'wat de derde betreft', 'tot slot').
Engine: fpdf2 (Liberation), A4.
Run: /tmp/blind21nl/bin/python tests/docs/src/blind21/gen_nl_kinderrechten_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b21nl as H

NAME = "blind21_nl_kinderrechten"
T = "Buiten de schoolpoort"
A = {
    1: "Veranker in het decreet leerlingenrechten dat een school vóór elke definitieve uitsluiting een "
       "herstelgericht gesprek aanbiedt aan de leerling en zijn ouders.",
    2: "Zorg dat elke definitief uitgesloten leerling binnen tien schooldagen effectief is ingeschreven in een "
       "nieuwe school, en maak het CLB verantwoordelijk voor die opvolging.",
    3: "Schaf de mogelijkheid af om leerlingen jonger dan twaalf jaar definitief uit te sluiten.",
    4: "Verzamel jaarlijks cijfers over tijdelijke en definitieve uitsluitingen per school, uitgesplitst naar "
       "leeftijd, onderwijsvorm en gezinsachtergrond, en maak die openbaar.",
    5: "Richt per scholengemeenschap een onafhankelijke beroepscommissie op waarin ook een vertegenwoordiger van "
       "de leerlingen zetelt.",
    6: "Voorzie in een recht op onderwijsbegeleiding voor leerlingen die tijdelijk zijn uitgesloten, zodat zij "
       "hun leerachterstand niet alleen moeten inhalen.",
    7: "Neem in de lerarenopleidingen een verplicht opleidingsonderdeel op over conflicthantering en "
       "herstelgericht werken in de klas.",
}


def advice():
    b = [
        ("cover", [("Kinderrechtencommissariaat", 14, True, 10), ("Advies 2025-2026/07", 12, False, 70),
                   (T, 28, True, 8),
                   ("Advies over tuchtmaatregelen, tijdelijke en definitieve uitsluiting in het secundair onderwijs",
                    14, False, 10),
                   ("Brussel, 20 januari 2026", 11, False, 190),
                   ("Leuvenseweg 86, 1000 Brussel  -  www.kinderrechtencommissariaat.be", 9, False, 6)]),
        ("toc", "Inhoud"),
        ("h1", "Waarom dit advies"),
        ("p", "Elk jaar krijgt de Klachtenlijn van het Kinderrechtencommissariaat meldingen van jongeren en ouders over "
              "een uitsluiting. In het schooljaar 2024-2025 ging het om 312 meldingen, bijna een verdubbeling ten "
              "opzichte van vijf jaar eerder. De verhalen lijken op elkaar: een leerling die na een incident van de "
              "ene dag op de andere thuis zit, ouders die niet weten waar ze terechtkunnen, en een zoektocht naar een "
              "nieuwe school die weken of zelfs maanden duurt."),
        ("p", "Het recht op onderwijs staat in artikel 28 van het Internationaal Verdrag inzake de Rechten van het "
              "Kind. Artikel 28, tweede lid, vraagt dat de discipline op school wordt toegepast op een manier die "
              "verenigbaar is met de menselijke waardigheid van het kind.[[1]] Een school moet de veiligheid van "
              "leerlingen en personeel kunnen bewaken. Maar een uitsluiting mag nooit betekenen dat een kind uit het "
              "onderwijs verdwijnt."),
        ("p", "Voor dit advies analyseerden we de meldingen bij onze Klachtenlijn, spraken we met 46 jongeren die een "
              "uitsluiting meemaakten en organiseerden we rondetafels met directies, leerkrachten, CLB-medewerkers en "
              "de onderwijskoepels. We danken iedereen die zijn ervaring met ons wilde delen."),
        ("notes", [(1, "Zie ook het Algemeen Commentaar nr. 1 (2001) van het VN-Kinderrechtencomité over de doelstellingen "
                       "van onderwijs.")]),
        ("h1", "1 De procedure: wat jongeren meemaken"),
        ("p", "Het decreet leerlingenrechten legt een aantal procedurele waarborgen vast: de leerling en zijn ouders "
              "worden gehoord, krijgen inzage in het dossier en kunnen beroep aantekenen. In de praktijk ervaren "
              "jongeren die waarborgen vaak als een formaliteit. Het gesprek vindt plaats wanneer de beslissing "
              "eigenlijk al genomen is. Jongeren vertellen dat niemand hen vroeg wat er precies gebeurd was, of wat "
              "ze nodig hadden om het weer goed te maken."),
        ("p", "Scholen die herstelgericht werken, bijvoorbeeld met een herstelcirkel of een groepsoverleg, zien dat een "
              "deel van de conflicten kan worden opgelost zonder dat een leerling de school moet verlaten. Dat vraagt "
              "tijd en deskundigheid, maar het voorkomt ook nieuwe problemen in een volgende school."),
        ("p", "Zorgwekkend is dat het na een definitieve uitsluiting lang kan duren voor een jongere opnieuw "
              "ingeschreven is. Uit onze meldingen blijkt dat een op de vijf jongeren meer dan een maand zonder "
              "school zat. Het CLB heeft wel een begeleidingsopdracht, maar niemand is er eindverantwoordelijk voor "
              "dat een jongere effectief ergens terechtkomt."),
        ("h3", "Onze aanbevelingen"),
        ("np", "1", A[1]), ("np", "2", A[2]),
        ("h1", "2 Jonge leerlingen en zicht op de cijfers"),
        ("p", "Sinds 2019 kan een leerling in het lager onderwijs niet langer definitief worden uitgesloten zonder "
              "dat de school samen met het CLB een traject heeft doorlopen. In de eerste graad van het secundair "
              "onderwijs zitten echter ook leerlingen van elf jaar. Voor hen gelden de regels van het secundair "
              "onderwijs. We kregen meldingen over kinderen van elf die na een conflict op de speelplaats definitief "
              "werden uitgesloten."),
        ("p", "Vlaanderen beschikt vandaag over geen volledige cijfers over uitsluitingen. Scholen registreren een "
              "definitieve uitsluiting wel bij de uitschrijving, maar tijdelijke uitsluitingen en preventieve "
              "schorsingen worden niet centraal bijgehouden. Daardoor kan niemand nagaan of bepaalde groepen "
              "leerlingen vaker worden getroffen. Onderzoek in het buitenland toont dat jongeren met een "
              "migratieachtergrond, jongeren in armoede en jongeren met een beperking er oververtegenwoordigd zijn."),
        ("h3", "Onze aanbevelingen"),
        ("np", "3", A[3]), ("np", "4", A[4]),
        ("h1", "3 Beroep, begeleiding en opleiding"),
        ("p", "Tegen een definitieve uitsluiting kunnen ouders intern beroep instellen bij het schoolbestuur. De "
              "beroepscommissie bestaat uit interne en externe leden, maar de samenstelling verschilt sterk tussen "
              "schoolbesturen. Jongeren en ouders twijfelen aan de onafhankelijkheid, vooral wanneer leden van het "
              "schoolbestuur zelf in de commissie zitten. Leerlingen hebben er bovendien geen stem."),
        ("p", "Ook een tijdelijke uitsluiting laat sporen na. Een leerling die twee of drie weken thuis zit, mist "
              "lessen en toetsen. Sommige scholen bezorgen taken, andere niet. Jongeren vertellen dat ze er helemaal "
              "alleen voor stonden. Tot slot blijkt uit onze rondetafels dat beginnende leerkrachten zich slecht "
              "voorbereid voelen op conflicten in de klas. Het omgaan met grensoverschrijdend gedrag komt in de "
              "lerarenopleiding slechts beperkt aan bod."),
        ("h3", "Onze aanbevelingen"),
        ("np", "5", A[5]), ("np", "6", A[6]), ("np", "7", A[7]),
        ("h1", "Tot besluit"),
        ("p", "Een school die een leerling uitsluit, draagt een grote verantwoordelijkheid. Met dit advies vragen we "
              "geen straffeloosheid, maar een aanpak waarin het recht op onderwijs van elk kind centraal blijft staan. "
              "Het Kinderrechtencommissariaat volgt de opvolging van dit advies op en rapporteert daarover in zijn "
              "volgende jaarverslag aan het Vlaams Parlement."),
        ("p", "Caroline Vrijens\nKinderrechtencommissaris"),
    ]
    return b


def response():
    return [
        ("p", "<b>Vlaamse minister van Onderwijs, Sport, Dierenwelzijn en Vlaamse Rand</b>\nKoning Albert II-laan 15\n"
              "1210 Brussel"),
        ("p", "Mevrouw Caroline Vrijens\nKinderrechtencommissaris\nLeuvenseweg 86\n1000 Brussel"),
        ("p", "Uw bericht van 20 januari 2026\nOns kenmerk KAB/OND/2026/0341\nBrussel, 3 april 2026"),
        ("p", "<b>Betreft: uw advies 'Buiten de schoolpoort' over tuchtmaatregelen in het secundair onderwijs</b>"),
        ("p", "Geachte kinderrechtencommissaris,"),
        ("p", "Ik dank u voor uw advies over tuchtmaatregelen en uitsluiting in het secundair onderwijs. De getuigenissen "
              "van de jongeren die u hebt gesproken, maken duidelijk hoe ingrijpend een uitsluiting is voor een "
              "jongere en zijn gezin. Ik deel uw uitgangspunt dat de veiligheid op school en het recht op onderwijs "
              "niet tegen elkaar mogen worden uitgespeeld. Graag geef ik hieronder mijn standpunt over uw "
              "aanbevelingen."),
        ("p", "Uw eerste aanbeveling vraagt om een herstelgericht gesprek vóór elke definitieve uitsluiting. Ik treed u "
              "daarin bij. Bij de aanstaande wijziging van het decreet leerlingenrechten zal ik voorstellen om zo'n "
              "gesprek verplicht aan te bieden, waarbij de school de vorm ervan zelf kan kiezen. De leerling en de "
              "ouders zijn uiteraard vrij om op het aanbod in te gaan."),
        ("p", "Wat de derde aanbeveling betreft, begrijp ik uw bezorgdheid over heel jonge leerlingen in de eerste "
              "graad. Een afzonderlijke leeftijdsgrens binnen het secundair onderwijs acht ik evenwel niet wenselijk. "
              "Dat zou binnen één klasgroep tot verschillende regels leiden, terwijl de bestaande procedure de school "
              "al verplicht om rekening te houden met de leeftijd en de ontwikkeling van de leerling. Ik ga hier dan "
              "ook niet op in."),
        ("p", "De tweede en de vierde aanbeveling hangen volgens mij nauw samen: we moeten weten hoeveel jongeren "
              "worden uitgesloten en we moeten erop toezien dat niemand tussen twee scholen blijft hangen. Vanaf het "
              "schooljaar 2026-2027 registreren scholen elke tijdelijke en definitieve uitsluiting in Discimus, en "
              "AGODI zal de gegevens jaarlijks publiceren. Het CLB krijgt in de nieuwe operationele doelstellingen "
              "uitdrukkelijk de opdracht om de herinschrijving op te volgen. Beide aanbevelingen worden zo volledig "
              "uitgevoerd."),
        ("p", "Uw zesde aanbeveling onderschrijf ik in beginsel. Een tijdelijk uitgesloten leerling mag niet aan zijn lot "
              "worden overgelaten. Ik wil scholen verplichten om tijdens een tijdelijke uitsluiting taken en "
              "feedback te bezorgen, voor zover dat binnen de bestaande omkadering mogelijk is. Een afdwingbaar "
              "individueel recht op begeleiding door een leraar, zoals u voorstelt, kan ik binnen de huidige "
              "begroting echter niet waarmaken."),
        ("p", "Voor de oprichting van een onafhankelijke beroepscommissie per scholengemeenschap, waar u in uw vijfde "
              "aanbeveling om vraagt, is overleg met de onderwijsverstrekkers nodig. Ik zal met de koepels bekijken "
              "of een dergelijke commissie haalbaar is en hoe leerlingen daarin een stem kunnen krijgen. Het is te "
              "vroeg om daarover nu een standpunt in te nemen."),
        ("p", "Tot slot wil ik nog ingaan op het bredere kader. De Vlaamse Regering werkt aan een actieplan "
              "schoolwelzijn dat dit najaar aan het Vlaams Parlement wordt voorgelegd. Uw advies zal daarbij een "
              "belangrijke bron zijn, en mijn administratie neemt graag deel aan het overleg dat u over de opvolging "
              "organiseert."),
        ("p", "Met de meeste hoogachting,"),
        ("p", "Ben Weyts\nVlaams minister van Onderwijs, Sport, Dierenwelzijn en Vlaamse Rand"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Veranker in het decreet leerlingenrechten dat een school vóór elke definitieve uitsluiting",
         "reply_contains": "zal ik voorstellen om zo'n gesprek verplicht aan te bieden",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Zorg dat elke definitief uitgesloten leerling binnen tien schooldagen effectief is ingeschreven",
         "reply_contains": "uitdrukkelijk de opdracht om de herinschrijving op te volgen",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Schaf de mogelijkheid af om leerlingen jonger dan twaalf jaar definitief uit te sluiten",
         "reply_contains": "Een afzonderlijke leeftijdsgrens binnen het secundair onderwijs acht ik evenwel niet wenselijk",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "Verzamel jaarlijks cijfers over tijdelijke en definitieve uitsluitingen per school",
         "reply_contains": "registreren scholen elke tijdelijke en definitieve uitsluiting in Discimus",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Richt per scholengemeenschap een onafhankelijke beroepscommissie op",
         "reply_contains": "Ik zal met de koepels bekijken of een dergelijke commissie haalbaar is",
         "verdict": "noted"},
        {"number": "6", "starts_with": "Voorzie in een recht op onderwijsbegeleiding voor leerlingen die tijdelijk zijn uitgesloten",
         "reply_contains": "kan ik binnen de huidige begroting echter niet waarmaken",
         "verdict": "partly"},
        {"number": "7", "starts_with": "Neem in de lerarenopleidingen een verplicht opleidingsonderdeel op over conflicthantering",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "Ik deel uw uitgangspunt dat de veiligheid op school en het recht op onderwijs",
        "De Vlaamse Regering werkt aan een actieplan schoolwelzijn",
    ],
    "notes": "Flemish Kinderrechtencommissariaat advice (fpdf2, Liberation; cover, 'Inhoud' page, running header, "
             "footnote). Seven recommendations numbered 1-7 CONTINUOUSLY in a hanging number column under three "
             "identical 'Onze aanbevelingen' sub-headings at the ends of chapters 1-3 (2, 2 and 3 items). Response: "
             "letter of the Flemish Minister of Education in unbroken prose without headings, numbers or quotes; "
             "each paragraph points to a recommendation by ordinal only ('Uw eerste aanbeveling', 'Wat de derde "
             "aanbeveling betreft', 'De tweede en de vierde aanbeveling', 'Uw zesde aanbeveling', 'waar u in uw "
             "vijfde aanbeveling om vraagt' - ordinal at the END of a clause). Order 1, 3, 2+4 (one shared "
             "paragraph, both agree), 6, 5; 7 (teacher training) is not answered. 1 agrees ('Ik treed u daarin "
             "bij'). 3 disagrees ('acht ik evenwel niet wenselijk', 'Ik ga hier dan ook niet op in' - split verb). "
             "6 partly ('onderschrijf ik in beginsel', 'voor zover', the individual right refused). 5 noted ('zal "
             "... bekijken', 'te vroeg om ... standpunt in te nemen'). The opening paragraph and the paragraph "
             "starting 'Tot slot' (which answers nothing despite the phrase) are unmatched.",
}

if __name__ == "__main__":
    kw = dict(header=f"Kinderrechtencommissariaat  -  {T}", footer="{page}", title=T, accent=(0, 110, 120),
              family="sans", size=10.5)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Vlaamse minister van Onderwijs  -  KAB/OND/2026/0341", footer="{page}/2", family="serif",
              size=11)
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

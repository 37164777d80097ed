"""Blind round 21 (nl): rapport van de Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen over
arbeidsuitbuiting van arbeidsmigranten, met tien aanbevelingen in kaders 'Aanbeveling N - aan <adressaat>' verdeeld
over drie thema's; en de kabinetsreactie als korte Kamerbrief met een bijlage-tabel 'Nr. / Aanbeveling in het kort /
Reactie van het kabinet', met één rij '4 en 5' en een ontbrekende rij voor aanbeveling 8.
Engine: fpdf2 (Liberation), A4.
Run: /tmp/blind21nl/bin/python tests/docs/src/blind21/gen_nl_rapporteur_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b21nl as H

NAME = "blind21_nl_rapporteur"
T = "Onder de radar"
SZW = "aan de minister van Sociale Zaken en Werkgelegenheid"
JV = "aan de minister van Justitie en Veiligheid"
A = {
    1: (SZW, "Zorg ervoor dat bij de toelating van uitzendbureaus onder de Wet toelating terbeschikkingstelling van "
             "arbeidskrachten ook de kwaliteit van de aangeboden huisvesting wordt getoetst."),
    2: (SZW, "Ontkoppel het huurcontract van het arbeidscontract, zodat een arbeidsmigrant die zijn baan verliest "
             "niet tegelijk zijn woonruimte verliest."),
    3: (JV, "Verleen slachtoffers van arbeidsuitbuiting ook zonder aangifte een verblijfsvergunning op grond van de "
            "verblijfsregeling mensenhandel als zij meewerken aan een onderzoek van de Arbeidsinspectie."),
    4: (JV, "Breid de capaciteit van de politie voor onderzoeken naar arbeidsuitbuiting uit, zodat in elke eenheid "
            "ten minste één gespecialiseerd team beschikbaar is."),
    5: ("aan de minister van Justitie en Veiligheid en het College van procureurs-generaal",
        "Wijs bij het Openbaar Ministerie een landelijk officier van justitie arbeidsuitbuiting aan die zaken "
        "coördineert en de kennis in de arrondissementen bundelt."),
    6: (SZW, "Laat de Nederlandse Arbeidsinspectie alle signalen van arbeidsuitbuiting registreren en met "
             "toestemming van het slachtoffer doorzetten naar CoMensha."),
    7: (JV, "Zorg voor gespecialiseerde opvangplekken voor mannelijke slachtoffers van arbeidsuitbuiting in elke "
            "regio van het land."),
    8: ("aan de gemeenten", "Neem arbeidsuitbuiting op in het lokale veiligheidsbeleid en wijs per gemeente een "
                            "vast aanspreekpunt aan voor signalen van arbeidsmigranten."),
    9: (SZW, "Breid de ketenaansprakelijkheid uit, zodat ook opdrachtgevers van uitzendbureaus civielrechtelijk "
             "aansprakelijk kunnen worden gesteld voor uitbuiting in hun keten."),
    10: ("aan het kabinet", "Stel voor arbeidsuitbuiting meetbare doelen vast in het programma Samen tegen "
                            "Mensenhandel en rapporteer daarover jaarlijks aan de Tweede Kamer."),
}


def box(i):
    return ("box", f"Aanbeveling {i} \u2013 {A[i][0]}", A[i][1])


def advice():
    return [
        ("cover", [("Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen", 13, True, 10),
                   (T, 30, True, 90), ("Arbeidsuitbuiting van arbeidsmigranten in de logistiek en de "
                                       "vleesverwerking", 14, False, 10),
                   ("Den Haag, november 2025", 11, False, 200)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "Voorwoord"),
        ("p", "Arbeidsuitbuiting is een van de minst zichtbare vormen van mensenhandel. Slachtoffers werken vaak in "
              "sectoren die voor de Nederlandse economie onmisbaar zijn: de distributiecentra, de land- en tuinbouw "
              "en de vleesverwerking. Zij zijn via een uitzendbureau naar Nederland gekomen, wonen in een woning van "
              "hun werkgever en zijn daardoor op meerdere manieren afhankelijk. In dit rapport breng ik in beeld hoe "
              "die afhankelijkheid ontstaat en wat er nodig is om haar te doorbreken."),
        ("p", "Ik dank de slachtoffers, hulpverleners en professionals die hun ervaringen met mijn bureau hebben "
              "gedeeld."),
        ("p", "Conny Rijken\nNationaal Rapporteur"),
        ("h1", "1 Inleiding"),
        ("p", "In 2024 werden bij CoMensha 612 mogelijke slachtoffers van arbeidsuitbuiting gemeld, het hoogste aantal "
              "ooit. Toch zijn er nog steeds weinig strafzaken: in hetzelfde jaar werden 41 verdachten van "
              "arbeidsuitbuiting bij het Openbaar Ministerie ingeschreven, en slechts negen zaken leidden tot een "
              "veroordeling.[[1]] De kloof tussen het aantal signalen en het aantal zaken is groot en groeit."),
        ("p", "Dit onderzoek richt zich op arbeidsmigranten uit landen van de Europese Unie en daarbuiten die via "
              "uitzendbureaus in de logistiek en de vleesverwerking werken. Wij analyseerden 138 dossiers van de "
              "Nederlandse Arbeidsinspectie en de politie, spraken met 52 professionals en met 23 "
              "arbeidsmigranten."),
        ("notes", [(1, "Bron: OM-data, bewerking Nationaal Rapporteur. Zie ook de Dadermonitor mensenhandel "
                       "2019-2023.")]),
        ("h1", "2 Afhankelijkheid van werk en woning"),
        ("p", "Ruim driekwart van de arbeidsmigranten in ons onderzoek woonde in huisvesting die door of via het "
              "uitzendbureau werd geregeld. De huur werd rechtstreeks op het loon ingehouden. Wie zijn baan verloor, "
              "moest vaak binnen enkele dagen de woning verlaten. Dat maakt het voor arbeidsmigranten bijzonder "
              "riskant om te klagen over werktijden, onderbetaling of onveilige omstandigheden."),
        ("p", "De kwaliteit van de huisvesting liep sterk uiteen. Wij troffen woningen aan waar tien mensen een "
              "eengezinswoning deelden, en locaties zonder werkende verwarming. Bij de toelating van uitzendbureaus "
              "wordt de huisvesting op dit moment niet beoordeeld."),
        box(1), box(2),
        ("h1", "3 Opsporing en vervolging"),
        ("p", "Arbeidsuitbuiting wordt in Nederland vooral opgespoord door de Arbeidsinspectie en de politie. Bij de "
              "politie zijn de teams Aanpak Mensenhandel en Migratiecriminaliteit vooral gericht op seksuele "
              "uitbuiting. Onderzoeken naar arbeidsuitbuiting zijn complex, lang en arbeidsintensief, en komen bij "
              "de prioritering daardoor vaak achteraan."),
        ("p", "Slachtoffers zijn bovendien terughoudend met het doen van aangifte. Zij zijn bang hun werk en "
              "verblijf te verliezen, en vertrouwen de Nederlandse overheid vaak niet. De verblijfsregeling "
              "mensenhandel is sterk gekoppeld aan de aangifte en het strafrechtelijk onderzoek. Binnen het OM is "
              "de kennis over arbeidsuitbuiting verspreid over de arrondissementen; er is geen vast "
              "aanspreekpunt."),
        box(3), box(4), box(5),
        ("h1", "4 Signalering, opvang en verantwoordelijkheid"),
        ("p", "Signalen van arbeidsuitbuiting die de Arbeidsinspectie tijdens inspecties opvangt, worden niet "
              "systematisch geregistreerd en komen daardoor niet in het zicht van CoMensha. Het aantal "
              "geregistreerde slachtoffers is daardoor vrijwel zeker een onderschatting. Mannelijke slachtoffers "
              "kunnen bovendien maar op een paar plekken terecht; de categorale opvang is vooral ingericht op "
              "vrouwen."),
        ("p", "Gemeenten zien arbeidsuitbuiting nog te weinig als een lokaal veiligheidsprobleem, terwijl zij via "
              "huisvesting, handhaving en zorg juist veel signalen kunnen opvangen. Tot slot dragen de opdrachtgevers "
              "van uitzendbureaus, zoals grote webwinkels en vleesverwerkers, op dit moment geen juridische "
              "verantwoordelijkheid voor wat er in hun keten gebeurt."),
        box(6), box(7), box(8), box(9), box(10),
        ("h1", "5 Slotbeschouwing"),
        ("p", "De aanpak van arbeidsuitbuiting vraagt om een verschuiving: van een aanpak die vooral draait om "
              "strafrecht naar een aanpak waarin ook bestuursrecht, arbeidsrecht en de verantwoordelijkheid van "
              "bedrijven een plaats krijgen. De tien aanbevelingen in dit rapport zijn daar een eerste stap in. Ik "
              "zal de opvolging ervan volgen in mijn volgende rapportages."),
    ]


def response():
    rows = [
        ["1", "Huisvesting toetsen bij toelating uitzendbureaus",
         "Het kabinet neemt deze aanbeveling over. In de algemene maatregel van bestuur bij de Wtta wordt de "
         "huisvestingsnorm van de SNF opgenomen als voorwaarde voor toelating vanaf 1 januari 2027."],
        ["2", "Huurcontract en arbeidscontract ontkoppelen",
         "Het kabinet onderschrijft in beginsel dat verlies van werk niet direct tot dakloosheid mag leiden. Een "
         "volledige ontkoppeling is juridisch complex; het kabinet regelt daarom een minimale opzegtermijn van vier "
         "weken voor de huur na ontslag, maar schrijft geen volledige scheiding van de contracten voor."],
        ["3", "Verblijf zonder aangifte",
         "Het kabinet acht het niet wenselijk om de verblijfsregeling los te koppelen van het strafrechtelijk "
         "onderzoek. De regeling kent al een mogelijkheid om in bijzondere gevallen zonder aangifte verblijf te "
         "verlenen; die blijft ongewijzigd."],
        ["4 en 5", "Capaciteit politie en landelijk officier van justitie",
         "De capaciteit van de politie wordt verdeeld in het kader van de Veiligheidsagenda. Het kabinet betrekt de "
         "aanbeveling over gespecialiseerde teams bij de besluitvorming over de volgende Veiligheidsagenda. Het "
         "College van procureurs-generaal heeft per 1 maart 2026 een landelijk officier arbeidsuitbuiting "
         "aangewezen."],
        ["6", "Registratie van signalen door de Arbeidsinspectie",
         "De Arbeidsinspectie gaat alle signalen registreren en met toestemming doorzetten naar CoMensha. Het "
         "kabinet merkt wel op dat het rapport het aantal niet-gemelde signalen overschat: een deel daarvan "
         "werd al via de politie gemeld."],
        ["7", "Opvang voor mannelijke slachtoffers",
         "Het kabinet breidt de categorale opvang voor mannen uit met veertig plekken in drie regio's. Een "
         "dekkend aanbod in elke regio is gezien het beperkte aantal slachtoffers per regio niet doelmatig."],
        ["10", "Meetbare doelen en jaarlijkse rapportage",
         "Het kabinet neemt kennis van deze aanbeveling. Het programma Samen tegen Mensenhandel wordt in 2027 "
         "geëvalueerd; het kabinet zal bezien of daarna meetbare doelen voor arbeidsuitbuiting kunnen worden "
         "geformuleerd."],
        ["9", "Ketenaansprakelijkheid opdrachtgevers",
         "Het kabinet deelt de zorg over misstanden in de keten, maar niet de conclusie dat uitbreiding van de "
         "ketenaansprakelijkheid het juiste middel is. De kabinetsinzet richt zich op de Europese richtlijn over "
         "passende zorgvuldigheid in het bedrijfsleven."],
    ]
    return [
        ("p", "<b>Ministerie van Sociale Zaken en Werkgelegenheid</b>"),
        ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("p", "Datum 12 februari 2026\nBetreft Kabinetsreactie op het rapport 'Onder de radar' van de Nationaal "
              "Rapporteur\nOns kenmerk 2026-0000031877"),
        ("p", "Geachte Voorzitter,"),
        ("p", "Hierbij ontvangt u, mede namens de minister van Justitie en Veiligheid, de kabinetsreactie op het "
              "rapport 'Onder de radar' van de Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen. "
              "Het kabinet dankt de Nationaal Rapporteur voor dit rapport."),
        ("p", "Het rapport laat zien hoe kwetsbaar arbeidsmigranten zijn wanneer werk, woning en vervoer in één hand "
              "liggen. Het kabinet heeft de afgelopen jaren met de uitvoering van de adviezen van het Aanjaagteam "
              "Bescherming Arbeidsmigranten al belangrijke stappen gezet, onder meer met de verplichte certificering "
              "van uitzendbureaus. Het rapport van de Nationaal Rapporteur maakt duidelijk dat daarmee nog niet alle "
              "risico's zijn weggenomen."),
        ("p", "In de bijlage bij deze brief gaat het kabinet per aanbeveling in op het rapport."),
        ("p", "Hoogachtend,\n\nde minister van Sociale Zaken en Werkgelegenheid,\n\n\nE.M. Zwinkels-Arends"),
        ("pb",),
        ("h2", "Bijlage: reactie per aanbeveling"),
        ("table", [0.1, 0.27, 0.63], ["Nr.", "Aanbeveling in het kort", "Reactie van het kabinet"], rows),
        ("small", "De aanbevelingen aan de gemeenten zijn ter kennisname doorgezonden aan de VNG."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Zorg ervoor dat bij de toelating van uitzendbureaus onder de Wet toelating",
         "reply_contains": "huisvestingsnorm van de SNF opgenomen als voorwaarde voor toelating",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Ontkoppel het huurcontract van het arbeidscontract, zodat een arbeidsmigrant",
         "reply_contains": "maar schrijft geen volledige scheiding van de contracten voor",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Verleen slachtoffers van arbeidsuitbuiting ook zonder aangifte een verblijfsvergunning",
         "reply_contains": "Het kabinet acht het niet wenselijk om de verblijfsregeling los te koppelen",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "Breid de capaciteit van de politie voor onderzoeken naar arbeidsuitbuiting uit",
         "reply_contains": "betrekt de aanbeveling over gespecialiseerde teams bij de besluitvorming",
         "verdict": "noted"},
        {"number": "5", "starts_with": "Wijs bij het Openbaar Ministerie een landelijk officier van justitie arbeidsuitbuiting aan",
         "reply_contains": "heeft per 1 maart 2026 een landelijk officier arbeidsuitbuiting aangewezen",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Laat de Nederlandse Arbeidsinspectie alle signalen van arbeidsuitbuiting registreren",
         "reply_contains": "De Arbeidsinspectie gaat alle signalen registreren en met toestemming doorzetten",
         "verdict": "agrees"},
        {"number": "7", "starts_with": "Zorg voor gespecialiseerde opvangplekken voor mannelijke slachtoffers",
         "reply_contains": "Een dekkend aanbod in elke regio is gezien het beperkte aantal slachtoffers",
         "verdict": "partly"},
        {"number": "8", "starts_with": "Neem arbeidsuitbuiting op in het lokale veiligheidsbeleid",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "9", "starts_with": "Breid de ketenaansprakelijkheid uit, zodat ook opdrachtgevers van uitzendbureaus",
         "reply_contains": "maar niet de conclusie dat uitbreiding van de ketenaansprakelijkheid",
         "verdict": "disagrees"},
        {"number": "10", "starts_with": "Stel voor arbeidsuitbuiting meetbare doelen vast in het programma",
         "reply_contains": "het kabinet zal bezien of daarna meetbare doelen voor arbeidsuitbuiting",
         "verdict": "noted"},
    ],
    "unmatched_replies_contain": [
        "Het rapport laat zien hoe kwetsbaar arbeidsmigranten zijn wanneer werk, woning en vervoer",
    ],
    "notes": "Nationaal Rapporteur Mensenhandel report on labour exploitation (fpdf2, Liberation; cover, "
             "'Inhoudsopgave', running header, footnote). Ten recommendations in shaded boxes whose bold title line "
             "is 'Aanbeveling N \u2013 aan <addressee>' (SZW, JenV, JenV + College van PG's, 'aan de gemeenten', 'aan "
             "het kabinet'), two to five boxes at the end of each of chapters 2-4; the text starts after the "
             "title line. Response: a one-page Kamerbrief of the SZW minister ('het kabinet', no replies in the "
             "letter itself: its general paragraph is unmatched) and, on page 2, 'Bijlage: reactie per "
             "aanbeveling', a ruled table 'Nr. / Aanbeveling in het kort / Reactie van het kabinet' with short "
             "titles (no quotes). Row '4 en 5' is ONE cell answering both with different verdicts: 4 noted "
             "('betrekt ... bij de besluitvorming'), 5 agrees (officer already appointed). Rows 10 and 9 are "
             "swapped; there is no row for 8 (to the municipalities) - a small-print line under the table says "
             "recommendations to the municipalities were forwarded to the VNG, which is no reply (unanswered). "
             "2 partly ('onderschrijft in beginsel', notice period instead of separation). 3 disagrees ('acht het "
             "niet wenselijk'). 6 agrees while disputing the report's estimate. 7 partly (three regions, not "
             "every region). 9 disagrees ('deelt de zorg ... maar niet de conclusie'). 10 noted ('neemt kennis "
             "van', 'zal bezien').",
}

if __name__ == "__main__":
    kw = dict(header=f"Nationaal Rapporteur  |  {T}", footer="{page}", title=T, accent=(120, 30, 40),
              family="serif", size=11)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van Sociale Zaken en Werkgelegenheid  |  2026-0000031877", footer="Pagina {page}",
              family="sans", size=10, accent=(20, 60, 110))
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

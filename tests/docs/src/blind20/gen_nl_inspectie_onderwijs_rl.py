"""Blind round 20 (nl): themaonderzoek van de Inspectie van het Onderwijs naar leesonderwijs, met een kader 'Wat
werkt' vol gebiedende wijzen (geen aanbevelingen) en ongenummerde aanbevelingen als streepjeslijsten onder drie
geadresseerden (schoolbesturen, pabo's, minister), en de beleidsreactie van de minister van OCW als Kamerbrief in
proza ('ik') die per geadresseerde antwoordt en de aanbevelingen aan de minister met rangtelwoorden binnen die groep
aanduidt ('De eerste aanbeveling aan mij', 'de derde aanbeveling aan mij', 'De tweede').
Engine: reportlab (DejaVu Sans), A4.
Run: /tmp/blind20nl/bin/python tests/docs/src/blind20/gen_nl_inspectie_onderwijs_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20nl as H

NAME = "blind20_nl_inspectie_onderwijs"
T = "Lezen zonder plezier?"
R = [
    "Zorg dat iedere school beschikt over een doorlopende leerlijn begrijpend lezen, met afspraken die in alle "
    "groepen worden nageleefd.",
    "Investeer in een goed toegeruste schoolbibliotheek, met een actuele collectie en vaste tijd voor vrij lezen "
    "in het rooster.",
    "Maak leesonderwijs een vast onderwerp in de professionalisering van leraren en in de gesprekken met "
    "schooldirecteuren.",
    "Geef de didactiek van begrijpend lezen en leesmotivatie een grotere en verplichte plaats in het curriculum "
    "van de pabo.",
    "Neem in de herziene kerndoelen Nederlands concrete leesdoelen op, met aandacht voor zowel leesvaardigheid als "
    "leesmotivatie.",
    "Stel structureel middelen beschikbaar zodat elke basisschool kan samenwerken met een openbare bibliotheek.",
    "Voer een landelijke, jaarlijkse meting van de leesmotivatie in bij alle leerlingen in groep 6 en groep 8.",
]


def advice():
    return [
        ("cover", [("Inspectie van het Onderwijs", 14, True, 10), ("Ministerie van Onderwijs, Cultuur en "
                                                                  "Wetenschap", 10, False, 2),
                   (T, 32, True, 110), ("Themaonderzoek naar leesonderwijs in groep 5 tot en met 8 van het "
                                        "basisonderwijs", 14, False, 10),
                   ("Utrecht, april 2026", 11, False, 170)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "Het gaat niet goed met het lezen van Nederlandse leerlingen. Internationaal onderzoek laat al jaren "
         "een daling zien van de leesvaardigheid, en Nederlandse kinderen behoren tot de leerlingen die het "
         "minst graag lezen.[[1]] De inspectie heeft daarom onderzocht hoe scholen het leesonderwijs in de "
         "midden- en bovenbouw vormgeven, en wat scholen die daarin succesvol zijn anders doen."),
        ("p", "Op veel scholen is het leesonderwijs versnipperd. Begrijpend lezen wordt gegeven als een apart "
         "vak met losse teksten, er is weinig tijd voor vrij lezen en de schoolbibliotheek is vaak verouderd. "
         "Scholen waar het wel lukt, hebben een gedeelde visie op lezen, een aantrekkelijke collectie en "
         "leraren die zelf enthousiast lezen. De inspectie doet aanbevelingen aan schoolbesturen, aan de "
         "lerarenopleidingen en aan de minister."),
        ("notes", [(1, "PIRLS 2021, Nederlandse resultaten; PISA 2022, leesvaardigheid.")]),
        ("h1", "1  Inleiding"),
        ("h2", "1.1  Aanleiding"),
        ("p", "In De Staat van het Onderwijs 2025 constateerde de inspectie dat een kwart van de leerlingen het "
         "basisonderwijs verlaat zonder het leesniveau dat nodig is om goed mee te kunnen doen in het "
         "vervolgonderwijs. Dat percentage is in tien jaar toegenomen. Omdat lezen de basis is voor bijna alle "
         "andere vakken, heeft de inspectie besloten het leesonderwijs nader te onderzoeken."),
        ("h2", "1.2  Onderzoeksopzet"),
        ("p", "De inspectie heeft in het schooljaar 2024/2025 op 64 basisscholen lessen begrijpend lezen en "
         "lessen waarin vrij gelezen werd geobserveerd, in totaal 312 lessen. Daarnaast zijn gesprekken gevoerd "
         "met directeuren, leescoördinatoren en leraren, en hebben ruim 3.400 leerlingen uit groep 6 en 8 een "
         "vragenlijst over leesmotivatie ingevuld. Tien scholen met bovengemiddelde leesresultaten zijn "
         "uitgebreider bezocht."),
        ("h1", "2  Wat we zagen"),
        ("h2", "2.1  Begrijpend lezen als los vak"),
        ("p", "Op driekwart van de scholen wordt begrijpend lezen gegeven met een methode die losse, korte teksten "
         "aanbiedt, los van de andere vakken. Leerlingen oefenen strategieën zoals voorspellen en samenvatten, "
         "maar passen die zelden toe op teksten die zij voor wereldoriëntatie of rekenen moeten lezen. Op een "
         "derde van de scholen verschillen de afspraken over leesonderwijs per groep."),
        ("h2", "2.2  Weinig tijd en weinig boeken"),
        ("p", "Gemiddeld besteden scholen in groep 5 tot en met 8 ongeveer 45 minuten per week aan vrij lezen. "
         "Op bijna de helft van de scholen is de collectie van de schoolbibliotheek grotendeels ouder dan tien "
         "jaar. Scholen die samenwerken met de openbare bibliotheek hebben een actuelere collectie en meer "
         "activiteiten rond lezen."),
        ("h2", "2.3  Leesmotivatie"),
        ("p", "Het leesplezier neemt af naarmate leerlingen ouder worden. In groep 6 geeft 54 procent van de "
         "leerlingen aan graag te lezen; in groep 8 is dat nog 38 procent. Jongens lezen minder graag dan "
         "meisjes. Leraren geven aan dat zij weinig zicht hebben op de leesmotivatie van hun leerlingen, omdat "
         "die nergens wordt gemeten."),
        ("box", "Wat werkt: lessen uit succesvolle scholen",
         "Op de tien scholen met goede resultaten zagen we een aantal gemeenschappelijke kenmerken. Lees elke dag "
         "voor, ook in groep 7 en 8. Laat leerlingen zelf boeken kiezen en erover praten met klasgenoten. Koppel "
         "begrijpend lezen aan de teksten uit wereldoriëntatie. Zorg dat de leraar zelf zichtbaar een lezer "
         "is. Deze kenmerken zijn geen voorschrift, maar een inspiratie voor andere scholen."),
        ("h2", "2.4  Rol van bestuur en opleiding"),
        ("p", "Schoolbesturen hebben in hun kwaliteitszorg weinig aandacht voor leesonderwijs. Zij sturen vooral "
         "op de resultaten van de eindtoets. Startende leraren geven aan dat zij op de pabo weinig hebben "
         "geleerd over de didactiek van begrijpend lezen en over leesbevordering; in de curricula van de pabo's "
         "verschilt de aandacht hiervoor sterk."),
        ("h1", "3  Conclusies"),
        ("p", "Het leesonderwijs in de midden- en bovenbouw van het basisonderwijs schiet op veel scholen tekort. "
         "Het is te versnipperd, er is te weinig aandacht voor het plezier in lezen en de voorwaarden \u2013 "
         "boeken, tijd en deskundigheid \u2013 zijn vaak niet op orde. Tegelijk laten de succesvolle scholen zien "
         "dat het anders kan, en dat verbetering binnen het bereik van iedere school ligt."),
        ("h1", "4  Aanbevelingen"),
        ("p", "Op grond van dit onderzoek doet de inspectie de volgende aanbevelingen."),
        ("p", "<b>Aan schoolbesturen</b>"),
        ("bul", R[0:3]),
        ("p", "<b>Aan de lerarenopleidingen basisonderwijs</b>"),
        ("bul", R[3:4]),
        ("p", "<b>Aan de minister van Onderwijs, Cultuur en Wetenschap</b>"),
        ("bul", R[4:7]),
        ("small", "Inspectie van het Onderwijs, Postbus 2730, 3500 GS Utrecht. Dit rapport is vastgesteld op 2 april "
         "2026 en is te vinden op www.onderwijsinspectie.nl."),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Onderwijs, Cultuur en Wetenschap</b>"),
        ("small", "Rijnstraat 50, Den Haag\nPostbus 16375, 2500 BJ Den Haag"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("small", "Datum  11 juni 2026\nOns kenmerk  52819604\nBetreft  Beleidsreactie op het themaonderzoek "
         "leesonderwijs van de Inspectie van het Onderwijs"),
        ("p", "Geachte Voorzitter,"),
        ("p", "Hierbij stuur ik u het rapport <i>Lezen zonder plezier?</i> van de Inspectie van het Onderwijs. In dit "
         "themaonderzoek heeft de inspectie het leesonderwijs in groep 5 tot en met 8 onderzocht. Ik geef in deze "
         "brief mijn reactie op de bevindingen en aanbevelingen."),
        ("h2", "Bevindingen"),
        ("p", "De uitkomsten van het onderzoek baren mij zorgen. Dat bijna de helft van de schoolbibliotheken "
         "vooral boeken bevat die ouder zijn dan tien jaar, en dat het leesplezier tussen groep 6 en groep 8 zo "
         "sterk daalt, vind ik zorgelijk. Tegelijk stemt het mij hoopvol dat de inspectie scholen heeft gevonden "
         "die laten zien dat het anders kan."),
        ("h2", "Aanbevelingen aan schoolbesturen en lerarenopleidingen"),
        ("p", "De inspectie doet drie aanbevelingen aan schoolbesturen: over een doorlopende leerlijn, over de "
         "schoolbibliotheek en over professionalisering. Ik onderschrijf deze aanbevelingen volledig en "
         "verwacht van besturen dat zij ermee aan de slag gaan. Ik zal de PO-Raad vragen om de aanbevelingen "
         "te bespreken in het bestuurlijk overleg over het Masterplan basisvaardigheden."),
        ("p", "Voor de aanbeveling aan de lerarenopleidingen geldt dat de inrichting van het curriculum een "
         "verantwoordelijkheid is van de instellingen zelf. Ik neem kennis van deze aanbeveling en zal haar "
         "onder de aandacht brengen van de Vereniging Hogescholen, die momenteel werkt aan de herziening van de "
         "landelijke kennisbasis voor de pabo."),
        ("h2", "Aanbevelingen aan mij"),
        ("p", "De eerste aanbeveling aan mij betreft de kerndoelen. De herziening van de kerndoelen Nederlands "
         "is reeds in gang gezet: de conceptkerndoelen die SLO in 2025 heeft opgeleverd, bevatten al "
         "leesdoelen die expliciet ingaan op leesmotivatie. Ik zal de inspectie vragen om bij de "
         "beproeving van de conceptkerndoelen mee te kijken naar de leesdoelen per leerjaar."),
        ("p", "Ten aanzien van de derde aanbeveling aan mij, een jaarlijkse landelijke meting van leesmotivatie, "
         "ben ik terughoudend. Scholen ervaren nu al een grote toetsdruk, en een extra verplichte meting in "
         "groep 6 en 8 zou daaraan bijdragen. Scholen kunnen de leesmotivatie van hun leerlingen al meten "
         "met instrumenten die de Stichting Lezen gratis aanbiedt. Ik zie daarom geen aanleiding om een "
         "landelijke meting in te voeren."),
        ("p", "De tweede aanbeveling aan mij gaat over de samenwerking tussen scholen en bibliotheken. Ik deel de "
         "opvatting van de inspectie dat deze samenwerking veel oplevert. Het programma De Bibliotheek op "
         "school wordt daarom met twee jaar verlengd en uitgebreid naar 600 extra scholen. Structurele "
         "middelen voor alle basisscholen kan ik binnen de huidige begroting echter niet vrijmaken; na de "
         "evaluatie van het programma in 2028 besluit ik over het vervolg."),
        ("h2", "Tot slot"),
        ("p", "Lezen is de sleutel tot de rest van het onderwijs en tot meedoen in de samenleving. Ik dank de "
         "inspectie voor dit waardevolle onderzoek, en de scholen die hun deuren hebben opengezet voor de "
         "inspecteurs. Ik zal de Kamer voor het einde van dit jaar informeren over de voortgang van het "
         "Masterplan basisvaardigheden."),
        ("p", "De minister van Onderwijs, Cultuur en Wetenschap,\n\n\nE.E.W. Bruins"),
    ]


SHARED = "Ik onderschrijf deze aanbevelingen volledig en verwacht van besturen dat zij ermee aan de slag gaan"
EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Zorg dat iedere school beschikt over een doorlopende leerlijn begrijpend lezen",
         "reply_contains": SHARED, "verdict": "agrees"},
        {"number": "2", "starts_with": "Investeer in een goed toegeruste schoolbibliotheek, met een actuele collectie",
         "reply_contains": SHARED, "verdict": "agrees"},
        {"number": "3", "starts_with": "Maak leesonderwijs een vast onderwerp in de professionalisering van leraren",
         "reply_contains": SHARED, "verdict": "agrees"},
        {"number": "4", "starts_with": "Geef de didactiek van begrijpend lezen en leesmotivatie een grotere en verplichte plaats",
         "reply_contains": "Ik neem kennis van deze aanbeveling en zal haar onder de aandacht brengen",
         "verdict": "noted"},
        {"number": "5", "starts_with": "Neem in de herziene kerndoelen Nederlands concrete leesdoelen op",
         "reply_contains": "De herziening van de kerndoelen Nederlands is reeds in gang gezet",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Stel structureel middelen beschikbaar zodat elke basisschool kan samenwerken",
         "reply_contains": "Structurele middelen voor alle basisscholen kan ik binnen de huidige begroting echter niet vrijmaken",
         "verdict": "partly"},
        {"number": "7", "starts_with": "Voer een landelijke, jaarlijkse meting van de leesmotivatie in bij alle leerlingen",
         "reply_contains": "Ik zie daarom geen aanleiding om een landelijke meting in te voeren",
         "verdict": "disagrees"},
    ],
    "unmatched_replies_contain": [
        "De uitkomsten van het onderzoek baren mij zorgen",
        "Ik dank de inspectie voor dit waardevolle onderzoek",
    ],
    "notes": "Inspectie van het Onderwijs thematic report on reading education (reportlab, DejaVu; cover, 'Inhoud' "
             "page, running header, page numbers, footnote) + the OCW minister's beleidsreactie as a Kamerbrief in "
             "prose ('ik'). Advice: a shaded box 'Wat werkt: lessen uit succesvolle scholen' full of imperatives "
             "('Lees elke dag voor', 'Zorg dat de leraar zelf zichtbaar een lezer is') that describe good practice "
             "and are NOT recommendations; in '4 Aanbevelingen' seven UNNUMBERED en-dash bullets under three bold "
             "addressee lines (3 to school boards, 1 to the teacher-training colleges, 3 to the minister), "
             "numbered 1-7 here in document order. Response: 'Bevindingen' (reaction to findings only, unmatched); "
             "one paragraph answers 1-3 together ('drie aanbevelingen aan schoolbesturen ... onderschrijf ik "
             "volledig', agrees); 4 noted ('neem kennis van', passes it on to the Vereniging Hogescholen); the "
             "minister's own three are referred to by ordinals WITHIN the addressee group and answered in the "
             "order 5 ('De eerste aanbeveling aan mij', agrees, 'reeds in gang gezet'), 7 ('de derde aanbeveling "
             "aan mij', disagrees, 'zie ... geen aanleiding'), 6 ('De tweede aanbeveling aan mij', partly: the "
             "programme is extended for two years and 600 schools, but structural funds for all schools are "
             "refused). 'Tot slot' is unmatched.",
}

if __name__ == "__main__":
    kw = dict(header=f"Inspectie van het Onderwijs  \u2013  {T}", footer="{page}", title=T,
              accent=(0.0, 0.33, 0.6), font="Sans", size=9.8)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ons kenmerk 52819604", footer="Pagina {page} van 2", font="Serif", size=10.5,
              accent=(0.1, 0.1, 0.1))
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

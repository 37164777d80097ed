"""blind24_nl_jeugdraad: an (invented) advice of the Vlaamse Jeugdraad on youth-club premises and the Flemish
minister's answer letter (antwoordplicht). Engine: fpdf2 (DejaVu Sans, markdown bold runs)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _b24nl import check, fp_build, out, write_expected  # noqa: E402

NAME = "blind24_nl_jeugdraad"

advice = [
    ("meta", ["Vlaamse Jeugdraad  |  Arenbergstraat 1D, 1000 Brussel",
              "Advies 2025-14  |  goedgekeurd door de Algemene Vergadering op 7 juni 2025"]),
    ("title", "Ruimte om te spelen"),
    ("sub", "Advies over jeugdlokalen, kampterreinen en vergunningen voor het jeugdwerk"),
    ("p", "Adviesvraag: eigen initiatief. Bezorgd aan: Vlaams minister van Cultuur, Jeugd en Media; Vlaams "
          "minister van Omgeving; de VVSG. De Vlaamse Regering beschikt over een antwoordtermijn van dertig "
          "dagen."),
    ("h1", "1. Samenvatting"),
    ("p", "Het jeugdwerk in Vlaanderen groeit, maar de ruimte groeit niet mee. Eén op de vijf jeugdverenigingen "
          "zit in een lokaal dat eigenlijk niet meer voldoet, en steeds meer groepen vinden geen kampterrein. "
          "Leiding besteedt een groot deel van haar vrije tijd aan formulieren. In dit advies vragen we meer "
          "middelen, eenvoudiger regels en een stem voor jongeren wanneer over hun ruimte wordt beslist."),
    ("h1", "2. Context"),
    ("p", "In het voorjaar van 2025 bevroegen we 1.184 jeugdverenigingen en 3.560 jongeren tussen 12 en 25 "
          "jaar.<sup>1</sup> Daarnaast organiseerden we vier focusgroepen met leiding en twee gesprekken met "
          "jeugdconsulenten van lokale besturen. De belangrijkste vaststellingen:"),
    ("ul", ["21 procent van de verenigingen zit in een lokaal met ernstige gebreken (vocht, asbest, "
            "onvoldoende vluchtwegen);",
            "bij nieuwe verkavelingen is zelden ruimte voorzien voor jeugdwerk of speelterrein;",
            "een kamp op een weide vraagt in de helft van de gemeenten drie of meer afzonderlijke "
            "toelatingen;",
            "jongeren worden bij beslissingen over speelruimte zelden of nooit betrokken."]),
    ("p", "Het Vlaamse investeringsbudget voor jeugdinfrastructuur bedraagt sinds 2019 ongewijzigd 6,5 miljoen "
          "euro per jaar. De bouwkosten zijn in dezelfde periode met meer dan 35 procent gestegen. Gemeenten "
          "springen bij, maar de verschillen tussen gemeenten zijn groot.<sup>2</sup>"),
    ("table", ["Knelpunt volgens verenigingen", "Aandeel", "Verschil met 2020"],
     [["Staat van het lokaal", "41%", "+9"], ["Geen of te weinig kampplaatsen", "33%", "+12"],
      ["Administratieve last van vergunningen", "58%", "+6"], ["Conflicten met buurtbewoners", "19%", "+2"]],
     [0.56, 0.2, 0.24]),
    ("small", "Tabel 1. Meest genoemde knelpunten (meerdere antwoorden mogelijk), bevraging Vlaamse Jeugdraad 2025."),
    ("h2", "Wat jongeren ons vertelden"),
    ("p", "In de focusgroepen kwamen dezelfde thema's steeds terug. Leiding vertelde over lokalen die in de winter "
          "niet te verwarmen zijn, over kampen die op het laatste moment moesten verhuizen omdat een gemeente haar "
          "reglement had gewijzigd, en over buren die klagen zodra er na tien uur 's avonds nog muziek klinkt."),
    ("p", "<i>'We hebben vorig jaar twee weekends alleen maar formulieren ingevuld. Dat is tijd die we niet met "
          "de leden doorbrengen.'</i> (groepsleiding, 22 jaar, Limburg)"),
    ("p", "<i>'Ons lokaal ligt naast een nieuwe verkaveling. Sinds de eerste huizen er staan, krijgen we elke "
          "maand een klacht.'</i> (leidster, 19 jaar, Oost-Vlaanderen)"),
    ("p", "Jeugdconsulenten bevestigen dat beeld. Zij wijzen er daarnaast op dat de regelgeving over "
          "brandveiligheid voor kleine lokalen dezelfde is als voor grote publieke gebouwen, wat renovaties "
          "onnodig duur maakt. Ook zien zij dat gemeenten met weinig open ruimte steeds vaker nee zeggen tegen "
          "kampen, uit vrees voor overlast."),
    ("p", "Tegelijk zijn er goede voorbeelden. Zo heeft een middelgrote stad in West-Vlaanderen een "
          "'jeugdruimtetoets' ingevoerd: bij elk bouwproject van meer dan vijftig woningen wordt nagegaan of er "
          "voldoende speel- en jeugdruimte overblijft. Enkele gemeenten werken met een gezamenlijk "
          "kampterreinenregister."),
    ("fn", ["<sup>1</sup> De volledige resultaten van de bevraging zijn opgenomen in de bijlage bij dit advies.",
            "<sup>2</sup> Cijfers afdeling Jeugd, jaarrapport lokaal jeugdbeleid 2024."]),
    ("h1", "3. Onze standpunten en vragen"),
    ("h2", "3.1 Lokalen en infrastructuur"),
    ("p", "Een goed lokaal is de thuis van een vereniging. Zonder veilige plek haken leiding en leden af. Te vaak "
          "moeten verenigingen zelf fondsen werven om een dak of sanitair te vernieuwen."),
    ("ul", ["**Meer middelen.** We vragen de Vlaamse Regering om het investeringsbudget voor "
            "jeugdinfrastructuur op te trekken tot minstens 12 miljoen euro per jaar en het jaarlijks te "
            "indexeren.",
            "**Ruimte in nieuwe wijken.** We vragen om bij de ontwikkeling van nieuwe woonwijken ruimte voor "
            "jeugdwerk verplicht op te nemen in de ruimtelijke uitvoeringsplannen."]),
    ("h2", "3.2 Vergunningen en regels"),
    ("p", "Leiding is vrijwillig en jong. Regels zijn nodig, maar ze moeten haalbaar blijven. Vandaag verschillen "
          "de regels sterk van gemeente tot gemeente, en weet niemand precies welke toelating waarvoor nodig is."),
    ("ul", ["**Eén loket.** We vragen de minister om één digitaal loket te voorzien waar verenigingen alle "
            "toelatingen voor een activiteit of kamp in één keer kunnen aanvragen.",
            "**Haalbare brandveiligheid.** We vragen om de brandveiligheidsnormen voor jeugdlokalen te "
            "vereenvoudigen en af te stemmen op het feitelijke gebruik door jongeren.",
            "**Kamperen zonder lappendeken.** We vragen om voor tentenkampen één Vlaamse regeling in te voeren "
            "die de uiteenlopende gemeentelijke reglementen vervangt."]),
    ("h2", "3.3 Jongeren aan tafel"),
    ("p", "Wie de ruimte gebruikt, weet het best wat er nodig is. Toch worden jongeren zelden gehoord wanneer een "
          "gemeente een speelterrein herinricht of een lokaal verkoopt."),
    ("ul", ["**Inspraak.** We vragen de lokale besturen om jongeren te betrekken bij elke beslissing over "
            "speelruimte en jeugdinfrastructuur op hun grondgebied.",
            "**Cijfers.** We vragen de Vlaamse Regering om in 2026 een onderzoek te laten uitvoeren naar het "
            "tekort aan jeugdlokalen en kampplaatsen per gemeente."]),
    ("h1", "4. Tot slot"),
    ("p", "De Vlaamse Jeugdraad is graag bereid dit advies toe te lichten en mee na te denken over de uitwerking. "
          "We kijken uit naar het antwoord van de Vlaamse Regering."),
    ("p", "Nora Vanhaverbeke, voorzitter<br/>Jens De Smedt, directeur"),
]

response = [
    ("meta", ["Vlaamse Regering", "Kabinet van de Vlaams minister van Cultuur, Jeugd en Media",
              "Martelaarsplein 19, 1000 Brussel"]),
    ("table", ["uw bericht van", "uw kenmerk", "ons kenmerk", "bijlagen"],
     [["10 juni 2025", "Advies 2025-14", "KAB/JEU/2025/0711", "-"]], [0.25, 0.25, 0.3, 0.2]),
    ("p", "Aan de Vlaamse Jeugdraad<br/>t.a.v. mevrouw Nora Vanhaverbeke, voorzitter<br/>Arenbergstraat 1D<br/>"
          "1000 Brussel"),
    ("p", "Brussel, 8 juli 2025"),
    ("p", "**Betreft: antwoord op advies 2025-14 'Ruimte om te spelen'**"),
    ("p", "Geachte voorzitter,<br/>Beste Nora,"),
    ("p", "Ik dank de Vlaamse Jeugdraad voor het advies over jeugdlokalen, kampterreinen en vergunningen. "
          "De bevraging bij meer dan duizend verenigingen geeft een stevig beeld van wat er op het terrein "
          "leeft. Hieronder geef ik, binnen de antwoordtermijn, mijn reactie."),
    ("h2", "Algemeen"),
    ("p", "Het jeugdwerk is een van de sterkste troeven van Vlaanderen. In het regeerakkoord hebben we "
          "afgesproken om het vrijwilligerswerk te ontzorgen. De hervorming van het decreet lokaal jeugdbeleid, "
          "die ik in het najaar aan de Vlaamse Regering voorleg, biedt daarvoor een kader."),
    ("h2", "Regels en vergunningen"),
    ("p", "Ik deel de vaststelling dat leiding te veel tijd kwijt is aan formulieren. Het digitale "
          "vergunningenloket waar de Jeugdraad om vraagt, is al in ontwikkeling samen met Digitaal Vlaanderen en "
          "gaat in het voorjaar van 2026 open voor alle verenigingen."),
    ("p", "Voor tentenkampen kies ik niet voor één Vlaamse regeling. Gemeenten kennen hun terreinen en "
          "buurten het best, en een uniforme regeling zou de lokale autonomie doorkruisen. Ik laat wel een "
          "modelreglement opstellen dat gemeenten vrijwillig kunnen overnemen."),
    ("h2", "Middelen"),
    ("p", "De Jeugdraad vraagt een verdubbeling van het investeringsbudget. Zover kan ik binnen de huidige "
          "begrotingsruimte niet gaan. Ik verhoog het budget vanaf 2026 wel tot 9 miljoen euro en "
          "koppel het voortaan aan de index."),
    ("p", "Wat de ruimte in nieuwe woonwijken betreft, ben ik geen voorstander van een verplichting in de "
          "ruimtelijke uitvoeringsplannen. Dat zou de planprocessen verzwaren en is niet nodig: de "
          "omzendbrief over speelweefsel biedt gemeenten al voldoende mogelijkheden."),
    ("h2", "Kennis en inspraak"),
    ("p", "Ik geef het Kenniscentrum Jeugd de opdracht om in 2026 per gemeente het aanbod en het tekort aan "
          "jeugdlokalen en kampplaatsen in kaart te brengen. De resultaten deel ik met de Jeugdraad."),
    ("p", "De vraag om jongeren te betrekken bij lokale beslissingen richt zich tot de steden en gemeenten. "
          "Die zijn daarin autonoom. Ik heb uw advies aan de VVSG bezorgd en zal het agenderen op het "
          "eerstvolgende overleg met de lokale jeugdconsulenten."),
    ("h2", "Tot slot"),
    ("p", "Ik nodig de Jeugdraad graag uit om in het najaar samen met mijn kabinet de stand van zaken te "
          "bespreken."),
    ("p", "Met vriendelijke groeten,<br/><br/>Hilde Van Mechelen<br/>Vlaams minister van Cultuur, Jeugd en Media"),
]

expected = {
    "recommendations": [
        {"number": "1", "starts_with": "We vragen de Vlaamse Regering om het investeringsbudget voor jeugdinfrastructuur",
         "reply_contains": "Ik verhoog het budget vanaf 2026 wel tot", "verdict": "partly"},
        {"number": "2", "starts_with": "We vragen om bij de ontwikkeling van nieuwe woonwijken ruimte",
         "reply_contains": "ben ik geen voorstander van een verplichting", "verdict": "disagrees"},
        {"number": "3", "starts_with": "We vragen de minister om één digitaal loket te voorzien",
         "reply_contains": "is al in ontwikkeling samen met Digitaal Vlaanderen", "verdict": "agrees"},
        {"number": "4", "starts_with": "We vragen om de brandveiligheidsnormen voor jeugdlokalen te vereenvoudigen",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "We vragen om voor tentenkampen één Vlaamse regeling in te voeren",
         "reply_contains": "Voor tentenkampen kies ik niet voor één Vlaamse regeling", "verdict": "disagrees",
         "also": ["partly"]},
        {"number": "6", "starts_with": "We vragen de lokale besturen om jongeren te betrekken bij",
         "reply_contains": "Ik heb uw advies aan de VVSG bezorgd", "verdict": "noted"},
        {"number": "7", "starts_with": "We vragen de Vlaamse Regering om in 2026 een onderzoek",
         "reply_contains": "Ik geef het Kenniscentrum Jeugd de opdracht", "verdict": "agrees"},
    ],
    "unmatched_replies_contain": [
        "Ik dank de Vlaamse Jeugdraad voor het advies",
        "Het jeugdwerk is een van de sterkste troeven van Vlaanderen",
        "Ik nodig de Jeugdraad graag uit om in het najaar",
    ],
    "notes": ("Flemish genre: a Vlaamse Jeugdraad advice (fpdf2) and the Flemish minister's answer letter (Belgian "
              "letterhead table 'uw bericht van / uw kenmerk / ons kenmerk', 'Geachte voorzitter, Beste Nora'). The "
              "seven recommendations are UNNUMBERED bullets, each opening with a bold run-in label ('**Meer "
              "middelen.**') followed by 'We vragen ...', under three sub-headings 3.1-3.3; chapter 2 has survey "
              "bullets and a table that are findings, not recommendations. Numbers 1-7 follow document order. The "
              "letter has no numbers or labels, only paraphrase, grouped under the minister's own themes in another "
              "order (3, 5, 1, 2, 7, 6): 3 'is al in ontwikkeling' (agrees), 5 'kies ik niet voor' + voluntary model "
              "regulation (disagrees, also partly), 1 9 instead of 12 million (partly), 2 'geen voorstander' "
              "(disagrees), 7 commissioned (agrees), 6 addressed to municipalities, passed to VVSG (noted); 4 "
              "(fire-safety norms) is never answered. 'Algemeen', the opening thanks and 'Tot slot' are unmatched."),
}

if __name__ == "__main__":
    fp_build(out(f"{NAME}_advice.pdf"), advice, "Vlaamse Jeugdraad  -  Advies 2025-14  -  Ruimte om te spelen",
             "www.vlaamsejeugdraad.be  |  pagina {PAGE}/{N}", family="dejavu", accent=(200, 60, 40),
             box_bg=(250, 236, 230))
    fp_build(out(f"{NAME}_response.pdf"), response, "KAB/JEU/2025/0711", "pagina {PAGE} van {N}",
             family="sans", accent=(30, 30, 30), box_bg=(255, 237, 0))
    write_expected(NAME, expected)
    sys.exit(0 if check(NAME) else 1)

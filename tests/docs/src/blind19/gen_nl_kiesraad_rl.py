"""Blind round 19 (nl): evaluatieadvies van de Kiesraad over de Tweede Kamerverkiezing van 29 oktober 2025, met
zeven aanbevelingen die per hoofdstuk onder een kopje 'Advies' staan (doorlopend genummerd 1-7), en de reactie van
de minister van BZK als Kamerbrief in lopende tekst, per thema, zonder nummers ('de eerste aanbeveling', 'de derde
en de vierde aanbeveling'), in een andere volgorde; één aanbeveling blijft onbeantwoord.
Engine: reportlab (DejaVu), A4, lopende kop en paginanummers, inhoudsopgave uit een eerste pass.
Run: /tmp/blind19nl/bin/python tests/docs/src/blind19/gen_nl_kiesraad_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19nl as H

NAME = "blind19_nl_kiesraad"
T = "Stemmen zonder drempels"
R = {
    1: "<b>Verplicht gemeenten om in elk stemlokaal ten minste één stemhokje in te richten dat bruikbaar is voor "
       "kiezers in een rolstoel, en maak de toegankelijkheidseisen toetsbaar.</b> Nu volstaat een verwijzing naar "
       "een checklist die niet bindend is; de Kiesraad adviseert de eisen in een ministeriële regeling op te nemen "
       "en gemeenten na elke verkiezing te laten rapporteren over de naleving.",
    2: "<b>Ontwikkel een kleiner stembiljet waarop de kiezer eerst een lijst en daarna een kandidaat kiest, en "
       "beproef dit bij de gemeenteraadsverkiezingen van 2030.</b> Het huidige biljet van ruim een meter breed is "
       "voor veel kiezers onoverzichtelijk en maakt het tellen foutgevoelig.",
    3: "<b>Maak centrale stemopneming op de dag na de stemming verplicht voor alle gemeenten met meer dan "
       "50.000 inwoners.</b> Bij centrale stemopneming tellen getrainde tellers onder betere omstandigheden, en uit "
       "de evaluatie blijkt dat het aantal telfouten daar aanzienlijk lager ligt.",
    4: "<b>Leg wettelijk vast dat een stembureau bij een onverklaard verschil van meer dan vijf stemmen tussen het "
       "aantal toegelaten kiezers en het aantal getelde stemmen direct opnieuw telt.</b> Nu wordt zo'n verschil "
       "vaak alleen in het proces-verbaal vermeld, waarna het gemeentelijk stembureau of het centraal stembureau "
       "het moet uitzoeken.",
    5: "<b>Laat de programmatuur voor de uitslagberekening vóór elke verkiezing door een onafhankelijke partij "
       "toetsen en maak de broncode openbaar.</b> Dat vergroot het vertrouwen in de uitslag en maakt het "
       "mogelijk dat deskundigen buiten de overheid fouten signaleren.",
    6: "<b>Maak het mogelijk dat kiezers in het buitenland hun briefstembewijs elektronisch ontvangen en zelf "
       "afdrukken.</b> Zo wordt voorkomen dat het stembewijs door trage postbezorging te laat aankomt om nog "
       "op tijd te kunnen stemmen.",
    7: "<b>Stel gemeenten structureel meer middelen beschikbaar voor de werving en opleiding van stembureauleden, "
       "en verhoog de minimale vergoeding voor een volledige verkiezingsdag.</b> Gemeenten hebben steeds meer "
       "moeite om voldoende en goed opgeleide stembureauleden te vinden.",
}


def rec(n):
    return ("np", f"{n}", R[n])


def advice():
    return [
        ("cover", [("Kiesraad", 14, True, 10), (T, 30, True, 120),
                   ("Evaluatie van de Tweede Kamerverkiezing van 29 oktober 2025", 14, False, 14),
                   ("Evaluatieadvies", 11, True, 150), ("Den Haag, 18 maart 2026", 11, False, 6)]),
        ("small", "Kiesraad, Postbus 20011, 2500 EA Den Haag. Dit advies is vastgesteld in de vergadering van de "
         "Kiesraad van 11 maart 2026 en aangeboden aan de minister van Binnenlandse Zaken en Koninkrijksrelaties."),
        ("small", "<b>Colofon</b>\nUitgave: Kiesraad, maart 2026\nTelefoon: 070 426 72 00\nE-mail: info@kiesraad.nl\n"
         "Website: www.kiesraad.nl\nVormgeving: Kiesraad, afdeling Communicatie\nKenmerk: 2026-0000041877"),
        ("pb",),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "De Tweede Kamerverkiezing van 29 oktober 2025 is ordelijk verlopen. De opkomst was hoog, de uitslag "
         "kon binnen de wettelijke termijn worden vastgesteld en er zijn geen aanwijzingen dat fouten of "
         "onregelmatigheden de zetelverdeling hebben beïnvloed. Dat is in de eerste plaats te danken aan de inzet "
         "van gemeenten en van de ruim 150.000 stembureauleden die op de verkiezingsdag hun werk deden."),
        ("p", "Tegelijk ziet de Kiesraad dat het verkiezingsproces op een aantal punten kwetsbaar is. Kiezers met "
         "een beperking ondervinden nog steeds drempels in het stemlokaal, het stembiljet is te groot geworden, en "
         "bij het tellen worden fouten gemaakt die pas later aan het licht komen. Daarnaast is de positie van "
         "kiezers in het buitenland onzeker en hebben gemeenten het steeds moeilijker met de organisatie."),
        ("p", "In dit advies doet de Kiesraad zeven aanbevelingen aan de minister van Binnenlandse Zaken en "
         "Koninkrijksrelaties. Zij staan aan het eind van de hoofdstukken 2 tot en met 5 onder het kopje "
         "\u2018Advies\u2019."),
        ("h1", "1 Inleiding"),
        ("p", "Na elke verkiezing evalueert de Kiesraad het verloop ervan en brengt hij advies uit aan de minister "
         "van Binnenlandse Zaken en Koninkrijksrelaties.[[1]] Daarbij kijkt de Kiesraad niet alleen naar zijn eigen "
         "rol als centraal stembureau, maar naar het hele verkiezingsproces: van de kandidaatstelling tot en met "
         "de vaststelling van de uitslag."),
        ("p", "Voor deze evaluatie heeft de Kiesraad een vragenlijst uitgezet onder alle 342 gemeenten, waarvan 318 "
         "gemeenten hebben gereageerd. Daarnaast zijn de processen-verbaal van de gemeentelijke stembureaus en de "
         "hoofdstembureaus geanalyseerd, is gesproken met vertegenwoordigers van de NVVB en van "
         "belangenorganisaties van kiezers met een beperking, en zijn de bevindingen van het "
         "waarnemersteam van de OVSE betrokken.[[2]]"),
        ("p", "Het advies is als volgt opgebouwd. Hoofdstuk 2 gaat over het stemmen in het stemlokaal, hoofdstuk 3 "
         "over het tellen en het vaststellen van de uitslag, hoofdstuk 4 over kiezers in het buitenland en "
         "hoofdstuk 5 over de organisatie van verkiezingen door gemeenten. Hoofdstuk 6 bevat enkele slotopmerkingen."),
        ("notes", [(1, "Zie artikel A 2 van de Kieswet en het Besluit evaluatie verkiezingen."),
                   (2, "OSCE/ODIHR, <i>The Netherlands, Parliamentary Elections 29 October 2025. Election "
                    "Expert Team Final Report</i>, Warschau, februari 2026.")]),
        ("h1", "2 Stemmen in het stemlokaal"),
        ("h2", "2.1 Toegankelijkheid"),
        ("p", "Sinds 2023 moeten alle stemlokalen toegankelijk zijn voor kiezers met een lichamelijke beperking. "
         "Uit de vragenlijst blijkt dat gemeenten zich daar serieus voor inspannen, maar dat de praktijk "
         "weerbarstig is. Een op de vijf gemeenten meldt dat in één of meer stemlokalen geen verlaagd stemhokje "
         "aanwezig was. Belangenorganisaties ontvingen meldingen van kiezers die in een rolstoel het stembiljet "
         "niet konden invullen zonder dat anderen konden meekijken."),
        ("p", "Het probleem is niet zozeer de wil van gemeenten als wel de onduidelijkheid van de eisen. De "
         "checklist toegankelijkheid is een hulpmiddel, geen norm. Daardoor kan niemand vaststellen of een "
         "stemlokaal voldoet, en kan ook de gemeenteraad zijn controlerende taak niet goed uitoefenen."),
        ("h2", "2.2 Het stembiljet"),
        ("p", "Bij deze verkiezing namen 27 partijen deel. Het stembiljet was daardoor ruim een meter breed. "
         "Stembureauleden melden dat kiezers het biljet in het stemhokje nauwelijks konden openvouwen en dat "
         "het terugvouwen veel tijd kostte. Bij het tellen leidt het grote formaat tot fouten bij het sorteren "
         "per lijst."),
        ("p", "De Kiesraad heeft eerder gepleit voor een ander stembiljet.[[3]] Met een biljet waarop de kiezer "
         "eerst een lijst kiest en daarna een kandidaat van die lijst, kan het formaat sterk worden beperkt. "
         "Buitenlandse ervaringen laten zien dat zo'n biljet voor kiezers goed te begrijpen is."),
        ("notes", [(3, "Kiesraad, <i>Naar een nieuw stembiljet</i>, advies van 8 juni 2022.")]),
        ("h2", "2.3 Advies"),
        rec(1), rec(2),
        ("h1", "3 Tellen en vaststellen van de uitslag"),
        ("h2", "3.1 Telfouten"),
        ("p", "Ook bij deze verkiezing zijn fouten gemaakt bij het tellen van de stemmen. In 9 procent van de "
         "processen-verbaal week het aantal getelde stemmen af van het aantal toegelaten kiezers, zonder dat "
         "daarvoor een verklaring werd gegeven. De meeste verschillen waren klein, maar in 61 stembureaus ging "
         "het om meer dan vijf stemmen."),
        ("p", "De gemeenten die centraal tellen, op de dag na de stemming, zien aanzienlijk minder van deze "
         "verschillen. Tellers zijn daar uitgerust en zijn speciaal voor het tellen opgeleid, en het tellen "
         "gebeurt in een ruimte die daarvoor is ingericht. Van de gemeenten met meer dan 50.000 inwoners telde "
         "ruim de helft centraal."),
        ("p", "Wanneer een verschil niet ter plaatse wordt onderzocht, moet het later worden uitgezocht. Dat kost "
         "tijd en leidt tot onzekerheid. In enkele gevallen heeft het centraal stembureau een hertelling moeten "
         "gelasten, wat de vaststelling van de uitslag dreigde te vertragen."),
        ("h2", "3.2 Programmatuur"),
        ("p", "Voor de berekening van de uitslag maken gemeenten, hoofdstembureaus en het centraal stembureau "
         "gebruik van Ondersteunende Software Verkiezingen. Deze programmatuur is eigendom van de Kiesraad. "
         "Zij werkt naar behoren, maar de toetsing ervan is beperkt tot een beveiligingsonderzoek door een "
         "extern bureau. Bij de burgers bestaan vragen over de betrouwbaarheid van de programmatuur, die alleen "
         "kunnen worden weggenomen door openheid."),
        ("h2", "3.3 Advies"),
        rec(3), rec(4), rec(5),
        ("h1", "4 Kiezers in het buitenland"),
        ("p", "Ruim 94.000 Nederlanders in het buitenland hebben zich voor deze verkiezing geregistreerd. Zij "
         "ontvangen hun briefstembewijs per post. Net als bij eerdere verkiezingen kwamen veel stembewijzen te "
         "laat of helemaal niet aan. De gemeente Den Haag, die de briefstemmen verwerkt, ontving na de "
         "verkiezing ruim 2.300 klachten van kiezers die daardoor niet konden stemmen."),
        ("p", "De Kiesraad heeft begrip voor de zorgen over de veiligheid van een elektronisch verstuurd "
         "stembewijs, maar meent dat deze te ondervangen zijn. Het stembiljet zelf kan al worden gedownload; "
         "de stap naar een te downloaden stembewijs is daarom kleiner dan vaak wordt gedacht.[[4]]"),
        ("notes", [(4, "Zie ook de evaluatie van de Tweede Kamerverkiezing 2023, Kamerstukken II 2023/24, "
                    "35 165, nr. 71.")]),
        ("h2", "4.1 Advies"),
        rec(6),
        ("h1", "5 Organisatie en financiering"),
        ("p", "Gemeenten organiseren verkiezingen onder grote tijdsdruk en met steeds meer taken. Uit de "
         "vragenlijst blijkt dat 71 procent van de gemeenten moeite had om voldoende stembureauleden te vinden. "
         "Ervaren stembureauleden haken af, onder meer omdat de dag lang is en de vergoeding laag."),
        ("p", "De middelen die gemeenten via het gemeentefonds ontvangen voor de organisatie van verkiezingen zijn "
         "al jaren niet aangepast aan de toegenomen eisen. De Kiesraad acht het niet verantwoord dat de kwaliteit "
         "van verkiezingen afhangt van de financiële ruimte van afzonderlijke gemeenten."),
        ("h2", "5.1 Advies"),
        rec(7),
        ("h1", "6 Slotopmerkingen"),
        ("p", "De aanbevelingen in dit advies vragen deels om wetswijziging en deels om nadere regelgeving. De "
         "Kiesraad is graag bereid om mee te denken over de uitwerking ervan en ziet uit naar de reactie van de "
         "minister. De Kiesraad zal bij de gemeenteraadsverkiezingen van 2026 nagaan of de "
         "knelpunten in het stemlokaal zich opnieuw voordoen."),
        ("p", "De Kiesraad,\nmr. drs. H.J. van der Molen, voorzitter\ndrs. A.C. Brink-Oosting, directeur"),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties</b>"),
        ("p", "&nbsp;"),
        ("small", "> Retouradres Postbus 20011 2500 EA Den Haag"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
        ("small", "Datum 2 juli 2026\nOnderwerp Reactie op het evaluatieadvies van de Kiesraad over de Tweede "
         "Kamerverkiezing van 2025\nKenmerk 2026-0000398411\nUw kenmerk \u2013"),
        ("p", "&nbsp;"),
        ("p", "Geachte Voorzitter,"),
        ("p", "Op 18 maart 2026 heeft de Kiesraad zijn evaluatieadvies <i>Stemmen zonder drempels</i> over de "
         "Tweede Kamerverkiezing van 29 oktober 2025 uitgebracht. Met deze brief bied ik u het advies aan en geef ik "
         "mijn reactie op de aanbevelingen. Ik dank de Kiesraad voor zijn zorgvuldige evaluatie, en ik sluit mij "
         "aan bij zijn waardering voor de gemeenten en de stembureauleden die deze verkiezing mogelijk hebben "
         "gemaakt."),
        ("h3", "Toegankelijkheid van het stemlokaal"),
        ("p", "De eerste aanbeveling van de Kiesraad betreft de toegankelijkheid van stemlokalen voor kiezers in een "
         "rolstoel. Ik neem deze aanbeveling over. Ik zal de eisen uit de checklist toegankelijkheid, waaronder "
         "het verlaagde stemhokje, opnemen in de Regeling modellen Kieswet, zodat zij vanaf de "
         "Provinciale Statenverkiezingen van 2027 bindend zijn. Gemeenten zullen na elke verkiezing in hun "
         "evaluatie aangeven of alle stemlokalen aan de eisen voldeden."),
        ("h3", "Programmatuur voor de uitslagberekening"),
        ("p", "Ten aanzien van de vijfde aanbeveling merk ik op dat de onafhankelijke toetsing van de programmatuur "
         "al is ingericht. In opdracht van de Kiesraad wordt de software sinds dit voorjaar vóór elke verkiezing "
         "beoordeeld door een geaccrediteerde instelling, en de broncode is op 1 juni jl. openbaar gemaakt. "
         "Deze werkwijze zet ik voort, zodat de aanbeveling daarmee feitelijk is uitgevoerd."),
        ("h3", "Tellen en hertellen"),
        ("p", "De derde en de vierde aanbeveling gaan beide over het tellen van de stemmen. Ik deel de zorg van de "
         "Kiesraad over onverklaarde verschillen, maar niet de conclusie dat centrale stemopneming voor grotere "
         "gemeenten verplicht moet worden. Gemeenten kunnen nu zelf kiezen voor de werkwijze die bij hun "
         "omstandigheden past, en ik acht het niet wenselijk die keuze voor een deel van de gemeenten weg te "
         "nemen. Wel zal ik gemeenten actief ondersteunen die willen overstappen."),
        ("p", "Het voorstel om bij een onverklaard verschil van meer dan vijf stemmen direct opnieuw te laten tellen "
         "neem ik wel over. Ik zal deze hertelplicht opnemen in het wetsvoorstel tot wijziging van de Kieswet "
         "dat ik dit najaar in consultatie breng."),
        ("h3", "Het stembiljet"),
        ("p", "Met de Kiesraad vind ik dat het huidige stembiljet zijn grenzen heeft bereikt. De strekking van de "
         "tweede aanbeveling onderschrijf ik dan ook. Een experiment bij de gemeenteraadsverkiezingen van 2030 is "
         "echter alleen mogelijk als de wet tijdig wordt aangepast; ik verwacht dat dit pas bij de "
         "verkiezingen in 2031 haalbaar is. Ik zal daarom eerst een gebruikersonderzoek laten uitvoeren onder "
         "kiezers en stembureauleden, en op basis daarvan een experiment voorbereiden."),
        ("h3", "Kiezers in het buitenland"),
        ("p", "Tot slot beveelt de Kiesraad aan om kiezers in het buitenland het briefstembewijs elektronisch te "
         "laten ontvangen. Ik begrijp de wens, maar een elektronisch stembewijs roept vragen op over de "
         "echtheid en over het risico dat het meer dan eens wordt gebruikt. Ik zal bezien of deze risico's "
         "voldoende kunnen worden beheerst en betrek de uitkomst bij de verkenning naar de "
         "toekomst van het briefstemmen, die ik begin 2027 aan uw Kamer zend."),
        ("h3", "Overige punten"),
        ("p", "In zijn advies wijst de Kiesraad er ook op dat de uitslag van de verkiezing pas op de tiende dag "
         "na de stemming werd vastgesteld. Ik ben met de Kiesraad in gesprek over de mogelijkheid om de "
         "openbare zitting waarin de uitslag wordt vastgesteld in de toekomst enkele dagen eerder te houden."),
        ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd."),
        ("p", "De minister van Binnenlandse Zaken en Koninkrijksrelaties,\n\n\nmr. E.W. Kortenhoeven"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Verplicht gemeenten om in elk stemlokaal ten minste één stemhokje in te richten",
         "reply_contains": "Ik zal de eisen uit de checklist toegankelijkheid, waaronder het verlaagde stemhokje",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Ontwikkel een kleiner stembiljet waarop de kiezer eerst een lijst en daarna",
         "reply_contains": "ik verwacht dat dit pas bij de verkiezingen in 2031 haalbaar is",
         "verdict": "partly"},
        {"number": "3", "starts_with": "Maak centrale stemopneming op de dag na de stemming verplicht voor alle gemeenten",
         "reply_contains": "ik acht het niet wenselijk die keuze voor een deel van de gemeenten",
         "verdict": "disagrees"},
        {"number": "4", "starts_with": "Leg wettelijk vast dat een stembureau bij een onverklaard verschil van meer",
         "reply_contains": "Ik zal deze hertelplicht opnemen in het wetsvoorstel tot wijziging van de Kieswet",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Laat de programmatuur voor de uitslagberekening vóór elke verkiezing door een onafhankelijke partij",
         "reply_contains": "de broncode is op 1 juni jl. openbaar gemaakt",
         "verdict": "agrees"},
        {"number": "6", "starts_with": "Maak het mogelijk dat kiezers in het buitenland hun briefstembewijs elektronisch ontvangen",
         "reply_contains": "Ik zal bezien of deze risico's voldoende kunnen worden beheerst",
         "verdict": "noted"},
        {"number": "7", "starts_with": "Stel gemeenten structureel meer middelen beschikbaar voor de werving en opleiding van stembureauleden",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "de uitslag van de verkiezing pas op de tiende dag na de stemming werd vastgesteld",
    ],
    "notes": "Kiesraad evaluation advice on the 2025 House of Representatives election (reportlab, DejaVu Serif/Sans) "
             "+ the BZK minister's Kamerbrief in the first person ('ik'). Advice: cover with colofon line, 'Inhoud' "
             "with page numbers, a prose Samenvatting that only counts the recommendations, chapters with footnotes, "
             "and the seven recommendations numbered CONTINUOUSLY 1-7 in a hanging number column under four separate "
             "'Advies' sub-headings at the end of chapters 2-5 (bold recommendation sentence + plain explanation). "
             "Response: thematic bold-italic sub-headings without numbers; replies refer to ordinals ('De eerste "
             "aanbeveling', 'Ten aanzien van de vijfde aanbeveling', 'De derde en de vierde aanbeveling', 'tweede "
             "aanbeveling', 'Tot slot ... (6, named only by its content)'); order 1, 5, 3+4, 2, 6. 3 and 4 share one "
             "section with different verdicts: 3 disagrees ('deel de zorg ... maar niet de conclusie', 'acht het niet "
             "wenselijk'), 4 agrees ('neem ik wel over'). 5 agrees because it has already been done ('al is "
             "ingericht', 'feitelijk is uitgevoerd'). 2 partly: the strekking is endorsed but the 2030 experiment is "
             "not feasible (2031, after research first). 6 noted ('Ik zal bezien', 'betrek ... bij de verkenning'). "
             "7 (money for municipalities) is not answered at all. 'Overige punten' answers a remark of the Kiesraad "
             "that is not a recommendation (unmatched).",
}

if __name__ == "__main__":
    kw = dict(header=f"Kiesraad  |  {T}  |  Evaluatieadvies TK 2025", footer="pagina {page}", title=T,
              accent=(0.0, 0.33, 0.45))
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van BZK  |  Datum 2 juli 2026  |  Kenmerk 2026-0000398411",
              footer="Pagina {page}", font="Sans", size=10)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

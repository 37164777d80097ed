"""Blind round 22 (nl): eindrapport van een parlementaire enquêtecommissie (Zorgvastgoed) met zeven aanbevelingen
onder thematische tussenkoppen in het slothoofdstuk, en de kabinetsreactie als Kamerbrief met een bijlage-tabel
'Nr. / Aanbeveling van de commissie / Reactie van het kabinet' in een andere volgorde; aanbeveling 7 (aan de Kamer
zelf) ontbreekt in de tabel.
Engine: reportlab, A4, DejaVu fonts.
Run: /tmp/blind22nl/bin/python tests/docs/src/blind22/gen_nl_enquete_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b22nl as H

NAME = "blind22_nl_enquete"
T = "Stenen voor zorg"
A = {
    1: "Stel een vergunningplicht in voor iedere partij die zorgvastgoed exploiteert dat voor meer dan de helft "
       "wordt verhuurd aan zorgaanbieders met een Wlz-contract.",
    2: "Leg in de Wet langdurige zorg vast dat de normatieve huisvestingscomponent alleen mag worden besteed aan "
       "huisvesting en niet mag worden doorgeschoven naar een beleggingsentiteit.",
    3: "Geef de zorgkantoren de bevoegdheid om huurcontracten boven een maximale huurprijs per zorgplaats niet te "
       "erkennen bij de vaststelling van het tarief.",
    4: "Breng alle meldingen over zorgvastgoed bij de IGJ, de NZa en de Belastingdienst samen in één centraal "
       "meldpunt met een gedeeld signaleringsoverzicht.",
    5: "Verplicht zorgaanbieders om in hun jaarverantwoording de uiteindelijk belanghebbende van de verhuurder "
       "van hun locaties te vermelden.",
    6: "Laat de Algemene Rekenkamer binnen drie jaar onderzoeken of de huisvestingsgelden in de langdurige zorg "
       "doelmatig worden besteed.",
    7: "Richt in de Tweede Kamer een vaste rapporteur zorgvastgoed in die jaarlijks verslag doet van de voortgang "
       "van de opvolging van dit rapport.",
}


def advice():
    return [
        ("cover", [("Tweede Kamer der Staten-Generaal", 12, True, 10), ("Vergaderjaar 2025-2026", 11, False, 4),
                   ("36 812, nr. 3", 11, False, 4),
                   ("Parlementaire enquête Zorgvastgoed", 14, False, 90), (T, 30, True, 8),
                   ("Eindrapport van de parlementaire enquêtecommissie Zorgvastgoed", 13, False, 10),
                   ("Den Haag, 12 februari 2026", 11, False, 200)]),
        ("toc", "Inhoud"),
        ("h1", "1 Inleiding"),
        ("p", "Op 4 april 2024 heeft de Tweede Kamer besloten een parlementaire enquête te houden naar de "
              "financiering en exploitatie van vastgoed in de langdurige zorg.[[1]] Aanleiding waren berichten "
              "over zorglocaties die binnen enkele jaren meermaals van eigenaar wisselden, waarbij de huur telkens "
              "steeg en de kosten uiteindelijk via het tarief op de premiebetaler werden afgewenteld."),
        ("p", "De commissie heeft 61 besloten voorgesprekken gevoerd, ruim 40.000 documenten bestudeerd en 27 "
              "getuigen onder ede verhoord. De openbare verhoren vonden plaats in september en oktober 2025. De "
              "commissie dankt allen die aan het onderzoek hebben meegewerkt, in het bijzonder de bewoners en "
              "medewerkers van zorglocaties die hun ervaringen met haar deelden."),
        ("notes", [(1, "Kamerstukken II 2023/24, 36 812, nr. 1 (verzoek) en nr. 2 (onderzoeksvoorstel).")]),
        ("h1", "2 Wat de commissie heeft gezien"),
        ("p", "Sinds de scheiding van wonen en zorg in 2013 ontvangen zorgaanbieders een vergoeding voor huisvesting "
              "als onderdeel van het tarief: de normatieve huisvestingscomponent. Die vergoeding is niet "
              "geoormerkt. De commissie stelt vast dat een deel van de aanbieders het vastgoed heeft ondergebracht "
              "bij een verbonden partij die vervolgens huur rekent die ver boven de markt ligt. In de onderzochte "
              "casussen liep de huur per zorgplaats op tot 31.000 euro per jaar, tegen een landelijke mediaan van "
              "ongeveer 14.500 euro."),
        ("p", "Toezicht op deze constructies ontbreekt grotendeels. De Inspectie Gezondheidszorg en Jeugd kijkt naar "
              "de kwaliteit van zorg, de Nederlandse Zorgautoriteit naar de rechtmatigheid van declaraties en de "
              "Belastingdienst naar fiscale aspecten; geen van de drie ziet het geheel. Signalen bleven liggen "
              "omdat iedere toezichthouder ze als buiten zijn bevoegdheid beschouwde."),
        ("p", "Ook de zorgkantoren stonden met lege handen. Zij hebben geen bevoegdheid om huurcontracten te toetsen "
              "en kunnen een hoge huur niet weigeren zolang de aanbieder de zorg levert die is afgesproken. "
              "Verschillende getuigen verklaarden dat zij wel zagen dat er iets niet klopte, maar niet wisten wie "
              "daarover ging."),
        ("h1", "3 Conclusies"),
        ("p", "De commissie concludeert dat het stelsel van de langdurige zorg niet is ingericht op het voorkomen van "
              "het weglekken van publiek geld via vastgoed. De wetgever heeft bij de scheiding van wonen en zorg "
              "het risico onderschat; de ministers die daarna verantwoordelijk waren, hebben signalen te lang als "
              "incidenten behandeld. Het gaat naar schatting van de commissie om 180 tot 260 miljoen euro per jaar "
              "die niet aan zorg of aan passende huisvesting ten goede komt."),
        ("p", "Tegelijk benadrukt de commissie dat de grote meerderheid van de zorgaanbieders haar vastgoed op een "
              "verantwoorde manier beheert. De aanbevelingen zijn erop gericht de uitzonderingen aan te pakken "
              "zonder de sector als geheel met nieuwe lasten op te zadelen."),
        ("h1", "4 Aanbevelingen"),
        ("p", "De commissie doet de volgende aanbevelingen. Zij zijn gericht aan het kabinet, met uitzondering van "
              "de laatste, die aan de Kamer zelf is gericht."),
        ("h2", "Grip op de markt"),
        ("np", "1.", A[1]),
        ("np", "2.", A[2]),
        ("np", "3.", A[3]),
        ("h2", "Toezicht en transparantie"),
        ("np", "4.", A[4]),
        ("np", "5.", A[5]),
        ("h2", "Verantwoording en opvolging"),
        ("np", "6.", A[6]),
        ("np", "7.", A[7]),
        ("p", "De commissie verzoekt het kabinet binnen zes maanden na het verschijnen van dit rapport een reactie "
              "op de aanbevelingen aan de Kamer te zenden."),
    ]


def response():
    rows = [
        ["1", "Vergunningplicht exploitanten zorgvastgoed",
         "Het kabinet onderschrijft de strekking van deze aanbeveling, maar een algemene vergunningplicht gaat "
         "te ver. Wel komt er een registratieplicht voor verhuurders van zorgvastgoed, met de mogelijkheid om "
         "bij misstanden een exploitatieverbod op te leggen."],
        ["2", "Besteding huisvestingscomponent",
         "Het kabinet neemt deze aanbeveling over. Het wetsvoorstel dat de besteding van de "
         "huisvestingscomponent aan huisvesting koppelt, gaat voor de zomer in internetconsultatie."],
        ["3", "Maximale huur per zorgplaats",
         "Het kabinet deelt de zorg over excessieve huren, maar niet de conclusie dat een landelijk maximum de "
         "oplossing is. Zo'n maximum zou nieuwbouw in dure regio's blokkeren. Het kabinet ziet daarom geen "
         "aanleiding de zorgkantoren deze bevoegdheid te geven."],
        ["5", "Uiteindelijk belanghebbende in jaarverantwoording",
         "De aanpassing van de Regeling openbare jaarverantwoording WMG is reeds in gang gezet; vanaf het "
         "verslagjaar 2027 moeten aanbieders de uiteindelijk belanghebbende van hun verhuurders vermelden."],
        ["4", "Eén centraal meldpunt",
         "Het kabinet neemt kennis van deze aanbeveling. De toezichthouders zullen bezien of een gedeeld "
         "signaleringsoverzicht binnen de bestaande samenwerking kan worden ingericht; het kabinet komt hierop "
         "terug in de voortgangsbrief van najaar 2026."],
        ["6", "Onderzoek Algemene Rekenkamer",
         "De Algemene Rekenkamer bepaalt als onafhankelijk college zelf haar onderzoeksprogramma. Het kabinet "
         "acht het niet wenselijk haar daarover een verzoek te doen en laat dit aan uw Kamer."],
    ]
    return [
        ("p", "<b>Ministerie van Volksgezondheid, Welzijn en Sport</b>"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  Den Haag"),
        ("p", "Datum 28 augustus 2026\nBetreft Kabinetsreactie op het eindrapport van de parlementaire "
              "enquêtecommissie Zorgvastgoed"),
        ("p", "Geachte voorzitter,"),
        ("p", "Hierbij ontvangt u, mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties en de "
              "staatssecretaris van Financiën, de reactie van het kabinet op het eindrapport 'Stenen voor zorg' "
              "van de parlementaire enquêtecommissie Zorgvastgoed."),
        ("h2", "Reflectie"),
        ("p", "Het rapport laat zien hoe publiek geld dat bedoeld was voor goede huisvesting van kwetsbare "
              "ouderen en mensen met een beperking, in een deel van de gevallen bij vastgoedpartijen terechtkwam. "
              "Het kabinet erkent dat de overheid bij de scheiding van wonen en zorg onvoldoende oog heeft gehad "
              "voor dit risico. Dat verdient een eerlijke erkenning, los van de vraag welke maatregelen nu nodig "
              "zijn."),
        ("p", "Het kabinet plaatst wel een kanttekening bij de omvang van het weggelekte bedrag. De bandbreedte "
              "van 180 tot 260 miljoen euro per jaar berust op een extrapolatie van een beperkt aantal casussen; "
              "volgens de NZa ligt het bedrag eerder rond de 120 miljoen euro."),
        ("h2", "Reactie per aanbeveling"),
        ("p", "In de onderstaande tabel geeft het kabinet per aanbeveling zijn reactie."),
        ("table", [0.07, 0.28, 0.65], ["Nr.", "Aanbeveling van de commissie", "Reactie van het kabinet"], rows),
        ("h2", "Tot slot"),
        ("p", "Het kabinet zal uw Kamer twee keer per jaar informeren over de voortgang. De eerste voortgangsbrief "
              "verschijnt in het najaar van 2026."),
        ("p", "De minister van Volksgezondheid, Welzijn en Sport,\n\n\nM.A. van der Berg"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Stel een vergunningplicht in voor iedere partij die zorgvastgoed exploiteert",
         "reply_contains": "een algemene vergunningplicht gaat te ver", "verdict": "partly"},
        {"number": "2", "starts_with": "Leg in de Wet langdurige zorg vast dat de normatieve huisvestingscomponent",
         "reply_contains": "gaat voor de zomer in internetconsultatie", "verdict": "agrees"},
        {"number": "3", "starts_with": "Geef de zorgkantoren de bevoegdheid om huurcontracten boven een maximale huurprijs",
         "reply_contains": "maar niet de conclusie dat een landelijk maximum de oplossing is", "verdict": "disagrees"},
        {"number": "4", "starts_with": "Breng alle meldingen over zorgvastgoed bij de IGJ, de NZa en de Belastingdienst",
         "reply_contains": "De toezichthouders zullen bezien of een gedeeld signaleringsoverzicht", "verdict": "noted"},
        {"number": "5", "starts_with": "Verplicht zorgaanbieders om in hun jaarverantwoording de uiteindelijk belanghebbende",
         "reply_contains": "Regeling openbare jaarverantwoording WMG is reeds in gang gezet", "verdict": "agrees"},
        {"number": "6", "starts_with": "Laat de Algemene Rekenkamer binnen drie jaar onderzoeken",
         "reply_contains": "acht het niet wenselijk haar daarover een verzoek te doen", "verdict": "disagrees"},
        {"number": "7", "starts_with": "Richt in de Tweede Kamer een vaste rapporteur zorgvastgoed in",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "Het kabinet plaatst wel een kanttekening bij de omvang van het weggelekte bedrag",
    ],
    "notes": "Parliamentary inquiry committee final report (Tweede Kamer, reportlab, DejaVu; cover, 'Inhoud' page, "
             "running header, footnote). Seven recommendations 1.-7. in a hanging number column in chapter 4 "
             "'Aanbevelingen', split by three thematic sub-headings. Response: VWS Kamerbrief with prose sections "
             "'Reflectie' (general, disputes the committee's estimate of the leaked amount - answers no "
             "recommendation, unmatched) and 'Tot slot', then a ruled table 'Nr. / Aanbeveling van de commissie / "
             "Reactie van het kabinet' with rows in order 1, 2, 3, 5, 4, 6. Recommendation 7 is addressed to the "
             "Kamer itself and has no row: unanswered. 1 partly ('onderschrijft de strekking ... maar ... gaat te "
             "ver', registration instead of licensing). 3 disagrees ('deelt de zorg ... maar niet de conclusie', "
             "'ziet ... geen aanleiding'). 4 noted ('neemt kennis van', 'zullen bezien'). 5 agrees by action "
             "only ('reeds in gang gezet'). 6 disagrees ('acht het niet wenselijk').",
}

if __name__ == "__main__":
    kw = dict(header=f"Parlementaire enquête Zorgvastgoed  -  {T}", footer="Pagina {page}", title=T,
              accent=(0.55, 0.1, 0.15), font="Serif", size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Kabinetsreactie enquête Zorgvastgoed  -  kenmerk 4128830-1093455-PZO", footer="{page}",
              font="Sans", size=10)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

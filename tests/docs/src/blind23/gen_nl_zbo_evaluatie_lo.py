"""Blind round 23 (nl): periodieke evaluatie (artikel 39 Kaderwet zbo's) van een verzonnen zelfstandig
bestuursorgaan, het Centraal Orgaan Registratie Beroepsbeoefenaren (CORB), door een onderzoeksbureau, met acht
aanbevelingen als alinea's met vette thematische run-in labels ('Taakafbakening.') tussen een samenvatting met
genummerde conclusies en een vet 'Tot besluit.'-slot dat geen aanbeveling is; en de beleidsreactie van de
minister van VWS als Kamerbrief met een eigen genummerde 'hoofdlijn' (drie punten), run-in labels in eigen
woorden en een andere volgorde, één alinea voor twee aanbevelingen en een sectie over de zienswijze van het zbo.
Engine: LibreOffice Writer (HTML -> PDF), headers/footers stamped with PyMuPDF.
Run: /tmp/blind23nl/bin/python tests/docs/src/blind23/gen_nl_zbo_evaluatie_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b23nl as H

NAME = "blind23_nl_zbo_evaluatie"
T = "Evaluatie Centraal Orgaan Registratie Beroepsbeoefenaren 2020-2024"
R = [
    ("Taakafbakening", "Leg in de instellingsregeling vast welke adviestaken het CORB naast de registratie mag "
                       "uitvoeren en voor wie."),
    ("Bestuursmodel", "Vorm het bestuur van het CORB om tot een eenhoofdige raad van bestuur met een "
                      "onafhankelijke raad van toezicht, naar het model van andere uitvoerende zbo's."),
    ("Tarieven", "Maak de tarieven voor herregistratie volledig kostendekkend en laat de tarieven voor "
                 "eerste registratie door studenten en pas afgestudeerden vervallen."),
    ("Digitalisering", "Vervang het verouderde registratiesysteem uiterlijk in 2027 en reserveer daarvoor nu "
                       "al middelen in de meerjarenbegroting."),
    ("Klachtbehandeling", "Laat klachten over registratiebesluiten behandelen door een externe "
                          "klachtencommissie in plaats van door de afdeling die het besluit nam."),
    ("Informatie-uitwisseling", "Sluit met de Inspectie Gezondheidszorg en Jeugd een convenant over het "
                                "delen van gegevens over doorgehaalde en geschorste registraties."),
    ("Transparantie", "Publiceer in het jaarverslag hoeveel registraties zijn doorgehaald of geschorst en op "
                      "welke gronden."),
    ("Evaluatietermijn", "Evalueer het CORB de volgende keer na drie jaar in plaats van de gebruikelijke "
                         "vijf jaar."),
]


def advice():
    b = [
        ("cover", [("Bureau Rijnland Beleidsonderzoek", 12, True, 6), ("Eindrapport", 12, False, 70),
                   ("Registreren met gezag", 26, True, 6), (T, 14, False, 6),
                   ("In opdracht van het ministerie van Volksgezondheid, Welzijn en Sport", 11, False, 20),
                   ("Leiden, 9 oktober 2025", 11, False, 6),
                   ("Auteurs: dr. M.A. Verbrugge, drs. P. Oosterhuis, K. Dijkman MSc", 9.5, False, 220)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "Samenvatting"),
        ("p", "Het Centraal Orgaan Registratie Beroepsbeoefenaren (CORB) houdt sinds 2012 het register bij van "
              "zorgprofessionals die geen BIG-registratie hebben maar wel een wettelijk beschermde "
              "opleidingstitel voeren. Dit rapport bevat de tweede periodieke evaluatie van het CORB over de "
              "jaren 2020 tot en met 2024.[[1]] Onze belangrijkste conclusies zijn:"),
        ("np", "1.", "Het CORB voert zijn kerntaak, het registreren en herregistreren, doeltreffend uit; de "
                     "doorlooptijden zijn in de evaluatieperiode gehalveerd."),
        ("np", "2.", "De adviestaken die het CORB in de loop der jaren heeft opgepakt, hebben geen duidelijke "
                     "wettelijke basis."),
        ("np", "3.", "De bestuursstructuur past niet bij een organisatie die is gegroeid van 20 naar 85 fte."),
        ("np", "4.", "Het registratiesysteem is verouderd en vormt het grootste risico voor de continuïteit."),
        ("np", "5.", "De samenwerking met de Inspectie Gezondheidszorg en Jeugd (IGJ) is goed, maar steunt op "
                     "personen en niet op afspraken."),
        ("p", "Op basis hiervan doen wij acht aanbevelingen (hoofdstuk 6)."),
        ("notes", [(1, "De eerste evaluatie betrof de jaren 2012-2019 (Kamerstukken II 2019/20, 29 282, nr. 402, "
                       "fictief).")]),
        ("h1", "1  Inleiding"),
        ("p", "Artikel 39 van de Kaderwet zelfstandige bestuursorganen verplicht de minister om elke vijf jaar "
              "een verslag over de doelmatigheid en doeltreffendheid van een zbo aan de Staten-Generaal te "
              "zenden. Het ministerie van VWS heeft Bureau Rijnland Beleidsonderzoek gevraagd deze evaluatie "
              "uit te voeren. Een begeleidingscommissie met vertegenwoordigers van VWS, het CORB en twee "
              "beroepsverenigingen heeft het onderzoek gevolgd."),
        ("p", "Wij hebben documenten en cijfers geanalyseerd, 31 interviews gehouden en een enquête uitgezet "
              "onder geregistreerden (n = 2.410). Daarnaast hebben wij het CORB vergeleken met drie andere "
              "registerhouders in binnen- en buitenland."),
        ("h1", "2  Taken en positie"),
        ("p", "Naast de registratie adviseert het CORB beroepsverenigingen en opleidingen over de inhoud van "
              "beroepsprofielen en kwalificatie-eisen. Die adviestaak is gegroeid tot ongeveer een vijfde van "
              "de capaciteit. De Kaderwet staat toe dat een zbo taken uitvoert die bij of krachtens de wet zijn "
              "toegekend; voor de adviestaak ontbreekt zo'n grondslag. Gesprekspartners waarderen de adviezen, "
              "maar wijzen ook op het risico van belangenverstrengeling wanneer het CORB eerst adviseert over "
              "een kwalificatie-eis en daarna zelf toetst of een aanvrager eraan voldoet."),
        ("h1", "3  Bestuur en toezicht"),
        ("p", "Het CORB wordt bestuurd door een driehoofdig bestuur van deeltijdbestuurders, dat ook het "
              "interne toezicht uitoefent. Bij de oprichting paste dat model bij een kleine organisatie. "
              "Inmiddels telt het CORB 85 fte en een begroting van 14 miljoen euro. De geïnterviewden "
              "verschillen van mening over de vraag of een raad van toezicht nodig is: voor sommigen is het een "
              "logische stap, anderen vrezen extra bestuurslagen en kosten."),
        ("h1", "4  Financiën en bedrijfsvoering"),
        ("p", "Het CORB wordt voor ongeveer 60 procent gefinancierd uit tarieven en voor 40 procent uit een "
              "rijksbijdrage. Eerste registratie en herregistratie kosten nu hetzelfde bedrag van 95 euro. "
              "Voor studenten en pas afgestudeerden vormt dat bedrag volgens beroepsverenigingen een drempel. "
              "Het registratiesysteem dateert uit 2011 en wordt door één externe leverancier onderhouden; de "
              "leverancier heeft aangekondigd het onderhoud na 2027 te beëindigen.[[2]]"),
        ("notes", [(2, "Brief van de leverancier aan het CORB van 14 maart 2025 (vertrouwelijk, ingezien door de "
                       "onderzoekers).")]),
        ("h1", "5  Kwaliteit, klachten en samenwerking"),
        ("p", "Klachten over registratiebesluiten worden behandeld door de afdeling Registratie zelf. In 2024 "
              "ging het om 212 klachten, waarvan er 41 gegrond werden verklaard. Klagers ervaren de procedure "
              "als weinig onafhankelijk. De samenwerking met de IGJ verloopt informeel: wanneer een "
              "registratie wordt doorgehaald, belt een medewerker van het CORB met de inspectie. Er zijn geen "
              "schriftelijke afspraken, en het jaarverslag vermeldt het aantal doorhalingen niet."),
        ("h1", "6  Aanbevelingen"),
        ("p", "Op basis van onze bevindingen doen wij de volgende aanbevelingen aan de minister van VWS en het "
              "bestuur van het CORB."),
    ]
    for label, text in R:
        b.append(("p", f"<b>{label}.</b> {text}"))
    b += [
        ("p", "<b>Tot besluit.</b> De onderzoekers danken de medewerkers van het CORB en alle geïnterviewden "
              "voor hun openheid. Het CORB is een goed functionerende uitvoeringsorganisatie die klaar is voor "
              "een volgende stap."),
    ]
    return b


def response():
    return [
        ("p", "<b>Ministerie van Volksgezondheid, Welzijn en Sport</b>"),
        ("p", "> Retouradres Postbus 20350 2500 EJ Den Haag\n\nDe Voorzitter van de Tweede Kamer\n"
              "der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("small", "Datum 22 januari 2026\nBetreft Beleidsreactie evaluatie CORB 2020-2024\n"
                  "Kenmerk 4120977-1093412-CZ"),
        ("p", "Geachte voorzitter,"),
        ("p", "Hierbij ontvangt u het rapport 'Registreren met gezag', de tweede evaluatie van het Centraal "
              "Orgaan Registratie Beroepsbeoefenaren (CORB) op grond van artikel 39 van de Kaderwet "
              "zelfstandige bestuursorganen. In deze brief geef ik mijn reactie op het rapport en de "
              "aanbevelingen."),
        ("h2", "Hoofdlijn"),
        ("p", "Mijn reactie laat zich in drie punten samenvatten:"),
        ("np", "1.", "Het CORB is een goed functionerend zbo. Ik ben verheugd dat de doorlooptijden zo sterk "
                     "zijn verbeterd."),
        ("np", "2.", "De groei van de organisatie vraagt om duidelijkere wettelijke kaders, maar niet om een "
                     "zwaarder bestuursmodel."),
        ("np", "3.", "De vervanging van het registratiesysteem heeft de hoogste prioriteit."),
        ("h2", "Reactie op de aanbevelingen"),
        ("p", "<b>Het registratiesysteem.</b> De onderzoekers wijzen terecht op het risico voor de "
              "continuïteit. Het CORB is in overleg met mijn ministerie al gestart met de aanbesteding van een "
              "nieuw systeem; de middelen daarvoor zijn opgenomen in de ontwerpbegroting 2026. De ingebruikname "
              "is voorzien in het tweede kwartaal van 2027."),
        ("p", "<b>De taken van het CORB.</b> Ik neem de aanbeveling over om de adviestaken een wettelijke "
              "grondslag te geven. Bij de eerstvolgende wijziging van de instellingsregeling, die ik in 2026 in "
              "consultatie breng, wordt vastgelegd welke adviestaken het CORB mag uitvoeren. Advisering over "
              "kwalificatie-eisen die het CORB later zelf toetst, valt daar niet onder."),
        ("p", "<b>Het bestuursmodel.</b> Ik deel de analyse dat het CORB is gegroeid, maar zie geen aanleiding "
              "om een raad van toezicht in te stellen. Het zbo valt onder mijn toezicht en dat van de Algemene "
              "Rekenkamer; een extra toezichtslaag brengt kosten mee zonder duidelijke meerwaarde. Wel vraag ik "
              "het bestuur om een auditcommissie met een externe deskundige in te richten."),
        ("p", "<b>Tarieven.</b> De aanbeveling om herregistratie kostendekkend te maken, neem ik over; het nieuwe "
              "tarief gaat in per 1 januari 2027. Het volledig laten vervallen van het tarief voor eerste "
              "registratie gaat mij te ver, omdat dat de rijksbijdrage verhoogt. Ik halveer dat tarief wel voor "
              "wie binnen een jaar na afstuderen wordt geregistreerd."),
        ("p", "<b>Doorhalingen en schorsingen.</b> Het CORB en de IGJ ronden dit voorjaar een "
              "samenwerkingsconvenant af, waarin ook de uitwisseling van gegevens over doorhalingen en "
              "schorsingen wordt geregeld. Het CORB zal daarnaast vanaf het jaarverslag over 2025 het aantal "
              "doorhalingen en schorsingen en de gronden daarvoor vermelden."),
        ("p", "<b>Klachten.</b> De inrichting van de klachtbehandeling is een verantwoordelijkheid van het bestuur "
              "van het CORB. Ik heb kennisgenomen van deze aanbeveling en heb haar onder de aandacht van het "
              "bestuur gebracht, dat heeft toegezegd de mogelijkheden te onderzoeken."),
        ("p", "<b>De volgende evaluatie.</b> Een kortere evaluatietermijn acht ik niet nodig. De vijfjaarlijkse "
              "cyclus uit de Kaderwet biedt voldoende gelegenheid, en over de vervanging van het "
              "registratiesysteem informeer ik uw Kamer al via de jaarlijkse voortgangsrapportage."),
        ("h2", "Zienswijze van het CORB"),
        ("p", "Het bestuur van het CORB heeft laten weten zich in de bevindingen van het rapport te herkennen. "
              "Het bestuur onderschrijft in het bijzonder de urgentie van de systeemvervanging. De zienswijze "
              "van het bestuur is als bijlage bij deze brief gevoegd."),
        ("p", "Ik dank de onderzoekers en het CORB voor hun inzet bij deze evaluatie."),
        ("p", "Hoogachtend,\n\nde minister van Volksgezondheid,\nWelzijn en Sport,\n\n\ndrs. A.F. Rutgers-Meijer"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Leg in de instellingsregeling vast welke adviestaken het CORB",
         "reply_contains": "Ik neem de aanbeveling over om de adviestaken een wettelijke", "verdict": "agrees"},
        {"number": "2", "starts_with": "Vorm het bestuur van het CORB om tot een eenhoofdige raad",
         "reply_contains": "zie geen aanleiding om een raad van toezicht in te stellen",
         "verdict": "disagrees"},
        {"number": "3", "starts_with": "Maak de tarieven voor herregistratie volledig kostendekkend",
         "reply_contains": "Het volledig laten vervallen van het tarief voor eerste", "verdict": "partly"},
        {"number": "4", "starts_with": "Vervang het verouderde registratiesysteem uiterlijk in 2027",
         "reply_contains": "al gestart met de aanbesteding van een nieuw systeem", "verdict": "agrees"},
        {"number": "5", "starts_with": "Laat klachten over registratiebesluiten behandelen door een externe",
         "reply_contains": "Ik heb kennisgenomen van deze aanbeveling", "verdict": "noted"},
        {"number": "6", "starts_with": "Sluit met de Inspectie Gezondheidszorg en Jeugd een convenant",
         "reply_contains": "ronden dit voorjaar een samenwerkingsconvenant af", "verdict": "agrees"},
        {"number": "7", "starts_with": "Publiceer in het jaarverslag hoeveel registraties zijn doorgehaald",
         "reply_contains": "vanaf het jaarverslag over 2025 het aantal doorhalingen", "verdict": "agrees"},
        {"number": "8", "starts_with": "Evalueer het CORB de volgende keer na drie jaar",
         "reply_contains": "Een kortere evaluatietermijn acht ik niet nodig", "verdict": "disagrees"},
    ],
    "unmatched_replies_contain": [
        "In deze brief geef ik mijn reactie op het rapport en de aanbevelingen",
        "Mijn reactie laat zich in drie punten samenvatten",
        "zich in de bevindingen van het rapport te herkennen",
        "Ik dank de onderzoekers en het CORB voor hun inzet",
    ],
    "notes": "Five-yearly zbo evaluation (Kaderwet art. 39) by an external research bureau, LibreOffice from HTML. "
             "Traps in the advice: the 'Samenvatting' has a numbered list 1.-5. of CONCLUSIONS (not "
             "recommendations); chapter 6 has eight unnumbered recommendations, each a paragraph opening with a "
             "bold run-in label ('Taakafbakening.', 'Bestuursmodel.', ...), numbered here 1-8 in document order, "
             "followed by a bold 'Tot besluit.' paragraph that is not a recommendation. Response: Kamerbrief of "
             "the minister of VWS with its own numbered 'Hoofdlijn' 1.-3. (summary, matches nothing; its point 2 "
             "foreshadows the bestuursmodel refusal and point 3 the system, but the replies are below), then "
             "'Reactie op de aanbevelingen' with bold run-in labels in the minister's own words and order: 4 "
             "(already started: agrees), 1, 2 ('Ik deel de analyse ... maar zie geen aanleiding'; the "
             "auditcommissie offered instead does not make it partly), 3 (first half adopted, second half 'gaat "
             "mij te ver', a halving instead: partly), 6+7 in one paragraph 'Doorhalingen en schorsingen' (both "
             "agree), 5 (responsibility of the zbo's board, 'kennisgenomen ... onder de aandacht gebracht': "
             "noted), 8 ('acht ik niet nodig': disagrees). A section 'Zienswijze van het CORB' and the closing "
             "thanks answer nothing. No recommendation is unanswered.",
}

if __name__ == "__main__":
    kw = dict(header=f"Bureau Rijnland Beleidsonderzoek  -  {T}", footer="{page}", title=T, accent="#7a4b00",
              body_font="Liberation Serif", head_font="Liberation Sans", size=10.5)
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Ministerie van VWS  -  Kenmerk 4120977-1093412-CZ  -  22 januari 2026",
              footer=lambda n: f"Pagina {n}", title="Beleidsreactie evaluatie CORB", accent="#154273",
              body_font="Liberation Sans", size=10)
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")
    sys.exit(0 if H.check(NAME) else 1)

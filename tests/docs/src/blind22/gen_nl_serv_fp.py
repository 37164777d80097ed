"""Blind round 22 (nl): advies van de Sociaal-Economische Raad van Vlaanderen (SERV) over een ontwerpbesluit over
het individueel leerbudget, met zes aanbevelingen als vette inline-labels 'Aanbeveling N.' onder thematische
tussenkoppen, voorafgegaan door een kader 'Krachtlijnen' in eigen woorden; en de antwoordbrief van de Vlaamse
minister van Werk met kopjes in eigen woorden, zonder nummers, in een andere volgorde, één kopje voor twee
aanbevelingen, één aanbeveling onbeantwoord.
Engine: fpdf2, A4, Liberation fonts.
Run: /tmp/blind22nl/bin/python tests/docs/src/blind22/gen_nl_serv_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b22nl as H

NAME = "blind22_nl_serv"
T = "Advies ontwerpbesluit individueel leerbudget"
A = {
    1: "Bouw het leerbudget op als een persoonlijke rugzak die meegaat wanneer een werknemer van werkgever of "
       "van sector verandert.",
    2: "Betrek de sectorale opleidingsfondsen van bij de start bij het beheer van het leerbudget, zodat "
       "dezelfde opleiding niet tweemaal wordt gefinancierd.",
    3: "Verhoog het leerbudget voor kortgeschoolde werknemers met minstens de helft ten opzichte van het "
       "basisbedrag van 600 euro.",
    4: "Koppel het leerbudget aan een gratis en onafhankelijk loopbaangesprek, zodat werknemers het budget "
       "gericht kunnen inzetten.",
    5: "Vereenvoudig de kwaliteitsregistratie voor kleine opleidingsverstrekkers, die nu afhaken door de "
       "zware administratieve eisen.",
    6: "Evalueer de regeling na twee volledige kalenderjaren en leg de evaluatie voor bespreking voor aan de "
       "Vlaamse sociale partners.",
}


def lab(n):
    return f"<b>Aanbeveling {n}.</b> {A[n]}"


def advice():
    return [
        ("cover", [("SERV  -  Sociaal-Economische Raad van Vlaanderen", 12, True, 10), ("Advies", 12, False, 80),
                   (T, 24, True, 6), ("Brussel, 16 maart 2026", 11, False, 12),
                   ("Adviesvrager: Vlaams minister van Werk en Sociale Economie", 10, False, 170),
                   ("Behandeling: commissie Arbeidsmarkt en Competenties  -  Raad van 16 maart 2026", 10, False, 3)]),
        ("toc", "Inhoud"),
        ("h1", "Krachtlijnen"),
        ("box", "", "De SERV steunt de invoering van een individueel leerbudget. De raad vraagt wel dat het budget "
                    "de werknemer volgt over jobs heen, dat dubbele financiering met de sectoren wordt vermeden en "
                    "dat wie het minst opleiding volgt ook het meest ondersteuning krijgt. Begeleiding, een "
                    "haalbaar kwaliteitskader en een grondige evaluatie met de sociale partners maken het geheel af."),
        ("h1", "1 Situering"),
        ("p", "Op 6 februari 2026 vroeg de Vlaamse minister van Werk en Sociale Economie het advies van de SERV over "
              "het ontwerp van besluit van de Vlaamse Regering tot invoering van een individueel leerbudget.[[1]] "
              "Het ontwerp geeft elke werknemer in Vlaanderen vanaf 1 januari 2027 een jaarlijks budget van 600 "
              "euro voor erkende opleidingen. Het budget vervalt na drie jaar als het niet wordt gebruikt."),
        ("p", "Het ontwerp geeft uitvoering aan het Vlaams Actieplan Levenslang Leren en aan het interprofessioneel "
              "akkoord over opleiding. Vandaag neemt slechts 8 procent van de kortgeschoolde werknemers jaarlijks "
              "deel aan opleiding, tegenover 31 procent van de hooggeschoolden.[[2]]"),
        ("notes", [(1, "Adviesvraag van 6 februari 2026, kenmerk WSE/KAB/2026/112."),
                   (2, "Steunpunt Werk, Vlaamse Arbeidsrekening, opleidingsdeelname 2024.")]),
        ("h1", "2 Advies"),
        ("p", "De SERV onderschrijft de doelstelling van het ontwerpbesluit. Een individueel leerbudget kan de "
              "opleidingscultuur in Vlaanderen versterken, op voorwaarde dat het goed aansluit op wat sectoren en "
              "ondernemingen vandaag al doen. De raad formuleert daarom de volgende aanbevelingen."),
        ("h2", "2.1 Een budget dat de werknemer volgt"),
        ("p", "Het ontwerp koppelt het budget aan de tewerkstelling bij een werkgever. Wie van job verandert, "
              "verliest het opgebouwde saldo. Dat gaat in tegen de bedoeling om werknemers zelf regie te geven "
              "over hun loopbaan."),
        ("p", lab(1)),
        ("p", "Verschillende sectorfondsen financieren vandaag al opleidingen voor werknemers uit hun sector. "
              "Zonder afstemming dreigt een lappendeken waarin werkgevers en werknemers niet weten welk budget zij "
              "moeten aanspreken."),
        ("p", lab(2)),
        ("h2", "2.2 Meer steun voor wie het meest nodig heeft"),
        ("p", "Een gelijk bedrag voor iedereen vergroot de kloof in opleidingsdeelname eerder dan dat het die "
              "verkleint. Hooggeschoolden vinden de weg naar opleiding vanzelf; kortgeschoolden hebben vaak een "
              "duwtje en een hoger budget nodig, omdat de opleidingen die zij nodig hebben langer duren."),
        ("p", lab(3)),
        ("p", "Een budget alleen volstaat niet. Veel werknemers weten niet welke opleiding hen verder helpt."),
        ("p", lab(4)),
        ("h2", "2.3 Uitvoerbaarheid en opvolging"),
        ("p", "Alleen opleidingen van geregistreerde verstrekkers komen in aanmerking. De registratie vraagt "
              "een uitgebreid kwaliteitsdossier en een externe audit. Voor kleine verstrekkers, die vaak net "
              "de praktijkgerichte opleidingen aanbieden waar kortgeschoolden baat bij hebben, is dat een drempel."),
        ("p", lab(5)),
        ("p", lab(6)),
        ("p", "De SERV is bereid mee te werken aan de uitwerking van de uitvoeringsbepalingen en vraagt om "
              "betrokken te worden bij de opmaak van de ministeriële besluiten."),
        ("p", "Annelies Verhaegen, voorzitter          Koen Dewitte, secretaris-generaal"),
    ]


def response():
    return [
        ("p", "<b>Vlaams minister van Werk en Sociale Economie</b>"),
        ("p", "Aan de voorzitter van de Sociaal-Economische Raad van Vlaanderen\nWetstraat 34-36\n1040 Brussel"),
        ("p", "Uw bericht van 16 maart 2026  -  Ons kenmerk WSE/KAB/2026/209  -  Brussel, 22 april 2026\n"
              "Betreft: uw advies over het ontwerpbesluit individueel leerbudget"),
        ("p", "Geachte voorzitter,"),
        ("p", "Ik dank de SERV voor het grondige advies over het ontwerpbesluit. Hieronder ga ik in op de "
              "voorstellen van de raad."),
        ("h3", "De adviestermijn"),
        ("p", "De raad merkt op dat de termijn van zes weken kort was voor een dossier van deze omvang. Ik begrijp "
              "die opmerking, maar wijs erop dat de sociale partners al sinds het najaar in de werkgroep "
              "levenslang leren over de krijtlijnen van het leerbudget hebben overlegd."),
        ("h3", "Sectorfondsen en kwaliteitsregistratie"),
        ("p", "Uw voorstel om de sectorale opleidingsfondsen mee te laten beheren, neem ik integraal over. Het "
              "besluit zal bepalen dat een opleiding die door een sectorfonds wordt betaald, niet opnieuw ten "
              "laste van het leerbudget kan komen, en de fondsen krijgen een plaats in het beheerscomité."),
        ("p", "Wat de kwaliteitsregistratie betreft, ben ik in beginsel bereid de procedure voor kleine "
              "verstrekkers te verlichten, maar enkel voor zover de kwaliteitsgaranties overeind blijven. De "
              "externe audit blijft dus behouden; wel zal een verkort dossier volstaan voor verstrekkers met "
              "minder dan tien opleiders."),
        ("h3", "Een hoger budget voor kortgeschoolden"),
        ("p", "Ik deel de analyse van de raad dat kortgeschoolden te weinig opleiding volgen. Een verhoging van "
              "het budget met de helft acht ik echter budgettair niet haalbaar en ook niet opportuun zolang niet "
              "vaststaat dat het bedrag de drempel is. Ik ga daar in deze fase dan ook niet op in."),
        ("h3", "De overdraagbaarheid van het budget"),
        ("p", "De raad stelt dat de werknemer bij een jobwissel het volledige saldo verliest. Dat klopt niet "
              "helemaal: het ontwerp laat een overdracht binnen dezelfde sector wel toe. Niettemin kan ik mij "
              "vinden in de vraag om het budget volledig persoonsgebonden te maken. Het leerbudget wordt "
              "gekoppeld aan het rijksregisternummer van de werknemer en niet aan de werkgever."),
        ("h3", "Evaluatie"),
        ("p", "Ik neem kennis van de vraag van de raad over het tijdstip en de vorm van de evaluatie. Ik zal dit "
              "meenemen bij de opmaak van het evaluatiekader, dat in 2027 wordt uitgewerkt."),
        ("p", "Ik kijk uit naar de verdere samenwerking met de raad bij de uitvoering.\n\nMet vriendelijke groeten,"),
        ("p", "Lieven Claessens\nVlaams minister van Werk en Sociale Economie"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Bouw het leerbudget op als een persoonlijke rugzak die meegaat",
         "reply_contains": "kan ik mij vinden in de vraag om het budget volledig persoonsgebonden te maken",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Betrek de sectorale opleidingsfondsen van bij de start bij het beheer",
         "reply_contains": "neem ik integraal over", "verdict": "agrees"},
        {"number": "3", "starts_with": "Verhoog het leerbudget voor kortgeschoolde werknemers met minstens de helft",
         "reply_contains": "acht ik echter budgettair niet haalbaar en ook niet opportuun", "verdict": "disagrees"},
        {"number": "4", "starts_with": "Koppel het leerbudget aan een gratis en onafhankelijk loopbaangesprek",
         "reply_contains": None, "verdict": "unanswered"},
        {"number": "5", "starts_with": "Vereenvoudig de kwaliteitsregistratie voor kleine opleidingsverstrekkers",
         "reply_contains": "ben ik in beginsel bereid de procedure voor kleine verstrekkers te verlichten",
         "verdict": "partly"},
        {"number": "6", "starts_with": "Evalueer de regeling na twee volledige kalenderjaren",
         "reply_contains": "Ik zal dit meenemen bij de opmaak van het evaluatiekader", "verdict": "noted"},
    ],
    "unmatched_replies_contain": [
        "wijs erop dat de sociale partners al sinds het najaar in de werkgroep",
    ],
    "notes": "Flemish SERV advice on a draft government decree (fpdf2, Liberation; cover, 'Inhoud' page, running "
             "header, footnotes). A shaded 'Krachtlijnen' box paraphrases the points in prose (not "
             "recommendations). The six recommendations are bold inline labels 'Aanbeveling N.' opening "
             "paragraphs under numbered thematic sub-headings 2.1-2.3, with explanatory paragraphs between them. "
             "Response: letter of the Flemish minister of Work ('ik'), italic sub-headings in its own words, no "
             "numbers, order: (advice period - answers nothing, unmatched), 2+5 under one heading with two "
             "different verdicts in two paragraphs, 3, 1, 6; 4 (career guidance) is not answered. 1 agrees while "
             "disputing the finding ('Dat klopt niet helemaal ... Niettemin kan ik mij vinden in'). 2 agrees ('neem "
             "ik integraal over', split verb). 3 disagrees despite 'Ik deel de analyse' ('niet haalbaar en ook "
             "niet opportuun', 'ga daar ... niet op in'). 5 partly ('in beginsel ... enkel voor zover', the audit "
             "stays). 6 noted ('neem kennis van', 'zal dit meenemen').",
}

if __name__ == "__main__":
    kw = dict(header=f"SERV  -  {T}  -  16 maart 2026", footer="{page}", title=T, accent=(150, 30, 60),
              family="sans", size=10.5)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Vlaams minister van Werk  -  WSE/KAB/2026/209", footer="pagina {page}", family="serif",
              size=11)
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

"""Blind round 18 (nl): Onderwijsraad-advies (leesonderwijs) met vijf aanbevelingen in de samenvatting en in het
slothoofdstuk, en de kabinetsreactie als Kamerbrief van de minister van OCW die per thema antwoordt.
Engine: fpdf2 (Liberation Serif/Sans), A4, lopende kop, paginanummers, inhoudsopgave uit een eerste pass.
Run: /tmp/blind18env/bin/python tests/docs/src/blind18/gen_nl_onderwijsraad_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b18 as H

NAME = "blind18_nl_onderwijsraad"
T = "Lezen als fundament"
R = {
    1: "Leg in de kerndoelen vast hoeveel onderwijstijd basisscholen minimaal aan lezen besteden, namelijk "
       "ten minste vijf uur per week in groep 3 tot en met 8.",
    2: "Maak een erkende leesmethode verplicht voor alle scholen en laat de inspectie toezien op het gebruik "
       "daarvan.",
    3: "Neem in de pabo-opleiding een landelijke kennisbasis leesdidactiek op die voor alle studenten gelijk is.",
    4: "Financier een schoolbibliotheek in elke basisschool en elk vmbo, met een bevoegde leesconsulent.",
    5: "Laat een onafhankelijke commissie elke vijf jaar rapporteren over de leesvaardigheid van leerlingen.",
}


def advice():
    return [
        ("cover", [("Onderwijsraad", 14, True, 10), (T, 30, True, 110),
                   ("Advies over de versterking van het leesonderwijs in het funderend onderwijs", 13, False, 14),
                   ("Den Haag, maart 2025", 11, False, 170)]),
        ("small", "Onderwijsraad, Den Haag, 2025. Publicatie 20250312/1098. ISBN 978-90-77293-61-4. "
         "Overname van de tekst is toegestaan mits de bron wordt vermeld."),
        ("pb",),
        ("toc", "Inhoudsopgave"),
        ("h1", "Samenvatting"),
        ("p", "Steeds meer leerlingen verlaten de basisschool zonder dat zij voldoende kunnen lezen. Een kwart van "
         "de vijftienjarigen is volgens PISA laaggeletterd.[[1]] De raad ziet lezen als het fundament van al het "
         "andere leren en vindt dat het leesonderwijs een stevigere basis nodig heeft."),
        ("p", "De raad doet de volgende aanbevelingen aan de minister van Onderwijs, Cultuur en Wetenschap:"),
    ] + [("np", f"{n}.", R[n]) for n in R] + [
        ("notes", [(1, "OECD (2023). <i>PISA 2022 Results (Volume I)</i>. Parijs: OECD Publishing.")]),
        ("h1", "1 Inleiding"),
        ("p", "De minister heeft de raad gevraagd te adviseren over de vraag hoe het leesonderwijs kan worden "
         "versterkt. De raad heeft daarvoor gesprekken gevoerd met leraren, schoolleiders, lerarenopleiders en "
         "bibliothecarissen, en de literatuur bestudeerd."),
        ("h1", "2 Analyse"),
        ("h2", "2.1 Te weinig tijd voor lezen"),
        ("p", "Scholen besteden sterk uiteenlopende hoeveelheden tijd aan lezen. In de bovenbouw loopt dat uiteen "
         "van minder dan twee tot meer dan zes uur per week.[[2]]"),
        ("h2", "2.2 Methoden en didactiek"),
        ("p", "Niet alle methoden zijn gebaseerd op wat bekend is over effectief leesonderwijs. Ook de opleiding "
         "van leraren besteedt wisselende aandacht aan leesdidactiek."),
        ("h2", "2.3 Leesmotivatie en boeken"),
        ("p", "Nederlandse leerlingen lezen minder graag dan leerlingen in vrijwel alle andere OESO-landen. Veel "
         "scholen hebben geen actuele collectie."),
        ("notes", [(2, "Inspectie van het Onderwijs (2024). <i>Peil.Onderwijs Lezen</i>. Utrecht: Inspectie.")]),
        ("h1", "3 Aanbevelingen"),
        ("p", "De raad werkt hieronder zijn aanbevelingen uit."),
        ("box", "Aanbeveling 1: meer tijd voor lezen", R[1]),
        ("p", "Een minimum biedt scholen houvast en voorkomt dat lezen wordt verdrongen."),
        ("box", "Aanbeveling 2: bewezen methoden", R[2]),
        ("box", "Aanbeveling 3: sterke leraren", R[3]),
        ("box", "Aanbeveling 4: boeken binnen handbereik", R[4]),
        ("box", "Aanbeveling 5: zicht op de resultaten", R[5]),
        ("p", "Den Haag, 12 maart 2025\n\nprof. dr. E.H. Tonkens, voorzitter\nmr. drs. R.W. de Jong, secretaris"),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Onderwijs, Cultuur en Wetenschap</b>"),
        ("small", "> Retouradres Postbus 16375 2500 BJ Den Haag"),
        ("p", "De Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA Den Haag"),
        ("small", "Datum 27 juni 2025\nBetreft Kabinetsreactie op het advies Lezen als fundament\n"
         "Ons kenmerk 51284367"),
        ("p", "Geachte voorzitter,"),
        ("p", "Op 12 maart 2025 heeft de Onderwijsraad het advies <i>Lezen als fundament</i> uitgebracht. Met deze "
         "brief bied ik u, mede namens de staatssecretaris, de kabinetsreactie op dit advies aan. Ik dank de raad "
         "voor het heldere advies, dat aansluit bij het Masterplan basisvaardigheden."),
        ("h2", "Tijd en methoden"),
        ("p", "De raad adviseert een minimale leestijd in de kerndoelen vast te leggen. Het kabinet neemt dit advies "
         "over: in de herziene kerndoelen Nederlands, die per 1 augustus 2027 gelden, wordt een minimale "
         "leestijd van vijf uur per week opgenomen voor de groepen 3 tot en met 8."),
        ("p", "Het kabinet neemt het advies om een erkende methode te verplichten niet over. De vrijheid van "
         "inrichting van het onderwijs (artikel 23 van de Grondwet) staat eraan in de weg dat de overheid "
         "scholen een methode voorschrijft. Wel laat ik een onafhankelijke beoordeling van leesmethoden "
         "publiceren, zodat scholen een goed geïnformeerde keuze kunnen maken."),
        ("h2", "Boeken en bibliotheken"),
        ("p", "Het kabinet onderschrijft het belang van een goede schoolbibliotheek. Vanaf 2026 is structureel "
         "\u20ac 30 miljoen beschikbaar voor de Bibliotheek op school in het primair onderwijs. Voor een "
         "leesconsulent in elk vmbo ontbreken binnen de begroting de middelen; die uitbreiding kan ik daarom "
         "niet toezeggen."),
        ("h2", "De lerarenopleiding"),
        ("p", "Over een landelijke kennisbasis leesdidactiek ga ik in gesprek met de pabo\u2019s, verenigd in de "
         "Vereniging Hogescholen. Ik betrek het advies van de raad bij de herijking van de kennisbases die in "
         "2026 begint, en informeer uw Kamer over de uitkomst."),
        ("h2", "Tot slot"),
        ("p", "Ik ben de Onderwijsraad erkentelijk voor zijn advies. Ik zal uw Kamer voor de zomer van 2026 "
         "informeren over de voortgang van het Masterplan basisvaardigheden, waaronder de maatregelen uit deze "
         "brief."),
        ("p", "De minister van Onderwijs, Cultuur en Wetenschap,\n\n\nE.E.W. Bruins"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Leg in de kerndoelen vast hoeveel onderwijstijd basisscholen minimaal aan lezen besteden",
         "reply_contains": "wordt een minimale leestijd van vijf uur per week opgenomen", "verdict": "agrees"},
        {"number": "2", "starts_with": "Maak een erkende leesmethode verplicht voor alle scholen en laat de inspectie",
         "reply_contains": "Het kabinet neemt het advies om een erkende methode te verplichten niet over", "verdict": "disagrees"},
        {"number": "3", "starts_with": "Neem in de pabo-opleiding een landelijke kennisbasis leesdidactiek op die voor alle",
         "reply_contains": "Ik betrek het advies van de raad bij de herijking van de kennisbases", "verdict": "noted"},
        {"number": "4", "starts_with": "Financier een schoolbibliotheek in elke basisschool en elk vmbo, met een bevoegde leesconsulent",
         "reply_contains": "die uitbreiding kan ik daarom niet toezeggen", "verdict": "partly"},
        {"number": "5", "starts_with": "Laat een onafhankelijke commissie elke vijf jaar rapporteren over de leesvaardigheid van",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [],
    "notes": "Onderwijsraad advice 'Lezen als fundament' (fpdf2, Liberation) + the kabinetsreactie as a Kamerbrief of "
             "the Minister of OCW. Advice: cover, colophon, 'Inhoudsopgave' with page numbers, 'Samenvatting' with the "
             "five recommendations as a numbered list 1.-5. (imperatives: 'Leg ...', 'Maak ...', 'Neem ...', "
             "'Financier ...', 'Laat ...'), two footnotes, and chapter 3 repeating each recommendation in a shaded box "
             "headed 'Aanbeveling N: <theme>'. Response: letter with address block, Datum/Betreft/Ons kenmerk, then "
             "theme headings (Tijd en methoden; Boeken en bibliotheken; De lerarenopleiding; Tot slot) with prose "
             "replies WITHOUT numbers, order 1, 2, 4, 3; recommendation 5 (five-yearly independent committee) is "
             "not answered (the closing promise of a progress letter on the Masterplan is not a reply to it). "
             "Verdicts: 2 disagrees (article 23), 4 partly (primary school libraries funded, vmbo reading "
             "consultant not), 3 noted (talk with pabo's, will take it into account).",
}

if __name__ == "__main__":
    kw = dict(header=f"Onderwijsraad  |  {T}", footer="{page}", title=T)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="", footer="Pagina {page}")
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

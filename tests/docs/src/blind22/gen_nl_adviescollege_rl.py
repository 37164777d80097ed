"""Blind round 22 (nl): eindadvies van een tijdelijk adviescollege (Adviescollege Netcongestie) waarin hoofdstuk 4
'Advies' bestaat uit doorgenummerde paragrafen 4.1-4.9, waarvan alleen 4.3-4.8 aanbevelingen zijn (4.1, 4.2 en 4.9
zijn context); en de kabinetsreactie als bijlage bij een Kamerbrief met vette inline-labels 'Advies 4.N (...)' in
een andere volgorde, en een slotalinea die naar paragraaf 4.2 verwijst zonder iets te beantwoorden.
Engine: reportlab, A4, DejaVu fonts.
Run: /tmp/blind22nl/bin/python tests/docs/src/blind22/gen_nl_adviescollege_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b22nl as H

NAME = "blind22_nl_adviescollege"
T = "Ruimte maken op het net"
A = {
    3: "Geef netbeheerders de wettelijke plicht om grootverbruikers standaard een flexibel "
       "transportcontract aan te bieden, met een korting op het nettarief in ruil voor afschakelbaarheid.",
    4: "Wijs per provincie een regionale programmadirecteur netcongestie aan met doorzettingsmacht over de "
       "volgorde van netuitbreidingen.",
    5: "Herzie de wachtrij voor aansluitingen, zodat maatschappelijke voorzieningen zoals scholen, "
       "zorginstellingen en woningbouw voorrang krijgen boven commerciële aanvragen.",
    6: "Verkort de procedures voor hoogspanningsstations door ze onder de Omgevingswet als project van "
       "nationaal belang aan te wijzen.",
    7: "Laat netbeheerders tot 2035 geen dividend uitkeren aan hun aandeelhouders, zodat alle winst "
       "in netuitbreiding wordt geïnvesteerd.",
    8: "Stel een onafhankelijke monitor in die elk halfjaar openbaar rapporteert over de wachtrij, de "
       "voortgang van netuitbreidingen en het gebruik van flexibele contracten.",
}
CTX1 = ("Het college stelt voorop dat netcongestie geen tijdelijk probleem is. Ook bij een maximale "
        "uitbreidingssnelheid blijft het net tot ten minste 2032 in grote delen van het land vol.")
CTX2 = ("Het college heeft ook gekeken naar een landelijke stop op nieuwe aansluitingen voor datacenters. Het ziet "
        "daarvan af: het effect op de wachtrij is klein en een algemene stop is juridisch kwetsbaar.")
CTX9 = ("De adviezen 4.3 tot en met 4.8 hangen samen. Het college raadt af er een of twee uit te lichten; de winst "
        "zit in de combinatie van beter gebruik van het bestaande net en snellere uitbreiding.")


def advice():
    return [
        ("cover", [("Adviescollege Netcongestie", 14, True, 10), ("Eindadvies", 12, False, 90),
                   (T, 28, True, 8), ("Advies over de aanpak van netcongestie op korte en middellange termijn",
                                      13, False, 10), ("Den Haag, 30 januari 2026", 11, False, 210)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "1 Opdracht en werkwijze"),
        ("p", "Het Adviescollege Netcongestie is in maart 2025 door de minister van Klimaat en Groene Groei "
              "ingesteld met de opdracht te adviseren over maatregelen die de wachtrij voor aansluitingen op het "
              "elektriciteitsnet op korte termijn verkleinen.[[1]] Het college bestond uit vijf leden met "
              "ervaring in het openbaar bestuur, de energiesector en het bedrijfsleven."),
        ("p", "Het college heeft gesproken met de netbeheerders, de Autoriteit Consument en Markt, provincies, "
              "gemeenten, brancheorganisaties en ondernemers die op een aansluiting wachten. Dit eindadvies volgt "
              "op het tussenadvies van september 2025."),
        ("notes", [(1, "Instellingsbesluit Adviescollege Netcongestie, Stcrt. 2025, 8841.")]),
        ("h1", "2 Het probleem"),
        ("p", "Begin 2026 stonden ruim 11.000 bedrijven en instellingen in de wachtrij voor een zwaardere "
              "aansluiting of voor teruglevering. In Noord-Brabant, Limburg, Gelderland en Utrecht is het net voor "
              "nieuwe grootverbruikers vrijwel volledig gesloten. De wachttijd loopt op tot zeven jaar."),
        ("p", "Tegelijk is het net op de meeste momenten maar voor een deel benut. De pieken duren kort. Wie in "
              "die uren minder afneemt, maakt ruimte voor anderen. Daar ligt de snelste winst."),
        ("h1", "3 Analyse"),
        ("p", "De wachtrij werkt volgens het principe 'wie het eerst komt, het eerst maalt'. Dat is eenvoudig, "
              "maar houdt geen rekening met het maatschappelijk belang van een aansluiting. Een school wacht even "
              "lang als een distributiecentrum. Daarnaast duurt de bouw van een hoogspanningsstation gemiddeld "
              "acht jaar, waarvan meer dan de helft opgaat aan procedures."),
        ("p", "De netbeheerders investeren fors, maar de financiering staat onder druk. Het college heeft "
              "onderzocht of het uitkeren van dividend daarbij een rol speelt; de bedragen zijn beperkt, maar het "
              "signaal is van betekenis."),
        ("h1", "4 Advies"),
        ("np", "4.1", CTX1),
        ("np", "4.2", CTX2),
        ("np", "4.3", A[3]),
        ("np", "4.4", A[4]),
        ("np", "4.5", A[5]),
        ("np", "4.6", A[6]),
        ("np", "4.7", A[7]),
        ("np", "4.8", A[8]),
        ("np", "4.9", CTX9),
        ("p", "Namens het Adviescollege Netcongestie,\nJ.W. Dijkstra-Meulenbelt, voorzitter"),
    ]


def response():
    return [
        ("p", "<b>Bijlage bij Kamerbrief DGKE / 26012345</b>"),
        ("h1", "Kabinetsreactie op het eindadvies 'Ruimte maken op het net'"),
        ("p", "In deze bijlage reageert het kabinet op de afzonderlijke adviezen van het Adviescollege "
              "Netcongestie. De nummering volgt die van hoofdstuk 4 van het eindadvies."),
        ("p", "<b>Advies 4.3 (flexibele contracten).</b> Het kabinet neemt dit advies over. In de "
              "Energiewet wordt een plicht voor netbeheerders opgenomen om flexibele transportcontracten aan te "
              "bieden; de ACM stelt de bijbehorende tariefkorting vast."),
        ("p", "<b>Advies 4.6 (procedures hoogspanningsstations).</b> Het aanwijzen van de 52 meest urgente "
              "stations als project van nationaal belang is reeds in gang gezet. De eerste aanwijzingsbesluiten "
              "verschijnen in het tweede kwartaal van 2026."),
        ("p", "<b>Advies 4.4 (regionale programmadirecteur).</b> Het kabinet erkent in beginsel de behoefte "
              "aan regie per regio, maar alleen voor zover die past binnen de bestaande provinciale "
              "energieboards. Een programmadirecteur met doorzettingsmacht over de volgorde van uitbreidingen "
              "komt er niet; die volgorde blijft een verantwoordelijkheid van de netbeheerders."),
        ("p", "<b>Advies 4.5 (voorrang in de wachtrij).</b> De ACM heeft in 2024 al een prioriteringskader "
              "vastgesteld. Het kabinet neemt kennis van het advies en betrekt dit bij de evaluatie van dat "
              "kader, die de ACM dit jaar uitvoert."),
        ("p", "<b>Advies 4.8 (onafhankelijke monitor).</b> Het kabinet onderschrijft dit advies en gaat een "
              "stap verder: de monitor gaat elk kwartaal rapporteren, en TenneT en de regionale netbeheerders "
              "leveren daarvoor hun gegevens aan in één open dataset."),
        ("p", "<b>Advies 4.7 (dividend).</b> Het kabinet acht een dividendstop niet wenselijk. De "
              "aandeelhouders van de regionale netbeheerders zijn provincies en gemeenten, die het dividend "
              "grotendeels zelf in de energietransitie investeren; bovendien versterkt het Rijk het eigen "
              "vermogen van de netbeheerders al via kapitaalstortingen."),
        ("p", "<b>Overige punten.</b> Het kabinet deelt de inschatting van het college in paragraaf 4.2 en "
              "zal evenmin een landelijke aansluitstop voor datacenters invoeren. De reeds geldende "
              "beperkingen in het Besluit kwaliteit leefomgeving blijven van kracht."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "4.3", "starts_with": "Geef netbeheerders de wettelijke plicht om grootverbruikers standaard",
         "reply_contains": "wordt een plicht voor netbeheerders opgenomen om flexibele transportcontracten",
         "verdict": "agrees"},
        {"number": "4.4", "starts_with": "Wijs per provincie een regionale programmadirecteur netcongestie aan",
         "reply_contains": "Een programmadirecteur met doorzettingsmacht over de volgorde van uitbreidingen komt er niet",
         "verdict": "partly"},
        {"number": "4.5", "starts_with": "Herzie de wachtrij voor aansluitingen, zodat maatschappelijke voorzieningen",
         "reply_contains": "neemt kennis van het advies en betrekt dit bij de evaluatie", "verdict": "noted"},
        {"number": "4.6", "starts_with": "Verkort de procedures voor hoogspanningsstations door ze onder de Omgevingswet",
         "reply_contains": "De eerste aanwijzingsbesluiten verschijnen in het tweede kwartaal van 2026",
         "verdict": "agrees"},
        {"number": "4.7", "starts_with": "Laat netbeheerders tot 2035 geen dividend uitkeren aan hun aandeelhouders",
         "reply_contains": "Het kabinet acht een dividendstop niet wenselijk", "verdict": "disagrees"},
        {"number": "4.8", "starts_with": "Stel een onafhankelijke monitor in die elk halfjaar openbaar rapporteert",
         "reply_contains": "de monitor gaat elk kwartaal rapporteren", "verdict": "agrees"},
    ],
    "unmatched_replies_contain": [
        "deelt de inschatting van het college in paragraaf 4.2",
    ],
    "notes": "Temporary adviescollege final advice (Stikstof-like; reportlab, DejaVu; cover, 'Inhoudsopgave' page, "
             "running header, footnote). Chapter 4 'Advies' is a run of numbered paragraphs 4.1-4.9 in a hanging "
             "number column; only 4.3-4.8 are recommendations (imperatives) - 4.1 and 4.2 (context, and a measure "
             "the college decided AGAINST) and 4.9 (the advice hangs together) are not, so the numbers are 4.3-4.8. "
             "Response: annex to a Kamerbrief with bold inline run-ins 'Advies 4.N (topic).', order 4.3, 4.6, "
             "4.4, 4.5, 4.8, 4.7, then 'Overige punten' which refers to paragraph 4.2 (not a recommendation; "
             "unmatched). All six answered. 4.6 agrees by action only ('reeds in gang gezet'). 4.4 partly ('in "
             "beginsel ... voor zover', the director with powers refused). 4.5 noted ('neemt kennis van ... "
             "betrekt dit bij'). 4.8 agrees and goes further (quarterly instead of half-yearly). 4.7 disagrees "
             "('acht ... niet wenselijk').",
}

if __name__ == "__main__":
    kw = dict(header=f"Adviescollege Netcongestie  -  {T}", footer="{page}", title=T, accent=(0.0, 0.35, 0.3),
              font="Serif", size=10.5)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Bijlage  -  Kabinetsreactie eindadvies Adviescollege Netcongestie", footer="{page}",
              font="Sans", size=10)
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

"""Blind round 18 (nl): rapport van de Kinderombudsman (jeugdbescherming, wachtlijsten) met aanbevelingen
gericht aan de staatssecretaris en aan gemeenten, en de reactie van de staatssecretaris van VWS en de minister
van JenV in een brief met een bijlage die per aanbeveling antwoordt (genummerd), één antwoord voor twee
aanbevelingen samen.
Engine: LibreOffice Writer uit HTML (Liberation), A4; lopende kop en paginanummers gestempeld met PyMuPDF.
Run: /tmp/blind18env/bin/python tests/docs/src/blind18/gen_nl_kinderombudsman_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b18 as H

NAME = "blind18_nl_kinderombudsman"
T = "Wachten op bescherming"
R = {
    1: "Zorg ervoor dat elk kind met een kinderbeschermingsmaatregel binnen vijf werkdagen een vaste "
       "jeugdbeschermer krijgt.",
    2: "Stel een landelijk maximum vast voor het aantal kinderen per jeugdbeschermer, van ten hoogste twaalf.",
    3: "Zorg voor structurele financiering van de gecertificeerde instellingen, zodat het maximum kan worden "
       "nageleefd.",
    4: "Informeer kinderen en ouders schriftelijk en in begrijpelijke taal over hun rechten zolang zij wachten "
       "op een jeugdbeschermer.",
    5: "Richt een onafhankelijk meldpunt op waar kinderen terechtkunnen met klachten over de uitvoering van hun "
       "maatregel.",
    6: "Gemeenten: leg in de contracten met zorgaanbieders vast dat kinderen met een maatregel voorrang krijgen "
       "bij jeugdhulp.",
}


def advice():
    return [
        ("cover", [("De Kinderombudsman", 14, True, 10), (T, 30, True, 110),
                   ("Onderzoek naar kinderen die wachten op een jeugdbeschermer", 14, False, 14),
                   ("Rapportnummer KOM012/2025", 11, False, 150), ("Den Haag, 3 juli 2025", 11, False, 6)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("p", "Honderden kinderen in Nederland hebben een kinderbeschermingsmaatregel, maar wachten weken of zelfs "
         "maanden op een jeugdbeschermer. De rechter heeft vastgesteld dat hun ontwikkeling ernstig wordt "
         "bedreigd, en toch gebeurt er in die periode vaak niets. De Kinderombudsman heeft onderzocht hoe dat "
         "komt en wat er moet veranderen."),
        ("h1", "1 Aanleiding en aanpak"),
        ("np", "1.1", "In het voorjaar van 2025 wachtten volgens de Jeugdzorg Nederland-cijfers ruim 1.100 kinderen "
         "op een jeugdbeschermer.[[1]] De Kinderombudsman ontving in dezelfde periode 214 signalen van ouders, "
         "kinderen en professionals."),
        ("np", "1.2", "Wij spraken met 23 kinderen en jongeren, 31 ouders, medewerkers van zeven gecertificeerde "
         "instellingen en vertegenwoordigers van gemeenten en ministeries."),
        ("notes", [(1, "Jeugdzorg Nederland, <i>Monitor wachtlijsten jeugdbescherming</i>, peildatum 1 april 2025.")]),
        ("h1", "2 Wat kinderen vertellen"),
        ("p", "\u2018Ik wist niet eens wie ik moest bellen. Mijn moeder ook niet.\u2019 (meisje, 14 jaar)"),
        ("p", "Kinderen vertellen dat zij niet weten wat de maatregel betekent, dat zij telkens een andere "
         "jeugdbeschermer krijgen, en dat niemand hun uitlegt waarom zij moeten wachten."),
        ("h1", "3 Analyse"),
        ("np", "3.1", "De werkdruk bij gecertificeerde instellingen is hoog. Een jeugdbeschermer heeft gemiddeld "
         "zestien kinderen in zijn caseload; de norm die de sector zelf hanteert is vijftien."),
        ("np", "3.2", "De tarieven die gemeenten betalen dekken de kosten niet, waardoor instellingen vacatures "
         "niet kunnen vervullen.[[2]]"),
        ("np", "3.3", "Kinderen met een maatregel komen vaak op dezelfde wachtlijst voor jeugdhulp als andere "
         "kinderen."),
        ("notes", [(2, "Zie ook: Inspectie Gezondheidszorg en Jeugd, <i>Kinderen in de knel</i>, 2024.")]),
        ("h1", "4 Conclusies en aanbevelingen"),
        ("p", "De Kinderombudsman concludeert dat het recht van kinderen op bescherming (artikel 19 IVRK) "
         "onvoldoende wordt gewaarborgd. Hij doet de volgende aanbevelingen."),
        ("h3", "Aan de staatssecretaris van VWS en de minister van Justitie en Veiligheid"),
    ] + [("np", f"{n}.", R[n]) for n in range(1, 6)] + [
        ("h3", "Aan de gemeenten"),
        ("np", "6.", R[6]),
        ("p", "De Kinderombudsman verzoekt de bewindspersonen binnen zes weken te reageren."),
        ("p", "mr. dr. M.L. Kalverboer\nDe Kinderombudsman"),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Volksgezondheid, Welzijn en Sport</b>"),
        ("small", "> Retouradres Postbus 20350 2500 EJ Den Haag"),
        ("p", "De Kinderombudsman\nt.a.v. mevrouw mr. dr. M.L. Kalverboer\nPostbus 93122\n2509 AC Den Haag"),
        ("small", "Datum 14 augustus 2025\nBetreft Reactie op het rapport \u2018Wachten op bescherming\u2019\n"
         "Kenmerk 4128871-1089321-J"),
        ("p", "Geachte mevrouw Kalverboer,"),
        ("p", "Op 3 juli 2025 ontvingen wij uw rapport <i>Wachten op bescherming</i>. Wij danken u voor het "
         "onderzoek en vooral de kinderen en ouders die hun ervaringen hebben gedeeld. Het is onacceptabel dat "
         "kinderen voor wie de rechter een maatregel heeft uitgesproken moeten wachten. In de bijlage bij deze "
         "brief reageren wij op uw aanbevelingen aan ons."),
        ("p", "Hoogachtend,\n\nde staatssecretaris van Volksgezondheid, Welzijn en Sport,\nV.P.G. Karremans\n\n"
         "de minister van Justitie en Veiligheid,\nD.M. van Weel"),
        ("pb",),
        ("h2", "Bijlage: reactie op de aanbevelingen"),
        ("h3", "Aanbeveling 1"),
        ("p", "Wij nemen deze aanbeveling over. Samen met Jeugdzorg Nederland en de VNG is afgesproken dat elk kind "
         "vanaf 1 januari 2026 binnen vijf werkdagen een vaste jeugdbeschermer krijgt. Tot die tijd krijgt "
         "ieder wachtend kind een contactpersoon."),
        ("h3", "Aanbevelingen 2 en 3"),
        ("p", "Een landelijk maximum van twaalf kinderen per jeugdbeschermer kunnen wij op dit moment niet "
         "invoeren. Er is onvoldoende personeel om die norm te halen, en een wettelijk maximum zou de wachtlijsten "
         "juist langer maken. Wij zetten in op de Hervormingsagenda Jeugd, waarin gemeenten en Rijk afspraken "
         "maken over reële tarieven, en kiezen daarom niet voor een afzonderlijke structurele financiering."),
        ("h3", "Aanbeveling 5"),
        ("p", "Kinderen kunnen nu al een klacht indienen bij de klachtencommissie van de gecertificeerde instelling "
         "en daarna bij de Kinderombudsman. Wij zien uw aanbeveling als aanleiding om in het programma "
         "Toekomstscenario kind- en gezinsbescherming te verkennen of de toegankelijkheid van deze routes beter "
         "kan; wij komen daar in het voorjaar van 2026 op terug."),
        ("h3", "Aanbeveling 4"),
        ("p", "Deze aanbeveling nemen wij gedeeltelijk over. De Raad voor de Kinderbescherming geeft vanaf oktober "
         "een kindvriendelijke brief mee bij elke uitspraak. Een schriftelijke uitleg voor ouders volgt later, "
         "omdat die eerst met ouderorganisaties moet worden ontwikkeld."),
        ("h3", "Overige opmerkingen"),
        ("p", "De aanbeveling aan de gemeenten laten wij aan de VNG. Tot slot merken wij op dat de cijfers in "
         "paragraaf 1.1 inmiddels zijn gedaald tot circa 900 wachtende kinderen."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Zorg ervoor dat elk kind met een kinderbeschermingsmaatregel binnen vijf werkdagen een vaste",
         "reply_contains": "Tot die tijd krijgt ieder wachtend kind een contactpersoon", "verdict": "agrees"},
        {"number": "2", "starts_with": "Stel een landelijk maximum vast voor het aantal kinderen per jeugdbeschermer, van ten",
         "reply_contains": "een wettelijk maximum zou de wachtlijsten juist langer maken", "verdict": "disagrees"},
        {"number": "3", "starts_with": "Zorg voor structurele financiering van de gecertificeerde instellingen, zodat het maximum kan",
         "reply_contains": "kiezen daarom niet voor een afzonderlijke structurele financiering", "verdict": "disagrees"},
        {"number": "4", "starts_with": "Informeer kinderen en ouders schriftelijk en in begrijpelijke taal over hun rechten zolang",
         "reply_contains": "Een schriftelijke uitleg voor ouders volgt later", "verdict": "partly"},
        {"number": "5", "starts_with": "Richt een onafhankelijk meldpunt op waar kinderen terechtkunnen met klachten over de uitvoering",
         "reply_contains": "te verkennen of de toegankelijkheid van deze routes beter kan", "verdict": "noted"},
        {"number": "6", "starts_with": "Gemeenten: leg in de contracten met zorgaanbieders vast dat kinderen met een maatregel",
         "reply_contains": "De aanbeveling aan de gemeenten laten wij aan de VNG", "verdict": "noted"},
    ],
    "unmatched_replies_contain": ["de cijfers in paragraaf 1.1 inmiddels zijn gedaald tot circa 900 wachtende kinderen"],
    "notes": "Kinderombudsman report 'Wachten op bescherming' (KOM012/2025; LibreOffice Writer from HTML, header and "
             "page numbers stamped with PyMuPDF) + a joint letter of the State Secretary of VWS and the Minister of "
             "JenV with an annex answering per recommendation. Advice: cover, 'Inhoud' with page numbers, "
             "Samenvatting, chapters with paragraphs 1.1 etc. in a number column, two footnotes, a quote of a child, "
             "and in chapter 4 the recommendations 1.-6. in a number column under two addressee sub-headings (1-5 "
             "to the ministers, 6 to the municipalities, starting 'Gemeenten:'). Response: letter, page break, "
             "'Bijlage' with headings 'Aanbeveling 1', 'Aanbevelingen 2 en 3' (one reply rejecting both), "
             "'Aanbeveling 5' before 'Aanbeveling 4', and 'Overige opmerkingen' that passes 6 on to the VNG "
             "(noted) and corrects a figure (unmatched). Verdicts: 4 partly (children's letter yes, parents' "
             "explanation later), 5 noted (will explore).",
}

if __name__ == "__main__":
    kw = dict(header=f"De Kinderombudsman  \u2014  {T}", footer="{page}", title=T)
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="", footer="Pagina {page}")
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

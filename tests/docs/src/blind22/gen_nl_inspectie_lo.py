"""Blind round 22 (nl): rapport van de Inspectie Justitie en Veiligheid over elektronische monitoring bij verlof
van gedetineerden, met zes aanbevelingen genummerd 1-6 onder kopjes per geadresseerde ('Aan de minister', 'Aan de
DJI', 'Aan Reclassering Nederland', 'Aan alle drie'); en de beleidsreactie als Kamerbrief van de staatssecretaris
('ik') met thematische kopjes, aanbevelingen geciteerd in cursief, één reactie voor twee aanbevelingen, een andere
volgorde, en een sectie over een incident die niets beantwoordt.
Engine: LibreOffice Writer (HTML import), A4, Liberation fonts; header/footer stamped with PyMuPDF.
Run: /tmp/blind22nl/bin/python tests/docs/src/blind22/gen_nl_inspectie_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b22nl as H

NAME = "blind22_nl_inspectie"
T = "Op afstand in zicht"
A = {
    1: "Stel een landelijk kader vast voor de inzet van elektronische monitoring bij verlof, met heldere "
       "criteria voor de situaties waarin een enkelband verplicht is.",
    2: "Regel vóór 1 januari 2027 een wettelijke grondslag voor het actief delen van locatiegegevens uit de "
       "enkelband met de politie.",
    3: "Zorg dat de meldkamer elektronische monitoring dag en nacht bezet is met ten minste twee getrainde "
       "medewerkers.",
    4: "Registreer elk alarm en de opvolging ervan in één systeem, zodat achteraf vast te stellen is wie "
       "wanneer welke actie heeft ondernomen.",
    5: "Betrek de gegevens uit de enkelband structureel bij het advies over vervolgverlof dat de reclassering "
       "aan de inrichting uitbrengt.",
    6: "Bespreek jaarlijks gezamenlijk een steekproef van incidenten en deel de lessen daaruit met de inspectie.",
}


def advice():
    return [
        ("cover", [("Inspectie Justitie en Veiligheid", 14, True, 10), ("Ministerie van Justitie en Veiligheid",
                   10, False, 2), (T, 28, True, 90),
                   ("Toezicht op elektronische monitoring tijdens verlof van gedetineerden", 14, False, 10),
                   ("Den Haag, januari 2026", 11, False, 220)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "Samenvatting"),
        ("p", "Gedetineerden die met verlof gaan, dragen steeds vaker een enkelband. In 2025 ging het om ruim 4.100 "
              "verloven, tegen 2.600 in 2022. De inspectie onderzocht of de Dienst Justitiële Inrichtingen (DJI) en "
              "Reclassering Nederland de informatie uit de enkelband goed gebruiken en of alarmen tijdig worden "
              "opgevolgd. Het beeld is wisselend: de techniek werkt, maar de organisatie eromheen schiet tekort."),
        ("h1", "1 Inleiding"),
        ("p", "Aanleiding voor het onderzoek was een incident in mei 2025, waarbij een verlofganger uit de PI Vught "
              "een verbodsgebied betrad zonder dat het alarm werd opgevolgd. De inspectie heeft daarop besloten "
              "het stelsel als geheel te onderzoeken.[[1]] Het onderzoek omvatte een dossieranalyse van 120 "
              "verloven, observaties op de meldkamer en 34 interviews."),
        ("notes", [(1, "Het incident zelf is onderzocht in het rapport 'Verlof in Vught' (Inspectie JenV, "
                       "september 2025).")]),
        ("h1", "2 Bevindingen"),
        ("h2", "2.1 De meldkamer"),
        ("p", "De meldkamer elektronische monitoring is 's nachts en in het weekend vaak door één medewerker bezet. "
              "Bij meerdere gelijktijdige alarmen moet die medewerker kiezen welk alarm eerst wordt opgepakt. In 14 "
              "van de 120 onderzochte verloven duurde het langer dan een uur voordat een alarm werd opgevolgd. Wie "
              "welke actie nam, was vaak niet vast te stellen, omdat de opvolging deels in het monitoringsysteem "
              "en deels in e-mails en notities werd vastgelegd."),
        ("h2", "2.2 Beslissen over de inzet"),
        ("p", "Er is geen landelijk kader dat bepaalt wanneer een enkelband bij verlof wordt opgelegd. Inrichtingen "
              "hanteren eigen werkwijzen. Daardoor kan een vergelijkbare gedetineerde in de ene inrichting wel en "
              "in de andere geen enkelband krijgen."),
        ("h2", "2.3 Informatie delen"),
        ("p", "De politie ontvangt locatiegegevens alleen op verzoek en na tussenkomst van de officier van justitie. "
              "Een wettelijke grondslag voor het actief delen van deze gegevens ontbreekt. De reclassering gebruikt "
              "de gegevens uit de enkelband nauwelijks bij haar advies over een volgend verlof, ook niet als de "
              "verlofganger zich niet aan de voorwaarden heeft gehouden."),
        ("h1", "3 Conclusies en aanbevelingen"),
        ("p", "De inspectie concludeert dat elektronische monitoring bij verlof een nuttig middel is, maar dat de "
              "betrokken organisaties het nog onvoldoende als gezamenlijke verantwoordelijkheid zien. Zij doet "
              "daarom de volgende aanbevelingen."),
        ("h3", "Aan de minister voor Rechtsbescherming"),
        ("np", "1", A[1]),
        ("np", "2", A[2]),
        ("h3", "Aan de Dienst Justitiële Inrichtingen"),
        ("np", "3", A[3]),
        ("np", "4", A[4]),
        ("h3", "Aan Reclassering Nederland"),
        ("np", "5", A[5]),
        ("h3", "Aan de DJI, Reclassering Nederland en de politie samen"),
        ("np", "6", A[6]),
        ("p", "De inspectie zal over twee jaar nagaan in hoeverre de aanbevelingen zijn opgevolgd."),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Justitie en Veiligheid</b>\nDirectoraat-Generaal Straffen en Beschermen"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("p", "Datum 10 maart 2026\nOnderwerp Beleidsreactie op het inspectierapport 'Op afstand in zicht'"),
        ("p", "Geachte voorzitter,"),
        ("p", "Hierbij bied ik u het rapport 'Op afstand in zicht' van de Inspectie Justitie en Veiligheid aan, "
              "samen met mijn beleidsreactie. Ik dank de inspectie voor het zorgvuldige onderzoek."),
        ("h2", "Het incident in Vught"),
        ("p", "Na het incident in mei 2025 heeft de DJI direct een extra controle ingevoerd op alarmen bij "
              "verbodsgebieden. Het slachtoffer is door Slachtofferhulp Nederland begeleid. Over de strafzaak "
              "tegen de betrokkene kan ik geen mededelingen doen."),
        ("h2", "De meldkamer"),
        ("quote", A[3]),
        ("quote", A[4]),
        ("p", "De DJI neemt beide aanbevelingen over. Vanaf 1 juni 2026 is de meldkamer ook 's nachts en in het "
              "weekend met twee medewerkers bezet, en alle alarmen en vervolgacties worden sindsdien in het "
              "monitoringsysteem vastgelegd."),
        ("h2", "Een landelijk kader"),
        ("quote", A[1]),
        ("p", "De inspectie stelt dat er geen enkele landelijke lijn bestaat. Dat herken ik niet: sinds 2023 "
              "geldt een handreiking van de DJI. Wel ben ik het met de inspectie eens dat die handreiking te "
              "vrijblijvend is. Ik neem deze aanbeveling daarom over en stel dit jaar een bindend kader vast."),
        ("h2", "Het delen van locatiegegevens"),
        ("quote", A[2]),
        ("p", "Ik onderschrijf dat een wettelijke grondslag nodig is. De door de inspectie genoemde datum is "
              "echter niet haalbaar: een wetswijziging vergt een zorgvuldige afweging met de privacy van de "
              "betrokkenen en advies van de Autoriteit Persoonsgegevens. Ik streef naar indiening van een "
              "wetsvoorstel in 2027."),
        ("h2", "Gezamenlijk leren"),
        ("quote", A[6]),
        ("p", "Ik zal met de DJI, de reclassering en de politie bezien in welke vorm een gezamenlijke bespreking "
              "van incidenten zinvol is, en betrek daarbij de bestaande casusoverleggen."),
        ("h2", "Het advies over vervolgverlof"),
        ("quote", A[5]),
        ("p", "Reclassering Nederland ziet geen aanleiding om de gegevens uit de enkelband standaard bij het "
              "advies te betrekken. Het advies gaat over het risico van de persoon, niet over zijn gedrag tijdens "
              "een eerder verlof, dat de inrichting zelf al beoordeelt. Ik deel dat standpunt."),
        ("p", "Ik vertrouw erop u hiermee voldoende te hebben geïnformeerd.\n\nDe staatssecretaris van Justitie en "
              "Veiligheid,\n\n\nR.J. Hoogendoorn"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Stel een landelijk kader vast voor de inzet van elektronische monitoring bij verlof",
         "reply_contains": "Ik neem deze aanbeveling daarom over en stel dit jaar een bindend kader vast",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Regel vóór 1 januari 2027 een wettelijke grondslag voor het actief delen",
         "reply_contains": "De door de inspectie genoemde datum is echter niet haalbaar", "verdict": "partly"},
        {"number": "3", "starts_with": "Zorg dat de meldkamer elektronische monitoring dag en nacht bezet is",
         "reply_contains": "De DJI neemt beide aanbevelingen over", "verdict": "agrees"},
        {"number": "4", "starts_with": "Registreer elk alarm en de opvolging ervan in één systeem",
         "reply_contains": "alle alarmen en vervolgacties worden sindsdien in het monitoringsysteem vastgelegd",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Betrek de gegevens uit de enkelband structureel bij het advies over vervolgverlof",
         "reply_contains": "ziet geen aanleiding om de gegevens uit de enkelband standaard", "verdict": "disagrees"},
        {"number": "6", "starts_with": "Bespreek jaarlijks gezamenlijk een steekproef van incidenten",
         "reply_contains": "bezien in welke vorm een gezamenlijke bespreking van incidenten zinvol is",
         "verdict": "noted"},
    ],
    "unmatched_replies_contain": [
        "heeft de DJI direct een extra controle ingevoerd op alarmen bij verbodsgebieden",
    ],
    "notes": "Inspectie Justitie en Veiligheid report (LibreOffice Writer from HTML, Liberation; cover, "
             "'Inhoudsopgave' page, stamped running header and page numbers, footnote). Six recommendations 1-6 "
             "in a hanging number column (no full stop after the number) under italic addressee sub-headings "
             "('Aan de minister ...', 'Aan de DJI', 'Aan Reclassering Nederland', 'Aan ... samen') in chapter 3. "
             "Response: Kamerbrief of the state secretary ('ik') with thematic headings; each reply first quotes "
             "the recommendation(s) verbatim in indented italics (so every starts_with also occurs in the "
             "response), then answers. Order: (incident section - answers nothing, unmatched), 3+4 in one shared "
             "paragraph (both agree, 'neemt beide aanbevelingen over'), 1, 2, 6, 5; all answered. 1 agrees while "
             "disputing the finding ('Dat herken ik niet ... Ik neem deze aanbeveling daarom over'). 2 partly "
             "(agrees a legal basis is needed, rejects the deadline). 6 noted ('zal ... bezien', 'betrek "
             "daarbij'). 5 disagrees: the reclassering 'ziet geen aanleiding' and the minister shares that view.",
}

if __name__ == "__main__":
    kw = dict(header=f"Inspectie Justitie en Veiligheid  |  {T}", footer="{page}", title=T, accent="#154273",
              size=10.5)
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Beleidsreactie 'Op afstand in zicht'  |  Kenmerk 6512347", footer="Pagina {page}",
              body_font="Liberation Sans", size=10)
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

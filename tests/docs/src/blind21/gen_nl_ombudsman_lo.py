"""Blind round 21 (nl): rapport van De Ombudsman Metropool Amsterdam (onderzoek uit eigen beweging) over wachttijden
in de schuldhulpverlening van de gemeente Zaanstad, met de aanbevelingen ALLEEN in een tabel 'Nr. / Aanbeveling /
Gericht aan' in het slothoofdstuk; en de brief van het college van burgemeester en wethouders ('ons college', 'wij')
met vetgedrukte onderwerpkoppen in eigen woorden, zonder nummers, in een andere volgorde.
Engine: LibreOffice Writer (HTML import), A4, Liberation fonts; header/footer stamped with PyMuPDF.
Run: /tmp/blind21nl/bin/python tests/docs/src/blind21/gen_nl_ombudsman_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b21nl as H

NAME = "blind21_nl_ombudsman"
T = "Eerst wachten, dan pas hulp"
A = {
    1: "Zorg ervoor dat iedere inwoner die zich meldt met een hulpvraag over schulden binnen drie werkdagen een "
       "eerste gesprek krijgt, zoals de Wet gemeentelijke schuldhulpverlening voorschrijft.",
    2: "Wijs iedere inwoner bij de start van het traject één vaste contactpersoon toe die tot de afronding "
       "aanspreekbaar blijft.",
    3: "Schort de invordering van alle gemeentelijke vorderingen op zodra een inwoner zich voor schuldhulp heeft "
       "aangemeld.",
    4: "Motiveer een afwijzing of beëindiging van schuldhulp altijd schriftelijk en in begrijpelijke taal, met "
       "een duidelijke verwijzing naar de mogelijkheid van bezwaar.",
    5: "Laat nieuwe standaardbrieven over schuldhulp vooraf lezen door een panel van inwoners met beperkte "
       "leesvaardigheid.",
    6: "Informeer de ombudsman elk half jaar over de wachttijden en over de voortgang van de uitvoering van deze "
       "aanbevelingen.",
}


def advice():
    rows = [[str(i), A[i], "College van B en W" if i != 6 else "College van B en W (aan de ombudsman)"]
            for i in range(1, 7)]
    return [
        ("cover", [("De Ombudsman Metropool Amsterdam", 14, True, 10), ("Rapport", 12, False, 70),
                   (T, 28, True, 8),
                   ("Onderzoek uit eigen beweging naar de toegang tot schuldhulpverlening in Zaanstad", 14, False, 10),
                   ("Rapportnummer 2026/031", 11, False, 190), ("Amsterdam, 9 maart 2026", 11, False, 4)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "1 Aanleiding en aanpak"),
        ("p", "In 2025 ontving de ombudsman 87 klachten over de schuldhulpverlening van de gemeente Zaanstad, "
              "tegenover 34 in 2023. De meeste klachten gingen over lange wachttijden, over slechte bereikbaarheid "
              "en over brieven die inwoners niet begrepen. Omdat de klachten op elkaar leken en de signalen bleven "
              "komen, heeft de ombudsman besloten een onderzoek uit eigen beweging in te stellen op grond van "
              "artikel 9:26 van de Algemene wet bestuursrecht.[[1]]"),
        ("p", "De ombudsman heeft 26 dossiers bestudeerd, gesproken met 19 inwoners die schuldhulp aanvroegen en met "
              "medewerkers en leidinggevenden van het team Geldzaken. Ook zijn de wachttijdcijfers van de gemeente "
              "over 2024 en 2025 geanalyseerd. Het conceptrapport is aan het college voorgelegd; de reactie op de "
              "feitelijke bevindingen is in dit rapport verwerkt."),
        ("p", "Bij de beoordeling heeft de ombudsman de behoorlijkheidsnormen gebruikt, in het bijzonder de normen "
              "'voortvarendheid', 'goede informatieverstrekking' en 'maatwerk'. Een overheid handelt behoorlijk als "
              "zij doet wat zij belooft, inwoners tijdig helpt en rekening houdt met hun situatie."),
        ("notes", [(1, "Artikel 9:26 Awb: de ombudsman is bevoegd uit eigen beweging een onderzoek in te stellen naar "
                       "de wijze waarop een bestuursorgaan zich in een bepaalde aangelegenheid heeft gedragen.")]),
        ("h1", "2 Wat inwoners meemaken"),
        ("p", "Inwoners die hulp zoeken bij schulden, doen dat meestal pas als de problemen al groot zijn. Zij hebben "
              "vaak lang geaarzeld, uit schaamte of omdat zij dachten het zelf op te kunnen lossen. Op het moment dat "
              "zij zich melden, is snelheid daarom belangrijk. Een inwoner vertelde de ombudsman: 'Ik had eindelijk "
              "de moed verzameld om te bellen, en toen hoorde ik dat ik zes weken moest wachten.'"),
        ("p", "Uit de dossiers blijkt dat de tijd tussen de aanmelding en het eerste gesprek in 2025 gemiddeld 23 "
              "werkdagen bedroeg. De wet schrijft voor dat dit binnen drie werkdagen gebeurt, en bij dreigende "
              "huisuitzetting of afsluiting van energie zelfs binnen drie dagen. In geen van de onderzochte "
              "dossiers werd die termijn gehaald."),
        ("p", "Inwoners kregen tijdens het traject vaak met wisselende medewerkers te maken. Zij moesten hun verhaal "
              "steeds opnieuw doen en wisten niet bij wie zij terechtkonden met vragen. In elf van de 26 dossiers "
              "was sprake van drie of meer behandelaars."),
        ("p", "Intussen liep de invordering door. In zeven dossiers ontving een inwoner die zich al had aangemeld "
              "voor schuldhulp nog een dwangbevel voor gemeentelijke belastingen, en in drie gevallen werd beslag "
              "gelegd op de uitkering. Dat staat haaks op het doel van de schuldhulpverlening."),
        ("h1", "3 Informatie en bereikbaarheid"),
        ("p", "De brieven van het team Geldzaken zijn juridisch correct, maar voor veel inwoners moeilijk te "
              "begrijpen. Een brief waarin de schuldhulp werd beëindigd, noemde alleen het artikel van de "
              "beleidsregels en vermeldde niet dat de inwoner bezwaar kon maken. Twee inwoners die de ombudsman "
              "sprak, wisten niet dat hun traject was beëindigd."),
        ("p", "De telefonische bereikbaarheid is in 2025 verbeterd, maar de wachttijd aan de telefoon is op maandag "
              "en dinsdag nog altijd langer dan twintig minuten. Inwoners die geen beltegoed hebben of hun telefoon "
              "hebben moeten verkopen, vallen dan buiten de boot."),
        ("h1", "4 Oordeel"),
        ("p", "De ombudsman komt tot het oordeel dat de gemeente Zaanstad in strijd heeft gehandeld met de vereisten "
              "van voortvarendheid en goede informatieverstrekking. De ombudsman ziet dat de medewerkers van het team "
              "Geldzaken zich inzetten onder een hoge werkdruk. Het probleem ligt niet bij hen, maar bij de "
              "organisatie van het werk en de beschikbare capaciteit."),
        ("h1", "5 Aanbevelingen"),
        ("p", "Op grond van dit onderzoek doet de ombudsman het college van burgemeester en wethouders de volgende "
              "aanbevelingen. De ombudsman verzoekt het college binnen zes weken te laten weten wat het met deze "
              "aanbevelingen doet."),
        ("table", [0.07, 0.68, 0.25], ["Nr.", "Aanbeveling", "Gericht aan"], rows),
        ("p", "De ombudsman zal het rapport en de reactie van het college openbaar maken en toezenden aan de "
              "gemeenteraad van Zaanstad."),
        ("p", "mr. drs. K.E. Beuker\nDe Ombudsman Metropool Amsterdam"),
    ]


def response():
    return [
        ("p", "<b>Gemeente Zaanstad</b>\nCollege van burgemeester en wethouders"),
        ("p", "De Ombudsman Metropool Amsterdam\nPostbus 202\n1000 AE  Amsterdam"),
        ("p", "Datum: 16 april 2026\nOns kenmerk: Z/26/184417\nOnderwerp: reactie op rapport 2026/031 'Eerst wachten, "
              "dan pas hulp'"),
        ("p", "Geachte heer Beuker,"),
        ("p", "Op 9 maart 2026 ontvingen wij uw rapport over de toegang tot de schuldhulpverlening in onze gemeente. "
              "Wij danken u voor het onderzoek en voor de zorgvuldige manier waarop u de ervaringen van inwoners in "
              "beeld hebt gebracht. U vraagt ons te laten weten wat wij met uw aanbevelingen doen. Hieronder leest u "
              "onze reactie."),
        ("p", "<b>Reactie op de bevindingen</b>"),
        ("p", "Wij herkennen het beeld dat u schetst. Het is pijnlijk dat inwoners die de stap zetten om hulp te "
              "vragen, zo lang moesten wachten. Op één punt willen wij uw bevindingen wel nuanceren: de gemiddelde "
              "wachttijd van 23 werkdagen is gebaseerd op 26 dossiers die vooral uit het eerste halfjaar van 2025 "
              "komen, toen een derde van de formatie vacant was."),
        ("p", "<b>Invordering tijdens de schuldhulp</b>"),
        ("p", "Wij onderschrijven de strekking van deze aanbeveling. Vanaf 1 juni 2026 wordt de invordering van "
              "gemeentelijke belastingen automatisch stilgezet zodra een inwoner zich aanmeldt. Voor andere "
              "vorderingen, zoals terugvorderingen van bijstand, geldt dit alleen voor zover de wet ons daarvoor "
              "ruimte laat; daar beoordelen wij per geval of opschorting mogelijk is."),
        ("p", "<b>Snel een eerste gesprek</b>"),
        ("p", "Dit heeft onze hoogste prioriteit en de uitvoering is reeds in gang gezet. Sinds januari 2026 zijn "
              "vijf extra schuldhulpverleners in dienst en is een dagelijks inloopspreekuur in het Stadhuis "
              "ingericht. In het eerste kwartaal van 2026 kreeg 81 procent van de aanmelders binnen drie werkdagen "
              "een gesprek; wij streven naar volledige naleving van de wettelijke termijn vóór het einde van dit "
              "jaar."),
        ("p", "<b>Eén aanspreekpunt</b>"),
        ("p", "Ons college neemt deze aanbeveling over. Iedere inwoner krijgt vanaf 1 september 2026 bij het eerste "
              "gesprek een vaste consulent, die tot het einde van het traject het aanspreekpunt blijft, ook als "
              "andere specialisten bij het dossier worden betrokken."),
        ("p", "<b>Duidelijke brieven</b>"),
        ("p", "Wij zijn het met u eens dat een afwijzing of beëindiging altijd begrijpelijk moet worden uitgelegd. "
              "Alle beschikkingen over schuldhulp zijn inmiddels herschreven op taalniveau B1 en bevatten een "
              "duidelijke alinea over bezwaar. Over uw voorstel om brieven vooraf door een inwonerspanel te laten "
              "lezen, hebben wij nog geen besluit genomen. Wij zullen bezien of dit kan worden ondergebracht bij het "
              "bestaande klantpanel van het Klant Contact Centrum."),
        ("p", "<b>Rapportage aan de ombudsman</b>"),
        ("p", "Wij begrijpen dat u de uitvoering van uw aanbevelingen wilt volgen. Wij zien echter geen aanleiding "
              "om u halfjaarlijks een afzonderlijke rapportage te sturen. De wachttijden worden elk kwartaal in de "
              "Monitor Bestaanszekerheid aan de gemeenteraad gerapporteerd; deze openbare monitor sturen wij u "
              "graag toe."),
        ("p", "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd."),
        ("p", "Met vriendelijke groet,\nburgemeester en wethouders van Zaanstad,\n\nde secretaris,      de burgemeester,"
              "\nmr. A.C. de Wit       J.M. Olthof"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "Zorg ervoor dat iedere inwoner die zich meldt met een hulpvraag over schulden",
         "reply_contains": "Dit heeft onze hoogste prioriteit en de uitvoering is reeds in gang gezet",
         "verdict": "agrees"},
        {"number": "2", "starts_with": "Wijs iedere inwoner bij de start van het traject één vaste contactpersoon toe",
         "reply_contains": "Iedere inwoner krijgt vanaf 1 september 2026 bij het eerste gesprek een vaste consulent",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "Schort de invordering van alle gemeentelijke vorderingen op zodra een inwoner",
         "reply_contains": "geldt dit alleen voor zover de wet ons daarvoor ruimte laat",
         "verdict": "partly"},
        {"number": "4", "starts_with": "Motiveer een afwijzing of beëindiging van schuldhulp altijd schriftelijk",
         "reply_contains": "Alle beschikkingen over schuldhulp zijn inmiddels herschreven op taalniveau B1",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "Laat nieuwe standaardbrieven over schuldhulp vooraf lezen door een panel",
         "reply_contains": "Wij zullen bezien of dit kan worden ondergebracht bij het bestaande klantpanel",
         "verdict": "noted"},
        {"number": "6", "starts_with": "Informeer de ombudsman elk half jaar over de wachttijden",
         "reply_contains": "Wij zien echter geen aanleiding om u halfjaarlijks een afzonderlijke rapportage te sturen",
         "verdict": "disagrees"},
    ],
    "unmatched_replies_contain": [
        "Op één punt willen wij uw bevindingen wel nuanceren",
    ],
    "notes": "Municipal ombudsman report (De Ombudsman Metropool Amsterdam, own-initiative investigation into debt "
             "help in Zaanstad), LibreOffice Writer from HTML, Liberation fonts, header/footer stamped by PyMuPDF; "
             "cover, 'Inhoudsopgave', footnote. The six recommendations appear ONLY as rows of a ruled table "
             "'Nr. / Aanbeveling / Gericht aan' in chapter 5 (numbers in the first column, the addressee column "
             "repeats 'College van B en W'); the body text has 'Oordeel' and findings but no other recommendation "
             "text. Response: letter of the college ('wij', 'ons college') with bold run-in subject lines in its "
             "own words, no numbers and no quotes; order 3, 1, 2, 4+5, 6; 4 and 5 share the section 'Duidelijke "
             "brieven' with different verdicts (4 agrees: letters already rewritten; 5 noted: 'nog geen besluit', "
             "'zullen bezien'). 3 partly ('onderschrijven de strekking', 'alleen voor zover de wet ... ruimte "
             "laat'). 1 agrees ('reeds in gang gezet', no verdict sentence of its own). 2 agrees with the split "
             "verb 'neemt deze aanbeveling over'. 6 disagrees: polite ('Wij begrijpen ...') then 'zien echter geen "
             "aanleiding'. 'Reactie op de bevindingen' disputes a finding and answers no recommendation; all six "
             "are answered.",
}

if __name__ == "__main__":
    kw = dict(header=f"De Ombudsman Metropool Amsterdam  |  Rapport 2026/031  |  {T}", footer="- {page} -", title=T,
              accent="#6b2c5f", size=11)
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Gemeente Zaanstad  |  Z/26/184417", footer="Pagina {page}", accent="#1d4f73",
              body_font="Liberation Sans", size=10.5)
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

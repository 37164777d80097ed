"""Blind round 20 (nl): evaluatierapport van het Instituut Fysieke Veiligheid over een natuurbrand, in opdracht van
een veiligheidsregio, met aanbevelingen A-H onder themakopjes (en een lijst 'Wat ging goed' en genummerde
conclusies die geen aanbevelingen zijn), en de bestuurlijke reactie van het algemeen bestuur als brief aan de
gemeenteraden met een tabel 'Aanbeveling | Reactie van het bestuur | Planning | Verantwoordelijke'.
Engine: LibreOffice Writer uit HTML (Liberation), A4; lopende kop en paginanummers gestempeld met PyMuPDF.
Run: /tmp/blind20nl/bin/python tests/docs/src/blind20/gen_nl_veiligheidsregio_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20nl as H

NAME = "blind20_nl_veiligheidsregio"
T = "Vuur op het zand"
R = {
    "A": "Verhoog bij natuurbrandrisicofase 2 of hoger automatisch de eerste alarmering naar ten minste middelbrand, "
         "met een natuurbrandverkenner en een tankautospuit met terreinvaardig chassis.",
    "B": "Wijs in de meldkamer bij elke natuurbrand een vaste functionaris aan die de beelden en gegevens van "
         "luchtverkenning en drones bundelt en met het actiecentrum deelt.",
    "C": "Oefen jaarlijks de inzet van de natuurbrandbestrijdingsmodule samen met de buurregio's Noord- en "
         "Oost-Gelderland, Utrecht en Gelderland-Zuid.",
    "D": "Stel voor de recreatieparken en campings in en rond de natuurgebieden ontruimingsplannen op, en laat "
         "de parkbeheerders deze plannen jaarlijks beoefenen onder begeleiding van de veiligheidsregio.",
    "E": "Zet bij een grootschalige ontruiming NL-Alert in zodra het ontruimingsbesluit is genomen, en niet pas "
         "nadat de politie ter plaatse is.",
    "F": "Richt de crisiscommunicatie zo in dat ook toeristen en buitenlandse bezoekers worden bereikt, onder meer "
         "met berichten in het Engels en het Duits.",
    "G": "Maak met de terreinbeheerders bindende afspraken over het vrijhouden van brandgangen en het onderhoud van "
         "waterwinpunten, en leg deze vast in een convenant.",
    "H": "Vraag de minister van Justitie en Veiligheid om de landelijke capaciteit voor luchtondersteuning bij "
         "natuurbranden structureel te financieren.",
}


def advice():
    return [
        ("cover", [("Instituut Fysieke Veiligheid", 13, True, 10), (T, 34, True, 100),
                   ("Evaluatie van de natuurbrand op het Kootwijkerzand, 14 tot en met 16 juli 2026", 15, False, 10),
                   ("In opdracht van Veiligheidsregio Gelderland-Midden", 12, False, 140),
                   ("Arnhem, december 2026", 11, False, 6)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "Samenvatting"),
        ("p", "Op dinsdag 14 juli 2026 brak rond 13.40 uur brand uit in de heide ten noorden van het Kootwijkerzand. "
         "Door de droogte en een harde oostenwind breidde de brand zich snel uit. In drie dagen brandde ongeveer "
         "410 hectare natuur af. Twee recreatieparken en een camping werden ontruimd; ruim 3.200 mensen moesten "
         "hun verblijf verlaten. Er vielen geen doden of ernstig gewonden."),
        ("p", "De brandweer heeft onder moeilijke omstandigheden veel goed gedaan. De eerste uren van de inzet "
         "verliepen echter moeizaam. De eerste alarmering was te licht voor de omstandigheden, de informatie uit "
         "de lucht bereikte het actiecentrum laat en de ontruiming van de recreatieparken kwam traag op gang. "
         "Het IFV doet acht aanbevelingen, die zijn opgenomen in hoofdstuk 6."),
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Aanleiding en opdracht"),
        ("p", "Het algemeen bestuur van Veiligheidsregio Gelderland-Midden (VGGM) heeft het Instituut Fysieke "
         "Veiligheid (IFV) op 30 juli 2026 gevraagd de crisisbeheersing rond de natuurbrand te evalueren. Het doel "
         "van de evaluatie is leren: het gaat niet om het vaststellen van schuld, maar om het verbeteren van de "
         "voorbereiding op toekomstige natuurbranden.[[1]]"),
        ("h2", "1.2 Onderzoeksvragen en werkwijze"),
        ("p", "De centrale vraag luidt: <i>Hoe verliep de crisisbeheersing tijdens de natuurbrand op het "
         "Kootwijkerzand, en welke lessen zijn daaruit te trekken?</i> Het onderzoeksteam heeft logboeken, "
         "meldkamergegevens en het LCMS-beeld geanalyseerd, en 41 betrokkenen gesproken: brandweermensen, "
         "medewerkers van de meldkamer, leden van de crisisteams, terreinbeheerders, parkeigenaren en "
         "bewoners."),
        ("notes", [(1, "Zie artikel 10 Wet veiligheidsregio's en de regeling Evaluatie crisisbeheersing VGGM "
                    "2024.")]),
        ("h1", "2 Verloop van de brand"),
        ("p", "Tabel 1 vat de belangrijkste momenten van de eerste twaalf uur samen."),
        ("table", [0.16, 0.84], ["Tijd", "Gebeurtenis"],
         [["13.41", "Eerste melding via 112; alarmering kleine brand (één tankautospuit)."],
          ["14.05", "Opschaling naar middelbrand; natuurbrandverkenner gevraagd."],
          ["14.50", "GRIP 1; commando plaats incident (CoPI) ingericht bij Radio Kootwijk."],
          ["15.30", "Brand springt over de N310; opschaling naar GRIP 2."],
          ["16.45", "Besluit tot ontruiming van recreatiepark De Zandhoeve en camping Het Heideveld."],
          ["18.20", "Eerste NL-Alert verzonden."],
          ["22.10", "Inzet blushelikopters Defensie beëindigd wegens duisternis."]]),
        ("small", "Tabel 1 \u2013 Tijdlijn 14 juli 2026. Bron: logboeken meldkamer Oost-Nederland en LCMS."),
        ("p", "In de nacht werd de brand met behulp van graafmachines van de terreinbeheerder ingedamd. Op 16 juli "
         "om 11.00 uur werd het sein brand meester gegeven. De nablussing duurde nog vijf dagen."),
        ("h1", "3 Bevindingen"),
        ("h2", "3.1 Alarmering en opschaling"),
        ("p", "Op 14 juli gold in Gelderland-Midden natuurbrandrisicofase 2. Toch werd bij de eerste melding alleen "
         "een kleine brand gealarmeerd. De meldkamer volgde daarmee het uitrukvoorstel, dat geen rekening houdt "
         "met de risicofase. Het eerste kwartier ging daardoor verloren."),
        ("h2", "3.2 Inzet en coördinatie"),
        ("p", "De politiehelikopter en twee drones van de brandweer leverden vanaf 14.30 uur beelden. Deze kwamen "
         "binnen bij verschillende functionarissen in de meldkamer en werden niet gebundeld. Het actiecentrum "
         "brandweer had tot ongeveer 17.00 uur geen goed beeld van de vuurfrontlijn. De natuurbrandbestrijdings"
         "module uit de buurregio's kwam pas na 19.00 uur in actie; de aanrijtijd werd vergroot doordat de "
         "module in die samenstelling nooit eerder was beoefend."),
        ("h2", "3.3 Bevolkingszorg en communicatie"),
        ("p", "Het besluit tot ontruiming werd om 16.45 uur genomen. De eerste NL-Alert volgde pas anderhalf uur "
         "later, omdat werd gewacht op de bevestiging dat de politie ter plaatse was. Op de recreatieparken "
         "verbleven veel Duitse en Belgische gasten. Zij gaven aan de Nederlandstalige berichten niet goed te "
         "hebben begrepen. Geen van de parken beschikte over een actueel ontruimingsplan."),
        ("h2", "3.4 Samenwerking met terreinbeheerders"),
        ("p", "De samenwerking met Staatsbosbeheer en het Geldersch Landschap verliep ter plaatse goed. Wel bleken "
         "twee brandgangen niet begaanbaar door omgewaaide bomen, en was één waterwinpunt drooggevallen. "
         "Volgens de terreinbeheerders waren hierover geen afspraken gemaakt."),
        ("h1", "4 Wat ging goed"),
        ("p", "Naast de verbeterpunten heeft het onderzoeksteam veel gezien dat goed ging. Dat willen wij "
         "nadrukkelijk benoemen:"),
        ("bul", ["de inzet van de brandweermensen, die onder zware omstandigheden urenlang doorwerkten;",
                 "de snelle inzet van graafmachines van de terreinbeheerder om een compartimenteringsstrook aan "
                 "te leggen;",
                 "de opvang van de geëvacueerden in sporthal De Dennen in Apeldoorn, die binnen twee uur gereed was;",
                 "de samenwerking met Defensie bij de inzet van blushelikopters."]),
        ("h1", "5 Conclusies"),
        ("np", "1.", "De eerste alarmering sloot niet aan bij het verhoogde natuurbrandrisico, waardoor kostbare "
         "tijd verloren ging."),
        ("np", "2.", "De informatie uit de lucht werd niet gebundeld en bereikte de leiding te laat."),
        ("np", "3.", "De ontruiming van de recreatieparken werd vertraagd door het ontbreken van ontruimingsplannen "
         "en door het late gebruik van NL-Alert."),
        ("np", "4.", "De afspraken met terreinbeheerders over de toegankelijkheid van het gebied schoten tekort."),
        ("h1", "6 Aanbevelingen"),
        ("p", "De aanbevelingen A tot en met G zijn gericht aan het bestuur van de veiligheidsregio, dat daarbij waar "
         "nodig samenwerkt met gemeenten en partners. Aanbeveling H vraagt het bestuur om zich tot de minister te "
         "wenden."),
        ("h3", "Alarmering en informatievoorziening"),
        ("np", "A.", R["A"]), ("np", "B.", R["B"]),
        ("h3", "Inzet en oefening"),
        ("np", "C.", R["C"]),
        ("h3", "Bevolkingszorg en communicatie"),
        ("np", "D.", R["D"]), ("np", "E.", R["E"]), ("np", "F.", R["F"]),
        ("h3", "Samenwerking en landelijke ondersteuning"),
        ("np", "G.", R["G"]), ("np", "H.", R["H"]),
        ("p", "Instituut Fysieke Veiligheid\ndr. ir. S.A. Hoogendoorn, projectleider\nM. El Khatib MA, onderzoeker"),
    ]


def response():
    return [
        ("p", "<b>Veiligheidsregio Gelderland-Midden</b>\nAlgemeen bestuur"),
        ("small", "Postbus 5364, 6802 EJ Arnhem"),
        ("p", "Aan de gemeenteraden van de gemeenten in Gelderland-Midden"),
        ("small", "Datum: 4 februari 2027\nKenmerk: AB-2027-014\nOnderwerp: Bestuurlijke reactie op het "
         "evaluatierapport \u2018Vuur op het zand\u2019"),
        ("p", "Geachte raadsleden,"),
        ("p", "Op 18 december 2026 heeft het Instituut Fysieke Veiligheid het rapport <i>Vuur op het zand</i> "
         "aangeboden, over de natuurbrand op het Kootwijkerzand in juli 2026. Het algemeen bestuur heeft het "
         "rapport in zijn vergadering van 28 januari 2027 besproken. Met deze brief informeren wij u over onze "
         "reactie."),
        ("p", "Het bestuur spreekt allereerst zijn grote waardering uit voor alle brandweermensen, "
         "meldkamermedewerkers, medewerkers van de terreinbeheerders en vrijwilligers die in juli dag en nacht "
         "hebben gewerkt. Dat er geen slachtoffers vielen, is in belangrijke mate aan hen te danken."),
        ("p", "Het bestuur herkent de conclusies van het IFV. In de tabel hieronder geven wij per aanbeveling onze "
         "reactie, de planning en wie verantwoordelijk is voor de uitvoering. Aanbevelingen die samenhangen "
         "zijn samen behandeld."),
        ("table", [0.17, 0.51, 0.14, 0.18], ["Aanbeveling", "Reactie van het bestuur", "Planning", "Verantwoordelijke"],
         [["A \u2013 Zwaardere eerste alarmering bij verhoogd risico",
           "Het bestuur neemt de aanbeveling over. Het uitrukvoorstel in het meldkamersysteem wordt zo aangepast "
           "dat vanaf natuurbrandrisicofase 2 automatisch een middelbrand met natuurbrandverkenner wordt "
           "gealarmeerd.", "voor 1 april 2027", "Commandant brandweer"],
          ["B \u2013 Vaste functionaris voor luchtbeelden",
           "Dit is reeds in gang gezet: sinds september 2026 is bij elke natuurbrand een informatiemanager "
           "luchtverkenning in de meldkamer actief, die de beelden via LCMS aan het actiecentrum doorgeeft.",
           "gereed", "Hoofd meldkamer brandweer"],
          ["E en F \u2013 NL-Alert en meertalige crisiscommunicatie",
           "Het bestuur neemt kennis van beide aanbevelingen en betrekt ze bij de herziening van het regionaal "
           "crisisplan. Daarbij wordt ook bezien welke rol de landelijke richtlijnen voor NL-Alert laten voor een "
           "eerdere verzending, en in welke talen berichten standaard worden opgesteld.", "2027-2028",
           "Regionaal coördinerend functionaris"],
          ["C \u2013 Jaarlijkse oefening met buurregio's",
           "Het bestuur onderschrijft het belang van gezamenlijk oefenen. Wij zullen de module tweejaarlijks "
           "beoefenen, voor zover de buurregio's daarvoor capaciteit beschikbaar stellen; een jaarlijkse "
           "oefening acht het bestuur gelet op de belasting van de vrijwilligers niet haalbaar.",
           "eerste oefening najaar 2027", "Commandant brandweer"],
          ["D \u2013 Ontruimingsplannen recreatieparken",
           "Het bestuur acht het niet wenselijk dat de veiligheidsregio de ontruimingsplannen van "
           "recreatieparken opstelt of de oefeningen begeleidt. Die verantwoordelijkheid ligt bij de eigenaren "
           "van de parken. De gemeenten wijzen de parkeigenaren via de omgevingsvergunning op deze plicht.",
           "\u2013", "\u2013"],
          ["G \u2013 Convenant met terreinbeheerders",
           "Het bestuur ziet geen aanleiding voor een nieuw convenant. Sinds 2022 geldt het convenant "
           "Natuurbrandbeheersing Veluwe, waarin deze afspraken al zijn vastgelegd. Het knelpunt zat in de "
           "naleving; daarover gaat de commandant in gesprek met de terreinbeheerders.", "voorjaar 2027",
           "Commandant brandweer"]]),
        ("p", "Wij informeren u in de jaarstukken 2027 over de voortgang van de uitvoering. Het rapport en deze "
         "reactie worden ook gedeeld met de buurregio's en het Nationaal Expertisecentrum Natuurbranden."),
        ("p", "Met vriendelijke groet,\nhet algemeen bestuur van Veiligheidsregio Gelderland-Midden,"),
        ("p", "de secretaris,\nir. J.W. Postma"),
        ("p", "de voorzitter,\ndrs. A.M. Marcouch"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "A", "starts_with": "Verhoog bij natuurbrandrisicofase 2 of hoger automatisch de eerste alarmering",
         "reply_contains": "Het uitrukvoorstel in het meldkamersysteem wordt zo aangepast",
         "verdict": "agrees"},
        {"number": "B", "starts_with": "Wijs in de meldkamer bij elke natuurbrand een vaste functionaris aan",
         "reply_contains": "sinds september 2026 is bij elke natuurbrand een informatiemanager luchtverkenning",
         "verdict": "agrees"},
        {"number": "C", "starts_with": "Oefen jaarlijks de inzet van de natuurbrandbestrijdingsmodule samen met de buurregio's",
         "reply_contains": "Wij zullen de module tweejaarlijks beoefenen",
         "verdict": "partly"},
        {"number": "D", "starts_with": "Stel voor de recreatieparken en campings in en rond de natuurgebieden ontruimingsplannen op",
         "reply_contains": "acht het niet wenselijk dat de veiligheidsregio de ontruimingsplannen",
         "verdict": "disagrees"},
        {"number": "E", "starts_with": "Zet bij een grootschalige ontruiming NL-Alert in zodra het ontruimingsbesluit is genomen",
         "reply_contains": "Het bestuur neemt kennis van beide aanbevelingen en betrekt ze bij de herziening",
         "verdict": "noted"},
        {"number": "F", "starts_with": "Richt de crisiscommunicatie zo in dat ook toeristen en buitenlandse bezoekers",
         "reply_contains": "Het bestuur neemt kennis van beide aanbevelingen en betrekt ze bij de herziening",
         "verdict": "noted"},
        {"number": "G", "starts_with": "Maak met de terreinbeheerders bindende afspraken over het vrijhouden van brandgangen",
         "reply_contains": "Het bestuur ziet geen aanleiding voor een nieuw convenant",
         "verdict": "disagrees"},
        {"number": "H", "starts_with": "Vraag de minister van Justitie en Veiligheid om de landelijke capaciteit",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "spreekt allereerst zijn grote waardering uit voor alle brandweermensen",
        "Wij informeren u in de jaarstukken 2027 over de voortgang van de uitvoering",
    ],
    "notes": "Instituut Fysieke Veiligheid evaluation of a wildfire for a Dutch veiligheidsregio (LibreOffice Writer "
             "from HTML, Liberation fonts; running header and page numbers stamped with PyMuPDF) + the algemeen "
             "bestuur's bestuurlijke reactie, a letter to the municipal councils with a four-column ruled table "
             "'Aanbeveling | Reactie van het bestuur | Planning | Verantwoordelijke'. Advice: cover, contents, a "
             "timeline table, a bulleted 'Wat ging goed' list and NUMBERED conclusions 1.-4. (neither are "
             "recommendations), then '6 Aanbevelingen' with lettered items A.-H. under four italic theme "
             "sub-headings. Response table order: A, B, 'E en F' (one shared row), C, D, G; H (asking the board to "
             "approach the minister about national aerial firefighting capacity) has no row and is unanswered. "
             "A agrees ('neemt de aanbeveling over'), B agrees ('reeds in gang gezet', planning 'gereed'). E and F "
             "share one noted reply ('neemt kennis van beide aanbevelingen en betrekt ze bij de herziening', "
             "'bezien'). C is partly: biennial instead of annual exercises, 'voor zover' the neighbouring regions "
             "provide capacity. D disagrees ('acht het niet wenselijk'; it is the park owners' duty). G disagrees "
             "('ziet geen aanleiding'), disputing the finding that no agreements existed. The thanks to the "
             "emergency services in the introduction and the closing paragraph on reporting are unmatched.",
}

if __name__ == "__main__":
    kw = dict(header=f"IFV  \u2014  {T}  \u2014  Evaluatie natuurbrand Kootwijkerzand", footer="{page}", title=T,
              accent="#8a3b12")
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Veiligheidsregio Gelderland-Midden  \u2014  AB-2027-014", footer="{page}", size=10.5,
              accent="#1f4e79")
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

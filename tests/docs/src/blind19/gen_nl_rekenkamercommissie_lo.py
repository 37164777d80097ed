"""Blind round 19 (nl): rapport van een gemeentelijke rekenkamercommissie (beheer van bruggen en kademuren) met
aanbevelingen a-f (a-e aan het college, f aan de raad), en de bestuurlijke reactie van het college van B&W als
brief met een tabel 'Aanbeveling | Standpunt college | Toelichting', gegroepeerd naar standpunt (overnemen, deels
overnemen, niet overnemen, kennisnemen), gevolgd door het nawoord van de rekenkamercommissie.
Engine: LibreOffice Writer uit HTML (Liberation), A4; lopende kop en paginanummers gestempeld met PyMuPDF.
Run: /tmp/blind19nl/bin/python tests/docs/src/blind19/gen_nl_rekenkamercommissie_lo.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19nl as H

NAME = "blind19_nl_rekenkamercommissie"
T = "Bruggen en kades in beeld"
R = {
    "a": "Stel binnen een jaar een actueel beheerplan civiele kunstwerken op, met per brug en kademuur de technische "
         "staat, de risico's en de benodigde middelen voor de komende tien jaar.",
    "b": "Laat alle kademuren die vóór 1950 zijn gebouwd uiterlijk in 2027 constructief inspecteren, en leg de "
         "resultaten vast in één centraal beheersysteem.",
    "c": "Vorm een bestemmingsreserve voor de vervanging van bruggen en kademuren en voeg daar jaarlijks een vast "
         "bedrag aan toe op basis van het beheerplan.",
    "d": "Informeer de raad jaarlijks in de programmabegroting en de jaarstukken over de staat van de kunstwerken, "
         "aan de hand van een beperkt aantal vaste indicatoren.",
    "e": "Versterk de eigen ambtelijke capaciteit voor constructief beheer, zodat de gemeente minder afhankelijk "
         "wordt van externe ingenieursbureaus.",
    "f": "Stel als raad een kader vast met het gewenste onderhoudsniveau per categorie kunstwerk, en betrek daarbij "
         "de risico's voor de veiligheid en de bereikbaarheid van de binnenstad.",
}


def advice():
    return [
        ("cover", [("Rekenkamercommissie Gouda", 14, True, 10), (T, 30, True, 110),
                   ("Onderzoek naar het beheer van bruggen, kademuren en andere civiele kunstwerken", 14, False, 12),
                   ("Eindrapport", 12, True, 160), ("Gouda, 15 september 2026", 11, False, 6)]),
        ("toc", "Inhoudsopgave"),
        ("h1", "Bestuurlijke samenvatting"),
        ("p", "Gouda heeft 118 bruggen en bijna 14 kilometer kademuur. Een groot deel daarvan is ouder dan zeventig "
         "jaar. De instorting van kademuren elders in het land heeft laten zien dat achterstallig onderhoud tot "
         "gevaarlijke situaties kan leiden. De rekenkamercommissie heeft daarom onderzocht of de gemeente het beheer "
         "van haar civiele kunstwerken op orde heeft en of de raad daarover voldoende wordt geïnformeerd."),
        ("p", "Ons oordeel is dat de gemeente de afgelopen jaren stappen heeft gezet, maar dat zij nog onvoldoende "
         "zicht heeft op de staat van haar kademuren. Het beheerplan is verouderd, inspecties worden niet volgens "
         "een vaste cyclus uitgevoerd en de raad ontvangt weinig informatie waarmee hij kan sturen. De kosten van "
         "vervanging in de komende twintig jaar zijn niet in de begroting opgenomen."),
        ("p", "Wij doen zes aanbevelingen: vijf aan het college en één aan de raad. Zij staan in hoofdstuk 4."),
        ("h1", "1 Inleiding"),
        ("h2", "1.1 Aanleiding"),
        ("p", "Bruggen en kademuren zijn beeldbepalend voor de historische binnenstad van Gouda. Zij dragen wegen, "
         "leidingen en bebouwing, en houden het water op zijn plaats. In 2024 moest de Kleiwegbrug enkele maanden "
         "worden afgesloten nadat bij een inspectie scheuren in de landhoofden waren gevonden. Raadsleden vroegen "
         "zich toen af of dit een incident was of een teken van een breder probleem."),
        ("h2", "1.2 Onderzoeksvragen"),
        ("p", "De centrale vraag van het onderzoek luidt: <i>In hoeverre heeft de gemeente Gouda het beheer van haar "
         "civiele kunstwerken op orde, en is de raad in staat daarop te sturen?</i> Deze vraag is uitgewerkt in "
         "vier deelvragen:"),
        ("np", "1.", "Hoeveel kunstwerken heeft de gemeente en wat is hun technische staat?"),
        ("np", "2.", "Beschikt de gemeente over een actueel beheerplan en wordt daarnaar gehandeld?"),
        ("np", "3.", "Zijn de financiële gevolgen van onderhoud en vervanging in beeld en in de begroting verwerkt?"),
        ("np", "4.", "Welke informatie ontvangt de raad, en stelt die hem in staat zijn kaderstellende en "
         "controlerende rol te vervullen?"),
        ("h2", "1.3 Aanpak"),
        ("p", "Wij hebben beleidsdocumenten, inspectierapporten en begrotingsstukken over de periode 2020-2025 "
         "bestudeerd, en gesproken met de verantwoordelijke wethouder, medewerkers van de afdeling Beheer "
         "Openbare Ruimte en twee externe ingenieursbureaus.[[1]] Het onderzoek is uitgevoerd door een extern "
         "bureau onder verantwoordelijkheid van de rekenkamercommissie."),
        ("notes", [(1, "Een overzicht van de geraadpleegde documenten en gesprekspartners is opgenomen in bijlage 2 "
                    "(niet in deze uitgave).")]),
        ("h1", "2 Bevindingen"),
        ("h2", "2.1 Areaal en technische staat"),
        ("p", "Tabel 1 geeft een overzicht van de kunstwerken van de gemeente en van de staat waarin zij bij de "
         "laatste inspectie verkeerden."),
        ("table", [0.34, 0.14, 0.26, 0.26], ["Type kunstwerk", "Aantal", "Laatst geïnspecteerd", "Staat slecht of "
                                                                                                "zeer slecht"],
         [["Vaste bruggen (steen en beton)", "84", "2019-2024", "9"],
          ["Beweegbare bruggen", "6", "2023", "1"],
          ["Houten voetgangersbruggen", "28", "2018-2022", "7"],
          ["Kademuren (in kilometers)", "13,8", "2016-2023, deels onbekend", "2,1 km"]]),
        ("small", "Tabel 1 \u2013 Civiele kunstwerken gemeente Gouda, peildatum 1 januari 2026. Bron: beheersysteem "
         "gemeente, bewerking rekenkamercommissie."),
        ("p", "Van ongeveer een derde van de kademuren is niet bekend wanneer zij voor het laatst constructief zijn "
         "geïnspecteerd. Het gaat vooral om kademuren die vóór 1950 zijn gebouwd, op houten palen. Juist bij dit "
         "type kademuur is het risico op verzakking het grootst."),
        ("h2", "2.2 Beheerplan en inspecties"),
        ("p", "Het laatste beheerplan civiele kunstwerken dateert uit 2017. Het is sindsdien niet geactualiseerd. "
         "Inspecties worden uitgevoerd wanneer daar budget voor is of wanneer er meldingen zijn, niet volgens een "
         "vaste cyclus. De resultaten staan verspreid in rapporten van verschillende ingenieursbureaus en zijn "
         "niet allemaal in het beheersysteem verwerkt."),
        ("p", "De afdeling Beheer Openbare Ruimte heeft één constructeur in dienst. Voor vrijwel alle inspecties en "
         "ontwerpen is de gemeente aangewezen op externe bureaus. Medewerkers geven aan dat daardoor kennis over "
         "de kunstwerken verloren gaat."),
        ("h2", "2.3 Financiën"),
        ("p", "In de begroting 2026 is jaarlijks \u20ac 1,2 miljoen beschikbaar voor onderhoud van kunstwerken. "
         "Uit een globale raming van een ingenieursbureau blijkt dat de vervanging van bruggen en kademuren in de "
         "periode tot 2045 ongeveer \u20ac 58 miljoen zal kosten.[[2]] Voor deze kosten is geen voorziening of "
         "reserve gevormd; zij worden per project bij de voorjaarsnota aangevraagd."),
        ("notes", [(2, "Raming vervangingsopgave kunstwerken Gouda, intern rapport, maart 2025.")]),
        ("h2", "2.4 Informatie aan de raad"),
        ("p", "De paragraaf onderhoud kapitaalgoederen in de begroting bevat over kunstwerken alleen het beschikbare "
         "budget. De raad ontvangt geen informatie over de technische staat of over de risico's. De raad heeft "
         "ook nooit een onderhoudsniveau voor kunstwerken vastgesteld, zoals hij dat wel heeft gedaan voor wegen "
         "en groen."),
        ("h1", "3 Conclusies"),
        ("p", "<b>Hoofdconclusie.</b> De gemeente Gouda heeft het beheer van haar civiele kunstwerken nog niet op "
         "orde. Zij heeft onvoldoende zicht op de staat van de kademuren, en de raad kan niet sturen op een "
         "opgave die de komende twintig jaar tientallen miljoenen euro's zal vragen."),
        ("p", "<b>Staat van de kunstwerken.</b> Het areaal is bekend, maar de technische staat is dat niet voor "
         "alle onderdelen. Vooral van de oudere kademuren ontbreekt een recent beeld."),
        ("p", "<b>Beheerplan.</b> Er is geen actueel beheerplan. Inspecties vinden ad hoc plaats en de resultaten "
         "worden niet centraal vastgelegd."),
        ("p", "<b>Financiën.</b> De kosten van vervanging zijn globaal geraamd maar niet in de meerjarenbegroting "
         "verwerkt. Daardoor bestaat het risico dat de gemeente in de toekomst voor grote, onvoorziene uitgaven "
         "komt te staan."),
        ("p", "<b>Rol van de raad.</b> De raad ontvangt te weinig informatie en heeft geen kader vastgesteld. Hij "
         "kan zijn kaderstellende en controlerende rol daardoor niet waarmaken."),
        ("h1", "4 Aanbevelingen"),
        ("p", "Op basis van de conclusies doet de rekenkamercommissie de volgende aanbevelingen."),
        ("h3", "Aan het college van burgemeester en wethouders"),
    ] + [("np", f"{k}.", R[k]) for k in "abcde"] + [
        ("h3", "Aan de gemeenteraad"),
        ("np", "f.", R["f"]),
        ("p", "Het college is in de gelegenheid gesteld om op het rapport te reageren. De bestuurlijke reactie en "
         "het nawoord van de rekenkamercommissie worden afzonderlijk gepubliceerd."),
        ("p", "Rekenkamercommissie Gouda\ndrs. R.J. Verbeek, voorzitter\nmr. L. Sandhu, secretaris"),
    ]


def response():
    return [
        ("p", "<b>Gemeente Gouda</b>\nCollege van burgemeester en wethouders"),
        ("small", "Postbus 1086, 2800 BB Gouda"),
        ("p", "Aan de Rekenkamercommissie Gouda\nt.a.v. de voorzitter, de heer drs. R.J. Verbeek\nPostbus 1086\n"
         "2800 BB Gouda"),
        ("small", "Datum: 13 oktober 2026\nOns kenmerk: Z-26-118742 / BOR\nOnderwerp: Bestuurlijke reactie op het "
         "rapport \u2018Bruggen en kades in beeld\u2019"),
        ("p", "Geachte heer Verbeek,"),
        ("p", "Op 15 september 2026 ontvingen wij het rapport <i>Bruggen en kades in beeld</i>. Wij danken "
         "de rekenkamercommissie voor het grondige onderzoek. Het rapport bevestigt het beeld dat ook wij hebben: "
         "de gemeente staat voor een grote opgave bij de instandhouding van haar bruggen en kademuren, en daarop "
         "moeten wij beter voorbereid zijn."),
        ("p", "Hieronder geven wij per aanbeveling ons standpunt. Wij hebben de aanbevelingen daarbij gerangschikt "
         "naar ons standpunt. Wij reageren alleen op de aanbevelingen die aan ons college zijn gericht."),
        ("table", [0.34, 0.15, 0.51], ["Aanbeveling", "Standpunt college", "Toelichting en termijn"],
         [["a. Stel binnen een jaar een actueel beheerplan civiele kunstwerken op.", "Overnemen",
           "Het opstellen van een nieuw beheerplan is reeds in gang gezet. Een ingenieursbureau is in juni 2026 "
           "gestart met de inventarisatie; het beheerplan wordt in het tweede kwartaal van 2027 aan de raad "
           "aangeboden."],
          ["d. Informeer de raad jaarlijks over de staat van de kunstwerken.", "Overnemen",
           "Vanaf de programmabegroting 2028 nemen wij in de paragraaf onderhoud kapitaalgoederen vier vaste "
           "indicatoren op, waaronder het aandeel kunstwerken in slechte staat."],
          ["b. Laat alle kademuren van vóór 1950 uiterlijk in 2027 inspecteren.", "Deels overnemen",
           "Wij onderschrijven het belang van een volledig beeld, maar een constructieve inspectie van alle oudere "
           "kademuren vóór eind 2027 is gelet op de beschikbare capaciteit niet haalbaar. Wij inspecteren in 2027 "
           "de kademuren met het hoogste risico en de overige uiterlijk in 2029. Alle resultaten worden vanaf nu "
           "in één beheersysteem vastgelegd."],
          ["c. Vorm een bestemmingsreserve voor vervanging.", "Niet overnemen",
           "Wij zien geen aanleiding voor een afzonderlijke bestemmingsreserve. Volgens ons financieel beleid "
           "worden vervangingsinvesteringen geactiveerd en afgeschreven; een reserve zou middelen vastleggen die "
           "elders in de begroting nodig zijn. De vervangingsopgave nemen wij wel op in het meerjarig "
           "investeringsprogramma."],
          ["e. Versterk de eigen ambtelijke capaciteit voor constructief beheer.", "Kennisnemen",
           "Het college neemt kennis van deze aanbeveling. In 2027 wordt de formatie van de afdeling Beheer "
           "Openbare Ruimte doorgelicht; wij zullen bezien of uitbreiding met constructeurs nodig is en betrekken "
           "dit bij de voorjaarsnota 2027."]]),
        ("p", "Tot slot merken wij op dat het aantal houten voetgangersbruggen in tabel 1 van het rapport inmiddels "
         "is gedaald tot 26, omdat twee bruggen in 2026 door stalen exemplaren zijn vervangen."),
        ("p", "Met vriendelijke groet,\nburgemeester en wethouders van Gouda,"),
        ("p", "de secretaris,\nmr. C.A. de Witt-Hoekstra"),
        ("p", "de burgemeester,\nP.H.M. van Dongen"),
        ("h2", "Nawoord van de rekenkamercommissie"),
        ("p", "De rekenkamercommissie dankt het college voor zijn reactie. Wij zijn verheugd dat het college de "
         "meeste aanbevelingen geheel of gedeeltelijk overneemt en dat het beheerplan al in voorbereiding is."),
        ("p", "Wij betreuren het dat het college de vervangingsopgave niet via een reserve wil afdekken. Wij "
         "geven de raad in overweging het college te vragen om bij de begroting 2028 inzichtelijk te maken hoe de "
         "vervanging van kunstwerken tot 2045 wordt gefinancierd. Het rapport wordt op 10 november 2026 in de "
         "commissie Bestuur en Middelen besproken."),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "a", "starts_with": "Stel binnen een jaar een actueel beheerplan civiele kunstwerken op, met per brug",
         "reply_contains": "Het opstellen van een nieuw beheerplan is reeds in gang gezet",
         "verdict": "agrees"},
        {"number": "b", "starts_with": "Laat alle kademuren die vóór 1950 zijn gebouwd uiterlijk in 2027 constructief inspecteren",
         "reply_contains": "de kademuren met het hoogste risico en de overige uiterlijk in 2029",
         "verdict": "partly"},
        {"number": "c", "starts_with": "Vorm een bestemmingsreserve voor de vervanging van bruggen en kademuren en voeg daar jaarlijks",
         "reply_contains": "Wij zien geen aanleiding voor een afzonderlijke bestemmingsreserve",
         "verdict": "disagrees"},
        {"number": "d", "starts_with": "Informeer de raad jaarlijks in de programmabegroting en de jaarstukken over de staat",
         "reply_contains": "nemen wij in de paragraaf onderhoud kapitaalgoederen vier vaste indicatoren op",
         "verdict": "agrees"},
        {"number": "e", "starts_with": "Versterk de eigen ambtelijke capaciteit voor constructief beheer, zodat de gemeente",
         "reply_contains": "wij zullen bezien of uitbreiding met constructeurs nodig is",
         "verdict": "noted"},
        {"number": "f", "starts_with": "Stel als raad een kader vast met het gewenste onderhoudsniveau per categorie kunstwerk",
         "reply_contains": None, "verdict": "unanswered"},
    ],
    "unmatched_replies_contain": [
        "het aantal houten voetgangersbruggen in tabel 1 van het rapport inmiddels is gedaald tot 26",
        "Wij betreuren het dat het college de vervangingsopgave niet via een reserve wil afdekken",
    ],
    "notes": "Municipal rekenkamercommissie report on the upkeep of bridges and quay walls (LibreOffice Writer from "
             "HTML, Liberation fonts; running header and page numbers stamped with PyMuPDF) + the college of B&W's "
             "bestuurlijke reactie letter followed by the rekenkamercommissie's nawoord. Advice: cover, "
             "'Inhoudsopgave' table, Bestuurlijke samenvatting that only counts the recommendations, a NUMBERED list "
             "of four onderzoeksvragen 1.-4. (not recommendations), a ruled data table, footnotes, bold run-in "
             "conclusions, and in '4 Aanbevelingen' LETTERED items a.-e. under 'Aan het college van burgemeester en "
             "wethouders' and f. under 'Aan de gemeenteraad'. Response: a three-column ruled table 'Aanbeveling | "
             "Standpunt college | Toelichting en termijn' whose rows are sorted by standpoint, so the order is a, d, "
             "b, c, e; the first column repeats each recommendation in a shortened form with its letter. Verdicts "
             "follow the standpoint column: 'Overnemen' (a: 'reeds in gang gezet'), 'Deels overnemen' (b: all "
             "inspections by 2029 instead of 2027), 'Niet overnemen' (c), 'Kennisnemen' (e: 'zal bezien', 'betrekken "
             "dit bij de voorjaarsnota'). f is addressed to the council and the college says it replies only to "
             "recommendations addressed to itself, so f is unanswered. The 'Tot slot' remark correcting table 1 "
             "and the nawoord (which discusses c but is the audit body's comment, not a reply) are unmatched.",
}

if __name__ == "__main__":
    kw = dict(header=f"Rekenkamercommissie Gouda  \u2014  {T}", footer="{page}", title=T, accent="#7a2e10")
    H.build(H.lo_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Gemeente Gouda  \u2014  Bestuurlijke reactie  \u2014  Z-26-118742", footer="pagina {page}",
              size=10.5)
    H.build(H.lo_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

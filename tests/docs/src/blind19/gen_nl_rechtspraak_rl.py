"""Blind round 19 (nl): wetgevingsadvies van de Raad voor de rechtspraak over een conceptwetsvoorstel (digitaal
procederen in het bestuursrecht), met de adviezen als ongenummerde opsomming van infinitiefzinnen onder 'De Raad
adviseert:' in het slothoofdstuk, en als reactie de memorie van toelichting bij het ingediende wetsvoorstel, waarvan
paragraaf 5 'Advies en consultatie' in de derde persoon ('de regering') op de adviezen ingaat, in een andere
volgorde; de adviezen over storingen en ontvangst samen; ook reacties op de internetconsultatie en de NOvA.
Engine: reportlab (DejaVu), A4, lopende kop en paginanummers, inhoudsopgave uit een eerste pass.
Run: /tmp/blind19nl/bin/python tests/docs/src/blind19/gen_nl_rechtspraak_rl.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b19nl as H

NAME = "blind19_nl_rechtspraak"
T = "Wet digitaal procederen bestuursrecht"
R = [
    "de verplichting tot digitaal procederen gefaseerd in werking te laten treden, te beginnen met de "
    "belastingkamers van de rechtbanken en de gerechtshoven;",
    "natuurlijke personen die zonder gemachtigde procederen ook na de invoering uitdrukkelijk van de verplichting "
    "uit te zonderen, en dat niet aan een algemene maatregel van bestuur over te laten;",
    "in de wet zelf een storingsregeling op te nemen, op grond waarvan een termijn wordt verlengd als het digitale "
    "portaal van de Rechtspraak niet beschikbaar is;",
    "het tijdstip waarop een digitaal ingediend stuk geacht wordt te zijn ontvangen bij algemene maatregel van "
    "bestuur te regelen, en niet in een procesreglement;",
    "de voorgestelde verhoging van het griffierecht voor beroepen die op papier worden ingesteld te schrappen;",
    "de Rechtspraak volledig te compenseren voor de eenmalige invoeringskosten van naar schatting \u20ac 14 "
    "miljoen en voor de structurele beheerkosten;",
    "een evaluatiebepaling op te nemen die voorschrijft dat de wet binnen drie jaar na inwerkingtreding wordt "
    "geëvalueerd.",
]


def advice():
    return [
        ("cover", [("Raad voor de rechtspraak", 14, True, 10), ("Wetgevingsadvies", 12, False, 8),
                   ("Advies conceptwetsvoorstel " + T, 24, True, 100),
                   ("Advies over het conceptwetsvoorstel tot wijziging van de Algemene wet bestuursrecht in verband "
                    "met het verplicht digitaal procederen voor professionele procespartijen", 12, False, 14),
                   ("Den Haag, 12 januari 2026", 11, False, 140), ("Kenmerk UIT 4821 RvdR/2026", 11, False, 4)]),
        ("toc", "Inhoud"),
        ("h1", "1 Inleiding"),
        ("p", "Bij brief van 21 oktober 2025 heeft de minister van Justitie en Veiligheid de Raad voor de rechtspraak "
         "(hierna: de Raad) gevraagd te adviseren over het conceptwetsvoorstel <i>Wet digitaal procederen "
         "bestuursrecht</i>. De Raad adviseert op grond van artikel 95 van de Wet op de rechterlijke organisatie "
         "over wetgeving die gevolgen heeft voor het functioneren van de rechtspraak.[[1]]"),
        ("p", "Het conceptwetsvoorstel verplicht bestuursorganen, advocaten en andere professionele gemachtigden om "
         "in beroepszaken in het bestuursrecht digitaal te procederen via het portaal van de Rechtspraak. "
         "Natuurlijke personen zonder gemachtigde mogen op papier blijven procederen. Daarnaast wordt het "
         "griffierecht voor op papier ingestelde beroepen van professionele partijen met 25 procent verhoogd."),
        ("p", "Voor dit advies zijn de gerechten en de bestuursrechtelijke colleges geconsulteerd. Hun reacties "
         "zijn in dit advies verwerkt."),
        ("notes", [(1, "Artikel 95, eerste lid, van de Wet op de rechterlijke organisatie.")]),
        ("h1", "2 Samenvatting"),
        ("p", "De Raad staat positief tegenover het wetsvoorstel. Digitaal procederen is in het civiele recht en in "
         "het bestuursrecht in de asielketen al gangbaar, en de ervaringen daarmee zijn overwegend goed. Een "
         "verplichting voor professionele partijen maakt het mogelijk de papieren stroom bij de gerechten verder "
         "terug te dringen."),
        ("p", "De Raad heeft wel opmerkingen over de invoering, over de positie van burgers die zelf procederen, over "
         "de gevolgen van storingen en over het griffierecht. Ook vraagt hij aandacht voor de werklast en de "
         "kosten voor de Rechtspraak. Zijn adviezen zijn samengevat in hoofdstuk 6."),
        ("h1", "3 Algemene opmerkingen"),
        ("h2", "3.1 Doel en context"),
        ("p", "Na de beëindiging van het programma Kwaliteit en Innovatie (KEI) is digitaal procederen stap voor "
         "stap ingevoerd. In het bestuursrecht geldt het al voor asiel- en bewaringszaken en, op vrijwillige "
         "basis, voor andere zaken. Ongeveer 60 procent van de beroepen van professionele partijen wordt "
         "inmiddels digitaal ingediend.[[2]] De Raad onderschrijft het doel van het wetsvoorstel om die stap nu "
         "voor alle professionele partijen verplicht te maken."),
        ("h2", "3.2 Toegang tot de rechter"),
        ("p", "Het bestuursrecht kenmerkt zich door een laagdrempelige toegang tot de rechter. Burgers kunnen zonder "
         "advocaat beroep instellen, en veel burgers doen dat ook. De Raad hecht eraan dat die toegang niet wordt "
         "beperkt doordat digitale vaardigheden of middelen ontbreken. Het wetsvoorstel zondert burgers zonder "
         "gemachtigde uit, maar laat toe dat deze uitzondering bij algemene maatregel van bestuur wordt beperkt. "
         "Dat acht de Raad een te zwakke waarborg."),
        ("notes", [(2, "Jaarverslag de Rechtspraak 2024, p. 41.")]),
        ("h1", "4 Opmerkingen per onderwerp"),
        ("h2", "4.1 Invoering en fasering"),
        ("p", "Het wetsvoorstel gaat uit van één invoeringsdatum voor alle gerechten. De gerechten wijzen erop "
         "dat de belastingkamers al grotendeels digitaal werken, terwijl andere kamers nog met papieren "
         "dossiers werken. Een gefaseerde invoering geeft de gerechten de gelegenheid ervaring op te doen en "
         "kinderziektes te verhelpen voordat alle zaken digitaal verlopen."),
        ("h2", "4.2 Storingen en het tijdstip van ontvangst"),
        ("p", "Als het portaal niet beschikbaar is, kan een professionele partij een beroepschrift niet tijdig "
         "indienen. Het conceptwetsvoorstel laat de gevolgen daarvan over aan de rechter, die per geval moet "
         "beoordelen of de termijnoverschrijding verschoonbaar is. De Raad acht dat onvoldoende: de "
         "rechtszekerheid vraagt om een regeling in de wet zelf. Ook het tijdstip waarop een digitaal stuk "
         "geacht wordt te zijn ontvangen, verdient een algemeen verbindende regeling."),
        ("h2", "4.3 Griffierecht"),
        ("p", "Het conceptwetsvoorstel verhoogt het griffierecht voor professionele partijen die op papier "
         "procederen. De Raad begrijpt de wens om digitaal procederen te stimuleren, maar wijst erop dat de "
         "verplichting zelf al voldoende prikkel geeft. Een financiële sanctie bovenop de verplichting leidt tot "
         "extra geschillen over de hoogte van het griffierecht en daarmee tot extra werk voor de griffies."),
        ("h2", "4.4 Evaluatie"),
        ("p", "Het conceptwetsvoorstel bevat geen evaluatiebepaling. Gelet op de ingrijpende gevolgen voor de "
         "werkwijze van de gerechten en de positie van procespartijen acht de Raad het wenselijk dat de werking "
         "van de wet na enkele jaren wordt onderzocht."),
        ("h1", "5 Werklast en financiële gevolgen"),
        ("p", "De Raad heeft de gevolgen van het wetsvoorstel voor de Rechtspraak laten doorrekenen. Tabel 1 geeft "
         "de uitkomsten weer."),
        ("table", [0.5, 0.25, 0.25], ["Kostenpost", "Eenmalig", "Structureel per jaar"],
         [["Aanpassing portaal en zaaksystemen", "\u20ac 9,5 mln", "\u20ac 1,1 mln"],
          ["Opleiding en ondersteuning gerechten", "\u20ac 2,8 mln", "\u2013"],
          ["Overgangsperiode (dubbele werkprocessen)", "\u20ac 1,7 mln", "\u2013"],
          ["Besparing op papieren dossiers", "\u2013", "\u2013 \u20ac 0,6 mln"],
          ["<b>Totaal</b>", "<b>\u20ac 14,0 mln</b>", "<b>\u20ac 0,5 mln</b>"]]),
        ("small", "Tabel 1 \u2013 Financiële gevolgen voor de Rechtspraak (prijspeil 2025). Bron: Raad voor de "
         "rechtspraak, impactanalyse december 2025."),
        ("p", "De besparingen door het verdwijnen van papieren dossiers worden pas na enkele jaren zichtbaar en "
         "wegen niet op tegen de kosten. De Raad gaat ervan uit dat de kosten niet ten laste komen van de "
         "reguliere financiering van de Rechtspraak."),
        ("h1", "6 Conclusie en advies"),
        ("p", "De Raad onderschrijft het doel van het wetsvoorstel, maar acht aanpassing op een aantal punten "
         "nodig. Gelet op het voorgaande adviseert de Raad:"),
        ("bul", R),
        ("p", "De Raad verzoekt u hem op de hoogte te houden van de verdere voortgang van het wetsvoorstel."),
        ("p", "Raad voor de rechtspraak\n\nmr. H.C. Naves-Ruiter, voorzitter"),
    ]


def response():
    return [
        ("p", "<b>Tweede Kamer der Staten-Generaal</b>\nVergaderjaar 2025\u20132026"),
        ("p", "<b>36 914  Regels over het verplicht digitaal procederen voor professionele procespartijen in het "
         "bestuursrecht (Wet digitaal procederen bestuursrecht)</b>"),
        ("p", "<b>Nr. 3  MEMORIE VAN TOELICHTING</b>"),
        ("h2", "1. Inleiding"),
        ("p", "Dit wetsvoorstel verplicht bestuursorganen, advocaten en andere professionele gemachtigden om in "
         "beroepszaken in het bestuursrecht digitaal te procederen. Daarmee wordt een volgende stap gezet in de "
         "digitalisering van de rechtspraak, die in het civiele recht en in het vreemdelingenrecht al eerder is "
         "gezet."),
        ("h2", "2. Hoofdlijnen van het wetsvoorstel"),
        ("p", "De kern van het wetsvoorstel is de nieuwe afdeling 8.1.6b van de Algemene wet bestuursrecht. Daarin "
         "is bepaald dat professionele procespartijen stukken uitsluitend via het digitale portaal van de "
         "Rechtspraak indienen. Natuurlijke personen en rechtspersonen die zonder gemachtigde procederen, kunnen "
         "dat op papier blijven doen."),
        ("h2", "3. Gevolgen"),
        ("p", "Voor bestuursorganen betekent het wetsvoorstel dat zij hun processtukken digitaal moeten aanleveren. "
         "De meeste grote bestuursorganen doen dat al. Voor kleinere gemeenten en waterschappen is voorzien in "
         "een ondersteuningsaanbod van de VNG en de Unie van Waterschappen."),
        ("h2", "4. Advies en consultatie"),
        ("h3", "4.1 Internetconsultatie"),
        ("p", "Het conceptwetsvoorstel is van 1 oktober tot en met 12 november 2025 in internetconsultatie geweest. "
         "Er zijn 43 reacties ontvangen, waarvan 29 openbaar. De reacties waren overwegend positief; een aantal "
         "burgers vroeg aandacht voor de bereikbaarheid van de helpdesk van het portaal, die inmiddels ook "
         "op zaterdag bereikbaar is."),
        ("h3", "4.2 Raad voor de rechtspraak"),
        ("p", "De Raad voor de rechtspraak (hierna: de Raad) staat positief tegenover het wetsvoorstel en heeft een "
         "aantal adviezen gegeven. Hieronder wordt daarop ingegaan."),
        ("p", "De Raad adviseert om de uitzondering voor burgers die zonder gemachtigde procederen in de wet zelf "
         "vast te leggen. Dit advies is overgenomen. De mogelijkheid om de uitzondering bij algemene maatregel "
         "van bestuur te beperken is geschrapt; het voorgestelde artikel 8:40b, derde lid, bepaalt nu uitdrukkelijk "
         "dat de verplichting niet geldt voor natuurlijke personen zonder gemachtigde."),
        ("p", "Ook adviseert de Raad de verplichting gefaseerd in te voeren. De regering onderschrijft dat een "
         "gefaseerde invoering verstandig is en heeft artikel IX daarop aangepast. Zij kiest er echter voor de "
         "fasering niet per gerechtelijke kamer maar per soort procespartij in te richten: eerst bestuursorganen, "
         "een jaar later advocaten en overige gemachtigden. Een fasering per kamer zou voor advocaten die bij "
         "verschillende kamers procederen tot onduidelijkheid leiden."),
        ("p", "De adviezen over storingen en over het tijdstip van ontvangst van digitale stukken zijn beide "
         "overgenomen. In het voorgestelde artikel 8:40d is een storingsregeling opgenomen: als het portaal op de "
         "laatste dag van een termijn niet beschikbaar is geweest, wordt de termijn verlengd tot en met de eerste "
         "werkdag waarop het portaal weer beschikbaar is. Het tijdstip van ontvangst wordt geregeld in het "
         "Besluit digitaal procederen bestuursrecht, waarvan het ontwerp gelijktijdig met dit wetsvoorstel is "
         "gepubliceerd."),
        ("p", "Naar aanleiding van het advies van de Raad is in artikel XI een evaluatiebepaling opgenomen. De "
         "regering acht een termijn van drie jaar te kort om de effecten van de gefaseerde invoering te kunnen "
         "beoordelen en heeft gekozen voor een evaluatie binnen vijf jaar na de inwerkingtreding."),
        ("p", "Het advies om de verhoging van het griffierecht voor op papier ingestelde beroepen te schrappen, "
         "neemt de regering niet over. De verhoging is bedoeld om de overgang naar digitaal procederen te "
         "versnellen en om de extra kosten die de verwerking van papieren stukken voor de gerechten meebrengt "
         "in rekening te brengen. Zij geldt alleen voor professionele partijen, die geacht worden digitaal te "
         "kunnen procederen."),
        ("p", "Ten slotte vraagt de Raad om volledige compensatie van de invoeringskosten en de structurele kosten. "
         "De regering heeft kennisgenomen van de impactanalyse van de Raad. Over de financiering van deze kosten "
         "wordt in het kader van de reguliere prijsafspraken met de Rechtspraak overleg gevoerd; de uitkomst "
         "daarvan wordt betrokken bij de besluitvorming over de voorjaarsnota 2027."),
        ("h3", "4.3 Nederlandse Orde van Advocaten"),
        ("p", "De Nederlandse Orde van Advocaten (NOvA) steunt het wetsvoorstel. Zij vraagt aandacht voor advocaten "
         "die slechts incidenteel in het bestuursrecht procederen en nog niet over een aansluiting op het "
         "portaal beschikken. In de voorlichting over de invoering wordt voor deze groep een afzonderlijke "
         "handleiding opgenomen, die in overleg met de NOvA wordt opgesteld."),
        ("h2", "5. Financiële gevolgen"),
        ("p", "Voor bestuursorganen leidt het wetsvoorstel op termijn tot lagere kosten, omdat het kopiëren en "
         "verzenden van papieren dossiers vervalt. De eenmalige kosten voor de aanpassing van hun systemen worden "
         "geraamd op \u20ac 3 miljoen, verdeeld over het Rijk, gemeenten, provincies en waterschappen."),
        ("p", "De minister van Justitie en Veiligheid,\n\n\nmr. F.A.M. Lindeboom"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1", "starts_with": "de verplichting tot digitaal procederen gefaseerd in werking te laten treden",
         "reply_contains": "Zij kiest er echter voor de fasering niet per gerechtelijke kamer maar per soort procespartij",
         "verdict": "partly"},
        {"number": "2", "starts_with": "natuurlijke personen die zonder gemachtigde procederen ook na de invoering uitdrukkelijk",
         "reply_contains": "De mogelijkheid om de uitzondering bij algemene maatregel van bestuur te beperken is geschrapt",
         "verdict": "agrees"},
        {"number": "3", "starts_with": "in de wet zelf een storingsregeling op te nemen, op grond waarvan een termijn",
         "reply_contains": "In het voorgestelde artikel 8:40d is een storingsregeling opgenomen",
         "verdict": "agrees"},
        {"number": "4", "starts_with": "het tijdstip waarop een digitaal ingediend stuk geacht wordt te zijn ontvangen",
         "reply_contains": "Het tijdstip van ontvangst wordt geregeld in het Besluit digitaal procederen bestuursrecht",
         "verdict": "agrees"},
        {"number": "5", "starts_with": "de voorgestelde verhoging van het griffierecht voor beroepen die op papier worden ingesteld",
         "reply_contains": "voor op papier ingestelde beroepen te schrappen, neemt de regering niet over",
         "verdict": "disagrees"},
        {"number": "6", "starts_with": "de Rechtspraak volledig te compenseren voor de eenmalige invoeringskosten",
         "reply_contains": "De regering heeft kennisgenomen van de impactanalyse van de Raad",
         "verdict": "noted"},
        {"number": "7", "starts_with": "een evaluatiebepaling op te nemen die voorschrijft dat de wet binnen drie jaar",
         "reply_contains": "heeft gekozen voor een evaluatie binnen vijf jaar na de inwerkingtreding",
         "verdict": "partly"},
    ],
    "unmatched_replies_contain": [
        "Er zijn 43 reacties ontvangen, waarvan 29 openbaar",
        "Zij vraagt aandacht voor advocaten die slechts incidenteel in het bestuursrecht procederen",
    ],
    "notes": "Raad voor de rechtspraak legislative advice on a draft bill (reportlab, DejaVu) + as response the "
             "memorie van toelichting of the bill as introduced (Kamerstuk 36 914, nr. 3), whose section '4. Advies "
             "en consultatie' answers the Raad in the third person ('de regering') in prose WITHOUT numbers. "
             "Advice: cover with kenmerk, 'Inhoud' with page numbers, numbered chapters 1-6 with sub-sections, "
             "footnotes, a cost table; the recommendations appear ONLY in '6 Conclusie en advies' as an UNNUMBERED "
             "dash list of seven lower-case infinitive clauses after 'Gelet op het voorgaande adviseert de Raad:' "
             "(numbered 1-7 here in order). Response order: 2, 1, 3+4 (one paragraph: 'De adviezen over storingen "
             "en over het tijdstip van ontvangst ... zijn beide overgenomen'), 7, 5, 6. Sub-section 4.1 "
             "(internetconsultatie) and 4.3 (NOvA) answer other consultees (unmatched); sections 1-3 and 5 answer "
             "nothing. Verdicts: 1 partly (phased, but per type of party instead of per chamber: 'onderschrijft ... "
             "echter'); 7 partly (evaluation clause added, but five years instead of three); 5 disagrees with the "
             "separable verb split around the subject ('neemt de regering niet over'); 6 noted ('heeft kennisgenomen', "
             "funding left to regular talks and the voorjaarsnota).",
}

if __name__ == "__main__":
    kw = dict(header=f"Raad voor de rechtspraak  |  Advies {T}  |  UIT 4821 RvdR/2026", footer="{page}",
              title="Advies " + T, accent=(0.45, 0.1, 0.3), font="Sans", size=10)
    H.build(H.rl_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Tweede Kamer, vergaderjaar 2025\u20132026, 36 914, nr. 3", footer="{page}", font="Serif",
              size=10.5, accent=(0, 0, 0), title="36 914 nr. 3 Memorie van toelichting")
    H.build(H.rl_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

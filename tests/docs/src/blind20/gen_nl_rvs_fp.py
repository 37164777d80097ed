"""Blind round 20 (nl): advies van de Raad voor Volksgezondheid & Samenleving (RVS) over de wijkverpleging, met
aanbevelingen 1a-3b onder drie 'sporen', en de kabinetsreactie als Kamerbrief van de minister van VWS die per eigen
thema antwoordt, met de aanbevelingsnummers meestal tussen haakjes achteraan een zin en één keer zonder nummer.
Engine: fpdf2 (Liberation), A4.
Run: /tmp/blind20nl/bin/python tests/docs/src/blind20/gen_nl_rvs_fp.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _b20nl as H

NAME = "blind20_nl_rvs"
T = "Ruimte in de wijk"
R = {
    "1a": "Schaf de registratie van zorgminuten per cliënt in de wijkverpleging af en vervang de bekostiging per "
          "uur door een vast bedrag per cliënt per maand.",
    "1b": "Geef wijkverpleegkundigen de bevoegdheid om zelfstandig hulpmiddelen en huishoudelijke ondersteuning "
          "toe te kennen, zonder aparte aanvraag bij de gemeente.",
    "2a": "Leg wettelijk vast dat in elk wijkverpleegkundig team ten minste een derde van de formatie bestaat uit "
          "verpleegkundigen met een hbo-opleiding.",
    "2b": "Financier vanaf 2028 structureel een betaalde opleidingsplaats voor iedere zij-instromer die de "
          "opleiding tot wijkverpleegkundige wil volgen.",
    "2c": "Spreek met zorgverzekeraars af dat zij met aanbieders van wijkverpleging meerjarige contracten sluiten "
          "met een looptijd van ten minste drie jaar.",
    "3a": "Breng de wijkverpleging over van de Zorgverzekeringswet naar de Wet maatschappelijke ondersteuning, "
          "zodat gemeenten de regie krijgen over alle zorg en ondersteuning in de wijk.",
    "3b": "Stel per regio één gezamenlijk budget in voor wijkverpleging en Wmo-ondersteuning, dat gemeenten en "
          "zorgverzekeraars samen beheren.",
}


def advice():
    return [
        ("cover", [("Raad voor Volksgezondheid & Samenleving", 14, True, 10), (T, 32, True, 90),
                   ("Naar een wijkverpleging die dichtbij blijft", 16, False, 8),
                   ("Advies", 12, True, 150), ("Den Haag, mei 2026", 11, False, 4),
                   ("RVS-advies 2026/03", 11, False, 4)]),
        ("toc", "Inhoud"),
        ("h1", "Samenvatting"),
        ("box", "Kernboodschap", "De wijkverpleegkundige is de spil van de zorg thuis. Maar het werk wordt "
         "steeds meer bepaald door registratie, versnipperde budgetten en tekorten. De RVS pleit voor meer "
         "vertrouwen in de professional, een sterkere beroepsgroep en een wijk die als één geheel wordt "
         "georganiseerd."),
        ("p", "Steeds meer mensen wonen tot op hoge leeftijd thuis, ook als zij intensieve zorg nodig hebben. De "
         "wijkverpleging is daarvoor onmisbaar. Tegelijk loopt de sector vast. Wijkverpleegkundigen besteden "
         "een kwart van hun tijd aan administratie, aanbieders hebben wachtlijsten en een op de vijf vacatures "
         "blijft langer dan een half jaar open."),
        ("p", "De raad stelt vast dat het huidige stelsel de wijkverpleegkundige dwingt tot rekenen in minuten, terwijl "
         "het vak vraagt om oordeelsvermogen en tijd voor het gesprek. In dit advies beschrijft de raad drie "
         "sporen om de wijkverpleging toekomstbestendig te maken. Per spoor doet de raad concrete aanbevelingen "
         "aan het kabinet."),
        ("h1", "1  Inleiding"),
        ("p", "In 2015 werd de wijkverpleging ondergebracht in de Zorgverzekeringswet. Het doel was de "
         "wijkverpleegkundige een centrale rol te geven bij het organiseren van zorg thuis, in verbinding met "
         "het sociaal domein. Tien jaar later is dat doel maar ten dele bereikt.[[1]] De minister van "
         "Volksgezondheid, Welzijn en Sport heeft de raad in 2025 gevraagd te adviseren over de vraag hoe de "
         "wijkverpleging ook in 2040 haar rol kan vervullen."),
        ("p", "Voor dit advies heeft de raad literatuur bestudeerd, cijfers van het CBS en de NZa geanalyseerd en "
         "gesproken met ruim zestig wijkverpleegkundigen, cliënten, mantelzorgers, bestuurders, zorgverzekeraars "
         "en gemeenten. In vier regio's zijn werkbezoeken afgelegd. Een klankbordgroep van wijkverpleegkundigen "
         "heeft het conceptadvies becommentarieerd."),
        ("notes", [(1, "Zie onder meer: NZa, Monitor wijkverpleging 2024, Utrecht 2025; en V&VN, Het vak "
                    "wijkverpleging onder druk, 2025.")]),
        ("h1", "2  Wat er speelt"),
        ("h2", "2.1  Administratie in plaats van aandacht"),
        ("p", "Wijkverpleegkundigen moeten per cliënt bijhouden hoeveel minuten zorg zij leveren. Die registratie is "
         "de basis voor de declaratie bij de zorgverzekeraar. In de gesprekken die de raad voerde, was dit de "
         "meest genoemde bron van frustratie. \u2018Ik sta met mijn telefoon in de hand in plaats van met mijn "
         "aandacht bij de cliënt\u2019, zei een wijkverpleegkundige uit Zwolle."),
        ("p", "Ook de verbinding met het sociaal domein verloopt moeizaam. Als een cliënt een rollator, een "
         "douchestoel of hulp bij het huishouden nodig heeft, moet daarvoor een aparte aanvraag bij de "
         "gemeente worden gedaan. Dat leidt tot vertraging en dubbel werk."),
        ("h2", "2.2  Een beroepsgroep onder druk"),
        ("p", "Het aandeel hbo-opgeleide verpleegkundigen in de wijkverpleging daalt. In sommige regio's bestaat "
         "minder dan een vijfde van de teams uit hbo-verpleegkundigen. Juist zij zijn nodig voor het indiceren "
         "van zorg en het coördineren van complexe situaties. Zij-instromers zijn er wel, maar zij moeten hun "
         "opleiding vaak zelf bekostigen of naast een volledige baan volgen."),
        ("p", "Aanbieders krijgen van zorgverzekeraars doorgaans contracten voor één jaar. Dat maakt het moeilijk "
         "om te investeren in opleiding en in vaste teams. Veel kleine aanbieders werken bovendien zonder "
         "contract, wat de versnippering vergroot."),
        ("h2", "2.3  Versnipperde verantwoordelijkheid"),
        ("p", "Zorg en ondersteuning thuis worden betaald uit drie wetten: de Zorgverzekeringswet, de Wet "
         "maatschappelijke ondersteuning en de Wet langdurige zorg. Elk domein kent eigen regels, budgetten en "
         "loketten. Voor cliënten en professionals is het geheel nauwelijks te overzien. Regionale "
         "samenwerkingsafspraken tussen gemeenten en zorgverzekeraars bestaan, maar zijn vrijblijvend."),
        ("h1", "3  Analyse"),
        ("p", "De raad ziet drie oorzaken. Ten eerste is de bekostiging gericht op verantwoording in plaats van op "
         "vertrouwen. Ten tweede is er te weinig aandacht voor de kwaliteit en de opleiding van de beroepsgroep. "
         "Ten derde is de wijk bestuurlijk opgeknipt, waardoor niemand verantwoordelijk is voor het geheel."),
        ("p", "De raad is zich ervan bewust dat eerdere stelselwijzigingen veel onrust hebben veroorzaakt. Toch "
         "meent de raad dat kleine aanpassingen binnen het bestaande stelsel niet volstaan. De aanbevelingen "
         "hierna combineren maatregelen die op korte termijn kunnen worden genomen met een ingreep in het "
         "stelsel op langere termijn."),
        ("h1", "4  Aanbevelingen"),
        ("p", "De raad doet de volgende aanbevelingen aan het kabinet, geordend naar de drie sporen."),
        ("h3", "Spoor 1  Vertrouwen in de professional"),
        ("np", "1a", R["1a"]), ("np", "1b", R["1b"]),
        ("h3", "Spoor 2  Een sterke beroepsgroep"),
        ("np", "2a", R["2a"]), ("np", "2b", R["2b"]), ("np", "2c", R["2c"]),
        ("h3", "Spoor 3  De wijk als één geheel"),
        ("np", "3a", R["3a"]), ("np", "3b", R["3b"]),
        ("p", "De raad beseft dat de aanbevelingen in spoor 3 een lange adem vragen. Hij adviseert het kabinet "
         "daarom nu al te beginnen met de voorbereiding, zodat een volgend kabinet een besluit kan nemen."),
        ("h1", "Verantwoording"),
        ("p", "Dit advies is voorbereid door een commissie onder voorzitterschap van raadslid prof. dr. H.E. "
         "Lambregts. Het advies is vastgesteld in de raadsvergadering van 14 april 2026."),
        ("small", "Raad voor Volksgezondheid & Samenleving, Postbus 19404, 2500 CK Den Haag. Publicatie 26-03."),
    ]


def response():
    return [
        ("p", "<b>Ministerie van Volksgezondheid, Welzijn en Sport</b>"),
        ("small", "Parnassusplein 5, 2511 VX Den Haag\nPostbus 20350, 2500 EJ Den Haag"),
        ("p", "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG"),
        ("small", "Datum  7 oktober 2026\nKenmerk  4190227-1082353-LZ\nBetreft  Kabinetsreactie op het RVS-advies "
         "\u2018Ruimte in de wijk\u2019"),
        ("p", "Geachte Voorzitter,"),
        ("p", "Op 19 mei 2026 heeft de Raad voor Volksgezondheid & Samenleving (RVS) het advies <i>Ruimte in de "
         "wijk</i> uitgebracht. Met deze brief bied ik u, mede namens de staatssecretaris Jeugd, Preventie en "
         "Sport, de kabinetsreactie op dit advies aan. Het kabinet dankt de raad voor een advies dat de "
         "wijkverpleegkundige zelf zo duidelijk aan het woord laat."),
        ("h2", "Algemeen"),
        ("p", "Het kabinet deelt de analyse dat de wijkverpleging onder druk staat en dat de administratieve "
         "last te hoog is. Het kabinet herkent zich minder in het beeld dat het stelsel van 2015 zijn doel "
         "grotendeels heeft gemist: de wijkverpleging is sindsdien sterker gegroeid dan enig ander onderdeel "
         "van de curatieve zorg. Hieronder reageert het kabinet op de aanbevelingen, gegroepeerd naar thema."),
        ("h2", "Bekostiging en administratie"),
        ("p", "De raad beveelt aan de minutenregistratie af te schaffen en over te stappen op een vast bedrag per "
         "cliënt (aanbeveling 1a). Het kabinet neemt deze aanbeveling over. De NZa is gevraagd de beleidsregel "
         "zo aan te passen dat een maandtarief per cliënt vanaf 1 januari 2028 de standaard wordt. Tot die tijd "
         "loopt in vier regio's een experiment met het maandtarief."),
        ("h2", "Ruimte voor de wijkverpleegkundige"),
        ("p", "Het kabinet onderschrijft de strekking van aanbeveling 1b. Wijkverpleegkundigen krijgen de "
         "bevoegdheid om eenvoudige hulpmiddelen zonder tussenkomst van de gemeente toe te kennen; daarover "
         "worden met de VNG afspraken gemaakt. Voor huishoudelijke ondersteuning blijft de gemeente wel "
         "zelf beslissen, omdat die ondersteuning nauw samenhangt met andere Wmo-voorzieningen en met de "
         "eigen bijdrage."),
        ("p", "De raad pleit daarnaast voor een wettelijke norm voor het aandeel hbo-verpleegkundigen per team "
         "(aanbeveling 2a). Het kabinet neemt deze aanbeveling niet over. Een landelijke norm houdt geen "
         "rekening met verschillen tussen cliëntgroepen en regio's, en zou bij de huidige krapte leiden tot "
         "het sluiten van teams. Het kabinet vertrouwt erop dat aanbieders met het Kwaliteitskader "
         "Wijkverpleging zelf de juiste samenstelling kiezen."),
        ("h2", "Arbeidsmarkt en contractering"),
        ("p", "Wat betreft meerjarige contracten (aanbeveling 2c): het kabinet vindt dit in beginsel een goede "
         "gedachte en zal Zorgverzekeraars Nederland vragen om meerjarige contractering de norm te maken. Een "
         "wettelijke verplichting acht het kabinet niet opportuun, omdat de contractvrijheid van verzekeraars "
         "een wezenlijk onderdeel van het stelsel is."),
        ("p", "De raad vraagt ook om structurele financiering van opleidingsplaatsen voor zij-instromers. Het "
         "kabinet zal bezien of de bestaande subsidieregeling voor opleidingen in de zorg hiervoor kan "
         "worden uitgebreid, en betrekt dit bij de integrale besluitvorming over de begroting voor 2028."),
        ("h2", "Het stelsel"),
        ("p", "In het derde spoor bepleit de raad een overheveling van de wijkverpleging naar de Wmo en een "
         "gezamenlijk regionaal budget (aanbevelingen 3a en 3b). Het kabinet deelt de zorg van de raad over "
         "de versnippering, maar niet de conclusie dat een stelselwijziging de oplossing is. Een nieuwe "
         "overheveling zou opnieuw jaren van onrust betekenen, juist voor een sector die al onder druk staat. "
         "Het kabinet zet daarom in op het versterken van de regionale samenwerking binnen de bestaande wetten, "
         "onder meer via de regioplannen uit het Integraal Zorgakkoord."),
        ("h2", "Tot slot"),
        ("p", "Het kabinet zal de Kamer in het voorjaar van 2027 informeren over de voortgang van het experiment "
         "met het maandtarief en de afspraken met de VNG. Daarnaast organiseert het ministerie in 2027 samen "
         "met V&VN een reeks gesprekken met wijkverpleegkundigen over hun ervaringen."),
        ("p", "Hoogachtend,"),
        ("p", "de minister van Volksgezondheid,\nWelzijn en Sport,\n\n\nmr. drs. J.A. Bruijn"),
    ]


EXPECTED = {
    "recommendations": [
        {"number": "1a", "starts_with": "Schaf de registratie van zorgminuten per cliënt in de wijkverpleging af",
         "reply_contains": "dat een maandtarief per cliënt vanaf 1 januari 2028 de standaard wordt",
         "verdict": "agrees"},
        {"number": "1b", "starts_with": "Geef wijkverpleegkundigen de bevoegdheid om zelfstandig hulpmiddelen en huishoudelijke ondersteuning",
         "reply_contains": "Voor huishoudelijke ondersteuning blijft de gemeente wel zelf beslissen",
         "verdict": "partly"},
        {"number": "2a", "starts_with": "Leg wettelijk vast dat in elk wijkverpleegkundig team ten minste een derde",
         "reply_contains": "Een landelijke norm houdt geen rekening met verschillen tussen cliëntgroepen",
         "verdict": "disagrees"},
        {"number": "2b", "starts_with": "Financier vanaf 2028 structureel een betaalde opleidingsplaats voor iedere zij-instromer",
         "reply_contains": "zal bezien of de bestaande subsidieregeling voor opleidingen in de zorg hiervoor kan worden uitgebreid",
         "verdict": "noted"},
        {"number": "2c", "starts_with": "Spreek met zorgverzekeraars af dat zij met aanbieders van wijkverpleging meerjarige contracten",
         "reply_contains": "zal Zorgverzekeraars Nederland vragen om meerjarige contractering de norm te maken",
         "verdict": "partly", "also": ["agrees"]},
        {"number": "3a", "starts_with": "Breng de wijkverpleging over van de Zorgverzekeringswet naar de Wet maatschappelijke ondersteuning",
         "reply_contains": "maar niet de conclusie dat een stelselwijziging de oplossing is",
         "verdict": "disagrees"},
        {"number": "3b", "starts_with": "Stel per regio één gezamenlijk budget in voor wijkverpleging en Wmo-ondersteuning",
         "reply_contains": "maar niet de conclusie dat een stelselwijziging de oplossing is",
         "verdict": "disagrees"},
    ],
    "unmatched_replies_contain": [
        "Het kabinet herkent zich minder in het beeld dat het stelsel van 2015",
        "informeren over de voortgang van het experiment met het maandtarief",
    ],
    "notes": "Raad voor Volksgezondheid & Samenleving advice on district nursing (fpdf2, Liberation; cover, 'Inhoud' "
             "page, running header, page numbers, a 'Kernboodschap' box that is not a recommendation, footnote) + "
             "the cabinet's reply as a Kamerbrief from the VWS minister (third-person 'het kabinet', 'ik' only in "
             "the opening). Advice: seven recommendations labelled 1a, 1b, 2a, 2b, 2c, 3a, 3b in a hanging number "
             "column under three italic 'Spoor N' sub-headings. Response: the cabinet's own theme headings; "
             "labels appear in parentheses at the end of a paraphrase ('(aanbeveling 1a)', '(aanbeveling 2a)', "
             "'(aanbeveling 2c)', '(aanbevelingen 3a en 3b)') or inline ('aanbeveling 1b'), while 2b is answered "
             "by paraphrase only ('opleidingsplaatsen voor zij-instromers') with no number. Order 1a, 1b, 2a, 2c, "
             "2b, 3a+3b. 1a agrees. 1b partly ('onderschrijft de strekking': medical aids yes, household support "
             "no). 2a disagrees with the split verb 'neemt deze aanbeveling niet over'. 2c partly: 'in beginsel' "
             "a good idea, the minister will ask the insurers' association but refuses the binding form (agrees "
             "defensible as also). 2b noted ('zal bezien', 'betrekt dit bij'). 3a and 3b share one disagreeing "
             "reply ('deelt de zorg ... maar niet de conclusie'). The 'Algemeen' section disputing the report's "
             "finding about the 2015 system and 'Tot slot' answer no recommendation.",
}

if __name__ == "__main__":
    kw = dict(header=f"RVS  |  {T}", footer="{page}", title=T, accent=(0, 105, 95), family="serif", size=11)
    H.build(H.fp_render, advice(), f"{NAME}_advice.pdf", **kw)
    kw.update(header="Kenmerk 4190227-1082353-LZ", footer="Pagina {page}", family="sans", size=10,
              accent=(21, 66, 115))
    H.build(H.fp_render, response(), f"{NAME}_response.pdf", **kw)
    (H.DOCS / f"{NAME}.expected.json").write_text(json.dumps(EXPECTED, indent=2, ensure_ascii=False) + "\n",
                                                  encoding="utf-8")

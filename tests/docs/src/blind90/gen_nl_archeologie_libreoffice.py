"""Round 90 (nl): the EVALUATIE of a municipality's ARCHAEOLOGY POLICY by a regional archaeological service, answered by
the wethouder's MEMO to the raadscommissie (subject headings, no numbers, paraphrase only).

Advice: Regionale Archeologische Dienst Vechtstreek, gemeente Wendelkerk (2-3 p., LibreOffice headless from HTML, serif,
letterhead table, a table of find sites, stamped running head and 'n / m'): the recommendations are seven BOLD
SENTENCES opening paragraphs in chapter 4 'Conclusies en aanbevelingen', between plain 'Wij concluderen ...'
paragraphs; traps: the Erfgoedwet / Omgevingswet 'moet', the 2012 nota quoted with 'moet', numbered find sites.
Response: order 4, 1, 5+6, 3, 2; 7 unanswered. Everything is invented; the laws are cited loosely.

Run: /tmp/blind90nl/bin/python tests/docs/src/blind90/gen_nl_archeologie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b90nl as B  # noqa: E402

NAME = "blind90_nl_archeologie"
F = B.tmp_fonts("B90NL Serif", B.blind_nl.SERIF_FILES)
HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2cm 2cm 2cm; }
body { font-family: 'B90NL Serif'; font-size: 10pt; }
h1 { font-size: 15pt; color: #5a3d1e; } h2 { font-size: 11.5pt; color: #5a3d1e; margin-top: 12pt; }
p { margin: 0 0 6pt 0; line-height: 135%; }
td, th { font-size: 9pt; vertical-align: top; }
</style></head><body>"""

RECS = [
    "Wij adviseren de archeologische verwachtingskaart uit 2012 te actualiseren en de nieuwe kaart op te nemen in het omgevingsplan.",
    "Wij adviseren de vrijstellingsgrens voor bodemingrepen in zones met een hoge verwachting te verlagen van 100 naar 50 vierkante meter.",
    "Wij adviseren in Wendelkerk een eigen steunpunt in te richten waar vondsten tijdelijk kunnen worden opgeslagen en bekeken.",
    "Wij adviseren jaarlijks een publieksdag te organiseren waarop inwoners de recente vondsten uit hun gemeente kunnen zien.",
    "Wij adviseren bij alle gemeentelijke grondwerken een archeoloog van de regionale dienst te laten meekijken.",
    "Wij adviseren de kosten van archeologisch vooronderzoek voor particulieren tot 5.000 euro te vergoeden uit een subsidieregeling.",
    "Wij adviseren de gemeenteraad jaarlijks schriftelijk te informeren over de uitvoering van het archeologiebeleid.",
]


def advice():
    R = ["<p><b>" + r + "</b> " + t + "</p>" for r, t in zip(RECS, [
        "De huidige kaart is gebaseerd op gegevens van voor 2010 en houdt geen rekening met de vondsten aan de Oude Vaart.",
        "Juist in de oude dorpskernen zijn de bouwplannen klein en blijven sporen nu onopgemerkt.",
        "Het provinciaal depot in Amershoven ligt op 45 kilometer; vrijwilligers brengen vondsten nu vaak mee naar huis.",
        "De grote belangstelling voor de opgraving aan de Kerkstraat in 2024 (ruim 1.100 bezoekers) laat zien dat er draagvlak is.",
        "Bij de aanleg van riolering in Noordeinde in 2023 zijn funderingsresten vergraven zonder dat iemand dat zag.",
        "Nu betaalt de initiatiefnemer het onderzoek; voor een particulier met een kleine aanbouw is dat een zware last.",
        "Zo kan de raad zijn kaderstellende rol waarmaken.",
    ])]
    html = HEAD + f"""<table width="100%" cellpadding="4" style="border-bottom: 2px solid #5a3d1e"><tr>
<td><b>Regionale Archeologische Dienst Vechtstreek</b><br>Postbus 118, 3630 AC Amershoven</td>
<td align="right">Kenmerk RAD/2026/044<br>Amershoven, 26 februari 2026</td></tr></table>
<h1>Evaluatie archeologiebeleid gemeente Wendelkerk 2012-2025</h1>
<p><i>Uitgevoerd op verzoek van het college van burgemeester en wethouders van Wendelkerk.</i></p>
<h2>1. Inleiding</h2>
<p>In 2012 stelde de gemeenteraad van Wendelkerk de nota 'Bodem van het verleden' vast. Daarin staat onder meer: 'Het college moet bij elke ruimtelijke ontwikkeling nagaan of archeologische waarden in het geding zijn.' Na dertien jaar vroeg het college de Regionale Archeologische Dienst om te beoordelen hoe dit beleid heeft gewerkt.</p>
<h2>2. Kader</h2>
<p>Op grond van de Erfgoedwet en de Omgevingswet moet de gemeente in het omgevingsplan rekening houden met archeologische monumenten in de bodem. Een vondst moet volgens artikel 5.10 van de Erfgoedwet zo spoedig mogelijk worden gemeld bij de minister. Het provinciaal depot is de wettelijke bewaarplaats voor vondsten uit de gemeente.</p>
<h2>3. Bevindingen</h2>
<p>Sinds 2012 zijn 64 archeologische onderzoeken uitgevoerd. De belangrijkste vindplaatsen staan in de tabel.</p>
<table width="100%" border="1" cellspacing="0" cellpadding="3"><tr bgcolor="#efe6da"><th>Nr.</th><th>Vindplaats</th><th>Periode</th><th>Jaar</th></tr>
<tr><td>1</td><td>Kerkstraat, kerkhof en funderingen</td><td>Late middeleeuwen</td><td>2024</td></tr>
<tr><td>2</td><td>Oude Vaart, nederzetting</td><td>IJzertijd</td><td>2019</td></tr>
<tr><td>3</td><td>Noordeinde, boerderijplaats</td><td>Nieuwe tijd</td><td>2023</td></tr>
<tr><td>4</td><td>Hoge Akker, grafveld</td><td>Romeinse tijd</td><td>2016</td></tr></table>
<p>Het beleid heeft geleid tot waardevolle vondsten, maar in de oude kernen wordt weinig onderzocht omdat de meeste bouwplannen onder de vrijstellingsgrens van 100 vierkante meter blijven.</p>
<h2>4. Conclusies en aanbevelingen</h2>
<p>Wij concluderen dat het beleid in de buitengebieden goed werkt. Wij concluderen ook dat de gemeente te weinig zicht heeft op wat er in de oude kernen verloren gaat.</p>
{R[0]}
{R[1]}
<p>Wij concluderen verder dat vondsten en kennis nog te weinig bij de inwoners terechtkomen.</p>
{R[2]}
{R[3]}
<p>Wij concluderen tot slot dat de gemeente als opdrachtgever niet altijd het goede voorbeeld geeft en dat de kosten ongelijk verdeeld zijn.</p>
{R[4]}
{R[5]}
{R[6]}
<p>Wij zijn graag bereid deze evaluatie toe te lichten in de raadscommissie Ruimte.</p>
<p>drs. Annemiek Hoogland, regioarcheoloog<br>Tijmen Valk MA, beleidsmedewerker erfgoed</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "RAD Vechtstreek - Evaluatie archeologiebeleid Wendelkerk - RAD/2026/044", "{n} / {m}", F["Regular"])


def response():
    html = HEAD + f"""<table width="100%" cellpadding="4" style="border-bottom: 2px solid #5a3d1e"><tr>
<td><b>Gemeente Wendelkerk</b><br>MEMO</td><td align="right">Zaaknummer Z-2026-01873</td></tr></table>
<table cellpadding="2"><tr><td><b>Aan</b></td><td>de leden van de raadscommissie Ruimte</td></tr>
<tr><td><b>Van</b></td><td>wethouder R. (Ruud) Zandbergen, portefeuille Ruimte en Erfgoed</td></tr>
<tr><td><b>Datum</b></td><td>7 april 2026</td></tr>
<tr><td><b>Onderwerp</b></td><td>reactie op de evaluatie van het archeologiebeleid</td></tr></table>
<h2>Aanleiding</h2>
<p>Op uw verzoek informeer ik u over de reactie van het college op de evaluatie die de Regionale Archeologische Dienst in februari heeft uitgebracht. De evaluatie staat geagendeerd voor uw vergadering van 21 april.</p>
<h2>Zichtbaarheid voor inwoners</h2>
<p>Het college deelt de wens om vondsten dichter bij de inwoners te brengen. Wij organiseren vanaf dit jaar elk jaar een archeologiedag in het gemeentehuis; de eerste vindt plaats op zaterdag 12 september 2026, tijdens de Open Monumentendag.</p>
<h2>Een nieuwe verwachtingskaart</h2>
<p>De opdracht voor een geactualiseerde verwachtingskaart is in maart verstrekt aan de Regionale Archeologische Dienst. De nieuwe kaart wordt eind 2026 opgeleverd en daarna als wijziging van het omgevingsplan aan de raad voorgelegd.</p>
<h2>De gemeente als opdrachtgever en de kosten voor inwoners</h2>
<p>Bij eigen grondwerken van de gemeente schakelen wij de regionale dienst voortaan in bij projecten groter dan 500 vierkante meter en bij alle werken in de historische kern; voor kleinere werken buiten de kern blijft de bestaande meldplicht van de aannemer gelden. Een subsidieregeling voor particulieren komt er niet. Het college vindt het juist dat de veroorzaker de kosten draagt, en de begroting biedt daarvoor geen ruimte.</p>
<h2>Opslag van vondsten</h2>
<p>Het idee van een eigen steunpunt spreekt ons aan, maar de bewaring van vondsten is een taak van de provincie. Wij hebben de vraag daarom voorgelegd aan Gedeputeerde Staten en wachten hun standpunt af voordat wij een besluit nemen.</p>
<h2>De vrijstellingsgrens</h2>
<p>Het college ziet geen aanleiding de grens van 100 vierkante meter te verlagen. Een lagere grens zou vooral inwoners met kleine verbouwingen treffen en leidt tot meer onderzoek zonder dat daar veel vondsten tegenover staan.</p>
<h2>Stand van zaken Kerkstraat</h2>
<p>Los van de evaluatie meld ik dat de uitwerking van de opgraving aan de Kerkstraat bijna klaar is; het eindrapport verschijnt naar verwachting in juni 2026.</p>
<h2>Tot slot</h2>
<p>Ik dank de Regionale Archeologische Dienst voor de heldere evaluatie en ga graag met u in gesprek over de keuzes van het college.</p>
<p>Ruud Zandbergen, wethouder</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Wendelkerk - memo Z-2026-01873", "{n} / {m}", F["Regular"])


EXP = [
    (1, "Wij adviseren de archeologische verwachtingskaart uit 2012 te actualiseren", "De opdracht voor een geactualiseerde verwachtingskaart is in maart verstrekt", "agrees"),
    (2, "Wij adviseren de vrijstellingsgrens voor bodemingrepen in zones met een", "ziet geen aanleiding de grens van 100 vierkante meter te verlagen", "disagrees"),
    (3, "Wij adviseren in Wendelkerk een eigen steunpunt in te richten", "voorgelegd aan Gedeputeerde Staten en wachten hun standpunt af", "noted"),
    (4, "Wij adviseren jaarlijks een publieksdag te organiseren waarop inwoners de", "Wij organiseren vanaf dit jaar elk jaar een archeologiedag", "agrees"),
    (5, "Wij adviseren bij alle gemeentelijke grondwerken een archeoloog van de", "voortaan in bij projecten groter dan 500 vierkante meter", "partly"),
    (6, "Wij adviseren de kosten van archeologisch vooronderzoek voor particulieren tot", "Een subsidieregeling voor particulieren komt er niet", "disagrees"),
    (7, "Wij adviseren de gemeenteraad jaarlijks schriftelijk te informeren over de", None, "unanswered"),
]
UNMATCHED = ["informeer ik u over de reactie van het college",
             "het eindrapport verschijnt naar verwachting in juni 2026",
             "ga graag met u in gesprek over de keuzes"]
NOTES = ("Advice: evaluation of a municipal archaeology policy by a regional archaeological service (RAD Vechtstreek, "
         "gemeente Wendelkerk); the seven recommendations are UNNUMBERED BOLD SENTENCES 'Wij adviseren ...' opening "
         "paragraphs in chapter 4, each followed by a plain explanation, between plain 'Wij concluderen ...' paragraphs; "
         "traps: the 2012 nota quoted with 'moet', Erfgoedwet/Omgevingswet with 'moet', artikel 5.10, a numbered table of "
         "find sites, an offer to explain. Response: wethouder's memo to the raadscommissie under subject headings, no "
         "numbers, paraphrase only, order 4, 1, 5+6, 3, 2. Shared section 'De gemeente als opdrachtgever en de kosten': 5 "
         "partly (only > 500 m2 and the historic core) + 6 disagrees (no subsidy). 3 noted (passed to GS). 2 disagrees. 7 "
         "(yearly report to the raad) unanswered. 'Aanleiding', 'Stand van zaken Kerkstraat' and 'Tot slot' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

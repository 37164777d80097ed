"""Round 109 (nl): the ADVIES of the GEBRUIKERSOVERLEG of a Dutch municipal KUNSTIJSBAAN (skating clubs, schools,
recreational skaters) on the operator's concept-EXPLOITATIEPLAN 2027-2031, answered by the Sportbedrijf's REACTIE EN
ACTIEPLAN: an action table 'Actie | Betreft | Reactie | Planning' citing the codes '(IJ-4)' etc.

Advice (Chromium headless, sans, navy title band, a grey sidebar 'Kerncijfers' beside the main column, stamped head
from p. 2, 'pagina n van m'): findings with traps (Arbobesluit / the Activiteitenbesluit 'moet', the 2022 advice
quoted with 'moet', 'artikel 5 van de beheerovereenkomst', dates), recommendations CODED BOXES IJ-1 to IJ-7 (expected
1-7). Response order IJ-4, IJ-7+IJ-1, IJ-2, IJ-6, IJ-3; IJ-5 unanswered. All invented.

Run: /tmp/blind109nl/bin/python tests/docs/src/blind109/gen_nl_kunstijsbaan_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b109nl as B  # noqa: E402

NAME = "blind109_nl_kunstijsbaan"
F = B.tmp_fonts()
FAM = "B109NL Sans"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 20mm 17mm 18mm 17mm; }}
body {{ font-family: '{FAM}'; font-size: 9.8pt; line-height: 1.42; color: #111; }}
.band {{ background: #1b2f5b; color: #fff; padding: 10px 14px; }}
.band h1 {{ font-size: 16pt; margin: 2px 0; }}
.band p {{ margin: 0; font-size: 8.5pt; }}
.wrap {{ display: flex; gap: 14px; margin-top: 10px; }}
.main {{ flex: 1; }}
.side {{ width: 48mm; background: #eceef2; padding: 8px 10px; font-size: 8.5pt; align-self: flex-start; }}
h2 {{ color: #1b2f5b; font-size: 11.5pt; margin: 12px 0 4px; }}
.rec {{ border: 1px solid #1b2f5b; border-left: 5px solid #1b2f5b; padding: 5px 9px; margin: 6px 0; break-inside: avoid; }}
.rec b.code {{ color: #1b2f5b; }}
table {{ border-collapse: collapse; width: 100%; font-size: 9pt; }}
td, th {{ border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: left; }}
th {{ background: #dde3ee; }}
</style>"""

RECS = [
    ("IJ-1", "Handhaaf de opening van het schaatsseizoen in de eerste week van oktober en stel die niet uit tot "
             "half november."),
    ("IJ-2", "Reserveer op doordeweekse ochtenden vaste ijstijd voor schoolschaatsen van de groepen 5 tot en met 8."),
    ("IJ-3", "Beperk de stijging van de tarieven voor verenigingsijsuren tot de jaarlijkse inflatiecorrectie."),
    ("IJ-4", "Leg zonnepanelen op het dak van de ijshal en gebruik de restwarmte van de koelinstallatie voor het "
             "zwembad."),
    ("IJ-5", "Richt langs de baan een verwarmde ruimte in voor ouders en begeleiders tijdens trainingen."),
    ("IJ-6", "Onderzoek met de buurgemeenten een regionale verdeling van ijstijd voor de marathon- en "
             "langebaantraining."),
    ("IJ-7", "Houd de zondagmiddag volledig beschikbaar voor recreatief schaatsen en verhuur die uren niet aan "
             "derden."),
]

recs = "".join(f'<div class="rec"><b class="code">Advies {c}</b><br>{t}</div>' for c, t in RECS)
ADVICE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<div class="band"><p>Gebruikersoverleg Kunstijsbaan De IJsselvlakte - Wermeloo</p>
<h1>Advies concept-Exploitatieplan 2027-2031</h1>
<p>Aan de directie van Sportbedrijf Wermeloo en het college van B en W | kenmerk GOK-2026-05 | 22 september 2026</p></div>
<div class="wrap"><div class="main">
<h2>Inleiding</h2>
<p>Het Sportbedrijf Wermeloo heeft het Gebruikersoverleg op 1 juli 2026 gevraagd te adviseren over het
concept-Exploitatieplan 2027-2031 van de kunstijsbaan. In het overleg zitten de ijsclubs IJsselvlakte en De Rap,
de schoolsportcoördinator, twee recreatieve schaatsers en een vertegenwoordiger van de shorttrackvereniging. Het
overleg is op 8 en 15 september bijeengekomen. Artikel 5 van de beheerovereenkomst tussen gemeente en Sportbedrijf
schrijft voor dat het gebruikersoverleg wordt gehoord over wijzigingen in de openstelling.</p>
<h2>Wat het concept voorstelt</h2>
<p>Om energie te besparen wil het Sportbedrijf het seizoen later laten beginnen (half november in plaats van begin
oktober) en de tarieven voor verenigingen in twee jaar met 18 procent verhogen. De energiekosten van de baan zijn
sinds 2021 meer dan verdubbeld. Volgens het Activiteitenbesluit moet de koelinstallatie met ammoniak bovendien voor
2028 worden aangepast; die investering is in het plan opgenomen.</p>
<h2>Onze beoordeling</h2>
<p>Het overleg begrijpt de noodzaak om te besparen, maar vindt dat het concept te eenzijdig kijkt naar kosten. In
ons advies van 2022 schreven wij: 'De ijsbaan moet eerst een sportvoorziening zijn en pas daarna een
bedrijfsonderdeel.' Dat uitgangspunt is in het concept niet terug te vinden. Een latere opening kost de ijsclubs
zes weken training en maakt deelname aan de eerste landelijke wedstrijden onmogelijk. De kantine sluit al om 21.00
uur; begeleiders staan tijdens trainingen in de kou. De zondagmiddag is het drukste recreatieve moment van de week.</p>
<h2>Advies</h2>
<p>Het Gebruikersoverleg adviseert het Sportbedrijf en het college het volgende:</p>
{recs}
<p>Wij lichten dit advies graag toe in een gesprek met de directie. De leden van het overleg zijn beschikbaar in de
weken van 5 en 12 oktober.</p>
<p>Namens het Gebruikersoverleg,<br>Wietske Bouma, voorzitter<br>Ruben Koster, secretaris</p>
</div>
<div class="side"><b>Kerncijfers seizoen 2025-2026</b><br><br>
Openingsdagen: 168<br>Bezoekers recreatief: 61.400<br>Verenigingsleden: 1.140<br>Schoolschaatsen: 38 klassen<br>
Energiekosten: 412.000 euro<br>Dekkingsgraad: 64 procent<br><br>
<b>Uit het concept</b><br>Opening: 16 november<br>Tariefstijging verenigingen: 18 procent in twee jaar<br><br>
<b>Let op</b><br>Een ijsbaan moet volgens de NOC*NSF-norm minstens 400 meter lang zijn voor officiële langebaanwedstrijden;
De IJsselvlakte voldoet daaraan.</div></div>
</body></html>"""

ROWS = [
    ("1", "Energie (IJ-4)", "Het Sportbedrijf heeft in augustus 2026 opdracht gegeven voor 620 zonnepanelen op het "
     "dak van de ijshal; de koppeling van de restwarmte aan het zwembad wordt gelijktijdig met de vervanging van de "
     "koelinstallatie uitgevoerd.", "Panelen gereed maart 2027"),
    ("2", "Seizoen en zondagmiddag (IJ-7 en IJ-1)", "De zondagmiddag blijft voor recreatief schaatsen, met "
     "uitzondering van vier zondagen per seizoen waarop de baan voor wedstrijden wordt verhuurd. Aan de latere "
     "opening houden wij vast: vervroegen naar begin oktober kost circa 70.000 euro aan energie, en daarvoor is geen "
     "dekking.", "Seizoen 2027-2028"),
    ("3", "Schoolschaatsen (IJ-2)", "Akkoord. Op dinsdag- en donderdagochtend van 9.00 tot 11.30 uur is de baan vanaf "
     "het volgende seizoen gereserveerd voor de basisscholen.", "Vanaf november 2027"),
    ("4", "Regionale samenwerking (IJ-6)", "Wij leggen dit voorstel voor aan het ambtelijk sportoverleg van de regio. "
     "Of een verdeling van ijstijd tussen de banen haalbaar is, kunnen wij nu niet toezeggen.", "Overleg voorjaar 2027"),
    ("5", "Tarieven verenigingen (IJ-3)", "De energiekosten laten een beperking tot de inflatiecorrectie niet toe. De "
     "tarieven stijgen zoals in het concept voorgesteld; het plan blijft op dit punt ongewijzigd.", "1 januari 2027"),
    ("6", "Onderhoud koelinstallatie", "Ter informatie: de baan is van 20 april tot 1 juli 2027 gesloten voor de "
     "vervanging van de ammoniakinstallatie. Buitenschoolse activiteiten in de hal gaan in die periode niet door.",
     "Voorjaar 2027"),
]
trs = "".join(f"<tr><td>{a}</td><td><b>{b}</b></td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ROWS)
RESPONSE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<div class="band"><p>Sportbedrijf Wermeloo - directie</p><h1>Reactie en actieplan</h1>
<p>Op het advies van het Gebruikersoverleg Kunstijsbaan (GOK-2026-05) | kenmerk SBW/D/2026/219 | 3 november 2026</p></div>
<p style="margin-top:10px">De directie heeft het advies van het Gebruikersoverleg besproken met het college en de
afdeling Vastgoed. Wij danken de leden voor hun snelle en concrete inbreng in een voor de ijsbaan lastige periode.
Hieronder staat per onderwerp wat wij met het advies doen en wanneer.</p>
<table><tr><th>Actie</th><th>Betreft</th><th>Reactie Sportbedrijf</th><th>Planning</th></tr>{trs}</table>
<p style="margin-top:10px">Het definitieve Exploitatieplan 2027-2031 wordt op 10 december 2026 door het college
vastgesteld en daarna naar het Gebruikersoverleg gestuurd. De directie blijft graag twee keer per jaar met het overleg
in gesprek.</p>
<p>Marloes Timmer<br>directeur Sportbedrijf Wermeloo</p>
</body></html>"""


def expected():
    recs = [
        (1, "Handhaaf de opening van het schaatsseizoen in de eerste week",
         "Aan de latere opening houden wij vast", "disagrees"),
        (2, "Reserveer op doordeweekse ochtenden vaste ijstijd voor schoolschaatsen",
         "Op dinsdag- en donderdagochtend van 9.00 tot 11.30 uur", "agrees"),
        (3, "Beperk de stijging van de tarieven voor verenigingsijsuren",
         "het plan blijft op dit punt ongewijzigd", "disagrees"),
        (4, "Leg zonnepanelen op het dak van de ijshal",
         "opdracht gegeven voor 620 zonnepanelen op het dak", "agrees"),
        (5, "Richt langs de baan een verwarmde ruimte in voor ouders", None, "unanswered"),
        (6, "Onderzoek met de buurgemeenten een regionale verdeling van ijstijd",
         "Wij leggen dit voorstel voor aan het ambtelijk sportoverleg", "noted"),
        (7, "Houd de zondagmiddag volledig beschikbaar voor recreatief schaatsen",
         "met uitzondering van vier zondagen per seizoen", "partly"),
    ]
    unmatched = ["Wij danken de leden voor hun snelle en concrete inbreng",
                 "gesloten voor de vervanging van de ammoniakinstallatie",
                 "De directie blijft graag twee keer per jaar"]
    notes = ("Dutch kunstijsbaan gebruikersoverleg advice (Chromium, 2 p., navy band, grey sidebar 'Kerncijfers' with "
             "a 'moet' trap): findings (art. 5 beheerovereenkomst, Activiteitenbesluit 'moet', the 2022 advice "
             "quoted with 'moet', 18 procent); recommendations CODED BOXES 'Advies IJ-1'-'Advies IJ-7' (expected "
             "1-7). Response: Sportbedrijf's reactie en actieplan, a table 'Actie | Betreft | Reactie | Planning' "
             "citing the codes, order IJ-4, IJ-7+IJ-1, IJ-2, IJ-6, IJ-3; row 2 = IJ-7 partly (four Sundays hired "
             "out) + IJ-1 disagrees (later opening kept); IJ-4 agrees (panels ordered); IJ-2 agrees; IJ-6 noted; "
             "IJ-3 disagrees; IJ-5 (verwarmde ruimte) unanswered; the intro, row 6 'Onderhoud koelinstallatie' and "
             "the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Gebruikersoverleg Kunstijsbaan De IJsselvlakte - advies GOK-2026-05",
            "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Sportbedrijf Wermeloo - reactie en actieplan SBW/D/2026/219",
            "pagina {n} van {m}", F["Regular"])
    expected()

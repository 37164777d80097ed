"""Round 93 (nl): the EVALUATIE of a municipality's COFFEESHOPBELEID by a research bureau for the burgemeester,
answered by the burgemeester's ACTIEPLAN (a table citing the recommendation numbers).

Advice: Bureau Kompaan, 'Evaluatie coffeeshopbeleid Brederwaard 2021-2025' (2 p., Chromium, sans, purple band,
text in two columns, @page head and 'pagina n van m'): conclusions C1-C4, the AHOJG-criteria and Opiumwet art. 13b
'moet', the 2019 evaluation quoted with 'moet', figures; the seven recommendations in BOXES 'Aanbeveling 1' ...
'Aanbeveling 7' (label line + text). Response: 'Actieplan coffeeshopbeleid 2026' of the burgemeester (1 p.,
Chromium, table Aanbeveling / Standpunt / Actie / Gereed), order 6, 2, '3 en 5', 1, 4; 7 unanswered; the
introduction, 'Experiment gesloten coffeeshopketen' and the closing answer nothing. Everything is invented; laws
are cited loosely.

Run: /tmp/blind93nl/bin/python tests/docs/src/blind93/gen_nl_coffeeshop_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b93nl as B  # noqa: E402

NAME = "blind93_nl_coffeeshop"
B.tmp_fonts()
FAM = "B93NL Sans"

CSS = """
@page { size: A4; margin: 22mm 17mm 20mm 17mm;
  @top-left { content: "%s"; font: 7.5pt '%s'; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt '%s'; color: #666; } }
body { font-family: '%s'; font-size: 9.2pt; line-height: 1.36; margin: 0; }
h1 { font-size: 16pt; color: #5b2a86; margin: 4pt 0 4pt 0; }
h2 { font-size: 10.5pt; color: #5b2a86; margin: 8pt 0 3pt 0; }
.band { background: #5b2a86; color: white; padding: 5pt 8pt; font-weight: bold; font-size: 9pt; }
.cols { column-count: 2; column-gap: 14pt; }
p { margin: 0 0 5pt 0; }
.box { border: 1.2pt solid #5b2a86; background: #f4eff9; padding: 4pt 6pt; margin: 0 0 6pt 0;
       break-inside: avoid; }
.box .lab { font-weight: bold; color: #5b2a86; display: block; }
.concl { padding-left: 20pt; text-indent: -20pt; }
q, .quote { font-style: italic; }
.quote { margin: 0 10pt 5pt 10pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt; }
td, th { border: 0.6pt solid #999; padding: 4pt 5pt; vertical-align: top; text-align: left; }
th { background: #e7ddf1; }
.meta td { border: none; padding: 1pt 6pt 1pt 0; }
.small { font-size: 7.8pt; color: #444; }
"""


def css(head):
    return CSS % (head, FAM, FAM, FAM)


def box(n, t):
    return f'<div class="box"><span class="lab">Aanbeveling {n}</span>{t}</div>'


RECS = [
    "Verplaats de coffeeshop aan de Kerkstraat naar een locatie buiten de historische binnenstad.",
    "Neem in het coffeeshopbeleid een afstandscriterium van 250 meter tot scholen voor voortgezet onderwijs op.",
    "Controleer elke coffeeshop ten minste twee keer per jaar onaangekondigd op de handelsvoorraad.",
    "Start samen met de GGD een voorlichtingsprogramma over cannabisgebruik op de mbo-scholen in Brederwaard.",
    "Verruim de openingstijden van de coffeeshops op vrijdag en zaterdag tot 01.00 uur.",
    "Richt een centraal meldpunt in voor overlast rond coffeeshops, bereikbaar voor omwonenden en ondernemers.",
    "Evalueer het coffeeshopbeleid voortaan elke drie jaar en betrek daarbij de gemeenteraad.",
]

ADVICE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Evaluatie coffeeshopbeleid</title>
<style>%(css)s</style></head><body>
<div class="band">Bureau Kompaan - onderzoek en advies openbare orde</div>
<h1>Evaluatie coffeeshopbeleid Brederwaard 2021-2025</h1>
<table class="meta"><tr><td>Opdrachtgever</td><td>de burgemeester van Brederwaard</td></tr>
<tr><td>Datum</td><td>26 januari 2026</td></tr><tr><td>Projectnummer</td><td>BK-25-118</td></tr></table>
<div class="cols">
<h2>1 Opdracht</h2>
<p>De burgemeester van Brederwaard heeft Bureau Kompaan gevraagd het coffeeshopbeleid over de periode 2021-2025
te evalueren. Brederwaard telt drie gedoogde coffeeshops: twee in de binnenstad en een aan de Havenweg. Wij
spraken met 19 betrokkenen, onder wie de exploitanten, omwonenden, politie, het Openbaar Ministerie en drie
scholen, en analyseerden de meldingen en controles van de afgelopen vijf jaar.</p>
<h2>2 Kader</h2>
<p>Het gedoogbeleid berust op de Aanwijzing Opiumwet van het Openbaar Ministerie. Een coffeeshop moet voldoen
aan de AHOJG-criteria: geen affichering, geen harddrugs, geen overlast, geen verkoop aan jeugdigen en geen grote
hoeveelheden. De handelsvoorraad mag niet meer dan 500 gram bedragen. Bij overtreding moet de burgemeester op
grond van artikel 13b van de Opiumwet en het handhavingsbeleid een sanctie opleggen, oplopend tot sluiting.</p>
<p>In de evaluatie van 2019 stond: <q>De gemeente moet de controles op de coffeeshops uitbreiden en de
resultaten jaarlijks aan de raad melden.</q> De jaarlijkse rapportage is sinds 2021 ingevoerd.</p>
<h2>3 Bevindingen</h2>
<p><b>Ligging en bereikbaarheid.</b> De coffeeshops aan de Kerkstraat en de Vismarkt liggen in het
kernwinkelgebied, op loopafstand van het station. Bezoekers komen voor ongeveer een derde uit andere gemeenten,
vooral op vrijdag- en zaterdagavond. Omwonenden van de Kerkstraat noemen geluid, geparkeerde auto's met
draaiende motor en blowen in portieken als voornaamste hinder.</p>
<p><b>Jeugd en scholen.</b> Het Stedelijk Lyceum ligt op 310 meter van de coffeeshop aan de Vismarkt; de andere
scholen liggen verder weg. Het beleid kent geen afstandscriterium. De scholen melden geen toename van gebruik,
maar de mbo-instelling ziet wel meer leerlingen die onder invloed in de les komen.</p>
<p><b>Controle en handhaving.</b> Controles worden uitgevoerd door twee handhavers samen met de politie. In de
onderzochte periode zijn twee waarschuwingen gegeven wegens een te grote voorraad en is eenmaal een
bestuurlijke boete opgelegd. Het aantal controles nam af doordat de handhavers ook op andere taken werden
ingezet.</p>
<p><b>Openingstijden.</b> De coffeeshops mogen open zijn van 10.00 tot 23.00 uur, op vrijdag en zaterdag tot
24.00 uur. Twee exploitanten hebben gevraagd die tijden te verruimen, omdat bezoekers na sluiting naar de
straathandel zouden uitwijken. De politie herkent dat beeld niet.</p>
<p><b>Meldingen.</b> Overlast kan worden gemeld bij de politie, bij het algemene nummer van de gemeente en bij
de wijkboa. Een totaaloverzicht ontbreekt, zodat niet goed te zien is of maatregelen effect hebben.</p>
<h2>4 Conclusies</h2>
<p class="concl"><b>C1</b> Het beleid werkt in grote lijnen: er zijn in vijf jaar geen harddrugs
aangetroffen en geen verkoop aan minderjarigen vastgesteld.</p>
<p class="concl"><b>C2</b> De overlast concentreert zich rond de Kerkstraat: 71 van de 118
overlastmeldingen in 2025 kwamen uit die straat.</p>
<p class="concl"><b>C3</b> Het aantal controles op de handelsvoorraad daalde van 9 in 2021 naar 3 in
2025.</p>
<p class="concl"><b>C4</b> Meldingen komen via drie kanalen binnen en worden niet centraal
geregistreerd.</p>
<p class="small">Tabel: overlastmeldingen 2021: 64 - 2022: 72 - 2023: 90 - 2024: 103 - 2025: 118.</p>
<h2>5 Aanbevelingen</h2>
<p>Op basis van deze conclusies doen wij de burgemeester de volgende zeven aanbevelingen.</p>
%(boxes)s
<h2>6 Verantwoording</h2>
<p>Het onderzoek is uitgevoerd tussen september en december 2025. Een concept van dit rapport is op 12 januari
2026 besproken met de begeleidingscommissie; feitelijke opmerkingen zijn verwerkt.</p>
</div></body></html>"""

RESPONSE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Actieplan coffeeshopbeleid</title>
<style>%(css)s</style></head><body>
<div class="band">Gemeente Brederwaard - de burgemeester</div>
<h1>Actieplan coffeeshopbeleid 2026</h1>
<table class="meta"><tr><td>Aan</td><td>de gemeenteraad van Brederwaard</td></tr>
<tr><td>Datum</td><td>10 maart 2026</td></tr><tr><td>Kenmerk</td><td>BGM/OOV 2026-0211</td></tr></table>
<h2>Inleiding</h2>
<p>Bureau Kompaan heeft in mijn opdracht het coffeeshopbeleid over de jaren 2021-2025 geëvalueerd. Ik ben blij
met de heldere conclusies en bied u het rapport hierbij aan, samen met dit actieplan. In de driehoek van
3 maart is het actieplan afgestemd met politie en Openbaar Ministerie.</p>
<h2>Wat ik met de aanbevelingen doe</h2>
<table><tr><th style="width:14%%">Aanbeveling</th><th style="width:16%%">Standpunt</th><th>Actie</th>
<th style="width:13%%">Gereed</th></tr>
<tr><td>6</td><td>Overnemen</td><td>Vanaf 1 april 2026 is er een centraal overlastnummer; alle meldingen komen
in het systeem van de afdeling Openbare Orde terecht.</td><td>1 april 2026</td></tr>
<tr><td>2</td><td>Overnemen</td><td>Het afstandscriterium van 250 meter wordt opgenomen in de beleidsregels;
de bestaande coffeeshops voldoen daar al aan.</td><td>juni 2026</td></tr>
<tr><td>3 en 5</td><td>3: overnemen<br>5: niet overnemen</td><td>De handhavers controleren de voorraad vanaf
dit jaar twee keer per jaar zonder aankondiging. Langere openingstijden wijs ik af: de overlast in het weekend
is juist het grootst na middernacht.</td><td>doorlopend</td></tr>
<tr><td>1</td><td>Niet overnemen</td><td>Een verplaatsing is juridisch en financieel niet haalbaar; de
vergunning loopt tot 2031. Ik zet in plaats daarvan in op extra toezicht in de Kerkstraat.</td><td>-</td></tr>
<tr><td>4</td><td>Deels overnemen</td><td>De GGD geeft voorlichting op het Da Vinci College bij wijze van
proef; uitbreiding naar de andere mbo-scholen hangt af van de resultaten.</td><td>schooljaar 2026-2027</td></tr>
</table>
<h2>Experiment gesloten coffeeshopketen</h2>
<p>Brederwaard doet niet mee aan het landelijke experiment. Ik volg de uitkomsten van de
deelnemende gemeenten en informeer u als die aanleiding geven tot een nieuwe afweging.</p>
<h2>Tot slot</h2>
<p>Over de voortgang van dit actieplan rapporteer ik u in de jaarlijkse veiligheidsrapportage, voor het eerst
in het voorjaar van 2027.</p>
<p>De burgemeester van Brederwaard,<br>mr. Ingrid Sloothaak</p>
</body></html>"""


B.chromium_pdf(ADVICE % {"css": css("Bureau Kompaan - Evaluatie coffeeshopbeleid Brederwaard 2021-2025"),
                         "boxes": "\n".join(box(i + 1, t) for i, t in enumerate(RECS))}, NAME + "_advice.pdf")
B.chromium_pdf(RESPONSE % {"css": css("Gemeente Brederwaard - Actieplan coffeeshopbeleid 2026")},
               NAME + "_response.pdf")
B.write_expected(NAME, [
    (1, "Verplaats de coffeeshop aan de Kerkstraat naar een locatie", "een verplaatsing is juridisch en financieel "
     "niet haalbaar", "disagrees"),
    (2, "Neem in het coffeeshopbeleid een afstandscriterium van 250 meter", "wordt opgenomen in de beleidsregels",
     "agrees"),
    (3, "Controleer elke coffeeshop ten minste twee keer per jaar", "controleren de voorraad vanaf dit jaar twee "
     "keer per jaar", "agrees"),
    (4, "Start samen met de GGD een voorlichtingsprogramma over cannabisgebruik", "op het da vinci college bij "
     "wijze van proef", "partly"),
    (5, "Verruim de openingstijden van de coffeeshops op vrijdag en zaterdag", "langere openingstijden wijs ik af",
     "disagrees"),
    (6, "Richt een centraal meldpunt in voor overlast rond coffeeshops", "vanaf 1 april 2026 is er een centraal "
     "overlastnummer", "agrees"),
    (7, "Evalueer het coffeeshopbeleid voortaan elke drie jaar en betrek", None, "unanswered"),
], ["ik ben blij met de heldere conclusies en bied",
    "brederwaard doet niet mee aan het landelijke experiment",
    "rapporteer ik u in de jaarlijkse veiligheidsrapportage"],
   "Advice: a research bureau's policy evaluation in two columns; conclusions C1-C4 (hanging codes), AHOJG and "
   "Opiumwet art. 13b 'moet', the 2019 evaluation quoted with 'moet', figures; the recommendations as BOXES "
   "'Aanbeveling 1'-'Aanbeveling 7'. Response: the burgemeester's actieplan, a table Aanbeveling / Standpunt / Actie "
   "/ Gereed citing the numbers, order 6, 2, '3 en 5', 1, 4; row '3 en 5' = 3 agrees + 5 disagrees; 1 disagrees; 4 "
   "partly (one school as a pilot); 7 unanswered; Inleiding, 'Experiment gesloten coffeeshopketen' and 'Tot slot' "
   "answer nothing.")

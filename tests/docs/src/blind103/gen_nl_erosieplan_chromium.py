"""Round 103 (nl): the ADVIES of a Flemish intergemeentelijke EROSIECOÖRDINATOR (a project vereniging) on a
gemeente's ontwerp-erosiebestrijdingsplan, answered by the college van burgemeester en schepenen's LETTER with
'Aanbeveling N' headings (a sidebar letter).

Advice (Chromium, sans, brown-ruled letterhead, a 'Kerncijfers' sidebar beside the findings, @page running head
from p. 2, 'p. n/m'): Erosiebesluit art. 5 'moet', the 2019 advice quoted with 'moet', a damage table; the
recommendations are the ROWS of a table 'Nr. | Aanbeveling | Waar | Termijn' (after a findings table 'Nr. |
Vaststelling' of the same shape, numbered V1-V4). Response: letter, order 3, 2+4, 6, 1, 5; 7 unanswered. All invented.

Run: /tmp/blind103nl/bin/python tests/docs/src/blind103/gen_nl_erosieplan_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b103nl as B  # noqa: E402

NAME = "blind103_nl_erosieplan"
F = B.tmp_fonts()

CSS = """<style>
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 19mm 20mm 19mm;
  @bottom-right { content: "p. " counter(page) "/" counter(pages); font: 7.5pt K; color: #555; }
  @top-left { content: "%s"; font: 7.5pt K; color: #555; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.4pt; line-height: 1.42; color: #111; }
.head { border-bottom: 2.5pt solid #7a4b1c; padding-bottom: 6pt; margin-bottom: 10pt; }
.head b { font-size: 13.5pt; color: #7a4b1c; display: block; } .head span { font-size: 8pt; color: #444; }
h1 { font-size: 14.5pt; margin: 6pt 0 4pt; } h2 { font-size: 10.8pt; color: #7a4b1c; margin: 12pt 0 4pt; }
.meta { font-size: 8.3pt; color: #333; }
.wrap { display: flex; gap: 12pt; } .main { flex: 3; } .main p { margin: 0 0 6pt; }
.side { flex: 1.1; background: #f4ece2; border-top: 3pt solid #7a4b1c; padding: 6pt 8pt; font-size: 8.2pt; }
.quote { font-style: italic; margin: 4pt 16pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; margin: 4pt 0 8pt; }
th { background: #7a4b1c; color: #fff; text-align: left; padding: 3pt 5pt; }
td { border-bottom: 0.6pt solid #bba58c; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
.lw { display: flex; gap: 16pt; } .lside { flex: 1; font-size: 8pt; color: #444; border-right: 1pt solid #bba58c;
  padding-right: 8pt; } .lbody { flex: 3.4; } .lbody p { margin: 0 0 7pt; }
h3 { font-size: 9.8pt; margin: 10pt 0 3pt; color: #7a4b1c; }
</style>"""


def css(head):
    return CSS % (F["Regular"], F["Bold"], F["Italic"], head)


adv = "<html><head><meta charset='utf-8'>" + css("EVZ/ADV/2026/022 - advies ontwerp-erosiebestrijdingsplan "
                                                  "Wortegem-Zulle") + """</head><body>
<div class="head"><b>Erosievereniging Vlaamse Zandstreek</b>
<span>Intergemeentelijke projectvereniging  |  Stationsplein 6, 9790 Wortegem  |  erosie@evz-vlaanderen.be</span></div>
<p class="meta">Aan het college van burgemeester en schepenen van de gemeente Wortegem-Zulle<br>
Ons kenmerk: EVZ/ADV/2026/022 - Uw kenmerk: OMG/2026/0715<br>Datum: 1 oktober 2026</p>
<h1>Advies over het ontwerp van gemeentelijk erosiebestrijdingsplan 2027-2032</h1>
<div class="wrap"><div class="main">
<p>Op 2 september 2026 vroeg u de erosiecoördinator van onze projectvereniging om advies over het ontwerp van
erosiebestrijdingsplan dat de gemeenteraad in december 2026 zal vaststellen. Wij bezochten op 17 en 18 september
de knelpunten in de deelgemeenten Zulle en Ter Hulst, samen met de landbouwers van de betrokken percelen, de
dienst Omgeving en de brandweerzone.</p>
<p>Artikel 5 van het Erosiebesluit bepaalt dat het gemeentelijk plan moet aangeven welke kleinschalige
maatregelen op welke plaats worden uitgevoerd. Het ontwerp doet dat voor 23 van de 31 knelpunten; voor de acht
andere staat alleen 'verder te onderzoeken'.</p>
<p>In ons advies van 2019 over het vorige plan schreven wij: 'De gemeente moet de holle wegen in Ter Hulst
voorrang geven.' Er is sindsdien één dam geplaatst. Na de onweersbuien van 12 juni en 3 juli 2026 liep er
tweemaal modder in de Molenbeekwijk, en de Kasteelstraat was drie dagen afgesloten.</p>
</div><div class="side"><b>Kerncijfers</b><br>
Oppervlakte akkerland met hoog erosierisico: 412 ha<br>Knelpunten in het ontwerp: 31<br>
Modderstromen 2022-2026: 14<br>Schade gemeld bij de verzekeraars: ca. 410.000 euro<br>
Subsidie Vlaamse overheid: tot 75 procent van de kosten van kleinschalige maatregelen</div></div>
<h2>1. Vaststellingen</h2>
<table><tr><th style="width:8%">Nr.</th><th>Vaststelling</th><th style="width:22%">Waar</th></tr>
<tr><td>V1</td><td>De meeste modder komt van drie maïspercelen met een helling van meer dan 8 procent.</td>
<td>Kasteelstraat</td></tr>
<tr><td>V2</td><td>De enige erosiedam in de holle weg is na vijf jaar grotendeels weggespoeld.</td><td>Ter Hulst</td></tr>
<tr><td>V3</td><td>Er is geen overzicht van welke maatregelen nog werken; niemand controleert ze.</td>
<td>hele gemeente</td></tr>
<tr><td>V4</td><td>Nieuwe verharding in de verkaveling Hoogveld voert regenwater versneld af naar de Molenbeek.</td>
<td>Zulle-Dorp</td></tr></table>
<h2>2. Aanbevelingen</h2>
<p>Wij vinden het ontwerp een degelijke basis. Om het plan uitvoerbaar en controleerbaar te maken, doen wij de
volgende aanbevelingen aan het college.</p>
<table><tr><th style="width:8%">Nr.</th><th>Aanbeveling</th><th style="width:17%">Waar</th>
<th style="width:14%">Termijn</th></tr>
<tr><td>1</td><td>Leg langs de Kasteelstraat grasbufferstroken van minstens 9 meter breed aan op de drie
maïspercelen, met een beheerovereenkomst met de landbouwers.</td><td>Kasteelstraat</td><td>2027</td></tr>
<tr><td>2</td><td>Plaats in de holle weg van Ter Hulst drie nieuwe erosiedammen van wilgenhout en herstel de
bestaande dam.</td><td>Ter Hulst</td><td>vóór winter 2027</td></tr>
<tr><td>3</td><td>Neem in het plan een jaarlijkse schouw van alle erosiemaatregelen op, samen met de landbouwers
en de erosiecoördinator.</td><td>hele gemeente</td><td>jaarlijks, voorjaar</td></tr>
<tr><td>4</td><td>Voorzie een bufferbekken van ongeveer 1.200 m³ stroomopwaarts van de woonkern Zulle-Dorp.</td>
<td>Molenbeek</td><td>2028</td></tr>
<tr><td>5</td><td>Leg in de omgevingsvergunningen voor nieuwe verharding in het stroomgebied van de Molenbeek
een infiltratievoorziening op die groter is dan de gewestelijke hemelwaterverordening vraagt.</td>
<td>stroomgebied Molenbeek</td><td>bij vaststelling</td></tr>
<tr><td>6</td><td>Vraag samen met Horebeke en Zwalm bij de provincie steun voor een tweede erosiecoördinator
voor de drie gemeenten.</td><td>regio</td><td>2027</td></tr>
<tr><td>7</td><td>Informeer de bewoners van de Molenbeekwijk elk voorjaar over wat zij zelf kunnen doen bij een
modderstroom, zoals zandzakjes en schotten.</td><td>Molenbeekwijk</td><td>jaarlijks</td></tr>
</table>
<p>Wij vragen het college om in de nota aan de gemeenteraad te vermelden welk gevolg het aan dit advies geeft, en
ons die nota te bezorgen. Voor een toelichting kunt u terecht bij de erosiecoördinator, ir. Lotte De Rycke.</p>
<p>Met vriendelijke groeten,<br><br>ir. Lotte De Rycke, erosiecoördinator<br>Pieter Van Hecke, voorzitter</p>
</body></html>"""
B.chromium_pdf(adv, NAME + "_advice.pdf")

res = "<html><head><meta charset='utf-8'>" + css("Gemeente Wortegem-Zulle - antwoord op advies EVZ/ADV/2026/022") \
    + """</head><body>
<div class="head"><b>Gemeente Wortegem-Zulle</b><span>College van burgemeester en schepenen  |  Markt 1, 9790
Wortegem-Zulle</span></div>
<div class="lw"><div class="lside">Uw contactpersoon<br><b>Sofie Vanderstraeten</b><br>dienst Omgeving<br>
055 31 44 20<br><br>Ons kenmerk<br>OMG/2026/0715-b<br><br>Uw kenmerk<br>EVZ/ADV/2026/022<br><br>Datum<br>
26 november 2026</div>
<div class="lbody">
<p>Aan de Erosievereniging Vlaamse Zandstreek<br>t.a.v. ir. Lotte De Rycke<br>Stationsplein 6, 9790 Wortegem</p>
<p><b>Betreft: gevolg aan uw advies over het ontwerp-erosiebestrijdingsplan</b></p>
<p>Geachte mevrouw De Rycke,</p>
<p>Het college heeft uw advies van 1 oktober met veel belangstelling gelezen. De terreinbezoeken met de
landbouwers werden erg op prijs gesteld. Hieronder geven wij per aanbeveling aan hoe wij het plan hebben
aangepast; de nota gaat op 15 december naar de gemeenteraad.</p>
<h3>Aanbeveling 3</h3>
<p>Deze aanbeveling nemen wij integraal over. Hoofdstuk 6 van het plan voorziet nu elk jaar in april een
gezamenlijke schouw, waarvan het verslag aan de gemeenteraad wordt voorgelegd.</p>
<h3>Aanbevelingen 2 en 4</h3>
<p>In de holle weg van Ter Hulst wordt de bestaande dam in het voorjaar hersteld en komen er twee nieuwe dammen
in plaats van drie; een derde dam is volgens onze dienst op die plaats technisch niet verantwoord. Een
bufferbekken bij Zulle-Dorp neemt het college niet op in het plan: de kosten wegen niet op tegen het
beperkte effect, en de heraanleg van de duiker onder de Molenstraat in 2025 heeft het knelpunt volgens ons
voldoende verholpen.</p>
<h3>Aanbeveling 6</h3>
<p>Het voorstel voor een tweede coördinator wordt voorgelegd aan het overleg van de burgemeesters van de drie
gemeenten in februari 2027. Het college neemt pas een standpunt in nadat Horebeke en Zwalm zich hebben
uitgesproken.</p>
<h3>Aanbeveling 1</h3>
<p>De gesprekken met de drie landbouwers zijn afgerond. Zij hebben een beheerovereenkomst voor stroken van 9 tot
12 meter ondertekend; de stroken worden in het najaar van 2027 ingezaaid.</p>
<h3>Aanbeveling 5</h3>
<p>Het college wil geen strengere regels opleggen dan de gewestelijke verordening voor gewone woningen. Voor
verkavelingen en bedrijfsgebouwen van meer dan 1.000 m² verharding neemt het plan wel een ruimere
infiltratievoorziening op als richtwaarde bij de beoordeling van de vergunning.</p>
<h3>Andere wijzigingen aan het ontwerp</h3>
<p>Los van uw advies is in het plan ook een kaart opgenomen van de trage wegen die bij hevige regen worden
afgesloten, op vraag van de lokale afdeling van de landbouwersorganisatie.</p>
<p>Wij danken u opnieuw voor de constructieve samenwerking en kijken uit naar de eerste schouw in april.</p>
<p>Met vriendelijke groeten,<br><br>Voor het college,<br>Ann Claeys, algemeen directeur -
Geert Maes, burgemeester</p>
</div></div></body></html>"""
B.chromium_pdf(res, NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Leg langs de Kasteelstraat grasbufferstroken van minstens 9 meter breed",
     "Zij hebben een beheerovereenkomst voor stroken van 9 tot", "agrees"),
    (2, "Plaats in de holle weg van Ter Hulst drie nieuwe erosiedammen",
     "komen er twee nieuwe dammen in plaats van drie", "partly"),
    (3, "Neem in het plan een jaarlijkse schouw van alle erosiemaatregelen op",
     "Deze aanbeveling nemen wij integraal over", "agrees"),
    (4, "Voorzie een bufferbekken van ongeveer 1.200 m³ stroomopwaarts",
     "neemt het college niet op in het plan", "disagrees"),
    (5, "Leg in de omgevingsvergunningen voor nieuwe verharding in het stroomgebied",
     "wil geen strengere regels opleggen dan de gewestelijke verordening", "partly"),
    (6, "Vraag samen met Horebeke en Zwalm bij de provincie steun",
     "neemt pas een standpunt in nadat Horebeke en Zwalm", "noted"),
    (7, "Informeer de bewoners van de Molenbeekwijk elk voorjaar over wat", None, "unanswered"),
], [
    "De terreinbezoeken met de landbouwers werden erg op prijs gesteld",
    "kaart opgenomen van de trage wegen die bij hevige regen",
    "danken u opnieuw voor de constructieve samenwerking",
], "Advice: Flemish intergemeentelijke erosiecoördinator's advice on a gemeente's ontwerp-erosiebestrijdingsplan; "
   "Erosiebesluit art. 5 'moet', the 2019 advice quoted with 'moet', a 'Kerncijfers' sidebar, a findings table "
   "V1-V4 shaped like the recommendations table; recommendations the ROWS 1-7 of 'Nr. | Aanbeveling | Waar | "
   "Termijn'. Response: college letter with a left sidebar and 'Aanbeveling N' headings, order 3, 2+4, 6, 1, 5; "
   "'Aanbevelingen 2 en 4' = 2 partly (two dams, not three) + 4 disagrees (no bufferbekken); 3 agrees; 1 agrees "
   "(agreements signed); 5 partly (only large verharding); 6 noted (to the burgemeesters' overleg); 7 "
   "(informing residents) unanswered; the opening, 'Andere wijzigingen aan het ontwerp' and the closing answer "
   "nothing.")
print("wrote", NAME)

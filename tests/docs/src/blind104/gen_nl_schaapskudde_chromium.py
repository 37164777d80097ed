"""Round 104 (nl): the ADVIES of a Flemish REGIONAAL LANDSCHAP on a gemeente's ontwerp-BEGRAZINGSPLAN with a
gemeentelijke SCHAAPSKUDDE, answered by the college van burgemeester en schepenen's BESLUIT (articles, no numbers).

Advice (Chromium, sans, green letterhead, a 'Het gebied in cijfers' sidebar, @page head from p. 2, 'blad n van m'):
Natuurdecreet 'moet', the 2020 advice quoted with 'moet', conclusions in a list; the recommendations are UNNUMBERED
BOLD SENTENCES opening the paragraphs of 'Onze aanbevelingen', set in TWO COLUMNS. Response: a collegebesluit
('Het college beslist:' Artikel 1-7), order R4, R2+R3, R6, R1, R5; R7 unanswered. All invented.

Run: /tmp/blind104nl/bin/python tests/docs/src/blind104/gen_nl_schaapskudde_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b104nl as B  # noqa: E402

NAME = "blind104_nl_schaapskudde"
F = B.tmp_fonts()

CSS = """<style>
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 19mm 20mm 19mm;
  @bottom-center { content: "blad " counter(page) " van " counter(pages); font: 7.5pt K; color: #555; }
  @top-left { content: "%s"; font: 7.5pt K; color: #555; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.4pt; line-height: 1.42; color: #111; }
.head { border-left: 6pt solid #3d6b2a; padding: 2pt 0 4pt 10pt; margin-bottom: 12pt; }
.head b { font-size: 13.5pt; color: #3d6b2a; display: block; } .head span { font-size: 8pt; color: #444; }
h1 { font-size: 14.5pt; margin: 6pt 0 4pt; } h2 { font-size: 10.8pt; color: #3d6b2a; margin: 12pt 0 4pt; }
.meta { font-size: 8.3pt; color: #333; } p { margin: 0 0 6pt; }
.wrap { display: flex; gap: 12pt; } .main { flex: 3; }
.side { flex: 1.1; background: #eaf1e4; border-top: 3pt solid #3d6b2a; padding: 6pt 8pt; font-size: 8.2pt; }
.quote { font-style: italic; margin: 4pt 16pt; }
.cols { column-count: 2; column-gap: 16pt; } .cols p { break-inside: avoid; }
.sep { font-style: normal; margin: 0 6pt; } .art { margin: 0 0 7pt; } .art b { display: block; }
</style>"""


def css(head):
    return CSS % (F["Regular"], F["Bold"], F["Italic"], head)


adv = """<!doctype html><html lang="nl"><head><meta charset="utf-8">%s</head><body>
<div class="head"><b>Regionaal Landschap Kempenheide vzw</b>
<span>Heidestraat 88, 2470 Retie-Schoonbroek <i class="sep">|</i> info@rlkempenheide.be <i class="sep">|</i> ondernemingsnr. 0458.221.904</span></div>
<p class="meta">Aan het college van burgemeester en schepenen van Mollebeek<br>Schoonbroek, 6 oktober 2026<br>
Ons kenmerk: RLK/NB/2026/041<br>Betreft: advies over het ontwerp-begrazingsplan Heidebos Kastelsedijk 2027-2032</p>
<h1>Advies over het ontwerp-begrazingsplan Heidebos Kastelsedijk</h1>
<h2>1. Situering</h2>
<div class="wrap"><div class="main">
<p>Het gemeentebestuur vroeg ons op 1 augustus 2026 om advies over het ontwerp-begrazingsplan voor het Heidebos
Kastelsedijk. Het plan wil de heide, die sinds 2015 sterk vergrast, vanaf 2027 laten begrazen door een
gemeentelijke schaapskudde van ongeveer 180 Kempense heideschapen. Het gebied is deel van het
Natura 2000-gebied Kempense heiden en wordt veel bezocht door wandelaars en ruiters.</p>
<p>Wij bezochten het gebied op 28 augustus samen met de natuurwachter en de schapenhouder die de gemeente op het
oog heeft, en bespraken het ontwerp in onze adviescommissie natuur van 17 september.</p>
</div><div class="side"><b>Het gebied in cijfers</b><br>Oppervlakte: 142 ha<br>waarvan droge heide: 64 ha<br>
Vergrassing 2015: 18 %%<br>Vergrassing 2026: 47 %%<br>Wandelpaden: 11,5 km<br>Bezoekers: ca. 60.000 per jaar</div></div>
<h2>2. Conclusies</h2>
<p>Wij onderschrijven de keuze voor begrazing met schapen. Het ontwerp bevat een goede analyse, maar laat op een
aantal punten vragen open.</p>
<ul><li>Volgens artikel 16 van het Natuurdecreet moet de overheid vermijden dat natuur in een beschermd gebied
vermijdbare schade lijdt; een te intensieve begrazing in één blok houdt dat risico in.</li>
<li>Het ontwerp zegt weinig over het samengaan van recreatie en begrazing, terwijl het gebied juist druk bezocht wordt.</li>
<li>Sinds 2024 is de wolf in de regio gevestigd. Het ontwerp voorziet alleen een gewone schapendraad.</li></ul>
<p>In ons advies van 2020 over het beheerplan schreven wij al: <span class="quote">'Het beheer moet worden opgevolgd
met een meetnet dat de vegetatie en de fauna jaarlijks in beeld brengt.'</span> Dat meetnet is er nog niet.</p>
<h2>3. Onze aanbevelingen</h2>
<div class="cols">
<p><b>Laat de schaapskudde de heide van maart tot oktober in vier blokken na elkaar begrazen in plaats van doorlopend in één blok.</b>
Zo krijgen bloeiende struikheide en de insecten die ervan leven telkens de tijd om zich te herstellen.</p>
<p><b>Sluit de wandelpaden door de begraasde blokken niet af, maar plaats klaphekjes en informatieborden aan elke toegang.</b>
Bezoekers die weten waarom de schapen er lopen, tonen meer begrip.</p>
<p><b>Verbied honden in het hele Heidebos tijdens het lammerseizoen, van maart tot half mei, ook als ze aangelijnd zijn.</b>
Loslopende en zelfs aangelijnde honden veroorzaken onrust in de kudde.</p>
<p><b>Voorzie een vaste, afsluitbare nachtweide met een wolfwerende omheining van minstens 1,20 meter hoog.</b>
De Vlaamse subsidie voor wolfwerende rasters kan een deel van de kosten dekken.</p>
<p><b>Stel een vaste herder aan voor minstens vier dagen per week, in plaats van het hoeden over te laten aan vrijwilligers.</b>
Een herder kan de kudde sturen en bezoekers te woord staan.</p>
<p><b>Volg de vegetatie en de broedvogels jaarlijks op en publiceer de resultaten op de gemeentelijke website.</b>
Ons team kan de tellingen mee begeleiden.</p>
<p><b>Breng de jagers, landbouwers en ruiters rond het gebied samen in een gebruikersoverleg dat twee keer per jaar vergadert.</b>
Zo worden conflicten vroeg zichtbaar.</p>
</div>
<p>Wij vragen het college om ons binnen drie maanden te laten weten welk gevolg het aan dit advies geeft.</p>
<p>Met vriendelijke groeten,<br><br>ir. K. Verbist, coördinator<br>M. Van den Eynde, voorzitter adviescommissie natuur</p>
</body></html>""" % css("Regionaal Landschap Kempenheide - advies RLK/NB/2026/041 begrazingsplan Heidebos Kastelsedijk")
B.chromium_pdf(adv, NAME + "_advice.pdf")

res = """<!doctype html><html lang="nl"><head><meta charset="utf-8">%s</head><body>
<div class="head"><b>Gemeente Mollebeek</b><span>Uittreksel uit de notulen van het college van burgemeester en
schepenen <i class="sep">|</i> Markt 1, 2480 Mollebeek</span></div>
<p class="meta">Zitting van 23 november 2026<br>Aanwezig: L. Claes, burgemeester; A. Peeters, E. Jacobs, S. Wouters,
schepenen; T. Mertens, algemeen directeur<br>Dossier: OMG/NAT/2026/118</p>
<h1>Begrazingsplan Heidebos Kastelsedijk 2027-2032 - definitieve vaststelling</h1>
<h2>Context</h2>
<p>Het ontwerp-begrazingsplan werd voor advies voorgelegd aan Regionaal Landschap Kempenheide, dat op 6 oktober 2026
een advies uitbracht, en aan de natuurwachter van het Agentschap. Het college dankt beide voor hun bijdrage en heeft
het plan op verschillende punten aangepast.</p>
<h2>Het college beslist:</h2>
<p class="art"><b>Artikel 1</b>Voor de nachtelijke opvang van de kudde worden geen vaste nachtweide maar mobiele
wolfwerende rasters van 1,20 meter aangekocht, die met de kudde meeverhuizen.</p>
<p class="art"><b>Artikel 2</b>Alle wandelpaden blijven toegankelijk; aan elke toegang tot een begraasd blok wordt
een klaphekje met infobord geplaatst. Een hondenverbod tijdens het lammerseizoen wordt niet ingevoerd: aangelijnde
honden blijven het hele jaar toegelaten op de paden.</p>
<p class="art"><b>Artikel 3</b>Het college laat vanaf 2027 jaarlijks de vegetatie en de broedvogels tellen en maakt de
resultaten openbaar op de website van de gemeente.</p>
<p class="art"><b>Artikel 4</b>Het begrazingsplan wordt vastgesteld met een begrazing in vier rotatieblokken van maart
tot oktober, zoals voorgesteld door het Regionaal Landschap.</p>
<p class="art"><b>Artikel 5</b>Het college neemt kennis van de vraag naar een vaste herder en onderzoekt in 2027 samen
met de buurgemeenten of een gedeelde herder haalbaar is.</p>
<p class="art"><b>Artikel 6</b>De uitgaven voor 2027 ten bedrage van 38.500 euro worden aangerekend op budgetsleutel
0340/61300 van het meerjarenplan 2026-2031.</p>
<p class="art"><b>Artikel 7</b>Een afschrift van dit besluit wordt bezorgd aan Regionaal Landschap Kempenheide en aan
het Agentschap voor Natuur en Bos.</p>
<p>Namens het college,<br><br>T. Mertens, algemeen directeur <i class="sep"></i> L. Claes, burgemeester</p>
</body></html>""" % css("Gemeente Mollebeek - collegebesluit 23 november 2026 - begrazingsplan Heidebos Kastelsedijk")
B.chromium_pdf(res, NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Laat de schaapskudde de heide van maart tot oktober in vier",
     "begrazing in vier rotatieblokken van maart tot oktober", "agrees"),
    (2, "Sluit de wandelpaden door de begraasde blokken niet af",
     "een klaphekje met infobord geplaatst", "agrees"),
    (3, "Verbied honden in het hele Heidebos tijdens het lammerseizoen",
     "Een hondenverbod tijdens het lammerseizoen wordt niet ingevoerd", "disagrees"),
    (4, "Voorzie een vaste, afsluitbare nachtweide met een wolfwerende omheining",
     "geen vaste nachtweide maar mobiele wolfwerende rasters", "partly"),
    (5, "Stel een vaste herder aan voor minstens vier dagen per week",
     "neemt kennis van de vraag naar een vaste herder", "noted"),
    (6, "Volg de vegetatie en de broedvogels jaarlijks op en publiceer",
     "jaarlijks de vegetatie en de broedvogels tellen", "agrees"),
    (7, "Breng de jagers, landbouwers en ruiters rond het gebied samen", None, "unanswered"),
], [
    "Het college dankt beide voor hun bijdrage",
    "De uitgaven voor 2027 ten bedrage van 38.500 euro",
    "Een afschrift van dit besluit wordt bezorgd",
], "Advice: Flemish regionaal landschap on a gemeente's ontwerp-begrazingsplan with a schaapskudde; a 'Het gebied "
   "in cijfers' sidebar, a bulleted 'Conclusies' list (Natuurdecreet art. 16 'moet'), the 2020 advice quoted with "
   "'moet'; recommendations UNNUMBERED BOLD SENTENCES opening the paragraphs of '3. Onze aanbevelingen', in two "
   "columns, each followed by a plain explanatory sentence. Response: collegebesluit (uittreksel notulen) 'Het "
   "college beslist:' Artikel 1-7, no recommendation numbers, order R4, R2+R3, R6, R1, R5; Artikel 2 = R2 agrees "
   "(paths open, klaphekjes) + R3 disagrees (no dog ban); Art. 1 R4 partly (mobile rasters, no fixed nachtweide); "
   "Art. 3 R6 agrees; Art. 4 R1 agrees; Art. 5 R5 noted; R7 (gebruikersoverleg) unanswered; 'Context', Art. 6 "
   "(budget) and Art. 7 (afschrift) answer nothing.")
print("wrote", NAME)

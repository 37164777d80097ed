"""Round 100 (nl): the ADVIES of a Flemish WIJKCOMITÉ on the stad's ONTWERP-CIRCULATIEPLAN, answered by the
city's NIEUWSBRIEF to the residents ('Wat doen we met het advies van het wijkcomité?'), paraphrase only.

Advice (Chromium, sans, teal letterhead, a sidebar 'Over het wijkcomité' beside two-column findings, @page
running head from p. 2 and 'p. n van m'): a traffic-count table, the ontwerp quoted with 'moet', the 2023 advice
quoted with 'moet', wegcode art. 22, Vaststellingen bullets; the recommendations are CODED BORDERED CARDS V1-V7
('Voorstel V3' label above each). Response: newsletter with question headings, no codes, order V5, V1, V3+V4,
V6, V2; V7 (evaluation) unanswered. All invented.

Run: /tmp/blind100nl/bin/python tests/docs/src/blind100/gen_nl_circulatieplan_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b100nl as B  # noqa: E402

NAME = "blind100_nl_circulatieplan"
F = B.tmp_fonts()

CSS = """
@font-face { font-family: W; src: url('file://%(R)s'); }
@font-face { font-family: W; font-weight: bold; src: url('file://%(B)s'); }
@font-face { font-family: W; font-style: italic; src: url('file://%(I)s'); }
@page { size: A4; margin: 20mm 18mm 18mm 18mm;
  @top-left { content: "%(HEAD)s"; font-family: W; font-size: 7.5pt; color: #666; }
  @bottom-right { content: "p. " counter(page) " van " counter(pages); font-family: W; font-size: 7.5pt; color: #666; } }
@page :first { @top-left { content: ""; } }
body { font-family: W; font-size: 9.6pt; line-height: 1.42; color: #1a1a1a; }
.lh { border-bottom: 3px solid #17777a; padding-bottom: 6px; margin-bottom: 12px; }
.lh b { font-size: 15pt; color: #17777a; }
h1 { font-size: 15pt; color: #17777a; margin: 6px 0 8px; }
h2 { font-size: 11pt; color: #17777a; margin: 12px 0 4px; }
.wrap { display: flex; gap: 14px; }
.side { width: 30%%; background: #e6f2f2; padding: 8px 10px; font-size: 8.4pt; }
.main { width: 70%%; }
.cols { column-count: 2; column-gap: 14px; }
table { border-collapse: collapse; font-size: 8.6pt; margin: 6px 0; }
td, th { border: 1px solid #9bb; padding: 2px 6px; }
th { background: #d3e8e8; }
.card { border: 1.2px solid #17777a; border-radius: 4px; padding: 5px 9px; margin: 7px 0; break-inside: avoid; }
.card .lab { font-weight: bold; color: #17777a; font-size: 8.5pt; display: block; }
q, .q { font-style: italic; }
.nb { background: #17777a; color: white; padding: 10px 14px; }
.nb b { font-size: 17pt; }
.box { background: #f1f1f1; padding: 6px 10px; margin: 8px 0; }
"""


def css(head):
    return CSS % {"R": F["Regular"], "B": F["Bold"], "I": F["Italic"], "HEAD": head}


ADV = """<html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="lh"><b>Wijkcomité Sint-Jozef</b><br>Vlasbloemstraat 44, 8500 Kortrijkegem &middot; wijkcomite.sintjozef@example.be</div>
<p style="font-size:8.5pt">Aan het college van burgemeester en schepenen van Kortrijkegem<br>
t.a.v. schepen van Mobiliteit Hilde Vanneste<br>Kortrijkegem, 21 augustus 2026 &middot; ons kenmerk WSJ/2026/09</p>
<h1>Advies over het ontwerp-circulatieplan Sint-Jozef en Stationsomgeving</h1>
<p>Op 12 juni 2026 stelde de stad het ontwerp-circulatieplan voor op een infoavond in zaal De Keizer. Het plan wil het
sluipverkeer tussen de Gentsesteenweg en de ring uit de wijk weren met twee knippen, een omgekeerde rijrichting in de
Pastorijstraat en een nieuwe parkeerregeling rond het station. Het wijkcomité heeft het ontwerp besproken op twee open
vergaderingen (2 en 9 juli) met samen 86 buurtbewoners en handelaars. Dit advies bundelt de resultaten.</p>
<div class="wrap"><div class="side"><b>Over het wijkcomité</b><br>Het wijkcomité Sint-Jozef is een feitelijke
vereniging van bewoners, opgericht in 1998. Het is erkend als adviesorgaan in het reglement op de wijkwerking van de
stad (artikel 6). Het bestuur telt negen vrijwilligers.<br><br><b>Werkwijze</b><br>Twee open vergaderingen, een
wandeling met de verkeersdeskundige van de stad en een online bevraging (142 antwoorden).</div>
<div class="main"><h2>Vaststellingen</h2><div class="cols">
<p>De verkeerstellingen van de stad in maart 2026 tonen hoeveel voertuigen tijdens de ochtendspits (7-9 uur) door de
wijk rijden.</p>
<table><tr><th>Straat</th><th>Spits</th><th>Doorgaand</th></tr>
<tr><td>Molenstraat</td><td>612</td><td>71%%</td></tr><tr><td>Pastorijstraat</td><td>388</td><td>64%%</td></tr>
<tr><td>Vlasbloemstraat</td><td>205</td><td>38%%</td></tr></table>
<ul><li>Het sluipverkeer concentreert zich in de Molenstraat, waar ook de basisschool De Vlinder ligt.</li>
<li>Het ontwerp stelt: <span class="q">'Het doorgaand verkeer moet de wijk via de ring omrijden.'</span> Bewoners
steunen dat doel.</li>
<li>Volgens artikel 22 van de wegcode moet een fietser op een oversteek voorrang krijgen als dat gesignaleerd is;
aan de Gentsesteenweg ontbreekt zo'n oversteek.</li>
<li>In ons advies van 2023 over de schoolstraat schreven wij: <span class="q">'De stad moet de bewoners vooraf
betrekken.'</span> Dat is dit keer beter gelukt.</li></ul></div></div></div>
<h2>Onze voorstellen</h2>
<p>Het wijkcomité is positief over de richting van het plan, maar vraagt de stad met de volgende zeven voorstellen
rekening te houden.</p>
<div class="card"><span class="lab">Voorstel V1 &middot; Knip Molenstraat</span>Voer de knip in de Molenstraat eerst
zes maanden in als proefopstelling met tijdelijke bloembakken.</div>
<div class="card"><span class="lab">Voorstel V2 &middot; Pastorijstraat</span>Laat de Pastorijstraat eenrichtingsverkeer
houden in de huidige richting, naar de kerk toe.</div>
<div class="card"><span class="lab">Voorstel V3 &middot; Fietsoversteek</span>Leg een veilige fietsoversteek met
middenberm aan op het kruispunt van de Vlasbloemstraat en de Gentsesteenweg.</div>
<div class="card"><span class="lab">Voorstel V4 &middot; Metingen</span>Plaats slimme camera's die het sluipverkeer
meten, zowel vóór als na de invoering van het plan.</div>
<div class="card"><span class="lab">Voorstel V5 &middot; Parkeren</span>Voer bewonersparkeren in voor de hele zone
tussen het station en de Sint-Jozefskerk.</div>
<div class="card"><span class="lab">Voorstel V6 &middot; Handelaars</span>Geef de handelaars van het Sint-Jozefsplein
een vast venster voor leveringen met bestelwagens.</div>
<div class="card"><span class="lab">Voorstel V7 &middot; Evaluatie</span>Organiseer een jaar na de invoering een
evaluatie met bewoners, school en handelaars.</div>
<h2>Tot slot</h2>
<p>Het reglement op de wijkwerking bepaalt dat het college binnen twee maanden antwoordt op een advies. Wij danken
de dienst mobiliteit voor de wandeling van 16 juli en blijven graag betrokken bij de uitwerking.</p>
<p>Voor het wijkcomité,<br>Bart Declercq, voorzitter &middot; Nele Vandromme, secretaris</p>
</body></html>""" % css("Wijkcomité Sint-Jozef - advies ontwerp-circulatieplan - WSJ/2026/09")
B.chromium_pdf(ADV, NAME + "_advice.pdf")

RES = """<html><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="nb"><b>Circulatieplan Sint-Jozef</b><br>Nieuwsbrief nr. 3 &middot; oktober 2026 &middot; Stad Kortrijkegem, dienst Mobiliteit</div>
<h2>Beste bewoner</h2>
<p>Deze zomer konden bewoners, scholen en handelaars reageren op het ontwerp van het nieuwe circulatieplan. We kregen
meer dan tweehonderd reacties. Het college heeft het plan op 6 oktober 2026 definitief vastgelegd. In deze nieuwsbrief
leest u wat er verandert en wat we doen met het advies van het wijkcomité Sint-Jozef.</p>
<h2>Kan ik straks nog parkeren in mijn straat?</h2>
<p>Het wijkcomité vroeg om bewonersparkeren in de hele stationsbuurt. Dat gaan we niet overal doen: vanaf 1 maart
2027 geldt een bewonerszone in de Stationsstraat, de Vlasbloemstraat en de Keizerslaan, waar de parkeerdruk het
hoogst is. In de andere straten blijft de blauwe zone zoals ze is.</p>
<h2>Wanneer komt de knip in de Molenstraat?</h2>
<p>We volgen het advies om eerst te testen. Vanaf 1 februari 2027 plaatsen we een tijdelijke knip met plantenbakken
voor een periode van zes maanden. Daarna beslist het college of de knip definitief wordt aangelegd.</p>
<h2>Wordt fietsen veiliger, en hoe weten we of het plan werkt?</h2>
<p>Ja. Op het kruispunt van de Vlasbloemstraat met de Gentsesteenweg komt in het voorjaar van 2027 een
fietsoversteek met middenberm; het Agentschap Wegen en Verkeer heeft de plannen al goedgekeurd. Over
de camera's die het sluipverkeer zouden meten, is nog geen beslissing genomen. We bekijken samen met de politiezone of
dat technisch en budgettair haalbaar is en komen daar later op terug.</p>
<h2>Kunnen de winkels nog beleverd worden?</h2>
<p>Zeker. Op het Sint-Jozefsplein mogen bestelwagens elke werkdag tussen 6 en 11 uur laden en lossen. Die regeling
stond niet in het ontwerp en werd toegevoegd na het overleg met de handelaars en het wijkcomité.</p>
<h2>Blijft de rijrichting in de Pastorijstraat dezelfde?</h2>
<p>Nee. We begrijpen dat sommige bewoners de rijrichting liever behouden, maar de verkeersdeskundigen zijn
duidelijk: alleen met de omgekeerde rijrichting verdwijnt het sluipverkeer naar de ring. Het college houdt daarom vast
aan de omkering van de rijrichting zoals in het ontwerp.</p>
<div class="box"><b>Ook in uw buurt: werken aan de riolering</b><br>Van 12 januari tot half april 2027 vernieuwt
Fluvius de riolering in de Kapellestraat. De straat is dan afgesloten voor doorgaand verkeer; de huisvuilophaling
gaat gewoon door.</div>
<h2>Meer weten?</h2>
<p>Kom naar het infomoment op dinsdag 17 november om 19.30 uur in zaal De Keizer, of kijk op de website van de stad.
Met vragen kunt u ook terecht bij de dienst Mobiliteit, 056 27 11 00.</p>
<p style="font-size:8.5pt">V.U. Hilde Vanneste, schepen van Mobiliteit, Grote Markt 1, 8500 Kortrijkegem</p>
</body></html>""" % css("Nieuwsbrief circulatieplan Sint-Jozef - nr. 3")
B.chromium_pdf(RES, NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Voer de knip in de Molenstraat eerst zes maanden in",
     "We volgen het advies om eerst te testen", "agrees"),
    (2, "Laat de Pastorijstraat eenrichtingsverkeer houden in de huidige richting",
     "houdt daarom vast aan de omkering van de rijrichting", "disagrees"),
    (3, "Leg een veilige fietsoversteek met middenberm aan op het kruispunt",
     "het Agentschap Wegen en Verkeer heeft de plannen al goedgekeurd", "agrees"),
    (4, "Plaats slimme camera's die het sluipverkeer meten, zowel vóór",
     "is nog geen beslissing genomen", "noted"),
    (5, "Voer bewonersparkeren in voor de hele zone tussen het station",
     "Dat gaan we niet overal doen", "partly"),
    (6, "Geef de handelaars van het Sint-Jozefsplein een vast venster",
     "mogen bestelwagens elke werkdag tussen 6 en 11 uur", "agrees"),
    (7, "Organiseer een jaar na de invoering een evaluatie met bewoners", None, "unanswered"),
], ["We kregen meer dan tweehonderd reacties",
    "vernieuwt Fluvius de riolering in de Kapellestraat",
    "Kom naar het infomoment op dinsdag 17 november"],
    "Advice: Flemish wijkcomité's advice letter on a draft circulatieplan, 2 p., Chromium, sidebar beside two-column "
    "findings, @page head and 'p. n van m'; recommendations CODED BORDERED CARDS 'Voorstel V1 · subject' + an "
    "imperative sentence; traps: a traffic table, the ontwerp quoted with 'moet', wegcode art. 22 'moet', the 2023 "
    "advice quoted with 'moet', reglement art. 6, two-month answer rule. Response: the city's newsletter to residents "
    "with question headings, NO codes, order V5, V1, V3+V4, V6, V2; 'Wordt fietsen veiliger, en hoe weten we of het "
    "plan werkt?' = V3 agrees (crossing spring 2027, approved) + V4 noted (no decision, will look at it with the "
    "police); V5 partly (three streets only); V1 agrees (trial from 1 February 2027); V6 agrees (loading window "
    "added); V2 disagrees; V7 (evaluation) unanswered; the intro, the sewer-works box and 'Meer weten?' answer "
    "nothing.")
print("written", NAME)

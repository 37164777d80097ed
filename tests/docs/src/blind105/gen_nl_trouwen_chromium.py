"""Round 105 (nl): the ADVIES of a Dutch municipality's OVERLEG TROUWAMBTENAREN (the babs, buitengewoon
ambtenaren van de burgerlijke stand) on the concept-beleidsregels huwelijksvoltrekking en trouwlocaties 2027,
answered by the VERSLAG (minutes) of the bestuurlijk overleg with the wethouder Burgerzaken, by subject only.

Advice (Chromium, sans, teal header band, two columns, @page head from p. 2, 'pagina n / m'): a tariff table,
'Wat ons opviel' paragraphs (BW art. 1:63 'moet', the 2022 advice quoted with 'moeten'), then the recommendations
as UNNUMBERED BULLETS in a shaded box 'Ons advies'. Response: minutes with agenda points, order R4, R2+R3, R1, R6,
R5; R7 unanswered. All bodies, people and figures are invented.

Run: /tmp/blind105nl/bin/python tests/docs/src/blind105/gen_nl_trouwen_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b105nl as B  # noqa: E402

NAME = "blind105_nl_trouwen"
F = B.tmp_fonts()

CSS = """<style>
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 17mm 20mm 17mm;
  @bottom-right { content: "pagina " counter(page) " / " counter(pages); font: 7.5pt K; color: #555; }
  @top-left { content: "%s"; font: 7.5pt K; color: #555; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.3pt; line-height: 1.42; color: #111; }
.band { background: #0f6b6b; color: #fff; padding: 9pt 12pt; margin-bottom: 10pt; }
.band b { font-size: 14pt; display: block; } .band span { font-size: 8pt; }
h2 { font-size: 10.6pt; color: #0f6b6b; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; } .cols { columns: 2; column-gap: 16pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.3pt; margin: 4pt 0 8pt; }
td, th { border-bottom: 0.6pt solid #9cc; padding: 2pt 3pt; text-align: left; vertical-align: top; }
.box { background: #e3f1f1; border-left: 4pt solid #0f6b6b; padding: 6pt 8pt; margin: 6pt 0 8pt; }
.box ul { margin: 4pt 0 0 0; padding-left: 12pt; } .box li { margin-bottom: 5pt; }
.q { font-style: italic; margin: 3pt 10pt 6pt; }
.meta { font-size: 8.3pt; color: #333; }
</style>"""


def page(head, body):
    return ("<!doctype html><html lang='nl'><head><meta charset='utf-8'>"
            + CSS % (F["Regular"], F["Bold"], F["Italic"], head) + "</head><body>" + body + "</body></html>")


ADV = """
<div class="band"><b>Overleg Trouwambtenaren Gemeente Dalfsenhorst</b>
<span>Advies over de concept-beleidsregels huwelijksvoltrekking en trouwlocaties 2027 - kenmerk OTA-2026-02 -
8 september 2026</span></div>
<div class="cols">
<h2>Inleiding</h2>
<p>Het college heeft het overleg van trouwambtenaren gevraagd te adviseren over de concept-beleidsregels die per
1 januari 2027 de regels van 2018 moeten vervangen. Aan het overleg nemen de elf buitengewoon ambtenaren van de
burgerlijke stand (babs) van de gemeente deel. Wij hebben het concept besproken op 25 augustus 2026, in
aanwezigheid van twee medewerkers van het team Burgerzaken.</p>
<p>In 2025 werden in Dalfsenhorst 214 huwelijken en 31 partnerschappen gesloten, waarvan bijna de helft op een
andere locatie dan het gemeentehuis.</p>
<p>Het overleg heeft voor dit advies ook de ervaringen van bruidsparen verzameld. Via de evaluatieformulieren die
na elke ceremonie worden verstuurd, kwamen 96 reacties binnen. Paren zijn in het algemeen tevreden over de
ceremonie zelf en over de trouwambtenaren, maar minder over de voorbereiding: de melding voorgenomen huwelijk,
de keuze van de locatie en de afstemming over getuigen en tolken kosten volgens hen te veel tijd en moeite.</p>
<h2>Het concept in het kort</h2>
<p>Het concept houdt de gratis ceremonie op maandagochtend in stand en verhoogt de overige tarieven met ongeveer
acht procent. Het college wijst vijftien vaste trouwlocaties aan, waaronder de kasteeltuin, de molen aan de
Dijkweg en het theater. Een bruidspaar dat op een andere plek wil trouwen, kan het college vragen die plek voor
één dag aan te wijzen. Het concept bevat verder regels over het aantal getuigen, het gebruik van tolken, het
fotograferen tijdens de ceremonie en de annulering van een geboekte datum.</p>
<p>Het overleg waardeert dat het concept helder is opgebouwd en dat de regels over tolken zijn verduidelijkt. De
regeling voor annuleringen vinden wij evenwichtig: een bruidspaar dat tot zes weken van tevoren annuleert, krijgt
het volledige bedrag terug.</p>
<table><tr><th>Ceremonie</th><th>Tarief 2026</th><th>Concept 2027</th></tr>
<tr><td>Gratis, maandag 9.00 uur, trouwkamer</td><td>0</td><td>0</td></tr>
<tr><td>Raadzaal, werkdagen</td><td>395</td><td>425</td></tr>
<tr><td>Zaterdag</td><td>640</td><td>695</td></tr>
<tr><td>Aangewezen trouwlocatie</td><td>520</td><td>560</td></tr></table>
<h2>Wat ons opviel</h2>
<p>Volgens artikel 1:63 van het Burgerlijk Wetboek moet een huwelijk in het openbaar worden voltrokken in het
gemeentehuis of in een ander door het college aangewezen gebouw. Het concept kiest ervoor alleen vaste locaties
aan te wijzen; een bruidspaar dat elders wil trouwen, moet een aanvraag doen die zes maanden duurt.</p>
<p>In ons advies van 2022 schreven wij al: <span class="q">'Bruidsparen moeten in één gesprek weten waar zij aan
toe zijn.'</span> Bruidsparen worden nu nog door drie verschillende medewerkers gebeld.</p>
<p>De gratis ceremonie op maandagochtend is in 2026 tot in december volgeboekt. Paren die weinig te besteden
hebben, wijken uit naar buurgemeenten.</p>
<p>De vergoeding voor de babs is sinds 2018 niet aangepast; veel buurgemeenten betalen inmiddels meer.</p>
<div class="box"><b>Ons advies</b>
<ul>
<li>Bied naast de gratis ceremonie op maandagochtend ook een gratis moment op donderdagmiddag aan, zodat de
wachttijd korter wordt.</li>
<li>Sta trouwen op een zelfgekozen locatie toe zonder voorafgaande aanwijzing door het college, als de locatie
tijdens de ceremonie openbaar toegankelijk is.</li>
<li>Verhoog de vergoeding voor de babs van 95 naar 125 euro per ceremonie, in lijn met de buurgemeenten.</li>
<li>Geef elk bruidspaar één vaste contactpersoon bij Burgerzaken, van de eerste melding tot de ceremonie.</li>
<li>Laat getuigen hun identiteitsbewijs vooraf digitaal uploaden, zodat de controle op de dag zelf vervalt.</li>
<li>Maak de trouwkamer op de eerste verdieping bereikbaar voor rolstoelgebruikers of wijs een andere gratis
ruimte aan.</li>
<li>Organiseer jaarlijks een bijscholingsdag voor alle trouwambtenaren over nieuwe wetgeving en het werken met
tolken.</li>
</ul></div>
<h2>Tot slot</h2>
<p>Wij zien uit naar de reactie van het college en bespreken die graag in het bestuurlijk overleg van oktober.</p>
<p class="meta">Namens het Overleg Trouwambtenaren,<br>Marieke Lubbers, voorzitter</p>
</div>"""

RESP = """
<div class="band"><b>Gemeente Dalfsenhorst</b>
<span>Verslag bestuurlijk overleg wethouder Burgerzaken - Overleg Trouwambtenaren, 14 oktober 2026</span></div>
<p class="meta">Aanwezig: wethouder R. Kamphuis (voorzitter), M. Lubbers, H. ter Horst, J. Wessels en S. Oude
Nijhuis (Overleg Trouwambtenaren), A. Haverkamp (teamleider Burgerzaken), verslag: L. Nijenhuis</p>
<h2>1. Opening en mededelingen</h2>
<p>De wethouder opent het overleg om 19.30 uur en heet iedereen welkom. Er zijn geen afmeldingen.</p>
<h2>2. Reactie op het advies over de beleidsregels trouwen</h2>
<p>De wethouder bedankt het overleg voor het advies en loopt de punten langs.</p>
<p><b>Vast aanspreekpunt.</b> Mevrouw Haverkamp meldt dat elk bruidspaar sinds 1 oktober één vaste
trouwcoördinator heeft. Het overleg is daar blij mee.</p>
<p><b>Vrije locatie en vergoeding.</b> Het college blijft bij het stelsel van aangewezen locaties; een vrije
locatie zonder aanwijzing is volgens de wethouder juridisch niet houdbaar en vraagt te veel van de handhaving.
Wel wordt de aanvraagtermijn voor een nieuwe locatie teruggebracht tot drie maanden. Over de vergoeding zegt de
wethouder dat het college die per 2027 verhoogt naar 110 euro per ceremonie; 125 euro past niet binnen de
begroting.</p>
<p><b>Gratis trouwen.</b> Een tweede wekelijks gratis moment komt er niet. Het college voegt wel op de eerste
donderdag van de maand een gratis moment om 16.00 uur toe.</p>
<p><b>Toegankelijkheid.</b> De wethouder neemt de opmerking over de trouwkamer mee in de verbouwing van het
gemeentehuis, waarover de raad in 2028 beslist. Tot die tijd kan in overleg de raadzaal worden gebruikt.</p>
<p><b>Getuigen.</b> De wethouder zegt toe dat getuigen vanaf maart 2027 hun identiteitsbewijs vooraf kunnen
uploaden via Mijn Dalfsenhorst.</p>
<h2>3. Rondvraag</h2>
<p>De heer Wessels vraagt of de nieuwe trouwmappen al zijn gedrukt. Mevrouw Haverkamp zegt dat de drukker ze in
november levert.</p>
<h2>4. Sluiting</h2>
<p>De wethouder sluit het overleg om 20.45 uur. Het volgende overleg is in het voorjaar van 2027.</p>"""

B.chromium_pdf(page("Overleg Trouwambtenaren Dalfsenhorst - advies OTA-2026-02", ADV), NAME + "_advice.pdf")
B.chromium_pdf(page("Verslag bestuurlijk overleg 14 oktober 2026", RESP), NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Bied naast de gratis ceremonie op maandagochtend ook een gratis",
     "op de eerste donderdag van de maand een gratis moment", "partly"),
    (2, "Sta trouwen op een zelfgekozen locatie toe zonder voorafgaande aanwijzing",
     "Het college blijft bij het stelsel van aangewezen locaties", "disagrees"),
    (3, "Verhoog de vergoeding voor de babs van 95 naar 125",
     "die per 2027 verhoogt naar 110 euro per ceremonie", "partly"),
    (4, "Geef elk bruidspaar één vaste contactpersoon bij Burgerzaken",
     "elk bruidspaar sinds 1 oktober één vaste trouwcoördinator heeft", "agrees"),
    (5, "Laat getuigen hun identiteitsbewijs vooraf digitaal uploaden",
     "getuigen vanaf maart 2027 hun identiteitsbewijs vooraf kunnen uploaden", "agrees"),
    (6, "Maak de trouwkamer op de eerste verdieping bereikbaar voor rolstoelgebruikers",
     "neemt de opmerking over de trouwkamer mee in de verbouwing", "noted"),
    (7, "Organiseer jaarlijks een bijscholingsdag voor alle trouwambtenaren", None, "unanswered"),
], [
    "De wethouder opent het overleg om 19.30 uur",
    "vraagt of de nieuwe trouwmappen al zijn gedrukt",
    "De wethouder sluit het overleg om 20.45 uur",
], "Advice: Dutch overleg trouwambtenaren (babs) on concept-beleidsregels huwelijksvoltrekking; a tariff table, "
   "'Wat ons opviel' (BW art. 1:63 'moet', the 2022 advice quoted with 'moeten'), two columns; recommendations "
   "UNNUMBERED BULLETS in a shaded box 'Ons advies' (expected 1-7 in document order). Response: minutes of the "
   "bestuurlijk overleg, bold run-in subjects, NO numbers, order R4, R2+R3, R1, R6, R5; 'Vrije locatie en "
   "vergoeding' = R2 disagrees (stelsel kept) + R3 partly (110 instead of 125 euro); R1 partly (monthly not "
   "weekly); R4 agrees (done); R6 noted (verbouwing 2028); R5 agrees; R7 (bijscholingsdag) unanswered; 'Opening "
   "en mededelingen', 'Rondvraag' and 'Sluiting' answer nothing.")
print("wrote", NAME)

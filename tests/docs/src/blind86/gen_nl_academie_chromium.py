"""Round 86 (nl, Flemish): the ADVIES of the SCHOOLRAAD of a municipal academy for part-time art education
(Stedelijke Academie voor Muziek, Woord en Dans, DKO) on the draft VESTIGINGSPLAN, answered by an UITTREKSEL UIT
DE NOTULEN of the college van burgemeester en schepenen (a collegebesluit: feiten, juridische grond, argumentatie,
besluit in artikels).

Advice: (invented) Schoolraad SAMWD Zeldegem, 'Advies over het ontwerp van vestigingsplan 2026-2029' (2 p., sans,
a blue title band, TWO COLUMNS, a pupils table, a grey 'Vaststellingen' box; head and 'p. n / m' stamped); the
seven recommendations are BOLD SENTENCES inside the paragraphs of section 3 ('Advies'), unnumbered (numbers by
order); traps: the decree on DKO ('moet ... worden gemeld', art. 34), the 2021 advice quoted ('Zorg voor een
volwaardig aanbod beeldende kunst in elk filiaal.'), 'zou ... moeten', a date and a vote.
Response: uittreksel uit de notulen, zitting van 23 maart 2026 (1-2 p., sans), replying BY PARAPHRASE in the
'Argumentatie' (no numbers), order 3, 1+4, 7, 2, 5: 'Feiten en context' (nothing); 3 agrees (already ordered); ONE
paragraph = 1 agrees + 4 disagrees; 7 agrees; 2 partly (only via the UiTPAS); 5 noted (passed to the
mobiliteitsdienst); a paragraph on the rent of the concert hall (nothing) and 'Publicatie' (nothing); 6 (the
schoolraad and the lesrooster) unanswered.
Engine: headless Chromium --print-to-pdf; header and page numbers stamped with PyMuPDF; ligature-free fonts from
tmp_fonts() under /tmp/b86nl_fonts.

The decree on part-time art education is real, but what the documents say of it is not to be relied on; Zeldegem,
its academy, people, figures and dates are invented.

Run: /tmp/blind86nl/bin/python tests/docs/src/blind86/gen_nl_academie_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b86nl as B  # noqa: E402

NAME = "blind86_nl_academie"
SANS = B.tmp_fonts()

CSS = """<html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 18mm 18mm 20mm; }
body { font-family: 'B86NL Sans'; font-size: 9.2pt; line-height: 1.38; color: #1d1d1d; }
h1 { font-size: 15pt; margin: 0 0 2mm 0; color: #1f4e8c; }
h2 { font-size: 10.6pt; color: #1f4e8c; margin: 3mm 0 1.5mm 0; }
p { margin: 0 0 2mm 0; text-align: left; }
.band { background: #1f4e8c; color: white; padding: 4mm 5mm; margin-bottom: 4mm; }
.band b { font-size: 12pt; }
.cols { column-count: 2; column-gap: 7mm; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; }
td, th { border: 0.6pt solid #999; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; font-size: 8.2pt; }
th { background: #dde7f3; }
.box { background: #f0f0f0; border-left: 3px solid #1f4e8c; padding: 2.5mm 3.5mm; margin: 2mm 0 3mm 0; break-inside: avoid; }
.small { font-size: 8pt; color: #555; }
.meta td { border: none; padding: 0.6mm 2mm 0.6mm 0; font-size: 8.6pt; }
.q { font-style: italic; margin-left: 4mm; }
</style></head><body>"""


def advice():
    h = CSS + """
<div class="band"><b>Schoolraad Stedelijke Academie voor Muziek, Woord en Dans Zeldegem</b><br>
Advies SR/2026/03 &middot; 2 maart 2026</div>
<h1>Advies over het ontwerp van vestigingsplan 2026-2029</h1>
<table class="meta"><tr><td><b>Aan</b></td><td>het college van burgemeester en schepenen van Zeldegem</td></tr>
<tr><td><b>Gevraagd op</b></td><td>26 januari 2026 (brief van de schepen van Onderwijs)</td></tr>
<tr><td><b>Goedgekeurd</b></td><td>vergadering van 27 februari 2026, 9 stemmen voor, 1 onthouding</td></tr></table>
<div class="cols">
<h2>1. Situering</h2>
<p>De academie heeft een hoofdschool in Zeldegem-centrum en filialen in Oostkerke, Heiveld en Ter Beke. Het
ontwerp van vestigingsplan stelt voor het filiaal in Oostkerke vanaf september 2027 te sluiten en de lessen over te
brengen naar de hoofdschool. De schoolraad bestaat uit vertegenwoordigers van ouders, leerlingen, personeel en de
lokale gemeenschap.</p>
<table><tr><th>Vestiging</th><th>Leerlingen 2025-2026</th><th>Domeinen</th></tr>
<tr><td>Hoofdschool Zeldegem</td><td>612</td><td>muziek, woord, dans</td></tr>
<tr><td>Oostkerke</td><td>88</td><td>muziek</td></tr>
<tr><td>Heiveld</td><td>134</td><td>muziek, woord</td></tr>
<tr><td>Ter Beke</td><td>57</td><td>muziek</td></tr></table>
<h2>2. Vaststellingen</h2>
<div class="box">
<p>Het aantal leerlingen steeg sinds 2022 met 11 procent, vooral in de lagere graad.</p>
<p>De danszaal in de hoofdschool zou volgens de preventieadviseur dringend moeten worden aangepast.</p>
<p>Het decreet over het deeltijds kunstonderwijs bepaalt dat elke wijziging van vestigingsplaatsen moet worden
gemeld v&oacute;&oacute;r 1 september van het voorafgaande schooljaar (art. 34).</p>
<p>Ouders uit Oostkerke hebben 412 handtekeningen verzameld voor het behoud van het filiaal.</p>
</div>
<p>In haar advies van 2021 over het vorige vestigingsplan schreef de schoolraad:</p>
<p class="q">'Zorg voor een volwaardig aanbod beeldende kunst in elk filiaal.'</p>
<p>Beeldende kunst valt sinds 2023 onder de intergemeentelijke academie; de schoolraad komt daar dus niet op
terug.</p>
<h2>3. Advies</h2>
<p>De schoolraad begrijpt dat het stadsbestuur wil besparen op huur en verwarming, maar vindt de afstand naar de
hoofdschool voor jonge kinderen te groot. <b>De schoolraad vraagt het filiaal in Oostkerke minstens tot het einde van
de planperiode te behouden.</b> Een sluiting treft vooral gezinnen zonder eigen vervoer.</p>
<p>De inschrijvingsgelden stijgen in het ontwerp met gemiddeld 8 procent. <b>Voer een sociaal tarief in voor
gezinnen met een verhoogde tegemoetkoming, ook voor leerlingen boven de 18 jaar.</b></p>
<p>De vaststelling over de danszaal is al lang bekend. <b>Vervang nog in 2026 de vloer van de danszaal in de
hoofdschool door een verende dansvloer.</b> De schoolraad wijst erop dat lessen nu soms worden verplaatst naar de
refter.</p>
<p>Het domein woord is nu enkel in de hoofdschool en in Heiveld te volgen. <b>Breid het aanbod woordkunst voor de
lagere graad uit naar alle filialen.</b></p>
<p>Voor leerlingen uit de deelgemeenten is het openbaar vervoer op woensdagnamiddag beperkt. <b>Onderzoek samen met De
Lijn of een busverbinding op woensdagnamiddag naar de hoofdschool mogelijk is.</b></p>
<p><b>Betrek de schoolraad voortaan bij de opmaak van het lesrooster voor de filialen.</b> Nu wordt de schoolraad
pas achteraf ge&iuml;nformeerd.</p>
<p>Tot slot merkt de schoolraad op dat de informatie over inschrijvingen moeilijk te vinden is. <b>Publiceer de
inschrijvingsprocedure op de website van de stad, ook in eenvoudige taal.</b></p>
<p class="small">Voor de schoolraad: Katrien Van Acker, voorzitter &middot; Bram De Clercq, secretaris</p>
</div></body></html>"""
    B.chromium_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Schoolraad SAMWD Zeldegem - advies SR/2026/03 vestigingsplan 2026-2029",
            "p. {n} / {m}", SANS["Regular"])


def response():
    h = CSS + """
<p class="small">STAD ZELDEGEM &middot; Uittreksel uit de notulen van het college van burgemeester en schepenen</p>
<h1>Zitting van 23 maart 2026</h1>
<table class="meta"><tr><td><b>Aanwezig</b></td><td>Griet Maes, burgemeester; Tom Verhaeghe, Ilse Naert, Yusuf Demir,
schepenen; Pieter Goossens, algemeen directeur</td></tr>
<tr><td><b>Onderwerp</b></td><td>Onderwijs - Stedelijke academie - vestigingsplan 2026-2029 - advies schoolraad -
standpunt</td></tr></table>
<h2>Feiten en context</h2>
<p>Op 26 januari 2026 vroeg het college de schoolraad van de Stedelijke Academie voor Muziek, Woord en Dans om advies
over het ontwerp van vestigingsplan 2026-2029. Het advies werd op 2 maart 2026 ontvangen. De directie van de academie
en de dienst Onderwijs hebben het advies besproken op 10 maart 2026.</p>
<h2>Juridische grond</h2>
<p>Decreet van 22 juni 2018 betreffende het deeltijds kunstonderwijs. Decreet over het lokaal bestuur, artikel 56.</p>
<h2>Argumentatie</h2>
<p>De nieuwe verende vloer voor de danszaal is intussen besteld en wordt tijdens de paasvakantie geplaatst. Het
college volgt hierin het advies van de schoolraad en van de preventieadviseur.</p>
<p>Na het advies van de schoolraad en de reacties van de ouders besluit het college het filiaal in Oostkerke te
behouden tot het einde van de planperiode in 2029. De uitbreiding van woordkunst naar alle filialen is binnen de
huidige lerarenomkadering echter niet haalbaar; het college houdt daarom vast aan het aanbod woord in de hoofdschool
en in Heiveld.</p>
<p>De stad zal de inschrijvingsprocedure vanaf mei 2026 op de stedelijke website publiceren, met een versie in
eenvoudige taal die samen met het Huis van het Nederlands wordt opgesteld.</p>
<p>Een apart sociaal tarief voert het college niet in. Wel kunnen leerlingen met een kansentarief op hun UiTPAS
vanaf 1 september 2026 80 procent korting krijgen op het inschrijvingsgeld; voor volwassen leerlingen blijft het
decretale tarief gelden.</p>
<p>De vraag naar een busverbinding op woensdagnamiddag wordt doorgegeven aan de mobiliteitsdienst, die ze meeneemt
in het overleg met De Lijn over het vervoerplan. Het college neemt daar op dit ogenblik geen standpunt over in.</p>
<p>Los van het vestigingsplan verlengt de stad de huurovereenkomst voor de concertzaal De Meerse met drie jaar, aan
een jaarlijkse huurprijs van 18.400 euro.</p>
<h2>Besluit</h2>
<p><b>Artikel 1.</b> Het college neemt kennis van het advies van de schoolraad van 2 maart 2026 en keurt de
argumentatie hierboven goed als standpunt van de stad.</p>
<p><b>Artikel 2.</b> Het aangepaste ontwerp van vestigingsplan wordt ter goedkeuring voorgelegd aan de gemeenteraad
van 27 april 2026.</p>
<h2>Publicatie</h2>
<p>Dit besluit wordt bekendgemaakt op de webtoepassing van de stad en aan de schoolraad en de directie van de academie
bezorgd.</p>
<p class="small">Namens het college: Pieter Goossens, algemeen directeur &middot; Griet Maes, burgemeester.
Voor eensluidend uittreksel.</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Zeldegem - college van burgemeester en schepenen 23 maart 2026",
            "p. {n} / {m}", SANS["Regular"])


RECS = [
    (1, "De schoolraad vraagt het filiaal in Oostkerke minstens tot",
     "besluit het college het filiaal in Oostkerke te behouden", "agrees"),
    (2, "Voer een sociaal tarief in voor gezinnen met een verhoogde tegemoetkoming",
     "Een apart sociaal tarief voert het college niet in", "partly"),
    (3, "Vervang nog in 2026 de vloer van de danszaal",
     "De nieuwe verende vloer voor de danszaal is intussen besteld", "agrees"),
    (4, "Breid het aanbod woordkunst voor de lagere graad uit",
     "De uitbreiding van woordkunst naar alle filialen is binnen de", "disagrees"),
    (5, "Onderzoek samen met De Lijn of een busverbinding op woensdagnamiddag",
     "wordt doorgegeven aan de mobiliteitsdienst", "noted"),
    (6, "Betrek de schoolraad voortaan bij de opmaak van het lesrooster", None, "unanswered"),
    (7, "Publiceer de inschrijvingsprocedure op de website van de stad",
     "vanaf mei 2026 op de stedelijke website publiceren", "agrees"),
]
UNMATCHED = [
    "De directie van de academie en de dienst Onderwijs hebben het advies besproken",
    "verlengt de stad de huurovereenkomst voor de concertzaal De Meerse",
    "Dit besluit wordt bekendgemaakt op de webtoepassing van de stad",
]
NOTES = ("Advice: advies SR/2026/03 of the (invented) schoolraad of the Stedelijke Academie voor Muziek, Woord en Dans "
         "Zeldegem on the draft vestigingsplan, two columns; seven BOLD SENTENCES inside the paragraphs of '3. "
         "Advies', unnumbered (numbers by order). Traps: a pupils table; a grey 'Vaststellingen' box ('zou ... "
         "moeten', the DKO decree 'moet ... worden gemeld', art. 34); the 2021 advice quoted ('Zorg voor een "
         "volwaardig aanbod beeldende kunst in elk filiaal.'); the vote. Response: uittreksel uit de notulen of the "
         "college (collegebesluit), replying BY PARAPHRASE in 'Argumentatie' (no numbers), order 3, 1+4, 7, 2, 5: "
         "'Feiten en context' (nothing); 3 agrees (floor already ordered); ONE paragraph = 1 agrees (filiaal kept "
         "to 2029) + 4 disagrees (woordkunst not feasible); 7 agrees (May 2026); 2 partly (UiTPAS discount instead "
         "of a social tariff); 5 noted (passed to the mobiliteitsdienst, no position); the concert-hall lease and "
         "'Publicatie' (nothing); 6 (schoolraad and lesrooster) unanswered. 'Artikel 1' takes note of the advice "
         "as a whole.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

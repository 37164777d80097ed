"""Round 107 (nl): the ADVIES of a Dutch municipality's ADVIESCOMMISSIE KERMISSEN (showmen, residents, police,
horeca) on the concept-KERMISBELEID 2027-2031, answered in the VERSLAG (minutes) of the raadscommissie Samenleving,
where the wethouder replies orally, by subject and without numbers.

Advice (Chromium headless, sans, red title band, TWO COLUMNS, @page head from p. 2, 'pagina n van m'): a kermis table,
'Wat wij zagen' (Dienstenrichtlijn 'moet', the 2020 evaluation quoted with 'moet', APV art. 5:22, 22.00 uur), then
the recommendations as labelled paragraphs 'Advies 1'-'Advies 7'. Response: minutes, agendapunt 4, order A3, A5+A7,
A1, A4, A2; A6 unanswered. All invented.

Run: /tmp/blind107nl/bin/python tests/docs/src/blind107/gen_nl_kermis_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b107nl as B  # noqa: E402

NAME = "blind107_nl_kermis"
F = B.tmp_fonts()
CSS = """
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 17mm 20mm 17mm;
  @top-left { content: "%s"; font: italic 7.5pt K; color: #666; }
  @bottom-center { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt K; color: #666; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.6pt; line-height: 1.42; color: #222; }
.band { background: #9b1c2c; color: white; padding: 8pt 10pt; margin-bottom: 8pt; }
.band h1 { font-size: 16pt; margin: 2pt 0; }
h2 { font-size: 11pt; color: #9b1c2c; margin: 10pt 0 4pt 0; break-after: avoid; }
.cols { column-count: 2; column-gap: 8mm; }
.adv { margin: 0 0 7pt 0; padding-left: 6pt; border-left: 2pt solid #9b1c2c; break-inside: avoid; }
.adv b { color: #9b1c2c; }
table { border-collapse: collapse; width: 100%%; font-size: 8.4pt; }
td, th { border-bottom: 0.6pt solid #d9a3aa; padding: 2pt 4pt; text-align: left; }
p { margin: 0 0 6pt 0; }
.meta { font-size: 8.5pt; color: #444; }
"""


def page(head, body):
    return ("<html><head><meta charset='utf-8'><style>" + CSS % (F["Regular"], F["Bold"], F["Italic"], head)
            + "</style></head><body>" + body + "</body></html>")


ADV = """
<div class="band">Adviescommissie Kermissen Westerbroek<h1>Advies over het concept-Kermisbeleid 2027-2031</h1>
Kenmerk AK 2026/03 &middot; vastgesteld in de vergadering van 22 september 2026</div>
<p class="meta">Aan: het college van burgemeester en wethouders van Westerbroek, t.a.v. wethouder R. Damsma
(Evenementen). Afschrift: de raadscommissie Samenleving.</p>
<div class="cols">
<h2>1. Inleiding</h2>
<p>De Adviescommissie Kermissen adviseert het college over alles wat de vier kermissen in de gemeente betreft. In de
commissie zitten twee kermisexploitanten namens de BOVAK-afdeling Noord, twee bewoners van het centrum, de
wijkagent, een vertegenwoordiger van Koninklijke Horeca en een beleidsmedewerker als adviserend lid. Het college
vroeg ons op 30 juni 2026 om advies over het concept-Kermisbeleid 2027-2031. Wij bespraken het concept in twee
vergaderingen en spraken daarnaast met de ondernemersvereniging Centrum.</p>
<h2>2. De kermissen in cijfers</h2>
<table><tr><th>Kermis</th><th>Locatie</th><th>Dagen</th><th>Attracties</th><th>Bezoekers 2025</th></tr>
<tr><td>Voorjaarskermis</td><td>Marktplein</td><td>4</td><td>22</td><td>31.000</td></tr>
<tr><td>Dorpsfeest Oldehove</td><td>Brink</td><td>3</td><td>9</td><td>6.500</td></tr>
<tr><td>Najaarskermis</td><td>Marktplein</td><td>4</td><td>25</td><td>38.000</td></tr>
<tr><td>Kermis Westerbroek-Zuid</td><td>Marktplein Zuid</td><td>3</td><td>11</td><td>8.200</td></tr></table>
<h2>3. Wat wij zagen</h2>
<p>De standplaatsen worden nu verdeeld op basis van ancienniteit: wie er al jaren staat, krijgt zijn plaats terug.
Op grond van de Dienstenrichtlijn moet de gemeente schaarse standplaatsen echter transparant en met gelijke kansen
verdelen; een nieuwe exploitant komt er nu vrijwel niet tussen. Wij wijzen erop dat artikel 5:22 van de APV al een
ontheffing voor muziek tot 23.00 uur kent, maar dat er geen grens is voor het geluid van de attracties zelf. Het
aantal geluidsklachten over de kermis op het Marktplein steeg van 14 in 2023 naar 37 in 2025.</p>
<p>In de evaluatie van 2020 staat: 'De gemeente moet de kermis compact houden en niet verder uitbreiden dan het
Marktplein.' De commissie ziet dat het concept die lijn volgt. Tegelijk stellen de exploitanten vast dat het
aantal bezoekers op de vrijdag- en zaterdagavond zo groot is dat de kermis op piekmomenten onveilig vol raakt. De
stroomkosten voor de kermissen kwamen in 2025 uit op 41.800 euro en worden volledig door de gemeente gedragen.</p>
<h2>4. Ons advies</h2>
<p>Alles overwegend adviseert de commissie het college als volgt.</p>
<p class="adv"><b>Advies 1.</b> Verdeel de standplaatsen voortaan via een openbare inschrijving met een vooraf
bekendgemaakte puntentelling, in plaats van op basis van ancienniteit.</p>
<p class="adv"><b>Advies 2.</b> Verleng de voorjaars- en najaarskermis op het Marktplein van vier naar vijf dagen,
met de maandag als gezinsdag met gereduceerde prijzen.</p>
<p class="adv"><b>Advies 3.</b> Verplaats de kermis van Westerbroek-Zuid van het Marktplein Zuid naar het
evenemententerrein aan de Sportlaan.</p>
<p class="adv"><b>Advies 4.</b> Voer op elke kermis een prikkelarm uur in, zonder muziek en knipperlicht, voor
kinderen en volwassenen die daar behoefte aan hebben.</p>
<p class="adv"><b>Advies 5.</b> Beperk het geluid van de attracties na 22.00 uur tot 85 dB(A), gemeten op de gevel
van de dichtstbijzijnde woning.</p>
<p class="adv"><b>Advies 6.</b> Zorg op elk kermisterrein voor voldoende openbare toiletten, waaronder ten minste
één toegankelijk toilet voor mensen met een beperking.</p>
<p class="adv"><b>Advies 7.</b> Laat de kermisexploitanten voortaan zelf de kosten van de stroomvoorziening dragen,
via een opslag op het standgeld.</p>
<h2>5. Tot slot</h2>
<p>De commissie vraagt het college dit advies te betrekken bij het definitieve Kermisbeleid, dat volgens de planning
op 9 februari 2027 aan de raad wordt aangeboden. Een van de bewonersleden heeft bij advies 2 een minderheidsstandpunt
laten aantekenen. De commissie licht haar advies graag toe in de raadscommissie.</p>
<p>Namens de Adviescommissie Kermissen,<br>A. Hoekstra-Veldman, voorzitter<br>D. Kuipers, secretaris</p>
</div>
"""

RESP = """
<div class="band">Gemeenteraad Westerbroek<h1>Verslag raadscommissie Samenleving</h1>
Vergadering van dinsdag 10 november 2026, 19.30 uur, raadzaal</div>
<p class="meta">Aanwezig: mevrouw J. Bosma (voorzitter), de leden De Vries (VVD), Smit (CDA), Oosterhuis
(GroenLinks-PvdA), Wiersma (Gemeentebelangen), Van Dam (D66); wethouder R. Damsma; griffier mr. L. Mulder.</p>
<h2>1. Opening en vaststelling agenda</h2>
<p>De voorzitter opent de vergadering om 19.31 uur en heet de leden van de Adviescommissie Kermissen op de
publieke tribune welkom. De agenda wordt ongewijzigd vastgesteld.</p>
<h2>2. Mededelingen</h2>
<p>Wethouder Damsma meldt dat de nieuwe parkeerautomaten op het Stationsplein met ingang van 1 december ook
betaling met de telefoon accepteren. Er zijn geen andere mededelingen.</p>
<h2>3. Advies Adviescommissie Kermissen over het concept-Kermisbeleid</h2>
<p>Mevrouw Hoekstra-Veldman licht het advies kort toe. De heer Wiersma vraagt hoe het college op het advies
reageert. Wethouder Damsma antwoordt per onderwerp.</p>
<p>Over de locatie in Zuid zegt de wethouder dat het college de gedachte aan het evenemententerrein interessant
vindt, maar eerst de bewoners en de sportverenigingen aan de Sportlaan wil horen. Het college neemt de suggestie
mee in de verkenning voor het evenemententerrein en beslist daar volgend jaar over.</p>
<p>Over geluid en stroom: het college neemt de grens van 85 dB(A) na tien uur 's avonds over en neemt die op in de
ontheffingsvoorschriften, met controles door de omgevingsdienst. De stroomkosten blijven wel voor rekening van de
gemeente. Een opslag op het standgeld zou de kleinere kermissen in de dorpen onrendabel maken, en dat wil het
college niet.</p>
<p>De heer Smit vraagt naar de verdeling van de plaatsen. De wethouder bevestigt dat het college overstapt op een
openbare inschrijving met puntentelling; de criteria worden in het voorjaar met de BOVAK uitgewerkt en gelden voor
het eerst voor de najaarskermis van 2027.</p>
<p>Mevrouw Oosterhuis vraagt naar het prikkelarme uur. De wethouder zegt toe dat er op elke kermis een prikkelarm uur
komt; de exploitanten hebben al laten weten daaraan mee te werken.</p>
<p>Op de vraag van de heer Van Dam over de duur van de kermis antwoordt de wethouder dat het college in 2027 bij
wijze van proef alleen de najaarskermis met een dag verlengt. De voorjaarskermis blijft vier dagen; na de proef volgt
een evaluatie.</p>
<p>De voorzitter concludeert dat het onderwerp voldoende is besproken en als hamerstuk naar de raad kan.</p>
<h2>4. Rondvraag en sluiting</h2>
<p>Er zijn geen vragen voor de rondvraag. De voorzitter dankt de aanwezigen en sluit de vergadering om 20.47 uur.</p>
<p>Vastgesteld in de vergadering van 8 december 2026.<br>De griffier, mr. L. Mulder &middot; de voorzitter, J. Bosma</p>
"""

B.chromium_pdf(page("Adviescommissie Kermissen - advies AK 2026/03 over het concept-Kermisbeleid", ADV),
               NAME + "_advice.pdf")
B.chromium_pdf(page("Verslag raadscommissie Samenleving, 10 november 2026", RESP), NAME + "_response.pdf")

R = None
B.write_expected(NAME, [
    (1, "Verdeel de standplaatsen voortaan via een openbare inschrijving met een",
     "overstapt op een openbare inschrijving met puntentelling", "agrees"),
    (2, "Verleng de voorjaars- en najaarskermis op het Marktplein van vier naar",
     "bij wijze van proef alleen de najaarskermis met een dag verlengt", "partly"),
    (3, "Verplaats de kermis van Westerbroek-Zuid van het Marktplein Zuid naar",
     "neemt de suggestie mee in de verkenning voor het evenemententerrein", "noted"),
    (4, "Voer op elke kermis een prikkelarm uur in, zonder muziek",
     "zegt toe dat er op elke kermis een prikkelarm uur", "agrees"),
    (5, "Beperk het geluid van de attracties na 22.00 uur tot 85",
     "neemt de grens van 85 dB(A) na tien uur", "agrees"),
    (6, "Zorg op elk kermisterrein voor voldoende openbare toiletten, waaronder ten minste", R, "unanswered"),
    (7, "Laat de kermisexploitanten voortaan zelf de kosten van de stroomvoorziening dragen",
     "De stroomkosten blijven wel voor rekening van de gemeente", "disagrees"),
], ["heet de leden van de Adviescommissie Kermissen op de publieke tribune welkom",
    "nieuwe parkeerautomaten op het Stationsplein met ingang van 1 december",
    "Er zijn geen vragen voor de rondvraag"],
    "Advice: adviescommissie kermissen, two columns, a kermis table and 'Wat wij zagen' (Dienstenrichtlijn 'moet', "
    "APV art. 5:22, 22.00/23.00 uur, the 2020 evaluation quoted with 'moet'); recommendations LABELLED PARAGRAPHS "
    "'Advies 1.'-'Advies 7.' with a red left rule (expected 1-7). Response: MINUTES of the raadscommissie "
    "Samenleving; under agendapunt 3 the wethouder answers orally by subject, NO numbers, order A3, A5+A7, A1, A4, "
    "A2; 'Over geluid en stroom' = A5 agrees + A7 disagrees (gemeente keeps paying for power); A3 noted "
    "(verkenning); A1 agrees; A4 agrees (toezegging); A2 partly (only the autumn kermis, as a trial); A6 (toilets) "
    "unanswered; agendapunten 1 (opening), 2 (mededelingen: parkeerautomaten) and 4 (rondvraag en sluiting) "
    "answer nothing.")

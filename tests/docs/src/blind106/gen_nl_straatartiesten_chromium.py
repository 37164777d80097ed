"""Round 106 (nl): the ADVIES of a Flemish city's CULTUURRAAD on the ontwerp-reglement straatartiesten, answered by
the LETTER of the schepen van cultuur with subject headings and no numbers.

Advice (Chromium, sans, purple sidebar on p. 1, @page head from p. 2, 'p. n/m'): a figures table, 'Vaststellingen'
(politiereglement art. 47 'moet', the 2019 advice quoted with 'moet'), then the recommendations as BOLD LEAD
SENTENCES of seven unnumbered paragraphs under 'Advies'. Response: letter with subject headings, no numbers, order
R6, R3+R1, R7, R2, R5; R4 unanswered. All bodies, people and figures invented.

Run: /tmp/blind106nl/bin/python tests/docs/src/blind106/gen_nl_straatartiesten_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b106nl as B  # noqa: E402

NAME = "blind106_nl_straatartiesten"
F = B.tmp_fonts()
CSS = """
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @top-left { content: "%s"; font: italic 7.5pt K; color: #666; }
  @bottom-right { content: "p. " counter(page) "/" counter(pages); font: 7.5pt K; color: #666; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.8pt; line-height: 1.42; color: #222; }
h1 { font-size: 17pt; color: #5b2a6e; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; color: #5b2a6e; margin: 12pt 0 4pt 0; }
.wrap { display: grid; grid-template-columns: 44mm 1fr; gap: 7mm; }
.side { background: #efe6f3; padding: 8pt; font-size: 8pt; border-left: 3pt solid #5b2a6e; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; }
td, th { border-bottom: 0.6pt solid #b9a3c4; padding: 3pt 5pt; text-align: left; }
p { margin: 0 0 6pt 0; }
"""


def page(head, body):
    return ("<html><head><meta charset='utf-8'><style>" + CSS % (F["Regular"], F["Bold"], F["Italic"], head)
            + "</style></head><body>" + body + "</body></html>")


ADV = """
<div class="wrap"><div class="side">
<b>Cultuurraad Lierbeke</b><br>Stedelijke adviesraad voor cultuur<br><br>
Advies CR/2026/07<br>Goedgekeurd op de algemene vergadering van 9 september 2026<br><br>
Gevraagd door: college van burgemeester en schepenen, brief van 17 juni 2026<br><br>
Contact: secretariaat Cultuurraad, Cultuurcentrum De Schelp, Vismarkt 3, Lierbeke
</div><div>
<h1>Advies over het ontwerp-reglement straatartiesten</h1>
<h2>Inleiding</h2>
<p>Het college vroeg de Cultuurraad op 17 juni 2026 advies over het ontwerp van een nieuw reglement voor
straatartiesten in de binnenstad. Het ontwerp vervangt de regeling uit 2014 en legt vast waar, wanneer en onder welke
voorwaarden muzikanten, jongleurs, levende standbeelden en andere artiesten op het openbaar domein mogen optreden.
De Cultuurraad besprak het ontwerp in de werkgroep podiumkunsten en op de algemene vergadering van 9 september 2026.
Voor dit advies spraken wij met acht straatartiesten, de handelaarsvereniging Binnenstad en de dienst
evenementen.</p>
<h2>Het ontwerp in het kort</h2>
<p>Het ontwerp voorziet in een jaarlijkse vergunning, die alleen wordt afgeleverd na een auditie voor een stedelijke
jury. Artiesten mogen optreden op vijf aangeduide plekken, tussen 10 en 20 uur, met een maximum van 30 minuten per
plek. Versterkers zijn verboden. De vergunning kost 25 euro en geldt voor zes maanden. Op zon- en feestdagen zijn
optredens in de binnenstad niet toegestaan.</p>
<table><tr><th>Gegeven</th><th>2024</th><th>2025</th></tr>
<tr><td>Afgeleverde vergunningen</td><td>64</td><td>51</td></tr>
<tr><td>Klachten over geluidsoverlast</td><td>22</td><td>19</td></tr>
<tr><td>Processen-verbaal zonder vergunning</td><td>9</td><td>17</td></tr></table>
</div></div>
<h2>Vaststellingen</h2>
<p>Volgens artikel 47 van het algemeen politiereglement moet wie op het openbaar domein optreedt over een vergunning
van de burgemeester beschikken. De Cultuurraad stelt vast dat het aantal vergunningen daalt, terwijl het aantal
processen-verbaal tegen artiesten zonder vergunning bijna verdubbelde. Artiesten noemden de auditie, de korte
geldigheid en de kosten als reden om geen vergunning aan te vragen.</p>
<p>De Cultuurraad herinnert eraan dat hij in zijn advies van 2019 al schreef: 'De stad moet straatkunst zien als een
troef voor de binnenstad en niet als overlast.' De handelaars bevestigen dat: een meerderheid van de ondervraagde
handelaars vindt dat straatartiesten meer bezoekers aantrekken. Tegelijk blijft geluidsoverlast voor bewoners rond
de Grote Markt een reëel probleem, dat in een nieuw reglement aandacht verdient.</p>
<h2>Advies</h2>
<p>De Cultuurraad geeft een gunstig advies over het ontwerp, onder de volgende voorwaarden.</p>
<p><b>Schaf de voorafgaande auditie voor de stedelijke jury af.</b> Een auditie schrikt reizende artiesten af en is
in de meeste Vlaamse centrumsteden niet meer gebruikelijk. De kwaliteit kan ook worden bewaakt via klachten.</p>
<p><b>Voeg het Stationsplein en de Kaaiwand toe aan de aangeduide speelplekken.</b> Beide pleinen hebben veel
passanten en weinig bewoners, waardoor de druk op de Grote Markt afneemt.</p>
<p><b>Verleng de maximale speeltijd per plek van 30 naar 45 minuten.</b> Een muzikaal programma van een half uur
laat nauwelijks tijd om publiek op te bouwen.</p>
<p><b>Laat kleine versterkers toe tot een geluidsniveau van 75 dB(A) op tien meter afstand.</b> Een volledig verbod
sluit zangers en akoestisch zwakke instrumenten uit.</p>
<p><b>Maak de vergunning digitaal aan te vragen, kosteloos en geldig voor een volledig kalenderjaar.</b> Een
vergunning van zes maanden tegen betaling staat niet in verhouding tot de inkomsten van de meeste artiesten.</p>
<p><b>Betrek de Cultuurraad bij de evaluatie van het reglement na het eerste jaar.</b> De werkgroep podiumkunsten is
bereid de ervaringen van artiesten en publiek te verzamelen.</p>
<p><b>Sta optredens in de binnenstad ook op zon- en feestdagen toe, tussen 12 en 18 uur.</b> Juist op koopzondagen en
tijdens de zomermaanden is het publiek het grootst.</p>
<h2>Tot slot</h2>
<p>De Cultuurraad vraagt het college, overeenkomstig artikel 304 van het Decreet over het lokaal bestuur, zijn
beslissing over dit advies te motiveren en binnen twee maanden te laten weten welk gevolg eraan wordt gegeven.</p>
<p>Voor de Cultuurraad,<br>Lotte Vanderhaegen, voorzitter<br>Bram De Smedt, secretaris</p>
"""

RES = """
<div style="border-bottom: 2pt solid #5b2a6e; padding-bottom: 6pt; margin-bottom: 12pt;">
<span style="font-size: 14pt; color: #5b2a6e;"><b>Stad Lierbeke</b></span><br>
<span style="font-size: 8pt;">Schepen van Cultuur, Evenementen en Middenstand | Stadhuis, Grote Markt 1, 2580
Lierbeke</span></div>
<p style="font-size: 8.5pt;">Aan de Cultuurraad Lierbeke<br>t.a.v. mevrouw L. Vanderhaegen, voorzitter<br>
Vismarkt 3, Lierbeke<br><br>Ons kenmerk: CULT/2026/488 | Uw kenmerk: CR/2026/07<br>
Lierbeke, 4 november 2026</p>
<p><b>Betreft: uw advies over het reglement straatartiesten</b></p>
<p>Geachte mevrouw Vanderhaegen,</p>
<p>Namens het college dank ik de Cultuurraad voor het uitgebreide advies van 9 september. Het college heeft het
ontwerp-reglement in zijn zitting van 27 oktober opnieuw besproken, samen met uw advies en de opmerkingen van de
politiezone. Hieronder leest u hoe wij met uw voorstellen zijn omgegaan.</p>
<h2>Evaluatie</h2>
<p>Wij nodigen de werkgroep podiumkunsten graag uit voor de evaluatie van het reglement in het najaar van 2027; het
reglement voorziet daar nu uitdrukkelijk in.</p>
<h2>Jury en speelduur</h2>
<p>Het college wil vasthouden aan de jury. De auditie is volgens ons de beste manier om de kwaliteit en
verscheidenheid van het aanbod in de binnenstad te bewaken, en ze wordt door de bewoners van de Grote Markt sterk
gewaardeerd. Uw voorstel over de speelduur volgen wij wel: artiesten mogen voortaan 45 minuten op dezelfde plek
blijven.</p>
<h2>Zondagen</h2>
<p>Het reglement laat optredens voortaan ook op zon- en feestdagen toe, van 12 tot 18 uur, zoals u voorstelde.</p>
<h2>Nieuwe speelplekken</h2>
<p>Het Stationsplein wordt in 2027 heraangelegd en de Kaaiwand valt onder het beheer van De Vlaamse Waterweg. Wij
nemen uw suggestie mee bij het ontwerp van het nieuwe plein en zullen het overleg met de waterweg afwachten
voordat wij over extra plekken beslissen.</p>
<h2>Vergunning</h2>
<p>De aanvraag verloopt vanaf 1 januari 2027 via het digitale loket en de vergunning geldt voortaan een heel
kalenderjaar. Een retributie blijft nodig om de administratie te dekken, maar wij verlagen die van 25 naar 10
euro.</p>
<h2>Kerstmarkt</h2>
<p>Los van uw advies laat ik u weten dat de stad dit jaar de kerstmarkt met een week verlengt. Artiesten die
tijdens de kerstmarkt willen optreden, kunnen zich tot 20 november aanmelden bij de dienst evenementen.</p>
<p>Het aangepaste reglement wordt op 14 december aan de gemeenteraad voorgelegd. Ik dank de Cultuurraad nogmaals voor
zijn betrokkenheid en blijf graag in gesprek over een levendige binnenstad.</p>
<p>Met vriendelijke groeten,<br><br>Koen Verbruggen<br>schepen van cultuur, evenementen en middenstand</p>
"""

B.chromium_pdf(page("Cultuurraad Lierbeke - advies CR/2026/07 over het ontwerp-reglement straatartiesten", ADV),
               NAME + "_advice.pdf")
B.chromium_pdf(page("Stad Lierbeke - CULT/2026/488", RES), NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Schaf de voorafgaande auditie voor de stedelijke jury af.", "Het college wil vasthouden aan de jury",
     "disagrees"),
    (2, "Voeg het Stationsplein en de Kaaiwand toe aan de aangeduide speelplekken.",
     "nemen uw suggestie mee bij het ontwerp van het nieuwe plein", "noted"),
    (3, "Verleng de maximale speeltijd per plek van 30 naar 45 minuten.",
     "artiesten mogen voortaan 45 minuten op dezelfde plek", "agrees"),
    (4, "Laat kleine versterkers toe tot een geluidsniveau van 75", None, "unanswered"),
    (5, "Maak de vergunning digitaal aan te vragen, kosteloos en geldig",
     "wij verlagen die van 25 naar 10 euro", "partly"),
    (6, "Betrek de Cultuurraad bij de evaluatie van het reglement",
     "nodigen de werkgroep podiumkunsten graag uit voor de evaluatie", "agrees"),
    (7, "Sta optredens in de binnenstad ook op zon- en feestdagen toe",
     "laat optredens voortaan ook op zon- en feestdagen toe", "agrees"),
], ["heeft het ontwerp-reglement in zijn zitting van 27 oktober", "de stad dit jaar de kerstmarkt met een week verlengt",
    "blijf graag in gesprek over een levendige binnenstad"],
    "Advice: Flemish Cultuurraad on the ontwerp-reglement straatartiesten; recommendations the BOLD LEAD SENTENCES of "
    "seven unnumbered paragraphs under 'Advies' (expected 1-7 in document order), after a sidebar, 'Het ontwerp in het "
    "kort' (the current rules), a figures table, 'Vaststellingen' (politiereglement art. 47 'moet', the 2019 advice "
    "quoted with 'moet'), art. 304 Decreet lokaal bestuur. Response: schepen's letter with subject headings, NO "
    "numbers, order R6, R1+R3, R7, R2, R5; 'Jury en speelduur' = R1 disagrees + R3 agrees; R2 noted (heraanleg, "
    "waterweg); R5 partly (fee lowered, not free); R4 (versterkers) unanswered; the opening, 'Kerstmarkt' and the "
    "closing answer nothing.")

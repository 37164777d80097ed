"""Round 92 (nl): the EVALUATIERAPPORT of a municipality's CARNAVAL (by an independent evaluation committee for
the lokale driehoek), answered by the BESLUITENLIJST of the driehoeksoverleg (burgemeester, officier van justitie,
politie) that cites the recommendations' Roman numerals.

Advice: Evaluatiecommissie Carnaval Roosendijk (2 p., Chromium, sans, red band, a grey key-figures sidebar,
@page running head and 'pagina n van m'): 'Bevindingen' in numbered paragraphs, the recommendations as ROMAN
NUMERALS I.-VII. in a ruled block 'Aanbevelingen'; traps: APV article 2:10 and the evenementenbeleid 'moet', the
2024 evaluation quoted, incident figures. Response: besluitenlijst of the driehoek (1-2 p., Chromium, table
Nr. / Onderwerp / Besluit / Actiehouder), order V, II+VI, I, VII, III; IV unanswered. Everything is invented.

Run: /tmp/blind92nl/bin/python tests/docs/src/blind92/gen_nl_carnaval_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b92nl as B  # noqa: E402

NAME = "blind92_nl_carnaval"
B.tmp_fonts()
FAM = "B92NL Sans"

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%s"; font: 7.5pt '%s'; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt '%s'; color: #666; } }
body { font-family: '%s'; font-size: 9.4pt; line-height: 1.38; margin: 0; }
h1 { font-size: 16pt; color: #a31d24; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; color: #a31d24; margin: 10pt 0 3pt 0; }
.band { background: #a31d24; color: white; padding: 5pt 8pt; font-weight: bold; font-size: 9pt; }
.wrap { display: flex; gap: 12pt; }
.main { flex: 3; }
.side { flex: 1.15; background: #eee; padding: 6pt 8pt; font-size: 8.2pt; align-self: flex-start; }
.side b { color: #a31d24; }
p { margin: 0 0 5pt 0; }
.num { padding-left: 22pt; text-indent: -22pt; }
.recs { border-top: 2pt solid #a31d24; border-bottom: 2pt solid #a31d24; padding: 4pt 0; margin: 6pt 0; }
.recs p { padding-left: 26pt; text-indent: -26pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; }
td, th { border: 0.6pt solid #999; padding: 4pt 5pt; vertical-align: top; text-align: left; }
th { background: #f1d9da; }
.meta td { border: none; padding: 1pt 4pt 1pt 0; }
"""


def css(head):
    return CSS % (head, FAM, FAM, FAM)


ADVICE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Evaluatie carnaval 2026</title>
<style>%s</style></head><body>
<div class="band">Evaluatiecommissie Carnaval Roosendijk</div>
<h1>Evaluatie carnaval 2026: 'Feest met een randje'</h1>
<table class="meta"><tr><td>Opdrachtgever</td><td>lokale driehoek Roosendijk</td></tr>
<tr><td>Datum</td><td>20 maart 2026</td></tr><tr><td>Kenmerk</td><td>ECR-2026-01</td></tr></table>
<div class="wrap"><div class="main">
<h2>1 Opdracht en werkwijze</h2>
<p>De lokale driehoek vroeg de commissie op 19 februari 2026 het verloop van carnaval 2026 (14 tot en met
17 februari) te evalueren, met bijzondere aandacht voor de drukte in het centrum en de inzet van de hulpdiensten.
De commissie sprak met 23 betrokkenen en bestudeerde de meldingen van politie, brandweer en GHOR.</p>
<h2>2 Kader</h2>
<p>Op grond van artikel 2:10 van de APV moet voor een evenement met meer dan 1.000 bezoekers een vergunning worden
aangevraagd; het gemeentelijke evenementenbeleid bepaalt dat de organisator dan een veiligheidsplan moet
overleggen. Voor het straatcarnaval, dat geen organisator heeft, ontbreekt zo'n plan.</p>
<p>In de evaluatie van 2024 stond al: 'De gemeente moet de regie op de openbare ruimte tijdens carnaval
nadrukkelijker nemen.' Die aanbeveling is maar ten dele opgevolgd.</p>
<h2>3 Bevindingen</h2>
<p class="num">3.1&#8195;Op zaterdagavond stonden op de Markt naar schatting 9.500 mensen, terwijl het plein veilig
ruimte biedt aan 7.000. De afsluiting gebeurde pas na 23.00 uur.</p>
<p class="num">3.2&#8195;De EHBO-post op de Markt was door de drukte slecht bereikbaar; ambulancepersoneel deed er
tot twaalf minuten over om een patiënt te bereiken.</p>
<p class="num">3.3&#8195;Politie, brandweer en GHOR werkten elk vanuit hun eigen locatie. Informatie over de drukte
kwam daardoor te laat bij de beslissers.</p>
<p class="num">3.4&#8195;Het aantal meldingen van overlast na 03.00 uur verdubbelde ten opzichte van 2025.</p>
</div>
<div class="side"><b>Kerncijfers 2026</b><br>bezoekers (schatting): 61.000<br>meldingen politie: 184
<br>aanhoudingen: 27<br>EHBO-contacten: 312<br>ambulanceritten: 19<br><br><b>Bevinding</b><br>De meeste incidenten
vonden plaats tussen 01.00 en 05.00 uur, rond de Kerkstraat en de Markt.<br><br><b>Uit de enquête</b><br>71 procent
van de bewoners vindt dat carnaval 'te lang doorgaat'.</div></div>
<h2>4 Aanbevelingen</h2>
<p>De commissie komt tot de volgende aanbevelingen aan de driehoek:</p>
<div class="recs">
<p>I.&#8195;&#8194;Stel voor de Markt en het Kerkplein een maximale bezoekerscapaciteit vast en laat die tijdens
carnaval met tellingen bewaken.</p>
<p>II.&#8195;&#8194;Verplaats de EHBO-post van de Markt naar de ingang van de Kerkstraat, zodat hulpverleners het
uitgaansgebied sneller bereiken.</p>
<p>III.&#8195;&#8194;Breid het alcoholverbod op straat uit tot het hele centrum en laat het gelden tot 02.00 uur.</p>
<p>IV.&#8195;&#8194;Zet tijdens de carnavalsdagen extra nachtbussen in tussen het centrum en de kerkdorpen.</p>
<p>V.&#8195;&#8194;Richt voor politie, brandweer, GHOR en gemeente één gezamenlijke coördinatieruimte in, met
actueel beeld van de drukte.</p>
<p>VI.&#8195;&#8194;Laat de horeca in het centrum op zaterdag en zondag uiterlijk om 03.00 uur sluiten in plaats
van om 05.00 uur.</p>
<p>VII.&#8195;&#8194;Onderzoek of de Stichting Carnaval Roosendijk kan bijdragen aan de kosten van beveiliging en
verkeersregelaars.</p>
</div>
<h2>5 Tot slot</h2>
<p>De commissie dankt alle betrokkenen voor hun openheid. Carnaval is in Roosendijk een feest van en voor de
inwoners; met deze maatregelen kan het dat ook blijven.</p>
<p>Namens de commissie,<br>mr. E.J.M. van Gils-Rombouts, voorzitter</p>
</body></html>"""

RESPONSE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluitenlijst driehoek</title>
<style>%s</style></head><body>
<div class="band">Gemeente Roosendijk - lokale driehoek</div>
<h1>Besluitenlijst driehoeksoverleg</h1>
<table class="meta"><tr><td>Datum</td><td>8 april 2026, 14.00 - 15.30 uur, stadhuis kamer 2.14</td></tr>
<tr><td>Aanwezig</td><td>burgemeester W.F. Aarts (voorzitter), mr. S. Donkers (officier van justitie), K. Breugelmans
(teamchef politie), J. Vos (veiligheidsregio, agendapunt 2), verslag: A. Hendrikx</td></tr></table>
<h2>1 Opening en mededelingen</h2>
<p>De voorzitter opent de vergadering. De besluitenlijst van 11 maart wordt ongewijzigd vastgesteld. Mededeling:
de teamchef meldt dat de nieuwe wijkagent voor Roosendijk-Zuid op 1 mei begint.</p>
<h2>2 Evaluatie carnaval 2026 (ECR-2026-01)</h2>
<table><tr><th style="width:8%%">Nr.</th><th style="width:22%%">Onderwerp</th><th>Besluit</th>
<th style="width:16%%">Actiehouder</th></tr>
<tr><td>2a</td><td>Aanbeveling V - coördinatie</td><td>De driehoek neemt de aanbeveling over. Vanaf carnaval 2027
werken alle diensten vanuit één gezamenlijke commandoruimte in de brandweerkazerne aan de Vlasmarkt.</td>
<td>veiligheidsregio</td></tr>
<tr><td>2b</td><td>Aanbevelingen II en VI - hulpverlening en sluitingstijden</td><td>De EHBO-post komt in 2027 aan
de ingang van de Kerkstraat te staan. Vervroeging van de sluitingstijd naar 03.00 uur wordt niet overgenomen: de
driehoek verwacht dat bezoekers dan tegelijk op straat komen en dat de overlast zich verplaatst. De huidige
sluitingstijd blijft gehandhaafd.</td><td>gemeente (evenementen)</td></tr>
<tr><td>2c</td><td>Aanbeveling I - capaciteit</td><td>Akkoord. Voor de Markt (7.000) en het Kerkplein (2.500)
worden maxima vastgesteld; een extern bureau verzorgt de tellingen met camera's.</td><td>gemeente</td></tr>
<tr><td>2d</td><td>Aanbeveling VII - kosten</td><td>De driehoek neemt kennis van deze aanbeveling. De burgemeester
gaat in gesprek met het bestuur van de stichting; een besluit volgt niet voor de begroting 2027.</td>
<td>burgemeester</td></tr>
<tr><td>2e</td><td>Aanbeveling III - alcohol</td><td>Het alcoholverbod wordt uitgebreid tot de Markt, het
Kerkplein en de Kerkstraat, niet tot het hele centrum. Voor een verbod tot 02.00 uur ziet de driehoek
onvoldoende grond; het verbod blijft gelden tot 00.00 uur.</td><td>gemeente (APV)</td></tr>
</table>
<h2>3 Ondermijning bedrijventerrein De Hoek</h2>
<p>De officier van justitie licht de stand van het onderzoek toe. De integrale controle op het bedrijventerrein
wordt verschoven naar juni; de communicatie loopt via de gemeente. Dit punt is vertrouwelijk.</p>
<h2>4 Rondvraag en sluiting</h2>
<p>Geen rondvraag. De voorzitter sluit de vergadering om 15.30 uur; het volgende overleg is op 13 mei 2026.</p>
</body></html>"""

B.chromium_pdf(ADVICE % css("Evaluatiecommissie Carnaval Roosendijk  |  ECR-2026-01"), NAME + "_advice.pdf")
B.chromium_pdf(RESPONSE % css("Lokale driehoek Roosendijk  |  besluitenlijst 8 april 2026"), NAME + "_response.pdf")
B.write_expected(NAME, [
    (1, "Stel voor de Markt en het Kerkplein een maximale bezoekerscapaciteit", "een extern bureau verzorgt de "
     "tellingen met camera's", "agrees"),
    (2, "Verplaats de EHBO-post van de Markt naar de ingang", "De EHBO-post komt in 2027 aan de ingang", "agrees"),
    (3, "Breid het alcoholverbod op straat uit tot het hele centrum", "niet tot het hele centrum", "partly"),
    (4, "Zet tijdens de carnavalsdagen extra nachtbussen in tussen het centrum", None, "unanswered"),
    (5, "Richt voor politie, brandweer, GHOR en gemeente één gezamenlijke coördinatieruimte", "werken alle "
     "diensten vanuit één gezamenlijke commandoruimte", "agrees"),
    (6, "Laat de horeca in het centrum op zaterdag en zondag", "De huidige sluitingstijd blijft gehandhaafd",
     "disagrees"),
    (7, "Onderzoek of de Stichting Carnaval Roosendijk kan bijdragen aan", "De driehoek neemt kennis van deze "
     "aanbeveling", "noted"),
], ["de nieuwe wijkagent voor Roosendijk-Zuid op 1 mei",
    "De integrale controle op het bedrijventerrein wordt verschoven",
    "het volgende overleg is op 13 mei 2026"],
    "Advice: evaluation report of carnival for the local triangle, two columns with a grey key-figures sidebar "
    "('Bevinding'), findings 3.1-3.4 as numbered paragraphs, the recommendations as ROMAN NUMERALS I.-VII. in a "
    "ruled block; traps: APV art. 2:10 and evenementenbeleid 'moet', the 2024 evaluation quoted with 'moet', "
    "incident figures and times. Response: besluitenlijst of the driehoeksoverleg with a table Nr. / Onderwerp / "
    "Besluit / Actiehouder citing the numerals, order V, II+VI, I, VII, III; row 2b 'Aanbevelingen II en VI' = II "
    "agrees (EHBO post moved) + VI disagrees (closing time kept); III partly (three streets, until midnight); VII "
    "noted; IV unanswered; item 1 (opening, mededelingen), item 3 (ondermijning) and item 4 (closing) answer "
    "nothing.")

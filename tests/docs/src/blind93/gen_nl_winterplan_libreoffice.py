"""Round 93 (nl): the ADVIES of a Flemish city's WELZIJNSRAAD on the ontwerp-WINTERPLAN for homeless people,
answered by the LETTER of the schepen van Welzijn on behalf of the college (paraphrase, no numbers).

Advice: Welzijnsraad Sint-Amands-Beveren (2 p., LibreOffice from HTML, sans, letterhead table, stamped head and
'blz. n van m'): 'Vaststellingen' as unnumbered bullets (findings) and then 'Adviezen' as seven UNNUMBERED
bullets in the same form; traps: the OCMW-decreet / decreet lokaal bestuur 'moet', the 2023 advice quoted with
'moet', figures, dates. Response: letter of the schepen (1 p.), subject headings, order 5, 2, 3+6, 1, 4; 7
unanswered; the opening, 'Stand van zaken Housing First' and the closing answer nothing. Everything is invented;
laws are cited loosely.

Run: /tmp/blind93nl/bin/python tests/docs/src/blind93/gen_nl_winterplan_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b93nl as B  # noqa: E402

NAME = "blind93_nl_winterplan"
F = B.tmp_fonts()
FAM = "B93NL Sans"

STYLE = """<style>
body { font-family: '%s'; font-size: 10pt; }
h1 { font-family: '%s'; font-size: 15pt; color: #8a1538; }
h2 { font-family: '%s'; font-size: 11.5pt; color: #8a1538; margin-top: 10pt; }
p, li { font-family: '%s'; font-size: 10pt; }
td { font-family: '%s'; font-size: 8.5pt; vertical-align: top; }
</style>""" % (FAM, FAM, FAM, FAM, FAM)

ADVICE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies winterplan</title>%s</head>
<body>
<table width="100%%" cellpadding="4"><tr>
<td width="55%%"><b><font color="#8a1538">WELZIJNSRAAD SINT-AMANDS-BEVEREN</font></b><br>
Adviesraad voor welzijn en armoedebestrijding<br>Sociaal Huis, Kerkplein 4, 2890 Sint-Amands-Beveren</td>
<td width="45%%">Aan het college van burgemeester en schepenen<br>Datum: 14 oktober 2025<br>
Ons kenmerk: WZR/2025/11<br>Contact: secretariaat.welzijnsraad@sab.example</td></tr></table>
<h1>Advies over het ontwerp-winterplan dak- en thuislozen 2025-2026</h1>
<p>Het college van burgemeester en schepenen heeft de welzijnsraad op 9 september 2025 om advies gevraagd over
het ontwerp-winterplan voor dak- en thuislozen. De raad besprak het ontwerp op zijn algemene vergadering van
7 oktober 2025, na een bezoek aan de nachtopvang in de Molenstraat en een gesprek met de medewerkers van het
straathoekwerk. Het advies werd met eenparigheid goedgekeurd.</p>
<h2>Kader</h2>
<p>Op grond van het decreet over het lokaal bestuur moet het bestuur van het Sociaal Huis ervoor zorgen dat
iedereen een menswaardig leven kan leiden. Het lokaal sociaal beleidsplan 2020-2025 bepaalt bovendien dat de
stad in de winter een nachtopvang moet aanbieden wanneer het vriest. In ons advies van 3 oktober 2023 schreven
wij al: 'de nachtopvang moet ook toegankelijk zijn voor mensen zonder wettig verblijf'. Het ontwerp-winterplan
neemt dat principe over, wat de raad waardeert.</p>
<h2>Vaststellingen</h2>
<ul>
<li>In de winter van 2024-2025 maakten 87 verschillende personen gebruik van de nachtopvang, tegenover 61 een
jaar eerder.</li>
<li>Op 23 nachten was de opvang met 18 bedden volzet; straathoekwerkers moesten mensen toen doorverwijzen naar
Mechelen.</li>
<li>Ongeveer een op de vijf gebruikers heeft een hond en blijft daarom buiten slapen.</li>
<li>Bij vorst sluit de opvang om 9 uur 's morgens; het dagcentrum opent pas om 13 uur.</li>
</ul>
<h2>Bespreking van het ontwerp</h2>
<p>Het ontwerp-winterplan bouwt voort op de plannen van de voorbije jaren. De nachtopvang in de Molenstraat
blijft het hart van het plan, met 18 bedden en een noodcapaciteit van vier matrassen in de refter. Het
straathoekwerk gaat bij koude nachten op ronde, en het dagcentrum De Schakel biedt warme maaltijden en een
douche. Nieuw is de samenwerking met het sociaal verhuurkantoor voor doorstroming naar een woning.</p>
<p>De raad stelt vast dat het plan vooral de nachten regelt. Over de uren overdag, de toegang voor mensen met een
huisdier en de medische opvolging zegt het ontwerp weinig. De leden die zelf in de opvang hebben verbleven,
wezen erop dat juist die punten bepalen of iemand de stap naar de opvang zet.</p>
<p>Ook de financiering verdient aandacht. Het ontwerp raamt de kosten op 142 000 euro, waarvan 38 000 euro uit de
provinciale subsidie. De bijdrage van de gebruikers brengt jaarlijks ongeveer 4 000 euro op.</p>
<h2>Adviezen</h2>
<p>De welzijnsraad geeft een gunstig advies over het ontwerp-winterplan, met de volgende aanbevelingen:</p>
<ul>
<li>Open de nachtopvang vanaf 1 november in plaats van vanaf 1 december, zodat de eerste koude nachten worden
opgevangen.</li>
<li>Houd de nachtopvang bij vorst ook overdag open, zodat niemand tussen 9 en 13 uur op straat staat.</li>
<li>Laat honden toe in de nachtopvang, bijvoorbeeld in een aparte ruimte met enkele kennels.</li>
<li>Voorzie twee keer per week een vaste medische permanentie in de nachtopvang, met een huisarts of
verpleegkundige.</li>
<li>Betrek ervaringsdeskundigen bij de evaluatie van het winterplan in het voorjaar van 2026.</li>
<li>Schaf de bijdrage van 3 euro per nacht af, omdat ze voor sommige gebruikers een drempel is.</li>
<li>Zoek samen met de buurgemeenten in de welzijnsregio naar een tweede opvanglocatie voor piekmomenten.</li>
</ul>
<h2>Besluit</h2>
<p>De welzijnsraad blijft graag betrokken bij de uitvoering van het winterplan en vraagt om binnen twee maanden
een antwoord op dit advies te ontvangen, zoals bepaald in artikel 9 van zijn huishoudelijk reglement.</p>
<p>Namens de welzijnsraad,</p>
<p>Hilde Vanderstraeten, secretaris&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Wouter De Cock, voorzitter</p>
</body></html>""" % STYLE

RESPONSE = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoord advies</title>%s</head>
<body>
<table width="100%%" cellpadding="4"><tr>
<td width="55%%"><b><font color="#8a1538">STAD SINT-AMANDS-BEVEREN</font></b><br>
Schepen van Welzijn, Gezondheid en Armoedebestrijding<br>Stadhuis, Markt 1, 2890 Sint-Amands-Beveren</td>
<td width="45%%">Aan de welzijnsraad, t.a.v. de heer Wouter De Cock, voorzitter<br>Datum: 18 november 2025<br>
Uw kenmerk: WZR/2025/11<br>Ons kenmerk: WZG/25/0734</td></tr></table>
<h1>Antwoord op uw advies over het winterplan</h1>
<p>Geachte voorzitter, beste leden van de welzijnsraad,</p>
<p>Namens het college dank ik u voor uw grondige advies over het winterplan. Het college heeft het besproken in
zijn zitting van 10 november en het winterplan daarna definitief vastgesteld.</p>
<h2>Evaluatie met ervaringsdeskundigen</h2>
<p>We volgen uw voorstel. Bij de evaluatie in april 2026 organiseren we een gesprek met een groep gebruikers en
ervaringsdeskundigen van De Schakel; hun inbreng wordt in het evaluatieverslag opgenomen.</p>
<h2>Opvang overdag bij vorst</h2>
<p>Vanaf deze winter blijft de nachtopvang open tot het dagcentrum opent wanneer het KMI vorst voorspelt. De
medewerkers van het dagcentrum nemen die uren voor hun rekening.</p>
<h2>Honden en de bijdrage per nacht</h2>
<p>Het gebouw in de Molenstraat is niet geschikt om dieren op te vangen, en de brandweer heeft bezwaar tegen
kennels in de gang. Honden toelaten is daarom niet mogelijk. De bijdrage van 3 euro per nacht bekijken we
opnieuw bij de opmaak van het meerjarenplan 2026; een beslissing daarover is nog niet genomen.</p>
<h2>Openingsdatum</h2>
<p>Een opening op 1 november vraagt extra personeel dat we niet hebben. Het college heeft wel beslist de
opvang dit jaar al op 15 november te openen.</p>
<h2>Medische zorg</h2>
<p>Uw vraag naar een vaste medische permanentie hebben we doorgegeven aan de eerstelijnszone
Rupel-Vaartland, die de huisartsenwacht organiseert. We laten u weten wat zij ermee doet.</p>
<h2>Stand van zaken Housing First</h2>
<p>Graag informeer ik u ook over het project Housing First: sinds de zomer wonen zes mensen die lang dakloos
waren in een eigen woning van het sociaal verhuurkantoor, met begeleiding aan huis.</p>
<p>Ik dank u nogmaals voor uw engagement en kijk ernaar uit het winterplan samen met u op te volgen.</p>
<p>Met vriendelijke groeten,</p>
<p>Sofie Van Hoorebeke<br>schepen van Welzijn, Gezondheid en Armoedebestrijding</p>
</body></html>""" % STYLE

ADVICE = ADVICE.replace("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;", " - ")
B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Welzijnsraad Sint-Amands-Beveren  -  advies WZR/2025/11", "blz. {n} van {m}",
        F["Regular"])
B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Stad Sint-Amands-Beveren  -  antwoord op advies WZR/2025/11", "blz. {n} van {m}",
        F["Regular"])
B.write_expected(NAME, [
    (1, "Open de nachtopvang vanaf 1 november in plaats van", "de opvang dit jaar al op 15 november te openen",
     "partly"),
    (2, "Houd de nachtopvang bij vorst ook overdag open", "blijft de nachtopvang open tot het dagcentrum opent",
     "agrees"),
    (3, "Laat honden toe in de nachtopvang, bijvoorbeeld in een", "honden toelaten is daarom niet mogelijk",
     "disagrees"),
    (4, "Voorzie twee keer per week een vaste medische permanentie", "hebben we doorgegeven aan de eerstelijnszone",
     "noted"),
    (5, "Betrek ervaringsdeskundigen bij de evaluatie van het winterplan", "organiseren we een gesprek met een groep gebruikers", "agrees"),
    (6, "Schaf de bijdrage van 3 euro per nacht af", "een beslissing daarover is nog niet genomen", "noted"),
    (7, "Zoek samen met de buurgemeenten in de welzijnsregio naar", None, "unanswered"),
], ["het college heeft het besproken in zijn zitting van 10 november",
    "wonen zes mensen die lang dakloos waren in een eigen woning",
    "kijk ernaar uit het winterplan samen met u op te volgen"],
   "Advice: a Flemish welzijnsraad's advice letter; 'Vaststellingen' as unnumbered bullets (findings with figures) "
   "and 'Adviezen' as seven UNNUMBERED bullets of the same form after the 'gunstig advies' sentence; traps: decreet "
   "lokaal bestuur and beleidsplan 'moet', the 2023 advice quoted with 'moet', article 9 of the reglement. "
   "Response: the schepen's letter, subject headings, paraphrase only, order 5, 2, 3+6, 1, 4; 'Honden en de "
   "bijdrage per nacht' = 3 disagrees + 6 noted (to the meerjarenplan, no decision); 1 partly (15 November); 4 "
   "noted (passed to the eerstelijnszone); 7 unanswered; the opening, 'Stand van zaken Housing First' and the "
   "closing answer nothing.")

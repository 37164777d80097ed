"""Round 106 (nl): the EVALUATIE of a regional POWER CUT (stroomstoring) by an external bureau for a Dutch
municipality's crisisorganisatie, answered by the burgemeester's ACTIEPLAN, a table by theme without codes.

Advice (LibreOffice from HTML, sans, grey letterhead, stamped head from p. 2, 'blz. n van m'): a timeline table,
findings (Wet veiligheidsregio's 'moet', the 2019 storm evaluation quoted with 'moet'), then the recommendations as
the ROWS AB-01 - AB-07 of a table 'Code | Aanbeveling | Gericht aan'. Response: actieplan table 'Thema | Maatregel |
Gereed' by subject, NO codes, order AB-05, AB-02+AB-07, AB-01, AB-06, AB-03; AB-04 unanswered. All invented.

Run: /tmp/blind106nl/bin/python tests/docs/src/blind106/gen_nl_stroomstoring_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b106nl as B  # noqa: E402

NAME = "blind106_nl_stroomstoring"
F = B.tmp_fonts()
CSS = """
body { font-family: 'B106NL Sans'; font-size: 9.6pt; line-height: 1.35; }
h1 { font-family: 'B106NL Sans'; font-size: 16pt; color: #1d3f5e; }
h2 { font-family: 'B106NL Sans'; font-size: 11.5pt; color: #1d3f5e; margin-top: 10pt; }
td, th { font-family: 'B106NL Sans'; font-size: 8.8pt; vertical-align: top; }
th { background: #dfe6ee; text-align: left; }
.lh td { background: #eef1f4; font-size: 8.5pt; }
"""


def page(body):
    return ("<html><head><meta charset='utf-8'><style>" + CSS + "</style></head><body>" + body + "</body></html>")


ADV = """
<table class="lh" width="100%" cellpadding="6"><tr><td><b>Bureau Keerpunt Crisisadvies</b><br>
Postbus 2210, 8000 CE Zwolle<br>rapport BK-2026-044</td><td align="right">In opdracht van de burgemeester van<br>
de gemeente Kanaalveen<br>16 juni 2026</td></tr></table>
<h1>Evaluatie stroomstoring Kanaalveen, 12-13 februari 2026</h1>
<h2>1 Inleiding</h2>
<p>In de nacht van 12 op 13 februari 2026 viel in de gemeente Kanaalveen door een brand in het onderstation
Heerdijk de stroom uit. Ongeveer 14.000 huishoudens en 900 bedrijven zaten tot ruim 31 uur zonder elektriciteit.
De burgemeester heeft Bureau Keerpunt gevraagd de aanpak van de gemeente te evalueren. Wij hebben de logboeken van
de crisisorganisatie bestudeerd, 23 betrokkenen gesproken en een enquête gehouden onder 611 inwoners. Deze
evaluatie gaat over het optreden van de gemeente; de oorzaak van de brand wordt door de netbeheerder zelf
onderzocht.</p>
<h2>2 Verloop</h2>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr><th>Tijdstip</th><th>Gebeurtenis</th></tr>
<tr><td>12 feb 23.40</td><td>Brand in onderstation Heerdijk; stroom valt uit in vijf van de zeven kernen</td></tr>
<tr><td>13 feb 01.15</td><td>Burgemeester geïnformeerd door de officier van dienst van de veiligheidsregio</td></tr>
<tr><td>13 feb 07.30</td><td>Eerste bijeenkomst gemeentelijk beleidsteam in het gemeentehuis (op noodstroom)</td></tr>
<tr><td>13 feb 11.00</td><td>Opvang geopend in sporthal De Kolk; eerste bericht via de calamiteitenzender</td></tr>
<tr><td>14 feb 06.50</td><td>Laatste huishoudens weer aangesloten</td></tr></table>
<h2>3 Bevindingen</h2>
<p>De crisisorganisatie kwam snel op gang en de samenwerking met de veiligheidsregio verliep goed. Het
gemeentehuis kon dankzij het noodaggregaat blijven werken, maar de brandstof was na 20 uur bijna op en moest met
spoed worden aangevuld. De opvang in sporthal De Kolk werd goed bezocht, vooral door ouderen.</p>
<p>Op grond van de Wet veiligheidsregio's moet de burgemeester de bevolking bij een ramp of crisis informeren over
de risico's en de te nemen maatregelen. Dat lukte maar ten dele: met mobiele telefonie en internet viel ook de
belangrijkste informatiebron van de meeste inwoners weg, en de gemeente kreeg pas na vier uur gegevens van de
netbeheerder over de verwachte duur. 58 procent van de ondervraagde inwoners zegt niet te hebben geweten waar zij
terecht konden.</p>
<p>Al in de evaluatie van de storm van 2019 werd aanbevolen: 'De gemeente moet vaste plekken aanwijzen waar inwoners
bij een crisis terecht kunnen.' Die plekken zijn er nog niet gekomen. Verder bleek dat de thuiszorgorganisaties
niet wisten welke cliënten afhankelijk zijn van elektrische apparatuur, en dat in twee seniorencomplexen de liften
stilstonden, waardoor bewoners van de bovenste verdiepingen hun woning niet konden verlaten.</p>
<p>Tot slot: het crisisplan stroomuitval dateert van 2017 en is sindsdien niet meer beoefend. Het plan noemt nog
functionarissen die niet meer bij de gemeente werken.</p>
<h2>4 Aanbevelingen</h2>
<p>Op basis van de bevindingen doen wij de volgende aanbevelingen. Zij zijn gericht aan de burgemeester, die als
hoofd van de gemeentelijke crisisorganisatie over de uitvoering beslist.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="12%">Code</th><th width="66%">Aanbeveling</th><th width="22%">Gericht aan</th></tr>
<tr><td>AB-01</td><td>Richt in elk van de zeven kernen een vast noodsteunpunt in met noodstroom, drinkwater en een
radio.</td><td>burgemeester, met dorpsraden</td></tr>
<tr><td>AB-02</td><td>Maak met de netbeheerder afspraken over het binnen een uur delen van gegevens over de omvang en
verwachte duur van een storing.</td><td>burgemeester</td></tr>
<tr><td>AB-03</td><td>Actualiseer het crisisplan stroomuitval en oefen het ten minste eenmaal per jaar met het
beleidsteam.</td><td>gemeentesecretaris</td></tr>
<tr><td>AB-04</td><td>Stel samen met de thuiszorg een vertrouwelijke lijst op van inwoners die afhankelijk zijn van
elektrische medische apparatuur.</td><td>burgemeester, met zorgaanbieders</td></tr>
<tr><td>AB-05</td><td>Zorg dat het noodaggregaat van het gemeentehuis ten minste 72 uur zonder bijtanken kan
draaien.</td><td>gemeentesecretaris</td></tr>
<tr><td>AB-06</td><td>Onderzoek met de woningcorporaties of de liften in seniorencomplexen op noodstroom kunnen worden
aangesloten.</td><td>wethouder wonen</td></tr>
<tr><td>AB-07</td><td>Verstrek alle huishoudens een noodpakket met een radio op batterijen, een zaklamp en een
informatiekaart.</td><td>burgemeester</td></tr></table>
<h2>5 Tot slot</h2>
<p>Wij adviseren de burgemeester de gemeenteraad binnen drie maanden te informeren over de wijze waarop aan deze
aanbevelingen uitvoering wordt gegeven. Wij danken alle betrokkenen voor hun openheid tijdens de gesprekken.</p>
<p>drs. M.C. Haverkamp, projectleider<br>ing. R. Jonkers, adviseur</p>
"""

RESP = """
<table class="lh" width="100%" cellpadding="6"><tr><td><b>Gemeente Kanaalveen</b><br>De burgemeester<br>
Raadhuisplein 1, Kanaalveen</td><td align="right">Actieplan stroomuitval<br>kenmerk BURG/2026/2291<br>
22 september 2026</td></tr></table>
<h1>Actieplan naar aanleiding van de evaluatie van de stroomstoring</h1>
<p>Op 16 juni 2026 ontving ik het rapport van Bureau Keerpunt over de stroomstoring van februari. Het rapport laat
zien wat goed ging en wat beter moet. In dit actieplan staat welke maatregelen ik neem; het plan is besproken met
de veiligheidsregio en in het college van 15 september vastgesteld.</p>
<h2>Maatregelen</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="20%">Thema</th><th width="60%">Maatregel</th><th width="20%">Gereed</th></tr>
<tr><td>Noodstroom gemeentehuis</td><td>Er komt een grotere brandstoftank bij het aggregaat, waarmee het 48 uur kan
draaien; voor een langere duur sluiten wij een leveringscontract met een brandstofleverancier.</td>
<td>1 december 2026</td></tr>
<tr><td>Informatie</td><td>Met de netbeheerder is op 3 september een convenant getekend: bij een grote storing
ontvangt de gemeente binnen een uur een eerste prognose. Een noodpakket voor ieder huishouden zie ik niet als taak
van de gemeente; ik verwijs inwoners naar de landelijke campagne om zelf een noodpakket samen te stellen.</td>
<td>gereed</td></tr>
<tr><td>Steunpunten</td><td>In de vier grootste kernen wordt een noodsteunpunt ingericht in een school of dorpshuis
met noodstroom. Voor de drie kleine kernen zoeken wij een oplossing met de buurgemeenten.</td>
<td>1 april 2027</td></tr>
<tr><td>Seniorencomplexen</td><td>De vraag over noodstroom voor liften is doorgeleid naar de woningcorporaties; zij
bespreken dit in het prestatieoverleg voor 2027. Ik wacht hun reactie af.</td><td>nader te bepalen</td></tr>
<tr><td>Crisisplan</td><td>Het crisisplan wordt herzien. Vanaf 2027 houdt het beleidsteam elk voorjaar een oefening
met een scenario van langdurige stroomuitval.</td><td>maart 2027</td></tr></table>
<h2>Schadeafhandeling</h2>
<p>Naast deze maatregelen is afgelopen zomer de regeling voor ondernemers afgerond. 212 bedrijven hebben via de
netbeheerder een vergoeding ontvangen; de gemeente heeft hen daarbij ondersteund via het ondernemersloket.</p>
<h2>Tot slot</h2>
<p>Ik informeer de gemeenteraad over de voortgang van dit actieplan in de eerste bestuursrapportage van 2027. Mijn
dank gaat uit naar alle medewerkers en vrijwilligers die in februari klaarstonden voor onze inwoners.</p>
<p>De burgemeester van Kanaalveen,<br>mr. J.W. Scholten-Hardeman</p>
"""

B.soffice_pdf(page(ADV), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Bureau Keerpunt - Evaluatie stroomstoring Kanaalveen (BK-2026-044)",
        "blz. {n} van {m}", F["Regular"])
B.soffice_pdf(page(RESP), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Gemeente Kanaalveen - actieplan stroomuitval", "blz. {n} van {m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Richt in elk van de zeven kernen een vast noodsteunpunt", "In de vier grootste kernen wordt een "
     "noodsteunpunt ingericht", "partly"),
    (2, "Maak met de netbeheerder afspraken over het binnen een uur", "Met de netbeheerder is op 3 september een "
     "convenant getekend", "agrees"),
    (3, "Actualiseer het crisisplan stroomuitval en oefen het ten minste eenmaal", "houdt het beleidsteam elk voorjaar "
     "een oefening", "agrees"),
    (4, "Stel samen met de thuiszorg een vertrouwelijke lijst op", None, "unanswered"),
    (5, "Zorg dat het noodaggregaat van het gemeentehuis ten minste 72 uur", "waarmee het 48 uur kan draaien",
     "partly"),
    (6, "Onderzoek met de woningcorporaties of de liften in seniorencomplexen", "is doorgeleid naar de "
     "woningcorporaties", "noted"),
    (7, "Verstrek alle huishoudens een noodpakket met een radio op batterijen", "zie ik niet als taak van de gemeente",
     "disagrees"),
], ["het plan is besproken met de veiligheidsregio", "212 bedrijven hebben via de netbeheerder een vergoeding",
    "Mijn dank gaat uit naar alle medewerkers en vrijwilligers"],
    "Advice: external evaluation of a power cut for the burgemeester; recommendations the ROWS AB-01 - AB-07 of a table "
    "'Code | Aanbeveling | Gericht aan' (expected 1-7 = AB-01 - AB-07), after a timeline table and findings (Wet "
    "veiligheidsregio's 'moet', the 2019 storm evaluation quoted with 'moet', 'wat beter moet' in the response intro). "
    "Response: burgemeester's actieplan, table 'Thema | Maatregel | Gereed' by subject, NO codes, order AB-05, "
    "AB-02+AB-07, AB-01, AB-06, AB-03; row 'Informatie' = AB-02 agrees (convenant signed) + AB-07 disagrees; AB-05 "
    "partly (48 instead of 72 hours); AB-01 partly (4 of 7 kernen); AB-06 noted (passed to corporaties); AB-03 agrees; "
    "AB-04 (lijst kwetsbare inwoners) unanswered; the intro, 'Schadeafhandeling' and 'Tot slot' answer nothing.")

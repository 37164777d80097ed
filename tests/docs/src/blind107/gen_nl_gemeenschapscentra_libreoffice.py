"""Round 107 (nl): the DOORLICHTING (external review) of a Flemish city's five GEMEENSCHAPSCENTRA by a consultancy,
answered by the MANAGEMENTRESPONS of the algemeen directeur (a table by subject, no numbers).

Advice (LibreOffice headless from HTML, sans, green letterhead table, stamped head from p. 2, 'p. n/m'): a usage
table, CONCLUSIONS as bullets (trap), the 2019 audit quoted with 'moet', art. 193 Decreet lokaal bestuur; the
recommendations are UNNUMBERED BULLETS under 'Aanbevelingen'. Response: table 'Thema | Aanbeveling (samengevat) |
Respons | Timing' by paraphrase, order R7, R4+R6, R1, R3, R2; R5 unanswered. All invented.

Run: /tmp/blind107nl/bin/python tests/docs/src/blind107/gen_nl_gemeenschapscentra_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b107nl as B  # noqa: E402

NAME = "blind107_nl_gemeenschapscentra"
F = B.tmp_fonts()
CSS = """
body { font-family: 'B107NL Sans'; font-size: 9.8pt; line-height: 1.4; }
h1 { font-family: 'B107NL Sans'; font-size: 16pt; color: #2e6b4f; }
h2 { font-family: 'B107NL Sans'; font-size: 11.5pt; color: #2e6b4f; margin-top: 10pt; }
td, th { font-family: 'B107NL Sans'; font-size: 9pt; vertical-align: top; }
p, li { font-family: 'B107NL Sans'; }
"""


def page(body):
    return f"<html><head><meta charset='utf-8'><style>{CSS}</style></head><body>{body}</body></html>"


ADV = """
<table width="100%" cellpadding="6" style="border-bottom: 2px solid #2e6b4f"><tr>
<td><b>Lindeveld Advies bv</b><br/>Organisatieadvies voor lokale besturen<br/>Kortrijksesteenweg 412, 9000 Gent</td>
<td align="right">Opdrachtgever: Stad Heistervoorde<br/>Dienst Vrije Tijd<br/>Rapport LA-2026-117</td></tr></table>
<h1>Doorlichting van de gemeenschapscentra van Heistervoorde</h1>
<p><i>Eindrapport, 14 oktober 2026</i></p>
<h2>1. Opdracht en werkwijze</h2>
<p>Het college van burgemeester en schepenen heeft Lindeveld Advies in maart 2026 gevraagd de werking van de vijf
gemeenschapscentra (gc's) van de stad door te lichten: gc Het Anker (centrum), gc De Biezen (Westdorp), gc Ter
Linde (Sint-Joris), gc De Wingerd (Oostkerke) en gc Den Oever (Hamme-Brug). Wij voerden 23 interviews, analyseerden
de reservatiegegevens van 2023 tot 2025 en organiseerden twee focusgroepen met verenigingen. Het rapport werd op
30 september besproken met het managementteam.</p>
<h2>2. Gebruik in cijfers</h2>
<table width="90%" cellpadding="3" border="1" style="border-collapse: collapse">
<tr><th align="left">Gemeenschapscentrum</th><th>Zalen</th><th>Bezetting 2025</th><th>Vaste gebruikers</th></tr>
<tr><td>Het Anker</td><td align="right">6</td><td align="right">71 %</td><td align="right">48</td></tr>
<tr><td>De Biezen</td><td align="right">3</td><td align="right">52 %</td><td align="right">21</td></tr>
<tr><td>Ter Linde</td><td align="right">4</td><td align="right">46 %</td><td align="right">19</td></tr>
<tr><td>De Wingerd</td><td align="right">2</td><td align="right">18 %</td><td align="right">6</td></tr>
<tr><td>Den Oever</td><td align="right">3</td><td align="right">39 %</td><td align="right">14</td></tr>
</table>
<p><small>Bezetting: aandeel van de beschikbare dagdelen waarin minstens één zaal verhuurd is.</small></p>
<h2>3. Conclusies</h2>
<ul>
<li>De vijf gc's werken elk met een eigen reservatieagenda; een vereniging die in twee centra repeteert, moet
twee keer reserveren en twee keer betalen.</li>
<li>De onthaalbalies zijn open van maandag tot vrijdag tijdens de kantooruren, terwijl het gebruik piekt op
weekavonden en op zaterdag.</li>
<li>Het retributiereglement van 2017 kent één tarief voor iedereen; commerciële huurders betalen evenveel als
erkende verenigingen.</li>
<li>De gebouwen zijn verouderd: drie van de vijf centra hebben geen toegankelijk sanitair, en het energieverbruik van
De Biezen ligt dubbel zo hoog als dat van Het Anker.</li>
<li>De centrumverantwoordelijken rapporteren nu aan drie verschillende diensten.</li>
</ul>
<p>De interne audit van 2019 stelde al dat 'de stad moet beschikken over een meerjarige planning van het onderhoud
van haar vrijetijdsinfrastructuur'. Zo'n planning is er vandaag nog niet. Wij wijzen er ook op dat het college op
grond van artikel 193 van het Decreet lokaal bestuur verantwoordelijk is voor het beheer van het stedelijk
patrimonium, en dat het cultuurbeleidsplan bepaalt dat elk gc een ontmoetingsfunctie voor de eigen deelgemeente
moet vervullen.</p>
<h2>4. Aanbevelingen</h2>
<p>Op basis van deze vaststellingen formuleren wij de volgende aanbevelingen aan het college en het
managementteam:</p>
<ul>
<li>Voer in alle vijf gemeenschapscentra één uniform reservatiesysteem in, gekoppeld aan het digitale loket van de
stad, zodat gebruikers online kunnen reserveren en betalen.</li>
<li>Stem de openingsuren van de onthaalbalies af op de piekmomenten van het gebruik, met minstens één avond per
week en de zaterdagvoormiddag.</li>
<li>Herwerk het retributiereglement tot een gedifferentieerd tarief voor erkende verenigingen, particulieren en
commerciële huurders.</li>
<li>Onderzoek of gc De Wingerd kan worden afgestoten of in beheer gegeven aan een vzw, gelet op de bezetting van 18
procent.</li>
<li>Richt per gemeenschapscentrum een gebruikersraad op die minstens twee keer per jaar samenkomt en advies geeft
over de programmatie.</li>
<li>Stel een meerjarig onderhoudsplan op voor de vijf gebouwen, met voorrang voor toegankelijkheid en
energiezuinigheid.</li>
<li>Breng alle centrumverantwoordelijken onder één leidinggevende binnen de dienst Vrije Tijd, met een
geactualiseerde functiebeschrijving.</li>
</ul>
<h2>5. Verdere opvolging</h2>
<p>Wij stellen voor dat het managementteam binnen drie maanden een managementrespons opstelt en dat het auditcomité
de uitvoering ervan halfjaarlijks opvolgt. De volledige interviewverslagen en de analyse van de reservatiegegevens
zijn als bijlagen 1 tot 4 bij dit rapport gevoegd.</p>
<p>Lindeveld Advies bv<br/>Sarah De Roeck, projectleider - Pieter Vanhaverbeke, senior adviseur</p>
"""

RESP = """
<table width="100%" cellpadding="6" style="background: #e6efe9"><tr>
<td><b>Stad Heistervoorde</b><br/>Algemeen directeur</td>
<td align="right">Managementrespons MR-2026-09<br/>8 december 2026</td></tr></table>
<h1>Managementrespons op de doorlichting van de gemeenschapscentra</h1>
<p>Het managementteam heeft het eindrapport van Lindeveld Advies besproken op 17 november en 1 december 2026. Het
team herkent zich in de meeste vaststellingen en dankt de verenigingen die aan de focusgroepen deelnamen.
Hieronder volgt per thema ons standpunt.</p>
<table width="100%" cellpadding="4" border="1" style="border-collapse: collapse">
<tr style="background: #2e6b4f; color: white"><th align="left">Thema</th><th align="left">Aanbeveling (samengevat)</th>
<th align="left">Respons</th><th align="left">Timing</th></tr>
<tr><td>Personeel</td><td>Eén leidinggevende voor de centrumverantwoordelijken</td>
<td>De functiebeschrijvingen worden geactualiseerd. De verantwoordelijken blijven echter voorlopig onder de
huidige diensten vallen; een volledige verschuiving wachten wij af tot de nieuwe organisatiestructuur.</td>
<td>Q2 2027</td></tr>
<tr><td>Gebouwen</td><td>Toekomst van De Wingerd; onderhoudsplanning</td>
<td>Het managementteam stelt niet voor De Wingerd af te stoten of uit handen te geven: het is de enige
ontmoetingsplek in Oostkerke en blijft een stedelijk gc. Wel wordt een meerjarig onderhoudsplan voor alle vijf
gebouwen opgemaakt, met toegankelijk sanitair als eerste prioriteit.</td>
<td>plan klaar in september 2027</td></tr>
<tr><td>Reservaties</td><td>Uniform reservatiesysteem</td>
<td>Akkoord. De aankoop van één reservatiemodule voor alle centra, gekoppeld aan het e-loket, is intussen
gegund; online betalen wordt mogelijk vanaf de lancering.</td><td>1 maart 2027</td></tr>
<tr><td>Tarieven</td><td>Gedifferentieerde retributie</td>
<td>Het retributiereglement is een bevoegdheid van de gemeenteraad. Wij leggen de denkpiste voor aan de
raadscommissie Vrije Tijd en nemen ze mee bij de volgende herziening van het reglement, zonder daar nu op
vooruit te lopen.</td><td>-</td></tr>
<tr><td>Onthaal</td><td>Openingsuren onthaalbalies</td>
<td>Vanaf januari is het onthaal in Het Anker en De Biezen op donderdagavond open. Een opening op
zaterdagvoormiddag is met de huidige bezetting niet haalbaar.</td><td>januari 2027</td></tr>
</table>
<h2>Ter informatie: uitleendienst</h2>
<p>Los van de doorlichting verhuist de stedelijke uitleendienst voor tenten, podia en nadars in het voorjaar
naar de loods in de Molenstraat. Verenigingen kunnen hun materiaal daar vanaf april afhalen.</p>
<h2>Opvolging</h2>
<p>Deze respons wordt voorgelegd aan het college van 15 december en daarna halfjaarlijks geagendeerd op het
auditcomité, dat de stand van uitvoering per thema bewaakt.</p>
<p>Koen Verstraeten<br/>algemeen directeur</p>
"""

B.soffice_pdf(page(ADV), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Lindeveld Advies - Doorlichting gemeenschapscentra Heistervoorde (LA-2026-117)",
        "p. {n}/{m}", F["Regular"])
B.soffice_pdf(page(RESP), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Stad Heistervoorde - managementrespons MR-2026-09", "p. {n}/{m}", F["Regular"])

R = None
B.write_expected(NAME, [
    (1, "Voer in alle vijf gemeenschapscentra één uniform reservatiesysteem in",
     "één reservatiemodule voor alle centra, gekoppeld aan het e-loket", "agrees"),
    (2, "Stem de openingsuren van de onthaalbalies af op de piekmomenten",
     "onthaal in Het Anker en De Biezen op donderdagavond open", "partly"),
    (3, "Herwerk het retributiereglement tot een gedifferentieerd tarief voor erkende verenigingen",
     "leggen de denkpiste voor aan de raadscommissie Vrije Tijd", "noted"),
    (4, "Onderzoek of gc De Wingerd kan worden afgestoten of in beheer",
     "stelt niet voor De Wingerd af te stoten", "disagrees"),
    (5, "Richt per gemeenschapscentrum een gebruikersraad op die minstens twee keer", R, "unanswered"),
    (6, "Stel een meerjarig onderhoudsplan op voor de vijf gebouwen",
     "met toegankelijk sanitair als eerste prioriteit", "agrees"),
    (7, "Breng alle centrumverantwoordelijken onder één leidinggevende binnen de dienst Vrije Tijd",
     "De functiebeschrijvingen worden geactualiseerd. De verantwoordelijken blijven echter", "partly"),
], ["herkent zich in de meeste vaststellingen en dankt de verenigingen",
    "verhuist de stedelijke uitleendienst voor tenten, podia en nadars",
    "halfjaarlijks geagendeerd op het auditcomité"],
    "Advice: consultancy doorlichting with a usage table and CONCLUSIONS as bullets (trap: 'moet' in a conclusion), "
    "the 2019 audit quoted with 'moet', art. 193 Decreet lokaal bestuur; recommendations UNNUMBERED BULLETS under "
    "'4. Aanbevelingen' (expected 1-7 in document order). Response: managementrespons table 'Thema / Aanbeveling "
    "(samengevat) / Respons / Timing' by subject, NO numbers, order R7, R4+R6, R1, R3, R2; row 'Gebouwen' = R4 "
    "disagrees (De Wingerd kept) + R6 agrees (onderhoudsplan); R7 partly (job descriptions only); R1 agrees "
    "(gegund); R3 noted (to the raadscommissie, gemeenteraad's power); R2 partly (one evening, no Saturday); R5 "
    "(gebruikersraad) unanswered; the intro, 'uitleendienst' and 'Opvolging' answer nothing.")

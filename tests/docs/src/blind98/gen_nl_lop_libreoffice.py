"""Round 98 (nl): the ADVIES of a Flemish LOKAAL OVERLEGPLATFORM (LOP) basisonderwijs on the city's capacity and
enrolment policy for the school year 2027-2028, answered by a NOTA AAN DE GEMEENTERAAD (toelichtende nota) whose
section 'Standpunt over het advies van het LOP' replies in running paragraphs that cite the letters in parentheses.

Advice (LibreOffice headless from HTML, serif body, letterhead table, stamped running head and 'p. n/m'):
Onderwijsdecreet / Decreet gelijke onderwijskansen 'moet', a capaciteitsmonitor table, Vaststellingen 1-3, the LOP's
2023 advice quoted with 'moet'; the recommendations LABELLED 'Aanbeveling A' - 'Aanbeveling G' in BORDERED one-cell tables (joined into one shaded panel)
(one-cell tables). Response: order D, C+G, A, F, B; E unanswered. All invented.

Run: /tmp/blind98nl/bin/python tests/docs/src/blind98/gen_nl_lop_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b98nl as B  # noqa: E402

NAME = "blind98_nl_lop"
F = B.tmp_fonts()
FS = B.tmp_fonts(family="B98NL Serif", files=B.SERIF_FILES)
SERIF = "B98NL Serif"
SANS = "B98NL Sans"
COL = "#2c6e49"


def page(title, body):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: 21cm 29.7cm; margin: 2.2cm 2.1cm 1.9cm 2.3cm; }}
body {{ font-family: '{SERIF}'; font-size: 10pt; line-height: 1.35; }}
h1 {{ font-family: '{SANS}'; font-size: 14pt; color: {COL}; margin: 6pt 0; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {COL}; margin: 10pt 0 3pt; }}
p {{ margin: 0 0 5pt; }} td, th {{ font-size: 9pt; vertical-align: top; }}
</style></head><body>{body}</body></html>"""


def box(letter, text):
    return (f'<table width="100%" cellpadding="5" cellspacing="0" style="border:1px solid {COL}; margin-bottom:5pt">'
            f'<tr><td bgcolor="#eaf3ec"><font face="{SANS}"><b>Aanbeveling {letter}.</b></font> {text}</td></tr>'
            '</table><p style="margin:0; font-size:3pt">&#160;</p>').replace("&#160;", " ")


ADVICE = f"""
<table width="100%" cellpadding="4" style="border-bottom:2px solid {COL}"><tr>
<td width="58%"><font face="{SANS}" size="4" color="{COL}"><b>LOP Basisonderwijs Roeselbeke</b></font><br>
<font face="{SANS}" size="1">Lokaal overlegplatform - p/a Onderwijshuis, Stationsstraat 40, 8870 Roeselbeke</font></td>
<td width="42%"><font face="{SANS}" size="1">Aan het college van burgemeester en schepenen<br>Grote Markt 1, 8870
Roeselbeke<br>Ons kenmerk: LOP-BaO/2026/04<br>Roeselbeke, 18 februari 2026</font></td></tr></table>
<h1>Advies over capaciteit en aanmelden voor het schooljaar 2027-2028</h1>
<h2>1. Vraag en werkwijze</h2>
<p>Op 12 januari 2026 vroeg schepen van Onderwijs Hilde Vanneste het LOP om advies over de capaciteit van de
basisscholen en over de organisatie van het aanmelden voor het schooljaar 2027-2028. Het LOP verenigt de
directies en schoolbesturen van de 19 basisscholen op het grondgebied, ouderverenigingen, het CLB, de
stedelijke dienst Onderwijs en partners uit welzijn. Het advies werd besproken in de werkgroep Capaciteit en
goedgekeurd in de algemene vergadering van 16 februari 2026, met consensus.</p>
<h2>2. Kader</h2>
<p>Volgens de onderwijsregelgeving moet het schoolbestuur van elke school haar capaciteit per leerjaar vastleggen
en tijdig bekendmaken. Een LOP moet gelijke onderwijskansen bevorderen en kan afspraken maken over de
inschrijvingen. De stad organiseert sinds 2022 het digitaal aanmelden in opdracht van de scholen.</p>
<h2>3. Capaciteitsmonitor</h2>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr><th>Wijk</th><th>Geboortejaar 2024</th><th>Plaatsen 1e kleuterklas</th><th>Tekort</th></tr>
<tr><td>Centrum</td><td>212</td><td>230</td><td>-</td></tr>
<tr><td>Kouterveld</td><td>176</td><td>132</td><td>44</td></tr>
<tr><td>Ruisbeke</td><td>61</td><td>75</td><td>-</td></tr>
<tr><td>Sint-Jozef</td><td>98</td><td>90</td><td>8</td></tr></table>
<p><b>Vaststelling 1.</b> In Kouterveld ontbreken voor het geboortejaar 2024 ongeveer 44 plaatsen, dat zijn bijna
twee klassen. Ouders uit die wijk wijken nu uit naar scholen in het centrum.</p>
<p><b>Vaststelling 2.</b> Anderstalige ouders melden hun kind gemiddeld later aan en krijgen daardoor minder vaak
een plaats in de school van hun eerste keuze.</p>
<p><b>Vaststelling 3.</b> In Ruisbeke blijven plaatsen leeg, terwijl er geen openbaar vervoer is dat bij het begin
van de schooldag in het centrum aankomt.</p>
<p>In zijn advies van 2023 schreef het LOP al: 'De stad moet de capaciteit in Kouterveld uitbreiden voordat het
tekort structureel wordt.' Het college antwoordde toen dat de uitbreiding 'in het meerjarenplan zou worden
meegenomen'.</p>
<h2>4. Aanbevelingen</h2>
<p>Het LOP geeft een gunstig advies over de voorgestelde timing van het aanmelden (maart 2027) en formuleert de
volgende aanbevelingen.</p>
{box("A", "Organiseer het aanmelden voor 2027-2028 opnieuw centraal via het digitale aanmeldsysteem van de stad, "
     "met een hulppunt in de bibliotheek.")}
{box("B", "Breid de capaciteit in Kouterveld uit met twee extra klassen per geboortejaar vanaf september 2027.")}
{box("C", "Voorzie een gratis schoolbus van Ruisbeke naar de scholen in het centrum, afgestemd op het begin en "
     "einde van de schooldag.")}
{box("D", "Financier per school een brugfiguur die anderstalige ouders begeleidt bij het aanmelden en in de "
     "eerste schoolweken.")}
{box("E", "Vertaal de aanmeldbrochure in de vijf meest gesproken thuistalen en verspreid ze via de "
     "consultatiebureaus.")}
{box("F", "Schaf de bijdrage voor de voor- en naschoolse opvang af voor gezinnen met een verhoogde "
     "tegemoetkoming.")}
{box("G", "Betrek het LOP telkens vóór 1 oktober bij de beslissing over de capaciteit van het volgende "
     "schooljaar.")}
<h2>5. Slot</h2>
<p>Het LOP vraagt het college om zijn standpunt over dit advies binnen drie maanden mee te delen. De werkgroep
Capaciteit komt opnieuw samen op 21 april 2026.</p>
<p>Namens het LOP Basisonderwijs Roeselbeke,<br>Geert Van Damme, voorzitter - Nadia Bouzid, LOP-deskundige</p>
"""

RESPONSE = f"""
<table width="100%" cellpadding="4" style="border-bottom:2px solid {COL}"><tr>
<td width="60%"><font face="{SANS}" size="4" color="{COL}"><b>Stad Roeselbeke</b></font><br>
<font face="{SANS}" size="1">Gemeenteraad van 27 april 2026 - agendapunt 14</font></td>
<td width="40%"><font face="{SANS}" size="1">Toelichtende nota<br>Dienst Onderwijs<br>Dossier 2026/OND/0117</font>
</td></tr></table>
<h1>Capaciteit basisonderwijs 2027-2028: kennisname van het advies van het LOP en standpunt van het college</h1>
<h2>Situering</h2>
<p>De gemeenteraad neemt elk jaar kennis van het advies van het lokaal overlegplatform over capaciteit en
aanmelden. Het college bespreekt dit jaar het advies LOP-BaO/2026/04 van 18 februari 2026 en legt zijn standpunt
ter informatie voor aan de raad.</p>
<h2>Standpunt over het advies van het LOP</h2>
<p>Over brugfiguren in de scholen (aanbeveling D) is het college niet ongevoelig voor de argumenten van het LOP.
Het zal bij de aanpassing van het meerjarenplan in het najaar bekijken of daar middelen voor vrij te maken zijn,
maar kan vandaag nog niets toezeggen.</p>
<p>Het LOP vraagt ook om een schoolbus voor Ruisbeke en om inspraak in de capaciteit (aanbevelingen C en G). Een
eigen schoolbus is voor de stad niet haalbaar en ook geen stedelijke opdracht; het college verwijst naar het
gesprek met De Lijn over een vroegere rit op lijn 52. Het college gaat er wel mee akkoord om het LOP voortaan elk
jaar in september te horen vóór het de capaciteit vastlegt.</p>
<p>Het digitale aanmelden (aanbeveling A) blijft zoals gevraagd centraal georganiseerd; het hulppunt in de
bibliotheek is al geopend op de woensdag- en zaterdagvoormiddag.</p>
<p>Wat de bijdrage voor de opvang betreft (aanbeveling F), blijft het college bij het huidige sociaal tarief van 50
procent; een volledige kwijtschelding acht het college niet verantwoord.</p>
<p>Voor Kouterveld (aanbeveling B) plaatst de stad in de zomer van 2027 modulaire klaslokalen voor één extra
klas per geboortejaar bij de stedelijke basisschool De Linde; een tweede klas is in het huidige meerjarenplan niet
mogelijk.</p>
<h2>Schoolomgevingen</h2>
<p>Los van het LOP-advies: in 2026 worden vier schoolstraten ingericht, onder meer aan De Linde en de
Sint-Jozefsschool. De verkeersdienst informeert de raad daarover afzonderlijk.</p>
<h2>Voorstel aan de gemeenteraad</h2>
<p>De gemeenteraad neemt kennis van het advies van het LOP en van het standpunt van het college. Deze nota wordt
na de zitting aan de voorzitter van het LOP bezorgd.</p>
"""

B.soffice_pdf(page("Advies LOP capaciteit 2027-2028", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "LOP Basisonderwijs Roeselbeke - advies LOP-BaO/2026/04", "p. {n}/{m}", F["Regular"])
B.soffice_pdf(page("Toelichtende nota gemeenteraad", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Stad Roeselbeke - gemeenteraad 27 april 2026 - punt 14", "p. {n}/{m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Organiseer het aanmelden voor 2027-2028 opnieuw centraal via het",
     "blijft zoals gevraagd centraal georganiseerd", "agrees"),
    (2, "Breid de capaciteit in Kouterveld uit met twee extra klassen",
     "modulaire klaslokalen voor één extra klas per geboortejaar", "partly"),
    (3, "Voorzie een gratis schoolbus van Ruisbeke naar de scholen",
     "Een eigen schoolbus is voor de stad niet haalbaar", "disagrees"),
    (4, "Financier per school een brugfiguur die anderstalige ouders begeleidt",
     "bij de aanpassing van het meerjarenplan in het najaar bekijken", "noted"),
    (5, "Vertaal de aanmeldbrochure in de vijf meest gesproken thuistalen", None, "unanswered"),
    (6, "Schaf de bijdrage voor de voor- en naschoolse opvang af",
     "blijft het college bij het huidige sociaal tarief", "disagrees", ["partly"]),
    (7, "Betrek het LOP telkens vóór 1 oktober bij de beslissing",
     "het LOP voortaan elk jaar in september te horen", "agrees"),
], ["legt zijn standpunt ter informatie voor aan de raad",
    "in 2026 worden vier schoolstraten ingericht",
    "Deze nota wordt na de zitting aan de voorzitter"],
    "Flemish LOP basisonderwijs advice on capacity and enrolment (LibreOffice from HTML, serif body, letterhead "
    "table, stamped running head and 'p. n/m'); traps: 'moet' twice in the Kader, a capaciteitsmonitor table, "
    "Vaststelling 1-3, the 2023 LOP advice quoted with 'moet', 'gunstig advies' on timing before the boxes, a 'Slot' "
    "request; recommendations LABELLED 'Aanbeveling A.'-'G.' in bordered shaded one-cell tables that LibreOffice joins into one shaded PANEL (imperatives). Response: "
    "toelichtende nota aan de gemeenteraad, paragraphs citing letters in parentheses, order D, C+G, A, F, B; the C+G "
    "paragraph = C disagrees (no school bus) + G agrees (hear the LOP each September); D noted (meerjarenplan "
    "najaar, nothing promised); A agrees (kept central, hulppunt open); F disagrees (social tariff kept, partly also "
    "allowed); B partly (one extra class, not two); E (translated brochure) unanswered. 'Situering', "
    "'Schoolomgevingen' and 'Voorstel aan de gemeenteraad' answer nothing. Numbers 1-7 = A-G.")
print("written", NAME)

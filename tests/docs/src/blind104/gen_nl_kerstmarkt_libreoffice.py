"""Round 104 (nl): the SCHOUWRAPPORT of a local platform for accessibility (Platform Toegankelijk) on a town's
KERSTMARKT, answered by the organising foundation's REACTIE with an action table citing roman numerals.

Advice (LibreOffice headless from HTML, sans, purple letterhead table, stamped head from p. 2, 'Pagina n van m'):
knelpunten numbered 1-5 with 'moet' (Wet gelijke behandeling op grond van handicap of chronische ziekte, VN-verdrag
art. 9), the 2024 schouw quoted with 'moet', a route table; the recommendations are a ROMAN-NUMBERED list I-VII.
Response: cover letter + table 'Nr. | Reactie van de organisatie | Status', order V, IV, I+III, VI, II; VII
unanswered. All invented.

Run: /tmp/blind104nl/bin/python tests/docs/src/blind104/gen_nl_kerstmarkt_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b104nl as B  # noqa: E402

NAME = "blind104_nl_kerstmarkt"
FAM = f"B{B.ROUND}NL Sans"
F = B.tmp_fonts(FAM, B.SANS_FILES)

STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2.2cm 2cm 2.2cm; }
body { font-family: '%(f)s'; font-size: 9.4pt; line-height: 1.35; }
h1 { font-family: '%(f)s'; font-size: 14.5pt; color: #5b2a86; margin: 6pt 0 4pt 0; }
h2 { font-family: '%(f)s'; font-size: 10.8pt; color: #5b2a86; margin-top: 10pt; }
p { margin: 0 0 5pt 0; } li { margin: 0 0 3pt 0; }
td, th { font-family: '%(f)s'; font-size: 8.6pt; vertical-align: top; }
</style>""" % {"f": FAM}

ADV = "<html><head><meta charset='utf-8'>" + STYLE + """</head><body>
<table width="100%" cellpadding="5" cellspacing="0" style="border-bottom: 2.5pt solid #5b2a86"><tr>
<td width="62%"><font size="4" color="#5b2a86"><b>Platform Toegankelijk Zuidervliet</b></font><br>
<font size="1">Onafhankelijk adviesplatform van en voor inwoners met een beperking</font></td>
<td width="38%" align="right"><font size="1">p/a Buurthuis De Schakel, Wilgenlaan 3<br>3281 CV Zuidervliet<br>
platform@toegankelijkzuidervliet.nl</font></td></tr></table>
<p></p>
<p><font size="2">Aan: Stichting Winterfeest Zuidervliet, t.a.v. het bestuur<br>Afschrift: burgemeester Van Rijswijk
en de afdeling Evenementen van de gemeente<br>Datum: 22 januari 2026<br>Kenmerk: PTZ-2026-003</font></p>
<h1>Schouwrapport toegankelijkheid Kerstmarkt Zuidervliet 2025</h1>
<h2>1. Opzet van de schouw</h2>
<p>Op 13 en 18 december 2025 hebben acht leden van het platform de Kerstmarkt Zuidervliet bezocht: twee
rolstoelgebruikers, een gebruiker van een scootmobiel, twee blinde of slechtziende leden met geleidehond of taststok,
een dove bezoeker en twee ouderen met een rollator. Zij volgden de route van de ingang Havenstraat via de Markt en het
Kerkplein naar de ijsbaan en beoordeelden de kramen, de toiletten, het parkeren en de informatie vooraf.</p>
<h2>2. De route in het kort</h2>
<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse: collapse">
<tr style="background: #ece3f4"><th align="left">Deel van de route</th><th align="left">Bestrating</th>
<th align="left">Beoordeling</th></tr>
<tr><td>Havenstraat - Markt</td><td>klinkers, vlak</td><td>goed te doen</td></tr>
<tr><td>Markt</td><td>kinderkopjes, kabelgoten</td><td>zwaar; twee keer hulp nodig</td></tr>
<tr><td>Kerkplein</td><td>kinderkopjes, helling 6 %</td><td>niet zelfstandig te doen</td></tr>
<tr><td>IJsbaan</td><td>rijplaten</td><td>goed, maar geen rustplek</td></tr></table>
<h2>3. Knelpunten</h2>
<ol>
<li>Er was op het hele terrein één toegankelijk toilet, achter de ijsbaan. Volgens de Wet gelijke behandeling op grond
van handicap of chronische ziekte moet een organisator doeltreffende aanpassingen verrichten, tenzij die onevenredig
belastend zijn.</li>
<li>De kabelgoten op de Markt waren voor rolstoelen en rollators te hoog; een lid viel bijna.</li>
<li>Van de 64 kramen hadden er drie een toonbank die vanuit een rolstoel bereikbaar was.</li>
<li>De drie gehandicaptenparkeerplaatsen aan de Havenstraat waren beide avonden bezet door kraamhouders.</li>
<li>De harde muziek en de lichtshow op het Kerkplein waren voor twee leden met autisme reden om direct te vertrekken.</li>
</ol>
<p>In het schouwrapport over de kerstmarkt van 2024 schreven wij al: 'De organisatie moet ervoor zorgen dat mensen met
een beperking de hele markt zelfstandig kunnen bezoeken.' Artikel 9 van het VN-verdrag inzake de rechten van
personen met een handicap vraagt hetzelfde. Wij zien vooruitgang bij de ijsbaan, maar nog niet op de route zelf.</p>
<h2>4. Aanbevelingen</h2>
<p>Het platform beveelt de stichting aan om voor de kerstmarkt van december 2026:</p>
<ol type="I">
<li>over de kinderkopjes van de Markt en het Kerkplein een vlakke loopstrook of rijplaten van minstens 1,5 meter
breed aan te leggen, met kabelbruggen in plaats van hoge kabelgoten;</li>
<li>bij de ingang Havenstraat ten minste twee toegankelijke toiletten te plaatsen, waarvan één met een
verschoontafel voor volwassenen;</li>
<li>van de kraamhouders te eisen dat minstens een kwart van de kramen een verlaagde toonbank van hoogstens 90
centimeter heeft;</li>
<li>zes parkeerplaatsen voor gehandicapten binnen 100 meter van de ingang te reserveren en kraamhouders daar niet
toe te laten;</li>
<li>op de donderdagmiddag een prikkelarm uur in te voeren zonder muziek en zonder lichtshow;</li>
<li>vooraf op de website een plattegrond te publiceren met de toegankelijke route, de toiletten en rustplekken;</li>
<li>de schouw na afloop samen met het platform te herhalen en de uitkomsten in de evaluatie met de gemeente te
bespreken.</li>
</ol>
<p>Wij ontvangen graag vóór 1 april 2026 uw reactie, zodat de aanpassingen kunnen worden meegenomen in de
vergunningaanvraag voor 2026.</p>
<p>Met vriendelijke groet,<br><br>R. Schotanus-Veldman, voorzitter<br>D. Amrani, coördinator schouwen</p>
</body></html>"""
B.soffice_pdf(ADV, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Platform Toegankelijk Zuidervliet - schouwrapport Kerstmarkt 2025 - PTZ-2026-003",
        "Pagina {n} van {m}", F["Regular"])

RES = "<html><head><meta charset='utf-8'>" + STYLE + """</head><body>
<table width="100%" cellpadding="5" cellspacing="0" style="border-bottom: 1.5pt solid #a33a2c"><tr>
<td><font size="4" color="#a33a2c"><b>Stichting Winterfeest Zuidervliet</b></font><br>
<font size="1">Organisator van de Kerstmarkt Zuidervliet en de IJsbaan op het Kerkplein</font></td>
<td align="right"><font size="1">Havenstraat 17, 3281 AB Zuidervliet<br>bestuur@winterfeestzuidervliet.nl</font></td>
</tr></table>
<p></p>
<p><font size="2">Aan: Platform Toegankelijk Zuidervliet, t.a.v. mevrouw R. Schotanus-Veldman<br>
Datum: 24 maart 2026<br>Uw kenmerk: PTZ-2026-003<br>Betreft: reactie op het schouwrapport Kerstmarkt 2025</font></p>
<h1>Reactie op het schouwrapport</h1>
<p>Beste mevrouw Schotanus-Veldman,</p>
<p>Het bestuur heeft uw schouwrapport met veel belangstelling gelezen en op 9 maart besproken met de
marktcommissie en met de afdeling Evenementen van de gemeente. Wij stellen het zeer op prijs dat uw leden de markt
twee avonden hebben bezocht. Onze reactie op de aanbevelingen staat in de tabel hieronder.</p>
<table width="100%" cellpadding="4" cellspacing="0" border="1" style="border-collapse: collapse">
<tr style="background: #f6e5e2"><th align="left" width="11%">Nr.</th><th align="left" width="67%">Reactie van de
organisatie</th><th align="left" width="22%">Status</th></tr>
<tr><td>V</td><td>Een prikkelarm uur past helaas niet bij het karakter van de markt. Muziek en lichtshow zijn op
donderdag afgestemd op de schoolkoren en blijven daarom zoals ze zijn.</td><td>niet overgenomen</td></tr>
<tr><td>IV</td><td>Wij reserveren zes parkeerplaatsen voor gehandicapten aan de Havenstraat en de Kade; kraamhouders
krijgen een eigen parkeerterrein bij de sporthal.</td><td>toegezegd</td></tr>
<tr><td>I en III</td><td>Op het Kerkplein komt een loopstrook van rijplaten van 1,5 meter en alle kabelgoten worden
vervangen door lage kabelbruggen; voor de Markt zijn rijplaten te duur. Een verlaagde toonbank gaan wij niet
verplicht stellen; wel vragen wij kraamhouders in de inschrijving of zij er een hebben.</td><td>deels /
niet overgenomen</td></tr>
<tr><td>VI</td><td>Een toegankelijke plattegrond spreekt ons aan. Wij leggen dit voor aan de VVV, die de website
beheert, en komen daar in het najaar op terug.</td><td>in overweging</td></tr>
<tr><td>II</td><td>Akkoord. Er komen twee toegankelijke toiletunits bij de ingang Havenstraat, waarvan één met
verschoontafel; de huur is al vastgelegd.</td><td>geregeld</td></tr>
</table>
<h2>Veiligheid</h2>
<p>Los van uw rapport melden wij dat de markt in 2026 op advies van de brandweer één dag korter duurt en dat er
een extra nooduitgang komt aan de Kerksteeg. De openingstijden volgen in oktober.</p>
<p>Wij hopen u ook in december weer op de kerstmarkt te begroeten.</p>
<p>Met hartelijke groet,<br>namens het bestuur,<br><br>P.J. Dekkers, voorzitter</p>
</body></html>"""
B.soffice_pdf(RES, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Stichting Winterfeest Zuidervliet - reactie op PTZ-2026-003", "Pagina {n} van {m}",
        F["Regular"])

B.write_expected(NAME, [
    (1, "over de kinderkopjes van de Markt en het Kerkplein een vlakke",
     "Op het Kerkplein komt een loopstrook van rijplaten", "partly"),
    (2, "bij de ingang Havenstraat ten minste twee toegankelijke toiletten",
     "Er komen twee toegankelijke toiletunits bij de ingang Havenstraat", "agrees"),
    (3, "van de kraamhouders te eisen dat minstens een kwart van",
     "Een verlaagde toonbank gaan wij niet verplicht stellen", "disagrees"),
    (4, "zes parkeerplaatsen voor gehandicapten binnen 100 meter van de ingang",
     "Wij reserveren zes parkeerplaatsen voor gehandicapten", "agrees"),
    (5, "op de donderdagmiddag een prikkelarm uur in te voeren",
     "Een prikkelarm uur past helaas niet bij het karakter", "disagrees"),
    (6, "vooraf op de website een plattegrond te publiceren met de",
     "Wij leggen dit voor aan de VVV", "noted"),
    (7, "de schouw na afloop samen met het platform te herhalen", None, "unanswered"),
], [
    "Het bestuur heeft uw schouwrapport met veel belangstelling gelezen",
    "op advies van de brandweer één dag korter duurt",
    "Wij hopen u ook in december weer op de kerstmarkt",
], "Advice: accessibility schouwrapport by a local platform on a kerstmarkt; a route table, knelpunten numbered 1-5 "
   "(Wgbh/cz 'moet'), the 2024 schouw quoted with 'moet', VN-verdrag art. 9, a reply date; recommendations a "
   "ROMAN-NUMBERED list I-VII of infinitive clauses after 'Het platform beveelt de stichting aan om ...:' (expected "
   "1-7 = I-VII). Response: organiser's cover letter + table 'Nr. | Reactie van de organisatie | Status', order V, "
   "IV, I+III, VI, II; row 'I en III' = I partly (Kerkplein only) + III disagrees (no obligation); V disagrees; IV "
   "agrees; VI noted (put to the VVV); II agrees; VII (repeat schouw) unanswered; the opening, 'Veiligheid' and the "
   "closing answer nothing.")
print("wrote", NAME)

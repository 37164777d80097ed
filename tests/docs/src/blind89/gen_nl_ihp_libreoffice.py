"""Round 89 (nl, Dutch): the GEZAMENLIJKE ZIENSWIJZE of the school boards on a municipality's concept-INTEGRAAL
HUISVESTINGSPLAN ONDERWIJS (IHP), answered by the VERSLAG (minutes) of the Op Overeenstemming Gericht Overleg (OOGO),
by paraphrase only (no letters).

Advice: (invented) schoolbesturen in Oostervlier (2 p., LibreOffice Writer headless from HTML, serif body, a
letterhead table, a school table, the 2016 IHP quoted, artikel 102 WPO 'moet'; recommendations LETTERED a) - g) after
'De schoolbesturen verzoeken het college:'). Response: OOGO minutes, agenda items 1-4, order d, b, f+c, a, g; e
unanswered; opening, mededelingen and rondvraag/sluiting answer nothing. Everything is invented.

Run: /tmp/blind89nl/bin/python tests/docs/src/blind89/gen_nl_ihp_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b89nl as B  # noqa: E402

NAME = "blind89_nl_ihp"
F = B.tmp_fonts()
FS = B.tmp_fonts("B89NL Serif", B.SERIF_FILES)
HEAD = """<html><head><meta charset="utf-8"><style>
@page { margin: 2.2cm 2.2cm 1.8cm 2.4cm; }
body { font-family: 'B89NL Serif'; font-size: 10pt; }
h1 { font-family: 'B89NL Sans'; font-size: 14pt; color: #23406e; }
h2 { font-family: 'B89NL Sans'; font-size: 11pt; color: #23406e; margin-top: 10pt; }
p { margin-top: 0; margin-bottom: 5pt; }
td, th { font-size: 9pt; vertical-align: top; }
.lh td { font-family: 'B89NL Sans'; color: #ffffff; }
</style></head><body>"""

RECS = [
    "de vervangende nieuwbouw van basisschool De Klimop naar voren te halen van 2031 naar 2028;",
    "bij nieuwbouw en renovatie het Programma van Eisen Frisse Scholen klasse B als minimum te hanteren;",
    "de normbedragen voor nieuwbouw jaarlijks te indexeren volgens de meest recente VNG-normen;",
    "een gezamenlijke stuurgroep van gemeente en schoolbesturen in te stellen die de uitvoering van het IHP bewaakt;",
    "de leegstaande lokalen in de Vlierschool niet af te stoten maar te benutten voor een integraal kindcentrum;",
    "de kosten van tijdelijke huisvesting tijdens de bouw volledig voor rekening van de gemeente te laten komen;",
    "de gymzaal aan de Brinkstraat te vervangen door een sporthal die ook het voortgezet onderwijs kan gebruiken.",
]


def advice():
    items = "\n".join(f'<tr><td width="7%">{c})</td><td>{t}</td></tr>' for c, t in zip("abcdefg", RECS))
    html = HEAD + f"""
<table width="100%" cellpadding="6" bgcolor="#23406e" class="lh"><tr><td><b>Schoolbesturen Oostervlier</b><br>
Stichting Openbaar Onderwijs Oostervlier - Stichting Katholiek Primair Onderwijs De Linde<br>
Vereniging voor Christelijk Onderwijs Oostervlier - Het Vlierlyceum</td><td align="right">Oostervlier, 3 maart 2026<br>
kenmerk SBO/IHP/2026-01</td></tr></table>
<p><br>Aan het college van burgemeester en wethouders van Oostervlier<br>t.a.v. wethouder A.M. Kramer (onderwijs)</p>
<h1>Gezamenlijke zienswijze op het concept-Integraal Huisvestingsplan Onderwijs 2027-2042</h1>
<h2>1. Inleiding</h2>
<p>Op 20 januari 2026 heeft u ons het concept-Integraal Huisvestingsplan Onderwijs 2027-2042 (IHP) toegezonden. Op
grond van artikel 102 van de Wet op het primair onderwijs moet het college over het huisvestingsbeleid op
overeenstemming gericht overleg voeren met de schoolbesturen. Wij geven hierbij onze gezamenlijke zienswijze, als
voorbereiding op het OOGO van 24 maart 2026.</p>
<h2>2. Algemeen oordeel</h2>
<p>Wij waarderen het dat de gemeente voor het eerst een plan voor vijftien jaar opstelt. Het IHP 2016 beloofde:
'De gemeente streeft naar frisse scholen klasse B voor alle schoolgebouwen in 2030.' Van de elf gebouwen voldoen er
nu drie aan die ambitie. De leerlingenprognose in het concept is naar ons oordeel te voorzichtig: de nieuwbouwwijk
Vlierhoeve zou daarin zwaarder moeten meetellen.</p>
<table width="95%" border="1" cellpadding="3" cellspacing="0">
<tr><th align="left">School</th><th align="left">Bouwjaar</th><th align="left">Leerlingen 2025</th><th align="left">Prognose 2035</th><th align="left">Energielabel</th></tr>
<tr><td>De Klimop</td><td>1968</td><td>214</td><td>265</td><td>F</td></tr>
<tr><td>Vlierschool</td><td>1979</td><td>162</td><td>130</td><td>D</td></tr>
<tr><td>De Regenboog</td><td>2011</td><td>305</td><td>320</td><td>A</td></tr>
<tr><td>Het Vlierlyceum</td><td>1994</td><td>1.140</td><td>1.210</td><td>C</td></tr></table>
<h2>3. Knelpunten</h2>
<p>Het gebouw van De Klimop is in slechte staat; in de winter van 2025 moest de school twee dagen sluiten door een
defecte verwarming. In het concept staat de vervanging pas in 2031 gepland. Verder liggen de normbedragen in het
concept op het niveau van 2024, terwijl de bouwkosten sindsdien met ruim 11 procent zijn gestegen. In de Vlierschool
staan vier lokalen leeg. Het Vlierlyceum gebruikt voor de gymlessen nu drie verschillende zalen, tot op 2,5 kilometer
afstand.</p>
<h2>4. Onze verzoeken</h2>
<p>De schoolbesturen verzoeken het college:</p>
<table width="100%" cellpadding="2" cellspacing="0">{items}</table>
<p>Wij gaan graag met u in gesprek over deze zienswijze en zien uit naar een constructief overleg.</p>
<p>Namens de schoolbesturen,<br>drs. E. (Eline) Schouten, voorzitter college van bestuur SOOO<br>
P.J. van Dalen, bestuurder SKPO De Linde</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Zienswijze schoolbesturen op het concept-IHP 2027-2042", "pagina {n}", F["Regular"])


def response():
    html = HEAD + """
<table width="100%" cellpadding="6" bgcolor="#23406e" class="lh"><tr><td><b>GEMEENTE OOSTERVLIER</b><br>Op Overeenstemming Gericht Overleg onderwijshuisvesting</td>
<td align="right">Verslag<br>vastgesteld 21 april 2026</td></tr></table>
<h1>Verslag OOGO onderwijshuisvesting van 24 maart 2026</h1>
<table width="100%" cellpadding="2"><tr><td width="22%">Aanwezig</td><td>wethouder A.M. Kramer (voorzitter), E. Schouten (SOOO),
P.J. van Dalen (SKPO De Linde), H. Wolters (VCO Oostervlier), M. Yilmaz (Het Vlierlyceum), R. Dijkstra (beleidsadviseur onderwijs, gemeente)</td></tr>
<tr><td>Verslag</td><td>L. de Boer (gemeente)</td></tr></table>
<h2>1. Opening en vaststelling agenda</h2>
<p>De wethouder opent de vergadering om 15.00 uur en heet in het bijzonder de nieuwe bestuurder van VCO Oostervlier,
de heer Wolters, welkom. De agenda wordt ongewijzigd vastgesteld.</p>
<h2>2. Mededelingen</h2>
<p>De heer Dijkstra meldt dat de nieuwe leerlingenprognose van het bureau Pronexus in mei verschijnt. Mevrouw Yilmaz
meldt dat de aanbesteding van de zonnepanelen op het dak van het Vlierlyceum is gegund.</p>
<h2>3. Concept-IHP 2027-2042 en de zienswijze van de schoolbesturen</h2>
<p>Mevrouw Schouten licht de zienswijze toe. De wethouder dankt de besturen voor de gezamenlijke inbreng en loopt de
punten langs.</p>
<p>Over de bewaking van de uitvoering zijn partijen het snel eens. De wethouder zegt toe dat er een stuurgroep IHP
komt met een bestuurlijke vertegenwoordiging van gemeente en besturen, die twee keer per jaar bijeenkomt; de eerste
vergadering is in juni.</p>
<p>Wat het binnenklimaat betreft, neemt de gemeente de ambitie van klasse B over voor alle nieuwbouw. Bij renovaties
blijft klasse C het uitgangspunt, omdat klasse B daar volgens de wethouder onevenredig duur is.</p>
<p>Over de bekostiging zegt de wethouder dat de gemeente de huur van noodlokalen en de verhuiskosten tijdens de bouw
voortaan volledig voor haar rekening neemt; dit wordt in de verordening vastgelegd. Een jaarlijkse indexering van de
budgetten volgens de VNG-normen kan het college niet toezeggen: de bedragen worden alleen bij de herijking van het
IHP na vijf jaar aangepast. De heer Van Dalen betreurt dit.</p>
<p>De planning van de vervangende nieuwbouw van De Klimop blijft ongewijzigd. Eerder beginnen past niet in de
meerjarenbegroting en de locatiekeuze is nog niet gemaakt. Wel wordt onderzocht of de verwarming op korte termijn
kan worden vervangen.</p>
<p>Van de wens om een sporthal te realiseren die ook het voortgezet onderwijs kan gebruiken, neemt de wethouder kennis;
hij zal die inbrengen bij de sportaccommodatievisie die de raad in het najaar bespreekt.</p>
<p><i>Conclusie:</i> op deze punten is geen volledige overeenstemming bereikt. De gemeente verwerkt de uitkomst in het
IHP dat in juni aan de raad wordt voorgelegd.</p>
<h2>4. Rondvraag en sluiting</h2>
<p>De heer Wolters vraagt naar de stand van de fietsenstalling bij De Regenboog; de heer Dijkstra komt hierop
schriftelijk terug. De wethouder sluit de vergadering om 16.40 uur. Het volgende OOGO is op 8 september 2026.</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag OOGO onderwijshuisvesting 24 maart 2026", "pagina {n}", F["Regular"])


EXP = [
    (1, "de vervangende nieuwbouw van basisschool De Klimop naar voren te", "De planning van de vervangende nieuwbouw van De Klimop blijft ongewijzigd", "disagrees"),
    (2, "bij nieuwbouw en renovatie het Programma van Eisen Frisse Scholen", "Bij renovaties blijft klasse C het uitgangspunt", "partly"),
    (3, "de normbedragen voor nieuwbouw jaarlijks te indexeren volgens de meest", "kan het college niet toezeggen: de bedragen worden alleen", "disagrees"),
    (4, "een gezamenlijke stuurgroep van gemeente en schoolbesturen in te stellen", "De wethouder zegt toe dat er een stuurgroep IHP komt", "agrees"),
    (5, "de leegstaande lokalen in de Vlierschool niet af te stoten maar", None, "unanswered"),
    (6, "de kosten van tijdelijke huisvesting tijdens de bouw volledig voor", "voortaan volledig voor haar rekening neemt", "agrees"),
    (7, "de gymzaal aan de Brinkstraat te vervangen door een sporthal die", "zal die inbrengen bij de sportaccommodatievisie", "noted"),
]
UNMATCHED = ["heet in het bijzonder de nieuwe bestuurder van VCO Oostervlier",
             "de nieuwe leerlingenprognose van het bureau Pronexus in mei verschijnt",
             "vraagt naar de stand van de fietsenstalling bij De Regenboog"]
NOTES = ("Advice: joint zienswijze of four school boards on a concept-IHP; seven requests LETTERED a)-g) after 'De "
         "schoolbesturen verzoeken het college:'; traps: artikel 102 WPO ('moet'), the IHP 2016 quoted, 'zou ... moeten', "
         "a school table, 'Knelpunten' restating the problems, dates and percentages. Response: OOGO minutes by "
         "paraphrase, NO letters, order d, b, f+c, a, g. Shared paragraph on bekostiging: f agrees (temporary housing "
         "paid) + c disagrees (no yearly indexation). e (Vlierschool lokalen) unanswered. '1. Opening', '2. Mededelingen' "
         "and '4. Rondvraag en sluiting' answer nothing; the introduction of item 3 and the 'Conclusie' reply to none.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

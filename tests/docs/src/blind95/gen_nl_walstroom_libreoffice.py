"""Round 95 (nl, Flemish): the ADVIES of a strategic advisory council for ports and shipping on a Flemish
voorontwerp van decreet (shore power in the sea ports), answered by the NOTA AAN DE VLAAMSE REGERING of the minister,
whose section 'Adviezen' discusses the advice point by point ('punt n').

Advice: Strategische Adviesraad Havens en Scheepvaart (LibreOffice headless from HTML, sans, letterhead table,
stamped head and 'p. n/m'): article references of the voorontwerp (art. 4, 7, 12), the EU regulation's 'moet',
the decree's 'moet', a table of calls and connections, the raad's 2023 advice quoted with 'moet'; recommendations in
a RULED TABLE Nr / Artikel / Aanbeveling. Response: nota aan de Vlaamse Regering, order 4, 1, 5+3, 6, 2; 7
unanswered. All invented.

Run: /tmp/blind95nl/bin/python tests/docs/src/blind95/gen_nl_walstroom_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b95nl as B  # noqa: E402

NAME = "blind95_nl_walstroom"
F = B.tmp_fonts()
FAM = "B95NL Sans"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.1cm 2cm 1.8cm 2cm; }
body { font-family: '%s'; font-size: 9.8pt; line-height: 1.35; color: #111; }
h1 { font-family: '%s'; font-size: 14.5pt; color: #0b4f6c; margin: 6pt 0 4pt 0; }
h2 { font-family: '%s'; font-size: 11pt; color: #0b4f6c; margin: 10pt 0 3pt 0; }
p { margin: 0 0 6pt 0; }
td, th { font-family: '%s'; font-size: 9.2pt; vertical-align: top; }
.rt th { background: #0b4f6c; color: #ffffff; text-align: left; }
.rt td { border-bottom: 1px solid #7fa7b8; }
.lh td { font-size: 8.5pt; color: #333; }
""" % ((FAM,) * 4)


def page(title, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (title, CSS, body))


ADVICE = """
<table class="lh" width="100%" cellpadding="3"><tr>
<td width="55%"><b><font size="4" color="#0b4f6c">Strategische Adviesraad Havens en Scheepvaart</font></b><br>
Havenlaan 88, 1000 Brussel</td>
<td width="45%">Advies SAHS 2026-05<br>Brussel, 27 februari 2026<br>Adviesvraag: minister van Mobiliteit en
Openbare Werken, 15 januari 2026<br>Goedgekeurd door de raad op 24 februari 2026</td></tr></table>
<hr>
<h1>Advies over het voorontwerp van decreet betreffende walstroom in de Vlaamse zeehavens</h1>
<h2>1. Situering van de adviesvraag</h2>
<p>Op 15 januari 2026 vroeg de Vlaamse minister van Mobiliteit en Openbare Werken de Strategische Adviesraad Havens
en Scheepvaart (SAHS) om advies over het voorontwerp van decreet betreffende walstroom en emissiearm aanmeren in de
Vlaamse zeehavens (hierna: het voorontwerp). De raad kreeg daarvoor dertig dagen, verlengd tot 28 februari 2026.</p>
<p>Het voorontwerp zet de verplichtingen uit de Europese FuelEU Maritime-verordening en de AFIR-verordening om in
Vlaamse regels. Volgens de FuelEU-verordening moet een containerschip of passagiersschip dat langer dan twee uur
aan de kade ligt vanaf 1 januari 2030 walstroom gebruiken. Artikel 4 van het voorontwerp legt dezelfde verplichting
al vanaf 1 januari 2029 op, en artikel 7 breidt ze uit naar de riviercruise en de binnenvaart.</p>
<h2>2. Algemene beoordeling</h2>
<p>De raad steunt de doelstelling van het voorontwerp. Walstroom vermindert de uitstoot van stikstofoxiden en fijn
stof in de havens en in de woonkernen ernaast aanzienlijk. De raad stelt wel vast dat de aansluitingen in de havens
traag vorderen:</p>
<table class="rt" width="100%" cellpadding="3" cellspacing="0">
<tr><th>Haven</th><th>Aanlopen zeevaart 2025</th><th>Kaaiplaatsen met walstroom</th><th>Gepland tegen 2029</th></tr>
<tr><td>Haven van Scheldemonde</td><td>11.420</td><td>6</td><td>19</td></tr>
<tr><td>Kustport Zeeveld</td><td>5.870</td><td>2</td><td>8</td></tr>
<tr><td>Kanaalhaven Westerdok</td><td>1.310</td><td>0</td><td>2</td></tr>
</table>
<p>Volgens artikel 12 van het havendecreet van 2 maart 1999 moet het havenbedrijf de havenuitrusting ter beschikking
stellen tegen redelijke en niet-discriminerende voorwaarden. De raad merkt op dat het voorontwerp niet regelt hoe
die voorwaarden voor walstroom worden bepaald. In zijn advies van 6 oktober 2023 over de Havenvisie 2040 schreef de
raad al: 'De Vlaamse overheid moet zorgen voor een gelijk speelveld tussen de Vlaamse havens en de buurhavens.'
Dat uitgangspunt blijft voor de raad leidend.</p>
<h2>3. Aanbevelingen</h2>
<p>De raad formuleert bij het voorontwerp de volgende aanbevelingen.</p>
<table class="rt" width="100%" cellpadding="4" cellspacing="0">
<tr><th width="6%">Nr</th><th width="16%">Artikel</th><th>Aanbeveling</th></tr>
<tr><td>1</td><td>art. 4</td><td>Laat de verplichting voor containerschepen ingaan op 1 januari 2030, gelijk met de
Europese termijn, om concurrentienadeel tegenover Rotterdam en Duinkerke te vermijden.</td></tr>
<tr><td>2</td><td>art. 7</td><td>Voorzie voor de binnenvaart een overgangsperiode van twee jaar na de inwerkingtreding,
zodat schippers hun schepen kunnen aanpassen.</td></tr>
<tr><td>3</td><td>art. 9</td><td>Laat de havenbedrijven zelf het tarief voor walstroom vastleggen, binnen een door de
Vlaamse Regering vastgesteld maximum.</td></tr>
<tr><td>4</td><td>art. 15</td><td>Richt een Vlaams investeringsfonds walstroom op van 150 miljoen euro voor de periode
2026-2030, ter aanvulling op de Europese middelen.</td></tr>
<tr><td>5</td><td>art. 18-20</td><td>Zorg voor een eenduidige handhaving door de havenkapiteinsdienst, met dezelfde
boetebedragen in alle Vlaamse zeehavens.</td></tr>
<tr><td>6</td><td>art. 24</td><td>Evalueer het decreet drie jaar na de inwerkingtreding en betrek daarbij de raad en de
havengemeenten.</td></tr>
<tr><td>7</td><td>algemeen</td><td>Betrek de sociale partners bij de opleiding van havenarbeiders en bootlieden die
walstroomaansluitingen moeten bedienen.</td></tr>
</table>
<h2>4. Slot</h2>
<p>De raad vraagt de minister om in de nota aan de Vlaamse Regering te motiveren waarom een aanbeveling eventueel
niet wordt gevolgd, zoals artikel 7 van het decreet van 7 juli 2006 over de strategische adviesraden voorschrijft.</p>
<p>Voor de raad,<br><br>Katrien Vandermeersch, secretaris<br>Luc De Wachter, voorzitter</p>
"""

RESPONSE = """
<table class="lh" width="100%" cellpadding="3"><tr>
<td width="55%"><b><font size="4" color="#0b4f6c">Vlaamse Regering</font></b><br>De Vlaamse minister van Mobiliteit
en Openbare Werken</td>
<td width="45%">VR 2026 2004 DOC.0388/1<br>Brussel, 20 april 2026</td></tr></table>
<hr>
<h1>Nota aan de Vlaamse Regering</h1>
<p><b>Betreft:</b> voorontwerp van decreet betreffende walstroom en emissiearm aanmeren in de Vlaamse zeehavens -
principiële goedkeuring na advies</p>
<h2>1. Situering</h2>
<p>Op 19 december 2025 hechtte de Vlaamse Regering haar principiële goedkeuring aan het voorontwerp van decreet
betreffende walstroom en emissiearm aanmeren. Het voorontwerp werd daarna voor advies voorgelegd aan de Strategische
Adviesraad Havens en Scheepvaart. Deze nota bespreekt de adviezen.</p>
<h2>2. Adviezen</h2>
<p><b>2.1 Inspectie van Financiën</b></p>
<p>De Inspectie van Financiën gaf op 5 december 2025 een gunstig advies, onder voorbehoud van de raming van de
personeelsinzet bij de havenkapiteinsdienst. Die raming is intussen opgenomen in de memorie van toelichting.</p>
<p><b>2.2 Strategische Adviesraad Havens en Scheepvaart</b></p>
<p>De SAHS bracht op 27 februari 2026 advies uit. De raad steunt de doelstelling en formuleert zeven aanbevelingen.</p>
<p>De vraag naar een eigen Vlaams investeringsfonds (punt 4) wordt niet gevolgd. De begrotingsruimte laat dat niet
toe. De aansluitingen worden gefinancierd uit de bestaande middelen van het Vlaams Klimaatfonds en uit het Europese
CEF-programma.</p>
<p>De minister volgt het advies om de verplichting voor containerschepen te laten samenvallen met de Europese
termijn (punt 1). Artikel 4 van het ontwerp bepaalt nu 1 januari 2030 als startdatum.</p>
<p>Wat de tarieven en de handhaving betreft (punten 3 en 5) wordt een verschillende keuze gemaakt. De boetebedragen
en de procedure worden in het ontwerp geharmoniseerd voor alle zeehavens, zoals de raad vraagt; de havenkapiteinsdienst
krijgt daarvoor één handhavingskader. Het vastleggen van het tarief door de havenbedrijven zelf lijkt ons daarentegen
niet wenselijk: de Vlaamse Regering blijft het tarief vastleggen, om een gelijk speelveld tussen de havens te
waarborgen.</p>
<p>Van het voorstel om het decreet na drie jaar te evalueren wordt akte genomen. Of een afzonderlijke evaluatie nodig
is, zal worden bekeken in het licht van de Europese evaluatie van de FuelEU-verordening in 2028.</p>
<p>Voor de binnenvaart wordt een overgangsperiode ingevoerd, maar van één jaar in plaats van twee. Schippers die
aantonen dat de aanpassing van hun schip is besteld, kunnen een bijkomende termijn van zes maanden krijgen.</p>
<h2>3. Voorstel van beslissing</h2>
<p>De Vlaamse Regering beslist het aangepaste voorontwerp van decreet definitief goed te keuren en de minister te
gelasten het ontwerp van decreet in te dienen bij het Vlaams Parlement.</p>
<p>De Vlaamse minister van Mobiliteit en Openbare Werken,<br>Annelies Goossens</p>
"""

B.soffice_pdf(page("Advies SAHS 2026-05", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "SAHS - advies 2026-05 - voorontwerp van decreet walstroom", "p. {n}/{m}", F["Regular"])
B.soffice_pdf(page("Nota aan de Vlaamse Regering", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "VR 2026 2004 DOC.0388/1 - Nota aan de Vlaamse Regering", "p. {n}/{m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Laat de verplichting voor containerschepen ingaan op 1 januari 2030",
     "Artikel 4 van het ontwerp bepaalt nu 1 januari 2030", "agrees"),
    (2, "Voorzie voor de binnenvaart een overgangsperiode van twee jaar",
     "maar van één jaar in plaats van twee", "partly"),
    (3, "Laat de havenbedrijven zelf het tarief voor walstroom vastleggen",
     "lijkt ons daarentegen niet wenselijk", "disagrees"),
    (4, "Richt een Vlaams investeringsfonds walstroom op van 150 miljoen",
     "De vraag naar een eigen Vlaams investeringsfonds (punt 4) wordt niet gevolgd", "disagrees"),
    (5, "Zorg voor een eenduidige handhaving door de havenkapiteinsdienst, met",
     "worden in het ontwerp geharmoniseerd voor alle zeehavens", "agrees"),
    (6, "Evalueer het decreet drie jaar na de inwerkingtreding en",
     "Van het voorstel om het decreet na drie jaar", "noted"),
    (7, "Betrek de sociale partners bij de opleiding van havenarbeiders", None, "unanswered"),
], [
    "hechtte de Vlaamse Regering haar principiële goedkeuring",
    "gaf op 5 december 2025 een gunstig advies",
    "beslist het aangepaste voorontwerp van decreet definitief goed",
], "Advice: Flemish Strategische Adviesraad Havens en Scheepvaart, advies SAHS 2026-05 (LibreOffice from HTML, "
   "letterhead table, stamped head and 'p. n/m'); traps: FuelEU 'moet', art. 4/7 of the voorontwerp, havendecreet "
   "art. 12 'moet', a calls/connections table, the 2023 advice quoted with 'moet', the decree on advisory councils "
   "art. 7; recommendations in a RULED TABLE Nr / Artikel / Aanbeveling. Response: nota aan de Vlaamse Regering, "
   "section 2.2 citing '(punt n)' in prose; order 4, 1, 3+5, 6, 2; the paragraph '(punten 3 en 5)' = 5 agrees "
   "(harmonised fines) + 3 disagrees (the government keeps setting the tariff); 4 disagrees; 1 agrees; 6 noted "
   "('akte genomen', to be looked at in 2028); 2 partly (one year not two); 7 (sociale partners) unanswered; "
   "1. Situering, 2.1 Inspectie van Financiën and the Voorstel van beslissing "
   "answer nothing.")

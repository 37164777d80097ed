"""Round 77 (nl): the EINDADVIES of a regional AANJAAGTEAM (housing of labour migrants, appointed by the region's
bestuurlijk overleg), answered by the BESLUITENLIJST of that bestuurlijk overleg (decision list of a meeting).

Advice: (invented) Aanjaagteam Huisvesting Arbeidsmigranten Peelrand, 'Eindadvies: Goed wonen, goed werken', 3 p.:
a Samenvatting paraphrase, a table of estimated numbers, the Wet goed verhuurderschap ('moet'), the provincial
Woonagenda's target, employers' 'zouden ... moeten', 'Wat gaat goed' bullet lists (findings), and at the end of each
chapter a framed box 'Wat moet er gebeuren?' with UNNUMBERED arrow items (7 in all, numbers 1-7 by order).
Response: 'Besluitenlijst Bestuurlijk Overleg Wonen Peelrand, 14 april 2026', 2 p.: agenda items 1 Opening en
mededelingen, 2 Besluitenlijst vorige vergadering (nothing), 3 Eindadvies aanjaagteam with 'Besluit:' points 3.1-3.5
in another order (3.1 = 3 agrees, 3.2 ONE point = 1 agrees + 2 partly, 3.3 = 4 disagrees, 3.4 = 7 noted, 3.5 = 6
agrees), 4 Monitor woningbouw, 5 Rondvraag, 6 Sluiting (nothing); 5 (permit duty for room letting) unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copy 'B77NL Sans'; head and page numbers stamped
with PyMuPDF).

Run: /tmp/blind77nl/bin/python tests/docs/src/blind77/gen_nl_aanjaagteam_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b77nl as B  # noqa: E402

NAME = "blind77_nl_aanjaagteam"
SANS = B.nolig_fonts()

HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.3cm 2.0cm 2.3cm; }
body { font-family: 'B77NL Sans'; font-size: 9.4pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: justify; line-height: 130%; }
h1 { font-size: 17pt; color: #00695c; margin-bottom: 0.1cm; }
h2 { font-size: 11.5pt; color: #00695c; margin-top: 0.35cm; margin-bottom: 0.12cm; }
h3 { font-size: 9.8pt; margin-top: 0.25cm; margin-bottom: 0.08cm; }
td { font-size: 8.6pt; padding: 0.08cm 0.15cm; vertical-align: top; }
li { font-size: 9.4pt; margin-bottom: 0.08cm; text-align: justify; }
.small { font-size: 8pt; color: #555555; }
</style></head><body>"""


def box(items):
    rows = "".join(f"<p>&#8594;&#160;&#160;{t}</p>".replace("&#160;", " ") for t in items)
    return ('<table border="1" cellspacing="0" cellpadding="6" width="100%" bgcolor="#e0f2f1" bordercolor="#00695c">'
            f'<tr><td><p><b>Wat moet er gebeuren?</b></p>{rows}</td></tr></table><p></p>')


def advice():
    h = HEAD + """
<p class="small">AANJAAGTEAM HUISVESTING ARBEIDSMIGRANTEN PEELRAND &#8195; 9 maart 2026</p>
<h1>Goed wonen, goed werken</h1>
<p><i>Eindadvies aan het Bestuurlijk Overleg Wonen Peelrand over de huisvesting en registratie van
arbeidsmigranten</i></p>
<h2>Samenvatting</h2>
<p>In de zes gemeenten van de Peelrand werken naar schatting 9.500 arbeidsmigranten, van wie een groot deel in
slechte omstandigheden woont. Er is te weinig goede huisvesting, gemeenten weten vaak niet wie er woont, en
handhaving is versnipperd. Het aanjaagteam vraagt de regio in dit advies om een gezamenlijke norm voor
woonruimte, nieuwe locaties, betere registratie, steviger toezicht, een vergunningplicht, een regionaal loket en
afspraken met werkgevers.</p>
<h2>1 Opdracht</h2>
<p>Het Bestuurlijk Overleg Wonen Peelrand, waarin de wethouders wonen van Hoogwelde, Asterdonk, Milderhoven,
Sint-Ewoud, Lieshorst en Deurnebeek samenwerken met de provincie, heeft het aanjaagteam in april 2025 ingesteld. Het
team kreeg een jaar de tijd om met gemeenten, werkgevers, uitzendbureaus en arbeidsmigranten zelf te zoeken naar
oplossingen die in de hele regio werken.</p>
<table border="1" cellspacing="0" width="100%">
<tr bgcolor="#00695c"><td><font color="#ffffff"><b>Gemeente</b></font></td><td><font color="#ffffff"><b>Geschat aantal
arbeidsmigranten</b></font></td><td><font color="#ffffff"><b>Plekken in reguliere huisvesting</b></font></td></tr>
<tr><td>Hoogwelde</td><td>3.100</td><td>1.250</td></tr>
<tr><td>Asterdonk</td><td>2.200</td><td>640</td></tr>
<tr><td>Milderhoven</td><td>1.450</td><td>410</td></tr>
<tr><td>Overige drie gemeenten</td><td>2.750</td><td>720</td></tr>
</table>
<p></p>
<h2>2 Wonen</h2>
<p>Arbeidsmigranten wonen vaak met te veel mensen in een gewone eengezinswoning of op een vakantiepark. In de
provinciale Woonagenda staat dat de regio tot 2030 ten minste 4.000 extra plekken moet realiseren. Gemeenten
hanteren elk hun eigen eisen, waardoor initiatiefnemers uitwijken naar de gemeente met de laagste eisen.</p>
<p><b>Wat gaat goed</b></p>
<ul><li>In Hoogwelde is in 2025 een complex voor 120 personen geopend dat door bewoners en omwonenden positief
wordt beoordeeld.</li>
<li>Vier gemeenten hebben hun beleidsregels voor huisvesting op het eigen terrein van agrarische bedrijven
geactualiseerd.</li></ul>
""" + box([
        "Stel een regionale norm vast van ten minste 12 vierkante meter woonruimte per arbeidsmigrant in alle nieuwe "
        "huisvesting.",
        "Wijs binnen een jaar samen vijf locaties aan voor middelgrote huisvesting van 50 tot 150 personen.",
    ]) + """
<h2>3 Registratie</h2>
<p>Wie langer dan vier maanden in Nederland verblijft, moet zich inschrijven in de Basisregistratie Personen (BRP).
Veel arbeidsmigranten doen dat niet, omdat het loket alleen overdag open is en de informatie alleen in het
Nederlands beschikbaar is. Daardoor weten gemeenten niet hoeveel mensen er op een adres wonen.</p>
""" + box([
        "Richt in elke gemeente een laagdrempelig registratiepunt in waar arbeidsmigranten zich in hun eigen taal "
        "kunnen inschrijven.",
    ]) + """
<h2>4 Toezicht en handhaving</h2>
<p>Sinds de Wet goed verhuurderschap moet een verhuurder onder meer een schriftelijke huurovereenkomst opstellen en
de huur los van het arbeidscontract regelen. Gemeenten kunnen daarop toezien, maar beschikken daarvoor over weinig
capaciteit. Controles vinden meestal pas plaats na een klacht van buren.</p>
<p>De werkgevers en uitzendbureaus in het aanjaagteam vinden dat gemeenten strenger zouden moeten optreden tegen
malafide verhuurders, zodat bonafide bedrijven niet langer worden beconcurreerd met te lage prijzen.</p>
""" + box([
        "Zet een regionaal handhavingsteam op dat ten minste twee keer per jaar alle bekende adressen met "
        "arbeidsmigranten controleert.",
        "Voer in alle zes gemeenten via de huisvestingsverordening een vergunningplicht in voor kamerverhuur aan "
        "arbeidsmigranten.",
    ]) + """
<h2>5 Informatie en werkgevers</h2>
<p>Arbeidsmigranten vinden moeilijk de weg naar hulp als er iets misgaat met hun woning of baan. Elke gemeente heeft
eigen folders, die snel verouderen. Veel migranten raken bij ontslag ook direct hun woning kwijt, omdat die via de
werkgever of het uitzendbureau is geregeld.</p>
<p><b>Wat gaat goed</b></p>
<ul><li>Het steunpunt van de vakbond in Asterdonk helpt wekelijks tientallen mensen in hun eigen taal.</li></ul>
""" + box([
        "Ontwikkel een meertalig informatieloket voor de hele regio, zowel online als op een vaste fysieke plek.",
        "Maak met de grote werkgevers in de regio afspraken om huisvesting en arbeidscontract van elkaar los te "
        "koppelen.",
    ]) + """
<h2>6 Tot slot</h2>
<p>Het aanjaagteam dankt iedereen die heeft meegedacht. Met dit advies draagt het team het stokje over aan het
Bestuurlijk Overleg.</p>
<p>Namens het aanjaagteam,<br>ir. G.H. (Gerard) Verbeek, voorzitter<br>drs. A. (Agnieszka) Nowak-Jansen<br>L.
(Luuk) van Dinther</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Aanjaagteam Huisvesting Arbeidsmigranten Peelrand  |  Eindadvies", "{n}",
            SANS["Regular"])


def response():
    h = HEAD + """
<p class="small">REGIO PEELRAND &#8195; BESTUURLIJK OVERLEG WONEN</p>
<h1>Besluitenlijst</h1>
<table border="1" cellspacing="0" width="100%" bordercolor="#9e9e9e">
<tr><td width="28%" bgcolor="#eeeeee">Vergadering</td><td>Bestuurlijk Overleg Wonen Peelrand</td></tr>
<tr><td bgcolor="#eeeeee">Datum en plaats</td><td>14 april 2026, gemeentehuis Asterdonk</td></tr>
<tr><td bgcolor="#eeeeee">Aanwezig</td><td>R. Claessens (Hoogwelde, voorzitter), M. de Bruijn (Asterdonk), T. Hendrix
(Milderhoven), S. Aydin (Sint-Ewoud), P. van Kessel (Lieshorst), gedeputeerde H. Willems (provincie)</td></tr>
<tr><td bgcolor="#eeeeee">Afwezig</td><td>J. Vos (Deurnebeek), met bericht</td></tr>
<tr><td bgcolor="#eeeeee">Secretaris</td><td>E. Gerrits</td></tr>
</table>
<h2>1 Opening en mededelingen</h2>
<p>De voorzitter opent de vergadering om 9.30 uur. Mededeling: gedeputeerde staten hebben op 31 maart de herziene
Woonagenda vastgesteld; de regionale afspraken blijven ongewijzigd.</p>
<h2>2 Besluitenlijst vergadering 12 februari 2026</h2>
<p><b>Besluit:</b> de besluitenlijst wordt zonder wijzigingen vastgesteld.</p>
<h2>3 Eindadvies aanjaagteam huisvesting arbeidsmigranten</h2>
<p>De voorzitter van het aanjaagteam licht het eindadvies toe. De leden spreken hun waardering uit voor het werk van
het team. Er is een uitvoerige bespreking per onderwerp. Het BO besluit als volgt.</p>
<p><b>Besluit 3.1</b> &#8211; Het BO stemt ermee in dat alle zes gemeenten uiterlijk 1 januari 2027 een
inschrijfpunt met ruimere openingstijden inrichten, waar ook informatie in het Pools, Roemeens en Bulgaars
beschikbaar is.</p>
<p><b>Besluit 3.2</b> &#8211; Het BO neemt de minimale woonruimte van 12 vierkante meter per persoon over als
regionale eis voor alle nieuwe huisvesting. Over locaties zijn de gemeenten het niet eens geworden; het BO spreekt
af dat Hoogwelde, Asterdonk en Milderhoven elk een locatie aanwijzen, de andere drie gemeenten doen dat niet.</p>
<p><b>Besluit 3.3</b> &#8211; Het BO ziet af van een gezamenlijk handhavingsteam. Toezicht blijft een taak van de
afzonderlijke gemeenten; zij wisselen wel informatie uit over malafide verhuurders.</p>
<p><b>Besluit 3.4</b> &#8211; Het BO neemt kennis van het voorstel om afspraken te maken over het loskoppelen van
huisvesting en werk. Dit raakt aan landelijke regels en cao-afspraken; gedeputeerde Willems brengt het punt in bij
het provinciale overleg met werkgevers.</p>
<p><b>Besluit 3.5</b> &#8211; Er komt een regionaal informatiepunt, met een meertalige website en een vaste balie in
het gemeentehuis van Hoogwelde. Hoogwelde werkt dit samen met de vakbond uit; de kosten worden naar rato van het
aantal inwoners verdeeld.</p>
<h2>4 Monitor woningbouwprogramma</h2>
<p>De secretaris presenteert de monitor over 2025. In de regio zijn 1.180 woningen opgeleverd, 90 minder dan
afgesproken. <b>Besluit:</b> het BO neemt de monitor voor kennisgeving aan en stuurt deze naar de gemeenteraden.</p>
<h2>5 Rondvraag</h2>
<p>Wethouder Aydin vraagt naar de stand van zaken van de regionale urgentieregeling. De secretaris zegt toe dat het
concept in de vergadering van juni wordt geagendeerd.</p>
<h2>6 Sluiting</h2>
<p>De voorzitter sluit de vergadering om 11.45 uur. De volgende vergadering is op 16 juni 2026.</p>
<p></p>
<table border="1" cellspacing="0" width="100%" bordercolor="#9e9e9e">
<tr bgcolor="#eeeeee"><td><b>Actiepunt</b></td><td><b>Wie</b></td><td><b>Wanneer</b></td></tr>
<tr><td>Uitwerking informatiepunt</td><td>Hoogwelde</td><td>oktober 2026</td></tr>
<tr><td>Agenderen urgentieregeling</td><td>secretaris</td><td>16 juni 2026</td></tr>
</table>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Besluitenlijst Bestuurlijk Overleg Wonen Peelrand  |  14 april 2026",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (1, "Stel een regionale norm vast van ten minste 12 vierkante",
     "neemt de minimale woonruimte van 12 vierkante meter per persoon over", "agrees"),
    (2, "Wijs binnen een jaar samen vijf locaties aan voor middelgrote",
     "elk een locatie aanwijzen, de andere drie gemeenten doen dat niet", "partly"),
    (3, "Richt in elke gemeente een laagdrempelig registratiepunt in waar arbeidsmigranten",
     "inschrijfpunt met ruimere openingstijden inrichten", "agrees"),
    (4, "Zet een regionaal handhavingsteam op dat ten minste twee keer",
     "Het BO ziet af van een gezamenlijk handhavingsteam", "disagrees"),
    (5, "Voer in alle zes gemeenten via de huisvestingsverordening een vergunningplicht",
     None, "unanswered"),
    (6, "Ontwikkel een meertalig informatieloket voor de hele regio, zowel online",
     "met een meertalige website en een vaste balie", "agrees"),
    (7, "Maak met de grote werkgevers in de regio afspraken om huisvesting",
     "Het BO neemt kennis van het voorstel om afspraken te maken", "noted"),
]
UNMATCHED = [
    "de besluitenlijst wordt zonder wijzigingen vastgesteld",
    "het BO neemt de monitor voor kennisgeving aan",
    "stand van zaken van de regionale urgentieregeling",
    "De voorzitter sluit de vergadering om 11.45 uur",
]
NOTES = ("EINDADVIES of a regional AANJAAGTEAM on housing labour migrants, answered by the BESLUITENLIJST of the "
         "bestuurlijk overleg that appointed it. The Wet goed verhuurderschap and the BRP are real; the Peelrand, its "
         "six municipalities, the province's Woonagenda, the team, figures and people are invented. Recommendations: "
         "UNNUMBERED imperative items with an arrow in framed boxes 'Wat moet er gebeuren?' closing chapters 2-5 "
         "(two, one, two, two; numbers 1-7 by order). Traps: a Samenvatting paraphrasing all seven ('vraagt de regio "
         "om'); a table of estimated numbers; the Woonagenda's 'moet realiseren'; the BRP duty ('moet zich "
         "inschrijven'); the Wet goed verhuurderschap ('moet een verhuurder'); employers' 'zouden ... moeten "
         "optreden'; 'Wat gaat goed' bullet lists; the box title itself ('Wat moet er gebeuren?'). Besluitenlijst: "
         "a meeting table; 1 Opening en mededelingen and 2 previous decision list (nothing); item 3 with run-in "
         "'Besluit 3.1'-'3.5' in another order: 3.1 = 3 agrees; ONE point 3.2 = 1 agrees + 2 partly (three "
         "locations, not five); 3.3 = 4 disagrees ('ziet af van'); 3.4 = 7 noted ('neemt kennis van', passed on to "
         "the province); 3.5 = 6 agrees (in other words: 'regionaal informatiepunt'); 4 Monitor, 5 Rondvraag, 6 "
         "Sluiting and an action table (nothing; 'neemt ... voor kennisgeving aan' in 4 answers nothing); 5 (permit "
         "duty for letting rooms) unanswered. Beware: the decision numbers 3.1-3.5 are not recommendation numbers.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

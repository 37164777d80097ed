"""Blind round 15 (nl), pair blind15_nl_atr — LibreOffice Writer (headless) from hand-written HTML.

Advice: advice letter of the Adviescollege Toetsing Regeldruk (ATR) to the minister of SZW on a draft bill
('Wet versterking re-integratie bij ziekte'): letterhead table, a shaded 'Advies' box with the dictum, the
ATR's four test questions as a numbered list (not recommendations), 'Beoordeling' in four sub-sections, each
ending in one or two bold, UNNUMBERED 'ATR adviseert …' sentences (five in all; numbered by position), Writer
footnotes, running header and page number stamped with PyMuPDF.
Response: the bill's memorie van toelichting (Kamerstuk 36 842, nr. 3) in the Kamerstukken layout: numbered
sections 1-9 and an artikelsgewijs part; the ATR advice is answered only in '8.2 Adviescollege Toetsing
Regeldruk' in the order 1, 5, 2, 3+4 (3 and 4 in one paragraph), with '8.1 Internetconsultatie' and
'8.3 Uitvoeringstoets UWV' around it (answer nothing).

Run from the repository root (venv outside the repo; needs libreoffice-writer-nogui):
    python3 -m venv /tmp/blind15nlenv && /tmp/blind15nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind15nlenv/bin/python tests/docs/src/blind15/gen_nl_atr_lo.py
LibreOffice writes its own IDs and dates, so the PDFs are not byte-reproducible.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_b15 import html_to_pdf, stamp  # noqa: E402

NAME = "blind15_nl_atr"

CSS_ADV = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2.5cm 2.2cm 2.5cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 135%; text-align: left; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #2e6b30; margin-top: 0.45cm; margin-bottom: 0.15cm; }
h3 { font-family: 'Liberation Sans'; font-size: 10pt; font-style: italic; margin-top: 0.3cm; margin-bottom: 0.1cm; }
li { margin-bottom: 0.1cm; line-height: 135%; }
td { font-family: 'Liberation Sans'; font-size: 8pt; vertical-align: top; }
.sdfootnote { font-size: 8pt; }
"""

CSS_MVT = """
@page { size: 21cm 29.7cm; margin: 2.4cm 3cm 2.2cm 3cm; }
body { font-family: 'Liberation Serif'; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 0.18cm; line-height: 125%; text-align: justify; }
h2 { font-family: 'Liberation Serif'; font-size: 10.5pt; font-weight: bold; margin-top: 0.4cm; margin-bottom: 0.12cm; }
h3 { font-family: 'Liberation Serif'; font-size: 10.5pt; font-style: italic; font-weight: normal; margin-top: 0.3cm; margin-bottom: 0.1cm; }
td { font-family: 'Liberation Serif'; font-size: 9.5pt; vertical-align: top; }
.sdfootnote { font-size: 8.5pt; }
"""


def doc(css: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
{body}</body></html>"""


def fn(n: int) -> str:
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


ADV = f"""
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="62%"><p style="font-size: 15pt; color: #2e6b30; margin-bottom: 0"><b>ATR</b></p>
<p style="font-size: 9pt; color: #2e6b30">Adviescollege Toetsing Regeldruk</p></td>
<td width="38%"><p style="font-size: 7.5pt; color: #555555">Postbus 16228<br/>2500 BE  Den Haag<br/>
T 070 - 310 4540<br/>info@atr-regeldruk.nl<br/>www.atr-regeldruk.nl</p></td>
</tr></table>
<p style="margin-top: 0.8cm">Aan de minister van Sociale Zaken en Werkgelegenheid<br/>Postbus 90801<br/>2509 LV  Den Haag</p>
<table width="100%" cellpadding="2" cellspacing="0" style="margin-top: 0.5cm">
<tr><td width="22%"><b>Datum</b></td><td>14 maart 2025</td></tr>
<tr><td><b>Ons kenmerk</b></td><td>MvH/JK/2025-041</td></tr>
<tr><td><b>Uw kenmerk</b></td><td>2025-0000031877</td></tr>
<tr><td><b>Betreft</b></td><td>Advies over het conceptwetsvoorstel Wet versterking re-integratie bij ziekte</td></tr>
</table>
<p style="margin-top: 0.6cm">Geachte minister,</p>
<p>Bij brief van 6 februari 2025 heeft u het conceptwetsvoorstel Wet versterking re-integratie bij ziekte aan het
Adviescollege Toetsing Regeldruk (ATR) voorgelegd. Het voorstel verplicht werkgevers om voor iedere werknemer die
langer dan zes weken ziek is een digitaal re-integratieplan bij UWV in te dienen en om een gecertificeerde
casemanager aan te stellen. ATR heeft het voorstel beoordeeld op de gevolgen voor de regeldruk.</p>
<table width="100%" cellpadding="7" cellspacing="0" style="margin-top: 0.3cm; margin-bottom: 0.3cm">
<tr><td bgcolor="#e6efe3" style="border: 1px solid #2e6b30; font-size: 10pt">
<p style="margin-bottom: 0.1cm"><b>Advies</b></p>
<p style="margin-bottom: 0">ATR adviseert het wetsvoorstel in te dienen, nadat met de adviespunten in deze brief
rekening is gehouden.</p></td></tr></table>
<h2>Inhoud van het voorstel</h2>
<p>Nu moet een werkgever op grond van de Wet verbetering poortwachter uiterlijk in de achtste week van ziekte
samen met de werknemer een plan van aanpak opstellen.{fn(1)} Dat plan blijft bij de werkgever; UWV ziet het pas
bij de aanvraag van een WIA-uitkering na twee jaar. Het voorstel verplicht werkgevers het plan voortaan in de
zevende week digitaal bij UWV in te dienen en iedere zes weken bij te werken. Daarnaast moet iedere werkgever
een casemanager aanstellen die is gecertificeerd volgens een nieuw op te stellen schema. De beoogde
inwerkingtreding is 1 januari 2026.</p>
<h2>Toetsingskader</h2>
<p>ATR beoordeelt of de gevolgen voor de regeldruk zo laag mogelijk zijn en toetst daarvoor het voorstel aan de
hand van de volgende vragen:</p>
<ol>
<li>Is er nut en noodzaak voor het voorstel?</li>
<li>Zijn er minder belastende alternatieven?</li>
<li>Is het voorstel werkbaar voor de doelgroep?</li>
<li>Zijn de gevolgen voor de regeldruk volledig en juist in beeld gebracht?</li>
</ol>
<h2>Beoordeling</h2>
<h3>Nut en noodzaak</h3>
<p>De toelichting stelt dat werkgevers te laat met re-integratie beginnen en dat UWV te weinig zicht heeft op
het verloop. ATR onderschrijft het belang van vroege re-integratie, maar mist een onderbouwing van de omvang van
het probleem. Uit de evaluatie van de Wet verbetering poortwachter{fn(2)} blijkt dat ruim 80 procent van de
werkgevers het plan van aanpak tijdig opstelt. Welk probleem overblijft en waarom de bestaande instrumenten
niet volstaan, wordt niet duidelijk.</p>
<p><b>ATR adviseert in de toelichting te onderbouwen waarom de bestaande verplichtingen uit de Wet verbetering
poortwachter niet volstaan en welk probleem het voorstel precies oplost.</b></p>
<h3>Minder belastende alternatieven</h3>
<p>Ongeveer 270.000 werkgevers hebben minder dan 25 werknemers. Zij hebben gemiddeld minder dan \u00e9\u00e9n
langdurig zieke werknemer per jaar. Voor hen is het aanstellen en laten certificeren van een eigen casemanager
onevenredig zwaar. De meeste kleine werkgevers laten de begeleiding nu al over aan hun arbodienst.</p>
<p><b>ATR adviseert werkgevers met minder dan 25 werknemers toe te staan de taken van de casemanager te
beleggen bij hun arbodienst of bedrijfsarts, in plaats van een eigen gecertificeerde casemanager aan te
stellen.</b></p>
<h3>Werkbaarheid</h3>
<p>Werkgevers en arbodiensten leggen de gegevens over verzuim en re-integratie nu al vast in verzuimsystemen.
Het voorstel vraagt om een nieuw digitaal formulier bij UWV, waarin grotendeels dezelfde gegevens opnieuw moeten
worden ingevoerd. Verder is de voorgestelde invoeringstermijn kort: de certificering van casemanagers moet nog
worden opgezet en softwareleveranciers moeten hun systemen aanpassen.</p>
<p><b>ATR adviseert het digitale re-integratieplan aan te laten sluiten op de gegevens die werkgevers al in het
verzuimsysteem van hun arbodienst vastleggen, zodat gegevens niet dubbel hoeven te worden ingevoerd.</b></p>
<p><b>ATR adviseert de invoeringstermijn te verlengen tot ten minste twaalf maanden na publicatie in het
Staatsblad.</b> Dat sluit aan bij het kabinetsbeleid voor vaste verandermomenten en geeft werkgevers en
leveranciers voldoende tijd.</p>
<h3>Gevolgen voor de regeldruk</h3>
<p>De toelichting raamt de structurele regeldruk op \u20ac 14 miljoen per jaar en de eenmalige kosten op
\u20ac 9 miljoen. ATR acht deze raming onvolledig. De kosten van de certificering van casemanagers (opleiding,
examen en hercertificering) ontbreken, evenals de tijd die werkgevers nodig hebben om kennis te nemen van de
nieuwe regels. Ook de kosten voor het aanpassen van verzuimsoftware zijn niet meegenomen. ATR schat dat de
structurele regeldruk daardoor ten minste twee keer zo hoog is.{fn(3)}</p>
<p><b>ATR adviseert de regeldrukeffecten opnieuw te berekenen en daarbij ook de kosten van certificering, de
tijd voor kennisname en de kosten voor het aanpassen van verzuimsoftware mee te nemen.</b></p>
<h2>Dictum</h2>
<p>ATR adviseert het wetsvoorstel in te dienen, nadat met de bovenstaande adviespunten rekening is gehouden.</p>
<p>Wij vertrouwen erop u met dit advies van dienst te zijn. Dit advies wordt na vaststelling van het
wetsvoorstel door de ministerraad openbaar gemaakt op www.atr-regeldruk.nl.</p>
<p style="margin-top: 0.4cm">Hoogachtend,</p>
<p style="margin-top: 0.8cm">drs. M.W.A. Verhoeven<br/>voorzitter</p>
{fn_body(1, "Artikel 25, tweede lid, Wet werk en inkomen naar arbeidsvermogen, en de Regeling procesgang eerste en tweede ziektejaar.")}
{fn_body(2, "Evaluatie Wet verbetering poortwachter, bijlage bij Kamerstukken II 2022/23, 28 719, nr. 112.")}
{fn_body(3, "ATR heeft hiervoor de Handreiking Meten is Weten (versie 2024) gebruikt; de berekening is op verzoek beschikbaar.")}
"""

MVT = f"""
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="80%"><p style="font-family: 'Liberation Sans'; font-size: 13pt; margin-bottom: 0.1cm"><b>Tweede Kamer der Staten-Generaal</b></p></td>
<td width="20%"><p style="font-family: 'Liberation Sans'; font-size: 20pt; text-align: right; margin-bottom: 0"><b>2</b></p></td>
</tr></table>
<p style="font-family: 'Liberation Sans'; font-size: 9pt">Vergaderjaar 2025\u20132026</p>
<hr/>
<p style="margin-top: 0.4cm"><b>36 842</b>\u2003<b>Wijziging van de Wet werk en inkomen naar arbeidsvermogen en
enkele andere wetten in verband met het versterken van de re-integratie bij ziekte (Wet versterking
re-integratie bij ziekte)</b></p>
<p style="margin-top: 0.3cm"><b>Nr. 3</b>\u2003<b>MEMORIE VAN TOELICHTING</b></p>
<p style="margin-top: 0.3cm">I. ALGEMEEN DEEL</p>
<h2>1. Inleiding</h2>
<p>Dit wetsvoorstel strekt ertoe de re-integratie van zieke werknemers in het eerste ziektejaar te versterken.
Werkgevers worden verplicht het plan van aanpak digitaal bij UWV in te dienen en een gecertificeerde
casemanager aan te stellen. Zo krijgt UWV eerder zicht op het verloop van de re-integratie en kan het waar nodig
eerder ingrijpen.</p>
<h2>2. Aanleiding en probleemanalyse</h2>
<h3>2.1 Het huidige stelsel</h3>
<p>Op grond van de Wet verbetering poortwachter stellen werkgever en werknemer uiterlijk in de achtste week van
ziekte een plan van aanpak op. UWV toetst de re-integratie-inspanningen pas na twee jaar, bij de aanvraag van
een WIA-uitkering. In 2024 legde UWV in 11 procent van de gevallen een loonsanctie op.{fn(1)}</p>
<h3>2.2 Probleemanalyse</h3>
<p>Het tijdig opstellen van een plan van aanpak zegt weinig over de kwaliteit van de re-integratie. Uit
dossieronderzoek van UWV blijkt dat in ruim een derde van de dossiers met een loonsanctie het plan na de eerste
maanden niet meer is bijgesteld. Omdat UWV pas na twee jaar meekijkt, komt een tekortschietende re-integratie te
laat aan het licht. De bestaande verplichtingen bieden UWV geen mogelijkheid om eerder in te grijpen. Dat is de
kern van het probleem dat dit voorstel oplost.</p>
<h2>3. Hoofdlijnen van het voorstel</h2>
<p>Het voorstel kent twee onderdelen. In de eerste plaats dient de werkgever het plan van aanpak in de zevende
week van ziekte digitaal in bij UWV en werkt hij het iedere zes weken bij. In de tweede plaats stelt iedere
werkgever een casemanager aan die beschikt over een certificaat volgens het certificatieschema dat bij
ministeri\u00eble regeling wordt vastgesteld.</p>
<h2>4. Verhouding tot hoger recht</h2>
<p>Het re-integratieplan bevat persoonsgegevens over de gezondheid van werknemers. De verwerking door UWV heeft
een grondslag in artikel 6, eerste lid, onder c, en artikel 9, tweede lid, onder b, van de Algemene verordening
gegevensbescherming. Medische gegevens worden niet in het plan opgenomen.</p>
<h2>5. Uitvoering</h2>
<p>UWV voert de wet uit. UWV richt een digitaal loket in en breidt de capaciteit voor de beoordeling van
re-integratieplannen uit met circa 120 fte.</p>
<h2>6. Financi\u00eble gevolgen</h2>
<p>De uitvoeringskosten voor UWV bedragen structureel \u20ac 13,5 miljoen per jaar. Zij worden gedekt binnen de
begroting van Sociale Zaken en Werkgelegenheid.</p>
<h2>7. Regeldruk</h2>
<p>Naar aanleiding van het advies van het ATR (zie paragraaf 8.2) zijn de regeldrukgevolgen opnieuw in kaart
gebracht. De gevolgen voor werkgevers zijn als volgt:</p>
<table width="90%" border="1" cellpadding="4" cellspacing="0" style="border-collapse: collapse">
<tr><td><b>Onderdeel</b></td><td><b>Eenmalig</b></td><td><b>Structureel per jaar</b></td></tr>
<tr><td>Kennisname nieuwe regels</td><td>\u20ac 6,1 mln</td><td>\u2013</td></tr>
<tr><td>Aanpassing verzuimsoftware</td><td>\u20ac 4,8 mln</td><td>\u20ac 0,7 mln</td></tr>
<tr><td>Indienen en bijwerken re-integratieplan</td><td>\u2013</td><td>\u20ac 15,2 mln</td></tr>
<tr><td>Certificering casemanagers</td><td>\u20ac 7,4 mln</td><td>\u20ac 8,9 mln</td></tr>
<tr><td><b>Totaal</b></td><td><b>\u20ac 18,3 mln</b></td><td><b>\u20ac 24,8 mln</b></td></tr>
</table>
<p style="margin-top: 0.2cm">Daar staat tegenover dat werkgevers minder vaak een loonsanctie krijgen. Deze
besparing is niet gekwantificeerd.</p>
<h2>8. Advies en consultatie</h2>
<h3>8.1 Internetconsultatie</h3>
<p>Het conceptwetsvoorstel is van 4 november tot en met 16 december 2024 opengesteld voor internetconsultatie.
Op de internetconsultatie zijn 86 reacties ontvangen, onder meer van werkgeversorganisaties, arbodiensten,
vakbonden en individuele werkgevers. Werkgeversorganisaties wezen vooral op de lasten van de certificering;
vakbonden steunden het voorstel. Een aantal reacties vroeg om duidelijkheid over de privacy van werknemers;
paragraaf 4 is op dit punt aangevuld.</p>
<h3>8.2 Adviescollege Toetsing Regeldruk</h3>
<p>Het Adviescollege Toetsing Regeldruk (ATR) heeft op 14 maart 2025 advies uitgebracht. Het ATR adviseert het
wetsvoorstel in te dienen, nadat met zijn adviespunten rekening is gehouden. Hieronder wordt op de adviespunten
ingegaan.</p>
<p>Het ATR mist een onderbouwing van de noodzaak van het voorstel naast de bestaande verplichtingen uit de Wet
verbetering poortwachter. Naar aanleiding van dit advies is paragraaf 2.2 aangevuld met de uitkomsten van het
dossieronderzoek van UWV en met een beschrijving van het probleem dat het voorstel oplost.</p>
<p>Het ATR adviseert verder de regeldrukeffecten opnieuw te berekenen. Dat is gebeurd: de kosten van
certificering, de tijd voor kennisname en de aanpassing van verzuimsoftware zijn nu meegenomen. De
geactualiseerde raming staat in paragraaf 7.</p>
<p>Het advies om kleine werkgevers toe te staan de taken van de casemanager bij hun arbodienst te beleggen, is
niet overgenomen. Juist bij kleine werkgevers ontbreekt het vaak aan iemand in het bedrijf die de re-integratie
bewaakt; een externe partij die alleen adviseert, neemt die verantwoordelijkheid niet over. De regering ziet geen
aanleiding om voor deze groep een uitzondering te maken. Om de lasten te beperken, wordt het certificatieschema
voor kleine werkgevers wel eenvoudig gehouden.</p>
<p>Ten slotte doet het ATR twee adviezen over de werkbaarheid. Of het digitale re-integratieplan kan aansluiten op
de verzuimsystemen van arbodiensten, wordt door UWV samen met de brancheorganisaties van arbodiensten en
softwareleveranciers onderzocht; over de uitkomst wordt in 2026 een besluit genomen. Het advies over de
invoeringstermijn is gedeeltelijk overgenomen: de termijn tussen publicatie en inwerkingtreding is verlengd
van zes naar negen maanden. Een termijn van twaalf maanden acht de regering niet nodig, omdat het
certificatieschema al in 2025 wordt vastgesteld.</p>
<h3>8.3 Uitvoeringstoets UWV</h3>
<p>UWV heeft een uitvoeringstoets uitgebracht. UWV acht het wetsvoorstel uitvoerbaar per 1 januari 2027, mits de
ministeri\u00eble regeling met het certificatieschema uiterlijk zes maanden daarvoor wordt gepubliceerd. De
regering heeft de beoogde datum van inwerkingtreding hierop aangepast.</p>
<h2>9. Inwerkingtreding en evaluatie</h2>
<p>De wet treedt in werking op 1 januari 2027, overeenkomstig het beleid inzake vaste verandermomenten. De wet
wordt binnen vijf jaar na inwerkingtreding ge\u00ebvalueerd.</p>
<p style="margin-top: 0.3cm">II. ARTIKELSGEWIJS</p>
<p><i>Artikel I, onderdeel A (artikel 25 WIA)</i></p>
<p>In het nieuwe zevende lid wordt de verplichting opgenomen om het plan van aanpak digitaal bij UWV in te
dienen. Het tijdstip en de wijze van indienen worden bij ministeri\u00eble regeling geregeld.</p>
<p><i>Artikel I, onderdeel B (artikel 25a WIA)</i></p>
<p>Dit artikel regelt de verplichting tot het aanstellen van een gecertificeerde casemanager.</p>
<p style="margin-top: 0.4cm">De Minister van Sociale Zaken en Werkgelegenheid,</p>
{fn_body(1, "UWV, Kwantitatieve informatie 2024, tabel 4.3.")}
"""


def main() -> None:
    adv = html_to_pdf(doc(CSS_ADV, ADV), f"{NAME}_advice.pdf")
    stamp(adv, "ATR  |  Advies Wet versterking re-integratie bij ziekte  |  MvH/JK/2025-041",
          "Pagina {page} van {pages}")
    resp = html_to_pdf(doc(CSS_MVT, MVT), f"{NAME}_response.pdf")
    stamp(resp, "Tweede Kamer, vergaderjaar 2025\u20132026, 36 842, nr. 3", "{page}")
    print("written", NAME)


if __name__ == "__main__":
    main()

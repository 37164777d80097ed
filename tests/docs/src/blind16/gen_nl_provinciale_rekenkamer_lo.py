"""Blind round 16 (nl), pair blind16_nl_provinciale_rekenkamer — LibreOffice Writer from HTML.

Advice: Noordelijke Rekenkamer, bestuurlijke nota 'Grip op grondwater' (Provincie Drenthe, droogte en
grondwater): cover page, colofon, 'Inhoudsopgave' table, onderzoeksvragen as a numbered list, a hoofdconclusie and
deelconclusies, then '3 Aanbevelingen' with 'Aanbeveling 1' … 'Aanbeveling 7' as bold label lines, 1-2 under
'Aan Provinciale Staten' and 3-7 under 'Aan Gedeputeerde Staten'; a normenkader annex; Writer footnotes; running
header and page number stamped with PyMuPDF.
Response: the bestuurlijke reactie of Gedeputeerde Staten van Drenthe (letter with kenmerk table), theme headings
in their own order and paraphrase (3, 1+2, 4, 6, 5, 7), and a 'Nawoord Noordelijke Rekenkamer' that answers
nothing.

Run from the repository root (venv outside the repo; needs libreoffice-writer-nogui):
    python3 -m venv /tmp/blind16nlenv && /tmp/blind16nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind16nlenv/bin/python tests/docs/src/blind16/gen_nl_provinciale_rekenkamer_lo.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _nl_b16 import html_to_pdf, stamp  # noqa: E402

NAME = "blind16_nl_provinciale_rekenkamer"

CSS_ADV = """
@page { size: 21cm 29.7cm; margin: 2.3cm 2.4cm 2.3cm 2.4cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.2cm; line-height: 140%; text-align: left; }
h1 { font-family: 'Liberation Sans'; font-size: 16pt; color: #005b7f; margin-top: 0; margin-bottom: 0.35cm; }
h2 { font-family: 'Liberation Sans'; font-size: 11.5pt; color: #005b7f; margin-top: 0.4cm; margin-bottom: 0.15cm; }
li { margin-bottom: 0.1cm; line-height: 140%; }
td { font-family: 'Liberation Sans'; font-size: 10pt; vertical-align: top; }
.rec { margin-left: 0.6cm; }
.lbl { color: #005b7f; font-weight: bold; margin-bottom: 0.05cm; margin-top: 0.25cm; }
.sdfootnote { font-size: 8pt; }
"""

CSS_RESP = """
@page { size: 21cm 29.7cm; margin: 2.0cm 2.5cm 2.3cm 2.5cm; }
body { font-family: 'Liberation Sans'; font-size: 10pt; }
p { margin-top: 0; margin-bottom: 0.22cm; line-height: 135%; text-align: left; }
h2 { font-family: 'Liberation Sans'; font-size: 10pt; font-weight: bold; margin-top: 0.35cm; margin-bottom: 0.1cm; }
h1 { font-family: 'Liberation Sans'; font-size: 14pt; color: #005b7f; margin-top: 0; margin-bottom: 0.3cm; }
td { font-family: 'Liberation Sans'; font-size: 8.5pt; vertical-align: top; }
"""


def doc(css: str, body: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>
{body}</body></html>"""


def fn(n: int) -> str:
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fn_body(n: int, text: str) -> str:
    return (f'<div id="sdfootnote{n}"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


BR = '<p style="page-break-before: always; margin: 0"></p>'

ADV = f"""
<table width="100%" cellpadding="0" cellspacing="0"><tr><td bgcolor="#005b7f" style="padding: 0.5cm">
<p style="color: #ffffff; font-size: 13pt; margin: 0"><b>Noordelijke Rekenkamer</b></p>
<p style="color: #ffffff; font-size: 8.5pt; margin: 0">Drenthe \u00b7 Frysl\u00e2n \u00b7 Groningen</p>
</td></tr></table>
<p style="font-size: 26pt; color: #005b7f; margin-top: 6cm; line-height: 115%"><b>Grip op grondwater</b></p>
<p style="font-size: 13pt">Onderzoek naar het droogte- en grondwaterbeleid van de provincie Drenthe</p>
<p style="font-size: 10pt; margin-top: 9cm">Bestuurlijke nota<br/>Provincie Drenthe<br/>18 september 2025</p>
{BR}
<p style="margin-top: 15cm; font-size: 8.5pt"><b>Colofon</b></p>
<p style="font-size: 8.5pt">Onderzoeksteam: drs. A.H. Postma (projectleider), ing. R. de Vries, M. Kloosterman MSc<br/>
Bestuur: mr. J.W. Dijkstra (voorzitter), drs. F. Hoekstra-van Dam, prof. dr. H.J. Mulder<br/>
Noordelijke Rekenkamer, Postbus 1081, 9400 BB Assen \u2014 www.noordelijkerekenkamer.nl</p>
<p style="font-size: 8.5pt">Deze bestuurlijke nota bevat de conclusies en aanbevelingen. De bevindingen staan in
de afzonderlijke nota van bevindingen. De bestuurlijke reactie van Gedeputeerde Staten en ons nawoord zijn als
afzonderlijk document gepubliceerd.</p>
{BR}
<h1>Inhoudsopgave</h1>
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td width="8%">1</td><td>Inleiding</td><td width="10%" align="right">4</td></tr>
<tr><td>2</td><td>Conclusies</td><td align="right">4</td></tr>
<tr><td>3</td><td>Aanbevelingen</td><td align="right">6</td></tr>
<tr><td></td><td>Bijlage 1 \u2013 Normenkader</td><td align="right">7</td></tr>
<tr><td></td><td>Bijlage 2 \u2013 Geraadpleegde bronnen</td><td align="right">7</td></tr>
</table>
{BR}
<h1>1 Inleiding</h1>
<p>De droge zomers van 2018, 2020 en 2022 hebben laten zien hoe kwetsbaar Drenthe is voor droogte. Op de hoge
zandgronden daalde de grondwaterstand plaatselijk meer dan een meter onder het gemiddelde, beken vielen droog en
natuurgebieden als het Dwingelderveld en het Fochteloërveen liepen schade op. Provinciale Staten stelden in 2021
het Regionaal Waterprogramma 2022\u20132027 vast, met als doel het water langer vast te houden en de
grondwatervoorraad te herstellen.{fn(1)}</p>
<p>Wij hebben onderzocht of de provincie voldoende grip heeft op de uitvoering van dit beleid. De centrale vraag
luidde: <i>In hoeverre draagt het droogte- en grondwaterbeleid van de provincie Drenthe bij aan een robuust
grondwatersysteem, en worden Provinciale Staten daarover goed ge\u00efnformeerd?</i> Deze vraag is uitgewerkt in
vier onderzoeksvragen:</p>
<ol>
<li>Welke doelen heeft de provincie gesteld voor het vasthouden van water en de grondwaterstand?</li>
<li>Welke maatregelen voert de provincie uit, en met welke partners?</li>
<li>Wat is bekend over de resultaten van die maatregelen?</li>
<li>Hoe informeren Gedeputeerde Staten Provinciale Staten over de voortgang en de resultaten?</li>
</ol>
<p>Het onderzoek is uitgevoerd tussen januari en juni 2025. Wij hebben documenten bestudeerd, gesprekken gevoerd
met ambtenaren van de provincie en de waterschappen Drents Overijsselse Delta en Hunze en Aa\u2019s, en een
analyse gemaakt van de subsidies die zijn verstrekt op grond van de Subsidieregeling Water vasthouden Drenthe.</p>
<h1>2 Conclusies</h1>
<h2>Hoofdconclusie</h2>
<p>De provincie Drenthe heeft de urgentie van het droogteprobleem goed in beeld en voert veel maatregelen uit. De
doelen zijn echter zo algemeen geformuleerd dat niet kan worden vastgesteld of de maatregelen voldoende zijn. De
provincie heeft geen volledig beeld van de hoeveelheid grondwater die wordt onttrokken, en Provinciale Staten
krijgen weinig informatie over de resultaten.</p>
<h2>Deelconclusies</h2>
<p><b>Doelen zijn niet meetbaar.</b> Het Regionaal Waterprogramma spreekt van \u2018zoveel mogelijk water
vasthouden\u2019 en \u2018herstel van de grondwaterstand waar mogelijk\u2019. Voor geen enkel gebied is een
streefwaarde vastgesteld, ook niet voor de Natura 2000-gebieden waar de provincie een resultaatsverplichting
heeft.{fn(2)}</p>
<p><b>Veel maatregelen, weinig zicht op effect.</b> Tussen 2022 en 2024 zijn 212 projecten gesubsidieerd voor in
totaal \u20ac 8,4 miljoen, waaronder stuwtjes, peilgestuurde drainage en het dempen van sloten. Van slechts 31
projecten is het effect op de grondwaterstand gemeten.</p>
<p><b>Onttrekkingen zijn onvoldoende in beeld.</b> De provincie verleent vergunningen voor grote onttrekkingen voor
drinkwater en industrie; de waterschappen gaan over de beregening in de landbouw. Een totaaloverzicht van vergunde
en werkelijke onttrekkingen ontbreekt. Op basis van de gegevens die wij konden verzamelen, schatten wij dat de
beregening in droge jaren meer dan de helft van de totale onttrekking uitmaakt.</p>
<p><b>Taakverdeling met de waterschappen is niet vastgelegd.</b> Provincie en waterschappen werken goed samen,
maar afspraken over toezicht en handhaving op onttrekkingen zijn niet schriftelijk vastgelegd. Betrokkenen gaven
verschillende antwoorden op de vraag wie verantwoordelijk is voor controle bij een beregeningsverbod.</p>
<p><b>Staten worden beperkt ge\u00efnformeerd.</b> Provinciale Staten ontvangen via de jaarstukken informatie over
de bestede middelen, maar niet over de bereikte resultaten. Een tussentijdse evaluatie van het Regionaal
Waterprogramma is niet gepland.</p>
<h1>3 Aanbevelingen</h1>
<p>Op basis van onze conclusies doen wij zeven aanbevelingen. De eerste twee zijn gericht aan Provinciale Staten,
de overige aan Gedeputeerde Staten.</p>
<h2>Aan Provinciale Staten</h2>
<p class="lbl">Aanbeveling 1</p>
<p class="rec">Vraag Gedeputeerde Staten om jaarlijks te rapporteren over de voortgang en de resultaten van het
Regionaal Waterprogramma, met ten minste de gemeten effecten op de grondwaterstand per deelgebied.</p>
<p class="lbl">Aanbeveling 2</p>
<p class="rec">Stel bij de vaststelling van het volgende Regionaal Waterprogramma vast welke grondwaterstanden u in
de Natura 2000-gebieden in 2035 bereikt wilt zien.</p>
<h2>Aan Gedeputeerde Staten</h2>
<p class="lbl">Aanbeveling 3</p>
<p class="rec">Formuleer voor het vasthouden van water meetbare doelen per deelgebied, zodat kan worden
vastgesteld of de maatregelen voldoende zijn.</p>
<p class="lbl">Aanbeveling 4</p>
<p class="rec">Breng samen met de waterschappen de vergunde en de werkelijke grondwateronttrekkingen in beeld,
inclusief de beregening in de landbouw, en actualiseer dit overzicht jaarlijks.</p>
<p class="lbl">Aanbeveling 5</p>
<p class="rec">Leg met de waterschappen schriftelijk vast wie verantwoordelijk is voor toezicht en handhaving op
grondwateronttrekkingen, in het bijzonder tijdens een beregeningsverbod.</p>
<p class="lbl">Aanbeveling 6</p>
<p class="rec">Laat de Subsidieregeling Water vasthouden Drenthe evalueren voordat deze in 2027 afloopt, en meet
daarbij bij een representatieve steekproef van projecten het effect op de grondwaterstand.{fn(3)}</p>
<p class="lbl">Aanbeveling 7</p>
<p class="rec">Betrek agrari\u00ebrs actief bij het ontwerp van maatregelen in hun gebied, bijvoorbeeld via
gebiedstafels, zodat maatregelen beter aansluiten bij de bedrijfsvoering.</p>
{BR}
<h1>Bijlage 1 \u2013 Normenkader</h1>
<table width="100%" cellpadding="3" cellspacing="0" border="1" style="border-collapse: collapse">
<tr><td width="30%"><b>Onderwerp</b></td><td><b>Norm</b></td></tr>
<tr><td>Doelen</td><td>De provincie heeft specifieke en meetbare doelen voor het vasthouden van water en de
grondwaterstand geformuleerd.</td></tr>
<tr><td>Uitvoering</td><td>De provincie heeft zicht op de uitvoering van de maatregelen en op de onttrekkingen.</td></tr>
<tr><td>Samenwerking</td><td>De rolverdeling met de waterschappen is duidelijk en vastgelegd.</td></tr>
<tr><td>Resultaten</td><td>De provincie meet de effecten van maatregelen en stuurt zo nodig bij.</td></tr>
<tr><td>Informatie</td><td>Provinciale Staten worden tijdig en volledig ge\u00efnformeerd over voortgang en
resultaten.</td></tr>
</table>
<h1 style="margin-top: 0.8cm">Bijlage 2 \u2013 Geraadpleegde bronnen</h1>
<p style="font-size: 9pt">Provincie Drenthe (2021). <i>Regionaal Waterprogramma Drenthe 2022\u20132027</i>. Assen.<br/>
Provincie Drenthe (2024). <i>Jaarstukken 2023</i>. Assen.<br/>
Waterschap Hunze en Aa\u2019s (2023). <i>Watersysteemanalyse Drentsche Aa</i>. Veendam.<br/>
Deltaprogramma Zoetwater (2024). <i>Voortgangsrapportage Zoetwater Oost-Nederland</i>. Den Haag.</p>
{fn_body(1, "Provinciale Staten van Drenthe, besluit van 7 juli 2021, nr. 2021-0978.")}
{fn_body(2, "Op grond van de Omgevingswet en de Europese Habitatrichtlijn moet de provincie de staat van instandhouding van de Natura 2000-gebieden verbeteren; een voldoende hoge grondwaterstand is daarvoor een voorwaarde.")}
{fn_body(3, "De regeling vervalt op 1 juli 2027 (artikel 14 Subsidieregeling Water vasthouden Drenthe).")}
"""

RESP = f"""
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="65%"><p style="font-size: 17pt; color: #b2001e; margin: 0"><b>provincie Drenthe</b></p></td>
<td width="35%"><p style="font-size: 7.5pt; color: #555555; margin: 0">Westerbrink 1, 9405 BJ Assen<br/>
Postbus 122, 9400 AC Assen<br/>T 0592 - 36 55 55<br/>post@drenthe.nl<br/>www.provincie.drenthe.nl</p></td>
</tr></table>
<p style="margin-top: 1cm">Noordelijke Rekenkamer<br/>t.a.v. mr. J.W. Dijkstra, voorzitter<br/>Postbus 1081<br/>
9400 BB  Assen</p>
<table width="100%" cellpadding="1" cellspacing="0" style="margin-top: 0.6cm">
<tr><td width="25%">Assen,</td><td>26 augustus 2025</td></tr>
<tr><td>Ons kenmerk</td><td>37/5.2/2025004512</td></tr>
<tr><td>Behandeld door</td><td>mevrouw ir. L. Brink (0592) 36 57 20</td></tr>
<tr><td>Onderwerp</td><td>Bestuurlijke reactie op het rapport \u2018Grip op grondwater\u2019</td></tr>
</table>
<p style="margin-top: 0.6cm">Geachte heer Dijkstra,</p>
<p>Op 15 juli 2025 ontvingen wij de concept-bestuurlijke nota \u2018Grip op grondwater\u2019. Wij danken u voor
het onderzoek en voor de prettige samenwerking met uw onderzoekers. Graag maken wij gebruik van de gelegenheid om
op uw conclusies en aanbevelingen te reageren.</p>
<h2>Algemeen</h2>
<p>Wij herkennen het beeld dat u schetst grotendeels. Wel willen wij nuanceren dat de doelen van het Regionaal
Waterprogramma bewust ruim zijn geformuleerd: in 2021 ontbrak de kennis om per gebied een haalbare
grondwaterstand te bepalen. Het grondwatermodel dat wij samen met de waterschappen hebben laten ontwikkelen, is
pas sinds eind 2024 beschikbaar.</p>
<h2>Meetbare doelen per deelgebied</h2>
<p>U vraagt ons meetbare doelen te formuleren voor het vasthouden van water. Met het nieuwe grondwatermodel is dat
voor de beekdalen en de Natura 2000-gebieden nu mogelijk, en wij zullen die doelen opnemen in het Regionaal
Waterprogramma 2028\u20132033. Voor de overige zandgronden is het verband tussen maatregel en grondwaterstand
echter zo complex dat wij daar geen streefwaarden per deelgebied zullen vaststellen. Wij nemen deze aanbeveling
daarom gedeeltelijk over.</p>
<h2>Informatie aan Provinciale Staten (aanbevelingen 1 en 2)</h2>
<p>De eerste twee aanbevelingen zijn aan Provinciale Staten gericht. Wij lopen niet vooruit op het oordeel van
Staten, maar geven graag aan hoe wij ertegen aankijken. Een jaarlijkse voortgangsrapportage, met daarin de
gemeten effecten per deelgebied, zeggen wij graag toe; de eerste rapportage kunnen Staten in het voorjaar van 2026
verwachten.</p>
<p>Over het vastleggen van gewenste grondwaterstanden in de Natura 2000-gebieden voor 2035 besluiten Staten zelf.
Wij nemen kennis van deze aanbeveling en wijzen erop dat de beheerplannen voor deze gebieden in 2026 worden
herzien; het ligt voor de hand de keuze daarop af te stemmen.</p>
<h2>Beregening en grondwateronttrekkingen</h2>
<p>Wij delen uw conclusie dat een volledig overzicht van de onttrekkingen ontbreekt. Deze aanbeveling nemen wij
over. Met beide waterschappen is afgesproken dat de registraties van vergunningen en meldingen in 2026 worden
samengevoegd in \u00e9\u00e9n openbaar register, dat jaarlijks wordt bijgewerkt met de opgegeven hoeveelheden.</p>
<h2>Evaluatie van de subsidieregeling</h2>
<p>De evaluatie van de Subsidieregeling Water vasthouden Drenthe is in juni 2025 gestart. Het onderzoeksbureau
meet daarbij in 40 projecten het effect op de grondwaterstand. De resultaten worden vóór de besluitvorming over
een vervolgregeling, in het eerste kwartaal van 2026, aan Provinciale Staten aangeboden.</p>
<h2>Taakverdeling met de waterschappen</h2>
<p>Uw aanbeveling om de verantwoordelijkheid voor toezicht en handhaving schriftelijk vast te leggen, nemen wij niet
over. De Omgevingswet en de waterschapsverordeningen bepalen al wie bevoegd gezag is voor welke onttrekking. In de
praktijk werken de toezichthouders van provincie en waterschappen goed samen. Wij zien dan ook geen aanleiding om
daarnaast aparte afspraken te maken.</p>
<h2>Betrokkenheid van agrari\u00ebrs</h2>
<p>Wij onderschrijven het belang van draagvlak onder agrari\u00ebrs. In het kader van het Nationaal Programma
Landelijk Gebied zijn in drie gebieden al gebiedstafels actief. Wij gaan met LTO Noord en de waterschappen in
gesprek over de vraag of dit ook voor de overige gebieden een geschikte vorm is, en zullen daarna bezien welke
aanpak wij kiezen.</p>
<p style="margin-top: 0.4cm">Wij vertrouwen erop u hiermee voldoende te hebben ge\u00efnformeerd.</p>
<p>Hoogachtend,</p>
<p>Gedeputeerde Staten van Drenthe,</p>
<table width="100%" cellpadding="0" cellspacing="0" style="margin-top: 0.8cm"><tr>
<td width="50%">mr. drs. H.R. Smeenk-Bos, voorzitter</td><td>drs. M.P. van der Kolk, secretaris</td></tr></table>
{BR}
<h1>Nawoord Noordelijke Rekenkamer</h1>
<p>De Noordelijke Rekenkamer dankt Gedeputeerde Staten voor hun reactie. Wij zijn verheugd dat het college de
meeste aanbevelingen overneemt en op korte termijn een openbaar register van onttrekkingen zal inrichten.</p>
<p>Het college stelt dat het ontbreken van meetbare doelen verklaarbaar is doordat de benodigde kennis in 2021
nog niet beschikbaar was. Wij begrijpen dat, maar merken op dat ook sindsdien geen tussendoelen zijn
geformuleerd. Dat het college nu voor een deel van de gebieden meetbare doelen wil vaststellen, is een stap in de
goede richting.</p>
<p>Wij betreuren het dat Gedeputeerde Staten geen schriftelijke afspraken met de waterschappen willen maken. Uit
ons onderzoek blijkt juist dat de betrokkenen in de praktijk verschillend denken over de taakverdeling tijdens
een beregeningsverbod. Wij geven Provinciale Staten in overweging hierover met het college in gesprek te gaan.</p>
<p style="margin-top: 0.4cm">Assen, 18 september 2025</p>
"""


def main() -> None:
    adv = html_to_pdf(doc(CSS_ADV, ADV), f"{NAME}_advice.pdf")
    stamp(adv, "Noordelijke Rekenkamer  |  Grip op grondwater  |  Bestuurlijke nota", "{page}")
    resp = html_to_pdf(doc(CSS_RESP, RESP), f"{NAME}_response.pdf")
    stamp(resp, "Grip op grondwater  |  Bestuurlijke reactie en nawoord", "Blad {page}")
    print("written", NAME)


if __name__ == "__main__":
    main()

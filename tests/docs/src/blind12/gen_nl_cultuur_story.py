"""Blind round 12, pair ``blind12_nl_cultuur``: a Raad voor Cultuur advice and the minister's letter to parliament.

Engine: PyMuPDF Story (HTML + CSS laid out by MuPDF), font DejaVu Sans / DejaVu Serif from /usr/share/fonts
(via @font-face and a pymupdf.Archive); the letter's sidebar is added afterwards with Page.insert_htmlbox.
Run from the repository root with a Python that has pymupdf, e.g.
    /tmp/blind12env/bin/python tests/docs/src/blind12/gen_nl_cultuur_story.py
Writes tests/docs/blind12_nl_cultuur_advice.pdf and tests/docs/blind12_nl_cultuur_response.pdf.
"""
from __future__ import annotations

from pathlib import Path

import pymupdf

DOCS = Path(__file__).resolve().parents[2]
ARCH = pymupdf.Archive("/usr/share/fonts/truetype/dejavu")
FONTS = """
@font-face {font-family: dvs; src: url(DejaVuSans.ttf);}
@font-face {font-family: dvs; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: dvs; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
@font-face {font-family: dvsc; src: url(DejaVuSansCondensed.ttf);}
@font-face {font-family: dvsc; src: url(DejaVuSansCondensed-Bold.ttf); font-weight: bold;}
@font-face {font-family: dvsc; src: url(DejaVuSansCondensed-Oblique.ttf); font-style: italic;}
"""


def advies(n, text):
    return (f'<div style="background-color:#E3E3E3;padding:9px 11px 4px 11px;margin:8px 0 12px 0">'
            f'<p style="font-weight:bold;color:#8A1538;margin-bottom:3px">Advies {n}</p><p>{text}</p></div>')


ADVICE = f"""
<p style="font-size:9pt;color:#8A1538;font-weight:bold">RAAD VOOR CULTUUR</p>
<h1>Spelen in de regio</h1>
<p style="font-size:12pt;color:#555">Advies over de spreiding van het podiumkunstenaanbod buiten de Randstad</p>
<p style="font-size:8.5pt;color:#555">Den Haag, juni 2024</p>
<h2>Samenvatting</h2>
<p>Wie buiten de Randstad woont, ziet minder toneel, dans en muziektheater dan wie in Amsterdam, Rotterdam, Den Haag
of Utrecht woont. Het verschil is de afgelopen tien jaar groter geworden. Gezelschappen spelen vaker in de grote
steden, waar de zalen groter zijn en de recettes hoger; podia in de regio programmeren steeds voorzichtiger, omdat
een halflege zaal hun exploitatie onder druk zet. De raad vindt dat de rijksoverheid een verantwoordelijkheid heeft
voor een aanbod dat voor iedereen in Nederland bereikbaar is. In dit advies doet de raad vijf adviezen aan de
minister. Samen moeten zij ervoor zorgen dat het aanbod weer het hele land bereikt.</p>
<h2>1 Inleiding</h2>
<p>In zijn adviesaanvraag van 8 december 2023 vroeg de minister van Onderwijs, Cultuur en Wetenschap de raad om drie
vragen te beantwoorden:</p>
<ol>
<li>Hoe heeft de spreiding van het gesubsidieerde podiumkunstenaanbod zich sinds 2013 ontwikkeld?</li>
<li>Welke factoren bepalen of gezelschappen buiten de Randstad spelen?</li>
<li>Welke instrumenten kan het Rijk, samen met provincies en gemeenten, inzetten om de spreiding te verbeteren?</li>
</ol>
<p>De raad heeft voor dit advies gesproken met ruim veertig gezelschappen, podia, gemeenten en provincies, en heeft
gegevens van het Fonds Podiumkunsten en de Vereniging van Schouwburg- en Concertgebouwdirecties (VSCD) geanalyseerd.
Een werkgroep onder leiding van raadslid Maaike Verhoeven heeft het advies voorbereid.</p>
<h2>2 Het aanbod in de regio</h2>
<p>In 2013 speelden de instellingen in de basisinfrastructuur (BIS) 38 procent van hun voorstellingen buiten de vier
grote steden; in 2023 was dat 29 procent. In Drenthe, Zeeland en Limburg daalde het aantal voorstellingen van
BIS-instellingen met meer dan een derde. De raad ziet dat de spreidingsafspraken in de huidige subsidieperiode
vrijblijvend zijn: instellingen geven in hun aanvraag aan hoeveel zij in de regio willen spelen, maar als dat niet
lukt, heeft dat geen gevolgen.</p>
<p>De programmeringsregeling van het Fonds Podiumkunsten, waarmee podia een bijdrage krijgen voor het programmeren
van risicovol aanbod, werkt volgens alle gesprekspartners goed. Het budget is echter sinds 2017 niet verhoogd, terwijl
de kosten van voorstellingen sterk zijn gestegen. Podia in kleinere gemeenten krijgen daardoor steeds vaker nee.</p>
{advies(1, "Maak spreiding van het aanbod over het hele land vanaf de subsidieperiode 2029–2032 een harde voorwaarde "
           "voor alle podiumkunstinstellingen in de culturele basisinfrastructuur.")}
{advies(2, "Verhoog het budget van de programmeringsregeling van het Fonds Podiumkunsten structureel met 8 miljoen "
           "euro per jaar, en bestem dat bedrag voor podia buiten de Randstad.")}
<h2>3 Podia en gemeenten</h2>
<p>Of een voorstelling in de regio te zien is, hangt uiteindelijk af van het podium en dus van de gemeente die het
podium financiert. Gemeenten maken daarin hun eigen keuzes, en die keuzes zijn niet op elkaar afgestemd. Zo kan het
gebeuren dat drie schouwburgen binnen dertig kilometer dezelfde voorstelling programmeren, terwijl een ander genre in
het hele landsdeel ontbreekt. De raad ziet goede voorbeelden van samenwerking, zoals in Noord-Nederland.</p>
<div style="background-color:#E3E3E3;padding:9px 11px 4px 11px;margin:8px 0 12px 0">
<p style="font-weight:bold;margin-bottom:3px">Voorbeeld: Theater De Kolk, Assen</p>
<p style="font-size:9.5pt">De Kolk programmeert sinds 2021 samen met de schouwburgen in Emmen en Hoogeveen. De drie
podia verdelen de grote producties onderling en delen de marketing. Het aantal bezoekers van dans steeg daardoor in
drie jaar met 40 procent. De provincie Drenthe draagt jaarlijks 150.000 euro bij aan de coördinatie.</p></div>
<p>De raad vindt dat zulke afspraken niet van toevallige initiatieven afhankelijk mogen zijn. Het Rijk kan met de
provincies en gemeenten afspreken welk aanbod in elk landsdeel beschikbaar moet zijn, zonder op de stoel van de
programmeur te gaan zitten.</p>
{advies(3, "Stel samen met provincies en gemeenten per landsdeel een regionaal podiumplan op, waarin staat welk aanbod "
           "in de regio ten minste beschikbaar moet zijn en wie daarvoor verantwoordelijk is.")}
<h2>4 Kosten en kennis</h2>
<p>Een voorstelling in Middelburg of Winschoten kost een gezelschap uit de Randstad meer dan een voorstelling in
eigen stad: reistijd, overnachtingen en transport van decors drukken op de begroting. Gezelschappen noemen deze
kosten de belangrijkste reden om minder in de regio te spelen. Podia in de regio kunnen de hogere uitkoopsommen niet
betalen.</p>
<p>Ten slotte constateert de raad dat niemand een volledig beeld heeft van de spreiding. Het Fonds Podiumkunsten
verzamelt gegevens over de voorstellingen die het subsidieert, de VSCD over de voorstellingen op zijn podia, maar de
gegevens worden niet gecombineerd en niet openbaar gemaakt. Zonder die gegevens is niet vast te stellen of
maatregelen effect hebben.</p>
{advies(4, "Geef podia buiten de Randstad een vaste tegemoetkoming in de reis- en transportkosten van gezelschappen "
           "die daar spelen, los van de programmeringsregeling.")}
{advies(5, "Vraag het Fonds Podiumkunsten om jaarlijks openbaar te rapporteren over de spreiding van voorstellingen en "
           "bezoekers over de provincies, samen met de VSCD.")}
<h2>5 Tot besluit</h2>
<p>De raad beseft dat zijn adviezen geld kosten en dat het Rijk niet alleen verantwoordelijk is voor het aanbod in de
regio. Maar zonder een gezamenlijke inspanning van Rijk, provincies en gemeenten zal de kloof tussen de Randstad en
de rest van het land verder groeien. De raad is graag bereid zijn adviezen nader toe te lichten.</p>
<p>mr. Ellen de Waal-Hofstra, voorzitter<br>drs. Rutger Vos, algemeen secretaris</p>
"""

RESPONSE = """
<p style="font-size:9pt;margin-bottom:28px">&gt; Retouradres Postbus 16375 2500 BJ Den Haag</p>
<p>De Voorzitter van de Tweede Kamer<br>der Staten-Generaal<br>Postbus 20018<br>2500 EA DEN HAAG</p>
<p style="margin-top:24px"><b>Betreft</b> Reactie op het advies ‘Spelen in de regio’ van de Raad voor Cultuur</p>
<p style="margin-top:14px">Op 20 juni 2024 heeft de Raad voor Cultuur mij het advies ‘Spelen in de regio’
aangeboden. Ik heb de raad om dit advies gevraagd omdat ik mij zorgen maak over de afname van het aanbod van
toneel, dans en muziektheater buiten de Randstad. Het advies bevestigt dat die zorg terecht is. Ik dank de raad voor
zijn heldere analyse. In deze brief geef ik, mede namens de minister van Binnenlandse Zaken en Koninkrijksrelaties,
mijn reactie op het advies.</p>
<h3>Reactie op de adviezen</h3>
<p>Ten aanzien van advies 3 ben ik het volledig met de raad eens. Goede afspraken tussen Rijk, provincies en gemeenten
zijn de sleutel tot een evenwichtig aanbod. Ik zal daarom samen met het IPO en de VNG per landsdeel een regionaal
podiumplan opstellen. De eerste plannen, voor Noord- en Zuid-Nederland, zijn eind 2025 gereed; de overige landsdelen
volgen in 2026. Het samenwerkingsverband in Drenthe dat de raad als voorbeeld noemt, dient daarbij als model.</p>
<p>De raad adviseert verder om spreiding een harde voorwaarde te maken voor alle instellingen in de BIS. Ik begrijp
die wens, maar de vormgeving van de subsidieperiode 2029–2032 vraagt om een zorgvuldige afweging, waarin ook de
andere adviezen van de raad over het stelsel een plek krijgen. Ik betrek advies 1 daarom bij de uitgangspunten voor
de nieuwe periode, die ik in het voorjaar van 2026 aan uw Kamer stuur.</p>
<p>De adviezen 2 en 4 gaan beide over geld voor podia buiten de Randstad. Ik heb besloten het budget van de
programmeringsregeling met ingang van 2025 structureel met 4 miljoen euro per jaar te verhogen, de helft van wat de
raad vraagt. Meer is binnen de begroting van OCW niet mogelijk. Het Fonds Podiumkunsten zal de extra middelen
inzetten voor podia in gemeenten buiten de vier grote steden. Een aparte tegemoetkoming in de reis- en
transportkosten voer ik niet in: een tweede regeling naast de programmeringsregeling zou de administratieve lasten
voor podia verhogen, terwijl podia de hogere kosten ook via de programmeringsregeling vergoed kunnen krijgen.</p>
<p>Over advies 5 heb ik overleg gevoerd met het Fonds Podiumkunsten. Het fonds heeft mij laten weten dat het een
jaarlijkse openbare rapportage over de spreiding niet verantwoord vindt: de gegevens van de podia zijn pas na
anderhalf jaar volledig, en jaarlijkse cijfers zouden een vertekend beeld geven. Het fonds blijft eens per vier jaar
over de spreiding rapporteren, in zijn evaluatie van de subsidieperiode. Ik respecteer dat oordeel van het fonds en
zal het niet om een jaarlijkse rapportage vragen.</p>
<h3>Fair practice in de regio</h3>
<p>In hoofdstuk 4 signaleert de raad dat podia in de regio lagere uitkoopsommen betalen, wat gezelschappen dwingt te
bezuinigen op de honoraria van makers. Ik deel die zorg. Fair pay blijft voor mij een voorwaarde voor
cultuursubsidies van het Rijk. Ik vraag de Taskforce Fair Practice om in 2025 specifiek te onderzoeken hoe de
honorering van makers bij voorstellingen in de regio zich ontwikkelt.</p>
<h3>Tot slot</h3>
<p>Een rijk cultureel aanbod hoort niet bij de postcode te stoppen. Ik zal uw Kamer in de voortgangsbrief cultuur van
het najaar van 2025 informeren over de regionale podiumplannen en de inzet van de extra middelen.</p>
<p style="margin-top:18px">De minister van Onderwijs, Cultuur en Wetenschap,</p>
<p style="margin-top:26px">drs. E.M. van Ruysdael</p>
"""

SIDEBAR = """<p style="font-family:dvsc;font-size:7pt;line-height:1.35;color:#333">
<b>Directie Erfgoed en Kunsten</b><br>Rijnstraat 50<br>Den Haag<br>Postbus 16375<br>2500 BJ Den Haag<br>
www.rijksoverheid.nl<br><br><b>Datum</b><br>11 november 2024<br><br><b>Onze referentie</b><br>48812034<br><br>
<b>Bijlagen</b><br>1</p>"""


def build(html, css, out, where, sidebar=None, footer=""):
    story = pymupdf.Story(html=html, user_css=FONTS + css, archive=ARCH)
    buf = DOCS / out
    w = pymupdf.DocumentWriter(str(buf))
    mb = pymupdf.paper_rect("a4")
    more = 1
    while more:
        dev = w.begin_page(mb)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(str(buf))
    for i, page in enumerate(doc):
        if sidebar:
            page.insert_htmlbox(pymupdf.Rect(455, 130, 570, 420), sidebar, css=FONTS, archive=ARCH)
        if footer:
            page.insert_htmlbox(pymupdf.Rect(60, 800, 535, 820),
                                f'<p style="font-family:dvs;font-size:7.5pt;color:#777;text-align:center">'
                                f'{footer}{i + 1} van {doc.page_count}</p>', css=FONTS, archive=ARCH)
    doc.subset_fonts()
    doc.save(str(buf) + ".tmp", garbage=4, deflate=True)
    doc.close()
    Path(str(buf) + ".tmp").replace(buf)


if __name__ == "__main__":
    base = "* {font-family: dvs; font-size: 10pt; line-height: 1.38;} p {margin: 0 0 7px 0;} li {margin-bottom: 3px;}"
    build(ADVICE, base + " h1 {font-size: 22pt; color:#8A1538; margin:4px 0 6px 0;} "
                         "h2 {font-size: 13pt; color:#8A1538; margin: 14px 0 6px 0;}",
          "blind12_nl_cultuur_advice.pdf", pymupdf.Rect(62, 60, 533, 785), footer="Raad voor Cultuur | Spelen in de regio | ")
    build(RESPONSE, base.replace("dvs", "dvs").replace("10pt", "9.8pt")
          + " h3 {font-size: 10pt; font-weight: bold; margin: 12px 0 3px 0;}",
          "blind12_nl_cultuur_response.pdf", pymupdf.Rect(70, 110, 430, 780), sidebar=SIDEBAR,
          footer="Pagina ")

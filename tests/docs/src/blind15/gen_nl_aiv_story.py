"""Blind round 15 (nl), pair blind15_nl_aiv — PyMuPDF Story.

Advice: Adviesraad Internationale Vraagstukken, advies nr. 134 'Grip op grondstoffen' (critical raw materials):
cover, Inhoudsopgave, a Samenvatting repeating the seven recommendations as short bullets, chapters I-IV with
endnote markers, the adviesvragen as a numbered list in chapter I, and the full recommendations as an ordered list
1-7 (bold first sentence + explanation) in 'IV Conclusies en aanbevelingen'; Eindnoten; running header and page
number stamped with PyMuPDF.
Response: 'Kabinetsreactie op het AIV-advies Grip op grondstoffen': Inleiding, Algemene reactie (answers nothing),
then 'Aanbeveling N' headings, each quoting its recommendation in italics followed by a bold 'Reactie van het
kabinet' and the reply; recommendations 4 and 5 in one section with one reply; 'Tot slot'.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind15nlenv && /tmp/blind15nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind15nlenv/bin/python tests/docs/src/blind15/gen_nl_aiv_story.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf  # noqa: E402

from _nl_b15 import DOCS, stamp, story_css_fonts, story_fonts  # noqa: E402

NAME = "blind15_nl_aiv"
A4 = pymupdf.paper_rect("a4")

CSS_COMMON = """
body { font-family: lserif; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 1.3; text-align: justify; }
h1 { font-family: lsans; font-size: 15pt; color: #1b4f72; margin-top: 4pt; margin-bottom: 8pt; }
h2 { font-family: lsans; font-size: 11.5pt; color: #1b4f72; margin-top: 8pt; margin-bottom: 4pt; }
h3 { font-family: lsans; font-size: 10.5pt; margin-top: 10pt; margin-bottom: 3pt; }
li { margin-bottom: 4pt; line-height: 1.3; text-align: justify; }
td { font-family: lsans; font-size: 10pt; vertical-align: top; padding: 2pt; }
.quote { font-style: italic; margin-left: 18pt; margin-right: 18pt; }
.rk { font-family: lsans; font-weight: bold; font-size: 10pt; margin-bottom: 2pt; }
.small { font-family: lsans; font-size: 8.5pt; text-align: left; }
.box { background-color: #e8eef3; padding: 8pt; }
"""


def build(html: str, out: Path, tmp: Path, *, top: float = 62, bottom: float = 62, left: float = 70,
          right: float = 70) -> None:
    arch = pymupdf.Archive(str(tmp))
    writer = pymupdf.DocumentWriter(str(out))
    for part in html.split("<!--NEWPAGE-->"):  # each part starts on a new page
        story = pymupdf.Story(part, user_css=story_css_fonts() + CSS_COMMON, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(A4)
            more, _ = story.place(pymupdf.Rect(left, top, A4.width - right, A4.height - bottom))
            story.draw(dev)
            writer.end_page()
    writer.close()


RECS = [
    ("Stel een nationale grondstoffenstrategie op die gezamenlijk wordt gedragen door de ministeries van "
     "Buitenlandse Zaken, Economische Zaken en Defensie, en wijs \u00e9\u00e9n bewindspersoon aan die voor de "
     "uitvoering verantwoordelijk is.",
     "Nu ligt de verantwoordelijkheid verspreid over ten minste vijf departementen. Daardoor ontbreekt het aan "
     "een afweging tussen economische, veiligheids- en ontwikkelingsbelangen."),
    ("Maak in Europees verband werk van gezamenlijke inkoop en strategische opslag van kritieke grondstoffen, naar "
     "het voorbeeld van het gezamenlijke inkoopplatform voor gas.",
     "De Critical Raw Materials Act biedt daarvoor een grondslag, maar de lidstaten hebben die mogelijkheid nog "
     "nauwelijks benut."),
    ("Leg nationale voorraden aan van de kritieke grondstoffen die onmisbaar zijn voor de Nederlandse "
     "defensie-industrie en de energietransitie.",
     "Een voorraad voor zes maanden geeft de industrie tijd om bij een verstoring van de aanvoer alternatieven te "
     "vinden."),
    ("Sluit strategische partnerschappen met grondstoffenlanden die verder gaan dan winning alleen, en investeer "
     "via Invest International en FMO in lokale verwerking en opleiding.",
     "Landen als Chili, Namibi\u00eb en Indonesi\u00eb willen niet langer alleen ruwe erts leveren. Wie hen een "
     "aanbod doet voor waardetoevoeging in het land zelf, maakt een betere kans."),
    ("Verbind aan deze partnerschappen afdwingbare afspraken over mensenrechten, arbeidsomstandigheden en "
     "milieubescherming in de mijnbouw.",
     "Vrijblijvende intentieverklaringen hebben in het verleden weinig opgeleverd."),
    ("Vergroot de investeringen in recycling en vervanging van kritieke grondstoffen, met name voor permanente "
     "magneten en batterijen.",
     "Elke ton die wordt teruggewonnen, hoeft niet te worden ingevoerd."),
    ("Richt binnen de rijksoverheid een kenniscentrum grondstoffenketens op dat departementen, bedrijven en "
     "kennisinstellingen ondersteunt bij het tijdig signaleren van risico\u2019s in de aanvoer.",
     "De kennis over grondstoffenketens is nu verspreid over TNO, het Planbureau voor de Leefomgeving en "
     "individuele bedrijven."),
]

SHORT = [
    "Wijs \u00e9\u00e9n verantwoordelijke bewindspersoon aan voor een gezamenlijke grondstoffenstrategie.",
    "Werk Europees samen aan gezamenlijke inkoop en opslag.",
    "Leg nationale voorraden aan voor defensie en energietransitie.",
    "Ga partnerschappen aan die lokale verwerking in grondstoffenlanden ondersteunen,",
    "\u2026 en maak daarin afdwingbare afspraken over mensenrechten en milieu.",
    "Investeer meer in recycling en vervanging.",
    "Bundel de kennis over grondstoffenketens in een kenniscentrum.",
]


def adv_html() -> str:
    recs = "\n".join(f"<li><b>{a}</b> {b}</li>" for a, b in RECS)
    short = "\n".join(f"<li>{s}</li>" for s in SHORT)
    return f"""
<div style="height: 700pt">
<p style="font-family: lsans; font-size: 11pt; color: #1b4f72; margin-top: 30pt; text-align: left"><b>ADVIESRAAD INTERNATIONALE VRAAGSTUKKEN</b></p>
<p style="font-family: lsans; font-size: 9pt; text-align: left">ADVISORY COUNCIL ON INTERNATIONAL AFFAIRS</p>
<p style="font-family: lsans; font-size: 28pt; color: #1b4f72; margin-top: 170pt; line-height: 1.1; text-align: left"><b>Grip op grondstoffen</b></p>
<p style="font-family: lsans; font-size: 13pt; text-align: left">Nederland, Europa en de strijd om kritieke grondstoffen</p>
<p style="font-family: lsans; font-size: 10pt; margin-top: 250pt; text-align: left">Advies nr. 134, september 2025</p>
</div>
<!--NEWPAGE-->
<h1>Inhoudsopgave</h1>
<table style="width: 100%">
<tr><td></td><td>Samenvatting</td><td style="text-align: right">3</td></tr>
<tr><td>I</td><td>Inleiding</td><td style="text-align: right">3</td></tr>
<tr><td>II</td><td>Europa\u2019s afhankelijkheid</td><td style="text-align: right">3</td></tr>
<tr><td>III</td><td>Partnerschappen met grondstoffenlanden</td><td style="text-align: right">3</td></tr>
<tr><td>IV</td><td>Conclusies en aanbevelingen</td><td style="text-align: right">4</td></tr>
<tr><td></td><td>Eindnoten</td><td style="text-align: right">5</td></tr>
</table>
<p class="small" style="margin-top: 300pt">De Adviesraad Internationale Vraagstukken (AIV) adviseert regering en
parlement over het buitenlands beleid. Dit advies is voorbereid door een gecombineerde commissie van de
commissies Europese Integratie, Vrede en Veiligheid en Ontwikkelingssamenwerking, onder voorzitterschap van
prof. dr. M.C. Ruijters. Het advies is vastgesteld op 5 september 2025.</p>
<p class="small">Adviesraad Internationale Vraagstukken, Postbus 20061, 2500 EB Den Haag \u2014 www.adviesraadinternationalevraagstukken.nl</p>
<!--NEWPAGE-->
<h1>Samenvatting</h1>
<p>Zonder lithium, kobalt, zeldzame aardmetalen en gallium geen windturbines, elektrische auto\u2019s en
halfgeleiders, en geen moderne krijgsmacht. Voor deze grondstoffen is Europa voor meer dan negentig procent
afhankelijk van een klein aantal landen, en China beheerst het grootste deel van de verwerking. De recente
exportbeperkingen op gallium en germanium laten zien dat deze afhankelijkheid geopolitiek wordt ingezet.</p>
<p>De AIV concludeert dat Nederland deze kwetsbaarheid niet alleen kan oplossen, maar wel meer kan doen dan nu.
De raad beveelt de regering onder meer aan:</p>
<ul>
{short}
</ul>
<p>De volledige aanbevelingen staan in hoofdstuk IV.</p>
<h1>I Inleiding</h1>
<p>Op 14 februari 2025 vroegen de minister van Buitenlandse Zaken en de minister voor Buitenlandse Handel en
Ontwikkelingshulp de AIV om advies over de leveringszekerheid van kritieke grondstoffen.<sup>1</sup> De
adviesaanvraag bevat de volgende vragen:</p>
<ol>
<li>Hoe kwetsbaar zijn Nederland en de Europese Unie voor verstoringen in de aanvoer van kritieke grondstoffen?</li>
<li>Welke rol kan Nederland spelen in de Europese aanpak?</li>
<li>Hoe kan Nederland partnerschappen met grondstoffenlanden vormgeven die ook bijdragen aan de ontwikkeling van
die landen?</li>
</ol>
<p>Voor dit advies sprak de AIV met vertegenwoordigers van bedrijven, kennisinstellingen, maatschappelijke
organisaties en overheden in Nederland, Brussel, Santiago en Windhoek.</p>
<h1>II Europa\u2019s afhankelijkheid</h1>
<p>De Europese Unie heeft in de Critical Raw Materials Act (CRMA) van 2024 vastgelegd dat in 2030 ten minste tien
procent van de benodigde kritieke grondstoffen in de Unie wordt gewonnen, veertig procent wordt verwerkt en
vijfentwintig procent uit recycling afkomstig is.<sup>2</sup> Bovendien mag de Unie voor geen enkele strategische
grondstof voor meer dan 65 procent van \u00e9\u00e9n derde land afhankelijk zijn. De AIV stelt vast dat deze
doelen zonder aanvullende maatregelen niet worden gehaald.</p>
<p>Nederland heeft een relatief kleine maakindustrie, maar speelt een sleutelrol in de halfgeleiderketen en in de
doorvoer via de haven van Rotterdam. De Nationale Grondstoffenstrategie van 2022 bevat waardevolle elementen,
maar is vooral economisch van aard en houdt weinig rekening met veiligheid en defensie.</p>
<h1>III Partnerschappen met grondstoffenlanden</h1>
<p>De Unie heeft sinds 2021 strategische partnerschappen gesloten met onder meer Canada, Chili, Namibi\u00eb,
Kazachstan en de Democratische Republiek Congo. Nederland neemt aan deze partnerschappen deel, maar heeft er
nog weinig eigen inhoud aan gegeven.<sup>3</sup> De gesprekken in Chili en Namibi\u00eb maakten duidelijk dat
deze landen zich niet langer willen beperken tot de export van ruwe erts, en dat zij Europa beoordelen op wat
het aan investeringen en kennis meebrengt.</p>
<p>Tegelijk zijn de sociale en ecologische gevolgen van mijnbouw groot. Waterschaarste in de Atacama-woestijn,
kinderarbeid in de artisanale kobaltwinning en landconflicten met inheemse gemeenschappen vragen om meer dan
vrijwillige afspraken.</p>
<h1>IV Conclusies en aanbevelingen</h1>
<h2>Conclusies</h2>
<p>Nederland is kwetsbaar voor verstoringen in de aanvoer van kritieke grondstoffen, en die kwetsbaarheid wordt
groter naarmate de energietransitie en de versterking van de krijgsmacht vorderen. De huidige aanpak is
versnipperd en te vrijblijvend. Europa is het aangewezen niveau voor de meeste maatregelen, maar Nederland moet
daarin een actievere rol spelen en thuis zijn zaken op orde brengen.</p>
<h2>Aanbevelingen</h2>
<p>De AIV doet de regering de volgende aanbevelingen:</p>
<ol>
{recs}
</ol>
<!--NEWPAGE-->
<h2>Eindnoten</h2>
<p class="small">1 Brief van de minister van Buitenlandse Zaken aan de AIV van 14 februari 2025, kenmerk
BZ2502114.</p>
<p class="small">2 Verordening (EU) 2024/1252 van 11 april 2024 (Critical Raw Materials Act), artikel 5.</p>
<p class="small">3 Zie ook: AIV, <i>Europa in de wereld: een strategische agenda</i>, advies nr. 127, Den Haag,
2024.</p>
"""


def q(n: int) -> str:
    return f'<p class="quote">\u2018{RECS[n - 1][0]}\u2019</p>'


RESP = f"""
<p style="font-family: lsans; font-size: 9pt; color: #555555; text-align: left">Bijlage bij Kamerbrief
BZ2591730 \u2014 17 december 2025</p>
<h1 style="margin-top: 14pt">Kabinetsreactie op het AIV-advies \u2018Grip op grondstoffen\u2019</h1>
<h2>Inleiding</h2>
<p>Op 17 september 2025 heeft de Adviesraad Internationale Vraagstukken (AIV) het advies \u2018Grip op
grondstoffen. Nederland, Europa en de strijd om kritieke grondstoffen\u2019 uitgebracht. Het advies is opgesteld
op verzoek van de minister van Buitenlandse Zaken en de minister voor Buitenlandse Handel en
Ontwikkelingshulp. Het kabinet dankt de AIV voor het heldere en tijdige advies. Deze reactie is opgesteld
mede namens de minister van Economische Zaken en de minister van Defensie.</p>
<h2>Algemene reactie</h2>
<p>Het kabinet herkent de geopolitieke analyse van de AIV. De afhankelijkheid van enkele landen voor de winning
en vooral de verwerking van kritieke grondstoffen is een strategisch risico voor de Europese economie en
veiligheid. Het kabinet deelt de opvatting van de AIV dat de Europese Unie het aangewezen niveau is voor de
meeste maatregelen, en dat Nederland daarin een actieve rol moet spelen. Hieronder gaat het kabinet in op de
afzonderlijke aanbevelingen.</p>
<h3>Aanbeveling 1</h3>
{q(1)}
<p class="rk">Reactie van het kabinet</p>
<p>Het kabinet onderschrijft het belang van een samenhangende aanpak. De Nationale Grondstoffenstrategie wordt in
2026 geactualiseerd; de ministeries van Buitenlandse Zaken, Economische Zaken en Defensie stellen de
actualisatie gezamenlijk op, en ook de veiligheids- en defensiebelangen krijgen daarin een plaats. Het kabinet
ziet echter geen meerwaarde in het aanwijzen van \u00e9\u00e9n verantwoordelijke bewindspersoon. De minister
van Economische Zaken blijft co\u00f6rdinerend bewindspersoon; de betrokken bewindspersonen blijven elk
verantwoordelijk voor hun eigen beleidsterrein.</p>
<h3>Aanbeveling 2</h3>
{q(2)}
<p class="rk">Reactie van het kabinet</p>
<p>Het kabinet neemt deze aanbeveling over. Nederland zal zich in de Raad en bij de Europese Commissie inzetten
voor een gezamenlijk inkoopmechanisme voor kritieke grondstoffen, zoals de CRMA al mogelijk maakt, en voor een
proef met gezamenlijke Europese opslag van gallium en zeldzame aardmetalen. Het kabinet brengt dit in bij de
Raad Concurrentievermogen van maart 2026.</p>
<h3>Aanbeveling 3</h3>
{q(3)}
<p class="rk">Reactie van het kabinet</p>
<p>Het kabinet deelt de zorg van de AIV over de kwetsbaarheid van de defensie-industrie, maar niet de conclusie
dat nationale voorraden de aangewezen weg zijn. Een nationale voorraad van enige omvang is kostbaar, vraagt om
langdurig beheer en zou Nederland op de Europese markt tot concurrent van de andere lidstaten maken. Het kabinet
neemt deze aanbeveling daarom niet over en zet in op Europese opslag, zoals toegelicht bij aanbeveling 2.</p>
<!--NEWPAGE-->
<h3 style="margin-top: 0">Aanbevelingen 4 en 5</h3>
{q(4)}
{q(5)}
<p class="rk">Reactie van het kabinet</p>
<p>Het kabinet neemt de aanbeveling om partnerschappen breder te maken dan winning alleen over. Nederland sluit in
2026 partnerschappen met Chili en Namibi\u00eb die ook investeringen in verwerking, waterbeheer en
beroepsonderwijs omvatten. Invest International en FMO krijgen de opdracht om projecten in deze landen met
voorrang te beoordelen.</p>
<p>Het kabinet hecht eveneens aan goede afspraken over mensenrechten, arbeidsomstandigheden en milieu. Die
afspraken worden in ieder partnerschap opgenomen en gekoppeld aan de Europese richtlijn inzake
due diligence. Afdwingbare afspraken met sancties zijn echter niet in alle partnerschappen haalbaar, omdat
partnerlanden dit als inmenging kunnen zien; het kabinet kiest daar voor een gezamenlijke monitoring met
maatschappelijke organisaties.</p>
<h3>Aanbeveling 6</h3>
{q(6)}
<p class="rk">Reactie van het kabinet</p>
<p>Binnen het Nationaal Programma Circulaire Economie 2023\u20132030 is in 2025 een extra bedrag van
\u20ac 150 miljoen beschikbaar gesteld voor recycling en vervanging van kritieke grondstoffen. In 2026 start
een innovatieprogramma voor de terugwinning van permanente magneten uit windturbines en elektromotoren, en de
batterijketen krijgt een eigen programmalijn.</p>
<h3>Aanbeveling 7</h3>
{q(7)}
<p class="rk">Reactie van het kabinet</p>
<p>Het kabinet neemt kennis van dit voorstel. TNO, het Planbureau voor de Leefomgeving en het Centraal Bureau voor
de Statistiek werken al samen in het Kennisnetwerk Grondstoffen. Het kabinet zal bezien of deze samenwerking
voldoende is of dat een apart kenniscentrum meerwaarde heeft, en betrekt die vraag bij de actualisatie van de
Nationale Grondstoffenstrategie.</p>
<h2>Tot slot</h2>
<p>Het kabinet ziet het advies van de AIV als een waardevolle bijdrage aan het debat over economische veiligheid.
Het kabinet zal de Kamer in 2026 informeren over de geactualiseerde strategie.</p>
"""


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="blind15nl_story_") as d:
        tmp = Path(d)
        story_fonts(tmp)
        adv = DOCS / f"{NAME}_advice.pdf"
        build(adv_html(), adv, tmp)
        stamp(adv, "AIV  |  Grip op grondstoffen  |  Advies nr. 134", "{page}")
        resp = DOCS / f"{NAME}_response.pdf"
        build(RESP, resp, tmp, top=56)
        stamp(resp, "Kabinetsreactie AIV-advies \u2018Grip op grondstoffen\u2019", "{page}", skip_first=False)
        for p in (adv, resp):
            doc = pymupdf.open(p)
            doc.set_metadata({"title": "Grip op grondstoffen" if p == adv else "Kabinetsreactie Grip op grondstoffen",
                              "author": "AIV" if p == adv else "Ministerie van Buitenlandse Zaken",
                              "creationDate": "D:20251217000000", "modDate": "D:20251217000000",
                              "producer": "", "creator": ""})
            doc.save(p.with_suffix(".tmp.pdf"), garbage=3, deflate=True, no_new_id=True)
            doc.close()
            p.with_suffix(".tmp.pdf").replace(p)
    print("written", NAME)


if __name__ == "__main__":
    main()

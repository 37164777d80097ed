"""Blind round 17 (nl), pair blind17_nl_rli — PyMuPDF Story.

Advice: Raad voor de leefomgeving en infrastructuur (Rli) advies 'Bereikbaar blijven' on accessibility outside the
Randstad: cover, 'Inhoud' as plain lines with dot leaders, colofon, Samenvatting, chapters with grey example boxes
and footnote marks (footnotes stamped at the page foot after layout), '3 Advies' with themed sub-sections in which
each recommendation is a bold paragraph opening 'De raad adviseert …' (six in all, numbers are their positions;
the last addressed to kabinet and provincies together, the third to provincies and vervoerregio's); stamped
header and 'N' page number.
Response: a short Kamerbrief of the staatssecretaris of IenW sending the kabinetsreactie, followed by 'Bijlage:
Kabinetsreactie op het Rli-advies …' in which the kabinet itself numbers 'Advies 1' … and quotes each in
italics, in the order 4, 1, 2, 5+6 (one section 'Advies 5 en 6'), 3, with a closing section 'Overige punten uit
het advies' that answers no recommendation.

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind17nlenv && /tmp/blind17nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind17nlenv/bin/python tests/docs/src/blind17/gen_nl_rli_story.py
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf  # noqa: E402

from _nl_b17 import DOCS, stamp, story_css_fonts, story_fonts  # noqa: E402

NAME = "blind17_nl_rli"
A4 = pymupdf.paper_rect("a4")

CSS_COMMON = """
body { font-family: lserif; font-size: 10.5pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 1.35; }
h1 { font-family: lsans; font-size: 15pt; color: #2b6e3f; margin-top: 4pt; margin-bottom: 8pt; }
h2 { font-family: lsans; font-size: 11pt; color: #2b6e3f; margin-top: 8pt; margin-bottom: 4pt; }
h3 { font-family: lsans; font-size: 10pt; margin-top: 8pt; margin-bottom: 3pt; }
.box { background-color: #e8efe9; padding: 6pt; margin-bottom: 8pt; font-family: lsans; font-size: 9pt; }
.small { font-size: 8pt; font-family: lsans; }
.toc { margin-bottom: 3pt; font-family: lsans; }
.rec { font-weight: bold; }
.letter { font-family: lsans; font-size: 9.8pt; }
.q { font-style: italic; }
"""


def build(html: str, out: Path, tmp: Path, *, top: float = 72, bottom: float = 95, left: float = 72,
          right: float = 72) -> None:
    arch = pymupdf.Archive(str(tmp))
    writer = pymupdf.DocumentWriter(str(out))
    for part in html.split("<!--NEWPAGE-->"):
        story = pymupdf.Story(part, user_css=story_css_fonts() + CSS_COMMON, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(A4)
            more, _ = story.place(pymupdf.Rect(left, top, A4.width - right, A4.height - bottom))
            story.draw(dev)
            writer.end_page()
    writer.close()


def footnotes(path: Path, tmp: Path, notes: list[tuple[str, str, str]]) -> None:
    """Stamp each footnote (mark, text) at the foot of the page whose text holds its anchor phrase."""
    font = str(story_fonts(tmp)["LiberationSans-Regular.ttf"])
    doc = pymupdf.open(path)
    per_page: dict[int, list[tuple[str, str]]] = {}
    for anchor, mark, text in notes:
        for page in doc:
            if anchor in page.get_text().replace("\n", " "):
                per_page.setdefault(page.number, []).append((mark, text))
                break
        else:
            raise SystemExit(f"anchor not found: {anchor}")
    for pno, items in per_page.items():
        page = doc[pno]
        y = A4.height - 88
        page.draw_line((72, y), (180, y), width=0.5)
        y += 4
        for mark, text in items:
            r = pymupdf.Rect(72, y, A4.width - 72, y + 22)
            page.insert_textbox(r, f"{mark}  {text}", fontname="fnsans", fontfile=font, fontsize=7.5)
            y += 11 if len(text) < 120 else 20
    doc.subset_fonts()
    tmpf = path.with_suffix(".tmp.pdf")
    doc.save(tmpf, garbage=3, deflate=True)
    doc.close()
    tmpf.replace(path)


ADV = """
<div style="height: 690pt">
<p style="font-family: lsans; font-size: 9.5pt; color: #2b6e3f; margin-top: 0"><b>Raad voor de leefomgeving en infrastructuur</b></p>
<p style="font-family: lsans; font-size: 28pt; color: #2b6e3f; margin-top: 200pt; line-height: 1.1"><b>Bereikbaar blijven</b></p>
<p style="font-family: lsans; font-size: 12.5pt">Naar een bereikbaarheidsbeleid voor heel Nederland</p>
<p style="font-family: lsans; font-size: 9.5pt; margin-top: 240pt">Advies  |  mei 2025<br/>Rli 2025/02</p>
</div>
<!--NEWPAGE-->
<h1>Inhoud</h1>
<p class="toc">Samenvatting ................................................................ 3</p>
<p class="toc">1  Aanleiding en vraagstelling .............................................. 3</p>
<p class="toc">2  Analyse: bereikbaarheid onder druk ........................................ 4</p>
<p class="toc">3  Advies ................................................................... 5</p>
<p class="toc">Verantwoording ........................................................... 5</p>
<p class="small" style="margin-top: 360pt"><b>Colofon</b><br/>De Raad voor de leefomgeving en infrastructuur (Rli) adviseert
regering en parlement over de fysieke leefomgeving en infrastructuur. Samenstelling van de raad: ir. J.H. Koster
(voorzitter), prof. dr. M.A. Brouwer, drs. E.P. van Dijk, dr. S.R. Haddou, ir. L.T. Jonkman.<br/>Raad voor de
leefomgeving en infrastructuur, Bezuidenhoutseweg 30, 2594 AV Den Haag \u2014 www.rli.nl</p>
<!--NEWPAGE-->
<h1>Samenvatting</h1>
<p>Wie in Nederland woont, moet werk, onderwijs en zorg kunnen bereiken. Buiten de Randstad staat die
bereikbaarheid onder druk. Buslijnen verdwijnen, voorzieningen worden geconcentreerd in grotere plaatsen en wie geen
auto heeft, raakt steeds vaker ge\u00efsoleerd. De raad spreekt in dat verband van <i>vervoersarmoede</i>.</p>
<p>Het huidige mobiliteitsbeleid is vooral gericht op het oplossen van files en drukte. De raad pleit voor een
omslag: niet de verkeersstroom, maar de bereikbaarheid van voorzieningen voor mensen moet het vertrekpunt zijn. Dat
vraagt om een gedeelde norm, om stabiele financiering van het regionale openbaar vervoer en om beleid voor
ruimtelijke spreiding van voorzieningen dat rekening houdt met bereikbaarheid.</p>
<h1>1  Aanleiding en vraagstelling</h1>
<p>In de Tweede Kamer is de afgelopen jaren herhaaldelijk gesproken over het verdwijnen van buslijnen in landelijke
gebieden. De minister van Infrastructuur en Waterstaat heeft de raad in 2024 gevraagd te adviseren over de vraag hoe
de bereikbaarheid van voorzieningen in heel Nederland kan worden gewaarborgd.<sup>1</sup></p>
<p>De raad heeft zich gericht op de regio\u2019s buiten de grote stedelijke agglomeraties en heeft gesproken met
provincies, vervoerders, gemeenten, zorginstellingen, onderwijsinstellingen en inwoners in Noordoost-Groningen,
Zeeuws-Vlaanderen, de Achterhoek en Zuid-Limburg.</p>
<!--NEWPAGE-->
<h1>2  Analyse: bereikbaarheid onder druk</h1>
<h2>2.1  Het openbaar vervoer dunt uit</h2>
<p>Sinds 2019 is het aantal dienstregelingsuren in het regionale busvervoer buiten de stedelijke gebieden met bijna
15 procent afgenomen.<sup>2</sup> Oorzaken zijn het tekort aan buschauffeurs, gestegen kosten en de daling van
het aantal reizigers tijdens en na de coronapandemie. De rijksbijdrage aan het regionale openbaar vervoer via de
brede doeluitkering en het Provinciefonds is in diezelfde periode niet meegegroeid met de kosten.</p>
<div class="box"><p><b>Voorbeeld \u2013 Noordoost-Groningen</b></p>
<p style="margin-bottom: 0">In Oldambt rijdt sinds 2024 buiten de spits nog maar \u00e9\u00e9n bus per uur naar Winschoten. Een
inwoner van Nieuweschans die voor een polikliniekafspraak naar het ziekenhuis in Scheemda moet, is daardoor enkele
uren onderweg. De buurtbus die het gat moest opvullen, stopte in 2025 bij gebrek aan vrijwilligers.</p></div>
<h2>2.2  Voorzieningen concentreren zich</h2>
<p>Ziekenhuizen, mbo-instellingen en overheidsloketten concentreren hun activiteiten steeds vaker op minder
locaties. Bij die besluiten speelt de bereikbaarheid met het openbaar vervoer nauwelijks een rol. De gevolgen komen
terecht bij mensen die geen auto hebben: jongeren, ouderen en mensen met een laag inkomen.</p>
<h2>2.3  De fiets als kans</h2>
<p>De elektrische fiets heeft de actieradius van fietsers sterk vergroot. Afstanden van 15 kilometer zijn voor veel
mensen goed te doen. Snelfietsroutes en goede stallingen bij knooppunten kunnen de fiets een volwaardige schakel
maken in het regionale vervoer.</p>
<h2>2.4  Geen beeld van de omvang</h2>
<p>Hoeveel mensen in Nederland te maken hebben met vervoersarmoede, is onbekend. Schattingen lopen uiteen van
\u00e9\u00e9n tot vier miljoen mensen, afhankelijk van de gehanteerde definitie.</p>
<!--NEWPAGE-->
<h1>3  Advies</h1>
<p>Op basis van deze analyse komt de raad tot de volgende adviezen.</p>
<h2>Een norm voor bereikbaarheid</h2>
<p>Zonder gedeelde norm blijft bereikbaarheid een sluitpost. De raad meent dat het Rijk moet aangeven wat inwoners
mogen verwachten.</p>
<p class="rec">De raad adviseert het kabinet om een landelijke bereikbaarheidsnorm vast te stellen, waarin is bepaald
dat iedere inwoner zonder auto binnen 45 minuten een ziekenhuis, een mbo-instelling en een supermarkt kan bereiken.</p>
<h2>Stabiele financiering</h2>
<p>Provincies kunnen hun openbaar vervoer niet op peil houden als de rijksbijdrage achterblijft bij de kosten.</p>
<p class="rec">De raad adviseert het kabinet om de rijksbijdrage aan het regionale openbaar vervoer vanaf 2027
structureel te verhogen en de verdeling ervan te koppelen aan de bereikbaarheidsopgave per provincie.</p>
<p class="rec">De raad adviseert provincies en vervoerregio\u2019s om vraagafhankelijk vervoer, zoals de buurtbus en
de deeltaxi, voortaan als integraal onderdeel in de concessies voor het openbaar vervoer op te nemen.</p>
<h2>Spreiding van voorzieningen</h2>
<p>Besluiten over de locatie van voorzieningen bepalen voor een groot deel hoe bereikbaar die voorzieningen zijn.</p>
<p class="rec">De raad adviseert het kabinet om bij besluiten over de spreiding van rijksdiensten en van
voorzieningen in zorg en onderwijs voortaan een bereikbaarheidstoets uit te voeren.</p>
<h2>De fiets en kennis</h2>
<p class="rec">De raad adviseert het kabinet om de fiets als volwaardig onderdeel van het regionale
mobiliteitssysteem te behandelen en te investeren in snelfietsroutes naar stations en knooppunten.</p>
<p class="rec">De raad adviseert kabinet en provincies om samen een kennis- en monitoringsprogramma vervoersarmoede
op te zetten, zodat de omvang van het probleem en de effecten van maatregelen zichtbaar worden.</p>
<p>De raad is zich ervan bewust dat deze adviezen geld kosten. Hij wijst erop dat de maatschappelijke kosten van
slechte bereikbaarheid \u2013 in gemiste zorg, schooluitval en eenzaamheid \u2013 eveneens hoog zijn.<sup>3</sup></p>
<h1>Verantwoording</h1>
<p>Dit advies is voorbereid door een raadscommissie onder voorzitterschap van prof. dr. M.A. Brouwer, bijgestaan door
een projectteam van het secretariaat. De raad heeft het advies op 14 mei 2025 vastgesteld.</p>
"""

ADV_NOTES = [
    ("hoe de bereikbaarheid van voorzieningen in heel Nederland kan worden", "1",
     "Adviesaanvraag van de minister van Infrastructuur en Waterstaat van 21 maart 2024, IENW/BSK-2024/61233."),
    ("15 procent afgenomen.", "2", "KiM (2025) Mobiliteitsbeeld 2024. Den Haag: Kennisinstituut voor "
                                   "Mobiliteitsbeleid, p. 48."),
    ("eveneens hoog zijn", "3", "Zie ook PBL (2023) Brede welvaart en bereikbaarheid in de regio."),
]

RESP = """
<div class="letter">
<p style="font-size: 9pt; margin-left: 250pt"><b>Ministerie van Infrastructuur<br/>en Waterstaat</b></p>
<p class="small" style="margin-top: 40pt">&gt; Retouradres Postbus 20901 2500 EX  Den Haag</p>
<p>De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  DEN HAAG</p>
<p class="small" style="margin-top: 14pt">Datum: 3 oktober 2025<br/>Betreft: Kabinetsreactie op het Rli-advies \u2018Bereikbaar blijven\u2019<br/>Ons kenmerk: IENW/BSK-2025/214870</p>
<p style="margin-top: 14pt">Geachte voorzitter,</p>
<p>Op 20 mei 2025 heeft de Raad voor de leefomgeving en infrastructuur (Rli) het advies \u2018Bereikbaar blijven.
Naar een bereikbaarheidsbeleid voor heel Nederland\u2019 uitgebracht. Hierbij zend ik u, mede namens de minister van
Volksgezondheid, Welzijn en Sport en de minister van Onderwijs, Cultuur en Wetenschap, de kabinetsreactie op dit
advies. De reactie is als bijlage bij deze brief gevoegd.</p>
<p>Het kabinet onderschrijft de centrale boodschap van de raad dat bereikbaarheid van voorzieningen voor iedereen
het uitgangspunt van het mobiliteitsbeleid moet zijn. Die omslag krijgt vorm in het Nationaal Plan Bereikbaarheid
dat ik uw Kamer begin 2026 zal toezenden.</p>
<p>Hoogachtend,</p>
<p style="margin-top: 10pt">DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT \u2013 OPENBAAR VERVOER EN MILIEU,</p>
<p style="margin-top: 24pt">ir. P.A. de Groot-Mulder</p>
</div>
<!--NEWPAGE-->
<div class="letter">
<h1 style="font-size: 13pt">Bijlage: Kabinetsreactie op het Rli-advies \u2018Bereikbaar blijven\u2019</h1>
<h2>Inleiding</h2>
<p>In het advies \u2018Bereikbaar blijven\u2019 analyseert de raad hoe de bereikbaarheid van werk, onderwijs en zorg buiten
de Randstad onder druk staat. De raad doet zes adviezen, die in deze bijlage zijn genummerd in de volgorde waarin zij
in het advies staan. Het kabinet bespreekt eerst de adviezen die het direct kan oppakken en daarna de adviezen die
vragen om nadere afweging of die aan andere overheden zijn gericht.</p>
<h2>Advies 4: bereikbaarheidstoets bij spreiding van voorzieningen</h2>
<p class="q">De raad adviseert het kabinet om bij besluiten over de spreiding van rijksdiensten en van voorzieningen in
zorg en onderwijs voortaan een bereikbaarheidstoets uit te voeren.</p>
<p>Het kabinet neemt dit advies over. Vanaf 2026 wordt bij besluiten over de vestiging van rijksdiensten een
bereikbaarheidstoets uitgevoerd als onderdeel van het Beleidskompas. De minister van VWS neemt bereikbaarheid met het
openbaar vervoer op als criterium in het toetsingskader voor de concentratie van ziekenhuiszorg, en de minister van
OCW doet hetzelfde bij de beoordeling van nieuwe mbo-vestigingen.</p>
<h2>Advies 1: een landelijke bereikbaarheidsnorm</h2>
<p class="q">De raad adviseert het kabinet om een landelijke bereikbaarheidsnorm vast te stellen.</p>
<p>Het kabinet begrijpt de wens om duidelijk te maken wat inwoners mogen verwachten. Een landelijke norm met een vaste
reistijd doet echter geen recht aan de grote verschillen tussen regio\u2019s en zou leiden tot verplichtingen die
provincies niet kunnen waarmaken. Het kabinet neemt dit advies daarom niet over. In het Nationaal Plan
Bereikbaarheid zullen Rijk en provincies wel gezamenlijke streefwaarden per regio afspreken.</p>
<h2>Advies 2: structureel hogere rijksbijdrage voor het regionale ov</h2>
<p class="q">De raad adviseert het kabinet om de rijksbijdrage aan het regionale openbaar vervoer vanaf 2027
structureel te verhogen.</p>
<p>Het kabinet erkent dat de financi\u00eble positie van het regionale openbaar vervoer kwetsbaar is. Daarom stelt het
kabinet voor de jaren 2026 tot en met 2028 in totaal \u20ac 150 miljoen extra beschikbaar voor het behoud van
buslijnen in landelijke gebieden. Een structurele verhoging past niet binnen de huidige begrotingskaders; het kabinet
komt hierop terug bij de evaluatie van de brede doeluitkering in 2028.</p>
<h2>Advies 5 en 6: fiets en kennis</h2>
<p class="q">De raad adviseert de fiets als volwaardig onderdeel van het regionale mobiliteitssysteem te behandelen en
een kennis- en monitoringsprogramma vervoersarmoede op te zetten.</p>
<p>Het kabinet is het met de raad eens dat de fiets een grotere rol kan spelen. Via het Toekomstbeeld Fiets investeren
Rijk en regio tot 2030 al \u20ac 780 miljoen in snelfietsroutes en fietsenstallingen bij stations; bij de verdeling
van die middelen krijgen routes naar knooppunten in landelijke gebieden voortaan voorrang.</p>
<p>Over een kennis- en monitoringsprogramma ga ik in overleg met het Interprovinciaal Overleg. Het Kennisinstituut voor
Mobiliteitsbeleid verkent op mijn verzoek hoe vervoersarmoede kan worden gemeten. Op basis van die verkenning zal ik
bezien of een gezamenlijk programma nodig is.</p>
<h2>Advies 3: vraagafhankelijk vervoer in de concessies</h2>
<p>Dit advies is gericht aan de provincies en vervoerregio\u2019s, die als concessieverlener verantwoordelijk zijn voor
het regionale openbaar vervoer. Het kabinet laat de afweging dan ook aan hen. Het IPO heeft laten weten het advies
te betrekken bij de komende aanbestedingsronde.</p>
<h2>Overige punten uit het advies</h2>
<p>De raad wijst in zijn analyse op het tekort aan buschauffeurs. Het kabinet werkt met vervoerders en vakbonden aan
een arbeidsmarktagenda voor het openbaar vervoer, waarin onder meer afspraken worden gemaakt over opleiding en
zij-instroom van chauffeurs.</p>
</div>
"""


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="blind17nl_story_"))
    story_fonts(tmp)
    adv = DOCS / f"{NAME}_advice.pdf"
    build(ADV, adv, tmp)
    footnotes(adv, tmp, ADV_NOTES)
    stamp(adv, "Rli  |  Bereikbaar blijven", "{page}")
    resp = DOCS / f"{NAME}_response.pdf"
    build(RESP, resp, tmp, top=60)
    stamp(resp, "Kenmerk IENW/BSK-2025/214870", "Pagina {page} van {pages}", skip_first=False)
    shutil.rmtree(tmp, ignore_errors=True)
    print("written", NAME)


if __name__ == "__main__":
    main()

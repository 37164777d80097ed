"""Blind round 16 (nl), pair blind16_nl_ilt_prorail — PyMuPDF Story.

Advice: Inspectie Leefomgeving en Transport (ILT) rapport 'Veilig over bij storing?' on how ProRail handles
faults in level-crossing protection: cover, 'Inhoud' as plain lines (no table), Samenvatting, chapters with grey
'Casus' boxes and footnote marks (footnotes stamped at the page foot with PyMuPDF after layout), numbered
conclusions, then '4 Aanbevelingen' with 'Aan ProRail' (ordered list 1-5) and 'Aan de staatssecretaris van
Infrastructuur en Waterstaat' (ordered list starting at 6); stamped header and 'pagina N van M'.
Response: letter of ProRail's Raad van Bestuur to the inspecteur-generaal ('Reactie ProRail op het
inspectierapport …'), running paragraphs with bold run-in leads that paraphrase the recommendations in the order
3, 1, 2, 5, 4, a 'Feitelijke onjuistheden' paragraph, and nothing on 6 (addressed to the staatssecretaris).

Run from the repository root (venv outside the repo):
    python3 -m venv /tmp/blind16nlenv && /tmp/blind16nlenv/bin/pip install reportlab fpdf2 pymupdf fonttools
    /tmp/blind16nlenv/bin/python tests/docs/src/blind16/gen_nl_ilt_prorail_story.py
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pymupdf  # noqa: E402

from _nl_b16 import DOCS, stamp, story_css_fonts, story_fonts  # noqa: E402

NAME = "blind16_nl_ilt_prorail"
A4 = pymupdf.paper_rect("a4")

CSS_COMMON = """
body { font-family: lsans; font-size: 9.8pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 1.35; }
h1 { font-family: lsans; font-size: 15pt; color: #154273; margin-top: 4pt; margin-bottom: 8pt; }
h2 { font-family: lsans; font-size: 11pt; color: #154273; margin-top: 8pt; margin-bottom: 4pt; }
li { margin-bottom: 5pt; line-height: 1.35; }
.box { background-color: #e9eef4; padding: 6pt; margin-bottom: 8pt; }
.small { font-size: 8pt; }
.toc { margin-bottom: 3pt; }
"""


def build(html: str, out: Path, tmp: Path, *, top: float = 70, bottom: float = 95, left: float = 70,
          right: float = 70) -> None:
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
        page.draw_line((70, y), (180, y), width=0.5)
        y += 4
        for mark, text in items:
            r = pymupdf.Rect(70, y, A4.width - 70, y + 22)
            page.insert_textbox(r, f"{mark}  {text}", fontname="fnsans", fontfile=font, fontsize=7.5)
            y += 11 if len(text) < 120 else 20
    doc.subset_fonts()
    tmpf = path.with_suffix(".tmp.pdf")
    doc.save(tmpf, garbage=3, deflate=True)
    doc.close()
    tmpf.replace(path)


RECS_PR = [
    "Leg in de storingsprocedure vast binnen welke tijd een overwegpost ter plaatse moet zijn, en registreer die "
    "aanrijtijd bij iedere storing.",
    "Herstel storingen aan overwegen met een hoog risicoprofiel binnen twee uur, en rapporteer maandelijks over de "
    "gerealiseerde hersteltijden.",
    "Zorg dat treindienstleiders bij iedere storing direct beschikken over actuele informatie over de aard van de "
    "storing en de getroffen maatregelen ter plaatse.",
    "Vervang de verouderde relaisbeveiliging op de 120 overwegen met de meeste storingen versneld, in elk geval "
    "v\u00f3\u00f3r 2030.",
    "Maak met de vervoerders afspraken over het tijdig informeren van machinisten over een storing aan een "
    "overweg op hun route.",
]
REC_IENW = ("Neem in de beheerconcessie van ProRail een prestatie-indicator op voor de beschikbaarheid van "
            "overwegbeveiliging, en laat ProRail daarover jaarlijks rapporteren.")

ADV = f"""
<div style="height: 690pt">
<p style="font-size: 9pt; color: #154273; margin-top: 0"><b>Inspectie Leefomgeving en Transport</b><br/>
Ministerie van Infrastructuur en Waterstaat</p>
<p style="font-size: 26pt; color: #154273; margin-top: 190pt; line-height: 1.1"><b>Veilig over bij storing?</b></p>
<p style="font-size: 12.5pt">Onderzoek naar de afhandeling van storingen aan overwegbeveiliging door ProRail</p>
<p style="font-size: 9.5pt; margin-top: 250pt">Rapport  |  oktober 2025<br/>ILT-2025/0412</p>
</div>
<!--NEWPAGE-->
<h1>Inhoud</h1>
<p class="toc">Samenvatting .......................................................... 3</p>
<p class="toc">1  Inleiding .......................................................... 3</p>
<p class="toc">2  Bevindingen ........................................................ 4</p>
<p class="toc">3  Conclusies ......................................................... 4</p>
<p class="toc">4  Aanbevelingen ...................................................... 5</p>
<p class="toc">Bijlage  Onderzoeksverantwoording ..................................... 5</p>
<p class="small" style="margin-top: 380pt">De Inspectie Leefomgeving en Transport (ILT) houdt toezicht op de naleving van
wet- en regelgeving op het gebied van transport, infrastructuur, milieu en wonen. Dit rapport is opgesteld door
het domein Rail en Wegvervoer.<br/>Inspectie Leefomgeving en Transport, Postbus 16191, 2500 BD Den Haag \u2014
www.ilent.nl</p>
<!--NEWPAGE-->
<h1>Samenvatting</h1>
<p>Nederland telt ruim 2.400 beveiligde overwegen. Als de beveiliging van een overweg uitvalt, gaan de bomen niet
meer dicht of blijven ze juist gesloten. Treinen mogen de overweg dan alleen stapvoets passeren, en ProRail moet
zo snel mogelijk een overwegpost inzetten die het verkeer regelt. In 2024 waren er 1.912 storingen aan
overwegbeveiliging. Bij 14 daarvan ontstond een gevaarlijke situatie, waarbij weggebruikers de overweg
overstaken terwijl een trein naderde.</p>
<p>De ILT concludeert dat ProRail storingen in de meeste gevallen goed afhandelt, maar dat er te weinig zicht is
op hoe lang het duurt voordat een overwegpost ter plaatse is. Storingen aan overwegen met veel verkeer duren
soms langer dan een dag. Treindienstleiders en machinisten krijgen niet altijd tijdig de informatie die zij
nodig hebben. De ILT doet vijf aanbevelingen aan ProRail en \u00e9\u00e9n aan de staatssecretaris van
Infrastructuur en Waterstaat.</p>
<h1>1  Inleiding</h1>
<p>Op 11 februari 2025 reed een personenauto bij Nieuw-Amsterdam een overweg op waarvan de beveiliging al ruim
zes uur gestoord was. De trein kon op tijd stoppen; niemand raakte gewond. Het incident was voor de ILT
aanleiding om te onderzoeken hoe ProRail storingen aan overwegbeveiliging afhandelt.<sup>1</sup></p>
<p>De onderzoeksvraag luidde: <i>Handelt ProRail storingen aan overwegbeveiliging zo af dat de veiligheid van
weggebruikers en treinreizigers voldoende is geborgd?</i> De ILT heeft daarvoor de storingsregistratie over 2023
en 2024 geanalyseerd, gesprekken gevoerd met medewerkers van ProRail, NS en twee goederenvervoerders, en tien
storingen ter plaatse gevolgd.</p>
<!--NEWPAGE-->
<h1>2  Bevindingen</h1>
<h2>2.1  Aanrijtijd van de overwegpost</h2>
<p>Volgens de storingsprocedure van ProRail moet een overwegpost \u2018zo spoedig mogelijk\u2019 ter plaatse zijn. Een
normtijd ontbreekt. ProRail registreert wel het tijdstip van de melding en het tijdstip van herstel, maar niet
het moment waarop de overwegpost aankomt. Bij de tien gevolgde storingen varieerde de aanrijtijd van 25 minuten
tot bijna drie uur.</p>
<div class="box"><p><b>Casus \u2013 overweg Wierden</b></p>
<p>Op een dinsdagmiddag valt de beveiliging van een drukke overweg in de provinciale weg uit. De storingsmonteur is
binnen een uur ter plaatse, maar een overwegpost is pas na 2 uur en 40 minuten beschikbaar. In de tussentijd
passeren 23 treinen stapvoets en staan er lange files voor de gesloten bomen. Enkele automobilisten rijden om de
bomen heen.</p></div>
<h2>2.2  Hersteltijd</h2>
<p>De gemiddelde hersteltijd bedroeg in 2024 4,1 uur. Bij 9 procent van de storingen duurde het herstel langer
dan acht uur, vooral wanneer onderdelen van oude relaisbeveiligingen moesten worden besteld. ProRail maakt bij
het herstel geen onderscheid naar het risicoprofiel van de overweg.<sup>2</sup></p>
<h2>2.3  Informatie aan treindienstleiders en machinisten</h2>
<p>Treindienstleiders krijgen een melding dat een overweg gestoord is, maar niet welke maatregelen ter plaatse
zijn getroffen. Machinisten horen pas via de treindienstleider van de storing, soms pas vlak voor de overweg. In
vier van de tien gevolgde gevallen was de informatie aan de machinist onvolledig.</p>
<div class="box"><p><b>Casus \u2013 overweg Boxtel</b></p>
<p>Een machinist van een goederentrein krijgt te horen dat hij de overweg \u2018op zicht\u2019 moet passeren. Dat er
geen overwegpost aanwezig is, weet hij niet. Hij ziet pas op korte afstand dat een fietser de overweg
oversteekt en moet een snelremming maken.</p></div>
<h1>3  Conclusies</h1>
<p>1. ProRail heeft geen normtijd voor de inzet van een overwegpost en weet daardoor niet of de veiligheid bij een
storing tijdig is geborgd.</p>
<p>2. Storingen aan overwegen met een hoog risicoprofiel duren te lang. Een belangrijke oorzaak is de verouderde
relaisbeveiliging, waarvoor onderdelen niet direct beschikbaar zijn.</p>
<p>3. De informatievoorziening aan treindienstleiders en machinisten schiet tekort. Daardoor kunnen zij hun
rijgedrag niet altijd afstemmen op de situatie ter plaatse.</p>
<p>4. In de beheerconcessie van ProRail ontbreekt een sturingsinstrument voor de beschikbaarheid van
overwegbeveiliging.</p>
<!--NEWPAGE-->
<h1>4  Aanbevelingen</h1>
<p>Op basis van de conclusies doet de ILT de volgende aanbevelingen.</p>
<h2>Aan ProRail</h2>
<ol>
{"".join(f"<li>{r}</li>" for r in RECS_PR)}
</ol>
<h2>Aan de staatssecretaris van Infrastructuur en Waterstaat</h2>
<ol start="6">
<li>{REC_IENW}</li>
</ol>
<p>De ILT zal in 2026 nagaan wat er met deze aanbevelingen is gedaan.</p>
<h1>Bijlage  Onderzoeksverantwoording</h1>
<p>Het onderzoek is uitgevoerd tussen maart en augustus 2025. De ILT heeft de storingsregistratie van ProRail
over 2023 en 2024 opgevraagd op grond van artikel 5:16 van de Algemene wet bestuursrecht. Het conceptrapport is
voor een feitelijke reactie aan ProRail, NS en de goederenvervoerders voorgelegd. De bestuurlijke reactie van
ProRail is als afzonderlijk document gepubliceerd.</p>
"""

ADV_NOTES = [
    ("niemand raakte gewond", "1", "ILT-melding 2025-0219; het incident is ook door ProRail onderzocht."),
    ("risicoprofiel van de overweg.", "2", "ProRail deelt overwegen in vier risicoklassen in op basis van de "
     "verkeersintensiteit op de weg en het aantal treinen per uur (ALCAM-systematiek)."),
]

RESP = """
<p style="font-size: 16pt; color: #b8001c; margin-bottom: 2pt"><b>ProRail</b></p>
<p class="small" style="color: #555555">Moreelsepark 3 \u00b7 3511 EP Utrecht \u00b7 Postbus 2038 \u00b7 3500 GA Utrecht \u00b7 www.prorail.nl</p>
<p style="margin-top: 30pt">Inspectie Leefomgeving en Transport<br/>t.a.v. de inspecteur-generaal<br/>Postbus 16191<br/>
2500 BD  Den Haag</p>
<p style="margin-top: 16pt" class="small">Datum: 29 september 2025<br/>Ons kenmerk: RvB-2025-1187<br/>Uw kenmerk:
ILT-2025/0412<br/>Onderwerp: Reactie ProRail op het inspectierapport \u2018Veilig over bij storing?\u2019</p>
<p style="margin-top: 16pt">Geachte inspecteur-generaal,</p>
<p>Op 2 september 2025 ontvingen wij uw conceptrapport \u2018Veilig over bij storing?\u2019 met het verzoek om een
bestuurlijke reactie. ProRail herkent zich in het beeld dat de Inspectie schetst. Een storing aan een overweg is
voor weggebruikers en machinisten een onoverzichtelijke situatie, en elke minuut die een overweg onbewaakt is,
is er een te veel. Hieronder reageren wij op de aanbevelingen die de Inspectie aan ProRail doet.</p>
<p><b>Informatie voor treindienstleiders.</b> Wij zijn het met de Inspectie eens dat de treindienstleider bij een
storing alle relevante informatie direct moet hebben. Sinds 1 maart 2025 krijgen treindienstleiders in het
besturingssysteem automatisch te zien of er een overwegpost aanwezig is en welke maatregelen zijn getroffen.
Dit systeem is inmiddels op alle verkeersleidingsposten in gebruik genomen.</p>
<p><b>Aanrijtijd overwegpost.</b> ProRail neemt deze aanbeveling over. In de herziene storingsprocedure, die op 1
januari 2026 ingaat, geldt een normtijd van 45 minuten voor de inzet van een overwegpost bij overwegen in de
twee hoogste risicoklassen en 90 minuten voor de overige overwegen. De aankomsttijd van de overwegpost wordt
vanaf die datum bij iedere storing geregistreerd.</p>
<p><b>Hersteltijden.</b> Wij delen het doel om storingen aan de meest risicovolle overwegen sneller te verhelpen.
Een hersteltijd van twee uur is voor deze overwegen echter niet in alle gevallen haalbaar, omdat het herstel
vaak afhangt van de levering van onderdelen. ProRail gaat daarom uit van een maximale hersteltijd van vier uur
voor overwegen in de hoogste risicoklasse. Over de gerealiseerde hersteltijden rapporteren wij vanaf het eerste
kwartaal van 2026 maandelijks aan de Inspectie.</p>
<p><b>Informatie voor machinisten.</b> Het informeren van machinisten is een gedeelde verantwoordelijkheid van
ProRail en de vervoerders. Wij zullen dit onderwerp agenderen in het Overleg Spoorveiligheid met NS en de
goederenvervoerders en daarna bezien of aanvullende afspraken nodig zijn.</p>
<p><b>Vervanging van relaisbeveiliging.</b> ProRail vervangt de relaisbeveiliging van overwegen volgens een
programma dat is afgestemd op de levensduur van de installaties en op de beschikbare buitendienststellingen.
Versnelde vervanging van 120 overwegen v\u00f3\u00f3r 2030 zou betekenen dat andere onderhoudswerkzaamheden met
een grotere veiligheidswinst moeten worden uitgesteld. Wij achten dat niet verantwoord en volgen deze aanbeveling
daarom niet. Wel leggen wij voor de oudste installaties een grotere voorraad reserveonderdelen aan.</p>
<p><b>Feitelijke onjuistheden.</b> In de samenvatting wordt gesproken van 14 gevaarlijke situaties in 2024.
Volgens onze registratie ging het om 12 situaties; in twee gevallen was de overweg op dat moment al door een
overwegpost afgesloten. Wij vragen u dit in het definitieve rapport te corrigeren.</p>
<p>Wij danken de Inspectie voor het zorgvuldige onderzoek en zijn graag bereid de opvolging van de aanbevelingen
in 2026 met u te bespreken.</p>
<p style="margin-top: 12pt">Met vriendelijke groet,</p>
<p style="margin-top: 24pt">ir. W.J.M. van Asselt<br/>president-directeur ProRail</p>
"""


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="blind16nl_story_"))
    story_fonts(tmp)
    adv = DOCS / f"{NAME}_advice.pdf"
    build(ADV, adv, tmp)
    footnotes(adv, tmp, ADV_NOTES)
    stamp(adv, "ILT  |  Veilig over bij storing?  |  oktober 2025", "pagina {page} van {pages}")
    resp = DOCS / f"{NAME}_response.pdf"
    build(RESP, resp, tmp, top=60)
    stamp(resp, "ProRail  |  RvB-2025-1187", "{page}/{pages}")
    shutil.rmtree(tmp, ignore_errors=True)
    print("written", NAME)


if __name__ == "__main__":
    main()

"""Blind round 13, pair ``blind13_nl_staatscommissie``: a staatscommissie's final report and the kabinetsstandpunt.

Engine: PyMuPDF Story (HTML + CSS laid out by MuPDF), fonts DejaVu Serif / DejaVu Sans from /usr/share/fonts via a
pymupdf.Archive; running headers and page numbers are added afterwards with Page.insert_text.
Run from the repository root with a Python that has pymupdf, e.g.
    /tmp/blind13nlenv/bin/python tests/docs/src/blind13/gen_nl_staatscommissie_story.py
Writes tests/docs/blind13_nl_staatscommissie_advice.pdf and tests/docs/blind13_nl_staatscommissie_response.pdf.
"""
from __future__ import annotations

import io
from pathlib import Path

import pymupdf

DOCS = Path(__file__).resolve().parents[2]
ARCH = pymupdf.Archive("/usr/share/fonts/truetype/dejavu")
CSS = """
@font-face {font-family: ser; src: url(DejaVuSerif.ttf);}
@font-face {font-family: ser; src: url(DejaVuSerif-Bold.ttf); font-weight: bold;}
@font-face {font-family: ser; src: url(DejaVuSerif-Italic.ttf); font-style: italic;}
@font-face {font-family: san; src: url(DejaVuSans.ttf);}
@font-face {font-family: san; src: url(DejaVuSans-Bold.ttf); font-weight: bold;}
@font-face {font-family: san; src: url(DejaVuSans-Oblique.ttf); font-style: italic;}
body {font-family: ser; font-size: 9.6pt; line-height: 1.42;}
p {margin: 0 0 6pt 0; text-align: justify;}
h1 {font-family: san; font-size: 15pt; font-weight: bold; color: #1F4E5F; margin: 10pt 0 8pt 0;}
h2 {font-family: san; font-size: 11pt; font-weight: bold; color: #1F4E5F; margin: 9pt 0 4pt 0;}
h3 {font-family: san; font-size: 9.8pt; font-weight: bold; margin: 7pt 0 3pt 0;}
ol {margin: 0 0 6pt 0;}
li {margin: 0 0 4pt 0; text-align: justify;}
.q {font-style: italic; margin: 2pt 0 5pt 16pt; color: #333333;}
"""

A4 = pymupdf.paper_rect("a4")


def render(html: str, out: Path, *, header: str, footer: str, cover: bool, margins=(62, 70, 62, 62)) -> None:
    """Lay out ``html`` on A4 pages, then stamp a running header and a page number on every page (not the cover)."""
    story = pymupdf.Story(html=html, user_css=CSS, archive=ARCH)
    buf = io.BytesIO()
    writer = pymupdf.DocumentWriter(buf)
    where = pymupdf.Rect(margins[0], margins[1], A4.width - margins[2], A4.height - margins[3])
    more = 1
    while more:
        dev = writer.begin_page(A4)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open("pdf", buf.getvalue())
    total = len(doc)
    for i, page in enumerate(doc):
        if cover and i == 0:
            continue
        page.insert_text((62, 42), header, fontsize=7.5, fontname="helv", color=(0.35, 0.35, 0.35))
        page.draw_line((62, 47), (A4.width - 62, 47), color=(0.6, 0.6, 0.6), width=0.4)
        text = footer.format(page=i + 1, total=total)
        w = pymupdf.get_text_length(text, fontname="helv", fontsize=8)
        page.insert_text(((A4.width - w) / 2, A4.height - 32), text, fontsize=8, fontname="helv",
                         color=(0.35, 0.35, 0.35))
    doc.subset_fonts()
    doc.set_metadata({"title": header, "creationDate": "D:20250301000000", "modDate": "D:20250301000000"})
    doc.save(out, garbage=3, deflate=True, no_new_id=True)


RECS = [
    "Draag geen nieuwe taken aan gemeenten over zonder een onafhankelijke toets op uitvoerbaarheid, "
    "bestuurskracht en benodigde middelen.",
    "Stel wettelijk vast welke minimale ambtelijke capaciteit een gemeente voor haar kerntaken moet organiseren, "
    "en geef gemeenten die daar niet aan voldoen vijf jaar om dat alsnog te doen, zelfstandig of in samenwerking.",
    "Vervang de trap-op-trap-af-systematiek door een normering die gemeenten voor ten minste vier jaar zekerheid "
    "geeft over de omvang van het gemeentefonds.",
    "Verruim het eigen belastinggebied van gemeenten met ten minste twee miljard euro, gecompenseerd door een "
    "lagere uitkering uit het gemeentefonds.",
    "Schaf specifieke uitkeringen met een looptijd korter dan vier jaar af en voeg de middelen toe aan het "
    "gemeentefonds.",
    "Geef gemeenteraden meer zeggenschap over gemeenschappelijke regelingen, onder meer door een recht op een "
    "jaarlijkse verantwoording door het algemeen bestuur van iedere regeling.",
    "Verruim het Beleidskader gemeentelijke herindeling, zodat herindelingen die van onderop worden voorbereid "
    "sneller en met financiële steun van het Rijk tot stand kunnen komen.",
    "Investeer als gemeenten zelf in de ondersteuning van de gemeenteraad, onder meer door een sterke griffie en "
    "door scholing van raadsleden aan het begin van iedere raadsperiode.",
]


def ol(start, items):
    lis = "".join(f"<li><b>{t}</b></li>" for t in items)
    return f'<ol start="{start}">{lis}</ol>'


ADVICE = f"""
<div style="font-family: san; margin-top: 120pt">
<p style="font-size: 10pt; color: #1F4E5F; text-align: left"><b>STAATSCOMMISSIE BESTUURSKRACHT GEMEENTEN</b></p>
<p style="font-size: 25pt; line-height: 1.2; margin-top: 40pt; text-align: left"><b>Sterk lokaal bestuur, dichtbij de inwoner</b></p>
<p style="font-size: 13pt; text-align: left">Eindrapport</p>
<p style="font-size: 9.5pt; margin-top: 150pt; text-align: left">Den Haag, 28 november 2024</p>
</div>
<h1 style="page-break-before: always">Inhoudsopgave</h1>
<p style="text-align: left">Voorwoord &#160;&#160;&#160; 3<br/>Samenvatting &#160;&#160;&#160; 3<br/>Overzicht van de aanbevelingen &#160;&#160;&#160; 3<br/>1 &#160;Opdracht en werkwijze &#160;&#160;&#160; 4<br/>2 &#160;Taken en bevoegdheden &#160;&#160;&#160; 4<br/>3 &#160;Financiën &#160;&#160;&#160; 4<br/>4 &#160;Samenwerking en democratie &#160;&#160;&#160; 4</p>
<h1 style="page-break-before: always">Voorwoord</h1>
<p>Gemeenten zijn de overheid die het dichtst bij de inwoner staat. In de afgelopen tien jaar kregen zij er grote taken bij, op het gebied van zorg, jeugd, werk en de omgevingswet. Veel gemeenten kunnen die taken met moeite aan. De commissie heeft twee jaar gesproken met burgemeesters, raadsleden, ambtenaren, inwoners en wetenschappers. Ik dank hen allen voor hun openheid.</p>
<p style="text-align: left"><i>Mr. dr. H.J. Veenstra, voorzitter</i></p>
<h1>Samenvatting</h1>
<p>De Staatscommissie Bestuurskracht Gemeenten is in 2022 ingesteld om te onderzoeken of gemeenten, in het bijzonder kleine en middelgrote gemeenten, hun taken nu en in de toekomst goed kunnen uitvoeren. De commissie concludeert dat de bestuurskracht van gemeenten onder druk staat. Dat ligt niet alleen aan de gemeenten zelf. Het Rijk heeft taken overgedragen zonder voldoende middelen en zonder te toetsen of gemeenten ze konden uitvoeren, de financiering is onvoorspelbaar en de vele samenwerkingsverbanden onttrekken zich aan de controle van de gemeenteraad.</p>
<p>De commissie kiest niet voor een nieuwe ronde van grootschalige herindelingen van bovenaf. Zij kiest voor een betrouwbare verhouding tussen Rijk en gemeenten, voor gemeenten die zelf meer financiële ruimte hebben en voor versterking van de lokale democratie. Haar acht aanbevelingen staan hieronder op een rij.</p>
<h1>Overzicht van de aanbevelingen</h1>
<h3>Taken en bevoegdheden (hoofdstuk 2)</h3>
{ol(1, RECS[0:2])}
<h3>Financiën (hoofdstuk 3)</h3>
{ol(3, RECS[2:5])}
<h3>Samenwerking en democratie (hoofdstuk 4)</h3>
{ol(6, RECS[5:8])}
<h1>1 &#160;Opdracht en werkwijze</h1>
<p>Bij Koninklijk Besluit van 14 maart 2022 kreeg de commissie de opdracht om te onderzoeken (a) welke factoren de bestuurskracht van gemeenten bepalen, (b) hoe de verhouding tussen Rijk en gemeenten in dat licht moet worden ingericht en (c) welke rol samenwerking en herindeling daarbij kunnen spelen. De commissie bezocht 34 gemeenten, hield vijf regionale bijeenkomsten en liet onderzoek doen door het Centraal Planbureau en de Universiteit Twente.</p>
<h1>2 &#160;Taken en bevoegdheden</h1>
<p>Sinds de decentralisaties van 2015 is het aantal wettelijke taken van gemeenten met ongeveer een derde gegroeid. Bij geen van die overdrachten is vooraf onafhankelijk getoetst of gemeenten de taak met de beschikbare mensen en middelen konden uitvoeren. Kleine gemeenten hebben voor sommige taken niet meer dan één of twee ambtenaren; bij ziekte of vertrek valt de uitvoering stil. De commissie vindt het niet langer verantwoord dat dit toeval is. Zij stelt daarom een onafhankelijke toets voor bij nieuwe taken (aanbeveling 1) en een wettelijke ondergrens voor de ambtelijke capaciteit (aanbeveling 2).</p>
<h1>3 &#160;Financiën</h1>
<p>Het gemeentefonds beweegt via de zogenoemde trap-op-trap-af-systematiek mee met de uitgaven van het Rijk. Daardoor weten gemeenten vaak pas laat hoeveel geld zij krijgen. Bovendien is een steeds groter deel van het geld geoormerkt in tijdelijke specifieke uitkeringen, die veel verantwoordingslasten meebrengen. Het eigen belastinggebied van Nederlandse gemeenten is met ongeveer 9 procent van de inkomsten klein in Europees perspectief. Deze drie problemen hangen samen; de commissie doet er drie aanbevelingen over (3 tot en met 5).</p>
<h1>4 &#160;Samenwerking en democratie</h1>
<p>Gemeenten werken in gemiddeld 32 gemeenschappelijke regelingen samen. Raadsleden zeggen die regelingen nauwelijks te kunnen controleren. Waar samenwerking niet volstaat, kan een herindeling uitkomst bieden, maar het huidige beleidskader maakt herindelingen die van onderop komen traag en kostbaar. Tot slot vraagt de commissie de gemeenten zelf om te investeren in de positie van de raad. Een gemeenteraad die goed is ondersteund, is de beste waarborg voor bestuurskracht.</p>
"""

R_CSS_NOTE = ""


def quote(n, text):
    return f'<p class="q">{n}. {text}</p>'


RESPONSE = f"""
<p style="font-family: san; font-size: 8.5pt; color: #154273; text-align: left"><b>Ministerie van Binnenlandse Zaken en Koninkrijksrelaties</b></p>
<h1 style="margin-top: 18pt">Kabinetsstandpunt over het eindrapport van de Staatscommissie Bestuurskracht Gemeenten</h1>
<h2>1. Inleiding</h2>
<p>Op 28 november 2024 heeft de Staatscommissie Bestuurskracht Gemeenten haar eindrapport &#8216;Sterk lokaal bestuur, dichtbij de inwoner&#8217; aangeboden aan de minister van Binnenlandse Zaken en Koninkrijksrelaties. Het kabinet is de commissie zeer erkentelijk voor haar grondige werk. In dit standpunt geeft het kabinet eerst zijn waardering van de analyse weer en gaat het daarna in op de aanbevelingen. Dit standpunt is tot stand gekomen na overleg met de VNG, het IPO en de Raad voor het Openbaar Bestuur.</p>
<h2>2. Waardering en hoofdlijnen</h2>
<p>Het kabinet deelt de kern van de analyse: de bestuurskracht van gemeenten staat onder druk, en het Rijk draagt daar zelf een deel van de verantwoordelijkheid voor. Het kabinet kiest net als de commissie niet voor herindeling van bovenaf. Tegelijk wijst het kabinet erop dat sommige voorstellen grote gevolgen hebben voor de rijksbegroting en voor de verhouding tussen Rijk en gemeenten, en daarom zorgvuldig moeten worden uitgewerkt.</p>
<h2>3. Standpunt per aanbeveling</h2>
<h3>Aanbeveling 1</h3>
{quote(1, RECS[0])}
<p>Het kabinet neemt deze aanbeveling over. Vanaf 1 januari 2026 wordt ieder wetsvoorstel dat gemeenten een nieuwe taak geeft vooraf voorgelegd aan de Raad voor het Openbaar Bestuur, die toetst of de taak uitvoerbaar is en of de middelen toereikend zijn. Het kabinet legt dit vast in de Aanwijzingen voor de regelgeving.</p>
<h3>Aanbeveling 2</h3>
{quote(2, RECS[1])}
<p>Het kabinet onderschrijft dat iedere gemeente over voldoende ambtelijke capaciteit moet beschikken. Een wettelijke ondergrens acht het kabinet echter een te grof middel: de benodigde capaciteit verschilt sterk per gemeente en per taak. In plaats daarvan ontwikkelt het ministerie samen met de VNG een bestuurskrachtmonitor, die vanaf 2026 jaarlijks laat zien waar de capaciteit tekortschiet. Gemeenten die structureel onder de maat blijven, worden ondersteund bij het vormen van een samenwerking. Een termijn van vijf jaar koppelt het kabinet daar niet aan.</p>
<h3>Aanbevelingen 3, 4 en 5</h3>
{quote(3, RECS[2])}
{quote(4, RECS[3])}
{quote(5, RECS[4])}
<p>Deze drie aanbevelingen betreffen de financiële verhouding tussen Rijk en gemeenten. Het kabinet bespreekt ze in samenhang.</p>
<p>Voorspelbaarheid is voor gemeenten van groot belang. Het kabinet neemt aanbeveling 3 over en introduceert met ingang van 2027 een nieuwe normeringssystematiek, waarbij de groei van het gemeentefonds steeds voor vier jaar wordt vastgelegd aan het begin van een kabinetsperiode.</p>
<p>Ook de wens om het eigen belastinggebied te vergroten deelt het kabinet, maar het kiest voor een kleinere stap dan de commissie voorstelt. Met ingang van 2028 wordt het belastinggebied met 1 miljard euro verruimd via een nieuwe ingezetenenbelasting, met een overeenkomstige verlaging van de uitkering uit het gemeentefonds. Na evaluatie in 2031 besluit een volgend kabinet over een verdere stap.</p>
<p>Aanbeveling 5 neemt het kabinet niet over. Tijdelijke specifieke uitkeringen blijven in sommige gevallen het aangewezen instrument, bijvoorbeeld bij een crisis of bij een opgave die zich in een beperkt aantal gemeenten voordoet. Het kabinet zal wel de verantwoordingslasten beperken door de verantwoording over alle specifieke uitkeringen te laten lopen via de bestaande SiSa-systematiek.</p>
<h3>Aanbeveling 6</h3>
{quote(6, RECS[5])}
<p>Het kabinet steunt deze aanbeveling. De Wet gemeenschappelijke regelingen wordt zo aangepast dat het algemeen bestuur van iedere regeling jaarlijks verantwoording aflegt aan de deelnemende raden. Een wetsvoorstel gaat voor de zomer van 2026 in internetconsultatie.</p>
<h3>Aanbeveling 7</h3>
{quote(7, RECS[6])}
<p>Over deze aanbeveling neemt het kabinet nu nog geen besluit. Het Beleidskader gemeentelijke herindeling wordt op dit moment geëvalueerd; de resultaten worden eind 2025 verwacht. Het kabinet wacht die evaluatie af en zal de voorstellen van de commissie daarbij betrekken.</p>
<h2>4. Vervolg</h2>
<p>Het kabinet richt een programma &#8216;Sterk lokaal bestuur&#8217; in, waarin het ministerie van BZK samen met de VNG de uitwerking van dit standpunt ter hand neemt. Over de voortgang wordt de Tweede Kamer medio 2026 per brief geïnformeerd. De financiële gevolgen van dit standpunt worden verwerkt in de Voorjaarsnota 2026.</p>
"""


if __name__ == "__main__":
    render(ADVICE, DOCS / "blind13_nl_staatscommissie_advice.pdf",
           header="Staatscommissie Bestuurskracht Gemeenten  \u2014  Eindrapport", footer="{page}", cover=True)
    render(RESPONSE, DOCS / "blind13_nl_staatscommissie_response.pdf",
           header="Kabinetsstandpunt eindrapport Staatscommissie Bestuurskracht Gemeenten",
           footer="- {page} -", cover=False)
    print("written")

"""Round 26 (nl): report of an (invented) evaluation committee on the Wet goed verhuurderschap, with UNNUMBERED
recommendations that open with bold run-in labels ('Handhavingscapaciteit.') under two addressee sub-headings, and
the minister's Kamerbrief with the kabinetsstandpunt per theme (two recommendations per section, with different
verdicts). Engine: PyMuPDF Story (DejaVu Serif copies without GSUB, so no ligatures)."""
import os
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(__file__))
import _b26nl as B  # noqa: E402

NAME = "blind26_nl_wetsevaluatie"
SYS = "/usr/share/fonts/truetype/dejavu/"
FD = "/tmp/b26nl_fonts/"
FILES = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def nolig_fonts():
    from fontTools.ttLib import TTFont
    os.makedirs(FD, exist_ok=True)
    for f in FILES:
        font = TTFont(SYS + f)
        if "GSUB" in font:
            del font["GSUB"]
        font.save(FD + f)


CSS = """
@font-face { font-family: DS; src: url(DejaVuSerif.ttf); }
@font-face { font-family: DS; src: url(DejaVuSerif-Bold.ttf); font-weight: bold; }
@font-face { font-family: DS; src: url(DejaVuSerif-Italic.ttf); font-style: italic; }
@font-face { font-family: DH; src: url(DejaVuSans-Bold.ttf); font-weight: bold; }
@font-face { font-family: DH; src: url(DejaVuSans.ttf); }
body { font-family: DS; font-variant-ligatures: none; font-size: 9.5pt; line-height: 1.4; }
p { margin: 0 0 7pt 0; text-align: left; }
h1 { font-family: DH; font-weight: bold; font-size: 14pt; margin: 14pt 0 6pt 0; color: #00467f; }
h2 { font-family: DH; font-weight: bold; font-size: 10.5pt; margin: 10pt 0 4pt 0; color: #00467f; }
.note { font-size: 7.5pt; line-height: 1.25; margin: 0 0 2pt 0; }
.meta { font-family: DH; font-size: 8pt; color: #444444; }
td { font-size: 8.5pt; padding: 2pt 6pt 2pt 0; vertical-align: top; }
"""


def render(fname, html, head, foot, title):
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive(FD))
    w = pymupdf.DocumentWriter(B.out(fname))
    rect = pymupdf.paper_rect("a4")
    where = rect + (70, 72, -70, -66)
    more = 1
    while more:
        dev = w.begin_page(rect)
        more, _ = story.place(where)
        story.draw(dev)
        w.end_page()
    w.close()
    doc = pymupdf.open(B.out(fname))
    n = len(doc)
    for i, pg in enumerate(doc):
        pg.insert_font(fontname="ds", fontfile=FD + "DejaVuSans.ttf")
        pg.insert_text((70, 44), head, fontsize=7.5, fontname="ds", color=(0.3, 0.3, 0.3))
        pg.draw_line((70, 50), (525, 50), color=(0.0, 0.27, 0.5), width=0.6)
        pg.insert_text((70, 808), foot, fontsize=7.5, fontname="ds", color=(0.3, 0.3, 0.3))
        t = f"- {i + 1} -"
        pg.insert_text((297.5 - pymupdf.get_text_length(t, "helv", 7.5) / 2, 822), t, fontsize=7.5, fontname="ds")
    doc.set_metadata({"title": title, "producer": "PyMuPDF Story", "creationDate": "", "modDate": ""})
    doc.subset_fonts()
    tmp = B.out(fname) + ".tmp"
    doc.save(tmp, garbage=3, deflate=True, no_new_id=True)
    doc.close()
    os.replace(tmp, B.out(fname))


def R(label, text):
    return f"<p><b>{label}</b> {text}</p>"


ADVICE = f"""
<p class="meta">Evaluatiecommissie Wet goed verhuurderschap &#183; eindrapport &#183; september 2025</p>
<h1 style="font-size:19pt; color:#00467f">Goed verhuren, beter handhaven</h1>
<p><i>Evaluatie van de Wet goed verhuurderschap, twee jaar na inwerkingtreding. Aangeboden aan de minister van
Volkshuisvesting en Ruimtelijke Ordening.</i></p>
<table><tr><td>Commissie</td><td>prof. mr. I.M. Scholten (voorzitter), drs. K. Ait Taleb, mr. P.J.H. Brink</td></tr>
<tr><td>Secretariaat</td><td>mr. S.L. Veenstra</td></tr><tr><td>Datum</td><td>22 september 2025</td></tr></table>
<h1>1 Inleiding</h1>
<p>De Wet goed verhuurderschap trad op 1 juli 2023 in werking. De wet verplicht iedere verhuurder tot een aantal
algemene regels, zoals een schriftelijke huurovereenkomst, informatie over de servicekosten en een verbod op
discriminatie, en geeft gemeenten de mogelijkheid een verhuurvergunning in te voeren. Artikel 21 van de wet
schrijft een evaluatie binnen twee jaar voor.<sup>1</sup> De minister stelde daartoe in januari 2025 een
onafhankelijke commissie in.</p>
<p>De commissie heeft de wetsgeschiedenis en de gemeentelijke verordeningen bestudeerd, een enquête gehouden onder
alle gemeenten (respons 61 procent) en gesproken met huurders, verhuurders, gemeenten, de Huurcommissie en
belangenorganisaties van arbeidsmigranten. Daarnaast zijn in vijf gemeenten casestudies uitgevoerd.</p>
<h1>2 De wet in de praktijk</h1>
<p>Het beeld is gemengd. De algemene regels zijn bij grote verhuurders goed bekend, bij kleine particuliere
verhuurders veel minder. Van de gemeenten heeft 83 procent het verplichte meldpunt ingericht; de overige gemeenten
verwijzen naar een regionaal meldpunt. Slechts 19 gemeenten hebben een verhuurvergunning ingevoerd.<sup>2</sup></p>
<p>Het aantal meldingen loopt sterk uiteen: van minder dan tien per jaar in kleine gemeenten tot ruim 2.400 in
Rotterdam. Veel huurders melden niet, uit angst voor represailles. Arbeidsmigranten die via hun werkgever wonen,
melden vrijwel nooit.</p>
<h1>3 Toezicht en handhaving</h1>
<p>Gemeenten geven aan dat zij onvoldoende capaciteit hebben om meldingen te onderzoeken. Gemiddeld is in een
middelgrote gemeente 0,6 fte beschikbaar. In 2024 legden gemeenten samen 214 bestuurlijke boetes op; bij
verhuurders met veel woningen wegen de boetes volgens gemeenten niet op tegen de opbrengsten van overtredingen.</p>
<h1>4 Conclusies</h1>
<p>De commissie concludeert dat de wet in grote lijnen doet waarvoor zij bedoeld is, maar dat de werking wordt
beperkt door te weinig handhaving, door drempels bij de verhuurvergunning en door een zwakke positie van
arbeidsmigranten. Een ingrijpende wijziging van de wet acht zij niet nodig.</p>
<h1>5 Aanbevelingen</h1>
<p>De commissie doet de volgende aanbevelingen. Zij zijn niet in volgorde van belangrijkheid geplaatst.</p>
<h2>Aan de minister van Volkshuisvesting en Ruimtelijke Ordening</h2>
{R("Handhavingscapaciteit.", "Geef gemeenten een structurele financiële bijdrage voor het toezicht op verhuurders, gekoppeld aan het aantal huurwoningen in de gemeente. De huidige tijdelijke middelen lopen in 2026 af.")}
{R("Verhuurvergunning.", "Maak het voor gemeenten eenvoudiger een verhuurvergunning in te voeren door de eis van een onderbouwing per wijk te laten vervallen. Die eis kost gemeenten veel onderzoek en leidt tot versnippering.")}
{R("Meldpunt.", "Verplicht elke gemeente om een laagdrempelig meldpunt in te richten dat ook anonieme meldingen in behandeling neemt.")}
{R("Arbeidsmigranten.", "Breng de huisvesting van arbeidsmigranten door werkgevers onder dezelfde regels als reguliere verhuur, ook als de woonruimte deel uitmaakt van de arbeidsovereenkomst.<sup>3</sup>")}
{R("Boetes.", "Verhoog de maximale bestuurlijke boete voor verhuurders die herhaaldelijk de regels overtreden tot 100.000 euro.")}
<h2>Aan de gemeenten</h2>
{R("Samenwerking.", "Werk in de regio samen bij het toezicht, zodat kleinere gemeenten gebruik kunnen maken van de kennis en capaciteit van grotere.")}
{R("Voorlichting.", "Informeer huurders actief over hun rechten, in ieder geval ook in de talen die de grootste groepen arbeidsmigranten in de gemeente spreken.")}
<h1>6 Tot besluit</h1>
<p>De commissie dankt allen die aan de evaluatie hebben bijgedragen. Zij hoopt dat de evaluatie bijdraagt aan een
huurmarkt waarin iedere huurder erop kan vertrouwen dat de verhuurder zich aan de regels houdt.</p>
<hr/>
<p class="note">1 Stb. 2023, 130. De evaluatie betreft de periode 1 juli 2023 tot en met 30 juni 2025.</p>
<p class="note">2 Peildatum 1 mei 2025. Vier gemeenten bereiden een vergunning voor.</p>
<p class="note">3 Zie ook het advies van het Aanjaagteam Bescherming Arbeidsmigranten uit 2020.</p>
"""

RESPONSE = f"""
<p class="meta">Ministerie van Volkshuisvesting en Ruimtelijke Ordening</p>
<p style="font-size:8.5pt">&gt; Retouradres Postbus 20011 2500 EA Den Haag</p>
<p>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag</p>
<table><tr><td>Datum</td><td>28 november 2025</td></tr>
<tr><td>Betreft</td><td>Kabinetsstandpunt evaluatie Wet goed verhuurderschap</td></tr>
<tr><td>Ons kenmerk</td><td>2025-0000671204</td></tr></table>
<p></p>
<p>Geachte voorzitter,</p>
<p>Hierbij bied ik u het eindrapport aan van de Evaluatiecommissie Wet goed verhuurderschap, en geef ik het
kabinetsstandpunt daarover. Ik dank de commissie voor haar grondige werk en voor de heldere aanbevelingen.</p>
<h1>1 Hoofdlijnen van de evaluatie</h1>
<p>De commissie concludeert dat de wet in grote lijnen werkt, maar dat handhaving achterblijft. Ik herken dat
beeld. Ik ben blij dat de commissie geen ingrijpende wijziging van de wet nodig acht; gemeenten en verhuurders
hebben baat bij stabiele regels.</p>
<h1>2 Kabinetsstandpunt</h1>
<h2>Toezicht en handhaving</h2>
<p>De commissie wijst terecht op de beperkte capaciteit bij gemeenten. Het kabinet neemt de aanbeveling om gemeenten
structureel te ondersteunen in beginsel over, maar niet in de vorm van een geoormerkte bijdrage. Vanaf 2027 wordt
structureel 20 miljoen euro per jaar aan het Gemeentefonds toegevoegd; gemeenten bepalen zelf hoe zij die middelen
inzetten. Een verdeling naar het aantal huurwoningen neem ik daarbij niet over, omdat de fondsbeheerders een
verdeelsleutel hanteren die ook de woningvoorraad in kleine kernen meeweegt.</p>
<p>Over de hoogte van de boetes merk ik het volgende op. Ik begrijp de wens van gemeenten, maar een verhoging van
de boete in één wet los van andere volkshuisvestingswetten vind ik niet wenselijk. Ik zal de aanbeveling betrekken
bij de herziening van het boetestelsel in de volkshuisvesting, waarover ik uw Kamer in 2026 informeer.</p>
<h2>Instrumenten voor gemeenten</h2>
<p>Over het meldpunt: gemeenten zijn sinds 1 juli 2023 al verplicht een meldpunt te hebben. Ik neem de aanbeveling
over wat de anonieme meldingen betreft. Met de eerstvolgende wijziging van het Besluit goed verhuurderschap, die per
1 januari 2027 in werking treedt, wordt geregeld dat het meldpunt ook anonieme meldingen onderzoekt.</p>
<p>De commissie stelt verder voor de eis van een onderbouwing per wijk te laten vervallen. Ik deel de zorg van de
commissie dat weinig gemeenten een vergunning invoeren, maar niet de conclusie dat de onderbouwingseis de oorzaak
is. Een vergunningplicht beperkt het eigendomsrecht van verhuurders; de onderbouwing per gebied is nodig om die
beperking te rechtvaardigen. Het kabinet handhaaft daarom de huidige eis en zal gemeenten wel helpen met een
modelonderbouwing.</p>
<h2>Arbeidsmigranten</h2>
<p>Het kabinet neemt de aanbeveling over huisvesting door werkgevers over. In het voorjaar van 2026 dien ik een
wetsvoorstel in dat de koppeling tussen arbeidsovereenkomst en huurovereenkomst verbiedt en de regels voor goed
verhuurderschap onverkort van toepassing verklaart.<sup>1</sup></p>
<p>De commissie richt zich ook tot de gemeenten, met het advies om in de regio samen te werken bij het toezicht.
Dat is een zaak voor de gemeenten zelf. De VNG heeft mij laten weten dat zij dit advies onder de aandacht van
haar leden brengt; ik neem daar kennis van.</p>
<h1>3 Vervolg</h1>
<p>Over de uitvoering van deze toezeggingen informeer ik uw Kamer in de jaarlijkse Staat van de Volkshuisvesting. De
volgende evaluatie van de wet is voorzien in 2030.</p>
<p>De minister van Volkshuisvesting en Ruimtelijke Ordening,</p>
<p><br/>mr. E.W.M. Lindhout</p>
<hr/>
<p class="note">1 Dit voorstel wordt voorbereid samen met de minister van Sociale Zaken en Werkgelegenheid.</p>
"""

RECS = [
    ("1", "Geef gemeenten een structurele financiële bijdrage voor het toezicht op", "maar niet in de vorm van een geoormerkte bijdrage", "partly"),
    ("2", "Maak het voor gemeenten eenvoudiger een verhuurvergunning in te voeren", "Het kabinet handhaaft daarom de huidige eis", "disagrees"),
    ("3", "Verplicht elke gemeente om een laagdrempelig meldpunt in te richten", "wordt geregeld dat het meldpunt ook anonieme meldingen onderzoekt", "agrees"),
    ("4", "Breng de huisvesting van arbeidsmigranten door werkgevers onder dezelfde regels", "de koppeling tussen arbeidsovereenkomst en huurovereenkomst verbiedt", "agrees"),
    ("5", "Verhoog de maximale bestuurlijke boete voor verhuurders die herhaaldelijk", "bij de herziening van het boetestelsel in de volkshuisvesting", "noted"),
    ("6", "Werk in de regio samen bij het toezicht, zodat kleinere gemeenten", "Dat is een zaak voor de gemeenten zelf", "noted"),
    ("7", "Informeer huurders actief over hun rechten, in ieder geval ook", None, "unanswered"),
]
UNMATCHED = [
    "Ik dank de commissie voor haar grondige werk",
    "Ik ben blij dat de commissie geen ingrijpende wijziging",
    "informeer ik uw Kamer in de jaarlijkse Staat van de Volkshuisvesting",
]
NOTES = ("Invented evaluation-committee report on a real law's workings (PyMuPDF Story, serif DejaVu without GSUB, "
         "'- n -' page numbers, running header, footnotes under a rule). The seven recommendations are UNNUMBERED "
         "paragraphs opening with a bold run-in LABEL that is a topic word ('Handhavingscapaciteit.', "
         "'Verhuurvergunning.', 'Meldpunt.', ...), five under 'Aan de minister ...' and two under 'Aan de gemeenten'; "
         "numbered 1-7 in document order; recs 1 and 2 carry a second, explanatory sentence. Response: Kamerbrief "
         "'Kabinetsstandpunt' with its OWN numbered chapters (1 Hoofdlijnen, 2 Kabinetsstandpunt, 3 Vervolg: numbers "
         "collide with recommendations 1-3) and theme sub-headings that hold TWO replies each with different verdicts, "
         "in another order: 1 'in beginsel over, maar niet in de vorm van een geoormerkte bijdrage' (partly) and 5 "
         "'zal de aanbeveling betrekken bij de herziening' (noted); 3 'al verplicht ... neem de aanbeveling over wat de "
         "anonieme meldingen betreft', by 1 January 2027 (agrees) and 2 'deel de zorg ... maar niet de conclusie', "
         "'handhaaft daarom de huidige eis' (disagrees); 4 bill in spring 2026 (agrees) and 6 'een zaak voor de "
         "gemeenten zelf', VNG, 'neem daar kennis van' (noted). 7 (information in migrants' languages) unanswered. "
         "Opening, 'Hoofdlijnen' and 'Vervolg' answer nothing.")

if __name__ == "__main__":
    nolig_fonts()
    render(NAME + "_advice.pdf", ADVICE, "Evaluatie Wet goed verhuurderschap  |  eindrapport",
           "Evaluatiecommissie Wet goed verhuurderschap, 22 september 2025", "Goed verhuren, beter handhaven")
    render(NAME + "_response.pdf", RESPONSE, "Ministerie van Volkshuisvesting en Ruimtelijke Ordening",
           "Kenmerk 2025-0000671204  |  Kabinetsstandpunt evaluatie Wet goed verhuurderschap", "Kabinetsstandpunt")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

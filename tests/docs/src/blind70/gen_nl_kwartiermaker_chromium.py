"""Round 70 (nl): the EINDADVIES of a KWARTIERMAKER (a person the minister appoints to prepare a new body, who
reports in the first person singular) on a new advisory college for the digital resilience of municipalities,
provinces and water boards, answered by the minister's INSTELLINGSBESLUIT as published in the STAATSCOURANT:
articles 1-11 that set the college up, then a TOELICHTING whose section 'Advies van de kwartiermaker' takes the
advice point by point, in another order.

Advice: 'Weerbaar van binnenuit. Eindadvies van de kwartiermaker Adviescollege Digitale Weerbaarheid Decentrale
Overheden' (invented), 3 p.: a title block, 'Samenvatting' PARAPHRASING the advice in first person ('In de kern
adviseer ik u ...'), '1 Mijn opdracht' with the opdrachtbrief's questions 1.-4., '2 Wat ik heb gedaan'
(conversations), '3 Wat ik zag' (Tabel 1 of incidents, the VNG's position quoted with 'moet', the Kaderwet
adviescolleges' 'moet' as a legal duty, 'Naar mijn oordeel zou ...'), '4 Mijn advies' with an ordered list 1.-7.
after 'Samenvattend adviseer ik u:' (infinitive clauses); numbers are the list numbers. '5 Tot slot' thanks.
Response: Staatscourant 2026, nr. 19204, 3 p.: the Besluit (preamble; articles 1-11, some silently touching the
advice), then 'Toelichting': '1 Aanleiding' (nothing), '2 Advies van de kwartiermaker' in paragraphs without
numbers: ONE paragraph on composition and secretariat = 1 partly (chair + four members, one with Caribbean
experience) + 2 disagrees (secretariat stays at the ministry); 3 agrees (municipalities, provinces and water boards
may ask); 6 agrees (evaluation after three years); 7 noted (work agenda to the Bestuurlijk Overleg); '3 Financiële
gevolgen' = 5 partly (1.2 million, lower than advised); '4 Regeldruk' (nothing); 4 (publication within six
weeks) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes for the
Staatscourant running head and page numbers).

Run: /tmp/blind70nl/bin/python tests/docs/src/blind70/gen_nl_kwartiermaker_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b70nl as B  # noqa: E402

NAME = "blind70_nl_kwartiermaker"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B70NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S70", SANS) + fonts("R70", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ACSS = BASE + """
@page { size: A4; margin: 22mm 24mm 20mm 24mm;
  @top-right { content: "Eindadvies kwartiermaker Adviescollege Digitale Weerbaarheid"; font-family: S70;
    font-size: 7.2pt; color: #666; }
  @bottom-right { content: counter(page); font-family: S70; font-size: 7.4pt; color: #666; } }
@page:first { @top-right { content: none; } }
body { font-family: S70; font-size: 9pt; line-height: 1.5; color: #1a1a1a; }
.title { background: #154273; color: white; padding: 7mm 6mm 6mm 6mm; margin-bottom: 6mm; }
.title .k { font-size: 8pt; letter-spacing: 0.5pt; }
.title .t { font-size: 19pt; font-weight: bold; margin: 2mm 0 1mm 0; }
.title .s { font-size: 10pt; }
.samen { background: #e8eef5; padding: 3mm 4mm; margin-bottom: 4mm; }
.samen h3 { margin: 0 0 1.5mm 0; font-size: 9.6pt; color: #154273; }
h2 { font-size: 11pt; color: #154273; margin: 5mm 0 2mm 0; break-after: avoid; }
ol { margin: 0 0 2.4mm 0; padding-left: 7mm; }
ol li { margin-bottom: 1.4mm; }
.q { margin: 0 8mm 2.4mm 8mm; font-style: italic; color: #444; }
table.t { width: 100%; font-size: 8pt; margin: 1mm 0 1mm 0; }
table.t td, table.t th { border-bottom: 0.5pt solid #9aa; padding: 1mm 2mm; text-align: left; }
table.t th { background: #e8eef5; }
.cap { font-size: 7.6pt; color: #555; font-style: italic; margin-bottom: 3mm; }
.advies { border-left: 2.5pt solid #154273; padding: 1mm 0 1mm 4mm; margin: 2mm 0 3mm 0; }
"""

RCSS = BASE + """
@page { size: A4; margin: 24mm 22mm 20mm 22mm;
  @top-left { content: "Staatscourant 2026 nr. 19204"; font-family: S70; font-size: 7.4pt; color: #333; }
  @top-right { content: "14 juli 2026"; font-family: S70; font-size: 7.4pt; color: #333; }
  @bottom-center { content: counter(page); font-family: S70; font-size: 7.4pt; color: #333; } }
body { font-family: R70; font-size: 9.2pt; line-height: 1.45; color: #111; text-align: justify; }
.mast { font-family: S70; border-bottom: 1.2pt solid #154273; padding-bottom: 2mm; margin-bottom: 5mm;
  text-align: left; }
.mast .st { font-size: 20pt; font-weight: bold; color: #154273; }
.mast .sub { font-size: 7.6pt; color: #444; }
.btitle { font-family: S70; font-weight: bold; font-size: 11pt; text-align: left; margin-bottom: 4mm; }
.art { font-family: S70; font-weight: bold; font-size: 9pt; margin: 3mm 0 1mm 0; break-after: avoid; }
h2 { font-family: S70; font-size: 10.4pt; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-family: S70; font-size: 9.4pt; margin: 4mm 0 1.5mm 0; break-after: avoid; }
.sig { text-align: left; margin-top: 4mm; }
"""


def advice():
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + ACSS + "</style></head><body>"
            "<div class='title'><div class='k'>KWARTIERMAKER ADVIESCOLLEGE DIGITALE WEERBAARHEID DECENTRALE "
            "OVERHEDEN</div><div class='t'>Weerbaar van binnenuit</div>"
            "<div class='s'>Eindadvies aan de minister van Binnenlandse Zaken en Koninkrijksrelaties<br/>"
            "Den Haag, 3 maart 2026</div></div>"
            "<div class='samen'><h3>Samenvatting</h3>"
            "<p>Gemeenten, provincies en waterschappen worden steeds vaker getroffen door digitale incidenten, "
            "terwijl het hun aan onafhankelijke kennis ontbreekt om zich voor te bereiden. Een adviescollege kan "
            "die leemte vullen, mits het onafhankelijk is, voldoende middelen heeft en dicht bij de praktijk "
            "staat. In de kern adviseer ik u het college klein maar breed samengesteld te beginnen, zijn "
            "adviezen snel openbaar te maken en het na enkele jaren te laten evalueren. Mijn volledige advies "
            "staat in hoofdstuk 4.</p></div>"
            "<h2>1 Mijn opdracht</h2>"
            "<p>Bij brief van 12 juni 2025 vroeg u mij als kwartiermaker de instelling voor te bereiden van een "
            "adviescollege dat decentrale overheden adviseert over hun digitale weerbaarheid. U legde mij vier "
            "vragen voor:</p>"
            "<ol><li>Welke taken moet het adviescollege krijgen, en voor wie werkt het?</li>"
            "<li>Hoe moet het adviescollege zijn samengesteld?</li>"
            "<li>Hoe wordt de onafhankelijkheid van het adviescollege geborgd?</li>"
            "<li>Welke middelen heeft het adviescollege nodig?</li></ol>"
            "<p>In dit eindadvies beantwoord ik die vragen. Ik schrijf het in de eerste persoon, omdat het mijn "
            "persoonlijke oordeel is; ik heb het niet namens de organisaties opgesteld die ik heb gesproken.</p>"
            "<h2>2 Wat ik heb gedaan</h2>"
            "<p>Tussen september 2025 en februari 2026 sprak ik met 46 bestuurders en ambtenaren van gemeenten, "
            "provincies en waterschappen, met de VNG, het IPO, de Unie van Waterschappen, de Informatiebeveiligings"
            "dienst en het Nationaal Cyber Security Centrum. Ik bezocht Bonaire en Sint Eustatius, waar de "
            "openbare lichamen met bijzonder kleine ICT-afdelingen werken. Twee rondetafelgesprekken met "
            "wetenschappers vulden dat beeld aan.</p>"
            "<h2>3 Wat ik zag</h2>"
            "<p>Het aantal gemelde incidenten bij decentrale overheden is in vier jaar meer dan verdubbeld "
            "(tabel 1). Kleine gemeenten zijn het kwetsbaarst: zij hebben vaak één informatiebeveiliger, die ook "
            "nog andere taken heeft.</p>"
            "<table class='t'><tr><th>Jaar</th><th>Gemeenten</th><th>Provincies</th><th>Waterschappen</th>"
            "<th>Totaal</th></tr>"
            "<tr><td>2021</td><td>188</td><td>11</td><td>14</td><td>213</td></tr>"
            "<tr><td>2022</td><td>241</td><td>9</td><td>19</td><td>269</td></tr>"
            "<tr><td>2023</td><td>317</td><td>15</td><td>22</td><td>354</td></tr>"
            "<tr><td>2024</td><td>402</td><td>17</td><td>31</td><td>450</td></tr></table>"
            "<div class='cap'>Tabel 1. Gemelde digitale incidenten bij decentrale overheden (bron: gesprekken en "
            "eigen inventarisatie van de kwartiermaker).</div>"
            "<p>De VNG schreef mij in haar reactie:</p>"
            "<p class='q'>'Een nieuw adviescollege moet er voor de gemeenten zijn, niet alleen voor het Rijk. Als "
            "gemeenten er geen vragen aan kunnen stellen, heeft het voor ons weinig waarde.'</p>"
            "<p>Ik deel die opvatting. Ook de Kaderwet adviescolleges is hier van belang: een adviescollege dat "
            "onder die wet valt, moet onafhankelijk van de minister kunnen adviseren, en de minister mag geen "
            "aanwijzingen geven over de inhoud van een advies. Naar mijn oordeel zou die onafhankelijkheid ook "
            "zichtbaar moeten zijn voor de decentrale overheden zelf, en niet alleen op papier moeten bestaan.</p>"
            "<p>Ten slotte viel mij op dat bestaande adviezen over informatiebeveiliging vaak pas maanden na hun "
            "vaststelling beschikbaar komen. Gemeenteraden kunnen ze dan niet meer gebruiken bij hun "
            "begrotingsbehandeling.</p>"
            "<h2>4 Mijn advies</h2>"
            "<p>Op grond van wat ik heb gezien en gehoord, kom ik tot zeven adviezen. Samenvattend adviseer ik "
            "u:</p>"
            "<div class='advies'><ol>"
            "<li>het adviescollege samen te stellen uit een voorzitter en zes leden, onder wie ten minste één "
            "lid met bestuurlijke ervaring in Caribisch Nederland;</li>"
            "<li>het secretariaat onder te brengen bij een uitvoeringsorganisatie buiten het ministerie, zodat "
            "de onafhankelijkheid ook zichtbaar is;</li>"
            "<li>gemeenten, provincies en waterschappen het recht te geven het adviescollege rechtstreeks om "
            "advies te vragen;</li>"
            "<li>elk advies uiterlijk zes weken na de vaststelling openbaar te maken, ook als de adviesvrager "
            "er nog niet op heeft gereageerd;</li>"
            "<li>het adviescollege een jaarlijks budget van ten minste 1,8 miljoen euro te geven;</li>"
            "<li>het functioneren van het adviescollege na drie jaar onafhankelijk te laten evalueren;</li>"
            "<li>samen met de VNG, het IPO en de Unie van Waterschappen een gezamenlijke werkagenda voor het "
            "eerste jaar op te stellen.</li></ol></div>"
            "<h2>5 Tot slot</h2>"
            "<p>Ik dank iedereen die de tijd nam om met mij te spreken. Het was een voorrecht deze opdracht uit "
            "te voeren, en ik ben graag bereid het adviescollege in de eerste maanden bij te staan.</p>"
            "<p style='margin-top:5mm'>Marijke Verhoef-Dijkstra<br/>kwartiermaker</p>"
            "</body></html>")
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    arts = [
        ("Artikel 1. Begripsbepalingen", "In dit besluit wordt verstaan onder: <i>adviescollege</i>: het "
         "Adviescollege Digitale Weerbaarheid Decentrale Overheden; <i>decentrale overheden</i>: gemeenten, "
         "provincies, waterschappen en de openbare lichamen Bonaire, Sint Eustatius en Saba; <i>minister</i>: "
         "Onze Minister van Binnenlandse Zaken en Koninkrijksrelaties."),
        ("Artikel 2. Instelling en taak", "1. Er is een Adviescollege Digitale Weerbaarheid Decentrale Overheden. "
         "2. Het adviescollege adviseert de minister en de decentrale overheden, gevraagd en ongevraagd, over de "
         "digitale weerbaarheid van de decentrale overheden."),
        ("Artikel 3. Samenstelling", "1. Het adviescollege bestaat uit een voorzitter en vier andere leden. 2. Ten "
         "minste één lid heeft bestuurlijke ervaring in Caribisch Nederland."),
        ("Artikel 4. Benoeming", "De voorzitter en de leden worden door de minister benoemd voor een periode van "
         "ten hoogste vier jaar. Herbenoeming is eenmaal mogelijk."),
        ("Artikel 5. Secretariaat", "1. Het adviescollege wordt ondersteund door een secretariaat. 2. De minister "
         "stelt het secretariaat ter beschikking; de secretaris is bij de uitoefening van zijn taak uitsluitend "
         "verantwoording schuldig aan het adviescollege."),
        ("Artikel 6. Werkprogramma", "Het adviescollege stelt jaarlijks voor 1 november een werkprogramma vast en "
         "zendt dit aan de minister."),
        ("Artikel 7. Vergoeding", "De voorzitter en de leden ontvangen een vergoeding overeenkomstig het Besluit "
         "vergoedingen adviescolleges en commissies."),
        ("Artikel 8. Evaluatie", "De minister zendt binnen drie jaar na de inwerkingtreding van dit besluit aan de "
         "Staten-Generaal een verslag over de doeltreffendheid en de effecten van het adviescollege in de "
         "praktijk."),
        ("Artikel 9. Archiefbescheiden", "De archiefbescheiden van het adviescollege worden na opheffing "
         "overgebracht naar het archief van het ministerie."),
        ("Artikel 10. Inwerkingtreding", "Dit besluit treedt in werking met ingang van 1 september 2026."),
        ("Artikel 11. Citeertitel", "Dit besluit wordt aangehaald als: Instellingsbesluit Adviescollege Digitale "
         "Weerbaarheid."),
    ]
    body = "".join(f"<div class='art'>{a}</div><p>{t}</p>" for a, t in arts)
    html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + RCSS + "</style></head><body>"
            "<div class='mast'><div class='st'>STAATSCOURANT</div>"
            "<div class='sub'>Officiële uitgave van het Koninkrijk der Nederlanden sinds 1814.</div></div>"
            "<div class='btitle'>Besluit van de Minister van Binnenlandse Zaken en Koninkrijksrelaties van 6 juli "
            "2026, nr. 2026-0000388104, houdende instelling van het Adviescollege Digitale Weerbaarheid "
            "Decentrale Overheden (Instellingsbesluit Adviescollege Digitale Weerbaarheid)</div>"
            "<p>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</p>"
            "<p>Gelet op de artikelen 4 en 5 van de Kaderwet adviescolleges;</p>"
            "<p>Besluit:</p>" + body +
            "<p class='sig'>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,<br/>H.J. Bosscher-Nijland</p>"
            "<h2>TOELICHTING</h2>"
            "<h3>1 Aanleiding</h3>"
            "<p>Digitale incidenten bij gemeenten, provincies en waterschappen raken de dienstverlening aan "
            "inwoners direct. Met dit besluit wordt een onafhankelijk adviescollege ingesteld dat de decentrale "
            "overheden en de minister helpt hun weerbaarheid te vergroten. Het besluit volgt op het eindadvies "
            "'Weerbaar van binnenuit' van de kwartiermaker, dat op 3 maart 2026 aan de Tweede Kamer is "
            "gezonden.</p>"
            "<h3>2 Advies van de kwartiermaker</h3>"
            "<p>Het besluit neemt het grootste deel van het advies van de kwartiermaker over; op enkele punten is "
            "een andere keuze gemaakt.</p>"
            "<p>De kwartiermaker gaf in overweging een college van zeven personen in te stellen. Gekozen is voor "
            "een kleiner college van vijf personen (artikel 3), omdat een compact college sneller kan werken; wel "
            "is, zoals geadviseerd, bepaald dat ten minste één lid bestuurlijke ervaring in Caribisch Nederland "
            "heeft. Het secretariaat wordt, anders dan de kwartiermaker voorstelde, door de minister ter "
            "beschikking gesteld (artikel 5). Voor een plaatsing bij een uitvoeringsorganisatie is niet gekozen: "
            "de onafhankelijkheid is voldoende geborgd doordat de secretaris alleen aan het college "
            "verantwoording aflegt.</p>"
            "<p>Conform het advies kunnen decentrale overheden zich rechtstreeks tot het adviescollege wenden "
            "(artikel 2, tweede lid). Daarmee wordt tegemoetgekomen aan de wens van de VNG, het IPO en de Unie van "
            "Waterschappen dat het college er ook voor hen is.</p>"
            "<p>Ook het advies over de evaluatie is overgenomen: artikel 8 schrijft een verslag aan de "
            "Staten-Generaal voor binnen drie jaar na de inwerkingtreding.</p>"
            "<p>Het voorstel van de kwartiermaker voor een gezamenlijke werkagenda met de koepels zal ik "
            "bespreken in het Bestuurlijk Overleg Digitale Overheid van oktober 2026; het besluit zelf regelt "
            "alleen het werkprogramma van het college (artikel 6).</p>"
            "<h3>3 Financiële gevolgen</h3>"
            "<p>Voor het adviescollege is vanaf 2027 jaarlijks 1,2 miljoen euro beschikbaar op de begroting van "
            "Binnenlandse Zaken en Koninkrijksrelaties. Dat is minder dan het bedrag dat de kwartiermaker "
            "adviseerde; bij een kleiner college is dit bedrag naar verwachting toereikend. In 2026 worden de "
            "opstartkosten gedekt uit bestaande middelen.</p>"
            "<h3>4 Regeldruk</h3>"
            "<p>Dit besluit heeft geen gevolgen voor de regeldruk voor burgers en bedrijven. Het Adviescollege "
            "toetsing regeldruk is daarom niet om advies gevraagd.</p>"
            "<p class='sig'>De Minister van Binnenlandse Zaken en Koninkrijksrelaties,<br/>H.J. Bosscher-Nijland</p>"
            "</body></html>")
    B.chromium_pdf(html, NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "het adviescollege samen te stellen uit een voorzitter en zes",
         "Gekozen is voor een kleiner college van vijf personen", "partly"),
        ("2", "het secretariaat onder te brengen bij een uitvoeringsorganisatie buiten het",
         "Voor een plaatsing bij een uitvoeringsorganisatie is niet gekozen", "disagrees"),
        ("3", "gemeenten, provincies en waterschappen het recht te geven het adviescollege",
         "Conform het advies kunnen decentrale overheden zich rechtstreeks", "agrees"),
        ("4", "elk advies uiterlijk zes weken na de vaststelling openbaar te", None, "unanswered"),
        ("5", "het adviescollege een jaarlijks budget van ten minste 1,8",
         "Dat is minder dan het bedrag dat de kwartiermaker adviseerde", "partly"),
        ("6", "het functioneren van het adviescollege na drie jaar onafhankelijk te",
         "Ook het advies over de evaluatie is overgenomen", "agrees"),
        ("7", "samen met de VNG, het IPO en de Unie van Waterschappen",
         "zal ik bespreken in het Bestuurlijk Overleg Digitale Overheid", "noted"),
    ], [
        "Met dit besluit wordt een onafhankelijk adviescollege ingesteld",
        "Dit besluit heeft geen gevolgen voor de regeldruk",
        "Het besluit neemt het grootste deel van het advies",
    ], "EINDADVIES of a KWARTIERMAKER (first person singular) on a new advisory college for the digital "
       "resilience of decentralised government, answered by the minister's INSTELLINGSBESLUIT in the STAATSCOURANT "
       "with its TOELICHTING. The Kaderwet adviescolleges, the Besluit vergoedingen adviescolleges en commissies, "
       "VNG, IPO, Unie van Waterschappen, IBD, NCSC, the Adviescollege toetsing regeldruk and the Staatscourant are "
       "real; the kwartiermaker, the college, the minister, figures, numbers and quotations are invented, and what "
       "is said of the Kaderwet is not to be relied on. The seven recommendations are the ordered list 1.-7. of "
       "infinitive clauses after 'Samenvattend adviseer ik u:' in '4 Mijn advies' (numbers are the list numbers). "
       "Not recommendations: the Samenvatting's paraphrase ('In de kern adviseer ik u ...'), the opdrachtbrief's "
       "questions 1.-4. ('Welke taken moet ...', 'Hoe moet ...'), Tabel 1, the VNG quoted ('moet er voor de "
       "gemeenten zijn'), the Kaderwet's 'moet onafhankelijk ... kunnen adviseren', 'Naar mijn oordeel zou ... "
       "moeten', the closing offer. Response: the Besluit (preamble, articles 1-11 - articles 2, 3, 5, 6, 8 touch "
       "the advice silently; the reply is the toelichting), then Toelichting: 1 Aanleiding (nothing); 2 Advies van "
       "de kwartiermaker, paragraphs without numbers in another order: an opening summary sentence (nothing); ONE "
       "paragraph = 1 partly (five persons, not seven; the Caribbean member kept) + 2 disagrees (secretariat at "
       "the ministry, 'niet gekozen'); 3 agrees; 6 agrees (verslag within three years); 7 noted (to the "
       "Bestuurlijk Overleg); 3 Financiele gevolgen = 5 partly (1.2 million, 'minder dan ... adviseerde'); 4 "
       "Regeldruk (nothing); 4 (publication within six weeks) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))

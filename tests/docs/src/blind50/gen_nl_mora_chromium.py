"""Round 50 (nl): an (invented) ADVIES of the Flemish MOBILITEITSRAAD (MORA) on the evaluation of the decree on
basisbereikbaarheid; recommendations as UNNUMBERED infinitive bullets in green sidebar boxes 'De MORA vraagt' at
the end of sections 2-5 (after a Samenvatting paraphrasing them, a table of figures and a quoted 2021 advice).
Answered by a SCHRIFTELIJKE VRAAG of a member of the Vlaams Parlement and the minister's ANTWOORD (answers 1-5 to
questions that bundle the recommendations). Engine: headless Chromium --print-to-pdf (CSS @page margin boxes;
ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind50nl/bin/python tests/docs/src/blind50/gen_nl_mora_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b50nl as B  # noqa: E402

NAME = "blind50_nl_mora"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B50NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B50", F) + fonts("B50S", SERIF) + """
html { font-family: B50; font-size: 9.3pt; line-height: 1.5; font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; text-align: justify; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "Mobiliteitsraad"; font-family: B50; font-size: 7.5pt; color: #3a7d22; }
  @top-right { content: "Advies evaluatie basisbereikbaarheid | 2026/04"; font-family: B50; font-size: 7.5pt;
               color: #666; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: B50; font-size: 8pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.lh { display: flex; justify-content: space-between; border-bottom: 2pt solid #3a7d22; padding-bottom: 3mm; }
.lh .n { font-size: 17pt; font-weight: bold; color: #3a7d22; }
.lh .a { font-size: 7.6pt; text-align: right; color: #555; line-height: 1.35; }
h1 { font-size: 19pt; margin: 8mm 0 1mm 0; }
.s { font-size: 11pt; color: #444; margin-bottom: 4mm; }
.meta { font-size: 8pt; color: #444; margin-bottom: 6mm; }
.sum { background: #eef5ea; padding: 3mm 4mm; margin-bottom: 4mm; }
.sum p { margin-bottom: 1.6mm; }
h2 { font-size: 12pt; color: #3a7d22; margin: 6mm 0 2mm 0; break-after: avoid; }
table.g { font-size: 8.2pt; width: 100%; margin: 2mm 0 1mm 0; }
table.g td, table.g th { border-bottom: 0.5pt solid #aab; padding: 1mm 2mm; text-align: right; }
table.g td:first-child, table.g th:first-child { text-align: left; }
table.g th { border-bottom: 1pt solid #3a7d22; }
.vraagt { border-left: 3pt solid #3a7d22; background: #f4f9f1; padding: 2.5mm 4mm; margin: 2mm 0 4mm 0;
          break-inside: avoid; }
.vraagt .t { font-weight: bold; color: #3a7d22; margin-bottom: 1mm; }
.vraagt ul { margin: 0; padding-left: 5mm; }
.vraagt li { margin-bottom: 1.2mm; text-align: justify; }
.q { margin: 2mm 10mm; font-style: italic; color: #333; }
"""

RES_CSS = BASE + """
html { font-family: B50S; font-size: 9.6pt; }
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "Vlaams Parlement"; font-family: B50; font-size: 7.5pt; color: #444; }
  @top-right { content: "Schriftelijke vraag nr. 1187 (2025-2026)"; font-family: B50; font-size: 7.5pt;
               color: #444; }
  @bottom-center { content: counter(page); font-family: B50; font-size: 8pt; } }
.vp { font-family: B50; font-weight: bold; font-size: 15pt; letter-spacing: 0.3pt; margin-bottom: 6mm; }
.hd { font-family: B50; font-size: 10pt; font-weight: bold; text-transform: uppercase; margin: 0 0 1mm 0; }
.sub { font-family: B50; font-size: 9pt; margin: 0 0 4mm 0; }
.tt { font-family: B50; font-weight: bold; font-size: 10pt; margin: 3mm 0 3mm 0; }
ol { padding-left: 6mm; margin: 0 0 3mm 0; }
ol li { margin-bottom: 1.5mm; text-align: justify; }
.rule { border-top: 1pt solid #000; margin: 6mm 0 4mm 0; }
.num { font-family: B50; font-weight: bold; display: inline-block; width: 7mm; }
.ans p { margin-left: 7mm; }
.ans p.f { margin-left: 0; }
"""


def vraagt(items):
    return ("<div class='vraagt'><div class='t'>De MORA vraagt de Vlaamse Regering om:</div><ul>"
            + "".join(f"<li>{i}</li>" for i in items) + "</ul></div>")


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='lh'><div class='n'>MORA<br/><span style='font-size:8.5pt;font-weight:normal;color:#333'>"
             "Mobiliteitsraad van Vlaanderen</span></div><div class='a'>Wetstraat 34-36, 1040 Brussel<br/>"
             "02 209 01 11 | info@mobiliteitsraad.be<br/>www.mobiliteitsraad.be</div></div>")
    h.append("<h1>Advies evaluatie basisbereikbaarheid</h1><div class='s'>Eigen initiatief, vijf jaar na de start "
             "van de vervoerregio's</div><div class='meta'>Advies 2026/04 | Brussel, 20 februari 2026 | "
             "goedgekeurd door de Raad met consensus | contactpersoon: Joke Vandenbroucke, beleidsadviseur</div>")
    h.append("<div class='sum'><p><b>Samenvatting</b></p><p>Vijf jaar na de invoering van basisbereikbaarheid "
             "ziet de MORA winst op het kernnet, maar ook reizigers die achterblijven: wie op het platteland woont "
             "of minder mobiel is, heeft vaak minder aanbod dan vroeger. De raad pleit voor een echte evaluatie, een "
             "stevige bodem onder het vervoer op maat, een beter avondaanbod, open reizigerscijfers en een "
             "sterkere rol voor de adviesraden in de vervoerregio's.</p></div>")
    h.append("<h2>1. Situering</h2>")
    h.append("<p>Het decreet van 26 april 2019 betreffende de basisbereikbaarheid verdeelt het openbaar vervoer "
             "in vier lagen: trein, kernnet, aanvullend net en vervoer op maat. Sinds 1 januari 2022 bepalen "
             "vijftien vervoerregio's het aanbod op het aanvullend net en het vervoer op maat. Artikel 31 van het "
             "decreet bepaalt dat de Vlaamse Regering het decreet evalueert; die evaluatie moet volgens de raad "
             "verder gaan dan de jaarlijkse monitoringrapporten van het departement. De MORA bracht dit advies uit "
             "op eigen initiatief, na hoorzittingen met De Lijn, vijf vervoerregio's en de Vlaamse Ouderenraad.</p>")
    h.append("<h2>2. Evalueren op wat reizigers ervaren</h2>")
    h.append("<p>De monitoringrapporten tellen vooral ritten en dienstregelingsuren. Wat reizigers ervaren, zoals "
             "reistijd van deur tot deur en het aantal overstappen, blijft buiten beeld. In zijn advies 2021/09 "
             "schreef de MORA al:</p>")
    h.append("<p class='q'>'De raad vraagt de minister om de effecten van basisbereikbaarheid op de reistijd van "
             "kwetsbare groepen op te volgen.'</p>")
    h.append("<p>Daarop kwam een meting in één vervoerregio, maar geen vervolg. Een evaluatie die alleen door "
             "de betrokken administratie wordt uitgevoerd, zal onvoldoende draagvlak hebben.</p>")
    h.append(vraagt(["een onafhankelijke evaluatie van het decreet basisbereikbaarheid te laten uitvoeren en de "
                     "resultaten vóór eind 2026 aan het Vlaams Parlement voor te leggen;"]))
    h.append("<h2>3. Vervoer op maat en toegankelijkheid</h2>")
    h.append("<p>Het vervoer op maat (VOM) moet de gaten opvangen die ontstaan zijn toen belbussen en lijnen met "
             "weinig reizigers verdwenen. De budgetten verschillen sterk tussen de regio's, en in vier regio's "
             "werd het VOM-budget in 2025 al in oktober uitgeput. Ook is de toegankelijkheid van de Hoppinpunten "
             "ongelijk: van de 212 regionale Hoppinpunten zijn er 74 volledig toegankelijk voor rolstoelgebruikers. "
             "Minder mobielen moeten voor een rit vaak zowel de mobiliteitscentrale als een centrale voor minder "
             "mobielen (CMM) bellen.</p>")
    h.append(vraagt(["het vervoer op maat in elke vervoerregio te financieren met een gegarandeerd minimumbudget "
                     "per inwoner;",
                     "alle regionale Hoppinpunten tegen 2028 volledig toegankelijk te maken voor rolstoelgebruikers "
                     "en daarvoor een investeringsplan op te maken;",
                     "de centrales voor minder mobielen te integreren in de mobiliteitscentrale, met één "
                     "telefoonnummer voor alle ritten."]))
    h.append("<h2>4. Kernnet en aanvullend net</h2>")
    h.append("<table class='g'><tr><th>Indicator (Vlaanderen)</th><th>2019</th><th>2023</th><th>2025</th></tr>"
             "<tr><td>Reizigers De Lijn (miljoen ritten)</td><td>522</td><td>488</td><td>509</td></tr>"
             "<tr><td>Dienstregelingsuren kernnet (x 1.000)</td><td>3.110</td><td>3.420</td><td>3.465</td></tr>"
             "<tr><td>Haltes met laatste vertrek na 22 uur</td><td>41%</td><td>33%</td><td>34%</td></tr>"
             "<tr><td>Klachten over aansluitingen</td><td>2.840</td><td>5.912</td><td>4.377</td></tr></table>")
    h.append("<p style='font-size:8pt'><i>Tabel 1. Bron: De Lijn, jaarverslagen; Departement Mobiliteit en "
             "Openbare Werken, monitoring basisbereikbaarheid 2025.</i></p>")
    h.append("<p>Op het kernnet is het aanbod overdag toegenomen, maar 's avonds is het aandeel haltes met een "
             "laat vertrek gedaald. Wie in ploegen werkt of 's avonds studeert, is daar het slachtoffer van. De "
             "reizigerscijfers per lijn worden alleen op vraag en met maanden vertraging gedeeld, waardoor "
             "vervoerregio's en lokale besturen hun keuzes niet goed kunnen onderbouwen.</p>")
    h.append(vraagt(["op het kernnet een bediening tot minstens 23 uur te garanderen, ook op zaterdag en zondag;",
                     "de reizigersaantallen per lijn en per halte maandelijks als open data te publiceren."]))
    h.append("<h2>5. Bestuur van de vervoerregio's</h2>")
    h.append("<p>De vervoerregioraden beslissen over het regionaal mobiliteitsplan. Hoe zij middenveld en "
             "gebruikers betrekken, verschilt sterk: sommige regio's werken met een klankbordgroep, andere "
             "organiseren alleen een digitale bevraging. Lokale mobiliteitsraden en adviesraden voor personen "
             "met een handicap worden zelden gehoord.</p>")
    h.append(vraagt(["de vervoerregioraden te verplichten om de MORA en de lokale adviesraden structureel te "
                     "betrekken bij de opmaak en bijsturing van het regionaal mobiliteitsplan."]))
    h.append("<p style='margin-top:5mm'>Voor de Mobiliteitsraad,</p><p>Stijn Lambrechts, voorzitter &nbsp;"
             "&middot;&nbsp; Hilde De Wachter, secretaris</p>".replace("&nbsp;", " "))
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<div class='vp'>Vlaams Parlement</div>")
    h.append("<div class='hd'>Schriftelijke vraag</div>")
    h.append("<div class='sub'>nr. 1187 van Els Verhaegen<br/>datum: 11 maart 2026<br/>aan Bart Wouters, Vlaams "
             "minister van Mobiliteit en Openbare Werken</div>")
    h.append("<div class='tt'>Basisbereikbaarheid - Advies Mobiliteitsraad</div>")
    h.append("<p>Op 20 februari 2026 bracht de Mobiliteitsraad (MORA) op eigen initiatief een advies uit over de "
             "evaluatie van basisbereikbaarheid. De raad stelt vast dat vooral reizigers op het platteland en "
             "minder mobiele reizigers erop achteruit zijn gegaan en formuleert een reeks aanbevelingen.</p>")
    h.append("<ol><li>Hoe staat de minister tegenover het advies? Komt er een onafhankelijke evaluatie van het "
             "decreet, en zo ja, wanneer?</li>"
             "<li>Is de minister bereid het vervoer op maat beter te financieren? Hoe zal de dienstverlening voor "
             "minder mobiele reizigers verbeteren?</li>"
             "<li>Hoe evolueert het avondaanbod op het kernnet? Worden de reizigerscijfers per lijn openbaar "
             "gemaakt?</li>"
             "<li>Hoe worden het middenveld en de adviesraden betrokken in de vervoerregio's?</li>"
             "<li>Hoeveel klachten over het vervoer op maat ontving De Lijn in 2025, en hoeveel daarvan waren "
             "gegrond?</li></ol>")
    h.append("<div class='rule'></div>")
    h.append("<div class='hd'>Antwoord</div>")
    h.append("<div class='sub'>Bart Wouters, Vlaams minister van Mobiliteit en Openbare Werken<br/>op vraag nr. "
             "1187 van 11 maart 2026 van Els Verhaegen</div>")
    h.append("<div class='ans'>")
    h.append("<p class='f'><span class='num'>1.</span>Ik dank de Mobiliteitsraad voor het grondige advies, dat ik "
             "samen met de administratie heb besproken. Ik ben het met de raad eens dat de evaluatie breder moet "
             "zijn dan de monitoring. De evaluatie van het decreet wordt daarom toevertrouwd aan een extern "
             "onderzoeksconsortium, dat in april 2026 start. Het eindrapport bezorg ik het Vlaams Parlement in "
             "december 2026.</p>")
    h.append("<p class='f'><span class='num'>2.</span>Het budget voor het vervoer op maat stijgt in 2027 met 8 "
             "procent. De verdeling over de vervoerregio's houdt voortaan rekening met de bevolkingsdichtheid, zodat "
             "landelijke regio's meer middelen krijgen. Een vast minimumbudget per inwoner vastleggen acht ik niet "
             "aangewezen, omdat het de vervoerregio's minder ruimte laat om zelf keuzes te maken.</p>")
    h.append("<p>Voor minder mobiele reizigers werkt de mobiliteitscentrale sinds januari samen met de centrales "
             "voor minder mobielen. De CMM's worden echter erkend en gesubsidieerd binnen het beleidsdomein "
             "Welzijn. De vraag om ze te integreren heb ik overgemaakt aan mijn collega, de Vlaamse minister van "
             "Welzijn, die hierover een eigen afweging maakt.</p>")
    h.append("<p class='f'><span class='num'>3.</span>Het avondaanbod op het kernnet is in 2025 licht uitgebreid op "
             "de stedelijke assen. Een algemene bediening tot 23 uur op het volledige kernnet, ook in het weekend, "
             "is binnen de huidige budgettaire ruimte niet haalbaar en ligt ook niet in lijn met de lage "
             "bezetting in de late uren. Wat de cijfers betreft, deel ik de vraag van de raad volledig: vanaf juni "
             "2026 publiceert De Lijn de reizigersaantallen per lijn en per halte elke maand op het Vlaamse "
             "open-dataplatform.</p>")
    h.append("<p class='f'><span class='num'>4.</span>De vervoerregio's betrekken het middenveld op verschillende "
             "manieren, en dat is ook de bedoeling van het decreet. Ik zal de vervoerregioraden in een omzendbrief "
             "vragen om bij de bijsturing van de regionale mobiliteitsplannen minstens één hoorzitting met de "
             "lokale adviesraden te organiseren. Een decretale verplichting om de MORA of de lokale raden te "
             "betrekken, acht ik niet nodig.</p>")
    h.append("<p class='f'><span class='num'>5.</span>In 2025 ontving De Lijn 4.212 klachten over het vervoer op "
             "maat, waarvan 1.388 gegrond werden verklaard. Het merendeel ging over niet-uitgevoerde ritten en "
             "wachttijden aan de telefoon. De gedetailleerde cijfers per vervoerregio zijn opgenomen in de "
             "bijlage.</p>")
    h.append("</div></body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    recs = [
        ("1", "een onafhankelijke evaluatie van het decreet basisbereikbaarheid te laten uitvoeren",
         "wordt daarom toevertrouwd aan een extern onderzoeksconsortium", "agrees"),
        ("2", "het vervoer op maat in elke vervoerregio te financieren met",
         "Een vast minimumbudget per inwoner vastleggen acht ik niet aangewezen", "partly", ["disagrees"]),
        ("3", "alle regionale Hoppinpunten tegen 2028 volledig toegankelijk te maken", None, "unanswered"),
        ("4", "de centrales voor minder mobielen te integreren in de mobiliteitscentrale",
         "heb ik overgemaakt aan mijn collega, de Vlaamse minister van Welzijn", "noted"),
        ("5", "op het kernnet een bediening tot minstens 23 uur te garanderen",
         "binnen de huidige budgettaire ruimte niet haalbaar", "disagrees"),
        ("6", "de reizigersaantallen per lijn en per halte maandelijks als open",
         "publiceert De Lijn de reizigersaantallen per lijn en per halte elke maand", "agrees"),
        ("7", "de vervoerregioraden te verplichten om de MORA en de lokale",
         "Een decretale verplichting om de MORA of de lokale raden", "partly", ["disagrees"]),
    ]
    unmatched = ["In 2025 ontving De Lijn 4.212 klachten over het vervoer op maat"]
    notes = (
        "Flemish Mobiliteitsraad (MORA) advies 2026/04 on the evaluation of basisbereikbaarheid: green letterhead, a "
        "shaded Samenvatting paraphrasing the recommendations (trap), decree article 31, a quoted 2021 advice 'De "
        "raad vraagt de minister ...' (trap), a figures table, and seven UNNUMBERED infinitive bullets in green "
        "sidebar boxes 'De MORA vraagt de Vlaamse Regering om:' at the end of sections 2-5 (1; 2-4; 5-6; 7), numbered "
        "1-7 in document order. Reply: Vlaams Parlement SCHRIFTELIJKE VRAAG nr. 1187 (five questions bundling the "
        "advice) and the minister's ANTWOORD 1-5: external evaluation, report in December 2026 (1 agrees); VOM budget "
        "+8% but no fixed minimum per inhabitant (2 partly, also disagrees); CMM integration passed on to the "
        "minister of Welzijn (4 noted); answer 3 covers two with different verdicts: no service until 23h (5 "
        "disagrees) and monthly open data from June 2026 (6 agrees); a circular asking for one hearing but no "
        "decree obligation (7 partly, also disagrees); 3 (accessible Hoppinpunten) unanswered. Unmatched: answer 5 "
        "on complaint figures.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

"""Round 46 (nl): an (invented) ADVIES of the SENIORENADVIESRAAD of a Flemish city on the draft circulatieplan for
the town centre (Decreet lokaal bestuur art. 304, trap), with numbered findings 1.-4. 'Wat we vaststelden' (trap),
a survey table, the council's own 2022 advice quoted and done (trap), and six titled proposals 'Voorstel 1'-'Voorstel
6' in mixed forms (imperative, 'De seniorenraad vraagt', a question 'Kan de stad ...?', 'wij stellen voor'); answered
by the city's WEB PAGE 'Wat doen we met het advies van de seniorenraad?' printed from the browser (date/title
header, URL and 'N/M' footer, breadcrumb, Q&A headings, 'Laatst bijgewerkt'). Engine: headless Chromium
--print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind46nl/bin/python tests/docs/src/blind46/gen_nl_seniorenraad_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b46nl as B  # noqa: E402

NAME = "blind46_nl_seniorenraad"
F = B.nolig_fonts()


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B46", F) + """
html { font-family: B46; font-size: 9.3pt; line-height: 1.45; font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; }
table { border-collapse: collapse; font-size: 8.3pt; margin: 1mm 0 3mm 0; }
td, th { border: 0.5pt solid #aaa; padding: 1mm 2.5mm; text-align: left; vertical-align: top; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 20mm 20mm 22mm;
  @top-left { content: "Seniorenadviesraad Oudenbeke"; font-family: B46; font-size: 7.5pt; color: #666; }
  @top-right { content: "advies 2026/02 - ontwerp circulatieplan Centrum"; font-family: B46; font-size: 7.5pt;
               color: #666; }
  @bottom-center { content: counter(page) " / " counter(pages); font-family: B46; font-size: 7.5pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
p { text-align: justify; }
.lh { border-bottom: 2pt solid #1f6f78; padding-bottom: 2mm; margin-bottom: 5mm; }
.lh .n { font-size: 14pt; font-weight: bold; color: #1f6f78; }
.lh .a { font-size: 7.8pt; color: #555; }
.meta td { border: none; padding: 0.4mm 3mm 0.4mm 0; font-size: 8pt; }
.meta td.k { color: #1f6f78; font-weight: bold; }
h1 { font-size: 15pt; margin: 5mm 0 3mm 0; }
h2 { font-size: 10.5pt; color: #1f6f78; margin: 5mm 0 2mm 0; }
ol.vast { margin: 0 0 3mm 0; padding-left: 6mm; }
ol.vast li { margin-bottom: 1.2mm; }
.vs { margin: 3mm 0 3mm 0; page-break-inside: avoid; }
.vs .t { font-weight: bold; color: #1f6f78; margin-bottom: 0.8mm; }
.quote { font-style: italic; margin: 0 8mm 2.5mm 8mm; }
th { background: #dcecee; }
.sig td { border: none; padding: 0 14mm 0 0; vertical-align: top; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 16mm 13mm 16mm 13mm;
  @top-left { content: "24/03/26 10:17"; font-family: B46; font-size: 7pt; }
  @top-center { content: "Circulatieplan Centrum: wat doen we met het advies van de seniorenraad? | Stad Oudenbeke";
                font-family: B46; font-size: 7pt; }
  @bottom-left { content: "https://www.oudenbeke.be/circulatieplan/advies-seniorenraad"; font-family: B46;
                 font-size: 7pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: B46; font-size: 7pt; } }
.top { background: #1f6f78; color: white; padding: 3mm 5mm; font-size: 12pt; font-weight: bold; }
.top span { font-size: 8pt; font-weight: normal; margin-left: 8mm; }
.nav { font-size: 8pt; color: #1f6f78; padding: 1.5mm 5mm; border-bottom: 0.5pt solid #ccc; }
.crumb { font-size: 7.8pt; color: #666; margin: 3mm 5mm; }
.main { margin: 0 5mm; }
h1 { font-size: 17pt; margin: 2mm 0 2mm 0; }
.lead { font-size: 10.2pt; color: #333; }
h2 { font-size: 11pt; margin: 5mm 0 1.5mm 0; color: #1f6f78; }
.info { background: #eef5f6; padding: 2.5mm 4mm; margin: 3mm 0; }
.upd { font-size: 7.8pt; color: #666; margin-top: 5mm; }
.share { font-size: 7.8pt; color: #1f6f78; }
.foot { margin-top: 6mm; border-top: 0.5pt solid #ccc; padding: 2mm 5mm; font-size: 7.5pt; color: #555; }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='lh'><div class='n'>Seniorenadviesraad Oudenbeke</div><div class='a'>p/a Dienst "
             "Welzijn, Stadhuis, Grote Markt 1, 9710 Oudenbeke | seniorenraad@oudenbeke.be</div></div>")
    h.append("<table class='meta'><tr><td class='k'>aan</td><td>het college van burgemeester en schepenen</td></tr>"
             "<tr><td class='k'>ons kenmerk</td><td>SAR/2026/02</td></tr>"
             "<tr><td class='k'>uw kenmerk</td><td>MOB/2025/118 (adviesvraag van 4 december 2025)</td></tr>"
             "<tr><td class='k'>goedgekeurd</td><td>algemene vergadering van 3 februari 2026 (21 stemmen voor, 1 "
             "onthouding)</td></tr></table>")
    h.append("<h1>Advies over het ontwerp van circulatieplan Centrum</h1>")
    h.append("<h2>1. Situering</h2>")
    h.append("<p>Het college vroeg op 4 december 2025 het advies van de seniorenraad over het ontwerp van "
             "circulatieplan Centrum. Het plan maakt van de Markt en de Kerkstraat een autoluwe zone, legt een "
             "knip in de Molenstraat en verlegt buslijn 52 naar de Leopoldlaan. Een proefperiode van zes maanden "
             "start in het voorjaar. De seniorenraad adviseert op grond van artikel 304 van het Decreet over het "
             "lokaal bestuur en het huishoudelijk reglement van de raad. Het college motiveert zijn beslissing "
             "als het van dit advies afwijkt.</p>")
    h.append("<p>De werkgroep Mobiliteit besprak het plan op drie vergaderingen, liep het traject van de Markt "
             "naar het Stationsplein samen met een rolstoelgebruiker en iemand met een rollator, en hield een "
             "bevraging in de vier lokale dienstencentra.</p>")
    h.append("<table><tr><th>Bevraging dienstencentra (n = 412)</th><th>aantal</th><th>aandeel</th></tr>"
             "<tr><td>komt minstens wekelijks naar de Markt</td><td>318</td><td>77%</td></tr>"
             "<tr><td>neemt daarvoor de bus</td><td>171</td><td>42%</td></tr>"
             "<tr><td>kan zonder rusten niet verder dan 200 meter</td><td>139</td><td>34%</td></tr>"
             "<tr><td>gebruikt geen internet</td><td>126</td><td>31%</td></tr></table>")
    h.append("<h2>2. Wat we vaststelden</h2>")
    h.append("<ol class='vast'>"
             "<li>De seniorenraad steunt het doel: een rustiger en veiliger centrum is ook goed voor senioren.</li>"
             "<li>Door het verleggen van buslijn 52 ligt de dichtstbijzijnde halte op ongeveer 400 meter van de "
             "Markt. Voor een derde van de bevraagde senioren is dat te ver.</li>"
             "<li>Op de nieuwe wandelas tussen Kerkstraat en Stationsplein staan vandaag twee zitbanken, op 650 "
             "meter.</li>"
             "<li>De stad zou de oversteekplaatsen aan de Leopoldlaan veiliger moeten maken; de groentijd voor "
             "voetgangers is er vandaag te kort voor wie trager stapt.</li></ol>")
    h.append("<p>De seniorenraad stelt met tevredenheid vast dat zijn advies van 2022 over de Markt is gevolgd. "
             "Wij vroegen toen: <i>'Leg de Markt vlak aan, zonder boordstenen, met een "
             "geleidelijn voor blinden.'</i> Dat is bij de heraanleg in 2024 zo uitgevoerd.</p>")
    h.append("<h2>3. Ons advies</h2>")
    h.append("<p>De seniorenraad geeft een <b>gunstig advies onder voorwaarden</b>. Wij doen zes voorstellen.</p>")
    vs = [
        ("Voorstel 1 - De bus dicht bij de Markt",
         "Behoud een bushalte van lijn 52 op hoogstens 150 meter van de Markt, ook na het verleggen van de "
         "lijn. Veel senioren komen met de bus naar de markt, de apotheek en het dienstencentrum."),
        ("Voorstel 2 - Rustpunten",
         "De seniorenraad vraagt langs de wandelas Kerkstraat-Stationsplein om de 100 meter een zitbank met "
         "rugleuning en armleuningen te plaatsen, bij voorkeur in de schaduw."),
        ("Voorstel 3 - Doorgang voor wie slecht te been is",
         "Kan de stad bewoners met een parkeerkaart voor personen met een handicap een doorrijvergunning voor "
         "de knip in de Molenstraat geven? Zonder die vergunning moeten zij een omweg van 2,4 kilometer maken "
         "naar hun arts of de kerk."),
        ("Voorstel 4 - Tijd om over te steken",
         "Stem de groentijd voor voetgangers aan de verkeerslichten van de Leopoldlaan af op een wandelsnelheid "
         "van 0,8 meter per seconde in plaats van 1,2 meter per seconde."),
        ("Voorstel 5 - Informatie op papier",
         "Wij stellen voor alle 65-plussers op papier te informeren over het circulatieplan, met een duidelijke "
         "kaart van de nieuwe routes en haltes, en niet alleen via de website en de app."),
        ("Voorstel 6 - Samen evalueren",
         "Betrek de seniorenraad bij de evaluatie na de proefperiode van zes maanden, met een eigen "
         "wandeling en een bevraging in de dienstencentra."),
    ]
    for t, x in vs:
        h.append(f"<div class='vs'><div class='t'>{t}</div><p>{x}</p></div>")
    h.append("<p>Wij vragen het college ons binnen drie maanden te laten weten wat het met dit advies doet, zoals "
             "het huishoudelijk reglement bepaalt.</p>")
    h.append("<p>Namens de seniorenraad,</p>")
    h.append("<table class='sig'><tr><td>Jozef Vande Wiele<br/>voorzitter</td><td>Marleen D'haese<br/>secretaris"
             "</td></tr></table>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<div class='top'>Stad Oudenbeke <span>Zoeken | E-loket | Contact | Nieuws</span></div>")
    h.append("<div class='nav'>Wonen en leven &nbsp;&nbsp; Mobiliteit &nbsp;&nbsp; Welzijn &nbsp;&nbsp; Bestuur "
             "&nbsp;&nbsp; Vrije tijd &nbsp;&nbsp; Ondernemen</div>".replace("&nbsp;", " "))
    h.append("<div class='crumb'>Home &gt; Mobiliteit &gt; Circulatieplan Centrum &gt; Advies seniorenraad</div>")
    h.append("<div class='main'>")
    h.append("<h1>Circulatieplan Centrum: wat doen we met het advies van de seniorenraad?</h1>")
    h.append("<p class='lead'>De seniorenraad gaf op 3 februari een advies over het nieuwe circulatieplan. Het "
             "college van burgemeester en schepenen besprak het advies op 16 maart. Hieronder leest u wat we "
             "ermee doen.</p>")
    h.append("<p class='share'>Deel deze pagina: Facebook | X | e-mail | afdrukken</p>")
    h.append("<h2>Komen er extra zitbanken?</h2>")
    h.append("<p>Ja. We plaatsen veertien nieuwe banken langs de wandelas van de Kerkstraat naar het "
             "Stationsplein, ongeveer om de honderd meter. Alle nieuwe banken hebben een rugleuning en "
             "armleuningen. Ze staan er voor de start van de proefperiode.</p>")
    h.append("<h2>Blijft de bus stoppen in de buurt van de Markt?</h2>")
    h.append("<p>Gedeeltelijk. Lijn 52 rijdt straks via de Leopoldlaan. In overleg met De Lijn komt er een "
             "nieuwe halte aan de Graanmarkt, op ongeveer 220 meter van de Markt. Dichterbij kan de bus niet "
             "stoppen zonder door de autoluwe zone te rijden. De halte krijgt een schuilhuisje en een "
             "zitbank.</p>")
    h.append("<h2>Mogen bewoners met een parkeerkaart door de knip in de Molenstraat?</h2>")
    h.append("<p>Nee. Een uitzondering voor houders van een parkeerkaart is met camera's niet te controleren en "
             "zou de knip voor veel verkeer openzetten. Daarom kiest het college daar niet voor. Wel komen er "
             "vier extra parkeerplaatsen voor personen met een handicap aan beide kanten van de knip, en "
             "voertuigen van de Minder Mobielen Centrale mogen er wel door.</p>")
    h.append("<h2>Hoe blijft u op de hoogte? En wie evalueert het plan?</h2>")
    h.append("<p>Elke inwoner krijgt in april een folder in de bus met een kaart van de nieuwe routes, haltes "
             "en parkeerplaatsen. U hoeft dus niet online te gaan om te weten wat er verandert. Na zes maanden "
             "evalueren we de proefperiode. Hoe we de adviesraden daarbij betrekken, bekijken we nog met de "
             "mobiliteitsdienst; de seniorenraad hoort daar in het najaar meer over.</p>")
    h.append("<h2>Wanneer start de proefperiode?</h2>")
    h.append("<p>De proefperiode begint op maandag 4 mei 2026 en loopt tot en met 31 oktober 2026. Tijdens het "
             "eerste weekend staan er stewards aan de knip en op de Markt.</p>")
    h.append("<div class='info'><b>Vragen?</b> Neem contact op met de dienst Mobiliteit, 09 381 22 40 of "
             "mobiliteit@oudenbeke.be. Het volledige advies van de seniorenraad en de beslissing van het college "
             "vindt u onder 'Bestuur - Adviesraden'.</div>")
    h.append("<p class='upd'>Laatst bijgewerkt op 23 maart 2026</p>")
    h.append("</div>")
    h.append("<div class='foot'>Stad Oudenbeke | Grote Markt 1, 9710 Oudenbeke | 09 381 20 00 | Privacy | "
             "Cookies | Toegankelijkheid</div>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Behoud een bushalte van lijn 52 op hoogstens 150 meter",
         "komt er een nieuwe halte aan de Graanmarkt", "partly"),
        ("2", "De seniorenraad vraagt langs de wandelas Kerkstraat-Stationsplein om de 100 meter",
         "We plaatsen veertien nieuwe banken langs de wandelas", "agrees"),
        ("3", "Kan de stad bewoners met een parkeerkaart voor personen met een handicap",
         "Daarom kiest het college daar niet voor", "disagrees", ["partly"]),
        ("4", "Stem de groentijd voor voetgangers aan de verkeerslichten van de Leopoldlaan", None, "unanswered"),
        ("5", "Wij stellen voor alle 65-plussers op papier te informeren",
         "Elke inwoner krijgt in april een folder in de bus", "agrees"),
        ("6", "Betrek de seniorenraad bij de evaluatie na de proefperiode",
         "Hoe we de adviesraden daarbij betrekken, bekijken we nog", "noted", ["partly"]),
    ]
    unmatched = ["De proefperiode begint op maandag 4 mei 2026"]
    notes = ("Flemish Seniorenadviesraad advice SAR/2026/02 on a city's draft circulation plan: letterhead, an "
             "aan/ons kenmerk/uw kenmerk/goedgekeurd block, header from page 2 and 'N / M' footer (Chromium @page), "
             "Decreet lokaal bestuur article 304 (trap), a survey table, NUMBERED findings 1.-4. 'Wat we "
             "vaststelden' (4 uses 'zou ... moeten' about the Leopoldlaan crossings, close to proposal 4: trap), "
             "the council's own 2022 advice quoted as an imperative and carried out (trap), 'gunstig advies "
             "onder voorwaarden', and six titled proposals 'Voorstel 1 - ...' to 'Voorstel 6 - ...' in mixed "
             "forms (imperative, 'De seniorenraad vraagt', a question 'Kan de stad ...?', 'Wij stellen voor'). "
             "Reply: the city's WEB PAGE printed from a browser (date/title header, URL and N/M footer, "
             "breadcrumb, share line), Q&A headings without numbers in the order 2, 1, 3, 5+6: 'Ja.' fourteen "
             "benches (agrees); 'Gedeeltelijk.' a stop at 220 m instead of 150 m (partly); 'Nee.' ... 'kiest "
             "het college daar niet voor' with extra parking places (disagrees, partly acceptable); ONE answer on "
             "5 (a folder to every resident: agrees) and 6 ('bekijken we nog': noted); 4 (green time) "
             "unanswered; 'Wanneer start de proefperiode?' and the contact box unmatched.")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)

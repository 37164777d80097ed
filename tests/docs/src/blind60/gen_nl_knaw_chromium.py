"""Round 60 (nl): an ADVIES of the KONINKLIJKE NEDERLANDSE AKADEMIE VAN WETENSCHAPPEN (KNAW) on university collections
(asked by the minister of OCW), answered by the minister's KAMERBRIEF whose sections each pair a 'Wat adviseert de
KNAW?' paraphrase with a 'Reactie' sub-head.

Advice: academy title block, 'Kernboodschap' (a prose paraphrase of the advice), 1 Adviesvraag (the minister's three
questions as a numbered list), 2 Bevindingen (a ruled table of collections, Erfgoedwet duties with 'moet', findings
'zou ... moeten', the academy's 2011 advice quoted: 'Universiteiten moeten ...'), 3 Aanbevelingen: ONE shaded box
with the recommendations as UNNUMBERED bullets grouped under addressee sub-heads ('Aan de minister van OCW' (3),
'Aan de colleges van bestuur van de universiteiten' (2), 'Aan NWO' (1), 'Aan de Rijksdienst voor het Cultureel
Erfgoed' (1)); numbers 1-7 in document order; 4 Tot slot.
Response: Kamerbrief (letterhead column on the right, Datum/Betreft), introduction, 'Het advies in het kort' (paraphrase, answers
nothing), themes 'Financiering' (2 partly), 'Een landelijk netwerk' (1 agrees + 6 noted in one reply),
'Erfgoedwet' (3 disagrees), 'Waardering en selectie' (7 agrees), 'Bestuurlijke verantwoordelijkheid' (4 partly),
each with italic sub-heads 'Wat adviseert de KNAW?' / 'Reactie'; then 'Koloniale collecties' (unmatched) and the
closing. 5 (collection work in recognition and rewards) unanswered. Engine: headless Chromium --print-to-pdf
(ligature-free DejaVu copies via @font-face, CSS @page margin boxes).

Run: /tmp/blind60nl/bin/python tests/docs/src/blind60/gen_nl_knaw_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b60nl as B  # noqa: E402

NAME = "blind60_nl_knaw"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B60NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S60", SANS) + fonts("R60", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @bottom-left { content: "KNAW | Universitaire collecties in beeld"; font-family: S60; font-size: 7.2pt;
                 color: #777; }
  @bottom-right { content: counter(page); font-family: S60; font-size: 7.6pt; color: #777; } }
html { font-family: S60; font-size: 9.2pt; line-height: 1.45; }
.logo { font-family: S60; font-size: 8.6pt; letter-spacing: 0.5pt; color: #0b3a6e; border-left: 3pt solid #c8102e;
        padding-left: 3mm; margin-bottom: 9mm; }
.kind { font-size: 8.4pt; color: #c8102e; text-transform: uppercase; letter-spacing: 0.8pt; margin-bottom: 1mm; }
h1 { font-size: 19pt; line-height: 1.15; margin: 0 0 2mm 0; color: #0b3a6e; font-weight: bold; }
.sub { font-size: 10pt; color: #444; margin-bottom: 6mm; }
h2 { font-size: 11.6pt; color: #0b3a6e; margin: 6mm 0 2mm 0; break-after: avoid; }
.kern { background: #eef2f7; padding: 3mm 4mm; margin-bottom: 4mm; }
.kern p { font-family: R60; }
ol { margin: 0 0 2.4mm 0; padding-left: 7mm; }
ol li { margin-bottom: 1.2mm; }
.q { font-family: R60; font-style: italic; color: #333; margin: 0 9mm 2.4mm 9mm; }
table.m { width: 100%; font-size: 8pt; margin: 1mm 0 1mm 0; }
table.m th { background: #0b3a6e; color: #fff; text-align: left; padding: 1mm 1.6mm; }
table.m td { border-bottom: 0.4pt solid #b8c4d4; padding: 0.9mm 1.6mm; }
table.m td.r, table.m th.r { text-align: right; }
.cap { font-size: 7.8pt; color: #555; margin-top: 1mm; }
.box { background: #fbeef0; border-top: 2pt solid #c8102e; padding: 3mm 5mm 1mm 5mm; margin: 2mm 0 4mm 0; }
.box h4 { font-size: 9.2pt; color: #c8102e; margin: 2.4mm 0 1.2mm 0; }
.box ul { margin: 0 0 1.6mm 0; padding-left: 5mm; }
.box li { margin-bottom: 1.4mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 20mm 20mm 22mm 20mm;
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S60; font-size: 7pt;
                  color: #555; } }
html { font-family: S60; font-size: 9.1pt; line-height: 1.5; }
.wrap { display: flex; }
.side { width: 38mm; flex: none; font-size: 6.8pt; color: #333; line-height: 1.35; padding-left: 7mm;
        padding-top: 34mm; }
.side b { font-size: 7pt; }
.main { flex: 1; }
.band { text-align: center; margin-bottom: 8mm; font-size: 8.6pt; }
.band b { display: block; font-size: 9.4pt; }
.to { margin-bottom: 6mm; }
.meta td { padding: 0.4mm 3mm 0.4mm 0; font-size: 8.4pt; }
h2 { font-size: 9.6pt; margin: 4mm 0 1.4mm 0; break-after: avoid; }
h3 { font-size: 9.1pt; font-style: italic; font-weight: normal; margin: 2mm 0 1mm 0; break-after: avoid; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def advice():
    b = ["<div class='logo'><b>KONINKLIJKE NEDERLANDSE AKADEMIE VAN WETENSCHAPPEN</b></div>",
         "<div class='kind'>Advies</div>",
         "<h1>Universitaire collecties in beeld</h1>",
         "<div class='sub'>Naar een landelijk netwerk voor de zorg voor wetenschappelijk erfgoed<br/>"
         "Amsterdam, maart 2026</div>",
         "<div class='kern'><p><b>Kernboodschap</b></p>"
         "<p>De Nederlandse universiteiten beheren samen ruim vijf miljoen objecten: van herbaria en "
         "anatomische preparaten tot instrumenten, archieven en kunst. Die collecties zijn onmisbaar voor "
         "onderzoek en onderwijs, maar hun beheer hangt af van toevallige budgetten en van de inzet van enkele "
         "conservatoren. De Akademie pleit voor een landelijk netwerk met vaste financiering, voor één "
         "verantwoordelijke per universiteit en voor gemeenschappelijke regels voor waardering en selectie.</p>"
         "</div>",
         "<h2>1 Adviesvraag</h2>",
         "<p>Bij brief van 3 juni 2025 vroeg de minister van Onderwijs, Cultuur en Wetenschap de Akademie om "
         "advies over drie vragen:</p>",
         "<ol><li>Wat is de staat van de collecties van de Nederlandse universiteiten?</li>"
         "<li>Welke rol spelen deze collecties in onderzoek en onderwijs?</li>"
         "<li>Welke maatregelen zijn nodig om ze voor de toekomst te behouden en toegankelijk te maken?</li></ol>",
         "<p>De Akademie stelde een commissie in onder voorzitterschap van prof. dr. Marijke Oosterhuis. De "
         "commissie sprak met 46 conservatoren, bestuurders en onderzoekers en bezocht negen universiteiten.</p>",
         "<h2>2 Bevindingen</h2>",
         "<p>De omvang van de collecties verschilt sterk per instelling. Tabel 1 geeft de grootste.</p>",
         "<table class='m'><tr><th>Universiteit</th><th class='r'>Objecten</th><th class='r'>Gedigitaliseerd</th>"
         "<th class='r'>Fte beheer</th></tr>"
         "<tr><td>Universiteit A (oude universiteit)</td><td class='r'>1.450.000</td><td class='r'>22%</td>"
         "<td class='r'>9,4</td></tr>"
         "<tr><td>Universiteit B (oude universiteit)</td><td class='r'>1.120.000</td><td class='r'>31%</td>"
         "<td class='r'>7,0</td></tr>"
         "<tr><td>Universiteit C (technische universiteit)</td><td class='r'>310.000</td><td class='r'>12%</td>"
         "<td class='r'>1,8</td></tr>"
         "<tr><td>Universiteit D (medisch centrum)</td><td class='r'>240.000</td><td class='r'>6%</td>"
         "<td class='r'>0,6</td></tr></table>",
         "<div class='cap'>Tabel 1. Omvang en digitalisering van de vier grootste collecties (peildatum 1 januari "
         "2026).</div>",
         "<p>Slechts een klein deel van de collecties is beschermd. Voor een object dat als beschermd "
         "cultuurgoed is aangewezen, moet de eigenaar volgens de Erfgoedwet een voorgenomen vervreemding vooraf "
         "melden. Voor de overige universitaire objecten gelden geen regels: een faculteit kan een collectie "
         "zonder meer afstoten, en dat gebeurde de afgelopen tien jaar ten minste elf keer. Volgens veel "
         "conservatoren zou een afstotingsbesluit altijd door een externe deskundige moeten worden getoetst.</p>",
         "<p>In 2011 stelde de Akademie al vast dat de zorg voor universitaire collecties versnipperd is. Zij "
         "schreef toen:</p>",
         "<p class='q'>'Universiteiten moeten hun collecties behandelen als onderzoeksinfrastructuur, met een "
         "eigen plaats in de begroting en een eigen verantwoordelijke.'</p>",
         "<p>Die oproep heeft weinig opgeleverd. Slechts vier universiteiten hebben sindsdien een "
         "collectiebeleid vastgesteld. Digitalisering gebeurt vooral met tijdelijke projectsubsidies, en de kennis "
         "van de conservatoren gaat verloren wanneer zij met pensioen gaan.</p>",
         "<h2>3 Aanbevelingen</h2>",
         "<p>Op grond van deze bevindingen doet de Akademie de volgende aanbevelingen.</p>",
         "<div class='box'>"
         "<h4>Aan de minister van OCW</h4><ul>"
         "<li>Richt een landelijk Netwerk Universitaire Collecties op, met een eigen coördinatiepunt en een "
         "looptijd van ten minste tien jaar.</li>"
         "<li>Stel vanaf 2027 structureel 4 miljoen euro per jaar beschikbaar voor het beheer en de "
         "digitalisering van universitaire collecties.</li>"
         "<li>Breng universitaire collecties onder de werking van de Erfgoedwet, zodat de regels voor het "
         "afstoten van objecten ook voor universiteiten gelden.</li></ul>"
         "<h4>Aan de colleges van bestuur van de universiteiten</h4><ul>"
         "<li>Wijs binnen elk college van bestuur één portefeuillehouder aan die verantwoordelijk is voor alle "
         "collecties van de instelling.</li>"
         "<li>Laat het werk aan collecties meetellen in de erkenning en waardering van wetenschappelijk "
         "personeel, net als onderwijs en onderzoek.</li></ul>"
         "<h4>Aan NWO</h4><ul>"
         "<li>Open binnen het programma NWO-Groot een aparte ronde voor onderzoek met en aan universitaire "
         "collecties.</li></ul>"
         "<h4>Aan de Rijksdienst voor het Cultureel Erfgoed</h4><ul>"
         "<li>Ontwikkel samen met de universiteiten een landelijke richtlijn voor de waardering en selectie van "
         "wetenschappelijke objecten.</li></ul></div>",
         "<h2>4 Tot slot</h2>",
         "<p>De Akademie is graag bereid de oprichting van het netwerk te ondersteunen, onder meer met de kennis "
         "van haar eigen instituten. Zij zal over drie jaar nagaan hoe het met de universitaire collecties "
         "staat.</p>"]
    html = doc(ADV_CSS, "".join(b))
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    side = ("<b>Ministerie van Onderwijs, Cultuur en Wetenschap</b><br/><br/>Directie Onderzoek en Wetenschap<br/>"
            "Rijnstraat 50<br/>Den Haag<br/><br/><b>Onze referentie</b><br/>52184113<br/><br/><b>Bijlagen</b><br/>"
            "1. KNAW-advies 'Universitaire collecties in beeld'")
    m = ["<div class='band'><b>Ministerie van Onderwijs, Cultuur en Wetenschap</b>De minister</div>",
         "<div class='to'>&gt; Retouradres Postbus 16375 2500 BJ Den Haag<br/><br/>De Voorzitter van de Tweede "
         "Kamer der Staten-Generaal<br/>Postbus 20018<br/>2500 EA  DEN HAAG</div>",
         "<table class='meta'><tr><td>Datum</td><td>2 juli 2026</td></tr><tr><td>Betreft</td><td>Reactie op "
         "het KNAW-advies 'Universitaire collecties in beeld'</td></tr></table><p> </p>",
         "<p>Op 19 maart 2026 heeft de Koninklijke Nederlandse Akademie van Wetenschappen mij haar advies over de "
         "universitaire collecties aangeboden. Ik had de Akademie daarom gevraagd naar aanleiding van de motie "
         "van het lid Brouwer over het verlies van wetenschappelijk erfgoed. Met deze brief informeer ik uw "
         "Kamer over mijn reactie. Ik dank de commissie voor haar grondige werk.</p>",
         "<h2>Het advies in het kort</h2>",
         "<p>De Akademie constateert dat de ruim vijf miljoen objecten in universitaire collecties van groot "
         "belang zijn voor onderzoek en onderwijs, maar dat hun beheer kwetsbaar is. Zij doet aanbevelingen aan "
         "mij, aan de universiteiten, aan NWO en aan de Rijksdienst voor het Cultureel Erfgoed.</p>",
         "<h2>Financiering</h2>",
         "<h3>Wat adviseert de KNAW?</h3>",
         "<p>Een structureel budget van 4 miljoen euro per jaar vanaf 2027.</p>",
         "<h3>Reactie</h3>",
         "<p>Ik erken dat tijdelijke projectgelden geen basis zijn voor duurzaam beheer. Binnen de ruimte van de "
         "OCW-begroting kan ik echter geen 4 miljoen euro vrijmaken. Ik stel vanaf 2028 structureel 2 miljoen "
         "euro per jaar beschikbaar, via de bijdrage aan het netwerk dat ik hieronder beschrijf.</p>",
         "<h2>Een landelijk netwerk</h2>",
         "<h3>Wat adviseert de KNAW?</h3>",
         "<p>Een landelijk netwerk met een coördinatiepunt, en een aparte NWO-ronde voor collectieonderzoek.</p>",
         "<h3>Reactie</h3>",
         "<p>Ik neem het advies over om een landelijk netwerk op te richten. Het coördinatiepunt komt bij de "
         "Universiteitsbibliotheken Nederland en start op 1 januari 2027, met een eerste looptijd van tien jaar. "
         "De aanbeveling over een aparte ronde binnen NWO-Groot is gericht aan NWO. NWO heeft mij laten weten dat "
         "zij deze suggestie betrekt bij de evaluatie van haar investeringsprogramma's in 2027; op de uitkomst "
         "daarvan loop ik niet vooruit.</p>",
         "<h2>Erfgoedwet</h2>",
         "<h3>Wat adviseert de KNAW?</h3>",
         "<p>Universitaire collecties onder de afstotingsregels van de Erfgoedwet brengen.</p>",
         "<h3>Reactie</h3>",
         "<p>Ik kies er niet voor om de Erfgoedwet op dit punt te wijzigen. De wet beschermt bewust alleen "
         "aangewezen cultuurgoederen en rijkscollecties; een algemene regeling voor alle universitaire objecten "
         "zou tot een forse administratieve last leiden. Universiteiten kunnen de Leidraad voor het afstoten van "
         "museale objecten vrijwillig toepassen.</p>",
         "<h2>Waardering en selectie</h2>",
         "<h3>Wat adviseert de KNAW?</h3>",
         "<p>Een landelijke richtlijn voor waardering en selectie.</p>",
         "<h3>Reactie</h3>",
         "<p>De Rijksdienst voor het Cultureel Erfgoed valt onder mijn ministerie. Ik heb de Rijksdienst gevraagd "
         "deze richtlijn samen met de universiteiten op te stellen; een eerste versie verschijnt in het voorjaar "
         "van 2027.</p>",
         "<h2>Bestuurlijke verantwoordelijkheid</h2>",
         "<h3>Wat adviseert de KNAW?</h3>",
         "<p>Eén portefeuillehouder per college van bestuur.</p>",
         "<h3>Reactie</h3>",
         "<p>Ik heb dit punt besproken met Universiteiten van Nederland. De universiteiten onderschrijven dat de "
         "verantwoordelijkheid voor collecties op het niveau van het college belegd moet zijn en leggen dat vóór "
         "2027 vast. Een verplichte portefeuillehouder per instelling vinden zij niet nodig: sommige "
         "universiteiten leggen de taak bij de universiteitsbibliothecaris, anderen bij de decanen. Die keuze laat "
         "ik aan de instellingen.</p>",
         "<h2>Koloniale collecties</h2>",
         "<p>Los van het advies wijs ik erop dat ook universiteiten objecten uit een koloniale context bezitten. "
         "Voor verzoeken tot teruggave daarvan kunnen zij sinds 2022 een beroep doen op de Adviescommissie "
         "Koloniale Collecties.</p>",
         "<p>Ik zal uw Kamer in 2028 informeren over de voortgang van het netwerk.</p>",
         "<p>De minister van Onderwijs, Cultuur en Wetenschap,<br/><br/><br/>drs. H.J. Veldkamp</p>"]
    body = f"<div class='wrap'><div class='main'>{''.join(m)}</div><div class='side'>{side}</div></div>"
    B.chromium_pdf(doc(RES_CSS, body), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "Richt een landelijk Netwerk Universitaire Collecties op, met een eigen",
         "Ik neem het advies over om een landelijk netwerk op te richten", "agrees"),
        ("2", "Stel vanaf 2027 structureel 4 miljoen euro per jaar beschikbaar",
         "Ik stel vanaf 2028 structureel 2 miljoen euro per jaar beschikbaar", "partly"),
        ("3", "Breng universitaire collecties onder de werking van de Erfgoedwet",
         "Ik kies er niet voor om de Erfgoedwet op dit punt", "disagrees"),
        ("4", "Wijs binnen elk college van bestuur één portefeuillehouder aan",
         "Een verplichte portefeuillehouder per instelling vinden zij niet nodig", "partly"),
        ("5", "Laat het werk aan collecties meetellen in de erkenning en waardering",
         None, "unanswered"),
        ("6", "Open binnen het programma NWO-Groot een aparte ronde voor onderzoek",
         "NWO heeft mij laten weten dat zij deze suggestie betrekt", "noted"),
        ("7", "Ontwikkel samen met de universiteiten een landelijke richtlijn voor de waardering",
         "Ik heb de Rijksdienst gevraagd deze richtlijn samen met de universiteiten", "agrees"),
    ], ["Met deze brief informeer ik uw Kamer over mijn reactie",
        "Zij doet aanbevelingen aan mij, aan de universiteiten, aan NWO",
        "Los van het advies wijs ik erop dat ook universiteiten",
        "Ik zal uw Kamer in 2028 informeren over de voortgang"],
        "ADVIES of the KNAW (the committee, the universities' figures, the people, the motion and the 2011 "
        "quotation are invented; the Erfgoedwet is real, what is said of it is not to be relied on). The seven "
        "recommendations stand ONLY as UNNUMBERED bullets in one shaded box under 3 Aanbevelingen, grouped under "
        "the addressee sub-heads 'Aan de minister van OCW' (1-3), 'Aan de colleges van bestuur van de "
        "universiteiten' (4-5), 'Aan NWO' (6), 'Aan de Rijksdienst voor het Cultureel Erfgoed' (7); numbers by "
        "document order; each an imperative. Not recommendations: the 'Kernboodschap' paraphrase ('De Akademie "
        "pleit voor ...'), the minister's three questions as a numbered list, Table 1, the Erfgoedwet duty ('moet "
        "de eigenaar ... melden'), the conservators' view ('zou ... moeten worden getoetst'), the quoted 2011 "
        "advice ('Universiteiten moeten ...'), 4 Tot slot (the academy's own offer and follow-up). Response: "
        "Kamerbrief of the minister of OCW with a letterhead column on the right; themed sections each with italic sub-heads "
        "'Wat adviseert de KNAW?' (a short paraphrase, not itself the reply) and 'Reactie', order 2, 1+6, 3, 7, "
        "4: 2 partly (2 million from 2028 instead of 4 from 2027); ONE 'Reactie': 1 agrees ('neem het advies "
        "over') + 6 noted (addressed to NWO, 'betrekt ... bij de evaluatie', 'loop ik niet vooruit'); 3 disagrees "
        "('kies er niet voor'); 7 agrees (RCE asked, first version 2027); 4 partly (responsibility at board level "
        "yes, one portfolio holder no). 5 (recognition and rewards) UNANSWERED. The introduction, 'Het advies in "
        "het kort', 'Koloniale collecties' and the closing sentence answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

"""Round 58 (nl): a SIGNAALRAPPORT of the RIJKSINSPECTIE DIGITALE INFRASTRUCTUUR (RDI, the inspectorate for
telecom networks) on the reachability of 112 on SABA and SINT EUSTATIUS (Caribisch Nederland) after a hurricane
outage, its recommendations addressed to three parties, answered by the joint PLAN VAN AANPAK of the ministry of
Economische Zaken, the two telecom providers and the two openbare lichamen.

Advice: RDI layout (dark band, 'Signaalrapport', kenmerk), a 'Samenvatting' paraphrasing the recommendations, 1
Aanleiding with a ruled timeline table of the outage, 2 Wat zegt de regelgeving (Telecommunicatiewet BES duties:
'moeten ... kosteloos doorgeven', 'moet ... melden'), 3 Bevindingen with 'Wat goed ging' bullets, findings ('zou ...
moeten'), a firefighter's quote and the predecessor's 2019 recommendation quoted in italics, 4 Aanbevelingen with
three bold ADDRESSEE sub-headings ('Aan de staatssecretaris van Economische Zaken', 'Aan de aanbieders ...', 'Aan
de openbare lichamen ...') and seven UNNUMBERED imperative dash bullets under them; numbers are their order 1-7. The
RDI's own follow-up ('De RDI zal ... in 2027 nagaan') is no recommendation. Response: 'Plan van aanpak 112-
bereikbaarheid Saba en Sint Eustatius', a joint document (names of the five parties on the cover block), sections
1 Inleiding (answers nothing), 2 Maatregelen with theme headings 2.1-2.4 that never number the recommendations, in
the order 1, 7, 3+4 (one paragraph: 3 agrees, 4 disagrees), 2, 5; 6 (yearly exercise) unanswered; 3 Financiering
and 4 Communicatie met inwoners en bezoekers answer nothing; a closing 'Planning' table repeats some actions in
short form. Engine: headless Chromium --print-to-pdf (CSS @page margin boxes); ligature-free DejaVu copies.

Run: /tmp/blind58nl/bin/python tests/docs/src/blind58/gen_nl_rdi_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b58nl as B  # noqa: E402

NAME = "blind58_nl_rdi"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B58NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S58", SANS) + fonts("R58", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 22mm 22mm 22mm 22mm;
  @top-left { content: "RDI | Signaalrapport 112 Saba en Sint Eustatius"; font-family: S58; font-size: 7.4pt;
              color: #6a6a6a; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S58; font-size: 7.6pt;
                  color: #6a6a6a; } }
@page :first { @top-left { content: none; } }
html { font-family: S58; font-size: 9.3pt; line-height: 1.48; }
.band { background: #01689b; color: #fff; padding: 4mm 5mm; margin-bottom: 5mm; }
.band .o { font-size: 8.4pt; }
.band .k { font-size: 8pt; margin-top: 1mm; }
.kind { font-size: 8.4pt; color: #01689b; text-transform: uppercase; letter-spacing: 0.5pt; margin-bottom: 1mm; }
h1 { font-size: 18pt; line-height: 1.15; margin: 0 0 2mm 0; color: #1b1b1b; }
.sub { font-size: 10pt; color: #555; margin-bottom: 5mm; }
h2 { font-size: 11.4pt; color: #01689b; margin: 5mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 9.6pt; margin: 3.5mm 0 1.4mm 0; break-after: avoid; }
.sam { border-left: 2.2mm solid #01689b; background: #eef5fa; padding: 3mm 4mm; margin-bottom: 4mm; }
.sam b.t { display: block; color: #01689b; margin-bottom: 1mm; }
table.m { font-size: 8.1pt; width: 100%; margin: 1mm 0 1mm 0; }
table.m th { background: #01689b; color: #fff; text-align: left; padding: 1mm 1.6mm; }
table.m td { border-bottom: 0.4pt solid #b5c9d6; padding: 0.9mm 1.6mm; vertical-align: top; }
.cap { font-size: 8pt; font-weight: bold; margin-top: 2mm; }
.q { font-family: R58; font-style: italic; color: #444; margin: 0 8mm 2.4mm 8mm; }
ul { margin: 0 0 2.4mm 0; padding-left: 5mm; }
ul.d { list-style-type: none; padding-left: 5mm; }
ul.d li { text-indent: -4mm; margin-bottom: 1.4mm; }
ul.d li::before { content: "\\2013"; display: inline-block; width: 4mm; text-indent: 0; }
.adr { font-weight: bold; color: #01689b; margin: 3mm 0 1.2mm 0; break-after: avoid; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-right { content: "Plan van aanpak 112-bereikbaarheid Saba en Sint Eustatius | versie 1.0"; font-family: S58;
               font-size: 7.2pt; color: #555; }
  @bottom-center { content: counter(page); font-family: S58; font-size: 8pt; } }
html { font-family: R58; font-size: 9.4pt; line-height: 1.5; }
.cover { border: 0.8pt solid #3d6b35; padding: 4mm 5mm; margin-bottom: 5mm; font-family: S58; }
.cover .t { font-size: 15pt; font-weight: bold; color: #3d6b35; margin-bottom: 1.5mm; }
.cover .p { font-size: 8.2pt; color: #444; }
h2 { font-family: S58; font-size: 11pt; color: #3d6b35; margin: 5mm 0 1.6mm 0; break-after: avoid; }
h3 { font-family: S58; font-size: 9.5pt; margin: 3mm 0 1.2mm 0; break-after: avoid; }
table.pl { font-family: S58; font-size: 8pt; width: 100%; }
table.pl th { border-bottom: 1pt solid #3d6b35; text-align: left; padding: 1mm 1.6mm; }
table.pl td { border-bottom: 0.4pt solid #bbb; padding: 0.9mm 1.6mm; vertical-align: top; }
"""


def advice():
    body = """
<div class='band'><div class='o'><b>Rijksinspectie Digitale Infrastructuur</b> | Ministerie van Economische Zaken</div>
<div class='k'>Kenmerk RDI-2026/0388 | Groningen, 12 mei 2026</div></div>
<div class='kind'>Signaalrapport</div>
<h1>Als het netwerk stilvalt</h1>
<div class='sub'>De bereikbaarheid van 112 op Saba en Sint Eustatius tijdens en na orkaan Ilse</div>
<div class='sam'><b class='t'>Samenvatting</b>
Op 14 en 15 september 2025 waren 112 en de reguliere telefonie op Saba ruim 31 uur en op Sint Eustatius ruim 19 uur
niet of nauwelijks bereikbaar. De RDI concludeert dat de stroomvoorziening van zendmasten en de verbindingen met
Sint Maarten de zwakke plekken zijn, en dat storingen te laat worden gemeld. De inspectie doet aanbevelingen aan de
staatssecretaris, aan de aanbieders en aan de openbare lichamen, onder meer over noodstroom, meldingen van
storingen en een plan voor het geval alle telefonie uitvalt.</div>

<h2>1 Aanleiding</h2>
<p>Orkaan Ilse trok in de nacht van 13 op 14 september 2025 ten noorden van Saba en Sint Eustatius langs. Op beide
eilanden viel de elektriciteit uit. Daarna vielen ook de mobiele netwerken van de twee aanbieders, Windward Mobile en
Statia Telecom, grotendeels uit. De RDI heeft onderzocht hoe dat kon gebeuren en wat er nodig is om 112 bij een
volgende storm bereikbaar te houden. Tabel 1 geeft het verloop.</p>
<div class='cap'>Tabel 1 Verloop van de storing (lokale tijd)</div>
<table class='m'><tr><th style='width:30mm'>Tijdstip</th><th>Gebeurtenis</th></tr>
<tr><td>14 sept. 02.10</td><td>Stroomuitval op Saba; zendmasten schakelen over op accu's</td></tr>
<tr><td>14 sept. 03.40</td><td>Stroomuitval op Sint Eustatius</td></tr>
<tr><td>14 sept. 05.55</td><td>Accu's van vier van de zes masten op Saba leeg; 112 niet meer bereikbaar in Windwardside en The Bottom</td></tr>
<tr><td>14 sept. 09.20</td><td>Straalverbinding Saba - Sint Maarten beschadigd</td></tr>
<tr><td>14 sept. 11.05</td><td>Eerste melding van een aanbieder aan de RDI</td></tr>
<tr><td>14 sept. 22.50</td><td>Sint Eustatius: netwerk hersteld</td></tr>
<tr><td>15 sept. 09.15</td><td>Saba: netwerk hersteld met een tijdelijke aggregaat</td></tr>
</table>
<p style='font-size:7.4pt;color:#666'>Bron: logbestanden van de aanbieders, bewerking RDI</p>

<h2>2 Wat zegt de regelgeving?</h2>
<p>Volgens de Telecommunicatiewet BES moeten aanbieders van openbare telefoondiensten oproepen naar het
alarmnummer 112 kosteloos doorgeven aan de meldkamer. Een aanbieder moet een ernstige storing in zijn netwerk
bovendien zo spoedig mogelijk aan de inspectie melden. De wet bevat, anders dan de regels in Europees Nederland, geen
concrete eisen aan de duur van de noodstroomvoorziening van zendmasten.</p>

<h2>3 Bevindingen</h2>
<h3>Wat goed ging</h3>
<ul>
<li>De meldkamer van het Korps Politie Caribisch Nederland schakelde binnen een uur over op satelliettelefoons.</li>
<li>De brandweer reed op Saba op eigen initiatief rondes langs de wijken, zodat inwoners hulp konden vragen.</li>
<li>Statia Telecom had op twee masten extra accu's geplaatst; daar bleef het netwerk zes uur langer in de lucht.</li>
</ul>
<h3>Stroomvoorziening en verbindingen</h3>
<p>De accu's van de meeste zendmasten hielden het minder dan vier uur vol. Aggregaten waren er niet, of zij stonden op
een plek die na de storm niet bereikbaar was. Het hele verkeer van Saba loopt bovendien via één straalverbinding met
Sint Maarten; toen die beschadigd raakte, was het eiland volledig afgesloten. Een aanbieder zou volgens de RDI in zijn
continuïteitsplan rekening moeten houden met het wegvallen van die ene verbinding.</p>
<p>Een brandweerman op Saba zei daarover:</p>
<p class='q'>'We hadden geen idee wie ons nodig had. We zouden eigenlijk op vaste plekken moeten staan, zodat mensen weten
waar ze ons kunnen vinden.'</p>
<h3>Melden van storingen</h3>
<p>De eerste melding aan de RDI kwam ruim negen uur na het begin van de storing. De meldkamer werd door geen van beide
aanbieders geïnformeerd. In 2019 adviseerde het Agentschap Telecom, de voorganger van de RDI, al <i>de meldprocedure
voor storingen in Caribisch Nederland te verduidelijken</i>; dat is niet gebeurd.</p>
<h3>Voorbereiding op de eilanden</h3>
<p>De rampenplannen van beide openbare lichamen gaan ervan uit dat inwoners 112 kunnen bellen. Een plan voor het geval
alle telefonie uitvalt, ontbreekt. Sinds 2021 is op geen van beide eilanden geoefend met het uitvallen van 112.</p>

<h2>4 Aanbevelingen</h2>
<p>Op grond van deze bevindingen doet de RDI de volgende aanbevelingen.</p>
<div class='adr'>Aan de staatssecretaris van Economische Zaken</div>
<ul class='d'>
<li>Neem in de regelgeving onder de Telecommunicatiewet BES een verplichting op voor aanbieders om alle zendmasten
van ten minste vier uur noodstroom te voorzien.</li>
<li>Zorg ervoor dat noodoproepen bij uitval van het ene mobiele netwerk automatisch via het netwerk van de andere
aanbieder worden afgehandeld.</li>
<li>Verplicht aanbieders om jaarlijks openbaar te rapporteren over de beschikbaarheid van hun netwerken op Saba en
Sint Eustatius.</li>
</ul>
<div class='adr'>Aan de aanbieders Windward Mobile en Statia Telecom</div>
<ul class='d'>
<li>Meld iedere storing die 112 raakt en langer dan dertig minuten duurt binnen een uur aan de RDI en aan de
meldkamer.</li>
<li>Leg de verbinding tussen Saba en Sint Maarten dubbel aan, via twee fysiek gescheiden routes.</li>
</ul>
<div class='adr'>Aan de openbare lichamen Saba en Sint Eustatius</div>
<ul class='d'>
<li>Stel voor elk eiland een noodcommunicatieplan op met vaste verzamelpunten waar inwoners hulp kunnen inroepen
als alle telefonie uitvalt.</li>
<li>Oefen jaarlijks met het uitvallen van 112, samen met de politie, de brandweer en de ambulancedienst.</li>
</ul>
<p>De RDI zal in het voorjaar van 2027 nagaan wat er met deze aanbevelingen is gedaan, en rapporteert daarover in haar
jaarverslag.</p>
"""
    B.chromium_pdf(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{ADV_CSS}</style></head>"
                   f"<body>{body}</body></html>", NAME + "_advice.pdf")


def response():
    body = """
<div class='cover'><div class='t'>Plan van aanpak 112-bereikbaarheid Saba en Sint Eustatius</div>
<div class='p'>Opgesteld door het ministerie van Economische Zaken (directie Digitale Economie), Windward Mobile N.V.,
Statia Telecom B.V., het openbaar lichaam Saba en het openbaar lichaam Sint Eustatius<br/>Versie 1.0, 30 september
2026</div></div>

<h2>1 Inleiding</h2>
<p>Naar aanleiding van het signaalrapport 'Als het netwerk stilvalt' van de Rijksinspectie Digitale Infrastructuur
hebben de vijf betrokken partijen in juni en juli 2026 drie keer overlegd, twee keer op Saba en een keer online. Dit
plan beschrijft wat zij gezamenlijk gaan doen. Waar een partij een aanbeveling niet of anders uitvoert, is dat
toegelicht. De partijen hebben er bewust voor gekozen het plan per thema en niet per geadresseerde op te bouwen.</p>

<h2>2 Maatregelen</h2>
<h3>2.1 Noodstroom en transparantie</h3>
<p>Het ministerie wijzigt de Regeling telecommunicatie BES zo dat iedere zendmast op Saba en Sint Eustatius vanaf 1 juli
2027 beschikt over noodstroom voor ten minste vier uur. De aanbieders hebben toegezegd hun masten al vóór het
orkaanseizoen van 2027 aan te passen.</p>
<p>In dezelfde wijziging wordt een verplichting opgenomen om jaarlijks vóór 1 april een openbaar overzicht te
publiceren van de beschikbaarheid van de netwerken per eiland, met het aantal en de duur van de storingen. Het eerste
overzicht verschijnt in 2028, over het jaar 2027.</p>
<h3>2.2 Verbindingen en meldingen</h3>
<p>Beide aanbieders melden een storing die 112 raakt voortaan binnen een uur aan de RDI en tegelijk aan de meldkamer
van het KPCN; de contactgegevens en een meldformulier zijn sinds augustus 2026 vastgelegd. Een tweede, fysiek
gescheiden verbinding tussen Saba en Sint Maarten wordt niet aangelegd. Een onderzeese kabel kost naar een raming van
de aanbieders ruim 14 miljoen dollar, en de aanleg van een tweede straalverbinding via Sint Eustatius is technisch
onvoldoende betrouwbaar gebleken. Windward Mobile legt in plaats daarvan een satellietverbinding aan als noodroute
voor het dataverkeer van de meldkamer en de hulpdiensten.</p>
<h3>2.3 Noodoproepen via het andere netwerk</h3>
<p>Een volledige automatische overname van noodoproepen door het andere netwerk vergt aanpassingen in beide netwerken
die pas bij de vervanging van de kernapparatuur, omstreeks 2029, mogelijk zijn. Tot die tijd maken de aanbieders een
beperkte afspraak: bij uitval van meer dan de helft van de masten van de ene aanbieder worden de 112-oproepen van zijn
klanten op het andere netwerk toegelaten, maar andere gesprekken niet.</p>
<h3>2.4 Voorbereiding op de eilanden</h3>
<p>De openbare lichamen nemen kennis van de aanbeveling over een noodcommunicatieplan. De rampenbestrijding is een
taak van de gezaghebbers, die in 2027 hun rampenplannen actualiseren. Zij betrekken de aanbeveling daarbij en
bepalen dan of vaste verzamelpunten op de eilanden de beste oplossing zijn.</p>

<h2>3 Financiering</h2>
<p>De kosten van de noodstroom en de satellietverbinding komen voor rekening van de aanbieders. Het ministerie draagt
eenmalig 850 000 dollar bij uit het budget voor digitale infrastructuur in Caribisch Nederland, omdat de
aanpassingen op deze kleine eilanden onevenredig duur zijn.</p>

<h2>4 Communicatie met inwoners en bezoekers</h2>
<p>Voor het orkaanseizoen verspreiden de openbare lichamen een folder in het Engels en het Nederlands over wat
inwoners en toeristen kunnen doen als de telefoon niet werkt. De folder wordt ook uitgedeeld op de veerboot en op de
luchthavens.</p>

<h2>5 Planning</h2>
<table class='pl'><tr><th style='width:50%'>Actie</th><th style='width:25%'>Wie</th><th>Gereed</th></tr>
<tr><td>Wijziging Regeling telecommunicatie BES</td><td>EZ</td><td>1 juli 2027</td></tr>
<tr><td>Masten aangepast</td><td>Aanbieders</td><td>juni 2027</td></tr>
<tr><td>Satellietnoodroute meldkamer</td><td>Windward Mobile</td><td>maart 2027</td></tr>
<tr><td>Tijdelijke afspraak 112-toegang</td><td>Aanbieders</td><td>december 2026</td></tr>
<tr><td>Folder orkaanseizoen</td><td>Openbare lichamen</td><td>mei 2027</td></tr>
</table>
"""
    B.chromium_pdf(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{RES_CSS}</style></head>"
                   f"<body>{body}</body></html>", NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "Neem in de regelgeving onder de Telecommunicatiewet BES een verplichting op",
         "beschikt over noodstroom voor ten minste vier uur", "agrees"),
        ("2", "Zorg ervoor dat noodoproepen bij uitval van het ene mobiele netwerk",
         "Tot die tijd maken de aanbieders een beperkte afspraak", "partly"),
        ("3", "Verplicht aanbieders om jaarlijks openbaar te rapporteren over de beschikbaarheid",
         "Het eerste overzicht verschijnt in 2028, over het jaar 2027", "agrees"),
        ("4", "Meld iedere storing die 112 raakt en langer dan dertig minuten",
         "melden een storing die 112 raakt voortaan binnen een uur", "agrees"),
        ("5", "Leg de verbinding tussen Saba en Sint Maarten dubbel aan, via",
         "gescheiden verbinding tussen Saba en Sint Maarten wordt niet aangelegd", "disagrees"),
        ("6", "Stel voor elk eiland een noodcommunicatieplan op met vaste verzamelpunten waar",
         "nemen kennis van de aanbeveling over een noodcommunicatieplan", "noted"),
        ("7", "Oefen jaarlijks met het uitvallen van 112, samen met de politie,",
         None, "unanswered"),
    ], ["hebben de vijf betrokken partijen in juni en juli 2026",
        "Het ministerie draagt eenmalig 850 000 dollar bij",
        "verspreiden de openbare lichamen een folder in het Engels"],
        "RDI SIGNAALRAPPORT RDI-2026/0388 'Als het netwerk stilvalt' on the reachability of 112 on Saba and Sint "
        "Eustatius (Caribisch Nederland) after an (invented) hurricane; the RDI and the Telecommunicatiewet BES are "
        "real, the hurricane, providers, figures and quotes are invented. The seven recommendations are UNNUMBERED "
        "imperative dash bullets in 4 Aanbevelingen under three bold ADDRESSEE lines ('Aan de staatssecretaris van "
        "Economische Zaken' 1-3, 'Aan de aanbieders Windward Mobile en Statia Telecom' 4-5, 'Aan de openbare "
        "lichamen Saba en Sint Eustatius' 6-7); numbers are their order 1-7. Not recommendations: the Samenvatting "
        "that paraphrases them ('doet aanbevelingen ... onder meer over noodstroom ...'), table 1 (timeline), the "
        "legal duties in 2 ('moeten ... kosteloos doorgeven', 'moet ... melden'), the 'Wat goed ging' bullets, the "
        "finding 'zou volgens de RDI ... rekening moeten houden', a firefighter's quote ('We zouden eigenlijk op "
        "vaste plekken moeten staan'), the predecessor's 2019 advice quoted in italics ('adviseerde het Agentschap "
        "Telecom ... al de meldprocedure ... te verduidelijken') and the RDI's own follow-up ('De RDI zal in het "
        "voorjaar van 2027 nagaan ...'). Response: a joint PLAN VAN AANPAK of the ministry, both providers and both "
        "openbare lichamen (a framed cover block, serif body), built per theme rather than per addressee, never "
        "numbering the recommendations, in the order 1+3, 4+5, 2, 6: 2.1 'Noodstroom en transparantie' 1 agrees "
        "(first paragraph) and 3 agrees (second paragraph); 2.2 'Verbindingen en meldingen' ONE paragraph 4 agrees "
        "(reporting within an hour to RDI and meldkamer) + 5 disagrees (no second route: 'wordt niet aangelegd', a "
        "satellite link instead); 2.3 2 partly (full automatic takeover only around 2029, a limited arrangement "
        "now); 2.4 6 noted ('nemen kennis van', the gezaghebbers' disaster plans in 2027). 7 (yearly exercise) "
        "UNANSWERED. 1 Inleiding, 3 Financiering, 4 Communicatie met inwoners en bezoekers answer nothing; 5 "
        "Planning is a table repeating actions in short form.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

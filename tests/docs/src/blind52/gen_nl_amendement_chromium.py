"""Round 52 (nl): an (invented) RAPPORT of the REKENKAMER ZUIDERMEER 'Onderweg op maat' on doelgroepenvervoer
(Wmo and leerlingenvervoer); six recommendations numbered 1-6 only in the right-hand column of a two-column table
'Conclusie | Aanbeveling' (imperatives to the raad, the left column holding conclusions C1-C4), after numbered
deelvragen, a normenkader table with 'moet'-norms, a table of figures and a quoted recommendation of the 2021 report.
Answered by the RAADSVOORSTEL of the college (beslispunten adopting some recommendations, 'Argumenten' per group,
1 and 2 in one argument with different verdicts) followed by an AMENDEMENT of the raad, marked adopted, that
replaces beslispunt 3 and so adopts recommendation 5 after all; recommendation 6 is in neither. Engine: headless
Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind52nl/bin/python tests/docs/src/blind52/gen_nl_amendement_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b52nl as B  # noqa: E402

NAME = "blind52_nl_amendement"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B52NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B52", F) + fonts("B52S", SERIF) + """
html { font-family: B52; font-size: 9.3pt; line-height: 1.5; font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
h2 { font-size: 12pt; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 9.8pt; margin: 4mm 0 1.5mm 0; break-after: avoid; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "Rekenkamer Zuidermeer"; font-family: B52; font-size: 7.5pt; color: #00665e; }
  @top-right { content: "Onderweg op maat | rapport 2026-02"; font-family: B52; font-size: 7.5pt; color: #666; }
  @bottom-right { content: counter(page); font-family: B52; font-size: 8pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.cover { background: #00665e; color: white; padding: 8mm 7mm; margin-bottom: 5mm; }
.cover .k { font-size: 9pt; letter-spacing: 1pt; }
.cover .t { font-size: 22pt; font-weight: bold; margin: 2mm 0; }
.cover .s { font-size: 10.5pt; }
h2 { color: #00665e; }
ol.dv li { margin-bottom: 0.8mm; }
table.g { width: 100%; font-size: 8.3pt; margin: 2mm 0 3mm 0; }
table.g th { border-bottom: 1pt solid #00665e; text-align: left; padding: 1mm 2mm; }
table.g td { border-bottom: 0.5pt solid #bbb; padding: 1mm 2mm; vertical-align: top; }
table.g td.n { text-align: right; }
table.ca { width: 100%; font-size: 8.6pt; margin: 2mm 0; }
table.ca th { background: #00665e; color: white; text-align: left; padding: 1.5mm 2mm; width: 50%; }
table.ca td { border: 0.5pt solid #8bb; padding: 2mm; vertical-align: top; }
table.ca td.c { background: #eef5f4; }
.nr { font-weight: bold; color: #00665e; }
.quote { margin: 2mm 10mm 3mm 10mm; padding-left: 3mm; border-left: 2pt solid #bbb; font-style: italic; }
"""

RES_CSS = BASE + """
html { font-family: B52S; font-size: 9.6pt; }
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "Gemeente Zuidermeer"; font-family: B52; font-size: 7.5pt; color: #333; }
  @top-right { content: "Raadsvoorstel 2026-038"; font-family: B52; font-size: 7.5pt; color: #333; }
  @bottom-center { content: "Pagina " counter(page) " van " counter(pages); font-family: B52; font-size: 7.5pt; } }
h1 { font-family: B52; font-size: 16pt; margin: 0 0 3mm 0; }
h2 { font-family: B52; font-size: 10.5pt; margin: 5mm 0 1.5mm 0; }
table.m td { font-family: B52; font-size: 8.5pt; padding: 0.8mm 4mm 0.8mm 0; vertical-align: top; }
table.m td:first-child { font-weight: bold; width: 38mm; }
ol.bp li { margin-bottom: 1mm; }
.amend { break-before: page; border: 1pt solid #333; padding: 5mm 6mm; }
.stamp { float: right; border: 2pt solid #1a7f37; color: #1a7f37; font-family: B52; font-weight: bold;
         padding: 1mm 3mm; font-size: 9pt; transform: rotate(-4deg); }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>",
         "<div class='cover'><div class='k'>REKENKAMER ZUIDERMEER</div><div class='t'>Onderweg op maat</div>"
         "<div class='s'>Onderzoek naar het doelgroepenvervoer in de gemeente Zuidermeer<br>Rapport 2026-02 "
         "&#8226; 9 maart 2026</div></div>",
         "<h2>1 Inleiding</h2>",
         "<p>Ongeveer 1 900 inwoners van Zuidermeer maken gebruik van doelgroepenvervoer: vervoer op grond van de "
         "Wet maatschappelijke ondersteuning 2015 (Wmo-vervoer) en leerlingenvervoer op grond van artikel 4 van de "
         "Verordening leerlingenvervoer Zuidermeer 2019. De gemeente besteedt daar jaarlijks ruim 4,1 miljoen euro "
         "aan. De rekenkamer onderzocht of het vervoer doelmatig en doeltreffend is en of de raad voldoende zicht "
         "heeft op de kwaliteit. Daarvoor beantwoordde zij vier deelvragen:</p>",
         "<ol class='dv'><li>Welke doelen heeft de raad voor het doelgroepenvervoer gesteld?</li>"
         "<li>Hoe is het vervoer georganiseerd en aanbesteed?</li>"
         "<li>Wat vinden reizigers van de kwaliteit van het vervoer?</li>"
         "<li>Hoe wordt de raad geïnformeerd?</li></ol>",
         "<h2>2 Normenkader</h2>",
         "<table class='g'><tr><th>Norm</th><th>Bron</th></tr>"
         "<tr><td>De gemeente moet meetbare doelen voor het vervoer hebben geformuleerd.</td><td>Financiële "
         "verordening, art. 3</td></tr>"
         "<tr><td>Het college moet de raad ten minste jaarlijks informeren over prestaties en kosten.</td>"
         "<td>Gemeentewet, art. 169</td></tr>"
         "<tr><td>De stem van reizigers moet in de sturing doorklinken.</td><td>Wmo 2015, art. 2.1.3</td></tr>"
         "</table>",
         "<h2>3 Bevindingen in cijfers</h2>",
         "<table class='g'><tr><th></th><th>2023</th><th>2024</th><th>2025</th></tr>"
         "<tr><td>Aantal ritten (x 1 000)</td><td class='n'>212</td><td class='n'>219</td><td class='n'>226</td></tr>"
         "<tr><td>Ritten meer dan 15 minuten te laat</td><td class='n'>6,1 %</td><td class='n'>8,4 %</td>"
         "<td class='n'>11,2 %</td></tr>"
         "<tr><td>Klachten</td><td class='n'>318</td><td class='n'>402</td><td class='n'>561</td></tr>"
         "<tr><td>Kosten per rit (euro)</td><td class='n'>17,40</td><td class='n'>18,10</td>"
         "<td class='n'>19,60</td></tr></table>",
         "<p>De stiptheid neemt af en het aantal klachten is in twee jaar bijna verdubbeld. De vervoerder levert de "
         "ritgegevens alleen als samenvatting per kwartaal aan; de gemeente kan de cijfers daardoor niet zelf "
         "controleren. Reizigers die de rekenkamer sprak, voelen zich niet gehoord: het bestaande "
         "klantenpanel van de vervoerder is sinds 2023 niet meer bijeen geweest.</p>",
         "<p>In 2021 deed de rekenkamer al een aanbeveling over de informatie aan de raad:</p>",
         "<p class='quote'>'Vraag het college om in de jaarrekening een paragraaf op te nemen over de prestaties "
         "van het doelgroepenvervoer.' (Rapport 2021-03, aanbeveling 2)</p>",
         "<p>Die paragraaf is er gekomen, maar bevat alleen de kosten.</p>",
         "<h2>4 Conclusies en aanbevelingen</h2>",
         "<p>De rekenkamer komt tot de volgende conclusies en doet daarbij de volgende aanbevelingen aan de "
         "raad.</p>",
         "<table class='ca'><tr><th>Conclusie</th><th>Aanbeveling</th></tr>"
         "<tr><td class='c'><b>C1</b> De raad heeft geen meetbare doelen gesteld en kan daardoor niet sturen op "
         "kwaliteit.</td><td><span class='nr'>1</span> Stel als raad meetbare doelen vast voor het "
         "doelgroepenvervoer, zoals een maximale reistijd en een minimaal percentage ritten op tijd.<br><br>"
         "<span class='nr'>2</span> Vraag het college om ieder halfjaar te rapporteren over stiptheid, klachten en "
         "kosten per rit.</td></tr>"
         "<tr><td class='c'><b>C2</b> Het contract bevat geen financiële prikkel om op tijd te rijden.</td>"
         "<td><span class='nr'>3</span> Draag het college op om in de aanbesteding van 2027 een malusregeling voor "
         "te late ritten op te nemen.</td></tr>"
         "<tr><td class='c'><b>C3</b> Wmo-vervoer en leerlingenvervoer worden apart ingekocht, met dubbele kosten "
         "voor regie en planning.</td><td><span class='nr'>4</span> Laat het college onderzoeken of het Wmo-vervoer "
         "en het leerlingenvervoer in één contract kunnen worden ondergebracht.</td></tr>"
         "<tr><td class='c'><b>C4</b> Reizigers hebben geen stem en de gemeente heeft geen eigen zicht op de "
         "ritgegevens.</td><td><span class='nr'>5</span> Zorg voor een onafhankelijk reizigerspanel dat twee keer "
         "per jaar met de gemeente en de vervoerder om tafel zit.<br><br><span class='nr'>6</span> Leg in het nieuwe "
         "contract vast dat de gemeente rechtstreeks toegang krijgt tot alle ritgegevens van de vervoerder.</td>"
         "</tr></table>",
         "<h2>5 Verantwoording</h2>",
         "<p>Het onderzoek is uitgevoerd door drs. M. Hoekstra-Bakker (onderzoeker) en mr. T. Veenstra "
         "(secretaris), onder verantwoordelijkheid van de rekenkamer: drs. J.P. Oudshoorn (voorzitter), "
         "dr. A. Demir en ir. L. de Waal. Het college ontving het conceptrapport op 26 januari 2026 voor "
         "wederhoor.</p>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>",
         "<p style='font-family:B52;font-size:8pt;color:#555'>GEMEENTE ZUIDERMEER &#8226; RAADSVOORSTEL</p>",
         "<h1>Rekenkamerrapport 'Onderweg op maat'</h1>",
         "<table class='m'><tr><td>Registratienummer</td><td>2026-038 / Z.26.01144</td></tr>"
         "<tr><td>Raadsvergadering</td><td>2 juni 2026</td></tr>"
         "<tr><td>Portefeuillehouder</td><td>wethouder R.M. Kuipers (Zorg en Welzijn)</td></tr>"
         "<tr><td>Programma</td><td>3 Sociaal domein</td></tr>"
         "<tr><td>Bijlagen</td><td>rapport Rekenkamer Zuidermeer 2026-02</td></tr></table>",
         "<h2>Voorgesteld besluit</h2>",
         "<ol class='bp'><li>De aanbevelingen 1, 3 en 4 van het rapport 'Onderweg op maat' over te nemen;</li>"
         "<li>aanbeveling 2 over te nemen met dien verstande dat het college jaarlijks rapporteert;</li>"
         "<li>aanbeveling 5 niet over te nemen.</li></ol>",
         "<h2>Inleiding</h2>",
         "<p>Op 9 maart 2026 publiceerde de rekenkamer haar rapport over het doelgroepenvervoer. Het college heeft "
         "in het wederhoor gereageerd. In dit voorstel geven wij aan hoe wij met de aanbevelingen willen omgaan.</p>",
         "<h2>Argumenten</h2>",
         "<p><b>1.1 Met meetbare doelen en informatie kan de raad sturen.</b> Wij stellen voor dat de raad in het "
         "najaar doelen vaststelt voor reistijd en stiptheid; het college levert daarvoor een voorstel aan. Een "
         "rapportage per halfjaar vraagt echter een extra meet- en rapportagecyclus die de vervoerder niet "
         "levert. Wij rapporteren daarom eenmaal per jaar, in een aparte bijlage bij de jaarrekening.</p>",
         "<p><b>1.2 Eén contract kan kosten besparen.</b> Wij laten samen met de regiogemeenten uitzoeken of het "
         "Wmo-vervoer en het leerlingenvervoer gezamenlijk kunnen worden gegund, en komen daarop terug bij de "
         "voorjaarsnota 2027.</p>",
         "<p><b>1.3 Een prikkel in het contract werkt.</b> In het concept-bestek voor de aanbesteding van 2027 is "
         "een bonus-malusregeling voor stiptheid al opgenomen.</p>",
         "<p><b>3.1 Een nieuw panel voegt weinig toe.</b> De Adviesraad Sociaal Domein vertegenwoordigt de "
         "reizigers al. Een tweede overlegorgaan leidt tot versnippering; wij nodigen de adviesraad liever twee keer "
         "per jaar uit voor een gesprek met de vervoerder.</p>",
         "<h2>Kanttekeningen</h2>",
         "<p>De kosten per rit stijgen ook landelijk. Een malusregeling kan ertoe leiden dat vervoerders een hogere "
         "prijs bieden.</p>",
         "<h2>Financiën</h2>",
         "<p>Het onderzoek naar één contract wordt uitgevoerd binnen het bestaande budget voor de regionale "
         "inkoop.</p>",
         "<h2>Communicatie</h2>",
         "<p>Na het raadsbesluit informeren wij de vervoerder en de Adviesraad Sociaal Domein. Het besluit wordt "
         "gepubliceerd op de gemeentelijke website en in de Zuidermeerder Courant.</p>",
         "<p>Burgemeester en wethouders van Zuidermeer,<br>de secretaris, drs. H. Ploeg<br>de burgemeester, "
         "mr. E.A. van Rijswijk-Doorn</p>",
         "<div class='amend'><span class='stamp'>AANGENOMEN 2 juni 2026<br>19 voor, 8 tegen</span>"
         "<p style='font-family:B52;font-size:13pt;font-weight:bold'>AMENDEMENT A-7</p>"
         "<p><i>Reizigers aan tafel</i></p>"
         "<p>De raad van de gemeente Zuidermeer, in vergadering bijeen op 2 juni 2026, behandelend raadsvoorstel "
         "2026-038 'Rekenkamerrapport Onderweg op maat',</p>"
         "<p>overwegende dat:</p><ul><li>het aantal klachten over het doelgroepenvervoer sinds 2023 bijna is "
         "verdubbeld;</li><li>de Adviesraad Sociaal Domein in een brief van 20 mei 2026 heeft laten weten dat zij "
         "de rol van reizigerspanel niet kan vervullen;</li></ul>"
         "<p>besluit beslispunt 3 te vervangen door:</p>"
         "<p style='margin-left:8mm'>'3. aanbeveling 5 over te nemen en het college op te dragen vóór 1 januari "
         "2027 een onafhankelijk reizigerspanel in te stellen.'</p>"
         "<p>en gaat over tot de orde van de dag.</p>"
         "<p>Ingediend door: L. Mulder (GroenLinks-PvdA), S. Bos (CDA), F. Yilmaz (Lokaal Zuidermeer)</p></div>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "Stel als raad meetbare doelen vast voor het doelgroepenvervoer",
         "de raad in het najaar doelen vaststelt voor reistijd", "agrees"),
        ("2", "Vraag het college om ieder halfjaar te rapporteren over stiptheid",
         "Wij rapporteren daarom eenmaal per jaar", "partly"),
        ("3", "Draag het college op om in de aanbesteding van 2027",
         "een bonus-malusregeling voor stiptheid al opgenomen", "agrees"),
        ("4", "Laat het college onderzoeken of het",
         "Wij laten samen met de regiogemeenten uitzoeken", "agrees"),
        ("5", "Zorg voor een onafhankelijk reizigerspanel dat twee keer per",
         "2027 een onafhankelijk reizigerspanel in te stellen", "agrees", ["disagrees"]),
        ("6", "Leg in het nieuwe contract vast dat de gemeente rechtstreeks", None, "unanswered"),
    ], ["informeren wij de vervoerder en de Adviesraad Sociaal Domein"],
        "Rekenkamer report: recommendations 1-6 only in the right column of a 'Conclusie | Aanbeveling' table "
        "(C1-C4 are conclusions); deelvragen 1-4, the 'moet' norms, the figures table and the quoted 2021 "
        "recommendation are not recommendations. Raadsvoorstel: beslispunten plus arguments 1.1-3.1; 1 agrees and 2 "
        "partly (yearly instead of half-yearly) in one argument 1.1; 4 agrees (will be investigated, 1.2) before "
        "3 agrees (already in the draft bestek, 1.3); 5 rejected by the college (argument 3.1) but adopted by the raad through "
        "amendment A-7 (final: agrees; 'disagrees' accepted as the college's position); 6 (access to ride data) in "
        "neither. 'Communicatie' answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()

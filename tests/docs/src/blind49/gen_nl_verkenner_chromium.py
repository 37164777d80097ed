"""Round 49 (nl): an (invented) VERKENNERSRAPPORT of an independent verkenner on the future of a river ferry,
commissioned by a province and two municipalities; recommendations as roman-numbered bold headings I-VII with an
explanation. Answered by the BESTUURSOVEREENKOMST the three parties sign (Partijen / Overwegende dat / Artikelen /
ondertekening). Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies).
Answer key: README-nl.md.

Run: /tmp/blind49nl/bin/python tests/docs/src/blind49/gen_nl_verkenner_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b49nl as B  # noqa: E402

NAME = "blind49_nl_verkenner"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B49NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B49", F) + fonts("B49S", SERIF) + """
html { font-family: B49; font-size: 9.4pt; line-height: 1.5; font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; text-align: justify; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "Verkenning Veer Drielhoven-Ewaarde"; font-family: B49; font-size: 7.5pt; color: #0b5d3b; }
  @top-right { content: "Eindrapport verkenner | 20 februari 2026"; font-family: B49; font-size: 7.5pt; color: #666; }
  @bottom-center { content: counter(page); font-family: B49; font-size: 8pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.title { border-top: 6pt solid #0b5d3b; padding-top: 8mm; margin-bottom: 8mm; }
.title h1 { font-size: 24pt; margin: 0 0 2mm 0; color: #0b5d3b; }
.title .s { font-size: 12pt; color: #444; }
.title .m { font-size: 8.6pt; margin-top: 5mm; color: #444; }
h2 { font-size: 12.5pt; color: #0b5d3b; margin: 6mm 0 2mm 0; }
.quote { margin: 3mm 8mm; font-style: italic; }
table.g { font-size: 8.4pt; width: 100%; margin: 2mm 0 1mm 0; }
table.g td, table.g th { border-bottom: 0.5pt solid #9bb; padding: 1mm 2mm; text-align: right; }
table.g td:first-child, table.g th:first-child { text-align: left; }
table.g th { border-bottom: 1pt solid #0b5d3b; }
.adv { margin: 0 0 3mm 0; page-break-inside: avoid; }
.adv .h { font-weight: bold; color: #0b5d3b; }
.adv .h span { display: inline-block; width: 9mm; }
.adv p { margin-left: 9mm; }
.side { float: right; width: 55mm; background: #e7f1ec; padding: 3mm; margin: 0 0 3mm 4mm; font-size: 8.2pt; }
"""

RES_CSS = BASE + """
html { font-family: B49S; font-size: 9.6pt; }
@page { size: A4; margin: 25mm 24mm 22mm 24mm;
  @top-center { content: "Bestuursovereenkomst Veerverbinding Drielhoven-Ewaarde 2026-2035"; font-family: B49S;
                font-size: 7.5pt; color: #555; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B49S; font-size: 7.5pt; }
  @bottom-left { content: "Paraaf partijen: ....... ....... ......."; font-family: B49S; font-size: 7.5pt;
                 color: #555; } }
h1 { text-align: center; font-size: 14pt; margin: 0 0 1mm 0; letter-spacing: 0.5pt; }
.sub { text-align: center; margin-bottom: 6mm; }
h3 { font-size: 10pt; margin: 4mm 0 1mm 0; break-after: avoid; page-break-after: avoid; }
ol.ov { list-style: lower-alpha; padding-left: 7mm; }
ol.ov li { margin-bottom: 1.3mm; text-align: justify; }
.lid { margin-left: 7mm; text-indent: -7mm; }
table.sig td { width: 33%; vertical-align: top; padding-top: 4mm; font-size: 9pt; }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='title'><h1>Blijven varen</h1><div class='s'>Verkenning naar de toekomst van de "
             "veerverbinding Drielhoven-Ewaarde</div><div class='m'>Eindrapport van de verkenner, drs. H.J. "
             "Kampstra<br/>In opdracht van Gedeputeerde Staten van Gelderland en de colleges van burgemeester en "
             "wethouders van Drielhoven en Ewaarde<br/>Arnhem, 20 februari 2026</div></div>")
    h.append("<div class='side'><b>De opdracht in het kort</b><br/>1. Is het veer nodig?<br/>2. Wie betaalt "
             "het tekort?<br/>3. Hoe wordt het veer duurzaam?<br/>Looptijd verkenning: september 2025 - februari "
             "2026. Gesproken met 41 personen en organisaties.</div>")
    h.append("<h2>Voorwoord</h2>")
    h.append("<p>Het veer tussen Drielhoven en Ewaarde vaart sinds 1952. Het is voor veel mensen meer dan een "
             "oversteek: voor scholieren is het de kortste weg naar school, voor fruittelers de verbinding met hun "
             "percelen aan de overkant. Toch staat het veer onder druk. De pont is oud, het tekort loopt op en de "
             "drie overheden zijn het al jaren niet eens over de vraag wie wat betaalt. Ik ben gevraagd om te "
             "verkennen of er een gedeelde toekomst is. Mijn antwoord is: ja, als iedereen iets inlevert.</p>")
    h.append("<h2>1. Het veer in cijfers</h2>")
    h.append("<table class='g'><tr><th>Jaar</th><th>Overtochten</th><th>Fietsers</th><th>Auto's</th>"
             "<th>Tekort (EUR)</th></tr>"
             "<tr><td>2021</td><td>48.200</td><td>211.000</td><td>96.400</td><td>412.000</td></tr>"
             "<tr><td>2023</td><td>47.900</td><td>238.000</td><td>91.100</td><td>486.000</td></tr>"
             "<tr><td>2025</td><td>48.600</td><td>252.000</td><td>88.700</td><td>571.000</td></tr></table>")
    h.append("<p style='font-size:8pt'><i>Tabel 1. Gebruik en exploitatietekort; bron: exploitant Veerdienst De "
             "Waard B.V.</i></p>")
    h.append("<p>Het aantal fietsers groeit, het aantal auto's daalt licht. Het tekort is in vier jaar met bijna "
             "40 procent gestegen, vooral door hogere brandstof- en onderhoudskosten. De huidige pont, de 'Jan "
             "van Ewaarde', is 47 jaar oud en moet volgens de scheepvaartinspectie uiterlijk in 2030 ingrijpend "
             "worden gerenoveerd of vervangen.</p>")
    h.append("<h2>2. Wat ik hoorde</h2>")
    h.append("<p>De gemeenten wijzen naar de provincie, omdat het veer deel uitmaakt van een provinciale "
             "fietsroute. De provincie wijst naar de gemeenten, omdat het veer vooral lokaal verkeer bedient. In de "
             "afspraken uit 2011 staat dat 'partijen zich inspannen om het veer in stand te houden'; een "
             "verdeelsleutel ontbreekt. De fruittelers vroegen mij met klem:</p>")
    h.append("<p class='quote'>'Zorg dat het veer ook in de oogsttijd tot tien uur 's avonds vaart.'</p>")
    h.append("<p>Dat verzoek begrijp ik, maar de kosten ervan wegen niet op tegen het beperkte gebruik in de late "
             "uren; ik neem het niet over. Wel hadden de drie overheden de gebruikers veel eerder moeten "
             "betrekken bij de toekomst van het veer.</p>")
    h.append("<h2>3. Mijn adviezen</h2>")
    h.append("<p>Ik doe de drie opdrachtgevers de volgende zeven aanbevelingen. Ze hangen samen; ik raad aan ze in "
             "één bestuursovereenkomst vast te leggen.</p>")
    advs = [
        ("I", "Houd het veer tot ten minste 2035 in stand als volwaardige verbinding voor fietsers en auto's.",
         "Een veer alleen voor fietsers is goedkoper, maar de omrijafstand voor landbouwverkeer wordt dan 23 "
         "kilometer. Dat is niet acceptabel."),
        ("II", "Verdeel het exploitatietekort met een vaste sleutel: de provincie de helft, de gemeenten elk een "
               "kwart.",
         "Een vaste sleutel maakt een einde aan de jaarlijkse onderhandelingen. De helft voor de provincie past "
         "bij het belang van de regionale fietsroute."),
        ("III", "Vervang de huidige pont uiterlijk in 2029 door een elektrische pont met een laadpunt aan de "
                "kant van Drielhoven.",
         "Een elektrische pont verlaagt de exploitatiekosten naar verwachting met 110.000 euro per jaar."),
        ("IV", "Breng de exploitatie onder in een concessie die de provincie namens de drie partijen verleent.",
         "Nu heeft elke gemeente een eigen contract met de exploitant; dat is onnodig ingewikkeld."),
        ("V", "Laat scholieren en fietsers tot achttien jaar gratis overvaren.",
         "De kosten hiervan schat ik op 45.000 euro per jaar."),
        ("VI", "Richt een veerraad op waarin gebruikers, fruittelers en scholen twee keer per jaar met de "
               "opdrachtgevers overleggen.", "Zo blijven de gebruikers betrokken, ook na deze verkenning."),
        ("VII", "Vraag Rijkswaterstaat om de aanlegplaatsen mee te nemen in het onderhoudsprogramma voor de Waal.",
         "De aanlegsteigers liggen in het rivierbed; het onderhoud ervan is nu niemands taak."),
    ]
    for n, t, e in advs:
        h.append(f"<div class='adv'><div class='h'><span>{n}.</span>{t}</div><p>{e}</p></div>")
    h.append("<h2>4. Tot slot</h2>")
    h.append("<p>Ik dank alle gesprekspartners voor hun openheid. De komende maanden moeten de drie besturen "
             "laten zien dat zij samen verantwoordelijkheid willen nemen voor het veer.</p>")
    h.append("<p>Drs. H.J. Kampstra, verkenner</p></body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<h1>BESTUURSOVEREENKOMST</h1><div class='sub'>Veerverbinding Drielhoven-Ewaarde 2026-2035<br/>"
             "kenmerk provincie 2026-004417 | gemeente Drielhoven Z-26-1142 | gemeente Ewaarde 2026/0388</div>")
    h.append("<p><b>De ondergetekenden:</b></p>")
    h.append("<p class='lid'>1. de provincie Gelderland, te dezen vertegenwoordigd door gedeputeerde mr. R.A. "
             "Wiersma, handelend ter uitvoering van het besluit van Gedeputeerde Staten van 12 mei 2026;</p>")
    h.append("<p class='lid'>2. de gemeente Drielhoven, te dezen vertegenwoordigd door wethouder J. Hendriks;</p>")
    h.append("<p class='lid'>3. de gemeente Ewaarde, te dezen vertegenwoordigd door wethouder A. Çelik-Bosman;</p>")
    h.append("<p>hierna gezamenlijk te noemen: partijen;</p>")
    h.append("<p><b>Overwegende dat:</b></p><ol class='ov'>"
             "<li>de veerverbinding tussen Drielhoven en Ewaarde van belang is voor het woon-schoolverkeer, de "
             "landbouw en de regionale fietsroute Rivierenland;</li>"
             "<li>partijen op 1 september 2025 drs. H.J. Kampstra hebben gevraagd de toekomst van het veer te "
             "verkennen, en dat de verkenner op 20 februari 2026 haar eindrapport 'Blijven varen' heeft "
             "uitgebracht;</li>"
             "<li>partijen de uitkomsten van de verkenning in deze overeenkomst willen vastleggen, met uitzondering "
             "van het advies over de aanlegplaatsen, waarover de provincie afzonderlijk in gesprek gaat met "
             "Rijkswaterstaat en waarover deze overeenkomst niets regelt;</li>"
             "<li>de afspraken uit 2011 met deze overeenkomst vervallen;</li></ol>")
    h.append("<p><b>Komen het volgende overeen:</b></p>")
    h.append("<h3>Artikel 1 Begripsbepalingen</h3><p>In deze overeenkomst wordt verstaan onder: veer: de "
             "veerverbinding voor personen, fietsen en motorvoertuigen tussen de aanlegplaatsen Drielhoven en "
             "Ewaarde; tekort: het verschil tussen de exploitatiekosten en de opbrengsten uit kaartverkoop, "
             "vastgesteld in de jaarrekening van de exploitant.</p>")
    h.append("<h3>Artikel 2 Instandhouding</h3><p>Partijen verplichten zich het veer in de periode tot en met 31 "
             "december 2035 in stand te houden voor fietsers, voetgangers en motorvoertuigen, met ten minste de "
             "dienstregeling van 2025.</p>")
    h.append("<h3>Artikel 3 Bijdragen in het tekort</h3><p>1. Partijen dragen jaarlijks bij in het tekort volgens "
             "een vaste verdeling. 2. In afwijking van de verdeling die de verkenner voorstelt, draagt de provincie "
             "40 procent en dragen de gemeenten Drielhoven en Ewaarde elk 30 procent. 3. De provincie draagt "
             "daarnaast de kosten van de concessieverlening.</p>")
    h.append("<h3>Artikel 4 Vernieuwing van de pont</h3><p>Partijen besteden uiterlijk in 2027 de bouw van een "
             "elektrische pont aan, die uiterlijk in 2029 in de vaart komt. Het laadpunt komt aan de zijde van "
             "Drielhoven. De investering komt voor rekening van partijen volgens de verdeling van artikel 3.</p>")
    h.append("<h3>Artikel 5 Exploitatie en inspraak van gebruikers</h3><p>1. Met ingang van 1 januari 2028 verleent "
             "de provincie namens partijen een concessie voor de exploitatie van het veer; de gemeentelijke "
             "contracten met de huidige exploitant worden niet verlengd. 2. Partijen stellen geen afzonderlijke "
             "veerraad in. De gebruikers worden gehoord via het bestaande Reizigersoverleg Gelderland, dat over het "
             "programma van eisen van de concessie advies uitbrengt.</p>")
    h.append("<h3>Artikel 6 Geschillen</h3><p>Geschillen over de uitleg of uitvoering van deze overeenkomst "
             "leggen partijen eerst voor aan een gezamenlijk bestuurlijk overleg. Komen zij er binnen drie maanden "
             "niet uit, dan wordt het geschil voorgelegd aan een door partijen gezamenlijk aan te wijzen "
             "bemiddelaar.</p>")
    h.append("<h3>Artikel 7 Slotbepalingen</h3><p>Deze overeenkomst treedt in werking op de dag na ondertekening en "
             "wordt openbaar gemaakt in het Provinciaal Blad en de Gemeentebladen van beide gemeenten. Zij kan "
             "worden aangehaald als 'Bestuursovereenkomst Veer 2026'.</p>")
    h.append("<p>Aldus overeengekomen en in drievoud ondertekend te Drielhoven op 4 juni 2026.</p>")
    h.append("<table class='sig'><tr><td>Provincie Gelderland<br/><br/><br/>mr. R.A. Wiersma</td>"
             "<td>Gemeente Drielhoven<br/><br/><br/>J. Hendriks</td><td>Gemeente Ewaarde<br/><br/><br/>"
             "A. Çelik-Bosman</td></tr></table></body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    recs = [
        ("I", "Houd het veer tot ten minste 2035 in stand als volwaardige verbinding",
         "Partijen verplichten zich het veer in de periode tot en met", "agrees"),
        ("II", "Verdeel het exploitatietekort met een vaste sleutel: de provincie de helft",
         "In afwijking van de verdeling die de verkenner voorstelt", "partly"),
        ("III", "Vervang de huidige pont uiterlijk in 2029 door een elektrische pont",
         "Partijen besteden uiterlijk in 2027 de bouw van een elektrische pont aan", "agrees"),
        ("IV", "Breng de exploitatie onder in een concessie die de provincie",
         "de gemeentelijke contracten met de huidige exploitant worden niet verlengd", "agrees"),
        ("V", "Laat scholieren en fietsers tot achttien jaar gratis overvaren.", None, "unanswered"),
        ("VI", "Richt een veerraad op waarin gebruikers, fruittelers en scholen",
         "Partijen stellen geen afzonderlijke veerraad in", "disagrees"),
        ("VII", "Vraag Rijkswaterstaat om de aanlegplaatsen mee te nemen in het onderhoudsprogramma",
         "waarover de provincie afzonderlijk in gesprek gaat met Rijkswaterstaat", "noted", ["partly"]),
    ]
    unmatched = ["Geschillen over de uitleg of uitvoering van deze overeenkomst",
                 "In deze overeenkomst wordt verstaan onder"]
    notes = ("Verkennersrapport 'Blijven varen' of an independent verkenner (ik-voice) on the future of the "
             "(fictional) ferry Drielhoven-Ewaarde, for the province of Gelderland and two municipalities: title "
             "block, a floated side box with the assignment as numbered QUESTIONS 1.-3. (trap), a usage/deficit "
             "table, 'moet ... worden gerenoveerd' (trap), the 2011 agreement quoted, the fruit growers' imperative "
             "quoted and rejected (trap), 'hadden ... moeten' finding; recommendations under '3. Mijn adviezen' as "
             "roman-numbered bold imperatives I.-VII. with a plain explanation each. Reply: the BESTUURSOVEREENKOMST "
             "of the three parties (ondergetekenden, 'Overwegende dat' a.-d., Artikelen 1-7, signature table, "
             "'Paraaf partijen' footer): art. 2 keeps the ferry until 2035 (I agrees); art. 3 fixed key but 40/30/30 "
             "'in afwijking van de verdeling die de verkenner voorstelt' (II partly); art. 4 electric ferry in 2029 "
             "(III agrees); ONE article 5 'Exploitatie en inspraak van gebruikers' with the provincial concession "
             "(IV agrees) and 'geen afzonderlijke veerraad', users heard via the Reizigersoverleg (VI disagrees); "
             "overweging c. leaves the aanlegplaatsen out of the agreement, the province talks to Rijkswaterstaat "
             "separately (VII noted, partly acceptable); V (free crossing for pupils) unanswered. Unmatched: art. 1 "
             "Begripsbepalingen and art. 6 Geschillen.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

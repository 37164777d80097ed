"""Round 55 (nl): an (invented) COMMENTAAR of the COMMISSIE MEIJERS (permanent committee of experts in
international immigration, refugee, privacy and criminal law) on an (invented) EU proposal for a regulation on the
use of facial recognition in checks at the external borders, COM(2026) 141: letterhead, Datum/Kenmerk/Onderwerp,
numbered sections 1-8 with the proposal's content as an inline enumeration '(i) ... (iv)', legal duties
('moet', AVG art. 22, Handvest), a quoted EDPS opinion, a table of false-match rates per age group, the committee's
own earlier commentaar CM2304 quoted as an imperative, and findings phrased with 'zou ... moeten'; the seven
recommendations stand ONLY in one running paragraph of section 9 'Conclusie' as an INLINE LETTERED LIST
'(a) ...; (b) ...; ... (g) ...' after 'beveelt de Commissie Meijers de regering aan zich in de Raad in te zetten
voor:'. Answered by the GEANNOTEERDE AGENDA of the formal JBZ-Raad (a Kamerbrief annex): agenda item 1 on the
proposal with 'Doel Raadsbijeenkomst', 'Inhoud en stand van zaken', 'Inzet Nederland' (replies to the letters in
another order, (b) and (e) in one paragraph with different verdicts, (f) not answered) and 'Krachtenveld'; agenda
items 2-4 (Schengen, e-evidence, Diversen) answer nothing. Engine: headless Chromium --print-to-pdf (CSS @page
margin boxes, counter(pages); ligature-free DejaVu copies). Answer key: README-nl.md.

Run: /tmp/blind55nl/bin/python tests/docs/src/blind55/gen_nl_meijers_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b55nl as B  # noqa: E402

NAME = "blind55_nl_meijers"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B55NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S55", SANS) + fonts("R55", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 25mm 25mm 22mm 25mm;
  @top-left { content: "Commissie Meijers  -  CM2611"; font-family: S55; font-size: 7.2pt; color: #7a2a2a; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: S55; font-size: 7.5pt; color: #555; } }
@page :first { @top-left { content: none; } }
html { font-family: R55; font-size: 9.6pt; line-height: 1.45; }
p { text-align: justify; }
.lh { border-left: 5pt solid #7a2a2a; padding-left: 4mm; margin-bottom: 7mm; }
.lh .n { font-family: S55; font-size: 17pt; font-weight: bold; color: #7a2a2a; }
.lh .s { font-family: S55; font-size: 7.6pt; color: #444; max-width: 120mm; }
table.meta { font-family: S55; font-size: 8.2pt; margin: 3mm 0 6mm 0; }
table.meta td { padding: 0.6mm 6mm 0.6mm 0; vertical-align: top; }
table.meta td.l { color: #7a2a2a; font-weight: bold; }
h2 { font-family: S55; font-size: 10.2pt; color: #7a2a2a; margin: 4.5mm 0 1.6mm 0; break-after: avoid; }
.q { margin: 1mm 9mm 3mm 9mm; font-style: italic; color: #333; }
table.t { font-family: S55; font-size: 8pt; margin: 1mm 0 1mm 0; break-inside: avoid; }
table.t th { border-top: 1pt solid #333; border-bottom: 0.6pt solid #333; padding: 1mm 4mm 1mm 0; text-align: left; }
table.t td { border-bottom: 0.4pt solid #bbb; padding: 0.8mm 4mm 0.8mm 0; }
.src { font-family: S55; font-size: 7pt; color: #666; margin-bottom: 3mm; }
.sig { margin-top: 6mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 24mm 24mm 22mm 46mm;
  @top-left { content: "Geannoteerde agenda formele JBZ-Raad 11 en 12 juni 2026"; font-family: S55;
    font-size: 7pt; color: #154273; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S55; font-size: 7pt; }
  @left-top { content: "Directie Europese en Internationale Aangelegenheden"; font-family: S55; font-size: 6.8pt;
    color: #154273; vertical-align: top; padding-top: 18mm; width: 30mm; } }
html { font-family: S55; font-size: 9.2pt; line-height: 1.5; }
.rib { position: relative; }
.logo { width: 7mm; height: 16mm; background: #154273; margin: -12mm 0 4mm 66mm; }
.wm { font-size: 8pt; color: #154273; margin: 0 0 8mm 0; text-align: center; }
h1 { font-size: 13pt; margin: 0 0 5mm 0; color: #154273; }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm 0; color: #154273; text-transform: uppercase; letter-spacing: 0.4pt; }
h3 { font-size: 9.6pt; margin: 4mm 0 1.5mm 0; break-after: avoid; }
h4 { font-size: 9.2pt; font-style: italic; font-weight: normal; margin: 2.5mm 0 1mm 0; break-after: avoid;
  text-decoration: underline; }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>",
         "<div class='lh'><div class='n'>Commissie Meijers</div><div class='s'>Permanente commissie van deskundigen "
         "in internationaal vreemdelingen-, vluchtelingen-, privacy- en strafrecht</div></div>",
         "<p style='text-align:left'>Aan de minister van Asiel en Migratie en de minister van Justitie en "
         "Veiligheid<br>Afschrift aan de vaste commissies voor Justitie en Veiligheid van de Tweede en de Eerste "
         "Kamer</p>",
         "<table class='meta'><tr><td class='l'>Datum</td><td>4 mei 2026</td></tr>"
         "<tr><td class='l'>Kenmerk</td><td>CM2611</td></tr>"
         "<tr><td class='l'>Onderwerp</td><td>Commentaar op het voorstel voor een verordening betreffende het gebruik "
         "van gezichtsherkenning bij grenscontroles aan de buitengrenzen, COM(2026) 141</td></tr></table>",
         "<h2>1. Inleiding</h2>",
         "<p>Op 17 maart 2026 presenteerde de Europese Commissie een voorstel voor een verordening betreffende het "
         "gebruik van gezichtsherkenning bij grenscontroles aan de buitengrenzen (hierna: het voorstel). Het "
         "voorstel regelt (i) dat van iedere reiziger die de buitengrens passeert een live gezichtsopname wordt "
         "gemaakt, (ii) dat die opname automatisch wordt vergeleken met het Entry/Exit System en het Schengen "
         "Informatiesysteem, (iii) dat de opnamen drie jaar worden bewaard en (iv) dat rechtshandhavingsinstanties "
         "onder voorwaarden toegang krijgen. De Commissie Meijers beperkt zich in dit commentaar tot de punten "
         "waarop het voorstel naar haar oordeel de grondrechten van reizigers onvoldoende waarborgt.</p>",
         "<h2>2. Bewaartermijn</h2>",
         "<p>Volgens artikel 9 van het voorstel moeten gezichtsopnamen drie jaar worden bewaard, ook als de "
         "vergelijking geen enkele treffer oplevert. Het Handvest van de grondrechten vereist dat een inbreuk op het "
         "recht op bescherming van persoonsgegevens strikt noodzakelijk is. De Europese Toezichthouder voor "
         "gegevensbescherming schreef in zijn advies over het voorstel:</p>",
         "<p class='q'>'De bewaring van biometrische gegevens van reizigers tegen wie niets bekend is, moet tot het "
         "strikt noodzakelijke worden beperkt.'</p>",
         "<p>De toelichting bij het voorstel noemt geen reden waarom een termijn van drie jaar nodig is voor "
         "reizigers zonder treffer.</p>",
         "<h2>3. Menselijke tussenkomst</h2>",
         "<p>Artikel 12 bepaalt dat de grenswachter bij een treffer 'zo nodig' een handmatige controle uitvoert. "
         "Artikel 22 van de Algemene verordening gegevensbescherming geeft betrokkenen het recht niet te worden "
         "onderworpen aan een besluit dat uitsluitend op geautomatiseerde verwerking berust. Een weigering van de "
         "toegang op grond van alleen een automatische treffer verhoudt zich daar slecht mee.</p>",
         "<h2>4. Kinderen</h2>",
         "<p>Het voorstel maakt geen uitzondering voor kinderen. Bij kinderen jonger dan twaalf jaar is de kans op "
         "een onjuiste treffer volgens de proeven van eu-LISA aanzienlijk groter, omdat het gezicht in korte tijd "
         "verandert.</p>",
         "<h2>5. Nauwkeurigheid en discriminatie</h2>",
         "<p>De proef die eu-LISA in 2025 op vier luchthavens uitvoerde, laat de volgende percentages onjuiste "
         "treffers zien:</p>",
         "<table class='t'><tr><th>Groep reizigers</th><th>Onjuiste treffers</th><th>Aantal vergelijkingen</th></tr>"
         "<tr><td>18-64 jaar</td><td>0,08 %</td><td>1.204.000</td></tr>"
         "<tr><td>65 jaar en ouder</td><td>0,21 %</td><td>188.500</td></tr>"
         "<tr><td>12-17 jaar</td><td>0,34 %</td><td>96.200</td></tr>"
         "<tr><td>jonger dan 12 jaar</td><td>1,12 %</td><td>71.900</td></tr></table>",
         "<div class='src'>Bron: eu-LISA, Pilot report facial recognition at external borders, december 2025.</div>",
         "<p>De proef maakte geen onderscheid naar huidskleur of geslacht, terwijl onderzoek uit andere landen "
         "laat zien dat juist daar verschillen optreden. De verordening zou de lidstaten moeten kunnen laten zien "
         "dat het systeem voor alle groepen even goed werkt; het voorstel bevat daarvoor nu geen enkele "
         "verplichting.</p>",
         "<h2>6. Toegang voor rechtshandhaving</h2>",
         "<p>Artikel 17 geeft politie en Europol toegang tot de opnamen voor de voorkoming, opsporing en vervolging "
         "van terroristische en andere ernstige misdrijven. Een verzoek wordt getoetst door een 'centraal "
         "toegangspunt' binnen dezelfde organisatie. In haar commentaar CM2304 op het Entry/Exit System adviseerde de "
         "Commissie Meijers al:</p>",
         "<p class='q'>'Beperk de toegang van rechtshandhavingsinstanties tot gevallen waarin een concrete verdenking "
         "bestaat.'</p>",
         "<p>Die beperking is in het Entry/Exit System gedeeltelijk overgenomen. In het huidige voorstel ontbreekt "
         "zij opnieuw.</p>",
         "<h2>7. Informatie aan reizigers</h2>",
         "<p>Artikel 14 verplicht de lidstaten reizigers te informeren 'via borden en de website van de "
         "grensautoriteit'. Reizigers die worden doorverwezen naar een tweede controle, horen niet waarom dat "
         "gebeurt en welke rechten zij hebben.</p>",
         "<h2>8. Evaluatie</h2>",
         "<p>Artikel 30 voorziet in een evaluatie na vijf jaar. Het voorstel gaat om een nieuwe technologie op zeer "
         "grote schaal, waarvan de werking in de praktijk nog onzeker is.</p>",
         "<h2>9. Conclusie</h2>",
         "<p>Het voorstel maakt een grootschalige verwerking van biometrische gegevens mogelijk van reizigers die "
         "van niets worden verdacht. Gelet op het voorgaande beveelt de Commissie Meijers de regering aan zich in de "
         "Raad in te zetten voor: (a) een bewaartermijn van ten hoogste dertig dagen voor gezichtsopnamen van "
         "reizigers bij wie de vergelijking geen treffer oplevert; (b) een verplichte controle door een grenswachter "
         "voordat een reiziger op grond van een automatische treffer de toegang wordt geweigerd; (c) een "
         "uitzondering voor kinderen jonger dan twaalf jaar op de verplichte gezichtsopname; (d) een verplichting "
         "voor eu-LISA om de nauwkeurigheid van het systeem jaarlijks per leeftijdsgroep, geslacht en huidskleur "
         "te laten testen en de resultaten openbaar te maken; (e) toegang van rechtshandhavingsinstanties alleen na "
         "voorafgaande toestemming van een rechter of een andere onafhankelijke instantie; (f) schriftelijke "
         "informatie in een taal die de reiziger begrijpt, zodra hij voor een tweede controle wordt "
         "doorverwezen; en (g) een evaluatie na drie jaar, gekoppeld aan een vervalbepaling voor het geval de "
         "evaluatie uitblijft.</p>",
         "<p>De Commissie Meijers is graag bereid dit commentaar toe te lichten.</p>",
         "<div class='sig'><p style='text-align:left'>Namens de Commissie Meijers,<br><br>prof. dr. H.M. "
         "Terpstra-Valk, voorzitter<br>mr. D.J. Achterberg, secretaris</p></div>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>",
         "<div class='logo'></div><div class='wm'>Ministerie van Asiel en Migratie<br>Ministerie van Justitie en "
         "Veiligheid</div>",
         "<h1>Geannoteerde agenda formele JBZ-Raad van 11 en 12 juni 2026</h1>",
         "<h2>I. Binnenlandse Zaken (11 juni)</h2>",
         "<h3>1. Verordening gezichtsherkenning bij grenscontroles aan de buitengrenzen</h3>",
         "<p><i>Algemene oriëntatie</i><br>COM(2026) 141</p>",
         "<h4>Doel Raadsbijeenkomst</h4>",
         "<p>Het voorzitterschap beoogt een algemene oriëntatie te bereiken op de verordening, zodat de "
         "onderhandelingen met het Europees Parlement in het najaar kunnen beginnen.</p>",
         "<h4>Inhoud en stand van zaken</h4>",
         "<p>Het voorstel regelt het automatisch vergelijken van gezichtsopnamen van reizigers bij de buitengrens "
         "met de gegevens in het Entry/Exit System en het Schengen Informatiesysteem. Uw Kamer ontving op 24 april "
         "2026 het BNC-fiche over het voorstel. Sindsdien is op raadswerkgroepniveau zes keer over de tekst "
         "onderhandeld.</p>",
         "<h4>Inzet Nederland</h4>",
         "<p>Nederland steunt het doel van het voorstel: snellere en betrouwbaardere grenscontroles. Het kabinet "
         "heeft kennisgenomen van het commentaar van de Commissie Meijers van 4 mei 2026 en gaat hieronder in op de "
         "punten die voor de algemene oriëntatie van belang zijn.</p>",
         "<p>Nederland heeft in de raadswerkgroep voorgesteld kinderen vrij te stellen van de gezichtsopname. De "
         "compromistekst van het voorzitterschap bevat inmiddels een uitzondering voor kinderen tot twaalf jaar, en "
         "het kabinet zal die tekst op dit punt steunen.</p>",
         "<p>Bij een automatische treffer steunt het kabinet een verplichte handmatige controle door een "
         "grenswachter voordat de toegang wordt geweigerd; Nederland heeft daartoe samen met België en Finland een "
         "tekstvoorstel ingediend. Voor de toegang van politie en Europol ziet het kabinet geen noodzaak voor "
         "voorafgaande toestemming van een rechter. De toetsing door het centrale toegangspunt, het toezicht door de "
         "Autoriteit Persoonsgegevens en de beperking tot ernstige misdrijven bieden naar het oordeel van het "
         "kabinet voldoende waarborgen.</p>",
         "<p>Over de bewaartermijn is het kabinet van mening dat drie jaar voor reizigers zonder treffer te lang is. "
         "Een termijn van dertig dagen is voor de opsporing van identiteitsfraude echter te kort: fraude wordt vaak "
         "pas maanden later ontdekt. Daarom zet het kabinet in op een bewaartermijn van één jaar.</p>",
         "<p>De Commissie Meijers pleit ook voor een eerdere evaluatie met een vervalbepaling. Het kabinet kan "
         "zich vinden in een evaluatie na drie jaar, die de compromistekst al voorziet. Een horizonbepaling acht het "
         "kabinet niet wenselijk, omdat de grensautoriteiten dan zouden investeren in een systeem waarvan het "
         "voortbestaan onzeker is.</p>",
         "<p>Het punt van de nauwkeurigheid per groep reizigers neemt het kabinet serieus. Het kabinet zal bij de "
         "Commissie navragen of zulke tests al zijn voorzien in de technische specificaties van eu-LISA, en bepaalt "
         "daarna zijn standpunt.</p>",
         "<h4>Krachtenveld</h4>",
         "<p>Een brede meerderheid van lidstaten steunt het voorstel. Een groep lidstaten wil de bewaartermijn juist "
         "verlengen tot vijf jaar. Het Europees Parlement heeft zijn rapporteur benoemd, maar nog geen positie "
         "ingenomen.</p>",
         "<h3>2. Schengen: stand van zaken</h3>",
         "<p><i>Gedachtewisseling</i></p>",
         "<h4>Inzet Nederland</h4>",
         "<p>De Raad bespreekt de vijfde Schengenbarometer van de Commissie. Nederland verwelkomt het overzicht en "
         "vraagt aandacht voor de binnengrenscontroles die sommige lidstaten al langer dan twee jaar handhaven.</p>",
         "<h2>II. Justitie (12 juni)</h2>",
         "<h3>3. E-evidence: implementatie</h3>",
         "<p><i>Gedachtewisseling</i></p>",
         "<h4>Inzet Nederland</h4>",
         "<p>Nederland zal melden dat het wetsvoorstel ter uitvoering van de e-evidence-verordening in juli bij uw "
         "Kamer wordt ingediend, zodat de termijn van augustus 2026 kan worden gehaald.</p>",
         "<h3>4. Diversen</h3>",
         "<p>Onder dit punt informeert het voorzitterschap de Raad over lopende wetgevingsvoorstellen. Nederland "
         "verwacht hierover geen interventie te plegen.</p>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("a", "een bewaartermijn van ten hoogste dertig dagen voor gezichtsopnamen van reizigers",
         "Daarom zet het kabinet in op een bewaartermijn van één jaar", "partly"),
        ("b", "een verplichte controle door een grenswachter voordat een reiziger op grond",
         "steunt het kabinet een verplichte handmatige controle door een grenswachter", "agrees"),
        ("c", "een uitzondering voor kinderen jonger dan twaalf jaar op de verplichte",
         "bevat inmiddels een uitzondering voor kinderen tot twaalf jaar", "agrees"),
        ("d", "een verplichting voor eu-LISA om de nauwkeurigheid van het systeem jaarlijks",
         "zal bij de Commissie navragen of zulke tests al zijn voorzien", "noted"),
        ("e", "toegang van rechtshandhavingsinstanties alleen na voorafgaande toestemming van een rechter",
         "ziet het kabinet geen noodzaak voor voorafgaande toestemming", "disagrees"),
        ("f", "schriftelijke informatie in een taal die de reiziger begrijpt, zodra hij",
         None, "unanswered"),
        ("g", "een evaluatie na drie jaar, gekoppeld aan een vervalbepaling voor het",
         "Het kabinet kan zich vinden in een evaluatie na drie jaar", "partly"),
    ], ["Nederland verwelkomt het overzicht en vraagt aandacht voor de binnengrenscontroles",
        "wordt ingediend, zodat de termijn van augustus 2026 kan worden gehaald"],
        "Commissie Meijers commentaar CM2611 on an (invented) EU proposal on facial recognition at the external "
        "borders, COM(2026) 141. The seven recommendations stand ONLY in the Conclusie (section 9), as an INLINE "
        "lettered list inside one running paragraph: 'beveelt de Commissie Meijers de regering aan zich in de Raad "
        "in te zetten voor: (a) een bewaartermijn ...; (b) ...; ... en (g) ...' (numbers are the letters; each "
        "item is a noun phrase, the starts_with is its text after the letter). Not recommendations: the inline "
        "enumeration (i)-(iv) of the proposal's content in section 1, article duties with 'moeten' (art. 9, 12, "
        "14, 17, 30; AVG art. 22; Handvest), the quoted EDPS opinion ('... moet tot het strikt noodzakelijke worden "
        "beperkt'), the eu-LISA table of false matches, the finding 'De verordening zou ... moeten kunnen laten "
        "zien' in section 5 and the committee's own earlier commentaar CM2304 quoted as an imperative ('Beperk de "
        "toegang ...'). Response: geannoteerde agenda of the formal JBZ-Raad of 11-12 June 2026 (Kamerbrief annex). "
        "Agenda item 1 'Inzet Nederland' answers in the order (c) agrees (exemption for children in the "
        "compromise text, Netherlands will support it); one paragraph (b) agrees (mandatory manual check) + (e) "
        "disagrees (no prior approval by a judge); (a) partly (one year instead of thirty days); (g) partly "
        "(evaluation after three years accepted, the sunset clause not: 'horizonbepaling ... niet wenselijk'); (d) "
        "noted (will ask the Commission, position later). (f) (written information in a language the traveller "
        "understands) UNANSWERED. 'Doel Raadsbijeenkomst', 'Inhoud en stand van zaken' and 'Krachtenveld' of item "
        "1 answer nothing; items 2 (Schengen), 3 (e-evidence) and 4 (Diversen) answer nothing (two of them "
        "listed as unmatched).")


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 42 (nl): an (invented) advice of the Onderwijsraad on reading education in vmbo, with one shaded box
'Aanbeveling' at the end of each chapter (unnumbered; a Samenvatting paraphrases them), answered by the minister's
TOESPRAAK at the handing-over ('Het gesproken woord geldt'). Engine: headless Chromium --print-to-pdf (CSS @page
margin boxes; ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind42nl/bin/python tests/docs/src/blind42/gen_nl_onderwijsraad_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b42nl as B  # noqa: E402

NAME = "blind42_nl_onderwijsraad"
F = B.nolig_fonts()
FONTS = ""
for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                   "Bold Italic": ("bold", "italic")}.items():
    FONTS += f"@font-face {{ font-family: B42; src: url(file://{F[st]}); font-weight: {w}; font-style: {s}; }}\n"

CSS = FONTS + """
html { font-family: B42; font-size: 9.8pt; line-height: 1.45; font-variant-ligatures: none; }
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "%s"; font-family: B42; font-size: 7.5pt; color: #00577a; }
  @bottom-right { content: "%s" counter(page); font-family: B42; font-size: 7.5pt; } }
@page :first { @top-left { content: none; } }
p { margin: 0 0 2.4mm 0; }
h1 { font-size: 17pt; color: #00577a; margin: 0 0 2mm 0; }
h2 { font-size: 11.5pt; color: #00577a; margin: 5mm 0 2mm 0; }
table { border-collapse: collapse; font-size: 8.8pt; margin: 1mm 0 3mm 0; }
td, th { border-bottom: 0.5pt solid #999; padding: 1mm 3mm; text-align: left; }
th { border-bottom: 1pt solid #00577a; }
.box { background: #e3f0f5; border-left: 3pt solid #00577a; padding: 2mm 4mm; margin: 2mm 0 4mm 0; }
.box .k { font-weight: bold; color: #00577a; font-size: 8.5pt; text-transform: uppercase; }
.sum { border: 0.6pt solid #00577a; padding: 2mm 4mm; }
.q { font-style: italic; margin-left: 6mm; }
.top { font-size: 8pt; color: #555; border-bottom: 1.5pt solid #00577a; padding-bottom: 2mm; margin-bottom: 6mm; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", CSS % ("Onderwijsraad | Lezen is leren", "pagina "),
         "</style></head><body>"]
    h.append("<div class='top'><b style='font-size:12pt; color:#00577a'>Onderwijsraad</b><br>Strategisch "
             "adviesorgaan voor het onderwijs | Den Haag | www.onderwijsraad.nl</div>")
    h.append("<h1>Lezen is leren</h1><p><b>Advies over leesonderwijs in het vmbo</b><br>Vastgesteld in de "
             "raadsvergadering van 19 februari 2026 | publicatienummer 20260219/1121</p>")
    h.append("<div class='sum'><p><b>Samenvatting</b></p><p>Een op de drie vmbo-leerlingen verlaat school zonder "
             "voldoende leesvaardigheid. De raad vindt dat lezen een zaak van de hele school moet worden. Hij pleit "
             "voor meer tijd en deskundigheid in de school, een steviger plek voor lezen in de kerndoelen en de "
             "opleidingen, structureel geld voor boeken, en beter zicht op de resultaten, ook voor de inspectie. "
             "De aanbevelingen staan aan het eind van de hoofdstukken 2, 3 en 4.</p></div>")
    h.append("<h2>1 Aanleiding</h2>")
    h.append("<p>1.1 De minister van Onderwijs, Cultuur en Wetenschap vroeg de raad in juni 2025 om advies over de "
             "vraag hoe de leesvaardigheid van vmbo-leerlingen kan verbeteren (artikel 2a van de Wet op de "
             "Onderwijsraad). De raad sprak met 41 leraren, schoolleiders en lerarenopleiders en bezocht zes "
             "scholen.</p>")
    h.append("<table><tr><th>Indicator (vmbo, 2025)</th><th>Basis/kader</th><th>Gemengd/theoretisch</th></tr>"
             "<tr><td>Leerlingen onder niveau 2F lezen</td><td>44%</td><td>27%</td></tr>"
             "<tr><td>Leest minstens een keer per week voor plezier</td><td>12%</td><td>19%</td></tr>"
             "<tr><td>School met een actieve schoolbibliotheek</td><td>38%</td><td>51%</td></tr></table>")
    h.append("<p>1.2 In het advies 'Lezen als basis' (2019) schreef de raad al: 'Maak van lezen een prioriteit in "
             "het hele curriculum.' Dat is nog onvoldoende gebeurd.</p>")
    h.append("<h2>2 Lezen in de school</h2>")
    h.append("<p>2.1 Op de meeste scholen is lezen de taak van de sectie Nederlands. Leraren van andere vakken "
             "zeggen dat zij leerlingen zouden moeten helpen met teksten, maar dat zij niet weten hoe. Scholen met "
             "een vaste coördinator boeken wel vooruitgang.</p>")
    h.append("<p>2.2 De kerndoelen worden herzien; het concept voor Nederlands is in 2025 verschenen. Daarin "
             "ontbreekt een doel voor lezen bij andere vakken.</p>")
    h.append("<div class='box'><p class='k'>Aanbeveling</p><p>Stel op iedere vmbo-school een leescoördinator aan "
             "met ten minste vier taakuren per week.</p><p>Neem in de herziene kerndoelen een expliciet doel op "
             "voor het begrijpend lezen van zakelijke teksten in alle vakken.</p></div>")
    h.append("<h2>3 De leraar en de boeken</h2>")
    h.append("<p>3.1 Taalgericht vakonderwijs komt in de tweedegraads lerarenopleidingen vaak alleen in een "
             "keuzevak aan bod. Schoolbibliotheken zijn afhankelijk van tijdelijke subsidies; na afloop sluit een "
             "deel de deuren. Een school moet nu gemiddeld 7 euro per leerling per jaar uit de lumpsum halen.</p>")
    h.append("<div class='box'><p class='k'>Aanbeveling</p><p>Maak taalgericht vakonderwijs een verplicht "
             "onderdeel van elke tweedegraads lerarenopleiding.</p><p>Financier schoolbibliotheken structureel via "
             "een vaste bijdrage per leerling in de lumpsum.</p></div>")
    h.append("<h2>4 Zicht op resultaten</h2>")
    h.append("<p>4.1 Scholen meten leesvaardigheid op verschillende manieren, waardoor vergelijken lastig is. De "
             "inspectie beoordeelt lezen nu als onderdeel van het kwaliteitsgebied onderwijsproces (standaard "
             "OP1).</p>")
    h.append("<div class='box'><p class='k'>Aanbeveling</p><p>Laat de inspectie de kwaliteit van het "
             "leesonderwijs afzonderlijk beoordelen in het vierjaarlijks onderzoek.</p><p>Zorg voor een landelijke "
             "leesmonitor die scholen jaarlijks inzicht geeft in de leesvaardigheid van hun leerlingen.</p></div>")
    h.append("<h2>5 Tot slot</h2><p>De raad is graag bereid zijn advies toe te lichten in de vaste commissie voor "
             "OCW van de Tweede Kamer.</p>")
    h.append("<p>Den Haag, 19 februari 2026<br>prof. dr. M.E. Oudshoorn, voorzitter<br>dr. R. Kalkman, "
             "secretaris-directeur</p></body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>", CSS % ("Toespraak minister van OCW, 5 maart 2026",
                                                              "pagina "), "</style></head><body>"]
    h.append("<div class='top'><b style='font-size:10pt'>Rijksoverheid</b> | Ministerie van Onderwijs, Cultuur "
             "en Wetenschap</div>")
    h.append("<h1 style='font-size:14pt'>Toespraak van minister Van der Heijden bij de overhandiging van het "
             "Onderwijsraadadvies 'Lezen is leren'</h1>")
    h.append("<p><i>Vmbo Vakcollege De Linie, Zoetermeer, 5 maart 2026. Het gesproken woord geldt.</i></p>")
    h.append("<p>Dames en heren, beste leerlingen,</p>")
    h.append("<p>Wat een begin van deze middag. Sanne uit klas 3 basis las net een gedicht voor dat ze zelf "
             "schreef over haar stage bij de bakker. Dat is precies waarom we hier zijn: lezen en schrijven "
             "openen deuren. Ik dank de Onderwijsraad, en in het bijzonder voorzitter Oudshoorn, voor een advies "
             "dat scherp is en tegelijk dicht bij de klas blijft.</p>")
    h.append("<p>Laat ik beginnen met wat ik vandaag al kan toezeggen. De raad vraagt om een doel voor begrijpend "
             "lezen in alle vakken. Dat nieuwe kerndoel komt er: ik voeg het toe aan het conceptkerndoel dat in "
             "september naar de Kamer gaat.</p>")
    h.append("<p>Dan de vraag wie het lezen in de school trekt. Ik zie hoe goed het werkt als een school een "
             "vaste trekker heeft. Toch ga ik scholen geen leescoördinator met een vast aantal taakuren "
             "voorschrijven; hoe een school haar mensen inzet, is aan de school zelf. Wat ik wel doe, gaat over de "
             "boeken. Voor schoolbibliotheken trek ik vanaf 2027 twaalf miljoen euro per jaar uit, eerst voor vier "
             "jaar en via een impulsregeling, niet als vaste bijdrage in de lumpsum. Na die vier jaar kijken we "
             "samen of het werkt.</p>")
    h.append("<p>De raad zegt ook iets over het toezicht. Goed nieuws: sinds dit schooljaar kijkt de inspectie "
             "in het vierjaarlijks onderzoek al apart naar het leesonderwijs. Daar hoeft dus niets meer voor te "
             "veranderen, en ik ben benieuwd naar de eerste uitkomsten.</p>")
    h.append("<p>Over de lerarenopleidingen ben ik voorzichtig. Wat er in een opleiding wordt onderwezen, is in "
             "de eerste plaats aan de hogescholen en universiteiten zelf. Ik neem de oproep van de raad mee in "
             "mijn gesprek met de Vereniging Hogescholen en de UNL in het voorjaar.</p>")
    h.append("<p>Dames en heren, lezen is geen vak, het is de sleutel tot alle vakken. Volgende maand stuur ik de "
             "Tweede Kamer mijn beleidsreactie op dit advies. En Sanne: ik hoop dat ik dat gedicht nog eens mag "
             "lezen.</p><p>Dank u wel.</p></body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Stel op iedere vmbo-school een leescoördinator aan met", "ga ik scholen geen leescoördinator met een "
         "vast aantal taakuren", "disagrees"),
        ("2", "Neem in de herziene kerndoelen een expliciet doel op", "Dat nieuwe kerndoel komt er", "agrees"),
        ("3", "Maak taalgericht vakonderwijs een verplicht onderdeel van elke tweedegraads", "Ik neem de oproep van "
         "de raad mee in mijn gesprek", "noted"),
        ("4", "Financier schoolbibliotheken structureel via een vaste bijdrage per leerling", "via een "
         "impulsregeling, niet als vaste bijdrage in de lumpsum", "partly"),
        ("5", "Laat de inspectie de kwaliteit van het leesonderwijs afzonderlijk", "kijkt de inspectie in het "
         "vierjaarlijks onderzoek al apart", "agrees"),
        ("6", "Zorg voor een landelijke leesmonitor die scholen jaarlijks inzicht", None, "unanswered"),
    ]
    unmatched = ["las net een gedicht voor dat ze zelf schreef"]
    notes = ("Onderwijsraad advice: a Samenvatting paraphrasing the recommendations, run-in paragraph numbers, a "
             "figures table, art. 2a Wet op de Onderwijsraad, findings with 'zouden moeten' / 'moet', the 2019 "
             "advice quoted as an imperative (trap); six recommendations, two imperatives in each shaded box "
             "'Aanbeveling' at the end of chapters 2-4, numbered 1-6 in order; 'Tot slot' offers an explanation in "
             "parliament (not a recommendation). Reply: the minister's speech, 'Het gesproken woord geldt', in "
             "another order: 2 kerndoel (agrees); 1 leescoördinator refused (disagrees) and 4 library money as a "
             "four-year impulse, not in the lumpsum (partly) in one paragraph; 5 inspectie already does it "
             "(agrees); 3 lerarenopleidingen: up to the institutions, taken into a talk (noted); 6 (leesmonitor) "
             "unanswered; the opening about Sanne's poem answers nothing; the announced beleidsreactie is no "
             "reply.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 83 (nl): the JAARVERSLAG of a COMMISSIE VAN TOEZICHT ARRESTANTENZORG (lay visitors who inspect police cell
complexes unannounced) to the burgemeesters and the politiechef, answered by the POLITIECHEF's LETTER without
headings or numbers.

Advice: (invented) Commissie van Toezicht Arrestantenzorg eenheid Lingestroom, 'Jaarverslag 2025' (2 p., sans, a
slate title band, a flex side column 'Kerncijfers 2025', a visits table per cell complex, a dashed 'Uit de
bezoekverslagen' box, running head and 'pagina n van m' stamped); the recommendations are BOLD SENTENCES inside the
running text of the theme sections (no numbers, no labels; numbers by order); traps: the Ambtsinstructie ('moet
... worden onderzocht'), the Politiewet 2012, the Besluit beheer politie, the commission's 2023 recommendation
quoted ('Zorg voor een klok ...'), findings 'De commissie stelde vast', 'zou ... moeten', 'Wij bevelen niet aan
...' (a non-recommendation).
Response: letter of the politiechef (2 p., serif, letterhead, a reference block, stamped page numbers) in running
paragraphs WITHOUT headings or numbers, by paraphrase, in the order 7, 4, 1+5, 6, 2: intro (nothing); 7 agrees
(photo registration from 1 March); 4 disagrees ('neem ik niet over'); ONE paragraph 1 agrees (airing court reopened)
+ 5 noted (camera retention passed to the national portfolio holder); 6 agrees; 2 partly (halal/vegetarian yes,
no registration of refusals); a paragraph on the new police building (nothing); closing (nothing); 3 (telephone
interpreter within one hour) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies under /tmp via @font-face; running head and
page numbers stamped with PyMuPDF).

Commissies van toezicht arrestantenzorg, the Politiewet 2012 and the Ambtsinstructie are real, but what the
documents say of them is not to be relied on; the eenheid Lingestroom, its cell complexes, people, figures and
dates are invented.

Run: /tmp/blind83nl/bin/python tests/docs/src/blind83/gen_nl_arrestantenzorg_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b83nl as B  # noqa: E402

NAME = "blind83_nl_arrestantenzorg"
SANS = B.tmp_fonts()
SERIF = B.tmp_fonts("B83NL Serif", B.SERIF_FILES)


def css(fam, paths, accent):
    faces = ""
    for s, w, st in (("Regular", 400, "normal"), ("Bold", 700, "normal"), ("Italic", 400, "italic"),
                     ("Bold Italic", 700, "italic")):
        faces += (f"@font-face {{ font-family: '{fam}'; src: url('file://{paths[s]}'); font-weight: {w}; "
                  f"font-style: {st}; }}\n")
    return faces + """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'FAM'; font-size: 9.4pt; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 16pt; margin: 0 0 1mm 0; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; color: ACC; }
p { margin: 0 0 2.4mm 0; }
.band { background: ACC; color: white; padding: 5mm 6mm; margin-bottom: 5mm; }
.band .sub { font-size: 9pt; }
.wrap { display: flex; gap: 6mm; }
.main { flex: 1; }
.side { flex: 0 0 50mm; background: #eef1f4; padding: 3mm; font-size: 8.2pt; align-self: flex-start;
        border-top: 2pt solid ACC; }
.side table td { border: none; padding: 0.6mm 0; }
.quote { border: 0.8pt dashed #777; padding: 2mm 3mm; margin: 1mm 0 3mm 0; font-style: italic; font-size: 8.8pt; }
table.fig { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 8.4pt; }
table.fig td, table.fig th { border: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; }
table.fig th { background: #dfe5ea; }
table.ref { border-collapse: collapse; font-size: 8.2pt; margin: 0 0 5mm 0; }
table.ref td { padding: 0.6mm 4mm 0.6mm 0; vertical-align: top; border-bottom: 0.4pt solid #bbb; }
.small { font-size: 8pt; color: #555; }
.lh { font-size: 14pt; font-weight: 700; color: ACC; margin-bottom: 0; }
""".replace("FAM", fam).replace("ACC", accent)


def page(style, body):
    return f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{style}</style></head><body>{body}" \
           "</body></html>"


def advice():
    body = """
<div class="band"><h1>Jaarverslag 2025</h1>
<div class="sub">Commissie van Toezicht Arrestantenzorg eenheid Lingestroom &middot; uitgebracht aan de burgemeesters
van de eenheid en de politiechef &middot; 17 februari 2026</div></div>
<div class="wrap"><div class="main">
<h2>1. Over de commissie</h2>
<p>De commissie bestaat uit negen vrijwillige leden die zonder aankondiging de drie cellencomplexen van de eenheid
bezoeken: Elden, Bemmelerwaard en Tielstraat. Zij spreken met arrestanten en arrestantenverzorgers, kijken of de
cellen schoon en veilig zijn en lezen de registraties na. De commissie is onafhankelijk; zij brengt haar bevindingen
uit aan de burgemeesters en de politiechef, die volgens de Politiewet 2012 het gezag en het beheer hebben.</p>
<p>In 2025 bracht de commissie 41 bezoeken, waarvan 9 in de nacht of het weekend. Zij sprak met 118 arrestanten.</p>
</div>
<div class="side"><b>Kerncijfers 2025</b>
<table><tr><td>Insluitingen</td><td>6.412</td></tr><tr><td>Gemiddelde verblijfsduur</td><td>19 uur</td></tr>
<tr><td>Bezoeken commissie</td><td>41</td></tr><tr><td>Gesprekken met arrestanten</td><td>118</td></tr>
<tr><td>Klachten via de commissie</td><td>12</td></tr></table></div></div>
<table class="fig"><tr><th>Cellencomplex</th><th>Cellen</th><th>Bezoeken</th><th>Insluitingen</th><th>Langer dan
24 uur</th></tr>
<tr><td>Elden</td><td>24</td><td>17</td><td>2.980</td><td>14 %</td></tr>
<tr><td>Bemmelerwaard</td><td>16</td><td>13</td><td>2.145</td><td>11 %</td></tr>
<tr><td>Tielstraat</td><td>10</td><td>11</td><td>1.287</td><td>6 %</td></tr></table>
<p class="small">Tabel 1. Bezoeken en insluitingen per cellencomplex in 2025 (bron: registratiesysteem eenheid).</p>
<h2>2. Leefomstandigheden in de cellen</h2>
<p>De cellen zijn in het algemeen schoon. In Elden is de luchtplaats sinds maart 2025 buiten gebruik wegens een
kapotte deur; arrestanten die langer blijven, komen daar dagenlang niet buiten. De commissie stelde vast dat dit in
negen bezoeken het geval was. <b>De commissie beveelt aan de luchtplaats van het cellencomplex Elden weer in gebruik te
nemen, zodat arrestanten die langer dan een dag verblijven dagelijks naar buiten kunnen.</b></p>
<p>Arrestanten krijgen magnetronmaaltijden. Wie om geloofs- of gezondheidsredenen iets anders eet, krijgt vaak
alleen brood. Of iemand een maaltijd weigert, wordt nergens vastgelegd. <b>Bied arrestanten naast de
standaardmaaltijden ook halal en vegetarische maaltijden aan, en registreer wanneer een arrestant een maaltijd
weigert.</b></p>
<div class="quote">Uit de bezoekverslagen: "Ik zit hier sinds gisteravond en weet niet hoe laat het is." In 2023
bevalen wij al aan: 'Zorg voor een klok die vanuit elke cel te zien is.' Die klokken hangen er inmiddels in Elden en
Tielstraat.</div>
<h2>3. Rechten en zorg</h2>
<p>Bij arrestanten die geen Nederlands spreken, duurt het vaak lang voordat zij begrijpen waarom zij vastzitten.
<b>Zorg dat bij elke insluiting van een arrestant die geen Nederlands spreekt binnen één uur een tolk via de
telefoon beschikbaar is.</b></p>
<p>Volgens de Ambtsinstructie moet een ingeslotene die medische zorg nodig heeft, zo snel mogelijk door een arts
worden onderzocht. De commissie trof arrestanten aan die hun medicijnen pas na acht uur kregen. <b>Laat de forensisch
arts elke arrestant die vaste medicatie gebruikt binnen vier uur na de insluiting zien.</b></p>
<p>In de cellen hangen camera's. De beelden worden nu zeven dagen bewaard, te kort om een klacht goed te kunnen
onderzoeken. <b>Bewaar de camerabeelden van de cellen ten minste 28 dagen, zodat de commissie en de
klachtbehandelaars ze bij een klacht kunnen bekijken.</b></p>
<h2>4. Personeel</h2>
<p>Het vaste personeel werkt met zorg en respect. Wel worden steeds vaker flexibele krachten ingezet die geen
specifieke opleiding hebben gevolgd. Die zouden in elk geval de basis van het omgaan met verwarde personen moeten
kennen. <b>Geef alle arrestantenverzorgers, ook de flexibel ingezette krachten, jaarlijks een training in
de-escalatie en het omgaan met verwarde personen.</b></p>
<h2>5. Registratie</h2>
<p>Twee klachten in 2025 gingen over spullen die bij vertrek ontbraken. De commissie kon niet nagaan wat er bij
insluiting was ingenomen. <b>Leg bij elke insluiting de ingenomen persoonlijke spullen vast met een foto, die de
arrestant bij vertrek kan inzien.</b></p>
<p>Wij bevelen niet aan om het aantal cellen uit te breiden: de bezetting lag in 2025 gemiddeld op 61 %.</p>
<h2>6. Tot slot</h2>
<p>De commissie ziet graag binnen drie maanden een reactie tegemoet en bespreekt die in haar overleg met de
politiechef in juni. Het Besluit beheer politie en de instructie van de eenheid geven haar daarvoor de ruimte.</p>
<p>Namens de commissie,<br>mr. Greetje Bosman, voorzitter</p>
"""
    B.chromium_pdf(page(css("B83S", SANS, "#37505c"), body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Commissie van Toezicht Arrestantenzorg eenheid Lingestroom | Jaarverslag 2025",
            "pagina {n} van {m}", SANS["Regular"])


def response():
    body = """
<p class="lh">Politie</p>
<p class="small">Eenheid Lingestroom &middot; Postbus 4120 &middot; 6800 ED Arnhem-Lingestroom</p>
<br>
<p>Commissie van Toezicht Arrestantenzorg eenheid Lingestroom<br>t.a.v. mevrouw mr. G. Bosman, voorzitter<br>
Postbus 915<br>6800 AX Lingestroom</p>
<table class="ref"><tr><td>Datum</td><td>12 mei 2026</td></tr><tr><td>Onderwerp</td><td>Reactie op het jaarverslag
2025</td></tr><tr><td>Ons kenmerk</td><td>PL-LS/2026/05781</td></tr><tr><td>Uw kenmerk</td><td>CvT-AZ 2026-02</td></tr>
<tr><td>Bijlage</td><td>geen</td></tr></table>
<p>Geachte mevrouw Bosman,</p>
<p>Met belangstelling heb ik het jaarverslag 2025 van uw commissie gelezen. Ik waardeer het dat uw leden ook in de
nacht en het weekend onze cellencomplexen bezoeken. Deze reactie is afgestemd met de burgemeesters van Lingestroom,
Elden en Bemmel, die het verslag in de regionale driehoek van 21 april hebben besproken.</p>
<p>De vraag om de spullen van arrestanten bij insluiting te fotograferen heb ik meteen opgepakt. Sinds 1 maart 2026
maken de arrestantenverzorgers in alle drie de complexen een foto van de ingenomen goederen, die aan het dossier
wordt gekoppeld en bij vertrek met de arrestant wordt doorgenomen.</p>
<p>Ik begrijp uw zorg over de tijd tot de arts komt. Een vaste termijn van vier uur voor iedere arrestant met
medicatie neem ik echter niet over. De forensisch arts wordt nu al direct gebeld als er medische signalen zijn, en
de GGD kan een harde termijn in de nachtelijke uren niet garanderen. Wel laat ik de verzorgers voortaan noteren
wanneer zij de arts hebben gebeld.</p>
<p>Wat de cellencomplexen zelf betreft: de deur van de luchtplaats in Elden is in januari vervangen en de luchtplaats
is sinds 2 februari 2026 weer dagelijks open. De bewaartermijn van de camerabeelden is landelijk geregeld en kan ik
als politiechef van één eenheid niet zelfstandig verlengen. Ik heb uw aanbeveling voorgelegd aan de landelijke
portefeuillehouder arrestantenzorg, die haar meeneemt in de herziening van het landelijke kader.</p>
<p>Uw opmerking over de flexibele krachten onderschrijf ik. Vanaf dit jaar volgen alle arrestantenverzorgers,
vast en flexibel, jaarlijks de tweedaagse training de-escalatie en verward gedrag van de Politieacademie. De
eerste groep heeft de training in april afgerond.</p>
<p>Ook de maaltijden verdienen aandacht. Per 1 juni liggen er in elk complex halal en vegetarische maaltijden
klaar. Het registreren van geweigerde maaltijden vind ik niet nodig; de verzorgers melden het nu al aan de arts als
een arrestant langere tijd niet eet.</p>
<p>Tot slot nog een ontwikkeling die uw commissie raakt. Het cellencomplex Tielstraat sluit naar verwachting in
2028, wanneer het nieuwe politiebureau aan de Westkanaalweg met 20 cellen in gebruik wordt genomen. Ik nodig uw
commissie graag uit om mee te kijken naar het ontwerp van het nieuwe complex.</p>
<p>Ik zie uit naar ons overleg in juni en dank u en de leden van de commissie voor hun inzet.</p>
<p>Met vriendelijke groet,<br><br>Rutger van Dalen<br>politiechef eenheid Lingestroom</p>
"""
    B.chromium_pdf(page(css("B83R", SERIF, "#143f6b"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Politie eenheid Lingestroom | PL-LS/2026/05781", "{n}/{m}", SERIF["Regular"])


RECS = [
    (1, "De commissie beveelt aan de luchtplaats van het cellencomplex Elden",
     "is sinds 2 februari 2026 weer dagelijks open", "agrees"),
    (2, "Bied arrestanten naast de standaardmaaltijden ook halal en vegetarische maaltijden",
     "Het registreren van geweigerde maaltijden vind ik niet nodig", "partly"),
    (3, "Zorg dat bij elke insluiting van een arrestant die geen Nederlands",
     None, "unanswered"),
    (4, "Laat de forensisch arts elke arrestant die vaste medicatie gebruikt",
     "Een vaste termijn van vier uur voor iedere arrestant", "disagrees"),
    (5, "Bewaar de camerabeelden van de cellen ten minste 28 dagen",
     "voorgelegd aan de landelijke portefeuillehouder arrestantenzorg", "noted"),
    (6, "Geef alle arrestantenverzorgers, ook de flexibel ingezette krachten, jaarlijks een training",
     "Uw opmerking over de flexibele krachten onderschrijf ik", "agrees"),
    (7, "Leg bij elke insluiting de ingenomen persoonlijke spullen vast met",
     "maken de arrestantenverzorgers in alle drie de complexen een foto", "agrees"),
]
UNMATCHED = [
    "Met belangstelling heb ik het jaarverslag 2025 van uw commissie gelezen",
    "het nieuwe politiebureau aan de Westkanaalweg met 20 cellen",
    "Ik zie uit naar ons overleg in juni",
]
NOTES = ("Annual report of a police custody visiting committee (Commissie van Toezicht Arrestantenzorg), answered by "
         "the politiechef's letter. Advice: recommendations as BOLD SENTENCES at the end of running paragraphs in "
         "theme sections 2-5, no numbers or labels (numbers by order), mixed openers ('De commissie beveelt aan ...', "
         "imperatives); traps: the Politiewet 2012, the Ambtsinstructie 'moet ... worden onderzocht', the Besluit "
         "beheer politie, a visits table and a key-figures side column, a dashed quote box with the 2023 "
         "recommendation ('Zorg voor een klok ...'), 'De commissie stelde vast', 'zouden ... moeten kennen', 'Wij "
         "bevelen niet aan om het aantal cellen uit te breiden'. Response: letter WITHOUT headings or numbers, by "
         "paraphrase, order 7, 4, 1+5, 6, 2: intro (nothing); 7 agrees (a deed since 1 March); 4 disagrees ('neem "
         "ik echter niet over', with a small alternative); ONE paragraph 'Wat de cellencomplexen zelf betreft' = 1 "
         "agrees (airing court reopened) + 5 noted (passed to the national portfolio holder); 6 agrees "
         "('onderschrijf ik'); 2 partly (meals yes, no registration of refusals); new police building (nothing); "
         "closing (nothing); 3 (telephone interpreter) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

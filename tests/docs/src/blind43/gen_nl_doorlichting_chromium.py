"""Round 43 (nl): an (invented) doorlichtingsverslag of the Flemish onderwijsinspectie on a secondary school
(Sint-Ursula-instituut Herentem), with a quality table (four-point scale), 'sterke punten' bullets, legal references
(decreet kwaliteit van onderwijs, Codex Secundair Onderwijs, AREI), a 'beperkt gunstig' advice, two TEKORTEN coded T1-T2
in a ruled table (with regulation and deadline) and four ONTWIKKELKANSEN coded O1-O4 as 'De onderwijsinspectie moedigt
de school aan ...' paragraphs; answered by the letter of the directeur and the schoolbestuur to parents and pupils
('Beste ouders, beste leerlingen'). Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free
DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind43nl/bin/python tests/docs/src/blind43/gen_nl_doorlichting_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b43nl as B  # noqa: E402

NAME = "blind43_nl_doorlichting"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B43NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


CSS = fonts("B43", F) + fonts("B43S", SERIF) + """
html { font-family: %s; font-size: 9.6pt; line-height: 1.42; font-variant-ligatures: none; }
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
  @top-left { content: "%s"; font-family: B43; font-size: 7.5pt; color: #555; }
  @bottom-center { content: "%s" counter(page) " / " counter(pages); font-family: B43; font-size: 7.5pt; } }
@page :first { @top-left { content: none; } }
p { margin: 0 0 2.4mm 0; }
h1 { font-size: 16pt; margin: 0 0 2mm 0; }
h2 { font-size: 11.5pt; margin: 5mm 0 2mm 0; border-bottom: 0.8pt solid #c9a400; padding-bottom: 0.6mm; }
table { border-collapse: collapse; font-size: 8.6pt; margin: 1mm 0 3mm 0; width: 100%%; }
td, th { border: 0.5pt solid #888; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { background: #f3ecc8; }
.code { font-weight: bold; white-space: nowrap; }
.ok { border-left: 3pt solid #c9a400; padding: 1mm 0 1mm 4mm; margin: 2mm 0 3mm 0; }
.top { font-size: 8pt; border-bottom: 2pt solid #c9a400; padding-bottom: 2mm; margin-bottom: 5mm; }
.advies { border: 1pt solid #333; padding: 2mm 4mm; margin: 2mm 0 3mm 0; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>",
         CSS % ("B43", "Doorlichtingsverslag Sint-Ursula-instituut Herentem | instellingsnummer 031278",
                "Onderwijsinspectie | "), "</style></head><body>"]
    h.append("<div class='top'><b style='font-size:11pt'>Vlaanderen</b> is onderwijs &amp; vorming | "
             "Onderwijsinspectie | Hendrik Consciencegebouw, Koning Albert II-laan 15, 1210 Brussel</div>")
    h.append("<h1>Doorlichtingsverslag</h1>")
    h.append("<p><b>Sint-Ursula-instituut Herentem</b> | secundair onderwijs, eerste, tweede en derde graad | "
             "instellingsnummer 031278<br>Schoolbestuur: vzw Katholiek Onderwijs Herentem-Zuid | "
             "Doorlichting van 2 tot en met 6 februari 2026 | Verslag vastgesteld op 3 maart 2026</p>")
    h.append("<h2>1 Inleiding</h2>")
    h.append("<p>De onderwijsinspectie onderzocht de kwaliteit van de school volgens het Referentiekader voor "
             "OnderwijsKwaliteit (OK), zoals bepaald in artikel 5 van het decreet van 8 mei 2009 betreffende de "
             "kwaliteit van onderwijs. Het team van vier inspecteurs bezocht 46 lessen, sprak met 38 leerlingen, "
             "22 leraren, de directie en het schoolbestuur, en onderzocht de naleving van de regelgeving op het "
             "vlak van veiligheid, hygiëne en bewoonbaarheid.</p>")
    h.append("<h2>2 Kwaliteitsontwikkeling en onderwijsleerpraktijk</h2>")
    h.append("<table><tr><th>Onderzocht</th><th>Ontwikkelingsniveau</th></tr>"
             "<tr><td>Kwaliteitsontwikkeling op schoolniveau</td><td>benadert de verwachting</td></tr>"
             "<tr><td>Onderwijsleerpraktijk: wiskunde, tweede graad</td><td>sluit aan bij de verwachting</td></tr>"
             "<tr><td>Onderwijsleerpraktijk: elektriciteit, derde graad</td><td>overstijgt de verwachting</td></tr>"
             "<tr><td>Leerlingenbegeleiding</td><td>ligt onder de verwachting</td></tr>"
             "<tr><td>Welbevinden</td><td>sluit aan bij de verwachting</td></tr></table>")
    h.append("<div class='ok'><p><b>Sterke punten</b></p><p>- De school zet leerlingen van de derde graad "
             "elektriciteit aan het werk in realistische opdrachten voor lokale bedrijven.<br>- Leraren geven "
             "leerlingen veel kansen om samen te werken en uitleg aan elkaar te geven.<br>- De leerlingenraad "
             "wordt ernstig genomen: zijn voorstel voor een stille studieruimte werd in 2025 "
             "uitgevoerd.</p></div>")
    h.append("<p>De leerlingenbegeleiding vertoont ernstige hiaten. Voor leerlingen met een gemotiveerd verslag "
             "worden redelijke aanpassingen wel besproken op de klassenraad, maar niet vastgelegd; leraren kennen "
             "ze vaak niet. De school zou deze afspraken systematisch moeten documenteren, zoals de Codex "
             "Secundair Onderwijs (artikel 123/16) vereist. De vakgroepen hanteren sterk uiteenlopende "
             "evaluatieafspraken: in de tweede graad weegt het dagelijks werk in wiskunde 40 procent, in "
             "Nederlands 70 procent.</p>")
    h.append("<p>Bij de instroom in het eerste jaar beschikt de school over de gegevens van de basisschool. Ongeveer "
             "een op de vijf eerstejaars spreekt thuis een andere taal dan het Nederlands.</p>")
    h.append("<h2>3 Veiligheid, hygiëne en bewoonbaarheid</h2>")
    h.append("<p>De brandveiligheid is in orde (attest van 14 oktober 2024). De periodieke keuring van de "
             "elektrische installatie in de ateliers elektriciteit en hout volgens het AREI is sinds september "
             "2024 verlopen. Het schoolbestuur moet de regelgeving op het vlak van veiligheid naleven; dit is een "
             "tekort.</p>")
    h.append("<h2>4 Advies</h2>")
    h.append("<div class='advies'><p><b>Advies: beperkt gunstig.</b> De onderwijsinspectie adviseert de Vlaamse "
             "Regering de erkenning van de school te behouden, op voorwaarde dat het schoolbestuur de tekorten "
             "wegwerkt binnen de gestelde termijn. De inspectie komt uiterlijk in het schooljaar 2027-2028 terug "
             "voor een opvolgingsbezoek.</p></div>")
    h.append("<p><b>Tekorten die de school moet wegwerken</b></p>")
    h.append("<table><tr><th width='8%'>Code</th><th>Tekort</th><th width='26%'>Regelgeving</th>"
             "<th width='16%'>Termijn</th></tr>"
             "<tr><td class='code'>T1</td><td>Leg voor elke leerling met een gemotiveerd verslag de redelijke "
             "aanpassingen schriftelijk vast en zorg dat alle betrokken leraren ze kennen en toepassen.</td>"
             "<td>Codex Secundair Onderwijs, art. 123/16</td><td>1 september 2027</td></tr>"
             "<tr><td class='code'>T2</td><td>Laat de elektrische installatie van de ateliers elektriciteit en "
             "hout keuren en voer de vastgestelde inbreuken weg.</td><td>AREI, boek 1, deel 6</td>"
             "<td>1 september 2026</td></tr></table>")
    h.append("<p><b>Ontwikkelkansen</b></p>")
    h.append("<p>Naast de tekorten ziet de inspectie kansen om de kwaliteit verder te ontwikkelen. Het "
             "schoolbestuur beslist zelf of en hoe het daarmee aan de slag gaat.</p>")
    h.append("<p><span class='code'>O1</span> De onderwijsinspectie moedigt de school aan om de "
             "evaluatieafspraken tussen de vakgroepen op elkaar af te stemmen en voor leerlingen transparant te "
             "maken.</p>")
    h.append("<p><span class='code'>O2</span> De onderwijsinspectie moedigt de school aan om leerlingen "
             "systematisch te bevragen over de lessen en hun feedback te gebruiken in de vakgroepwerking.</p>")
    h.append("<p><span class='code'>O3</span> De onderwijsinspectie moedigt de school aan om bij de instroom in "
             "het eerste jaar een taalscreening bij alle leerlingen af te nemen en de taalondersteuning daarop af "
             "te stemmen.</p>")
    h.append("<p><span class='code'>O4</span> De onderwijsinspectie moedigt de school aan om samen met de andere "
             "scholen van de scholengemeenschap een gezamenlijk aanbod duaal leren in de derde graad uit te "
             "bouwen.</p>")
    h.append("<h2>5 Rechtsmiddelen</h2>")
    h.append("<p>Het schoolbestuur kan binnen dertig kalenderdagen na ontvangst van dit verslag een gemotiveerde "
             "reactie bezorgen aan de inspecteur-generaal. Het verslag is openbaar en wordt gepubliceerd op "
             "onderwijsinspectie.be.</p>")
    h.append("<p style='margin-top:6mm'>Voor de onderwijsinspectie,<br>Katrien Vandewalle, coördinerend "
             "inspecteur<br>Pieter-Jan Claeys, inspecteur</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>",
         CSS % ("B43S", "Sint-Ursula-instituut Herentem | brief aan ouders en leerlingen, 20 maart 2026",
                "pagina "), "</style></head><body>"]
    h.append("<table style='border:none'><tr><td style='border:none'><b style='font-size:15pt; color:#6b2b5e'>"
             "Sint-Ursula-instituut</b><br><span style='font-size:8pt'>Kloosterstraat 12, 3191 Herentem | "
             "016 55 32 10 | secretariaat@sui-herentem.be</span></td><td style='border:none; text-align:right; "
             "font-size:8pt'>Herentem, 20 maart 2026<br>Onze ref.: DIR/2026/044</td></tr></table>")
    h.append("<p style='margin-top:5mm'><b>Betreft: de doorlichting van onze school</b></p>")
    h.append("<p>Beste ouders, beste leerlingen,</p>")
    h.append("<p>Van 2 tot 6 februari kreeg onze school bezoek van de onderwijsinspectie. Het verslag is intussen "
             "openbaar. We willen u er zelf over informeren, want het is niet allemaal goed nieuws, en we leggen "
             "graag uit wat we ermee doen.</p>")
    h.append("<p><b>Wat betekent 'beperkt gunstig'?</b><br>Onze school behoudt haar erkenning en uw kind behaalt "
             "gewoon een geldig diploma. Een beperkt gunstig advies betekent dat de inspectie enkele punten "
             "vond die we binnen een vaste termijn in orde moeten brengen. De inspecteurs waren ook lovend: "
             "over onze richting elektriciteit en over de manier waarop leerlingen samenwerken in de klas.</p>")
    h.append("<p><b>Veiligheid in de ateliers</b><br>De keuring van de elektrische installatie in de ateliers "
             "elektriciteit en hout was verlopen. Dat had niet mogen gebeuren. De keuring is op 12 maart "
             "uitgevoerd en de kleine gebreken die de keurder vond, zijn al hersteld. Het nieuwe keuringsverslag "
             "kan u op het secretariaat inkijken.</p>")
    h.append("<p><b>Ondersteuning op maat</b><br>Voor leerlingen met een gemotiveerd verslag maken we vanaf het "
             "volgende schooljaar voor elke leerling een individueel ondersteuningsplan op, dat alle leraren "
             "via Smartschool kunnen raadplegen. Ouders en leerling tekenen dat plan mee. Zo nemen we de opmerking "
             "van de inspectie volledig ter harte.</p>")
    h.append("<p><b>De stem van leerlingen en de taal van eerstejaars</b><br>De inspectie suggereert om "
             "leerlingen vaker naar hun mening over de lessen te vragen. Dat vinden we een goed idee; we beginnen "
             "er in september mee in twee vakgroepen, wiskunde en Nederlands, en bekijken daarna of we het "
             "uitbreiden. Een taalscreening van alle eerstejaars voeren we echter niet in: we krijgen van de "
             "basisscholen al voldoende informatie mee, en een extra toets in de eerste schoolweken zou vooral "
             "stress geven. Leerlingen die taalondersteuning nodig hebben, vinden nu al de weg naar ons "
             "taalatelier.</p>")
    h.append("<p><b>Duaal leren</b><br>Een gezamenlijk aanbod duaal leren kunnen we niet alleen beslissen. We "
             "leggen het voorstel voor aan de directies van de scholengemeenschap Herentem-Zuid, die er in juni "
             "over vergaderen.</p>")
    h.append("<p><b>Infoavond</b><br>Op dinsdag 21 april om 19.30 uur bent u welkom in de refter voor een "
             "infoavond over de doorlichting. U kunt er ook kennismaken met onze nieuwe coördinator "
             "leerlingenbegeleiding, mevrouw Sofie Dewaele.</p>")
    h.append("<p>Met vriendelijke groeten,</p>")
    h.append("<p>Bart Verhaegen, directeur<br>Annemie Goossens, voorzitter schoolbestuur vzw Katholiek Onderwijs "
             "Herentem-Zuid</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("T1", "Leg voor elke leerling met een gemotiveerd verslag de", "een individueel ondersteuningsplan op, "
         "dat alle leraren", "agrees"),
        ("T2", "Laat de elektrische installatie van de ateliers elektriciteit en", "De keuring is op 12 maart "
         "uitgevoerd", "agrees"),
        ("O1", "De onderwijsinspectie moedigt de school aan om de evaluatieafspraken", None, "unanswered"),
        ("O2", "De onderwijsinspectie moedigt de school aan om leerlingen systematisch", "we beginnen er in "
         "september mee in twee vakgroepen", "partly", ["agrees"]),
        ("O3", "De onderwijsinspectie moedigt de school aan om bij de", "Een taalscreening van alle eerstejaars "
         "voeren we echter niet in", "disagrees"),
        ("O4", "De onderwijsinspectie moedigt de school aan om samen met", "We leggen het voorstel voor aan de "
         "directies", "noted"),
    ]
    unmatched = ["Onze school behoudt haar erkenning en uw kind behaalt",
                 "bent u welkom in de refter voor een infoavond"]
    notes = ("Flemish onderwijsinspectie doorlichtingsverslag: OK-referentiekader, decreet kwaliteit van onderwijs "
             "art. 5, a quality table with a four-point scale, 'Sterke punten' bullets (not recommendations), "
             "findings with 'zou ... moeten documenteren' and 'moet ... naleven; dit is een tekort' (traps), the "
             "boxed 'Advies: beperkt gunstig' (an advice to the Vlaamse Regering about recognition, not a "
             "recommendation), then two TEKORTEN coded T1-T2 as imperatives in a ruled table with regulation and "
             "deadline, and four ONTWIKKELKANSEN O1-O4 as 'De onderwijsinspectie moedigt de school aan om ...' "
             "paragraphs; 'Rechtsmiddelen' is no recommendation. Reply: letter of directeur and schoolbestuur to "
             "parents and pupils, no codes, own headings, order T2, T1, O2+O3, O4: T2 keuring done on 12 March "
             "(agrees); T1 individual support plan for every pupil (agrees); one paragraph with O2 started in two "
             "subject groups, extension to be seen (partly, also agrees) and O3 'voeren we echter niet in' "
             "(disagrees); O4 not theirs alone, put to the scholengemeenschap (noted); O1 (evaluation agreements) "
             "unanswered; 'Wat betekent beperkt gunstig?' and 'Infoavond' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

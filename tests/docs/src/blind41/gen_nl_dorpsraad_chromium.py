"""Round 41 (nl): an (invented) ADVIES of the Dorpsraad Oudewier on the concept-schetsontwerp for the redesign of
the Dorpsstraat, answered by an E-MAIL of the municipality's projectleider (printed mail: Van/Aan/Onderwerp headers,
quoted thread). Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies from
the helper). Answer key: README-nl.md.

Run: /tmp/blind41nl/bin/python tests/docs/src/blind41/gen_nl_dorpsraad_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b41nl as B  # noqa: E402

NAME = "blind41_nl_dorpsraad"
F = B.nolig_fonts()
FONTS = ""
for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                   "Bold Italic": ("bold", "italic")}.items():
    FONTS += f"@font-face {{ font-family: B41; src: url(file://{F[st]}); font-weight: {w}; font-style: {s}; }}\n"

CSS = FONTS + """
html { font-family: B41; font-size: 9.6pt; line-height: 1.45; font-variant-ligatures: none; }
@page { size: A4; margin: 22mm 22mm 20mm 22mm;
  @top-right { content: "%s"; font-family: B41; font-size: 7.5pt; color: #2e6b30; }
  @bottom-center { content: "%s" counter(page); font-family: B41; font-size: 7.5pt; } }
@page :first { @top-right { content: none; } }
p { margin: 0 0 2.4mm 0; }
h2 { font-size: 11pt; color: #2e6b30; margin: 5mm 0 2mm 0; }
table { border-collapse: collapse; font-size: 8.8pt; margin: 1mm 0 3mm 0; }
td, th { border: 0.5pt solid #999; padding: 1mm 2.5mm; text-align: left; }
th { background: #e4efe0; }
ul { margin: 0 0 3mm 0; padding-left: 6mm; } li { margin-bottom: 1.6mm; }
.logo { border-bottom: 2pt solid #2e6b30; padding-bottom: 2mm; margin-bottom: 6mm; }
.logo .a { font-size: 17pt; font-weight: bold; color: #2e6b30; } .logo .b { font-size: 8pt; color: #555; }
.q { border-left: 2pt solid #2e6b30; padding-left: 3mm; font-style: italic; }
.mailhdr td { border: none; padding: 0.4mm 3mm 0.4mm 0; font-size: 8.8pt; }
.mailhdr td:first-child { font-weight: bold; width: 22mm; }
.quoted { color: #444; border-left: 1.5pt solid #bbb; padding-left: 3mm; font-size: 8.6pt; }
.tool { font-size: 8pt; color: #666; border-bottom: 0.5pt solid #999; margin-bottom: 3mm; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", CSS % ("Dorpsraad Oudewier | Advies schetsontwerp Dorpsstraat",
         "Dorpsraad Oudewier | blz. "), "</style></head><body>"]
    h.append("<div class='logo'><div class='a'>Dorpsraad Oudewier</div><div class='b'>Vereniging voor dorpsbelangen "
             "| Kerkpad 3 | 9178 KP Oudewier | secretaris@dorpsraadoudewier.nl</div></div>")
    h.append("<p>Aan het college van burgemeester en wethouders van de gemeente Westerhemmen<br>t.a.v. de heer "
             "T. Okkema, projectleider herinrichting Dorpsstraat</p>"
             "<p>Oudewier, 9 maart 2026<br>Onderwerp: advies concept-schetsontwerp Dorpsstraat (uw brief van 2 "
             "februari 2026, kenmerk Z/26/004512)</p>")
    h.append("<p>Geacht college, beste Tjeerd,</p><p>Op 2 februari vroeg u de dorpsraad om een reactie op het "
             "concept-schetsontwerp voor de Dorpsstraat tussen de brug en de Molenweg. Wij hebben het ontwerp "
             "besproken in onze vergadering van 17 februari en op de inloopavond in De Pompe op 24 februari, waar "
             "ongeveer 85 inwoners waren. Hieronder leest u wat wij ervan vinden. Wij zijn positief over de "
             "hoofdlijn: een 30 km-straat met een rustiger profiel past bij ons dorp.</p>")
    h.append("<h2>Wat wij hebben gehoord</h2><p>De verkeerstelling van de provincie (oktober 2025) laat zien "
             "waarom inwoners zich zorgen maken:</p><table><tr><th>Telpunt</th><th>Motorvoertuigen per etmaal</th>"
             "<th>V85 (km/u)</th><th>Vrachtverkeer</th></tr><tr><td>Dorpsstraat bij de brug</td><td>2.340</td>"
             "<td>47</td><td>6,1%</td></tr><tr><td>Dorpsstraat bij school De Wierde</td><td>2.110</td><td>41</td>"
             "<td>5,4%</td></tr><tr><td>Molenweg</td><td>860</td><td>52</td><td>9,8%</td></tr></table>"
             "<p>Veel ouders zeggen dat de oversteek bij de school veiliger moet. Bewoners van de oostkant vinden dat "
             "de landbouwvoertuigen van de loonbedrijven niet meer door de kern zouden moeten rijden, maar de "
             "loonbedrijven zelf wijzen erop dat de Molenweg daar te smal voor is. Ondernemers aan de Dorpsstraat "
             "zijn bang dat zij 11 van de 19 parkeerplaatsen kwijtraken.</p>"
             "<p>In de Dorpsvisie Oudewier 2030 (2022) schreven wij al: <span class='q'>'Geef de brink terug aan de "
             "mensen en maak er een plek om elkaar te ontmoeten.'</span> Die wens staat nog steeds, maar is niet "
             "het onderwerp van dit advies.</p>")
    h.append("<h2>Ons advies</h2><p>Op basis van de inloopavond en onze eigen bespreking geven wij u het volgende "
             "mee.</p><ul>"
             "<li>Wij vragen u om bij basisschool De Wierde een verhoogd plateau met een zebrapad aan te leggen in "
             "plaats van de voorgestelde middengeleider.</li>"
             "<li>Houd ten minste 15 parkeerplaatsen in het winkelgedeelte, zodat de winkels en de bakker bereikbaar "
             "blijven.</li>"
             "<li>Wij vragen u om de bestaande lindes voor de kerk te sparen en het fietspad daar om de bomen heen "
             "te leggen.</li>"
             "<li>Leg de nieuwe bushalte bij de Molenweg toegankelijk aan, met een verhoogd perron en een "
             "abri.</li></ul>"
             "<p>Daarnaast hebben wij drie vragen, waarop wij graag een antwoord krijgen voordat het definitief "
             "ontwerp wordt gemaakt:</p><ul>"
             "<li>Kan de gemeente toezeggen dat de landbouwroute via de Molenweg wordt onderzocht?</li>"
             "<li>Is de gemeente bereid om de uitvoering buiten de oogstperiode van augustus en september te "
             "plannen?</li>"
             "<li>Wilt u de dorpsraad een plek geven in de klankbordgroep die het definitief ontwerp begeleidt?</li>"
             "</ul>")
    h.append("<h2>Tot slot</h2><p>De dorpsraad denkt graag verder mee. Wij merken wel dat de termijn van vier "
             "weken voor vrijwilligers krap is; een volgende keer zou zes weken prettig zijn. De verslagen van de "
             "inloopavond sturen wij als bijlage mee.</p><p>Met vriendelijke groet,<br>namens de Dorpsraad "
             "Oudewier,<br><br>Grietje Hoekstra, voorzitter &nbsp; &nbsp; Sjoerd de Vries, secretaris</p>"
             "<p style='font-size:8pt;color:#666'>Bijlage: verslag inloopavond 24 februari 2026 (niet "
             "bijgevoegd in deze versie)</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h).replace("&nbsp;", " "), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>", CSS % ("Gemeente Westerhemmen | e-mail",
         "Afgedrukt 31-03-2026 | "), "</style></head><body>"]
    h.append("<div class='tool'>Outlook | Westerhemmen | T. Okkema</div>")
    h.append("<p style='font-size:13pt;font-weight:bold'>RE: advies concept-schetsontwerp Dorpsstraat</p>")
    h.append("<table class='mailhdr'><tr><td>Van:</td><td>Okkema, Tjeerd &lt;t.okkema@westerhemmen.nl&gt;</td></tr>"
             "<tr><td>Verzonden:</td><td>dinsdag 31 maart 2026 16:42</td></tr>"
             "<tr><td>Aan:</td><td>secretaris@dorpsraadoudewier.nl</td></tr>"
             "<tr><td>CC:</td><td>Wethouder J. Bakker; Zaakregistratie Z/26/004512</td></tr>"
             "<tr><td>Onderwerp:</td><td>RE: advies concept-schetsontwerp Dorpsstraat</td></tr></table>")
    h.append("<p>Beste Sjoerd, beste Grietje,</p><p>Dank voor jullie advies van 9 maart en voor de goed bezochte "
             "inloopavond. Wethouder Bakker heeft het advies op 24 maart met mij doorgenomen; ik laat jullie namens "
             "haar weten wat we ermee doen. Een formele reactie van het college volgt bij het definitief ontwerp, "
             "maar jullie wilden graag nu al weten waar we staan.</p>")
    h.append("<p><b>Bomen bij de kerk.</b> Goed nieuws: de bomentoets is binnen en de lindes zijn gezond. Het "
             "fietspad wordt om de lindes heen gelegd, dat nemen we één op één over in het ontwerp.</p>")
    h.append("<p><b>Oversteek bij De Wierde.</b> Ook wij willen daar een veilige oversteek. Een plateau komt er, "
             "alleen zonder zebrapad: in een 30 km-straat adviseert CROW dat niet, omdat kinderen dan denken dat "
             "auto's altijd stoppen. We combineren het plateau met een schoolzone en extra verlichting.</p>")
    h.append("<p><b>Parkeren en bus.</b> Met de ondernemers hebben we op 19 maart gekeken naar het parkeren. In "
             "het nieuwe ontwerp blijven er 13 plekken over in het winkelgedeelte; meer past echt niet als we de "
             "stoep op de minimale breedte willen houden. Voor de bushalte bij de Molenweg zijn we afhankelijk van "
             "de provincie als concessieverlener; jullie wens hebben we doorgezet naar het OV-bureau en we "
             "horen in mei of daar budget voor is.</p>")
    h.append("<p><b>Landbouwverkeer en planning.</b> De landbouwroute via de Molenweg nemen we mee: er komt een "
             "verkennend onderzoek, de opdracht gaat deze maand de deur uit. Uitvoeren buiten de oogst is helaas "
             "niet haalbaar. De aannemer moet vóór de bouwvak klaar zijn met de riolering, dus augustus en "
             "september blijven in de planning; we zorgen wel dat loonwerkers via een tijdelijke route kunnen "
             "rijden.</p>")
    h.append("<p><b>Reactietermijn.</b> Jullie opmerking over de termijn van vier weken is terecht. Bij het "
             "definitief ontwerp krijgen jullie zes weken.</p>")
    h.append("<p><b>Planning.</b> Het definitief ontwerp ligt naar verwachting in juni klaar; de "
             "informatieavond daarover is gepland op donderdag 18 juni in De Pompe.</p>")
    h.append("<p>Met vriendelijke groet,</p><p>Tjeerd Okkema<br>Projectleider Openbare Ruimte<br>Gemeente "
             "Westerhemmen | Postbus 40 | 9170 AA Westerhemmen<br>T 0594 - 28 14 00 | www.westerhemmen.nl</p>")
    h.append("<div class='quoted'><p><b>Van:</b> secretaris@dorpsraadoudewier.nl<br><b>Verzonden:</b> maandag 9 "
             "maart 2026 21:05<br><b>Aan:</b> Okkema, Tjeerd<br><b>Onderwerp:</b> advies concept-schetsontwerp "
             "Dorpsstraat</p><p>Beste Tjeerd, in de bijlage vind je het advies van de dorpsraad over het "
             "schetsontwerp. Wil je de ontvangst bevestigen? Groet, Sjoerd</p></div>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Wij vragen u om bij basisschool De Wierde een verhoogd plateau",
         "Een plateau komt er, alleen zonder zebrapad", "partly"),
        ("2", "Houd ten minste 15 parkeerplaatsen in het winkelgedeelte", "blijven er 13 plekken over in het "
         "winkelgedeelte", "partly", ["disagrees"]),
        ("3", "Wij vragen u om de bestaande lindes voor de kerk te sparen",
         "dat nemen we één op één over in het ontwerp", "agrees"),
        ("4", "Leg de nieuwe bushalte bij de Molenweg toegankelijk aan", "jullie wens hebben we doorgezet naar het "
         "OV-bureau", "noted"),
        ("5", "Kan de gemeente toezeggen dat de landbouwroute via de Molenweg", "er komt een verkennend onderzoek",
         "agrees"),
        ("6", "Is de gemeente bereid om de uitvoering buiten de oogstperiode",
         "Uitvoeren buiten de oogst is helaas niet haalbaar", "disagrees"),
        ("7", "Wilt u de dorpsraad een plek geven in de klankbordgroep", None, "unanswered"),
    ]
    unmatched = ["de informatieavond daarover is gepland op donderdag 18 juni"]
    notes = ("Dorpsraad letter-advice: a provincial traffic-count table, residents' views with 'moet' / 'zouden ... "
             "moeten' (findings), the 2022 Dorpsvisie quoted as an imperative (trap); four unnumbered bullets "
             "(two 'Wij vragen u om', two imperatives) and three question bullets, numbered 1-7 in order; the "
             "remark on the four-week term in 'Tot slot' ('zou zes weken prettig zijn') is a wish, not counted. "
             "Reply: printed e-mail of the projectleider with bold run-ins in another order: 3 trees (agrees); 1 "
             "plateau but no zebra crossing (partly); 2 13 instead of 15 places (partly, also disagrees) and 4 bus "
             "stop passed on to the OV-bureau/province (noted) in one paragraph; 5 exploratory study (agrees) and "
             "6 works outside harvest refused (disagrees) in one paragraph; 7 (klankbordgroep) unanswered; the "
             "reply on the term answers the 'Tot slot' remark; the 'Planning' paragraph answers nothing; the "
             "quoted original mail at the end is not a reply.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

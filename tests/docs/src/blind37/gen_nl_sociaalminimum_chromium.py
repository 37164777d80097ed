"""Round 37 (nl, Caribbean Netherlands): an (invented) final report of the Commissie Sociaal Minimum Caribisch
Nederland ('Rondkomen op de eilanden'), answered in a VERSLAG VAN EEN SCHRIFTELIJK OVERLEG (Tweede Kamer, Kamerstuk
36 512, nr. 14): questions of the parliamentary groups, each followed by the state secretary's answer. Advice: A4,
cover band, 'Kernboodschap' box, a table of the ijkpunt per island in US dollars, findings with 'zou ... moeten',
the 2019 'Armoedeonderzoek' recommendation quoted (imperative), Wet minimumloon BES articles, and the
recommendations lettered a.-g. in chapter 5 in mixed forms (imperatives, 'De commissie beveelt aan ...', 'Het
kabinet zou ...'), each followed by an unlettered explanation. Response: answers in another order, referring to the
letters only sometimes: a (agrees), one answer to the VVD questions covering b (partly: two steps, 2030) and d
(disagrees), g (CBS already publishes: agrees), c (agrees), e (referred to KGG and the openbare lichamen: noted); f
(AOV) unanswered; an answer on ferry and flight tariffs answers no recommendation. Engine: headless Chromium
--print-to-pdf (CSS @page margin boxes; DejaVu copies without GSUB, font-variant-ligatures none).

Run: /tmp/blind37nl/bin/python tests/docs/src/blind37/gen_nl_sociaalminimum_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b37nl as B  # noqa: E402

NAME = "blind37_nl_sociaalminimum"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B37NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})

FONTS = ""
for fam, paths in (("B37", F), ("B37S", SERIF)):
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        FONTS += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; "
                  f"font-style: {s}; }}\n")

ADV_CSS = FONTS + """
html { font-family: B37; font-size: 9.4pt; line-height: 1.45; font-variant-ligatures: none; color: #1a1a1a; }
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Commissie Sociaal Minimum Caribisch Nederland"; font-family: B37; font-size: 7.5pt; color: #00718f; }
  @top-right { content: "Rondkomen op de eilanden"; font-family: B37; font-size: 7.5pt; color: #777; }
  @bottom-center { content: counter(page); font-family: B37; font-size: 8pt; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
p { margin: 0 0 2.4mm 0; text-align: justify; }
h2 { font-size: 12.5pt; color: #00718f; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1.2mm 0; break-after: avoid; }
.band { background: #00718f; color: white; padding: 7mm 8mm; margin: 0 0 5mm 0; }
.band .t { font-size: 21pt; font-weight: bold; line-height: 1.15; }
.band .s { font-size: 10pt; margin-top: 2mm; }
.kern { border-left: 3pt solid #f2a900; background: #fff6df; padding: 3mm 4mm; margin: 2mm 0 4mm 0; }
table.fig { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 1mm 0; }
table.fig th { text-align: left; padding: 1.2mm 2mm; background: #00718f; color: white; }
table.fig td { border-bottom: 0.5pt solid #bbb; padding: 1.1mm 2mm; }
td.n, th.n { text-align: right; }
.cap { font-size: 7.8pt; color: #555; margin-bottom: 4mm; }
blockquote { margin: 1mm 0 3mm 0; padding: 1mm 0 1mm 4mm; border-left: 2.5pt solid #9cc9d6; font-style: italic; }
ol.rec { list-style: none; padding-left: 0; }
ol.rec li { margin: 0 0 3mm 0; padding-left: 8mm; text-indent: -8mm; break-inside: avoid; }
ol.rec li b.l { display: inline-block; width: 8mm; text-indent: 0; color: #00718f; }
ol.rec li .e { display: block; text-indent: 0; font-weight: normal; margin-top: 1mm; color: #333; }
"""

RES_CSS = FONTS + """
html { font-family: B37S; font-size: 10pt; line-height: 1.5; font-variant-ligatures: none; color: #000; }
@page { size: A4; margin: 24mm 24mm 22mm 28mm;
  @top-left { content: "Tweede Kamer, vergaderjaar 2025-2026, 36 512, nr. 14"; font-family: B37S; font-size: 8pt; }
  @top-right { content: counter(page); font-family: B37S; font-size: 8pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: "kst-36512-14 ISSN 0921 - 7371 's-Gravenhage 2026"; font-family: B37S; font-size: 7pt; } }
p { margin: 0 0 3mm 0; text-align: justify; }
.tk { font-size: 13pt; font-weight: bold; border-bottom: 1pt solid #000; padding-bottom: 2mm; }
.vj { font-size: 9pt; margin: 1mm 0 6mm 0; }
.nr { display: grid; grid-template-columns: 25mm 1fr; font-weight: bold; margin-bottom: 4mm; }
h1 { font-size: 10pt; font-weight: bold; margin: 5mm 0 2mm 0; text-transform: uppercase; letter-spacing: 0.3pt; }
h2 { font-size: 10pt; font-weight: bold; font-style: italic; margin: 5mm 0 2mm 0; }
.q { font-style: normal; }
.a { }
.lab { font-weight: bold; }
.sig { margin-top: 6mm; }
"""


def advice():
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='band'><div class='t'>Rondkomen op de eilanden</div><div class='s'>Eindrapport van de "
             "Commissie Sociaal Minimum Caribisch Nederland | Kralendijk, 18 februari 2026</div></div>")
    h.append("<div class='kern'><b>Kernboodschap</b><br/>Op Bonaire, Sint Eustatius en Saba kan een groot deel "
             "van de huishoudens met een minimuminkomen de noodzakelijke kosten niet dragen. Het verschil met het "
             "ijkpunt is het grootst voor alleenstaanden met een onderstandsuitkering en voor ouderen met alleen "
             "een AOV-uitkering. De commissie doet zeven aanbevelingen, die in hoofdstuk 5 zijn uitgewerkt.</div>")
    h.append("<h2>1. Opdracht en werkwijze</h2><p>De commissie werd op 1 maart 2025 ingesteld door de "
             "staatssecretaris van Sociale Zaken en Werkgelegenheid met de opdracht een ijkpunt te bepalen voor "
             "het sociaal minimum in Caribisch Nederland: het bedrag dat een huishouden nodig heeft om de "
             "noodzakelijke kosten te dragen en mee te doen in de samenleving. De commissie sprak met 240 "
             "inwoners, de drie openbare lichamen, werkgevers, vakbonden en maatschappelijke organisaties.</p>")
    h.append("<h2>2. Het ijkpunt</h2><p>De commissie heeft per eiland een ijkpunt vastgesteld op basis van een "
             "budgetmethode: een mand van noodzakelijke uitgaven aan voedsel, wonen, energie, water, vervoer, "
             "kleding en sociale participatie, geprijsd in het najaar van 2025.</p>"
             "<table class='fig'><tr><th>Huishoudtype (per maand, USD)</th><th class='n'>Bonaire</th>"
             "<th class='n'>Sint Eustatius</th><th class='n'>Saba</th></tr>"
             "<tr><td>Alleenstaande</td><td class='n'>1.420</td><td class='n'>1.515</td><td class='n'>1.560</td></tr>"
             "<tr><td>Paar zonder kinderen</td><td class='n'>1.980</td><td class='n'>2.105</td>"
             "<td class='n'>2.170</td></tr>"
             "<tr><td>Paar met twee kinderen</td><td class='n'>2.860</td><td class='n'>3.040</td>"
             "<td class='n'>3.120</td></tr>"
             "<tr><td>Onderstand alleenstaande (2026)</td><td class='n'>1.035</td><td class='n'>1.090</td>"
             "<td class='n'>1.110</td></tr></table>"
             "<p class='cap'>Tabel 1. Ijkpunt sociaal minimum en onderstand, prijspeil oktober 2025.</p>")
    h.append("<h2>3. Bevindingen</h2><p>Het wettelijk minimumloon (artikel 8 van de Wet minimumlonen BES) ligt "
             "op Bonaire voor een voltijdse werknemer boven het ijkpunt voor een alleenstaande, maar onder dat "
             "voor een paar met kinderen. De onderstand ligt op alle drie de eilanden ruim onder het ijkpunt. De "
             "kosten van elektriciteit en drinkwater zijn sinds 2021 met meer dan 30 procent gestegen; de "
             "huurprijzen in de vrije sector op Bonaire met 45 procent.</p>"
             "<p>De commissie stelt vast dat het kabinet de verhoging van de uitkeringen tot nu toe per jaar "
             "besluit, zonder vaste maatstaf. Volgens de commissie zou die verhoging moeten aansluiten bij een "
             "objectief en periodiek herijkt ijkpunt.</p>"
             "<h3>Eerdere aanbevelingen</h3><p>In 2019 concludeerde het Armoedeonderzoek Caribisch Nederland al: "
             "</p><blockquote>'Verhoog de kinderbijslag en de onderstand zodat huishoudens met kinderen de "
             "noodzakelijke kosten kunnen dragen.'</blockquote><p>Die aanbeveling is deels uitgevoerd: de "
             "kinderbijslag werd in 2022 en 2024 verhoogd.</p>")
    h.append("<h2>4. Gevolgen voor huishoudens</h2><p>Een alleenstaande met onderstand op Saba komt maandelijks "
             "450 dollar tekort. Ouderen met alleen een AOV-uitkering kunnen op Sint Eustatius de vaste lasten "
             "vaak niet betalen en zijn afhankelijk van familie of de kerk. Werkende ouders met het minimumloon "
             "combineren vaak twee banen.</p>")
    h.append("<h2>5. Aanbevelingen</h2><p>De commissie doet de volgende aanbevelingen aan het kabinet, in "
             "samenwerking met de openbare lichamen:</p><ol class='rec'>"
             "<li><b class='l'>a.</b><b>Stel het ijkpunt voor het sociaal minimum wettelijk vast en herijk het "
             "elke drie jaar op basis van een nieuwe prijsmeting.</b><span class='e'>Zo ontstaat een vaste "
             "maatstaf voor de hoogte van uitkeringen en het minimumloon.</span></li>"
             "<li><b class='l'>b.</b><b>Verhoog de onderstand voor alleenstaanden in drie stappen tot het "
             "ijkpunt, uiterlijk op 1 januari 2029.</b><span class='e'>De eerste stap zou al op 1 januari 2027 "
             "moeten ingaan.</span></li>"
             "<li><b class='l'>c.</b><b>De commissie beveelt aan de kinderbijslag BES met 25 procent te verhogen "
             "en jaarlijks te indexeren.</b><span class='e'>Kinderen zijn de grootste groep onder de "
             "armoedegrens.</span></li>"
             "<li><b class='l'>d.</b><b>Breid de huurtoeslag uit tot huurders in de vrije sector op Bonaire, met "
             "een maximale huurgrens van 1.100 dollar.</b><span class='e'>Nu komen alleen huurders van "
             "woningcorporaties in aanmerking.</span></li>"
             "<li><b class='l'>e.</b><b>Onderzoek samen met de openbare lichamen hoe de vaste kosten van "
             "elektriciteit en drinkwater structureel kunnen worden verlaagd.</b><span class='e'>Deze kosten "
             "drukken zwaar op de laagste inkomens.</span></li>"
             "<li><b class='l'>f.</b><b>Het kabinet zou de AOV-uitkering op hetzelfde niveau moeten brengen als "
             "het ijkpunt voor een alleenstaande.</b><span class='e'>Voor ouderen zonder aanvullend pensioen is "
             "de AOV het enige inkomen.</span></li>"
             "<li><b class='l'>g.</b><b>Laat een onafhankelijke instantie jaarlijks rapporteren over de "
             "ontwikkeling van de koopkracht op de drie eilanden.</b><span class='e'>Dat maakt zichtbaar of de "
             "maatregelen effect hebben.</span></li></ol>"
             "<p>De commissie heeft de financiële gevolgen in bijlage 3 globaal geraamd op 38 tot 46 miljoen euro "
             "per jaar bij volledige invoering.</p><p><i>Commissie Sociaal Minimum Caribisch Nederland: mr. "
             "J.E. Martis (voorzitter), dr. R. Hassell, drs. M. Zagers-Every, prof. dr. K. de Vries</i></p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<div class='tk'>Tweede Kamer der Staten-Generaal</div><div class='vj'>Vergaderjaar 2025-2026</div>"
             "<div class='nr'><span>36 512</span><span>Sociaal minimum Caribisch Nederland</span></div>"
             "<div class='nr'><span>Nr. 14</span><span>VERSLAG VAN EEN SCHRIFTELIJK OVERLEG</span></div>"
             "<p>Vastgesteld 2 juli 2026</p>"
             "<p>De vaste commissie voor Koninkrijksrelaties heeft een aantal vragen en opmerkingen voorgelegd aan "
             "de Staatssecretaris van Sociale Zaken en Werkgelegenheid over het eindrapport 'Rondkomen op de "
             "eilanden' van de Commissie Sociaal Minimum Caribisch Nederland. De vragen en opmerkingen zijn op "
             "22 mei 2026 aan de staatssecretaris voorgelegd. Bij brief van 30 juni 2026 zijn de vragen "
             "beantwoord.</p><p>De voorzitter van de commissie, Van der Linde<br/>De griffier van de commissie, "
             "Meijers</p>")
    h.append("<h1>Vragen en opmerkingen uit de fracties en reactie van de staatssecretaris</h1>")
    h.append("<h2>Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie</h2>"
             "<p class='q'>De leden van de GroenLinks-PvdA-fractie vragen of de staatssecretaris het ijkpunt "
             "een wettelijke basis wil geven, zoals de commissie adviseert.</p>"
             "<p class='a'><span class='lab'>Antwoord</span><br/>Ja. Ik neem de aanbeveling over om het "
             "ijkpunt wettelijk te verankeren. Het wetsvoorstel dat ik in het najaar in consultatie breng, "
             "regelt dat het ijkpunt elke drie jaar opnieuw wordt vastgesteld op basis van een nieuwe "
             "prijsmeting door het CBS.</p>")
    h.append("<h2>Vragen en opmerkingen van de leden van de VVD-fractie</h2>"
             "<p class='q'>De leden van de VVD-fractie vragen naar de kosten van de voorstellen voor de onderstand "
             "en de huurtoeslag, en of de staatssecretaris het tempo van de commissie haalbaar acht.</p>"
             "<p class='a'><span class='lab'>Antwoord</span><br/>Het kabinet verhoogt de onderstand voor "
             "alleenstaanden tot het ijkpunt, maar in twee stappen: op 1 januari 2028 en op 1 januari 2030. Het "
             "door de commissie voorgestelde tempo past niet binnen de beschikbare middelen en de "
             "uitvoeringscapaciteit van de RCN-unit SZW. De uitbreiding van de huurtoeslag naar de vrije sector "
             "neemt het kabinet niet over. Dat zou de huurprijzen in de vrije sector op Bonaire verder opdrijven; "
             "het kabinet zet in plaats daarvan in op de bouw van 600 sociale huurwoningen tot 2030.</p>")
    h.append("<h2>Vragen en opmerkingen van de leden van de CDA-fractie</h2>"
             "<p class='q'>De leden van de CDA-fractie vragen hoe de Kamer kan volgen of de maatregelen de "
             "koopkracht op de eilanden werkelijk verbeteren.</p>"
             "<p class='a'><span class='lab'>Antwoord</span><br/>Het CBS publiceert al jaarlijks de "
             "koopkrachtontwikkeling en de armoedecijfers voor Bonaire, Sint Eustatius en Saba. Ik zal die "
             "cijfers voortaan ook in de jaarlijkse voortgangsbrief sociaal minimum aan uw Kamer opnemen.</p>"
             "<p class='q'>Deze leden vragen ook wat de staatssecretaris doet voor gezinnen met kinderen.</p>"
             "<p class='a'><span class='lab'>Antwoord</span><br/>Ik verhoog de kinderbijslag BES per 1 januari "
             "2027 met 25 procent en indexeer haar vanaf dan jaarlijks, zoals de commissie heeft aanbevolen.</p>")
    h.append("<h2>Vragen en opmerkingen van de leden van de D66-fractie</h2>"
             "<p class='q'>De leden van de D66-fractie vragen naar de hoge kosten van energie en water.</p>"
             "<p class='a'><span class='lab'>Antwoord</span><br/>De tarieven voor elektriciteit en drinkwater "
             "vallen onder de verantwoordelijkheid van de minister van Klimaat en Groene Groei en van de "
             "openbare lichamen. Ik heb de aanbeveling onder de aandacht gebracht van de minister van KGG, die "
             "uw Kamer voor de zomer informeert over de subsidie op de netkosten.</p>"
             "<p class='q'>Deze leden vragen tot slot naar de kosten van vervoer tussen de eilanden.</p>"
             "<p class='a'><span class='lab'>Antwoord</span><br/>De ferryverbinding tussen Saba en Sint Maarten "
             "wordt tot 2028 gesubsidieerd door het ministerie van Infrastructuur en Waterstaat; inwoners betalen "
             "sinds 1 april 2026 een vast tarief van 45 dollar per enkele reis. Een verlaging van de "
             "vliegtarieven naar Bonaire wordt onderzocht in het kader van de luchtvaartnota.</p>")
    h.append("<p class='sig'>De Staatssecretaris van Sociale Zaken en Werkgelegenheid,<br/>T. Bouhali</p>"
             "</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("a", "Stel het ijkpunt voor het sociaal minimum wettelijk vast en herijk",
         "Ik neem de aanbeveling over om het ijkpunt wettelijk te verankeren", "agrees"),
        ("b", "Verhoog de onderstand voor alleenstaanden in drie stappen tot het ijkpunt",
         "Het kabinet verhoogt de onderstand voor alleenstaanden tot het ijkpunt", "partly"),
        ("c", "De commissie beveelt aan de kinderbijslag BES met 25 procent",
         "Ik verhoog de kinderbijslag BES per 1 januari 2027", "agrees"),
        ("d", "Breid de huurtoeslag uit tot huurders in de vrije sector",
         "huurtoeslag naar de vrije sector neemt het kabinet niet over", "disagrees"),
        ("e", "Onderzoek samen met de openbare lichamen hoe de vaste kosten",
         "Ik heb de aanbeveling onder de aandacht gebracht", "noted"),
        ("f", "Het kabinet zou de AOV-uitkering op hetzelfde niveau moeten brengen",
         None, "unanswered"),
        ("g", "Laat een onafhankelijke instantie jaarlijks rapporteren over de ontwikkeling",
         "Het CBS publiceert al jaarlijks de koopkrachtontwikkeling", "agrees"),
    ]
    unmatched = ["De ferryverbinding tussen Saba en Sint Maarten"]
    notes = ("Commissie Sociaal Minimum Caribisch Nederland final report with recommendations lettered a.-g. in "
             "chapter 5 (imperatives, 'De commissie beveelt aan', 'Het kabinet zou ... moeten'), each followed by an "
             "explanation. Reply = verslag van een schriftelijk overleg (questions of parties, 'Antwoord' of the "
             "state secretary), no letters: GL-PvdA a ('neem de aanbeveling over': agrees); VVD one answer b (two "
             "steps, 2028 and 2030 instead of three by 2029: partly) + d ('neemt het kabinet niet over': "
             "disagrees); CDA g (CBS already publishes: agrees) and c (agrees); D66 e (brought to the attention of "
             "the KGG minister: noted); f (AOV) unanswered; the ferry/flight answer answers nothing. Traps: "
             "Kernboodschap box, ijkpunt table, 'zou ... moeten aansluiten' finding, the 2019 recommendation "
             "quoted, explanation lines 'zou al op 1 januari 2027 moeten ingaan', the parties' questions.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

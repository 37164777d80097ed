"""Round 39 (nl, Brussels Capital Region): an (invented) own-initiative investigation report of the Brusselse
Ombudsman, OI/2026/02 'Van flits tot betaling' on fines in the Brussels low-emission zone (LEZ), answered by the
letter of the leidend ambtenaar of Leefmilieu Brussel (bilingual letterhead 'Leefmilieu Brussel | Bruxelles
Environnement'). Advice: A4, a purple title block, a 'Samenvatting' with five short dash points that paraphrase the
recommendations, a table of fines and appeals 2023-2025, findings with 'moet' and articles of the BWLKE and the
LEZ-besluit, an earlier recommendation of the annual report 2024 quoted with its own tag '(aanbeveling 2024/11)',
and seven recommendations as bold paragraphs spread over chapters 3-5 that END with a tag '(aanbeveling N)', the
seventh addressed to the Government; a closing 'Opvolging' paragraph asks for an answer within three months.
Response: letter with headings 'Aanbeveling N' / 'Aanbevelingen 3 en 4' in another order: 2 (agrees), 3+4 in one
section (60 instead of 30 days: partly; suspension already in place: agrees), 1 (refused: disagrees), 5 (language
law, question put to the VCT: noted), 7 (for the Government, passed on to the minister: noted); 6 (yearly figures)
unanswered; a section on the 2027 extension of the LEZ answers nothing. Engine: headless Chromium --print-to-pdf
(CSS @page margin boxes; DejaVu copies without GSUB, font-variant-ligatures none).

Run: /tmp/blind39nl/bin/python tests/docs/src/blind39/gen_nl_ombudsbrussel_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b39nl as B  # noqa: E402

NAME = "blind39_nl_ombudsbrussel"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B39NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})

FONTS = ""
for fam, paths in (("B39", F), ("B39S", SERIF)):
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        FONTS += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; "
                  f"font-style: {s}; }}\n")

ADV_CSS = FONTS + """
html { font-family: B39; font-size: 9.3pt; line-height: 1.45; font-variant-ligatures: none; color: #1a1a1a; }
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "De Brusselse Ombudsman | OI/2026/02"; font-family: B39; font-size: 7.5pt; color: #5b2a86; }
  @top-right { content: "Van flits tot betaling"; font-family: B39; font-size: 7.5pt; color: #777; }
  @bottom-right { content: "p. " counter(page) "/" counter(pages); font-family: B39; font-size: 7.5pt; color: #555; }
  @bottom-left { content: "Warmoesberg 41, 1000 Brussel | ombudsman.brussels"; font-family: B39; font-size: 7pt;
    color: #777; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
p { margin: 0 0 2.4mm 0; text-align: justify; }
h2 { font-size: 12pt; color: #5b2a86; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 9.8pt; margin: 4mm 0 1.2mm 0; break-after: avoid; }
.title { border-left: 6mm solid #5b2a86; padding: 3mm 0 3mm 5mm; margin-bottom: 5mm; }
.title .o { font-size: 9pt; color: #5b2a86; font-weight: bold; letter-spacing: 0.6pt; }
.title .t { font-size: 20pt; font-weight: bold; line-height: 1.15; margin: 1mm 0; }
.title .s { font-size: 9.5pt; color: #444; }
.sum { background: #f1ebf7; padding: 3mm 5mm; margin-bottom: 4mm; }
.sum ul { margin: 1mm 0 0 0; padding-left: 5mm; list-style-type: '\\2013  '; }
table.fig { border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 2mm 0 1mm 0; }
table.fig th { text-align: left; padding: 1.2mm 2mm; border-bottom: 1pt solid #5b2a86; }
table.fig td { border-bottom: 0.5pt solid #ccc; padding: 1mm 2mm; }
td.n, th.n { text-align: right; }
.cap { font-size: 7.8pt; color: #555; margin-bottom: 4mm; }
blockquote { margin: 1mm 0 3mm 6mm; font-style: italic; color: #333; }
p.rec { font-weight: bold; border-top: 0.6pt solid #5b2a86; border-bottom: 0.6pt solid #5b2a86;
  padding: 1.5mm 0; margin: 3mm 0; break-inside: avoid; }
"""

RES_CSS = FONTS + """
html { font-family: B39S; font-size: 10pt; line-height: 1.45; font-variant-ligatures: none; color: #000; }
@page { size: A4; margin: 20mm 22mm 22mm 22mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: B39; font-size: 7.5pt; }
  @top-right { content: "Leefmilieu Brussel - 2026/DIR/0419"; font-family: B39; font-size: 7.5pt; color: #666; } }
@page :first { @top-right { content: none; } }
p { margin: 0 0 2.8mm 0; text-align: justify; }
.lh { display: grid; grid-template-columns: 1fr 1fr; border-bottom: 1.5pt solid #3c8d2f; padding-bottom: 3mm;
  margin-bottom: 6mm; font-family: B39; }
.lh .nl { font-weight: bold; font-size: 13pt; color: #3c8d2f; }
.lh .fr { font-weight: bold; font-size: 13pt; color: #3c8d2f; text-align: right; }
.lh .a { font-size: 7.5pt; color: #555; font-weight: normal; }
.meta { display: grid; grid-template-columns: 30mm 1fr; font-family: B39; font-size: 8.3pt; row-gap: 0.8mm;
  margin: 5mm 0 6mm 0; }
.meta span:nth-child(odd) { color: #666; }
h3 { font-family: B39; font-size: 9.8pt; margin: 4.5mm 0 1.5mm 0; color: #3c8d2f; break-after: avoid; }
"""


def advice():
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='title'><div class='o'>DE BRUSSELSE OMBUDSMAN</div><div class='t'>Van flits tot betaling"
             "</div><div class='s'>Onderzoek op eigen initiatief naar de behandeling van boetes in de "
             "lage-emissiezone | OI/2026/02 | 9 maart 2026</div></div>")
    h.append("<div class='sum'><b>Samenvatting</b><p>Sinds de verstrenging van de toegangscriteria in 2025 "
             "ontving de Ombudsman 318 klachten over boetes in de lage-emissiezone (LEZ). De regels zelf zijn "
             "niet het voorwerp van dit onderzoek; de klachten gaan over de manier waarop boetes worden verstuurd, "
             "uitgelegd en behandeld. De Ombudsman vraagt in dit verslag onder meer:</p><ul>"
             "<li>meer begrip voor wie voor het eerst in de zone rijdt;</li>"
             "<li>brieven die de burger echt begrijpt;</li>"
             "<li>een snelle en eerlijke beroepsprocedure;</li>"
             "<li>meer openheid over cijfers;</li>"
             "<li>een aanpassing van de regelgeving door de Regering.</li></ul></div>")
    h.append("<h2>1. Aanleiding en werkwijze</h2><p>De Ombudsman kan op grond van artikel 14 van de ordonnantie "
             "van 16 mei 2019 tot oprichting van de Brusselse Ombudsman op eigen initiatief een onderzoek "
             "instellen naar de werking van de gewestelijke diensten. Hij deed dat na een sterke stijging van het "
             "aantal klachten over de LEZ. Het onderzoek steunt op 318 klachtendossiers, gesprekken met "
             "Leefmilieu Brussel en Brussel Fiscaliteit, en een analyse van 60 boetebrieven.</p>")
    h.append("<h2>2. Het kader</h2><p>De LEZ is geregeld in het Brussels Wetboek van Lucht-, Klimaat- en "
             "Energiebeheersing (BWLKE) en in het besluit van de Brusselse Hoofdstedelijke Regering van 25 januari "
             "2018 betreffende de invoering van een lage-emissiezone (LEZ-besluit). Een voertuig dat niet aan de "
             "toegangscriteria voldoet, krijgt een administratieve geldboete van 350 euro (artikel 20 van het "
             "LEZ-besluit). Een nieuwe boete kan pas na drie maanden worden opgelegd. De overtreder kan binnen "
             "een maand na de kennisgeving beroep instellen bij het Milieucollege.</p>"
             "<table class='fig'><tr><th>Jaar</th><th class='n'>Boetes</th><th class='n'>Beroepen</th>"
             "<th class='n'>Vernietigd of ingetrokken</th><th class='n'>Klachten Ombudsman</th></tr>"
             "<tr><td>2023</td><td class='n'>41.208</td><td class='n'>2.113</td><td class='n'>604</td>"
             "<td class='n'>54</td></tr>"
             "<tr><td>2024</td><td class='n'>38.950</td><td class='n'>2.470</td><td class='n'>821</td>"
             "<td class='n'>97</td></tr>"
             "<tr><td>2025</td><td class='n'>63.115</td><td class='n'>5.982</td><td class='n'>1.730</td>"
             "<td class='n'>167</td></tr></table>"
             "<p class='cap'>Tabel 1. LEZ-boetes, beroepen en klachten 2023-2025 (bron: Leefmilieu Brussel, "
             "Milieucollege, eigen dossiers).</p>")
    h.append("<h2>3. Eerste boete, eerste kennismaking</h2><p>Een derde van de klagers reed voor het eerst in de "
             "zone: bezoekers uit Vlaanderen of Wallonië, buitenlandse bestuurders en mensen die net een "
             "tweedehands wagen hadden gekocht. Velen ontvingen binnen enkele dagen twee of drie brieven, omdat "
             "de termijn van drie maanden pas begint bij de eerste vaststelling. Voor bezoekers die de regels niet "
             "kennen, voelt dat als een val.</p><p class='rec'>De Ombudsman beveelt Leefmilieu Brussel aan om bij "
             "een eerste vaststelling voor een voertuig dat niet in Brussel is ingeschreven eerst een "
             "waarschuwing te versturen in plaats van een boete. (aanbeveling 1)</p>"
             "<p>De Ombudsman onderzocht ook de boetebrieven. Ze vermelden het artikel van het LEZ-besluit, maar "
             "niet in begrijpelijke taal waarom het voertuig niet in orde is. De mogelijkheid van beroep staat op "
             "de achterzijde, in kleine letters. Volgens artikel 3 van de ordonnantie van 12 november 1991 "
             "betreffende de openbaarheid van bestuur moet elk document waarmee een beslissing ter kennis wordt "
             "gebracht de beroepsmogelijkheden vermelden; dat gebeurt hier formeel wel, maar nauwelijks "
             "leesbaar.</p><p class='rec'>De Ombudsman beveelt Leefmilieu Brussel aan om in elke boetebrief op "
             "de eerste bladzijde en in heldere taal uit te leggen waarom het voertuig niet aan de criteria "
             "voldoet en hoe en binnen welke termijn beroep kan worden ingesteld. (aanbeveling 2)</p>")
    h.append("<h2>4. Beroep en invordering</h2><p>Het Milieucollege behandelt beroepen gemiddeld in 97 dagen, "
             "terwijl het LEZ-besluit een termijn van dertig dagen noemt. In die periode liep bij 212 klagers "
             "ondertussen de invordering door: zij kregen een aanmaning of zelfs een deurwaarder over zich heen "
             "terwijl hun beroep nog niet was behandeld.</p>"
             "<p class='rec'>Zorg ervoor dat beroepen binnen de termijn van dertig dagen worden beslist, en stuur "
             "de verzoeker anders binnen die termijn een bericht met de datum waarop hij een beslissing mag "
             "verwachten. (aanbeveling 3)</p>"
             "<p class='rec'>Schort de invordering van een boete op zolang het beroep tegen die boete niet is "
             "beslist. (aanbeveling 4)</p>"
             "<p>De Ombudsman wees al eerder op dit probleem. In zijn jaarverslag 2024 schreef hij:</p>"
             "<blockquote>'Leefmilieu Brussel moet burgers die bezwaar maken tijdig laten weten wanneer zij een "
             "antwoord mogen verwachten.' (aanbeveling 2024/11)</blockquote>"
             "<p>Die aanbeveling werd aanvaard, maar is volgens de dossiers nog niet uitgevoerd.</p>")
    h.append("<h2>5. Taal en openheid</h2><p>Brussel ontvangt jaarlijks miljoenen buitenlandse bezoekers. De "
             "website en de brieven zijn enkel in het Nederlands en het Frans beschikbaar. De Ombudsman is zich "
             "bewust van de taalwetgeving in bestuurszaken, maar stelt vast dat veel buitenlandse klagers niet "
             "begrepen waarom zij een boete kregen.</p><p class='rec'>De Ombudsman vraagt Leefmilieu Brussel om "
             "een toelichting bij de boete en de beroepsprocedure ook in het Engels ter beschikking te stellen. "
             "(aanbeveling 5)</p>"
             "<p>Tot slot zijn cijfers over de LEZ slechts verspreid beschikbaar. Tabel 1 moest de Ombudsman zelf "
             "samenstellen uit drie bronnen.</p><p class='rec'>Publiceer jaarlijks het aantal boetes, beroepen, "
             "vernietigingen en ingetrokken boetes in de LEZ, per type voertuig en per land van inschrijving. "
             "(aanbeveling 6)</p>"
             "<p>Een deel van de problemen vloeit voort uit de regelgeving zelf. Het LEZ-besluit voorziet geen "
             "mogelijkheid om een boete te verminderen wanneer de overtreder in een kwetsbare financiële situatie "
             "verkeert.</p><p class='rec'>De Ombudsman beveelt de Brusselse Hoofdstedelijke Regering aan het "
             "LEZ-besluit aan te passen zodat de boete kan worden verminderd voor personen met een verhoogde "
             "tegemoetkoming. (aanbeveling 7)</p>")
    h.append("<h2>6. Opvolging</h2><p>De Ombudsman verzoekt Leefmilieu Brussel en de Regering hem binnen drie "
             "maanden te laten weten welk gevolg zij aan deze aanbevelingen geven. Hij zal over de opvolging "
             "verslag uitbrengen in zijn jaarverslag 2026 aan het Brussels Hoofdstedelijk Parlement.</p>"
             "<p><i>Marie-Claire Vandenabeele, Brusselse Ombudsman &nbsp;|&nbsp; Sven Maes, adjunct-ombudsman"
             "</i></p>".replace("&nbsp;", " "))
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<div class='lh'><div class='nl'>Leefmilieu Brussel<div class='a'>Brussels Instituut voor "
             "Milieubeheer<br/>Havenlaan 86C/3000, 1000 Brussel</div></div><div class='fr'>Bruxelles Environnement"
             "<div class='a'>Institut bruxellois pour la gestion de l'environnement<br/>Avenue du Port 86C/3000, "
             "1000 Bruxelles</div></div></div>")
    h.append("<p>De Brusselse Ombudsman<br/>Warmoesberg 41<br/>1000 Brussel</p>"
             "<div class='meta'><span>Uw kenmerk</span><span>OI/2026/02</span><span>Ons kenmerk</span>"
             "<span>2026/DIR/0419</span><span>Contact</span><span>Ilse Vandamme, directie Luchtkwaliteit, "
             "02 775 75 75</span><span>Datum</span><span>5 juni 2026</span><span>Betreft</span>"
             "<span><b>Uw onderzoeksverslag 'Van flits tot betaling' - antwoord van Leefmilieu Brussel</b></span>"
             "</div>")
    h.append("<p>Geachte mevrouw de Ombudsman,</p><p>Wij danken u voor uw grondige verslag. Het toont dat een "
             "maatregel die de luchtkwaliteit in Brussel aantoonbaar verbetert, alleen draagvlak houdt als de "
             "burger correct en begrijpelijk wordt behandeld. Hieronder vindt u ons antwoord per aanbeveling.</p>")
    h.append("<h3>Aanbeveling 2</h3><p>Wij gaan hiermee akkoord. De boetebrief is samen met het Brussels "
             "Huis voor duidelijke taal herschreven. Vanaf 1 september 2026 staat op de eerste bladzijde in een "
             "kader waarom het voertuig niet in orde is en hoe men binnen een maand beroep instelt.</p>")
    h.append("<h3>Aanbevelingen 3 en 4</h3><p>Het Milieucollege heeft twee bijkomende juristen aangeworven. Een "
             "termijn van dertig dagen is met het huidige aantal beroepen echter niet haalbaar; wij streven naar "
             "een beslissing binnen zestig dagen en sturen vanaf juli elke verzoeker een ontvangstbevestiging. "
             "Een datum van beslissing kunnen wij daarin nog niet vermelden. De invordering wordt al sinds 1 "
             "januari 2026 automatisch geschorst zodra een beroep is ingesteld; de gevallen uit uw verslag "
             "dateren van daarvoor.</p>")
    h.append("<h3>Aanbeveling 1</h3><p>Wij begrijpen de bedoeling, maar kunnen hier niet op ingaan. De LEZ geldt "
             "sinds 2018 en wordt aan alle grensovergangen met borden aangekondigd. Een waarschuwing voor alle "
             "niet in Brussel ingeschreven voertuigen zou de helft van de boetes betreffen en de werking van de "
             "zone ondergraven. Bovendien kan een nieuwe boete pas na drie maanden worden opgelegd, wat "
             "herhaalde boetes al beperkt.</p>")
    h.append("<h3>Aanbeveling 5</h3><p>De wetten op het gebruik van de talen in bestuurszaken laten ons niet toe "
             "boetebrieven in een andere taal dan het Nederlands of het Frans te versturen. Wij hebben aan de "
             "Vaste Commissie voor Taaltoezicht gevraagd of een Engelstalige toelichting op onze website wel "
             "mogelijk is, en bekijken de vraag opnieuw na haar advies.</p>")
    h.append("<h3>Aanbeveling 7</h3><p>Deze aanbeveling is gericht aan de Regering. Wij hebben ze bezorgd aan "
             "de minister bevoegd voor Leefmilieu, die u rechtstreeks zal antwoorden.</p>")
    h.append("<h3>Uitbreiding van de zone in 2027</h3><p>Wij wijzen er ten slotte op dat op 1 januari 2027 de "
             "volgende fase van de LEZ ingaat, waarbij ook dieselwagens met Euronorm 5 worden geweerd. Wij "
             "starten in oktober een informatiecampagne in de drie gewesten en in de buurlanden, zodat minder "
             "bestuurders onwetend in overtreding zijn.</p>")
    h.append("<p>Met de meeste hoogachting,</p><p>Koen Deschuyteneer<br/>leidend ambtenaar</p>"
             "<p style='font-family: B39; font-size: 7.5pt; color: #555'>Kopie: mevrouw de minister van "
             "Leefmilieu</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "De Ombudsman beveelt Leefmilieu Brussel aan om bij een eerste vaststelling",
         "Wij begrijpen de bedoeling, maar kunnen hier niet op ingaan", "disagrees"),
        ("2", "De Ombudsman beveelt Leefmilieu Brussel aan om in elke boetebrief",
         "De boetebrief is samen met het Brussels Huis voor duidelijke taal", "agrees"),
        ("3", "Zorg ervoor dat beroepen binnen de termijn van dertig dagen worden",
         "wij streven naar een beslissing binnen zestig dagen", "partly"),
        ("4", "Schort de invordering van een boete op zolang het beroep",
         "De invordering wordt al sinds 1 januari 2026 automatisch geschorst", "agrees"),
        ("5", "De Ombudsman vraagt Leefmilieu Brussel om een toelichting bij de boete",
         "gevraagd of een Engelstalige toelichting op onze website wel mogelijk", "noted", ("disagrees",)),
        ("6", "Publiceer jaarlijks het aantal boetes, beroepen, vernietigingen en ingetrokken boetes",
         None, "unanswered"),
        ("7", "De Ombudsman beveelt de Brusselse Hoofdstedelijke Regering aan het LEZ-besluit",
         "Wij hebben ze bezorgd aan de minister bevoegd voor Leefmilieu", "noted"),
    ]
    unmatched = ["Wij starten in oktober een informatiecampagne in de drie gewesten"]
    notes = ("Brussels Ombudsman own-initiative report: a Samenvatting with five dash points paraphrasing the "
             "recommendations (not recommendations themselves), a table of fines/appeals, findings with 'moet' and "
             "BWLKE/LEZ-besluit articles, the 2024 annual-report recommendation quoted with its own tag "
             "'(aanbeveling 2024/11)' (a trap), seven bold ruled paragraphs ending in a tag '(aanbeveling N)' spread "
             "over chapters 3-5 (forms: 'beveelt ... aan om', imperatives, 'vraagt ... om'), 7 addressed to the "
             "Government; '6. Opvolging' asks for an answer (not a recommendation). Reply: letter of Leefmilieu "
             "Brussel with bilingual letterhead and headings 'Aanbeveling N' in the order 2, 3+4, 1, 5, 7: 2 "
             "'akkoord', new letter from 1 September (agrees); 3 sixty days instead of thirty, acknowledgement "
             "without a date (partly) and 4 suspension already in force since 1 January (agrees) in one paragraph; "
             "1 'kunnen hier niet op ingaan' (disagrees); 5 language law, question put to the VCT, reconsidered "
             "after its advice (noted); 7 for the Government, passed on to the minister (noted); 6 (yearly "
             "figures) unanswered; 'Uitbreiding van de zone in 2027' answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 45 (nl): an (invented) ADVIES VAN DE KWALITEITSKAMER of a Flemish city (stadsbouwmeester and external
experts) on the voorontwerp of a new primary school and neighbourhood sports hall, with a project data table, the
design team's presentation, a question OF the design team answered by the Kwaliteitskamer (trap), an earlier advice
(masterplan, 2025) quoted, appreciation sentences, and seven UNNUMBERED recommendations inside the theme sections in
mixed forms (imperatives, questions 'Kan ...?' / 'Is het mogelijk ...?', 'De Kwaliteitskamer vraagt ...',
'beveelt aan'), and a closing 'Globaal oordeel'; answered by the ANTWOORDNOTA of design team and bouwheer (AGB) with
a table 'Nr. | Advies Kwaliteitskamer (samengevat) | Antwoord ontwerpteam en bouwheer | Plan' in its own order and
plan references (A-101 rev. C). Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free
DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind45nl/bin/python tests/docs/src/blind45/gen_nl_kwaliteitskamer_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b45nl as B  # noqa: E402

NAME = "blind45_nl_kwaliteitskamer"
F = B.nolig_fonts()


def fonts(fam, paths):
    css = ""
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B45", F) + """
html { font-family: B45; font-size: 9.2pt; line-height: 1.45; font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; text-align: justify; }
table { border-collapse: collapse; font-size: 8.2pt; margin: 1mm 0 3mm 0; width: 100%; }
td, th { border: 0.5pt solid #9aa; padding: 1.1mm 2mm; text-align: left; vertical-align: top; }
h2 { font-size: 11pt; color: #b5121b; margin: 5mm 0 2mm 0; }
h3 { font-size: 9.4pt; margin: 3mm 0 1.5mm 0; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 20mm 20mm 20mm;
  @top-left { content: "Stad Heultergem | Kwaliteitskamer"; font-family: B45; font-size: 7.5pt; color: #666; }
  @top-right { content: "Advies KK-2026-03 | zitting 14 januari 2026"; font-family: B45; font-size: 7.5pt;
               color: #666; }
  @bottom-right { content: "blz. " counter(page) "/" counter(pages); font-family: B45; font-size: 7.5pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.logo { font-size: 15pt; font-weight: bold; color: #b5121b; letter-spacing: 0.5pt; }
.sub { font-size: 8pt; color: #555; }
h1 { font-size: 17pt; margin: 6mm 0 2mm 0; }
th { background: #f4dcdc; width: 32%; }
.quote { font-style: italic; margin-left: 8mm; }
.oord { border: 1pt solid #b5121b; padding: 2mm 4mm; margin-top: 4mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "Nieuwbouw basisschool De Vlinderboom en buurtsporthal | Antwoordnota advies Kwaliteitskamer";
              font-family: B45; font-size: 7.5pt; color: #666; }
  @bottom-left { content: "AGB Heultergem | Atelier Vanhove Claeys architecten"; font-family: B45;
                 font-size: 7.5pt; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B45; font-size: 7.5pt; } }
h1 { font-size: 14pt; margin: 0 0 2mm 0; color: #1d4e5f; }
h2 { color: #1d4e5f; }
th { background: #dceaee; }
td.n { width: 6%; font-weight: bold; } td.k { width: 30%; } td.p { width: 12%; font-size: 7.6pt; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", ADV_CSS, "</style></head><body>"]
    h.append("<p class='logo'>STAD HEULTERGEM</p><p class='sub'>Dienst Stadsontwikkeling | Kwaliteitskamer | "
             "Grote Markt 1, 9680 Heultergem | kwaliteitskamer@heultergem.be</p>")
    h.append("<h1>Advies van de Kwaliteitskamer</h1>")
    h.append("<table><tr><th>Dossier</th><td>KK-2026-03</td></tr>"
             "<tr><th>Project</th><td>Nieuwbouw basisschool De Vlinderboom en buurtsporthal, Kerkstraat 12-18"
             "</td></tr><tr><th>Fase</th><td>voorontwerp (tweede bespreking; eerste bespreking masterplan op 8 "
             "oktober 2025)</td></tr><tr><th>Bouwheer</th><td>AGB Heultergem, in samenwerking met het "
             "schoolbestuur GO! scholengroep Leiestreek</td></tr><tr><th>Ontwerpteam</th><td>Atelier Vanhove "
             "Claeys architecten met Studio Groen (landschap) en Ingenieursbureau Mertens (stabiliteit en "
             "technieken)</td></tr><tr><th>Kwaliteitskamer</th><td>ir. arch. Lotte Verbeke (stadsbouwmeester, "
             "voorzitter), arch. Pieter De Smet, ir. Sofie Wauters (landschap), Bram Goossens (secretaris)</td></tr>"
             "</table>")
    h.append("<h2>1. Toelichting door het ontwerpteam</h2>")
    h.append("<p>Het ontwerpteam lichtte het voorontwerp toe aan de hand van de plannen A-100 tot A-112 en een "
             "maquette. De school (14 klassen, 320 leerlingen) en de sporthal (een zaal van 24 op 44 meter, "
             "opdeelbaar in drie) worden in twee volumes rond een gedeelde speelplaats geplaatst. De hoofdtoegang "
             "van de school ligt aan de Kerkstraat. Het programma telt 4.150 m² bruto vloeroppervlakte; de "
             "raming bedraagt 11,6 miljoen euro exclusief btw. Het ontwerpteam legde de Kwaliteitskamer ook een "
             "vraag voor: mag de sporthal de kroonlijsthoogte van 12 meter uit het RUP Kerkveld met 80 centimeter "
             "overschrijden? De Kwaliteitskamer antwoordt dat een afwijking van die omvang te verantwoorden is "
             "als het volume aan de straatzijde wordt verlaagd; de beslissing ligt bij de vergunningverlenende "
             "overheid.</p>")
    h.append("<h2>2. Beoordeling</h2>")
    h.append("<p>De Kwaliteitskamer waardeert de heldere organisatie van het voorontwerp en de keuze om school en "
             "sporthal één buitenruimte te laten delen. Zij stelt vast dat het ontwerpteam gevolg heeft gegeven "
             "aan haar advies over het masterplan, waarin zij vroeg <span class='quote'>\"de fietsenstalling "
             "niet aan de straat maar binnen het bouwblok te organiseren\"</span>. Dat punt is afgerond.</p>")
    h.append("<h3>2.1 Stedenbouwkundige inpassing</h3>")
    h.append("<p>De sporthal staat op de rooilijn van de Kerkstraat. Daardoor moeten vier van de zes linden langs "
             "de straat verdwijnen, terwijl die bomenrij het beeld van de straat bepaalt. Onderzoek of de sporthal "
             "twee meter kan terugwijken van de rooilijn, zodat de lindenrij langs de Kerkstraat behouden "
             "blijft.</p>")
    h.append("<p>De hoofdtoegang aan de Kerkstraat ligt aan een weg met 4.800 motorvoertuigen per dag, waar ouders "
             "nu al dubbel parkeren. Kan de hoofdtoegang van de school naar het pleintje aan de Pastorijstraat "
             "worden verlegd, weg van het doorgaand verkeer? Een zijingang aan de Kerkstraat kan blijven "
             "bestaan.</p>")
    h.append("<h3>2.2 Architectuur en programma</h3>")
    h.append("<p>De sporthal toont zich aan de speelplaats als een gesloten wand van 9 meter hoog. Dat is een "
             "gemiste kans. De Kwaliteitskamer vraagt de gevel van de sporthal aan de pleinzijde open te werken, "
             "met een rechtstreekse zichtrelatie tussen de zaal en de speelplaats.</p>")
    h.append("<p>Refter en polyvalente zaal liggen midden in het schoolgebouw. Is het mogelijk de refter en de "
             "polyvalente zaal zo te schakelen dat verenigingen ze 's avonds gebruiken zonder toegang tot de "
             "klassen? Zo wordt het gebouw een echte buurtvoorziening, zoals het masterplan beoogt.</p>")
    h.append("<h3>2.3 Buitenruimte</h3>")
    h.append("<p>Van de speelplaats van 2.400 m² is in het voorontwerp 78 procent verhard. Dat zou volgens de "
             "Kwaliteitskamer hoogstens de helft moeten zijn, in lijn met de Vlaamse visie op "
             "schoolomgevingen. Vergroen de speelplaats, zodat minstens de helft van de oppervlakte onthard en "
             "beplant wordt.</p>")
    h.append("<p>De speelplaats is de enige grote open ruimte in de wijk Kerkveld. Stel de speelplaats na de "
             "schooluren en in de vakanties open als buurtspeelplein, en betrek de buurtbewoners bij de "
             "inrichting ervan.</p>")
    h.append("<h3>2.4 Duurzaamheid en materialisatie</h3>")
    h.append("<p>Het voorontwerp gaat uit van een draagstructuur in staal en beton. De Kwaliteitskamer beveelt aan "
             "een draagstructuur in hout te onderzoeken voor de sporthal en de bovenste bouwlagen van de school, "
             "met het oog op de CO<sub>2</sub>-uitstoot en de beoogde BENG-score.</p>")
    h.append("<div class='oord'><p><b>Globaal oordeel:</b> gunstig. Het voorontwerp is een goede basis. De "
             "Kwaliteitskamer wenst het project terug te zien vóór de indiening van de aanvraag tot "
             "omgevingsvergunning, samen met een antwoordnota waarin het ontwerpteam en de bouwheer aangeven hoe "
             "zij met dit advies omgaan.</p></div>")
    h.append("<p class='sub' style='margin-top:4mm'>Heultergem, 21 januari 2026<br/>Voor de Kwaliteitskamer,<br/>"
             "ir. arch. Lotte Verbeke, stadsbouwmeester</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>", RES_CSS, "</style></head><body>"]
    h.append("<h1>Antwoordnota bij het advies van de Kwaliteitskamer (KK-2026-03)</h1>")
    h.append("<p><b>Project:</b> Nieuwbouw basisschool De Vlinderboom en buurtsporthal, Kerkstraat 12-18<br/>"
             "<b>Fase:</b> voorontwerp, aangepaste versie van 6 maart 2026<br/><b>Opgesteld door:</b> Atelier "
             "Vanhove Claeys architecten, in overleg met AGB Heultergem en het schoolbestuur</p>")
    h.append("<h2>1. Inleiding</h2>")
    h.append("<p>Wij danken de Kwaliteitskamer voor het grondige advies. Deze nota geeft per punt aan hoe het "
             "ontwerpteam en de bouwheer met het advies zijn omgegaan. De punten zijn gegroepeerd per "
             "ontwerpthema en niet in de volgorde van het advies. Verwijzingen naar plannen betreffen de "
             "aangepaste plannenset van 6 maart 2026.</p>")
    h.append("<h2>2. Verwerking van het advies</h2>")
    rows = [
        ("1", "Sporthal: gevel aan de speelplaats openwerken",
         "Gedeeltelijk gevolgd. Op de hoek met de toegang krijgt de zaal een glazen wand van 14 meter breed, met "
         "zicht vanuit de speelplaats. Over de volle lengte van de gevel is dat niet mogelijk: balsporten vragen "
         "een gesloten, stootvaste wand, en een volledig glazen zuidgevel zou de zaal in de zomer oververhitten.",
         "A-104 rev. C, A-121"),
        ("2", "Bomenrij Kerkstraat",
         "Gevolgd. De sporthal schuift 2,20 meter naar achteren. Alle zes linden blijven staan; de boomspiegels "
         "worden vergroot. Het verlies aan speelplaats wordt gecompenseerd aan de oostzijde.",
         "A-101 rev. C, L-201"),
        ("3", "Groene speelplaats en openstelling voor de buurt",
         "De verharding daalt van 78 naar 46 procent van de speelplaats; er komen een speelheuvel, een "
         "moestuin en een wadi. Een openstelling na de schooluren wenst het schoolbestuur niet: het "
         "toezicht en de aansprakelijkheid buiten de schooluren kan het niet dragen, en in de wijk ligt op 300 "
         "meter het nieuwe speelterrein Molenveld. Dat onderdeel van het advies nemen wij niet over.",
         "L-201, L-202"),
        ("4", "Houtbouw",
         "De bouwheer laat door Ingenieursbureau Mertens een vergelijkende studie maken van een draagstructuur "
         "in hout, staal en beton (kosten, CO2, brandveiligheid, planning). De resultaten worden in mei 2026 "
         "verwacht; de keuze volgt bij het definitief ontwerp.",
         "-"),
        ("5", "Refter en polyvalente zaal voor verenigingen",
         "Gevolgd. Refter en polyvalente zaal zijn verplaatst naar de noordvleugel en krijgen een eigen inkom "
         "met sanitair aan de Pastorijstraat, afsluitbaar van de klassen.",
         "A-102 rev. C"),
        ("6", "Kroonlijsthoogte sporthal (vraag van het ontwerpteam)",
         "Na de verlaging van het volume aan de straatzijde blijft de sporthal onder de 12 meter. Een "
         "afwijking van het RUP is niet meer nodig.",
         "A-130 rev. C"),
    ]
    h.append("<table><tr><th>Nr.</th><th>Advies Kwaliteitskamer (samengevat)</th><th>Antwoord ontwerpteam en "
             "bouwheer</th><th>Plan</th></tr>")
    for n, k, a, p in rows:
        h.append(f"<tr><td class='n'>{n}</td><td class='k'>{k}</td><td>{a}</td><td class='p'>{p}</td></tr>")
    h.append("</table>")
    h.append("<h2>3. Kostenraming en planning</h2>")
    h.append("<p>De aanpassingen verhogen de raming met 420.000 euro tot 12,02 miljoen euro exclusief btw. De raad "
             "van bestuur van het AGB heeft die verhoging op 2 maart 2026 goedgekeurd. De aanvraag tot "
             "omgevingsvergunning wordt na de tweede bespreking in de Kwaliteitskamer ingediend, naar verwachting "
             "in juni 2026.</p>")
    h.append("<p style='font-size:8pt;color:#555;margin-top:5mm'>Bijlagen: aangepaste plannenset A-100 tot A-130 "
             "rev. C en L-201 tot L-202 (6 maart 2026)</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Onderzoek of de sporthal twee meter kan terugwijken van de rooilijn",
         "De sporthal schuift 2,20 meter naar achteren", "agrees"),
        ("2", "Kan de hoofdtoegang van de school naar het pleintje aan", None, "unanswered"),
        ("3", "De Kwaliteitskamer vraagt de gevel van de sporthal aan de pleinzijde",
         "Op de hoek met de toegang krijgt de zaal een glazen wand", "partly"),
        ("4", "Is het mogelijk de refter en de polyvalente zaal zo te schakelen",
         "krijgen een eigen inkom met sanitair aan de Pastorijstraat", "agrees"),
        ("5", "Vergroen de speelplaats, zodat minstens de helft van de oppervlakte",
         "De verharding daalt van 78 naar 46 procent", "agrees"),
        ("6", "Stel de speelplaats na de schooluren en in de vakanties open",
         "Dat onderdeel van het advies nemen wij niet over", "disagrees"),
        ("7", "De Kwaliteitskamer beveelt aan een draagstructuur in hout te onderzoeken",
         "laat door Ingenieursbureau Mertens een vergelijkende studie maken", "agrees", ["noted"]),
    ]
    unmatched = ["Na de verlaging van het volume aan de straatzijde blijft",
                 "De aanpassingen verhogen de raming met 420.000 euro"]
    notes = ("Flemish city Kwaliteitskamer advice KK-2026-03 on the voorontwerp of a school and sports hall: a "
             "letterhead, a project data table, running header and 'blz. N/M' (Chromium @page), the design team's "
             "presentation with a QUESTION OF THE DESIGN TEAM (RUP height) answered by the Kwaliteitskamer "
             "(trap), an appreciation paragraph quoting the earlier masterplan advice (done: trap), findings with "
             "'zou ... moeten', and seven UNNUMBERED recommendations in theme sections 2.1-2.4, numbered 1-7 in "
             "document order: imperative 'Onderzoek of ...' (1), question 'Kan de hoofdtoegang ...?' (2), 'De "
             "Kwaliteitskamer vraagt ...' (3), question 'Is het mogelijk ...?' (4), imperative 'Vergroen ...' "
             "(5), imperative 'Stel ... open' (6), 'beveelt aan ... te onderzoeken' (7); a 'Globaal oordeel: "
             "gunstig' box asking for this answer note (not a recommendation). Reply: ANTWOORDNOTA table 'Nr. | "
             "Advies Kwaliteitskamer (samengevat) | Antwoord ontwerpteam en bouwheer | Plan' whose row numbers 1-6 "
             "do NOT match the recommendation order: row 1 = rec 3 ('Gedeeltelijk gevolgd', glass only on the "
             "corner: partly); row 2 = rec 1 (hall moves 2.20 m: agrees); row 3 = recs 5 (paving down to 46 "
             "percent: agrees) and 6 ('nemen wij niet over': disagrees) in ONE cell; row 4 = rec 7 (the asked "
             "study is commissioned, choice at definitief ontwerp: agrees, noted acceptable); row 5 = rec 4 "
             "(own entrance: agrees); row 6 answers the design team's own question (unmatched); rec 2 (main "
             "entrance to the Pastorijstraat) unanswered. Section 3 on costs and planning answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

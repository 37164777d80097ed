"""Round 47 (nl): an (invented) BEOORDELING UITVOERING WET WOZ by the WAARDERINGSKAMER of a belastingsamenwerking
(star scores per part, Wet WOZ articles, findings with 'moet', last year's points quoted as imperatives with their
status (trap), a 'Samenvattend oordeel'), with the recommendations as coded AANDACHTSPUNTEN 2026-1 to 2026-7 in a
table at the end; answered by the belastingsamenwerking's OPVOLGINGSLIJST, a spreadsheet printed in landscape
(gridlines, own action numbers A-01.., a 'Bron' column mixing the Waarderingskamer, the accountant and the
rekenkamer, status labels). Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu
copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind47nl/bin/python tests/docs/src/blind47/gen_nl_woz_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b47nl as B  # noqa: E402

NAME = "blind47_nl_woz"
F = B.nolig_fonts()


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B47", F) + """
html { font-family: B47; font-size: 9.2pt; line-height: 1.45; font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 20mm 20mm 22mm;
  @top-left { content: "Waarderingskamer"; font-family: B47; font-size: 7.5pt; color: #666; }
  @top-right { content: "Beoordeling uitvoering Wet WOZ 2026 | Belastingsamenwerking Oostflank"; font-family: B47;
               font-size: 7.5pt; color: #666; }
  @bottom-left { content: "WK/2026/0457"; font-family: B47; font-size: 7.5pt; color: #666; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: B47; font-size: 7.5pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
p { text-align: justify; }
.lh { display: flex; justify-content: space-between; border-bottom: 1.5pt solid #0b5394; padding-bottom: 2mm;
      margin-bottom: 5mm; }
.lh .n { font-size: 16pt; font-weight: bold; color: #0b5394; }
.lh .a { font-size: 7.6pt; color: #555; text-align: right; }
.meta td { padding: 0.5mm 4mm 0.5mm 0; font-size: 8.2pt; vertical-align: top; }
.meta td.k { color: #0b5394; font-weight: bold; width: 34mm; }
h1 { font-size: 14pt; margin: 5mm 0 1mm 0; color: #0b5394; }
h2 { font-size: 10.5pt; color: #0b5394; margin: 5mm 0 2mm 0; }
table.g { font-size: 8.2pt; margin: 1mm 0 3mm 0; width: 100%; }
table.g td, table.g th { border: 0.5pt solid #9fb3c8; padding: 1mm 2mm; text-align: left; vertical-align: top; }
table.g th { background: #dde8f3; }
.st { color: #c98a00; letter-spacing: 1pt; }
.q { font-style: italic; }
.ap { page-break-inside: avoid; }
"""

RES_CSS = BASE + """
@page { size: A4 landscape; margin: 16mm 10mm 14mm 10mm;
  @top-center { content: "Opvolgingslijst aanbevelingen toezicht en controle 2026"; font-family: B47;
                font-size: 8pt; }
  @bottom-left { content: "Opvolgingslijst_aanbevelingen_2026_v7.xlsx | Blad: Opvolging"; font-family: B47;
                 font-size: 7pt; color: #444; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: B47; font-size: 7pt; } }
html { font-size: 7.8pt; line-height: 1.3; }
table.x { width: 100%; font-size: 7.6pt; }
table.x td, table.x th { border: 0.4pt solid #bfbfbf; padding: 0.6mm 1.2mm; vertical-align: top; text-align: left; }
table.x th { background: #1f4e79; color: white; font-weight: bold; }
td.t { font-size: 11pt; font-weight: bold; border: none !important; padding-bottom: 2mm !important; }
td.i { border: none !important; color: #333; }
tr.z td { background: #f2f2f2; }
.ok { background: #c6efce; } .dl { background: #ffeb9c; } .nee { background: #ffc7ce; } .kg { background: #ddebf7; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", ADV_CSS, "</style></head><body>"]
    h.append("<div class='lh'><div class='n'>Waarderingskamer</div><div class='a'>Postbus 93210<br/>2509 AE "
             "Den Haag<br/>www.waarderingskamer.nl</div></div>")
    h.append("<table class='meta'>"
             "<tr><td class='k'>Aan</td><td>de heffingsambtenaar van de Belastingsamenwerking Oostflank (BSO), "
             "t.a.v. mevrouw drs. K.E. Wolthuis-Brands<br/>in afschrift aan het dagelijks bestuur van de BSO en de "
             "colleges van Borkelo, Deurningen-Vaart en Lemmerveld</td></tr>"
             "<tr><td class='k'>Datum</td><td>28 april 2026</td></tr>"
             "<tr><td class='k'>Kenmerk</td><td>WK/2026/0457</td></tr>"
             "<tr><td class='k'>Onderwerp</td><td>Beoordeling uitvoering Wet WOZ, waardepeildatum 1 januari 2025"
             "</td></tr></table>")
    h.append("<h1>Beoordeling uitvoering Wet WOZ 2026</h1>")
    h.append("<p>De Waarderingskamer houdt op grond van artikel 27 van de Wet waardering onroerende zaken (Wet WOZ) "
             "toezicht op de uitvoering van de wet door gemeenten. Wij hebben de uitvoering door de BSO, die de "
             "Wet WOZ uitvoert voor drie gemeenten met samen 71.400 WOZ-objecten, beoordeeld op basis van de "
             "zelfevaluatie, een bezoek op 12 maart 2026 en een steekproef van 60 taxatieverslagen.</p>")
    h.append("<h2>Oordeel per onderdeel</h2>")
    rows = [("Waardering woningen", 4, "voldoende tot goed"), ("Waardering niet-woningen", 3, "voldoende"),
            ("Bezwaar en beroep", 2, "onvoldoende"), ("Gegevensbeheer (BAG, BGT, BRK)", 3, "voldoende"),
            ("Kwaliteitszorg en informatiebeveiliging", 3, "voldoende"),
            ("Communicatie met belanghebbenden", 4, "goed")]
    h.append("<table class='g'><tr><th>Onderdeel</th><th style='width:30mm'>Score</th><th>Oordeel</th></tr>")
    for o, n, t in rows:
        h.append(f"<tr><td>{o}</td><td><span class='st'>{'★' * n}{'☆' * (5 - n)}</span> ({n} van 5)</td>"
                 f"<td>{t}</td></tr>")
    h.append("</table>")
    h.append("<p><b>Samenvattend oordeel.</b> De Waarderingskamer heeft voldoende vertrouwen in de WOZ-waarden van "
             "de BSO. De gemeenten mogen de WOZ-waarden 2026 gebruiken voor de heffing van belastingen en de "
             "levering aan afnemers. Het onderdeel bezwaar en beroep vraagt wel dringend aandacht.</p>")
    h.append("<h2>Bevindingen</h2>")
    h.append("<p><b>Woningen.</b> De marktanalyse is op orde: 94 procent van de verkochte woningen wijkt minder dan "
             "10 procent af van de WOZ-waarde. Bij de 3.400 woningen van vóór 1945 zijn de objectkenmerken "
             "(kwaliteit, onderhoud, ligging) echter sinds 2014 niet meer gecontroleerd. In die groep ligt de "
             "spreiding duidelijk hoger.</p>")
    h.append("<p><b>Niet-woningen.</b> Voor de 410 niet-woningen met een waarde boven EUR 2 miljoen ontbrak in 11 "
             "van de 20 onderzochte dossiers een volledig taxatieverslag. Een taxatieverslag moet op grond van "
             "artikel 40 van de Wet WOZ op verzoek aan de belanghebbende worden verstrekt en moet dus volledig "
             "zijn.</p>")
    h.append("<p><b>Bezwaar en beroep.</b> In 2025 kwamen 4.870 bezwaren binnen. Slechts 71 procent is binnen de "
             "wettelijke termijn afgehandeld (artikel 25 Wet WOZ en artikel 7:10 Awb); in 2024 was dat nog 88 "
             "procent. Een groot deel van de bezwaren komt binnen via no-cure-no-pay-bureaus. Bezwaarmakers die "
             "zelf bezwaar maken, worden zelden gebeld, terwijl een gesprek veel bezwaren snel oplost.</p>")
    h.append("<p><b>Gegevensbeheer.</b> Op 1 maart 2026 lagen er 620 mutaties uit de Basisregistratie Adressen en "
             "Gebouwen (BAG) en de Basisregistratie Grootschalige Topografie (BGT) die ouder waren dan zes "
             "maanden en nog niet in de WOZ-administratie waren verwerkt.</p>")
    h.append("<p><b>Kwaliteitszorg.</b> De interne controle op de taxaties gebeurt in een deel van de gevallen door "
             "dezelfde taxateur die de waarde heeft bepaald. Dat beperkt de waarde van de controle.</p>")
    h.append("<h2>Opvolging aandachtspunten 2025</h2>")
    h.append("<table class='g'><tr><th style='width:16mm'>Nr.</th><th>Aandachtspunt 2025</th><th style='width:30mm'>"
             "Status</th></tr>"
             "<tr><td>2025-2</td><td class='q'>Neem de marktgegevens van recreatiewoningen afzonderlijk op in de "
             "marktanalyse.</td><td>afgehandeld</td></tr>"
             "<tr><td>2025-4</td><td class='q'>Pas het beveiligingsbeleid aan op de BIO 2.0.</td><td>afgehandeld"
             "</td></tr></table>")
    h.append("<h2>Aandachtspunten 2026</h2>")
    h.append("<p>De Waarderingskamer vraagt u de volgende aandachtspunten op te pakken en ons uiterlijk 1 oktober "
             "2026 te laten weten hoe u dat doet. Bij de volgende beoordeling kijken wij in het bijzonder naar "
             "2026-3.</p>")
    aps = [("2026-1", "Woningen", "Actualiseer de objectkenmerken van alle woningen van vóór 1945, zodat bij de "
            "waardepeildatum 1 januari 2027 voor deze groep actuele kenmerken worden gebruikt.", "1 januari 2027"),
           ("2026-2", "Niet-woningen", "Leg voor alle niet-woningen met een WOZ-waarde boven EUR 2 miljoen een "
            "volledig taxatieverslag vast volgens het model van de Waarderingskamer.", "1 januari 2027"),
           ("2026-3", "Bezwaar", "Zorg dat ten minste 95 procent van de bezwaren binnen de wettelijke termijn "
            "wordt afgehandeld, zo nodig met extra capaciteit.", "belastingjaar 2027"),
           ("2026-4", "Bezwaar", "Bel iedere bezwaarmaker die zonder gemachtigde bezwaar maakt tegen een "
            "woningwaarde, voordat een uitspraak wordt gedaan.", "belastingjaar 2027"),
           ("2026-5", "Gegevensbeheer", "Verwerk mutaties uit de BAG en de BGT binnen drie maanden in de "
            "WOZ-administratie en werk de achterstand weg.", "1 juli 2026"),
           ("2026-6", "Kwaliteitszorg", "Laat de interne controle op taxaties steeds uitvoeren door een taxateur "
            "die niet zelf bij de waardebepaling betrokken was.", "direct"),
           ("2026-7", "Communicatie", "Maak het taxatieverslag van woningen direct vindbaar en downloadbaar via "
            "het WOZ-waardeloket en vermeld dat op de aanslag.", "belastingjaar 2027")]
    h.append("<table class='g ap'><tr><th style='width:16mm'>Nr.</th><th style='width:28mm'>Onderdeel</th>"
             "<th>Aandachtspunt</th><th style='width:28mm'>Gereed</th></tr>")
    for a in aps:
        h.append("<tr>" + "".join(f"<td>{x}</td>" for x in a) + "</tr>")
    h.append("</table>")
    h.append("<p>Met vriendelijke groet,<br/>de Waarderingskamer,<br/><br/>mr. drs. L.P. (Lotte) Hazenberg, "
             "directeur</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>", RES_CSS, "</style></head><body>"]
    cols = ["Actie", "Bron", "Ref.", "Onderwerp", "Reactie BSO / maatregel", "Standpunt", "Eigenaar", "Gereed",
            "Status"]
    w = [10, 26, 13, 34, 104, 22, 24, 17, 16]
    h.append("<table class='x'>")
    h.append("<tr><td class='t' colspan='9'>Belastingsamenwerking Oostflank - Opvolgingslijst aanbevelingen "
             "toezicht en controle 2026</td></tr>")
    h.append("<tr><td class='i' colspan='9'>Peildatum: 31-05-2026 | Bijgehouden door: team Kwaliteit & Control | "
             "Ter bespreking in DB-vergadering 11-06-2026 (agendapunt 6)</td></tr>")
    h.append("<tr>" + "".join(f"<th style='width:{x}mm'>{c}</th>" for c, x in zip(cols, w)) + "</tr>")
    rows = [
        ("A-01", "Waarderingskamer 2026", "2026-5", "Mutaties BAG/BGT",
         "Wekelijkse koppeling BAG/BGT met de WOZ-administratie is sinds 1-3-2026 in gebruik. De achterstand "
         "van 620 mutaties wordt in het tweede kwartaal weggewerkt met een inhuurkracht. Norm van drie maanden "
         "wordt vanaf juli bewaakt via het dashboard.", "Overgenomen", "Gegevensbeheer", "01-07-2026",
         "Loopt", "ok"),
        ("A-02", "Accountant, managementletter 2025", "ML-3", "Autorisaties belastingapplicatie",
         "Halfjaarlijkse review van de autorisaties is ingevoerd; de eerste review is uitgevoerd op 14-04-2026 "
         "en 6 accounts zijn ingetrokken.", "Overgenomen", "Informatiebeheer", "14-04-2026", "Gereed", "ok"),
        ("A-03", "Waarderingskamer 2026", "2026-3 en 2026-4", "Afhandeling bezwaren",
         "Tijdig afhandelen: akkoord; er komen 2 fte extra taxatiecapaciteit in de bezwaarperiode en een "
         "weekrapportage aan de heffingsambtenaar; doel 95% binnen termijn in 2027. Iedere particuliere "
         "bezwaarmaker bellen nemen wij niet over: daarvoor ontbreekt de capaciteit; wij bellen alleen als de "
         "taxateur het bezwaar wil afwijzen en het verschil meer dan EUR 25.000 bedraagt.",
         "3: overgenomen / 4: niet overgenomen", "Bezwaar en beroep", "31-12-2027", "Loopt", "dl"),
        ("A-04", "Waarderingskamer 2026", "2026-1", "Objectkenmerken woningen voor 1945",
         "Een volledige controle van alle 3.400 woningen voor 1-1-2027 is niet haalbaar. Wij actualiseren eerst "
         "de circa 900 woningen waar verkoopcijfers meer dan 10% afwijken (bureauonderzoek met luchtfoto's en "
         "Street View); de overige volgen in de reguliere cyclus tot 2029.", "Deels overgenomen", "Waardebepaling",
         "01-01-2027", "Loopt", "dl"),
        ("A-05", "Waarderingskamer 2026", "2026-6", "Functiescheiding interne controle",
         "Is al geregeld: sinds het taxatiejaar 2026 (waardepeildatum 1-1-2025) controleert het andere "
         "taxatieteam steekproefsgewijs. De bevinding van de Waarderingskamer betrof nog het vorige jaar.",
         "Reeds uitgevoerd", "Waardebepaling", "n.v.t.", "Gereed", "ok"),
        ("A-06", "Waarderingskamer 2026", "2026-7", "Taxatieverslag via WOZ-waardeloket",
         "Kennis genomen. Het downloaden van taxatieverslagen via het WOZ-waardeloket hangt af van de landelijke "
         "voorziening van het Kadaster; BSO volgt de landelijke planning en besluit daarna.",
         "Kennisgenomen", "Communicatie", "-", "Open", "kg"),
        ("A-07", "Rekenkamer Oostflank, 'Heffen met oog voor de burger' (2025)", "R2", "Kwijtschelding",
         "Automatische kwijtschelding op basis van gegevens van het Inlichtingenbureau wordt per 2027 uitgebreid "
         "naar de gemeente Lemmerveld.", "Overgenomen", "Invordering", "01-01-2027", "Loopt", "ok"),
    ]
    for i, r in enumerate(rows):
        cl = " class='z'" if i % 2 else ""
        h.append(f"<tr{cl}>" + "".join(f"<td>{x}</td>" for x in r[:5]) + f"<td class='{r[9]}'>{r[5]}</td>" +
                 "".join(f"<td>{x}</td>" for x in r[6:9]) + "</tr>")
    h.append("</table>")
    h.append("<p style='margin-top:3mm; font-size:7pt; color:#444'>Legenda standpunt: Overgenomen / Deels overgenomen "
             "/ Niet overgenomen / Reeds uitgevoerd / Kennisgenomen. Status: Open, Loopt, Gereed. Afgehandelde "
             "acties uit 2025 staan op het blad 'Archief'.</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("2026-1", "Actualiseer de objectkenmerken van alle woningen van vóór 1945",
         "Een volledige controle van alle 3.400 woningen voor 1-1-2027", "partly"),
        ("2026-2", "Leg voor alle niet-woningen met een WOZ-waarde boven EUR", None, "unanswered"),
        ("2026-3", "Zorg dat ten minste 95 procent van de bezwaren binnen",
         "Tijdig afhandelen: akkoord; er komen 2 fte extra", "agrees"),
        ("2026-4", "Bel iedere bezwaarmaker die zonder gemachtigde bezwaar maakt tegen",
         "Iedere particuliere bezwaarmaker bellen nemen wij niet over", "disagrees", ["partly"]),
        ("2026-5", "Verwerk mutaties uit de BAG en de BGT binnen drie",
         "Wekelijkse koppeling BAG/BGT met de WOZ-administratie is sinds", "agrees"),
        ("2026-6", "Laat de interne controle op taxaties steeds uitvoeren door een",
         "controleert het andere taxatieteam steekproefsgewijs", "agrees"),
        ("2026-7", "Maak het taxatieverslag van woningen direct vindbaar en downloadbaar",
         "hangt af van de landelijke voorziening van het Kadaster", "noted"),
    ]
    unmatched = ["Halfjaarlijkse review van de autorisaties is ingevoerd",
                 "Automatische kwijtschelding op basis van gegevens van het Inlichtingenbureau"]
    notes = ("Waarderingskamer 'Beoordeling uitvoering Wet WOZ 2026' WK/2026/0457 to the heffingsambtenaar of the "
             "Belastingsamenwerking Oostflank: letterhead, Aan/Datum/Kenmerk/Onderwerp block, running header from "
             "page 2 and 'Pagina N van M' (Chromium @page), a star-score table per part, Wet WOZ articles 22/25/27/40 "
             "and Awb 7:10 (traps), findings with 'moet' (trap), a 'Samenvattend oordeel', last year's points "
             "2025-2 and 2025-4 quoted as italic imperatives with status 'afgehandeld' (trap), then seven coded "
             "AANDACHTSPUNTEN 2026-1 to 2026-7 in a table (Nr | Onderdeel | Aandachtspunt | Gereed), imperatives; "
             "the intro names 2026-3 again (trap). Reply: the BSO's OPVOLGINGSLIJST printed from a spreadsheet "
             "(landscape, gridlines, file name/sheet footer, own action numbers A-01..A-07, a Ref. column with the "
             "Waarderingskamer codes, coloured 'Standpunt' labels) in the order 2026-5, (accountant), 2026-3+4, "
             "2026-1, 2026-6, 2026-7, (rekenkamer): A-01 weekly BAG/BGT link and backlog cleared (2026-5 agrees); "
             "ONE row A-03 'Ref. 2026-3 en 2026-4', standpunt '3: overgenomen / 4: niet overgenomen' (2026-3 agrees; "
             "2026-4 disagrees, partly acceptable since they call in some cases); A-04 only 900 of 3,400 homes first "
             "(2026-1 partly); A-05 'Reeds uitgevoerd' (2026-6 agrees, already doing it); A-06 'Kennisgenomen', "
             "depends on the Kadaster (2026-7 noted); 2026-2 (taxatieverslagen niet-woningen) unanswered. "
             "Unmatched: A-02 (accountant's management letter) and A-07 (rekenkamer).")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)

"""Round 36 (nl, province / public transport): an (invented) advice of the Reizigersoverleg IJssel-Vecht (a
consumentenorganisatie under artikel 32 Wet personenvervoer 2000) on the transport operator's concept-Vervoerplan
2027, answered in chapter 7 of the DEFINITIVE VERVOERPLAN itself (a section of another document, page 31 of the
plan). Advice: A4, running header and 'pagina N van M' via CSS @page margin boxes, an 'In het kort' box that names
the subjects and advice numbers (a trap), a ridership table, a quote from last year's advice (imperative, a trap),
passengers' quotes with 'zou moeten', and the seven recommendations as shaded SIDEBAR boxes 'Advies 1'-'Advies 7'
next to the analysis of each subject: imperatives, one QUESTION (3), one 'Wij adviseren ...' sentence (7), one
addressed to the province and road managers (5). Response: 7.1 procedure (no reply), 7.2 a matrix 'Advies |
Reactie Vechtlijn | Verwerking' in the order 3, '1 en 2' (one row, two verdicts), 7, 6, 4 (5 absent), 7.3 the
municipality of Dalfsen's zienswijze (unmatched). Engine: headless Chromium --print-to-pdf (DejaVu copies without
GSUB, so no ligatures; the response's page numbers start at 31 via a CSS counter-reset).

Run: /tmp/blind36nl/bin/python tests/docs/src/blind36/gen_nl_reizigersoverleg_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b36nl as B  # noqa: E402

NAME = "blind36_nl_reizigersoverleg"
F = B.nolig_fonts()

CSS = """
@font-face { font-family: B36; src: url(file://%(Regular)s); font-weight: normal; font-style: normal; }
@font-face { font-family: B36; src: url(file://%(Bold)s); font-weight: bold; font-style: normal; }
@font-face { font-family: B36; src: url(file://%(Italic)s); font-weight: normal; font-style: italic; }
@font-face { font-family: B36; src: url(file://%(Bold Italic)s); font-weight: bold; font-style: italic; }
html { font-family: B36; font-size: 9.3pt; line-height: 1.42; font-variant-ligatures: none; color: #1a1a1a; }
p { margin: 0 0 2.2mm 0; }
h2 { font-size: 12.5pt; margin: 6mm 0 2mm 0; break-after: avoid; }
h3 { font-size: 10pt; margin: 4mm 0 1.2mm 0; break-after: avoid; }
table.fig { border-collapse: collapse; width: 100%%; font-size: 8.3pt; margin: 2mm 0 2mm 0; }
table.fig th { text-align: left; padding: 1.2mm 2mm; }
table.fig td { border-bottom: 0.5pt solid #bbb; padding: 1.1mm 2mm; vertical-align: top; }
.cap { font-size: 7.8pt; color: #555; margin-bottom: 4mm; }
""" % F

ADV_CSS = CSS + """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Reizigersoverleg IJssel-Vecht"; font-family: B36; font-size: 7.5pt; color: #b5441b; }
  @top-right { content: "Advies concept-Vervoerplan 2027 | RO-IV 2026-05"; font-family: B36; font-size: 7.5pt; color: #777; }
  @bottom-left { content: "Secretariaat: Postbus 1804, 8000 BP Zwolle"; font-family: B36; font-size: 7pt; color: #888; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B36; font-size: 7.5pt; color: #666; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
h2, h3 { color: #b5441b; }
.logo { font-size: 16pt; font-weight: bold; color: #b5441b; letter-spacing: 0.5px; }
.logo span { color: #333; font-weight: normal; font-size: 10pt; }
.meta { display: grid; grid-template-columns: 28mm 1fr; font-size: 8.5pt; margin: 5mm 0 5mm 0; row-gap: 0.6mm; }
.meta div:nth-child(odd) { color: #777; }
h1 { font-size: 19pt; margin: 2mm 0 1mm 0; }
.kort { border: 1.2pt solid #b5441b; padding: 3mm 4mm; margin: 3mm 0 4mm 0; }
.kort ul { margin: 1mm 0 0 0; padding-left: 5mm; }
.row { display: grid; grid-template-columns: 1fr 58mm; column-gap: 6mm; margin-bottom: 3mm; }
.side { background: #fbe9df; padding: 3mm 3.5mm; border-top: 3pt solid #b5441b; align-self: start; break-inside: avoid; }
.side .lab { font-weight: bold; color: #b5441b; font-size: 8.5pt; text-transform: uppercase; margin-bottom: 1mm; }
.side p { font-size: 8.9pt; font-weight: bold; }
.side p + .lab { margin-top: 3mm; }
blockquote { margin: 1mm 0 3mm 0; padding: 1mm 0 1mm 4mm; border-left: 2.5pt solid #e3a78a; font-style: italic; }
table.fig th { background: #b5441b; color: white; }
td.n { text-align: right; }
"""

RES_CSS = CSS + """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "Vechtlijn | Vervoerplan 2027 concessie IJssel-Vecht"; font-family: B36; font-size: 7.5pt; color: #0d5c46; }
  @top-right { content: "Definitief, 1 september 2026"; font-family: B36; font-size: 7.5pt; color: #777; }
  @bottom-center { content: counter(page); font-family: B36; font-size: 8pt; color: #444; } }
html { counter-reset: page 30; }
h2, h3 { color: #0d5c46; }
h1 { font-size: 15pt; color: #0d5c46; margin: 0 0 3mm 0; }
table.fig th { background: #0d5c46; color: white; }
table.fig td:first-child { white-space: nowrap; font-weight: bold; }
.ver { font-weight: bold; }
"""


def advice():
    side = lambda items: "<div class='side'>" + "".join(  # noqa: E731
        f"<div class='lab'>Advies {n}</div><p>{t}</p>" for n, t in items) + "</div>"
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>"]
    h.append("<div class='logo'>Reizigersoverleg IJssel-Vecht <span>| de stem van de reiziger in bus en "
             "trein</span></div>"
             "<div class='meta'><div>Aan</div><div>Vechtlijn B.V., t.a.v. de directie; in afschrift aan "
             "Gedeputeerde Staten van Overijssel</div><div>Datum</div><div>1 juli 2026</div><div>Kenmerk</div>"
             "<div>RO-IV 2026-05</div><div>Onderwerp</div><div>Advies over het concept-Vervoerplan 2027</div></div>"
             "<h1>Advies over het concept-Vervoerplan 2027</h1>")
    h.append("<p>Op 3 juni 2026 ontvingen wij het concept-Vervoerplan 2027 voor de concessie IJssel-Vecht, met "
             "het verzoek om advies op grond van artikel 32 van de Wet personenvervoer 2000. Wij hebben het plan "
             "besproken in onze vergadering van 24 juni en daarvoor ook reizigers geraadpleegd via ons panel (412 "
             "reacties). Hieronder geven wij per onderwerp ons advies. Volgens artikel 32, derde lid, moet "
             "Vechtlijn gemotiveerd aangeven waarom zij een advies eventueel niet volgt.</p>")
    h.append("<div class='kort'><b>In het kort</b><ul><li>Lijn 80: frequentie en een nieuwe halte (advies 1 "
             "en 2)</li><li>Lijn 82: later terug uit Zwolle (advies 3)</li><li>Buurtbus 507 (advies 4)</li>"
             "<li>Toegankelijke haltes (advies 5)</li><li>Informatie bij omleidingen (advies 6)</li><li>Tarief "
             "voor 65-plussers op de buurtbus (advies 7)</li></ul></div>")
    h.append("<h2>1. Reizigers in cijfers</h2><p>Het aantal reizigers is in 2025 verder hersteld, maar op de "
             "streeklijnen in de daluren blijft het achter.</p>"
             "<table class='fig'><tr><th>Lijn</th><th>Traject</th><th>Instappers 2024</th><th>Instappers 2025"
             "</th><th>Bezetting dal (gem.)</th></tr>"
             "<tr><td>80</td><td>Zwolle - Dalfsen - Ommen</td><td class='n'>1.284.000</td><td class='n'>1.331.000"
             "</td><td class='n'>14</td></tr>"
             "<tr><td>82</td><td>Zwolle - Heino - Raalte</td><td class='n'>962.000</td><td class='n'>1.008.000"
             "</td><td class='n'>11</td></tr>"
             "<tr><td>507</td><td>buurtbus Lemelerveld - Dalfsen</td><td class='n'>18.400</td><td class='n'>"
             "16.900</td><td class='n'>3</td></tr></table>"
             "<div class='cap'>Tabel 1. Instappers per jaar en gemiddelde bezetting per rit in de daluren (bron: "
             "Vechtlijn, OV-chipkaartdata).</div>")
    h.append("<h2>2. Ons advies per onderwerp</h2><h3>2.1 Lijn 80 Zwolle - Ommen</h3>")
    h.append("<div class='row'><div><p>Vechtlijn wil lijn 80 op werkdagen tussen 9.00 en 15.00 uur nog maar één "
             "keer per uur laten rijden. Het panel is daar unaniem tegen. Een reiziger uit Dalfsen schreef: "
             "<i>'De bus zou juist vaker moeten rijden, nu het ziekenhuis in Zwolle zoveel afspraken overdag "
             "plant.'</i> Een uurdienst maakt de aansluiting op de trein in Zwolle bovendien onzeker.</p>"
             "<p>In Ommen opent in januari 2027 een gezondheidscentrum aan de Hammerweg, op 600 meter van de "
             "dichtstbijzijnde halte. Veel bezoekers zijn ouderen zonder auto.</p></div>" + side([
                 (1, "Handhaaf de halfuursdienst op lijn 80 ook in de daluren op werkdagen."),
                 (2, "Laat lijn 80 in Ommen ook stoppen bij het nieuwe gezondheidscentrum aan de Hammerweg.")]) +
             "</div>")
    h.append("<h3>2.2 Lijn 82 Zwolle - Raalte</h3><div class='row'><div><p>De laatste bus van lijn 82 vertrekt "
             "nu om 23.35 uur uit Zwolle. Jongeren die in Zwolle uitgaan of werken in de horeca, hebben daarna "
             "geen vervoer meer. In ons advies over het Vervoerplan 2026 schreven wij al:</p>"
             "<blockquote>'Onderzoek met de gemeenten Raalte en Heino of een nachtbus op vrijdag en zaterdag "
             "haalbaar is.'</blockquote><p>Vechtlijn heeft toen geantwoord dat een nachtbus te duur is. Wij "
             "vragen nu om een kleinere stap.</p></div>" + side([
                 (3, "Kan Vechtlijn de laatste rit van lijn 82 op vrijdag en zaterdag verschuiven naar 0.30 uur?")]) +
             "</div>")
    h.append("<h3>2.3 Buurtbus 507</h3><div class='row'><div><p>De buurtbusvereniging Lemelerveld heeft "
             "aangekondigd te stoppen, omdat er te weinig vrijwillige chauffeurs zijn. Vechtlijn stelt voor de "
             "lijn per 1 januari 2027 op te heffen. Voor de 16.900 reizigers per jaar, vooral ouderen, is er dan "
             "geen alternatief.</p></div>" + side([
                 (4, "Hef buurtbus 507 pas op als er samen met de gemeente Dalfsen een vervangende voorziening is "
                     "gevonden.")]) + "</div>")
    h.append("<h3>2.4 Haltes en toegankelijkheid</h3><div class='row'><div><p>In Lemelerveld en Heino zijn nog "
             "veertien haltes niet toegankelijk: de stoep is te laag of er is geen geleidelijn. De haltes zijn in "
             "beheer van de gemeenten en de provincie, niet van Vechtlijn. Volgens het Besluit toegankelijkheid "
             "van het openbaar vervoer zouden alle haltes aan de eisen moeten voldoen.</p></div>" + side([
                 (5, "Provincie en wegbeheerders: maak de veertien haltes in Lemelerveld en Heino uiterlijk in 2028 "
                     "toegankelijk.")]) + "</div>")
    h.append("<h3>2.5 Reisinformatie en tarieven</h3><div class='row'><div><p>Bij de werkzaamheden aan de N348 "
             "in 2025 stond de omleiding alleen in de app. Reizigers stonden wekenlang tevergeefs bij een halte "
             "die niet werd bediend. Verder kunnen 65-plussers met het abonnement Dal Voordeel niet met korting "
             "reizen op de buurtbussen, terwijl juist zij de buurtbus gebruiken.</p><p>Wij adviseren Vechtlijn "
             "om het abonnement Dal Voordeel voor 65-plussers ook geldig te maken op de buurtbussen in de "
             "concessie.</p></div>" + side([
                 (6, "Kondig omleidingen minstens twee weken vooraf aan op de halte zelf, en niet alleen in de app."),
                 (7, "Maak het abonnement Dal Voordeel ook geldig op de buurtbussen.")]) + "</div>")
    h.append("<h2>3. Tot slot</h2><p>Wij waarderen het dat Vechtlijn het panel dit jaar eerder heeft betrokken. "
             "Wij zien uw reactie graag tegemoet vóór de vaststelling van het vervoerplan.</p>"
             "<p>Met vriendelijke groet,<br>Reizigersoverleg IJssel-Vecht<br>Harm Jan Nijhuis, voorzitter<br>"
             "Petra Kamphuis-Ten Brinke, secretaris</p></body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    rows = [
        ("3", "Lijn 82, laatste rit",
         "Vechtlijn neemt dit advies over. Vanaf de dienstregeling 2027 vertrekt de laatste bus van lijn 82 op "
         "vrijdag en zaterdag om 0.30 uur uit Zwolle. De extra kosten worden gedekt binnen het budget voor "
         "nachtnet-proeven.", "Overgenomen"),
        ("1 en 2", "Lijn 80",
         "Een halfuursdienst in de daluren kunnen wij niet verantwoorden: de gemiddelde bezetting is 14 reizigers "
         "per rit en de provincie vraagt om een efficiëntere inzet van de dienstregelinguren. Wij blijven de "
         "aansluiting op de trein in Zwolle bewaken. De nieuwe halte Gezondheidscentrum Hammerweg wordt per 6 "
         "januari 2027 in de route opgenomen.", "1: niet overgenomen<br>2: overgenomen"),
        ("7", "Dal Voordeel op de buurtbus",
         "De tarieven op de buurtbus stelt de provincie vast. Wij hebben dit advies doorgeleid naar Gedeputeerde "
         "Staten, die erop terugkomen bij de tariefbesluiten voor 2028.", "Ter kennisname"),
        ("6", "Omleidingen",
         "Bij geplande omleidingen van langer dan een week hangen wij voortaan twee weken vooraf een affiche bij "
         "de halte. Bij kortere of onverwachte omleidingen is dat niet haalbaar; dan blijft de informatie "
         "beperkt tot de app en de website.", "Deels overgenomen"),
        ("4", "Buurtbus 507",
         "Vechtlijn onderschrijft dit advies. Lijn 507 blijft rijden tot de gemeente Dalfsen en Vechtlijn samen "
         "een alternatief hebben, zoals een belbus of een nieuwe vrijwilligersgroep.", "Overgenomen"),
    ]
    h = [f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>"]
    h.append("<h1>7 Advisering en inspraak</h1><h2>7.1 Procedure</h2>"
             "<p>Het concept van dit vervoerplan is op 3 juni 2026 voorgelegd aan het Reizigersoverleg IJssel-Vecht "
             "en aan de gemeenten in de concessie. Het Reizigersoverleg bracht op 1 juli 2026 advies uit "
             "(kenmerk RO-IV 2026-05). Waar wij een advies niet of niet geheel volgen, geven wij dat hieronder "
             "met redenen aan, zoals de Wet personenvervoer 2000 voorschrijft. De provincie Overijssel heeft het "
             "vervoerplan op 1 september 2026 goedgekeurd.</p>"
             "<h2>7.2 Reactie op het advies van het Reizigersoverleg</h2>"
             "<p>Wij danken het Reizigersoverleg en het reizigerspanel voor het grondige advies. In tabel 7.1 "
             "staat per advies onze reactie en of het advies in dit vervoerplan is verwerkt.</p>"
             "<table class='fig'><tr><th>Advies</th><th>Onderwerp</th><th>Reactie Vechtlijn</th><th>Verwerking"
             "</th></tr>")
    for n, subj, text, ver in rows:
        h.append(f"<tr><td>{n}</td><td>{subj}</td><td>{text}</td><td class='ver'>{ver}</td></tr>")
    h.append("</table><div class='cap'>Tabel 7.1. Reactie op het advies RO-IV 2026-05.</div>"
             "<h2>7.3 Reactie op de zienswijze van de gemeente Dalfsen</h2>"
             "<p>De gemeente Dalfsen vraagt om de scholierenlijn 680 ook in de herfstvakantie te laten rijden, "
             "omdat de vakantie van het Agnieten College afwijkt van de regionale vakantie. Vechtlijn laat lijn "
             "680 in 2027 rijden volgens de schoolvakanties van het Agnieten College.</p>"
             "<h2>7.4 Vaststelling</h2><p>Met de in paragraaf 7.2 en 7.3 beschreven aanpassingen is dit "
             "vervoerplan vastgesteld door de directie van Vechtlijn B.V. op 1 september 2026.</p></body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    recs = [
        ("1", "Handhaaf de halfuursdienst op lijn 80 ook in de daluren",
         "Een halfuursdienst in de daluren kunnen wij niet verantwoorden", "disagrees"),
        ("2", "Laat lijn 80 in Ommen ook stoppen bij het nieuwe gezondheidscentrum",
         "De nieuwe halte Gezondheidscentrum Hammerweg wordt per 6 januari 2027", "agrees"),
        ("3", "Kan Vechtlijn de laatste rit van lijn 82 op vrijdag",
         "Vanaf de dienstregeling 2027 vertrekt de laatste bus van lijn 82", "agrees"),
        ("4", "Hef buurtbus 507 pas op als er samen met de gemeente",
         "Lijn 507 blijft rijden tot de gemeente Dalfsen en Vechtlijn", "agrees"),
        ("5", "Provincie en wegbeheerders: maak de veertien haltes in Lemelerveld en Heino", None, "unanswered"),
        ("6", "Kondig omleidingen minstens twee weken vooraf aan op de halte zelf",
         "Bij kortere of onverwachte omleidingen is dat niet haalbaar", "partly"),
        ("7", "Maak het abonnement Dal Voordeel ook geldig op de buurtbussen",
         "Wij hebben dit advies doorgeleid naar Gedeputeerde Staten", "noted"),
    ]
    unmatched = ["scholierenlijn 680 ook in de herfstvakantie te laten rijden"]
    notes = ("Reizigersoverleg (artikel 32 Wp2000) advice on a concept-vervoerplan (Chromium): the recommendations "
             "are the shaded sidebar boxes 'Advies 1'-'Advies 7' next to the analysis; 3 is a question, 5 is "
             "addressed to the province and road managers, 7 also appears in the running text as 'Wij adviseren "
             "Vechtlijn om het abonnement Dal Voordeel ...' (same recommendation). Traps: the 'In het kort' box "
             "naming subjects with advice numbers, the ridership table, a quoted imperative from last year's advice "
             "('Onderzoek met de gemeenten ...'), 'zou ... moeten' in a passenger quote and in 2.4, Wp2000 article "
             "32. Response: chapter 7 of the definitive vervoerplan (one page, numbered 31): 7.1 procedure (no reply), "
             "table 7.1 'Advies | Onderwerp | Reactie Vechtlijn | Verwerking' in the order 3 ('Overgenomen': "
             "agrees), '1 en 2' one row (1 'niet overgenomen': disagrees; 2 new stop: agrees), 7 ('Ter "
             "kennisname', passed on to the province: noted), 6 ('Deels overgenomen': partly), 4 ('Overgenomen': "
             "agrees). 5 has no row: unanswered. 7.3 (Dalfsen's zienswijze on school line 680) is unmatched; 7.4 "
             "is the adoption.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

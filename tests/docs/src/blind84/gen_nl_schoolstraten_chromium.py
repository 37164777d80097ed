"""Round 84 (nl, Flemish): a consultancy's EVALUATIERAPPORT of a city's SCHOOLSTRATEN, answered by the mobility
department's OPVOLGINGSRAPPORT to the college (a status table per recommendation number).

Advice: (invented) Trajekt Mobiliteitsadvies bv, 'Evaluatie van de schoolstraten in Hamelgem - schooljaar
2024-2025', for Stad Hamelgem (2 p., sans, a green title band, a flex side column 'In een oogopslag', a results
table by school street, stamped running head and 'pagina n van m'); the seven recommendations are shaded BOXES
labelled 'Aanbeveling 1'-'Aanbeveling 7', each after an unboxed 'Vaststelling' paragraph under five themes; traps:
the wegcode ('moet ... worden afgesloten'), the mobiliteitsplan 2021 quoted ('Maak van elke schoolomgeving een
zone 30.'), a parents' survey, 'zou ... moeten', the 2023 gemeenteraad decision, numbers of streets and dates.
Response: Stad Hamelgem, Dienst Mobiliteit, 'Opvolgingsrapport aanbevelingen evaluatie schoolstraten - stand van
zaken op 1 april 2026' (2 p., sans, a meta table, a ruled status table 'Nr. | Aanbeveling | Standpunt college en
stand van zaken | Status', stamped head and 'n/m'), citing the numbers in the order 6, '2 en 3', 7, 1, 5:
'1. Doel van dit rapport' (nothing); 6 agrees (aanvullend reglement adopted); ONE row '2 en 3' = 2 disagrees (no
allowance) + 3 noted (passed to the politiezone, the korpschef decides); 7 agrees (a deed); 1 partly (Kloosterstraat
only); 5 disagrees; '3. Andere dossiers rond schoolomgevingen' (nothing); '4. Volgende rapportering' (nothing); 4
(kiss-and-ride zone) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies under /tmp via @font-face; running head and
page numbers stamped with PyMuPDF).

The Belgian wegcode and school streets are real, but what the documents say of them is not to be relied on; Stad
Hamelgem, Trajekt, schools, streets, people, figures and dates are invented.

Run: /tmp/blind84nl/bin/python tests/docs/src/blind84/gen_nl_schoolstraten_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b84nl as B  # noqa: E402

NAME = "blind84_nl_schoolstraten"
SANS = B.tmp_fonts()


def css(fam, paths, accent):
    faces = ""
    for s, w, st in (("Regular", 400, "normal"), ("Bold", 700, "normal"), ("Italic", 400, "italic"),
                     ("Bold Italic", 700, "italic")):
        faces += (f"@font-face {{ font-family: '{fam}'; src: url('file://{paths[s]}'); font-weight: {w}; "
                  f"font-style: {st}; }}\n")
    return faces + """
@page { size: A4; margin: 21mm 19mm 20mm 19mm; }
body { font-family: 'FAM'; font-size: 9.4pt; line-height: 1.45; color: #1b1b1b; }
h1 { font-size: 16pt; margin: 0 0 1mm 0; }
h2 { font-size: 11pt; margin: 5mm 0 2mm 0; color: ACC; }
h3 { font-size: 9.8pt; margin: 3mm 0 1mm 0; }
p { margin: 0 0 2.4mm 0; }
.band { background: ACC; color: white; padding: 5mm 6mm; margin-bottom: 5mm; }
.band .sub { font-size: 9pt; }
.wrap { display: flex; gap: 6mm; }
.main { flex: 1; }
.side { flex: 0 0 48mm; background: #eef4ee; padding: 3mm; font-size: 8.2pt; align-self: flex-start;
        border-top: 2pt solid ACC; }
.box { background: #e6f0e6; border-left: 3pt solid ACC; padding: 2mm 3mm; margin: 1mm 0 3mm 0;
       page-break-inside: avoid; }
.box .lab { font-weight: 700; color: ACC; font-size: 8.4pt; text-transform: uppercase; letter-spacing: 0.3pt; }
table.fig { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm 0; font-size: 8.4pt; }
table.fig td, table.fig th { border: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
table.fig th { background: #dbe7db; }
table.meta { border-collapse: collapse; font-size: 8.6pt; margin: 0 0 4mm 0; }
table.meta td { padding: 0.8mm 5mm 0.8mm 0; border-bottom: 0.4pt solid #bbb; vertical-align: top; }
.small { font-size: 8pt; color: #555; }
""".replace("FAM", fam).replace("ACC", accent)


def page(style, body):
    return f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{style}</style></head><body>{body}" \
           "</body></html>"


def box(n, text):
    return f"<div class='box'><div class='lab'>Aanbeveling {n}</div><p style='margin:0'>{text}</p></div>"


def advice():
    body = f"""
<div class="band"><div class="sub">Trajekt Mobiliteitsadvies bv &middot; in opdracht van Stad Hamelgem</div>
<h1>Evaluatie van de schoolstraten in Hamelgem</h1><div class="sub">Schooljaar 2024-2025 &middot; eindrapport
&middot; 15 oktober 2025 &middot; ref. TRJ-25-0412</div></div>
<div class="wrap"><div class="main">
<h2>1. Inleiding</h2>
<p>Sinds september 2023 heeft Hamelgem zes schoolstraten. De gemeenteraad besliste op 26 juni 2023 om ze twee
schooljaren uit te proberen en daarna te laten evalueren. Een schoolstraat is een straat bij een schoolpoort die bij
het begin en het einde van de schooldag tijdelijk autovrij is. Volgens de wegcode moet de straat in die periode met
een verplaatsbaar hek en de bijbehorende signalisatie worden afgesloten; voetgangers en fietsers mogen er door.</p>
<p>Wij voerden tellingen uit aan alle zes schoolpoorten, bevroegen 1.214 ouders en 186 buurtbewoners en spraken met
de directies, de vrijwilligers die de hekken bedienen en de wijkinspecteurs van de politiezone.</p>
</div>
<div class="side"><b>In een oogopslag</b><br><br>
6 schoolstraten, 9 scholen<br>1.214 ouders bevraagd<br>82% van de ouders wil de schoolstraat behouden<br>
aandeel te voet of met de fiets: van 41% naar 53%<br>11 overtredingen per week bij de Molenweg</div></div>
<h2>2. Resultaten per schoolstraat</h2>
<table class="fig"><tr><th>Schoolstraat</th><th>School</th><th>Afsluiting</th><th>Te voet/fiets vóór</th>
<th>Te voet/fiets na</th></tr>
<tr><td>Kloosterstraat</td><td>Sint-Jozefsinstituut</td><td>vrijwilligers</td><td>38%</td><td>49%</td></tr>
<tr><td>Molenweg</td><td>GO! basisschool De Molen</td><td>vrijwilligers</td><td>35%</td><td>44%</td></tr>
<tr><td>Schoolweg</td><td>Gemeentelijke basisschool</td><td>personeel stad</td><td>44%</td><td>58%</td></tr>
<tr><td>Lindenlaan</td><td>Vrije basisschool De Linde</td><td>vrijwilligers</td><td>47%</td><td>61%</td></tr>
<tr><td>Stationsstraat</td><td>Atheneum Hamelgem</td><td>personeel stad</td><td>40%</td><td>55%</td></tr>
<tr><td>Kerkweg</td><td>Sint-Pieterscollege</td><td>vrijwilligers</td><td>42%</td><td>52%</td></tr></table>
<p class="small">Tabel 1. Aandeel leerlingen dat te voet of met de fiets naar school komt, telling mei 2023 en mei
2025.</p>
<h2>3. Vaststellingen en aanbevelingen</h2>
<h3>3.1 Bediening van de hekken</h3>
<p><b>Vaststelling.</b> In vier schoolstraten staan vrijwilligers aan het hek. In de Kloosterstraat en de Molenweg
bleef het hek in het voorbije schooljaar op respectievelijk 23 en 31 schooldagen open omdat er niemand beschikbaar
was. Vrijwilligers geven aan dat zij zich weinig erkend voelen.</p>
{box(1, "Plaats in de Kloosterstraat en de Molenweg een automatisch uitschuifbaar hek dat op vaste tijden sluit, "
        "zodat de schoolstraat niet langer afhangt van vrijwilligers.")}
{box(2, "Voorzie voor de vrijwilligers die de hekken bedienen een vergoeding van 15 euro per shift, naar het "
        "voorbeeld van de gemachtigd opzichters.")}
<h3>3.2 Handhaving</h3>
<p><b>Vaststelling.</b> Vooral aan het begin van het schooljaar rijden bestuurders de schoolstraat in. De politiezone
controleerde in 2024-2025 negen keer, telkens in juni. Ouders vinden dat er vooral in september gecontroleerd zou
moeten worden.</p>
{box(3, "Vraag de politiezone om in de eerste zes weken van elk schooljaar in iedere schoolstraat minstens eenmaal "
        "per week te controleren.")}
<h3>3.3 Omliggende straten</h3>
<p><b>Vaststelling.</b> Rond de Schoolweg en de Stationsstraat verschuift het parkeren naar de zijstraten. In het
mobiliteitsplan 2021 staat de ambitie: 'Maak van elke schoolomgeving een zone 30.' In de Stationswijk geldt die
zone 30 vandaag alleen tijdens de schooluren.</p>
{box(4, "Richt voor de ouders van de Gemeentelijke basisschool een kiss-and-ride-zone in op minstens 200 meter van "
        "de schoolpoort in de Schoolweg.")}
{box(5, "Voer in de straten van de Stationswijk rond het Atheneum een zone 30 in die de hele dag geldt.")}
<h3>3.4 Nieuwe schoolstraten</h3>
<p><b>Vaststelling.</b> Basisschool De Regenboog in de Meersstraat vroeg in 2024 al om een schoolstraat. De straat
is smal, heeft geen fietspad en telt 's ochtends meer dan 140 auto's in een half uur.</p>
{box(6, "Maak van de Meersstraat bij basisschool De Regenboog vanaf 1 september 2026 een zevende schoolstraat.")}
<h3>3.5 Communicatie</h3>
<p><b>Vaststelling.</b> Een derde van de nieuwe ouders wist bij de start van het schooljaar niet dat er een
schoolstraat was. Scholen maken elk hun eigen brief, met verschillende tijden en kaarten.</p>
{box(7, "Bezorg elke school jaarlijks vóór de zomervakantie een communicatiepakket voor ouders met een kaart, de "
        "sluitingstijden en veilige fietsroutes.")}
<h2>4. Besluit</h2>
<p>De schoolstraten in Hamelgem werken: er komen meer kinderen te voet of met de fiets, en ouders en buren zijn
overwegend tevreden. De zwakke plek is de afhankelijkheid van vrijwilligers. Wij raden aan de zes schoolstraten
definitief te maken en de bovenstaande aanbevelingen in de komende twee schooljaren uit te voeren.</p>
<p class="small">Trajekt Mobiliteitsadvies bv &middot; ir. Bram Wuyts, projectleider &middot; Elise Van Hove,
verkeerskundige</p>
"""
    B.chromium_pdf(page(css("B84S", SANS, "#2f6b3a"), body), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Trajekt | Evaluatie schoolstraten Hamelgem 2024-2025 | TRJ-25-0412",
            "pagina {n} van {m}", SANS["Regular"])


ROWS = [
    ("6", "Meersstraat als zevende schoolstraat",
     "Het college keurde op 9 maart 2026 het aanvullend reglement goed. De Meersstraat wordt op 1 september 2026 een "
     "schoolstraat; de school zoekt zelf vrijwilligers voor het hek.", "Beslist"),
    ("2 en 3", "Vrijwilligers en controles",
     "Een vergoeding per shift wordt niet toegekend: vrijwilligerswerk voor de stad blijft onbezoldigd, zoals in "
     "alle stedelijke vrijwilligersreglementen. De vraag om extra controles in september en oktober werd op 12 "
     "januari aan de politiezone Hamelgem-Lede bezorgd; de inzet van de ploegen is een beslissing van de korpschef.",
     "Niet weerhouden / doorgegeven"),
    ("7", "Communicatiepakket voor ouders",
     "Uitgevoerd. Het pakket met kaart, sluitingstijden en fietsroutes werd op 20 maart aan alle scholen bezorgd en "
     "wordt elk jaar in mei geactualiseerd.", "Uitgevoerd"),
    ("1", "Automatische hekken",
     "Het college kiest voor een proef met een automatisch hek in de Kloosterstraat vanaf september 2026. In de "
     "Molenweg blijft de afsluiting voorlopig in handen van vrijwilligers; na de proef wordt opnieuw bekeken.",
     "In uitvoering"),
    ("5", "Zone 30 in de Stationswijk",
     "Het college voert in de Stationswijk geen zone 30 in die de hele dag geldt. De doorgaande functie van de "
     "Stationsstraat laat dat niet toe; de bestaande zone 30 tijdens de schooluren blijft behouden.",
     "Niet weerhouden"),
]


def response():
    rows = "".join(f"<tr><td><b>{n}</b></td><td>{s}</td><td>{t}</td><td>{st}</td></tr>" for n, s, t, st in ROWS)
    body = f"""
<div style="display:flex; justify-content:space-between; align-items:flex-end; border-bottom:2pt solid #1f4f7a;
padding-bottom:2mm; margin-bottom:4mm"><div><div style="font-size:15pt; font-weight:700; color:#1f4f7a">Stad
Hamelgem</div><div class="small">Dienst Mobiliteit &middot; Markt 1, 9340 Hamelgem</div></div>
<div class="small" style="text-align:right">Intern document<br>voor het college van burgemeester en schepenen</div>
</div>
<h1>Opvolgingsrapport aanbevelingen evaluatie schoolstraten</h1>
<p class="small">Stand van zaken op 1 april 2026</p>
<table class="meta"><tr><td><b>Rapport</b></td><td>Trajekt, Evaluatie van de schoolstraten in Hamelgem, schooljaar
2024-2025 (TRJ-25-0412)</td></tr>
<tr><td><b>Opgesteld door</b></td><td>Sofie Claeys, mobiliteitsambtenaar</td></tr>
<tr><td><b>Bevoegd schepen</b></td><td>Koen De Meyer, schepen van Mobiliteit</td></tr>
<tr><td><b>Collegezitting</b></td><td>13 april 2026</td></tr></table>
<h2>1. Doel van dit rapport</h2>
<p>De gemeenteraad vroeg bij de definitieve invoering van de zes schoolstraten in november 2025 om twee keer per jaar
te rapporteren over de opvolging van de evaluatie. Dit is het eerste opvolgingsrapport. Het geeft per aanbeveling het
standpunt van het college en de stand van zaken.</p>
<h2>2. Stand van zaken per aanbeveling</h2>
<table class="fig"><tr><th style="width:9%">Nr.</th><th style="width:19%">Aanbeveling</th>
<th>Standpunt college en stand van zaken</th><th style="width:17%">Status</th></tr>{rows}</table>
<h2>3. Andere dossiers rond schoolomgevingen</h2>
<p>Los van de evaluatie loopt de heraanleg van de fietsverbinding langs de Dender tussen de Lindenlaan en het
Atheneum. De aannemer start na de paasvakantie; tijdens de werken wordt een omleiding via de Kerkweg
ingericht.</p>
<h2>4. Volgende rapportering</h2>
<p>Het volgende opvolgingsrapport wordt in oktober 2026 aan het college voorgelegd en daarna bezorgd aan de
gemeenteraadscommissie Mobiliteit en Openbare Werken.</p>
"""
    B.chromium_pdf(page(css("B84S", SANS, "#1f4f7a"), body), NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Hamelgem | Dienst Mobiliteit | Opvolgingsrapport schoolstraten",
            "{n}/{m}", SANS["Regular"])


RECS = [
    (1, "Plaats in de Kloosterstraat en de Molenweg een automatisch uitschuifbaar hek",
     "kiest voor een proef met een automatisch hek in de Kloosterstraat", "partly"),
    (2, "Voorzie voor de vrijwilligers die de hekken bedienen een vergoeding",
     "Een vergoeding per shift wordt niet toegekend", "disagrees"),
    (3, "Vraag de politiezone om in de eerste zes weken",
     "januari aan de politiezone Hamelgem-Lede bezorgd", "noted"),
    (4, "Richt voor de ouders van de Gemeentelijke basisschool een kiss-and-ride-zone in", None, "unanswered"),
    (5, "Voer in de straten van de Stationswijk rond het Atheneum",
     "Het college voert in de Stationswijk geen zone 30 in", "disagrees"),
    (6, "Maak van de Meersstraat bij basisschool De Regenboog",
     "keurde op 9 maart 2026 het aanvullend reglement goed", "agrees"),
    (7, "Bezorg elke school jaarlijks vóór de zomervakantie een communicatiepakket",
     "werd op 20 maart aan alle scholen bezorgd", "agrees"),
]
UNMATCHED = [
    "Dit is het eerste opvolgingsrapport",
    "tijdens de werken wordt een omleiding via de Kerkweg ingericht",
    "wordt in oktober 2026 aan het college voorgelegd",
]
NOTES = ("Advice: (invented) Trajekt's evaluation of the six school streets of Stad Hamelgem; the seven "
         "recommendations are shaded BOXES labelled 'Aanbeveling 1'-'Aanbeveling 7', each after an unboxed "
         "'Vaststelling.' paragraph under five themed sub-headings 3.1-3.5. Traps: the wegcode 'moet ... worden "
         "afgesloten', the 2023 council decision, a side column with key figures, a results table, the "
         "mobiliteitsplan 2021 quoted ('Maak van elke schoolomgeving een zone 30.'), 'zou ... moeten worden', a "
         "closing 'Wij raden aan de zes schoolstraten definitief te maken'. Response: the Dienst Mobiliteit's "
         "OPVOLGINGSRAPPORT with a status table citing the numbers in the order 6, '2 en 3', 7, 1, 5: '1. Doel van "
         "dit rapport' (nothing); 6 agrees (aanvullend reglement adopted on 9 March); ONE row '2 en 3' = 2 "
         "disagrees (no allowance) + 3 noted (passed to the politiezone, the korpschef decides); 7 agrees "
         "('Uitgevoerd.'); 1 partly (automatic gate in the Kloosterstraat only); 5 disagrees; '3. Andere dossiers "
         "rond schoolomgevingen' and '4. Volgende rapportering' (nothing); 4 (kiss-and-ride zone) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

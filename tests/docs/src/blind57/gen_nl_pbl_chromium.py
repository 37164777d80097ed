"""Round 57 (nl): a LERENDE EVALUATIE of the PLANBUREAU VOOR DE LEEFOMGEVING (PBL) on an (invented) national
programme for climate-proof neighbourhoods (Nationaal Programma Klimaatbestendige Wijken, NPKW), answered by the
chapter 'Opvolging lerende evaluatie' of the programme's yearly VOORTGANGSRAPPORTAGE (a follow-up table with a
status per 'handelingsperspectief', an extract paginated 31-32).

Advice: PBL report layout (brand bar, 'Beleidsstudie', publication number), a shaded 'Hoofdbevindingen' box with
bullets that paraphrase the findings (not recommendations), 1 Inleiding with the programme's own targets ('moet in
2030 ...') and evaluation questions 1-3, 2 Voortgang with a monitor table, 3 Bevindingen en handelingsperspectieven
in three themes, each with findings ('zou ... moeten'), an interviewee's quote and a framed box
'Handelingsperspectieven' holding coded items H1-H7 (bold code, imperative text). Response: extract of the
Voortgangsrapportage 2026, chapter 6: 6.1 Inleiding (answers nothing), 6.2 table 6.1 'Nr. | Onderwerp | Status |
Toelichting' with status labels (Overgenomen / Deels overgenomen / Niet overgenomen / Kennisgenomen), rows in
another order and one row 'H3 en H6' with two statuses and one Toelichting; H5 has no row; 6.3 other advice
(jongerenpanel) and 6.4 Financien answer nothing. Engine: headless Chromium --print-to-pdf (CSS @page margin
boxes, counter(page) starting at 31 in the response); ligature-free DejaVu copies.

Run: /tmp/blind57nl/bin/python tests/docs/src/blind57/gen_nl_pbl_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b57nl as B  # noqa: E402

NAME = "blind57_nl_pbl"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B57NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S57", SANS) + fonts("R57", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 22mm 24mm 22mm 24mm;
  @top-left { content: "PBL | Lerende evaluatie NPKW 2026"; font-family: S57; font-size: 7.4pt; color: #7a7a7a; }
  @bottom-right { content: counter(page); font-family: S57; font-size: 8pt; color: #007c92; } }
@page :first { @top-left { content: none; } }
html { font-family: R57; font-size: 9.6pt; line-height: 1.45; }
.bar { background: #007c92; color: #fff; font-family: S57; font-weight: bold; font-size: 11pt; padding: 3mm 4mm; }
.kind { font-family: S57; font-size: 8.4pt; color: #007c92; margin: 5mm 0 1mm 0; text-transform: uppercase; }
h1 { font-family: S57; font-size: 19pt; line-height: 1.15; margin: 0 0 2mm 0; color: #222; }
.sub { font-family: S57; font-size: 10pt; color: #555; margin-bottom: 6mm; }
h2 { font-family: S57; font-size: 11.5pt; color: #007c92; margin: 5mm 0 2mm 0; break-after: avoid; }
h3 { font-family: S57; font-size: 9.8pt; margin: 3.5mm 0 1.5mm 0; break-after: avoid; }
.hb { background: #e4f2f4; padding: 3mm 5mm; margin: 0 0 4mm 0; font-family: S57; font-size: 8.8pt; }
.hb b.t { display: block; color: #007c92; margin-bottom: 1.5mm; }
.hb ul { margin: 0; padding-left: 5mm; }
.hb li { margin-bottom: 1mm; }
ol.vr { margin: 0 0 2.4mm 0; padding-left: 6mm; }
table.m { font-family: S57; font-size: 8.2pt; width: 100%; margin: 1mm 0 1mm 0; }
table.m th { border-bottom: 1pt solid #007c92; text-align: left; padding: 1mm 1.5mm; color: #007c92; }
table.m td { border-bottom: 0.4pt solid #bbb; padding: 0.8mm 1.5mm; }
table.m td.n { text-align: right; }
.cap { font-family: S57; font-size: 8pt; font-weight: bold; margin-top: 2mm; }
.src { font-family: S57; font-size: 7.2pt; color: #666; margin-bottom: 3mm; }
.q { font-style: italic; color: #444; margin: 0 8mm 2.4mm 8mm; }
.hp { border: 1pt solid #007c92; padding: 2.5mm 4mm 1mm 4mm; margin: 2mm 0 3mm 0; font-family: S57;
      font-size: 8.9pt; break-inside: avoid; }
.hp .t { color: #007c92; font-weight: bold; margin-bottom: 1.5mm; }
.hp .r { display: grid; grid-template-columns: 9mm 1fr; margin-bottom: 1.8mm; }
.hp .r p { margin: 0; }
.hp .r b { color: #007c92; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 22mm 22mm 22mm 22mm;
  @top-right { content: "Voortgangsrapportage NPKW 2026"; font-family: S57; font-size: 7.4pt; color: #154273; }
  @bottom-left { content: counter(page); font-family: S57; font-size: 8pt; } }
html { font-family: S57; font-size: 9.2pt; line-height: 1.5; counter-reset: page 30; }
.chap { font-size: 15pt; color: #154273; font-weight: bold; margin: 0 0 5mm 0; }
h2 { font-size: 10.5pt; color: #154273; margin: 5mm 0 1.6mm 0; break-after: avoid; }
.cap { font-size: 8pt; font-weight: bold; color: #154273; margin: 2mm 0 1mm 0; }
table.t { font-size: 8.1pt; width: 100%; line-height: 1.35; }
table.t th { background: #154273; color: #fff; text-align: left; padding: 1.2mm 1.8mm; }
table.t td { border-bottom: 0.5pt solid #a9bdd6; padding: 1.2mm 1.8mm; vertical-align: top; }
table.t tr { break-inside: avoid; }
.st { font-weight: bold; white-space: nowrap; }
.note { font-size: 7.4pt; color: #555; margin-top: 1mm; }
"""

HP = {
    "H1": "Leg per werkregio vast welke partij eindverantwoordelijk is voor de regionale uitvoeringsagenda, zodat "
          "knelpunten niet tussen gemeenten, provincie en waterschap blijven liggen.",
    "H2": "Vertaal de landelijke ambitie voor 2030 in meetbare tussendoelen per werkregio en rapporteer daar jaarlijks "
          "over in de voortgangsrapportage.",
    "H3": "Maak de impulsregeling meerjarig, zodat gemeenten ook maatregelen kunnen financieren waarvan de uitvoering "
          "langer dan twee jaar duurt.",
    "H4": "Betrek de waterschappen als medefinancier bij maatregelen in de openbare ruimte die ook hun eigen "
          "wateropgave dienen.",
    "H5": "Richt een landelijke kennisbank in met de ervaringen uit uitgevoerde projecten, inclusief de kosten en de "
          "gemeten effecten.",
    "H6": "Verlaag de verantwoordingslast van de impulsregeling door bij bijdragen onder 250.000 euro met een "
          "eenvoudige vaststelling achteraf te volstaan.",
    "H7": "Betrek bewoners en woningcorporaties structureel bij de uitvoering, bijvoorbeeld door hen een vaste plaats "
          "te geven in de regionale stuurgroepen.",
}


def hpbox(codes):
    rows = "".join(f"<div class='r'><b>{c}</b><p>{HP[c]}</p></div>" for c in codes)
    return f"<div class='hp'><div class='t'>Handelingsperspectieven</div>{rows}</div>"


def advice():
    body = f"""
<div class='bar'>PBL Planbureau voor de Leefomgeving</div>
<div class='kind'>Beleidsstudie | publicatienummer 5614 | juni 2026</div>
<h1>Van plannen naar uitvoering</h1>
<div class='sub'>Lerende evaluatie van het Nationaal Programma Klimaatbestendige Wijken &ndash; tweede rapportage</div>
<div class='hb'><b class='t'>Hoofdbevindingen</b><ul>
<li>Vrijwel alle gemeenten hebben hun kwetsbaarheid voor wateroverlast en hitte in beeld; de uitvoering van maatregelen
blijft daarbij achter.</li>
<li>De regionale samenwerking is versterkt, maar niet overal is duidelijk wie de regie heeft.</li>
<li>De korte looptijd van de impulsregeling belemmert grotere projecten; de verantwoording kost gemeenten veel tijd.</li>
<li>Bewoners en woningcorporaties zijn vooral bij de planvorming betrokken, nauwelijks bij de uitvoering.</li>
</ul></div>

<h2>1 Inleiding</h2>
<p>Het Nationaal Programma Klimaatbestendige Wijken (NPKW) is in 2022 gestart. Volgens het programma moet in 2030 iedere
gemeente haar bebouwde gebied zo hebben ingericht dat een bui van 70 millimeter in een uur niet tot schade aan woningen
leidt. Het PBL volgt het programma met een lerende evaluatie: het kijkt niet alleen terug, maar zoekt samen met de
betrokken partijen naar verbeteringen. Deze tweede rapportage beantwoordt drie vragen:</p>
<ol class='vr'><li>Hoe staat het met de uitvoering van maatregelen in de 34 werkregio's?</li>
<li>Welke factoren bevorderen of belemmeren de uitvoering?</li>
<li>Wat kunnen het Rijk en de regio's doen om de uitvoering te versnellen?</li></ol>
<p>De evaluatie steunt op de programmamonitor, een enquête onder 212 gemeenten en gesprekken in zes werkregio's.</p>

<h2>2 Voortgang</h2>
<p>Tabel 1 laat zien dat de meeste gemeenten de eerste stappen van het programma hebben gezet. Het aantal uitgevoerde
projecten is sinds de eerste rapportage verdubbeld, maar ligt nog ver onder wat nodig is om de ambitie voor 2030 te
halen.</p>
<div class='cap'>Tabel 1 Voortgang volgens de programmamonitor (peildatum 1 januari)</div>
<table class='m'><tr><th>Indicator</th><th>2024</th><th>2025</th><th>2026</th></tr>
<tr><td>Gemeenten met een afgeronde stresstest</td><td class='n'>318</td><td class='n'>334</td><td class='n'>339</td></tr>
<tr><td>Werkregio's met een vastgestelde uitvoeringsagenda</td><td class='n'>21</td><td class='n'>29</td><td class='n'>33</td></tr>
<tr><td>Uitgevoerde projecten met impulsbijdrage</td><td class='n'>140</td><td class='n'>265</td><td class='n'>522</td></tr>
<tr><td>Uitgekeerde impulsbijdrage (mln euro)</td><td class='n'>38</td><td class='n'>71</td><td class='n'>126</td></tr></table>
<div class='src'>Bron: programmamonitor NPKW; bewerking PBL</div>

<h2>3 Bevindingen en handelingsperspectieven</h2>
<h3>3.1 Sturing en samenwerking</h3>
<p>In de meeste werkregio's werken gemeenten, provincie en waterschap goed samen. Waar meerdere partijen
verantwoordelijk zijn voor een maatregel, blijven knelpunten echter liggen. Een van de geïnterviewde
projectleiders zei daarover:</p>
<p class='q'>'Iedereen zit aan tafel, maar niemand trekt. We zouden eigenlijk per regio één trekker moeten hebben die
ook op de uitvoering wordt aangesproken.'</p>
<p>De landelijke ambitie is bovendien niet vertaald naar de regio's. Daardoor kan het programma niet zien of de
uitvoering op koers ligt. Het programma zou daarnaast meer gebruik moeten maken van de gegevens die de werkregio's
nu al aanleveren.</p>
{hpbox(["H1", "H2"])}
<h3>3.2 Financiering</h3>
<p>De impulsregeling vergoedt een derde van de kosten van maatregelen en is populair. Omdat een bijdrage binnen twee
jaar moet worden besteed, kiezen gemeenten vooral voor kleine projecten. Gemeenten besteden gemiddeld 60 uur aan de
verantwoording van één bijdrage, ook bij kleine bedragen. Waterschappen dragen in de meeste regio's niet bij aan
maatregelen in de openbare ruimte, ook niet wanneer die hun wateropgave verlichten.</p>
{hpbox(["H3", "H4", "H6"])}
<h3>3.3 Kennis en betrokkenheid</h3>
<p>Gemeenten leren vooral van buurgemeenten; kennis over kosten en effecten van maatregelen wordt nauwelijks
vastgelegd. Bewoners en woningcorporaties worden geraadpleegd over plannen, maar zijn bij de uitvoering zelden
betrokken, terwijl een groot deel van de verharding op particulier terrein ligt.</p>
{hpbox(["H5", "H7"])}
<p>Het PBL brengt in 2028 een derde rapportage uit, waarin het ook nagaat wat met deze handelingsperspectieven is
gedaan.</p>
"""
    B.chromium_pdf(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{ADV_CSS}</style></head>"
                   f"<body>{body}</body></html>", NAME + "_advice.pdf")


def response():
    rows = [
        ("H3 en H6", "Impulsregeling",
         "<span class='st'>H3: Overgenomen</span><br/><span class='st'>H6: Niet overgenomen</span>",
         "Vanaf de tranche 2027 mogen gemeenten een bijdrage over vier jaar besteden in plaats van twee. Een eenvoudige "
         "vaststelling voor kleinere bijdragen is niet mogelijk: de regeling valt onder het Kaderbesluit "
         "BZK-subsidies, en de Auditdienst Rijk heeft bij de laatste controle juist om meer onderbouwing gevraagd. "
         "Wel komt er een standaardformulier voor de eindverantwoording."),
        ("H1", "Regie per werkregio", "<span class='st'>Overgenomen</span>",
         "In het bestuurlijk overleg van 11 maart 2026 is afgesproken dat iedere werkregio uiterlijk 1 januari 2027 "
         "een trekker aanwijst. In 24 werkregio's is dat inmiddels de provincie, in de andere het grootste "
         "waterschap of een centrumgemeente."),
        ("H7", "Bewoners en corporaties", "<span class='st'>Deels overgenomen</span>",
         "Aedes neemt vanaf 2027 deel aan het landelijk bestuurlijk overleg. Een vaste plaats voor bewoners in de "
         "regionale stuurgroepen laten wij aan de werkregio's zelf over; het programma ondersteunt hen met een "
         "handreiking voor bewonersparticipatie."),
        ("H2", "Tussendoelen", "<span class='st'>Deels overgenomen</span>",
         "Er komen tussendoelen voor 2027 en 2028, maar alleen op landelijk niveau. Regionale doelen passen niet bij de "
         "verschillen in opgave tussen de regio's."),
        ("H4", "Rol waterschappen", "<span class='st'>Kennisgenomen</span>",
         "Of waterschappen meebetalen, is een afweging van hun eigen algemeen bestuur. Wij hebben de Unie van "
         "Waterschappen over dit handelingsperspectief geïnformeerd."),
    ]
    trs = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    body = f"""
<div class='chap'>6 Opvolging lerende evaluatie</div>
<h2>6.1 Inleiding</h2>
<p>In juni 2026 verscheen de tweede rapportage van de lerende evaluatie van het PBL, 'Van plannen naar uitvoering'. Wij
zijn het PBL erkentelijk voor de zorgvuldige analyse en voor de gesprekken die het in de werkregio's heeft gevoerd. Het
beeld dat de uitvoering achterblijft bij de planvorming, herkennen wij; het komt overeen met de signalen die wij zelf
uit de regio's ontvangen.</p>
<p>Zoals afgesproken bij de start van het programma, geven wij in deze voortgangsrapportage per handelingsperspectief
aan wat wij ermee doen. Waar een handelingsperspectief vooral andere partijen aangaat, hebben wij hen geraadpleegd.</p>
<h2>6.2 Reactie per handelingsperspectief</h2>
<div class='cap'>Tabel 6.1 Opvolging handelingsperspectieven PBL (stand 1 september 2026)</div>
<table class='t'><tr><th style='width:14mm'>Nr.</th><th style='width:30mm'>Onderwerp</th><th style='width:34mm'>Status</th>
<th>Toelichting</th></tr>{trs}</table>
<p class='note'>Statussen: Overgenomen, Deels overgenomen, Niet overgenomen, Kennisgenomen.</p>
<h2>6.3 Advies van het jongerenpanel</h2>
<p>Naast de lerende evaluatie ontving het programma in april 2026 een advies van het Jongerenpanel Klimaatadaptatie over
groene schoolpleinen. Het programma reserveert daarvoor in 2027 twee miljoen euro uit de impulsregeling, en scholen
kunnen vanaf januari rechtstreeks een aanvraag indienen.</p>
<h2>6.4 Financiën</h2>
<p>Voor de impulsregeling is tot en met 2030 in totaal 600 miljoen euro beschikbaar. Daarvan was op 1 september 2026 een
bedrag van 161 miljoen euro uitgekeerd en 212 miljoen euro toegezegd. De verlenging van de bestedingstermijn heeft
geen gevolgen voor het totale budget.</p>
"""
    B.chromium_pdf(f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>{RES_CSS}</style></head>"
                   f"<body>{body}</body></html>", NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("H1", "Leg per werkregio vast welke partij eindverantwoordelijk is voor de",
         "iedere werkregio uiterlijk 1 januari 2027 een trekker aanwijst", "agrees"),
        ("H2", "Vertaal de landelijke ambitie voor 2030 in meetbare tussendoelen per",
         "Regionale doelen passen niet bij de verschillen in opgave", "partly"),
        ("H3", "Maak de impulsregeling meerjarig, zodat gemeenten ook maatregelen kunnen financieren",
         "een bijdrage over vier jaar besteden in plaats van twee", "agrees"),
        ("H4", "Betrek de waterschappen als medefinancier bij maatregelen in de openbare",
         "is een afweging van hun eigen algemeen bestuur", "noted"),
        ("H5", "Richt een landelijke kennisbank in met de ervaringen uit uitgevoerde",
         None, "unanswered"),
        ("H6", "Verlaag de verantwoordingslast van de impulsregeling door bij bijdragen onder",
         "Een eenvoudige vaststelling voor kleinere bijdragen is niet mogelijk", "disagrees"),
        ("H7", "Betrek bewoners en woningcorporaties structureel bij de uitvoering, bijvoorbeeld door",
         "laten wij aan de werkregio's zelf over", "partly"),
    ], ["Wij zijn het PBL erkentelijk voor de zorgvuldige analyse",
        "advies van het Jongerenpanel Klimaatadaptatie over groene schoolpleinen",
        "Voor de impulsregeling is tot en met 2030 in totaal"],
        "PBL lerende evaluatie (publication number, programme NPKW, figures and quotes invented) 'Van plannen naar "
        "uitvoering'. The seven recommendations are the coded 'handelingsperspectieven' H1-H7: bold code and an "
        "imperative sentence in framed boxes 'Handelingsperspectieven' at the end of sections 3.1 (H1, H2), 3.2 (H3, "
        "H4, H6 - not in numeric order) and 3.3 (H5, H7). Not recommendations: the shaded 'Hoofdbevindingen' bullets "
        "(findings that paraphrase the themes), the programme target ('moet in 2030 iedere gemeente ...'), the "
        "evaluation questions 1.-3., table 1 (monitor), the interviewee's quote ('We zouden eigenlijk per regio één "
        "trekker moeten hebben'), the finding 'Het programma zou daarnaast meer gebruik moeten maken van ...', the "
        "regulation's duty ('moet binnen twee jaar worden besteed') and the announcement of a third report. "
        "Response: extract (pp. 31-32) of the Voortgangsrapportage NPKW 2026, chapter 6: table 6.1 'Nr. | Onderwerp "
        "| Status | Toelichting' with explicit status labels, rows in the order H3+H6, H1, H7, H2, H4; the row 'H3 en "
        "H6' has TWO statuses ('H3: Overgenomen', 'H6: Niet overgenomen') and one Toelichting (agrees: four years "
        "instead of two; disagrees: no simple vaststelling, only a standard form); H1 Overgenomen (a trekker per "
        "region by 2027); H7 Deels overgenomen (Aedes joins the national overleg, residents in regional "
        "stuurgroepen left to the regions); H2 Deels overgenomen (national, not regional interim targets); H4 "
        "Kennisgenomen (for the water boards' own boards; Unie van Waterschappen informed). H5 (knowledge base) "
        "has no row: UNANSWERED. 6.1 Inleiding, the status legend, 6.3 (the youth panel's advice on school "
        "playgrounds) and 6.4 Financiën answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

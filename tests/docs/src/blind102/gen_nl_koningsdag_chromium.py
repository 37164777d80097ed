"""Round 102 (nl): the EVALUATIE KONINGSDAG of a municipal EVENEMENTENOVERLEG (gemeente, politie, brandweer, GHOR)
sent to the village's Oranjevereniging, answered by the vereniging's ACTIELIJST table citing the codes.

Advice (Chromium, sans, two-column findings with a 'Cijfers' sidebar, @page running head from p. 2, 'blad n/m'):
findings coded B1-B5, the 2025 evaluation's point quoted with 'moet', Alcoholwet art. 35 and APV art. 2:10; the
recommendations are BOXED CODED cards K-01..K-07. Response: actielijst table 'Code | Onderwerp | Reactie | Gereed',
order K-05, K-02+K-03, K-07, K-01, K-04; K-06 unanswered. All invented.

Run: /tmp/blind102nl/bin/python tests/docs/src/blind102/gen_nl_koningsdag_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b102nl as B  # noqa: E402

NAME = "blind102_nl_koningsdag"
F = B.tmp_fonts()

CSS = """<style>
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @bottom-center { content: "blad " counter(page) "/" counter(pages); font: 7.5pt K; color: #555; }
  @top-left { content: "%s"; font: 7.5pt K; color: #555; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.5pt; line-height: 1.42; color: #111; }
.head { border-bottom: 3pt solid #e8730c; padding-bottom: 6pt; margin-bottom: 10pt; }
.head b { font-size: 14pt; color: #e8730c; display: block; } .head span { font-size: 8pt; color: #444; }
h1 { font-size: 15pt; margin: 6pt 0 4pt; } h2 { font-size: 11pt; color: #b5520a; margin: 12pt 0 4pt; }
.meta { font-size: 8.3pt; color: #333; }
.wrap { display: flex; gap: 12pt; } .cols { column-count: 2; column-gap: 14pt; flex: 3; }
.cols p { margin: 0 0 6pt; }
.side { flex: 1.05; background: #fdf0e3; border-top: 3pt solid #e8730c; padding: 6pt 8pt; font-size: 8.3pt; }
.card { border: 1pt solid #e8730c; border-left: 6pt solid #e8730c; padding: 5pt 8pt; margin: 0 0 6pt;
  break-inside: avoid; }
.card .c { font-weight: bold; color: #b5520a; font-size: 8.4pt; display: block; }
.card .t { font-weight: bold; }
.quote { font-style: italic; margin: 4pt 16pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; }
th { background: #e8730c; color: white; text-align: left; padding: 4pt; }
td { border-bottom: 0.6pt solid #bbb; padding: 4pt; vertical-align: top; }
.box { background: #f3f3f3; padding: 6pt 9pt; margin: 10pt 0; }
</style>"""

RECS = [
    ("K-01", "Laat de vrijmarkt op de Kerkbrink pas om 06.00 uur beginnen en verbied het afplakken van plekken de "
             "avond ervoor.", "In 2026 werd al vanaf 19.00 uur op 26 april afgeplakt, wat tot ruzies leidde."),
    ("K-02", "Zet bij elke afsluiting langs de route van de optocht een gecertificeerde verkeersregelaar in.",
             "Dit is ook een voorwaarde in de vergunning."),
    ("K-03", "Verplaats de kinderspelen van het schoolplein naar sportpark De Weide, zodat de Schoolstraat vrij "
             "blijft voor hulpdiensten.", "De Schoolstraat is de enige aanrijroute naar de Kerkbrink."),
    ("K-04", "Schenk in de feesttent geen sterke drank en sluit de bar uiterlijk om 23.00 uur.",
             "Zie B4: de meeste incidenten vonden plaats na 23.00 uur."),
    ("K-05", "Stel een afvalplan op met statiegeldbekers en een vaste schoonmaakploeg voor de avond van 27 april.",
             "De gemeente kan bekers en afvalbakken in bruikleen geven."),
    ("K-06", "Wijs een centraal aanspreekpunt aan dat de hele dag voor politie en brandweer bereikbaar is.",
             "Een mobiel nummer in het veiligheidsplan volstaat."),
    ("K-07", "Onderzoek of een geluidsbegrenzer op de installatie van het podium op de Kerkbrink nodig is.",
             "Er kwamen elf klachten over geluid binnen."),
]

cards = "\n".join('<div class="card"><span class="c">%s</span><span class="t">%s</span> %s</div>' % r for r in RECS)
adv = CSS % (F["Regular"], F["Bold"], F["Italic"], "Evenementenoverleg Zeewolderbroek - evaluatie Koningsdag 2026 "
                                                   "- EVO/2026/17") + """
<div class="head"><b>Gemeente Zeewolderbroek</b><span>Evenementenoverleg: gemeente, Politie basisteam Polder-West,
Brandweer post Zeewolderbroek, GHOR  |  Raadhuisplein 5, 8256 AA Zeewolderbroek</span></div>
<p class="meta">Aan: het bestuur van Oranjevereniging Juliana Zeewolderbroek, t.a.v. mevrouw E. Dekker-Post<br>
Datum: 16 juni 2026 &middot; Kenmerk: EVO/2026/17 &middot; Contactpersoon: R. Haverkamp, evenementencoördinator</p>
<h1>Evaluatie Koningsdag 2026</h1>
<p>Op 7 mei 2026 evalueerde het evenementenoverleg de viering van Koningsdag in Zeewolderbroek. Wij danken de
Oranjevereniging voor de goede samenwerking; het programma trok naar schatting 6.500 bezoekers, ruim duizend meer
dan in 2025. Hieronder vindt u onze bevindingen en de punten die wij voor 2027 van belang vinden.</p>
<h2>Bevindingen</h2>
<div class="wrap"><div class="cols">
<p><b>B1</b> De vrijmarkt op de Kerkbrink was al om 05.00 uur vol. Plekken werden de avond ervoor met tape
afgeplakt; twee keer moest de politie een ruzie over een plek sussen.</p>
<p><b>B2</b> Tijdens de optocht stonden bij drie van de zeven afsluitingen vrijwilligers zonder instructie of
hesje. Volgens de vergunning moet elke afsluiting worden bemand door een verkeersregelaar.</p>
<p><b>B3</b> De kinderspelen op het schoolplein trokken veel ouders met fietsen en bakfietsen. Daardoor was de
Schoolstraat rond 11.00 uur twintig minuten onbegaanbaar, ook voor een ambulance die naar de Kerkbrink moest.</p>
<p><b>B4</b> De GHOR registreerde 31 hulpvragen, waarvan 14 alcoholgerelateerd, vooral na 23.00 uur. De tent had
een ontheffing op grond van artikel 35 van de Alcoholwet; daarin staat dat de bar om 01.00 uur moet sluiten.</p>
<p><b>B5</b> Na afloop lag er veel zwerfafval in het Wilhelminapark; de schoonmaak begon pas de ochtend van 28 april.
Bij de gemeente kwamen elf klachten over geluid binnen.</p>
</div><div class="side"><b>Cijfers 2026</b><br>bezoekers: ca. 6.500<br>hulpvragen GHOR: 31<br>
politie-inzet: 14 uur<br>meldingen geluid: 11<br>afval: 4,2 ton<br><br><b>Uit de evaluatie 2025</b><br>
<span style="font-style:italic">'Het veiligheidsplan moet vóór 1 maart bij de gemeente liggen.'</span>
Dit punt is in 2026 goed opgevolgd.</div></div>
<p>Op grond van artikel 2:10 APV kan de burgemeester aan de vergunning voor 2027 nadere voorschriften verbinden. Het
evenementenoverleg geeft de vereniging daarom de volgende aanbevelingen mee. Wij vragen u vóór 1 oktober 2026 te
laten weten hoe u hiermee omgaat.</p>
<h2>Aanbevelingen voor Koningsdag 2027</h2>
""" + cards + """
<p>Met vriendelijke groet,<br>namens het evenementenoverleg,<br><br>R. Haverkamp<br>evenementencoördinator gemeente
Zeewolderbroek</p>"""
B.chromium_pdf(adv, NAME + "_advice.pdf")

ROWS = [
    ("K-05", "Afval", "Wij gaan over op statiegeldbekers; de bekers en extra afvalbakken zijn al besteld via de "
     "gemeente. Voetbalclub SV De Weide levert een vaste ploeg van twaalf man die op 27 april om 20.00 uur begint.",
     "besteld"),
    ("K-02 / K-03", "Optocht en hulpdiensten", "Voor de optocht huren wij zeven gecertificeerde verkeersregelaars in "
     "bij Regelzeker BV; de offerte is getekend. De kinderspelen blijven op het schoolplein: op het sportpark zijn "
     "geen toiletten en geen schaduw. Wel zetten wij daar een fietsenstalling neer en houden wij een rijstrook vrij.",
     "maart 2027"),
    ("K-07", "Geluid", "Wij hebben hier nog geen standpunt over. Het bestuur gaat in overleg met de geluidstechnicus "
     "en komt er in het voorjaar op terug.", "-"),
    ("K-01", "Vrijmarkt", "Akkoord. De vrijmarkt begint in 2027 om 06.00 uur; afplakken is niet meer toegestaan en "
     "wordt op de flyer en in de Zeewolder Courant aangekondigd.", "april 2027"),
    ("K-04", "Feesttent", "Er wordt in 2027 geen sterke drank meer geschonken in de tent. De bar sluiten om 23.00 uur "
     "vinden wij te vroeg voor een feest dat tot middernacht duurt; wij stellen 00.30 uur voor.", "vergunning"),
]
rows = "\n".join("<tr><td><b>%s</b></td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in ROWS)
res = CSS % (F["Regular"], F["Bold"], F["Italic"], "Oranjevereniging Juliana - actielijst Koningsdag 2027") + """
<div class="head"><b>Oranjevereniging Juliana Zeewolderbroek</b><span>Sinds 1923  |  Secretariaat: Lindelaan 8,
8256 BC Zeewolderbroek  |  info@oranjejuliana.nl</span></div>
<p class="meta">Aan: het evenementenoverleg van de gemeente Zeewolderbroek, t.a.v. de heer R. Haverkamp<br>
Datum: 24 september 2026 &middot; Uw kenmerk: EVO/2026/17</p>
<h1>Actielijst Koningsdag 2027</h1>
<p>Het bestuur heeft de evaluatie van 16 juni besproken in zijn vergadering van 9 september. Wij zijn blij dat
Koningsdag 2026 zo goed bezocht werd en danken politie, brandweer en GHOR voor hun prettige aanwezigheid.
Hieronder ziet u per punt wat wij gaan doen.</p>
<table><tr><th style="width:13%%">Code</th><th style="width:17%%">Onderwerp</th><th>Reactie bestuur</th>
<th style="width:12%%">Gereed</th></tr>""".replace("%%", "%") + rows + """</table>
<div class="box"><b>Thema 2027</b><br>Het thema van Koningsdag 2027 wordt 'Zeewolderbroek viert 100 jaar
dorpsmuziek'. De harmonie Crescendo opent de dag om 09.00 uur met een aubade bij het dorpshuis; scholen worden
uitgenodigd een eigen praalwagen te bouwen.</div>
<p>Wij gaan ervan uit dat wij met deze lijst aan uw verzoek hebben voldaan en zien de voorbereidende vergadering in
januari met vertrouwen tegemoet.</p>
<p>Met oranje groet,<br><br>E. Dekker-Post, voorzitter<br>J. Wolters, secretaris</p>"""
B.chromium_pdf(res, NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Laat de vrijmarkt op de Kerkbrink pas om 06.00 uur",
     "De vrijmarkt begint in 2027 om 06.00 uur", "agrees"),
    (2, "Zet bij elke afsluiting langs de route van de optocht",
     "zeven gecertificeerde verkeersregelaars in bij Regelzeker BV", "agrees"),
    (3, "Verplaats de kinderspelen van het schoolplein naar sportpark De Weide",
     "De kinderspelen blijven op het schoolplein", "disagrees", ["partly"]),
    (4, "Schenk in de feesttent geen sterke drank en sluit de",
     "geen sterke drank meer geschonken in de tent", "partly"),
    (5, "Stel een afvalplan op met statiegeldbekers en een vaste schoonmaakploeg",
     "Wij gaan over op statiegeldbekers", "agrees"),
    (6, "Wijs een centraal aanspreekpunt aan dat de hele dag voor", None, "unanswered"),
    (7, "Onderzoek of een geluidsbegrenzer op de installatie van het podium",
     "Wij hebben hier nog geen standpunt over", "noted"),
], ["danken politie, brandweer en GHOR voor hun prettige aanwezigheid",
    "wordt 'Zeewolderbroek viert 100 jaar dorpsmuziek'",
    "zien de voorbereidende vergadering in januari met vertrouwen tegemoet"],
    "Advice: EVALUATIE KONINGSDAG of a municipal evenementenoverleg (gemeente, politie, brandweer, GHOR) to the "
    "Oranjevereniging, 2 p., Chromium (sans, orange rule letterhead, two-column findings beside a 'Cijfers' sidebar, "
    "@page running head from p. 2, 'blad n/m'); traps: findings coded B1-B5 with 'moet' (vergunning, Alcoholwet "
    "art. 35 ontheffing), the 2025 evaluation quoted with 'moet' in the sidebar, APV art. 2:10, a reply deadline; "
    "recommendations are BOXED CODED cards K-01..K-07, each a bold imperative plus a plain explanatory sentence. "
    "Response: the vereniging's ACTIELIJST table 'Code | Onderwerp | Reactie bestuur | Gereed' citing codes, order "
    "K-05, K-02/K-03, K-07, K-01, K-04; row 'K-02 / K-03' = K-02 agrees (seven certified verkeersregelaars hired) + "
    "K-03 disagrees (kinderspelen stay, a bike park instead); K-05 agrees (bekers ordered); K-01 agrees ('Akkoord'); "
    "K-04 partly (no strong drink, bar till 00.30 not 23.00); K-07 noted (no position yet, will come back); K-06 "
    "(central contact person) unanswered; the intro paragraph, the 'Thema 2027' box and the closing answer nothing")

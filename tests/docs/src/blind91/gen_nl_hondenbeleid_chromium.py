"""Round 91 (nl): the ADVIES of a Dutch municipality's BURGERPANEL on the evaluation of its HONDENBELEID (dog
policy: losloopgebieden, opruimplicht, hondenbelasting), answered by the college's ACTIEPLAN as a TABLE (advies |
reactie college | actie | planning) citing the letters.

Advice: Burgerpanel Hondenbeleid Oosterveld (2 p., Chromium headless, sans, two-column page with a grey SIDEBAR of
facts, running head and 'pagina n van m' via @page): recommendations as LETTERED BOXES 'Advies a' to 'Advies g';
traps: APV article 2:57 quoted with 'moet', the 2019 hondennota quoted, a box of 'Wat wij hoorden' findings in the
same box look, figures. Response: 'Actieplan hondenbeleid 2026-2027' table, order e, a, 'c en g', b, f; d
unanswered. Everything is invented; the APV is cited loosely.

Run: /tmp/blind91nl/bin/python tests/docs/src/blind91/gen_nl_hondenbeleid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b91nl as B  # noqa: E402

NAME = "blind91_nl_hondenbeleid"
F = B.tmp_fonts()

CSS = """
@font-face { font-family: S; src: url(file://%(R)s); }
@font-face { font-family: S; font-weight: bold; src: url(file://%(B)s); }
@font-face { font-family: S; font-style: italic; src: url(file://%(I)s); }
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%(HEAD)s"; font-family: S; font-size: 7.5pt; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: S; font-size: 7.5pt;
                  color: #666; } }
body { font-family: S; font-size: 9.5pt; line-height: 1.42; font-variant-ligatures: none; }
h1 { font-size: 17pt; color: #6a3d9a; margin: 0 0 4pt 0; }
h2 { font-size: 11.5pt; color: #6a3d9a; margin: 12pt 0 4pt 0; }
.lh { border-bottom: 3px solid #6a3d9a; padding-bottom: 4pt; margin-bottom: 10pt; font-size: 8.5pt; }
.wrap { display: flex; gap: 12pt; }
.main { flex: 1; }
.side { width: 46mm; background: #eeeeee; padding: 8pt; font-size: 8pt; line-height: 1.35; }
.side h3 { font-size: 9pt; margin: 0 0 4pt 0; }
.box { border: 1.2pt solid #6a3d9a; padding: 6pt 8pt; margin: 6pt 0; break-inside: avoid; }
.box .l { font-weight: bold; color: #6a3d9a; display: block; }
.find { border: 1.2pt dashed #999; padding: 6pt 8pt; margin: 6pt 0; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; }
th { background: #6a3d9a; color: white; text-align: left; padding: 4pt; }
td { border: 0.6pt solid #999; padding: 4pt; vertical-align: top; }
q, .q { font-style: italic; }
"""


def css(head):
    return CSS % {"R": F["Regular"], "B": F["Bold"], "I": F["Italic"], "HEAD": head}


ADV = [
    ("a", "Wijs in elke wijk ten minste \u00e9\u00e9n omheind losloopgebied aan van minimaal 2.000 m2, bereikbaar "
          "binnen tien minuten lopen."),
    ("b", "Plaats op alle hondenuitlaatroutes elke 150 meter een afvalbak met gratis poepzakjes."),
    ("c", "Zet de opbrengst van de hondenbelasting zichtbaar in voor voorzieningen voor honden en publiceer dat "
          "jaarlijks."),
    ("d", "Voer een proef uit met een 'hondenstrand' aan de oostoever van de Veldplas in de maanden buiten het "
          "badseizoen."),
    ("e", "Vervang de verouderde borden bij de losloopgebieden door duidelijke borden met de regels en een "
          "plattegrond."),
    ("f", "Laat de boa's vaker in de avonduren controleren op de opruimplicht in de centrumwijken."),
    ("g", "Schaf de hondenbelasting af voor eigenaren van een hulphond of een geleidehond."),
]


def advice():
    boxes = "\n".join(f'<div class="box"><span class="l">Advies {k}</span>{t}</div>' for k, t in ADV)
    html = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{css(
        "Burgerpanel Hondenbeleid Oosterveld - advies aan het college, maart 2026")}</style></head><body>
<div class="lh"><b>Burgerpanel Hondenbeleid Oosterveld</b> &middot; ingesteld door het college van burgemeester en
wethouders van de gemeente Oosterveld &middot; secretariaat: Stadhuisplein 1, 8251 JA Oosterveld</div>
<h1>Advies over het hondenbeleid</h1>
<p><b>Uitgebracht aan het college van B&amp;W, 16 maart 2026</b></p>
<div class="wrap"><div class="main">
<h2>1. Waarom dit advies</h2>
<p>In september 2025 heeft het college een burgerpanel van veertien inwoners, onder wie negen hondenbezitters,
gevraagd het hondenbeleid te evalueren. De hondennota uit 2019 beloofde: <span class="q">'Iedere inwoner moet binnen
een korte wandeling een plek hebben waar de hond vrij kan lopen.'</span> Het panel heeft bekeken of dat is gelukt en
wat beter kan. Wij kwamen vijf keer bijeen, liepen twee avonden mee met handhavers en hielden een enquête onder 1.312
inwoners.</p>
<h2>2. Wat wij hoorden</h2>
<div class="find"><b>Bevinding:</b> in drie van de zeven wijken is er geen losloopgebied; inwoners moeten daar met de
auto naar het Hessenbos.</div>
<div class="find"><b>Bevinding:</b> 71 procent van de ondervraagden ergert zich aan hondenpoep; de klachten komen vooral
uit de centrumwijken en rond de basisscholen.</div>
<div class="find"><b>Bevinding:</b> de hondenbelasting (\u20ac 118 per hond) levert \u20ac 612.000 per jaar op, maar
niemand weet waaraan het geld wordt besteed.</div>
<p>Volgens artikel 2:57 van de Algemene plaatselijke verordening moet de eigenaar de uitwerpselen van zijn hond
direct opruimen en moet hij een opruimmiddel bij zich hebben. Het panel vindt die regel goed, maar merkt dat hij
weinig wordt nageleefd. Een boete bedraagt nu \u20ac 140 plus administratiekosten.</p>
<h2>3. Ons advies</h2>
<p>Het panel adviseert het college het volgende. De volgorde zegt niets over het belang.</p>
{boxes}
<h2>4. Tot slot</h2>
<p>Het panel vraagt het college om voor de zomer te laten weten welke adviezen het overneemt, en om het panel na een
jaar opnieuw bijeen te roepen. Wij danken de medewerkers van het team Openbare Ruimte voor hun hulp.</p>
<p>Namens het burgerpanel,<br>Annelies Wubbels en Hamid el Khatib, gespreksleiders</p>
</div>
<div class="side"><h3>Het panel in cijfers</h3>
<p>14 leden, geloot uit 600 aanmeldingen</p><p>5 bijeenkomsten, september 2025 - februari 2026</p>
<p>1.312 ingevulde enqu\u00eates</p><p>6.940 geregistreerde honden in Oosterveld</p>
<p>4 losloopgebieden, samen 3,1 hectare</p><p>182 afvalbakken met poepzakjes</p>
<h3>Regels nu</h3><p>Aanlijnplicht binnen de bebouwde kom, behalve in losloopgebieden (APV art. 2:58).</p>
<p>Opruimplicht overal, behalve in losloopgebieden.</p></div>
</div></body></html>"""
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    rows = [
        ("Advies e", "Wij nemen dit advies over. Nieuwe borden met regels en plattegrond zijn al besteld.",
         "Alle borden bij de vier losloopgebieden vervangen", "mei 2026"),
        ("Advies a", "Wij onderschrijven het advies. In de drie wijken zonder losloopgebied zoeken wij samen met "
                     "bewoners een geschikte plek van ten minste 2.000 m2.",
         "Locatieonderzoek en bewonersavonden; inrichting in de begroting 2027", "locaties eind 2026, aanleg 2027"),
        ("Advies c en g", "Vanaf 2027 maken wij in de begroting een aparte paragraaf zichtbaar met de inzet van "
                          "de hondenbelasting voor hondenvoorzieningen. Een vrijstelling voor hulphonden en "
                          "geleidehonden voeren wij niet in: de Gemeentewet laat een vrijstelling per groep "
                          "eigenaren volgens ons niet zonder meer toe en de uitvoering is bewerkelijk.",
         "Paragraaf hondenbelasting in de begroting", "begroting 2027"),
        ("Advies b", "Wij plaatsen extra afvalbakken, maar niet elke 150 meter: op de drukste routes komt er een "
                     "bak per 300 meter bij. Gratis poepzakjes blijven alleen beschikbaar in de servicepunten.",
         "40 extra afvalbakken op acht uitlaatroutes", "2e helft 2026"),
        ("Advies f", "Wij hebben kennisgenomen van dit advies. De inzet van de boa's wordt jaarlijks in het "
                     "handhavingsuitvoeringsprogramma bepaald; wij bespreken het advies bij het opstellen van "
                     "het programma voor 2027.",
         "Afweging in het handhavingsuitvoeringsprogramma", "najaar 2026"),
    ]
    trs = "\n".join(f"<tr><td><b>{a}</b></td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in rows)
    html = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>{css(
        "Gemeente Oosterveld - Actieplan hondenbeleid 2026-2027")}</style></head><body>
<div class="lh"><b>Gemeente Oosterveld</b> &middot; college van burgemeester en wethouders &middot; team Openbare
Ruimte &middot; zaaknummer Z-2026-004417</div>
<h1>Actieplan hondenbeleid 2026-2027</h1>
<p><b>Reactie van het college op het advies van het Burgerpanel Hondenbeleid, vastgesteld op 14 april 2026</b></p>
<h2>1. Inleiding</h2>
<p>Het college is de leden van het burgerpanel erkentelijk voor hun inzet en voor het heldere en goed onderbouwde
advies. Het is de eerste keer dat wij een gelote groep inwoners om advies vroegen; die werkwijze willen wij ook bij
andere onderwerpen gebruiken. In dit actieplan leest u wat wij met de adviezen doen.</p>
<h2>2. Reactie en acties</h2>
<table><tr><th style="width:14%">Advies</th><th style="width:46%">Reactie college</th><th style="width:24%">Actie</th>
<th style="width:16%">Planning</th></tr>
{trs}
</table>
<h2>3. Overige ontwikkelingen</h2>
<p>Los van het advies van het panel onderzoekt het college of de hondenregistratie kan worden gekoppeld aan de
chipgegevens van de Rijksdienst voor Ondernemend Nederland. Dat zou de controle op de aangifte voor de
hondenbelasting vereenvoudigen. De uitkomst verwachten wij begin 2027.</p>
<h2>4. Vervolg</h2>
<p>Wij sturen dit actieplan ter informatie aan de gemeenteraad en nodigen het burgerpanel in het voorjaar van 2027 uit
voor een terugblik op wat er van de acties terecht is gekomen.</p>
<p>Burgemeester en wethouders van Oosterveld,<br>de secretaris, mr. P.J. Hoekstra &middot; de burgemeester,
drs. W. Siersema</p>
</body></html>"""
    B.chromium_pdf(html, NAME + "_response.pdf")


advice()
response()
B.write_expected(NAME, [
    (1, "Wijs in elke wijk ten minste één omheind losloopgebied aan", "In de drie wijken zonder losloopgebied "
     "zoeken wij", "agrees"),
    (2, "Plaats op alle hondenuitlaatroutes elke 150 meter een afvalbak", "op de drukste routes komt er een bak "
     "per 300 meter", "partly"),
    (3, "Zet de opbrengst van de hondenbelasting zichtbaar in voor voorzieningen", "maken wij in de begroting een "
     "aparte paragraaf zichtbaar", "agrees"),
    (4, "Voer een proef uit met een 'hondenstrand' aan de oostoever", None, "unanswered"),
    (5, "Vervang de verouderde borden bij de losloopgebieden door duidelijke borden", "Nieuwe borden met regels en "
     "plattegrond zijn al besteld", "agrees"),
    (6, "Laat de boa's vaker in de avonduren controleren op de", "Wij hebben kennisgenomen van dit advies",
     "noted"),
    (7, "Schaf de hondenbelasting af voor eigenaren van een hulphond", "Een vrijstelling voor hulphonden en "
     "geleidehonden voeren wij niet in", "disagrees"),
], ["is de leden van het burgerpanel erkentelijk voor hun inzet",
    "onderzoekt het college of de hondenregistratie kan worden gekoppeld",
    "nodigen het burgerpanel in het voorjaar van 2027 uit"],
    "Advice: citizens' panel advice on dog policy, two columns with a grey facts sidebar; recommendations as "
    "purple LETTERED BOXES 'Advies a'-'g' (numbered 1-7 here by letter order); traps: dashed 'Bevinding' boxes, APV "
    "art. 2:57 with 'moet', the 2019 nota quoted with 'moet', figures. Response: college's action plan TABLE Advies | "
    "Reactie college | Actie | Planning citing the letters, order e, a, 'c en g', b, f; row 'Advies c en g' = c "
    "agrees + g disagrees; b partly (every 300 m); f noted (kennisgenomen, weighed in the enforcement programme); d "
    "unanswered; Inleiding, 'Overige ontwikkelingen' and 'Vervolg' answer nothing.")

"""Round 110 (nl): the ADVIES of a Flemish city's ADVIESRAAD TOEGANKELIJKHEID on the building plans of a new
administratief centrum, answered by the college van burgemeester en schepenen's ANTWOORDNOTA that takes the points
one by one as 'Adviespunt II - ...' with 'Standpunt van het college'.

Advice (Chromium headless, sans, two-column findings under a full-width title, stamped head from p. 2, 'p. n/m'):
findings with traps (the gewestelijke stedenbouwkundige verordening toegankelijkheid 'moet', art. 22, the raad's 2021
advice quoted with 'moet', VN-verdrag art. 9, widths, dates), recommendations ROMAN NUMERALS I-VII in a shaded
full-width block (expected 1-7 = I-VII). Response order II, III+V, I, VI, IV; VII unanswered. All invented.

Run: /tmp/blind110nl/bin/python tests/docs/src/blind110/gen_nl_toegankelijkheid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b110nl as B  # noqa: E402

NAME = "blind110_nl_toegankelijkheid"
F = B.tmp_fonts()
FAM = "B110NL Sans"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 20mm 18mm 18mm 18mm; }}
body {{ font-family: '{FAM}'; font-size: 9.8pt; line-height: 1.42; color: #111; }}
.top {{ border-top: 6px solid #c0782a; padding-top: 6px; }}
.top .org {{ font-size: 8.5pt; color: #555; }}
h1 {{ font-size: 17pt; margin: 4px 0 2px; color: #7a4a14; }}
h2 {{ color: #7a4a14; font-size: 11pt; margin: 10px 0 4px; break-after: avoid; }}
.cols {{ column-count: 2; column-gap: 8mm; }}
.cols p {{ margin: 0 0 6px; text-align: left; }}
.recs {{ background: #f6ecdf; padding: 8px 12px; margin-top: 10px; }}
.rec {{ display: flex; margin: 5px 0; break-inside: avoid; }}
.rec .nr {{ width: 12mm; font-weight: bold; color: #7a4a14; }}
.rec .tx {{ flex: 1; }}
.pt {{ border-left: 3px solid #c0782a; padding-left: 9px; margin: 10px 0; break-inside: avoid; }}
.pt h3 {{ font-size: 10pt; margin: 0 0 3px; }}
.lbl {{ font-weight: bold; }}
</style>"""

RECS = [
    ("I", "Voorzie aan de hoofdingang automatische schuifdeuren in plaats van de geplande draaideur."),
    ("II", "Plaats aan het onthaal een verlaagd baliegedeelte en een vaste ringleiding voor slechthorenden."),
    ("III", "Leg vanaf de bushalte en vanaf de parking geleidelijnen aan tot aan het onthaal voor blinde en "
            "slechtziende bezoekers."),
    ("IV", "Voorzie op elke verdieping een toegankelijk toilet en niet alleen op het gelijkvloers."),
    ("V", "Reserveer ten minste zes parkeerplaatsen voor personen met een handicap op minder dan 30 meter van de "
          "ingang."),
    ("VI", "Laat het ontwerp en het gebouw vóór de oplevering toetsen door een onafhankelijk "
           "toegankelijkheidsbureau."),
    ("VII", "Betrek de adviesraad bij de keuze van de bewegwijzering en de signalisatie binnen het gebouw."),
]

recs = "".join(f'<div class="rec"><div class="nr">{n}.</div><div class="tx">{t}</div></div>' for n, t in RECS)
ADVICE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<div class="top"><div class="org">Stad Meerhoutem - Adviesraad Toegankelijkheid</div>
<h1>Advies over het bouwontwerp van het Administratief Centrum Brughuis</h1>
<div class="org">Aan het college van burgemeester en schepenen | ons kenmerk ATR/2026/011 | goedgekeurd op de
algemene vergadering van 15 september 2026</div></div>
<h2>1. Adviesvraag en werkwijze</h2>
<div class="cols">
<p>Op 30 juni 2026 vroeg de dienst Patrimonium de Adviesraad Toegankelijkheid om advies over het voorontwerp van het
nieuwe Administratief Centrum Brughuis aan de Leiekaai. In het nieuwe gebouw komen de burgerzaken, het sociaal huis,
de dienst omgeving en de raadzaal samen. De opening is gepland in het najaar van 2028.</p>
<p>Een werkgroep van zes leden, onder wie twee rolstoelgebruikers, een blinde en een slechthorende bewoner, heeft de
plannen bestudeerd en op 27 augustus het huidige stadhuis en de werf bezocht. De architect, bureau Vandenbussche &amp;
Roets, heeft de vragen van de werkgroep op 3 september toegelicht.</p>
</div>
<h2>2. Vaststellingen</h2>
<div class="cols">
<p>Het voorontwerp is op veel punten goed: er zijn twee ruime liften, de raadzaal heeft een verhoogd podium met een
hellend vlak en het sociaal huis ligt op het gelijkvloers. De adviesraad waardeert dat het ontwerpteam de raad al in
deze fase heeft betrokken.</p>
<p>Het ontwerp moet voldoen aan de gewestelijke stedenbouwkundige verordening toegankelijkheid. Artikel 22 bepaalt
dat een looppad minstens 1,50 meter breed moet zijn; de gang naar de spreekkamers haalt op één plaats maar 1,35
meter. Dat is een wettelijke verplichting die los van dit advies moet worden rechtgezet.</p>
<p>De draaideur aan de hoofdingang is voor rolstoelgebruikers en mensen met een rollator een drempel. De onthaalbalie
is over de volle lengte 1,10 meter hoog. Tussen de bushalte aan de Leiekaai en de ingang ligt een open plein zonder
herkenbare looplijn. Het ontwerp telt drie voorbehouden parkeerplaatsen, waarvan één op 70 meter van de deur.</p>
<p>In ons advies over de bibliotheek van 2021 schreven wij: 'Een openbaar gebouw moet voor iedereen zelfstandig
bruikbaar zijn, zonder hulp aan te vragen.' Artikel 9 van het VN-verdrag inzake de rechten van personen met een
handicap legt die lat ook voor de stad. De adviesraad stelt vast dat het toegankelijke toilet enkel op het
gelijkvloers voorzien is, terwijl de raadzaal en de vergaderzalen op de tweede verdieping liggen.</p>
</div>
<h2>3. Advies</h2>
<div class="recs"><p>De Adviesraad Toegankelijkheid geeft een gunstig advies over het voorontwerp, onder de volgende
aanbevelingen:</p>{recs}</div>
<h2>4. Besluit</h2>
<p>Dit advies werd goedgekeurd met twaalf stemmen voor en één onthouding. De adviesraad verwacht, zoals het
huishoudelijk reglement bepaalt, binnen drie maanden een gemotiveerd antwoord van het college.</p>
<p>Voor de adviesraad,<br>Kristof Van Damme, voorzitter - Els Verhaegen, secretaris</p>
</body></html>"""

POINTS = [
    ("Adviespunt II - onthaalbalie en ringleiding",
     "Het college volgt dit advies. De architect heeft het ontwerp intussen aangepast: de balie krijgt een verlaagd "
     "gedeelte van 80 centimeter hoog en aan het onthaal en in de raadzaal wordt een vaste ringleiding geplaatst."),
    ("Adviespunten III en V - buitenaanleg",
     "Op het plein komt een geleidelijn van de bushalte aan de Leiekaai tot aan het onthaal. Een tweede geleidelijn "
     "vanaf de parking wordt niet aangelegd, omdat het parkeerterrein daar te smal is en er een trottoir met "
     "natuurlijke gidslijn loopt. Het aantal voorbehouden plaatsen blijft drie; meer plaatsen op korte afstand van de "
     "ingang zijn door de ligging van de brandweg niet mogelijk. De verste plaats wordt wel dichter bij de deur "
     "gelegd."),
    ("Adviespunt I - hoofdingang",
     "Het college gaat akkoord. De draaideur vervalt en maakt plaats voor automatische schuifdeuren met een "
     "tochtsluis; de meerkost van 14.500 euro is opgenomen in het aangepaste budget."),
    ("Adviespunt VI - externe toetsing",
     "Het college neemt kennis van deze vraag. De stadsdiensten bekijken in het voorjaar van 2027 of een "
     "externe toetsing binnen het studiebudget past; een beslissing daarover volgt later."),
    ("Adviespunt IV - sanitair",
     "Het college deelt de bekommernis, maar kiest ervoor het toegankelijke toilet op het gelijkvloers te houden en "
     "bij de liften op de tweede verdieping duidelijk te verwijzen. Extra toegankelijke toiletten op de verdiepingen "
     "zijn binnen de beschikbare oppervlakte en het budget niet haalbaar."),
]
pts = "".join(f'<div class="pt"><h3>{t}</h3><p><span class="lbl">Standpunt van het college.</span> {b}</p></div>'
              for t, b in POINTS)
RESPONSE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<div class="top"><div class="org">Stad Meerhoutem - college van burgemeester en schepenen</div>
<h1>Antwoordnota op het advies van de Adviesraad Toegankelijkheid</h1>
<div class="org">Betreft: advies ATR/2026/011 over het Administratief Centrum Brughuis | collegebeslissing van 1
december 2026 | dossier PAT/2026/087</div></div>
<p style="margin-top:10px">Het college dankt de Adviesraad Toegankelijkheid voor het grondige en gunstige advies en
voor de werfbezoeken van de werkgroep. Het college heeft het advies samen met het ontwerpteam besproken op 18 en 25
november. Hieronder volgt per adviespunt het standpunt van het college.</p>
{pts}
<h2>Verhuisplanning</h2>
<p>Ter informatie: de verhuis van de diensten naar het Brughuis gebeurt in drie fasen tussen september en december
2028. Het huidige stadhuis blijft tijdens die periode open voor afspraken.</p>
<p>Het college stelt voor om de adviesraad in het voorjaar van 2027 opnieuw uit te nodigen op de werf. Deze
antwoordnota wordt ook bezorgd aan de gemeenteraadscommissie Patrimonium.</p>
<p>Namens het college,<br>Tom De Wachter, algemeen directeur - Lies Goossens, burgemeester</p>
</body></html>"""


def expected():
    recs = [
        (1, "Voorzie aan de hoofdingang automatische schuifdeuren in plaats van",
         "De draaideur vervalt en maakt plaats voor automatische schuifdeuren", "agrees"),
        (2, "Plaats aan het onthaal een verlaagd baliegedeelte en een vaste ringleiding",
         "de balie krijgt een verlaagd gedeelte van 80 centimeter", "agrees"),
        (3, "Leg vanaf de bushalte en vanaf de parking geleidelijnen aan",
         "Een tweede geleidelijn vanaf de parking wordt niet aangelegd", "partly"),
        (4, "Voorzie op elke verdieping een toegankelijk toilet",
         "kiest ervoor het toegankelijke toilet op het gelijkvloers te houden", "disagrees"),
        (5, "Reserveer ten minste zes parkeerplaatsen voor personen met een handicap",
         "Het aantal voorbehouden plaatsen blijft drie", "disagrees", ["partly"]),
        (6, "Laat het ontwerp en het gebouw vóór de oplevering toetsen",
         "De stadsdiensten bekijken in het voorjaar van 2027", "noted"),
        (7, "Betrek de adviesraad bij de keuze van de bewegwijzering", None, "unanswered"),
    ]
    unmatched = ["Het college dankt de Adviesraad Toegankelijkheid voor het grondige",
                 "de verhuis van de diensten naar het Brughuis gebeurt in drie fasen",
                 "Deze antwoordnota wordt ook bezorgd aan de gemeenteraadscommissie"]
    notes = ("Flemish city Adviesraad Toegankelijkheid advice on the voorontwerp of a new administratief centrum "
             "(Chromium, 2 p., sans, ochre top rule, two-column findings, stamped head from p. 2, 'p. n/m'): findings "
             "(the gewestelijke verordening toegankelijkheid 'moet', art. 22, 1,50 meter, the 2021 advice quoted "
             "with 'moet', VN-verdrag art. 9); recommendations ROMAN NUMERALS I.-VII. in a shaded block (expected "
             "1-7 = I-VII). Response: college's antwoordnota with bordered points 'Adviespunt N - subject' and "
             "'Standpunt van het college.', order II, III+V, I, VI, IV; 'Adviespunten III en V' = III partly "
             "(geleidelijn from the bushalte only) + V disagrees (three places kept; one moved closer, so partly "
             "also accepted); II agrees (done); I agrees; VI noted; IV disagrees; VII (bewegwijzering) unanswered; "
             "the thanks, 'Verhuisplanning' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Toegankelijkheid Meerhoutem - advies ATR/2026/011", "p. {n}/{m}",
            F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Meerhoutem - antwoordnota advies ATR/2026/011", "p. {n}/{m}", F["Regular"])
    expected()

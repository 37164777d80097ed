"""Round 89 (nl, Flemish): the ADVIES of a LOKAAL OVERLEG KINDEROPVANG (LOK) on the ontwerp lokaal beleidsplan
kinderopvang, with RANDNUMMERS (numbered paragraphs 1-21; the recommendations are 14-20), answered by the college's
ANTWOORDNOTA (a table 'Rnr. | Standpunt van het college' citing the randnummers).

Advice: (invented) gemeente Wervelde (2 p., headless Chromium, sans, a band, a sidebar box, a capacity table; the
decree 'moet', the 2020 advice quoted). Response: order 17, 15, 16+19, 20, 18; 14 unanswered; 'Situering', 'Bevraging
van ouders' and the closing answer nothing. Everything is invented; the decree is cited loosely.

Run: /tmp/blind89nl/bin/python tests/docs/src/blind89/gen_nl_lok_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b89nl as B  # noqa: E402

NAME = "blind89_nl_lok"
F = B.tmp_fonts()
CSS = """<html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 2cm 2cm 1.8cm 2cm; }
body { font-family: 'B89NL Sans'; font-size: 9.6pt; line-height: 1.4; }
.band { background: #7a2e6b; color: #fff; padding: 8pt 10pt; margin-bottom: 10pt; }
h1 { font-size: 14pt; color: #7a2e6b; margin: 4pt 0; } h2 { font-size: 11pt; color: #7a2e6b; margin: 10pt 0 3pt; }
p { margin: 0 0 5pt; } .rn { display: inline-block; width: 24pt; font-weight: bold; color: #7a2e6b; }
.side { float: right; width: 36%; border: 1pt solid #7a2e6b; background: #f6eef4; padding: 6pt; margin: 0 0 6pt 10pt; font-size: 8.4pt; }
table.g { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; } table.g td, table.g th { border: 0.6pt solid #999; padding: 2pt 4pt; font-size: 8.6pt; text-align: left; vertical-align: top; }
</style></head><body>"""


def P(n, t):
    return f'<p><span class="rn">{n}.</span>{t}</p>'


RECS = [
    "Het LOK vraagt het lokaal bestuur om tegen 2028 minstens 40 bijkomende plaatsen met inkomenstarief te creëren in Wervelde-Noord.",
    "Het LOK adviseert een centraal aanmeldpunt voor kinderopvang in te richten, met voorrang voor werkzoekende ouders en alleenstaanden.",
    "Het LOK adviseert de gemeentelijke opstartpremie voor nieuwe gezinsopvang te verhogen van 2.500 naar 5.000 euro.",
    "Het LOK vraagt de inclusieve opvang van kinderen met een specifieke zorgbehoefte te ondersteunen met een inclusiecoach.",
    "Het LOK adviseert in elk nieuw woonproject van meer dan 100 wooneenheden ruimte voor kinderopvang te voorzien.",
    "Het LOK vraagt de openingsuren van de stedelijke kinderopvang De Speelvogel uit te breiden tot 19 uur.",
    "Het LOK adviseert het overleg zelf twee keer per jaar te betrekken bij de opvolging van het beleidsplan.",
]


def advice():
    recs = "".join(P(14 + i, r) for i, r in enumerate(RECS))
    html = CSS + f"""<div class="band"><b>Lokaal Overleg Kinderopvang Wervelde</b><br>Advies LOK/2026/01 - plenaire vergadering van 24 februari 2026</div>
<h1>Advies over het ontwerp van lokaal beleidsplan kinderopvang baby's en peuters 2026-2031</h1>
<div class="side"><b>Samenstelling LOK</b><br>22 leden: organisatoren van groeps- en gezinsopvang, ouders, Kind en Gezin
(waarnemer), het OCMW, de werkgeversorganisaties en twee scholen. Voorzitter: Lien Vanhoutte. Secretariaat: dienst
Kind en Gezin van de gemeente.</div>
<h2>1. Situering</h2>
{P(1, "Het college van burgemeester en schepenen vroeg het LOK op 15 januari 2026 om advies over het ontwerp van lokaal beleidsplan kinderopvang.")}
{P(2, "Het LOK besprak het ontwerp in een werkgroep op 5 en 12 februari en in de plenaire vergadering van 24 februari 2026.")}
{P(3, "Dit advies volgt de hoofdstukken van het ontwerp. De randnummers 14 tot en met 20 bevatten de eigenlijke adviezen.")}
<h2>2. Kader</h2>
{P(4, "Het Decreet van 20 april 2012 houdende de organisatie van kinderopvang van baby's en peuters bepaalt dat het lokaal bestuur de regierol moet opnemen en het LOK moet betrekken bij het lokale beleid.")}
{P(5, "Volgens het ontwerp moet elke organisator met een subsidie voor inkomenstarief minstens 20 procent van de plaatsen voorbehouden aan voorrangsgroepen.")}
<h2>3. Vaststellingen</h2>
{P(6, "Wervelde telt 612 plaatsen kinderopvang, waarvan 388 met inkomenstarief. De spreiding is ongelijk:")}
<table class="g"><tr><th>Deelgemeente</th><th>Plaatsen</th><th>waarvan inkomenstarief</th><th>Plaatsen per 100 kinderen</th></tr>
<tr><td>Wervelde-Centrum</td><td>284</td><td>196</td><td>52</td></tr><tr><td>Wervelde-Noord</td><td>118</td><td>54</td><td>27</td></tr>
<tr><td>Sint-Aldegonde</td><td>210</td><td>138</td><td>44</td></tr></table>
{P(7, "Sinds 2023 stopten negen gezinsopvangers; er kwamen er maar drie bij.")}
{P(8, "Ouders met een onregelmatig uurrooster vinden moeilijk opvang na 18 uur.")}
{P(9, "In zijn advies van 2020 schreef het LOK al: 'Voorzie bijkomende plaatsen met inkomenstarief in Wervelde-Noord.' Dat advies werd nog niet uitgevoerd.")}
{P(10, "Kinderen met een specifieke zorgbehoefte worden vaak geweigerd; organisatoren zeggen dat ze de nodige ondersteuning missen.")}
{P(11, "Het LOK stelt vast dat het ontwerp weinig zegt over de rol van het LOK bij de opvolging.")}
{P(12, "Het ontwerp zou meer rekening moeten houden met de woonuitbreiding in Wervelde-Noord (ruim 400 woningen tegen 2030).")}
{P(13, "Het LOK waardeert de duidelijke doelstellingen en de inspraak van ouders bij de opmaak van het ontwerp.")}
<h2>4. Advies</h2>
{recs}
<h2>5. Stemming</h2>
{P(21, "Dit advies werd goedgekeurd met 19 stemmen voor en 1 onthouding. Namens het LOK, Lien Vanhoutte, voorzitter.")}
</body></html>"""
    B.chromium_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "LOK Wervelde - advies LOK/2026/01", "pagina {n} van {m}", F["Regular"])


def response():
    rows = [
        ("17", "Het college gaat hierop in. Sinds 1 maart 2026 is een inclusiecoach aangesteld die organisatoren begeleidt; zij is bereikbaar via de dienst Kind en Gezin."),
        ("15", "Akkoord. Het Loket Kinderopvang start op 1 september 2026 en hanteert de voorrangsregels uit het decreet."),
        ("16 en 19", "De opstartpremie blijft behouden op het huidige bedrag; een verhoging past niet in het meerjarenplan. De openingsuren van De Speelvogel worden verlengd tot 18.30 uur, voorlopig op dinsdag en donderdag."),
        ("20", "Het college stemt hiermee in en zal het LOK in het voorjaar en het najaar een voortgangsrapport voorleggen."),
        ("18", "Het college neemt kennis van deze suggestie en bekijkt ze bij de opmaak van het ruimtelijk beleidsplan."),
    ]
    tr = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    html = CSS + f"""<div class="band"><b>Gemeente Wervelde</b><br>College van burgemeester en schepenen - zitting van 13 april 2026</div>
<h1>Antwoordnota bij het advies LOK/2026/01 over het lokaal beleidsplan kinderopvang</h1>
<h2>Situering</h2>
<p>Het college ontving het advies van het Lokaal Overleg Kinderopvang op 26 februari 2026. Deze nota geeft per randnummer het standpunt van het college weer en wordt aan de gemeenteraad van 28 april 2026 bezorgd.</p>
<h2>Standpunt per randnummer</h2>
<table class="g"><tr><th style="width:16%">Rnr.</th><th>Standpunt van het college</th></tr>{tr}</table>
<h2>Bevraging van ouders</h2>
<p>Naast het advies van het LOK werden ook de resultaten van de online bevraging bij 346 ouders verwerkt; de belangrijkste wens was duidelijke informatie over vrije plaatsen.</p>
<h2>Slot</h2>
<p>Het college dankt de leden van het LOK voor hun grondig werk en hun blijvende inzet voor de jonge gezinnen in Wervelde.</p>
<p>Namens het college,<br>de algemeen directeur, Koen De Meester - de burgemeester, Annelies Peeters</p>
</body></html>"""
    B.chromium_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Antwoordnota advies LOK/2026/01", "pagina {n} van {m}", F["Regular"])


EXP = [
    (1, "Het LOK vraagt het lokaal bestuur om tegen 2028 minstens", None, "unanswered"),
    (2, "Het LOK adviseert een centraal aanmeldpunt voor kinderopvang in te richten", "Het Loket Kinderopvang start op 1 september 2026", "agrees"),
    (3, "Het LOK adviseert de gemeentelijke opstartpremie voor nieuwe gezinsopvang te", "De opstartpremie blijft behouden op het huidige bedrag", "disagrees"),
    (4, "Het LOK vraagt de inclusieve opvang van kinderen met een specifieke", "Sinds 1 maart 2026 is een inclusiecoach aangesteld", "agrees"),
    (5, "Het LOK adviseert in elk nieuw woonproject van meer dan 100", "neemt kennis van deze suggestie en bekijkt ze", "noted"),
    (6, "Het LOK vraagt de openingsuren van de stedelijke kinderopvang De Speelvogel", "worden verlengd tot 18.30 uur, voorlopig op dinsdag en donderdag", "partly"),
    (7, "Het LOK adviseert het overleg zelf twee keer per jaar te", "in het voorjaar en het najaar een voortgangsrapport voorleggen", "agrees"),
]
UNMATCHED = ["Deze nota geeft per randnummer het standpunt van het college weer",
             "de resultaten van de online bevraging bij 346 ouders verwerkt",
             "dankt de leden van het LOK voor hun grondig werk"]
NOTES = ("Advice: Flemish LOK advice with RANDNUMMERS 1-21; the recommendations are paragraphs 14-20 under '4. Advies' "
         "(numbers here by order, 1 = rnr. 14); traps: numbered paragraphs 1-13 and 21 (situering, the decree with 'moet', "
         "the ontwerp's 20 procent rule with 'moet', findings, the 2020 advice quoted, 'zou ... moeten', a vote), a sidebar, a "
         "capacity table. Response: antwoordnota table citing the randnummers, order 17, 15, 16+19, 20, 18. Shared row "
         "'16 en 19': 16 disagrees (premium kept) + 19 partly (18.30 on two days). 18 noted. 14 (40 places in "
         "Wervelde-Noord) unanswered. 'Situering', 'Bevraging van ouders' and 'Slot' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

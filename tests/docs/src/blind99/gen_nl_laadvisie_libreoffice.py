"""Round 99 (nl): the ADVIES of a Dutch municipal DUURZAAMHEIDSRAAD (residents' advisory council on sustainability) on
the college's concept-LAADVISIE (public charging points for electric cars), answered by a REACTIENOTA of the college:
a ruled table 'Advies | Reactie college | Laadvisie aangepast?' citing the letters.

Advice (LibreOffice from HTML, serif body, letterhead table with a grey rule, running header/footer by stamp:
'Duurzaamheidsraad ... | blz. n van m'): EU AFIR 'moet', Bbl art. 5.160 'moet', a forecast table, NUMBERED
CONCLUSIONS 1-4, the council's 2023 advice quoted with 'moet', sub-items with dates; the recommendations LETTERED a)-g)
in a single shaded, bordered box. Response: reactienota table, order d, b+e, a, g, c; f unanswered. All invented.

Run: /tmp/blind99nl/bin/python tests/docs/src/blind99/gen_nl_laadvisie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b99nl as B  # noqa: E402

NAME = "blind99_nl_laadvisie"
F = B.tmp_fonts()
FS = B.tmp_fonts(family="B99NL Serif", files=B.SERIF_FILES)
SERIF, SANS = "B99NL Serif", "B99NL Sans"


def page(title, body):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title><style>
body {{ font-family: '{SERIF}'; font-size: 9.6pt; }}
h1 {{ font-family: '{SANS}'; font-size: 15pt; color: #0b5d5b; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: #0b5d5b; margin-top: 10pt; margin-bottom: 3pt; }}
p {{ margin-top: 0; margin-bottom: 5pt; }}
td, th {{ font-size: 8.8pt; vertical-align: top; }}
.small {{ font-size: 8pt; font-family: '{SANS}'; }}
</style></head><body>{body}</body></html>"""


LH = f"""<table width="100%" cellpadding="4" cellspacing="0" style="border-bottom: 2px solid #888888">
<tr><td width="60%"><font face="{SANS}" size="4" color="#0b5d5b"><b>Duurzaamheidsraad Westerkoog</b></font><br>
<span class="small">onafhankelijk adviesorgaan van inwoners voor het college van B&amp;W</span></td>
<td width="40%" align="right"><span class="small">Raadhuisplein 2, 1531 KL Westerkoog<br>
secretariaat@duurzaamheidsraad-westerkoog.nl</span></td></tr></table>"""

ITEMS = [
    ("a", "Plaats laadpalen proactief volgens een vooraf vastgesteld netwerk van locaties, in plaats van alleen na "
          "een aanvraag van een bewoner."),
    ("b", "Reserveer de parkeerplaatsen bij laadpalen ook 's nachts uitsluitend voor auto's die aan het laden zijn."),
    ("c", "Sta bewoners zonder eigen oprit toe een laadkabel via een kabelgoot over de stoep te leggen."),
    ("d", "Maak met de netbeheerder afspraken over het versneld verzwaren van het net in de wijken Koogpolder en "
          "De Dreef."),
    ("e", "Neem in de nieuwe concessie een maximumtarief per kWh op dat jaarlijks wordt geïndexeerd."),
    ("f", "Wijs bij de sportparken en het station laadpleinen met snelladers aan voor bezoekers en taxi's."),
    ("g", "Verplicht bij nieuwbouw van appartementen dat minstens 30 procent van de parkeerplaatsen een laadpunt "
          "krijgt."),
]
BOX = "".join(f"<p><b>{k})</b> {t}</p>" for k, t in ITEMS)

ADVICE = f"""{LH}
<p class="small">Aan: het college van burgemeester en wethouders van Westerkoog<br>Kenmerk: DR-2026-05 - Datum: 17 februari
2026<br>Betreft: advies over de concept-Laadvisie Westerkoog 2026-2030</p>
<h1>Advies over de concept-Laadvisie</h1>
<h2>1. Aanleiding</h2>
<p>Op 8 januari 2026 heeft het college de Duurzaamheidsraad gevraagd te adviseren over de concept-Laadvisie. De
laadvisie beschrijft hoe de gemeente tot 2030 zorgt voor voldoende openbare laadpunten voor elektrische auto's. De
raad heeft de visie besproken in zijn vergadering van 5 februari 2026, na een inloopavond met bewoners op 28 januari.</p>
<h2>2. Kader</h2>
<p>De Europese verordening voor infrastructuur voor alternatieve brandstoffen (AFIR) bepaalt dat langs de
hoofdwegen elke 60 kilometer een snellaadstation moet staan; voor de openbare ruimte in gemeenten geldt die eis niet.
Volgens artikel 5.160 van het Besluit bouwwerken leefomgeving (Bbl) moet bij nieuwbouw met meer dan tien
parkeerplaatsen leidingwerk voor laadpunten worden aangelegd. De gemeente verleent de concessie voor openbare
laadpalen; de huidige concessie loopt af op 31 december 2026.</p>
<h2>3. Verwachte vraag</h2>
<table width="70%" border="1" cellpadding="3" cellspacing="0">
<tr><th>Jaar</th><th>Elektrische auto's</th><th>Openbare laadpunten</th><th>Benodigd (prognose)</th></tr>
<tr><td>2024</td><td>2.150</td><td>310</td><td>330</td></tr>
<tr><td>2027</td><td>4.400</td><td>-</td><td>720</td></tr>
<tr><td>2030</td><td>7.900</td><td>-</td><td>1.250</td></tr></table>
<h2>4. Conclusies</h2>
<p>1. De concept-Laadvisie is helder en ambitieus, maar blijft vaag over de manier waarop de gemeente
het tempo gaat halen.</p>
<p>2. Het plaatsen op aanvraag leidt tot een ongelijke spreiding: in sommige straten staan vijf palen, in
andere geen.</p>
<p>3. Bewoners ergeren zich aan auto's die na het laden blijven staan, vooral overdag.</p>
<p>4. In de wijken met veel rijtjeswoningen is het elektriciteitsnet nu al een knelpunt.</p>
<p>In ons advies over het klimaatprogramma (juni 2023) schreven wij al dat 'de gemeente moet sturen op een
eerlijke spreiding van laadpunten over alle wijken'. Die oproep is nog steeds actueel.</p>
<h2>5. Advies</h2>
<p>De Duurzaamheidsraad adviseert het college de Laadvisie als volgt aan te passen:</p>
<table width="100%" border="1" cellpadding="8" cellspacing="0" bgcolor="#e6f2f1"><tr><td>{BOX}</td></tr></table>
<h2>6. Ten slotte</h2>
<p>De raad stelt het op prijs als het college binnen zes weken schriftelijk reageert. De raad is graag bereid
om mee te denken over de uitwerking, bijvoorbeeld bij de voorbereiding van de aanbesteding van de concessie in
het voorjaar van 2026.</p>
<p>Namens de Duurzaamheidsraad Westerkoog,<br>ir. Thijs Groeneveld, voorzitter<br>Fatima Amrani, secretaris</p>
"""

RESPONSE = f"""<table width="100%" cellpadding="4" cellspacing="0" style="border-bottom: 2px solid #888888"><tr><td>
<font face="{SANS}" size="4" color="#0b5d5b"><b>Gemeente Westerkoog</b></font><br>
<span class="small">College van burgemeester en wethouders</span></td></tr></table>
<h1>Reactienota advies Duurzaamheidsraad over de Laadvisie</h1>
<p class="small">Zaaknummer: 2026-00311 - vastgesteld door het college op 24 maart 2026 - bijlage bij het
raadsvoorstel Laadvisie Westerkoog 2026-2030</p>
<h2>Inleiding</h2>
<p>De Duurzaamheidsraad heeft op 17 februari 2026 advies uitgebracht over de concept-Laadvisie. Het college is de
raad erkentelijk voor het heldere advies en de inloopavond met bewoners. In de tabel hieronder staat per
adviespunt de reactie van het college en of de Laadvisie is aangepast.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#0b5d5b"><th width="12%"><font color="#ffffff">Advies</font></th>
<th width="64%"><font color="#ffffff">Reactie college</font></th>
<th width="24%"><font color="#ffffff">Laadvisie aangepast?</font></th></tr>
<tr><td>d</td><td>Het college deelt de zorg over de netcapaciteit. Het tempo van netverzwaring ligt echter bij de
netbeheerder. Wij brengen uw advies in bij het regionale netcongestieoverleg van juni en informeren u over de
uitkomst.</td><td>Nee, ter kennisname</td></tr>
<tr><td>b en e</td><td>Een maximumtarief met jaarlijkse indexatie wordt als eis opgenomen in de aanbesteding van de
nieuwe concessie. Het college kiest er niet voor om laadplaatsen ook 's nachts exclusief te reserveren: 's nachts
is de parkeerdruk in de meeste wijken te hoog om plaatsen vrij te houden.</td><td>Ja, paragraaf 4.3 (tarief);
nee (reservering)</td></tr>
<tr><td>a</td><td>Overgenomen. De gemeente stelt in het najaar een netwerkkaart met 420 geplande locaties vast en
plaatst daarnaast op aanvraag.</td><td>Ja, nieuw hoofdstuk 3</td></tr>
<tr><td>g</td><td>Het Bbl regelt de eisen voor laadpunten bij nieuwbouw uitputtend; de gemeente kan daar volgens
het college niet met een eigen percentage bovenuit gaan. Het advies wordt daarom niet overgenomen.</td><td>Nee</td></tr>
<tr><td>c</td><td>Het college start in 2026 een proef met kabelgoten in twee straten in Koogpolder. Een
algemene toestemming geeft het college pas na evaluatie van die proef.</td><td>Ja, paragraaf 5.2 (proef)</td></tr>
</table>
<h2>Laadpalen in lichtmasten</h2>
<p>Los van het advies onderzoekt de gemeente met de leverancier van de openbare verlichting of laadpunten in
bestaande lichtmasten kunnen worden ingebouwd. De resultaten worden in het derde kwartaal verwacht.</p>
<h2>Vervolg</h2>
<p>De aangepaste Laadvisie wordt op 14 mei 2026 aan de gemeenteraad aangeboden. Het college bedankt de leden
van de Duurzaamheidsraad voor hun betrokkenheid en blijft graag met hen in gesprek.</p>
"""

B.soffice_pdf(page("Advies Duurzaamheidsraad Laadvisie", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Duurzaamheidsraad Westerkoog - advies DR-2026-05 Laadvisie", "blz. {n} van {m}",
        F["Regular"])
B.soffice_pdf(page("Reactienota Laadvisie", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Gemeente Westerkoog - reactienota Laadvisie", "blz. {n} van {m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Plaats laadpalen proactief volgens een vooraf vastgesteld netwerk van locaties",
     "De gemeente stelt in het najaar een netwerkkaart met 420", "agrees"),
    (2, "Reserveer de parkeerplaatsen bij laadpalen ook 's nachts uitsluitend",
     "Het college kiest er niet voor om laadplaatsen ook", "disagrees"),
    (3, "Sta bewoners zonder eigen oprit toe een laadkabel via een kabelgoot",
     "start in 2026 een proef met kabelgoten in twee straten", "partly"),
    (4, "Maak met de netbeheerder afspraken over het versneld verzwaren van het net",
     "Wij brengen uw advies in bij het regionale netcongestieoverleg", "noted"),
    (5, "Neem in de nieuwe concessie een maximumtarief per kWh op",
     "wordt als eis opgenomen in de aanbesteding van de nieuwe concessie", "agrees"),
    (6, "Wijs bij de sportparken en het station laadpleinen met snelladers aan", None, "unanswered"),
    (7, "Verplicht bij nieuwbouw van appartementen dat minstens 30 procent",
     "Het advies wordt daarom niet overgenomen", "disagrees"),
], ["Het college is de raad erkentelijk voor het heldere advies",
    "onderzoekt de gemeente met de leverancier van de openbare verlichting",
    "bedankt de leden van de Duurzaamheidsraad voor hun betrokkenheid"],
    "Dutch municipal Duurzaamheidsraad's advice on a concept-Laadvisie (LibreOffice from HTML, serif body, letterhead "
    "table with grey rule, stamped running head from p. 2 and 'blz. n van m'); traps: AFIR 'moet', Bbl art. 5.160 "
    "'moet', concession end date, a forecast table, NUMBERED CONCLUSIONS 1.-4., the 2023 advice quoted with 'moet', "
    "'Ten slotte' with a time limit; recommendations LETTERED a)-g) in one shaded bordered box. Response: the "
    "college's REACTIENOTA, a table Advies / Reactie college / Laadvisie aangepast? citing the letters; order d, "
    "b+e, a, g, c; row 'b en e' = e agrees (maximum tariff in the tender) + b disagrees (no night reservation); d "
    "noted (put to the regional netcongestie overleg); a agrees; g disagrees (Bbl exhaustive); c partly (pilot in "
    "two streets); f (laadpleinen) unanswered. Inleiding, 'Laadpalen in lichtmasten' and 'Vervolg' answer nothing. "
    "Numbers 1-7 = a-g.")

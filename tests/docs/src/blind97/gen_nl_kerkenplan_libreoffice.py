"""Round 97 (nl): the ADVIES of a Flemish CENTRAAL KERKBESTUUR on the municipality's ontwerp-KERKENBELEIDSPLAN,
answered by a LETTER of the college van burgemeester en schepenen that cites the advice's numbers ('uw punt 6').

Advice (LibreOffice from HTML, serif, letterhead table, stamped head and 'blz. n/m'): Eredienstendecreet art. 58
'moet', the plan's own actiepunten A-E, a table of churches, bevindingen, the 2019 advice quoted with 'moet'; the
recommendations are a NUMBERED LIST with parenthesised numbers (1)-(7), infinitive clauses after 'vraagt ... om'.
Response: letter citing 'punt n' in bold run-ins, order 6, 1, 3+7, 2, 4; 5 unanswered. All invented.

Run: /tmp/blind97nl/bin/python tests/docs/src/blind97/gen_nl_kerkenplan_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b97nl as B  # noqa: E402

NAME = "blind97_nl_kerkenplan"
F = B.tmp_fonts()
FS = B.tmp_fonts(family="B97NL Serif", files=B.SERIF_FILES)
SERIF = "B97NL Serif"
SANS = "B97NL Sans"


def page(title, body):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: 21cm 29.7cm; margin: 2.2cm 2.1cm 1.9cm 2.3cm; }}
body {{ font-family: '{SERIF}'; font-size: 10pt; line-height: 1.35; }}
h1 {{ font-family: '{SANS}'; font-size: 14pt; color: #6b4a1e; margin: 6pt 0; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: #6b4a1e; margin: 10pt 0 3pt; }}
p {{ margin: 0 0 5pt; }} td, th {{ font-size: 9pt; vertical-align: top; }}
.rec p {{ margin: 0 0 5pt 22pt; text-indent: -22pt; }}
</style></head><body>{body}</body></html>"""


ADVICE = """
<table width="100%" cellpadding="4" style="border-bottom:2px solid #6b4a1e"><tr>
<td width="60%"><font face="B97NL Sans" size="4" color="#6b4a1e"><b>Centraal Kerkbestuur Wervelgem</b></font><br>
<font face="B97NL Sans" size="1">Rooms-katholieke eredienst - Kerkstraat 3, 8560 Wervelgem</font></td>
<td width="40%"><font face="B97NL Sans" size="1">Aan het college van burgemeester en schepenen<br>Markt 1, 8560
Wervelgem<br>Ons kenmerk: CKB/2026/07<br>Wervelgem, 9 maart 2026</font></td></tr></table>
<h1>Advies over het ontwerp van kerkenbeleidsplan Wervelgem 2026-2035</h1>
<h2>1. Context</h2>
<p>Het college bezorgde op 15 januari 2026 het ontwerp van kerkenbeleidsplan aan het centraal kerkbestuur met
de vraag om advies. Volgens artikel 58 van het decreet van 7 mei 2004 betreffende de materiële organisatie en
werking van de erkende erediensten moet het meerjarenplan van de kerkfabrieken passen in het kerkenbeleidsplan,
en moet de gemeente het centraal kerkbestuur over dat plan horen. Het centraal kerkbestuur heeft het ontwerp
besproken in zijn vergaderingen van 5 februari en 3 maart 2026, na overleg met de vijf kerkfabrieken en de
pastorale ploeg van de federatie Sint-Amandus.</p>
<h2>2. Het ontwerp in het kort</h2>
<p>Het ontwerp verdeelt de vijf parochiekerken in drie groepen: kerken die voor de eredienst bewaard blijven,
kerken met een nevenbestemming en kerken die op termijn een nieuwe bestemming krijgen. Het plan formuleert vijf
actiepunten (A tot E), waaronder het opmaken van een herbestemmingsstudie voor twee kerken (actiepunt C) en een
onderhoudsplanning per gebouw (actiepunt D).</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr><th align="left">Kerk</th><th align="left">Bouwjaar</th><th align="left">Vieringen per maand</th>
<th align="left">Voorstel ontwerp</th></tr>
<tr><td>Sint-Amandus (centrum)</td><td>1864</td><td>12</td><td>eredienst</td></tr>
<tr><td>Sint-Martinus (Rollegem)</td><td>1911</td><td>4</td><td>herbestemming vanaf 2028</td></tr>
<tr><td>Onze-Lieve-Vrouw (Heule-Veld)</td><td>1958</td><td>6</td><td>nevenbestemming</td></tr>
<tr><td>Sint-Jozef (Kappelhoek)</td><td>1932</td><td>2</td><td>herbestemming vanaf 2027</td></tr>
<tr><td>Sint-Pieter (Moorsel)</td><td>1880</td><td>4</td><td>nevenbestemming</td></tr></table>
<h2>3. Bevindingen</h2>
<p>Het centraal kerkbestuur onderschrijft de uitgangspunten van het ontwerp. Het dalende kerkbezoek en de hoge
kosten voor onderhoud en energie maken keuzes onvermijdelijk. Wij stellen wel vast dat het ontwerp weinig
aandacht heeft voor de gemeenschap in de deelgemeenten, waar de kerk vaak het enige publieke gebouw is. In ons
advies van 2019 over het vorige meerjarenplan schreven wij al dat 'de gemeente moet waken over een eredienstplek
in elke deelgemeente'. Verder ontbreekt een raming van de kosten van de herbestemmingen.</p>
<h2>4. Advies</h2>
<p>Het centraal kerkbestuur geeft een gunstig advies onder voorwaarden en vraagt het college om:</p>
<div class="rec">
<p>(1)&#9;de Sint-Martinuskerk in Rollegem niet te herbestemmen vóór 2032, zodat de parochie de tijd krijgt om
de vieringen geleidelijk naar Sint-Amandus over te brengen;</p>
<p>(2)&#9;voor elke kerk met een nevenbestemming vóór de start van de werken een gebruiksovereenkomst met de
kerkfabriek af te sluiten, waarin de uren voor de eredienst vastliggen;</p>
<p>(3)&#9;de restauratie van de toren van de Sint-Amanduskerk op te nemen in het meerjarenplan 2026-2031 van de
gemeente;</p>
<p>(4)&#9;een stuurgroep herbestemming op te richten met vertegenwoordigers van de kerkfabrieken, de erfgoedcel en
de bewoners van de betrokken wijken;</p>
<p>(5)&#9;het kerkmeubilair en de kunstwerken van de te herbestemmen kerken te laten inventariseren vóór een
kerk aan de eredienst wordt onttrokken;</p>
<p>(6)&#9;de Sint-Amanduskerk in het definitieve plan uitdrukkelijk als hoofdkerk van de federatie te
behouden voor de eredienst;</p>
<p>(7)&#9;de gemeentelijke toelage voor de energiekosten van de kerkfabrieken te behouden tot de nieuwe
bestemmingen effectief zijn.</p>
</div>
<h2>5. Slot</h2>
<p>Het centraal kerkbestuur vraagt om dit advies samen met het kerkenbeleidsplan aan de gemeenteraad voor te
leggen en aan de erkenningsoverheid te bezorgen. Wij zijn graag bereid het toe te lichten.</p>
<p>Voor het centraal kerkbestuur,<br>E.H. Dirk Vandamme, voorzitter &#8211; Rita Claeys, secretaris</p>
"""

RESPONSE = """
<table width="100%" cellpadding="4" style="border-bottom:2px solid #1e4d6b"><tr>
<td width="60%"><font face="B97NL Sans" size="4" color="#1e4d6b"><b>Gemeente Wervelgem</b></font><br>
<font face="B97NL Sans" size="1">College van burgemeester en schepenen - Markt 1, 8560 Wervelgem</font></td>
<td width="40%"><font face="B97NL Sans" size="1">Centraal Kerkbestuur Wervelgem<br>t.a.v. E.H. D. Vandamme<br>
Kerkstraat 3, 8560 Wervelgem</font></td></tr></table>
<table width="100%" cellpadding="2"><tr><td><font face="B97NL Sans" size="1">uw bericht van<br>9 maart
2026</font></td><td><font face="B97NL Sans" size="1">uw kenmerk<br>CKB/2026/07</font></td><td><font
face="B97NL Sans" size="1">ons kenmerk<br>2026/EREDIENST/031</font></td><td><font face="B97NL Sans"
size="1">datum<br>21 april 2026</font></td></tr></table>
<p><b>Betreft: uw advies over het ontwerp van kerkenbeleidsplan</b></p>
<p>Geachte heer Vandamme,</p>
<p>Wij danken het centraal kerkbestuur voor het constructieve advies en voor het overleg dat u met de
kerkfabrieken hebt gevoerd. Het college heeft uw advies besproken in zijn zitting van 13 april 2026 en het
ontwerp op verschillende punten aangepast. Hieronder vindt u onze reactie.</p>
<p><b>Punt 6.</b> Het definitieve plan vermeldt de Sint-Amanduskerk uitdrukkelijk als hoofdkerk van de
federatie. Wij hebben de tekst van hoofdstuk 4 in die zin aangevuld.</p>
<p><b>Punt 1.</b> Het college begrijpt de vraag van de parochie in Rollegem, maar houdt vast aan een
herbestemming vanaf 2028. De kerk heeft dringende dakwerken nodig die de gemeente niet meer wil financieren voor
vier vieringen per maand.</p>
<p><b>Punten 3 en 7.</b> De torenrestauratie van Sint-Amandus kan niet in het huidige meerjarenplan worden
ingeschreven; de budgettaire ruimte tot 2031 is volledig benut en de gemeente wacht eerst de beslissing over de
erfgoedpremie af. De toelage voor de energiekosten blijft wel behouden tot elke herbestemde kerk haar nieuwe
functie heeft gekregen, zoals u vraagt.</p>
<p><b>Punt 2.</b> Wij zijn het met u eens dat duidelijke afspraken nodig zijn. Voor Onze-Lieve-Vrouw wordt een
gebruiksovereenkomst gesloten vóór de werken; voor Sint-Pieter volstaat volgens het college voorlopig een
reservatieregeling via de uitleendienst.</p>
<p><b>Punt 4.</b> Het voorstel om een stuurgroep op te richten nemen wij in overweging. De dienst cultuur en
erfgoed onderzoekt welke vorm van inspraak het best past en legt het college tegen het najaar een voorstel
voor.</p>
<p><b>Andere aanpassingen.</b> Los van uw advies werd de planning van de herbestemmingsstudie (actiepunt C)
verschoven naar 2027 omdat de subsidieaanvraag bij het agentschap nog loopt.</p>
<p>Het aangepaste kerkenbeleidsplan wordt op 26 mei 2026 aan de gemeenteraad voorgelegd. Uw advies wordt als
bijlage bij het dossier gevoegd. Wij danken u nogmaals voor de goede samenwerking.</p>
<p>Met vriendelijke groeten,</p>
<p>Namens het college,<br>Sofie Maes, algemeen directeur &#8211; Geert Lambrecht, burgemeester</p>
"""

B.soffice_pdf(page("Advies kerkenbeleidsplan", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Centraal Kerkbestuur Wervelgem - advies CKB/2026/07", "blz. {n}/{m}", F["Regular"],
        skip_first=False)
B.soffice_pdf(page("Reactie kerkenbeleidsplan", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Gemeente Wervelgem - 2026/EREDIENST/031", "blz. {n}/{m}", F["Regular"])

B.write_expected(NAME, [
    (1, "de Sint-Martinuskerk in Rollegem niet te herbestemmen vóór 2032",
     "houdt vast aan een herbestemming vanaf 2028", "disagrees"),
    (2, "voor elke kerk met een nevenbestemming vóór de start van",
     "voor Sint-Pieter volstaat volgens het college voorlopig een reservatieregeling", "partly"),
    (3, "de restauratie van de toren van de Sint-Amanduskerk op te",
     "kan niet in het huidige meerjarenplan worden ingeschreven", "disagrees"),
    (4, "een stuurgroep herbestemming op te richten met vertegenwoordigers van de",
     "Het voorstel om een stuurgroep op te richten nemen wij in overweging", "noted"),
    (5, "het kerkmeubilair en de kunstwerken van de te herbestemmen kerken", None, "unanswered"),
    (6, "de Sint-Amanduskerk in het definitieve plan uitdrukkelijk als hoofdkerk",
     "Wij hebben de tekst van hoofdstuk 4 in die zin aangevuld", "agrees"),
    (7, "de gemeentelijke toelage voor de energiekosten van de kerkfabrieken te",
     "De toelage voor de energiekosten blijft wel behouden", "agrees"),
], [
    "Wij danken het centraal kerkbestuur voor het constructieve advies",
    "Los van uw advies werd de planning van de herbestemmingsstudie",
    "wordt op 26 mei 2026 aan de gemeenteraad voorgelegd",
], "Flemish advice of an invented centraal kerkbestuur on a municipal ontwerp-kerkenbeleidsplan (LibreOffice from "
   "HTML, serif, letterhead table, stamped head and 'blz. n/m' on every page). Traps: eredienstendecreet art. 58 "
   "'moet' twice, the plan's actiepunten A-E, a table of five churches with years, 'Bevindingen', the 2019 advice "
   "quoted with 'moet'. Recommendations a NUMBERED LIST (1)-(7) of infinitive clauses after 'vraagt het college "
   "om:'. Response: the college's letter (uw bericht van / uw kenmerk / ons kenmerk row) with bold run-ins 'Punt n.', "
   "order 6, 1, 3+7, 2, 4; 'Punten 3 en 7' = 3 disagrees (no tower restoration in the plan) + 7 agrees (energy "
   "allowance kept); 6 agrees (done in the text); 1 disagrees ('houdt vast aan'); 2 partly (agreement for one church, "
   "reservation rule for the other); 4 noted ('in overweging'); 5 (inventory of furniture) unanswered. The opening, "
   "'Andere aanpassingen' and the closing answer nothing.")

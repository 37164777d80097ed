"""Round 111 (nl): the ONGEVRAAGD ADVIES of a Flemish municipality's WELZIJNSRAAD on ENERGIEARMOEDE, answered by an
'UITTREKSEL UIT DE NOTULEN VAN HET VAST BUREAU' (Flemish decision format: Motivering - Voorgeschiedenis, Feiten en
context, Juridische gronden, Argumentatie - Financiële gevolgen - Besluit with Artikel 1-4), whose Argumentatie
answers the advice by ORDINALS ('het tweede advies', 'het eerste voorstel', 'het vijfde en het zesde advies').

Advice (LibreOffice headless from HTML, sans, grey metadata table under the title, stamped head from p. 2,
'pagina n/m'): findings with traps (the Energiebesluit 'moet', the raad's 2022 advice quoted with 'moet', 'De
welzijnsraad adviseerde toen ook ...' in the past tense, figures), recommendations UNNUMBERED SENTENCES inside running
paragraphs ('De welzijnsraad adviseert ...', 'Wij vragen ...', 'De raad beveelt aan ...'), expected 1-7 in order.
Response order 2, 1, 3, 5+6, 4; 7 unanswered; 'agendapunt 7' and 'Artikel 1. ... neemt kennis' are traps.
All invented.

Run: /tmp/blind111nl/bin/python tests/docs/src/blind111/gen_nl_energiearmoede_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b111nl as B  # noqa: E402

NAME = "blind111_nl_energiearmoede"
F = B.tmp_fonts()
FAM = "B111NL Sans"
STYLE = f"""<style>@page {{ size: 21cm 29.7cm; margin: 2.2cm 2.2cm 2cm 2.2cm; }}
body {{ font-family: '{FAM}'; font-size: 10pt; line-height: 145%; }}
h1 {{ font-family: '{FAM}'; font-size: 16pt; color: #8c1d40; margin-bottom: 4pt; }}
h2 {{ font-family: '{FAM}'; font-size: 11.5pt; color: #8c1d40; margin-top: 12pt; margin-bottom: 3pt; }}
h3 {{ font-family: '{FAM}'; font-size: 10pt; margin-top: 8pt; margin-bottom: 2pt; }}
p {{ margin-top: 0; margin-bottom: 6pt; }}
td {{ font-family: '{FAM}'; font-size: 9pt; vertical-align: top; }}</style>"""

ADVICE = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<p style="font-size: 9pt; color: #8c1d40"><b>WELZIJNSRAAD KASTELHOVEN</b></p>
<h1>Warm de winter door</h1>
<p style="font-size: 11pt">Ongevraagd advies over de aanpak van energiearmoede</p>
<table width="100%" cellpadding="4" cellspacing="0" bgcolor="#efefef">
<tr><td width="28%" valign="top"><b>Advies nr.</b></td><td valign="top">WR 2026/05</td></tr>
<tr><td valign="top"><b>Aan</b></td><td valign="top">het vast bureau en de raad voor maatschappelijk welzijn van Kastelhoven</td></tr>
<tr><td valign="top"><b>Goedgekeurd</b></td><td valign="top">algemene vergadering van 21 oktober 2026 (17 stemmen voor, 2 onthoudingen)</td></tr>
<tr><td valign="top"><b>Contact</b></td><td valign="top">Griet Vanhoutte, voorzitter - Wim De Coninck, secretaris</td></tr>
</table>
<h2>1. Waarom dit advies</h2>
<p>De welzijnsraad brengt de verenigingen, de diensten en de vrijwilligers samen die in Kastelhoven werken rond
welzijn en armoede. Op onze vergaderingen kwam het voorbije jaar steeds hetzelfde signaal terug: steeds meer gezinnen
kunnen hun woning niet meer voldoende verwarmen of schuiven hun energiefacturen voor zich uit. Daarom geeft de raad
dit advies op eigen initiatief, nog vóór de winter van 2026-2027.</p>
<p>Het advies werd voorbereid door een werkgroep met vertegenwoordigers van de vereniging waar armen het woord nemen
't Fornuis, het Sociaal Huis, de Kringwinkel, de energiesnoeiers van het Energiehuis Leiestreek en twee
ervaringsdeskundigen. De werkgroep kwam vijf keer samen tussen mei en september.</p>
<h2>2. Vaststellingen</h2>
<p>In Kastelhoven hebben eind september 2026 in totaal 412 gezinnen een digitale meter met een actieve
prepaidfunctie, tegenover 318 een jaar eerder. Het Sociaal Huis kende in 2025 aan 238 gezinnen een
verwarmingstoelage van 150 euro toe. Uit de werkgroep blijkt dat vooral alleenstaande ouders, oudere alleenstaanden
en gezinnen in slecht geïsoleerde huurwoningen het moeilijk hebben.</p>
<p>Het Energiebesluit bepaalt dat de lokale adviescommissie moet worden samengeroepen voor een gezin in de
winterperiode van het net wordt afgesloten. Die bescherming werkt, maar ze komt pas op het allerlaatste moment.
Veel gezinnen vragen pas hulp als de schulden al hoog zijn opgelopen.</p>
<p>In ons advies WR 2022/03 schreven we al: 'Het OCMW moet energiearmoede aanpakken als een structureel probleem en
niet als een probleem van één winter.' De welzijnsraad adviseerde toen ook om een energiepunt in de bibliotheek op te
richten; dat is intussen gebeurd, en de raad is daar tevreden over.</p>
<p>De welzijnsraad stelt vast dat de private huurmarkt de grootste blinde vlek blijft. Huurders durven hun verhuurder
niet aan te spreken op een lekkend dak of enkel glas, en de bestaande premies komen bijna uitsluitend bij eigenaars
terecht. In de sociale huurwoningen van de wijk Ter Heide zijn de energiefacturen door de slechte isolatie
gemiddeld een derde hoger dan in de rest van de gemeente.</p>
<h2>3. Advies</h2>
<p>Wie in energiearmoede leeft, vindt de weg naar hulp vaak niet zelf. De welzijnsraad adviseert om alle gezinnen met
een leefloon of een verhoogde tegemoetkoming vóór 1 oktober actief te contacteren, met een brief en waar nodig een
huisbezoek. Daarvoor kan het Sociaal Huis de gegevens gebruiken die het nu al heeft.</p>
<p>Mensen hebben nood aan een vaste plek waar ze met hun facturen en vragen terechtkunnen. De raad beveelt aan om in
het Sociaal Huis een wekelijkse energiepermanentie te organiseren, op een vast moment en zonder afspraak, waar een
medewerker helpt bij het lezen van facturen en het vergelijken van contracten.</p>
<p>Wij vragen het vast bureau om de gratis energiescan ook open te stellen voor huurders van private woningen, met
een begeleidend gesprek met de verhuurder. Zonder zo'n gesprek blijft het rapport van de scan vaak in de schuif
liggen.</p>
<p>De welzijnsraad vraagt het bestuur om bij de woonmaatschappij Vlasland aan te dringen op een snellere energetische
renovatie van de wijk Ter Heide. De renovatie staat nu gepland na 2030; voor de bewoners is dat te laat.</p>
<p>De huidige verwarmingstoelage dekt maar een klein deel van de meerkost van de voorbije jaren. De welzijnsraad
adviseert de verwarmingstoelage van het OCMW op te trekken van 150 naar 300 euro per gezin, en ze ook toe te kennen
aan gezinnen die met elektriciteit verwarmen.</p>
<p>Ten slotte vraagt de welzijnsraad om een noodfonds op te richten waaruit onbetaalde energiefacturen in één keer
kunnen worden betaald, zodat gezinnen niet maandenlang met een afbetalingsplan en aanmaningskosten blijven zitten.
Wij stellen ook voor om elk jaar in oktober in de drie deelgemeenten een infoavond over energiecontracten en premies
te houden, samen met de verenigingen van de welzijnsraad.</p>
<h2>4. Tot besluit</h2>
<p>De welzijnsraad is zich ervan bewust dat niet alle voorstellen tegelijk kunnen worden uitgevoerd en dat het OCMW
ook afhankelijk is van Vlaamse en federale maatregelen. Zoals ons huishoudelijk reglement bepaalt, verwachten wij
binnen drie maanden een gemotiveerd antwoord.</p>
<p>Voor de welzijnsraad,<br>Griet Vanhoutte, voorzitter<br>Wim De Coninck, secretaris</p>
</body></html>"""

RESPONSE = f"""<html><head><meta charset="utf-8">{STYLE}</head><body>
<table width="100%" cellpadding="5" cellspacing="0" style="border-bottom: 2px solid #333"><tr>
<td><b>OCMW Kastelhoven</b><br>Markt 1, Kastelhoven</td>
<td align="right">UITTREKSEL UIT DE NOTULEN<br>van het vast bureau</td></tr></table>
<p style="margin-top: 10pt"><b>Zitting van 10 december 2026</b></p>
<p style="font-size: 9pt">Aanwezig: Sofie Claeys, voorzitter; Pieter Maes, Hilde Verstraete, Jonas Lefever en
Anouk Desmet, leden; Bart Vandamme, algemeen directeur<br>Verontschuldigd: Dirk Vanmeirhaeghe, lid</p>
<h2>Agendapunt 7. Antwoord op het advies WR 2026/05 van de welzijnsraad over energiearmoede - goedkeuring</h2>
<h3>Voorgeschiedenis</h3>
<p>Op 4 november 2026 ontving het bestuur het ongevraagd advies 'Warm de winter door' van de welzijnsraad. Het vast
bureau besprak het advies op 19 november met een delegatie van de welzijnsraad en de diensthoofden van het Sociaal
Huis.</p>
<h3>Feiten en context</h3>
<p>In 2026 ontvingen tot eind november 251 gezinnen een verwarmingstoelage, voor een totaal van 37.650 euro. De
lokale adviescommissie kwam dit jaar elf keer samen en behandelde 64 dossiers.</p>
<h3>Juridische gronden</h3>
<p>Het decreet over het lokaal bestuur van 22 december 2017, in het bijzonder de bepalingen over de
adviesraden.<br>Het huishoudelijk reglement van de welzijnsraad, artikel 9, volgens hetwelk het bestuur binnen drie
maanden een gemotiveerd antwoord geeft op elk advies.</p>
<h3>Argumentatie</h3>
<p>Het vast bureau sluit zich volledig aan bij het tweede advies. Vanaf 12 januari 2027 is er elke dinsdagvoormiddag
een energiepermanentie in het Sociaal Huis, zonder afspraak, met een maatschappelijk werker en een energiesnoeier.</p>
<p>Ook het eerste voorstel wordt uitgevoerd. De dienst sociale zaken schrijft in september 2027 alle gezinnen met een
leefloon of een verhoogde tegemoetkoming aan en plant een huisbezoek bij wie niet reageert.</p>
<p>Wat het derde advies betreft, stelt het vast bureau de gratis energiescan in 2027 open voor huurders van private
woningen met een verhoogde tegemoetkoming, met een maximum van zestig scans. Een begeleidend gesprek met de verhuurder
kan het OCMW niet organiseren; de energiesnoeiers geven de huurder wel een modelbrief mee.</p>
<p>Het vijfde en het zesde advies kan het vast bureau niet volgen. Een verdubbeling van de verwarmingstoelage past
niet binnen het meerjarenplan; het bedrag blijft 150 euro, al wordt de toelage vanaf 2027 wel aangepast aan de
index. Een noodfonds dat facturen in één keer betaalt, zou volgens het vast bureau de bestaande schuldbemiddeling
doorkruisen; gezinnen met hoge achterstallen blijven daarom terecht bij de budgetbegeleiding.</p>
<p>Het vierde advies betreft een bevoegdheid van de woonmaatschappij. Het vast bureau zal de vraag overmaken aan de
woonmaatschappij Vlasland en ze agenderen op het lokaal woonoverleg in het voorjaar; een engagement over de planning
van de renovatie kan het bestuur niet aangaan.</p>
<h3>Financiële gevolgen</h3>
<p>De uitbreiding van de energiescans wordt gefinancierd binnen actie 2.3.4 van het meerjarenplan 2026-2031. De
permanentie wordt georganiseerd binnen de bestaande personeelsformatie.</p>
<h2>Besluit</h2>
<p><b>Artikel 1.</b> Het vast bureau neemt kennis van het advies WR 2026/05 van de welzijnsraad.<br>
<b>Artikel 2.</b> Het vast bureau keurt het antwoord goed zoals opgenomen in de argumentatie van dit besluit.<br>
<b>Artikel 3.</b> De algemeen directeur wordt belast met de uitvoering van dit besluit.<br>
<b>Artikel 4.</b> Een afschrift van dit besluit wordt bezorgd aan de voorzitter van de welzijnsraad.</p>
<p style="font-size: 9pt">Namens het vast bureau,<br>(get.) Bart Vandamme, algemeen directeur - Sofie Claeys,
voorzitter<br>Voor eensluidend uittreksel, Kastelhoven, 11 december 2026</p>
</body></html>"""


def expected():
    recs = [
        (1, "De welzijnsraad adviseert om alle gezinnen met een leefloon",
         "schrijft in september 2027 alle gezinnen met een leefloon", "agrees"),
        (2, "De raad beveelt aan om in het Sociaal Huis",
         "Vanaf 12 januari 2027 is er elke dinsdagvoormiddag een energiepermanentie", "agrees"),
        (3, "Wij vragen het vast bureau om de gratis energiescan",
         "met een maximum van zestig scans", "partly"),
        (4, "De welzijnsraad vraagt het bestuur om bij de woonmaatschappij Vlasland",
         "zal de vraag overmaken aan de woonmaatschappij Vlasland", "noted"),
        (5, "De welzijnsraad adviseert de verwarmingstoelage van het OCMW op te trekken",
         "Een verdubbeling van de verwarmingstoelage past niet binnen het meerjarenplan", "disagrees"),
        (6, "Ten slotte vraagt de welzijnsraad om een noodfonds op te richten",
         "zou volgens het vast bureau de bestaande schuldbemiddeling doorkruisen", "disagrees"),
        (7, "Wij stellen ook voor om elk jaar in oktober", None, "unanswered"),
    ]
    unmatched = ["Het vast bureau besprak het advies op 19 november",
                 "De lokale adviescommissie kwam dit jaar elf keer samen",
                 "Een afschrift van dit besluit wordt bezorgd aan de voorzitter"]
    notes = ("Flemish welzijnsraad's ongevraagd advies on energiearmoede to the OCMW (LibreOffice from HTML, 2 p., sans, "
             "grey metadata table, stamped head from p. 2, 'pagina n/m'): findings (Energiebesluit 'moet', the 2022 "
             "advice quoted with 'moet', 'De welzijnsraad adviseerde toen ook om een energiepunt ...' in the past "
             "tense = an earlier, already realised recommendation, 'De welzijnsraad stelt vast', figures); "
             "recommendations UNNUMBERED SENTENCES inside running paragraphs of '3. Advies' ('De welzijnsraad "
             "adviseert om ...', 'De raad beveelt aan ...', 'Wij vragen ...', 'Ten slotte vraagt ...', 'Wij stellen "
             "ook voor ...'; two in the last paragraph), expected 1-7 in order. Response: 'uittreksel uit de notulen "
             "van het vast bureau', agendapunt 7 (trap), Voorgeschiedenis / Feiten en context (figures) / Juridische "
             "gronden / Argumentatie / Financiële gevolgen / Besluit Artikel 1-4 ('neemt kennis van het advies' = "
             "trap); Argumentatie by ORDINALS, order 2, 1, 3, 5+6, 4: 'het tweede advies' agrees (permanentie from 12 "
             "January 2027); 'het eerste voorstel' agrees; 'het derde advies' partly (scan for private tenants with "
             "verhoogde tegemoetkoming, max. sixty, no talk with the landlord); 'het vijfde en het zesde advies' = 5 "
             "disagrees (toelage stays 150 euro, only indexed) + 6 disagrees (no noodfonds); 'het vierde advies' "
             "noted (passed on to the woonmaatschappij, no commitment); 7 (infoavond energiecontracten) unanswered; "
             "Voorgeschiedenis, Feiten en context and Besluit answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Welzijnsraad Kastelhoven - advies WR 2026/05 'Warm de winter door'",
            "pagina {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "OCMW Kastelhoven - vast bureau 10 december 2026 - agendapunt 7",
            "pagina {n}/{m}", F["Regular"])
    expected()

"""Round 131 (nl): the ADVIES of an (invented) Flemish GEMEENTELIJKE MOBILITEITSRAAD on a draft traffic circulation
plan, its seven recommendations CODED with the advice's reference number 'MR/26/04-1' ... '-7' in a HANGING LEFT
COLUMN under three zone sub-headings, among unnumbered observations; answered by the GEMEENTERAAD's BESLUIT, whose
'Motivering' summarises the advice and whose ARTICLES answer it ('Artikel 2 ... zoals gevraagd in de adviespunten
MR/26/04-1 en MR/26/04-2'), articles 1 and 7 answering nothing, point 7 never answered.

Advice (LibreOffice headless from HTML, 2-3 p., petrol headings, stamped head from p. 2, 'pagina n van m'): the
college's questions numbered 1-3 (trap), the Decreet over het lokaal bestuur paraphrased with 'moet' (trap),
observations 'Vaststelling:' with traffic counts (trap), the council's 2021 advice quoted as an imperative (trap), an
overall 'voorwaardelijk gunstig advies' and a closing line naming 'adviespunten 3 en 4' (trap). Response
(LibreOffice, 2 p.): -1 and -2 in ONE article (both agree), -3 partly, -4 disagrees, -5 agrees, -6 noted; -7
unanswered; the Motivering's count of advices, articles 1 and 7 answer nothing. All bodies, places, people, figures
and reference numbers invented; the Decreet over het lokaal bestuur is named as context only.

Run: /tmp/blind131nl/bin/python tests/docs/src/blind131/gen_nl_mobiliteitsraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b131nl as B  # noqa: E402

NAME = "blind131_nl_mobiliteitsraad"
F = B.tmp_fonts()
SANS = "B131NL Sans"
PETROL = "#14596b"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {PETROL}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11.5pt; color: {PETROL}; margin-top: 0.35cm; margin-bottom: 0.1cm; }}
h3 {{ font-family: '{SANS}'; font-size: 10pt; color: {PETROL}; margin-top: 0.25cm; margin-bottom: 0.08cm; }}
td {{ font-family: '{SANS}'; font-size: 9.4pt; vertical-align: top; }}
li {{ margin-bottom: 0.08cm; }}
.small {{ font-size: 8.2pt; color: #555555; }}
</style>"""


def point(code, text):
    return (f'<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr>'
            f'<td width="20%"><b><font color="{PETROL}">{code}</font></b></td>'
            f'<td width="80%"><p style="margin-bottom:0.05cm">{text}</p></td></tr></table>')


def obs(text):
    return f'<p><i>Vaststelling:</i> {text}</p>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies ontwerp-circulatieplan
Centrum Ravelde</title>{CSS}</head><body>
<p class="small">Gemeentelijke Mobiliteitsraad Ravelde - secretariaat: dienst Mobiliteit, Stadhuisplein 1, 3790 Ravelde</p>
<h1>Advies over het ontwerp-circulatieplan Centrum</h1>
<p class="small">Advies MR/26/04 - goedgekeurd op de algemene vergadering van 3 maart 2026 - aan het college van
burgemeester en schepenen</p>
<hr>
<h2>1. Adviesvraag</h2>
<p>Op 20 januari 2026 vroeg het college de mobiliteitsraad om advies over het ontwerp-circulatieplan voor het
centrum van Ravelde. Het college stelde daarbij drie vragen:</p>
<ol>
<li>Is het plan voldoende veilig voor fietsers en voetgangers, in het bijzonder rond de scholen?</li>
<li>Blijft het centrum voldoende bereikbaar voor handelaars, leveranciers en hulpdiensten?</li>
<li>Welke effecten verwacht de raad op de omliggende wijken?</li>
</ol>
<p>Volgens het Decreet over het lokaal bestuur moet het college de adviesraden tijdig betrekken bij belangrijke
beleidsvoorbereiding. De mobiliteitsraad waardeert dat hij al in de ontwerpfase om advies werd gevraagd. Hij
besprak het plan op twee werkvergaderingen en een bewonersavond met 74 deelnemers.</p>
<h2>2. Algemene beoordeling</h2>
<p>De mobiliteitsraad steunt de keuze om het doorgaand verkeer uit het centrum te weren. In zijn advies over het
mobiliteitsplan van 2021 schreef de raad al: <i>'Geef het centrum terug aan de voetganger en de fietser.'</i> Het
ontwerp zet die lijn voort. De raad geeft een voorwaardelijk gunstig advies, en vraagt het college om rekening te
houden met de adviespunten hieronder. Ze zijn geordend per zone van het plan.</p>
<h2>3. Adviespunten per zone</h2>
<h3>Zone Markt en Kerkstraat</h3>
{obs("op een gewone werkdag rijden 6.200 motorvoertuigen door de Kerkstraat, waarvan naar schatting 40 procent "
     "doorgaand verkeer. Het plan voorziet een knip ter hoogte van de kerk.")}
{point("MR/26/04-1", "Voer de knip in de Kerkstraat in zoals voorzien, maar laat hulpdiensten en bussen van De Lijn "
       "door via een automatische paal.")}
{point("MR/26/04-2", "Verleng de schoolstraat aan de Sint-Jozefschool ook naar het middagmoment, van 11.45 tot "
       "12.15 uur.")}
{point("MR/26/04-3", "Richt de Stationslaan over de volledige lengte in als fietsstraat, van het station tot aan de "
       "ring.")}
<h3>Zone Veldstraat en Hoogstraat</h3>
{obs("na de invoering van eenrichtingsverkeer in de Veldstraat als proef in oktober 2025 steeg het aantal "
     "voertuigen in de Hoogstraat van 1.100 naar 1.850 per dag.")}
{point("MR/26/04-4", "Schaf het eenrichtingsverkeer in de Veldstraat weer af, omdat het sluipverkeer zich naar de "
       "Hoogstraat verplaatst.")}
<h3>Zone Marktplein</h3>
{obs("op zaterdag staan op het Marktplein gemiddeld 130 fietsen, terwijl er 72 plaatsen in rekken zijn.")}
{point("MR/26/04-5", "Voorzie op het Marktplein minstens 40 bijkomende fietsenstallingen, waarvan een deel "
       "overdekt.")}
{point("MR/26/04-6", "Onderzoek of een gratis centrumpendel op zaterdag haalbaar is tussen de randparking en de "
       "markt.")}
{point("MR/26/04-7", "Evalueer het circulatieplan zes maanden na de invoering, met verkeerstellingen en een "
       "bevraging van de handelaars en de bewoners.")}
<h2>4. Tot slot</h2>
<p>De mobiliteitsraad vraagt het college om zijn beslissing over dit advies te motiveren, zoals het huishoudelijk
reglement van de adviesraden voorschrijft. De raad hecht in het bijzonder aan de adviespunten 3 en 4, omdat die de
veiligheid van fietsers in de omliggende wijken raken.</p>
<p>Voor de mobiliteitsraad,<br>Lien Vanderstraeten, voorzitter<br>Joris Declercq, secretaris</p>
</body></html>"""


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit gemeenteraad
circulatieplan Centrum</title>{CSS}</head><body>
<p class="small">Gemeente Ravelde - uittreksel uit de notulen van de gemeenteraad</p>
<h1>Circulatieplan Centrum - definitieve vaststelling</h1>
<p class="small">Zitting van 28 april 2026 - agendapunt 14 - dossier MOB/2026/0113</p>
<p class="small">Aanwezig: Hanne Peeters, voorzitter; Bart Willems, burgemeester; schepenen en raadsleden volgens de
aanwezigheidslijst; Katrien Goossens, algemeen directeur</p>
<hr>
<h2>Motivering</h2>
<h3>Voorgeschiedenis</h3>
<p>Het college keurde op 13 januari 2026 het ontwerp-circulatieplan Centrum goed en legde het voor advies voor aan
de mobiliteitsraad. Van 2 februari tot 3 maart 2026 liep een participatietraject met een bewonersavond en een online
bevraging, waarop 412 reacties binnenkwamen.</p>
<h3>Juridische grond</h3>
<p>Het Decreet over het lokaal bestuur, de artikelen over de bevoegdheden van de gemeenteraad en over de adviesraden.
Het gemeentelijk mobiliteitsplan van 2021.</p>
<h3>Adviezen</h3>
<p>De mobiliteitsraad bracht op 3 maart 2026 een voorwaardelijk gunstig advies uit met zeven adviespunten. Het
college heeft elk adviespunt afgewogen; de keuzes zijn verwerkt in de artikelen hieronder. Ook de politiezone en de
brandweerzone gaven een gunstig advies.</p>
<h3>Financiële gevolgen</h3>
<p>De uitvoering kost naar raming 385.000 euro, voorzien in het meerjarenplan onder actie 4.2.1. Daarvan gaat
240.000 euro naar de fietsstraat en 60.000 euro naar de automatische palen.</p>
<h2>Stemming</h2>
<p>Met 19 stemmen voor, 6 stemmen tegen en 2 onthoudingen.</p>
<h2>Besluit</h2>
<p><b>Artikel 1.</b> De gemeenteraad stelt het circulatieplan Centrum definitief vast, zoals opgenomen in de
bijlage, met de aanpassingen in de artikelen 2 tot en met 6.</p>
<p><b>Artikel 2.</b> De knip in de Kerkstraat wordt ingevoerd met een automatische paal die voor hulpdiensten en
lijnbussen opent, zoals gevraagd in de adviespunten MR/26/04-1 en MR/26/04-2. De schoolstraat aan de Sint-Jozefschool
geldt voortaan ook over de middag, van 11.45 tot 12.15 uur.</p>
<p><b>Artikel 3.</b> De Stationslaan wordt ingericht als fietsstraat tussen het station en de Molenstraat. Het
deel tussen de Molenstraat en de ring blijft voorlopig een gewone straat met fietssuggestiestroken, omdat daar
dagelijks 640 vrachtwagens naar het bedrijventerrein rijden.</p>
<p><b>Artikel 4.</b> Het eenrichtingsverkeer in de Veldstraat blijft behouden. De raad volgt het advies op dit punt
niet: de straat is te smal voor verkeer in twee richtingen en fietsers. Om het sluipverkeer in de Hoogstraat te
beperken, komt er een snelheidsremmende inrichting.</p>
<p><b>Artikel 5.</b> Op het Marktplein worden 48 extra fietsenstallingen geplaatst, waarvan 24 overdekt, nog
voor de zomer van 2026.</p>
<p><b>Artikel 6.</b> Het college wordt gelast de mogelijkheid van een pendeldienst op zaterdag mee te nemen in de
bredere studie over het parkeerbeleid, die in 2027 wordt verwacht. Een beslissing over de pendel wordt nu niet
genomen.</p>
<p><b>Artikel 7.</b> Dit besluit wordt bekendgemaakt op de gemeentelijke website en ter kennis gebracht van de
mobiliteitsraad, de politiezone en De Lijn.</p>
<p style="margin-bottom:0.3cm"></p>
<p>Namens de gemeenteraad,<br>Katrien Goossens, algemeen directeur - Hanne Peeters, voorzitter van de gemeenteraad</p>
</body></html>"""


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Mobiliteitsraad Ravelde - advies MR/26/04 - ontwerp-circulatieplan Centrum",
            "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Ravelde - gemeenteraad 28 april 2026 - MOB/2026/0113",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Voer de knip in de Kerkstraat in zoals voorzien",
         "met een automatische paal die voor hulpdiensten en lijnbussen opent", "agrees"),
        (2, "Verleng de schoolstraat aan de Sint-Jozefschool ook naar het middagmoment",
         "geldt voortaan ook over de middag", "agrees"),
        (3, "Richt de Stationslaan over de volledige lengte in als fietsstraat",
         "blijft voorlopig een gewone straat met fietssuggestiestroken", "partly"),
        (4, "Schaf het eenrichtingsverkeer in de Veldstraat weer af",
         "De raad volgt het advies op dit punt niet", "disagrees"),
        (5, "Voorzie op het Marktplein minstens 40 bijkomende fietsenstallingen",
         "worden 48 extra fietsenstallingen geplaatst, waarvan 24 overdekt", "agrees"),
        (6, "Onderzoek of een gratis centrumpendel op zaterdag haalbaar is",
         "Een beslissing over de pendel wordt nu niet genomen", "noted"),
        (7, "Evalueer het circulatieplan zes maanden na de invoering", None, "unanswered"),
    ], ["waarop 412 reacties binnenkwamen",
        "Daarvan gaat 240.000 euro naar de fietsstraat",
        "stelt het circulatieplan Centrum definitief vast",
        "wordt bekendgemaakt op de gemeentelijke website"],
        "Advice: a Flemish municipal mobility council's advice on a draft circulation plan; the seven recommendations "
        "are CODED with the advice's reference 'MR/26/04-1' ... '-7' in a hanging left column under three zone "
        "sub-headings (3 + 1 + 3), each zone opening with an italic 'Vaststelling:' observation with traffic counts. "
        "Traps: the college's questions numbered 1-3, the Decreet over het lokaal bestuur paraphrased with 'moet', the "
        "2021 advice quoted as an imperative, the overall 'voorwaardelijk gunstig advies', and a closing line naming "
        "'de adviespunten 3 en 4'. Response: the gemeenteraad's besluit (extract of the minutes): a Motivering "
        "(history, legal basis, a paragraph counting 'zeven adviespunten', finances with figures) and the vote answer "
        "nothing; then ARTICLES: 1 adopts the plan (nothing), 2 answers -1 and -2 in ONE article naming both codes "
        "(both agree: automatic bollard; school street at noon), 3 partly (bicycle street only to the Molenstraat), "
        "4 disagrees (one-way stays), 5 agrees (48 racks), 6 noted (taken into a parking study in 2027, no decision "
        "now), 7 publication (nothing). -7 (evaluation after six months) is never answered.")

"""Round 115 (nl): the ADVIES of a Flemish municipal GEZINSRAAD (advisory council for family policy) on the draft
reglement for the summer programme (speelpleinwerking and buitenschoolse opvang), answered in the ONTWERPBESLISSING
(draft decision) put to the gemeenteraad, whose 'Adviezen' section QUOTES each proposal of the gezinsraad and gives
the college's answer under it.

Advice (Chromium headless, sans, 2 p., a teal-green band head, a floated 'Zomer 2026 in cijfers' box, a shaded band
of findings CODED V1-V4 (trap), stamped head from p. 2, 'p. n/m'): the BKO-decreet 'moet' (trap), the gezinsraad's
2024 advice quoted with 'moet' (realised; trap), 'Wat goed loopt' as a bullet list (trap); recommendations as seven
CARDS in a TWO-COLUMN GRID ('Voorstel 1 - Inschrijven', then the recommendation sentence, then a grey 'Waarom?'
line), expected 1-7 in card order (row by row); closing line citing 'de voorstellen 2 en 3'. Response: a Flemish
ontwerpbeslissing for the gemeenteraad: Aanleiding en context, Juridische grond, Adviezen (the jeugdraad's
'gunstig advies' answers nothing; the gezinsraad's proposals QUOTED in grey blocks, each followed by 'Antwoord van
het college', order 6, 1, 3+5 (one quote, two proposals), 2, 4; 7 unanswered), Financiële gevolgen, Besluit
'Artikel 1-3'. All invented.

Run: /tmp/blind115nl/bin/python tests/docs/src/blind115/gen_nl_gezinsraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b115nl as B  # noqa: E402

NAME = "blind115_nl_gezinsraad"
F = B.tmp_fonts()
FAM = "B115NL Sans"
TEAL = "#1f6f63"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 17mm 20mm 17mm 20mm; }}
body {{ font-family: '{FAM}'; font-size: 9.3pt; line-height: 1.45; color: #1b1b1b;
       font-variant-ligatures: none; hyphens: manual; }}
.band {{ background: {TEAL}; color: white; padding: 10px 14px 9px; display: flex; justify-content: space-between;
         align-items: flex-end; margin-bottom: 12px; }}
.band .org {{ min-width: 80mm; font-size: 14pt; font-weight: bold; line-height: 1.2; }}
.band .org span {{ display: block; font-size: 8.3pt; font-weight: normal; }}
.band .ref {{ font-size: 8.2pt; text-align: right; line-height: 1.45; white-space: nowrap; }}
h1 {{ font-size: 18pt; margin: 0 0 2px; color: {TEAL}; line-height: 1.2; }}
.sub {{ font-size: 10pt; color: #444; margin: 0 0 12px; }}
h2 {{ font-size: 11.2pt; color: {TEAL}; margin: 13px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
ul {{ margin: 2px 0 7px; padding-left: 18px; }}
li {{ margin-bottom: 1px; }}
.fig {{ float: right; width: 58mm; margin: 2px 0 8px 12px; padding: 7px 9px; border: 1px solid {TEAL};
        font-size: 8.3pt; line-height: 1.4; }}
.fig b {{ color: {TEAL}; }}
.fig table {{ border-collapse: collapse; width: 100%; margin-top: 3px; }}
.fig td {{ padding: 1px 0; border-bottom: 1px dotted #9bbdb6; vertical-align: top; }}
.fig td.n {{ text-align: right; white-space: nowrap; padding-left: 6px; }}
.vast {{ background: #eef5f3; padding: 7px 10px 4px; margin: 6px 0 8px; clear: both; }}
.vast .v {{ display: flex; margin-bottom: 4px; }}
.vast .v .c {{ width: 9mm; flex: none; font-weight: bold; color: {TEAL}; }}
.grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 9px 10px; margin: 6px 0 10px; }}
.card {{ border: 1px solid #b9d3ce; border-top: 4px solid {TEAL}; padding: 6px 9px 7px; break-inside: avoid; }}
.card .lab {{ font-size: 7.8pt; font-weight: bold; color: {TEAL}; letter-spacing: 0.5px; margin-bottom: 3px; }}
.card .t {{ font-weight: bold; margin-bottom: 4px; }}
.card .w {{ font-size: 8.2pt; color: #555; }}
.sign {{ margin-top: 12px; }}
/* response */
.rhead {{ border-bottom: 2px solid {TEAL}; padding-bottom: 6px; margin-bottom: 8px; }}
.rhead .g {{ font-size: 9pt; font-weight: bold; color: {TEAL}; letter-spacing: 0.6px; }}
.rhead .t {{ font-size: 15pt; font-weight: bold; line-height: 1.25; }}
table.meta {{ font-size: 8.5pt; border-collapse: collapse; margin-bottom: 6px; }}
table.meta td {{ padding: 1px 14px 1px 0; vertical-align: top; }}
table.meta td.k {{ font-weight: bold; white-space: nowrap; }}
h3 {{ font-size: 9.6pt; text-transform: uppercase; letter-spacing: 0.5px; color: {TEAL}; margin: 12px 0 4px;
      break-after: avoid; }}
h4 {{ font-size: 9.4pt; margin: 9px 0 3px; break-after: avoid; }}
.q {{ background: #f1f1f1; border-left: 3px solid #8a8a8a; padding: 5px 9px; margin: 7px 0 4px; font-style: italic;
      break-after: avoid; }}
.ans b {{ color: {TEAL}; }}
.art {{ margin: 0 0 4px; }}
</style>"""

CARDS = [
    ("Voorstel 1 - Inschrijven",
     "Organiseer de inschrijvingen in twee rondes, zodat niet alleen wie om 9 uur klaarzit een plaats krijgt.",
     "In de eerste ronde kan elk kind maximaal twee weken boeken; de overige plaatsen gaan een week later open."),
    ("Voorstel 2 - Kinderen met een zorgnood",
     "Reserveer elke week ten minste vijf plaatsen voor kinderen met een specifieke zorgnood, met een extra "
     "begeleider.", "Deze gezinnen vinden nu bijna nooit een plaats, en zijn in de zomer het zwaarst belast."),
    ("Voorstel 3 - Vervoer",
     "Zet in juli en augustus een pendelbus in tussen de deelgemeenten en het speelplein.",
     "Uit Oostrode en Sint-Jorisveld komen nauwelijks kinderen, omdat het speelplein zes kilometer verderop ligt."),
    ("Voorstel 4 - Prijs",
     "Verlaag de dagprijs met sociaal tarief van 2 euro naar 1 euro per kind.",
     "Voor een gezin met drie kinderen kost een zomer van vier weken nu nog 120 euro."),
    ("Voorstel 5 - Openingsuren",
     "Verleng de openingsuren van de opvang tijdens de zomer tot 18.30 uur.",
     "Ouders met een ploegendienst of een lange verplaatsing halen 18 uur niet."),
    ("Voorstel 6 - Informatie",
     "Verspreid de informatie over de zomerwerking ook op papier via alle scholen, in eenvoudige taal.",
     "Een derde van de gezinnen in de bevraging wist niet dat er een sociaal tarief bestaat."),
    ("Voorstel 7 - Evaluatie",
     "Betrek de gezinsraad en een aantal ouders bij de evaluatie van de zomerwerking in oktober.",
     "Wie de zomer heeft meegemaakt, ziet wat er op papier niet te zien is."),
]


def cards_html():
    return '<div class="grid">' + "".join(
        f'<div class="card"><div class="lab">{lab.upper()}</div><div class="t">{t}</div>'
        f'<div class="w">Waarom? {w}</div></div>' for lab, t, w in CARDS) + "</div>"


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="band"><div class="org">Gezinsraad Heverlinde<span>adviesraad voor het gezinsbeleid van de gemeente
Heverlinde</span></div>
<div class="ref">advies GZR/2026/07<br>algemene vergadering van 22 september 2026<br>aan het college van
burgemeester en schepenen</div></div>

<h1>Een zomer voor elk kind</h1>
<p class="sub">Advies over het ontwerp van reglement voor de zomerwerking 2027 (speelpleinwerking en buitenschoolse
opvang)</p>

<div class="fig"><b>Zomer 2026 in cijfers</b>
<table><tr><td>inschrijvingen speelplein</td><td class="n">1.140</td></tr>
<tr><td>kinderen met sociaal tarief</td><td class="n">96</td></tr>
<tr><td>plaatsen per dag</td><td class="n">180</td></tr>
<tr><td>wachtlijst (kinderdagen)</td><td class="n">610</td></tr>
<tr><td>dagprijs / sociaal tarief</td><td class="n">€ 8 / € 2</td></tr>
<tr><td>openingsuren opvang</td><td class="n">7-18 uur</td></tr></table></div>

<h2>1. De adviesvraag</h2>
<p>Op 26 juni 2026 vroeg het college de gezinsraad om advies over het ontwerp van reglement voor de zomerwerking
2027. Het ontwerp voegt de speelpleinwerking in het Kasteelpark en de buitenschoolse opvang in de zomer samen tot
één aanbod, met één inschrijving en één prijs. Volgens het decreet over de buitenschoolse opvang moet het lokaal
bestuur de regie voeren over de opvang en de vrijetijd van schoolgaande kinderen, en daarbij ook de gezinnen
betrekken.</p>
<p>Om dit advies voor te bereiden hielden we in augustus een bevraging via de scholen en het Huis van het Kind; 212
gezinnen vulden ze in. Daarnaast organiseerden we twee gesprekken met ouders, één in het Huis van het Kind en één
in het buurtcentrum van Oostrode, en spraken we met de coördinator van het speelplein.</p>

<h2>2. Wat goed loopt</h2>
<ul><li>De kinderen zijn erg tevreden over de animatoren en het aanbod: 89 procent geeft de speelpleinwerking een
goede of zeer goede score.</li>
<li>De samenvoeging tot één aanbod maakt het voor ouders eenvoudiger.</li>
<li>In ons advies van 2024 over de kinderopvang schreven wij: 'De gemeente moet de opvang ook tijdens de
schoolvakanties om 7 uur openen.' Dat gebeurt sinds de zomer van 2025, en ouders zijn daar erg blij mee.</li></ul>

<h2>3. Wat wij vaststellen</h2>
<div class="vast">
<div class="v"><div class="c">V1</div><div>Bij de online inschrijving op 3 maart 2026 waren de plaatsen voor de
eerste twee weken van juli binnen het uur volzet. Ouders die op dat moment werkten of geen computer hadden, vielen
uit de boot.</div></div>
<div class="v"><div class="c">V2</div><div>Kinderen met een beperking of een specifieke zorgnood kregen in 2026 in
totaal 41 kinderdagen, op meer dan 9.000 kinderdagen in het geheel.</div></div>
<div class="v"><div class="c">V3</div><div>Slechts 4 procent van de ingeschreven kinderen woont in de deelgemeenten
Oostrode en Sint-Jorisveld, terwijl daar 19 procent van de kinderen van Heverlinde woont.</div></div>
<div class="v"><div class="c">V4</div><div>Het sociaal tarief wordt weinig gebruikt: 96 kinderen, terwijl volgens
het OCMW ruim 300 kinderen er recht op hebben.</div></div>
</div>
<p>Het ontwerp van reglement lost deze knelpunten niet op. Het behoudt de online inschrijving op één dag, de prijzen
en de openingsuren van 2026.</p>

<h2>4. Onze voorstellen</h2>
<p>De gezinsraad vraagt het college om het reglement op de volgende punten aan te passen of aan te vullen.</p>
{cards_html()}

<h2>5. Tot slot</h2>
<p>De gezinsraad vraagt het college om in zijn antwoord in het bijzonder in te gaan op de voorstellen 2 en 3, omdat
die de gezinnen betreffen die de zomerwerking het meest nodig hebben. Wij blijven graag betrokken bij de
uitwerking.</p>
<p class="sign">Voor de gezinsraad,<br>Lotte Vanderhaeghen, voorzitter &nbsp;&nbsp;·&nbsp;&nbsp; Koen De Smedt,
secretaris</p>
</body></html>""".replace("&nbsp;", " ")

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<div class="rhead"><div class="g">GEMEENTE HEVERLINDE - GEMEENTERAAD</div>
<div class="t">Ontwerpbeslissing: reglement zomerwerking 2027 - goedkeuring</div></div>
<table class="meta">
<tr><td class="k">Zitting</td><td>24 november 2026</td></tr>
<tr><td class="k">Agendapunt</td><td>12</td></tr>
<tr><td class="k">Dienst</td><td>Vrije Tijd - team Jeugd en Gezin</td></tr>
<tr><td class="k">Voorgelegd door</td><td>het college van burgemeester en schepenen, zitting 3 november 2026</td></tr>
<tr><td class="k">Bevoegde schepen</td><td>Ine Goossens, schepen van Jeugd, Gezin en Onderwijs</td></tr></table>

<h3>Aanleiding en context</h3>
<p>Heverlinde organiseert al sinds 1978 een speelpleinwerking in het Kasteelpark. Sinds 2019 biedt de gemeente in
de zomer daarnaast buitenschoolse opvang aan in de Gemeentelijke Basisschool De Linde. Beide aanbiedingen hebben
een eigen reglement, een eigen inschrijving en een eigen prijs. Het nieuwe reglement voegt ze samen tot één
zomerwerking voor kinderen van 3 tot 12 jaar.</p>

<h3>Juridische grond</h3>
<p>Het Decreet over het lokaal bestuur, artikel 40 en 41, over de bevoegdheden van de gemeenteraad. Het decreet
over de buitenschoolse opvang en de afstemming van de vrijetijdsactiviteiten. Het gemeentelijk retributiereglement
voor vrijetijdsactiviteiten van 17 december 2024.</p>

<h3>Adviezen</h3>
<h4>Advies van de jeugdraad</h4>
<p>De jeugdraad gaf op 14 september 2026 een gunstig advies. Hij vraagt wel aandacht voor voldoende animatoren met
een attest; het college neemt daarvan kennis.</p>
<h4>Advies van de gezinsraad</h4>
<p>De gezinsraad bracht op 22 september 2026 een uitgebreid advies uit (GZR/2026/07). Hieronder worden de
voorstellen van de gezinsraad aangehaald, telkens gevolgd door het antwoord van het college.</p>

<div class="q">"Verspreid de informatie over de zomerwerking ook op papier via alle scholen, in eenvoudige taal."</div>
<p class="ans"><b>Antwoord van het college.</b> Akkoord. Vanaf de zomer van 2027 krijgen alle kinderen van de
basisscholen in februari een folder mee in eenvoudige taal, met een aparte vermelding van het sociaal tarief. De
folder is ook te krijgen in het Huis van het Kind en in de bibliotheek.</p>

<div class="q">"Organiseer de inschrijvingen in twee rondes."</div>
<p class="ans"><b>Antwoord van het college.</b> Het college volgt dit voorstel. Er komt een eerste ronde in maart
waarin elk kind voor maximaal twee weken kan worden ingeschreven; de resterende plaatsen worden een week later
vrijgegeven. Wie geen computer heeft, kan op beide dagen inschrijven aan het onthaal van het Huis van het Kind.</p>

<div class="q">"Zet in juli en augustus een pendelbus in tussen de deelgemeenten en het speelplein" en "Verleng de
openingsuren van de opvang tot 18.30 uur."</div>
<p class="ans"><b>Antwoord van het college.</b> Een eigen pendelbus zou volgens een offerte ongeveer 38.000 euro per
zomer kosten. Dat vindt het college niet verantwoord; er komt dus geen pendelbus. Gezinnen uit Oostrode en
Sint-Jorisveld kunnen wel gebruikmaken van de bestaande belbus. Ook de openingsuren blijven ongewijzigd: de opvang
sluit om 18 uur. Een later sluitingsuur vraagt een extra ploeg begeleiders, terwijl in 2026 gemiddeld maar vier
kinderen na 17.30 uur werden opgehaald.</p>

<div class="q">"Reserveer elke week ten minste vijf plaatsen voor kinderen met een specifieke zorgnood, met een extra
begeleider."</div>
<p class="ans"><b>Antwoord van het college.</b> Het college reserveert elke week drie plaatsen voor kinderen met een
specifieke zorgnood. Voor de extra begeleiding sluit de gemeente een overeenkomst met een inclusieve
vrijetijdsorganisatie uit de regio. Vijf plaatsen is in het eerste jaar niet haalbaar, maar het college bekijkt na
de zomer van 2027 of uitbreiding mogelijk is.</p>

<div class="q">"Verlaag de dagprijs met sociaal tarief van 2 euro naar 1 euro per kind."</div>
<p class="ans"><b>Antwoord van het college.</b> Het college begrijpt de vraag. De prijzen van alle
vrijetijdsactiviteiten worden in 2027 samen herbekeken bij de herziening van het retributiereglement. Het voorstel
van de gezinsraad wordt daarin meegenomen; tot dan blijft het sociaal tarief 2 euro.</p>

<h3>Financiële gevolgen</h3>
<p>De zomerwerking is opgenomen in het meerjarenplan onder actie 3.2.4 'Een betaalbaar vrijetijdsaanbod voor elk
kind', met een budget van 412.000 euro voor 2027. De extra begeleiding voor kinderen met een zorgnood kost
naar schatting 14.500 euro en wordt binnen dit budget opgevangen.</p>

<h3>Besluit</h3>
<p class="art"><b>Artikel 1.</b> De gemeenteraad keurt het reglement zomerwerking 2027 goed, zoals opgenomen in
bijlage 1.</p>
<p class="art"><b>Artikel 2.</b> De gemeenteraad neemt kennis van de adviezen van de jeugdraad en de gezinsraad en
van het antwoord van het college daarop.</p>
<p class="art"><b>Artikel 3.</b> Het reglement treedt in werking op 1 januari 2027. De reglementen speelpleinwerking
van 2018 en zomeropvang van 2019 worden op die datum opgeheven.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Organiseer de inschrijvingen in twee rondes, zodat niet alleen wie om",
         "Er komt een eerste ronde in maart", "agrees"),
        (2, "Reserveer elke week ten minste vijf plaatsen voor kinderen met een",
         "Het college reserveert elke week drie plaatsen", "partly"),
        (3, "Zet in juli en augustus een pendelbus in tussen de deelgemeenten",
         "er komt dus geen pendelbus", "disagrees"),
        (4, "Verlaag de dagprijs met sociaal tarief van 2 euro naar 1 euro",
         "Het voorstel van de gezinsraad wordt daarin meegenomen", "noted"),
        (5, "Verleng de openingsuren van de opvang tijdens de zomer tot 18.30 uur.",
         "Ook de openingsuren blijven ongewijzigd: de opvang sluit om 18 uur", "disagrees"),
        (6, "Verspreid de informatie over de zomerwerking ook op papier via alle scholen,",
         "krijgen alle kinderen van de basisscholen in februari een folder mee", "agrees"),
        (7, "Betrek de gezinsraad en een aantal ouders bij de evaluatie", None, "unanswered"),
    ]
    unmatched = ["Heverlinde organiseert al sinds 1978 een speelpleinwerking",
                 "Het Decreet over het lokaal bestuur, artikel 40 en 41",
                 "De jeugdraad gaf op 14 september 2026 een gunstig advies",
                 "De zomerwerking is opgenomen in het meerjarenplan onder actie 3.2.4",
                 "De gemeenteraad keurt het reglement zomerwerking 2027 goed",
                 "De reglementen speelpleinwerking van 2018 en zomeropvang van 2019"]
    notes = ("Flemish municipal GEZINSRAAD, advies GZR/2026/07 'Een zomer voor elk kind' on the draft reglement "
             "zomerwerking 2027 (speelpleinwerking and buitenschoolse opvang) (Chromium, 2 p., sans, teal band head, "
             "floated 'Zomer 2026 in cijfers' box, stamped head from p. 2, 'p. n/m'). Traps: the BKO-decreet 'moet', "
             "'Wat goed loopt' as a bullet list containing the 2024 advice quoted with 'moet' (realised), findings "
             "CODED V1-V4 in a shaded band ('Wat wij vaststellen'), a sentence that the draft keeps the 2026 rules, "
             "and a closing line citing 'de voorstellen 2 en 3'. Recommendations: seven CARDS in a TWO-COLUMN GRID "
             "under 'Onze voorstellen', each with a label 'VOORSTEL N - TOPIC', the recommendation sentence in bold "
             "and a grey 'Waarom?' line (expected 1-7 in card order, row by row). Response: the ONTWERPBESLISSING for "
             "the gemeenteraad (agendapunt 12): Aanleiding en context, Juridische grond (Decreet over het lokaal "
             "bestuur), Adviezen with the jeugdraad's 'gunstig advies' (nothing) and the gezinsraad's proposals "
             "QUOTED in grey blocks without numbers, each followed by 'Antwoord van het college.', order 6, 1, 3+5, "
             "2, 4: 6 agrees (paper folder in easy language from 2027); 1 agrees (two rounds, first in March); one "
             "block quoting 3 and 5 = 3 disagrees (no pendelbus, 38.000 euro; the existing belbus) + 5 disagrees "
             "(opening hours unchanged, closes at 18 uur); 2 partly (three places, not five, extra support via a "
             "regional organisation); 4 noted (taken along in the 2027 review of the retributiereglement, stays 2 "
             "euro until then); 7 (gezinsraad in the evaluation) unanswered. Financiële gevolgen (actie 3.2.4, "
             "figures) and Besluit 'Artikel 1-3' (Artikel 2 'neemt kennis van de adviezen') answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Gezinsraad Heverlinde - advies GZR/2026/07 - zomerwerking 2027", "p. {n}/{m}",
            F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Heverlinde - gemeenteraad 24 november 2026 - agendapunt 12",
            "p. {n}/{m}", F["Regular"])
    expected()

"""Round 88 (nl, Flemish): the ADVIES of a city's ADVIESRAAD DIVERSITEIT EN GELIJKE KANSEN on the draft ACTIEPLAN
TEGEN DISCRIMINATIE, answered in the TOELICHTENDE NOTA to the gemeenteraad ('Deel 3. Verwerking van het advies'),
citing '(advies N)'.

Advice: (invented) Stad Herlebeke, advies DGK/2026/01 (2 p., Chromium, sans, a teal letterhead band, a meta table,
TWO COLUMNS, a sidebar box 'Wie zijn wij?', a table of meldingen; the seven recommendations in NUMBERED BOXES
'Advies 1' ... 'Advies 7'); traps: 'Vaststellingen' ('moet', het Antidiscriminatiedecreet, artikel 304 of the Decreet
over het lokaal bestuur), the 2021 advice quoted, figures. Response: toelichtende nota, order 4, 1, 5+2, 6, 3; 7
unanswered; 'Deel 1' context, 'Deel 2' (inspraak by residents) and the 'Voorstel van beslissing' answer nothing.
Herlebeke, the council, people and figures are invented; what is said of the decrees is not to be relied on.

Run: /tmp/blind88nl/bin/python tests/docs/src/blind88/gen_nl_diversiteitsraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b88nl as B  # noqa: E402

NAME = "blind88_nl_diversiteitsraad"
F = B.tmp_fonts()
CSS = """@page { size: A4; margin: 18mm 17mm 18mm 17mm; }
body { font-family: 'B88NL Sans'; font-size: 9.8pt; line-height: 1.37; }
h1 { font-size: 15pt; color: #0f6b6b; margin: 6pt 0 4pt; } h2 { font-size: 10.5pt; color: #0f6b6b; margin: 9pt 0 3pt; }
.band { background: #0f6b6b; color: white; padding: 6pt 10pt; font-weight: bold; letter-spacing: 0.5pt; }
.cols { column-count: 2; column-gap: 8mm; }
.side { border-left: 3pt solid #0f6b6b; background: #e9f4f4; padding: 4pt 8pt; break-inside: avoid; margin: 6pt 0; font-size: 8.5pt; }
.adv { border: 1px solid #0f6b6b; padding: 4pt 7pt; margin: 5pt 0; break-inside: avoid; }
.adv .n { display: block; font-weight: bold; color: #0f6b6b; font-size: 8.5pt; text-transform: uppercase; }
table { border-collapse: collapse; } td, th { padding: 1pt 5pt 1pt 0; vertical-align: top; text-align: left; }
.meta td { font-size: 8.3pt; color: #444; } .t td, .t th { border-bottom: 0.5pt solid #9cc; font-size: 8.3pt; }
"""


def advice():
    boxes = [
        "Stel binnen de stadsadministratie een aanspreekpunt discriminatie aan met een duidelijk mandaat en voldoende tijd.",
        "Voer in samenwerking met een onderzoeksgroep praktijktesten uit op de lokale private huurmarkt.",
        "Neem anonieme sollicitatieprocedures op in het rekruteringsbeleid van stad en OCMW.",
        "Zorg voor een laagdrempelig meldpunt dat ook bereikbaar is voor wie geen Nederlands spreekt.",
        "Koppel elke actie aan een meetbaar doel en rapporteer jaarlijks aan de gemeenteraad over de voortgang.",
        "Voorzie een werkingsbudget van minstens 40.000 euro per jaar voor zelforganisaties.",
        "Betrek jongeren actief bij de uitwerking van de acties in onderwijs, sport en jeugdwerk.",
    ]
    bx = "\n".join(f'<div class="adv"><span class="n">Advies {i}</span>{t}</div>' for i, t in enumerate(boxes, 1))
    html = f"""<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<div class="band">STAD HERLEBEKE - ADVIESRAAD DIVERSITEIT EN GELIJKE KANSEN</div>
<h1>Advies over het ontwerp van actieplan tegen discriminatie 2026-2031</h1>
<table class="meta"><tr><td>Advies</td><td>DGK/2026/01</td></tr><tr><td>Aan</td><td>het college van burgemeester en schepenen</td></tr>
<tr><td>Datum</td><td>26 februari 2026</td></tr><tr><td>Adviesvraag</td><td>14 januari 2026, schepen van Gelijke Kansen</td></tr></table>
<div class="cols">
<h2>1. Situering</h2>
<p>Het college vroeg de adviesraad op 14 januari 2026 om advies over het ontwerp van actieplan tegen discriminatie
2026-2031. De raad besprak het ontwerp op zijn plenaire vergaderingen van 29 januari en 19 februari 2026 en hield op
7 februari een open gesprek met een dertigtal inwoners in ontmoetingscentrum De Schakel. Het advies werd goedgekeurd
met dertien stemmen voor en twee onthoudingen.</p>
<div class="side"><b>Wie zijn wij?</b><br>De adviesraad telt 18 stemgerechtigde leden: 9 uit zelforganisaties en
verenigingen, 6 individuele inwoners en 3 deskundigen. Artikel 304 van het Decreet over het lokaal bestuur bepaalt
dat de gemeenteraad de inspraak van inwoners moet organiseren; onze raad is daarvan een onderdeel.</div>
<h2>2. Vaststellingen</h2>
<p>Het ontwerp bevat 34 acties, verdeeld over vijf domeinen: werk, wonen, onderwijs, vrije tijd en dienstverlening.
De adviesraad waardeert dat de stad voor het eerst een apart plan maakt. Het Antidiscriminatiedecreet verplicht de
stad ertoe dat zij in haar eigen werking niet discrimineert; de stad moet dus ook naar zichzelf kijken.</p>
<p>Het aantal meldingen bij het lokale meldpunt is klein en daalt zelfs, terwijl de bevraging van 2025 aantoont dat
een op vijf inwoners met een migratieachtergrond discriminatie ervaart.</p>
<table class="t"><tr><th>Jaar</th><th>Meldingen</th><th>Waarvan wonen</th><th>Waarvan werk</th></tr>
<tr><td>2023</td><td>41</td><td>17</td><td>9</td></tr><tr><td>2024</td><td>33</td><td>15</td><td>6</td></tr>
<tr><td>2025</td><td>28</td><td>13</td><td>5</td></tr></table>
<p>In ons advies van 2021 over het meerjarenplan vroegen wij al: 'Voer praktijktesten uit op de private huurmarkt.'
Het college antwoordde toen dat het eerst de resultaten van andere steden wilde afwachten. Ook nu zou het actieplan
volgens ons meer moeten doen dan sensibiliseren. Het ontwerp bevat bovendien weinig meetbare doelen: slechts 6 van de
34 acties hebben een streefcijfer.</p>
<h2>3. Bemerkingen per domein</h2>
<p><b>Werk.</b> De stad is met 1.150 medewerkers de grootste werkgever van Herlebeke. Slechts 4 procent van het personeel
heeft een migratieachtergrond, tegenover 19 procent van de beroepsbevolking. Het ontwerp stelt dat de selectie 'objectief
moet verlopen', maar zegt niet hoe dat wordt nagegaan.</p>
<p><b>Wonen.</b> Bijna de helft van de meldingen gaat over de huurmarkt. Sensibilisering van verhuurders is nuttig, maar
de ervaring in andere steden leert dat zij alleen weinig verandert. Het sociaal verhuurkantoor zou een grotere rol
kunnen spelen.</p>
<p><b>Onderwijs en vrije tijd.</b> De acties voor scholen, sportclubs en jeugdverenigingen zijn sympathiek, maar vaag
geformuleerd. De lokale overleggroep onderwijs werd niet betrokken bij het ontwerp, en jongeren zelf evenmin.</p>
<p><b>Dienstverlening.</b> De adviesraad stelt vast dat anderstalige inwoners moeilijk de weg vinden naar het meldpunt: er
is enkel een Nederlandstalig webformulier en een telefoonnummer dat alleen op werkdagen van 9 tot 12 uur bereikbaar is.
Wie een klacht wil indienen, moet bovendien eerst een afspraak maken.</p>
<p><b>Middelen.</b> Het ontwerp voorziet 65.000 euro per jaar, waarvan het grootste deel naar communicatie gaat. Voor de
zelforganisaties, die vaak als eerste de signalen opvangen, is er geen werkingsbudget.</p>
<h2>4. Advies</h2>
<p>De adviesraad geeft een gunstig advies onder voorbehoud van de volgende zeven punten.</p>
{bx}
<h2>5. Tot slot</h2>
<p>De adviesraad vraagt het college om, zoals het huishoudelijk reglement voorschrijft, binnen drie maanden gemotiveerd
te antwoorden. Wij lichten ons advies graag toe op de gemeenteraadscommissie.</p>
<p>Voor de adviesraad,<br>Nadia El Amrani, voorzitter &nbsp; Koen Verstraete, secretaris</p>
</div></body></html>""".replace("&nbsp;", " ")
    B.chromium_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Advies DGK/2026/01 - actieplan tegen discriminatie", "pagina {n} van {m}", F["Regular"])


def response():
    html = f"""<html><head><meta charset="utf-8"><style>{CSS}
body {{ font-size: 9.8pt; }} h3 {{ font-size: 9.6pt; margin: 8pt 0 2pt; }}</style></head><body>
<div class="band">STAD HERLEBEKE - GEMEENTERAAD VAN 27 APRIL 2026</div>
<h1>Toelichtende nota bij het actieplan tegen discriminatie 2026-2031</h1>
<p><i>Agendapunt 14 - dienst Samenleven, dossierbeheerder Lotte Desmet</i></p>
<h2>Deel 1. Context</h2>
<p>Met dit actieplan geeft de stad uitvoering aan de beleidsdoelstelling 'Herlebeke, een stad voor iedereen' uit het
meerjarenplan 2026-2031. Het ontwerp werd op 12 januari 2026 principieel goedgekeurd door het college en voor advies
voorgelegd.</p>
<h2>Deel 2. Inspraak van inwoners</h2>
<p>Naast het advies van de adviesraad ontving de dienst Samenleven 22 reacties via het digitale inspraakplatform.
De meeste reacties gaan over de toegankelijkheid van de stadswinkel en de openingsuren van het sociaal huis; die
worden doorgegeven aan de betrokken diensten.</p>
<h2>Deel 3. Verwerking van het advies van de adviesraad</h2>
<p>Het college dankt de Adviesraad Diversiteit en Gelijke Kansen voor zijn advies van 26 februari 2026 en antwoordt
als volgt.</p>
<h3>Meldpunt (advies 4)</h3>
<p>Het college volgt dit advies. Het meldpunt is sinds 1 april ook bereikbaar via een eenvoudig formulier in zes talen
en via een tolk van het sociaal tolkenbureau.</p>
<h3>Aanspreekpunt (advies 1)</h3>
<p>Er is sinds 1 maart 2026 een halftijdse beleidsmedewerker aangesteld als aanspreekpunt discriminatie, die
rechtstreeks rapporteert aan de algemeen directeur.</p>
<h3>Opvolging en praktijktesten (advies 5 en advies 2)</h3>
<p>Het college deelt de analyse dat het plan beter opvolgbaar moet zijn. Elke actie krijgt in de definitieve versie
een indicator en een streefwaarde. Een rapportering zal wel tweejaarlijks gebeuren, gelijklopend met de
opvolgingsrapportering van het meerjarenplan. Praktijktesten op de private huurmarkt worden niet in het actieplan
opgenomen. Het college kiest voor een charter met de vastgoedmakelaars en een opleiding voor verhuurders.</p>
<h3>Budget zelforganisaties (advies 6)</h3>
<p>Het college neemt kennis van de vraag naar een werkingsbudget en zal ze bekijken bij de aanpassing van het
meerjarenplan in het najaar.</p>
<h3>Rekrutering (advies 3)</h3>
<p>Anoniem solliciteren wordt ingevoerd voor de eerste selectieronde, maar enkel bij vacatures voor
uitvoerende functies; voor leidinggevende functies blijft de huidige procedure behouden.</p>
<h2>Voorstel van beslissing</h2>
<p>De gemeenteraad keurt het actieplan tegen discriminatie 2026-2031 goed, zoals gevoegd bij dit besluit, en
belast het college met de uitvoering.</p>
</body></html>"""
    B.chromium_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeenteraad 27 april 2026 - agendapunt 14", "pagina {n} van {m}", F["Regular"])


RECS = [
    (1, "Stel binnen de stadsadministratie een aanspreekpunt discriminatie aan met een", "halftijdse beleidsmedewerker aangesteld als aanspreekpunt discriminatie", "agrees"),
    (2, "Voer in samenwerking met een onderzoeksgroep praktijktesten uit op de lokale", "Praktijktesten op de private huurmarkt worden niet in het actieplan", "disagrees"),
    (3, "Neem anonieme sollicitatieprocedures op in het rekruteringsbeleid van stad en OCMW", "enkel bij vacatures voor uitvoerende functies", "partly"),
    (4, "Zorg voor een laagdrempelig meldpunt dat ook bereikbaar is voor wie", "ook bereikbaar via een eenvoudig formulier in zes talen", "agrees"),
    (5, "Koppel elke actie aan een meetbaar doel en rapporteer jaarlijks aan", "Een rapportering zal wel tweejaarlijks gebeuren", "partly"),
    (6, "Voorzie een werkingsbudget van minstens 40.000 euro per jaar voor zelforganisaties", "neemt kennis van de vraag naar een werkingsbudget", "noted"),
    (7, "Betrek jongeren actief bij de uitwerking van de acties in onderwijs", None, "unanswered"),
]
UNMATCHED = ["geeft de stad uitvoering aan de beleidsdoelstelling",
             "ontving de dienst Samenleven 22 reacties via het digitale inspraakplatform",
             "belast het college met de uitvoering"]
NOTES = ("Advice: seven recommendations in NUMBERED BOXES 'Advies 1' ... 'Advies 7' in a two-column layout; traps: a "
         "sidebar box citing artikel 304 Decreet over het lokaal bestuur ('moet'), 'Vaststellingen' (the "
         "Antidiscriminatiedecreet, 'moet', 'zou ... moeten'), the 2021 advice quoted ('Voer praktijktesten uit op de "
         "private huurmarkt.'), a meldingen table, a vote 13/2. Response: toelichtende nota, part 3 with run-in headings "
         "citing '(advies N)', order 4, 1, 5+2, 6, 3. Shared passage '(advies 5 en advies 2)': 5 partly (indicators yes, "
         "reporting every two years) + 2 disagrees (no praktijktesten). 7 (jongeren) unanswered. Deel 1, Deel 2 (inspraak) "
         "and the 'Voorstel van beslissing' answer nothing; the thank-you line introduces part 3.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

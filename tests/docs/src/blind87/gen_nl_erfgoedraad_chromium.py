"""Round 87 (nl, Flemish): the ADVIES of a city's ERFGOEDRAAD on the draft erfgoedbeleidsplan, answered by the
VERSLAG (minutes) of the gemeenteraadscommissie Cultuur, Erfgoed en Toerisme, where the schepen replies by paraphrase.

Advice: (invented) Erfgoedraad Stad Ravelsbeke, advies ER/2026/02 (2 p., Chromium, two columns, a sidebar box,
'p. n / m'); seven UNNUMBERED BULLETS under 'Aanbevelingen'; traps: 'Vaststellingen' ('moet', Onroerenderfgoeddecreet
art. 6.4.3), the 2020 advice quoted, a vote, dates. Response: verslag commissie, no numbers, order 5, 2+7, 1, 6, 3; 4
unanswered; point 1 (approval), 'Varia' and the closing answer nothing.
Ravelsbeke, bodies, people and figures are invented; what is said of the decree is not to be relied on.

Run: /tmp/blind87nl/bin/python tests/docs/src/blind87/gen_nl_erfgoedraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b87nl as B  # noqa: E402

NAME = "blind87_nl_erfgoedraad"
F = B.tmp_fonts()
CSS = """@page { size: A4; margin: 20mm 18mm 18mm 18mm; }
body { font-family: 'B87NL Sans'; font-size: 9.3pt; line-height: 1.38; }
h1 { font-size: 16pt; color: #7a4a12; margin: 0 0 4pt; } h2 { font-size: 11pt; color: #7a4a12; margin: 10pt 0 3pt; }
.band { background: #7a4a12; color: white; padding: 6pt 10pt; font-weight: bold; letter-spacing: 1pt; }
.cols { column-count: 2; column-gap: 8mm; } .box { border: 1px solid #7a4a12; background: #f6eee4; padding: 5pt 8pt;
 break-inside: avoid; margin: 6pt 0; } table { border-collapse: collapse; } td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
ul li { margin-bottom: 4pt; } .meta td { font-size: 8.5pt; color: #444; }
"""


def advice():
    html = f"""<html><head><meta charset="utf-8"><style>{CSS}</style></head><body>
<div class="band">STAD RAVELSBEKE - ERFGOEDRAAD</div>
<h1>Advies over het ontwerp van erfgoedbeleidsplan 2026-2031</h1>
<table class="meta"><tr><td>Advies</td><td>ER/2026/02</td></tr><tr><td>Aan</td><td>het college van burgemeester en schepenen</td></tr>
<tr><td>Datum</td><td>3 maart 2026</td></tr><tr><td>Gevraagd op</td><td>20 januari 2026 (termijn: 45 dagen)</td></tr></table>
<div class="cols">
<h2>Inleiding</h2>
<p>Het college vroeg de erfgoedraad op 20 januari 2026 om advies over het ontwerp van erfgoedbeleidsplan 2026-2031. De
raad besprak het ontwerp op zijn algemene vergaderingen van 10 en 24 februari 2026, na een werkbezoek aan het
stadsarchief en de voormalige brouwerij De Kroon. Het advies werd goedgekeurd met elf stemmen voor en één onthouding.</p>
<div class="box"><b>De erfgoedraad in cijfers</b><br>14 stemgerechtigde leden, waarvan 6 uit verenigingen<br>
3 adviezen in 2025<br>werkingsbudget: 2.500 euro per jaar</div>
<h2>Vaststellingen</h2>
<p>Het ontwerp is ambitieus en goed gedocumenteerd. De raad stelt wel vast dat de stad als erkende onroerenderfgoedgemeente
volgens artikel 6.4.3 van het Onroerenderfgoeddecreet een erfgoedconsulent of gelijkwaardige deskundigheid moet
inzetten, terwijl het ontwerp daarvoor geen middelen voorziet.</p>
<p>De inventaris van het bouwkundig erfgoed is sinds 2019 niet bijgewerkt. Eigenaars zouden beter moeten weten welke
gebouwen beschermd of geïnventariseerd zijn. Het stadsarchief is vandaag alleen op weekdagen open, wat veel
vrijwilligers en familieonderzoekers uitsluit.</p>
<p>In 2020 adviseerde de raad al: 'Maak werk van een inventaris van het klein erfgoed in de deelgemeenten.' Die
inventaris is er in 2023 gekomen; een ondersteuning voor eigenaars ontbreekt nog.</p>
<h2>Bespreking per hoofdstuk</h2>
<p><b>Hoofdstuk 1 - Visie.</b> De raad kan zich vinden in de visie 'erfgoed als gedeelde zorg'. Die visie
veronderstelt wel dat de stad zelf het goede voorbeeld geeft bij haar eigen gebouwen, zoals het oude stadhuis en de
pastorie van Sint-Amands, waarvoor het ontwerp geen onderhoudsplanning bevat.</p>
<p><b>Hoofdstuk 2 - Onroerend erfgoed.</b> Het ontwerp vermeldt terecht dat een beheersplan voor een beschermd
monument volgens het decreet door de minister of zijn gemachtigde moet worden goedgekeurd. De raad wijst erop dat
voor het Kasteel van Ravels en het Begijnhofje nog geen goedgekeurd beheersplan bestaat.</p>
<table style="border-collapse: collapse; width: 100%; font-size: 8.3pt; margin: 4pt 0;">
<tr style="background:#e9dccb"><td><b>Categorie</b></td><td><b>Aantal</b></td><td><b>Beheersplan</b></td></tr>
<tr><td>Beschermde monumenten</td><td>9</td><td>6 goedgekeurd</td></tr>
<tr><td>Vastgesteld bouwkundig erfgoed</td><td>214</td><td>niet van toepassing</td></tr>
<tr><td>Klein erfgoed (inventaris 2023)</td><td>87</td><td>niet van toepassing</td></tr>
<tr><td>Beschermde dorpsgezichten</td><td>2</td><td>1 goedgekeurd</td></tr></table>
<p><b>Hoofdstuk 3 - Roerend en immaterieel erfgoed.</b> De raad waardeert de aandacht voor de collectie van het
stadsarchief en voor de processie van de Heilige Amandus. Het archief heeft echter te weinig leeszaalplaatsen en
geen geklimatiseerd depot; de verhuis naar het depot in de Nijverheidsstraat zou volgens de raad vóór 2028 moeten
gebeuren.</p>
<p><b>Hoofdstuk 4 - Educatie en participatie.</b> De scholen worden in het ontwerp slechts één keer vermeld. Nochtans
is de vlasnijverheid voor veel kinderen in de deelgemeenten nog een familieverhaal. Ook de vrijwilligers van de
heemkundige kring, die in 2023 het grootste deel van de inventaris klein erfgoed opmaakten, komen in het ontwerp
niet aan bod.</p>
<p><b>Hoofdstuk 5 - Projecten.</b> Over de voormalige brouwerij De Kroon zegt het ontwerp alleen dat de site 'in
ontwikkeling' is. De raad betreurt dat, omdat het brouwhuis uit 1898 een van de laatste voorbeelden van
industrieel erfgoed in de binnenstad is.</p>
<h2>Aanbevelingen</h2>
<p>De erfgoedraad geeft een gunstig advies over het ontwerp, onder de volgende aanbevelingen:</p>
<ul>
<li>Stel een erfgoedconsulent aan die minstens halftijds voor de stad werkt, zodat de erkenning niet in gevaar komt.</li>
<li>Neem de lijst van het bouwkundig erfgoed op in het digitale omgevingsloket van de stad.</li>
<li>Voorzie een premie voor het onderhoud van klein erfgoed zoals kapelletjes, wegkruisen en pompen.</li>
<li>Betrek de heemkundige kring Ravelgouw bij de voorbereiding van elk nieuw inventarisproject.</li>
<li>Open het stadsarchief ook op zaterdagvoormiddag voor bezoekers en onderzoekers.</li>
<li>Werk met de basisscholen een educatief pakket uit over de geschiedenis van de vlasnijverheid.</li>
<li>Laat de voormalige brouwerij De Kroon niet slopen, maar onderzoek eerst een herbestemming.</li>
</ul>
<h2>Slot</h2>
<p>De erfgoedraad vraagt het college om binnen drie maanden te laten weten welk gevolg het aan dit advies geeft, zoals
het huishoudelijk reglement van de adviesraden bepaalt.</p>
<p>Voor de erfgoedraad,<br>Griet Van Damme, voorzitter &nbsp;·&nbsp; Koen Baeyens, secretaris</p>
</div></body></html>"""
    B.chromium_pdf(html.replace("&nbsp;", " "), NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Erfgoedraad Ravelsbeke - advies ER/2026/02", "p. {n} / {m}", F["Regular"])


def response():
    html = f"""<html><head><meta charset="utf-8"><style>{CSS} body {{ font-size: 9.6pt; }}</style></head><body>
<div class="band">STAD RAVELSBEKE - GEMEENTERAAD</div>
<h1>Verslag van de commissie Cultuur, Erfgoed en Toerisme</h1>
<table class="meta"><tr><td>Zitting</td><td>14 april 2026, 19.30 uur, raadzaal</td></tr>
<tr><td>Aanwezig</td><td>Sarah Claeys, voorzitter; schepen Dirk Vermeulen; raadsleden Tom De Wilde, Ilse Martens, Youssef
Amrani, An Verhaeghe; Lien Goossens, verslaggever</td></tr></table>
<h2>1. Goedkeuring van het verslag van de vorige zitting</h2>
<p>Het verslag van de zitting van 10 maart 2026 wordt zonder opmerkingen goedgekeurd.</p>
<h2>2. Erfgoedbeleidsplan 2026-2031 - bespreking van het advies van de erfgoedraad</h2>
<p>Schepen Vermeulen licht toe dat het college het advies van de erfgoedraad op 7 april heeft besproken en dat het
ontwerp op een aantal punten is aangepast. Hij overloopt de belangrijkste punten.</p>
<p>Het archief is sinds maart al op de eerste en derde zaterdag van de maand open van 9 tot 12 uur; de schepen noemt
het proefproject een succes, dus dat wordt gewoon voortgezet.</p>
<p>Raadslid De Wilde vraagt wat er met de inventaris en met De Kroon gebeurt. De schepen antwoordt dat de geïnventariseerde
gebouwen tegen de zomer op de kaart van het omgevingsloket zichtbaar zullen zijn, zodat elke eigenaar het kan nachecken.
Voor de brouwerij ligt dat anders: de sloopvergunning is definitief en het college komt daar niet op terug; een
herbestemmingsstudie acht het college niet meer zinvol.</p>
<p>Raadslid Martens vraagt naar de deskundigheid. De schepen bevestigt dat de stad samen met Oosthove een
erfgoedconsulent aanwerft, maar voor de stad gaat het om een vijfde van een voltijdse betrekking; meer is er in de
meerjarenplanning niet mogelijk.</p>
<p>Over het onderwijs zegt de schepen dat de dienst cultuur geen volledig pakket zal maken. Wel komt er één lessenreeks
voor het vijfde leerjaar, met een bezoek aan het vlasmuseum.</p>
<p>Raadslid Amrani vraagt of eigenaars van kapelletjes en wegkruisen steun kunnen krijgen. De schepen antwoordt dat
het college die vraag meeneemt naar de budgetherziening in het najaar en er nu nog geen uitspraak over doet.</p>
<p>De commissie neemt kennis van het advies en van de toelichting.</p>
<h2>3. Varia</h2>
<p>Raadslid Verhaeghe vraagt naar de stand van zaken van de stadsfeesten in augustus. De schepen meldt dat het
programma eind mei wordt voorgesteld.</p>
<p>De voorzitter sluit de zitting om 21.40 uur. De volgende commissie vindt plaats op 12 mei 2026.</p>
</body></html>"""
    B.chromium_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Verslag commissie Cultuur, Erfgoed en Toerisme - 14 april 2026", "pagina {n}",
            F["Regular"])


RECS = [
    (1, "Stel een erfgoedconsulent aan die minstens halftijds voor de stad werkt",
     "gaat het om een vijfde van een voltijdse betrekking", "partly"),
    (2, "Neem de lijst van het bouwkundig erfgoed op in het digitale omgevingsloket",
     "tegen de zomer op de kaart van het omgevingsloket zichtbaar", "agrees"),
    (3, "Voorzie een premie voor het onderhoud van klein erfgoed zoals kapelletjes",
     "meeneemt naar de budgetherziening in het najaar", "noted"),
    (4, "Betrek de heemkundige kring Ravelgouw bij de voorbereiding van elk nieuw inventarisproject", None, "unanswered"),
    (5, "Open het stadsarchief ook op zaterdagvoormiddag voor bezoekers en onderzoekers",
     "op de eerste en derde zaterdag van de maand open", "agrees"),
    (6, "Werk met de basisscholen een educatief pakket uit over de geschiedenis",
     "komt er één lessenreeks voor het vijfde leerjaar", "partly"),
    (7, "Laat de voormalige brouwerij De Kroon niet slopen, maar onderzoek",
     "de sloopvergunning is definitief en het college komt daar niet op terug", "disagrees"),
]
UNMATCHED = ["de zitting van 10 maart 2026 wordt zonder opmerkingen goedgekeurd",
             "vraagt naar de stand van zaken van de stadsfeesten",
             "de voorzitter sluit de zitting om 21.40 uur"]
NOTES = ("Advice: Erfgoedraad Ravelsbeke (Flemish) advies ER/2026/02 (Chromium, two columns, sidebar box), seven "
         "UNNUMBERED BULLETS under 'Aanbevelingen' (numbers by order); traps: 'Vaststellingen' (art. 6.4.3 "
         "Onroerenderfgoeddecreet 'moet', 'zouden ... moeten'), the 2020 advice quoted, a vote 11/1, a three-month term. "
         "Response: verslag of the gemeenteraadscommissie, the schepen replying by paraphrase, NO numbers, order 5, 2+7, "
         "1, 6, 3: 5 agrees (archive open on Saturdays, continued); ONE paragraph = 2 agrees (omgevingsloket by summer) "
         "+ 7 disagrees (sloopvergunning definitive); 1 partly (a fifth, shared with Oosthove); 6 partly (one lessenreeks); "
         "3 noted (to the budgetherziening); 4 (heemkundige kring) unanswered; point 1, 'Varia' and the closing answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

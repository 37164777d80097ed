"""Round 150 (nl): the (Flemish) HAALBAARHEIDSSTUDIE of an (invented) consultancy on a new intermunicipal swimming
pool for a town and two neighbouring municipalities; its seven recommendations are DECIMAL-NUMBERED HANGING
PARAGRAPHS 6.1-6.7 under '6 Aanbevelingen', after conclusions 5.1-5.5 in exactly the same hanging style under '5
Conclusies' (trap) and a variants table A-C; answered by the college's STANDPUNTNOTA AAN DE GEMEENTERAAD in RUNNING
TEXT that mixes ORDINALS ('De eerste aanbeveling', 'de zesde en de zevende aanbeveling') with decimal references
('aanbeveling 6.2') and paraphrase, in another order, one paragraph answering two with different verdicts, one
paragraph answering a conclusion.

Advice (Chromium, sans, dark-teal-green title band and headings, metadata and two tables, stamped head, 'pagina n van
m'): the sports infrastructure rules paraphrased with 'moet' (trap), the 2019 masterplan's advice quoted as an
imperative and not carried out (trap), conclusions 5.1-5.5 (trap), 'Wij raden het stadsbestuur af om het bestaande
bad Den Dolfijn grondig te renoveren' (trap), a closing naming 'aanbevelingen 6.1 en 6.3' (trap); expected numbers
'6.1'-'6.7'. Response (Chromium, stamped, 'pagina n'): 6.1 agrees ('De eerste aanbeveling volgen wij'), conclusion
5.4 answered (unmatched), 6.2 agrees, 6.4 partly (half by inhabitants, half by use), 6.3 noted (the three councils
decide on the legal form; the college takes no position yet), ONE paragraph = 6.6 agrees (Den Dolfijn stays open,
filter repaired) + 6.7 disagrees (classic tender, no DBFM); 6.5 (one school-swimming tariff) unanswered;
introduction and closing answer nothing. All bodies, places, people, figures and reference numbers invented; the
Flemish sports infrastructure rules named loosely as context only.

Run: /tmp/blind150nl/bin/python tests/docs/src/blind150/gen_nl_haalbaarheid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b150nl as B  # noqa: E402

NAME = "blind150_nl_haalbaarheid"
F = B.tmp_fonts()
SANS = "B150NL Sans"
INK = "#1f5c4a"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.3pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: #fff; background: {INK}; padding: 0.2cm 0.3cm; margin: 0.1cm 0 0.2cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
p.hang {{ padding-left: 0.95cm; text-indent: -0.95cm; margin-bottom: 0.16cm; }}
p.hang b {{ color: {INK}; display: inline-block; width: 0.95cm; text-indent: 0; }}
table.meta, table.grid {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.5pt; }}
table.meta td, table.grid td, table.grid th {{ border-bottom: 0.6pt solid #b5cfc6; padding: 0.08cm 0.15cm;
  vertical-align: top; text-align: left; }}
table.meta td.k {{ width: 22%; font-weight: bold; color: {INK}; }}
table.grid th {{ background: {INK}; color: #fff; }}
</style>"""

CONCL = [
    ("5.1", "Het zwembad Den Dolfijn uit 1974 is technisch aan het einde van zijn levensduur; de filterinstallatie en "
            "het dak kunnen hooguit nog vijf jaar mee."),
    ("5.2", "De vraag naar zwemwater in de regio is groter dan het aanbod: de scholen uit de drie gemeenten krijgen nu "
            "samen maar 62 procent van de gevraagde zwemuren."),
    ("5.3", "Variant B is op lange termijn de goedkoopste oplossing per bezoeker, ook al vraagt ze de grootste "
            "investering."),
    ("5.4", "De site Kouterveld is de enige locatie die voor alle drie de gemeenten binnen vijftien minuten fietsen "
            "ligt voor de meeste leerlingen."),
    ("5.5", "Zonder bijdrage van Vinkel en Rodenbos kan de stad een nieuw bad alleen bouwen als ze andere "
            "investeringen uit het meerjarenplan schrapt."),
]

RECS = [
    ("6.1", "Kies voor variant B: een nieuw bad met een wedstrijdbad van 25 meter, een instructiebad en een "
            "peuterbad op de site Kouterveld."),
    ("6.2", "Ontwerp het nieuwe bad als een bijna-energieneutraal gebouw, met warmtepompen, zonnepanelen op het dak "
            "en een aansluiting op het warmtenet van de site Kouterveld."),
    ("6.3", "Breng de uitbating onder in een interlokale vereniging van de drie gemeenten en besteed ze niet uit aan "
            "een private uitbater."),
    ("6.4", "Verdeel de investerings- en exploitatiekosten tussen de drie gemeenten volgens hun aantal inwoners."),
    ("6.5", "Hanteer voor het schoolzwemmen één tarief voor alle scholen uit de drie gemeenten, ongeacht het net of "
            "de gemeente waar de school ligt."),
    ("6.6", "Houd Den Dolfijn open tot het nieuwe bad in gebruik is, ook als daarvoor nog een herstelling aan de "
            "filterinstallatie nodig is."),
    ("6.7", "Schrijf nog in 2028 een overheidsopdracht uit voor een DBFM-contract, zodat het nieuwe bad in 2032 de "
            "deuren kan openen."),
]


def hang(items):
    return "\n".join(f'<p class="hang"><b>{n}</b>{t}</p>' for n, t in items)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<p class="small">Studiebureau Lemmens &amp; Partners bv - sport, vrije tijd en publieke infrastructuur -
Kouterstraat 61, 9870 Zeveren - info@lemmenspartners.example</p>
<h1>Haalbaarheidsstudie nieuw zwembad regio Hoogmolen</h1>
<table class="meta">
<tr><td class="k">Opdrachtgevers</td><td>stad Hoogmolen, gemeente Vinkel en gemeente Rodenbos</td></tr>
<tr><td class="k">Auteurs</td><td>ir. arch. K. Lemmens, S. Van Acker (financiën) en J. D'haese (sportbeleid)</td></tr>
<tr><td class="k">Referentie</td><td>LP/2027/088 - eindrapport</td></tr>
<tr><td class="k">Datum</td><td>30 september 2027</td></tr>
</table>
<h2>1 Opdracht</h2>
<p>De stad Hoogmolen en de gemeenten Vinkel en Rodenbos vroegen ons te onderzoeken of een nieuw, gezamenlijk zwembad
haalbaar is ter vervanging van het stedelijk zwembad Den Dolfijn. Wie een subsidie voor bovenlokale
sportinfrastructuur wil aanvragen, moet volgens de Vlaamse regels aantonen dat het bad een regionale functie heeft en
dat de partnergemeenten mee instaan voor de exploitatie.</p>
<h2>2 Voorgeschiedenis</h2>
<p>Het vraagstuk is niet nieuw. In het Masterplan Sport 2019 van de stad stond al:</p>
<p class="quote">'Onderzoek samen met de buurgemeenten de bouw van een regionaal zwembad en reserveer daarvoor grond
op de site Kouterveld.'</p>
<p>De grond werd gereserveerd, maar het overleg met de buurgemeenten kwam pas in 2026 op gang.</p>
<h2>3 Varianten</h2>
<p>Wij vergeleken drie varianten op investering, exploitatie en bereik.</p>
<table class="grid">
<tr><th>Variant</th><th>Inhoud</th><th>Investering</th><th>Exploitatietekort per jaar</th></tr>
<tr><td>A</td><td>grondige renovatie van Den Dolfijn (25 m, 4 banen)</td><td>14,8 miljoen euro</td><td>1,12 miljoen
euro</td></tr>
<tr><td>B</td><td>nieuw bad op Kouterveld: 25 m (6 banen), instructiebad, peuterbad</td><td>23,5 miljoen euro</td>
<td>0,94 miljoen euro</td></tr>
<tr><td>C</td><td>nieuw bad op Kouterveld met recreatiebad en glijbaan</td><td>31,2 miljoen euro</td><td>1,38 miljoen
euro</td></tr>
</table>
<h2>4 Financiering</h2>
<p>Voor variant B rekenen wij op een Vlaamse subsidie van ongeveer 4 miljoen euro. Het overige bedrag moet door de drie
gemeenten worden gedragen. Wij raden het stadsbestuur af om het bestaande bad Den Dolfijn grondig te renoveren: de
renovatie kost bijna twee derde van een nieuw bad en lost het tekort aan zwemwater niet op.</p>
<h2>5 Conclusies</h2>
{hang(CONCL)}
<h2>6 Aanbevelingen</h2>
<p>Op basis van deze conclusies doen wij de volgende aanbevelingen aan de drie besturen.</p>
{hang(RECS)}
<h2>7 Tot slot</h2>
<p>Een nieuw regionaal zwembad is haalbaar, op voorwaarde dat de drie gemeenten het samen dragen. De aanbevelingen
6.1 en 6.3 vragen een snelle beslissing, omdat de subsidieaanvraag van de samenwerkingsvorm afhangt.</p>
<p class="small">Studiebureau Lemmens &amp; Partners bv - ir. arch. K. Lemmens, zaakvoerder</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">{CSS}</head><body>
<p class="small">Stad Hoogmolen - college van burgemeester en schepenen - Stadhuis, Markt 1, 9880 Hoogmolen</p>
<h1>Standpuntnota over de haalbaarheidsstudie nieuw zwembad</h1>
<table class="meta">
<tr><td class="k">Aan</td><td>de gemeenteraad van Hoogmolen</td></tr>
<tr><td class="k">Kenmerk</td><td>CBS/2027/1487 - dienst Sport</td></tr>
<tr><td class="k">Datum</td><td>13 november 2027</td></tr>
</table>
<p>Geachte raadsleden,</p>
<p>In september leverde Studiebureau Lemmens &amp; Partners de haalbaarheidsstudie af over een nieuw zwembad voor
Hoogmolen, Vinkel en Rodenbos. Het college heeft de studie besproken met de schepenen van sport van de twee
buurgemeenten en legt u hierbij zijn standpunt voor. Wij danken het studiebureau voor het grondige werk.</p>
<p>De eerste aanbeveling volgen wij zonder voorbehoud. Het college kiest voor een nieuw bad met een wedstrijdbad, een
instructiebad en een peuterbad op Kouterveld, en laat een recreatiebad met glijbaan buiten beschouwing.</p>
<p>Dat Kouterveld voor de meeste leerlingen vlot bereikbaar is, zoals de vierde conclusie vaststelt, bevestigen ook
de tellingen van onze mobiliteitsdienst; wij leggen er wel een veilige fietsverbinding langs de Molenbeek aan.</p>
<p>Ook aanbeveling 6.2 neemt het college over. Het ontwerp wordt bijna-energieneutraal en de aansluiting op het
warmtenet wordt opgenomen in het bestek voor de ontwerper.</p>
<p>Over de verdeling van de kosten waren de drie besturen het niet meteen eens. Het college stelt voor de helft van de
kosten te verdelen volgens het aantal inwoners en de andere helft volgens het werkelijke gebruik door scholen en
clubs uit elke gemeente, zodat ook het gebruik meetelt.</p>
<p>Welke rechtsvorm de uitbating krijgt, een interlokale vereniging of een andere vorm, is een beslissing van de drie
gemeenteraden samen. Het college neemt kennis van de voorkeur van het studiebureau en legt de keuze in het voorjaar
van 2028 aan u voor, zonder daar nu al een standpunt over in te nemen.</p>
<p>Wat de planning betreft, lopen de zesde en de zevende aanbeveling uiteen. Den Dolfijn blijft open tot de opening
van het nieuwe bad; de noodzakelijke herstelling aan de filters is al besteld. Een DBFM-contract achten wij voor een
bad van deze omvang te duur en te star: het college opteert voor een klassieke aanbesteding van ontwerp en bouw, met
de uitbating in eigen beheer.</p>
<p>Wij vragen de gemeenteraad om op de zitting van 15 december 2027 kennis te nemen van deze nota. De dienst Sport
bezorgt u de volledige studie op eenvoudige vraag.</p>
<p class="small">Namens het college,<br>L. Verhaeghe, algemeen directeur - A. De Smet, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Lemmens & Partners - haalbaarheidsstudie nieuw zwembad regio Hoogmolen - "
            "LP/2027/088", "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Hoogmolen - standpuntnota haalbaarheidsstudie zwembad - CBS/2027/1487",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("6.1", "Kies voor variant B: een nieuw bad met een wedstrijdbad",
         "De eerste aanbeveling volgen wij zonder voorbehoud", "agrees"),
        ("6.2", "Ontwerp het nieuwe bad als een bijna-energieneutraal gebouw",
         "wordt opgenomen in het bestek voor de ontwerper", "agrees"),
        ("6.3", "Breng de uitbating onder in een interlokale vereniging van de drie gemeenten",
         "zonder daar nu al een standpunt over in te nemen", "noted"),
        ("6.4", "Verdeel de investerings- en exploitatiekosten tussen de drie gemeenten",
         "de andere helft volgens het werkelijke gebruik", "partly"),
        ("6.5", "Hanteer voor het schoolzwemmen één tarief voor alle scholen", None, "unanswered"),
        ("6.6", "Houd Den Dolfijn open tot het nieuwe bad in gebruik is",
         "de noodzakelijke herstelling aan de filters is al besteld", "agrees"),
        ("6.7", "Schrijf nog in 2028 een overheidsopdracht uit voor een DBFM-contract",
         "het college opteert voor een klassieke aanbesteding", "disagrees"),
    ], ["wij leggen er wel een veilige fietsverbinding langs de Molenbeek aan"],
        "Advice: the (Flemish) HAALBAARHEIDSSTUDIE of a consultancy on a new intermunicipal swimming pool; the seven "
        "recommendations are DECIMAL-NUMBERED HANGING PARAGRAPHS 6.1-6.7 under '6 Aanbevelingen' (expected "
        "'6.1'-'6.7'). Traps: the sports infrastructure rules paraphrased with 'moet', the 2019 masterplan's advice "
        "quoted as an imperative, a variants table A-C, conclusions 5.1-5.5 in exactly the same hanging style, 'Wij "
        "raden het stadsbestuur af om het bestaande bad Den Dolfijn grondig te renoveren', a closing naming 'De "
        "aanbevelingen 6.1 en 6.3'. Response: the college's STANDPUNTNOTA to the council in RUNNING TEXT with "
        "ordinals, decimals and paraphrase, in the order 6.1, (vierde conclusie), 6.2, 6.4, 6.3, 6.6 + 6.7: 6.1 "
        "agrees, the 'vierde conclusie' paragraph answers a CONCLUSION (unmatched), 6.2 agrees, 6.4 partly (half by "
        "inhabitants, half by use; paraphrased without number), 6.3 noted (the three councils decide; no position "
        "yet; paraphrased), ONE paragraph = 6.6 agrees (Den Dolfijn stays open, filters ordered) + 6.7 disagrees "
        "(classic tender, no DBFM). 6.5 (one school-swimming tariff) is never answered; introduction and closing "
        "answer nothing.")
    print("written", NAME)

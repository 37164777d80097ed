"""Round 105 (nl): the ADVIES of a provincial GEBRUIKERSOVERLEG BRUG- EN SLUISBEDIENING (boaters, commercial
shipping, cyclists) on the concept-bedieningsregeling 2027 of a canal's bridges, answered by the LETTER of
Gedeputeerde Staten with bold headings citing '(advies n)'.

Advice (LibreOffice headless from HTML, sans, grey letterhead table, head and 'Pagina n van m' stamped with
PyMuPDF): a bridges table, findings labelled 'Bevinding A'-'D' (Scheepvaartverkeerswet 'moet', the 2023 advice
quoted with 'moet'), then the recommendations as BOLD RUN-IN LABELS 'Advies 1.'-'Advies 7.' opening paragraphs,
each followed by a plain explanation. Response: GS letter, order 5, 2+7, 1, 6, 3; 4 unanswered. All bodies, people
and figures are invented.

Run: /tmp/blind105nl/bin/python tests/docs/src/blind105/gen_nl_brugbediening_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b105nl as B  # noqa: E402

NAME = "blind105_nl_brugbediening"
F = B.tmp_fonts()
FAM = f"B{B.ROUND}NL Sans"

CSS = """<style>
body { font-family: '%s'; font-size: 9.5pt; line-height: 1.35; }
h1 { font-size: 14pt; color: #333333; } h2 { font-size: 11pt; color: #2b5d34; margin-top: 10pt; }
p { margin: 0 0 6pt 0; } td, th { font-size: 8.6pt; vertical-align: top; }
.lh td { background: #e6e6e6; }
.q { font-style: italic; margin-left: 20pt; margin-right: 20pt; }
</style>""" % FAM


def page(body):
    return "<!doctype html><html lang='nl'><head><meta charset='utf-8'>" + CSS + "</head><body>" + body + \
        "</body></html>"


ADV = """
<table class="lh" width="100%" cellpadding="6"><tr><td><b>Gebruikersoverleg Brug- en Sluisbediening Vecht-Zuid</b><br>
p/a Provinciehuis, Postbus 410, 7200 AK Zutphen-Oost | secretariaat: gbs-vechtzuid@provincie.example</td>
<td align="right">Kenmerk: GBS/2026/11<br>Datum: 2 oktober 2026</td></tr></table>
<p>Aan Gedeputeerde Staten van de provincie Gelderland-Oost</p>
<h1>Advies over de concept-bedieningsregeling bruggen en sluizen Vecht-Zuid 2027</h1>
<h2>1. Inleiding</h2>
<p>Gedeputeerde Staten vroegen het gebruikersoverleg op 1 juli 2026 om advies over de concept-bedieningsregeling
2027. In het overleg zitten vertegenwoordigers van de watersportverenigingen, de beroepsvaart, de Fietsersbond,
de ondernemersvereniging Hanzeloop en twee dorpsraden. Wij hebben het concept besproken op 10 en 24 september
2026.</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr><th>Kunstwerk</th><th>Passages 2025</th><th>Bediening nu</th><th>Concept 2027</th></tr>
<tr><td>Brug Ossenwaard</td><td>3.410</td><td>ter plaatse</td><td>op afstand</td></tr>
<tr><td>Brug Kraaiendam</td><td>2.980</td><td>ter plaatse</td><td>op afstand</td></tr>
<tr><td>Sluis Hanzeloop</td><td>4.120</td><td>ter plaatse</td><td>ter plaatse</td></tr>
<tr><td>Brug Hessinkweg</td><td>1.270</td><td>op afroep</td><td>niet in de winter</td></tr></table>
<h2>2. Bevindingen</h2>
<p><b>Bevinding A.</b> De vaarwegbeheerder moet op grond van de Scheepvaartverkeerswet zorgen voor een veilige en
vlotte doorvaart. Het concept voldoet daar in hoofdzaak aan.</p>
<p><b>Bevinding B.</b> Het concept verkort de bediening in het vaarseizoen niet, maar verlengt haar ook niet; de
laatste bediening blijft om 19.00 uur.</p>
<p><b>Bevinding C.</b> In 2023 adviseerde het overleg al: <span class="q">'De provincie moet fietsers op de
Hessinkweg beter informeren over de wachttijd.'</span> Daar is nog weinig mee gedaan.</p>
<p><b>Bevinding D.</b> Het concept voert per 2027 bruggeld in van 7 euro per passage voor recreatievaartuigen
langer dan 7 meter.</p>
<h2>3. Advies</h2>
<p><b>Advies 1.</b> Verleng de bediening in de maanden juni, juli en augustus tot 21.00 uur. Op zomeravonden
liggen nu tientallen boten voor de sluis te wachten tot de volgende ochtend.</p>
<p><b>Advies 2.</b> Publiceer de actuele bedieningstijden, wachttijden en storingen via de app VaarWijzer en op
de borden bij de kunstwerken. Schippers en fietsers weten nu vaak niet waar zij aan toe zijn.</p>
<p><b>Advies 3.</b> Stel de bediening op afstand van de bruggen Ossenwaard en Kraaiendam uit tot de camera's een
volledig vaarseizoen zijn getest. De overgang moet zonder ongevallen verlopen.</p>
<p><b>Advies 4.</b> Voer op zaterdag en zondag blokbediening in op vaste halve uren, zodat de beroepsvaart en de
recreatievaart beter kunnen plannen.</p>
<p><b>Advies 5.</b> Houd de brug Hessinkweg ook in de winter bedienbaar op afroep, met een vooraanmelding van 24
uur. Een aantal bedrijven aan de Hessinkhaven is daarvan afhankelijk.</p>
<p><b>Advies 6.</b> Beperk de openingstijd van elke brug tot ten hoogste tien minuten, zodat fietsers en
automobilisten niet te lang hoeven te wachten.</p>
<p><b>Advies 7.</b> Zie af van het bruggeld voor de recreatievaart. De watersport is belangrijk voor de
ondernemers langs de Vecht-Zuid en het bedrag schrikt bezoekers af.</p>
<h2>4. Tot slot</h2>
<p>Het overleg ontvangt graag binnen acht weken een reactie, zoals artikel 5 van zijn instellingsbesluit
voorschrijft.</p>
<p>Namens het Gebruikersoverleg Brug- en Sluisbediening Vecht-Zuid,<br>Wim Hulshof, voorzitter</p>
"""

RESP = """
<table class="lh" width="100%" cellpadding="6"><tr><td><b>Provincie Gelderland-Oost</b><br>Gedeputeerde Staten
</td><td align="right">Ons kenmerk: GS/VW/2026/8812<br>Datum: 24 november 2026</td></tr></table>
<p>Aan het Gebruikersoverleg Brug- en Sluisbediening Vecht-Zuid<br>t.a.v. de heer W. Hulshof, voorzitter</p>
<p><b>Onderwerp: reactie op uw advies over de bedieningsregeling 2027</b></p>
<p>Geachte heer Hulshof,</p>
<p>Wij danken u voor uw advies van 2 oktober 2026. Wij hebben het betrokken bij de vaststelling van de
bedieningsregeling in onze vergadering van 17 november.</p>
<p><b>Winterbediening Hessinkweg (advies 5)</b><br>Wij nemen uw advies over. De brug Hessinkweg blijft in de
winter bedienbaar op afroep na een vooraanmelding van 24 uur.</p>
<p><b>Informatie en bruggeld (advies 2 en 7)</b><br>De actuele tijden en storingen zijn vanaf het vaarseizoen
2027 te zien in de app VaarWijzer en op nieuwe borden bij alle vier de kunstwerken. Het bruggeld handhaven wij:
de opbrengst is nodig om de bediening op het huidige niveau te houden, en het bedrag ligt onder dat van andere
vaarwegen.</p>
<p><b>Bedieningstijden in de zomer (advies 1)</b><br>Een verlenging tot 21.00 uur nemen wij niet over. Het
aantal passages na 19.00 uur is daarvoor te klein en extra brugwachters zijn niet te vinden.</p>
<p><b>Openingsduur van de bruggen (advies 6)</b><br>Tien minuten is volgens de brugwachters niet haalbaar bij
drukte. Wij leggen in de regeling een maximale openingstijd van vijftien minuten vast.</p>
<p><b>Bediening op afstand (advies 3)</b><br>Uw zorg over de overgang naar bediening op afstand hebben wij
doorgegeven aan het projectteam Centrale Bediening, dat in het voorjaar van 2027 een evaluatieplan opstelt.</p>
<p><b>Baggerwerk in de Hanzeloop</b><br>Los van de regeling melden wij dat de vaargeul bij de sluis Hanzeloop in
februari 2027 wordt uitgebaggerd; de sluis is dan drie dagen gestremd.</p>
<p>Wij rekenen ook de komende jaren op de inbreng van het gebruikersoverleg.</p>
<p>Gedeputeerde Staten van Gelderland-Oost,<br>namens dezen, J.M. Tijhuis, gedeputeerde Mobiliteit</p>
"""

B.soffice_pdf(page(ADV), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Gebruikersoverleg Brug- en Sluisbediening Vecht-Zuid - advies GBS/2026/11",
        "Pagina {n} van {m}", F["Regular"])
B.soffice_pdf(page(RESP), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Provincie Gelderland-Oost - GS/VW/2026/8812", "Pagina {n} van {m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Verleng de bediening in de maanden juni, juli en augustus",
     "Een verlenging tot 21.00 uur nemen wij niet over", "disagrees"),
    (2, "Publiceer de actuele bedieningstijden, wachttijden en storingen via de app",
     "te zien in de app VaarWijzer en op nieuwe borden", "agrees"),
    (3, "Stel de bediening op afstand van de bruggen Ossenwaard en",
     "doorgegeven aan het projectteam Centrale Bediening", "noted"),
    (4, "Voer op zaterdag en zondag blokbediening in op vaste", None, "unanswered"),
    (5, "Houd de brug Hessinkweg ook in de winter bedienbaar op",
     "Wij nemen uw advies over. De brug Hessinkweg blijft", "agrees"),
    (6, "Beperk de openingstijd van elke brug tot ten hoogste tien",
     "een maximale openingstijd van vijftien minuten vast", "partly"),
    (7, "Zie af van het bruggeld voor de recreatievaart", "Het bruggeld handhaven wij: de opbrengst is nodig", "disagrees"),
], [
    "Wij danken u voor uw advies van 2 oktober 2026",
    "de vaargeul bij de sluis Hanzeloop in februari 2027",
    "rekenen ook de komende jaren op de inbreng",
], "Advice: provincial gebruikersoverleg for bridge and lock operation on the concept-bedieningsregeling 2027; a "
   "bridges table, findings 'Bevinding A'-'D' (Scheepvaartverkeerswet 'moet', the 2023 advice quoted with 'moet', "
   "the bruggeld figure), art. 5 reply deadline; recommendations BOLD RUN-IN LABELS 'Advies 1.'-'Advies 7.' opening "
   "paragraphs with an explanation each ('moet' in the explanation of 3). Response: GS letter with bold headings "
   "citing '(advies n)', order 5, 2+7, 1, 6, 3; 'Informatie en bruggeld (advies 2 en 7)' = 2 agrees + 7 disagrees "
   "(bruggeld kept); 5 agrees; 1 disagrees; 6 partly (15 instead of 10 minutes); 3 noted (passed to the "
   "projectteam); 4 (blokbediening) unanswered; the opening, 'Baggerwerk in de Hanzeloop' and the closing answer "
   "nothing.")
print("wrote", NAME)

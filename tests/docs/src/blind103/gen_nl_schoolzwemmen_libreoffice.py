"""Round 103 (nl): the ADVIES of the WERKGROEP SCHOOLZWEMMEN of a gemeente's Lokale Educatieve Agenda (LEA) to the
college, answered by a RAADSMEMO of the wethouder to the gemeenteraad (bold run-in subjects, no numbers).

Advice (LibreOffice headless from HTML, serif, letterhead table, stamped running head from p. 2, 'Blad n van m'):
a bulleted list of observations, a zwemdiploma table, Besluit badinrichtingen art. 14 'moet', the 2021 motie quoted
with 'moet'; the recommendations are UNNUMBERED BULLETS (infinitive clauses) after 'De werkgroep adviseert het
college om:'. Response: raadsmemo, order 3, 1+6, 7, 2, 5; 4 unanswered. All invented.

Run: /tmp/blind103nl/bin/python tests/docs/src/blind103/gen_nl_schoolzwemmen_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b103nl as B  # noqa: E402

NAME = "blind103_nl_schoolzwemmen"
FAM = f"B{B.ROUND}NL Serif"
F = B.tmp_fonts(FAM, B.SERIF_FILES)

STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.1cm 2cm 2.1cm; }
body { font-family: '%(f)s'; font-size: 9.8pt; line-height: 1.35; }
h1 { font-family: '%(f)s'; font-size: 15pt; color: #13607c; margin: 6pt 0 4pt 0; }
h2 { font-family: '%(f)s'; font-size: 11pt; color: #13607c; margin-top: 10pt; }
p { margin: 0 0 5pt 0; } li { margin: 0 0 3pt 0; }
td, th { font-family: '%(f)s'; font-size: 8.8pt; vertical-align: top; }
</style>""" % {"f": FAM}

ADV = "<html><head><meta charset='utf-8'>" + STYLE + """</head><body>
<table width="100%" cellpadding="4" cellspacing="0" style="border-bottom: 2pt solid #13607c"><tr>
<td width="62%"><b><font size="4" color="#13607c">Lokale Educatieve Agenda Dongebroek</font></b><br>Werkgroep
Schoolzwemmen</td><td width="38%" align="right"><font size="2">p/a gemeente Dongebroek, Raadhuisplein 1<br>
5261 AB Dongebroek<br>lea@dongebroek.nl</font></td></tr></table>
<p><font size="2">Aan: het college van burgemeester en wethouders van Dongebroek<br>Datum: 29 september 2026<br>
Kenmerk: LEA/WS/2026-03<br>Onderwerp: advies over de toekomst van het schoolzwemmen</font></p>
<h1>Advies: ieder kind veilig in het water</h1>
<p>In februari 2026 vroeg wethouder Van Gils de Lokale Educatieve Agenda om een advies over het schoolzwemmen,
dat in 2013 om financiële redenen is afgeschaft. De werkgroep bestond uit twee directeuren van basisscholen, een
vertegenwoordiger van het samenwerkingsverband, de bedrijfsleider van zwembad De Dolfijn, een medewerker van de
GGD en twee beleidsmedewerkers van de gemeente. Wij kwamen zes keer bijeen en spraken met ouders op drie
scholen.</p>
<h2>Wat wij zagen</h2>
<ul>
<li>Van de leerlingen in groep 6 heeft 14 procent geen zwemdiploma A; in de wijken Oost en Haven is dat 27
procent.</li>
<li>De meeste ouders die hun kind niet op zwemles doen, noemen de kosten (gemiddeld 720 euro per diploma) als
reden.</li>
<li>Scholen moeten volgens hun eigen veiligheidsbeleid bij elk schoolreisje met water weten welke kinderen niet
kunnen zwemmen; dat lukt nu niet altijd.</li>
<li>Zwembad De Dolfijn heeft op schooldagen tussen 9.00 en 12.00 uur ruimte in het instructiebad.</li>
</ul>
<table width="100%" cellpadding="3" cellspacing="0" border="1" style="border-collapse: collapse">
<tr><th align="left">Wijk</th><th align="right">Leerlingen groep 6</th><th align="right">Zonder diploma A</th>
<th align="right">Percentage</th></tr>
<tr><td>Centrum</td><td align="right">212</td><td align="right">15</td><td align="right">7%</td></tr>
<tr><td>Oost</td><td align="right">168</td><td align="right">44</td><td align="right">26%</td></tr>
<tr><td>Haven</td><td align="right">97</td><td align="right">28</td><td align="right">29%</td></tr>
<tr><td>Dorpen</td><td align="right">181</td><td align="right">5</td><td align="right">3%</td></tr></table>
<p><font size="2">Tabel: zwemdiploma's in groep 6, schooljaar 2025-2026 (bron: schoolenquête werkgroep).</font></p>
<h2>Kader</h2>
<p>Artikel 14 van het Besluit hygiëne en veiligheid badinrichtingen bepaalt dat bij zwemonderwijs een
gediplomeerde toezichthouder aanwezig moet zijn. De gemeenteraad nam in 2021 de motie 'Iedereen zwemveilig'
aan, waarin staat: 'Het college moet ervoor zorgen dat geen kind de basisschool verlaat zonder zwemdiploma.' Die
motie is tot nu toe niet uitgevoerd. Een wettelijke plicht om schoolzwemmen aan te bieden is er niet.</p>
<h2>Ons advies</h2>
<p>De werkgroep adviseert het college om:</p>
<ul>
<li>voor alle leerlingen van groep 5 zonder zwemdiploma A weer schoolzwemmen aan te bieden, tien lessen per
schooljaar onder schooltijd;</li>
<li>het busvervoer van de scholen naar zwembad De Dolfijn volledig voor rekening van de gemeente te
nemen;</li>
<li>een vangnetregeling voor zwemles in te stellen voor gezinnen met een inkomen tot 130 procent van het
sociaal minimum;</li>
<li>ouders jaarlijks via de scholen te informeren over de zwemvaardigheid van hun kind en over de
mogelijkheden voor zwemles;</li>
<li>bij de renovatie van De Dolfijn in 2028 een tweede instructiebad met beweegbare bodem te laten
bouwen;</li>
<li>vanaf schooljaar 2028-2029 ook het diploma Zwemvaardigheid 1 aan het programma toe te voegen;</li>
<li>met de buurgemeenten Heusveld en Almkerk te onderzoeken of een gezamenlijk zwemonderwijsplan mogelijk
is.</li>
</ul>
<p>De werkgroep schat de jaarlijkse kosten van het schoolzwemmen met vervoer op 148.000 euro. Wij bieden aan om
de uitwerking samen met de scholen voor te bereiden, zodat een start in januari 2027 mogelijk is.</p>
<p>Namens de werkgroep,<br><br>drs. M.A. Hendriks-de Bruin, voorzitter<br>K. Yilmaz, secretaris</p>
</body></html>"""
B.soffice_pdf(ADV, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Lokale Educatieve Agenda Dongebroek - advies schoolzwemmen - LEA/WS/2026-03",
        "Blad {n} van {m}", F["Regular"])

RES = "<html><head><meta charset='utf-8'>" + STYLE + """</head><body>
<table width="100%" cellpadding="4" cellspacing="0" style="border-bottom: 2pt solid #13607c"><tr>
<td><b><font size="4" color="#13607c">Gemeente Dongebroek</font></b><br>Raadsmemo</td></tr></table>
<table width="100%" cellpadding="2" cellspacing="0"><tr><td width="18%">Aan</td><td>de gemeenteraad</td></tr>
<tr><td>Van</td><td>wethouder J.P. van Gils (onderwijs, sport)</td></tr>
<tr><td>Datum</td><td>19 november 2026</td></tr><tr><td>Zaaknummer</td><td>Z-26-118402</td></tr>
<tr><td>Onderwerp</td><td>reactie op het advies van de LEA-werkgroep Schoolzwemmen</td></tr></table>
<h2>Aanleiding</h2>
<p>Met dit memo informeer ik u over de reactie van het college op het advies van de werkgroep Schoolzwemmen van
29 september. Ik ben de werkgroep erkentelijk voor het grondige werk; het advies maakt duidelijk hoe groot de
verschillen tussen de wijken zijn.</p>
<h2>Reactie van het college</h2>
<p><b>Zwemles voor gezinnen met een laag inkomen.</b> Dit voorstel is al uitgevoerd: sinds 1 oktober vergoedt de
Meedoenpas een volledig zwemdiplomatraject voor kinderen uit gezinnen tot 130 procent van het sociaal minimum.
Tot nu toe hebben 61 gezinnen daar gebruik van gemaakt.</p>
<p><b>Omvang van het schoolzwemmen.</b> Het college kiest voor een gerichte aanpak. Vanaf januari 2027 krijgen
kinderen in groep 5 zonder diploma op de scholen in Oost en Haven acht lessen per jaar, in plaats van
tien lessen voor alle scholen; in de andere wijken is het aantal kinderen zonder diploma daarvoor te laag. Het
diploma Zwemvaardigheid 1 voegen wij niet toe: het college vindt dat dit tot de verantwoordelijkheid van ouders
en zwemverenigingen behoort en ziet geen taak voor de gemeente.</p>
<p><b>Samenwerking in de regio.</b> Heusveld en Almkerk zijn bij het advies niet betrokken geweest. Ik breng het
onderwerp in bij het regionaal portefeuillehoudersoverleg van maart 2027 en laat u daarna weten of er een
gezamenlijke aanpak komt.</p>
<p><b>Vervoer naar het zwembad.</b> Het college neemt de kosten van de bus naar De Dolfijn volledig voor zijn
rekening; de scholen hoeven niets bij te dragen. Het bedrag is opgenomen in de tweede
begrotingswijziging.</p>
<p><b>Renovatie van De Dolfijn.</b> Het programma van eisen voor de renovatie is in juni door uw raad
vastgesteld. Een extra bad past niet binnen het krediet en het college stelt dan ook niet voor om het alsnog
toe te voegen.</p>
<h2>Financiën</h2>
<p>De structurele kosten bedragen 86.000 euro per jaar en worden gedekt uit de onderwijsachterstandsmiddelen.
De eenmalige invoeringskosten in 2027 worden gedekt uit de algemene reserve.</p>
<h2>Vervolg</h2>
<p>Na het eerste schooljaar evalueren wij het schoolzwemmen samen met de scholen; over de uitkomsten ontvangt u
in het najaar van 2028 opnieuw een memo.</p>
</body></html>"""
B.soffice_pdf(RES, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Gemeente Dongebroek - raadsmemo schoolzwemmen - Z-26-118402", "Blad {n} van {m}",
        F["Regular"])

B.write_expected(NAME, [
    (1, "voor alle leerlingen van groep 5 zonder zwemdiploma A weer",
     "op de scholen in Oost en Haven acht lessen", "partly"),
    (2, "het busvervoer van de scholen naar zwembad De Dolfijn volledig",
     "neemt de kosten van de bus naar De Dolfijn volledig", "agrees"),
    (3, "een vangnetregeling voor zwemles in te stellen voor gezinnen",
     "sinds 1 oktober vergoedt de Meedoenpas een volledig zwemdiplomatraject", "agrees"),
    (4, "ouders jaarlijks via de scholen te informeren over de zwemvaardigheid", None, "unanswered"),
    (5, "bij de renovatie van De Dolfijn in 2028 een tweede",
     "Een extra bad past niet binnen het krediet", "disagrees"),
    (6, "vanaf schooljaar 2028-2029 ook het diploma Zwemvaardigheid 1 aan",
     "Het diploma Zwemvaardigheid 1 voegen wij niet toe", "disagrees"),
    (7, "met de buurgemeenten Heusveld en Almkerk te onderzoeken of een",
     "breng het onderwerp in bij het regionaal portefeuillehoudersoverleg", "noted"),
], [
    "Ik ben de werkgroep erkentelijk voor het grondige werk",
    "structurele kosten bedragen 86.000 euro per jaar",
    "evalueren wij het schoolzwemmen samen met de scholen",
], "Advice: LEA werkgroep Schoolzwemmen's advice to the college; a bulleted 'Wat wij zagen' list (with 'moeten'), "
   "a diploma table, Besluit badinrichtingen art. 14 'moet', the 2021 motie quoted with 'moet', a cost estimate; "
   "recommendations UNNUMBERED BULLETS (infinitive clauses) after 'De werkgroep adviseert het college om:'. "
   "Response: raadsmemo (Aan/Van/Datum block) with bold run-in subjects, paraphrase only, order 3, 1+6, 7, 2, 5; "
   "'Omvang van het schoolzwemmen' = 1 partly (only Oost and Haven, eight lessons) + 6 disagrees; 3 agrees "
   "(already done); 7 noted (to the regional overleg); 2 agrees; 5 disagrees; 4 (informing parents) unanswered; "
   "'Aanleiding', 'Financiën' and 'Vervolg' answer nothing.")
print("wrote", NAME)

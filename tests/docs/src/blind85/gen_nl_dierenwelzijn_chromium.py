"""Round 85 (nl, Flemish): the ADVIES of a Flemish city's ADVIESRAAD DIERENWELZIJN on the draft animal-welfare plan,
answered by the city's ACTIEPLAN DIERENWELZIJN (an action table 'Actie | Wat doen we met het advies? | Trekker |
Timing' in the definitive plan).

Advice: (invented) Adviesraad Dierenwelzijn Stad Roeselbeke, 'Advies over het ontwerp van dierenwelzijnsplan
2026-2031', ADW/2026/01 (2 p., sans, a title band, a side column 'Over de adviesraad', a figures table, stamped head
and 'pagina n van m'); the seven recommendations are UNNUMBERED BULLETS in a shaded box 'Onze aanbevelingen'
(numbers by order); traps: bulleted 'Vaststellingen' outside the box, the Vlaamse Codex Dierenwelzijn ('moet ...
gesteriliseerd zijn'), the 2020 advice quoted ('Maak van Roeselbeke een katvriendelijke stad.'), 'zou ... moeten',
the gemeenteraad decision of 19 October 2020.
Response: 'Dierenwelzijnsplan 2026-2031, deel 3: actieplan' (2 p., sans, intro, action table without advice
numbers, replies by paraphrase), order 3, 1+4, 7, 2, 5: intro (nothing); 3 agrees (police ordinance already
amended); ONE row 'Katten en huisdieren van kwetsbare eigenaars' = 1 agrees + 4 noted; 7 agrees; 2 partly (a
trial zone); 5 disagrees; a section 'Het dierenwelzijnsloket in cijfers' (nothing); a closing on monitoring
(nothing); 6 (fixed contact points in the politiezone) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies under /tmp via tmp_fonts(); head and page
numbers stamped with PyMuPDF).

The Vlaamse Codex Dierenwelzijn and Flemish local advisory councils are real, but what the documents say of them is
not to be relied on; Roeselbeke, its council, people, figures and dates are invented.

Run: /tmp/blind85nl/bin/python tests/docs/src/blind85/gen_nl_dierenwelzijn_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b85nl as B  # noqa: E402

NAME = "blind85_nl_dierenwelzijn"
SANS = B.tmp_fonts()

CSS = """<html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 18mm 18mm 20mm; }
body { font-family: 'B85NL Sans'; font-size: 9.3pt; line-height: 1.38; color: #1d1d1d; }
h1 { font-size: 16pt; margin: 0 0 2mm 0; color: #8a3b12; }
h2 { font-size: 11pt; color: #8a3b12; margin: 4mm 0 1.5mm 0; }
p { margin: 0 0 2mm 0; }
.band { background: #8a3b12; color: white; padding: 4mm 5mm; margin-bottom: 4mm; }
.band b { font-size: 12pt; }
.grid { display: flex; gap: 6mm; }
.main { flex: 3; }
.side { flex: 1.1; background: #f6eee8; padding: 3mm; font-size: 8.2pt; border-top: 3px solid #8a3b12; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 3mm 0; }
td, th { border: 0.6pt solid #999; padding: 1.5mm 2mm; vertical-align: top; text-align: left; font-size: 8.6pt; }
th { background: #f0dfd3; }
.box { background: #fbf3e6; border: 1pt solid #c98b4a; padding: 3mm 5mm; margin: 3mm 0; }
.box ul { margin: 1mm 0 0 0; padding-left: 5mm; }
.box li { margin-bottom: 2mm; }
.small { font-size: 8pt; color: #555; }
</style></head><body>"""


def advice():
    h = CSS + """
<div class="band"><b>Adviesraad Dierenwelzijn Stad Roeselbeke</b><br>Advies ADW/2026/01 &middot; 22 januari 2026</div>
<h1>Advies over het ontwerp van dierenwelzijnsplan 2026-2031</h1>
<p class="small">Gevraagd advies van het college van burgemeester en schepenen van 5 december 2025. Goedgekeurd op de
algemene vergadering van 20 januari 2026 met 11 stemmen voor en 1 onthouding.</p>
<div class="grid"><div class="main">
<h2>1. Situering</h2>
<p>Het college legde de adviesraad het ontwerp van het eerste dierenwelzijnsplan van de stad voor. Het plan bundelt
wat de stad doet voor gezelschapsdieren, zwerfkatten, wilde dieren in de stad en dieren op evenementen. De adviesraad
heeft het ontwerp besproken met de dierenwelzijnsambtenaar, het asiel De Kattenhoeve en de lokale politie.</p>
<p>De adviesraad verwijst naar zijn advies van 2020 over het kattenbeleid, dat eindigde met de oproep: 'Maak van
Roeselbeke een katvriendelijke stad.' De gemeenteraad besliste op 19 oktober 2020 om sterilisatie van zwerfkatten te
subsidiëren in de deelgemeenten Roeselbeke-centrum en Oosthoek.</p>
<h2>2. Cijfers</h2>
<table><tr><th>Indicator</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>Gesteriliseerde zwerfkatten (met subsidie)</td><td>214</td><td>238</td><td>251</td></tr>
<tr><td>Meldingen van verwaarlozing bij de politie</td><td>37</td><td>44</td><td>52</td></tr>
<tr><td>Vragen aan het dierenwelzijnsloket</td><td>310</td><td>402</td><td>466</td></tr>
<tr><td>Hondenlosloopweides</td><td>1</td><td>1</td><td>1</td></tr></table>
<h2>3. Vaststellingen</h2>
<ul>
<li>In Kortewalle en Heidebroek is sterilisatie van zwerfkatten niet gesubsidieerd; daar stijgt het aantal meldingen
van kittens het snelst.</li>
<li>Volgens de Vlaamse Codex Dierenwelzijn moet een kat die verkocht of weggegeven wordt gesteriliseerd zijn. Bij
zwerfkatten speelt die regel niet, zodat de stad zelf moet optreden.</li>
<li>De enige losloopweide ligt in het stadspark; hondeneigenaars uit de deelgemeenten wijken uit naar
natuurgebieden, waar dat niet mag.</li>
<li>De dierenwelzijnsambtenaar werkt halftijds en combineert die taak met het beheer van de markten.</li>
</ul>
</div>
<div class="side"><b>Over de adviesraad</b><br><br>De Adviesraad Dierenwelzijn bestaat sinds 2019 en telt twaalf
stemgerechtigde leden: vertegenwoordigers van het asiel, de dierenartsen, de hondenscholen, de imkers, de
landbouwers en vier inwoners. De raad geeft gevraagd en ongevraagd advies aan het college.<br><br>
<b>Voorzitter</b><br>dr. Katrien Vandamme<br><br><b>Secretaris</b><br>Wim De Clercq (stadsdiensten)<br><br>
<b>Meer weten?</b><br>adviesraden@roeselbeke.be</div></div>
<h2>4. Advies</h2>
<p>De adviesraad geeft over het ontwerp een gunstig advies. Het ontwerp zou volgens de raad wel concreter moeten
zijn over budgetten en termijnen. De adviesraad vraagt het college de volgende aanbevelingen op te nemen in het
definitieve plan.</p>
<div class="box"><b>Onze aanbevelingen</b>
<ul>
<li>Breid de subsidie voor de sterilisatie van zwerfkatten uit naar alle deelgemeenten, ook Kortewalle en
Heidebroek.</li>
<li>Richt in Kortewalle een tweede omheinde hondenlosloopweide in van minstens een halve hectare.</li>
<li>Verbied het oplaten van ballonnen en wensballonnen bij evenementen waarvoor de stad een toelating geeft.</li>
<li>Voorzie met het Sociaal Huis een noodfonds voor dierenartskosten van huisdieren van mensen in armoede.</li>
<li>Maak van de dierenwelzijnsambtenaar een voltijdse functie, los van andere taken.</li>
<li>Maak met de politiezone afspraken over een vast aanspreekpunt per wijk voor meldingen van
dierenverwaarlozing.</li>
<li>Organiseer elke zomer een campagne over de gevaren van hitte voor dieren in auto's en op terrassen.</li>
</ul></div>
<p>De adviesraad vraagt binnen drie maanden een gemotiveerd antwoord, zoals het huishoudelijk reglement van de
adviesraden bepaalt.</p>
<p>Voor de adviesraad,<br>dr. Katrien Vandamme, voorzitter, Wim De Clercq, secretaris</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Dierenwelzijn Roeselbeke - advies ADW/2026/01",
            "pagina {n} van {m}", SANS["Regular"])


def response():
    h = CSS.replace("#8a3b12", "#1f4e79").replace("#f0dfd3", "#dce8f4") + """
<p class="small" style="border-bottom:1pt solid #1f4e79; padding-bottom:2mm"><b style="font-size:11pt;color:#1f4e79">
Stad Roeselbeke</b> &middot; Dienst Omgeving, cel Dierenwelzijn &middot; goedgekeurd door de
gemeenteraad op 23 maart 2026</p>
<h1>Dierenwelzijnsplan 2026-2031<br><span style="font-size:12pt">Deel 3: actieplan</span></h1>
<h2>3.1 Inleiding</h2>
<p>Dit deel van het dierenwelzijnsplan zet de acties van de stad voor de komende zes jaar op een rij. Bij de opmaak
zijn de resultaten van de bevraging van 1.240 inwoners en de adviezen van de stedelijke adviesraden betrokken. In de
kolom 'Wat doen we met het advies?' leest u per actie hoe de stad rekening houdt met het advies van de Adviesraad
Dierenwelzijn van 22 januari 2026.</p>
<h2>3.2 Acties</h2>
<table>
<tr><th style="width:22%">Actie</th><th style="width:50%">Wat doen we met het advies?</th><th>Trekker</th>
<th>Timing</th></tr>
<tr><td>A1. Geen ballonnen meer bij evenementen</td><td>Zoals de adviesraad vraagt, is het oplaten van ballonnen en
wensballonnen voortaan verboden. De gemeenteraad paste het politiereglement hiervoor al aan op 23 februari 2026; de
evenementenloketten nemen de regel op in elke toelating.</td><td>Evenementenloket</td><td>uitgevoerd</td></tr>
<tr><td>A2. Katten en huisdieren van kwetsbare eigenaars</td><td>De subsidie voor sterilisatie van zwerfkatten geldt
vanaf 1 april 2026 op het hele grondgebied, dus ook in Kortewalle en Heidebroek; het budget stijgt naar 18.000 euro
per jaar. Het voorstel van een noodfonds voor dierenartskosten neemt het college mee naar het overleg met het
Sociaal Huis; of en hoe zo'n fonds er komt, wordt daar later beslist.</td><td>Cel Dierenwelzijn, Sociaal Huis</td>
<td>2026</td></tr>
<tr><td>A3. Hittecampagne</td><td>De stad voert vanaf de zomer van 2026 jaarlijks een campagne 'Hitte? Denk ook aan je
dier' met affiches, sociale media en flyers voor de horeca.</td><td>Communicatie</td><td>jaarlijks, juni</td></tr>
<tr><td>A4. Ruimte voor honden</td><td>Het college wil eerst nagaan of er in Kortewalle vraag is naar een
losloopweide. Daarom komt er in het Molenpark een tijdelijke losloopzone van een jaar, zonder vaste omheining; na
evaluatie beslist het college over een definitieve weide.</td><td>Groendienst</td><td>proef 2026-2027</td></tr>
<tr><td>A5. Organisatie</td><td>De dierenwelzijnsambtenaar blijft halftijds. Een voltijdse functie past niet binnen
de personeelsformatie van het meerjarenplan; het college kiest ervoor de taak te ondersteunen met een
administratieve kracht van het omgevingsloket.</td><td>Personeelsdienst</td><td>-</td></tr>
</table>
<h2>3.3 Het dierenwelzijnsloket in cijfers</h2>
<p>Het dierenwelzijnsloket beantwoordde in 2025 466 vragen, vooral over zwerfkatten, overlast van duiven en
vogels in nood. Ongeveer een derde van de vragen kwam via het e-loket binnen.</p>
<h2>3.4 Opvolging</h2>
<p>De cel Dierenwelzijn rapporteert jaarlijks in het voorjaar over de voortgang van dit actieplan aan de
gemeenteraadscommissie Omgeving en aan de Adviesraad Dierenwelzijn.</p>
</body></html>"""
    B.chromium_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Roeselbeke - Dierenwelzijnsplan 2026-2031, deel 3: actieplan",
            "{n}/{m}", SANS["Regular"])


RECS = [
    (1, "Breid de subsidie voor de sterilisatie van zwerfkatten uit naar",
     "vanaf 1 april 2026 op het hele grondgebied", "agrees"),
    (2, "Richt in Kortewalle een tweede omheinde hondenlosloopweide in",
     "komt er in het Molenpark een tijdelijke losloopzone van een jaar", "partly"),
    (3, "Verbied het oplaten van ballonnen en wensballonnen bij evenementen",
     "De gemeenteraad paste het politiereglement hiervoor al aan", "agrees"),
    (4, "Voorzie met het Sociaal Huis een noodfonds voor dierenartskosten",
     "of en hoe zo'n fonds er komt, wordt daar later beslist", "noted"),
    (5, "Maak van de dierenwelzijnsambtenaar een voltijdse functie",
     "Een voltijdse functie past niet binnen de personeelsformatie", "disagrees"),
    (6, "Maak met de politiezone afspraken over een vast aanspreekpunt", None, "unanswered"),
    (7, "Organiseer elke zomer een campagne over de gevaren van hitte",
     "vanaf de zomer van 2026 jaarlijks een campagne", "agrees"),
]
UNMATCHED = [
    "de resultaten van de bevraging van 1.240 inwoners",
    "vooral over zwerfkatten, overlast van duiven en vogels in nood",
    "rapporteert jaarlijks in het voorjaar over de voortgang van dit actieplan",
]
NOTES = ("Advice: advies ADW/2026/01 of the (invented) Adviesraad Dierenwelzijn of the Flemish city Roeselbeke on the "
         "draft dierenwelzijnsplan; seven UNNUMBERED BULLETS in a shaded box 'Onze aanbevelingen' (numbers by "
         "order). Traps: bulleted 'Vaststellingen' outside the box; the Vlaamse Codex Dierenwelzijn 'moet ... "
         "gesteriliseerd zijn' and 'moet optreden'; the 2020 advice quoted ('Maak van Roeselbeke een "
         "katvriendelijke stad.'); the council decision of 19 October 2020; 'zou ... concreter moeten zijn'; a "
         "figures table; a side column 'Over de adviesraad'. Response: part 3 (action plan) of the definitive plan, "
         "a table 'Actie | Wat doen we met het advies? | Trekker | Timing' with action codes A1-A5 that are NOT the "
         "advice's numbers, replies by paraphrase, order 3, 1+4, 7, 2, 5: '3.1 Inleiding' (nothing); 3 agrees "
         "(ordinance already amended); ONE row A2 = 1 agrees + 4 noted (taken to the Sociaal Huis, decided later); "
         "7 agrees; 2 partly (a temporary trial zone); 5 disagrees; '3.3 Het dierenwelzijnsloket in cijfers' and "
         "'3.4 Opvolging' (nothing); 6 (contact point in the politiezone) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

"""Round 138 (nl): the TOETSINGSRAPPORT of an (invented) arbodienst's kerndeskundige on the RISICO-INVENTARISATIE EN
-EVALUATIE (RI&E) of a second-hand shop that is a social enterprise; its seven recommendations for the plan van
aanpak are an ORDERED LIST 1-7 after findings in an ORDERED LIST 1-6 in exactly the same style; answered by the
director's PLAN VAN AANPAK, a TABLE 'Aanbev. | Maatregel | Standpunt directie | Wie en wanneer' in another order.

Advice (PyMuPDF Story from HTML, sans, brick headings, stamped head from p. 2, 'pagina n van m'): the Arbowet
paraphrased with 'moet' (trap), findings 1-6 (trap), the 2021 advice quoted as an imperative (carried out, trap),
'Ik adviseer niet om' (trap), a closing line naming 'aanbevelingen 2 en 4' (trap). Response (Story, stamped): 3
agrees, 1 agrees, 5 agrees, 2 partly, 6 noted, 4 disagrees; 7 unanswered; introduction, 'Vaststelling' and closing
answer nothing. All bodies, places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind138nl/bin/python tests/docs/src/blind138/gen_nl_rie_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b138nl as B  # noqa: E402

NAME = "blind138_nl_rie"
F = B.tmp_fonts()
BRICK = "#8a3b12"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.5pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {BRICK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {BRICK}; margin-top: 9pt; margin-bottom: 3pt; }}
ol {{ margin-top: 0; margin-bottom: 5pt; }}
li {{ margin-bottom: 3pt; text-align: justify; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
th {{ background-color: #f1e2d8; color: {BRICK}; font-size: 8.6pt; text-align: left; border: 1px solid #c9a590;
      padding: 3px; }}
td {{ font-size: 8.6pt; border: 1px solid #c9a590; padding: 3px; vertical-align: top; text-align: left; }}
"""

ADVICE = """<html><body>
<p class="small">Arbo Lindeveld B.V. - afdeling Veiligheid en Gezondheid - Industrieweg 18, 7421 BK Holterbroek</p>
<h1>Toetsingsrapport risico-inventarisatie en -evaluatie</h1>
<p class="small">Opdrachtgever: Kringloopbedrijf De Tweede Ronde, t.a.v. de directeur, de heer T. Oosterhuis -
ons kenmerk ALV/RIE/2026-0388 - Holterbroek, 9 november 2026 - kerndeskundige: ing. P. Hofstee, gecertificeerd
hogere veiligheidskundige</p>
<h2>1 Opdracht</h2>
<p>Kringloopbedrijf De Tweede Ronde heeft ons gevraagd de risico-inventarisatie en -evaluatie (RI&amp;E) te
toetsen. Volgens de Arbeidsomstandighedenwet moet iedere werkgever een actuele RI&amp;E hebben en moet een
werkgever met meer dan 25 werkenden die RI&amp;E laten toetsen door een gecertificeerde deskundige. De Tweede Ronde
heeft 31 medewerkers in loondienst, onder wie 14 met een indicatie voor beschut werk, en ongeveer 60
vrijwilligers.</p>
<h2>2 Werkwijze</h2>
<p>Ik bestudeerde de RI&amp;E van 2019 en het bijbehorende plan van aanpak, bezocht op 15 en 22 oktober 2026 de
winkel aan de Marktstraat, de werkplaats en het magazijn, en sprak met de directeur, de bedrijfsleider, de
ondernemingsraad en zes medewerkers. Bij de vorige toetsing in 2021 adviseerde mijn collega onder meer:</p>
<p class="quote">'Laat de heftruck en de hoogwerker jaarlijks keuren door een erkende instantie.'</p>
<p>Dat gebeurt sindsdien elk jaar in maart; de keuringsrapporten waren in orde.</p>
<h2>3 Bevindingen</h2>
<ol>
<li>De RI&amp;E dateert van 2019 en beschrijft de winkel aan de Havenweg, die in 2024 is geopend, nog niet.</li>
<li>Bij het ophalen van meubels bij klanten tillen medewerkers regelmatig alleen kasten en banken van meer dan
25 kilo, ook via trappen.</li>
<li>In het magazijn staan ingeleverde verf, terpentine en spuitbussen in open kratten naast de kantine.</li>
<li>Niemand is formeel aangewezen als preventiemedewerker; de taken liggen feitelijk bij de bedrijfsleider.</li>
<li>Medewerkers met een indicatie voor beschut werk hebben geen werkplek die op hun beperking is afgestemd.</li>
<li>De kassamedewerkers bij de ingang van de winkel staan in de winter in de tocht; in januari werd het er 9
graden.</li>
</ol>
<p>Ik adviseer niet om de werkplaats te sluiten of de houtbewerking te stoppen: de machines zijn veilig
afgeschermd en de afzuiging voldoet.</p>
<h2>4 Aanbevelingen voor het plan van aanpak</h2>
<ol>
<li>Actualiseer de RI&amp;E vóór 1 juli 2027 en neem daarin ook de winkel aan de Havenweg op.</li>
<li>Laat meubels van meer dan 25 kilo altijd door twee personen tillen en schaf voor de ophaaldienst een
elektrische trapsteekwagen aan.</li>
<li>Bewaar verf, oplosmiddelen en spuitbussen in een brandveilige opslagkast buiten de kantine en laat ze
maandelijks ophalen.</li>
<li>Wijs een preventiemedewerker aan en geef die ten minste vier uur per week voor deze taak.</li>
<li>Laat voor iedere medewerker met een indicatie voor beschut werk een werkplekonderzoek doen door een
ergonoom.</li>
<li>Onderzoek hoe de kassaplekken bij de ingang tochtvrij en warm genoeg kunnen worden gemaakt.</li>
<li>Oefen de ontruiming ten minste twee keer per jaar, ook op zaterdag en met de vrijwilligers erbij.</li>
</ol>
<h2>5 Tot slot</h2>
<p>Aanbevelingen 2 en 4 hebben naar mijn oordeel de hoogste prioriteit. Ik verzoek u het plan van aanpak binnen
drie maanden vast te stellen en de ondernemingsraad daarbij te betrekken.</p>
<p>ing. P. Hofstee<br>hogere veiligheidskundige, Arbo Lindeveld B.V.</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Kringloopbedrijf De Tweede Ronde - Marktstraat 63, 7421 AD Holterbroek</p>
<h1>Plan van aanpak RI&amp;E 2027</h1>
<p class="small">Aan Arbo Lindeveld B.V., t.a.v. ing. P. Hofstee - uw kenmerk ALV/RIE/2026-0388 - ons kenmerk
DTR/DIR/2027-004 - Holterbroek, 26 januari 2027</p>
<p>Geachte heer Hofstee,</p>
<p>Met dank voor uw toetsingsrapport sturen wij u hierbij ons plan van aanpak. Het managementteam heeft de
aanbevelingen op 12 januari besproken en per aanbeveling een standpunt ingenomen.</p>
<table>
<tr><th>Aanbev.</th><th>Maatregel</th><th>Standpunt directie</th><th>Wie en wanneer</th></tr>
<tr><td>3</td><td>Opslag gevaarlijke stoffen</td><td>Overgenomen. Er komt een brandveilige kast in de
buitenberging; de gemeentelijke milieustraat haalt de inhoud elke maand op.</td><td>bedrijfsleider, maart
2027</td></tr>
<tr><td>1</td><td>Actualisatie RI&amp;E</td><td>Eens. De nieuwe RI&amp;E omvat beide winkels en het magazijn;
Arbo Lindeveld krijgt de opdracht.</td><td>directeur, gereed in juni 2027</td></tr>
<tr><td>5</td><td>Werkplekonderzoek beschut werk</td><td>Akkoord; het UWV-budget voor werkvoorzieningen dekt de
kosten van de ergonoom.</td><td>jobcoach, april tot en met september 2027</td></tr>
<tr><td>2</td><td>Tillen bij de ophaaldienst</td><td>De tweemansregel geldt per direct voor alle ritten. Een
elektrische trapsteekwagen schaffen wij nu niet aan; die past niet in de bestelbus en de begroting voor 2027
is al vastgesteld.</td><td>planner ophaaldienst, per 1 februari 2027</td></tr>
<tr><td>6</td><td>Kassaplekken bij de ingang</td><td>Wij nemen hiervan kennis. De verhuurder renoveert het pand
in 2028; wij brengen het punt dan in.</td><td>directeur, 2028</td></tr>
<tr><td>4</td><td>Preventiemedewerker</td><td>Niet overgenomen. De bedrijfsleider blijft de preventietaken
vervullen binnen haar huidige uren; vier extra uur per week is voor ons bedrijf niet op te brengen.</td>
<td>-</td></tr>
</table>
<p><b>Vaststelling.</b> De ondernemingsraad heeft op 20 januari 2027 ingestemd met dit plan van aanpak. Wij
bespreken de voortgang elk kwartaal in het overleg met de ondernemingsraad.</p>
<p>Wij rekenen op een goede samenwerking bij de nieuwe RI&amp;E.</p>
<p>Met vriendelijke groet,<br>Theo Oosterhuis<br>directeur Kringloopbedrijf De Tweede Ronde</p>
</body></html>"""

if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Arbo Lindeveld - toetsingsrapport RI&E De Tweede Ronde - ALV/RIE/2026-0388",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "De Tweede Ronde - plan van aanpak RI&E 2027 - DTR/DIR/2027-004",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Actualiseer de RI&E vóór 1 juli 2027 en neem daarin",
         "De nieuwe RI&E omvat beide winkels en het magazijn", "agrees"),
        (2, "Laat meubels van meer dan 25 kilo altijd door twee personen",
         "De tweemansregel geldt per direct voor alle ritten", "partly"),
        (3, "Bewaar verf, oplosmiddelen en spuitbussen in een brandveilige opslagkast buiten",
         "Er komt een brandveilige kast in de buitenberging", "agrees"),
        (4, "Wijs een preventiemedewerker aan en geef die ten minste vier",
         "blijft de preventietaken vervullen binnen haar huidige uren", "disagrees"),
        (5, "Laat voor iedere medewerker met een indicatie voor beschut werk",
         "het UWV-budget voor werkvoorzieningen dekt de kosten", "agrees"),
        (6, "Onderzoek hoe de kassaplekken bij de ingang tochtvrij en warm",
         "Wij nemen hiervan kennis. De verhuurder renoveert het pand", "noted"),
        (7, "Oefen de ontruiming ten minste twee keer per jaar, ook op", None, "unanswered"),
    ], ["Met dank voor uw toetsingsrapport sturen wij u",
        "heeft op 20 januari 2027 ingestemd met dit plan van aanpak",
        "Wij rekenen op een goede samenwerking"],
        "Advice: an occupational-safety expert's review report (toetsingsrapport) on the risk inventory and "
        "evaluation (RI&E) of a second-hand shop run as a social enterprise; the seven recommendations are an "
        "ORDERED LIST 1-7 (imperatives) under '4 Aanbevelingen voor het plan van aanpak'. Traps: findings as an "
        "ORDERED LIST 1-6 in exactly the same style under '3 Bevindingen', the Arbowet paraphrased with 'moet', the "
        "2021 advice quoted as an imperative (carried out), 'Ik adviseer niet om de werkplaats te sluiten', a "
        "closing line naming 'Aanbevelingen 2 en 4'. Response: the director's action plan (plan van aanpak) as a "
        "TABLE 'Aanbev. | Maatregel | Standpunt directie | Wie en wanneer' in the order 3 agrees ('Overgenomen'), 1 "
        "agrees ('Eens'), 5 agrees ('Akkoord'), 2 partly (two-person rule yes, stair climber no), 6 noted ('Wij "
        "nemen hiervan kennis', raised at the 2028 renovation), 4 disagrees ('Niet overgenomen'). 7 (evacuation "
        "drills twice a year) is never answered. Introduction, 'Vaststelling.' and closing answer nothing.")
    print("written", NAME)

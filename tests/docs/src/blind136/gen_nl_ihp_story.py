"""Round 136 (nl): the joint ADVIES of the (invented) SCHOOLBESTUREN of a municipality, given in the op overeenstemming
gericht overleg (OOGO), on the concept-Integraal Huisvestingsplan Onderwijs (IHP), its seven recommendations
LETTERED ITEMS (a)-(g) INSIDE RUNNING PARAGRAPHS ('Wij adviseren het college daarom (a) ... en (b) ...'), after the
school buildings ranked (1)-(4) inline in the same way; answered by the wethouder's LETTER that paraphrases BY THEME
under its own headings, in another order, one paragraph answering two recommendations with different verdicts (one
recommendation never answered).

Advice (PyMuPDF Story from HTML, sans, dark-green headings, stamped head from p. 2, 'pagina n van m'): the Wet op het
primair onderwijs paraphrased with 'moet' (trap), the IHP 2012 quoted with 'moet' (trap), the ranking (1)-(4) (trap),
'Wij adviseren niet om' (trap), a closing line naming 'de punten (a) en (c)' (trap). Response (Story, stamped): d
agrees, a partly + b disagrees (one paragraph), c disagrees, e agrees, f noted; g unanswered; the introduction and
'Vervolg' answer nothing. All bodies, places, people, figures and reference numbers invented; laws named as context
only.

Run: /tmp/blind136nl/bin/python tests/docs/src/blind136/gen_nl_ihp_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b136nl as B  # noqa: E402

NAME = "blind136_nl_ihp"
F = B.tmp_fonts()
GREEN = "#1f5a44"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.6pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {GREEN}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {GREEN}; margin-top: 9pt; margin-bottom: 3pt; }}
h3 {{ font-size: 9.8pt; margin-top: 6pt; margin-bottom: 2pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; }}
"""

ADVICE = """
<p class="small">Schoolbesturen in de gemeente Bergdonk - p/a Stichting Openbaar Onderwijs Bergdonk, Schoolstraat 9,
5421 VK Bergdonk</p>
<h1>Gezamenlijk advies over het concept-Integraal Huisvestingsplan Onderwijs Bergdonk 2027-2042</h1>
<p class="small">Kenmerk OOGO-2026-04 - Bergdonk, 8 oktober 2026 - aan het college van burgemeester en wethouders,
ter attentie van wethouder R.M. Verbeek (onderwijs) - namens Stichting Openbaar Onderwijs Bergdonk, Stichting
Katholiek Onderwijs Heuvelland en Scholengroep Het Baken</p>
<h2>1. Aanleiding</h2>
<p>Op 3 juli 2026 stuurde het college ons het concept-Integraal Huisvestingsplan Onderwijs (IHP) voor de komende
vijftien jaar. De drie schoolbesturen die samen de veertien basisscholen en de ene school voor voortgezet onderwijs in
Bergdonk in stand houden, hebben het concept in het op overeenstemming gericht overleg besproken. Dit is ons
gezamenlijke advies.</p>
<p>Volgens de Wet op het primair onderwijs moet de gemeente zorgen voor voldoende en geschikte huisvesting van de
scholen; de schoolbesturen zijn verantwoordelijk voor het onderhoud. Het vorige IHP uit 2012 legde als uitgangspunt
vast: 'Elke nieuwe school moet een kindcentrum worden, met kinderopvang en peuterspeelzaal onder één dak.' Dat
uitgangspunt steunen wij nog steeds; vier van de vijf scholen die sinds 2012 werden gebouwd, zijn kindcentra.</p>
<h2>2. De staat van de gebouwen</h2>
<p>In het voorjaar van 2026 liet het college alle schoolgebouwen schouwen. Volgens de schouw zijn de slechtste
gebouwen (1) De Wegwijzer in Bergdonk-West, uit 1958, (2) De Wilg in Veldhoven-Dorp, uit 1964, (3) De Regenboog aan
de Parkweg, uit 1971, en (4) het B-gebouw van Het Baken, uit 1975. In alle vier is het in de zomer in de lokalen
vaak warmer dan 28 graden, en geen van de vier voldoet aan de eisen voor frisse lucht. Het concept plant alleen de
nieuwbouw van De Wegwijzer, en pas in 2031.</p>
<p>Wij adviseren niet om De Regenboog en De Wilg samen te voegen tot één school, zoals in een van de varianten in het
concept wordt geopperd: de twee scholen liggen ruim vier kilometer uit elkaar en hebben elk een eigen wijk.</p>
<h2>3. Ons advies</h2>
<h3>Volgorde</h3>
<p>Het gebouw van De Wegwijzer is zo slecht dat het onderhoud geen zin meer heeft; in 2025 viel twee keer de
verwarming uit. Wij adviseren het college daarom (a) de nieuwbouw van De Wegwijzer naar voren te halen van 2031 naar
2028, en (b) in dezelfde bouwstroom ook de gymzaal aan de Parkweg te vervangen, die door drie scholen wordt gebruikt
en die bij zware regen onder water loopt.</p>
<h3>Geld</h3>
<p>De bedragen in het concept zijn gebaseerd op prijzen van 2023 en houden geen rekening met de eisen voor
duurzaamheid en binnenklimaat. Wij adviseren (c) de normbedragen voor nieuwbouw met 18 procent te verhogen, zodat
ze aansluiten bij de bouwkosten van dit moment, en (d) de kosten van goede ventilatie en zonwering volgens de eisen
van Frisse Scholen klasse B in alle budgetten voor nieuwbouw en renovatie op te nemen.</p>
<h3>Samenwerking</h3>
<p>Een plan voor vijftien jaar vraagt om vaste afspraken over wie wat doet. Van de zes bouwprojecten sinds 2012
liepen er vier meer dan een jaar vertraging op, onder meer omdat niemand de planning van gemeente, besturen en
kinderopvang bij elkaar bracht. Wij stellen voor (e) samen met de
besturen één huisvestingsregisseur aan te stellen die de projecten uit het IHP voorbereidt en bewaakt, (f) te
onderzoeken of het gebouw van Het Baken 's avonds ook kan worden gebruikt voor volwasseneneducatie en
verenigingen, en (g) het IHP elke vier jaar samen met de schoolbesturen te herzien, met een nieuwe schouw van alle
gebouwen.</p>
<h2>4. Tot slot</h2>
<p>Wij beseffen dat vooral de punten (a) en (c) veel geld kosten. Toch vragen wij het college om ze serieus te
overwegen voor het IHP naar de gemeenteraad gaat. Wij zijn graag bereid tot een nader gesprek.</p>
<p>Namens de drie schoolbesturen,<br>drs. C.A. van Rooij, bestuurder Stichting Openbaar Onderwijs Bergdonk<br>
M. El Idrissi, bestuurder Stichting Katholiek Onderwijs Heuvelland<br>ir. T.J. Brink, rector-bestuurder Scholengroep
Het Baken</p>
"""

RESPONSE = """
<p class="small">Gemeente Bergdonk - Wethouder onderwijs</p>
<h1>Reactie op het gezamenlijke advies over het IHP Onderwijs</h1>
<p class="small">Aan de schoolbesturen in Bergdonk, t.a.v. drs. C.A. van Rooij - ons kenmerk OND/2026/3318 - Bergdonk,
12 november 2026</p>
<p>Geachte heer Van Rooij, mevrouw El Idrissi en heer Brink,</p>
<p>Mede namens het college bedank ik u voor uw gezamenlijke advies en voor de prettige gesprekken in het overleg. Wij
hebben het concept-IHP op verschillende punten aangepast. Hieronder licht ik per onderwerp toe wat wij met uw advies
hebben gedaan.</p>
<h2>Binnenklimaat</h2>
<p>Wij zijn het met u eens dat een school van nu gezond en koel moet zijn. In alle budgetten van het IHP zijn de
kosten voor ventilatie en zonwering volgens klasse B van Frisse Scholen nu opgenomen; daarmee stijgt het totaal met
4,1 miljoen euro.</p>
<h2>Bergdonk-West en de gymzaal</h2>
<p>De nieuwbouw van De Wegwijzer halen wij naar voren, maar niet zo ver als u vraagt: de bouw begint in 2029, omdat de
grond aan de Esdoornlaan pas eind 2028 vrij komt. Een nieuwe gymzaal aan de Parkweg zit daar niet bij. Wij
renoveren de zaal in 2027 en lossen het probleem met het regenwater op door een nieuwe afvoer; voor vervanging
zien wij op dit moment geen noodzaak.</p>
<h2>De bedragen per vierkante meter</h2>
<p>Het college houdt vast aan de normbedragen uit het concept, met de jaarlijkse indexering. Een algemene verhoging
met 18 procent zou het IHP voor de gemeente onbetaalbaar maken; waar een aanbesteding duurder uitvalt, beslist de
raad per project.</p>
<h2>Regie</h2>
<p>Een gezamenlijke regisseur vinden wij een goed idee. De gemeente en de besturen betalen samen een
projectregisseur die vanaf het voorjaar van 2027 voor drie jaar wordt aangesteld.</p>
<h2>Medegebruik</h2>
<p>Uw suggestie over het avondgebruik van de school voor voortgezet onderwijs hebben wij met belangstelling gelezen. Wij
betrekken die bij de uitwerking van het accommodatiebeleid in 2027 en doen er nu geen toezeggingen over.</p>
<h2>Vervolg</h2>
<p>Het aangepaste IHP wordt op 17 december 2026 aan de gemeenteraad aangeboden. Het IHP vraagt voor de periode tot
2042 in totaal 86,5 miljoen euro aan investeringen.</p>
<p>Met vriendelijke groet,<br><br>R.M. Verbeek<br>wethouder onderwijs</p>
"""

if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Schoolbesturen Bergdonk - advies OOGO-2026-04 - concept-IHP Onderwijs 2027-2042",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Bergdonk - reactie op advies OOGO-2026-04 - OND/2026/3318",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("a", "de nieuwbouw van De Wegwijzer naar voren te halen",
         "de bouw begint in 2029, omdat de grond", "partly"),
        ("b", "in dezelfde bouwstroom ook de gymzaal aan de Parkweg te vervangen",
         "voor vervanging zien wij op dit moment geen noodzaak", "disagrees"),
        ("c", "de normbedragen voor nieuwbouw met 18 procent te verhogen",
         "Het college houdt vast aan de normbedragen uit het concept", "disagrees"),
        ("d", "de kosten van goede ventilatie en zonwering volgens de eisen",
         "daarmee stijgt het totaal met 4,1 miljoen euro", "agrees"),
        ("e", "samen met de besturen één huisvestingsregisseur aan te stellen",
         "Een gezamenlijke regisseur vinden wij een goed idee", "agrees"),
        ("f", "te onderzoeken of het gebouw van Het Baken 's avonds",
         "betrekken die bij de uitwerking van het accommodatiebeleid in 2027", "noted"),
        ("g", "het IHP elke vier jaar samen met de schoolbesturen te herzien", None, "unanswered"),
    ], ["voor de prettige gesprekken in het overleg",
        "wordt op 17 december 2026 aan de gemeenteraad aangeboden"],
        "Advice: the joint advice of a municipality's three school boards, given in the OOGO, on a draft integral "
        "school-housing plan (IHP); the seven recommendations are LETTERED ITEMS (a)-(g) INSIDE RUNNING PARAGRAPHS "
        "under the headings 'Volgorde' (a, b), 'Geld' (c, d) and 'Samenwerking' (e, f, g), each a lower-case "
        "infinitive clause after 'Wij adviseren het college daarom', 'Wij adviseren' or 'Wij stellen voor'. Traps: "
        "the four worst buildings RANKED (1)-(4) inline in the same way, the Wet op het primair onderwijs "
        "paraphrased with 'moet', the IHP 2012 quoted with 'moet' (carried out), 'Wij adviseren niet om De "
        "Regenboog en De Wilg samen te voegen', a closing line naming 'de punten (a) en (c)'. Response: the "
        "wethouder's letter BY THEME under its own headings, paraphrasing, in another order: 'Binnenklimaat' = d "
        "agrees, 'Bergdonk-West en de gymzaal' = a partly (2029, not 2028) + b disagrees (renovation, no new gym) in "
        "ONE paragraph, 'De bedragen per vierkante meter' = c disagrees, 'Regie' = e agrees, 'Medegebruik' = f noted "
        "(taken along in the accommodation policy, no promises). g (revise the IHP every four years) is never "
        "answered. The introduction and 'Vervolg' (figures) answer nothing.")
    print("written", NAME)

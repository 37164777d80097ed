"""Round 127 (nl): the ADVIES of the GEMEENSCHAPPELIJKE MEDEZEGGENSCHAPSRAAD (GMR) of a foundation for public
primary schools on the draft strategic plan, the recommendations UNNUMBERED paragraphs with BOLD LEAD-INS ('Werkdruk
eerst.', 'Kleine scholen.', ...) under six theme sub-headings, running across the page break; answered by the board's
'Bijlage 4. Verantwoording inspraak' of the adopted plan, arranged by the PLAN'S CHAPTER NUMBERS ('Hoofdstuk 2 Ons
onderwijs' ... 'Hoofdstuk 6 Huisvesting en financiën') with INLINE VERDICT LABELS ('Advies GMR over werkdruk: niet
overgenomen.') and input of other groups mixed in.

Advice (LibreOffice headless from HTML, sans, 2 p., plum headings, stamped head from p. 2, 'pagina n/m'): the Wet
medezeggenschap op scholen paraphrased with 'moet' (trap), a numbered list 1.-3. of questions put in the
overlegvergadering (trap), findings 'De GMR constateert' (trap), the GMR's earlier advice quoted as an imperative
(trap), a closing line naming 'de eerste twee adviezen' (trap). Response (LibreOffice from HTML, 1 p.): intro
(nothing); chapter 2 = 5 and 6, chapter 3 = 1 plus the school heads' input (nothing), chapter 4 = 2, chapter 5 = 3,
chapter 6 = 4; 'Vervolg' (nothing); 7 never answered. Verdicts: 1 disagrees, 2 partly, 3 agrees, 4 agrees, 5 noted,
6 disagrees, 7 unanswered. All bodies, places, people, figures and reference numbers invented; the Wet medezeggenschap
op scholen is named as context only.

Run: /tmp/blind127nl/bin/python tests/docs/src/blind127/gen_nl_gmr_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b127nl as B  # noqa: E402

NAME = "blind127_nl_gmr"
F = B.tmp_fonts()
SANS = "B127NL Sans"
PLUM = "#6a2c5e"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {PLUM}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11pt; color: {PLUM}; margin-top: 0.3cm; margin-bottom: 0.08cm; }}
h3 {{ font-family: '{SANS}'; font-size: 9.8pt; font-style: italic; margin-top: 0.2cm; margin-bottom: 0.05cm; }}
td, th {{ font-family: '{SANS}'; font-size: 8.5pt; vertical-align: top; }}
th {{ text-align: left; }}
.small {{ font-size: 8.2pt; color: #555555; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
li {{ margin-bottom: 0.12cm; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies GMR strategisch beleidsplan
</title>{CSS}</head><body>
<p class="small">Gemeenschappelijke Medezeggenschapsraad - Stichting Openbaar Onderwijs De Lindestroom</p>
<h1>Samen wijzer, maar niet zonder ons</h1>
<p><b>Advies van de GMR over het concept-Strategisch Beleidsplan 2027-2031 'Samen wijzer'</b></p>
<p class="small">Kenmerk GMR/2026-11 - 19 november 2026 - aan het college van bestuur van Stichting Openbaar Onderwijs
De Lindestroom</p>
<hr>

<h2>1. Inleiding</h2>
<p>Op 1 oktober 2026 vroeg het college van bestuur de GMR om advies over het concept-Strategisch Beleidsplan
2027-2031. Op grond van de Wet medezeggenschap op scholen moet het bevoegd gezag de GMR vooraf om advies vragen over
het strategisch beleid, en moet het een besluit dat van het advies afwijkt schriftelijk motiveren. De GMR bestaat uit
zes ouders en zes personeelsleden van de veertien scholen van De Lindestroom, met samen 3.940 leerlingen.</p>

<h2>2. Hoe wij tot dit advies kwamen</h2>
<p>De GMR besprak het concept in twee eigen vergaderingen en in de overlegvergadering met de bestuurder van 5
november. Daar legden wij de bestuurder onder meer deze vragen voor:</p>
<ol>
<li>Welk deel van de werkdrukmiddelen wil het bestuur bovenschools inzetten, en waarvoor?</li>
<li>Wat gebeurt er met een school die onder de voorgestelde ondergrens zakt?</li>
<li>Hoe worden ouders betrokken bij de uitwerking van het plan op schoolniveau?</li>
</ol>
<p>De antwoorden van de bestuurder hebben wij in dit advies meegenomen.</p>

<h2>3. Wat wij zien</h2>
<p>De GMR constateert dat het plan helder en ambitieus is en dat de drie kernwaarden - nieuwsgierig, samen en eerlijk
- herkenbaar zijn voor leerkrachten en ouders. De GMR constateert ook dat het plan weinig zegt over de uitvoering en
dat een aantal keuzes vooral bovenschools wordt gemaakt. In ons advies over het vorige plan schreven wij: <i>'Investeer
eerst in de mensen, dan in de gebouwen.'</i> Die boodschap is nog steeds actueel: het verzuim onder leerkrachten lag
in 2025 op 7,8 procent.</p>

<h2>4. Ons advies</h2>
<h3>Personeel en organisatie</h3>
<p><b>Werkdruk eerst.</b> De GMR adviseert de werkdrukmiddelen volledig aan de scholen toe te kennen en geen deel
ervan bovenschools in te zetten. Teams weten zelf het best waar de druk zit.</p>
<h3>Scholennetwerk</h3>
<p>Drie van de veertien scholen hebben nu minder dan tachtig leerlingen. Voor de dorpen waar zij staan is de school
vaak de laatste voorziening.</p>
<p><b>Kleine scholen.</b> Wij adviseren de ondergrens van tachtig leerlingen voor kleine scholen uit het plan te
schrappen en per school te kijken naar kwaliteit en toekomst.</p>
<h3>Ouders en school</h3>
<p><b>Ouders aan tafel.</b> Laat iedere school jaarlijks een ouderavond houden over het schoolplan en over de besteding
van de middelen, zodat ouders ook buiten de MR mee kunnen denken.</p>
<h3>Huisvesting</h3>
<p>Het plan spreekt van 'toekomstbestendige gebouwen', maar noemt geen jaartallen of bedragen. Vijf gebouwen hebben
nog energielabel D of slechter.</p>
<p><b>Duurzame gebouwen.</b> Neem in het plan een concrete planning op voor het verduurzamen van de schoolgebouwen,
per gebouw en per jaar.</p>
<h3>Onderwijs</h3>
<p><b>Nieuwkomers.</b> Onderzoek samen met de gemeenten of een bovenschoolse taalklas voor nieuwkomers in de regio
haalbaar is. Nu vangen de scholen deze leerlingen elk apart op, met wisselend succes.</p>
<p><b>Laptops.</b> Zie af van de voorgenomen vrijwillige ouderbijdrage voor de laptops in groep 7 en 8. Openbaar
onderwijs hoort voor ieder kind gelijk toegankelijk te zijn.</p>
<h3>Medezeggenschap</h3>
<p><b>Samen evalueren.</b> Betrek de GMR bij de jaarlijkse evaluatie van het plan, bijvoorbeeld via een gezamenlijke
werksessie in het voorjaar.</p>

<h2>5. Tot slot</h2>
<p>De GMR adviseert positief over het plan als geheel, mits het college van bestuur onze adviezen overneemt. Wij hechten
het meest aan de eerste twee adviezen. Wij zien uw reactie graag binnen zes weken tegemoet.</p>
<p>Namens de GMR,<br>Marloes Verbeek (voorzitter) en Jeroen Adema (secretaris)</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Bijlage 4 Verantwoording inspraak
</title>{CSS}</head><body>
<p class="small">Stichting Openbaar Onderwijs De Lindestroom - Strategisch Beleidsplan 2027-2031 'Samen wijzer' -
vastgesteld door het college van bestuur op 15 december 2026</p>
<h1>Bijlage 4. Verantwoording inspraak</h1>
<p>In deze bijlage leggen wij verantwoording af over wat wij hebben gedaan met de inbreng op het concept-plan. Wij
kregen reacties van de GMR (advies GMR/2026-11), van de veertien schooldirecteuren en van twee leerlingenraden. Per
hoofdstuk van het plan staat hieronder wat wij wel en niet hebben overgenomen.</p>

<h2>Hoofdstuk 2 Ons onderwijs</h2>
<p><b>Advies GMR over nieuwkomers: in overweging.</b> Het college van bestuur vindt de vraag terecht. Wij brengen het
onderwerp in bij het overleg op overeenstemming met de gemeenten in het voorjaar van 2027; of een gezamenlijke
voorziening er komt, kunnen wij nu nog niet zeggen.</p>
<p><b>Advies GMR over laptops: niet overgenomen.</b> De bijdrage blijft vrijwillig en geen kind wordt uitgesloten als
ouders niet betalen. Zonder deze bijdrage kunnen wij de vervanging van de apparaten niet bekostigen, daarom handhaven
wij de regeling in het plan.</p>
<p><b>Leerlingenraden:</b> op verzoek van de leerlingenraden staat buitenspelen nu uitdrukkelijk in de paragraaf over
het schoolklimaat.</p>

<h2>Hoofdstuk 3 Onze mensen</h2>
<p><b>Advies GMR over werkdruk: niet overgenomen.</b> Wij begrijpen de wens van de GMR, maar wij houden vijftien procent
van de middelen bovenschools aan voor de invalpool. Zonder die pool moeten klassen bij ziekte naar huis, en dat
verhoogt de druk op de teams juist.</p>
<p><b>Schooldirecteuren:</b> op hun verzoek is het aantal verplichte bovenschoolse studiedagen teruggebracht van vier
naar drie.</p>

<h2>Hoofdstuk 4 Ons scholennetwerk</h2>
<p><b>Advies GMR over kleine scholen: deels overgenomen.</b> De ondergrens van tachtig leerlingen blijft in het plan als
signaalwaarde, maar een school die eronder zakt, wordt niet automatisch heroverwogen. Een commissie met ouders uit het
dorp beoordeelt eerst de kwaliteit en de toekomst van de school.</p>

<h2>Hoofdstuk 5 Ouders en omgeving</h2>
<p><b>Advies GMR over ouderavonden: overgenomen.</b> Vanaf het schooljaar 2027-2028 organiseert elke school in het
najaar een ouderavond over het schoolplan en de begroting.</p>

<h2>Hoofdstuk 6 Huisvesting en financiën</h2>
<p><b>Advies GMR over verduurzaming: overgenomen.</b> Als nieuwe paragraaf 6.3 is een verduurzamingsplanning per
gebouw toegevoegd, met de vijf gebouwen met label D of slechter als eerste aan de beurt in 2027 en 2028.</p>
<p><b>Schooldirecteuren:</b> de begroting voor onderhoud wordt voortaan per school in plaats van per cluster
gepresenteerd.</p>

<h2>Vervolg</h2>
<p>Het plan wordt na vaststelling besproken in alle teams en medezeggenschapsraden. De schoolplannen 2027-2031 worden in
het voorjaar van 2027 op het strategisch plan afgestemd.</p>
<p>Mr. drs. P.F. Hooghiemstra, voorzitter college van bestuur</p>
</body></html>"""


def expected():
    recs = [
        (1, "De GMR adviseert de werkdrukmiddelen volledig aan de scholen toe",
         "vijftien procent van de middelen bovenschools aan voor de invalpool", "disagrees"),
        (2, "Wij adviseren de ondergrens van tachtig leerlingen voor kleine scholen",
         "De ondergrens van tachtig leerlingen blijft in het plan als signaalwaarde", "partly"),
        (3, "Laat iedere school jaarlijks een ouderavond houden over het schoolplan",
         "Vanaf het schooljaar 2027-2028 organiseert elke school in het najaar", "agrees"),
        (4, "Neem in het plan een concrete planning op voor het verduurzamen",
         "is een verduurzamingsplanning per gebouw toegevoegd", "agrees"),
        (5, "Onderzoek samen met de gemeenten of een bovenschoolse taalklas voor",
         "kunnen wij nu nog niet zeggen", "noted"),
        (6, "Zie af van de voorgenomen vrijwillige ouderbijdrage voor de laptops",
         "daarom handhaven wij de regeling in het plan", "disagrees"),
        (7, "Betrek de GMR bij de jaarlijkse evaluatie van het plan", None, "unanswered"),
    ]
    unmatched = ["leggen wij verantwoording af over wat wij hebben gedaan",
                 "staat buitenspelen nu uitdrukkelijk in de paragraaf",
                 "bovenschoolse studiedagen teruggebracht van vier naar drie",
                 "per school in plaats van per cluster gepresenteerd",
                 "De schoolplannen 2027-2031 worden in het voorjaar"]
    notes = ("Advice: the ADVIES of the GEMEENSCHAPPELIJKE MEDEZEGGENSCHAPSRAAD of a foundation for public primary "
             "schools on the draft strategic plan 2027-2031 (LibreOffice from HTML, 2 p.); the seven recommendations "
             "are UNNUMBERED paragraphs with BOLD LEAD-INS ('Werkdruk eerst.', 'Kleine scholen.', 'Ouders aan "
             "tafel.', 'Duurzame gebouwen.', 'Nieuwkomers.', 'Laptops.', 'Samen evalueren.') under six italic theme "
             "sub-headings in '4. Ons advies', running across the page break, some after a finding paragraph. "
             "Traps: the Wet medezeggenschap op scholen paraphrased with 'moet', a numbered list 1.-3. of questions "
             "put to the board, 'De GMR constateert' findings, the previous advice quoted as an imperative "
             "('Investeer eerst in de mensen ...'), a closing line naming 'de eerste twee adviezen'. Response: the "
             "board's 'Bijlage 4. Verantwoording inspraak' of the adopted plan, arranged by the PLAN'S CHAPTER "
             "NUMBERS (Hoofdstuk 2-6) with INLINE VERDICT LABELS per GMR advice, mixed with the input of the school "
             "heads and the pupils' councils. Chapter 2: 5 noted ('in overweging': raised with the gemeenten in "
             "2027, cannot say yet) and 6 disagrees ('niet overgenomen': the voluntary contribution stays); "
             "chapter 3: 1 disagrees ('niet overgenomen': fifteen per cent kept for the supply pool); chapter 4: "
             "2 partly ('deels overgenomen': the threshold stays as a signal value, no automatic review); chapter "
             "5: 3 agrees (parents' evening from 2027-2028); chapter 6: 4 agrees (new paragraph 6.3 with a planning "
             "per building). The introduction, the pupils' councils' and school heads' items and 'Vervolg' answer "
             "nothing; 7 (the GMR in the yearly evaluation) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "GMR Stichting Openbaar Onderwijs De Lindestroom - advies concept-Strategisch "
            "Beleidsplan 2027-2031 - GMR/2026-11", "pagina {n}/{m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Strategisch Beleidsplan 2027-2031 'Samen wijzer' - Bijlage 4 Verantwoording "
            "inspraak", "{n}", F["Regular"])
    expected()

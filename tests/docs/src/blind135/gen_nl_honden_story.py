"""Round 135 (nl): the ADVIES of an (invented) municipal KLANKBORDGROEP HONDENBELEID on the concept-Hondenbeleidsplan,
its seven recommendations paragraphs opening with a bold ROMAN NUMERAL and title ('I. Losloopgebieden.') after the
college's own three questions numbered I-III in the same style; answered by the wethouder's RAADSINFORMATIEBRIEF
with ITS OWN NUMBERING 1.-6. that does not match the advice (point 2 answers two recommendations, point 6 nothing,
one recommendation never answered).

Advice (PyMuPDF Story from HTML, sans, brown headings, stamped head from p. 2, 'pagina n van m'): the college's
questions I-III (trap), the APV paraphrased with 'moet' (trap), figures, the 2019 evaluation quoted as an imperative
(trap), 'Wij adviseren niet om' (trap), a closing line naming 'advies III en IV' (trap). Response (Story, stamped):
own points 1 = IV partly, 2 = I agrees + II agrees, 3 = III disagrees, 4 = V agrees, 5 = VI noted, 6 = nothing; VII
unanswered. All bodies, places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind135nl/bin/python tests/docs/src/blind135/gen_nl_honden_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b135nl as B  # noqa: E402

NAME = "blind135_nl_honden"
F = B.tmp_fonts()
BROWN = "#7a4a1e"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.6pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {BROWN}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {BROWN}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.rec {{ margin-left: 14pt; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; }}
"""

ADVICE = """
<p class="small">Klankbordgroep Hondenbeleid gemeente Duinwijck - p/a Raadhuisstraat 4, 2231 LM Duinwijck</p>
<h1>Advies over het concept-Hondenbeleidsplan Duinwijck 2027-2030</h1>
<p class="small">Kenmerk KHB-2026-07 - Duinwijck, 30 juni 2026 - aan het college van burgemeester en wethouders,
ter attentie van wethouder F.E. Noordam (buitenruimte)</p>
<h2>1. Vraag van het college</h2>
<p>In de klankbordgroep zitten zeven hondenbezitters uit verschillende wijken, een vertegenwoordiger van de
strandpaviljoens, een hondentrainster, een dierenarts en twee inwoners zonder hond. Het college legde ons bij het
concept-Hondenbeleidsplan drie vragen voor:</p>
<p class="rec"><b>I.</b> Zijn de voorgestelde losloopgebieden voldoende en liggen ze op de goede plek?</p>
<p class="rec"><b>II.</b> Is de voorgestelde regeling voor honden op het strand uitvoerbaar?</p>
<p class="rec"><b>III.</b> Hoe kan de gemeente de overlast van hondenpoep verder terugdringen?</p>
<p>Wij hebben het concept in drie avonden besproken en op 6 juni met de wijkbeheerder alle hondenuitlaatplaatsen
in Duinwijck-Zuid en Meerlanden bekeken.</p>
<h2>2. Wat wij zagen</h2>
<p>In Duinwijck zijn ongeveer 5.900 honden aangemeld voor de hondenbelasting, die in 2026 ruim 412.000 euro
opbrengt. Er zijn 23 hondenuitlaatplaatsen en twee losloopgebieden, beide in het noorden van de gemeente. In de
wijk Meerlanden, met ruim 900 honden, is geen enkel losloopgebied. Bij de gemeente kwamen in 2025 312 meldingen
over hondenpoep binnen en 19 meldingen van een bijtincident.</p>
<p>De Algemene plaatselijke verordening bepaalt nu al dat een hond binnen de bebouwde kom aangelijnd moet zijn en
dat de eigenaar de uitwerpselen moet opruimen. Volgens de klankbordgroep ligt het probleem niet bij de regels, maar
bij de voorzieningen en de bekendheid ervan. In de evaluatie van 2019 stond al:</p>
<p class="quote">'Zorg voor duidelijke borden bij elke uitlaatplaats, zodat iedereen weet wat er mag.'</p>
<p>Dat is inmiddels gebeurd. Wij adviseren niet om de aanlijnplicht in parken los te laten; veel ouders met jonge
kinderen en mensen die bang zijn voor honden vinden die plicht juist belangrijk.</p>
<h2>3. Ons advies</h2>
<p class="rec"><b>I. Losloopgebieden.</b> Wijs in elke wijk ten minste één omheind losloopgebied aan van minimaal
1.500 vierkante meter, te beginnen in Meerlanden.</p>
<p class="rec"><b>II. Voorzieningen.</b> Plaats bij alle hondenuitlaatplaatsen een afvalbak en een automaat met
gratis poepzakjes, en leeg die bakken ook in het weekend.</p>
<p class="rec"><b>III. Hondenbelasting.</b> Schaf de hondenbelasting af, of besteed de volledige opbrengst aan
voorzieningen voor honden en hun eigenaren.</p>
<p class="rec"><b>IV. Strand.</b> Sta honden van 1 mei tot en met 30 september op het hele strand toe voor 10.00
uur en na 19.00 uur, in plaats van alleen op het strandvak bij paal 14.</p>
<p class="rec"><b>V. Voorlichting.</b> Begin naast de handhaving door boa's een jaarlijkse campagne over het
opruimen van poep, samen met dierenartsen, hondenscholen en dierenwinkels.</p>
<p class="rec"><b>VI. Bijtincidenten.</b> Onderzoek of eigenaren van een hond die iemand heeft gebeten, verplicht
kunnen worden een cursus te volgen bij een erkende hondenschool.</p>
<p class="rec"><b>VII. Evaluatie.</b> Betrek de klankbordgroep elk jaar bij de evaluatie van het plan, en deel
daarvoor de meldingen over overlast per wijk.</p>
<h2>4. Tot slot</h2>
<p>Advies III en IV zullen in de raad de meeste discussie geven. Wij zijn graag bereid ons advies in de
commissie Leefomgeving toe te lichten.</p>
<p>Namens de Klankbordgroep Hondenbeleid,<br>M. de Graaf-Verhoef, voorzitter</p>
"""

RESPONSE = """
<p class="small">Gemeente Duinwijck - Raadsinformatiebrief</p>
<h1>Advies Klankbordgroep Hondenbeleid en het Hondenbeleidsplan 2027-2030</h1>
<p class="small">Nummer RIB 2026-112 - Duinwijck, 25 augustus 2026 - aan de gemeenteraad - portefeuillehouder:
wethouder F.E. Noordam</p>
<p>Geachte raadsleden,</p>
<p>Op 30 juni ontvingen wij het advies van de Klankbordgroep Hondenbeleid over het concept-Hondenbeleidsplan. Wij
zijn de leden erkentelijk voor hun betrokkenheid en hun praktische voorstellen. Met deze brief informeren wij u
over wat wij met het advies doen. Het definitieve plan ligt in oktober bij u ter besluitvorming.</p>
<h2>Onze reactie</h2>
<p><b>1. Het strand.</b> De strandpaviljoens maken zich zorgen over honden tussen de gasten. Wij verruimen de
regeling daarom niet voor het hele strand. Wel mogen honden vanaf 2027 in het zomerseizoen na 19.00 uur ook op
het strandvak bij de Zeereep komen. Voor 10.00 uur blijft het strand, op het vak bij paal 14 na, verboden
terrein.</p>
<p><b>2. Voorzieningen in de wijken.</b> Wij nemen de voorstellen voor meer losloopruimte en betere
voorzieningen over. In 2027 openen wij een omheind losloopveld van 1.800 vierkante meter aan de Meerlanderweg, en
in 2028 volgen Duinwijck-Zuid en het Centrum. Alle uitlaatplaatsen krijgen een zakjesautomaat en een afvalbak, die
ook op zaterdag en zondag wordt geleegd.</p>
<p><b>3. De hondenbelasting.</b> De hondenbelasting is een algemene belasting en de opbrengst komt ten goede aan
de hele begroting. Wij zien geen reden om die te schrappen of te oormerken voor hondenvoorzieningen.</p>
<p><b>4. Voorlichting en handhaving.</b> Vanaf het voorjaar van 2027 voeren wij elk jaar de campagne 'Baasje,
ruim het op!', die wij samen met drie dierenartsenpraktijken en de hondenscholen ontwikkelen. De boa's blijven
daarnaast controleren.</p>
<p><b>5. Bijtincidenten.</b> Wij hebben kennisgenomen van het voorstel over een verplichte cursus. De burgemeester
heeft al de bevoegdheid om maatregelen op te leggen bij gevaarlijke honden; of een cursusplicht daarbij past,
laten wij later uitzoeken.</p>
<p><b>6. Planning.</b> Het college stelt het plan op 22 september vast. De kosten van de nieuwe voorzieningen,
circa 96.000 euro in 2027, zijn opgenomen in de kadernota.</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van Duinwijck,<br>de secretaris,
drs. K.L. Ouwehand - de burgemeester, J.P. van Dam</p>
"""

if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Klankbordgroep Hondenbeleid Duinwijck - advies KHB-2026-07 - "
            "Hondenbeleidsplan 2027-2030", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Duinwijck - raadsinformatiebrief RIB 2026-112", "pagina {n} van {m}",
            F["Regular"])
    B.write_expected(NAME, [
        ("I", "Wijs in elke wijk ten minste één omheind losloopgebied aan",
         "openen wij een omheind losloopveld van 1.800 vierkante meter", "agrees"),
        ("II", "Plaats bij alle hondenuitlaatplaatsen een afvalbak en een automaat",
         "die ook op zaterdag en zondag wordt geleegd", "agrees"),
        ("III", "Schaf de hondenbelasting af, of besteed de volledige opbrengst",
         "Wij zien geen reden om die te schrappen", "disagrees"),
        ("IV", "Sta honden van 1 mei tot en met 30 september op",
         "Wij verruimen de regeling daarom niet voor het hele strand", "partly"),
        ("V", "Begin naast de handhaving door boa's een jaarlijkse campagne over",
         "voeren wij elk jaar de campagne 'Baasje, ruim het op!'", "agrees"),
        ("VI", "Onderzoek of eigenaren van een hond die iemand heeft gebeten",
         "of een cursusplicht daarbij past, laten wij later uitzoeken", "noted"),
        ("VII", "Betrek de klankbordgroep elk jaar bij de evaluatie van het", None, "unanswered"),
    ], ["zijn de leden erkentelijk voor hun betrokkenheid",
        "Het college stelt het plan op 22 september vast"],
        "Advice: a municipal dog-policy sounding board's advice on a draft dog policy plan; the seven "
        "recommendations are indented paragraphs opening with a bold ROMAN NUMERAL and title ('I. Losloopgebieden.' "
        "to 'VII. Evaluatie.'), each an imperative. Traps: the college's three questions numbered I.-III. in the same "
        "indented bold-numeral style, the APV paraphrased with 'moet', figures, the 2019 evaluation quoted as an "
        "imperative (carried out), 'Wij adviseren niet om de aanlijnplicht in parken los te laten', a closing line "
        "naming 'Advies III en IV'. Response: the college's raadsinformatiebrief with ITS OWN NUMBERING 1.-6. that "
        "does not match the advice's: 1 'Het strand' = IV partly (only after 19.00 on one more beach section), 2 "
        "'Voorzieningen in de wijken' = I agrees (1,800 m2 field in Meerlanden) + II agrees (bags and bins emptied at "
        "weekends) in ONE paragraph, 3 = III disagrees, 4 = V agrees (yearly campaign), 5 = VI noted ('kennisgenomen', "
        "to be looked into later), 6 'Planning' (figures) nothing. VII (yearly evaluation with the group) is never "
        "answered; the introduction answers nothing.")
    print("written", NAME)

"""Round 151 (nl): the ADVIES of an (invented) municipal KINDERRAAD (children's council, groups 7 and 8) to the mayor
on play spaces in the town, its seven ideas the numbered rows of a ruled TABLE 'Nr. | Wat wij zagen | Ons idee' (the
recommendation in the last column), after a numbered list of the playgrounds visited 1-5 (trap); answered by the
MAYOR'S LETTER TO THE CHILDREN in plain running text with ORDINALS ('Jullie eerste idee', 'het derde en het vierde
idee') and paraphrase, in another order, one paragraph answering two ideas with different verdicts.

Advice (PyMuPDF Story from HTML, sans, orange headings, a metadata table, a numbered visit list, a ruled table,
stamped head, 'pagina n van m'): the local by-law paraphrased with 'moeten' (trap), the 2025 children's council's
idea quoted as an imperative and carried out (trap), 'Wij vragen niet om een groot nieuw speelparadijs' (trap), a
closing naming 'idee 1 en idee 5' (trap); expected 1-7. Response (PyMuPDF Story, stamped, 'pagina n'): 1 agrees
(the wheelchair swing, spring 2028), 2 partly (new goals now, levelling only in 2029), ONE paragraph 3 agrees (bins
emptied twice a week) + 4 disagrees (lights stay off after 20.00), 6 partly (the children choose from three designs
but do not draw it themselves), 5 noted (the Dorpsstraat is a provincial road; the idea passed on), the playground
paradise sentence answered (unmatched); 7 (a dog ban in all playgrounds) unanswered. All bodies, places, people,
figures and reference numbers invented.

Run: /tmp/blind151nl/bin/python tests/docs/src/blind151/gen_nl_kinderraad_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b151nl as B  # noqa: E402

NAME = "blind151_nl_kinderraad"
F = B.tmp_fonts()
INK = "#b35400"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.5pt; line-height: 1.45; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: left; }}
h1 {{ font-size: 15pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #e8c9a8; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
table.grid {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.grid td {{ font-size: 8.6pt; border: 1px solid #d9b48f; padding: 3px; vertical-align: top; text-align: left; }}
td.hd {{ color: {INK}; font-weight: bold; border-bottom: 2px solid {INK}; }}
ol {{ margin-top: 0; margin-bottom: 6pt; }}
li {{ margin-bottom: 2pt; }}
"""

IDEAS = [
    ("In speeltuin De Klimop kunnen kinderen in een rolstoel nergens op spelen.",
     "Zet in speeltuin De Klimop een schommel waar ook kinderen in een rolstoel op kunnen."),
    ("Het voetbalveldje aan de Wilgenlaan zit vol kuilen en de doelen hebben geen netten meer.",
     "Maak het voetbalveldje aan de Wilgenlaan weer vlak en zet er nieuwe doelen met netten neer."),
    ("Bij drie van de vijf speeltuinen lag veel afval, vooral blikjes en zakjes.",
     "Zet bij elke speeltuin een prullenbak en laat die minstens twee keer per week legen."),
    ("Bij het skatepark is het in de winter na 17.00 uur al donker, en dan kun je er niet meer skaten.",
     "Laat de lantaarns bij het skatepark branden tot 22.00 uur, ook in de winter."),
    ("Veel kinderen steken de Dorpsstraat over naar de speeltuin, maar auto's rijden daar hard.",
     "Maak op de Dorpsstraat bij basisschool De Regenboog een zebrapad met een verkeersdrempel."),
    ("In de nieuwe wijk Vossenveld komt een speeltuin, maar niemand heeft ons gevraagd wat erin moet.",
     "Laat kinderen uit Vossenveld zelf meetekenen aan het ontwerp van hun nieuwe speeltuin."),
    ("In speeltuin Het Hofje lagen hondenpoepjes in de zandbak.",
     "Maak een hondenverbod voor alle speeltuinen in Heemsterburg en hang er duidelijke bordjes op."),
]


def grid():
    rows = "".join(f"<tr><td>{i}</td><td>{a}</td><td>{b}</td></tr>" for i, (a, b) in enumerate(IDEAS, 1))
    return ('<table class="grid"><tr><td class="hd">Nr.</td><td class="hd">Wat wij zagen</td>'
            f'<td class="hd">Ons idee</td></tr>{rows}</table>')


ADVICE = f"""<html><body>
<p class="small">Kinderraad Heemsterburg - p/a Raadhuisstraat 2, 2151 GE Heemsterburg - kinderraad@heemsterburg.example
</p>
<h1>Advies van de kinderraad over spelen in Heemsterburg</h1>
<table class="meta">
<tr><td class="lab">Aan</td><td>de burgemeester van Heemsterburg, mevrouw A. (Anouk) Rijnders</td></tr>
<tr><td class="lab">Van</td><td>de kinderraad 2027-2028 (twaalf kinderen uit groep 7 en 8 van zes basisscholen),
kinderburgemeester Sem Oudejans</td></tr>
<tr><td class="lab">Nummer</td><td>KR-2027-03</td></tr>
<tr><td class="lab">Datum</td><td>8 november 2027</td></tr>
</table>
<h2>Waarom dit advies?</h2>
<p>De burgemeester vroeg ons na de zomer: wat vinden kinderen van de speelplekken in Heemsterburg? Daarom zijn wij
met z'n twaalven op pad gegaan. Wij hebben ook 214 kinderen op onze scholen een vragenlijst laten invullen. Het
vorige advies van de kinderraad, uit 2025, ging over de bibliotheek. Daarin stond:</p>
<p class="quote">'Zet in de bibliotheek een hoek met zitzakken waar kinderen strips kunnen lezen.'</p>
<p>Die hoek is er nu, en hij is altijd vol!</p>
<h2>Waar wij zijn geweest</h2>
<ol>
<li>Speeltuin De Klimop (Klimopstraat)</li>
<li>Voetbalveldje aan de Wilgenlaan</li>
<li>Skatepark bij sporthal De Brink</li>
<li>Speeltuin Het Hofje (oude dorp)</li>
<li>Het grasveld waar de speeltuin van de nieuwe wijk Vossenveld moet komen</li>
</ol>
<p>In de regels van de gemeente staat dat honden in de bebouwde kom aangelijnd moeten zijn. Wij zagen toch veel
loslopende honden. De meeste kinderen (71 procent) spelen minstens drie keer per week buiten, en de helft vindt dat
er te weinig te doen is voor kinderen boven de tien jaar.</p>
<h2>Onze ideeën</h2>
<p>Wij vragen niet om een groot nieuw speelparadijs, want dat kost veel geld en is ver weg. Wij willen vooral dat de
speelplekken die er al zijn, beter worden. Dit zijn onze zeven ideeën:</p>
{grid()}
<h2>Tot slot</h2>
<p>Wij vinden idee 1 en idee 5 het belangrijkst, want die gaan over kinderen die anders niet mee kunnen doen en over
veiligheid. Wij komen graag op het gemeentehuis uitleggen wat wij bedoelen.</p>
<p>Namens de kinderraad,<br>Sem Oudejans, kinderburgemeester, en Lina Bakkali, secretaris</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Gemeente Heemsterburg - de burgemeester - Raadhuisstraat 2, 2151 GE Heemsterburg</p>
<h1>Brief aan de kinderraad</h1>
<table class="meta">
<tr><td class="lab">Aan</td><td>de leden van de kinderraad Heemsterburg, t.a.v. kinderburgemeester Sem Oudejans</td>
</tr>
<tr><td class="lab">Onderwerp</td><td>jullie advies over spelen in Heemsterburg</td></tr>
<tr><td class="lab">Ons kenmerk</td><td>BGM/2027/0917</td></tr>
<tr><td class="lab">Datum</td><td>6 december 2027</td></tr>
</table>
<p>Beste leden van de kinderraad,</p>
<p>Wat een goed advies hebben jullie gemaakt! Ik heb het samen met de wethouders en de mensen van de afdeling
Buitenruimte gelezen. In deze brief vertel ik jullie wat wij ermee gaan doen.</p>
<p>Jullie eerste idee nemen wij helemaal over. In het voorjaar van 2028 komt er in De Klimop een nestschommel met
een plateau waar een rolstoel op past. Jullie mogen hem als eersten uitproberen.</p>
<p>Over het voetbalveldje aan de Wilgenlaan: de nieuwe doelen met netten komen er nog deze winter. Het veld zelf
vlak maken is een grotere klus, want dan moet de grond eerst worden onderzocht. Dat doen we pas in 2029.</p>
<p>Het derde en het vierde idee hebben wij samen besproken. Er komen bij alle speeltuinen prullenbakken, en de
gemeente leegt ze voortaan op maandag en donderdag. De lampen bij het skatepark blijven na 20.00 uur toch uit.
De mensen die vlakbij wonen, hebben last van het licht en van het lawaai, en daar moeten wij ook rekening mee
houden.</p>
<p>Over de nieuwe speeltuin in Vossenveld: de kinderen uit die wijk mogen in het voorjaar kiezen uit drie ontwerpen
van de speeltuinontwerper. Zelf tekenen gaat helaas niet, omdat de ontwerper veiligheidsregels moet volgen.</p>
<p>De Dorpsstraat is geen straat van de gemeente maar van de provincie. Ik heb jullie idee over het zebrapad daarom
naar de gedeputeerde van de provincie gestuurd. Wat die ervan vindt, laat ik jullie weten.</p>
<p>Ik vind het heel verstandig dat jullie geen duur speelparadijs vragen. Dat geld besteden we liever aan de
speelplekken in de wijken.</p>
<p>Ik kom graag in januari naar jullie vergadering om alles verder uit te leggen.</p>
<p>Hartelijke groet,<br>Anouk Rijnders, burgemeester van Heemsterburg</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Kinderraad Heemsterburg - advies over spelen in Heemsterburg - KR-2027-03",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Heemsterburg - brief aan de kinderraad - BGM/2027/0917",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Zet in speeltuin De Klimop een schommel waar ook kinderen",
         "Jullie eerste idee nemen wij helemaal over", "agrees"),
        ("2", "Maak het voetbalveldje aan de Wilgenlaan weer vlak en zet",
         "Dat doen we pas in 2029", "partly"),
        ("3", "Zet bij elke speeltuin een prullenbak en laat die minstens",
         "leegt ze voortaan op maandag en donderdag", "agrees"),
        ("4", "Laat de lantaarns bij het skatepark branden tot 22.00 uur",
         "De lampen bij het skatepark blijven na 20.00 uur toch uit", "disagrees"),
        ("5", "Maak op de Dorpsstraat bij basisschool De Regenboog een zebrapad",
         "naar de gedeputeerde van de provincie gestuurd", "noted"),
        ("6", "Laat kinderen uit Vossenveld zelf meetekenen aan het ontwerp",
         "mogen in het voorjaar kiezen uit drie ontwerpen", "partly"),
        ("7", "Maak een hondenverbod voor alle speeltuinen in Heemsterburg", None, "unanswered"),
    ], ["dat jullie geen duur speelparadijs vragen"],
        "Advice: the ADVIES of a municipal KINDERRAAD to the mayor on play spaces; the seven ideas are the numbered "
        "rows of a ruled TABLE 'Nr. | Wat wij zagen | Ons idee', the recommendation in the last column (expected "
        "1-7). Traps: the by-law on dogs paraphrased with 'moeten', the 2025 idea quoted as an imperative (carried "
        "out), a numbered list of the five playgrounds visited, 'Wij vragen niet om een groot nieuw speelparadijs', "
        "a closing naming 'idee 1 en idee 5'. Response: the MAYOR'S LETTER to the children in running text, by "
        "ordinal and paraphrase, in the order 1, 2, 3+4, 6, 5, paradise: 1 agrees, 2 partly (goals now, levelling "
        "in 2029), ONE paragraph 3 agrees (bins emptied Monday and Thursday) + 4 disagrees (lights off after 20.00), "
        "6 partly (choose from three designs, not draw), 5 noted (a provincial road; passed on), the paradise "
        "sentence answered (unmatched). 7 (a dog ban) is never answered; the opening and closing answer nothing.")
    print("written", NAME)

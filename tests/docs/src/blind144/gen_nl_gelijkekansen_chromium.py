"""Round 144 (nl): the (Flemish, invented) ADVIES of a city's advisory council for equal opportunities and diversity
on the draft action plan against discrimination 2027-2031; its seven recommendations are the numbered ROWS OF A RULED
TABLE 'Nr. | Actie in het ontwerp | Advies van de raad' (the middle column quotes the draft's own action numbers and
wording, 'Actie 1.2 ...'), after the council's findings as a numbered list 1.-5.; answered by the COLLEGE VAN
BURGEMEESTER EN SCHEPENEN's letter, which refers to the advice BY ORDINAL ('Uw vierde advies', 'het tweede en het
zesde advies') in another order, with one paragraph answering two recommendations with different verdicts.

Advice (Chromium, sans, deep-green headings and table heads, metadata table, stamped head, 'blz. n/m'): the decree on
equal opportunities paraphrased with 'moet' (trap), the council's 2021 advice quoted as an imperative ('Neem in elk
subsidiereglement ...', carried out, trap), findings numbered 1.-5. (trap), the draft's actions with 'zal' and their
own numbers inside the table (trap), 'De raad adviseert niet om anoniem solliciteren voor alle functies in te voeren'
(trap), a closing line naming 'adviezen 1 en 4' (trap). Response (Chromium, stamped), in the order 4, 1, 2+6, 5, 3:
4 agrees, 1 agrees, 2 partly + 6 noted in one paragraph, 5 disagrees, 3 disagrees; 7 unanswered; the introduction,
a paragraph on the plan's next steps and the closing answer nothing. All bodies, places, people, figures and
reference numbers invented; the decree named as context only.

Run: /tmp/blind144nl/bin/python tests/docs/src/blind144/gen_nl_gelijkekansen_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b144nl as B  # noqa: E402

NAME = "blind144_nl_gelijkekansen"
F = B.tmp_fonts()
SANS = "B144NL Sans"
INK = "#1e5b3c"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.4pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; border-bottom: 1.6pt solid {INK}; padding-bottom: 0.1cm; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.7cm; }}
li {{ margin-bottom: 0.08cm; text-align: justify; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.05cm 0 0.25cm 0; font-size: 8.5pt; }}
td, th {{ border: 0.6pt solid #9cbcaa; padding: 0.09cm 0.15cm; vertical-align: top; text-align: left; }}
th {{ background: {INK}; color: #fff; }}
tr {{ break-inside: avoid; }}
td.k {{ background: #e9f2ec; width: 24%; }}
td.nr {{ width: 5%; font-weight: bold; color: {INK}; }}
td.act {{ width: 40%; color: #333; }}
</style>"""

ROWS = [
    ("1", "Actie 1.2 - De stad zal in 2028 een praktijktest laten uitvoeren bij verhuurkantoren en private "
          "verhuurders.",
     "Organiseer de praktijktesten op de private huurmarkt elk jaar in plaats van eenmaal per legislatuur, en "
     "maak de resultaten per deelgemeente bekend."),
    ("2", "Actie 2.1 - Discriminatie kan gemeld worden via het algemene klachtenformulier op de website.",
     "Richt binnen het stadhuis een herkenbaar meldpunt discriminatie in, met een vaste contactpersoon en een "
     "terugkoppeling aan de melder binnen tien werkdagen."),
    ("3", "Actie 2.4 - Zelforganisaties kunnen projecten indienen binnen het algemene "
          "subsidiereglement.",
     "Voorzie in het budget van het actieplan een vast bedrag van 40.000 euro per jaar voor projecten van "
     "zelforganisaties."),
    ("4", "Actie 3.1 - Nieuwe onthaalmedewerkers zullen een vorming klantvriendelijk onthaal volgen.",
     "Laat alle loketmedewerkers van stad en OCMW, ook wie al in dienst is, een vorming over drempelvrije "
     "communicatie en vooroordelen volgen."),
    ("5", "Actie 3.3 - Het diversiteitsbeleid voor het eigen personeel wordt voortgezet.",
     "Stel een streefcijfer vast voor de diversiteit van het eigen personeel en rapporteer daarover jaarlijks aan "
     "de gemeenteraad."),
    ("6", "Actie 4.2 - Voor gesprekken met anderstaligen doet de stad een beroep op sociaal tolken.",
     "Onderzoek samen met de buurgemeenten of een gedeelde tolkenpool voor Oekraïens, Arabisch en Dari kan "
     "worden opgericht."),
    ("7", "Hoofdstuk 6 - Het actieplan wordt in 2031 geëvalueerd.",
     "Betrek de adviesraad bij een tussentijdse evaluatie van het actieplan in 2029 en bij de eindevaluatie."),
]


def table():
    body = "".join(f'<tr><td class="nr">{n}</td><td class="act">{a}</td><td>{r}</td></tr>' for n, a, r in ROWS)
    return ('<table><tr><th>Nr.</th><th>Actie in het ontwerp</th><th>Advies van de raad</th></tr>' + body +
            '</table>')


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies actieplan</title>
{CSS}</head><body>
<p class="small">Stedelijke Adviesraad Gelijke Kansen en Diversiteit Roeselbeke - secretariaat: dienst Samenleven,
Grote Markt 3, 8830 Roeselbeke</p>
<h1>Advies over het ontwerp-actieplan Gelijke Kansen en Antidiscriminatie 2027-2031</h1>
<table>
<tr><td class="k">Aan</td><td>het college van burgemeester en schepenen van Roeselbeke, t.a.v. schepen van
Gelijke Kansen Lotte Vandenbussche</td></tr>
<tr><td class="k">Advies nr. en datum</td><td>AGK/2027/03, goedgekeurd op de plenaire vergadering van 18 februari
2027</td></tr>
<tr><td class="k">Adviesvraag</td><td>brief van het college van 14 januari 2027, antwoord gevraagd binnen 45
dagen</td></tr>
<tr><td class="k">Stemming</td><td>unaniem (17 stemgerechtigde leden aanwezig)</td></tr>
</table>
<h2>1. Situering</h2>
<p>Het college vroeg de adviesraad om advies over het ontwerp-actieplan Gelijke Kansen en Antidiscriminatie
2027-2031. Volgens het Gelijkekansendecreet moet een lokaal bestuur discriminatie actief voorkomen, en het
huishoudelijk reglement van de raad bepaalt dat de stad de raad moet horen over elk beleidsplan dat de
doelgroepen raakt. De raad besprak het ontwerp in een werkgroep en op twee plenaire vergaderingen, en hield een
bevraging bij 22 verenigingen en zelforganisaties.</p>
<p>In zijn advies over het vorige actieplan schreef de raad in 2021:</p>
<p class="quote">'Neem in elk subsidiereglement van de stad een antidiscriminatieclausule op.'</p>
<p>Het college heeft dat uitgevoerd; sinds 2023 staat de clausule in alle dertien subsidiereglementen.</p>
<h2>2. Vaststellingen</h2>
<ol>
<li>Het ontwerp is goed leesbaar en bevat voor het eerst meetbare doelstellingen voor het onderwijs.</li>
<li>Slechts 4 van de 22 bevraagde verenigingen weten waar een inwoner terechtkan met een melding van
discriminatie.</li>
<li>De praktijktest van 2022 toonde dat een kandidaat-huurder met een vreemd klinkende naam bij 31 procent van de
verhuurders minder kans kreeg op een bezichtiging.</li>
<li>Het budget van het actieplan, 85.000 euro per jaar, gaat voor het grootste deel naar communicatie.</li>
<li>Het eigen personeel van stad en OCMW weerspiegelt de bevolking nog onvoldoende, vooral in leidinggevende
functies.</li>
</ol>
<p>De raad adviseert niet om anoniem solliciteren voor alle functies in te voeren, zoals in de werkgroep werd
voorgesteld: de ervaringen elders zijn wisselend, en het gesprek over een gerichte aanwerving is belangrijker.</p>
<h2>3. Advies</h2>
<p>De raad geeft een gunstig advies over het ontwerp, op voorwaarde dat het college de volgende adviezen
opvolgt. In de middelste kolom staat telkens de actie uit het ontwerp waarop het advies betrekking heeft.</p>
{table()}
<h2>4. Tot slot</h2>
<p>De raad dankt de dienst Samenleven voor de vlotte samenwerking en de duidelijke toelichting. Hij vraagt het
college om vooral de adviezen 1 en 4 nog in 2027 op te nemen in het definitieve actieplan.</p>
<p>Roeselbeke, 18 februari 2027<br>Hatice Demirci, voorzitter - Jonas Vermeersch, secretaris</p>
</body></html>"""


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoord op advies</title>
{CSS}</head><body>
<p class="small">Stad Roeselbeke - college van burgemeester en schepenen - Grote Markt 1, 8830 Roeselbeke</p>
<h1>Antwoord op het advies AGK/2027/03</h1>
<table>
<tr><td class="k">Aan</td><td>Stedelijke Adviesraad Gelijke Kansen en Diversiteit, t.a.v. mevrouw Hatice
Demirci, voorzitter</td></tr>
<tr><td class="k">Ons kenmerk</td><td>CBS/SAM/2027-0419</td></tr>
<tr><td class="k">Datum</td><td>27 maart 2027</td></tr>
</table>
<p>Geachte voorzitter,</p>
<p>Het college heeft uw advies over het ontwerp-actieplan in zijn zitting van 20 maart 2027 besproken. Wij danken de
raad voor het grondige werk en voor de bevraging bij de verenigingen, die ons een goed beeld geeft van wat er leeft.
Hieronder leest u hoe wij met uw adviezen omgaan; waar een advies wordt gevolgd, is het definitieve actieplan
aangepast.</p>
<p>Uw vierde advies volgen wij volledig. Niet alleen nieuwe collega's, maar alle 240 medewerkers met een loket- of
onthaalfunctie krijgen tussen september 2027 en juni 2028 een vorming van twee halve dagen, die ook over
onbewuste vooroordelen gaat.</p>
<p>Ook het eerste advies wordt gevolgd. Actie 1.2 is herschreven: vanaf 2027 laat de stad jaarlijks een praktijktest
uitvoeren door de universiteit, en de resultaten worden per deelgemeente gepubliceerd.</p>
<p>Wat het tweede en het zesde advies betreft: er komt een herkenbaar meldpunt, met een eigen e-mailadres en een vaste
medewerker van de dienst Samenleven die de melder begeleidt. Een antwoordtermijn van tien werkdagen is met de huidige
bezetting niet haalbaar; wij gaan uit van twintig werkdagen. Het idee van een gedeelde tolkenpool met de
buurgemeenten nemen wij mee naar het overleg binnen de welzijnsregio; het college heeft daarover nog geen standpunt
ingenomen.</p>
<p>Het vijfde advies neemt het college niet over. Wij kiezen er bewust voor om met gerichte acties te werken, zoals
stageplaatsen en aanwervingen via het netwerk van de zelforganisaties, en niet met een cijfermatig doel dat
makkelijk tot een afvinklijst verwordt.</p>
<p>Op uw derde advies kunnen wij evenmin ingaan. Een vast bedrag in het actieplan zou de zelforganisaties een
voorrang geven die andere verenigingen niet hebben; hun projecten blijven welkom binnen het algemene reglement, dat
in 2028 wordt herzien.</p>
<p>Het definitieve actieplan wordt op 24 april 2027 aan de gemeenteraad voorgelegd. Na goedkeuring ontvangt de raad
het samen met een overzicht van de middelen per jaar.</p>
<p>Met vriendelijke groeten,</p>
<p>namens het college,<br>Katrien De Wulf, algemeen directeur - Filip Claeys, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Gelijke Kansen en Diversiteit Roeselbeke - advies AGK/2027/03 - "
            "ontwerp-actieplan 2027-2031", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Roeselbeke - antwoord op advies AGK/2027/03 - CBS/SAM/2027-0419",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Organiseer de praktijktesten op de private huurmarkt elk jaar",
         "vanaf 2027 laat de stad jaarlijks een praktijktest uitvoeren", "agrees"),
        ("2", "Richt binnen het stadhuis een herkenbaar meldpunt discriminatie in,",
         "wij gaan uit van twintig werkdagen", "partly"),
        ("3", "Voorzie in het budget van het actieplan een vast bedrag",
         "zou de zelforganisaties een voorrang geven die andere verenigingen niet hebben", "disagrees"),
        ("4", "Laat alle loketmedewerkers van stad en OCMW, ook wie al",
         "alle 240 medewerkers met een loket- of onthaalfunctie", "agrees"),
        ("5", "Stel een streefcijfer vast voor de diversiteit van het eigen",
         "niet met een cijfermatig doel dat makkelijk tot een afvinklijst verwordt", "disagrees"),
        ("6", "Onderzoek samen met de buurgemeenten of een gedeelde tolkenpool",
         "nemen wij mee naar het overleg binnen de welzijnsregio", "noted"),
        ("7", "Betrek de adviesraad bij een tussentijdse evaluatie van het actieplan", None, "unanswered"),
    ], ["die ons een goed beeld geeft van wat er leeft",
        "wordt op 24 april 2027 aan de gemeenteraad voorgelegd"],
        "Advice: the (Flemish) ADVICE of a city's advisory council for equal opportunities and diversity on the draft "
        "action plan against discrimination 2027-2031; the seven recommendations are the numbered ROWS OF A RULED "
        "TABLE 'Nr. | Actie in het ontwerp | Advies van de raad', the middle column quoting the draft's own actions "
        "with their own numbers ('Actie 1.2 - De stad zal ...'). Traps: the equal-opportunities decree and the "
        "council's rules paraphrased with 'moet', the council's 2021 advice quoted as an imperative ('Neem in elk "
        "subsidiereglement ...', carried out), findings as a numbered list 1.-5. under '2. Vaststellingen', 'De raad "
        "adviseert niet om anoniem solliciteren voor alle functies in te voeren', a closing line naming 'adviezen 1 "
        "en 4'. Response: the COLLEGE's letter, which refers BY ORDINAL in the order 4, 1, 2+6, 5, 3: 4 agrees "
        "('volgen wij volledig', all 240 desk staff trained), 1 agrees (a yearly test per district), ONE paragraph "
        "'het tweede en het zesde advies' = 2 partly (a recognisable contact point, but twenty working days instead "
        "of ten) + 6 noted (the interpreters' pool taken to the regional talks, no position yet), 5 disagrees ('neemt "
        "het college niet over', no target figure), 3 disagrees ('evenmin', no fixed budget). 7 (involving the "
        "council in a mid-term evaluation) is never answered. The introduction, the paragraph on the plan going to "
        "the council and the closing answer nothing.")
    print("written", NAME)

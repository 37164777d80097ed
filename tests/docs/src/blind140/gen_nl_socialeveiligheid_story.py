"""Round 140 (nl): the EINDRAPPORT of an (invented) independent COMMISSIE ONDERZOEK SOCIALE VELIGHEID into the
culture at a regional gymnastics federation's talent centre, to the federation's board; its seven recommendations are
a plain NUMBERED list '1.'-'7.' under '5 Aanbevelingen', after conclusions numbered '1.'-'6.' in exactly the same
style; answered by the board's LETTER that paraphrases BY THEME in running text with the numbers only in PARENTHESES
('(aanbeveling 3)'), in another order, one paragraph answering two with different verdicts.

Advice (PyMuPDF Story, brown headings, survey table, stamped head, 'pagina n van m'): the federation's code of
conduct quoted with 'moet' (trap), a survey table, conclusions '1.'-'6.' (trap), 'De commissie beveelt niet aan om
het talentcentrum te sluiten' (trap), a closing line naming 'de aanbevelingen 1 en 3' (trap). Response (PyMuPDF Story,
stamped): 1 agrees, 3 agrees + 5 disagrees in one paragraph, 2 partly, 6 noted, 4 noted; 7 unanswered;
introduction, 'Hoe verder' and closing answer nothing. All bodies, places, people, figures and reference numbers
invented.

Run: /tmp/blind140nl/bin/python tests/docs/src/blind140/gen_nl_socialeveiligheid_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b140nl as B  # noqa: E402

NAME = "blind140_nl_socialeveiligheid"
F = B.tmp_fonts()
BROWN = "#7a4a1c"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.5pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {BROWN}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {BROWN}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
.num {{ margin-left: 18pt; text-indent: -18pt; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
th {{ color: {BROWN}; font-size: 8.6pt; text-align: left; border: 1px solid #c4a98c; padding: 3px; }}
td {{ font-size: 8.6pt; border: 1px solid #c4a98c; padding: 3px; vertical-align: top; text-align: left; }}
"""


def num(n, text):
    return f'<p class="num">{n}.&#8195;{text}</p>'


ADVICE = f"""<html><body>
<p class="small">Commissie Onderzoek Sociale Veiligheid Talentcentrum Turnen - p/a Secretariaat, Havenstraat 12,
8241 BN Wolderhaven</p>
<h1>Eindrapport 'Sterk worden zonder bang te zijn'</h1>
<p class="small">Onafhankelijk onderzoek naar de sociale veiligheid in het Talentcentrum Turnen van de Turnbond
Regio Noordwaard - aan het bestuur van de Turnbond Regio Noordwaard - kenmerk COSV/2026/ER - Wolderhaven, 2 juli
2026 - commissie: mr. dr. A.M. Zeldenrust (voorzitter), drs. R. Bakkali en dr. W.J. Tolsma-Vink</p>
<h2>1 Opdracht</h2>
<p>In november 2025 vroeg het bestuur van de Turnbond Regio Noordwaard ons om onafhankelijk te onderzoeken hoe
het staat met de sociale veiligheid in het Talentcentrum Turnen in Wolderhaven, nadat drie oud-turnsters in de
regionale krant hadden verteld over vernederende opmerkingen en trainen met blessures. De commissie kreeg inzage
in alle stukken die zij nodig vond en bepaalde zelf met wie zij sprak.</p>
<h2>2 Werkwijze</h2>
<p>Wij spraken met 41 mensen: huidige en oud-turnsters, ouders, trainers, fysiotherapeuten en bestuursleden. Daarnaast
hielden wij een anonieme vragenlijst onder alle turnsters die sinds 2016 in het talentcentrum trainden, en hun
ouders.</p>
<table>
<tr><th>Stelling in de vragenlijst</th><th>Turnsters (n=74)</th><th>Ouders (n=44)</th></tr>
<tr><td>Ik voelde me meestal veilig in de zaal</td><td>58%</td><td>71%</td></tr>
<tr><td>Ik heb weleens getraind terwijl ik pijn had</td><td>81%</td><td>-</td></tr>
<tr><td>Ik wist bij wie ik terecht kon met een klacht</td><td>23%</td><td>34%</td></tr>
<tr><td>Ik durfde kritiek te uiten zonder gevolgen voor de selectie</td><td>19%</td><td>27%</td></tr>
</table>
<h2>3 Normen</h2>
<p>De gedragscode van de bond, die in 2019 door de ledenraad werd vastgesteld, bepaalt onder meer:</p>
<p class="quote">'Een trainer moet de lichamelijke en geestelijke integriteit van de sporter respecteren en moet
voorkomen dat een sporter traint met een blessure die verergert door de training.'</p>
<p>Deze regels zijn goed, maar zij werden in het talentcentrum nauwelijks besproken en niet gehandhaafd.</p>
<h2>4 Conclusies</h2>
{num(1, "Een deel van de turnsters heeft langdurig in een sfeer van angst en prestatiedruk getraind; opmerkingen "
        "over gewicht en uiterlijk waren normaal.")}
{num(2, "Blessures werden geregeld niet gemeld of niet serieus genomen, omdat turnsters vreesden voor hun plek in "
        "de selectie.")}
{num(3, "De vertrouwenscontactpersoon was tot 2024 tevens teammanager en werd daarom niet als onafhankelijk "
        "gezien.")}
{num(4, "Trainers stonden vaak alleen in de zaal met minderjarige turnsters, ook bij de vroege ochtendtrainingen.")}
{num(5, "Ouders werden buiten de zaal gehouden en kregen weinig informatie over trainingsbelasting en "
        "blessures.")}
{num(6, "Het bestuur heeft signalen uit 2021 en 2023 niet doorgezet naar een onderzoek.")}
<p>De commissie beveelt niet aan om het talentcentrum te sluiten: de meeste turnsters willen er blijven trainen,
en een sluiting zou hen naar clubs verder weg drijven waar het toezicht niet beter is.</p>
<h2>5 Aanbevelingen</h2>
<p>Op grond van deze conclusies doet de commissie het bestuur de volgende aanbevelingen.</p>
{num(1, "Stel een vertrouwenscontactpersoon aan die niet in dienst is van de bond en niet betrokken is bij de "
        "selectie van turnsters.")}
{num(2, "Beperk de trainingsomvang voor turnsters jonger dan veertien jaar tot ten hoogste twintig uur per week.")}
{num(3, "Zorg dat bij elke training een tweede volwassene aanwezig is, zodat een trainer nooit alleen is met een "
        "minderjarige turnster.")}
{num(4, "Voer een verplichte registratie van alle blessures in en laat die jaarlijks beoordelen door een "
        "onafhankelijke sportarts.")}
{num(5, "Geef ouders het recht om trainingen altijd te bekijken, ook in de weken voor belangrijke wedstrijden.")}
{num(6, "Onderzoek of turnsters die in de afgelopen tien jaar zijn gestopt behoefte hebben aan erkenning, een "
        "gesprek of nazorg.")}
{num(7, "Laat de uitvoering van deze aanbevelingen over twee jaar opnieuw toetsen door een externe, onafhankelijke "
        "partij.")}
<h2>6 Tot slot</h2>
<p>Wij vragen het bestuur in het bijzonder de aanbevelingen 1 en 3 nog voor het nieuwe seizoen uit te voeren. De
commissie dankt iedereen die met ons wilde praten, in het bijzonder de oud-turnsters die hun verhaal opnieuw
wilden vertellen.</p>
<p>mr. dr. A.M. Zeldenrust, voorzitter</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Turnbond Regio Noordwaard - bestuur - Sportlaan 3, 8243 EK Wolderhaven</p>
<p>Aan de Commissie Onderzoek Sociale Veiligheid Talentcentrum Turnen<br>t.a.v. mevrouw mr. dr. A.M. Zeldenrust</p>
<p class="small">Wolderhaven, 10 september 2026 - ons kenmerk TRN/BST/2026-088 - onderwerp: reactie van het bestuur
op het eindrapport 'Sterk worden zonder bang te zijn'</p>
<p>Geachte mevrouw Zeldenrust,</p>
<p>Het bestuur heeft uw rapport met grote betrokkenheid gelezen. Het is pijnlijk om te lezen wat turnsters in ons
talentcentrum hebben meegemaakt, en wij bieden hun daarvoor opnieuw onze excuses aan. Hieronder leest u hoe het
bestuur met uw aanbevelingen omgaat; wij hebben ze per onderwerp samengenomen.</p>
<h2>Een onafhankelijk aanspreekpunt</h2>
<p>Sinds 1 september is een externe vertrouwenscontactpersoon van het bureau Sportief Vertrouwen Noord voor alle
turnsters en ouders bereikbaar (aanbeveling 1). Zij heeft geen enkele rol in de selectie en rapporteert
rechtstreeks aan het bestuur.</p>
<h2>Toezicht en openheid in de zaal</h2>
<p>Het vierogenprincipe voeren wij volledig in: bij elke training staat vanaf dit seizoen een tweede volwassene in
de zaal, ook bij de ochtendtrainingen (aanbeveling 3). Een vrij recht voor ouders om op elk moment te kijken
(aanbeveling 5) vindt het bestuur niet verstandig; turnsters gaven zelf aan dat kijkende ouders de druk verhogen. Er
komt wel elke maand een open training met een toelichting door de hoofdtrainer.</p>
<h2>Trainingsbelasting</h2>
<p>Wat betreft de trainingsuren (aanbeveling 2) gaat het bestuur een stap, maar niet zo ver als u voorstelt: voor
turnsters tot twaalf jaar geldt voortaan een maximum van achttien uur per week; voor oudere turnsters stelt de
technische staf per turnster een belastingsplan op zonder vaste grens.</p>
<h2>Oud-turnsters</h2>
<p>Uw voorstel om oud-turnsters erkenning of nazorg te bieden (aanbeveling 6) nemen wij ter kennisgeving aan. Het
bestuur wil hierover eerst in gesprek met de vereniging van oud-turnsters voordat het een besluit neemt.</p>
<h2>Blessures</h2>
<p>Over een verplichte blessureregistratie (aanbeveling 4) heeft het bestuur nog geen standpunt ingenomen. Wij
leggen de vraag voor aan de medische commissie van de landelijke bond en wachten haar advies af.</p>
<h2>Hoe verder</h2>
<p>Het bestuur bespreekt het rapport en deze reactie op 28 september in een extra ledenraad, waarvoor ook ouders en
oud-turnsters zijn uitgenodigd.</p>
<p>Met vriendelijke groet,<br>namens het bestuur van de Turnbond Regio Noordwaard,<br>H.J. Brouwer-Smit,
voorzitter</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Commissie Onderzoek Sociale Veiligheid - eindrapport Talentcentrum Turnen - "
            "COSV/2026/ER", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Turnbond Regio Noordwaard - reactie eindrapport - TRN/BST/2026-088",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Stel een vertrouwenscontactpersoon aan die niet in dienst is van de bond",
         "externe vertrouwenscontactpersoon van het bureau Sportief Vertrouwen Noord", "agrees"),
        ("2", "Beperk de trainingsomvang voor turnsters jonger dan veertien jaar",
         "maximum van achttien uur per week", "partly"),
        ("3", "Zorg dat bij elke training een tweede volwassene aanwezig is,",
         "Het vierogenprincipe voeren wij volledig in", "agrees"),
        ("4", "Voer een verplichte registratie van alle blessures in en laat",
         "leggen de vraag voor aan de medische commissie", "noted"),
        ("5", "Geef ouders het recht om trainingen altijd te bekijken,",
         "vindt het bestuur niet verstandig; turnsters gaven zelf aan", "disagrees"),
        ("6", "Onderzoek of turnsters die in de afgelopen tien jaar zijn gestopt",
         "eerst in gesprek met de vereniging van oud-turnsters", "noted"),
        ("7", "Laat de uitvoering van deze aanbevelingen over twee jaar opnieuw toetsen", None, "unanswered"),
    ], ["wij bieden hun daarvoor opnieuw onze excuses aan",
        "bespreekt het rapport en deze reactie op 28 september"],
        "Advice: the final report of an independent commission on social safety at a regional gymnastics "
        "federation's talent centre, to the federation's board; the seven recommendations are a plain NUMBERED list "
        "'1.'-'7.' under '5 Aanbevelingen'. Traps: a survey table, the federation's 2019 code of conduct quoted with "
        "'moet', conclusions '1.'-'6.' under '4 Conclusies' in exactly the same hanging style, 'De commissie beveelt "
        "niet aan om het talentcentrum te sluiten', a closing line naming 'de aanbevelingen 1 en 3'. Response: the "
        "board's letter BY THEME under small headings, numbers only in PARENTHESES '(aanbeveling n)', in another "
        "order: 1 agrees (external confidential adviser since 1 September), ONE paragraph 'Toezicht en openheid' = "
        "3 agrees (four-eyes principle) + 5 disagrees (no free right for parents to watch; monthly open training "
        "instead), 2 partly (18 hours up to age twelve, no fixed cap above), 6 noted ('ter kennisgeving aan', talk "
        "first), 4 noted (no position yet, asks the medical committee). 7 (external re-assessment in two years) is "
        "never answered. Introduction (apology), 'Hoe verder' and closing answer nothing.")
    print("written", NAME)

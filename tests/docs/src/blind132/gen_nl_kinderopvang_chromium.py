"""Round 132 (nl): the ADVIES of an (invented) Flemish LOKAAL OVERLEG KINDEROPVANG (LOK) on the draft local childcare
policy plan, its seven recommendations UNNUMBERED BOLD SENTENCES inside running paragraphs ('Het LOK adviseert om
...', 'We raden het college ook aan ...', 'Het LOK vraagt uitdrukkelijk ...') under three theme headings, in a
TWO-COLUMN layout; answered by an extract from the COLLEGE's minutes whose 'Beoordeling van het advies' gives
INLINE LABELS BY SUBJECT ('Centrale wachtlijst: gevolgd.') without numbers, in another order, one never answered.

Advice (Chromium --print-to-pdf, two columns, teal headings, stamped head from p. 2, 'pagina n/m'): the Decreet
Kinderopvang van Baby's en Peuters paraphrased with 'moet' (trap), 'Vaststellingen' numbered 1-4 with figures (trap),
the LOK's 2022 advice quoted as an imperative (trap), a bold finding sentence (trap), a closing line naming the
advice 'over de openingsuren en over Oostrode' (trap). Response (Chromium, stamped): 'Feiten en context', 'Juridische
grond', 'Financiële gevolgen' and the articles answer nothing; labels: wachtlijst = 1 agrees, inclusie = 7 agrees,
openingsuren = 2 partly, Oostrode = 4 disagrees, startpremie = 3 partly, schoolvakanties = 5 noted; 6 unanswered.
All bodies, places, people, figures and reference numbers invented; the decree is named as context only.

Run: /tmp/blind132nl/bin/python tests/docs/src/blind132/gen_nl_kinderopvang_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b132nl as B  # noqa: E402

NAME = "blind132_nl_kinderopvang"
F = B.tmp_fonts()
SANS = "B132NL Sans"
TEAL = "#0f6b66"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 1.9cm 1.8cm 1.9cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.22cm 0; text-align: justify; }}
h1 {{ font-size: 17pt; color: {TEAL}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.3pt; color: {TEAL}; margin: 0.35cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.2pt; color: #555; }}
.cols {{ column-count: 2; column-gap: 0.75cm; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.6cm; }}
blockquote {{ margin: 0.1cm 0.5cm 0.25cm 0.5cm; font-style: italic; color: #444; }}
hr {{ border: none; border-top: 1.2pt solid {TEAL}; margin: 0.2cm 0 0.3cm 0; }}
p.lab b {{ color: {TEAL}; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies LOK beleidsplan
kinderopvang</title>{CSS}</head><body>
<p class="small">Lokaal Overleg Kinderopvang Lierbeke - secretariaat: Huis van het Kind, Kerkplein 4, 2590 Lierbeke</p>
<h1>Advies over het ontwerp van lokaal beleidsplan kinderopvang 2026-2031</h1>
<p class="small">Advies LOK/2026/02 - goedgekeurd in de plenaire vergadering van 10 maart 2026 - aan het college van
burgemeester en schepenen van Lierbeke</p>
<hr>
<div class="cols">
<h2>1. Context</h2>
<p>Het college vroeg het Lokaal Overleg Kinderopvang (LOK) op 28 januari 2026 om advies over het ontwerp van lokaal
beleidsplan kinderopvang. Het Decreet Kinderopvang van Baby's en Peuters bepaalt dat het lokaal bestuur de regie over
de kinderopvang moet opnemen en dat het daarbij het LOK moet betrekken. In het LOK zetelen organisatoren van
kinderopvang, onthaalouders, ouders, scholen en het Huis van het Kind. Het advies kwam tot stand na twee
werkvergaderingen en een bevraging van 212 ouders.</p>
<h2>2. Vaststellingen</h2>
<p>Het LOK stelt vast:</p>
<ol>
<li>Lierbeke telt 612 plaatsen voor baby's en peuters, waarvan 38 procent met een inkomenstarief.</li>
<li>Op 1 februari stonden 164 kinderen op een wachtlijst, van wie 41 dringend.</li>
<li>Het aantal onthaalouders daalde sinds 2020 van 23 naar 14.</li>
<li>Drie op de tien bevraagde ouders werken na 18.00 uur.</li>
</ol>
<p>In 2022 schreef het LOK al: <i>'Zorg voor duidelijke informatie over het inkomenstarief in het Huis van het
Kind.'</i> Dat advies werd uitgevoerd, en de folder die toen werd gemaakt, wordt goed gebruikt.</p>
<h2>3. Toegang tot de opvang</h2>
<p>Ouders moeten vandaag bij elke opvang apart inschrijven. Daardoor staan kinderen op meerdere lijsten tegelijk en
weet niemand hoeveel plaatsen er werkelijk tekort zijn. <b>Het LOK adviseert om alle vrije plaatsen en wachtlijsten
centraal bij te houden via het Loket Kinderopvang, met voorrang voor dringende situaties.</b> Ouders met late
diensten vinden moeilijk een plaats. <b>Het LOK vraagt het college om de openingsuren van het gemeentelijke
kinderdagverblijf De Vlinder te verlengen tot 18.30 uur.</b></p>
<h2>4. Aanbod</h2>
<p><b>Het tekort aan onthaalouders is volgens het LOK het grootste probleem van het ontwerp.</b> Het plan bevat
geen enkele maatregel om nieuwe onthaalouders aan te trekken. <b>We raden het college daarom aan om nieuwe
onthaalouders een eenmalige startpremie van 1.500 euro toe te kennen.</b> Het ontwerp voorziet ook de sluiting van de
buitenschoolse opvang in de deelgemeente Oostrode, waar 46 kinderen gebruik van maken. <b>Het LOK vraagt uitdrukkelijk
om de buitenschoolse opvang in Oostrode open te houden, minstens tot de nieuwe school klaar is.</b> In de nieuwe
woonwijk aan de Molenakker komen de volgende jaren ongeveer 300 gezinswoningen. <b>Reserveer in het inrichtingsplan
van de Molenakker een perceel voor een kinderdagverblijf met minstens 36 plaatsen.</b></p>
<h2>5. Samenwerking</h2>
<p>Tijdens de schoolvakanties is de opvang voor lagere schoolkinderen versnipperd over jeugdwerk, sportdienst en
private initiatieven. <b>Het LOK adviseert om samen met de scholen en het jeugdwerk te onderzoeken of er één
vakantieaanbod met één inschrijving kan komen.</b> Kinderen met een specifieke zorgnood worden nog te vaak geweigerd.
<b>Zet een inclusiecoach in die organisatoren ondersteunt bij de opvang van kinderen met een zorgnood.</b></p>
</div>
<h2>6. Tot slot</h2>
<p>Het LOK geeft een voorwaardelijk gunstig advies over het ontwerp van beleidsplan. De adviezen over de
openingsuren en over Oostrode wegen voor het LOK het zwaarst. Het LOK ontvangt graag een gemotiveerde terugkoppeling
van het college.</p>
<p>Voor het LOK,<br>Sofie Vermeulen, voorzitter<br>Bram De Wilde, secretaris</p>
<h2>Bijlage: samenstelling van het LOK</h2>
<table style="width:100%; border-collapse:collapse; font-size:8.8pt">
<tr><td style="width:45%; padding:3px 4px; border-bottom:0.6pt solid #9cc">Organisatoren kinderopvang</td>
<td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">kinderdagverblijf De Vlinder, vzw Kindernest, Kinderopvang
Lierbeke-Zuid, de dienst onthaalouders</td></tr>
<tr><td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">Ouders</td>
<td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">vier vertegenwoordigers, waarvan één uit Oostrode</td></tr>
<tr><td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">Onderwijs en jeugdwerk</td>
<td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">de scholengemeenschap, de jeugdraad</td></tr>
<tr><td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">Lokaal bestuur (zonder stemrecht)</td>
<td style="padding:3px 4px; border-bottom:0.6pt solid #9cc">de schepen van kinderopvang, de coördinator van het Huis
van het Kind</td></tr>
</table>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Collegebesluit beleidsplan
kinderopvang</title>{CSS}</head><body>
<p class="small">Gemeente Lierbeke - Uittreksel uit de notulen van het college van burgemeester en schepenen</p>
<h1>Lokaal beleidsplan kinderopvang 2026-2031 - advies LOK - goedkeuring</h1>
<p class="small">Zitting van 4 mei 2026 - dossier KO/2026/0087 - aanwezig: de burgemeester, de schepenen en de
algemeen directeur</p>
<hr>
<h2>Feiten en context</h2>
<p>Het ontwerp van lokaal beleidsplan kinderopvang werd op 28 januari 2026 voor advies aan het LOK bezorgd. Het LOK
bracht op 10 maart een voorwaardelijk gunstig advies uit. Het beleidsplan werd daarna op enkele punten
bijgestuurd.</p>
<h2>Juridische grond</h2>
<p>Het Decreet Kinderopvang van Baby's en Peuters en het Decreet over het lokaal bestuur, in het bijzonder de
bevoegdheden van het college.</p>
<h2>Beoordeling van het advies</h2>
<p class="lab"><b>Centrale wachtlijst: gevolgd.</b> Vanaf januari 2027 registreert het Loket Kinderopvang alle vrije
plaatsen en aanvragen in één systeem, met een voorrangsregeling voor dringende situaties.</p>
<p class="lab"><b>Inclusieve opvang: gevolgd.</b> Het Huis van het Kind werft in het najaar een inclusiecoach aan voor
halftijds, gefinancierd met de subsidie voor lokaal flankerend beleid.</p>
<p class="lab"><b>Openingsuren De Vlinder: gedeeltelijk gevolgd.</b> De Vlinder blijft voortaan tot 18.00 uur open.
Een sluiting om 18.30 uur vraagt een extra begeleider per avond, en daarvoor is het budget niet toereikend.</p>
<p class="lab"><b>Buitenschoolse opvang Oostrode: niet gevolgd.</b> De locatie voldoet niet meer aan de
brandveiligheidseisen. De kinderen worden vanaf september opgevangen in de buitenschoolse opvang van de
gemeenteschool in het centrum, met een begeleide busrit.</p>
<p class="lab"><b>Startpremie onthaalouders: gedeeltelijk gevolgd.</b> Er komt een startpremie, maar van 1.000 euro,
uit te betalen na het eerste volledige werkjaar.</p>
<p class="lab"><b>Vakantieaanbod: kennisname.</b> Het college neemt kennis van deze suggestie. Of een gezamenlijk
vakantieaanbod haalbaar is, wordt bekeken bij de evaluatie van het jeugdbeleid in 2027.</p>
<h2>Financiële gevolgen</h2>
<p>De bijsturingen kosten in 2026 samen 48.500 euro en vanaf 2027 jaarlijks 71.000 euro; de kredieten worden
opgenomen in de aanpassing van het meerjarenplan.</p>
<h2>Besluit</h2>
<p><b>Artikel 1.</b> Het college keurt het lokaal beleidsplan kinderopvang 2026-2031 goed, zoals bijgestuurd na het
advies van het LOK.</p>
<p><b>Artikel 2.</b> Het LOK wordt over dit besluit geïnformeerd met een afschrift van deze beoordeling.</p>
<p>Namens het college,<br>Karel Mertens, algemeen directeur - Els Van Damme, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Lokaal Overleg Kinderopvang Lierbeke - advies LOK/2026/02 - beleidsplan "
            "kinderopvang", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Lierbeke - college van burgemeester en schepenen - KO/2026/0087",
            "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "Het LOK adviseert om alle vrije plaatsen en wachtlijsten centraal",
         "registreert het Loket Kinderopvang alle vrije plaatsen en aanvragen", "agrees"),
        (2, "Het LOK vraagt het college om de openingsuren van",
         "De Vlinder blijft voortaan tot 18.00 uur open", "partly"),
        (3, "We raden het college daarom aan om nieuwe onthaalouders een",
         "Er komt een startpremie, maar van 1.000 euro", "partly"),
        (4, "Het LOK vraagt uitdrukkelijk om de buitenschoolse opvang in Oostrode",
         "De locatie voldoet niet meer aan de brandveiligheidseisen", "disagrees"),
        (5, "Reserveer in het inrichtingsplan van de Molenakker een perceel", None, "unanswered"),
        (6, "Het LOK adviseert om samen met de scholen en het jeugdwerk",
         "wordt bekeken bij de evaluatie van het jeugdbeleid in 2027", "noted"),
        (7, "Zet een inclusiecoach in die organisatoren ondersteunt bij de opvang",
         "werft in het najaar een inclusiecoach aan voor halftijds", "agrees"),
    ], ["Het beleidsplan werd daarna op enkele punten bijgestuurd",
        "in het bijzonder de bevoegdheden van het college",
        "De bijsturingen kosten in 2026 samen 48.500 euro",
        "Het college keurt het lokaal beleidsplan kinderopvang 2026-2031 goed",
        "wordt over dit besluit geïnformeerd met een afschrift"],
        "Advice: a Flemish Lokaal Overleg Kinderopvang's advice on the draft local childcare plan, in a TWO-COLUMN "
        "layout; the seven recommendations are UNNUMBERED BOLD SENTENCES inside running paragraphs under three theme "
        "headings ('3. Toegang' 1-2, '4. Aanbod' 3-5, '5. Samenwerking' 6-7), worded every way ('Het LOK adviseert "
        "om ...', 'Het LOK vraagt het college om ...', 'We raden het college daarom aan ...', 'Het LOK vraagt "
        "uitdrukkelijk ...', bare imperatives 'Reserveer ...', 'Zet ... in'). Traps: the decree paraphrased with "
        "'moet', 'Vaststellingen' numbered 1-4 with figures, the 2022 advice quoted as an imperative (carried out), "
        "a BOLD finding sentence ('Het tekort aan onthaalouders is ... het grootste probleem'), the conditional "
        "favourable advice and a closing line naming the advice on opening hours and Oostrode. Response: an extract "
        "of the college's minutes; 'Feiten en context', 'Juridische grond', 'Financiële gevolgen' (figures) and the "
        "articles answer nothing; 'Beoordeling van het advies' has INLINE LABELS BY SUBJECT, no numbers, in the "
        "order 1 ('Centrale wachtlijst: gevolgd.', agrees), 7 ('Inclusieve opvang: gevolgd.', agrees), 2 "
        "('gedeeltelijk gevolgd': 18.00 instead of 18.30, partly), 4 ('niet gevolgd': fire safety, disagrees), 3 "
        "('gedeeltelijk gevolgd': 1,000 instead of 1,500 euro, partly), 6 ('kennisname', looked at in the 2027 "
        "evaluation, noted). 5 (a plot for a day-care centre at the Molenakker) is never answered.")

"""Round 148 (nl): the (Flemish) ADVIES of the COMITÉ VOOR PREVENTIE EN BESCHERMING OP HET WERK (CPBW) of a city and
its OCMW on the employer's draft JAARACTIEPLAN 2028; its seven recommendations are paragraphs opened by a BOLD
IMPERATIVE LEAD-IN sentence under '3. Advies', after the committee's observations opened by bold lead-ins in exactly
the same style under '2. Vaststellingen'; answered by the general director's 'GEVOLG AAN HET ADVIES', a ruled TABLE
'Thema | Standpunt van de werkgever' that paraphrases the recommendations by theme in another order, one row
answering two with different verdicts.

Advice (PyMuPDF Story from HTML, sans, dark-blue headings, metadata table, stamped head, 'pagina n van m'): the
welfare codex paraphrased with 'moet' (trap), the external prevention service's annual report quoted as an
imperative ('Voer bij de groendienst een risicoanalyse ... uit', trap), a trade-union delegate quoted with 'moet'
(trap), observations with bold lead-ins in the recommendations' style (trap), 'Het comité adviseert niet om de
opleiding ... verplicht te maken' (trap), a closing naming 'de hitte en het budget' (trap); expected numbers 1-7 in
reading order. Response (Story, stamped, 'pagina n'): rows Agressie (1 agrees: silent alarms ordered), Tillen in Ter
Linde (3 partly: six of the twelve ceiling lifts in 2028, six in 2029, use not made compulsory), Psychosociale risico's (2 agrees:
analysis brought forward to 2028 + 6 noted: the reporting by the confidential counsellors put to the external
service), Opleiding agressie (answers the 'we do not advise' sentence, unmatched), Werkkledij en PBM (5 disagrees:
budget stays at 48,000), Hitte (4 disagrees: no earlier hours, the existing arrangement stays); 7 (four workplace
visits a year with a report) unanswered; the introduction and the closing answer nothing. All bodies, places, people,
figures and reference numbers invented; the codex named as context only.

Run: /tmp/blind148nl/bin/python tests/docs/src/blind148/gen_nl_cpbw_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b148nl as B  # noqa: E402

NAME = "blind148_nl_cpbw"
F = B.tmp_fonts()
INK = "#1b3f73"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.3pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 14.5pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
b.lead {{ color: {INK}; }}
p.l {{ text-align: left; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #b9c6dc; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
table.grid {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.grid td, table.grid th {{ font-size: 8.6pt; border: 1px solid #8fa2c2; padding: 4px; vertical-align: top;
                                text-align: left; }}
table.grid th {{ background-color: {INK}; color: #ffffff; }}
td.th {{ width: 132pt; font-weight: bold; color: {INK}; }}
"""


def lead(head, text):
    return f'<p class="l"><b class="lead">{head}</b> {text}</p>'


ADVICE = f"""<html><body>
<p class="small">Stad en OCMW Ravelgem - Comité voor Preventie en Bescherming op het Werk - secretariaat: interne
dienst voor preventie en bescherming, Stationsplein 4, 9485 Ravelgem - preventie@ravelgem.example</p>
<h1>Advies over het ontwerp van jaaractieplan 2028</h1>
<p class="small">Comité voor Preventie en Bescherming op het Werk (CPBW) van stad en OCMW Ravelgem</p>
<table class="meta">
<tr><td class="lab">Aan</td><td>mevrouw L. Vandenbussche, algemeen directeur</td></tr>
<tr><td class="lab">Vergadering</td><td>12 oktober 2027</td></tr>
<tr><td class="lab">Kenmerk</td><td>CPBW/2027/09</td></tr>
<tr><td class="lab">Voorzitter</td><td>K. Desmet, gemandateerd door de algemeen directeur</td></tr>
<tr><td class="lab">Secretaris</td><td>ing. E. Van Acker, interne preventieadviseur</td></tr>
</table>
<h2>1. Inleiding</h2>
<p>Volgens de codex over het welzijn op het werk moet de werkgever het ontwerp van jaaractieplan uiterlijk op 1
november aan het comité voorleggen, en moet hij het comité meedelen welk gevolg hij aan het advies geeft; volgt hij
het advies niet, dan moet hij dat motiveren. Het ontwerp van jaaractieplan 2028 werd op 21 september aan de leden
bezorgd en op 12 oktober besproken. De werkgeversafvaardiging en de werknemersafvaardiging brengen het volgende
advies eenparig uit.</p>
<p>Het comité stelt vast dat het ontwerp goed aansluit bij het globaal preventieplan 2025-2029. In haar jaarverslag
over 2026 schreef de externe dienst voor preventie en bescherming:</p>
<p class="quote">'Voer bij de groendienst een risicoanalyse van de psychosociale risico's uit, bij voorkeur in
2027.'</p>
<p>Die analyse staat in het ontwerp pas gepland voor 2029.</p>
<h2>2. Vaststellingen</h2>
{lead("Arbeidsongevallen blijven hoog bij de technische diensten.", "In 2026 waren er 41 arbeidsongevallen met "
      "samen 612 verloren kalenderdagen; 26 daarvan gebeurden bij de groendienst, de wegendienst en het "
      "containerpark.")}
{lead("Agressie aan de balies neemt toe.", "Het aantal gemelde incidenten aan de onthaalbalies steeg van 14 in "
      "2025 naar 23 in 2026. Bij twee incidenten kon de medewerker geen collega verwittigen.")}
{lead("Het woonzorgcentrum tilt nog te veel met de hand.", "In Ter Linde zijn 11 van de 64 kamers uitgerust met "
      "een plafondlift. Rugklachten zijn de eerste oorzaak van langdurige afwezigheid bij de zorgkundigen.")}
{lead("Hitte was in de zomer van 2027 een probleem.", "Op negen dagen was het boven 30 graden. Een vakbondsafgevaardigde "
      "zei in de vergadering:")}
<p class="quote">'Wie om drie uur 's middags nog hagen moet snoeien, loopt een echt risico.'</p>
<h2>3. Advies</h2>
<p>Het comité geeft een gunstig advies over het ontwerp van jaaractieplan 2028, met de volgende aanbevelingen.</p>
{lead("Plaats een stil alarm aan alle onthaalbalies van het administratief centrum en de bibliotheek.",
      "Een medewerker moet met één druk op de knop collega's kunnen verwittigen, zonder dat de bezoeker het merkt.")}
{lead("Vervroeg de risicoanalyse psychosociale risico's voor de groendienst en de technische dienst naar 2028.",
      "De signalen van de externe dienst en de afwezigheidscijfers rechtvaardigen geen verder uitstel.")}
{lead("Schaf voor woonzorgcentrum Ter Linde in 2028 twaalf extra plafondliften aan en maak het gebruik ervan "
      "verplicht.", "Zo stijgt het aandeel kamers met een lift naar meer dan een derde, en kunnen de zorgkundigen niet "
      "langer terugvallen op tillen met de hand.")}
{lead("Voer voor de buitendiensten een hitteplan in met vervroegde werkuren vanaf een voorspelde temperatuur van "
      "30 graden.", "Het plan regelt ook de drinkwatervoorziening, extra pauzes en schaduw op de werven.")}
{lead("Verhoog het budget voor werkkledij en persoonlijke beschermingsmiddelen van 48.000 naar 70.000 euro.",
      "Het huidige budget volstaat niet om de nieuwe hoogzichtbare kledij voor alle buitendiensten aan te "
      "schaffen.")}
{lead("Laat de vertrouwenspersonen jaarlijks anoniem aan het comité rapporteren over het aantal en de aard van de "
      "meldingen.", "Nu hoort het comité alleen het globale cijfer van de externe dienst, een jaar na datum.")}
{lead("Organiseer de werkplaatsbezoeken van het comité voortaan minstens vier keer per jaar, met telkens een "
      "schriftelijk verslag.", "In 2027 vond slechts één bezoek plaats, aan het containerpark.")}
<p>Het comité adviseert niet om de opleiding 'omgaan met agressie' verplicht te maken voor alle personeelsleden. Die
opleiding is vooral zinvol voor wie met het publiek werkt, en een verplichting voor iedereen zou de beschikbare
plaatsen voor de baliemedewerkers verminderen.</p>
<h2>4. Tot slot</h2>
<p>Het comité vraagt de werkgever om zijn standpunt vóór de vergadering van december mee te delen, en om vooral voor
de hitte en het budget een duidelijke motivering te geven als hij het advies niet volgt.</p>
<p class="small">Voor het comité,<br>K. Desmet, voorzitter - ing. E. Van Acker, secretaris</p>
</body></html>"""

ROWS = [
    ("Agressie", "Gevolgd. De stille alarmen voor de balies van het administratief centrum en de bibliotheek zijn "
     "besteld en worden in januari 2028 geplaatst; de procedure bij een alarm wordt met de teams ingeoefend."),
    ("Tillen in Ter Linde", "Gedeeltelijk gevolgd. Binnen de investeringsbegroting is in 2028 ruimte voor zes "
     "plafondliften; de overige zes volgen in 2029. Een verplichting om de lift te gebruiken voeren wij niet in: "
     "de hoofdverpleegkundige beslist per bewoner welk hulpmiddel past."),
    ("Psychosociale risico's", "De risicoanalyse voor de groendienst en de technische dienst wordt naar voren "
     "gehaald en start in maart 2028. Het voorstel om de vertrouwenspersonen zelf te laten rapporteren leggen wij "
     "voor aan de externe dienst, die nagaat of dat kan zonder de anonimiteit van melders in gevaar te brengen; "
     "het comité hoort daarover in 2028 meer."),
    ("Opleiding agressie", "De opleiding blijft voorbehouden aan medewerkers met publiekscontact; in 2028 "
     "volgen 60 medewerkers de opleiding."),
    ("Werkkledij en persoonlijke beschermingsmiddelen", "Niet gevolgd. Het budget blijft in 2028 op 48.000 euro. De "
     "hoogzichtbare kledij wordt gespreid over twee jaar aangekocht, te beginnen bij de wegendienst."),
    ("Hitte", "Niet gevolgd. Vervroegde werkuren zijn niet haalbaar voor het containerpark en de dienstverlening aan "
     "de burgers. De bestaande hitteregeling uit het arbeidsreglement, met extra pauzes en drinkwater, blijft "
     "van toepassing."),
]

RESPONSE = f"""<html><body>
<p class="small">Stad en OCMW Ravelgem - algemeen directeur - Stationsplein 4, 9485 Ravelgem</p>
<h1>Gevolg aan het advies van het CPBW over het jaaractieplan 2028</h1>
<table class="meta">
<tr><td class="lab">Aan</td><td>de leden van het Comité voor Preventie en Bescherming op het Werk</td></tr>
<tr><td class="lab">Uw kenmerk</td><td>CPBW/2027/09</td></tr>
<tr><td class="lab">Ons kenmerk</td><td>AD/2027/214</td></tr>
<tr><td class="lab">Datum</td><td>24 november 2027</td></tr>
</table>
<p>Geachte leden van het comité,</p>
<p>Ik dank het comité voor het eenparige en goed onderbouwde advies. Het managementteam heeft het advies op 9 november
besproken. In de tabel hieronder vindt u per thema welk gevolg ik eraan geef. Het jaaractieplan 2028 wordt met deze
wijzigingen aan de gemeenteraad en de raad voor maatschappelijk welzijn voorgelegd.</p>
<table class="grid">
<tr><th>Thema</th><th>Standpunt van de werkgever</th></tr>
{''.join(f'<tr><td class="th">{a}</td><td>{b}</td></tr>' for a, b in ROWS)}
</table>
<p>Ik stel voor dat de interne preventieadviseur de uitvoering van het jaaractieplan in elke vergadering van het
comité kort toelicht.</p>
<p class="small">Met vriendelijke groeten,<br>L. Vandenbussche, algemeen directeur</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "CPBW stad en OCMW Ravelgem - advies ontwerp jaaractieplan 2028 - CPBW/2027/09",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Stad en OCMW Ravelgem - gevolg aan het advies van het CPBW - AD/2027/214",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Plaats een stil alarm aan alle onthaalbalies van het administratief centrum",
         "De stille alarmen voor de balies van het administratief centrum", "agrees"),
        ("2", "Vervroeg de risicoanalyse psychosociale risico's voor de groendienst en de technische dienst",
         "wordt naar voren gehaald en start in maart 2028", "agrees"),
        ("3", "Schaf voor woonzorgcentrum Ter Linde in 2028 twaalf extra plafondliften aan",
         "in 2028 ruimte voor zes plafondliften; de overige zes volgen", "partly"),
        ("4", "Voer voor de buitendiensten een hitteplan in met vervroegde werkuren",
         "Vervroegde werkuren zijn niet haalbaar voor het containerpark", "disagrees"),
        ("5", "Verhoog het budget voor werkkledij en persoonlijke beschermingsmiddelen van 48.000",
         "Het budget blijft in 2028 op 48.000 euro", "disagrees"),
        ("6", "Laat de vertrouwenspersonen jaarlijks anoniem aan het comité rapporteren",
         "leggen wij voor aan de externe dienst, die nagaat", "noted"),
        ("7", "Organiseer de werkplaatsbezoeken van het comité voortaan minstens vier keer per jaar", None,
         "unanswered"),
    ], ["De opleiding blijft voorbehouden aan medewerkers met publiekscontact"],
        "Advice: the (Flemish) ADVIES of the COMITÉ VOOR PREVENTIE EN BESCHERMING OP HET WERK of a city and its "
        "OCMW on the draft jaaractieplan 2028; the seven recommendations are paragraphs opened by a BOLD IMPERATIVE "
        "LEAD-IN under '3. Advies' (expected numbers 1-7 in reading order). Traps: the welfare codex paraphrased "
        "with 'moet', the external service's annual report quoted as an imperative ('Voer bij de groendienst ...'), "
        "a union delegate quoted with 'moet', observations with bold lead-ins in exactly the same style under "
        "'2. Vaststellingen', 'Het comité adviseert niet om de opleiding ... verplicht te maken', a closing naming "
        "'de hitte en het budget'. Response: the general director's 'Gevolg aan het advies', a ruled TABLE "
        "'Thema | Standpunt van de werkgever' by theme in another order: Agressie = 1 agrees; Tillen = 3 partly "
        "(six lifts in 2028, six in 2029, use not compulsory); ONE row 'Psychosociale risico's' = 2 agrees "
        "(brought forward to March 2028) + 6 noted (put to the external service); Opleiding agressie answers the "
        "'we do not advise' sentence (unmatched); Werkkledij = 5 disagrees (budget stays at 48,000); Hitte = 4 "
        "disagrees (no earlier hours). 7 (four workplace visits a year) is never answered. Introduction and "
        "closing answer nothing.")
    print("written", NAME)

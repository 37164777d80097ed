"""Round 117 (nl): the ADVIES of a municipal REGENBOOGPLATFORM (the LHBTIQ+ residents' platform a
'regenbooggemeente' sets up to advise on its policy) on the concept-Regenboogagenda 2027-2030, answered by an ANNEX
of the adopted agenda ('Bijlage 2 - Wat wij met het advies van het Regenboogplatform doen') that QUOTES each
recommendation (without its letter) in a shaded block and follows it with 'Onze reactie'.

Advice (Chromium headless, sans, 2 p., a striped colour bar over a full-width head, the body in TWO NEWSPAPER
COLUMNS (CSS columns), a 'Meldingen in cijfers' table, stamped running head from p. 2, 'p. n van m'): the
Regenboogstedenovereenkomst 'moet' and the Grondwet quoted (traps), the survey's questions as a numbered list 1.-4.
(trap), the platform's 2022 advice quoted (realised; trap), 'Wij constateren'; recommendations as UPPER-CASE
LETTERED paragraphs 'Aanbeveling A.'-'Aanbeveling G.' with a coloured left rule, spread over three theme headings in
the columns (expected 1-7 = A-G); closing line citing 'de aanbevelingen A, D en F'.
Response: annex of the adopted agenda (2 p.): Inleiding (nothing), quote + 'Onze reactie' blocks without letters in
the order F, A, C, D, B, E: F agrees, A agrees, C agrees, D partly, B disagrees, E noted; G (evaluation in 2028)
unanswered; 'Overige opmerkingen van het platform' (Pride walk) and 'Tot slot' answer nothing. All invented.

Run: /tmp/blind117nl/bin/python tests/docs/src/blind117/gen_nl_regenboog_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b117nl as B  # noqa: E402

NAME = "blind117_nl_regenboog"
F = B.tmp_fonts()
FAM = "B117NL Sans"
INK = "#2b2d5c"
FONTS = f"""@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}"""
STRIPE = ("linear-gradient(to right, #d7263d 0 16.6%, #f46036 16.6% 33.3%, #f2c14e 33.3% 50%, #3f9c5a 50% 66.6%, "
          "#2e86ab 66.6% 83.3%, #6c4f9c 83.3% 100%)")

CSS = f"""<style>{FONTS}
@page {{ size: A4; margin: 18mm 17mm 17mm 17mm; }}
body {{ font-family: '{FAM}'; font-size: 9.1pt; line-height: 1.45; color: #1e1e1e; font-variant-ligatures: none; }}
.stripe {{ height: 6px; background: {STRIPE}; margin-bottom: 9px; }}
.head {{ display: flex; justify-content: space-between; margin-bottom: 12px; }}
.head .org {{ font-size: 13pt; font-weight: bold; color: {INK}; line-height: 1.25; }}
.head .org span {{ display: block; font-size: 8.2pt; font-weight: normal; color: #555; }}
.head .ref {{ font-size: 8pt; text-align: right; color: #333; line-height: 1.5; }}
h1 {{ font-size: 19pt; margin: 0 0 2px; color: {INK}; line-height: 1.2; }}
.sub {{ font-size: 10pt; color: #555; margin: 0 0 12px; }}
.cols {{ column-count: 2; column-gap: 8mm; column-rule: 0.5px solid #ccc; }}
h2 {{ font-size: 10.6pt; color: {INK}; margin: 10px 0 3px; break-after: avoid; }}
h2:first-child {{ margin-top: 0; }}
p {{ margin: 0 0 6px; text-align: left; }}
ol {{ margin: 2px 0 7px; padding-left: 18px; }}
blockquote {{ margin: 3px 10px 7px; font-style: italic; color: #444; }}
.rec {{ border-left: 3px solid #6c4f9c; padding: 1px 0 1px 7px; margin: 0 0 7px; }}
.rec b {{ color: {INK}; }}
table.fig {{ width: 100%; border-collapse: collapse; font-size: 8.2pt; margin: 3px 0 3px; break-inside: avoid; }}
table.fig th {{ text-align: left; background: #ecebf5; padding: 2px 4px; }}
table.fig td {{ padding: 2px 4px; border-bottom: 0.5px solid #bbb; }}
table.fig td.n, table.fig th.n {{ text-align: right; }}
.src {{ font-size: 7.4pt; color: #666; margin-bottom: 8px; }}
.sign {{ margin-top: 8px; }}
/* response */
.q {{ background: #f1f0f7; border-left: 3px solid #6c4f9c; padding: 5px 9px; margin: 10px 0 4px; font-style: italic;
      break-inside: avoid; break-after: avoid; }}
.q span {{ display: block; font-style: normal; font-size: 7.8pt; font-weight: bold; color: #6c4f9c;
           letter-spacing: 0.04em; margin-bottom: 2px; }}
.r b {{ color: {INK}; }}
h3 {{ font-size: 10pt; color: {INK}; margin: 14px 0 3px; break-after: avoid; }}
</style>"""


def rec(letter, text):
    return f'<p class="rec"><b>Aanbeveling {letter}.</b> {text}</p>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Regenboogagenda</title>{CSS}
</head><body>
<div class="stripe"></div>
<div class="head"><div class="org">Regenboogplatform Drechtmonde<span>adviesorgaan voor het lhbtiq+-beleid van de
gemeente Drechtmonde</span></div>
<div class="ref">Aan: het college van burgemeester en wethouders<br>Datum: 26 oktober 2026<br>Kenmerk: RBP-2026-02<br>
Betreft: advies concept-Regenboogagenda 2027-2030</div></div>
<h1>Veilig jezelf zijn, overal in Drechtmonde</h1>
<p class="sub">Advies over de concept-Regenboogagenda 2027-2030</p>
<div class="cols">
<h2>Waarom dit advies</h2>
<p>Drechtmonde is sinds 2019 regenbooggemeente. De Regenboogstedenovereenkomst met het Rijk bepaalt dat een
regenbooggemeente haar lokale agenda moet opstellen samen met de lhbtiq+-gemeenschap. Op 8 juli 2026 vroeg de
wethouder Inclusie ons daarom om advies over de concept-Regenboogagenda 2027-2030.</p>
<p>Het Regenboogplatform bestaat uit twaalf inwoners, van scholier tot gepensioneerde, en uit vertegenwoordigers van
COC Drechtland, de GSA's van twee scholen en de ouderenvereniging Roze 50+. Wij vergaderden vier keer over de
concept-agenda, en hielden in september een enquête.</p>
<p>Artikel 1 van de Grondwet zegt dat allen die zich in Nederland bevinden in gelijke gevallen gelijk worden
behandeld. Voor veel lhbtiq+-inwoners is dat in het dagelijks leven nog geen vanzelfsprekendheid.</p>
<h2>Wat wij vroegen en hoorden</h2>
<p>Aan de enquête deden 318 inwoners mee. Wij stelden hun vier vragen:</p>
<ol>
<li>Voelt u zich veilig om in uw eigen buurt hand in hand te lopen?</li>
<li>Hebt u het afgelopen jaar een vervelende opmerking of bedreiging meegemaakt?</li>
<li>Hebt u dat gemeld, en zo nee, waarom niet?</li>
<li>Wat zou de gemeente als eerste moeten doen?</li>
</ol>
<p>Iets meer dan de helft voelt zich niet veilig om in de eigen buurt hand in hand te lopen. Van de mensen die iets
vervelends meemaakten, deed maar één op de zeven een melding. Het meest genoemde antwoord op de vierde vraag was:
zorg dat er iemand is die je kent en vertrouwt.</p>
<div style="break-inside: avoid"><table class="fig"><tr><th>Meldingen in cijfers</th><th class="n">2023</th><th class="n">2025</th></tr>
<tr><td>Meldingen bij het antidiscriminatiebureau, totaal</td><td class="n">141</td><td class="n">163</td></tr>
<tr><td style="padding-left:12px">waarvan over seksuele oriëntatie of gender</td><td class="n">22</td><td class="n">37</td></tr>
<tr><td>Aangiften bij de politie (idem)</td><td class="n">6</td><td class="n">9</td></tr></table>
<p class="src">Bron: Antidiscriminatievoorziening Drechtland, jaarrapportages.</p></div>
<p>In ons eerste advies, in 2022, schreven wij:</p>
<blockquote>'Hijs op Coming Out Dag de regenboogvlag bij het stadhuis en laat de burgemeester daarbij het woord
voeren.'</blockquote>
<p>Dat gebeurt sinds 2023 elk jaar, en het wordt gewaardeerd. Wij constateren dat de concept-agenda de goede
onderwerpen noemt, maar weinig concrete afspraken en geen eigen geld bevat.</p>
<h2>Veiligheid</h2>
<p>Wie wordt uitgescholden of bedreigd, wil iemand kunnen bellen die de situatie begrijpt. In de buurgemeente
Lekkerhaven werkt dat goed.</p>
{rec("A", "Maak samen met de politie afspraken over een vast aanspreekpunt voor lhbtiq+-inwoners die te maken "
          "krijgen met geweld of bedreiging, en maak dat aanspreekpunt bekend in de gemeenschap.")}
{rec("B", "Laat het antidiscriminatiebureau de meldingen over seksuele oriëntatie en gender ieder jaar per wijk "
          "rapporteren, zodat zichtbaar wordt waar extra inzet nodig is.")}
<h2>Jongeren en onderwijs</h2>
<p>Op de scholen waar een actieve GSA is, voelen lhbtiq+-leerlingen zich merkbaar veiliger. Maar op drie van de vijf
middelbare scholen in Drechtmonde is er geen, of alleen op papier.</p>
{rec("C", "Zorg dat op alle middelbare scholen in Drechtmonde een actieve GSA is, en ondersteun de leerlingen "
          "daarbij met een klein eigen budget en begeleiding door het jongerenwerk.")}
{rec("D", "Open samen met het jongerenwerk een vaste ontmoetingsplek voor lhbtiq+-jongeren, die ten minste één "
          "avond per week open is.")}
<h2>Ouderen, zorg en geld</h2>
<p>Lhbtiq+-ouderen gaan in de zorg vaak terug de kast in, uit angst voor reacties van hulpverleners of
medebewoners. Medewerkers weten vaak niet hoe zij het gesprek kunnen beginnen.</p>
{rec("E", "Train de medewerkers van de wijkteams en de thuiszorg in het herkennen van de zorgen van "
          "lhbtiq+-ouderen en in het voeren van een open gesprek.")}
{rec("F", "Neem de Regenboogagenda op in de begroting met een eigen budget van ten minste 60.000 euro per jaar, "
          "zodat de plannen niet afhangen van wat er aan het eind van het jaar overblijft.")}
{rec("G", "Evalueer de agenda halverwege, in 2028, samen met het Regenboogplatform, en stel haar zo nodig bij.")}
<h2>Tot slot</h2>
<p>Wij vragen het college vooral de aanbevelingen A, D en F over te nemen: een vertrouwd aanspreekpunt, een plek
voor jongeren en geld om het waar te maken. Wij praten graag verder.</p>
<p class="sign">Namens het Regenboogplatform Drechtmonde,<br>Sanne de Graaf-Otten en Yusuf Demirtaş,
voorzitters</p>
</div></body></html>"""


def block(quote, reply):
    return (f'<div class="q"><span>HET PLATFORM ADVISEERT</span>{quote}</div>'
            f'<p class="r"><b>Onze reactie.</b> {reply}</p>')


RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Regenboogagenda bijlage 2</title>
{CSS}</head><body>
<div class="stripe"></div>
<div class="head"><div class="org">Gemeente Drechtmonde<span>Regenboogagenda 2027-2030, vastgesteld door het college
op 24 november 2026</span></div>
<div class="ref">Bijlage 2<br>Zaaknummer 2026-113054</div></div>
<h1>Wat wij met het advies van het Regenboogplatform doen</h1>
<p class="sub">Bijlage 2 bij de Regenboogagenda Drechtmonde 2027-2030</p>
<h3>Inleiding</h3>
<p>Het Regenboogplatform bracht op 26 oktober 2026 advies uit over de concept-Regenboogagenda. In deze bijlage
citeren wij de aanbevelingen van het platform en geven wij per aanbeveling aan wat wij ermee doen. Wij hebben de
aanbevelingen geordend naar de hoofdstukken van de definitieve agenda; de volgorde wijkt daardoor af van die in het
advies. Wij danken het platform voor het zorgvuldige advies en voor de enquête, waarvan de uitkomsten ook in
hoofdstuk 1 van de agenda zijn opgenomen.</p>
{block("Neem de Regenboogagenda op in de begroting met een eigen budget van ten minste 60.000 euro per jaar.",
       "Dit nemen wij over. In de begroting 2027 is een eigen post Regenboogagenda opgenomen van 60.000 euro per "
       "jaar voor de periode 2027-2030. Daarnaast blijft de bijdrage van het Rijk op grond van de "
       "Regenboogstedenovereenkomst beschikbaar.")}
{block("Maak samen met de politie afspraken over een vast aanspreekpunt voor lhbtiq+-inwoners die te maken "
       "krijgen met geweld of bedreiging.",
       "De politie heeft toegezegd dat vanaf 1 februari 2027 twee wijkagenten uit het netwerk Roze in Blauw het vaste "
       "aanspreekpunt in Drechtmonde zijn. Wij maken hun namen en telefoonnummer samen met COC Drechtland bekend.")}
{block("Zorg dat op alle middelbare scholen een actieve GSA is, en ondersteun de leerlingen daarbij.",
       "Wij zijn het eens met het platform. Vanaf het schooljaar 2027-2028 krijgt iedere GSA een budget van 750 euro "
       "per schooljaar, en een jongerenwerker ondersteunt de scholen waar nog geen GSA actief is bij de start.")}
{block("Open samen met het jongerenwerk een vaste ontmoetingsplek voor lhbtiq+-jongeren, ten minste één avond per "
       "week.",
       "Wij starten in maart 2027 met een ontmoetingsavond in jongerencentrum De Loods, maar voorlopig twee keer per "
       "maand in plaats van wekelijks. Na een jaar bekijken wij met het jongerenwerk of er behoefte is aan meer "
       "avonden.")}
{block("Laat het antidiscriminatiebureau de meldingen ieder jaar per wijk rapporteren.",
       "Dit doen wij niet. Het aantal meldingen per wijk is zo klein dat melders herkenbaar kunnen worden, en dat "
       "zou mensen er juist van weerhouden om te melden. Het antidiscriminatiebureau blijft rapporteren voor de "
       "gemeente als geheel.")}
{block("Train de medewerkers van de wijkteams en de thuiszorg in het herkennen van de zorgen van lhbtiq+-ouderen.",
       "De wijkteams en de thuiszorg zijn in handen van zelfstandige zorgaanbieders. Wij leggen deze aanbeveling aan "
       "hen voor in het contractoverleg van het voorjaar van 2027 en bezien daarna of een training een plek kan "
       "krijgen bij de nieuwe inkoop in 2028.")}
<h3>Overige opmerkingen van het platform</h3>
<p>In de toelichting bij het advies vraagt het platform ook aandacht voor de Pride-wandeling. De eerste
Pride-wandeling van Drechtmonde vond op 20 juni 2026 plaats met ruim 900 deelnemers; de gemeente ondersteunt de
organisatie ook in 2027 met vergunningverlening en verkeersregelaars.</p>
<h3>Tot slot</h3>
<p>Het college bespreekt de voortgang van de Regenboogagenda ieder jaar in het overleg met het Regenboogplatform. Het
eerste overleg is gepland in het najaar van 2027.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Maak samen met de politie afspraken over een vast aanspreekpunt voor",
         "twee wijkagenten uit het netwerk Roze in Blauw", "agrees"),
        (2, "Laat het antidiscriminatiebureau de meldingen over seksuele oriëntatie en gender",
         "Het aantal meldingen per wijk is zo klein dat melders herkenbaar", "disagrees"),
        (3, "Zorg dat op alle middelbare scholen in Drechtmonde een actieve GSA",
         "krijgt iedere GSA een budget van 750 euro per schooljaar", "agrees"),
        (4, "Open samen met het jongerenwerk een vaste ontmoetingsplek voor lhbtiq+-jongeren, die",
         "voorlopig twee keer per maand in plaats van wekelijks", "partly"),
        (5, "Train de medewerkers van de wijkteams en de thuiszorg in het herkennen",
         "Wij leggen deze aanbeveling aan hen voor in het contractoverleg", "noted"),
        (6, "Neem de Regenboogagenda op in de begroting met een eigen budget",
         "In de begroting 2027 is een eigen post Regenboogagenda opgenomen", "agrees"),
        (7, "Evalueer de agenda halverwege, in 2028, samen met het Regenboogplatform", None, "unanswered"),
    ]
    unmatched = ["citeren wij de aanbevelingen van het platform en geven wij",
                 "vond op 20 juni 2026 plaats met ruim 900 deelnemers",
                 "Het eerste overleg is gepland in het najaar van 2027"]
    notes = ("Regenboogplatform Drechtmonde (municipal lhbtiq+ platform of a regenbooggemeente), advies RBP-2026-02 "
             "'Veilig jezelf zijn, overal in Drechtmonde' on the concept-Regenboogagenda 2027-2030 (2 p., Chromium, "
             "rainbow stripe, full-width head, body in TWO NEWSPAPER COLUMNS, 'Meldingen in cijfers' table, stamped "
             "running head from p. 2, 'p. n van m'). Traps: the Regenboogstedenovereenkomst 'moet', the Grondwet "
             "paraphrased, the survey's four questions as a numbered list 1.-4. (one with 'moeten'), the 2022 advice "
             "quoted (an imperative, realised), 'Wij constateren', a closing line citing 'de aanbevelingen A, D en "
             "F'. Recommendations: UPPER-CASE LETTERED paragraphs 'Aanbeveling A.'-'Aanbeveling G.' with a coloured "
             "left rule under three theme headings (2 + 2 + 3), expected 1-7 = A-G. Response: 'Bijlage 2' of the "
             "adopted agenda, which QUOTES each recommendation (shortened, without its letter) in a shaded block "
             "'HET PLATFORM ADVISEERT' followed by 'Onze reactie.', in the order F, A, C, D, B, E. F agrees (own "
             "budget line 60.000 euro a year). A agrees (two Roze in Blauw officers from 1 February 2027). C agrees "
             "(750 euro per GSA from 2027-2028, youth worker support). D partly (De Loods from March 2027, twice a "
             "month instead of weekly). B disagrees ('Dit doen wij niet', numbers per wijk too small). E noted "
             "(providers' business; raised in the contract talks, considered for the 2028 procurement). G (mid-term "
             "evaluation in 2028) is not answered. Inleiding, 'Overige opmerkingen van het platform' (Pride walk) "
             "and 'Tot slot' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Regenboogplatform Drechtmonde - advies RBP-2026-02 - concept-Regenboogagenda",
            "p. {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Regenboogagenda Drechtmonde 2027-2030 - Bijlage 2", "p. {n} van {m}",
            F["Regular"])
    expected()

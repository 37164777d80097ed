"""Round 126 (nl): the ADVIES of a Flemish city's LOKALE ECONOMISCHE RAAD (the advisory council of shopkeepers,
horeca and self-employed) on vacancy and the shopping centre; its seven recommendations are UNNUMBERED SENTENCES in
running text ('De raad adviseert het stadsbestuur om ...', 'Daarnaast vragen wij ...', 'Voorts beveelt de raad aan
...'), two inside one paragraph, one in bold, under four themes of which one ('Beleving') has none; answered by the
city's NIEUWSBRIEF FOR ENTREPRENEURS ('Ondernemen in Haverdonk'): a masthead, a column by the alderman, and short
articles in two newspaper columns, replying by content in another order among articles that answer nothing.

Advice (Chromium headless, sans, 2 p., dark-red band, stamped head from p. 2, 'blz. n/m'): the decree on the
integral retail establishment policy paraphrased with 'moet' (trap), 'De raad stelt vast' findings (trap), a
numbered list 1.-4. of survey questions (trap), the council's 2023 advice quoted (trap), a theme without a
recommendation, a closing line naming 'de vragen over parkeren en leegstand' (trap). Response (Chromium, 1 p.):
the alderman's column = 2; articles in the order 3, 4, 1, then 'Kort' with 5 and 6 as separate items; 'Nieuw in de
Kerkstraat', 'Cijfers' and 'Agenda' answer nothing; 7 never answered. Verdicts: 1 partly, 2 agrees, 3 disagrees,
4 agrees, 5 noted, 6 agrees, 7 unanswered. All bodies, places, people, figures and reference numbers invented; the
Decreet integraal handelsvestigingsbeleid is named as context only.

Run: /tmp/blind126nl/bin/python tests/docs/src/blind126/gen_nl_economischeraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b126nl as B  # noqa: E402

NAME = "blind126_nl_economischeraad"
F = B.tmp_fonts()
SANS = "B126NL Sans"
RED = "#8c1d2c"
PALE = "#f6e9eb"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.1cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.22cm 0; }}
.band {{ background: {RED}; color: white; padding: 0.35cm 0.45cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 16pt; margin: 0 0 0.06cm 0; }}
.band p {{ font-size: 8.8pt; margin: 0; }}
h2 {{ font-size: 11pt; color: {RED}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
ol {{ margin: 0 0 0.22cm 0; padding-left: 0.7cm; }}
li {{ margin-bottom: 0.06cm; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.22cm 0.8cm; color: #333; }}
.small {{ font-size: 8.4pt; color: #444; }}
.mast {{ border-top: 5px solid {RED}; border-bottom: 1px solid {RED}; padding: 0.2cm 0 0.15cm 0;
         margin-bottom: 0.3cm; }}
.mast .t {{ font-size: 22pt; font-weight: bold; color: {RED}; }}
.mast .m {{ font-size: 8.4pt; color: #444; }}
.column {{ background: {PALE}; padding: 0.25cm 0.35cm; margin-bottom: 0.3cm; }}
.column h2 {{ margin-top: 0; }}
.cols {{ column-count: 2; column-gap: 0.7cm; }}
.art {{ break-inside: avoid-column; margin-bottom: 0.2cm; }}
.art h3 {{ font-size: 10pt; color: {RED}; margin: 0 0 0.08cm 0; }}
.art p {{ font-size: 9pt; }}
.kort p {{ font-size: 9pt; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies LER 2026/03</title>{CSS}
</head><body>
<div class="band"><h1>Een levendige handelskern</h1>
<p>Advies van de Lokale Economische Raad Haverdonk over leegstand en kernversterking</p>
<p>Advies LER 2026/03 - goedgekeurd op de algemene vergadering van 9 juni 2026</p></div>

<h2>1. Situering</h2>
<p>Het college van burgemeester en schepenen vroeg de Lokale Economische Raad (LER) op 14 maart 2026 om advies over
de leegstand in de handelskern en over de maatregelen die de stad kan nemen in het nieuwe meerjarenplan. Volgens het
decreet integraal handelsvestigingsbeleid moet de gemeente bij haar handelsbeleid rekening houden met de
leefbaarheid van de kern en moet zij de handelaars betrekken bij plannen die hen raken. De LER verenigt
vertegenwoordigers van de handelaars, de horeca, de markten en de vrije beroepen.</p>
<p>Om dit advies voor te bereiden hielden wij in april een bevraging onder de 1.284 handelszaken in Haverdonk. Er
kwamen 311 antwoorden binnen. Wij stelden de ondernemers onder meer deze vragen:</p>
<ol>
<li>Hoe beoordeelt u de bereikbaarheid van uw zaak?</li>
<li>Welke maatregel zou het meest helpen tegen leegstand in uw straat?</li>
<li>Hoe vaak had u de voorbije twee jaar last van wegenwerken?</li>
<li>Zou u een lokale cadeaubon aanvaarden in uw zaak?</li>
</ol>

<h2>2. Leegstand</h2>
<p>De raad stelt vast dat in de kernwinkelzone 41 van de 236 handelspanden leegstaan, tegenover 29 drie jaar geleden.
Vooral in de Kerkstraat en de Stationsstraat staan panden lang leeg: van de 41 panden staan er 17 al langer dan twee
jaar leeg. Eigenaars wachten vaak op een hogere huurprijs. De raad adviseert het stadsbestuur om de leegstandsheffing
voor handelspanden te verdubbelen wanneer een pand langer dan twee jaar leegstaat, en eigenaars die hun pand tijdelijk
aan een starter verhuren van de heffing vrij te stellen. Daarnaast vragen wij een starterspremie van maximaal
10.000 euro voor wie een leegstaand pand in de kernwinkelzone huurt en er minstens drie jaar een zaak uitbaat.</p>
<p>In ons advies van 2023 schreven wij al: <i>'Maak van de Kerkstraat opnieuw een aantrekkelijke winkelstraat.'</i>
Sindsdien werden de voetpaden heraangelegd, maar het aantal zaken in de straat daalde verder.</p>

<h2>3. Bereikbaarheid en parkeren</h2>
<p>In de bevraging noemen 62 procent van de handelaars de parkeerkosten de belangrijkste reden waarom klanten wegblijven.
Bezoekers rijden voor korte aankopen naar de baanwinkels langs de N48, waar zij gratis parkeren. <b>De raad adviseert
het stadsbestuur om het eerste halfuur parkeren op de Grote Markt en in de Kerkstraat gratis te maken.</b></p>
<p>De raad stelt ook vast dat de wegenwerken in de Stationsstraat in 2025 zeven maanden duurden en dat de handelaars
pas twee weken vooraf een brief kregen. Een zaak die maanden slecht bereikbaar is, verliest klanten die niet
terugkomen. Wij vragen het stadsbestuur daarom om de handelaars minstens drie maanden vooraf te informeren over
wegenwerken in de kern en hun bij werken van langer dan een maand een hinderpremie uit te betalen.</p>

<h2>4. Beleving</h2>
<p>De raad is tevreden over de vernieuwde weekmarkt op zaterdag en over de zomerbraderie, die dit jaar meer dan 9.000
bezoekers trok. Ook de kerstverlichting in de kern wordt door klanten erg gewaardeerd. Op dit vlak heeft de raad
geen bijkomende vragen; wij rekenen erop dat de stad deze evenementen ook in het nieuwe meerjarenplan
behoudt.</p>

<h2>5. Samenwerking tussen stad en ondernemers</h2>
<p>Veel handelaars weten niet bij wie zij op het stadhuis terechtkunnen: voor een terrasvergunning, een premie of een
klacht over werken verwijst de ene dienst naar de andere. Voorts beveelt de raad aan om een centrummanager aan te
stellen die het aanspreekpunt wordt voor alle ondernemers in de kern en die samen met de LER een jaarlijks
actieplan opmaakt.</p>
<p>Het subsidiereglement voor gevelrenovatie staat vandaag alleen open voor winkels. De raad adviseert om het
reglement vanaf 2027 ook open te stellen voor horecazaken en vrije beroepen met een pand in de kernwinkelzone, omdat
ook een verwaarloosde gevel van een café de straat uitstraling ontneemt.</p>
<p>Ten slotte vraagt de raad om samen met de handelaarsverenigingen een digitale Haverdonkse cadeaubon in te voeren,
die bij alle deelnemende zaken in de stad kan worden ingeruild en die de stad ook zelf gebruikt als geschenk voor
haar personeel en voor jubilarissen.</p>

<h2>6. Tot besluit</h2>
<p>De LER vraagt het college om binnen drie maanden te antwoorden en om daarbij in het bijzonder in te gaan op de
vragen over parkeren en leegstand, die voor onze leden het zwaarst wegen. Wij blijven graag betrokken bij de
uitwerking.</p>
<p>Namens de Lokale Economische Raad Haverdonk,<br/>Wim Verbeke, voorzitter - Sofie De Clercq, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Ondernemen in Haverdonk</title>
{CSS}</head><body>
<div class="mast"><div class="t">Ondernemen in Haverdonk</div>
<div class="m">Nieuwsbrief van de dienst Lokale Economie - stad Haverdonk - nummer 9 - oktober 2026</div></div>

<div class="column"><h2>Woord van de schepen</h2>
<p>Beste ondernemer, in juni bezorgde de Lokale Economische Raad ons een stevig advies over leegstand en de toekomst
van onze handelskern. Het college heeft dat advies op 29 september besproken, en in deze nieuwsbrief leest u wat we
ermee doen. Eén beslissing wil ik hier alvast meegeven: wie vanaf 1 januari 2027 een leeg handelspand in de kern huurt
en er een nieuwe zaak opent, kan rekenen op een starterspremie tot 10.000 euro, op voorwaarde dat de zaak drie jaar
openblijft. Zo hopen we meer jonge ondernemers naar onze straten te halen.</p>
<p>Lieve Vermeulen, schepen van Lokale Economie</p></div>

<div class="cols">
<div class="art"><h3>Parkeren in de kern: geen gratis halfuur</h3>
<p>De vraag naar een gratis eerste halfuur op de Grote Markt en in de Kerkstraat begrijpen we, maar het college gaat
er niet op in. De parkeerinkomsten betalen de nieuwe parkeergarage aan de Vesten af, en een gratis halfuur zou de
rotatie op de markt net verminderen. Wel blijft het kortparkeren aan de Vesten gratis tijdens de eerste twintig
minuten.</p></div>

<div class="art"><h3>Wegenwerken: eerder verwittigd, hinderpremie komt er</h3>
<p>Vanaf 2027 krijgt elke handelaar in de kern ten laatste drie maanden voor de start van wegenwerken een persoonlijke
uitnodiging voor een infomoment met de werfcoördinator. Bij werken die langer dan een maand duren, betaalt de stad
voortaan een hinderpremie van 2.000 euro per maand, bovenop de Vlaamse hinderpremie.</p></div>

<div class="art"><h3>Nieuw in de Kerkstraat</h3>
<p>Drie nieuwe zaken openden deze zomer hun deuren in de Kerkstraat: koffiebar Bonenbaas, fietsenmaker Velo Verbist
en conceptstore Lint. Wij wensen hun veel succes en nodigen iedereen uit om eens binnen te springen.</p></div>

<div class="art"><h3>Leegstandsheffing: hoger, met een uitzondering voor starters</h3>
<p>Vanaf 2027 stijgt de heffing op handelspanden die langer dan twee jaar leegstaan met de helft. Een verdubbeling
vond het college te zwaar voor eigenaars die hun pand echt niet verhuurd krijgen. De vrijstelling voor eigenaars die
hun pand tijdelijk aan een starter verhuren, komt er wel zoals gevraagd.</p></div>

<div class="art"><h3>Cijfers</h3>
<p>Haverdonk telt 1.284 handelszaken en horecazaken. In 2025 startten er 97 nieuwe zaken en stopten er 88. De
weekmarkt op zaterdag lokt gemiddeld 3.400 bezoekers.</p></div>

<div class="art kort"><h3>Kort</h3>
<p><b>Centrummanager.</b> Een centrummanager zou een mooie brug zijn tussen stad en ondernemers. Of daar in het
meerjarenplan geld voor is, bekijken we bij de budgetwijziging van volgend voorjaar; een beslissing is er nog
niet.</p>
<p><b>Gevelpremie.</b> Goed nieuws voor cafés en vrije beroepen: het subsidiereglement gevelrenovatie wordt vanaf
1 januari 2027 ook voor hen opengesteld. De gemeenteraad keurt het aangepaste reglement in november goed.</p></div>

<div class="art"><h3>Agenda</h3>
<p>Ondernemersontbijt op dinsdag 18 november om 7.30 uur in zaal De Schakel, met een toelichting over de nieuwe
premies. Inschrijven via de dienst Lokale Economie.</p></div>
</div>
<p class="small">Verantwoordelijke uitgever: Lieve Vermeulen, schepen van Lokale Economie, Stadhuis, Grote Markt 1,
Haverdonk. Vragen? Mail naar de dienst Lokale Economie of bel het ondernemersloket.</p>
</body></html>"""


def expected():
    recs = [
        (1, "De raad adviseert het stadsbestuur om de leegstandsheffing voor handelspanden",
         "Een verdubbeling vond het college te zwaar", "partly"),
        (2, "Daarnaast vragen wij een starterspremie van maximaal 10.000 euro",
         "kan rekenen op een starterspremie tot 10.000 euro", "agrees"),
        (3, "De raad adviseert het stadsbestuur om het eerste halfuur parkeren",
         "maar het college gaat er niet op in", "disagrees"),
        (4, "Wij vragen het stadsbestuur daarom om de handelaars minstens drie",
         "persoonlijke uitnodiging voor een infomoment met de werfcoördinator", "agrees"),
        (5, "Voorts beveelt de raad aan om een centrummanager aan te stellen",
         "bekijken we bij de budgetwijziging van volgend voorjaar", "noted"),
        (6, "De raad adviseert om het reglement vanaf 2027 ook open",
         "wordt vanaf 1 januari 2027 ook voor hen opengesteld", "agrees"),
        (7, "Ten slotte vraagt de raad om samen met de handelaarsverenigingen een", None, "unanswered"),
    ]
    unmatched = ["Drie nieuwe zaken openden deze zomer hun deuren",
                 "In 2025 startten er 97 nieuwe zaken",
                 "Ondernemersontbijt op dinsdag 18 november om 7.30 uur"]
    notes = ("Advice: a Flemish city's Lokale Economische Raad's advice on vacancy and the shopping centre (Chromium, "
             "2 p.); the seven recommendations are UNNUMBERED sentences in running text under themes: 1 and 2 in "
             "one paragraph after findings ('De raad adviseert ... om de leegstandsheffing', 'Daarnaast vragen "
             "wij een starterspremie'), 3 in bold ending a paragraph, 4 after a finding ('Wij vragen het "
             "stadsbestuur daarom'), 5 mid-paragraph ('Voorts beveelt de raad aan'), 6 and 7 as paragraphs under "
             "'Samenwerking'; the theme 'Beleving' has none. Traps: the retail decree paraphrased with 'moet', "
             "'De raad stelt vast' findings, a numbered list 1.-4. of survey questions, the 2023 advice quoted "
             "as an imperative ('Maak van de Kerkstraat ...'), a closing request to answer 'de vragen over parkeren "
             "en leegstand'. Response: the city's NIEUWSBRIEF for entrepreneurs: a masthead, the alderman's column "
             "(2 agrees: starter premium up to 10,000 euro from 2027), then articles in two columns by content: "
             "parking (3 disagrees: no free half hour), road works (4 agrees: three months' notice, a hindrance "
             "premium), 'Nieuw in de Kerkstraat' (nothing), vacancy tax (1 partly: raised by half not doubled; the "
             "exemption for letting to a starter granted), 'Cijfers' (nothing), 'Kort' with run-ins "
             "'Centrummanager.' (5 noted: looked at in next spring's budget change, no decision) and "
             "'Gevelpremie.' (6 agrees: opened to cafes and liberal professions from 2027), 'Agenda' (nothing); "
             "7 (digital gift voucher) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Lokale Economische Raad Haverdonk - advies LER 2026/03 - leegstand en "
            "kernversterking", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Ondernemen in Haverdonk - nieuwsbrief nr. 9 - oktober 2026", "{n}",
            F["Regular"])
    expected()

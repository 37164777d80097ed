"""Round 127 (nl): the ADVIES of a Flemish city's SPORTRAAD on the draft subsidy regulation for sports clubs, the
comments SPLIT OVER ARTICLE SUB-HEADINGS ('Artikel 3 - Erkenning', ...), each recommendation an UNNUMBERED
paragraph in a left-ruled block under a small label 'Advies', one article with two, one article with none; answered
by the city's WEB PAGE 'Jouw advies, ons antwoord' (printed from the browser: breadcrumb, 'Laatst bijgewerkt',
QUOTES of each advice as 'De sportraad vroeg: ...' in grey boxes, each followed by 'Ons antwoord').

Advice (Chromium headless, sans, 2 p., blue title band, stamped head from p. 2, 'p. n/m'): the Decreet over het
lokaal bestuur paraphrased with 'moet' (trap), a quoted draft article with 'moet' (trap), a numbered list 1.-3. of
survey results (trap), the council's 2021 advice quoted as an imperative (trap), an article without advice, a
closing line naming 'de adviezen bij artikel 5 en artikel 10' (trap). Response (Chromium, 2 p.): intro (nothing);
quoted advices answered in the order 4, 1, 2, 5, 3, 6; 'Wat verandert er nog meer?', 'Wanneer gaat het nieuwe
reglement in?' and 'Vragen?' (nothing); 7 never answered. Verdicts: 1 agrees, 2 partly, 3 disagrees, 4 agrees,
5 agrees, 6 noted, 7 unanswered. All bodies, places, people, figures and reference numbers invented; the Decreet over
het lokaal bestuur is named as context only.

Run: /tmp/blind127nl/bin/python tests/docs/src/blind127/gen_nl_sportraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b127nl as B  # noqa: E402

NAME = "blind127_nl_sportraad"
F = B.tmp_fonts()
SANS = "B127NL Sans"
BLUE = "#1f4e8c"
PALE = "#e8eef6"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.1cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.22cm 0; }}
.band {{ background: {BLUE}; color: white; padding: 0.35cm 0.45cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 16pt; margin: 0 0 0.06cm 0; }}
.band p {{ font-size: 8.8pt; margin: 0; }}
h2 {{ font-size: 11pt; color: {BLUE}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.26cm 0 0.08cm 0; break-after: avoid; }}
ol {{ margin: 0 0 0.22cm 0; padding-left: 0.7cm; }}
li {{ margin-bottom: 0.06cm; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.22cm 0.8cm; color: #333; }}
.adv {{ border-left: 3px solid {BLUE}; padding: 0.04cm 0 0.04cm 0.3cm; margin: 0.08cm 0 0.24cm 0;
        break-inside: avoid; }}
.adv .lab {{ font-size: 7.6pt; font-weight: bold; color: {BLUE}; letter-spacing: 0.04em; margin-bottom: 0.02cm; }}
.adv p {{ margin: 0; }}
.small {{ font-size: 8.4pt; color: #444; }}
.crumb {{ font-size: 8pt; color: #555; margin-bottom: 0.2cm; }}
.site {{ border-bottom: 3px solid {BLUE}; padding-bottom: 0.15cm; margin-bottom: 0.25cm; }}
.site .t {{ font-size: 15pt; font-weight: bold; color: {BLUE}; }}
.site .m {{ font-size: 8.2pt; color: #555; }}
.page h1 {{ font-size: 17pt; margin: 0.1cm 0 0.15cm 0; }}
.lead {{ font-size: 10.4pt; }}
.quote {{ background: {PALE}; padding: 0.2cm 0.3cm; margin: 0.18cm 0 0.1cm 0; break-inside: avoid; }}
.quote p {{ margin: 0; }}
.ans {{ margin: 0 0 0.25cm 0.3cm; }}
.ans b {{ color: {BLUE}; }}
.contact {{ border: 1px solid #bbb; padding: 0.2cm 0.3cm; font-size: 9pt; break-inside: avoid; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies SR/2026/06</title>{CSS}
</head><body>
<div class="band"><h1>Sterke clubs, sterke stad</h1>
<p>Advies van de Sportraad Melderbeke over het ontwerp van subsidiereglement voor sportverenigingen 2027-2031</p>
<p>Advies SR/2026/06 - goedgekeurd op de algemene vergadering van 22 oktober 2026 - aan het college van burgemeester
en schepenen</p></div>

<h2>Situering</h2>
<p>Het college vroeg de sportraad op 12 september 2026 om advies over het ontwerp van een nieuw subsidiereglement
voor de erkende sportverenigingen. Volgens het Decreet over het lokaal bestuur moet de gemeente haar adviesraden
betrekken bij het beleid dat hen aanbelangt, en moet zij een advies motiveren als zij ervan afwijkt. De sportraad
telt 24 clubvertegenwoordigers en vijf deskundigen.</p>
<p>Ter voorbereiding bevroegen wij alle 52 erkende clubs; 38 clubs vulden de vragenlijst in. De belangrijkste
resultaten:</p>
<ol>
<li>29 clubs vinden het huidige aanvraagdossier te ingewikkeld en te tijdrovend voor vrijwilligers.</li>
<li>21 clubs hebben het voorbije jaar een jeugdlid moeten weigeren bij gebrek aan trainers.</li>
<li>17 clubs hebben de voorbije vijf jaar zelf in hun accommodatie geïnvesteerd, meestal met leningen.</li>
</ol>
<p>De sportraad is tevreden dat het ontwerp de jeugdwerking centraal zet. In ons advies van 2021 vroegen wij al:
<i>'Maak de subsidieregels eenvoudiger, zodat ook kleine clubs hun weg vinden.'</i> Het ontwerp zet daarin een eerste
stap. Hieronder volgen onze opmerkingen per artikel.</p>

<h2>Opmerkingen per artikel</h2>
<h3>Artikel 3 - Erkenning</h3>
<p>Het ontwerp erkent enkel clubs met minstens vijftien aangesloten leden. Clubs die sport aanbieden voor personen met
een beperking halen dat aantal zelden, terwijl zij net veel begeleiding vragen.</p>
<div class="adv"><div class="lab">ADVIES</div><p>De sportraad vraagt om ook clubs met minder dan vijftien leden te
erkennen wanneer zij G-sport aanbieden voor personen met een beperking.</p></div>

<h3>Artikel 5 - Basissubsidie</h3>
<p>Het basisbedrag van 250 euro per club is sinds 2014 niet aangepast. Door de gestegen energie- en
verzekeringskosten dekt het vandaag nauwelijks de aansluiting bij een federatie.</p>
<div class="adv"><div class="lab">ADVIES</div><p>Wij adviseren het basisbedrag per erkende club te verhogen van 250
naar 400 euro per jaar, en het daarna jaarlijks te indexeren.</p></div>

<h3>Artikel 6 - Jeugdwerking</h3>
<p>Het ontwerp bepaalt in artikel 6, paragraaf 2: <i>'Enkel jeugdleden die in Melderbeke gedomicilieerd zijn, komen in
aanmerking. De club moet hiervoor een ledenlijst met geboortedatum en woonplaats voorleggen.'</i> Veel clubs trekken
echter jongeren uit de buurgemeenten aan, vooral in sporten die daar niet worden aangeboden.</p>
<div class="adv"><div class="lab">ADVIES</div><p>Tel voor de jeugdsubsidie ook de jeugdleden mee die in een
buurgemeente wonen, zolang zij wekelijks in Melderbeke trainen.</p></div>
<div class="adv"><div class="lab">ADVIES</div><p>Vervang daarnaast het papieren aanvraagdossier door een eenvoudig
digitaal loket, met een enkele aanvraag per jaar voor alle subsidies samen.</p></div>

<h3>Artikel 8 - Gekwalificeerde trainers</h3>
<p>Het ontwerp geeft punten voor gediplomeerde trainers, maar niets voor clubs die nieuwe trainers laten opleiden.
Net daar zit het tekort.</p>
<div class="adv"><div class="lab">ADVIES</div><p>De sportraad stelt voor een extra toelage van 150 euro toe te
kennen voor elke trainer die tijdens het werkjaar een erkend trainersdiploma behaalt.</p></div>

<h3>Artikel 9 - Sportkampen en evenementen</h3>
<p>Over artikel 9 heeft de sportraad geen opmerkingen. De regeling voor sportkampen en sportevenementen werkt goed en
wordt door de clubs gewaardeerd.</p>

<h3>Artikel 10 - Infrastructuur</h3>
<p>Het ontwerp voorziet voor infrastructuur alleen een kleine toelage binnen de werkingssubsidie. Clubs die zelf een
kantine of kleedruimte beheren, staan voor grote investeringen.</p>
<div class="adv"><div class="lab">ADVIES</div><p>De sportraad vraagt een apart investeringsfonds voor
clubinfrastructuur, los van de werkingssubsidies, voor bijvoorbeeld kleedkamers, verlichting en
energiebesparing.</p></div>

<h3>Artikel 14 - Evaluatie</h3>
<p>Het ontwerp zegt niets over een evaluatie van het reglement.</p>
<div class="adv"><div class="lab">ADVIES</div><p>Evalueer het reglement na twee volledige werkingsjaren samen met de
sportraad en een vertegenwoordiging van de clubs.</p></div>

<h2>Besluit</h2>
<p>De sportraad geeft een gunstig advies over het ontwerp, onder voorbehoud van de bovenstaande opmerkingen. Wij
vragen het college bijzondere aandacht voor de adviezen bij artikel 5 en artikel 10.</p>
<p class="small">Voor de sportraad: Kristof Van Hulle, voorzitter - Ine Baeyens, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Jouw advies, ons antwoord</title>
{CSS}</head><body>
<div class="site"><div class="t">stad Melderbeke</div><div class="m">Wonen - Vrije tijd - Ondernemen - Bestuur</div>
</div>
<div class="crumb">Home &gt; Vrije tijd &gt; Sport &gt; Subsidies voor sportclubs &gt; Jouw advies, ons antwoord</div>
<div class="page">
<h1>Subsidiereglement sportclubs: jouw advies, ons antwoord</h1>
<p class="small">Laatst bijgewerkt op 3 december 2026</p>
<p class="lead">Het nieuwe subsidiereglement voor sportverenigingen is klaar. Hieronder lees je wat de stad doet met het
advies van de sportraad.</p>

<h2>Hoe kwam het reglement tot stand?</h2>
<p>Eind september legden we het ontwerp voor aan de sportraad en aan alle erkende clubs. In oktober kwamen er
naast het advies van de sportraad nog 14 reacties van clubs binnen. Het college besprak alle reacties op 26 november
2026 en paste het reglement op een aantal punten aan.</p>

<h2>Wat vroeg de sportraad, en wat doen we ermee?</h2>
<div class="quote"><p>De sportraad vroeg: een digitaal loket in plaats van het papieren dossier, met een enkele
aanvraag per jaar.</p></div>
<div class="ans"><p><b>Ons antwoord:</b> dat komt er. Vanaf de aanvraagronde 2027 dien je alle aanvragen in via het
e-loket op Mijn Melderbeke, met een formulier voor het hele werkjaar. De sportdienst helpt clubs die daar vragen
over hebben.</p></div>

<div class="quote"><p>De sportraad vroeg: G-sportclubs ook erkennen als zij minder dan vijftien leden hebben.</p></div>
<div class="ans"><p><b>Ons antwoord:</b> dat nemen we over. Een G-sportclub wordt voortaan erkend vanaf vijf leden, op
voorwaarde dat de club minstens een begeleider met een diploma heeft.</p></div>

<div class="quote"><p>De sportraad vroeg: een hoger basisbedrag, 400 euro in plaats van 250 euro, en een jaarlijkse
indexering.</p></div>
<div class="ans"><p><b>Ons antwoord:</b> we verhogen het basisbedrag naar 325 euro en koppelen het aan de index.
Een verhoging naar 400 euro voor alle 52 clubs past niet binnen het budget van het meerjarenplan.</p></div>

<div class="quote"><p>De sportraad vroeg: een toelage voor clubs waarvan een trainer een diploma haalt.</p></div>
<div class="ans"><p><b>Ons antwoord:</b> ja. Elke nieuw gediplomeerde trainer levert de club vanaf 2027 een
eenmalige toelage op van 150 euro. Zo willen we het tekort aan trainers helpen wegwerken.</p></div>

<div class="quote"><p>De sportraad vroeg: jeugdleden uit buurgemeenten meetellen voor de jeugdsubsidie.</p></div>
<div class="ans"><p><b>Ons antwoord:</b> dat doen we niet. Met de jeugdsubsidie ondersteunt de stad de jeugd van
Melderbeke; de buurgemeenten hebben elk hun eigen reglement. Jeugdleden van buiten Melderbeke blijven dus buiten de
berekening. Ze blijven natuurlijk welkom in onze clubs.</p></div>

<div class="quote"><p>De sportraad vroeg: een apart investeringsfonds voor de infrastructuur van clubs.</p></div>
<div class="ans"><p><b>Ons antwoord:</b> een apart fonds is niet voorzien in het huidige meerjarenplan. We bekijken
de vraag bij de volgende aanpassing van het meerjarenplan, in het najaar van 2027.</p></div>

<h2>Wat verandert er nog meer?</h2>
<p>Op vraag van drie clubs mag een sportkamp voortaan ook in een schoolvakantie van een week plaatsvinden. Verder
zijn een paar definities in het reglement verduidelijkt.</p>

<h2>Wanneer gaat het nieuwe reglement in?</h2>
<p>De gemeenteraad stemt op 16 december 2026 over het reglement. Keurt de raad het goed, dan geldt het vanaf 1 januari
2027. De eerste aanvraagronde loopt van 1 februari tot 31 maart 2027.</p>

<h2>Vragen?</h2>
<div class="contact"><p>Sportdienst Melderbeke - Sportlaan 2, Melderbeke - sport@melderbeke.be - 053 44 18 20</p>
<p>Ook bij de uitleg over het e-loket kan je bij ons terecht, elke werkdag van 9 tot 12 uur.</p></div>
</div>
</body></html>"""


def expected():
    recs = [
        (1, "De sportraad vraagt om ook clubs met minder dan vijftien",
         "Een G-sportclub wordt voortaan erkend vanaf vijf leden", "agrees"),
        (2, "Wij adviseren het basisbedrag per erkende club te verhogen van",
         "we verhogen het basisbedrag naar 325 euro", "partly"),
        (3, "Tel voor de jeugdsubsidie ook de jeugdleden mee die in",
         "Jeugdleden van buiten Melderbeke blijven dus buiten de berekening", "disagrees"),
        (4, "Vervang daarnaast het papieren aanvraagdossier door een eenvoudig digitaal loket",
         "Vanaf de aanvraagronde 2027 dien je alle aanvragen in", "agrees"),
        (5, "De sportraad stelt voor een extra toelage van 150 euro",
         "levert de club vanaf 2027 een eenmalige toelage op", "agrees"),
        (6, "De sportraad vraagt een apart investeringsfonds voor clubinfrastructuur, los van",
         "We bekijken de vraag bij de volgende aanpassing", "noted"),
        (7, "Evalueer het reglement na twee volledige werkingsjaren samen met de", None, "unanswered"),
    ]
    unmatched = ["Eind september legden we het ontwerp voor aan",
                 "mag een sportkamp voortaan ook in een schoolvakantie",
                 "De gemeenteraad stemt op 16 december 2026 over",
                 "Ook bij de uitleg over het e-loket kan je"]
    notes = ("Advice: the ADVIES 'Sterke clubs, sterke stad' of a Flemish city's SPORTRAAD on the draft subsidy "
             "regulation for sports clubs (Chromium, 2 p.); the comments are SPLIT OVER ARTICLE SUB-HEADINGS "
             "('Artikel 3 - Erkenning' ... 'Artikel 14 - Evaluatie'), each recommendation an UNNUMBERED paragraph in "
             "a left-ruled block labelled 'ADVIES' ('De sportraad vraagt om ...', 'Wij adviseren ...', 'Tel ...', "
             "'Vervang daarnaast ...', 'De sportraad stelt voor ...', 'Evalueer ...'); article 6 holds two, "
             "article 9 none. Traps: the Decreet over het lokaal bestuur paraphrased with 'moet', the draft article "
             "6 quoted with 'moet', a numbered list 1.-3. of survey results, the 2021 advice quoted as an "
             "imperative ('Maak de subsidieregels eenvoudiger ...'), a 'Besluit' naming 'de adviezen bij artikel 5 "
             "en artikel 10'. Response: the city's WEB PAGE 'Subsidiereglement sportclubs: jouw advies, ons "
             "antwoord' (site bar, breadcrumb, 'Laatst bijgewerkt'), with each advice QUOTED in a grey box 'De "
             "sportraad vroeg: ...' (a paraphrase) followed by 'Ons antwoord:', in the order 4, 1, 2, 5, 3, 6: "
             "4 agrees (e-loket from the 2027 round), 1 agrees (G-sport clubs recognised from five members), "
             "2 partly (325 euro and indexed, not 400), 5 agrees (one-off 150 euro per newly qualified trainer), "
             "3 disagrees (youth from neighbouring gemeenten not counted), 6 noted (looked at in the next budget "
             "change, autumn 2027). 'Hoe kwam het reglement tot stand?', 'Wat verandert er nog meer?' (sports "
             "camps, article 9 where the advice had no recommendation), 'Wanneer gaat het nieuwe reglement in?' and "
             "'Vragen?' answer nothing; 7 (evaluation after two years with the sportraad) never answered: "
             "unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Sportraad Melderbeke - advies SR/2026/06 - ontwerp-subsidiereglement "
            "sportverenigingen", "p. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "melderbeke.be/sport/subsidies/jouw-advies-ons-antwoord", "{n}/{m}",
            F["Regular"], skip_first=False)
    expected()

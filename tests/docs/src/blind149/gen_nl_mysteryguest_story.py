"""Round 149 (nl): the RAPPORT MYSTERY GUEST-ONDERZOEK of an (invented) research bureau on a municipality's customer
service (telephone, counter, e-mail, chat); its seven recommendations are a NUMBERED LIST 1.-7. under '6
Aanbevelingen', after a numbered list of conclusions 1.-6. in exactly the same style under '5 Conclusies'; answered
by the municipal secretary's MANAGEMENTREACTIE in running text that refers to the recommendations by ORDINALS ('de
eerste aanbeveling', 'de vijfde') and by paraphrase, in another order, one paragraph answering two with different
verdicts, one paragraph answering a conclusion.

Advice (PyMuPDF Story from HTML, sans, wine-red headings, metadata table, a score table per channel, stamped head,
'pagina n van m'): the municipality's service charter quoted with 'moeten' (trap), the 2023 client survey's advice
quoted as an imperative ('Zet op de website bij elk product ...', carried out, trap), conclusions 1.-6. in exactly
the recommendations' style (trap), 'Wij raden af om de telefonische bereikbaarheid met een chatbot op te vangen'
(trap), a closing naming 'de eerste en de tweede aanbeveling' (trap); expected numbers 1-7 in reading order.
Response (Story, stamped, 'pagina n'): 1 agrees (callback within two working days as a hard field in the CRM from
January), the 'derde conclusie' paragraph (phone queue, unmatched), 3 agrees (automatic acknowledgement with the
term), 2 partly (access to the tax system yes, the permits system not before the migration), 5 agrees (B1 letters,
the language panel), ONE paragraph = 4 disagrees (no Thursday evening opening) + 6 noted (Saturday chat is for the
regional KCC partnership to decide), chatbot (unmatched); 7 (a yearly repeat with the results to the council)
unanswered; the introduction and closing answer nothing. All bodies, places, people, figures and reference numbers
invented.

Run: /tmp/blind149nl/bin/python tests/docs/src/blind149/gen_nl_mysteryguest_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b149nl as B  # noqa: E402

NAME = "blind149_nl_mysteryguest"
F = B.tmp_fonts()
INK = "#7a1f2b"

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
p.l {{ text-align: left; }}
ol {{ margin-top: 0; margin-bottom: 6pt; }}
li {{ margin-bottom: 3pt; text-align: left; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #d7b9be; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
table.grid {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.grid td, table.grid th {{ font-size: 8.5pt; border: 1px solid #c49aa1; padding: 3px; vertical-align: top;
                                text-align: left; }}
table.grid th {{ background-color: {INK}; color: #ffffff; }}
"""

CONCL = [
    "De medewerkers zijn vriendelijk en behulpzaam: bij 91 procent van de contacten gaven de mystery guests een "
    "voldoende voor de bejegening.",
    "Vragen over de status van een vergunningaanvraag of een aanslag kon het Klantcontactcentrum (KCC) in twee op de "
    "drie gevallen niet zelf beantwoorden.",
    "De gemiddelde wachttijd aan de telefoon was 3 minuten en 40 seconden; op maandagochtend liep die op tot ruim "
    "negen minuten.",
    "Van de twintig terugbelverzoeken werden er zeven niet binnen de beloofde termijn en drie helemaal niet "
    "afgehandeld.",
    "E-mails kregen gemiddeld na acht werkdagen een inhoudelijk antwoord; een ontvangstbevestiging bleef meestal uit.",
    "De brieven over de afvalstoffenheffing en de kwijtschelding waren voor vier van de zes mystery guests met "
    "beperkte leesvaardigheid niet te begrijpen.",
]

RECS = [
    "Bel burgers die om een terugbelverzoek vragen binnen twee werkdagen terug en maak die termijn een verplicht "
    "veld in het klantcontactsysteem.",
    "Geef de medewerkers van het KCC leesrechten in de zaaksystemen van Vergunningen en Belastingen, zodat zij vragen "
    "over de stand van zaken zelf kunnen beantwoorden.",
    "Stuur bij elke e-mail direct een ontvangstbevestiging met de termijn waarbinnen een antwoord volgt, en "
    "beantwoord e-mails binnen vijf werkdagen inhoudelijk.",
    "Open de publieksbalie op donderdag tot 20.00 uur, zodat werkende inwoners niet vrij hoeven te nemen.",
    "Herschrijf de standaardbrieven en de webteksten over de afvalstoffenheffing en de kwijtschelding op taalniveau "
    "B1 en test ze met inwoners.",
    "Maak de chat ook op zaterdag van 10.00 tot 14.00 uur bereikbaar.",
    "Laat het mystery guest-onderzoek elk jaar herhalen en bespreek de uitkomsten met de gemeenteraad.",
]


def ol(items):
    return "<ol>" + "".join(f"<li>{t}</li>" for t in items) + "</ol>"


ADVICE = f"""<html><body>
<p class="small">Onderzoeksbureau Spiegelbeeld - klantonderzoek voor overheden - Havenkade 61, 1781 ZP Texelsdam -
info@spiegelbeeld-onderzoek.example</p>
<h1>Rapport mystery guest-onderzoek dienstverlening gemeente Graafwerven</h1>
<p class="small">onderzoek naar telefoon, balie, e-mail en chat in mei en juni 2027</p>
<table class="meta">
<tr><td class="lab">Opdrachtgever</td><td>gemeente Graafwerven, directie Dienstverlening</td></tr>
<tr><td class="lab">Onderzoekers</td><td>drs. F. Schoemaker en N. Öztürk</td></tr>
<tr><td class="lab">Kenmerk</td><td>SB-27-044</td></tr>
<tr><td class="lab">Datum</td><td>30 augustus 2027</td></tr>
</table>
<h2>1 Aanleiding</h2>
<p>De gemeente Graafwerven wil weten hoe haar dienstverlening in de praktijk uitpakt. In het dienstverleningshandvest
2025 belooft de gemeente onder meer: 'Inwoners moeten ons binnen één werkdag kunnen spreken en moeten binnen twee
werkdagen worden teruggebeld.' Bij het klanttevredenheidsonderzoek van 2023 kreeg de gemeente het advies:</p>
<p class="quote">'Zet op de website bij elk product de doorlooptijd en de kosten, zodat inwoners weten waar zij aan
toe zijn.'</p>
<p>Dat advies is inmiddels uitgevoerd.</p>
<h2>2 Werkwijze</h2>
<p>Twaalf getrainde mystery guests, onder wie zes met beperkte leesvaardigheid, legden in mei en juni 2027 samen 120
contacten met de gemeente. Zij stelden vooraf opgestelde vragen, bijvoorbeeld over een verhuizing, een
kapvergunning, de afvalstoffenheffing en een gehandicaptenparkeerkaart, en beoordeelden elk contact met een
vragenlijst.</p>
<h2>3 Uitkomsten per kanaal</h2>
<table class="grid">
<tr><th>Kanaal</th><th>Contacten</th><th>Rapportcijfer</th><th>Vraag direct beantwoord</th></tr>
<tr><td>Telefoon</td><td>40</td><td>7,2</td><td>63 procent</td></tr>
<tr><td>Balie</td><td>30</td><td>7,9</td><td>77 procent</td></tr>
<tr><td>E-mail</td><td>30</td><td>6,1</td><td>50 procent</td></tr>
<tr><td>Chat</td><td>20</td><td>7,4</td><td>70 procent</td></tr>
</table>
<h2>4 Toelichting</h2>
<p>Het beeld is in grote lijnen positief. Aan de balie werden de mystery guests goed en snel geholpen. Aan de telefoon
liep het vaak vast zodra een vraag over een lopende zaak ging: de medewerker kon dan niet in het systeem kijken en
beloofde terug te bellen. Wie dan niet werd teruggebeld, belde opnieuw, wat de wachttijd weer verhoogde.</p>
<h2>5 Conclusies</h2>
{ol(CONCL)}
<h2>6 Aanbevelingen</h2>
<p>Op basis van deze conclusies doen wij de volgende aanbevelingen.</p>
{ol(RECS)}
<p>Wij raden af om de telefonische bereikbaarheid met een chatbot op te vangen. De mystery guests die een chatbot
van een andere gemeente probeerden, kwamen bij vragen over een lopende zaak niet verder.</p>
<h2>7 Tot slot</h2>
<p>De eerste en de tweede aanbeveling hangen samen: als het KCC meer zelf kan beantwoorden, zijn er minder
terugbelverzoeken. Wij danken de medewerkers van de gemeente voor hun medewerking aan de nabespreking.</p>
<p class="small">Onderzoeksbureau Spiegelbeeld<br>drs. F. Schoemaker, senior onderzoeker</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Gemeente Graafwerven - de gemeentesecretaris - Raadhuisstraat 5, 1790 BB Graafwerven</p>
<h1>Managementreactie op het mystery guest-onderzoek 2027</h1>
<p class="small">aan het college van burgemeester en wethouders, ter kennisname aan de auditcommissie van de raad -
kenmerk GS/2027/0587 - 4 oktober 2027</p>
<p>Het rapport van Onderzoeksbureau Spiegelbeeld is besproken in het managementteam en met de teamleiders van het
Klantcontactcentrum. Wij zijn blij met de goede waardering voor de bejegening en herkennen de knelpunten. Hieronder
leest u welke aanbevelingen wij overnemen en waar wij een andere keuze maken.</p>
<p>Het terugbellen heeft voor ons de hoogste prioriteit. De eerste aanbeveling nemen wij volledig over: vanaf 1
januari 2028 is de terugbeltermijn van twee werkdagen een verplicht veld in het klantcontactsysteem, en de
teamleider ziet dagelijks welke verzoeken nog openstaan.</p>
<p>Over de wachttijd op maandagochtend (de derde conclusie): daar zetten wij met ingang van november twee extra
medewerkers in.</p>
<p>Ook de ontvangstbevestiging bij e-mails voeren wij in. Iedere afzender krijgt voortaan automatisch een bericht
met de termijn van vijf werkdagen, en het team E-mail rapporteert maandelijks over de afhandeltijd.</p>
<p>De tweede aanbeveling voeren wij voor een deel uit. KCC-medewerkers krijgen in december leesrechten in het
belastingsysteem. Het zaaksysteem van Vergunningen wordt in 2028 vervangen; toegang daartoe regelen wij pas na die
migratie.</p>
<p>De brieven en webteksten over de afvalstoffenheffing en de kwijtschelding worden in het eerste kwartaal van 2028
herschreven. Het taalpanel van de gemeente, met inwoners die moeite hebben met lezen, test de nieuwe teksten vooraf.</p>
<p>Dan de openingstijden. Een avondopenstelling van de balie op donderdag komt er niet: bij de proef in 2022 kwamen
er gemiddeld vier bezoekers per avond, en inwoners kunnen al vanaf 8.00 uur op afspraak terecht. De chat is een
gezamenlijke voorziening van het regionale KCC-samenwerkingsverband; het verzoek om openstelling op zaterdag hebben
wij doorgezet naar het bestuur van dat samenwerkingsverband, dat daarover beslist.</p>
<p>Een chatbot staat niet op onze planning; wij delen de aarzeling van de onderzoekers.</p>
<p>Wij stellen voor dat de directie Dienstverlening het college elk halfjaar informeert over de voortgang van deze
verbeteringen.</p>
<p class="small">De gemeentesecretaris,<br>mr. drs. C. van Wijngaarden</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Onderzoeksbureau Spiegelbeeld - mystery guest-onderzoek gemeente Graafwerven - "
            "SB-27-044", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Gemeente Graafwerven - managementreactie mystery guest-onderzoek - "
            "GS/2027/0587", "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Bel burgers die om een terugbelverzoek vragen binnen twee werkdagen",
         "De eerste aanbeveling nemen wij volledig over", "agrees"),
        ("2", "Geef de medewerkers van het KCC leesrechten in de zaaksystemen",
         "toegang daartoe regelen wij pas na die migratie", "partly"),
        ("3", "Stuur bij elke e-mail direct een ontvangstbevestiging met de termijn",
         "Iedere afzender krijgt voortaan automatisch een bericht", "agrees"),
        ("4", "Open de publieksbalie op donderdag tot 20.00 uur, zodat",
         "Een avondopenstelling van de balie op donderdag komt er niet", "disagrees"),
        ("5", "Herschrijf de standaardbrieven en de webteksten over de afvalstoffenheffing",
         "Het taalpanel van de gemeente, met inwoners die moeite", "agrees"),
        ("6", "Maak de chat ook op zaterdag van 10.00 tot 14.00",
         "hebben wij doorgezet naar het bestuur van dat samenwerkingsverband", "noted"),
        ("7", "Laat het mystery guest-onderzoek elk jaar herhalen en bespreek", None, "unanswered"),
    ], ["daar zetten wij met ingang van november twee extra medewerkers in",
        "Een chatbot staat niet op onze planning"],
        "Advice: the RAPPORT MYSTERY GUEST-ONDERZOEK of a research bureau on a municipality's customer service; the "
        "seven recommendations are a NUMBERED LIST 1.-7. under '6 Aanbevelingen' (expected numbers 1-7). Traps: "
        "the service charter quoted with 'moeten', the 2023 survey's advice quoted as an imperative (carried out), "
        "a score table per channel, conclusions 1.-6. in exactly the same list style under '5 Conclusies', 'Wij "
        "raden af om de telefonische bereikbaarheid met een chatbot op te vangen', a closing naming 'De eerste en "
        "de tweede aanbeveling'. Response: the municipal secretary's MANAGEMENTREACTIE in running text with "
        "ORDINALS and paraphrase, in the order 1 agrees ('De eerste aanbeveling nemen wij volledig over'), 'de "
        "derde conclusie' (unmatched), 3 agrees (automatic acknowledgement), 2 partly ('voor een deel': tax system "
        "now, permits after the migration), 5 agrees (B1 rewrite tested by the language panel), ONE paragraph = 4 "
        "disagrees (no Thursday evening opening) + 6 noted (Saturday chat passed to the regional partnership, which "
        "decides), chatbot (unmatched). 7 (yearly repeat, results to the council) is never answered; introduction "
        "and closing (half-yearly progress to the college) answer nothing.")
    print("written", NAME)

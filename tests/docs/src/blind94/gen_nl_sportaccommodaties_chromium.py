"""Round 94 (nl): the EINDRAPPORT of a RAADSWERKGROEP (council members' working group) on sports facilities,
answered in the VERSLAG (minutes) of the raadscommissie where the wethouder gives the college's reaction by code.

Advice: Raadswerkgroep Sportaccommodaties, gemeente Oosterwolde (Chromium, sans, teal sidebar on page 1, @page head
and 'pagina n van m'): conclusions C-1..C-4 as margin codes, Sportverordening art. 8 'moet', the 2018 motie quoted
with 'moet', a figures table; the seven recommendations as CODED BOXED ITEMS SA-1..SA-7. Response: verslag of the
commissie Samenleving, agendapunt 4, order SA-6, SA-1, 'SA-3 en SA-4', SA-5, SA-2; SA-7 unanswered. All invented.

Run: /tmp/blind94nl/bin/python tests/docs/src/blind94/gen_nl_sportaccommodaties_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b94nl as B  # noqa: E402

NAME = "blind94_nl_sportaccommodaties"
B.tmp_fonts()
FAM = "B94NL Sans"

CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%s"; font: 7.5pt '%s'; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt '%s'; color: #666; } }
body { font-family: '%s'; font-size: 9.4pt; line-height: 1.38; margin: 0; color: #1a1a1a; }
h1 { font-size: 16pt; color: #0f6e6e; margin: 0 0 4pt 0; }
h2 { font-size: 11pt; color: #0f6e6e; margin: 10pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
.top { display: flex; gap: 12pt; }
.side { width: 46mm; background: #e3f1f1; padding: 7pt; font-size: 8pt; line-height: 1.35; }
.main { flex: 1; }
.c { display: flex; gap: 8pt; margin: 0 0 5pt 0; }
.code { width: 34pt; flex: none; font-weight: bold; color: #0f6e6e; }
.rec { border: 1pt solid #0f6e6e; background: #f4fafa; padding: 5pt 7pt; margin: 0 0 5pt 0; display: flex; gap: 8pt;
  break-inside: avoid; }
.rec .code { color: #0f6e6e; }
table { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 3pt 0 7pt 0; }
th, td { border-bottom: 0.6pt solid #9bbcbc; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #0f6e6e; color: white; }
td.n { text-align: right; }
.meta td { border: none; padding: 1pt 4pt 1pt 0; }
.q { margin: 2pt 24pt 6pt 24pt; font-style: italic; }
"""


def page(title, head, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (title, CSS % (head, FAM, FAM, FAM), body))


ADVICE = """
<div class="top"><div class="side"><b>Raadswerkgroep Sportaccommodaties</b><br><br>Ingesteld door de raad op
2 april 2025 (raadsbesluit 2025-031).<br><br><b>Leden</b><br>Ilse Koopmans (VVD), voorzitter<br>Ahmed Bouzid (PvdA)
<br>Gerrit Lenters (CDA)<br>Sanne de Wit (GroenLinks)<br>Tom Hekkert (Lokaal Oosterwolde)<br><br><b>Ondersteuning</b>
<br>griffie, mr. P. Smeenk<br><br>Kenmerk: RWG-SA/2025/3<br>Datum: 27 november 2025</div>
<div class="main"><h1>Sporten in Oosterwolde: accommodaties voor de toekomst</h1>
<p><b>Eindrapport van de raadswerkgroep Sportaccommodaties, aangeboden aan de gemeenteraad en het college van
burgemeester en wethouders van Oosterwolde</b></p>
<h2>1. Aanleiding en werkwijze</h2>
<p>De gemeente Oosterwolde beheert drie sporthallen, twaalf gymzalen, het overdekte zwembad De Spetter en vier
sportparken met samen negentien velden. Een groot deel van deze accommodaties is gebouwd tussen 1972 en 1985. In de
begroting 2025 werd duidelijk dat de onderhoudskosten sneller stijgen dan geraamd. De raad heeft daarom een werkgroep
van vijf raadsleden ingesteld die in kaart moest brengen wat er nodig is om de sportvoorzieningen op peil te
houden.</p>
<p>De werkgroep heeft tussen mei en oktober 2025 elf accommodaties bezocht, gesproken met 23 verenigingen, de
schoolbesturen en de exploitant van De Spetter, en de cijfers van de afdeling Vastgoed geanalyseerd.</p></div></div>
<h2>2. Feiten en cijfers</h2>
<table><tr><th>Accommodatie</th><th>Bouwjaar</th><th>Bezetting 2024</th><th>Achterstallig onderhoud</th></tr>
<tr><td>Sporthal De Brink</td><td>1974</td><td class="n">81%%</td><td class="n">EUR 640.000</td></tr>
<tr><td>Sporthal Het Veld</td><td>1983</td><td class="n">74%%</td><td class="n">EUR 310.000</td></tr>
<tr><td>Sporthal Oost</td><td>2009</td><td class="n">88%%</td><td class="n">EUR 45.000</td></tr>
<tr><td>Zwembad De Spetter</td><td>1978</td><td class="n">-</td><td class="n">EUR 2.350.000</td></tr>
<tr><td>Gymzalen (12)</td><td>1961-2012</td><td class="n">38%% (na 17.00 uur)</td><td class="n">EUR 520.000</td></tr>
</table>
<p>Artikel 8 van de Sportverordening Oosterwolde 2016 bepaalt dat het college een accommodatie pas aan een vereniging
mag verhuren als die accommodatie veilig is; volgens dat artikel moet het college daartoe elke twee jaar een
technische inspectie laten uitvoeren. Die inspecties vinden plaats, maar de uitkomsten worden niet vertaald in een
meerjarenplanning.</p>
<h2>3. Conclusies</h2>
<div class="c"><div class="code">C-1</div><div>Er is geen samenhangend beeld van de staat van de sportaccommodaties.
Onderhoud gebeurt vooral als er iets kapot is.</div></div>
<div class="c"><div class="code">C-2</div><div>Het zwembad De Spetter is technisch aan het einde van zijn levensduur.
Renovatie kost volgens het rapport van bureau Aquaplan circa 9 miljoen euro, nieuwbouw circa 14 miljoen.</div></div>
<div class="c"><div class="code">C-3</div><div>De gymzalen staan na schooltijd grotendeels leeg, terwijl verenigingen
en buurtsportcoaches om ruimte verlegen zitten.</div></div>
<div class="c"><div class="code">C-4</div><div>Verenigingen weten niet bij wie zij binnen de gemeente terechtkunnen;
zij worden gemiddeld drie keer doorverbonden.</div></div>
<p>De werkgroep herinnert eraan dat de raad in 2018 de motie 'Sporten voor iedereen' aannam, met als dictum: 'De
gemeente moet ervoor zorgen dat sporten voor jeugd in Oosterwolde betaalbaar blijft.' Sindsdien zijn de
huurtarieven met 19 procent gestegen.</p>
<h2>4. Aanbevelingen</h2>
<p>De werkgroep legt de raad de volgende aanbevelingen voor, met het verzoek het college te vragen deze uit te
voeren:</p>
<div class="rec"><div class="code">SA-1</div><div>Stel uiterlijk in 2026 een integraal accommodatieplan op voor alle
binnen- en buitensportaccommodaties, met een meerjarenonderhoudsplanning per gebouw.</div></div>
<div class="rec"><div class="code">SA-2</div><div>Kies niet voor renovatie van zwembad De Spetter, maar voor nieuwbouw
op sportpark Oosterhout, in combinatie met een nieuwe sporthal.</div></div>
<div class="rec"><div class="code">SA-3</div><div>Verlaag de huurtarieven van sporthallen en gymzalen voor
jeugdteams met 25 procent, met ingang van het seizoen 2026-2027.</div></div>
<div class="rec"><div class="code">SA-4</div><div>Stel de gymzalen van basisscholen na schooltijd structureel open voor
verenigingen en buurtsport, met een digitaal reserveringssysteem.</div></div>
<div class="rec"><div class="code">SA-5</div><div>Vervang de rubberkorrels op alle kunstgrasvelden vóór 2028 door een
natuurlijk of kurkachtig infill.</div></div>
<div class="rec"><div class="code">SA-6</div><div>Wijs binnen de gemeentelijke organisatie één accountmanager sport aan
als vast aanspreekpunt voor alle verenigingen.</div></div>
<div class="rec"><div class="code">SA-7</div><div>Laat het college de raad jaarlijks informeren met een sportmonitor
over bezetting, onderhoud en tarieven.</div></div>
<h2>5. Tot slot</h2>
<p>De werkgroep dankt de verenigingen, de schoolbesturen en de medewerkers van de afdelingen Vastgoed en Sport voor
hun openheid. Zij stelt voor dit rapport te bespreken in de commissie Samenleving van januari 2026, in aanwezigheid
van de portefeuillehouder Sport.</p>
<p>Namens de raadswerkgroep,<br>Ilse Koopmans, voorzitter</p>
"""

RESPONSE = """
<h1>Verslag commissie Samenleving</h1>
<table class="meta"><tr><td><b>Vergadering</b></td><td>dinsdag 20 januari 2026, 19.30 uur, raadzaal</td></tr>
<tr><td><b>Aanwezig</b></td><td>A. Kuipers (voorzitter), I. Koopmans, A. Bouzid, G. Lenters, S. de Wit, T. Hekkert,
R. Mulder, L. Visser; wethouder M. (Marco) Janssen (Sport en Vastgoed)</td></tr>
<tr><td><b>Notulist</b></td><td>J. Oosting, griffie</td></tr></table>
<h2>1. Opening en mededelingen</h2>
<p>De voorzitter opent om 19.32 uur de vergadering en heet iedereen welkom, in het bijzonder de vertegenwoordigers
van de sportverenigingen op de publieke tribune. Er zijn geen berichten van verhindering.</p>
<h2>2. Vaststelling verslag van 9 december 2025</h2>
<p>Het verslag wordt ongewijzigd vastgesteld.</p>
<h2>3. Parkeeroverlast sportpark De Bunders</h2>
<p>Mevrouw Visser vraagt naar de parkeeroverlast bij De Bunders op zaterdagochtend. De wethouder meldt dat de
verkeersregelaars van de voetbalvereniging sinds december weer worden ingezet en dat de situatie in het voorjaar
opnieuw wordt bekeken.</p>
<h2>4. Eindrapport raadswerkgroep Sportaccommodaties (RWG-SA/2025/3)</h2>
<p>Mevrouw Koopmans licht het rapport toe. Wethouder Janssen dankt de werkgroep en geeft per aanbeveling de reactie
van het college, zoals vastgesteld in de collegevergadering van 13 januari.</p>
<p><b>Ad SA-6.</b> De wethouder meldt dat deze aanbeveling al is uitgevoerd: sinds 1 december is mevrouw E. Brouwer
accountmanager sport en het vaste aanspreekpunt voor alle verenigingen. Haar gegevens zijn aan de verenigingen
gestuurd.</p>
<p><b>Ad SA-1.</b> Het college neemt de aanbeveling volledig over. Het accommodatieplan, met een
onderhoudsplanning per gebouw, wordt in het derde kwartaal van 2026 aan de raad voorgelegd.</p>
<p><b>Ad SA-3 en SA-4.</b> De wethouder zegt toe dat de gymzalen vanaf het nieuwe schooljaar na 17.00 uur openstaan
voor verenigingen en buurtsport; de schoolbesturen hebben daarmee ingestemd en het reserveringssysteem is besteld.
Een verlaging van de huurtarieven voor jeugdteams neemt het college niet over: de tarieven zijn in 2025 al
bevroren en een korting van een kwart kost jaarlijks circa 180.000 euro, waarvoor geen dekking is. De heer Bouzid
betreurt dit; hij overweegt een motie bij de begroting.</p>
<p><b>Ad SA-5.</b> Het college deelt de zorg over de rubberkorrels, maar vervangt vóór 2028 alleen de twee velden op
sportpark Oosterhout die toch aan vervanging toe zijn. De overige velden volgen bij hun reguliere vervanging, dus
later dan de werkgroep voorstelt.</p>
<p><b>Ad SA-2.</b> De wethouder geeft aan dat het college nog geen keuze maakt tussen renovatie en nieuwbouw. Er
loopt een haalbaarheidsonderzoek naar beide varianten, inclusief de locatie Oosterhout; de uitkomsten en een
voorstel komen in het najaar naar de raad. Het college neemt de voorkeur van de werkgroep daarin mee.</p>
<p>De commissie adviseert het rapport als bespreekstuk te agenderen voor de raad van 3 februari.</p>
<h2>5. Rondvraag en sluiting</h2>
<p>Er zijn geen vragen voor de rondvraag. De voorzitter dankt de aanwezigen en sluit de vergadering om 21.05 uur.</p>
"""

B.chromium_pdf(page("Sporten in Oosterwolde", "Gemeente Oosterwolde - Raadswerkgroep Sportaccommodaties - RWG-SA/2025/3",
                    ADVICE), NAME + "_advice.pdf")
B.chromium_pdf(page("Verslag commissie Samenleving", "Gemeente Oosterwolde - Verslag commissie Samenleving 20 januari 2026",
                    RESPONSE), NAME + "_response.pdf")
B.write_expected(NAME, [
    (1, "Stel uiterlijk in 2026 een integraal accommodatieplan op voor alle",
     "Het college neemt de aanbeveling volledig over", "agrees"),
    (2, "Kies niet voor renovatie van zwembad De Spetter, maar voor nieuwbouw",
     "het college nog geen keuze maakt tussen renovatie en nieuwbouw", "noted"),
    (3, "Verlaag de huurtarieven van sporthallen en gymzalen voor jeugdteams",
     "Een verlaging van de huurtarieven voor jeugdteams neemt het college niet over", "disagrees"),
    (4, "Stel de gymzalen van basisscholen na schooltijd structureel open",
     "de gymzalen vanaf het nieuwe schooljaar na 17.00 uur openstaan", "agrees"),
    (5, "Vervang de rubberkorrels op alle kunstgrasvelden vóór 2028 door een",
     "vervangt vóór 2028 alleen de twee velden", "partly"),
    (6, "Wijs binnen de gemeentelijke organisatie één accountmanager sport aan",
     "De wethouder meldt dat deze aanbeveling al is uitgevoerd", "agrees"),
    (7, "Laat het college de raad jaarlijks informeren met een sportmonitor", None, "unanswered"),
], ["De voorzitter opent om 19.32 uur de vergadering",
    "Mevrouw Visser vraagt naar de parkeeroverlast bij De Bunders",
    "De voorzitter dankt de aanwezigen en sluit de vergadering"],
    "Advice: eindrapport of a council working group, sidebar with members, a figures table, Sportverordening art. 8 "
    "'moet', the 2018 motie quoted with 'moet', conclusions C-1..C-4 in the same code form; recommendations as "
    "CODED BOXES SA-1..SA-7. Response: minutes of the commissie Samenleving, agendapunt 4 with 'Ad SA-x.' paragraphs, "
    "order SA-6, SA-1, 'SA-3 en SA-4', SA-5, SA-2; 'Ad SA-3 en SA-4' = SA-4 agrees (gymzalen open) + SA-3 disagrees "
    "(no tariff cut); SA-6 agrees (already done); SA-1 agrees; SA-5 partly (two fields); SA-2 noted (study, no "
    "choice yet); SA-7 unanswered; 'Opening en mededelingen', 'Parkeeroverlast sportpark De Bunders' and the "
    "closing answer nothing (also the short 'verslag vastgesteld' item).")

"""Round 139 (nl): the RAPPORT of an (invented) regional WMO-TOEZICHTHOUDER on a quality inspection of a sheltered
housing location (beschermd wonen); its seven recommendations are DECIMAL-NUMBERED '5.1'-'5.7' paragraphs under
'5 Aanbevelingen', after findings numbered '4.1'-'4.6' in exactly the same style; answered by the care provider's
REACTIE that paraphrases BY THEME under small headings, in another order, one paragraph answering two with different
verdicts.

Advice (PyMuPDF Story from HTML, sans, dark-cyan headings, norms table, stamped head from p. 2, 'pagina n van m'): the
Wmo 2015 paraphrased with 'moet' (trap), a table of norms and scores, findings 4.1-4.6 (trap), the 2024 recommendation
quoted as an imperative (carried out, trap), 'Wij bevelen niet aan om' (trap), a closing line naming 'aanbevelingen
5.1 en 5.3' (trap). Response (Story, stamped): 5.5 agrees, 5.1 agrees + 5.2 disagrees (one paragraph), 5.3
disagrees, 5.4 partly, 5.6 noted; 5.7 unanswered; introduction, 'Verbeterplan' and closing answer nothing. All bodies,
places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind139nl/bin/python tests/docs/src/blind139/gen_nl_wmotoezicht_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b139nl as B  # noqa: E402

NAME = "blind139_nl_wmotoezicht"
F = B.tmp_fonts()
CYAN = "#0f5f6b"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.5pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {CYAN}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {CYAN}; margin-top: 9pt; margin-bottom: 3pt; }}
h3 {{ font-size: 9.8pt; color: {CYAN}; margin-top: 6pt; margin-bottom: 1pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
.num {{ margin-left: 26pt; text-indent: -26pt; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
th {{ color: {CYAN}; font-size: 8.6pt; text-align: left; border: 1px solid #8fb7bd;
      padding: 3px; }}
td {{ font-size: 8.6pt; border: 1px solid #8fb7bd; padding: 3px; vertical-align: top; text-align: left; }}
"""


def num(n, text):
    return f'<p class="num"><b>{n}</b>&#8195;{text}</p>'


ADVICE = f"""<html><body>
<p class="small">Toezicht Wmo Regio Vlietstreek - uitgevoerd door GGD Vlietstreek - Stationsplein 8, 2411 AZ
Vlietwoude</p>
<h1>Rapport kwaliteitsonderzoek Wmo: Woonvoorziening De Zilverlinde</h1>
<p class="small">Aanbieder: Stichting Hoevelinge Zorg, locatie De Zilverlinde, Lindelaan 40, Oudewetering -
dossiernummer TWV/2026/0519 - Vlietwoude, 30 oktober 2026 - toezichthouders: M. Kroon-de Waal en J.P. Verbeek -
afschrift aan het college van burgemeester en wethouders van Oudewetering</p>
<h2>1 Aanleiding en opdracht</h2>
<p>De Zilverlinde biedt beschermd wonen aan 22 volwassenen met een psychische aandoening. Volgens de Wet
maatschappelijke ondersteuning 2015 moet een aanbieder een veilige, doeltreffende en cliëntgerichte
voorziening leveren, en moet de gemeente een toezichthouder aanwijzen die daarop toeziet. Het onderzoek was een
periodiek, aangekondigd onderzoek; er waren geen calamiteiten gemeld.</p>
<h2>2 Werkwijze</h2>
<p>Op 22 en 23 september 2026 bezochten wij de locatie. Wij spraken met zeven bewoners, vijf begeleiders, de
teamleider, de gedragsdeskundige en de cliëntenraad, en wij bekeken acht dossiers. Bij het vorige onderzoek, in
2024, bevalen wij aan:</p>
<p class="quote">'Zorg dat iedere bewoner een vaste persoonlijk begeleider heeft en weet wie dat is.'</p>
<p>Die aanbeveling is opgevolgd: alle bewoners die wij spraken, konden hun persoonlijk begeleider noemen.</p>
<h2>3 Oordeel per norm</h2>
<table><tr><th>Norm</th><th>Oordeel</th></tr>
<tr><td>Cliëntgerichtheid en ondersteuningsplan</td><td>voldoet gedeeltelijk</td></tr>
<tr><td>Veiligheid, ook in de nacht</td><td>voldoet niet</td></tr>
<tr><td>Incidenten en leren</td><td>voldoet gedeeltelijk</td></tr>
<tr><td>Deskundigheid van medewerkers</td><td>voldoet gedeeltelijk</td></tr>
<tr><td>Inspraak en klachten</td><td>voldoet</td></tr></table>
<h2>4 Bevindingen</h2>
{num("4.1", "In drie van de acht dossiers ontbrak een ondertekend ondersteuningsplan; in één dossier was het plan "
            "ruim vier maanden na de intake nog niet opgesteld.")}
{num("4.2", "Ondersteuningsplannen worden eenmaal per jaar geëvalueerd; bewoners zeggen dat doelen tussentijds "
            "zelden ter sprake komen.")}
{num("4.3", "'s Nachts is één slapende medewerker aanwezig voor twee panden. In 2026 waren er twee nachtelijke "
            "incidenten waarbij hulp pas na ruim twintig minuten ter plaatse was.")}
{num("4.4", "Incidenten worden deels op papier en deels digitaal gemeld; een analyse van patronen ontbreekt.")}
{num("4.5", "Vier van de dertien vaste begeleiders hebben de training medicatieveiligheid niet gevolgd, terwijl "
            "alle begeleiders medicatie uitdelen.")}
{num("4.6", "Bewoners kennen de klachtenregeling, maar weten niet bij wie zij buiten het team terecht kunnen.")}
<h2>5 Aanbevelingen</h2>
<p>Wij bevelen niet aan om het aantal bewoners van De Zilverlinde te verminderen; de bezetting is passend voor de
omvang van het gebouw. Wel bevelen wij de aanbieder het volgende aan.</p>
{num("5.1", "Zorg dat voor iedere bewoner binnen zes weken na de start van de ondersteuning een ondertekend "
            "ondersteuningsplan in het dossier zit.")}
{num("5.2", "Evalueer elk ondersteuningsplan ten minste twee keer per jaar samen met de bewoner en, als die dat "
            "wil, een naaste.")}
{num("5.3", "Zet 's nachts een wakende medewerker in in plaats van de huidige slaapdienst, zodat hulp binnen "
            "vijf minuten ter plaatse is.")}
{num("5.4", "Registreer alle incidenten in één digitaal systeem en bespreek de uitkomsten maandelijks in het "
            "teamoverleg.")}
{num("5.5", "Laat alle begeleiders die medicatie uitdelen binnen drie maanden de training medicatieveiligheid "
            "volgen.")}
{num("5.6", "Stel een onafhankelijke cliëntvertrouwenspersoon beschikbaar die ten minste één keer per maand op "
            "de locatie aanwezig is.")}
{num("5.7", "Laat de brandveiligheid van de gemeenschappelijke keuken beoordelen door een erkend deskundige en "
            "voer de adviezen daarvan uit.")}
<h2>6 Vervolg</h2>
<p>Wij vragen de aanbieder binnen acht weken te reageren met een verbeterplan. Aanbevelingen 5.1 en 5.3 wegen
voor ons het zwaarst; wij zullen die in het voorjaar van 2027 tijdens een onaangekondigd bezoek controleren.</p>
<p>M. Kroon-de Waal en J.P. Verbeek, toezichthouders Wmo</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Stichting Hoevelinge Zorg - raad van bestuur - Postbus 77, 2440 AB Oudewetering</p>
<h1>Reactie op het rapport kwaliteitsonderzoek De Zilverlinde</h1>
<p class="small">Aan Toezicht Wmo Regio Vlietstreek, t.a.v. mevrouw M. Kroon-de Waal - Oudewetering, 18 december
2026 - ons kenmerk HZ/RVB/2026-311 - uw dossiernummer TWV/2026/0519</p>
<p>Geachte mevrouw Kroon,</p>
<p>Wij hebben uw rapport met belangstelling gelezen en het besproken met het team van De Zilverlinde, de
cliëntenraad en onze raad van toezicht. Wij herkennen het beeld en zijn blij dat u ook de sterke kanten van de
locatie benoemt. Hieronder reageren wij per thema.</p>
<h3>Medicatie</h3>
<p>De vier begeleiders die de training nog misten, hebben die inmiddels afgerond. Vanaf 2027 is de training
onderdeel van het inwerkprogramma, zodat nieuwe collega's pas medicatie uitdelen als zij die hebben gevolgd.</p>
<h3>Ondersteuningsplannen</h3>
<p>Wij zijn het met u eens dat ieder plan tijdig ondertekend moet zijn. De termijn van zes weken is met ingang
van 1 januari 2027 in onze werkinstructie opgenomen, en de teamleider controleert dit elke maand. Een vaste
tweede evaluatie per jaar voeren wij echter niet in: de jaarlijkse evaluatie blijft het uitgangspunt, en
bewoners kunnen op elk moment om een tussentijds gesprek vragen.</p>
<h3>Nachtdienst</h3>
<p>Een wakende nachtdienst is voor ons financieel niet op te brengen binnen het huidige tarief van de gemeente.
Wij kiezen daarom voor een andere oplossing: in beide panden komt domotica met een directe alarmverbinding, en
de slapende medewerker slaapt voortaan in het pand met de meeste bewoners.</p>
<h3>Incidenten</h3>
<p>Per 1 februari 2027 worden alle incidenten alleen nog in het digitale meldsysteem vastgelegd. Wij bespreken de
analyses wel eens per kwartaal en niet iedere maand, omdat het aantal meldingen op deze locatie klein is.</p>
<h3>Vertrouwenspersoon</h3>
<p>Uw voorstel voor een vaste cliëntvertrouwenspersoon op de locatie nemen wij ter kennisgeving aan. Wij
onderzoeken samen met de andere aanbieders in de regio of een gezamenlijke voorziening mogelijk is.</p>
<h3>Verbeterplan</h3>
<p>Het volledige verbeterplan met verantwoordelijken en data ontvangt u als bijlage bij deze brief. Wij
rapporteren u in juni 2027 over de voortgang.</p>
<p>Wij danken u voor het zorgvuldige onderzoek en de open gesprekken met onze medewerkers.</p>
<p>Met vriendelijke groet,<br>drs. E.M. Haverkamp, bestuurder Stichting Hoevelinge Zorg</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Toezicht Wmo Regio Vlietstreek - rapport De Zilverlinde - TWV/2026/0519",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Stichting Hoevelinge Zorg - reactie rapport De Zilverlinde - HZ/RVB/2026-311",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("5.1", "Zorg dat voor iedere bewoner binnen zes weken na de start",
         "De termijn van zes weken is met ingang van 1 januari 2027", "agrees"),
        ("5.2", "Evalueer elk ondersteuningsplan ten minste twee keer per jaar samen",
         "Een vaste tweede evaluatie per jaar voeren wij echter niet in", "disagrees"),
        ("5.3", "Zet 's nachts een wakende medewerker in in plaats van",
         "Een wakende nachtdienst is voor ons financieel niet op te brengen", "disagrees"),
        ("5.4", "Registreer alle incidenten in één digitaal systeem en bespreek de",
         "eens per kwartaal en niet iedere maand", "partly"),
        ("5.5", "Laat alle begeleiders die medicatie uitdelen binnen drie maanden de",
         "De vier begeleiders die de training nog misten", "agrees"),
        ("5.6", "Stel een onafhankelijke cliëntvertrouwenspersoon beschikbaar die ten minste één",
         "nemen wij ter kennisgeving aan", "noted"),
        ("5.7", "Laat de brandveiligheid van de gemeenschappelijke keuken beoordelen door een", None, "unanswered"),
    ], ["Wij herkennen het beeld en zijn blij",
        "ontvangt u als bijlage bij deze brief",
        "de open gesprekken met onze medewerkers"],
        "Advice: a regional Wmo supervisor's (toezichthouder Wmo, carried out by a GGD) report on a quality "
        "inspection of a sheltered housing location; the seven recommendations are DECIMAL-NUMBERED paragraphs "
        "'5.1'-'5.7' (hanging labels) under '5 Aanbevelingen', imperatives. Traps: findings '4.1'-'4.6' in exactly "
        "the same hanging style, a table of norms and verdicts ('voldoet niet'), the Wmo 2015 paraphrased with "
        "'moet', the 2024 recommendation quoted as an imperative (carried out), 'Wij bevelen niet aan om het aantal "
        "bewoners ... te verminderen', a closing line naming 'Aanbevelingen 5.1 en 5.3'. Response: the provider's "
        "reply BY THEME under small headings, no numbers, in another order: 'Medicatie' = 5.5 agrees (training "
        "completed), 'Ondersteuningsplannen' ONE paragraph = 5.1 agrees (six weeks in the work instruction) + 5.2 "
        "disagrees (no second evaluation a year), 'Nachtdienst' = 5.3 disagrees (no waking night shift, home "
        "automation instead), 'Incidenten' = 5.4 partly (one digital system, but quarterly not monthly), "
        "'Vertrouwenspersoon' = 5.6 noted ('ter kennisgeving aan', regional option explored). 5.7 (fire safety of "
        "the kitchen) is never answered. Introduction, 'Verbeterplan' and closing answer nothing.")
    print("written", NAME)

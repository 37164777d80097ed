"""Round 98 (nl): the EVALUATIERAPPORT of an external bureau on a Dutch municipality's handling of a CLOUDBURST
(hoosbui, wateroverlast), answered by the college's ACTIEPLAN as a table Aanbeveling / Reactie college / Actie /
Gereed, citing the paragraph numbers.

Advice (Chromium headless, sans, blue letterhead, a floated 'Kerncijfers' SIDEBAR, @page running head and 'pagina n
van m'): Waterwet art. 3.5 zorgplicht 'moet', Omgevingswet, the GRP, rainfall figures, Conclusies A-D, the 2016
evaluation quoted with 'moet'; the recommendations are the NUMBERED PARAGRAPHS 6.1-6.7 of chapter 6 'Aanbevelingen'
(imperatives), followed by 7.1-7.2 on the method. Response: actieplan table, order 6.5, 6.2+6.7, 6.1, 6.6, 6.3; 6.4
unanswered. All invented.

Run: /tmp/blind98nl/bin/python tests/docs/src/blind98/gen_nl_hoosbui_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b98nl as B  # noqa: E402

NAME = "blind98_nl_hoosbui"
B.tmp_fonts()
FAM = "B98NL Sans"
BLUE = "#1f4e8c"


def page(title, head, body, foot="pagina "):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title><style>
@page {{ size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-right {{ content: "{head}"; font: 7.5pt '{FAM}'; color: #555; }}
  @bottom-center {{ content: "{foot}" counter(page) " van " counter(pages); font: 7.5pt '{FAM}'; color: #555; }} }}
@page :first {{ @top-right {{ content: none; }} }}
body {{ font-family: '{FAM}'; font-size: 9.4pt; line-height: 1.4; color: #111; }}
.lh {{ background: {BLUE}; color: white; padding: 8px 10px; margin-bottom: 10px; }}
.lh b {{ font-size: 12pt; }}
h1 {{ font-size: 15pt; color: {BLUE}; margin: 4px 0 6px; }}
h2 {{ font-size: 10.5pt; color: {BLUE}; margin: 12px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.side {{ float: right; width: 52mm; margin: 0 0 8px 10px; background: #e8eef7; border-top: 3px solid {BLUE};
  padding: 6px 8px; font-size: 8.4pt; }}
.side p {{ margin: 0 0 4px; }}
.np {{ display: flex; margin: 0 0 6px; }} .np span {{ flex: 0 0 11mm; font-weight: bold; color: {BLUE}; }}
.np div {{ flex: 1; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.4pt; margin: 4px 0 8px; }}
td, th {{ border: 0.6pt solid #999; padding: 3px 4px; text-align: left; vertical-align: top; }}
th {{ background: {BLUE}; color: white; }}
.meta td {{ border: none; padding: 0 8px 0 0; }}
</style></head><body>{body}</body></html>"""


def np(n, t):
    return f'<div class="np"><span>{n}</span><div>{t}</div></div>'


ADVICE = f"""
<div class="lh"><b>Bureau Regenwijs</b> - advies en onderzoek water in de stad</div>
<h1>Na de bui: evaluatie van de wateroverlast van 18 juli 2025 in Lindewaard</h1>
<p style="font-size:8.4pt">In opdracht van het college van burgemeester en wethouders van Lindewaard - rapport
RW-2025-114 - 26 januari 2026 - ir. Pieter Schoenmaker en drs. Yasmin el Haddaoui</p>
<div class="side"><p><b>Kerncijfers 18 juli 2025</b></p>
<p>78 mm neerslag in 2 uur (station Lindewaard-Oost)</p><p>412 meldingen bij de gemeente in 24 uur</p>
<p>63 woningen met water binnen, waarvan 41 in De Weel</p><p>Gemaal Weerdijk 6 uur op volle capaciteit</p>
<p>Schade gemeentelijke gebouwen: ca. 385.000 euro</p></div>
<h2>1. Aanleiding en opdracht</h2>
<p>Op vrijdag 18 juli 2025 viel boven Lindewaard in twee uur tijd 78 millimeter regen. Straten in de wijk De Weel
en rond het Marktplein stonden tot een halve meter onder water. Het college vroeg ons in september 2025 om te
evalueren hoe de gemeente zich op zo'n bui had voorbereid, hoe zij tijdens en na de bui handelde en wat zij kan
verbeteren. We spraken met 23 medewerkers en bestuurders, met het waterschap Vallei en Eem-Noord, met de
brandweer en met 31 bewoners, en we analyseerden de meldingen en de neerslaggegevens.</p>
<h2>2. Kader</h2>
<p>Op grond van artikel 3.5 van de Waterwet moet de gemeente zorgen voor een doelmatige inzameling en verwerking
van afvloeiend hemelwater (de hemelwaterzorgplicht); de perceeleigenaar moet eerst zelf het water op zijn
perceel verwerken, voor zover dat redelijk is. Het Gemeentelijk Rioleringsprogramma 2022-2026 (GRP) gaat uit
van een bui van 60 mm in een uur die zonder schade verwerkt moet worden. Onder de Omgevingswet regelt het
omgevingsplan welke eisen aan nieuwe bebouwing worden gesteld.</p>
<h2>3. Voorbereiding</h2>
<p>De stresstest uit 2020 wees De Weel en het Marktplein al aan als knelpunten. In de evaluatie van de bui van
2016 staat: 'De gemeente moet een vast draaiboek voor extreme neerslag hebben en de bewoners van De Weel vooraf
waarschuwen.' Een draaiboek kwam er niet; wel werd in 2019 een bergingskelder onder de Brinklaan aangelegd.</p>
<h2>4. Tijdens en na de bui</h2>
<p>De buitendienst was snel ter plaatse, maar de meldingen kwamen binnen via vier kanalen en werden niet centraal
gecoördineerd. Zandzakken waren binnen een uur op, omdat ze alleen aan ondernemers werden verstrekt. Bewoners
zeiden dat zij geen informatie kregen over wat zij zelf konden doen. Verstopte kolken in De Weel verergerden de
overlast; volgens het onderhoudsschema worden die kolken eenmaal per jaar gereinigd, in het najaar.</p>
<h2>5. Conclusies</h2>
<p><b>A.</b> De gemeente kende de risico's, maar had geen draaiboek en geen vaste rolverdeling.</p>
<p><b>B.</b> De informatie aan bewoners schoot tekort, vooral in De Weel.</p>
<p><b>C.</b> Het onderhoud van kolken en goten sluit niet aan bij de kans op zomerbuien.</p>
<p><b>D.</b> De afvoer via gemaal Weerdijk is bij zulke buien een bottleneck; het gemaal is van het waterschap.</p>
<h2>6. Aanbevelingen</h2>
{np("6.1", "Stel een gemeentelijk draaiboek wateroverlast vast met een vaste rolverdeling, één meldpunt en een "
    "oefening per jaar.")}
{np("6.2", "Waarschuw bewoners van De Weel en het Marktplein vooraf bij code oranje via een sms- en e-maildienst, "
    "met tips over wat zij zelf kunnen doen.")}
{np("6.3", "Leg onder het Marktplein een waterberging aan van ten minste 2.000 m3 en neem die op in het nieuwe "
    "GRP, met oplevering vóór 2028.")}
{np("6.4", "Open een subsidieregeling voor inwoners die hun tuin ontharden, een groen dak aanleggen of een "
    "regenton plaatsen.")}
{np("6.5", "Laat de kolken in De Weel en rond het Marktplein twee keer per jaar reinigen, waarvan één keer vóór "
    "de zomer.")}
{np("6.6", "Onderzoek samen met het waterschap of de capaciteit van gemaal Weerdijk vergroot kan worden.")}
{np("6.7", "Stel zandzakken bij code oranje gratis beschikbaar aan alle inwoners op drie vaste uitgiftepunten.")}
<h2>7. Verantwoording</h2>
{np("7.1", "Deze evaluatie is geen schade-onderzoek: over aansprakelijkheid en schadevergoeding doen wij geen "
    "uitspraak.")}
{np("7.2", "De interviews zijn gehouden tussen 6 oktober en 28 november 2025; de verslagen zijn door de "
    "geïnterviewden gecontroleerd.")}
"""

RESPONSE = """
<div class="lh"><b>Gemeente Lindewaard</b> - college van burgemeester en wethouders</div>
<h1>Actieplan wateroverlast 2026-2028</h1>
<p style="font-size:8.4pt">Reactie van het college op het evaluatierapport RW-2025-114 'Na de bui' - vastgesteld in
de collegevergadering van 10 maart 2026 - zaaknummer 2026-003871</p>
<h2>Inleiding</h2>
<p>De bui van 18 juli 2025 heeft veel inwoners hard geraakt. Het college is Bureau Regenwijs erkentelijk voor de
zorgvuldige evaluatie en dankt de bewoners die hun ervaringen deelden. In dit actieplan leest u per aanbeveling
wat het college doet, wie daarvoor verantwoordelijk is en wanneer het klaar is.</p>
<table><tr><th style="width:11%">Aanb.</th><th style="width:50%">Reactie college</th><th>Actie en trekker</th>
<th style="width:12%">Gereed</th></tr>
<tr><td>6.5</td><td>Overgenomen. Het reinigingsschema is aangepast: de kolken in de risicostraten worden voortaan
in mei en in oktober gereinigd.</td><td>Team Riolering, contract met de veegdienst gewijzigd</td><td>mei 2026</td></tr>
<tr><td>6.2 en 6.7</td><td>Vanaf het komende zomerseizoen sturen wij bewoners van De Weel en het Marktplein bij
code oranje een bericht met handelingstips; inschrijven kan via de website. Gratis zandzakken voor alle inwoners
vindt het college geen taak van de gemeente: het beschermen van de eigen woning blijft de verantwoordelijkheid van
de eigenaar. Zandzakken blijven te koop bij de bouwmarkten.</td><td>Communicatie en Openbare Orde</td>
<td>1 juni 2026</td></tr>
<tr><td>6.1</td><td>Het draaiboek wateroverlast is op 3 maart 2026 vastgesteld; de eerste oefening met brandweer
en waterschap staat gepland.</td><td>Team Veiligheid</td><td>gereed; oefening oktober 2026</td></tr>
<tr><td>6.6</td><td>Het college legt deze vraag voor aan het waterschap Vallei en Eem-Noord, dat over het gemaal
gaat, en wacht diens reactie af.</td><td>Wethouder Water, bestuurlijk overleg</td><td>-</td></tr>
<tr><td>6.3</td><td>Het college neemt een waterberging onder het Marktplein op in het GRP 2027-2031, maar kiest
binnen het beschikbare budget voor 1.200 m3 en oplevering in 2029, samen met de herinrichting van het plein.</td>
<td>Team Riolering, projectleider Marktplein</td><td>2029</td></tr></table>
<h2>Schadeafhandeling</h2>
<p>Verschillende inwoners hebben een verzoek om schadevergoeding ingediend. Die verzoeken worden afzonderlijk
behandeld door de afdeling Juridische Zaken en vallen buiten dit actieplan.</p>
<h2>Tot slot</h2>
<p>Het college informeert de raad jaarlijks bij de jaarrekening over de voortgang van dit actieplan. Voor
vragen kunt u terecht bij het team Riolering via 14 0318.</p>
"""

B.chromium_pdf(page("Evaluatie wateroverlast 18 juli 2025", "Bureau Regenwijs - Evaluatie wateroverlast Lindewaard",
                    ADVICE), NAME + "_advice.pdf")
B.chromium_pdf(page("Actieplan wateroverlast", "Gemeente Lindewaard - Actieplan wateroverlast", RESPONSE, "blad "),
               NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Stel een gemeentelijk draaiboek wateroverlast vast met een vaste rolverdeling",
     "Het draaiboek wateroverlast is op 3 maart 2026 vastgesteld", "agrees"),
    (2, "Waarschuw bewoners van De Weel en het Marktplein vooraf",
     "bij code oranje een bericht met handelingstips", "agrees"),
    (3, "Leg onder het Marktplein een waterberging aan van ten minste",
     "kiest binnen het beschikbare budget voor 1.200 m3", "partly"),
    (4, "Open een subsidieregeling voor inwoners die hun tuin ontharden", None, "unanswered"),
    (5, "Laat de kolken in De Weel en rond het Marktplein",
     "de kolken in de risicostraten worden voortaan in mei", "agrees"),
    (6, "Onderzoek samen met het waterschap of de capaciteit van gemaal",
     "legt deze vraag voor aan het waterschap Vallei en Eem-Noord", "noted"),
    (7, "Stel zandzakken bij code oranje gratis beschikbaar aan alle inwoners",
     "Gratis zandzakken voor alle inwoners vindt het college geen taak", "disagrees"),
], ["is Bureau Regenwijs erkentelijk voor de zorgvuldige evaluatie",
    "Verschillende inwoners hebben een verzoek om schadevergoeding ingediend",
    "informeert de raad jaarlijks bij de jaarrekening over de voortgang"],
    "Dutch evaluation report by an external bureau on a cloudburst (Chromium, blue letterhead band, floated "
    "'Kerncijfers' sidebar, @page running head from p. 2, 'pagina n van m'); traps: Waterwet art. 3.5 'moet' twice, "
    "the GRP 'moet', Omgevingswet, the 2016 evaluation quoted with 'moet', findings in ch. 3-4, Conclusies A-D, and "
    "numbered paragraphs 7.1-7.2 (Verantwoording) right after the recommendations; recommendations are the NUMBERED "
    "PARAGRAPHS 6.1-6.7 (imperatives). Response: the college's actieplan TABLE Aanb. / Reactie college / Actie en "
    "trekker / Gereed citing the numbers, order 6.5, 6.2+6.7, 6.1, 6.6, 6.3; row '6.2 en 6.7' = 6.2 agrees (code "
    "oranje messages) + 6.7 disagrees (no free sandbags); 6.5 agrees; 6.1 agrees (done 3 March); 6.6 noted (passed "
    "to the waterschap); 6.3 partly (1,200 m3 in 2029); 6.4 (subsidy) unanswered. 'Inleiding', 'Schadeafhandeling' "
    "and 'Tot slot' answer nothing. Numbers in expected are 1-7 for 6.1-6.7.")
print("written", NAME)

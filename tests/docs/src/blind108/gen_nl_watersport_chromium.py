"""Round 108 (nl): the ADVIES of a Dutch municipality's WATERSPORTCOMMISSIE (verenigingen, havenmeester,
kanovereniging, rondvaartbedrijf) on the concept-LIGPLAATSEN- EN VAARBELEID 2027, answered by the college's
RAADSINFORMATIEBRIEF replying by subject, without numbers.

Advice (Chromium headless, sans, blue title band, a grey sidebar 'In het kort', stamped head from p. 2 and
'pagina n van m'): findings with traps (Binnenvaartpolitiereglement 'moet', art. 2:5 of the Havenverordening, the
2023 advice quoted with 'moet', 7 km/u), recommendations UNNUMBERED BULLETS each opening with a bold lead phrase.
Response: raadsinformatiebrief, order R3, R5+R6, R1, R7, R2; R4 unanswered. All invented.

Run: /tmp/blind108nl/bin/python tests/docs/src/blind108/gen_nl_watersport_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b108nl as B  # noqa: E402

NAME = "blind108_nl_watersport"
F = B.tmp_fonts()
FAM = "B108NL Sans"

CSS = f"""
@page {{ size: A4; margin: 20mm 18mm 18mm 18mm; }}
body {{ font-family: '{FAM}'; font-size: 10pt; line-height: 1.42; color: #111; }}
.band {{ background: #1f4e79; color: #fff; padding: 10px 14px; margin-bottom: 10px; }}
.band h1 {{ font-size: 16pt; margin: 0; }} .band p {{ margin: 2px 0 0 0; font-size: 8.5pt; }}
h2 {{ color: #1f4e79; font-size: 11.5pt; margin: 12px 0 4px 0; }}
.wrap {{ display: flex; gap: 14px; }} .main {{ flex: 3; }}
.side {{ flex: 1.15; background: #eef1f4; border-left: 3px solid #1f4e79; padding: 8px 10px; font-size: 8.5pt; align-self: flex-start; }}
.side h3 {{ font-size: 9pt; margin: 0 0 4px 0; }}
ul.adv li {{ margin-bottom: 6px; }}
p {{ margin: 0 0 7px 0; }} .small {{ font-size: 8.5pt; color: #444; }}
table.t {{ border-collapse: collapse; font-size: 9pt; margin: 6px 0 8px 0; }}
table.t td, table.t th {{ border-bottom: 1px solid #9ab; padding: 2px 8px; text-align: left; }}
"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Watersportcommissie</title>
<style>{CSS}</style></head><body>
<div class="band"><h1>Advies over het concept-Ligplaatsen- en vaarbeleid 2027</h1>
<p>Watersportcommissie gemeente Lemmerwolde - advies WSC 2026-02 - 15 september 2026</p></div>
<div class="wrap"><div class="main">
<h2>Aanleiding</h2>
<p>Het college heeft de Watersportcommissie op 1 juli 2026 om advies gevraagd over het concept-Ligplaatsen- en
vaarbeleid 2027. In de commissie zitten de twee watersportverenigingen, de havenmeester, kanovereniging De Spatel,
een rondvaartbedrijf en twee bewoners van de grachten. Wij vergaderden drie keer en hielden een schouw per boot.</p>
<h2>Wat wij zagen</h2>
<table class="t"><tr><th>Ligplaatsen</th><th>2024</th><th>2026</th></tr>
<tr><td>Vergunde ligplaatsen binnenstad</td><td>164</td><td>171</td></tr>
<tr><td>Wachtlijst</td><td>58</td><td>83</td></tr>
<tr><td>Meldingen overlast en snelheid</td><td>37</td><td>52</td></tr></table>
<p>Op grond van de Havenverordening geldt in de grachten een maximumsnelheid van 7 km/u; wie daar vaart,
moet zich ook aan de voorrangsregels van het Binnenvaartpolitiereglement houden. Handhaving gebeurt nu alleen op zomerse zondagen.
Artikel 2:5 van de Havenverordening regelt de ligplaatsvergunning, maar kent geen termijn waarbinnen een vrijgekomen
plaats opnieuw moet worden uitgegeven.</p>
<p>In ons advies uit 2023 stond: 'het college moet de wachtlijst openbaar maken'. Dat is gebeurd, maar de volgorde
op de lijst blijft voor aanvragers ondoorzichtig. Het concept kiest voor een forse verhoging van de liggelden (plus 40
procent) en voor een verbod op woonboten in de Oostgracht. De kanoroute langs de Molenwal wordt door de verbrede
steigers smaller.</p>
<h2>Onze adviezen</h2>
<p>De commissie adviseert het college:</p>
<ul class="adv">
<li><b>Tarieven.</b> Verhoog de liggelden geleidelijk in drie jaarlijkse stappen in plaats van in een keer met 40 procent.</li>
<li><b>Wachtlijst.</b> Leg de volgorde van de wachtlijst vast in de beleidsregels en publiceer elk kwartaal de positie van iedere aanvrager.</li>
<li><b>Handhaving.</b> Zet van mei tot en met september op alle weekenddagen boa's op het water in en niet alleen op zondagen.</li>
<li><b>Kanoroute.</b> Houd langs de Molenwal een vrije vaarstrook van ten minste vier meter voor kano's en sloepen.</li>
<li><b>Woonboten.</b> Zie af van het verbod op woonboten in de Oostgracht en sta de zes bestaande woonboten blijvend toe.</li>
<li><b>Elektrisch varen.</b> Plaats bij de passantenhaven ten minste acht walstroompunten met laadmogelijkheid voor elektrische boten.</li>
<li><b>Evaluatie.</b> Evalueer het nieuwe beleid na twee vaarseizoenen samen met de Watersportcommissie.</li>
</ul>
<h2>Tot slot</h2>
<p>De commissie stelt het op prijs als het college binnen twee maanden laat weten wat het met dit advies doet,
zoals de Verordening adviescommissies in artikel 9 voorschrijft.</p>
<p class="small">Namens de Watersportcommissie, Hylke Postma (voorzitter) en Ineke de Vries-Bakker (secretaris)</p>
</div>
<div class="side"><h3>In het kort</h3>
<p>Het concept is op hoofdlijnen goed. Zorgen hebben wij over de sprong in de liggelden, de wachtlijst en de veiligheid
op de smalle grachten.</p>
<p>Uitgangspunt moet blijven dat de grachten van iedereen zijn: bewoners, rondvaart, verenigingen en passanten.</p>
<p>Passanten 2025: 2.310 overnachtingen, waarvan 14 procent met een elektrische boot.</p></div>
</div></body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Raadsinformatiebrief</title>
<style>{CSS} body {{ font-size: 10.3pt; }} .meta td {{ padding: 1px 10px 1px 0; font-size: 9pt; }}</style></head><body>
<p style="font-size:13pt;color:#1f4e79"><b>Gemeente Lemmerwolde</b></p>
<h2 style="font-size:14pt">Raadsinformatiebrief</h2>
<table class="meta"><tr><td>Onderwerp</td><td>Advies Watersportcommissie over het ligplaatsen- en vaarbeleid</td></tr>
<tr><td>Portefeuillehouder</td><td>wethouder R.J. (Roelof) Dijkstra</td></tr>
<tr><td>Datum</td><td>10 november 2026</td></tr><tr><td>Nummer</td><td>RIB 2026-131</td></tr></table>
<h2>Inleiding</h2>
<p>Met deze brief informeren wij uw raad over het advies dat de Watersportcommissie ons in september gaf, en over
de manier waarop wij het verwerken in het definitieve beleid dat wij u in januari ter vaststelling aanbieden.</p>
<h2>Toezicht op het water</h2>
<p>Wij breiden de inzet van handhavers op het water uit, maar niet in de volle omvang die de commissie vraagt. In juli
en augustus varen de boa's op zaterdag en zondag; in mei, juni en september blijft het bij de zondagen.</p>
<h2>Woonboten en walstroom</h2>
<p>Aan het verbod op nieuwe woonboten in de Oostgracht houden wij vast; ook de zes bestaande boten krijgen een
uitsterfregeling en geen blijvende vergunning. Het voorstel om bij de passantenhaven te laden, nemen wij graag over:
in het voorjaar van 2027 worden daar tien walstroompunten met laadpaal geplaatst.</p>
<h2>Liggelden</h2>
<p>Wij hebben kennisgenomen van het pleidooi voor een geleidelijke verhoging. Wij betrekken het bij de
tarievennota 2027, waarover uw raad bij de begroting beslist; een standpunt nemen wij daar in.</p>
<h2>Evaluatie</h2>
<p>Het beleid wordt na twee seizoenen geevalueerd. De Watersportcommissie wordt daarbij gehoord, maar de evaluatie
zelf laten wij door een extern bureau uitvoeren en niet door de commissie.</p>
<h2>Wachtlijst</h2>
<p>Wij nemen de volgorde van de wachtlijst op in de beleidsregels en publiceren voortaan elk kwartaal een
geanonimiseerd overzicht waarop iedere aanvrager zijn plaats kan zien.</p>
<h2>Overige ontwikkelingen</h2>
<p>Los van het advies melden wij u dat de renovatie van de Vissersbrug is uitgesteld tot het najaar van 2027 en dat
de brug tot die tijd met de hand wordt bediend.</p>
<h2>Vervolg</h2>
<p>Wij danken de commissie voor haar betrokkenheid. Het definitieve beleid met een nota van beantwoording volgt in
januari 2027; vragen over deze brief kunt u stellen aan de griffie.</p>
<p class="small">Het college van burgemeester en wethouders van Lemmerwolde</p>
</body></html>"""


def expected():
    recs = [
        (1, "Verhoog de liggelden geleidelijk in drie jaarlijkse stappen", "Wij betrekken het bij de tarievennota 2027", "noted"),
        (2, "Leg de volgorde van de wachtlijst vast in de beleidsregels", "publiceren voortaan elk kwartaal een geanonimiseerd overzicht", "agrees"),
        (3, "Zet van mei tot en met september op alle weekenddagen", "in mei, juni en september blijft het bij de zondagen", "partly"),
        (4, "Houd langs de Molenwal een vrije vaarstrook van ten minste", None, "unanswered"),
        (5, "Zie af van het verbod op woonboten in de Oostgracht", "krijgen een uitsterfregeling en geen blijvende vergunning", "disagrees"),
        (6, "Plaats bij de passantenhaven ten minste acht walstroompunten", "tien walstroompunten met laadpaal geplaatst", "agrees"),
        (7, "Evalueer het nieuwe beleid na twee vaarseizoenen samen met", "laten wij door een extern bureau uitvoeren en niet door", "partly"),
    ]
    unmatched = ["Met deze brief informeren wij uw raad over het advies",
                 "de renovatie van de Vissersbrug is uitgesteld",
                 "vragen over deze brief kunt u stellen aan de griffie"]
    notes = ("Advice of a Dutch municipal Watersportcommissie on the concept-Ligplaatsen- en vaarbeleid (Chromium, blue "
             "band, grey sidebar 'In het kort' with a 'moet'). Recommendations UNNUMBERED BULLETS with bold lead phrases "
             "(Tarieven., Wachtlijst., ...) under 'Onze adviezen' (expected 1-7 in document order; starts_with skips the "
             "lead word). Traps: a figures table, Binnenvaartpolitiereglement 'moet', art. 2:5 Havenverordening, the 2023 "
             "advice quoted with 'moet', art. 9 Verordening adviescommissies. Response: raadsinformatiebrief by subject, NO "
             "numbers, order 3, 5+6, 1, 7, 2; 'Woonboten en walstroom' = 5 disagrees + 6 agrees (ten points); 3 partly "
             "(July-August only); 1 noted (tarievennota); 7 partly (heard, external bureau); 2 agrees; 4 (kanoroute) "
             "unanswered; 'Inleiding', 'Overige ontwikkelingen' (Vissersbrug) and 'Vervolg' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Watersportcommissie Lemmerwolde - advies WSC 2026-02", "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Raadsinformatiebrief RIB 2026-131", "pagina {n} van {m}", F["Regular"])
    expected()

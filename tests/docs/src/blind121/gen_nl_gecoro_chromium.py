"""Round 121 (nl): the ADVIES of a Flemish GECORO (gemeentelijke commissie voor ruimtelijke ordening) on the objections
made during the openbaar onderzoek of a ruimtelijk uitvoeringsplan, grouped in eight THEMES with the objections'
codes (B01-B23); per theme a 'Samenvatting' and a 'Beoordeling' whose UNNUMBERED sentences 'De GECORO adviseert ...',
'De commissie vraagt ...' are the recommendations (theme 6 has none, one runs across the page break); answered by the
gemeenteraad's decision to adopt the plan, whose 'Motivering' answers with INLINE LABELS BY THEME NUMBER ('Thema 3 -
Groen: advies gevolgd.'), so from theme 7 on the numbers are not the recommendations' order.

Advice (Chromium headless, sans, 2 p., purple title band, table of the objections, stamped head from p. 2,
'blz. n/m'): the Vlaamse Codex Ruimtelijke Ordening paraphrased with 'moet' (trap), objection codes B01-B23 (trap),
a theme ending 'stelt geen wijziging voor' (trap), an objector's demand quoted with 'moet' (trap), a closing line
citing 'de adviezen bij de thema's 2 en 5' (trap). Response (Chromium, 2 p.): Aanleiding, Juridische grond (nothing);
Motivering in the order 1, 2, 3, 5, 4, 6 (no advice: nothing), 8; theme 7 (= rec 6) missing: unanswered; Besluit
Artikel 1-3 (nothing). All bodies, places, people and reference numbers invented; the VCRO named as context only.

Run: /tmp/blind121nl/bin/python tests/docs/src/blind121/gen_nl_gecoro_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b121nl as B  # noqa: E402

NAME = "blind121_nl_gecoro"
F = B.tmp_fonts()
SANS = "B121NL Sans"
PURPLE = "#5b2a6e"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.3pt; line-height: 1.38; margin: 0; }}
p {{ margin: 0 0 0.16cm 0; }}
.band {{ background: {PURPLE}; color: white; padding: 0.3cm 0.4cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 15pt; margin: 0 0 0.1cm 0; }}
.band p {{ font-size: 8.8pt; margin: 0; }}
h2 {{ font-size: 11pt; color: {PURPLE}; margin: 0.32cm 0 0.1cm 0; }}
h3 {{ font-size: 9.6pt; margin: 0.24cm 0 0.06cm 0; }}
table {{ border-collapse: collapse; width: 100%; font-size: 8.2pt; margin: 0.1cm 0 0.25cm 0; }}
th {{ background: #efe6f3; text-align: left; padding: 2px 5px; }}
td {{ border-bottom: 0.5pt solid #c9b8d2; padding: 2px 5px; vertical-align: top; }}
.lab {{ font-weight: bold; color: {PURPLE}; }}
</style>"""


def theme(num, title, codes, summary, judgement):
    return (f"<h3>Thema {num} - {title} <span style='font-weight:normal;font-size:8pt'>({codes})</span></h3>"
            f"<p><span class='lab'>Samenvatting.</span> {summary}</p>"
            f"<p><span class='lab'>Beoordeling.</span> {judgement}</p>")


ADVICE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Advies GECORO Hoeverdonk</title>
{CSS}</head><body>
<div class="band"><h1>Advies over de bezwaren en opmerkingen bij het RUP Stationsomgeving</h1>
<p>Gemeentelijke commissie voor ruimtelijke ordening (GECORO) Hoeverdonk - zitting van 8 september 2026 - advies
GEC/2026/07</p></div>
<h2>1. Procedure</h2>
<p>Het ontwerp van ruimtelijk uitvoeringsplan Stationsomgeving werd voorlopig vastgesteld door de gemeenteraad op 26
maart 2026. Het openbaar onderzoek liep van 15 april tot en met 13 juni 2026. De Vlaamse Codex Ruimtelijke Ordening
bepaalt dat de GECORO de bezwaren moet bundelen en binnen negentig dagen na het onderzoek een gemotiveerd advies moet
uitbrengen. Er kwamen 23 bezwaarschriften binnen, genummerd B01 tot en met B23, en adviezen van de provincie en het
agentschap Onroerend Erfgoed.</p>
<table><tr><th>Thema</th><th>Bezwaren</th><th>Aantal</th></tr>
<tr><td>1 Bouwhoogte</td><td>B03, B07, B11, B19</td><td>4</td></tr>
<tr><td>2 Parkeren</td><td>B01, B02, B08, B14, B15</td><td>5</td></tr>
<tr><td>3 Groen en verharding</td><td>B05, B09</td><td>2</td></tr>
<tr><td>4 Fietsenstalling</td><td>B12, B20</td><td>2</td></tr>
<tr><td>5 Stationsgebouw</td><td>B04, B16, B21, advies Onroerend Erfgoed</td><td>3</td></tr>
<tr><td>6 Geluid</td><td>B06, B17</td><td>2</td></tr>
<tr><td>7 Verkeer Molenstraat</td><td>B10, B13, B22</td><td>3</td></tr>
<tr><td>8 Fasering van de werken</td><td>B18, B23</td><td>2</td></tr></table>
<h2>2. Behandeling per thema</h2>
{theme(1, "Bouwhoogte", "B03, B07, B11, B19",
       "Omwonenden van de Molenstraat vrezen schaduw en inkijk door de toegelaten acht bouwlagen in zone A.",
       "De commissie begrijpt de verdichting bij het station, maar acht acht bouwlagen naast de lage rijwoningen te "
       "bruusk. De GECORO adviseert om de maximale bouwhoogte in zone A langs de Molenstraat te beperken tot zes "
       "bouwlagen.")}
{theme(2, "Parkeren", "B01, B02, B08, B14, B15",
       "Bezwaarindieners stellen dat er 'minstens één parkeerplaats per woning moet komen' en vrezen "
       "parkeerdruk in de omliggende straten.",
       "De lage norm past bij een stationsomgeving, maar de wijk heeft weinig ruimte. De GECORO adviseert om de "
       "parkeernorm voor woningen te verhogen van 0,8 naar 1,2 plaats per woning.")}
{theme(3, "Groen en verharding", "B05, B09",
       "Het ontwerp bevat geen minimum voor onverharde ruimte op de bouwpercelen.",
       "De commissie volgt dit bezwaar. Zij adviseert om in de voorschriften van zone A en B een minimum van 20 "
       "procent onverharde en beplante oppervlakte per perceel op te nemen.")}
{theme(4, "Fietsenstalling", "B12, B20",
       "De geplande stalling voor 600 fietsen ligt aan de achterzijde, ver van de perrons.",
       "De GECORO adviseert om de overdekte fietsenstalling aan de voorzijde van het station te voorzien, met een "
       "rechtstreekse toegang tot de perrons.")}
{theme(5, "Stationsgebouw", "B04, B16, B21",
       "Het stationsgebouw uit 1911 is niet beschermd; het plan laat sloop toe. Onroerend Erfgoed vraagt een "
       "erfgoedtoets.",
       "De commissie vraagt het stationsgebouw als waardevol gebouw aan te duiden en sloop uit te sluiten, met "
       "ruimte voor een nieuwe functie in de voormalige wachtzaal.")}
{theme(6, "Geluid", "B06, B17",
       "Twee bewoners vrezen geluidshinder van de nieuwe busperrons.",
       "Het plan legt al een bufferstrook en een geluidsscherm op. De GECORO acht het bezwaar ongegrond en stelt "
       "geen wijziging voor.")}
{theme(7, "Verkeer Molenstraat", "B10, B13, B22",
       "Bewoners vrezen sluipverkeer naar de nieuwe ondergrondse parking.",
       "De commissie adviseert om de in- en uitrit van de ondergrondse parking aan de Stationslaan te leggen en de "
       "Molenstraat voor doorgaand autoverkeer af te sluiten.")}
{theme(8, "Fasering van de werken", "B18, B23",
       "Handelaars vrezen jaren van werf zonder bereikbaarheid.",
       "De GECORO adviseert om de werken zo te faseren dat de handelszaken aan het Stationsplein tijdens de hele "
       "uitvoering te voet en met de fiets bereikbaar blijven, en om de werken aan het plein pas te starten na de "
       "oplevering van de fietsenstalling.")}
<h2>3. Besluit</h2>
<p>Het advies werd unaniem goedgekeurd door de stemgerechtigde leden (9 stemmen voor). De commissie vraagt in het
bijzonder aandacht voor de adviezen bij de thema's 2 en 5.</p>
<p>Voor de GECORO, ir. L. Verhaegen, voorzitter - M. De Clercq, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Gemeenteraad Hoeverdonk</title>
{CSS}</head><body>
<p style="color:{PURPLE};font-weight:bold;font-size:10pt">Gemeente Hoeverdonk - gemeenteraad</p>
<p style="font-size:8.5pt">Zitting van 22 oktober 2026 - besluit GR/2026/0418</p>
<h2>Definitieve vaststelling RUP Stationsomgeving</h2>
<h3>Aanleiding en context</h3>
<p>De gemeenteraad stelde het ontwerp voorlopig vast op 26 maart 2026. Na het openbaar onderzoek bracht de GECORO
op 8 september 2026 haar advies uit over de 23 bezwaarschriften. De gemeenteraad moet nu beslissen over de
definitieve vaststelling.</p>
<h3>Juridische grond</h3>
<p>Vlaamse Codex Ruimtelijke Ordening, titel II, hoofdstuk 2; decreet over het lokaal bestuur, artikel 40.</p>
<h3>Motivering</h3>
<p><b>Thema 1 - Bouwhoogte: advies gedeeltelijk gevolgd.</b> Zone A krijgt langs de Molenstraat een maximum van
zeven bouwlagen in plaats van acht. Zes bouwlagen maakt het woonprogramma rond het station onhaalbaar.</p>
<p><b>Thema 2 - Parkeren: advies niet gevolgd.</b> De norm van 0,8 blijft behouden. Een hogere norm trekt meer
autoverkeer naar het station en gaat in tegen het mobiliteitsplan.</p>
<p><b>Thema 3 - Groen en verharding: advies gevolgd.</b> De voorschriften van zone A en B leggen nu een minimum van
een vijfde onverharde, beplante oppervlakte op.</p>
<p><b>Thema 5 - Stationsgebouw: nog geen beslissing.</b> De gemeenteraad laat eerst een erfgoedstudie uitvoeren en
beslist over de aanduiding na de resultaten ervan, ten vroegste in 2027. Tot dan blijft het plan ongewijzigd.</p>
<p><b>Thema 4 - Fietsenstalling: advies gevolgd.</b> De stalling komt aan de voorzijde met een trap en een
hellingbaan naar de perrons.</p>
<p><b>Thema 6 - Geluid.</b> De gemeenteraad sluit zich aan bij de beoordeling van de commissie; het bestaande
geluidsscherm volstaat.</p>
<p><b>Thema 8 - Fasering: advies gedeeltelijk gevolgd.</b> De bereikbaarheid van de handelszaken te voet en met de
fiets wordt een voorwaarde in het bestek. De volgorde van de werken legt de gemeenteraad niet vast; die hangt af van
de planning van de NMBS.</p>
<h3>Besluit</h3>
<p><b>Artikel 1.</b> De gemeenteraad stelt het RUP Stationsomgeving definitief vast, met de wijzigingen uit de
motivering.</p>
<p><b>Artikel 2.</b> De bezwaren worden behandeld zoals in de motivering is beschreven.</p>
<p><b>Artikel 3.</b> Het college bezorgt het plan binnen dertig dagen aan de deputatie en het departement
Omgeving.</p>
</body></html>"""


def expected():
    recs = [
        (1, "De GECORO adviseert om de maximale bouwhoogte in zone A",
         "een maximum van zeven bouwlagen in plaats van acht", "partly"),
        (2, "De GECORO adviseert om de parkeernorm voor woningen te verhogen",
         "Een hogere norm trekt meer autoverkeer naar het station", "disagrees"),
        (3, "Zij adviseert om in de voorschriften van zone A en", "leggen nu een minimum van een vijfde onverharde",
         "agrees"),
        (4, "De GECORO adviseert om de overdekte fietsenstalling aan de voorzijde",
         "De stalling komt aan de voorzijde met een trap", "agrees"),
        (5, "De commissie vraagt het stationsgebouw als waardevol gebouw aan te duiden",
         "laat eerst een erfgoedstudie uitvoeren en beslist over de aanduiding", "noted"),
        (6, "De commissie adviseert om de in- en uitrit van de ondergrondse", None, "unanswered"),
        (7, "De GECORO adviseert om de werken zo te faseren dat",
         "De volgorde van de werken legt de gemeenteraad niet vast", "partly"),
    ]
    unmatched = ["De gemeenteraad stelde het ontwerp voorlopig vast op 26 maart 2026",
                 "het bestaande geluidsscherm volstaat",
                 "bezorgt het plan binnen dertig dagen aan de deputatie"]
    notes = ("Advice: a Flemish GECORO's advice on the objections to the RUP Stationsomgeving (Chromium, 2 p.), grouped "
             "in eight numbered THEMES with objection codes; the recommendations are UNNUMBERED sentences inside each "
             "theme's 'Beoordeling.' ('De GECORO adviseert om ...', 'Zij adviseert om ...', 'De commissie vraagt ...', "
             "'De commissie adviseert om ...'): themes 1-5, 7, 8 = expected 1-7; theme 6 (noise) 'stelt geen wijziging "
             "voor'. Traps: the VCRO paraphrased with 'moet', a table of themes and objection codes B01-B23, an "
             "objector's demand quoted with 'moet', a closing line citing 'de adviezen bij de thema's 2 en 5'. "
             "Response: the gemeenteraad's decision adopting the plan; Aanleiding and Juridische grond nothing; "
             "Motivering with INLINE LABELS BY THEME NUMBER in the order 1, 2, 3, 5, 4, 6, 8: theme 1 = 1 partly "
             "(seven storeys, not six; 'gedeeltelijk gevolgd'), theme 2 = 2 disagrees ('niet gevolgd', 0,8 kept), "
             "theme 3 = 3 agrees (a fifth = 20 per cent), theme 5 = 5 noted (heritage study first, 'nog geen "
             "beslissing'), theme 4 = 4 agrees, theme 6 answers the objection that had no advice (nothing), theme 8 "
             "= 7 partly (accessibility in the specifications, the order of works not fixed); theme 7 (= "
             "recommendation 6, car park entrance and closing the Molenstraat) is never mentioned: unanswered. "
             "Besluit Artikel 1-3 nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "GECORO Hoeverdonk - advies GEC/2026/07 - bezwaren RUP Stationsomgeving",
            "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Hoeverdonk - gemeenteraad 22 oktober 2026 - GR/2026/0418",
            "{n}/{m}", F["Regular"])
    expected()

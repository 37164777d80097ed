"""Round 148 (nl): the QUICKSCAN FLORA EN FAUNA of an (invented) ecological consultancy for a housing association's
renovation of portiekflats; its seven recommendations are DECIMAL-NUMBERED 6.1-6.7 hanging under '6 Aanbevelingen',
after the conclusions numbered 5.1-5.6 in exactly the same hanging style under '5 Conclusies'; answered by the
housing association's letter with INLINE 'Ad' LABELS ('Ad 6.4', 'Ad 6.1 en 6.2', 'Ad 5.4', ...) in another order,
one label answering a conclusion.

Advice (Chromium, sans, plum title rule and headings, metadata table, a species table, stamped head, 'pagina n van
m'): the Omgevingswet's species rules paraphrased with 'moet' (trap), the municipality's biodiversity plan quoted with
'moeten' (trap), a 2021 quickscan elsewhere quoted as an imperative (trap), conclusions 5.1-5.6 in the
recommendations' style (trap), 'Wij adviseren niet om openingen in de spouwmuren nu al dicht te zetten' (trap), a
closing naming '6.1 en 6.2' (trap). Response (Chromium, stamped, 'pagina n'): 'Ad 6.4' agrees (twelve temporary bat
boxes in April), 'Ad 6.1 en 6.2' both agree (the bureau commissioned for the follow-up surveys), 'Ad 6.3' partly
(only the blocks with nests wait until after the breeding season), 'Ad 5.4' answers a CONCLUSION (unmatched), 'Ad
6.6' noted (the green belongs to the municipality, advice forwarded), 'Ad 6.5' disagrees (lighting kept as designed
for safety); 6.7 (a working protocol and a toolbox briefing) unanswered; the introduction and the closing answer
nothing. All bodies, places, people, figures and reference numbers invented; the Omgevingswet named as context only.

Run: /tmp/blind148nl/bin/python tests/docs/src/blind148/gen_nl_quickscan_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b148nl as B  # noqa: E402

NAME = "blind148_nl_quickscan"
F = B.tmp_fonts()
SANS = "B148NL Sans"
INK = "#6a2c5a"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.3pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
.top {{ border-top: 3pt solid {INK}; padding-top: 0.15cm; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
table.meta, table.sp {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.5pt; }}
table.meta td, table.sp td, table.sp th {{ border-bottom: 0.6pt solid #cbb3c5; padding: 0.08cm 0.15cm;
  vertical-align: top; text-align: left; }}
table.meta td.k {{ width: 22%; font-weight: bold; color: {INK}; }}
table.sp th {{ background: {INK}; color: #fff; }}
table.hang {{ border-collapse: collapse; width: 100%; margin: 0 0 0.2cm 0; }}
table.hang td {{ padding: 0 0 0.14cm 0; vertical-align: top; text-align: left; }}
table.hang td.n {{ width: 1.1cm; font-weight: bold; color: {INK}; }}
p.ad {{ margin-top: 0.1cm; }}
span.ad {{ font-weight: bold; color: {INK}; }}
tr {{ break-inside: avoid; }}
</style>"""


def hang(items):
    rows = "".join(f'<tr><td class="n">{n}</td><td>{t}</td></tr>' for n, t in items)
    return f'<table class="hang">{rows}</table>'


CONCL = [
    ("5.1", "In de spouwmuren van de blokken Merelstraat 2-24 en 26-48 zijn verblijfplaatsen van de gewone "
            "dwergvleermuis aanwezig of niet uit te sluiten; wij zagen op twee avonden vleermuizen uitvliegen bij "
            "open stootvoegen."),
    ("5.2", "Onder de dakpannen en achter de boeiborden van alle vier blokken zijn nesten van huismussen en "
            "gierzwaluwen niet uit te sluiten."),
    ("5.3", "De bomen en struiken op het binnenterrein zijn geschikt als nestplaats voor algemene broedvogels; zij "
            "blijven bij de renovatie staan."),
    ("5.4", "Het binnenterrein en de achterpaden worden door vleermuizen gebruikt als vliegroute tussen de "
            "Merelstraat en het park De Hooilanden."),
    ("5.5", "Beschermde planten, amfibieën en grondgebonden zoogdieren zijn in het plangebied niet te verwachten."),
    ("5.6", "Zonder nader onderzoek kan niet worden vastgesteld of voor de renovatie een omgevingsvergunning voor "
            "een flora- en fauna-activiteit nodig is."),
]

RECS = [
    ("6.1", "Laat een nader onderzoek naar vleermuizen uitvoeren volgens het landelijke vleermuisprotocol, met vier "
            "veldbezoeken tussen half mei en half september 2027."),
    ("6.2", "Laat in dezelfde periode gericht onderzoek doen naar nestplaatsen van gierzwaluwen en huismussen bij "
            "alle vier blokken."),
    ("6.3", "Plan het verwijderen van de dakgoten, boeiborden en dakpannen en het openen van de spouwmuren buiten het "
            "broedseizoen, dus tussen half september en half maart."),
    ("6.4", "Hang vóór de start van de werkzaamheden ten minste twaalf tijdelijke vleermuiskasten op aan bomen en "
            "gevels in de directe omgeving, verspreid over noord-, oost- en zuidzijde."),
    ("6.5", "Zie af van de nieuwe wandverlichting aan de achtergevels of kies armaturen met amberkleurig licht en "
            "een bewegingsmelder, zodat de vliegroute donker blijft."),
    ("6.6", "Vorm de grasstroken langs de Merelstraat om tot bloemrijk grasland met een maaibeheer van twee keer "
            "per jaar, als voedselgebied voor vleermuizen en insecten."),
    ("6.7", "Stel een ecologisch werkprotocol op en laat een ecoloog de aannemer en de onderaannemers vóór de start "
            "op de bouwplaats instrueren."),
]

ADVICE = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Quickscan flora en fauna
Merelstraat</title>{CSS}</head><body>
<p class="small">Natuurbureau Kievitsveld - ecologisch onderzoek en advies - Weidelaan 8, 3945 KN Zwaanwijk -
info@kievitsveld.example</p>
<div class="top"><h1>Quickscan flora en fauna renovatie Merelstraat</h1>
<p class="small">rapport in opdracht van Woonstichting Dijkzicht</p></div>
<table class="meta">
<tr><td class="k">Opdrachtgever</td><td>Woonstichting Dijkzicht, de heer K. Roelofsen, projectleider</td></tr>
<tr><td class="k">Plangebied</td><td>vier portiekflats Merelstraat 2-96, Zwaanwijk (96 woningen, bouwjaar 1963)</td></tr>
<tr><td class="k">Onderzoekers</td><td>M. de Wit-Pranger MSc (ecoloog) en B. Hagelstein (veldmedewerker)</td></tr>
<tr><td class="k">Kenmerk</td><td>NBK 27-0088</td></tr>
<tr><td class="k">Datum</td><td>30 april 2027</td></tr>
</table>
<h2>1 Aanleiding</h2>
<p>Woonstichting Dijkzicht wil in 2027 en 2028 de vier portiekflats aan de Merelstraat renoveren: de spouwmuren
worden na-geïsoleerd, de daken vernieuwd en de kozijnen vervangen. Bij zulke werkzaamheden kunnen beschermde soorten
worden verstoord. Op grond van de Omgevingswet moet wie werkzaamheden uitvoert voldoende zorg in acht nemen voor in
het wild levende dieren, en moet voor het beschadigen of vernielen van vaste rust- en verblijfplaatsen van
beschermde soorten vooraf een vergunning zijn verleend. Deze quickscan brengt in beeld welke soorten aanwezig kunnen
zijn en wat dat betekent voor de planning.</p>
<h2>2 Beleid van de gemeente</h2>
<p>De gemeente Zwaanwijk stelde in 2025 een biodiversiteitsplan vast. Daarin staat:</p>
<p class="quote">'Bij renovatie en nieuwbouw moeten per woongebouw voorzieningen worden aangebracht voor gebouwbewonende
soorten, zoals gierzwaluw, huismus en vleermuis.'</p>
<h2>3 Werkwijze</h2>
<p>Wij bestudeerden verspreidingsgegevens en bezochten het plangebied op 14 en 22 april 2027, overdag en bij
zonsondergang. Wij keken naar open stootvoegen, spleten achter boeiborden, dakpannen en de beplanting op het
binnenterrein. Bij een vergelijkbare renovatie in Zwaanwijk-Noord adviseerde een ander bureau in 2021:</p>
<p class="quote">'Sluit alle open stootvoegen in het winterhalfjaar af, zodat vleermuizen het gebouw niet meer als
verblijfplaats gebruiken.'</p>
<p>Dat advies is daar zonder vergunning uitgevoerd en leidde tot een handhavingsverzoek. Wij nemen het hier niet
over.</p>
<h2>4 Resultaten</h2>
<table class="sp">
<tr><th>Soortgroep</th><th>Waarneming</th><th>Functie van het plangebied</th></tr>
<tr><td>vleermuizen</td><td>gewone dwergvleermuis, 6 tot 9 dieren uitvliegend; laatvlieger foeragerend</td>
<td>verblijfplaats in spouwmuren; vliegroute en foerageergebied</td></tr>
<tr><td>gebouwbewonende vogels</td><td>huismus (minimaal 5 territoria), gierzwaluw (geen waarneming, te vroeg in
het seizoen)</td><td>nestplaatsen onder pannen en achter boeiborden mogelijk</td></tr>
<tr><td>overige broedvogels</td><td>merel, koolmees, houtduif</td><td>nestplaatsen in bomen en struiken</td></tr>
<tr><td>overige soorten</td><td>geen</td><td>geen</td></tr>
</table>
<h2>5 Conclusies</h2>
{hang(CONCL)}
<h2>6 Aanbevelingen</h2>
<p>Op grond van deze conclusies adviseren wij Woonstichting Dijkzicht het volgende.</p>
{hang(RECS)}
<p>Wij adviseren niet om openingen in de spouwmuren nu al dicht te zetten om vleermuizen te weren: zolang er geen
vergunning is, is dat in strijd met de regels en het verplaatst het probleem alleen maar.</p>
<h2>7 Tot slot</h2>
<p>De uitkomsten van 6.1 en 6.2 bepalen of een vergunning nodig is en welke compenserende maatregelen daarbij horen.
Omdat de veldbezoeken aan seizoenen gebonden zijn, raden wij aan de opdracht daarvoor in mei te geven. Wij lichten
dit rapport graag toe in het bouwteam.</p>
<p class="small">Zwaanwijk, 30 april 2027 - M. de Wit-Pranger MSc, Natuurbureau Kievitsveld</p>
</body></html>"""

RESPONSE = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Reactie op de quickscan
Merelstraat</title>{CSS}</head><body>
<p class="small">Woonstichting Dijkzicht - Havenstraat 31, 3941 AB Zwaanwijk - www.dijkzicht.example</p>
<div class="top"><h1>Reactie op de quickscan flora en fauna Merelstraat</h1>
<p class="small">aan Natuurbureau Kievitsveld, mevrouw M. de Wit-Pranger - afschrift aan de Omgevingsdienst
Waard en Dijk en de bewonerscommissie Merelstraat - ons kenmerk WD/PR-0412/27 - Zwaanwijk, 18 mei 2027</p></div>
<p>Geachte mevrouw De Wit-Pranger,</p>
<p>Wij danken u voor de quickscan van 30 april. Het rapport is besproken in het bouwteam van 11 mei, samen met de
aannemer en de bewonerscommissie. Hieronder geven wij per punt aan hoe wij verder gaan; wij volgen de nummering van
uw rapport.</p>
<p class="ad"><span class="ad">Ad 6.4</span> - De twaalf tijdelijke kasten hangen wij nog deze maand op, zoals u
voorstelt verspreid over drie zijden; de gemeente heeft toestemming gegeven voor zes kasten aan haar bomen aan de
Lijsterlaan.</p>
<p class="ad"><span class="ad">Ad 6.1 en 6.2</span> - Wij hebben uw bureau opdracht gegeven voor het nader
onderzoek naar vleermuizen en naar gierzwaluwen en huismussen. De opdrachtbevestiging volgt deze week.</p>
<p class="ad"><span class="ad">Ad 6.3</span> - Dit nemen wij gedeeltelijk over. Bij de blokken waar het nader
onderzoek nesten of verblijfplaatsen aantoont, beginnen wij pas na half september aan dak en spouw. Bij de andere
blokken starten wij in juni, met een ecologische controle vooraf, omdat de bewoners anders een jaar langer in de
steigers zitten.</p>
<p class="ad"><span class="ad">Ad 5.4</span> - Over de vliegroute over het binnenterrein hebben wij de aannemer
gevraagd de bouwkeet en de bouwlampen aan de straatzijde te plaatsen.</p>
<p class="ad"><span class="ad">Ad 6.6</span> - De grasstroken langs de Merelstraat zijn eigendom van de gemeente.
Wij hebben uw voorstel doorgestuurd naar de afdeling Openbare Ruimte; het is aan de gemeente om daarover te
beslissen.</p>
<p class="ad"><span class="ad">Ad 6.5</span> - De wandverlichting aan de achtergevels houden wij zoals ontworpen.
Bewoners hebben in het participatietraject nadrukkelijk gevraagd om goed verlichte achterpaden, en sociale veiligheid
weegt voor ons hier zwaarder.</p>
<p>Tot slot: wij hebben de bewoners met een nieuwsbrief uitgelegd waarom de planning afhangt van het onderzoek. Wij
houden u op de hoogte van de verdere voorbereiding.</p>
<p>Met vriendelijke groet,</p>
<p class="small">K. Roelofsen, projectleider vastgoed, Woonstichting Dijkzicht</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Natuurbureau Kievitsveld - quickscan flora en fauna Merelstraat, Zwaanwijk - "
            "NBK 27-0088", "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Woonstichting Dijkzicht - reactie quickscan Merelstraat - WD/PR-0412/27",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("6.1", "Laat een nader onderzoek naar vleermuizen uitvoeren volgens het landelijke vleermuisprotocol",
         "Wij hebben uw bureau opdracht gegeven voor het nader onderzoek", "agrees"),
        ("6.2", "Laat in dezelfde periode gericht onderzoek doen naar nestplaatsen",
         "De opdrachtbevestiging volgt deze week", "agrees"),
        ("6.3", "Plan het verwijderen van de dakgoten, boeiborden en dakpannen",
         "Dit nemen wij gedeeltelijk over", "partly"),
        ("6.4", "Hang vóór de start van de werkzaamheden ten minste twaalf tijdelijke vleermuiskasten",
         "De twaalf tijdelijke kasten hangen wij nog deze maand op", "agrees"),
        ("6.5", "Zie af van de nieuwe wandverlichting aan de achtergevels",
         "De wandverlichting aan de achtergevels houden wij zoals ontworpen", "disagrees"),
        ("6.6", "Vorm de grasstroken langs de Merelstraat om tot bloemrijk grasland",
         "Wij hebben uw voorstel doorgestuurd naar de afdeling Openbare Ruimte", "noted"),
        ("6.7", "Stel een ecologisch werkprotocol op en laat een ecoloog", None, "unanswered"),
    ], ["gevraagd de bouwkeet en de bouwlampen aan de straatzijde te plaatsen"],
        "Advice: the QUICKSCAN FLORA EN FAUNA of an ecological consultancy for a housing association's renovation "
        "of four portiekflats; the seven recommendations are DECIMAL-NUMBERED 6.1-6.7 hanging under "
        "'6 Aanbevelingen'. Traps: the Omgevingswet paraphrased with 'moet', the municipal biodiversity plan quoted "
        "with 'moeten', another bureau's 2021 advice quoted as an imperative ('Sluit alle open stootvoegen ...', "
        "rejected), conclusions 5.1-5.6 hanging in exactly the same style under '5 Conclusies', 'Wij adviseren niet "
        "om openingen in de spouwmuren nu al dicht te zetten', a closing naming '6.1 en 6.2'. Response: the "
        "association's letter with INLINE 'Ad' LABELS in the order 6.4, '6.1 en 6.2', 6.3, 5.4, 6.6, 6.5: 6.4 "
        "agrees (twelve boxes this month), 6.1 and 6.2 agree (the bureau commissioned for both surveys), 6.3 partly "
        "(only blocks with nests wait until mid-September), 'Ad 5.4' answers a CONCLUSION (unmatched), 6.6 noted "
        "(the green is the municipality's; forwarded), 6.5 disagrees (lighting kept for social safety). 6.7 (a "
        "working protocol and a toolbox briefing) is never answered. Introduction and closing answer nothing.")
    print("written", NAME)

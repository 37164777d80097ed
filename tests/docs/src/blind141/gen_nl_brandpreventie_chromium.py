"""Round 141 (nl): the (Flemish, invented) BRANDPREVENTIEVERSLAG of a hulpverleningszone's fire prevention service on
an application for an omgevingsvergunning (conversion of a former textile mill into a youth centre); its seven
recommendations are UNNUMBERED BULLETS under 'Aanbevelingen' sub-heads in four theme sections, each after a bulleted
'Vaststellingen' list in the same style; answered by an EXTRACT FROM THE DECISION of the college van burgemeester en
schepenen, whose 'Beoordeling van het brandweeradvies' paraphrases BY THEME in running text, in another order, with
one paragraph answering two recommendations with different verdicts, among replies to other advisers.

Advice (Chromium, sans, brick-red title band and headings, stamped head, 'blz. n/m'): the basic fire-safety standards
paraphrased with 'moet' (trap), the zone's 2019 advice quoted as an imperative (carried out, trap), bulleted
'Vaststellingen' in the recommendations' style (trap), 'De zone adviseert niet om een automatische
sprinklerinstallatie te plaatsen' (trap), a conclusion 'gunstig onder voorwaarden' and a closing line naming the
second staircase and the occupancy (trap). Response (Chromium, stamped): 1 agrees, 5 agrees, 3 disagrees + 4 partly
in one paragraph, 7 partly, 6 noted; 2 unanswered; the heritage agency's and the road agency's advice answered too
(nothing of the zone's); preamble, 'Besluit' articles and closing answer nothing. All bodies, places, people, figures
and reference numbers invented; rules named as context only.

Run: /tmp/blind141nl/bin/python tests/docs/src/blind141/gen_nl_brandpreventie_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b141nl as B  # noqa: E402

NAME = "blind141_nl_brandpreventie"
F = B.tmp_fonts()
SANS = "B141NL Sans"
INK = "#8e2b1f"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.4pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: #fff; background: {INK}; padding: 0.25cm 0.3cm; margin: 0 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.12cm 0; break-after: avoid; }}
h3 {{ font-size: 9.6pt; color: #333; margin: 0.18cm 0 0.06cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
ul {{ margin: 0 0 0.2cm 0; padding-left: 0.55cm; }}
li {{ margin: 0 0 0.08cm 0; text-align: justify; }}
.verdict {{ border: 1pt solid {INK}; padding: 0.15cm 0.3cm; margin: 0.2cm 0; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.05cm 0 0.25cm 0; font-size: 8.6pt; }}
td {{ border: 0.6pt solid #d2a59c; padding: 0.06cm 0.15cm; vertical-align: top; }}
td.k {{ background: #f6e9e6; width: 28%; }}
ol.art {{ margin: 0 0 0.2cm 0; padding-left: 0.6cm; }}
</style>"""


def ul(items):
    return "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Brandpreventieverslag</title>
{CSS}</head><body>
<p class="small">Hulpverleningszone Vlasland - Dienst Brandvoorkoming - Brandweerlaan 2, 8790 Heulegem</p>
<h1>Brandpreventieverslag bij een omgevingsaanvraag</h1>
<table>
<tr><td class="k">Aan</td><td>College van burgemeester en schepenen van Heulegem, dienst Omgeving</td></tr>
<tr><td class="k">Ons kenmerk</td><td>BV/2026/0693 - uw kenmerk OMV_2026041873</td></tr>
<tr><td class="k">Voorwerp</td><td>verbouwing van de voormalige weverij De Spoel, Spoelstraat 14, tot jeugdcentrum met
fuifzaal, repetitielokalen en bureaus</td></tr>
<tr><td class="k">Aanvrager</td><td>Autonoom Gemeentebedrijf Heulegem, architect: Studio Vandamme-Lippens</td></tr>
<tr><td class="k">Datum en verslaggever</td><td>18 juni 2026 - kapitein Ann-Sofie Delrue,
brandpreventieadviseur</td></tr>
</table>
<h2>1. Beschrijving van het project</h2>
<p>De weverij De Spoel is een gebouw uit 1927 met twee bouwlagen en een zolder, langs de Leie. Na de verbouwing komt
op het gelijkvloers een fuifzaal voor 350 personen met een bar en een vestiaire; op de verdieping komen zes
repetitielokalen en de bureaus van de jeugddienst. De zolder wordt een opslagruimte. Het gebouw is een laag gebouw in
de zin van de basisnormen. Wij bestudeerden de plannen van 27 mei 2026 en bezochten het gebouw op 9 juni 2026 samen
met de architect.</p>
<h2>2. Reglementair kader</h2>
<p>Volgens de basisnormen voor de preventie van brand en ontploffing moet een laag gebouw verdeeld zijn in
compartimenten van ten hoogste 2500 vierkante meter, en moet elke verdieping over ten minste twee uitgangen
beschikken wanneer er meer dan 100 personen aanwezig kunnen zijn. Die verplichtingen gelden hoe dan ook en worden als
voorwaarden in dit verslag overgenomen. Wat hieronder onder 'Aanbevelingen' staat, gaat verder dan de reglementering;
de zone vraagt het college die aanbevelingen als voorwaarde in de vergunning op te nemen.</p>
<p>Bij de tijdelijke invulling van het gebouw als fuiflocatie schreef de zone in 2019:</p>
<p class="quote">'Houd de nooduitgang aan de Spoelstraat altijd vrij van gestapeld materiaal en meubilair.'</p>
<p>Daar is sindsdien steeds aan voldaan.</p>
<h2>3. Vaststellingen en aanbevelingen</h2>
<h3>3.1 Compartimentering</h3>
<p><i>Vaststellingen</i></p>
{ul(["De fuifzaal en de repetitielokalen vormen in het ontwerp één compartiment, gescheiden door een lichte "
     "scheidingswand met een brandweerstand van EI 30.",
     "De trappenhal staat via twee gewone deuren in open verbinding met de gangen van de verdieping."])}
<p><i>Aanbevelingen</i></p>
{ul(["Voer de wand tussen de fuifzaal en de repetitielokalen uit met een brandweerstand van EI 60, tot tegen de "
     "dakvloer.",
     "Plaats op de overloop van de trappenhal zelfsluitende deuren met kleefmagneten die gekoppeld zijn aan de "
     "branddetectie."])}
<h3>3.2 Evacuatie</h3>
<p><i>Vaststellingen</i></p>
{ul(["De verdieping heeft één binnentrap; de tweede uitgang loopt via een bureau naar een smal terras zonder "
     "trap.",
     "De breedte van de uitgangen van de fuifzaal volstaat voor 350 personen."])}
<p><i>Aanbevelingen</i></p>
{ul(["Bouw een tweede, stalen buitentrap aan de noordgevel, zodat de verdieping twee uitgangen krijgt die ver genoeg "
     "uit elkaar liggen.",
     "Beperk de bezetting van de fuifzaal tot 250 personen zolang die tweede trap er niet is."])}
<h3>3.3 Rook- en warmteafvoer</h3>
<p><i>Vaststellingen</i></p>
{ul(["De trappenhal heeft geen opening bovenaan; bij brand loopt de rook vast onder het dak."])}
<p><i>Aanbevelingen</i></p>
{ul(["Installeer bovenaan de trappenhal een automatisch openend rookluik met een bedieningskast naast de "
     "hoofdingang."])}
<p>De zone adviseert niet om een automatische sprinklerinstallatie te plaatsen: voor een laag gebouw van deze omvang
is dat niet vereist, en de kosten wegen niet op tegen de winst ten opzichte van een goede compartimentering.</p>
<h3>3.4 Bluswater en bereikbaarheid</h3>
<p><i>Vaststellingen</i></p>
{ul(["De dichtstbijzijnde hydrant ligt op 180 meter, aan de overkant van de Leiebrug.",
     "Langs de Leiekaai kan een ladderwagen zich opstellen, maar daar wordt nu vaak geparkeerd."])}
<p><i>Aanbevelingen</i></p>
{ul(["Laat op minder dan 100 meter van de hoofdingang een bijkomende ondergrondse hydrant aanleggen.",
     "Houd de strook langs de Leiekaai permanent vrij als opstelplaats voor de ladderwagen en markeer ze met gele "
     "belijning."])}
<h2>4. Besluit</h2>
<p class="verdict">Het advies van de zone is GUNSTIG onder de voorwaarden van het reglementair kader en met
inachtneming van de aanbevelingen hierboven.</p>
<p>De zone vraagt het college in het bijzonder de aanbevelingen over de tweede trap en de bezetting van de fuifzaal
niet te laten vallen. Na de werken volgt een controlebezoek vóór de ingebruikname.</p>
<p>Kapitein Ann-Sofie Delrue, brandpreventieadviseur<br>Voor de zonecommandant, kolonel Pieter Vanhoutte</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Uittreksel collegebesluit</title>
{CSS}</head><body>
<p class="small">Gemeente Heulegem - Marktplein 1, 8790 Heulegem</p>
<h1>Uittreksel uit het besluit van het college van burgemeester en schepenen</h1>
<p class="small">Zitting van 21 juli 2026 - aanwezig: Lieven Dewaele, burgemeester-voorzitter; Sarah Maes, Kurt
Verschuere, Nele Goethals, schepenen; Tom De Smet, algemeen directeur - dossier OMV_2026041873 - aanvraag
omgevingsvergunning voor de verbouwing van de voormalige weverij De Spoel tot jeugdcentrum</p>
<h2>Adviezen</h2>
<p>Over de aanvraag werden adviezen gevraagd aan de Hulpverleningszone Vlasland (brandpreventieverslag BV/2026/0693,
gunstig onder voorwaarden), aan het agentschap voor onroerend erfgoed (voorwaardelijk gunstig) en aan het agentschap
voor wegen (gunstig).</p>
<h2>Beoordeling van het erfgoedadvies en het wegenadvies</h2>
<p>Het college volgt het erfgoedadvies: de gietijzeren kolommen in de weefzaal blijven zichtbaar en de sheddaken
worden hersteld met hetzelfde profiel. Het agentschap voor wegen vraagt geen bijkomende maatregelen; het fietspad
langs de Spoelstraat blijft ongewijzigd.</p>
<h2>Beoordeling van het brandweeradvies</h2>
<p>De scheiding tussen de fuifzaal en de repetitielokalen wordt zwaarder uitgevoerd, zoals de zone vraagt: de
aanvrager bevestigde dat de wand wordt opgetrokken tot tegen de dakvloer en een brandweerstand van een uur krijgt. Het
college legt dit op als voorwaarde.</p>
<p>Ook de rookafvoer in de trappenhal neemt het college integraal over: er komt een rookluik dat automatisch opent,
met de bediening bij de hoofdingang.</p>
<p>Voor de evacuatie van de verdieping kiest het college een andere oplossing dan de zone. Een stalen buitentrap aan
de noordgevel wordt niet opgelegd, omdat die de beschermde gevel aan de Leie ontsiert en het erfgoedadvies ze
afraadt; de tweede uitgang komt via een verbrede en beveiligde vluchtweg over het terras naar de buurlocatie van de
muziekacademie. De gevraagde beperking van de bezetting wordt wel opgelegd, maar minder streng: tot de nieuwe
vluchtweg klaar is, mogen er ten hoogste 300 personen in de fuifzaal.</p>
<p>De opstelplaats langs de Leiekaai wordt met gele belijning gemarkeerd. Een permanent parkeerverbod vindt het college
te ver gaan, gelet op de parkeerdruk bij de woningen aan de kaai; het verbod geldt enkel tijdens activiteiten in het
jeugdcentrum.</p>
<p>Wat de bijkomende hydrant betreft, neemt het college akte van de vraag van de zone. De aanleg hangt af van de
watermaatschappij, met wie de dienst Omgeving in overleg gaat; in deze vergunning wordt hierover niets opgelegd.</p>
<h2>Besluit</h2>
<ol class="art">
<li>De omgevingsvergunning wordt verleend aan het Autonoom Gemeentebedrijf Heulegem.</li>
<li>De vergunninghouder leeft de voorwaarden uit het brandpreventieverslag BV/2026/0693 na, met uitzondering van wat
in de beoordeling hierboven anders is bepaald.</li>
<li>Vóór de ingebruikname vraagt de vergunninghouder een controlebezoek aan bij de Hulpverleningszone Vlasland.</li>
</ol>
<p>Namens het college,<br>Tom De Smet, algemeen directeur - Lieven Dewaele, burgemeester</p>
<p class="small">Voor eensluidend uittreksel, Heulegem, 23 juli 2026.</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Hulpverleningszone Vlasland - brandpreventieverslag jeugdcentrum De Spoel - "
            "BV/2026/0693", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Heulegem - uittreksel collegebesluit 21 juli 2026 - OMV_2026041873",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Voer de wand tussen de fuifzaal en de repetitielokalen uit",
         "tot tegen de dakvloer en een brandweerstand van een uur", "agrees"),
        ("2", "Plaats op de overloop van de trappenhal zelfsluitende deuren", None, "unanswered"),
        ("3", "Bouw een tweede, stalen buitentrap aan de noordgevel,",
         "de beschermde gevel aan de Leie ontsiert", "disagrees"),
        ("4", "Beperk de bezetting van de fuifzaal tot 250 personen",
         "ten hoogste 300 personen in de fuifzaal", "partly"),
        ("5", "Installeer bovenaan de trappenhal een automatisch openend rookluik",
         "neemt het college integraal over", "agrees"),
        ("6", "Laat op minder dan 100 meter van de hoofdingang een bijkomende",
         "neemt het college akte van de vraag", "noted"),
        ("7", "Houd de strook langs de Leiekaai permanent vrij als opstelplaats",
         "het verbod geldt enkel tijdens activiteiten", "partly"),
    ], ["de gietijzeren kolommen in de weefzaal blijven zichtbaar",
        "het fietspad langs de Spoelstraat blijft ongewijzigd"],
        "Advice: a (Flemish) fire prevention report (brandpreventieverslag) of a hulpverleningszone on an application "
        "for an omgevingsvergunning (former textile mill to youth centre), to the college; the seven recommendations "
        "are UNNUMBERED BULLETS under italic 'Aanbevelingen' sub-heads in sections 3.1-3.4 (numbered 1-7 here in "
        "reading order), each after an italic 'Vaststellingen' bullet list in exactly the same style. Traps: the "
        "basic fire-safety standards paraphrased with 'moet', the zone's 2019 advice quoted as an imperative ('Houd de "
        "nooduitgang ... vrij', carried out), the findings bullets, 'De zone adviseert niet om een automatische "
        "sprinklerinstallatie te plaatsen', a framed conclusion 'GUNSTIG onder voorwaarden', a closing line naming the "
        "second staircase and the occupancy. Response: an extract from the college's decision on the permit; after "
        "replies to the heritage and road agencies (unmatched), 'Beoordeling van het brandweeradvies' paraphrases BY "
        "THEME in another order: 1 agrees (wall up to the roof, one hour), 5 agrees ('integraal over'), ONE paragraph "
        "= 3 disagrees (no outside staircase; escape route over the terrace) + 4 partly (300 instead of 250 persons), "
        "7 partly (marking yes, parking ban only during activities), 6 noted ('neemt ... akte', consults the water "
        "company). 2 (self-closing doors on the landing) is never answered. 'Adviezen', the 'Besluit' articles and "
        "the closing answer nothing.")
    print("written", NAME)

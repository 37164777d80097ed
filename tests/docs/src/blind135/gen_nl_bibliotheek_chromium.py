"""Round 135 (nl): the ADVIES of an (invented) Flemish BIBLIOTHEEKRAAD (the library's users' and partners' council)
on the ontwerp-beleidsplan of the public library, its seven recommendations the right-hand text of a HANGING LAYOUT
with a MARGIN KEYWORD on the left ('Openingsuren', 'Filiaal Oosterhoven', ...), after 'Vaststellingen' set in exactly
the same margin-keyword layout; answered by the COLLEGE VAN BURGEMEESTER EN SCHEPENEN's decision: a 'Motivering' BY
THEME in another order, then DECISION ARTICLES that sum up (one recommendation never answered).

Advice (Chromium --print-to-pdf, one column, indigo headings, stamped head from p. 2, 'pagina n/m'): the decree on
local cultural policy paraphrased with 'moet' (trap), the margin-keyword findings (trap), the council's 2021 advice
quoted (carried out, trap), 'De raad adviseert niet om' (trap), a closing line naming 'de adviezen over het filiaal en
de open bib' (trap). Response (Chromium, stamped): 3 agrees, 5 agrees, 1 partly, 6 partly, 2 disagrees, 4 noted; 7
unanswered; 'Voorgeschiedenis', 'Financiële weerslag' and 'Artikel 1' answer nothing. All bodies, places, people,
figures and reference numbers invented; laws named as context only.

Run: /tmp/blind135nl/bin/python tests/docs/src/blind135/gen_nl_bibliotheek_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b135nl as B  # noqa: E402

NAME = "blind135_nl_bibliotheek"
F = B.tmp_fonts()
SANS = "B135NL Sans"
INK = "#2e3a7a"

CSS = f"""<style>
@page {{ size: A4; margin: 2.1cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.8pt; line-height: 1.45; color: #111; }}
p {{ margin: 0 0 0.22cm 0; text-align: justify; }}
h1 {{ font-size: 16pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11.5pt; color: {INK}; margin: 0.4cm 0 0.12cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.3cm 0 0.1cm 0; break-after: avoid; }}
.small {{ font-size: 8.2pt; color: #555; text-align: left; }}
table.kw {{ border-collapse: collapse; width: 100%; margin: 0 0 0.2cm 0; }}
table.kw td {{ vertical-align: top; padding: 0.08cm 0 0.16cm 0; }}
table.kw td.k {{ width: 3.6cm; padding-right: 0.35cm; font-size: 8.4pt; font-weight: bold; color: {INK};
                 border-right: 1.2pt solid #b8bedf; text-transform: uppercase; letter-spacing: 0.3pt; }}
table.kw td.t {{ padding-left: 0.35cm; text-align: justify; }}
table.kw tr {{ break-inside: avoid; }}
.quote {{ margin: 0.1cm 0.8cm 0.2cm 0.8cm; font-style: italic; color: #444; }}
.art {{ margin: 0 0 0.15cm 0; }}
.art b {{ color: {INK}; }}
hr {{ border: none; border-top: 1.2pt solid {INK}; margin: 0.2cm 0 0.3cm 0; }}
</style>"""


def kw(rows):
    body = "".join(f'<tr><td class="k">{k}</td><td class="t">{t}</td></tr>' for k, t in rows)
    return f'<table class="kw">{body}</table>'


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies bibliotheekraad</title>{CSS}
</head><body>
<p class="small">Bibliotheekraad Sint-Rijkel - p/a Openbare Bibliotheek, Kloosterstraat 12, 3799 Sint-Rijkel</p>
<h1>Advies over het ontwerp-beleidsplan bibliotheek 2026-2031</h1>
<p class="small">Advies BR/2026/04 - goedgekeurd op de vergadering van 21 mei 2026 (11 leden aanwezig, unaniem) -
aan het college van burgemeester en schepenen van Sint-Rijkel</p>
<hr>
<h2>1. Adviesvraag</h2>
<p>Op 25 maart 2026 vroeg het college de bibliotheekraad om advies over het ontwerp-beleidsplan van de openbare
bibliotheek voor de periode 2026-2031. De bibliotheekraad verenigt gebruikers, scholen, de seniorenraad, het
Huis van het Nederlands en de lokale leesclubs. Het ontwerp werd op twee vergaderingen besproken; daarnaast
legde de raad een korte bevraging voor aan 284 bezoekers van de hoofdbibliotheek en het filiaal Oosterhoven.</p>
<p>Het decreet over het lokaal cultuurbeleid bepaalt dat elke gemeente een openbare bibliotheek moet hebben die
voor iedereen toegankelijk is, en dat het beleid met de gebruikers moet worden besproken. Dit advies is de
bijdrage van de bibliotheekraad aan dat overleg.</p>
<h2>2. Vaststellingen</h2>
{kw([("Bezoekers", "De hoofdbibliotheek telde in 2025 ruim 96.000 bezoeken, het filiaal Oosterhoven 7.800. Het "
       "aantal actieve leners daalde sinds 2019 met 6 procent, maar bij kinderen onder twaalf jaar steeg het."),
      ("Openingsuren", "De hoofdbibliotheek is 31 uur per week open, en nooit op zondag. In de bevraging noemden "
       "118 van de 284 bezoekers de openingsuren het grootste probleem."),
      ("Filiaal", "Het ontwerp stelt voor het filiaal Oosterhoven in 2027 te sluiten, omdat het gebouw niet meer "
       "voldoet. Voor veel oudere inwoners van Oosterhoven ligt de hoofdbibliotheek op meer dan vijf kilometer."),
      ("Te-laatgelden", "In 2025 ontving de bibliotheek 14.300 euro aan te-laatgelden. Gezinnen met een laag "
       "inkomen laten hun kaart soms blokkeren omdat ze de boete niet kunnen betalen.")])}
<p>In 2021 vroeg de raad al:</p>
<p class="quote">'Zorg ervoor dat de bibliotheek een aparte hoek voor jongeren krijgt, met studieplekken en
stopcontacten.'</p>
<p>Die hoek is er sinds 2023 en wordt druk gebruikt; de raad komt er niet op terug. De raad adviseert niet om de
uitleentermijn van drie naar vier weken te verlengen: de meeste leners brengen hun boeken binnen twee weken
terug, en een langere termijn maakt de wachtlijsten voor nieuwe boeken langer.</p>
<h2>3. Advies</h2>
<p>De bibliotheekraad geeft een gunstig advies over het ontwerp-beleidsplan en vraagt het college om bij de
definitieve versie rekening te houden met de volgende punten.</p>
{kw([("Openingsuren", "De raad adviseert om de hoofdbibliotheek ook op zondagvoormiddag van 10 tot 13 uur open "
       "te stellen, zodat gezinnen en werkende inwoners er terecht kunnen."),
      ("Filiaal Oosterhoven", "Wij vragen het college om het filiaal in Oosterhoven niet te sluiten, maar het onder "
       "te brengen in het nieuwe gebouw van basisschool De Linde, dat in 2027 opent."),
      ("Te-laatgelden", "De raad adviseert om de te-laatgelden voor kinderen en jongeren tot 18 jaar volledig af "
       "te schaffen."),
      ("Open bib", "Wij adviseren om de zelfbediening buiten de openingsuren pas in te voeren nadat de gemeente "
       "met de gebruikers een regeling heeft uitgewerkt voor camera's en privacy."),
      ("Digitale hulp", "De raad vraagt om in de hoofdbibliotheek twee keer per week een digitaal spreekuur te "
       "houden, waar inwoners hulp krijgen bij e-loket, itsme en online bankieren."),
      ("Anderstaligen", "Wij adviseren om het budget voor boeken in andere talen, onder meer het Arabisch, Pools "
       "en Oekraïens, te verhogen van 1.500 tot 3.000 euro per jaar."),
      ("Scholen", "Tot slot adviseert de raad om een halftijdse leesconsulent aan te werven die de "
       "scholen van Sint-Rijkel begeleidt bij hun leesbeleid.")])}
<h2>4. Tot slot</h2>
<p>De raad vraagt het college om vooral de adviezen over het filiaal en de open bib te bespreken voor het plan
naar de gemeenteraad gaat. De raad licht zijn advies graag toe.</p>
<p>Voor de bibliotheekraad,<br>Lieve Vandenbossche, voorzitter<br>Koen Maes, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Besluit college</title>{CSS}
</head><body>
<p class="small">Gemeente Sint-Rijkel - Uittreksel uit de notulen van het college van burgemeester en schepenen</p>
<h1>Advies bibliotheekraad over het beleidsplan bibliotheek: standpunt</h1>
<p class="small">Zitting van 23 juni 2026 - dossier CUL/2026/0318 - aanwezig: de burgemeester, de schepenen en de
algemeen directeur</p>
<hr>
<h2>Voorgeschiedenis</h2>
<p>Collegebeslissing van 25 maart 2026 over de adviesvraag aan de bibliotheekraad. Advies BR/2026/04 van de
bibliotheekraad van 21 mei 2026. Bespreking met de bibliothecaris en het diensthoofd cultuur op 9 juni 2026.</p>
<h2>Motivering</h2>
<p>Het college dankt de bibliotheekraad voor zijn uitgebreide en goed onderbouwde advies. Het standpunt over de
afzonderlijke punten is als volgt.</p>
<h3>Boetes voor jonge leners</h3>
<p>Het college deelt de mening van de raad. Vanaf 1 januari 2027 betalen leners jonger dan 18 jaar geen boete
meer; de gemiste inkomsten worden geraamd op 5.200 euro.</p>
<h3>Hulp bij digitale zaken</h3>
<p>Ook dit voorstel wordt gevolgd. Vanaf september houdt de bibliotheek op dinsdag en donderdag een digitaal
spreekuur, samen met de vrijwilligers van de Digidokters.</p>
<h3>Zondagsopening</h3>
<p>Een wekelijkse opening op zondag vraagt meer personeel dan nu beschikbaar is. Het college kiest daarom voor een
proef: in 2027 gaat de hoofdbibliotheek één zondag per maand open, van 10 tot 13 uur. Na een jaar wordt bekeken
of dat kan worden uitgebreid.</p>
<h3>Collectie in andere talen</h3>
<p>Het budget voor anderstalige boeken wordt verhoogd tot 2.200 euro. Een verdubbeling is binnen het
meerjarenplan niet haalbaar; wel zoekt de bibliotheek samenwerking met de Provinciale Bibliotheekdienst voor
wisselcollecties.</p>
<h3>Filiaal Oosterhoven</h3>
<p>Het college blijft bij de sluiting van het filiaal in 2027. In De Linde is geen ruimte voor een publieke
bibliotheek die ook buiten de schooluren open is. Wel rijdt vanaf 2027 elke woensdag en zaterdag een
boekenbus naar het dorpsplein van Oosterhoven.</p>
<h3>Zelfbediening buiten de openingsuren</h3>
<p>Het college neemt akte van de opmerkingen over camera's en privacy. Over de invoering van de open bib is nog
geen beslissing genomen; de bibliothecaris maakt eerst een studie op.</p>
<h2>Financiële weerslag</h2>
<p>De bijkomende kosten bedragen in 2027 ongeveer 27.000 euro, waarvan 19.000 euro voor de boekenbus. Ze worden
opgenomen in actie 3.1.4 van het meerjarenplan.</p>
<h2>Besluit</h2>
<p class="art"><b>Artikel 1.</b> Het college neemt kennis van advies BR/2026/04 van de bibliotheekraad.</p>
<p class="art"><b>Artikel 2.</b> Het ontwerp-beleidsplan wordt aangepast zoals in de motivering beschreven en
wordt ter goedkeuring voorgelegd aan de gemeenteraad van 8 september 2026.</p>
<p class="art"><b>Artikel 3.</b> Een afschrift van deze beslissing wordt bezorgd aan de voorzitter van de
bibliotheekraad.</p>
<p>Voor eensluidend uittreksel,<br>de algemeen directeur, Bart Claes - de burgemeester, Sofie Wouters</p>
</body></html>"""

if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Bibliotheekraad Sint-Rijkel - advies BR/2026/04 - beleidsplan bibliotheek "
            "2026-2031", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Sint-Rijkel - college van burgemeester en schepenen - zitting 23 juni "
            "2026", "pagina {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        (1, "De raad adviseert om de hoofdbibliotheek ook op zondagvoormiddag",
         "gaat de hoofdbibliotheek één zondag per maand open", "partly"),
        (2, "Wij vragen het college om het filiaal in Oosterhoven niet",
         "Het college blijft bij de sluiting van het filiaal", "disagrees"),
        (3, "De raad adviseert om de te-laatgelden voor kinderen en jongeren",
         "betalen leners jonger dan 18 jaar geen boete meer", "agrees"),
        (4, "Wij adviseren om de zelfbediening buiten de openingsuren pas in",
         "de bibliothecaris maakt eerst een studie op", "noted"),
        (5, "De raad vraagt om in de hoofdbibliotheek twee keer per week",
         "samen met de vrijwilligers van de Digidokters", "agrees"),
        (6, "Wij adviseren om het budget voor boeken in andere talen",
         "Het budget voor anderstalige boeken wordt verhoogd tot 2.200 euro", "partly"),
        (7, "Tot slot adviseert de raad om een halftijdse leesconsulent aan", None, "unanswered"),
    ], ["dankt de bibliotheekraad voor zijn uitgebreide en goed onderbouwde advies",
        "waarvan 19.000 euro voor de boekenbus",
        "neemt kennis van advies BR/2026/04"],
        "Advice: a Flemish public-library council's advice on the library's draft policy plan; the seven "
        "recommendations are the right-hand texts of a HANGING LAYOUT whose left column holds an upper-case MARGIN "
        "KEYWORD ('Openingsuren', 'Filiaal Oosterhoven', 'Te-laatgelden', 'Open bib', 'Digitale hulp', "
        "'Anderstaligen', 'Scholen'), no numbers. Traps: 'Vaststellingen' set in exactly the same margin-keyword "
        "layout (two keywords repeat: 'Openingsuren', 'Te-laatgelden'), the decree paraphrased with 'moet', the "
        "2021 advice quoted as an imperative (carried out), 'De raad adviseert niet om de uitleentermijn ... te "
        "verlengen', a closing line naming 'de adviezen over het filiaal en de open bib'. Response: the college's "
        "decision; 'Voorgeschiedenis' (nothing), a 'Motivering' BY THEME under its own headings in the order 3 "
        "agrees (no fines under 18), 5 agrees (digital help Tuesdays and Thursdays), 1 partly (one Sunday a month "
        "as a trial), 6 partly (2,200 not 3,000 euro), 2 disagrees (the branch closes; a book bus instead), 4 noted "
        "('neemt akte', study first, no decision). 7 (a half-time reading consultant for schools) is never "
        "answered. 'Financiële weerslag' (figures, 'actie 3.1.4') and the 'Besluit' articles 1-3 answer nothing.")
    print("written", NAME)

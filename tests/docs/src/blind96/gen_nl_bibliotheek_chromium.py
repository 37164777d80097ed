"""Round 96 (nl, Flemish): the ADVIES of the BEHEERSORGAAN of a municipal public library on the proposed new opening
hours and the closing of a branch library, answered by an UITTREKSEL UIT HET BESLUITENREGISTER of the college van
burgemeester en schepenen (Context / Argumentatie citing 'punt 4.n' / Besluit articles).

Advice (Chromium headless, sans, teal letterhead, floated grey sidebar 'In cijfers', @page running head and
'blz. n/m'): the decree on local cultural policy and the bibliotheekreglement quoted with 'moet', 'Vaststellingen'
numbered 3.1-3.4 (same numbering style as the recommendations), the 2021 advice quoted; recommendations as the
numbered PARAGRAPHS 4.1-4.7 of the section 'Adviezen'. Response: order 4.2, 4.1+4.3, 4.6, 4.5, 4.4; 4.7
unanswered. All invented.

Run: /tmp/blind96nl/bin/python tests/docs/src/blind96/gen_nl_bibliotheek_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b96nl as B  # noqa: E402

NAME = "blind96_nl_bibliotheek"
F = B.tmp_fonts()
FAM = "B96NL Sans"


def page(title, head, body, extra=""):
    css = """
@font-face { font-family: 'W'; src: url('file://%s'); }
@font-face { font-family: 'W'; font-weight: bold; src: url('file://%s'); }
@font-face { font-family: 'W'; font-style: italic; src: url('file://%s'); }
@page { size: A4; margin: 20mm 19mm 18mm 19mm;
  @top-left { content: '%s'; font-family: 'W'; font-size: 7.5pt; color: #666; }
  @bottom-right { content: 'blz. ' counter(page) '/' counter(pages); font-family: 'W'; font-size: 7.5pt;
                  color: #666; } }
@page :first { @top-left { content: none; } }
body { font-family: 'W'; font-size: 9.7pt; line-height: 1.4; color: #151515; }
h1 { font-size: 15pt; color: #0d6e6e; margin: 8pt 0 6pt 0; }
h2 { font-size: 11pt; color: #0d6e6e; margin: 12pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
.lh { border-bottom: 3px solid #0d6e6e; padding-bottom: 6pt; font-size: 8.5pt; color: #333; }
.lh b { font-size: 12pt; color: #0d6e6e; }
.np { display: flex; margin: 0 0 6pt 0; }
.np .n { width: 28pt; flex: none; font-weight: bold; }
.side { float: right; width: 150pt; margin: 2pt 0 8pt 12pt; padding: 7pt 9pt; background: #eceff1;
        border-left: 3px solid #0d6e6e; font-size: 8.5pt; }
.side p { margin: 0 0 4pt 0; }
table.m td { font-size: 8.8pt; padding: 2pt 6pt 2pt 0; vertical-align: top; }
%s
""" % (F["Regular"], F["Bold"], F["Italic"], head, extra)
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (title, css, body))


def np(n, t):
    return "<div class='np'><div class='n'>%s</div><div>%s</div></div>" % (n, t)


ADVICE = """
<div class="lh"><b>Beheersorgaan Bibliotheek Hoogbeke</b><br>Kerkplein 4, 2275 Hoogbeke |
beheersorgaan@bibhoogbeke.be</div>
<p style="font-size:8.5pt;color:#333;margin-top:6pt">Advies 2026/03 - vergadering van 3 maart 2026<br>
Aan het college van burgemeester en schepenen van Hoogbeke</p>
<h1>Advies over het voorstel tot herziening van de openingsuren en de sluiting van het filiaal Sint-Jozef</h1>
<div class="side"><p><b>In cijfers (2025)</b></p>
<p>Leden: 6.412, waarvan 2.380 jonger dan 18</p><p>Uitleningen hoofdbibliotheek: 141.300</p>
<p>Uitleningen filiaal Sint-Jozef: 11.950</p><p>Openingsuren per week: 38 (hoofdbibliotheek), 9 (filiaal)</p>
<p>Klasbezoeken: 212, waarvan 64 in het filiaal</p></div>
<h2>1. Adviesvraag</h2>
<p>Bij brief van 2 februari 2026 vroeg het college het beheersorgaan om advies over het voorstel van de
bibliotheekcoördinator om de openingsuren van de hoofdbibliotheek te herschikken en het filiaal in de deelgemeente
Sint-Jozef op 1 september 2026 te sluiten. Volgens artikel 5 van het huishoudelijk reglement moet het beheersorgaan
worden gehoord over elke wijziging van de dienstverlening die meer dan één deelgemeente raakt.</p>
<h2>2. Het voorstel</h2>
<p>Het voorstel verschuift vier openingsuren van de weekdagen naar de zaterdag en sluit het filiaal Sint-Jozef, dat
nog negen uur per week open is. De vrijgekomen personeelsinzet (0,4 VTE) gaat naar de hoofdbibliotheek. Het bestuur
wil daarmee besparen op huur en energie en de hoofdbibliotheek beter bemannen. Het bibliotheekreglement bepaalt dat
de bibliotheek toegankelijk moet zijn voor alle inwoners, en het decreet lokaal cultuurbeleid vraagt een
bibliotheekwerking die alle doelgroepen bereikt.</p>
<h2>3. Vaststellingen</h2>
""" + np("3.1", "Het filiaal wordt vooral bezocht door ouderen en door de twee lagere scholen van Sint-Jozef. Veel "
                "van die bezoekers hebben geen auto; de bus naar het centrum rijdt maar één keer per uur.") + \
    np("3.2", "De uitleningen in het filiaal dalen al jaren, van 16.200 in 2019 naar 11.950 in 2025.") + \
    np("3.3", "De nieuwe polyvalente zaal in de dorpskern van Sint-Jozef, waar een ontmoetingsruimte zal komen, is "
              "volgens de planning pas in 2028 klaar.") + \
    np("3.4", "In zijn advies 2021/06 stelde het beheersorgaan al dat 'de bibliotheek moet investeren in digitale hulp "
              "aan inwoners'. Die hulp wordt nu enkel op woensdagnamiddag gegeven en is vaak volzet.") + """
<p>Het beheersorgaan begrijpt de budgettaire druk en erkent dat het filiaal in zijn huidige vorm weinig toekomst
heeft. Het vraagt wel dat de sluiting niet ten koste gaat van de kwetsbaarste gebruikers.</p>
<h2>4. Adviezen</h2>
<p>Het beheersorgaan geeft een voorwaardelijk gunstig advies over het voorstel en adviseert het college:</p>
""" + np("4.1", "het filiaal Sint-Jozef open te houden tot de nieuwe polyvalente zaal in de dorpskern in gebruik "
                "is, zodat er geen periode zonder bibliotheekpunt ontstaat;") + \
    np("4.2", "in de hoofdbibliotheek zelfbedieningsuren in te voeren op zondagvoormiddag en op weekavonden, met "
              "toegang via de ledenkaart;") + \
    np("4.3", "voor de inwoners van Sint-Jozef een boekenbus of een afhaalpunt voor gereserveerde boeken in te "
              "richten in het lokaal dienstencentrum De Linde;") + \
    np("4.4", "het lidmaatschap voor kinderen en jongeren tot 18 jaar gratis te houden, ook na de geplande "
              "tariefherziening;") + \
    np("4.5", "bijkomend personeel in te zetten voor digitale hulp aan inwoners, met een Digipunt op dinsdag en "
              "donderdag;") + \
    np("4.6", "de scholen van Sint-Jozef vóór de sluiting te betrekken bij de planning van hun klasbezoeken aan "
              "de hoofdbibliotheek, inclusief het vervoer;") + \
    np("4.7", "de nieuwe openingsuren na één jaar te evalueren en over die evaluatie te rapporteren aan het "
              "beheersorgaan.") + """
<p>Het beheersorgaan vraagt het college om, zoals artikel 7 van het huishoudelijk reglement bepaalt, binnen twee
maanden te motiveren waarom het een advies eventueel niet volgt.</p>
<p>Voor het beheersorgaan,<br>Lieve Van den Broeck, voorzitter<br>Koen Peeters, secretaris
(bibliotheekcoördinator)</p>
"""

RESPONSE = """
<div class="lh"><b>Gemeente Hoogbeke</b><br>Uittreksel uit het besluitenregister van het college van burgemeester en
schepenen</div>
<table class="m" style="margin-top:6pt">
<tr><td><b>Zitting van</b></td><td>20 april 2026</td></tr>
<tr><td><b>Aanwezig</b></td><td>Tom Janssens, burgemeester; Els Wouters, Dirk Claes, Ann De Smet, schepenen;
Bart Hermans, algemeen directeur</td></tr>
<tr><td><b>Besluitnummer</b></td><td>2026_CBS_00512</td></tr></table>
<h1>Bibliotheek - herziening openingsuren en sluiting filiaal Sint-Jozef - advies beheersorgaan - standpunt</h1>
<h2>Motivering</h2>
<p><b>Context</b></p>
<p>Het college besliste op 26 januari 2026 in principe om de openingsuren van de bibliotheek te herschikken en het
filiaal Sint-Jozef te sluiten, en vroeg daarover advies aan het beheersorgaan van de bibliotheek. Het beheersorgaan
bracht op 3 maart 2026 een voorwaardelijk gunstig advies uit (advies 2026/03).</p>
<p><b>Juridische grond</b></p>
<p>Het Decreet over het lokaal bestuur van 22 december 2017, artikel 56, over de bevoegdheden van het college.
Het huishoudelijk reglement van het beheersorgaan, artikelen 5 en 7.</p>
<p><b>Argumentatie</b></p>
<p>Het college volgt punt 4.2 van het advies. Vanaf 1 oktober 2026 is de hoofdbibliotheek als open bibliotheek
toegankelijk op zondag van 9 tot 12 uur en op weekdagen tot 21 uur, met de ledenkaart als toegangsbadge.</p>
<p>Over de punten 4.1 en 4.3 oordeelt het college verschillend. Het filiaal openhouden tot 2028 is financieel niet
haalbaar: de huur van het pand loopt af op 31 augustus 2026 en de eigenaar verlengt niet. De sluitingsdatum van
1 september 2026 blijft dus behouden. Het college komt wel tegemoet aan de zorg voor de inwoners van Sint-Jozef:
in dienstencentrum De Linde komt een afhaalpunt voor gereserveerde boeken, twee keer per week bemand door
vrijwilligers. Voor een boekenbus is geen budget.</p>
<p>Het college is het eens met punt 4.6. De dienst onderwijs heeft de directies van beide scholen uitgenodigd
voor een overleg op 12 mei 2026; de gemeente neemt het busvervoer voor de klasbezoeken voor haar rekening.</p>
<p>Het advies over bijkomende digitale hulp (punt 4.5) verdient aandacht, maar vraagt extra personeel dat vandaag
niet begroot is. Het college neemt dit punt mee naar de aanpassing van het meerjarenplan in het najaar en neemt nu
geen beslissing.</p>
<p>Kinderen en jongeren tot 18 jaar blijven gratis lid van de bibliotheek. Het ontwerp van tariefreglement dat in
juni aan de gemeenteraad wordt voorgelegd, behoudt die vrijstelling zoals het beheersorgaan vraagt (punt 4.4).</p>
<p><b>Financiële gevolgen</b></p>
<p>De sluiting van het filiaal levert een jaarlijkse besparing op van ongeveer 38.000 euro aan huur en energie.
De kosten van de toegangscontrole voor de open bibliotheek (eenmalig 24.500 euro) zijn voorzien in het budget
2026, actie 3.2.4. Visum van de financieel directeur: niet vereist.</p>
<h2>Besluit</h2>
<p><b>Artikel 1.</b> Het college neemt het standpunt in zoals in de argumentatie verwoord en bezorgt dit besluit
aan het beheersorgaan van de bibliotheek.</p>
<p><b>Artikel 2.</b> Het college gelast de bibliotheekcoördinator met de uitvoering van dit besluit en met de
communicatie aan de leden van de bibliotheek via de website en de nieuwsbrief van juni.</p>
<p>Namens het college,<br>Bart Hermans, algemeen directeur<br>Tom Janssens, burgemeester</p>
<p style="font-size:8pt;color:#555">Voor eensluidend uittreksel, Hoogbeke, 22 april 2026.</p>
"""

B.chromium_pdf(page("Advies 2026/03 beheersorgaan bibliotheek", "Beheersorgaan Bibliotheek Hoogbeke - advies 2026/03",
                    ADVICE), NAME + "_advice.pdf")
B.chromium_pdf(page("Besluit 2026_CBS_00512", "Gemeente Hoogbeke - college van burgemeester en schepenen - "
                    "2026_CBS_00512", RESPONSE), NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "het filiaal Sint-Jozef open te houden tot de nieuwe",
     "Het filiaal openhouden tot 2028 is financieel niet haalbaar", "disagrees"),
    (2, "in de hoofdbibliotheek zelfbedieningsuren in te voeren op zondagvoormiddag",
     "als open bibliotheek toegankelijk op zondag van 9 tot 12 uur", "agrees"),
    (3, "voor de inwoners van Sint-Jozef een boekenbus of een afhaalpunt",
     "Voor een boekenbus is geen budget", "partly"),
    (4, "het lidmaatschap voor kinderen en jongeren tot 18 jaar gratis",
     "behoudt die vrijstelling zoals het beheersorgaan vraagt", "agrees"),
    (5, "bijkomend personeel in te zetten voor digitale hulp aan inwoners",
     "neemt dit punt mee naar de aanpassing van het meerjarenplan", "noted"),
    (6, "de scholen van Sint-Jozef vóór de sluiting te betrekken bij",
     "de gemeente neemt het busvervoer voor de klasbezoeken voor haar rekening", "agrees"),
    (7, "de nieuwe openingsuren na één jaar te evalueren en over", None, "unanswered"),
], [
    "besliste op 26 januari 2026 in principe om de openingsuren",
    "levert een jaarlijkse besparing op van ongeveer 38.000 euro",
    "gelast de bibliotheekcoördinator met de uitvoering van dit besluit",
], "Advice: Flemish beheersorgaan of a municipal public library, advies 2026/03 on new opening hours and closing a "
   "branch (Chromium headless, sans, teal letterhead rule, floated grey sidebar 'In cijfers', @page running head "
   "and 'blz. n/m'); traps: huishoudelijk reglement art. 5/7 'moet', bibliotheekreglement 'moet', 'Vaststellingen' "
   "3.1-3.4 numbered like the recommendations, the 2021 advice quoted with 'moet' (in 3.4), a conditional "
   "favourable opinion; recommendations are the NUMBERED PARAGRAPHS 4.1-4.7 of '4. Adviezen' (infinitive clauses "
   "after 'adviseert het college:'). Response: uittreksel uit het besluitenregister of the college van burgemeester "
   "en schepenen (Motivering: Context, Juridische grond, Argumentatie citing 'punt 4.n', Financiële gevolgen; "
   "Besluit articles); order 4.2, 4.1+4.3, 4.6, 4.5, 4.4; the paragraph 'Over de punten 4.1 en 4.3' = 4.1 "
   "disagrees (closing date kept) + 4.3 partly (afhaalpunt yes, boekenbus no); 4.2 agrees; 4.6 agrees (4.6 only "
   "cited in the first sentence); 4.5 noted (meerjarenplan, no decision now); 4.4 agrees; 4.7 (evaluation) "
   "unanswered; Context, Financiële gevolgen and Besluit art. 2 answer nothing (Juridische grond and art. 1 "
   "neither).")

"""Round 124 (nl): the TOEZICHTBRIEF of GEDEPUTEERDE STATEN of a province (the financial supervisor of the
municipalities) on a gemeente's BEGROTING 2027 and meerjarenraming 2028-2030; the seven recommendations are
UNNUMBERED SENTENCES inside running paragraphs under subject headings ('Wij adviseren u ...', 'Wij raden u aan ...',
'Wij vragen u ...'), two of them in one paragraph, among 'Wij constateren ...' findings and the supervision
verdict; answered by the college's LETTER to Gedeputeerde Staten WITHOUT HEADINGS that names the advices by
ORDINAL and subject ('Uw vierde advies, over de jeugdhulp, ...'), in another order, one paragraph answering two.

Advice (LibreOffice headless from HTML, serif body, 2 p., stamped head from p. 2, 'pagina n van m'): the
Gemeentewet paraphrased with 'moet' (trap), a table of kengetallen (trap), the supervision form 'repressief
toezicht' (a verdict, no recommendation), last year's advice quoted as an imperative (trap), 'Wij constateren'
findings (trap), a closing line naming 'de adviezen over de weerstandsratio en de grondexploitatie' (trap). Response
(LibreOffice, 1 p., letter): opening and a paragraph on the meicirculaire figures (nothing); replies by ordinal in
the order 4, 1, 3, 2, 5+6 (one paragraph); closing (nothing); 7 never answered. Verdicts: 1 agrees, 2 disagrees,
3 partly, 4 agrees, 5 noted, 6 disagrees, 7 unanswered. All bodies, places, people, figures and reference numbers
invented; the Gemeentewet, the Wet revitalisering generiek toezicht and the BBV are named as context only.

Run: /tmp/blind124nl/bin/python tests/docs/src/blind124/gen_nl_begrotingstoezicht_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b124nl as B  # noqa: E402

NAME = "blind124_nl_begrotingstoezicht"
F = B.tmp_fonts()
FR = B.tmp_fonts(family="B124NL Serif", files=B.SERIF_FILES)
SERIF = "B124NL Serif"
SANS = "B124NL Sans"
RED = "#9b2d20"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.4cm 1.9cm 2.4cm; }}
body {{ font-family: '{SERIF}'; font-size: 10pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; }}
h2 {{ font-family: '{SANS}'; font-size: 10.5pt; color: {RED}; margin-top: 0.32cm; margin-bottom: 0.06cm; }}
td {{ font-family: '{SANS}'; font-size: 8.6pt; vertical-align: top; }}
.small {{ font-family: '{SANS}'; font-size: 8.4pt; color: #444444; }}
p.q {{ font-style: italic; margin-left: 0.8cm; margin-right: 0.8cm; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Toezichtbrief begroting 2027
</title>{CSS}</head><body>
<p><b><font face="{SANS}" color="{RED}" size="4">Provincie Zuidwaarden</font></b><br/><span class="small">Gedeputeerde
Staten - team Financieel toezicht gemeenten</span></p>
<p class="small">Aan de gemeenteraad en het college van burgemeester en wethouders van Heukelveen<br/>Postbus 40<br/>
6851 ZK Heukelveen</p>
<table width="100%" cellpadding="2">
<tr><td><b>Datum</b></td><td><b>Kenmerk</b></td><td><b>Onderwerp</b></td></tr>
<tr><td>15 december 2026</td><td>PZW-2026-118404</td><td>Begroting 2027 en meerjarenraming 2028-2030</td></tr>
</table>
<p>Geachte raad en geacht college,</p>
<p>Op 12 november 2026 ontvingen wij de begroting 2027 van uw gemeente, die uw raad op 6 november 2026 heeft
vastgesteld. Volgens de Gemeentewet moet de raad de begroting binnen twee weken na vaststelling, en in ieder geval
voor 15 november, aan Gedeputeerde Staten toezenden. U heeft aan die verplichting voldaan. In deze brief geven wij
ons oordeel over de begroting en de meerjarenraming, en onze adviezen voor de komende jaren.</p>

<h2>Ons oordeel en de vorm van toezicht</h2>
<p>De begroting 2027 is structureel en reëel in evenwicht, en de meerjarenraming laat in 2030 een structureel
overschot zien van 0,4 miljoen euro. Uw gemeente valt daarom voor 2027 onder repressief toezicht. Dat betekent dat
u uw begroting zonder onze voorafgaande goedkeuring kunt uitvoeren. Wij constateren wel dat het evenwicht kwetsbaar
is, en dat het overschot kleiner is dan in de begroting van vorig jaar.</p>

<h2>Kengetallen</h2>
<table width="100%" cellpadding="2" border="1" cellspacing="0">
<tr><td><b>Kengetal</b></td><td><b>Rekening 2025</b></td><td><b>Begroting 2026</b></td><td><b>Begroting 2027</b></td>
<td><b>Signaalwaarde</b></td></tr>
<tr><td>Netto schuldquote</td><td>68%</td><td>81%</td><td>94%</td><td>boven 100%</td></tr>
<tr><td>Solvabiliteitsratio</td><td>27%</td><td>24%</td><td>21%</td><td>onder 20%</td></tr>
<tr><td>Structurele exploitatieruimte</td><td>1,1%</td><td>0,6%</td><td>0,3%</td><td>onder 0%</td></tr>
<tr><td>Belastingcapaciteit</td><td>104%</td><td>106%</td><td>109%</td><td>boven 110%</td></tr>
<tr><td>Weerstandsratio</td><td>1,3</td><td>1,1</td><td>1,0</td><td>onder 1,0</td></tr>
</table>
<p></p>

<h2>Structureel evenwicht</h2>
<p>Het structurele evenwicht in 2027 wordt bereikt doordat u een deel van de opbrengst van de verkoop van het oude
gemeentehuis aan de Markt, 2,6 miljoen euro, over vier jaar inzet voor de exploitatie. Dat is een incidentele bate
die volgens het Besluit begroting en verantwoording niet voor structurele lasten mag worden gebruikt. Wij adviseren u
de opbrengst van de verkoop van het oude gemeentehuis vanaf de begroting 2028 niet langer in te zetten om
structurele lasten te dekken. Ook zonder deze bate blijft de begroting volgens onze berekening sluitend, zij het met
een klein overschot.</p>

<h2>Reserves en weerstandsvermogen</h2>
<p>In onze brief over de begroting 2026 schreven wij:</p>
<p class="q">'Bouw de algemene reserve de komende jaren op tot ten minste 5 procent van de totale lasten.'</p>
<p>Dat is niet gebeurd: de algemene reserve daalde van 4,1 naar 3,2 procent. Wij constateren dat de weerstandsratio
in 2027 precies op de ondergrens van 1,0 staat die uw nota risicomanagement hanteert. Gezien de risico's in de
grondexploitaties en het sociaal domein raden wij u aan de ondergrens voor de weerstandsratio in de nota
risicomanagement te verhogen van 1,0 naar 1,4.</p>

<h2>Grondexploitaties</h2>
<p>De grondexploitatie Molenakker-Zuid laat een verwacht positief resultaat zien van 3,8 miljoen euro. Dat resultaat
berust op een verkoopsnelheid van 60 woningen per jaar en op grondprijzen uit 2024. In 2025 en 2026 werden er
samen 41 woningen verkocht. Wij adviseren u de grondexploitatie Molenakker-Zuid in 2027 te herzien op basis van
een lagere verkoopsnelheid en actuele grondprijzen, en het verwachte resultaat pas te ramen als de eerste fase is
afgerond.</p>

<h2>Sociaal domein</h2>
<p>De lasten voor jeugdhulp stegen in 2025 met 14 procent, terwijl de begroting 2027 uitgaat van een stijging van 3
procent. Een onderbouwing van die raming ontbreekt. Wij vragen u in de eerste bestuursrapportage van 2027 een
onderbouwde raming op te nemen van de kosten van jeugdhulp, met de maatregelen die u neemt om de stijging te
beperken en het verwachte effect daarvan.</p>

<h2>Investeringen</h2>
<p>De begroting bevat voor de komende vier jaar 46 miljoen euro aan investeringen, waarvan 14,5 miljoen euro voor de
nieuwe sporthal De Koppel. Wij constateren dat de uitvoering van investeringen in uw gemeente de afgelopen jaren
achterliep: in 2025 werd 54 procent van het geraamde bedrag besteed. Wij adviseren u het investeringskrediet voor
de sporthal De Koppel te faseren over twee begrotingsjaren, zodat de kapitaallasten aansluiten bij de werkelijke
voortgang. Daarnaast raden wij u aan de lasten van het onderhoud van het rioolstelsel volledig te dekken uit de
rioolheffing; nu komt 18 procent ten laste van de algemene middelen.</p>

<h2>Informatievoorziening</h2>
<p>De paragraaf onderhoud kapitaalgoederen beschrijft de staat van de gebouwen en het riool goed, maar zegt weinig
over de wegen en de openbare verlichting. Wij vragen u in de volgende begroting de onderhoudsachterstand van wegen
en openbare verlichting met bedragen zichtbaar te maken in de paragraaf onderhoud kapitaalgoederen.</p>

<h2>Tot slot</h2>
<p>Wij verzoeken u deze brief met de raad te bespreken, en daarbij in het bijzonder stil te staan bij de adviezen
over de weerstandsratio en de grondexploitatie. Voor vragen kunt u contact opnemen met de heer R. Lammerink van
het team Financieel toezicht gemeenten, telefoon 088 511 20 44.</p>
<p>Gedeputeerde Staten van Zuidwaarden,<br/>namens dezen,<br/><br/>drs. C.M. Abbing-Ververs, gedeputeerde Financiën</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Heukelveen</title>
{CSS}</head><body>
<p><b><font face="{SANS}" color="#2c4a7a" size="4">Gemeente Heukelveen</font></b><br/><span class="small">college van
burgemeester en wethouders</span></p>
<p class="small">Gedeputeerde Staten van Zuidwaarden<br/>t.a.v. team Financieel toezicht gemeenten<br/>Postbus 9020<br/>
6800 GA Waardenburg-Oost</p>
<table width="100%" cellpadding="2">
<tr><td><b>Datum</b></td><td><b>Ons kenmerk</b></td><td><b>Uw kenmerk</b></td></tr>
<tr><td>2 februari 2027</td><td>HKV/FIN/2027-0093</td><td>PZW-2026-118404</td></tr></table>
<p><b>Onderwerp: reactie op uw brief over de begroting 2027</b></p>
<p>Geachte heer, mevrouw,</p>
<p>Wij danken u voor uw brief van 15 december 2026. Met genoegen hebben wij gelezen dat onze gemeente ook in 2027
onder repressief toezicht valt. Uw brief is op 21 januari 2027 in de auditcommissie van de raad besproken. Wij
reageren hieronder op de adviezen die u ons geeft; de raad ontvangt een afschrift van deze brief.</p>
<p>Uw vierde advies, over de kosten van jeugdhulp, nemen wij over. De eerste bestuursrapportage van 2027 zal een
raming bevatten die is gebaseerd op de werkelijke cijfers over 2026 en op een analyse van de regionale
jeugdhulpregio, met een overzicht van de beheersmaatregelen en wat die naar verwachting opleveren.</p>
<p>Uw eerste advies betreft de inzet van de verkoopopbrengst van het oude gemeentehuis. Wij zijn het met u eens dat
deze incidentele bate geen structurele lasten hoort te dekken. In de kadernota 2028, die de raad in juni 2027
behandelt, stellen wij voor de resterende opbrengst in de algemene reserve te storten.</p>
<p>Het derde advies gaat over de grondexploitatie Molenakker-Zuid. Wij zullen de grondexploitatie dit jaar herzien
en daarbij uitgaan van een verkoopsnelheid van 40 woningen per jaar. Aan de grondprijzen van 2024 houden wij
echter vast: die zijn in 2026 door een onafhankelijke taxateur nog als marktconform beoordeeld. Het resultaat
blijven wij ramen zoals wij dat nu doen.</p>
<p>Uw tweede advies, om de ondergrens van de weerstandsratio te verhogen naar 1,4, nemen wij niet over. De raad
heeft de ondergrens van 1,0 in 2024 bewust vastgesteld, na een uitgebreide risicoanalyse. Wij zien geen aanleiding
om de raad nu een andere norm voor te stellen; de risico's in de grondexploitatie nemen met de herziening juist
af.</p>
<p>Over de sporthal De Koppel en de rioolheffing merken wij het volgende op. De fasering van het krediet voor de
sporthal nemen wij in overweging; de raad neemt in april 2027 een besluit over het definitieve ontwerp, en wij
betrekken uw advies bij de planning die wij dan voorleggen. De rioolheffing verhogen wij niet verder. De raad heeft
ervoor gekozen een deel van de rioollasten uit de algemene middelen te betalen om de woonlasten te beperken, en
daar houden wij aan vast.</p>
<p>Tot slot nog een opmerking over de cijfers. De meicirculaire 2026 leverde onze gemeente 1,7 miljoen euro minder
op dan verwacht; dit nadeel is in de begroting 2027 al verwerkt. Het overschot van 0,4 miljoen euro in 2030 is dus
een voorzichtige raming.</p>
<p>Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd en zien de verdere samenwerking met vertrouwen
tegemoet.</p>
<p>Met vriendelijke groet,<br/>burgemeester en wethouders van Heukelveen,<br/><br/>de secretaris, mr. L.J.
Brinkhorst - de burgemeester, H.W. Tempelman</p>
</body></html>"""


def expected():
    recs = [
        (1, "Wij adviseren u de opbrengst van de verkoop van het oude gemeentehuis",
         "stellen wij voor de resterende opbrengst in de algemene reserve", "agrees"),
        (2, "Gezien de risico's in de grondexploitaties en het sociaal domein raden",
         "Wij zien geen aanleiding om de raad nu een andere norm", "disagrees"),
        (3, "Wij adviseren u de grondexploitatie Molenakker-Zuid in 2027 te herzien",
         "Aan de grondprijzen van 2024 houden wij echter vast", "partly"),
        (4, "Wij vragen u in de eerste bestuursrapportage van 2027 een",
         "Uw vierde advies, over de kosten van jeugdhulp, nemen wij over", "agrees"),
        (5, "Wij adviseren u het investeringskrediet voor de sporthal De Koppel",
         "De fasering van het krediet voor de sporthal nemen wij in overweging", "noted"),
        (6, "Daarnaast raden wij u aan de lasten van het onderhoud",
         "De rioolheffing verhogen wij niet verder", "disagrees"),
        (7, "Wij vragen u in de volgende begroting de onderhoudsachterstand van wegen", None, "unanswered"),
    ]
    unmatched = ["Uw brief is op 21 januari 2027 in de auditcommissie",
                 "De meicirculaire 2026 leverde onze gemeente 1,7 miljoen euro minder op",
                 "zien de verdere samenwerking met vertrouwen tegemoet"]
    notes = ("Advice: the toezichtbrief of Gedeputeerde Staten (the financial supervisor) on a gemeente's begroting "
             "2027 (LibreOffice from HTML, 2 p.); the seven recommendations are UNNUMBERED SENTENCES inside running "
             "paragraphs under subject headings: 'Wij adviseren u ...' (1, 3, 5), 'raden wij u aan ...' (2, in a "
             "sentence opened by 'Gezien de risico's ...', starts_with from there), 'Wij vragen u ...' (4, 7), "
             "and 'Daarnaast raden wij u aan ...' (6) in the same paragraph as 5. Traps: the Gemeentewet "
             "paraphrased with 'moet', the BBV's 'mag niet', a table of kengetallen, the supervision verdict 'repressief toezicht', 'Wij "
             "constateren' findings, last year's advice quoted as an imperative, a closing line naming 'de adviezen "
             "over de weerstandsratio en de grondexploitatie'. Response: the college's LETTER WITHOUT HEADINGS "
             "naming the advices by ORDINAL and subject in the order 4, 1, 3, 2, 5+6: 'Uw vierde advies ... nemen "
             "wij over' = 4 agrees; 'Uw eerste advies' = 1 agrees (reserve proposal in the kadernota 2028); 'Het "
             "derde advies' = 3 partly (revised with 40 homes a year, but the 2024 land prices and the way the "
             "result is estimated kept); 'Uw tweede advies ... nemen wij niet over' = 2 disagrees; ONE paragraph "
             "'Over de sporthal De Koppel en de rioolheffing' (no ordinal): 5 noted ('nemen wij in overweging', "
             "taken into the April 2027 planning) and 6 disagrees ('verhogen wij niet verder ... daar houden wij "
             "aan vast'); the opening, a paragraph on the meicirculaire figures and the closing answer nothing; 7 "
             "(backlog of roads and street lighting in the paragraph on capital goods) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Provincie Zuidwaarden - Gedeputeerde Staten - PZW-2026-118404",
            "pagina {n} van {m}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Heukelveen - HKV/FIN/2027-0093", "{n}", F["Regular"])
    expected()

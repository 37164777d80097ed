"""Round 92 (nl): the ADVIES of a Flemish BOSGROEP on a municipality's ontwerp-BEHEERPLAN for its town forest,
answered by the annex 'Verwerking van de adviezen' of the definitive plan (subject paragraphs, no numbers).

Advice: Bosgroep Kempen-Nete vzw (3 p., LibreOffice from HTML, sans, letterhead table, stamped head and
'blz. n van m'): thematic sections without numbers in which each recommendation is a BOLD SENTENCE opening a
paragraph, followed by plain explanation; traps: italic 'Vaststelling' paragraphs (findings), Bosdecreet article 14
and the Natura 2000 rules 'moet', the 2019 advice quoted, parcel numbers and dates. Response: 'Bijlage 4. Verwerking
van de adviezen' of the definitive plan (2 p., LibreOffice), order 4, 2+3, 7, 1, 5; 6 unanswered. Everything is
invented; laws are cited loosely.

Run: /tmp/blind92nl/bin/python tests/docs/src/blind92/gen_nl_stadsbos_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b92nl as B  # noqa: E402

NAME = "blind92_nl_stadsbos"
F = B.tmp_fonts()
FAM = "B92NL Sans"

STYLE = """<style>
@page { size: 21cm 29.7cm; margin: 2.3cm 2.1cm 2cm 2.1cm; }
body { font-family: '%s'; font-size: 9.5pt; }
p { margin-top: 0; margin-bottom: 5pt; line-height: 135%%; }
h1 { font-family: '%s'; font-size: 15pt; color: #2e5e2a; }
h2 { font-family: '%s'; font-size: 11pt; color: #2e5e2a; margin-top: 10pt; }
td { font-family: '%s'; font-size: 8.5pt; vertical-align: top; }
.v { font-style: italic; margin-left: 14pt; }
</style>""" % (FAM, FAM, FAM, FAM)

ADVICE = """<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Advies beheerplan Stadsbos</title>
%s</head><body>
<table width="100%%" cellpadding="4" style="border-bottom: 2px solid #2e5e2a"><tr>
<td width="55%%"><b>Bosgroep Kempen-Nete vzw</b><br>Bosdreef 4, 2440 Geel-Hulst<br>info@bosgroepkempennete.be</td>
<td>Aan het college van burgemeester en schepenen<br>van de stad Herentals-Noord<br>t.a.v. de dienst Omgeving</td>
</tr></table>
<p></p>
<table cellpadding="2"><tr><td>Uw kenmerk</td><td>OMG/2026/0112</td><td>Ons kenmerk</td><td>BKN-ADV-26-03</td></tr>
<tr><td>Datum</td><td>6 februari 2026</td><td>Contact</td><td>ir. Lotte Van Roosbroeck</td></tr></table>
<h1>Advies over het ontwerp-beheerplan Stadsbos Hoge Heide 2026-2045</h1>
<p>Geacht college,</p>
<p>U vroeg ons op 8 januari 2026 advies over het ontwerp van het uitgebreid bosbeheerplan voor het Stadsbos Hoge
Heide (146 ha). Volgens artikel 14 van het Bosdecreet moet een openbaar bos over een goedgekeurd beheerplan
beschikken, en voor de percelen in het Natura 2000-gebied moet het plan bovendien bijdragen aan de
instandhoudingsdoelen. Ons advies volgt de thema's van het ontwerp.</p>
<h2>Zonering en recreatie</h2>
<p class="v">Vaststelling: het bos trekt jaarlijks naar schatting 180.000 bezoekers; de drukte concentreert zich
rond de parking aan de Heirbaan en de speelzone in het noorden.</p>
<p><b>Beperk de speelzone in het noordelijke bosdeel tot ten hoogste twee hectare.</b> Het ontwerp voorziet vier
hectare, deels in een oud eikenbestand met een waardevolle ondergroei.</p>
<p><b>Sluit de mountainbikeroute langs de Kleine Nete af tijdens het broedseizoen, van maart tot en met juli.</b>
Op dat traject broeden ijsvogel en wespendief; de route kan in die maanden over de Heirbaan worden omgeleid.</p>
<h2>Bosbeheer en biodiversiteit</h2>
<p class="v">Vaststelling: 38 procent van het bos bestaat uit naaldhout, vooral fijnspar die sinds 2022 zwaar
lijdt onder de letterzetter.</p>
<p><b>Vervang de fijnsparren op de percelen 12 tot en met 15 gefaseerd door inheems loofhout.</b> Een gefaseerde
omvorming over drie kapcycli voorkomt grote open vlakten.</p>
<p><b>Laat in de kern van het bos minstens tien procent van de oppervlakte liggen als bosreservaat zonder
exploitatie.</b> Het ontwerp noemt geen oppervlakte voor niet-ingrijpen.</p>
<p>In ons advies van 2019 over het vorige plan schreven wij al: 'Het beheer moet meer ruimte laten voor oud en
dood hout.' Het aandeel dood hout is sindsdien gestegen tot vier procent, maar blijft onder de streefwaarde.</p>
<p><b>Stel samen met de wildbeheereenheid een plan op om de reeënstand in evenwicht te brengen met de
bosverjonging.</b> Op de proefvlakken van 2025 was 70 procent van de jonge eiken aangevreten.</p>
<h2>Communicatie en inspraak</h2>
<p class="v">Vaststelling: bij de kapwerken van 2024 kreeg de stad 41 klachten, vooral omdat bezoekers niet wisten
waarom bomen werden geveld.</p>
<p><b>Plaats aan alle ingangen informatieborden over de kapwerken, minstens twee weken vóór de start.</b> Een
QR-code kan verwijzen naar de kaart van de werken.</p>
<p><b>Richt een bosgebruikersoverleg op dat jaarlijks samenkomt over de uitvoering van het plan.</b> Daarin
zitten wandelaars, ruiters, mountainbikers, jagers, natuurverenigingen en de buurt.</p>
<h2>Besluit</h2>
<p>De bosgroep geeft een gunstig advies over het ontwerp-beheerplan, op voorwaarde dat de bovenstaande punten worden
meegenomen. Het Agentschap voor Natuur en Bos beslist uiteindelijk over de goedkeuring van het plan.</p>
<p>Met vriendelijke groeten,</p>
<p>ir. Lotte Van Roosbroeck<br>coördinator Bosgroep Kempen-Nete vzw</p>
<p>Bijlage: kaart met de voorgestelde zonering (niet opgenomen)</p>
</body></html>""" % STYLE

RESPONSE = """<!DOCTYPE html><html lang="nl-BE"><head><meta charset="utf-8"><title>Verwerking van de adviezen</title>
%s</head><body>
<p style="color:#2e5e2a"><b>Stad Herentals-Noord - Uitgebreid bosbeheerplan Stadsbos Hoge Heide 2026-2045</b></p>
<h1>Bijlage 4. Verwerking van de adviezen</h1>
<p>Tijdens de adviesronde van januari en februari 2026 ontving de stad adviezen van de Bosgroep Kempen-Nete, de
gemeentelijke milieuraad en twee natuurverenigingen. Deze bijlage geeft weer hoe het advies van de bosgroep van 6
februari 2026 in het definitieve plan is verwerkt. Het college keurde het plan goed op 16 maart 2026.</p>
<h2>Omvorming van naaldhout</h2>
<p>Het definitieve plan neemt de gefaseerde omvorming van de fijnsparbestanden in de percelen 12 tot en met 15 over.
De eerste fase, 4,2 ha, wordt in de winter van 2026-2027 uitgevoerd; de aanplant bestaat uit zomereik, winterlinde
en haagbeuk.</p>
<h2>Rust en natuurlijke ontwikkeling</h2>
<p>De stad erkent het belang van bosdelen zonder ingrepen en duidt in het definitieve plan negen hectare in de
bosrand langs de Kleine Nete aan als zone voor natuurlijke ontwikkeling, wat minder is dan de bosgroep vroeg. Een
seizoenssluiting van de mountainbikeroute acht het college niet wenselijk: het traject is het enige verbindende
stuk van het regionale netwerk en een omleiding over de Heirbaan is verkeersonveilig. De route blijft het hele
jaar open, met extra toezicht door de boswachter.</p>
<h2>Overleg met gebruikers</h2>
<p>Een afzonderlijk bosgebruikersoverleg wordt niet opgericht. De stad kiest ervoor de gebruikers te blijven
betrekken via de bestaande milieuraad en via een infomoment bij grote werken; een bijkomend orgaan zou vooral
vergaderlast opleveren.</p>
<h2>Speelzone</h2>
<p>De speelzone is in het definitieve plan teruggebracht tot 1,8 ha en ligt volledig buiten het oude eikenbestand,
zoals de bosgroep adviseerde. De kaart in bijlage 2 is aangepast.</p>
<h2>Wildbeheer</h2>
<p>Het college neemt kennis van de suggestie over de reeënstand. De stad zal het thema agenderen op de algemene
vergadering van de wildbeheereenheid in het najaar; welke maatregelen nodig zijn, hangt af van de nieuwe
tellingen.</p>
<h2>Advies van de milieuraad</h2>
<p>De milieuraad vroeg om een extra parking aan de zuidkant van het bos niet aan te leggen. Dat voorstel is
gevolgd; de bestaande parking aan de Heirbaan blijft de enige toegang voor wagens.</p>
<h2>Verdere procedure</h2>
<p>Het definitieve plan is op 20 maart 2026 ter goedkeuring aan het Agentschap voor Natuur en Bos bezorgd. Na de
goedkeuring wordt het plan samen met deze bijlage op de website van de stad gepubliceerd.</p>
</body></html>""" % STYLE

B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Bosgroep Kempen-Nete vzw  -  advies BKN-ADV-26-03", "blz. {n} van {m}", F["Regular"])
B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Beheerplan Stadsbos Hoge Heide  -  bijlage 4", "blz. {n} van {m}", F["Regular"],
        skip_first=False)
B.write_expected(NAME, [
    (1, "Beperk de speelzone in het noordelijke bosdeel tot ten hoogste", "teruggebracht tot 1,8 ha en ligt "
     "volledig buiten", "agrees"),
    (2, "Laat in de kern van het bos minstens tien procent", "wat minder is dan de bosgroep vroeg", "partly"),
    (3, "Sluit de mountainbikeroute langs de Kleine Nete af tijdens het broedseizoen", "Een seizoenssluiting van "
     "de mountainbikeroute acht het college niet wenselijk", "disagrees"),
    (4, "Vervang de fijnsparren op de percelen 12 tot en met", "neemt de gefaseerde omvorming van de "
     "fijnsparbestanden", "agrees"),
    (5, "Stel samen met de wildbeheereenheid een plan op om de", "Het college neemt kennis van de suggestie",
     "noted"),
    (6, "Plaats aan alle ingangen informatieborden over de kapwerken", None, "unanswered"),
    (7, "Richt een bosgebruikersoverleg op dat jaarlijks samenkomt over de", "Een afzonderlijk bosgebruikersoverleg "
     "wordt niet opgericht", "disagrees"),
], ["Deze bijlage geeft weer hoe het advies van de bosgroep",
    "De milieuraad vroeg om een extra parking aan de zuidkant",
    "Het definitieve plan is op 20 maart 2026 ter goedkeuring"],
    "Advice: Flemish bosgroep advice letter on a town forest management plan; unnumbered thematic sections in which "
    "each recommendation is a BOLD SENTENCE opening a paragraph, followed by plain explanation; traps: italic "
    "'Vaststelling' paragraphs (findings), Bosdecreet art. 14 and Natura 2000 'moet', the 2019 advice quoted with "
    "'moet', parcel numbers, the 'gunstig advies' conclusion. Response: annex 'Bijlage 4. Verwerking van de "
    "adviezen' of the definitive plan, subject headings, paraphrase only (no numbers), order 4, 2+3, 7, 1, 5; "
    "'Rust en natuurlijke ontwikkeling' = 2 partly (nine hectares, less than asked) + 3 disagrees (route stays "
    "open); 7 disagrees; 1 agrees (1.8 ha); 5 noted (to be put on the WBE agenda); 6 unanswered; the introduction, "
    "'Advies van de milieuraad' and 'Verdere procedure' answer nothing.")

"""Round 81 (nl): the WATERADVIES of a waterschap in the WATERTOETS (the water board's advice in the vooroverleg on a
municipality's voorontwerp-omgevingsplan), answered by the municipality's NOTA VOOROVERLEG (a note that summarises
the reaction of every vooroverleg partner in a ruled table and gives the municipality's reply and the change to the
plan).

Advice: (invented) Waterschap Bergeloop, letter 'Wateradvies voorontwerp omgevingsplan Veenhaven, wijziging
Kampen-Oost' to the college of the (invented) gemeente Veenhaven, 3 p., sans, letterhead table, running head, 'n / m':
the Waterschapsverordening's 'moet' quoted, a water balance table, the board's 2019 wateradvies quoted ('Leg de
vloerpeilen ...'), 'zou eigenlijk ... moeten' on a culvert, a conclusion 'Het plan is waterhuishoudkundig inpasbaar,
mits ...', a watervergunning requirement; the recommendations LETTERED a. to g. after 'Wij adviseren u:' under 'Ons
wateradvies' (numbers 1-7 = a-g).
Response: 'Nota vooroverleg' (2 p., sans, ruled tables 'Nr. | Samenvatting reactie | Reactie gemeente | Aanpassing
plan' with the nota's own numbers 2.1, 3.1-3.5), NO letters, by subject, in another order: 1 Inleiding (nothing),
2 Provincie (nothing), 3.1 = c agrees, 3.2 = a partly, ONE row 3.3 = b agrees + d disagrees, 3.4 = e noted, 3.5 =
g agrees, 4 Ambtshalve wijzigingen en vervolg (nothing); f unanswered.
Engine: LibreOffice Writer headless from HTML (ligature-free DejaVu copies under /tmp/b81nl_fonts, FONTCONFIG_FILE;
head and page numbers stamped with PyMuPDF).

The Omgevingswet and the watertoets are real; Waterschap Bergeloop, the gemeente Veenhaven, the plan, people, numbers
and dates are invented, and what the documents say of rules is not to be relied on.

Run: /tmp/blind81nl/bin/python tests/docs/src/blind81/gen_nl_watertoets_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b81nl as B  # noqa: E402

NAME = "blind81_nl_watertoets"
SANS = B.tmp_fonts()


def head(accent):
    return """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.2cm 2.0cm 2.4cm; }
body { font-family: 'B81NL Sans'; font-size: 9.4pt; }
p { margin-top: 0; margin-bottom: 0.2cm; text-align: left; line-height: 130%%; }
h1 { font-family: 'B81NL Sans'; font-size: 14pt; color: %(a)s; margin-bottom: 0.15cm; }
h2 { font-family: 'B81NL Sans'; font-size: 10.6pt; color: %(a)s; margin-top: 0.35cm; margin-bottom: 0.1cm; }
td { font-family: 'B81NL Sans'; font-size: 8.6pt; vertical-align: top; }
li { font-size: 9.4pt; margin-bottom: 0.12cm; }
.small { font-size: 7.8pt; color: #555555; }
</style></head><body>""" % {"a": accent}


ADVIES = [
    "Neem in de regels van het omgevingsplan een minimale vloerpeilhoogte op van 0,6 meter boven de gemiddeld "
    "hoogste grondwaterstand.",
    "Reserveer binnen het plangebied ten minste 3.400 m³ waterberging en leg deze ruimte op de kaart vast met de "
    "functie 'water'.",
    "Koppel het regenwater van daken en verharde terreinen af van het gemengde riool en voer het bovengronds af naar "
    "de waterberging.",
    "Houd langs de Kampenleiding aan beide zijden een obstakelvrije onderhoudsstrook van vijf meter aan, zonder "
    "bomen, hekken of bebouwing.",
    "Pas in de openbare ruimte geen uitlogende bouwmetalen toe, zoals zink, koper en lood in goten, lichtmasten en "
    "straatmeubilair.",
    "Onderzoek of de natte natuurzone langs de Drostbeek met de nieuwe waterberging kan worden verbonden tot één "
    "ecologische verbinding.",
    "Sluit met het waterschap een beheer- en onderhoudsovereenkomst voor de nieuwe waterberging af voordat de eerste "
    "woningen worden opgeleverd.",
]


def advice():
    h = head("#1b4f8a")
    h += """<table border="0" cellspacing="0" cellpadding="3" width="100%"><tr>
<td width="58%"><font size="4" color="#1b4f8a"><b>Waterschap Bergeloop</b></font><br/>
<span class="small">Postbus 240, 7940 AE Stroomveen &#183; www.bergeloop.example</span><br/><br/>
College van burgemeester en wethouders<br/>van de gemeente Veenhaven<br/>Postbus 18<br/>7960 AA Veenhaven</td>
<td width="42%" bgcolor="#e8eff7"><span class="small"><b>Datum</b> 9 februari 2026<br/>
<b>Ons kenmerk</b> WB/2026/00318<br/><b>Uw kenmerk</b> Z-2025-11842<br/><b>Behandeld door</b> ing. R.J. Kuipers,
adviseur ruimtelijke ordening<br/><b>Onderwerp</b> Wateradvies voorontwerp omgevingsplan Veenhaven, wijziging
Kampen-Oost</span></td></tr></table>
<p></p><p>Geacht college,</p>
<p>Op 12 januari 2026 ontvingen wij in het kader van het vooroverleg het voorontwerp van de wijziging van het
omgevingsplan voor de nieuwe woonwijk Kampen-Oost. Met deze brief geven wij ons wateradvies. Het advies is
opgesteld volgens de werkwijze van de watertoets en is afgestemd met onze afdelingen Waterkwaliteit en
Beheer en Onderhoud.</p>
<h2>1. Het plan</h2>
<p>Het plan maakt ongeveer 420 woningen mogelijk op een voormalig agrarisch perceel van 18,5 hectare ten oosten van de
Kamperweg. Het perceel wordt aan de noordzijde begrensd door de Kampenleiding, een watergang in ons beheer (A-watergang), en
aan de oostzijde door het beekdal van de Drostbeek. In de toelichting bij het voorontwerp is een waterparagraaf
opgenomen; de uitgangspunten daarvan zijn met ons in een vroeg stadium besproken.</p>
<h2>2. Waterhuishoudkundige situatie</h2>
<p>Het plangebied ligt laag en heeft hoge grondwaterstanden: de gemiddeld hoogste grondwaterstand ligt op 0,2 tot 0,4
meter onder maaiveld. Bij hevige buien staat in het noordelijk deel nu al water op het land. De bodem bestaat uit
zand met een dunne veenlaag; infiltratie is daardoor maar beperkt mogelijk.</p>
<p>Op grond van artikel 3.8 van de Waterschapsverordening Bergeloop 2024 moet bij een toename van het verhard
oppervlak met meer dan 1.500 m² compenserende waterberging worden aangelegd. Voor Kampen-Oost komt dat neer op het
volgende.</p>
<table border="1" cellspacing="0" cellpadding="3" width="100%">
<tr><td bgcolor="#e8eff7"><b>Onderdeel</b></td><td bgcolor="#e8eff7"><b>Oppervlak</b></td>
<td bgcolor="#e8eff7"><b>Norm</b></td><td bgcolor="#e8eff7"><b>Benodigde berging</b></td></tr>
<tr><td>daken en erven</td><td>52.000 m²</td><td>40 mm</td><td>2.080 m³</td></tr>
<tr><td>wegen en parkeren</td><td>31.000 m²</td><td>40 mm</td><td>1.240 m³</td></tr>
<tr><td>totaal (afgerond)</td><td>83.000 m²</td><td></td><td>3.400 m³</td></tr></table>
<p></p>
<p>De waterparagraaf gaat uit van 2.600 m³ berging. Dat is naar ons oordeel te weinig: bij de berekening is een deel
van de erven ten onrechte als onverhard aangemerkt. Ook ontbreekt een onderbouwing van het gekozen vloerpeil.
In ons wateradvies bij het bestemmingsplan Kampen-West uit 2019 schreven wij al: 'Leg de vloerpeilen ten minste 0,5
meter boven de gemeten grondwaterstand.' Sindsdien hebben wij in Kampen-West meerdere meldingen van vochtige
kruipruimten ontvangen.</p>
<p>De bestaande duiker onder de Kamperweg is met een diameter van 600 mm krap. Die duiker zou eigenlijk bij de
geplande reconstructie van de Kamperweg vergroot moeten worden; wij nemen daarover afzonderlijk contact op met de
afdeling Wegen van uw gemeente.</p>
<h2>3. Waterkwaliteit en ecologie</h2>
<p>De Drostbeek is een beek met hoge ecologische waarden en maakt deel uit van het Natuurnetwerk. Afstromend
regenwater van daken en straten mag de kwaliteit van de beek niet verslechteren. Wij zien kansen om de nieuwe
waterberging zo in te richten dat zij ook bijdraagt aan natuur en beleving in de wijk.</p>
<h2>4. Conclusie</h2>
<p>Het plan is waterhuishoudkundig inpasbaar, mits de hoeveelheid berging wordt vergroot en de woningen voldoende
hoog worden gebouwd. Wij geven daarom een positief wateradvies onder de voorwaarden hieronder.</p>
<h2>5. Ons wateradvies</h2>
<p>Wij adviseren u:</p><ol type="a">"""
    h += "".join(f"<li>{t}</li>" for t in ADVIES)
    h += """</ol>
<h2>6. Vervolg</h2>
<p>Voor het dempen of verleggen van watergangen en voor het lozen op oppervlaktewater is een watervergunning van het
waterschap nodig. Wij verzoeken u het ontwerp-omgevingsplan voor het ter inzage leggen aan ons toe te sturen, samen
met een overzicht van de wijze waarop u met dit advies bent omgegaan. Voor vragen kunt u contact opnemen met de
behandelaar van deze brief.</p>
<p>Hoogachtend,</p>
<p>het dagelijks bestuur van Waterschap Bergeloop,<br/>namens dezen,<br/><br/>drs. A.M. (Anouk) Brinkhuis,
teamleider Plannen en Advies</p></body></html>"""
    B.soffice_pdf(h, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Waterschap Bergeloop | Wateradvies Kampen-Oost | WB/2026/00318", "{n} / {m}",
            SANS["Regular"])


def row(nr, samenvatting, reactie, aanpassing):
    return (f'<tr><td>{nr}</td><td>{samenvatting}</td><td>{reactie}</td><td>{aanpassing}</td></tr>')


TH = ('<table border="1" cellspacing="0" cellpadding="4" width="100%">'
      '<col width="42"/><col width="170"/><col width="250"/><col width="100"/><tr>'
      '<td bgcolor="#dde6dd"><b>Nr.</b></td><td bgcolor="#dde6dd"><b>Samenvatting reactie</b></td>'
      '<td bgcolor="#dde6dd"><b>Reactie gemeente</b></td><td bgcolor="#dde6dd"><b>Aanpassing plan</b></td></tr>')


def response():
    h = head("#2f5f2f")
    h += """<p class="small">Gemeente Veenhaven &#183; Team Ruimte &#183; zaaknummer Z-2025-11842</p>
<h1>Nota vooroverleg</h1>
<p><b>Voorontwerp wijziging omgevingsplan Veenhaven, Kampen-Oost</b><br/>Versie 1.0, 17 maart 2026</p>
<h2>1. Inleiding</h2>
<p>Het voorontwerp van de wijziging van het omgevingsplan voor Kampen-Oost is op 12 januari 2026 toegezonden aan de
vooroverlegpartners. Twee partners hebben binnen de gestelde termijn gereageerd. De overige partners hebben laten
weten geen opmerkingen te hebben. In deze nota vatten wij per partner de reactie samen, geven wij ons standpunt en
vermelden wij of het plan is aangepast. De nota wordt als bijlage bij het ontwerp-omgevingsplan ter inzage gelegd.</p>
<h2>2. Provincie (reactie van 3 februari 2026)</h2>"""
    h += TH + row("2.1", "De provincie vraagt de behoefte aan 420 woningen te onderbouwen met de regionale "
                         "woningbouwafspraken.",
                  "De woningen passen binnen de regionale woondeal van 2024, waarin voor Veenhaven 1.150 woningen "
                  "tot 2032 zijn afgesproken. De onderbouwing wordt in paragraaf 3.2 van de toelichting aangevuld.",
                  "Toelichting aangevuld.") + "</table>"
    h += "<p></p><h2>3. Waterschap Bergeloop (wateradvies van 9 februari 2026)</h2>" + TH
    h += row("3.1", "Regenwater afkoppelen van het gemengde riool en bovengronds afvoeren.",
             "Wij volgen dit advies volledig. Het regenwater wordt via open goten en wadi's naar de waterberging "
             "geleid; de wijk krijgt een gescheiden stelsel.",
             "Regel 4.3 en de waterparagraaf aangepast.")
    h += row("3.2", "Minimale vloerpeilhoogte in de regels.",
             "Wij nemen een minimaal vloerpeil in de regels op, maar kiezen voor 0,4 meter boven de gemiddeld "
             "hoogste grondwaterstand. Een hoger vloerpeil vraagt zoveel ophoging dat de aansluiting op de "
             "bestaande straten niet meer goed mogelijk is. Kruipruimteloos bouwen wordt verplicht gesteld.",
             "Regel 5.1 toegevoegd.")
    h += row("3.3", "Meer waterberging; onderhoudsstrook langs de Kampenleiding.",
             "De berekening van het waterschap is juist. Wij leggen de volledige berging van 3.400 m³ vast als "
             "'water'; daarvoor wordt het groengebied aan de noordzijde vergroot. Een vrije strook aan beide "
             "zijden van de Kampenleiding nemen wij niet op. Aan de zuidzijde staan de achtertuinen van de "
             "bestaande woningen aan de Kamperweg; het onderhoud kan vanaf het maaipad aan de noordkant "
             "plaatsvinden, zoals nu ook gebeurt.",
             "Verbeelding aangepast (berging); geen aanpassing (strook).")
    h += row("3.4", "Geen uitlogende bouwmetalen in de openbare ruimte.",
             "Het omgevingsplan regelt de inrichting van de openbare ruimte niet. Wij nemen kennis van dit advies "
             "en bezien bij de herziening van ons Handboek Openbare Ruimte in 2027 of het daarin een plaats kan "
             "krijgen.",
             "Geen.")
    h += row("3.5", "Afspraken over beheer en onderhoud van de waterberging.",
             "Akkoord. Een concept van de beheerovereenkomst is in voorbereiding en wordt ondertekend voordat de "
             "eerste woningen in 2028 worden opgeleverd.",
             "Geen (privaatrechtelijke afspraak).")
    h += """</table>
<h2>4. Ambtshalve wijzigingen en vervolg</h2>
<p>Naast de aanpassingen naar aanleiding van het vooroverleg zijn enkele ambtshalve wijzigingen doorgevoerd: de
maximale goothoogte in het centrumgebied is verhoogd naar 10 meter en een verschrijving in de naam van de Kamperweg
is hersteld. Het ontwerp-omgevingsplan wordt naar verwachting in mei 2026 voor zes weken ter inzage gelegd. Iedereen
kan dan een zienswijze indienen bij de gemeenteraad.</p>
<p class="small">Vastgesteld door het college van burgemeester en wethouders van Veenhaven op 17 maart 2026.</p>
</body></html>"""
    B.soffice_pdf(h, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Veenhaven | Nota vooroverleg Kampen-Oost | 17 maart 2026",
            "pagina {n} van {m}", SANS["Regular"])


RECS = [
    (1, "Neem in de regels van het omgevingsplan een minimale vloerpeilhoogte",
     "kiezen voor 0,4 meter boven de gemiddeld hoogste grondwaterstand", "partly"),
    (2, "Reserveer binnen het plangebied ten minste 3.400 m³ waterberging",
     "Wij leggen de volledige berging van 3.400 m³ vast", "agrees"),
    (3, "Koppel het regenwater van daken en verharde terreinen af",
     "Wij volgen dit advies volledig", "agrees"),
    (4, "Houd langs de Kampenleiding aan beide zijden een obstakelvrije onderhoudsstrook",
     "zijden van de Kampenleiding nemen wij niet op", "disagrees"),
    (5, "Pas in de openbare ruimte geen uitlogende bouwmetalen toe",
     "bezien bij de herziening van ons Handboek Openbare Ruimte", "noted"),
    (6, "Onderzoek of de natte natuurzone langs de Drostbeek", None, "unanswered"),
    (7, "Sluit met het waterschap een beheer- en onderhoudsovereenkomst voor de",
     "Een concept van de beheerovereenkomst is in voorbereiding", "agrees"),
]
UNMATCHED = [
    "Twee partners hebben binnen de gestelde termijn gereageerd",
    "passen binnen de regionale woondeal van 2024",
    "enkele ambtshalve wijzigingen doorgevoerd",
]
NOTES = ("Waterschap Bergeloop's wateradvies (watertoets) in the vooroverleg on a voorontwerp-omgevingsplan, answered "
         "by the gemeente Veenhaven's nota vooroverleg. Advice: a letter with the recommendations LETTERED a.-g. "
         "after 'Wij adviseren u:' under '5. Ons wateradvies' (numbers 1-7 = a-g); traps: the Waterschapsverordening "
         "'moet' (art. 3.8), a water balance table, the 2019 wateradvies quoted ('Leg de vloerpeilen ...'), 'zou "
         "eigenlijk ... vergroot moeten worden' on a culvert, the conclusion 'inpasbaar, mits ...', a watervergunning "
         "requirement. Response: ruled tables 'Nr. | Samenvatting reactie | Reactie gemeente | Aanpassing plan' with "
         "the nota's own numbers (2.1, 3.1-3.5), NO letters, by subject, order c, a, b+d, e, g: 1 Inleiding "
         "(nothing), 2 Provincie row 2.1 (nothing), 3.1 = c agrees, 3.2 = a partly (0.4 instead of 0.6 m), ONE row "
         "3.3 = b agrees + d disagrees ('nemen wij niet op'), 3.4 = e noted ('nemen kennis ... bezien'), 3.5 = g "
         "agrees ('Akkoord', date), 4 Ambtshalve wijzigingen en vervolg (nothing); f (Drostbeek link) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

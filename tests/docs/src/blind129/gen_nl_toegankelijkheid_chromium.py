"""Round 129 (nl): the ADVIES of a Flemish gemeentelijke ADVIESRAAD TOEGANKELIJKHEID after a SCHOUW (a walk along the
draft of the redeveloped station area), written as NINE STOPS under place-name sub-headings (no numbers), each with
'Wat we zagen' and, at seven of them, a shaded 'Ons advies' box holding the recommendation; two stops end in 'Geen
advies' (trap); answered by the schepen's LETTER that answers BY PLACE with bold place lead-ins, without numbers, in
another order, one paragraph for two places.

Advice (Chromium headless, 2-3 p., purple title band, stamped head from p. 2, 'pagina n/m'): the college's three
questions numbered 1.-3. (trap), the Vlaamse stedenbouwkundige verordening toegankelijkheid paraphrased with 'moet'
(trap), the council's 2022 advice quoted as an imperative (trap), a closing line naming 'de adviezen bij de
fietsenstalling en de taxistandplaats' (trap). Response (Chromium, 1-2 p.): intro, then Busstation en kiss-and-ride
(1 agrees, 3 agrees), Fietsenstalling (4 disagrees), Oversteek Stationsplein (2 partly), Stationshal (6 noted,
passed on to the railway), Taxistandplaats (5 disagrees), then 'Planning en werfhinder' and 'Volgende stappen'
nothing; 7 (benches) unanswered. All bodies, places, people, figures and reference numbers invented; the Vlaamse
stedenbouwkundige verordening inzake toegankelijkheid is named loosely as context only.

Run: /tmp/blind129nl/bin/python tests/docs/src/blind129/gen_nl_toegankelijkheid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b129nl as B  # noqa: E402

NAME = "blind129_nl_toegankelijkheid"
F = B.tmp_fonts()
SANS = "B129NL Sans"
PURPLE = "#5b2a86"
PALE = "#efe7f6"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.1cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.6pt; line-height: 1.45; margin: 0; }}
p {{ margin: 0 0 0.2cm 0; }}
.band {{ background: {PURPLE}; color: white; padding: 0.4cm 0.5cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 17pt; margin: 0 0 0.06cm 0; }}
.band p {{ font-size: 9pt; margin: 0; }}
h1.plain {{ font-size: 14pt; color: {PURPLE}; margin: 0 0 0.1cm 0; }}
h2 {{ font-size: 11pt; color: {PURPLE}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 10pt; margin: 0.26cm 0 0.05cm 0; break-after: avoid; border-bottom: 1px solid #c8b6da;
      padding-bottom: 0.04cm; }}
ol {{ margin: 0 0 0.2cm 0; padding-left: 0.7cm; }}
.lbl {{ font-weight: bold; color: #444; }}
.advies {{ background: {PALE}; border-left: 4px solid {PURPLE}; padding: 0.14cm 0.3cm; margin: 0.06cm 0 0.18cm 0;
           break-inside: avoid; }}
.advies p {{ margin: 0; }}
.geen {{ color: #555; font-style: italic; }}
.q {{ font-style: italic; margin: 0.1cm 0.8cm 0.2cm 0.8cm; color: #333; }}
.small {{ font-size: 8.4pt; color: #444; }}
.meta {{ margin-bottom: 0.4cm; }}
.meta td {{ padding: 0.02cm 0.3cm 0.02cm 0; font-size: 9pt; vertical-align: top; }}
</style>"""

STOPS = [
    ("Busstation",
     "De nieuwe busperrons liggen op gewone stoephoogte. Wie in een rolstoel zit, kan alleen instappen als de "
     "chauffeur de klaptrede uitlegt, en die werkt volgens de chauffeurs vaak niet. Er loopt geen geleidelijn van de "
     "perrons naar de wachtruimte.",
     "Voorzie aan alle busperrons een instaphoogte van 18 centimeter en leg een geleidelijn naar de wachtruimte."),
    ("Oversteek Stationsplein",
     "Het ontwerp behoudt de kasseien op het Stationsplein, ook op de oversteek naar de Leopoldstraat. Voor "
     "rollators, rolstoelen en blindenstokken zijn de voegen een valkuil.",
     "Vervang de kasseien op de oversteek door een effen, vlakke bestrating over de volle breedte van het plein."),
    ("Kiss-and-ride",
     "Aan de kiss-and-ride komen twaalf kortparkeerplaatsen. Geen enkele is breed genoeg om een rolstoel naast de "
     "wagen uit te laden.",
     "Reserveer twee van de kortparkeerplaatsen aan de kiss-and-ride voor personen met een handicap, met een "
     "breedte van 3,5 meter."),
    ("Fietsenstalling",
     "De ondergrondse fietsenstalling is alleen bereikbaar via een hellingbaan van 8 procent. Voor mensen met een "
     "driewielfiets, een bakfiets of een handbike is dat te steil.",
     "Maak de ondergrondse fietsenstalling ook bereikbaar met een lift, naast de hellingbaan."),
    ("Wachtruimte bus",
     "De wachtruimte is ruim, goed verlicht en heeft zitplaatsen op verschillende hoogtes. Ook de deuren openen "
     "automatisch.",
     None),
    ("Taxistandplaats",
     "De taxistandplaats ligt aan de overkant van de tramsporen. Reizigers met een beperking moeten dus eerst de "
     "sporen oversteken om een taxi te bereiken.",
     "Verplaats de taxistandplaats naar de kant van de hoofdingang, zodat niemand de tramsporen hoeft over te "
     "steken."),
    ("Stationshal",
     "De hal wordt door de spoorbeheerder vernieuwd. Het loket is 1,10 meter hoog en er is geen ringleiding.",
     "Zorg in overleg met de spoorbeheerder voor een verlaagd loket en een ringleiding voor reizigers met een "
     "hoorapparaat."),
    ("Openbaar toilet",
     "Het nieuwe openbare toilet naast de hal is rolstoeltoegankelijk en werkt met de landelijke sleutel.",
     None),
    ("Looproute naar het centrum",
     "De route van het station naar de Grote Markt is 650 meter lang en loopt licht bergop. Onderweg staat geen "
     "enkele bank.",
     "Plaats langs de looproute naar de Grote Markt om de 100 meter een zitbank met rugleuning en armleuningen."),
]


def stops_html():
    out = []
    for place, seen, advice in STOPS:
        out.append(f"<h3>{place}</h3>\n<p><span class=\"lbl\">Wat we zagen.</span> {seen}</p>")
        if advice:
            out.append(f'<div class="advies"><p><span class="lbl">Ons advies</span></p><p>{advice}</p></div>')
        else:
            out.append('<p class="geen">Geen advies: hier is het ontwerp in orde.</p>')
    return "\n".join(out)


ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies heraanleg stationsomgeving
</title>{CSS}</head><body>
<div class="band"><h1>Toegankelijk van perron tot plein</h1>
<p>Advies van de Adviesraad Toegankelijkheid Lindegem over het ontwerp van de heraanleg van de stationsomgeving -
advies 2026/03 - 17 maart 2026</p></div>

<h2>Adviesvraag</h2>
<p>Op 12 februari 2026 vroeg het college van burgemeester en schepenen ons advies over het voorontwerp van de
heraanleg van de stationsomgeving. Het college stelde drie vragen:</p>
<ol>
<li>Is de nieuwe omgeving vlot bruikbaar voor mensen met een motorische beperking?</li>
<li>Kunnen blinde en slechtziende reizigers zich er zelfstandig oriënteren?</li>
<li>Zijn er knelpunten die we nu nog in het ontwerp kunnen oplossen?</li>
</ol>
<p>De Vlaamse stedenbouwkundige verordening inzake toegankelijkheid bepaalt dat een looppad minstens 1,50 meter breed
moet zijn en dat een niveauverschil boven 2 centimeter moet worden overbrugd. Het ontwerp voldoet daar op de meeste
plaatsen aan. Wij kijken in dit advies vooral naar wat daarbovenop nodig is.</p>
<p>In ons advies over de heraanleg van de Grote Markt in 2022 schreven we al:</p>
<p class="q">'Test een ontwerp altijd ter plaatse met de mensen die het moeten gebruiken.'</p>
<p>Daarom liepen acht leden van de raad op 3 maart 2026 de stationsomgeving af met de plannen in de hand: twee
rolstoelgebruikers, een blinde man met zijn geleidehond, een slechtziende vrouw, een vrouw met een rollator, een
man met een handbike en twee ouders met een kinderwagen.</p>

<h2>De schouw, stop voor stop</h2>
{stops_html()}

<h2>Tot slot</h2>
<p>Het ontwerp is een grote stap vooruit tegenover de huidige toestand. We vragen bijzondere aandacht voor de
adviezen bij de fietsenstalling en de taxistandplaats, omdat die later moeilijk nog te veranderen zijn.</p>
<p>Voor de Adviesraad Toegankelijkheid,<br>Annelies Verstraete, voorzitter - Joris D'hondt, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Antwoord advies stationsomgeving
</title>{CSS}</head><body>
<p class="small">Stad Lindegem - schepen van Mobiliteit en Openbaar Domein</p>
<table class="meta">
<tr><td>Aan</td><td>Adviesraad Toegankelijkheid Lindegem, t.a.v. mevrouw Annelies Verstraete</td></tr>
<tr><td>Ons kenmerk</td><td>MOB/2026/0177</td></tr>
<tr><td>Datum</td><td>22 april 2026</td></tr>
<tr><td>Onderwerp</td><td>Uw advies 2026/03 over de heraanleg van de stationsomgeving</td></tr>
</table>
<p>&nbsp;</p>
<p>Beste mevrouw Verstraete,</p>
<p>Dank voor het grondige advies en voor de schouw van 3 maart. Het ontwerpteam heeft met uw opmerkingen het
voorontwerp aangepast; het college keurde het ontwerp op 15 april 2026 goed. Hieronder leest u per plek wat we met
uw advies doen.</p>
<p><b>Busstation en kiss-and-ride.</b> Alle zes busperrons krijgen een verhoogde boord, zodat reizigers gelijkvloers
kunnen instappen; de geleidelijn loopt tot aan de deur van de wachtruimte. Aan de kiss-and-ride worden de twee
plaatsen het dichtst bij de ingang voorbehouden voor personen met een handicap, in de breedte die u vroeg.</p>
<p><b>Fietsenstalling.</b> Een lift hebben we laten onderzoeken, maar die zou 420.000 euro kosten en met
onderhoud elk jaar 18.000 euro. Dat kunnen we niet verantwoorden. De fietsenstalling blijft alleen bereikbaar via
de hellingbaan; we voorzien wel bovengronds twintig plaatsen voor aangepaste fietsen.</p>
<p><b>Oversteek Stationsplein.</b> De kasseien op het plein zijn beschermd erfgoed en blijven liggen. Op de
oversteek komen wel gezaagde kasseien met een vlak oppervlak, in een strook van 2,20 meter breed.</p>
<p><b>Stationshal.</b> De hal valt niet onder de stad. We hebben uw vraag over het loket en de ringleiding
doorgegeven aan de spoorbeheerder en zullen u laten weten wat die antwoordt.</p>
<p><b>Taxistandplaats.</b> De standplaats kan niet naar de kant van de hoofdingang, omdat daar de busperrons en de
nooddoorgang voor de brandweer liggen. We houden vast aan de plaats in het ontwerp en zorgen voor een beveiligde
oversteek met geluidssignaal.</p>
<p><b>Planning en werfhinder.</b> De werken starten in januari 2027 en duren ongeveer twee jaar. Tijdens de werken
blijft er altijd één toegankelijke route van de bussen naar het station open. De aannemer moet die elke week laten
controleren.</p>
<p><b>Volgende stappen.</b> We nodigen de adviesraad graag uit voor een tweede schouw op de werf, in het voorjaar van
2028, en bezorgen u het definitieve ontwerp zodra het klaar is.</p>
<p>Met vriendelijke groeten,</p>
<p>Kobe Van den Broeck<br>schepen van Mobiliteit en Openbaar Domein</p>
</body></html>""".replace("<p>&nbsp;</p>", "")


def expected():
    recs = [
        (1, "Voorzie aan alle busperrons een instaphoogte van 18 centimeter",
         "krijgen een verhoogde boord, zodat reizigers gelijkvloers kunnen instappen", "agrees"),
        (2, "Vervang de kasseien op de oversteek door een effen, vlakke bestrating",
         "komen wel gezaagde kasseien met een vlak oppervlak", "partly"),
        (3, "Reserveer twee van de kortparkeerplaatsen aan de kiss-and-ride voor personen",
         "de twee plaatsen het dichtst bij de ingang voorbehouden", "agrees"),
        (4, "Maak de ondergrondse fietsenstalling ook bereikbaar met een lift",
         "Dat kunnen we niet verantwoorden", "disagrees"),
        (5, "Verplaats de taxistandplaats naar de kant van de hoofdingang",
         "We houden vast aan de plaats in het ontwerp", "disagrees"),
        (6, "Zorg in overleg met de spoorbeheerder voor een verlaagd loket",
         "doorgegeven aan de spoorbeheerder en zullen u laten weten", "noted"),
        (7, "Plaats langs de looproute naar de Grote Markt om de 100 meter",
         None, "unanswered"),
    ]
    unmatched = ["het college keurde het ontwerp op 15 april 2026 goed",
                 "De werken starten in januari 2027 en duren ongeveer twee jaar",
                 "We nodigen de adviesraad graag uit voor een tweede schouw"]
    notes = ("Advice: the ADVIES of a Flemish ADVIESRAAD TOEGANKELIJKHEID after a SCHOUW of the draft redesign of a "
             "station area (Chromium, 2 p.); nine STOPS under place-name sub-headings without numbers, each with a "
             "'Wat we zagen.' paragraph (findings); at seven stops a shaded 'Ons advies' box holds one imperative "
             "recommendation, two stops ('Wachtruimte bus', 'Openbaar toilet') end in 'Geen advies' (trap). Other "
             "traps: the college's three questions numbered 1.-3., the Vlaamse verordening toegankelijkheid "
             "paraphrased with 'moet', the 2022 advice quoted as an imperative ('Test een ontwerp altijd ter plaatse "
             "...'), a closing line naming 'de adviezen bij de fietsenstalling en de taxistandplaats'. Response: the "
             "schepen's LETTER answering BY PLACE with bold lead-ins, no numbers, in the order Busstation en "
             "kiss-and-ride in ONE paragraph (1 agrees: raised kerbs and guide line; 3 agrees: two reserved "
             "places), Fietsenstalling (4 disagrees: lift too costly), Oversteek Stationsplein (2 partly: sawn "
             "cobbles in a 2.20 m strip, not the full width), Stationshal (6 noted: passed on to the railway "
             "manager), Taxistandplaats (5 disagrees: stays). The introduction, 'Planning en werfhinder' and "
             "'Volgende stappen' answer nothing; 7 (benches every 100 m) is never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Adviesraad Toegankelijkheid Lindegem - advies 2026/03 - heraanleg "
            "stationsomgeving", "pagina {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Stad Lindegem - MOB/2026/0177", "{n}/{m}", F["Regular"])
    expected()

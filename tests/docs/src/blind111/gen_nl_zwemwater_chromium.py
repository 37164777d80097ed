"""Round 111 (nl): the EVALUATIE ZWEMSEIZOEN 2026 of a provincial ZWEMWATEROVERLEG (advisory working group of the
province, the waterschappen, the GGD and the veiligheidsregio), answered by the STATENBRIEF of Gedeputeerde Staten to
Provinciale Staten with INLINE LABELS 'Aanbeveling c - Overgenomen.'

Advice (Chromium headless, sans, blue header band, a floated 'Het seizoen in cijfers' box, stamped head from p. 2,
'blz. n van m'): the Bkl 'moet' (twice), the 2024 advice quoted with 'moet', a table of locations with days of
warnings, a NUMBERED list of incidents 1.-3. (trap), recommendations LETTERED a)-g) (expected 1-7 = a-g), a closing
line citing 'aanbevelingen b, d en g'. Response: Aanleiding with motie M2025-14 (trap), 'Aanwijzing zwemlocaties
2027' with figures (answers nothing), replies by inline labels, order c, a+e (one paragraph), b, f, d; g unanswered.
All invented.

Run: /tmp/blind111nl/bin/python tests/docs/src/blind111/gen_nl_zwemwater_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b111nl as B  # noqa: E402

NAME = "blind111_nl_zwemwater"
F = B.tmp_fonts()
FAM = "B111NL Sans"
CSS = f"""<style>
@font-face {{ font-family: '{FAM}'; src: url('file://{F["Regular"]}'); }}
@font-face {{ font-family: '{FAM}'; font-weight: bold; src: url('file://{F["Bold"]}'); }}
@font-face {{ font-family: '{FAM}'; font-style: italic; src: url('file://{F["Italic"]}'); }}
@page {{ size: A4; margin: 19mm 20mm 18mm 20mm; }}
body {{ font-family: '{FAM}'; font-size: 9.9pt; line-height: 1.45; color: #151515; }}
.band {{ background: #0f5b8c; color: white; padding: 10px 14px 12px; }}
.band .org {{ font-size: 8.5pt; letter-spacing: 0.5px; }}
.band h1 {{ font-size: 18pt; margin: 4px 0 2px; }}
.meta {{ font-size: 8.5pt; color: #444; margin: 6px 0 8px; }}
h2 {{ color: #0f5b8c; font-size: 11.5pt; margin: 12px 0 4px; break-after: avoid; }}
p {{ margin: 0 0 6px; }}
.fig {{ float: right; width: 58mm; background: #e3eef6; padding: 6px 10px; margin: 2px 0 8px 10px; font-size: 8.8pt; }}
.fig b {{ color: #0f5b8c; }}
table.loc {{ border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 4px 0 8px; }}
table.loc th, table.loc td {{ border-bottom: 1px solid #9ab; padding: 3px 6px; text-align: left; }}
table.loc th {{ background: #e3eef6; }}
ol.inc {{ margin: 2px 0 8px 0; padding-left: 22px; }}
ol.inc li {{ margin-bottom: 3px; }}
.recs {{ border-top: 2px solid #0f5b8c; border-bottom: 2px solid #0f5b8c; padding: 4px 0; }}
.rec {{ display: flex; margin: 6px 0; break-inside: avoid; }}
.rec .l {{ width: 9mm; font-weight: bold; color: #0f5b8c; }}
.rec .t {{ flex: 1; }}
.lbl {{ font-weight: bold; }}
.addr {{ font-size: 9pt; margin-bottom: 10px; }}
</style>"""

RECS = [
    ("a)", "Verhoog bij alle locaties waar in 2026 blauwalg is aangetroffen de bemonsteringsfrequentie in juli en "
           "augustus naar eens per week."),
    ("b)", "Plaats bij alle officiële zwemlocaties een digitaal informatiebord dat het actuele zwemadvies toont."),
    ("c)", "Publiceer een negatief zwemadvies binnen twee uur na de laboratoriumuitslag op de website en in de "
           "zwemwater-app."),
    ("d)", "Vraag de waterschappen om een plan op te stellen om de toevoer van fosfaat naar de Hoornplas en de "
           "Bosvijver te verminderen."),
    ("e)", "Breng de kosten van de extra bemonstering onder in de provinciale begroting, zodat de beheerders van de "
           "locaties daar niet voor hoeven te betalen."),
    ("f)", "Maak met de reddingsbrigades afspraken over toezicht op de vijf drukste locaties in de weekenden van juli "
           "en augustus."),
    ("g)", "Houd jaarlijks vóór 1 mei met alle partners een oefening in het snel sluiten van een zwemlocatie bij een "
           "calamiteit."),
]

recs = "".join(f'<div class="rec"><div class="l">{a}</div><div class="t">{t}</div></div>' for a, t in RECS)
ADVICE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<div class="band"><div class="org">ZWEMWATEROVERLEG VELDMARK</div>
<h1>Evaluatie zwemseizoen 2026</h1>
<div>en advies voor het seizoen 2027</div></div>
<div class="meta">Aan Gedeputeerde Staten van de provincie Veldmark | kenmerk ZWO-2026-11 | 6 november 2026 | het
Zwemwateroverleg bestaat uit de provincie Veldmark, Waterschap Vennestroom, Waterschap De Oude Linge, GGD Veldmark en
Veiligheidsregio Veldmark</div>
<h2>1. Inleiding</h2>
<div class="fig"><b>Het seizoen in cijfers</b><br>41 officiële zwemlocaties<br>6 locaties met blauwalg<br>
118 dagen met een waarschuwing<br>23 dagen met een negatief zwemadvies<br>1.104 monsters geanalyseerd<br>
3 incidenten met zwemmers</div>
<p>Op grond van het Besluit kwaliteit leefomgeving moet de provincie jaarlijks vóór het badseizoen de
zwemlocaties aanwijzen. De waterbeheerder moet tijdens het badseizoen, van 1 mei tot 1 oktober, op elke locatie ten
minste eens per maand een monster nemen. Het Zwemwateroverleg stemt die taken af en adviseert Gedeputeerde Staten
na elk seizoen over verbeteringen.</p>
<p>De zomer van 2026 was warm en droog, met lange perioden van weinig wind. Dat leidde op een aantal plassen tot
hardnekkige bloei van blauwalg. Tegelijk waren de locaties drukker bezocht dan ooit: op de warmste zondag telde de
boswachter bij de Hoornplas meer dan 4.000 bezoekers.</p>
<h2>2. Het seizoen 2026</h2>
<p>Op zes locaties is blauwalg aangetroffen. De locaties met de meeste dagen met een waarschuwing of een negatief
zwemadvies waren:</p>
<table class="loc"><tr><th>Locatie</th><th>Beheerder</th><th>Dagen waarschuwing</th><th>Dagen negatief advies</th></tr>
<tr><td>Hoornplas, strand Oost</td><td>Recreatieschap Veldmark</td><td>41</td><td>12</td></tr>
<tr><td>Bosvijver Ellekom</td><td>gemeente Ellekom</td><td>33</td><td>8</td></tr>
<tr><td>Zandput De Vlonder</td><td>Stichting De Vlonder</td><td>19</td><td>3</td></tr>
<tr><td>Lingestrand Hedelo</td><td>gemeente Hedelo</td><td>14</td><td>0</td></tr></table>
<p>Tijdens het seizoen deden zich drie incidenten voor waarbij zwemmers hulp nodig hadden:</p>
<ol class="inc">
<li>Op 12 juli werden bij de Hoornplas vier kinderen met huidklachten behandeld door de EHBO-post.</li>
<li>Op 2 augustus raakte een zwemmer bij Zandput De Vlonder in problemen en werd hij door omstanders uit het water
gehaald.</li>
<li>Op 19 augustus moest de Bosvijver binnen een uur worden ontruimd na een lozing van afvalwater door een
overstort.</li></ol>
<h2>3. Wat ons opvalt</h2>
<p>De bemonstering verliep volgens schema, maar eens per maand is te weinig om een snel opkomende bloei van blauwalg
op tijd te zien. Daarnaast duurde het gemiddeld anderhalve dag voordat een negatief zwemadvies op de website stond;
in die tijd gingen bezoekers gewoon het water in.</p>
<p>In ons advies over het seizoen 2024 schreven wij: 'Bij elke locatie moet het actuele zwemadvies ter plekke te
lezen zijn.' Dat is nog niet gerealiseerd: op de meeste locaties hangt alleen een bord met een QR-code. Positief is
dat de samenwerking tussen de partners bij het incident van 19 augustus goed verliep en dat de GGD de
gezondheidsklachten snel heeft uitgezocht.</p>
<h2>4. Aanbevelingen</h2>
<p>Het Zwemwateroverleg beveelt Gedeputeerde Staten aan:</p>
<div class="recs">{recs}</div>
<h2>5. Tot slot</h2>
<p>Voor de aanbevelingen b, d en g is afstemming met de waterschappen en de gemeenten nodig. Het Zwemwateroverleg
bespreekt de uitwerking graag in zijn vergadering van februari 2027.</p>
<p>Namens het Zwemwateroverleg Veldmark,<br>ing. Marloes Tjeerdsma, voorzitter (provincie Veldmark)<br>
dr. Ruben Appelhof, secretaris (Waterschap Vennestroom)</p>
</body></html>"""

RESPONSE = f"""<html><head><meta charset="utf-8">{CSS}</head><body>
<div class="band"><div class="org">PROVINCIE VELDMARK</div><h1>Statenbrief</h1></div>
<div class="meta">Aan Provinciale Staten van Veldmark | datum 15 december 2026 | nummer SB-2026-198 | portefeuillehouder
gedeputeerde J.M. (Joost) Brandsma | onderwerp: evaluatie zwemseizoen 2026 en zwemlocaties 2027</div>
<h2>Aanleiding</h2>
<p>Met deze brief informeren wij u over de evaluatie van het zwemseizoen 2026 door het Zwemwateroverleg Veldmark en
over onze reactie op de aanbevelingen. Daarmee voldoen wij ook aan de toezegging bij motie M2025-14 'Veilig zwemmen
in open water' om u jaarlijks over de zwemwaterkwaliteit te informeren.</p>
<h2>Aanwijzing zwemlocaties 2027</h2>
<p>Op 9 december hebben wij het aanwijzingsbesluit voor 2027 vastgesteld. Het aantal officiële zwemlocaties stijgt
van 41 naar 42: het nieuwe strand aan de Kleine Veldplas in Hedelo wordt aangewezen. De zwemlocatie Lingestrand
Hedelo blijft ondanks de waarschuwingen van 2026 in de lijst.</p>
<h2>Reactie op de aanbevelingen</h2>
<p><span class="lbl">Aanbeveling c - Overgenomen.</span> Vanaf het seizoen 2027 zetten wij een negatief zwemadvies
direct na ontvangst van de uitslag op zwemwater.nl en in de app. Het laboratorium stuurt de uitslagen daarvoor
automatisch door naar de provincie.</p>
<p><span class="lbl">Aanbevelingen a en e - Bemonstering.</span> De waterschappen gaan op de zes locaties met
blauwalg in juli en augustus wekelijks monsters nemen; daarover zijn in november afspraken gemaakt. De kosten van
deze extra monsters nemen wij niet over: conform de Zwemwaterregeling Veldmark blijven die voor rekening van de
locatiebeheerders, die hier ook zelf belang bij hebben.</p>
<p><span class="lbl">Aanbeveling b - Gedeeltelijk overgenomen.</span> De vijftien drukst bezochte locaties krijgen in
2027 een digitaal informatiebord. Voor de overige locaties zien wij de kosten niet opwegen tegen het aantal
bezoekers; daar blijft het bord met de QR-code hangen.</p>
<p><span class="lbl">Aanbeveling f - Overgenomen.</span> Met de Reddingsbrigade Veldmark is een overeenkomst gesloten
voor toezicht op de vijf drukste locaties in alle weekenden van juli en augustus 2027, met een budget van 38.000
euro.</p>
<p><span class="lbl">Aanbeveling d - Doorgezonden.</span> De aanpak van de fosfaattoevoer is een taak van de
waterschappen. Wij hebben deze aanbeveling doorgestuurd aan Waterschap Vennestroom en Waterschap De Oude Linge en
wachten hun reactie af.</p>
<h2>Vervolg</h2>
<p>Het badseizoen 2027 begint op 1 mei. Na afloop ontvangt u opnieuw een evaluatie van het Zwemwateroverleg, samen
met onze reactie. De actuele zwemadviezen zijn het hele seizoen te vinden op zwemwater.nl.</p>
<p>Gedeputeerde Staten van Veldmark,<br>M.C. Hoekman, secretaris - drs. A. de Ruyter, voorzitter</p>
</body></html>"""


def expected():
    recs = [
        (1, "Verhoog bij alle locaties waar in 2026 blauwalg is aangetroffen",
         "in juli en augustus wekelijks monsters nemen", "agrees"),
        (2, "Plaats bij alle officiële zwemlocaties een digitaal informatiebord",
         "De vijftien drukst bezochte locaties krijgen in 2027 een digitaal informatiebord", "partly"),
        (3, "Publiceer een negatief zwemadvies binnen twee uur na de laboratoriumuitslag",
         "Het laboratorium stuurt de uitslagen daarvoor automatisch door", "agrees"),
        (4, "Vraag de waterschappen om een plan op te stellen",
         "Wij hebben deze aanbeveling doorgestuurd aan Waterschap Vennestroom", "noted"),
        (5, "Breng de kosten van de extra bemonstering onder in de provinciale begroting",
         "De kosten van deze extra monsters nemen wij niet over", "disagrees"),
        (6, "Maak met de reddingsbrigades afspraken over toezicht op de vijf drukste locaties",
         "Met de Reddingsbrigade Veldmark is een overeenkomst gesloten", "agrees"),
        (7, "Houd jaarlijks vóór 1 mei met alle partners een oefening", None, "unanswered"),
    ]
    unmatched = ["voldoen wij ook aan de toezegging bij motie M2025-14",
                 "het nieuwe strand aan de Kleine Veldplas in Hedelo wordt aangewezen",
                 "Na afloop ontvangt u opnieuw een evaluatie van het Zwemwateroverleg"]
    notes = ("Dutch provincial Zwemwateroverleg's evaluation of the swimming season with advice to Gedeputeerde Staten "
             "(Chromium, 2 p., sans, blue header band, floated 'Het seizoen in cijfers' box, stamped head from p. 2, "
             "'blz. n van m'): the Bkl 'moet' twice, the 2024 advice quoted with 'moet', a table of locations with "
             "days, a NUMBERED list of incidents 1.-3. (trap), a 'Positief is' sentence; recommendations LETTERED "
             "a)-g) between blue rules (expected 1-7 = a-g); the closing line cites 'aanbevelingen b, d en g' (trap). "
             "Response: Statenbrief of GS to PS with 'Aanleiding' (motie M2025-14, trap), 'Aanwijzing zwemlocaties "
             "2027' (41 -> 42 locations, answers nothing), replies with INLINE LABELS 'Aanbeveling c - Overgenomen.', "
             "order c, a+e, b, f, d; 'Aanbevelingen a en e - Bemonstering.' = a agrees (weekly sampling) + e "
             "disagrees (costs stay with the beheerders); c agrees; b partly (fifteen boards, not all locations); f "
             "agrees; d noted ('Doorgezonden' to the waterschappen, awaits their reaction); g (oefening) unanswered; "
             "Aanleiding, Aanwijzing zwemlocaties 2027 and Vervolg answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Zwemwateroverleg Veldmark - evaluatie zwemseizoen 2026 (ZWO-2026-11)",
            "blz. {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Provincie Veldmark - Statenbrief SB-2026-198", "blz. {n} van {m}",
            F["Regular"])
    expected()

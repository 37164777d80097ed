"""Round 121 (nl): the ADVIES of a DORPSRAAD on the gemeente's schetsontwerp for rebuilding the village's main street,
after a numbered list of what residents said at the walk-in evening (1.-5., findings), its seven recommendations as a
numbered list 'Onze voorstellen op een rij' 1.-7. running ACROSS THE PAGE BREAK; answered by the wethouder's e-mail
style LETTER naming them BY ORDINAL ('Uw eerste voorstel', 'Het vierde en het vijfde voorstel') in another order.

Advice (LibreOffice headless from HTML, sans, 2 p., dark-green rules, stamped head from p. 2, 'pagina n'): residents'
remarks 1.-5. (trap), the Wegenverkeerswet paraphrased with 'moet' (trap), the 2023 advice quoted as an imperative
(trap), a count table of reactions (trap), a closing line citing 'de voorstellen 2 en 6' (trap). Response (LibreOffice,
1-2 p.): opening (nothing), replies in the order 1, 4+5, 2, 3, 6, 'de derde opmerking van bewoners' (nothing),
planning (nothing); 7 unanswered. All bodies, places, people and figures invented.

Run: /tmp/blind121nl/bin/python tests/docs/src/blind121/gen_nl_dorpsraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b121nl as B  # noqa: E402

NAME = "blind121_nl_dorpsraad"
F = B.tmp_fonts()
SANS = "B121NL Sans"
GREEN = "#24553a"

CSS = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 10pt; line-height: 140%; }}
p {{ margin-top: 0; margin-bottom: 0.18cm; }}
h1 {{ font-family: '{SANS}'; font-size: 16pt; color: {GREEN}; margin-bottom: 0.1cm; }}
h2 {{ font-family: '{SANS}'; font-size: 11.5pt; color: {GREEN}; margin-top: 0.35cm; margin-bottom: 0.1cm; }}
li {{ margin-bottom: 0.12cm; }}
td {{ font-family: '{SANS}'; font-size: 9pt; vertical-align: top; }}
.small {{ font-size: 8.5pt; color: #444444; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Dorpsraad Kleinmeerloo</title>
{CSS}</head><body>
<p class="small"><b><font color="{GREEN}">DORPSRAAD KLEINMEERLOO</font></b> - Kerkpad 3 - Kleinmeerloo</p>
<h1>Een Dorpsstraat voor iedereen</h1>
<p><b>Advies over het schetsontwerp herinrichting Dorpsstraat</b><br/>Aan het college van burgemeester en wethouders
van de gemeente Aldenvoort - 6 oktober 2026 - ons kenmerk DR-KM 26/14</p>
<hr/>
<h2>Waarom dit advies</h2>
<p>Het college vroeg de dorpsraad op 1 september 2026 om advies over het schetsontwerp voor de herinrichting van de
Dorpsstraat tussen de kerk en de rotonde met de Veenweg. Wij hebben het ontwerp besproken in onze vergadering en
op een inloopavond in het dorpshuis, waar 86 inwoners kwamen.</p>
<h2>Wat bewoners zeiden op de inloopavond</h2>
<ol>
<li>Veel bewoners vinden dat er te hard wordt gereden, vooral door vrachtverkeer naar het bedrijventerrein.</li>
<li>De vier oude linden voor het dorpshuis horen bij het dorp.</li>
<li>Ouders maken zich zorgen over de oversteek bij de school.</li>
<li>De bushalte bij de kerk ligt voor ouderen te ver van de Schoolstraat.</li>
<li>Er is op het plein weinig plek om even te zitten.</li>
</ol>
<table width="100%" cellpadding="3" style="border-collapse:collapse">
<tr><td style="border-bottom:1px solid {GREEN}"><b>Reacties op de inloopavond</b></td>
<td style="border-bottom:1px solid {GREEN}"><b>Aantal</b></td></tr>
<tr><td>Verkeersveiligheid en snelheid</td><td>41</td></tr>
<tr><td>Bomen en groen</td><td>23</td></tr>
<tr><td>Openbaar vervoer</td><td>12</td></tr>
<tr><td>Overig</td><td>10</td></tr></table>
<h2>Onze beoordeling</h2>
<p>Het schetsontwerp is een goede stap. In ons advies van 2023 over het dorpsplein schreven wij: 'Geef het plein
terug aan de voetganger.' Dat is gelukt, en dat willen we nu doortrekken naar de Dorpsstraat. De Wegenverkeerswet
bepaalt dat een weg binnen de bebouwde kom als 30 km-weg ingericht moet zijn om er een lagere limiet te laten
gelden; met een bord alleen zijn wij er dus niet. Het deel tussen de kerk en de rotonde blijft in het ontwerp een
50 km-weg, terwijl daar juist de school ligt. Het fietspad in klinkers wordt volgens bewoners glad en hobbelig.
Ook zien wij dat de bushalte na de herinrichting op dezelfde plek blijft.</p>
<p>De dorpsraad concludeert dat het ontwerp op vier punten beter kan en op drie punten aanvulling nodig heeft.</p>
<h2>Onze voorstellen op een rij</h2>
<ol>
<li>Richt de hele Dorpsstraat in als 30 km-zone, ook het deel tussen de kerk en de rotonde met de Veenweg.</li>
<li>Behoud de vier lindebomen voor het dorpshuis en pas het ontwerp van de parkeervakken daarop aan.</li>
<li>Leg het fietspad aan de oostzijde aan in rood asfalt in plaats van in klinkers, zodat het ook voor
scootmobielen en fietsers met een rollator of kinderkar vlak en veilig blijft.</li>
<li>Verplaats de bushalte van de kerk naar de hoek met de Schoolstraat, dichter bij de seniorenwoningen.</li>
<li>Plaats op het plein twee extra bankjes met rugleuning en een watertappunt.</li>
<li>Vraag de provincie om het vrachtverkeer naar het bedrijventerrein via de N-weg en de Veenweg te leiden in plaats
van door de Dorpsstraat.</li>
<li>Stel tijdens de uitvoering van de werken een vaste contactpersoon voor de bewoners en de winkeliers aan.</li>
</ol>
<p>Wij vragen het college vooral de voorstellen 2 en 6 goed te bekijken; daar maken de meeste bewoners zich zorgen
over.</p>
<p>Met vriendelijke groet,<br/>namens de Dorpsraad Kleinmeerloo,<br/>Henny Schuurman, voorzitter - Koen van Dalfsen,
secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Reactie gemeente Aldenvoort</title>
{CSS}</head><body>
<p class="small"><b><font color="#1f4e8c">GEMEENTE ALDENVOORT</font></b> - Postbus 40 - Aldenvoort</p>
<table width="100%" cellpadding="2"><tr><td width="28%">Aan</td><td>Dorpsraad Kleinmeerloo, t.a.v. mevrouw H.
Schuurman</td></tr><tr><td>Datum</td><td>17 november 2026</td></tr><tr><td>Zaaknummer</td><td>Z-26-11870</td></tr>
<tr><td>Onderwerp</td><td>Uw advies over het schetsontwerp Dorpsstraat</td></tr></table>
<p style="margin-top:0.4cm"></p>
<p>Beste mevrouw Schuurman,</p>
<p>Hartelijk dank voor het advies van de dorpsraad en voor de goed bezochte inloopavond. Het college heeft uw advies
op 10 november besproken. Hieronder leest u wat wij met uw voorstellen doen. Ik begin met het voorstel dat voor het
ontwerp de grootste gevolgen heeft.</p>
<p>Uw eerste voorstel nemen wij over. De 30 km-zone loopt straks door tot aan de rotonde; het ontwerp krijgt daar
een plateau bij de school en een versmalling bij de kerk.</p>
<p>Het vierde en het vijfde voorstel hebben wij samen bekeken, omdat beide over het plein gaan. De bushalte blijft
bij de kerk: de vervoerder rijdt met gelede bussen die de bocht bij de Schoolstraat niet kunnen nemen. Op het plein
komen wel twee bankjes met rugleuning erbij. Een watertappunt plaatsen wij niet; de kosten van onderhoud en de
keuring van het water zijn voor een klein plein te hoog.</p>
<p>Het tweede voorstel volgen wij graag. De linden blijven staan; de parkeervakken schuiven drie meter op en er
vervallen twee plaatsen.</p>
<p>Over het derde voorstel hebben wij lang gesproken. Toch kiezen wij voor klinkers: onder het fietspad liggen de
kabels en de riolering, en klinkers kunnen na werkzaamheden zonder lappen terug. Wij gebruiken wel een vlakke
klinker zonder afgeschuinde randen.</p>
<p>Het zesde voorstel ligt buiten onze bevoegdheid, omdat de N-weg van de provincie is. Wij zullen uw wens bij
het eerstvolgende regionale verkeersoverleg onder de aandacht brengen, maar wij kunnen niet voorspellen wat de
provincie besluit.</p>
<p>De derde opmerking van bewoners op de inloopavond, over de oversteek bij de school, is met het plateau bij de
school meegenomen in het ontwerp.</p>
<p>Het definitieve ontwerp komt in januari 2027 ter inzage. De uitvoering start volgens de planning in september 2027
en duurt ongeveer negen maanden.</p>
<p>Met vriendelijke groet,<br/>namens het college van burgemeester en wethouders,<br/>Gerrit Hulshof, wethouder
openbare ruimte</p>
</body></html>"""


def expected():
    recs = [
        (1, "Richt de hele Dorpsstraat in als 30 km-zone, ook het",
         "De 30 km-zone loopt straks door tot aan de rotonde", "agrees"),
        (2, "Behoud de vier lindebomen voor het dorpshuis en pas het",
         "De linden blijven staan; de parkeervakken schuiven drie meter op", "agrees"),
        (3, "Leg het fietspad aan de oostzijde aan in rood asfalt",
         "Toch kiezen wij voor klinkers: onder het fietspad liggen", "disagrees"),
        (4, "Verplaats de bushalte van de kerk naar de hoek met",
         "de vervoerder rijdt met gelede bussen die de bocht", "disagrees"),
        (5, "Plaats op het plein twee extra bankjes met rugleuning en",
         "Een watertappunt plaatsen wij niet; de kosten van onderhoud", "partly"),
        (6, "Vraag de provincie om het vrachtverkeer naar het bedrijventerrein via",
         "bij het eerstvolgende regionale verkeersoverleg onder de aandacht brengen", "noted"),
        (7, "Stel tijdens de uitvoering van de werken een vaste contactpersoon", None, "unanswered"),
    ]
    unmatched = ["Ik begin met het voorstel dat voor het ontwerp de grootste gevolgen heeft",
                 "over de oversteek bij de school, is met het plateau",
                 "Het definitieve ontwerp komt in januari 2027 ter inzage"]
    notes = ("Advice: a dorpsraad's advice on the schetsontwerp for the Dorpsstraat (LibreOffice from HTML, 2 p.); the "
             "recommendations are a numbered list 1.-7. under 'Onze voorstellen op een rij', running across the page "
             "break. Traps: a numbered list 1.-5. of residents' remarks at the walk-in evening, a table of reaction "
             "counts, the 2023 advice quoted as an imperative, the Wegenverkeerswet paraphrased with 'moet', 'De "
             "dorpsraad concludeert', a closing line citing 'de voorstellen 2 en 6'. Response: the wethouder's letter "
             "naming the proposals BY ORDINAL in the order 1, 4+5, 2, 3, 6: 'Uw eerste voorstel nemen wij over' = 1 "
             "agrees; 'Het vierde en het vijfde voorstel' in one paragraph = 4 disagrees (bus stop stays; articulated "
             "buses) and 5 partly (benches yes, no water point); 'Het tweede voorstel volgen wij graag' = 2 agrees; "
             "'Toch kiezen wij voor klinkers' = 3 disagrees (flat pavers only); 'Het zesde voorstel ligt buiten onze "
             "bevoegdheid' = 6 noted (raised at the regional traffic meeting, no commitment); 'De derde opmerking "
             "van bewoners' answers a residents' remark, not the third proposal (nothing); opening and planning "
             "nothing; 7 (a contact person during the works) unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.soffice_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Dorpsraad Kleinmeerloo - advies schetsontwerp Dorpsstraat - DR-KM 26/14",
            "pagina {n}", F["Regular"])
    B.soffice_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Aldenvoort - Z-26-11870 - reactie advies Dorpsstraat", "{n}/{m}",
            F["Regular"])
    expected()

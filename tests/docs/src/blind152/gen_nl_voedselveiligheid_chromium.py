"""Round 152 (nl): the (Flemish) VOEDSELVEILIGHEIDSAUDIT of an (invented) audit firm on the central kitchen of a
residential care centre, its seven recommendations NUMBERED HANGING PARAGRAPHS '4.1'-'4.7' under '4 Aanbevelingen',
after findings '3.1'-'3.6' hanging in exactly the same style under '3 Vaststellingen' (trap); answered by the care
company's LETTER from the general director with INLINE LABELS 'Ad 4.x' in another order, one labelled paragraph
'Ad 4.1 en 4.5' answering two with different verdicts.

Advice (Chromium headless, sans, dark-green headings and title rule, metadata table, a ruled temperature table,
stamped head, 'pagina n van m'): the food-safety authority's guide paraphrased with 'moet' (trap), the 2025 audit's
recommendation quoted as an imperative and carried out (trap), 'Wij raden niet aan om de keuken uit te besteden aan
een cateraar' (trap), a closing naming '4.1 en 4.4' (trap); expected '4.1'-'4.7'. Response (Chromium, stamped,
'pagina n'): 4.4 agrees (core temperature measured on arrival), ONE paragraph 4.1 agrees (new door seals and
wireless temperature monitoring) + 4.5 disagrees (no cook-chill), 4.2 partly (a separate table and colour-coded
utensils, no separate room), 4.3 partly (kitchen staff yearly, care staff every two years by e-learning), 4.6 noted
(bread supply runs through the purchasing central; passed on), the catering sentence answered (unmatched); 4.7
(retained samples) unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind152nl/bin/python tests/docs/src/blind152/gen_nl_voedselveiligheid_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b152nl as B  # noqa: E402

NAME = "blind152_nl_voedselveiligheid"
F = B.tmp_fonts()
SANS = "B152NL Sans"
INK = "#1f6b4a"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.2pt; line-height: 1.4; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; border-bottom: 2pt solid {INK}; padding-bottom: 0.1cm; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.32cm 0 0.1cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
p.hang {{ padding-left: 1.0cm; text-indent: -1.0cm; margin-bottom: 0.14cm; }}
p.hang b {{ display: inline-block; width: 1.0cm; text-indent: 0; }}
table.meta, table.grid {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.5pt; }}
table.meta td, table.grid td, table.grid th {{ border-bottom: 0.6pt solid #b8d4c5; padding: 0.07cm 0.15cm;
  vertical-align: top; text-align: left; }}
table.meta td.k {{ width: 22%; font-weight: bold; color: {INK}; }}
table.grid th {{ border-bottom: 1.2pt solid {INK}; color: {INK}; }}
p.ad b {{ color: {INK}; }}
</style>"""


def hang(items):
    return "\n".join(f'<p class="hang"><b>{n}</b>{t}</p>' for n, t in items)


FINDINGS = [
    ("3.1", "De deurrubbers van koelcel 1 (zuivel) en koelcel 2 (vlees) sluiten niet meer goed; op de "
            "auditdag was de temperatuur in koelcel 2 om 10.40 uur 8,6 °C."),
    ("3.2", "De temperatuur van de koelcellen wordt tweemaal per dag met de hand op een formulier genoteerd; "
            "in de weekends ontbreken registraties."),
    ("3.3", "Maaltijden voor bewoners met een glutenvrij dieet worden op dezelfde werkbank bereid als de "
            "gewone maaltijden."),
    ("3.4", "De warme maaltijden worden in warmhoudkarren naar zes afdelingen gebracht; de temperatuur bij "
            "aankomst wordt niet gemeten."),
    ("3.5", "Van de 21 zorgkundigen die maaltijden opdienen, volgden er 6 de afgelopen drie jaar een "
            "hygiëneopleiding."),
    ("3.6", "Brood wordt 's morgens om 6.15 uur in open kratten voor de leveranciersdeur gezet, soms een uur "
            "voor de keuken opengaat."),
]

RECS = [
    ("4.1", "Vervang de deurrubbers van koelcel 1 en 2 en installeer een draadloze, continue "
            "temperatuurregistratie met alarm op de gsm van de kok van dienst."),
    ("4.2", "Richt in de keuken een afzonderlijke zone in voor de bereiding van glutenvrije en andere "
            "allergeenvrije maaltijden, met eigen materiaal en een eigen koelkast."),
    ("4.3", "Laat alle keukenmedewerkers en alle zorgkundigen die maaltijden opdienen elk jaar een korte "
            "hygiëneopleiding volgen en houd daarvan een register bij."),
    ("4.4", "Meet bij aankomst op elke afdeling de kerntemperatuur van een steekproef van de warme maaltijden en "
            "noteer die op de afdelingslijst."),
    ("4.5", "Onderzoek of de keuken kan overschakelen van de warme lijn naar een koude lijn (cook-chill), zodat "
            "maaltijden op de afdeling worden geregenereerd."),
    ("4.6", "Maak met de broodleverancier afspraken over levering in gesloten, gereinigde kratten en niet "
            "vroeger dan het uur waarop de keuken opengaat."),
    ("4.7", "Bewaar van elke warme maaltijd een staal van minstens 100 gram gedurende vijf dagen in een "
            "afzonderlijke diepvriezer, zodat bij een voedselinfectie kan worden nagegaan wat de oorzaak was."),
]

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Voedselveiligheidsaudit centrale
keuken WZC Ter Beuken</title>{CSS}</head><body>
<p class="small">Hygiëna Audit &amp; Advies bv - voedselveiligheid, HACCP en autocontrole in de zorg - Kortrijksesteenweg
212, 8790 Waregem - info@hygiena.example</p>
<h1>Voedselveiligheidsaudit centrale keuken WZC Ter Beuken</h1>
<p class="small">externe audit van het autocontrolesysteem, in opdracht van Zorgbedrijf Wervelgem</p>
<table class="meta">
<tr><td class="k">Opdrachtgever</td><td>Zorgbedrijf Wervelgem (welzijnsvereniging), t.a.v. mevrouw L. (Lieve)
Vandenbussche, algemeen directeur</td></tr>
<tr><td class="k">Locatie</td><td>Woonzorgcentrum Ter Beuken, Beukenlaan 9, Wervelgem - centrale keuken (dagelijks
circa 310 maaltijden voor 126 bewoners, het dagcentrum en de thuisbezorging)</td></tr>
<tr><td class="k">Kenmerk</td><td>HAA/2027/0593</td></tr>
<tr><td class="k">Auditdatum</td><td>13 en 14 september 2027; verslag 4 oktober 2027</td></tr>
<tr><td class="k">Auditor</td><td>ir. J. (Jonas) De Meulemeester, auditor voedselveiligheid</td></tr>
</table>
<h2>1 Opdracht en kader</h2>
<p>Het Zorgbedrijf Wervelgem laat de centrale keuken van woonzorgcentrum Ter Beuken om de twee jaar extern auditen.
Volgens de gids voor autocontrole van het FAVV moet een grootkeuken haar kritische punten kennen, bewaken en de
resultaten registreren, en moet het personeel voldoende opgeleid zijn. De doelgroep van een woonzorgcentrum is
bovendien kwetsbaar: ouderen lopen bij een voedselinfectie meer risico.</p>
<p>In de vorige audit (2025) stond onder meer deze aanbeveling, die intussen is uitgevoerd:</p>
<p class="quote">'Plaats bij de ingang van de bereidingsruimte een handenwasbak met niet-handbediende kraan,
zeepdispenser en papieren handdoeken.'</p>
<h2>2 Werkwijze</h2>
<p>De audit bestond uit een rondgang door de keuken, de opslagruimten en twee afdelingen, gesprekken met de
keukenverantwoordelijke, twee koks en de hoofdverpleegkundige, en een controle van de registraties van juni tot en met
augustus 2027. Op de auditdag zijn temperaturen gemeten.</p>
<table class="grid">
<tr><th>Meetpunt</th><th>Gemeten</th><th>Norm</th></tr>
<tr><td>Koelcel 1 (zuivel), 10.35 uur</td><td>6,1 °C</td><td>max. 4 °C</td></tr>
<tr><td>Koelcel 2 (vlees), 10.40 uur</td><td>8,6 °C</td><td>max. 4 °C</td></tr>
<tr><td>Diepvriescel, 10.45 uur</td><td>-19,5 °C</td><td>max. -18 °C</td></tr>
<tr><td>Warme maaltijd bij vertrek uit de keuken, 11.30 uur</td><td>74 °C</td><td>min. 65 °C</td></tr>
<tr><td>Warme maaltijd bij aankomst afdeling De Linde, 12.05 uur</td><td>58 °C</td><td>min. 60 °C</td></tr>
</table>
<h2>3 Vaststellingen</h2>
{hang(FINDINGS)}
<p>Wij raden niet aan om de keuken uit te besteden aan een cateraar: de keuken is goed uitgerust, de
koks kennen de bewoners en de tekortkomingen zijn met beperkte middelen te verhelpen.</p>
<h2>4 Aanbevelingen</h2>
<p>De aanbevelingen volgen uit de vaststellingen hierboven en staan in volgorde van belang.</p>
{hang(RECS)}
<h2>5 Besluit</h2>
<p>De centrale keuken werkt in het algemeen hygiënisch en met veel zorg voor de bewoners. De koelcellen (4.1) en de
temperatuur op de afdelingen (4.4) vragen wel dringend aandacht. Wij stellen voor de opvolging over zes maanden te
controleren.</p>
<p>ir. J. De Meulemeester<br>Hygiëna Audit &amp; Advies bv</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Opvolging voedselveiligheidsaudit
Ter Beuken</title>{CSS}</head><body>
<p class="small">Zorgbedrijf Wervelgem - welzijnsvereniging - Marktplein 1, 8760 Wervelgem - 
directie@zorgbedrijfwervelgem.example</p>
<h1>Opvolging voedselveiligheidsaudit Ter Beuken</h1>
<p class="small">brief aan Hygiëna Audit &amp; Advies bv, t.a.v. ir. J. De Meulemeester</p>
<table class="meta">
<tr><td class="k">Ons kenmerk</td><td>ZBW/DIR/2027/412</td></tr>
<tr><td class="k">Uw kenmerk</td><td>HAA/2027/0593</td></tr>
<tr><td class="k">Datum</td><td>8 november 2027</td></tr>
<tr><td class="k">Behandeld door</td><td>L. Vandenbussche, algemeen directeur; S. Goossens, keukenverantwoordelijke</td></tr>
</table>
<p>Geachte heer De Meulemeester,</p>
<p>Wij danken u voor het auditverslag, dat wij op 21 oktober in het directiecomité en op 6 november in het vast bureau
hebben besproken. Het verslag bevestigt dat onze keukenploeg goed werk levert, en wijst op een aantal punten die
beter kunnen. Hieronder vindt u onze opvolging, te beginnen met wat het snelst is geregeld.</p>
<p class="ad"><b>Ad 4.4.</b> Sinds 18 oktober wordt op elke afdeling bij aankomst van de warmhoudkar de temperatuur
van twee maaltijden gemeten en op de afdelingslijst genoteerd. De hoofdverpleegkundige controleert de lijsten
wekelijks.</p>
<p class="ad"><b>Ad 4.1 en 4.5.</b> De deurrubbers van beide koelcellen zijn op 25 oktober vervangen, en in
december plaatst de leverancier draadloze sondes die bij een te hoge temperatuur een melding sturen naar de kok van
dienst. Een overstap naar cook-chill laten wij niet onderzoeken: dat vraagt een grondige verbouwing en nieuwe
toestellen op alle afdelingen, en daarvoor is in het meerjarenplan tot 2031 geen ruimte.</p>
<p class="ad"><b>Ad 4.2.</b> Een aparte ruimte is er in de huidige keuken niet te maken. Wel richten wij een eigen
werktafel in voor dieetmaaltijden, met materiaal in een afwijkende kleur; een eigen koelkast komt er niet, wel een
afgesloten legplank in koelcel 1.</p>
<p class="ad"><b>Ad 4.3.</b> Het keukenpersoneel volgt voortaan jaarlijks een opleiding bij een externe lesgever.
Voor de zorgkundigen kiezen wij voor een e-learning om de twee jaar, die in het vormingsregister wordt
opgenomen; jaarlijks is voor de afdelingen niet haalbaar.</p>
<p class="ad"><b>Ad 4.6.</b> Het broodcontract loopt via de aankoopcentrale van de welzijnsvereniging, niet via het
woonzorgcentrum zelf. Wij hebben uw opmerking aan de aankoopcentrale bezorgd, die de leverancier erover zal
aanspreken.</p>
<p class="ad"><b>Uitbesteding.</b> Het vast bureau heeft bevestigd dat de maaltijden in eigen beheer blijven; een
overdracht aan een extern cateringbedrijf is niet gepland.</p>
<p>Wij kijken uit naar uw opvolgingsbezoek in het voorjaar.</p>
<p>Met vriendelijke groeten,<br>Lieve Vandenbussche, algemeen directeur Zorgbedrijf Wervelgem</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Hygiëna Audit & Advies - voedselveiligheidsaudit centrale keuken WZC Ter Beuken - "
            "HAA/2027/0593", "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Zorgbedrijf Wervelgem - opvolging voedselveiligheidsaudit - ZBW/DIR/2027/412",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("4.1", "Vervang de deurrubbers van koelcel 1 en 2 en installeer",
         "in december plaatst de leverancier draadloze sondes", "agrees"),
        ("4.2", "Richt in de keuken een afzonderlijke zone in voor de bereiding",
         "Wel richten wij een eigen werktafel in voor dieetmaaltijden", "partly"),
        ("4.3", "Laat alle keukenmedewerkers en alle zorgkundigen die maaltijden opdienen",
         "kiezen wij voor een e-learning om de twee jaar", "partly"),
        ("4.4", "Meet bij aankomst op elke afdeling de kerntemperatuur",
         "bij aankomst van de warmhoudkar de temperatuur van twee maaltijden", "agrees"),
        ("4.5", "Onderzoek of de keuken kan overschakelen van de warme lijn",
         "Een overstap naar cook-chill laten wij niet onderzoeken", "disagrees"),
        ("4.6", "Maak met de broodleverancier afspraken over levering in gesloten",
         "Wij hebben uw opmerking aan de aankoopcentrale bezorgd", "noted"),
        ("4.7", "Bewaar van elke warme maaltijd een staal van minstens", None, "unanswered"),
    ], ["een overdracht aan een extern cateringbedrijf is niet gepland"],
        "Advice: the (Flemish) VOEDSELVEILIGHEIDSAUDIT of an audit firm on the central kitchen of a residential care "
        "centre; the seven recommendations are NUMBERED HANGING PARAGRAPHS '4.1'-'4.7' under '4 Aanbevelingen' "
        "(expected '4.1'-'4.7'). Traps: findings '3.1'-'3.6' hanging in exactly the same style, the food-safety "
        "guide paraphrased with 'moet', the 2025 recommendation quoted as an imperative (carried out), a "
        "temperature table, 'Wij raden niet aan om de keuken uit te besteden aan een cateraar', a closing naming "
        "4.1 and 4.4. Response: the general director's LETTER with INLINE LABELS 'Ad 4.x' in the order 4.4, 4.1+4.5, "
        "4.2, 4.3, 4.6, outsourcing: 4.4 agrees, ONE paragraph 4.1 agrees + 4.5 disagrees (no cook-chill study), "
        "4.2 partly (a table, not a zone with its own fridge), 4.3 partly (care staff every two years), 4.6 noted "
        "(the purchasing central's contract; passed on), 'Uitbesteding' answers the 'we do not advise' sentence "
        "(unmatched). 4.7 (retained samples) is never answered; greeting, introduction and closing answer nothing.")
    print("written", NAME)

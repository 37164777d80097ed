"""Round 122 (nl): the ADVIES of a provincial REIZIGERSADVIESRAAD VEERDIENSTEN (the consumer body of a provincial
ferry) on the ontwerp-Vervoerplan 2027, with ONE UNNUMBERED 'KERNADVIES' in a framed box on page 1 and six further
recommendations as a numbered list 1.-6. under 'Verder adviseren wij' (so list item N is recommendation N+1),
running across the page break; answered by the province's 'VRAGEN EN ANTWOORDEN' page for travellers (FAQ), bold
questions in travellers' words in another order, no numbers, two questions that answer no recommendation.

Advice (Chromium headless, sans, 2 p., navy title band, stamped head from p. 2, 'p. n/m'): the Wet personenvervoer
2000 paraphrased with 'moet' (trap), 'Wat reizigers ons vertelden' 1.-4. (survey findings, trap), a passenger
figures table (trap), the council's 2024 advice quoted as an imperative (trap), a closing line naming 'ons
kernadvies en de punten 2 en 5' (trap: list numbers, not recommendation order). Response (Chromium, 1 p.): intro
(nothing); questions answering 1, 2, 5, 3, 4, 6; 'Worden de papieren vaartijdenboekjes nog gedrukt?' and 'Waar kan
ik terecht met vragen of klachten?' (nothing); 7 never answered. Verdicts: 1 partly, 2 agrees, 3 disagrees, 4
agrees, 5 agrees, 6 noted, 7 unanswered. All bodies, places, people, figures and reference numbers invented; the Wpv
2000 is named as context only.

Run: /tmp/blind122nl/bin/python tests/docs/src/blind122/gen_nl_veerdienst_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b122nl as B  # noqa: E402

NAME = "blind122_nl_veerdienst"
F = B.tmp_fonts()
SANS = "B122NL Sans"
NAVY = "#1d3557"
WAVE = "#e3edf7"

CSS = f"""<style>
@page {{ size: A4; margin: 2cm 2.1cm 1.8cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.4; margin: 0; }}
p {{ margin: 0 0 0.18cm 0; }}
.band {{ background: {NAVY}; color: white; padding: 0.32cm 0.45cm; margin-bottom: 0.35cm; }}
.band h1 {{ font-size: 15.5pt; margin: 0 0 0.08cm 0; }}
.band p {{ font-size: 8.6pt; margin: 0; }}
h2 {{ font-size: 11.2pt; color: {NAVY}; margin: 0.34cm 0 0.1cm 0; }}
.kern {{ border: 1.4pt solid {NAVY}; background: {WAVE}; padding: 0.22cm 0.35cm; margin: 0.2cm 0 0.3cm 0; }}
.kern .lab {{ font-size: 8pt; font-weight: bold; letter-spacing: 0.06em; color: {NAVY}; margin-bottom: 0.05cm; }}
.kern .txt {{ font-size: 10.6pt; font-weight: bold; margin: 0; }}
ol {{ margin: 0.05cm 0 0.2cm 0; padding-left: 0.75cm; }}
li {{ margin-bottom: 0.14cm; }}
table {{ border-collapse: collapse; font-size: 8.4pt; margin: 0.1cm 0 0.25cm 0; }}
th {{ background: {WAVE}; text-align: left; padding: 2px 8px; }}
td {{ border-bottom: 0.5pt solid #b9c7d8; padding: 2px 8px; }}
.q {{ font-weight: bold; color: {NAVY}; font-size: 10pt; margin: 0.3cm 0 0.06cm 0; }}
.small {{ font-size: 8.4pt; color: #444; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies Reizigersadviesraad Veerdiensten
</title>{CSS}</head><body>
<div class="band"><h1>Advies over het ontwerp-Vervoerplan Veerdiensten 2027</h1>
<p>Reizigersadviesraad Veerdiensten Grevelande - aan Gedeputeerde Staten van de provincie Grevelande - 18 augustus
2026 - kenmerk RAV-2026-09</p></div>
<p>Gedeputeerde Staten vroegen ons op 1 juli 2026 om advies over het ontwerp-Vervoerplan 2027 voor de veerdienst
Hoekemond - Schaarsluis en de fietsveren over de Grevel. Wij zijn blij dat de provincie de veerdiensten in eigen
beheer houdt en de pont in 2027 een grote onderhoudsbeurt geeft. Over de dienstregeling zijn wij minder tevreden.</p>
<div class="kern"><div class="lab">ONS KERNADVIES</div>
<p class="txt">Handhaaf op werkdagen het halfuursinterval van de veerdienst Hoekemond - Schaarsluis tussen 6.00 en
20.00 uur.</p></div>
<p>Het ontwerp laat de pont buiten de spits nog maar één keer per uur varen. Voor scholieren, zorgmedewerkers en
forenzen die op de bus aansluiten, betekent dat tot een half uur extra wachten.</p>
<h2>1 Hoe wij tot dit advies kwamen</h2>
<p>De Wet personenvervoer 2000 bepaalt dat de concessieverlener de consumentenorganisaties om advies moet vragen
over voorgenomen besluiten over de dienstregeling en de tarieven. De provincie Grevelande doet dat ook voor de
veerdiensten die zij zelf exploiteert. Wij hielden in juli een enquête onder 612 reizigers en spraken met de
schippers en met de fietsersvereniging.</p>
<h2>2 Wat reizigers ons vertelden</h2>
<ol>
<li>Driekwart van de reizigers vindt de pont betrouwbaar en de bemanning vriendelijk.</li>
<li>Op zaterdagochtend staan er vaak wachtrijen, omdat de eerste afvaart pas om 8.00 uur vertrekt.</li>
<li>Wie 's avonds met de pont aankomt in Hoekemond, mist geregeld de laatste bus naar het station.</li>
<li>Bij storingen horen reizigers dat vaak pas aan de steiger.</li>
</ol>
<table><tr><th>Reizigers per jaar</th><th>2023</th><th>2024</th><th>2025</th></tr>
<tr><td>Veerdienst Hoekemond - Schaarsluis</td><td>412.000</td><td>431.000</td><td>448.500</td></tr>
<tr><td>waarvan fietsers en voetgangers</td><td>236.000</td><td>251.000</td><td>263.700</td></tr>
<tr><td>Fietsveren over de Grevel</td><td>58.400</td><td>61.200</td><td>60.900</td></tr></table>
<p>De cijfers laten zien dat de veerdienst nog steeds groeit, vooral door fietsers en voetgangers. Het ontwerp
gaat uit van een daling van het aantal reizigers in de daluren, maar onderbouwt die verwachting niet. De schippers
vertelden ons dat de pont juist in de middaguren steeds vaker vol is met scholieren en met ouderen die naar het
gezondheidscentrum in Schaarsluis gaan. Wij vinden het daarom te vroeg om de dienst buiten de spits terug te
brengen naar één afvaart per uur, zonder eerst goed te tellen.</p>
<p>In ons advies over het vervoerplan 2025 schreven wij: 'Zorg voor een overdekte wachtruimte aan de steiger in
Schaarsluis.' Die wachtruimte is er sinds het voorjaar van 2026, tot tevredenheid van de reizigers.</p>
<h2>3 Verder adviseren wij</h2>
<ol>
<li>Laat de eerste afvaart op zaterdag om 6.30 uur vertrekken in plaats van om 8.00 uur.</li>
<li>Bevries in 2027 het tarief voor fietsers en voetgangers op het niveau van 2026.</li>
<li>Stem de dienstregeling zo af dat de aansluiting op buslijn 48 in Hoekemond ook na 19.00 uur gegarandeerd
is.</li>
<li>Informeer reizigers bij een storing binnen tien minuten via de app en via de borden aan beide steigers.</li>
<li>Breid het gratis parkeerterrein bij de steiger in Schaarsluis uit met ten minste veertig plaatsen.</li>
<li>Laat kinderen tot en met elf jaar gratis meevaren, ook zonder begeleiding van een volwassene.</li>
</ol>
<h2>4 Tot slot</h2>
<p>Wij vragen u bijzondere aandacht voor ons kernadvies en de punten 2 en 5. Wij lichten ons advies graag toe in
een gesprek met de gedeputeerde.</p>
<p>Namens de Reizigersadviesraad Veerdiensten Grevelande,<br>W. Kuipers-Nijland, voorzitter - R. Boukhari,
secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Vragen en antwoorden Vervoerplan
Veerdiensten 2027</title>{CSS}</head><body>
<p class="small" style="color:{NAVY};font-weight:bold">PROVINCIE GREVELANDE - VEERDIENSTEN</p>
<h1 style="font-size:16pt;color:{NAVY};margin:0.05cm 0 0.1cm 0">Vervoerplan Veerdiensten 2027: vragen en
antwoorden</h1>
<p class="small">Gepubliceerd op 6 oktober 2026 - bij het besluit van Gedeputeerde Staten van 29 september 2026
(GS-2026-3318)</p>
<p>Gedeputeerde Staten hebben het Vervoerplan Veerdiensten 2027 vastgesteld. Het gaat in op 3 januari 2027. De
Reizigersadviesraad Veerdiensten gaf in augustus advies over het ontwerp; op deze pagina leest u wat er verandert
en wat wij met dat advies hebben gedaan.</p>
<p class="q">Vaart de pont op werkdagen nog elk half uur?</p>
<p>Ja, maar niet meer de hele dag. Tussen 6.00 en 9.30 uur en tussen 15.30 en 19.00 uur blijft de pont elk half
uur varen. Daarbuiten vaart zij één keer per uur: in de daluren zitten er gemiddeld minder dan twaalf reizigers op
een afvaart, en een tweede bemanning voor de hele dag kost ruim 400.000 euro per jaar.</p>
<p class="q">Kan ik op zaterdag eerder over?</p>
<p>Ja. Zoals de reizigersadviesraad voorstelde, vertrekt de eerste pont op zaterdag voortaan om 6.30 uur uit
Hoekemond en om 6.45 uur uit Schaarsluis.</p>
<p class="q">Hoe hoor ik dat de pont niet vaart?</p>
<p>Bij een storing of bij hoog water krijgt u binnen tien minuten een melding in de app VeerWijzer. Vanaf maart
2027 staat dezelfde melding op nieuwe digitale borden bij de steigers in Hoekemond en Schaarsluis.</p>
<p class="q">Wordt de overtocht duurder?</p>
<p>Ja. Alle tarieven stijgen op 1 januari 2027 met 3,1 procent, ook voor fietsers en voetgangers. Een enkele
overtocht met de fiets kost dan 1,65 euro. De raad vroeg om de fietstarieven gelijk te houden, maar de provincie
wil de tarieven voor alle reizigers op dezelfde manier aanpassen aan de gestegen kosten.</p>
<p class="q">Haal ik 's avonds in Hoekemond nog de bus?</p>
<p>Ja. Wij hebben de vaartijden in de avond met vijf minuten verschoven, zodat u tot de laatste afvaart met een
overstaptijd van minstens zeven minuten op lijn 48 aansluit. De busvervoerder wacht bij vertraging van de pont
tot tien minuten.</p>
<p class="q">Komen er meer parkeerplaatsen bij de steiger in Schaarsluis?</p>
<p>Het parkeerterrein is van de gemeente Schaarsluis. Wij hebben het advies van de reizigersadviesraad aan de
gemeente doorgegeven; of en wanneer het terrein groter wordt, beslist de gemeente.</p>
<p class="q">Worden de papieren vaartijdenboekjes nog gedrukt?</p>
<p>Ja, in een kleinere oplage. De boekjes liggen vanaf december aan boord en in de bibliotheken van Hoekemond en
Schaarsluis.</p>
<p class="q">Waar kan ik terecht met vragen of klachten?</p>
<p>Bel het klantenpunt Veerdiensten op werkdagen van 8.00 tot 17.00 uur of gebruik het klachtenformulier in de app.
Het volledige vervoerplan en het advies van de reizigersadviesraad staan op de website van de provincie.</p>
</body></html>"""


def expected():
    recs = [
        (1, "Handhaaf op werkdagen het halfuursinterval van de veerdienst Hoekemond",
         "Daarbuiten vaart zij één keer per uur", "partly"),
        (2, "Laat de eerste afvaart op zaterdag om 6.30 uur", "vertrekt de eerste pont op zaterdag voortaan om 6.30 uur",
         "agrees"),
        (3, "Bevries in 2027 het tarief voor fietsers en voetgangers", "Alle tarieven stijgen op 1 januari 2027",
         "disagrees"),
        (4, "Stem de dienstregeling zo af dat de aansluiting op buslijn",
         "met een overstaptijd van minstens zeven minuten", "agrees"),
        (5, "Informeer reizigers bij een storing binnen tien minuten via de",
         "krijgt u binnen tien minuten een melding in de app", "agrees"),
        (6, "Breid het gratis parkeerterrein bij de steiger in Schaarsluis uit",
         "of en wanneer het terrein groter wordt, beslist de gemeente", "noted"),
        (7, "Laat kinderen tot en met elf jaar gratis meevaren", None, "unanswered"),
    ]
    unmatched = ["De boekjes liggen vanaf december aan boord",
                 "Bel het klantenpunt Veerdiensten op werkdagen",
                 "Het gaat in op 3 januari 2027"]
    notes = ("Advice: a provincial Reizigersadviesraad Veerdiensten's advice on the ontwerp-Vervoerplan 2027 "
             "(Chromium, 2 p.): ONE UNNUMBERED KERNADVIES in a framed box on page 1 (= 1), then 'Verder adviseren "
             "wij' as a numbered list 1.-6. (= 2-7, so list item N is recommendation N+1), running across the page "
             "break. Traps: the Wet personenvervoer 2000 paraphrased with 'moet', 'Wat reizigers ons vertelden' "
             "1.-4. (survey findings), a passenger figures table, the 2024 advice quoted as an imperative, a closing "
             "line naming 'ons kernadvies en de punten 2 en 5' (list numbers). Response: the province's FAQ page "
             "'vragen en antwoorden' for travellers, bold questions in travellers' words, no numbers, in the order "
             "1, 2, 5, 3, 4, 6: half-hourly = 1 partly (half-hourly in the peaks only, hourly otherwise); Saturday = "
             "2 agrees; disruptions = 5 agrees (app within ten minutes, boards from March 2027); price = 3 disagrees "
             "(all fares up 3,1 per cent, cyclists too); evening bus = 4 agrees; parking = 6 noted (the "
             "municipality's land, advice passed on, the municipality decides); the questions on printed timetables "
             "and on where to complain, and the intro, answer nothing; 7 (children under twelve free) never "
             "answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Reizigersadviesraad Veerdiensten Grevelande - advies ontwerp-Vervoerplan 2027 - "
            "RAV-2026-09", "p. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Provincie Grevelande - Vervoerplan Veerdiensten 2027 - vragen en antwoorden",
            "{n}", F["Regular"])
    expected()

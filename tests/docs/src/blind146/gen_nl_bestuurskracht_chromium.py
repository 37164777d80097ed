"""Round 146 (nl): the report of an (invented) independent COMMISSIE BESTUURSKRACHT on the administrative strength
of a small Dutch municipality (bestuurskrachtonderzoek), commissioned by its council; its seven recommendations are
SHADED BOXES labelled 'Aanbeveling 1'-'Aanbeveling 7' under '3 Aanbevelingen', after the findings whose conclusions
are shaded boxes labelled 'Conclusie 1'-'Conclusie 5' in exactly the same style; answered by the college's
BESTUURLIJKE REACTIE, a ruled TABLE 'Aanbeveling | Reactie van het college | Wanneer' in another order, one row
answering two recommendations with different verdicts and one row answering the 'we do not recommend' sentence.

Advice (Chromium, sans, dark-blue title rule and headings, metadata table, shaded boxes, stamped head, 'pagina n van
m'): the provincial framework paraphrased with 'moet' (trap), the 2019 study's recommendation quoted as an imperative
('Versterk de ambtelijke organisatie ...', partly carried out, trap), conclusion boxes numbered 1-5 like the
recommendation boxes (trap), 'De commissie beveelt niet aan om nu een herindeling ... te onderzoeken' (trap), a
closing naming 'de aanbevelingen 1 en 2' (trap). Response (Chromium, stamped), rows '2 en 5', '4', '1', '6',
'Herindeling', '3': 2 agrees + 5 disagrees in one row, 4 agrees, 1 partly, 6 partly, the herindeling row answers
nothing, 3 noted; 7 unanswered; the introduction and the closing answer nothing. All bodies, places, people, figures
and reference numbers invented; the provincial framework named as context only.

Run: /tmp/blind146nl/bin/python tests/docs/src/blind146/gen_nl_bestuurskracht_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b146nl as B  # noqa: E402

NAME = "blind146_nl_bestuurskracht"
F = B.tmp_fonts()
SANS = "B146NL Sans"
INK = "#1f3a68"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.2cm 1.9cm 2.2cm; }}
body {{ font-family: '{SANS}'; font-size: 9.4pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.34cm 0 0.1cm 0; break-after: avoid; }}
h3 {{ font-size: 9.8pt; color: {INK}; margin: 0.2cm 0 0.05cm 0; break-after: avoid; }}
.top {{ border-top: 3pt solid {INK}; padding-top: 0.15cm; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
.box {{ background: #e9eef6; border-left: 3pt solid {INK}; padding: 0.12cm 0.25cm; margin: 0.1cm 0 0.22cm 0;
        break-inside: avoid; }}
.box p {{ margin: 0; }}
.box .lab {{ font-weight: bold; color: {INK}; margin-bottom: 0.04cm; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.6pt; }}
td, th {{ border: 0.6pt solid #9fb0cc; padding: 0.09cm 0.15cm; vertical-align: top; text-align: left; }}
th {{ background: {INK}; color: #fff; }}
td.k {{ width: 24%; color: {INK}; font-weight: bold; background: #eef2f8; }}
td.n {{ width: 13%; font-weight: bold; color: {INK}; }}
td.w {{ width: 19%; }}
tr {{ break-inside: avoid; }}
</style>"""


def box(label, text):
    return f'<div class="box"><p class="lab">{label}</p><p>{text}</p></div>'


CONCL = [
    "De organisatie is kwetsbaar: voor veertien taken is er maar één medewerker, zonder vervanging bij ziekte of "
    "vertrek.",
    "De financiële positie is zorgelijk. Vanaf 2029 is er een structureel tekort van ongeveer 1,1 miljoen euro, en "
    "de weerstandsratio ligt met 0,9 onder de norm die de gemeente zelf hanteert.",
    "De raad heeft weinig grip op de 23 gemeenschappelijke regelingen en andere verbonden partijen, terwijl daar "
    "bijna 40 procent van de begroting naartoe gaat.",
    "Inwoners zijn sterk betrokken bij hun dorp, maar de afspraken tussen gemeente en dorpsraden zijn vrijblijvend.",
    "De gemeente heeft meer ambities dan zij kan waarmaken: het college werkt met elf beleidsprogramma's, waarvan "
    "er vier achterlopen.",
]

RECS = [
    "Breng binnen een jaar alle veertien kwetsbare taken onder in een samenwerking met de buurgemeente Hessenwaard "
    "of in een eigen duo, zodat voor elke taak ten minste twee medewerkers beschikbaar zijn.",
    "Stel een meerjarig financieel herstelplan op dat het structurele tekort uiterlijk in 2029 wegwerkt en de "
    "weerstandsratio weer boven 1,0 brengt.",
    "Richt een raadswerkgroep verbonden partijen op die elk voorjaar de begrotingen van de gemeenschappelijke "
    "regelingen voorbereidt en de zienswijzen van de raad opstelt.",
    "Maak met elke dorpsraad een dorpsagenda met afspraken over wat de gemeente en de inwoners de komende vier jaar "
    "samen oppakken.",
    "Verhoog de onroerendezaakbelasting stapsgewijs tot het gemiddelde van vergelijkbare gemeenten in de provincie; "
    "Ooltvoorde zit daar nu ruim 20 procent onder.",
    "Beperk het aantal eigen beleidsprogramma's en kies per raadsperiode ten hoogste vijf bestuurlijke "
    "prioriteiten, met de woningbouw als eerste.",
    "Laat over vier jaar opnieuw onderzoeken hoe het met de bestuurskracht staat, en bespreek tussentijds elk jaar "
    "de voortgang van deze aanbevelingen in de raad.",
]

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Bestuurskrachtonderzoek Ooltvoorde</title>
{CSS}</head><body>
<p class="small">Commissie Bestuurskracht Ooltvoorde - p/a griffie gemeente Ooltvoorde, Raadhuisstraat 3, 4271 BD
Ooltvoorde</p>
<div class="top"><h1>Klein en krachtig? Bestuurskrachtonderzoek gemeente Ooltvoorde 2027</h1></div>
<table>
<tr><td class="k">Aan</td><td>de gemeenteraad en het college van burgemeester en wethouders van Ooltvoorde</td></tr>
<tr><td class="k">Kenmerk en datum</td><td>CBO-2027/01, 15 maart 2027</td></tr>
<tr><td class="k">Commissie</td><td>mr. drs. H.A. Zijlstra (voorzitter), prof. dr. E.J. Wildschut, drs. M. Oukili;
secretaris: R. Bosman MSc</td></tr>
<tr><td class="k">Opdracht</td><td>raadsbesluit van 26 september 2026</td></tr>
</table>
<h2>1. Opdracht en werkwijze</h2>
<p>Volgens het beleidskader gemeentelijke herindeling van de provincie Lingemark moet elke gemeente met minder dan
20.000 inwoners eens in de acht jaar haar bestuurskracht laten onderzoeken. De gemeenteraad van Ooltvoorde (14.800
inwoners, zeven kernen) heeft de commissie daarvoor op 26 september 2026 ingesteld. De commissie las de begrotingen
en jaarrekeningen van 2022 tot en met 2027, sprak met 46 raadsleden, collegeleden, medewerkers en partners, en hield
in drie kernen een avond met inwoners.</p>
<p>Het vorige onderzoek, uit 2019, gaf de gemeente mee:</p>
<p class="quote">'Versterk de ambtelijke organisatie op de terreinen waar u kwetsbaar bent, in het bijzonder het
sociaal domein en de financiën.'</p>
<p>Dat is deels gebeurd. Het sociaal domein is sinds 2021 ondergebracht bij de regionale uitvoeringsorganisatie; bij
de financiën is de bezetting nog even dun als in 2019.</p>
<h2>2. Bevindingen</h2>
<h3>2.1 De ambtelijke organisatie</h3>
<p>Ooltvoorde heeft 118 fte in dienst. De medewerkers zijn betrokken en kennen de gemeente goed, maar op veel
plaatsen is de bezetting dun. Bij het opstellen van de jaarrekening 2025 lag het werk twee maanden stil door de
ziekte van één medewerker.</p>
{box("Conclusie 1", CONCL[0])}
<h3>2.2 Financiën</h3>
<p>De begroting 2027 sluit met een klein overschot, maar alleen door eenmalige meevallers. In de meerjarenraming
loopt het tekort op tot ongeveer 1,1 miljoen euro in 2029. De lokale lasten zijn laag in vergelijking met andere
gemeenten in de provincie.</p>
{box("Conclusie 2", CONCL[1])}
<h3>2.3 Samenwerking en verbonden partijen</h3>
<p>De gemeente neemt deel aan 23 gemeenschappelijke regelingen en andere verbonden partijen. Raadsleden zeiden ons
dat zij de begrotingen daarvan vaak pas zien als de termijn voor een zienswijze bijna voorbij is.</p>
{box("Conclusie 3", CONCL[2])}
<h3>2.4 Raad, college en inwoners</h3>
<p>Elke kern heeft een actieve dorpsraad. De contacten met de gemeente zijn goed, maar wat er met de wensen van de
dorpen gebeurt, is voor inwoners vaak onduidelijk.</p>
{box("Conclusie 4", CONCL[3])}
<h3>2.5 Ambities en opgaven</h3>
<p>De grote opgaven voor de komende jaren zijn de woningbouw, de energietransitie en de zorg voor een ouder wordende
bevolking. Daarnaast lopen er programma's voor onder meer cultuur, toerisme, sport en citymarketing.</p>
{box("Conclusie 5", CONCL[4])}
<h2>3. Aanbevelingen</h2>
<p>De commissie doet de raad en het college de volgende aanbevelingen.</p>
{"".join(box(f"Aanbeveling {i}", t) for i, t in enumerate(RECS, 1))}
<p>De commissie beveelt niet aan om nu een herindeling of een ambtelijke fusie met een buurgemeente te onderzoeken.
Ooltvoorde kan zijn taken met gerichte samenwerking en een gezonde begroting zelfstandig blijven uitvoeren.</p>
<h2>4. Tot slot</h2>
<p>Ooltvoorde is een gemeente met betrokken inwoners en medewerkers. De commissie vraagt de raad en het college om de
aanbevelingen 1 en 2 voorrang te geven: zonder een robuuste organisatie en een sluitende begroting komen de andere
niet van de grond.</p>
<p>Namens de commissie,<br>mr. drs. H.A. Zijlstra, voorzitter</p>
</body></html>"""

ROWS = [
    ("2 en 5", "Het college stelt met de voorjaarsnota 2027 een financieel herstelplan op, met als doel een "
     "sluitende meerjarenbegroting in 2029 en een weerstandsratio van ten minste 1,0. De ozb verhogen wij niet "
     "verder dan de inflatie: de lasten voor inwoners zijn na de stijging van de afvalstoffenheffing vorig jaar al "
     "fors toegenomen. Het tekort dekken wij met bezuinigingen en met de verkoop van gemeentelijk vastgoed.",
     "voorjaarsnota, juni 2027"),
    ("4", "Overgenomen. In het najaar maken wij samen met de dorpsraden van Oudeland, Westerbroek en Ebbinge de "
     "eerste dorpsagenda's; de vier andere kernen volgen in 2028.", "najaar 2027 en 2028"),
    ("1", "Het college onderschrijft dat de kwetsbaarheid moet verminderen, maar één jaar is voor alle veertien "
     "taken niet haalbaar. Wij beginnen met de negen taken op het gebied van financiën en vergunningverlening, die "
     "wij vanaf 2028 samen met Hessenwaard uitvoeren. Voor de overige vijf volgt in 2029 een voorstel.",
     "2028-2029"),
    ("6", "Het college kiest in het werkprogramma voor zes bestuurlijke prioriteiten, met de woningbouw bovenaan. "
     "Het aantal beleidsprogramma's brengen wij terug van elf naar acht; verder gaan vinden wij op dit moment niet "
     "verstandig.", "werkprogramma, mei 2027"),
    ("Herindeling", "Het college deelt de conclusie dat Ooltvoorde zelfstandig kan blijven en laat dat ook aan "
     "Gedeputeerde Staten weten.", "april 2027"),
    ("3", "Deze aanbeveling is gericht aan de raad. Het college laat het aan de raad om te bepalen of hij een "
     "werkgroep instelt; de griffie en de concerncontroller kunnen die ondersteunen.", "aan de raad"),
]

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Bestuurlijke reactie</title>
{CSS}</head><body>
<p class="small">Gemeente Ooltvoorde - college van burgemeester en wethouders - Raadhuisstraat 3, 4271 BD Ooltvoorde
- gemeente@ooltvoorde.example</p>
<div class="top"><h1>Bestuurlijke reactie op het rapport 'Klein en krachtig?'</h1></div>
<table>
<tr><td class="k">Aan</td><td>de gemeenteraad van Ooltvoorde</td></tr>
<tr><td class="k">Ons kenmerk</td><td>B&amp;W 2027/0142</td></tr>
<tr><td class="k">Datum</td><td>30 maart 2027</td></tr>
<tr><td class="k">Betreft</td><td>bestuurskrachtonderzoek 2027, rapport CBO-2027/01</td></tr>
</table>
<p>Geachte leden van de raad,</p>
<p>Het college heeft met belangstelling kennisgenomen van het rapport van de Commissie Bestuurskracht. Wij herkennen
het beeld van een betrokken maar kwetsbare gemeente, en danken de commissie en iedereen die aan de gesprekken heeft
meegedaan. In de tabel hieronder geven wij onze reactie op de aanbevelingen.</p>
<table>
<tr><th style="width:13%">Aanbeveling</th><th>Reactie van het college</th><th style="width:19%">Wanneer</th></tr>
{"".join(f'<tr><td class="n">{a}</td><td>{b}</td><td class="w">{c}</td></tr>' for a, b, c in ROWS)}
</table>
<p>De raad bespreekt het rapport en deze reactie in de commissie Bestuur en Middelen van 19 april 2027. Wij stellen
voor om de uitvoering te volgen via de planning-en-controlcyclus.</p>
<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van Ooltvoorde,<br>drs. P.G. van Leeuwen,
secretaris - W.M. Hartsuiker-Bos, burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Commissie Bestuurskracht Ooltvoorde - 'Klein en krachtig?' - CBO-2027/01",
            "pagina {n} van {m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Gemeente Ooltvoorde - bestuurlijke reactie bestuurskrachtonderzoek - B&W "
            "2027/0142", "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Breng binnen een jaar alle veertien kwetsbare taken onder in",
         "Wij beginnen met de negen taken op het gebied van", "partly"),
        ("2", "Stel een meerjarig financieel herstelplan op dat het structurele tekort",
         "stelt met de voorjaarsnota 2027 een financieel herstelplan op", "agrees"),
        ("3", "Richt een raadswerkgroep verbonden partijen op die elk voorjaar",
         "om te bepalen of hij een werkgroep instelt", "noted"),
        ("4", "Maak met elke dorpsraad een dorpsagenda met afspraken over wat",
         "maken wij samen met de dorpsraden van Oudeland", "agrees"),
        ("5", "Verhoog de onroerendezaakbelasting stapsgewijs tot het gemiddelde van vergelijkbare gemeenten",
         "De ozb verhogen wij niet verder dan de inflatie", "disagrees"),
        ("6", "Beperk het aantal eigen beleidsprogramma's en kies per raadsperiode ten hoogste",
         "brengen wij terug van elf naar acht", "partly"),
        ("7", "Laat over vier jaar opnieuw onderzoeken hoe het met de bestuurskracht", None, "unanswered"),
    ], ["Wij herkennen het beeld van een betrokken maar kwetsbare gemeente",
        "deelt de conclusie dat Ooltvoorde zelfstandig kan blijven",
        "in de commissie Bestuur en Middelen van 19 april 2027"],
        "Advice: the report of an independent commission on the administrative strength (bestuurskrachtonderzoek) "
        "of a small Dutch municipality, commissioned by its council; the seven recommendations are SHADED BOXES "
        "labelled 'Aanbeveling 1'-'Aanbeveling 7' under '3. Aanbevelingen'. Traps: the provincial framework "
        "paraphrased with 'moet', the 2019 study's recommendation quoted as an imperative ('Versterk de ambtelijke "
        "organisatie ...', partly carried out), the findings' conclusions as shaded boxes 'Conclusie 1'-'Conclusie "
        "5' in exactly the same style, 'De commissie beveelt niet aan om nu een herindeling ... te onderzoeken', a "
        "closing naming 'de aanbevelingen 1 en 2'. Response: the college's BESTUURLIJKE REACTIE, a ruled TABLE "
        "'Aanbeveling | Reactie van het college | Wanneer' in the order '2 en 5', 4, 1, 6, 'Herindeling', 3: ONE row "
        "'2 en 5' = 2 agrees (a recovery plan with the spring memorandum) + 5 disagrees (property tax not raised "
        "beyond inflation), 4 agrees ('Overgenomen', first three village agendas), 1 partly (nine of the fourteen "
        "tasks, with Hessenwaard from 2028), 6 partly (six priorities, programmes from eleven to eight), the row "
        "'Herindeling' answers the 'we do not recommend' sentence (unmatched), 3 noted (left to the council). 7 (a "
        "new study in four years, yearly progress) is never answered. The introduction and the closing answer "
        "nothing.")
    print("written", NAME)

"""Round 147 (nl): the (Flemish) EVALUATIERAPPORT of an (invented) traffic consultancy on a city's pilot with two
SCHOOL STREETS (schoolstraten), commissioned by the city; its seven recommendations are NUMBERED 1-7 hanging in a
FRAMED BOX 'Aanbevelingen', after the findings ('vaststellingen') numbered 1-6 hanging in a framed box in exactly the
same style; answered by the college van burgemeester en schepenen's letter that names the recommendations by
ORDINALS ('Uw eerste aanbeveling', 'de derde', 'Wat de vierde en de zesde aanbeveling betreft'), in another order,
one paragraph answering two (both disagreeing, with different reasons) and one answering the 'we do not advise'
sentence.

Advice (PyMuPDF Story from HTML, sans, dark-orange headings, metadata table, framed boxes, stamped head, 'pagina n
van m'): the traffic code paraphrased with 'moeten' (trap), a parent's survey answer quoted with 'moet' (trap), the
city's mobility plan quoted as an imperative ('Maak van elke schoolomgeving een zone 30 ...', carried out, trap),
findings numbered 1-6 in the recommendations' boxed style (trap), 'Wij raden af om de schoolstraten ook op
woensdagmiddag in te voeren' (trap), a closing naming 'de aanbevelingen 1 en 2' (trap). Response (Story, stamped,
'pagina n'): 3 agrees (kiss-and-ride at the cultural centre from 1 September), 1 agrees (both school streets made
permanent), 2 partly (an automatic barrier only at De Vlieger; volunteers stay at Sint-Amelberga), Wednesday
paragraph (unmatched), ONE paragraph 4 disagrees (no fixed cameras) + 6 disagrees (no wider zone 30), 5 noted (De
Klimop taken along in the mobility plan's revision); 7 (a yearly evaluation with schools, parents and residents)
unanswered; the introduction and the closing answer nothing. All bodies, places, people, figures and reference
numbers invented; the traffic code named as context only.

Run: /tmp/blind147nl/bin/python tests/docs/src/blind147/gen_nl_schoolstraat_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b147nl as B  # noqa: E402

NAME = "blind147_nl_schoolstraat"
F = B.tmp_fonts()
INK = "#a14a0b"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.4pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INK}; margin-top: 9pt; margin-bottom: 3pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
table.meta {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
table.meta td {{ font-size: 8.3pt; border-bottom: 1px solid #e0b999; padding: 3px; vertical-align: top;
                 text-align: left; }}
td.lab {{ font-weight: bold; color: {INK}; width: 96pt; }}
div.frame {{ border: 1px solid {INK}; padding: 6pt 8pt 2pt 8pt; margin-bottom: 8pt; }}
p.ft {{ font-weight: bold; color: {INK}; margin-bottom: 4pt; }}
table.hang {{ width: 100%; border-collapse: collapse; }}
table.hang td {{ font-size: 9.4pt; padding: 0 0 4pt 0; vertical-align: top; text-align: left; }}
td.no {{ width: 20pt; font-weight: bold; color: {INK}; }}
"""


def framed(title, items):
    rows = "".join(f'<tr><td class="no">{n}.</td><td>{t}</td></tr>' for n, t in enumerate(items, 1))
    return f'<div class="frame"><p class="ft">{title}</p><table class="hang">{rows}</table></div>'


FINDINGS = [
    "Tijdens de uren van de schoolstraat daalde het aantal auto's voor de schoolpoort van Sint-Amelberga van 142 "
    "naar 9 per ochtend, en aan De Vlieger van 96 naar 6.",
    "Het aandeel kinderen dat te voet of met de fiets naar school komt, steeg van 48 naar 61 procent.",
    "De hekken worden elke dag door vrijwilligers geplaatst; aan Sint-Amelberga lukte dat in de laatste maand "
    "drie keer niet.",
    "In de Kapelstraat en de Bosstraat, rond de schoolstraat van Sint-Amelberga, nam het aantal geparkeerde auto's "
    "op het voetpad toe.",
    "De politie stelde in vijf maanden 31 overtredingen vast, bijna allemaal in de eerste drie weken.",
    "Van de 412 ouders die de bevraging invulden, wil 78 procent dat de schoolstraten blijven.",
]

RECS = [
    "Maak de schoolstraten aan Sint-Amelberga en De Vlieger definitief, met dezelfde uren als in de proef: van 8.15 "
    "tot 8.45 uur en van 15.15 tot 15.45 uur.",
    "Vervang de manuele hekken aan beide scholen door automatische slagbomen, zodat de schoolstraat niet langer "
    "afhangt van vrijwilligers.",
    "Richt een kiss-and-ride-zone in op de parking van het cultureel centrum, op 250 meter van Sint-Amelberga, met "
    "een veilige looproute naar de schoolpoort.",
    "Plaats aan het begin van elke schoolstraat een vaste camera met nummerplaatherkenning, zodat overtreders "
    "ook na de proefperiode worden beboet.",
    "Onderzoek of ook de basisschool De Klimop in de Heidestraat een schoolstraat kan krijgen; de school vroeg "
    "daar zelf om.",
    "Breid de zone 30 rond beide scholen uit tot de hele wijk Kouterveld, zodat het sluipverkeer niet naar de "
    "omliggende straten verschuift.",
    "Evalueer de schoolstraten voortaan elk schooljaar samen met de scholen, de ouderraden en de buurtbewoners, en "
    "maak de resultaten openbaar.",
]

ADVICE = f"""<html><body>
<p class="small">Studiebureau Verkeer &amp; Ruimte Demuynck - Vaartkaai 12, 8790 Rozelare - info@demuynck-vr.example</p>
<h1>Evaluatie proefproject schoolstraten</h1>
<p class="small">schooljaar 2026-2027, Sint-Amelbergaschool en basisschool De Vlieger, stad Dalmonde</p>
<table class="meta">
<tr><td class="lab">Opdrachtgever</td><td>stad Dalmonde, dienst Mobiliteit</td></tr>
<tr><td class="lab">Ons kenmerk</td><td>VRD/2027/019</td></tr>
<tr><td class="lab">Datum</td><td>12 april 2027</td></tr>
<tr><td class="lab">Opgesteld door</td><td>ir. Lotte Demuynck en Arne Claeys, mobiliteitsdeskundigen</td></tr>
</table>
<h2>1. Opdracht</h2>
<p>Sinds 1 september 2026 loopt in Dalmonde een proefproject met twee schoolstraten: de Kapelstraat aan de
Sint-Amelbergaschool en de Leliestraat aan basisschool De Vlieger. De stad vroeg ons om de proef na vijf maanden te
evalueren en aan te geven of en hoe de schoolstraten kunnen blijven.</p>
<p>De wegcode bepaalt dat een schoolstraat tijdens de aangegeven uren voorbehouden is aan voetgangers en fietsers;
bestuurders van motorvoertuigen die zich al in de straat bevinden of die een vergunning hebben, moeten stapvoets
rijden en voorrang verlenen. Het mobiliteitsplan van de stad uit 2022 gaf als opdracht:</p>
<p class="quote">'Maak van elke schoolomgeving een zone 30 met een duidelijke poort en een herkenbare inrichting.'</p>
<p>Dat is aan beide scholen gebeurd: de zones 30 en de schoolpoorten liggen er sinds 2024.</p>
<h2>2. Werkwijze</h2>
<p>Wij telden het verkeer op zes ochtenden voor en tijdens de proef, observeerden de plaatsing van de hekken, en
hielden een online bevraging bij ouders, leerkrachten en bewoners. Eén ouder schreef ons:</p>
<p class="quote">'De stad moet ook iets doen aan de auto's die nu in de Bosstraat op het voetpad staan.'</p>
<h2>3. Vaststellingen</h2>
<p>De belangrijkste resultaten van de evaluatie vatten wij samen in zes vaststellingen.</p>
{framed("Vaststellingen", FINDINGS)}
<p>Over het algemeen is de proef geslaagd: de schoolomgevingen zijn rustiger en veiliger, en het draagvlak bij
ouders en bewoners is groot. De zwakke plek is de afhankelijkheid van vrijwilligers, en de verschuiving van het
parkeren naar de omliggende straten.</p>
<h2>4. Aanbevelingen</h2>
<p>Op basis van deze vaststellingen doen wij de stad de volgende aanbevelingen.</p>
{framed("Aanbevelingen", RECS)}
<p>Wij raden af om de schoolstraten ook op woensdagmiddag in te voeren. Op dat moment vertrekken de kinderen
gespreid, en de meeste ouders halen hun kinderen te voet op.</p>
<h2>5. Tot slot</h2>
<p>De proef toont dat een schoolstraat in Dalmonde werkt, als de stad de uitvoering goed regelt. Wij vragen het
college om vooral de aanbevelingen 1 en 2 snel te beslissen, zodat de scholen bij de start van het nieuwe
schooljaar weten waar zij aan toe zijn.</p>
<p>Lotte Demuynck - Arne Claeys<br>Studiebureau Verkeer &amp; Ruimte Demuynck</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Stad Dalmonde - college van burgemeester en schepenen - Grote Markt 1, 8795 Dalmonde -
mobiliteit@dalmonde.example</p>
<h1>Antwoord op de evaluatie van de schoolstraten</h1>
<table class="meta">
<tr><td class="lab">Aan</td><td>Studiebureau Verkeer &amp; Ruimte Demuynck, en ter kennisname aan de directies van
Sint-Amelberga en De Vlieger</td></tr>
<tr><td class="lab">Ons kenmerk</td><td>CBS/MOB/2027/0088</td></tr>
<tr><td class="lab">Uw kenmerk</td><td>VRD/2027/019</td></tr>
<tr><td class="lab">Datum</td><td>8 mei 2027</td></tr>
</table>
<p>Geachte mevrouw Demuynck, geachte heer Claeys,</p>
<p>Het college dankt u voor de heldere evaluatie. De cijfers bevestigen wat we ook van de scholen horen: de
schoolomgeving is rustiger geworden, en kinderen komen vaker zelfstandig naar school. In zitting van 5 mei 2027
heeft het college uw aanbevelingen besproken. Wij geven u graag ons standpunt.</p>
<p>Met de derde aanbeveling gaan wij volledig akkoord. Het cultureel centrum stelt vanaf 1 september twintig
plaatsen op zijn parking ter beschikking als kiss-and-ride-zone, en de dienst Mobiliteit markeert de looproute via
het Kerkpad.</p>
<p>Uw eerste aanbeveling volgen wij eveneens: de gemeenteraad keurt op 19 juni het aanvullend reglement goed
waarmee beide schoolstraten vanaf het nieuwe schooljaar definitief worden, met de uren uit de proef.</p>
<p>De tweede aanbeveling voeren wij maar ten dele uit. In de Leliestraat komt in de zomervakantie een automatische
slagboom. In de Kapelstraat is dat door de smalle rijweg en de garagepoorten technisch niet mogelijk; daar blijven
de hekken, en de stad zoekt samen met de school en de ouderraad extra vrijwilligers, aangevuld met een
gemeenschapswacht.</p>
<p>Uw advies om de woensdagmiddag buiten de schoolstraat te houden, sluit aan bij wat ook de scholen ons lieten
weten.</p>
<p>Wat de vierde en de zesde aanbeveling betreft, volgt het college u niet. Vaste camera's met
nummerplaatherkenning voor twee korte periodes per dag vinden wij niet in verhouding tot het aantal overtredingen,
dat na de eerste weken sterk daalde; de politie blijft wel steekproefsgewijs controleren. De zone 30 breiden wij
niet uit tot heel Kouterveld: de wijk wordt in 2029 heraangelegd, en dan bekijken we de snelheidsregeling in haar
geheel.</p>
<p>De vijfde aanbeveling nemen we mee bij de herziening van het mobiliteitsplan, die in het najaar start. Wij
hebben de directie van De Klimop laten weten dat haar vraag daar aan bod komt.</p>
<p>Wij danken de scholen, de vrijwilligers en de buurtbewoners voor hun medewerking aan de proef, en wensen alle
kinderen een veilige weg naar school.</p>
<p>Met vriendelijke groeten,<br>namens het college,<br>Wouter Vanneste, algemeen directeur - Kathleen De Ridder,
burgemeester</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Studiebureau Verkeer & Ruimte Demuynck - evaluatie proefproject schoolstraten "
            "Dalmonde - VRD/2027/019", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Stad Dalmonde - antwoord evaluatie schoolstraten - CBS/MOB/2027/0088",
            "pagina {n}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Maak de schoolstraten aan Sint-Amelberga en De Vlieger definitief,",
         "waarmee beide schoolstraten vanaf het nieuwe schooljaar definitief worden", "agrees"),
        ("2", "Vervang de manuele hekken aan beide scholen door automatische slagbomen,",
         "In de Leliestraat komt in de zomervakantie een automatische slagboom", "partly"),
        ("3", "Richt een kiss-and-ride-zone in op de parking van het cultureel centrum,",
         "Met de derde aanbeveling gaan wij volledig akkoord", "agrees"),
        ("4", "Plaats aan het begin van elke schoolstraat een vaste camera",
         "vinden wij niet in verhouding tot het aantal overtredingen", "disagrees"),
        ("5", "Onderzoek of ook de basisschool De Klimop in de Heidestraat",
         "nemen we mee bij de herziening van het mobiliteitsplan", "noted"),
        ("6", "Breid de zone 30 rond beide scholen uit",
         "De zone 30 breiden wij niet uit tot heel Kouterveld", "disagrees"),
        ("7", "Evalueer de schoolstraten voortaan elk schooljaar samen met de scholen,", None, "unanswered"),
    ], ["sluit aan bij wat ook de scholen ons lieten weten",
        "De cijfers bevestigen wat we ook van de scholen horen",
        "wensen alle kinderen een veilige weg naar school"],
        "Advice: the (Flemish) EVALUATION REPORT of a traffic consultancy on a city's pilot with two school streets; "
        "the seven recommendations are NUMBERED 1-7 hanging in a FRAMED BOX 'Aanbevelingen' under '4. "
        "Aanbevelingen'. Traps: the traffic code paraphrased with 'moeten', the 2022 mobility plan quoted as an "
        "imperative ('Maak van elke schoolomgeving een zone 30 ...', carried out), a parent quoted with 'moet', the "
        "findings numbered 1-6 hanging in a framed box 'Vaststellingen' in exactly the same style, 'Wij raden af om "
        "de schoolstraten ook op woensdagmiddag in te voeren', a closing naming 'de aanbevelingen 1 en 2'. "
        "Response: the college van burgemeester en schepenen's letter naming the recommendations by ORDINALS, in "
        "the order third, first, second, Wednesday, fourth and sixth, fifth: 3 agrees ('volledig akkoord', "
        "kiss-and-ride from 1 September), 1 agrees (both made permanent by the council on 19 June), 2 partly (an "
        "automatic barrier only in the Leliestraat, the gates stay in the Kapelstraat), the Wednesday paragraph "
        "answers the 'we advise against' sentence (unmatched), ONE paragraph = 4 disagrees (no fixed cameras, "
        "police spot checks) + 6 disagrees (no wider zone 30 before the 2029 redesign), 5 noted (taken along in "
        "the mobility plan's revision). 7 (a yearly evaluation with schools, parents and residents) is never "
        "answered. The introduction and the closing answer nothing.")
    print("written", NAME)

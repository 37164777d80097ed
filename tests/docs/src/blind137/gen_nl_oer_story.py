"""Round 137 (nl): the ADVIES of the (invented) OPLEIDINGSCOMMISSIE of a nursing bachelor programme at a university of
applied sciences on the concept-Onderwijs- en examenregeling (OER) 2027-2028, its seven recommendations PLAIN
UNNUMBERED SENTENCES (no bold, no list) inside running paragraphs under headings named after OER articles, after the
students' survey points written in the same plain way; answered by the programme director's MEMO that refers to the
recommendations by ORDINALS with the topic in brackets ('Uw eerste advies (herkansingen)'), in another order, one
paragraph answering two recommendations with different verdicts (one recommendation never answered).

Advice (PyMuPDF Story from HTML, sans, indigo headings, stamped head from p. 2, 'pagina n van m'): the WHW paraphrased
with 'moet' (trap), article numbers 'Artikel 4.3' etc. as headings (trap), the committee's 2025 advice quoted as an
imperative (carried out, trap), 'Wij adviseren niet om' (trap), a closing line naming 'de herkansingen en het
bindend studieadvies' (trap). Response (Story, stamped): 2 agrees, 1 disagrees, 4 partly + 6 agrees (one paragraph),
3 disagrees, 5 noted; 7 unanswered; introduction, 'Vervolg' and closing answer nothing. All bodies, places, people,
figures and reference numbers invented; laws named as context only.

Run: /tmp/blind137nl/bin/python tests/docs/src/blind137/gen_nl_oer_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b137nl as B  # noqa: E402

NAME = "blind137_nl_oer"
F = B.tmp_fonts()
INDIGO = "#34387a"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.6pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INDIGO}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {INDIGO}; margin-top: 9pt; margin-bottom: 3pt; }}
h3 {{ font-size: 9.8pt; margin-top: 6pt; margin-bottom: 2pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
"""

ADVICE = """<html><body>
<p class="small">Hogeschool Veldmere - Academie Gezondheid - Opleidingscommissie Bachelor Verpleegkunde</p>
<h1>Advies over de concept-OER 2027-2028</h1>
<p class="small">Kenmerk OC-VPK/2027-03 - vastgesteld op 16 maart 2027 - aan de opleidingsdirecteur, mevrouw
dr. L. Brouwer</p>
<h2>Inleiding</h2>
<p>De opleidingscommissie (OC) van de bachelor Verpleegkunde bestaat uit vier studenten en vier docenten. Op
2 februari 2027 ontvingen wij de concept-Onderwijs- en examenregeling voor het studiejaar 2027-2028. Volgens de Wet
op het hoger onderwijs en wetenschappelijk onderzoek moet de OC jaarlijks advies uitbrengen over de OER en moet
zij instemmen met een aantal onderdelen ervan. Dit advies gaat over de onderdelen waarop de OC adviesrecht heeft.
Wij bespraken het concept in twee vergaderingen en legden het voor aan de studentenpanels van de drie leerjaren.
Uit die panels kwam naar voren dat studenten de toetsdruk in het tweede jaar te hoog vinden, dat de stages
ongelijk worden beoordeeld en dat een aanvraag voor extra tentamentijd elk jaar opnieuw moet worden ingediend.</p>
<p>In ons advies over de OER 2025-2026 schreven wij:</p>
<p class="quote">'Publiceer de toetsroosters uiterlijk vier weken voor het begin van elke onderwijsperiode.'</p>
<p>Dat staat sinds vorig jaar in artikel 4.1 en wordt goed nageleefd. Wij adviseren niet om het aantal toetsen in
het tweede jaar te verminderen door toetsen samen te voegen: grotere toetsen maken het risico op studievertraging
juist groter.</p>
<h2>Artikel 4.3 Herkansingen</h2>
<p>Het concept biedt voor elke toets één herkansing per studiejaar. Een student die een toets in de laatste periode
mist door ziekte, loopt daardoor meteen een half jaar vertraging op. De opleidingscommissie adviseert om voor elke
toets twee herkansingen per studiejaar aan te bieden, waarvan één in de zomerweek.</p>
<h2>Artikel 5.2 Beoordeling van de stage</h2>
<p>Nu beoordeelt alleen de praktijkbegeleider de stage, en de verschillen tussen zorginstellingen zijn groot. Wij
adviseren de stagebeoordeling voortaan door twee beoordelaars te laten doen, van wie er één docent van de
hogeschool is.</p>
<h2>Artikel 6.1 Bindend studieadvies</h2>
<p>Het concept houdt de norm voor het bindend studieadvies op 50 studiepunten. De landelijke discussie over het
BSA is nog niet afgerond, maar de OC ziet dat vooral werkende studenten in de deeltijdvariant tegen die norm
aanlopen. Ons advies is om de norm voor het bindend studieadvies te verlagen naar 45 studiepunten in het eerste
jaar.</p>
<h2>Artikel 4.7 Inzage en nabespreking</h2>
<p>Studenten moeten nu binnen vijftien werkdagen na de uitslag om inzage vragen, maar de inzage zelf wordt vaak pas
na weken ingepland. Verder adviseert de commissie om de termijn waarbinnen een student zijn beoordeelde tentamen
kan inzien, vast te leggen op tien werkdagen na de uitslag.</p>
<h2>Artikel 2.4 Studielast</h2>
<p>In de evaluaties geven studenten van de minor Wijkgerichte zorg aan dat zij veel meer uren kwijt zijn dan de
15 studiepunten die ervoor staan. Wij vragen de opleiding om de studielast van de minor Wijkgerichte zorg opnieuw
te laten meten door een steekproef onder studenten.</p>
<h2>Artikel 7.2 Voorzieningen bij een functiebeperking</h2>
<p>Studenten met dyslexie of een chronische ziekte moeten elk studiejaar opnieuw een aanvraag doen bij de
examencommissie. De commissie adviseert om studenten met een blijvende functiebeperking hun voorzieningen voor de
hele opleiding toe te kennen, zonder jaarlijkse nieuwe aanvraag.</p>
<h2>Artikel 3.5 Engelstalige minor</h2>
<p>Voor de Engelstalige minor Global Health zijn alle toetsen in het Engels. Tot slot adviseert de commissie om
studenten van deze minor de keuze te geven hun schriftelijke toetsen in het Nederlands te maken.</p>
<h2>Tot slot</h2>
<p>Voor de studenten zijn de herkansingen en het bindend studieadvies het belangrijkst. Wij ontvangen uw reactie
graag voor 15 april, zodat wij die kunnen bespreken voordat de OER wordt vastgesteld.</p>
<p>Namens de opleidingscommissie,<br>Fleur Jansen (student), voorzitter<br>drs. Ruud Meijerink (docent),
vicevoorzitter</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Hogeschool Veldmere - Academie Gezondheid - Opleidingsdirecteur Verpleegkunde</p>
<h1>Memo: reactie op het advies over de concept-OER 2027-2028</h1>
<p class="small">Aan: de opleidingscommissie Bachelor Verpleegkunde - van: dr. L. Brouwer - datum: 8 april 2027 -
kenmerk AG/VPK/2027-088</p>
<p>Beste leden van de opleidingscommissie,</p>
<p>Dank voor jullie grondige advies. Ik heb het besproken met het opleidingsteam, de examencommissie en de
stagecoördinatoren. Mijn reactie volgt niet de volgorde van jullie advies, maar begint met de punten die wij
direct in de OER kunnen verwerken.</p>
<p>Uw tweede advies (de stagebeoordeling) neem ik volledig over. Vanaf september beoordelen de praktijkbegeleider
en een stagedocent de eindstage samen, met één gezamenlijk beoordelingsformulier.</p>
<p>Uw eerste advies (herkansingen) kan ik niet volgen. Een tweede herkansing voor alle toetsen vraagt ongeveer
1.400 extra toetsmomenten per jaar en verlengt het studiejaar tot in juli; studenten die door ziekte een toets
missen, kunnen bij de examencommissie een extra gelegenheid aanvragen.</p>
<p>Uw vierde en zesde advies gaan allebei over regels rond toetsen. De inzage wordt voortaan binnen tien werkdagen
na de uitslag geregeld voor schriftelijke tentamens; voor praktijktoetsen en verslagen blijft het vijftien
werkdagen, omdat daar meer beoordelaars bij betrokken zijn. Studenten met een blijvende beperking krijgen vanaf
2027-2028 een voorzieningenpas die geldt tot het einde van de opleiding; artikel 7.2 wordt daarop aangepast.</p>
<p>Het derde advies, over het bindend studieadvies, neem ik niet over. De norm van 50 studiepunten blijft
gelden, ook in deeltijd; het instellingsbeleid staat een lagere norm per opleiding niet toe. Deeltijdstudenten
met werk kunnen wel een studieplan met hun studieloopbaanbegeleider afspreken.</p>
<p>Van uw vijfde advies heb ik kennisgenomen. De academie laat in 2027-2028 de studielast van alle minoren
onderzoeken; de minor Wijkgerichte zorg wordt daarin meegenomen.</p>
<h2>Vervolg</h2>
<p>De aangepaste OER gaat op 22 april naar de opleidingscommissie voor instemming met de artikelen waarover de OC
instemmingsrecht heeft. De definitieve OER wordt uiterlijk 1 juni gepubliceerd.</p>
<p>Met vriendelijke groet,<br>dr. Lotte Brouwer, opleidingsdirecteur Verpleegkunde</p>
</body></html>"""

if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Opleidingscommissie Bachelor Verpleegkunde - advies OC-VPK/2027-03 - concept-OER "
            "2027-2028", "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Hogeschool Veldmere - memo AG/VPK/2027-088", "pagina {n} van {m}",
            F["Regular"])
    B.write_expected(NAME, [
        (1, "De opleidingscommissie adviseert om voor elke toets twee herkansingen per",
         "Een tweede herkansing voor alle toetsen vraagt", "disagrees"),
        (2, "Wij adviseren de stagebeoordeling voortaan door twee beoordelaars te laten",
         "beoordelen de praktijkbegeleider en een stagedocent de eindstage samen", "agrees"),
        (3, "Ons advies is om de norm voor het bindend studieadvies",
         "De norm van 50 studiepunten blijft gelden", "disagrees"),
        (4, "Verder adviseert de commissie om de termijn waarbinnen een student",
         "voor praktijktoetsen en verslagen blijft het vijftien werkdagen", "partly"),
        (5, "Wij vragen de opleiding om de studielast van de minor",
         "laat in 2027-2028 de studielast van alle minoren onderzoeken", "noted"),
        (6, "De commissie adviseert om studenten met een blijvende functiebeperking hun",
         "krijgen vanaf 2027-2028 een voorzieningenpas", "agrees"),
        (7, "Tot slot adviseert de commissie om studenten van deze minor", None, "unanswered"),
    ], ["Dank voor jullie grondige advies",
        "De definitieve OER wordt uiterlijk 1 juni gepubliceerd"],
        "Advice: the programme committee (opleidingscommissie) of a nursing bachelor advises on the draft education "
        "and examination regulations (OER) 2027-2028; the seven recommendations are PLAIN UNNUMBERED SENTENCES (no "
        "bold, no list) at the end of running paragraphs under headings named after OER articles ('Artikel 4.3 "
        "Herkansingen', 'Artikel 5.2 ...', ...), opening 'De opleidingscommissie adviseert om', 'Wij adviseren', "
        "'Ons advies is om', 'Verder adviseert de commissie om', 'Wij vragen de opleiding om', 'De commissie "
        "adviseert om', 'Tot slot adviseert de commissie om'. Traps: the WHW paraphrased with 'moet', the "
        "article numbers in the headings, students' panel points in plain prose, the 2025 advice quoted as an "
        "imperative (carried out), 'Wij adviseren niet om het aantal toetsen ... te verminderen', 'Studenten moeten "
        "nu ...' sentences, a closing line naming 'de herkansingen en het bindend studieadvies'. Response: the "
        "director's MEMO referring by ORDINALS with the topic in brackets, in another order: 'Uw tweede advies' 2 "
        "agrees, 'Uw eerste advies' 1 disagrees, 'Uw vierde en zesde advies' ONE paragraph = 4 partly (ten working "
        "days only for written exams) + 6 agrees (pass for the whole programme), 'Het derde advies' 3 disagrees, "
        "'uw vijfde advies' 5 noted ('kennisgenomen', academy-wide study). 7 (Dutch-language exams in the English "
        "minor) is never answered. Introduction, 'Vervolg' and closing answer nothing.")
    print("written", NAME)

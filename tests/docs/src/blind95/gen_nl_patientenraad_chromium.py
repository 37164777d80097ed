"""Round 95 (nl): the (verzwaard) ADVIES of a hospital's PATIËNTENRAAD (Wmcz 2018) on a plan to concentrate
outpatient clinics on one site, answered by a LETTER of the Raad van Bestuur that replies by subject, without
numbers.

Advice: Patiëntenraad Rijnvliet Ziekenhuis (Chromium headless, sans, title band, a floated shaded SIDEBAR 'Onze
adviezen' holding the seven recommendations as UNNUMBERED BULLETS, stamped head and 'blad n/m'): survey figures,
Wmcz 2018 art. 8 'moet', the plan's own 'moet', the raad's 2022 advice quoted with 'moet', bold-lead findings.
Response: RvB letter, order 6, 1, 2+3, 5, 4; 7 unanswered. All invented.

Run: /tmp/blind95nl/bin/python tests/docs/src/blind95/gen_nl_patientenraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b95nl as B  # noqa: E402

NAME = "blind95_nl_patientenraad"
F = B.tmp_fonts()
FAM = "B95NL Sans"

CSS = """
@page { size: A4; margin: 20mm 18mm 18mm 18mm; }
body { font-family: '%s'; font-size: 9.6pt; line-height: 1.38; color: #161616; margin: 0; }
h1 { font-size: 16pt; color: #7a1f4b; margin: 2pt 0 6pt 0; }
h2 { font-size: 11pt; color: #7a1f4b; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 6pt 0; }
.band { background: #7a1f4b; color: #fff; padding: 7pt 10pt; font-size: 11pt; font-weight: bold; }
.meta { font-size: 8.4pt; color: #444; margin: 6pt 0 8pt 0; }
.cols { }
.side { float: right; width: 41%%; margin: 0 0 8pt 12pt; background: #f3e6ec; border-left: 4pt solid #7a1f4b;
        padding: 6pt 9pt; font-size: 9pt; }
.side h3 { margin: 0 0 4pt 0; font-size: 10pt; color: #7a1f4b; }
.side ul { margin: 0; padding-left: 12pt; }
.side li { margin-bottom: 5pt; }
table.f { border-collapse: collapse; width: 100%%; font-size: 8.6pt; margin: 2pt 0 8pt 0; }
table.f th { text-align: left; border-bottom: 1.2pt solid #7a1f4b; }
table.f td { border-bottom: 0.5pt solid #bbb; padding: 2pt 0; }
.q { font-style: italic; margin-left: 12pt; }
""" % FAM


def page(title, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (title, CSS, body))


ADVICE = """
<div class="band">Patiëntenraad Rijnvliet Ziekenhuis</div>
<div class="meta">Aan: de Raad van Bestuur van Rijnvliet Ziekenhuis | Kenmerk: PR-RVZ 2026-004 |
Datum: 18 mei 2026<br>Betreft: advies over het voorgenomen besluit 'Concentratie poliklinieken 2027'</div>
<h1>Advies over de concentratie van de poliklinieken</h1>
<div class="side"><h3>Onze adviezen</h3>
<ul>
<li>Houd in Westerdam een bloedafnamepunt en het spreekuur ouderengeneeskunde open, ook na 2027.</li>
<li>Zorg samen met de vervoerder voor een directe busverbinding tussen Westerdam en Hoorneveld op alle werkdagen.</li>
<li>Maak het parkeren voor patiënten en hun begeleiders in Hoorneveld de eerste drie uur gratis.</li>
<li>Bied bij iedere controleafspraak waar dat medisch verantwoord is een beeldbelconsult als alternatief aan.</li>
<li>Betrek patiënten met een beperking bij het ontwerp van de nieuwe wachtruimtes en de bewegwijzering.</li>
<li>Informeer iedere patiënt van de poliklinieken in Westerdam persoonlijk, uiterlijk drie maanden voor de verhuizing.</li>
<li>Rapporteer een jaar na de verhuizing aan de patiëntenraad over reistijden, wachttijden en het aantal gemiste afspraken.</li>
</ul></div>
<div class="cols">
<h2>Aanleiding</h2>
<p>Op 2 april 2026 heeft de Raad van Bestuur de patiëntenraad om advies gevraagd over het voorgenomen besluit om de
poliklinieken van de locatie Westerdam per 1 september 2027 over te brengen naar de hoofdlocatie in Hoorneveld. Het
gaat om elf poliklinieken met samen ongeveer 96.000 bezoeken per jaar. Volgens het plan moet de locatie Westerdam
daarna worden omgebouwd tot gezondheidscentrum met huisartsen en fysiotherapie.</p>
<p>Een besluit over het verplaatsen van zorg valt onder het verzwaard adviesrecht. Op grond van artikel 8 van de Wet
medezeggenschap cliënten zorginstellingen 2018 moet de zorgaanbieder de patiëntenraad tijdig om advies vragen en mag
hij alleen van een verzwaard advies afwijken na bemiddeling door de commissie van vertrouwenslieden.</p>
<h2>Wat wij hebben gedaan</h2>
<p>De patiëntenraad heeft het plan besproken op 16 april en 7 mei 2026. Wij hebben een korte vragenlijst uitgezet
onder patiënten van de poliklinieken in Westerdam; 412 patiënten hebben die ingevuld.</p>
<table class="f"><tr><th>Vraag</th><th>Ja</th><th>Nee</th></tr>
<tr><td>Ik kom met de auto naar het ziekenhuis</td><td>58 procent</td><td>42 procent</td></tr>
<tr><td>Ik ben afhankelijk van anderen voor vervoer</td><td>31 procent</td><td>69 procent</td></tr>
<tr><td>Ik zou een beeldbelafspraak willen</td><td>44 procent</td><td>56 procent</td></tr>
<tr><td>Hoorneveld is voor mij goed bereikbaar</td><td>37 procent</td><td>63 procent</td></tr>
</table>
<h2>Onze bevindingen</h2>
<p><b>De kwaliteit gaat voor.</b> De patiëntenraad begrijpt dat het ziekenhuis de zorg wil bundelen. Specialisten zijn
schaars en verspreid over twee locaties lukt het steeds minder goed de spreekuren te vullen.</p>
<p><b>De reistijd wordt voor veel patiënten langer.</b> Met het openbaar vervoer duurt de reis van Westerdam naar
Hoorneveld nu gemiddeld 52 minuten, met een overstap. Vooral ouderen en patiënten zonder auto zien daar tegenop.</p>
<p><b>Parkeren is duur.</b> Het tarief in Hoorneveld is 3,20 euro per uur. Voor patiënten die vaak moeten komen,
bijvoorbeeld bij oncologie, loopt dat snel op.</p>
<p><b>Eerder advies.</b> In ons advies van 9 november 2022 over de nieuwbouw schreven wij al: <span class="q">'Het
ziekenhuis moet de bereikbaarheid voor patiënten zonder auto een volwaardig onderdeel van de plannen maken.'</span>
Wij zien dat daar in het plan nog te weinig mee is gedaan.</p>
<h2>Ons advies</h2>
<p>De patiëntenraad adviseert positief over de concentratie van de poliklinieken, op voorwaarde dat de Raad van
Bestuur de zeven adviezen overneemt die in het kader op de eerste bladzijde staan. Wij vragen u binnen vier weken
schriftelijk te reageren.</p>
<p>Met vriendelijke groet,<br>namens de Patiëntenraad Rijnvliet Ziekenhuis,<br><br>G.A. (Gerda) Veldhuizen,
voorzitter<br>mr. R. (Rachid) El Amrani, ambtelijk secretaris</p>
</div>
"""

RESPONSE = """
<div class="band">Rijnvliet Ziekenhuis &middot; Raad van Bestuur</div>
<div class="meta">Aan: de Patiëntenraad Rijnvliet Ziekenhuis, t.a.v. mevrouw G.A. Veldhuizen |
Ons kenmerk: RvB/2026/0233 | Datum: 11 juni 2026<br>Onderwerp: reactie op uw advies
'Concentratie poliklinieken 2027'</div>
<p>Geachte mevrouw Veldhuizen, beste leden van de patiëntenraad,</p>
<p>Hartelijk dank voor uw advies van 18 mei 2026 en voor de vragenlijst die u onder onze patiënten in Westerdam hebt
uitgezet. Wij zijn blij dat u positief adviseert. Hieronder gaan wij in op uw voorwaarden; wij hebben ze voor het
overzicht per onderwerp gegroepeerd.</p>
<h2>Informatie aan patiënten</h2>
<p>Wij nemen dit advies graag over. Iedere patiënt met een lopende behandeling in Westerdam krijgt uiterlijk in mei
2027 een persoonlijke brief, en wie dat wil ook een telefoontje van de polikliniek.</p>
<h2>Zorg die in Westerdam blijft</h2>
<p>Het bloedafnamepunt blijft in Westerdam, in het nieuwe gezondheidscentrum. Het spreekuur ouderengeneeskunde kunnen
wij daar helaas niet handhaven: de geriaters werken nauw samen met de afdelingen in Hoorneveld en een apart spreekuur
is met twee specialisten niet vol te houden. Wel zal de geriatrie-verpleegkundige eens per week in Westerdam
spreekuur houden.</p>
<h2>Bereikbaarheid</h2>
<p>Met vervoerder Rivierlijn is afgesproken dat vanaf september 2027 een snelbus zonder overstap tussen Westerdam en
Hoorneveld rijdt, op werkdagen ieder half uur. Voor gratis parkeren kiezen wij niet: de parkeergarage is eigendom
van de gemeente en een vrijstelling zou ten koste gaan van het zorgbudget. Patiënten die vaker dan vier keer per
maand moeten komen, kunnen wel een voordelige weekkaart krijgen via de receptie.</p>
<h2>Inrichting van de nieuwe poliklinieken</h2>
<p>Wij hebben de Stichting Toegankelijk Rivierenland en drie leden van uw raad uitgenodigd voor de werkgroep die de
wachtruimtes en de bewegwijzering ontwerpt. De eerste bijeenkomst is op 30 juni 2026.</p>
<h2>Beeldbellen</h2>
<p>Uw wens om vaker beeldbellen aan te bieden nemen wij mee in het programma Digitale Zorg, dat in het najaar wordt
herzien. Of dit bij iedere controleafspraak kan, hangt af van de vakgroepen; daarover kunnen wij nu nog niets
toezeggen.</p>
<h2>Verbouwing spoedeisende hulp</h2>
<p>Tot slot informeren wij u dat de verbouwing van de spoedeisende hulp in Hoorneveld is uitgesteld tot begin 2027
vanwege vertraging bij de aannemer. Wij bespreken de gevolgen daarvan graag in de overlegvergadering van juli.</p>
<p>Wij stellen de goede samenwerking met de patiëntenraad zeer op prijs en gaan graag verder met u in gesprek.</p>
<p>Met vriendelijke groet,<br><br>drs. H.P. (Hendrik) Overbeek, voorzitter Raad van Bestuur<br>
dr. S. (Saskia) Koolhaas, lid Raad van Bestuur</p>
"""

B.chromium_pdf(page("Advies patiëntenraad PR-RVZ 2026-004", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Patiëntenraad Rijnvliet Ziekenhuis - advies Concentratie poliklinieken 2027",
        "blad {n}/{m}", F["Regular"])
B.chromium_pdf(page("Reactie Raad van Bestuur RvB/2026/0233", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Rijnvliet Ziekenhuis - Raad van Bestuur - RvB/2026/0233", "blad {n}/{m}",
        F["Regular"])

B.write_expected(NAME, [
    (1, "Houd in Westerdam een bloedafnamepunt en het spreekuur ouderengeneeskunde",
     "Het spreekuur ouderengeneeskunde kunnen wij daar helaas niet handhaven", "partly"),
    (2, "Zorg samen met de vervoerder voor een directe busverbinding",
     "een snelbus zonder overstap tussen Westerdam en Hoorneveld rijdt", "agrees"),
    (3, "Maak het parkeren voor patiënten en hun begeleiders in",
     "Voor gratis parkeren kiezen wij niet", "disagrees"),
    (4, "Bied bij iedere controleafspraak waar dat medisch verantwoord is",
     "nemen wij mee in het programma Digitale Zorg", "noted"),
    (5, "Betrek patiënten met een beperking bij het ontwerp van",
     "drie leden van uw raad uitgenodigd voor de werkgroep", "agrees"),
    (6, "Informeer iedere patiënt van de poliklinieken in Westerdam persoonlijk",
     "krijgt uiterlijk in mei 2027 een persoonlijke brief", "agrees"),
    (7, "Rapporteer een jaar na de verhuizing aan de patiëntenraad", None, "unanswered"),
], [
    "Hartelijk dank voor uw advies van 18 mei 2026",
    "verbouwing van de spoedeisende hulp in Hoorneveld is uitgesteld",
    "stellen de goede samenwerking met de patiëntenraad zeer op prijs",
], "Advice: Patiëntenraad Rijnvliet Ziekenhuis, PR-RVZ 2026-004 (Chromium, floated sidebar); the seven recommendations "
   "are UNNUMBERED BULLETS in a shaded SIDEBAR 'Onze adviezen' on page 1 (numbered here by position); traps: the "
   "plan's 'moet', Wmcz 2018 art. 8 'moet', a survey table, bold-lead findings, the 2022 advice quoted with 'moet', "
   "'Ons advies' (positive, on condition). Response: RvB letter with subject headings, paraphrase only, no numbers; "
   "order 6, 1, 2+3, 5, 4; 'Bereikbaarheid' = 2 agrees (snelbus) + 3 disagrees (no free parking, a weekkaart "
   "instead); 1 partly (bloedafname stays, ouderengeneeskunde not); 4 noted (taken into a programme, no promise); "
   "5 and 6 agree; 7 (report after a year) unanswered; the opening, 'Verbouwing spoedeisende hulp' and the closing "
   "answer nothing.")

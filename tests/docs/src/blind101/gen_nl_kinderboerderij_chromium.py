"""Round 101 (nl): the HYGIËNEADVIES of a GGD (afdeling infectieziektebestrijding) after a visit to a municipal
KINDERBOERDERIJ, answered by the stichting's PLAN VAN AANPAK (a table by subject, no numbers).

Advice (Chromium headless, sans, green letterhead band, two-column findings beside a 'Wettelijk kader' sidebar,
@page footer 'pagina n van m'): Wet publieke gezondheid 'moet', the Hygiënerichtlijn quoted with 'moeten', an
STEC finding, the 2023 visit quoted; the recommendations are UNNUMBERED BULLETS under 'Ons advies'. Response:
plan van aanpak table 'Onderwerp | Wat wij doen | Wanneer', order Q-koorts, protocol, handen wassen (2 recs),
knuffelhok, snoep; the cluster reporting unanswered. All invented.

Run: /tmp/blind101nl/bin/python tests/docs/src/blind101/gen_nl_kinderboerderij_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b101nl as B  # noqa: E402

NAME = "blind101_nl_kinderboerderij"
F = B.tmp_fonts()
STYLE = """
@font-face { font-family: K; src: url(file://%s); }
@font-face { font-family: K; font-weight: bold; src: url(file://%s); }
@font-face { font-family: K; font-style: italic; src: url(file://%s); }
@page { size: A4; margin: 20mm 18mm 20mm 18mm;
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 7.5pt K; color: #555; }
  @top-left { content: "%s"; font: 7.5pt K; color: #555; } }
@page :first { @top-left { content: none; } }
body { font-family: K; font-size: 9.6pt; line-height: 1.42; color: #111; }
.band { background: #2f6b3a; color: white; padding: 8pt 12pt; margin-bottom: 10pt; }
.band b { font-size: 14pt; display: block; } .band span { font-size: 8pt; }
h2 { font-size: 11pt; color: #2f6b3a; margin: 12pt 0 4pt; }
.meta { font-size: 8.3pt; color: #333; }
.wrap { display: flex; gap: 12pt; } .cols { column-count: 2; column-gap: 14pt; flex: 3; }
.side { flex: 1.1; background: #eef4ee; border-left: 3pt solid #2f6b3a; padding: 6pt 8pt; font-size: 8.4pt; }
table { border-collapse: collapse; width: 100%%; font-size: 8.8pt; }
td, th { border: 0.6pt solid #999; padding: 4pt 5pt; vertical-align: top; text-align: left; }
th { background: #dfe9df; } .box { border: 1pt solid #2f6b3a; padding: 6pt 9pt; margin: 10pt 0; }
ul li { margin-bottom: 4pt; }
"""

ADV = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="band"><b>GGD Veluwe-IJssel</b><span>Afdeling Infectieziektebestrijding  |  Postbus 318, 7300 AH Apeldoorn-Zuid</span></div>
<p class="meta">Aan: het bestuur van Stichting Kinderboerderij De Klinkhoeve, t.a.v. mevrouw A. Brinkman<br>
Datum: 9 september 2026<br>Kenmerk: IZB/ZOO/2026-0412<br>Onderwerp: hygiëneadvies na bezoek op 25 augustus 2026</p>
<p>Geachte mevrouw Brinkman,</p>
<p>Op 25 augustus 2026 bezochten twee medewerkers van de GGD uw kinderboerderij, na drie meldingen van diarree bij
kinderen die in juli de boerderij hadden bezocht. Bij één kind is een STEC-bacterie (E. coli O157) aangetoond. In
deze brief leest u wat wij hebben gezien en wat wij u adviseren.</p>
<h2>Wat wij zagen</h2>
<div class="wrap"><div class="cols">
<p>De boerderij trekt volgens uw eigen telling ongeveer 41.000 bezoekers per jaar, van wie zeker de helft kinderen
onder de zes jaar. Het terrein is verzorgd en de dieren maken een gezonde indruk. De enige wasgelegenheid staat bij
de toiletten, op 60 meter van de uitgang van het dierenverblijf; tijdens ons bezoek wasten 9 van de 40 bezoekers
die wij zagen hun handen.</p>
<p>Direct naast het geitenverblijf staan een snoepautomaat en een vriezer met ijsjes. Kinderen eten daar met handen
waarmee zij net de dieren hebben aangeraakt. In het knuffelhok lopen in het voorjaar jonge lammeren; in die periode
is de kans op besmetting met Q-koorts en STEC het grootst.</p>
<p>Bij ons vorige bezoek in 2023 spraken wij af dat 'de geiten jaarlijks moeten worden onderzocht'. Het laatste
onderzoek dateert van maart 2024. Een schriftelijk hygiëneprotocol voor de 35 vrijwilligers ontbreekt; er is ook
niets geregeld voor zwangere vrijwilligers.</p>
</div><div class="side"><b>Wettelijk kader</b><br>Volgens de Wet publieke gezondheid (artikel 6) moet de GGD
infectieziekten bestrijden en bronnen opsporen. De landelijke Hygiënerichtlijn voor kinderboerderijen zegt: 'Bezoekers
moeten na contact met dieren hun handen kunnen wassen met stromend water en zeep.' Deze richtlijn is niet wettelijk
verplicht, maar geldt als de norm. Het Keurmerk Kinderboerderijen vraagt hetzelfde in eis 4.2.</div></div>
<h2>Conclusie</h2>
<p>De besmetting in juli is zeer waarschijnlijk op de boerderij opgelopen. Het risico is te verkleinen met vrij
eenvoudige maatregelen. De GGD vindt het belangrijk dat deze vóór het lammerseizoen 2027 zijn genomen.</p>
<div class="box"><h2 style="margin-top:2pt">Ons advies</h2><ul>
<li>Plaats bij de uitgang van het dierenverblijf een tweede wasgelegenheid met stromend water, zeep en papieren handdoeken.</li>
<li>Haal de snoepautomaat en de ijsverkoop weg uit de ruimte direct naast het geitenverblijf.</li>
<li>Laat de geiten en schapen elk jaar door de dierenarts onderzoeken op Q-koorts en laat ze vaccineren.</li>
<li>Sluit het knuffelhok in de lammertijd, van februari tot en met april, voor bezoekers.</li>
<li>Stel een schriftelijk hygiëneprotocol op voor alle vrijwilligers en stagiairs, met afspraken voor zwangere vrijwilligers.</li>
<li>Hang bij het dierenverblijf borden op in eenvoudig Nederlands en met pictogrammen over handen wassen.</li>
<li>Houd bij welke bezoekers na een bezoek ziek worden en meld een cluster van twee of meer zieken direct aan de GGD.</li>
</ul></div>
<p>Wij komen in het voorjaar van 2027 graag terug om te zien hoe het gaat. Heeft u vragen, bel dan met
de heer T. Oosterhuis, deskundige infectiepreventie, via 088 443 12 00.</p>
<p>Met vriendelijke groet,<br><br>drs. E.M. Kalkman, arts infectieziektebestrijding</p>
</body></html>""" % (STYLE % (F["Regular"], F["Bold"], F["Italic"], "GGD Veluwe-IJssel - hygiëneadvies IZB/ZOO/2026-0412"))
B.chromium_pdf(ADV, NAME + "_advice.pdf")

RES = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>%s</style></head><body>
<div class="band" style="background:#7a5a2a"><b>Stichting Kinderboerderij De Klinkhoeve</b><span>Klinkweg 21, 7312 KB Apeldoorn-Zuid  |  info@klinkhoeve.nl</span></div>
<h2 style="font-size:13pt">Plan van aanpak hygiëne 2026-2027</h2>
<p class="meta">Reactie op het hygiëneadvies van de GGD Veluwe-IJssel (IZB/ZOO/2026-0412)<br>Vastgesteld door het bestuur op 7 oktober 2026</p>
<p>Het bestuur is de GGD erkentelijk voor het bezoek en het advies. Wij vinden het bijzonder vervelend dat een kind
ziek is geworden en nemen de zorgen serieus. In de tabel hieronder staat wat wij gaan doen en wanneer.</p>
<table><tr><th style="width:19%%">Onderwerp</th><th>Wat wij doen</th><th style="width:17%%">Wanneer</th></tr>
<tr><td>Q-koorts</td><td>Alle geiten en schapen zijn op 30 september door dierenarts Van Ommen onderzocht en gevaccineerd. Dit
wordt een vast jaarlijks onderzoek in september.</td><td>Gedaan; daarna jaarlijks</td></tr>
<tr><td>Vrijwilligers</td><td>Voor de vaste vrijwilligers komt een schriftelijk hygiëneprotocol, ook met afspraken
voor zwangere vrijwilligers. Voor de scholieren van de maatschappelijke stage houden wij het bij de mondelinge
instructie op de eerste dag.</td><td>1 januari 2027</td></tr>
<tr><td>Handen wassen</td><td>Bij de uitgang van het dierenverblijf is op 2 oktober een tweede wasbak met warm water,
zeep en papieren handdoeken geplaatst. Over borden met pictogrammen denken wij nog na; dat hangt af van de vraag of
onze sponsor de kosten wil dragen.</td><td>Gereed</td></tr>
<tr><td>Knuffelhok</td><td>Het knuffelhok blijft in de lammertijd open. Het is voor veel gezinnen de reden van hun
bezoek; wij zetten er een vrijwilliger bij die op handen wassen let.</td><td>-</td></tr>
<tr><td>Snoep en ijs</td><td>De ijsvriezer verhuist naar het terras bij de ingang. De snoepautomaat blijft staan
vanwege een contract met de leverancier tot eind 2027.</td><td>Voorjaar 2027</td></tr>
</table>
<div class="box"><b>Ook dit jaar: Lammetjesdag</b><br>Op zaterdag 3 april 2027 houden wij weer de Lammetjesdag, met
schapen scheren, een spinster en een speurtocht voor kinderen. De toegang is zoals altijd gratis.</div>
<p>Wij nodigen de GGD graag uit voor een nieuw bezoek in het voorjaar van 2027.</p>
<p>Namens het bestuur,<br><br>A. Brinkman, voorzitter<br>H. de Wolf, coördinator vrijwilligers</p>
</body></html>""" % (STYLE % (F["Regular"], F["Bold"], F["Italic"], "Kinderboerderij De Klinkhoeve - plan van aanpak hygiëne"))
B.chromium_pdf(RES, NAME + "_response.pdf")

B.write_expected(NAME, [
    (1, "Plaats bij de uitgang van het dierenverblijf een tweede wasgelegenheid",
     "is op 2 oktober een tweede wasbak", "agrees"),
    (2, "Haal de snoepautomaat en de ijsverkoop weg uit de ruimte",
     "De ijsvriezer verhuist naar het terras", "partly"),
    (3, "Laat de geiten en schapen elk jaar door de dierenarts onderzoeken",
     "op 30 september door dierenarts Van Ommen onderzocht", "agrees"),
    (4, "Sluit het knuffelhok in de lammertijd, van februari tot en met april",
     "Het knuffelhok blijft in de lammertijd open", "disagrees"),
    (5, "Stel een schriftelijk hygiëneprotocol op voor alle vrijwilligers en stagiairs",
     "houden wij het bij de mondelinge instructie", "partly"),
    (6, "Hang bij het dierenverblijf borden op in eenvoudig Nederlands",
     "Over borden met pictogrammen denken wij nog na", "noted"),
    (7, "Houd bij welke bezoekers na een bezoek ziek worden", None, "unanswered"),
], ["Het bestuur is de GGD erkentelijk voor het bezoek",
    "houden wij weer de Lammetjesdag, met schapen scheren",
    "nodigen de GGD graag uit voor een nieuw bezoek"],
    "Advice: GGD hygiëneadvies after a visit to a kinderboerderij, 2 p., Chromium (sans, green band, two-column "
    "findings beside a 'Wettelijk kader' sidebar, @page running head from p. 2 and 'pagina n van m'); traps: Wet "
    "publieke gezondheid art. 6 'moet', the Hygiënerichtlijn quoted with 'moeten', keurmerk eis 4.2, the 2023 "
    "agreement quoted with 'moeten', a conclusion; recommendations UNNUMBERED BULLETS in a box 'Ons advies'. "
    "Response: plan van aanpak TABLE Onderwerp | Wat wij doen | Wanneer, no numbers, order 3, 5, 1+6, 4, 2; row "
    "'Handen wassen' = 1 agrees (done 2 October) + 6 noted (depends on a sponsor); 5 partly (not for stagiairs); 4 "
    "disagrees; 2 partly (ice moves, vending machine stays); 7 (registering illness) unanswered; the intro, the "
    "Lammetjesdag box and the closing answer nothing.")

"""Round 91 (nl): the ADVIES of the STUDENTENRAAD of a Flemish hogeschool on the ontwerp-ONDERWIJS- EN
EXAMENREGELING (OER) 2026-2027, answered in the VERSLAG (minutes) of the hogeschool's DIRECTIECOMITE, by paraphrase
only.

Advice: Studentenraad Hogeschool Scheldeland (2 p., LibreOffice headless from HTML, sans, letterhead table, a table of
survey figures, stamped running head and 'blz. n van m'): seven UNNUMBERED BULLETS opening 'De studentenraad vraagt
...' under 'Ons advies', after a list of 'De studentenraad stelt vast ...' bullets in the same form (findings);
traps: Codex Hoger Onderwijs articles with 'moet', the studentenraad's 2024 advice quoted, OER article numbers and
dates. Response: minutes with agenda points, the OER at point 3 ('advies studentenraad') by paraphrase, order 5, 2,
7+3, 1, 6; 4 unanswered. Everything is invented; the Codex is cited loosely.

Run: /tmp/blind91nl/bin/python tests/docs/src/blind91/gen_nl_studentenraad_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b91nl as B  # noqa: E402

NAME = "blind91_nl_studentenraad"
F = B.tmp_fonts()
HEAD = """<html><head><meta charset="utf-8"><style>
@page { size: 21cm 29.7cm; margin: 2.2cm 2.2cm 2cm 2.2cm; }
body { font-family: 'B91NL Sans'; font-size: 9.5pt; }
h1 { font-family: 'B91NL Sans'; font-size: 15pt; color: #1f4e79; }
h2 { font-family: 'B91NL Sans'; font-size: 11pt; color: #1f4e79; margin-top: 10pt; }
p, li { margin-bottom: 4pt; }
td, th { font-family: 'B91NL Sans'; font-size: 9pt; }
</style></head><body>"""


def advice():
    found = [
        "De studentenraad stelt vast dat 38 procent van de studenten de examenroosters pas minder dan vier weken "
        "vooraf kent.",
        "De studentenraad stelt vast dat de regeling voor bijzonder statuut per opleiding anders wordt toegepast.",
        "De studentenraad stelt vast dat de feedbackmomenten na de examens slecht bekend zijn: slechts 41 procent "
        "van de bevraagden wist ervan.",
    ]
    recs = [
        "De studentenraad vraagt dat alle examenroosters uiterlijk zes weken voor het begin van de examenperiode "
        "definitief worden bekendgemaakt.",
        "De studentenraad vraagt om de termijn voor het indienen van een intern beroep te verlengen van zeven naar "
        "tien kalenderdagen.",
        "De studentenraad vraagt dat de inschrijving voor de tweede examenkans gratis blijft, ook voor studenten "
        "met een flexibel traject.",
        "De studentenraad vraagt een hogeschoolbrede standaard voor faciliteiten bij een bijzonder statuut, met een "
        "centrale contactpersoon.",
        "De studentenraad vraagt dat elke opleiding na iedere examenperiode ten minste \u00e9\u00e9n collectief "
        "feedbackmoment organiseert en dit via het leerplatform aankondigt.",
        "De studentenraad vraagt om in artikel 42 van de OER uitdrukkelijk op te nemen dat het gebruik van "
        "AI-hulpmiddelen pas fraude is als de opdracht het verbiedt.",
        "De studentenraad vraagt om de OER ook in een Engelstalige versie ter beschikking te stellen aan "
        "internationale studenten.",
    ]
    html = HEAD + f"""
<table width="100%" cellpadding="4" style="border-bottom: 2px solid #1f4e79"><tr>
<td><b>Studentenraad Hogeschool Scheldeland</b><br>Campus Zuiderdok, Kaailaan 5, 9000 Gent-Zuid</td>
<td align="right">Advies SR/2026/03<br>goedgekeurd op de algemene vergadering van 4 maart 2026</td></tr></table>
<h1>Advies over de ontwerp-onderwijs- en examenregeling 2026-2027</h1>
<h2>1. Context</h2>
<p>Het directiecomit\u00e9 legde op 9 februari 2026 de ontwerp-onderwijs- en examenregeling (OER) voor het
academiejaar 2026-2027 voor advies aan de studentenraad voor. Volgens de Codex Hoger Onderwijs moet het
hogeschoolbestuur de studentenraad vooraf om advies vragen over onderwijs- en examenregelingen, en moet het een
afwijkend besluit motiveren. De studentenraad organiseerde daarom een bevraging bij alle studenten (1.874 reacties)
en besprak het ontwerp in zijn werkgroep Onderwijs.</p>
<p>In ons advies van 2024 schreven wij al: <i>'De hogeschool moet de examenroosters tijdig en definitief
bekendmaken.'</i> Het ontwerp wijzigt artikel 18 over de roosters niet.</p>
<h2>2. Resultaten van de bevraging</h2>
<table width="80%" border="1" cellpadding="3" cellspacing="0">
<tr><th align="left">Vraag</th><th>eens</th><th>oneens</th></tr>
<tr><td>De examenroosters zijn tijdig bekend</td><td align="center">44 %</td><td align="center">38 %</td></tr>
<tr><td>Ik ken de procedure voor intern beroep</td><td align="center">29 %</td><td align="center">53 %</td></tr>
<tr><td>Ik weet waar ik feedback op mijn examen krijg</td><td align="center">41 %</td><td align="center">47 %</td></tr>
<tr><td>De regels over AI bij opdrachten zijn duidelijk</td><td align="center">22 %</td>
<td align="center">61 %</td></tr></table>
<h2>3. Vaststellingen</h2>
<ul>{''.join(f'<li>{t}</li>' for t in found)}</ul>
<p>De studentenraad waardeert dat het ontwerp de regeling rond de tolerantie verduidelijkt (artikel 27) en dat de
termijn voor het meedelen van examenresultaten behouden blijft.</p>
<h2>4. Ons advies</h2>
<p>De studentenraad geeft een <b>gunstig advies, onder voorbehoud</b> van de volgende punten:</p>
<ul>{''.join(f'<li>{t}</li>' for t in recs)}</ul>
<h2>5. Tot slot</h2>
<p>Wij vragen het directiecomit\u00e9 om binnen de decretale termijn een gemotiveerd antwoord te bezorgen. De
studentenraad blijft beschikbaar voor overleg met de dienst Onderwijs.</p>
<p>Voor de studentenraad,<br>Yasmine Claeys, voorzitter - Jonas Verhaegen, ondervoorzitter</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Studentenraad Hogeschool Scheldeland - advies SR/2026/03 - OER 2026-2027",
            "blz. {n} van {m}", F["Regular"])


def response():
    html = HEAD + """
<table width="100%" cellpadding="4" style="border-bottom: 2px solid #1f4e79"><tr>
<td><b>Hogeschool Scheldeland</b><br>Directiecomit\u00e9</td>
<td align="right">Verslag DC/2026/07<br>vergadering van 23 maart 2026</td></tr></table>
<h1>Verslag van de vergadering van het directiecomit\u00e9</h1>
<p><b>Aanwezig:</b> Hilde Vermeiren (algemeen directeur, voorzitter), Pieter De Smet (directeur Onderwijs), Ann
Lambrecht (directeur Studentenvoorzieningen), Koen Baert (departementshoofd Gezondheidszorg), Lies Maes (secretaris).
<b>Verontschuldigd:</b> Dirk Van Acker.</p>
<h2>1. Goedkeuring van het verslag van 2 maart 2026</h2>
<p>Het verslag wordt zonder opmerkingen goedgekeurd.</p>
<h2>2. Meerjarenbegroting campus Zuiderdok</h2>
<p>De directeur Studentenvoorzieningen licht de stand van de renovatie van het studentenrestaurant toe. De werken
lopen drie weken vertraging op; de heropening is voorzien voor 15 oktober 2026. Het directiecomit\u00e9 neemt akte
van de aangepaste planning.</p>
<h2>3. Onderwijs- en examenregeling 2026-2027: advies studentenraad</h2>
<p>De directeur Onderwijs overloopt het advies van de studentenraad van 4 maart. Het directiecomit\u00e9 dankt de
studentenraad voor de grondige bevraging en het constructieve advies. Na bespreking wordt het volgende beslist.</p>
<p><b>Feedback na de examens.</b> Het directiecomit\u00e9 gaat akkoord: vanaf de januarizittijd 2027 organiseert
elke opleiding na iedere examenperiode een collectief feedbackmoment, aangekondigd op het leerplatform. Dit wordt
als nieuw artikel 36bis in de OER opgenomen.</p>
<p><b>Termijn voor intern beroep.</b> De termijn van zeven kalenderdagen wordt niet gewijzigd. Die termijn is
hogeschoolbreed afgestemd op de procedure bij de Raad voor betwistingen inzake studievoortgangsbeslissingen en een
langere termijn zou de afhandeling voor de tweede zittijd in het gedrang brengen.</p>
<p><b>Taal en kosten.</b> Er komt een Engelse vertaling van de OER; de dienst Internationalisering zorgt ervoor dat
die in september 2026 online staat. Voor de tweede examenkans bij een flexibel traject blijft de bijdrage van 25
euro per opleidingsonderdeel wel behouden, omdat het directiecomit\u00e9 de kosten van de extra organisatie niet
volledig kan dragen.</p>
<p><b>Examenroosters.</b> Het directiecomit\u00e9 begrijpt de vraag, maar zes weken is voor de opleidingen met
stages niet haalbaar. Artikel 18 wordt aangepast zodat de roosters uiterlijk vijf weken vooraf definitief zijn,
behalve voor opleidingen met een stageperiode vlak voor de examens.</p>
<p><b>AI-hulpmiddelen.</b> Het directiecomit\u00e9 neemt kennis van het voorstel. De werkgroep Digitale Didactiek
werkt aan een hogeschoolbreed kader; het voorstel van de studentenraad wordt aan die werkgroep bezorgd en artikel 42
blijft voorlopig ongewijzigd.</p>
<p>De directeur Onderwijs bezorgt de studentenraad een schriftelijke motivering van deze beslissingen. De aangepaste
OER wordt op 20 april aan de raad van bestuur voorgelegd.</p>
<h2>4. Varia en rondvraag</h2>
<p>De voorzitter meldt dat de visitatie van de bacheloropleiding Vroedkunde gepland is in de week van 12 oktober. Er
zijn geen vragen uit de rondvraag. De volgende vergadering vindt plaats op 20 april 2026.</p>
</body></html>"""
    B.soffice_pdf(html, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Hogeschool Scheldeland - verslag directiecomit\u00e9 DC/2026/07",
            "blz. {n} van {m}", F["Regular"])


advice()
response()
B.write_expected(NAME, [
    (1, "De studentenraad vraagt dat alle examenroosters uiterlijk zes weken voor",
     "roosters uiterlijk vijf weken vooraf definitief zijn", "partly"),
    (2, "De studentenraad vraagt om de termijn voor het indienen van", "De termijn van zeven kalenderdagen wordt "
     "niet gewijzigd", "disagrees"),
    (3, "De studentenraad vraagt dat de inschrijving voor de tweede examenkans", "de bijdrage van 25 euro per "
     "opleidingsonderdeel wel behouden", "disagrees"),
    (4, "De studentenraad vraagt een hogeschoolbrede standaard voor faciliteiten bij", None, "unanswered"),
    (5, "De studentenraad vraagt dat elke opleiding na iedere examenperiode", "vanaf de januarizittijd 2027 "
     "organiseert elke opleiding", "agrees"),
    (6, "De studentenraad vraagt om in artikel 42 van de OER", "het voorstel van de studentenraad wordt aan die "
     "werkgroep bezorgd", "noted"),
    (7, "De studentenraad vraagt om de OER ook in een Engelstalige", "Er komt een Engelse vertaling van de OER",
     "agrees"),
], ["De werken lopen drie weken vertraging op",
    "dankt de studentenraad voor de grondige bevraging",
    "de visitatie van de bacheloropleiding Vroedkunde gepland is"],
    "Advice: Flemish student council advice on the OER; seven UNNUMBERED BULLETS 'De studentenraad vraagt ...' after "
    "three 'De studentenraad stelt vast ...' bullets (findings); traps: Codex Hoger Onderwijs 'moet', the 2024 advice "
    "quoted with 'moet', articles 18/27/42, a survey table. Response: minutes of the directiecomité, point 3 with bold "
    "subject leads, no numbers, order 5, 2, 7+3, 1, 6; 'Taal en kosten' = 7 agrees (English version) + 3 disagrees "
    "(fee kept); 1 partly (five weeks); 6 noted (passed to a working group); 4 unanswered; points 2 (budget), the "
    "thanks sentence and point 4 (varia) answer nothing.")

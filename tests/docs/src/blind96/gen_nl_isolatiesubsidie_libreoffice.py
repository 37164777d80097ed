"""Round 96 (nl): the EVALUATION REPORT of a research bureau on a municipal home-insulation subsidy scheme, answered
by the college's BESTUURLIJKE REACTIE MET ACTIEPLAN (a ruled table Nr / Reactie college / Actie / Gereed).

Advice (LibreOffice headless from HTML, sans, letterhead table, stamped head and 'pagina n van m'): the Algemene
wet bestuursrecht and the subsidieverordening quoted with 'moet', a figures table, conclusions 5.1-5.4, the 2022
raadsmotie quoted with 'moet'; recommendations as labelled paragraphs 'Aanbeveling 1' ... 'Aanbeveling 7' (bold
label line, text below) in chapter 6. Response: actieplan citing the numbers, order 4, 1, 3+6, 5, 2; 7 unanswered.
All invented.

Run: /tmp/blind96nl/bin/python tests/docs/src/blind96/gen_nl_isolatiesubsidie_libreoffice.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b96nl as B  # noqa: E402

NAME = "blind96_nl_isolatiesubsidie"
F = B.tmp_fonts()
FAM = "B96NL Sans"

CSS = """
@page { size: 21cm 29.7cm; margin: 2.2cm 2.1cm 1.9cm 2.1cm; }
body { font-family: '%s'; font-size: 9.8pt; line-height: 1.35; color: #111; }
h1 { font-family: '%s'; font-size: 15pt; color: #5a3d7a; margin: 6pt 0 4pt 0; }
h2 { font-family: '%s'; font-size: 11.5pt; color: #5a3d7a; margin: 12pt 0 3pt 0; }
h3 { font-family: '%s'; font-size: 10pt; color: #5a3d7a; margin: 8pt 0 1pt 0; }
p { margin: 0 0 6pt 0; }
td, th { font-family: '%s'; font-size: 9pt; vertical-align: top; }
.rt th { background: #5a3d7a; color: #ffffff; text-align: left; }
.rt td { border-bottom: 1px solid #b9a7cc; }
""" % ((FAM,) * 5)


def page(title, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head>"
            "<body>%s</body></html>" % (title, CSS, body))


ADVICE = """
<table width="100%" cellpadding="3"><tr>
<td width="55%"><b><font size="4" color="#5a3d7a">Bureau Lindenhorst Beleidsonderzoek</font></b><br>
Oudegracht 140, 3511 AX Utrecht</td>
<td width="45%">In opdracht van de gemeente Westerwolde-Aa<br>Projectnummer LBO-25-118<br>Eindrapport,
februari 2026</td></tr></table>
<hr>
<h1>Evaluatie Subsidieregeling Woningisolatie Westerwolde-Aa 2023-2025</h1>
<h2>1. Inleiding</h2>
<p>De gemeente Westerwolde-Aa verstrekt sinds 1 maart 2023 subsidie aan woningeigenaren die hun woning isoleren. De
Subsidieregeling Woningisolatie bepaalt in artikel 9 dat het college de regeling na drie jaar moet laten evalueren.
Bureau Lindenhorst voerde die evaluatie uit tussen oktober 2025 en januari 2026, met een analyse van 1.184
aanvraagdossiers, een enquête onder 412 aanvragers en gesprekken met installateurs en het Energieloket.</p>
<h2>2. De regeling</h2>
<p>Eigenaar-bewoners krijgen 30 procent van de kosten vergoed, met een maximum van 1.500 euro per woning. De
isolatie moet worden uitgevoerd door een bedrijf met een erkend keurmerk. Op grond van artikel 4:46 van de
Algemene wet bestuursrecht moet de aanvrager na afloop aantonen dat de activiteiten zijn verricht.</p>
<h2>3. Gebruik van de regeling</h2>
<table class="rt" width="100%" cellpadding="3" cellspacing="0">
<tr><th>Jaar</th><th>Aanvragen</th><th>Toegekend</th><th>Subsidie (euro)</th><th>Budget benut</th></tr>
<tr><td>2023</td><td>281</td><td>242</td><td>318.400</td><td>64%</td></tr>
<tr><td>2024</td><td>455</td><td>401</td><td>552.900</td><td>92%</td></tr>
<tr><td>2025</td><td>448</td><td>396</td><td>566.100</td><td>94%</td></tr></table>
<p></p>
<h2>4. Bevindingen uit de enquête</h2>
<p>Twee derde van de aanvragers vindt het aanvraagformulier ingewikkeld; vooral het vooraf aanleveren van offertes,
foto's en het keurmerkcertificaat kost veel tijd. Aanvragers in de wijken met de oudste woningen (Oosterpark en
De Vennen) zijn ondervertegenwoordigd. Kleine particuliere verhuurders vallen nu buiten de regeling; in 2024 en 2025
werden 63 aanvragen van verhuurders afgewezen. In 2022 nam de raad een motie aan waarin staat dat 'de gemeente moet
zorgen dat ook huurders profiteren van isolatie'.</p>
<h2>5. Conclusies</h2>
<p><b>5.1</b> De regeling wordt goed gebruikt en het budget is de laatste twee jaar vrijwel volledig benut.</p>
<p><b>5.2</b> De regeling bereikt vooral eigenaren met een hoger inkomen en een relatief nieuwe woning.</p>
<p><b>5.3</b> De administratieve last voor aanvragers is hoog in verhouding tot het subsidiebedrag.</p>
<p><b>5.4</b> De besparing op energie is aannemelijk, maar wordt niet gemeten.</p>
<h2>6. Aanbevelingen</h2>
<p>Op basis van deze conclusies doen wij het college de volgende aanbevelingen.</p>
<h3>Aanbeveling 1</h3>
<p>Vereenvoudig het aanvraagformulier en laat aanvragers de bewijsstukken pas na de uitvoering uploaden.</p>
<h3>Aanbeveling 2</h3>
<p>Verhoog het maximale subsidiebedrag per woning van 1.500 naar 2.500 euro, zodat ook grotere maatregelen zoals
dakisolatie aantrekkelijk worden.</p>
<h3>Aanbeveling 3</h3>
<p>Richt de voorlichting gericht op de wijken met veel woningen met energielabel E, F of G, zoals Oosterpark en
De Vennen.</p>
<h3>Aanbeveling 4</h3>
<p>Stel de regeling open voor particuliere verhuurders met minder dan tien woningen, op voorwaarde dat de huur na
isolatie niet stijgt.</p>
<h3>Aanbeveling 5</h3>
<p>Werk samen met het Energieloket, zodat iedere aanvrager vooraf gratis en onafhankelijk advies kan krijgen.</p>
<h3>Aanbeveling 6</h3>
<p>Laat de eis vallen dat de isolatie door een bedrijf met een erkend keurmerk wordt uitgevoerd, en sta ook
isolatie in eigen beheer toe.</p>
<h3>Aanbeveling 7</h3>
<p>Meet na twee jaar bij een steekproef van woningen de werkelijke besparing op het energieverbruik.</p>
<p>Utrecht, 16 februari 2026<br>dr. M.L. Oosterveld en ir. B. Kamminga, Bureau Lindenhorst Beleidsonderzoek</p>
"""

RESPONSE = """
<table width="100%" cellpadding="3"><tr>
<td width="55%"><b><font size="4" color="#5a3d7a">Gemeente Westerwolde-Aa</font></b><br>College van burgemeester
en wethouders</td>
<td width="45%">Bijlage bij raadsvoorstel 2026-27<br>Datum: 7 april 2026<br>Zaaknummer Z.2026.01442</td></tr></table>
<hr>
<h1>Bestuurlijke reactie en actieplan evaluatie Subsidieregeling Woningisolatie</h1>
<h2>Inleiding</h2>
<p>Het college heeft kennisgenomen van het evaluatierapport van Bureau Lindenhorst. Wij zijn tevreden dat de
regeling goed wordt gebruikt en herkennen het beeld dat de drempel voor een deel van de inwoners hoog is. Hieronder
geven wij per aanbeveling onze reactie en de acties die wij ondernemen. De gewijzigde regeling treedt in werking op
1 juli 2026.</p>
<h2>Actieplan</h2>
<table class="rt" width="100%" cellpadding="3" cellspacing="0">
<tr><th width="9%">Nr.</th><th width="51%">Reactie college</th><th width="27%">Actie</th><th width="13%">Gereed</th></tr>
<tr><td>4</td><td>Wij stellen de regeling open voor verhuurders, maar beperken dat in een proef van twee jaar tot
verhuurders met ten hoogste drie woningen. De voorwaarde over de huurprijs nemen wij over.</td><td>Wijziging
subsidieregeling, artikel 2</td><td>1 juli 2026</td></tr>
<tr><td>1</td><td>Overgenomen. Vanaf de zomer volstaat bij de aanvraag een offerte; facturen en foto's worden na de
uitvoering geüpload in het digitale loket.</td><td>Nieuw digitaal formulier</td><td>1 juli 2026</td></tr>
<tr><td>3 en 6</td><td>Wij starten in het najaar een wijkaanpak met informatieavonden en een energiecoach in
Oosterpark en De Vennen. De eis van een erkend keurmerk handhaven wij wel: zonder die eis kunnen wij de kwaliteit
en de veiligheid van de isolatie niet waarborgen.</td><td>Wijkaanpak met woningcorporatie en
Energieloket</td><td>Q4 2026</td></tr>
<tr><td>5</td><td>Het Energieloket is een regionale voorziening. Wij zullen deze aanbeveling inbrengen in het
regionale overleg en daarna bezien of gratis advies vooraf haalbaar is.</td><td>Agendering regio-overleg</td>
<td>2027</td></tr>
<tr><td>2</td><td>Een hoger maximum leidt bij een gelijkblijvend budget tot minder aanvragers. Het college kiest
ervoor het maximum van 1.500 euro niet te wijzigen.</td><td>Geen</td><td>-</td></tr>
<tr><td>-</td><td>Budget: de raad wordt voorgesteld het budget voor 2026 met 150.000 euro aan te vullen uit de
reserve duurzaamheid, omdat het plafond naar verwachting in september wordt bereikt.</td><td>Raadsvoorstel
2026-27</td><td>mei 2026</td></tr>
</table>
<p></p>
<h2>Vervolg</h2>
<p>Het college informeert de raad over de voortgang van dit actieplan in de jaarrekening 2026. Wij danken Bureau
Lindenhorst en alle inwoners die aan de enquête hebben meegedaan.</p>
<p>Het college van burgemeester en wethouders van Westerwolde-Aa</p>
"""

B.soffice_pdf(page("Evaluatie Subsidieregeling Woningisolatie", ADVICE), NAME + "_advice.pdf")
B.stamp(NAME + "_advice.pdf", "Bureau Lindenhorst - Evaluatie Subsidieregeling Woningisolatie Westerwolde-Aa",
        "pagina {n} van {m}", F["Regular"])
B.soffice_pdf(page("Bestuurlijke reactie en actieplan", RESPONSE), NAME + "_response.pdf")
B.stamp(NAME + "_response.pdf", "Gemeente Westerwolde-Aa - bestuurlijke reactie evaluatie isolatiesubsidie",
        "pagina {n} van {m}", F["Regular"])

B.write_expected(NAME, [
    (1, "Vereenvoudig het aanvraagformulier en laat aanvragers de bewijsstukken pas",
     "Vanaf de zomer volstaat bij de aanvraag een offerte", "agrees"),
    (2, "Verhoog het maximale subsidiebedrag per woning van 1.500 naar",
     "kiest ervoor het maximum van 1.500 euro niet te wijzigen", "disagrees"),
    (3, "Richt de voorlichting gericht op de wijken met veel woningen",
     "starten in het najaar een wijkaanpak met informatieavonden", "agrees"),
    (4, "Stel de regeling open voor particuliere verhuurders met minder dan",
     "verhuurders met ten hoogste drie woningen", "partly"),
    (5, "Werk samen met het Energieloket, zodat iedere aanvrager vooraf gratis",
     "Wij zullen deze aanbeveling inbrengen in het regionale overleg", "noted"),
    (6, "Laat de eis vallen dat de isolatie door een bedrijf",
     "De eis van een erkend keurmerk handhaven wij wel", "disagrees"),
    (7, "Meet na twee jaar bij een steekproef van woningen de", None, "unanswered"),
], [
    "herkennen het beeld dat de drempel voor een deel",
    "het budget voor 2026 met 150.000 euro aan te vullen",
    "informeert de raad over de voortgang van dit actieplan",
], "Advice: research bureau's evaluation report of a municipal home-insulation subsidy scheme (LibreOffice from "
   "HTML, sans, letterhead table, stamped head and 'pagina n van m'); traps: subsidieregeling art. 9 'moet', Awb "
   "art. 4:46 'moet', the keurmerk 'moet', a usage table, survey findings, a 2022 raadsmotie quoted with 'moet', "
   "conclusions 5.1-5.4 in bold numbers; recommendations as LABELLED PARAGRAPHS under h3 'Aanbeveling 1'-'Aanbeveling "
   "7' in chapter 6. Response: bestuurlijke reactie met actieplan, a ruled table Nr. / Reactie college / Actie / "
   "Gereed citing the numbers; order 4, 1, 3+6, 5, 2; the row '3 en 6' = 3 agrees (wijkaanpak) + 6 disagrees "
   "(keurmerk kept); 4 partly (up to three dwellings, a two-year trial); 1 agrees; 5 noted (taken to the regional "
   "meeting, 'daarna bezien'); 2 disagrees; 7 (measuring savings) unanswered; the Inleiding, the row '-' on the 2026 "
   "budget and 'Vervolg' answer nothing.")

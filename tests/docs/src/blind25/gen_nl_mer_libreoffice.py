"""Round 25 (nl): Commissie voor de milieueffectrapportage, toetsingsadvies over a MER with
unnumbered bold 'De Commissie adviseert' sentences at the end of hierarchical sections, and the
Gedeputeerde Staten's Nota van antwoord (tables for the Commissie's advice and for zienswijzen).
Engine: LibreOffice Writer headless from HTML."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import _b25nl as B  # noqa: E402

NAME = "blind25_nl_mer"

CSS = """<style>
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; text-align: left; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; margin-top: 14pt; margin-bottom: 6pt; color: #1f5f3f; }
h2 { font-family: 'Liberation Sans'; font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }
td, th { font-family: 'Liberation Sans'; font-size: 9pt; vertical-align: top; }
th { background: #dfe9e2; text-align: left; }
.kader { background: #eef3ef; }
.small { font-size: 9pt; }
</style>"""


def page(title, header, footer, body):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>{CSS}</head><body>
<div title="header"><p class="small" style="font-family:'Liberation Sans'; font-size:8pt; color:#555555">{header}</p></div>
{body}
<div title="footer"><p style="font-family:'Liberation Sans'; font-size:8pt; color:#555555; text-align:right">{footer} <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>
</body></html>"""


def fn(n):
    return (f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>')


def fnbody(n, text):
    return (f'<div id="sdfootnote{n}"><p class="small"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


ADVICE = """
<p style="font-family:'Liberation Sans'; font-size:9pt; color:#1f5f3f"><b>Commissie voor de milieueffectrapportage</b></p>
<p style="font-family:'Liberation Sans'; font-size:20pt; margin-top:30pt"><b>Windpark Elster Broek</b></p>
<p style="font-family:'Liberation Sans'; font-size:13pt">Toetsingsadvies over het milieueffectrapport</p>
<table width="100%" border="0" cellpadding="3" style="margin-top:18pt">
<tr><td width="30%">Projectnummer</td><td valign="top">3791</td></tr>
<tr><td valign="top">Datum</td><td valign="top">9 februari 2026</td></tr>
<tr><td valign="top">Aan</td><td valign="top">Gedeputeerde Staten van Gelderland</td></tr>
<tr><td valign="top">Werkgroep</td><td valign="top">ir. H.J. Verbeek (voorzitter), dr. A. Tjalma, ing. S. El Khatib, drs. L. Hoogerwerf (secretaris)</td></tr>
</table>
<h1>1 Oordeel over het milieueffectrapport</h1>
<p>De provincie Gelderland wil met een provinciaal inpassingsplan de bouw van zeven windturbines mogelijk maken in het Elster Broek, een open komgebied tussen de Linge en de A15. Voor dit besluit is een milieueffectrapport (MER) opgesteld. Gedeputeerde Staten hebben de Commissie voor de m.e.r. gevraagd te adviseren over de inhoud daarvan.</p>
<p>Het MER is overzichtelijk en goed leesbaar. De alternatieven zijn helder gekozen en de effecten op landschap en externe veiligheid zijn goed beschreven. Toch ontbreekt volgens de Commissie essentiële informatie om het milieubelang volwaardig mee te wegen bij het besluit. Het gaat om:</p>
<ul>
<li><p>de gezamenlijke geluidbelasting van windturbines en wegverkeer op woningen langs de Broekdijk;</p></li>
<li><p>de hinder van slagschaduw en obstakelverlichting in de kern Haaften;</p></li>
<li><p>de gevolgen voor vleermuizen die langs de Linge foerageren.</p></li>
</ul>
<p>De Commissie adviseert deze informatie in een aanvulling op het MER op te nemen en die aanvulling eerst aan haar voor te leggen, voordat Gedeputeerde Staten een besluit nemen.</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" class="kader"><tr><td class="kader">
<p style="font-family:'Liberation Sans'"><b>Wat doet de Commissie m.e.r.?</b></p>
<p style="font-family:'Liberation Sans'; font-size:9.5pt">De Commissie is een onafhankelijke deskundigencommissie. Zij toetst of een milieueffectrapport alle informatie bevat die nodig is om het milieubelang een volwaardige plaats te geven in de besluitvorming. Zij geeft geen oordeel over de vraag of het project gewenst is. Het bevoegd gezag besluit zelf of en hoe het haar adviezen volgt en motiveert dat in het besluit.</p>
</td></tr></table>
<h1>2 Toelichting op het oordeel</h1>
<h2>2.1 Geluid</h2>
<p>Het MER berekent de geluidbelasting van de windturbines op de woningen in de omgeving en toetst die aan de norm uit het Besluit kwaliteit leefomgeving. Bij alle alternatieven wordt die norm gehaald. Voor vier woningen aan de Broekdijk ligt de belasting echter dicht bij de grenswaarde, terwijl deze woningen ook al veel geluid van de A15 ontvangen.""" + fn(1) + """ Het MER geeft geen inzicht in het gezamenlijke effect van beide bronnen, terwijl juist dat bepaalt hoeveel hinder bewoners ervaren.</p>
<p><b>De Commissie adviseert om voor de woningen aan de Broekdijk de cumulatieve geluidbelasting van windturbines en wegverkeer te berekenen en te beschrijven welke maatregelen de hinder kunnen beperken.</b></p>
<h2>2.2 Slagschaduw en obstakelverlichting</h2>
<p>Het MER gaat ervan uit dat de turbines een stilstandvoorziening krijgen die slagschaduw beperkt tot de wettelijke norm. Hoe die voorziening wordt ingesteld, is niet beschreven. Ook de obstakelverlichting op de gondels wordt alleen genoemd; in Haaften zijn de turbines vanuit bijna alle straten aan de noordzijde zichtbaar, en uit de participatiebijeenkomsten blijkt dat bewoners de knipperende verlichting als hinderlijk ervaren.</p>
<p><b>De Commissie adviseert om de werking van de stilstandvoorziening te beschrijven en met visualisaties en een lichtberekening inzichtelijk te maken hoeveel hinder de obstakelverlichting in Haaften veroorzaakt, ook bij toepassing van naderingsdetectie.</b></p>
<h2>2.3 Externe veiligheid</h2>
<p>Het MER beschrijft zorgvuldig de risico's voor de hogedrukaardgasleiding ten noorden van het plangebied en voor de A15. Alle turbines staan buiten de risicocontouren. De Commissie heeft op dit punt geen opmerkingen.</p>
<h2>2.4 Natuur</h2>
<p>Het vleermuisonderzoek is uitgevoerd in één seizoen, in een jaar met een koud voorjaar. De Linge is een belangrijke foerageer- en vliegroute voor de meervleermuis, een soort die gevoelig is voor aanvaringen met turbines. Uit één seizoen kan niet worden afgeleid hoeveel slachtoffers te verwachten zijn.""" + fn(2) + """</p>
<p><b>De Commissie adviseert om het vleermuisonderzoek met een tweede seizoen aan te vullen en op basis daarvan te bepalen of een stilstandregeling voor vleermuizen nodig is.</b></p>
<p>Voor weidevogels is het MER voldoende, maar de effecten zijn alleen voor dit windpark beschreven. In hetzelfde komgebied liggen ook het zonnepark De Waarden en de geplande hoogspanningsverbinding van TenneT.</p>
<p><b>De Commissie adviseert om voor weidevogels de gezamenlijke effecten van het windpark, het zonnepark De Waarden en de hoogspanningsverbinding in beeld te brengen.</b></p>
<table width="70%" border="1" cellpadding="4" cellspacing="0">
<tr><th>Alternatief</th><th>Turbines</th><th>Opgesteld vermogen</th><th>Woningen binnen 600 m</th></tr>
<tr><td valign="top">A - lijnopstelling Broekdijk</td><td valign="top">7</td><td valign="top">42 MW</td><td valign="top">11</td></tr>
<tr><td valign="top">B - cluster Hazelaarsweg</td><td valign="top">6</td><td valign="top">36 MW</td><td valign="top">6</td></tr>
<tr><td valign="top">C - dubbele lijn</td><td valign="top">8</td><td valign="top">48 MW</td><td valign="top">14</td></tr>
</table>
<p class="small"><i>Tabel 1. Alternatieven in het MER</i></p>
<h2>2.5 Overige aspecten</h2>
<p>De effecten op bodem, water, archeologie en cultuurhistorie zijn beperkt en in het MER voldoende beschreven. Het MER laat zien dat het plangebied geen bekende archeologische vindplaatsen bevat; de oude stroomrug ten zuiden van de Hazelaarsweg is buiten het plangebied gehouden. Voor de bouwwegen en kraanopstelplaatsen wordt tijdelijk grondwater onttrokken; de gevolgen voor de fruitteelt in de omgeving zijn verwaarloosbaar. De Commissie heeft hierover geen opmerkingen.</p>
<p>Ook de beschrijving van de energieopbrengst is navolgbaar. Het voorkeursalternatief levert naar verwachting 118 GWh per jaar, vergelijkbaar met het verbruik van ongeveer 40.000 huishoudens. De Commissie merkt op dat de opbrengst bij alternatief C hoger is, maar dat dit alternatief ook de meeste woningen binnen 600 meter kent.</p>
<h1 style="page-break-before: always">3 Aanbevelingen voor de verdere besluitvorming</h1>
<p>De volgende punten zijn geen essentiële tekortkomingen, maar de Commissie geeft ze mee voor het vervolg.</p>
<h2>3.1 Financiële participatie</h2>
<p>Het MER vermeldt dat de initiatiefnemer een omgevingsfonds en een obligatieregeling wil instellen, maar maakt niet duidelijk of omwonenden binnen één kilometer daarbij voorrang krijgen.</p>
<p><b>De Commissie adviseert om in het participatieplan vast te leggen dat omwonenden binnen één kilometer met voorrang kunnen deelnemen in het windpark.</b></p>
<h2>3.2 Monitoring en evaluatie</h2>
<p><b>De Commissie adviseert om een monitoringsprogramma op te stellen voor geluid, slagschaduw en vleermuisslachtoffers in de eerste drie jaar na ingebruikname, en de resultaten openbaar te maken.</b> Zo kan worden nagegaan of de voorspellingen uit het MER uitkomen en kan zo nodig worden bijgestuurd.</p>
<h2>3.3 Samenhang met windpark Zaltbommel-Oost</h2>
<p>De gemeente Zaltbommel onderzoekt op vier kilometer afstand een tweede windpark. Voor het landschap van het rivierengebied is de samenhang tussen beide parken van belang.</p>
<p><b>De Commissie adviseert om met de gemeente Zaltbommel afspraken te maken over de afstemming van turbinehoogte en opstelling van beide windparken.</b></p>
<h1>4 Werkwijze van de Commissie</h1>
<p>De Commissie heeft het plangebied op 14 januari 2026 bezocht en gesproken met de projectorganisatie van de provincie en de initiatiefnemer. Zij heeft kennisgenomen van de zienswijzen die tot 2 februari 2026 bij de provincie waren binnengekomen, voor zover die over de inhoud van het MER gaan. In deze zienswijzen werd vooral aandacht gevraagd voor geluid, landschap en de waarde van woningen.</p>
<p>De Commissie toetst het MER aan de wettelijke eisen en aan het advies over reikwijdte en detailniveau dat zij in 2024 heeft uitgebracht. Dit advies is openbaar en te vinden op de website van de Commissie onder projectnummer 3791.</p>
""" + fnbody(1, "Volgens de geluidkaart van Rijkswaterstaat ontvangen deze woningen 58 tot 61 dB Lden van de A15.") + \
    fnbody(2, "Zie het Protocol vleermuisonderzoek bij windturbines (versie 2024), dat twee seizoenen aanbeveelt bij bekende vliegroutes.")

RESPONSE = """
<p style="font-family:'Liberation Sans'; font-size:9pt"><b>PROVINCIE GELDERLAND</b> &#183; Gedeputeerde Staten</p>
<p style="font-family:'Liberation Sans'; font-size:18pt; margin-top:18pt"><b>Nota van antwoord</b></p>
<p style="font-family:'Liberation Sans'; font-size:12pt">Ontwerp-inpassingsplan en milieueffectrapport Windpark Elster Broek</p>
<table width="100%" border="0" cellpadding="2">
<tr><td width="25%">Zaaknummer</td><td valign="top">2025-018840</td></tr>
<tr><td valign="top">Vastgesteld</td><td valign="top">Gedeputeerde Staten, 21 april 2026</td></tr>
</table>
<h1>1 Inleiding</h1>
<p>Het ontwerp-inpassingsplan Windpark Elster Broek en het bijbehorende milieueffectrapport hebben van 5 januari tot en met 16 februari 2026 ter inzage gelegen. In die periode zijn 23 zienswijzen ontvangen. Daarnaast heeft de Commissie voor de m.e.r. op 9 februari 2026 een toetsingsadvies uitgebracht. In deze nota vatten wij het advies en de zienswijzen samen, geven wij ons antwoord en vermelden wij of dit leidt tot een aanpassing van het plan.</p>
<h1>2 Advies van de Commissie voor de m.e.r.</h1>
<p>Naar aanleiding van het advies is een aanvulling op het MER opgesteld (bijlage 14 bij het inpassingsplan). De Commissie heeft die aanvulling op 30 maart 2026 getoetst en geconcludeerd dat de essentiële informatie over geluid en slagschaduw nu aanwezig is.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="7%">Nr.</th><th width="28%">Samenvatting advies</th><th width="50%">Antwoord Gedeputeerde Staten</th><th width="15%">Aanpassing plan</th></tr>
<tr><td valign="top">C.1</td><td valign="top">Cumulatief geluid bij de woningen aan de Broekdijk.</td><td valign="top">In de aanvulling is de gecumuleerde geluidbelasting berekend. Voor twee woningen neemt de hinder merkbaar toe; daarom wordt turbine 7 &#8217;s nachts in een geluidreducerende modus gezet. Dit is als regel in het plan opgenomen.</td><td valign="top">Ja, artikel 4.3.2</td></tr>
<tr><td valign="top">C.2</td><td valign="top">Stilstandvoorziening en hinder van obstakelverlichting in Haaften.</td><td valign="top">De werking van de stilstandvoorziening is in de aanvulling beschreven en als voorschrift vastgelegd. Naderingsdetectie is verplicht gesteld. Een aparte lichtberekening achten wij niet zinvol, omdat de verlichting met naderingsdetectie vrijwel altijd uit staat; de visualisaties zijn wel toegevoegd.</td><td valign="top">Ja, artikel 4.3.4</td></tr>
<tr><td valign="top">C.3</td><td valign="top">Tweede seizoen vleermuisonderzoek.</td><td valign="top">Wij volgen dit advies niet. Een tweede onderzoeksseizoen zou de besluitvorming met ruim een jaar vertragen. In plaats daarvan nemen wij in het plan een stilstandregeling voor vleermuizen op bij lage windsnelheden in de zomermaanden, die op grond van de monitoring kan worden versoepeld.</td><td valign="top">Ja, artikel 4.3.5</td></tr>
<tr><td valign="top">C.4</td><td valign="top">Gezamenlijke effecten op weidevogels.</td><td valign="top">De cumulatieve effecten met het zonnepark De Waarden en de hoogspanningsverbinding zijn in de aanvulling beschreven. Het compensatiegebied in de Hazelaarspolder wordt vergroot van 18 naar 26 hectare.</td><td valign="top">Ja, bijlage 9</td></tr>
<tr><td valign="top">C.5</td><td valign="top">Voorrang voor omwonenden bij financiële participatie.</td><td valign="top">Het participatieplan is een verantwoordelijkheid van de initiatiefnemer, Elster Broek Wind B.V. Wij hebben het advies aan haar doorgegeven en gevraagd de voorrangsregeling in het participatieplan te overwegen. Wij nemen dit niet op in het plan.</td><td valign="top">Nee</td></tr>
<tr><td valign="top">C.6</td><td valign="top">Monitoringsprogramma voor de eerste drie jaar.</td><td valign="top">Wij nemen dit advies over. De verplichting tot monitoring en openbare rapportage wordt als voorschrift aan de omgevingsvergunning verbonden.</td><td valign="top">Ja, artikel 4.6</td></tr>
</table>
<h1 style="page-break-before: always">3 Zienswijzen</h1>
<p>Hieronder zijn de zienswijzen samengevat per onderwerp. Namen en adressen van particuliere indieners zijn weggelaten.</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="7%">Nr.</th><th width="28%">Samenvatting zienswijze</th><th width="50%">Antwoord Gedeputeerde Staten</th><th width="15%">Aanpassing plan</th></tr>
<tr><td valign="top">Z.1</td><td valign="top">Indieners 1 t/m 9 (Broekdijk): vrees voor geluidhinder en waardedaling van woningen.</td><td valign="top">Zie ook ons antwoord onder C.1. Voor waardedaling kunnen indieners na vaststelling een verzoek om tegemoetkoming in planschade indienen bij de provincie.</td><td valign="top">Nee</td></tr>
<tr><td valign="top">Z.2</td><td valign="top">Stichting Behoud Lingelandschap: de turbines tasten het open karakter van het komgebied aan.</td><td valign="top">Wij erkennen dat de turbines het landschap veranderen. De lijnopstelling langs de Broekdijk sluit aan bij de richting van de dijk en de verkaveling en is daarom landschappelijk het best inpasbaar.</td><td valign="top">Nee</td></tr>
<tr><td valign="top">Z.3</td><td valign="top">Waterschap Rivierenland: de turbines mogen de dijkversterking niet belemmeren.</td><td valign="top">In overleg met het waterschap is de afstand van turbines 1 en 2 tot de kruin van de dijk vergroot tot 45 meter.</td><td valign="top">Ja, verbeelding</td></tr>
</table>
<h1>4 Ambtshalve wijzigingen</h1>
<p>Naast de wijzigingen naar aanleiding van het advies en de zienswijzen zijn enkele redactionele verbeteringen doorgevoerd in de regels, onder meer in de begripsbepalingen van artikel 1.</p>
"""

RECS = [
    ("1", "om voor de woningen aan de Broekdijk de cumulatieve geluidbelasting",
     "wordt turbine 7 ’s nachts in een geluidreducerende modus", "agrees"),
    ("2", "om de werking van de stilstandvoorziening te beschrijven",
     "Een aparte lichtberekening achten wij niet zinvol", "partly"),
    ("3", "om het vleermuisonderzoek met een tweede seizoen aan te vullen",
     "Een tweede onderzoeksseizoen zou de besluitvorming met ruim een", "disagrees", ["partly"]),
    ("4", "om voor weidevogels de gezamenlijke effecten van het windpark",
     "compensatiegebied in de Hazelaarspolder wordt vergroot", "agrees"),
    ("5", "om in het participatieplan vast te leggen dat omwonenden",
     "Wij hebben het advies aan haar doorgegeven", "noted", ["disagrees"]),
    ("6", "om een monitoringsprogramma op te stellen voor geluid",
     "De verplichting tot monitoring en openbare rapportage wordt", "agrees"),
    ("7", "om met de gemeente Zaltbommel afspraken te maken over", None, "unanswered"),
]
UNMATCHED = ["In die periode zijn 23 zienswijzen ontvangen",
             "De Commissie heeft die aanvulling op 30 maart 2026 getoetst",
             "verzoek om tegemoetkoming in planschade",
             "sluit aan bij de richting van de dijk",
             "afstand van turbines 1 en 2 tot de kruin",
             "enkele redactionele verbeteringen doorgevoerd in de regels"]
NOTES = ("Commissie m.e.r. toetsingsadvies on an environmental impact report (new genre) with the provincial executive's "
         "Nota van antwoord (new response form). Advice (LibreOffice, cover table, framed explanation box, Writer "
         "footnotes, a table of alternatives): the Samenvatting lists the three essential shortcomings as bullets and "
         "ends with a general 'De Commissie adviseert ... aanvulling' that is a summary, not a separate recommendation; "
         "the seven recommendations are UNNUMBERED bold 'De Commissie adviseert om ...' sentences closing sub-sections "
         "2.1, 2.2, 2.4 (two), 3.1, 3.2 (here first sentence of the paragraph), 3.3; sub-section 2.3 has none, so section "
         "numbers are not recommendation numbers (numbered 1-7 here in order; starts_with begins after 'De Commissie "
         "adviseert'). Response: a ruled table 'Nr. | Samenvatting advies | Antwoord GS | Aanpassing plan' with its own "
         "codes C.1-C.6 answering 1-6 (7 unanswered), and a second table Z.1-Z.3 answering public objections on the same "
         "themes (noise, landscape) that answer no recommendation; 'achten wij niet zinvol' for half of 2 (partly); "
         "'Wij volgen dit advies niet' plus a stricter alternative for 3 (disagrees/partly); initiator's responsibility, "
         "passed on, 'Wij nemen dit niet op' for 5 (noted/disagrees); 'Aanpassing plan: Ja' also for the refusal row.")


def convert(html, pdfname):
    tmp = tempfile.mkdtemp(prefix="b25mer")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    convert(page("Toetsingsadvies Windpark Elster Broek", "Commissie m.e.r. &#8211; Toetsingsadvies Windpark Elster Broek, projectnummer 3791",
                 "Toetsingsadvies 3791 &#183; pagina", ADVICE), NAME + "_advice.pdf")
    convert(page("Nota van antwoord Windpark Elster Broek", "Provincie Gelderland &#8211; Nota van antwoord Windpark Elster Broek",
                 "Zaaknummer 2025-018840 &#183; pagina", RESPONSE), NAME + "_response.pdf")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

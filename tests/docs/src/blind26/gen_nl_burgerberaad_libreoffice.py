"""Round 26 (nl): eindadvies of an (invented) municipal citizens' assembly (Burgerberaad Klimaat Vechtstede) with
recommendations A1-C3 in framed boxes carrying a support percentage, and the college's raadsvoorstel to the council
(Beslispunten, Argumenten grouped by verdict, Kanttekeningen, Financiën). Engine: LibreOffice Writer headless from
HTML."""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import _b26nl as B  # noqa: E402

NAME = "blind26_nl_burgerberaad"

CSS = """<style>
body { font-family: 'Liberation Serif'; font-size: 11pt; }
p { margin-top: 0; margin-bottom: 6pt; }
h1 { font-family: 'Liberation Sans'; font-size: 18pt; color: #2e6b30; margin-bottom: 6pt; }
h2 { font-family: 'Liberation Sans'; font-size: 13pt; color: #2e6b30; margin-top: 12pt; margin-bottom: 4pt; }
h3 { font-family: 'Liberation Sans'; font-size: 11pt; margin-top: 8pt; margin-bottom: 3pt; }
td, th { font-size: 10pt; vertical-align: top; }
.lab { font-family: 'Liberation Sans'; font-size: 9pt; color: #2e6b30; }
.small { font-size: 9pt; }
</style>"""

SANS_CSS = CSS.replace("body { font-family: 'Liberation Serif'; font-size: 11pt; }",
                       "body { font-family: 'Liberation Sans'; font-size: 10pt; }")


def page(title, header, footer, body, css=CSS):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title>{css}</head><body>
<div title="header"><p style="font-family:'Liberation Sans'; font-size:8pt; color:#555555">{header}</p></div>
{body}
<div title="footer"><p style="font-family:'Liberation Sans'; font-size:8pt; color:#555555; text-align:center">{footer} <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>
</body></html>"""


def fn(n):
    return f'<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'


def fnbody(n, text):
    return (f'<div id="sdfootnote{n}"><p class="small"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
            f'href="#sdfootnote{n}anc">{n}</a> {text}</p></div>')


def rec(code, steun, text, why):
    return (f'<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse; '
            f'border: 1px solid #2e6b30"><tr><td bgcolor="#eef5ea">'
            f'<p class="lab"><b>{code}</b> &#183; steun {steun} procent</p>'
            f'<p><b>{text}</b></p><p class="small"><i>Waarom?</i> {why}</p></td></tr></table><p></p>')


ADVICE = f"""
<p class="lab">Burgerberaad Klimaat Vechtstede &#183; oktober 2025</p>
<h1>Samen halveren. Eindadvies van het Burgerberaad Klimaat</h1>
<p><i>Aan de gemeenteraad van Vechtstede, overhandigd op 4 oktober 2025</i></p>
<h2>Voorwoord</h2>
<p>Tweeënvijftig inwoners van Vechtstede, die geen van allen hadden gevraagd om mee te doen, hebben vijf weekenden
lang met elkaar gepraat, gerekend en soms ook gebotst. Zij werden gekozen door loting uit de basisregistratie
personen, gewogen naar leeftijd, wijk en opleiding.{fn(1)} Het resultaat ligt voor u. Het is geen compromis waarin
iedereen een beetje gelijk krijgt, maar een advies waar een ruime meerderheid achter staat.</p>
<p>Ik dank de deskundigen die ons informeerden, de medewerkers van de gemeente die voor koffie en zalen zorgden, en
vooral de leden zelf. <br/>Marloes Terpstra, onafhankelijk voorzitter</p>
<h2>1 De opdracht</h2>
<p>De gemeenteraad legde het burgerberaad in maart 2025 één vraag voor: <i>hoe halveert Vechtstede de uitstoot van
broeikasgassen in 2030 ten opzichte van 1990, op een manier die voor alle inwoners eerlijk is?</i> De raad
zegde toe elke aanbeveling te bespreken en binnen drie maanden een reactie te geven. De uitstoot in Vechtstede
bedroeg in 2023 ongeveer 412 kiloton CO2-equivalent; gebouwde omgeving en verkeer zijn samen verantwoordelijk voor
bijna twee derde daarvan.{fn(2)}</p>
<h2>2 Onze waarden</h2>
<p>Voordat we over maatregelen spraken, spraken we af waaraan elke maatregel moet voldoen:</p>
<ol>
<li><p>Wie het minst heeft, mag er niet op achteruitgaan.</p></li>
<li><p>Wat we vragen van inwoners, vragen we ook van bedrijven en van de gemeente zelf.</p></li>
<li><p>Een maatregel moet in 2030 echt effect hebben, niet pas daarna.</p></li>
<li><p>Inwoners moeten kunnen meebeslissen over wat er in hun straat gebeurt.</p></li>
</ol>
<h2>3 Onze aanbevelingen</h2>
<p>Een voorstel werd een aanbeveling als ten minste zeventig procent van de aanwezige leden ervoor stemde. Zo
kwamen we tot acht aanbevelingen in drie thema&#8217;s. Bij elke aanbeveling staat het percentage leden dat
ervoor stemde en in het kort waarom.</p>
<h3>A Wonen en energie</h3>
{rec("A1", 94, "Richt een gemeentelijk energieloket in dat elke huiseigenaar een gratis maatwerkadvies en hulp bij het aanvragen van subsidies biedt.",
     "Veel leden wisten niet waar te beginnen. De regelingen van Rijk, provincie en gemeente zijn voor de meeste mensen een doolhof.")}
{rec("A2", 88, "Geef huishoudens met een laag inkomen een renteloze lening voor isolatie die pas bij verkoop van de woning terugbetaald hoeft te worden.",
     "Juist wie in een slecht geïsoleerd huis woont, heeft vaak het geld niet om te isoleren.")}
{rec("A3", 81, "Maak afspraken met woningcorporaties en particuliere verhuurders zodat alle huurwoningen met energielabel E, F of G vóór 2028 zijn verbeterd.",
     "Huurders kunnen zelf niet isoleren en betalen nu de hoogste energierekening.")}
<h3>B Mobiliteit</h3>
{rec("B1", 72, "Verlaag de maximumsnelheid binnen de bebouwde kom naar 30 kilometer per uur, behalve op de twee doorgaande wegen.",
     "Lagere snelheden maken fietsen en lopen aantrekkelijker en veiliger. Een minderheid vond dit te ver gaan.")}
{rec("B2", 90, "Zorg samen met de provincie voor een buslijn die de kleine kernen ook in de avond en in het weekend elk uur bedient.",
     "Wie in Oosterbroek of Hamme woont, heeft nu na zeven uur geen alternatief voor de auto.")}
<h3>C Groen en water</h3>
{rec("C1", 86, "Vervang op alle schoolpleinen in de gemeente minstens de helft van de verharding door groen.",
     "Groene schoolpleinen houden water vast, zijn koeler in de zomer en kinderen spelen er meer.")}
{rec("C2", 92, "Plant in elke wijk jaarlijks minstens honderd nieuwe bomen en laat bewoners meebeslissen over de plekken.",
     "Bomen slaan CO2 op en maken de wijk leefbaarder; bewoners weten het best waar ruimte is.")}
{rec("C3", 74, "Voer een gemeentelijke heffing in op grote verharde parkeerterreinen van bedrijven en gebruik de opbrengst voor vergroening.",
     "Bedrijven met grote parkeerterreinen dragen bij aan wateroverlast, maar betalen daar niet voor.")}
<h2>4 Wat het net niet haalde</h2>
<table width="100%" border="0" cellpadding="6" cellspacing="0"><tr><td bgcolor="#f2f2f2">
<p class="lab"><b>Minderheidsstandpunt</b></p>
<p>Een voorstel om de binnenstad van Vechtstede vanaf 2027 autovrij te maken kreeg de steun van 61 procent van de
leden. Het haalde daarmee de drempel niet. De voorstanders vragen de raad het voorstel toch mee te nemen in de
herinrichting van het centrum.</p></td></tr></table>
<h2>5 Hoe wij stemden</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Weekend</th><th>Onderwerp</th><th>Aanwezige leden</th></tr>
<tr><td>1</td><td>Kennismaking en opdracht</td><td>52</td></tr>
<tr><td>2</td><td>Wonen en energie</td><td>50</td></tr>
<tr><td>3</td><td>Mobiliteit</td><td>49</td></tr>
<tr><td>4</td><td>Groen en water</td><td>48</td></tr>
<tr><td>5</td><td>Stemming over alle voorstellen</td><td>51</td></tr>
</table>
<p></p>
<p>Het burgerberaad vraagt de raad per aanbeveling aan te geven of die wordt uitgevoerd, en zo niet, waarom niet.
De leden komen in het voorjaar van 2026 nog één keer bijeen om de reactie van de gemeente te bespreken.</p>
{fnbody(1, "De loting werd uitgevoerd door een extern bureau; 4.000 inwoners ontvingen een uitnodiging, 611 meldden zich aan.")}
{fnbody(2, "Klimaatmonitor, gemeente Vechtstede, peiljaar 2023. Landbouw en industrie zijn buiten beschouwing gelaten.")}
"""

RESPONSE = f"""
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td width="35%"><b>Raadsvoorstel</b></td><td>Gemeente Vechtstede</td></tr>
<tr><td>Registratienummer</td><td>Z/25/048211</td></tr>
<tr><td>Datum collegebesluit</td><td>2 december 2025</td></tr>
<tr><td>Raadsvergadering</td><td>29 januari 2026</td></tr>
<tr><td>Portefeuillehouder</td><td>wethouder J.P. Hoogland (klimaat en energie)</td></tr>
<tr><td>Onderwerp</td><td>Reactie op het eindadvies van het Burgerberaad Klimaat</td></tr>
</table>
<h2>Beslispunten</h2>
<ol>
<li><p>Kennis te nemen van het eindadvies &#8216;Samen halveren&#8217; van het Burgerberaad Klimaat.</p></li>
<li><p>In te stemmen met de reactie van het college op de aanbevelingen, zoals verwoord in dit voorstel.</p></li>
<li><p>Een krediet van &#8364; 1.450.000 beschikbaar te stellen voor de uitvoering in 2026 en 2027.</p></li>
<li><p>De begroting 2026 overeenkomstig te wijzigen.</p></li>
</ol>
<h2>Inleiding</h2>
<p>Op 4 oktober 2025 overhandigde het Burgerberaad Klimaat zijn eindadvies aan de gemeenteraad. Het college heeft
groot respect voor de inzet van de tweeënvijftig leden. Conform de afspraak bij de instelling geeft het college per
aanbeveling aan wat het ermee doet.{fn(1)}</p>
<h2>Beoogd effect</h2>
<p>Een herkenbare en controleerbare opvolging van het advies, zodat inwoners zien wat er met hun inzet gebeurt, en
een bijdrage van naar schatting 18 kiloton aan de reductiedoelstelling voor 2030.</p>
<h2>Argumenten</h2>
<h3>1. Het college neemt vijf aanbevelingen over</h3>
<p>Het energieloket komt er. Vanaf 1 april 2026 kan elke huiseigenaar in het gemeentehuis en in de bibliotheken van
Oosterbroek en Hamme terecht voor een gratis maatwerkadvies; een energiecoach helpt ook bij de subsidieaanvraag. Het
loket wordt ondergebracht bij de bestaande Woonwijzer.</p>
<p>Een renteloze lening voor isolatie is al staand beleid. Sinds 2023 biedt de gemeente via het Nationaal Warmtefonds
de Toekomstbestendig Wonen Lening, die voor inkomens onder 140 procent van het sociaal minimum renteloos is en pas
bij verkoop wordt afgelost. Het college zorgt dat de regeling beter bekend wordt en verhoogt het budget met
&#8364; 250.000.</p>
<p>De voorstellen over schoolpleinen en bomen neemt het college allebei over. Alle elf basisscholen krijgen vóór
2028 een groen schoolplein, waarvan de helft onverhard; de schoolbesturen hebben hun medewerking toegezegd. Daarnaast
plant de gemeente vanaf het plantseizoen 2026 jaarlijks 1.200 bomen, verdeeld over de twaalf wijken, op plekken die
bewoners via een wijkschouw aanwijzen.</p>
<h3>2. Het college neemt één aanbeveling gedeeltelijk over</h3>
<p>Met de drie woningcorporaties zijn in de prestatieafspraken 2026 al afspraken gemaakt: hun laatste 340 woningen
met label E, F of G worden vóór eind 2027 verbeterd. Voor particuliere verhuurders heeft de gemeente geen
vergelijkbaar instrument. Het college zal hen informeren over de landelijke normen en de huurteams inzetten, maar kan
een datum voor deze woningen niet afdwingen.</p>
<h3>3. Het college neemt één aanbeveling niet over</h3>
<p>Het college deelt de zorg van het burgerberaad over verkeersveiligheid en uitstoot, maar niet de conclusie dat
een algemene verlaging naar 30 kilometer per uur de aangewezen weg is. Op de wijkontsluitingswegen geldt nu 50 en
rijden ook de bussen; een verlaging zou de reistijd van lijn 74 met zes minuten verlengen. Het college kiest voor
30 kilometer per uur bij alle scholen en in het centrum, zoals al in het mobiliteitsplan staat.</p>
<h3>4. Eén aanbeveling ligt bij de provincie</h3>
<p>Het openbaar vervoer is een taak van de provincie, die de busconcessie verleent. De nieuwe concessie gaat in
december 2027 in. Het college zal de wens van een uurdienst in de avond en het weekend inbrengen bij het
consultatietraject van de provincie, maar kan de uitkomst niet garanderen.</p>
<h2>Kanttekeningen</h2>
<p>Niet alle leden van het burgerberaad zullen zich herkennen in deze reactie. Het college realiseert zich dat een
gedeeltelijke of negatieve reactie teleur kan stellen, en licht die daarom in de terugkombijeenkomst persoonlijk toe.
Ook het minderheidsstandpunt over de binnenstad wordt betrokken bij de herinrichting van het centrum.</p>
<h2>Financiën</h2>
<p>De kosten van het energieloket, het extra leningbudget en de vergroening bedragen samen &#8364; 1.450.000 voor
2026 en 2027. Zij worden gedekt uit de reserve klimaat en energie (&#8364; 1.100.000) en uit de specifieke uitkering
voor lokale klimaatmaatregelen (&#8364; 350.000).{fn(2)}</p>
<h2>Vervolg</h2>
<p>Na besluitvorming door de raad organiseert het college in het voorjaar van 2026 een terugkombijeenkomst met de
leden. Over de voortgang wordt jaarlijks gerapporteerd in de klimaatmonitor.</p>
<p>Burgemeester en wethouders van Vechtstede,<br/>de secretaris, drs. A.C. Meulenbelt<br/>de burgemeester, mr. H.G. de Waal</p>
{fnbody(1, "Raadsbesluit van 13 maart 2025 tot instelling van het Burgerberaad Klimaat, artikel 6.")}
{fnbody(2, "Zie de tweede bestuursrapportage 2025, paragraaf 4.3.")}
"""

RECS = [
    ("A1", "Richt een gemeentelijk energieloket in dat elke huiseigenaar een", "Vanaf 1 april 2026 kan elke huiseigenaar", "agrees"),
    ("A2", "Geef huishoudens met een laag inkomen een renteloze lening voor", "Een renteloze lening voor isolatie is al staand beleid", "agrees"),
    ("A3", "Maak afspraken met woningcorporaties en particuliere verhuurders zodat alle huurwoningen", "kan een datum voor deze woningen niet afdwingen", "partly"),
    ("B1", "Verlaag de maximumsnelheid binnen de bebouwde kom naar 30 kilometer", "deelt de zorg van het burgerberaad over verkeersveiligheid", "disagrees"),
    ("B2", "Zorg samen met de provincie voor een buslijn die de", "inbrengen bij het consultatietraject van de provincie", "noted"),
    ("C1", "Vervang op alle schoolpleinen in de gemeente minstens de helft", "Alle elf basisscholen krijgen vóór 2028 een groen schoolplein", "agrees"),
    ("C2", "Plant in elke wijk jaarlijks minstens honderd nieuwe bomen en", "jaarlijks 1.200 bomen, verdeeld over de twaalf wijken", "agrees"),
    ("C3", "Voer een gemeentelijke heffing in op grote verharde parkeerterreinen van", None, "unanswered"),
]
UNMATCHED = [
    "In te stemmen met de reactie van het college op de aanbevelingen",
    "Op 4 oktober 2025 overhandigde het Burgerberaad Klimaat zijn eindadvies",
    "Een herkenbare en controleerbare opvolging van het advies",
    "Niet alle leden van het burgerberaad zullen zich herkennen",
    "worden gedekt uit de reserve klimaat en energie",
    "organiseert het college in het voorjaar van 2026 een terugkombijeenkomst",
]
NOTES = ("Invented eindadvies of a municipal citizens' assembly (LibreOffice from HTML, serif body, header/footer via "
         "LO's header divs, footnotes). Recommendations are framed green boxes whose first line is a theme code and a "
         "support percentage ('A1 · steun 94 procent'), a bold recommendation, then an italic 'Waarom?' explanation; "
         "themes A/B/C as sub-headings; decoys: a numbered list of four 'waarden', a grey 'Minderheidsstandpunt' box "
         "with a proposal that did NOT pass, a voting table. Response: the college's raadsvoorstel (metadata table, "
         "'Beslispunten' 1.-4., Inleiding, Beoogd effect, Argumenten, Kanttekeningen, Financiën, Vervolg). The "
         "Argumenten are numbered 1.-4. BY VERDICT ('neemt vijf aanbevelingen over' holds three paragraphs for A1, A2 "
         "and C1+C2 together; '... gedeeltelijk over' A3; '... niet over' B1; 'ligt bij de provincie' B2) and NEVER "
         "name a code: links by paraphrase only. The heading says five but only four are answered there (C3, the "
         "parking levy, is never answered). A2 'is al staand beleid' (agrees); A3 corporations yes, private landlords "
         "not enforceable (partly); B1 'deelt de zorg ... maar niet de conclusie' (disagrees); B2 provincial task, "
         "will raise it, no guarantee (noted). Beslispunten, Inleiding, Beoogd effect, Kanttekeningen, Financiën and "
         "Vervolg answer nothing.")


def convert(html, pdfname):
    tmp = tempfile.mkdtemp(prefix="b26nlbb")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), B.out(pdfname))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    convert(page("Eindadvies Burgerberaad Klimaat Vechtstede",
                 "Burgerberaad Klimaat Vechtstede &#8211; Samen halveren &#8211; eindadvies aan de gemeenteraad",
                 "&#8212;", ADVICE), NAME + "_advice.pdf")
    convert(page("Raadsvoorstel Z/25/048211", "Gemeente Vechtstede &#8211; raadsvoorstel Z/25/048211",
                 "Raadsvoorstel Burgerberaad Klimaat &#183; pagina", RESPONSE, SANS_CSS), NAME + "_response.pdf")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

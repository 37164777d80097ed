"""Round 142 (nl): the CONCEPTADVIES of an (invented) municipal ADVIESCOMMISSIE CULTUURSUBSIDIES on a theatre
workshop's application for a four-year subsidy; per assessment criterion (six sections) the commission gives a
labelled 'Oordeel:' and a labelled 'Aanbeveling:' (section 2.5 'Aanbevelingen:' with two sentences), so the seven
recommendations are LABELLED PARAGRAPHS scattered over the criteria; answered by the applicant's REACTIE IN HET
KADER VAN HOOR EN WEDERHOOR, which paraphrases BY THEME in another order, with two paragraphs each answering two with
different verdicts and an opening that disputes one of the commission's judgements (not a recommendation).

Advice (PyMuPDF Story, sans, plum headings, metadata table, labelled 'Oordeel:' lines, framed conclusion, stamped
head, 'pagina n van m'): the subsidy regulation paraphrased with 'moet' (trap), the commission's 2022 advice quoted as
an imperative ('Zoek samenwerking met het voortgezet onderwijs ...', carried out, trap), the 'Oordeel:' labels in the
recommendations' style (trap), a framed conclusion 'Zij adviseert niet om de aangevraagde verhoging ... volledig toe
te kennen' (trap), a closing line naming the overhead and the paid residencies (trap). Response (PyMuPDF Story,
stamped): 4 partly + 1 agrees in one paragraph, 3 agrees, 5 disagrees + 6 noted in one paragraph, 2 disagrees; 7
unanswered; the opening on the judgement of 'Publieksbereik', the correction of a figure and the closing answer
nothing. All bodies, places, people, figures and reference numbers invented; rules named as context only.

Run: /tmp/blind142nl/bin/python tests/docs/src/blind142/gen_nl_cultuursubsidie_story.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b142nl as B  # noqa: E402

NAME = "blind142_nl_cultuursubsidie"
F = B.tmp_fonts()
PLUM = "#6b2d5c"

CSS = f"""
@font-face {{ font-family: S; src: url({os.path.basename(F['Regular'])}); }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold'])}); font-weight: bold; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Italic'])}); font-style: italic; }}
@font-face {{ font-family: S; src: url({os.path.basename(F['Bold Italic'])}); font-weight: bold; font-style: italic; }}
* {{ font-family: S; }}
body {{ font-size: 9.5pt; line-height: 1.4; }}
p {{ margin-top: 0; margin-bottom: 5pt; text-align: justify; }}
h1 {{ font-size: 15pt; color: {PLUM}; margin-top: 2pt; margin-bottom: 3pt; }}
h2 {{ font-size: 11pt; color: {PLUM}; margin-top: 9pt; margin-bottom: 3pt; }}
h3 {{ font-size: 9.8pt; color: #333333; margin-top: 6pt; margin-bottom: 2pt; }}
.small {{ font-size: 8pt; color: #555555; text-align: left; }}
.quote {{ margin-left: 24pt; margin-right: 20pt; font-style: italic; color: #444444; text-align: left; }}
.concl {{ border: 1px solid {PLUM}; padding: 4pt; text-align: left; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 6pt; }}
td {{ font-size: 8.6pt; border: 1px solid #c7a9bf; padding: 3px; vertical-align: top; text-align: left; }}
"""

ADVICE = """<html><body>
<p class="small">Adviescommissie Cultuursubsidies gemeente Marsdonk - p/a Team Cultuur, Stadhuisplein 2, 5361 CE
Marsdonk</p>
<h1>Conceptadvies meerjarige subsidie 2027-2030</h1>
<table>
<tr><td>Aan</td><td>het college van burgemeester en wethouders van Marsdonk</td></tr>
<tr><td>Aanvrager</td><td>Stichting Theaterwerkplaats De Kaap, Havenkade 14, Marsdonk</td></tr>
<tr><td>Aanvraag</td><td>meerjarige subsidie 2027-2030, gevraagd 240.000 euro per jaar (nu 195.000 euro); dossier
CS-2027-011</td></tr>
<tr><td>Vergadering en datum</td><td>commissievergadering van 3 maart 2026; conceptadvies verzonden 10 maart
2026</td></tr>
</table>
<h2>1 Inleiding</h2>
<p>Theaterwerkplaats De Kaap maakt sinds 2009 voorstellingen in een voormalige loods aan de haven, heeft een eigen
zaal met 180 stoelen en begeleidt jonge makers uit de regio. Volgens de Subsidieregeling Cultuur Marsdonk 2027-2030
moet elke meerjarige aanvraag worden beoordeeld op zes criteria, en moet de aanvrager de gelegenheid krijgen om op
het conceptadvies te reageren voordat de commissie haar definitieve advies uitbrengt. Dit is dat conceptadvies.</p>
<p>In haar advies over de vorige periode schreef de commissie in 2022:</p>
<p class="quote">'Zoek samenwerking met het voortgezet onderwijs in Marsdonk en de omliggende kernen.'</p>
<p>De Kaap heeft sindsdien een vast programma met drie middelbare scholen opgebouwd.</p>
<h2>2 Beoordeling per criterium</h2>
<h3>2.1 Artistieke kwaliteit</h3>
<p>De voorstellingen van De Kaap zijn herkenbaar door hun fysieke spel en het gebruik van de loods als decor. De
commissie zag 'Tij' (2024) en 'Wachtkamer' (2025) en waardeert de zeggingskracht van het ensemble. Het plan leunt wel
zwaar op twee grote zaalproducties per jaar.</p>
<p><b>Oordeel:</b> goed.</p>
<p><b>Aanbeveling:</b> Geef de huisregisseur ruimte om naast de grote zaalproducties ook kleinere, experimentele
voorstellingen te maken met jonge spelers.</p>
<h3>2.2 Maatschappelijke betekenis</h3>
<p>De Kaap werkt met scholen, met het asielzoekerscentrum en met buurtbewoners aan de haven. De projecten zijn
waardevol, maar hangen vaak af van één medewerker en van toevallige contacten.</p>
<p><b>Oordeel:</b> ruim voldoende.</p>
<p><b>Aanbeveling:</b> Leg de samenwerking met de wijkcentra in Marsdonk-Noord vast in vaste afspraken over een
jaarlijks wijkproject, met een eigen begroting.</p>
<h3>2.3 Publieksbereik</h3>
<p>De zaal wordt gemiddeld voor 61 procent gevuld. Het plan noemt geen doelen en De Kaap weet weinig over haar
bezoekers.</p>
<p><b>Oordeel:</b> voldoende.</p>
<p><b>Aanbeveling:</b> Stel voor elk jaar meetbare doelen voor het publieksbereik op en onderzoek wie de bezoekers
zijn en waar zij vandaan komen.</p>
<h3>2.4 Talentontwikkeling</h3>
<p>De werkplaats biedt elk jaar vier jonge makers een residentie van acht weken, met repetitieruimte en begeleiding.
De makers krijgen daarvoor geen vergoeding.</p>
<p><b>Oordeel:</b> goed.</p>
<p><b>Aanbeveling:</b> Betaal de makers in de residenties een honorarium in plaats van hun alleen ruimte en
begeleiding te bieden.</p>
<h3>2.5 Bedrijfsvoering</h3>
<p>De begroting is sluitend, maar de overheadkosten bedragen 34 procent van de totale lasten, fors meer dan bij
vergelijkbare instellingen. De raad van toezicht bestaat uit drie leden, die alle drie uit de theaterwereld
komen.</p>
<p><b>Oordeel:</b> voldoende.</p>
<p><b>Aanbevelingen:</b> Breng het aandeel van de overheadkosten in de begroting in vier jaar terug van 34 naar ten
hoogste 25 procent. Vul daarnaast de raad van toezicht aan met een lid met ervaring in marketing of
fondsenwerving.</p>
<h3>2.6 Spreiding in de gemeente</h3>
<p>Buiten de eigen zaal speelt De Kaap nauwelijks; de kleine kernen worden niet bereikt.</p>
<p><b>Oordeel:</b> matig.</p>
<p><b>Aanbeveling:</b> Speel de jeugdvoorstelling ook op de basisscholen in de kleine kernen Overdonk en
Lieshoven.</p>
<h2>3 Conclusie</h2>
<div class="concl"><p><b>De commissie beoordeelt de aanvraag als positief.</b> Zij adviseert niet om de aangevraagde
verhoging tot 240.000 euro per jaar volledig toe te kennen, omdat de verhoging vooral de overhead zou
dekken; in haar totaaladvies aan het college weegt zij de aanvraag af tegen die van de andere instellingen.</p></div>
<p>De commissie ontvangt de reactie van De Kaap graag binnen drie weken. Zij kijkt daarbij vooral naar wat De Kaap
van plan is met de overheadkosten en met de betaling van de makers in residentie.</p>
<p>Namens de commissie,<br>drs. Inge Verbruggen-Aldus, voorzitter<br>Koen Smulders, secretaris</p>
</body></html>"""

RESPONSE = """<html><body>
<p class="small">Stichting Theaterwerkplaats De Kaap - Havenkade 14, 5361 HB Marsdonk - www.dekaap.example</p>
<h1>Reactie op het conceptadvies</h1>
<p class="small">Aan de Adviescommissie Cultuursubsidies gemeente Marsdonk - Marsdonk, 27 maart 2026 - uw dossier
CS-2027-011 - hoor en wederhoor</p>
<p>Geachte commissie,</p>
<p>Dank voor het zorgvuldige conceptadvies. Wij herkennen ons in het grootste deel ervan. Niet eens zijn wij het met
het oordeel 'voldoende' voor het publieksbereik: de bezetting van 61 procent geldt alleen voor de grote zaal en niet
voor de schoolvoorstellingen, die steeds uitverkocht zijn. Ook willen wij een cijfer corrigeren: het aantal
scholen in ons educatieprogramma is sinds januari vier en niet drie. Hieronder reageren wij per onderwerp op uw
aanbevelingen.</p>
<h3>Makers en talent</h3>
<p>Wij nemen het advies over om de residenties te betalen, maar niet volledig. Vanaf 2027 krijgen twee van de vier
makers in residentie een honorarium van 3.000 euro; voor de andere twee plekken zoeken wij een fonds. Ook de ruimte
voor kleinere voorstellingen krijgt een plaats: de huisregisseur maakt vanaf het seizoen 2027-2028 elk jaar een
kleine voorstelling in de bovenzaal, met spelers uit de jongerenwerkplaats.</p>
<h3>Publiek</h3>
<p>Ondanks onze bedenking bij het oordeel volgen wij uw aanbeveling hier wel: wij stellen per jaar doelen op voor
het aantal bezoekers en laten vanaf het najaar bij elke voorstelling een korte enquête afnemen.</p>
<h3>Bedrijfsvoering en toezicht</h3>
<p>Uw aanbeveling om de overhead terug te brengen tot een kwart van de lasten kunnen wij niet volgen. Een groot deel
van wat u overhead noemt, is het onderhoud van de loods, die wij van de gemeente huren en zelf moeten onderhouden;
zonder een lagere huur is die post niet kleiner te maken. Van uw aanbeveling over de raad van toezicht hebben wij
kennisgenomen; de raad neemt die mee bij zijn zelfevaluatie, die in het najaar van 2026 op de agenda staat.</p>
<h3>De wijk</h3>
<p>Over de wijkprojecten denken wij anders. Vaste jaarlijkse afspraken met de wijkcentra passen niet bij hoe onze
projecten ontstaan, vanuit de mensen in de buurt; wij houden liever de vrijheid om per jaar met andere partners te
werken, zoals de bibliotheek en de voedselbank.</p>
<p>Wij hopen dat de commissie deze reactie betrekt bij haar definitieve advies, en zijn graag bereid om haar toe te
lichten.</p>
<p>Met vriendelijke groet,<br>Noor el Khatib, artistiek leider - Ruud Lammerts, zakelijk leider</p>
</body></html>"""


if __name__ == "__main__":
    B.story_pdf(ADVICE, CSS, NAME + "_advice.pdf", B.FD)
    B.stamp(NAME + "_advice.pdf", "Adviescommissie Cultuursubsidies Marsdonk - conceptadvies De Kaap - CS-2027-011",
            "pagina {n} van {m}", F["Regular"])
    B.story_pdf(RESPONSE, CSS, NAME + "_response.pdf", B.FD)
    B.stamp(NAME + "_response.pdf", "Theaterwerkplaats De Kaap - reactie conceptadvies - CS-2027-011",
            "pagina {n} van {m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Geef de huisregisseur ruimte om naast de grote zaalproducties ook",
         "maakt vanaf het seizoen 2027-2028 elk jaar een kleine voorstelling", "agrees"),
        ("2", "Leg de samenwerking met de wijkcentra in Marsdonk-Noord vast",
         "Over de wijkprojecten denken wij anders", "disagrees"),
        ("3", "Stel voor elk jaar meetbare doelen voor het publieksbereik op",
         "laten vanaf het najaar bij elke voorstelling een korte enquête afnemen", "agrees"),
        ("4", "Betaal de makers in de residenties een honorarium in plaats",
         "twee van de vier makers in residentie een honorarium", "partly"),
        ("5", "Breng het aandeel van de overheadkosten in de begroting in",
         "zonder een lagere huur is die post niet kleiner te maken", "disagrees"),
        ("6", "Vul daarnaast de raad van toezicht aan met een lid",
         "de raad neemt die mee bij zijn zelfevaluatie", "noted"),
        ("7", "Speel de jeugdvoorstelling ook op de basisscholen in de kleine", None, "unanswered"),
    ], ["Niet eens zijn wij het met het oordeel 'voldoende' voor het publieksbereik",
        "het aantal scholen in ons educatieprogramma is sinds januari vier"],
        "Advice: the CONCEPTADVIES of a municipal advisory commission on culture subsidies on a theatre workshop's "
        "application for a four-year subsidy; per criterion (2.1-2.6) a labelled 'Oordeel:' line and a labelled "
        "'Aanbeveling:' paragraph, section 2.5 with 'Aanbevelingen:' holding two sentences (numbered 1-7 here in "
        "reading order). Traps: the subsidy regulation paraphrased with 'moet', the commission's 2022 advice quoted as "
        "an imperative ('Zoek samenwerking met het voortgezet onderwijs ...', carried out), the bold 'Oordeel:' labels "
        "in the same style, a framed conclusion with 'Zij adviseert niet om de aangevraagde verhoging ... volledig toe "
        "te kennen', a closing line naming the overhead and the paid residencies. Response: the applicant's REACTION "
        "under hoor en wederhoor, BY THEME in another order: the opening disputes the JUDGEMENT on audience reach and "
        "corrects a figure (unmatched), 'Makers en talent' = 4 partly (two of four residencies paid) + 1 agrees "
        "(small productions from 2027-2028), 'Publiek' = 3 agrees (yearly targets and a survey, despite the "
        "objection to the judgement), ONE paragraph 'Bedrijfsvoering en toezicht' = 5 disagrees ('kunnen wij niet "
        "volgen', building maintenance) + 6 noted ('kennisgenomen', the board's self-evaluation), 'De wijk' = 2 "
        "disagrees ('denken wij anders'). 7 (playing in the primary schools of the small villages) is never answered. "
        "The closing answers nothing.")
    print("written", NAME)

"""Round 48 (nl): an (invented) ONDERZOEKSRAPPORT of the HUIS VOOR KLOKKENLUIDERS (afdeling Onderzoek) on a
suspected wrongdoing at a regional omgevingsdienst (risk classes of companies lowered without reasons, the reporter
disadvantaged): cover page, running header from page 2 and 'pagina N van M' (Chromium @page), a Samenvatting with a
box 'Aanbevelingen in het kort' (short forms a-g, trap), numbered research questions, a table of inspection figures,
the audit committee's 2022 recommendation quoted as an imperative (trap), 'had moeten' findings and numbered
conclusions 4.1-4.3 (traps), then recommendations LETTERED a.-g. under two addressee headings (director a-e,
algemeen bestuur f-g). Answered by the director's INTRANET ARTICLE to all staff, printed from a browser (date/title
line, breadcrumb, URL and 'n/m' in the footer), with Q&A-like headings in another order and without letters. Engine:
headless Chromium --print-to-pdf (ligature-free DejaVu copies from the helper). Answer key: README-nl.md.

Run: /tmp/blind48nl/bin/python tests/docs/src/blind48/gen_nl_klokkenluiders_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b48nl as B  # noqa: E402

NAME = "blind48_nl_klokkenluiders"
F = B.nolig_fonts()


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B48", F) + """
html { font-family: B48; font-size: 9.4pt; line-height: 1.5; font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 25mm 22mm 22mm 24mm;
  @top-left { content: "Huis voor Klokkenluiders"; font-family: B48; font-size: 7.5pt; color: #6a1b5c; }
  @top-right { content: "Rapport onderzoek Omgevingsdienst Lingemond"; font-family: B48; font-size: 7.5pt;
               color: #666; }
  @bottom-left { content: "HvK-O-2024-0117"; font-family: B48; font-size: 7.5pt; color: #666; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B48; font-size: 7.5pt; } }
@page :first { margin: 0; @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; } }
p { text-align: justify; }
.cover { height: 290mm; overflow: hidden; background: #6a1b5c; color: white; padding: 40mm 25mm 0 25mm; box-sizing: border-box;
         page-break-after: always; }
.cover .o { font-size: 13pt; font-weight: bold; letter-spacing: 0.5pt; }
.cover h1 { font-size: 28pt; margin: 50mm 0 6mm 0; }
.cover .s { font-size: 13pt; line-height: 1.4; }
.cover .m { margin-top: 60mm; font-size: 9pt; }
h2 { font-size: 13pt; color: #6a1b5c; margin: 6mm 0 2mm 0; }
h3 { font-size: 10pt; color: #6a1b5c; margin: 4mm 0 1.5mm 0; }
.box { background: #f3e9f1; border-left: 3pt solid #6a1b5c; padding: 3mm 5mm; margin: 3mm 0; }
.box ul { margin: 1mm 0 0 0; padding-left: 5mm; }
table.g { font-size: 8.4pt; margin: 2mm 0 3mm 0; width: 100%; }
table.g td, table.g th { border-bottom: 0.5pt solid #b89bb2; padding: 1mm 2mm; text-align: right; }
table.g td:first-child, table.g th:first-child { text-align: left; }
table.g th { color: #6a1b5c; border-bottom: 1pt solid #6a1b5c; }
ol.q { margin: 1mm 0 3mm 0; }
ol.rec { list-style: none; padding-left: 0; }
ol.rec li { display: flex; margin-bottom: 2.5mm; page-break-inside: avoid; }
ol.rec li span.l { width: 8mm; flex: none; font-weight: bold; color: #6a1b5c; }
ol.rec li span.t { text-align: justify; }
.adr { font-weight: bold; margin-top: 3mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 14mm 12mm 14mm 12mm;
  @top-left { content: "07-05-2026 09:14"; font-family: B48; font-size: 7pt; }
  @top-center { content: "Rapport Huis voor Klokkenluiders: wat we ermee doen | Lingenet"; font-family: B48;
                font-size: 7pt; }
  @bottom-left { content: "https://lingenet.odlingemond.nl/nieuws/2026/05/rapport-huis-klokkenluiders";
                 font-family: B48; font-size: 7pt; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: B48; font-size: 7pt; } }
html { font-size: 9.6pt; }
.bar { background: #00736b; color: white; padding: 2.5mm 5mm; font-weight: bold; font-size: 11pt;
       display: flex; justify-content: space-between; }
.bar span.n { font-weight: normal; font-size: 8pt; }
.wrap { display: flex; }
.main { width: 132mm; padding: 4mm 6mm 0 5mm; }
.side { width: 48mm; padding: 4mm 0 0 4mm; font-size: 8pt; color: #333; border-left: 0.5pt solid #ccc; }
.side h4 { font-size: 8.6pt; color: #00736b; margin: 0 0 1mm 0; }
.crumb { font-size: 7.6pt; color: #666; margin-bottom: 3mm; }
h1 { font-size: 17pt; margin: 0 0 1mm 0; color: #222; line-height: 1.2; }
.meta { font-size: 7.8pt; color: #777; margin-bottom: 4mm; }
.lead { font-size: 10.4pt; font-weight: bold; color: #333; }
h2 { font-size: 11.5pt; color: #00736b; margin: 5mm 0 1.5mm 0; }
.tags span { display: inline-block; background: #e5f1f0; padding: 0.5mm 2mm; margin: 0 1mm 1mm 0; font-size: 7.4pt; }
.like { font-size: 7.8pt; color: #777; border-top: 0.5pt solid #ddd; padding-top: 2mm; margin-top: 5mm; }
"""


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", ADV_CSS, "</style></head><body>"]
    h.append("<div class='cover'><div class='o'>Huis voor Klokkenluiders</div><h1>Toezicht onder druk</h1>"
             "<div class='s'>Rapport van het onderzoek naar een vermoeden van een misstand bij de "
             "Omgevingsdienst Lingemond</div><div class='m'>Afdeling Onderzoek<br/>Zaaknummer HvK-O-2024-0117"
             "<br/>Utrecht, 23 april 2026</div></div>")
    h.append("""
<h2>Samenvatting</h2>
<p>In juni 2024 vroeg een toezichthouder van de Omgevingsdienst Lingemond (hierna: de omgevingsdienst) het Huis
voor Klokkenluiders om onderzoek. Volgens de melder werden de risicoklassen van bedrijven met zware
milieuvergunningen verlaagd zonder dat daar een inhoudelijke reden voor was, met als gevolg dat deze bedrijven
minder vaak werden bezocht. Toen hij dit intern aankaartte, zou hij zijn overgeplaatst en buiten het toezicht op
deze bedrijven zijn gehouden.</p>
<p>Het Huis concludeert dat er sprake is van een misstand: in de jaren 2021 tot en met 2024 is de risicoklasse van
31 inrichtingen verlaagd zonder vastgelegde motivering, waardoor het maatschappelijk belang van een goed toezicht
op de veiligheid en het milieu in gevaar is gekomen. Het Huis stelt ook vast dat de melder na zijn melding is
benadeeld. Het Huis doet zeven aanbevelingen.</p>
<div class='box'><b>Aanbevelingen in het kort</b>
<ul><li>a. motiveer elke verlaging van een risicoklasse schriftelijk</li>
<li>b. jaarlijkse externe steekproef</li><li>c. gesprek met de melder en vergoeding van zijn kosten</li>
<li>d. meldregeling ook voor signalen over toezicht en handhaving</li>
<li>e. onafhankelijke vertrouwenscommissie</li><li>f. halfjaarlijkse rapportage aan het algemeen bestuur</li>
<li>g. evaluatie na twee jaar</li></ul></div>

<h2>1 Inleiding</h2>
<h3>1.1 De melding</h3>
<p>De melder werkt sinds 2015 als toezichthouder bij de omgevingsdienst, die namens negen gemeenten en de
provincie de vergunningverlening, het toezicht en de handhaving op het gebied van milieu uitvoert. In de
omgevingsdienst is het toezicht risicogestuurd: elke inrichting krijgt een risicoklasse van 1 (laag) tot 5 (hoog),
en die klasse bepaalt hoe vaak een toezichthouder langskomt. De melder stelde vast dat de klasse van een aantal
grote bedrijven tussen twee inspecties in was verlaagd, terwijl die bedrijven eerder overtredingen hadden begaan.</p>
<h3>1.2 Onderzoeksvragen</h3>
<p>Het Huis heeft de volgende vragen onderzocht:</p>
<ol class='q'><li>Is bij de omgevingsdienst sprake van een misstand, zoals bedoeld in de Wet Huis voor
klokkenluiders?</li><li>Hoe heeft de omgevingsdienst gehandeld nadat de melder zijn vermoeden intern had gemeld?</li>
<li>Is de melder benadeeld als gevolg van zijn melding?</li></ol>
<h3>1.3 Werkwijze</h3>
<p>Het Huis heeft 2.400 documenten bestudeerd, waaronder de risicoregistratie uit het zaaksysteem, en
achttien personen gehoord. De omgevingsdienst en de betrokken leidinggevenden hebben een conceptversie van dit
rapport ontvangen en daarop gereageerd. Hun reacties zijn in dit rapport verwerkt.</p>

<h2>2 Feiten</h2>
<p>De tabel hieronder toont het aantal geplande en uitgevoerde inspecties bij inrichtingen in de klassen 4 en 5,
en het aantal keren dat de klasse van zo'n inrichting werd verlaagd.</p>
<table class='g'><tr><th>Jaar</th><th>Inspecties gepland</th><th>Inspecties uitgevoerd</th>
<th>Klasse verlaagd</th><th>waarvan met motivering</th></tr>
<tr><td>2021</td><td>214</td><td>188</td><td>6</td><td>3</td></tr>
<tr><td>2022</td><td>221</td><td>176</td><td>11</td><td>2</td></tr>
<tr><td>2023</td><td>198</td><td>161</td><td>14</td><td>1</td></tr>
<tr><td>2024</td><td>187</td><td>149</td><td>9</td><td>3</td></tr></table>
<p>In 2022 bracht de auditcommissie van het algemeen bestuur een rapport uit over de kwaliteit van het toezicht.
Daarin stond al de aanbeveling: 'Leg vast wie bevoegd is de risicoklasse van een inrichting te wijzigen.' Het
dagelijks bestuur nam die aanbeveling over, maar een regeling is er niet gekomen.</p>
<p>De melder besprak zijn bevindingen in maart 2023 met zijn teamleider en in mei 2023 met het afdelingshoofd.
In september 2023 werd hij overgeplaatst naar het team Bodem, zonder dat hem daarvoor een reden werd gegeven.</p>

<h2>3 Beoordeling</h2>
<p>Een risicogestuurd toezicht kan alleen werken als de risicoklasse een betrouwbaar beeld geeft. Dat betekent dat
een verlaging moet berusten op nieuwe informatie, en dat die informatie moet zijn vastgelegd. Het Huis is van
oordeel dat de leiding van de omgevingsdienst na het rapport van de auditcommissie had moeten zorgen voor een
regeling. Ook had het afdelingshoofd de melding van de melder moeten behandelen volgens de interne meldregeling;
dat is niet gebeurd, omdat de regeling volgens hem alleen over integriteit van individuele medewerkers ging.</p>
<p>De overplaatsing van de melder had geen andere aanleiding dan zijn melding. Het Huis merkt deze overplaatsing
aan als benadeling in de zin van artikel 17e van de Wet bescherming klokkenluiders.</p>

<h2>4 Conclusies</h2>
<p>4.1 Er is sprake van een misstand: het toezicht op 31 inrichtingen met een hoog risico is verminderd zonder
dat daarvoor een verantwoording bestaat.</p>
<p>4.2 De omgevingsdienst heeft de interne melding niet als melding behandeld en niet onderzocht.</p>
<p>4.3 De melder is benadeeld als gevolg van zijn melding.</p>

<h2>5 Aanbevelingen</h2>
<p>Het Huis doet op grond van zijn bevindingen de volgende aanbevelingen. Het Huis verzoekt de omgevingsdienst
binnen twaalf weken na de publicatie van dit rapport te laten weten wat zij met de aanbevelingen doet.</p>
<p class='adr'>Aan de directeur van de Omgevingsdienst Lingemond</p>
<ol class='rec'>
<li><span class='l'>a.</span><span class='t'>Leg vast dat een toezichthouder de risicoklasse van een inrichting
alleen mag verlagen na een schriftelijk gemotiveerd besluit van het afdelingshoofd, dat in het zaaksysteem wordt
opgeslagen.</span></li>
<li><span class='l'>b.</span><span class='t'>Laat jaarlijks door een externe partij een steekproef nemen uit de
verlaagde risicoklassen en laat de uitkomst rapporteren aan het algemeen bestuur.</span></li>
<li><span class='l'>c.</span><span class='t'>Bied de melder een gesprek aan onder leiding van een onafhankelijke
mediator over het herstel van de arbeidsrelatie, en vergoed de kosten van de juridische bijstand die hij heeft
gemaakt.</span></li>
<li><span class='l'>d.</span><span class='t'>Neem in de interne meldregeling uitdrukkelijk op dat ook vermoedens
over het achterwege laten van toezicht of handhaving onder de regeling vallen.</span></li>
<li><span class='l'>e.</span><span class='t'>Stel een onafhankelijke vertrouwenscommissie in die meldingen
onderzoekt, los van de lijnorganisatie.</span></li></ol>
<p class='adr'>Aan het algemeen bestuur van de Omgevingsdienst Lingemond</p>
<ol class='rec'>
<li><span class='l'>f.</span><span class='t'>Vraag de directeur om halfjaarlijks te rapporteren over het aantal
gewijzigde risicoklassen en de redenen daarvoor.</span></li>
<li><span class='l'>g.</span><span class='t'>Laat over twee jaar onderzoeken of de maatregelen het beoogde
effect hebben gehad, en maak de uitkomst van dat onderzoek openbaar.</span></li></ol>
<p>Het Huis voor Klokkenluiders,<br/>namens deze,<br/><br/>mr. drs. E.A. (Esther) van Lier<br/>voorzitter van de
afdeling Onderzoek</p>
</body></html>""")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>", RES_CSS, "</style></head><body>"]
    h.append("""
<div class='bar'>Lingenet <span class='n'>Nieuws | Organisatie | Werkplek | Wie is wie</span></div>
<div class='wrap'><div class='main'>
<div class='crumb'>Home &gt; Nieuws &gt; Organisatie</div>
<h1>Rapport Huis voor Klokkenluiders: wat we ermee doen</h1>
<div class='meta'>Gepubliceerd op 7 mei 2026 door Directie | 4 minuten lezen</div>
<p class='lead'>Collega's, op 23 april publiceerde het Huis voor Klokkenluiders zijn rapport over onze organisatie.
Het rapport is hard, en ik vind dat terecht. In dit bericht lees je wat we met de aanbevelingen doen.</p>
<p>Veel van jullie hebben het rapport gelezen of erover gehoord. Het Huis concludeert dat bij 31 bedrijven de
risicoklasse is verlaagd zonder dat we konden uitleggen waarom, en dat een collega die daar terecht aandacht voor
vroeg, is benadeeld. Daar zijn we als organisatie tekortgeschoten. Ik heb daarvoor namens de directie excuses
aangeboden, aan hem en aan het algemeen bestuur.</p>

<h2>Onze meldregeling wordt duidelijker</h2>
<p>Het Huis stelt vast dat de melding niet als melding is behandeld, omdat men dacht dat de regeling alleen over
integriteit ging. Dat mag niet meer gebeuren. Vanaf 1 juli staat in de interne meldregeling met zoveel woorden dat
ook signalen over toezicht of handhaving die niet wordt uitgevoerd, onder de regeling vallen. Een aparte
vertrouwenscommissie stellen we niet in. Voor een organisatie van 240 mensen vind ik dat niet passend: meldingen
blijven bij onze integriteitscoördinator, die rechtstreeks aan mij rapporteert en daarin onafhankelijk is.</p>

<h2>Risicoklassen alleen nog omlaag met een besluit</h2>
<p>Per 1 juni mag een risicoklasse alleen nog omlaag na een gemotiveerd besluit van het afdelingshoofd, dat in
Squit wordt vastgelegd. De werkinstructie WI-T-07 is daarop aangepast en staat in het kwaliteitshandboek. De 31
inrichtingen uit het rapport zijn inmiddels allemaal opnieuw beoordeeld; bij 19 is de oude klasse hersteld.</p>

<h2>Controle van buitenaf: ja, maar anders</h2>
<p>Het Huis vraagt om een jaarlijkse externe steekproef. We kiezen voor een tussenvorm. Onze eigen auditor, die
buiten de afdeling Toezicht staat, neemt elk jaar een steekproef uit de gewijzigde klassen. Eens in de drie jaar
doet een extern bureau dat. De uitkomsten gaan naar het algemeen bestuur.</p>

<h2>De collega die de melding deed</h2>
<p>Het Huis vraagt ons om hem een gesprek met een mediator aan te bieden en zijn kosten voor juridische bijstand te
vergoeden. Allebei is gebeurd: het eerste gesprek onder leiding van een externe mediator was op 30 april en de
kosten zijn vergoed. Over de inhoud van de gesprekken doen we geen mededelingen; dat hebben we zo met hem
afgesproken.</p>

<h2>En het algemeen bestuur?</h2>
<p>Twee aanbevelingen zijn aan het algemeen bestuur gericht. Of ik voortaan elk halfjaar rapporteer over
gewijzigde risicoklassen, beslist het bestuur; het algemeen bestuur bespreekt het rapport op 2 juli in een openbare
vergadering.</p>

<h2>Waar kun je terecht?</h2>
<p>Heb je zelf een vermoeden van een misstand, of wil je eerst vertrouwelijk overleggen? Dan kun je terecht bij
onze vertrouwenspersonen Karin Hoekstra en Youssef El Amrani, of bij de afdeling Advies van het Huis voor
Klokkenluiders. Je kunt ook altijd bij mij binnenlopen.</p>
<p>Mariëlle Verbeek<br/>directeur Omgevingsdienst Lingemond</p>
<div class='tags'><span>Organisatie</span><span>Integriteit</span><span>Toezicht</span></div>
<div class='like'>42 collega's vinden dit nuttig | 6 reacties (reageren is bij dit bericht uitgeschakeld)</div>
</div>
<div class='side'><h4>Downloads</h4><p>Rapport Huis voor Klokkenluiders (pdf, 1,2 MB)</p><p>Interne meldregeling,
versie 1 juli 2026 (pdf)</p><h4>Meer nieuws</h4><p>Nieuwe collega's team Bodem</p><p>Zomerrooster
servicedesk</p><p>Terugblik vakdag Externe Veiligheid</p><h4>Contact</h4><p>Integriteitscoördinator:<br/>
integriteit@odlingemond.nl</p></div></div>
</body></html>""")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    recs = [
        ("a", "Leg vast dat een toezichthouder de risicoklasse van een inrichting",
         "mag een risicoklasse alleen nog omlaag na een gemotiveerd besluit", "agrees"),
        ("b", "Laat jaarlijks door een externe partij een steekproef nemen",
         "We kiezen voor een tussenvorm", "partly"),
        ("c", "Bied de melder een gesprek aan onder leiding van een onafhankelijke mediator",
         "Allebei is gebeurd: het eerste gesprek onder leiding van", "agrees"),
        ("d", "Neem in de interne meldregeling uitdrukkelijk op dat ook vermoedens",
         "staat in de interne meldregeling met zoveel woorden dat", "agrees"),
        ("e", "Stel een onafhankelijke vertrouwenscommissie in die meldingen onderzoekt",
         "Een aparte vertrouwenscommissie stellen we niet in", "disagrees"),
        ("f", "Vraag de directeur om halfjaarlijks te rapporteren over het aantal",
         "Of ik voortaan elk halfjaar rapporteer over gewijzigde risicoklassen", "noted"),
        ("g", "Laat over twee jaar onderzoeken of de maatregelen het beoogde", None, "unanswered"),
    ]
    unmatched = ["Dan kun je terecht bij onze vertrouwenspersonen Karin Hoekstra",
                 "Ik heb daarvoor namens de directie excuses aangeboden"]
    notes = ("Huis voor Klokkenluiders report HvK-O-2024-0117 on the Omgevingsdienst Lingemond: cover, running header, "
             "'pagina N van M'; Samenvatting with a box 'Aanbevelingen in het kort' (a-g short, trap), research "
             "questions 1-3, an inspection table, the 2022 audit committee's imperative quoted (trap), 'moet'/'had "
             "moeten' findings, conclusions 4.1-4.3 (traps). Recommendations lettered a.-g. (a-e to the director, f-g "
             "to the algemeen bestuur). Reply: the director's INTRANET ARTICLE printed from a browser, headings "
             "without letters in the order d+e, a, b, c, f. ONE section 'Onze meldregeling wordt duidelijker': "
             "signals on toezicht/handhaving added to the meldregeling from 1 July (d agrees), 'Een aparte "
             "vertrouwenscommissie stellen we niet in' (e disagrees); risk classes only lowered after a reasoned "
             "decision, work instruction amended (a agrees); 'Controle van buitenaf: ja, maar anders' own auditor "
             "yearly, external bureau once in three years (b partly); mediator talk held and legal costs paid (c "
             "agrees); half-yearly reporting is for the AB to decide, AB meets on 2 July (f noted); g (evaluation "
             "after two years) unanswered. Unmatched: the opening apology paragraph and 'Waar kun je terecht?'.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

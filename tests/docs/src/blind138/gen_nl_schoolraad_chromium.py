"""Round 138 (nl, Flemish): the ADVIES of the (invented) SCHOOLRAAD of a secondary school on the ontwerp-
SCHOOLREGLEMENT 2027-2028; its seven recommendations are the rows of a TABLE 'Nr. | Artikel | Voorstel van de
schoolraad', after a table of what pupils and parents said in a survey keyed to the same articles (trap); answered by
the school board's DECISION letter that refers BY ARTICLE ('Artikel 18 - toetsen.'), in another order, one paragraph
answering two with different verdicts.

Advice (Chromium --print-to-pdf, sans, moss-green headings and table heads, stamped head from p. 2, 'blz. n/m'): the
participation decree paraphrased with 'moet' (trap), the survey table keyed to articles (trap), last year's advice
quoted as an imperative (carried out, trap), 'De schoolraad adviseert niet om' (trap), a closing line naming 'de
voorstellen bij de artikelen 12 en 18' (trap). Response (Chromium, stamped): art. 15 agrees, art. 18 partly, art. 7
agrees + art. 12 disagrees (one paragraph), art. 26 disagrees, art. 21 noted; art. 30 unanswered; introduction,
'Verdere procedure' and closing answer nothing. All bodies, places, people, figures and reference numbers invented;
decrees named as context only.

Run: /tmp/blind138nl/bin/python tests/docs/src/blind138/gen_nl_schoolraad_chromium.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b138nl as B  # noqa: E402

NAME = "blind138_nl_schoolraad"
F = B.tmp_fonts()
SANS = "B138NL Sans"
INK = "#4b6a1f"

CSS = f"""<style>
@page {{ size: A4; margin: 2.0cm 2.1cm 1.9cm 2.1cm; }}
body {{ font-family: '{SANS}'; font-size: 9.5pt; line-height: 1.42; color: #111; }}
p {{ margin: 0 0 0.2cm 0; text-align: justify; }}
h1 {{ font-size: 15pt; color: {INK}; margin: 0.1cm 0 0.15cm 0; }}
h2 {{ font-size: 11pt; color: {INK}; margin: 0.36cm 0 0.12cm 0; break-after: avoid; }}
.small {{ font-size: 8.1pt; color: #555; text-align: left; }}
.quote {{ margin: 0.08cm 0.9cm 0.2cm 0.9cm; font-style: italic; color: #444; }}
.top {{ border-top: 4pt solid {INK}; padding-top: 0.12cm; }}
table {{ border-collapse: collapse; width: 100%; margin: 0.1cm 0 0.3cm 0; font-size: 8.9pt; }}
th {{ background: {INK}; color: #fff; text-align: left; padding: 0.09cm 0.14cm; }}
td {{ border: 0.6pt solid #b9c6a4; padding: 0.09cm 0.14cm; vertical-align: top; text-align: left; }}
tr:nth-child(even) td {{ background: #f3f6ec; }}
td.n {{ width: 0.9cm; font-weight: bold; }}
td.a {{ width: 3.6cm; }}
tr {{ break-inside: avoid; }}
</style>"""

ADVICE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Advies schoolraad</title>{CSS}
</head><body><div class="top"></div>
<p class="small">Schoolraad Atheneum Ravelbeke - Kapelstraat 22, 9870 Ravelbeke - secretariaat: schoolraad@atheneumravelbeke.be</p>
<h1>Advies over het ontwerp van schoolreglement 2027-2028</h1>
<p class="small">Aan het schoolbestuur van Scholengroep Durmevallei, t.a.v. de algemeen directeur, mevrouw K. Van
Hecke - ons kenmerk SR-ARB/2027/03 - Ravelbeke, 22 april 2027 - goedgekeurd met eenparigheid op 20 april 2027</p>
<h2>1. Adviesvraag</h2>
<p>Op 6 maart 2027 vroeg het schoolbestuur de schoolraad om advies over het ontwerp van schoolreglement voor het
schooljaar 2027-2028. Volgens het decreet betreffende de participatie op school moet het schoolbestuur de
schoolraad raadplegen over het schoolreglement, en moet het een afwijkende beslissing schriftelijk motiveren. De
schoolraad bestaat uit drie ouders, drie personeelsleden, drie leerlingen en twee leden uit de lokale
gemeenschap.</p>
<h2>2. Wat leerlingen en ouders ons zeiden</h2>
<p>De leerlingenraad bevroeg in maart alle leerlingen van de tweede en derde graad (412 antwoorden); de
oudervereniging hield een avond met 37 ouders. De belangrijkste reacties, per artikel van het ontwerp:</p>
<table><tr><th>Artikel</th><th>Wat we hoorden</th></tr>
<tr><td class="a">art. 7 Afwezigheden</td><td>Ouders vinden het lastig om vóór 8.30 uur te bellen; de lijn is vaak bezet.</td></tr>
<tr><td class="a">art. 12 Gsm-gebruik</td><td>Zes op de tien leerlingen van de derde graad vinden het volledige verbod op de speelplaats betuttelend.</td></tr>
<tr><td class="a">art. 18 Toetsen</td><td>Leerlingen hebben soms drie of vier toetsen op één dag, vaak pas een paar dagen vooraf aangekondigd.</td></tr>
<tr><td class="a">art. 26 Schoolkosten</td><td>Voor gezinnen met meer kinderen op school komt de factuur voor uitstappen te plots.</td></tr>
</table>
<p>In ons advies over het schoolreglement 2026-2027 schreven wij:</p>
<p class="quote">'Neem in het schoolreglement een duidelijke regeling op voor het gebruik van laptops in de klas.'</p>
<p>Die regeling staat sinds dit schooljaar in artikel 13 en werkt goed; wij komen er niet op terug. De schoolraad
adviseert niet om de lesuren op woensdagnamiddag uit te breiden, zoals een aantal personeelsleden voorstelde: de
woensdagnamiddag is voor veel leerlingen de enige vrije tijd voor sport en jeugdbeweging.</p>
<h2>3. Advies</h2>
<p>De schoolraad geeft een gunstig advies over het ontwerp, onder voorbehoud van de volgende voorstellen:</p>
<table><tr><th>Nr.</th><th>Artikel</th><th>Voorstel van de schoolraad</th></tr>
<tr><td class="n">1</td><td class="a">art. 7 Afwezigheden</td><td>Laat ouders een afwezigheid wegens ziekte ook via de
schoolapp melden, naast de telefonische melding vóór 8.30 uur.</td></tr>
<tr><td class="n">2</td><td class="a">art. 12 Gsm-gebruik</td><td>Schrap het volledige gsm-verbod op de speelplaats
voor de derde graad en laat de leerlingenraad samen met de directie afspraken maken.</td></tr>
<tr><td class="n">3</td><td class="a">art. 15 Kledij</td><td>Vervang de lange lijst van verboden kledingstukken door
een algemene regel over veilige en verzorgde kledij.</td></tr>
<tr><td class="n">4</td><td class="a">art. 18 Toetsen</td><td>Beperk het aantal toetsen tot twee per dag en kondig
elke toets ten minste vijf schooldagen vooraf aan in Smartschool.</td></tr>
<tr><td class="n">5</td><td class="a">art. 21 Orde- en tuchtmaatregelen</td><td>Geef een leerling bij een tijdelijke
uitsluiting altijd het recht om gehoord te worden in aanwezigheid van een vertrouwensleerkracht naar keuze.</td></tr>
<tr><td class="n">6</td><td class="a">art. 26 Schoolkosten</td><td>Spreid de betaling van de meerdaagse uitstappen
over drie termijnen en maak het bedrag per graad bekend vóór de inschrijving.</td></tr>
<tr><td class="n">7</td><td class="a">art. 30 Beeldmateriaal</td><td>Vraag elk schooljaar opnieuw toestemming aan
ouders en leerlingen voordat foto's van leerlingen op de openbare sociale media van de school komen.</td></tr>
</table>
<h2>4. Tot slot</h2>
<p>Wij vragen bijzondere aandacht voor de voorstellen bij de artikelen 12 en 18, omdat die het dagelijkse leven van
de leerlingen het meest raken. De schoolraad licht zijn advies graag toe.</p>
<p>Voor de schoolraad,<br>Wim De Caluwé, voorzitter<br>Ines Vermeulen, secretaris</p>
</body></html>"""

RESPONSE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Beslissing schoolbestuur</title>{CSS}
</head><body><div class="top"></div>
<p class="small">Scholengroep Durmevallei - Algemene directie - Stationsplein 4, 9870 Ravelbeke</p>
<h1>Beslissing van het schoolbestuur over het advies van de schoolraad</h1>
<p class="small">Aan de schoolraad van Atheneum Ravelbeke, t.a.v. de heer W. De Caluwé, voorzitter - ons kenmerk
SGD/AD/2027-0219 - uw kenmerk SR-ARB/2027/03 - Ravelbeke, 24 mei 2027</p>
<p>Geachte voorzitter,</p>
<p>Het schoolbestuur dankt de schoolraad voor het grondige advies en voor de bevraging bij leerlingen en ouders. De
raad van bestuur besprak het advies op 19 mei 2027 samen met de directeur van het atheneum. Hieronder leest u wat
wij per artikel beslisten.</p>
<p><b>Artikel 15 - kledij.</b> Akkoord. De opsomming verdwijnt; het reglement vraagt voortaan enkel kledij die
veilig en verzorgd is en die past bij de les, met aparte afspraken voor de praktijklessen.</p>
<p><b>Artikel 18 - toetsen.</b> Vanaf 1 september 2027 geldt een maximum van twee toetsen per dag. Een aankondiging
vijf schooldagen vooraf is voor korte overhoringen niet werkbaar; wij houden het op drie schooldagen, in
Smartschool.</p>
<p><b>Artikel 7 - afwezigheden, en artikel 12 - gsm.</b> Ouders kunnen een ziekte vanaf het nieuwe schooljaar
ook melden via de schoolapp; de telefonische melding blijft mogelijk. Het gsm-verbod op de speelplaats blijft
daarentegen ongewijzigd voor alle graden: de ervaringen sinds de invoering zijn goed, en de leerkrachten zien
meer contact tussen de leerlingen tijdens de pauzes.</p>
<p><b>Artikel 26 - schoolkosten.</b> Het voorstel om in drie termijnen te betalen nemen wij niet over. Het
bedrag van de meerdaagse uitstappen blijft, zoals nu, bekend bij het begin van het schooljaar; wie het moeilijk
heeft, kan terecht bij de leerlingenbegeleiding.</p>
<p><b>Artikel 21 - tuchtmaatregelen.</b> Wij hebben uw voorstel genoteerd. De scholengroep werkt in het najaar
een gemeenschappelijke tuchtprocedure uit voor al haar scholen en neemt het voorstel van de schoolraad daarbij als
werkdocument mee.</p>
<p><b>Verdere procedure.</b> Het schoolreglement 2027-2028 wordt op 14 juni 2027 vastgesteld en vóór 1 juli op de
website en in Smartschool gepubliceerd.</p>
<p>Wij hopen op een even vruchtbare samenwerking in het volgende schooljaar.</p>
<p>Met vriendelijke groeten,<br>voor het schoolbestuur,<br>Katrien Van Hecke, algemeen directeur<br>Jan
Verstraete, voorzitter raad van bestuur</p>
</body></html>"""

if __name__ == "__main__":
    B.chromium_pdf(ADVICE, NAME + "_advice.pdf")
    B.stamp(NAME + "_advice.pdf", "Schoolraad Atheneum Ravelbeke - advies schoolreglement 2027-2028 - "
            "SR-ARB/2027/03", "blz. {n}/{m}", F["Regular"])
    B.chromium_pdf(RESPONSE, NAME + "_response.pdf")
    B.stamp(NAME + "_response.pdf", "Scholengroep Durmevallei - beslissing schoolbestuur - SGD/AD/2027-0219",
            "blz. {n}/{m}", F["Regular"])
    B.write_expected(NAME, [
        ("1", "Laat ouders een afwezigheid wegens ziekte ook via de schoolapp",
         "ook melden via de schoolapp; de telefonische melding blijft mogelijk", "agrees"),
        ("2", "Schrap het volledige gsm-verbod op de speelplaats voor de derde",
         "blijft daarentegen ongewijzigd voor alle graden", "disagrees"),
        ("3", "Vervang de lange lijst van verboden kledingstukken door een algemene",
         "Akkoord. De opsomming verdwijnt; het reglement vraagt voortaan", "agrees"),
        ("4", "Beperk het aantal toetsen tot twee per dag en kondig",
         "wij houden het op drie schooldagen", "partly"),
        ("5", "Geef een leerling bij een tijdelijke uitsluiting altijd het recht",
         "Wij hebben uw voorstel genoteerd", "noted"),
        ("6", "Spreid de betaling van de meerdaagse uitstappen over drie termijnen",
         "in drie termijnen te betalen nemen wij niet over", "disagrees"),
        ("7", "Vraag elk schooljaar opnieuw toestemming aan ouders en leerlingen voordat", None, "unanswered"),
    ], ["dankt de schoolraad voor het grondige advies",
        "wordt op 14 juni 2027 vastgesteld",
        "Wij hopen op een even vruchtbare samenwerking"],
        "Advice (Flemish): a secondary school's school council (schoolraad) advises the school board on the draft "
        "school rules 2027-2028; the seven recommendations are the rows of a TABLE 'Nr. | Artikel | Voorstel van de "
        "schoolraad' (imperatives), each tied to an article of the draft (art. 7, 12, 15, 18, 21, 26, 30). Traps: "
        "an earlier table 'Artikel | Wat we hoorden' with survey results keyed to four of the same articles, the "
        "participation decree paraphrased with 'moet', last year's advice quoted as an imperative (carried out), "
        "'De schoolraad adviseert niet om de lesuren op woensdagnamiddag uit te breiden', a general favourable "
        "advice sentence before the table, a closing line naming 'de voorstellen bij de artikelen 12 en 18'. "
        "Response: the school board's decision letter BY ARTICLE (bold inline labels 'Artikel 15 - kledij.'), so "
        "linking needs the article column, in another order: art. 15 = 3 agrees ('Akkoord'), art. 18 = 4 partly "
        "(two tests a day, three days' notice instead of five), 'Artikel 7 ... en artikel 12' ONE paragraph = 1 "
        "agrees (app) + 2 disagrees (phone ban stays), art. 26 = 6 disagrees, art. 21 = 5 noted ('genoteerd', taken "
        "into a group-wide procedure). 7 (art. 30, photo consent) is never answered. Introduction, 'Verdere "
        "procedure.' and closing answer nothing.")
    print("written", NAME)

"""Round 64 (nl): the EINDRAPPORT of an INTERDEPARTEMENTAAL BELEIDSONDERZOEK (IBO) 'Thuiszitters' (a Dutch
interdepartmental policy review by a working group under the Inspectie der Rijksfinancien), answered by the
KABINETSREACTIE: a Kamerbrief of the minister with an enclosure 'Bijlage 1 - Reactie op de aanbevelingen' in a table.

Advice: Rijksoverheid report form, 2 p.: title block (single column), then a TWO-COLUMN body: 'Voorwoord van de
voorzitter', 1 Taakopdracht (the taakopdracht quoted: 'De werkgroep moet ...'), 2 Probleemanalyse (Leerplichtwet
duties with 'moet', a ruled table of figures, the 2019 evaluation's recommendation quoted as an imperative and
reported as carried out), 3-5 chapters each ending in a shaded KADER 'Aanbevelingen' holding numbered items that
run on across the kaders (1-2, 3-5, 6-7) in different forms ('De werkgroep beveelt aan', imperatives, 'Het verdient
aanbeveling', 'De werkgroep adviseert het kabinet'), a beleidsvarianten table (variants with budget effects, 'moet'),
6 Tot slot.
Response: Kamerbrief (Rijksoverheid letterhead, Datum / Betreft, 'Kenmerk' in the side column), letter body with
its own headings (Aanleiding, Hoofdlijnen, Financien, Vervolg), then Bijlage 1 as a ruled table Nr. / Aanbeveling
werkgroep / Reactie kabinet, rows in the order 4, 1 en 3, 6, 2; 5 answered only in the letter's 'Financien'
paragraph; 7 unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, CSS columns and @page boxes).

Run: /tmp/blind64nl/bin/python tests/docs/src/blind64/gen_nl_ibo_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b64nl as B  # noqa: E402

NAME = "blind64_nl_ibo"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B64NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S64", SANS) + fonts("R64", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.2mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 12mm 18mm 20mm 18mm;
  @bottom-left { content: "IBO Thuiszitters  |  Eindrapport"; font-family: S64; font-size: 7pt; color: #555; }
  @bottom-right { content: counter(page); font-family: S64; font-size: 7.4pt; color: #555; } }
html { font-family: S64; font-size: 8.6pt; line-height: 1.45; color: #1a1a1a; }
.logo { text-align: center; margin: 0 0 6mm 0; }
.logo .lint { display: inline-block; width: 9mm; height: 15mm; background: #154273; vertical-align: top; }
.logo .w { display: inline-block; text-align: left; margin-left: 2mm; font-size: 8pt; line-height: 1.25;
           padding-top: 4mm; }
.kind { font-size: 8pt; color: #154273; letter-spacing: 0.5pt; text-transform: uppercase; }
h1 { font-size: 19pt; color: #154273; margin: 1mm 0 1mm 0; }
.subt { font-size: 10pt; color: #444; margin-bottom: 2mm; }
.meta { font-size: 7.6pt; color: #555; border-top: 0.6pt solid #154273; border-bottom: 0.6pt solid #154273;
        padding: 1.4mm 0; margin-bottom: 5mm; }
.cols { column-count: 2; column-gap: 7mm; text-align: left; }
h2 { font-size: 10.4pt; color: #154273; margin: 3.6mm 0 1.6mm 0; break-after: avoid; text-align: left; }
.q { margin: 0 0 2.2mm 4mm; padding-left: 2.4mm; border-left: 1.4pt solid #a9bdd6; font-style: italic; }
.kader { background: #e8eef6; border-top: 2.2pt solid #154273; padding: 2mm 3mm 0.6mm 3mm; margin: 2.6mm 0 3mm 0;
         break-inside: avoid; text-align: left; }
.kader .t { font-weight: bold; color: #154273; margin-bottom: 1.2mm; font-size: 8.4pt; }
.kader ol { margin: 0 0 1.4mm 0; padding-left: 5mm; }
.kader li { margin-bottom: 1.4mm; }
table.d { break-inside: avoid; width: 100%; font-size: 7.4pt; margin: 1mm 0 1mm 0; text-align: left; }
table.d th { background: #154273; color: #fff; padding: 0.9mm 1.2mm; text-align: left; }
table.d td { border-bottom: 0.3pt solid #b8c7da; padding: 0.8mm 1.2mm; vertical-align: top; }
table.d .r { text-align: right; }
.cap { font-size: 7pt; color: #555; margin-bottom: 2.6mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 12mm 20mm 20mm 24mm;
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-family: S64; font-size: 7pt;
                  color: #555; } }
html { font-family: S64; font-size: 9pt; line-height: 1.5; color: #1a1a1a; }
.logo { text-align: center; margin: 0 0 8mm 0; }
.logo .lint { display: inline-block; width: 9mm; height: 15mm; background: #154273; vertical-align: top; }
.logo .w { display: inline-block; text-align: left; margin-left: 2mm; font-size: 8pt; line-height: 1.25;
           padding-top: 4mm; }
.wrap { display: flex; }
.main { width: 128mm; }
.side { width: 36mm; margin-left: 8mm; font-size: 6.8pt; line-height: 1.35; color: #333; }
.side b { display: block; margin-top: 2.4mm; }
.addr { margin: 0 0 10mm 0; line-height: 1.35; }
.ref td { padding: 0.2mm 0; font-size: 8.2pt; }
.ref td.k { width: 20mm; color: #555; }
h3 { font-size: 9pt; margin: 3.4mm 0 1mm 0; break-after: avoid; }
.sig { margin-top: 6mm; }
h2 { font-size: 10.6pt; color: #154273; margin: 0 0 2mm 0; }
table.b { width: 100%; font-size: 7.8pt; line-height: 1.4; }
table.b th { background: #154273; color: #fff; text-align: left; padding: 1mm 1.6mm; }
table.b td { border-bottom: 0.4pt solid #9fb3cc; padding: 1.2mm 1.6mm; vertical-align: top; }
table.b td.n { width: 12mm; font-weight: bold; white-space: nowrap; }
table.b td.a { width: 48mm; color: #333; }
.pb { break-before: page; }
"""

LOGO = ("<div class='logo'><span class='lint'></span><span class='w'>Rijksoverheid</span></div>")


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def kader(start, items):
    lis = "".join(f"<li>{t}</li>" for t in items)
    return (f"<div class='kader'><div class='t'>Aanbevelingen</div><ol start='{start}'>{lis}</ol></div>")


def advice():
    b = [LOGO,
         "<div class='kind'>Interdepartementaal beleidsonderzoek</div>",
         "<h1>Thuiszitters</h1>",
         "<div class='subt'>Elk kind naar school: naar een sluitende aanpak van langdurig verzuim</div>",
         "<div class='meta'>Eindrapport van de werkgroep IBO Thuiszitters  |  Den Haag, maart 2026  |  Ronde "
         "2025 van de interdepartementale beleidsonderzoeken  |  Secretariaat: Inspectie der Rijksfinanciën "
         "en ministerie van OCW</div>",
         "<div class='cols'>",
         "<h2>Voorwoord van de voorzitter</h2>",
         "<p>Ieder jaar staan duizenden kinderen en jongeren langer dan vier weken buiten de school, zonder dat "
         "iemand een passend aanbod voor hen heeft. Achter elk van die cijfers zit een gezin dat vastloopt tussen "
         "school, samenwerkingsverband, jeugdhulp en leerplicht. De werkgroep heeft gezocht naar wat beter kan "
         "binnen het bestaande budget en wat extra middelen vraagt. Ik dank alle leden en de deskundigen die wij "
         "mochten spreken.</p>",
         "<p>Drs. H.J. Verkade, voorzitter</p>",
         "<h2>1. Taakopdracht en werkwijze</h2>",
         "<p>De ministerraad stelde op 12 april 2025 de taakopdracht vast. Daarin staat:</p>",
         "<p class='q'>'De werkgroep moet in kaart brengen waarom leerplichtige kinderen langdurig thuiszitten, "
         "welke knelpunten in wet- en regelgeving en financiering daarbij een rol spelen, en beleidsvarianten "
         "uitwerken, waaronder ten minste één budgetneutrale variant.'</p>",
         "<p>De werkgroep bestond uit vertegenwoordigers van OCW, VWS, JenV, BZK en Financiën, aangevuld met "
         "twee externe leden. Zij sprak met 46 ouders, leerplichtambtenaren, scholen en samenwerkingsverbanden en "
         "analyseerde gegevens van DUO en van het Verzuimregister. Zoals bij elk IBO geldt dat de werkgroep "
         "ambtelijk en zonder politieke voorkeur rapporteert; het kabinet neemt een standpunt in.</p>",
         "<h2>2. Probleemanalyse</h2>",
         "<p>De Leerplichtwet 1969 is helder over de plichten: de school moet ongeoorloofd verzuim van 16 uur in "
         "vier weken melden bij de leerplichtambtenaar, en de leerplichtambtenaar moet daarop in actie komen. Toch "
         "ontbreekt een eenduidige definitie van een thuiszitter, zodat scholen, gemeenten en het ministerie "
         "verschillende aantallen hanteren.</p>",
         "<table class='d'><tr><th>Schooljaar</th><th class='r'>Thuiszitters &gt; 4 weken</th>"
         "<th class='r'>Vrijstellingen art. 5a</th><th class='r'>Binnen 3 mnd terug</th></tr>"
         "<tr><td>2021/22</td><td class='r'>5.218</td><td class='r'>6.947</td><td class='r'>41%</td></tr>"
         "<tr><td>2022/23</td><td class='r'>5.604</td><td class='r'>7.310</td><td class='r'>38%</td></tr>"
         "<tr><td>2023/24</td><td class='r'>5.931</td><td class='r'>7.742</td><td class='r'>36%</td></tr>"
         "<tr><td>2024/25</td><td class='r'>6.117</td><td class='r'>8.085</td><td class='r'>35%</td></tr></table>",
         "<div class='cap'>Tabel 1. Thuiszitters en vrijstellingen (bron: DUO, Verzuimregister; bewerking "
         "werkgroep)</div>",
         "<p>De evaluatie van passend onderwijs uit 2019 deed al een aanbeveling op dit terrein:</p>",
         "<p class='q'>'Breng het aantal thuiszitters per samenwerkingsverband tweemaal per jaar in beeld.'</p>",
         "<p>Die aanbeveling is uitgevoerd: samenwerkingsverbanden leveren sinds 2021 een halfjaarlijkse opgave "
         "aan. Ouders vertelden de werkgroep dat de school 'eigenlijk eerder had moeten bellen'. Scholen geven "
         "aan dat zij bij complexe zorgvragen geen aanbod kunnen doen zonder jeugdhulp.</p>",
         "<h2>3. Zicht op verzuim</h2>",
         "<p>Wie niet weet hoeveel kinderen thuiszitten, kan niet sturen. Het Verzuimregister bevat alleen "
         "meldingen van scholen, niet de afspraken van samenwerkingsverbanden en gemeenten. Bovendien komt "
         "de melding pas na 16 uur verzuim, terwijl de kans op terugkeer daarna snel afneemt.</p>",
         kader(1, ["De werkgroep beveelt aan om in de Leerplichtwet 1969 één landelijke definitie van "
                   "thuiszitter op te nemen, die alle partijen gebruiken.",
                   "Zorg voor één landelijk verzuimregister waarin scholen, leerplichtambtenaren en "
                   "samenwerkingsverbanden dezelfde gegevens over een leerling zien."]),
         "<h2>4. Sneller handelen</h2>",
         "<p>Tussen de eerste melding en een passend aanbod liggen in de onderzochte dossiers gemiddeld 19 weken. "
         "Geen enkele partij heeft het laatste woord: het samenwerkingsverband wijst naar de gemeente, de gemeente "
         "naar de jeugdhulpaanbieder. Een school zou volgens veel ouders een vaste contactpersoon moeten hebben; "
         "dat is bij de helft van de scholen al zo.</p>",
         kader(3, ["Het verdient aanbeveling de meldplicht bij ongeoorloofd verzuim te verlagen van 16 naar "
                   "10 uur in vier weken.",
                   "Geef samenwerkingsverbanden doorzettingsmacht, zodat zij binnen zes weken een "
                   "onderwijs-zorgarrangement kunnen afdwingen.",
                   "De werkgroep adviseert het kabinet om de tijdelijke middelen voor "
                   "onderwijs-zorgarrangementen vanaf 2027 structureel te maken."]),
         "<h2>5. Vrijstellingen en toezicht</h2>",
         "<p>Een vrijstelling op grond van artikel 5, onder a, van de Leerplichtwet geldt vaak voor onbepaalde "
         "tijd. In 2024/25 werd bij minder dan een op de tien vrijstellingen na twee jaar opnieuw gekeken of het "
         "kind toch (deels) onderwijs kan volgen. De Inspectie van het Onderwijs houdt toezicht op scholen en "
         "samenwerkingsverbanden, maar rapporteert niet afzonderlijk over thuiszitters.</p>",
         kader(6, ["Laat de Inspectie van het Onderwijs jaarlijks rapporteren over het aantal thuiszitters "
                   "per samenwerkingsverband.",
                   "De werkgroep beveelt aan iedere vrijstelling na twee jaar opnieuw te laten beoordelen door "
                   "een onafhankelijke arts."]),
         "<h2>6. Beleidsvarianten</h2>",
         "<p>De taakopdracht vraagt om varianten met hun budgettaire gevolgen. In elke variant moet de "
         "onderwijsinstelling het eerste aanspreekpunt blijven.</p>",
         "<table class='d'><tr><th>Variant</th><th>Kern</th><th class='r'>Effect (mln)</th></tr>"
         "<tr><td>A</td><td>Budgetneutraal: betere gegevens, kortere meldtermijn</td><td class='r'>0</td></tr>"
         "<tr><td>B</td><td>A plus structurele arrangementen</td><td class='r'>+45</td></tr>"
         "<tr><td>C</td><td>B plus landelijk dekkend aanbod dagbesteding-onderwijs</td>"
         "<td class='r'>+112</td></tr></table>",
         "<div class='cap'>Tabel 2. Beleidsvarianten en structurele budgettaire effecten vanaf 2028</div>",
         "<p>Variant B sluit aan bij de aanbevelingen. De werkgroep merkt op dat variant C alleen zin heeft als "
         "gemeenten ook de jeugdhulp daarop afstemmen.</p>",
         "<h2>7. Tot slot</h2>",
         "<p>De werkgroep biedt dit rapport aan de minister van OCW aan, die het namens het kabinet met een "
         "kabinetsreactie aan de Tweede Kamer zendt.</p>",
         "</div>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def row(n, a, r):
    return f"<tr><td class='n'>{n}</td><td class='a'>{a}</td><td>{r}</td></tr>"


def response():
    side = ("<div class='side'><b>Directie Primair en Voortgezet Onderwijs</b>Rijnstraat 50<br/>Den Haag<br/>"
            "Postbus 16375<br/>2500 BJ Den Haag<br/>www.rijksoverheid.nl"
            "<b>Ons kenmerk</b>51372904<b>Bijlagen</b>2</div>")
    b = [LOGO,
         "<div class='wrap'><div class='main'>",
         "<div class='addr'>&gt; Retouradres Postbus 16375 2500 BJ Den Haag<br/><br/>De Voorzitter van de Tweede "
         "Kamer<br/>der Staten-Generaal<br/>Postbus 20018<br/>2500 EA Den Haag</div>",
         "<table class='ref'><tr><td class='k'>Datum</td><td>23 juni 2026</td></tr>"
         "<tr><td class='k'>Betreft</td><td>Kabinetsreactie IBO Thuiszitters</td></tr></table>",
         "<p style='margin-top:6mm'>Hierbij ontvangt u het eindrapport van het interdepartementaal "
         "beleidsonderzoek Thuiszitters, met de reactie van het kabinet. Deze brief stuur ik mede namens de "
         "staatssecretaris van VWS en de minister voor Jeugd.</p>",
         "<h3>Aanleiding</h3>",
         "<p>Uw Kamer heeft met de motie-Baalman c.s. gevraagd om een grondige analyse van langdurig verzuim. "
         "Het IBO geeft die analyse. Ik ben de werkgroep zeer erkentelijk voor het heldere rapport.</p>",
         "<h3>Hoofdlijnen</h3>",
         "<p>Het kabinet deelt de conclusie dat het ontbreken van één definitie en één beeld van de cijfers de "
         "aanpak belemmert. Tegelijk kiest het kabinet niet voor een nieuwe bevoegdheidsverdeling: de "
         "verantwoordelijkheid blijft waar zij wettelijk ligt. De reactie per aanbeveling vindt u in bijlage 1.</p>",
         "<h3>Financiën</h3>",
         "<p>De werkgroep vraagt om structurele middelen voor onderwijs-zorgarrangementen. Ik neem kennis van dit "
         "advies en van de berekening in variant B. Over structurele financiering besluit het kabinet bij de "
         "voorjaarsnota 2027, in samenhang met andere claims.</p>",
         "<h3>Vervolg</h3>",
         "<p>Een wetsvoorstel met de aanpassingen van de Leerplichtwet gaat na de zomer in internetconsultatie. Ik "
         "informeer uw Kamer voor het einde van dit jaar over de planning.</p>",
         "<div class='sig'>De minister van Onderwijs, Cultuur en Wetenschap,<br/><br/><br/>R.M. Hoogstraten</div>",
         "</div>", side, "</div>",
         "<div class='pb'></div>",
         "<h2>Bijlage 1 - Reactie op de aanbevelingen van de werkgroep</h2>",
         "<table class='b'><tr><th>Nr.</th><th>Aanbeveling werkgroep (kort)</th><th>Reactie kabinet</th></tr>",
         row("4", "Doorzettingsmacht voor samenwerkingsverbanden",
             "Het kabinet neemt deze aanbeveling niet over. Doorzettingsmacht zou de verantwoordelijkheid van "
             "gemeenten voor jeugdhulp doorkruisen. Wel komt er een regionale escalatietafel per "
             "samenwerkingsverband, zonder wettelijke bevoegdheid."),
         row("1 en 3", "Eén definitie van thuiszitter; meldplicht verlagen",
             "Het kabinet neemt de landelijke definitie over en legt die vast in de Leerplichtwet 1969. De "
             "meldplicht gaat omlaag, maar naar 12 uur en niet naar 10 uur: scholen hebben aangegeven dat een "
             "lagere grens tot veel meldingen zonder zorg leidt."),
         row("6", "Jaarlijkse rapportage door de inspectie",
             "Overgenomen. De inspectie neemt vanaf 2027 een hoofdstuk over thuiszitters op in De Staat van het "
             "Onderwijs."),
         row("2", "Eén landelijk verzuimregister",
             "Gedeeltelijk overgenomen. Er komt geen nieuw register; het bestaande Verzuimregister van DUO wordt "
             "uitgebreid met de afspraken van samenwerkingsverbanden. Gemeenten krijgen inzage vanaf 2028."),
         row("-", "Overige punten uit het rapport",
             "De suggestie van ouders voor een vaste contactpersoon op elke school neem ik mee in het gesprek met "
             "de PO-Raad en de VO-raad."),
         "</table>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        (1, "De werkgroep beveelt aan om in de Leerplichtwet 1969 één landelijke",
         "neemt de landelijke definitie over en legt die vast", "agrees"),
        (2, "Zorg voor één landelijk verzuimregister waarin scholen, leerplichtambtenaren en",
         "Er komt geen nieuw register; het bestaande Verzuimregister", "partly"),
        (3, "Het verdient aanbeveling de meldplicht bij ongeoorloofd verzuim te verlagen",
         "maar naar 12 uur en niet naar 10 uur", "partly"),
        (4, "Geef samenwerkingsverbanden doorzettingsmacht, zodat zij binnen zes weken een",
         "Het kabinet neemt deze aanbeveling niet over", "disagrees"),
        (5, "De werkgroep adviseert het kabinet om de tijdelijke middelen voor",
         "Ik neem kennis van dit advies en van de berekening", "noted"),
        (6, "Laat de Inspectie van het Onderwijs jaarlijks rapporteren over het aantal",
         "neemt vanaf 2027 een hoofdstuk over thuiszitters op", "agrees"),
        (7, "De werkgroep beveelt aan iedere vrijstelling na twee jaar opnieuw", None, "unanswered"),
    ], [
        "Hierbij ontvangt u het eindrapport van het interdepartementaal beleidsonderzoek",
        "Een wetsvoorstel met de aanpassingen van de Leerplichtwet gaat",
        "suggestie van ouders voor een vaste contactpersoon op elke school",
    ], "EINDRAPPORT of an invented INTERDEPARTEMENTAAL BELEIDSONDERZOEK (IBO) 'Thuiszitters' (working group under the "
       "Inspectie der Rijksfinanciën and OCW), answered by the KABINETSREACTIE: a Kamerbrief of the minister of OCW "
       "with an enclosure 'Bijlage 1' in a table. The Leerplichtwet 1969 is real; the working group, people, figures, "
       "the motie and the quoted 2019 evaluation are invented. Advice: title block, then a TWO-COLUMN body; the "
       "seven recommendations stand ONLY in three shaded kaders 'Aanbevelingen' at chapter ends, numbered 1-2, 3-5 "
       "and 6-7 (the numbering runs on), in different forms ('De werkgroep beveelt aan', imperatives 'Zorg voor' / "
       "'Geef' / 'Laat', 'Het verdient aanbeveling', 'De werkgroep adviseert het kabinet'). Not recommendations: "
       "the taakopdracht quoted ('De werkgroep moet in kaart brengen'), the Leerplichtwet duties ('moet ... "
       "melden', 'moet daarop in actie komen'), Tabel 1, the 2019 evaluation's recommendation quoted as an "
       "imperative ('Breng het aantal thuiszitters ... in beeld') and reported as carried out, a parents' 'had "
       "moeten bellen', 'zou ... moeten hebben', the variants table (Tabel 2, 'moet ... blijven'). Response: "
       "letter with its own sub-heads (Aanleiding, Hoofdlijnen, Financiën, Vervolg), then Bijlage 1 with rows 4, "
       "'1 en 3', 6, 2, '-': 4 disagrees ('neemt deze aanbeveling niet over'; an escalation table without powers "
       "instead); ONE row '1 en 3': 1 agrees (definition in the Leerplichtwet) + 3 partly (12 hours, not 10); 6 "
       "agrees ('Overgenomen'); 2 partly ('Gedeeltelijk overgenomen': the existing register extended, no new one); "
       "5 answered only in the letter's 'Financiën' ('Ik neem kennis van dit advies', decision left to the "
       "voorjaarsnota: noted); 7 (re-assessing exemptions after two years) UNANSWERED. The letter's introduction, "
       "'Vervolg' and the row '-' on the parents' suggestion of a contact person answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

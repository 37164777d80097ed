"""Round 44 (nl): an (invented) chapter 'Energie' from the JAARVERSLAG 2025 of the VLAAMSE OMBUDSDIENST, with a
complaint-figures table, a case story ('Dossier in de kijker', with 'had ... moeten'), a table on the follow-up of
earlier ombudsaanbevelingen (quoted as imperatives, OA23-11, OA24-03), findings 'De Vlaamse Ombudsman stelt vast',
and six new OMBUDSAANBEVELINGEN in shaded boxes coded OA25-04 .. OA25-09; answered by the written VERSLAG of a
Vlaams Parlement committee on the annual report (Stuk ... Nr. 2): I. Uiteenzetting door de Vlaamse ombudsman, II.
Vragen en opmerkingen van de leden, III. Antwoord van de minister (indirect speech, no codes), IV. Repliek.
Engine: headless Chromium --print-to-pdf (CSS @page margin boxes; ligature-free DejaVu copies from the helper).
Answer key: README-nl.md.

Run: /tmp/blind44nl/bin/python tests/docs/src/blind44/gen_nl_ombudsman_vl_chromium.py (needs chromium)."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b44nl as B  # noqa: E402

NAME = "blind44_nl_ombudsman_vl"
F = B.nolig_fonts()
SERIF = B.nolig_fonts("B44NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for st, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                       "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[st]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B44", F) + fonts("B44S", SERIF) + """
html { font-family: %(fam)s; font-size: %(size)s; line-height: 1.42; font-variant-ligatures: none; }
p { margin: 0 0 2.3mm 0; }
table { border-collapse: collapse; font-size: 8.4pt; margin: 1mm 0 3mm 0; width: 100%%; }
td, th { border: 0.5pt solid #999; padding: 1.1mm 2mm; text-align: left; vertical-align: top; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Vlaamse Ombudsdienst | Jaarverslag 2025"; font-family: B44; font-size: 7.5pt; color: #666; }
  @top-right { content: "Hoofdstuk 6 - Energie"; font-family: B44; font-size: 7.5pt; color: #666; }
  @bottom-right { content: counter(page); font-family: B44; font-size: 8pt; color: #e6007e; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
h1 { font-size: 22pt; color: #e6007e; margin: 0 0 3mm 0; font-weight: bold; }
h2 { font-size: 12pt; color: #e6007e; margin: 5mm 0 2mm 0; }
th { background: #fbe0ef; }
.oa { background: #fbe0ef; border-left: 3.5pt solid #e6007e; padding: 2mm 4mm; margin: 2mm 0 3mm 0;
      page-break-inside: avoid; }
.oa .c { font-weight: bold; color: #e6007e; font-size: 8.6pt; }
.case { border: 0.8pt solid #e6007e; padding: 2mm 4mm; margin: 2mm 0 3mm 0; font-size: 8.8pt; }
.kicker { font-size: 9pt; color: #666; text-transform: uppercase; letter-spacing: 1pt; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "Vlaams Parlement"; font-family: B44S; font-size: 8pt; }
  @top-right { content: "Stuk 612 (2025-2026) - Nr. 2"; font-family: B44S; font-size: 8pt; }
  @bottom-center { content: counter(page); font-family: B44S; font-size: 8.5pt; }
  @bottom-left { content: "Vlaams Parlement - 1011 Brussel - 02 552 11 11 - www.vlaamsparlement.be";
                 font-family: B44; font-size: 6.5pt; color: #555; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm 0; font-family: B44; }
h3 { font-size: 9.5pt; margin: 3mm 0 1.5mm 0; font-style: italic; font-weight: normal; }
p { text-align: justify; }
"""

OA = [
    ("OA25-04", "Bezorg een aanvrager van Mijn VerbouwPremie bij een onvolledige aanvraag één concrete lijst "
     "van alle ontbrekende stukken, in plaats van telkens één stuk per keer op te vragen."),
    ("OA25-05", "Leg een maximale behandeltermijn van drie maanden vast voor een volledige aanvraag en laat de "
     "aanvrager in Mijn Burgerprofiel zien in welke fase zijn dossier zich bevindt."),
    ("OA25-06", "Voer een hardheidsclausule in voor aanvragers die de indieningstermijn van twee jaar na de "
     "eindfactuur door overmacht overschrijden, zoals een ziekenhuisopname of een overlijden."),
    ("OA25-07", "Laat toe dat een aanvrager een ingediende aanvraag verbetert of aanvult, zonder dat hij een "
     "volledig nieuwe aanvraag moet indienen."),
    ("OA25-08", "Zorg dat een aanvrager die telefonisch geen dossierbehandelaar kan bereiken, binnen twee "
     "werkdagen wordt teruggebeld door iemand die zijn dossier kent."),
    ("OA25-09", "Maak met Fluvius afspraken over de uitwisseling van de gegevens over de aansluiting, zodat "
     "aanvragers die gegevens niet zelf meer hoeven op te zoeken en op te laden."),
]


def advice():
    h = ["<html><head><meta charset='utf-8'><style>", ADV_CSS % {"fam": "B44", "size": "9.4pt"},
         "</style></head><body>"]
    h.append("<p class='kicker'>Vlaamse Ombudsdienst - Jaarverslag 2025</p>")
    h.append("<h1>6 Energie</h1>")
    h.append("<p><b>Klachten over de premies voor energiebesparende renovatie blijven toenemen. Veel "
             "verzoekers lopen vast op een digitale procedure die weinig ruimte laat voor vergissingen en "
             "uitzonderingen.</b></p>")
    h.append("<h2>6.1 Cijfers</h2>")
    h.append("<table><tr><th>Klachten over</th><th>2023</th><th>2024</th><th>2025</th><th>Gegrond 2025</th></tr>"
             "<tr><td>Mijn VerbouwPremie (VEKA)</td><td>412</td><td>688</td><td>903</td><td>61 %</td></tr>"
             "<tr><td>Energielening (Energiehuizen)</td><td>96</td><td>121</td><td>134</td><td>38 %</td></tr>"
             "<tr><td>Aansluiting en meters (Fluvius)</td><td>233</td><td>247</td><td>219</td><td>44 %</td></tr>"
             "<tr><td>Totaal hoofdstuk Energie</td><td>741</td><td>1.056</td><td>1.256</td><td>54 %</td></tr>"
             "</table>")
    h.append("<p>De klachten over Mijn VerbouwPremie gaan vooral over de behandeltermijn (38 procent), over "
             "onduidelijke vragen naar bijkomende stukken (27 procent) en over afwijzingen wegens het "
             "overschrijden van de indieningstermijn (14 procent). Het Vlaams Energie- en Klimaatagentschap (VEKA) "
             "reageerde in 2025 gemiddeld binnen 19 dagen op een tussenkomst van de Vlaamse Ombudsdienst.</p>")
    h.append("<h2>6.2 Opvolging van eerdere aanbevelingen</h2>")
    h.append("<p>De Vlaamse Ombudsman volgt zijn aanbevelingen op tot ze gerealiseerd zijn. Twee aanbevelingen "
             "uit vorige jaarverslagen hebben betrekking op dit hoofdstuk.</p>")
    h.append("<table><tr><th style='width:13%'>Code</th><th>Aanbeveling</th><th style='width:24%'>Stand van zaken"
             "</th></tr><tr><td>OA23-11</td><td>Stuur elke aanvrager van een energiepremie een ontvangstbevestiging "
             "met de vermoedelijke behandelduur.</td><td>gerealiseerd (maart 2025)</td></tr>"
             "<tr><td>OA24-03</td><td>Motiveer een afwijzing in begrijpelijke taal en vermeld de mogelijkheid tot "
             "heroverweging.</td><td>gedeeltelijk gerealiseerd</td></tr></table>")
    h.append("<h2>6.3 Wat we vaststellen</h2>")
    h.append("<p><b>Stukken die druppelsgewijs worden opgevraagd.</b> De Vlaamse Ombudsman stelt vast dat VEKA bij "
             "een onvolledige aanvraag vaak één ontbrekend stuk opvraagt, en na ontvangst een volgend. Elke vraag "
             "schort de behandeltermijn op. In de 67 onderzochte dossiers duurde de behandeling gemiddeld 7,4 "
             "maanden; in 21 dossiers werden drie of meer keer stukken opgevraagd.</p>")
    h.append("<div class='case'><p><b>Dossier in de kijker (2025-04417)</b></p><p>Mevrouw D. liet in 2022 het dak "
             "van haar woning isoleren. Kort na de eindfactuur werd zij voor lange tijd opgenomen in het "
             "ziekenhuis. Haar zoon diende de aanvraag in, twee jaar en negen dagen na de eindfactuur. VEKA wees "
             "de aanvraag af omdat de termijn van artikel 6.4.1/2 van het Energiebesluit van 19 november 2010 "
             "verstreken was. Het agentschap had volgens de regelgeving geen andere keuze, maar de uitkomst is "
             "onredelijk: de premie van 3.150 euro ging verloren door een overmachtssituatie. De regelgeving had "
             "hier ruimte moeten laten voor een uitzondering.</p></div>")
    h.append("<p><b>Een vergissing herstellen kan niet.</b> Wie na het indienen merkt dat een factuur ontbreekt of "
             "dat een bedrag verkeerd is ingevuld, kan de aanvraag niet meer aanpassen. De aanvrager moet een "
             "nieuwe aanvraag indienen, die opnieuw achteraan in de rij komt. Verzoekers begrijpen dat niet, en "
             "dat is terecht.</p>")
    h.append("<p><b>Moeilijk bereikbaar.</b> De Vlaamse Infolijn 1700 beantwoordt algemene vragen over de "
             "premie, maar kan een dossier niet inkijken. Verzoekers die een dossierbehandelaar willen spreken, "
             "kunnen enkel een webformulier invullen. Gegevens over de aansluiting op het net, zoals de EAN-code "
             "en de meterstand, moeten aanvragers zelf opzoeken bij Fluvius en opladen.</p>")
    h.append("<h2>6.4 Ombudsaanbevelingen</h2>")
    h.append("<p>Op grond van artikel 14 van het decreet van 7 juli 1998 houdende instelling van een Vlaamse "
             "Ombudsdienst doet de Vlaamse Ombudsman de volgende aanbevelingen aan VEKA en aan de Vlaamse minister "
             "bevoegd voor energie. Het Vlaams Parlement bespreekt ze met de minister in de bevoegde "
             "commissie.</p>")
    for code, text in OA:
        h.append(f"<div class='oa'><p class='c'>Ombudsaanbeveling {code}</p><p>{text}</p></div>")
    h.append("<p style='font-size:8.4pt; color:#555'>De Vlaamse Ombudsdienst volgt deze aanbevelingen op in het "
             "jaarverslag 2026. Eerdere aanbevelingen en hun opvolging vindt u op www.vlaamseombudsdienst.be.</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = ["<html><head><meta charset='utf-8'><style>", RES_CSS % {"fam": "B44S", "size": "9.8pt"},
         "</style></head><body>"]
    h.append("<p style='font-family:B44; font-size:8pt'>Stuk 612 (2025-2026) - Nr. 2<br>Zitting 2025-2026<br>"
             "14 april 2026 (2025-2026)</p>")
    h.append("<p style='font-size:13pt; margin-top:6mm'><b>Jaarverslag 2025 van de Vlaamse Ombudsdienst</b></p>")
    h.append("<p style='font-size:10.5pt'>Bespreking van het hoofdstuk Energie</p>")
    h.append("<p style='font-size:12pt; margin-top:4mm; font-family:B44'><b>VERSLAG</b></p>")
    h.append("<p>namens de Commissie voor Energie, Klimaat en Ruimte<br>uitgebracht door Lotte Verbeeck</p>")
    h.append("<p style='font-size:8pt; font-family:B44'>Samenstelling van de commissie: voorzitter: Dirk Van "
             "Hove; vaste leden: Sanne Claes, Jef Maes, Lotte Verbeeck, Karim El Amrani, Wouter Peeters, Greet "
             "Dierickx; plaatsvervangers: Ann Smets, Tom De Wolf.</p>")
    h.append("<p>De commissie besprak het hoofdstuk Energie van het jaarverslag 2025 van de Vlaamse Ombudsdienst "
             "(Stuk 612 (2025-2026) - Nr. 1) tijdens haar vergadering van 24 maart 2026, in aanwezigheid van "
             "Vlaams ombudsman Hilde Peeters en Vlaams minister van Energie en Klimaat Koen Mertens.</p>")
    h.append("<h2>I. UITEENZETTING DOOR VLAAMS OMBUDSMAN HILDE PEETERS</h2>")
    h.append("<p>Vlaams ombudsman Hilde Peeters wijst erop dat het aantal klachten over Mijn VerbouwPremie in "
             "twee jaar meer dan verdubbeld is. De procedure is volledig digitaal en biedt weinig ruimte voor "
             "vergissingen. De ombudsman benadrukt dat VEKA constructief meewerkt en snel reageert op de "
             "tussenkomsten van de ombudsdienst, maar dat veel problemen pas verdwijnen als de regelgeving en "
             "de IT-toepassing worden aangepast. Zij licht de zes nieuwe aanbevelingen toe aan de hand van het "
             "dossier van een verzoekster die haar premie verloor door een ziekenhuisopname.</p>")
    h.append("<h2>II. VRAGEN EN OPMERKINGEN VAN DE LEDEN</h2>")
    h.append("<p>Sanne Claes vraagt hoeveel aanvragers hun premie verliezen door de indieningstermijn. Ze vraagt "
             "de minister of een hardheidsclausule niet vanzelfsprekend is, nu de ombudsman een zo schrijnend "
             "geval beschrijft.</p>")
    h.append("<p>Jef Maes wijst op de werklast bij VEKA. Hij begrijpt de vraag naar snellere behandeling, maar "
             "meent dat een termijn van drie maanden alleen haalbaar is met bijkomend personeel. Hij vraagt of "
             "de minister daarin wil voorzien.</p>")
    h.append("<p>Karim El Amrani vraagt of het klopt dat een aanvrager een fout in zijn aanvraag niet kan "
             "rechtzetten, en wanneer dat verholpen zal zijn.</p>")
    h.append("<h2>III. ANTWOORD VAN VLAAMS MINISTER KOEN MERTENS</h2>")
    h.append("<p>Minister Koen Mertens dankt de ombudsman voor het grondige hoofdstuk. Hij wijst erop dat VEKA in "
             "2025 ruim 142.000 aanvragen voor Mijn VerbouwPremie behandelde, en dat meer dan negen op tien "
             "aanvragen zonder problemen verlopen.</p>")
    h.append("<h3>Aanpassen van een aanvraag</h3>")
    h.append("<p>De minister bevestigt dat een aanvraag nog niet kan worden gewijzigd. Dat wordt opgelost in de "
             "nieuwe versie van de toepassing, die sinds 2 maart 2026 in test is en op 1 juni 2026 in gebruik "
             "wordt genomen. Vanaf dan kan een aanvrager zijn aanvraag tot aan de beslissing zelf aanvullen of "
             "verbeteren.</p>")
    h.append("<h3>Ontbrekende stukken en behandeltermijn</h3>")
    h.append("<p>De minister kan zich vinden in de kritiek op het stuksgewijs opvragen van documenten. VEKA "
             "stuurt vanaf 1 juni 2026 bij een onvolledige aanvraag in één keer een overzicht van alles wat "
             "ontbreekt. Een vaste termijn van drie maanden wil de minister nu niet in de regelgeving "
             "inschrijven. VEKA krijgt dit jaar acht bijkomende dossierbehandelaars en mikt op een gemiddelde "
             "behandelduur van vier maanden tegen eind 2026. De minister wil eerst zien of dat lukt vooraleer "
             "een strengere termijn te overwegen. Het volgen van het dossier in Mijn Burgerprofiel wordt wel "
             "mogelijk met de nieuwe toepassing.</p>")
    h.append("<h3>Indieningstermijn</h3>")
    h.append("<p>Op de vraag van Sanne Claes antwoordt de minister dat in 2025 ongeveer 1.900 aanvragen te laat "
             "werden ingediend. Hij heeft begrip voor het geval uit het jaarverslag, maar is geen voorstander "
             "van een uitzonderingsregeling. Een termijn van twee jaar is ruim, en een regeling voor overmacht "
             "zou volgens VEKA tot veel discussie en ongelijke behandeling leiden. De minister houdt daarom vast "
             "aan de huidige termijn.</p>")
    h.append("<h3>Bereikbaarheid</h3>")
    h.append("<p>Wat de telefonische bereikbaarheid betreft, verwijst de minister naar de Vlaamse Infolijn, die "
             "onder de bevoegdheid van zijn collega van Binnenlands Bestuur valt. Hij zal de vraag naar een "
             "terugbelsysteem aan haar voorleggen, en neemt het punt mee in het overleg over de "
             "dienstverleningsovereenkomst tussen VEKA en Digitaal Vlaanderen.</p>")
    h.append("<h2>IV. REPLIEK</h2>")
    h.append("<p>Vlaams ombudsman Hilde Peeters is tevreden dat verschillende knelpunten met de nieuwe toepassing "
             "verdwijnen. Ze zal in het volgende jaarverslag nagaan of de beloofde verbeteringen ook "
             "effectief werken. Zij betreurt dat er geen oplossing komt voor de overmachtssituaties, en zal het "
             "Vlaams Parlement daarover blijven informeren.</p>")
    h.append("<p>Sanne Claes kondigt aan dat zij over de indieningstermijn een voorstel van decreet zal "
             "indienen.</p>")
    h.append("<p style='margin-top:6mm'>De verslaggever,<br>Lotte Verbeeck<br><br>De voorzitter,<br>Dirk Van "
             "Hove</p>")
    h.append("</body></html>")
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("OA25-04", "Bezorg een aanvrager van Mijn VerbouwPremie bij een onvolledige aanvraag", "stuurt vanaf 1 "
         "juni 2026 bij een onvolledige aanvraag in één keer", "agrees"),
        ("OA25-05", "Leg een maximale behandeltermijn van drie maanden vast voor", "Een vaste termijn van drie "
         "maanden wil de minister nu niet", "partly", ["disagrees"]),
        ("OA25-06", "Voer een hardheidsclausule in voor aanvragers die de indieningstermijn", "De minister houdt "
         "daarom vast aan de huidige termijn", "disagrees"),
        ("OA25-07", "Laat toe dat een aanvrager een ingediende aanvraag verbetert of", "kan een aanvrager zijn "
         "aanvraag tot aan de beslissing zelf aanvullen", "agrees"),
        ("OA25-08", "Zorg dat een aanvrager die telefonisch geen dossierbehandelaar kan bereiken", "Hij zal de vraag "
         "naar een terugbelsysteem aan haar voorleggen", "noted"),
        ("OA25-09", "Maak met Fluvius afspraken over de uitwisseling van de", None, "unanswered"),
    ]
    unmatched = ["het aantal klachten over Mijn VerbouwPremie in twee jaar meer dan verdubbeld",
                 "ruim 142.000 aanvragen voor Mijn VerbouwPremie behandelde",
                 "Ze zal in het volgende jaarverslag nagaan"]
    notes = ("Chapter 'Energie' of the Vlaamse Ombudsdienst's Jaarverslag 2025: complaint-figures table, a table on "
             "the follow-up of earlier ombudsaanbevelingen quoting OA23-11 and OA24-03 as imperatives (trap), "
             "findings 'De Vlaamse Ombudsman stelt vast', a boxed case story with 'had ... moeten' and the "
             "Energiebesluit article, the Ombudsdecreet art. 14; six new imperative recommendations in shaded "
             "boxes 'Ombudsaanbeveling OA25-04' .. 'OA25-09'. Reply: the Vlaams Parlement committee VERSLAG (Stuk "
             "612 (2025-2026) - Nr. 2) in indirect speech, no codes: I. the ombudsman's exposé and II. members' "
             "questions (which themselves suggest a hardheidsclausule and more staff: traps), III. the minister's "
             "answer under italic topic headings in the order 07, 04+05, 06, 08: correction possible from 1 June "
             "2026 (07 agrees); one paragraph with a single list of missing documents (04 agrees) and no fixed "
             "three-month term, aim of four months and the Mijn Burgerprofiel tracking granted (05 partly, also "
             "disagrees); 'geen voorstander van een uitzonderingsregeling ... houdt vast' (06 disagrees); phone "
             "callbacks referred to the colleague responsible for the Vlaamse Infolijn (08 noted); 09 (data "
             "exchange with Fluvius) unanswered. The ombudsman's exposé, the minister's opening figures and IV. "
             "Repliek answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

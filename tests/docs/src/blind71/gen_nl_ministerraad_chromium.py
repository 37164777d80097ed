"""Round 71 (nl): the JAARVERSLAG of the Belgian CENTRALE TOEZICHTSRAAD VOOR HET GEVANGENISWEZEN (extract:
the findings and the chapter of recommendations), answered by the PERSBERICHTEN VAN DE MINISTERRAAD (the federal
government's weekly page of press releases on the decisions of the Council of Ministers, several items of which
only one or two concern the report).

Advice: 'Jaarverslag 2025' (invented), 3 p.: a title block, '1 Inleiding', '2 Vaststellingen' with numbered
paragraphs 2.1-2.6 (Tabel 1 of occupancy, the basiswet's 'moet ... beschikken', 'De commissies van toezicht stellen
vast', 'zou ... moeten'), '3 Opvolging van de aanbevelingen uit het jaarverslag 2024' (a ruled table of LAST
year's recommendations with a status column), '4 Aanbevelingen' with sub-headings 4.1-4.4 and the seven
recommendations as paragraphs with hanging numbers 4.1.1, 4.1.2, 4.2.1, 4.2.2, 4.3.1, 4.3.2, 4.4.1 (the numbers are
these), '5 Slot'.
Response: 'Ministerraad van 10 juli 2026', 2 p., a web page printed: five press releases; item 1 (the voorontwerp
van wet amending the basiswet) answers 4.2.1 agrees, 4.2.2 agrees, 4.4.1 agrees and 4.3.1 noted; item 2 (capacity)
is ONE paragraph answering 4.1.1 disagrees (no numerus clausus in the law) + 4.1.2 partly (beds by mid-2027);
items 3-5 (a royal decree on the police, a cooperation agreement, the European Council) answer nothing; 4.3.2 (a
digital register of complaints) unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes).

Run: /tmp/blind71nl/bin/python tests/docs/src/blind71/gen_nl_ministerraad_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b71nl as B  # noqa: E402

NAME = "blind71_nl_ministerraad"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B71NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S71", SANS) + fonts("R71", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ACSS = BASE + """
@page { size: A4; margin: 22mm 22mm 20mm 22mm;
  @top-left { content: "CTRG - Jaarverslag 2025"; font-family: S71; font-size: 7.2pt; color: #666; }
  @bottom-center { content: counter(page); font-family: S71; font-size: 7.4pt; color: #666; } }
@page:first { @top-left { content: none; } }
body { font-family: R71; font-size: 9.1pt; line-height: 1.45; color: #1a1a1a; text-align: justify; }
.title { border-top: 5pt solid #6b1d2a; padding-top: 5mm; margin-bottom: 7mm; font-family: S71; }
.title .k { font-size: 8pt; letter-spacing: 0.6pt; color: #6b1d2a; }
.title .t { font-size: 21pt; font-weight: bold; margin: 2mm 0 1mm 0; }
.title .s { font-size: 10pt; color: #444; }
h2 { font-family: S71; font-size: 11.5pt; color: #6b1d2a; margin: 5mm 0 2mm 0; break-after: avoid; }
h3 { font-family: S71; font-size: 9.6pt; margin: 3.5mm 0 1.5mm 0; break-after: avoid; }
.np { display: flex; }
.np .n { flex: 0 0 13mm; font-family: S71; font-size: 8.4pt; color: #555; }
.np .x { flex: 1; }
.rec .n { font-weight: bold; color: #6b1d2a; }
.rec .x { font-weight: bold; }
.q { margin: 0 10mm 2.4mm 10mm; font-style: italic; color: #444; }
table.t { width: 100%; font-family: S71; font-size: 7.9pt; margin: 1mm 0 1mm 0; text-align: left; }
table.t td, table.t th { border: 0.5pt solid #999; padding: 1mm 1.6mm; vertical-align: top; }
table.t th { background: #f1e6e8; }
.cap { font-family: S71; font-size: 7.5pt; color: #555; font-style: italic; margin-bottom: 3mm; }
"""

RCSS = BASE + """
@page { size: A4; margin: 16mm 18mm 18mm 18mm;
  @bottom-left { content: "Persbericht - Ministerraad van 10 juli 2026"; font-family: S71; font-size: 7pt;
    color: #555; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: S71; font-size: 7pt; color: #555; } }
body { font-family: S71; font-size: 9.2pt; line-height: 1.45; color: #222; }
.bar { background: #1d3557; color: white; padding: 3mm 5mm; font-size: 8pt; margin-bottom: 2mm; }
.crumb { font-size: 7.6pt; color: #666; margin-bottom: 5mm; }
h1 { font-size: 17pt; margin: 0 0 1mm 0; color: #1d3557; }
.date { font-size: 8.4pt; color: #666; margin-bottom: 5mm; }
.item { border-top: 1pt solid #c8ced6; padding-top: 3mm; margin-top: 4mm; }
.item h2 { font-size: 11pt; color: #1d3557; margin: 0 0 2mm 0; break-after: avoid; }
.lead { font-weight: bold; }
.src { font-size: 7.8pt; color: #555; }
"""


LEAD = " class='lead'"


def np(n, t, rec=False):
    return f"<div class='np{' rec' if rec else ''}'><div class='n'>{n}</div><div class='x'><p>{t}</p></div></div>"


def advice():
    h = ["<div class='title'><div class='k'>CENTRALE TOEZICHTSRAAD VOOR HET GEVANGENISWEZEN</div>"
         "<div class='t'>Jaarverslag 2025</div><div class='s'>Uittreksel: vaststellingen en aanbevelingen - "
         "aangeboden aan de Kamer van volksvertegenwoordigers en aan de minister van Justitie op 30 april 2026"
         "</div></div>"]
    h.append("<h2>1 Inleiding</h2>")
    h.append("<p>De Centrale Toezichtsraad voor het Gevangeniswezen (CTRG) houdt onafhankelijk toezicht op de "
             "gevangenissen en op de behandeling van de gedetineerden. Hij doet dat samen met de commissies van "
             "toezicht, die in elke gevangenis maandelijks bezoeken afleggen en klachten van gedetineerden "
             "behandelen. Dit uittreksel bevat de vaststellingen over 2025 en de aanbevelingen die de CTRG daaruit "
             "afleidt.</p>")
    h.append("<h2>2 Vaststellingen</h2>")
    h.append(np("2.1", "Op 1 december 2025 verbleven 13.412 personen in de Belgische gevangenissen, voor een "
                       "capaciteit van 11.268 plaatsen. In dertien inrichtingen sliepen gedetineerden op een matras "
                       "op de grond; op de piekdag waren dat er 402."))
    h.append("<table class='t'><tr><th>Inrichting (selectie)</th><th>Capaciteit</th><th>Bevolking 1/12/2025</th>"
             "<th>Bezetting</th><th>Matrassen op de grond</th></tr>"
             "<tr><td>Gevangenis A (arrondissement Antwerpen)</td><td>439</td><td>712</td><td>162 %</td><td>58</td></tr>"
             "<tr><td>Gevangenis B (arrondissement Brussel)</td><td>1.190</td><td>1.509</td><td>127 %</td><td>96</td></tr>"
             "<tr><td>Gevangenis C (arrondissement Henegouwen)</td><td>305</td><td>441</td><td>145 %</td><td>37</td></tr>"
             "<tr><td>Gevangenis D (arrondissement Limburg)</td><td>450</td><td>498</td><td>111 %</td><td>0</td></tr>"
             "</table><p class='cap'>Tabel 1 - Bezetting van een selectie van inrichtingen (bron: DG EPI, "
             "bewerking CTRG).</p>")
    h.append(np("2.2", "De basiswet van 12 januari 2005 betreffende het gevangeniswezen en de rechtspositie van de "
                       "gedetineerden bepaalt dat elke gedetineerde moet beschikken over een eigen slaapplaats. Die "
                       "norm werd in 2025 in een op drie inrichtingen niet gehaald."))
    h.append(np("2.3", "De commissies van toezicht stellen vast dat zij in verscheidene inrichtingen slechts na "
                       "aankondiging en tijdens de kantooruren toegang krijgen tot de cellenvleugels. Nachtelijke "
                       "bezoeken werden in 2025 vier keer geweigerd."))
    h.append(np("2.4", "Van de 2.184 klachten die de klachtencommissies in 2025 behandelden, kreeg 38 procent pas na "
                       "meer dan zestig dagen een antwoord van de directeur. Een gedetineerde zou binnen een "
                       "redelijke termijn moeten weten waar hij aan toe is."))
    h.append(np("2.5", "De leden van de commissies van toezicht zijn vrijwilligers. Zij ontvangen per zitting een "
                       "presentiegeld van 25 euro, dat sinds 2019 niet werd aangepast. Vier commissies konden in "
                       "2025 niet alle maandelijkse bezoeken afleggen door een tekort aan leden."))
    h.append(np("2.6", "De gezondheidszorg in de gevangenissen valt onder de FOD Justitie. Bij de invrijheidstelling "
                       "wordt het medisch dossier zelden overgedragen, waardoor behandelingen worden onderbroken."))
    h.append("<h2>3 Opvolging van de aanbevelingen uit het jaarverslag 2024</h2>")
    h.append("<table class='t'><tr><th>Nr.</th><th>Aanbeveling 2024</th><th>Stand van zaken</th></tr>"
             "<tr><td>2024/2</td><td>Publiceer maandelijks de bezettingscijfers per inrichting.</td>"
             "<td>uitgevoerd</td></tr>"
             "<tr><td>2024/5</td><td>Zorg voor een tolk bij het onthaal van anderstalige gedetineerden.</td>"
             "<td>gedeeltelijk uitgevoerd</td></tr>"
             "<tr><td>2024/7</td><td>Voer een wettelijke termijn in voor de behandeling van klachten.</td>"
             "<td>niet uitgevoerd; zie 4.2.2</td></tr></table>"
             "<p class='cap'>Tabel 2 - Opvolging van een selectie van de aanbevelingen 2024.</p>")
    h.append("<h2>4 Aanbevelingen</h2>")
    h.append("<p>Op grond van deze vaststellingen richt de CTRG de volgende aanbevelingen tot de minister van "
             "Justitie en tot de wetgever.</p>")
    h.append("<h3>4.1 Overbevolking</h3>")
    h.append(np("4.1.1", "De wetgever stelt in de basiswet een bindende maximumcapaciteit per inrichting vast, met een "
                         "mechanisme dat nieuwe opnames opschort zodra die capaciteit is bereikt.", True))
    h.append(np("4.1.2", "De minister zorgt ervoor dat tegen 31 december 2026 geen enkele gedetineerde nog op een "
                         "matras op de grond slaapt.", True))
    h.append("<h3>4.2 Toezicht en klachtrecht</h3>")
    h.append(np("4.2.1", "De wetgever waarborgt dat de commissies van toezicht op elk ogenblik, ook 's nachts en "
                         "zonder aankondiging, toegang hebben tot alle delen van de inrichting.", True))
    h.append(np("4.2.2", "De wetgever schrijft in de basiswet een termijn van dertig dagen in waarbinnen de directeur "
                         "een klacht van een gedetineerde moet beantwoorden.", True))
    h.append("<h3>4.3 Werking van de commissies van toezicht</h3>")
    h.append(np("4.3.1", "De minister trekt het presentiegeld van de leden van de commissies van toezicht op tot ten "
                         "minste 50 euro per zitting en koppelt het aan de index.", True))
    h.append(np("4.3.2", "De FOD Justitie ontwikkelt een digitaal register waarin alle klachten en de beslissingen "
                         "erover voor de commissies van toezicht raadpleegbaar zijn.", True))
    h.append("<h3>4.4 Gezondheidszorg</h3>")
    h.append(np("4.4.1", "De minister regelt bij wet dat het medisch dossier van een gedetineerde bij de "
                         "invrijheidstelling, met zijn toestemming, wordt overgedragen aan zijn huisarts.", True))
    h.append("<h2>5 Slot</h2>")
    h.append("<p>De CTRG verzoekt de minister om binnen zes maanden mee te delen welk gevolg aan deze aanbevelingen "
             "wordt gegeven. Hij blijft in 2026 bijzondere aandacht besteden aan de inrichtingen met de hoogste "
             "bezetting.</p>")
    html = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + ACSS + "</style></head><body>"
            + "".join(h) + "</body></html>")
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    h = ["<div class='bar'>BELGIUM.BE  |  Nieuws  |  Ministerraad</div>",
         "<div class='crumb'>Home &gt; Nieuws &gt; Persberichten Ministerraad</div>",
         "<h1>Ministerraad van 10 juli 2026</h1>",
         "<div class='date'>Vrijdag 10 juli 2026 - Kanselarij van de Eerste Minister</div>"]

    def item(title, paras):
        return ("<div class='item'><h2>" + title + "</h2>" + "".join(
            "<p" + (LEAD if i == 0 else "") + ">" + p + "</p>" for i, p in enumerate(paras)) + "</div>")

    h.append(item("Wijziging van de basiswet gevangeniswezen", [
        "Op voorstel van de minister van Justitie keurt de ministerraad in tweede lezing een voorontwerp van wet goed "
        "tot wijziging van de basiswet van 12 januari 2005 betreffende het gevangeniswezen en de rechtspositie van de "
        "gedetineerden.",
        "Het voorontwerp versterkt het onafhankelijk toezicht op de gevangenissen en geeft uitvoering aan "
        "verscheidene aanbevelingen uit het jaarverslag 2025 van de Centrale Toezichtsraad voor het "
        "Gevangeniswezen. De leden van de commissies van toezicht krijgen voortaan dag en nacht onaangekondigd "
        "toegang tot alle lokalen van de gevangenis.",
        "Daarnaast moet de directeur voortaan binnen dertig dagen antwoorden op een klacht van een gedetineerde. "
        "Bij een gemotiveerde verlenging wordt de gedetineerde daarvan schriftelijk op de hoogte gebracht.",
        "Het voorontwerp regelt ook dat het medisch dossier bij de vrijlating, mits de gedetineerde ermee instemt, "
        "wordt bezorgd aan de huisarts van zijn keuze.",
        "Over de vergoeding van de leden van de commissies van toezicht zal de minister een voorstel formuleren bij "
        "de begrotingsopmaak 2027.",
        "Het voorontwerp wordt voor advies voorgelegd aan de Raad van State.",
    ]))
    h.append(item("Bijkomende capaciteit in de gevangenissen", [
        "De ministerraad neemt kennis van de stand van uitvoering van het capaciteitsplan voor het gevangeniswezen.",
        "De regering kiest er niet voor om een wettelijke maximumcapaciteit per gevangenis in te voeren, omdat "
        "gerechtelijke beslissingen tot vrijheidsbeneming altijd moeten kunnen worden uitgevoerd. Wel worden tegen "
        "juni 2027 in zes gevangenissen modulaire units met in totaal 520 plaatsen geplaatst, zodat elke "
        "gedetineerde tegen dan over een bed beschikt. Het doel van eind 2026 is volgens de regering niet "
        "haalbaar.",
        "De kostprijs van de modulaire units bedraagt 64 miljoen euro.",
    ]))
    h.append(item("Koninklijk besluit over de opleiding van de lokale politie", [
        "Op voorstel van de minister van Binnenlandse Zaken keurt de ministerraad een ontwerp van koninklijk besluit "
        "goed dat de basisopleiding van inspecteurs van politie met drie maanden verlengt.",
        "Het ontwerp wordt voor advies voorgelegd aan de vakorganisaties.",
    ]))
    h.append(item("Samenwerkingsakkoord over de digitale ondersteuning van de justitiehuizen", [
        "De ministerraad keurt een voorontwerp van wet goed houdende instemming met het samenwerkingsakkoord tussen "
        "de federale Staat en de gemeenschappen over de uitwisseling van gegevens met de justitiehuizen.",
    ]))
    h.append(item("Voorbereiding van de Europese Raad", [
        "De ministerraad bespreekt het Belgische standpunt voor de Europese Raad van 16 en 17 juli 2026.",
    ]))
    h.append("<p class='src'>Bron: Kanselarij van de Eerste Minister - persberichten van de ministerraad.</p>")
    html = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + RCSS + "</style></head><body>"
            + "".join(h) + "</body></html>")
    B.chromium_pdf(html, NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("4.1.1", "De wetgever stelt in de basiswet een bindende maximumcapaciteit per inrichting vast,",
         "De regering kiest er niet voor om een wettelijke maximumcapaciteit", "disagrees"),
        ("4.1.2", "De minister zorgt ervoor dat tegen 31 december 2026 geen",
         "Het doel van eind 2026 is volgens de regering niet haalbaar", "partly"),
        ("4.2.1", "De wetgever waarborgt dat de commissies van toezicht op elk",
         "voortaan dag en nacht onaangekondigd toegang tot alle lokalen", "agrees"),
        ("4.2.2", "De wetgever schrijft in de basiswet een termijn van dertig",
         "moet de directeur voortaan binnen dertig dagen antwoorden", "agrees"),
        ("4.3.1", "De minister trekt het presentiegeld van de leden van de",
         "zal de minister een voorstel formuleren bij de begrotingsopmaak 2027", "noted"),
        ("4.3.2", "De FOD Justitie ontwikkelt een digitaal register waarin alle klachten", None, "unanswered"),
        ("4.4.1", "De minister regelt bij wet dat het medisch dossier van",
         "wordt bezorgd aan de huisarts van zijn keuze", "agrees"),
    ], [
        "keurt de ministerraad in tweede lezing een voorontwerp van wet goed",
        "De kostprijs van de modulaire units bedraagt 64 miljoen euro",
        "de basisopleiding van inspecteurs van politie met drie maanden verlengt",
        "over de uitwisseling van gegevens met de justitiehuizen",
        "bespreekt het Belgische standpunt voor de Europese Raad",
    ], "JAARVERSLAG of the Belgian CENTRALE TOEZICHTSRAAD VOOR HET GEVANGENISWEZEN (extract), answered by the "
       "PERSBERICHTEN VAN DE MINISTERRAAD (a printed web page of the week's Council of Ministers press releases). "
       "The CTRG, the commissies van toezicht, the basiswet of 12 January 2005, the FOD Justitie, DG EPI, the Raad "
       "van State and the Kanselarij van de Eerste Minister are real; the report, its figures, the 2024 "
       "recommendations, the press releases and their contents are invented, and what is said of the law is not to "
       "be relied on. The seven recommendations are the bold paragraphs with hanging numbers 4.1.1-4.4.1 under the "
       "sub-headings of '4 Aanbevelingen' (numbers are those). Not recommendations: the numbered finding "
       "paragraphs 2.1-2.6 (same hanging layout, not bold: the basiswet's 'moet beschikken', 'De commissies van "
       "toezicht stellen vast', 'zou ... moeten weten'), Tabel 1, Tabel 2 of the 2024 recommendations in "
       "imperative form with a status column and 'zie 4.2.2', '5 Slot' (request to reply within six months). "
       "Response: five press releases, no numbers or codes; item 1 (voorontwerp amending the basiswet) in "
       "separate paragraphs: 4.2.1 agrees, 4.2.2 agrees, 4.4.1 agrees, 4.3.1 noted (proposal at the 2027 budget); "
       "item 2 capacity, ONE paragraph = 4.1.1 disagrees ('kiest er niet voor') + 4.1.2 partly (beds by June 2027, "
       "'eind 2026 ... niet haalbaar'); the lead sentences and cost line, items 3-5 (police training, cooperation "
       "agreement, European Council) answer nothing; 4.3.2 (digital register of complaints) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))

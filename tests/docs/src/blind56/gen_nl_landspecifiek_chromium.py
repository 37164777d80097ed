"""Round 56 (nl): the European Semester's LANDSPECIFIEKE AANBEVELINGEN - an (invented) Commission 'Aanbeveling voor
een AANBEVELING VAN DE RAAD over het economisch, sociaal, werkgelegenheids-, structureel en begrotingsbeleid van
Nederland', COM(2026) 422 final - answered by chapter 3 of the following year's NATIONAAL HERVORMINGSPROGRAMMA
(NHP 2027) on the follow-up of the 2026 country-specific recommendations (LSA's).

Advice: EU document layout (EUROPESE COMMISSIE, Brussel date, COM number, 'NL n NL' footer), the preamble
'Gezien ...' with footnotes, 'Overwegende hetgeen volgt:' and sixteen numbered considerations '(1)'-'(16)' (an
earlier recommendation of the Council quoted, 'moet' under the Stability and Growth Pact, findings that say what
should happen: 'is het van belang dat ...'), then 'BEVEELT AAN dat Nederland in 2026 en 2027 maatregelen neemt om:'
and six numbered infinitive clauses 1.-6. (the recommendations), 'Gedaan te Brussel'. Response: NHP 2027 extract,
chapter 3: an introduction with a table of the Commission's own assessment of progress per LSA (words like 'geen
vooruitgang' that are NOT the government's verdict), sections per theme in another order (4, 1, 3+6 in one section,
2), a section on the Sustainable Development Goals and one on the Recovery and Resilience Facility that answer
nothing; LSA 5 (housing) not answered. Engine: headless Chromium --print-to-pdf (CSS @page margin boxes,
counter(page)); ligature-free DejaVu copies.

Run: /tmp/blind56nl/bin/python tests/docs/src/blind56/gen_nl_landspecifiek_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b56nl as B  # noqa: E402

NAME = "blind56_nl_landspecifiek"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B56NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S56", SANS) + fonts("R56", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 24mm 24mm 24mm 24mm;
  @bottom-left { content: "NL"; font-family: R56; font-size: 8pt; }
  @bottom-center { content: counter(page); font-family: R56; font-size: 8pt; }
  @bottom-right { content: "NL"; font-family: R56; font-size: 8pt; } }
html { font-family: R56; font-size: 10pt; line-height: 1.4; }
p { text-align: justify; }
.top { text-align: center; font-weight: bold; font-size: 11pt; margin-bottom: 2mm; }
.place { text-align: right; margin-bottom: 1mm; }
.com { text-align: right; font-size: 9.5pt; margin-bottom: 14mm; }
.title { text-align: center; margin: 6mm 10mm 8mm 10mm; }
.title .a { font-size: 11pt; }
.title .b { font-size: 12pt; font-weight: bold; margin: 2mm 0; }
.c { text-align: center; font-weight: bold; margin: 4mm 0 3mm 0; }
.rv { display: grid; grid-template-columns: 11mm 1fr; margin-bottom: 2.4mm; }
.rv p { margin: 0; }
.fn { font-size: 7.6pt; border-top: 0.5pt solid #000; width: 55mm; padding-top: 1mm; margin-top: 4mm; }
.fnt { font-size: 7.6pt; margin: 0 0 0.6mm 0; }
sup { font-size: 6.5pt; }
.rec { display: grid; grid-template-columns: 8mm 1fr; margin-bottom: 2.6mm; }
.rec p { margin: 0; }
.sig { margin-top: 8mm; margin-left: 95mm; }
.brk { break-before: page; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 24mm 22mm 22mm 22mm;
  @top-right { content: "Nationaal Hervormingsprogramma 2027"; font-family: S56; font-size: 7.4pt; color: #01689b; }
  @bottom-center { content: counter(page); font-family: S56; font-size: 8pt; } }
html { font-family: S56; font-size: 9.3pt; line-height: 1.5; counter-reset: page 17; }
p { text-align: left; }
.chap { font-size: 15pt; color: #01689b; font-weight: bold; margin: 0 0 5mm 0; }
.chap span { display: inline-block; width: 11mm; }
h2 { font-size: 10.5pt; color: #01689b; margin: 5mm 0 1.6mm 0; break-after: avoid; }
table.t { font-size: 8.2pt; width: 100%; margin: 2mm 0 1mm 0; }
table.t th { background: #01689b; color: #fff; text-align: left; padding: 1.2mm 2mm; }
table.t td { border-bottom: 0.5pt solid #9fc1d6; padding: 1mm 2mm; vertical-align: top; }
.cap { font-size: 8pt; font-weight: bold; color: #01689b; margin: 3mm 0 0 0; }
.src { font-size: 7.2pt; color: #555; margin: 0.6mm 0 3mm 0; }
.kader { background: #e5f0f7; padding: 3mm 4mm; margin: 2mm 0 3mm 0; font-size: 8.8pt; }
"""

RECS = [
    "het netto-uitgavenplafond in 2026 en 2027 na te leven, in overeenstemming met de aanbeveling van de Raad tot "
    "goedkeuring van het nationale structureel begrotingsplan voor de middellange termijn, en de kwaliteit van de "
    "overheidsfinanciën te verbeteren door een groter deel van de uitgaven aan investeringen te besteden;",
    "de fiscale behandeling van de eigen woning en van verschillende vormen van vermogen verder te "
    "harmoniseren, onder meer door de fiscale voordelen voor de eigen woning met een hypotheekschuld verder af te "
    "bouwen;",
    "de prikkels om meer uren te werken te versterken, met name door de marginale druk voor tweeverdieners met "
    "een laag of middeninkomen te verlagen en de toegang tot betaalbare kinderopvang te verbeteren;",
    "de netcongestie terug te dringen door de procedures voor de uitbreiding van het elektriciteitsnet te "
    "versnellen, de investeringsruimte van de netbeheerders te vergroten en flexibel gebruik van het net te "
    "bevorderen;",
    "het woningtekort te verminderen door de bouw van betaalbare huurwoningen te versnellen, de vergunningverlening "
    "te vereenvoudigen en de gevolgen van de regulering van de middenhuur voor het aanbod te evalueren;",
    "het lerarentekort, in het bijzonder in het primair onderwijs in de grote steden, aan te pakken en de "
    "basisvaardigheden van leerlingen te verbeteren.",
]


def advice():
    cons = [
        "Verordening (EU) 2024/1263 van het Europees Parlement en de Raad, die op 30 april 2024 in werking is "
        "getreden, vormt de kern van het herziene economische bestuurskader van de Unie. Elke lidstaat moet een "
        "nationaal structureel begrotingsplan voor de middellange termijn indienen met een netto-uitgavenpad.",
        "Op 21 januari 2025 heeft de Raad een aanbeveling aangenomen tot goedkeuring van het nationale structureel "
        "begrotingsplan voor de middellange termijn van Nederland.",
        "Op 19 november 2025 heeft de Commissie de jaarlijkse duurzamegroei-analyse aangenomen en daarmee het "
        "Europees Semester voor economische beleidscoördinatie 2026 ingeluid.",
        "Op 3 juni 2026 heeft de Commissie het landverslag 2026 voor Nederland bekendgemaakt. Daarin is beoordeeld "
        "welke vooruitgang Nederland heeft geboekt met de uitvoering van de landspecifieke aanbevelingen van "
        "voorgaande jaren en met de uitvoering van het herstel- en veerkrachtplan.",
        "Op 8 juli 2025 heeft de Raad Nederland onder meer aanbevolen \u201cde fiscale voordelen voor de eigen "
        "woning verder af te bouwen en de belasting op vermogen te hervormen\u201d. Het landverslag stelt vast dat "
        "op dit punt geen vooruitgang is geboekt.",
        "Volgens de voorjaarsraming 2026 van de Commissie zal het overheidstekort van Nederland in 2026 uitkomen op "
        "2,4 % van het bbp en in 2027 op 2,7 % van het bbp. De overheidsschuld blijft onder de 50 % van het bbp. "
        "Overeenkomstig artikel 126, lid 3, VWEU moet de Commissie een verslag opstellen wanneer een lidstaat de "
        "tekortdrempel dreigt te overschrijden; daarvan is voor Nederland geen sprake.",
        "De netto-uitgaven van Nederland zullen in 2026 naar verwachting met 4,1 % groeien, boven de maximale "
        "groei van 3,8 % die de Raad heeft aanbevolen. De afwijking van het pad is nog niet aanzienlijk, maar zou "
        "bij ongewijzigd beleid in 2027 kunnen oplopen.",
        "De overheidsinvesteringen zijn sinds 2023 als aandeel van het bbp gedaald. Gezien de grote "
        "investeringsbehoefte voor de energietransitie, defensie en woningbouw is het van belang dat de "
        "samenstelling van de overheidsuitgaven meer op investeringen wordt gericht.",
        "Het Nederlandse belastingstelsel behandelt vermogensbestanddelen zeer verschillend. De eigen woning met een "
        "hypotheekschuld wordt fiscaal gunstiger behandeld dan andere vormen van vermogen, wat bijdraagt aan een "
        "hoge private schuld en hogere huizenprijzen.",
        "De arbeidsparticipatie in Nederland is hoog, maar het aantal gewerkte uren per werkende is een van de "
        "laagste in de Unie. Vooral voor tweeverdieners met een laag of middeninkomen loont meer uren werken door "
        "het wegvallen van toeslagen weinig. Een verlaging van de marginale druk zou het arbeidsaanbod vergroten.",
        "Het tekort aan personeel doet zich in bijna alle sectoren voor. In het primair onderwijs in de vier grote "
        "steden stonden begin 2026 naar schatting 2 900 voltijdsbanen open.",
        "Volgens internationale metingen zijn de lees- en rekenvaardigheden van vijftienjarigen in Nederland sinds "
        "2015 gedaald, sterker dan gemiddeld in de Unie.",
        "De netcongestie vormt een groeiend knelpunt: in delen van Nederland kunnen nieuwe bedrijven geen "
        "aansluiting op het elektriciteitsnet meer krijgen. Het is van belang dat de uitbreiding van het net wordt "
        "versneld en dat bestaande capaciteit beter wordt benut.",
        "Het woningtekort wordt geraamd op ongeveer 400 000 woningen. De woningbouw blijft achter bij de doelstelling "
        "van 100 000 woningen per jaar, onder meer door lange procedures en hoge bouwkosten.",
        "In het licht van de beoordeling van de Commissie heeft de Raad het stabiliteitsprogramma en het nationale "
        "hervormingsprogramma van 2026 van Nederland onderzocht. De aanbevelingen hieronder weerspiegelen die "
        "beoordeling.",
        "De Raad heeft rekening gehouden met de resultaten van de multilaterale toetsing in de comités. In het "
        "licht daarvan is de Raad van oordeel dat Nederland de volgende maatregelen moet nemen.",
    ]
    fns = ["PB L, 2024/1263, 30.4.2024.", "PB C, C/2025/912, 14.2.2025.", "SWD(2026) 522 final."]
    h = ["<div class='top'>EUROPESE COMMISSIE</div>",
         "<p class='place'>Brussel, 3.6.2026</p><p class='com'>COM(2026) 422 final</p>",
         "<div class='title'><div class='a'>Aanbeveling voor een</div><div class='b'>AANBEVELING VAN DE RAAD</div>"
         "<div class='a'>over het economisch, sociaal, werkgelegenheids-, structureel en begrotingsbeleid van "
         "Nederland</div></div>",
         "<div class='c'>DE RAAD VAN DE EUROPESE UNIE,</div>",
         "<p>Gezien het Verdrag betreffende de werking van de Europese Unie, en met name artikel 121, lid 2, en "
         "artikel 148, lid 4,</p>",
         "<p>Gezien Verordening (EU) 2024/1263 van het Europees Parlement en de Raad van 29 april 2024 betreffende de "
         "doeltreffende coördinatie van het economisch beleid en betreffende multilateraal begrotingstoezicht"
         "<sup>1</sup>, en met name artikel 3, lid 3,</p>",
         "<p>Gezien de aanbeveling van de Europese Commissie,</p>",
         "<p>Gezien de resoluties van het Europees Parlement,</p>",
         "<p>Gezien de conclusies van de Europese Raad,</p>",
         "<p>Gezien het advies van het Comité voor de werkgelegenheid,</p>",
         "<p>Gezien het advies van het Economisch en Financieel Comité,</p>",
         "<p>Gezien het advies van het Comité voor sociale bescherming,</p>",
         "<p>Overwegende hetgeen volgt:</p>"]
    for i, t in enumerate(cons, 1):
        if i == 2:
            t += "<sup>2</sup>"
        if i == 4:
            t = t.replace("bekendgemaakt.", "bekendgemaakt<sup>3</sup>.")
        h.append(f"<div class='rv'><p>({i})</p><p>{t}</p></div>")
        if i == 6:
            h.append("<div class='fn'></div>" + "".join(f"<p class='fnt'><sup>{k}</sup> {f}</p>"
                                                        for k, f in enumerate(fns, 1)))
    h.append("<div class='c' style='margin-top:6mm'>BEVEELT AAN dat Nederland in 2026 en 2027 maatregelen neemt "
             "om:</div>")
    for i, t in enumerate(RECS, 1):
        h.append(f"<div class='rec'><p>{i}.</p><p>{t}</p></div>")
    h.append("<p style='margin-top:6mm'>Gedaan te Brussel,</p><div class='sig'><p>Voor de Raad<br/>De "
             "voorzitter</p></div>")
    html = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + ADV_CSS + "</style></head><body>"
            + "".join(h) + "</body></html>")
    B.chromium_pdf(html, NAME + "_advice.pdf")


def response():
    rows = [("1", "Begroting en investeringen", "enige vooruitgang"),
            ("2", "Fiscaliteit eigen woning en vermogen", "geen vooruitgang"),
            ("3", "Prikkels om meer uren te werken", "beperkte vooruitgang"),
            ("4", "Netcongestie", "substantiële vooruitgang"),
            ("5", "Woningtekort", "beperkte vooruitgang"),
            ("6", "Lerarentekort en basisvaardigheden", "enige vooruitgang")]
    tab = ("<p class='cap'>Tabel 3.1 Beoordeling van de voortgang per LSA 2026 door de Europese Commissie</p>"
           "<table class='t'><tr><th>LSA</th><th>Onderwerp</th><th>Beoordeling Commissie (landverslag 2027)</th>"
           "</tr>" + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</table>"
           "<p class='src'>Bron: Europese Commissie, landverslag Nederland 2027, bijlage 2.</p>")
    h = ["<div class='chap'><span>3</span>Opvolging van de landspecifieke aanbevelingen 2026</div>",
         "<h2>3.1 Inleiding</h2>",
         "<p>Op 11 juli 2026 heeft de Raad de landspecifieke aanbevelingen (LSA's) voor Nederland vastgesteld. Dit "
         "hoofdstuk beschrijft per thema welke maatregelen het kabinet sindsdien heeft genomen. De Commissie "
         "beoordeelt de voortgang zelf in het landverslag; tabel 3.1 geeft haar oordeel weer. Het kabinet deelt die "
         "beoordeling niet op alle punten, maar neemt haar hier ongewijzigd over.</p>",
         tab,
         "<h2>3.2 Energie-infrastructuur en netcongestie</h2>",
         "<p>Het kabinet onderschrijft dat netcongestie een van de grootste knelpunten voor de economie is. Met de "
         "Wet versnelling netuitbreiding, die op 1 januari 2027 in werking is getreden, zijn de procedures voor "
         "hoogspanningsverbindingen met gemiddeld twee jaar verkort. De netbeheerders krijgen via een verhoging van "
         "het eigen vermogen van de staatsdeelnemingen 3,2 miljard euro extra investeringsruimte. Daarnaast zijn "
         "sinds het najaar van 2026 flexibele en tijdsafhankelijke aansluitcontracten voor grootverbruikers "
         "beschikbaar.</p>",
         "<h2>3.3 Overheidsfinanciën</h2>",
         "<p>Het kabinet blijft binnen het netto-uitgavenpad dat de Raad in januari 2025 heeft goedgekeurd. De "
         "overschrijding van de groei van de netto-uitgaven in 2026 wordt in 2027 volledig gecompenseerd door de "
         "ombuigingen uit de Miljoenennota 2027. Binnen het uitgavenkader is bovendien een investeringsfonds van "
         "1,5 miljard euro per jaar ingericht voor de energietransitie en de woningbouw, waarmee het aandeel van de "
         "investeringen in de totale uitgaven stijgt.</p>",
         "<h2>3.4 Arbeidsmarkt en onderwijs</h2>",
         "<p>Het kabinet deelt de analyse dat meer uren werken voor veel tweeverdieners te weinig oplevert. Vanaf "
         "2027 wordt de inkomensafhankelijke combinatiekorting verhoogd en wordt de afbouw van de huurtoeslag "
         "vlakker gemaakt, wat de marginale druk voor de middeninkomens verlaagt. De kinderopvang wordt echter niet, "
         "zoals eerder voorgenomen, vrijwel gratis voor werkende ouders: die stelselwijziging is uitgesteld tot na "
         "2029, omdat de sector de groei van de vraag nu niet aankan. Het onderwijs is in Nederland primair een "
         "verantwoordelijkheid van de schoolbesturen. Het kabinet neemt kennis van de aanbeveling over het "
         "lerarentekort en de basisvaardigheden en verwijst naar de lopende aanpak in de vier grote steden; "
         "aanvullende maatregelen zijn niet voorzien.</p>",
         "<h2>3.5 Belastingstelsel</h2>",
         "<p>Het kabinet is niet voornemens de fiscale behandeling van de eigen woning verder aan te passen dan al "
         "wettelijk is vastgelegd. De afbouw van het tarief van de hypotheekrenteaftrek is in 2023 voltooid; een "
         "verdere beperking zou volgens het kabinet de toegang van starters tot de koopmarkt verslechteren op een "
         "moment dat de woningmarkt al krap is. Voor de belasting van vermogen in box 3 werkt het kabinet aan een "
         "stelsel op basis van het werkelijke rendement, dat in 2028 in werking moet treden.</p>",
         "<h2>3.6 Duurzame ontwikkelingsdoelen</h2>",
         "<p>Conform de afspraken in het Europees Semester rapporteert Nederland ook over de voortgang op de "
         "duurzame ontwikkelingsdoelen (SDG's). De Monitor Brede Welvaart van het CBS laat zien dat Nederland op "
         "de meeste doelen gunstig scoort, met uitzondering van klimaat en biodiversiteit.</p>",
         "<div class='kader'><b>Herstel- en veerkrachtplan.</b> Nederland heeft in 2026 het vierde betaalverzoek "
         "ingediend, voor een bedrag van 1,1 miljard euro. Met de uitbetaling daarvan is ruim 80 procent van de "
         "toegewezen middelen ontvangen.</div>"]
    html = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + RES_CSS + "</style></head><body>"
            + "".join(h) + "</body></html>")
    B.chromium_pdf(html, NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "het netto-uitgavenplafond in 2026 en 2027 na te leven, in",
         "Het kabinet blijft binnen het netto-uitgavenpad", "agrees"),
        ("2", "de fiscale behandeling van de eigen woning en van verschillende vormen",
         "Het kabinet is niet voornemens de fiscale behandeling van de eigen woning", "disagrees"),
        ("3", "de prikkels om meer uren te werken te versterken, met name",
         "die stelselwijziging is uitgesteld tot na 2029", "partly"),
        ("4", "de netcongestie terug te dringen door de procedures voor de uitbreiding",
         "Het kabinet onderschrijft dat netcongestie een van de grootste knelpunten", "agrees"),
        ("5", "het woningtekort te verminderen door de bouw van betaalbare huurwoningen te",
         None, "unanswered"),
        ("6", "het lerarentekort, in het bijzonder in het primair onderwijs in de",
         "neemt kennis van de aanbeveling over het lerarentekort", "noted"),
    ], ["Conform de afspraken in het Europees Semester rapporteert Nederland ook",
        "heeft in 2026 het vierde betaalverzoek ingediend"],
        "European Semester country-specific recommendations: an invented Commission recommendation for a Council "
        "recommendation on the economic, social, employment, structural and budgetary policies of the Netherlands, "
        "COM(2026) 422 final. EU legal-act layout: 'Gezien ...' citations with footnotes, 'Overwegende hetgeen "
        "volgt:' and sixteen numbered considerations (1)-(16) with hanging numbers, then 'BEVEELT AAN dat Nederland "
        "in 2026 en 2027 maatregelen neemt om:' and six numbered lower-case infinitive clauses 1.-6. (the "
        "recommendations; the starts_with is the clause's opening). Not recommendations: the considerations, among "
        "them the Council's 2025 recommendation quoted ('de fiscale voordelen voor de eigen woning verder af te "
        "bouwen ...'), legal duties with 'moet' (Verordening 2024/1263, artikel 126 VWEU), findings 'is het van "
        "belang dat ...' (8, 13) and 'zou ... vergroten' (10), and (16) 'dat Nederland de volgende maatregelen moet "
        "nemen'. Response: chapter 3 of the Nationaal Hervormingsprogramma 2027 (page numbers from 18), without LSA "
        "numbers in the headings: 3.1 Inleiding with table 3.1 of the COMMISSION's assessment per LSA ('geen "
        "vooruitgang', 'substantiële vooruitgang': not the government's verdict); 3.2 LSA 4 agrees; 3.3 LSA 1 "
        "agrees; 3.4 ONE paragraph LSA 3 partly (marginal pressure lowered, almost-free childcare postponed) + LSA 6 "
        "noted ('neemt kennis van', schools' responsibility, no extra measures); 3.5 LSA 2 disagrees ('niet "
        "voornemens'); LSA 5 (housing) UNANSWERED. 3.6 on the SDGs and the shaded box on the recovery and resilience "
        "plan answer nothing (unmatched).")


if __name__ == "__main__":
    advice()
    response()
    expected()

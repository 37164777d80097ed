"""Round 54 (nl): an (invented) ADVIES of the EXPERTISE NETWERK WATERVEILIGHEID (ENW) to the directeur-generaal Water
en Bodem on the concept 'Handreiking Piping bij Dijkversterkingen' (version 0.9): letterhead, Datum/Kenmerk/
Onderwerp block, a Samenvatting that paraphrases the main points, findings with 'moet', a table of model parameters,
an earlier ENW recommendation (2021) quoted as an imperative, then CODED recommendations: three main points A1-A3 in
shaded BOXES inside the running text, and four detail points B1-B4 in a TABLE (nr. / paragraaf / aanbeveling).
Answered by the FRONT MATTER of the adopted handreiking, version 1.0 (colofon, a 'Versiebeheer' table, paragraph
1.4 'Verwerking van het advies van het ENW' in prose and 1.5 on the consultation): another order, one paragraph
answering A3 (not adopted) and B3 (adopted), B2 only passed on, B4 not answered, 1.5 answering nothing.
Engine: headless Chromium --print-to-pdf (CSS @page margin boxes, counter(pages); ligature-free DejaVu copies).
Answer key: README-nl.md.

Run: /tmp/blind54nl/bin/python tests/docs/src/blind54/gen_nl_enw_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b54nl as B  # noqa: E402

NAME = "blind54_nl_enw"
F = B.nolig_fonts()


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("B54", F) + """
html { font-family: B54; font-size: 9.3pt; line-height: 1.45; font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; text-align: left; }
table { border-collapse: collapse; }
h2 { font-size: 10.5pt; margin: 5mm 0 2mm 0; break-after: avoid; color: #0a4f7a; }
h3 { font-size: 9.5pt; margin: 3.5mm 0 1.5mm 0; break-after: avoid; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 26mm 24mm 22mm 24mm;
  @top-right { content: "ENW-26-014  |  Advies concept-Handreiking Piping bij Dijkversterkingen";
    font-family: B54; font-size: 7.3pt; color: #0a4f7a; }
  @bottom-left { content: "Expertise Netwerk Waterveiligheid"; font-family: B54; font-size: 7pt; color: #777; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font-family: B54; font-size: 7.3pt; } }
@page :first { @top-right { content: none; } }
.lh { display: flex; justify-content: space-between; border-bottom: 3pt solid #0a4f7a; padding-bottom: 2mm; }
.lh .n { font-size: 15pt; font-weight: bold; color: #0a4f7a; line-height: 1.1; }
.lh .n span { display: block; font-size: 8pt; font-weight: normal; color: #333; }
.lh .a { font-size: 7.3pt; color: #555; text-align: right; }
.addr { margin: 7mm 0 5mm 0; }
table.meta { font-size: 8.3pt; margin-bottom: 5mm; }
table.meta td { padding: 0.5mm 6mm 0.5mm 0; vertical-align: top; }
table.meta td.l { color: #0a4f7a; font-weight: bold; }
.sum { background: #eef4f8; padding: 2.5mm 4mm; margin: 2mm 0 3mm 0; }
.box { border: 1pt solid #0a4f7a; border-left: 5pt solid #0a4f7a; background: #f3f8fb; padding: 2mm 4mm;
  margin: 2mm 0 3.5mm 0; break-inside: avoid; }
.box .c { font-weight: bold; color: #0a4f7a; font-size: 8.3pt; letter-spacing: 0.4pt; }
table.g { width: 100%; font-size: 8.2pt; margin: 1mm 0 2mm 0; break-inside: avoid; }
table.g th { background: #0a4f7a; color: white; text-align: left; padding: 1mm 2mm; }
table.g td { border-bottom: 0.5pt solid #aac; padding: 1mm 2mm; vertical-align: top; }
.q { margin: 1mm 8mm 3mm 8mm; font-style: italic; color: #444; }
.src { font-size: 7.3pt; color: #666; margin-bottom: 3mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 24mm 24mm 22mm 24mm;
  @top-left { content: "Handreiking Piping bij Dijkversterkingen  -  versie 1.0"; font-family: B54;
    font-size: 7.3pt; color: #555; }
  @top-right { content: "juni 2026"; font-family: B54; font-size: 7.3pt; color: #555; }
  @bottom-center { content: counter(page, lower-roman); font-family: B54; font-size: 8pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } }
.tb { background: #1f6f5c; color: white; padding: 6mm 6mm 5mm 6mm; margin-bottom: 5mm; }
.tb .k { font-size: 8pt; letter-spacing: 1pt; text-transform: uppercase; }
.tb .t { font-size: 18pt; font-weight: bold; line-height: 1.15; margin: 1.5mm 0; }
.tb .s { font-size: 9pt; }
h2 { color: #1f6f5c; border-bottom: 0.6pt solid #1f6f5c; padding-bottom: 0.6mm; }
table.col { font-size: 8.2pt; margin-bottom: 3mm; }
table.col td { padding: 0.5mm 6mm 0.5mm 0; vertical-align: top; }
table.col td.l { font-weight: bold; width: 34mm; }
table.v { width: 100%; font-size: 8pt; margin: 1mm 0 3mm 0; }
table.v th { border-bottom: 1pt solid #1f6f5c; text-align: left; padding: 1mm 2mm; }
table.v td { border-bottom: 0.5pt solid #bbb; padding: 1mm 2mm; vertical-align: top; }
p { text-align: justify; }
"""


def advice():
    h = [f"<html><head><meta charset='utf-8'><style>{ADV_CSS}</style></head><body>",
         "<div class='lh'><div class='n'>ENW<span>Expertise Netwerk Waterveiligheid</span></div>"
         "<div class='a'>Secretariaat ENW<br>p/a Postbus 2232<br>3500 GE Utrecht<br>secretariaat@enwinfo.nl</div>"
         "</div>",
         "<div class='addr'>Aan de directeur-generaal Water en Bodem<br>Ministerie van Infrastructuur en "
         "Waterstaat<br>t.a.v. ir. M.C. Dijkhuizen-Baars<br>Postbus 20901<br>2500 EX Den Haag</div>",
         "<table class='meta'><tr><td class='l'>Datum</td><td>17 april 2026</td></tr>"
         "<tr><td class='l'>Kenmerk</td><td>ENW-26-014</td></tr>"
         "<tr><td class='l'>Uw kenmerk</td><td>IENW/BSK-2026/41187</td></tr>"
         "<tr><td class='l'>Onderwerp</td><td>Advies over de concept-Handreiking Piping bij Dijkversterkingen, "
         "versie 0.9</td></tr></table>",
         "<p>Geachte mevrouw Dijkhuizen,</p>",
         "<p>Bij brief van 3 februari 2026 heeft u het Expertise Netwerk Waterveiligheid (ENW) gevraagd te "
         "adviseren over de concept-Handreiking Piping bij Dijkversterkingen (hierna: de handreiking), versie 0.9 "
         "van januari 2026. De handreiking is opgesteld door het Hoogwaterbeschermingsprogramma (HWBP) samen met de "
         "Unie van Waterschappen en Rijkswaterstaat. De kerngroep van het ENW heeft het concept besproken in haar "
         "vergadering van 26 maart 2026, op basis van een voorbereiding door de werkgroep Geotechniek.</p>",
         "<h2>Samenvatting</h2>",
         "<div class='sum'><p>Het ENW waardeert de handreiking als een belangrijke stap naar een uniforme "
         "ontwerppraktijk voor piping. Op drie punten is de handreiking naar ons oordeel nog niet gereed: de "
         "modelfactor steunt op verouderde proeven, de keuze tussen rekenmodellen wordt aan de ontwerper "
         "overgelaten en de eisen aan het grondonderzoek zijn te vrijblijvend. Daarnaast doen wij enkele "
         "aanbevelingen over verwijzingen, voorbeelden, terminologie en evaluatie.</p></div>",
         "<h2>1. Achtergrond</h2>",
         "<p>Piping is het faalmechanisme waarbij grondwater onder een dijk door een zandlaag stroomt en zand "
         "meevoert, zodat onder de dijk een holle pijp ontstaat. Sinds de invoering van de normering op basis van "
         "overstromingskansen in 2017 is piping het mechanisme dat bij de beoordeling van de primaire keringen "
         "het vaakst tot afkeuring leidt: van de 1.412 kilometer dijk die in de eerste landelijke beoordelingsronde "
         "niet aan de norm voldeed, werd 61 procent afgekeurd op piping.</p>",
         "<p>Een dijkversterking moet volgens de Regeling veiligheid primaire waterkeringen 2017 zo worden "
         "ontworpen dat de kering aan het eind van de planperiode aan de norm voldoet. De handreiking geeft "
         "daarvoor rekenregels en ontwerpwaarden.</p>",
         "<h2>2. Oordeel over de hoofdlijnen</h2>",
         "<h3>2.1 Modelfactor</h3>",
         "<p>De handreiking neemt voor de modelfactor van de rekenregel van Sellmeijer de waarde over die in 2016 "
         "is afgeleid uit laboratoriumproeven. Inmiddels zijn de resultaten beschikbaar van twee grootschalige "
         "veldproeven. Die laten zien dat de rekenregel in grofzandige lagen het kritieke verval overschat.</p>",
         "<table class='g'><tr><th>Parameter</th><th>Concept 0.9</th><th>Veldproef Uitdam (2024)</th>"
         "<th>Veldproef Oostmaalsdijk (2025)</th></tr>"
         "<tr><td>Modelfactor m<sub>p</sub></td><td>1,00</td><td>0,86</td><td>0,91</td></tr>"
         "<tr><td>Kritiek verval (m)</td><td>2,40</td><td>2,05</td><td>2,18</td></tr>"
         "<tr><td>Kwelweglengte (m)</td><td>38</td><td>38</td><td>42</td></tr>"
         "<tr><td>d<sub>70</sub> zandlaag (mm)</td><td>0,21</td><td>0,34</td><td>0,29</td></tr></table>",
         "<div class='src'>Bronnen: concept-handreiking tabel 4.2; Deltares, rapporten veldproeven 2024 en "
         "2025.</div>",
         "<p>Het ENW heeft in 2021 al op de beperkingen van de laboratoriumproeven gewezen. Wij adviseerden toen:"
         "</p>",
         "<p class='q'>'Zet veldproeven op schaal op, zodat de rekenregel voor piping ook voor grove zanden kan "
         "worden gevalideerd.' (ENW-advies Kennisagenda Waterveiligheid, 2021)</p>",
         "<p>Die proeven zijn er nu; het is zaak de uitkomsten te benutten.</p>",
         "<div class='box'><div class='c'>AANBEVELING A1</div>"
         "<p>Herkalibreer de modelfactor voor terugschrijdende erosie op basis van de resultaten van de "
         "veldproeven bij Uitdam en Oostmaalsdijk, voordat de handreiking wordt vastgesteld.</p></div>",
         "<h3>2.2 Keuze van het rekenmodel</h3>",
         "<p>Hoofdstuk 5 beschrijft zowel de rekenregel van Sellmeijer als tweedimensionale "
         "grondwaterstromingsmodellen, maar laat de keuze over aan de ontwerper. In de praktijk leidt dat tot "
         "grote verschillen tussen projecten: in de drie pilots die het ENW heeft bekeken, verschilde de benodigde "
         "kwelweglengte voor vergelijkbare dijkvakken tot 40 procent.</p>",
         "<div class='box'><div class='c'>AANBEVELING A2</div>"
         "<p>Neem in hoofdstuk 5 een beslisboom op die aangeeft wanneer de rekenregel van Sellmeijer volstaat en "
         "wanneer een tweedimensionale grondwaterstromingsberekening nodig is.</p></div>",
         "<h3>2.3 Grondonderzoek</h3>",
         "<p>De betrouwbaarheid van een pipingberekening hangt vooral af van de kennis van de ondergrond. De "
         "handreiking beveelt 'voldoende' boringen aan, maar noemt geen minimum. Waar de deklaag dun is, moet de "
         "beheerder naar het oordeel van het ENW zekerheid hebben over de dikte en doorlatendheid ervan; één "
         "gemiste zandbaan kan een ontwerp onveilig maken.</p>",
         "<div class='box'><div class='c'>AANBEVELING A3</div>"
         "<p>Schrijf een minimale onderzoeksdichtheid voor van één boring per 100 meter dijk op trajecten waar de "
         "deklaag dunner is dan 2 meter.</p></div>",
         "<h2>3. Detailpunten</h2>",
         "<p>Naast de hoofdpunten heeft het ENW de volgende aanbevelingen. De paragraafnummers verwijzen naar "
         "versie 0.9 van de handreiking.</p>",
         "<table class='g'><tr><th style='width:10mm'>Nr.</th><th style='width:22mm'>Paragraaf</th>"
         "<th>Aanbeveling</th></tr>"
         "<tr><td>B1</td><td>1.3 en 4.2</td><td>Vervang de verwijzingen naar het Technisch Rapport "
         "Zandmeevoerende Wellen (1999) door verwijzingen naar het Schematiseringshandboek piping.</td></tr>"
         "<tr><td>B2</td><td>6.4</td><td>Voeg een uitgewerkt rekenvoorbeeld toe voor een dijkvak met een deklaag "
         "van wisselende dikte.</td></tr>"
         "<tr><td>B3</td><td>Bijlage A</td><td>Stem de begrippenlijst af op de terminologie van de Omgevingswet en "
         "de Regeling veiligheid primaire waterkeringen 2017.</td></tr>"
         "<tr><td>B4</td><td>algemeen</td><td>Evalueer de handreiking drie jaar na vaststelling aan de hand van de "
         "ervaringen in de HWBP-projecten.</td></tr></table>",
         "<h2>4. Tot slot</h2>",
         "<p>Het ENW is graag bereid de aanbevelingen toe te lichten aan de opstellers van de handreiking. Wij "
         "verzoeken u ons te informeren over de wijze waarop u met dit advies omgaat.</p>",
         "<p>Met vriendelijke groet,</p>",
         "<p>prof. dr. ir. H.J. Verhagen-Bos<br>voorzitter Expertise Netwerk Waterveiligheid</p>",
         "<p>ir. K. Oudshoorn<br>secretaris</p>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_advice.pdf")


def response():
    h = [f"<html><head><meta charset='utf-8'><style>{RES_CSS}</style></head><body>",
         "<div class='tb'><div class='k'>Hoogwaterbeschermingsprogramma</div>"
         "<div class='t'>Handreiking Piping bij Dijkversterkingen</div>"
         "<div class='s'>Versie 1.0 - definitief - juni 2026</div></div>",
         "<h2>Colofon</h2>",
         "<table class='col'><tr><td class='l'>Opdrachtgever</td><td>Ministerie van Infrastructuur en Waterstaat, "
         "DG Water en Bodem</td></tr>"
         "<tr><td class='l'>Opgesteld door</td><td>Programmadirectie HWBP, Unie van Waterschappen, "
         "Rijkswaterstaat WVL</td></tr>"
         "<tr><td class='l'>Status</td><td>Vastgesteld door de Stuurgroep Waterveiligheid op 11 juni 2026</td></tr>"
         "<tr><td class='l'>Contact</td><td>helpdesk.waterveiligheid@rws.nl</td></tr></table>",
         "<h2>Versiebeheer</h2>",
         "<table class='v'><tr><th>Versie</th><th>Datum</th><th>Status</th><th>Belangrijkste wijzigingen</th>"
         "</tr>"
         "<tr><td>0.5</td><td>september 2025</td><td>intern concept</td><td>Eerste opzet hoofdstukken 1-6</td></tr>"
         "<tr><td>0.9</td><td>januari 2026</td><td>consultatieversie</td><td>Voorgelegd aan ENW en "
         "waterschappen</td></tr>"
         "<tr><td>1.0</td><td>juni 2026</td><td>definitief</td><td>Verwerking advies ENW (zie 1.4) en "
         "consultatiereacties (zie 1.5); nieuwe paragraaf 5.3; tabel 4.2 aangepast</td></tr></table>",
         "<h2>1.4 Verwerking van het advies van het ENW</h2>",
         "<p>Het ENW heeft op 17 april 2026 over versie 0.9 geadviseerd (kenmerk ENW-26-014). Hieronder is per "
         "onderwerp aangegeven wat met het advies is gedaan. De codes verwijzen naar de nummering in het "
         "advies.</p>",
         "<p><b>Verwijzingen (B1).</b> De verouderde verwijzingen in 1.3 en 4.2 zijn geschrapt; er wordt nu "
         "uitsluitend verwezen naar het Schematiseringshandboek piping van 2024.</p>",
         "<p><b>Keuze van het rekenmodel (A2).</b> Paragraaf 5.3 is nieuw en bevat een beslisboom. Bij een homogene "
         "ondergrond en een deklaag van constante dikte volstaat de rekenregel; in alle andere gevallen schrijft de "
         "beslisboom een grondwaterstromingsberekening in twee dimensies voor.</p>",
         "<p><b>Modelfactor (A1).</b> Tabel 4.2 is aangepast aan de proef bij Uitdam; voor grofzandige lagen "
         "geldt nu een modelfactor van 0,86. De gegevens van de proef bij Oostmaalsdijk waren bij de vaststelling "
         "nog niet volledig gevalideerd. Een volledige herkalibratie op beide proeven volgt daarom pas in versie "
         "1.1, die voor 2027 is voorzien.</p>",
         "<p><b>Grondonderzoek en begrippen (A3 en B3).</b> De handreiking schrijft geen vaste boorafstand voor. "
         "De samenstelling van de ondergrond verschilt per gebied te sterk om één getal te hanteren; de "
         "waterschappen blijven als beheerder verantwoordelijk voor een onderzoeksplan op maat, dat in paragraaf "
         "3.2 nu wel wordt beschreven. De begrippenlijst in bijlage A is wel volledig herzien en sluit aan bij de "
         "Omgevingswet en de Regeling veiligheid primaire waterkeringen 2017.</p>",
         "<p><b>Rekenvoorbeelden (B2).</b> Het ENW vraagt om een extra rekenvoorbeeld. Voorbeelden worden "
         "verzameld in het voorbeeldenboek van het Programma Onderzoek en Validatie (POV) Piping; de suggestie is "
         "aan het POV doorgegeven, dat over de inhoud van dat boek beslist.</p>",
         "<h2>1.5 Reacties uit de consultatie</h2>",
         "<p>Naast het ENW hebben elf waterschappen en twee ingenieursbureaus gereageerd op versie 0.9. Zes "
         "waterschappen vroegen om een overgangsregeling voor projecten die al in de planuitwerkingsfase zitten. "
         "Voor die projecten mag versie 0.9 worden gebruikt tot 1 januari 2027, mits de afwijkingen van versie 1.0 "
         "in het ontwerprapport worden verantwoord. De overige reacties waren redactioneel van aard en zijn "
         "verwerkt.</p>",
         "<h2>1.6 Leeswijzer</h2>",
         "<p>Hoofdstuk 2 beschrijft het faalmechanisme en hoofdstuk 3 het benodigde grondonderzoek. Hoofdstuk 4 "
         "bevat de ontwerpwaarden, hoofdstuk 5 de rekenmethoden en hoofdstuk 6 de maatregelen, zoals "
         "pipingschermen en verbrede bermen. De bijlagen bevatten de begrippenlijst en de rekenvoorbeelden.</p>",
         "</body></html>"]
    B.chromium_pdf("".join(h), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("A1", "Herkalibreer de modelfactor voor terugschrijdende erosie op basis van de",
         "Een volledige herkalibratie op beide proeven volgt daarom pas", "partly"),
        ("A2", "Neem in hoofdstuk 5 een beslisboom op die aangeeft wanneer",
         "Paragraaf 5.3 is nieuw en bevat een beslisboom", "agrees"),
        ("A3", "Schrijf een minimale onderzoeksdichtheid voor van één boring per 100",
         "De handreiking schrijft geen vaste boorafstand voor", "disagrees"),
        ("B1", "Vervang de verwijzingen naar het Technisch Rapport Zandmeevoerende Wellen",
         "De verouderde verwijzingen in 1.3 en 4.2 zijn geschrapt", "agrees"),
        ("B2", "Voeg een uitgewerkt rekenvoorbeeld toe voor een dijkvak met",
         "de suggestie is aan het POV doorgegeven", "noted"),
        ("B3", "Stem de begrippenlijst af op de terminologie van de Omgevingswet",
         "De begrippenlijst in bijlage A is wel volledig herzien", "agrees"),
        ("B4", "Evalueer de handreiking drie jaar na vaststelling aan de hand", None, "unanswered"),
    ], ["vroegen om een overgangsregeling voor projecten die al in de planuitwerkingsfase zitten"],
        "ENW advice letter ENW-26-014 on the concept-Handreiking Piping bij Dijkversterkingen v0.9. Seven CODED "
        "recommendations: A1-A3 imperatives in shaded boxes 'AANBEVELING A1' etc. inside section 2, B1-B4 in the "
        "detail table (Nr. / Paragraaf / Aanbeveling) of section 3. Not recommendations: the Samenvatting "
        "paraphrase, the 'moet' findings (Regeling veiligheid primaire waterkeringen 2017, 2.3), the parameter table, "
        "the quoted 2021 ENW advice ('Zet veldproeven op schaal op ...') and the closing request to be informed. "
        "Response: front matter of the adopted handreiking v1.0 (colofon, Versiebeheer table, 1.4, 1.5, 1.6), "
        "1.4 answers in the order B1, A2, A1, 'A3 en B3', B2: B1 agrees (references replaced); A2 agrees (new 5.3 "
        "with decision tree); A1 partly (recalibrated on Uitdam only, full recalibration in v1.1); one paragraph "
        "A3 disagrees (no fixed boring distance, tailor-made plan) + B3 agrees (glossary revised); B2 noted "
        "(passed on to the POV Piping, which decides); B4 (evaluation after three years) UNANSWERED. 1.5 "
        "(transition arrangement asked by six waterschappen) and 1.6 Leeswijzer answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 65 (nl): an ADVIES of the EUROPEES COMITÉ VAN DE REGIO'S (CvdR, the EU advisory body of regional and local
authorities; Dutch version of an own-initiative opinion) on health care in border regions, answered by the EUROPEAN
COMMISSION's REACTIE OP HET ADVIES (the follow-up sheet: general remarks and a table 'Punt | Standpunt van de
Commissie').

Advice: CvdR opinion, 3 p.: masthead with the commission code NAT-VII/047 and plenary session, title, rapporteur
block, a framed 'Belangrijkste boodschappen' paraphrase, 'I. BELEIDSAANBEVELINGEN' under the heading 'HET EUROPEES
COMITÉ VAN DE REGIO'S' with paragraphs 1-18 as HANGING MARGIN NUMBERS, each a clause starting with a lower-case verb;
only seven are recommendations (4, 6, 9, 11, 13, 15, 17: 'verzoekt de Commissie om', 'dringt er bij de lidstaten op
aan', 'beveelt aan', 'roept de Commissie op', 'stelt voor dat', 'vraagt de Commissie om', 'verzoekt het Europees
Parlement en de Raad om'); the others welcome, point out, recall (the 2020 opinion quoted), state the law ('moeten
... vragen'), stress ('zouden ... moeten kunnen'), regret, and offer ('is bereid'); a footnote; signature; 'II.
PROCEDURE' table. Footer with the document number and 'n/m'.
Response: Commission follow-up sheet: 'EUROPESE COMMISSIE' masthead, reference block, 'Algemene opmerkingen'
(nothing), then a ruled two-column table Punt / Standpunt van de Commissie with rows 9 (disagrees), '11 en 13'
(ONE row: 11 partly + 13 agrees), 4 (agrees), 15 (noted), 6 (noted), 18 (the CvdR's own offer: nothing); 17
unanswered; a closing note (nothing).
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes).

Run: /tmp/blind65nl/bin/python tests/docs/src/blind65/gen_nl_cvdr_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b65nl as B  # noqa: E402

NAME = "blind65_nl_cvdr"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B65NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S65", SANS) + fonts("R65", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.2mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 18mm 22mm 20mm 22mm;
  @bottom-left { content: "COR-2025-04417-00-00-AC-TRA (EN)"; font-family: S65; font-size: 7pt; color: #444; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: S65; font-size: 7.4pt; color: #444; } }
body { font-family: R65; font-size: 9.6pt; line-height: 1.42; color: #111; }
.mast { display: flex; justify-content: space-between; font-family: S65; font-size: 8pt; color: #0b3d7a;
  border-bottom: 1.5pt solid #0b3d7a; padding-bottom: 2mm; margin-bottom: 5mm; }
.mast b { font-size: 10pt; }
.kind { font-family: S65; font-weight: bold; font-size: 12pt; text-align: center; margin: 2mm 0 1mm 0; }
.title { font-family: S65; font-weight: bold; font-size: 14pt; text-align: center; color: #0b3d7a;
  margin: 0 0 5mm 0; }
.rap { font-family: S65; font-size: 8.4pt; margin: 0 0 4mm 0; }
.rap td { padding: 0.6mm 3mm 0.6mm 0; vertical-align: top; }
.box { border: 0.8pt solid #0b3d7a; padding: 3mm 4mm; margin: 0 0 6mm 0; font-family: S65; font-size: 8.6pt; }
.box h3 { margin: 0 0 1.5mm 0; font-size: 9pt; color: #0b3d7a; }
.box ul { margin: 0; padding-left: 5mm; }
h2 { font-family: S65; font-size: 10.5pt; margin: 6mm 0 3mm 0; }
.who { font-family: S65; font-weight: bold; font-size: 9.2pt; margin: 0 0 3mm 0; }
h4 { font-family: S65; font-style: italic; font-weight: bold; font-size: 9.2pt; margin: 4mm 0 2mm 0; }
.np { display: flex; margin: 0 0 2.2mm 0; }
.np .n { width: 10mm; flex: none; }
.np .t { flex: 1; text-align: justify; }
.fn { font-size: 7.4pt; border-top: 0.5pt solid #888; padding-top: 1.5mm; margin-top: 4mm; width: 60%; }
.proc td { border: 0.5pt solid #666; padding: 1.2mm 2mm; font-family: S65; font-size: 8.2pt; vertical-align: top; }
.proc td:first-child { width: 42%; background: #eef2f8; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 16mm 20mm 18mm 20mm;
  @bottom-center { content: counter(page); font-family: S65; font-size: 7.4pt; color: #444; } }
body { font-family: S65; font-size: 9pt; line-height: 1.4; color: #111; }
.ec { font-weight: bold; font-size: 13pt; color: #004494; letter-spacing: 0.5pt; margin-bottom: 1mm; }
.sub { font-size: 8pt; color: #444; border-bottom: 1pt solid #004494; padding-bottom: 2mm; margin-bottom: 5mm; }
h1 { font-size: 12pt; margin: 0 0 4mm 0; }
.ref td { padding: 1mm 3mm 1mm 0; vertical-align: top; font-size: 8.4pt; }
.ref td:first-child { font-weight: bold; width: 38mm; }
h2 { font-size: 10pt; color: #004494; margin: 5mm 0 2mm 0; }
.fu { width: 100%; margin-top: 2mm; }
.fu th { background: #004494; color: #fff; text-align: left; padding: 1.6mm 2mm; font-size: 8.6pt; }
.fu td { border: 0.5pt solid #7a8ca8; padding: 1.8mm 2mm; vertical-align: top; font-size: 8.8pt; }
.fu td:first-child { width: 18mm; font-weight: bold; text-align: center; }
.fu tr { break-inside: avoid; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def np(n, t):
    return f"<div class='np'><div class='n'>{n}.</div><div class='t'>{t}</div></div>"


def advice():
    b = ["<div class='mast'><div><b>Europees Comité van de Regio's</b><br/>NAT-VII/047</div>"
         "<div style='text-align:right'>165e zitting<br/>11 en 12 februari 2026</div></div>",
         "<div class='kind'>ADVIES</div>",
         "<div class='title'>Gezondheidszorg zonder grenzen: toegang tot zorg in grensregio's</div>",
         "<table class='rap'><tr><td><b>Rapporteur</b></td><td>Marjolein van Dalen-Kerkhof (NL/EVP), lid van "
         "Gedeputeerde Staten van de provincie Limburg</td></tr>"
         "<tr><td><b>Soort advies</b></td><td>Initiatiefadvies</td></tr></table>",
         "<div class='box'><h3>Belangrijkste boodschappen</h3><ul>"
         "<li>Patiënten in grensregio's lopen nog te vaak vast op verschillen in regels, formulieren en "
         "vergoedingen.</li>"
         "<li>Het CvdR wil eenvoudigere procedures, betere informatie dicht bij de burger en duurzame "
         "financiering van grensoverschrijdende zorg.</li>"
         "<li>Grensregio's moeten een vaste plaats krijgen bij de herziening van Richtlijn 2011/24/EU.</li>"
         "</ul></div>",
         "<h2>I. BELEIDSAANBEVELINGEN</h2>",
         "<div class='who'>HET EUROPEES COMITÉ VAN DE REGIO'S</div>",
         "<h4>Algemene opmerkingen</h4>",
         np(1, "is ingenomen met de aandacht die de Commissie in haar verslag over de toepassing van Richtlijn "
               "2011/24/EU besteedt aan de situatie in grensregio's;"),
         np(2, "wijst erop dat ongeveer 30 % van de bevolking van de Unie in een grensregio woont en dat daar per "
               "jaar naar schatting 1,4 miljoen patiënten zorg in een andere lidstaat ontvangen<sup>1</sup>;"),
         np(3, "herinnert aan zijn advies over grensoverschrijdende samenwerking van 2020, waarin het de "
               "Commissie verzocht \u201egrensregio's structureel te betrekken bij de evaluatie van de "
               "richtlijn\u201d, en stelt vast dat aan dat verzoek grotendeels gevolg is gegeven;"),
         "<h4>Toegang tot zorg</h4>",
         np(4, "verzoekt de Commissie om bij de herziening van de richtlijn de procedure voor voorafgaande "
               "toestemming te vereenvoudigen voor inwoners van grensregio's en voor grensarbeiders;"),
         np(5, "stelt vast dat patiënten op grond van artikel 8 van de richtlijn voor bepaalde zorg vooraf "
               "toestemming moeten vragen en dat de beslistermijnen per lidstaat sterk uiteenlopen;"),
         np(6, "dringt er bij de lidstaten op aan de nationale contactpunten voor grensoverschrijdende zorg ook in "
               "de grensregio's zelf een fysiek loket te laten openen;"),
         np(7, "benadrukt dat huisartsen en specialisten in grensregio's hun patiënten zonder administratieve "
               "hindernissen over de grens zouden moeten kunnen doorverwijzen;"),
         "<h4>Spoedeisende zorg</h4>",
         np(8, "merkt op dat ambulances in meerdere grensregio's bij spoedeisende hulp nog altijd aan de grens "
               "moeten stoppen of van bemanning moeten wisselen;"),
         np(9, "beveelt aan binnen het volgende meerjarig financieel kader een afzonderlijk Europees instrument "
               "voor grensoverschrijdende ambulancezorg op te richten;"),
         np(10, "juicht het toe dat verscheidene Euregio's bilaterale akkoorden over ambulancezorg hebben "
                "gesloten en ziet daarin een voorbeeld voor andere grensregio's;"),
         "<h4>Gegevens en doorverwijzing</h4>",
         np(11, "roept de Commissie op een gemeenschappelijk Europees model voor verwijsbrieven vast te stellen "
                "dat zorgverleners aan beide zijden van de grens herkennen;"),
         np(12, "onderstreept dat de Europese ruimte voor gezondheidsgegevens kansen biedt om patiëntgegevens "
                "veilig over de grens te delen, mits de regio's bij de uitvoering worden betrokken;"),
         np(13, "stelt voor dat de Commissie om de twee jaar een verslag publiceert over de patiëntenstromen in "
                "grensregio's, op basis van gegevens van de nationale contactpunten;"),
         "<h4>Financiering en governance</h4>",
         np(14, "is bezorgd over de afloop in 2027 van meerdere Interreg-projecten op het gebied van zorg, "
                "waarvan de resultaten verloren dreigen te gaan;"),
         np(15, "vraagt de Commissie om gezondheidszorg in de Interreg-programma's na 2027 als afzonderlijke "
                "prioriteit op te nemen;"),
         np(16, "betreurt dat grensregio's niet altijd worden geraadpleegd wanneer lidstaten hun zorgbeleid of "
                "hun vergoedingsregels wijzigen;"),
         np(17, "verzoekt het Europees Parlement en de Raad om bij nieuwe wetgeving over gezondheidszorg "
                "systematisch een grenseffectentoets uit te voeren;"),
         np(18, "is bereid samen met de Commissie en de Euregio's een jaarlijkse conferentie over zorg in "
                "grensregio's te organiseren."),
         "<p style='margin-top:5mm'>Brussel, 12 februari 2026</p>",
         "<p>De voorzitter van het Europees Comité van de Regio's<br/><br/>Teodora Vasilescu-Brandt</p>",
         "<div class='fn'><sup>1</sup> Schatting van het secretariaat van de NAT-commissie op basis van gegevens "
         "van de nationale contactpunten over 2023 en 2024.</div>",
         "<h2 style='break-before: page'>II. PROCEDURE</h2>",
         "<table class='proc'>"
         "<tr><td>Titel</td><td>Gezondheidszorg zonder grenzen: toegang tot zorg in grensregio's</td></tr>"
         "<tr><td>Rechtsgrondslag</td><td>Artikel 307, vierde alinea, VWEU</td></tr>"
         "<tr><td>Soort advies</td><td>Initiatiefadvies</td></tr>"
         "<tr><td>Bevoegde commissie</td><td>Commissie Natuurlijke Hulpbronnen (NAT)</td></tr>"
         "<tr><td>Rapporteur</td><td>Marjolein van Dalen-Kerkhof (NL/EVP)</td></tr>"
         "<tr><td>Besluit van het bureau</td><td>24 juni 2025</td></tr>"
         "<tr><td>Goedkeuring in commissie</td><td>20 november 2025</td></tr>"
         "<tr><td>Uitslag van de stemming in commissie</td><td>meerderheid</td></tr>"
         "<tr><td>Goedkeuring in de zitting</td><td>12 februari 2026</td></tr>"
         "</table>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def response():
    rows = [
        ("9", "De Commissie ziet geen aanleiding voor een afzonderlijk financieringsinstrument. Grensoverschrijdende "
              "ambulancezorg kan nu al worden gefinancierd uit Interreg en uit het programma EU4Health. De "
              "Commissie zal in het volgende meerjarig financieel kader daarom geen nieuw instrument "
              "voorstellen."),
        ("11 en 13", "De Commissie zal vanaf 2027 om de twee jaar een verslag over de patiëntenstromen in "
                     "grensregio's publiceren; zij baseert zich daarbij op de gegevens van de nationale "
                     "contactpunten, zoals het Comité voorstelt.<br/><br/>Een bindend Europees model voor "
                     "verwijsbrieven acht de Commissie op dit moment niet opportuun. Zij zal in het kader van "
                     "de Europese ruimte voor gezondheidsgegevens wel een niet-bindend sjabloon ontwikkelen dat "
                     "lidstaten en zorgverleners vrijwillig kunnen gebruiken."),
        ("4", "De Commissie deelt de analyse van het Comité. In het voorstel tot herziening van de richtlijn, dat "
              "voor het einde van 2026 wordt verwacht, zal zij een vereenvoudigde procedure opnemen voor "
              "inwoners van grensregio's en voor grensarbeiders."),
        ("15", "De programmering van Interreg na 2027 maakt deel uit van de onderhandelingen over het volgende "
               "meerjarig financieel kader. De Commissie neemt nota van het verzoek van het Comité en zal het bij "
               "die onderhandelingen betrekken."),
        ("6", "De organisatie van de nationale contactpunten is een bevoegdheid van de lidstaten. De Commissie zal "
              "dit punt onder de aandacht brengen van de deskundigengroep voor grensoverschrijdende "
              "gezondheidszorg."),
        ("18", "De Commissie is ingenomen met het aanbod van het Comité en zal op de eerste conferentie, in het "
               "najaar van 2026, een vertegenwoordiger van het directoraat-generaal afvaardigen."),
    ]
    trs = "".join(f"<tr><td>{n}</td><td>{t}</td></tr>" for n, t in rows)
    b = ["<div class='ec'>EUROPESE COMMISSIE</div>",
         "<div class='sub'>Secretariaat-generaal  |  Betrekkingen met het Europees Comité van de Regio's</div>",
         "<h1>Reactie van de Commissie op het advies van het Europees Comité van de Regio's</h1>",
         "<table class='ref'>"
         "<tr><td>Advies</td><td>Gezondheidszorg zonder grenzen: toegang tot zorg in grensregio's "
         "(NAT-VII/047)</td></tr>"
         "<tr><td>Zitting</td><td>165e zitting, 11 en 12 februari 2026</td></tr>"
         "<tr><td>Rapporteur</td><td>Marjolein van Dalen-Kerkhof (NL/EVP)</td></tr>"
         "<tr><td>Bevoegd directoraat-generaal</td><td>DG Gezondheid en Voedselveiligheid</td></tr>"
         "<tr><td>Datum</td><td>14 mei 2026</td></tr></table>",
         "<h2>Algemene opmerkingen</h2>",
         "<p>De Commissie dankt het Comité voor dit initiatiefadvies en voor de inbreng van de regionale en lokale "
         "overheden uit de grensregio's. Het advies sluit aan bij de lopende evaluatie van Richtlijn 2011/24/EU, "
         "waarvan de resultaten in het voorjaar van 2026 zijn gepresenteerd. De Commissie onderschrijft het "
         "uitgangspunt dat een grens geen belemmering mag zijn voor tijdige en betaalbare zorg.</p>",
         "<p>Hieronder reageert de Commissie op de punten van het advies die een concreet verzoek aan de "
         "Commissie bevatten of waarover zij een standpunt wil geven.</p>",
         "<h2>Standpunt van de Commissie per punt</h2>",
         "<table class='fu'><thead><tr><th>Punt</th><th>Standpunt van de Commissie</th></tr></thead><tbody>"
         + trs + "</tbody></table>",
         "<h2>Verdere contacten</h2>",
         "<p>Deze reactie wordt ook gepubliceerd op de website van het Comité. De diensten van de Commissie zijn "
         "bereid de rapporteur en de NAT-commissie nader te informeren over de voortgang van de herziening van "
         "de richtlijn.</p>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        (4, "verzoekt de Commissie om bij de herziening van de richtlijn",
         "zal zij een vereenvoudigde procedure opnemen voor inwoners", "agrees"),
        (6, "dringt er bij de lidstaten op aan de nationale contactpunten",
         "De organisatie van de nationale contactpunten is een bevoegdheid", "noted"),
        (9, "beveelt aan binnen het volgende meerjarig financieel kader een afzonderlijk",
         "De Commissie ziet geen aanleiding voor een afzonderlijk financieringsinstrument", "disagrees"),
        (11, "roept de Commissie op een gemeenschappelijk Europees model voor verwijsbrieven",
         "Een bindend Europees model voor verwijsbrieven acht de Commissie", "partly"),
        (13, "stelt voor dat de Commissie om de twee jaar een verslag",
         "De Commissie zal vanaf 2027 om de twee jaar", "agrees"),
        (15, "vraagt de Commissie om gezondheidszorg in de Interreg-programma's na 2027",
         "De Commissie neemt nota van het verzoek van het Comité", "noted"),
        (17, "verzoekt het Europees Parlement en de Raad om bij nieuwe wetgeving", None, "unanswered"),
    ], [
        "De Commissie dankt het Comité voor dit initiatiefadvies",
        "is ingenomen met het aanbod van het Comité",
        "Deze reactie wordt ook gepubliceerd op de website",
    ], "ADVIES of the EUROPEES COMITÉ VAN DE REGIO'S (Dutch version of an own-initiative opinion) on health care in "
       "border regions, answered by the EUROPEAN COMMISSION's follow-up sheet 'Reactie van de Commissie op het "
       "advies'. Directive 2011/24/EU, Article 307 TFEU, Interreg, EU4Health and the European Health Data Space "
       "are real; the opinion, people, figures, dates and the quoted 2020 opinion are invented. The opinion's "
       "'I. BELEIDSAANBEVELINGEN' are paragraphs 1-18 with HANGING MARGIN NUMBERS under 'HET EUROPEES COMITÉ VAN DE "
       "REGIO'S' and italic theme sub-heads, each a clause starting with a lower-case verb; only 4, 6, 9, 11, 13, "
       "15 and 17 are recommendations (numbers are the paragraph numbers): 'verzoekt de Commissie om', 'dringt er "
       "bij de lidstaten op aan', 'beveelt aan', 'roept de Commissie op', 'stelt voor dat', 'vraagt de Commissie "
       "om', 'verzoekt het Europees Parlement en de Raad om'. Not recommendations: the framed 'Belangrijkste "
       "boodschappen' paraphrase ('Het CvdR wil', 'moeten een vaste plaats krijgen'), 1 'is ingenomen met', 2 "
       "'wijst erop' with a footnote, 3 'herinnert aan' with the 2020 request quoted and 'gevolg is gegeven', 5 "
       "the directive's 'moeten vragen', 7 'benadrukt dat ... zouden moeten kunnen', 8 'merkt op', 10 'juicht het "
       "toe', 12 'onderstreept', 14 'is bezorgd', 16 'betreurt', 18 'is bereid' (the Committee's own offer), the "
       "II. PROCEDURE table. Response: masthead, reference block, 'Algemene opmerkingen' (nothing), a two-column "
       "table Punt / Standpunt van de Commissie, rows 9 disagrees ('ziet geen aanleiding', no new instrument); "
       "ONE row '11 en 13': 13 agrees (biennial report from 2027) + 11 partly (no binding model, a non-binding "
       "template); 4 agrees; 15 noted ('neemt nota van', MFF negotiations); 6 noted (member-state competence, "
       "passed to an expert group); row 18 answers the Committee's offer (nothing); 17 (to Parliament and Council) "
       "UNANSWERED; 'Verdere contacten' answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

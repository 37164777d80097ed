"""Round 63 (nl): an ADVIES of the WETENSCHAPPELIJK COMITE ingesteld bij het FAVV (the Belgian federal food safety
agency's scientific committee) on a draft control programme for Listeria monocytogenes in ready-to-eat cold meats,
answered by the FAVV's printed web page 'VRAGEN EN ANTWOORDEN' (a Q&A for operators).

Advice: SciCom form, 3 p.: masthead, 'Betreft' line with dossier number, 'Samenvatting' and an English 'Summary'
(both paraphrasing some recommendations), 1 Referentietermen (1.1 Vraagstelling with questions 1.-3.; 1.2 Wettelijk
kader: Verordening (EG) nr. 2073/2005, 'moeten ... kunnen aantonen'), 2 Gegevens en risicobeoordeling (a ruled
table of results, the sector's view 'zou ... moeten volstaan', the Committee's 2019 advice quoted and reported as
implemented), 3 Conclusies numbered 1.-4. (findings), 4 Aanbevelingen under three addressee sub-heads 4.1 Aan het
FAVV / 4.2 Aan de operatoren en de sectororganisaties / 4.3 Aan de FOD Volksgezondheid, seven UNNUMBERED bullet
sentences of different forms ('Het Comité beveelt aan om', 'zouden ... moeten worden genomen', 'Het is aangewezen',
'Operatoren zouden ... moeten'; 1-7 by order), 5 Onzekerheden, signature.
Response: printed FAVV web page (browser date header, breadcrumb, URL and 'n/m' footer), questions as bold heads,
order: intro Q, general Q, 3, 1, 2+6 (one answer: agrees / noted), 5, 4, contact Q; 7 unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, CSS @page margin boxes).

Run: /tmp/blind63nl/bin/python tests/docs/src/blind63/gen_nl_scicom_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b63nl as B  # noqa: E402

NAME = "blind63_nl_scicom"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B63NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S63", SANS) + fonts("R63", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 22mm 22mm 22mm 24mm;
  @top-right { content: "ADVIES 07-2026"; font-family: S63; font-size: 7pt; color: #666; }
  @bottom-left { content: "Wetenschappelijk Comité van het FAVV  -  Listeria monocytogenes in vleeswaren";
                 font-family: S63; font-size: 7pt; color: #666; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: S63; font-size: 7.4pt; color: #666; } }
@page :first { @top-right { content: none; } }
html { font-family: R63; font-size: 9.3pt; line-height: 1.48; color: #1b1b1b; text-align: justify; }
.mast { display: flex; justify-content: space-between; border-bottom: 2pt solid #003f7d; padding-bottom: 2mm;
        margin-bottom: 7mm; font-family: S63; }
.mast .l { font-size: 11pt; font-weight: bold; color: #003f7d; letter-spacing: 0.6pt; }
.mast .l span { display: block; font-size: 7.4pt; font-weight: normal; color: #555; letter-spacing: 0; }
.mast .r { font-size: 7.4pt; color: #555; text-align: right; }
h1 { font-family: S63; font-size: 15pt; color: #003f7d; margin: 0 0 2mm 0; text-align: left; }
.betreft { font-family: S63; font-size: 9.6pt; margin-bottom: 2mm; text-align: left; }
.dat { font-family: S63; font-size: 8pt; color: #555; margin-bottom: 5mm; }
h2 { font-family: S63; font-size: 11pt; color: #003f7d; margin: 5mm 0 1.8mm 0; break-after: avoid; }
h3 { font-family: S63; font-size: 9.5pt; color: #003f7d; margin: 3.2mm 0 1.4mm 0; break-after: avoid; }
.sum { border: 0.8pt solid #9db6d1; padding: 2.6mm 4mm 0.6mm 4mm; margin-bottom: 3mm; font-size: 8.8pt; }
.sum .t { font-family: S63; font-weight: bold; color: #003f7d; margin-bottom: 1mm; }
.en { font-style: italic; }
ol.v, ol.c { margin: 0 0 2.4mm 0; padding-left: 7mm; }
ol.v li, ol.c li { margin-bottom: 1.2mm; }
ul.a { margin: 0 0 2.4mm 0; padding-left: 6mm; list-style-type: square; }
ul.a li { margin-bottom: 1.8mm; }
.q { margin: 0 10mm 2.4mm 8mm; font-style: italic; }
table.d { width: 100%; font-family: S63; font-size: 7.9pt; margin: 1mm 0 1mm 0; text-align: left; }
table.d th { border-top: 0.9pt solid #003f7d; border-bottom: 0.6pt solid #003f7d; padding: 1mm 1.6mm; }
table.d td { border-bottom: 0.3pt solid #c9d6e4; padding: 0.9mm 1.6mm; }
table.d .r { text-align: right; }
.cap { font-family: S63; font-size: 7.4pt; color: #555; margin-bottom: 3mm; }
.sig { margin-top: 6mm; text-align: left; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 16mm 15mm 16mm 15mm;
  @top-left { content: "15-06-2026 10:42"; font-family: S63; font-size: 7pt; color: #444; }
  @top-center { content: "Vragen en antwoorden: controleprogramma Listeria in vleeswaren | FAVV"; font-family: S63;
                font-size: 7pt; color: #444; }
  @bottom-left { content: "https://www.favv-afsca.be/professionelen/levensmiddelen/listeria/vragen-antwoorden";
                 font-family: S63; font-size: 7pt; color: #444; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: S63; font-size: 7pt; color: #444; } }
html { font-family: S63; font-size: 9pt; line-height: 1.55; color: #222; }
.bar { background: #003f7d; color: #fff; padding: 3mm 5mm; display: flex; justify-content: space-between;
       align-items: center; }
.bar .n { font-weight: bold; font-size: 11pt; letter-spacing: 0.5pt; }
.bar .n span { display: block; font-weight: normal; font-size: 7pt; letter-spacing: 0; }
.bar .m { font-size: 7.6pt; }
.crumb { font-size: 7.4pt; color: #555; margin: 3mm 5mm 4mm 5mm; }
.main { margin: 0 5mm; }
h1 { font-size: 15pt; color: #003f7d; margin: 0 0 1mm 0; }
.upd { font-size: 7.6pt; color: #666; margin-bottom: 4mm; }
.qa { border-top: 0.5pt solid #c9d6e4; padding-top: 2.4mm; margin-bottom: 1.6mm; break-inside: avoid; }
.qa .qq { font-weight: bold; color: #003f7d; margin-bottom: 1mm; }
.qa .qq:before { content: "\\25B8  "; color: #e4a11b; }
.note { background: #f3f6fa; border-left: 2pt solid #e4a11b; padding: 2mm 3mm 0.6mm 3mm; margin: 3mm 0; }
.foot { font-size: 7.4pt; color: #666; border-top: 0.5pt solid #c9d6e4; padding-top: 2mm; margin-top: 5mm; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


def advice():
    b = ["<div class='mast'><div class='l'>WETENSCHAPPELIJK COMITÉ<span>ingesteld bij het Federaal Agentschap voor "
         "de Veiligheid van de Voedselketen</span></div><div class='r'>ADVIES 07-2026<br/>Dossier Sci Com 2025/18"
         "</div></div>",
         "<h1>ADVIES 07-2026 van het Wetenschappelijk Comité</h1>",
         "<div class='betreft'><b>Betreft:</b> Evaluatie van het ontwerp van controleprogramma voor <i>Listeria "
         "monocytogenes</i> in kant-en-klare vleeswaren (dossier Sci Com 2025/18)</div>",
         "<div class='dat'>Advies goedgekeurd door het Wetenschappelijk Comité op 20 februari 2026</div>",
         "<div class='sum'><div class='t'>Samenvatting</div><p>Het FAVV vroeg het Wetenschappelijk Comité om het "
         "ontwerp van controleprogramma voor <i>L. monocytogenes</i> in kant-en-klare vleeswaren te evalueren. Het "
         "Comité besluit dat het programma de risico's bij grote producenten goed afdekt, maar dat kleine "
         "producenten en de hygiëne van snijmachines meer aandacht verdienen. Het Comité pleit onder meer voor meer "
         "monsters bij kleine producenten en voor omgevingsmonsters.</p></div>",
         "<div class='sum en'><div class='t'>Summary</div><p>The Scientific Committee of the FASFC evaluated the "
         "draft control programme for <i>L. monocytogenes</i> in ready-to-eat meat products. It concludes that small "
         "producers and the hygiene of slicing machines deserve more attention, and recommends, among other things, "
         "more samples at small producers.</p></div>",
         "<h2>1. Referentietermen</h2>",
         "<h3>1.1 Vraagstelling</h3>",
         "<p>Het Agentschap stelde het Comité de volgende vragen:</p>",
         "<ol class='v'><li>Is de voorgestelde bemonsteringsfrequentie voldoende om een verhoogde besmetting tijdig "
         "op te sporen?</li><li>Zijn de gekozen productcategorieën representatief voor het risico voor de "
         "consument?</li><li>Welke bijkomende maatregelen zijn aangewezen voor risicogroepen?</li></ol>",
         "<h3>1.2 Wettelijk kader</h3>",
         "<p>Volgens Verordening (EG) nr. 2073/2005 inzake microbiologische criteria voor levensmiddelen moeten "
         "producenten van kant-en-klare levensmiddelen kunnen aantonen dat het product gedurende de hele "
         "houdbaarheid onder de limiet van 100 kve/g blijft. Het FAVV controleert of de operatoren dit in hun "
         "autocontrolesysteem opnemen.</p>",
         "<h2>2. Gegevens en risicobeoordeling</h2>",
         "<p>Het Comité baseerde zich op de resultaten van het controleprogramma van 2022 tot 2025 en op gegevens "
         "van het Nationaal Referentielaboratorium.</p>",
         "<table class='d'><tr><th>Productcategorie</th><th class='r'>Monsters</th><th class='r'>Positief (%)</th>"
         "<th class='r'>&gt; 100 kve/g</th></tr>"
         "<tr><td>Gesneden gekookte ham, grote producenten</td><td class='r'>1.284</td><td class='r'>1,2</td>"
         "<td class='r'>2</td></tr>"
         "<tr><td>Gesneden gekookte ham, kleine producenten</td><td class='r'>316</td><td class='r'>4,1</td>"
         "<td class='r'>3</td></tr>"
         "<tr><td>Paté en vleesbereidingen</td><td class='r'>742</td><td class='r'>2,6</td><td class='r'>1</td></tr>"
         "<tr><td>Gerookte en gedroogde vleeswaren</td><td class='r'>528</td><td class='r'>0,8</td>"
         "<td class='r'>0</td></tr></table>",
         "<div class='cap'>Tabel 1. Resultaten van het controleprogramma 2022-2025 (fictieve gegevens).</div>",
         "<p>Kleine producenten, vaak beenhouwerijen die zelf vleeswaren snijden en verpakken, vertonen een hogere "
         "besmettingsgraad. De sectororganisaties wezen er tijdens de hoorzitting op dat een jaarlijkse extra "
         "controle volgens hen \u2018zou moeten volstaan\u2019. Het Comité deelt die mening niet, omdat het aantal "
         "monsters per bedrijf te klein is om een trend te zien.</p>",
         "<p>In zijn advies 14-2019 vroeg het Comité al om</p>",
         "<p class='q'>\u2018de frequentie van de controles af te stemmen op het risicoprofiel van de "
         "inrichting\u2019.</p>",
         "<p>Het Agentschap heeft dat intussen ingevoerd via de bonus-malusregeling.</p>",
         "<h2>3. Conclusies</h2>",
         "<ol class='c'><li>De prevalentie van <i>L. monocytogenes</i> is bij kleine producenten ruim drie keer hoger "
         "dan bij grote producenten.</li>"
         "<li>Het ontwerp van programma neemt alleen monsters van eindproducten. Besmetting vanuit de omgeving, "
         "zoals snijmachines, blijft daardoor lang onopgemerkt.</li>"
         "<li>Een houdbaarheidsstudie die na een receptwijziging niet wordt herhaald, kan de werkelijke groei van de "
         "bacterie onderschatten.</li>"
         "<li>Zwangere vrouwen en ouderen kennen de risicovolle producten onvoldoende.</li></ol>",
         "<h2>4. Aanbevelingen</h2>",
         "<h3>4.1 Aan het FAVV</h3>",
         "<ul class='a'><li>Het Comité beveelt aan om het aantal monsters bij kleine producenten te verdubbelen tot "
         "minstens vier per jaar.</li>"
         "<li>Naast eindproducten zouden bij elke inspectie ook omgevingsmonsters moeten worden genomen van "
         "oppervlakken die met het product in contact komen.</li>"
         "<li>Het is aangewezen de resultaten van het programma jaarlijks per productcategorie bekend te maken."
         "</li>"
         "<li>Het Comité beveelt aan het programma na twee jaar te evalueren op basis van de typering van de "
         "gevonden stammen.</li></ul>",
         "<h3>4.2 Aan de operatoren en de sectororganisaties</h3>",
         "<ul class='a'><li>Operatoren zouden hun houdbaarheidsstudies moeten herhalen bij elke wijziging van "
         "recept, verpakking of bewaartemperatuur.</li>"
         "<li>Het Comité beveelt de sectororganisaties aan om in hun autocontrolegids een module over het reinigen "
         "van snijmachines op te nemen.</li></ul>",
         "<h3>4.3 Aan de FOD Volksgezondheid</h3>",
         "<ul class='a'><li>Het Comité beveelt de FOD Volksgezondheid aan om zwangere vrouwen via vroedvrouwen en "
         "huisartsen beter te informeren over risicovolle voedingsmiddelen.</li></ul>",
         "<h2>5. Onzekerheden</h2>",
         "<p>Over de typering van stammen bij kleine producenten zijn weinig gegevens beschikbaar. De schatting van "
         "de prevalentie steunt voor die groep op 316 monsters.</p>",
         "<div class='sig'>Voor het Wetenschappelijk Comité,<br/>De Voorzitter,<br/><br/>Prof. dr. L. Van "
         "Rompaey<br/>Brussel, 20 februari 2026</div>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def qa(q, *ps):
    return "<div class='qa'><div class='qq'>" + q + "</div>" + "".join(f"<p>{p}</p>" for p in ps) + "</div>"


def response():
    b = ["<div class='bar'><div class='n'>FAVV<span>Federaal Agentschap voor de Veiligheid van de Voedselketen"
         "</span></div><div class='m'>Consumenten  |  Professionelen  |  Over het FAVV  |  NL  FR  DE  EN</div>"
         "</div>",
         "<div class='crumb'>Home &gt; Professionelen &gt; Levensmiddelen &gt; Listeria &gt; Vragen en antwoorden"
         "</div>",
         "<div class='main'>",
         "<h1>Vragen en antwoorden: het controleprogramma Listeria in vleeswaren vanaf 2027</h1>",
         "<div class='upd'>Laatste update: 15/06/2026</div>",
         qa("Waarom een nieuw controleprogramma?",
            "Het FAVV herziet zijn controleprogramma's regelmatig. Voor <i>Listeria</i> in vleeswaren vroeg het "
            "Agentschap in 2025 advies aan zijn Wetenschappelijk Comité (advies 07-2026). Op basis daarvan en na "
            "overleg met de sector in het Raadgevend Comité werd het programma voor 2027 vastgelegd."),
         qa("Wat is <i>Listeria monocytogenes</i>?",
            "<i>Listeria monocytogenes</i> is een bacterie die voorkomt in de bodem, in water en bij dieren. Zij kan "
            "ook bij koelkasttemperatuur groeien. Een besmetting kan ernstig zijn voor zwangere vrouwen, "
            "pasgeborenen, ouderen en mensen met een verzwakte afweer."),
         qa("Worden de resultaten van de controles bekendgemaakt?",
            "Ja. Het FAVV publiceert de resultaten vanaf 2028 jaarlijks in zijn activiteitenverslag, opgesplitst "
            "per productcategorie. Resultaten van individuele bedrijven worden niet gepubliceerd."),
         qa("Neemt het FAVV meer monsters bij kleine producenten?",
            "Ja. Vanaf 1 januari 2027 nemen wij bij kleine producenten drie monsters per jaar in plaats van twee. "
            "Het Wetenschappelijk Comité adviseerde vier monsters. Met de huidige capaciteit van de erkende "
            "laboratoria is dat op korte termijn niet haalbaar."),
         qa("Controleert het FAVV ook snijmachines en werkbladen?",
            "Ja. Vanaf 2027 neemt de controleur bij elke inspectie ook monsters van snijmachines, werkbladen en "
            "andere oppervlakken die met vleeswaren in contact komen.",
            "Het Wetenschappelijk Comité vroeg daarnaast aan de sectororganisaties om hun gids aan te vullen met "
            "een reinigingsmodule voor snijmachines. Dat is een keuze van de sector zelf; het FAVV neemt er akte "
            "van en zal een aangepaste gids beoordelen zodra die wordt ingediend."),
         qa("Moet ik mijn houdbaarheidsstudie opnieuw uitvoeren als ik mijn recept aanpas?",
            "Niet bij elke aanpassing. Het Wetenschappelijk Comité stelde voor een nieuwe studie te vragen bij "
            "elke wijziging van recept, verpakking of bewaartemperatuur. Het FAVV volgt dat voorstel niet. Een "
            "nieuwe studie is alleen nodig als de wijziging de groei van <i>Listeria</i> kan beïnvloeden, "
            "bijvoorbeeld een lager zoutgehalte, een hogere pH of een langere houdbaarheidsdatum. Raadpleeg bij "
            "twijfel de gids van uw sector."),
         qa("Wanneer wordt het programma geëvalueerd?",
            "Het FAVV evalueert het programma na drie jaar, in 2030. Het Wetenschappelijk Comité stelde twee jaar "
            "voor, maar volgens het Agentschap is die periode te kort om betrouwbare trends in de typering van de "
            "stammen te zien."),
         qa("Waar kan ik terecht met vragen?",
            "Neem contact op met de lokale controle-eenheid (LCE) van uw provincie. De contactgegevens vindt u op "
            "onze website onder \u2018Contact\u2019."),
         "<div class='note'><p><b>Let op:</b> deze pagina vervangt de vragen en antwoorden over het programma "
         "2022-2026. Die blijven raadpleegbaar in het archief.</p></div>",
         "<div class='foot'>© FAVV 2026  |  Kruidtuinlaan 55, 1000 Brussel  |  Privacy  |  Toegankelijkheid"
         "</div></div>"]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        (1, "Het Comité beveelt aan om het aantal monsters bij kleine producenten",
         "nemen wij bij kleine producenten drie monsters per jaar", "partly"),
        (2, "Naast eindproducten zouden bij elke inspectie ook omgevingsmonsters moeten worden",
         "neemt de controleur bij elke inspectie ook monsters van snijmachines", "agrees"),
        (3, "Het is aangewezen de resultaten van het programma jaarlijks per",
         "publiceert de resultaten vanaf 2028 jaarlijks in zijn activiteitenverslag", "agrees"),
        (4, "Het Comité beveelt aan het programma na twee jaar te evalueren",
         "Het FAVV evalueert het programma na drie jaar", "partly", ["disagrees"]),
        (5, "Operatoren zouden hun houdbaarheidsstudies moeten herhalen bij elke wijziging van",
         "Het FAVV volgt dat voorstel niet", "disagrees"),
        (6, "Het Comité beveelt de sectororganisaties aan om in hun autocontrolegids",
         "de sector zelf; het FAVV neemt er akte van", "noted"),
        (7, "Het Comité beveelt de FOD Volksgezondheid aan om zwangere vrouwen",
         None, "unanswered"),
    ], ["na overleg met de sector in het Raadgevend Comité",
        "is een bacterie die voorkomt in de bodem",
        "Neem contact op met de lokale controle-eenheid",
        "deze pagina vervangt de vragen en antwoorden"],
        "ADVIES 07-2026 of the WETENSCHAPPELIJK COMITE ingesteld bij het FAVV (Belgian food safety agency) on a draft "
        "control programme for Listeria monocytogenes in ready-to-eat cold meats, answered by the FAVV's printed "
        "web page VRAGEN EN ANTWOORDEN for operators. Regulation (EC) No 2073/2005 and the 100 cfu/g limit are "
        "real; the dossier, figures, people, the 2019 advice and the programme are invented. The seven "
        "recommendations are UNNUMBERED SQUARE BULLETS under three addressee sub-heads (4.1 Aan het FAVV: four; "
        "4.2 Aan de operatoren en de sectororganisaties: two; 4.3 Aan de FOD Volksgezondheid: one), 1-7 by order, "
        "in different forms ('Het Comité beveelt aan om', 'zouden ... moeten worden genomen', 'Het is aangewezen', "
        "'Operatoren zouden ... moeten herhalen'). Not recommendations: the Dutch Samenvatting and English Summary "
        "paraphrases ('pleit onder meer voor', 'recommends, among other things'), the agency's questions 1.-3., the "
        "Regulation's 'moeten ... kunnen aantonen', Tabel 1, the sector's 'zou moeten volstaan', the 2019 advice "
        "quoted ('de frequentie van de controles af te stemmen') and reported as implemented, conclusions 1.-4., "
        "Onzekerheden. Response: Q&A page, questions as heads, order intro, general, 3, 1, 2+6, 5, 4, contact: 3 "
        "agrees (yearly publication from 2028); 1 partly (three samples, not four); ONE answer: 2 agrees (surface "
        "samples at every inspection) + 6 noted ('Dat is een keuze van de sector zelf; het FAVV neemt er akte van'); "
        "5 disagrees ('Het FAVV volgt dat voorstel niet'; the question 'Moet ik ...' is the operator's); 4 partly "
        "(three years instead of two; disagrees also allowed); 7 (information for pregnant women, addressed to the "
        "FOD) UNANSWERED. 'Waarom een nieuw controleprogramma?', 'Wat is Listeria monocytogenes?', the contact "
        "answer and the archive note answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

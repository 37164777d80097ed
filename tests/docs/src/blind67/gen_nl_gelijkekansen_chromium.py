"""Round 67 (nl): an ADVIES of the Belgian federal RAAD VAN DE GELIJKE KANSEN VOOR MANNEN EN VROUWEN (advisory
council to the federal minister for equal opportunities; advice adopted by its Bureau) on a draft bill reforming the
thematic leaves, answered by the federal minister of Work's LETTER WITH AN ENCLOSURE ('Bijlage: antwoord op de
aanbevelingen'), which quotes each recommendation in a grey box and answers it under 'Antwoord'.

Advice: advies nr. 171, 3 p.: blue title block with the formal Belgian title, a shaded SIDEBAR floated right on page
1 ('In het kort') that PARAPHRASES the advice, then I Inleiding (the minister's request, the KB of 1993), II Context
(Directive (EU) 2019/1158's 'moeten de lidstaten', Tabel 1 of uptake by gender, the 2019 advice nr. 139 quoted and
reported as partly followed), III Bespreking van het voorontwerp III.1-III.4 with SEVEN UNNUMBERED BOLD
RECOMMENDATIONS inside ordinary paragraphs ('De Raad beveelt aan om', 'De Raad vraagt de minister om', 'De Raad
vraagt de Gemeenschappen om', 'Tot slot vraagt de Raad'), a BOLD welcome that is no recommendation ('De Raad
verwelkomt'), 'De Raad stelt vast', 'zouden ... moeten'; IV Besluit.
Response: minister's letter (intro and closing: nothing) + 'Bijlage': blocks quoting the recommendation(s) in a grey
box, then 'Antwoord': rec 4 (noted: a competence of the Communities), ONE block quoting recs 2 and 3 (2 agrees, 3
disagrees), a block answering the Council's FINDING on fathers' uptake (answers no recommendation), rec 7 (partly:
four months instead of six), rec 1 (partly: 90 instead of 100 percent), rec 5 (agrees); rec 6 (RVA statistics)
unanswered.
Engine: headless Chromium --print-to-pdf (ligature-free DejaVu copies via @font-face, @page margin boxes, a CSS
float for the sidebar).

Run: /tmp/blind67nl/bin/python tests/docs/src/blind67/gen_nl_gelijkekansen_chromium.py   (needs chromium)"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b67nl as B  # noqa: E402

NAME = "blind67_nl_gelijkekansen"
SANS = B.nolig_fonts()
SERIF = B.nolig_fonts("B67NL Serif", {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf",
                                      "Italic": "DejaVuSerif-Italic.ttf", "Bold Italic": "DejaVuSerif-BoldItalic.ttf"})


def fonts(fam, paths):
    css = ""
    for stl, (w, s) in {"Regular": ("normal", "normal"), "Bold": ("bold", "normal"), "Italic": ("normal", "italic"),
                        "Bold Italic": ("bold", "italic")}.items():
        css += (f"@font-face {{ font-family: {fam}; src: url(file://{paths[stl]}); font-weight: {w}; "
                f"font-style: {s}; }}\n")
    return css


BASE = fonts("S67", SANS) + fonts("R67", SERIF) + """
html { font-variant-ligatures: none; }
p { margin: 0 0 2.4mm 0; }
table { border-collapse: collapse; }
"""

ADV_CSS = BASE + """
@page { size: A4; margin: 18mm 20mm 20mm 20mm;
  @top-left { content: "Raad van de Gelijke Kansen voor Mannen en Vrouwen - advies nr. 171"; font-family: S67;
    font-size: 7pt; color: #666; }
  @bottom-right { content: "p. " counter(page) "/" counter(pages); font-family: S67; font-size: 7.2pt;
    color: #666; } }
@page:first { @top-left { content: none; } }
body { font-family: R67; font-size: 9.2pt; line-height: 1.45; color: #1a1a1a; }
.tb { background: #24477a; color: #fff; padding: 4mm 5mm 3.5mm 5mm; margin-bottom: 5mm; }
.tb .org { font-family: S67; font-weight: bold; font-size: 10pt; }
.tb .nr { font-family: S67; font-size: 8pt; margin-top: 2mm; }
.tb .tt { font-family: S67; font-weight: bold; font-size: 12.5pt; line-height: 1.3; margin-top: 1.5mm; }
.side { float: right; width: 58mm; margin: 0 0 3mm 5mm; background: #e9eef6; border-top: 2pt solid #24477a;
  padding: 3mm 3.5mm; font-family: S67; font-size: 8pt; line-height: 1.4; }
.side h3 { font-size: 9pt; margin: 0 0 1.5mm 0; color: #24477a; }
h2 { font-family: S67; font-size: 10.2pt; color: #24477a; margin: 4mm 0 1.6mm 0; break-after: avoid; }
h3 { font-family: S67; font-size: 9.2pt; margin: 3mm 0 1mm 0; break-after: avoid; }
.j { text-align: justify; }
.t1 { width: 62%; font-family: S67; font-size: 7.8pt; margin: 1mm 0 0.5mm 0; }
.t1 th { background: #24477a; color: #fff; text-align: left; padding: 1mm 1.5mm; }
.t1 td { border-bottom: 0.5pt solid #9fb0ca; padding: 0.9mm 1.5mm; }
.t1 td.r, .t1 th.r { text-align: right; }
.cap { font-family: S67; font-size: 7.4pt; font-style: italic; color: #555; }
.q { margin: 0 8mm 2.4mm 8mm; font-style: italic; color: #333; }
.sig { margin-top: 5mm; }
"""

RES_CSS = BASE + """
@page { size: A4; margin: 20mm 22mm 20mm 22mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: S67; font-size: 7.6pt; } }
body { font-family: S67; font-size: 9.2pt; line-height: 1.45; color: #000; }
.lh { display: flex; justify-content: space-between; border-bottom: 0.8pt solid #24477a; padding-bottom: 2mm;
  margin-bottom: 6mm; }
.lh .a { font-weight: bold; font-size: 10pt; color: #24477a; }
.lh .b { font-size: 7.6pt; color: #444; text-align: right; }
.addr { margin: 0 0 6mm 95mm; font-size: 8.8pt; }
.ref { font-size: 7.6pt; display: flex; gap: 10mm; margin-bottom: 5mm; }
.ref b { display: block; }
.j { text-align: justify; }
.bh { font-weight: bold; font-size: 11pt; color: #24477a; margin: 0 0 3mm 0; break-before: page; }
.blk { margin: 0 0 4.5mm 0; }
.bt { font-weight: bold; font-size: 9.4pt; margin: 0 0 1.2mm 0; break-after: avoid; }
.qb { background: #eeeeee; border-left: 2pt solid #8a8a8a; padding: 2mm 3mm; margin: 0 0 1.6mm 0;
  font-family: R67; font-style: italic; font-size: 8.8pt; }
.qb p { margin: 0 0 1.2mm 0; }
.qb p:last-child { margin: 0; }
.al { font-weight: bold; font-size: 8.6pt; margin: 0 0 0.6mm 0; }
"""


def doc(css, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>" + css + "</style></head><body>"
            + body + "</body></html>")


RECS = [
    "De Raad beveelt aan om de uitkering tijdens het geboorteverlof vanaf de vierde dag te verhogen van 82 naar 100 "
    "procent van het begrensde brutoloon.",
    "De Raad vraagt de minister om het ouderschapsverlof voor elke ouder met één maand te verlengen, op voorwaarde "
    "dat die maand niet overdraagbaar is.",
    "De Raad beveelt aan om de forfaitaire uitkering voor ouderschapsverlof te vervangen door een uitkering die in "
    "verhouding staat tot het loon.",
    "De Raad vraagt de Gemeenschappen om de openingsuren van de kinderopvang beter af te stemmen op ploegenwerk en "
    "deeltijds werk.",
    "De Raad beveelt aan om in het voorontwerp een verplichte genderimpactanalyse op te nemen die drie jaar na de "
    "inwerkingtreding wordt geactualiseerd.",
    "Tot slot vraagt de Raad dat de RVA de gegevens over de opname van alle thematische verloven jaarlijks "
    "uitgesplitst naar geslacht publiceert.",
    "De Raad vraagt om de bijzondere ontslagbescherming na afloop van een thematisch verlof te verlengen van drie "
    "naar zes maanden.",
]


def advice():
    b = ["<div class='tb'><div class='org'>RAAD VAN DE GELIJKE KANSEN VOOR MANNEN EN VROUWEN</div>"
         "<div class='nr'>Advies nr. 171 van 12 juni 2026 van het Bureau van de Raad</div>"
         "<div class='tt'>betreffende het voorontwerp van wet tot hervorming van het geboorteverlof, het "
         "ouderschapsverlof en de andere thematische verloven</div></div>",
         "<div class='side'><h3>In het kort</h3>"
         "<p>De Raad steunt de hervorming, maar vindt dat ze te weinig doet om de ongelijke verdeling van de zorg "
         "tussen moeders en vaders te verkleinen. Hij pleit onder meer voor een betere vergoeding, voor "
         "verlofrechten die niet van de ene ouder naar de andere kunnen worden overgedragen en voor een degelijke "
         "opvolging van de gevolgen voor vrouwen en mannen.</p>"
         "<p>Ook de kinderopvang en de bescherming van werknemers na hun verlof komen aan bod.</p></div>",
         "<h2>I. Inleiding</h2>",
         "<p class='j'>Bij brief van 6 mei 2026 vroeg de minister van Werk de Raad om advies over het voorontwerp "
         "van wet tot hervorming van de thematische verloven. Gezien de korte termijn werd het advies voorbereid "
         "door het Bureau van de Raad, overeenkomstig artikel 4 van het koninklijk besluit van 15 februari 1993 tot "
         "oprichting van een Raad van de Gelijke Kansen voor Mannen en Vrouwen. Het advies werd op 12 juni 2026 "
         "goedgekeurd.</p>",
         "<p class='j'>Het voorontwerp verlengt het geboorteverlof van twintig naar vierentwintig dagen, bundelt "
         "de bestaande thematische verloven in één wet en vereenvoudigt de aanvraag via een digitaal loket bij de "
         "Rijksdienst voor Arbeidsvoorziening (RVA). <b>De Raad verwelkomt de verlenging van het geboorteverlof "
         "als een belangrijke stap naar een evenwichtiger verdeling van de zorg.</b></p>",
         "<h2>II. Context</h2>",
         "<p class='j'>Volgens artikel 4 van richtlijn (EU) 2019/1158 betreffende het evenwicht tussen werk en "
         "privéleven moeten de lidstaten ervoor zorgen dat vaders of gelijkwaardige tweede ouders recht hebben op "
         "ten minste tien werkdagen vaderschapsverlof. Het Belgische recht gaat daar al verder dan de richtlijn. "
         "De opname van het verlof verschilt echter sterk tussen vrouwen en mannen (tabel 1).</p>",
         "<table class='t1'><tr><th>Verlof (2025)</th><th class='r'>Vrouwen</th><th class='r'>Mannen</th></tr>"
         "<tr><td>Geboorteverlof, volledig opgenomen</td><td class='r'>-</td><td class='r'>71 %</td></tr>"
         "<tr><td>Ouderschapsverlof, aantal uitkeringsgerechtigden</td><td class='r'>68 %</td>"
         "<td class='r'>32 %</td></tr>"
         "<tr><td>Tijdskrediet met motief zorg</td><td class='r'>77 %</td><td class='r'>23 %</td></tr></table>",
         "<p class='cap'>Tabel 1. Opname van thematische verloven naar geslacht (gegevens RVA, bewerking door de "
         "Raad)</p>",
         "<p class='j'>In zijn advies nr. 139 van 2019 vroeg de Raad al 'het geboorteverlof geleidelijk op te "
         "trekken tot vijftien weken'. Die vraag werd slechts gedeeltelijk ingewilligd: het verlof werd sindsdien "
         "verlengd van tien tot twintig dagen.</p>",
         "<h2>III. Bespreking van het voorontwerp</h2>",
         "<h3>III.1 Het geboorteverlof</h3>",
         "<p class='j'>De Raad stelt vast dat vaders met een hoog loon het geboorteverlof minder vaak volledig "
         "opnemen, omdat de uitkering na de eerste drie dagen beperkt is tot 82 procent van een begrensd loon. "
         f"<b>{RECS[0]}</b> Zo wordt het verlies aan inkomen geen reden meer om het verlof niet op te nemen.</p>",
         "<h3>III.2 Het ouderschapsverlof</h3>",
         "<p class='j'>Het ouderschapsverlof is een individueel recht van vier maanden per ouder. In de praktijk "
         "nemen moeders het veel vaker op dan vaders. Ervaringen in andere lidstaten tonen dat verlof dat "
         f"verloren gaat als de ouder het niet zelf opneemt, vaders aanzet om het op te nemen. <b>{RECS[1]}</b></p>",
         "<p class='j'>De uitkering voor ouderschapsverlof is een vast bedrag van ongeveer 950 euro bruto per "
         "maand voor een volledige onderbreking. Voor de ouder met het hoogste loon, vaak de vader, is het verlies "
         f"daardoor het grootst. <b>{RECS[2]}</b> Beleidsmakers zouden bovendien moeten nagaan of de uitkering "
         "voor alleenstaande ouders volstaat.</p>",
         "<h3>III.3 Combinatie met de kinderopvang</h3>",
         "<p class='j'>Ouders die in ploegen of deeltijds werken, vinden moeilijk kinderopvang die aansluit bij "
         "hun uurrooster. Wanneer de opvang ontbreekt, zijn het meestal de moeders die hun arbeidstijd verminderen. "
         f"<b>{RECS[3]}</b> De Raad beseft dat deze aanbeveling buiten de bevoegdheid van de federale overheid "
         "valt.</p>",
         "<h3>III.4 Opvolging en bescherming</h3>",
         "<p class='j'>De memorie van toelichting bevat een korte gendertest, maar zegt niet hoe de gevolgen van de "
         "hervorming later zullen worden gemeten. De wet van 12 januari 2007 op de gender mainstreaming verplicht "
         f"de regering om voor elk ontwerp de impact op vrouwen en mannen te onderzoeken. <b>{RECS[4]}</b></p>",
         "<p class='j'>De statistieken die de RVA nu publiceert, zijn niet voor alle verloven naar geslacht "
         f"uitgesplitst, wat een goede opvolging bemoeilijkt. <b>{RECS[5]}</b></p>",
         "<p class='j'>Werknemers die na een verlof terugkeren, worden nu gedurende drie maanden beschermd tegen "
         "ontslag. Uit de meldingen bij de Raad blijkt dat problemen zich vaak later voordoen, bijvoorbeeld bij een "
         f"herschikking van taken. <b>{RECS[6]}</b></p>",
         "<h2>IV. Besluit</h2>",
         "<p class='j'>De Raad geeft een gunstig advies over het voorontwerp, onder voorbehoud van de opmerkingen "
         "in dit advies. Hij vraagt de minister om hem op de hoogte te houden van het gevolg dat eraan wordt "
         "gegeven.</p>",
         "<p class='sig'>Voor het Bureau van de Raad,<br/><br/>Ann Verbruggen, voorzitster<br/>"
         "Mohamed El Khattabi, ondervoorzitter</p>"]
    B.chromium_pdf(doc(ADV_CSS, "".join(b)), NAME + "_advice.pdf")


def block(title, quotes, answer_paras):
    qs = "".join(f"<p>{q}</p>" for q in quotes)
    ans = "".join(f"<p class='j'>{a}</p>" for a in answer_paras)
    return (f"<div class='blk'><div class='bt'>{title}</div><div class='qb'>{qs}</div>"
            f"<div class='al'>Antwoord</div>{ans}</div>")


def response():
    b = ["<div class='lh'><div class='a'>De Vice-eersteminister en minister van Werk</div>"
         "<div class='b'>Kunstlaan 7, 1210 Brussel<br/>tel. 02 238 28 11</div></div>",
         "<div class='addr'>Raad van de Gelijke Kansen voor Mannen en Vrouwen<br/>t.a.v. mevrouw Ann Verbruggen, "
         "voorzitster<br/>Ernest Blerotstraat 1<br/>1070 Brussel</div>",
         "<div class='ref'><span><b>Uw kenmerk</b>advies nr. 171</span><span><b>Ons kenmerk</b>"
         "KAB-WERK/2026/0874</span><span><b>Datum</b>9 september 2026</span><span><b>Bijlage</b>1</span></div>",
         "<p><b>Betreft: advies nr. 171 over de hervorming van de thematische verloven</b></p>",
         "<p>Geachte mevrouw de voorzitster,</p>",
         "<p class='j'>Ik dank de Raad voor zijn advies over het voorontwerp van wet tot hervorming van de "
         "thematische verloven, dat binnen een korte termijn werd opgesteld. Het voorontwerp werd op 17 juli 2026 "
         "in tweede lezing door de Ministerraad goedgekeurd en ligt nu voor advies bij de Raad van State.</p>",
         "<p class='j'>In de bijlage bij deze brief vindt u mijn antwoord op de aanbevelingen van de Raad. Ik heb "
         "ook de bevindingen van de Raad over de opname door vaders aan mijn administratie bezorgd.</p>",
         "<p class='j'>Mijn medewerkers staan ter beschikking om dit antwoord in een volgende vergadering van de "
         "Raad toe te lichten.</p>",
         "<p>Met de meeste hoogachting,</p><p><br/>Pieter Van Roosbroeck</p>",
         "<div class='bh'>Bijlage - antwoord op de aanbevelingen van advies nr. 171</div>",
         block("Kinderopvang", [RECS[3]], [
             "Ik neem kennis van deze aanbeveling, die zich tot de Gemeenschappen richt. De kinderopvang is een "
             "bevoegdheid van de Gemeenschappen; ik heb het advies aan mijn collega's van de Vlaamse, Franse en "
             "Duitstalige Gemeenschap bezorgd."]),
         block("Ouderschapsverlof: duur en uitkering", [RECS[1], RECS[2]], [
             "Het voorontwerp wordt op dit punt aangepast: elke ouder krijgt een vijfde maand ouderschapsverlof die "
             "niet kan worden overgedragen en vervalt als de ouder ze niet zelf opneemt.",
             "Een loongerelateerde uitkering voor het ouderschapsverlof is budgettair niet haalbaar en zou de "
             "eenvoud van het stelsel aantasten. De regering behoudt daarom het forfaitaire bedrag, dat wel mee "
             "wordt geïndexeerd."]),
         block("Opname door vaders (vaststelling onder III.1)",
               ["De Raad stelt vast dat vaders met een hoog loon het geboorteverlof minder vaak volledig opnemen."], [
             "Uit de gegevens van de RVA voor 2025 blijkt dat de opname bij vaders met een loon boven het plafond "
             "sinds 2023 wel met zes procentpunten is gestegen."]),
         block("Ontslagbescherming", [RECS[6]], [
             "De bijzondere ontslagbescherming wordt verlengd, maar tot vier maanden na het einde van het verlof in "
             "plaats van de gevraagde zes. Zo blijft het evenwicht met de belangen van kleine werkgevers "
             "bewaard."]),
         block("Uitkering tijdens het geboorteverlof", [RECS[0]], [
             "De uitkering wordt vanaf 1 januari 2027 verhoogd tot 90 procent van het begrensde brutoloon. Een "
             "volledige vergoeding aan 100 procent is binnen het huidige begrotingstraject niet mogelijk."]),
         block("Genderimpactanalyse", [RECS[4]], [
             "Deze aanbeveling wordt gevolgd. De memorie van toelichting wordt aangevuld met een uitgebreide "
             "genderimpactanalyse, en het voorontwerp bepaalt dat het Instituut voor de gelijkheid van vrouwen en "
             "mannen die drie jaar na de inwerkingtreding actualiseert."]),
         ]
    B.chromium_pdf(doc(RES_CSS, "".join(b)), NAME + "_response.pdf")


def expected():
    B.write_expected(NAME, [
        ("1", "De Raad beveelt aan om de uitkering tijdens het geboorteverlof",
         "wordt vanaf 1 januari 2027 verhoogd tot 90 procent", "partly"),
        ("2", "De Raad vraagt de minister om het ouderschapsverlof voor elke",
         "elke ouder krijgt een vijfde maand ouderschapsverlof", "agrees"),
        ("3", "De Raad beveelt aan om de forfaitaire uitkering voor ouderschapsverlof",
         "De regering behoudt daarom het forfaitaire bedrag", "disagrees"),
        ("4", "De Raad vraagt de Gemeenschappen om de openingsuren van de",
         "Ik neem kennis van deze aanbeveling, die zich tot", "noted"),
        ("5", "De Raad beveelt aan om in het voorontwerp een verplichte genderimpactanalyse",
         "De memorie van toelichting wordt aangevuld met een uitgebreide", "agrees"),
        ("6", "Tot slot vraagt de Raad dat de RVA de gegevens", None, "unanswered"),
        ("7", "De Raad vraagt om de bijzondere ontslagbescherming na afloop van",
         "tot vier maanden na het einde van het verlof", "partly"),
    ], [
        "Ik dank de Raad voor zijn advies over het voorontwerp",
        "sinds 2023 wel met zes procentpunten is gestegen",
        "Mijn medewerkers staan ter beschikking om dit antwoord",
    ], "ADVIES of the Belgian federal RAAD VAN DE GELIJKE KANSEN VOOR MANNEN EN VROUWEN (adopted by its Bureau) on a "
       "draft bill reforming birth, parental and other thematic leaves, answered by the federal minister of Work's "
       "LETTER WITH AN ENCLOSURE ('Bijlage - antwoord op de aanbevelingen'). The KB of 15 February 1993, Directive "
       "(EU) 2019/1158, the law of 12 January 2007 on gender mainstreaming, the RVA and the Institute are real; the "
       "advice, its number, the bill's content, figures, people and the quoted advice nr. 139 are invented. The "
       "seven recommendations are UNNUMBERED BOLD SENTENCES inside ordinary paragraphs of III.1-III.4 (numbers are "
       "their order): 'De Raad beveelt aan om' (1, 3, 5), 'De Raad vraagt de minister om' (2), 'De Raad vraagt de "
       "Gemeenschappen om' (4), 'Tot slot vraagt de Raad dat' (6), 'De Raad vraagt om' (7). Not recommendations: "
       "the floated 'In het kort' sidebar on page 1 that paraphrases them ('pleit onder meer voor'), the BOLD 'De "
       "Raad verwelkomt de verlenging' in I, the Directive's 'moeten de lidstaten ervoor zorgen', Tabel 1, advice nr. "
       "139 quoted ('vroeg de Raad al') and reported as partly granted, 'De Raad stelt vast', 'zouden bovendien "
       "moeten nagaan', the law's duty, the Besluit's request. Response: letter (introduction, reference to the "
       "enclosure, offer to explain: nothing), then enclosure blocks with a title, the recommendation(s) quoted "
       "verbatim in a grey box and an 'Antwoord' label, in another order: 4 noted ('Ik neem kennis van', a "
       "competence of the Communities), ONE block quoting 2 and 3 (2 agrees: a fifth, non-transferable month; 3 "
       "disagrees: the flat-rate amount kept), a block quoting the Council's FINDING from III.1 (answers no "
       "recommendation), 7 partly (four months instead of six), 1 partly (90 instead of 100 percent), 5 agrees "
       "('wordt gevolgd'); 6 (RVA statistics by gender) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

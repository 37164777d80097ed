"""Round 78 (nl): the INSPECTIERAPPORT of the Erfgoedinspectie (Inspectie Overheidsinformatie en Erfgoed) on the
care of the Rijkscollectie at a museum (Erfgoedwet), answered by the museum director's BESTUURLIJKE REACTIE (a letter
to the inspectie on the draft report).

Advice: (invented) 'Zorg voor de Rijkscollectie bij Museum Het Zoutpakhuis', 3 p., sans: a Samenvatting paraphrasing
the recommendations, the Erfgoedwet's and the beheerovereenkomst's 'moet' duties, a table of depot climate readings,
the 2019 inspection's recommendation quoted, findings with 'moet'/'zou ... moeten', and chapter 5 'Aanbevelingen' as
a ruled TABLE 'Nr. | Aanbeveling | Termijn' with rows 1-7.
Response: director's letter (2 p., serif) with subject headings in its own words and another order: intro
(nothing), Feitelijke onjuistheden (nothing), Klimaat = 1 agrees, Registratie = 2 partly, ONE section Calamiteiten =
3 agrees + 4 disagrees, Conditie = 7 agrees, Bruiklenen = 5 noted, closing (nothing); 6 unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

Run: /tmp/blind78nl/bin/python tests/docs/src/blind78/gen_nl_erfgoedinspectie_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b78nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind78_nl_erfgoedinspectie"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")
BLUE = colors.HexColor("#154273")
PALE = colors.HexColor("#dde6f1")
GREY = colors.HexColor("#555555")


def st(name, size, lead, fam="DS", **kw):
    return ParagraphStyle(name, fontName=fam, fontSize=size, leading=lead, **kw)


S = {
    "p": st("p", 9.4, 13.8, alignment=4, spaceAfter=6),
    "pr": st("pr", 10, 14.5, "DR", alignment=4, spaceAfter=7),
    "t": st("t", 17, 21, "DSB", textColor=BLUE, spaceAfter=4),
    "sub": st("sub", 10.5, 14, textColor=GREY, spaceAfter=12),
    "h": st("h", 12, 15, "DSB", textColor=BLUE, spaceBefore=9, spaceAfter=4, keepWithNext=1),
    "h2": st("h2", 9.8, 13, "DSB", spaceBefore=5, spaceAfter=3, keepWithNext=1),
    "hr": st("hr", 10.4, 14, "DRB", spaceBefore=8, spaceAfter=3, keepWithNext=1),
    "q": st("q", 9, 13, "DSI", leftIndent=10 * mm, rightIndent=10 * mm, spaceAfter=6),
    "li": st("li", 9.4, 13.8, leftIndent=8 * mm, firstLineIndent=-6 * mm, spaceAfter=3),
    "cell": st("cell", 8.4, 11.4),
    "cellb": st("cellb", 8.4, 11.4, "DSB", textColor=colors.white),
    "box": st("box", 9, 13, spaceAfter=3),
    "meta": st("meta", 9.6, 13.5, "DR"),
}


def P(t, s="p"):
    return Paragraph(t, S[s])


def ruled(rows, widths, head=True):
    data = [[P(c, "cellb" if head and i == 0 else "cell") for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8a9bb0")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), BLUE))
    t.setStyle(TableStyle(style))
    return t


def build(pdfname, story, head, serif=False):
    fam = "DR" if serif else "DS"

    def deco(c, doc):
        c.saveState()
        w, h = A4
        if head and doc.page > 1:
            c.setFont(fam, 7.5)
            c.setFillColor(GREY)
            c.drawString(22 * mm, h - 12 * mm, head)
            c.setStrokeColor(colors.HexColor("#9aa7b8"))
            c.setLineWidth(0.4)
            c.line(22 * mm, h - 13.5 * mm, w - 22 * mm, h - 13.5 * mm)
        if not serif and doc.page == 1:
            c.setFillColor(BLUE)
            c.rect(w / 2 - 4 * mm, h - 30 * mm, 8 * mm, 30 * mm, stroke=0, fill=1)
            c.setFont("DS", 7.5)
            c.setFillColor(colors.black)
            c.drawString(w / 2 + 7 * mm, h - 16 * mm, "Inspectie Overheidsinformatie")
            c.drawString(w / 2 + 7 * mm, h - 19.5 * mm, "en Erfgoed")
            c.drawString(w / 2 + 7 * mm, h - 23 * mm, "Ministerie van Onderwijs, Cultuur en Wetenschap")
        c.setFont(fam, 7.5)
        c.setFillColor(GREY)
        c.drawRightString(w - 22 * mm, 11 * mm, f"{doc.page}")
        c.restoreState()

    top = 36 * mm if not serif else 22 * mm
    doc = BaseDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title=pdfname, author="", creator="", producer="")
    f1 = Frame(22 * mm, 20 * mm, A4[0] - 44 * mm, A4[1] - 20 * mm - top, id="f1")
    f2 = Frame(22 * mm, 20 * mm, A4[0] - 44 * mm, A4[1] - 40 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=deco, autoNextPageTemplate="rest"),
                          PageTemplate("rest", [f2], onPage=deco)])
    doc.build(story)


def advice():
    s = []
    s.append(P("Zorg voor de Rijkscollectie bij Museum Het Zoutpakhuis", "t"))
    s.append(P("Inspectierapport | Toezicht op het beheer van cultuurgoederen van het Rijk | kenmerk IOE-2026-0231 | "
               "april 2026", "sub"))
    box = Table([[P("<b>Samenvatting</b>", "box")],
                 [P("De inspectie heeft in januari en februari 2026 onderzocht hoe Museum Het Zoutpakhuis in Harlingerzijl "
                    "zorgt voor de circa 14.200 objecten uit de Rijkscollectie die het museum in beheer heeft. Het "
                    "museum is betrokken en deskundig, maar het klimaat in depot B is niet stabiel, de registratie "
                    "is onvolledig en het calamiteitenplan is verouderd. De inspectie vraagt het museum kort "
                    "gezegd om het klimaat beter te bewaken, de registratie af te maken, de voorbereiding op "
                    "calamiteiten te verbeteren en de bruiklenen beter bij te houden. Hoofdstuk 5 bevat de "
                    "aanbevelingen.", "box")]], colWidths=[166 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    s += [box, Spacer(1, 6)]
    s.append(P("1 Aanleiding en opzet", "h"))
    s.append(P("De Erfgoedinspectie houdt namens de minister van Onderwijs, Cultuur en Wetenschap toezicht op de "
               "zorg voor cultuurgoederen die eigendom zijn van de Staat. Op grond van de Erfgoedwet moet de "
               "beheerder deze cultuurgoederen behoeden voor verlies en schade en moet hij ze toegankelijk houden "
               "voor het publiek. Het museum heeft de objecten in beheer op grond van een beheerovereenkomst "
               "met de Rijksdienst voor het Cultureel Erfgoed. Daarin staat onder meer: <i>'De beheerder moet "
               "elke wijziging in de standplaats van een object binnen een maand in het collectieregistratiesysteem "
               "vastleggen.'</i>"))
    s.append(P("Het onderzoek beantwoordt drie vragen:"))
    for i, q in enumerate(["Zijn de objecten zo opgeslagen en tentoongesteld dat schade wordt voorkomen?",
                           "Is de collectie volledig en juist geregistreerd, ook wat uitgaande bruiklenen betreft?",
                           "Is het museum voorbereid op een calamiteit zoals brand of wateroverlast?"], 1):
        s.append(P(f"{i}.&nbsp;&nbsp;{q}", "li"))
    s.append(P("De inspectie heeft documenten bestudeerd, de depots en zalen bezocht en gesproken met de directeur, "
               "de conservatoren, de registrator en het hoofd facilitaire zaken. Het museum heeft op het "
               "conceptrapport gereageerd; die bestuurlijke reactie is als bijlage opgenomen in de definitieve "
               "versie."))
    s.append(P("2 Opslag en klimaat", "h"))
    s.append(P("Het museum heeft twee depots: depot A in het museumgebouw en depot B in een voormalige "
               "graanopslag aan de Noorderkade. In depot B liggen vooral textiel, papier en houten "
               "scheepsmodellen, materialen die gevoelig zijn voor schommelingen in temperatuur en "
               "luchtvochtigheid. Het museum meet het klimaat daar met losse dataloggers die eens per kwartaal "
               "worden uitgelezen."))
    s.append(ruled([["Meetpunt", "Norm RV (%)", "Gemeten RV (%)", "Gemeten T (°C)", "Uitschieters"],
                    ["Depot A, ruimte 1", "45-55", "48-53", "17-19", "0"],
                    ["Depot A, ruimte 2", "45-55", "46-57", "17-20", "3"],
                    ["Depot B, textiel", "45-55", "38-66", "12-24", "41"],
                    ["Depot B, papier", "40-50", "36-63", "12-23", "37"]],
                   [40 * mm, 28 * mm, 32 * mm, 32 * mm, 28 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("De schommelingen in depot B zijn groot. Bij de inspectie zag de inspectie schimmelvlekken op twee "
               "vaandels. Een depot met een collectie van dit belang moet een stabiel klimaat hebben; de "
               "klimaatinstallatie zou volgens het hoofd facilitaire zaken al in 2024 vervangen moeten zijn. "
               "Het museum heeft dat uitgesteld in afwachting van een besluit over verhuizing van depot B."))
    s.append(P("3 Registratie en bruiklenen", "h"))
    s.append(P("Van de 14.200 objecten is 81 procent volledig beschreven in het collectieregistratiesysteem. Van "
               "de overige objecten ontbreken vaak de standplaats en een foto. Bij de steekproef van 120 objecten "
               "vond de inspectie er 9 niet op de geregistreerde plek; 2 objecten werden na zoeken teruggevonden "
               "in de restauratieruimte. Bij de vorige inspectie, in 2019, schreef de inspectie al:"))
    s.append(P("'Het museum moet de achterstand in de registratie binnen vijf jaar wegwerken en de standplaatsen "
               "actueel houden.'", "q"))
    s.append(P("Het museum heeft sindsdien vooruitgang geboekt (van 64 naar 81 procent), maar de achterstand is "
               "niet weggewerkt. Ook de administratie van uitgaande bruiklenen is niet op orde: bij drie van de elf "
               "lopende bruiklenen ontbrak een geldige bruikleenovereenkomst. Bruikleennemers moeten volgens de "
               "beheerovereenkomst een conditierapport bij terugkomst ondertekenen; dat gebeurde in vier gevallen "
               "niet."))
    s.append(P("4 Voorbereiding op calamiteiten", "h"))
    s.append(P("Het calamiteitenplan dateert van 2017 en noemt medewerkers die niet meer in dienst zijn. Er is "
               "geen prioriteitenlijst van objecten die bij brand als eerste moeten worden gered, en het museum "
               "heeft nooit samen met de brandweer geoefend. Er ligt geen noodmateriaal (zoals kratten, folie en "
               "absorptiemateriaal) klaar bij depot B. Een medewerker zei: 'Als het hier misgaat, weten we niet "
               "wie wat moet doen.' De inspectie deelt die zorg."))
    s.append(P("De inspectie merkt ook op dat de conditie van de objecten niet periodiek wordt vastgesteld. "
               "Schade wordt daardoor pas laat opgemerkt, zoals bij de vaandels in depot B. Het museum zou volgens "
               "de eigen collectieplannen een conditiemeting moeten houden, maar het collectieplan 2021-2025 is "
               "niet uitgevoerd op dit punt."))
    s.append(P("5 Aanbevelingen", "h"))
    s.append(P("Op grond van de bevindingen doet de inspectie het museum de volgende aanbevelingen. De inspectie "
               "vraagt het museum binnen drie maanden na vaststelling van dit rapport een plan van aanpak te "
               "sturen en zal in 2027 nagaan wat met de aanbevelingen is gedaan."))
    recs = [
        ("1", "Breng in depot B een continue klimaatbewaking aan met alarmering bij overschrijding van de normen, "
              "en laat de vaandels met schimmel door een restaurator behandelen.", "binnen 6 maanden"),
        ("2", "Maak de registratie van alle objecten van de Rijkscollectie volledig, inclusief standplaats en "
              "foto, en houd de standplaatsen daarna maandelijks actueel.", "eind 2027"),
        ("3", "Actualiseer het calamiteitenplan, stel een prioriteitenlijst van te redden objecten op en oefen "
              "het plan jaarlijks samen met de brandweer.", "binnen 6 maanden"),
        ("4", "Richt bij depot B een eigen voorraad noodmateriaal in, zodat bij wateroverlast of brand direct "
              "kan worden opgetreden.", "binnen 3 maanden"),
        ("5", "Leg alle uitgaande bruiklenen vast in een geldige overeenkomst en meld nieuwe bruiklenen van "
              "objecten van de Rijkscollectie vooraf aan de inspectie.", "direct"),
        ("6", "Neem een besluit over de toekomst van depot B en stel, zolang de objecten daar blijven, een "
              "tijdelijk verbeterplan voor het gebouw op.", "binnen 6 maanden"),
        ("7", "Houd elke vijf jaar een conditiemeting van de gehele collectie en leg de uitkomsten vast in "
              "het collectieregistratiesysteem.", "eerste meting 2027"),
    ]
    s.append(ruled([["Nr.", "Aanbeveling", "Termijn"]] + [list(r) for r in recs],
                   [12 * mm, 124 * mm, 30 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("De inspectie heeft geen aanleiding gezien om de minister te adviseren over herplaatsing van "
               "objecten. Wel merkt zij op dat het museum volgens de Erfgoedwet het verlies van een object onverwijld "
               "moet melden; dat is voor de twee tijdelijk vermiste objecten terecht niet gebeurd, omdat zij binnen "
               "een dag zijn teruggevonden."))
    build(NAME + "_advice.pdf", s, "Erfgoedinspectie | Zorg voor de Rijkscollectie bij Museum Het Zoutpakhuis")


def response():
    s = []
    s.append(P("<b>Museum Het Zoutpakhuis</b><br/>Noorderkade 4<br/>8861 AB Harlingerzijl", "meta"))
    s.append(Spacer(1, 10))
    s.append(P("Inspectie Overheidsinformatie en Erfgoed<br/>t.a.v. mevrouw drs. L.M. Verhoeckx, inspecteur<br/>"
               "Postbus 16478<br/>2500 BL Den Haag", "meta"))
    s.append(Spacer(1, 10))
    s.append(P("Harlingerzijl, 27 maart 2026<br/>Ons kenmerk: DIR/2026/044<br/>Uw kenmerk: IOE-2026-0231<br/>"
               "Onderwerp: bestuurlijke reactie op het conceptrapport", "meta"))
    s.append(Spacer(1, 10))
    s.append(P("Geachte mevrouw Verhoeckx,", "pr"))
    s.append(P("Op 12 maart 2026 ontvingen wij het conceptrapport over de zorg voor de Rijkscollectie in ons museum. "
               "Wij danken de inspectie voor het zorgvuldige onderzoek en de open gesprekken met onze medewerkers. "
               "Hieronder geven wij onze reactie, zodat u die als bijlage bij het definitieve rapport kunt "
               "opnemen.", "pr"))
    s.append(P("Feitelijke onjuistheden", "hr"))
    s.append(P("In paragraaf 3 staat dat 9 van de 120 objecten niet op de geregistreerde plek lagen. Volgens onze "
               "eigen controle waren het er 8; één object stond op een naastgelegen plank die in het systeem een "
               "ander nummer heeft. Wij vragen u dit aan te passen of toe te lichten.", "pr"))
    s.append(P("Klimaat in depot B", "hr"))
    s.append(P("Wij herkennen het beeld van depot B. Inmiddels hangen er in alle ruimten van depot B draadloze "
               "sensoren die elke tien minuten meten en bij overschrijding een melding sturen naar de dienstdoende "
               "medewerker. De twee vaandels zijn op 3 maart overgebracht naar een textielrestaurator in Leeuwarden. "
               "Wij hebben deze aanbeveling daarmee uitgevoerd.", "pr"))
    s.append(P("Calamiteiten", "hr"))
    s.append(P("Het calamiteitenplan wordt op dit moment herschreven en is in juni klaar. Een prioriteitenlijst per "
               "zaal en per depot maakt daarvan deel uit. Met de brandweer Fryslân is afgesproken dat wij vanaf "
               "het najaar van 2026 elk jaar een gezamenlijke oefening houden; dit neemt het museum dus volledig "
               "over.", "pr"))
    s.append(P("Een eigen voorraad noodmateriaal bij depot B achten wij niet zinvol. Het museum is aangesloten bij "
               "het regionale calamiteitennetwerk Erfgoed Noord, dat een volledig uitgeruste noodcontainer heeft "
               "staan op acht minuten rijden van depot B. Een tweede voorraad zou dubbel werk zijn; wij kiezen "
               "daar daarom niet voor.", "pr"))
    s.append(P("Conditie van de collectie", "hr"))
    s.append(P("De inspectie heeft gelijk dat de conditie van de collectie te weinig wordt gevolgd. Wij nemen de "
               "vijfjaarlijkse conditiemeting op in het nieuwe collectieplan 2026-2030; de eerste meting begint in "
               "2027 met depot B.", "pr"))
    s.append(P("Registratie", "hr"))
    s.append(P("Wij zijn het met de inspectie eens dat de registratie volledig moet zijn. De termijn van eind 2027 "
               "is voor ons echter niet haalbaar: met de huidige formatie van anderhalve registrator halen wij "
               "ongeveer 1.100 objecten per jaar. Wij streven naar een volledige registratie eind 2028 en "
               "houden de standplaatsen vanaf nu wel maandelijks bij.", "pr"))
    s.append(P("Bruiklenen", "hr"))
    s.append(P("De drie ontbrekende overeenkomsten zijn inmiddels opgesteld en ondertekend. Over de vraag of "
               "nieuwe bruiklenen vooraf bij de inspectie moeten worden gemeld, hebben wij kennisgenomen van het "
               "standpunt van de inspectie. De beheerovereenkomst legt die meldplicht nu niet op; wij leggen "
               "deze vraag voor aan de Rijksdienst voor het Cultureel Erfgoed als partij bij die overeenkomst.",
               "pr"))
    s.append(P("Tot slot", "hr"))
    s.append(P("Wij sturen u het plan van aanpak binnen de termijn van drie maanden. Voor vragen kunt u contact "
               "opnemen met ons hoofd collecties, de heer J. Terpstra.", "pr"))
    s.append(P("Met vriendelijke groet,<br/><br/>drs. A.C. (Anneke) Bosgra-Hiemstra<br/>directeur-bestuurder",
               "pr"))
    build(NAME + "_response.pdf", s, "Museum Het Zoutpakhuis | bestuurlijke reactie IOE-2026-0231", serif=True)


RECS = [
    (1, "Breng in depot B een continue klimaatbewaking aan met alarmering",
     "Wij hebben deze aanbeveling daarmee uitgevoerd", "agrees"),
    (2, "Maak de registratie van alle objecten van de Rijkscollectie volledig",
     "Wij streven naar een volledige registratie eind 2028", "partly"),
    (3, "Actualiseer het calamiteitenplan, stel een prioriteitenlijst van te redden",
     "dit neemt het museum dus volledig over", "agrees"),
    (4, "Richt bij depot B een eigen voorraad noodmateriaal in",
     "Een eigen voorraad noodmateriaal bij depot B achten wij niet zinvol", "disagrees"),
    (5, "Leg alle uitgaande bruiklenen vast in een geldige overeenkomst",
     "hebben wij kennisgenomen van het standpunt van de inspectie", "noted"),
    (6, "Neem een besluit over de toekomst van depot B en", None, "unanswered"),
    (7, "Houd elke vijf jaar een conditiemeting van de gehele collectie",
     "Wij nemen de vijfjaarlijkse conditiemeting op in het nieuwe collectieplan", "agrees"),
]
UNMATCHED = [
    "Op 12 maart 2026 ontvingen wij het conceptrapport",
    "Volgens onze eigen controle waren het er 8",
    "Wij sturen u het plan van aanpak binnen de termijn",
]
NOTES = ("INSPECTIERAPPORT of the Erfgoedinspectie (Inspectie Overheidsinformatie en Erfgoed) on a museum's care for "
         "the Rijkscollectie, answered by the museum director's BESTUURLIJKE REACTIE on the draft report. The "
         "Erfgoedwet and the inspectie are real; the museum, Harlingerzijl, the regional network, figures and "
         "people are invented. Recommendations: the rows 1-7 of a ruled table 'Nr. | Aanbeveling | Termijn' in "
         "chapter 5 (imperatives). Traps: a shaded Samenvatting paraphrasing them ('vraagt ... kort gezegd om'); "
         "the Erfgoedwet's 'moet ... behoeden' and 'moet ... melden'; the beheerovereenkomst quoted ('De beheerder "
         "moet'); three numbered research questions; a climate table; 'moet een stabiel klimaat hebben', 'zou ... "
         "vervangen moeten zijn', 'zou ... moeten houden' as findings; the 2019 recommendation quoted ('Het museum "
         "moet de achterstand ...'); a staff quote. Letter: subject headings in another order: intro and "
         "'Feitelijke onjuistheden' (nothing); 'Klimaat in depot B' = 1 agrees (done); ONE section "
         "'Calamiteiten' = 3 agrees (first paragraph) + 4 disagrees (second paragraph, regional container); "
         "'Conditie van de collectie' = 7 agrees; 'Registratie' = 2 partly (end 2028 instead of 2027); "
         "'Bruiklenen' = 5 noted (contracts signed, the reporting duty passed to the RCE); 'Tot slot' (nothing); "
         "6 (decision on depot B) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

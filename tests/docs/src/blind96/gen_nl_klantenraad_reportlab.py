"""Round 96 (nl): the ADVIES of the KLANTENRAAD of a drinking-water company on the proposed new tariff structure,
answered by the directie's REACTIE in a ruled table Code / Reactie directie / Stand van zaken.

Advice (reportlab, sans, blue rule, running head, 'Pagina n'): Drinkwaterwet art. 11 'moet', a tariff table,
Bevindingen 1-3 in bold, the Klantenraad's 2022 advice quoted with 'moet'; recommendations coded A1-A7 in shaded
BOXES. Response: reactienota with a table citing the codes, order A4, A1, A2+A6, A5, A3; A7 unanswered. All
invented.

Run: /tmp/blind96nl/bin/python tests/docs/src/blind96/gen_nl_klantenraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b96nl as B  # noqa: E402
from reportlab.lib.colors import HexColor, white  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind96_nl_klantenraad"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
BLUE = HexColor("#1f5f99")
P = ParagraphStyle("p", fontName="S", fontSize=9.6, leading=13.2, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="SB", fontSize=15, leading=19, textColor=BLUE, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="SB", fontSize=11, leading=14, textColor=BLUE, spaceBefore=8, spaceAfter=4)
SM = ParagraphStyle("sm", fontName="S", fontSize=8.6, leading=11.5)
BOX = ParagraphStyle("box", fontName="S", fontSize=9.6, leading=13)


def deco(head):
    def f(c, doc):
        c.saveState()
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.2)
        c.line(2 * cm, A4[1] - 1.5 * cm, A4[0] - 2 * cm, A4[1] - 1.5 * cm)
        c.setFont("S", 7.5)
        c.setFillColor(HexColor("#555555"))
        c.drawString(2 * cm, A4[1] - 1.3 * cm, head)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Pagina %d" % doc.page)
        c.restoreState()
    return f


def build(fn, story, head):
    doc = SimpleDocTemplate(B.out(fn), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2 * cm, title=head, author="Waterbedrijf Gelre-IJssel")
    doc.build(story, onFirstPage=deco(head), onLaterPages=deco(head))


def p(t, st=P):
    return Paragraph(t, st)


def box(code, text):
    t = Table([[p("<b>%s</b>" % code, BOX), p(text, BOX)]], colWidths=[1.3 * cm, 15.1 * cm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), HexColor("#e3eef8")),
                           ("BOX", (0, 0), (-1, -1), 0.8, BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [t, Spacer(1, 5)]


adv = [
    p("Klantenraad Waterbedrijf Gelre-IJssel", ParagraphStyle("k", parent=SM, fontName="SB", textColor=BLUE)),
    p("Kenmerk KR-2026-02 | Deventer, 12 maart 2026 | Aan: de directie van Waterbedrijf Gelre-IJssel N.V.", SM),
    Spacer(1, 8),
    p("Advies over het voorstel 'Nieuwe tariefstructuur drinkwater 2027'", H1),
    p("1. Aanleiding", H2),
    p("Op 20 januari 2026 heeft de directie de Klantenraad gevraagd advies uit te brengen over het voorstel voor een "
      "nieuwe tariefstructuur voor drinkwater, die op 1 januari 2027 zou moeten ingaan. De Klantenraad bestaat uit "
      "twaalf leden: tien huishoudelijke klanten uit het voorzieningsgebied en twee vertegenwoordigers van "
      "zakelijke klanten. De raad heeft het voorstel besproken in zijn vergaderingen van 5 februari en 4 maart 2026 "
      "en heeft daarnaast een avond voor klanten georganiseerd in Zutphen, waar ruim zestig mensen op afkwamen."),
    p("Het voorstel verhoogt het vaste deel van de rekening (het vastrecht) en verlaagt de prijs per kubieke meter. "
      "Daarnaast wordt een staffeltarief voorgesteld: boven een verbruik van 180 kubieke meter per jaar gaat een "
      "hogere prijs gelden. Volgens artikel 11 van de Drinkwaterwet moet het tarief kostendekkend, transparant en "
      "niet-discriminerend zijn; de Klantenraad toetst het voorstel mede aan die eisen."),
    p("2. Het voorstel in cijfers", H2),
]
tab = Table([["Onderdeel", "Huidig (2026)", "Voorstel (2027)"],
             ["Vastrecht per aansluiting per jaar", "EUR 78,40", "EUR 112,00"],
             ["Prijs per m3 (tot 180 m3)", "EUR 1,21", "EUR 0,98"],
             ["Prijs per m3 (boven 180 m3)", "EUR 1,21", "EUR 1,46"],
             ["Aandeel vastrecht, gemiddeld huishouden", "35%", "52%"]],
            colWidths=[7.5 * cm, 4 * cm, 4 * cm])
tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.8), ("FONT", (0, 0), (-1, 0), "SB", 8.8),
                         ("BACKGROUND", (0, 0), (-1, 0), BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), white),
                         ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor("#9bb8d3"))]))
adv += [tab, Spacer(1, 8),
        p("3. Bevindingen", H2),
        p("<b>Bevinding 1. Kleine huishoudens gaan er fors op vooruit in kosten.</b> Een alleenstaande met een "
          "verbruik van 45 kubieke meter betaalt in het voorstel ongeveer 23 euro per jaar meer. Het bedrijf moet "
          "volgens zijn eigen missie 'betaalbaar water voor iedereen' leveren; de raad ziet hier een spanning."),
        p("<b>Bevinding 2. Grote gezinnen worden door het staffeltarief geraakt.</b> Een gezin van zes personen komt "
          "al snel boven de 180 kubieke meter uit. Dat is geen verspilling maar gewoon gebruik."),
        p("<b>Bevinding 3. De toelichting is voor klanten moeilijk te volgen.</b> Op de klantenavond bleek dat "
          "vrijwel niemand wist wat vastrecht is of waarom het omhoog gaat."),
        p("In zijn advies van 14 juni 2022 over de tarieven van 2023 schreef de Klantenraad al dat 'het bedrijf "
          "moet zorgen dat de rekening voor kleine verbruikers niet onevenredig stijgt'. De directie heeft dat advies "
          "destijds overgenomen. De raad vraagt het bedrijf die lijn vast te houden."),
        p("4. Advies", H2),
        p("Alles overwegende adviseert de Klantenraad de directie als volgt."),
        ]
REC = [
    ("A1", "Houd het vastrecht voor huishoudens op hoogstens 40 procent van de gemiddelde drinkwaterrekening, "
           "zodat zuinige klanten niet meer gaan betalen dan nu."),
    ("A2", "Stel de invoering van het staffeltarief uit tot de gevolgen voor grote gezinnen zijn onderzocht en met "
           "de Klantenraad zijn besproken."),
    ("A3", "Bied klanten met een laag inkomen samen met de gemeenten een kwijtscheldingsregeling of een "
           "sociaal tarief aan."),
    ("A4", "Informeer iedere klant ten minste drie maanden voor de invoering met een persoonlijke brief over de "
           "gevolgen voor zijn eigen rekening."),
    ("A5", "Breng de kosten van nieuwe leidingen naar nieuwbouwwijken niet in het vastrecht van bestaande klanten "
           "onder, maar in de aansluitbijdrage van de projectontwikkelaar."),
    ("A6", "Betrek de Klantenraad voortaan elk jaar vroegtijdig bij de voorbereiding van het tarievenvoorstel."),
    ("A7", "Publiceer elk jaar een vergelijking van uw tarieven met die van de andere drinkwaterbedrijven in "
           "Nederland."),
]
for c, t in REC:
    adv += box(c, t)
adv += [Spacer(1, 6),
        p("De Klantenraad vraagt de directie binnen twee maanden schriftelijk en per adviespunt op dit advies te "
          "reageren, zoals het reglement van de Klantenraad in artikel 6 voorschrijft."),
        p("Namens de Klantenraad,<br/>Marjolein Heuvelink, voorzitter<br/>Ruud ten Brinke, secretaris")]
build(NAME + "_advice.pdf", adv, "Klantenraad Waterbedrijf Gelre-IJssel - advies KR-2026-02 - tariefstructuur 2027")

CELL = ParagraphStyle("c", fontName="S", fontSize=8.9, leading=12)
res = [
    p("Waterbedrijf Gelre-IJssel N.V. - Directie", ParagraphStyle("k", parent=SM, fontName="SB", textColor=BLUE)),
    p("Kenmerk DIR/2026/0188 | Deventer, 30 april 2026 | Aan: de Klantenraad, t.a.v. mevrouw M. Heuvelink", SM),
    Spacer(1, 8),
    p("Reactie van de directie op het advies van de Klantenraad over de tariefstructuur 2027", H1),
    p("De directie dankt de Klantenraad voor het zorgvuldige advies van 12 maart 2026 en voor de goed bezochte "
      "klantenavond in Zutphen. Hieronder reageren wij, zoals het reglement vraagt, per adviespunt. De Raad van "
      "Commissarissen wordt op 19 mei 2026 over het definitieve voorstel geïnformeerd."),
]
rows = [["Advies", "Reactie directie", "Stand van zaken"],
        ["A4", "Wij sturen iedere klant een overzicht van de gevolgen voor de eigen rekening, maar per e-mail en via "
               "Mijn Gelre-IJssel; alleen klanten zonder e-mailadres krijgen een brief. Gezien de planning kan dat "
               "twee maanden voor de invoering, niet drie.", "Gedeeltelijk overgenomen"],
        ["A1", "Het voorstel is aangepast: het vastrecht wordt EUR 96,00 en komt daarmee voor een gemiddeld "
               "huishouden op 39 procent van de rekening.", "Overgenomen"],
        ["A2 en A6", "De Klantenraad wordt vanaf de tarieven voor 2028 al in september bij de voorbereiding "
                     "betrokken; dit nemen wij op in het jaarplan. Het staffeltarief voeren wij wel per 1 januari "
                     "2027 in: uitstel is niet nodig, omdat gezinnen vanaf vijf personen een vrijstelling van "
                     "60 kubieke meter krijgen.", "A6 overgenomen; A2 niet overgenomen"],
        ["A5", "Nieuwe leidingen naar nieuwbouwwijken worden volledig via de aansluitbijdrage van de ontwikkelaar "
               "betaald. Dit was al ons beleid en wij leggen het nu vast in de Aansluitvoorwaarden 2027.",
         "Overgenomen"],
        ["A3", "Een sociaal tarief is in Nederland op dit moment juridisch niet eenvoudig. Wij nemen het voorstel mee "
               "in het overleg met de Vereniging van Waterbedrijven en de gemeenten en komen daar later op terug.",
         "In onderzoek"],
        ["Overig", "Storing Zutphen-Noord: de Klantenraad vroeg in de vergadering van 4 maart naar de storing van "
                   "februari. De oorzaak was een gebroken hoofdleiding bij de Berkel; de compensatie is inmiddels "
                   "uitbetaald aan alle getroffen klanten.", "Afgehandeld"]]
data = [[p("<b>%s</b>" % r[0], CELL), p(r[1], CELL), p(r[2], CELL)] if i else
        [p("<b>%s</b>" % x, ParagraphStyle("h", parent=CELL, textColor=white)) for x in r]
        for i, r in enumerate(rows)]
rt = Table(data, colWidths=[1.9 * cm, 11 * cm, 3.5 * cm], repeatRows=1)
rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.5, HexColor("#9bb8d3")),
                        ("BOX", (0, 0), (-1, -1), 0.6, BLUE)]))
res += [rt, Spacer(1, 10),
        p("Wij zien uit naar de verdere samenwerking met de Klantenraad en danken de leden voor hun inzet. Voor "
          "vragen over deze reactie kunt u contact opnemen met de secretaris van de directie."),
        p("Met vriendelijke groet,<br/>Hans Wolters, algemeen directeur<br/>Waterbedrijf Gelre-IJssel N.V.")]
build(NAME + "_response.pdf", res, "Waterbedrijf Gelre-IJssel - reactie directie DIR/2026/0188")

B.write_expected(NAME, [
    (1, "Houd het vastrecht voor huishoudens op hoogstens 40 procent",
     "komt daarmee voor een gemiddeld huishouden op 39 procent", "agrees"),
    (2, "Stel de invoering van het staffeltarief uit tot de gevolgen",
     "uitstel is niet nodig, omdat gezinnen vanaf vijf personen", "disagrees"),
    (3, "Bied klanten met een laag inkomen samen met de gemeenten",
     "Een sociaal tarief is in Nederland op dit moment", "noted"),
    (4, "Informeer iedere klant ten minste drie maanden voor de invoering",
     "alleen klanten zonder e-mailadres krijgen een brief", "partly"),
    (5, "Breng de kosten van nieuwe leidingen naar nieuwbouwwijken niet",
     "worden volledig via de aansluitbijdrage van de ontwikkelaar betaald", "agrees"),
    (6, "Betrek de Klantenraad voortaan elk jaar vroegtijdig bij de voorbereiding",
     "al in september bij de voorbereiding betrokken", "agrees"),
    (7, "Publiceer elk jaar een vergelijking van uw tarieven met die", None, "unanswered"),
], [
    "dankt de Klantenraad voor het zorgvuldige advies van 12 maart",
    "De oorzaak was een gebroken hoofdleiding bij de Berkel",
    "Wij zien uit naar de verdere samenwerking met de Klantenraad",
], "Advice: Klantenraad of a drinking-water company, advies KR-2026-02 on a new tariff structure (reportlab, sans, "
   "blue rule and running head, 'Pagina n'); traps: Drinkwaterwet art. 11 'moet', a tariff table, bold 'Bevinding "
   "1-3' findings with 'moet', the 2022 advice quoted with 'moet', reglement art. 6; recommendations coded A1-A7 in "
   "shaded BOXES. Response: directie's reactie, a ruled table Advies / Reactie directie / Stand van zaken citing "
   "the codes; order A4, A1, A2+A6, A5, A3; the row 'A2 en A6' = A6 agrees (involved from September) + A2 disagrees "
   "(staffeltarief introduced anyway); A4 partly (e-mail, two months not three); A1 agrees; A5 agrees (already "
   "policy, now laid down); A3 noted (taken into consultations, 'komen daar later op terug'); A7 (tariff comparison) "
   "unanswered; the opening, the row 'Overig' (storing Zutphen-Noord) and the closing answer nothing.")

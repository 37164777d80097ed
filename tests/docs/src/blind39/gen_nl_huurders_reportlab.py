"""Round 39 (nl, housing corporation): an (invented) ADVIES of the Huurdersvereniging De Sleutel (Overlegwet
art. 5) on the proposed annual rent increase of 1 July 2026 and the Jaarplan 2026 of Woonstichting Maasoever,
answered by the directeur-bestuurder's letter 'Reactie op uw advies'. Advice: A4, a letter head of the tenants'
association with an Aan/Datum/Kenmerk/Betreft block, 'In het kort' bullets repeating the advice in other words,
a table of rents and proposed increases, the association's own opinion of last year quoted, findings with 'moet'
(art. 10 Uitvoeringswet huurprijzen woonruimte), a poll of the 'achterban', and seven recommendations as bold run-in
'Advies N.' paragraphs under two sub-headings (five 'Wij adviseren ...', an imperative, a question). Response:
letter with its own headings, in another order: 1 (4,5 instead of 4,0 percent: partly), 2+3 in one section (labels
E-G frozen again: agrees; Dijkstraat freeze refused, individual route offered: disagrees), 7 (external check of
service charges refused: disagrees), 4 ('Dat doen wij al': agrees), 5 (taken along for the Jaarplan 2027: noted);
6 (tenders Westwijk) unanswered; a section on 'huurharmonisatie bij nieuwe verhuring' answers nothing.
Engine: reportlab (Liberation Sans, no shaping, header and 'pagina N van M' by a two-pass canvas).

Run: /tmp/blind39nl/bin/python tests/docs/src/blind39/gen_nl_huurders_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b39nl as B  # noqa: E402

NAME = "blind39_nl_huurders"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LA", "LiberationSans-Regular"), ("LAB", "LiberationSans-Bold"), ("LAI", "LiberationSans-Italic"),
             ("LABI", "LiberationSans-BoldItalic")):
    pdfmetrics.registerFont(TTFont(n, LIB + f + ".ttf"))
pdfmetrics.registerFontFamily("LA", normal="LA", bold="LAB", italic="LAI", boldItalic="LABI")

W, H = A4
ORANGE = colors.HexColor("#d9541e")
BODY = ParagraphStyle("b", fontName="LA", fontSize=9.8, leading=13.6, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="LAB", fontSize=12, leading=15, textColor=ORANGE, spaceBefore=8, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName="LAB", fontSize=10, leading=13, spaceBefore=5, spaceAfter=3)
BUL = ParagraphStyle("bu", parent=BODY, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="LAI", leftIndent=9 * mm, rightIndent=6 * mm)
SMALL = ParagraphStyle("s", fontName="LA", fontSize=8, leading=10.5, textColor=colors.HexColor("#555555"))
ADV = ParagraphStyle("adv", parent=BODY, leftIndent=4 * mm, borderPadding=(3, 3, 3, 4), spaceBefore=3,
                     spaceAfter=8, backColor=colors.HexColor("#fdf0e9"), borderColor=ORANGE, borderWidth=0)


def numcanvas(header, footer):
    class C(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            m = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                header(self, self._pageNumber, m)
                footer(self, self._pageNumber, m)
                super().showPage()
            super().save()
    return C


def meta(rows):
    t = Table([[Paragraph(a, SMALL), Paragraph(b, BODY)] for a, b in rows], colWidths=[24 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return t


def advice():
    def hdr(c, n, m):
        if n > 1:
            c.setFont("LA", 7.8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(25 * mm, H - 13 * mm, "Huurdersvereniging De Sleutel | Advies huurverhoging 2026 en "
                                               "Jaarplan 2026 | HDS/2026-011")
            c.setStrokeColor(ORANGE)
            c.line(25 * mm, H - 15 * mm, W - 25 * mm, H - 15 * mm)

    def ftr(c, n, m):
        c.setFont("LA", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(25 * mm, 12 * mm, "Huurdersvereniging De Sleutel, Postbus 210, 5911 AE Venlaar | "
                                       "info@hv-desleutel.nl")
        c.drawRightString(W - 25 * mm, 12 * mm, f"pagina {n} van {m}")

    s = []
    logo = Table([[Paragraph("<font color='#d9541e' size='20'><b>De Sleutel</b></font><br/>"
                             "<font size='8.5'>Huurdersvereniging voor de huurders van Woonstichting Maasoever"
                             "</font>", ParagraphStyle("lg", fontName="LA", leading=21))]], colWidths=[160 * mm])
    logo.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 2, ORANGE), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [logo, Spacer(1, 10)]
    s.append(meta([("Aan", "Woonstichting Maasoever, t.a.v. mevrouw ir. A.M. Verstappen, directeur-bestuurder"),
                   ("Datum", "21 april 2026"), ("Kenmerk", "HDS/2026-011"),
                   ("Uw kenmerk", "WM/BS/2026/0317 (adviesaanvraag van 12 maart 2026)"),
                   ("Betreft", "<b>Advies over de jaarlijkse huurverhoging per 1 juli 2026 en het Jaarplan "
                               "2026</b>")]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Geachte mevrouw Verstappen,", BODY))
    s.append(Paragraph("Op 12 maart 2026 vroeg u ons advies over het voorstel voor de jaarlijkse huurverhoging per 1 "
                       "juli 2026 en over het Jaarplan 2026. Wij brengen dit advies uit op grond van artikel 5 van de "
                       "Wet op het overleg huurders verhuurder (Overlegwet). Volgens artikel 5, vierde lid, van die "
                       "wet deelt u ons schriftelijk en gemotiveerd mee wat u met ons advies doet, en waarom u "
                       "eventueel afwijkt. Wij zien uw reactie graag binnen vier weken tegemoet.", BODY))
    s.append(Paragraph("In het kort", H2))
    for t in ("De voorgestelde verhoging van 5,0 procent is voor veel huurders te hoog; wij vinden 4,0 procent "
              "redelijk.",
              "Woningen met een slecht energielabel en de woningen aan de Dijkstraat verdienen een uitzondering.",
              "Huurders met betalingsproblemen moeten op tijd hulp krijgen.",
              "Het Jaarplan 2026 is ambitieus, maar op het gebied van verduurzaming te weinig concreet."):
        s.append(Paragraph(t, BUL, bulletText="\u2022"))
    s.append(Spacer(1, 4))
    s.append(Paragraph("1. Het voorstel van Maasoever", H2))
    s.append(Paragraph("Maasoever stelt voor de huur van alle sociale huurwoningen per 1 juli 2026 met 5,0 procent te "
                       "verhogen, het maximum dat de minister voor dit jaar heeft vastgesteld. Voor de middenhuur en "
                       "de vrije sector stelt Maasoever de maximale verhoging voor die de wet toestaat. De "
                       "onderstaande tabel vat het voorstel samen.", BODY))
    tb = Table([["Segment", "Aantal woningen", "Gem. huur 2025", "Voorstel Maasoever", "Ons voorstel"],
                ["Sociale huur, label A-D", "6.912", "€ 698", "5,0 %", "4,0 %"],
                ["Sociale huur, label E-G", "734", "€ 641", "5,0 %", "0,0 %"],
                ["Middenhuur", "418", "€ 1.012", "6,1 %", "6,1 %"],
                ["Vrije sector", "203", "€ 1.286", "6,1 %", "6,1 %"],
                ["Totaal", "8.267", "", "", ""]],
               colWidths=[46 * mm, 28 * mm, 28 * mm, 32 * mm, 26 * mm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LA", 8.8), ("FONT", (0, 0), (-1, 0), "LAB", 8.8),
                            ("FONT", (0, -1), (-1, -1), "LAB", 8.8),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f6d3c2")),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb"))]))
    s += [tb, Paragraph("Tabel 1. Huurvoorstel per segment (peildatum 1 januari 2026).", SMALL), Spacer(1, 6)]
    s.append(Paragraph("2. Wat onze achterban vindt", H2))
    s.append(Paragraph("Wij hebben in maart een digitale en schriftelijke raadpleging gehouden. 412 huurders "
                       "reageerden. 61 procent zegt nu al moeite te hebben met het betalen van de huur en de "
                       "energierekening; 38 procent heeft het afgelopen jaar bezuinigd op boodschappen. Op de "
                       "Dijkstraat meldden 29 van de 86 huishoudens vocht- of schimmelproblemen die na een melding "
                       "niet zijn opgelost.", BODY))
    s.append(Paragraph("3. Onze beoordeling", H2))
    s.append(Paragraph("Maasoever moet bij de huurverhoging binnen de grenzen van artikel 10 van de Uitvoeringswet "
                       "huurprijzen woonruimte blijven; dat doet het voorstel. Maar de wet verplicht niet tot het "
                       "maximum. Volgens de prestatieafspraken 2024-2027 met de gemeente Venlaar zou de gemiddelde "
                       "huurstijging in de sociale huur bovendien niet hoger moeten zijn dan de inflatie, die over "
                       "2025 3,6 procent bedroeg.", BODY))
    s.append(Paragraph("Vorig jaar schreven wij in ons advies (HDS/2025-009):", BODY))
    s.append(Paragraph("'Verhoog de huur van woningen met energielabel E, F of G niet, zolang deze woningen niet "
                       "zijn verduurzaamd.'", QUOTE))
    s.append(Paragraph("Maasoever heeft dat advies toen overgenomen. Wij zijn daar blij mee, maar stellen vast dat "
                       "in 2025 slechts 96 van de 830 woningen met een slecht label zijn verbeterd.", BODY))
    s.append(Paragraph("4. Ons advies", H2))
    s.append(Paragraph("Huurverhoging per 1 juli 2026", H3))
    s.append(Paragraph("<b>Advies 1.</b> Wij adviseren de huurverhoging voor sociale huurwoningen te beperken tot 4,0 "
                       "procent in plaats van de voorgestelde 5,0 procent. Daarmee blijft de stijging dicht bij de "
                       "inflatie, zoals in de prestatieafspraken is bedoeld.", BODY))
    s.append(Paragraph("<b>Advies 2.</b> Wij adviseren de huur van woningen met energielabel E, F of G in 2026 "
                       "opnieuw niet te verhogen.", BODY))
    s.append(Paragraph("<b>Advies 3.</b> Wij adviseren de huur van de 86 woningen aan de Dijkstraat niet te "
                       "verhogen zolang de vocht- en schimmelproblemen niet volledig zijn opgelost.", BODY))
    s.append(Paragraph("<b>Advies 4.</b> Stuur huurders die door de verhoging in de problemen kunnen komen, vóór 1 "
                       "mei een persoonlijke brief met informatie over huurtoeslag, betalingsregelingen en de "
                       "wooncoach van Maasoever.", BODY))
    s.append(Paragraph("Jaarplan 2026", H3))
    s.append(Paragraph("Het Jaarplan 2026 noemt als doel 'het verduurzamen van 650 woningen', maar zegt niet waar en "
                       "wanneer. Dat maakt het voor huurders moeilijk om te weten waar zij aan toe zijn.", BODY))
    s.append(Paragraph("<b>Advies 5.</b> Wij adviseren in het jaarplan per wijk op te nemen hoeveel woningen in welk "
                       "kwartaal worden verduurzaamd.", BODY))
    s.append(Paragraph("<b>Advies 6.</b> Wij adviseren de huurdersvereniging te betrekken bij de keuze van de "
                       "aannemer voor het onderhoudsprogramma Westwijk, zoals in de samenwerkingsovereenkomst "
                       "(artikel 7) is afgesproken.", BODY))
    s.append(Paragraph("<b>Advies 7.</b> Is Maasoever bereid de afrekening van de servicekosten over 2025 door een "
                       "onafhankelijke partij te laten controleren, voordat de voorschotten voor 2026 worden "
                       "vastgesteld? Veel huurders begrijpen de stijging van de schoonmaakkosten niet.", BODY))
    s.append(Paragraph("Tot slot", H2))
    s.append(Paragraph("Wij danken de medewerkers van Maasoever voor de heldere toelichting tijdens het overleg van 2 "
                       "april. Wij zijn graag bereid dit advies in het bestuurlijk overleg van mei nader toe te "
                       "lichten.", BODY))
    s.append(Paragraph("Met vriendelijke groet,<br/>namens het bestuur van Huurdersvereniging De Sleutel,", BODY))
    s.append(Paragraph("H.J. (Harrie) Peeters, voorzitter &nbsp;&nbsp;&nbsp;&nbsp; M. el Amrani, secretaris", BODY))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Advies huurverhoging 2026",
                            author="Huurdersvereniging De Sleutel")
    doc.build(s, canvasmaker=numcanvas(hdr, ftr))


def response():
    TEAL = colors.HexColor("#00606b")

    def hdr(c, n, m):
        if n == 1:
            c.setFillColor(TEAL)
            c.setFont("LAB", 17)
            c.drawString(25 * mm, H - 24 * mm, "maasoever")
            c.setFont("LA", 8)
            c.drawString(25 * mm, H - 28.5 * mm, "woonstichting")
            c.setFillColor(colors.HexColor("#444444"))
            for i, t in enumerate(("Woonstichting Maasoever", "Kloosterweg 14", "5912 BK Venlaar",
                                   "T 077 320 44 00", "www.maasoever.nl", "KvK 12047781")):
                c.drawString(160 * mm, H - 24 * mm - i * 3.6 * mm, t)
        else:
            c.setFont("LA", 7.8)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(25 * mm, H - 13 * mm, "Woonstichting Maasoever | Reactie op advies HDS/2026-011 | "
                                               "ons kenmerk WM/BS/2026/0452")

    def ftr(c, n, m):
        c.setFont("LA", 7.8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(W - 25 * mm, 12 * mm, f"{n}/{m}")

    s = [Spacer(1, 22 * mm)]
    s.append(Paragraph("Huurdersvereniging De Sleutel<br/>t.a.v. het bestuur<br/>Postbus 210<br/>5911 AE Venlaar",
                       BODY))
    s.append(Spacer(1, 8))
    s.append(meta([("Datum", "13 mei 2026"), ("Ons kenmerk", "WM/BS/2026/0452"),
                   ("Uw kenmerk", "HDS/2026-011"), ("Contactpersoon", "R. Hermans, beleidsadviseur wonen"),
                   ("Onderwerp", "<b>Reactie op uw advies huurverhoging 2026 en Jaarplan 2026</b>")]))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Beste bestuursleden,", BODY))
    s.append(Paragraph("Hartelijk dank voor uw advies van 21 april en voor de grote moeite die u hebt gedaan om uw "
                       "achterban te raadplegen. De uitkomsten van die raadpleging hebben wij in ons bestuur "
                       "uitgebreid besproken. In deze brief leest u, zoals de Overlegwet vraagt, wat wij met uw "
                       "advies doen. Op enkele punten wijken wij af; wij leggen uit waarom.", BODY))
    s.append(Paragraph("Hoogte van de huurverhoging", H3))
    s.append(Paragraph("Wij begrijpen uw zorg over de betaalbaarheid. Tegelijk hebben wij de huurinkomsten nodig om "
                       "onze onderhouds- en nieuwbouwopgave te kunnen betalen. Wij hebben daarom besloten de "
                       "sociale huren per 1 juli met gemiddeld 4,5 procent te verhogen. Dat is minder dan wij "
                       "voorstelden, maar meer dan u adviseert. Voor de middenhuur en de vrije sector blijft het "
                       "voorstel ongewijzigd.", BODY))
    s.append(Paragraph("Slechte energielabels en de Dijkstraat", H3))
    s.append(Paragraph("Net als vorig jaar verhogen wij de huur van woningen met label E, F of G dit jaar niet. "
                       "Voor de Dijkstraat kiezen wij een andere weg dan u voorstelt. Een algemene huurbevriezing "
                       "voor alle 86 woningen vinden wij niet passend, omdat een groot deel van de woningen geen "
                       "gebreken heeft. Huurders met vocht of schimmel kunnen zich melden bij hun wijkconsulent; "
                       "zolang het gebrek niet is verholpen, verlagen wij hun huur tijdelijk naar het niveau dat de "
                       "Huurcommissie in zulke gevallen hanteert.", BODY))
    s.append(Paragraph("Servicekosten", H3))
    s.append(Paragraph("De afrekening van de servicekosten over 2025 wordt, zoals elk jaar, door onze eigen "
                       "accountant gecontroleerd. Een extra controle door een externe partij zien wij daarom niet "
                       "als een meerwaarde. Wel lichten wij de stijging van de schoonmaakkosten graag toe in het "
                       "bestuurlijk overleg van juni.", BODY))
    s.append(Paragraph("Huurders met betalingsproblemen", H3))
    s.append(Paragraph("Dat doen wij al. Sinds 2024 sturen wij alle huurders met een huurachterstand of een laag "
                       "inkomen in april een persoonlijke brief over huurtoeslag, betalingsregelingen en onze "
                       "wooncoaches; dit jaar is die brief op 24 april verstuurd.", BODY))
    s.append(Paragraph("Jaarplan", H3))
    s.append(Paragraph("Uw wens om per wijk en per kwartaal te zien welke woningen worden verduurzaamd, nemen wij mee "
                       "bij het opstellen van het Jaarplan 2027. Voor 2026 is de planning van de aannemers nog niet "
                       "definitief.", BODY))
    s.append(Paragraph("Huurharmonisatie bij nieuwe verhuring", H3))
    s.append(Paragraph("Ten slotte informeren wij u over een punt waarover u geen advies gaf. Bij nieuwe verhuring "
                       "brengen wij de huur voortaan terug naar de streefhuur van 72 procent van de maximale "
                       "huurprijs, ook als de huidige huur hoger ligt. Daarmee worden ongeveer 140 woningen per "
                       "jaar goedkoper voor nieuwe huurders.", BODY))
    s.append(Paragraph("Wij waarderen de prettige samenwerking en gaan graag verder met u in gesprek.", BODY))
    s.append(Paragraph("Met vriendelijke groet,<br/><br/>ir. A.M. Verstappen<br/>directeur-bestuurder", BODY))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=20 * mm, bottomMargin=20 * mm, title="Reactie op uw advies",
                            author="Woonstichting Maasoever")
    doc.build(s, canvasmaker=numcanvas(hdr, ftr))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Wij adviseren de huurverhoging voor sociale huurwoningen te beperken tot",
         "sociale huren per 1 juli met gemiddeld 4,5 procent", "partly"),
        ("2", "Wij adviseren de huur van woningen met energielabel E, F",
         "verhogen wij de huur van woningen met label E", "agrees"),
        ("3", "Wij adviseren de huur van de 86 woningen aan de Dijkstraat",
         "Een algemene huurbevriezing voor alle 86 woningen vinden wij niet passend", "disagrees", ("partly",)),
        ("4", "Stuur huurders die door de verhoging in de problemen kunnen komen",
         "Sinds 2024 sturen wij alle huurders met een huurachterstand", "agrees"),
        ("5", "Wij adviseren in het jaarplan per wijk op te nemen",
         "nemen wij mee bij het opstellen van het Jaarplan 2027", "noted"),
        ("6", "Wij adviseren de huurdersvereniging te betrekken bij de keuze van de aannemer",
         None, "unanswered"),
        ("7", "Is Maasoever bereid de afrekening van de servicekosten over 2025",
         "Een extra controle door een externe partij zien wij daarom niet", "disagrees"),
    ]
    unmatched = ["brengen wij de huur voortaan terug naar de streefhuur"]
    notes = ("Tenants' association advice (Overlegwet art. 5) on the annual rent increase and the Jaarplan: "
             "'In het kort' bullets paraphrase the advice (not recommendations); rent table, last year's advice "
             "quoted ('Verhoog de huur ... niet'), findings with 'moet'/'zou ... moeten'; seven bold run-in 'Advies "
             "N.' paragraphs (1-3, 5, 6 'Wij adviseren', 4 imperative, 7 a question). Reply letter of the "
             "directeur-bestuurder with its own headings, no numbers, order 1, 2+3, 7, 4, 5: 1 4,5 instead of 4,0 "
             "percent (partly); 2 labels E-G frozen again (agrees) and 3 general freeze for the Dijkstraat refused, "
             "temporary reduction only for households with defects (disagrees, arguably partly) in one section; 7 "
             "external check 'niet als een meerwaarde' (disagrees); 4 'Dat doen wij al' (agrees); 5 taken along for "
             "the Jaarplan 2027 (noted); 6 (contractor choice Westwijk) unanswered; 'Huurharmonisatie bij nieuwe "
             "verhuring' answers nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 33 (nl, Caribisch Nederland): an (invented) advice of the College financieel toezicht Bonaire, Sint Eustatius
en Saba (Cft BES) on the draft budget 2027 of the openbaar lichaam Bonaire (artikel 20 Wet FinBES), answered by the
bestuurscollege's INFORMATION NOTE to the eilandsraad ('Informatienota aan de eilandsraad'). Advice: Cft letter with a
navy letterhead and a right-hand sidebar (datum, kenmerk, onderwerp, afschrift) on page 1, a framed 'Het advies in het
kort' box that only COUNTS the advices, a budget table (x USD 1.000) that runs over a page break with a repeated
header row, findings with 'zou ... moeten' and 'eist', a quoted advice of the Cft's 2026 letter, and seven bold
recommendations in running text, each ending in a LABEL '(advies N)'; advice 4 is addressed to the staatssecretaris,
not to the bestuurscollege. Notes at the end of the letter. Response: note with a registration table (Aan / Van /
Datum / Registratienummer / Portefeuillehouder / Onderwerp), '1 Aanleiding', '2 Kern', '3 Reactie op de adviezen' with
3.1-3.5 by theme in the order 2, 1, 5+6 (one section, two verdicts), 3, 4; advice 7 (risk paragraph) is not answered;
'4 Financiele gevolgen' (table), '5 Vervolg' and 'Beslispunten' answer nothing. Engine: reportlab (Liberation fonts,
no shaping, so no ligatures; 'pagina N van M' by a two-pass canvas)."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b33nl as B  # noqa: E402

NAME = "blind33_nl_cftbes"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
             ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
             ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
             ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, LIB + f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRBI")

NAVY = colors.HexColor("#1b2f5b")
GOLD = colors.HexColor("#c79a2b")
PALE = colors.HexColor("#eef1f7")
GREY = colors.HexColor("#5a5a5a")
LINE = colors.HexColor("#b7c0d3")

body = ParagraphStyle("b", fontName="LR", fontSize=10.2, leading=14, spaceAfter=6)
rec = ParagraphStyle("r", parent=body, fontName="LRB")
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=10.5, leading=14, textColor=NAVY, spaceBefore=9, spaceAfter=4,
                    keepWithNext=1)
quote = ParagraphStyle("q", parent=body, fontName="LRI", leftIndent=16, rightIndent=16, textColor=GREY)
cell = ParagraphStyle("c", fontName="LS", fontSize=8, leading=10.2)
cellr = ParagraphStyle("cr", parent=cell, alignment=2)
cellb = ParagraphStyle("cb", parent=cell, fontName="LSB")
cellbr = ParagraphStyle("cbr", parent=cellb, alignment=2)
cellw = ParagraphStyle("cw", parent=cell, fontName="LSB", textColor=colors.white)
cellwr = ParagraphStyle("cwr", parent=cellw, alignment=2)
small = ParagraphStyle("s", fontName="LS", fontSize=7.6, leading=9.8, textColor=GREY)
side = ParagraphStyle("sd", fontName="LS", fontSize=7.8, leading=10.4, textColor=colors.black, spaceAfter=6)
note = ParagraphStyle("n", fontName="LR", fontSize=7.8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=2)
box = ParagraphStyle("bx", parent=body, fontName="LS", fontSize=9, leading=12.6, spaceAfter=3)


def P(t, s=body):
    return Paragraph(t, s)


class CountingCanvas(rl_canvas.Canvas):
    """Defers page output so that every page can show the total page count."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.total = n
            self.saveState()
            self.setFont("LS", 7.5)
            self.setFillColor(GREY)
            self.drawRightString(190 * mm, 12 * mm, f"pagina {self._pageNumber} van {self.total}")
            self.restoreState()
            super().showPage()
        super().save()


# ------------------------------------------------------------------ advice

def advice_pages(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(NAVY)
        c.rect(20 * mm, 268 * mm, 15 * mm, 15 * mm, stroke=0, fill=1)
        c.setFillColor(GOLD)
        c.rect(20 * mm, 268 * mm, 15 * mm, 2.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSB", 12)
        c.drawCentredString(27.5 * mm, 274.5 * mm, "Cft")
        c.setFillColor(NAVY)
        c.setFont("LSB", 11)
        c.drawString(39 * mm, 278.5 * mm, "College financieel toezicht")
        c.setFont("LS", 9.5)
        c.drawString(39 * mm, 273.8 * mm, "Bonaire, Sint Eustatius en Saba")
        # sidebar
        c.setStrokeColor(LINE)
        c.setLineWidth(0.5)
        c.line(148 * mm, 40 * mm, 148 * mm, 250 * mm)
    else:
        c.setFont("LS", 7.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, 285 * mm, "Cft BES \u00b7 advies ontwerpbegroting 2027 openbaar lichaam Bonaire")
        c.drawRightString(190 * mm, 285 * mm, "kenmerk Cft BES 202600386")
        c.setStrokeColor(LINE)
        c.setLineWidth(0.5)
        c.line(20 * mm, 282.5 * mm, 190 * mm, 282.5 * mm)
    c.setFont("LS", 7.2)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 12 * mm, "Kaya Gob. N. Debrot 41 \u00b7 Kralendijk \u00b7 Bonaire \u00b7 www.cft.cw/bes")
    c.restoreState()


SIDEBAR = [("Datum", "15 september 2026"), ("Kenmerk", "Cft BES 202600386"),
           ("Onderwerp", "Advies ontwerpbegroting 2027 openbaar lichaam Bonaire"),
           ("Uw brief", "1 september 2026, BC/2026/1034"),
           ("Afschrift aan", "de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties; "
                             "de eilandsraad van Bonaire; de Rijksvertegenwoordiger")]

BUDGET = [  # post, realisatie 2025, begroting 2026, ontwerp 2027, 2028, 2029, 2030
    ("Baten", None),
    ("Vrije uitkering BES-fonds", "61.420", "63.180", "64.950", "64.950", "64.950", "64.950"),
    ("Toeristenbelasting", "8.140", "8.600", "9.610", "9.800", "10.000", "10.200"),
    ("Grondbelasting", "5.210", "5.400", "5.560", "5.700", "5.840", "5.990"),
    ("Motorrijtuigenbelasting", "3.930", "4.050", "4.120", "4.200", "4.280", "4.370"),
    ("Haven- en luchthavengelden", "4.470", "4.300", "4.650", "4.700", "4.750", "4.800"),
    ("Bijzondere uitkeringen", "12.880", "9.750", "8.420", "6.100", "5.200", "5.200"),
    ("Overige baten", "2.660", "2.510", "2.540", "2.560", "2.580", "2.600"),
    ("Totaal baten", "98.710", "97.790", "99.850", "98.010", "97.600", "98.110"),
    ("Lasten", None),
    ("Personeel", "41.260", "43.020", "46.340", "47.030", "47.730", "48.440"),
    ("Materi\u00eble lasten", "18.930", "19.420", "19.870", "20.110", "20.350", "20.600"),
    ("Subsidies aan stichtingen", "17.350", "16.980", "17.220", "17.300", "17.380", "17.460"),
    ("Onderhoud wegen en gebouwen", "3.110", "3.200", "3.260", "3.320", "3.380", "3.440"),
    ("Uitvoering bijzondere uitkeringen", "12.880", "9.750", "8.420", "6.100", "5.200", "5.200"),
    ("Kapitaallasten", "3.070", "3.460", "3.830", "4.020", "4.210", "4.400"),
    ("Onvoorzien", "0", "1.500", "600", "1.000", "1.000", "1.000"),
    ("Totaal lasten", "96.600", "97.330", "99.540", "98.880", "99.250", "100.540"),
    ("Saldo voor reserves", "2.110", "460", "310", "-870", "-1.650", "-2.430"),
    ("Onttrekking algemene reserve", "0", "0", "1.200", "1.200", "1.200", "1.200"),
    ("Saldo na reserves", "2.110", "460", "1.510", "330", "-450", "-1.230"),
]


def budget_table():
    hdr = [P("x USD 1.000", cellw)] + [P(x, cellwr) for x in ("Realisatie 2025", "Begroting 2026", "Ontwerp 2027",
                                                              "Raming 2028", "Raming 2029", "Raming 2030")]
    rows = [hdr]
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), NAVY),
          ("LINEBELOW", (0, 1), (-1, -1), 0.3, LINE), ("LEFTPADDING", (0, 0), (-1, -1), 3),
          ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 1.6),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4)]
    for r in BUDGET:
        i = len(rows)
        if r[1] is None:
            rows.append([P(f"<b>{r[0]}</b>", cell)] + [""] * 6)
            st.append(("BACKGROUND", (0, i), (-1, i), PALE))
            continue
        bold = r[0].startswith(("Totaal", "Saldo"))
        rows.append([P(r[0], cellb if bold else cell)] + [P(x, cellbr if bold else cellr) for x in r[1:]])
    t = Table(rows, colWidths=[52 * mm] + [19.6 * mm] * 6, repeatRows=1)
    t.setStyle(TableStyle(st))
    return t


def advice():
    path = B.out(NAME + "_advice.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title="Advies ontwerpbegroting 2027 openbaar lichaam Bonaire",
                          author="College financieel toezicht Bonaire, Sint Eustatius en Saba", creator="reportlab",
                          invariant=1)

    def first(c, d):
        advice_pages(c, d)
        y = 248 * mm
        for k, v in SIDEBAR:
            p1 = P(k, ParagraphStyle("k", parent=small, fontName="LSB", textColor=NAVY))
            p2 = P(v, side)
            for p in (p1, p2):
                w, h = p.wrap(40 * mm, 50 * mm)
                p.drawOn(c, 151 * mm, y - h)
                y -= h + (1 if p is p1 else 5)

    doc.addPageTemplates([PageTemplate("first", [Frame(20 * mm, 20 * mm, 122 * mm, 240 * mm, id="f1")],
                                       onPage=first),
                          PageTemplate("later", [Frame(20 * mm, 20 * mm, 170 * mm, 258 * mm, id="f2")],
                                       onPage=advice_pages)])
    fl = [NextPageTemplate("later")]
    fl.append(P("Aan het bestuurscollege van het openbaar lichaam Bonaire<br/>t.a.v. de gedeputeerde van "
                "Financi\u00ebn<br/>Wilhelminaplein 1<br/>Kralendijk, Bonaire",
                ParagraphStyle("adr", parent=body, spaceAfter=18)))
    fl.append(P("Geacht college,"))
    fl.append(P("Op 1 september 2026 ontving het College financieel toezicht Bonaire, Sint Eustatius en Saba (hierna: "
                "het Cft) de ontwerpbegroting 2027 van het openbaar lichaam Bonaire. Met deze brief brengt het Cft "
                "op grond van artikel 20, eerste lid, van de Wet financi\u00ebn openbare lichamen Bonaire, Sint "
                "Eustatius en Saba (Wet FinBES) advies uit over deze ontwerpbegroting.<super>1</super> Het "
                "bestuurscollege zendt dit advies samen met de ontwerpbegroting aan de eilandsraad."))
    kbox = Table([[[P("<b>Het advies in het kort</b>", box),
                    P("De ontwerpbegroting 2027 sluit na een onttrekking aan de algemene reserve met een overschot "
                      "van USD 1,5 miljoen. Het Cft heeft twijfels bij de dekking van de hogere loonkosten en bij "
                      "de raming van de toeristenbelasting. Vanaf 2028 laat de meerjarenraming tekorten zien die "
                      "oplopen tot USD 2,4 miljoen voor reserves. Het financieel beheer is sinds vorig jaar "
                      "verbeterd, maar blijft kwetsbaar. Het Cft doet in deze brief zeven adviezen. Zij staan "
                      "vetgedrukt in de tekst en zijn genummerd.", box)]]], colWidths=[122 * mm])
    kbox.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
                              ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                              ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    fl += [Spacer(1, 2), kbox, Spacer(1, 6)]
    fl.append(P("Begrotingsevenwicht en loonkosten", h2))
    fl.append(P("Op 1 juli 2026 is de nieuwe collectieve arbeidsovereenkomst voor het personeel van het openbaar "
                "lichaam ingegaan. Daardoor stijgen de loonkosten vanaf 2027 met USD 2,1 miljoen per jaar. De "
                "ontwerpbegroting dekt USD 0,9 miljoen daarvan door de post onvoorzien te verlagen en USD 1,2 "
                "miljoen door een onttrekking aan de algemene reserve, die ook in de jaren 2028 tot en met 2030 "
                "terugkeert. Een onttrekking aan een reserve is echter een incidentele dekking. Artikel 15 van de "
                "Wet FinBES eist dat structurele lasten worden gedekt door structurele baten.<super>2</super> Het "
                "openbaar lichaam zou de dekking al bij de begroting 2026 hebben moeten regelen, toen bekend was "
                "dat over een nieuwe cao werd onderhandeld."))
    fl.append(P("Het Cft adviseert het bestuurscollege de structurele dekking van de hogere loonkosten van USD 2,1 "
                "miljoen in de begroting 2027 aan te tonen, voordat de eilandsraad de begroting vaststelt. "
                "(advies 1)", rec))
    fl.append(P("De opbrengst van de toeristenbelasting is geraamd op USD 9,6 miljoen, 18 procent meer dan de "
                "realisatie over 2025. Het bestuurscollege verwacht meer bezoekers door twee nieuwe "
                "vliegverbindingen en wil het tarief per overnachting verhogen van USD 7,50 naar USD 8,50. Volgens de "
                "eigen berekening van het openbaar lichaam levert het hogere tarief ongeveer USD 0,9 miljoen op. Voor "
                "de rest van de stijging ontbreekt een onderbouwing. Bovendien heeft de eilandsraad de "
                "belastingverordening met het nieuwe tarief nog niet vastgesteld."))
    fl.append(P("Het Cft adviseert de raming van de toeristenbelasting te verlagen tot de realisatie over 2025, "
                "vermeerderd met de opbrengst van het hogere tarief zodra de eilandsraad de verordening heeft "
                "vastgesteld. (advies 2)", rec))
    fl.append(P("Meerjarenraming en onderhoud", h2))
    fl.append(P("Tabel 1 hieronder geeft de ontwerpbegroting en de meerjarenraming weer. Vanaf 2028 dalen de bijzondere "
                "uitkeringen, terwijl de kapitaallasten stijgen door de investeringen in de haven van Kralendijk. "
                "Voor reserves ontstaat een tekort dat oploopt tot USD 2,4 miljoen in 2030. Een sluitende "
                "meerjarenraming is geen wettelijke eis, maar het Cft acht het verstandig dat het openbaar lichaam "
                "nu al maatregelen voorbereidt."))
    fl.append(P("De meerjarenraming bevat geen bedragen voor groot onderhoud. Het openbaar lichaam heeft geen actueel "
                "beheerplan voor wegen, gebouwen en kades. In een inventarisatie uit 2024 werd het achterstallig "
                "onderhoud aan de wegen alleen al geschat op USD 14 miljoen. Zonder beheerplan is niet zichtbaar welke "
                "lasten op het openbaar lichaam afkomen."))
    fl.append(P("Het Cft adviseert een meerjarig onderhoudsplan voor wegen en gebouwen op te stellen en de jaarlijkse "
                "onderhoudslasten vanaf 2028 in de meerjarenraming op te nemen. (advies 3)", rec))
    fl.append(P("Het Cft beseft dat het openbaar lichaam het achterstallig onderhoud niet uit de eigen middelen kan "
                "inlopen. De vrije uitkering is daarvoor niet bedoeld en niet toereikend. In 2019 en 2022 heeft het Rijk "
                "wel eenmalig bijgedragen aan de wegen op Sint Eustatius en Saba, via een bijzondere uitkering met "
                "een looptijd van vier jaar. Voor Bonaire is een vergelijkbare regeling nooit getroffen."))
    fl.append(P("Het Cft adviseert de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties om samen met het "
                "openbaar lichaam te onderzoeken of het achterstallig onderhoud aan de wegen met een eenmalige "
                "bijdrage uit de rijksbegroting kan worden ingelopen. (advies 4)", rec))
    fl.append(P("De kapitaallasten stijgen van USD 3,1 miljoen in 2025 naar USD 4,4 miljoen in 2030. Het gaat vooral om "
                "de uitbreiding van de zuidpier van de haven (USD 18,5 miljoen, waarvan USD 11 miljoen uit het "
                "Regio Envelop-programma), de nieuwe brandweerkazerne in Rincon en de vervanging van de "
                "openbare verlichting door ledlampen. Het Cft heeft geen bezwaar tegen deze investeringen, maar "
                "wijst erop dat de exploitatielasten van de nieuwe kazerne nog niet in de meerjarenraming zijn "
                "opgenomen. Ook de gevolgen van de stijgende rente op de lening bij het Rijk voor de haven zijn "
                "niet doorgerekend. Het Cft gaat ervan uit dat het bestuurscollege deze lasten bij de begroting "
                "2028 alsnog meeneemt."))
    fl.append(Spacer(1, 4))
    fl.append(P("<b>Tabel 1</b> \u2013 Ontwerpbegroting 2027 en meerjarenraming 2028\u20132030", small))
    fl.append(budget_table())
    fl.append(P("Bron: ontwerpbegroting 2027 openbaar lichaam Bonaire, bewerking Cft. Afrondingsverschillen "
                "mogelijk.", small))
    fl.append(Spacer(1, 6))
    fl.append(P("Financieel beheer", h2))
    fl.append(P("In zijn advies over de begroting 2026 (brief van 18 september 2025, kenmerk Cft BES 202500341) "
                "schreef het Cft:"))
    fl.append(P("\u2018Zorg ervoor dat alle subsidies aan stichtingen binnen zes maanden na afloop van het "
                "subsidiejaar worden vastgesteld.\u2019", quote))
    fl.append(P("De achterstand is sindsdien niet kleiner geworden. Op 1 augustus 2026 waren 143 subsidies over de jaren "
                "2022 tot en met 2025 nog niet vastgesteld, voor in totaal USD 6,8 miljoen. Zolang een subsidie niet "
                "is vastgesteld, kan het openbaar lichaam te veel betaalde bedragen niet terugvorderen. De accountant "
                "heeft hierover bij de jaarrekening 2025 een beperking opgenomen."))
    fl.append(P("Het Cft adviseert de achterstand in de vaststelling van de subsidies over 2022 tot en met 2025 "
                "uiterlijk 30 juni 2027 weg te werken en de eilandsraad daarover elk kwartaal te informeren. "
                "(advies 5)", rec))
    fl.append(P("Op 1 januari 2027 wil het openbaar lichaam overgaan op een nieuw financieel systeem. De accountant "
                "wees er in zijn verslag bij de jaarrekening 2025 op dat de migratie van de gegevens nog niet is "
                "getest en dat de functiescheiding in het nieuwe systeem nog niet is ingericht. Een overgang aan het "
                "begin van het jaar betekent bovendien dat de jaarrekening 2026 uit twee systemen moet worden "
                "samengesteld."))
    fl.append(P("Het Cft adviseert de overgang op het nieuwe financi\u00eble systeem uit te stellen tot 1 juli 2027, "
                "zodat de jaarrekening 2026 nog volledig in het huidige systeem kan worden opgesteld. (advies 6)",
                rec))
    fl.append(P("Risico\u2019s en weerstandsvermogen", h2))
    fl.append(P("De algemene reserve bedraagt eind 2026 naar verwachting USD 11,3 miljoen. Tegenover die reserve staan "
                "risico\u2019s die de ontwerpbegroting niet of slechts globaal benoemt, zoals de rechtszaak die een "
                "aannemer heeft aangespannen over de uitbreiding van de haven, en de garantstelling van USD 8 miljoen "
                "aan de woningstichting. De risicoparagraaf dateert grotendeels van 2024."))
    fl.append(P("Het Cft adviseert bij de eerste begrotingswijziging 2027 een geactualiseerde risicoparagraaf aan de "
                "eilandsraad voor te leggen, met daarin in ieder geval de risico\u2019s van de rechtszaak over de "
                "haven en van de garantstelling aan de woningstichting. (advies 7)", rec))
    fl.append(P("Tot slot", h2))
    fl.append(P("Het Cft verzoekt het bestuurscollege om binnen zes weken na dagtekening van deze brief te laten weten "
                "hoe het met de adviezen omgaat. Het Cft volgt de uitvoering van de begroting 2027 via de "
                "uitvoeringsrapportages op grond van artikel 24 van de Wet FinBES. Het Cft is graag bereid dit advies "
                "toe te lichten in een vergadering van de eilandsraad."))
    fl.append(P("Hoogachtend,"))
    fl.append(P("het College financieel toezicht Bonaire, Sint Eustatius en Saba,<br/><br/>"
                "drs. A.M. Hooijkaas-Verwey<br/>voorzitter",
                ParagraphStyle("sg", parent=body, spaceAfter=14)))
    notes = ["<super>1</super> Wet van 29 september 2010, Stb. 2010, 388. Het advies wordt gegeven binnen veertig "
             "dagen na ontvangst van de ontwerpbegroting.",
             "<super>2</super> Zie ook de circulaire begroting 2027 van de staatssecretaris van Binnenlandse Zaken en "
             "Koninkrijksrelaties van 2 april 2026, paragraaf 3."]
    fl.append(KeepTogether([Table([[""]], colWidths=[50 * mm], rowHeights=[2],
                                  style=[("LINEABOVE", (0, 0), (-1, 0), 0.4, GREY)])] + [P(n, note) for n in notes]))
    doc.build(fl, canvasmaker=CountingCanvas)


# ------------------------------------------------------------------ response

GREEN = colors.HexColor("#0a6a55")
MINT = colors.HexColor("#e5f2ee")


def note_pages(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(GREEN)
        c.rect(0, 277 * mm, 210 * mm, 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSB", 13)
        c.drawString(20 * mm, 287 * mm, "Openbaar Lichaam Bonaire")
        c.setFont("LS", 8.5)
        c.drawString(20 * mm, 282 * mm, "Bestuurscollege \u00b7 Wilhelminaplein 1 \u00b7 Kralendijk")
        c.setFont("LSB", 15)
        c.drawRightString(190 * mm, 284 * mm, "INFORMATIENOTA")
    else:
        c.setFont("LS", 7.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, 285 * mm, "Informatienota aan de eilandsraad \u00b7 reactie advies Cft ontwerpbegroting "
                                        "2027")
        c.drawRightString(190 * mm, 285 * mm, "BC/2026/1187")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.5)
        c.line(20 * mm, 282.5 * mm, 190 * mm, 282.5 * mm)
    c.setFont("LS", 7.2)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 12 * mm, "Openbaar Lichaam Bonaire \u00b7 griffie eilandsraad \u00b7 registratienummer "
                                   "BC/2026/1187")
    c.restoreState()


def response():
    path = B.out(NAME + "_response.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title="Informatienota reactie op het advies van het Cft over de "
                          "ontwerpbegroting 2027", author="Bestuurscollege openbaar lichaam Bonaire",
                          creator="reportlab", invariant=1)
    doc.addPageTemplates([PageTemplate("first", [Frame(20 * mm, 20 * mm, 170 * mm, 250 * mm, id="f1")],
                                       onPage=note_pages),
                          PageTemplate("later", [Frame(20 * mm, 20 * mm, 170 * mm, 258 * mm, id="f2")],
                                       onPage=note_pages)])
    nb = ParagraphStyle("nb", fontName="LS", fontSize=9.4, leading=13.4, spaceAfter=6)
    nh = ParagraphStyle("nh", fontName="LSB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=9, spaceAfter=4,
                        keepWithNext=1)
    nh3 = ParagraphStyle("nh3", fontName="LSB", fontSize=9.6, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1)
    fl = [NextPageTemplate("later")]
    reg = [("Aan", "de eilandsraad van het openbaar lichaam Bonaire"), ("Van", "het bestuurscollege"),
           ("Datum", "20 oktober 2026"), ("Registratienummer", "BC/2026/1187"),
           ("Portefeuillehouder", "gedeputeerde E.R. Martijn-Cecilia (Financi\u00ebn, Bestuurszaken)"),
           ("Onderwerp", "Reactie op het advies van het Cft over de ontwerpbegroting 2027"),
           ("Bijlagen", "1. nota van wijziging begroting 2027; 2. brief aan het Cft van 20 oktober 2026")]
    t = Table([[P(f"<b>{k}</b>", cell), P(v, cell)] for k, v in reg], colWidths=[36 * mm, 134 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), MINT), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    fl += [t, Spacer(1, 6)]
    fl.append(P("1 Aanleiding", nh))
    fl.append(P("Op grond van artikel 20, tweede lid, van de Wet FinBES zenden wij u het advies van het College "
                "financieel toezicht (Cft) over de ontwerpbegroting 2027, samen met onze reactie daarop. Het Cft "
                "heeft de ontwerpbegroting op 15 september 2026 van advies voorzien. Wij hebben het advies op 29 "
                "september en 6 oktober 2026 in het bestuurscollege besproken en op 13 oktober met het Cft "
                "toegelicht.", nb))
    fl.append(P("2 Kern", nh))
    fl.append(P("Het bestuurscollege is het Cft erkentelijk voor het heldere advies. Het Cft stelt vast dat het "
                "financieel beheer van het openbaar lichaam vooruitgaat; dat is een compliment voor onze "
                "medewerkers. Een aantal adviezen verwerken wij in een nota van wijziging bij de begroting 2027. Op "
                "andere punten maken wij een andere afweging dan het Cft. Hieronder lichten wij per onderwerp toe "
                "hoe wij met de adviezen omgaan.", nb))
    fl.append(P("3 Reactie op de adviezen", nh))
    fl.append(P("3.1 Toeristenbelasting", nh3))
    fl.append(P("Het bestuurscollege heeft dit advies zorgvuldig gewogen, maar handhaaft de raming van USD 9,6 "
                "miljoen. De twee nieuwe vliegverbindingen met Miami en Bogot\u00e1 starten in december 2026; de "
                "luchtvaartmaatschappijen hebben de vluchten voor het eerste halfjaar al in verkoop. De hotels en "
                "de vakantieverhuur melden voor het hoogseizoen een bezetting die ruim boven die van 2025 ligt. De "
                "belastingverordening met het tarief van USD 8,50 ligt op 5 november 2026 ter vaststelling voor. "
                "Wel zullen wij de opbrengst maandelijks volgen en in de eerste uitvoeringsrapportage over 2027 "
                "aangeven of bijstelling nodig is.", nb))
    fl.append(P("3.2 Loonkosten", nh3))
    fl.append(P("Wij delen de opvatting van het Cft dat structurele lasten structureel gedekt moeten zijn. In de nota "
                "van wijziging verlagen wij de post materi\u00eble lasten met USD 0,3 miljoen en verhogen wij de "
                "opbrengst van de haven- en luchthavengelden met USD 0,2 miljoen, conform de nieuwe tarieven van de "
                "havenverordening. Daarmee is van de USD 2,1 miljoen in totaal USD 1,4 miljoen nu structureel "
                "gedekt. Voor het restant van USD 0,7 miljoen blijft in 2027 een onttrekking aan de algemene reserve "
                "nodig. Een volledig structurele dekking volgt uiterlijk bij de begroting 2028.", nb))
    fl.append(P("3.3 Financieel beheer", nh3))
    fl.append(P("De achterstand bij de subsidies had al onze aandacht voordat het advies binnenkwam. Sinds mei 2026 "
                "werkt een tijdelijk team van vier medewerkers de openstaande dossiers af, te beginnen met de grootste "
                "subsidies. Eind september 2026 waren er nog 97 niet vastgesteld. Wij verwachten de achterstand "
                "binnen de termijn die het Cft noemt weg te werken, en de eilandsraad ontvangt de stand van zaken "
                "elk kwartaal bij de uitvoeringsrapportage.", nb))
    fl.append(P("Het advies over het nieuwe financi\u00eble systeem nemen wij deels over. Het grootboek en de "
                "debiteurenadministratie gaan zoals gepland op 1 januari 2027 over, omdat de licenties van het "
                "huidige systeem op 31 december 2026 aflopen. De module voor inkoop en crediteuren stellen wij uit tot "
                "1 juli 2027. De migratie van de gegevens wordt in november getest door een extern bureau, en de "
                "accountant beoordeelt de functiescheiding voordat het systeem in gebruik gaat.", nb))
    fl.append(P("3.4 Onderhoud van wegen en gebouwen", nh3))
    fl.append(P("Het bestuurscollege neemt dit advies in beginsel over. De Directie Ruimte en Ontwikkeling stelt in "
                "2027 een beheerplan op voor de wegen, de overheidsgebouwen en de kades, op basis van een nieuwe "
                "inspectie. De jaarlijkse lasten uit dat plan nemen wij op in de meerjarenraming bij de begroting "
                "2028. De inspectie wordt betaald uit de post onvoorzien.", nb))
    fl.append(P("3.5 Bijdrage van het Rijk", nh3))
    fl.append(P("Dit advies richt zich tot de staatssecretaris. Het bestuurscollege heeft het Cft-advies op dit punt "
                "onder de aandacht gebracht van het ministerie, en wacht het bestuurscollege de reactie van de "
                "staatssecretaris af. Wij informeren de eilandsraad zodra daarover meer bekend is.", nb))
    fl.append(P("4 Financi\u00eble gevolgen", nh))
    fl.append(P("De nota van wijziging heeft de volgende gevolgen voor de begroting 2027 (x USD 1.000):", nb))
    rows = [[P("Post", cellw), P("Ontwerp", cellwr), P("Wijziging", cellwr), P("Na wijziging", cellwr)],
            [P("Materi\u00eble lasten", cell), P("19.870", cellr), P("-300", cellr), P("19.570", cellr)],
            [P("Haven- en luchthavengelden", cell), P("4.650", cellr), P("+200", cellr), P("4.850", cellr)],
            [P("Onttrekking algemene reserve", cell), P("1.200", cellr), P("-500", cellr), P("700", cellr)],
            [P("<b>Saldo na reserves</b>", cell), P("<b>1.510</b>", cellr), P("<b>0</b>", cellr),
             P("<b>1.510</b>", cellr)]]
    t = Table(rows, colWidths=[80 * mm, 30 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GREEN), ("LINEBELOW", (0, 1), (-1, -1), 0.3, LINE),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    fl += [t, Spacer(1, 6)]
    fl.append(P("Het saldo van de begroting verandert per saldo niet, omdat de lagere onttrekking aan de reserve "
                "wordt gecompenseerd door de structurele maatregelen. Bij de eerste begrotingswijziging 2027 volgen "
                "de gevolgen van de nieuwe afspraken over toelagen uit de cao.", nb))
    fl.append(P("5 Vervolg", nh))
    fl.append(P("Wij sturen het Cft vandaag een brief met dezelfde inhoud als deze nota. De eilandsraad behandelt de "
                "ontwerpbegroting 2027 en de nota van wijziging in de openbare vergadering van 12 november 2026. De "
                "gedeputeerde van Financi\u00ebn is beschikbaar voor een technische toelichting aan de fracties in "
                "de week daarvoor.", nb))
    fl.append(P("Beslispunten voor de eilandsraad", nh))
    for i, t_ in enumerate(("kennis te nemen van het advies van het Cft van 15 september 2026 en van deze reactie;",
                            "de nota van wijziging te betrekken bij de behandeling van de ontwerpbegroting 2027;",
                            "de belastingverordening toeristenbelasting 2027 vast te stellen in de vergadering van 5 "
                            "november 2026."), 1):
        fl.append(Paragraph(t_, ParagraphStyle("bl", parent=nb, leftIndent=14, bulletIndent=0, spaceAfter=3),
                            bulletText=f"{i}."))
    fl.append(Spacer(1, 10))
    fl.append(P("Het bestuurscollege van het openbaar lichaam Bonaire,", nb))
    sig = Table([[P("de gezaghebber,<br/><br/>mr. J.F. Winklaar", nb), P("de eilandsecretaris,<br/><br/>drs. M.C. "
                                                                         "Anthony", nb)]],
                colWidths=[85 * mm, 85 * mm])
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    fl.append(sig)
    doc.build(fl, canvasmaker=CountingCanvas)


RECS = [
    ("1", "Het Cft adviseert het bestuurscollege de structurele dekking van de hogere loonkosten",
     "in totaal USD 1,4 miljoen nu structureel gedekt", "partly"),
    ("2", "Het Cft adviseert de raming van de toeristenbelasting te verlagen",
     "heeft dit advies zorgvuldig gewogen, maar handhaaft de raming", "disagrees"),
    ("3", "Het Cft adviseert een meerjarig onderhoudsplan voor wegen en gebouwen",
     "Het bestuurscollege neemt dit advies in beginsel over", "agrees"),
    ("4", "Het Cft adviseert de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
     "wacht het bestuurscollege de reactie van de staatssecretaris af", "noted"),
    ("5", "Het Cft adviseert de achterstand in de vaststelling van de subsidies",
     "werkt een tijdelijk team van vier medewerkers de openstaande dossiers af", "agrees"),
    ("6", "Het Cft adviseert de overgang op het nieuwe financi\u00eble systeem",
     "Het advies over het nieuwe financi\u00eble systeem nemen wij deels over", "partly"),
    ("7", "Het Cft adviseert bij de eerste begrotingswijziging 2027 een geactualiseerde risicoparagraaf", None,
     "unanswered"),
]
UNMATCHED = ["Wij hebben het advies op 29 september en 6 oktober 2026",
             "Het bestuurscollege is het Cft erkentelijk voor het heldere advies",
             "Het saldo van de begroting verandert per saldo niet",
             "Wij sturen het Cft vandaag een brief met dezelfde inhoud"]
NOTES = ("Caribisch Nederland: advice of the College financieel toezicht BES on the draft budget 2027 of the openbaar "
         "lichaam Bonaire (artikel 20 Wet FinBES), a letter (reportlab, serif) answered by the bestuurscollege's "
         "'Informatienota' to the eilandsraad (sans). Advice: navy letterhead, right-hand sidebar on page 1 (Datum, "
         "Kenmerk, Onderwerp, Uw brief, Afschrift aan), a framed box 'Het advies in het kort' that only counts the "
         "advices ('zeven adviezen'); 'Artikel 15 ... eist' and a finding 'zou ... hebben moeten regelen'; a budget "
         "table (x USD 1.000) that runs over the page break with a repeated header row; a quoted advice of the 2026 "
         "letter ('Zorg ervoor dat alle subsidies ...') resembling 5; notes at the end of the letter. The seven "
         "recommendations are bold sentences 'Het Cft adviseert ...' in running text, each ENDING in the label "
         "'(advies N)'; the numbers are those labels. Advice 4 is addressed to the staatssecretaris, not to the "
         "bestuurscollege. Response: registration table, '1 Aanleiding', '2 Kern', '3 Reactie op de adviezen' with "
         "3.1-3.5 by theme (no advice numbers), order 2, 1, 5+6, 3, 4: 3.1 'zorgvuldig gewogen, maar handhaaft de "
         "raming' (disagrees, polite refusal); 3.2 USD 1.4 of 2.1 million now structurally covered, the rest from the "
         "reserve in 2027 (partly); 3.3 ONE section with two paragraphs: the subsidy backlog is already being "
         "cleared by a temporary team since May 2026 (agrees, already doing it) and the ERP advice 'nemen wij deels "
         "over' (ledger on 1 January, purchasing module postponed to 1 July: partly); 3.4 'neemt dit advies in "
         "beginsel over' (agrees, acceptance in principle); 3.5 'richt zich tot de staatssecretaris ... wacht ... de "
         "reactie af' (noted). Advice 7 (risk paragraph) is not answered; '4 Financiele gevolgen' mentions 'de eerste "
         "begrotingswijziging 2027' but only for cao allowances. '1 Aanleiding', '2 Kern', '4 Financiele gevolgen' "
         "(table), '5 Vervolg' and the numbered 'Beslispunten' 1-3 answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 31 (nl): an (invented) inspection report of the Nederlandse Arbeidsinspectie, 'Tillen, tempo en tijdelijk
werk', on temporary agency workers in distribution centres, answered by the minister of SZW's beleidsreactie to the
Tweede Kamer. Advice: one-column first page (title block, summary, shaded 'Wat wij zagen' box with figures), then
two columns: findings 2.1-2.5 ('De Arbeidsinspectie constateert'), a table of violations, a quoted 2021
recommendation of the former Inspectie SZW, a 'Voorbeeld uit de praktijk' box, conclusions 3.1-3.4, and chapter 4
with seven recommendations as hanging Roman numerals I-VII grouped under three addressees in italics (minister,
branch, hirers), followed by a 'Vervolg' paragraph. Response: ministry letter with the usual right-hand sidebar on
page 1 (sender, references, 'Pagina N van M'), replies under subject headings without numerals in the order III, I,
IV, II, V+VI (the only place numerals are cited; two verdicts), VII unanswered; 'Handhaving' and 'Tot slot' answer
nothing. Engine: reportlab (Liberation fonts, no shaping, so no ligatures; page count by a two-pass canvas)."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b31nl as B  # noqa: E402

NAME = "blind31_nl_arbeidsinspectie"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
             ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf"),
             ("LR", "LiberationSerif-Regular.ttf"), ("LRB", "LiberationSerif-Bold.ttf"),
             ("LRI", "LiberationSerif-Italic.ttf"), ("LRBI", "LiberationSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, LIB + f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LRB", italic="LRI", boldItalic="LRBI")

BLUE = colors.HexColor("#154273")
LBLUE = colors.HexColor("#dfe8f3")
GREY = colors.HexColor("#5a5a5a")

body = ParagraphStyle("b", fontName="LS", fontSize=9, leading=12.6, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=20, leading=24, textColor=BLUE, spaceAfter=4)
sub = ParagraphStyle("sub", fontName="LS", fontSize=11, leading=14, textColor=BLUE, spaceAfter=4)
meta = ParagraphStyle("meta", fontName="LS", fontSize=8, leading=10, textColor=GREY, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=11.5, leading=14, textColor=BLUE, spaceBefore=8, spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="LSB", fontSize=9.2, leading=12, spaceBefore=5, spaceAfter=2)
addr = ParagraphStyle("ad", fontName="LSI", fontSize=9, leading=12, textColor=BLUE, spaceBefore=6, spaceAfter=3)
quote = ParagraphStyle("q", parent=body, fontName="LRI", fontSize=9.6, leftIndent=8, rightIndent=4)
cell = ParagraphStyle("c", fontName="LS", fontSize=7.8, leading=9.6)
cellb = ParagraphStyle("cb", fontName="LSB", fontSize=7.8, leading=9.6)
box = ParagraphStyle("bx", parent=body, fontSize=8.6, leading=11.8, spaceAfter=3)
bul = ParagraphStyle("bu", parent=box, leftIndent=10, bulletIndent=0)
rom = ParagraphStyle("rom", fontName="LSB", fontSize=9, leading=12.6, textColor=BLUE)
rect = ParagraphStyle("rt", parent=body, spaceAfter=0)
caption = ParagraphStyle("cap", fontName="LSB", fontSize=8, leading=10, spaceBefore=4, spaceAfter=3, keepWithNext=1)
source = ParagraphStyle("src", fontName="LSI", fontSize=7.3, leading=9, textColor=GREY, spaceAfter=6)


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
            self.draw_total()
            super().showPage()
        super().save()

    def draw_total(self):
        pass


def shaded(flows, width, bg=LBLUE, border=None):
    t = Table([[flows]], colWidths=[width])
    st = [("BACKGROUND", (0, 0), (-1, -1), bg), ("LEFTPADDING", (0, 0), (-1, -1), 7),
          ("RIGHTPADDING", (0, 0), (-1, -1), 7), ("TOPPADDING", (0, 0), (-1, -1), 6),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]
    if border:
        st.append(("LINEBEFORE", (0, 0), (0, -1), 2.5, border))
    t.setStyle(TableStyle(st))
    return t


# ------------------------------------------------------------------ advice

def advice_pages(c, doc):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(0, 287 * mm, 210 * mm, 10 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("LSB", 8)
    c.drawString(20 * mm, 290.5 * mm, "Nederlandse Arbeidsinspectie")
    c.setFont("LS", 7.5)
    c.drawRightString(190 * mm, 290.5 * mm, "Tillen, tempo en tijdelijk werk \u00b7 NLA-2026/03")
    c.setFillColor(GREY)
    c.drawString(20 * mm, 11 * mm, "Inspectieonderzoek uitzendkrachten in distributiecentra")
    c.drawRightString(190 * mm, 11 * mm, f"Pagina {doc.page}")
    c.restoreState()


REC_GROUPS = [
    ("Aan de minister van Sociale Zaken en Werkgelegenheid", [
        ("I", "Verplicht werkgevers om de risico-inventarisatie en -evaluatie en het plan van aanpak samen te vatten "
              "in een taal die de uitzendkracht begrijpt."),
        ("II", "Leg in de wet vast dat de inlener en het uitzendbureau samen aansprakelijk zijn voor de naleving van "
               "de Arbowet ten aanzien van uitzendkrachten."),
        ("III", "Neem in het Arbeidsomstandighedenbesluit een maximum op voor het gewicht dat een orderpicker per "
                "dienst met de hand mag verplaatsen."),
        ("IV", "Zorg voor een meldpunt waar uitzendkrachten anoniem en in hun eigen taal onveilige situaties kunnen "
               "melden."),
    ]),
    ("Aan de uitzendbranche (ABU en NBBU) en de Stichting Normering Arbeid", [
        ("V", "Neem in de norm voor het SNA-keurmerk een toets op de naleving van de arbeidsomstandighedenregels "
              "op."),
        ("VI", "Zorg dat elke uitzendkracht vóór de eerste werkdag een betaalde werkplekinstructie van ten minste "
               "een uur krijgt, in de eigen taal."),
    ]),
    ("Aan inleners in de logistiek", [
        ("VII", "Betrek uitzendkrachten bij het overleg met de ondernemingsraad of personeelsvertegenwoordiging, "
                "zodat hun ervaringen met de werkdruk worden gehoord."),
    ]),
]


def advice():
    path = B.out(NAME + "_advice.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm, title="Tillen, tempo en tijdelijk werk", author="Nederlandse "
                          "Arbeidsinspectie", creator="reportlab", invariant=1)
    colw = 81 * mm
    first = [Frame(20 * mm, 18 * mm, 170 * mm, 262 * mm, id="one")]
    two = [Frame(20 * mm, 18 * mm, colw, 262 * mm, id="l"), Frame(109 * mm, 18 * mm, colw, 262 * mm, id="r")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=advice_pages),
                          PageTemplate("two", two, onPage=advice_pages)])
    fl = [NextPageTemplate("two")]
    fl.append(P("Ministerie van Sociale Zaken en Werkgelegenheid \u00b7 Nederlandse Arbeidsinspectie", meta))
    fl.append(P("Tillen, tempo en tijdelijk werk", h1))
    fl.append(P("Inspectieonderzoek naar de arbeidsomstandigheden van uitzendkrachten in distributiecentra", sub))
    fl.append(P("Rapport NLA-2026/03 \u00b7 februari 2026 \u00b7 programma Eerlijk, gezond en veilig werk", meta))
    fl.append(P("Samenvatting", h2))
    fl.append(P("In distributiecentra werken ruim 95.000 uitzendkrachten, van wie ongeveer twee derde "
                "arbeidsmigrant is. Zij verzamelen bestellingen, laden vrachtwagens en verwerken retouren, vaak in "
                "hoog tempo en met zware lasten. De Nederlandse Arbeidsinspectie heeft in 2025 onderzocht hoe het "
                "met hun arbeidsomstandigheden is gesteld."))
    fl.append(P("Het beeld is zorgelijk. Bij bijna zeven op de tien inspecties vond de Arbeidsinspectie ten minste "
                "één overtreding. Uitzendkrachten krijgen vaak geen voorlichting in een taal die zij begrijpen, "
                "tillen meer dan verantwoord is en weten niet waar zij terechtkunnen met klachten. Inleners en "
                "uitzendbureaus wijzen voor de verantwoordelijkheid vaak naar elkaar."))
    fl.append(P("Dit rapport bevat zeven aanbevelingen: vier aan de minister van Sociale Zaken en "
                "Werkgelegenheid, twee aan de uitzendbranche en één aan de inleners. Ze staan in hoofdstuk 4."))
    fl.append(Spacer(1, 6))
    fl.append(shaded([P("<b>Wat wij zagen</b>", box)] + [
        Paragraph(t, bul, bulletText="\u2022") for t in (
            "58 distributiecentra en 212 uitzendbureaus geïnspecteerd, in elf provincies;",
            "430 uitzendkrachten gesproken, in negen talen;",
            "bij 69 procent van de inspecties ten minste één overtreding;",
            "bij 41 procent van de orderpickers een tilbelasting boven de grenswaarde;",
            "slechts 18 procent van de uitzendkrachten kende de preventiemedewerker van het bedrijf.")],
        170 * mm, border=BLUE))
    fl.append(Spacer(1, 8))
    fl.append(P("1 Aanleiding en aanpak", h2))
    fl.append(P("Bij de Arbeidsinspectie kwamen in 2024 en 2025 samen 612 meldingen binnen over distributiecentra, "
                "bijna twee keer zoveel als in de twee jaren daarvoor. Ook het aantal meldingsplichtige "
                "arbeidsongevallen in de sector steeg. De Arbeidsinspectie heeft daarom in 2025 een landelijke "
                "inspectieactie gehouden. Inspecteurs bezochten de centra onaangekondigd, meestal tijdens de avond- "
                "of nachtdienst, en spraken met uitzendkrachten zonder dat de leidinggevende aanwezig was."))
    fl.append(P("De inspecties richtten zich op vijf onderwerpen: de risico-inventarisatie en -evaluatie (RI&amp;E), "
                "voorlichting en onderricht, fysieke belasting, arbeidstijden en de veiligheid van heftrucks en "
                "orderpickers. Waar overtredingen werden vastgesteld, heeft de Arbeidsinspectie handhavend "
                "opgetreden. Dit rapport gaat over het beeld dat uit alle inspecties samen naar voren komt."))
    fl.append(FrameBreak())
    fl.append(P("2 Bevindingen", h2))
    fl.append(P("2.1 De RI&amp;E bereikt de uitzendkracht niet", h3))
    fl.append(P("De Arbeidsinspectie constateert dat de meeste distributiecentra wel een RI&amp;E hebben, maar dat "
                "uitzendkrachten de inhoud daarvan niet kennen. Bij 47 centra was de RI&amp;E alleen in het "
                "Nederlands beschikbaar. Op grond van artikel 8 van de Arbeidsomstandighedenwet moet de werkgever "
                "werknemers doeltreffend voorlichten over de risico\u2019s van het werk. Een Nederlandstalig document "
                "van tachtig pagina\u2019s voldoet daar voor een Poolse of Roemeense uitzendkracht niet aan."))
    fl.append(P("Dit is geen nieuw probleem. In 2021 beval de toenmalige Inspectie SZW al aan:", body))
    fl.append(P("\u2018Verzorg de voorlichting aan uitzendkrachten in een voor hen begrijpelijke taal en toets of "
                "de boodschap is overgekomen.\u2019 (rapport R-21/11, aanbeveling 2)", quote))
    fl.append(P("Die aanbeveling is maar beperkt opgevolgd."))
    fl.append(P("2.2 Te zwaar en te snel", h3))
    fl.append(P("De Arbeidsinspectie constateert dat orderpickers in de onderzochte centra per dienst gemiddeld "
                "7.800 kilo met de hand verplaatsen; bij 41 procent ligt de tilbelasting boven de grenswaarde "
                "van de NIOSH-methode. De pickscanner meet het tempo per minuut. Wie achterloopt, krijgt een "
                "gesprek of wordt de volgende week niet meer ingeroosterd."))
    fl.append(P("Tabel 1 \u2013 Inspecties met ten minste één overtreding, per onderwerp", caption))
    rows = [("Onderwerp", "Inspecties", "Met overtreding", "%"),
            ("RI&amp;E ontbreekt of is niet actueel", "58", "14", "24"),
            ("Voorlichting en onderricht", "58", "31", "53"),
            ("Fysieke belasting", "58", "26", "45"),
            ("Arbeidstijden", "58", "12", "21"),
            ("Heftrucks en orderpickers", "58", "9", "16"),
            ("Ten minste één overtreding", "58", "40", "69")]
    t = Table([[P(c, cellb if i in (0, len(rows) - 1) else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[33 * mm, 15 * mm, 20 * mm, 11 * mm], repeatRows=1)
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE), ("LINEBELOW", (0, 0), (-1, 0), 0.5, BLUE),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.5, BLUE), ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
                           ("BACKGROUND", (0, 0), (-1, 0), LBLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    fl.append(t)
    fl.append(P("Bron: inspecties Nederlandse Arbeidsinspectie, maart\u2013november 2025.", source))
    fl.append(P("2.3 Wie is verantwoordelijk?", h3))
    fl.append(P("Volgens de Arbowet is het uitzendbureau de werkgever, maar geldt de inlener voor de arbozorg als "
                "werkgever (artikel 9 van de Wet allocatie arbeidskrachten door intermediairs en artikel 1 van de "
                "Arbowet). In de praktijk verwijzen inleners naar het uitzendbureau en omgekeerd. De "
                "Arbeidsinspectie constateert dat in 23 van de 58 centra niemand de werkplekinstructie voor "
                "uitzendkrachten verzorgde."))
    fl.append(P("2.4 Melden is lastig", h3))
    fl.append(P("Slechts 18 procent van de gesproken uitzendkrachten kende de preventiemedewerker. Veel "
                "uitzendkrachten durven onveilige situaties niet te melden, omdat zij vrezen hun werk en soms ook "
                "hun huisvesting te verliezen. Meldingen bij de Arbeidsinspectie komen vooral van vakbonden, niet "
                "van de uitzendkrachten zelf."))
    fl.append(P("2.5 Weinig stem in de organisatie", h3))
    fl.append(P("Uitzendkrachten hebben pas na 24 maanden actief kiesrecht voor de ondernemingsraad van de inlener. "
                "In de meeste centra wisselt een groot deel van de uitzendkrachten binnen een jaar. Hun ervaringen "
                "komen daardoor zelden aan tafel bij de ondernemingsraad."))
    fl.append(shaded([P("<b>Voorbeeld uit de praktijk</b>", box),
                      P("Een distributiecentrum in Noord-Limburg koppelt elke nieuwe uitzendkracht de eerste twee "
                        "weken aan een ervaren collega die dezelfde taal spreekt. Na een maand vult iedereen een "
                        "korte vragenlijst in over veiligheid en werkdruk. Het verzuim onder uitzendkrachten daalde "
                        "er in een jaar van 9,1 naar 6,4 procent. Andere centra kunnen van deze aanpak leren.", box)],
                     colw, bg=colors.HexColor("#eef3e6"), border=colors.HexColor("#5a8a2a")))
    fl.append(P("3 Conclusies", h2))
    for n, t in (("3.1", "De Arbeidsinspectie concludeert dat de arbeidsomstandigheden van uitzendkrachten in "
                         "distributiecentra op veel plaatsen niet aan de wet voldoen."),
                 ("3.2", "De verantwoordelijkheid voor de arbozorg valt tussen inlener en uitzendbureau in, en "
                         "daarmee tussen wal en schip."),
                 ("3.3", "De fysieke belasting van orderpickers is structureel te hoog; de bestaande open normen "
                         "bieden de inspecteur te weinig houvast."),
                 ("3.4", "Uitzendkrachten hebben onvoldoende mogelijkheden om hun stem te laten horen, zowel "
                         "binnen het bedrijf als daarbuiten.")):
        fl.append(Table([[P(f"<b>{n}</b>"), P(t)]], colWidths=[9 * mm, colw - 9 * mm],
                        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    fl.append(P("4 Aanbevelingen", h2))
    fl.append(P("Op basis van deze conclusies doet de Arbeidsinspectie de volgende aanbevelingen."))
    for who, recs in REC_GROUPS:
        fl.append(P(who, addr))
        for n, t in recs:
            fl.append(Table([[P(n + ".", rom), P(t, rect)]], colWidths=[10 * mm, colw - 10 * mm],
                            style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    fl.append(P("5 Vervolg", h2))
    fl.append(P("Bij 40 centra heeft de Arbeidsinspectie een eis tot naleving gesteld of een boete opgelegd. De "
                "Arbeidsinspectie voert in 2027 herinspecties uit en rapporteert dan opnieuw. Zij vraagt de "
                "minister om de Tweede Kamer binnen drie maanden te informeren over de opvolging van de "
                "aanbevelingen die aan hem zijn gericht."))
    doc.build(fl)


# ------------------------------------------------------------------ response

class LetterCanvas(CountingCanvas):
    def draw_total(self):
        self.saveState()
        self.setFont("LS", 7)
        self.setFillColor(GREY)
        if self._pageNumber == 1:
            self.drawString(152 * mm, 150 * mm, f"Pagina 1 van {self.total}")
        else:
            self.drawString(152 * mm, 262 * mm, f"Pagina {self._pageNumber} van {self.total}")
        self.restoreState()


def letter_pages(c, doc):
    c.saveState()
    c.setFillColor(BLUE)
    c.rect(101 * mm, 272 * mm, 8 * mm, 25 * mm, stroke=0, fill=1)
    c.setFont("LS", 8.5)
    c.setFillColor(colors.black)
    c.drawString(112 * mm, 285 * mm, "Ministerie van Sociale Zaken")
    c.drawString(112 * mm, 281 * mm, "en Werkgelegenheid")
    side = ParagraphStyle("sd", fontName="LS", fontSize=7, leading=9, textColor=GREY)
    sideb = ParagraphStyle("sdb", fontName="LSB", fontSize=7, leading=9, textColor=colors.black)
    if doc.page == 1:
        items = [P("Directie Gezond en Veilig Werken", sideb),
                 P("Postbus 90801<br/>2509 LV Den Haag<br/>Parnassusplein 5<br/>T 070 333 44 44<br/>"
                   "www.rijksoverheid.nl", side), Spacer(1, 8),
                 P("Onze referentie", sideb), P("2026-0000028117", side), Spacer(1, 4),
                 P("Uw referentie", sideb), P("\u2013", side), Spacer(1, 4),
                 P("Bijlage(n)", sideb), P("1. Rapport NLA-2026/03", side)]
        y = 240 * mm
        for it in items:
            w, h = it.wrap(40 * mm, 100 * mm)
            it.drawOn(c, 152 * mm, y - h)
            y -= h
    else:
        it = P("Onze referentie<br/>2026-0000028117", side)
        w, h = it.wrap(40 * mm, 30 * mm)
        it.drawOn(c, 152 * mm, 272 * mm - h)
    c.restoreState()


def response():
    path = B.out(NAME + "_response.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=62 * mm, topMargin=22 * mm,
                          bottomMargin=20 * mm, title="Beleidsreactie rapport Tillen, tempo en tijdelijk werk",
                          author="Ministerie van SZW", creator="reportlab", invariant=1)
    first = [Frame(22 * mm, 20 * mm, 124 * mm, 232 * mm, id="f1")]
    later = [Frame(22 * mm, 20 * mm, 124 * mm, 252 * mm, id="f2")]
    doc.addPageTemplates([PageTemplate("first", first, onPage=letter_pages),
                          PageTemplate("later", later, onPage=letter_pages)])
    lb = ParagraphStyle("lb", parent=body, fontName="LR", fontSize=10, leading=14, spaceAfter=7)
    lh = ParagraphStyle("lh", fontName="LRI", fontSize=10, leading=14, spaceBefore=6, spaceAfter=2)
    sm = ParagraphStyle("sm", fontName="LS", fontSize=7.5, leading=10, textColor=GREY)
    fl = [NextPageTemplate("later")]
    fl.append(P("&gt; Retouradres Postbus 90801 2509 LV Den Haag", sm))
    fl.append(Spacer(1, 4))
    fl.append(P("De Voorzitter van de Tweede Kamer<br/>der Staten-Generaal<br/>Prinses Irenestraat 6<br/>"
                "2595 BD Den Haag", ParagraphStyle("a", parent=lb, spaceAfter=22)))
    for k, v in (("Datum", "12 maart 2026"), ("Betreft", "Beleidsreactie op het inspectierapport \u2018Tillen, "
                                                        "tempo en tijdelijk werk\u2019")):
        fl.append(Table([[P(k, sm), P(v, ParagraphStyle("v", parent=lb, spaceAfter=0))]],
                        colWidths=[18 * mm, 106 * mm],
                        style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    fl.append(Spacer(1, 14))
    fl.append(P("Hierbij zend ik u het rapport \u2018Tillen, tempo en tijdelijk werk\u2019 van de Nederlandse "
                "Arbeidsinspectie. De inspectie heeft in 2025 onaangekondigd 58 distributiecentra bezocht en "
                "daarbij met honderden uitzendkrachten gesproken. Het beeld dat daaruit naar voren komt, is "
                "onacceptabel. Mensen die ons land draaiende houden, moeten veilig en gezond kunnen werken, ook als "
                "zij via een uitzendbureau werken en de taal niet spreken.", lb))
    fl.append(P("De inspectie richt vier aanbevelingen aan mij en drie aan anderen. In deze brief ga ik in op de "
                "aanbevelingen en op wat ik verder doe. Ik begin met het onderwerp dat in het rapport de meeste "
                "aandacht krijgt: de fysieke belasting.", lb))
    fl.append(P("Fysieke belasting", lh))
    fl.append(P("De cijfers over tillen zijn ernstig. Ik onderschrijf dat de open norm in de huidige regelgeving de "
                "inspecteur te weinig houvast geeft. Ik ga daarom een concrete grenswaarde opnemen in het "
                "Arbeidsomstandighedenbesluit. Een maximum per dienst, zoals de inspectie voorstelt, kies ik echter "
                "niet: de belasting hangt sterk af van de duur van de dienst en van de pauzes. Ik leg de grens "
                "vast als maximum per uur, gebaseerd op de NIOSH-methode, en vraag de Gezondheidsraad om "
                "daarover vóór 1 oktober 2026 te adviseren.", lb))
    fl.append(P("Informatie in een begrijpelijke taal", lh))
    fl.append(P("Ik neem deze aanbeveling over. Een RI&amp;E die de werknemer niet kan lezen, beschermt hem niet. "
                "Ik bereid een wijziging van het Arbeidsomstandighedenbesluit voor waarmee werkgevers een "
                "samenvatting van de RI&amp;E en het plan van aanpak moeten verstrekken in een taal die de "
                "werknemer beheerst. De Stichting van de Arbeid heeft toegezegd een model voor zo\u2019n "
                "samenvatting te maken. Het ontwerpbesluit gaat in de zomer in internetconsultatie.", lb))
    fl.append(P("Melden zonder angst", lh))
    fl.append(P("De inspectie vraagt om een meldpunt waar uitzendkrachten anoniem en in hun eigen taal kunnen "
                "melden. Dat meldpunt bestaat inmiddels. Sinds 1 januari 2026 kan iedereen via het meldformulier van "
                "de Arbeidsinspectie in twaalf talen een melding doen, desgewenst anoniem. Ik zal het meldpunt "
                "samen met de vakbonden en de uitzendbranche onder de aandacht brengen in de huisvestingslocaties "
                "van arbeidsmigranten.", lb))
    fl.append(P("Verantwoordelijkheid van inlener en uitzendbureau", lh))
    fl.append(P("Ik ben het niet oneens met de inspectie dat inleners en uitzendbureaus te vaak naar elkaar wijzen. "
                "Een gezamenlijke wettelijke aansprakelijkheid acht ik echter niet nodig. De inlener is voor de "
                "arbozorg nu al werkgever en kan door de Arbeidsinspectie worden beboet; de inspectie heeft dat bij "
                "deze actie ook gedaan. Een nieuwe aansprakelijkheidsregeling zou vooral tot juridische discussies "
                "leiden over wie wat had moeten doen. Ik neem deze aanbeveling daarom niet over. Wel zal ik in de "
                "voorlichting aan inleners duidelijker maken wat hun plichten zijn.", lb))
    fl.append(P("Keurmerk en werkplekinstructie", lh))
    fl.append(P("De aanbevelingen V en VI zijn gericht aan de uitzendbranche. Over de inhoud van het SNA-keurmerk "
                "beslis ik niet; dat is aan het bestuur van de Stichting Normering Arbeid. Ik heb het rapport "
                "aan de stichting gestuurd en ga ervan uit dat zij de aanbeveling zorgvuldig zal wegen.", lb))
    fl.append(P("Dat een uitzendkracht een instructie krijgt voordat hij aan het werk gaat, vind ik zo "
                "vanzelfsprekend dat ik het niet alleen aan de branche wil overlaten. Ik neem de betaalde "
                "werkplekinstructie van ten minste een uur daarom op in de wijziging van het "
                "Arbeidsomstandighedenbesluit die ik hierboven noemde, zodat zij voor alle uitzendkrachten gaat "
                "gelden.", lb))
    fl.append(P("Handhaving", lh))
    fl.append(P("De Arbeidsinspectie heeft bij deze actie 40 centra een eis tot naleving of een boete gegeven. De "
                "capaciteit van de inspectie groeit tot en met 2027 met 75 fte, en een deel daarvan wordt ingezet "
                "op de logistiek. Ik laat de inspectie daarin zelf de keuzes maken.", lb))
    fl.append(P("Tot slot", lh))
    fl.append(P("Ik informeer uw Kamer na de zomer van 2026 over de voortgang, samen met de jaarlijkse "
                "voortgangsrapportage over de bescherming van arbeidsmigranten.", lb))
    fl.append(Spacer(1, 6))
    fl.append(P("De minister van Sociale Zaken en Werkgelegenheid,<br/><br/><br/>E.M. van Dalsum", lb))
    doc.build(fl, canvasmaker=LetterCanvas)


RECS = [
    ("I", "Verplicht werkgevers om de risico-inventarisatie en -evaluatie en het", "Een RI&E die de werknemer niet "
     "kan lezen", "agrees"),
    ("II", "Leg in de wet vast dat de inlener en het uitzendbureau", "Een gezamenlijke wettelijke aansprakelijkheid "
     "acht ik echter niet nodig", "disagrees"),
    ("III", "Neem in het Arbeidsomstandighedenbesluit een maximum op voor het gewicht", "Een maximum per dienst, "
     "zoals de inspectie voorstelt, kies ik echter niet", "partly"),
    ("IV", "Zorg voor een meldpunt waar uitzendkrachten anoniem en in hun", "Sinds 1 januari 2026 kan iedereen via het meldformulier",
     "agrees"),
    ("V", "Neem in de norm voor het SNA-keurmerk een toets op", "Over de inhoud van het SNA-keurmerk beslis ik niet",
     "noted"),
    ("VI", "Zorg dat elke uitzendkracht vóór de eerste werkdag een betaalde", "Ik neem de betaalde "
     "werkplekinstructie van ten minste een uur daarom op", "agrees"),
    ("VII", "Betrek uitzendkrachten bij het overleg met de ondernemingsraad of personeelsvertegenwoordiging",
     None, "unanswered"),
]
UNMATCHED = ["De capaciteit van de inspectie groeit tot en met 2027",
             "Ik informeer uw Kamer na de zomer van 2026"]
NOTES = ("Nederlandse Arbeidsinspectie inspection report (reportlab) answered by the minister of SZW's beleidsreactie "
         "to the Tweede Kamer. Advice: blue running band with report number NLA-2026/03 and 'Pagina N'; a "
         "one-column first page (title block, summary that announces 'zeven aanbevelingen', shaded 'Wat wij zagen' "
         "box with figures), then two columns: findings 2.1-2.5 ('De Arbeidsinspectie constateert'), article "
         "references (artikel 8 Arbowet, artikel 9 Waadi), a quoted 2021 recommendation of the former Inspectie "
         "SZW ('Verzorg de voorlichting ...', rapport R-21/11, aanbeveling 2) that resembles recommendation I, a "
         "table of violations, a green 'Voorbeeld uit de praktijk' box ('Andere centra kunnen van deze aanpak "
         "leren'), conclusions 3.1-3.4 as hanging numbers, then chapter 4 with recommendations as hanging Roman "
         "numerals I-VII grouped under italic addressee lines (minister I-IV, branch V-VI, hirers VII), and a "
         "'Vervolg' that asks the minister to report within three months. Response: ministry letter with the "
         "right-hand sidebar (directorate, Onze referentie 2026-0000028117, 'Pagina N van M'), retouradres, Datum/"
         "Betreft; replies under italic subject headings without numerals, order III, I, IV, II, V+VI: III 'Ik "
         "onderschrijf ... ga een grenswaarde opnemen' but per hour not per shift (partly); I 'Ik neem deze "
         "aanbeveling over' (agrees); IV 'Dat meldpunt bestaat inmiddels' (agrees, already done); II 'Ik ben het "
         "niet oneens met de inspectie dat ...' then 'niet nodig ... neem deze aanbeveling daarom niet over' "
         "(disagrees; the 'Wel' about information to hirers does not make it partly; its heading stands alone at the "
         "foot of page 1, the reply on page 2); ONE section 'Keurmerk en "
         "werkplekinstructie' citing 'De aanbevelingen V en VI': V 'beslis ik niet; dat is aan het bestuur' "
         "(noted), VI in the second paragraph, taken up in the minister's own regulation (agrees). VII (to hirers, "
         "works council) is not answered. 'Handhaving' (inspection capacity, not recommended) and 'Tot slot' answer "
         "no recommendation.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 82 (nl, Flemish): the ADVIES of a GROS (gemeentelijke raad voor internationale samenwerking, the municipal
advisory council on development cooperation) on the college's draft subsidy regulation for international
solidarity, answered by the schepen's ANTWOORDBRIEF to the council's chair.

Advice: (invented) GROS Wervelbeke, 'Advies 2026/02 over het ontwerp van reglement voor de toekenning van subsidies
voor internationale solidariteit', 2-3 p., sans, letterhead band, a grey sidebar box 'Advies in een oogopslag', the
recommendations as ROMAN NUMERALS I.-VII. after 'De GROS adviseert het college:' in '5. Advies'; traps: the GROS
statutes (art. 3, 'moet ... om advies vragen'), the draft's article 6 ('moet ... indienen'), a subsidies table
2023-2025, three numbered 'vaststellingen', the GROS's 2021 advice quoted ('Betrek de vierdepijlerorganisaties ...'),
'zou eigenlijk moeten meegroeien', an overall 'voorwaardelijk gunstig advies'.
Response: letter of the schepen (serif, letterhead with a kenmerk table), by subject without the numerals, in
another order: opening (nothing); 'Tweede indieningsronde' = II agrees; ONE paragraph 'Beoordelingscommissie' = IV
agrees + V disagrees; 'Bedrag per project' = I partly (3.000 instead of 4.000 euro); 'Verantwoording' = III
disagrees; 'Ontmoeting' = VI noted; 'Week van de Fair Trade' (nothing); closing on the council agenda (nothing);
VII (priority for the partner municipality) unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

The Flemish GROS councils and municipal subsidy regulations are real, but what the documents say of them is not to
be relied on; Wervelbeke, its GROS, the partner municipality Tamdé, people, figures and dates are invented.

Run: /tmp/blind82nl/bin/python tests/docs/src/blind82/gen_nl_gros_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b82nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind82_nl_gros"
DV = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("S", "DejaVuSans.ttf"), ("S-B", "DejaVuSans-Bold.ttf"), ("S-I", "DejaVuSans-Oblique.ttf"),
             ("S-BI", "DejaVuSans-BoldOblique.ttf"), ("R", "DejaVuSerif.ttf"), ("R-B", "DejaVuSerif-Bold.ttf"),
             ("R-I", "DejaVuSerif-Italic.ttf"), ("R-BI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="S-B", italic="S-I", boldItalic="S-BI")
pdfmetrics.registerFontFamily("R", normal="R", bold="R-B", italic="R-I", boldItalic="R-BI")

TEAL = colors.HexColor("#0f6a6a")
RED = colors.HexColor("#8c2a1c")


def styles(fam, accent):
    body = ParagraphStyle("b", fontName=fam, fontSize=9.4, leading=13.4, spaceAfter=5.5)
    h = ParagraphStyle("h", fontName=fam + "-B", fontSize=10.8, leading=14, spaceBefore=7, spaceAfter=3,
                       keepWithNext=1, textColor=accent)
    small = ParagraphStyle("s", fontName=fam, fontSize=7.9, leading=10.4, textColor=colors.HexColor("#444444"))
    title = ParagraphStyle("t", fontName=fam + "-B", fontSize=15, leading=19, spaceAfter=3, textColor=accent)
    item = ParagraphStyle("i", parent=body, leftIndent=11 * mm, firstLineIndent=-11 * mm, spaceAfter=4)
    return body, h, small, title, item


ADVIES = [
    ("I.", "het maximumbedrag per project op te trekken van 2.500 euro naar 4.000 euro, zodat ook kleinere "
           "infrastructuurprojecten zoals een waterput of een klaslokaal in aanmerking komen;"),
    ("II.", "naast de indieningsronde van 31 maart een tweede indieningsronde op 30 september in te richten, "
            "zodat organisaties niet een vol jaar op een beslissing moeten wachten;"),
    ("III.", "voor subsidies onder 1.000 euro de verplichting om alle originele facturen voor te leggen te "
             "vervangen door een verklaring op erewoord met een beknopt financieel overzicht;"),
    ("IV.", "een vertegenwoordiger van de GROS met raadgevende stem op te nemen in de beoordelingscommissie die de "
            "aanvragen rangschikt;"),
    ("V.", "de beoordelingscommissie te laten werken met een openbaar scoreblad, waarop elke aanvrager na de "
           "beslissing de eigen punten per criterium kan nakijken;"),
    ("VI.", "jaarlijks samen met de GROS een ontmoetingsdag te organiseren voor alle vierdepijlerorganisaties en "
            "vrijwilligers uit Wervelbeke die in het Zuiden actief zijn;"),
    ("VII.", "in het reglement een voorrangsregel op te nemen voor projecten in onze partnergemeente Tamdé, waarmee "
             "Wervelbeke sinds 2009 een stedenband heeft."),
]


def advice():
    body, h, small, title, item = styles("S", TEAL)

    def page(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(TEAL)
            c.rect(0, A4[1] - 30 * mm, A4[0], 30 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("S-B", 15)
            c.drawString(20 * mm, A4[1] - 15 * mm, "GROS Wervelbeke")
            c.setFont("S", 8.5)
            c.drawString(20 * mm, A4[1] - 21 * mm, "Gemeentelijke raad voor internationale samenwerking")
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 15 * mm, "p/a Dienst Welzijn, Marktplein 1, 9785 Wervelbeke")
            c.drawRightString(A4[0] - 20 * mm, A4[1] - 21 * mm, "gros@wervelbeke.example")
        else:
            c.setFont("S", 7.5)
            c.setFillColor(colors.HexColor("#555555"))
            c.drawString(20 * mm, A4[1] - 12 * mm, "GROS Wervelbeke | Advies 2026/02 | subsidiereglement "
                                                   "internationale solidariteit")
            c.setStrokeColor(TEAL)
            c.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 20 * mm, 11 * mm, f"blz. {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=38 * mm, bottomMargin=18 * mm, title="Advies GROS 2026/02",
                            author="GROS Wervelbeke")
    s = []
    meta = Table([[Paragraph("Aan het college van burgemeester en schepenen<br/>Marktplein 1<br/>9785 Wervelbeke",
                             body),
                   Paragraph("<b>Datum</b> 3 maart 2026<br/><b>Ons kenmerk</b> GROS/2026/02<br/><b>Uw brief</b> 27 "
                             "januari 2026<br/><b>Contact</b> Hilde Vanhecke, voorzitter", small)]],
                 colWidths=[95 * mm, 75 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#e6f0f0"))]))
    meta.hAlign = "LEFT"
    s += [meta, Spacer(1, 8)]
    s.append(Paragraph("Advies 2026/02 over het ontwerp van reglement voor de toekenning van subsidies voor "
                       "internationale solidariteit", title))
    s.append(Spacer(1, 4))
    side = Table([[Paragraph("<b>Advies in een oogopslag</b>", small)],
                  [Paragraph("Adviesvraag: 27 januari 2026<br/>Behandeld: algemene vergadering 24 februari 2026<br/>"
                             "Aanwezig: 14 van 19 stemgerechtigde leden<br/>Stemming: 12 voor, 0 tegen, 2 "
                             "onthoudingen<br/>Oordeel: voorwaardelijk gunstig<br/>Aantal adviespunten: zeven", small)]],
                 colWidths=[58 * mm])
    side.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee")),
                              ("BOX", (0, 0), (-1, -1), 0.5, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    intro = [Paragraph("1. Adviesvraag", h), Paragraph(
        "Met uw brief van 27 januari 2026 vroeg u de GROS om advies over het ontwerp van een nieuw reglement voor de "
        "toekenning van subsidies aan Wervelbeekse organisaties die projecten van internationale solidariteit "
        "steunen. Het nieuwe reglement moet het reglement van 2017 vervangen en zou op 1 januari 2027 in werking "
        "treden. Volgens artikel 3 van onze statuten moet het college de GROS om advies vragen over elk reglement "
        "dat het beleid inzake internationale samenwerking raakt. Wij danken u dat de vraag ruim op tijd kwam.",
        body)]
    two = Table([[intro, side]], colWidths=[108 * mm, 62 * mm])
    two.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    two.hAlign = "LEFT"
    s += [two]
    s.append(Paragraph("2. Werkwijze", h))
    s.append(Paragraph(
        "Het dagelijks bestuur bereidde het advies voor in twee werkvergaderingen. Daarna besprak de algemene "
        "vergadering van 24 februari 2026 het ontwerp artikel per artikel. Vijf vierdepijlerorganisaties die geen lid "
        "zijn van de GROS gaven op onze vraag schriftelijk hun mening. De algemene vergadering keurde dit advies goed "
        "met twaalf stemmen voor en twee onthoudingen.", body))
    s.append(Paragraph("3. Het ontwerp in het kort", h))
    s.append(Paragraph(
        "Het ontwerp voorziet in een jaarlijks krediet van 30.000 euro. Organisaties kunnen één keer per jaar, "
        "uiterlijk op 31 maart, een aanvraag indienen. Het maximumbedrag per project blijft 2.500 euro. Een "
        "beoordelingscommissie van drie ambtenaren rangschikt de aanvragen op vijf criteria. Artikel 6 van het "
        "ontwerp bepaalt dat de begunstigde binnen drie maanden na afloop van het project een inhoudelijk en "
        "financieel verslag moet indienen, met alle originele facturen.", body))
    tab = Table([["", "2023", "2024", "2025"],
                 ["Ingediende aanvragen", "21", "24", "29"],
                 ["Goedgekeurde aanvragen", "15", "16", "17"],
                 ["Toegekend bedrag (euro)", "29.850", "30.000", "30.000"],
                 ["Gemiddeld bedrag per project (euro)", "1.990", "1.875", "1.765"]],
                colWidths=[70 * mm, 25 * mm, 25 * mm, 25 * mm])
    tab.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.4), ("FONT", (0, 0), (-1, 0), "S-B", 8.4),
                             ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f0f0"))]))
    tab.hAlign = "LEFT"
    s += [tab, Paragraph("Tabel 1. Subsidies voor internationale solidariteit 2023-2025 (bron: Dienst Welzijn).",
                         small), Spacer(1, 4)]
    s.append(Paragraph("4. Vaststellingen", h))
    for n, t in (
        ("1.", "Het aantal aanvragen stijgt elk jaar, terwijl het krediet sinds 2017 gelijk is gebleven. Daardoor "
               "daalt het gemiddelde bedrag per project. Het krediet zou eigenlijk moeten meegroeien met het aantal "
               "actieve organisaties."),
        ("2.", "Kleine vrijwilligersgroepen ervaren de verantwoording als zwaar. Twee organisaties zagen in 2025 af "
               "van een aanvraag omdat hun partner in het Zuiden geen originele facturen kan leveren."),
        ("3.", "In ons advies 2021/04 vroegen wij al: 'Betrek de vierdepijlerorganisaties bij de evaluatie van het "
               "reglement.' Dat is met de bevraging van 2025 gebeurd, wat wij waarderen."),
    ):
        s.append(Paragraph(f"<b>{n}</b> {t}", item))
    s.append(Paragraph(
        "De GROS geeft een voorwaardelijk gunstig advies over het ontwerp: het reglement is helder en de criteria "
        "zijn goed gekozen, maar op enkele punten is bijsturing nodig.", body))
    s.append(Paragraph("5. Advies", h))
    s.append(Paragraph("De GROS adviseert het college:", body))
    for n, t in ADVIES:
        s.append(Paragraph(f"<b>{n}</b> {t}", item))
    s.append(Paragraph("6. Opvolging", h))
    s.append(Paragraph(
        "Wij vragen u ons binnen twee maanden schriftelijk te laten weten wat u met dit advies doet, zoals de "
        "statuten voorzien. De GROS licht het advies graag mondeling toe op de commissie Welzijn.", body))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Voor de GROS,<br/><br/>Hilde Vanhecke, voorzitter | Koen De Raedt, secretaris", body))
    doc.build(s, onFirstPage=page, onLaterPages=page)


def response():
    body, h, small, title, item = styles("R", RED)
    body.fontSize = 9.8
    body.leading = 14

    def page(c, doc):
        c.saveState()
        c.setFont("R-B", 13)
        c.setFillColor(RED)
        c.drawString(20 * mm, A4[1] - 18 * mm, "gemeente Wervelbeke")
        c.setFont("R", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, A4[1] - 23 * mm, "Marktplein 1 | 9785 Wervelbeke | www.wervelbeke.example")
        c.setStrokeColor(RED)
        c.line(20 * mm, A4[1] - 25.5 * mm, A4[0] - 20 * mm, A4[1] - 25.5 * mm)
        c.drawRightString(A4[0] - 20 * mm, 11 * mm, f"{doc.page}/2")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=22 * mm,
                            topMargin=33 * mm, bottomMargin=18 * mm, title="Antwoord op advies GROS 2026/02",
                            author="Gemeente Wervelbeke")
    s = []
    meta = Table([[Paragraph("GROS Wervelbeke<br/>t.a.v. mevrouw Hilde Vanhecke, voorzitter<br/>p/a Dienst Welzijn<br/>"
                             "Marktplein 1<br/>9785 Wervelbeke", body),
                   Table([["uw bericht", "3 maart 2026"], ["uw kenmerk", "GROS/2026/02"],
                          ["ons kenmerk", "WEL/IS/2026/044"], ["contact", "Sara Baert, 09 385 22 17"],
                          ["datum", "14 april 2026"]], colWidths=[22 * mm, 40 * mm],
                         style=TableStyle([("FONT", (0, 0), (-1, -1), "R", 7.8),
                                           ("FONT", (0, 0), (0, -1), "R-I", 7.8),
                                           ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey)]))]],
                 colWidths=[105 * mm, 65 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
    meta.hAlign = "LEFT"
    s += [meta, Spacer(1, 10)]
    s.append(Paragraph("<b>Betreft: uw advies over het ontwerp van subsidiereglement internationale solidariteit</b>",
                       body))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Geachte voorzitter, beste Hilde,", body))
    s.append(Paragraph(
        "Namens het college dank ik de GROS voor het grondige advies en voor de moeite om ook organisaties te horen "
        "die geen lid zijn van de raad. Het college heeft het advies besproken in zijn zitting van 7 april 2026. "
        "Hieronder vindt u ons standpunt, telkens per onderwerp.", body))
    s.append(Paragraph("Tweede indieningsronde", h))
    s.append(Paragraph(
        "Wij begrijpen dat één indieningsmoment per jaar voor sommige projecten te weinig is. Het ontwerp wordt "
        "daarom aangepast: <b>vanaf 2027 komt er een tweede indieningsronde</b> met 30 september als uiterste datum. "
        "Het krediet wordt over de twee rondes verdeeld.", body))
    s.append(Paragraph("Beoordelingscommissie", h))
    s.append(Paragraph(
        "Het college gaat graag in op de vraag om de GROS bij de beoordeling te betrekken: een afgevaardigde van de "
        "raad zal voortaan met raadgevende stem in de commissie zetelen. Een openbaar scoreblad per aanvrager zien "
        "wij daarentegen niet zitten. De commissie weegt aanvragen ten opzichte van elkaar af en de punten zijn niet "
        "bedoeld om los van die vergelijking te worden gelezen; elke aanvrager krijgt wel een gemotiveerde "
        "beslissing. Op dit punt volgt het college het advies dus niet.", body))
    s.append(Paragraph("Bedrag per project", h))
    s.append(Paragraph(
        "De vaststelling dat het gemiddelde bedrag daalt, delen wij. Binnen het huidige krediet is een verhoging "
        "tot 4.000 euro echter niet haalbaar zonder het aantal gesteunde projecten sterk te verminderen. Het "
        "college kiest voor een tussenstap en legt het maximum vast op 3.000 euro per project. Bij de opmaak van "
        "het meerjarenplan bekijken wij opnieuw of het krediet kan stijgen.", body))
    s.append(Paragraph("Verantwoording", h))
    s.append(Paragraph(
        "Wij hebben begrip voor de last die kleine vrijwilligersgroepen ervaren. Toch kan het college niet "
        "afstappen van de voorlegging van bewijsstukken: de financiële dienst en de externe auditor vereisen dat "
        "elke uitgave met een stuk wordt gestaafd, ook bij kleine bedragen. Een verklaring op erewoord volstaat "
        "daarvoor niet. Wel aanvaardt de dienst voortaan kopieën en foto's van facturen.", body))
    s.append(Paragraph("Ontmoeting van de organisaties", h))
    s.append(Paragraph(
        "Het voorstel om jaarlijks een ontmoetingsdag te houden, nemen wij mee naar de werkgroep die het "
        "programma van het cultuurcentrum voor 2027 voorbereidt. Het college zal in het najaar bekijken of daarvoor "
        "ruimte en middelen zijn en koppelt daarover terug naar de GROS.", body))
    s.append(Paragraph("Week van de Fair Trade", h))
    s.append(Paragraph(
        "Los van het advies wil ik u nog laten weten dat de gemeente ook dit jaar deelneemt aan de Week van de Fair "
        "Trade. Het ontbijt op de markt vindt plaats op zondag 11 oktober 2026 en de Dienst Welzijn neemt contact "
        "met u op voor de bemanning van de infostand.", body))
    s.append(Paragraph(
        "Het aangepaste ontwerp wordt ter goedkeuring voorgelegd aan de gemeenteraad van 26 mei 2026. U ontvangt de "
        "definitieve tekst zodra de raad heeft beslist. Voor vragen kunt u terecht bij Sara Baert van de Dienst "
        "Welzijn.", body))
    s.append(Spacer(1, 4))
    s.append(Paragraph("Met vriendelijke groeten,<br/><br/>Mieke Cornelis<br/>schepen van Welzijn en "
                       "Internationale Samenwerking", body))
    doc.build(s, onFirstPage=page, onLaterPages=page)


RECS = [
    (1, "het maximumbedrag per project op te trekken van 2.500 euro",
     "kiest voor een tussenstap en legt het maximum vast op 3.000 euro", "partly"),
    (2, "naast de indieningsronde van 31 maart een tweede indieningsronde op 30 september",
     "vanaf 2027 komt er een tweede indieningsronde", "agrees"),
    (3, "voor subsidies onder 1.000 euro de verplichting om alle originele facturen",
     "kan het college niet afstappen van de voorlegging van bewijsstukken", "disagrees"),
    (4, "een vertegenwoordiger van de GROS met raadgevende stem op te nemen",
     "een afgevaardigde van de raad zal voortaan met raadgevende stem", "agrees"),
    (5, "de beoordelingscommissie te laten werken met een openbaar scoreblad",
     "Een openbaar scoreblad per aanvrager zien wij daarentegen niet zitten", "disagrees"),
    (6, "jaarlijks samen met de GROS een ontmoetingsdag te organiseren voor alle",
     "Het college zal in het najaar bekijken of daarvoor ruimte", "noted"),
    (7, "in het reglement een voorrangsregel op te nemen voor projecten", None, "unanswered"),
]
UNMATCHED = [
    "dank ik de GROS voor het grondige advies",
    "de gemeente ook dit jaar deelneemt aan de Week van de Fair Trade",
    "ter goedkeuring voorgelegd aan de gemeenteraad van 26 mei 2026",
]
NOTES = ("Flemish GROS (municipal advisory council on international cooperation) advice on a draft subsidy "
         "regulation, answered by the schepen's letter. Advice: ROMAN NUMERALS I.-VII. after 'De GROS adviseert het "
         "college:' under '5. Advies' (numbers 1-7 = I-VII); traps: GROS statutes art. 3 'moet ... om advies vragen', "
         "the draft's art. 6 'moet ... indienen', a subsidies table 2023-2025, three numbered vaststellingen 1.-3., "
         "the 2021 advice quoted ('Betrek de vierdepijlerorganisaties ...'), 'zou eigenlijk moeten meegroeien', "
         "'voorwaardelijk gunstig advies', a sidebar box. Response: letter by subject WITHOUT numerals in the order "
         "II, IV+V, I, III, VI: opening (nothing); II agrees; ONE paragraph 'Beoordelingscommissie' = IV agrees + V "
         "disagrees ('zien wij daarentegen niet zitten'); I partly (3.000 instead of 4.000 euro); III disagrees "
         "(copies accepted, but no erewoord); VI noted ('bekijken ... koppelt terug'); 'Week van de Fair Trade' and "
         "the closing on the council of 26 May (nothing); VII (priority for partner municipality Tamdé) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

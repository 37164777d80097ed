"""Round 27 (nl): annual report (jaarverslag) of the municipal Commissie bezwaarschriften of an (invented)
municipality, with statistics tables, a status table of LAST year's recommendations, 'Observaties' that read like
recommendations, and six recommendations numbered with Roman numerals I-VI; answered by the college's
raadsinformatiebrief in a letter template with a kenmerk/datum sidebar on every page, referring to the
recommendations by Roman numeral, by ordinal word and by paraphrase, in another order, IV and V in one paragraph.
Engine: reportlab."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b27nl as B  # noqa: E402

NAME = "blind27_nl_bezwaarcommissie"
LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LR", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LR-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LR-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LR-B", italic="LR-I", boldItalic="LR-B")

GREEN = colors.HexColor("#27613f")
BODY = ParagraphStyle("b", fontName="LR", fontSize=10.5, leading=14, spaceAfter=6, alignment=TA_LEFT)
CELL = ParagraphStyle("c", parent=BODY, fontName="LS", fontSize=8.5, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LS-B")
H1 = ParagraphStyle("h1", parent=BODY, fontName="LS-B", fontSize=14, leading=18, spaceBefore=12, spaceAfter=6,
                    textColor=GREEN, keepWithNext=1)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LS-B", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3,
                    keepWithNext=1)
# letter
LB = ParagraphStyle("lb", fontName="LS", fontSize=9.5, leading=13.5, spaceAfter=7, alignment=TA_LEFT)
LH = ParagraphStyle("lh", parent=LB, fontName="LS-B", spaceBefore=6, spaceAfter=2, keepWithNext=1)


def P(t, st=BODY):
    return Paragraph(t, st)


def canvas_with_total(draw):
    class C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k.setdefault("initialFontName", "LS")
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw(self, self._pageNumber, n)
                super().showPage()
            super().save()
    return C


def advice_deco(c, i, n):
    c.setFont("LS", 7.5)
    c.setFillColor(colors.HexColor("#555555"))
    if i > 1:
        c.drawString(22 * mm, 284 * mm, "Commissie bezwaarschriften Heuvelrade  |  Jaarverslag 2024")
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.5)
        c.line(22 * mm, 282.5 * mm, 188 * mm, 282.5 * mm)
    c.drawRightString(188 * mm, 12 * mm, str(i))


def advice():
    f = []
    f.append(Spacer(1, 18 * mm))
    f.append(P("COMMISSIE BEZWAARSCHRIFTEN HEUVELRADE", ParagraphStyle("k", parent=CELLB, textColor=GREEN,
                                                                     fontSize=9)))
    f.append(Spacer(1, 3 * mm))
    f.append(P("Jaarverslag 2024", ParagraphStyle("t", parent=H1, fontSize=24, leading=28, textColor=colors.black)))
    f.append(P("Verslag van de werkzaamheden van de algemene commissie bezwaarschriften over het kalenderjaar 2024, "
               "uitgebracht aan het college van burgemeester en wethouders en de gemeenteraad van Heuvelrade",
               ParagraphStyle("st", parent=BODY, fontName="LS-I", fontSize=10)))
    f.append(Spacer(1, 4 * mm))
    f.append(P("1. Inleiding", H1))
    f.append(P("Op grond van artikel 7:13 van de Algemene wet bestuursrecht en de Verordening commissie "
               "bezwaarschriften Heuvelrade 2019 adviseert de commissie het college, de burgemeester en de raad over "
               "bezwaren tegen hun besluiten. Artikel 16 van de verordening bepaalt dat de commissie jaarlijks verslag "
               "uitbrengt en daarin aanbevelingen kan doen om de kwaliteit van de besluitvorming te verbeteren. Dit "
               "jaarverslag gaat over 2024."))
    f.append(P("De commissie bestond in 2024 uit een voorzitter, twee plaatsvervangend voorzitters en vier leden. Alle "
               "leden zijn extern; geen van hen is in dienst van de gemeente. De commissie hield 41 zittingen, waarvan "
               "elf digitaal. Het secretariaat werd gevoerd door medewerkers van het team Juridische Zaken."))
    f.append(P("2. Cijfers over 2024", H1))
    f.append(P("In 2024 kwamen 376 bezwaarschriften binnen, tegen 341 in 2023. De stijging zit vooral in het sociaal "
               "domein, waar de herbeoordeling van indicaties voor huishoudelijke ondersteuning tot veel bezwaren "
               "leidde. Tabel 1 geeft de verdeling over de beleidsterreinen."))
    rows = [["Beleidsterrein", "Ingekomen", "Informeel opgelost", "Advies commissie", "Gegrond"],
            ["Sociaal domein (Wmo, Jeugdwet, Participatiewet)", "212", "58", "131", "37"],
            ["Omgevingsrecht en handhaving", "96", "19", "68", "14"],
            ["Parkeren (vergunningen en naheffingen)", "41", "3", "35", "6"],
            ["Overig (Woo, subsidies, APV)", "27", "6", "18", "4"],
            ["Totaal", "376", "86", "252", "61"]]
    data = [[P(x, CELLB if r in (0, len(rows) - 1) else CELL) for x in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=[62 * mm, 22 * mm, 28 * mm, 28 * mm, 20 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeee4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f.append(P("<i>Tabel 1. Bezwaarschriften naar beleidsterrein, 2024</i>", CELL))
    f.append(Spacer(1, 2 * mm))
    f.append(t)
    f.append(Spacer(1, 4 * mm))
    f.append(P("De wettelijke beslistermijn is zes weken na afloop van de bezwaartermijn, of twaalf weken als een "
               "commissie adviseert; het bestuursorgaan kan de beslissing met ten hoogste zes weken verdagen (artikel "
               "7:10 Awb). In 2024 werd in 71 procent van de zaken binnen de termijn beslist, tegen 78 procent in "
               "2023. In 88 zaken werd verdaagd, in 23 daarvan zonder dat het dossier aanleiding gaf tot nader "
               "onderzoek. Er werden 14 ingebrekestellingen ontvangen en in 9 zaken werd een dwangsom verbeurd, in "
               "totaal 8.460 euro."))
    f.append(P("3. Opvolging van de aanbevelingen uit 2023", H1))
    f.append(P("In het jaarverslag over 2023 deed de commissie vier aanbevelingen. Het college heeft die in zijn brief "
               "van 11 juni 2024 alle vier overgenomen. De stand van zaken is als volgt."))
    rows = [["Aanbeveling uit het jaarverslag 2023", "Stand van zaken eind 2024"],
            ["Neem binnen vijf werkdagen na ontvangst telefonisch contact op met elke bezwaarmaker in het sociaal "
             "domein.", "Uitgevoerd. In 2024 werd 91 procent van de bezwaarmakers binnen vijf werkdagen gebeld."],
            ["Pas de standaardbrieven voor de Wmo aan op taalniveau B1.", "Uitgevoerd in april 2024."],
            ["Stel een vaste contactpersoon aan voor bezwaarmakers die meer dan drie bezwaren per jaar indienen.",
             "Gedeeltelijk uitgevoerd; de contactpersoon is er alleen voor het sociaal domein."],
            ["Rapporteer elk kwartaal aan de raad over de beslistermijnen.", "Niet uitgevoerd; de rapportage is "
             "halfjaarlijks."]]
    data = [[P(x, CELLB if r == 0 else CELL) for x in row] for r, row in enumerate(rows)]
    t = Table(data, colWidths=[95 * mm, 70 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeee4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    f.append(t)
    f.append(Spacer(1, 4 * mm))
    f.append(P("4. Observaties", H1))
    f.append(P("Uit de zaken die de commissie in 2024 behandelde, vallen drie dingen op."))
    f.append(P("<b>Motivering in het sociaal domein.</b> In 29 van de 37 gegronde bezwaren in het sociaal domein was "
               "het primaire besluit onvoldoende gemotiveerd. Vaak werd alleen verwezen naar een "
               "onderzoeksverslag dat de inwoner niet had ontvangen. De commissie constateert dat de kwaliteit van de "
               "motivering sinds 2022 niet is verbeterd."))
    f.append(P("<b>Verdagen als gewoonte.</b> In een kwart van de verdaagde zaken stond in het dossier geen enkele "
               "handeling tussen de hoorzitting en het verdagingsbesluit. De commissie stelt vast dat verdagen dan "
               "een middel wordt om achterstanden op te vangen, terwijl de wet dat niet zo bedoelt."))
    f.append(P("<b>Parkeren.</b> Bij naheffingen parkeerbelasting kwam een groot deel van de bezwaren voort uit een "
               "misverstand over de digitale bezoekersregeling. Een telefoongesprek had de meeste van deze zaken "
               "kunnen oplossen, maar die aanpak wordt bij parkeren nog niet gevolgd."))
    f.append(P("5. Aanbevelingen", H1))
    f.append(P("Op grond van het voorgaande beveelt de commissie het college het volgende aan."))
    recs = [
        ("I.", "Laat elk besluit in het sociaal domein dat een aanvraag geheel of gedeeltelijk afwijst, v&#243;&#243;r "
               "verzending controleren op een begrijpelijke en volledige motivering.",
         "Een korte controle door een tweede medewerker voorkomt veel bezwaren en maakt duidelijker voor de inwoner "
         "waarom een aanvraag wordt afgewezen."),
        ("II.", "Verdaag de beslissing op bezwaar alleen als het dossier daar een inhoudelijke reden voor geeft, en "
                "vermeld die reden in de verdagingsbrief.",
         "Zo blijft verdagen de uitzondering die de wetgever bedoelde en krijgt de bezwaarmaker een eerlijk beeld van "
         "de voortgang."),
        ("III.", "Pas de informele aanpak met een telefoongesprek kort na ontvangst van het bezwaar ook toe bij "
                 "parkeervergunningen en naheffingsaanslagen parkeerbelasting.",
         "De ervaring in het sociaal domein laat zien dat een kwart van de bezwaren dan zonder zitting kan worden "
         "opgelost."),
        ("IV.", "Wijs bezwaarmakers in de ontvangstbevestiging op de mogelijkheid om een vergoeding van de kosten van "
                "rechtsbijstand te vragen.",
         "Artikel 7:15 Awb kent die vergoeding alleen toe als er v&#243;&#243;r de beslissing om is verzocht. Veel "
         "bezwaarmakers weten dat niet."),
        ("V.", "Publiceer de adviezen van de commissie in geanonimiseerde vorm op de website van de gemeente.",
         "Openbare adviezen maken de lijn van de commissie kenbaar en helpen inwoners en ambtenaren om die lijn te "
         "volgen."),
        ("VI.", "Wijs de commissie vanaf 2026 een eigen secretaris toe die niet werkzaam is bij de afdeling die het "
                "bestreden besluit heeft voorbereid.",
         "De onafhankelijkheid van de commissie is nu in de praktijk gewaarborgd, maar de schijn van "
         "vooringenomenheid kan beter worden voorkomen."),
    ]
    for lab, text, expl in recs:
        t = Table([[P(f"<b>{lab}</b>", BODY), [P(f"<b>{text}</b>", ParagraphStyle("r", parent=BODY, spaceAfter=3)),
                                               P(expl, BODY)]]], colWidths=[11 * mm, 155 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        f.append(t)
    f.append(Spacer(1, 4 * mm))
    f.append(P("Heuvelrade, 14 maart 2025"))
    f.append(P("Namens de commissie bezwaarschriften,<br/><br/>mr. J.A. Verbrugge, voorzitter<br/>"
               "mr. drs. R. Koelman, secretaris"))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Jaarverslag 2024 Commissie "
                            "bezwaarschriften Heuvelrade", author="", creator="reportlab", invariant=1)
    doc.build(f, canvasmaker=canvas_with_total(advice_deco))


SIDEBAR = [("Datum", "8 juli 2025"), ("Ons kenmerk", "Z/25/071133 - U/25/044508"),
           ("Behandeld door", "mr. S. van Dorth"), ("Telefoon", "14 0381"), ("Onderwerp", "Reactie op jaarverslag "
           "2024 commissie bezwaarschriften"), ("Bijlage", "1")]


def letter_deco(c, i, n):
    c.setFillColor(GREEN)
    c.rect(22 * mm, 272 * mm, 6 * mm, 10 * mm, stroke=0, fill=1)
    c.setFont("LS-B", 13)
    c.drawString(31 * mm, 276 * mm, "Gemeente Heuvelrade")
    c.setFillColor(colors.HexColor("#333333"))
    x, y = 152 * mm, (236 if i == 1 else 262) * mm
    for lab, val in (SIDEBAR if i == 1 else SIDEBAR[:2]):
        c.setFont("LS-B", 7)
        c.drawString(x, y, lab)
        y -= 3.4 * mm
        c.setFont("LS", 7)
        words, line = val.split(), ""
        for w in words:
            if c.stringWidth(line + " " + w, "LS", 7) > 38 * mm:
                c.drawString(x, y, line.strip()); y -= 3.2 * mm; line = ""
            line += " " + w
        c.drawString(x, y, line.strip())
        y -= 5.5 * mm
    c.setFont("LS-B", 7)
    c.drawString(x, y, "Pagina")
    c.setFont("LS", 7)
    c.drawString(x, y - 3.4 * mm, f"{i} van {n}")
    c.setFont("LS", 6.5)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(22 * mm, 10 * mm, "Postbus 50, 7370 AB Heuvelrade  |  www.heuvelrade.nl  |  bezoekadres "
                                   "Marktplein 1")


def response():
    f = [Spacer(1, 2 * mm),
         P("Aan de gemeenteraad van Heuvelrade<br/>Postbus 50<br/>7370 AB Heuvelrade", LB),
         Spacer(1, 14 * mm),
         P("<b>Raadsinformatiebrief</b>", LB),
         P("Geachte leden van de raad,", LB),
         P("Op 14 maart 2025 heeft de commissie bezwaarschriften haar jaarverslag over 2024 uitgebracht. Het verslag "
           "gaat als bijlage bij deze brief. In deze brief geven wij onze reactie op het verslag en op de zes "
           "aanbevelingen die de commissie ons doet. Wij danken de commissie voor haar zorgvuldige werk en voor de "
           "heldere rapportage.", LB),
         P("Beeld van het afgelopen jaar", LH),
         P("Het aantal bezwaarschriften is opnieuw gestegen. Dat komt vooral door de herbeoordeling van de "
           "huishoudelijke ondersteuning, die in het najaar van 2024 is afgerond. Wij verwachten daarom dat het "
           "aantal in 2025 weer daalt. Dat wij minder vaak binnen de termijn beslisten, betreuren wij; de inzet van "
           "twee tijdelijke juristen sinds februari heeft de achterstand inmiddels gehalveerd.", LB),
         P("Aanbevelingen uit het jaarverslag 2023", LH),
         P("De commissie meldt dat de kwartaalrapportage over beslistermijnen er niet is gekomen. Wij hebben daar "
           "bewust voor gekozen: een halfjaarlijkse rapportage sluit aan bij de planning- en controlcyclus en "
           "geeft een betrouwbaarder beeld. Met de raad is dat in de commissie Bestuur van 12 september 2024 "
           "besproken.", LB),
         P("Onze reactie op de aanbevelingen", LH),
         P("<i>Motivering van afwijzingen in het sociaal domein (aanbeveling I)</i>", LB),
         P("Wij herkennen het beeld dat de commissie schetst en nemen deze aanbeveling over. Vanaf 1 september 2025 "
           "leest een tweede consulent elke afwijzende beschikking mee voordat die wordt verstuurd. Daarnaast "
           "sturen wij het onderzoeksverslag voortaan standaard mee met de beschikking.", LB),
         P("<i>Telefonisch contact bij parkeerzaken</i>", LB),
         P("De derde aanbeveling vraagt ons de aanpak van het sociaal domein uit te breiden naar parkeren. Bij "
           "parkeervergunningen doen wij dat vanaf dit najaar. Voor naheffingsaanslagen ligt dat anders: het gaat "
           "om grote aantallen kleine bedragen, en het bellen van iedere bezwaarmaker vraagt meer capaciteit dan "
           "wij hebben. Wij beperken de telefonische aanpak bij naheffingen daarom tot bezwaren over de digitale "
           "bezoekersregeling, de groep waarover de commissie haar zorg uitspreekt.", LB),
         P("<i>Verdagen van beslissingen</i>", LB),
         P("Wat de tweede aanbeveling betreft: sinds 1 januari 2025 legt de behandelend jurist de reden voor "
           "verdaging vast in het zaaksysteem en staat die reden ook in de brief aan de bezwaarmaker. Zonder "
           "vastgelegde reden kan de brief niet worden aangemaakt. Deze werkwijze voldoet aan wat de commissie "
           "vraagt.", LB),
         P("<i>Informatie aan bezwaarmakers</i>", LB),
         P("Over de informatie aan bezwaarmakers doet de commissie twee aanbevelingen. De ontvangstbevestiging "
           "passen wij aan: zij noemt vanaf 1 augustus 2025 de mogelijkheid om vergoeding van de kosten van een "
           "advocaat of andere deskundige te vragen, met een verwijzing naar het formulier op de website. Het "
           "openbaar maken van de adviezen zelf vinden wij niet verstandig. Ook geanonimiseerd zijn veel zaken in "
           "een kleine gemeente als de onze tot personen te herleiden, zeker in het sociaal domein. De commissie "
           "maakt haar lijn al kenbaar in dit jaarverslag. Dit onderdeel nemen wij daarom niet over.", LB),
         P("<i>Secretariaat van de commissie (aanbeveling VI)</i>", LB),
         P("De gemeentesecretaris onderzoekt dit jaar de inrichting van alle juridische functies in de organisatie. "
           "Wij hebben haar gevraagd de positie van het secretariaat van de commissie daarin mee te nemen. Wij "
           "nemen kennis van de aanbeveling en komen hier bij de begroting 2026 op terug.", LB),
         P("Financi&#235;le gevolgen", LH),
         P("De maatregelen uit deze brief worden gedekt uit het bestaande budget van team Juridische Zaken. Alleen "
           "de extra controle op beschikkingen vraagt tijdelijk 0,6 fte, die wij betalen uit de middelen voor "
           "de uitvoering van de Wmo.", LB),
         P("Wij vertrouwen erop u hiermee voldoende te hebben ge&#239;nformeerd.", LB),
         P("Met vriendelijke groet,<br/>burgemeester en wethouders van Heuvelrade,", LB),
         Table([[P("de secretaris,<br/><br/><br/>mr. H.C. Oosterbeek", LB),
                 P("de burgemeester,<br/><br/><br/>drs. W.F. Rademaker", LB)]], colWidths=[60 * mm, 60 * mm],
               hAlign="LEFT", style=[("LEFTPADDING", (0, 0), (-1, -1), 0)])]
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=62 * mm,
                            topMargin=38 * mm, bottomMargin=22 * mm, title="Raadsinformatiebrief jaarverslag "
                            "commissie bezwaarschriften 2024", author="", creator="reportlab", invariant=1)
    doc.build(f, canvasmaker=canvas_with_total(letter_deco))


RECS = [
    ("I", "Laat elk besluit in het sociaal domein dat een aanvraag", "leest een tweede consulent elke afwijzende "
     "beschikking mee", "agrees"),
    ("II", "Verdaag de beslissing op bezwaar alleen als het dossier", "legt de behandelend jurist de reden voor "
     "verdaging vast", "agrees"),
    ("III", "Pas de informele aanpak met een telefoongesprek kort na ontvangst", "Wij beperken de telefonische aanpak "
     "bij naheffingen daarom", "partly"),
    ("IV", "Wijs bezwaarmakers in de ontvangstbevestiging op de mogelijkheid om", "De ontvangstbevestiging passen "
     "wij aan", "agrees"),
    ("V", "Publiceer de adviezen van de commissie in geanonimiseerde vorm", "Het openbaar maken van de adviezen "
     "zelf vinden wij niet verstandig", "disagrees"),
    ("VI", "Wijs de commissie vanaf 2026 een eigen secretaris toe", "Wij nemen kennis van de aanbeveling en komen "
     "hier", "noted", ["partly"]),
]
UNMATCHED = [
    "de inzet van twee tijdelijke juristen sinds februari",
    "een halfjaarlijkse rapportage sluit aan bij de planning- en controlcyclus",
    "worden gedekt uit het bestaande budget van team Juridische Zaken",
]
NOTES = ("Invented municipal objections committee's annual report (reportlab; running header from page 2, bare page "
         "numbers). Statistics tables, a table of LAST year's four recommendations with their status (imperatives "
         "that are not this report's recommendations), an 'Observaties' chapter of bold run-in findings ('De "
         "commissie constateert', 'stelt vast'), then '5. Aanbevelingen' with six bold recommendations in hanging "
         "Roman numerals I.-VI., each with a plain explanatory paragraph; Awb article numbers in the text. Response: "
         "the college's raadsinformatiebrief in a letter template with a kenmerk/datum sidebar on every page "
         "(narrow body column) and 'Pagina i van n' in the sidebar. Bold headings 'Beeld van het afgelopen jaar' and "
         "'Aanbevelingen uit het jaarverslag 2023' answer nothing (unmatched); under 'Onze reactie op de "
         "aanbevelingen' italic subject lines in the order I, III, II, IV+V, VI: I by numeral in the subject line "
         "('nemen deze aanbeveling over', date); III as 'De derde aanbeveling', vergunningen yes but naheffingen "
         "only for one group (partly); II as 'Wat de tweede aanbeveling betreft', already in place since January "
         "without a verdict word (agrees); IV and V in ONE paragraph 'twee aanbevelingen' by paraphrase only: "
         "ontvangstbevestiging adapted (IV agrees), publishing the advices 'niet verstandig ... nemen wij daarom "
         "niet over' (V disagrees); VI by numeral, referred to an organisation review, 'nemen kennis van' (noted). "
         "'Financiële gevolgen' answers nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 118 (nl): the ADVIES of a municipal ADVIESRAAD DIGITALE INCLUSIE on the concept-Visie Dienstverlening
2027-2030, whose recommendations stand in a ROUTEKAART: a three-column table by time horizon ('Nu regelen (2027)' /
'Binnen twee jaar' / 'Vóór 2030') with the numbered points 1-3, 4-5 and 6-7 side by side; answered by a 'Nota van
verwerking' annexed to the adopted visie, ordered by the VISIE'S OWN CHAPTERS ('Hoofdstuk 2 ...', 'paragraaf 3.4').

Advice (reportlab, sans, 2 p., slate title block, running head from p. 2, 'pagina n'): the visie's title 'Digitaal
waar het kan, persoonlijk waar het moet' (trap), the Wet digitale overheid with 'moet' (trap), the findings as a
numbered list 1.-5. ('Bevinding'; trap), the raad's 2024 advice quoted (trap), 'De adviesraad concludeert'; the seven
recommendations are the numbered points of the routekaart table (expected 1-7); closing line citing 'de punten 1, 4 en
6 van de routekaart'.
Response: Nota van verwerking, bijlage 3 (2 p.): 'Over deze nota' (nothing); by the visie's chapters: hoofdstuk 1
(no change; nothing), hoofdstuk 2 = 1 partly, hoofdstuk 3 = 4 noted, hoofdstuk 4 = 3 agrees + 6 disagrees (one
section), hoofdstuk 5 = 2 agrees, hoofdstuk 6 = 7 disagrees; 5 (training for the KCC) unanswered; 'Overige reacties'
(other respondents) answers nothing. All invented.

Run: /tmp/blind118nl/bin/python tests/docs/src/blind118/gen_nl_digitaal_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b118nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether  # noqa: E402

NAME = "blind118_nl_digitaal"
F = B.tmp_fonts()
for key, fn in (("Regular", "S"), ("Bold", "S-B"), ("Italic", "S-I"), ("Bold Italic", "S-BI")):
    pdfmetrics.registerFont(TTFont(fn, F[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

SLATE = colors.HexColor("#34495e")
MINT = colors.HexColor("#e8f1ee")
ACC = colors.HexColor("#2a8c74")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.2, leading=11, spaceAfter=2, textColor=colors.HexColor("#444"))
H1 = ParagraphStyle("h1", fontName="S-B", fontSize=18, leading=22, textColor=colors.white)
H1S = ParagraphStyle("h1s", fontName="S", fontSize=10, leading=13, textColor=colors.white)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.2, leading=15, textColor=SLATE, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.8, leading=13, textColor=ACC, spaceBefore=6, spaceAfter=2,
                    keepWithNext=True)
LI = ParagraphStyle("li", parent=BODY, leftIndent=16, bulletIndent=3, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.8, leading=12, spaceAfter=6, leftIndent=13, bulletIndent=0)
CHEAD = ParagraphStyle("chead", fontName="S-B", fontSize=9.2, leading=12, textColor=colors.white)


def page_fn(head, foot="pagina {n}"):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.4)
        canv.setFillColor(colors.HexColor("#555"))
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 13 * mm, head)
            canv.setStrokeColor(ACC)
            canv.setLineWidth(0.4)
            canv.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 11 * mm, foot.format(n=doc.page))
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, foot="pagina {n}"):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title=title, author="gemeente Wadderveen",
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))


def titleblock(title, sub, width=166 * mm):
    t = Table([[Paragraph(title, H1)], [Paragraph(sub, H1S)]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SLATE), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                           ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                           ("LINEBELOW", (0, -1), (-1, -1), 3, ACC)]))
    return t


def numbered(rows, style=LI):
    return [Paragraph(t, style, bulletText=m) for m, t in rows]


def advice():
    s = [Paragraph("ADVIESRAAD DIGITALE INCLUSIE WADDERVEEN", ParagraphStyle("o", parent=SMALL, fontName="S-B",
                                                                              textColor=SLATE)),
         Spacer(1, 4),
         titleblock("Niemand buitenspel", "Advies over de concept-Visie Dienstverlening 2027-2030 'Digitaal waar "
                    "het kan, persoonlijk waar het moet'"),
         Spacer(1, 6),
         Paragraph("<b>Aan:</b> het college van burgemeester en wethouders van Wadderveen - "
                   "<b>Kenmerk:</b> ADI-2026-04 - <b>Datum:</b> 5 oktober 2026 - "
                   "<b>Contact:</b> Miriam Oosterhuis, secretaris", SMALL),
         Paragraph("Aanleiding", H2),
         Paragraph("Het college vroeg ons op 1 juli 2026 om advies over de concept-Visie Dienstverlening 2027-2030. "
                   "De titel van de visie is 'Digitaal waar het kan, persoonlijk waar het moet'. Die titel "
                   "onderschrijven wij van harte. Tegelijk zien wij dat de visie vooral beschrijft wat er digitaal "
                   "kan, en minder wat er persoonlijk moet blijven.", BODY),
         Paragraph("De Wet digitale overheid bepaalt dat een bestuursorgaan moet zorgen voor veilige digitale "
                   "toegang tot zijn diensten. Over mensen die die toegang niet zelf kunnen gebruiken, zegt de wet "
                   "weinig. Ongeveer een op de zes inwoners van Wadderveen heeft moeite met digitale zaken; onder "
                   "75-plussers is dat bijna de helft.", BODY),
         Paragraph("In ons advies van 2024 over de website schreven wij: 'Een inwoner die belt, moet een mens aan "
                   "de lijn krijgen.' Het college heeft dat toen overgenomen, en het keuzemenu is sindsdien korter "
                   "geworden.", BODY),
         Paragraph("Wat wij zagen", H2),
         Paragraph("Wij hielden twee tafelgesprekken met inwoners en liepen een ochtend mee aan de balie en bij het "
                   "klantcontactcentrum (KCC). Onze bevindingen:", BODY)]
    s += numbered([("1.", "Bevinding: de balie werkt alleen op afspraak, en een afspraak maken kan vooral online."),
                   ("2.", "Bevinding: brieven over belastingen en toeslagen zijn voor veel inwoners onbegrijpelijk."),
                   ("3.", "Bevinding: de Berichtenbox is voor een deel van de inwoners de enige weg, terwijl zij "
                          "die niet openen."),
                   ("4.", "Bevinding: hulp bij digitale zaken is er alleen in de bibliotheek in het centrum."),
                   ("5.", "Bevinding: medewerkers van het KCC herkennen niet altijd dat iemand niet goed kan lezen.")])
    s += [Spacer(1, 3),
          Paragraph("De adviesraad concludeert dat de visie een goede basis is, maar dat zij pas werkt als zij "
                    "concreet maakt wat inwoners die niet digitaal meekomen, mogen verwachten. Daarom geven wij het "
                    "college een routekaart mee: wat nu geregeld moet worden, wat binnen twee jaar, en wat vóór 2030.",
                    BODY),
          Paragraph("Onze routekaart", H2)]

    col1 = numbered([
        ("1.", "Zorg dat inwoners elke werkdag zonder afspraak bij een balie in het gemeentehuis terechtkunnen."),
        ("2.", "Schrijf alle brieven van de gemeente op taalniveau B1 en test nieuwe standaardbrieven eerst met "
               "inwoners."),
        ("3.", "Laat inwoners zelf kiezen of zij post van de gemeente digitaal of op papier ontvangen.")], CELL)
    col2 = numbered([
        ("4.", "Open in elke kern een Digitaal Hulppunt met vaste openingstijden, in het buurthuis of de school."),
        ("5.", "Geef alle medewerkers van het KCC een training in het herkennen van laaggeletterdheid.")], CELL)
    col3 = numbered([
        ("6.", "Schaf de verplichte digitale aanvraag van de parkeervergunning en de afvalpas af."),
        ("7.", "Toets de website elk jaar samen met de adviesraad op toegankelijkheid en begrijpelijkheid.")], CELL)
    w = 166 * mm / 3
    t = Table([[Paragraph("Nu regelen (2027)", CHEAD), Paragraph("Binnen twee jaar", CHEAD),
                Paragraph("Vóór 2030", CHEAD)], [col1, col2, col3]], colWidths=[w, w, w])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), ACC), ("BACKGROUND", (1, 0), (1, 0), SLATE),
                           ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#5d6d7e")),
                           ("BACKGROUND", (0, 1), (-1, 1), MINT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEAFTER", (0, 1), (1, 1), 1.5, colors.white),
                           ("TOPPADDING", (0, 1), (-1, 1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7)]))
    s += [t, Spacer(1, 8),
          Paragraph("Toelichting bij de routekaart", H2),
          Paragraph("De punten in de eerste kolom kosten weinig geld en kunnen direct in de uitvoering van de visie "
                    "worden meegenomen. Voor de tweede kolom is een plan met de bibliotheek, het welzijnswerk en de "
                    "scholen nodig. De derde kolom vraagt om aanpassingen van systemen die de gemeente samen met "
                    "andere gemeenten inkoopt; daarom geven wij daar meer tijd voor.", BODY),
          Paragraph("Wij realiseren ons dat niet alles tegelijk kan. Wel vragen wij het college om bij de vaststelling "
                    "van de visie in elk geval te reageren op de punten 1, 4 en 6 van de routekaart, omdat die voor "
                    "inwoners het meeste verschil maken.", BODY),
          Spacer(1, 6),
          Paragraph("Namens de Adviesraad Digitale Inclusie Wadderveen,<br/>Gerard Bakhuis, voorzitter - Miriam "
                    "Oosterhuis, secretaris", BODY)]
    build(s, NAME + "_advice.pdf", "Adviesraad Digitale Inclusie Wadderveen - ADI-2026-04 - Niemand buitenspel",
          "Niemand buitenspel")


def response():
    s = [Paragraph("GEMEENTE WADDERVEEN", ParagraphStyle("o", parent=SMALL, fontName="S-B", textColor=SLATE)),
         Spacer(1, 4),
         titleblock("Bijlage 3. Nota van verwerking", "bij de Visie Dienstverlening 2027-2030, vastgesteld door "
                    "het college op 10 november 2026 (zaaknummer Z-2026-044187)"),
         Spacer(1, 6),
         Paragraph("Over deze nota", H2),
         Paragraph("Op het concept van de visie kwamen vier schriftelijke reacties binnen: het advies van de "
                   "Adviesraad Digitale Inclusie en reacties van de Ouderenbond Wadderveen, de bibliotheek en een "
                   "inwoner. In deze nota staat per hoofdstuk van de visie wat wij met het advies van de adviesraad "
                   "hebben gedaan. De hoofdstuknummers zijn die van de vastgestelde visie.", BODY),
         Paragraph("Hoofdstuk 1. Waarom een nieuwe visie", H3),
         Paragraph("Dit hoofdstuk is niet gewijzigd. De cijfers over het gebruik van de website en de telefoon zijn "
                   "bijgewerkt tot en met september 2026.", BODY),
         Paragraph("Hoofdstuk 2. Altijd een mens om mee te praten", H3),
         Paragraph("De adviesraad wil dat inwoners elke werkdag zonder afspraak aan de balie terechtkunnen. Dat gaat "
                   "ons te ver, omdat wachttijden dan weer oplopen. Wel komt er vanaf februari 2027 een vrij "
                   "inloopspreekuur op dinsdag- en donderdagochtend. Op de andere dagen blijft de balie op afspraak, "
                   "en een afspraak kan voortaan ook telefonisch worden gemaakt (paragraaf 2.3).", BODY),
         Paragraph("Hoofdstuk 3. Hulp in de buurt", H3),
         Paragraph("Het voorstel voor een Digitaal Hulppunt in elke kern spreekt ons aan. Wij verkennen in 2027 met "
                   "de bibliotheek en het welzijnswerk wat dit zou kosten en wie het kan bemensen. Of en waar er "
                   "hulppunten bij komen, hangt af van de uitkomst en van de begroting 2028 (paragraaf 3.4).", BODY),
         Paragraph("Hoofdstuk 4. Digitaal en papier", H3),
         Paragraph("Iedere inwoner kan vanaf 1 juli 2027 in Mijn Wadderveen of via het KCC aangeven of hij post "
                   "op papier of digitaal wil krijgen; die keuze geldt voor alle brieven van de gemeente. De "
                   "parkeervergunning en de afvalpas blijven we wel alleen digitaal aanvragen: de systemen worden "
                   "gedeeld met twee buurgemeenten en een papieren route is te duur. Wie hulp nodig heeft, kan de "
                   "aanvraag samen met een medewerker aan de balie doen.", BODY),
         Paragraph("Hoofdstuk 5. Brieven die je begrijpt", H3),
         Paragraph("Dit advies nemen wij volledig over. Alle standaardbrieven worden in 2027 herschreven op "
                   "taalniveau B1, te beginnen met de brieven over de gemeentelijke belastingen. Nieuwe brieven "
                   "leggen wij vooraf voor aan een leespanel van inwoners.", BODY),
         Paragraph("Hoofdstuk 6. Meten en verbeteren", H3),
         Paragraph("De website wordt al elk jaar door een extern bureau getoetst aan de toegankelijkheidseisen, en "
                   "de uitkomsten staan in de toegankelijkheidsverklaring. Een aparte jaarlijkse toets samen met de "
                   "adviesraad voegen wij daar niet aan toe. De adviesraad ontvangt wel elk jaar het rapport van het "
                   "bureau.", BODY),
         Paragraph("Overige reacties", H2),
         Paragraph("De Ouderenbond Wadderveen vroeg om het telefoonnummer van de gemeente groter op de voorkant van "
                   "de gemeentegids te zetten; dat is gebeurd. De bibliotheek bood aan om de cursus Klik &amp; Tik "
                   "vaker te geven. Een inwoner vroeg naar de openingstijden rond de feestdagen; die staan op "
                   "wadderveen.nl.", BODY)]
    build(s, NAME + "_response.pdf", "Visie Dienstverlening 2027-2030 - Bijlage 3 - Nota van verwerking",
          "Nota van verwerking", foot="Z-2026-044187 - pagina {n}")


def expected():
    recs = [
        (1, "Zorg dat inwoners elke werkdag zonder afspraak bij een balie",
         "een vrij inloopspreekuur op dinsdag- en donderdagochtend", "partly"),
        (2, "Schrijf alle brieven van de gemeente op taalniveau B1",
         "Alle standaardbrieven worden in 2027 herschreven", "agrees"),
        (3, "Laat inwoners zelf kiezen of zij post van de gemeente",
         "kan vanaf 1 juli 2027 in Mijn Wadderveen", "agrees"),
        (4, "Open in elke kern een Digitaal Hulppunt met vaste openingstijden",
         "Wij verkennen in 2027 met de bibliotheek", "noted"),
        (5, "Geef alle medewerkers van het KCC een training in het herkennen", None, "unanswered"),
        (6, "Schaf de verplichte digitale aanvraag van de parkeervergunning en de afvalpas",
         "blijven we wel alleen digitaal aanvragen", "disagrees"),
        (7, "Toets de website elk jaar samen met de adviesraad",
         "voegen wij daar niet aan toe", "disagrees"),
    ]
    unmatched = ["Op het concept van de visie kwamen vier schriftelijke reacties binnen",
                 "Dit hoofdstuk is niet gewijzigd",
                 "De Ouderenbond Wadderveen vroeg om het telefoonnummer"]
    notes = ("Advice: an adviesraad digitale inclusie's advies on a concept-Visie Dienstverlening (reportlab, 2-3 "
             "p.); the seven recommendations are the numbered points of a ROUTEKAART, a three-column table by time "
             "horizon ('Nu regelen (2027)' 1.-3., 'Binnen twee jaar' 4.-5., 'Vóór 2030' 6.-7.) side by side. Traps: "
             "the visie's title with 'moet', the Wet digitale overheid with 'moet', the 2024 advice quoted with "
             "'moet' (realised), findings as a numbered list 1.-5. ('Bevinding: ...'), 'De adviesraad concludeert', "
             "a 'Toelichting bij de routekaart' explaining the columns, a closing line citing 'de punten 1, 4 en 6'. "
             "Response: 'Bijlage 3. Nota van verwerking' ordered by the VISIE'S OWN CHAPTERS 1-6 (chapter and "
             "paragraph numbers such as 'paragraaf 3.4' are no recommendation numbers): hoofdstuk 1 (no change) "
             "answers nothing; hoofdstuk 2 = 1 partly (walk-in on two mornings, appointments otherwise); hoofdstuk "
             "3 = 4 noted (explored in 2027, depends on the 2028 budget); hoofdstuk 4 answers two: 3 agrees "
             "(choice of paper or digital from 1 July 2027) and 6 disagrees (parking permit and afvalpas stay "
             "digital only); hoofdstuk 5 = 2 agrees; hoofdstuk 6 = 7 disagrees (external test stays, no yearly "
             "test with the raad); 5 (KCC training) unanswered. 'Over deze nota' and 'Overige reacties' (other "
             "respondents) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 99 (nl): the ADVIES of a Flemish municipal ADVIESRAAD GEZONDHEID (health and prevention advisory council) on the ontwerp-POLITIEREGLEMENT
HOUTSTOOK, answered by a LETTER of the college van burgemeester en schepenen citing the points ('punt IV').

Advice (reportlab, sans, green left sidebar band with the council's name, running head from p. 2, 'p. n'):
Luchtkwaliteit / Vlarem 'moet', a table of fine-dust measurements, 'Vaststelling 1-3', the council's 2021 advice
quoted with 'moet', art. 4 and art. 7 of the draft; the recommendations are ROMAN-NUMBERED RUN-IN HEADS I.-VII.
Response: letter, order IV, II+VI, I, VII, III; V unanswered. All invented.

Run: /tmp/blind99nl/bin/python tests/docs/src/blind99/gen_nl_houtstook_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b99nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind99_nl_houtstook"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
GREEN = colors.HexColor("#2e6b3a")

body = ParagraphStyle("b", fontName="S", fontSize=9.6, leading=13.4, spaceAfter=6)
h1 = ParagraphStyle("h1", fontName="SB", fontSize=15, leading=19, textColor=GREEN, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="SB", fontSize=11, leading=14, textColor=GREEN, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("s", parent=body, fontSize=8.2, leading=11)
quote = ParagraphStyle("q", parent=body, fontName="SI", leftIndent=18, rightIndent=18)
rec = ParagraphStyle("r", parent=body, leftIndent=22, firstLineIndent=-22)


def deco(head, band):
    def on_page(c, doc):
        c.saveState()
        if band:
            c.setFillColor(GREEN)
            c.rect(0, 0, 14, A4[1], fill=1, stroke=0)
        c.setFont("S", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1:
            c.drawString(56, A4[1] - 34, head)
        c.drawRightString(A4[0] - 56, 28, "p. %d" % doc.page)
        c.restoreState()
    return on_page


def build(pdfname, story, head, band):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=54,
                            bottomMargin=50, title=head)
    f = deco(head, band)
    doc.build(story, onFirstPage=f, onLaterPages=f)


P = lambda t, s=body: Paragraph(t, s)  # noqa: E731

advice = [
    P("<font color='#2e6b3a'><b>Adviesraad Gezondheid Zwalmbeke</b></font> - gemeentelijke adviesraad voor gezondheid en preventie", small),
    P("Secretariaat: Dienst Welzijn, Markt 1, 9636 Zwalmbeke - kenmerk AGZ/2026/03 - 12 maart 2026", small),
    Spacer(1, 8),
    P("Advies over het ontwerp van politiereglement houtstook en vuurkorven", h1),
    P("1. Adviesvraag", h2),
    P("Op 9 februari 2026 vroeg het college van burgemeester en schepenen de adviesraad om advies over het "
      "ontwerp van politiereglement houtstook en vuurkorven. Het ontwerp regelt het stoken van hout in "
      "kachels, open haarden, vuurkorven en buitenhaarden op het grondgebied van de gemeente. De raad "
      "besprak het ontwerp op zijn vergaderingen van 19 februari en 5 maart 2026; dit advies werd met "
      "algemene stemmen goedgekeurd (11 aanwezige stemgerechtigde leden)."),
    P("2. Kader", h2),
    P("Het Vlaamse luchtbeleidsplan 2030 stelt dat gemeenten bij smogperiodes het stoken van hout moeten "
      "kunnen beperken. Volgens Vlarem II moet een houtkachel die na 1 januari 2022 in gebruik wordt genomen "
      "voldoen aan de Ecodesign-eisen. Artikel 4 van het ontwerp verbiedt het gebruik van vuurkorven tijdens "
      "een door de Vlaamse overheid afgekondigde smogperiode; artikel 7 bepaalt dat de burgemeester een "
      "tijdelijk stookverbod kan uitvaardigen. De boetes volgen het GAS-reglement (artikel 12 van het ontwerp)."),
    P("3. Vaststellingen", h2),
    P("<b>Vaststelling 1.</b> De meetpost aan de Kerkstraat registreerde in de winter 2024-2025 op 23 dagen een "
      "daggemiddelde fijnstofconcentratie boven 25 microgram per m3, tegenover 14 dagen de winter daarvoor."),
    Table([["Winter", "Dagen > 25 ug/m3", "Klachten over rook", "Smogperiodes"],
           ["2022-2023", "11", "38", "1"], ["2023-2024", "14", "52", "2"], ["2024-2025", "23", "81", "3"]],
          colWidths=[80, 110, 110, 90],
          style=TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.4), ("FONT", (0, 0), (-1, 0), "SB", 8.4),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeadf")),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])),
    Spacer(1, 6),
    P("<b>Vaststelling 2.</b> Het aantal klachten over rookhinder bij de Dienst Omgeving is op drie jaar meer "
      "dan verdubbeld. De meeste klachten gaan over vuurkorven in tuinen en over kachels in rijwoningen."),
    P("<b>Vaststelling 3.</b> Veel inwoners weten niet wanneer een smogperiode geldt. In onze bevraging op de "
      "jaarmarkt (n = 142) wist twee derde niet waar die informatie te vinden is."),
    P("In zijn advies van 2021 over het klimaatplan schreef de adviesraad al:"),
    P("'De gemeente moet haar inwoners actief informeren over de gezondheidseffecten van houtrook en het "
      "goede stookgedrag.'", quote),
    P("Dat advies werd destijds slechts gedeeltelijk opgevolgd."),
    P("4. Advies", h2),
    P("De adviesraad geeft een gunstig advies over het ontwerp, op voorwaarde dat het college met de volgende "
      "punten rekening houdt:"),
    P("<b>I.</b> <b>Laat het stookverbod van artikel 4 gelden vanaf de eerste dag van een "
      "smogperiode</b> en niet pas vanaf de tweede dag, zoals het ontwerp nu bepaalt.", rec),
    P("<b>II.</b> <b>Verwittig de inwoners bij elke smogperiode via een sms-dienst en de "
      "gemeentelijke app</b>, zodat het verbod ook gekend is bij wie geen lokale media volgt.", rec),
    P("<b>III.</b> <b>Breid het verbod op vuurkorven uit tot de hele periode van 1 november tot 31 "
      "maart</b>, met een uitzondering voor vergunde evenementen.", rec),
    P("<b>IV.</b> <b>Organiseer samen met de schoorsteenvegers een jaarlijkse infocampagne over "
      "goed stoken</b>, met aandacht voor droog hout en de juiste aanmaakmethode.", rec),
    P("<b>V.</b> <b>Voorzie een controleplan met een aanspreekpunt bij de politiezone</b>, zodat "
      "klachten over rookhinder binnen 48 uur worden opgevolgd.", rec),
    P("<b>VI.</b> <b>Verhoog de gemeentelijke premie voor het vervangen van een oude houtkachel tot "
      "750 euro</b> voor gezinnen met een verhoogde tegemoetkoming.", rec),
    P("<b>VII.</b> <b>Vraag de Vlaamse overheid om een verbod op open haarden in nieuwbouw</b> "
      "op te nemen in de volgende wijziging van Vlarem.", rec),
    P("5. Verdere opvolging", h2),
    P("De raad vraagt om binnen drie maanden een gemotiveerd antwoord op dit advies te ontvangen, zoals het "
      "huishoudelijk reglement van de adviesraden bepaalt (artikel 9). De raad wil het reglement na een jaar "
      "samen met de Dienst Omgeving evalueren."),
    Spacer(1, 10),
    P("Namens de adviesraad,<br/>Lieve Van Damme, voorzitter - Koen De Clercq, secretaris"),
]
build(NAME + "_advice.pdf", advice, "Adviesraad Gezondheid Zwalmbeke - advies AGZ/2026/03 houtstook", True)

response = [
    P("<b>Gemeente Zwalmbeke</b> - college van burgemeester en schepenen", small),
    P("Markt 1, 9636 Zwalmbeke - www.zwalmbeke.be", small),
    Spacer(1, 10),
    P("Aan de Adviesraad Gezondheid Zwalmbeke<br/>t.a.v. mevrouw Lieve Van Damme, voorzitter"),
    P("Ons kenmerk: CBS/2026/0418 - uw kenmerk: AGZ/2026/03<br/>Zwalmbeke, 23 april 2026", small),
    P("Betreft: antwoord op uw advies over het politiereglement houtstook", h2),
    P("Geachte voorzitter,"),
    P("Wij danken de adviesraad voor het grondige en goed onderbouwde advies. Het college heeft het besproken "
      "in zijn zitting van 20 april 2026 en bezorgt u hieronder zijn standpunt, zoals het huishoudelijk "
      "reglement voorschrijft."),
    P("Het college volgt punt IV graag. De afspraken met de vereniging van schoorsteenvegers zijn "
      "intussen gemaakt: de eerste infocampagne over goed stoken start in oktober 2026 en wordt voortaan "
      "elk najaar herhaald."),
    P("Wat de punten II en VI betreft: vanaf de komende winter verstuurt de gemeente bij elke smogperiode "
      "een bericht via de gemeentelijke app en de sms-dienst van de noodplanning. Een verhoging van de "
      "premie voor kachelvervanging ziet het college daarentegen niet zitten; de Vlaamse premie is sinds "
      "dit jaar al hoger en een bijkomende gemeentelijke verhoging past niet in het meerjarenplan."),
    P("Het college neemt punt I integraal over. Artikel 4 wordt aangepast zodat het stookverbod voor "
      "vuurkorven geldt vanaf de eerste dag van een smogperiode."),
    P("Punt VII richt zich tot de Vlaamse overheid. Het college neemt kennis van uw vraag en zal ze "
      "voorleggen op het eerstvolgende overleg van de Vereniging van Vlaamse Steden en Gemeenten."),
    P("Over punt III: een verbod op vuurkorven gedurende de hele winter gaat het college te ver. Wel "
      "wordt het verbod uitgebreid tot de maanden december en januari, wanneer de meeste smogdagen vallen."),
    P("Los van uw advies melden wij nog dat de gemeente in juni een nieuwe ophaalronde voor snoeihout "
      "organiseert, zodat inwoners hun groenafval niet hoeven te verbranden."),
    P("Het aangepaste ontwerp wordt aan de gemeenteraad van 28 mei 2026 voorgelegd. Wij rekenen ook in "
      "de toekomst op uw deskundige inbreng en danken de leden voor hun inzet."),
    Spacer(1, 8),
    P("Met vriendelijke groeten,<br/>Namens het college,<br/>Sofie Verstraete, algemeen directeur - "
      "Bart Meersman, burgemeester"),
]
build(NAME + "_response.pdf", response, "Gemeente Zwalmbeke - CBS/2026/0418", False)

B.write_expected(NAME, [
    (1, "Laat het stookverbod van artikel 4 gelden vanaf de eerste dag",
     "Het college neemt punt I integraal over", "agrees"),
    (2, "Verwittig de inwoners bij elke smogperiode via een sms-dienst",
     "een bericht via de gemeentelijke app en de sms-dienst", "agrees"),
    (3, "Breid het verbod op vuurkorven uit tot de hele periode",
     "wordt het verbod uitgebreid tot de maanden december en januari", "partly"),
    (4, "Organiseer samen met de schoorsteenvegers een jaarlijkse infocampagne over goed stoken",
     "de eerste infocampagne over goed stoken start in oktober 2026", "agrees"),
    (5, "Voorzie een controleplan met een aanspreekpunt bij de politiezone", None, "unanswered"),
    (6, "Verhoog de gemeentelijke premie voor het vervangen van een oude houtkachel",
     "verhoging van de premie voor kachelvervanging ziet het college daarentegen niet zitten", "disagrees"),
    (7, "Vraag de Vlaamse overheid om een verbod op open haarden",
     "zal ze voorleggen op het eerstvolgende overleg van de Vereniging", "noted"),
], ["Wij danken de adviesraad voor het grondige en goed onderbouwde advies",
    "de gemeente in juni een nieuwe ophaalronde voor snoeihout organiseert",
    "Het aangepaste ontwerp wordt aan de gemeenteraad van 28 mei 2026 voorgelegd"],
    "Flemish municipal Adviesraad Gezondheid advice on a draft politiereglement houtstook (reportlab, green left "
    "band, running head from p. 2, 'p. n'); traps: luchtbeleidsplan 'moeten', Vlarem II 'moet', art. 4/7/12 of the "
    "draft, a fine-dust table, Vaststelling 1-3, the 2021 advice quoted with 'moet', art. 9 of the huishoudelijk "
    "reglement in 'Verdere opvolging'; recommendations are ROMAN-NUMBERED BOLD RUN-IN HEADS I.-VII. Response: letter "
    "of the college citing 'punt', order IV, II+VI, I, VII, III; 'Wat de punten II en VI betreft' = II agrees (app "
    "and sms) + VI disagrees (no higher premium); IV agrees (campaign from October 2026); I agrees ('integraal "
    "over'); VII noted ('neemt kennis van', passed to VVSG); III partly (December and January only); V (controleplan) "
    "unanswered. Opening thanks, the snoeihout paragraph and the closing answer nothing. Numbers 1-7 = I-VII.")

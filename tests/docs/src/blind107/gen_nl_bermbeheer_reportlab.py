"""Round 107 (nl): the gezamenlijk ADVIES of a Werkgroep Bermen en Bijen (natuurvereniging and imkers) on a Dutch
municipality's concept-BERMBEHEERPLAN, answered by a RAADSMEDEDELING of the college.

Advice (reportlab, serif, ochre rule, running head from p. 2, 'blz. n'): findings with traps (Wegenverkeerswet
'moet', the 2021 advice quoted with 'moet', 48 hours, art. 2.1 of the bestek), recommendations in a TABLE
'Nr. | Advies aan het college' numbered with ROMAN NUMERALS I-VII. Response: raadsmededeling citing the numerals,
order IV, I+III, VII, VI, II; V unanswered. All invented.

Run: /tmp/blind107nl/bin/python tests/docs/src/blind107/gen_nl_bermbeheer_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b107nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind107_nl_bermbeheer"
F = B.tmp_fonts("B107NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
OCHRE = colors.HexColor("#8a6a12")
P = ParagraphStyle("p", fontName="R", fontSize=10, leading=14, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="RB", fontSize=12, textColor=OCHRE, spaceBefore=8)
T = ParagraphStyle("t", parent=P, fontName="RB", fontSize=17, leading=21, textColor=OCHRE)
S = ParagraphStyle("s", parent=P, fontSize=8.5, leading=11)
C = ParagraphStyle("c", parent=P, spaceAfter=0)


def deco(head, footer_fmt):
    def draw(c, doc):
        c.saveState()
        c.setFillColor(colors.grey)
        c.setFont("RI", 8)
        if doc.page > 1:
            c.drawString(60, 810, head)
            c.setStrokeColor(OCHRE)
            c.line(60, 805, 535, 805)
        c.setFont("R", 8)
        c.drawRightString(535, 30, footer_fmt.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdf, story, head, footer_fmt="blz. {n}"):
    d = SimpleDocTemplate(B.out(pdf), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=55)
    f = deco(head, footer_fmt)
    d.build(story, onFirstPage=f, onLaterPages=f)


RECS = [
    ("I", "Maai de bermen buiten de bebouwde kom voortaan twee keer per jaar en voer het maaisel altijd af, zodat "
          "de bodem verschraalt en bloemrijke vegetatie kans krijgt."),
    ("II", "Laat bij elke maaironde ten minste twintig procent van iedere berm als overstaande vegetatie staan, "
           "telkens op een andere plek, als schuilplaats voor insecten."),
    ("III", "Schaf de klepelmaaier in het eigen wagenpark af en laat uitsluitend maaien met een maaibalk met "
            "opvang van het maaisel."),
    ("IV", "Stel voor de uitvoering van het plan een ecologisch bermbeheerder aan van minimaal 0,5 fte, die "
           "de aannemers aanstuurt en het maaibeeld per berm vastlegt."),
    ("V", "Betrek vrijwilligers van natuurvereniging en imkersvereniging bij een jaarlijkse schouw van de "
          "bermen en leg hun bevindingen vast in een openbaar schouwverslag."),
    ("VI", "Neem in de nieuwe bestekken een boeteclausule op voor maaien buiten de afgesproken periode of "
           "zonder afvoer van het maaisel."),
    ("VII", "Publiceer ieder jaar een monitoringsrapport met tellingen van wilde bijen, vlinders en "
            "indicatorplanten op vaste meetpunten."),
]


def advice():
    s = [Paragraph("Werkgroep Bermen en Bijen Oostervaart", ParagraphStyle("k", parent=P, fontName="RB",
                                                                          textColor=OCHRE)),
         Paragraph("Natuurvereniging De Grauwe Gors · Imkersvereniging Oostervaart e.o.", S),
         Spacer(1, 10),
         Paragraph("Advies over het concept-Bermbeheerplan 2027-2031", T),
         Paragraph("Kenmerk WBB-2026-02 · Oostervaart, 9 oktober 2026 · Aan het college van burgemeester en "
                   "wethouders van de gemeente Oostervaart", S),
         Paragraph("1. Aanleiding", H),
         Paragraph("Bij brief van 2 september 2026 (kenmerk OR/2026/1184) heeft de wethouder Openbare Ruimte onze "
                   "werkgroep gevraagd te adviseren over het concept-Bermbeheerplan 2027-2031. Het plan regelt het "
                   "onderhoud van ruim 212 kilometer bermen langs gemeentelijke wegen, waarvan 148 kilometer buiten "
                   "de bebouwde kom. De werkgroep bestaat uit acht leden van de natuurvereniging en vijf imkers; "
                   "wij hebben het concept in twee bijeenkomsten besproken en op 19 september een aantal bermen "
                   "langs de Zuiderdijk en de Kanaalweg bekeken.", P),
         Paragraph("2. Het concept in het kort", H),
         Paragraph("Het concept gaat uit van het huidige regime: de aannemer maait alle bermen drie keer per jaar "
                   "met een klepelmaaier en laat het maaisel liggen, behalve op de 14 kilometer die in 2022 als "
                   "'ecologische berm' zijn aangewezen. Volgens artikel 2.1 van het huidige bestek moet de aannemer "
                   "het maaisel daar binnen 48 uur afvoeren. Het concept raamt de kosten op 386.000 euro per jaar.",
                   P)]
    t = Table([["", "2022", "2024", "2026"],
               ["Bermen met ecologisch beheer (km)", "14", "14", "14"],
               ["Maairondes per jaar (overige bermen)", "3", "3", "3"],
               ["Klachten over uitzicht bij kruisingen", "31", "27", "22"],
               ["Soorten wilde bijen op meetpunt Kanaalweg", "9", "7", "6"]],
              colWidths=[250, 60, 60, 60])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "R", 9), ("FONT", (0, 0), (-1, 0), "RB", 9),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, OCHRE), ("LINEBELOW", (0, -1), (-1, -1), 0.4,
                                                                          colors.grey),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [t, Paragraph("Tabel 1. Kerncijfers uit het concept en eigen tellingen van de werkgroep.", S),
          Paragraph("3. Bevindingen", H),
          Paragraph("De werkgroep stelt vast dat het aantal soorten wilde bijen op ons vaste meetpunt sinds 2022 "
                    "is gedaald. Het klepelen zonder afvoer verrijkt de bodem, waardoor gras en brandnetel "
                    "de bloeiende kruiden verdringen. Wij begrijpen dat het uitzicht bij kruisingen en uitritten op "
                    "grond van de Wegenverkeerswet 1994 gewaarborgd moet blijven; in zichthoeken moet dus vaker "
                    "gemaaid worden en daar heeft de werkgroep geen bezwaar tegen.", P),
          Paragraph("In ons advies van 2021 schreven wij al: 'De gemeente moet het maaisel in alle bermen afvoeren "
                    "en niet alleen op enkele proeftrajecten.' Dat advies is destijds in beginsel overgenomen, "
                    "maar het concept bouwt die proef niet uit. Ook constateren wij dat het toezicht op de "
                    "aannemers beperkt is: in 2025 is op 4 van de 9 trajecten buiten de afgesproken periode "
                    "gemaaid, zonder dat dit gevolgen had.", P),
          Paragraph("De raad heeft bij motie M-2025-17 gevraagd het bermbeheer 'bij- en vlindervriendelijk' te "
                    "maken. Naar ons oordeel doet het concept daar nog onvoldoende recht aan. Wij realiseren ons "
                    "dat maaien en afvoeren duurder is, maar verwachten dat de kosten na enkele jaren dalen, omdat "
                    "een verschraalde berm minder groeit.", P),
          Paragraph("4. Advies", H),
          Paragraph("Gelet op het voorgaande adviseert de werkgroep het college het volgende:", P)]
    rows = [[Paragraph("<b>Nr.</b>", C), Paragraph("<b>Advies aan het college</b>", C)]]
    rows += [[Paragraph(f"<b>{n}</b>", C), Paragraph(t, C)] for n, t in RECS]
    rt = Table(rows, colWidths=[40, 435])
    rt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.8, OCHRE),
                            ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#f3ead2")),
                            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [rt, Spacer(1, 8),
          Paragraph("5. Tot slot", H),
          Paragraph("Wij vragen het college, conform artikel 6 van de Verordening adviesraden Oostervaart, binnen "
                    "acht weken schriftelijk te laten weten wat het met dit advies doet. De werkgroep is graag "
                    "bereid haar tellingen en de foto's van de bezochte bermen toe te lichten.", P),
          Spacer(1, 6),
          Paragraph("Namens de Werkgroep Bermen en Bijen Oostervaart,<br/>Hanneke Zwiers, voorzitter<br/>"
                    "Teun Baarslag, secretaris", P)]
    build(NAME + "_advice.pdf", s, "Advies WBB-2026-02 · concept-Bermbeheerplan 2027-2031")


def response():
    s = [Paragraph("Gemeente Oostervaart", ParagraphStyle("k", parent=P, fontName="RB", fontSize=13,
                                                         textColor=colors.HexColor("#1f4e79"))),
         Paragraph("RAADSMEDEDELING", ParagraphStyle("r", parent=P, fontName="RB", fontSize=15, leading=19)),
         Paragraph("Nummer RM 2026-88 · Datum 24 november 2026 · Portefeuillehouder: wethouder M. Kooistra "
                   "(Openbare Ruimte) · Onderwerp: advies Werkgroep Bermen en Bijen over het "
                   "concept-Bermbeheerplan", S),
         Paragraph("Aanleiding", H),
         Paragraph("Met deze raadsmededeling informeren wij uw raad over het advies dat de Werkgroep Bermen en "
                   "Bijen op 9 oktober jongstleden heeft uitgebracht. Wij zijn de werkgroep erkentelijk voor "
                   "het zorgvuldige advies en de eigen tellingen die zij heeft gedaan.", P),
         Paragraph("Reactie op het advies", H),
         Paragraph("<b>Bermbeheerder (advies IV).</b> Een extra formatieplaats voor een ecologisch bermbeheerder "
                   "kunnen wij niet binnen de bestaande begroting dekken. Wij nemen deze wens mee als "
                   "aandachtspunt bij de voorbereiding van de kadernota 2028 en maken daar een afweging.", P),
         Paragraph("<b>Maairegime en materieel (adviezen I en III).</b> Wij nemen het advies om buiten de "
                   "bebouwde kom twee keer per jaar te maaien en het maaisel af te voeren volledig over; het "
                   "definitieve plan gaat hier vanaf 2027 van uit. De klepelmaaier houden wij wel in gebruik: "
                   "die blijft nodig voor de zichthoeken en de slootkanten, en een vervangende maaibalk met "
                   "opvang past niet binnen het vervangingsschema van het wagenpark.", P),
         Paragraph("<b>Monitoring (advies VII).</b> Wij gaan de ontwikkeling van de bermen volgen, maar kiezen "
                   "voor een rapportage eens in de twee jaar op zes vaste meetpunten in plaats van "
                   "een jaarlijks rapport; de eerste rapportage verschijnt in het voorjaar van 2029.", P),
         Paragraph("<b>Bestekken (advies VI).</b> In de nieuwe maaibestekken, die in januari 2027 worden "
                   "aanbesteed, is inmiddels een boeteclausule voor maaien buiten de afgesproken "
                   "periode opgenomen.", P),
         Paragraph("<b>Gefaseerd maaien (advies II).</b> Ook dit advies nemen wij over. Het definitieve plan "
                   "schrijft voor dat bij elke ronde een vijfde deel van de berm blijft staan, wisselend "
                   "van plek.", P),
         Paragraph("Eikenprocessierups", H),
         Paragraph("Los van het advies melden wij dat de bestrijding van de eikenprocessierups in 2026 is "
                   "uitgevoerd met nematoden en het wegzuigen van nesten in 1.140 bomen. Het aantal "
                   "meldingen van inwoners daalde ten opzichte van 2025 met ongeveer een derde.", P),
         Paragraph("Vervolg", H),
         Paragraph("Het definitieve Bermbeheerplan 2027-2031 wordt in december door ons college vastgesteld en "
                   "daarna ter kennisname aan uw raad gezonden. Deze raadsmededeling is ook aan de "
                   "werkgroep toegezonden.", P),
         Spacer(1, 6),
         Paragraph("Burgemeester en wethouders van Oostervaart,<br/>de secretaris, drs. J.P. Holtkamp<br/>"
                   "de burgemeester, E. van Rijswijk-Bos", P)]
    build(NAME + "_response.pdf", s, "Raadsmededeling RM 2026-88 · advies Werkgroep Bermen en Bijen",
          "pagina {n}")


advice()
response()
R = None
B.write_expected(NAME, [
    (1, "Maai de bermen buiten de bebouwde kom voortaan twee keer per jaar",
     "het maaisel af te voeren volledig over", "agrees"),
    (2, "Laat bij elke maaironde ten minste twintig procent van iedere berm",
     "een vijfde deel van de berm blijft staan", "agrees"),
    (3, "Schaf de klepelmaaier in het eigen wagenpark af en laat uitsluitend",
     "De klepelmaaier houden wij wel in gebruik", "disagrees"),
    (4, "Stel voor de uitvoering van het plan een ecologisch bermbeheerder aan",
     "nemen deze wens mee als aandachtspunt bij de voorbereiding", "noted"),
    (5, "Betrek vrijwilligers van natuurvereniging en imkersvereniging bij een jaarlijkse schouw", R, "unanswered"),
    (6, "Neem in de nieuwe bestekken een boeteclausule op voor maaien",
     "is inmiddels een boeteclausule voor maaien buiten", "agrees"),
    (7, "Publiceer ieder jaar een monitoringsrapport met tellingen van wilde bijen",
     "kiezen voor een rapportage eens in de twee jaar", "partly"),
], ["zijn de werkgroep erkentelijk voor het zorgvuldige advies",
    "bestrijding van de eikenprocessierups in 2026 is uitgevoerd",
    "wordt in december door ons college vastgesteld"],
    "Advice: werkgroep advies with a figures table and findings (Wegenverkeerswet 'moet', 2021 advice quoted with "
    "'moet', art. 2.1 bestek 48 hours, motie M-2025-17, art. 6 verordening); recommendations a TABLE numbered with "
    "ROMAN NUMERALS I-VII (expected 1-7 = I-VII). Response: raadsmededeling with bold labels citing '(advies IV)' "
    "etc., order IV, I+III, VII, VI, II; the 'Maairegime en materieel' paragraph = I agrees + III disagrees "
    "(klepelmaaier kept); IV noted (kadernota 2028); VII partly (every two years, six points); VI agrees (done); "
    "II agrees; V (schouw) unanswered; 'Aanleiding', 'Eikenprocessierups' and 'Vervolg' answer nothing.")

"""Round 43 (nl): an (invented) maatschappelijk visitatierapport of a housing association (Woonstichting Eemvliet,
visitatieperiode 2021-2024, Methodiek 6.0) by an (invented) visitatiebureau, with a score table, a table quoting the
previous visitation's recommendations, stakeholder quotes with 'zou moeten', and seven UNNUMBERED bold imperative
recommendations in a shaded box in chapter 6; answered by the 'Bestuurlijke reactie' letter of the bestuurder and the
chair of the raad van commissarissen. Engine: reportlab platypus (DejaVu, no shaping), running header and folio drawn
on the canvas. Answer key: README-nl.md.

Run: /tmp/blind43nl/bin/python tests/docs/src/blind43/gen_nl_corporatie_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b43nl as B  # noqa: E402

NAME = "blind43_nl_corporatie"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")

GREEN = colors.HexColor("#2f6b4f")
BODY = ParagraphStyle("b", fontName="DS", fontSize=9, leading=12.6, spaceAfter=5)
SMALL = ParagraphStyle("s", fontName="DS", fontSize=8, leading=10.5, spaceAfter=2)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="DSI", leftIndent=8 * mm, textColor=colors.HexColor("#333333"))
H1 = ParagraphStyle("h1", fontName="DSB", fontSize=17, leading=21, spaceAfter=6, textColor=GREEN)
H2 = ParagraphStyle("h2", fontName="DSB", fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=5, textColor=GREEN)
H3 = ParagraphStyle("h3", fontName="DSB", fontSize=9.5, leading=13, spaceBefore=4, spaceAfter=3)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=6 * mm, bulletIndent=1 * mm, spaceAfter=6)


def deco(head, foot):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        if doc.page > 1 and head:
            c.drawString(22 * mm, A4[1] - 13 * mm, head)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.5)
            c.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, foot.replace("{n}", str(doc.page)))
        c.restoreState()
    return draw


def tbl(rows, widths, head=True, size=8.2):
    st = ParagraphStyle("t", fontName="DS", fontSize=size, leading=size * 1.3)
    stb = ParagraphStyle("tb", parent=st, fontName="DSB")
    data = [[Paragraph(c, stb if (head and i == 0) else st) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfece4")))
    t.setStyle(TableStyle(style))
    return t


RECS = [
    ("Maak de wijkvisie voor Zuidrand concreet met een uitvoeringsplanning per straat.",
     "Bewoners weten nu niet wanneer hun woning aan de beurt is; dat voedt onrust en leegstand."),
    ("Betrek de huurdersorganisatie al in de verkenningsfase van elk sloop- of renovatieproject.",
     "Nu schuift HBV Samen Eemvliet pas aan als de keuze voor sloop of renovatie in feite al is gemaakt."),
    ("Stel een norm vast voor de afhandeltijd van reparatieverzoeken en rapporteer daarover ieder kwartaal.",
     "Zo krijgen huurders, bestuur en raad van commissarissen zicht op de klacht die het vaakst terugkomt."),
    ("Maak met de gemeenten Eemhoven en Leusderveen afspraken over het huisvesten van spoedzoekers.",
     "Leg daarbij vast hoeveel woningen per jaar beschikbaar komen en wie de begeleiding verzorgt."),
    ("Leg vast hoeveel investeringsruimte Eemvliet na 2028 reserveert voor nieuwbouw.",
     "De meerjarenbegroting laat na 2028 ruimte zien, maar een keuze tussen nieuwbouw en verduurzaming ontbreekt."),
    ("Laat de raad van commissarissen jaarlijks zonder het bestuur in gesprek gaan met de huurdersorganisatie.",
     "Een eigen gesprek geeft de raad een onafhankelijk beeld van wat huurders bezighoudt."),
    ("Evalueer de inzet van de wijkconsulenten uiterlijk in 2027 en deel de uitkomsten met beide gemeenten.",
     "De wijkconsulenten worden door alle partijen gewaardeerd, maar hun effect is nog niet onderzocht."),
]


def advice():
    s = []
    s.append(Paragraph("<font color='#2f6b4f'><b>Ravenstein Visitaties</b></font>  |  geaccrediteerd "
                       "visitatiebureau", SMALL))
    s.append(Spacer(1, 10 * mm))
    s.append(Paragraph("Maatschappelijke visitatie Woonstichting Eemvliet", H1))
    s.append(Paragraph("<b>Visitatieperiode 2021-2024</b>  |  Methodiek 6.0 van de Stichting Visitatie "
                       "Woningcorporaties Nederland  |  Amersfoort, 14 april 2026", BODY))
    s.append(Paragraph("Visitatiecommissie: drs. Marjolein Haverkamp (voorzitter), ir. Bart Oosterwijk "
                       "(commissielid), Lotte Smeenk MSc (secretaris)", SMALL))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Samenvatting", H2))
    s.append(Paragraph("Woonstichting Eemvliet beheert 9.860 woningen in de gemeenten Eemhoven en Leusderveen. De "
                       "commissie ziet een corporatie die de basis op orde heeft, haar huurders kent en goed "
                       "samenwerkt met de gemeenten. De grote opgave in de wijk Zuidrand is echter nog niet vertaald "
                       "in een planning die bewoners houvast geeft. Eemvliet moet huurders ook eerder betrekken bij "
                       "ingrijpende keuzes. De commissie doet zeven aanbevelingen; zij staan in hoofdstuk 6.", BODY))
    s.append(tbl([["Perspectief", "Cijfer", "Weging"],
                  ["Presteren naar Opgaven en Ambities", "7,1", "50%"],
                  ["Presteren volgens Belanghebbenden", "7,4", "25%"],
                  ["Presteren naar Vermogen", "6,8", "-"],
                  ["Governance van maatschappelijk presteren", "7,3", "25%"]],
                 (95 * mm, 25 * mm, 25 * mm)))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("1  Over deze visitatie", H2))
    s.append(Paragraph("Iedere woningcorporatie laat zich eens in de vier jaar visiteren. De visitatie beoordeelt "
                       "het maatschappelijk presteren van de corporatie in de afgelopen vier jaar. De commissie "
                       "bestudeerde de jaarverslagen 2021-2024, de prestatieafspraken in de zin van artikel 44 van "
                       "de Woningwet en het ondernemingsplan 'Thuis in de Eemvallei 2022-2026'. Zij sprak met 31 "
                       "belanghebbenden, de raad van commissarissen, de bestuurder en het managementteam.", BODY))
    s.append(Paragraph("2  Opvolging van de vorige visitatie", H2))
    s.append(Paragraph("De visitatiecommissie van 2021 deed drie aanbevelingen. De commissie keek hoe Eemvliet "
                       "die heeft opgevolgd.", BODY))
    s.append(tbl([["Aanbeveling visitatie 2021", "Opvolging"],
                  ["Maak de prestatieafspraken concreter en meetbaar.", "Opgevolgd: de afspraken 2023-2027 "
                   "bevatten jaarlijkse streefwaarden."],
                  ["Versterk de dialoog met huurders in de kleine kernen.", "Deels opgevolgd: twee van de vijf "
                   "kernen hebben een bewonerscommissie."],
                  ["Leg de verduurzamingsopgave vast in een portefeuillestrategie.", "Opgevolgd (2022)."]],
                 (80 * mm, 86 * mm)))
    s.append(Paragraph("3  Presteren naar Opgaven en Ambities", H2))
    s.append(Paragraph("Eemvliet heeft in de visitatieperiode 412 woningen opgeleverd, tegen 380 afgesproken. Het "
                       "aandeel woningen met energielabel E, F of G daalde van 11 naar 3 procent. De slaagkans van "
                       "woningzoekenden bleef met 14 procent laag; de gemiddelde inschrijfduur liep op tot 7,9 jaar.",
                       BODY))
    s.append(tbl([["Kengetal", "2021", "2024"],
                  ["Woningen in bezit", "9.712", "9.860"],
                  ["Nieuwbouw opgeleverd (cumulatief)", "86", "412"],
                  ["Aandeel label E, F, G", "11%", "3%"],
                  ["Gemiddelde afhandeltijd reparatie (werkdagen)", "9,4", "12,1"]],
                 (95 * mm, 25 * mm, 25 * mm)))
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph("In Zuidrand staan 640 portiekwoningen uit de jaren zestig. Eemvliet besloot in 2023 tot "
                       "een mix van sloop en renovatie, maar welke straat wanneer aan de beurt is, is nog onbekend. "
                       "Eemvliet zou volgens de commissie meer vaart moeten maken met deze wijk.", BODY))
    s.append(Paragraph("4  Presteren volgens Belanghebbenden", H2))
    s.append(Paragraph("Belanghebbenden waarderen Eemvliet als betrouwbare partner. Kritischer zijn zij over de "
                       "reparatieservice en over het moment waarop huurders worden betrokken.", BODY))
    s.append(Paragraph("'Ze zouden ons moeten vragen voordat het plan klaar is, niet erna.' "
                       "(bestuurslid huurdersorganisatie)", QUOTE))
    s.append(Paragraph("'Met de wijkconsulent erbij lossen we problemen achter de voordeur veel sneller op.' "
                       "(beleidsadviseur gemeente Leusderveen)", QUOTE))
    s.append(Paragraph("5  Presteren naar Vermogen en Governance", H2))
    s.append(Paragraph("De financiële continuïteit is niet in gevaar. De commissie vindt dat Eemvliet haar "
                       "vermogen in de visitatieperiode redelijk heeft ingezet, maar dat de keuzes voor de periode "
                       "na 2028 nog niet expliciet zijn. De raad van commissarissen functioneert professioneel en "
                       "houdt zich aan de Governancecode Woningcorporaties 2020. De raad moet volgens die code zijn "
                       "maatschappelijke oriëntatie zichtbaar maken; de commissie ziet dat de raad vooral via het "
                       "bestuur informatie krijgt.", BODY))
    s.append(Paragraph("6  Aanbevelingen", H2))
    s.append(Paragraph("Op basis van haar bevindingen geeft de commissie Woonstichting Eemvliet het volgende mee.",
                       BODY))
    inner = []
    for head, expl in RECS:
        inner.append(Paragraph(f"<b>{head}</b> {expl}", BUL, bulletText="\u25a0"))
    box = Table([[inner]], colWidths=(166 * mm,))
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e9f3ed")),
                             ("BOX", (0, 0), (-1, -1), 0.8, GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    s.append(box)
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("De commissie dankt iedereen die aan deze visitatie heeft meegewerkt en ziet de "
                       "bestuurlijke reactie van Eemvliet met belangstelling tegemoet.", BODY))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=20 * mm, bottomMargin=18 * mm, title="Visitatierapport Woonstichting Eemvliet")
    doc.build(s, onFirstPage=deco(None, "{n}"),
              onLaterPages=deco("Visitatierapport Woonstichting Eemvliet 2021-2024  |  Ravenstein Visitaties",
                                "{n}"))


def response():
    s = []
    s.append(Paragraph("<font size='15' color='#7a2e1d'><b>Eemvliet</b></font><br/>"
                       "<font size='7.5'>woonstichting | Postbus 1180, 3800 BD Eemhoven | www.eemvliet.nl</font>",
                       BODY))
    s.append(Spacer(1, 8 * mm))
    s.append(tbl([["Aan", "Stichting Visitatie Woningcorporaties Nederland, t.a.v. het bestuur; "
                   "Ravenstein Visitaties"],
                  ["Datum", "6 mei 2026"],
                  ["Ons kenmerk", "BS/2026/0219"],
                  ["Onderwerp", "Bestuurlijke reactie op de maatschappelijke visitatie 2021-2024"]],
                 (30 * mm, 136 * mm), head=False, size=8.5))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Geachte bestuur, geachte mevrouw Haverkamp,", BODY))
    s.append(Paragraph("Met belangstelling hebben wij het visitatierapport gelezen. Wij herkennen ons in het beeld "
                       "van een corporatie die haar basis op orde heeft en danken de commissie voor de zorgvuldige "
                       "gesprekken met onze huurders en partners. Hieronder geven wij, bestuur en raad van "
                       "commissarissen samen, onze reactie.", BODY))
    s.append(Paragraph("De wijk Zuidrand", H3))
    s.append(Paragraph("De commissie legt de vinger op de zere plek. Er komt een uitvoeringsplanning per straat; de "
                       "bewonerscommissies van Zuidrand krijgen die in september 2026 en daarna ieder jaar een "
                       "actualisatie.", BODY))
    s.append(Paragraph("Reparaties", H3))
    s.append(Paragraph("Sinds januari 2026 geldt bij ons een norm van vijf werkdagen voor reparaties die geen "
                       "spoed hebben. Over de resultaten rapporteren wij halfjaarlijks aan huurders en raad; een "
                       "kwartaalrapportage vinden wij voor deze norm te zwaar.", BODY))
    s.append(Paragraph("Huurders en toezicht", H3))
    s.append(Paragraph("Wij nemen de aanbeveling over om HBV Samen Eemvliet voortaan te betrekken zodra een "
                       "project wordt verkend, dus vóór de keuze tussen sloop en renovatie; dit leggen wij vast in "
                       "de samenwerkingsovereenkomst. De raad van commissarissen ziet daarentegen geen meerwaarde in "
                       "een apart overleg zonder bestuurder: de twee huurderscommissarissen spreken de HBV al "
                       "ieder kwartaal, en de raad wil de lijnen met het bestuur kort houden.", BODY))
    s.append(Paragraph("Wijkconsulenten", H3))
    s.append(Paragraph("Wij zijn blij met de waardering voor onze wijkconsulenten. Een onderzoek naar hun effect is "
                       "inmiddels uitgezet bij de Hogeschool Eemland; de uitkomsten delen wij in het voorjaar van "
                       "2027 met Eemhoven en Leusderveen.", BODY))
    s.append(Paragraph("Spoedzoekers", H3))
    s.append(Paragraph("Het huisvesten van spoedzoekers is in de eerste plaats een taak van de gemeenten. Wij hebben "
                       "dit punt ingebracht in het regionaal woonoverleg en zullen bezien of het een plaats krijgt "
                       "in de prestatieafspraken voor 2027.", BODY))
    s.append(Paragraph("Over de beoordeling van ons vermogen", H3))
    s.append(Paragraph("Het cijfer 6,8 voor Presteren naar Vermogen doet naar ons oordeel geen recht aan de "
                       "versnelling van de verduurzaming in 2023 en 2024, die de commissie zelf ook beschrijft. Wij "
                       "hebben dit in het slotgesprek toegelicht en respecteren het oordeel van de commissie.", BODY))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Met vriendelijke groet,", BODY))
    s.append(Paragraph("ir. Hanneke Doornbos, directeur-bestuurder<br/>mr. Erik van Rijswijk, voorzitter raad van "
                       "commissarissen", BODY))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title="Bestuurlijke reactie visitatie")
    doc.build(s, onFirstPage=deco(None, "pagina {n}"),
              onLaterPages=deco("Eemvliet | Bestuurlijke reactie visitatie 2021-2024 | BS/2026/0219",
                                "pagina {n}"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "Maak de wijkvisie voor Zuidrand concreet met een uitvoeringsplanning", "de bewonerscommissies van "
         "Zuidrand krijgen die in september 2026", "agrees"),
        ("2", "Betrek de huurdersorganisatie al in de verkenningsfase van elk", "te betrekken zodra een project "
         "wordt verkend", "agrees"),
        ("3", "Stel een norm vast voor de afhandeltijd van reparatieverzoeken", "een kwartaalrapportage vinden "
         "wij voor deze norm te zwaar", "partly"),
        ("4", "Maak met de gemeenten Eemhoven en Leusderveen afspraken over", "zullen bezien of het een plaats "
         "krijgt in de prestatieafspraken", "noted"),
        ("5", "Leg vast hoeveel investeringsruimte Eemvliet na 2028 reserveert", None, "unanswered"),
        ("6", "Laat de raad van commissarissen jaarlijks zonder het bestuur", "ziet daarentegen geen meerwaarde in "
         "een apart overleg", "disagrees"),
        ("7", "Evalueer de inzet van de wijkconsulenten uiterlijk in 2027", "Een onderzoek naar hun effect is "
         "inmiddels uitgezet", "agrees"),
    ]
    unmatched = ["doet naar ons oordeel geen recht aan de versnelling"]
    notes = ("Maatschappelijk visitatierapport of a housing association: score table, a table quoting the three "
             "recommendations of the 2021 visitation as imperatives with their follow-up (trap), a figures table, "
             "findings with 'moet' / 'zou ... moeten maken', stakeholder quotes with 'zouden ... moeten'; the "
             "recommendations are seven UNNUMBERED bullets in a shaded box in chapter 6, each a bold imperative + "
             "explanation, numbered 1-7 in order. Reply: bestuurlijke reactie letter of bestuurder + RvC chair with "
             "own short headings and no numbers, order 1, 3, 2+6, 7, 4: 1 planning per street in September 2026 "
             "(agrees); 3 norm already set, half-yearly instead of quarterly reports (partly); one paragraph with 2 "
             "adopted (agrees) and 6 'geen meerwaarde' (disagrees); 7 study already commissioned (agrees); 4 task "
             "of the municipalities, raised in the regional talks, 'zullen bezien' (noted); 5 (investment room "
             "after 2028) unanswered; 'Over de beoordeling van ons vermogen' disputes the score (unmatched).")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 120 (nl): the ADVIES of a PROVINCIALE MOLENCOMMISSIE (volunteer millers, a millwright, a heritage expert,
a wind adviser and a municipal planner) on the ontwerp-Beleidsregel molenbiotopen and the ontwerp-Subsidieregeling
instandhouding molens, written as NINE NUMBERED FINDINGS ('Bevinding 1 - ...' as bold run-in titles), seven of them
followed by an indented ARROW LINE '→ Advies.' holding the recommendation, two (bevinding 2 and 9) with none;
answered by a letter of Gedeputeerde Staten that names each recommendation BY THE NUMBER OF ITS FINDING ('Het advies
bij bevinding 1', 'De adviezen bij de bevindingen 5 en 8'), grouped by the regulation concerned, not in the advice's
order.

Advice (reportlab, serif body with sans headings, 2-3 p., navy title block with an ochre rule, running head from
p. 2, 'blz. n van m'): article 7.21 of the Omgevingsverordening quoted with 'moet' (trap), the commission's 2021
advice quoted as an imperative (realised; trap), a table of mills by type and wind catch (trap), the findings'
numbers 1-9 (not the recommendations' numbers; trap), two findings with no advice, 'De commissie stelt vast' and a
closing line citing 'De adviezen bij de bevindingen 1, 4 en 8' (traps). Recommendations expected 1-7 = the arrow lines
after bevinding 1, 3, 4, 5, 6, 7, 8.
Response (reportlab, letter, 2 p.): opening (nothing); 'De beleidsregel molenbiotopen': bevinding 1 (1 agrees),
bevinding 3 (2 disagrees), a paragraph on the figures of bevinding 2 (no advice there; nothing), bevinding 6 (5 noted:
passed on to the municipalities); 'De subsidieregeling en de molenconsulent': bevinding 4 (3 partly: 60 instead of 70
per cent), bevindingen 5 en 8 in one paragraph (4 agrees, 7 agrees); 'Subsidieplafond 2027' (figures) and 'Tot slot'
(a visit) answer nothing; bevinding 7's advice (6, a budget for pollarding trees) is never mentioned: unanswered.
All bodies, places, people, figures and reference numbers invented; the Omgevingswet is named as context only.

Run: /tmp/blind120nl/bin/python tests/docs/src/blind120/gen_nl_molenbiotoop_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b120nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind120_nl_molenbiotoop"
FS = B.tmp_fonts()
FR = B.tmp_fonts("B120NL Serif", B.SERIF_FILES)
for fam, paths in (("S", FS), ("R", FR)):
    for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
        pdfmetrics.registerFont(TTFont(fam + suf, paths[key]))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

NAVY = colors.HexColor("#1d3f6e")
OCHRE = colors.HexColor("#c58a1c")
PALE = colors.HexColor("#eef2f8")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="R", fontSize=9.6, leading=13.8, spaceAfter=5.5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8.2, leading=11, textColor=GREY)
H1 = ParagraphStyle("h1", fontName="S-B", fontSize=21, leading=25, textColor=colors.white)
H1S = ParagraphStyle("h1s", fontName="S", fontSize=10, leading=13.5, textColor=colors.white)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.8, leading=15, textColor=NAVY, spaceBefore=10, spaceAfter=4,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.8, leading=13, textColor=NAVY, spaceBefore=7, spaceAfter=2.5,
                    keepWithNext=True)
FIND = ParagraphStyle("find", parent=BODY, spaceBefore=3, spaceAfter=3)
ARROW = ParagraphStyle("arrow", fontName="R-I", fontSize=9.6, leading=13.6)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
CELLR = ParagraphStyle("cellr", parent=CELL, alignment=2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)
CELLBR = ParagraphStyle("cellbr", parent=CELLB, alignment=2)
LH = ParagraphStyle("lh", fontName="S", fontSize=8.8, leading=12.2)
LBODY = ParagraphStyle("lbody", parent=BODY, fontName="S", fontSize=9.4, leading=13.6)
LH3 = ParagraphStyle("lh3", parent=H3, fontSize=9.6, textColor=colors.black)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.4)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12.5 * mm, head)
            canv.setStrokeColor(OCHRE)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 14 * mm, A4[0] - 22 * mm, A4[1] - 14 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 11 * mm, foot.format(n=doc.page, m=doc._b120_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):  # the first pass counts the pages for 'van m'
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=20 * mm, bottomMargin=19 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b120_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def finding(num, title, text, advice=None):
    parts = [Paragraph(f"<font name='S-B' color='#1d3f6e'>Bevinding {num} - {title}.</font> {text}", FIND)]
    if advice:
        box = Table([[Paragraph("<font name='S-B' color='#c58a1c'>→</font>", ARROW),
                      Paragraph(f"<font name='S-B'>Advies.</font> {advice}", ARROW)]],
                    colWidths=[7 * mm, 152 * mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                 ("LINEBEFORE", (0, 0), (0, -1), 2.2, OCHRE),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (0, -1), 5), ("LEFTPADDING", (1, 0), (1, -1), 1),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        parts += [box, Spacer(1, 5)]
    return KeepTogether(parts)


def advice_story():
    s = [Paragraph("PROVINCIALE MOLENCOMMISSIE OVERMARSCH", ParagraphStyle("o", parent=SMALL, fontName="S-B",
                                                                            textColor=NAVY)),
         Spacer(1, 4)]
    t = Table([[Paragraph("Wind vangen, ruimte houden", H1)],
               [Paragraph("Advies over de ontwerp-Beleidsregel molenbiotopen Overmarsch 2027 en de "
                          "ontwerp-Subsidieregeling instandhouding molens", H1S)]], colWidths=[166 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), NAVY), ("LEFTPADDING", (0, 0), (-1, -1), 12),
                           ("TOPPADDING", (0, 0), (-1, 0), 12), ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
                           ("LINEBELOW", (0, -1), (-1, -1), 3, OCHRE)]))
    s += [t, Spacer(1, 8)]
    meta = [("Aan", "Gedeputeerde Staten van Overmarsch"), ("Kenmerk", "PMC 2026-04"),
            ("Datum", "23 september 2026"), ("Secretariaat", "Gerda Wolthuis, 0528 36 19 40")]
    mt = Table([[Paragraph(f"<b>{k}</b>", SMALL), Paragraph(v, SMALL)] for k, v in meta],
               colWidths=[26 * mm, 140 * mm])
    mt.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    s += [mt, Spacer(1, 4),
          Paragraph("1 Aanleiding", H2),
          Paragraph("Bij brief van 2 juni 2026 vroegen Gedeputeerde Staten de Provinciale Molencommissie om advies "
                    "over twee ontwerpen: de Beleidsregel molenbiotopen Overmarsch 2027 en de Subsidieregeling "
                    "instandhouding molens. De commissie telt zeven leden: drie vrijwillige molenaars, een "
                    "molenmaker, een deskundige monumentenzorg, een windadviseur en een planoloog van een van de "
                    "gemeenten. Wij bespraken de ontwerpen in twee vergaderingen en bezochten zes molens.", BODY),
          Paragraph("De molenbiotoop is de omgeving van een molen die open moet blijven, zodat de molen wind kan "
                    "vangen en in het landschap zichtbaar blijft. Artikel 7.21 van de Omgevingsverordening "
                    "Overmarsch bepaalt nu al: <i>'Binnen een afstand van 400 meter van een traditionele molen moet "
                    "een nieuw bouwwerk zo laag blijven dat de windvang van de molen niet onevenredig wordt "
                    "belemmerd.'</i> De ontwerp-beleidsregel werkt uit hoe Gedeputeerde Staten die regel toetsen.",
                    BODY),
          Paragraph("In ons advies van 2021 over het provinciale molenbeleid schreven wij: <i>'Stel een vaste "
                    "molenconsulent aan die eigenaren en gemeenten adviseert.'</i> Sinds maart 2023 heeft de "
                    "provincie zo'n consulent. De commissie is daar zeer tevreden over; zonder haar metingen had dit "
                    "advies er anders uitgezien.", BODY),
          Paragraph("2 De molens in cijfers", H2),
          Paragraph("In 2024 en 2025 mat de molenconsulent bij alle molens in Overmarsch hoeveel wind de wieken "
                    "vangen, vergeleken met een molen in volledig open land.", BODY)]
    rows = [["Type molen", "Aantal", "Goede windvang", "Matige windvang", "Slechte windvang"],
            ["Korenmolen", "38", "15", "9", "14"],
            ["Poldermolen", "16", "7", "2", "7"],
            ["Zaagmolen", "4", "2", "0", "2"],
            ["Totaal", "58", "24", "11", "23"]]
    data = [[Paragraph(c, (CELLB if j == 0 else CELLBR) if i == 0 else (CELL if j == 0 else CELLR))
             for j, c in enumerate(r)] for i, r in enumerate(rows)]
    tt = Table(data, colWidths=[46 * mm, 22 * mm, 32 * mm, 33 * mm, 33 * mm])
    tt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), NAVY),
                            ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, PALE]),
                            ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY), ("FONTNAME", (0, -1), (-1, -1), "S-B"),
                            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    s += [tt, Paragraph("Bron: windvangmetingen van de molenconsulent, 2024-2025.", SMALL), Spacer(1, 4),
          Paragraph("3 Bevindingen en advies", H2),
          Paragraph("Hieronder volgen onze negen bevindingen. Waar wij Gedeputeerde Staten iets vragen, staat dat "
                    "direct onder de bevinding, gemarkeerd met een pijl.", BODY),
          finding(1, "Bomen tellen niet mee",
                  "Het ontwerp toetst alleen nieuwe bouwwerken aan de vrije hoogte. Bij 17 van de 23 molens met een "
                  "slechte windvang zijn het echter bomen die de wind wegnemen: populieren langs wegen, of "
                  "erfbeplanting die in dertig jaar tot boven de kap is gegroeid.",
                  "Neem in de beleidsregel op dat ook nieuwe en bestaande beplanting binnen de molenbiotoop wordt "
                  "getoetst aan de vrije hoogte, op dezelfde manier als bouwwerken."),
          finding(2, "Een derde van de molens vangt slecht wind",
                  "Van de 58 molens in Overmarsch hebben er 23 een slechte windvang. Zij kunnen op minder dan de "
                  "helft van de dagen met bruikbare wind draaien. Bij de poldermolens is het aandeel het "
                  "hoogst."),
          finding(3, "Eén straal voor alle molens",
                  "Het ontwerp hanteert voor alle molens een straal van 400 meter. Een poldermolen in open land "
                  "staat vaak laag en vangt zijn wind over een veel grotere afstand; een nieuwe schuur op 450 meter "
                  "kan daar de windvang al verstoren.",
                  "Verruim de straal van de molenbiotoop voor poldermolens in open gebied van 400 naar 500 "
                  "meter."),
          finding(4, "Kleine stichtingen haken af",
                  "De ontwerp-subsidieregeling vergoedt 50 procent van de kosten van groot onderhoud. Een nieuwe "
                  "roede kost al gauw 45.000 euro. Grote molenstichtingen kunnen de rest betalen; de elf kleine "
                  "stichtingen die alleen met vrijwilligers werken, kunnen dat meestal niet. Twee van hen stellen "
                  "noodzakelijk onderhoud al jaren uit.",
                  "Verhoog het subsidiepercentage voor molens van kleine stichtingen zonder betaalde krachten naar "
                  "70 procent."),
          finding(5, "De molenaars worden ouder",
                  "De gemiddelde leeftijd van de vrijwillige molenaars in Overmarsch is 67 jaar. Zonder molenaar "
                  "staat een molen stil, en een stilstaande molen raakt sneller in verval. Het ontwerp zegt niets "
                  "over de opleiding van nieuwe molenaars.",
                  "Stel vanaf 2027 jaarlijks geld beschikbaar om via het Gilde van Vrijwillige Molenaars tien "
                  "nieuwe molenaars op te leiden."),
          finding(6, "Gemeenten vergeten de biotoop",
                  "Van de twaalf gemeenten in Overmarsch hebben er vijf de molenbiotoop in hun omgevingsplan "
                  "opgenomen. Bij de andere zeven hangt de bescherming af van de provinciale regel, die alleen voor "
                  "nieuwe bouwwerken geldt.",
                  "Spreek de zeven gemeenten aan op het ontbreken van de molenbiotoop en vraag hen die binnen twee "
                  "jaar in hun omgevingsplan op te nemen."),
          finding(7, "Knotten kost geld",
                  "Eigenaren van hoge bomen in de biotoop willen vaak best meewerken aan knotten of vervangen, maar "
                  "niemand betaalt de rekening. Molenstichtingen hebben er geen budget voor.",
                  "Maak in de subsidieregeling een apart budget vrij waaruit het knotten of vervangen van hoge "
                  "bomen in de molenbiotoop wordt betaald."),
          finding(8, "Niemand houdt de windvang bij",
                  "De metingen in de tabel zijn de eerste in tien jaar. Zonder regelmatige meting zien provincie en "
                  "gemeenten niet of de windvang van een molen verbetert of achteruitgaat.",
                  "Laat de molenconsulent elke twee jaar de windvang van alle molens meten en maak de uitkomsten "
                  "openbaar."),
          finding(9, "De molenkaart is een goede stap",
                  "De digitale kaart met alle molenbiotopen, die bij het ontwerp hoort, is helder en makkelijk te "
                  "gebruiken. Gemeenten en initiatiefnemers zien in één oogopslag of een bouwplan binnen een "
                  "biotoop valt."),
          Paragraph("4 Tot slot", H2),
          Paragraph("De commissie stelt vast dat beide ontwerpen een goede basis zijn voor het behoud van de molens "
                    "in Overmarsch. De adviezen bij de bevindingen 1, 4 en 8 wegen voor ons het zwaarst. Wij lichten "
                    "ons advies graag mondeling toe.", BODY),
          Spacer(1, 4),
          Paragraph("Namens de Provinciale Molencommissie Overmarsch,<br/>Jan-Willem Hakvoort, voorzitter - Gerda "
                    "Wolthuis, secretaris", BODY)]
    return s


def response_story():
    s = [Paragraph("provincie Overmarsch", ParagraphStyle("lh1", fontName="S-B", fontSize=16, leading=19,
                                                           textColor=NAVY)),
         Paragraph("Gedeputeerde Staten", ParagraphStyle("lh2", parent=LH, textColor=OCHRE)),
         Spacer(1, 16)]
    addr = Paragraph("Provinciale Molencommissie Overmarsch<br/>t.a.v. de heer J.W. Hakvoort<br/>Postbus 20"
                     "<br/>7941 AA  Meerwolde", LH)
    meta = Table([[Paragraph(k, ParagraphStyle("mk", parent=SMALL, fontName="S-B")), Paragraph(v, SMALL)]
                  for k, v in (("Datum", "1 december 2026"), ("Ons kenmerk", "2026-OV-044127"),
                               ("Uw kenmerk", "PMC 2026-04"), ("Behandeld door", "S. Oosterhuis, Cultureel Erfgoed"),
                               ("Bijlage", "vastgestelde Beleidsregel molenbiotopen"))],
                 colWidths=[28 * mm, 52 * mm])
    meta.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    top = Table([[addr, meta]], colWidths=[86 * mm, 80 * mm])
    top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [top, Spacer(1, 16),
          Paragraph("<b>Onderwerp:</b> uw advies 'Wind vangen, ruimte houden'", LBODY),
          Spacer(1, 5),
          Paragraph("Geachte heer Hakvoort,", LBODY),
          Paragraph("Wij danken de Provinciale Molencommissie voor haar advies van 23 september 2026, en de "
                    "molenconsulent voor de metingen waarop het rust. Uw advies telt negen bevindingen; bij zeven "
                    "daarvan doet u ons een voorstel. In deze brief lopen wij die voorstellen langs, niet in de "
                    "volgorde van uw advies maar per regeling. Op 24 november 2026 hebben wij beide regelingen "
                    "vastgesteld.", LBODY),
          Paragraph("De beleidsregel molenbiotopen", LH3),
          Paragraph("Het advies bij bevinding 1 nemen wij over. Artikel 5 van de vastgestelde beleidsregel bepaalt "
                    "dat ook beplanting binnen de biotoop aan de vrije hoogte wordt getoetst, nieuwe en bestaande "
                    "beplanting op dezelfde wijze. De molenkaart laat vanaf januari 2027 ook zien waar hoge bomen de "
                    "windvang belemmeren.", LBODY),
          Paragraph("Een grotere straal voor poldermolens, zoals u bij bevinding 3 voorstelt, voeren wij niet in. "
                    "Wij begrijpen de gedachte, maar de straal van 400 meter is in heel Nederland gebruikelijk. Een "
                    "afwijkende straal voor één soort molen maakt de regel voor gemeenten en initiatiefnemers minder "
                    "voorspelbaar, en zou bij bestaande boerenbedrijven tot planschade kunnen leiden.", LBODY),
          Paragraph("De cijfers onder bevinding 2 komen overeen met onze eigen inventarisatie. Volgens de "
                    "provinciale monumentenmonitor hadden eind 2025 22 molens een slechte windvang; het verschil van "
                    "één molen komt door een nieuwe stal bij korenmolen De Eendracht in Oosterwijde.", LBODY),
          Paragraph("Met het advies bij bevinding 6 richt u zich in feite tot de gemeenten: zij stellen het "
                    "omgevingsplan vast, niet de provincie. Wij hebben uw advies op 10 november 2026 doorgestuurd "
                    "aan de zeven gemeenten die het betreft, met het verzoek er kennis van te nemen. Of en wanneer zij "
                    "de biotoop in hun omgevingsplan opnemen, is aan hen.", LBODY),
          Paragraph("De subsidieregeling en de molenconsulent", LH3),
          Paragraph("Uw advies bij bevinding 4 volgen wij ten dele. Voor molens van stichtingen die uitsluitend met "
                    "vrijwilligers werken, gaat de bijdrage omhoog naar 60 procent van de subsidiabele kosten. Naar "
                    "70 procent gaan wij niet: dan raakt het budget al na twee of drie grote restauraties op, en "
                    "moeten andere molens een jaar wachten.", LBODY),
          Paragraph("De adviezen bij de bevindingen 5 en 8 nemen wij allebei over. Vanaf 2027 is er jaarlijks 35.000 "
                    "euro voor de opleiding van nieuwe molenaars; de eerste cursus begint in maart 2027 en biedt "
                    "plaats aan tien deelnemers. Daarnaast meet de molenconsulent voortaan om het jaar de windvang "
                    "van alle 58 molens. De uitkomsten verschijnen op overmarsch.nl/molens, voor het eerst in het "
                    "najaar van 2027.", LBODY),
          Paragraph("Subsidieplafond 2027", LH3),
          Paragraph("Het subsidieplafond voor 2027 bedraagt 1.450.000 euro. Aanvragen voor groot onderhoud kunnen "
                    "van 1 februari tot en met 31 maart 2027 worden ingediend. Eind 2026 stonden vier molens in "
                    "Overmarsch op de landelijke lijst van molens in gevaar.", LBODY),
          Paragraph("Tot slot", LH3),
          Paragraph("Graag nodigen wij de commissie uit om op 3 februari 2027 met gedeputeerde Marleen Bosscher de "
                    "gerestaureerde korenmolen De Hoop in Wittezand te bezoeken. Het secretariaat neemt hierover "
                    "contact met u op.", LBODY),
          Spacer(1, 4),
          Paragraph("Hoogachtend,<br/>Gedeputeerde Staten van Overmarsch,<br/><br/>mr. A.C. Lenstra, voorzitter - "
                    "drs. P. Huizing, secretaris", LBODY)]
    return s


def expected():
    recs = [
        (1, "Neem in de beleidsregel op dat ook nieuwe en bestaande beplanting",
         "Artikel 5 van de vastgestelde beleidsregel bepaalt dat ook beplanting", "agrees"),
        (2, "Verruim de straal van de molenbiotoop voor poldermolens in open gebied",
         "de straal van 400 meter is in heel Nederland gebruikelijk", "disagrees"),
        (3, "Verhoog het subsidiepercentage voor molens van kleine stichtingen zonder betaalde krachten",
         "gaat de bijdrage omhoog naar 60 procent", "partly"),
        (4, "Stel vanaf 2027 jaarlijks geld beschikbaar om via het Gilde",
         "Vanaf 2027 is er jaarlijks 35.000 euro voor de opleiding", "agrees"),
        (5, "Spreek de zeven gemeenten aan op het ontbreken van de molenbiotoop",
         "Wij hebben uw advies op 10 november 2026 doorgestuurd", "noted"),
        (6, "Maak in de subsidieregeling een apart budget vrij waaruit het knotten", None, "unanswered"),
        (7, "Laat de molenconsulent elke twee jaar de windvang van alle molens",
         "meet de molenconsulent voortaan om het jaar de windvang", "agrees"),
    ]
    unmatched = ["lopen wij die voorstellen langs, niet in de volgorde",
                 "De cijfers onder bevinding 2 komen overeen met onze eigen inventarisatie",
                 "Het subsidieplafond voor 2027 bedraagt 1.450.000 euro",
                 "gerestaureerde korenmolen De Hoop in Wittezand te bezoeken"]
    notes = ("Advice: a Provinciale Molencommissie (reportlab, serif, 3 p.) on a draft beleidsregel for mill "
             "biotopes and a draft subsidy scheme, written as NINE NUMBERED FINDINGS ('Bevinding 1 - Bomen tellen "
             "niet mee.' as bold run-in titles); seven are followed by an indented shaded ARROW LINE '→ Advies.' "
             "holding the recommendation (findings 1, 3, 4, 5, 6, 7, 8 = expected 1-7), findings 2 (a figure) and 9 "
             "(praise for the map) have none. Traps: article 7.21 of the Omgevingsverordening quoted with 'moet', "
             "the 2021 advice quoted as an imperative ('Stel een vaste molenconsulent aan', realised), a table of "
             "mills by type and wind catch, the findings' own numbers 1-9, 'De commissie stelt vast' and a closing "
             "line citing 'De adviezen bij de bevindingen 1, 4 en 8' (= recommendations 1, 3, 7). Response: a "
             "letter of Gedeputeerde Staten naming each recommendation BY ITS FINDING'S NUMBER, grouped per "
             "regulation, order 1, 2, (finding 2), 5, 3, 4+7: 'Het advies bij bevinding 1 nemen wij over' = 1 "
             "agrees (article 5 tests planting too); 'zoals u bij bevinding 3 voorstelt, voeren wij niet in' = 2 "
             "disagrees (400 metres is the national norm); 'De cijfers onder bevinding 2' only discusses a figure "
             "(nothing); 'het advies bij bevinding 6' = 5 noted (the omgevingsplan is the municipalities', the advice "
             "passed on, 'is aan hen'); 'bevinding 4 volgen wij ten dele' = 3 partly (60 instead of 70 per cent); "
             "'De adviezen bij de bevindingen 5 en 8 nemen wij allebei over' = 4 agrees (35.000 euro a year, course "
             "from March 2027) and 7 agrees (measured every other year, published from autumn 2027); 6 (budget for "
             "pollarding or replacing tall trees, finding 7) never mentioned: unanswered. The opening, the "
             "paragraph on finding 2, 'Subsidieplafond 2027' and 'Tot slot' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf",
          "Provinciale Molencommissie Overmarsch - advies PMC 2026-04 - Wind vangen, ruimte houden",
          "Wind vangen, ruimte houden", "blz. {n} van {m}", "Provinciale Molencommissie Overmarsch")
    build(response_story, NAME + "_response.pdf",
          "provincie Overmarsch - 2026-OV-044127 - reactie op advies PMC 2026-04",
          "Reactie op advies Wind vangen, ruimte houden", "{n}/{m}", "provincie Overmarsch")
    expected()

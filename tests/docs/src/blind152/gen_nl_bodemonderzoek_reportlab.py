"""Round 152 (nl): the VERKENNEND BODEMONDERZOEK of an (invented) environmental consultancy on a former municipal
works yard to be redeveloped into homes, its seven recommendations UNNUMBERED PARAGRAPHS WITH BOLD LEAD-INS under
'5 Aanbevelingen', after conclusions with bold lead-ins in exactly the same style under '4 Conclusies' (trap);
answered by the college's RAADSINFORMATIEBRIEF to the council that QUOTES each lead-in as an italic sub-head, in
another order, one paragraph answering two recommendations with different verdicts.

Advice (reportlab, sans, olive title rule and headings, metadata table, a ruled analysis table, running head,
'pagina n van m'): the soil rules paraphrased with 'moet' (trap), the 2019 investigation's recommendation quoted as an
imperative and carried out (trap), 'Wij adviseren niet om de volledige bovengrond van het terrein te ontgraven'
(trap); expected 1-7 in reading order. Response (reportlab, 'pagina n'): 2 agrees, 1 agrees, ONE paragraph
3 partly (one extra monitoring well, not two) + 4 disagrees (no clean cover layer in all gardens), 5 agrees, 7 noted
(the allotments belong to the association; passed on), a paragraph answers the 'we do not advise' sentence
(unmatched); 6 (inform the residents) unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind152nl/bin/python tests/docs/src/blind152/gen_nl_bodemonderzoek_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b152nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind152_nl_bodemonderzoek"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#5b6b1f")
LINE = colors.HexColor("#c9d1a6")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.3, leading=13.2, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="S", fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-BI", fontSize=9.4, leading=13, textColor=INK, spaceBefore=4, spaceAfter=1,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def lead(b, t):
    return P(f"<b>{b}</b> {t}")


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def meta_table(rows):
    t = Table([[P(a, CELL), P(b, CELL)] for a, b in rows], colWidths=[34 * mm, 136 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1e1"))]))
    return t


def ruled(head, rows, widths):
    data = [[P(c, CELLB) for c in head]] + [[P(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), INK),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.4, LINE)]))
    return t


ANALYSES = [
    ["MM01 (B01-B04)", "bovengrond west, 0,0-0,5 m", "geen overschrijding", "Wonen"],
    ["MM02 (B05, B06)", "bovengrond midden, 0,0-0,5 m", "koper licht verhoogd", "Wonen"],
    ["MM03 (B07, B08)", "bovengrond wasplaats, 0,0-0,4 m", "zink 1.480 mg/kg ds, minerale olie 310 mg/kg ds",
     "niet toepasbaar"],
    ["MM04 (B09-B11)", "puinhoudende laag noord, 0,3-0,9 m", "PAK 8,2 mg/kg ds; plaatjes vermoedelijk asbest",
     "Industrie"],
    ["Pb 2 (filter 2,0-3,0 m)", "grondwater voormalige tankplaats", "benzeen 4 µg/l, xylenen 36 µg/l",
     "boven streefwaarde"],
]


def advice():
    s = [P("Grondslag Milieuadvies B.V. - bodem, water en omgeving - Industrieweg 18, 7461 JB Ravenshorst - "
           "info@grondslag.example", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Verkennend bodemonderzoek voormalige gemeentewerf Hoge Akker", TITLE),
         P("verkennend bodemonderzoek ten behoeve van de herontwikkeling tot woongebied, in opdracht van de "
           "gemeente Wendelkamp", SUB),
         meta_table([("Opdrachtgever", "Gemeente Wendelkamp, team Grondzaken, t.a.v. de heer P. (Pieter) "
                      "Oldenhof, projectleider"),
                     ("Locatie", "Voormalige gemeentewerf, Hoge Akker 2-6, Wendelkamp (kadastraal sectie K nr. "
                      "2211), circa 1,2 ha"),
                     ("Kenmerk", "GMA-27-2214, definitief"),
                     ("Datum", "8 oktober 2027"),
                     ("Uitgevoerd door", "drs. E. (Esther) Kamphuis, projectleider bodem; veldwerk K. Ter "
                      "Horst")]),
         P("1 Aanleiding", H2),
         P("De gemeente Wendelkamp wil de voormalige gemeentewerf aan de Hoge Akker herontwikkelen tot een woongebied "
           "met circa 40 grondgebonden woningen en een speelplek. Voor de omgevingsvergunning en voor de verkoop van "
           "de kavels moet de kwaliteit van de bodem bekend zijn; volgens de regels voor het bouwen op verontreinigde "
           "grond moet een bouwwerk bovendien op bodem staan die geschikt is voor het beoogde gebruik. Dit rapport "
           "beschrijft de resultaten van het verkennend onderzoek en wat volgens ons nog nodig is."),
         P("2 Vooronderzoek", H2),
         P("Op de werf stonden tot 2018 een ondergrondse dieseltank van 10.000 liter, een wasplaats voor "
           "vuilniswagens en een zoutloods. In 2019 is een oriënterend onderzoek gedaan (kenmerk GMA-19-0371). "
           "Daarin stond de volgende aanbeveling, die in 2020 is uitgevoerd en die wij alleen ter informatie "
           "herhalen:"),
         P("'Verwijder de ondergrondse dieseltank onder certificaat en laat de ontgravingsputten "
           "controlebemonsteren.'", QUOTE),
         P("3 Veldwerk en analyses", H2),
         P("Op 6 en 7 september 2027 zijn elf boringen tot 2,0 meter en twee peilbuizen tot 3,0 meter geplaatst. "
           "Grondmonsters zijn per laag samengevoegd tot mengmonsters en geanalyseerd op het standaardpakket; het "
           "grondwater is eenmaal bemonsterd. De belangrijkste uitkomsten staan in de tabel."),
         ruled(["Mengmonster", "Laag", "Uitkomst", "Kwaliteitsklasse"], ANALYSES, [30, 44, 62, 34]),
         Spacer(1, 3),
         P("4 Conclusies", H2),
         lead("Bovengrond algemeen.", "Het grootste deel van de bovengrond voldoet aan de kwaliteitsklasse Wonen "
              "en is geschikt voor tuinen en openbaar groen."),
         lead("Wasplaats.", "Rond de voormalige wasplaats is de bovengrond sterk verontreinigd met zink en minerale "
              "olie; de omvang is nog niet bekend."),
         lead("Puinlaag.", "In het noordelijke deel ligt onder de verharding een puinhoudende laag met PAK en "
              "mogelijk asbest."),
         lead("Grondwater.", "In het grondwater bij de voormalige tankplaats zijn licht verhoogde gehalten aan "
              "benzeen en xylenen gemeten, vermoedelijk een restant van de oude tank."),
         P("Wij adviseren niet om de volledige bovengrond van het terrein te ontgraven: buiten de wasplaats en de "
           "puinlaag is daar geen milieuhygiënische reden voor, en het zou veel grond onnodig tot afval maken."),
         P("5 Aanbevelingen", H2),
         lead("Nader onderzoek zink.", "Laat een nader bodemonderzoek uitvoeren rond de voormalige wasplaats, met "
              "boringen in een raster van 5 bij 5 meter, om de omvang van de zinkverontreiniging vast te stellen."),
         lead("Asbest in de puinlaag.", "Voer in het noordelijke deel een verkennend onderzoek naar asbest in bodem "
              "uit volgens de geldende norm, met inspectiegaten en zeefmonsters van de puinhoudende laag."),
         lead("Grondwater bij de tankplaats.", "Plaats twee extra peilbuizen stroomafwaarts van de voormalige "
              "tankplaats en bemonster alle peilbuizen twee keer met een tussenpoos van drie maanden."),
         lead("Leeflaag.", "Breng in alle tuinen en op de speelplek een leeflaag van ten minste 1 meter schone grond "
              "aan, met een signaaldoek op de overgang naar de oorspronkelijke bodem."),
         lead("Grondstromenplan.", "Stel voor de start van het bouwrijp maken een grondstromenplan op, zodat "
              "vrijkomende grond zoveel mogelijk binnen het plangebied wordt hergebruikt."),
         lead("Omwonenden.", "Informeer de bewoners van de Akkerstraat en de Hoge Akker voordat de graafwerkzaamheden "
              "beginnen over de uitkomsten van het onderzoek en de te nemen maatregelen."),
         lead("Volkstuinen.", "Laat ook de grond van de aangrenzende volkstuinen van tuindersvereniging De Groene "
              "Hoek onderzoeken, omdat het afstromende waswater vroeger die kant op liep."),
         P("6 Tot slot", H2),
         P("De conclusies over de wasplaats en de puinlaag zijn voorlopig tot het nadere onderzoek is afgerond. Wij "
           "lichten het rapport graag toe aan het projectteam."),
         Spacer(1, 4),
         P("drs. E. Kamphuis<br/>Grondslag Milieuadvies B.V.", BODY)]
    build(s, NAME + "_advice.pdf", "Grondslag Milieuadvies - verkennend bodemonderzoek gemeentewerf Hoge Akker - "
          "GMA-27-2214", "Verkennend bodemonderzoek voormalige gemeentewerf Hoge Akker", "Grondslag Milieuadvies B.V.",
          of_m=2)


def response():
    s = [P("Gemeente Wendelkamp - college van burgemeester en wethouders - Postbus 120, 7460 AC Wendelkamp", SMALL),
         Spacer(1, 3), rule(), Spacer(1, 5),
         P("Raadsinformatiebrief: bodemonderzoek Hoge Akker", TITLE),
         P("aan de leden van de gemeenteraad van Wendelkamp", SUB),
         meta_table([("Kenmerk", "RIB 2027-058, zaak Z/27/004417"), ("Datum", "2 november 2027"),
                     ("Portefeuillehouder", "wethouder M. (Marloes) Brinkhuis, grondzaken en wonen"),
                     ("Bijlage", "rapport Grondslag Milieuadvies GMA-27-2214")]),
         P("Inleiding", H2),
         P("In het voorjaar heeft uw raad het stedenbouwkundig plan voor de Hoge Akker vastgesteld. Met deze brief "
           "informeren wij u over de uitkomsten van het bodemonderzoek en over wat wij met de aanbevelingen van het "
           "bureau doen. Wij volgen daarbij niet de volgorde van het rapport, maar die van de planning."),
         P("'Asbest in de puinlaag'", H3),
         P("Het asbestonderzoek is inmiddels opgedragen aan een gecertificeerd bureau; de uitkomst verwachten wij "
           "begin december. Tot die tijd blijft de verharding in het noordelijke deel liggen."),
         P("'Nader onderzoek zink'", H3),
         P("Ook dit nemen wij over. Het nadere onderzoek rond de wasplaats wordt in dezelfde opdracht meegenomen, "
           "zodat de saneringsaanpak voor beide locaties in één keer kan worden bepaald."),
         P("'Grondstromenplan'", H3),
         P("Eens. Het plan wordt onderdeel van het bestek voor het bouwrijp maken; grond uit de wegcunetten "
           "gebruiken wij om de speelplek op hoogte te brengen."),
         P("'Grondwater bij de tankplaats' en 'Leeflaag'", H3),
         P("Voor het grondwater kiezen wij een lichtere aanpak: er komt één extra peilbuis, die samen met de "
           "bestaande buis eenmaal opnieuw wordt bemonsterd; alleen als de gehalten dan niet zijn gedaald, volgt een "
           "tweede ronde. Een leeflaag van een meter schone grond in alle tuinen brengen wij niet aan. De "
           "bovengrond buiten de wasplaats en de puinlaag voldoet al aan de klasse Wonen, en na sanering van die "
           "twee plekken is een extra laag volgens ons overbodig en kostbaar."),
         P("'Volkstuinen'", H3),
         P("De volkstuinen zijn eigendom van tuindersvereniging De Groene Hoek zelf. Wij hebben het rapport aan het "
           "bestuur gestuurd; of de vereniging haar grond laat onderzoeken, is aan haar."),
         P("Geen algehele ontgraving", H3),
         P("Ook wij zien geen aanleiding om de hele bovenlaag van de werf af te voeren; de sanering blijft beperkt "
           "tot de twee verontreinigde plekken."),
         P("Financiën en planning", H2),
         P("De kosten van het aanvullende onderzoek en de sanering ramen wij op 265.000 euro; zij passen binnen de "
           "grondexploitatie Hoge Akker. Het bouwrijp maken start naar verwachting in april 2028. Wij houden uw raad "
           "op de hoogte via de voortgangsrapportage grondexploitaties."),
         Spacer(1, 4),
         P("Het college van burgemeester en wethouders van Wendelkamp,<br/>de secretaris, drs. A. Wiersma - "
           "de burgemeester, J.H. Lammers", BODY)]
    build(s, NAME + "_response.pdf", "Gemeente Wendelkamp - raadsinformatiebrief bodemonderzoek Hoge Akker - "
          "RIB 2027-058", "Raadsinformatiebrief: bodemonderzoek Hoge Akker", "Gemeente Wendelkamp")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Nader onderzoek zink. Laat een nader bodemonderzoek uitvoeren rond",
         "wordt in dezelfde opdracht meegenomen", "agrees"),
        (2, "Asbest in de puinlaag. Voer in het noordelijke deel een verkennend",
         "Het asbestonderzoek is inmiddels opgedragen aan een gecertificeerd bureau", "agrees"),
        (3, "Grondwater bij de tankplaats. Plaats twee extra peilbuizen stroomafwaarts",
         "er komt één extra peilbuis", "partly"),
        (4, "Leeflaag. Breng in alle tuinen en op de speelplek",
         "in alle tuinen brengen wij niet aan", "disagrees"),
        (5, "Grondstromenplan. Stel voor de start van het bouwrijp maken",
         "Het plan wordt onderdeel van het bestek", "agrees"),
        (6, "Omwonenden. Informeer de bewoners van de Akkerstraat en de Hoge Akker", None, "unanswered"),
        (7, "Volkstuinen. Laat ook de grond van de aangrenzende volkstuinen",
         "of de vereniging haar grond laat onderzoeken, is aan haar", "noted"),
    ], ["geen aanleiding om de hele bovenlaag van de werf af te voeren"],
        "Advice: the VERKENNEND BODEMONDERZOEK of an environmental consultancy on a former municipal works yard; the "
        "seven recommendations are unnumbered paragraphs with BOLD LEAD-INS under '5 Aanbevelingen' (expected 1-7 in "
        "reading order; starts_with includes the lead-in). Traps: the soil rules paraphrased with 'moet', the 2019 "
        "recommendation quoted as an imperative (carried out), conclusions with bold lead-ins in exactly the same "
        "style, a ruled analysis table, 'Wij adviseren niet om de volledige bovengrond ... te ontgraven'. Response: "
        "the college's RAADSINFORMATIEBRIEF quoting each lead-in as an italic sub-head, in the order 2, 1, 5, 3+4, "
        "7, excavation: 2 agrees, 1 agrees, 5 agrees, ONE paragraph 3 partly (one extra well, one round) + 4 "
        "disagrees (no cover layer), 7 noted (the allotments are the association's; passed on), 'Geen algehele "
        "ontgraving' answers the 'we do not advise' sentence (unmatched). 6 (inform the residents) is never "
        "answered; introduction and 'Financiën en planning' answer nothing.")
    print("written", NAME)

"""Round 125 (nl): the ADVIES of a Flemish city's SENIORENADVIESRAAD on the draft local mobility plan; its seven
recommendations are a NUMBERED LIST 1.-7. set in TWO COLUMNS (1-4 left, 5-7 right) under a grey band 'ONS ADVIES
IN ZEVEN PUNTEN' at the end; answered by the college van burgemeester en schepenen's 'ANTWOORD OP ADVIES' FICHE:
a field grid, then per point a block 'Adviespunt N' with a row of TICK-BOXES (gevolgd / deels gevolgd / niet gevolgd
/ kennisname, one ticked) and a 'Motivering' paragraph, in the order 1, 2, 4, 3, 7, 6, and a block 'Algemene
bemerkingen van het college'.

Advice (reportlab, sans, 2 p., plum rule, running head from p. 2, 'p. n/m'): the Decreet over het lokaal bestuur
paraphrased with 'moet' (trap), a numbered list 1.-4. of bottlenecks from the survey (findings, trap), a survey
figures table (trap), the council's 2022 advice quoted as an imperative (trap), a closing line naming 'de punten 2 en
5' (trap). Response (reportlab, 2 p.): field grid and introduction (nothing); blocks 1, 2, 4, 3, 7, 6; general
remarks (nothing); 5 never answered. Verdicts: 1 agrees, 2 partly, 3 agrees, 4 disagrees, 5 unanswered, 6 noted,
7 agrees. All bodies, places, people, figures and reference numbers invented; the Decreet over het lokaal bestuur is
named as context only.

Run: /tmp/blind125nl/bin/python tests/docs/src/blind125/gen_nl_seniorenraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b125nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind125_nl_seniorenraad"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

PLUM = colors.HexColor("#6b2d5c")
PALE = colors.HexColor("#efe6ee")
BAND = colors.HexColor("#e4e4e4")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.6, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=0.5 * mm, bulletFontName="S-B",
                      spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=17, leading=21, textColor=PLUM)
SUB = ParagraphStyle("s", fontName="S", fontSize=10.5, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=PLUM, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.8, leading=13, spaceBefore=7, spaceAfter=2, keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.4, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
BANDP = ParagraphStyle("band", fontName="S-B", fontSize=10, leading=13, textColor=colors.HexColor("#333333"))


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(PLUM)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b125_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b125_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def rule():
    r = Table([[""]], colWidths=[166 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PLUM)]))
    return r


def item(n, text, style=ITEM):
    return Paragraph(text, style, bulletText=f"{n}.")


REC = [
    "Voorzie op alle hoofdassen om de 150 meter een zitbank met rugleuning en armsteunen, te beginnen langs de "
    "looproutes naar het woonzorgcentrum, het dienstencentrum en de markt.",
    "Verleng de groentijd voor voetgangers aan de zes verkeerslichten in het centrum zodat ook wie trager stapt "
    "de overkant haalt, en voorzie een drukknop met een langere groenfase.",
    "Behoud de bushalte aan de Sint-Jorisplaats, die volgens het ontwerpplan verdwijnt, of voorzie een nieuwe halte "
    "op hoogstens 200 meter.",
    "Breid de Belbus uit naar de avonden en de zaterdag, zodat senioren zonder auto ook naar familie of een "
    "activiteit kunnen.",
    "Maak in het centrum en rond de Leiemarkt elk jaar een lijst van losliggende tegels en boomwortels en herstel die "
    "binnen drie maanden.",
    "Onderzoek samen met De Lijn of de lijnen 41 en 43 opnieuw over de Vaartstraat kunnen rijden.",
    "Betrek de seniorenadviesraad bij de inrichting van de schoolstraten en de fietsstraten voor de plannen in "
    "openbaar onderzoek gaan.",
]


def advice_story():
    P = Paragraph
    figs = Table([[P(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate([
        ["Bevraging bij 412 senioren (najaar 2025)", "aantal", "aandeel"],
        ["Voelt zich onveilig bij het oversteken in het centrum", "231", "56%"],
        ["Struikelde in het voorbije jaar over een losse tegel", "74", "18%"],
        ["Heeft geen auto en geen rijbewijs meer", "158", "38%"],
        ["Gebruikt de Belbus minstens maandelijks", "96", "23%"],
        ["Vindt te weinig rustpunten op de weg naar de markt", "268", "65%"]])],
        colWidths=[110 * mm, 22 * mm, 22 * mm])
    figs.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                              ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c7a9c0")),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    left = [item(i + 1, REC[i]) for i in range(4)]
    right = [item(i + 1, REC[i]) for i in range(4, 7)]
    cols = Table([[left, right]], colWidths=[82 * mm, 84 * mm])
    cols.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (0, 0), 5 * mm), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    band = Table([[P("ONS ADVIES IN ZEVEN PUNTEN", BANDP)]], colWidths=[166 * mm])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BAND), ("TOPPADDING", (0, 0), (-1, -1), 4),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [
        P("SENIORENADVIESRAAD WERVELDE", SMALL), Spacer(1, 3), rule(), Spacer(1, 8),
        P("Veilig en comfortabel op weg, ook na je zeventigste", TITLE),
        P("Advies van de seniorenadviesraad over het ontwerp van het lokaal mobiliteitsplan 2026-2032", SUB),
        Spacer(1, 3),
        P("Advies SAR/2026/04 - goedgekeurd op de algemene vergadering van 9 maart 2026 - aan het college van "
          "burgemeester en schepenen van Wervelde", SMALL),
        Spacer(1, 6),
        P("1. Waarom dit advies", H2),
        P("Op 12 januari 2026 vroeg het college ons advies over het ontwerp van het lokaal mobiliteitsplan. Het "
          "Decreet over het lokaal bestuur bepaalt dat het bestuur zijn adviesraden tijdig moet betrekken bij "
          "beleid dat hen aanbelangt, en dat het binnen een redelijke termijn moet laten weten wat het met een "
          "advies doet. Wij danken het college voor de vraag en voor de toelichting die de mobiliteitsambtenaar "
          "op onze vergadering van 2 februari gaf.", BODY),
        P("Een op vier inwoners van Wervelde is ouder dan 65. Voor hen is stappen de belangrijkste manier om zich te "
          "verplaatsen, gevolgd door de bus en de fiets. Het ontwerpplan kiest terecht voor de voetganger en de "
          "fietser. Toch missen wij de blik van wie trager stapt, met een rollator of een wandelstok op pad gaat of "
          "niet meer met de auto rijdt.", BODY),
        P("2. Wat senioren ons vertelden", H2),
        P("In het najaar van 2025 vulden 412 senioren onze bevraging in, op papier in de dienstencentra of "
          "digitaal. Wij hielden daarnaast twee wandelingen door het centrum met een twintigtal deelnemers.", BODY),
        figs, Spacer(1, 5),
        P("Uit de antwoorden en de wandelingen komen vier knelpunten naar voren:", BODY),
        item(1, "Oversteken in het centrum is stresserend: het licht springt op rood voor men halfweg is."),
        item(2, "Er zijn te weinig plaatsen om even te rusten, vooral op de weg naar de markt."),
        item(3, "Losse tegels en opstaande boomwortels doen mensen vallen; een val betekent vaak het einde van "
                "het zelfstandig wonen."),
        item(4, "Wie geen auto heeft, raakt 's avonds en in het weekend moeilijk waar hij wil zijn."),
        P("3. Onze lezing van het ontwerpplan", H2),
        P("Het ontwerpplan wil het centrum autoluw maken en de buslijnen bundelen op de ring. De raad steunt het "
          "autoluwe centrum. Minder auto's maken het centrum rustiger en veiliger voor wie te voet gaat. Wel "
          "vergroot het bundelen van de buslijnen de afstand tot de halte voor wie in de oude stadskern woont. "
          "Volgens het ontwerpplan verdwijnt de halte aan de Sint-Jorisplaats, de enige halte op wandelafstand "
          "van het woonzorgcentrum Ter Beke.", BODY),
        P("In 2022 adviseerde de raad al over het parkeerbeleid. Wij schreven toen: 'Voorzie voldoende "
          "parkeerplaatsen voor mensen met een handicap dicht bij de ingang van het stadhuis.' Dat advies werd "
          "gevolgd; er liggen nu vier zulke plaatsen aan de Markt.", QUOTE),
        P("De raad stelt vast dat het ontwerpplan over de Belbus niets zegt. Die rijdt nu op weekdagen tussen 8 en "
          "18 uur. Ook over het onderhoud van voetpaden zwijgt het plan; dat valt onder het meerjarenplan voor "
          "wegen, maar het hoort bij een goed mobiliteitsbeleid.", BODY),
        KeepTogether([band, Spacer(1, 6),
                      P("De seniorenadviesraad vraagt het college om het ontwerpplan op de volgende punten aan te "
                        "vullen of bij te sturen:", BODY),
                      cols]),
        P("4. Tot slot", H2),
        P("De raad vraagt het college om binnen de termijn van het huishoudelijk reglement te antwoorden, en in het "
          "bijzonder te melden wat het met de punten 2 en 5 doet, omdat die over de veiligheid gaan. Wij komen "
          "graag toelichten op de commissie Mobiliteit.", BODY),
        P("Voor de seniorenadviesraad,<br/>Godelieve Vanhaecke, voorzitter<br/>Marc De Wulf, secretaris", BODY),
    ]


def box(label, ticked):
    opts = ["gevolgd", "deels gevolgd", "niet gevolgd", "kennisname"]
    return "   ".join(("\u2612 " if o == ticked else "\u2610 ") + o for o in opts)


def block(num, ticked, text):
    P = Paragraph
    t = Table([[P(f"Adviespunt {num}", CELLB), P(box(num, ticked), CELL)],
               [P("Motivering", CELLB), P(text, CELL)]], colWidths=[30 * mm, 136 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#b894b0")),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.HexColor("#b894b0")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return KeepTogether([t, Spacer(1, 6)])


def response_story():
    P = Paragraph
    grid = Table([[P(a, CELLB), P(b, CELL)] for a, b in [
        ["Adviesraad", "Seniorenadviesraad Wervelde"],
        ["Advies", "SAR/2026/04 - ontwerp lokaal mobiliteitsplan 2026-2032"],
        ["Datum advies", "9 maart 2026"],
        ["Besproken in college", "21 april 2026 (punt 37)"],
        ["Dossierbeheerder", "dienst Mobiliteit, Kaatje Verstraete, 056 71 22 40"],
    ]], colWidths=[38 * mm, 128 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b894b0")),
                              ("BACKGROUND", (0, 0), (0, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [
        P("STAD WERVELDE - COLLEGE VAN BURGEMEESTER EN SCHEPENEN", SMALL), Spacer(1, 3), rule(), Spacer(1, 8),
        P("Antwoord op advies", TITLE),
        Spacer(1, 4), grid, Spacer(1, 8),
        P("Het college bedankt de seniorenadviesraad voor het grondige advies en voor de bevraging, die ook voor "
          "andere diensten bruikbaar is. Hieronder leest u per adviespunt ons standpunt. Het aangepaste "
          "mobiliteitsplan gaat in juni 2026 naar de gemeenteraad.", BODY),
        Spacer(1, 3),
        block(1, "gevolgd", "Wij plaatsen in 2026 en 2027 in totaal 38 nieuwe banken met rugleuning en "
                            "armsteunen. De routes naar Ter Beke, het dienstencentrum en de markt krijgen voorrang; "
                            "de dienst Mobiliteit legt het plan voor de zomer aan u voor."),
        block(2, "deels gevolgd", "De verkeerslichten aan de Grote Markt en de Kortrijksestraat krijgen dit jaar "
                                  "een langere groenfase voor voetgangers. Voor de vier lichten op gewestwegen "
                                  "beslist het Agentschap Wegen en Verkeer; het agentschap wil daar enkel een "
                                  "drukknop plaatsen, zonder langere groentijd."),
        block(4, "niet gevolgd", "Een uitbreiding van de Belbus naar de avonden en de zaterdag kost volgens onze "
                                 "raming 86.000 euro per jaar. Daarvoor is in het meerjarenplan geen ruimte. Wij "
                                 "verwijzen naar het aanbod van de Minder Mobielen Centrale."),
        block(3, "gevolgd", "De halte aan de Sint-Jorisplaats blijft behouden. Wij hebben het ontwerpplan op dit "
                            "punt aangepast en de vervoerregio daarvan op de hoogte gebracht."),
        block(7, "gevolgd", "De dienst Mobiliteit nodigt de raad uit voor een werksessie telkens wanneer een "
                            "schoolstraat of fietsstraat wordt ontworpen, nog voor het openbaar onderzoek."),
        block(6, "kennisname", "Het college neemt kennis van dit voorstel. De lijnvoering is een bevoegdheid van "
                               "de vervoerregio; wij zullen de vraag daar bij de volgende evaluatie "
                               "aankaarten, zonder te kunnen beloven dat de lijnen terugkeren."),
        P("Algemene bemerkingen van het college", H3),
        P("In het ontwerpplan stond op pagina 27 een verkeerd cijfer voor het aantal senioren zonder auto; dat is "
          "intussen rechtgezet. Het college stelt voor om de seniorenadviesraad elk jaar in het najaar uit te "
          "nodigen voor een stand van zaken van het mobiliteitsplan.", BODY),
        P("Namens het college,<br/>Sofie Claeys, algemeen directeur<br/>Bart Lefevere, burgemeester", BODY),
    ]


def expected():
    recs = [
        (1, "Voorzie op alle hoofdassen om de 150 meter een zitbank",
         "plaatsen in 2026 en 2027 in totaal 38 nieuwe banken", "agrees"),
        (2, "Verleng de groentijd voor voetgangers aan de zes verkeerslichten",
         "het agentschap wil daar enkel een drukknop plaatsen", "partly"),
        (3, "Behoud de bushalte aan de Sint-Jorisplaats, die volgens het ontwerpplan verdwijnt",
         "Wij hebben het ontwerpplan op dit punt aangepast", "agrees"),
        (4, "Breid de Belbus uit naar de avonden en de zaterdag",
         "Daarvoor is in het meerjarenplan geen ruimte", "disagrees"),
        (5, "Maak in het centrum en rond de Leiemarkt elk jaar", None, "unanswered"),
        (6, "Onderzoek samen met De Lijn of de lijnen 41 en 43",
         "zonder te kunnen beloven dat de lijnen terugkeren", "noted"),
        (7, "Betrek de seniorenadviesraad bij de inrichting van de schoolstraten",
         "nodigt de raad uit voor een werksessie telkens wanneer", "agrees"),
    ]
    unmatched = ["bedankt de seniorenadviesraad voor het grondige advies",
                 "stond op pagina 27 een verkeerd cijfer"]
    notes = ("Advice: a Flemish city's seniorenadviesraad on the draft local mobility plan (reportlab, 2 p.); the "
             "seven recommendations are a NUMBERED LIST 1.-7. of imperatives set in TWO COLUMNS (1-4 left, 5-7 "
             "right) under a grey band 'ONS ADVIES IN ZEVEN PUNTEN' near the end. Traps: the Decreet over het "
             "lokaal bestuur paraphrased with 'moet', a survey figures table, a numbered list 1.-4. of bottlenecks "
             "(findings), the 2022 advice quoted as an imperative ('Voorzie voldoende parkeerplaatsen'), 'De raad "
             "stelt vast' findings, a closing line naming 'de punten 2 en 5'. Response: the college's 'Antwoord op "
             "advies' fiche: a field grid and an introduction (nothing), then per point a ruled block 'Adviespunt "
             "N' with tick-boxes (gevolgd / deels gevolgd / niet gevolgd / kennisname, one ticked) and a "
             "'Motivering', in the order 1, 2, 4, 3, 7, 6: 1 agrees (38 benches in 2026-2027), 2 partly (longer "
             "green at two lights; the regional road agency only adds push buttons at the other four), 4 disagrees "
             "(no room in the budget), 3 agrees (stop kept, plan changed), 7 agrees (workshop for every school or "
             "cycle street), 6 noted (passed to the transport region, nothing promised); 'Algemene bemerkingen "
             "van het college' (a corrected figure, a yearly update) answers nothing; 5 (yearly list and repair of "
             "loose paving) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Seniorenadviesraad Wervelde - advies SAR/2026/04 - ontwerp lokaal "
          "mobiliteitsplan", "Advies ontwerp lokaal mobiliteitsplan", "p. {n}/{m}", "Seniorenadviesraad Wervelde")
    build(response_story, NAME + "_response.pdf", "Stad Wervelde - antwoord op advies SAR/2026/04",
          "Antwoord op advies SAR/2026/04", "{n}", "Stad Wervelde")
    expected()

"""Round 123 (nl): the ADVIES of the PROGRAMMARAAD of a lokale publieke omroep (the body the Mediawet requires to
watch over the programme policy) on the omroep's concept-PROGRAMMABELEIDSPLAN 2027-2030; its seven recommendations
are the NUMBERED SUB-SECTIONS 5.1-5.7 of chapter 5, each a short title heading followed by a paragraph that opens
'De programmaraad adviseert ...', the whole chapter on page 2; answered by the omroep's BESTUUR in a letter whose
replies stand under BOLD SIDE-HEADINGS that repeat the advice's TITLES in other words, WITHOUT numbers, in another
order.

Advice (reportlab, serif body, sans headings, 2 p., plum rule, running head from p. 2, 'pagina n van m'): the Mediawet
paraphrased with 'moet' (trap), a reach table (trap), '3 Wat wij hoorden' 3.1-3.3 (findings numbered like the
recommendations, trap), the 2023 advice quoted as an imperative (trap), a closing line naming '5.2 en 5.6' (trap).
Response (reportlab, 2 p., letter): opening (nothing); replies in the order 5.2, 5.1, 5.4, 5.3, 5.6, 5.5; a section
on the omroep's finances and the closing (nothing); 5.7 never answered. Verdicts: 1 agrees, 2 agrees, 3 partly,
4 agrees, 5 disagrees, 6 noted, 7 unanswered. All bodies, places, people, figures and reference numbers invented;
the Mediawet 2008 is named as context only.

Run: /tmp/blind123nl/bin/python tests/docs/src/blind123/gen_nl_programmaraad_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b123nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind123_nl_programmaraad"
FS = B.tmp_fonts()
FR = B.tmp_fonts(family="B123NL Serif", files=B.SERIF_FILES)
for fam, paths in (("S", FS), ("R", FR)):
    for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
        pdfmetrics.registerFont(TTFont(fam + suf, paths[key]))
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

PLUM = colors.HexColor("#6a2c5b")
PALE = colors.HexColor("#f3e9f1")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="R", fontSize=9.6, leading=13.8, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=17, leading=21, textColor=PLUM)
SUB = ParagraphStyle("s", fontName="S", fontSize=10, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=PLUM, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.8, leading=13, spaceBefore=5, spaceAfter=2, keepWithNext=True)
SIDE = ParagraphStyle("side", fontName="S-B", fontSize=9.6, leading=13, spaceBefore=6, spaceAfter=1,
                      keepWithNext=True, textColor=PLUM)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(23 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(PLUM)
            canv.setLineWidth(0.5)
            canv.line(23 * mm, A4[1] - 13.5 * mm, A4[0] - 23 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 23 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b123_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=23 * mm, rightMargin=23 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b123_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def rule():
    r = Table([[""]], colWidths=[164 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PLUM)]))
    return r


def advice_story():
    P = Paragraph
    reach = Table([[P(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate([
        ["Kanaal", "Bereik per week 2024", "Bereik per week 2025"],
        ["Radio Haverland (FM en online)", "14.200", "12.900"],
        ["Haverland TV (kabel)", "9.800", "8.100"],
        ["Website en app", "21.500", "26.300"],
        ["Sociale media (unieke accounts)", "17.000", "23.800"]])], colWidths=[80 * mm, 40 * mm, 40 * mm])
    reach.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9a9c1")),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return [
        P("STICHTING OMROEP HAVERLAND - PROGRAMMARAAD", SMALL), Spacer(1, 3), rule(), Spacer(1, 7),
        P("Advies over het concept-programmabeleidsplan 2027-2030", TITLE),
        P("Lokaal nieuws, lokale stemmen: wat de programmaraad vindt van de plannen van Omroep Haverland", SUB),
        Spacer(1, 3),
        P("Aan het bestuur van Stichting Omroep Haverland - kenmerk PR-2026/03 - vastgesteld in de vergadering van "
          "22 april 2026", SMALL),
        Spacer(1, 5),
        P("1 Inleiding", H2),
        P("Het bestuur van Omroep Haverland vroeg de programmaraad op 4 maart 2026 om advies over het "
          "concept-programmabeleidsplan 2027-2030. De Mediawet bepaalt dat een lokale publieke omroep een "
          "programmaraad moet hebben die representatief is voor de belangrijkste maatschappelijke, culturele, "
          "godsdienstige en geestelijke stromingen in de gemeente. De programmaraad stelt het programmabeleid vast "
          "op voorstel van het bestuur; het bestuur moet het plan dus aan ons voorleggen voordat het wordt "
          "vastgesteld. In dit advies geven wij eerst ons beeld van de huidige programmering en daarna onze "
          "aanbevelingen.", BODY),
        P("De programmaraad bestaat uit elf leden, onder wie vertegenwoordigers van de sportverenigingen, de "
          "kerken, de bibliotheek, de ondernemersvereniging, de Stichting Vrienden van het Dorpshuis en het "
          "jongerenwerk. Voor dit advies hielden wij ook een open avond in het Dorpshuis van Oosterbroek, waar 46 "
          "inwoners op af kwamen.", BODY),
        P("2 De omroep in cijfers", H2),
        reach, Spacer(1, 4),
        P("Het bereik van radio en televisie daalt, dat van de website, de app en de sociale media stijgt snel. "
          "Het concept-plan trekt daar terecht de conclusie uit dat de omroep meer online moet gaan doen. Wij "
          "steunen die richting.", BODY),
        P("3 Wat wij hoorden", H2),
        P("3.1 Nieuws uit de kleine kernen", H3),
        P("Inwoners van Oosterbroek, Helvoort en Lage Mierde vinden dat hun dorpen alleen in het nieuws komen als er "
          "iets misgaat. Van de 212 nieuwsberichten op de website in januari en februari 2026 gingen er 19 over een "
          "van de drie kleine kernen.", BODY),
        P("3.2 Jongeren", H3),
        P("Jongeren tussen 15 en 25 jaar kennen de omroep vooral van filmpjes over de lokale voetbalclubs. Bijna "
          "niemand van hen luistert naar de radio.", BODY),
        P("3.3 De gemeenteraad", H3),
        P("De uitzendingen van de gemeenteraad worden gewaardeerd, maar de beelden zijn na afloop moeilijk terug te "
          "vinden. Dat is een punt dat wij ook in ons advies van 2023 al noemden; wij schreven toen: 'Zet de "
          "raadsvergaderingen binnen een week volledig online.' Dat is inmiddels gebeurd.", BODY),
        P("4 Algemeen oordeel", H2),
        P("De programmaraad is positief over het concept-plan. Het is helder geschreven en kiest voor lokaal nieuws "
          "als kern. Wij missen wel een paar keuzes die nodig zijn om de omroep ook over vier jaar relevant te "
          "houden. Die werken wij hieronder uit.", BODY),
        P("5 Aanbevelingen", H2),
        P("5.1 Nieuws in het weekend", H3),
        P("De programmaraad adviseert om ook op zaterdag en zondag een korte nieuwsuitzending op radio en website "
          "te brengen. Juist in het weekend gebeurt er veel in het verenigingsleven, terwijl de nieuwsdienst dan "
          "stil ligt.", BODY),
        P("5.2 Een vaste correspondent per kern", H3),
        P("De programmaraad adviseert om voor elk van de drie kleine kernen een vaste vrijwillige correspondent "
          "aan te stellen, met een eigen budget voor reiskosten en een korte journalistieke training. Zo komt er "
          "ook nieuws uit de dorpen dat geen slecht nieuws is.", BODY),
        P("5.3 Jongeren maken zelf programma", H3),
        P("De programmaraad adviseert om een jongerenredactie op te richten die wekelijks eigen video's maakt voor "
          "de sociale media van de omroep, begeleid door een betaalde kracht van minstens acht uur per week.", BODY),
        P("5.4 Ondertiteling", H3),
        P("De programmaraad adviseert om alle televisie-uitzendingen en video's op de website vanaf 2027 te "
          "ondertitelen. Voor doven en slechthorenden, maar ook voor de vele kijkers die video's zonder geluid "
          "bekijken, is dat een grote verbetering.", BODY),
        P("5.5 Geen betaalde berichten in het nieuws", H3),
        P("De programmaraad adviseert om de rubriek 'Ondernemer in beeld' niet langer in de nieuwsuitzending op te "
          "nemen, maar in een apart en herkenbaar blok. Ook als de ondernemer niet voor de uitzending betaalt, "
          "wekt de plaats in het nieuws de indruk dat het om nieuws gaat. De Mediawet verbiedt sluikreclame, en "
          "ook de schijn daarvan moet de omroep volgens ons vermijden. Wij zijn ons ervan bewust dat de rubriek "
          "adverteerders trekt en daarmee bijdraagt aan de begroting.", BODY),
        P("5.6 Samenwerking met de bibliotheek", H3),
        P("De programmaraad adviseert om met de bibliotheek Haverland een gezamenlijke studio in het nieuwe "
          "cultuurhuis te onderzoeken, zodat inwoners daar zelf podcasts kunnen opnemen.", BODY),
        P("5.7 Verantwoording aan de inwoners", H3),
        P("De programmaraad adviseert om elk jaar in het voorjaar een openbare avond te houden waar het bestuur en de "
          "hoofdredacteur verantwoording afleggen over de programmering van het afgelopen jaar.", BODY),
        P("6 Tot slot", H2),
        P("De programmaraad vraagt het bestuur vooral aandacht voor de aanbevelingen 5.2 en 5.6. Wij zien uw reactie "
          "graag binnen acht weken tegemoet en lichten dit advies desgewenst mondeling toe.", BODY),
        P("Namens de programmaraad,<br/>Gerdien Oostvogel, voorzitter<br/>Rachid Amrani, secretaris", BODY),
    ]


def response_story():
    P = Paragraph
    return [
        P("STICHTING OMROEP HAVERLAND - BESTUUR", SMALL), Spacer(1, 3), rule(), Spacer(1, 8),
        P("Programmaraad Omroep Haverland<br/>t.a.v. mevrouw G. Oostvogel, voorzitter<br/>Molenstraat 12<br/>"
          "5091 KV Oosterbroek", BODY),
        Spacer(1, 6),
        P("Oosterbroek, 9 juni 2026<br/>Ons kenmerk: BST-2026-041<br/>Uw kenmerk: PR-2026/03", SMALL),
        Spacer(1, 6),
        P("<b>Onderwerp: reactie op uw advies over het programmabeleidsplan 2027-2030</b>", BODY),
        Spacer(1, 3),
        P("Beste Gerdien, beste leden van de programmaraad,", BODY),
        P("Hartelijk dank voor uw advies en voor de open avond in Oosterbroek, die ook voor onze redactie veel "
          "opleverde. Het bestuur heeft het advies op 2 juni met de hoofdredacteur besproken. Hieronder leest u per "
          "onderwerp wat wij ermee doen. Het aangepaste plan leggen wij in uw vergadering van september ter "
          "vaststelling aan u voor.", BODY),
        P("Correspondenten in de dorpen", SIDE),
        P("Wij nemen dit graag over. In het najaar werven wij drie vrijwillige dorpscorrespondenten, voor Oosterbroek, "
          "Helvoort en Lage Mierde. Zij krijgen een reiskostenvergoeding en volgen in januari 2027 een training bij "
          "de Streekacademie Media.", BODY),
        P("Nieuws op zaterdag en zondag", SIDE),
        P("Ook hier volgen wij u. Vanaf 1 januari 2027 brengt de nieuwsdienst op zaterdag en zondag om 12.00 uur een "
          "nieuwsbulletin van vijf minuten, dat ook als tekst op de website verschijnt. De weekenddiensten worden "
          "bemand door de redactie en twee stagiairs.", BODY),
        P("Ondertiteling van video", SIDE),
        P("Akkoord. Wij schaffen dit jaar software voor automatische ondertiteling aan en laten de teksten door een "
          "redacteur controleren. Vanaf het begin van 2027 is elke uitzending ondertiteld.", BODY),
        P("Een jongerenredactie", SIDE),
        P("Wij delen uw wens om jongeren een eigen plek te geven. Een jongerenredactie start in september als "
          "proef met vijf jongeren van het Helvoort College. Een betaalde begeleider voor acht uur per week past "
          "echter niet in onze begroting; de begeleiding komt in handen van een ervaren vrijwilliger van de "
          "redactie.", BODY),
        P("Een studio samen met de bibliotheek", SIDE),
        P("Het idee van een podcaststudio spreekt ons aan. Het nieuwe cultuurhuis opent pas in 2029 en de indeling "
          "is nog niet bekend. Wij nemen het voorstel mee in de gesprekken met de bibliotheek en de gemeente, maar "
          "kunnen nu nog niets toezeggen.", BODY),
        P("'Ondernemer in beeld'", SIDE),
        P("Hier komen wij tot een andere afweging. De rubriek is geen reclame: ondernemers betalen er niet voor, "
          "en de redactie kiest zelf wie zij bezoekt. Wij zien daarom geen reden om de rubriek uit het "
          "nieuwsprogramma te halen. Wel vermelden wij voortaan bij elke aflevering dat de redactie de keuze "
          "maakt.", BODY),
        P("De financiën van de omroep", SIDE),
        P("Zoals u weet, ontvangt de omroep in 2026 een gemeentelijke bijdrage van 148.000 euro, tegen 139.000 euro "
          "in 2025. Daarnaast verwachten wij 31.000 euro aan reclame-inkomsten. Met deze middelen kunnen wij de "
          "hierboven genoemde plannen uitvoeren; voor nieuwe uitgaven is weinig ruimte.", BODY),
        P("Tot slot", SIDE),
        P("Wij danken u nogmaals voor uw betrokkenheid. De hoofdredacteur komt graag naar uw volgende vergadering om "
          "de plannen toe te lichten.", BODY),
        P("Met vriendelijke groet,<br/>namens het bestuur van Stichting Omroep Haverland,<br/>Marco Dijkhuizen, "
          "voorzitter", BODY),
    ]


def expected():
    recs = [
        (1, "De programmaraad adviseert om ook op zaterdag en zondag",
         "brengt de nieuwsdienst op zaterdag en zondag om 12.00 uur", "agrees"),
        (2, "De programmaraad adviseert om voor elk van de drie kleine kernen",
         "werven wij drie vrijwillige dorpscorrespondenten", "agrees"),
        (3, "De programmaraad adviseert om een jongerenredactie op te richten",
         "Een betaalde begeleider voor acht uur per week past echter niet", "partly"),
        (4, "De programmaraad adviseert om alle televisie-uitzendingen en video's op de website",
         "schaffen dit jaar software voor automatische ondertiteling aan", "agrees"),
        (5, "De programmaraad adviseert om de rubriek 'Ondernemer in beeld'",
         "zien daarom geen reden om de rubriek uit het nieuwsprogramma", "disagrees"),
        (6, "De programmaraad adviseert om met de bibliotheek Haverland een gezamenlijke studio",
         "kunnen nu nog niets toezeggen", "noted"),
        (7, "De programmaraad adviseert om elk jaar in het voorjaar een openbare avond", None, "unanswered"),
    ]
    unmatched = ["Het bestuur heeft het advies op 2 juni met de hoofdredacteur besproken",
                 "ontvangt de omroep in 2026 een gemeentelijke bijdrage van 148.000 euro",
                 "De hoofdredacteur komt graag naar uw volgende vergadering"]
    notes = ("Advice: the programmaraad of a lokale publieke omroep on the concept-programmabeleidsplan 2027-2030 "
             "(reportlab, 2 p., serif body); the seven recommendations are the NUMBERED SUB-SECTIONS 5.1-5.7 of "
             "chapter 5 'Aanbevelingen', each a short title heading over a paragraph opening 'De programmaraad "
             "adviseert om ...'; 5.5 adds a sentence with 'moet' about the Mediawet. Traps: the Mediawet paraphrased with 'moet', a "
             "reach table, '3 Wat wij hoorden' with sub-sections 3.1-3.3 (findings numbered like the "
             "recommendations), the 2023 advice quoted as an imperative, '4 Algemeen oordeel', a closing line naming "
             "'de aanbevelingen 5.2 en 5.6'. Response: the omroep's bestuur in a letter whose replies stand under "
             "BOLD SIDE-HEADINGS that rephrase the advice's titles, NO numbers, order 5.2, 5.1, 5.4, 5.3, 5.6, 5.5: "
             "correspondents = 2 agrees (three volunteers, training January 2027); weekend news = 1 agrees (from 1 "
             "January 2027); subtitles = 4 agrees ('Akkoord'); youth desk = 3 partly (pilot yes, paid coach for eight "
             "hours no); studio = 6 noted (cultuurhuis opens 2029, taken into talks, nothing promised); 'Ondernemer "
             "in beeld' = 5 disagrees ('zien daarom geen reden', only a line saying the editors choose); the opening, "
             "'De financiën van de omroep' (figures) and 'Tot slot' answer nothing; 5.7 (yearly public evening) "
             "never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Programmaraad Omroep Haverland - advies programmabeleidsplan "
          "2027-2030 - PR-2026/03", "Advies programmaraad Omroep Haverland", "pagina {n} van {m}",
          "Programmaraad Omroep Haverland")
    build(response_story, NAME + "_response.pdf", "Stichting Omroep Haverland - reactie bestuur - BST-2026-041",
          "Reactie op advies programmaraad", "{n}/{m}", "Stichting Omroep Haverland")
    expected()

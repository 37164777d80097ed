"""Round 106 (nl): the ADVIES of the Adviesgroep Routes of a recreatieschap on the herziening of the
wandelknooppuntennetwerk, answered by the BESLUITENLIJST of the Dagelijks Bestuur.

Advice (reportlab, serif, green rule and running head from p. 2, 'blz. n'): a network table, findings as numbered
paragraphs 4.1-4.4 (Wegenverkeerswet / art. 461 Sr 'moet', the 2020 advice quoted with 'moet'), then the
recommendations as the PARAGRAPH NUMBERS 5.1-5.7 of section '5 Aanbevelingen'. Response: besluitenlijst with
agendapunten; point 3 cites the numbers, order 5.4, 5.1+5.6, 5.7, 5.2, 5.3; 5.5 unanswered. All invented.

Run: /tmp/blind106nl/bin/python tests/docs/src/blind106/gen_nl_wandelnetwerk_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b106nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind106_nl_wandelnetwerk"
F = B.tmp_fonts("B106NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
GREEN = colors.HexColor("#2f6b3a")
P = ParagraphStyle("p", fontName="R", fontSize=10, leading=14, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="RB", fontSize=12, textColor=GREEN, spaceBefore=8)
T = ParagraphStyle("t", parent=P, fontName="RB", fontSize=17, leading=21, textColor=GREEN)
N = ParagraphStyle("n", parent=P, leftIndent=28, firstLineIndent=-28)
S = ParagraphStyle("s", parent=P, fontSize=8.5, leading=11)


def deco(head, footer_fmt):
    def draw(c, doc):
        c.saveState()
        c.setFillColor(colors.grey)
        c.setFont("RI", 8)
        if doc.page > 1:
            c.drawString(60, 810, head)
            c.setStrokeColor(GREEN)
            c.line(60, 805, 535, 805)
        c.setFont("R", 8)
        c.drawRightString(535, 30, footer_fmt.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdf, story, head, footer_fmt="blz. {n}"):
    d = SimpleDocTemplate(B.out(pdf), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=55)
    f = deco(head, footer_fmt)
    d.build(story, onFirstPage=f, onLaterPages=f)


def n(num, text):
    return Paragraph(f"{num}\u2003{text}".replace("\u2003", "&nbsp;" * 0 + "  "), N)


adv = [Paragraph("Recreatieschap Vechtdal-Oost", ParagraphStyle("k", parent=P, fontName="RB", textColor=GREEN)),
       Paragraph("Advies herziening wandelknooppuntennetwerk", T),
       Paragraph("Adviesgroep Routes | advies AGR-2026-03 | vastgesteld in de vergadering van 22 september 2026", S),
       Spacer(1, 8),
       Paragraph("1 Aanleiding", H),
       Paragraph("Het Dagelijks Bestuur (DB) van het recreatieschap heeft de Adviesgroep Routes op 12 mei 2026 "
                 "gevraagd advies uit te brengen over de herziening van het wandelknooppuntennetwerk, die in 2027 "
                 "moet worden uitgevoerd. De adviesgroep bestaat uit vertegenwoordigers van de wandelsportbond, "
                 "de natuurbeheerders, de agrarische natuurvereniging, de ondernemersvereniging en twee "
                 "vrijwillige routeschouwers. Op grond van artikel 9 van de gemeenschappelijke regeling brengt zij "
                 "gevraagd en ongevraagd advies uit aan het bestuur.", P),
       Paragraph("2 Het netwerk in cijfers", H),
       Table([["", "2020", "2026"], ["Knooppunten", "97", "112"], ["Lengte paden (km)", "386", "431"],
              ["Paaltjes en borden", "1.240", "1.415"], ["Meldingen van gebreken", "38", "126"],
              ["Actieve routeschouwers", "31", "19"]], colWidths=(200, 80, 80),
             style=TableStyle([("FONT", (0, 0), (-1, -1), "R", 9), ("FONT", (0, 0), (-1, 0), "RB", 9),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREEN), ("LINEBELOW", (0, -1), (-1, -1), 0.6,
                                                                               GREEN),
                               ("ALIGN", (1, 0), (-1, -1), "RIGHT")])),
       Spacer(1, 8),
       Paragraph("3 Werkwijze", H),
       Paragraph("De adviesgroep heeft in juni en juli 2026 alle 112 knooppunten bezocht, de meldingen van de "
                 "afgelopen drie jaar geanalyseerd en gesproken met de drie landgoedeigenaren over wier grond het "
                 "netwerk loopt. Daarnaast zijn 214 wandelaars op vier startpunten ondervraagd. Het netwerk wordt "
                 "goed gewaardeerd: wandelaars geven het gemiddeld een 7,6. Zij waarderen vooral de afwisseling "
                 "tussen bos, heide en de uiterwaarden van de Regge. Kritiek is er op de leesbaarheid van de "
                 "bordjes, de oversteek van de provinciale weg en de informatie bij de startpunten.", P),
       Paragraph("4 Bevindingen", H),
       n("4.1", "Op ruim een derde van de paaltjes langs de Regge zijn de knooppuntnummers door zonlicht zo "
                "verbleekt dat zij op een afstand van vijf meter niet meer leesbaar zijn."),
       n("4.2", "Het traject tussen knooppunt 34 en 37 steekt de N348 over op een punt zonder oversteekvoorziening. "
                "Waar een wandelroute een weg kruist, moet de bebording voldoen aan de Wegenverkeerswet 1994 en het "
                "RVV 1990; de wegbeheerder heeft laten weten daar geen oversteekplaats aan te leggen."),
       n("4.3", "Drie paden lopen over particuliere landgoederen zonder schriftelijke afspraak. Een eigenaar kan "
                "zo'n pad met een bord 'verboden toegang' op grond van artikel 461 van het Wetboek van Strafrecht "
                "op elk moment afsluiten."),
       n("4.4", "In haar advies van 2020 schreef de adviesgroep al: 'Het recreatieschap moet de routeschouwers "
                "beter ondersteunen.' Het aantal actieve schouwers is sindsdien gedaald van 31 naar 19, en het "
                "aantal meldingen is meer dan verdrievoudigd."),
       Paragraph("Wij merken op dat het netwerk in de afgelopen jaren vooral is gegroeid door nieuwe verbindingen "
                 "aan de randen, terwijl het onderhoud daarmee geen gelijke tred heeft gehouden. Een kleiner "
                 "netwerk zou minder onderhoud vragen, maar dat mag niet ten koste gaan van de rondjes vanaf de "
                 "dorpen.", P),
       Paragraph("5 Aanbevelingen", H),
       Paragraph("Op grond van deze bevindingen adviseert de Adviesgroep Routes het Dagelijks Bestuur:", P),
       n("5.1", "Vervang vóór het wandelseizoen 2027 alle verbleekte knooppuntpaaltjes langs de Regge door "
                "paaltjes met UV-bestendige stickers."),
       n("5.2", "Leg het traject tussen knooppunt 34 en 37 om via het Hoge Veld, zodat wandelaars de N348 "
                "niet meer hoeven over te steken."),
       n("5.3", "Maak met de drie landgoedeigenaren schriftelijke afspraken over de openstelling van de paden "
                "over hun terrein, voor ten minste tien jaar."),
       n("5.4", "Richt één meldpunt in voor gebreken aan het netwerk en reageer binnen tien werkdagen op "
                "elke melding."),
       n("5.5", "Geef de vrijwillige routeschouwers een jaarlijkse onkostenvergoeding en een vaste contactpersoon "
                "bij het recreatieschap."),
       n("5.6", "Breng het aantal knooppunten in het buitengebied terug van 112 naar ongeveer 90, door "
                "dubbele verbindingen te schrappen."),
       n("5.7", "Plaats bij alle acht startpunten een informatiepaneel met een overzichtskaart en de dienstregeling "
                "van het openbaar vervoer."),
       Paragraph("6 Tot slot", H),
       Paragraph("De adviesgroep ziet de reactie van het bestuur graag binnen drie maanden tegemoet, zoals "
                 "artikel 11 van het reglement van de adviesgroep voorschrijft. Wij zijn graag bereid het advies "
                 "in de vergadering van het Algemeen Bestuur toe te lichten.", P),
       Paragraph("Namens de Adviesgroep Routes,<br/>H.J. Wolters-Brink, voorzitter<br/>E. Oldenkamp, secretaris", P)]
build(NAME + "_advice.pdf", adv, "Adviesgroep Routes - advies AGR-2026-03 herziening wandelknooppuntennetwerk")

res = [Paragraph("Recreatieschap Vechtdal-Oost", ParagraphStyle("k", parent=P, fontName="RB", textColor=GREEN)),
       Paragraph("Besluitenlijst vergadering Dagelijks Bestuur", T),
       Paragraph("Datum: 3 november 2026 | Locatie: bezoekerscentrum De Bunte, Hardenveen | Kenmerk: DB/2026/19", S),
       Paragraph("Aanwezig: mw. A. Roelofs-Ter Haar (voorzitter), dhr. G. Hulshof, mw. I. Dijkstra; "
                 "dhr. P. van Lenthe (secretaris-directeur). Afwezig met kennisgeving: dhr. J. Meijerink.", S),
       Paragraph("1 Opening en vaststelling agenda", H),
       Paragraph("De voorzitter opent de vergadering om 9.30 uur en heet de leden welkom. De agenda wordt "
                 "ongewijzigd vastgesteld. De besluitenlijst van 6 oktober wordt zonder wijzigingen vastgesteld.", P),
       Paragraph("2 Tweede bestuursrapportage 2026 kanoverhuur", H),
       Paragraph("Het DB neemt de tweede bestuursrapportage van de kanoverhuur aan de Regge voor kennisgeving aan. "
                 "Het aantal verhuurde kano's ligt met 4.820 boven de raming; het positieve saldo van circa "
                 "€ 21.000 wordt toegevoegd aan de bestemmingsreserve voor de steigers.", P),
       Paragraph("3 Advies Adviesgroep Routes herziening wandelknooppuntennetwerk (AGR-2026-03)", H),
       Paragraph("Het DB dankt de adviesgroep voor het grondige advies en besluit als volgt.", P),
       n("3a", "Meldpunt (aanbeveling 5.4). Het DB besluit de aanbeveling over te nemen. Vanaf 1 januari 2027 "
               "kunnen gebreken worden gemeld via één formulier op de website van het recreatieschap; de "
               "boswachter handelt iedere melding binnen tien werkdagen af."),
       n("3b", "Paaltjes en omvang van het netwerk (aanbevelingen 5.1 en 5.6). Het DB besluit de verbleekte "
               "paaltjes langs de Regge deze winter te laten vervangen; daarvoor wordt € 18.000 uit de "
               "onderhoudsbegroting ingezet. Het DB besluit het aantal knooppunten niet te verminderen: de "
               "deelnemende gemeenten hechten aan de verbindingen naar de kleine kernen, en het schrappen van "
               "knooppunten vraagt een nieuwe kaartuitgave die niet is begroot."),
       n("3c", "Informatiepanelen (aanbeveling 5.7). Het DB kiest voor een beperktere aanpak: in 2027 krijgen "
               "alleen de vier drukste startpunten een nieuw paneel, de overige startpunten volgen bij de "
               "vervanging van het meubilair."),
       n("3d", "Oversteek N348 (aanbeveling 5.2). Het DB neemt kennis van het voorstel voor een omlegging via het "
               "Hoge Veld en legt de vraag voor aan de provincie als wegbeheerder. Een besluit volgt na het overleg "
               "met de provincie in het voorjaar van 2027."),
       n("3e", "Landgoederen (aanbeveling 5.3). Het DB stemt in met de aanbeveling. De secretaris-directeur is "
               "gemachtigd met de drie eigenaren een openstellingsovereenkomst voor tien jaar te sluiten."),
       Paragraph("4 Rondvraag en sluiting", H),
       Paragraph("Dhr. Hulshof meldt dat de fietsbrug bij Ommerhoek op 14 november weer open gaat. Er zijn verder geen "
                 "vragen. De voorzitter sluit de vergadering om 11.05 uur. Volgende vergadering: 8 december 2026.", P),
       Spacer(1, 6),
       Paragraph("Vastgesteld in de vergadering van 8 december 2026.", S)]
build(NAME + "_response.pdf", res, "Besluitenlijst DB Recreatieschap Vechtdal-Oost, 3 november 2026")

B.write_expected(NAME, [
    (1, "Vervang vóór het wandelseizoen 2027 alle verbleekte knooppuntpaaltjes langs de Regge",
     "paaltjes langs de Regge deze winter te laten vervangen", "agrees"),
    (2, "Leg het traject tussen knooppunt 34 en 37 om via", "legt de vraag voor aan de provincie als wegbeheerder",
     "noted"),
    (3, "Maak met de drie landgoedeigenaren schriftelijke afspraken over de openstelling",
     "gemachtigd met de drie eigenaren een openstellingsovereenkomst", "agrees"),
    (4, "Richt één meldpunt in voor gebreken aan het netwerk", "kunnen gebreken worden gemeld via één formulier",
     "agrees"),
    (5, "Geef de vrijwillige routeschouwers een jaarlijkse onkostenvergoeding en een vaste contactpersoon",
     None, "unanswered"),
    (6, "Breng het aantal knooppunten in het buitengebied terug van 112", "besluit het aantal knooppunten niet te "
     "verminderen", "disagrees"),
    (7, "Plaats bij alle acht startpunten een informatiepaneel met een overzichtskaart",
     "alleen de vier drukste startpunten een nieuw paneel", "partly"),
], ["De agenda wordt ongewijzigd vastgesteld", "tweede bestuursrapportage van de kanoverhuur aan de Regge",
    "De voorzitter sluit de vergadering om 11.05 uur"],
    "Advice: Adviesgroep Routes of a recreatieschap, recommendations the paragraph numbers 5.1-5.7 of section "
    "'5 Aanbevelingen' (expected 1-7 = 5.1-5.7), after findings 4.1-4.4 (Wegenverkeerswet 'moet', art. 461 Sr, the "
    "2020 advice quoted with 'moet') and a figures table; art. 11 reply deadline. Response: DB besluitenlijst, "
    "agendapunt 3 cites the numbers, order 5.4, 5.1+5.6, 5.7, 5.2, 5.3; 3b = 5.1 agrees + 5.6 disagrees; 5.7 partly "
    "(4 of 8 startpunten); 5.2 noted (passed to the provincie); 5.5 (schouwers) unanswered; agendapunten 1, 2 and 4 "
    "answer nothing.")

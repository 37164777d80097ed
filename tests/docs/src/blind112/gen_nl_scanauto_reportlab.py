"""Round 112 (nl): the ADVIES of a municipal ADVIESCOMMISSIE DATA-ETHIEK on the use of SCANAUTO'S and a predictive
ROUTEMODEL in parking enforcement, answered by the college's LETTER BY THEME (headings, no numbers).

Advice (reportlab, sans, purple side bar on p. 1, 'In cijfers' table, running head from p. 2, '- n -' centred):
the college's three questions numbered (1)-(3) (trap), findings as NUMBERED PARAGRAPHS 3.1-3.5 (traps: the AVG with
'moet', the commissie's 2024 advice quoted with 'moet', 'Positief is'), recommendations as NUMBERED PARAGRAPHS
4.1-4.7 (expected 1-7), a closing line citing 'de adviezen 4.2, 4.4 en 4.6'. Response: letter with five thematic
headings, order 4.2, 4.1, 4.4+4.5 (one section), 4.3, 4.6; 4.7 unanswered; 'Stand van zaken' with figures and
'programma 4' (trap), opening and closing answer nothing. All invented.

Run: /tmp/blind112nl/bin/python tests/docs/src/blind112/gen_nl_scanauto_reportlab.py"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b112nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind112_nl_scanauto"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
PURPLE = colors.HexColor("#5b2a6e")
LILAC = colors.HexColor("#efe8f3")
P = ParagraphStyle("p", fontName="S", fontSize=9.7, leading=13.8, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="SB", fontSize=11.5, textColor=PURPLE, spaceBefore=9, keepWithNext=1)
S = ParagraphStyle("s", parent=P, fontSize=8.4, leading=11.2)
C = ParagraphStyle("c", parent=P, fontSize=8.8, leading=11.6, spaceAfter=0)
N = ParagraphStyle("n", parent=P, fontName="SB", textColor=PURPLE, spaceAfter=0)
PN = ParagraphStyle("pn", parent=P, spaceAfter=0)


class Doc(SimpleDocTemplate):
    """Two passes (page count known); side bar on p. 1 for the advice."""
    head = ""
    bar = False
    foot = "- {n} -"

    def build2(self, story):
        self._total = 0
        SimpleDocTemplate.build(self, copy.deepcopy(story), onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        if doc.page == 1 and self.bar:
            c.setFillColor(PURPLE)
            c.rect(0, 0, 22, 842, stroke=0, fill=1)
        c.setFillColor(colors.grey)
        if doc.page > 1:
            c.setFont("S", 7.8)
            c.drawString(62, 810, self.head)
            c.setStrokeColor(PURPLE)
            c.setLineWidth(0.5)
            c.line(62, 805, 533, 805)
        c.setFont("S", 8)
        c.drawCentredString(297.5, 26, self.foot.format(n=doc.page, m=self._total or 1))
        c.restoreState()


def npar(num, text):
    t = Table([[Paragraph(num, N), Paragraph(text, PN)]], colWidths=[34, 437])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return t


FINDINGS = [
    ("3.1", "<b>Het doel is legitiem.</b> Betaald parkeren werkt alleen als er ook wordt gecontroleerd. De handhavers "
            "die nu te voet controleren, komen per dag in ongeveer 9 procent van de straten in het betaalde gebied. "
            "Met twee scanauto's kan elke straat dagelijks worden gecontroleerd, tegen lagere kosten per controle."),
    ("3.2", "<b>Kentekens zijn persoonsgegevens.</b> Op grond van de Algemene verordening gegevensbescherming moet de "
            "gemeente kunnen aantonen dat zij niet meer gegevens verwerkt dan voor het doel nodig is. Een besluit met "
            "rechtsgevolgen, zoals een naheffingsaanslag, mag bovendien niet uitsluitend op een geautomatiseerde "
            "verwerking berusten."),
    ("3.3", "<b>De bewaartermijn is ruim.</b> In het concept van het verwerkingsregister staat een bewaartermijn van "
            "28 dagen voor alle scans, ook voor voertuigen waarvoor gewoon is betaald. De commissie heeft in de "
            "projectstukken geen reden voor die termijn gevonden."),
    ("3.4", "<b>Het routemodel leert van het verleden.</b> Het model is getraind op de controles van 2022 tot en met "
            "2025. In die jaren werd vooral in de Kerkbuurt en in De Hoven gecontroleerd, omdat de handhavers daar "
            "hun uitvalsbasis hebben. Het model kan die keuze herhalen en versterken: waar meer wordt gecontroleerd, "
            "worden meer overtredingen gevonden, en daar stuurt het model de auto dan weer heen."),
    ("3.5", "<b>Eerdere adviezen werken door.</b> In ons advies over slimme camera's in de binnenstad (ADE 2024-02) "
            "schreven wij: 'Elke toepassing van slimme camera's moet vooraf worden getoetst op de gevolgen voor "
            "grondrechten.' Het college heeft dat overgenomen; voor de scanauto is zo'n toets in oktober 2026 "
            "uitgevoerd. Positief is ook dat de afdeling Parkeren de commissie al in een vroeg stadium heeft "
            "betrokken."),
]

RECS = [
    ("4.1", "Leg het doel van de scanauto vast in een openbaar besluit en gebruik de kentekengegevens uitsluitend "
            "voor de controle op betaald parkeren. Koppeling met andere gemeentelijke bestanden, bijvoorbeeld om "
            "achterstallige belastingen te innen, is dan uitgesloten."),
    ("4.2", "Laat iedere mogelijke overtreding die de scanauto signaleert eerst door een handhaver beoordelen voordat "
            "een naheffingsaanslag wordt opgelegd. Alleen een mens kan zien of er een gehandicaptenparkeerkaart "
            "achter de voorruit ligt of dat een bestelbus aan het laden en lossen is."),
    ("4.3", "Verwijder de scangegevens van voertuigen met een geldig parkeerrecht direct na de controle, en in elk "
            "geval binnen 24 uur. Voor voertuigen zonder parkeerrecht volstaat de termijn die voor bezwaar en beroep "
            "nodig is."),
    ("4.4", "Zet het routemodel pas in nadat een onafhankelijke partij heeft getoetst of het model bepaalde wijken "
            "onevenredig vaak aanwijst. Tot die tijd kunnen de scanauto's een vaste route rijden die het hele "
            "betaalde gebied gelijkmatig dekt."),
    ("4.5", "Neem zowel de scanauto als het routemodel op in het algoritmeregister van de gemeente, met een uitleg "
            "in eenvoudige taal over hoe de controle werkt en waar inwoners terechtkunnen met vragen."),
    ("4.6", "Zorg voor een eenvoudige regeling voor mantelzorgers, wijkverpleegkundigen en andere zorgverleners die "
            "kort bij een cliënt parkeren, zodat zij niet onterecht een naheffingsaanslag krijgen."),
    ("4.7", "Evalueer de inzet van de scanauto's en het routemodel na twaalf maanden, en betrek bij die evaluatie "
            "zowel inwoners als de commissie."),
]


def advice():
    s = [Paragraph("ADVIESCOMMISSIE DATA-ETHIEK OUDENMEER", ParagraphStyle("o", parent=S, fontName="SB",
                                                                          textColor=PURPLE, fontSize=9)),
         Spacer(1, 10),
         Paragraph("Kijken met beleid", ParagraphStyle("t", parent=P, fontName="SB", fontSize=20, leading=24,
                                                       textColor=PURPLE)),
         Paragraph("Advies over de inzet van scanauto's en een routemodel bij de parkeercontrole",
                   ParagraphStyle("st", parent=P, fontSize=11.5, leading=15)),
         Table([[Paragraph("<b>Advies</b> ADE 2026-04", S), Paragraph("<b>Aan</b> het college van burgemeester en "
                                                                      "wethouders van Oudenmeer", S),
                 Paragraph("<b>Vastgesteld</b> 17 november 2026", S)]], colWidths=[110, 230, 131],
               style=[("LINEABOVE", (0, 0), (-1, 0), 0.6, PURPLE), ("LINEBELOW", (0, 0), (-1, 0), 0.6, PURPLE),
                      ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0)]),
         Spacer(1, 6),
         Paragraph("1 Adviesvraag", H),
         Paragraph("Op 2 september 2026 vroeg het college de commissie om advies over het voornemen om vanaf 2027 de "
                   "controle op betaald parkeren uit te voeren met twee scanauto's. Een scanauto leest met camera's de "
                   "kentekens van geparkeerde voertuigen en vergelijkt die met de parkeerrechten in het landelijke "
                   "parkeerregister. Daarnaast wil de gemeente een routemodel gebruiken dat op basis van eerdere "
                   "controles voorspelt in welke straten de kans op niet betalen het grootst is. Het college legde "
                   "ons drie vragen voor:", P),
         npar("(1)", "Is de inzet van scanauto's voor dit doel noodzakelijk en proportioneel?"),
         npar("(2)", "Welke waarborgen zijn nodig om de privacy van inwoners en bezoekers te beschermen?"),
         npar("(3)", "Mag het routemodel worden gebruikt om de ritten van de scanauto's te plannen, en zo ja, onder "
                     "welke voorwaarden?"),
         Paragraph("2 Werkwijze", H),
         Paragraph("De commissie bestaat uit vijf onafhankelijke leden met kennis van recht, ethiek, data en de "
                   "praktijk van de openbare ruimte. Wij hebben de projectstukken bestudeerd en gesproken met de "
                   "afdeling Parkeren, de functionaris gegevensbescherming en twee handhavers. Ook zijn twee leden "
                   "een middag meegereden met de scanauto die de gemeente Zeevliet sinds 2024 gebruikt. Op een "
                   "gespreksavond in de bibliotheek hebben wij van veertien inwoners gehoord wat zij van het "
                   "voornemen vinden.", P)]
    rows = [["De parkeercontrole in cijfers", ""],
            ["Parkeerplaatsen in het betaalde gebied", "1.840"],
            ["Gemiddeld aantal parkeerrechten per dag (2025)", "ca. 6.200"],
            ["Naheffingsaanslagen in 2025", "7.415"],
            ["Scans per scanauto per uur (opgave leverancier)", "tot 1.500"]]
    t = Table([[Paragraph(a, C), Paragraph(b, C)] for a, b in rows], colWidths=[300, 90])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), LILAC), ("SPAN", (0, 0), (1, 0)),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey), ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    s += [Spacer(1, 2), t, Spacer(1, 4), Paragraph("3 Bevindingen", H)]
    s += [npar(n, x) for n, x in FINDINGS]
    s += [Paragraph("4 Advies", H),
          Paragraph("Het antwoord op de eerste vraag is ja, mits de waarborgen hieronder worden getroffen. Op de "
                    "tweede en de derde vraag geeft de commissie het college de volgende adviezen.", P)]
    s += [KeepTogether(npar(n, x)) for n, x in RECS]
    s += [Paragraph("5 Tot slot", H),
          Paragraph("De commissie wijst de inzet van scanauto's niet af. Een controle die slim is ingericht, kan "
                    "eerlijker zijn dan een controle die afhangt van de looproute van een handhaver. Wij vragen het "
                    "college om in zijn reactie in het bijzonder in te gaan op de adviezen 4.2, 4.4 en 4.6.", P),
          Spacer(1, 4),
          Paragraph("Namens de Adviescommissie Data-ethiek Oudenmeer,<br/>prof. dr. A.M. (Anouk) Terpstra, "
                    "voorzitter<br/>M. (Mehdi) El Idrissi MSc, secretaris", P)]
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=52,
              bottomMargin=48, title="Kijken met beleid - advies ADE 2026-04")
    doc.head, doc.bar = "Adviescommissie Data-ethiek Oudenmeer - advies ADE 2026-04 'Kijken met beleid'", True
    doc.build2(s)


def response():
    s = [Paragraph("Gemeente Oudenmeer", ParagraphStyle("g", parent=P, fontName="SB", fontSize=15, leading=18,
                                                        textColor=PURPLE)),
         Paragraph("Burgemeester en wethouders", S), Spacer(1, 16),
         Paragraph("Adviescommissie Data-ethiek Oudenmeer<br/>t.a.v. prof. dr. A.M. Terpstra<br/>Postbus 1200<br/>"
                   "4431 AB Oudenmeer", P), Spacer(1, 8),
         Table([[Paragraph("Datum", S), Paragraph("19 januari 2027", S)],
                [Paragraph("Ons kenmerk", S), Paragraph("Z2026-031877", S)],
                [Paragraph("Onderwerp", S), Paragraph("Reactie op uw advies 'Kijken met beleid'", S)]],
               colWidths=[80, 391], style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]),
         Spacer(1, 12),
         Paragraph("Geachte mevrouw Terpstra, geachte leden van de commissie,", P),
         Paragraph("Op 17 november 2026 ontvingen wij uw advies over de inzet van scanauto's en een routemodel bij de "
                   "parkeercontrole. Wij danken u voor het grondige werk en voor het meerijden met de handhavers in "
                   "Zeevliet; dat heeft het advies zichtbaar concreet gemaakt. Hieronder gaan wij per onderwerp op "
                   "uw adviezen in.", P),
         Paragraph("Een mens beoordeelt elke overtreding", H),
         Paragraph("Dit advies nemen wij over. Geen enkele naheffingsaanslag wordt opgelegd zonder dat een handhaver "
                   "de beelden of de situatie ter plaatse heeft bekeken. Dit staat vanaf de start in de werkinstructie "
                   "voor de handhavers.", P),
         Paragraph("Doel en gebruik van de gegevens", H),
         Paragraph("Ook hier volgen wij u. Het college stelt in februari 2027 het Aanwijzingsbesluit scanauto vast en "
                   "publiceert het in het Gemeenteblad. Daarin staat dat de kentekengegevens alleen dienen voor de "
                   "controle op betaald parkeren en niet worden gekoppeld aan andere bestanden.", P),
         Paragraph("Het routemodel", H),
         Paragraph("Uw zorg dat het model vooral de wijken aanwijst waar in het verleden het meest is gecontroleerd, "
                   "begrijpen wij. Toch kiezen wij ervoor het model vanaf de start te gebruiken. Het model bepaalt "
                   "alleen de volgorde van de ritten: elke straat in het betaalde gebied wordt minstens één keer per "
                   "dag gescand. Daarnaast gaan onze eigen data-analisten elk kwartaal na of de verdeling van de "
                   "controles over de wijken scheef groeit. Een onafhankelijke toets vooraf achten wij daarom niet "
                   "nodig.", P),
         Paragraph("De scanauto en het routemodel komen wel, zoals u voorstelt, in het algoritmeregister. De "
                   "beschrijving in eenvoudige taal staat daar uiterlijk 1 april 2027, met het telefoonnummer en het "
                   "mailadres van de afdeling Parkeren.", P),
         Paragraph("Bewaren van scans", H),
         Paragraph("Wij verkorten de bewaartermijn voor voertuigen met een geldig parkeerrecht van 28 dagen naar 48 "
                   "uur. Een termijn van 24 uur is technisch niet haalbaar, omdat correcties uit de parkeerapps soms "
                   "pas op de volgende werkdag in het register staan. Voor voertuigen zonder parkeerrecht houden wij "
                   "de termijn van de bezwaarprocedure aan.", P),
         Paragraph("Mantelzorgers en zorgverleners", H),
         Paragraph("Wij herkennen het probleem dat u schetst. Zorgverleners kunnen nu al een ontheffing aanvragen, "
                   "mantelzorgers niet. Of een aparte regeling voor mantelzorgers mogelijk is, zoeken wij uit bij de "
                   "herziening van de Parkeerverordening. Die staat gepland voor 2028; wij komen er dan bij u op "
                   "terug.", P),
         Paragraph("Stand van zaken", H),
         Paragraph("De aanbesteding van de twee scanauto's is in december 2026 afgerond. De voertuigen rijden vanaf 11 "
                   "januari 2027 proef, de eerste zes weken zonder dat er naheffingsaanslagen worden opgelegd. De "
                   "kosten bedragen € 312.000 voor vijf jaar, inclusief onderhoud en software; daarvoor is in "
                   "programma 4 (Verkeer en vervoer) van de begroting 2027 ruimte gemaakt.", P),
         Paragraph("Wij gaan graag verder met u in gesprek over deze reactie tijdens uw vergadering van 9 maart 2027. "
                   "Een afschrift van deze brief sturen wij ter kennisname aan de gemeenteraad.", P),
         Spacer(1, 4),
         Paragraph("Met vriendelijke groet,<br/>burgemeester en wethouders van Oudenmeer,", P),
         Paragraph("de secretaris, drs. J.W. (Jan Willem) Hoekstra - de burgemeester, H.E. (Hanneke) Lodewijks", P)]
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62, topMargin=52,
              bottomMargin=48, title="Reactie op advies ADE 2026-04")
    doc.head, doc.foot = "Gemeente Oudenmeer - Z2026-031877", "pagina {n} van {m}"
    doc.build2(s)


def expected():
    recs = [
        (1, "Leg het doel van de scanauto vast in een openbaar besluit",
         "stelt in februari 2027 het Aanwijzingsbesluit scanauto vast", "agrees"),
        (2, "Laat iedere mogelijke overtreding die de scanauto signaleert eerst",
         "Geen enkele naheffingsaanslag wordt opgelegd zonder dat een handhaver", "agrees"),
        (3, "Verwijder de scangegevens van voertuigen met een geldig parkeerrecht",
         "Een termijn van 24 uur is technisch niet haalbaar", "partly"),
        (4, "Zet het routemodel pas in nadat een onafhankelijke partij",
         "Toch kiezen wij ervoor het model vanaf de start te gebruiken", "disagrees"),
        (5, "Neem zowel de scanauto als het routemodel op in het algoritmeregister",
         "De beschrijving in eenvoudige taal staat daar uiterlijk 1 april 2027", "agrees"),
        (6, "Zorg voor een eenvoudige regeling voor mantelzorgers, wijkverpleegkundigen",
         "zoeken wij uit bij de herziening van de Parkeerverordening", "noted"),
        (7, "Evalueer de inzet van de scanauto's en het routemodel", None, "unanswered"),
    ]
    unmatched = ["Wij danken u voor het grondige werk",
                 "De aanbesteding van de twee scanauto's is in december 2026 afgerond",
                 "Een afschrift van deze brief sturen wij ter kennisname aan de gemeenteraad"]
    notes = ("Dutch municipal Adviescommissie Data-ethiek's advice on scanauto's and a predictive routemodel in "
             "parking enforcement (reportlab, 2 p., sans, purple side bar on p. 1, metadata strip between rules, "
             "'De parkeercontrole in cijfers' table, running head from p. 2, '- n -' centred): the college's three "
             "questions numbered (1)-(3) (trap), findings as NUMBERED PARAGRAPHS 3.1-3.5 with bold lead-ins (traps: "
             "the AVG with 'moet', the 2024 advice ADE 2024-02 quoted with 'moet', 'Positief is'), recommendations "
             "as NUMBERED PARAGRAPHS 4.1-4.7 after 'de volgende adviezen' (expected 1-7 = 4.1-4.7), closing line "
             "citing 'de adviezen 4.2, 4.4 en 4.6' (trap). Response: the college's LETTER BY THEME with headings and "
             "no numbers, order 4.2, 4.1, 4.4+4.5 ('Het routemodel', one section), 4.3, 4.6; 4.2 agrees (a handhaver "
             "checks every case); 4.1 agrees (Aanwijzingsbesluit, no linking); 4.4 disagrees (model used from the "
             "start, no independent test beforehand, own quarterly check instead); 4.5 agrees (algoritmeregister by "
             "1 April 2027); 4.3 partly (48 hours, not 24); 4.6 noted (to be looked at in the 2028 revision of the "
             "Parkeerverordening); 4.7 (evaluation after twelve months) unanswered; the opening, 'Stand van zaken' "
             "(figures, 'programma 4': trap) and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

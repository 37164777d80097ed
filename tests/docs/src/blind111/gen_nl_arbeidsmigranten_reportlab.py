"""Round 111 (nl): the EINDADVIES of a temporary, independent COMMISSIE HUISVESTING ARBEIDSMIGRANTEN installed by a
Dutch municipality, answered by the college's RAADSVOORSTEL whose annex 'Bijlage 1' is a TABLE with a number column
'Nr. | Aanbeveling | Reactie van het college | Planning' (rows by theme, one row for two recommendations).

Advice (reportlab, sans, dark-green title band on p. 1, running head from p. 2, 'pagina n van m'): the council's three
questions as a numbered list (trap), a figures table, findings coded B1-B4 (traps: the Wet BRP 'moet', the Regionale
Woonagenda 2023 quoted with 'moet', the omgevingsplan's rule with 'moet'), recommendations CODED A1-A7 in shaded
BOXES with a bold title (expected 1-7 = A1-A7), a closing line citing 'A2, A5 en A7'. Response table order A2, A1,
A5+A6, A4, A3; A7 unanswered. Beslispunten 1-3 and numbered arguments 1.1-1.3 are traps. All invented.

Run: /tmp/blind111nl/bin/python tests/docs/src/blind111/gen_nl_arbeidsmigranten_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b111nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,  # noqa: E402
                                TableStyle)

NAME = "blind111_nl_arbeidsmigranten"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
GREEN = colors.HexColor("#23553f")
PALE = colors.HexColor("#e6efe9")
P = ParagraphStyle("p", fontName="S", fontSize=9.6, leading=13.6, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="SB", fontSize=11.5, textColor=GREEN, spaceBefore=8, keepWithNext=1)
T = ParagraphStyle("t", parent=P, fontName="SB", fontSize=17, leading=21, textColor=colors.white, spaceAfter=2)
TS = ParagraphStyle("ts", parent=P, fontSize=9.5, textColor=colors.white, spaceAfter=0)
S = ParagraphStyle("s", parent=P, fontSize=8.3, leading=11)
L = ParagraphStyle("l", parent=P, leftIndent=22, firstLineIndent=-16, spaceAfter=3)
C = ParagraphStyle("c", parent=P, fontSize=8.8, leading=11.6, spaceAfter=0)
CB = ParagraphStyle("cb", parent=C, fontName="SB")
BX = ParagraphStyle("bx", parent=P, spaceAfter=0)


class Doc(SimpleDocTemplate):
    """Two passes for 'pagina n van m'."""
    head = ""

    def build2(self, story):
        self._total = 0
        import copy
        first = copy.deepcopy(story)
        SimpleDocTemplate.build(self, first, onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(colors.grey)
        if doc.page > 1:
            c.setFont("SI", 7.8)
            c.drawString(56, 810, self.head)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.6)
            c.line(56, 805, 539, 805)
        c.setFont("S", 7.8)
        c.drawRightString(539, 28, f"pagina {doc.page} van {self._total or '?'}")
        c.restoreState()


RECS = [
    ("A1", "Kwaliteit als voorwaarde",
     "Leg in het gemeentelijk beleid vast dat elke nieuwe huisvestingslocatie voor arbeidsmigranten beschikt over "
     "het keurmerk van de Stichting Normering Flexwonen of een gelijkwaardig keurmerk, en laat bestaande locaties "
     "binnen twee jaar aan die eis voldoen."),
    ("A2", "Meer bedden, kleiner van schaal",
     "Realiseer samen met de gemeenten in de regio Lierdal vóór 2030 ten minste 900 extra bedden op locaties van "
     "hoogstens 80 personen, verspreid over de kernen en bij voorkeur op of nabij bedrijventerreinen."),
    ("A3", "Wonen los van werk",
     "Zet u er bij het Rijk en bij de uitzendbranche voor in dat huisvesting en arbeidscontract worden ontkoppeld, "
     "zodat wie zijn baan verliest nog minstens vier weken in zijn woning kan blijven."),
    ("A4", "Een meldpunt in de eigen taal",
     "Open een meldpunt waar arbeidsmigranten in het Pools, Roemeens en Bulgaars klachten over hun woonsituatie "
     "kunnen melden, telefonisch en via een app, zonder dat de werkgever daarvan hoort."),
    ("A5", "Vaste controles",
     "Stel een vaste handhavingsploeg in die alle panden met vier of meer arbeidsmigranten ten minste twee keer per "
     "jaar onaangekondigd bezoekt."),
    ("A6", "Snel inschrijven",
     "Zorg dat arbeidsmigranten zich binnen vijf werkdagen na aankomst in de basisregistratie personen kunnen "
     "inschrijven, met een wekelijks spreekuur op de grote huisvestingslocaties."),
    ("A7", "Omwonenden vanaf het begin",
     "Organiseer bij elke nieuwe locatie, vóór de aanvraag van de omgevingsvergunning, een omgevingsdialoog met "
     "omwonenden, de werkgever en de huisvester, en leg de afspraken vast in een beheerplan."),
]


def rec_box(code, title, text):
    t = Table([[Paragraph(f"<b>{code}</b>", ParagraphStyle("code", parent=BX, fontSize=13, textColor=GREEN)),
                Paragraph(f"<b>{title}</b><br/>{text}", BX)]], colWidths=[38, 445])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, GREEN), ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return KeepTogether([t, Spacer(1, 6)])


def advice():
    band = Table([[Paragraph("Goed wonen, goed werken", T)],
                  [Paragraph("Eindadvies van de Commissie Huisvesting Arbeidsmigranten Zuidhoeven", TS)]],
                 colWidths=[483])
    band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                              ("TOPPADDING", (0, 0), (0, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))
    s = [band, Spacer(1, 6),
         Paragraph("Aan de gemeenteraad en het college van burgemeester en wethouders van Zuidhoeven<br/>"
                   "Kenmerk CHA/2026/EA - Zuidhoeven, 28 oktober 2026", S), Spacer(1, 4),
         Paragraph("1. Opdracht en werkwijze", H),
         Paragraph("Op 12 februari 2026 heeft de gemeenteraad van Zuidhoeven een tijdelijke, onafhankelijke commissie "
                   "ingesteld om advies uit te brengen over de huisvesting van arbeidsmigranten. De raad heeft de "
                   "commissie drie vragen voorgelegd:", P),
         Paragraph("1.&nbsp;&nbsp;Hoeveel arbeidsmigranten wonen en werken er in Zuidhoeven, en waar wonen zij?", L),
         Paragraph("2.&nbsp;&nbsp;Voldoet de huidige huisvesting aan redelijke eisen van kwaliteit en veiligheid?", L),
         Paragraph("3.&nbsp;&nbsp;Wat is er nodig om goede huisvesting te bieden zonder de leefbaarheid in de kernen "
                   "te schaden?", L),
         Paragraph("De commissie bestond uit drie leden en heeft gesproken met 46 arbeidsmigranten, elf werkgevers en "
                   "uitzendbureaus, vier huisvesters, de dorpsraden van Westerbeek en Ouddorp, de politie en de "
                   "medewerkers van Publiekszaken en Toezicht. Zij bezocht negen locaties, van een vakantiepark tot "
                   "een voormalig kantoorpand.", P),
         Paragraph("2. Feiten en cijfers", H)]
    rows = [["", "2024", "2025", "2026"],
            ["Geschatte aantal arbeidsmigranten in de gemeente", "3.600", "3.900", "4.100"],
            ["Ingeschreven in de basisregistratie personen", "1.980", "2.210", "2.350"],
            ["Bedden op gecertificeerde locaties", "1.120", "1.300", "1.480"],
            ["Meldingen over overbewoning", "48", "63", "91"]]
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[273, 70, 70, 70])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), PALE)]))
    s += [t, Spacer(1, 8),
          Paragraph("3. Bevindingen", H),
          Paragraph("<b>B1</b>&nbsp;&nbsp;Bijna de helft van de arbeidsmigranten is niet ingeschreven. Volgens de Wet "
                    "basisregistratie personen moet iedereen die verwacht langer dan vier maanden in Nederland te "
                    "verblijven zich inschrijven; in de praktijk lukt dat door lange wachttijden vaak niet op tijd.", L),
          Paragraph("<b>B2</b>&nbsp;&nbsp;De kwaliteit verschilt sterk. Op gecertificeerde locaties is de huisvesting "
                    "over het algemeen op orde; in gewone woningen in de kernen trof de commissie kamers aan met vier "
                    "bedden en één badkamer voor veertien personen.", L),
          Paragraph("<b>B3</b>&nbsp;&nbsp;In de Regionale Woonagenda Lierdal 2023 staat: 'Iedere gemeente moet naar "
                    "rato bijdragen aan de huisvesting van arbeidsmigranten.' Zuidhoeven levert tot nu toe minder "
                    "dan de helft van haar aandeel.", L),
          Paragraph("<b>B4</b>&nbsp;&nbsp;Het omgevingsplan bepaalt dat een woning die door meer dan vier personen "
                    "wordt bewoond, moet beschikken over een vergunning voor kamerbewoning. Die regel is bij veel "
                    "eigenaren onbekend en wordt weinig gehandhaafd.", L),
          Paragraph("Wij willen ook benadrukken wat goed gaat. Veel werkgevers voelen zich verantwoordelijk en "
                    "investeren zelf in goede huisvesting, en op de locatie De Kempen werkt een vaste beheerder die "
                    "door bewoners en buren wordt gewaardeerd.", P),
          Paragraph("4. Aanbevelingen", H),
          Paragraph("Op grond van deze bevindingen doet de commissie de volgende zeven aanbevelingen.", P)]
    s += [rec_box(*r) for r in RECS]
    s += [Paragraph("5. Tot slot", H),
          Paragraph("De aanbevelingen A2, A5 en A7 vragen om een investering in mensen en middelen die verder gaat "
                    "dan één begrotingsjaar. De commissie beveelt aan ze in samenhang te bezien en is graag bereid "
                    "het advies in een informatiebijeenkomst met de raad toe te lichten.", P),
          Spacer(1, 4),
          Paragraph("De Commissie Huisvesting Arbeidsmigranten Zuidhoeven,<br/>mr. Wilma Kooistra (voorzitter), "
                    "drs. Pieter-Jan Mulder en Agnieszka Wójcik MSc", P)]
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=54,
              bottomMargin=50, title="Goed wonen, goed werken - eindadvies CHA")
    doc.head = "Commissie Huisvesting Arbeidsmigranten Zuidhoeven - eindadvies CHA/2026/EA"
    doc.build2(s)


TABLE = [
    ("A2", "Ten minste 900 extra bedden in de regio vóór 2030",
     "Gedeeltelijk overgenomen. Zuidhoeven maakt haar eigen regionale aandeel waar met 420 extra bedden op drie "
     "locaties van maximaal 80 personen. Een gezamenlijke regionale opgave van 900 bedden kunnen wij niet namens de "
     "buurgemeenten toezeggen.",
     "2027-2029"),
    ("A1", "Keurmerk als voorwaarde voor elke locatie",
     "Overgenomen. Het keurmerk wordt een voorwaarde in de beleidsregel huisvesting arbeidsmigranten; bestaande "
     "locaties krijgen een overgangstermijn tot 1 januari 2029.",
     "beleidsregel Q2 2027"),
    ("A5 / A6", "Controles en inschrijving in de BRP",
     "Een aparte handhavingsploeg komt er niet: wij blijven risicogericht controleren op basis van meldingen, met "
     "de huidige twee toezichthouders. Het spreekuur voor inschrijving nemen wij wel over: vanaf maart houdt "
     "Publiekszaken elke dinsdag spreekuur op De Kempen en op het Hoogveld.",
     "maart 2027"),
    ("A4", "Meldpunt in de eigen taal",
     "Overgenomen. Wij sluiten aan bij het meertalige meldpunt van de GGD en zorgen dat meldingen anoniem kunnen "
     "worden gedaan.",
     "1 juni 2027"),
    ("A3", "Ontkoppeling van wonen en werk",
     "Dit vraagt om landelijke regelgeving. Wij brengen het punt in bij het overleg van de regiogemeenten met het "
     "ministerie en wachten de landelijke uitwerking af.",
     "-"),
]


def response():
    s = [Paragraph("GEMEENTE ZUIDHOEVEN", ParagraphStyle("g", parent=S, fontName="SB", textColor=GREEN,
                                                         fontSize=10)),
         Paragraph("Raadsvoorstel", ParagraphStyle("rv", parent=T, textColor=GREEN)),
         Table([[Paragraph("Registratienummer", C), Paragraph("RV 2027-012", C)],
                [Paragraph("Raadsvergadering", C), Paragraph("25 februari 2027", C)],
                [Paragraph("Portefeuillehouder", C), Paragraph("wethouder R. (Ruud) Verschoor", C)],
                [Paragraph("Onderwerp", C), Paragraph("Reactie op het eindadvies 'Goed wonen, goed werken' van de "
                                                      "Commissie Huisvesting Arbeidsmigranten", C)]],
               colWidths=[120, 363], style=[("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.grey),
                                             ("VALIGN", (0, 0), (-1, -1), "TOP")]),
         Spacer(1, 8),
         Paragraph("Voorgesteld besluit", H),
         Paragraph("De raad wordt voorgesteld:", P),
         Paragraph("1.&nbsp;&nbsp;kennis te nemen van het eindadvies van de Commissie Huisvesting Arbeidsmigranten;", L),
         Paragraph("2.&nbsp;&nbsp;in te stemmen met de reactie van het college op de aanbevelingen, zoals opgenomen "
                   "in bijlage 1;", L),
         Paragraph("3.&nbsp;&nbsp;voor de uitvoering in 2027 een krediet van € 250.000 beschikbaar te stellen en de "
                   "begroting overeenkomstig te wijzigen.", L),
         Paragraph("Inleiding", H),
         Paragraph("De commissie heeft in oktober 2026 haar eindadvies aan de raad aangeboden. Wij danken de "
                   "commissieleden voor hun zorgvuldige werk en voor de openheid waarmee zij ook werkgevers en "
                   "bewoners hebben betrokken. Het advies bevestigt dat goede huisvesting van arbeidsmigranten een "
                   "gedeelde verantwoordelijkheid is.", P),
         Paragraph("Argumenten", H),
         Paragraph("<b>1.1</b>&nbsp;&nbsp;Het advies sluit aan bij de koers van het coalitieakkoord. In het akkoord "
                   "is afgesproken dat de gemeente actief bijdraagt aan goede huisvesting en tegelijk de "
                   "leefbaarheid in de kernen bewaakt.", L),
         Paragraph("<b>1.2</b>&nbsp;&nbsp;De reactie is uitvoerbaar met de bestaande organisatie. Waar extra inzet "
                   "nodig is, is dat in het gevraagde krediet verwerkt.", L),
         Paragraph("<b>1.3</b>&nbsp;&nbsp;Het aantal ingeschreven arbeidsmigranten stijgt. Op 1 januari 2027 stonden "
                   "er 2.412 arbeidsmigranten in de basisregistratie, tegen 2.350 een jaar eerder.", L),
         Paragraph("Financiën", H),
         Paragraph("Het krediet van € 250.000 is bestemd voor de voorbereiding van de drie nieuwe locaties "
                   "(€ 160.000), het meldpunt (€ 40.000) en communicatie in vier talen (€ 50.000). De structurele "
                   "kosten vanaf 2028 worden betrokken bij de Kadernota 2028.", P),
         Paragraph("Communicatie en vervolg", H),
         Paragraph("Na het raadsbesluit informeren wij de commissie, de dorpsraden en de werkgevers met een brief. "
                   "In het voorjaar van 2028 ontvangt de raad een voortgangsrapportage.", P),
         Spacer(1, 4),
         Paragraph("Burgemeester en wethouders van Zuidhoeven,<br/>de secretaris, drs. H.M. Bakker - de burgemeester, "
                   "mr. C.J. Prins", P),
         PageBreak(),
         Paragraph("Bijlage 1 - Reactie van het college op de aanbevelingen", H),
         Paragraph("De aanbevelingen zijn hieronder per thema gegroepeerd.", P)]
    head = [Paragraph(x, CB) for x in ("Nr.", "Aanbeveling (kort)", "Reactie van het college", "Planning")]
    rows = [head] + [[Paragraph(a, CB), Paragraph(b, C), Paragraph(c, C), Paragraph(d, C)] for a, b, c, d in TABLE]
    tb = Table(rows, colWidths=[42, 112, 254, 75], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), PALE),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s.append(tb)
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=56, rightMargin=56, topMargin=54,
              bottomMargin=50, title="Raadsvoorstel RV 2027-012")
    doc.head = "Gemeente Zuidhoeven - raadsvoorstel RV 2027-012"
    doc.build2(s)


def expected():
    recs = [
        (1, "Leg in het gemeentelijk beleid vast dat elke nieuwe huisvestingslocatie",
         "Het keurmerk wordt een voorwaarde in de beleidsregel", "agrees"),
        (2, "Realiseer samen met de gemeenten in de regio Lierdal",
         "Zuidhoeven maakt haar eigen regionale aandeel waar met 420 extra bedden", "partly"),
        (3, "Zet u er bij het Rijk en bij de uitzendbranche voor in",
         "wachten de landelijke uitwerking af", "noted"),
        (4, "Open een meldpunt waar arbeidsmigranten in het Pools, Roemeens en Bulgaars",
         "Wij sluiten aan bij het meertalige meldpunt van de GGD", "agrees"),
        (5, "Stel een vaste handhavingsploeg in die alle panden",
         "Een aparte handhavingsploeg komt er niet", "disagrees"),
        (6, "Zorg dat arbeidsmigranten zich binnen vijf werkdagen na aankomst",
         "Het spreekuur voor inschrijving nemen wij wel over", "agrees"),
        (7, "Organiseer bij elke nieuwe locatie, vóór de aanvraag van de omgevingsvergunning", None, "unanswered"),
    ]
    unmatched = ["Wij danken de commissieleden voor hun zorgvuldige werk",
                 "Het advies sluit aan bij de koers van het coalitieakkoord",
                 "De structurele kosten vanaf 2028 worden betrokken bij de Kadernota",
                 "In het voorjaar van 2028 ontvangt de raad een voortgangsrapportage"]
    notes = ("Dutch municipal Commissie Huisvesting Arbeidsmigranten's eindadvies (reportlab, 3 p., sans, dark-green "
             "title band, running head from p. 2, 'pagina n van m'): the council's three questions as a numbered list "
             "1.-3. (trap), a figures table, findings coded B1-B4 (Wet BRP 'moet', the Regionale Woonagenda 2023 "
             "quoted with 'moet', the omgevingsplan rule with 'moet'), a 'what goes well' paragraph; recommendations "
             "CODED A1-A7 in shaded BOXES with a bold title (expected 1-7 = A1-A7); the closing line cites 'A2, A5 "
             "en A7' (trap). Response: the college's raadsvoorstel (beslispunten 1.-3., arguments 1.1-1.3 with "
             "figures, Financiën with amounts: all traps) and 'Bijlage 1', a TABLE 'Nr. | Aanbeveling (kort) | "
             "Reactie van het college | Planning' by theme, order A2, A1, A5/A6, A4, A3; row 'A5 / A6' = A5 disagrees "
             "(no handhavingsploeg, risk-based controls) + A6 agrees (weekly spreekuur); A2 partly (420 own beds, no "
             "regional 900); A1 agrees; A4 agrees; A3 noted (raised with the ministry, awaits national rules); A7 "
             "(omgevingsdialoog) unanswered; the Inleiding, Argumenten, Financiën and Communicatie en vervolg answer "
             "nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

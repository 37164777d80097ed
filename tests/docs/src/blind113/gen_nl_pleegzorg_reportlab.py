"""Round 113 (nl): the ADVIES of the PLEEGOUDERRAAD of a jeugdhulpaanbieder on the concept 'Koersplan Pleegzorg
2027-2030', answered by a LETTER of the raad van bestuur that names the recommendations by ORDINALS ('uw vierde
advies', 'het vijfde en het zesde advies'), in another order.

Advice (reportlab, serif, orange-brown rule under a two-column letterhead, 'Pleegzorg in cijfers' table, running head
from p. 2, 'blad n/m'): the Jeugdwet 'moet' (trap), the koersplan's four speerpunten quoted as a numbered list 1.-4.
(trap), findings in prose with figures, the raad's 2023 advice quoted with 'moet' (realised; trap), recommendations
as ROMAN NUMERALS I.-VII. hanging in the margin under two sub-headings, all on p. 2 (expected 1-7), a closing line citing 'de adviezen II, IV en VII'. Response: opening, replies by ordinals in the order
4, 1, 5+6 (one paragraph), 2, 3; VII unanswered; 'Ontwikkelingen' with figures and 'het derde kwartaal' (trap) and
the closing answer nothing. All invented.

Run: /tmp/blind113nl/bin/python tests/docs/src/blind113/gen_nl_pleegzorg_reportlab.py"""
import copy
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b113nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind113_nl_pleegzorg"
F = B.tmp_fonts("B113NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
BROWN = colors.HexColor("#a4521c")
SAND = colors.HexColor("#f6ede4")
P = ParagraphStyle("p", fontName="R", fontSize=9.6, leading=13.9, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="RB", fontSize=11.4, textColor=BROWN, spaceBefore=8, keepWithNext=1)
H3 = ParagraphStyle("h3", parent=P, fontName="RI", fontSize=10, spaceBefore=3, spaceAfter=4, keepWithNext=1)
S = ParagraphStyle("s", parent=P, fontSize=8.3, leading=11)
C = ParagraphStyle("c", parent=P, fontSize=8.7, leading=11.4, spaceAfter=0)
N = ParagraphStyle("n", parent=P, fontName="RB", textColor=BROWN, spaceAfter=0)
PN = ParagraphStyle("pn", parent=P, spaceAfter=0)
L = ParagraphStyle("l", parent=P, leftIndent=16, firstLineIndent=-12, spaceAfter=2)


class Doc(SimpleDocTemplate):
    """Two passes, so that 'blad n/m' knows m."""
    head = ""
    foot = "blad {n}/{m}"

    def build2(self, story):
        self._total = 0
        SimpleDocTemplate.build(self, copy.deepcopy(story), onFirstPage=self.deco, onLaterPages=self.deco)
        self._total = self.page
        SimpleDocTemplate.build(self, story, onFirstPage=self.deco, onLaterPages=self.deco)

    def deco(self, c, doc):
        c.saveState()
        c.setFillColor(colors.grey)
        if doc.page > 1:
            c.setFont("R", 7.6)
            c.drawString(64, 808, self.head)
            c.setStrokeColor(BROWN)
            c.setLineWidth(0.5)
            c.line(64, 803, 531, 803)
        c.setFont("R", 7.8)
        c.drawRightString(531, 28, self.foot.format(n=doc.page, m=self._total or 1))
        c.restoreState()


def letterhead(org, sub, meta):
    left = [Paragraph(org, ParagraphStyle("o", parent=P, fontName="RB", fontSize=14.5, leading=18,
                                          textColor=BROWN, spaceAfter=1)),
            Paragraph(sub, S)]
    right = [Paragraph(f"<b>{k}</b><br/>{v}", ParagraphStyle("m", parent=S, spaceAfter=3)) for k, v in meta]
    t = Table([[left, right]], colWidths=[300, 167])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("LINEBELOW", (0, 0), (-1, 0), 1.6, BROWN),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [t, Spacer(1, 12)]


def roman(num, text):
    t = Table([[Paragraph(num, N), Paragraph(text, PN)]], colWidths=[34, 433])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return t


RECS_A = [
    ("I.", "Wijs elk nieuw pleeggezin in het eerste jaar naast de pleegzorgbegeleider een ervaren pleegouder als "
           "maatje toe, bij wie het gezin met alledaagse vragen terechtkan."),
    ("II.", "Zorg ervoor dat pleegouders buiten kantoortijd één vast telefoonnummer hebben waar zij bij een crisis "
            "altijd een medewerker van pleegzorg te spreken krijgen, ook 's nachts en in het weekend."),
    ("III.", "Bied elk pleeggezin minstens twaalf dagen respijtzorg per jaar aan, en meer wanneer het pleegkind "
             "zware gedragsproblemen heeft."),
    ("IV.", "Maak de pleegvergoeding voortaan vóór de eerste dag van de maand over en vergoed bijzondere kosten, "
            "zoals een fiets of een schoolreis, binnen vier weken na de aanvraag."),
]
RECS_B = [
    ("V.", "Betrek pleegouders standaard bij het opstellen en het evalueren van het hulpverleningsplan van hun "
           "pleegkind, en nodig hen uit voor elk evaluatiegesprek."),
    ("VI.", "Ontwikkel samen met de pleegouderraad een training voor pleegouders over het omgaan met de "
            "bezoekregeling en het contact met de ouders van het pleegkind."),
    ("VII.", "Regel ruim vóór de achttiende verjaardag van een pleegkind de afspraken met de gemeente, zodat "
             "verlengde pleegzorg tot 21 jaar zonder onderbreking van de vergoeding doorloopt."),
]


def advice():
    s = letterhead("Pleegouderraad", "Stichting Jeugdhulp Lindeland - Pleegzorg<br/>Postbus 418, 5221 KL Lindeland",
                   [("Aan", "de raad van bestuur van Stichting Jeugdhulp Lindeland"), ("Datum", "3 november 2026"),
                    ("Kenmerk", "POR-2026-07")])
    s += [Paragraph("Advies over het Koersplan Pleegzorg 2027-2030", ParagraphStyle(
              "t", parent=P, fontName="RB", fontSize=16, leading=20, spaceAfter=3)),
          Paragraph("'Thuis in een ander gezin' - gevraagd advies van de pleegouderraad",
                    ParagraphStyle("st", parent=P, fontName="RI", fontSize=10.5, textColor=colors.HexColor("#555555"),
                                   spaceAfter=10)),
          Paragraph("1. Aanleiding", H),
          Paragraph("Op 22 september 2026 vroeg de raad van bestuur ons om advies over het concept van het Koersplan "
                    "Pleegzorg 2027-2030. Het koersplan beschrijft hoe Jeugdhulp Lindeland de komende vier jaar "
                    "pleeggezinnen wil werven, begeleiden en behouden. De Jeugdwet bepaalt dat een aanbieder van "
                    "pleegzorg een pleegouderraad moet hebben en die om advies moet vragen over voorgenomen besluiten "
                    "die de pleegouders raken. Wij waarderen het dat u ons zo vroeg hebt betrokken.", P),
          Paragraph("Het koersplan noemt vier speerpunten:", P),
          Paragraph("1. meer pleeggezinnen in de regio, vooral voor tieners en broertjes en zusjes;", L),
          Paragraph("2. minder breakdowns: minder plaatsingen die voortijdig eindigen;", L),
          Paragraph("3. pleegzorg dichter bij huis, in de eigen gemeente van het kind;", L),
          Paragraph("4. minder administratieve lasten voor pleegouders en begeleiders.", L),
          Spacer(1, 4),
          Paragraph("Wij onderschrijven deze speerpunten. Ons advies gaat over de vraag wat er nodig is om ze te "
                    "halen.", P),
          Paragraph("2. Hoe wij te werk gingen", H),
          Paragraph("De pleegouderraad bestaat uit negen pleegouders uit zes gemeenten. Wij bespraken het concept in "
                    "twee vergaderingen en legden het voor aan de achterban tijdens drie koffieochtenden in Lindeland, "
                    "Oosterwaarde en Heikant. In totaal spraken wij met 64 pleegouders. Ook hadden wij een gesprek met "
                    "twee pleegzorgbegeleiders en met de gedragswetenschapper van het team Netwerkpleegzorg.", P),
          Paragraph("3. Wat wij zien", H)]
    fig = Table([[Paragraph("<b>Pleegzorg in cijfers</b>", C), Paragraph("2024", C), Paragraph("2025", C)],
                 [Paragraph("Pleeggezinnen", C), Paragraph("231", C), Paragraph("214", C)],
                 [Paragraph("Nieuwe pleeggezinnen", C), Paragraph("29", C), Paragraph("22", C)],
                 [Paragraph("Gestopte pleeggezinnen", C), Paragraph("31", C), Paragraph("38", C)],
                 [Paragraph("Kinderen op de wachtlijst (31 december)", C), Paragraph("17", C), Paragraph("26", C)]],
                colWidths=[260, 60, 60], hAlign="LEFT")
    fig.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SAND), ("LINEBELOW", (0, 0), (-1, -1), 0.4, BROWN),
                             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))
    s += [Paragraph("Het aantal pleeggezinnen daalt, terwijl de wachtlijst groeit. In 2025 stopten meer gezinnen dan "
                    "er bijkwamen. Uit onze gesprekken komt een duidelijk beeld naar voren waarom pleegouders stoppen: "
                    "zij voelen zich in moeilijke momenten alleen staan, zij zijn uitgeput omdat zij nooit een "
                    "weekend vrij hebben, en zij ergeren zich aan de traagheid waarmee vergoedingen worden betaald.", P),
          fig, Spacer(1, 8),
          Paragraph("Veel pleegouders vertelden dat zij pas achteraf hoorden wat er in een evaluatie over hun "
                    "pleegkind was besproken. Ook zien wij dat het contact met de ouders van het kind voor veel "
                    "pleeggezinnen zwaar is, en dat daar weinig ondersteuning voor is.", P),
          Paragraph("Er is ook goed nieuws. In ons advies van 2023 over de nieuwe teamindeling schreven wij: 'Elk "
                    "pleeggezin moet binnen een week na de plaatsing een vaste pleegzorgbegeleider hebben.' Dat is "
                    "inmiddels bijna overal gerealiseerd, en pleegouders zijn over hun begeleider in de regel zeer "
                    "tevreden.", P),
          Paragraph("4. Ons advies", H),
          Paragraph("De pleegouderraad adviseert positief over het koersplan, en geeft de raad van bestuur daarbij de "
                    "volgende zeven adviezen mee.", P),
          Paragraph("Steun voor het pleeggezin", H3)]
    s += [roman(n, t) for n, t in RECS_A]
    s += [Paragraph("Het pleegkind en zijn eigen ouders", H3)]
    s += [roman(n, t) for n, t in RECS_B]
    s += [Paragraph("5. Tot slot", H),
          Paragraph("Wij vragen u in het bijzonder om de adviezen II, IV en VII over te nemen; dat zijn de punten "
                    "waarover pleegouders het vaakst met ons spraken. Wij zien uw reactie graag binnen zes weken "
                    "tegemoet.", P),
          Spacer(1, 4),
          Paragraph("Namens de pleegouderraad,<br/>Anouk van Bemmel, voorzitter<br/>Hendrik-Jan Schouten, "
                    "secretaris", P)]
    doc = Doc(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=64, rightMargin=64, topMargin=54,
              bottomMargin=50, title="Advies pleegouderraad POR-2026-07")
    doc.head = "Pleegouderraad Jeugdhulp Lindeland - advies POR-2026-07 over het Koersplan Pleegzorg 2027-2030"
    doc.build2(s)


def response():
    s = letterhead("Stichting Jeugdhulp Lindeland", "Raad van bestuur<br/>Postbus 418, 5221 KL Lindeland",
                   [("Datum", "15 december 2026"), ("Ons kenmerk", "RvB/2026/0931"),
                    ("Onderwerp", "Uw advies over het Koersplan Pleegzorg")])
    s += [Paragraph("Aan de pleegouderraad<br/>t.a.v. mevrouw A. van Bemmel, voorzitter", P), Spacer(1, 6),
          Paragraph("Beste Anouk, beste leden van de pleegouderraad,", P),
          Paragraph("Hartelijk dank voor uw advies van 3 november over het Koersplan Pleegzorg 2027-2030. Het is "
                    "zichtbaar dat u veel pleegouders hebt gesproken; hun ervaringen hebben ons aan het denken gezet. "
                    "Wij hebben uw advies besproken met het managementteam Pleegzorg en met de teamleiders. In deze "
                    "brief leest u wat wij met uw adviezen doen.", P),
          Paragraph("Wij beginnen met de financiën, omdat daar de meeste ergernis over is. Uw vierde advies nemen wij "
                    "volledig over. Vanaf januari 2027 staat de pleegvergoeding uiterlijk op de 25e van de voorgaande "
                    "maand op de rekening. Voor bijzondere kosten komt een nieuw digitaal formulier; een aanvraag "
                    "wordt binnen twintig werkdagen beoordeeld en betaald.", P),
          Paragraph("Ook het eerste advies nemen wij over. Met ingang van 1 maart 2027 krijgt ieder nieuw pleeggezin "
                    "een maatje uit een pool van ervaren pleegouders, die daarvoor een vrijwilligersvergoeding "
                    "ontvangen. Wij vragen de pleegouderraad om mee te denken over de werving van deze maatjes.", P),
          Paragraph("Het vijfde en het zesde advies gaan beide over het pleegkind en zijn ouders. Wij zijn het met u "
                    "eens dat pleegouders meer betrokken moeten worden bij het plan van hun pleegkind: vanaf februari "
                    "ontvangen zij voortaan altijd een uitnodiging voor de evaluatie van het hulpverleningsplan, en "
                    "zij krijgen het verslag. Een aparte training over bezoekregelingen vinden wij een sympathiek "
                    "idee. Wij bekijken bij het opstellen van het scholingsaanbod voor 2028 of daar ruimte voor is, "
                    "en komen daar dan bij u op terug.", P),
          Paragraph("Uw tweede advies nemen wij gedeeltelijk over. Vanaf 1 april 2027 is het team Pleegzorg op "
                    "werkdagen tot 22.00 uur en in het weekend van 9.00 tot 17.00 uur telefonisch bereikbaar voor "
                    "pleegouders. Een eigen nachtdienst kunnen wij met onze bezetting niet organiseren; 's nachts "
                    "blijft de regionale crisisdienst jeugd het aanspreekpunt.", P),
          Paragraph("Over het derde advies moeten wij u teleurstellen. De gemeenten financieren respijtzorg per kind "
                    "en alleen als er een indicatie voor is. Een vast aantal dagen voor ieder pleeggezin kunnen wij "
                    "daarom niet toezeggen. De pleegzorgbegeleider blijft per gezin bekijken of respijtzorg nodig "
                    "is.", P),
          Paragraph("Ontwikkelingen", H),
          Paragraph("Het is goed om te melden dat het aantal aanmeldingen van nieuwe pleeggezinnen stijgt. In het "
                    "derde kwartaal van 2026 kwamen er 11 nieuwe gezinnen bij, tegen 5 in dezelfde periode vorig "
                    "jaar. De wervingscampagne 'Jouw huis, hun thuis' loopt nog tot eind februari.", P),
          Paragraph("Wij bespreken deze brief graag met u tijdens de overlegvergadering van 26 januari 2027. Het "
                    "definitieve koersplan stelt de raad van bestuur vast in maart.", P),
          Spacer(1, 4),
          Paragraph("Met vriendelijke groet,", P),
          Paragraph("drs. M.C. (Mariëlle) Hoogendijk<br/>voorzitter raad van bestuur", P)]
    doc = Doc(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=64, rightMargin=64, topMargin=54,
              bottomMargin=50, title="Reactie op advies pleegouderraad")
    doc.head = "Stichting Jeugdhulp Lindeland - RvB/2026/0931"
    doc.build2(s)


def expected():
    recs = [
        (1, "Wijs elk nieuw pleeggezin in het eerste jaar naast",
         "krijgt ieder nieuw pleeggezin een maatje uit een pool", "agrees"),
        (2, "Zorg ervoor dat pleegouders buiten kantoortijd één vast telefoonnummer",
         "Een eigen nachtdienst kunnen wij met onze bezetting niet organiseren", "partly"),
        (3, "Bied elk pleeggezin minstens twaalf dagen respijtzorg per jaar",
         "Een vast aantal dagen voor ieder pleeggezin kunnen wij daarom niet toezeggen", "disagrees"),
        (4, "Maak de pleegvergoeding voortaan vóór de eerste dag van de maand",
         "uiterlijk op de 25e van de voorgaande maand", "agrees"),
        (5, "Betrek pleegouders standaard bij het opstellen en het evalueren",
         "ontvangen zij voortaan altijd een uitnodiging voor de evaluatie", "agrees"),
        (6, "Ontwikkel samen met de pleegouderraad een training voor pleegouders",
         "bij het opstellen van het scholingsaanbod voor 2028", "noted"),
        (7, "Regel ruim vóór de achttiende verjaardag van een pleegkind", None, "unanswered"),
    ]
    unmatched = ["hun ervaringen hebben ons aan het denken gezet",
                 "kwamen er 11 nieuwe gezinnen bij, tegen 5 in dezelfde periode",
                 "tijdens de overlegvergadering van 26 januari 2027"]
    notes = ("Dutch PLEEGOUDERRAAD of a jeugdhulpaanbieder advising the raad van bestuur on the concept Koersplan "
             "Pleegzorg 2027-2030 (reportlab, 2 p., serif, two-column letterhead over a brown rule, 'Pleegzorg in "
             "cijfers' table, running head from p. 2, 'blad n/m'): the Jeugdwet 'moet' (trap), the koersplan's four "
             "speerpunten as a numbered list 1.-4. (trap), findings with figures, the raad's 2023 advice quoted with "
             "'moet' and realised (trap); recommendations as ROMAN NUMERALS I.-VII. hanging in the margin under two "
             "italic sub-headings (I-IV, V-VII), all on p. 2 (expected 1-7 = I-VII); "
             "closing line citing 'de adviezen II, IV en VII' (trap). Response: the raad van bestuur's LETTER naming "
             "the advices by ORDINALS ('Uw vierde advies', 'het eerste advies', 'Het vijfde en het zesde advies', "
             "'Uw tweede advies', 'het derde advies'), order IV, I, V+VI (one paragraph), II, III: IV agrees (paid "
             "by the 25th, special costs within twenty working days); I agrees (maatje from 1 March 2027); the "
             "paragraph on V and VI = V agrees (always invited to the evaluation, gets the report) + VI noted (looked "
             "at for the 2028 scholingsaanbod, 'komen daar dan bij u op terug'); II partly (reachable until 22.00 and "
             "weekend days, no own night service); III disagrees (no fixed number of respijt days); VII (verlengde "
             "pleegzorg, arrangements with the gemeente) unanswered; the opening, 'Ontwikkelingen' (figures, 'het "
             "derde kwartaal': trap) and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

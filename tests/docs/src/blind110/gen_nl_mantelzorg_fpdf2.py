"""Round 110 (nl): the ONGEVRAAGD ADVIES of a Dutch municipal MANTELZORGRAAD (carers' council) on support for
informal carers, answered by the college's BESLUITENLIJST (decision list) of a weekly meeting, whose agenda item on
the advice has numbered decision points that are NOT the advice's numbers and never cite it by number.

Advice (fpdf2, sans, purple side band on page 1, running head from p. 2, 'blz. n van m'): findings with traps (Wmo 2015
art. 2.1.2 'moet', the 2022 advice quoted with 'moet', a 'Wat wij horen' quote box, survey numbers, dates),
recommendations UNNUMBERED BULLETS under 'Ons advies' (expected 1-7 in order). Response: besluitenlijst with agenda
items; decision points 1-5 of item 2 answer by subject, order 4, 2+3, 1, 7, 6; 5 unanswered. All invented.

Run: /tmp/blind110nl/bin/python tests/docs/src/blind110/gen_nl_mantelzorg_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b110nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind110_nl_mantelzorg"
F = B.tmp_fonts()
PURPLE = (92, 45, 120)


class Doc(FPDF):
    head = ""
    foot = "blz. {n} van {m}"

    def header(self):
        if self.page_no() == 1 and self.band:
            self.set_fill_color(*PURPLE)
            self.rect(0, 0, 9, self.h, "F")
        if self.page_no() > 1:
            self.set_font("S", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT", align="L")
            self.set_draw_color(*PURPLE)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def new(head, foot, band=True):
    pdf = Doc(format="A4")
    pdf.head, pdf.foot, pdf.band = head, foot, band
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        pdf.add_font("S", style, F[key])
    pdf.set_margins(24, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def h(pdf, text, size=11.5):
    pdf.ln(2)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*PURPLE)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def p(pdf, text, style="", size=10):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)


RECS = [
    "Zorg ervoor dat elke mantelzorger binnen twee weken na aanmelding een gesprek krijgt met een "
    "mantelzorgconsulent.",
    "Maak logeeropvang voor de persoon met dementie of een beperking mogelijk zonder eigen bijdrage, zodat "
    "mantelzorgers een weekend op adem kunnen komen.",
    "Laat mantelzorgers bij de jaarlijkse mantelzorgwaardering kiezen tussen een tegoedbon voor lokale winkels en een "
    "geldbedrag.",
    "Train de medewerkers van het Wmo-loket en de wijkteams in het herkennen van overbelasting bij mantelzorgers.",
    "Bereik jonge mantelzorgers via de scholen voor voortgezet onderwijs en het mbo, met een vaste contactpersoon "
    "per school.",
    "Onderzoek of mantelzorgers die dagelijks langskomen een gratis bezoekersparkeervergunning kunnen krijgen.",
    "Bundel alle vormen van ondersteuning voor mantelzorgers in één overzicht, op papier en op de gemeentelijke "
    "website.",
]


def advice():
    pdf = new("Mantelzorgraad Westerzande - ongevraagd advies MZR 2026-3", "blz. {n} van {m}")
    p(pdf, "MANTELZORGRAAD WESTERZANDE", "B", 9)
    pdf.set_font("S", "B", 17)
    pdf.set_text_color(*PURPLE)
    pdf.multi_cell(0, 8, "Ongevraagd advies: ontlast de mantelzorger", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    p(pdf, "Aan het college van burgemeester en wethouders van Westerzande\nKenmerk MZR 2026-3 - Westerzande, "
           "6 oktober 2026", "", 8.5)
    h(pdf, "Waarom dit advies")
    p(pdf, "In Westerzande zorgen naar schatting 5.800 inwoners langdurig en intensief voor een naaste. De "
           "Mantelzorgraad geeft het college gevraagd en ongevraagd advies over het beleid voor mantelzorgers. Dit "
           "advies is ongevraagd: wij zien dat de druk op mantelzorgers sinds 2023 sterk is toegenomen, terwijl het "
           "beleidsplan Samen Zorgen pas in 2028 wordt herzien.")
    p(pdf, "Op grond van artikel 2.1.2 van de Wet maatschappelijke ondersteuning 2015 moet het gemeentelijke beleid "
           "erop gericht zijn mantelzorgers te ondersteunen. In ons advies van 2022 schreven wij al: 'De gemeente moet "
           "de mantelzorger zien als partner en niet als sluitpost.' Wij hebben niet de indruk dat dit uitgangspunt "
           "in de praktijk al is gerealiseerd.")
    h(pdf, "Wat wij hebben gedaan")
    p(pdf, "In juni en juli 2026 hebben wij een vragenlijst uitgezet die door 412 mantelzorgers is ingevuld. "
           "Daarnaast spraken wij met het Steunpunt Mantelzorg, twee wijkteams, de dagbesteding De Linde en een "
           "groep van negen jonge mantelzorgers.")
    h(pdf, "Wat wij horen")
    pdf.set_fill_color(238, 232, 244)
    pdf.set_font("S", "I", 9.5)
    pdf.multi_cell(0, 5.2, "'Ik zorg al zes jaar voor mijn man. Pas toen ik zelf bij de huisarts zat, vroeg iemand "
                           "hoe het met mij ging.' - mantelzorger uit de Noorderwijk", fill=True, padding=3,
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    p(pdf, "Van de ondervraagden voelt 38 procent zich zwaar belast. Zes op de tien mantelzorgers kennen het "
           "Steunpunt niet. Wie zich aanmeldt, wacht gemiddeld zeven weken op een eerste gesprek. Logeeropvang wordt "
           "weinig gebruikt, vooral vanwege de eigen bijdrage van 62 euro per etmaal. De mantelzorgwaardering (een "
           "tegoedbon van 75 euro) wordt gewaardeerd, maar een deel van de mantelzorgers zou liever een bedrag op de "
           "rekening ontvangen. Jonge mantelzorgers zijn bijna onzichtbaar: slechts elf van hen staan ingeschreven "
           "bij het Steunpunt.")
    h(pdf, "Ons advies")
    p(pdf, "De Mantelzorgraad adviseert het college:")
    pdf.set_font("S", "", 10)
    for r in RECS:
        x = pdf.l_margin
        pdf.set_x(x + 3)
        pdf.cell(5, 5.4, "\u2022")
        pdf.multi_cell(0, 5.4, r, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.5)
    h(pdf, "Tot slot")
    p(pdf, "Wij horen graag binnen acht weken welke van deze adviezen het college overneemt. De leden van de "
           "Mantelzorgraad zijn graag bereid het advies toe te lichten in de commissie Samenleving.")
    p(pdf, "Met vriendelijke groet,\nnamens de Mantelzorgraad Westerzande,\n\nIneke Brouwer-Hamstra, voorzitter\n"
           "Sander Roelofsen, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Westerzande - besluitenlijst college 17 november 2026", "pagina {n} van {m}", band=False)
    p(pdf, "Gemeente Westerzande", "B", 9)
    pdf.set_font("S", "B", 16)
    pdf.multi_cell(0, 8, "Openbare besluitenlijst van het college van burgemeester en wethouders",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    p(pdf, "Vergadering van dinsdag 17 november 2026 - aanwezig: burgemeester W. Dijkstra, wethouders R. Eelman, "
           "F. Koç en J. Terpstra, gemeentesecretaris A. Hoekstra", "", 8.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)

    def item(nr, title, port, body):
        h(pdf, f"{nr}  {title}", 11)
        p(pdf, f"Portefeuillehouder: {port}", "I", 8.5)
        for b in body:
            p(pdf, b)

    item("1.", "Vaststelling besluitenlijst", "burgemeester",
         ["Besluit: de besluitenlijst van de vergadering van 10 november 2026 wordt ongewijzigd vastgesteld."])
    item("2.", "Reactie op het ongevraagd advies van de Mantelzorgraad (MZR 2026-3)", "wethouder F. Koç",
         ["Het college besluit:"])
    pts = [
        "Het Wmo-loket en de vijf wijkteams volgen in het eerste kwartaal van 2027 de training 'Signalen van "
        "overbelasting' van het Steunpunt Mantelzorg; de kosten worden gedekt uit het budget deskundigheidsbevordering.",
        "De eigen bijdrage voor logeeropvang per 1 januari 2027 te halveren tot 31 euro per etmaal; volledig "
        "kosteloze opvang acht het college financieel niet verantwoord. De waardering blijft een tegoedbon voor de "
        "lokale winkels: een keuze voor geld past niet bij het doel de lokale economie te steunen en brengt fiscale "
        "risico's mee.",
        "Het Steunpunt Mantelzorg krijgt voor 2027 en 2028 een extra consulent, zodat nieuwe mantelzorgers binnen "
        "veertien dagen worden gesproken.",
        "In maart 2027 verschijnt de gids 'Zorgen voor een ander in Westerzande' met alle regelingen, huis-aan-huis en "
        "op westerzande.nl/mantelzorg.",
        "De vraag naar een gratis bezoekersparkeervergunning wordt doorgegeven aan de werkgroep die het "
        "parkeerbeleid herziet; die weegt het verzoek mee in het voorstel aan de raad.",
    ]
    for i, t in enumerate(pts, 1):
        pdf.set_font("S", "", 10)
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(7, 5.2, f"{i}.")
        pdf.multi_cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.5)
    p(pdf, "De wethouder stuurt de Mantelzorgraad een brief met dit besluit en informeert de raad via de "
           "commissie Samenleving.", "I", 9.5)
    item("3.", "Subsidie Stichting Zomerfeesten Westerzande 2027", "wethouder R. Eelman",
         ["Besluit: de stichting ontvangt een subsidie van 18.500 euro voor de zomerfeesten 2027, op voorwaarde dat "
          "het draaiboek uiterlijk 1 april bij de afdeling Vergunningen ligt."])
    item("4.", "Sluiting", "burgemeester",
         ["Deze besluitenlijst is openbaar en wordt na vaststelling in de volgende vergadering gepubliceerd op de "
          "website van de gemeente."])
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Zorg ervoor dat elke mantelzorger binnen twee weken na aanmelding",
         "zodat nieuwe mantelzorgers binnen veertien dagen worden gesproken", "agrees"),
        (2, "Maak logeeropvang voor de persoon met dementie of een beperking mogelijk",
         "De eigen bijdrage voor logeeropvang per 1 januari 2027 te halveren", "partly"),
        (3, "Laat mantelzorgers bij de jaarlijkse mantelzorgwaardering kiezen",
         "een keuze voor geld past niet bij het doel", "disagrees"),
        (4, "Train de medewerkers van het Wmo-loket en de wijkteams",
         "volgen in het eerste kwartaal van 2027 de training", "agrees"),
        (5, "Bereik jonge mantelzorgers via de scholen voor voortgezet onderwijs", None, "unanswered"),
        (6, "Onderzoek of mantelzorgers die dagelijks langskomen een gratis bezoekersparkeervergunning",
         "wordt doorgegeven aan de werkgroep die het parkeerbeleid herziet", "noted"),
        (7, "Bundel alle vormen van ondersteuning voor mantelzorgers in één overzicht",
         "In maart 2027 verschijnt de gids", "agrees"),
    ]
    unmatched = ["de besluitenlijst van de vergadering van 10 november 2026",
                 "de stichting ontvangt een subsidie van 18.500 euro",
                 "Deze besluitenlijst is openbaar en wordt na vaststelling"]
    notes = ("Dutch Mantelzorgraad's ongevraagd advies on support for informal carers (fpdf2, 2 p., purple side band "
             "on p. 1, running head from p. 2, 'blz. n van m'): findings (Wmo 2015 art. 2.1.2 'moet', the 2022 advice "
             "quoted with 'moet', a shaded quote box, survey figures, 62 euro, dates); recommendations UNNUMBERED "
             "BULLETS under 'Ons advies' (expected 1-7 in order). Response: the college's openbare besluitenlijst, "
             "agenda item 2 with decision points 1.-5. (numbers that are NOT the advice's; no citation of the advice "
             "by number), order 4, 2+3, 1, 7, 6; decision point 2 = 2 partly (eigen bijdrage halved) + 3 disagrees "
             "(tegoedbon kept); 4 agrees; 1 agrees; 7 agrees; 6 noted (passed to the parkeer werkgroep); 5 (jonge "
             "mantelzorgers) unanswered; agenda items 1 (vaststelling), 3 (zomerfeesten subsidie) and 4 (sluiting) "
             "answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 107 (nl): the ADVIES of a Flemish municipality's MINA-RAAD (milieuraad) on the ontwerp-SUBSIDIEREGLEMENT
for groendaken, regenwaterputten and ontharding, answered by the LETTER of the college van burgemeester en
schepenen, citing the letters.

Advice (fpdf2, sans, green letterhead rule, running head from p. 2, 'blz. n/m'): a premium table, numbered
VASTSTELLINGEN 1-4 (trap: numbers; hemelwaterverordening 'moet', the 2021 advice quoted with 'moet', art. 4 and 7 of
the ontwerp), then the recommendations LETTERED a)-g) in a shaded BOX. Response: letter citing letters, order e),
b)+g), a), d), c); f) unanswered. All invented.

Run: /tmp/blind107nl/bin/python tests/docs/src/blind107/gen_nl_hemelwater_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b107nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind107_nl_hemelwater"
F = B.tmp_fonts()
GREEN = (46, 110, 60)


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.add_font("K", "", F["Regular"])
        self.add_font("K", "B", F["Bold"])
        self.add_font("K", "I", F["Italic"])
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("K", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head)
            self.ln(9)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("K", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")

    def hd(self, t):
        self.ln(2)
        self.set_font("K", "B", 11.5)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, t, size=9.8, style=""):
        self.set_font("K", style, size)
        self.multi_cell(0, 5.1, t)
        self.ln(2)


RECS = [
    ("a)", "Verhoog de premie voor een groendak van 20 naar 30 euro per vierkante meter, met een maximum van "
           "3.000 euro per gebouw."),
    ("b)", "Maak ook de ontharding van voortuinen, opritten en binnenkoeren subsidiabel vanaf een oppervlakte van "
           "10 vierkante meter."),
    ("c)", "Koppel de premie voor een regenwaterput voortaan aan een aantoonbaar hergebruik van het regenwater "
           "voor toilet of wasmachine."),
    ("d)", "Schrap de voorwaarde dat de aanvrager eigenaar van de woning is, zodat ook huurders met toestemming "
           "van de eigenaar een aanvraag kunnen indienen."),
    ("e)", "Voorzie een verhoogde premie van 50 procent extra voor gezinnen die recht hebben op de verhoogde "
           "tegemoetkoming."),
    ("f)", "Organiseer samen met de rioolbeheerder jaarlijks een infosessie en een gratis adviesbezoek aan huis "
           "voor wie wil afkoppelen."),
    ("g)", "Laat de aanvraag uitsluitend digitaal verlopen via het e-loket en schaf de papieren "
           "aanvraagformulieren af."),
]


def advice():
    d = Doc("MINA-raad Ravelsbeke - advies 2026/05 over het ontwerp-subsidiereglement hemelwater en ontharding",
            "blz. {n}/{nb}")
    d.add_page()
    d.set_font("K", "B", 13)
    d.set_text_color(*GREEN)
    d.cell(0, 7, "MINA-raad Ravelsbeke", new_x="LMARGIN", new_y="NEXT")
    d.set_font("K", "", 8.5)
    d.set_text_color(80, 80, 80)
    d.cell(0, 5, "Gemeentelijke adviesraad voor milieu en natuur · Gemeenteplein 1, 2380 Ravelsbeke",
           new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*GREEN)
    d.set_line_width(0.8)
    d.line(22, d.get_y() + 2, 188, d.get_y() + 2)
    d.ln(7)
    d.set_text_color(0, 0, 0)
    d.set_font("K", "B", 16)
    d.multi_cell(0, 8, "Advies over het ontwerp-subsidiereglement groendaken, regenwaterputten en ontharding")
    d.set_font("K", "", 8.5)
    d.cell(0, 6, "Advies 2026/05 · goedgekeurd op de algemene vergadering van 7 oktober 2026 · aan het college "
                 "van burgemeester en schepenen", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("1. Adviesvraag")
    d.para("Op 8 september 2026 vroeg het college van burgemeester en schepenen de MINA-raad om advies over het "
        "ontwerp van een nieuw subsidiereglement voor groendaken, regenwaterputten en ontharding, dat het "
        "reglement van 2019 vervangt. Het ontwerp zou op 15 december 2026 aan de gemeenteraad worden voorgelegd. "
        "De werkgroep Water van de MINA-raad bereidde dit advies voor; de algemene vergadering keurde het "
        "unaniem goed, met 14 stemgerechtigde leden aanwezig.")
    d.hd("2. Het ontwerp in het kort")
    rows = [("Maatregel", "Reglement 2019", "Ontwerp 2027"), ("Groendak", "15 euro/m²", "20 euro/m², max. 2.000 euro"),
            ("Regenwaterput (bestaande woning)", "250 euro", "400 euro"),
            ("Infiltratievoorziening", "-", "300 euro"), ("Ontharding", "-", "niet opgenomen"),
            ("Aanvragen 2025", "61", "-")]
    for i, r in enumerate(rows):
        d.set_font("K", "B" if i == 0 else "", 8.8)
        d.set_fill_color(225, 238, 228)
        for w, c in zip((70, 45, 51), r):
            d.cell(w, 6, c, border="B", fill=(i == 0))
        d.ln(6)
    d.ln(3)
    d.hd("3. Vaststellingen")
    for n, t in [("1.", "Het ontwerp beperkt zich tot bestaande woningen. Volgens de gewestelijke "
                       "hemelwaterverordening moet elke nieuwbouwwoning sowieso een regenwaterput hebben; "
                       "nieuwbouw valt daarom terecht buiten het reglement."),
                 ("2.", "Artikel 4 van het ontwerp bepaalt dat alleen de eigenaar-bewoner een premie kan "
                       "aanvragen. In Ravelsbeke huurt ongeveer 29 procent van de gezinnen zijn woning."),
                 ("3.", "Artikel 7 van het ontwerp bepaalt dat de aanvraag moet gebeuren binnen twaalf maanden "
                       "na de factuurdatum, op papier of via het e-loket."),
                 ("4.", "In ons advies 2021/02 schreven wij al: 'Het bestuur moet ontharding actief stimuleren, "
                       "ook op privéterrein.' Het ontwerp neemt ontharding nog steeds niet op.")]:
        d.set_font("K", "", 9.8)
        d.cell(8, 5.1, n)
        d.multi_cell(0, 5.1, t)
        d.ln(1.5)
    d.para("De MINA-raad waardeert dat het bestuur de premies optrekt. De droge zomers van 2022 en 2025 en de "
        "wateroverlast in de Molenwijk in juni 2024 tonen dat elke vierkante meter die water vasthoudt of laat "
        "insijpelen, telt.")
    d.hd("4. Advies")
    d.para("De MINA-raad geeft een gunstig advies over het ontwerp, onder de volgende aanbevelingen:")
    d.set_fill_color(236, 244, 238)
    if d.get_y() > 180:
        d.add_page()
    y0 = d.get_y()
    d.ln(2)
    for letter, t in RECS:
        d.set_x(26)
        d.set_font("K", "B", 9.8)
        d.cell(8, 5.1, letter)
        d.set_font("K", "", 9.8)
        d.multi_cell(150, 5.1, t)
        d.ln(1.5)
    y1 = d.get_y()
    d.set_draw_color(*GREEN)
    d.set_line_width(0.4)
    d.rect(22, y0, 166, y1 - y0)
    d.ln(4)
    d.hd("5. Slot")
    d.para("De MINA-raad vraagt het college, zoals voorzien in artikel 9 van zijn statuten, binnen twee maanden "
        "gemotiveerd te antwoorden. Wij zijn bereid het advies toe te lichten op de gemeenteraadscommissie.")
    d.para("Voor de MINA-raad,\nEls Van den Broeck, voorzitter\nJoris Meulemans, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Gemeente Ravelsbeke - antwoord op advies MINA-raad 2026/05", "blz. {n}/{nb}")
    d.add_page()
    d.set_font("K", "B", 14)
    d.set_text_color(30, 60, 110)
    d.cell(0, 7, "GEMEENTE RAVELSBEKE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("K", "", 8.5)
    d.set_text_color(80, 80, 80)
    d.cell(0, 5, "College van burgemeester en schepenen · dienst Omgeving · Gemeenteplein 1, 2380 Ravelsbeke",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_text_color(0, 0, 0)
    d.para("MINA-raad Ravelsbeke\nt.a.v. mevrouw Els Van den Broeck, voorzitter\nGemeenteplein 1\n2380 Ravelsbeke",
        9.5)
    d.para("Ons kenmerk: OMG/2026/0731 · Uw kenmerk: advies 2026/05 · Ravelsbeke, 24 november 2026", 8.5)
    d.para("Betreft: antwoord op uw advies over het ontwerp-subsidiereglement hemelwater en ontharding", 9.8, "B")
    d.para("Geachte voorzitter,")
    d.para("Wij danken de MINA-raad en in het bijzonder de werkgroep Water voor het grondige advies van 7 oktober. "
        "Het college heeft het advies besproken in zijn zitting van 17 november 2026 en deelt u hieronder per "
        "aanbeveling zijn standpunt mee.")
    d.para("Aanbeveling e). Het college volgt uw advies. Het aangepaste ontwerp voorziet een verhoging van de premie "
        "met de helft voor gezinnen met recht op de verhoogde tegemoetkoming, op vertoon van het attest van het "
        "ziekenfonds.")
    d.para("Aanbevelingen b) en g). Ontharding wordt in het reglement opgenomen: vanaf 10 m² kunnen eigenaars een "
        "premie van 15 euro per vierkante meter krijgen. De papieren aanvraag behouden wij evenwel; niet elke "
        "inwoner is digitaal vaardig, en het sociaal huis helpt wie dat nodig heeft bij het invullen.")
    d.para("Aanbeveling a). Wij trekken de premie voor groendaken op naar 25 euro per vierkante meter, met een "
        "maximum van 2.500 euro. Een verdere verhoging laat het budget voor 2027 niet toe.")
    d.para("Aanbeveling d). Het college houdt vast aan de voorwaarde in artikel 4. De werken gebeuren aan het "
        "gebouw zelf en de premie hoort daarom bij de eigenaar, die de investering draagt.")
    d.para("Aanbeveling c). Het college heeft begrip voor uw bekommernis. Wij leggen de vraag voor aan de "
        "rioolbeheerder en bekijken ze opnieuw bij de evaluatie van het reglement in 2028.")
    d.para("Tot slot melden wij u dat de gemeente dit najaar 140 nieuwe bomen aanplant langs de Kerkhofdreef en in "
        "de Molenwijk, en dat de MINA-raad welkom is op de plantdag van zaterdag 12 december.")
    d.para("Het aangepaste ontwerp wordt op de gemeenteraad van 26 januari 2027 geagendeerd. Wij hopen u hiermee "
        "voldoende te hebben geïnformeerd en rekenen op een verdere goede samenwerking.")
    d.para("Met vriendelijke groeten,")
    d.para("Namens het college,\nde algemeen directeur, Tom Peeters\nde burgemeester, Annemie Claes")
    d.output(B.out(NAME + "_response.pdf"))


advice()
response()
R = None
B.write_expected(NAME, [
    (1, "Verhoog de premie voor een groendak van 20 naar 30 euro",
     "trekken de premie voor groendaken op naar 25 euro", "partly"),
    (2, "Maak ook de ontharding van voortuinen, opritten en binnenkoeren subsidiabel",
     "Ontharding wordt in het reglement opgenomen", "agrees"),
    (3, "Koppel de premie voor een regenwaterput voortaan aan een aantoonbaar hergebruik",
     "leggen de vraag voor aan de rioolbeheerder", "noted"),
    (4, "Schrap de voorwaarde dat de aanvrager eigenaar van de woning is",
     "Het college houdt vast aan de voorwaarde in artikel 4", "disagrees"),
    (5, "Voorzie een verhoogde premie van 50 procent extra voor gezinnen",
     "Het college volgt uw advies. Het aangepaste ontwerp voorziet", "agrees"),
    (6, "Organiseer samen met de rioolbeheerder jaarlijks een infosessie en een gratis", R, "unanswered"),
    (7, "Laat de aanvraag uitsluitend digitaal verlopen via het e-loket en",
     "De papieren aanvraag behouden wij evenwel", "disagrees"),
], ["danken de MINA-raad en in het bijzonder de werkgroep Water",
    "140 nieuwe bomen aanplant langs de Kerkhofdreef",
    "rekenen op een verdere goede samenwerking"],
    "Advice: Flemish MINA-raad advies with a premium table and NUMBERED VASTSTELLINGEN 1-4 (trap numbers; "
    "hemelwaterverordening 'moet', art. 4 and 7 of the ontwerp, the 2021 advice quoted with 'moet'); "
    "recommendations LETTERED a)-g) in a ruled box under '4. Advies' (expected 1-7 = a-g). Response: the college's "
    "LETTER citing 'Aanbeveling e).' etc., order e, b+g, a, d, c; 'Aanbevelingen b) en g).' = b agrees "
    "(ontharding in) + g disagrees (paper kept); e agrees; a partly (25 instead of 30 euro); d disagrees "
    "(art. 4 kept); c noted (to the rioolbeheerder, evaluation 2028); f (infosessie) unanswered; the thanks, the "
    "trees/plantdag paragraph and the closing answer nothing.")

"""Round 67 (nl): an ADVIES of a Flemish municipal CULTUURRAAD (the statutory advisory council for culture of a
gemeente) on the draft MEERJARENPLAN 2026-2031 for the culture domain, answered by the COLLEGEBESLISSING of the
college van burgemeester en schepenen ('Uittreksel uit de notulen': Motivering with Voorgeschiedenis, Feiten en
context, Juridische grond, Argumentatie, Financiële gevolgen, then Besluit with Artikel 1-3).

Advice: Cultuurraad Ravelbeek, advies 2025/04, 3 p.: green title band, a meta table (vergadering, aanwezig,
stemming, adviesvraag), 1 Adviesvraag (the Decreet over het lokaal bestuur and the statutes' 'moet het college
binnen twee maanden'), 2 Het ontwerp in het kort (three beleidsdoelstellingen BD 1-BD 3 as a list, a budget table),
3 Algemene beoordeling ('De cultuurraad waardeert', 'stelt vast', 'zou ... moeten', the 2019 advice quoted and
reported as done, a minority view 'zou ... moeten'), 4 Adviezen per actie: the seven recommendations ONLY as rows
of a ruled table 'Nr. | Actie in het ontwerp | Advies van de cultuurraad' (numbers 1-7 in the first column, the
draft's action codes AP x.y.z in the second), 5 Besluit ('voorwaardelijk gunstig advies').
Response: collegebeslissing: Voorgeschiedenis, Feiten en context, Juridische grond (nothing); Argumentatie in
another order: advies 5 (agrees), ONE paragraph 'Adviezen 2 en 4' (2 agrees, 4 disagrees), advies 7 (partly), advies
1 (noted: 'neemt akte'), advies 3 (partly: 10 instead of 15 percent); Financiële gevolgen and Besluit Artikel 1-3
(nothing); advies 6 (erfgoedinventaris) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, `table()` for the meta block, the budget table and the recommendations,
fixed creation date).

Run: /tmp/blind67nl/bin/python tests/docs/src/blind67/gen_nl_cultuurraad_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b67nl as B  # noqa: E402

NAME = "blind67_nl_cultuurraad"
DV = "/usr/share/fonts/truetype/dejavu/"
GREEN = (46, 110, 76)
GREY = (95, 95, 95)
PALE = (232, 242, 236)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2025, 11, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 20
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 10)
            self.set_text_color(*GREY)
            if self.kind == "adv":
                self.set_font("sa", "", 7.2)
                self.cell(self.tw, 4, "Cultuurraad Ravelbeek  -  advies 2025/04  -  ontwerp-meerjarenplan "
                          "2026-2031", align="L")
                self.set_draw_color(*GREEN)
                self.line(self.lm, 15, 210 - self.lm, 15)
            else:
                self.set_font("sa", "", 7.2)
                self.cell(self.tw, 4, "Gemeente Ravelbeek  -  college van burgemeester en schepenen  -  zitting "
                          "van 10 november 2025", align="L")
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        if self.kind == "adv":
            self.cell(0, 4, f"pagina {self.page_no()} van {{nb}}", align="R")
        else:
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)


def advice():
    d = Doc("adv")
    d.add_page()

    def head(t, before=3.0):
        d.ln(before)
        if d.will_page_break(18):
            d.add_page()
        d.set_font("sa", "B", 10.4)
        d.set_text_color(*GREEN)
        d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(0.8)

    def para(t, size=8.9, after=2.0, indent=0.0, stl=""):
        d.set_font("sa", stl, size)
        d.set_x(d.lm + indent)
        d.multi_cell(d.tw - indent, 4.7, t, new_x="LMARGIN", new_y="NEXT", align="J")
        d.ln(after)

    d.set_fill_color(*GREEN)
    d.rect(d.lm, 14, d.tw, 26, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm + 5, 17)
    d.set_font("sa", "B", 11)
    d.cell(d.tw - 10, 5, "CULTUURRAAD RAVELBEEK", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 5)
    d.set_font("sa", "B", 13)
    d.multi_cell(d.tw - 10, 6.2, "Advies over het ontwerp van meerjarenplan 2026-2031, beleidsdomein cultuur",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_x(d.lm + 5)
    d.set_font("sa", "", 8)
    d.cell(d.tw - 10, 4.5, "Advies 2025/04", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(44)
    d.set_fill_color(255, 255, 255)
    d.set_font("sa", "", 7.9)
    with d.table(width=d.tw, col_widths=(30, 140), line_height=4.3, borders_layout="HORIZONTAL_LINES",
                 first_row_as_headings=False, align="L") as t:
        for a, b in (("Vergadering", "algemene vergadering van 14 oktober 2025, cultuurcentrum De Meersen"),
                     ("Aanwezig", "23 stemgerechtigde leden (afgevaardigden van 31 erkende verenigingen en 4 "
                                  "deskundigen); schepen van cultuur en cultuurbeleidsmedewerker als waarnemers"),
                     ("Stemming", "19 stemmen voor, 2 tegen, 2 onthoudingen"),
                     ("Adviesvraag", "brief van het college van 16 september 2025, ref. CULT/2025/311")):
            row = t.row()
            row.cell(a, style=FontFace(emphasis="BOLD"))
            row.cell(b)
    d.ln(2)
    head("1. Adviesvraag")
    para("Het college van burgemeester en schepenen vroeg de cultuurraad op 16 september 2025 advies over het "
         "ontwerp van meerjarenplan 2026-2031 voor het beleidsdomein cultuur. Het ontwerp wordt in december 2025 "
         "aan de gemeenteraad voorgelegd.")
    para("Artikel 304 van het Decreet over het lokaal bestuur verplicht de gemeente om inwoners en hun organisaties "
         "bij het beleid te betrekken. Volgens artikel 12 van de statuten van de cultuurraad moet het college "
         "binnen twee maanden een gemotiveerd antwoord geven op elk advies van de raad.")
    head("2. Het ontwerp in het kort")
    para("Het ontwerp bevat drie beleidsdoelstellingen voor cultuur:")
    for code, t in (("BD 1", "Een bruisend verenigingsleven dat voor iedereen toegankelijk is."),
                    ("BD 2", "Een efficiënte organisatie van de culturele infrastructuur."),
                    ("BD 3", "Zorg voor erfgoed en kunst in de publieke ruimte.")):
        y = d.get_y()
        d.set_font("sa", "B", 8.9)
        d.set_xy(d.lm + 4, y)
        d.cell(12, 4.7, code)
        d.set_font("sa", "", 8.9)
        d.set_xy(d.lm + 17, y)
        d.multi_cell(d.tw - 17, 4.7, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    para("Om de meerjarenplanning in evenwicht te houden, stelt het college twee besparingen voor: een hogere "
         "zaalhuur in het cultuurcentrum en de sluiting van het bibliotheekfiliaal in Ravelbeek-Noord. De tabel "
         "geeft de belangrijkste budgetten.")
    d.set_font("sa", "", 7.8)
    with d.table(width=120, col_widths=(70, 25, 25), line_height=4.3, align="L", text_align=("LEFT", "RIGHT", "RIGHT"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        for r in (("Exploitatie (euro per jaar)", "2025", "2026-2031"),
                  ("Bibliotheek (hoofdbibliotheek en filiaal)", "612.000", "548.000"),
                  ("Cultuurcentrum De Meersen", "455.000", "431.000"),
                  ("Werkingssubsidies verenigingen", "68.000", "68.000"),
                  ("Erfgoed en kunst in de publieke ruimte", "24.000", "30.000")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("sa", "I", 7.3)
    d.cell(0, 5, "Tabel 1. Exploitatiebudget cultuur volgens het ontwerp (gemiddelde per jaar voor 2026-2031)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    head("3. Algemene beoordeling")
    para("De cultuurraad waardeert dat het college de raad vroeg bij het opmaken van het ontwerp heeft betrokken, "
         "onder meer via twee werksessies in mei en juni 2025. In ons advies over het meerjarenplan 2020-2025 "
         "vroegen we 'een centraal uitleenpunt voor podia, tenten en geluidsmateriaal in te richten'. Dat "
         "uitleenpunt is er intussen gekomen en wordt door de verenigingen druk gebruikt.")
    para("De raad stelt wel vast dat de werkingssubsidies al sinds 2019 niet meer zijn geïndexeerd, terwijl de "
         "kosten van de verenigingen sterk zijn gestegen. Een cultuurbeleid zou moeten vertrekken van wat de "
         "verenigingen en vrijwilligers nodig hebben, niet alleen van de beschikbare middelen.")
    para("Een minderheid van de leden vindt dat de gemeente de muziekacademie zou moeten laten verhuizen naar het "
         "cultuurcentrum. De meerderheid volgt dat standpunt niet, omdat het ontwerp daarover niets bepaalt.")
    if d.will_page_break(70):
        d.add_page()
    head("4. Adviezen per actie")
    para("Bij de volgende acties uit het ontwerp formuleert de cultuurraad een concreet advies:")
    recs = [
        ("1", "AP 1.1.2\nVernieuwing hoofdbibliotheek",
         "Betrek de gebruikers van de bibliotheek via een klankbordgroep bij het ontwerp van de vernieuwde "
         "hoofdbibliotheek."),
        ("2", "AP 1.2.1\nTarieven zaalverhuur",
         "Verlaag de huurprijs van de zalen in cultuurcentrum De Meersen met de helft voor erkende Ravelbeekse "
         "verenigingen, in plaats van ze te verhogen."),
        ("3", "AP 1.3.1\nWerkingssubsidies",
         "Verhoog het budget voor werkingssubsidies aan erkende cultuurverenigingen met 15 procent over de hele "
         "planperiode."),
        ("4", "AP 2.1.1\nSluiting filiaal Noord",
         "Houd het bibliotheekfiliaal in Ravelbeek-Noord open, minstens op woensdagnamiddag en "
         "zaterdagvoormiddag."),
        ("5", "AP 2.2.3\nOndersteuning verenigingen",
         "Voorzie in het personeelsplan een halftijdse cultuurbeleidscoördinator die de verenigingen ondersteunt "
         "bij subsidies, vergunningen en promotie."),
        ("6", "AP 3.1.1\nBeheer erfgoed",
         "Maak een inventaris van het bouwkundig erfgoed in eigendom van de gemeente en koppel er een "
         "meerjarig onderhoudsplan aan."),
        ("7", "AP 3.2.1\nKunst in de publieke ruimte",
         "Reserveer bij elk gemeentelijk bouwproject van meer dan één miljoen euro één procent van het budget "
         "voor kunst."),
    ]
    d.set_font("sa", "", 8.2)
    d.set_fill_color(255, 255, 255)
    with d.table(width=d.tw, col_widths=(10, 42, 118), line_height=4.4, align="L",
                 text_align=("CENTER", "LEFT", "LEFT"),
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)) as t:
        row = t.row()
        for c in ("Nr.", "Actie in het ontwerp", "Advies van de cultuurraad"):
            row.cell(c)
        for n, a, r in recs:
            row = t.row()
            row.cell(n, style=FontFace(emphasis="BOLD"))
            row.cell(a)
            row.cell(r)
    d.ln(1)
    head("5. Besluit")
    para("De cultuurraad geeft een voorwaardelijk gunstig advies over het ontwerp van meerjarenplan 2026-2031 voor "
         "het beleidsdomein cultuur. De raad vraagt het college om bij zijn antwoord per advies aan te geven of en "
         "hoe het ontwerp wordt aangepast.")
    d.ln(2)
    para("Voor de cultuurraad,\nEls Vermeiren, secretaris          Johan De Clercq, voorzitter", after=0)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()

    def p(t, stl="", size=9.2, after=2.2, align="J", indent=0.0, fam="se", md=False):
        d.set_font(fam, stl, size)
        d.set_x(d.lm + indent)
        d.multi_cell(d.tw - indent, 4.8, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=md)
        d.ln(after)

    def pm(t):
        p(t, md=True)

    def h(t, level=1):
        d.ln(1.2)
        if d.will_page_break(20):
            d.add_page()
        p(t, "B", 10 if level == 1 else 9.3, after=1.0, align="L", fam="sa")

    d.set_font("sa", "B", 11)
    d.cell(0, 5.5, "GEMEENTE RAVELBEEK", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8.2)
    d.set_text_color(*GREY)
    d.cell(0, 4.4, "Marktplein 1, 9190 Ravelbeek", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    d.set_font("sa", "B", 10)
    d.cell(0, 5, "Uittreksel uit de notulen van het college van burgemeester en schepenen", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font("sa", "", 9)
    d.cell(0, 5, "Zitting van 10 november 2025", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    p("Aanwezig: Hilde Van Acker, burgemeester; Bart Goossens, Nele Dierickx, Tom Verstraete, Sofie Lambrecht, "
      "schepenen; Koen De Smet, algemeen directeur", size=8.2, fam="sa", align="L")
    d.set_draw_color(*GREY)
    d.line(d.lm, d.get_y(), 210 - d.lm, d.get_y())
    d.ln(2)
    p("Onderwerp: advies van de cultuurraad over het ontwerp van meerjarenplan 2026-2031, beleidsdomein cultuur - "
      "standpunt van het college", "B", 9.4, align="L", fam="sa")
    h("Motivering")
    h("Voorgeschiedenis", 2)
    p("- Collegebeslissing van 15 september 2025: vraag om advies aan de adviesraden over het ontwerp van "
      "meerjarenplan 2026-2031.\n- Advies 2025/04 van de cultuurraad, goedgekeurd door de algemene vergadering van "
      "14 oktober 2025.", align="L")
    h("Feiten en context", 2)
    p("De cultuurraad bracht een voorwaardelijk gunstig advies uit met zeven adviezen bij acties uit het ontwerp. "
      "Ook de seniorenraad en de jeugdraad brachten advies uit; hun adviezen worden in afzonderlijke "
      "beslissingen behandeld.")
    h("Juridische grond", 2)
    p("Het Decreet over het lokaal bestuur van 22 december 2017, in het bijzonder artikel 304 en de artikelen 254 "
      "tot en met 256 over de meerjarenplanning. De statuten van de cultuurraad, goedgekeurd door de gemeenteraad "
      "op 24 juni 2019.")
    h("Argumentatie", 2)
    pm("**Advies 5 - cultuurbeleidscoördinator.** Het college volgt dit advies. In het personeelsplan 2026 wordt een "
      "halftijdse functie van cultuurbeleidscoördinator opgenomen; de aanwerving start in het voorjaar van "
      "2026.")
    pm("**Adviezen 2 en 4 - besparingen.** De cultuurraad vraagt om de zaalhuur niet te verhogen maar te halveren, en "
      "om het filiaal in Ravelbeek-Noord open te houden. Het college gaat in op de vraag over de zaalhuur: vanaf "
      "1 januari 2026 betalen erkende Ravelbeekse verenigingen de helft van het gewone tarief. De sluiting van "
      "het filiaal blijft echter behouden. Het filiaal trekt minder dan veertig bezoekers per week en de "
      "besparing is nodig om de vernieuwing van de hoofdbibliotheek te betalen; de bibliobus zal voortaan "
      "wekelijks in Ravelbeek-Noord halt houden.")
    pm("**Advies 7 - kunst in de publieke ruimte.** Het college volgt dit advies gedeeltelijk. De regel van één "
      "procent wordt ingevoerd voor de nieuwbouw van publieke gebouwen van meer dan 2,5 miljoen euro. Voor "
      "wegenwerken, rioleringen en renovaties is hij niet haalbaar.")
    pm("**Advies 1 - klankbordgroep bibliotheek.** Het college neemt akte van dit advies. Het ontwerp van de "
      "vernieuwde hoofdbibliotheek start pas in 2028; de wijze waarop gebruikers worden betrokken, wordt op dat "
      "moment bepaald.")
    pm("**Advies 3 - werkingssubsidies.** De werkingssubsidies stijgen vanaf 2026 met 10 procent, niet met de "
      "gevraagde 15 procent. Een grotere stijging past niet binnen het financiële evenwicht van het "
      "meerjarenplan.")
    h("Financiële gevolgen", 2)
    p("De aanpassingen kosten gemiddeld 41.500 euro per jaar. Ze worden opgevangen binnen de beleidsdoelstelling "
      "BD 1 van het ontwerp-meerjarenplan; het financiële evenwicht blijft gewaarborgd.")
    h("Besluit")
    p("Artikel 1. Het college neemt kennis van het advies 2025/04 van de cultuurraad van 14 oktober 2025 en "
      "bepaalt zijn standpunt zoals opgenomen in de argumentatie.")
    p("Artikel 2. Het ontwerp van meerjarenplan 2026-2031 wordt in die zin aangepast en ter vaststelling "
      "voorgelegd aan de gemeenteraad van 15 december 2025.")
    p("Artikel 3. Een afschrift van deze beslissing wordt bezorgd aan de voorzitter van de cultuurraad.")
    d.ln(2)
    p("Namens het college\nKoen De Smet, algemeen directeur          Hilde Van Acker, burgemeester\n\nVoor "
      "eensluidend uittreksel", size=8.6, fam="sa", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "Betrek de gebruikers van de bibliotheek via een klankbordgroep bij",
         "Het college neemt akte van dit advies", "noted"),
        ("2", "Verlaag de huurprijs van de zalen in cultuurcentrum De Meersen",
         "betalen erkende Ravelbeekse verenigingen de helft van het gewone tarief", "agrees"),
        ("3", "Verhoog het budget voor werkingssubsidies aan erkende cultuurverenigingen met",
         "niet met de gevraagde 15 procent", "partly"),
        ("4", "Houd het bibliotheekfiliaal in Ravelbeek-Noord open, minstens op woensdagnamiddag",
         "De sluiting van het filiaal blijft echter behouden", "disagrees"),
        ("5", "Voorzie in het personeelsplan een halftijdse cultuurbeleidscoördinator die de verenigingen",
         "In het personeelsplan 2026 wordt een halftijdse functie", "agrees"),
        ("6", "Maak een inventaris van het bouwkundig erfgoed in eigendom van", None, "unanswered"),
        ("7", "Reserveer bij elk gemeentelijk bouwproject van meer dan één miljoen",
         "Het college volgt dit advies gedeeltelijk", "partly"),
    ], [
        "Collegebeslissing van 15 september 2025: vraag om advies",
        "Ook de seniorenraad en de jeugdraad brachten advies uit",
        "De aanpassingen kosten gemiddeld 41.500 euro per jaar",
        "Een afschrift van deze beslissing wordt bezorgd aan",
    ], "ADVIES of a Flemish municipal CULTUURRAAD on the draft meerjarenplan 2026-2031 (culture), answered by the "
       "COLLEGEBESLISSING of the college van burgemeester en schepenen ('Uittreksel uit de notulen'). The Decreet "
       "over het lokaal bestuur is real; the gemeente, council, plan, action codes, figures and people are invented. "
       "The recommendations stand ONLY as the rows of the ruled table in '4. Adviezen per actie' (columns 'Nr. | "
       "Actie in het ontwerp | Advies van de cultuurraad'; numbers are the Nr. column, the AP codes are the draft's "
       "actions), all imperatives. Not recommendations: the meta table, the decree's duty and the statutes' 'moet het "
       "college binnen twee maanden', the beleidsdoelstellingen BD 1-BD 3, Tabel 1, 'De cultuurraad waardeert', the "
       "2019 advice quoted ('vroegen we ...') and reported as done, 'De raad stelt wel vast', 'zou moeten vertrekken', "
       "the minority's 'zou moeten laten verhuizen', the closing 'voorwaardelijk gunstig advies' and its request. "
       "Response: Motivering (Voorgeschiedenis, Feiten en context, Juridische grond: nothing), Argumentatie in "
       "another order with paragraphs opening 'Advies N - theme.': 5 agrees ('volgt dit advies'), ONE paragraph "
       "'Adviezen 2 en 4' (2 agrees: the rent halved; 4 disagrees: 'De sluiting van het filiaal blijft echter "
       "behouden', with a bibliobus instead), 7 partly ('volgt dit advies gedeeltelijk': only new public buildings "
       "over 2,5 million), 1 noted ('neemt akte van dit advies', decided in 2028), 3 partly (10 instead of 15 "
       "percent, no verdict word); 'Financiële gevolgen' and Besluit Artikel 1-3 answer nothing (Artikel 1 'neemt "
       "kennis van het advies' is the formal decision on the whole advice); 6 (erfgoed inventory) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

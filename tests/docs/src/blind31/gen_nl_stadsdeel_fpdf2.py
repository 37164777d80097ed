"""Round 31 (nl): an unsolicited advice ('ongevraagd advies') of an invented stadsdeelcommissie (Havenkwartier, in
an invented city Amstelmonde) to the district's dagelijks bestuur about making a street car-free, answered by the
dagelijks bestuur's written reaction. Advice: title band and an Aan/Datum/Kenmerk/Onderwerp table, a two-column
body with a numbered list 1.-4. of what residents said ('Wat we hoorden'), a full-width shaded box with quotes from
the hearing, a quoted earlier advice of the commission, then 'Ons advies' as a numbered list 1.-6. in exactly the
same style (bold opening words), balanced columns (1-2 at the foot of page 1, 3-6 on page 2, the explanation of
6 crossing the column break), and a closing paragraph citing 'artikel 9, tweede lid' of the district regulation. Response: memo with a sidebar (sender, kenmerk, contact) on
page 1 and a coloured strip on later pages; its own lettered sections A.-F. whose letters do not map to the
numbers: A=3, B=1, C=2, D=4+5 (two verdicts), E on bus diversions during the works (mentions bus line 36 but does
not answer recommendation 6) and F on the decision planning answer nothing; 6 unanswered. Engine: fpdf2 (DejaVu,
no text shaping, so no ligatures; 'Pagina N van M' footer via alias_nb_pages)."""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b31nl as B  # noqa: E402

NAME = "blind31_nl_stadsdeel"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (176, 28, 46)
PALE = (249, 232, 234)


class Doc(FPDF):
    head = ""
    foot = ""
    strip = False

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("ds", st, DV + f)
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 3, 3, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.strip:
            self.set_fill_color(*RED)
            self.rect(0, 0, 8, 297, style="F")
        if self.page_no() == 1 or not self.head:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.head)
        self.set_draw_color(*RED)
        self.line(self.l_margin, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, self.foot.replace("#", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)


def advice():
    d = Doc()
    d.head = "Stadsdeelcommissie Havenkwartier \u00b7 Ongevraagd advies Autoluwe Kadestraat \u00b7 SDC-HK 2026/003"
    d.foot = "SDC-HK 2026/003 \u00b7 Pagina # van {nb}"
    d.add_page()
    d.set_fill_color(*RED)
    d.rect(0, 12, 210, 22, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(20, 15)
    d.set_font("dv", "B", 14)
    d.cell(0, 7, "Stadsdeelcommissie Havenkwartier", new_x="LMARGIN", new_y="NEXT")
    d.set_x(20)
    d.set_font("dv", "", 9)
    d.cell(0, 6, "Gemeente Amstelmonde \u00b7 Ongevraagd advies", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(42)
    for k, v in (("Aan", "het dagelijks bestuur van stadsdeel Havenkwartier"), ("Datum", "21 januari 2026"),
                 ("Kenmerk", "SDC-HK 2026/003"), ("Onderwerp", "Voorlopig ontwerp \u2018Autoluwe Kadestraat en "
                                                            "omgeving\u2019")):
        d.set_font("dv", "B", 8.5)
        d.cell(25, 5, k)
        d.set_font("dv", "", 8.5)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_draw_color(*RED)
    d.line(20, d.get_y(), 190, d.get_y())
    d.ln(4)
    d.set_font("dv", "B", 15)
    d.multi_cell(0, 7.5, "Autoluw, maar niet zonder de buurt", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)

    def run(paras, balance=False):
        with d.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.3, balance=balance) as cols:
            for item in paras:
                kind = item[0]
                if kind == "h":
                    d.set_font("dv", "B", 10.5)
                    d.set_text_color(*RED)
                    cols.write(item[1] + "\n")
                    d.set_text_color(0, 0, 0)
                    cols.ln(1)
                elif kind == "n":
                    d.set_font("dv", "B", 9)
                    d.set_text_color(*RED)
                    cols.write(text=item[1] + "  ")
                    d.set_text_color(0, 0, 0)
                    d.set_font("ds", "B", 9)
                    cols.write(text=item[2])
                    d.set_font("ds", "", 9)
                    cols.write(text=item[3] + "\n")
                    cols.ln(1.5)
                elif kind == "q":
                    d.set_font("ds", "I", 9)
                    cols.write(text=item[1] + "\n")
                    cols.ln(2)
                else:
                    d.set_font("ds", "", 9)
                    cols.write(text=item[1] + "\n")
                    cols.ln(2)

    run([
        ("h", "Waarom dit advies"),
        ("p", "Op 12 november 2025 presenteerde het dagelijks bestuur het voorlopig ontwerp \u2018Autoluwe "
              "Kadestraat en omgeving\u2019. Het ontwerp haalt het doorgaande autoverkeer uit de Kadestraat en de "
              "Lijnbaanssteeg, schrapt 64 van de 110 parkeerplaatsen en maakt van de Kadestraat een fietsstraat. "
              "Bewoners en ondernemers konden tot 31 januari 2026 reageren."),
        ("p", "De stadsdeelcommissie is de stem van de buurt bij het stadsdeel. Wij vinden dit ontwerp zo "
              "ingrijpend dat wij ongevraagd advies uitbrengen. Daarvoor hielden wij op 14 januari 2026 een "
              "openbare vergadering in buurthuis De Loods, waar 86 bewoners en ondernemers het woord namen. Ook "
              "ontvingen wij 41 schriftelijke reacties."),
        ("h", "Wat we hoorden"),
        ("n", "1.", "Veel bewoners steunen minder auto\u2019s in de straat,", " vooral ouders van leerlingen van "
                    "basisschool De Kraanvogel, die nu dagelijks tussen auto\u2019s door naar school fietsen."),
        ("n", "2.", "Ondernemers vrezen voor hun bevoorrading.", " Zeventien zaken aan de Kadestraat krijgen "
                    "dagelijks leveringen, vaak met bestelbussen die nu dubbel parkeren."),
        ("n", "3.", "Bewoners met een beperking en mantelzorgers zijn ongerust.", " Zij weten niet of zij straks "
                    "nog tot aan de voordeur kunnen rijden."),
        ("n", "4.", "Niemand weet wat er met de vrijgekomen ruimte gebeurt.", " Het ontwerp tekent er \u2018nader "
                    "in te vullen openbare ruimte\u2019."),
    ], balance=True)
    d.ln(2)
    d.set_fill_color(*PALE)
    y = d.get_y()
    d.set_x(24)
    d.set_font("dv", "B", 8.5)
    d.cell(0, 6, "Uit de vergadering van 14 januari", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "I", 8.8)
    for q in ("\u2018Mijn dochter is acht. Ik wil dat ze alleen naar school kan fietsen.\u2019 \u2013 bewoner "
              "Lijnbaanssteeg",
              "\u2018Als de leverancier niet voor de deur kan, ben ik mijn verse vis kwijt.\u2019 \u2013 ondernemer "
              "Kadestraat",
              "\u2018Ik breng mijn moeder drie keer per week naar de fysio. Moet ik haar dan in een rolstoel over "
              "de brug duwen?\u2019 \u2013 mantelzorger"):
        d.set_x(24)
        d.multi_cell(162, 4.6, q, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    d.rect(20, y - 1, 170, d.get_y() - y + 2, style="D")
    d.set_fill_color(*RED)
    d.rect(20, y - 1, 1.8, d.get_y() - y + 2, style="F")
    d.ln(5)
    run([
        ("h", "Eerder advies"),
        ("p", "Het is niet de eerste keer dat bewoners pas aan het einde van een project worden gehoord. In ons "
              "advies over het Parkeerplan Havenkwartier van maart 2024 schreven wij al:"),
        ("q", "\u2018Betrek bewoners vóór het voorlopig ontwerp, niet erna. Dat voorkomt teleurstelling en "
              "levert een beter plan op.\u2019"),
        ("p", "Dat is ook deze keer niet gebeurd. Toch steunt de stadsdeelcommissie het doel van het ontwerp: een "
              "veiliger en groener Havenkwartier. Wel moet het plan op een aantal punten beter."),
        ("h", "Ons advies"),
        ("p", "De stadsdeelcommissie adviseert het dagelijks bestuur:"),
        ("n", "1.", "Voer de autoluwe Kadestraat eerst een jaar in als proef,", " met een evaluatie voordat het "
                    "dagelijks bestuur een definitief besluit neemt. Tijdelijke bloembakken en borden zijn goedkoop "
                    "en makkelijk terug te draaien."),
        ("n", "2.", "Behoud ten minste twaalf laad- en losplekken voor de ondernemers", " aan de Kadestraat, met "
                    "venstertijden van 07.00 tot 11.00 uur."),
        ("n", "3.", "Geef een ontheffing aan bewoners met een gehandicaptenparkeerkaart en aan hun "
                    "mantelzorgers,", " zodat zij tot aan de voordeur kunnen rijden. Maak de aanvraag eenvoudig en "
                    "kosteloos, en zorg dat de ontheffing geldt zolang de zorg nodig is."),
        ("n", "4.", "Gebruik de vrijgekomen parkeerplaatsen voor bomen, geveltuinen en speelplekken,", " en maak "
                    "het ontwerp daarvan samen met de bewoners."),
        ("n", "5.", "Organiseer voor het definitieve ontwerp ten minste twee bewonersavonden,", " waarvan één met "
                    "tolken Turks en Arabisch."),
        ("n", "6.", "Onderzoek samen met de vervoerder of buslijn 36 een halte", " dichter bij gezondheidscentrum "
                    "De Kaai kan krijgen. Veel oudere bewoners lopen nu ruim 600 meter naar de bus."),
        ("h", "Tot slot"),
        ("p", "De stadsdeelcommissie ontvangt graag binnen zes weken een schriftelijke reactie, zoals artikel 9, "
              "tweede lid, van de Verordening op de stadsdeelcommissies Amstelmonde 2022 voorschrijft. Wij lichten "
              "ons advies graag toe."),
        ("p", "Namens de stadsdeelcommissie Havenkwartier,\nSamira El Idrissi, voorzitter\nBart Hoekstra, "
              "secretaris"),
    ], balance=True)
    d.set_title("Ongevraagd advies Autoluwe Kadestraat SDC-HK 2026/003")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc()
    d.strip = True
    d.head = "Dagelijks bestuur stadsdeel Havenkwartier \u00b7 Reactie op advies SDC-HK 2026/003"
    d.foot = "Pagina # van {nb}"
    d.set_margins(62, 20, 20)
    d.add_page()
    # sidebar on page 1
    d.set_xy(16, 22)
    d.set_font("dv", "B", 9)
    d.set_text_color(*RED)
    d.multi_cell(40, 4.6, "Gemeente Amstelmonde\nStadsdeel Havenkwartier", new_x="LEFT", new_y="NEXT")
    d.set_text_color(80, 80, 80)
    d.ln(4)
    for k, v in (("Bezoekadres", "Havenplein 1\n1095 AA Amstelmonde"), ("Kenmerk", "DB-HK 2026/0187"),
                 ("Uw kenmerk", "SDC-HK 2026/003"), ("Contactpersoon", "Jorien Smit, gebiedsmakelaar"),
                 ("Telefoon", "14 020")):
        d.set_x(16)
        d.set_font("dv", "B", 7.5)
        d.cell(40, 4, k, new_x="LEFT", new_y="NEXT")
        d.set_font("dv", "", 7.5)
        d.multi_cell(40, 4, v, new_x="LEFT", new_y="NEXT", align="L")
        d.ln(2)
    d.set_text_color(0, 0, 0)
    d.set_xy(62, 22)
    d.set_font("dv", "B", 15)
    d.multi_cell(0, 7, "Reactie van het dagelijks bestuur", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 9.5)
    d.set_text_color(*RED)
    d.multi_cell(0, 5, "op het ongevraagd advies van de stadsdeelcommissie over de autoluwe Kadestraat",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    for k, v in (("Aan", "de stadsdeelcommissie Havenkwartier"), ("Van", "het dagelijks bestuur van stadsdeel "
                                                                          "Havenkwartier"),
                 ("Datum", "3 maart 2026"), ("Portefeuillehouder", "Ruud Verbaan (verkeer en openbare ruimte)")):
        d.set_font("dv", "B", 8.5)
        d.cell(36, 5, k)
        d.set_font("dv", "", 8.5)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)

    def para(t, style=""):
        d.set_font("ds", style, 9.5)
        d.multi_cell(0, 5.1, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)

    def sec(lab, t):
        d.ln(1.5)
        d.set_font("dv", "B", 10)
        d.set_text_color(*RED)
        d.cell(8, 6, lab)
        d.set_text_color(0, 0, 0)
        d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.5)

    para("Beste leden van de stadsdeelcommissie,")
    para("Op 21 januari 2026 ontvingen wij uw ongevraagd advies over het voorlopig ontwerp \u2018Autoluwe "
         "Kadestraat en omgeving\u2019. Wij danken u voor de zorgvuldige manier waarop u de buurt hebt gehoord; "
         "de vergadering in De Loods heeft ons een goed beeld gegeven van wat er leeft. Hieronder leest u onze "
         "reactie. Wij beginnen met de punten waar bewoners het meest ongerust over zijn.")
    sec("A.", "Bereikbaarheid voor wie zorg nodig heeft")
    para("Het dagelijks bestuur neemt dit advies over. Houders van een gehandicaptenparkeerkaart en hun "
         "mantelzorgers krijgen een ontheffing waarmee zij de Kadestraat in mogen rijden. De aanvraag is gratis en "
         "kan digitaal of aan de balie van het stadsloket. De ontheffing geldt voor vijf jaar en wordt daarna "
         "zonder nieuwe keuring verlengd.")
    sec("B.", "Een proefperiode")
    para("Wij begrijpen de wens om eerst te proberen, maar het dagelijks bestuur kiest er niet voor om met een "
         "proef van een jaar te beginnen. De riolering onder de Kadestraat moet in 2026 toch worden vervangen. Een "
         "tijdelijke inrichting zou betekenen dat de straat binnen twee jaar twee keer open gaat, met dubbele "
         "overlast en kosten. Verkeersmaatregelen worden zoals altijd na oplevering gevolgd in de jaarlijkse "
         "verkeersmonitor.")
    sec("C.", "Laden en lossen")
    para("Ondernemers moeten bevoorraad kunnen worden. In het definitieve ontwerp komen acht laad- en losplekken, "
         "verdeeld over de hele straat. Meer plekken passen niet zonder de fietsstraat te versmallen. De "
         "venstertijden van 07.00 tot 11.00 uur nemen wij over.")
    sec("D.", "Groen en de buurt erbij betrekken")
    para("Het dagelijks bestuur is het met de commissie eens dat de vrijgekomen ruimte de buurt ten goede moet "
         "komen. Er komen ten minste 22 nieuwe bomen, geveltuinen en twee speelplekken. In april en mei 2026 "
         "organiseert het stadsdeel ontwerpateliers waarin bewoners samen met de landschapsarchitect de inrichting "
         "bepalen.")
    para("Het organiseren van bewonersavonden over het definitieve ontwerp ligt niet bij het stadsdeel, maar bij "
         "het Projectbureau Kadestraat van de centrale stad. Wij hebben dit deel van uw advies aan het "
         "projectbureau doorgestuurd. Het projectbureau laat u zelf weten hoe het de avonden inricht.")
    sec("E.", "Bereikbaarheid tijdens de werkzaamheden")
    para("De werkzaamheden duren van september 2026 tot en met maart 2027. In die periode rijdt buslijn 36 een "
         "omleiding via de Oostelijke Kade en zijn de laad- en losplekken tijdelijk verplaatst naar de "
         "Lijnbaanssteeg. Het stadsdeel stuurt bewoners en ondernemers elke maand een nieuwsbrief.")
    sec("F.", "Hoe verder")
    para("Het dagelijks bestuur neemt op 17 maart 2026 een besluit over het definitieve ontwerp. Uw advies en deze "
         "reactie gaan daarbij als bijlage mee. Wij nodigen de commissie uit om het ontwerp op 24 maart in haar "
         "openbare vergadering te bespreken.")
    para("Met vriendelijke groet,")
    para("het dagelijks bestuur van stadsdeel Havenkwartier,\nRuud Verbaan, portefeuillehouder\nJorien Smit, "
         "gebiedsmakelaar")
    d.set_title("Reactie dagelijks bestuur op advies SDC-HK 2026/003")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("1", "Voer de autoluwe Kadestraat eerst een jaar in als proef", "kiest er niet voor om met een proef van een "
     "jaar", "disagrees"),
    ("2", "Behoud ten minste twaalf laad- en losplekken voor de ondernemers", "In het definitieve ontwerp komen "
     "acht laad- en losplekken", "partly"),
    ("3", "Geef een ontheffing aan bewoners met een gehandicaptenparkeerkaart en", "De aanvraag is gratis en kan "
     "digitaal", "agrees"),
    ("4", "Gebruik de vrijgekomen parkeerplaatsen voor bomen, geveltuinen en speelplekken", "Er komen ten minste 22 "
     "nieuwe bomen", "agrees"),
    ("5", "Organiseer voor het definitieve ontwerp ten minste twee bewonersavonden", "ligt niet bij het stadsdeel, "
     "maar bij het Projectbureau Kadestraat", "noted"),
    ("6", "Onderzoek samen met de vervoerder of buslijn 36 een halte", None, "unanswered"),
]
UNMATCHED = ["rijdt buslijn 36 een omleiding via de Oostelijke Kade",
             "neemt op 17 maart 2026 een besluit over het definitieve ontwerp"]
NOTES = ("Unsolicited advice of a district committee (stadsdeelcommissie) to the district's dagelijks bestuur "
         "(fpdf2) and the bestuur's written reaction. Advice: red title band, Aan/Datum/Kenmerk/Onderwerp block, "
         "running header and 'Pagina N van M' from page 2, a two-column body (text_columns) with a numbered list "
         "1.-4. 'Wat we hoorden' (residents' concerns, bold opening words) in EXACTLY the same style as the six "
         "recommendations 1.-6. under 'Ons advies' (so numbers 1-4 occur twice; item 1 crosses a column break), balanced columns that put recommendations 1-2 at the "
         "foot of page 1 and 3-6 on page 2 (the explanation of 6 crossing the column break), a full-width framed box with "
         "quotes from the hearing ('Moet ik haar dan in een rolstoel ...'), a quoted sentence of the committee's "
         "own 2024 advice ('Betrek bewoners vóór het voorlopig ontwerp'), and a closing request for a reply "
         "citing 'artikel 9, tweede lid' of the district regulation. Response: memo with a page-1 sidebar "
         "(kenmerk DB-HK 2026/0187, 'Uw kenmerk SDC-HK 2026/003', contact) and a red strip on every page, its OWN "
         "letters A.-F. that do not correspond to the numbers: A = 3 'neemt dit advies over' (agrees); B = 1 'Wij "
         "begrijpen de wens ... kiest er niet voor' (disagrees); C = 2 eight instead of twelve places, time windows "
         "taken over (partly); D = 4 'is het met de commissie eens' + 22 trees and design workshops (agrees) and, "
         "in its second paragraph, 5 'ligt niet bij het stadsdeel ... doorgestuurd' (noted). 6 (a bus stop closer "
         "to the health centre) is not answered; E 'Bereikbaarheid tijdens de werkzaamheden' mentions 'buslijn 36' "
         "(a detour during the works) but answers nothing, nor does F 'Hoe verder'.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

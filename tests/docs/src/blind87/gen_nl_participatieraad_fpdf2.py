"""Round 87 (nl, Dutch): the gevraagd ADVIES of a municipal PARTICIPATIERAAD on the concept-armoede- en
schuldenbeleid, answered by the college's REACTIETABEL (an annotated table 'Advies | Reactie college | Vervolg').

Advice: (invented) Participatieraad Hoogwoude, 'Advies concept-beleidsplan Armoede en schulden 2026-2029', PR-2026-04
(2 p., fpdf2, DejaVu, a plum band, running head, 'Pagina n van m'); seven recommendations LETTERED a)-g) as hanging
items under '4. Onze adviezen'; traps: findings 3.1-3.4 ('moet', 'zou ... moeten'), artikel 35 Participatiewet,
the 2022 advice quoted, a figures table, dates.
Response: college's 'Reactie op het advies van de Participatieraad' (1-2 p.): intro, a ruled table citing the letters,
order d, a+f, g, b, e; 'Financiën' and closing answer nothing; c unanswered.
Hoogwoude, the council, people and figures are invented; what is said of the Participatiewet is not to be relied on.

Run: /tmp/blind87nl/bin/python tests/docs/src/blind87/gen_nl_participatieraad_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b87nl as B  # noqa: E402

NAME = "blind87_nl_participatieraad"
PLUM = (110, 40, 90)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 2, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("sa", stl, B.DV + B.SANS_FILES[f])
        self.set_margins(22, 22, 20)
        self.set_auto_page_break(True, 20)
        self.tw = self.w - 42
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*PLUM)
            self.rect(0, 0, 8, self.h, style="F")
            return
        self.set_xy(22, 10)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, self.head)
        self.set_draw_color(*PLUM)
        self.line(22, 15, self.w - 20, 15)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")

    def h1(self, t):
        self.set_font("sa", "B", 15)
        self.set_text_color(*PLUM)
        self.multi_cell(self.tw, 7, t, align="L")
        self.ln(1)

    def h2(self, t):
        self.ln(2)
        self.set_font("sa", "B", 11)
        self.set_text_color(*PLUM)
        self.multi_cell(self.tw, 6, t)
        self.ln(1)

    def p(self, t, size=9.5, style=""):
        self.set_font("sa", style, size)
        self.set_text_color(0, 0, 0)
        self.multi_cell(self.tw, 4.9, t, align="L")
        self.ln(1.6)

    def hang(self, label, t, w=10, style=""):
        self.set_font("sa", "B", 9.5)
        self.set_text_color(0, 0, 0)
        y = self.get_y()
        self.cell(w, 4.9, label)
        self.set_xy(22 + w, y)
        self.set_font("sa", style, 9.5)
        self.multi_cell(self.tw - w, 4.9, t, align="L")
        self.ln(1.4)


RECS_TXT = [
    ("a)", "Verhoog de inkomensgrens voor de meedoenregeling van 120 naar 130 procent van het sociaal minimum. "
           "Juist werkende huishoudens net boven de grens vallen nu buiten elke regeling."),
    ("b)", "Stuur huishoudens met een gemelde betalingsachterstand binnen vijf werkdagen een aanbod voor een "
           "gesprek, in plaats van de huidige termijn van vier weken."),
    ("c)", "Stel in elk wijkteam een vast aanspreekpunt voor geldzorgen aan, dat ook zonder afspraak bereikbaar "
           "is."),
    ("d)", "Schrijf alle brieven over bijzondere bijstand op taalniveau B1 en test ze vooraf met inwoners die "
           "de regeling zelf gebruiken."),
    ("e)", "Bied de meedoenregeling ook aan als tegoed op de Hoogwoudepas, zodat inwoners niet eerst zelf "
           "hoeven voor te schieten en te declareren."),
    ("f)", "Schaf de eigen bijdrage van 50 euro voor de cursus 'Grip op je geld' af."),
    ("g)", "Vraag de woningcorporaties om bij een huurachterstand pas na drie maanden en een huisbezoek een "
           "deurwaarder in te schakelen."),
]


def advice():
    d = Doc("Participatieraad Hoogwoude - Advies concept-beleidsplan Armoede en schulden 2026-2029 - PR-2026-04")
    d.add_page()
    d.set_font("sa", "B", 9)
    d.set_text_color(*PLUM)
    d.cell(d.tw, 5, "PARTICIPATIERAAD HOOGWOUDE")
    d.ln(9)
    d.h1("Advies over het concept-beleidsplan Armoede en schulden 2026-2029")
    d.set_font("sa", "", 8.5)
    d.set_text_color(*GREY)
    for k, v in (("Aan", "het college van burgemeester en wethouders van Hoogwoude"), ("Kenmerk", "PR-2026-04"),
                 ("Datum", "12 februari 2026"), ("Betreft", "gevraagd advies, uw brief van 8 januari 2026")):
        d.cell(24, 4.6, k)
        d.cell(d.tw - 24, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.h2("1. Aanleiding")
    d.p("Op 8 januari 2026 vroeg het college de Participatieraad om advies over het concept-beleidsplan Armoede en "
        "schulden 2026-2029. De raad besprak het concept in zijn vergaderingen van 21 januari en 4 februari 2026 en "
        "voerde daarnaast gesprekken met de Voedselbank Hoogwoude, het wijkteam Noord en negen inwoners die zelf "
        "van de minimaregelingen gebruikmaken. Het advies is op 4 februari 2026 met algemene stemmen vastgesteld.")
    d.h2("2. Het concept in het kort")
    d.p("Het concept bouwt voort op het beleidsplan 2021-2025. Het legt de nadruk op vroegsignalering, op een "
        "eenvoudiger aanvraag van de bijzondere bijstand en op samenwerking met maatschappelijke partners. Het "
        "budget stijgt volgens het concept van 3,1 naar 3,4 miljoen euro per jaar.")
    d.set_font("sa", "B", 8.5)
    d.set_fill_color(235, 225, 232)
    for h, w in (("Regeling", 70), ("Gebruik 2023", 30), ("Gebruik 2024", 30), ("Bereik", 38)):
        d.cell(w, 6, h, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.5)
    for row in (("Meedoenregeling", "1.412", "1.530", "ca. 55 procent"), ("Bijzondere bijstand", "2.080", "2.215", "onbekend"),
                ("Collectieve zorgverzekering", "960", "1.004", "ca. 40 procent"), ("Cursus 'Grip op je geld'", "64", "51", "niet gemeten")):
        for v, w in zip(row, (70, 30, 30, 38)):
            d.cell(w, 5.6, v, border=1)
        d.ln()
    d.ln(3)
    d.h2("3. Bevindingen")
    d.hang("3.1", "Het concept stelt terecht dat de gemeente op grond van artikel 35 van de Participatiewet bijzondere "
           "bijstand moet verlenen wanneer iemand noodzakelijke kosten niet uit eigen middelen kan betalen. In de "
           "gesprekken bleek dat veel inwoners dat recht niet kennen.")
    d.hang("3.2", "De raad stelt vast dat het bereik van de meedoenregeling achterblijft. Volgens het Nibud zou de "
           "gemeente minstens twee derde van de doelgroep moeten bereiken.")
    d.hang("3.3", "De brieven van de gemeente worden als moeilijk ervaren. Zes van de negen inwoners lieten een brief "
           "ongeopend liggen omdat zij een vordering verwachtten.")
    d.hang("3.4", "In 2022 adviseerde de raad al: 'Zorg dat inwoners op één plek terechtkunnen met alle vragen over "
           "geld.' Met het Geldloket is dat gedeeltelijk gebeurd; het loket is alleen op dinsdag en donderdag open.")
    d.h2("4. Onze adviezen")
    d.p("Op grond van deze bevindingen geeft de Participatieraad het college de volgende adviezen:")
    for lab, t in RECS_TXT:
        d.hang(lab, t, w=8)
    d.h2("5. Tot slot")
    d.p("De raad gaat graag met het college in gesprek over deze adviezen en ontvangt binnen zes weken een schriftelijke "
        "reactie, zoals artikel 6 van de Verordening cliëntenparticipatie Hoogwoude 2019 voorschrijft.")
    d.p("Namens de Participatieraad Hoogwoude,\nM. (Mirjam) Oosterbaan, voorzitter\nH. Elmaci, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("d) Brieven bijzondere bijstand",
     "Alle brieven over bijzondere bijstand zijn inmiddels herschreven op B1-niveau; in januari hebben twaalf "
     "inwoners ze getest. Dit advies is daarmee uitgevoerd.", "Gereed"),
    ("a) en f) Meedoenregeling en cursus",
     "Het college neemt het advies over om de inkomensgrens voor de meedoenregeling te verhogen naar 130 procent; "
     "dit gaat in per 1 januari 2027. De eigen bijdrage voor de cursus handhaaft het college wel: volgens de "
     "aanbieder vergroot een kleine bijdrage de opkomst, en inwoners met een inkomen tot 110 procent krijgen de "
     "bijdrage al terug.", "a) 1-1-2027"),
    ("g) Woningcorporaties",
     "Dit is een verantwoordelijkheid van de corporaties. Het college zal dit punt inbrengen in het overleg over de "
     "prestatieafspraken van dit najaar; wat de corporaties ermee doen, is aan hen.", "Najaar 2026"),
    ("b) Vroegsignalering",
     "Het college is het hiermee eens. Vanaf 1 mei 2026 ontvangen huishoudens met een melding van een "
     "achterstand binnen vijf werkdagen een brief of huisbezoek.", "1-5-2026"),
    ("e) Tegoed op de pas",
     "Het college ziet de voordelen, maar kiest voorlopig voor een tussenvorm: voor sport en cultuur komt er een "
     "tegoed op de Hoogwoudepas; voor de overige onderdelen blijft declareren nodig.", "2027"),
]


def response():
    d = Doc("Gemeente Hoogwoude - Reactie op het advies van de Participatieraad - kenmerk Z/26/011842")
    d.add_page()
    d.set_font("sa", "B", 9)
    d.set_text_color(*PLUM)
    d.cell(d.tw, 5, "GEMEENTE HOOGWOUDE - college van burgemeester en wethouders")
    d.ln(9)
    d.h1("Reactie op het advies van de Participatieraad over het concept-beleidsplan Armoede en schulden")
    d.p("Datum: 17 maart 2026    Kenmerk: Z/26/011842    Bijlage bij: raadsvoorstel Armoede en schulden", size=8.5)
    d.h2("Inleiding")
    d.p("Het college dankt de Participatieraad voor het zorgvuldige advies van 12 februari en voor de gesprekken die "
        "de raad daarvoor met inwoners heeft gevoerd. Hieronder leest u per advies ons standpunt en wat wij gaan doen. "
        "Het definitieve beleidsplan is op onderdelen aangepast.")
    d.set_font("sa", "B", 8.5)
    d.set_fill_color(235, 225, 232)
    ws = (42, 100, 26)
    for h, w in zip(("Advies", "Reactie college", "Vervolg"), ws):
        d.cell(w, 6, h, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.5)
    for row in ROWS:
        y0 = d.get_y()
        heights = []
        for v, w in zip(row, ws):
            lines = d.multi_cell(w - 2, 4.4, v, dry_run=True, output="LINES")
            heights.append(len(lines) * 4.4 + 2)
        h = max(heights)
        if y0 + h > d.h - 22:
            d.add_page()
            y0 = d.get_y()
        x = 22
        for v, w in zip(row, ws):
            d.rect(x, y0, w, h)
            d.set_xy(x + 1, y0 + 1)
            d.multi_cell(w - 2, 4.4, v, align="L")
            x += w
        d.set_xy(22, y0 + h)
    d.ln(3)
    d.h2("Financiën")
    d.p("De extra kosten van de hogere inkomensgrens schatten wij op 180.000 euro per jaar. Zij worden gedekt uit "
        "de ruimte in de decembercirculaire van het gemeentefonds en komen in de Voorjaarsnota 2026.")
    d.h2("Tot slot")
    d.p("Wij gaan graag verder in gesprek tijdens de themabijeenkomst in juni en zien de samenwerking met de "
        "Participatieraad met vertrouwen tegemoet.")
    d.p("Het college van burgemeester en wethouders van Hoogwoude,\nde secretaris, drs. P. Kuijpers     de burgemeester, A.J. Schreuder")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Verhoog de inkomensgrens voor de meedoenregeling van 120 naar 130 procent",
     "dit gaat in per 1 januari 2027", "agrees"),
    (2, "Stuur huishoudens met een gemelde betalingsachterstand binnen vijf werkdagen een aanbod",
     "vanaf 1 mei 2026 ontvangen huishoudens met een melding", "agrees"),
    (3, "Stel in elk wijkteam een vast aanspreekpunt voor geldzorgen aan", None, "unanswered"),
    (4, "Schrijf alle brieven over bijzondere bijstand op taalniveau B1", "in januari hebben twaalf inwoners ze getest",
     "agrees"),
    (5, "Bied de meedoenregeling ook aan als tegoed op de Hoogwoudepas",
     "kiest voorlopig voor een tussenvorm", "partly"),
    (6, "Schaf de eigen bijdrage van 50 euro voor de cursus", "de eigen bijdrage voor de cursus handhaaft het college wel",
     "disagrees"),
    (7, "Vraag de woningcorporaties om bij een huurachterstand pas na drie maanden",
     "zal dit punt inbrengen in het overleg over de prestatieafspraken", "noted"),
]
UNMATCHED = ["dankt de Participatieraad voor het zorgvuldige advies van 12 februari",
             "de ruimte in de decembercirculaire van het gemeentefonds",
             "verder in gesprek tijdens de themabijeenkomst in juni"]
NOTES = ("Advice: Participatieraad Hoogwoude gevraagd advies (fpdf2), seven LETTERED items a)-g) under '4. Onze adviezen'; "
         "traps: findings 3.1-3.4 ('moet' art. 35 Participatiewet, 'zou ... moeten'), the 2022 advice quoted ('Zorg dat "
         "inwoners op één plek ...'), a usage table, art. 6 of the verordening. Response: college's reactie as a ruled "
         "table 'Advies | Reactie college | Vervolg' citing the letters, order d, a+f, g, b, e; ONE row 'a) en f)' = a "
         "agrees + f disagrees; g noted (corporaties' matter, raised in the prestatieafspraken); e partly (tegoed only "
         "for sport and cultuur); c (aanspreekpunt wijkteam) unanswered; Inleiding, Financiën and 'Tot slot' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

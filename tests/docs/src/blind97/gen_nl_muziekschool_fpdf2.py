"""Round 97 (nl): the VISITATIERAPPORT of an external visitatiecommissie on a municipal music school foundation,
answered by the school board's MANAGEMENT RESPONSE as a table Aanbeveling / Reactie bestuur / Wie / Wanneer.

Advice (fpdf2, serif body, grey side band, running head from p. 2, 'pagina n/m'): the
subsidy agreement art. 6 'moet', the Kwaliteitskader kunsteducatie, oordelen per standaard in a
table, the 2020 visitatie quoted with 'moet'; recommendations LETTERED a) - g) under 'Aanbevelingen' in a hanging
list. Response: management response table citing the letters, order c, a, e+b, g, d; f unanswered. All invented.

Run: /tmp/blind97nl/bin/python tests/docs/src/blind97/gen_nl_muziekschool_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b97nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind97_nl_muziekschool"
F = B.tmp_fonts()
FS = B.tmp_fonts(family="B97NL Serif", files=B.SERIF_FILES)
PURPLE = (92, 52, 120)


class Doc(FPDF):
    def __init__(self, head, band):
        super().__init__(format="A4")
        self.head, self.band = head, band
        self.add_font("S", "", F["Regular"])
        self.add_font("S", "B", F["Bold"])
        self.add_font("S", "I", F["Italic"])
        self.add_font("R", "", FS["Regular"])
        self.add_font("R", "B", FS["Bold"])
        self.add_font("R", "I", FS["Italic"])
        self.set_margins(26, 22, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.band:
            self.set_fill_color(225, 222, 230)
            self.rect(0, 0, 12, 297, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(26, 10)
            self.cell(0, 4, self.head)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "pagina %d/{nb}" % self.page_no(), align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("S", "B", 15)
        self.set_text_color(*PURPLE)
        self.multi_cell(0, 7, t)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, t):
        self.ln(2)
        self.set_font("S", "B", 11)
        self.set_text_color(*PURPLE)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, t, font="R", size=9.6):
        self.set_font(font, "", size)
        self.multi_cell(0, 5, t, markdown=True)
        self.ln(2)

    def item(self, label, t):
        self.set_font("R", "B", 9.6)
        x = self.get_x()
        self.cell(8, 5, label)
        self.set_font("R", "", 9.6)
        self.multi_cell(0, 5, t, markdown=True)
        self.set_x(x)
        self.ln(1.5)


# ---------------------------------------------------------------- advice
d = Doc("Visitatierapport Stichting Muziekschool De Linge - maart 2026", True)
d.add_page()
d.set_font("S", "", 8.5)
d.multi_cell(0, 4.5, "Visitatiecommissie Kunsteducatie Gelderland-Zuid\nIn opdracht van de gemeente Lingewaarde-Oost "
             "en de Stichting Muziekschool De Linge")
d.ln(4)
d.h1("Visitatierapport Stichting Muziekschool De Linge")
d.para("Commissie: dr. Ellen Rademaker (voorzitter), Johan Kuipers, Samira El Idrissi. Secretaris: Wouter Bos. "
       "Vastgesteld op 16 maart 2026.", "S", 8.5)
d.h2("1  Inleiding")
d.para("De gemeente Lingewaarde-Oost subsidieert de Stichting Muziekschool De Linge met ruim 1,1 miljoen euro per "
       "jaar. Artikel 6 van de subsidieovereenkomst 2023-2026 bepaalt dat de muziekschool eens in de vier jaar "
       "een externe visitatie moet laten uitvoeren. Deze visitatie toetst de school aan het Kwaliteitskader "
       "kunsteducatie en beoordeelt vijf standaarden. De commissie bezocht de school op 3, 4 en 10 februari 2026, "
       "woonde twaalf lessen bij en sprak met docenten, ouders, leerlingen, het bestuur en de gemeente.")
d.h2("2  Oordelen per standaard")
with d.table(col_widths=(70, 30, 64), text_align="LEFT", line_height=5) as t:
    d.set_font("S", "", 8.5)
    for row in (("Standaard", "Oordeel", "Toelichting"),
                ("1 Onderwijsaanbod", "voldoende", "breed aanbod, weinig samenspel"),
                ("2 Kwaliteit van de lessen", "goed", "bevlogen docenten"),
                ("3 Toegankelijkheid", "onvoldoende", "hoge lesgelden, weinig bereik in wijken"),
                ("4 Kwaliteitszorg", "onvoldoende", "geen systematische evaluatie"),
                ("5 Bestuur en financiën", "voldoende", "gezonde reserve, dun bestuur")):
        r = t.row()
        for c in row:
            r.cell(c)
d.ln(3)
d.para("Bij de vorige visitatie in 2020 oordeelde de commissie al dat 'de school moet komen tot een systeem van "
       "leerlingevaluaties'. Daar is sindsdien te weinig mee gedaan. De commissie concludeert dat de muziekschool "
       "inhoudelijk sterk is, maar dat zij haar publieke opdracht - muziekonderwijs voor alle kinderen in de "
       "gemeente - onvoldoende waarmaakt. Het aandeel leerlingen uit huishoudens met een laag inkomen is gedaald "
       "van 14 naar 9 procent.")
d.h2("3  Conclusies")
d.para("**Conclusie 1.** De kwaliteit van de lessen is goed; de docenten zijn de kracht van de school.")
d.para("**Conclusie 2.** De school bereikt vooral kinderen uit de kernen Bemmelstein en Huissenwaard; in de wijk "
       "De Rietakker kent zij vrijwel geen leerlingen.")
d.para("**Conclusie 3.** Er is geen cyclus waarin lessen, leerlingresultaten en tevredenheid worden geëvalueerd.")
d.h2("4  Aanbevelingen")
d.para("Op grond van deze oordelen en conclusies beveelt de commissie het bestuur van de stichting aan:")
for lab, txt in (
        ("a)", "een kortingsregeling in te voeren voor gezinnen met een inkomen tot 130 procent van het sociaal "
               "minimum, in samenwerking met het gemeentelijke minimabeleid;"),
        ("b)", "in De Rietakker een vaste leslocatie te openen, bij voorkeur in de brede school aan de Esdoornlaan;"),
        ("c)", "een jaarlijkse cyclus van leerling- en oudertevredenheidsonderzoek in te voeren en de uitkomsten "
               "te publiceren;"),
        ("d)", "met het primair onderwijs een programma voor muziekles in de klas op te zetten, gefinancierd uit de "
               "regeling Impuls muziekonderwijs;"),
        ("e)", "het bestuur uit te breiden van drie naar vijf leden, met ten minste één lid met financiële "
               "deskundigheid;"),
        ("f)", "het samenspelaanbod uit te breiden met een leerlingenorkest en bandcoaching;"),
        ("g)", "de docenten jaarlijks ten minste twintig uur scholing te bieden op het gebied van didactiek en "
               "digitale lesmiddelen.")):
    d.item(lab, txt)
d.h2("5  Tot slot")
d.para("De commissie dankt iedereen die aan de visitatie heeft meegewerkt. Zij adviseert de gemeente dit rapport "
       "te betrekken bij de nieuwe subsidieovereenkomst vanaf 2027, en verzoekt het bestuur binnen drie maanden een "
       "reactie op te stellen.")
d.output(B.out(NAME + "_advice.pdf"))

# ---------------------------------------------------------------- response
r = Doc("Stichting Muziekschool De Linge - managementreactie", False)
r.add_page()
r.set_font("S", "B", 12)
r.set_text_color(*PURPLE)
r.cell(0, 6, "Stichting Muziekschool De Linge", new_x="LMARGIN", new_y="NEXT")
r.set_text_color(0, 0, 0)
r.set_font("S", "", 8.5)
r.multi_cell(0, 4.5, "Bestuur en directie - Dorpsstraat 14, 6681 BC Bemmelstein\nManagementreactie op het "
             "visitatierapport van 16 maart 2026 - vastgesteld in de bestuursvergadering van 14 mei 2026")
r.ln(4)
r.h2("Algemeen")
r.para("Het bestuur is de visitatiecommissie erkentelijk voor een grondig en evenwichtig rapport. Wij herkennen ons "
       "in het beeld dat de lessen van goede kwaliteit zijn en dat de school meer kinderen moet bereiken. In de "
       "tabel hieronder staat per aanbeveling onze reactie en wat wij gaan doen.")
r.set_font("S", "", 8.4)
with r.table(col_widths=(16, 98, 24, 26), text_align="LEFT", line_height=4.6) as t:
    for row in (
            ("Aanb.", "Reactie bestuur", "Wie", "Wanneer"),
            ("c)", "Wordt uitgevoerd. De eerste tevredenheidsmeting onder leerlingen en ouders loopt in juni 2026; de "
                   "uitkomsten komen op de website.", "directie", "juni 2026"),
            ("a)", "Aanvaard. Met ingang van het cursusjaar 2026-2027 geldt een korting van 50 procent voor gezinnen "
                   "met een Lingepas; de gemeente vergoedt het verschil.", "directie, gemeente",
             "1 sept. 2026"),
            ("e) en b)", "Het bestuur wordt per 1 juli uitgebreid tot vijf leden; een register accountant en een "
                         "ouder zijn inmiddels benoemd. Een eigen leslocatie in De Rietakker vinden wij op dit moment "
                         "niet verantwoord: het aantal aanmeldingen is te klein. Wij kiezen in plaats daarvan voor "
                         "proeflessen op de basisscholen in de wijk.", "bestuur", "1 juli 2026"),
            ("g)", "Gedeeltelijk. Scholing blijft belangrijk, maar twintig uur per docent is voor onze kleine "
                   "school niet op te brengen. Wij reserveren twaalf uur per docent per jaar.", "directie",
             "cursusjaar 2026-2027"),
            ("d)", "Wij staan hier positief tegenover, maar de keuze ligt bij de schoolbesturen. Wij verkennen met "
                   "hen de mogelijkheden en nemen dit mee in het gesprek over de subsidieperiode vanaf 2027.",
             "directie", "eind 2026"),
            ("-", "Huisvesting: het dak van het hoofdgebouw wordt in de zomer vervangen; de lessen gaan door in de "
                  "aula van het Lingecollege.", "facilitair", "juli-aug. 2026")):
        rr = t.row()
        for c in row:
            rr.cell(c)
r.ln(4)
r.h2("Tot slot")
r.para("Wij zullen de gemeente halfjaarlijks informeren over de voortgang. Het bestuur bedankt de docenten en "
       "vrijwilligers die de school dragen en kijkt met vertrouwen naar de komende periode.")
r.para("Namens het bestuur, Gerrit Hofman, voorzitter - Lotte Verbeek, directeur", "S", 8.5)
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "een kortingsregeling in te voeren voor gezinnen met een inkomen",
     "geldt een korting van 50 procent voor gezinnen met een Lingepas", "agrees"),
    (2, "in De Rietakker een vaste leslocatie te openen, bij voorkeur",
     "vinden wij op dit moment niet verantwoord", "disagrees", ["partly"]),
    (3, "een jaarlijkse cyclus van leerling- en oudertevredenheidsonderzoek in te voeren",
     "De eerste tevredenheidsmeting onder leerlingen en ouders loopt in juni 2026", "agrees"),
    (4, "met het primair onderwijs een programma voor muziekles in",
     "Wij verkennen met hen de mogelijkheden", "noted"),
    (5, "het bestuur uit te breiden van drie naar vijf leden",
     "Het bestuur wordt per 1 juli uitgebreid tot vijf leden", "agrees"),
    (6, "het samenspelaanbod uit te breiden met een leerlingenorkest en bandcoaching", None, "unanswered"),
    (7, "de docenten jaarlijks ten minste twintig uur scholing te bieden",
     "Wij reserveren twaalf uur per docent per jaar", "partly"),
], [
    "Het bestuur is de visitatiecommissie erkentelijk voor een grondig",
    "het dak van het hoofdgebouw wordt in de zomer vervangen",
    "Wij zullen de gemeente halfjaarlijks informeren over de voortgang",
], "Dutch visitatierapport of an invented Visitatiecommissie Kunsteducatie on a municipal music school foundation "
   "(fpdf2, serif body, grey side band, running head from p. 2, 'pagina n/m'). Traps: subsidy agreement art. 6 'moet', "
   "a table of oordelen per standaard, the 2020 visitatie quoted with 'moet', bold 'Conclusie 1-3', 'de school moet "
   "meer kinderen bereiken' echoed in the response, 'Tot slot' asking for a reaction within three months. "
   "Recommendations LETTERED a)-g) as infinitive clauses after 'beveelt ... aan:'. Response: management response "
   "table Aanb. / Reactie bestuur / Wie / Wanneer citing the letters, order c, a, e+b, g, d; row 'e) en b)' = e "
   "agrees (board of five from 1 July) + b disagrees (no own location; proeflessen instead, 'partly' also allowed); "
   "c agrees; a agrees; g partly (twelve hours, not twenty); d noted (verkennen); f (samenspel) unanswered. "
   "'Algemeen', the row '-' (roof) and 'Tot slot' answer nothing.")

"""Round 102 (nl): the VEILIGHEIDSADVIES of a VEILIGHEIDSREGIO on the natuurijsbaan of a village ijsvereniging,
answered by the BESLUITENLIJST of the vereniging's bestuursvergadering (decisions citing 'advies 3.n').

Advice (fpdf2, serif, ruled letterhead, running head from p. 2, 'blz. n van m'): a NUMBERED-PARAGRAPH report;
'2 Bevindingen' 2.1-2.6 in the same form as the recommendations, the APV and Wet veiligheidsregio's, the 2022 advice
quoted with 'moet'; the recommendations are paragraphs 3.1-3.7 of '3 Advies'. Response: besluitenlijst with agenda
items and decisions B26-xx, order 3.6, 3.2+3.5, 3.1, 3.7, 3.3; 3.4 unanswered. All invented.

Run: /tmp/blind102nl/bin/python tests/docs/src/blind102/gen_nl_ijsbaan_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b102nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind102_nl_ijsbaan"
F = B.tmp_fonts("B102NL Serif", B.SERIF_FILES)


class Doc(FPDF):
    def __init__(self, head, org, sub, col):
        super().__init__(format="A4")
        self.head, self.org, self.sub, self.col = head, org, sub, col
        self.add_font("R", "", F["Regular"])
        self.add_font("R", "B", F["Bold"])
        self.add_font("R", "I", F["Italic"])
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            self.set_font("R", "B", 13)
            self.set_text_color(*self.col)
            self.cell(0, 7, self.org, new_x="LMARGIN", new_y="NEXT")
            self.set_font("R", "", 8)
            self.set_text_color(70, 70, 70)
            self.cell(0, 5, self.sub, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.col)
            self.set_line_width(0.7)
            self.line(24, self.get_y() + 1, 186, self.get_y() + 1)
            self.set_line_width(0.2)
            self.line(24, self.get_y() + 2.2, 186, self.get_y() + 2.2)
            self.ln(8)
        else:
            self.set_font("R", "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("R", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "blz. %d van {nb}" % self.page_no(), align="C")

    def p(self, t, size=9.6, style="", h=5.0, indent=0):
        self.set_font("R", style, size)
        if indent:
            self.set_x(24 + indent)
            self.multi_cell(162 - indent, h, t, new_x="LMARGIN", new_y="NEXT")
        else:
            self.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def hd(self, t):
        self.ln(1.5)
        self.set_font("R", "B", 11)
        self.set_text_color(*self.col)
        self.cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def num(self, n, t, size=9.6, w=11):
        """A numbered paragraph: the number in a hanging margin."""
        y = self.get_y()
        if y > 265:
            self.add_page()
            y = self.get_y()
        self.set_font("R", "B", size)
        self.set_xy(24, y)
        self.cell(w, 5, n)
        self.set_xy(24 + w, y)
        self.set_font("R", "", size)
        self.multi_cell(162 - w, 5, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)


BLUE = (20, 60, 110)
a = Doc("Veiligheidsregio Drechtland - advies natuurijsbaan De Hoop - VRD/RB/2026-0388",
        "Veiligheidsregio Drechtland", "Risicobeheersing en evenementenveiligheid  |  Postbus 812, 3300 AV "
        "Drechtstede  |  www.vrdrechtland.nl", BLUE)
a.add_page()
a.p("IJsvereniging De Hoop Oud-Dubbeldam\nt.a.v. het bestuur\nDijkweg 41\n3319 KP Oud-Dubbeldam", 8.6, h=4.3)
a.p("Drechtstede, 21 oktober 2026\nKenmerk: VRD/RB/2026-0388\nBehandeld door: ing. H. Kranendonk, adviseur "
    "evenementenveiligheid\nOnderwerp: veiligheidsadvies natuurijsbaan De Hoop", 8.6, h=4.3)
a.hd("1  Inleiding")
a.num("1.1", "Op 2 september 2026 vroeg de gemeente Drechtstede ons om advies over de natuurijsbaan van "
      "IJsvereniging De Hoop, in verband met de aanvraag voor een meerjarige evenementenvergunning op grond van "
      "artikel 2:25 van de APV Drechtstede. Dit advies is ook aan de vereniging gericht, omdat de meeste "
      "maatregelen bij de vereniging liggen.")
a.num("1.2", "Wij bezochten de baan op 29 september 2026 samen met de voorzitter en de baancommissaris. Daarnaast "
      "bestudeerden wij het draaiboek 'Schaatsen op De Hoop' (versie 2024) en de incidentenregistratie van de "
      "winters 2021 en 2024, de enige jaren met schaatsijs in de afgelopen vijf winters.")
a.hd("2  Bevindingen")
a.num("2.1", "De baan is een ondergelopen weiland van circa 2,4 hectare met een ovale kernbaan van 400 meter. "
      "Aan de oostzijde loopt een sloot van ruim een meter diep die bij vorst onder de ijsvloer verdwijnt.")
a.num("2.2", "Op drukke dagen in januari 2024 waren naar schatting 1.100 tot 1.400 bezoekers tegelijk op het ijs. "
      "Op zaterdag 13 januari 2024 moest de baan een uur worden gesloten, omdat de ingang verstopt raakte.")
a.num("2.3", "De ijsdikte wordt gemeten door de ijsmeester op vier vaste punten. Volgens het draaiboek moet het ijs "
      "ten minste 10 centimeter dik zijn voordat de baan opengaat; metingen worden niet vastgelegd.")
a.num("2.4", "Er is geen vaste EHBO-post. In 2024 werden 23 valpartijen geregistreerd, waarvan vier met een "
      "botbreuk; eenmaal duurde het ruim 25 minuten voordat een ambulance de baan bereikte, omdat de route via de "
      "Dijkweg geblokkeerd was door geparkeerde auto's.")
a.num("2.5", "Bij de baan hangen twee houten ladders en één werplijn. De verlichting geeft langs de randen van de "
      "baan minder dan 5 lux.")
a.num("2.6", "In ons advies van 2022 schreven wij al: 'De vereniging moet bij ijsgang een ijsmeester aanwijzen die "
      "bevoegd is de baan te sluiten.' Dat is inmiddels geregeld. Artikel 10 van de Wet veiligheidsregio's geeft "
      "ons de taak het bevoegd gezag te adviseren; het besluit over de vergunning ligt bij de burgemeester.")
a.hd("3  Advies")
a.p("Op grond van deze bevindingen adviseren wij de vereniging het volgende.")
RECS = [
    ("3.1", "Laat het ijs pas openen na twee metingen van de ijsdikte op ten minste twaalf meetpunten, en leg elke "
            "meting vast in een logboek."),
    ("3.2", "Stel op elke schaatsdag een EHBO-er met een geldig diploma aan, die herkenbaar is aan een hesje en tijdens "
            "de openingsuren bij de baan blijft."),
    ("3.3", "Vervang de houten ladders door drijvende reddingssleeën, één aan elke lange zijde van de baan."),
    ("3.4", "Zet de sloot aan de oostzijde af met hekken of linten en markeer die zone duidelijk, ook na verse "
            "sneeuwval."),
    ("3.5", "Beperk het aantal bezoekers op het ijs tot 600 tegelijk en houd dat bij met een teller bij de ingang."),
    ("3.6", "Leg met de gemeente en de ambulancedienst in een calamiteitenplan vast hoe de aanrijroute via de Dijkweg "
            "vrij blijft."),
    ("3.7", "Sluit de baan bij het invallen van de duisternis, tenzij de verlichting overal ten minste 20 lux geeft."),
]
for n, t in RECS:
    a.num(n, t)
a.hd("4  Tot slot")
a.num("4.1", "Wij sturen een afschrift van dit advies aan de burgemeester van Drechtstede. Wij vragen de vereniging "
      "ons vóór 1 december 2026 te laten weten welke maatregelen zij neemt; dan kunnen wij die betrekken bij ons "
      "advies over de vergunning.")
a.p("Met vriendelijke groet,\n\nVeiligheidsregio Drechtland\nnamens deze,\n\nir. W.J. Poortvliet\nhoofd sector "
    "Risicobeheersing", h=4.6)
a.output(B.out(NAME + "_advice.pdf"))

GREEN = (30, 90, 60)
r = Doc("IJsvereniging De Hoop - besluitenlijst bestuur 18 november 2026", "IJsvereniging De Hoop Oud-Dubbeldam",
        "Opgericht 1911  |  Dijkweg 41, 3319 KP Oud-Dubbeldam  |  secretaris@ijsclubdehoop.nl", GREEN)
r.add_page()
r.p("Besluitenlijst van de bestuursvergadering van 18 november 2026", 12, "B")
r.p("Aanwezig: G. van Wingerden (voorzitter), A. Sterrenburg (secretaris), P. Kooijman (penningmeester), "
    "L. de Bruijn (baancommissaris), M. Hoogerwerf (ijsmeester)\nAfwezig met kennisgeving: T. Rijsdijk", 8.6,
    h=4.3)
r.hd("1  Opening")
r.p("De voorzitter opent om 20.00 uur de vergadering in de kantine van het clubhuis. De besluitenlijst van 14 "
    "oktober wordt ongewijzigd vastgesteld.")
r.hd("2  Advies Veiligheidsregio (VRD/RB/2026-0388)")
r.p("Het bestuur bespreekt het advies van 21 oktober. Het bestuur neemt de volgende besluiten; de secretaris "
    "stuurt deze lijst vóór 1 december aan de Veiligheidsregio en de gemeente.")
r.num("B26-31", "(advies 3.6) Het calamiteitenplan is aangevuld. Met de gemeente is afgesproken dat de Dijkweg op "
      "schaatsdagen een parkeerverbod krijgt en dat twee verkeersregelaars de aanrijroute vrijhouden. Het plan is "
      "op 11 november door de ambulancedienst goedgekeurd.", w=17)
r.num("B26-32", "(advies 3.2 en 3.5) Er komt op elke schaatsdag een EHBO-post in de kantine, met een gediplomeerde "
      "EHBO-er in hesje; de EHBO-vereniging Dubbeldam heeft dit schriftelijk toegezegd. Een maximum van 600 "
      "bezoekers neemt het bestuur niet over: de baan is ruim genoeg en een teller bij de ingang zou juist de rij "
      "veroorzaken die in 2024 tot problemen leidde. Het bestuur kiest in plaats daarvan voor een tweede ingang.", w=17)
r.num("B26-33", "(advies 3.1) Het ijs wordt voortaan tweemaal gemeten en de metingen gaan in een logboek. Twaalf "
      "meetpunten is voor onze vrijwilligers te veel; het bestuur houdt het op acht meetpunten verdeeld over de "
      "baan.", w=17)
r.num("B26-34", "(advies 3.7) Na zonsondergang blijft alleen de kernbaan van 400 meter open, waar de lampen worden "
      "vervangen; de rest van het weiland gaat bij duisternis dicht.", w=17)
r.num("B26-35", "(advies 3.3) De aanschaf van twee reddingssleeën (circa 1.800 euro) wordt voorgelegd aan de "
      "algemene ledenvergadering van maart, samen met een subsidieverzoek aan het Oranjefonds.", w=17)
r.hd("3  Contributie en ledenadministratie")
r.p("De penningmeester meldt dat 312 leden de contributie over 2026 hebben betaald. Het bestuur besluit de "
    "contributie voor 2027 niet te verhogen en de ledenadministratie over te zetten naar het programma Clubbase.")
r.hd("4  Rondvraag en sluiting")
r.p("Er zijn geen vragen voor de rondvraag. De voorzitter dankt iedereen voor de inzet en sluit om 21.40 uur de "
    "vergadering. Volgende vergadering: 13 januari 2027, of eerder zodra er ijs in zicht is.")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Laat het ijs pas openen na twee metingen van de ijsdikte",
     "het bestuur houdt het op acht meetpunten", "partly"),
    (2, "Stel op elke schaatsdag een EHBO-er met een geldig diploma",
     "Er komt op elke schaatsdag een EHBO-post in de kantine", "agrees"),
    (3, "Vervang de houten ladders door drijvende reddingssleeën, één aan",
     "wordt voorgelegd aan de algemene ledenvergadering van maart", "noted"),
    (4, "Zet de sloot aan de oostzijde af met hekken of", None, "unanswered"),
    (5, "Beperk het aantal bezoekers op het ijs tot 600 tegelijk",
     "bezoekers neemt het bestuur niet over", "disagrees"),
    (6, "Leg met de gemeente en de ambulancedienst in een calamiteitenplan",
     "Het plan is op 11 november door de ambulancedienst goedgekeurd", "agrees"),
    (7, "Sluit de baan bij het invallen van de duisternis, tenzij",
     "Na zonsondergang blijft alleen de kernbaan van 400 meter open", "partly"),
], ["De voorzitter opent om 20.00 uur de vergadering",
    "besluit de contributie voor 2027 niet te verhogen",
    "sluit om 21.40 uur de vergadering"],
    "Advice: veiligheidsadvies of a VEILIGHEIDSREGIO on a village natuurijsbaan, 2 p., fpdf2 (serif, double-ruled "
    "letterhead, italic running head from p. 2, 'blz. n van m'); a NUMBERED-PARAGRAPH report: Inleiding 1.1-1.2 and "
    "Bevindingen 2.1-2.6 in the same hanging-number form as the recommendations 3.1-3.7 of '3 Advies' (expected "
    "numbers 1-7 = 3.1-3.7), then 4.1; traps: APV art. 2:25, Wet veiligheidsregio's art. 10, the draaiboek's "
    "'moet', the 2022 advice quoted with 'moet', figures and dates, a reply deadline. Response: BESLUITENLIJST of the "
    "vereniging's bestuursvergadering, agenda items 1-4 and decisions B26-31..35 citing '(advies 3.n)', order 3.6, "
    "3.2+3.5, 3.1, 3.7, 3.3; B26-32 = 3.2 agrees (EHBO-post every skating day) + 3.5 disagrees (no 600 maximum, "
    "second entrance instead); 3.6 agrees (calamiteitenplan approved 11 November); 3.1 partly (two measurements, "
    "eight points not twelve); 3.7 partly (only the 400 m core track open after dark); 3.3 noted (put to the ALV); "
    "3.4 (cordon off the ditch) unanswered; Opening, 'Contributie en ledenadministratie' and 'Rondvraag en sluiting' "
    "answer nothing")

"""Round 85 (nl, Dutch): the ADVIES of the KLANKBORDGROEP (residents' sounding board) of a municipal WIND FARM
project to the college, answered in the gemeente's VERSLAG VAN DE INFORMATIEAVOND for residents, where the wethouder
answers by theme.

Advice: (invented) Klankbordgroep Windpark Hoogeveld, 'Advies aan het college over hinderbeperking en lokale
betrokkenheid' (2 p., sans, a green band on page 1, running head, 'Pagina n van m'); the seven recommendations are
CODED rows KBG-1 - KBG-7 of a ruled table 'Code | Advies | Thema'; traps: numbered observations in prose, the
Activiteitenbesluit norm ('moet ... voldoen', 47 dB Lden, 6 hours of shadow flicker), article 7 of the
omgevingsovereenkomst, the 2023 advice quoted ('Houd minimaal 600 meter afstand tot woningen.'), 'zou ...
moeten', a turbine table.
Response: 'Verslag informatieavond Windpark Hoogeveld, 11 maart 2026' (1-2 p., sans, headings by theme, no codes),
order 4, 2+3, 6, 1, 5: opening (nothing); 4 agrees (measurement already commissioned); ONE section 'Slagschaduw en
verlichting' = 2 partly (three nearest turbines) + 3 disagrees; 6 partly (25 instead of 50 per cent); 1 agrees; 5
noted (passed to the developer, decision later); 'Planning en bouwverkeer' (nothing); 'Afsluiting' (nothing); 7
(24-hour complaints line) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

The Activiteitenbesluit milieubeheer and the Omgevingswet are real, but what the documents say of them is not to be
relied on; Dalvoorde, Hoogeveld, the klankbordgroep, people, figures and dates are invented.

Run: /tmp/blind85nl/bin/python tests/docs/src/blind85/gen_nl_windpark_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b85nl as B  # noqa: E402

NAME = "blind85_nl_windpark"
GREEN = (40, 110, 60)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, band):
        super().__init__(format="A4")
        self.head = head
        self.band = band
        self.set_creation_date(datetime.datetime(2026, 3, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("sa", stl, B.DV + B.SANS_FILES[f])
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)
        self.tw = self.w - 40

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*GREEN)
                self.rect(0, 0, self.w, 9, style="F")
            return
        self.set_xy(20, 10)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, self.head)
        self.set_draw_color(*GREEN)
        self.line(20, 15, self.w - 20, 15)
        self.set_text_color(0)
        self.set_y(21)

    def footer(self):
        self.set_y(-13)
        self.set_font("sa", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, size=9.4, style="", after=2.2, h=4.9):
        self.set_font("sa", style, size)
        self.multi_cell(self.tw, h, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def hd(self, t, size=11):
        self.ln(1.5)
        self.set_text_color(*GREEN)
        self.p(t, size=size, style="B", after=1)
        self.set_text_color(0)


RECS_TXT = [
    ("KBG-1", "Laat het omgevingsfonds beheren door een onafhankelijke stichting met bewoners uit Hoogeveld en "
              "Zuiderlaag in het bestuur, en niet door de gemeente.", "Omgevingsfonds"),
    ("KBG-2", "Voorzie alle vijf turbines van een stilstandvoorziening met lichtsensoren die de slagschaduw bij "
              "woningen tot nul terugbrengt.", "Slagschaduw"),
    ("KBG-3", "Pas vanaf de ingebruikname naderingsdetectie toe, zodat de rode obstakelverlichting 's nachts "
              "alleen brandt als er een vliegtuig nadert.", "Verlichting"),
    ("KBG-4", "Laat in het eerste jaar na ingebruikname door een onafhankelijk bureau geluidsmetingen uitvoeren "
              "bij de tien dichtstbijzijnde woningen.", "Geluid"),
    ("KBG-5", "Stel een vrijwillige regeling op voor eigenaren van woningen binnen 1.000 meter die bij verkoop "
              "waardedaling kunnen aantonen.", "Woningwaarde"),
    ("KBG-6", "Zorg dat minimaal de helft van het windpark in eigendom komt van inwoners en de lokale "
              "energiecoöperatie.", "Participatie"),
    ("KBG-7", "Open een klachtenlijn die dag en nacht bereikbaar is en rapporteer elk kwartaal over de "
              "binnengekomen meldingen.", "Meldingen"),
]


def advice():
    d = Doc("Klankbordgroep Windpark Hoogeveld - advies aan het college, 2 februari 2026", True)
    d.alias_nb_pages()
    d.add_page()
    d.set_y(16)
    d.set_font("sa", "B", 8)
    d.set_text_color(*GREEN)
    d.cell(d.tw, 4, "KLANKBORDGROEP WINDPARK HOOGEVELD", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    d.p("Advies aan het college over hinderbeperking en lokale betrokkenheid", size=15, style="B", h=7, after=1)
    d.p("Aan: het college van burgemeester en wethouders van Dalvoorde  |  Datum: 2 februari 2026  |  "
        "Kenmerk: KBG-WH 2026/01", size=8.3, after=4)
    d.hd("Waarom dit advies")
    d.p("De klankbordgroep is in 2022 door het college ingesteld en bestaat uit elf bewoners van Hoogeveld, "
        "Zuiderlaag en het buitengebied, aangevuld met een vertegenwoordiger van de agrarische ondernemers. Nu de "
        "omgevingsvergunning voor de vijf turbines onherroepelijk is en de bouw in het najaar begint, wil de "
        "klankbordgroep het college adviseren over de punten die in de omgevingsovereenkomst nog open staan.")
    d.p("Eerder, in haar advies over de locatiekeuze van juni 2023, schreef de klankbordgroep: 'Houd minimaal "
        "600 meter afstand tot woningen.' Het college heeft dat advies gevolgd; de dichtstbijzijnde woning ligt "
        "op 640 meter van turbine 3.")
    d.hd("Het windpark in cijfers")
    d.set_font("sa", "", 8.4)
    with d.table(col_widths=(22, 26, 30, 30, 40), text_align="LEFT", line_height=5,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(220, 236, 224))) as t:
        for row in (("Turbine", "Ashoogte", "Rotordiameter", "Vermogen", "Afstand tot woning"),
                    ("T1", "135 m", "150 m", "5,6 MW", "820 m"), ("T2", "135 m", "150 m", "5,6 MW", "710 m"),
                    ("T3", "135 m", "150 m", "5,6 MW", "640 m"), ("T4", "135 m", "150 m", "5,6 MW", "905 m"),
                    ("T5", "135 m", "150 m", "5,6 MW", "1.130 m")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(3)
    d.hd("Wat wij horen in de dorpen")
    d.p("Ten eerste: veel bewoners weten niet wat zij kunnen verwachten. Volgens het Activiteitenbesluit "
        "milieubeheer moet een windpark voldoen aan een geluidsnorm van 47 dB Lden, en de slagschaduw mag bij "
        "woningen gemiddeld niet meer dan zes uur per jaar bedragen. Bewoners vinden die normen abstract en "
        "vertrouwen de berekeningen van de ontwikkelaar maar half.")
    d.p("Ten tweede: de 's nachts knipperende rode verlichting wordt in andere gemeenten als zeer storend ervaren. "
        "De verlichting zou volgens bewoners op het open land tot ver in de omtrek te zien moeten zijn, juist "
        "omdat het gebied nu donker is.")
    d.p("Ten derde: volgens artikel 7 van de omgevingsovereenkomst stort de exploitant jaarlijks 0,50 euro per "
        "geproduceerde MWh in een omgevingsfonds. Wie dat fonds beheert en waaraan het wordt besteed, is nog niet "
        "bepaald. Ook de afspraak over lokaal eigendom is nog niet ingevuld.")
    d.hd("Onze adviezen")
    d.p("De klankbordgroep geeft het college de volgende adviezen mee. Zij verzoekt het college om binnen acht "
        "weken schriftelijk of tijdens een informatieavond te reageren.", after=3)
    d.set_font("sa", "", 8.8)
    with d.table(col_widths=(18, 120, 30), text_align="LEFT", line_height=4.8,
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)) as t:
        r = t.row()
        for c in ("Code", "Advies", "Thema"):
            r.cell(c)
        for code, txt, theme in RECS_TXT:
            r = t.row()
            r.cell(code)
            r.cell(txt)
            r.cell(theme)
    d.ln(4)
    d.p("Namens de Klankbordgroep Windpark Hoogeveld,", after=0.5)
    d.p("Annemiek Wolters-Brink, voorzitter  -  Gerrit Hofstede, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Verslag informatieavond Windpark Hoogeveld - 11 maart 2026", False)
    d.alias_nb_pages()
    d.add_page()
    d.set_font("sa", "B", 12)
    d.set_text_color(*GREEN)
    d.cell(d.tw, 6, "Gemeente Dalvoorde", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*GREEN)
    d.line(20, d.get_y() + 1, d.w - 20, d.get_y() + 1)
    d.set_text_color(0)
    d.ln(4)
    d.p("Verslag informatieavond Windpark Hoogeveld", size=14, style="B", h=7, after=1)
    d.p("Dinsdag 11 maart 2026, 19.30 - 21.45 uur, dorpshuis De Hoeksteen, Hoogeveld. Aanwezig: circa 85 "
        "bewoners; wethouder R. (Rianne) Smeenk (energie en duurzaamheid); J. Kloosterman, projectleider "
        "gemeente; M. Özdemir, namens ontwikkelaar Hoogeveld Wind B.V.; leden van de klankbordgroep. "
        "Gespreksleider: T. van Leeuwen. Verslag: S. Bruins.", size=8.4, after=3)
    d.hd("Opening")
    d.p("De gespreksleider opent de avond en legt uit dat de wethouder vanavond ingaat op het advies dat de "
        "klankbordgroep op 2 februari aan het college heeft gegeven. Daarna is er ruimte voor vragen uit de zaal. "
        "Een schriftelijke samenvatting van dit verslag verschijnt in de Dalvoorder Courant.")
    d.hd("Geluid")
    d.p("De wethouder deelt mee dat het college het advies over geluidsmetingen volledig overneemt. De gemeente "
        "heeft bureau Akoestiek Noord al opdracht gegeven om in het eerste jaar na ingebruikname op tien adressen "
        "te meten; de resultaten worden openbaar gemaakt. Een bewoner vraagt of ook laagfrequent geluid wordt "
        "gemeten. Dat is het geval.")
    d.hd("Slagschaduw en verlichting")
    d.p("Over de slagschaduw zegt de wethouder dat de ontwikkelaar een stilstandvoorziening aanbrengt op de drie "
        "turbines die het dichtst bij woningen staan, T1, T2 en T3. Voor T4 en T5 blijft het bij de wettelijke "
        "norm; daar is volgens de berekeningen geen woning met meer dan twee uur slagschaduw per jaar. Over de "
        "verlichting is de wethouder duidelijk: naderingsdetectie komt er bij de start niet. De ontwikkelaar "
        "heeft dat onderzocht, maar de vereiste toestemming is voor 2028 niet te krijgen en het college wil de "
        "bouw daarop niet laten wachten. Wel worden de lampen zo gedimd als de regels toelaten. Enkele "
        "aanwezigen reageren teleurgesteld.")
    d.hd("Lokaal eigendom")
    d.p("De wethouder vertelt dat het college met Energiecoöperatie Dalvoorde Duurzaam heeft afgesproken dat "
        "inwoners en de coöperatie voor 25 procent mede-eigenaar worden. Een aandeel van de helft, zoals de "
        "klankbordgroep vroeg, is volgens het college financieel niet haalbaar voor de coöperatie, maar de "
        "afspraak biedt ruimte om het aandeel na vijf jaar te vergroten.")
    d.hd("Omgevingsfonds")
    d.p("Het college volgt de klankbordgroep in haar wens dat bewoners zelf over het fonds gaan. Er komt een "
        "stichting Omgevingsfonds Hoogeveld met een bestuur van vijf bewoners; de gemeente zit niet in het "
        "bestuur. De statuten worden voor de zomer opgesteld.")
    d.hd("Woningwaarde")
    d.p("Een regeling voor waardedaling van woningen valt buiten de omgevingsovereenkomst. De wethouder heeft het "
        "verzoek doorgegeven aan de ontwikkelaar, die heeft toegezegd ernaar te kijken. Het college neemt nog "
        "geen standpunt in; de heer Özdemir verwacht voor het einde van het jaar duidelijkheid. Bewoners wijzen "
        "erop dat een planschadeprocedure lang duurt.")
    d.hd("Planning en bouwverkeer")
    d.p("De projectleider licht de planning toe. De aanleg van de bouwwegen begint in september; de turbines "
        "worden in het voorjaar van 2027 geplaatst. Het bouwverkeer rijdt via de N381 en de Industrieweg en "
        "komt niet door de kern van Hoogeveld. Voor de zwaarste transporten wordt de Veenweg drie nachten "
        "afgesloten.")
    d.hd("Afsluiting")
    d.p("De gespreksleider dankt de aanwezigen voor hun inbreng en de klankbordgroep voor haar inzet. De volgende "
        "informatieavond wordt gehouden na de zomer, voordat de bouw begint. De presentatie staat op de "
        "projectpagina van de gemeente.")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Laat het omgevingsfonds beheren door een onafhankelijke stichting met bewoners",
     "Het college volgt de klankbordgroep in haar wens", "agrees"),
    (2, "Voorzie alle vijf turbines van een stilstandvoorziening met lichtsensoren",
     "op de drie turbines die het dichtst bij woningen staan", "partly"),
    (3, "Pas vanaf de ingebruikname naderingsdetectie toe, zodat de rode obstakelverlichting",
     "naderingsdetectie komt er bij de start niet", "disagrees"),
    (4, "Laat in het eerste jaar na ingebruikname door een onafhankelijk bureau",
     "het college het advies over geluidsmetingen volledig overneemt", "agrees"),
    (5, "Stel een vrijwillige regeling op voor eigenaren van woningen",
     "Het college neemt nog geen standpunt in", "noted"),
    (6, "Zorg dat minimaal de helft van het windpark in eigendom komt",
     "voor 25 procent mede-eigenaar worden", "partly"),
    (7, "Open een klachtenlijn die dag en nacht bereikbaar is", None, "unanswered"),
]
UNMATCHED = [
    "Een schriftelijke samenvatting van dit verslag verschijnt in de Dalvoorder Courant",
    "De aanleg van de bouwwegen begint in september",
    "De volgende informatieavond wordt gehouden na de zomer",
]
NOTES = ("Advice: advice of the (invented) Klankbordgroep Windpark Hoogeveld to the college of Dalvoorde; seven "
         "CODED rows KBG-1 - KBG-7 of a ruled table 'Code | Advies | Thema' (numbers 1-7 = KBG-1 - KBG-7). Traps: "
         "a turbine table; 'Ten eerste/tweede/derde' observations; the Activiteitenbesluit 'moet ... voldoen' (47 dB "
         "Lden, six hours shadow); 'zou ... moeten'; art. 7 of the omgevingsovereenkomst; the 2023 advice quoted "
         "('Houd minimaal 600 meter afstand tot woningen.'); 'verzoekt het college om binnen acht weken ... te "
         "reageren'. Response: minutes of an information evening, headings by theme, NO codes, replies by "
         "paraphrase, order 4, 2+3, 6, 1, 5: 'Opening' (nothing); 4 agrees (already commissioned); ONE section "
         "'Slagschaduw en verlichting' = 2 partly (three nearest turbines) + 3 disagrees (no detection at the "
         "start); 6 partly (25 instead of 50 per cent); 1 agrees; 5 noted (passed to the developer, no position "
         "yet); 'Planning en bouwverkeer' and 'Afsluiting' (nothing); 7 (24-hour complaints line) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

"""Round 96 (nl): the ZIENSWIJZE of a bedrijveninvesteringszone (BIZ) foundation of shopkeepers on a municipality's
ontwerp-Parkeervisie, answered by the college's RAADSINFORMATIEBRIEF to the council on the zienswijzen.

Advice (fpdf2, sans, red side band, running head, 'blz. n van m'): Gemeentewet art. 225 and a council motion
quoted with 'moet', a visitor count table, a bold conclusion that is not a recommendation; the seven
recommendations are BOLD SENTENCES opening paragraphs under subject headings (numbered by position). Response:
raadsinformatiebrief by paraphrase only, order 5, 2, 3+4, 1, 6; 7 unanswered. All invented.

Run: /tmp/blind96nl/bin/python tests/docs/src/blind96/gen_nl_binnenstad_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b96nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind96_nl_binnenstad"
F = B.tmp_fonts()
RED = (163, 32, 45)


class Doc(FPDF):
    head = ""
    band = False

    def header(self):
        if self.band:
            self.set_fill_color(*RED)
            self.rect(0, 0, 9, 297, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(22, 9)
            self.cell(0, 4, self.head)
            self.set_draw_color(170, 170, 170)
            self.line(22, 14, 188, 14)
            self.set_y(22)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "blz. %d van {nb}" % self.page_no(), align="R")


def new(head, band):
    d = Doc(format="A4")
    d.head, d.band = head, band
    for st, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        d.add_font("S", st, F[key])
    d.set_margins(22, 20, 22)
    d.set_auto_page_break(True, 20)
    d.alias_nb_pages()
    d.set_title(head)
    d.add_page()
    return d


def para(d, t, size=9.8, h=5.0):
    d.set_font("S", "", size)
    d.multi_cell(0, h, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head2(d, t, col=RED):
    d.ln(1.5)
    d.set_font("S", "B", 11)
    d.set_text_color(*col)
    d.multi_cell(0, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(0.5)


d = new("Stichting BIZ Binnenstad Harderveen - zienswijze ontwerp-Parkeervisie Binnenstad 2026-2035", True)
d.set_font("S", "B", 13)
d.set_text_color(*RED)
d.cell(0, 7, "Stichting BIZ Binnenstad Harderveen", new_x="LMARGIN", new_y="NEXT")
d.set_font("S", "", 8.5)
d.set_text_color(70, 70, 70)
d.multi_cell(0, 4.2, "Postbus 211, 3840 AE Harderveen  |  info@bizharderveen.nl\n"
             "Aan het college van burgemeester en wethouders van Harderveen\nHarderveen, 27 februari 2026  |  "
             "ons kenmerk BIZ/26/014", new_x="LMARGIN", new_y="NEXT")
d.set_text_color(0, 0, 0)
d.ln(4)
d.set_font("S", "B", 14)
d.multi_cell(0, 7, "Zienswijze op de ontwerp-Parkeervisie Binnenstad 2026-2035", align="L", new_x="LMARGIN", new_y="NEXT")
d.ln(2)
para(d, "Geacht college,")
para(d, "Het ontwerp van de Parkeervisie Binnenstad 2026-2035 heeft van 19 januari tot en met 1 maart 2026 ter inzage "
        "gelegen. Namens de 214 ondernemers die bijdragen aan de bedrijveninvesteringszone Binnenstad maakt het "
        "bestuur van de stichting graag gebruik van de gelegenheid om een zienswijze in te dienen. Wij hebben onze "
        "leden op 10 februari in een ledenbijeenkomst geraadpleegd; ruim zeventig ondernemers waren aanwezig.")
para(d, "**Samenvattend: de BIZ steunt de doelen van de visie, maar niet het tempo van de voorgestelde maatregelen.** "
        "Een autoluwe, groene binnenstad is ook in het belang van de ondernemers. De visie gaat er echter van uit "
        "dat bezoekers zonder meer overstappen op fiets en bus, terwijl de bezoekersaantallen nu al teruglopen:")
d.set_font("S", "B", 8.8)
d.set_fill_color(242, 222, 224)
w = (70, 32, 32, 32)
for i, t in enumerate(("Passantentelling binnenstad", "2019", "2023", "2025")):
    d.cell(w[i], 6, t, border="B", fill=True)
d.ln()
d.set_font("S", "", 8.8)
for row in (("Zaterdag, gemiddeld", "18.400", "16.900", "15.200"), ("Koopavond donderdag", "6.100", "5.300",
                                                                       "4.650"), ("Zondag (koopzondag)", "9.800", "8.700", "8.900")):
    for i, t in enumerate(row):
        d.cell(w[i], 5.5, t, border="B")
    d.ln()
d.ln(3)
para(d, "Wij wijzen er daarnaast op dat de gemeenteraad in motie 2024-17 ('Bereikbare binnenstad') heeft uitgesproken "
        "dat 'de gemeente moet waarborgen dat de binnenstad met de auto bereikbaar blijft voor bezoekers van buiten "
        "de stad'. Ook geldt dat de opbrengst van parkeerbelasting op grond van artikel 225 van de Gemeentewet in de "
        "algemene middelen valt; de raad moet dus zelf besluiten over de besteding ervan.")
head2(d, "Parkeren voor bezoekers")
para(d, "**Houd het eerste halfuur parkeren in de parkeergarage Havenpoort gratis voor bezoekers.** Veel bezoekers "
        "halen alleen snel een bestelling op bij de slager, de apotheek of de boekhandel. Het ontwerp schaft de "
        "huidige gratis halfuurregeling af per 1 januari 2027 (paragraaf 4.2 van de visie).")
para(d, "**Stel de invoering van betaald parkeren op zaterdagavond uit tot na de evaluatie in 2028.** De horeca in "
        "de Vischmarkt en de Kerkstraat verwacht dat bezoekers anders uitwijken naar Ermelo of Nijkerk. De visie "
        "zegt zelf dat de maatregelen in 2028 worden geëvalueerd; wacht die evaluatie dan ook af.")
head2(d, "Bevoorrading en ondernemers")
para(d, "**Verruim het venster voor laden en lossen in het voetgangersgebied tot 11.30 uur.** Het ontwerp beperkt de "
        "bevoorrading tot 6.00-10.30 uur. Veel leveranciers, zeker de kleinere, kunnen die tijd niet halen.")
para(d, "**Geef ondernemers in het kernwinkelgebied een bedrijfsvergunning voor ten minste twee voertuigen.** Nu "
        "krijgt een vestiging één vergunning, terwijl veel bedrijven een bestelbus en een auto voor bezorging "
        "gebruiken. Volgens de Parkeerverordening moet een vergunning op kenteken staan; een tweede kenteken zou "
        "dus volstaan.")
head2(d, "Fiets en openbaar vervoer")
para(d, "**Richt aan de rand van de binnenstad een bewaakte fietsenstalling in voor minstens 400 fietsen.** Als de "
        "gemeente wil dat bezoekers met de fiets komen, moet er ook een veilige plek zijn. De huidige stalling bij de "
        "bibliotheek is vaak vol en alleen op zaterdag bewaakt.")
head2(d, "Opbrengsten en samenwerking")
para(d, "**Zet een deel van de parkeeropbrengsten in voor de promotie en de beleving van de binnenstad.** Andere "
        "gemeenten, zoals Zutphen en Harderwijk, doen dat al. De opbrengst stijgt volgens de visie met 640.000 euro "
        "per jaar.")
para(d, "**Vorm voor de uitvoering een klankbordgroep van ondernemers, bewoners en de gemeente.** Zo kunnen "
        "knelpunten snel worden opgelost, en krijgt de evaluatie in 2028 een goede basis.")
para(d, "Wij vertrouwen erop dat u onze zienswijze meeweegt en zijn graag bereid haar in een gesprek toe te lichten.")
para(d, "Met vriendelijke groet,\nnamens het bestuur van de Stichting BIZ Binnenstad Harderveen,\n\n"
        "Erik van Dalfsen, voorzitter          Sandra Koops, secretaris")
d.output(B.out(NAME + "_advice.pdf"))

BLUE = (20, 70, 120)
d = new("Gemeente Harderveen - raadsinformatiebrief 2026-041 - zienswijzen Parkeervisie", False)
d.set_font("S", "B", 16)
d.set_text_color(*BLUE)
d.cell(0, 8, "Gemeente Harderveen", new_x="LMARGIN", new_y="NEXT")
d.set_font("S", "", 9)
d.cell(0, 5, "Raadsinformatiebrief", new_x="LMARGIN", new_y="NEXT")
d.set_text_color(0, 0, 0)
d.ln(3)
d.set_font("S", "", 8.8)
for k, v in (("Aan", "de gemeenteraad"), ("Datum", "14 april 2026"), ("Nummer", "RIB 2026-041"),
             ("Portefeuillehouder", "wethouder J.H. Mulder (Mobiliteit)"),
             ("Onderwerp", "Zienswijzen op de ontwerp-Parkeervisie Binnenstad 2026-2035")):
    d.set_font("S", "B", 8.8)
    d.cell(38, 5, k, border="B")
    d.set_font("S", "", 8.8)
    d.cell(0, 5, v, border="B", new_x="LMARGIN", new_y="NEXT")
d.ln(4)
head2(d, "Aanleiding", BLUE)
para(d, "Op de ontwerp-Parkeervisie Binnenstad zijn 37 zienswijzen ingediend. Met deze brief informeren wij u over de "
        "belangrijkste zienswijzen en over de wijzigingen die wij daarom in de visie hebben aangebracht, voordat "
        "de visie op 28 mei 2026 in uw raad wordt behandeld. De volledige nota van beantwoording ligt ter inzage.")
head2(d, "De zienswijze van de Stichting BIZ Binnenstad", BLUE)
para(d, "De BIZ vraagt om een goede en veilige stallingsplek voor fietsers. Wij zijn het daarmee eens. In het "
        "voormalige postkantoor aan de Bleekerstraat komt in 2027 een bewaakte stalling voor 450 fietsen, zes dagen "
        "per week open. Het krediet daarvoor is in de visie opgenomen.")
para(d, "Het verzoek om de parkeerheffing op zaterdagavond pas na de evaluatie in te voeren nemen wij niet over. Juist "
        "op zaterdagavond is de parkeerdruk in de straten rond de Vischmarkt het hoogst, en bewoners vragen ons al "
        "jaren om ingrijpen.")
para(d, "Over laden en lossen en de vergunningen voor ondernemers merken wij het volgende op. Het venster voor "
        "bevoorrading wordt verruimd: leveranciers mogen het voetgangersgebied voortaan tot 11.30 uur inrijden. "
        "Wat de vergunningen betreft blijft het uitgangspunt één bedrijfsvergunning per vestiging; een tweede "
        "vergunning geven wij alleen aan bedrijven die aantoonbaar zelf bezorgen, en dan tegen het tarief van een "
        "tweede bewonersvergunning.")
para(d, "De gratis halfuurregeling in de garage Havenpoort verdwijnt niet helemaal. Bezoekers kunnen in de visie "
        "straks het eerste kwartier gratis parkeren, zodat korte boodschappen mogelijk blijven zonder de garage vol "
        "te laten lopen met lang parkeren.")
para(d, "De wens om een deel van de parkeeropbrengsten te gebruiken voor promotie van de binnenstad hebben wij goed "
        "gehoord. Over de besteding van de opbrengsten beslist uw raad bij de begroting; wij zullen deze wens bij de "
        "voorbereiding van de begroting 2027 betrekken, zonder daar nu op vooruit te lopen.")
head2(d, "Overige zienswijzen", BLUE)
para(d, "Bewonersvereniging De Wallen vraagt om een maximum van één bewonersvergunning per adres in de Wallenbuurt. "
        "Wij passen de visie niet aan, maar zullen de uitgifte van vergunningen in die buurt wel nauwlettend volgen. "
        "Ook de Fietsersbond en de reizigersvereniging ROVER hebben zienswijzen ingediend; die zijn in de nota van "
        "beantwoording samengevat.")
head2(d, "Vervolg", BLUE)
para(d, "Het raadsvoorstel met de aangepaste Parkeervisie en de nota van beantwoording ontvangt u op 22 april 2026. "
        "Alle indieners van een zienswijze krijgen een persoonlijke reactie per brief.")
para(d, "Burgemeester en wethouders van Harderveen,\nde secretaris, drs. P.A. Wiersma          de burgemeester, "
        "mr. C.E. Bos-Hendriks")
d.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Houd het eerste halfuur parkeren in de parkeergarage Havenpoort gratis",
     "straks het eerste kwartier gratis parkeren", "partly"),
    (2, "Stel de invoering van betaald parkeren op zaterdagavond uit",
     "pas na de evaluatie in te voeren nemen wij niet over", "disagrees"),
    (3, "Verruim het venster voor laden en lossen in het voetgangersgebied",
     "Het venster voor bevoorrading wordt verruimd", "agrees"),
    (4, "Geef ondernemers in het kernwinkelgebied een bedrijfsvergunning voor ten minste",
     "een tweede vergunning geven wij alleen aan bedrijven", "partly"),
    (5, "Richt aan de rand van de binnenstad een bewaakte fietsenstalling",
     "komt in 2027 een bewaakte stalling voor 450 fietsen", "agrees"),
    (6, "Zet een deel van de parkeeropbrengsten in voor de promotie",
     "wij zullen deze wens bij de voorbereiding van de begroting 2027 betrekken", "noted"),
    (7, "Vorm voor de uitvoering een klankbordgroep van ondernemers, bewoners", None, "unanswered"),
], [
    "Op de ontwerp-Parkeervisie Binnenstad zijn 37 zienswijzen ingediend",
    "Bewonersvereniging De Wallen vraagt om een maximum",
    "Alle indieners van een zienswijze krijgen een persoonlijke reactie",
], "Advice: zienswijze of the Stichting BIZ Binnenstad Harderveen (shopkeepers' business improvement district) on "
   "the ontwerp-Parkeervisie (fpdf2, sans, red side band, running head from p. 2, 'blz. n van m'); traps: a bold "
   "'Samenvattend' conclusion, a visitor count table, motie 2024-17 quoted with 'moet', Gemeentewet art. 225, "
   "paragraph 4.2 of the visie, Parkeerverordening 'moet', 'moet' in the explanation of 5; the seven recommendations "
   "are UNNUMBERED BOLD SENTENCES opening paragraphs under subject headings (numbered by position). Response: the "
   "college's raadsinformatiebrief, paraphrase only, no numbers; order 5, 2, 3+4, 1, 6; the paragraph 'Over laden en "
   "lossen en de vergunningen' = 3 agrees (until 11.30) + 4 partly (second permit only for own delivery); 5 agrees; "
   "2 disagrees; 1 partly (a quarter of an hour, not half an hour); 6 noted (for the council, 'zonder daar nu op "
   "vooruit te lopen'); 7 (klankbordgroep) unanswered; 'Aanleiding', 'Overige zienswijzen' and 'Vervolg' answer "
   "nothing.")

"""Round 104 (nl): the ADVIES of a gemeente's Adviesraad Wonen en Leefomgeving (werkgroep Speelruimte) on the
concept-SPEELRUIMTEPLAN, answered by the college's RAADSINFORMATIEBRIEF (with a grey left sidebar) citing codes.

Advice (fpdf2, sans, orange rule and logo block on p. 1, running head from p. 2, 'blz. n/m'): a findings table
with codes B-01..B-04 and 'moet' (Warenwetbesluit attractie- en speeltoestellen), the 2019 speelruimteplan quoted
with 'moet', a 3 procent norm; the recommendations are the ROWS of a two-column table 'Code | Advies' SP-01..SP-07.
Response: raadsinformatiebrief, order SP-06, SP-01+SP-03, SP-05, SP-04, SP-02; SP-07 unanswered. All invented.

Run: /tmp/blind104nl/bin/python tests/docs/src/blind104/gen_nl_speelruimte_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b104nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind104_nl_speelruimte"
F = B.tmp_fonts()
ORANGE = (196, 98, 16)


class Doc(FPDF):
    def __init__(self, head, org, sub, lm=22):
        super().__init__(format="A4")
        self.head, self.org, self.sub = head, org, sub
        for st, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("S", st, F[key])
        self.set_margins(lm, 24, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*ORANGE)
            self.rect(22, 12, 14, 14, "F")
            self.set_xy(40, 12)
            self.set_font("S", "B", 13)
            self.cell(0, 7, self.org)
            self.set_xy(40, 19)
            self.set_font("S", "", 8)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.sub)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(*ORANGE)
            self.set_line_width(0.8)
            self.line(22, 30, 188, 30)
            self.set_line_width(0.2)
            self.set_y(36)
        else:
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(22, 10)
            self.cell(0, 4, self.head)
            self.set_draw_color(*ORANGE)
            self.line(22, 15, 188, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"blz. {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def hd(self, t):
        self.ln(2)
        self.set_font("S", "B", 11)
        self.set_text_color(*ORANGE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.3, style=""):
        self.set_font("S", style, size)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        self.ln(2)

    def tab(self, rows, widths):
        self.set_font("S", "", 8.8)
        with self.table(col_widths=widths, text_align="LEFT", line_height=4.8) as t:
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        self.ln(3)


# ---------------------------------------------------------------- advice
d = Doc("Adviesraad Wonen en Leefomgeving Haverdijk - advies AWL/2026/07 concept-Speelruimteplan 2027-2034",
        "Adviesraad Wonen en Leefomgeving Haverdijk",
        "Werkgroep Speelruimte  |  Postbus 210, 7940 AE Haverdijk  |  adviesraad@haverdijk.nl")
d.add_page()
d.set_font("S", "", 8.5)
d.multi_cell(0, 4.6, "Aan: het college van burgemeester en wethouders van Haverdijk\nDatum: 29 september 2026\n"
             "Kenmerk: AWL/2026/07\nOnderwerp: gevraagd advies concept-Speelruimteplan 2027-2034",
             new_x="LMARGIN", new_y="NEXT", align="L")
d.ln(3)
d.set_font("S", "B", 15)
d.multi_cell(0, 7, "Advies over het concept-Speelruimteplan 2027-2034", new_x="LMARGIN", new_y="NEXT", align="L")
d.ln(2)
d.hd("Inleiding")
d.p("Op 4 juli 2026 vroeg het college de Adviesraad Wonen en Leefomgeving om advies over het "
    "concept-Speelruimteplan 2027-2034. Het plan beschrijft de 64 openbare speelplekken van Haverdijk, de "
    "vervanging van toestellen en de voorgenomen opheffing van vijf kleine plekken. De werkgroep Speelruimte "
    "van de adviesraad bezocht in augustus 22 speelplekken, sprak met drie basisscholen en met de "
    "speeltuinvereniging De Klimop, en hield een inloopavond waar 41 ouders en 17 kinderen kwamen.")
d.hd("Bevindingen")
d.p("De werkgroep komt tot de volgende bevindingen. De codes verwijzen naar de toelichting in de bijlage.")
d.tab([("Code", "Bevinding"),
       ("B-01", "Bij de jaarlijkse inspectie van 2026 zijn zeven toestellen als 'slecht' beoordeeld. Volgens het "
                "Warenwetbesluit attractie- en speeltoestellen moet de beheerder een toestel dat niet veilig is "
                "direct buiten gebruik stellen; bij twee toestellen was dat in augustus nog niet gebeurd."),
       ("B-02", "In de nieuwbouwwijk Vossenkamp wonen ruim 300 kinderen van 12 tot 16 jaar, maar er is geen "
                "enkele voorziening voor deze leeftijd."),
       ("B-03", "De speelplek aan de Lijsterbeslaan wordt veel gebruikt door kinderen van de naastgelegen "
                "school en is de enige speelplek binnen 300 meter."),
       ("B-04", "Geen van de 64 speelplekken is goed bruikbaar voor kinderen in een rolstoel.")], (20, 146))
d.p("In het Speelruimteplan 2010-2019 stond: 'Iedere wijk moet een speelplek hebben die voor alle kinderen "
    "toegankelijk is.' Die ambitie is niet waargemaakt. Ook haalt Haverdijk in vier van de negen wijken niet "
    "de landelijke richtlijn dat 3 procent van het woongebied beschikbaar moet zijn voor spelen.")
d.hd("Advies")
d.p("Op grond van deze bevindingen adviseert de adviesraad het college het volgende.")
d.tab([("Code", "Advies"),
       ("SP-01", "Vervang in 2027 en 2028 de zeven speeltoestellen die bij de inspectie van 2026 als 'slecht' "
                 "zijn beoordeeld, en stel de twee nog gebruikte toestellen direct buiten gebruik."),
       ("SP-02", "Leg in de wijk Vossenkamp een trapveld en een ontmoetingsplek met zitgelegenheid aan voor "
                 "jongeren van 12 tot 16 jaar, elk met eigen verlichting."),
       ("SP-03", "Zie af van de opheffing van de speelplek aan de Lijsterbeslaan en neem deze plek op in het "
                 "vervangingsprogramma."),
       ("SP-04", "Maak vóór 2030 in elke wijk ten minste één speelplek geschikt voor kinderen met een "
                 "lichamelijke beperking, te beginnen in de wijken Centrum en Vossenkamp."),
       ("SP-05", "Betrek kinderen uit de buurt via de basisscholen bij het ontwerp van iedere speelplek die "
                 "wordt vernieuwd."),
       ("SP-06", "Verhoog het jaarlijkse budget voor speelruimte van € 180.000 naar € 250.000 om de achterstand "
                 "in de vervanging in te lopen."),
       ("SP-07", "Plaats bij alle speelplekken naast scholen en kinderopvang een rookvrij-bord en handhaaf daar "
                 "samen met de scholen.")], (20, 146))
d.p("De adviesraad ziet graag binnen zes weken de reactie van het college tegemoet, zoals bepaald in artikel 6 "
    "van de Verordening adviesraad Wonen en Leefomgeving. Wij zijn bereid het advies in de raadscommissie toe "
    "te lichten.")
d.p("Namens de Adviesraad Wonen en Leefomgeving,\nG.J. Kroeze, voorzitter\nI. Bakir, voorzitter werkgroep "
    "Speelruimte")
d.output(B.out(NAME + "_advice.pdf"))


# ---------------------------------------------------------------- response
class Brief(Doc):
    def header(self):
        self.set_fill_color(238, 238, 238)
        self.rect(0, 0, 52, 297, "F")
        if self.page_no() == 1:
            self.set_xy(8, 20)
            self.set_font("S", "B", 12)
            self.multi_cell(40, 6, "Gemeente\nHaverdijk")
            self.set_xy(8, 60)
            self.set_font("S", "", 7.2)
            self.set_text_color(70, 70, 70)
            self.multi_cell(40, 3.8, "Raadsinformatiebrief\n\nNummer\nRIB 2026-061\n\nDatum\n17 november 2026\n\n"
                            "Portefeuillehouder\nwethouder M. Hendriks-Ooms\n\nContact\nteam Openbare Ruimte\n"
                            "openbareruimte@haverdijk.nl")
            self.set_text_color(0, 0, 0)
            self.set_y(20)
        else:
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"RIB 2026-061  -  blz. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


r = Brief("", "", "", lm=62)
r.add_page()
r.set_font("S", "B", 14)
r.multi_cell(0, 7, "Reactie op het advies over het concept-Speelruimteplan", new_x="LMARGIN", new_y="NEXT", align="L")
r.ln(3)
r.p("Geachte leden van de raad,")
r.p("Met deze brief informeren wij u over onze reactie op het advies van de Adviesraad Wonen en Leefomgeving "
    "van 29 september 2026 (AWL/2026/07). Wij danken de werkgroep Speelruimte voor het grondige werk en de "
    "inloopavond, die ook voor ons veel informatie heeft opgeleverd.")
r.hd("Budget (SP-06)")
r.p("De adviesraad vraagt om een hoger jaarlijks budget. Wij begrijpen die wens, maar nemen hierover nu geen "
    "besluit. Wij betrekken het advies bij de afwegingen voor de Voorjaarsnota 2027.")
r.hd("Vervanging en opheffing (SP-01 en SP-03)")
r.p("De twee toestellen die nog in gebruik waren, zijn op 3 oktober afgesloten. De zeven afgekeurde toestellen "
    "worden in 2027 vervangen; de opdracht is al verleend. De speelplek aan de Lijsterbeslaan heffen wij "
    "niettemin op zoals voorgenomen: de school krijgt in 2027 een groen schoolplein dat na schooltijd open is "
    "voor de buurt.")
r.hd("Kinderen als ontwerpers (SP-05)")
r.p("Dit nemen wij graag over. Vanaf 2027 ontwerpen leerlingen van de dichtstbijzijnde basisschool mee aan elke "
    "speelplek die wij vernieuwen.")
r.hd("Toegankelijk spelen (SP-04)")
r.p("In 2027 maken wij de speelplekken in het Stadspark en aan de Vossenkampweg toegankelijk voor kinderen "
    "met een beperking. Of in de overige wijken ook zo'n plek komt, hangt af van de middelen en nemen wij "
    "niet op als harde doelstelling.")
r.hd("Jongeren in Vossenkamp (SP-02)")
r.p("Wij zien de behoefte. In het voorjaar van 2027 plaatsen wij een pannakooi bij de sporthal; een aparte "
    "ontmoetingsplek met verlichting komt er voorlopig niet, in verband met eerdere overlastmeldingen.")
r.hd("Planning")
r.p("Het definitieve Speelruimteplan 2027-2034 wordt op 9 december in het college vastgesteld en daarna aan "
    "uw raad toegezonden. Op de website van de gemeente staat een kaart met alle speelplekken en hun "
    "onderhoudsstaat.")
r.p("Burgemeester en wethouders van Haverdijk,\nde secretaris, drs. A.P. Molenkamp\nde burgemeester, "
    "C.E. Wiersma")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Vervang in 2027 en 2028 de zeven speeltoestellen die", "De zeven afgekeurde toestellen worden in 2027 "
     "vervangen", "agrees"),
    (2, "Leg in de wijk Vossenkamp een trapveld en een ontmoetingsplek",
     "plaatsen wij een pannakooi bij de sporthal", "partly"),
    (3, "Zie af van de opheffing van de speelplek aan de Lijsterbeslaan",
     "De speelplek aan de Lijsterbeslaan heffen wij niettemin op", "disagrees"),
    (4, "Maak vóór 2030 in elke wijk ten minste één speelplek geschikt",
     "speelplekken in het Stadspark en aan de Vossenkampweg toegankelijk", "partly"),
    (5, "Betrek kinderen uit de buurt via de basisscholen bij het ontwerp",
     "ontwerpen leerlingen van de dichtstbijzijnde basisschool mee", "agrees"),
    (6, "Verhoog het jaarlijkse budget voor speelruimte van € 180.000",
     "Wij betrekken het advies bij de afwegingen voor de Voorjaarsnota", "noted"),
    (7, "Plaats bij alle speelplekken naast scholen en kinderopvang een rookvrij-bord", None, "unanswered"),
], [
    "Met deze brief informeren wij u over onze reactie",
    "wordt op 9 december in het college vastgesteld",
    "de secretaris, drs. A.P. Molenkamp",
], "Advice: Adviesraad Wonen en Leefomgeving on a gemeente's concept-speelruimteplan; a findings table B-01..B-04 "
   "shaped like the recommendations table (Warenwetbesluit 'moet'), the 2010-2019 plan quoted with 'moet', the "
   "3 procent richtlijn, art. 6 reply deadline; recommendations the ROWS of a table 'Code | Advies' SP-01..SP-07 "
   "(expected 1-7 = SP-01..SP-07). Response: raadsinformatiebrief with a grey left sidebar and headings citing "
   "'(SP-nn)', order SP-06, SP-01+SP-03, SP-05, SP-04, SP-02; 'Vervanging en opheffing' = SP-01 agrees (ordered, "
   "two toestellen closed) + SP-03 disagrees (Lijsterbeslaan closed anyway); SP-06 noted (Voorjaarsnota); SP-05 "
   "agrees; SP-04 partly (two plekken, no hard target); SP-02 partly (pannakooi only); SP-07 (rookvrij) "
   "unanswered; the opening, 'Planning' and the signature/closing answer nothing.")
print("wrote", NAME)

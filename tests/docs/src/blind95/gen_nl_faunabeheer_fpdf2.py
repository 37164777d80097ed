"""Round 95 (nl): the ADVIES of a provincial ADVIESCOMMISSIE FAUNABELEID on a Faunabeheereenheid's
ontwerp-Faunabeheerplan Ganzen, answered by the GOEDKEURINGSBESLUIT of Gedeputeerde Staten (Aanhef / Overwegingen /
Besluit), whose overwegingen cite the advice's Roman numerals.

Advice: Adviescommissie Faunabeleid Oostmarke (fpdf2, sans, ochre side rule on page 1, running head,
'Pagina n van m'): conclusions 1-3 in a numbered list, Omgevingswet / Bal 'moet', a damage table, the 2020 advice
quoted with 'moet'; recommendations as ROMAN NUMERALS I-VII with a bold lead. Response: GS besluit, order IV, I,
V+III, VI, II; VII unanswered. All invented.

Run: /tmp/blind95nl/bin/python tests/docs/src/blind95/gen_nl_faunabeheer_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b95nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind95_nl_faunabeheer"
F = B.tmp_fonts()
OCHRE = (150, 110, 20)


class Doc(FPDF):
    def __init__(self, head, side):
        super().__init__(format="A4", unit="pt")
        self.head, self.side = head, side
        self.add_font("S", "", F["Regular"])
        self.add_font("S", "B", F["Bold"])
        self.add_font("S", "I", F["Italic"])
        self.set_margins(68, 64, 64)
        self.set_auto_page_break(True, 60)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            if self.side:
                self.set_fill_color(*OCHRE)
                self.rect(0, 0, 18, 842, "F")
            return
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(68, 30)
        self.cell(0, 10, self.head)
        self.set_draw_color(*OCHRE)
        self.line(68, 43, 531, 43)
        self.set_y(64)

    def footer(self):
        self.set_y(-40)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 10, f"Pagina {self.page_no()} van {{nb}}", align="R")

    def h1(self, t):
        self.set_font("S", "B", 14)
        self.set_text_color(*OCHRE)
        self.multi_cell(0, 18, t)
        self.ln(4)

    def h2(self, t):
        self.ln(4)
        self.set_font("S", "B", 11)
        self.set_text_color(*OCHRE)
        self.multi_cell(0, 15, t)
        self.ln(2)

    def p(self, t, style="", size=9.5, indent=0):
        self.set_font("S", style, size)
        self.set_text_color(20, 20, 20)
        self.set_x(68 + indent)
        self.multi_cell(0, 13.4, t, markdown=True)
        self.ln(5)

    def hang(self, lab, t, w=26):
        self.set_font("S", "B", 9.5)
        self.set_text_color(20, 20, 20)
        y = self.get_y()
        self.set_x(68)
        self.cell(w, 13.4, lab)
        self.set_xy(68 + w, y)
        self.set_font("S", "", 9.5)
        self.multi_cell(0, 13.4, t, markdown=True)
        self.ln(5)

    def small(self, t):
        self.set_font("S", "", 8.5)
        self.set_text_color(70, 70, 70)
        self.multi_cell(0, 12, t)
        self.ln(4)


# ---------------------------------------------------------------- advice
d = Doc("Adviescommissie Faunabeleid Oostmarke - advies ontwerp-Faunabeheerplan Ganzen 2026-2032", True)
d.add_page()
d.set_font("S", "B", 12)
d.set_text_color(*OCHRE)
d.cell(0, 16, "Adviescommissie Faunabeleid Oostmarke", new_x="LMARGIN", new_y="NEXT")
d.small("Aan Gedeputeerde Staten van Oostmarke\nOns kenmerk: ACF 2026/02\nDatum: 4 maart 2026\n"
        "Onderwerp: advies over het ontwerp-Faunabeheerplan Ganzen Oostmarke 2026-2032")
d.ln(4)
d.h1("Advies over het ontwerp-Faunabeheerplan Ganzen Oostmarke 2026-2032")
d.h2("1. Inleiding")
d.p("Bij brief van 20 januari 2026 hebben Gedeputeerde Staten de commissie gevraagd te adviseren over het "
    "ontwerp-Faunabeheerplan Ganzen Oostmarke 2026-2032 (hierna: het ontwerp), opgesteld door de Faunabeheereenheid "
    "Oostmarke. Het ontwerp vervangt het plan voor de periode 2020-2026 en regelt het beheer van grauwe ganzen, "
    "brandganzen en kolganzen, zowel van de standvogels die hier broeden als van de wintergasten.")
d.p("De commissie bestaat uit deskundigen op het gebied van ecologie, landbouw, dierenwelzijn en recht. Zij heeft het "
    "ontwerp besproken op 12 en 26 februari 2026 en heeft daarbij gesproken met de Faunabeheereenheid, LTO Oostmarke, "
    "de Vogelbescherming en de Dierenbescherming.")
d.h2("2. Beoordeling")
d.p("Een faunabeheerplan moet op grond van artikel 8.74k van het Besluit activiteiten leefomgeving onderbouwen dat er "
    "geen andere bevredigende oplossing is dan het doden van dieren, en dat de gunstige staat van instandhouding van "
    "de soort niet in gevaar komt. Het ontwerp bevat daarvoor een goede basis. De getaxeerde schade door ganzen in "
    "Oostmarke ontwikkelde zich als volgt:")
rows = [("Jaar", "Grauwe gans", "Brandgans", "Kolgans", "Totaal"),
        ("2022", "EUR 1,9 mln", "EUR 1,1 mln", "EUR 0,6 mln", "EUR 3,6 mln"),
        ("2023", "EUR 2,1 mln", "EUR 1,4 mln", "EUR 0,5 mln", "EUR 4,0 mln"),
        ("2024", "EUR 2,0 mln", "EUR 1,8 mln", "EUR 0,6 mln", "EUR 4,4 mln"),
        ("2025", "EUR 2,3 mln", "EUR 2,2 mln", "EUR 0,5 mln", "EUR 5,0 mln")]
d.set_font("S", "", 8.8)
with d.table(col_widths=(50, 80, 80, 80, 80), text_align="LEFT", line_height=13,
             headings_style=FontFace(emphasis="BOLD", color=OCHRE), borders_layout="HORIZONTAL_LINES") as t:
    for r in rows:
        row = t.row()
        for c in r:
            row.cell(c)
d.ln(6)
d.p("Op basis van het ontwerp en de gesprekken komt de commissie tot de volgende conclusies:")
d.hang("1.", "De zomerpopulatie van de grauwe gans is sinds 2020 niet afgenomen, ondanks een jaarlijks afschot van "
       "ruim 14.000 dieren. De doelstand van 20.000 zomerganzen uit het vorige plan is niet gehaald.")
d.hang("2.", "De tellingen waarop het ontwerp steunt zijn niet openbaar, zodat niet te controleren is of de "
       "aantallen en de effecten van het beheer kloppen.")
d.hang("3.", "De ganzenrustgebieden van in totaal 8.500 hectare zijn te klein en te versnipperd om de wintergasten "
       "werkelijk rust te bieden.")
d.p("In haar advies van 16 september 2020 over het vorige plan stelde de commissie al: 'De Faunabeheereenheid moet "
    "vangacties met kooldioxide openbaar verantwoorden, met aantallen per locatie.' Het ontwerp zegt daar opnieuw "
    "niets over. Wij benadrukken verder dat het ontwerp volgens paragraaf 6.2 in het broedseizoen afschot toestaat "
    "op percelen waar nog geen preventieve middelen zijn ingezet.")
d.h2("3. Aanbevelingen")
d.p("De commissie beveelt Gedeputeerde Staten aan om bij de goedkeuring van het faunabeheerplan de volgende punten "
    "te betrekken:")
recs = [
    ("I", "**Maak de ganzentellingen openbaar.** Publiceer jaarlijks de uitkomsten van de zomer- en wintertellingen "
          "per telgebied, met de gebruikte methode."),
    ("II", "**Sta afschot in het broedseizoen alleen toe als preventie heeft gefaald.** Verbind aan de goedkeuring de "
           "voorwaarde dat eerst verjaagmiddelen zijn ingezet en vastgelegd."),
    ("III", "**Verlaag de doelstand voor zomerganzen.** Stel een nieuwe doelstand van 12.000 grauwe ganzen in de zomer, "
            "met een tussendoel in 2029."),
    ("IV", "**Breid de ganzenrustgebieden uit tot ten minste 12.000 hectare.** Kies daarbij voor aaneengesloten "
           "gebieden rond de Natura 2000-gebieden."),
    ("V", "**Verantwoord vangacties met kooldioxide openbaar.** Leg per vangactie het aantal gedode dieren en de locatie "
          "vast en publiceer dat binnen drie maanden."),
    ("VI", "**Laat het plan na drie jaar onafhankelijk evalueren.** Laat de evaluatie uitvoeren door een partij die niet "
           "betrokken is bij de uitvoering van het beheer."),
    ("VII", "**Herzie de eigen bijdrage in de tegemoetkoming in schade.** Koppel de hoogte van het eigen risico aan de "
            "mate waarin de grondgebruiker zelf preventieve maatregelen neemt."),
]
for lab, t in recs:
    d.hang(lab + ".", t, w=30)
d.h2("4. Tot besluit")
d.p("De commissie is bereid haar advies nader toe te lichten in de Statencommissie Landelijk Gebied. Zij verzoekt "
    "Gedeputeerde Staten haar te informeren over het besluit op het faunabeheerplan.")
d.p("Namens de Adviescommissie Faunabeleid Oostmarke,\n\nprof. dr. M.E. (Marjolein) Achterberg, voorzitter\n"
    "drs. T. (Thijs) van Dalen, secretaris")
d.output(B.out(NAME + "_advice.pdf"))

# ---------------------------------------------------------------- response
r = Doc("Provincie Oostmarke - besluit goedkeuring Faunabeheerplan Ganzen 2026-2032 - nr. 2026-0412", False)
r.add_page()
r.set_font("S", "B", 12)
r.set_text_color(*OCHRE)
r.cell(0, 16, "Provincie Oostmarke", new_x="LMARGIN", new_y="NEXT")
r.small("Besluit van Gedeputeerde Staten van Oostmarke van 14 april 2026, nr. 2026-0412,\n"
        "tot goedkeuring van het Faunabeheerplan Ganzen Oostmarke 2026-2032")
r.h1("Besluit goedkeuring Faunabeheerplan Ganzen Oostmarke 2026-2032")
r.h2("Aanhef")
r.p("Gedeputeerde Staten van Oostmarke hebben op 30 december 2025 van de Faunabeheereenheid Oostmarke het verzoek "
    "ontvangen het Faunabeheerplan Ganzen Oostmarke 2026-2032 goed te keuren. Het plan is op grond van de "
    "Omgevingsverordening Oostmarke voor advies voorgelegd aan de Adviescommissie Faunabeleid.")
r.h2("Overwegingen")
r.hang("1.", "Over de ganzenrustgebieden merken wij op dat een uitbreiding tot 12.000 hectare op dit moment niet "
       "haalbaar is zonder instemming van de grondgebruikers. Wij kiezen in dit besluit voor een uitbreiding naar "
       "10.000 hectare, rond de Natura 2000-gebieden Oostveen en De Lage Hoek (aanbeveling IV).")
r.hang("2.", "De commissie adviseert de tellingen openbaar te maken (aanbeveling I). Dat doen wij: vanaf het "
       "telseizoen 2026 worden de resultaten per telgebied gepubliceerd op de provinciale website.")
r.hang("3.", "De commissie beveelt ook aan vangacties met kooldioxide openbaar te verantwoorden en de doelstand te "
       "verlagen (aanbevelingen V en III). Wij nemen het eerste punt over en verbinden aan de goedkeuring het "
       "voorschrift dat per vangactie aantallen en locatie worden gepubliceerd. Een lagere doelstand nemen wij "
       "echter niet over; de doelstand van 20.000 zomerganzen is in 2024 landelijk afgestemd en blijft gehandhaafd.")
r.hang("4.", "Een onafhankelijke evaluatie (aanbeveling VI) vinden wij een interessante gedachte. Wij zullen bij de "
       "voorbereiding van de Uitvoeringsagenda Natuur 2028 bezien of en hoe een dergelijke evaluatie kan worden "
       "vormgegeven.")
r.hang("5.", "Afschot in het broedseizoen staan wij slechts toe waar verjaging is ingezet (aanbeveling II). Wij "
       "beperken die voorwaarde wel tot percelen met kwetsbare teelten; op grasland blijft afschot mogelijk zonder "
       "vastgelegde preventie, gelet op de omvang van de schade.")
r.hang("6.", "Tegen het ontwerp zijn geen zienswijzen ingediend. LTO Oostmarke heeft bij brief van 2 februari 2026 "
       "wel gevraagd om een snellere afhandeling van schademeldingen; die brief wordt afzonderlijk beantwoord.")
r.h2("Besluit")
r.p("Gedeputeerde Staten besluiten:\n"
    "Artikel 1. Het Faunabeheerplan Ganzen Oostmarke 2026-2032 wordt goedgekeurd voor de periode tot en met "
    "31 maart 2032, met inachtneming van de voorschriften in de overwegingen 3 en 5.\n"
    "Artikel 2. Dit besluit treedt in werking met ingang van de dag na bekendmaking in het Provinciaal Blad.")
r.p("Gedeputeerde Staten van Oostmarke,\nJ.W. Kranenburg, voorzitter\nE.M. Tieleman-Dorresteijn, secretaris")
r.small("Tegen dit besluit kan een belanghebbende binnen zes weken na bekendmaking beroep instellen bij de rechtbank "
        "Oostmarke, sector bestuursrecht.")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    ("I", "Maak de ganzentellingen openbaar. Publiceer jaarlijks de uitkomsten",
     "vanaf het telseizoen 2026 worden de resultaten", "agrees"),
    ("II", "Sta afschot in het broedseizoen alleen toe als preventie",
     "beperken die voorwaarde wel tot percelen met kwetsbare teelten", "partly"),
    ("III", "Verlaag de doelstand voor zomerganzen. Stel een nieuwe",
     "Een lagere doelstand nemen wij echter niet over", "disagrees"),
    ("IV", "Breid de ganzenrustgebieden uit tot ten minste 12.000 hectare.",
     "Wij kiezen in dit besluit voor een uitbreiding naar 10.000 hectare", "partly"),
    ("V", "Verantwoord vangacties met kooldioxide openbaar. Leg per vangactie",
     "Wij nemen het eerste punt over en verbinden", "agrees"),
    ("VI", "Laat het plan na drie jaar onafhankelijk evalueren.",
     "zullen bij de voorbereiding van de Uitvoeringsagenda Natuur 2028 bezien", "noted"),
    ("VII", "Herzie de eigen bijdrage in de tegemoetkoming in schade.", None, "unanswered"),
], [
    "hebben op 30 december 2025 van de Faunabeheereenheid",
    "Tegen het ontwerp zijn geen zienswijzen ingediend",
    "Dit besluit treedt in werking met ingang van",
], "Advice: Adviescommissie Faunabeleid Oostmarke, ACF 2026/02 (fpdf2); Bal art. 8.74k 'moet', a damage table, "
   "conclusions 1-3 as a hanging numbered list, the 2020 advice quoted with 'moet', ontwerp paragraph 6.2; "
   "recommendations as ROMAN NUMERALS I-VII with a bold lead sentence. Response: GS goedkeuringsbesluit (Aanhef / "
   "Overwegingen 1-6 / Besluit with articles), overwegingen citing '(aanbeveling IV)' etc.; order IV, I, V+III, VI, "
   "II; overweging 3 '(aanbevelingen V en III)' = V agrees + III disagrees; IV partly (10,000 ha not 12,000); I "
   "agrees; VI noted ('bezien'); II partly (only kwetsbare teelten); VII (eigen risico) unanswered; the Aanhef, "
   "overweging 6 (zienswijzen, LTO letter) and the Besluit articles answer nothing.")

"""Round 68 (nl): an ADVIES of the Flemish MOBILITEITSRAAD (MORA, the strategic advisory council on mobility) on
a draft 'Fietsbeleidsplan Vlaanderen 2035' (invented), answered by the OVERWEGINGSDOCUMENT of the Vlaamse Regering
that sets out how the advices on the draft were processed: a LANDSCAPE ruled table with one row per advice point,
referring to the MORA's randnummers.

Advice: MORA advies, 3 p.: a dark title bar, a meta table, then every body paragraph numbered with a RANDNUMMER
[1]-[19] in the left margin; the seven recommendations are UNNUMBERED BOLD SENTENCES inside some of those paragraphs
('De Mobiliteitsraad vraagt om', 'De raad vraagt de Vlaamse Regering om', 'De Mobiliteitsraad adviseert om', 'De
raad vraagt daarnaast om', 'De Mobiliteitsraad beveelt aan om'), with a bold appreciation that is no recommendation
('De Mobiliteitsraad waardeert'); traps: the mobility decree's 'moet ... worden voorgelegd', the draft plan's own
target quoted ('moet ... bedragen'), the MORA's 2021 advice quoted and reported as partly followed, 'De raad stelt
vast', 'zou ... moeten'. Numbers of the recommendations are their order (1-7), not the randnummers.
Response: 'Overwegingsdocument', 3 p. A4 LANDSCAPE: 1 Inleiding and 2 Leeswijzer (nothing), then a ruled table
'Nr. | Adviesraad (randnr.) | Samenvatting van het advies | Overweging van de Vlaamse Regering | Aanpassing plan'
with rows in another order: MORA rnr. 11 on TWO recommendations (3 agrees, 4 disagrees), SARO (answers nothing),
MORA rnr. 5 (1 agrees), MORA rnr. 8 (2 disagrees), MORA rnr. 14 (5 noted), MORA rnr. 17 (6 partly); 7 unanswered;
3 Besluit (nothing).
Engine: fpdf2 (DejaVu, no text shaping; randnummers drawn as cells in the left margin, bold sentences via
markdown=True, `table()` for the meta block and the landscape table, fixed creation date).

Run: /tmp/blind68nl/bin/python tests/docs/src/blind68/gen_nl_mora_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b68nl as B  # noqa: E402

NAME = "blind68_nl_mora"
DV = "/usr/share/fonts/truetype/dejavu/"
NAVY = (31, 45, 84)
ORANGE = (214, 104, 33)
GREY = (95, 95, 95)
PALE = (236, 239, 246)


class Doc(FPDF):
    def __init__(self, kind, orientation="P"):
        super().__init__(orientation=orientation, format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 2, 20, 10, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 18 if kind == "res" else 20
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 20, self.lm)
        self.set_auto_page_break(True, 18)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 9)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            if self.kind == "adv":
                self.cell(self.tw, 4, "MORA  -  Advies ontwerp van Fietsbeleidsplan Vlaanderen 2035  -  18 september "
                          "2025", align="L")
            else:
                self.cell(self.tw, 4, "Overwegingsdocument Fietsbeleidsplan Vlaanderen 2035  -  bijlage bij "
                          "VR 2026 2001 DOC.0094/2", align="L")
            self.set_draw_color(*ORANGE)
            self.line(self.lm, 14, self.w - self.lm, 14)
            self.set_text_color(0)
            self.set_y(19)

    def footer(self):
        self.set_y(-12)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(0, 4, f"{self.page_no()}", align="R" if self.kind == "adv" else "C")
        self.set_text_color(0)


def advice():
    d = Doc("adv")
    d.add_page()
    ind = 12
    rn = [0]

    def head(t):
        d.ln(2.5)
        if d.will_page_break(20):
            d.add_page()
        d.set_font("sa", "B", 10.6)
        d.set_text_color(*NAVY)
        d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(0.8)

    def para(t, numbered=True, after=2.0, stl="", size=8.9):
        d.set_font("sa", stl, size)
        if d.will_page_break(9.4):
            d.add_page()
        y = d.get_y()
        if numbered:
            rn[0] += 1
            d.set_text_color(*ORANGE)
            d.set_font("sa", "B", 7.6)
            d.set_xy(d.lm, y + 0.3)
            d.cell(ind - 2, 4.4, f"[{rn[0]}]", align="L")
            d.set_text_color(0)
            d.set_font("sa", stl, size)
        d.set_xy(d.lm + ind, y)
        d.multi_cell(d.tw - ind, 4.7, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        d.ln(after)
        return rn[0]

    d.set_fill_color(*NAVY)
    d.rect(d.lm, 14, d.tw, 27, style="F")
    d.set_fill_color(*ORANGE)
    d.rect(d.lm, 41, d.tw, 1.4, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm + 5, 17)
    d.set_font("sa", "B", 10.5)
    d.cell(d.tw - 10, 5, "MOBILITEITSRAAD", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 5)
    d.set_font("sa", "B", 14)
    d.multi_cell(d.tw - 10, 6.6, "Advies over het ontwerp van Fietsbeleidsplan Vlaanderen 2035",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_x(d.lm + 5)
    d.set_font("sa", "", 8.2)
    d.cell(d.tw - 10, 4.5, "Brussel, 18 september 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(46)
    d.set_font("sa", "", 7.9)
    d.set_fill_color(*PALE)
    with d.table(width=d.tw, col_widths=(34, 136), line_height=4.3, borders_layout="NONE",
                 cell_fill_color=PALE, cell_fill_mode="ALL", first_row_as_headings=False, align="L") as t:
        for a, b in (("Adviesvraag", "Vlaamse minister van Mobiliteit en Openbare Werken, brief van 23 juli 2025"),
                     ("Adviestermijn", "60 dagen"),
                     ("Goedkeuring", "plenaire vergadering van 16 september 2025; unaniem"),
                     ("Contactpersoon", "Pieter Van Landeghem, secretariaat MORA")):
            row = t.row()
            row.cell(a, style=FontFace(emphasis="BOLD"))
            row.cell(b)
    d.ln(3)
    head("1  Situering")
    para("De Vlaamse minister van Mobiliteit en Openbare Werken vroeg de Mobiliteitsraad om advies over het "
         "ontwerp van Fietsbeleidsplan Vlaanderen 2035. Het ontwerp werd op 18 juli 2025 door de Vlaamse Regering "
         "principieel goedgekeurd en loopt parallel aan een publieke raadpleging.")
    para("Volgens het decreet van 20 maart 2009 betreffende het mobiliteitsbeleid moet een ontwerp van "
         "beleidsplan met gevolgen voor het mobiliteitsbeleid voor advies worden voorgelegd aan de Mobiliteitsraad. "
         "Het ontwerp bevat vier strategische doelstellingen en 38 acties.")
    para("Het ontwerp stelt onder meer: 'Tegen 2035 moet het aandeel van de fiets in de verplaatsingen tot vijf "
         "kilometer minstens 50 procent bedragen.' In 2024 lag dat aandeel volgens het Onderzoek "
         "Verplaatsingsgedrag Vlaanderen op 36 procent.")
    head("2  Algemene appreciatie")
    para("**De Mobiliteitsraad waardeert dat de Vlaamse Regering met dit plan een eigen, langetermijnvisie op "
         "het fietsbeleid uitwerkt.** Het ontwerp bundelt acties die tot nu toe verspreid waren over verschillende "
         "beleidsdocumenten.")
    para("De doelstelling van 50 procent is ambitieus, maar het ontwerp zegt niet hoe en wanneer de voortgang wordt "
         "gemeten. **De Mobiliteitsraad vraagt om de doelstelling voor het fietsaandeel per vervoerregio te "
         "vertalen in meetbare tussendoelen voor 2030.** Zonder tussendoelen kan niet tijdig worden bijgestuurd.")
    para("In zijn advies over het vorige fietsbeleid uit 2021 vroeg de raad 'om de fiets een volwaardige plaats te "
         "geven in de vervoerregionale mobiliteitsplannen'. Dat advies is deels opgevolgd: vijf van de vijftien "
         "vervoerregio's hebben een apart fietsluik.")
    head("3  Investeringen")
    para("Het ontwerp voorziet in een investeringsbudget van 180 miljoen euro per jaar voor fietsinfrastructuur "
         "langs gewestwegen en voor fietssnelwegen. De raad stelt vast dat dit bedrag sinds 2022 nominaal niet is "
         "gestegen, terwijl de bouwkosten met meer dan 20 procent toenamen.")
    para("**De raad vraagt de Vlaamse Regering om het investeringsbudget voor fietsinfrastructuur vast te leggen "
         "op minimaal 300 miljoen euro per jaar.** Alleen dan kunnen de ontbrekende schakels in het "
         "bovenlokaal functioneel fietsroutenetwerk tegen 2035 worden weggewerkt.")
    para("Voor de raad zou bij de keuze van projecten niet alleen de kostprijs, maar ook de verwachte toename van het "
         "fietsgebruik moeten meetellen. Het ontwerp bevat daarvoor nog geen criteria.")
    head("4  Fietssnelwegen en snelle fietsen")
    para("Het netwerk van fietssnelwegen is voor ongeveer 45 procent gerealiseerd. De volgorde waarin de resterende "
         "trajecten worden aangelegd, volgt nu vooral de beschikbaarheid van gronden.")
    para("**De Mobiliteitsraad vraagt om fietssnelwegen prioritair af te werken waar ontbrekende schakels de "
         "grootste verkeersveiligheidsrisico's opleveren.** Het gaat vooral om oversteken van gewestwegen. **De "
         "raad vraagt daarnaast om de maximumsnelheid voor speed pedelecs op fietssnelwegen te verlagen naar 35 "
         "km/u.** Het snelheidsverschil met gewone fietsers leidt steeds vaker tot conflicten.")
    para("Het aantal verkochte speed pedelecs steeg tussen 2020 en 2024 van 9.800 naar 31.500 per jaar. De raad "
         "vraagt zich af of de huidige infrastructuur daarop is voorzien.")
    head("5  Woon-werkverkeer")
    para("Woon-werkverplaatsingen vormen een belangrijk deel van het fietsgebruik op werkdagen. Werkgevers op "
         "bedrijventerreinen buiten de kernen geven aan dat hun werknemers de fiets laten staan door onveilige "
         "routes en het ontbreken van stallingen.")
    para("**De Mobiliteitsraad adviseert om voor bedrijventerreinen een aparte aanpak voor het fietsen naar het "
         "werk uit te werken, samen met de sociale partners.** De ervaring van de provinciale mobiliteitspunten "
         "kan daarbij worden benut.")
    para("De fiscale fietsvergoeding is een federale bevoegdheid. De raad gaat daar in dit advies niet op in.")
    head("6  Opvolging en uitvoering")
    para("Het ontwerp vermeldt dat de Vlaamse Regering 'op gezette tijden' over de uitvoering zal rapporteren. Dat is "
         "te vaag.")
    para("**De Mobiliteitsraad beveelt aan om de voortgang van het plan jaarlijks te rapporteren aan het Vlaams "
         "Parlement en daarbij de raad te betrekken.** Een jaarlijkse rapportage maakt het mogelijk de "
         "tussendoelen te bewaken.")
    para("De uitvoeringsprogramma's van de vervoerregio's worden de komende jaren herzien. **De raad vraagt om bij "
         "die herziening ook de deelfietsen en fietsdeelsystemen als onderdeel van het vervoer op maat mee te "
         "nemen.**")
    para("De Mobiliteitsraad is bereid dit advies toe te lichten aan de minister en de administratie.")
    d.ln(3)
    d.set_font("sa", "", 8.9)
    d.set_x(d.lm + ind)
    d.multi_cell(d.tw - ind, 4.7, "Ann Vermeersch                                        Marc Daelemans\n"
                 "secretaris                                                 voorzitter", new_x="LMARGIN",
                 new_y="NEXT")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res", "L")
    d.add_page()

    def head(t):
        d.ln(2)
        if d.will_page_break(16):
            d.add_page()
        d.set_font("sa", "B", 10.4)
        d.set_text_color(*NAVY)
        d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(0.6)

    def para(t, after=1.8):
        d.set_font("sa", "", 8.8)
        d.multi_cell(d.tw, 4.6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        d.ln(after)

    d.set_font("sa", "B", 9)
    d.set_text_color(*NAVY)
    d.cell(d.tw, 5, "VLAAMSE OVERHEID  -  Departement Mobiliteit en Openbare Werken", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(1)
    d.set_font("sa", "B", 14)
    d.multi_cell(d.tw, 6.8, "Overwegingsdocument bij het Fietsbeleidsplan Vlaanderen 2035", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_font("sa", "", 9.4)
    d.multi_cell(d.tw, 5, "Verwerking van de adviezen van de strategische adviesraden en van de publieke "
                 "raadpleging  -  bijlage bij de beslissing van de Vlaamse Regering van 20 februari 2026",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    head("1  Inleiding")
    para("De Vlaamse Regering keurde het ontwerp van Fietsbeleidsplan Vlaanderen 2035 principieel goed op 18 juli "
         "2025. Over het ontwerp werden adviezen gevraagd aan de Mobiliteitsraad (MORA) en de Strategische "
         "Adviesraad Ruimte en Onroerend Erfgoed (SARO). Tijdens de publieke raadpleging kwamen 1.284 reacties "
         "binnen; die worden in een afzonderlijk verslag behandeld.")
    head("2  Leeswijzer")
    para("De tabel hieronder vat elk adviespunt samen en geeft aan hoe de Vlaamse Regering ermee omgaat. De "
         "verwijzing tussen haakjes is het randnummer in het advies. In de laatste kolom staat of het plan werd "
         "aangepast: ja, deels, nee of niet van toepassing.")
    d.ln(1)
    rows = [
        ("1", "MORA (rnr. 11)",
         "Fietssnelwegen afwerken volgens verkeersveiligheidsrisico; lagere snelheid voor speed pedelecs op "
         "fietssnelwegen.",
         "De volgorde van de resterende trajecten wordt voortaan bepaald op basis van de verkeersveiligheid; de "
         "oversteken van gewestwegen komen eerst. Actie 2.3 is in die zin herschreven. Een snelheidsbeperking van "
         "35 km/u voor speed pedelecs neemt de Vlaamse Regering niet op: de snelheid blijft 45 km/u, met een "
         "sensibiliseringscampagne over hoffelijk inhalen.",
         "Ja (actie 2.3)\nNee (snelheid)"),
        ("2", "SARO (p. 4)",
         "Ruimtelijke inpassing van fietssnelwegen in open ruimte en beschermde landschappen.",
         "Voor trajecten door beschermd erfgoed wordt vooraf het agentschap Onroerend Erfgoed betrokken. De "
         "ruimtelijke afweging gebeurt per project in het geïntegreerd planningsproces.",
         "Deels (actie 2.5)"),
        ("3", "MORA (rnr. 5)",
         "Doelstelling fietsaandeel per vervoerregio vertalen in meetbare tussendoelen voor 2030.",
         "Wordt gevolgd. Het plan bevat nu per vervoerregio een tussendoel voor 2030, afgeleid van de "
         "Vlaamse doelstelling en van het huidige aandeel in die regio.",
         "Ja (hoofdstuk 3)"),
        ("4", "MORA (rnr. 8)",
         "Investeringsbudget voor fietsinfrastructuur op minimaal 300 miljoen euro per jaar.",
         "Het budget blijft 180 miljoen euro per jaar, jaarlijks geïndexeerd. Een verhoging past niet binnen "
         "het meerjarig begrotingstraject; dit advies wordt niet gevolgd.",
         "Nee"),
        ("5", "MORA (rnr. 14)",
         "Aparte aanpak fietsen naar het werk op bedrijventerreinen, met de sociale partners.",
         "De Vlaamse Regering neemt akte van dit advies. Het wordt voorgelegd aan het overleg met de sociale "
         "partners in het kader van het Vlaams Pendelfonds, dat zelf over zijn prioriteiten beslist.",
         "N.v.t."),
        ("6", "MORA (rnr. 17)",
         "Jaarlijkse voortgangsrapportage aan het Vlaams Parlement, met betrokkenheid van de MORA.",
         "De Vlaamse Regering rapporteert om de twee jaar aan het Vlaams Parlement, gelijktijdig met de "
         "mobiliteitsmonitor. Het rapport wordt aan de MORA bezorgd en op verzoek toegelicht.",
         "Deels (hoofdstuk 6)"),
    ]
    d.set_font("sa", "", 8.0)
    with d.table(width=d.tw, col_widths=(9, 27, 62, 131, 32), line_height=4.3, align="L", v_align="TOP",
                 padding=1.2,
                 text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT"),
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)) as t:
        row = t.row()
        for c in ("Nr.", "Adviesraad (randnr.)", "Samenvatting van het advies", "Overweging van de Vlaamse "
                  "Regering", "Aanpassing plan"):
            row.cell(c)
        for r in rows:
            row = t.row()
            for i, c in enumerate(r):
                row.cell(c, style=FontFace(emphasis="BOLD") if i == 0 else None)
    d.ln(2)
    head("3  Besluit")
    para("Rekening houdend met de bovenstaande overwegingen stelt de Vlaamse Regering het Fietsbeleidsplan "
         "Vlaanderen 2035 definitief vast. Het plan en dit overwegingsdocument worden bekendgemaakt op de "
         "website van het Departement Mobiliteit en Openbare Werken.")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "De Mobiliteitsraad vraagt om de doelstelling voor het fietsaandeel per",
         "Het plan bevat nu per vervoerregio een tussendoel", "agrees"),
        ("2", "De raad vraagt de Vlaamse Regering om het investeringsbudget voor",
         "dit advies wordt niet gevolgd", "disagrees"),
        ("3", "De Mobiliteitsraad vraagt om fietssnelwegen prioritair af te werken waar",
         "wordt voortaan bepaald op basis van de verkeersveiligheid", "agrees"),
        ("4", "De raad vraagt daarnaast om de maximumsnelheid voor speed",
         "neemt de Vlaamse Regering niet op", "disagrees"),
        ("5", "De Mobiliteitsraad adviseert om voor bedrijventerreinen een aparte aanpak voor",
         "De Vlaamse Regering neemt akte van dit advies", "noted"),
        ("6", "De Mobiliteitsraad beveelt aan om de voortgang van het plan",
         "rapporteert om de twee jaar aan het Vlaams Parlement", "partly"),
        ("7", "De raad vraagt om bij die herziening ook de deelfietsen", None, "unanswered"),
    ], [
        "Over het ontwerp werden adviezen gevraagd aan de Mobiliteitsraad",
        "De tabel hieronder vat elk adviespunt samen",
        "Voor trajecten door beschermd erfgoed wordt vooraf",
        "stelt de Vlaamse Regering het Fietsbeleidsplan Vlaanderen 2035 definitief vast",
    ], "ADVIES of the Flemish MOBILITEITSRAAD (MORA) on a draft 'Fietsbeleidsplan Vlaanderen 2035', answered by the "
       "Vlaamse Regering's OVERWEGINGSDOCUMENT (how the advices on the draft plan were processed). The MORA, SARO, "
       "the decree of 20 March 2009 on mobility policy, the Onderzoek Verplaatsingsgedrag Vlaanderen and the "
       "departement are real; the plan, its actions, figures, people, the quoted 2021 advice, the Pendelfonds "
       "consultation and the VR document number are invented. Every body paragraph has a RANDNUMMER [1]-[19] in "
       "the left margin; the seven recommendations are UNNUMBERED BOLD SENTENCES inside paragraphs [5], [8], [11] "
       "(two: 3 and 4; 4 runs across the page break after 'speed'), [14], [17], [18]; numbers are their order. "
       "Not recommendations: the bold 'De "
       "Mobiliteitsraad waardeert' in [4], the decree's 'moet ... worden voorgelegd', the draft's own target "
       "quoted ('moet het aandeel ... bedragen'), the 2021 advice quoted and reported as partly followed, 'De raad "
       "stelt vast', 'zou ... moeten meetellen', 'De raad vraagt zich af' (a question, no request), the remark on "
       "the federal fietsvergoeding. Response: A4 LANDSCAPE, '1 Inleiding' and '2 Leeswijzer' (nothing), then one "
       "ruled table 'Nr. | Adviesraad (randnr.) | Samenvatting van het advies | Overweging van de Vlaamse Regering "
       "| Aanpassing plan' whose own row numbers 1-6 and randnummer references are NOT the recommendation numbers: "
       "row 1 'MORA (rnr. 11)' answers 3 (agrees: actie 2.3 rewritten) and 4 (disagrees: 'neemt ... niet op', "
       "speed stays 45 km/u); row 2 answers SARO's advice (nothing); row 3 'MORA (rnr. 5)' = 1 agrees ('Wordt "
       "gevolgd'); row 4 'MORA (rnr. 8)' = 2 disagrees; row 5 'MORA (rnr. 14)' = 5 noted ('neemt akte', the "
       "Pendelfonds decides); row 6 'MORA (rnr. 17)' = 6 partly (every two years, the MORA only informed); 7 "
       "(shared bikes in the vervoerregio programmes) UNANSWERED. '3 Besluit' answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

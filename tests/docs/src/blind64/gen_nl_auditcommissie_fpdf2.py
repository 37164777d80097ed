"""Round 64 (nl): an ADVIES of the AUDITCOMMISSIE of a Dutch gemeenteraad (a committee of council members that
advises the council on the annual accounts and the auditor's report) on the JAARSTUKKEN 2025, answered by the
college's REACTIE in a raadsinformatiebrief that quotes each advice in a grey box and replies below it.

Advice: council-committee memo, 2 p.: municipal masthead, a meta
table (Aan / Van / Datum / Onderwerp / Agendapunt), 1 Aanleiding (the Verordening auditcommissie's 'moet ...
adviseren'), 2 Bevindingen van de accountant (a ruled table of errors and uncertainties, the BBV's 'moet ...
bevatten', the AUDITOR's own recommendation quoted: 'De accountant beveelt aan ...'), 3 Opvolging eerdere adviezen
(the committee's 2024 advice quoted as an imperative and reported as done), 4 Oordeel (no objection to adoption:
a judgment, no advice), 5 Aanbevelingen under two addressee sub-heads 'Aan het college' (a.-e.) and 'Aan de raad'
(f.-g.), lower-case letters in a hanging column before sentences of different forms ('Wij adviseren het college',
'De commissie beveelt aan', an imperative, 'Wij vragen het college', 'De auditcommissie adviseert (de raad)').
Response: raadsinformatiebrief (RIB) of the college: meta table, introduction, then per topic a grey box quoting the
advice ('Advies auditcommissie (e)') with 'Reactie van het college' below, order e, a+c (one box and one reply),
g, b, f; d unanswered; a paragraph on the result appropriation and the closing answer nothing.
Engine: fpdf2 (DejaVu, no text shaping, so no ligatures; fixed creation date).

Run: /tmp/blind64nl/bin/python tests/docs/src/blind64/gen_nl_auditcommissie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b64nl as B  # noqa: E402

NAME = "blind64_nl_auditcommissie"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (160, 32, 48)
GREY = (95, 95, 95)
PALE = (240, 240, 240)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 6, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "se" if kind == "adv" else "sa"
        self.lm = 24 if kind == "adv" else 22
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        self.set_font("sa", "B", 8.6)
        self.set_text_color(*RED)
        self.set_xy(self.lm, 11)
        self.cell(self.tw / 2, 4, "gemeente Westerbroek", align="L")
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        right = ("Auditcommissie  |  Advies jaarstukken 2025" if self.kind == "adv"
                 else "Raadsinformatiebrief 2026-041")
        self.cell(self.tw / 2, 4, right, align="R")
        self.set_draw_color(*RED)
        self.set_line_width(0.4)
        self.line(self.lm, 16, 210 - self.lm, 16)
        self.set_line_width(0.2)
        self.set_y(24)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.4, indent=0, h=5.0, align="J", after=2.2, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=11, before=3.2, color=RED):
        self.ln(before)
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.4, fam="sa")

    def hang(self, lab, t, lw=8, stl=""):
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font("sa", "B", 9.2)
        self.set_text_color(*RED)
        self.set_xy(self.lm + 4, y)
        self.cell(lw, 5.0, lab)
        self.set_text_color(0)
        self.set_font(self.fam, stl, 9.4)
        self.set_xy(self.lm + 4 + lw, y)
        self.multi_cell(self.tw - 4 - lw, 5.0, t, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        self.ln(1.8)

    def meta(self, rows, kw=30):
        with self.table(col_widths=(kw, self.tw - kw), text_align=("LEFT", "LEFT"), line_height=4.8,
                        borders_layout="NONE", first_row_as_headings=False, padding=0.5) as t:
            for k, v in rows:
                row = t.row()
                self.set_font("sa", "B", 8.6)
                row.cell(k)
                self.set_font("sa", "", 8.6)
                row.cell(v)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_font("sa", "B", 16)
    d.set_text_color(*RED)
    d.cell(0, 8, "Advies van de auditcommissie", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10.4)
    d.set_text_color(*GREY)
    d.cell(0, 6, "over de jaarstukken 2025 en het verslag van de accountant", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(3)
    d.meta((("Aan", "de gemeenteraad van Westerbroek"),
            ("Van", "de auditcommissie (voorzitter: mw. A.C. Dijkhuis-Tromp)"),
            ("Datum", "4 juni 2026"),
            ("Onderwerp", "Advies jaarstukken 2025"),
            ("Agendapunt", "raadsvergadering 7 juli 2026, punt 9")))
    d.set_draw_color(*RED)
    d.line(d.lm, d.get_y() + 2, 210 - d.lm, d.get_y() + 2)
    d.ln(5)
    d.hd("1. Aanleiding en werkwijze")
    d.p("Volgens artikel 4 van de Verordening auditcommissie gemeente Westerbroek 2022 moet de auditcommissie de "
        "raad adviseren over de jaarstukken en over het verslag van de accountant, voordat de raad de jaarstukken "
        "vaststelt. De commissie besprak de jaarstukken 2025 op 3 juni 2026 met de accountant, Van Dorsten "
        "Accountants, en met de wethouder Financiën. Dit advies is unaniem vastgesteld.")
    d.hd("2. Bevindingen van de accountant")
    d.p("De accountant geeft een goedkeurende controleverklaring voor de getrouwheid van de jaarrekening 2025. "
        "Sinds 2023 legt het college zelf verantwoording af over de rechtmatigheid. In die "
        "rechtmatigheidsverantwoording meldt het college voor 1,9 miljoen euro aan fouten en onzekerheden, vooral "
        "bij inkopen zonder de voorgeschreven aanbesteding. Dat blijft onder de verantwoordingsgrens van 3 procent "
        "van de lasten (3,4 miljoen euro) die de raad heeft vastgesteld.")
    d.set_font("sa", "", 8.2)
    d.set_draw_color(200, 160, 165)
    with d.table(col_widths=(80, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=4.4,
                 borders_layout="HORIZONTAL_LINES", width=140, align="CENTER", padding=1.0,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(246, 232, 234))) as t:
        for r in (("Fouten en onzekerheden 2025 (x 1.000 euro)", "fouten", "onzekerheden"),
                  ("Inkoop en aanbesteding", "1.140", "210"),
                  ("Sociaal domein (Wmo en Jeugdwet)", "95", "380"),
                  ("Overig", "40", "35"),
                  ("Totaal", "1.275", "625")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(2.5)
    d.p("De accountant merkt op dat de paragraaf weerstandsvermogen de risico's van de grondexploitatie De Hooge "
        "Kamp alleen in woorden beschrijft. Volgens artikel 11 van het Besluit begroting en verantwoording "
        "provincies en gemeenten (BBV) moet die paragraaf een inventarisatie van de risico's bevatten. In zijn "
        "verslag schrijft de accountant verder: 'De accountant beveelt aan het contractbeheer centraal te "
        "beleggen bij het team Inkoop.' De commissie deelt die analyse.")
    d.hd("3. Opvolging eerdere adviezen")
    d.p("Vorig jaar adviseerde de commissie de raad onder meer: 'Leg vast wie binnen de organisatie eigenaar is "
        "van elk contract boven 100.000 euro.' Het college heeft dat in 2025 gedaan; elk groot contract heeft nu "
        "een eigenaar in de lijn. Ook het advies over een tijdige tussentijdse controle is opgevolgd.")
    d.hd("4. Oordeel")
    d.p("De auditcommissie heeft geen bezwaar tegen vaststelling van de jaarstukken 2025 door de raad. De "
        "jaarstukken zijn leesbaar en de belangrijkste afwijkingen van de begroting worden verklaard. Wel ziet "
        "de commissie ruimte voor verbetering op de volgende punten.")
    d.hd("5. Aanbevelingen")
    d.p("Aan het college", "B", 9.6, fam="sa", after=1.2, align="L")
    d.hang("a.", "Wij adviseren het college de rechtmatigheidsverantwoording voortaan te onderbouwen met een eigen "
           "interne controle op alle inkoopstromen boven 50.000 euro.")
    d.hang("b.", "De commissie beveelt aan in de jaarstukken per taakveld van het sociaal domein ook het aantal "
           "cliënten en de gemiddelde kosten per cliënt op te nemen.")
    d.hang("c.", "Stel een centraal contractregister op dat ieder kwartaal wordt bijgewerkt en waarin de looptijd "
           "van elk contract zichtbaar is.")
    d.hang("d.", "Wij vragen het college de planning zo aan te passen dat de accountant de conceptjaarrekening "
           "uiterlijk op 1 april ontvangt.")
    d.hang("e.", "De auditcommissie adviseert de risico's van de grondexploitatie De Hooge Kamp in de paragraaf "
           "weerstandsvermogen in euro's te kwantificeren.")
    d.p("Aan de raad", "B", 9.6, fam="sa", after=1.2, align="L")
    d.hang("f.", "De auditcommissie adviseert de raad om bij de volgende aanbesteding van de accountantsdienst "
           "een rapportage in begrijpelijke taal als eis op te nemen.")
    d.hang("g.", "Wij adviseren de raad de verantwoordingsgrens voor rechtmatigheid in het controleprotocol te "
           "verlagen van 3 naar 2 procent.")
    d.hd("6. Tot slot")
    d.p("De commissie dankt de accountant en de medewerkers van het team Financiën voor de goede samenwerking. "
        "Wij vragen de raad dit advies te betrekken bij de behandeling van de jaarstukken op 7 juli 2026.")
    d.ln(4)
    d.p("Namens de auditcommissie,\n\nA.C. Dijkhuis-Tromp, voorzitter\nR. el Idrissi, griffier", align="L",
        fam="sa", size=9)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 14)
    d.cell(0, 7, "Raadsinformatiebrief", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.meta((("Aan", "de leden van de gemeenteraad"),
            ("Van", "het college van burgemeester en wethouders"),
            ("Datum", "16 juni 2026"),
            ("Nummer", "RIB 2026-041"),
            ("Onderwerp", "Reactie op het advies van de auditcommissie over de jaarstukken 2025"),
            ("Portefeuillehouder", "wethouder J.P. Koopmans (Financiën)")), kw=36)
    d.ln(5)
    d.p("Geachte raadsleden,", after=2.4)
    d.p("Op 4 juni 2026 bracht de auditcommissie haar advies uit over de jaarstukken 2025. Wij zijn blij met het "
        "oordeel van de commissie en geven hieronder onze reactie op haar aanbevelingen, zodat u die kunt "
        "meenemen in de raadsvergadering van 7 juli.")

    def box(lab, text):
        if d.get_y() + 30 > d.page_break_trigger:
            d.add_page()
        d.set_fill_color(*PALE)
        y0 = d.get_y()
        d.set_font("sa", "B", 8.4)
        d.set_text_color(*RED)
        d.set_x(d.lm)
        d.cell(d.tw, 5.4, "   " + lab, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(60, 60, 60)
        d.set_font("sa", "I", 8.8)
        d.multi_cell(d.tw, 4.7, text, fill=True, new_x="LMARGIN", new_y="NEXT", padding=(0.5, 4, 2.4, 4),
                     align="L")
        d.set_draw_color(*RED)
        d.set_line_width(0.8)
        d.line(d.lm, y0, d.lm, d.get_y())
        d.set_line_width(0.2)
        d.set_text_color(0)
        d.ln(1.6)
        d.set_font("sa", "B", 9)
        d.cell(0, 5, "Reactie van het college", new_x="LMARGIN", new_y="NEXT")

    d.hd("Grondexploitatie De Hooge Kamp", 10.4, 2)
    box("Advies auditcommissie (e)", "De auditcommissie adviseert de risico's van de grondexploitatie De Hooge Kamp "
        "in de paragraaf weerstandsvermogen in euro's te kwantificeren.")
    d.p("Wij nemen dit advies over. In de jaarrekening 2026 en al in de begroting 2027 geven wij voor elk "
        "risico van De Hooge Kamp een bedrag en een kans van optreden.")
    d.hd("Inkoop en contractbeheer", 10.4, 2)
    box("Advies auditcommissie (a en c)", "Wij adviseren het college de rechtmatigheidsverantwoording voortaan te "
        "onderbouwen met een eigen interne controle op alle inkoopstromen boven 50.000 euro. / Stel een centraal "
        "contractregister op dat ieder kwartaal wordt bijgewerkt ...")
    d.p("Het centrale contractregister komt er: het team Inkoop richt het in en werkt het elk kwartaal bij, "
        "te beginnen op 1 oktober 2026. Een eigen interne controle op alle inkoopstromen boven 50.000 euro "
        "vraagt echter meer capaciteit dan wij hebben. Wij beperken de interne controle daarom tot de drie "
        "grootste inkoopstromen (sociaal domein, openbare ruimte en ICT); voor de overige stromen blijven wij "
        "steunen op de steekproef van de accountant.")
    d.hd("Verantwoordingsgrens", 10.4, 2)
    box("Advies auditcommissie (g)", "Wij adviseren de raad de verantwoordingsgrens voor rechtmatigheid in het "
        "controleprotocol te verlagen van 3 naar 2 procent.")
    d.p("Het vaststellen van de verantwoordingsgrens is een bevoegdheid van uw raad. Wij laten de keuze dus "
        "graag aan u en voeren uit wat u besluit.")
    d.hd("Informatie over het sociaal domein", 10.4, 2)
    box("Advies auditcommissie (b)", "De commissie beveelt aan in de jaarstukken per taakveld van het sociaal "
        "domein ook het aantal cliënten en de gemiddelde kosten per cliënt op te nemen.")
    d.p("Dit advies volgen wij niet. Die aantallen en kosten staan al ieder kwartaal in de Monitor Sociaal "
        "Domein op de website van de gemeente. Het opnemen in de jaarstukken maakt die langer, zonder dat u "
        "nieuwe informatie krijgt.")
    d.hd("Aanbesteding accountant", 10.4, 2)
    box("Advies auditcommissie (f)", "De auditcommissie adviseert de raad om bij de volgende aanbesteding van de "
        "accountantsdienst een rapportage in begrijpelijke taal als eis op te nemen.")
    d.p("Wij hebben kennisgenomen van dit advies aan uw raad. De selectie van de accountant is aan de raad; "
        "de griffie begeleidt die aanbesteding.")
    d.hd("Resultaatbestemming", 10.4, 2)
    d.p("Het rekeningresultaat 2025 bedraagt 2,3 miljoen euro positief. Wij stellen voor 1,5 miljoen euro toe "
        "te voegen aan de algemene reserve en 0,8 miljoen euro aan de reserve Sociaal Domein. Het raadsvoorstel "
        "daarover ontvangt u tegelijk met deze brief.")
    d.ln(1)
    d.p("Wij danken de auditcommissie voor het zorgvuldige advies en zien uit naar de bespreking met u.")
    d.ln(2)
    d.p("Met vriendelijke groet,\nburgemeester en wethouders van Westerbroek,\n\nde secretaris,      de "
        "burgemeester,\nM.L. Overbeek      drs. H. van Aalst", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("a", "Wij adviseren het college de rechtmatigheidsverantwoording voortaan te onderbouwen met",
         "Wij beperken de interne controle daarom tot de drie", "partly"),
        ("b", "De commissie beveelt aan in de jaarstukken per taakveld van",
         "Dit advies volgen wij niet", "disagrees"),
        ("c", "Stel een centraal contractregister op dat ieder kwartaal wordt bijgewerkt",
         "Het centrale contractregister komt er: het team Inkoop", "agrees"),
        ("d", "Wij vragen het college de planning zo aan te passen", None, "unanswered"),
        ("e", "De auditcommissie adviseert de risico's van de grondexploitatie De Hooge",
         "In de jaarrekening 2026 en al in de begroting 2027", "agrees"),
        ("f", "De auditcommissie adviseert de raad om bij de volgende aanbesteding",
         "Wij hebben kennisgenomen van dit advies aan uw raad", "noted"),
        ("g", "Wij adviseren de raad de verantwoordingsgrens voor rechtmatigheid in het",
         "Het vaststellen van de verantwoordingsgrens is een bevoegdheid", "noted"),
    ], [
        "geven hieronder onze reactie op haar aanbevelingen",
        "Het rekeningresultaat 2025 bedraagt 2,3 miljoen euro positief",
        "Wij danken de auditcommissie voor het zorgvuldige advies",
    ], "ADVIES of the AUDITCOMMISSIE of the invented gemeenteraad of Westerbroek (a committee of council members) "
       "on the jaarstukken 2025 and the auditor's report, answered by the college's RAADSINFORMATIEBRIEF that "
       "quotes each advice in a grey box ('Advies auditcommissie (e)') with 'Reactie van het college' below. The "
       "BBV and the Gemeentewet's rechtmatigheidsverantwoording are real; the municipality, the verordening, the "
       "accountant, people and figures are invented. The seven recommendations are lettered a.-g. in a hanging "
       "column, a.-e. under 'Aan het college', f.-g. under 'Aan de raad' (numbers are the letters); their forms "
       "vary ('Wij adviseren het college', 'De commissie beveelt aan', the imperative 'Stel ... op', 'Wij vragen "
       "het college', 'De auditcommissie adviseert (de raad)'). Not recommendations: the verordening's 'moet de "
       "auditcommissie de raad adviseren', the error table, the BBV's 'moet die paragraaf ... bevatten', the "
       "AUDITOR's own recommendation quoted ('De accountant beveelt aan het contractbeheer centraal te beleggen'), "
       "the committee's 2024 advice quoted as an imperative ('Leg vast wie ... eigenaar is') and reported as done, "
       "4 Oordeel ('geen bezwaar tegen vaststelling': a judgment), and 'Wij vragen de raad dit advies te "
       "betrekken' in Tot slot. Response: thematic heads, boxes quoting the advice, order e, a+c, g, b, f: e "
       "agrees ('Wij nemen dit advies over'); ONE box and ONE reply for a and c: c agrees (the register comes, "
       "quarterly) + a partly (internal control only for the three largest purchase flows); g noted (a power of the "
       "council, 'laten de keuze dus graag aan u'); b disagrees ('Dit advies volgen wij niet'); f noted ('Wij "
       "hebben kennisgenomen', a matter for the council); d (accounts to the auditor by 1 April) UNANSWERED. The "
       "introduction, 'Resultaatbestemming' and the thanks answer no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

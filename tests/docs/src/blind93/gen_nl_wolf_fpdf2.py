"""Round 93 (nl): the ADVIES of a provincial WOLVENOVERLEG (a stakeholder table) on the concept-WOLVENPLAN of
Gedeputeerde Staten, answered by the NOTA VAN BEANTWOORDING of GS (a table citing the advice codes).

Advice: Wolvenoverleg Oostmark (2 p., fpdf2, sans, ochre top band, running head, 'blad n van m'): findings coded
B1-B3 in the same margin-code form as the recommendations W1-W7 (codes in a grey margin column, bold text);
traps: the Omgevingswet / Habitatrichtlijn 'moet', the 2023 advice quoted with 'moet', figures, dates.
Response: Nota van beantwoording (table Code / Samenvatting advies / Reactie GS / Plan aangepast?), order W3, W6,
'W2 en W5', W7, W1; W4 unanswered; the Inleiding, 'Overige zienswijzen' and 'Vervolg' answer nothing. Everything
is invented; laws are cited loosely.

Run: /tmp/blind93nl/bin/python tests/docs/src/blind93/gen_nl_wolf_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b93nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind93_nl_wolf"
F = B.tmp_fonts()
OCHRE = (170, 120, 30)


class Doc(FPDF):
    head = ""

    def header(self):
        self.set_fill_color(*OCHRE)
        self.rect(0, 0, 210, 6, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(20, 10)
            self.cell(0, 4, self.head)
            self.set_draw_color(*OCHRE)
            self.line(20, 15, 190, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(20)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"blad {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4")
    d.head = head
    d.set_margins(20, 18, 20)
    d.set_auto_page_break(True, 20)
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.add_page()
    return d


def h(d, t, size=11):
    d.ln(2)
    d.set_font("S", "B", size)
    d.set_text_color(*OCHRE)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1)


def p(d, t, style="", indent=0):
    d.set_font("S", style, 9.5)
    d.set_x(d.l_margin + indent)
    d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.8)


def coded(d, code, t, note=""):
    y = d.get_y()
    if y > 255:
        d.add_page()
        y = d.get_y()
    d.set_fill_color(235, 235, 230)
    d.set_font("S", "B", 9)
    d.set_xy(20, y)
    d.cell(14, 5, code, fill=True, align="C")
    d.set_xy(37, y)
    d.set_font("S", "B", 9.5)
    d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    if note:
        d.set_x(37)
        d.set_font("S", "", 9)
        d.multi_cell(0, 4.6, note, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def advice():
    d = new("Wolvenoverleg Oostmark - advies concept-Wolvenplan 2026-2030")
    d.set_font("S", "B", 8.5)
    d.set_text_color(*OCHRE)
    d.cell(0, 5, "Wolvenoverleg Oostmark", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 8.5)
    d.multi_cell(0, 4.5, "Aan: Gedeputeerde Staten van Oostmark, t.a.v. de gedeputeerde Natuur en Landelijk "
                 "Gebied\nDatum: 9 februari 2026    Kenmerk: WO-2026-002\nDeelnemers: LTO Oostmark, "
                 "Schapenhouders Oostmark, Natuurmonumenten regio Oost, Stichting Wolf Fencing Oost, "
                 "Faunabeheereenheid Oostmark, Vereniging Oostmarkse Gemeenten", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("S", "B", 15)
    d.multi_cell(0, 7, "Advies over het concept-Wolvenplan Oostmark 2026-2030", align="L", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    h(d, "1. Aanleiding en werkwijze")
    p(d, "Gedeputeerde Staten hebben het Wolvenoverleg op 8 december 2025 gevraagd te adviseren over het "
         "concept-Wolvenplan 2026-2030. Het overleg is in januari drie keer bijeengekomen. Dit advies is door alle "
         "deelnemers onderschreven; waar de standpunten uiteenliepen, is dat in de toelichting vermeld.")
    p(d, "De wolf is een strikt beschermde soort. Op grond van de Habitatrichtlijn en de Omgevingswet moet de "
         "provincie zorgen voor een gunstige staat van instandhouding; een vergunning om wolven te verjagen of te "
         "doden moet aan strikte voorwaarden voldoen. Het concept-plan stelt terecht dat de provincie schade moet "
         "voorkomen waar dat redelijkerwijs kan.")
    h(d, "2. Bevindingen")
    coded(d, "B1", "In 2025 zijn in Oostmark 214 schapen en 9 kalveren door een wolf gedood of verwond, "
                   "tegen 131 dieren in 2024.")
    coded(d, "B2", "Slechts 38 procent van de schapenhouders met meer dan tien dieren heeft een wolfwerend "
                   "raster; bij hobbyhouders is dat minder dan 10 procent.")
    coded(d, "B3", "De afhandeling van een schadeclaim duurt nu gemiddeld veertien weken.")
    p(d, "In zijn advies van 14 juni 2023 schreef het overleg al: 'De provincie moet de schadevergoeding "
         "versnellen en ook de kosten van preventie volledig vergoeden.' Het concept-plan neemt dat slechts ten "
         "dele over.")
    h(d, "3. Advies")
    p(d, "Het Wolvenoverleg adviseert Gedeputeerde Staten het volgende.")
    coded(d, "W1", "Stel een provinciaal preventiefonds in van ten minste 1,5 miljoen euro per jaar voor "
                   "wolfwerende rasters.",
          "Het concept-plan reserveert 0,8 miljoen euro; dat is volgens de schapenhouders en LTO onvoldoende.")
    coded(d, "W2", "Vergoed schade aan landbouwhuisdieren voortaan binnen zes weken na de melding.",
          "Zie bevinding B3.")
    coded(d, "W3", "Richt een snelle-interventieteam op dat binnen 24 uur na een aanval ter plaatse is.",
          "Het team helpt met noodrasters en advies en registreert de schade.")
    coded(d, "W4", "Onderzoek samen met de buurprovincies een gezamenlijk netwerk voor de monitoring van "
                   "wolven.", "Wolven trekken zich niets aan van provinciegrenzen.")
    coded(d, "W5", "Stel de subsidie voor rasters ook open voor hobbyhouders van schapen en geiten.",
          "Zie bevinding B2; een groot deel van de aanvallen treft kleine koppels.")
    coded(d, "W6", "Publiceer wekelijks een kaart met bevestigde wolfwaarnemingen op het niveau van de gemeente.",
          "Natuurmonumenten heeft bij dit advies een voorbehoud gemaakt in verband met verstoring.")
    coded(d, "W7", "Laat het Wolvenplan in 2028 tussentijds evalueren door een onafhankelijke partij.",
          "Zo kan het plan voor 2030 worden bijgesteld.")
    h(d, "4. Tot slot")
    p(d, "Het Wolvenoverleg waardeert de open houding van de provincie en blijft graag betrokken bij de "
         "uitvoering van het plan.")
    p(d, "Namens het Wolvenoverleg Oostmark,\nir. Hanneke Stoop-Bijl, onafhankelijk voorzitter")
    d.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("W3", "Snelle-interventieteam binnen 24 uur",
     "Overgenomen. Het team is op 1 maart 2026 van start gegaan onder regie van de Faunabeheereenheid en is "
     "dag en nacht bereikbaar via het provinciale wolvenloket.", "Ja, par. 4.2"),
    ("W6", "Wekelijkse kaart per gemeente",
     "Niet overgenomen. Een kaart op gemeenteniveau kan leiden tot verstoring en illegale jacht. GS blijven "
     "maandelijks publiceren op het niveau van de regio.", "Nee"),
    ("W2 en W5", "Snellere schadevergoeding; subsidie voor hobbyhouders",
     "GS nemen het advies over de termijn over: BIJ12 handelt schadeclaims vanaf 1 mei binnen zes weken af. "
     "De rastersubsidie wordt opengesteld voor houders met ten minste vijf dieren, dus niet voor alle "
     "hobbyhouders.", "Ja, par. 5.1 en 5.3"),
    ("W7", "Onafhankelijke tussentijdse evaluatie",
     "GS nemen dit advies voor kennisgeving aan. Over de vorm van de evaluatie besluiten GS bij de "
     "voortgangsrapportage van 2027.", "Nee"),
    ("W1", "Preventiefonds van 1,5 miljoen euro per jaar",
     "Gedeeltelijk overgenomen. GS verhogen het budget voor preventie naar 1,1 miljoen euro per jaar; een "
     "hoger bedrag past niet binnen de provinciale begroting.", "Ja, par. 5.2"),
]


def response():
    d = new("Provincie Oostmark - Nota van beantwoording advies Wolvenoverleg")
    d.set_font("S", "B", 8.5)
    d.set_text_color(*OCHRE)
    d.cell(0, 5, "Provincie Oostmark - Gedeputeerde Staten", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 8.5)
    d.multi_cell(0, 4.5, "Bijlage 2 bij het Wolvenplan Oostmark 2026-2030\nVastgesteld door GS op 24 maart "
                 "2026    Zaaknummer: 2026-004417", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("S", "B", 14)
    d.multi_cell(0, 7, "Nota van beantwoording: advies van het Wolvenoverleg", new_x="LMARGIN", new_y="NEXT")
    h(d, "Inleiding")
    p(d, "Het Wolvenoverleg Oostmark heeft op 9 februari 2026 advies uitgebracht over het concept-Wolvenplan. "
         "Gedeputeerde Staten zijn de deelnemers erkentelijk voor hun inzet in een korte periode. In de tabel "
         "hieronder staat per onderdeel van het advies hoe GS ermee omgaan en of het plan is aangepast.")
    d.set_font("S", "", 8.8)
    with d.table(col_widths=(18, 38, 88, 26), line_height=4.6, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=(240, 228, 200))) as t:
        r = t.row()
        for c in ("Code", "Samenvatting advies", "Reactie GS", "Plan aangepast?"):
            r.cell(c)
        for row in ROWS:
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(4)
    h(d, "Overige zienswijzen")
    p(d, "Naast het advies van het Wolvenoverleg ontvingen GS elf zienswijzen van inwoners en twee van "
         "gemeenteraden. Die worden beantwoord in bijlage 3 bij het plan.")
    h(d, "Vervolg")
    p(d, "GS sturen het vastgestelde Wolvenplan met deze nota ter informatie aan Provinciale Staten en aan de "
         "deelnemers van het Wolvenoverleg.")
    d.output(B.out(NAME + "_response.pdf"))


advice()
response()
B.write_expected(NAME, [
    (1, "Stel een provinciaal preventiefonds in van ten minste 1,5 miljoen",
     "verhogen het budget voor preventie naar 1,1 miljoen euro", "partly"),
    (2, "Vergoed schade aan landbouwhuisdieren voortaan binnen zes weken na de melding",
     "handelt schadeclaims vanaf 1 mei binnen zes weken af", "agrees"),
    (3, "Richt een snelle-interventieteam op dat binnen 24 uur", "het team is op 1 maart 2026 van start gegaan",
     "agrees"),
    (4, "Onderzoek samen met de buurprovincies een gezamenlijk netwerk voor de monitoring", None, "unanswered"),
    (5, "Stel de subsidie voor rasters ook open voor hobbyhouders", "houders met ten minste vijf dieren, dus niet",
     "partly"),
    (6, "Publiceer wekelijks een kaart met bevestigde wolfwaarnemingen", "blijven maandelijks publiceren op het "
     "niveau van de regio", "disagrees"),
    (7, "Laat het Wolvenplan in 2028 tussentijds evalueren door een onafhankelijke partij",
     "gs nemen dit advies voor kennisgeving aan", "noted"),
], ["gedeputeerde staten zijn de deelnemers erkentelijk voor hun inzet",
    "ontvingen gs elf zienswijzen van inwoners en twee",
    "sturen het vastgestelde wolvenplan met deze nota ter informatie"],
   "Advice: a provincial stakeholder table's advice; findings B1-B3 in the same grey margin-code form as the "
   "recommendations W1-W7 (bold text, plain explanation below); traps: Habitatrichtlijn/Omgevingswet 'moet', the "
   "2023 advice quoted with 'moet', figures. Response: Nota van beantwoording, table Code / Samenvatting / Reactie "
   "GS / Plan aangepast?, order W3, W6, 'W2 en W5', W7, W1; row 'W2 en W5' = W2 agrees (six weeks from 1 May) + W5 "
   "partly (at least five animals); W1 partly (1.1 million); W6 disagrees; W7 'voor kennisgeving' (noted); W4 "
   "unanswered; Inleiding, 'Overige zienswijzen' and 'Vervolg' answer nothing.")

"""Round 127 (nl): the ADVIES of a national advisory council on inland shipping to the minister, on a draft lock
renewal programme, written in NUMBERED PARAGRAPHS 1-16 (margin numbers, as councils of state write), only seven of
which hold recommendations ('De raad adviseert ...', 'De raad beveelt aan om ...', imperatives 'Reserveer daarom
...', 'Houd ...'); answered by the ministry's BESLISNOTA to the minister (header grid, 'Aanleiding', 'Geadviseerd
besluit' 1.-2., 'Toelichting' with the replies by ORDINALS 'het eerste advies', 'het vierde advies', 'het tweede en
het vijfde advies', 'Financiële gevolgen', 'Communicatie', 'Bijlagen').

Advice (fpdf2, sans, 2 p., dark-green headings, running head from p. 2, 'blz. n'): the Waterwet paraphrased with
'moet' (trap), a lettered list a.-c. of the questions the council put to itself (trap), findings in the paragraphs
between the recommendations, the council's 2019 advice quoted as an imperative (trap), a closing paragraph naming
'de punten 5, 9 en 14' (trap; paragraph numbers). Response (fpdf2, 2 p.): replies in the order 1, 4, 2+5 (one
paragraph), 3, 6; 7 never answered. Verdicts: 1 agrees, 2 agrees, 3 disagrees, 4 partly, 5 partly, 6 noted,
7 unanswered. All bodies, places, people, figures and reference numbers invented; the Waterwet is named as context
only.

Run: /tmp/blind127nl/bin/python tests/docs/src/blind127/gen_nl_beslisnota_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b127nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind127_nl_beslisnota"
FS = B.tmp_fonts()
GREEN = (22, 84, 64)
PALE = (230, 238, 234)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.5, style="", gap=1.8, indent=0):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, markdown=True, align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def npar(pdf, n, text):
    """A numbered paragraph: the margin number in grey, the text indented."""
    if pdf.will_page_break(2 * LH):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "", 8.6)
    pdf.set_text_color(*GREY)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(8, LH, str(n))
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 9, y)
    para(pdf, text, indent=9)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(24):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def advice():
    pdf = new("Adviesraad Vaarwegen en Binnenvaart - advies 'Sluizen op orde' - AVB/2026/07", "blz. {n}",
              "Sluizen op orde - advies Adviesraad Vaarwegen en Binnenvaart", "Adviesraad Vaarwegen en Binnenvaart")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "Adviesraad Vaarwegen en Binnenvaart", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("S", "B", 19)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 9, "Sluizen op orde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 10.5)
    pdf.multi_cell(0, 5.5, "Advies over het concept-Programma Vervanging en Renovatie Sluizen 2027-2040",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, "Kenmerk AVB/2026/07 - 2 juni 2026 - aan de minister van Infrastructuur en Waterstaat",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(*GREEN)
    pdf.rect(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.l_margin - pdf.r_margin, 0.9, style="F")
    pdf.ln(5)

    h2(pdf, "1. Inleiding")
    npar(pdf, 1, "Bij brief van 3 februari 2026 heeft u de raad om advies gevraagd over het concept-Programma "
         "Vervanging en Renovatie Sluizen 2027-2040. Het programma omvat veertien sluiscomplexen op de "
         "hoofdvaarwegen in het oosten en zuiden van het land, met een geraamd budget van 2,3 miljard euro.")
    npar(pdf, 2, "De opgave is groot. Op grond van de Waterwet moet de beheerder de vaarweg in goede staat houden, "
         "en een geplande stremming moet tijdig aan de scheepvaart worden bekendgemaakt. Tegelijk is een groot deel "
         "van de sluizen gebouwd tussen 1930 en 1970 en bereikt het de technische levensduur.")
    npar(pdf, 3, "De raad sprak met vervoerders, verladers, havenbedrijven, de vaarwegbeheerder en twee provincies. "
         "Hij heeft zich daarbij drie vragen gesteld:")
    for letter, q in (("a.", "Is de volgorde van de projecten de juiste, gelet op de staat van de sluizen?"),
                      ("b.", "Is het programma financieel robuust genoeg?"),
                      ("c.", "Blijft de vaarweg tijdens en na de werken goed bruikbaar voor de binnenvaart?")):
        pdf.set_font("S", "", 9.5)
        pdf.set_x(pdf.l_margin + 9)
        pdf.cell(6, LH, letter)
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), LH, q, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)

    h2(pdf, "2. Volgorde en planning")
    npar(pdf, 4, "De sluis Kraaiendam dateert uit 1934 en is het oudste complex in het programma. In 2025 telde de "
         "sluis 41 storingen, tegen 17 in 2021. Toch staat de renovatie pas voor 2034 gepland, na drie sluizen "
         "die in betere staat verkeren.")
    npar(pdf, 5, "De raad adviseert de renovatie van sluis Kraaiendam naar voren te halen en uiterlijk in 2030 te "
         "laten beginnen.")
    npar(pdf, 6, "Tijdens de onverwachte stremming van de sluis Oostvliet in 2025 lag de vaarweg negentien dagen "
         "stil. Er was geen omleidingsroute uitgewerkt en vervoerders hoorden pas na drie dagen hoe lang de "
         "stremming zou duren. Een aantal verladers week uit naar de weg.")
    npar(pdf, 7, "De raad beveelt aan om voor elke geplande stremming van meer dan vijf dagen een hinderplan op te "
         "stellen, samen met de vervoerders en de havens.")

    h2(pdf, "3. Financiën")
    npar(pdf, 8, "Bij het vorige programma, dat liep van 2015 tot 2025, vielen de kosten gemiddeld 23 procent hoger "
         "uit dan geraamd, vooral door verrassingen in oude funderingen en stalen deuren. In zijn advies van 2019 "
         "schreef de raad al: 'Houd bij oude kunstwerken rekening met forse technische tegenvallers.' Het concept-"
         "programma bevat geen aparte post voor zulke tegenvallers.")
    npar(pdf, 9, "Reserveer daarom ten minste tien procent van het programmabudget voor onvoorziene technische "
         "tegenvallers, en maak die reservering zichtbaar in de begroting.")

    h2(pdf, "4. Bediening en samenwerking met de sector")
    npar(pdf, 10, "Vanaf 2028 worden de kleine sluizen op afstand bediend vanuit een centrale post. De raad begrijpt "
         "die keuze, maar vreest dat de bedieningstijden daarbij worden ingekort. Voor de beroepsvaart en de "
         "recreatievaart zijn juist de avonduren belangrijk.")
    npar(pdf, 11, "Houd de bedieningstijden van de kleine sluizen na de centralisatie ten minste gelijk aan de "
         "huidige, dus tot 22.00 uur op werkdagen.")
    npar(pdf, 12, "Daarnaast adviseert de raad de binnenvaartsector ook te betrekken bij de aanbesteding van de "
         "werken, bijvoorbeeld met een marktconsultatie per sluis.")

    h2(pdf, "5. Toekomstbestendigheid")
    npar(pdf, 13, "Schepen worden groter. Het aandeel schepen van meer dan 135 meter in de vloot groeide de "
         "afgelopen tien jaar van 8 naar 14 procent. Een sluis die nu wordt vervangen, gaat tachtig tot honderd "
         "jaar mee.")
    npar(pdf, 14, "Laat daarom onderzoeken of de sluizen bij vervanging geschikt kunnen worden gemaakt voor schepen "
         "van klasse Va, ook als dat nu meer kost.")
    npar(pdf, 15, "Tot slot adviseert de raad om de Tweede Kamer jaarlijks te informeren over de voortgang, de "
         "kosten en de hinder van het programma, in een vaste voortgangsrapportage.")
    npar(pdf, 16, "De raad is graag bereid de adviezen in de punten 5, 9 en 14 nader toe te lichten in een gesprek "
         "met u of uw ambtenaren.")
    pdf.ln(2)
    para(pdf, "Namens de Adviesraad Vaarwegen en Binnenvaart,\nir. C.W. Roodenburg, voorzitter\n"
         "mr. S. el Idrissi, secretaris")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Beslisnota reactie advies AVB 'Sluizen op orde' - IENW/DGMV-2026/184422", "{n}",
              "Beslisnota reactie op advies 'Sluizen op orde'", "Directoraat-generaal Mobiliteit en Vaarwegen")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "Directoraat-generaal Mobiliteit en Vaarwegen - Directie Vaarwegen", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("S", "B", 16)
    pdf.set_text_color(*GREEN)
    pdf.cell(0, 8, "Beslisnota", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 10)
    pdf.multi_cell(0, 5.2, "bij Reactie op het advies 'Sluizen op orde' van de Adviesraad Vaarwegen en Binnenvaart",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [("Aan", "Minister van Infrastructuur en Waterstaat"),
            ("Van", "DG Mobiliteit en Vaarwegen, directie Vaarwegen"),
            ("Datum", "14 juli 2026"),
            ("Kenmerk", "IENW/DGMV-2026/184422"),
            ("Parafen", "DG 10-7, pSG 13-7"),
            ("Contactpersoon", "drs. M.P. Haverkamp, programmamanager Sluizen")]
    pdf.set_draw_color(190, 190, 190)
    pdf.set_fill_color(*PALE)
    with pdf.table(col_widths=(32, 130), line_height=4.8, first_row_as_headings=False,
                   borders_layout="HORIZONTAL_LINES", text_align="LEFT") as t:
        for a, b in rows:
            r = t.row()
            pdf.set_font("S", "B", 8.6)
            r.cell(a)
            pdf.set_font("S", "", 8.6)
            r.cell(b)
    pdf.ln(3)

    h2(pdf, "Aanleiding")
    para(pdf, "Op 2 juni 2026 heeft de Adviesraad Vaarwegen en Binnenvaart (AVB) zijn advies uitgebracht over het "
         "concept-programma. U heeft in het commissiedebat van 24 juni toegezegd voor het zomerreces op het advies "
         "te reageren. Bijgaand treft u de concept-Kamerbrief aan.")
    h2(pdf, "Geadviseerd besluit")
    for n, t in ((1, "Instemmen met de bijgevoegde Kamerbrief met uw reactie op het advies."),
                 (2, "Instemmen met de aanpassingen van het programma die hieronder zijn toegelicht.")):
        pdf.set_font("S", "", 9.5)
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(6, LH, f"{n}.")
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), LH, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)
    h2(pdf, "Toelichting")
    para(pdf, "Het advies is zorgvuldig en wordt in de sector breed gedragen. Wij stellen voor het op de volgende "
         "manier te beantwoorden.")
    para(pdf, "Het eerste advies, over de volgorde, kunt u overnemen. Het aantal storingen rechtvaardigt dat de "
         "sluis Kraaiendam eerder aan de beurt komt. De voorbereiding start in 2027, zodat de uitvoering in 2030 "
         "kan beginnen. Sluis Hengelwaarde schuift daarvoor twee jaar op.")
    para(pdf, "Het vierde advies gaat over de bedieningstijden. Wij stellen voor de kleine sluizen in het "
         "vaarseizoen van april tot oktober tot 21.00 uur te bedienen en daarbuiten tot 19.00 uur. Bediening tot "
         "22.00 uur het hele jaar is met het beschikbare bedieningspersoneel niet haalbaar.")
    para(pdf, "Het tweede en het vijfde advies hangen samen. Een hinderplan voor stremmingen van meer dan vijf dagen "
         "wordt een vast onderdeel van elk project, op te stellen met de vervoerders en de havens. Een "
         "marktconsultatie organiseren wij alleen voor de drie grootste complexen; voor de overige sluizen "
         "volstaat de jaarlijkse sectorbijeenkomst over de aanbestedingskalender.")
    para(pdf, "Het derde advies adviseren wij niet over te nemen. Een vaste reservering per programma past niet "
         "bij de manier waarop het ministerie risico's beheerst: die worden op het niveau van het hele fonds "
         "gereserveerd en jaarlijks herijkt. Wel krijgt de Kamer in de begroting meer inzicht in de risico's per "
         "project.")
    para(pdf, "Het zesde advies raakt aan de lange termijn. De vraag naar grotere schepen wordt meegenomen in de "
         "verkenning Vaarwegen 2050, die in 2027 start; een besluit daarover is nu nog niet aan de orde.")
    h2(pdf, "Financiële gevolgen")
    para(pdf, "Deze nota heeft geen gevolgen voor de begroting 2026. Verschuivingen tussen jaren worden verwerkt in "
         "de ontwerpbegroting 2027 en blijven binnen het programmabudget van 2,3 miljard euro.")
    h2(pdf, "Communicatie")
    para(pdf, "De Kamerbrief wordt na uw ondertekening openbaar gemaakt op de website van het ministerie. De AVB en "
         "de brancheorganisaties ontvangen een afschrift; een persbericht is niet voorzien.")
    h2(pdf, "Bijlagen")
    for n, t in ((1, "Concept-Kamerbrief Reactie op het advies 'Sluizen op orde'"),
                 (2, "Advies AVB/2026/07 van 2 juni 2026")):
        pdf.set_font("S", "", 9.5)
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(6, LH, f"{n}.")
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), LH, t, new_x="LMARGIN", new_y="NEXT")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "De raad adviseert de renovatie van sluis Kraaiendam naar voren",
         "De voorbereiding start in 2027, zodat de uitvoering", "agrees"),
        (2, "De raad beveelt aan om voor elke geplande stremming van",
         "wordt een vast onderdeel van elk project", "agrees"),
        (3, "Reserveer daarom ten minste tien procent van het programmabudget voor",
         "Het derde advies adviseren wij niet over te nemen", "disagrees"),
        (4, "Houd de bedieningstijden van de kleine sluizen na de centralisatie",
         "vaarseizoen van april tot oktober tot 21.00 uur", "partly"),
        (5, "Daarnaast adviseert de raad de binnenvaartsector ook te betrekken bij",
         "organiseren wij alleen voor de drie grootste complexen", "partly"),
        (6, "Laat daarom onderzoeken of de sluizen bij vervanging geschikt kunnen",
         "wordt meegenomen in de verkenning Vaarwegen 2050", "noted"),
        (7, "Tot slot adviseert de raad om de Tweede Kamer jaarlijks", None, "unanswered"),
    ]
    unmatched = ["U heeft in het commissiedebat van 24 juni toegezegd",
                 "Instemmen met de bijgevoegde Kamerbrief met uw reactie",
                 "Deze nota heeft geen gevolgen voor de begroting 2026",
                 "wordt na uw ondertekening openbaar gemaakt op de website"]
    notes = ("Advice: the ADVIES 'Sluizen op orde' of a national advisory council on waterways and inland shipping to "
             "the minister, on a draft lock renewal programme (fpdf2, 2 p.), written in NUMBERED PARAGRAPHS 1-16 with "
             "margin numbers under five headings; seven paragraphs are recommendations (5 'De raad adviseert ...', "
             "7 'De raad beveelt aan om ...', 9 'Reserveer daarom ...', 11 'Houd ...', 12 'Daarnaast adviseert de "
             "raad ...', 14 'Laat daarom onderzoeken ...', 15 'Tot slot adviseert de raad ...'), the others are "
             "findings. Traps: the Waterwet paraphrased with 'moet', a lettered list a.-c. of the council's own "
             "questions, the council's 2019 advice quoted as an imperative ('Houd bij oude kunstwerken rekening "
             "...'), a closing paragraph naming 'de punten 5, 9 en 14' (paragraph numbers, not recommendation "
             "numbers). Response: the ministry's BESLISNOTA to the minister (header grid, 'Aanleiding', "
             "'Geadviseerd besluit' 1.-2., 'Toelichting', 'Financiële gevolgen', 'Communicatie', 'Bijlagen' 1.-2.); "
             "the replies are in 'Toelichting' and refer to the recommendations by ORDINALS, in the order 1, 4, "
             "2+5, 3, 6: 'Het eerste advies' = 1 agrees (preparation 2027, works from 2030); 'Het vierde advies' = "
             "4 partly (until 21.00 in the season and 19.00 outside it, not 22.00); ONE paragraph 'Het tweede en "
             "het vijfde advies': 2 agrees (hindrance plan a fixed part of each project) and 5 partly (market "
             "consultation only for the three largest complexes); 'Het derde advies' = 3 disagrees (no fixed "
             "reserve; risks reserved at fund level); 'Het zesde advies' = 6 noted (taken into a 2027 exploration, "
             "no decision now). 'Aanleiding', 'Geadviseerd besluit', 'Financiële gevolgen', 'Communicatie' and "
             "'Bijlagen' answer nothing; 7 (yearly progress report to the Tweede Kamer) never answered: "
             "unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

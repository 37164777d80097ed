"""Round 45 (nl): an (invented) TOEZICHTSRAPPORT of Gedeputeerde Staten (interbestuurlijk toezicht, IBT) on the
information and archive management of a municipality, with the toezichtskader and the interventieladder
(Gemeentewet articles, trap), a KPI table with judgements, findings, six VERWACHTINGEN in shaded boxes coded V1-V6
with a deadline line, a closing 'Overzicht verwachtingen' table repeating them in short form, and a request for an
improvement plan; answered by the college's PRESENTATION to a council committee printed as a HANDOUT (three slides
per A4 page with note lines, as PowerPoint prints them), slides in another order, one slide on V1+V4 with two
verdict icons, and slides on planning/costs and on what is asked of the committee. Engine: fpdf2 (DejaVu, no text
shaping). Answer key: README-nl.md.

Run: /tmp/blind45nl/bin/python tests/docs/src/blind45/gen_nl_ibt_fpdf2.py"""
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b45nl as B  # noqa: E402

NAME = "blind45_nl_ibt"
DV = "/usr/share/fonts/truetype/dejavu/"
BLUE = (0, 84, 140)
PURPLE = (112, 38, 110)


class Doc(FPDF):
    def __init__(self, head, foot, first_head=False):
        super().__init__(format="A4")
        self.head, self.foot, self.first_head = head, foot, first_head
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1 or self.first_head:
            self.set_font("dv", "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            self.cell(83, 5, self.head[0])
            self.cell(83, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BLUE)
            self.line(22, 16.5, 188, 16.5)
            self.set_draw_color(0)
            self.set_y(22)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)

    def p(self, t, st="", size=9.2, indent=0, h=4.6, align="J", markdown=False):
        self.set_font("dv", st, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=markdown)
        self.ln(1.4)

    def hd(self, t, size=11, color=BLUE):
        self.ln(1.5)
        self.set_text_color(*color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def tab(self, rows, widths, size=8, fill=(220, 233, 243)):
        self.set_fill_color(255)
        self.set_font("dv", "", size)
        hs = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(col_widths=widths, text_align="LEFT", line_height=3.9, headings_style=hs,
                        first_row_as_headings=True, padding=1.2) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)

    def box(self, code, term, text):
        self.set_font("dv", "", 9)
        lines = self.multi_cell(158, 4.5, text, dry_run=True, output="LINES")
        hgt = 6 + len(lines) * 4.5 + 3
        if self.get_y() + hgt > 277:
            self.add_page()
        y = self.get_y()
        self.set_fill_color(226, 236, 245)
        self.rect(22, y, 166, hgt, style="F")
        self.set_fill_color(*BLUE)
        self.rect(22, y, 1.6, hgt, style="F")
        self.set_xy(27, y + 1.5)
        self.set_font("dv", "B", 8.4)
        self.set_text_color(*BLUE)
        self.cell(80, 4.5, f"Verwachting {code}")
        self.set_font("dv", "", 7.8)
        self.cell(79, 4.5, f"termijn: {term}", align="R")
        self.set_text_color(0)
        self.set_xy(27, y + 6.5)
        self.set_font("dv", "", 9)
        self.multi_cell(158, 4.5, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_y(y + hgt + 3)


V = {
    "V1": ("1 juli 2026", "De provincie verwacht dat het college uiterlijk 1 juli 2026 een actueel "
           "informatiebeheerplan vaststelt, met daarin de taken, de rollen en een planning voor de komende drie "
           "jaar."),
    "V2": ("1 januari 2027", "Bewaar de e-mail van de burgemeester, de wethouders, de gemeentesecretaris en de "
           "directieleden integraal volgens de Capstone-methode, en leg die keuze vast in een collegebesluit."),
    "V3": ("31 december 2027", "Breng de archieven over de periode 1990-2005 die nog in het archiefdepot van het "
           "stadskantoor liggen over naar het Regionaal Archief Hunzeland, zoals artikel 12 van de Archiefwet 1995 "
           "voorschrijft."),
    "V4": ("jaarlijks, eerste keer 2026", "Laat de gemeentearchivaris ieder jaar een interne controle uitvoeren "
           "op het informatiebeheer, en neem de uitkomsten op in het verslag aan de raad."),
    "V5": ("begroting 2027", "Neem in de begroting 2027 structureel voldoende formatie op voor het team "
           "Informatiebeheer; de provincie acht ten minste 2 fte extra nodig."),
    "V6": ("1 juli 2027", "Vernietig de archiefbescheiden waarvan de bewaartermijn volgens de Selectielijst "
           "gemeenten en intergemeentelijke organen 2020 is verstreken, en maak daarvan een verklaring van "
           "vernietiging op."),
}


def advice():
    d = Doc(("Provincie Hunzeland | Interbestuurlijk toezicht", "Toezichtsrapport informatiebeheer Dorrewaard 2025"),
            "pagina {n} van {nb}")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(0, 0, 210, 30, style="F")
    d.set_text_color(255)
    d.set_xy(22, 9)
    d.set_font("dv", "B", 15)
    d.cell(0, 7, "Provincie Hunzeland", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.cell(0, 5, "Gedeputeerde Staten | Interbestuurlijk toezicht")
    d.set_text_color(0)
    d.set_y(38)
    d.p("Toezichtsrapport informatie- en archiefbeheer 2025", "B", 15, align="L", h=7)
    d.p("Gemeente Dorrewaard", "B", 10.5, align="L")
    d.p("Kenmerk: IBT-2026-0114 | Vastgesteld door Gedeputeerde Staten op 27 januari 2026 | Verzonden aan het "
        "college van burgemeester en wethouders en, ter kennisname, aan de gemeenteraad", "", 8, align="L")
    d.hd("1  Toezichtskader")
    d.p("Gedeputeerde Staten houden op grond van artikel 124 van de Gemeentewet en artikel 27 van de Archiefwet "
        "1995 toezicht op de zorg van het college voor de archiefbescheiden. Wij beoordelen jaarlijks het "
        "verslag dat het college op grond van artikel 30 van de Archiefwet 1995 aan de raad uitbrengt, aan de "
        "hand van de kritische prestatie-indicatoren (KPI's) uit het provinciale toezichtskader. Daarnaast "
        "hebben wij in november 2025 een inspectiebezoek afgelegd en gesproken met de gemeentesecretaris, de "
        "gemeentearchivaris en het team Informatiebeheer.")
    d.p("Het toezicht volgt de interventieladder. Bij het oordeel 'niet adequaat' maken wij afspraken met het "
        "college. Blijft verbetering uit, dan kunnen wij een aanwijzing geven (artikel 124a Gemeentewet) en in "
        "het uiterste geval in de plaats treden van het college (artikel 124 Gemeentewet). Daarvan is in dit "
        "stadium geen sprake.")
    d.hd("2  Oordeel")
    d.tab([("KPI", "Onderwerp", "2024", "2025"),
           ("1", "Kwaliteitssysteem en verslaglegging", "redelijk adequaat", "niet adequaat"),
           ("2", "Digitale informatie: duurzaam beheer", "redelijk adequaat", "redelijk adequaat"),
           ("3", "Selectie en vernietiging", "niet adequaat", "niet adequaat"),
           ("4", "Overbrenging naar de archiefbewaarplaats", "redelijk adequaat", "niet adequaat"),
           ("5", "Organisatie en formatie", "adequaat", "redelijk adequaat")], (12, 88, 33, 33))
    d.p("Ons eindoordeel over 2025 is 'niet adequaat'. Wij verzoeken u binnen acht weken na dagtekening een "
        "verbeterplan toe te zenden waarin u aangeeft hoe u aan de verwachtingen in dit rapport voldoet.")
    d.hd("3  Bevindingen en verwachtingen")
    d.hd("3.1  Kwaliteitssysteem en verslaglegging (KPI 1)", 9.6, (0, 0, 0))
    d.p("Het informatiebeheerplan van Dorrewaard dateert van 2019 en is sinds de herindeling met de gemeente "
        "Oosterbroek niet bijgewerkt. Een interne controle door de gemeentearchivaris heeft sinds 2021 niet meer "
        "plaatsgevonden; het verslag aan de raad over 2024 was daardoor vooral beschrijvend. Een gemeente zou "
        "volgens ons toezichtskader minimaal eens per jaar moeten toetsen of zij haar eigen beleid naleeft.")
    d.box("V1", *V["V1"])
    d.box("V4", *V["V4"])
    d.hd("3.2  Digitale informatie (KPI 2)", 9.6, (0, 0, 0))
    d.p("Zaakdossiers worden sinds 2022 digitaal gevormd in het zaaksysteem. De e-mail van bestuurders en "
        "topambtenaren wordt echter niet systematisch bewaard: medewerkers slepen berichten zelf naar een "
        "zaak, en na het vertrek van een wethouder in 2024 bleek zijn mailbox na drie maanden automatisch "
        "verwijderd.")
    d.box("V2", *V["V2"])
    d.hd("3.3  Selectie en vernietiging (KPI 3)", 9.6, (0, 0, 0))
    d.p("In het depot ligt ongeveer 310 strekkende meter aan archiefbescheiden waarvan de bewaartermijn is "
        "verstreken. Sinds 2019 is geen verklaring van vernietiging meer opgemaakt. Dat is in strijd met "
        "artikel 3 van de Archiefwet 1995, dat het college verplicht de archiefbescheiden in goede, geordende en "
        "toegankelijke staat te brengen en te bewaren, en met de plicht tot vernietiging van artikel 5.")
    d.box("V6", *V["V6"])
    d.hd("3.4  Overbrenging (KPI 4)", 9.6, (0, 0, 0))
    d.p("De archieven van de voormalige gemeente Oosterbroek zijn in 2022 overgebracht. De archieven van "
        "Dorrewaard zelf over 1990-2005 (circa 540 strekkende meter) liggen nog in het eigen depot, dat niet "
        "aan de eisen van de Archiefregeling voldoet: de temperatuur werd in de zomer van 2025 dertig dagen "
        "lang boven de 21 graden gemeten.")
    d.box("V3", *V["V3"])
    d.hd("3.5  Organisatie en formatie (KPI 5)", 9.6, (0, 0, 0))
    d.p("Het team Informatiebeheer telt 6,4 fte, van wie er twee langdurig ziek zijn. Vacatures blijven lang "
        "open. Het team kan zijn wettelijke taken daardoor niet volledig uitvoeren.")
    d.box("V5", *V["V5"])
    d.hd("4  Overzicht verwachtingen")
    d.tab([("Code", "Verwachting (kort)", "Termijn"),
           ("V1", "actueel informatiebeheerplan", "1 juli 2026"),
           ("V2", "e-mail bestuurders en directie: Capstone", "1 januari 2027"),
           ("V3", "overbrenging archieven 1990-2005", "31 december 2027"),
           ("V4", "jaarlijkse interne controle gemeentearchivaris", "jaarlijks"),
           ("V5", "formatie team Informatiebeheer", "begroting 2027"),
           ("V6", "vernietiging achterstand", "1 juli 2027")], (16, 110, 40))
    d.p("Gedeputeerde Staten van Hunzeland,\nnamens dezen,\nL.M. Hoekstra-Baas, teamleider Interbestuurlijk "
        "toezicht", "", 8.4, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


SLIDES = [
    ("Toezicht informatiebeheer", ["Reactie van het college op het toezichtsrapport van de provincie",
                                   "Commissie Bestuur en Middelen, 10 maart 2026",
                                   "Wethouder R. (Rachid) Aydin, portefeuille Dienstverlening en Informatie"], None),
    ("Wat zegt de provincie?", ["Eindoordeel 2025: niet adequaat (2024: redelijk adequaat)",
                                "Zes verwachtingen, met termijnen tot eind 2027",
                                "Verbeterplan binnen acht weken naar Gedeputeerde Staten",
                                "Geen aanwijzing: de provincie vertrouwt op eigen herstel"], None),
    ("Plan en controle", ["Informatiebeheerplan 2026-2028 is op 17 februari 2026 door het college vastgesteld",
                          "[OK] Overgenomen (V1)",
                          "Interne controle door de gemeentearchivaris: ja, maar om het jaar (2026, 2028); in de "
                          "tussenliggende jaren een zelfevaluatie door het team",
                          "[~] Deels overgenomen (V4)"], None),
    ("E-mail van bestuurders", ["Capstone vanaf 1 april 2026 voor college, gemeentesecretaris en directie",
                                "Collegebesluit van 3 maart 2026; mailboxen worden niet meer automatisch "
                                "opgeschoond",
                                "[OK] Overgenomen (V2)"], None),
    ("Vernietigen achterstand", ["Zolang de raadsenquête naar de grondexploitatie Dorrewaard-Zuid loopt, "
                                 "vernietigen wij geen archiefbescheiden",
                                 "Ook de Woo-verzoeken over de herindeling staan nog open",
                                 "[X] Niet overgenomen (V6); wij informeren de provincie na de enquête"], None),
    ("Overbrengen 1990-2005", ["De nieuwe Archiefwet verkort de overbrengingstermijn naar tien jaar",
                               "Het Regionaal Archief heeft pas vanaf 2028 depotruimte",
                               "[i] Kennisgenomen (V3): besluit over planning in het vierde kwartaal van "
                               "2026"], None),
    ("Planning en kosten", ["Verbeterplan naar Gedeputeerde Staten: 24 maart 2026",
                            "Eenmalig 185.000 euro voor digitalisering en opschoning, te dekken uit de "
                            "algemene reserve",
                            "Voortgang via de P&C-cyclus (voorjaarsnota en jaarrekening)"], None),
    ("Wat vragen wij van de commissie?", ["Kennisnemen van de reactie van het college",
                                          "Bespreking in de raad van 26 maart 2026",
                                          "Suggesties voor het verbeterplan graag vóór 17 maart"], None),
    ("Vragen?", ["Contact: team Informatiebeheer, informatiebeheer@dorrewaard.nl"], None),
]


class Handout(FPDF):
    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_auto_page_break(False)

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90)
        self.set_xy(15, 9)
        self.cell(90, 5, "Reactie college op toezichtsrapport IBT-2026-0114")
        self.cell(90, 5, "10-3-2026", align="R")
        self.set_text_color(0)

    def footer(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90)
        self.set_xy(15, 285)
        self.cell(90, 5, "Gemeente Dorrewaard")
        self.cell(90, 5, str(self.page_no()), align="R")
        self.set_text_color(0)

    def slide(self, x, y, num, title, bullets):
        w, h = 112, 63
        self.set_draw_color(150)
        self.set_fill_color(255)
        self.rect(x, y, w, h, style="D")
        self.set_fill_color(*PURPLE)
        self.rect(x, y, w, 11, style="F")
        self.set_text_color(255)
        self.set_font("dv", "B", 9.5)
        self.set_xy(x + 4, y + 2.5)
        self.cell(w - 8, 6, title)
        self.set_text_color(0)
        self.set_xy(x + 4, y + 15)
        for b in bullets:
            self.set_font("dv", "B" if b.startswith("[") else "", 7.2)
            self.set_x(x + 4)
            self.cell(3, 3.6, "" if b.startswith("[") else "\u2022")
            self.multi_cell(w - 11, 3.6, b, new_x="LMARGIN", new_y="NEXT", align="L")
            self.ln(1.3)
        self.set_font("dv", "", 6)
        self.set_text_color(120)
        self.set_xy(x + w - 14, y + h - 5)
        self.cell(10, 3, str(num), align="R")
        self.set_xy(x + 3, y + h - 5)
        self.cell(40, 3, "gemeente Dorrewaard")
        self.set_text_color(0)
        self.set_draw_color(190)
        for i in range(9):
            ly = y + 6 + i * 6.5
            self.line(x + w + 8, ly, 195, ly)
        self.set_draw_color(0)


def response():
    d = Handout()
    for i, (title, bullets, _) in enumerate(SLIDES):
        if i % 3 == 0:
            d.add_page()
        d.slide(15, 22 + (i % 3) * 88, i + 1, title, bullets)
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("V1", "De provincie verwacht dat het college uiterlijk 1 juli 2026",
         "Informatiebeheerplan 2026-2028 is op 17 februari 2026", "agrees"),
        ("V2", "Bewaar de e-mail van de burgemeester, de wethouders, de gemeentesecretaris",
         "Capstone vanaf 1 april 2026 voor college", "agrees"),
        ("V3", "Breng de archieven over de periode 1990-2005 die nog",
         "Het Regionaal Archief heeft pas vanaf 2028 depotruimte", "noted"),
        ("V4", "Laat de gemeentearchivaris ieder jaar een interne controle uitvoeren",
         "ja, maar om het jaar (2026, 2028)", "partly"),
        ("V5", "Neem in de begroting 2027 structureel voldoende formatie op", None, "unanswered"),
        ("V6", "Vernietig de archiefbescheiden waarvan de bewaartermijn volgens de Selectielijst",
         "grondexploitatie Dorrewaard-Zuid loopt, vernietigen wij geen archiefbescheiden", "disagrees"),
    ]
    unmatched = ["Eenmalig 185.000 euro voor digitalisering en opschoning",
                 "Bespreking in de raad van 26 maart 2026"]
    notes = ("Provincial interbestuurlijk toezicht report IBT-2026-0114 on the archive management of Dorrewaard: "
             "blue title band, running header, 'pagina N van M', the toezichtskader with Gemeentewet/Archiefwet "
             "articles and the interventieladder ('kunnen wij een aanwijzing geven': trap), a KPI judgement "
             "table, findings with 'zou ... moeten', a request for an improvement plan within eight weeks (not "
             "a recommendation), six VERWACHTINGEN in shaded boxes 'Verwachting V1 ... termijn: ...' in the box "
             "order V1, V4, V2, V6, V3, V5 (the codes are not in document order), and a closing table "
             "'Overzicht verwachtingen' repeating them in short form in code order. Reply: the college's "
             "PRESENTATION to a council committee printed as a HANDOUT (three slides per A4 page, note lines "
             "beside each slide, PowerPoint-style header/footer); slide 2 summarises the report; slide 3 'Plan "
             "en controle' answers V1 ('[OK] Overgenomen': agrees) and V4 (every other year: '[~] Deels "
             "overgenomen', partly) on ONE slide; V2 Capstone from 1 April 2026 (agrees); V6 no destruction "
             "while a raadsenquête runs ('[X] Niet overgenomen': disagrees); V3 depot room only from 2028, "
             "'[i] Kennisgenomen', decision in Q4 2026 (noted); V5 (formatie) unanswered. Slides 'Planning en "
             "kosten', 'Wat vragen wij van de commissie?' and 'Vragen?' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

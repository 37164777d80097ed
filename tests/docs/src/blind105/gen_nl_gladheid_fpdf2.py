"""Round 105 (nl): the EVALUATIE GLADHEIDSBESTRIJDING (winter road-gritting season) of a Dutch municipality by an
external bureau, answered by the MANAGEMENTREACTIE of the afdeling Beheer Openbare Ruimte as a table citing codes.

Advice (fpdf2, sans, blue title block, running head from p. 2, 'pagina n van m'): a season figures table, a
conclusions table C1-C4 (Wegenverkeerswet / zorgplicht 'moet', the 2021 evaluation quoted with 'moet'), then the
recommendations as the ROWS G1-G7 of a table 'Code | Aanbeveling | Prioriteit'. Response: memo + table
'Aanbeveling | Reactie | Planning', order G3, G1+G6, G5, G2, G7; G4 unanswered. All bodies, people, figures invented.

Run: /tmp/blind105nl/bin/python tests/docs/src/blind105/gen_nl_gladheid_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b105nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind105_nl_gladheid"
F = B.tmp_fonts()
BLUE = (22, 78, 140)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("S", "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*BLUE)
            self.line(20, 17, 190, 17)
            self.ln(6)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"pagina {self.page_no()} van {{nb}}", align="R")


def mk(head):
    d = Doc(format="A4")
    d.head = head
    d.set_margins(20, 18, 20)
    d.set_auto_page_break(True, 20)
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.alias_nb_pages()
    d.add_page()
    return d


def para(d, t, style="", size=9.5, h=5):
    d.set_font("S", style, size)
    d.set_text_color(20, 20, 20)
    d.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def head2(d, t):
    d.ln(1)
    d.set_font("S", "B", 11)
    d.set_text_color(*BLUE)
    d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def table(d, rows, widths, size=8.6):
    d.set_font("S", "", size)
    d.set_text_color(20, 20, 20)
    d.set_draw_color(150, 170, 200)
    with d.table(col_widths=widths, line_height=4.6, text_align="LEFT",
                 headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(225, 233, 245))) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(4)


a = mk("Bureau Wintervast - Evaluatie gladheidsbestrijding gemeente Haaksbergveen, winter 2025-2026")
a.set_fill_color(*BLUE)
a.rect(0, 0, 210, 38, style="F")
a.set_fill_color(255, 255, 255)
a.set_xy(20, 10)
a.set_font("S", "B", 16)
a.set_text_color(255, 255, 255)
a.cell(0, 8, "Evaluatie gladheidsbestrijding winter 2025-2026", new_x="LMARGIN", new_y="NEXT")
a.set_font("S", "", 9)
a.cell(0, 6, "Gemeente Haaksbergveen  |  Bureau Wintervast, Apeldoorn  |  rapport BW-26-017, 12 mei 2026",
       new_x="LMARGIN", new_y="NEXT")
a.set_y(46)
head2(a, "1 Inleiding")
para(a, "In opdracht van de afdeling Beheer Openbare Ruimte (BOR) heeft Bureau Wintervast de gladheidsbestrijding "
        "van het afgelopen winterseizoen geëvalueerd. Wij hebben de uitrukgegevens en de strooiroutes geanalyseerd, "
        "met de chauffeurs en de coördinatoren gesproken en 41 meldingen van inwoners nagelopen. Het seizoen liep "
        "van 1 november 2025 tot en met 31 maart 2026.")
table(a, [["Kenmerk", "2024-2025", "2025-2026"],
          ["Aantal strooiacties", "19", "31"],
          ["Verbruikt zout (ton)", "412", "688"],
          ["Strooiroutes (km)", "214", "214"],
          ["Meldingen van inwoners", "17", "41"],
          ["Aansprakelijkheidsclaims", "1", "4"]], (80, 45, 45))
para(a, "Het seizoen was kouder dan gemiddeld. Het KNMI registreerde 38 vorstdagen, tegen 24 in het seizoen daarvoor, "
        "en in de nacht van 9 op 10 januari viel in korte tijd ijzel op het hele grondgebied. De gemeente kreeg in die "
        "nacht 14 meldingen, meer dan in het hele vorige seizoen.")
head2(a, "Werkwijze van de gemeente")
para(a, "De gladheidsbestrijding is georganiseerd in een primaire en een secundaire ronde. De primaire ronde omvat de "
        "hoofdwegen, de busroutes en de belangrijkste fietsroutes; zij wordt preventief gestrooid op basis van de "
        "weersverwachting van een particuliere weerdienst. De secundaire ronde omvat de overige doorgaande wegen en "
        "wordt alleen bij aanhoudende gladheid gereden. Woonstraten worden niet gestrooid, behalve bij ijzel. De "
        "gemeente werkt met een eigen ploeg van vijf chauffeurs en vijf strooiwagens, die in een roulerend "
        "piketrooster paraat staan. Een coördinator beslist op basis van de weerberichten en de metingen van de "
        "gladheidsmeldsystemen of er wordt uitgereden.")
para(a, "In de gesprekken gaven de chauffeurs aan dat de routes logisch zijn opgebouwd, maar dat de primaire ronde "
        "met ruim drie uur rijtijd te lang is om vóór de ochtendspits rond te komen. De coördinatoren wezen erop dat "
        "de weerdienst bij ijzel tweemaal te laat waarschuwde. Inwoners klaagden vooral over fietspaden, over de "
        "trappen bij het station en over het ontbreken van informatie over welke straten wel en niet worden gestrooid.")
head2(a, "Vergelijking met vergelijkbare gemeenten")
para(a, "Wij hebben de werkwijze vergeleken met vier gemeenten van vergelijkbare omvang in Overijssel en Gelderland. "
        "Drie van de vier nemen schoolroutes op in de eerste ronde, twee publiceren hun strooikaart en één werkt voor "
        "de woonwijken met een aannemer. Alle vier registreren hun strooiacties met gps.")
head2(a, "2 Conclusies")
table(a, [["Code", "Conclusie"],
          ["C1", "De gemeente moet op grond van haar zorgplicht als wegbeheerder (art. 6:174 BW) redelijke maatregelen "
                 "nemen tegen gladheid. De strooiroutes voldoen daaraan op hoofdlijnen."],
          ["C2", "Fietspaden langs scholen werden in januari twee keer pas na 8.30 uur gestrooid, na de "
                 "schoolspits."],
          ["C3", "In de evaluatie van 2021 stond al: 'De gemeente moet haar strooibeleid jaarlijks publiceren.' "
                 "Dat is sindsdien niet gebeurd."],
          ["C4", "De zoutloods aan de Industrieweg is te klein; in februari moest twee keer zout worden bijgekocht "
                 "tegen een hogere prijs."]], (16, 154))
head2(a, "3 Aanbevelingen")
para(a, "Op basis van deze conclusies doen wij de volgende aanbevelingen. De prioriteit geeft aan wat vóór het "
        "volgende seizoen geregeld zou moeten zijn (hoog) en wat later kan (midden).")
table(a, [["Code", "Aanbeveling", "Prioriteit"],
          ["G1", "Neem de fietsroutes naar de scholen op in de eerste strooironde, zodat ze vóór 7.30 uur "
                 "gestrooid zijn.", "hoog"],
          ["G2", "Publiceer vóór 1 november het strooibeleid met een kaart van de strooiroutes op de website en "
                 "in de huis-aan-huiskrant.", "hoog"],
          ["G3", "Breid de zoutopslag aan de Industrieweg uit tot ten minste 800 ton, zodat bijkopen in het "
                 "seizoen niet meer nodig is.", "hoog"],
          ["G4", "Stel zoutbakken beschikbaar bij steile hellingen en trappen, zodat bewoners zelf kunnen "
                 "strooien.", "midden"],
          ["G5", "Leg elke strooiactie vast met gps-gegevens van de wagens, zodat de gemeente zich bij claims "
                 "kan verantwoorden.", "hoog"],
          ["G6", "Schakel voor de woonwijken een aannemer in, zodat de eigen ploeg zich op de hoofdroutes kan "
                 "richten.", "midden"],
          ["G7", "Onderzoek samen met de buurgemeenten of één gezamenlijke weerdienst goedkoper en betrouwbaarder "
                 "is.", "midden"]], (16, 128, 26))
para(a, "Wij danken de medewerkers van BOR en de chauffeurs voor hun openheid tijdens de interviews.", "I")
a.output(B.out(NAME + "_advice.pdf"))

r = mk("Gemeente Haaksbergveen - managementreactie evaluatie gladheidsbestrijding")
r.set_font("S", "B", 14)
r.set_text_color(*BLUE)
r.cell(0, 8, "Gemeente Haaksbergveen", new_x="LMARGIN", new_y="NEXT")
r.set_font("S", "", 9)
r.set_text_color(60, 60, 60)
r.multi_cell(0, 5, "Memo - managementreactie\nAan: wethouder openbare ruimte, de heer P. Oosterink\nVan: "
                   "afdelingshoofd Beheer Openbare Ruimte, mevrouw D. Brinkhuis\nDatum: 16 juni 2026  |  "
                   "Kenmerk: BOR/2026/0457", new_x="LMARGIN", new_y="NEXT")
r.ln(3)
para(r, "Met deze memo geeft de afdeling haar reactie op het rapport van Bureau Wintervast. Wij herkennen ons "
        "grotendeels in de bevindingen van het bureau en geven hieronder per aanbeveling aan wat wij doen.")
table(r, [["Aanbeveling", "Reactie", "Planning"],
          ["G3", "Gedeeltelijk overgenomen. Een uitbreiding tot 800 ton past niet op het terrein. De loods wordt "
                 "uitgebreid tot 600 ton; daarnaast sluiten wij een leveringscontract met vaste prijs af.",
           "gereed oktober 2026"],
          ["G1 en G6", "De fietsroutes naar de scholen komen vanaf dit seizoen in de eerste strooironde. Een "
                       "aannemer voor de woonwijken nemen wij niet in de arm: de woonwijken strooien wij "
                       "alleen bij ijzel en dat blijft de eigen ploeg doen.", "november 2026"],
          ["G5", "Overgenomen. Alle vijf strooiwagens hebben sinds april een gps-kastje dat elke rit registreert.",
           "gereed"],
          ["G2", "Wij zijn het eens met het bureau: de kaart met de strooiroutes staat vóór 1 november op de "
                 "website en in Het Veens Nieuws.", "oktober 2026"],
          ["G7", "Dit leggen wij voor aan het regionale overleg van wegbeheerders in Twente; een besluit volgt "
                 "niet op korte termijn.", "n.t.b."]], (26, 110, 34))
head2(r, "Sneeuwruimen op het marktplein")
para(r, "Buiten de evaluatie om melden wij dat de weekmarkt bij sneeuw voortaan pas om 9.00 uur begint, zodat "
        "de ploeg het plein eerst vrij kan maken.")
para(r, "Wij stellen voor de gemeenteraad via een raadsinformatiebrief over deze reactie te informeren.")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Neem de fietsroutes naar de scholen op in de eerste", "komen vanaf dit seizoen in de eerste strooironde",
     "agrees"),
    (2, "Publiceer vóór 1 november het strooibeleid met een kaart", "Wij zijn het eens met het bureau", "agrees"),
    (3, "Breid de zoutopslag aan de Industrieweg uit tot ten minste", "De loods wordt uitgebreid tot 600 ton",
     "partly"),
    (4, "Stel zoutbakken beschikbaar bij steile hellingen en trappen", None, "unanswered"),
    (5, "Leg elke strooiactie vast met gps-gegevens van de wagens",
     "Alle vijf strooiwagens hebben sinds april een gps-kastje", "agrees"),
    (6, "Schakel voor de woonwijken een aannemer in, zodat de", "Een aannemer voor de woonwijken nemen wij niet",
     "disagrees"),
    (7, "Onderzoek samen met de buurgemeenten of één gezamenlijke weerdienst",
     "Dit leggen wij voor aan het regionale overleg", "noted"),
], [
    "Met deze memo geeft de afdeling haar reactie",
    "de weekmarkt bij sneeuw voortaan pas om 9.00 uur begint",
    "de gemeenteraad via een raadsinformatiebrief over deze reactie",
], "Advice: external evaluation of a Dutch municipality's gladheidsbestrijding (winter gritting); a season figures "
   "table, a conclusions table C1-C4 (zorgplicht art. 6:174 BW 'moet', the 2021 evaluation quoted with 'moet'), a "
   "'zou moeten' sentence; recommendations the ROWS G1-G7 of a table 'Code | Aanbeveling | Prioriteit' (expected "
   "1-7 = G1-G7). Response: memo (managementreactie) + table 'Aanbeveling | Reactie | Planning' citing codes, "
   "order G3, G1+G6, G5, G2, G7; row 'G1 en G6' = G1 agrees + G6 disagrees (no contractor); G3 partly (600 instead "
   "of 800 ton); G5 agrees (done); G2 agrees; G7 noted (regional overleg); G4 (zoutbakken) unanswered; the opening, "
   "'Sneeuwruimen op het marktplein' and the closing answer nothing.")
print("wrote", NAME)

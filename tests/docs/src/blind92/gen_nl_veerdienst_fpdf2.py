"""Round 92 (nl): the ADVIES of a provincial REIZIGERSADVIESRAAD for ferry services on the carrier's
concept-VERVOERPLAN 2027, answered by Gedeputeerde Staten as an ANNOTATED COPY of the advice (each advice quoted,
then 'Reactie GS').

Advice: Reizigersadviesraad Veerdiensten Zeeuwse Delta (2 p., fpdf2, sans, teal band, running head, 'blad n van m'):
'Bevindingen' as bullets with figures, then the seven recommendations in a TABLE Nr. / Advies / Toelichting; traps:
Wet personenvervoer 2000 'moet', the concession's article 12 'moet', the 2024 advice quoted, dates, fares.
Response: 'Reactie van Gedeputeerde Staten' (2 p., fpdf2), order 3, 6, 1+5, 7, 2; 4 unanswered. Everything is
invented; laws are cited loosely.

Run: /tmp/blind92nl/bin/python tests/docs/src/blind92/gen_nl_veerdienst_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b92nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind92_nl_veerdienst"
F = B.tmp_fonts()
TEAL = (20, 120, 125)


class Doc(FPDF):
    head = ""

    def header(self):
        self.set_fill_color(*TEAL)
        self.rect(0, 0, 8, 297, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(22, 9)
            self.cell(0, 4, self.head)
            self.set_draw_color(*TEAL)
            self.line(22, 14, 190, 14)
            self.set_text_color(0, 0, 0)
            self.set_y(19)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"blad {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4")
    d.head = head
    d.set_margins(22, 18, 20)
    d.set_auto_page_break(True, 20)
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.add_page()
    return d


def h(d, t, size=11):
    d.ln(2)
    d.set_font("S", "B", size)
    d.set_text_color(*TEAL)
    d.multi_cell(0, 6, t)
    d.set_text_color(0, 0, 0)
    d.ln(1)


def p(d, t, style="", indent=0):
    d.set_font("S", style, 9.5)
    d.set_x(d.l_margin + indent)
    d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.8)


def bullet(d, t):
    d.set_font("S", "", 9.5)
    d.set_x(d.l_margin + 2)
    d.cell(5, 5, "-")
    d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


RECS = [
    ("1", "Vaar in de zomerdienst op werkdagen tot 23.00 uur in plaats van tot 21.30 uur.",
     "Forenzen in de horeca en de zorg kunnen nu na hun dienst niet meer terug."),
    ("2", "Houd het tarief voor fietsers en voetgangers in 2027 gelijk aan het tarief van 2026.",
     "Het concept gaat uit van een stijging van 8 procent; fietsers zijn de grootste groep reizigers."),
    ("3", "Zorg dat bij elke afvaart actuele vertrekinformatie op de steigers en in de reisapp beschikbaar is.",
     "Bij vertraging door wind of mist horen reizigers dat nu vaak pas aan boord."),
    ("4", "Richt op de aanlegplaats Breskens-Noord een overdekte en verwarmde wachtruimte in.",
     "De huidige abri biedt ruimte aan acht personen."),
    ("5", "Maak het meenemen van rolstoelen, scootmobielen en kinderwagens kosteloos op alle verbindingen.",
     "Nu geldt een toeslag van EUR 2,10 voor scootmobielen."),
    ("6", "Voer een forensenabonnement in met ten minste 40 procent korting op de losse ritprijs.",
     "Vergelijkbare veerdiensten in het noorden kennen zo'n abonnement al."),
    ("7", "Onderzoek tijdig de inzet van een elektrisch veerschip bij de aanbesteding van 2029.",
     "Een nieuw schip heeft een levertijd van drie tot vier jaar."),
]


def advice():
    d = new("Reizigersadviesraad Veerdiensten Zeeuwse Delta - advies RAR-V 2026/02")
    d.set_font("S", "B", 8.5)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "Reizigersadviesraad Veerdiensten Zeeuwse Delta", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 8.5)
    d.multi_cell(0, 4.5, "Aan: Gedeputeerde Staten van Zeeland, t.a.v. de gedeputeerde Mobiliteit\n"
                 "Afschrift: Deltaveer B.V., directie\nDatum: 4 maart 2026    Kenmerk: RAR-V 2026/02",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("S", "B", 15)
    d.multi_cell(0, 7, "Advies over het concept-vervoerplan 2027 van de veerdiensten", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    h(d, "1. Aanleiding")
    p(d, "Deltaveer B.V. heeft op 2 februari 2026 het concept-vervoerplan 2027 voor de verbindingen Vlissingen - "
         "Breskens en Kruiningen - Perkpolder aan de reizigersadviesraad voorgelegd. Op grond van artikel 29 van "
         "de Wet personenvervoer 2000 moet de vervoerder de consumentenorganisaties om advies vragen over "
         "voorgenomen wijzigingen in het vervoeraanbod en de tarieven. Artikel 12 van de concessie bepaalt "
         "bovendien dat de vervoerder binnen zes weken moet laten weten wat hij met het advies doet.")
    p(d, "Omdat de provincie als concessieverlener over de tarieven beslist, richten wij dit advies aan uw "
         "college en sturen wij een afschrift aan Deltaveer.")
    h(d, "2. Bevindingen")
    bullet(d, "Het aantal reizigers op Vlissingen - Breskens steeg in 2025 met 6 procent tot 1,12 miljoen; 58 "
              "procent van hen reist met de fiets.")
    bullet(d, "Op werkdagen in de zomer vertrekt de laatste boot uit Breskens om 21.30 uur. Van de 412 reizigers "
              "die de enquête invulden, noemt een derde dit tijdstip te vroeg.")
    bullet(d, "Het concept verhoogt de tarieven per 1 januari 2027 gemiddeld met 8 procent, ruim boven de "
              "indexatie van 3,1 procent.")
    bullet(d, "De punctualiteit was in 2025 met 94 procent goed, maar de informatie bij vertraging schiet tekort.")
    p(d, "In ons advies over 2025 schreven wij al: 'Reizigers moeten bij iedere verstoring binnen vijf minuten "
         "weten waar zij aan toe zijn.' Deltaveer heeft toen toegezegd dit te verbeteren, maar de klachten zijn "
         "sindsdien niet afgenomen.", "I")
    h(d, "3. Advies")
    p(d, "De reizigersadviesraad adviseert positief over het concept-vervoerplan 2027, met de volgende "
         "aanbevelingen:")
    d.set_font("S", "", 9)
    with d.table(col_widths=(10, 80, 70), line_height=4.8, text_align=("CENTER", "LEFT", "LEFT"),
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                 borders_layout="HORIZONTAL_LINES") as t:
        r = t.row()
        for c in ("Nr.", "Advies", "Toelichting"):
            r.cell(c)
        for n, a, why in RECS:
            r = t.row()
            r.cell(n)
            r.cell(a)
            r.cell(why)
    d.ln(3)
    h(d, "4. Tot slot")
    p(d, "Wij vragen u ons uiterlijk 15 april 2026 te laten weten wat u met dit advies doet, zoals de concessie "
         "voorschrijft. Voor een toelichting zijn wij graag beschikbaar.")
    p(d, "Met vriendelijke groet,\nReizigersadviesraad Veerdiensten Zeeuwse Delta\n\nC.J. de Hullu-Verburg, "
         "voorzitter")
    d.output(B.out(NAME + "_advice.pdf"))


def quote(d, label, text):
    d.set_font("S", "B", 9.5)
    d.set_text_color(*TEAL)
    d.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    p(d, text, "I", indent=6)


def answer(d, text):
    d.set_font("S", "B", 9.5)
    d.cell(0, 5, "Reactie GS:", new_x="LMARGIN", new_y="NEXT")
    p(d, text)
    d.ln(1)


def response():
    d = new("Provincie Zeeland - reactie op advies RAR-V 2026/02")
    d.set_font("S", "B", 8.5)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "Provincie Zeeland  |  Gedeputeerde Staten", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("S", "", 8.5)
    d.multi_cell(0, 4.5, "Datum: 9 april 2026    Ons kenmerk: 26.0418-MOB\nBijlage bij de brief aan de "
                 "Reizigersadviesraad Veerdiensten Zeeuwse Delta", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("S", "B", 14)
    d.multi_cell(0, 7, "Reactie van Gedeputeerde Staten op het advies over het vervoerplan 2027",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    p(d, "In deze bijlage zijn de adviezen van de reizigersadviesraad letterlijk overgenomen. Onder elk advies "
         "staat de reactie van ons college, afgestemd met Deltaveer B.V. Wij bespreken eerst de adviezen die "
         "de reisinformatie en de tarieven betreffen.")
    quote(d, "Advies 3", RECS[2][1])
    answer(d, "Deltaveer heeft per 1 april 2026 op beide steigers nieuwe digitale borden in gebruik genomen die "
              "met de vaarplanning zijn gekoppeld; de reisapp toont dezelfde informatie. Het advies is daarmee "
              "uitgevoerd.")
    quote(d, "Advies 6", RECS[5][1])
    answer(d, "Wij begrijpen de wens, maar een abonnement met zo'n korting leidt tot een tekort van naar schatting "
              "EUR 640.000 per jaar dat binnen de concessie niet kan worden gedekt. Wij zien daarom geen "
              "mogelijkheid dit advies over te nemen.")
    quote(d, "Advies 1 en 5", RECS[0][1] + "\n" + RECS[4][1])
    answer(d, "Een dienstregeling tot 23.00 uur op alle werkdagen vraagt een extra bemanning. Wel vaart de laatste "
              "boot in juli en augustus op vrijdag en zaterdag voortaan om 22.45 uur. Het meenemen van rolstoelen, "
              "scootmobielen en kinderwagens is vanaf 1 januari 2027 op beide verbindingen gratis; de toeslag "
              "vervalt in het tarievenbesluit.")
    quote(d, "Advies 7", RECS[6][1])
    answer(d, "Wij nemen dit advies ter kennisgeving aan. De uitgangspunten voor de aanbesteding van 2029 worden "
              "in 2027 aan Provinciale Staten voorgelegd; de keuze voor het type schip maakt daar deel van uit.")
    quote(d, "Advies 2", RECS[1][1])
    answer(d, "Een bevriezing van het tarief is niet mogelijk, maar ons college heeft besloten de verhoging voor "
              "fietsers en voetgangers te beperken tot de indexatie van 3,1 procent. Voor auto's blijft de "
              "voorgestelde verhoging staan.")
    d.set_font("S", "B", 10)
    d.cell(0, 6, "Overige punten", new_x="LMARGIN", new_y="NEXT")
    p(d, "De reizigersadviesraad vroeg in de vergadering ook naar de werkzaamheden aan de veerhaven van "
         "Perkpolder. Die starten in september 2026 en duren naar verwachting elf weken; tijdens de werkzaamheden "
         "vaart een vervangend schip vanaf de tijdelijke steiger.")
    p(d, "Wij danken de reizigersadviesraad voor de constructieve samenwerking en zien het advies over het "
         "vervoerplan 2028 met belangstelling tegemoet.")
    p(d, "Gedeputeerde Staten van Zeeland,\nmr. drs. L.M. Poortvliet, gedeputeerde Mobiliteit")
    d.output(B.out(NAME + "_response.pdf"))


advice()
response()
B.write_expected(NAME, [
    (1, "Vaar in de zomerdienst op werkdagen tot 23.00 uur", "in juli en augustus op vrijdag en zaterdag voortaan",
     "partly"),
    (2, "Houd het tarief voor fietsers en voetgangers in 2027 gelijk", "de verhoging voor fietsers en voetgangers "
     "te beperken tot", "partly"),
    (3, "Zorg dat bij elke afvaart actuele vertrekinformatie op de steigers", "Het advies is daarmee uitgevoerd",
     "agrees"),
    (4, "Richt op de aanlegplaats Breskens-Noord een overdekte en verwarmde wachtruimte", None, "unanswered"),
    (5, "Maak het meenemen van rolstoelen, scootmobielen en kinderwagens kosteloos", "is vanaf 1 januari 2027 op "
     "beide verbindingen gratis", "agrees"),
    (6, "Voer een forensenabonnement in met ten minste 40 procent korting", "Wij zien daarom geen mogelijkheid dit "
     "advies over te nemen", "disagrees"),
    (7, "Onderzoek tijdig de inzet van een elektrisch veerschip bij", "Wij nemen dit advies ter kennisgeving aan",
     "noted"),
], ["In deze bijlage zijn de adviezen van de reizigersadviesraad letterlijk",
    "Die starten in september 2026 en duren naar verwachting",
    "Wij danken de reizigersadviesraad voor de constructieve samenwerking"],
    "Advice: passengers' advisory council advice on a ferry transport plan; 'Bevindingen' bullets with figures and "
    "the seven recommendations in a TABLE Nr. / Advies / Toelichting; traps: Wet personenvervoer 2000 art. 29 and "
    "concession art. 12 'moet', the 2024 advice quoted with 'moeten', a positive overall advice sentence, fares. "
    "Response: annotated copy by Gedeputeerde Staten, each advice quoted in italics under 'Advies N' then "
    "'Reactie GS:', order 3, 6, '1 en 5', 7, 2; 'Advies 1 en 5' = 1 partly (22.45 on Fridays and Saturdays in "
    "summer only) + 5 agrees (free from 2027); 3 agrees (done); 6 disagrees; 7 noted ('ter kennisgeving'); 2 partly "
    "(rise limited to indexation); 4 unanswered; the introduction, 'Overige punten' (Perkpolder works) and the "
    "thanks answer nothing.")

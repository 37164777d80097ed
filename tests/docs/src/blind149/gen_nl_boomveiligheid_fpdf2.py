"""Round 149 (nl): the (Flemish) BOOMVEILIGHEIDSRAPPORT (VTA inspection) of an (invented) consultant arborist on a
city park and an avenue; its seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT ('Wij adviseren om ...',
'Het is aangewezen om ...', 'Ten slotte raden wij aan om ...') inside the paragraphs of '5. Advies', among
observations; answered by an EXTRACT FROM THE MINUTES of the college van burgemeester en schepenen (a decision with
'Motivering' and 'Besluit' with numbered ARTICLES), in another order, one article answering two with different
verdicts.

Advice (fpdf2, sans, dark-green letterhead rule and headings, metadata lines, a ruled table of trees, running head,
'blz. n van m'): the municipal tree regulation paraphrased with 'moet' (trap), the 2024 inspection's advice quoted as
an imperative ('Snoei het dood hout ...', carried out, trap), a ruled table of trees with risk classes A-C, 'Wij
adviseren niet om de volledige Kasteeldreef in één keer te kappen en opnieuw aan te planten' (trap), a closing
naming 'het eerste advies' (trap); expected numbers 1-7 in reading order. Response (fpdf2, 'blz. n'): Artikel 1 takes
note of the report (nothing), Artikel 2 = 1 agrees (seven trees felled or reduced before 15 December), Artikel 3 = 4
agrees (a tree pit of ten metres fenced off), Artikel 4 ONE article = 2 partly (pulling tests only for the eight worst
chestnuts) + 3 disagrees (the three-year cycle kept), Artikel 5 = 6 disagrees (no preventive closure at every storm;
the mayor decides case by case), Artikel 6 = 7 noted (replanting for the council's groenplan), Artikel 7 answers the
'we do not advise' sentence (unmatched); 5 (a digital tree register) unanswered. All bodies, places, people, figures
and reference numbers invented; the tree regulation named as context only.

Run: /tmp/blind149nl/bin/python tests/docs/src/blind149/gen_nl_boomveiligheid_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b149nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind149_nl_boomveiligheid"
FS = B.tmp_fonts()
INK = (46, 88, 40)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    of_m = False

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head)
            self.set_draw_color(*INK)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 5, self.w - self.r_margin, self.get_y() + 5)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        t = f"blz. {self.page_no()} van {{nb}}" if self.of_m else f"blz. {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 11, 3, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    pdf.of_m = of_m
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(21, 16, 21)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.4, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, lh=LH):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 28:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def letterhead(pdf, who, addr, title, sub):
    para(pdf, who, size=12.5, style="B", color=INK, align="L", gap=0.5)
    para(pdf, addr, size=8, color=GREY, align="L", gap=1.5)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    para(pdf, title, size=14, style="B", align="L", gap=0.8, lh=6.6)
    para(pdf, sub, size=8.3, color=GREY, align="L", gap=3)


def meta(pdf, rows):
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("S", "B", 8.6)
        pdf.set_text_color(*INK)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(34, 4.6, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 8.6)
        pdf.set_xy(pdf.l_margin + 34, y)
        pdf.multi_cell(width(pdf) - 34, 4.6, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def quote(pdf, text):
    para(pdf, text, style="I", color=(70, 70, 70), indent=10, gap=2.2)


def ruled(pdf, head, rows, widths):
    pdf.set_font("S", "", 8.4)
    pdf.set_draw_color(150, 180, 150)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, padding=1.4,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK),
                   first_row_as_headings=True, borders_layout="HORIZONTAL_LINES") as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def article(pdf, n, text):
    y = pdf.get_y()
    pdf.set_font("S", "B", 9.4)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(22, LH, f"Artikel {n}")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 9.4)
    pdf.set_xy(pdf.l_margin + 22, y)
    pdf.multi_cell(width(pdf) - 22, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


R1 = ("Wij adviseren om de zeven bomen met risicoklasse A vóór 15 december 2027 te vellen of tot een veilige "
      "hoogte in te korten, te beginnen met de rode beuk B-112 naast het wandelpad.")
R2 = ("Voor de 23 paardenkastanjes langs de dreef met kastanjebloedingsziekte raden wij aan om binnen twee jaar bij "
      "elke boom een trekproef of een boorweerstandsmeting te laten uitvoeren.")
R3 = ("Gezien de leeftijd van het bomenbestand adviseren wij de stad om de visuele controle voortaan elk jaar te "
      "laten uitvoeren in plaats van om de drie jaar.")
R4 = ("Het is aangewezen om rond de monumentale zomereik bij de speeltuin een boomspiegel van minstens tien meter "
      "af te bakenen en daar niet langer te laten maaien of parkeren.")
R5 = ("Wij adviseren ook om een digitaal bomenregister aan te leggen waarin elke controle en elke ingreep per boom "
      "wordt bijgehouden, gekoppeld aan de boomnummers op de plaketjes.")
R6 = ("Ten slotte raden wij aan om het stadspark bij een weerwaarschuwing code oranje voor wind preventief te "
      "sluiten en daarvoor een vaste procedure met de politiezone af te spreken.")
R7 = ("Daarnaast adviseren wij de stad om voor elke gevelde boom in het park een nieuwe boom terug te planten, en "
      "daarbij te kiezen voor een andere soort dan de gevelde.")


def advice():
    pdf = new("Arbor Consult Vanhecke - boomveiligheidsrapport Stadspark en Kasteeldreef - AC-2027-0317",
              "Boomveiligheidsrapport Stadspark en Kasteeldreef", "Arbor Consult Vanhecke", of_m=True)
    letterhead(pdf, "Arbor Consult Vanhecke bv",
               "boomverzorging en boomexpertise - Molenstraat 27, 8970 Wervelgem - info@arborvanhecke.example",
               "Boomveiligheidsrapport Stadspark en Kasteeldreef",
               "visuele boomcontrole (VTA) in opdracht van de stad Zoutemerbeke, dienst Groen en Natuur")
    meta(pdf, [("Opdrachtgever", "stad Zoutemerbeke, dienst Groen en Natuur, t.a.v. mevrouw E. Declercq"),
               ("Uitgevoerd door", "ing. B. Vanhecke, European Tree Technician, en W. Maes"),
               ("Kenmerk", "AC-2027-0317"),
               ("Datum", "4 oktober 2027")])
    h2(pdf, "1. Opdracht")
    para(pdf, "De stad Zoutemerbeke vroeg ons om alle bomen in het Stadspark en langs de Kasteeldreef te "
              "controleren op hun veiligheid. Als beheerder moet de stad ervoor zorgen dat haar bomen geen "
              "onredelijk gevaar opleveren voor bezoekers en weggebruikers. Volgens het gemeentelijk "
              "bomenreglement moet voor het vellen van een boom met een stamomtrek van meer dan één meter bovendien "
              "een omgevingsvergunning worden aangevraagd, behalve bij acuut gevaar.")
    h2(pdf, "2. Werkwijze")
    para(pdf, "Tussen 6 en 17 september 2027 controleerden wij 642 bomen volgens de VTA-methode (Visual Tree "
              "Assessment). Bij twijfel gebruikten wij een sonderingshamer. Elke boom kreeg een risicoklasse: A "
              "(dringend ingrijpen), B (ingrijpen binnen een jaar) of C (opvolgen bij de volgende controle). Bij de "
              "vorige controle in 2024 luidde het belangrijkste advies:")
    quote(pdf, "'Snoei het dood hout boven de wandelpaden en de speeltuin uit alle bomen van het Stadspark.'")
    para(pdf, "Dat advies is in de winter van 2024-2025 volledig uitgevoerd.")
    h2(pdf, "3. Resultaten")
    para(pdf, "Van de 642 bomen zijn er 604 in goede staat. De tabel geeft de bomen met een risicoklasse A en de "
              "groepen bomen met klasse B.")
    ruled(pdf, ["Boom(en)", "Soort", "Plaats", "Gebrek", "Klasse"],
          [["B-112", "rode beuk", "wandelpad oost", "reuzenzwam aan de stamvoet", "A"],
           ["B-087, B-091", "gewone es", "vijver", "essentaksterfte, dode kroon", "A"],
           ["B-203 tot B-206", "populier", "parking", "holte en scheur in de stam", "A"],
           ["D-001 tot D-046", "paardenkastanje (23)", "Kasteeldreef", "kastanjebloedingsziekte", "B"],
           ["B-150", "zomereik", "speeltuin", "bodemverdichting, kale wortels", "B"]],
          (24, 32, 30, 64, 16))
    h2(pdf, "4. Bespreking")
    para(pdf, "Het bomenbestand is oud: meer dan de helft van de bomen is ouder dan tachtig jaar. De paardenkastanjes "
              "in de dreef zijn aangetast door kastanjebloedingsziekte, die het hout zwakker maakt zonder dat dat "
              "van buiten altijd te zien is. De monumentale zomereik bij de speeltuin is gezond, maar de bodem rond "
              "de stam is sterk verdicht doordat er bij evenementen auto's en tenten staan.")
    h2(pdf, "5. Advies")
    para(pdf, "De bomen met risicoklasse A vormen een direct gevaar voor bezoekers. " + R1 + " Omdat het om acuut "
              "gevaar gaat, kan dat volgens ons zonder omgevingsvergunning.")
    para(pdf, "In de Kasteeldreef is de toestand minder duidelijk. " + R2 + " Zo kan de stad per boom onderbouwd "
              "beslissen of hij blijft staan. Wij adviseren niet om de volledige Kasteeldreef in één keer te kappen "
              "en opnieuw aan te planten: het merendeel van de kastanjes is nog stabiel, en de dreef is beeldbepalend "
              "voor het park. " + R3)
    para(pdf, "Rond de speeltuin vraagt de zomereik bijzondere zorg. " + R4 + " Een laag houtsnippers helpt de bodem "
              "te herstellen.")
    para(pdf, "Wij merken dat de gegevens van vroegere controles verspreid zitten over tabellen en mappen. " + R5)
    para(pdf, R6 + " Het park trekt ook bij slecht weer wandelaars, en bij storm kunnen ook gezonde bomen takken "
              "verliezen. " + R7 + " Zo wordt het park minder gevoelig voor ziekten die één soort treffen.")
    h2(pdf, "6. Tot slot")
    para(pdf, "Het Stadspark en de Kasteeldreef zijn waardevol groen met een oud bomenbestand. Het eerste advies is "
              "dringend; de andere kunnen in de komende jaren worden uitgevoerd. Wij staan ter beschikking voor een "
              "toelichting aan het college.")
    para(pdf, "Arbor Consult Vanhecke bv - ing. B. Vanhecke, zaakvoerder", size=8, color=GREY, align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Stad Zoutemerbeke - uittreksel notulen college van burgemeester en schepenen - 2027_CBS_01944",
              "Uittreksel uit de notulen: boomveiligheidsrapport", "Stad Zoutemerbeke")
    letterhead(pdf, "Stad Zoutemerbeke", "Grote Markt 1, 8980 Zoutemerbeke - college van burgemeester en schepenen",
               "Uittreksel uit de notulen van het college van burgemeester en schepenen",
               "zitting van 6 november 2027 - besluitnummer 2027_CBS_01944")
    meta(pdf, [("Onderwerp", "Groen en Natuur - boomveiligheidsrapport Stadspark en Kasteeldreef - kennisname en "
                             "gevolg"),
               ("Aanwezig", "G. Vervaecke, burgemeester-voorzitter; A. Coppens, K. Lambrecht, J. Desmet, "
                            "schepenen; M. Callens, algemeen directeur")])
    h2(pdf, "Feiten en context")
    para(pdf, "De dienst Groen en Natuur gaf Arbor Consult Vanhecke bv de opdracht om de bomen van het Stadspark en "
              "de Kasteeldreef te controleren. Het rapport van 4 oktober 2027 werd op 21 oktober toegelicht aan de "
              "schepen van Groen.")
    h2(pdf, "Motivering")
    para(pdf, "De veiligheid van de parkbezoekers gaat voor. Tegelijk wil het college het karakter van het park en "
              "de dreef bewaren en houdt het rekening met het budget van de dienst Groen en Natuur voor 2028, dat "
              "195.000 euro bedraagt.")
    h2(pdf, "Besluit")
    article(pdf, 1, "Het college neemt kennis van het boomveiligheidsrapport van Arbor Consult Vanhecke bv van 4 "
                    "oktober 2027.")
    article(pdf, 2, "De dienst Groen en Natuur laat de zeven bomen met risicoklasse A vóór 15 december 2027 vellen "
                    "of inkorten. Gelet op het acute gevaar is hiervoor geen omgevingsvergunning nodig; de "
                    "omwonenden worden vooraf per brief verwittigd.")
    article(pdf, 3, "Rond de zomereik bij de speeltuin wordt een zone met een straal van tien meter afgesloten met "
                    "een laag hekwerk en afgedekt met houtsnippers. Op evenementen wordt daar niet meer geparkeerd.")
    article(pdf, 4, "Bij de acht zwaarst aangetaste kastanjes van de Kasteeldreef wordt deze winter een trekproef "
                    "uitgevoerd; de overige kastanjes blijven onder visuele opvolging. De visuele controle van het "
                    "hele bomenbestand blijft om de drie jaar plaatsvinden, zoals vastgelegd in het beheerplan.")
    article(pdf, 5, "Het college kiest er niet voor het park bij elke windwaarschuwing preventief te sluiten. Bij "
                    "zware storm beslist de burgemeester geval per geval, op advies van de dienst Groen en Natuur.")
    article(pdf, 6, "Het voorstel over heraanplant met andere soorten wordt overgemaakt aan de gemeenteraad, die in "
                    "2028 het nieuwe groenplan vaststelt. Het college neemt hierover nu geen standpunt in.")
    article(pdf, 7, "Zoals de deskundige aanraadt, wordt de Kasteeldreef niet in één keer vernieuwd.")
    para(pdf, "Voor eensluidend uittreksel, Zoutemerbeke, 7 november 2027", size=8.3, color=GREY, align="L", gap=1)
    para(pdf, "M. Callens, algemeen directeur - G. Vervaecke, burgemeester", size=8.3, color=GREY, align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Wij adviseren om de zeven bomen met risicoklasse A vóór",
         "de omwonenden worden vooraf per brief verwittigd", "agrees"),
        ("2", "Voor de 23 paardenkastanjes langs de dreef met kastanjebloedingsziekte raden",
         "Bij de acht zwaarst aangetaste kastanjes van de Kasteeldreef", "partly"),
        ("3", "Gezien de leeftijd van het bomenbestand adviseren wij de stad",
         "blijft om de drie jaar plaatsvinden", "disagrees"),
        ("4", "Het is aangewezen om rond de monumentale zomereik bij de speeltuin",
         "afgesloten met een laag hekwerk en afgedekt met houtsnippers", "agrees"),
        ("5", "Wij adviseren ook om een digitaal bomenregister aan te leggen", None, "unanswered"),
        ("6", "Ten slotte raden wij aan om het stadspark bij een weerwaarschuwing",
         "Het college kiest er niet voor het park", "disagrees"),
        ("7", "Daarnaast adviseren wij de stad om voor elke gevelde boom",
         "Het college neemt hierover nu geen standpunt in", "noted"),
    ], ["wordt de Kasteeldreef niet in één keer vernieuwd"],
        "Advice: the (Flemish) BOOMVEILIGHEIDSRAPPORT (VTA inspection) of a consultant arborist on a city park and "
        "an avenue; the seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT inside the paragraphs of '5. "
        "Advies' ('Wij adviseren om ...', 'Voor de 23 paardenkastanjes ... raden wij aan om ...', 'Het is "
        "aangewezen om ...', 'Ten slotte raden wij aan om ...'), expected numbers 1-7 in reading order. Traps: the "
        "duty of care and the tree regulation paraphrased with 'moet', the 2024 inspection's advice quoted as an "
        "imperative (carried out), a ruled table of trees with risk classes, 'Wij adviseren niet om de volledige "
        "Kasteeldreef in één keer te kappen en opnieuw aan te planten' in the same paragraph as recommendations 2 "
        "and 3, a closing naming 'Het eerste advies'. Response: an EXTRACT FROM THE MINUTES of the college van "
        "burgemeester en schepenen with 'Besluit' ARTICLES: 1 takes note of the report (nothing), 2 = 1 agrees, 3 "
        "= 4 agrees, 4 ONE article = 2 partly (pulling tests for the eight worst chestnuts only) + 3 disagrees "
        "(three-year cycle kept), 5 = 6 disagrees (the mayor decides case by case), 6 = 7 noted (forwarded to the "
        "council's groenplan, no position), 7 answers the 'we do not advise' sentence (unmatched). 5 (digital tree "
        "register) is never answered.")
    print("written", NAME)

"""Round 150 (nl): the PARKEERONDERZOEK of an (invented) traffic consultancy on a town centre; its seven
recommendations are UNNUMBERED PARAGRAPHS WITH BOLD LEAD-INS (the bold words open the imperative sentence itself,
'**Breid het betaald parkeren** uit naar ...') under '6 Advies', after findings paragraphs in exactly the same
bold-lead-in style under '4 Bevindingen'; answered by the college's RAADSVOORSTEL with a ruled TABLE 'Onderwerp uit
het onderzoek | Standpunt college' that PARAPHRASES BY THEME in another order, one row answering two recommendations
with different verdicts, one row answering the 'we do not advise' sentence, and numbered 'Beslispunten' that answer
nothing.

Advice (fpdf2, sans, dark-slate letterhead rule and headings, metadata lines, a ruled occupancy table, running head,
'blad n van m'): the 2019 parking vision quoted with 'moeten' (trap), the bold-lead-in findings (trap), 'Wij
adviseren uitdrukkelijk niet om de parkeerplaatsen aan de Havenkade op te heffen' (trap), a closing naming 'de eerste
twee adviezen' (trap); expected numbers 1-7 in reading order. Response (fpdf2, 'blad n'): rows 'Kort parkeren en
garage' = 3 agrees (twenty free minutes) + 2 disagrees (garage tariff stays 3,20), 'Schoolbuurt en Molenwijk' = 1
partly (Schoolbuurt from 1 April 2028, Molenwijk only after a residents' poll), 'Herhaalmeting' = 6 agrees,
'Parkeernormen' = 5 partly (1,0 instead of 0,8), 'Stationsstalling' = 4 noted (a matter for ProRail and the
province, passed on), 'Havenkade' answers the 'we do not advise' sentence (unmatched); 7 (permits for business
vehicles) unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind150nl/bin/python tests/docs/src/blind150/gen_nl_parkeeronderzoek_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b150nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind150_nl_parkeeronderzoek"
FS = B.tmp_fonts()
INK = (44, 62, 80)
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
        t = f"blad {self.page_no()} van {{nb}}" if self.of_m else f"blad {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 11, 20, tzinfo=datetime.timezone.utc))
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


def para(pdf, text, size=9.4, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, lh=LH, md=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def lead(pdf, bold, rest):
    para(pdf, f"**{bold}** {rest}", md=True)


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


def ruled(pdf, head, rows, widths, size=8.4):
    pdf.set_font("S", "", size)
    pdf.set_draw_color(150, 160, 175)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, padding=1.4,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK),
                   first_row_as_headings=True, borders_layout="HORIZONTAL_LINES") as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def advice():
    pdf = new("Verkeersadviesbureau Rijnstroom - parkeeronderzoek binnenstad Haverveld 2027 - RS-P-27-031",
              "Parkeeronderzoek binnenstad Haverveld 2027", "Verkeersadviesbureau Rijnstroom", of_m=True)
    letterhead(pdf, "Verkeersadviesbureau Rijnstroom",
               "mobiliteit, parkeren en verkeersveiligheid - Kanaalweg 45, 3981 TV Lekkum - post@rijnstroom.example",
               "Parkeeronderzoek binnenstad Haverveld 2027",
               "bezettings- en parkeerduuronderzoek in opdracht van de gemeente Haverveld, team Mobiliteit")
    meta(pdf, [("Opdrachtgever", "gemeente Haverveld, team Mobiliteit, t.a.v. de heer P. Oudshoorn"),
               ("Uitvoering", "ir. N. Bakkum en T. Rozendaal MSc"),
               ("Kenmerk", "RS-P-27-031"),
               ("Datum", "27 september 2027")])
    h2(pdf, "1 Aanleiding")
    para(pdf, "Ondernemers en bewoners van de binnenstad van Haverveld klagen al enkele jaren over zoekverkeer en "
              "volle straten, terwijl parkeergarage De Lakenhal vaak half leeg staat. De gemeente wil het "
              "parkeerbeleid herzien en vroeg ons eerst te meten hoe de parkeerruimte nu wordt gebruikt.")
    h2(pdf, "2 Beleidskader")
    para(pdf, "In de Parkeervisie Haverveld 2019 staat als uitgangspunt:")
    quote(pdf, "'Bezoekers moeten zoveel mogelijk in de garages parkeren, zodat de straten in de binnenstad "
               "beschikbaar blijven voor bewoners en laden en lossen.'")
    para(pdf, "Dat uitgangspunt is nog steeds van kracht. De parkeernormen voor nieuwbouw liggen vast in de Nota "
              "parkeernormen 2021; voor een appartement in de binnenstad geldt nu 1,4 parkeerplaats.")
    h2(pdf, "3 Werkwijze")
    para(pdf, "Wij telden op donderdag 8 en zaterdag 10 juli 2027 en op dinsdag 14 september 2027 elk uur tussen "
              "9.00 en 23.00 uur alle geparkeerde auto's in vijf deelgebieden en registreerden een deel van de "
              "kentekens om de parkeerduur te bepalen.")
    ruled(pdf, ["Deelgebied", "Plaatsen", "Bezetting overdag", "Bezetting 's avonds", "Regime nu"],
          [["Kernwinkelgebied / Marktplein", "310", "94%", "58%", "betaald, 2,80 euro per uur"],
           ["Stationsbuurt", "420", "81%", "72%", "blauwe zone"],
           ["Schoolbuurt", "260", "77%", "93%", "vrij parkeren"],
           ["Molenwijk", "380", "64%", "91%", "vrij parkeren"],
           ["Garage De Lakenhal", "540", "46%", "21%", "3,20 euro per uur"]],
          (46, 20, 28, 30, 44))
    h2(pdf, "4 Bevindingen")
    lead(pdf, "Het Marktplein staat overdag vol,", "terwijl de gemiddelde parkeerduur er maar 34 minuten is; veel "
              "bezoekers doen een snelle boodschap en rijden rondjes tot er een plek vrijkomt.")
    lead(pdf, "De garage wordt slecht benut.", "Bezoekers vinden het uurtarief van 3,20 euro hoog vergeleken met de "
              "straat, en de bewegwijzering vanaf de Rondweg is onduidelijk.")
    lead(pdf, "In de Schoolbuurt en de Molenwijk is het 's avonds vol", "door bewoners van de binnenstad en forenzen "
              "die er gratis parkeren en met de trein verder reizen.")
    lead(pdf, "De fietsenstalling bij het station is overvol:", "op de telavonden stonden er 180 fietsen buiten de "
              "rekken, deels op de looproute naar het perron.")
    h2(pdf, "5 Afweging")
    para(pdf, "Omdat het uitgangspunt van de Parkeervisie nog steeds geldt, zoeken wij de oplossing in een betere "
              "spreiding over straat en garage, niet in extra parkeerplaatsen. Wij adviseren uitdrukkelijk niet om "
              "de parkeerplaatsen aan de Havenkade op te heffen, zoals in de raad is voorgesteld: zonder die 85 "
              "plaatsen loopt de druk in de Stationsbuurt verder op.")
    h2(pdf, "6 Advies")
    lead(pdf, "Breid het betaald parkeren", "uit naar de Schoolbuurt en de Molenwijk, met vergunningen voor de "
              "bewoners, omdat de bezetting daar 's avonds boven de 90 procent ligt.")
    lead(pdf, "Verlaag het uurtarief in parkeergarage De Lakenhal", "van 3,20 euro naar 2,40 euro, zodat het voor "
              "bezoekers aantrekkelijker wordt om direct de garage in te rijden.")
    lead(pdf, "Maak de eerste twintig minuten op het Marktplein gratis,", "met een knop voor kort parkeren op de "
              "automaten, zodat snelle boodschappen geen zoekverkeer meer geven.")
    lead(pdf, "Laat bij het station een bewaakte fietsenstalling voor 600 fietsen bouwen", "aan de westkant van "
              "het stationsplein, waar nu de kiss-and-ride ligt.")
    lead(pdf, "Verlaag in de Nota parkeernormen de norm voor appartementen", "in de binnenstad van 1,4 naar 0,8 "
              "parkeerplaats per woning, mits de ontwikkelaar deelauto's aanbiedt.")
    lead(pdf, "Herhaal dit onderzoek een jaar na de invoering van de maatregelen,", "op dezelfde dagen van de week "
              "en dezelfde tijdstippen, zodat het effect zichtbaar wordt.")
    lead(pdf, "Geef ondernemers in de binnenstad de mogelijkheid", "een vergunning voor één bedrijfsauto per "
              "vestiging te kopen tegen het tarief van een bewonersvergunning.")
    h2(pdf, "7 Tot slot")
    para(pdf, "De eerste twee adviezen hangen samen: wie de garage goedkoper maakt, moet ook voorkomen dat "
              "forenzen uitwijken naar de woonwijken. Wij presenteren de resultaten graag aan de raad.")
    para(pdf, "Verkeersadviesbureau Rijnstroom - ir. N. Bakkum, projectleider", size=8, color=GREY, align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Haverveld - raadsvoorstel parkeerbeleid binnenstad - RV-2027-118",
              "Raadsvoorstel parkeerbeleid binnenstad", "Gemeente Haverveld")
    letterhead(pdf, "Gemeente Haverveld", "Stadhuisplein 1, 3990 AA Haverveld - college van burgemeester en "
               "wethouders", "Raadsvoorstel: parkeerbeleid binnenstad na het parkeeronderzoek 2027",
               "raadsvergadering van 17 december 2027 - voorstelnummer RV-2027-118")
    meta(pdf, [("Portefeuillehouder", "wethouder M. Dekker-Yilmaz (Mobiliteit)"),
               ("Behandeling", "commissie Ruimte op 2 december 2027"),
               ("Bijlage", "Parkeeronderzoek binnenstad Haverveld 2027, RS-P-27-031")])
    h2(pdf, "Samenvatting")
    para(pdf, "Verkeersadviesbureau Rijnstroom heeft in 2027 de parkeerdruk in de binnenstad gemeten en zeven "
              "maatregelen voorgesteld. In dit voorstel leest u hoe het college met het onderzoek omgaat. Waar "
              "een besluit van de raad nodig is, staat dat bij de beslispunten.")
    h2(pdf, "Beslispunten")
    para(pdf, "1.  De Parkeerverordening Haverveld 2028 vast te stellen, met een vergunninggebied Schoolbuurt.\n"
              "2.  Een krediet van 145.000 euro beschikbaar te stellen voor nieuwe parkeerautomaten en bebording.\n"
              "3.  De Nota parkeernormen 2021 te wijzigen zoals in de tabel hieronder is aangegeven.\n"
              "4.  Kennis te nemen van het parkeeronderzoek en van het standpunt van het college.", align="L")
    h2(pdf, "Standpunt van het college")
    ruled(pdf, ["Onderwerp uit het onderzoek", "Standpunt college"],
          [["Kort parkeren en garage",
            "Op het Marktplein komt een kort-parkeerknop: de eerste twintig minuten zijn vanaf 1 april 2028 "
            "gratis. Het garagetarief verlagen wij niet: dat zou de exploitatie van De Lakenhal jaarlijks circa "
            "190.000 euro kosten en het tarief van 3,20 euro blijft dus gehandhaafd. Wel verbeteren wij de "
            "verwijzing vanaf de Rondweg."],
           ["Schoolbuurt en Molenwijk",
            "In de Schoolbuurt voeren wij per 1 april 2028 betaald parkeren met bewonersvergunningen in "
            "(beslispunt 1). In de Molenwijk gebeurt dat alleen als een meerderheid van de bewoners daarvoor kiest "
            "in een peiling in het voorjaar van 2028."],
           ["Parkeernormen nieuwbouw",
            "Wij stellen de raad voor de norm voor binnenstedelijke appartementen te verlagen tot 1,0 per woning, "
            "niet verder; met deelauto's is een extra korting van 0,1 mogelijk (beslispunt 3)."],
           ["Stationsstalling",
            "Een bewaakte stalling is een zaak van ProRail en de provincie. Wij hebben het advies aan hen "
            "doorgestuurd en nemen het mee in het overleg over de stationsomgeving."],
           ["Herhaalmeting",
            "Akkoord: in het najaar van 2029 laten wij het onderzoek op dezelfde meetmomenten herhalen en sturen "
            "wij de uitkomsten naar de raad."],
           ["Havenkade",
            "De 85 plaatsen aan de kade blijven bestaan; het college ziet geen aanleiding ze te schrappen."]],
          (42, 126), size=8.6)
    h2(pdf, "Financiën en vervolg")
    para(pdf, "De kosten van beslispunt 2 worden gedekt uit de hogere parkeeropbrengsten in de Schoolbuurt. Na "
              "vaststelling informeren wij bewoners en ondernemers met een huis-aan-huisbrief en een "
              "informatieavond in het stadhuis.")
    para(pdf, "Burgemeester en wethouders van Haverveld,\nde secretaris, mr. J. Kooiman - de burgemeester, "
              "drs. W.F. van Zanten", size=8.3, color=GREY, align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Breid het betaald parkeren uit naar de Schoolbuurt en de Molenwijk",
         "alleen als een meerderheid van de bewoners daarvoor kiest", "partly"),
        ("2", "Verlaag het uurtarief in parkeergarage De Lakenhal van 3,20 euro",
         "het tarief van 3,20 euro blijft dus gehandhaafd", "disagrees"),
        ("3", "Maak de eerste twintig minuten op het Marktplein gratis",
         "Op het Marktplein komt een kort-parkeerknop", "agrees"),
        ("4", "Laat bij het station een bewaakte fietsenstalling voor 600 fietsen bouwen",
         "Wij hebben het advies aan hen doorgestuurd", "noted"),
        ("5", "Verlaag in de Nota parkeernormen de norm voor appartementen",
         "te verlagen tot 1,0 per woning, niet verder", "partly"),
        ("6", "Herhaal dit onderzoek een jaar na de invoering van de maatregelen",
         "in het najaar van 2029 laten wij het onderzoek", "agrees"),
        ("7", "Geef ondernemers in de binnenstad de mogelijkheid een vergunning", None, "unanswered"),
    ], ["het college ziet geen aanleiding ze te schrappen"],
        "Advice: the PARKEERONDERZOEK of a traffic consultancy on a town centre; the seven recommendations are "
        "UNNUMBERED PARAGRAPHS WITH BOLD LEAD-INS under '6 Advies', the bold words opening the imperative sentence "
        "itself (expected 1-7 in reading order). Traps: the 2019 parking vision quoted with 'moeten', an occupancy "
        "table, findings in exactly the same bold-lead-in style under '4 Bevindingen', 'Wij adviseren "
        "uitdrukkelijk niet om de parkeerplaatsen aan de Havenkade op te heffen', a closing naming 'De eerste twee "
        "adviezen'. Response: the college's RAADSVOORSTEL with numbered 'Beslispunten' (nothing by themselves) and a "
        "ruled TABLE 'Onderwerp uit het onderzoek | Standpunt college' PARAPHRASING BY THEME in another order: ONE "
        "row 'Kort parkeren en garage' = 3 agrees (twenty free minutes) + 2 disagrees (garage tariff stays 3,20), "
        "'Schoolbuurt en Molenwijk' = 1 partly (Molenwijk only after a poll), 'Parkeernormen nieuwbouw' = 5 partly "
        "(1,0 not 0,8), 'Stationsstalling' = 4 noted (passed to ProRail and the province), 'Herhaalmeting' = 6 "
        "agrees, 'Havenkade' answers the 'we do not advise' sentence (unmatched). 7 (permits for business vehicles) "
        "is never answered.")
    print("written", NAME)

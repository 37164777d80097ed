"""Round 151 (nl): the MEDEWERKERSONDERZOEK (staff survey report) of an (invented) research bureau on a
municipality's organisation, its seven recommendations UNNUMBERED BULLETS under an 'Aanbevelingen' sub-head at the
end of each of three theme sections (3 + 2 + 2), after 'Wat opvalt' bullets in exactly the same style (trap);
answered by the gemeentesecretaris's MEMO AAN DE ONDERNEMINGSRAAD that PARAPHRASES BY THEME in another order, one
paragraph answering two recommendations with different verdicts.

Advice (fpdf2, sans, plum letterhead rule and headings, metadata lines, a ruled score table, running head, 'pagina n
van m'): the Arbowet paraphrased with 'moet' (trap), the 2024 survey's recommendation quoted as an imperative (trap),
'Wij raden af om de thuiswerkregeling nu opnieuw te beperken' (trap); expected 1-7 in reading order. Response (fpdf2,
'blad n'): 6 agrees (training budget 1,000 euro), 7 noted (a regional mobility pool is for the regional employers'
committee; brought in there), 4 agrees (training for all managers), ONE paragraph 1 agrees (a workload talk in every
team) + 3 disagrees (no meeting-free Wednesday afternoon), 2 partly (vacancies first, but at most three temporary
hires), the home-working paragraph answers the 'we advise against' sentence (unmatched); 5 (span of control of at
most twenty) unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind151nl/bin/python tests/docs/src/blind151/gen_nl_medewerkersonderzoek_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b151nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind151_nl_medewerkersonderzoek"
FS = B.tmp_fonts()
INK = (120, 56, 110)
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
        t = f"pagina {self.page_no()} van {{nb}}" if self.of_m else f"blad {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 11, 6, tzinfo=datetime.timezone.utc))
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


def bullets(pdf, items):
    for t in items:
        y = pdf.get_y()
        pdf.set_font("S", "", 9.4)
        pdf.set_text_color(*INK)
        pdf.set_xy(pdf.l_margin + 3, y)
        pdf.cell(5, LH, "•")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin + 8, y)
        pdf.multi_cell(width(pdf) - 8, LH, t, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(1.5)


def sub(pdf, text):
    para(pdf, text, size=9.4, style="BI", gap=0.8, align="L", color=INK)


def advice():
    pdf = new("Peilwerk Onderzoek & Advies - medewerkersonderzoek gemeente Dalfsterveld 2027 - PW-27-1184",
              "Medewerkersonderzoek gemeente Dalfsterveld 2027", "Peilwerk Onderzoek & Advies", of_m=True)
    letterhead(pdf, "Peilwerk Onderzoek & Advies",
               "onderzoek naar werk, organisatie en gezondheid - Lindelaan 12, 8017 HP Zwolle - info@peilwerk.example",
               "Medewerkersonderzoek gemeente Dalfsterveld 2027",
               "resultaten en aanbevelingen, in opdracht van de gemeentesecretaris en de ondernemingsraad")
    meta(pdf, [("Opdrachtgever", "gemeente Dalfsterveld, gemeentesecretaris drs. H. (Hanneke) Visscher"),
               ("Onderzoekers", "dr. M. El Amrani en L. Schuurman MSc"),
               ("Kenmerk", "PW-27-1184"),
               ("Datum", "2 november 2027")])
    h2(pdf, "1 Inleiding")
    para(pdf, "De gemeente Dalfsterveld laat om de drie jaar een medewerkersonderzoek uitvoeren. Tussen 6 en 27 "
              "september 2027 vulden 412 van de 563 medewerkers de vragenlijst in (73 procent). Daarnaast spraken "
              "wij in vier groepsgesprekken met 31 medewerkers en teamleiders. Volgens de Arbowet moet de werkgever "
              "psychosociale arbeidsbelasting zoveel mogelijk voorkomen of beperken; dit onderzoek is een van de "
              "bronnen voor de risico-inventarisatie.")
    para(pdf, "In het vorige onderzoek (2024) stond onder meer de aanbeveling:")
    quote(pdf, "'Bied alle medewerkers de mogelijkheid om twee dagen per week thuis te werken en richt het "
               "gemeentehuis daarop in.'")
    para(pdf, "Die aanbeveling is in 2025 ingevoerd en wordt breed gewaardeerd.")
    h2(pdf, "2 Belangrijkste cijfers")
    ruled(pdf, ["Onderwerp", "2024", "2027", "Benchmark gemeenten"],
          [["Tevredenheid met het werk (1-10)", "7,3", "7,1", "7,2"],
           ["Ervaren werkdruk te hoog (% medewerkers)", "38%", "47%", "36%"],
           ["Vertrouwen in de directe leidinggevende (1-10)", "7,0", "6,6", "7,1"],
           ["Tevreden over ontwikkelmogelijkheden (%)", "55%", "49%", "58%"],
           ["Ziekteverzuim (jaarcijfer)", "5,4%", "6,8%", "5,9%"]],
          (80, 22, 22, 44))
    h2(pdf, "3 Werkdruk")
    para(pdf, "De werkdruk is het grootste aandachtspunt. Hij is sinds 2024 vooral toegenomen bij Vergunningen en "
              "Belastingen, waar samen elf vacatures openstaan.")
    sub(pdf, "Wat opvalt")
    bullets(pdf, ["Bijna de helft van de medewerkers vindt de werkdruk te hoog; bij Vergunningen is dat 71 procent.",
                  "Medewerkers noemen het aantal overleggen als tweede oorzaak van werkdruk, na de vacatures.",
                  "Wie thuiswerkt, ervaart minder werkdruk dan wie vijf dagen op het gemeentehuis werkt."])
    para(pdf, "Wij raden af om de thuiswerkregeling nu opnieuw te beperken: de cijfers laten zien dat zij de "
              "werkdruk eerder verlaagt dan verhoogt.")
    sub(pdf, "Aanbevelingen")
    bullets(pdf, ["Voer in elk team een werkdrukgesprek waarin medewerkers en leidinggevende samen bepalen welke "
                  "taken kunnen vervallen of later kunnen worden gedaan.",
                  "Vervul de elf openstaande vacatures bij Vergunningen en Belastingen met voorrang en zet zo nodig "
                  "tijdelijke inhuur in tot de vacatures zijn ingevuld.",
                  "Maak van de woensdagmiddag een vergadervrije middag voor de hele ambtelijke organisatie."])
    h2(pdf, "4 Leiderschap")
    para(pdf, "Het vertrouwen in de directe leidinggevende is gedaald. In de groepsgesprekken hoorden wij vaak dat "
              "teamleiders te veel medewerkers hebben om iedereen echt te kennen; sommige teamleiders hebben er "
              "meer dan dertig.")
    sub(pdf, "Wat opvalt")
    bullets(pdf, ["Medewerkers met een teamleider die maandelijks een individueel gesprek voert, geven gemiddeld "
                  "een 7,4 voor vertrouwen.",
                  "Teamleiders zeggen zelf dat zij zich onvoldoende toegerust voelen voor gesprekken over verzuim."])
    sub(pdf, "Aanbevelingen")
    bullets(pdf, ["Geef alle leidinggevenden in 2028 een training in het voeren van gesprekken over verzuim, "
                  "werkplezier en werkdruk.",
                  "Beperk het aantal medewerkers per teamleider tot ten hoogste twintig, zo nodig door teams te "
                  "splitsen of een tweede teamleider aan te stellen."])
    h2(pdf, "5 Ontwikkeling en loopbaan")
    para(pdf, "Minder dan de helft van de medewerkers is tevreden over de ontwikkelmogelijkheden. Het individuele "
              "opleidingsbudget van 600 euro per jaar is laag in vergelijking met andere gemeenten, en wie wil "
              "doorgroeien, vindt binnen een organisatie van deze omvang weinig plaatsen.")
    sub(pdf, "Aanbevelingen")
    bullets(pdf, ["Verhoog het individuele opleidingsbudget van 600 naar 1.000 euro per medewerker per jaar.",
                  "Zet samen met de buurgemeenten Egmondsvaart en Lutkeveld een mobiliteitspool op, zodat "
                  "medewerkers tijdelijk bij een andere gemeente kunnen werken."])
    h2(pdf, "6 Tot slot")
    para(pdf, "Wij bevelen aan de resultaten in alle teams te bespreken. Wij danken de medewerkers en de "
              "ondernemingsraad voor hun medewerking.")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Dalfsterveld - memo aan de ondernemingsraad - medewerkersonderzoek 2027 - DS/2027/2291",
              "Memo aan de ondernemingsraad: reactie op het medewerkersonderzoek 2027", "Gemeente Dalfsterveld")
    letterhead(pdf, "Gemeente Dalfsterveld", "gemeentesecretaris / algemeen directeur - Raadhuisplein 1, "
               "7701 AB Dalfsterveld", "Memo aan de ondernemingsraad",
               "reactie van de directie op het medewerkersonderzoek 2027 van Peilwerk (PW-27-1184)")
    meta(pdf, [("Aan", "de ondernemingsraad, t.a.v. de voorzitter de heer K. Lamberts"),
               ("Van", "drs. H. Visscher, gemeentesecretaris, namens het directieteam"),
               ("Kenmerk", "DS/2027/2291"),
               ("Datum", "24 november 2027")])
    h2(pdf, "Aanleiding")
    para(pdf, "Op 2 november hebben wij het rapport van Peilwerk ontvangen en op 10 november samen met de "
              "ondernemingsraad de uitkomsten besproken. In deze memo leest u hoe het directieteam de aanbevelingen "
              "weegt. Wij beginnen bij het onderwerp waarover de ondernemingsraad het meest heeft gevraagd.")
    h2(pdf, "Opleiden en ontwikkelen")
    para(pdf, "Het opleidingsbudget gaat per 1 januari 2028 omhoog naar 1.000 euro per medewerker per jaar, zoals "
              "Peilwerk voorstelt; de extra kosten van ruim 220.000 euro zijn in de begroting opgenomen.")
    para(pdf, "Het idee van een gezamenlijke pool met Egmondsvaart en Lutkeveld is sympathiek, maar daarover "
              "beslissen wij niet alleen. Wij hebben het voorstel ingebracht bij de regionale werkgeverscommissie "
              "en wachten haar bespreking af.")
    h2(pdf, "Leidinggevenden")
    para(pdf, "Alle teamleiders en afdelingshoofden volgen in het voorjaar van 2028 een tweedaagse training "
              "gespreksvaardigheden bij een extern bureau; het directieteam doet zelf ook mee.")
    h2(pdf, "Werkdruk")
    para(pdf, "Het directieteam vraagt elke teamleider om vóór 1 maart 2028 met het eigen team een werkdrukgesprek "
              "te houden, en rapporteert de uitkomsten aan de ondernemingsraad. Een vaste vergadervrije middag voor "
              "de hele organisatie voeren wij daarentegen niet in: de balies, de buitendienst en het "
              "klantcontactcentrum moeten ook op woensdagmiddag kunnen overleggen, en teams kunnen dit beter zelf "
              "regelen.")
    para(pdf, "Bij Vergunningen en Belastingen krijgt het invullen van de vacatures voorrang; twee functies zijn "
              "inmiddels vervuld. Tijdelijke inhuur zetten wij in, maar beperkt tot ten hoogste drie externe "
              "krachten tegelijk, omdat inhuur veel duurder is en de kennis niet in huis blijft.")
    para(pdf, "Aan de thuiswerkregeling veranderen wij niets; zij blijft zoals in 2025 afgesproken.")
    h2(pdf, "Vervolg")
    para(pdf, "Wij stellen voor om in juni 2028 met de ondernemingsraad terug te kijken. Wij zien uit naar uw "
              "reactie.")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Voer in elk team een werkdrukgesprek waarin medewerkers en leidinggevende",
         "met het eigen team een werkdrukgesprek te houden", "agrees"),
        ("2", "Vervul de elf openstaande vacatures bij Vergunningen en Belastingen",
         "beperkt tot ten hoogste drie externe krachten tegelijk", "partly"),
        ("3", "Maak van de woensdagmiddag een vergadervrije middag voor de hele",
         "voeren wij daarentegen niet in", "disagrees"),
        ("4", "Geef alle leidinggevenden in 2028 een training in het voeren",
         "volgen in het voorjaar van 2028 een tweedaagse training", "agrees"),
        ("5", "Beperk het aantal medewerkers per teamleider tot ten hoogste twintig", None, "unanswered"),
        ("6", "Verhoog het individuele opleidingsbudget van 600 naar 1.000 euro",
         "de extra kosten van ruim 220.000 euro", "agrees"),
        ("7", "Zet samen met de buurgemeenten Egmondsvaart en Lutkeveld een mobiliteitspool",
         "ingebracht bij de regionale werkgeverscommissie en wachten haar bespreking af", "noted"),
    ], ["Aan de thuiswerkregeling veranderen wij niets"],
        "Advice: the MEDEWERKERSONDERZOEK of a research bureau on a municipality; the seven recommendations are "
        "UNNUMBERED BULLETS under an 'Aanbevelingen' sub-head ending each of three theme sections, 3 + 2 + 2 "
        "(expected 1-7 in reading order). Traps: the Arbowet paraphrased with 'moet', the 2024 recommendation quoted "
        "as an imperative (carried out), 'Wat opvalt' bullets in exactly the same bullet style, a score table, 'Wij "
        "raden af om de thuiswerkregeling nu opnieuw te beperken', a closing 'Wij bevelen aan de resultaten in alle "
        "teams te bespreken'. Response: the gemeentesecretaris's MEMO AAN DE ONDERNEMINGSRAAD paraphrasing BY THEME "
        "in the order 6, 7, 4, 1+3, 2: 6 agrees, 7 noted (the regional employers' committee decides; brought in "
        "there), 4 agrees, ONE paragraph 1 agrees + 3 disagrees (no organisation-wide meeting-free afternoon), 2 "
        "partly (vacancies first, at most three temporary hires), a home-working sentence answers the 'we advise "
        "against' sentence (unmatched). 5 (at most twenty staff per team leader) is never answered; introduction "
        "and closing answer nothing.")
    print("written", NAME)

"""Round 139 (nl): the ADVIESRAPPORT BINNENMILIEU of an (invented) GGD's medische milieukunde team on a primary
school after complaints about stuffy classrooms; its seven recommendations are UNNUMBERED SENTENCES in the running
text of '5 Ons advies' (three paragraphs, mixed with explanatory sentences), after conclusions NUMBERED 1-4;
answered by the school board's LETTER that refers to the advice by ORDINALS ('Uw eerste advies', 'het vijfde'), in
another order, one paragraph answering two with different verdicts.

Advice (fpdf2, sans, green title band, CO2 table, running head from p. 2, 'blad n'): the Bouwbesluit paraphrased with
'moet' (trap), a measurement table, conclusions 1-4 (trap), the 2019 GGD advice quoted as an imperative (carried out,
trap), 'Wij adviseren niet om' (trap), a closing line pointing at 'de eerste twee adviezen' (trap). Response (fpdf2,
'blad n'): first agrees, third agrees, second partly + fourth disagrees (one paragraph), fifth partly, sixth noted;
seventh unanswered; introduction, 'Planning' and closing answer nothing. All bodies, places, people, figures and
reference numbers invented; laws named as context only.

Run: /tmp/blind139nl/bin/python tests/docs/src/blind139/gen_nl_binnenklimaat_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b139nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind139_nl_binnenklimaat"
FS = B.tmp_fonts()
GREEN = (36, 104, 72)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""

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
        self.cell(0, 5, f"blad {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(23, 16, 23)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", 11.2)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(width(pdf), 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


def numbered(pdf, n, text):
    pdf.set_font("S", "", 9.6)
    y = pdf.get_y()
    pdf.set_font("S", "B", 9.6)
    pdf.set_text_color(*GREEN)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(7, LH, f"{n}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 9.6)
    pdf.set_xy(pdf.l_margin + 7, y)
    pdf.multi_cell(width(pdf) - 7, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def table(pdf, rows, widths):
    pdf.set_font("S", "", 8.8)
    pdf.set_draw_color(160, 190, 170)
    pdf.set_line_width(0.2)
    for i, r in enumerate(rows):
        if i == 0:
            pdf.set_fill_color(*GREEN)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("S", "B", 8.8)
        else:
            pdf.set_fill_color(*((236, 244, 239) if i % 2 == 0 else (255, 255, 255)))
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("S", "", 8.8)
        for c, w in zip(r, widths):
            pdf.cell(w, 6, c, border=1, fill=True, align="L")
        pdf.ln(6)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)


def band(pdf, title):
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, pdf.w, 30, style="F")
    pdf.set_xy(pdf.l_margin, 8)
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 4, "GGD Zuiderkwartier - team Medische Milieukunde - Postbus 612, 5260 BA Moerhaven",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("S", "B", 15)
    pdf.multi_cell(width(pdf), 7.5, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(35)


def advice():
    pdf = new("GGD Zuiderkwartier - advies binnenmilieu OBS De Vlonder - MMK/2026/0871",
              "Advies binnenmilieu OBS De Vlonder", "GGD Zuiderkwartier")
    band(pdf, "Adviesrapport binnenmilieu OBS De Vlonder")
    para(pdf, "Aan het college van bestuur van Stichting Openbaar Primair Onderwijs Moerwijde, t.a.v. de heer "
         "drs. W.F. Staal - kenmerk MMK/2026/0871 - Moerhaven, 23 november 2026 - opgesteld door ing. L. Dekkers-"
         "Bol, adviseur medische milieukunde, en A. Yilmaz, arts maatschappij en gezondheid", size=8, color=GREY,
         align="L", gap=2)
    h2(pdf, "1 Aanleiding")
    para(pdf, "In september 2026 meldden ouders en leerkrachten van OBS De Vlonder aan de GGD dat kinderen in "
         "verschillende groepen 's middags last hadden van hoofdpijn, vermoeidheid en concentratieproblemen. De "
         "school vroeg ons daarop het binnenmilieu te onderzoeken. Het gebouw aan de Reigerstraat bestaat uit een "
         "oudbouw uit 1968 met zes lokalen en een nieuwbouwvleugel uit 2012 met vier lokalen en een gymzaal.")
    h2(pdf, "2 Kader")
    para(pdf, "Volgens het Bouwbesluit moet een onderwijsruimte een minimale ventilatiecapaciteit hebben, en moet "
         "het bevoegd gezag zorgen dat de installaties die daarvoor nodig zijn goed werken. De GGD hanteert voor "
         "klaslokalen daarnaast de richtwaarde van 1200 ppm CO2, het niveau waarboven klachten duidelijk toenemen. "
         "Bij een eerder onderzoek op deze school, in 2019, adviseerde de GGD:")
    para(pdf, "'Laat de ramen in de oudbouw zo aanpassen dat ze weer op een kier kunnen worden gezet.'",
         style="I", color=GREY, indent=10)
    para(pdf, "Dat is in 2020 gebeurd; alle ramen in de oudbouw hebben nu een werkende kierstand.")
    h2(pdf, "3 Metingen")
    para(pdf, "Van 5 tot en met 16 oktober 2026 hebben wij in alle tien lokalen en in de gymzaal continu de "
         "CO2-concentratie, de temperatuur en de relatieve vochtigheid gemeten. Een samenvatting:")
    table(pdf, [["Ruimte", "Gem. CO2 (ppm)", "Max. CO2 (ppm)", "Tijd > 1200 ppm"],
                ["Oudbouw, lokalen 1-3", "1.150", "2.480", "41 procent"],
                ["Oudbouw, lokalen 4-6", "1.020", "2.110", "33 procent"],
                ["Nieuwbouw, lokalen 7-8", "1.310", "2.760", "52 procent"],
                ["Nieuwbouw, lokalen 9-10", "760", "1.190", "0 procent"],
                ["Gymzaal", "890", "1.640", "12 procent"]], [56, 36, 36, 36])
    h2(pdf, "4 Conclusies")
    numbered(pdf, 1, "In zeven van de tien lokalen is de luchtkwaliteit een groot deel van de lesdag onvoldoende. "
             "De klachten van kinderen en leerkrachten passen bij de gemeten waarden.")
    numbered(pdf, 2, "In de lokalen 7 en 8 levert de mechanische ventilatie minder dan de helft van het "
             "ontwerpdebiet; de regelkleppen stonden bij ons bezoek grotendeels dicht.")
    numbered(pdf, 3, "In de oudbouw zijn de roosters boven de ramen dichtgeplakt of vervuild, en leerkrachten "
             "zetten ramen in het stookseizoen zelden open.")
    numbered(pdf, 4, "In de gymzaal zijn de waarden alleen tijdens de middaggymles te hoog, als twee groepen "
             "tegelijk gymmen.")
    h2(pdf, "5 Ons advies")
    para(pdf, "Een gezond binnenmilieu is in de eerste plaats een kwestie van goede ventilatie. Wij adviseren niet "
         "om mobiele luchtreinigers aan te schaffen: die verlagen het CO2-gehalte niet en geven een vals gevoel "
         "van veiligheid. Laat de installateur de mechanische ventilatie in de lokalen 7 en 8 binnen een maand "
         "inregelen op het oorspronkelijke ontwerpdebiet. Vervang daarnaast in alle zes lokalen van de oudbouw de "
         "ventilatieroosters boven de ramen door zelfregelende roosters die niet kunnen worden dichtgezet.")
    para(pdf, "Techniek alleen is niet genoeg; ook het gedrag in de klas telt. Geef iedere groep een CO2-meter "
         "met een verkeerslichtindicatie en leer leerkrachten wanneer zij moeten luchten. Verder raden wij aan "
         "om in de gymzaal een extra afzuigunit te plaatsen, zodat ook twee groepen tegelijk veilig kunnen "
         "gymmen. Herhaal de metingen in het volgende stookseizoen in alle lokalen, zodat duidelijk wordt of de "
         "maatregelen werken.")
    para(pdf, "Voor de langere termijn is het gebouw zelf de beperking. Neem bij de renovatie die voor 2029 op de "
         "meerjarenplanning staat een volledig gebalanceerd ventilatiesysteem met warmteterugwinning op in het "
         "programma van eisen. Tot slot is het belangrijk dat ouders weten wat er aan de hand is: informeer hen "
         "schriftelijk over de uitkomsten van dit onderzoek en over de maatregelen die de school neemt.")
    h2(pdf, "6 Tot slot")
    para(pdf, "De eerste twee adviezen hebben wat ons betreft de hoogste prioriteit, omdat zij het snelst effect "
         "hebben voor de kinderen in de lokalen 7 en 8 en in de oudbouw. Voor vragen kunt u contact opnemen met "
         "het team Medische Milieukunde.")
    para(pdf, "ing. L. Dekkers-Bol, adviseur medische milieukunde\nA. Yilmaz, arts maatschappij en gezondheid",
         align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Stichting Openbaar Primair Onderwijs Moerwijde - CvB/2027/0046", "Reactie advies binnenmilieu",
              "College van bestuur OPO Moerwijde")
    para(pdf, "Stichting Openbaar Primair Onderwijs Moerwijde - college van bestuur - Kanaalweg 3, 5261 EP "
         "Moerhaven", size=8, color=GREY, align="L", gap=6)
    para(pdf, "GGD Zuiderkwartier\nteam Medische Milieukunde\nt.a.v. mevrouw ing. L. Dekkers-Bol", align="L")
    para(pdf, "Moerhaven, 14 januari 2027\nOns kenmerk: CvB/2027/0046\nUw kenmerk: MMK/2026/0871\nOnderwerp: "
         "uw advies over het binnenmilieu van OBS De Vlonder", size=8.4, color=GREY, align="L", gap=4)
    para(pdf, "Geachte mevrouw Dekkers,")
    para(pdf, "Wij danken u voor het zorgvuldige onderzoek op OBS De Vlonder en voor de duidelijke toelichting "
         "die u op 2 december aan het team en de medezeggenschapsraad hebt gegeven. Het college van bestuur "
         "neemt de klachten van kinderen en leerkrachten zeer serieus. Hieronder leest u wat wij met uw adviezen "
         "doen.")
    para(pdf, "Uw eerste advies is inmiddels uitgevoerd. De installateur heeft op 9 december de regelkleppen in "
         "de lokalen 7 en 8 opnieuw afgesteld; een controlemeting liet zien dat het ontwerpdebiet nu wordt "
         "gehaald.")
    para(pdf, "Het derde advies nemen wij graag over. Alle tien groepen hebben sinds de kerstvakantie een "
         "CO2-meter met stoplicht, en de directeur heeft in de teamvergadering van januari uitgelegd hoe en "
         "wanneer er gelucht moet worden.")
    para(pdf, "Het tweede en het vierde advies hangen voor ons samen met het budget voor onderhoud. Zelfregelende "
         "roosters komen er, maar in 2027 alleen in de drie lokalen met de hoogste waarden (1 tot en met 3); de "
         "overige drie lokalen volgen bij de renovatie. Een extra afzuigunit in de gymzaal plaatsen wij niet: "
         "wij passen in plaats daarvan het gymrooster aan, zodat er niet langer twee groepen tegelijk gymmen.")
    para(pdf, "Ook met het vijfde advies stemmen wij in, zij het in beperktere vorm. Wij laten in februari 2027 "
         "opnieuw meten, maar alleen in de lokalen waar de waarden te hoog waren; een volledige meting van alle "
         "ruimten vinden wij niet nodig.")
    para(pdf, "Uw zesde advies, over het ventilatiesysteem bij de renovatie, hebben wij doorgegeven aan de "
         "projectgroep huisvesting. Of en wanneer de renovatie doorgaat, hangt af van de gemeentelijke "
         "huisvestingsplanning; wij kunnen daar op dit moment niet op vooruitlopen.")
    h2(pdf, "Planning")
    para(pdf, "De maatregelen voor 2027 zijn opgenomen in het jaarplan onderhoud, dat het college op 28 januari "
         "vaststelt. De directeur van De Vlonder houdt het team op de hoogte.")
    para(pdf, "Nogmaals dank voor de prettige samenwerking. Wij nemen contact met u op zodra de nieuwe "
         "meetresultaten bekend zijn.")
    para(pdf, "Met vriendelijke groet,\n\ndrs. W.F. Staal\nvoorzitter college van bestuur", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Laat de installateur de mechanische ventilatie in de lokalen 7",
         "een controlemeting liet zien dat het ontwerpdebiet nu wordt gehaald", "agrees"),
        ("2", "Vervang daarnaast in alle zes lokalen van de oudbouw de",
         "in 2027 alleen in de drie lokalen met de hoogste waarden", "partly"),
        ("3", "Geef iedere groep een CO2-meter met een verkeerslichtindicatie en leer",
         "Het derde advies nemen wij graag over", "agrees"),
        ("4", "Verder raden wij aan om in de gymzaal een extra afzuigunit",
         "wij passen in plaats daarvan het gymrooster aan", "disagrees"),
        ("5", "Herhaal de metingen in het volgende stookseizoen in alle lokalen",
         "een volledige meting van alle ruimten vinden wij niet nodig", "partly"),
        ("6", "Neem bij de renovatie die voor 2029 op de meerjarenplanning",
         "hebben wij doorgegeven aan de projectgroep huisvesting", "noted"),
        ("7", "informeer hen schriftelijk over de uitkomsten van dit onderzoek en", None, "unanswered"),
    ], ["neemt de klachten van kinderen en leerkrachten zeer serieus",
        "zijn opgenomen in het jaarplan onderhoud",
        "Wij nemen contact met u op zodra de nieuwe meetresultaten"],
        "Advice: a regional public health service's (GGD) environmental health team reports on the indoor air of a "
        "primary school after complaints; the seven recommendations are UNNUMBERED SENTENCES in the running text of "
        "'5 Ons advies' (three paragraphs, mixed with explanatory sentences; 7 follows a colon inside a sentence). "
        "Traps: conclusions NUMBERED 1-4, a CO2 measurement table, the Bouwbesluit paraphrased with 'moet', the 2019 "
        "GGD advice quoted as an imperative (carried out), 'Wij adviseren niet om mobiele luchtreinigers aan te "
        "schaffen' in the same paragraph as recommendations 1 and 2, a closing line about 'De eerste twee "
        "adviezen'. Response: the school board's letter referring by ORDINALS in another order: first agrees "
        "(already done), third agrees, ONE paragraph 'Het tweede en het vierde advies' = 2 partly (vents only in "
        "three of six classrooms in 2027) + 4 disagrees (no extractor, gym timetable changed instead), fifth partly "
        "(re-measure only the rooms that were too high), sixth noted (passed to the housing project group, cannot "
        "commit). 7 (inform parents in writing) is never answered. Introduction, 'Planning' and closing answer "
        "nothing.")
    print("written", NAME)

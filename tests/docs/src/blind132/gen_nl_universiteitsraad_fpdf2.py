"""Round 132 (nl): the ADVIES of an (invented) UNIVERSITEITSRAAD on the Executive Board's KADERBRIEF 2027 (the
outline of next year's budget), its seven recommendations a NUMBERED LIST 1.-7. that counts on over two sub-headings
('Onderwijs en studenten', 'Personeel en gebouwen'), after the council's QUESTIONS numbered 1.-4. and numbered
findings; answered by the COLLEGE VAN BESTUUR's letter with a ruled TABLE 'Nr. | Advies | Besluit | Toelichting'
(a row '6 en 7' with two verdicts, a row '-' of the board's own, no row for 5) and a paragraph on 'uw vraag 3'.

Advice (fpdf2, sans, indigo headings, running head from p. 2, 'pagina n'): the WHW paraphrased with 'moet' (trap), the
questions 1.-4. (trap), findings 'Constatering 1-3' with figures (trap), the 2025 advice quoted as an imperative
(trap), a closing line naming 'de adviezen 2 en 5' (trap). Response (fpdf2, 2 p.): 1 agrees, 2 partly, 3 disagrees,
4 noted, '6 en 7' (6 agrees, 7 disagrees); 5 unanswered; the introduction, the answer to question 3, the row '-'
(Algemeen) and the closing answer nothing. All bodies, places, people, figures and reference numbers invented; the WHW
is named as context only.

Run: /tmp/blind132nl/bin/python tests/docs/src/blind132/gen_nl_universiteitsraad_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b132nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind132_nl_universiteitsraad"
FS = B.tmp_fonts()
INDIGO = (46, 52, 120)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "I", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*INDIGO)
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
    pdf.set_creation_date(datetime.datetime(2026, 4, 20, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", gap=2.0, indent=0, align="J"):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, align=align,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def item(pdf, label, text, gap=1.6, style=""):
    pdf.set_font("S", style, 9.6)
    y = pdf.get_y()
    if pdf.will_page_break(LH * 2):
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_x(pdf.l_margin + 2)
    pdf.cell(8, LH, label)
    pdf.set_xy(pdf.l_margin + 10, y)
    pdf.set_font("S", "", 9.6)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 10, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=11):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.6)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*INDIGO)
    pdf.cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def h3(pdf, text):
    pdf.ln(0.8)
    pdf.set_font("S", "BI", 9.8)
    pdf.set_text_color(*INDIGO)
    pdf.cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.4)


def small(pdf, text):
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def advice():
    pdf = new("Universiteitsraad Universiteit van Lindenhoven - advies kaderbrief 2027", "pagina {n}",
              "Advies kaderbrief 2027", "Universiteitsraad Universiteit van Lindenhoven")
    small(pdf, "Universiteitsraad - Universiteit van Lindenhoven\nGriffie universiteitsraad, Academiegebouw, "
               "kamer 0.14")
    pdf.ln(4)
    pdf.set_font("S", "B", 17)
    pdf.set_text_color(*INDIGO)
    pdf.cell(0, 9, "Advies over de kaderbrief 2027", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    small(pdf, "Aan het College van Bestuur - kenmerk UR/2026/031 - vastgesteld in de plenaire vergadering van "
               "2 april 2026")
    pdf.ln(3)
    h2(pdf, "1. Inleiding")
    para(pdf, "Het College van Bestuur legde de kaderbrief 2027 op 3 maart 2026 aan de universiteitsraad voor. De "
              "kaderbrief bevat de hoofdlijnen van de begroting voor het volgende jaar. Op grond van de WHW moet het "
              "college de universiteitsraad over de hoofdlijnen van de begroting om advies vragen, en heeft de "
              "personeelsgeleding instemmingsrecht op een deel van het personeelsbeleid. De raad besprak de "
              "kaderbrief in zijn commissies Financiën en Onderwijs en in een openbare hoorzitting met 140 "
              "studenten en medewerkers.")
    h2(pdf, "2. Vragen aan het college")
    para(pdf, "In de voorbereiding legde de raad het college de volgende vragen voor. Het college heeft vraag 1 en 2 "
              "al mondeling beantwoord.")
    for n, q in (("1.", "Hoe verhoudt de geraamde daling van de rijksbijdrage zich tot de daling in 2026?"),
                 ("2.", "Welke faculteiten krijgen de grootste taakstelling, en waarom?"),
                 ("3.", "Waarom blijft de algemene reserve boven de ondergrens die de raad van toezicht hanteert?"),
                 ("4.", "Wanneer ontvangt de raad de nieuwe huisvestingsvisie?")):
        item(pdf, n, q)
    h2(pdf, "3. Wat de raad constateert")
    para(pdf, "Constatering 1. De rijksbijdrage daalt in 2027 naar verwachting met 9,4 miljoen euro; de kaderbrief "
              "vangt dat vooral op met een taakstelling van 2 procent per faculteit.")
    para(pdf, "Constatering 2. Het aantal eerstejaars daalde in twee jaar met 11 procent, terwijl de uitval in het "
              "eerste jaar opliep tot 31 procent.")
    para(pdf, "Constatering 3. Ruim 38 procent van de docenten heeft een tijdelijk contract.")
    para(pdf, "Vorig jaar adviseerde de raad al: 'Maak in de begroting zichtbaar welk deel van de middelen naar het "
              "onderwijs gaat.' Dat advies is overgenomen; de kaderbrief 2027 bevat voor het eerst zo'n overzicht, en "
              "de raad is daar blij mee.")
    h2(pdf, "4. Advies")
    para(pdf, "De universiteitsraad adviseert het college positief over de kaderbrief 2027, op voorwaarde dat het "
              "college het volgende doet:")
    h3(pdf, "Onderwijs en studenten")
    recs1 = [
        "Trek vanaf 2027 jaarlijks 1,5 miljoen euro uit voor kleinschalig onderwijs in het eerste jaar, zodat "
        "mentorgroepen niet groter worden dan vijftien studenten.",
        "Breng het budget voor studentenwelzijn terug op het niveau van 2024 en gebruik het vooral voor extra "
        "studentpsychologen.",
        "Zie af van de voorgenomen verhoging van het instellingscollegegeld voor studenten die een tweede studie "
        "volgen.",
        "Onderzoek of de universiteitsbibliotheek in de tentamenweken tot middernacht open kan blijven.",
    ]
    recs2 = [
        "Zet een tijdelijk contract van een docent na twee jaar om in een vaste aanstelling als het werk "
        "structureel is.",
        "Reserveer in de meerjarenraming geld voor de verduurzaming van het Van Heekgebouw, zodat die niet "
        "opnieuw wordt uitgesteld.",
        "Stel de verhuizing van de faculteit Rechten naar het terrein aan de Singel uit tot na 2029.",
    ]
    for i, r in enumerate(recs1, 1):
        item(pdf, f"{i}.", r)
    h3(pdf, "Personeel en gebouwen")
    for i, r in enumerate(recs2, 5):
        item(pdf, f"{i}.", r)
    h2(pdf, "5. Tot slot")
    para(pdf, "De raad ziet een reactie op dit advies graag binnen zes weken tegemoet. Bij de behandeling van de "
              "begroting in november zal de raad vooral nagaan wat er met de adviezen 2 en 5 is gebeurd.")
    para(pdf, "Namens de universiteitsraad,\nprof. dr. E.J. (Eline) Marchal, voorzitter\nB. (Bas) de Groot, griffier")
    pdf.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("1", "Kleinschalig onderwijs eerste jaar", "Overgenomen",
     "In de begroting 2027 komt een structureel bedrag van 1,5 miljoen euro voor mentorgroepen van maximaal "
     "vijftien studenten."),
    ("2", "Budget studentenwelzijn", "Deels overgenomen",
     "Het budget stijgt met 250.000 euro, ongeveer de helft van wat nodig is om het niveau van 2024 te halen. "
     "Het geld gaat naar twee extra studentpsychologen."),
    ("3", "Instellingscollegegeld tweede studie", "Niet overgenomen",
     "De verhoging gaat door. Zonder deze maatregel moeten de faculteiten een nog grotere taakstelling dragen."),
    ("4", "Openingstijden bibliotheek", "In beraad",
     "De bibliotheek inventariseert eerst de kosten van beveiliging en schoonmaak; wij komen hier bij de "
     "begroting op terug."),
    ("6 en 7", "Van Heekgebouw en verhuizing Rechten", "Overgenomen / niet overgenomen",
     "Voor het Van Heekgebouw staat vanaf 2028 een bedrag van 4,2 miljoen euro in de meerjarenraming. De "
     "verhuizing van Rechten houden wij wel aan: het huurcontract van het huidige pand loopt in 2028 af."),
    ("-", "Algemeen", "-",
     "De kaderbrief wordt op twee punten aangepast aan de septembercirculaire en opnieuw aan de raad gestuurd."),
]


def response():
    pdf = new("Universiteit van Lindenhoven - College van Bestuur - CvB/2026/0412", "pagina {n}",
              "Reactie op het advies kaderbrief 2027", "College van Bestuur Universiteit van Lindenhoven")
    small(pdf, "Universiteit van Lindenhoven - College van Bestuur\nPostbus 7700, 6510 ZL Lindenhoven")
    pdf.ln(6)
    para(pdf, "Aan de universiteitsraad\nt.a.v. de voorzitter, prof. dr. E.J. Marchal", align="L")
    small(pdf, "Datum: 7 mei 2026\nKenmerk: CvB/2026/0412\nBetreft: reactie op uw advies over de kaderbrief 2027 "
               "(UR/2026/031)")
    pdf.ln(4)
    para(pdf, "Geachte mevrouw Marchal,")
    para(pdf, "Het college dankt de universiteitsraad voor zijn zorgvuldige advies en voor de goed bezochte "
              "hoorzitting van 24 maart. In de tabel hieronder staat per advies ons besluit en een korte "
              "toelichting.")
    para(pdf, "Eerst nog uw vraag 3, die wij in de vergadering niet konden beantwoorden. De algemene reserve ligt eind "
              "2025 op 61,8 miljoen euro; wij houden een buffer aan voor de nieuwbouw van het laboratorium, en "
              "verwachten de ondergrens in 2029 te bereiken.")
    pdf.set_font("S", "", 8.8)
    pdf.set_draw_color(150, 150, 170)
    with pdf.table(col_widths=(12, 38, 30, 82), text_align="LEFT", line_height=4.4, padding=1.6,
                   headings_style=None, first_row_as_headings=False) as table:
        row = table.row()
        pdf.set_font("S", "B", 8.8)
        for h in ("Nr.", "Advies", "Besluit", "Toelichting"):
            row.cell(h)
        pdf.set_font("S", "", 8.8)
        for r in ROWS:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    para(pdf, "Wij bespreken de uitwerking graag met u in het overleg van 21 mei. De definitieve begroting volgt, "
              "zoals gebruikelijk, in oktober.")
    para(pdf, "Met vriendelijke groet,\n\ndrs. H.A. (Hein) Bosschaert\nvoorzitter College van Bestuur", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Trek vanaf 2027 jaarlijks 1,5 miljoen euro uit voor",
         "komt een structureel bedrag van 1,5 miljoen euro", "agrees"),
        (2, "Breng het budget voor studentenwelzijn terug op het niveau",
         "ongeveer de helft van wat nodig is", "partly"),
        (3, "Zie af van de voorgenomen verhoging van het instellingscollegegeld",
         "De verhoging gaat door. Zonder deze maatregel", "disagrees"),
        (4, "Onderzoek of de universiteitsbibliotheek in de tentamenweken tot middernacht",
         "inventariseert eerst de kosten van beveiliging en schoonmaak", "noted"),
        (5, "Zet een tijdelijk contract van een docent na twee", None, "unanswered"),
        (6, "Reserveer in de meerjarenraming geld voor de verduurzaming van",
         "staat vanaf 2028 een bedrag van 4,2 miljoen euro", "agrees"),
        (7, "Stel de verhuizing van de faculteit Rechten naar het terrein",
         "verhuizing van Rechten houden wij wel aan", "disagrees"),
    ], ["De algemene reserve ligt eind 2025 op 61,8 miljoen euro",
        "wordt op twee punten aangepast aan de septembercirculaire",
        "dankt de universiteitsraad voor zijn zorgvuldige advies",
        "De definitieve begroting volgt, zoals gebruikelijk, in oktober"],
        "Advice: a university council's advice on the Executive Board's kaderbrief (budget outline); the seven "
        "recommendations are a NUMBERED LIST 1.-7. after 'op voorwaarde dat het college het volgende doet:', counting "
        "on over two bold-italic sub-headings (1-4 'Onderwijs en studenten', 5-7 'Personeel en gebouwen'). Traps: "
        "the WHW paraphrased with 'moet', the council's questions numbered 1.-4. in the same list style, findings "
        "'Constatering 1-3' with figures, last year's advice quoted as an imperative ('Maak in de begroting "
        "zichtbaar ...', already adopted), a closing line naming 'de adviezen 2 en 5'. Response: the Executive "
        "Board's letter; a paragraph answering 'uw vraag 3' (the reserve, figures) answers no recommendation; then a "
        "ruled TABLE 'Nr. | Advies | Besluit | Toelichting': 1 agrees (1.5 million structural), 2 partly (250,000 "
        "euro, about half), 3 disagrees (the increase goes ahead), 4 noted ('In beraad': costs first, back at the "
        "budget), a row '6 en 7' with 'Overgenomen / niet overgenomen' (6 agrees: 4.2 million from 2028; 7 "
        "disagrees: the move goes ahead), a row '-' 'Algemeen' of the board's own (nothing). 5 (permanent "
        "contracts after two years) has no row: unanswered. Introduction and closing answer nothing.")

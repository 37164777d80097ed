"""Round 133 (nl): the ADVIES of an (invented) provincial COMMISSIE GRONDWATERBEHEER on the draft
grondwaterprogramma, its seven recommendations CODED GC-1 to GC-7 in a HANGING LEFT COLUMN (code left, text right)
after 'De commissie adviseert Gedeputeerde Staten:', running across the page break; answered by Gedeputeerde Staten's
STATENMEDEDELING with INLINE LABELS ('GC-5 (meetnet): overgenomen.') in another order, one code never named.

Advice (fpdf2, sans, teal-blue headings, running head from p. 2, 'pagina n'): the Omgevingswet paraphrased with
'moet' (trap), the questions GS asked numbered 1-3 (trap), 'Conclusie 1'-'Conclusie 3' with figures (trap), the 2020
advice quoted as an imperative (trap), a closing line naming 'GC-2 en GC-5' (trap). Response (fpdf2): GC-5 agrees,
GC-1 agrees, GC-3 disagrees, GC-7 partly, GC-2 partly, GC-4 noted (passed to the water boards); GC-6 unanswered; the
introduction, 'Zienswijzen' (other respondents, 'zienswijze 14'), 'Financiën' and 'Vervolg' answer nothing. All
bodies, places, people, figures and reference numbers invented; the Omgevingswet is named as context only.

Run: /tmp/blind133nl/bin/python tests/docs/src/blind133/gen_nl_grondwater_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b133nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind133_nl_grondwater"
FS = B.tmp_fonts()
TEAL = (20, 84, 110)
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
            self.set_draw_color(*TEAL)
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
    pdf.set_creation_date(datetime.datetime(2026, 5, 4, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", gap=2.0, indent=0, align="J"):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, align=align,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def hang(pdf, label, text, width=18, gap=2.2, colour=TEAL, size=9.6):
    if pdf.will_page_break(LH * 2):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*colour)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(width, LH, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", size)
    pdf.set_xy(pdf.l_margin + width, y)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - width, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=11):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.6)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def small(pdf, text):
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def title(pdf, text):
    pdf.set_font("S", "B", 16)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 8, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


RECS = [
    ("GC-1", "Leg in het programma voor elk grondwaterlichaam een bovengrens vast voor de totale hoeveelheid "
             "grondwater die per jaar mag worden onttrokken, en verleen boven die grens geen nieuwe vergunningen."),
    ("GC-2", "Breid de grondwaterbeschermingsgebieden rond de winningen Hesseling en Loo-Noord uit tot de "
             "volledige 100-jaarszone."),
    ("GC-3", "Verhoog de provinciale grondwaterheffing van 1,6 naar 3 cent per kubieke meter en gebruik de "
             "opbrengst voor herstel van verdroogde natuur."),
    ("GC-4", "Maak met de waterschappen afspraken om beregening uit grondwater in droge zomers eerder te "
             "beperken, al bij een lagere grondwaterstand dan nu."),
    ("GC-5", "Breid het provinciale meetnet uit met ten minste 40 peilbuizen in de veenweidegebieden, zodat "
             "bodemdaling en grondwaterstand samen kunnen worden gevolgd."),
    ("GC-6", "Maak de gegevens over alle vergunde onttrekkingen openbaar via een kaart op de website van de "
             "provincie."),
    ("GC-7", "Stel een subsidieregeling in voor agrarische bedrijven die overstappen van beregening op "
             "druppelirrigatie."),
]


def advice():
    pdf = new("Commissie Grondwaterbeheer Veenmarken - advies CGB 2026-02 - ontwerp-grondwaterprogramma",
              "pagina {n}", "Advies ontwerp-grondwaterprogramma 2026-2031", "Commissie Grondwaterbeheer Veenmarken")
    small(pdf, "Commissie Grondwaterbeheer Veenmarken\nSecretariaat: provinciehuis, Gedempte Gracht 2, 8911 HX "
               "Veenburg")
    pdf.ln(4)
    title(pdf, "Advies over het ontwerp-grondwaterprogramma 2026-2031")
    small(pdf, "Aan Gedeputeerde Staten van Veenmarken - kenmerk CGB 2026-02 - vastgesteld op 19 februari 2026")
    pdf.ln(3)
    h2(pdf, "1. Adviesaanvraag")
    para(pdf, "Gedeputeerde Staten vroegen de Commissie Grondwaterbeheer op 8 december 2025 om advies over het "
              "ontwerp-grondwaterprogramma 2026-2031. Op grond van de Omgevingswet moet de provincie een "
              "register van onttrekkingen bijhouden, en moet zij bij het vaststellen van haar programma's de "
              "belangen van drinkwater, landbouw en natuur afwegen. In de commissie zitten vertegenwoordigers van "
              "de drinkwaterbedrijven, de land- en tuinbouw, de natuurorganisaties, de industrie en de "
              "waterschappen, met een onafhankelijk voorzitter. Gedeputeerde Staten legden ons drie vragen voor:")
    for n, q in (("1.", "Is de voorgestelde verdeling van het beschikbare grondwater over de sectoren evenwichtig?"),
                 ("2.", "Zijn de beschermingsgebieden rond de drinkwaterwinningen groot genoeg?"),
                 ("3.", "Welke maatregelen hebben de meeste invloed op verdroging van de natuur?")):
        hang(pdf, n, q, width=8, gap=1.4, colour=(0, 0, 0))
    h2(pdf, "2. Conclusies")
    para(pdf, "Conclusie 1. Er wordt nu jaarlijks ongeveer 212 miljoen kubieke meter grondwater onttrokken; "
              "bijna een kwart daarvan is beregening, en dat aandeel stijgt in droge jaren tot een derde.")
    para(pdf, "Conclusie 2. In 2025 lag de grondwaterstand in 31 van de 58 natuurgebieden onder de "
              "ondergrens uit het natuurbeheerplan.")
    para(pdf, "Conclusie 3. Het meetnet telt 410 peilbuizen, maar in de veenweidegebieden staan er maar 12.")
    para(pdf, "In ons advies over het vorige programma schreven wij in 2020: 'Leg alle onttrekkingen boven "
              "10.000 kubieke meter vast in het register.' Dat is gebeurd; het register is sinds 2023 volledig, "
              "en zonder die gegevens had de commissie dit advies niet kunnen schrijven.")
    para(pdf, "Op de eerste vraag is ons antwoord dat de verdeling in het ontwerp uitgaat van het gebruik van nu, "
              "en niet van wat het grondwater op de lange termijn aankan. Op de tweede en derde vraag gaan wij "
              "hieronder in.")
    h2(pdf, "3. Advies")
    para(pdf, "De commissie adviseert Gedeputeerde Staten:")
    for code, text in RECS:
        hang(pdf, code, text)
    h2(pdf, "4. Tot slot")
    para(pdf, "De commissie is graag bereid haar advies toe te lichten in de Statencommissie Water en Landelijk "
              "Gebied. Zij vraagt bij de vaststelling van het programma vooral aandacht voor GC-2 en GC-5.")
    para(pdf, "Namens de Commissie Grondwaterbeheer Veenmarken,\nir. F.M. (Frank) Wassink, voorzitter\n"
              "dr. L. (Lotte) Heemskerk, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Provincie Veenmarken - Statenmededeling SM 2026-033", "pagina {n}",
              "Statenmededeling advies Commissie Grondwaterbeheer", "Gedeputeerde Staten van Veenmarken")
    small(pdf, "Provincie Veenmarken - Gedeputeerde Staten\nPostbus 1200, 8900 CE Veenburg")
    pdf.ln(4)
    title(pdf, "Statenmededeling")
    small(pdf, "Nummer SM 2026-033 - datum 14 april 2026 - portefeuillehouder: gedeputeerde Water\nOnderwerp: "
               "advies Commissie Grondwaterbeheer over het ontwerp-grondwaterprogramma 2026-2031")
    pdf.ln(3)
    h2(pdf, "Aanleiding")
    para(pdf, "Met deze mededeling informeren wij uw Staten over het advies van de Commissie Grondwaterbeheer en "
              "over de wijze waarop wij het advies verwerken in het programma dat wij in juni vaststellen. Wij "
              "danken de commissie voor een grondig en goed leesbaar advies.")
    h2(pdf, "Zienswijzen")
    para(pdf, "Op het ontwerp kwamen 27 zienswijzen binnen. De meeste gaan over beregening. In zienswijze 14 "
              "vraagt een vereniging van bewoners om een aparte regeling voor particuliere tuinputten; daarvoor "
              "verwijzen wij naar de nota van beantwoording, die u gelijktijdig ontvangt.")
    h2(pdf, "Reactie op het advies")
    replies = [
        "GC-5 (meetnet): overgenomen. In 2026 en 2027 plaatsen wij 45 nieuwe peilbuizen in de veenweidegebieden, "
        "samen met het waterschap Lage Venen.",
        "GC-1 (bovengrens onttrekkingen): overgenomen. Het programma krijgt per grondwaterlichaam een jaarlijks "
        "plafond; aanvragen die daarboven uitkomen, wijzen wij vanaf 2027 af.",
        "GC-3 (grondwaterheffing): niet overgenomen. De heffing blijft 1,6 cent. Een verhoging treft vooral de "
        "drinkwaterklanten, en voor natuurherstel is via het landelijke programma al geld beschikbaar.",
        "GC-7 (druppelirrigatie): gedeeltelijk overgenomen. Een algemene regeling komt er niet, maar in 2027 "
        "starten wij een proef waarin twintig bedrijven een bijdrage krijgen voor druppelirrigatie.",
        "GC-2 (beschermingsgebieden): gedeeltelijk overgenomen. Rond de winning Hesseling vergroten wij het "
        "gebied tot de 100-jaarszone. Bij Loo-Noord doen wij dat niet, omdat daar een bedrijventerrein binnen de "
        "zone ligt.",
        "GC-4 (beregening in droge zomers): het beperken van beregening is een taak van de waterschappen. Wij "
        "hebben het advies aan de drie waterschappen doorgestuurd en laten het verder aan hen.",
    ]
    for r in replies:
        para(pdf, r, gap=2.4)
    h2(pdf, "Financiën")
    para(pdf, "De uitbreiding van het meetnet kost 0,6 miljoen euro en de proef met druppelirrigatie 0,4 miljoen "
              "euro. Beide bedragen passen binnen het budget van het programma.")
    h2(pdf, "Vervolg")
    para(pdf, "Het aangepaste programma stellen wij naar verwachting op 16 juni vast. Daarna sturen wij het met "
              "een overzicht van alle wijzigingen aan uw Staten.")
    para(pdf, "Gedeputeerde Staten van Veenmarken,\nde secretaris, drs. R.A. Smeenk\nde voorzitter, "
              "J.H. Oldenhof", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Leg in het programma voor elk grondwaterlichaam een bovengrens vast",
         "Het programma krijgt per grondwaterlichaam een jaarlijks plafond", "agrees"),
        (2, "Breid de grondwaterbeschermingsgebieden rond de winningen Hesseling en Loo-Noord uit",
         "Rond de winning Hesseling vergroten wij het gebied", "partly"),
        (3, "Verhoog de provinciale grondwaterheffing van 1,6 naar 3 cent",
         "De heffing blijft 1,6 cent", "disagrees"),
        (4, "Maak met de waterschappen afspraken om beregening uit grondwater in",
         "hebben het advies aan de drie waterschappen doorgestuurd", "noted"),
        (5, "Breid het provinciale meetnet uit met ten minste 40 peilbuizen",
         "plaatsen wij 45 nieuwe peilbuizen in de veenweidegebieden", "agrees"),
        (6, "Maak de gegevens over alle vergunde onttrekkingen openbaar via een", None, "unanswered"),
        (7, "Stel een subsidieregeling in voor agrarische bedrijven die overstappen",
         "Een algemene regeling komt er niet, maar in 2027", "partly"),
    ], ["danken de commissie voor een grondig en goed leesbaar advies",
        "vraagt een vereniging van bewoners om een aparte regeling",
        "kost 0,6 miljoen euro en de proef met druppelirrigatie",
        "Het aangepaste programma stellen wij naar verwachting op 16 juni vast"],
        "Advice: a provincial groundwater commission's advice on the draft groundwater programme; the seven "
        "recommendations are CODED GC-1 to GC-7 in a HANGING LEFT COLUMN (bold coloured code, text beside it) after "
        "'De commissie adviseert Gedeputeerde Staten:', at the foot of page 1 and on page 2. Traps: the Omgevingswet "
        "paraphrased with 'moet', GS's three questions numbered 1.-3. in the same hanging style, 'Conclusie 1'-'3' "
        "with figures, the 2020 advice quoted as an imperative ('Leg alle onttrekkingen ... vast', carried out), an "
        "answer to question 1 that asks nothing, a closing line naming 'GC-2 en GC-5'. Response: GS's "
        "Statenmededeling; 'Zienswijzen' (other respondents, 'zienswijze 14', nothing), then INLINE LABELS 'GC-N "
        "(subject): verdict.' in the order 5, 1, 3, 7, 2, 4: GC-5 agrees (45 gauges), GC-1 agrees (yearly cap), GC-3 "
        "disagrees (levy stays 1.6 cents), GC-7 partly (a pilot for twenty farms, no scheme), GC-2 partly (Hesseling "
        "only, not Loo-Noord), GC-4 noted (a water-board matter, passed on, left to them). GC-6 (open map of "
        "permitted abstractions) is never named: unanswered. 'Aanleiding', 'Financiën' (figures) and 'Vervolg' "
        "answer nothing.")

"""Round 121 (nl): the EVALUATION REPORT of an independent commission on a dune fire for a VEILIGHEIDSREGIO, its seven
recommendations as bold 'Leerpunt 1.'-'Leerpunt 7.' lead-ins in a closing chapter, after a numbered list of what went
well (1-4) and numbered research questions; answered by the algemeen bestuur's BESTUURSREACTIE: a short letter and an
ACTION TABLE 'Leerpunt | Standpunt AB | Actie | Gereed' in another order, one row for two leerpunten ('2 en 5'), one
leerpunt without a row.

Advice (fpdf2, sans, 2 p., red-orange rule, running head from p. 2, 'n'): research questions 1-3 (trap), 'Wat ging
goed' 1-4 (trap), the 2019 heath-fire evaluation quoted as an imperative (trap), the Wet veiligheidsregio's
paraphrased with 'moet' (trap), a timeline table with figures (trap), a closing line naming 'de leerpunten 1, 3 en 4'
(trap). Response (fpdf2, 2 p.): letter (nothing), table rows 4, 1, 2 en 5, 3, 6, 'Overig' (nothing); 7 unanswered.
Verdicts: 1 agrees, 2 partly, 3 disagrees, 4 noted, 5 agrees, 6 agrees, 7 unanswered. All bodies, places, people,
figures and reference numbers invented.

Run: /tmp/blind121nl/bin/python tests/docs/src/blind121/gen_nl_duinbrand_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b121nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind121_nl_duinbrand"
FS = B.tmp_fonts()
ORANGE = (196, 70, 24)
GREY = (95, 95, 95)
PALE = (250, 236, 228)
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
            self.set_draw_color(*ORANGE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 11, 20, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(23, 16, 23)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.2, style=""):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, LH, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def h2(pdf, text):
    pdf.ln(1.5)
    pdf.set_font("S", "B", 11.5)
    pdf.set_text_color(*ORANGE)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.8)


def items(pdf, rows, indent=6):
    pdf.set_font("S", "", 9.2)
    for lab, text in rows:
        x = pdf.l_margin
        pdf.set_x(x)
        pdf.cell(indent, LH, lab)
        pdf.multi_cell(0, LH, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)


def advice():
    pdf = new("Commissie Evaluatie Duinbrand Kraaiheide - rapport 'Vuur in de wind' - VRWN/EV/2026-03", "{n}")
    pdf.set_draw_color(*ORANGE)
    pdf.set_line_width(1.2)
    pdf.line(23, 16, 187, 16)
    pdf.set_y(20)
    pdf.set_font("S", "B", 8)
    pdf.set_text_color(*ORANGE)
    pdf.cell(0, 5, "COMMISSIE EVALUATIE DUINBRAND KRAAIHEIDE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "B", 17)
    pdf.cell(0, 9, "Vuur in de wind", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 9.5)
    pdf.cell(0, 5, "Evaluatie van de duinbrand bij Kraaiheide op 11 en 12 juli 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, "Aan het algemeen bestuur van Veiligheidsregio Westerkust-Noord - 2 oktober 2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    h2(pdf, "1 Opdracht en aanpak")
    para(pdf, "Op 11 juli 2026 brak in de duinen bij Kraaiheide brand uit. Door de harde oostenwind breidde het vuur "
         "zich binnen drie uur uit tot 140 hectare. Drie campings en het recreatiepark Duinzicht werden ontruimd; "
         "ruim 2.600 mensen moesten hun plaats verlaten. Er vielen geen doden; vier brandweermensen raakten licht "
         "gewond. Het algemeen bestuur vroeg de commissie drie vragen te beantwoorden:")
    items(pdf, [("1.", "Hoe verliepen de alarmering en de ontruiming?"),
                ("2.", "Was de inzet van materieel en mensen toereikend?"),
                ("3.", "Hoe zijn bewoners, gasten en ondernemers geïnformeerd?")])
    para(pdf, "De commissie sprak met 41 betrokkenen en bestudeerde de logboeken. De Wet veiligheidsregio's bepaalt "
         "dat het bestuur een grootschalig incident moet evalueren; dit rapport is die evaluatie.")
    pdf.set_font("S", "", 8)
    with pdf.table(col_widths=(30, 134), line_height=4.4, text_align="LEFT", borders_layout="HORIZONTAL_LINES",
                   headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        for row in (("Tijdstip", "Gebeurtenis"), ("11 juli 14.12 uur", "Eerste melding via 112"),
                    ("11 juli 15.40 uur", "Opschaling naar GRIP 2; ontruiming camping De Helmhoek"),
                    ("11 juli 17.05 uur", "NL-Alert voor de kern Kraaiheide"),
                    ("12 juli 09.30 uur", "Brand meester; 140 hectare afgebrand")):
            t.row(row)
    pdf.ln(3)
    h2(pdf, "2 Wat ging goed")
    items(pdf, [("1.", "De ontruiming van de campings verliep zonder gewonden."),
                ("2.", "De samenwerking met de terreinbeheerder was direct en goed."),
                ("3.", "Het crisiscentrum was binnen een uur operationeel."),
                ("4.", "De opvang in sporthal De Duinrand was goed geregeld.")])
    h2(pdf, "3 Wat beter kan")
    para(pdf, "Na de heidebrand van 2019 adviseerde de toenmalige commissie: 'Stel een natuurbrandbeheersplan op "
         "voor alle grote natuurgebieden.' Dat plan is er gekomen, maar het zegt weinig over campings midden in het "
         "duin. De ontruiming daar hing af van de improvisatie van de beheerders. Het NL-Alert kwam pas toen het vuur "
         "op 800 meter van de eerste huizen was. Twee terreinvaardige voertuigen waren tegelijk in onderhoud, en de "
         "blushelikopter van Defensie kwam na vier uur. Buitenlandse gasten, ongeveer een derde van de campinggasten, "
         "vonden geen informatie in hun eigen taal. Ondernemers wisten weken later nog niet bij wie zij terecht "
         "konden.")
    h2(pdf, "4 Leerpunten")
    para(pdf, "De commissie komt tot de volgende leerpunten voor het bestuur.")
    for i, t in enumerate((
            "Stel voor elke camping en elk recreatiepark in een natuurgebied een vast draaiboek voor ontruiming op, "
            "samen met de exploitant.",
            "Zet NL-Alert in zodra een natuurbrand binnen twee kilometer van bewoning of verblijfsrecreatie komt.",
            "Schaf twee extra terreinvaardige tankautospuiten aan, zodat er altijd vier inzetbaar zijn.",
            "Leg de afspraken met Defensie over de inzet van blushelikopters vast in een convenant met vaste "
            "aanrijtijden.",
            "Oefen jaarlijks met de terreinbeheerders en de exploitanten van de campings een natuurbrandscenario.",
            "Maak de crisisinformatie op de website en in NL-Alert ook beschikbaar in het Duits en het Engels.",
            "Evalueer binnen een jaar de nazorg voor getroffen ondernemers en bied hun tot die tijd één vast "
            "aanspreekpunt."), 1):
        pdf.set_font("S", "", 9.2)
        pdf.multi_cell(0, LH, f"**Leerpunt {i}.** {t}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
    para(pdf, "De commissie vraagt het bestuur in het bijzonder om de leerpunten 1, 3 en 4 voor de zomer van 2027 op "
         "te pakken.")
    para(pdf, "Kraaiheide, 2 oktober 2026 - mr. J.W. Olthof (voorzitter), dr. S. Ait Haddou, ing. R. de Vries-Boer")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Veiligheidsregio Westerkust-Noord - bestuursreactie evaluatie duinbrand - AB-2026-112", "{n}/{m}")
    pdf.set_font("S", "B", 10)
    pdf.set_text_color(*ORANGE)
    pdf.cell(0, 6, "Veiligheidsregio Westerkust-Noord", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 8.5)
    pdf.multi_cell(0, 4.4, "Algemeen bestuur\nKenmerk AB-2026-112\nDatum 19 november 2026\nOnderwerp: bestuursreactie "
                   "op het rapport 'Vuur in de wind'", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Aan de gemeenteraden in Westerkust-Noord en de Commissie Evaluatie Duinbrand Kraaiheide,")
    para(pdf, "Het algemeen bestuur heeft het rapport op 19 november 2026 besproken. Wij zijn de commissie dankbaar "
         "voor het zorgvuldige werk en voor de aandacht voor wat goed ging. In de tabel hieronder leest u per "
         "leerpunt ons standpunt en wat wij gaan doen, met de planning. Over de voortgang rapporteren wij in de "
         "bestuursrapportage van het najaar van 2027.")
    pdf.set_font("S", "", 8.2)
    with pdf.table(col_widths=(20, 56, 64, 24), line_height=4.3, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ORANGE)) as t:
        for row in (
                ("Leerpunt", "Standpunt AB", "Actie", "Gereed"),
                ("4", "Wij delen de zorg over de aanrijtijd, maar afspraken met Defensie maakt het ministerie "
                 "voor alle regio's samen.", "Wij brengen het punt in bij het Veiligheidsberaad en wachten de "
                 "landelijke afspraken af.", "onbekend"),
                ("1", "Overgenomen.", "Draaiboeken voor alle elf campings en parken in het duin, opgesteld met de "
                 "exploitanten.", "Q2 2027"),
                ("2 en 5", "Een vaste grens van twee kilometer nemen wij over voor campings en parken, niet voor "
                 "woonwijken; daar beslist de officier van dienst. De jaarlijkse oefening komt er.",
                 "Richtlijn NL-Alert aangepast. Eerste gezamenlijke natuurbrandoefening met beheerders en "
                 "campings in mei 2027.", "mei 2027"),
                ("3", "Niet overgenomen. Twee extra voertuigen kosten 1,1 miljoen euro en passen niet in de "
                 "begroting; wij spreiden het onderhoud zodat er in de zomer drie inzetbaar zijn.",
                 "Onderhoudsplanning buiten juni-augustus.", "-"),
                ("6", "Overgenomen.", "Standaardteksten in het Duits en Engels voor website en NL-Alert.",
                 "april 2027"),
                ("Overig", "De vier punten die goed gingen, leggen wij vast in het regionaal crisisplan.",
                 "Actualisatie regionaal crisisplan.", "2027")):
            t.row(row)
    pdf.ln(4)
    para(pdf, "Met vriendelijke groet,\nhet algemeen bestuur van Veiligheidsregio Westerkust-Noord,\n"
         "drs. M.A. Kleinjan, voorzitter - ing. F. Tromp, secretaris")
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Stel voor elke camping en elk recreatiepark in een natuurgebied",
         "Draaiboeken voor alle elf campings en parken in het duin", "agrees"),
        (2, "Zet NL-Alert in zodra een natuurbrand binnen twee kilometer",
         "nemen wij over voor campings en parken, niet voor woonwijken", "partly"),
        (3, "Schaf twee extra terreinvaardige tankautospuiten aan, zodat er altijd",
         "kosten 1,1 miljoen euro en passen niet in de begroting", "disagrees"),
        (4, "Leg de afspraken met Defensie over de inzet van blushelikopters",
         "wachten de landelijke afspraken af", "noted"),
        (5, "Oefen jaarlijks met de terreinbeheerders en de exploitanten van de",
         "Eerste gezamenlijke natuurbrandoefening met beheerders en campings in mei 2027", "agrees"),
        (6, "Maak de crisisinformatie op de website en in NL-Alert ook",
         "Standaardteksten in het Duits en Engels voor website en NL-Alert", "agrees"),
        (7, "Evalueer binnen een jaar de nazorg voor getroffen ondernemers", None, "unanswered"),
    ]
    unmatched = ["Wij zijn de commissie dankbaar voor het zorgvuldige werk",
                 "De vier punten die goed gingen, leggen wij vast in het regionaal crisisplan"]
    notes = ("Advice: the evaluation report of an independent commission on a dune fire for Veiligheidsregio "
             "Westerkust-Noord (fpdf2, 2 p.); the recommendations are bold lead-ins 'Leerpunt 1.'-'Leerpunt 7.' in "
             "chapter 4 (expected 1-7). Traps: the board's research questions 1.-3., 'Wat ging goed' 1.-4. (findings), "
             "the 2019 evaluation quoted as an imperative, the Wet veiligheidsregio's paraphrased with 'moet', a "
             "timeline table, a closing line naming 'de leerpunten 1, 3 en 4'. Response: the algemeen bestuur's "
             "letter (thanks, reporting: nothing) and an action table 'Leerpunt | Standpunt AB | Actie | Gereed' in "
             "the order 4, 1, '2 en 5', 3, 6, 'Overig': 4 noted (national matter, 'brengen het punt in' and 'wachten "
             "de landelijke afspraken af', 'onbekend'); 1 agrees ('Overgenomen', Q2 2027); the shared row: 2 partly "
             "(two kilometres for campings and parks, not residential areas) and 5 agrees (yearly exercise, first in "
             "May 2027); 3 disagrees ('Niet overgenomen', budget; maintenance spread instead); 6 agrees; row "
             "'Overig' answers the findings of chapter 2 (nothing); 7 (aftercare for businesses) has no row: "
             "unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 36 (nl, water board): an (invented) unsolicited advice of the JEUGDWATERSCHAP (youth water board) of
Waterschap Rijn en Heuvelland on the draft Waterbeheerprogramma 2028-2033, answered by the DIJKGRAAF's letter
written to the young members in an informal 'jullie' tone. Advice: A4, a blue title band, running header and
'- N -' footer, a survey table, findings with 'moet' and 'zou ... moeten', a quoted earlier youth advice (2024,
imperative), questions pupils asked (traps), Waterschapswet article, and six UNNUMBERED recommendations as bold
'Wij adviseren ... / Verder adviseren wij ... / Ook adviseren wij ... / Tot slot adviseren wij ...' sentences inside
running paragraphs under 'Onze adviezen'; a closing box 'Ons advies samengevat' lists them 1-6 in short form (the
only numbering, used as the labels). Response: letter with headings by theme, in the order 3, 1+4 (one section,
two verdicts), 2, 6; 5 is not answered; an invitation to the opening of a fish passage answers nothing. Engine:
fpdf2 (DejaVu, no text shaping, so no ligatures).

Run: /tmp/blind36nl/bin/python tests/docs/src/blind36/gen_nl_jeugdwaterschap_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b36nl as B  # noqa: E402

NAME = "blind36_nl_jeugdwaterschap"
DV = "/usr/share/fonts/truetype/dejavu/"
BLUE = (0, 94, 160)
LIGHT = (224, 239, 250)
GREEN = (46, 125, 50)
GREY = (100, 100, 100)


class Doc(FPDF):
    head = ""
    foot = ""
    accent = BLUE
    style = "dash"

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 5, 20, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(0, 4, self.head)
        self.set_draw_color(*self.accent)
        self.line(self.l_margin, 16, 210 - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        if self.style == "dash":
            self.cell(0, 4, f"- {self.page_no()} -", align="C")
        else:
            self.cell(0, 4, self.foot, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, f"{self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=11.5):
        self.ln(2)
        if self.get_y() > 245:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def para(self, t, size=9.4, style=""):
        self.set_font("dv", style, size)
        self.multi_cell(0, 5.1, t, markdown=True)
        self.ln(1.6)


def advice():
    d = Doc()
    d.head = "Jeugdwaterschap Rijn en Heuvelland | Ongevraagd advies JWS 2026-2 | Waterbeheerprogramma 2028-2033"
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(0, 0, 210, 46, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(24, 11)
    d.set_font("dv", "B", 9)
    d.cell(0, 5, "JEUGDWATERSCHAP RIJN EN HEUVELLAND")
    d.set_xy(24, 19)
    d.set_font("dv", "B", 20)
    d.cell(0, 10, "Laat ons meedoen met water")
    d.set_xy(24, 31)
    d.set_font("dv", "", 10)
    d.cell(0, 6, "Ongevraagd advies over het ontwerp-Waterbeheerprogramma 2028-2033")
    d.set_text_color(0, 0, 0)
    d.set_y(52)
    d.set_font("dv", "", 8.2)
    d.set_text_color(*GREY)
    d.multi_cell(0, 4.6, "Aan: het algemeen bestuur van Waterschap Rijn en Heuvelland | Datum: 12 mei 2026 | "
                         "Kenmerk: JWS 2026-2 | Vastgesteld in de vergadering van het Jeugdwaterschap van 7 mei 2026")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.hd("Wie wij zijn")
    d.para("Het Jeugdwaterschap bestaat uit veertien jeugdheemraden tussen 13 en 18 jaar, van scholen uit het hele "
           "gebied. Wij vergaderen zes keer per jaar in het waterschapshuis en mogen het algemeen bestuur gevraagd "
           "en ongevraagd advies geven. Het bestuur heeft in 2023 besloten dat het binnen drie maanden op onze "
           "adviezen reageert. Dat is ons vierde advies.")
    d.hd("Hoe we dit advies maakten")
    d.para("We hebben het ontwerp-Waterbeheerprogramma gelezen (ja, helemaal) en in maart 2026 een enquête "
           "gehouden op negen scholen. Daar deden 531 leerlingen aan mee. De belangrijkste uitkomsten:")
    d.set_font("dv", "", 8.4)
    d.set_fill_color(255, 255, 255)
    with d.table(cell_fill_color=LIGHT, cell_fill_mode="ROWS", col_widths=(90, 35, 35), headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255),
                                                                  fill_color=BLUE), line_height=5.2,
                 text_align=("LEFT", "RIGHT", "RIGHT")) as t:
        for r in (("Vraag", "Eens", "Oneens"),
                  ("Ik weet wat het waterschap doet", "31%", "69%"),
                  ("Ik maak me zorgen over wateroverlast of droogte", "64%", "36%"),
                  ("Ik zwem weleens in buitenwater in de stad", "47%", "53%"),
                  ("Ik wil meedenken over plannen voor mijn buurt", "58%", "42%")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("dv", "I", 7.6)
    d.set_text_color(*GREY)
    d.multi_cell(0, 4.4, "Tabel 1. Enquête Jeugdwaterschap, maart 2026 (n = 531).")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.hd("Wat ons opviel")
    d.para("Het programma is goed, maar jongeren komen er bijna niet in voor. Er staat dat het waterschap "
           "'inwoners moet betrekken', maar niet hoe. Tijdens de gastlessen kregen we vragen als: 'Waarom mag ik "
           "niet zwemmen in de singel?' en 'Wie betaalt eigenlijk de dijken?' Veel leerlingen weten niet dat zij "
           "vanaf hun achttiende mogen stemmen bij de waterschapsverkiezingen.")
    d.para("Over zwemwater schreven we in ons advies van 2024 al: 'Maak zwemwater in de stad veilig en laat "
           "zien waar je wel en niet kunt zwemmen.' Er zijn sindsdien bordjes geplaatst, maar de waterkwaliteit "
           "wordt in de zomer maar één keer per week gemeten. Volgens ons zou die vaker gemeten moeten worden, "
           "want na een hittegolf kan het water binnen twee dagen slechter worden.")
    d.hd("Onze adviezen")
    d.para("Meedoen begint bij meebeslissen. **Wij adviseren het algemeen bestuur om het Jeugdwaterschap een vaste "
           "plek te geven in de stuurgroep klimaatadaptatie.** Dan kunnen wij meepraten voordat de plannen klaar "
           "zijn, en niet pas achteraf.")
    d.para("Veel jongeren weten niet wat het waterschap doet (tabel 1). **Verder adviseren wij om op elke "
           "middelbare school in het gebied minstens één keer per schooljaar een gastles over water en klimaat te "
           "geven.** Jeugdheemraden willen daar graag bij helpen.")
    d.para("**Ook adviseren wij het bestuur om op de drie stadszwemplekken in de zomer elke dag de waterkwaliteit "
           "te meten en de uitslag dezelfde dag online te zetten.** Dat kan met de nieuwe sensoren die al in de "
           "Heuvelsumse Plas liggen.")
    d.para("In het programma staat 4,2 miljoen euro voor het vergroenen van schoolpleinen en wijken. **Wij "
           "adviseren het waterschap om tien procent van dat budget te reserveren voor ideeën die jongeren zelf "
           "indienen.** Wij denken graag mee over de spelregels.")
    d.para("De nieuwe waterberging bij Heuvelsum wordt een groot gebied waar je nu alleen langs kunt fietsen. **Wij "
           "adviseren om de oevers van de waterberging zo in te richten dat jongeren er kunnen sporten en "
           "afspreken.** Denk aan een pannaveld, bankjes en een steiger.")
    d.para("**Tot slot adviseren wij het bestuur om samen met de gemeenten bij de waterschapsverkiezingen van 2027 "
           "stembureaus op middelbare scholen te openen.** Volgens artikel 20 van de Waterschapswet mag iedereen "
           "van achttien jaar en ouder stemmen; op school bereik je die jongeren het makkelijkst.")
    if d.get_y() > 215:
        d.add_page()
    d.ln(2)
    y = d.get_y()
    d.set_fill_color(*LIGHT)
    d.rect(d.l_margin, y, 210 - d.l_margin - d.r_margin, 52, style="F")
    d.set_xy(d.l_margin + 4, y + 3)
    d.set_font("dv", "B", 9.6)
    d.set_text_color(*BLUE)
    d.cell(0, 5, "Ons advies samengevat")
    d.set_text_color(0, 0, 0)
    d.ln(7)
    for i, t in enumerate(("Een vaste plek voor jongeren in de stuurgroep klimaatadaptatie.",
                           "Gastlessen over water op alle middelbare scholen.",
                           "Dagelijks meten op de stadszwemplekken.",
                           "Tien procent van het vergroeningsbudget voor ideeën van jongeren.",
                           "Een waterberging waar jongeren kunnen sporten en afspreken.",
                           "Stembureaus op scholen bij de waterschapsverkiezingen."), 1):
        d.set_x(d.l_margin + 4)
        d.set_font("dv", "B", 9)
        d.cell(7, 5.6, f"{i}.")
        d.set_font("dv", "", 9)
        d.cell(0, 5.6, t, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 58)
    d.para("Namens het Jeugdwaterschap,\nSanne Bouwhuis (jeugddijkgraaf) en Mees Verhoef (secretaris)", 8.6)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc()
    d.accent = GREEN
    d.style = "nb"
    d.head = "Waterschap Rijn en Heuvelland | reactie op advies JWS 2026-2"
    d.foot = "Waterschap Rijn en Heuvelland | Postbus 2200, 6800 CE Heuvelsum | www.rijnenheuvelland.nl"
    d.add_page()
    d.set_font("dv", "B", 15)
    d.set_text_color(*GREEN)
    d.cell(0, 8, "Waterschap Rijn en Heuvelland", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*GREEN)
    d.line(d.l_margin, d.get_y() + 1, 186, d.get_y() + 1)
    d.ln(6)
    d.set_text_color(0, 0, 0)
    d.set_font("dv", "", 8.6)
    for k, v in (("Aan", "het Jeugdwaterschap Rijn en Heuvelland"), ("Datum", "30 juli 2026"),
                 ("Ons kenmerk", "RH/2026/184403"), ("Onderwerp", "Reactie op jullie advies 'Laat ons meedoen "
                                                                    "met water'")):
        d.set_font("dv", "B", 8.6)
        d.cell(30, 5, k)
        d.set_font("dv", "", 8.6)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para("Beste jeugdheemraden,")
    d.para("Dank jullie wel voor jullie advies over het Waterbeheerprogramma. Het algemeen bestuur heeft het op 9 "
           "juli besproken en was onder de indruk van de enquête onder 531 leerlingen. Hieronder lees je per "
           "onderwerp wat we met jullie adviezen doen.")
    d.hd("Zwemmen in de stad", 10.5)
    d.para("Jullie hebben gelijk dat het water na een hittegolf snel slechter kan worden. Elke dag meten op alle "
           "drie de plekken is te duur; we gaan wel vanaf de zomer van 2027 twee keer per week meten, en bij "
           "temperaturen boven de 28 graden elke dag. De uitslagen staan voortaan binnen een dag op "
           "zwemwater.nl.")
    d.hd("Meedoen en meebeslissen", 10.5)
    d.para("Het bestuur vindt het een goed idee dat het Jeugdwaterschap aan tafel zit wanneer plannen nog niet "
           "af zijn. Vanaf september krijgen twee jeugdheemraden een vaste zetel in de stuurgroep "
           "klimaatadaptatie, met dezelfde stukken als de andere leden. Een vast deel van het vergroeningsbudget "
           "apart zetten voor jongeren doen we niet: het budget is al verdeeld over projecten met gemeenten en "
           "scholen. Jullie ideeën zijn natuurlijk welkom bij de gewone ronde voor groene schoolpleinen.")
    d.hd("Gastlessen", 10.5)
    d.para("Goed nieuws: dit doen we al. Onze twee educatiemedewerkers gaven vorig schooljaar 61 gastlessen op 23 "
           "van de 27 middelbare scholen. De laatste vier scholen benaderen we dit najaar, en we nemen graag een "
           "jeugdheemraad mee.")
    d.hd("Verkiezingen", 10.5)
    d.para("Waar de stembureaus komen, beslissen de gemeenten en niet het waterschap. We hebben jullie voorstel "
           "daarom doorgestuurd aan de gemeenten in ons gebied, met het verzoek er bij de voorbereiding van de "
           "verkiezingen van 2027 naar te kijken.")
    d.hd("Uitnodiging", 10.5)
    d.para("Op woensdag 14 oktober openen we de nieuwe vispassage bij de stuw in de Rijnwaard. Jullie zijn van "
           "harte welkom; de jeugddijkgraaf mag het lint doorknippen.")
    d.para("Met vriendelijke groet,\n\nir. W.J. (Wouter) Hoeksema\ndijkgraaf van Waterschap Rijn en Heuvelland")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        ("1", "Wij adviseren het algemeen bestuur om het Jeugdwaterschap een vaste",
         "krijgen twee jeugdheemraden een vaste zetel in de stuurgroep", "agrees"),
        ("2", "Verder adviseren wij om op elke middelbare school in het gebied",
         "Goed nieuws: dit doen we al", "agrees"),
        ("3", "Ook adviseren wij het bestuur om op de drie stadszwemplekken",
         "Elke dag meten op alle drie de plekken is te duur", "partly"),
        ("4", "Wij adviseren het waterschap om tien procent van dat budget",
         "apart zetten voor jongeren doen we niet", "disagrees", ["partly"]),
        ("5", "Wij adviseren om de oevers van de waterberging zo in te richten", None, "unanswered"),
        ("6", "Tot slot adviseren wij het bestuur om samen met de gemeenten",
         "We hebben jullie voorstel daarom doorgestuurd aan de gemeenten", "noted"),
    ]
    unmatched = ["openen we de nieuwe vispassage bij de stuw in de Rijnwaard"]
    notes = ("Jeugdwaterschap unsolicited advice (fpdf2): six UNNUMBERED recommendations as bold 'Wij adviseren / "
             "Verder adviseren wij / Ook adviseren wij / Tot slot adviseren wij ...' sentences inside running "
             "paragraphs under 'Onze adviezen', each followed by an explanation; the box 'Ons advies samengevat' "
             "at the end repeats them 1-6 in short form (the labels used here). Traps: survey table, 'moet "
             "betrekken' and 'zou ... moeten' in the findings, pupils' questions, the quoted 2024 youth advice "
             "('Maak zwemwater in de stad veilig ...'), Waterschapswet artikel 20. Response: the dijkgraaf's "
             "letter in a 'jullie' tone with theme headings in the order 3, 1+4, 2, 6: 3 twice a week and daily "
             "above 28 degrees, results online within a day (partly); 'Meedoen en meebeslissen' covers 1 (two "
             "seats in the stuurgroep: agrees) and 4 (no fixed share of the budget 'doen we niet', ideas welcome "
             "in the ordinary round: disagrees, also partly); 2 'dit doen we al' (agrees, already doing); 6 "
             "polling stations are up to the municipalities, passed on (noted). 5 (waterberging banks for young "
             "people) is not mentioned: unanswered. 'Uitnodiging' (fish passage opening) is unmatched.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

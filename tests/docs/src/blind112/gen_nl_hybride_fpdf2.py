"""Round 112 (nl): the ADVIES of the ONDERNEMINGSRAAD of a regional OMGEVINGSDIENST on the director's adviesaanvraag
'Anders werken, anders huisvesten' (hybrid work, flexible workplaces), answered by the director's BESLUIT NA ADVIES,
a letter grouped by position ('Voorwaarden die ik overneem / gedeeltelijk overneem / niet overneem / Overig') with
'Ad voorwaarde N' lead-ins.

Advice (fpdf2, serif, teal letterhead block with a side rule, running head from p. 2, 'blad n van m'): the enquiry's
questions as a numbered list 1.-3. (trap), findings with figures (traps: the Arbobesluit 'moet', the OR's own 2022
advice quoted with 'moet'), the recommendations as TABLE ROWS 'Nr. | Voorwaarde | Toelichting' 1-7 (expected 1-7), a
closing line citing 'de voorwaarden 1, 3 en 7' and artikel 25 WOR. Response order 3, 5, 1+4 (one paragraph), 2, 6;
7 unanswered; 'Mijn besluit' (dates, Spoorlaan 8) and 'Vervolg' (artikel 25, zesde lid) answer nothing.
All invented.

Run: /tmp/blind112nl/bin/python tests/docs/src/blind112/gen_nl_hybride_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b112nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind112_nl_hybride"
F = B.tmp_fonts("B112NL Serif", B.SERIF_FILES)
TEAL = (0, 105, 110)
GREY = (105, 105, 105)


class Doc(FPDF):
    head = ""
    foot = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("R", "", 7.5)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(7)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("R", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 12, 17, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("R", style, F[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def h(pdf, text, size=11.5, before=3):
    pdf.ln(before)
    pdf.set_font("R", "B", size)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def p(pdf, text, style="", size=10, md=False, indent=0, after=2.2, lh=5.2):
    pdf.set_font("R", style, size)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", align="L", markdown=md)
    pdf.ln(after)


def num(pdf, n, text):
    pdf.set_font("R", "", 10)
    pdf.set_x(pdf.l_margin + 4)
    pdf.cell(7, 5.2, n)
    pdf.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(0.8)


def letterhead(pdf, org, sub, meta):
    pdf.set_fill_color(*TEAL)
    pdf.rect(pdf.l_margin, 16, 2.2, 24, style="F")
    pdf.set_xy(pdf.l_margin + 6, 16)
    pdf.set_font("R", "B", 15)
    pdf.set_text_color(*TEAL)
    pdf.cell(90, 7, org, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 6)
    pdf.set_font("R", "", 10)
    pdf.set_text_color(*GREY)
    pdf.cell(90, 5, sub, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y = 16
    for k, v in meta:
        pdf.set_xy(118, y)
        pdf.set_font("R", "B", 8)
        pdf.cell(22, 4.4, k)
        pdf.set_font("R", "", 8)
        pdf.multi_cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT", align="L")
        y = pdf.get_y() + 0.6
    pdf.set_y(max(y, 42) + 6)


RECS = [
    ("1", "Hanteer een verhouding van ten minste 0,7 werkplek per fte in plaats van de voorgestelde 0,6.",
     "Op de piekdagen moet iedereen een plek kunnen vinden; zie de bezettingscijfers in paragraaf 3."),
    ("2", "Verhoog de thuiswerkvergoeding naar het fiscaal onbelaste maximum per thuiswerkdag.",
     "De huidige vergoeding dekt de werkelijke kosten van energie en internet niet meer."),
    ("3", "Geef iedere medewerker een eenmalig budget van 750 euro voor een ergonomische thuiswerkplek.",
     "Een goede stoel en een los beeldscherm zijn de basis; de arboregels gelden ook thuis."),
    ("4", "Laat teams zelf afspreken op welke dagen zij op kantoor werken, zonder een verplicht minimumaantal "
          "kantoordagen.",
     "Teams weten het best wat hun werk vraagt; één centrale regel past niet bij elk team."),
    ("5", "Richt op elke verdieping ten minste twee stilteruimtes in voor geconcentreerd werk.",
     "In een open kantoor is het vaak te rumoerig om een vergunning te beoordelen of een rapport te schrijven."),
    ("6", "Laat de arbodienst binnen zes maanden na de verbouwing onderzoeken hoe het gaat met de werkdruk en de "
          "sociale contacten van collega's die veel thuiswerken.",
     "In de enquête gaven collega's aan dat zij het contact met hun team missen."),
    ("7", "Deel elk kwartaal de bezettingscijfers van het kantoor met de OR en evalueer het besluit samen met de OR "
          "na één jaar.",
     "Zo voorkomen wij dat een evaluatie opnieuw blijft liggen."),
]


def advice():
    pdf = new("Ondernemingsraad Omgevingsdienst Lingeveld - advies OR-2026-019", "blad {n} van {m}")
    letterhead(pdf, "Ondernemingsraad", "Omgevingsdienst Lingeveld",
               [("Aan", "de directeur, ir. B.C. (Bart) Wolters"), ("Datum", "24 november 2026"),
                ("Kenmerk", "OR-2026-019"), ("Betreft", "advies over de adviesaanvraag 'Anders werken, anders "
                                                      "huisvesten'")])
    pdf.set_font("R", "B", 16)
    pdf.multi_cell(0, 7.5, "Advies van de ondernemingsraad over 'Anders werken, anders huisvesten'",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(2)
    h(pdf, "1. Aanleiding")
    p(pdf, "Op 9 september 2026 ontvingen wij uw adviesaanvraag (kenmerk ODL/DIR/2026-114) over het voorgenomen "
           "besluit om het kantoor aan de Havenkade in Veenhaven te verbouwen tot een activiteitgericht kantoor en "
           "hybride werken de standaard te maken. Het aantal werkplekken daalt daarbij van 310 naar 204, een "
           "verhouding van 0,6 werkplek per fte, en medewerkers werken gemiddeld twee dagen per week thuis. Het gaat "
           "om een belangrijke verandering in de huisvesting en de werkwijze van de organisatie, waarover de "
           "ondernemingsraad op grond van artikel 25 van de Wet op de ondernemingsraden advies uitbrengt.")
    h(pdf, "2. Hoe wij ons advies hebben voorbereid")
    p(pdf, "Wij hebben een commissie Huisvesting ingesteld, twee keer met u overlegd (in de overlegvergaderingen van "
           "1 oktober en 5 november) en de achterban geraadpleegd. Aan de digitale enquête deden 212 van de 338 "
           "medewerkers mee, 63 procent. Wij stelden onder meer de volgende vragen:", after=1.2)
    num(pdf, "1.", "Hoeveel dagen per week werkt u nu gemiddeld op kantoor?")
    num(pdf, "2.", "Beschikt u thuis over een goede, ergonomische werkplek?")
    num(pdf, "3.", "Wat heeft u op kantoor nodig om goed te kunnen werken?")
    pdf.ln(1.4)
    p(pdf, "Daarnaast hebben wij het kantoor van de Omgevingsdienst Zuidwaard bezocht, dat in 2024 op dezelfde "
           "manier is verbouwd, en gesproken met de preventiemedewerker.")
    h(pdf, "3. Wat wij hebben gezien")
    p(pdf, "De uitkomsten van de enquête zijn duidelijk. Op dinsdag en donderdag is het nu al druk: op die dagen is "
           "gemiddeld 78 procent van de werkplekken bezet, bij de teams Vergunningverlening en Toezicht zelfs meer "
           "dan 90 procent. Met 0,6 werkplek per fte verwachten wij dat collega's op die dagen geen plek vinden. "
           "Verder werkt 41 procent van de respondenten thuis aan de keukentafel of op een laptop zonder apart "
           "beeldscherm.")
    p(pdf, "Het Arbobesluit is daarover helder: de werkgever moet er ook bij thuiswerk voor zorgen dat de werkplek "
           "voldoet aan de eisen voor beeldschermwerk. Dat is nu niet voor iedereen het geval.")
    p(pdf, "In ons advies over de tijdelijke thuiswerkregeling van 2022 schreven wij al: 'De regeling moet na twee "
           "jaar samen met de OR worden geëvalueerd.' Die evaluatie heeft niet plaatsgevonden.")
    p(pdf, "De OR ziet ook de voordelen van het voornemen. De meeste collega's (71 procent) willen blijven hybride "
           "werken, de reistijd neemt af en een modern kantoor maakt de dienst aantrekkelijker voor nieuwe "
           "medewerkers. Wij staan dan ook positief tegenover de richting die u kiest.")
    h(pdf, "4. Ons advies")
    p(pdf, "De ondernemingsraad adviseert positief over het voorgenomen besluit, op voorwaarde dat u de volgende "
           "zeven punten in het besluit opneemt.", after=1.5)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=(11, 79, 66), cell_fill_mode="NONE", line_height=4.9, first_row_as_headings=True, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                   borders_layout="HORIZONTAL_LINES", padding=1.6) as t:
        row = t.row()
        for x in ("Nr.", "Voorwaarde", "Toelichting"):
            row.cell(x)
        for n, v, e in RECS:
            row = t.row()
            pdf.set_font("R", "", 9.5)
            row.cell(n)
            row.cell(v)
            row.cell(e, style=FontFace(color=(70, 70, 70)))
    pdf.ln(3)
    h(pdf, "5. Tot slot")
    p(pdf, "De OR hecht vooral aan de voorwaarden 1, 3 en 7. Wij zien uw besluit graag binnen vier weken tegemoet. "
           "Mocht u besluiten van ons advies af te wijken, dan wijzen wij u op de termijn uit artikel 25 van de WOR.")
    p(pdf, "Namens de ondernemingsraad,\nFleur Dijkhuizen, voorzitter\nRonald Verbeek, secretaris", after=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def ad(pdf, label, text):
    p(pdf, f"**{label}** {text}", md=True, after=2.4)


def response():
    pdf = new("Omgevingsdienst Lingeveld - besluit ODL/DIR/2026-151", "blad {n} van {m}")
    letterhead(pdf, "Omgevingsdienst Lingeveld", "Directie",
               [("Aan", "de ondernemingsraad, t.a.v. mevrouw F. Dijkhuizen"), ("Datum", "17 december 2026"),
                ("Kenmerk", "ODL/DIR/2026-151"), ("Betreft", "besluit 'Anders werken, anders huisvesten'")])
    p(pdf, "Beste leden van de ondernemingsraad,")
    p(pdf, "Op 24 november ontving ik jullie advies over het voorgenomen besluit 'Anders werken, anders huisvesten'. "
           "Dank voor de zorgvuldige voorbereiding, in het bijzonder voor de enquête, die ons veel inzicht geeft in "
           "hoe collega's nu werken. In deze brief laat ik weten welk besluit ik heb genomen en hoe ik met jullie "
           "voorwaarden omga. Ik heb de voorwaarden ingedeeld naar de mate waarin ik ze overneem.")
    h(pdf, "Mijn besluit")
    p(pdf, "Ik heb besloten het voorgenomen besluit uit te voeren, met de aanpassingen die hieronder staan. De "
           "verbouwing van de Havenkade start op 1 maart 2027 en duurt naar verwachting zestien weken; in die periode "
           "werken de teams vanuit de tijdelijke locatie aan de Spoorlaan 8.")
    h(pdf, "Voorwaarden die ik overneem")
    ad(pdf, "Ad voorwaarde 3 - thuiswerkplek.", "Iedere medewerker krijgt in 2027 een eenmalig budget van 750 euro "
       "voor een bureaustoel, een beeldscherm of ander ergonomisch meubilair. De aanvraag loopt via het "
       "personeelsportaal en kan vanaf 1 februari 2027 worden ingediend.")
    ad(pdf, "Ad voorwaarde 5 - stilteruimtes.", "In het ontwerp zijn nu op elke verdieping twee stilteruimtes "
       "opgenomen. Op de tweede verdieping komt daarnaast een extra belcel.")
    h(pdf, "Voorwaarden die ik gedeeltelijk overneem")
    ad(pdf, "Ad voorwaarden 1 en 4 - werkplekken en kantoordagen.", "Deze twee voorwaarden hangen samen: hoe vrijer "
       "teams hun kantoordagen kiezen, hoe groter de drukte op dinsdag en donderdag. Ik verhoog het aantal "
       "werkplekken naar 0,65 per fte, dat zijn 221 werkplekken. Naar 0,7 ga ik niet, omdat daarvoor een extra "
       "verdieping zou moeten worden gehuurd. Teams bepalen zelf hun kantoordagen, met één uitzondering: elk team "
       "spreekt één vaste teamdag per week af waarop iedereen op kantoor is. Die teamdagen verdelen we zo over de "
       "week dat de piek op dinsdag en donderdag afneemt.")
    h(pdf, "Voorwaarde die ik niet overneem")
    ad(pdf, "Ad voorwaarde 2 - thuiswerkvergoeding.", "Ik begrijp dat de kosten van energie en internet zijn "
       "gestegen. De hoogte van de thuiswerkvergoeding is echter in de cao afgesproken, en daar wijk ik als "
       "werkgever niet van af. De vergoeding blijft daarom op het cao-bedrag van 2,45 euro per thuiswerkdag.")
    h(pdf, "Overig")
    ad(pdf, "Ad voorwaarde 6 - onderzoek door de arbodienst.", "Jullie zorg over werkdruk en sociale contacten neem "
       "ik serieus. Of een apart onderzoek door de arbodienst nodig is, wil ik eerst bespreken met de "
       "preventiemedewerker. Ik kom hierop terug bij de nieuwe RI&E in 2028.")
    h(pdf, "Vervolg")
    p(pdf, "Omdat mijn besluit op enkele punten afwijkt van jullie advies, voer ik het op grond van artikel 25, zesde "
           "lid, van de WOR pas uit na een maand, dus niet vóór 18 januari 2027, tenzij jullie eerder laten weten "
           "daartegen geen bezwaar te hebben. Ik bespreek dit besluit graag nog met jullie in de overlegvergadering "
           "van 14 januari.")
    p(pdf, "Met vriendelijke groet,\n\nir. B.C. (Bart) Wolters\ndirecteur Omgevingsdienst Lingeveld", after=0)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Hanteer een verhouding van ten minste 0,7 werkplek per fte",
         "Ik verhoog het aantal werkplekken naar 0,65 per fte", "partly"),
        (2, "Verhoog de thuiswerkvergoeding naar het fiscaal onbelaste maximum",
         "De vergoeding blijft daarom op het cao-bedrag", "disagrees"),
        (3, "Geef iedere medewerker een eenmalig budget van 750 euro",
         "De aanvraag loopt via het personeelsportaal", "agrees"),
        (4, "Laat teams zelf afspreken op welke dagen zij op kantoor werken",
         "elk team spreekt één vaste teamdag per week af", "partly"),
        (5, "Richt op elke verdieping ten minste twee stilteruimtes in",
         "In het ontwerp zijn nu op elke verdieping twee stilteruimtes opgenomen", "agrees"),
        (6, "Laat de arbodienst binnen zes maanden na de verbouwing onderzoeken",
         "Of een apart onderzoek door de arbodienst nodig is", "noted"),
        (7, "Deel elk kwartaal de bezettingscijfers van het kantoor met de OR", None, "unanswered"),
    ]
    unmatched = ["Dank voor de zorgvuldige voorbereiding, in het bijzonder voor de enquête",
                 "verbouwing van de Havenkade start op 1 maart 2027",
                 "tenzij jullie eerder laten weten daartegen geen bezwaar te hebben"]
    notes = ("Dutch ONDERNEMINGSRAAD of a regional omgevingsdienst advising the director (art. 25 WOR) on the "
             "adviesaanvraag 'Anders werken, anders huisvesten' (fpdf2, 2 p., serif, teal letterhead block with a "
             "side rule and a metadata column, running head from p. 2, 'blad n van m'): the enquiry's three questions "
             "as a numbered list 1.-3. (trap), findings with figures (78 and 90 procent, 41 procent; traps: the "
             "Arbobesluit 'moet', the OR's 2022 advice quoted with 'moet', a positive paragraph); recommendations as "
             "TABLE ROWS 'Nr. | Voorwaarde | Toelichting' 1-7 after 'adviseert positief ... op voorwaarde dat' "
             "(expected 1-7); closing line citing 'de voorwaarden 1, 3 en 7' (trap). Response: the director's "
             "BESLUIT NA ADVIES letter grouped by position with bold 'Ad voorwaarde N' lead-ins, order 3, 5, 1+4, 2, 6: "
             "3 agrees (750 euro budget via the portal); 5 agrees (two stilteruimtes per floor); 'Ad voorwaarden 1 en "
             "4' = 1 partly (0,65 not 0,7) + 4 partly (teams choose, but one fixed teamdag); 2 disagrees (stays at "
             "the cao amount); 6 noted (first to be discussed with the preventiemedewerker, back to it in the 2028 "
             "RI&E); 7 (quarterly figures and joint evaluation) unanswered; the opening, 'Mijn besluit' (dates, "
             "Spoorlaan 8) and 'Vervolg' (artikel 25, zesde lid: trap) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

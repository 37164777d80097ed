"""Round 153 (nl): the VERZUIMANALYSE (sickness-absence analysis) of an (invented) occupational health service for a
municipal waste-collection company; its seven recommendations are UNNUMBERED BULLETS under '6 Aanbevelingen', after
conclusions as bullets in exactly the same style under '5 Conclusies' (trap); answered by the director's MEMO TO
THE WORKS COUNCIL that PARAPHRASES BY THEME under bold sub-heads, in another order, one paragraph answering two with
different verdicts.

Advice (fpdf2, sans, dark-teal letterhead rule and headings, metadata lines, a ruled absence table, running head,
'pagina n van m'): the gatekeeper law paraphrased with 'moet' (trap), the 2023 analysis's recommendation quoted as an
imperative (trap), 'Wij adviseren niet om een verzuimbonus in te voeren' (trap); expected 1-7 in reading order.
Response (fpdf2, 'blad n'): 2 partly (side loaders only when four trucks are replaced), 1 agrees (training for the
team leaders), ONE paragraph 4 agrees (open consultation hour at the depot) + 5 disagrees (no cause registered:
privacy), 3 disagrees (no general older-worker scheme; tailored work only), 6 noted (a working group is the
council's own choice), the bonus sentence answered (unmatched); 7 (repeat the analysis with absence costs)
unanswered. All bodies, places, people, figures and reference numbers invented.

Run: /tmp/blind153nl/bin/python tests/docs/src/blind153/gen_nl_verzuimanalyse_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b153nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind153_nl_verzuimanalyse"
FS = B.tmp_fonts()
INK = (24, 96, 100)
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
    pdf.set_creation_date(datetime.datetime(2027, 11, 24, tzinfo=datetime.timezone.utc))
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


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 28:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def bullet(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 12:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "", 9.4)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin + 2, y)
    pdf.cell(4, LH, "\u2022")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 7, y)
    pdf.multi_cell(width(pdf) - 7, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.4)


def letterhead(pdf, who, addr, title, subt):
    para(pdf, who, size=12.5, style="B", color=INK, align="L", gap=0.5)
    para(pdf, addr, size=8, color=GREY, align="L", gap=1.5)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    para(pdf, title, size=14, style="B", align="L", gap=0.8, lh=6.6)
    para(pdf, subt, size=8.3, color=GREY, align="L", gap=3)


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


def ruled(pdf, head, rows, widths, size=8.4):
    pdf.set_font("S", "", size)
    pdf.set_draw_color(150, 175, 175)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, padding=1.4,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK),
                   first_row_as_headings=True, borders_layout="HORIZONTAL_LINES") as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


CONCLUSIONS = [
    "Het verzuim bij de inzameling ligt met 9,8 procent ruim boven het gemiddelde van de branche en is sinds 2023 "
    "gestegen.",
    "Bijna de helft van de verzuimdagen komt door klachten aan rug, schouders en knieën, vooral bij beladers van de "
    "minicontainerroutes.",
    "Ploegleiders voelen zich onzeker in het verzuimgesprek; het eerste contact loopt nu via de afdeling P&O.",
    "Medewerkers van 55 jaar en ouder verzuimen minder vaak, maar als zij uitvallen duurt het gemiddeld drie keer "
    "zo lang.",
]

RECS = [
    "Train alle ploegleiders in het voeren van verzuimgesprekken en leg het eerste contact op de dag van de "
    "ziekmelding bij hen in plaats van bij P&O.",
    "Zet bij de inzameling zijladers en tilhulpen in, zodat beladers minder hoeven te tillen en minder "
    "containers met de hand hoeven te verplaatsen.",
    "Geef medewerkers van 55 jaar en ouder de mogelijkheid om in een lichtere functie of in een vierdaagse "
    "werkweek van 32 uur te werken met behoud van pensioenopbouw.",
    "Laat de bedrijfsarts één ochtend per maand een open spreekuur houden op de werf aan de Kanaalweg, waar "
    "medewerkers zonder afspraak binnen kunnen lopen.",
    "Registreer bij elke ziekmelding of het verzuim volgens de medewerker met het werk te maken heeft, zodat "
    "werkgerelateerd verzuim beter zichtbaar wordt.",
    "Vraag de ondernemingsraad een werkgroep vitaliteit op te richten die met medewerkers zelf ideeën uitwerkt "
    "voor gezond en veilig werken.",
    "Herhaal deze analyse over 2027 en breng daarbij ook de kosten van het verzuim in beeld, inclusief "
    "vervanging door uitzendkrachten.",
]

TABLE = [
    ["Inzameling (82 fte)", "9,8", "8,1", "1,6"],
    ["Milieustraat (14 fte)", "6,2", "5,4", "1,2"],
    ["Werkplaats (11 fte)", "4,9", "5,0", "0,9"],
    ["Kantoor en klantcontact (23 fte)", "3,7", "3,9", "1,4"],
    ["Totaal (130 fte)", "8,0", "6,9", "1,4"],
]


def advice():
    pdf = new("ArboNoord Verzuim & Vitaliteit - verzuimanalyse 2026 Milieubedrijf Veenstreek - ANV-27-0311",
              "Verzuimanalyse 2026 Milieubedrijf Veenstreek", "ArboNoord Verzuim & Vitaliteit", of_m=True)
    letterhead(pdf, "ArboNoord Verzuim & Vitaliteit", "arbodienst en bedrijfsartsen - Stationsweg 77, 9401 KK Assen-Zuid"
               " - info@arbonoord.example",
               "Verzuimanalyse 2026 Milieubedrijf Veenstreek",
               "analyse van het ziekteverzuim over 2026, in opdracht van de directie van Milieubedrijf Veenstreek N.V.")
    meta(pdf, [("Opdrachtgever", "Milieubedrijf Veenstreek N.V., t.a.v. de heer F. (Frank) Lubbers, directeur"),
               ("Kenmerk", "ANV-27-0311"),
               ("Datum", "30 augustus 2027"),
               ("Opgesteld door", "drs. I. (Ilse) Wubbels, arbeids- en organisatiedeskundige, en M. (Mahmut) "
                "Karaca, bedrijfsarts")])
    h2(pdf, "1 Aanleiding")
    para(pdf, "Het verzuim bij Milieubedrijf Veenstreek is in 2026 voor het derde jaar op rij gestegen. De directie "
         "wil weten waar het verzuim vandaan komt en wat eraan te doen is. Volgens de Wet verbetering poortwachter "
         "moet de werkgever zich samen met de zieke werknemer inspannen voor re-integratie, en moet er binnen zes "
         "weken een probleemanalyse van de bedrijfsarts liggen. Deze analyse gaat niet over individuele dossiers, "
         "maar over patronen.")
    para(pdf, "In de vorige analyse, over 2023, stond deze aanbeveling, die nog niet is uitgevoerd:")
    para(pdf, "'Voer voor alle functies in de inzameling een werkplekonderzoek naar fysieke belasting uit en "
         "bespreek de uitkomsten in het werkoverleg.'", style="I", color=GREY, indent=8)
    h2(pdf, "2 Werkwijze")
    para(pdf, "Wij gebruikten de verzuimregistratie over 2024-2026, de geanonimiseerde spreekuurgegevens van de "
         "bedrijfsarts en twaalf interviews met ploegleiders, beladers, chauffeurs en de afdeling P&O. Op 14 juni "
         "hebben wij een ochtend meegelopen op twee inzamelroutes.")
    h2(pdf, "3 Cijfers")
    para(pdf, "Verzuimpercentage 2026 en 2024 en meldingsfrequentie (gemiddeld aantal meldingen per medewerker per "
         "jaar) per afdeling:")
    ruled(pdf, ["Afdeling", "Verzuim 2026 (%)", "Verzuim 2024 (%)", "Meldingsfrequentie 2026"], TABLE,
          [62, 34, 34, 38])
    h2(pdf, "4 Wat medewerkers vertellen")
    para(pdf, "Beladers noemen de zware minicontainers op de routes in het buitengebied en het tempo van de routes. "
         "Chauffeurs noemen het lange zitten en het in- en uitstappen. Ploegleiders zeggen dat zij bij een "
         "ziekmelding vaak pas na een paar dagen horen wat er aan de hand is.")
    h2(pdf, "5 Conclusies")
    for c in CONCLUSIONS:
        bullet(pdf, c)
    para(pdf, "Wij adviseren niet om een verzuimbonus in te voeren voor medewerkers die een jaar niet ziek zijn "
         "geweest: zo'n regeling leidt tot doorwerken met klachten en raakt juist de oudere beladers.", gap=2.2)
    h2(pdf, "6 Aanbevelingen")
    para(pdf, "Op grond van de cijfers en de gesprekken bevelen wij het volgende aan.", gap=1.6)
    for r in RECS:
        bullet(pdf, r)
    h2(pdf, "7 Tot slot")
    para(pdf, "Het verzuim bij Veenstreek is hoog, maar goed te verklaren en dus ook te beïnvloeden. Wij danken de "
         "medewerkers die hun ervaringen met ons deelden en lichten de analyse graag toe in het managementteam en "
         "in de ondernemingsraad.")
    pdf.output(B.out(NAME + "_advice.pdf"))


THEMES = [
    ("Tillen en trekken", "De vier zijladers die wij in 2028 vervangen, worden zijladers met een automatische arm, "
     "zodat op die routes niet meer met de hand wordt beladen. Extra tilhulpen voor de overige wagens schaffen wij "
     "nu niet aan; wij kijken eerst wat de nieuwe wagens opleveren."),
    ("De rol van de ploegleider", "Het eerste contact bij ziekte komt bij de ploegleiders te liggen. Alle twaalf "
     "ploegleiders volgen in januari en februari een training van drie dagdelen bij ArboNoord; P&O blijft "
     "achter de schermen betrokken."),
    ("Bedrijfsarts en registratie", "Vanaf januari zit de bedrijfsarts elke eerste dinsdagochtend van de maand op "
     "de werf aan de Kanaalweg; een afspraak is niet nodig. Naar de oorzaak van een ziekmelding vragen wij "
     "niet: de privacyregels staan een werkgever niet toe dat vast te leggen, ook niet als de medewerker het "
     "zelf vertelt. Het werkgerelateerde verzuim blijft daarom zichtbaar via de rapportages van de bedrijfsarts."),
    ("Oudere medewerkers", "Een algemene regeling voor iedereen vanaf 55 jaar komt er niet. De cao biedt al "
     "een seniorenregeling met ouderenverlof, en wij zoeken liever per medewerker met de bedrijfsarts naar "
     "passend werk dan dat wij een regeling voor een hele leeftijdsgroep invoeren."),
    ("Werkgroep vitaliteit", "Of er een werkgroep vitaliteit komt, is een keuze van de ondernemingsraad zelf. "
     "Als de raad ertoe besluit, stellen wij uren en een klein budget beschikbaar."),
    ("Verzuimbonus", "Wij waren dat ook niet van plan; een beloning voor niet ziek zijn past niet bij ons bedrijf."),
]


def response():
    pdf = new("Milieubedrijf Veenstreek N.V. - memo verzuimanalyse 2026 - DIR/2027/088",
              "Memo: reactie op de verzuimanalyse 2026", "Milieubedrijf Veenstreek N.V.")
    letterhead(pdf, "Milieubedrijf Veenstreek N.V.", "inzameling, milieustraat en reiniging - Kanaalweg 12, "
               "9422 PD Smilde-Oost", "Memo: reactie op de verzuimanalyse 2026",
               "aan de ondernemingsraad, ter informatie aan het managementteam")
    meta(pdf, [("Van", "F. Lubbers, directeur"), ("Kenmerk", "DIR/2027/088"), ("Datum", "9 november 2027"),
               ("Bijlage", "verzuimanalyse ArboNoord ANV-27-0311")])
    para(pdf, "Beste leden van de ondernemingsraad,", align="L")
    para(pdf, "Op 28 september hebben wij de verzuimanalyse samen besproken in de overlegvergadering. Ik heb toen "
         "beloofd schriftelijk te laten weten wat de directie met de aanbevelingen doet. Dat doe ik hieronder per "
         "onderwerp; over de plannen die uw instemming vragen, ontvangt u een apart verzoek.")
    for head, text in THEMES:
        para(pdf, head, style="B", gap=0.4, align="L", color=INK)
        para(pdf, text)
    para(pdf, "Ik ben blij dat het rapport laat zien dat het verzuim te beïnvloeden is. Ik hoop dat wij hier in het "
         "voorjaar samen op terugkijken.")
    para(pdf, "Met vriendelijke groet,\nFrank Lubbers, directeur", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Train alle ploegleiders in het voeren van verzuimgesprekken en leg",
         "Alle twaalf ploegleiders volgen in januari en februari een training", "agrees"),
        (2, "Zet bij de inzameling zijladers en tilhulpen in, zodat beladers",
         "Extra tilhulpen voor de overige wagens schaffen wij nu niet aan", "partly"),
        (3, "Geef medewerkers van 55 jaar en ouder de mogelijkheid",
         "Een algemene regeling voor iedereen vanaf 55 jaar komt er niet", "disagrees"),
        (4, "Laat de bedrijfsarts één ochtend per maand een open spreekuur",
         "elke eerste dinsdagochtend van de maand op de werf", "agrees"),
        (5, "Registreer bij elke ziekmelding of het verzuim volgens de medewerker",
         "Naar de oorzaak van een ziekmelding vragen wij niet", "disagrees"),
        (6, "Vraag de ondernemingsraad een werkgroep vitaliteit op te richten",
         "is een keuze van de ondernemingsraad zelf", "noted"),
        (7, "Herhaal deze analyse over 2027 en breng daarbij ook de kosten", None, "unanswered"),
    ], ["een beloning voor niet ziek zijn past niet bij ons bedrijf"],
        "Advice: the VERZUIMANALYSE of an occupational health service for a municipal waste company; the seven "
        "recommendations are UNNUMBERED BULLETS under '6 Aanbevelingen' (expected 1-7 in reading order). Traps: the "
        "gatekeeper law paraphrased with 'moet', the 2023 analysis's recommendation quoted as an imperative (not yet "
        "carried out), an absence table, conclusions as bullets in exactly the same style, 'Wij adviseren niet om een "
        "verzuimbonus in te voeren'. Response: the director's MEMO TO THE WORKS COUNCIL PARAPHRASING BY THEME under "
        "bold sub-heads in the order 2, 1, 4+5, 3, 6, bonus: 2 partly (automatic arms on four new trucks, no extra "
        "lifting aids), 1 agrees, ONE paragraph 4 agrees (open consultation hour) + 5 disagrees (no cause recorded: "
        "privacy), 3 disagrees (no 55+ scheme; tailored work), 6 noted (the council's own choice), 'Verzuimbonus' "
        "answers the 'we do not advise' sentence (unmatched). 7 (repeat the analysis with costs) is never answered; "
        "greeting, introduction and closing answer nothing.")
    print("written", NAME)

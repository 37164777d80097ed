"""Round 33 (nl, gemeente): the (invented) annual report of the gemeentearchivaris to the college of an invented
municipality, Wolderveen ('Verslag van de gemeentearchivaris over 2025', archival supervision under the
Archiefverordening), answered in the MINUTES of the council committee that discussed it ('Verslag van de vergadering
van de raadscommissie Bestuur en Middelen'), where the alderman answers the councillors' questions orally. Advice:
letterhead band, a meta table, article 3 of the Archiefwet 1995 quoted ('zijn verplicht'), a table with LAST year's
recommendations 1-5 and their status (imperatives, a trap), a KPI table with norms in 'moet' language and coloured
verdict cells, a shaded sidebar box 'Wat is een e-depot?', findings with 'zou ... moeten', and the seven new
recommendations only in chapter 4 as a numbered list 1.-7. with an italic 'Termijn:' line each. Response: minutes
with an attendance block, agenda items 1-5 (numbers that clash with the recommendations); the announcements mention
the new case system (a trap for 2); under item 3 the archivist's summary and the councillors' questions paraphrase
the recommendations; the alderman answers by subject in the order 1+6 (one paragraph, two verdicts), 4, 5, 3, 7; 2
(retention periods in the case system) is not answered; a table of 'toezeggingen' repeats two commitments in other
words; the rondvraag answers nothing. Engine: fpdf2 (DejaVu, no text shaping, so no ligatures; 'pagina N van M' via
alias_nb_pages)."""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b33nl as B  # noqa: E402

NAME = "blind33_nl_archivaris"
DV = "/usr/share/fonts/truetype/dejavu/"
BROWN = (122, 62, 30)
SAND = (246, 238, 226)
GREEN = (196, 228, 196)
AMBER = (252, 226, 170)
RED = (244, 196, 190)
TEAL = (0, 96, 110)
ICE = (228, 241, 243)


class Doc(FPDF):
    foot = ""
    head = ""
    accent = BROWN

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                      ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("ds", st, DV + f)
        self.set_margins(24, 22, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 4, 14, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1 or not self.head:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 11)
        self.cell(0, 4, self.head)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.3)
        self.line(self.l_margin, 16, 210 - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, self.foot.replace("#", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)

    # -- helpers
    def h2(self, t, size=11):
        self.ln(2.5)
        if self.get_y() > 245:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def h3(self, t):
        self.ln(1)
        if self.get_y() > 252:
            self.add_page()
        self.set_font("dv", "B", 9.4)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")

    def p(self, t, style="", font="ds", size=9.4, lh=5.1, indent=0, align="J"):
        self.set_font(font, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(2)

    def item(self, lab, t, font="ds", size=9.4, style="", labw=7, lh=5.1):
        self.set_font(font, "B", size)
        self.set_text_color(*self.accent)
        x = self.l_margin
        self.set_x(x)
        self.cell(labw, lh, lab)
        self.set_text_color(0, 0, 0)
        self.set_font(font, style, size)
        self.multi_cell(0, lh, t, new_x="LMARGIN", new_y="NEXT", align="L")


# ------------------------------------------------------------------ advice

PREV = [
    ("1", "Stel een informatiebeheerplan op voor de jaren 2025\u20132027 en laat het college dit vaststellen.",
     "Deels: concept gereed, niet vastgesteld", AMBER),
    ("2", "Laat de personeelsdossiers van v\u00f3\u00f3r 2010 die voor vernietiging in aanmerking komen, "
          "vernietigen.", "Uitgevoerd", GREEN),
    ("3", "Betrek de gemeentearchivaris bij de migratie naar het nieuwe zaaksysteem.", "In uitvoering", AMBER),
    ("4", "Stel een calamiteitenplan op voor de archiefruimte in het gemeentehuis.", "Niet uitgevoerd", RED),
    ("5", "Leg vast wie zorgdrager is voor de dossiers van de gemeenschappelijke regeling Sociaal Domein.",
     "Uitgevoerd", GREEN),
]

KPIS = [
    ("KPI 1", "Kwaliteitssysteem", "De gemeente moet beschikken over een vastgesteld kwaliteitssysteem voor het "
     "informatiebeheer en dit jaarlijks toetsen.", ("voldoet niet", RED), ("voldoet niet", RED)),
    ("KPI 2", "Digitale informatie", "Aan elke zaak moeten bij de aanmaak een bewaartermijn en een "
     "selectiecategorie worden toegekend.", ("voldoet deels", AMBER), ("voldoet deels", AMBER)),
    ("KPI 3", "Duurzame toegankelijkheid", "Digitale archiefbescheiden die blijvend bewaard worden, moeten in een "
     "e-depot terechtkomen.", ("voldoet niet", RED), ("voldoet niet", RED)),
    ("KPI 4", "Vernietiging", "Archiefbescheiden waarvan de bewaartermijn verstreken is, moeten tijdig worden "
     "vernietigd.", ("voldoet deels", AMBER), ("voldoet niet", RED)),
    ("KPI 5", "Archiefruimte", "De archiefruimte moet voldoen aan de eisen van de Archiefregeling, onder meer voor "
     "temperatuur en luchtvochtigheid.", ("voldoet deels", AMBER), ("voldoet deels", AMBER)),
    ("KPI 6", "Overbrenging", "Archieven ouder dan twintig jaar moeten worden overgebracht naar de "
     "archiefbewaarplaats.", ("voldoet", GREEN), ("voldoet", GREEN)),
]

RECS_TEXT = [
    ("Stel in 2026 een kwaliteitssysteem voor het informatiebeheer vast en laat het jaarlijks intern controleren.",
     "vaststelling v\u00f3\u00f3r 31 december 2026"),
    ("Richt het zaaksysteem zo in dat bij het aanmaken van een zaak automatisch de juiste bewaartermijn en "
     "selectiecategorie worden vastgelegd.", "bij de ingebruikname van het nieuwe zaaksysteem"),
    ("Maak met de ICT-samenwerking Ommerland afspraken over de aansluiting op een e-depot en neem de kosten op in "
     "de begroting.", "aansluiting v\u00f3\u00f3r 1 januari 2028"),
    ("Werk de achterstand in de vernietiging van de papieren archieven uit de periode 1990\u20132015 binnen twee "
     "jaar weg.", "v\u00f3\u00f3r 1 juli 2028"),
    ("Vervang de klimaatinstallatie van de archiefruimte in het gemeentehuis, zodat temperatuur en luchtvochtigheid "
     "aan de norm voldoen.", "v\u00f3\u00f3r 31 december 2026"),
    ("Breid de formatie voor informatiebeheer uit met ten minste \u00e9\u00e9n fte.", "begroting 2027"),
    ("Stel een regeling vast voor het bewaren van chat- en sms-berichten van bestuurders en medewerkers over "
     "gemeentelijke zaken.", "v\u00f3\u00f3r 1 januari 2027"),
]


def advice():
    d = Doc()
    d.head = "Historisch Centrum Ommerland \u00b7 verslag van de gemeentearchivaris over 2025 \u00b7 gemeente Wolderveen"
    d.foot = "HCO/2026/0142 \u00b7 pagina # van {nb}"
    d.add_page()
    d.set_fill_color(*BROWN)
    d.rect(0, 0, 210, 30, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(24, 9)
    d.set_font("dv", "B", 14)
    d.cell(0, 7, "Historisch Centrum Ommerland", new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("dv", "", 8.5)
    d.cell(0, 5, "archief- en documentatiecentrum voor Wolderveen, Ommen-Oost, Hardeveld, Lemerbroek en Dalfsterweide",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_y(38)
    d.set_font("dv", "B", 17)
    d.set_text_color(*BROWN)
    d.multi_cell(0, 8, "Verslag van de gemeentearchivaris over 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 11)
    d.set_text_color(60, 60, 60)
    d.cell(0, 6, "Toezicht op het beheer van de archiefbescheiden van de gemeente Wolderveen", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(4)
    for k, v in (("Aan", "het college van burgemeester en wethouders van Wolderveen"),
                 ("Van", "drs. H.J. Brinkhuis, gemeentearchivaris"), ("Datum", "14 april 2026"),
                 ("Kenmerk", "HCO/2026/0142"),
                 ("Afschrift", "gemeenteraad (via het college); provincie, in het kader van het interbestuurlijk "
                               "toezicht")):
        d.set_font("dv", "B", 8.5)
        d.cell(24, 5, k)
        d.set_font("dv", "", 8.5)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.h2("1  Inleiding")
    d.p("Op grond van artikel 9 van de Archiefverordening Wolderveen 2017 brengt de gemeentearchivaris elk jaar aan "
        "het college verslag uit over het toezicht op het beheer van de archiefbescheiden. Het college is de "
        "zorgdrager. Artikel 3 van de Archiefwet 1995 is daarover duidelijk:")
    d.p("\u2018De overheidsorganen zijn verplicht de onder hen berustende archiefbescheiden in goede, geordende en "
        "toegankelijke staat te brengen en te bewaren, alsmede zorg te dragen voor de vernietiging van de daarvoor in "
        "aanmerking komende archiefbescheiden.\u2019", style="I", indent=8)
    d.p("Dit verslag beschrijft de opvolging van de aanbevelingen uit het vorige verslag, de bevindingen over 2025 en "
        "zeven nieuwe aanbevelingen. Het college stuurt het verslag samen met zijn reactie naar de gemeenteraad. De "
        "bevindingen zijn gebaseerd op een inspectiebezoek op 10 en 11 februari 2026, een steekproef in het "
        "zaaksysteem en gesprekken met het team Informatievoorziening.")
    d.h2("2  Opvolging van de aanbevelingen uit 2024")
    d.p("In het verslag over 2024 deed ik vijf aanbevelingen. De tabel laat zien wat ermee is gebeurd.")
    d.set_font("dv", "", 8.2)
    d.set_draw_color(190, 170, 150)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(10, 104, 50), line_height=4.6, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BROWN),
                 borders_layout="HORIZONTAL_LINES", padding=1.4) as t:
        r = t.row()
        for x in ("Nr.", "Aanbeveling uit het verslag over 2024", "Stand eind 2025"):
            r.cell(x)
        for n, txt, st, col in PREV:
            r = t.row()
            r.cell(n)
            r.cell(txt)
            r.cell(st, style=FontFace(fill_color=col))
    d.ln(3)
    d.h2("3  Bevindingen over 2025")
    d.p("De provincie gebruikt bij het interbestuurlijk toezicht op het informatiebeheer kritieke "
        "prestatie-indicatoren (KPI\u2019s). Ik beoordeel de gemeente op zes daarvan.")
    d.set_font("dv", "", 8)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(14, 32, 78, 20, 20), line_height=4.3, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BROWN),
                 borders_layout="HORIZONTAL_LINES", padding=1.3) as t:
        r = t.row()
        for x in ("KPI", "Onderwerp", "Norm", "2024", "2025"):
            r.cell(x)
        for k, o, n, a, b in KPIS:
            r = t.row()
            r.cell(k)
            r.cell(o)
            r.cell(n)
            r.cell(a[0], style=FontFace(fill_color=a[1]))
            r.cell(b[0], style=FontFace(fill_color=b[1]))
    d.ln(3)
    d.h3("3.1  Kwaliteitssysteem en organisatie")
    d.p("Het concept-informatiebeheerplan uit 2024 is nog steeds niet vastgesteld. Een systematische controle op de "
        "kwaliteit van het informatiebeheer ontbreekt daardoor. Het team Informatievoorziening heeft 2,4 fte voor "
        "het informatiebeheer; vergelijkbare gemeenten in de regio hebben gemiddeld 3,5 fte. Een van de twee vaste "
        "medewerkers gaat in 2026 met pensioen. Zonder extra capaciteit komen de verbeteringen uit dit verslag niet "
        "van de grond.")
    d.h3("3.2  Het zaaksysteem")
    d.p("In 2025 zijn 41.300 zaken afgesloten. In een steekproef van 200 afgesloten zaken ontbrak in 58 gevallen de "
        "bewaartermijn, en in 17 gevallen was een verkeerde selectiecategorie gekozen. Medewerkers moeten de termijn "
        "nu zelf kiezen uit een lijst van ruim 400 categorie\u00ebn. In september 2026 gaat de gemeente over op een "
        "nieuw zaaksysteem. Dat is het moment om dit goed te regelen.")
    d.h3("3.3  Duurzame toegankelijkheid")
    # sidebar box
    y0 = d.get_y()
    bx, bw = 128, 60
    d.set_fill_color(*ICE)
    d.set_draw_color(*TEAL)
    d.set_font("dv", "", 7.8)
    box_txt = ("Een e-depot is een voorziening waarin digitale archiefbescheiden zo worden bewaard dat zij ook over "
               "vijftig of honderd jaar nog leesbaar, betrouwbaar en vindbaar zijn. De nieuwe Archiefwet, die naar "
               "verwachting in 2027 in werking treedt, verkort de termijn voor overbrenging naar de "
               "archiefbewaarplaats van twintig naar tien jaar.")
    lines = d.multi_cell(bw - 6, 4.1, box_txt, dry_run=True, output="LINES", align="L")
    hbox = 3 + 4.2 + len(lines) * 4.1 + 3
    d.rect(bx, y0, bw, hbox, style="DF")
    d.set_xy(bx + 3, y0 + 3)
    d.set_font("dv", "B", 8)
    d.set_text_color(*TEAL)
    d.multi_cell(bw - 6, 4.2, "Wat is een e-depot?", new_x="LEFT", new_y="NEXT")
    d.set_font("dv", "", 7.8)
    d.set_text_color(0, 0, 0)
    d.multi_cell(bw - 6, 4.1, box_txt, new_x="LEFT", new_y="NEXT", align="L")
    d.set_xy(d.l_margin, y0)
    d.set_font("ds", "", 9.4)
    d.set_right_margin(210 - bx + 5)
    d.multi_cell(0, 5.1, "De gemeente maakt voor haar ICT gebruik van de ICT-samenwerking Ommerland, een "
                 "gemeenschappelijke regeling van vijf gemeenten. De samenwerking heeft nog geen e-depot en er is "
                 "geen planning voor de aansluiting op een e-depot. Daardoor staan digitale archiefbescheiden die "
                 "blijvend moeten worden bewaard, zoals raadsbesluiten en omgevingsvergunningen, nog in systemen die "
                 "daar niet voor bedoeld zijn. Bij de vervanging van een systeem bestaat het risico dat gegevens "
                 "verloren gaan of niet meer te openen zijn. Elke gemeente zou daarom een planning voor de aansluiting "
                 "moeten hebben.", new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_right_margin(22)
    d.set_y(max(d.get_y(), y0 + hbox) + 2)
    d.h3("3.4  Papieren archieven en archiefruimte")
    d.p("Van de papieren archieven uit de periode 1990\u20132015 is ongeveer 340 strekkende meter nog niet "
        "geschoond. Het gaat vooral om bouwdossiers en financi\u00eble stukken. Zolang deze niet zijn vernietigd, "
        "bewaart de gemeente gegevens langer dan nodig en is de archiefruimte overvol.")
    d.p("In de archiefruimte in de kelder van het gemeentehuis liep de relatieve luchtvochtigheid in augustus 2025 "
        "op tot 68 procent; de Archiefregeling staat ten hoogste 55 procent toe. De klimaatinstallatie is uit 1998. "
        "Volgens het eigen meerjarenonderhoudsplan van de gemeente had zij in 2023 al vervangen moeten worden.")
    d.h3("3.5  Berichten van bestuurders en medewerkers")
    d.p("Bestuurders en medewerkers overleggen steeds vaker via WhatsApp, Signal en sms. Ook die berichten zijn "
        "archiefbescheiden als zij over gemeentelijke zaken gaan. In 2025 ontving de gemeente drie verzoeken op "
        "grond van de Wet open overheid waarbij chatberichten van collegeleden relevant waren. Er bestaat geen "
        "regeling over het bewaren van zulke berichten, en wie een nieuwe telefoon krijgt, neemt de berichten niet "
        "altijd mee.")
    d.h2("4  Aanbevelingen")
    d.p("Op grond van deze bevindingen doe ik het college de volgende aanbevelingen.")
    for i, (txt, term) in enumerate(RECS_TEXT, 1):
        if d.get_y() > 255:
            d.add_page()
        d.item(f"{i}.", txt, style="B")
        d.set_x(d.l_margin + 7)
        d.set_font("ds", "I", 8.6)
        d.set_text_color(90, 90, 90)
        d.cell(0, 4.6, f"Termijn: {term}", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.ln(2)
    d.h2("5  Tot slot")
    d.p("Ik dank de medewerkers van het team Informatievoorziening voor hun inzet en openheid. Het informatiebeheer "
        "van Wolderveen staat onder druk, maar de medewerkers weten goed wat er nodig is. Graag licht ik dit verslag "
        "toe in de raadscommissie.")
    d.p("drs. H.J. Brinkhuis\ngemeentearchivaris van Wolderveen\nHistorisch Centrum Ommerland")
    d.set_title("Verslag van de gemeentearchivaris over 2025 - gemeente Wolderveen")
    d.set_author("Historisch Centrum Ommerland")
    d.output(B.out(NAME + "_advice.pdf"))


# ------------------------------------------------------------------ response

def response():
    d = Doc()
    d.accent = TEAL
    d.head = "Gemeente Wolderveen \u00b7 verslag raadscommissie Bestuur en Middelen \u00b7 2 juni 2026"
    d.foot = "pagina # van {nb}"
    d.add_page()
    d.set_draw_color(*TEAL)
    d.set_line_width(1.2)
    d.line(24, 14, 188, 14)
    d.set_line_width(0.2)
    d.set_xy(24, 17)
    d.set_font("dv", "B", 12)
    d.set_text_color(*TEAL)
    d.cell(0, 6, "Gemeente Wolderveen", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.set_text_color(90, 90, 90)
    d.cell(0, 5, "Griffie \u00b7 Raadhuisplein 1 \u00b7 7734 AB Wolderveen", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(5)
    d.set_font("dv", "B", 15)
    d.multi_cell(0, 7.5, "Verslag van de openbare vergadering van de raadscommissie Bestuur en Middelen",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(2)
    d.set_font("dv", "", 8.4)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(38, 126), line_height=4.4, first_row_as_headings=False, text_align="LEFT",
                 borders_layout="HORIZONTAL_LINES", padding=1.2) as t:
        for k, v in (("Datum", "dinsdag 2 juni 2026, 19.30 uur, raadzaal"),
                     ("Voorzitter", "de heer J.P. Hekman"), ("Griffier", "mevrouw S. Wolters"),
                     ("Aanwezige leden", "mevrouw A. Koster (Wolderveen Lokaal), de heer G. Oldenhof (CDA), mevrouw "
                                         "N. Yilmaz (GroenLinks-PvdA), de heer T. Bakker (VVD), de heer R. Mulder "
                                         "(Dorpenbelang)"),
                     ("Namens het college", "wethouder R.J. Brink (Bedrijfsvoering, Financi\u00ebn)"),
                     ("Verder aanwezig", "mevrouw drs. H.J. Brinkhuis, gemeentearchivaris (bij agendapunt 3)")):
            r = t.row()
            r.cell(k, style=FontFace(emphasis="BOLD", fill_color=ICE))
            r.cell(v)
    d.ln(3)

    def item(n, t):
        d.ln(2)
        if d.get_y() > 248:
            d.add_page()
        d.set_font("dv", "B", 10.5)
        d.set_text_color(*TEAL)
        d.cell(9, 6, n)
        d.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT", align="L")
        d.set_text_color(0, 0, 0)
        d.ln(0.5)

    def sub(t):
        d.set_font("dv", "BI", 9)
        d.cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")

    def para(t):
        d.p(t, font="dv", size=9, lh=4.9, align="L")

    item("1.", "Opening en vaststelling van de agenda")
    para("De voorzitter opent de vergadering om 19.30 uur en heet in het bijzonder de gemeentearchivaris welkom. De "
         "agenda wordt ongewijzigd vastgesteld.")
    item("2.", "Mededelingen")
    para("Wethouder Brink meldt dat de overgang naar het nieuwe zaaksysteem van 7 tot en met 11 september 2026 "
         "plaatsvindt. In die week zijn de balies op dinsdag en donderdag alleen op afspraak geopend.")
    item("3.", "Verslag van de gemeentearchivaris over 2025 (raadsinformatiebrief 2026-031)")
    para("Mevrouw Brinkhuis licht het verslag toe. Zij wijst erop dat de gemeente op vier van de zes KPI\u2019s niet "
         "of maar deels voldoet, en dat de achterstanden zwaarder gaan wegen als de nieuwe Archiefwet in werking "
         "treedt. Haar belangrijkste punten zijn het kwaliteitssysteem, de capaciteit en de vochtige kelder.")
    sub("Eerste termijn")
    para("Mevrouw Koster (Wolderveen Lokaal) is geschrokken van het verslag. Zij vraagt hoe het kan dat het "
         "informatiebeheerplan na twee jaar nog niet is vastgesteld. Ook wil zij weten of de wethouder en de "
         "burgemeester hun appjes over gemeentezaken bewaren.")
    para("De heer Oldenhof (CDA) vraagt naar de 340 meter archief die nog moet worden geschoond en naar de "
         "luchtvochtigheid in de kelder. Hij wil weten wat het kost om de archiefruimte op orde te brengen.")
    para("Mevrouw Yilmaz (GroenLinks-PvdA) vraagt of het college de archivaris steunt in haar pleidooi voor extra "
         "formatie. Zij vraagt ook wanneer Wolderveen wordt aangesloten op een e-depot.")
    para("De heer Bakker (VVD) wil weten wat alle aanbevelingen samen gaan kosten.")
    sub("Beantwoording door de wethouder")
    para("Wethouder Brink dankt de archivaris voor het heldere verslag. Hij herkent het beeld: het informatiebeheer "
         "heeft jarenlang weinig aandacht gekregen, eerlijk gezegd ook van de raad.")
    para("Het kwaliteitssysteem komt er. Het concept ligt klaar en de wethouder zegt toe dat het college het dit "
         "najaar vaststelt, met een jaarlijkse interne controle door de concerncontroller. Over de extra formatie "
         "waar de archivaris en mevrouw Yilmaz om vragen, kan hij vanavond niets toezeggen. Dat is een afweging die "
         "bij de kadernota 2027 hoort, samen met alle andere wensen.")
    para("De achterstand in de vernietiging wil de wethouder wegwerken, maar niet in twee jaar. Met de huidige "
         "bezetting gaat hij uit van vier jaar. Het team begint in 2026 met de bouwdossiers, omdat daar de meeste "
         "meters zitten.")
    para("Over de archiefruimte is de wethouder het niet met de archivaris eens. Een nieuwe klimaatinstallatie kost "
         "volgens de offerte 85.000 euro. In 2028 gaan de archieven tot en met 2007 naar het Historisch Centrum, en "
         "daarna staat er in de kelder nog maar weinig papier. Het college ziet geen reden om nog in deze ruimte te "
         "investeren.")
    para("Over het e-depot beslist het algemeen bestuur van de ICT-samenwerking Ommerland, waarin Wolderveen een van "
         "de vijf gemeenten is. Het is aan dat bestuur om te bepalen wanneer en hoe de gemeenten worden aangesloten. "
         "De wethouder brengt het verslag van de archivaris in de vergadering van 9 juli in.")
    para("Tot slot de chatberichten. Het college neemt deze aanbeveling over: de regeling voor het bewaren van chat- "
         "en sms-berichten ligt v\u00f3\u00f3r de zomer in het college. De collegeleden zetten hun berichten over "
         "gemeentezaken sinds februari al in een gedeelde map.")
    para("Op de vraag van de heer Bakker antwoordt de wethouder dat hij nog geen totaalbedrag kan noemen. De kosten "
         "worden in beeld gebracht bij de voorbereiding van de kadernota.")
    sub("Tweede termijn")
    para("Mevrouw Yilmaz vindt het antwoord over de formatie teleurstellend. Zij kondigt een motie aan bij de "
         "behandeling van de kadernota.")
    para("De heer Oldenhof vraagt of de overbrenging in 2028 vastligt. De wethouder bevestigt dat: de overbrenging "
         "staat in het werkplan van het Historisch Centrum. Mevrouw Brinkhuis merkt op dat de archieven dan nog twee "
         "zomers in de kelder staan.")
    sub("Conclusie")
    para("De commissie heeft kennisgenomen van het verslag. Het onderwerp gaat niet door naar de raad.")
    sub("Toezeggingen")
    d.set_font("dv", "", 8.2)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(20, 112, 32), line_height=4.4, text_align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
                 borders_layout="HORIZONTAL_LINES", padding=1.3) as t:
        r = t.row()
        for x in ("Nr.", "Toezegging", "Wie"):
            r.cell(x)
        for row in (("T26-031", "Het college stuurt de commissie v\u00f3\u00f3r 1 oktober 2026 een planning voor het "
                                "wegwerken van de vernietigingsachterstand.", "wethouder Brink"),
                    ("T26-032", "De wethouder informeert de commissie na 9 juli over de bespreking van het e-depot in "
                                "het algemeen bestuur van de ICT-samenwerking.", "wethouder Brink")):
            r = t.row()
            for x in row:
                r.cell(x)
    d.ln(3)
    item("4.", "Rondvraag")
    para("De heer Mulder (Dorpenbelang) vraagt wanneer de nieuwe parkeerautomaten in de Kerkstraat worden geplaatst. "
         "De wethouder antwoordt dat dat in de eerste week van juli gebeurt.")
    item("5.", "Sluiting")
    para("De voorzitter sluit de vergadering om 21.05 uur.")
    d.ln(2)
    d.set_font("dv", "I", 8.4)
    d.set_text_color(90, 90, 90)
    d.multi_cell(0, 4.6, "Vastgesteld in de vergadering van 30 juni 2026.\nDe griffier, S. Wolters        De "
                 "voorzitter, J.P. Hekman", new_x="LMARGIN", new_y="NEXT")
    d.set_title("Verslag raadscommissie Bestuur en Middelen 2 juni 2026")
    d.set_author("Griffie gemeente Wolderveen")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("1", "Stel in 2026 een kwaliteitssysteem voor het informatiebeheer vast",
     "de wethouder zegt toe dat het college het dit najaar vaststelt", "agrees"),
    ("2", "Richt het zaaksysteem zo in dat bij het aanmaken", None, "unanswered"),
    ("3", "Maak met de ICT-samenwerking Ommerland afspraken over de aansluiting",
     "Het is aan dat bestuur om te bepalen wanneer en hoe", "noted"),
    ("4", "Werk de achterstand in de vernietiging van de papieren archieven",
     "Met de huidige bezetting gaat hij uit van vier jaar", "partly"),
    ("5", "Vervang de klimaatinstallatie van de archiefruimte in het gemeentehuis",
     "Het college ziet geen reden om nog in deze ruimte te investeren", "disagrees"),
    ("6", "Breid de formatie voor informatiebeheer uit met ten minste",
     "een afweging die bij de kadernota 2027 hoort", "noted"),
    ("7", "Stel een regeling vast voor het bewaren van chat- en sms-berichten",
     "Het college neemt deze aanbeveling over", "agrees"),
]
UNMATCHED = ["de overgang naar het nieuwe zaaksysteem van 7 tot en met 11 september",
             "Wethouder Brink dankt de archivaris voor het heldere verslag",
             "de nieuwe parkeerautomaten in de Kerkstraat worden geplaatst"]
NOTES = ("Municipality: annual report of the gemeentearchivaris (archival supervision, Archiefverordening artikel 9) "
         "to the college of Wolderveen (fpdf2, serif body) answered in the MINUTES of the council committee Bestuur "
         "en Middelen (fpdf2, sans), where the alderman answers orally. Advice: brown letterhead band, meta table "
         "(Aan / Van / Datum / Kenmerk / Afschrift); article 3 Archiefwet 1995 quoted ('zijn verplicht'); chapter 2 "
         "a table of LAST year's recommendations numbered 1-5 (imperatives with a status column) - not "
         "recommendations of this report; chapter 3 a KPI table with 'moet' norms and coloured verdict cells, "
         "findings 3.1-3.5, a shaded sidebar box 'Wat is een e-depot?', 'Elke gemeente zou ... moeten hebben'. The "
         "seven recommendations stand only in chapter 4, a bold numbered list 1.-7. under 'doe ik het college de "
         "volgende aanbevelingen', each with an italic 'Termijn:' line. Response: minutes with an attendance table "
         "and agenda items 1.-5.; item 2 (announcements) mentions the switch to the new case system (answers nothing, "
         "a trap for 2); under item 3 the archivist's summary and the councillors' questions paraphrase the "
         "recommendations; the alderman's answers, in reported speech, by subject in the order 1+6, 4, 5, 3, 7: ONE "
         "paragraph with the quality system ('zegt toe dat het college het dit najaar vaststelt': agrees) and the "
         "extra staff ('kan hij vanavond niets toezeggen ... afweging die bij de kadernota 2027 hoort': noted, "
         "deferral); four years instead of two (partly); 'is het niet met de archivaris eens ... ziet geen reden' "
         "(disagrees); the e-depot is for the board of the joint ICT body, 'Het is aan dat bestuur' (noted, "
         "referral); chat messages 'Het college neemt deze aanbeveling over' (agrees). 2 (retention periods set "
         "automatically in the case system) is not answered. A 'Toezeggingen' table repeats two commitments in other "
         "words; the answer on total costs, the second round, the rondvraag (parking meters) and the closing answer "
         "no recommendation.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 113 (nl): the JAARVERSLAG with aanbevelingen of a regional URGENTIECOMMISSIE (urgency for social housing),
answered by the PORTEFEUILLEHOUDERSOVERLEG WONEN of the woonregio in a reaction document whose TABLE has a code column.

Advice (fpdf2, sans, dark-blue title band, 'Aanvragen in 2026' table, a shaded 'Uit de praktijk' case box, running
head from p. 2, 'pagina n van m'): the Huisvestingswet 2014 'moet' (trap), the four most frequent reasons for refusal
as a numbered list 1.-4. (trap), bezwaar figures, the 2024 jaarverslag quoted with 'moet' (realised; trap), the case
box ('moet'); recommendations CODED BY THEME with codes restarting per theme - T1-T2, B1-B3, N1-N2 - under three
sub-headings (expected 1-7 in order), a closing line citing 'de aanbevelingen B1, B3 en N2'. Response: Inleiding
(with 'Aanbeveling 3 uit de Regionale Woonagenda': trap), a table 'Nr. | Standpunt | Toelichting en planning' with
rows B2, T1 en T2 (one row), N1, B3, B1; N2 has no row; Financiën (figures) and Vervolg answer nothing. All invented.

Run: /tmp/blind113nl/bin/python tests/docs/src/blind113/gen_nl_urgentie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b113nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind113_nl_urgentie"
F = B.tmp_fonts()
NAVY = (24, 52, 92)
PALE = (226, 234, 244)
GREY = (100, 100, 100)


class Doc(FPDF):
    head = ""
    foot = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*NAVY)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 3, 15, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, F[key])
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def band(pdf, org, title, sub):
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, pdf.w, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 10)
    pdf.set_font("S", "B", 8.5)
    pdf.cell(0, 4, org, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("S", "B", 17)
    pdf.cell(0, 10, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(22)
    pdf.set_font("S", "", 10)
    pdf.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(48)


def h(pdf, text, size=11.5, before=3, color=NAVY):
    pdf.ln(before)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*color)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def p(pdf, text, style="", size=9.6, md=False, after=2.2, lh=5.0):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, lh, text, new_x="LMARGIN", new_y="NEXT", align="L", markdown=md)
    pdf.ln(after)


def num(pdf, n, text):
    pdf.set_font("S", "", 9.6)
    pdf.set_x(pdf.l_margin + 4)
    pdf.cell(7, 5.0, n)
    pdf.multi_cell(0, 5.0, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(0.6)


def code(pdf, c, text):
    pdf.set_font("S", "B", 9.6)
    pdf.set_text_color(*NAVY)
    pdf.cell(11, 5.0, c)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("S", "", 9.6)
    pdf.multi_cell(0, 5.0, text, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(1.6)


def meta(pdf, rows):
    for k, v in rows:
        pdf.set_font("S", "B", 8.4)
        pdf.cell(30, 4.6, k)
        pdf.set_font("S", "", 8.4)
        pdf.multi_cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)


RECS = [
    ("Aanbevelingen over de toegang", [
        ("T1", "Maak het aanvraagformulier ook op papier beschikbaar in alle vijf gemeentehuizen en laat de "
               "woonconsulenten van de gemeenten aanvragers helpen bij het invullen."),
        ("T2", "Schaf de leges van 50 euro voor het indienen van een urgentieaanvraag af.")]),
    ("Aanbevelingen over de beoordeling", [
        ("B1", "Maak het mogelijk om urgentie toe te kennen aan gescheiden ouders die de zorg voor hun kinderen "
               "gelijk verdelen en in de regio geen woonruimte hebben waar de kinderen kunnen verblijven."),
        ("B2", "Laat bij aanvragen op medische grond altijd een onafhankelijk arts adviseren, ook wanneer de "
               "aanvrager een verklaring van de eigen behandelaar meestuurt."),
        ("B3", "Verkort de beslistermijn in de Huisvestingsverordening van acht naar vier weken, en geef het "
               "secretariaat van de commissie de formatie die daarvoor nodig is.")]),
    ("Aanbevelingen voor de periode na de toekenning", [
        ("N1", "Verleng de zoekperiode voor urgent woningzoekenden van drie naar zes maanden."),
        ("N2", "Spreek met de woningcorporaties af dat zij de commissie elk jaar laten weten hoeveel urgent "
               "woningzoekenden binnen de zoekperiode een woning hebben gevonden.")]),
]


def advice():
    pdf = new("Urgentiecommissie Woonregio Waalkant - jaarverslag 2026", "pagina {n} van {m}")
    band(pdf, "URGENTIECOMMISSIE WOONREGIO WAALKANT", "Jaarverslag 2026",
         "met aanbevelingen aan het Portefeuillehoudersoverleg Wonen")
    meta(pdf, [("Vastgesteld", "2 februari 2027"), ("Kenmerk", "UC-WW/2027/004"),
               ("Gemeenten", "Waalkant, Ommerwaard, Heesdonk, Rietmonde en Dreumelaar")])
    h(pdf, "1. Over de commissie", before=0)
    p(pdf, "De Urgentiecommissie Woonregio Waalkant beslist namens de colleges van de vijf gemeenten over aanvragen "
           "om urgentie voor een sociale huurwoning. De commissie bestaat uit vijf onafhankelijke leden met ervaring "
           "in de maatschappelijke opvang, de gezondheidszorg, het sociaal werk en het recht. Het secretariaat is "
           "ondergebracht bij de gemeente Waalkant.")
    p(pdf, "De Huisvestingswet 2014 bepaalt dat een gemeente die een urgentieregeling heeft, daarin in elk geval "
           "mensen die vanwege huiselijk geweld in de opvang verblijven als urgent moet aanmerken. De regionale "
           "Huisvestingsverordening noemt daarnaast medische en sociale urgentie en urgentie voor mantelzorg.")
    h(pdf, "2. De aanvragen in 2026")
    p(pdf, "In 2026 ontving de commissie 412 aanvragen, 9 procent meer dan in 2025. De commissie kende er 170 toe. "
           "De gemiddelde doorlooptijd was 7,4 weken; bij 38 aanvragen werd de beslistermijn van acht weken "
           "overschreden.", after=1.6)
    pdf.set_font("S", "", 8.8)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=(70, 30, 30, 30), width=120, align="LEFT", line_height=4.6, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
                   borders_layout="HORIZONTAL_LINES", padding=1.2, cell_fill_mode="NONE") as t:
        for r in (("Aanvragen in 2026 naar grond", "Ingediend", "Toegekend", "Afgewezen"),
                  ("Medisch", "118", "41", "77"), ("Sociaal", "142", "52", "90"),
                  ("Huiselijk geweld", "63", "49", "14"), ("Mantelzorg", "36", "22", "14"),
                  ("Overig", "53", "6", "47"), ("Totaal", "412", "170", "242")):
            row = t.row()
            for x in r:
                row.cell(x)
    pdf.ln(3)
    p(pdf, "De meest voorkomende redenen voor een afwijzing waren:", after=1)
    num(pdf, "1.", "het woonprobleem kan worden opgelost zonder verhuizing;")
    num(pdf, "2.", "de aanvrager heeft de situatie zelf veroorzaakt of had die kunnen voorkomen;")
    num(pdf, "3.", "de aanvrager heeft geen economische of maatschappelijke binding met de regio;")
    num(pdf, "4.", "de medische klachten zijn onvoldoende onderbouwd.")
    pdf.ln(1.4)
    p(pdf, "Tegen 31 besluiten werd bezwaar gemaakt. In vier zaken verklaarde de bezwaarschriftencommissie het "
           "bezwaar gegrond, steeds omdat het medische advies te summier was.")
    h(pdf, "3. Wat ons opviel")
    p(pdf, "Het aantal aanvragen van gescheiden ouders neemt toe. De huidige regeling biedt voor hen geen "
           "grondslag: een scheiding geldt als een situatie die de aanvrager zelf had kunnen voorzien. Dat leidt "
           "soms tot schrijnende gevallen.")
    y = pdf.get_y()
    pdf.set_fill_color(*PALE)
    pdf.set_x(pdf.l_margin)
    pdf.set_font("S", "I", 8.9)
    pdf.multi_cell(0, 4.6, "Uit de praktijk - Een vader van twee kinderen van 7 en 10 jaar woont na zijn scheiding "
                           "bij zijn broer in Arnhem. De kinderen zijn de helft van de week bij hem; hij moet elke "
                           "dag 90 kilometer rijden om hen naar school in Heesdonk te brengen. Zijn aanvraag werd "
                           "afgewezen, omdat de regeling geen urgentie kent voor co-ouders.",
                   new_x="LMARGIN", new_y="NEXT", align="L", fill=True, padding=(2.5, 3, 2.5, 3))
    pdf.ln(3)
    p(pdf, "Verder zien wij dat de zoekperiode van drie maanden voor veel urgent woningzoekenden te kort is. Van de "
           "urgenten met een grote gezinssamenstelling vond bijna de helft binnen die tijd geen passende woning. Na "
           "afloop van de zoekperiode bemiddelt de corporatie rechtstreeks, maar de commissie hoort niet of dat "
           "lukt.")
    p(pdf, "In ons jaarverslag over 2024 schreven wij: 'Het aanvraagformulier moet in begrijpelijke taal worden "
           "herschreven.' Het nieuwe formulier op taalniveau B1 is sinds juni 2025 in gebruik, en het aantal "
           "onvolledige aanvragen is sindsdien gehalveerd. Toch zijn er nog steeds aanvragers die zonder hulp het "
           "digitale formulier niet kunnen invullen.")
    h(pdf, "4. Aanbevelingen")
    p(pdf, "Op grond van het voorgaande doet de commissie de volgende aanbevelingen aan het "
           "Portefeuillehoudersoverleg Wonen.", after=1)
    for head, items in RECS:
        h(pdf, head, size=10, before=1.5, color=(60, 60, 60))
        for c, t in items:
            code(pdf, c, t)
    h(pdf, "5. Tot slot")
    p(pdf, "De commissie hecht vooral aan de aanbevelingen B1, B3 en N2. Zij is graag bereid deze toe te lichten in "
           "het portefeuillehoudersoverleg.")
    p(pdf, "Namens de Urgentiecommissie Woonregio Waalkant,\nmr. R.A. (Rutger) Baelde, voorzitter\n"
           "T. (Tamara) Oudshoorn, secretaris", after=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Woonregio Waalkant - PHO Wonen - reactie jaarverslag urgentiecommissie 2026", "pagina {n} van {m}")
    band(pdf, "WOONREGIO WAALKANT - PORTEFEUILLEHOUDERSOVERLEG WONEN", "Reactie op het jaarverslag 2026",
         "van de Urgentiecommissie Woonregio Waalkant")
    meta(pdf, [("Vastgesteld", "PHO Wonen van 11 maart 2027"), ("Kenmerk", "PHO-W/2027/017"),
               ("Aan", "de Urgentiecommissie; ter kennisname aan de vijf gemeenteraden")])
    h(pdf, "1. Inleiding", before=0)
    p(pdf, "Het portefeuillehoudersoverleg dankt de urgentiecommissie voor het heldere jaarverslag en voor haar "
           "zorgvuldige werk in een jaar met opnieuw meer aanvragen. De aanbevelingen passen goed bij Aanbeveling 3 "
           "uit de Regionale Woonagenda 2025-2030, waarin de vijf gemeenten afspraken de woonruimteverdeling "
           "eenvoudiger en eerlijker te maken. Hieronder geven wij per aanbeveling ons standpunt.")
    h(pdf, "2. Reactie op de aanbevelingen")
    rows = [
        ("B2", "Overnemen",
         "Vanaf 1 mei 2027 vraagt de commissie bij elke medische aanvraag advies aan een onafhankelijk arts van "
         "Keuringsbureau Rivierenland. Een verklaring van de eigen behandelaar blijft welkom, maar is niet meer "
         "doorslaggevend. De extra kosten (circa 190 euro per advies) dragen de gemeenten."),
        ("T1 en T2", "T1 overnemen\nT2 niet overnemen",
         "Vanaf april 2027 ligt in elk gemeentehuis een papieren aanvraagformulier, en de woonconsulenten helpen "
         "wie dat wil bij het invullen.\nDe leges blijven ongewijzigd. Zij dekken een deel van de kosten van de "
         "commissie en voorkomen dat aanvragen worden ingediend die bij voorbaat kansloos zijn."),
        ("N1", "Deels overnemen",
         "Voor huishoudens met minderjarige kinderen wordt de zoekperiode zes maanden. Voor de overige urgent "
         "woningzoekenden blijft het drie maanden, omdat een langere periode de wachttijd voor andere "
         "woningzoekenden verder laat oplopen."),
        ("B3", "Deels overnemen",
         "Wij stellen de beslistermijn vast op zes weken. Vier weken is volgens ons niet haalbaar zolang voor "
         "medische aanvragen een extern advies nodig is. Het secretariaat krijgt vanaf 1 juli 2027 0,3 fte extra."),
        ("B1", "Betrekken bij evaluatie",
         "Wij herkennen het beeld dat de commissie schetst. Of co-ouders een eigen urgentiegrond moeten krijgen, "
         "raakt aan de verdeling van een schaars aanbod. Wij nemen deze vraag mee in de evaluatie van de "
         "Huisvestingsverordening, die voor 2028 gepland staat."),
    ]
    pdf.set_font("S", "", 9)
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=(20, 32, 118), line_height=4.7, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY),
                   borders_layout="HORIZONTAL_LINES", padding=1.6, cell_fill_mode="NONE",
                   v_align="TOP") as t:
        row = t.row()
        for x in ("Nr.", "Standpunt", "Toelichting en planning"):
            row.cell(x)
        for a, b, c in rows:
            row = t.row()
            row.cell(a, style=FontFace(emphasis="BOLD", color=NAVY))
            row.cell(b, style=FontFace(emphasis="ITALICS"))
            row.cell(c)
    pdf.ln(3)
    h(pdf, "3. Financiën")
    p(pdf, "De kosten van de urgentiecommissie bedroegen in 2026 in totaal 186.400 euro. Zij worden naar "
           "inwonertal over de gemeenten verdeeld; het aandeel van Waalkant is 41 procent. De extra formatie en de "
           "externe medische adviezen kosten vanaf 2028 naar schatting 58.000 euro per jaar.")
    h(pdf, "4. Vervolg")
    p(pdf, "De wijzigingen in de Huisvestingsverordening worden vóór de zomer aan de vijf gemeenteraden voorgelegd, "
           "zodat zij per 1 oktober 2027 in werking kunnen treden. Het secretariaat informeert de commissie over de "
           "planning.")
    p(pdf, "Namens het Portefeuillehoudersoverleg Wonen,\nJ.P. (Jeroen) Kuypers, voorzitter, wethouder Wonen van "
           "Waalkant", after=0)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Maak het aanvraagformulier ook op papier beschikbaar in alle",
         "ligt in elk gemeentehuis een papieren aanvraagformulier", "agrees"),
        (2, "Schaf de leges van 50 euro voor het indienen",
         "Zij dekken een deel van de kosten van de commissie", "disagrees"),
        (3, "Maak het mogelijk om urgentie toe te kennen aan gescheiden ouders",
         "Wij nemen deze vraag mee in de evaluatie", "noted"),
        (4, "Laat bij aanvragen op medische grond altijd een onafhankelijk arts",
         "vraagt de commissie bij elke medische aanvraag advies", "agrees"),
        (5, "Verkort de beslistermijn in de Huisvestingsverordening van acht naar",
         "Wij stellen de beslistermijn vast op zes weken", "partly"),
        (6, "Verleng de zoekperiode voor urgent woningzoekenden van drie naar",
         "Voor huishoudens met minderjarige kinderen wordt de zoekperiode zes maanden", "partly"),
        (7, "Spreek met de woningcorporaties af dat zij de commissie", None, "unanswered"),
    ]
    unmatched = ["dankt de urgentiecommissie voor het heldere jaarverslag",
                 "bedroegen in 2026 in totaal 186.400 euro",
                 "zodat zij per 1 oktober 2027 in werking kunnen treden"]
    notes = ("Dutch regional URGENTIECOMMISSIE's JAARVERSLAG 2026 with aanbevelingen to the Portefeuillehoudersoverleg "
             "Wonen of a five-municipality woonregio (fpdf2, 2 p., sans, dark-blue title band, metadata lines, "
             "'Aanvragen in 2026 naar grond' table, shaded 'Uit de praktijk' case box, running head from p. 2, "
             "'pagina n van m'): the Huisvestingswet 2014 'moet' (trap), the four reasons for refusal as a numbered "
             "list 1.-4. (trap), bezwaar figures, the 2024 jaarverslag quoted with 'moet' and realised (trap), the "
             "case box ('moet'); recommendations CODED BY THEME with codes restarting per sub-heading: T1-T2 "
             "(toegang), B1-B3 (beoordeling), N1-N2 (na de toekenning), expected 1-7 in that order; closing line "
             "citing 'de aanbevelingen B1, B3 en N2' (trap). Response: the PHO Wonen's reaction document; Inleiding "
             "names 'Aanbeveling 3 uit de Regionale Woonagenda' (trap); a TABLE 'Nr. | Standpunt | Toelichting en "
             "planning' with a code column, rows B2, 'T1 en T2', N1, B3, B1: B2 agrees (independent doctor for every "
             "medical application from 1 May 2027); the row 'T1 en T2' = T1 agrees (paper form in every town hall, "
             "help from the woonconsulenten) + T2 disagrees (leges stay); N1 partly (six months only for households "
             "with children); B3 partly (six weeks, not four; 0,3 fte extra); B1 noted (taken into the 2028 "
             "evaluation of the Huisvestingsverordening); N2 (yearly figures from the corporaties) has no row, "
             "unanswered; Inleiding, Financiën and Vervolg answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 34 (nl, onderwijs): the (invented) annual report 2024-2025 of the examencommissie of the bachelor
Verpleegkunde of an invented university of applied sciences (Hogeschool Zuidwaard), answered by the opleidingsmanagement
in a MEMO that groups its answers BY VERDICT ('Wat wij overnemen', 'Wat wij gedeeltelijk overnemen', 'Wat wij (nog)
niet overnemen', 'Overige punten'). Advice: a coloured title band, running header and 'pagina N van M', a
'Samenvatting' with the recommendations as short noun phrases (a trap), a table of key figures, a table of LAST
year's recommendations with their status (imperatives, a trap), findings with 'moet' / 'zou ... moeten', WHW
articles, and seven recommendations in shaded boxes 'Aanbeveling 1' ... 'Aanbeveling 7' at the end of the chapters
they belong to (the table of last year's recommendations uses numbers 1-4 as well). Response: memo header table
(aan/van/datum/betreft/kenmerk), an introduction, four verdict groups; group 3 holds one item for 5 (not adopted) +
6 (passed on to Studentzaken: noted) with two verdicts; 7 (English-taught minor) is not answered; group 4 and the
closing answer nothing. Engine: fpdf2 (DejaVu, no text shaping, so no ligatures)."""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b34nl as B  # noqa: E402

NAME = "blind34_nl_examencommissie"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 110, 120)
PALE = (226, 242, 243)
GREY = (110, 110, 110)
ORANGE = (214, 110, 30)
HEADS = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)


class Doc(FPDF):
    head = ""
    foot = ""
    acc = TEAL

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 3, 2, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, self.head)
        self.set_draw_color(*self.acc)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, 210 - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot + f"pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.ln(3)
        if self.get_y() > 240:
            self.add_page()
        self.set_font("dv", "B", 12.5)
        self.set_text_color(*self.acc)
        self.multi_cell(0, 6.5, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, t):
        self.ln(1.5)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("dv", "B", 9.8)
        self.multi_cell(0, 5.2, t)
        self.ln(0.5)

    def p(self, t, size=9.3, style=""):
        self.set_font("dv", style, size)
        self.multi_cell(0, 4.9, t, markdown=True)
        self.ln(1.6)

    def bullet(self, t, lab="\u2022", ind=6):
        self.set_font("dv", "", 9.3)
        x = self.l_margin
        self.set_x(x)
        self.cell(ind, 4.9, lab)
        self.multi_cell(0, 4.9, t, markdown=True)
        self.ln(0.6)

    def recbox(self, lab, t):
        self.ln(1)
        if self.get_y() > 245:
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*PALE)
        self.set_x(self.l_margin + 3)
        self.set_font("dv", "B", 8.6)
        self.set_text_color(*self.acc)
        self.cell(0, 6, lab, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("dv", "", 9.3)
        self.set_x(self.l_margin + 3)
        self.multi_cell(0, 4.9, t, fill=True, padding=(0.5, 2, 2.5, 2))
        self.set_draw_color(*self.acc)
        self.set_line_width(0.9)
        self.line(self.l_margin + 1.5, y, self.l_margin + 1.5, self.get_y())
        self.ln(3)


def advice():
    d = Doc()
    d.head = "Jaarverslag examencommissie Verpleegkunde 2024\u20132025"
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, 210, 58, style="F")
    d.set_text_color(255, 255, 255)
    d.set_font("dv", "B", 9)
    d.set_xy(22, 14)
    d.cell(0, 5, "HOGESCHOOL ZUIDWAARD \u00b7 ACADEMIE GEZONDHEIDSZORG")
    d.set_font("dv", "B", 20)
    d.set_xy(22, 24)
    d.cell(0, 10, "Jaarverslag examencommissie")
    d.set_font("dv", "", 12)
    d.set_xy(22, 36)
    d.cell(0, 6, "Bachelor Verpleegkunde (voltijd en deeltijd) \u00b7 studiejaar 2024\u20132025")
    d.set_font("dv", "", 8.5)
    d.set_xy(22, 46)
    d.cell(0, 5, "Vastgesteld in de vergadering van 14 januari 2026 \u00b7 kenmerk EC-VPK/2026/004")
    d.set_text_color(0, 0, 0)
    d.set_y(68)
    d.set_fill_color(255, 255, 255)
    d.h1("Samenvatting")
    d.p("De examencommissie borgt de kwaliteit van toetsing en examinering van de opleiding (artikel 7.12b WHW). In "
        "dit verslag legt zij verantwoording af aan het opleidingsmanagement en de directeur van de academie. Het "
        "afgelopen jaar was het eerste jaar van het herziene curriculum. De commissie is over het geheel tevreden: de "
        "toetsing is voldoende valide en betrouwbaar, en het aantal klachten over beoordelingen daalde. Wel ziet de "
        "commissie zorgen over de beoordeling in de afstudeerstage, het gebruik van generatieve AI en de capaciteit "
        "van de commissie zelf.")
    d.p("De commissie doet dit jaar zeven aanbevelingen, over:")
    for t in ("kalibratie van stagebeoordelaars;", "de onderbouwing op het beoordelingsformulier;",
              "een regeling voor generatieve AI;", "de basiskwalificatie examinering (BKE);",
              "de ondersteuning van de commissie;", "de doorlooptijd van tentamenvoorzieningen;",
              "de toetsing in de Engelstalige minor."):
        d.bullet(t)
    d.h1("1. Samenstelling en werkwijze")
    d.p("De commissie bestond in 2024\u20132025 uit vijf leden, onder wie een extern lid van de opleiding Verpleegkunde "
        "van Hogeschool Noordmarke. Mevrouw drs. H.A. Boskamp was voorzitter. De commissie vergaderde elf keer. Een "
        "ambtelijk secretaris (0,3 fte) bereidt de vergaderingen voor en handelt de verzoeken af. De toetscommissie, "
        "die namens de examencommissie de toetsen vooraf screent, bestond uit drie docenten.")
    d.h2("Kerncijfers")
    rows = [("", "2023\u20132024", "2024\u20132025"),
            ("Verzoeken om vrijstelling", "212", "236"),
            ("Verzoeken om extra tentamenvoorzieningen", "148", "191"),
            ("Vermoedens van fraude", "17", "29"),
            ("  waarvan met generatieve AI", "4", "16"),
            ("Beroepen bij het CBE", "6", "3"),
            ("Steekproef afstudeerwerken (aantal)", "20", "24")]
    d.set_font("dv", "", 8.6)
    d.set_draw_color(150, 150, 150)
    d.set_line_width(0.2)
    with d.table(headings_style=HEADS, col_widths=(100, 33, 33), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=5.2,
                 borders_layout="HORIZONTAL_LINES") as tb:
        for i, r in enumerate(rows):
            row = tb.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.h1("2. Opvolging aanbevelingen vorig jaar")
    d.p("In het jaarverslag 2023\u20132024 deed de commissie vier aanbevelingen. De stand van zaken is als volgt.")
    d.set_font("dv", "", 8.4)
    d.set_draw_color(150, 150, 150)
    d.set_line_width(0.2)
    with d.table(headings_style=HEADS, col_widths=(8, 108, 50), line_height=4.7, text_align=("LEFT", "LEFT", "LEFT")) as tb:
        for r in (("Nr.", "Aanbeveling 2023\u20132024", "Stand van zaken"),
                  ("1", "Leg de rol van de toetscommissie vast in het toetsbeleid.", "Uitgevoerd (toetsbeleid 2025)"),
                  ("2", "Zorg voor een tweede beoordelaar bij elke afstudeeropdracht.", "Uitgevoerd"),
                  ("3", "Publiceer de beoordelingscriteria van elke toets vooraf in de studiehandleiding.",
                   "Gedeeltelijk; jaar 3 en 4 nog niet"),
                  ("4", "Verkort de nakijktermijn naar vijftien werkdagen.", "Niet uitgevoerd")):
            row = tb.row()
            for c in r:
                row.cell(c)
    d.ln(3)
    d.h1("3. Borging van de kwaliteit van beoordelen")
    d.h2("3.1 Afstudeerstage")
    d.p("De commissie heeft een steekproef van 24 beoordelingen van de afstudeerstage bekeken. In zes gevallen week "
        "het eindcijfer van de stagebegeleider sterk af van het oordeel van de tweede beoordelaar, en in vier gevallen "
        "was niet na te gaan hoe het cijfer tot stand kwam. Beoordelaars gaven aan dat zij de rubric verschillend "
        "lezen. Een gezamenlijke normering van beoordelaars ontbreekt.")
    d.recbox("Aanbeveling 1", "Organiseer ten minste twee keer per studiejaar een verplichte kalibratiesessie voor "
             "alle beoordelaars van de afstudeerstage, en leg de deelname vast.")
    d.p("Op de beoordelingsformulieren van de beroepsproducten in jaar 2 ontbrak in 40 procent van de gevallen een "
        "toelichting bij een onvoldoende criterium. Een student moet kunnen nagaan waarom een onderdeel onvoldoende "
        "is; dat volgt ook uit de OER (artikel 5.9).")
    d.recbox("Aanbeveling 2", "Pas het beoordelingsformulier voor beroepsproducten zo aan dat een schriftelijke "
             "onderbouwing per criterium verplicht is.")
    d.h2("3.2 Generatieve AI en fraude")
    d.p("Het aantal vermoedens van fraude steeg van 17 naar 29, vooral door het gebruik van generatieve AI bij "
        "schriftelijke opdrachten. De OER verbiedt \u2018ongeoorloofde hulpmiddelen\u2019, maar zegt niet wanneer het "
        "gebruik van AI is toegestaan. Studenten en docenten gaan daar verschillend mee om. De opleiding zou studenten "
        "bij elke opdracht moeten vertellen wat wel en niet mag.")
    d.recbox("Aanbeveling 3", "Neem in de OER een regeling op voor het gebruik van generatieve AI bij alle "
             "schriftelijke opdrachten, inclusief de afstudeeropdracht.")
    d.h2("3.3 Deskundigheid van examinatoren")
    d.p("Van de 58 aangewezen examinatoren heeft 62 procent de basiskwalificatie examinering (BKE) behaald. Het "
        "toetsbeleid van de hogeschool noemt als streefwaarde 80 procent, maar zonder termijn. Nieuwe docenten worden "
        "soms al in hun eerste jaar als examinator aangewezen.")
    d.recbox("Aanbeveling 4", "Zorg dat uiterlijk in studiejaar 2026\u20132027 ten minste 80 procent van de "
             "examinatoren de BKE heeft behaald, en wijs nieuwe docenten pas na het behalen van de BKE als examinator "
             "aan.")
    d.h1("4. Werklast en ondersteuning")
    d.p("Het aantal verzoeken om extra tentamenvoorzieningen steeg met bijna 30 procent. De gemiddelde doorlooptijd "
        "was 24 werkdagen; bij de start van een tentamenperiode was een deel van de verzoeken nog niet afgehandeld. "
        "De voorbereiding van de verzoeken ligt bij de Dienst Studentzaken, die het advies van de studentendecaan "
        "afwacht. Daarnaast komt een steeds groter deel van het werk bij de voorzitter en de secretaris terecht.")
    d.recbox("Aanbeveling 5", "Breid de ambtelijke ondersteuning van de examencommissie uit naar ten minste 0,6 "
             "fte.")
    d.recbox("Aanbeveling 6", "Richt het proces zo in dat een verzoek om extra tentamenvoorzieningen binnen tien "
             "werkdagen is afgehandeld.")
    d.h1("5. Internationalisering")
    d.p("In 2024\u20132025 startte de Engelstalige minor Global Health Nursing met 31 studenten, van wie 12 "
        "uitwisselingsstudenten. De toetsing van de minor is niet door de toetscommissie gescreend, omdat de "
        "toetscommissie geen Engelstalige toetsen beoordeelt.")
    d.recbox("Aanbeveling 7", "Laat de toetsing van de Engelstalige minor in 2025\u20132026 evalueren door een "
             "externe deskundige.")
    d.p("__Namens de examencommissie,__\nmevrouw drs. H.A. Boskamp, voorzitter\nM. Yilmaz MSc, ambtelijk secretaris",
        size=9)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc()
    d.acc = ORANGE
    d.head = "Memo opleidingsmanagement Verpleegkunde \u00b7 reactie jaarverslag examencommissie"
    d.add_page()
    d.set_font("dv", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(0, 5, "Hogeschool Zuidwaard", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Academie Gezondheidszorg \u00b7 Opleiding Verpleegkunde", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.set_font("dv", "B", 22)
    d.set_text_color(*ORANGE)
    d.cell(0, 10, "MEMO", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.set_font("dv", "", 8.8)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(30, 136), line_height=5, borders_layout="NONE", first_row_as_headings=False,
                 text_align="LEFT") as tb:
        for a, b in (("Aan", "Examencommissie Verpleegkunde, t.a.v. mevrouw drs. H.A. Boskamp"),
                     ("Van", "Opleidingsmanagement Verpleegkunde (R. Terpstra, opleidingsmanager)"),
                     ("Cc", "Directeur Academie Gezondheidszorg; opleidingscommissie Verpleegkunde"),
                     ("Datum", "2 maart 2026"),
                     ("Kenmerk", "AGZ/VPK/2026-031"),
                     ("Betreft", "Reactie op het jaarverslag 2024\u20132025 van de examencommissie")):
            row = tb.row()
            row.cell(a)
            row.cell(b)
    d.set_draw_color(*ORANGE)
    d.set_line_width(0.6)
    d.line(22, d.get_y() + 2, 188, d.get_y() + 2)
    d.ln(6)
    d.p("Beste Hanneke,")
    d.p("Dank voor het heldere jaarverslag, dat wij op 10 februari in het managementoverleg hebben besproken. Het "
        "verslag laat zien dat de commissie haar wettelijke taak serieus neemt, ook in een jaar waarin het nieuwe "
        "curriculum veel van iedereen vroeg. Hieronder geven wij per aanbeveling aan wat wij ermee doen. Wij hebben "
        "de aanbevelingen daarvoor ingedeeld naar ons besluit.")
    d.h1("1. Wat wij overnemen")
    d.p("**Aanbeveling 1 \u2013 kalibratie afstudeerstage.** Akkoord. Vanaf september 2026 houden wij in elk "
        "semester een verplichte kalibratiesessie voor alle beoordelaars van de afstudeerstage. De stagecoordinator "
        "registreert de deelname; wie een sessie mist, beoordeelt dat semester niet als eerste beoordelaar.")
    d.p("**Aanbeveling 2 \u2013 onderbouwing per criterium.** Hier zijn wij u een stap voor. Het nieuwe "
        "beoordelingsformulier in het digitale toetssysteem laat sinds 1 december 2025 geen onvoldoende meer toe "
        "zonder toelichting. Wij sturen u in april een eerste overzicht.")
    d.h1("2. Wat wij gedeeltelijk overnemen")
    d.p("**Aanbeveling 4 \u2013 BKE.** Wij delen het doel, maar 80 procent in 2026\u20132027 is niet haalbaar: de "
        "BKE-trajecten van de hogeschool zijn tot die tijd vol. Wij streven naar 70 procent in 2026\u20132027 en 80 "
        "procent een jaar later. Nieuwe docenten wijzen wij voortaan pas als examinator aan als zij het BKE-traject "
        "zijn begonnen, niet pas nadat zij het hebben afgerond.")
    d.p("**Aanbeveling 3 \u2013 generatieve AI.** In de OER 2026\u20132027 nemen wij een regeling op voor "
        "schriftelijke opdrachten in jaar 1 tot en met 3. Voor de afstudeeropdracht wachten wij de hogeschoolbrede "
        "richtlijn af die het college van bestuur dit voorjaar vaststelt; die neemt de academie over zodra zij er "
        "is.")
    d.h1("3. Wat wij (nog) niet overnemen")
    d.p("**Aanbevelingen 5 en 6 \u2013 capaciteit en doorlooptijd.** Wij begrijpen dat de werkdruk in de "
        "commissie hoog is. Toch zien wij in de begroting 2026 geen ruimte voor een uitbreiding van de ambtelijke "
        "ondersteuning; die blijft 0,3 fte. Wel ontlast de nieuwe mandaatregeling de voorzitter: standaardverzoeken "
        "om vrijstelling handelt de secretaris voortaan zelf af. De doorlooptijd van verzoeken om extra "
        "tentamenvoorzieningen hangt vooral af van de Dienst Studentzaken en de studentendecanen, en valt buiten "
        "onze zeggenschap. Wij hebben dit deel van uw verslag daarom doorgestuurd aan de directeur Studentzaken, die "
        "u rechtstreeks zal antwoorden.")
    d.h1("4. Overige punten")
    d.p("De sterke stijging van het aantal vermoedens van fraude baart ook ons zorgen. Wij hebben de "
        "opleidingscommissie gevraagd om in het voorjaar een gesprek met studenten te organiseren over wat zij als "
        "eerlijk gebruik van hulpmiddelen zien.")
    d.p("Dat het aantal beroepen bij het College van beroep voor de examens is gedaald van zes naar drie, zien wij "
        "als een compliment aan de commissie.")
    d.p("Wij stellen voor dat wij elkaar in juni spreken over de voortgang. Het secretariaat plant die afspraak in.")
    d.p("Met vriendelijke groet,\n\nRoel Terpstra\nopleidingsmanager Verpleegkunde")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("1", "Organiseer ten minste twee keer per studiejaar een verplichte kalibratiesessie",
     "houden wij in elk semester een verplichte kalibratiesessie", "agrees"),
    ("2", "Pas het beoordelingsformulier voor beroepsproducten zo aan dat een",
     "Hier zijn wij u een stap voor", "agrees"),
    ("3", "Neem in de OER een regeling op voor het gebruik",
     "Voor de afstudeeropdracht wachten wij de hogeschoolbrede richtlijn af", "partly"),
    ("4", "Zorg dat uiterlijk in studiejaar 2026\u20132027 ten minste 80 procent",
     "Wij streven naar 70 procent in 2026\u20132027", "partly"),
    ("5", "Breid de ambtelijke ondersteuning van de examencommissie uit naar",
     "zien wij in de begroting 2026 geen ruimte", "disagrees"),
    ("6", "Richt het proces zo in dat een verzoek om extra tentamenvoorzieningen",
     "doorgestuurd aan de directeur Studentzaken, die u rechtstreeks zal antwoorden", "noted"),
    ("7", "Laat de toetsing van de Engelstalige minor in 2025\u20132026 evalueren", None, "unanswered"),
]
UNMATCHED = [
    "gevraagd om in het voorjaar een gesprek met studenten te organiseren",
    "zien wij als een compliment aan de commissie",
    "Wij stellen voor dat wij elkaar in juni spreken",
]
NOTES = ("Round 34 (nl). Advice: an invented annual report of the examencommissie Verpleegkunde of Hogeschool "
         "Zuidwaard (fpdf2, sans, teal title band). Seven recommendations in shaded boxes labelled 'Aanbeveling "
         "1'-'Aanbeveling 7' at the end of the chapters they follow. Traps: the Samenvatting lists them as short noun "
         "phrases; the key-figure table; a table of LAST year's recommendations 1-4 with their status (imperatives); "
         "'moet' and 'zou ... moeten vertellen' in findings; artikel 7.12b WHW and OER artikel 5.9. Response: memo of "
         "the opleidingsmanagement grouped BY VERDICT: '1. Wat wij overnemen' 1 (agrees) and 2 (already done since "
         "1 December 2025: agrees); '2. Wat wij gedeeltelijk overnemen' 4 (70 instead of 80 percent: partly) and 3 "
         "(years 1-3 now, the thesis awaits the institution-wide guideline: partly); '3. Wat wij (nog) niet "
         "overnemen' holds ONE item 'Aanbevelingen 5 en 6': 5 declined (0,3 fte stays: disagrees) and 6 passed on "
         "to the directeur Studentzaken ('valt buiten onze zeggenschap': noted, though it stands under the 'not "
         "adopted' heading). 7 (English-taught minor) is not answered. '4. Overige punten' and the closing answer "
         "nothing.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 27 (nl): advice of the Universiteitsraad (university council, the central participation body of a Dutch
public university) on the College van Bestuur's Kaderbrief 2026-2029, as a memo with items a)-h) after the lead-in
'De raad adviseert het college:' under theme headings, plus numbered QUESTIONS; answered by the College's memo with
one ruled table 'Advies | Reactie van het college | Standpunt' that runs over a page break (header row repeated),
one row for d) and e) with two different verdicts, no row for h), and a section answering the questions. Engine:
fpdf2."""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b27nl as B  # noqa: E402

NAME = "blind27_nl_universiteitsraad"
DV = "/usr/share/fonts/truetype/dejavu/"
BLUE = (0, 61, 115)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4", unit="mm")
        self.head = head
        self.add_font("DV", "", DV + "DejaVuSans.ttf")
        self.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", DV + "DejaVuSans-Oblique.ttf")
        self.set_margins(25, 26, 25)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2025, 10, 1, tzinfo=timezone.utc))
        self.set_creator("fpdf2")
        self.alias_nb_pages("{nb}")

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_font("DV", "B", 8)
        self.set_text_color(*BLUE)
        self.set_xy(25, 11)
        self.cell(0, 4, "UNIVERSITEIT VAN OOSTERVELD")
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(25, 11)
        self.cell(0, 4, self.head, align="R")
        self.set_draw_color(*BLUE)
        self.set_line_width(0.4)
        self.line(25, 16.5, 185, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 26)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def memo(self, rows):
        self.set_font("DV", "B", 16)
        self.set_text_color(*BLUE)
        self.cell(0, 9, "Memo", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)
        for lab, val in rows:
            self.set_font("DV", "B", 9)
            self.cell(28, 5.2, lab)
            self.set_font("DV", "", 9)
            self.multi_cell(0, 5.2, val)
        self.ln(2)
        self.set_draw_color(160, 160, 160)
        self.line(25, self.get_y(), 185, self.get_y())
        self.ln(4)

    def h1(self, t):
        if self.get_y() > 245:
            self.add_page()
        self.ln(2)
        self.set_font("DV", "B", 11.5)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, t):
        if self.get_y() > 250:
            self.add_page()
        self.set_font("DV", "I", 9.5)
        self.multi_cell(0, 5.5, t)
        self.ln(0.5)

    def p(self, t, size=9.5, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, size * 0.53, t)
        self.ln(2)

    def item(self, label, t, indent=8):
        if self.get_y() > 255:
            self.add_page()
        y = self.get_y()
        self.set_font("DV", "", 9.5)
        self.set_x(self.l_margin + 4)
        self.cell(indent, 5, label)
        self.set_xy(self.l_margin + 4 + indent, y)
        self.multi_cell(0, 5, t)
        self.ln(1.2)


def advice():
    d = Doc("Universiteitsraad")
    d.add_page()
    d.memo([("Aan", "College van Bestuur"), ("Van", "Universiteitsraad"), ("Datum", "23 september 2025"),
            ("Kenmerk", "UR-25-031"), ("Betreft", "Advies over de Kaderbrief 2026-2029")])
    d.h1("1  Inleiding")
    d.p("Op 2 september 2025 heeft het College van Bestuur de Universiteitsraad om advies gevraagd over de "
        "Kaderbrief 2026-2029. Op grond van artikel 9.33 van de Wet op het hoger onderwijs en wetenschappelijk "
        "onderzoek (WHW) heeft de raad adviesrecht over de algemene hoofdlijnen van de begroting; over de "
        "begroting zelf beslist de raad later in het jaar op grond van artikel 9.33a WHW. De commissie Financiën "
        "van de raad sprak op 10 en 16 september met de vicevoorzitter van het college en met de directeur "
        "Financiën. De raad dankt hen voor de open gesprekken en de snelle beantwoording van de schriftelijke "
        "vragen.")
    d.h1("2  Algemene beschouwing")
    d.p("De kaderbrief staat in het teken van de bezuinigingen op het hoger onderwijs die het kabinet heeft "
        "aangekondigd. Voor de Universiteit van Oosterveld gaat het in 2029 om een structurele daling van de "
        "rijksbijdrage met 14,2 miljoen euro. De raad begrijpt dat het college maatregelen moet nemen en "
        "waardeert dat de kaderbrief het onderwijs in de eerste plaats wil ontzien.")
    d.p("Tegelijk constateert de raad dat de lasten ongelijk zijn verdeeld. Ruim de helft van de besparing komt "
        "terecht bij het personeel, terwijl de reserves van de universiteit eind 2024 boven de eigen "
        "signaleringsgrens lagen. De raad stelt verder vast dat de gevolgen voor studenten in de kaderbrief nauwelijks "
        "zijn beschreven. Deze bevindingen liggen ten grondslag aan de adviezen in hoofdstuk 3.")
    d.h1("3  Adviezen")
    d.p("De raad adviseert het college:")
    groups = [
        ("Onderwijs", [
            ("a)", "de besparing op kleinschalig onderwijs niet door te voeren in het eerste bachelorjaar, waarin de "
                   "uitval het grootst is;"),
            ("b)", "het budget voor studentassistenten in 2026 op het niveau van 2025 te houden en een eventuele "
                   "verlaging pas na een evaluatie in te laten gaan;")]),
        ("Personeel", [
            ("c)", "af te zien van de voorgenomen vacaturestop voor wetenschappelijk personeel en de besparing op "
                   "personeel te zoeken in de ondersteunende diensten;"),
            ("d)", "de middelen voor werkdrukvermindering ook in de komende jaren volledig in te zetten voor extra "
                   "personeel in de faculteiten;"),
            ("e)", "de faculteiten te vragen in hun formatieplannen aan te geven hoeveel docenten met een tijdelijk "
                   "contract een vaste aanstelling kunnen krijgen;")]),
        ("Huisvesting", [
            ("f)", "de renovatie van het Van der Heijdengebouw niet verder uit te stellen dan 2027;"),
            ("g)", "bij de afstoting van het pand aan de Lindenlaan eerst vervangende studieplekken en "
                   "practicumruimten op de campus te realiseren;")]),
        ("Medezeggenschap", [
            ("h)", "de raad bij de volgende kaderbrief al in de verkennende fase te betrekken, uiterlijk in mei van "
                   "het voorafgaande jaar.")]),
    ]
    for theme, items in groups:
        d.h2(theme)
        for lab, t in items:
            d.item(lab, t)
    d.ln(2)
    d.h1("4  Vragen")
    d.p("De raad vraagt het college om v\u00f3\u00f3r de behandeling van de begroting een schriftelijk antwoord op de "
        "volgende vragen:")
    d.item("1.", "Van welke rekenrente gaat het college uit bij de meerjarenraming van de huisvestingslasten?")
    d.item("2.", "Welk deel van de reserves acht het college nodig als buffer voor risico's, en waarom?")
    d.item("3.", "Hoeveel studenten maken gebruik van de studieplekken aan de Lindenlaan?")
    d.ln(3)
    d.p("Namens de Universiteitsraad,")
    d.ln(4)
    d.p("dr. M.E. Haverkamp, voorzitter\nR.J. Tuinstra MSc, griffier")
    d.set_title("Advies Universiteitsraad over de Kaderbrief 2026-2029")
    d.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("a) Kleinschalig onderwijs in het eerste jaar",
     "Het college neemt dit advies over. De taakstelling voor kleinschalig onderwijs geldt in 2026 alleen voor het "
     "tweede en derde bachelorjaar. Paragraaf 3.2 van de kaderbrief is daarop aangepast.",
     "Overgenomen"),
    ("b) Budget studentassistenten",
     "Het college houdt in 2026 het budget gelijk voor studentassistenten die practica en werkgroepen "
     "ondersteunen. Voor onderzoeksassistenten geldt de verlaging wel; zij worden voortaan zoveel mogelijk uit "
     "projectfinanciering betaald. Een evaluatie volgt in het najaar van 2026.",
     "Deels overgenomen"),
    ("c) Vacaturestop wetenschappelijk personeel",
     "Het college begrijpt de zorg van de raad, maar ziet geen verantwoorde manier om het tekort in 2027 zonder "
     "deze maatregel te dekken. De ondersteunende diensten leveren al een besparing van 9 procent. De "
     "vacaturestop blijft daarom onderdeel van de kaderbrief.",
     "Niet overgenomen"),
    ("d) en e) Werkdrukmiddelen en formatieplannen",
     "De werkdrukmiddelen blijven tot en met 2029 volledig bestemd voor extra personeel in de faculteiten; dat "
     "staat nu ook met zoveel woorden in de kaderbrief. De formatieplannen zijn een verantwoordelijkheid van de "
     "faculteitsbesturen. Het college neemt kennis van het advies over tijdelijke contracten en legt het voor aan "
     "het decanenoverleg van 14 oktober.",
     "d) overgenomen\ne) kennisgenomen"),
    ("f) Renovatie Van der Heijdengebouw",
     "De renovatie staat in het huisvestingsplan voor 2026 en 2027 en de aanbesteding is in augustus gestart. "
     "Van verder uitstel is geen sprake.",
     "Reeds in uitvoering"),
    ("g) Afstoting pand Lindenlaan",
     "Het college zegt toe dat de 340 studieplekken elders op de campus beschikbaar zijn voordat het pand wordt "
     "verlaten. Voor de practicumruimten lukt dat niet op tijd: die komen voor twee jaar in tijdelijke units "
     "naast het Laboratoriumgebouw.",
     "Deels overgenomen"),
]


def response():
    d = Doc("College van Bestuur")
    d.add_page()
    d.memo([("Aan", "Universiteitsraad"), ("Van", "College van Bestuur"), ("Datum", "7 oktober 2025"),
            ("Kenmerk", "CvB/2025/1187"), ("Betreft", "Reactie op het advies van de Universiteitsraad over de "
                                                     "Kaderbrief 2026-2029 (UR-25-031)")])
    d.h1("Inleiding")
    d.p("Het college dankt de Universiteitsraad voor het advies van 23 september 2025 over de Kaderbrief 2026-2029. "
        "Het college heeft het advies op 30 september besproken en daarna met de commissie Financi\u00ebn van de "
        "raad nagesproken. Het college deelt de opvatting dat het onderwijs zoveel mogelijk moet worden ontzien. "
        "Over de verdeling van de lasten verschillen wij op onderdelen van mening; dat lichten wij hieronder toe.")
    d.p("In de tabel staat per advies de reactie van het college en het standpunt. De kaderbrief is op drie punten "
        "aangepast; de gewijzigde versie is bij deze memo gevoegd.")
    d.h1("Reactie per advies")
    d.set_font("DV", "", 8.5)
    d.set_draw_color(150, 150, 150)
    d.set_line_width(0.25)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=BLUE)
    with d.table(col_widths=(42, 90, 28), text_align="LEFT", line_height=4.4, headings_style=head,
                 repeat_headings=1, padding=1.6, v_align="TOP") as t:
        r = t.row()
        for h in ("Advies", "Reactie van het college", "Standpunt"):
            r.cell(h)
        for a, b, c in ROWS:
            r = t.row()
            r.cell(a)
            r.cell(b)
            r.cell(c)
    d.ln(5)
    d.h1("Beantwoording van de vragen")
    d.item("1.", "De meerjarenraming van de huisvestingslasten rekent met een rente van 3,1 procent, gelijk aan de "
                 "rente op de laatste lening bij het ministerie van Financi\u00ebn.")
    d.item("2.", "Het college houdt een buffer aan ter grootte van 11 procent van de jaarlijkse baten. Dat bedrag "
                 "volgt uit de risicoanalyse bij het jaarverslag 2024, die de raad in juni heeft ontvangen.")
    d.item("3.", "Uit de metingen van de bibliotheek blijkt een gemiddelde bezetting van 62 procent, met pieken "
                 "tot 95 procent in de tentamenweken.")
    d.ln(2)
    d.h1("Vervolg")
    d.p("Het college legt de begroting 2026 op 4 november ter instemming aan de raad voor. Wij zien uit naar het "
        "gesprek daarover in de overlegvergadering van 18 november.")
    d.ln(3)
    d.p("Namens het College van Bestuur,")
    d.ln(4)
    d.p("prof. dr. A.K. Smeulders, voorzitter")
    d.set_title("Reactie College van Bestuur op advies Universiteitsraad Kaderbrief 2026-2029")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("a", "de besparing op kleinschalig onderwijs niet door te voeren", "De taakstelling voor kleinschalig onderwijs "
     "geldt in 2026", "agrees"),
    ("b", "het budget voor studentassistenten in 2026 op het niveau", "Voor onderzoeksassistenten geldt de verlaging "
     "wel", "partly"),
    ("c", "af te zien van de voorgenomen vacaturestop voor wetenschappelijk personeel", "De vacaturestop blijft "
     "daarom onderdeel van de kaderbrief", "disagrees"),
    ("d", "de middelen voor werkdrukvermindering ook in de komende jaren", "De werkdrukmiddelen blijven tot en met "
     "2029 volledig bestemd", "agrees"),
    ("e", "de faculteiten te vragen in hun formatieplannen aan te geven", "legt het voor aan het decanenoverleg van "
     "14 oktober", "noted"),
    ("f", "de renovatie van het Van der Heijdengebouw niet verder uit", "de aanbesteding is in augustus gestart",
     "agrees"),
    ("g", "bij de afstoting van het pand aan de Lindenlaan eerst", "Voor de practicumruimten lukt dat niet op tijd",
     "partly"),
    ("h", "de raad bij de volgende kaderbrief al in de verkennende", None, "unanswered"),
]
UNMATCHED = [
    "rekent met een rente van 3,1 procent",
    "Het college houdt een buffer aan ter grootte",
    "Uit de metingen van de bibliotheek blijkt",
    "Het college legt de begroting 2026 op 4 november",
]
NOTES = ("Invented university council (Universiteitsraad) advice on the College van Bestuur's Kaderbrief, as a memo "
         "(fpdf2, DejaVu Sans, memo header block Aan/Van/Datum/Kenmerk/Betreft, running header, 'n/m' page "
         "numbers). WHW article numbers in the introduction; an 'Algemene beschouwing' with findings ('constateert', "
         "'stelt vast'); '3 Adviezen' with ONE lead-in 'De raad adviseert het college:' and items a)-h) as "
         "infinitive clauses ('... te houden;') under italic theme sub-headings; '4 Vragen' numbered 1.-3. (questions, "
         "not recommendations). Response: the College's memo with a ruled table 'Advies | Reactie van het college | "
         "Standpunt' (blue header row repeated after the page break) whose first column names each advice by letter "
         "and a short title, not its text; one row 'd) en e)' with two verdicts (d agrees, e 'neemt kennis van ... "
         "legt het voor aan het decanenoverleg' = noted, a faculty matter); Standpunt words Overgenomen / Deels "
         "overgenomen / Niet overgenomen / Reeds in uitvoering (f, agrees); no row for h (unanswered). 'Beantwoording "
         "van de vragen' 1.-3. and 'Vervolg' answer no recommendation (their numbers must not link to anything).")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

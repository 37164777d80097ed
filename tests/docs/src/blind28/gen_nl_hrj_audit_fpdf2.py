"""Round 28 (nl, Flemish/Belgian): a Hoge Raad voor Justitie audit report on the registry (griffie) of an invented
ondernemingsrechtbank, set in TWO COLUMNS under a full-width title block, with seven recommendations in shaded boxes
'Aanbeveling I' ... 'Aanbeveling VII' spread over the chapters (VII addressed to the minister of Justice), numbered
research questions, numbered findings and a quoted recommendation from the 2019 audit. Response: letter of the court
president and chief registrar (Belgian reference row) with 'Algemene opmerkingen' disputing a figure, and an annex
action-plan table 'Aanbeveling | Standpunt | Geplande acties | Termijn' on its own page, rows in another order, V
and IV in one row with two verdicts, no row for VII. Engine: fpdf2."""
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b28nl as B  # noqa: E402

NAME = "blind28_nl_hrj_audit"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (128, 22, 40)


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.add_font("DV", "", DV + "DejaVuSans.ttf")
        self.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", DV + "DejaVuSans-Oblique.ttf")
        self.add_font("DS", "", DV + "DejaVuSerif.ttf")
        self.add_font("DS", "B", DV + "DejaVuSerif-Bold.ttf")
        self.add_font("DS", "I", DV + "DejaVuSerif-Italic.ttf")
        self.set_auto_page_break(True, 20)
        self.set_margins(18, 22, 18)
        self.cols = False
        self.col = 0
        self.col_top = 22

    def header(self):
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(18, 10)
        self.cell(174, 4, self.head)
        self.set_draw_color(*RED)
        self.line(18, 15, 192, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_x(18)
        self.cell(120, 4, self.foot)
        self.cell(54, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # two-column flow
    def set_col(self, c):
        self.col = c
        x = 18 + c * 89
        self.set_left_margin(x)
        self.set_right_margin(210 - x - 85)
        self.set_x(x)

    def start_cols(self):
        self.cols = True
        self.col_top = self.get_y()
        self.set_col(0)

    def accept_page_break(self):
        if not self.cols:
            return True
        if self.col == 0:
            self.set_col(1)
            self.set_y(self.col_top)
            return False
        self.set_col(0)
        self.col_top = 22
        return True

    def para(self, text, style="", size=9, font="DS", after=2.2, h=4.3):
        self.set_font(font, style, size)
        self.multi_cell(0, h, text, markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, text, size=10.5):
        self.need(16)
        self.set_font("DV", "B", size)
        self.set_text_color(*RED)
        self.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def need(self, mm_):
        if self.get_y() + mm_ > self.h - 20:
            if self.cols and self.col == 0:
                self.set_col(1)
                self.set_y(self.col_top)
            else:
                self.add_page()
                if self.cols:
                    self.col_top = 22
                    self.set_col(0)

    def box(self, label, text):
        self.set_font("DS", "", 9)
        lines = self.multi_cell(self.w - self.l_margin - self.r_margin - 4, 4.3, text, align="L", dry_run=True, output="LINES")
        self.need(len(lines) * 4.3 + 12)
        self.set_fill_color(246, 232, 235)
        self.set_draw_color(*RED)
        self.set_font("DV", "B", 8.5)
        self.set_text_color(*RED)
        self.multi_cell(0, 5.5, " " + label, fill=True, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("DS", "", 9)
        self.multi_cell(0, 4.3, text, fill=True, align="L", padding=(0.5, 2, 2, 2), new_x="LMARGIN", new_y="NEXT")
        self.ln(3)


def save(pdf, fname, title):
    pdf.set_title(title)
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 11, 20, tzinfo=__import__("datetime").timezone.utc))
    pdf.output(B.out(fname))


def advice():
    pdf = Doc("Hoge Raad voor Justitie  |  Auditverslag ondernemingsrechtbank Leie-Schelde  |  VAOC/AUD/2025/03",
              "Goedgekeurd door de algemene vergadering op 22 oktober 2025")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 9)
    pdf.set_text_color(*RED)
    pdf.cell(0, 5, "HOGE RAAD VOOR JUSTITIE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Verenigde advies- en onderzoekscommissie", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "B", 18)
    pdf.multi_cell(0, 8, align="L", text="Audit van de werking van de griffie van de ondernemingsrechtbank Leie-Schelde",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DV", "I", 9)
    pdf.multi_cell(0, 4.5, "Auditverslag goedgekeurd door de algemene vergadering van de Hoge Raad voor Justitie op "
                   "22 oktober 2025, met toepassing van artikel 259bis-16 van het Gerechtelijk Wetboek.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.start_cols()
    pdf.heading("1. Inleiding")
    pdf.para("De Verenigde advies- en onderzoekscommissie (VAOC) van de Hoge Raad voor Justitie (HRJ) heeft een audit "
             "uitgevoerd naar de werking van de griffie van de ondernemingsrechtbank Leie-Schelde, met de afdelingen "
             "Aalstveld en Dendermonde-Noord. De audit vond plaats van februari tot juni 2025. Het auditteam hield 34 "
             "gesprekken en analyseerde 120 dossiers van gerechtelijke reorganisatie en faillissement.")
    pdf.para("Het onderzoek beantwoordt drie vragen:")
    for i, q in enumerate(["Worden insolventiedossiers binnen een redelijke termijn behandeld?",
                           "Is de griffie toegankelijk voor ondernemingen, curatoren en advocaten?",
                           "Beschikt de rechtbank over de middelen en competenties om haar taken uit te voeren?"], 1):
        pdf.para(f"{i}. {q}", after=1)
    pdf.ln(1.5)
    pdf.heading("2. Opvolging van de audit van 2019")
    pdf.para("In het auditverslag van 2019 beval de HRJ aan \u201ceen beheersplan op te stellen met concrete "
             "doelstellingen voor de griffie\u201d. Die aanbeveling werd slechts gedeeltelijk uitgevoerd: er is een "
             "beheersplan, maar zonder meetbare doelstellingen en zonder rapportering.")
    pdf.heading("3. Doorlooptijden")
    pdf.para("De gemiddelde doorlooptijd van een faillissement tot de sluiting bedraagt 19 maanden, tegenover 14 "
             "maanden in de andere ondernemingsrechtbanken van hetzelfde rechtsgebied. De verschillen tussen de "
             "kamers zijn groot. Vaststelling 1: er bestaan geen afspraken over de termijn waarbinnen vonnissen "
             "worden opgesteld. Vaststelling 2: de griffie volgt de termijnen niet systematisch op.")
    pdf.box("Aanbeveling I", "Stel een beheersplan op met meetbare doelstellingen voor de doorlooptijden van de "
            "insolventieprocedures en rapporteer daarover jaarlijks aan het directiecomité.")
    pdf.box("Aanbeveling II", "Leg voor alle kamers uniforme termijnen vast voor het opstellen en ondertekenen van "
            "vonnissen na de sluiting van de debatten.")
    pdf.heading("4. Toegankelijkheid van de griffie")
    pdf.para("Ondernemingen en advocaten moeten voor informatie over een dossier bij de kamer terecht die de zaak "
             "behandelt. Van de bevraagde advocaten vindt 68 procent de griffie moeilijk bereikbaar. Telefonische "
             "oproepen worden in de afdeling Aalstveld slechts twee voormiddagen per week beantwoord.")
    pdf.box("Aanbeveling III", "Richt een centraal digitaal onthaal in voor ondernemingen en advocaten, zodat "
            "vragen over dossiers niet langer per kamer worden behandeld.")
    pdf.para("Vaststelling 3: eindvonnissen worden slechts in 11 procent van de zaken gepubliceerd, waardoor de "
             "rechtspraak van de rechtbank voor de praktijk nauwelijks kenbaar is.")
    pdf.box("Aanbeveling IV", "Publiceer alle eindvonnissen in gepseudonimiseerde vorm in het Centraal register "
            "van de vonnissen.")
    pdf.heading("5. Middelen en competenties")
    pdf.para("De kamers voor handelsonderzoek spelen een belangrijke rol bij het tijdig opsporen van ondernemingen in "
             "moeilijkheden. Hun verslagen bereiken het parket evenwel pas na gemiddeld 74 dagen. Vaststelling 4: "
             "niet alle rechters in ondernemingszaken hebben een opleiding insolventierecht gevolgd.")
    pdf.box("Aanbeveling V", "Maak de verslagen van de kamers voor handelsonderzoek binnen dertig dagen over aan "
            "het parket en volg die termijn op in het beheersplan.")
    pdf.box("Aanbeveling VI", "Zorg ervoor dat alle rechters in ondernemingszaken binnen twee jaar na hun "
            "aanstelling een opleiding insolventierecht volgen bij het Instituut voor gerechtelijke opleiding.")
    pdf.para("De griffie werkt sinds 2022 met een personeelsbezetting die 12 procent onder het wettelijke kader ligt. "
             "Dat is niet in de eerste plaats een zaak van de rechtbank zelf.")
    pdf.box("Aanbeveling VII", "De HRJ beveelt de minister van Justitie aan om de personeelsformatie van de griffie "
            "in overeenstemming te brengen met het wettelijke kader.")
    pdf.heading("6. Besluit")
    pdf.para("De HRJ stelt vast dat de griffie met toegewijde medewerkers werkt, maar dat de organisatie onvoldoende "
             "gestuurd wordt op resultaten. Het ontwerpverslag werd op 9 september 2025 aan de voorzitter van de "
             "rechtbank bezorgd. Zijn antwoord en het actieplan worden afzonderlijk gepubliceerd.")
    save(pdf, NAME + "_advice.pdf", "Auditverslag ondernemingsrechtbank Leie-Schelde")


def response():
    pdf = Doc("Ondernemingsrechtbank Leie-Schelde  |  Voorzitter en hoofdgriffier",
              "Antwoord op het auditverslag VAOC/AUD/2025/03")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.set_text_color(*RED)
    pdf.cell(0, 6, "Ondernemingsrechtbank Leie-Schelde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 4, "Gerechtsgebouw, Kouterlaan 14, 9300 Aalstveld\nvoorzitter.orb.leieschelde@just.fgov.be",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 4.5, "Aan de voorzitter van de Verenigde advies- en onderzoekscommissie\nHoge Raad voor Justitie\n"
                   "Emile Jacqmainlaan 21\n1000 Brussel", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    with pdf.table(col_widths=(40, 40, 40, 54), text_align="LEFT", line_height=4.5,
                   headings_style=FontFace(emphasis="BOLD", size_pt=7.5, color=RED), borders_layout="HORIZONTAL_LINES") as t:
        t.row(["uw kenmerk", "ons kenmerk", "bijlage(n)", "Aalstveld,"])
        t.row(["VAOC/AUD/2025/03", "VZ/2025/0877", "1 (actieplan)", "14 november 2025"])
    pdf.ln(5)
    pdf.para("**Betreft: antwoord op het auditverslag over de werking van de griffie**", font="DV", size=9)
    pdf.para("Geachte voorzitter,")
    pdf.para("Wij danken de Hoge Raad voor Justitie voor het grondige auditverslag en voor de constructieve gesprekken "
             "met het auditteam. Het verslag werd besproken in de algemene vergadering van de rechtbank en in het "
             "directiecomité. Hieronder geven wij enkele algemene opmerkingen; ons standpunt over elke aanbeveling en "
             "de geplande acties vindt u in het actieplan in bijlage.")
    pdf.heading("Algemene opmerkingen")
    pdf.para("De in het verslag vermelde gemiddelde doorlooptijd van 19 maanden houdt geen rekening met de dossiers "
             "waarin de sluiting wordt uitgesteld door een lopende procedure over de verkoop van onroerend goed. Zonder "
             "die dossiers bedraagt de doorlooptijd 15 maanden. Wij vragen u dit in de publicatie te vermelden.")
    pdf.para("Wij onderschrijven wel de vaststelling dat de opvolging van termijnen beter moet, en wij zien in het "
             "verslag een nuttige hefboom voor het beheersplan 2026-2028.")
    pdf.para("Met de meeste hoogachting,")
    pdf.para("J. Verstraeten-De Wilde, voorzitter\nK. Lambrecht, hoofdgriffier")
    pdf.add_page()
    pdf.heading("Bijlage \u2013 Actieplan naar aanleiding van het auditverslag", size=12)
    pdf.para("De aanbevelingen zijn gerangschikt volgens de volgorde waarin het directiecomité ze heeft behandeld.",
             font="DV", size=8)
    rows = [
        ("I", "Akkoord.", "Het beheersplan 2026-2028 bevat meetbare doelstellingen per type procedure. Het "
         "directiecomité ontvangt elk voorjaar een rapport over de doorlooptijden.", "1 maart 2026"),
        ("II", "Gedeeltelijk akkoord.", "Voor gewone zaken geldt voortaan een termijn van een maand na de sluiting "
         "van de debatten. Voor complexe reorganisaties met meer dan honderd schuldeisers wil de algemene "
         "vergadering geen vaste termijn opleggen.", "1 januari 2026"),
        ("III", "Kennisgenomen.", "Het digitale onthaal van de hoven en rechtbanken wordt centraal ontwikkeld door "
         "het College van de hoven en rechtbanken. De rechtbank meldt zich aan als pilootrechtbank, maar beslist "
         "daar niet zelf over. In afwachting blijft de telefonische permanentie elke voormiddag open.", "\u2013"),
        ("VI", "Reeds uitgevoerd.", "Sinds september 2025 volgen alle rechters in ondernemingszaken binnen twee "
         "jaar de basisopleiding insolventierecht van het IGO; de twee rechters zonder die opleiding zijn "
         "ingeschreven voor de sessie van januari.", "Gerealiseerd"),
        ("V en IV", "V: akkoord.\nIV: niet akkoord.", "De overmaking van de verslagen van de kamers voor "
         "handelsonderzoek aan het parket gebeurt vanaf 1 januari 2026 binnen dertig dagen; de termijn wordt "
         "opgenomen in het beheersplan.\nEen publicatie van alle eindvonnissen vinden wij niet haalbaar zolang de "
         "pseudonimisering manueel gebeurt. De rechtbank blijft zich beperken tot de publicatie van vonnissen "
         "met principieel belang.", "1 januari 2026\n\u2013"),
        ("\u2013", "Overige acties.", "Los van de aanbevelingen evalueert de rechtbank in 2026 de spreiding van "
         "de zittingen over de afdelingen Aalstveld en Dendermonde-Noord.", "eind 2026"),
    ]
    pdf.set_draw_color(150, 150, 150)
    with pdf.table(col_widths=(26, 32, 88, 28), text_align="LEFT", line_height=4.6, padding=1.6,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(246, 232, 235), color=RED),
                   repeat_headings=1) as t:
        t.row(["Aanbeveling", "Standpunt", "Geplande acties", "Termijn"])
        pdf.set_font("DS", "", 9)
        for r in rows:
            t.row(list(r))
    pdf.ln(4)
    pdf.para("Het directiecomité volgt de uitvoering van dit actieplan halfjaarlijks op en bezorgt de HRJ in het "
             "najaar van 2026 een stand van zaken.")
    save(pdf, NAME + "_response.pdf", "Antwoord op het auditverslag VAOC/AUD/2025/03")


RECS = [
    ("I", "Stel een beheersplan op met meetbare doelstellingen voor de doorlooptijden",
     "bevat meetbare doelstellingen per type procedure", "agrees"),
    ("II", "Leg voor alle kamers uniforme termijnen vast voor het opstellen",
     "wil de algemene vergadering geen vaste termijn opleggen", "partly"),
    ("III", "Richt een centraal digitaal onthaal in voor ondernemingen en advocaten",
     "De rechtbank meldt zich aan als pilootrechtbank", "noted", ["partly"]),
    ("IV", "Publiceer alle eindvonnissen in gepseudonimiseerde vorm in het Centraal register",
     "vinden wij niet haalbaar zolang de pseudonimisering manueel gebeurt", "disagrees"),
    ("V", "Maak de verslagen van de kamers voor handelsonderzoek binnen dertig dagen",
     "aan het parket gebeurt vanaf 1 januari 2026 binnen dertig dagen", "agrees"),
    ("VI", "Zorg ervoor dat alle rechters in ondernemingszaken binnen twee jaar",
     "de twee rechters zonder die opleiding zijn ingeschreven", "agrees"),
    ("VII", "De HRJ beveelt de minister van Justitie aan om de personeelsformatie", None, "unanswered"),
]
UNMATCHED = ["Zonder die dossiers bedraagt de doorlooptijd 15 maanden",
             "evalueert de rechtbank in 2026 de spreiding van de zittingen"]
NOTES = ("Belgian Hoge Raad voor Justitie audit report (fpdf2): full-width title block, then TWO COLUMNS with running "
         "header and 'n/N' footer; seven recommendations in shaded boxes 'Aanbeveling I' ... 'Aanbeveling VII' "
         "(Roman numbers are the numbers) spread over chapters 3-5, VII addressed to the minister of Justice; numbered "
         "research questions 1.-3., run-in 'Vaststelling 1:'-'4:' findings and a QUOTED recommendation from the 2019 "
         "audit are not recommendations. Response: letter of the court president and chief registrar with a Belgian "
         "reference row (uw kenmerk / ons kenmerk / bijlage(n)); 'Algemene opmerkingen' disputes the 19-month figure "
         "(unmatched); annex action-plan table 'Aanbeveling | Standpunt | Geplande acties | Termijn' whose rows run in "
         "the order I, II, III, VI, 'V en IV' (one row, two verdicts: 'V: akkoord.' / 'IV: niet akkoord.'), then a "
         "'Overige acties' row (unmatched) and a closing sentence on the follow-up. 'Gedeeltelijk akkoord' (partly), "
         "'Kennisgenomen' + central College decides (noted), 'Reeds uitgevoerd' (agrees); VII has no row (unanswered).")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

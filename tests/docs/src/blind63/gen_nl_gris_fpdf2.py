"""Round 63 (nl): an ADVIES of a Flemish municipal advisory council for international solidarity (GRIS, the
Gemeentelijke Raad voor Internationale Solidariteit of the invented gemeente Kortelare) on the college's draft
subsidy regulation, answered by the ANTWOORDBRIEF of the COLLEGE VAN BURGEMEESTER EN SCHEPENEN.

Advice: Flemish advisory-council form, 3 p.: a header block (Advies 2026/02, datum, goedgekeurd op de algemene
vergadering, stemming), 'Samenvatting' paraphrasing some asks, 1 Adviesvraag (the college's questions 1.-3.), 2
Kader (the Decreet over het lokaal bestuur on participation, the huishoudelijk reglement's 'moet ... antwoorden'),
3 Vaststellingen numbered 3.1-3.4 (with a small ruled table), 4 Advies: a general verdict ('voorwaardelijk
gunstig advies', not a recommendation), then per article of the draft ('Artikel 3 - Begunstigden', ...) a paragraph
whose LAST sentence is the recommendation in BOLD inside the paragraph, unnumbered (1-7 by order), with the council's
2023 advice quoted as an imperative; 5 Tot slot.
Response: letter of the college (Uw bericht van / Uw kenmerk / Ons kenmerk / Contactpersoon / Datum, 'Betreft:',
'Geachte voorzitter', 'Bij bevel: De algemeen directeur ... De burgemeester'), paragraphs under underlined
sub-heads of the college's own, order 4, 2+7, 3, 1, 6; 5 unanswered; introduction, the gemeenteraad's timetable and
the thanks for the Week van de Fair Trade answer nothing.
Engine: fpdf2 (DejaVu, no text shaping, so no ligatures; fixed creation date).

Run: /tmp/blind63nl/bin/python tests/docs/src/blind63/gen_nl_gris_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b63nl as B  # noqa: E402

NAME = "blind63_nl_gris"
DV = "/usr/share/fonts/truetype/dejavu/"
GREEN = (38, 112, 74)
GREY = (95, 95, 95)
NAVY = (28, 52, 96)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 3, 30, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 22 if kind == "adv" else 25
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv" and self.page_no() > 1:
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.set_y(11)
            self.cell(self.tw / 2, 4, "GRIS Kortelare", align="L")
            self.cell(self.tw / 2, 4, "Advies 2026/02 - subsidiereglement internationale solidariteit", align="R")
            self.set_draw_color(*GREEN)
            self.line(self.lm, 16, 210 - self.lm, 16)
            self.set_y(22)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        else:
            self.cell(0, 4, "Gemeente Kortelare  |  Marktplein 1, 9692 Kortelare  |  www.kortelare.be", align="L")
            self.set_x(self.lm)
            self.cell(self.tw, 4, f"pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.3, indent=0, h=4.9, align="J", after=2.2, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=11, before=3.4, color=GREEN, under=False):
        self.ln(before)
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        if under:
            self.set_font(self.fam, "BU", 9.6)
            self.cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        else:
            self.p(t, "B", size, align="L", color=color, after=1.6, fam="sa")

    def par(self, n, t, lw=10):
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font("sa", "B", 9.0)
        self.set_xy(self.lm, y)
        self.cell(lw, 4.9, n)
        self.set_font(self.fam, "", 9.3)
        self.set_xy(self.lm + lw, y)
        self.multi_cell(self.tw - lw, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.6)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(d.lm, 20, d.tw, 22, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm + 5, 23)
    d.set_font("sa", "B", 15)
    d.cell(0, 7, "GRIS Kortelare")
    d.set_xy(d.lm + 5, 31)
    d.set_font("sa", "", 8.4)
    d.cell(0, 5, "Gemeentelijke Raad voor Internationale Solidariteit")
    d.set_text_color(0)
    d.set_y(48)
    d.p("Advies 2026/02 over het ontwerp van subsidiereglement voor projecten van internationale solidariteit",
        "B", 13.5, h=6.4, align="L", after=3)
    d.set_fill_color(255, 255, 255)
    with d.table(col_widths=(38, d.tw - 38), text_align=("LEFT", "LEFT"), line_height=4.6, borders_layout="NONE",
                 first_row_as_headings=False, padding=0.6) as t:
        for k, v in (("Aan", "het college van burgemeester en schepenen"),
                     ("Adviesvraag van", "12 februari 2026"),
                     ("Goedgekeurd op", "de algemene vergadering van 10 maart 2026 (14 stemmen voor, 1 onthouding)"),
                     ("Contact", "Sofie Vandekerckhove, voorzitter, gris@kortelare.be")):
            row = t.row()
            d.set_font("sa", "B", 8.4)
            row.cell(k)
            d.set_font("sa", "", 8.4)
            row.cell(v)
    d.ln(4)
    d.set_fill_color(234, 244, 238)
    d.set_draw_color(*GREEN)
    y0 = d.get_y()
    d.set_x(d.lm)
    d.set_font("sa", "B", 9.4)
    d.set_text_color(*GREEN)
    d.cell(0, 6, "  Samenvatting", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("sa", "", 8.9)
    d.multi_cell(d.tw, 4.7, "De GRIS is tevreden dat de gemeente een eigen reglement uitwerkt en geeft een "
                 "voorwaardelijk gunstig advies. De raad vraagt in het bijzonder aandacht voor kleine "
                 "vrijwilligersgroepen, een haalbare indiendatum en een duidelijke rol voor de adviesraad bij de "
                 "beoordeling. Onze concrete voorstellen staan onder punt 4.", fill=True, new_x="LMARGIN",
                 new_y="NEXT", padding=(1, 3, 3, 3))
    d.line(d.lm, y0, d.lm, d.get_y())
    d.ln(2)
    d.hd("1. Adviesvraag")
    d.p("Op 12 februari 2026 vroeg het college de GRIS om advies over het ontwerp van subsidiereglement voor "
        "projecten van internationale solidariteit. Het college legde de raad drie vragen voor:")
    d.par("1.", "Zijn de voorwaarden om in aanmerking te komen voor een subsidie duidelijk en haalbaar?")
    d.par("2.", "Is het voorgestelde subsidiebedrag per project passend?")
    d.par("3.", "Hoe kan de GRIS betrokken worden bij de toekenning van de subsidies?")
    d.hd("2. Kader")
    d.p("Het Decreet over het lokaal bestuur verplicht de gemeente om inwoners en hun verenigingen bij het beleid "
        "te betrekken. De GRIS is daarvoor in 2019 door de gemeenteraad erkend als adviesraad. Volgens artikel 12 "
        "van ons huishoudelijk reglement moet het college binnen twee maanden gemotiveerd antwoorden op een "
        "advies. Het ontwerp van reglement vervangt de huidige nominatieve subsidies aan vier organisaties.")
    d.hd("3. Vaststellingen")
    d.par("3.1", "In Kortelare zijn een twintigtal vierdewereld- en noord-zuidgroepen actief. Zeven daarvan zijn "
          "geen vzw maar een feitelijke vereniging.")
    d.par("3.2", "Het ontwerp voorziet een maximum van 2.500 euro per project. De kosten van een gemiddeld project "
          "liggen volgens onze bevraging hoger (zie tabel).")
    d.set_x(d.lm + 10)
    d.set_font("sa", "", 8.2)
    d.set_draw_color(150, 190, 165)
    with d.table(col_widths=(70, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=4.4,
                 borders_layout="HORIZONTAL_LINES", width=130, align="CENTER", padding=1.0,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(234, 244, 238))) as t:
        for r in (("Projectkost (bevraging GRIS, 14 groepen)", "aantal", "gemiddeld"),
                  ("Projecten onder 2.500 euro", "5", "1.640 euro"),
                  ("Projecten van 2.500 tot 5.000 euro", "7", "3.870 euro"),
                  ("Projecten boven 5.000 euro", "2", "8.200 euro")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(2.5)
    d.par("3.3", "Veel groepen werken met vrijwilligers die hun jaarplanning pas in februari maken. Een indiendatum "
          "in januari is voor hen krap.")
    d.par("3.4", "Het ontwerp bepaalt dat een begunstigde een financieel eindverslag met alle facturen moet "
          "indienen, ongeacht de hoogte van de subsidie.")
    d.hd("4. Advies")
    d.p("De GRIS geeft een voorwaardelijk gunstig advies over het ontwerp van subsidiereglement. Het reglement "
        "maakt de steun aan internationale solidariteit transparanter. Wij maken wel de volgende opmerkingen per "
        "artikel.")
    d.hd("Artikel 3 - Begunstigden", 9.8, 1.6, NAVY)
    d.p("Het ontwerp beperkt de subsidies tot organisaties met rechtspersoonlijkheid. Daardoor vallen net de "
        "kleinste groepen uit de boot, terwijl zij vaak het dichtst bij hun partners in het Zuiden staan. "
        "**De GRIS vraagt om ook feitelijke verenigingen met minstens drie actieve leden uit de gemeente als "
        "begunstigde te erkennen.**")
    d.hd("Artikel 5 - Subsidiebedrag", 9.8, 1.6, NAVY)
    d.p("Zoals de tabel onder punt 3.2 toont, kost de helft van de projecten meer dan het voorgestelde maximum. "
        "Een groep zou dan ofwel een project moeten opsplitsen, ofwel elders cofinanciering moeten zoeken. **De raad "
        "adviseert het maximale subsidiebedrag per project te verhogen van 2.500 naar 4.000 euro.**")
    d.hd("Artikel 6 - Indiening", 9.8, 1.6, NAVY)
    d.p("Een aanvraag moet volgens het ontwerp uiterlijk op 31 januari bij de dienst Vrije Tijd zijn. In ons advies "
        "2023/04 schreven we al: \u2018Maak de aanvraagformulieren beschikbaar in eenvoudige taal.\u2019 Dat is "
        "intussen gebeurd, waarvoor dank. De datum blijft echter een probleem (zie 3.3). **De GRIS stelt voor om "
        "de uiterste indiendatum te verschuiven van 31 januari naar 31 maart.**")
    d.hd("Artikel 7 - Beoordeling", 9.8, 1.6, NAVY)
    d.p("Volgens het ontwerp beslist het college op voorstel van de administratie. De GRIS heeft de kennis van het "
        "werkveld in huis en kan de kwaliteit van een project mee beoordelen. **Wij vragen het college om de GRIS "
        "een formele rol te geven bij de beoordeling van de aanvragen, met een gemotiveerd advies per dossier.**")
    d.hd("Artikel 9 - Verantwoording", 9.8, 1.6, NAVY)
    d.p("Voor een subsidie van enkele honderden euro is een volledig financieel verslag met alle facturen "
        "onevenredig zwaar. **De raad vraagt om voor projecten onder 1.000 euro een eenvoudig activiteitenverslag "
        "met de belangrijkste bewijsstukken te aanvaarden.**")
    d.hd("Algemeen", 9.8, 1.6, NAVY)
    d.p("Nieuwe groepen kennen de weg naar de gemeente niet altijd. **De GRIS adviseert het college om jaarlijks "
        "een infomoment voor indieners te organiseren, samen met de bibliotheek.** Tot slot merken wij op dat het "
        "budget voor internationale solidariteit in Kortelare met 0,84 euro per inwoner laag ligt in vergelijking "
        "met buurgemeenten. **De raad vraagt om dat budget in het meerjarenplan op te trekken tot 1,50 euro per "
        "inwoner.**")
    d.hd("5. Tot slot")
    d.p("De GRIS dankt het college voor de adviesvraag en blijft graag betrokken bij de verdere uitwerking van het "
        "reglement.")
    d.p("Namens de GRIS,\nSofie Vandekerckhove, voorzitter          Jonas De Smet, secretaris", align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 14)
    d.set_text_color(*NAVY)
    d.cell(0, 7, "gemeente Kortelare", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 7.8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "college van burgemeester en schepenen", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_draw_color(*NAVY)
    d.line(d.lm, 35, 210 - d.lm, 35)
    d.set_y(42)
    d.set_x(115)
    d.set_font("se", "", 9.2)
    d.multi_cell(70, 4.8, "GRIS Kortelare\nt.a.v. mevrouw Sofie Vandekerckhove, voorzitter\nKerkstraat 14\n"
                 "9692 Kortelare", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(6)
    d.set_font("sa", "", 7.6)
    with d.table(col_widths=(33, 33, 38, 38, 24), text_align="LEFT", line_height=4.2, borders_layout="NONE",
                 padding=0.4, headings_style=FontFace(emphasis="BOLD", color=NAVY)) as t:
        for r in (("uw bericht van", "uw kenmerk", "ons kenmerk", "contactpersoon", "datum"),
                  ("10 maart 2026", "advies 2026/02", "VT/2026/0233/SD", "Ruben Claeys, dienst Vrije Tijd",
                   "26 maart 2026")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.ln(5)
    d.p("**Betreft:** antwoord op uw advies 2026/02 over het ontwerp van subsidiereglement voor projecten van "
        "internationale solidariteit", align="L", after=4)
    d.p("Geachte voorzitter,")
    d.p("Wij danken de GRIS voor het grondige advies, dat wij in onze zitting van 23 maart 2026 hebben besproken. "
        "Hieronder geven wij, zoals uw huishoudelijk reglement vraagt, ons gemotiveerd antwoord.")
    d.hd("Rol van de GRIS", under=True)
    d.p("Het college gaat in op uw vraag naar een formele rol bij de beoordeling. Artikel 7 van het reglement "
        "wordt aangepast: vanaf de oproep van 2027 bezorgt de GRIS per dossier een gemotiveerd advies, dat bij het "
        "collegebesluit wordt gevoegd. De dienst Vrije Tijd blijft de ontvankelijkheid van de aanvragen "
        "controleren.")
    d.hd("Middelen", under=True)
    d.p("Wij verhogen het maximum per project naar 3.000 euro; een verhoging tot 4.000 euro past niet binnen het "
        "huidige krediet zonder het aantal gesteunde projecten te verminderen. Wat het totale budget betreft, "
        "nemen wij akte van uw vraag. Het niveau van de kredieten wordt bepaald bij de aanpassing van het "
        "meerjarenplan, die de gemeenteraad in het najaar bespreekt.")
    d.hd("Timing van de oproep", under=True)
    d.p("Het college houdt vast aan 31 januari als uiterste datum. Alleen zo kunnen de subsidies nog voor de zomer "
        "worden uitbetaald, wat voor de partnerorganisaties belangrijk is. De oproep zal wel al in oktober worden "
        "gepubliceerd, zodat de groepen meer voorbereidingstijd krijgen.")
    d.hd("Wie kan een subsidie krijgen?", under=True)
    d.p("Het college volgt uw advies over artikel 3. Ook feitelijke verenigingen komen voortaan in aanmerking, op "
        "voorwaarde dat minstens drie leden in Kortelare wonen en de vereniging een eigen rekeningnummer heeft.")
    d.hd("Ondersteuning van indieners", under=True)
    d.p("De dienst Vrije Tijd organiseert vanaf dit jaar elk najaar een infoavond voor indieners in de "
        "bibliotheek. Wij nodigen de GRIS uit om daar zelf toelichting te geven.")
    d.hd("Verdere procedure", under=True)
    d.p("Het aangepaste ontwerp wordt op 28 april 2026 aan de gemeenteraad voorgelegd. Het reglement treedt in "
        "werking op 1 september 2026.")
    d.p("Wij maken van deze gelegenheid ook gebruik om de leden van de GRIS te bedanken voor hun inzet tijdens de "
        "Week van de Fair Trade. Het ontbijt op de markt was opnieuw een succes.")
    d.p("Met vriendelijke groeten,", after=4)
    with d.table(col_widths=(d.tw / 2, d.tw / 2), text_align="LEFT", line_height=4.8, borders_layout="NONE",
                 first_row_as_headings=False, padding=0.4) as t:
        row = t.row()
        row.cell("Bij bevel:\nDe algemeen directeur\n\n\nAn Verhaeghe")
        row.cell("\nDe burgemeester\n\n\nKoen Van Acker")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        (1, "De GRIS vraagt om ook feitelijke verenigingen met minstens drie",
         "Ook feitelijke verenigingen komen voortaan in aanmerking", "agrees"),
        (2, "De raad adviseert het maximale subsidiebedrag per project te verhogen",
         "Wij verhogen het maximum per project naar 3.000 euro", "partly"),
        (3, "De GRIS stelt voor om de uiterste indiendatum te verschuiven",
         "Het college houdt vast aan 31 januari als uiterste datum", "disagrees"),
        (4, "Wij vragen het college om de GRIS een formele rol te geven",
         "Het college gaat in op uw vraag naar een formele rol", "agrees"),
        (5, "De raad vraagt om voor projecten onder 1.000 euro een",
         None, "unanswered"),
        (6, "De GRIS adviseert het college om jaarlijks een infomoment voor indieners",
         "organiseert vanaf dit jaar elk najaar een infoavond voor indieners", "agrees"),
        (7, "De raad vraagt om dat budget in het meerjarenplan op te",
         "Wat het totale budget betreft, nemen wij akte van uw vraag", "noted"),
    ], ["Hieronder geven wij, zoals uw huishoudelijk reglement vraagt",
        "Het aangepaste ontwerp wordt op 28 april 2026 aan de gemeenteraad",
        "Het ontbijt op de markt was opnieuw een succes"],
        "ADVIES 2026/02 of a Flemish municipal advisory council for international solidarity (GRIS) of the invented "
        "gemeente Kortelare on the college's draft subsidy regulation, answered by the ANTWOORDBRIEF of the college "
        "van burgemeester en schepenen. The Decreet over het lokaal bestuur is real; the council, people, figures, "
        "the huishoudelijk reglement and the quoted 2023 advice are invented. The seven recommendations are BOLD "
        "SENTENCES INSIDE PARAGRAPHS (mostly the last sentence), unnumbered (1-7 by order), under sub-heads per "
        "article of the draft ('Artikel 3 - Begunstigden' ... 'Algemeen', which holds two, 6 and 7); their lead-ins "
        "vary ('De GRIS vraagt om', 'De raad adviseert', 'stelt voor om', 'Wij vragen het college om'). Not "
        "recommendations: the Samenvatting paraphrase ('De raad vraagt in het bijzonder aandacht voor'), the "
        "college's questions 1.-3., the Decreet's duty, the reglement's 'moet het college binnen twee maanden "
        "gemotiveerd antwoorden', findings 3.1-3.4 with a table ('moet indienen'), the general verdict "
        "'voorwaardelijk gunstig advies', 'zou ... moeten opsplitsen', the 2023 advice quoted as an imperative "
        "('Maak de aanvraagformulieren beschikbaar in eenvoudige taal') and reported as done. Response: letter "
        "under underlined sub-heads of its own, no numbers, order 4, 2+7, 3, 1, 6: 4 agrees ('gaat in op uw vraag', "
        "art. 7 amended); ONE paragraph 'Middelen': 2 partly (3.000 instead of 4.000 euro) + 7 noted ('nemen wij "
        "akte van uw vraag', budget left to the meerjarenplan revision); 3 disagrees ('houdt vast aan 31 januari'; "
        "an earlier call in October is a concession, not the asked change); 1 agrees ('volgt uw advies over "
        "artikel 3'); 6 agrees (yearly info evening in the library); 5 (lighter reporting under 1.000 euro) "
        "UNANSWERED. The introduction, 'Verdere procedure' and the thanks for the Week van de Fair Trade answer "
        "no recommendation.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

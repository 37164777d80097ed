"""Round 103 (nl): the HYGIENE-AUDITRAPPORT of a regional distribution centre's auditor on a local VOEDSELBANK,
answered by the voedselbank's VERBETERPLAN (a table citing 'VP n').

Advice (fpdf2, sans, blue title band, running head from p. 2, 'pagina n van m'): a score table per onderdeel,
findings with 'moet' (Hygiënecode art. 4.2, Warenwet), the 2024 audit quoted with 'moet', a re-audit date; the
recommendations are SHADED BOXES labelled 'Verbeterpunt VP 1'..'VP 7'. Response: cover note + table
'VP | Maatregel | Wie | Gereed', order VP 4, VP 1+6, VP 7, VP 2, VP 5; VP 3 unanswered. All invented.

Run: /tmp/blind103nl/bin/python tests/docs/src/blind103/gen_nl_voedselbank_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b103nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind103_nl_voedselbank"
F = B.tmp_fonts()
BLUE = (31, 78, 121)


class Doc(FPDF):
    def __init__(self, head, band, sub):
        super().__init__(format="A4")
        self.head, self.band, self.sub = head, band, sub
        for st, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("S", st, F[key])
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*BLUE)
            self.rect(0, 0, 210, 30, "F")
            self.set_text_color(255, 255, 255)
            self.set_xy(22, 9)
            self.set_font("S", "B", 14)
            self.cell(0, 7, self.band)
            self.set_xy(22, 18)
            self.set_font("S", "", 8)
            self.cell(0, 5, self.sub)
            self.set_text_color(0, 0, 0)
            self.set_y(38)
        else:
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(22, 10)
            self.cell(0, 4, self.head)
            self.set_draw_color(*BLUE)
            self.line(22, 15, 188, 15)
            self.set_text_color(0, 0, 0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t):
        self.ln(2)
        self.set_font("S", "B", 11)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.3, style=""):
        self.set_font("S", style, size)
        self.multi_cell(0, 4.9, t, new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.ln(2)

    def box(self, label, text):
        self.set_fill_color(228, 236, 245)
        self.set_draw_color(*BLUE)
        y = self.get_y()
        if y > 250:
            self.add_page()
        self.set_font("S", "B", 9)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 5.5, label, fill=True, border="LTR", new_x="LMARGIN", new_y="NEXT", padding=(1, 3))
        self.set_text_color(0, 0, 0)
        self.set_font("S", "", 9.3)
        self.multi_cell(0, 4.9, text, fill=True, border="LBR", new_x="LMARGIN", new_y="NEXT", padding=(0, 3, 2, 3))
        self.ln(2.5)


# ---------------------------------------------------------------- advice
d = Doc("Hygiëne-audit Voedselbank Lindemeer - rapport DCO/HA/2026/31", "Regionaal Distributiecentrum Oost-Brabant",
        "Voedselveiligheid en kwaliteit  |  Industrieweg 14, 5431 RT Cuijkerveld  |  kwaliteit@rdc-oostbrabant.nl")
d.add_page()
d.set_font("S", "B", 15)
d.multi_cell(0, 7, "Rapport hygiëne-audit Voedselbank Lindemeer", new_x="LMARGIN", new_y="NEXT")
d.set_font("S", "", 8.5)
d.multi_cell(0, 4.6, "Auditnummer: DCO/HA/2026/31\nDatum audit: 13 oktober 2026 (uitgiftepunt Kerkstraat en "
             "magazijn De Veste)\nAuditor: ing. F.M. Hoeksma, kwaliteitsfunctionaris\nContactpersoon voedselbank: "
             "A. Çelik, coördinator", new_x="LMARGIN", new_y="NEXT")
d.ln(3)
d.hd("1. Doel en werkwijze")
d.p("Alle voedselbanken die producten van het distributiecentrum ontvangen, worden eens in de twee jaar "
    "geaudit op voedselveiligheid. De audit volgt de Hygiënecode voor voedselbanken (versie 2023) en de "
    "checklist van het landelijk kwaliteitsoverleg. Wij bekeken het magazijn, de koelcel en twee vriezers, de "
    "uitgifteruimte, het vervoer en de registraties van de afgelopen zes maanden, en wij spraken met de "
    "coördinator en vijf vrijwilligers.")
d.hd("2. Resultaten per onderdeel")
d.set_font("S", "", 8.6)
with d.table(col_widths=(70, 25, 71), text_align=("LEFT", "CENTER", "LEFT"), line_height=4.8,
             ) as t:
    for row in (("Onderdeel", "Score", "Toelichting"),
                ("Ontvangst en opslag", "voldoende", "THT-controle goed, FIFO niet overal"),
                ("Koeling en vriezen", "onvoldoende", "geen temperatuurregistratie op 9 dagen"),
                ("Persoonlijke hygiëne", "voldoende", "handenwasgelegenheid aanwezig"),
                ("Schoonmaak", "matig", "geen vast schema, wisselend niveau"),
                ("Ongedierte", "matig", "muizenkeutels achter de stellingen"),
                ("Vervoer", "onvoldoende", "koelwaren in eigen auto's, rit tot 40 minuten")):
        r = t.row()
        for c in row:
            r.cell(c)
d.ln(3)
d.hd("3. Bevindingen")
d.p("Volgens artikel 4.2 van de Hygiënecode moet de temperatuur van gekoelde producten bij ontvangst en tijdens "
    "opslag worden vastgelegd. In de registratielijst van april tot en met september ontbraken negen "
    "uitgiftedagen. De koelcel zelf werkt goed: bij de audit was het 3,4 °C.")
d.p("In het auditrapport van 2024 stond al: 'De voedselbank moet gekoelde producten gescheiden van de "
    "eigen boodschappen van vrijwilligers vervoeren.' Dat gebeurt nu wel, maar nog steeds in personenauto's "
    "zonder koelbox. Op grond van de Warenwet is de voedselbank verantwoordelijk voor de hele keten tot aan de "
    "uitgifte; dat het vervoer door vrijwilligers gebeurt, verandert daar niets aan.")
d.p("Producten waarvan de THT-datum is verstreken, mogen volgens de landelijke richtlijn nog worden uitgegeven "
    "als zij goed zijn. Wij zagen dat zulke producten in het magazijn door elkaar staan met andere voorraad, "
    "zodat de beoordeling niet altijd plaatsvindt. De houten pallets in de koelcel zijn vochtig en niet goed "
    "schoon te maken.")
d.hd("4. Verbeterpunten")
d.p("De auditor vraagt de voedselbank de volgende verbeterpunten op te pakken. Een heraudit vindt plaats in "
    "april 2027; de VP's met een onvoldoende score worden dan opnieuw beoordeeld.")
d.box("Verbeterpunt VP 1  -  Koeling",
      "Registreer de temperatuur van de koelcel en van beide vriezers op elke uitgiftedag twee keer, bij opening "
      "en bij sluiting, en bewaar de lijsten twee jaar.")
d.box("Verbeterpunt VP 2  -  Opslag",
      "Vervang de houten pallets in de koelcel door kunststof pallets die goed te reinigen zijn.")
d.box("Verbeterpunt VP 3  -  Vrijwilligers",
      "Laat alle vrijwilligers die met onverpakte producten werken vóór 1 maart 2027 de e-learning Hygiëne "
      "van het landelijk kwaliteitsoverleg volgen.")
d.box("Verbeterpunt VP 4  -  THT-producten",
      "Richt in het magazijn een aparte, gemarkeerde plek in voor producten waarvan de THT-datum is verstreken, "
      "zodat elk product wordt beoordeeld voordat het naar de uitgifte gaat.")
d.box("Verbeterpunt VP 5  -  Ongedierte",
      "Laat een erkend bedrijf een plan voor ongediertebeheersing opstellen en het magazijn vier keer per jaar "
      "controleren.")
d.box("Verbeterpunt VP 6  -  Vervoer",
      "Vervoer gekoelde en diepvriesproducten voortaan alleen in een gekoeld voertuig en niet meer in de "
      "personenauto's van vrijwilligers.")
d.box("Verbeterpunt VP 7  -  Schoonmaak",
      "Stel een schoonmaakschema op voor magazijn en uitgifteruimte en laat de coördinator het wekelijks "
      "aftekenen.")
d.p("Wij verzoeken het bestuur om binnen zes weken na ontvangst van dit rapport een verbeterplan te sturen. "
    "Voor vragen kunt u terecht bij de auditor.")
d.p("Cuijkerveld, 20 oktober 2026\ning. F.M. Hoeksma")
d.output(B.out(NAME + "_advice.pdf"))

# ---------------------------------------------------------------- response
r = Doc("Verbeterplan Voedselbank Lindemeer - reactie op DCO/HA/2026/31", "Stichting Voedselbank Lindemeer",
        "Magazijn De Veste, Vestingweg 2, 5441 AA Lindemeer  |  bestuur@voedselbanklindemeer.nl")
r.add_page()
r.set_font("S", "", 8.5)
r.multi_cell(0, 4.6, "Aan: Regionaal Distributiecentrum Oost-Brabant, t.a.v. ing. F.M. Hoeksma\n"
             "Datum: 27 november 2026\nOnderwerp: verbeterplan naar aanleiding van de hygiëne-audit van 13 "
             "oktober 2026", new_x="LMARGIN", new_y="NEXT")
r.ln(3)
r.set_font("S", "B", 14)
r.multi_cell(0, 7, "Verbeterplan voedselveiligheid 2026-2027", new_x="LMARGIN", new_y="NEXT")
r.ln(2)
r.p("Het bestuur heeft het auditrapport op 10 november met de coördinatoren van magazijn en uitgifte "
    "besproken. Wij zijn blij dat persoonlijke hygiëne en ontvangst voldoende scoren en nemen de kritiekpunten "
    "serieus. In de tabel hieronder staat per verbeterpunt wat wij doen, wie het oppakt en wanneer het klaar is.")
r.set_font("S", "", 8.5)
rows = [
    ("VP", "Maatregel", "Wie", "Gereed"),
    ("VP 4", "Uitgevoerd. In het magazijn is een rood gemarkeerd rek 'Beoordelen' geplaatst; producten gaan pas "
             "na controle door een tweede vrijwilliger naar de uitgifte.", "magazijn-coördinator", "gereed"),
    ("VP 1 en VP 6", "De temperatuurlijst hangt nu bij de koelcel en wordt bij opening en sluiting ingevuld; "
                     "de penningmeester controleert maandelijks of alle dagen zijn ingevuld. Een gekoeld "
                     "voertuig kan de voedselbank niet betalen en het bestuur ziet daarom af van deze "
                     "maatregel; vrijwilligers blijven rijden met eigen auto's, wel voortaan met koelboxen en "
                     "koelelementen.", "coördinator / bestuur", "1 december 2026"),
    ("VP 7", "Er komt een schoonmaakschema voor het magazijn. Voor de uitgifteruimte in het wijkgebouw doet de "
             "verhuurder de schoonmaak; daar stellen wij geen eigen schema op. Aftekenen gebeurt maandelijks in "
             "plaats van wekelijks, omdat de coördinator niet elke week aanwezig is.", "coördinator",
     "januari 2027"),
    ("VP 2", "Akkoord. Twaalf kunststof pallets zijn besteld via het distributiecentrum en worden in week 50 "
             "geleverd.", "penningmeester", "december 2026"),
    ("VP 5", "Het magazijn is eigendom van de gemeente. Wij hebben de gemeente gevraagd of haar "
             "ongediertecontract ook De Veste kan dekken en wachten haar antwoord af voordat wij zelf een "
             "bedrijf inhuren.", "secretaris", "open"),
]
with r.table(col_widths=(22, 88, 34, 22), text_align="LEFT", line_height=4.7) as t:
    for row in rows:
        rr = t.row()
        for c in row:
            rr.cell(c)
r.ln(3)
r.hd("Overige punten")
r.p("Los van de audit meldt het bestuur dat de voedselbank sinds september 214 huishoudens helpt, dertig meer "
    "dan vorig jaar. Wij zoeken daarom twee nieuwe chauffeurs en een vrijwilliger voor de intake.")
r.p("Wij zien de heraudit in april 2027 met vertrouwen tegemoet en danken u voor de prettige samenwerking.\n\n"
    "Namens het bestuur,\nH.J. Verstegen, voorzitter")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Registreer de temperatuur van de koelcel en van beide vriezers",
     "temperatuurlijst hangt nu bij de koelcel", "agrees"),
    (2, "Vervang de houten pallets in de koelcel door kunststof pallets",
     "Twaalf kunststof pallets zijn besteld via het distributiecentrum", "agrees"),
    (3, "Laat alle vrijwilligers die met onverpakte producten werken vóór", None, "unanswered"),
    (4, "Richt in het magazijn een aparte, gemarkeerde plek in voor producten",
     "rood gemarkeerd rek 'Beoordelen' geplaatst", "agrees"),
    (5, "Laat een erkend bedrijf een plan voor ongediertebeheersing opstellen",
     "wachten haar antwoord af voordat wij zelf", "noted"),
    (6, "Vervoer gekoelde en diepvriesproducten voortaan alleen in een gekoeld voertuig",
     "het bestuur ziet daarom af van deze maatregel", "disagrees", ["partly"]),
    (7, "Stel een schoonmaakschema op voor magazijn en uitgifteruimte",
     "Aftekenen gebeurt maandelijks in plaats van wekelijks", "partly"),
], [
    "Wij zijn blij dat persoonlijke hygiëne en ontvangst voldoende scoren",
    "sinds september 214 huishoudens helpt",
    "zien de heraudit in april 2027 met vertrouwen tegemoet",
], "Advice: hygiene audit of a voedselbank by the regional distribution centre; a score table per onderdeel, "
   "Hygiënecode art. 4.2 'moet', the 2024 audit quoted with 'moet', Warenwet, a heraudit date; recommendations "
   "SHADED BOXES 'Verbeterpunt VP 1'..'VP 7' (label line + imperative). Response: cover note + verbeterplan table "
   "'VP | Maatregel | Wie | Gereed' citing VP numbers, order VP 4, VP 1+6, VP 7, VP 2, VP 5; row 'VP 1 en VP 6' = "
   "VP 1 agrees (list in use) + VP 6 disagrees (no cooled vehicle; cool boxes instead, so partly also accepted); "
   "VP 7 partly (magazijn only, monthly); VP 5 noted (asked the gemeente); VP 3 (e-learning) unanswered; the "
   "intro, 'Overige punten' and the closing answer nothing.")
print("wrote", NAME)

"""Round 59 (nl): an ONDERZOEKSVERSLAG of the Belgian FEDERALE OMBUDSMAN (an ambtshalve investigation into the
decision times of an invented federal benefits service, the 'Federale Dienst Handicap' (FDH)), with OFFICIELE
AANBEVELINGEN coded 'OA 26/01'-'OA 26/06' to the service and one ALGEMENE AANBEVELING 'AA 26/01' to the Kamer,
answered by the LETTER of the service's administrateur-generaal to the ombudsman.

Advice: grey title band, 'Onderzoeksverslag OV 2026/02', a Samenvatting paraphrasing the recommendations, 1
Onderzoek (the statutory basis: 'De federale ombudsmannen moeten ...', Handvest van de sociaal verzekerde: 'moet ...
beslissen binnen vier maanden'), 2 Vaststellingen with bold run-in labels 'Vaststelling 1'-'Vaststelling 4' (same
look as the recommendation labels; 'had ... moeten'), a ruled table of decision times, the ombudsman's 2019
recommendation quoted with its own code 'OA 19/04', 'Wat de dienst al deed' bullets, 3 Aanbevelingen: shaded boxes,
a bold code line ('OA 26/01 - Achterstand') and the recommendation below it; the numbers are the codes. Response:
letter on FDH letterhead (Uw kenmerk / Ons kenmerk block), paragraphs with bold code run-ins in the order 03, 01+02
(one paragraph: 01 agrees, 02 disagrees), 06, 05, AA; OA 26/04 unanswered; the introduction, a paragraph disputing
the figure in Vaststelling 2 and the closing answer nothing. Engine: fpdf2 (DejaVu, no text shaping: no ligatures).

Run: /tmp/blind59nl/bin/python tests/docs/src/blind59/gen_nl_federaalombuds_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b59nl as B  # noqa: E402

NAME = "blind59_nl_federaalombuds"
DV = "/usr/share/fonts/truetype/dejavu/"
PLUM = (96, 38, 86)
GREY = (95, 95, 95)
BOX = (240, 234, 239)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(__import__("datetime").datetime(2026, 3, 12, 9, 0, 0,
                                                               tzinfo=__import__("datetime").timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 22 if kind == "adv" else 28
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.set_y(11)
        if self.kind == "adv":
            self.cell(0, 4, "De Federale Ombudsman  -  Onderzoeksverslag OV 2026/02  -  Lang wachten op een beslissing")
        else:
            self.cell(0, 4, "FDH  -  Ons kenmerk AG/2026/0388  -  blad " + str(self.page_no()), align="R")
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="C")
        else:
            self.cell(0, 4, "Federale Dienst Handicap  -  Kruidtuinlaan 71, 1000 Brussel  -  www.fdh.example.be",
                      align="C")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.4, indent=0, h=4.9, align="J", after=2.4, color=None, fam=None, fill=False):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - 2 * indent if fill else self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT",
                        align=align, markdown=True, fill=fill)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=11, color=PLUM, before=3):
        self.ln(before)
        if self.get_y() + 26 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.4, fam="sa")

    def bullet(self, t, size=9.2):
        y = self.get_y()
        self.set_font(self.fam, "", size)
        self.set_xy(self.lm + 3, y)
        self.cell(4, 4.8, "-")
        self.set_xy(self.lm + 7, y)
        self.multi_cell(self.tw - 7, 4.8, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1)

    def box(self, code, title, text):
        if self.get_y() + 30 > self.page_break_trigger:
            self.add_page()
        self.set_fill_color(*BOX)
        self.set_draw_color(*PLUM)
        y0 = self.get_y()
        self.set_font("sa", "B", 9.4)
        self.set_text_color(*PLUM)
        self.set_x(self.lm)
        self.cell(self.tw, 7, "  " + code + "  -  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_font("sa", "", 9.4)
        self.set_x(self.lm)
        self.multi_cell(self.tw, 5, text, new_x="LMARGIN", new_y="NEXT", align="L", fill=True, padding=(0, 4, 3, 4))
        self.set_line_width(0.8)
        self.line(self.lm, y0, self.lm, self.get_y())
        self.set_line_width(0.2)
        self.set_draw_color(0)
        self.ln(3.5)


def table(d, widths, rows, size=8.2):
    from fpdf.fonts import FontFace
    d.set_font("sa", "", size)
    d.set_draw_color(170, 150, 165)
    head = FontFace(emphasis="BOLD", fill_color=(232, 222, 230))
    with d.table(col_widths=widths, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), line_height=4.4,
                 borders_layout="HORIZONTAL_LINES", headings_style=head, width=d.tw, padding=1.2) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(2)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*PLUM)
    d.rect(0, 0, 210, 46, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 11)
    d.set_font("sa", "B", 11)
    d.cell(0, 5, "De Federale Ombudsman", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22)
    d.set_font("sa", "", 8.4)
    d.cell(0, 5, "Onderzoeksverslag OV 2026/02  -  ambtshalve onderzoek  -  Brussel, 12 maart 2026",
           new_x="LMARGIN", new_y="NEXT")
    d.set_xy(22, 25)
    d.set_font("sa", "B", 16.5)
    d.cell(0, 8, "Lang wachten op een beslissing", new_x="LMARGIN", new_y="NEXT")
    d.set_x(22)
    d.set_font("sa", "", 9.6)
    d.cell(0, 5, "Behandelingstermijnen van aanvragen om een tegemoetkoming bij de Federale Dienst Handicap")
    d.set_text_color(0)
    d.set_y(54)

    d.hd("Samenvatting", before=0)
    d.p("Wie een inkomensvervangende tegemoetkoming of een integratietegemoetkoming aanvraagt, wacht gemiddeld ruim "
        "zeven maanden op een beslissing. Het Handvest van de sociaal verzekerde legt een termijn van vier maanden "
        "op. De ombudsman richt zes officiële aanbevelingen tot de Federale Dienst Handicap (FDH), onder meer over "
        "het wegwerken van de achterstand, de telefonische bereikbaarheid en de uitleg bij een weigering, en één "
        "algemene aanbeveling tot de Kamer van volksvertegenwoordigers.")

    d.hd("1. Het onderzoek")
    d.p("De wet van 22 maart 1995 tot instelling van federale ombudsmannen bepaalt dat de federale ombudsmannen "
        "klachten over de werking van de federale administratieve overheden moeten onderzoeken; zij kunnen ook "
        "ambtshalve een onderzoek instellen. Tussen januari 2024 en september 2025 ontving de ombudsman 612 klachten "
        "over de FDH, waarvan 488 over de duur van de behandeling. Dat aantal was voor de ombudsman de aanleiding "
        "voor dit onderzoek. Het onderzoek steunt op 60 dossiers, gesprekken met de directie en medewerkers van de "
        "dienst en cijfers die de FDH ter beschikking stelde.")
    d.p("Artikel 10 van het Handvest van de sociaal verzekerde (wet van 11 april 1995) bepaalt dat een instelling "
        "van sociale zekerheid binnen vier maanden na ontvangst van de aanvraag moet beslissen. Is de beslissing te "
        "laat, dan zijn op grond van artikel 20 van het Handvest van rechtswege verwijlintresten verschuldigd.")

    d.hd("2. Vaststellingen")
    d.p("**Vaststelling 1.** De gemiddelde behandelingsduur steeg van 4,6 maanden in 2022 naar 7,3 maanden in "
        "2025. Eind september 2025 waren 11 400 aanvragen ouder dan vier maanden.")
    table(d, (58, 28, 28, 28, 24), [
        ("", "2022", "2023", "2024", "2025*"),
        ("Nieuwe aanvragen", "61 200", "64 900", "70 300", "55 800"),
        ("Gemiddelde duur (maanden)", "4,6", "5,4", "6,8", "7,3"),
        ("Aandeel binnen vier maanden", "58 %", "47 %", "31 %", "27 %"),
        ("Openstaand ouder dan vier maanden", "3 100", "5 900", "9 800", "11 400"),
    ])
    d.p("Tabel 1. Cijfers van de FDH; * tot en met september 2025.", "I", 7.8, after=3)
    d.p("**Vaststelling 2.** In 41 van de 60 onderzochte dossiers lag het dossier meer dan drie maanden stil in "
        "afwachting van een medisch onderzoek. In 23 daarvan had de dienst de gegevens ook bij de behandelende arts "
        "kunnen opvragen.")
    d.p("**Vaststelling 3.** Burgers die de dienst bellen, krijgen vaak geen gehoor. De telefonische dienst is twee "
        "uur per werkdag open; in oktober 2025 werd 71 procent van de oproepen niet beantwoord. Een dienst die een "
        "wettelijke termijn niet haalt, zou op zijn minst bereikbaar moeten zijn voor wie wil weten waar zijn "
        "dossier staat.")
    d.p("**Vaststelling 4.** Weigeringsbeslissingen vermelden een puntentotaal zonder uitleg. Verschillende "
        "klagers begrepen niet waarom hun aanvraag werd geweigerd en tekenden beroep aan bij de arbeidsrechtbank "
        "om dat te weten te komen.")
    d.p("De ombudsman wees al eerder op dit probleem. In zijn verslag over 2019 luidde een aanbeveling aan de "
        "toenmalige directie:")
    d.p("OA 19/04: \"Leg in elke weigeringsbeslissing uit hoe de punten per criterium werden toegekend.\"",
        "I", 9.2, indent=10, after=2.4)
    d.p("De FDH aanvaardde die aanbeveling toen, maar paste de modelbrieven nooit aan.")
    d.p("**Wat de dienst al deed**", after=1)
    d.bullet("sinds maart 2025 werden 64 nieuwe dossierbeheerders aangeworven;")
    d.bullet("een team van artsen behandelt dringende aanvragen van terminaal zieke personen met voorrang;")
    d.bullet("in het online dossier MijnHandicap ziet de aanvrager sinds 2024 in welke fase zijn aanvraag zit.")

    d.hd("3. Aanbevelingen")
    d.p("Op grond van artikel 14bis van de wet van 22 maart 1995 richt de ombudsman de volgende officiële "
        "aanbevelingen tot de Federale Dienst Handicap. De dienst laat binnen drie maanden weten welk gevolg hij "
        "eraan geeft.")
    d.box("OA 26/01", "Achterstand",
          "Stel een inhaalplan op om de achterstand van 11 400 aanvragen weg te werken en publiceer elk kwartaal "
          "hoe ver de dienst daarmee staat.")
    d.box("OA 26/02", "Verwijlintresten",
          "Betaal de verwijlintresten automatisch aan iedere aanvrager die te laat een beslissing kreeg, zonder "
          "dat hij daar zelf om moet vragen.")
    d.box("OA 26/03", "Bereikbaarheid",
          "Houd de telefonische dienst ten minste vier uur per werkdag open en bel iedere beller die niet werd "
          "geholpen binnen twee werkdagen terug.")
    d.box("OA 26/04", "Verwachte beslissingsdatum",
          "Toon elke aanvrager in MijnHandicap een realistische datum waarop hij een beslissing mag verwachten, en "
          "pas die datum aan zodra die verschuift.")
    d.box("OA 26/05", "Medische gegevens",
          "Vraag de medische gegevens eerst op bij de behandelende arts of het ziekenfonds voordat de aanvrager "
          "wordt opgeroepen voor een medisch onderzoek.")
    d.box("OA 26/06", "Uitleg bij een weigering",
          "Motiveer elke weigeringsbeslissing in begrijpelijke taal, met de punten per criterium en een duidelijke "
          "uitleg over de mogelijkheid van beroep.")
    d.p("Daarnaast richt de ombudsman een algemene aanbeveling tot de Kamer van volksvertegenwoordigers:")
    d.box("AA 26/01", "Voorlopige tegemoetkoming",
          "Wijzig de wet van 27 februari 1987 zodat een aanvrager na zes maanden zonder beslissing een voorlopige "
          "tegemoetkoming ontvangt, te verrekenen met de latere beslissing.")
    d.p("De ombudsman zal de opvolging van deze aanbevelingen opnemen in zijn jaarverslag over 2026.", "I", 8.8)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 12)
    d.set_text_color(*PLUM)
    d.cell(0, 6, "Federale Dienst Handicap", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Administrateur-generaal", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(8)
    d.set_font("se", "", 9.4)
    for line in ("De Federale Ombudsman", "t.a.v. mevrouw H. Claeys en de heer P. Vermaelen",
                 "Leuvenseweg 48 bus 6", "1000 Brussel"):
        d.set_x(118)
        d.cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("sa", "", 7.8)
    for k, v in (("Uw kenmerk", "OV 2026/02"), ("Ons kenmerk", "AG/2026/0388"), ("Bijlage", "1"),
                 ("Datum", "Brussel, 9 juni 2026")):
        d.set_text_color(*GREY)
        d.cell(28, 4.4, k)
        d.set_text_color(0)
        d.cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.p("**Betreft: gevolg aan de aanbevelingen uit uw onderzoeksverslag 'Lang wachten op een beslissing'**",
        size=9.6, align="L")
    d.p("Geachte federale ombudsmannen,")
    d.p("Ik dank u voor uw verslag van 12 maart 2026 en voor de constructieve gesprekken die uw medewerkers in "
        "het najaar van 2025 met onze diensten voerden. Het directiecomité heeft het verslag op 14 mei besproken. "
        "In deze brief laat ik u weten welk gevolg de FDH aan uw aanbevelingen geeft.")
    d.p("Vooraf een opmerking over de cijfers. In Vaststelling 2 leest u dat 41 van de 60 dossiers stillagen in "
        "afwachting van een medisch onderzoek. Bij nazicht blijkt dat in negen van die dossiers de aanvrager zelf "
        "om uitstel van het onderzoek had gevraagd. Wij vragen u dit in uw jaarverslag te vermelden.")
    d.p("**OA 26/03.** Vanaf 1 september 2026 is de telefonische dienst elke werkdag van 9 tot 13 uur open, "
        "dus vier uur in plaats van twee. Wie niet wordt geholpen, kan via een keuzemenu om een terugbelafspraak "
        "vragen; een medewerker belt dan binnen twee werkdagen terug. Wij voeren deze aanbeveling dus volledig uit.")
    d.p("**OA 26/01 en OA 26/02.** Het directiecomité keurde op 14 mei een inhaalplan goed dat de achterstand "
        "tegen eind 2027 moet wegwerken. Vanaf het derde kwartaal van 2026 publiceren wij elk kwartaal op onze "
        "website hoeveel aanvragen ouder dan vier maanden nog openstaan. Wat de verwijlintresten betreft, volgen "
        "wij uw aanbeveling niet. Onze toepassing kan de intresten niet automatisch berekenen zonder een "
        "volledige herbouw van het betalingssysteem, die pas na 2029 gepland is. De intresten blijven op verzoek "
        "betaald; wij vermelden die mogelijkheid voortaan wel in elke beslissing.")
    d.p("**OA 26/06.** Vanaf januari 2027 vermeldt elke weigeringsbeslissing de punten per criterium met een "
        "korte uitleg in eenvoudige taal. De nieuwe modelbrieven werden samen met een burgerpanel getest. De "
        "uitleg over het beroep bij de arbeidsrechtbank staat voortaan vooraan in de brief in plaats van op de "
        "keerzijde. Wij nemen uw aanbeveling hiermee over.")
    d.p("**OA 26/05.** Wij delen uw analyse dat een medisch onderzoek niet altijd nodig is. Vanaf september 2026 "
        "vragen onze artsen bij een aanvraag om een integratietegemoetkoming eerst een verslag op bij de "
        "behandelende arts. Voor de inkomensvervangende tegemoetkoming houden wij evenwel vast aan een onderzoek "
        "door onze eigen artsen, omdat daar het verlies aan verdienvermogen moet worden beoordeeld.")
    d.p("**AA 26/01.** Uw algemene aanbeveling richt zich tot de Kamer van volksvertegenwoordigers. Een "
        "wetswijziging is een zaak van de wetgever; de FDH neemt daarover geen standpunt in. Ik heb de minister "
        "van Sociale Zaken over deze aanbeveling geïnformeerd.")
    d.p("In bijlage vindt u een overzicht van de aanwervingen in 2026 en de planning van de opleiding van de "
        "nieuwe dossierbeheerders. Voor vragen over deze brief kunt u terecht bij mevrouw Inge Vandamme, "
        "directeur klantenrelaties (inge.vandamme@fdh.example.be).")
    d.p("Met de meeste hoogachting,", after=8)
    d.p("Koen Bracke", "B", after=0.5)
    d.p("Administrateur-generaal", after=0)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("OA 26/01", "Stel een inhaalplan op om de achterstand van 11 400 aanvragen",
         "keurde op 14 mei een inhaalplan goed", "agrees"),
        ("OA 26/02", "Betaal de verwijlintresten automatisch aan iedere aanvrager die te laat",
         "Wat de verwijlintresten betreft, volgen wij uw aanbeveling niet", "disagrees"),
        ("OA 26/03", "Houd de telefonische dienst ten minste vier uur per werkdag open",
         "Wij voeren deze aanbeveling dus volledig uit", "agrees"),
        ("OA 26/04", "Toon elke aanvrager in MijnHandicap een realistische datum waarop hij",
         None, "unanswered"),
        ("OA 26/05", "Vraag de medische gegevens eerst op bij de behandelende arts",
         "houden wij evenwel vast aan een onderzoek door onze eigen artsen", "partly"),
        ("OA 26/06", "Motiveer elke weigeringsbeslissing in begrijpelijke taal, met de punten per criterium",
         "De nieuwe modelbrieven werden samen met een burgerpanel getest", "agrees"),
        ("AA 26/01", "Wijzig de wet van 27 februari 1987 zodat een aanvrager",
         "Een wetswijziging is een zaak van de wetgever", "noted"),
    ], ["Het directiecomité heeft het verslag op 14 mei besproken",
        "in negen van die dossiers de aanvrager zelf om uitstel",
        "In bijlage vindt u een overzicht van de aanwervingen"],
        "ONDERZOEKSVERSLAG of the Belgian Federale Ombudsman (ambtshalve investigation; the service 'Federale Dienst "
        "Handicap', the figures and people are invented; the wet van 22 maart 1995, the Handvest van de sociaal "
        "verzekerde and the wet van 27 februari 1987 are real, what is said of them is not to be relied on). The "
        "seven recommendations are the shaded boxes in chapter 3, each with a bold code line 'OA 26/01 - "
        "Achterstand' ... 'OA 26/06', and 'AA 26/01 - Voorlopige tegemoetkoming' (to the Kamer); numbers are the "
        "codes; starts_with is the imperative text below the code line. Not recommendations: the Samenvatting "
        "paraphrase, the statutory duties ('moeten onderzoeken', 'moet beslissen'), bold run-in 'Vaststelling 1.'-"
        "'Vaststelling 4.' findings ('zou ... moeten'), Table 1, the 2019 recommendation quoted with its own code "
        "'OA 19/04' (imperative), the 'Wat de dienst al deed' bullets, the closing follow-up sentence. Response: "
        "letter of the administrateur-generaal (Uw kenmerk / Ons kenmerk block), no headings, paragraphs opening "
        "with bold code run-ins in the order 03, 01+02, 06, 05, AA: 03 agrees (four hours, call-back); ONE "
        "paragraph 'OA 26/01 en OA 26/02': 01 agrees (inhaalplan, quarterly publication) + 02 disagrees ('volgen "
        "wij uw aanbeveling niet', interest only on request); 06 agrees; 05 partly (only for the "
        "integratietegemoetkoming, 'houden wij evenwel vast'); AA noted ('zaak van de wetgever', minister "
        "informed). OA 26/04 (expected decision date) UNANSWERED. The introduction, the paragraph disputing the "
        "figure of Vaststelling 2 and the closing paragraph (bijlage, contact) answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

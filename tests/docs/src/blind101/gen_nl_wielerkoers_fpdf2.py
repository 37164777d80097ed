"""Round 101 (nl): the MOBILITEITS- EN VEILIGHEIDSADVIES of a Flemish POLITIEZONE on the dossier of a kermiskoers
(wielerwedstrijd), answered by the organising wielerclub's ANTWOORDNOTA per point, citing the codes.

Advice (fpdf2, serif, ruled letterhead, running head from p. 2, 'blz. n/m'): vaststellingen numbered 1-4, the
wegcode and art. 135 Nieuwe Gemeentewet, the 2025 advice quoted with 'moet'; the recommendations are the rows
M1-M7 of a RULED TABLE 'Nr. | Maatregel | Motivering'. Response: notitie with bold 'M4 -' run-ins, order M4, M1+M6,
M2, M7, M3; M5 unanswered. All invented.

Run: /tmp/blind101nl/bin/python tests/docs/src/blind101/gen_nl_wielerkoers_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b101nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind101_nl_wielerkoers"
F = B.tmp_fonts("B101NL Serif", B.SERIF_FILES)


class Doc(FPDF):
    def __init__(self, head, org, sub):
        super().__init__(format="A4")
        self.head, self.org, self.sub = head, org, sub
        self.add_font("R", "", F["Regular"])
        self.add_font("R", "B", F["Bold"])
        self.add_font("R", "I", F["Italic"])
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            self.set_font("R", "B", 13)
            self.set_text_color(120, 20, 30)
            self.cell(0, 7, self.org, new_x="LMARGIN", new_y="NEXT")
            self.set_font("R", "", 8)
            self.set_text_color(70, 70, 70)
            self.cell(0, 5, self.sub, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(120, 20, 30)
            self.set_line_width(0.6)
            self.line(22, self.get_y() + 1, 188, self.get_y() + 1)
            self.ln(6)
        else:
            self.set_font("R", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("R", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "blz. %d/{nb}" % self.page_no(), align="R")

    def p(self, t, size=9.6, style="", h=5.0):
        self.set_font("R", style, size)
        self.multi_cell(0, h, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)

    def hd(self, t):
        self.ln(1)
        self.set_font("R", "B", 10.5)
        self.set_text_color(120, 20, 30)
        self.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def runin(self, lab, t):
        self.set_font("R", "", 9.6)
        self.multi_cell(0, 5, "**%s** %s" % (lab, t), markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.8)


RECS = [
    ("M1", "Verplaats de start en aankomst van de Kerkstraat naar de Molenlaan, zodat de hulpdiensten het "
           "centrum via de Kerkstraat kunnen blijven bereiken.",
     "De Kerkstraat is de enige aanrijroute naar het woonzorgcentrum."),
    ("M2", "Zet op elk van de 14 kruispunten van het parcours een erkende signaalgever in, en op de drie "
           "kruispunten met de N45 bijkomend een politieman.",
     "In 2025 stonden 4 kruispunten onbemand."),
    ("M3", "Plaats nadarhekken over de volledige lengte van de laatste 300 meter voor de aankomst.",
     "Toeschouwers stonden in 2025 op de rijbaan bij de sprint."),
    ("M4", "Bezorg uiterlijk vier weken voor de wedstrijd een omleidingsplan voor De Lijn aan de politie.",
     "Buslijn 23 reed vorig jaar vast in de Stationsstraat."),
    ("M5", "Voorzie een EHBO-post met ten minste twee hulpverleners en een afgesloten aanrijroute aan de aankomst.",
     "Verplicht volgens het draaiboek risico-evenementen."),
    ("M6", "Beperk het aantal ronden van 12 naar 10, zodat de wegen uiterlijk om 18.00 uur weer open zijn.",
     "De kermis start om 18.30 uur."),
    ("M7", "Informeer de bewoners langs het parcours minstens veertien dagen vooraf met een bewonersbrief.",
     "In 2025 kwamen 11 klachten binnen over afgesloten opritten."),
]

d = Doc("Politiezone Leie-Mandel - advies PZLM/MOB/2026/0231 - Grote Prijs Sint-Jan", "Politiezone Leie-Mandel",
        "Dienst Verkeer en Evenementen  |  Stationsplein 2, 8790 Waregem-Noord  |  verkeer@pzlm.be")
d.add_page()
d.p("Aan: VZW Wielerclub De Zwaluw Sint-Eloois, t.a.v. de heer K. Vanneste, wedstrijdleider\n"
    "Kopie: de burgemeester van Sint-Eloois-Vijve\n"
    "Datum: 2 maart 2026\nOns kenmerk: PZLM/MOB/2026/0231\n"
    "Betreft: mobiliteits- en veiligheidsadvies - 47e Grote Prijs Sint-Jan (kermiskoers), zondag 28 juni 2026",
    size=8.8, h=4.6)
d.p("Geachte heer Vanneste,")
d.p("U diende op 5 februari 2026 het dossier in voor de 47e Grote Prijs Sint-Jan, een wedstrijd voor "
    "elite zonder contract en beloften over 12 ronden van 9,8 km. De burgemeester beslist over de toelating op "
    "grond van artikel 135 van de Nieuwe Gemeentewet en vroeg ons advies. De wegcode (KB van 1 december 1975, "
    "artikel 7) bepaalt dat weggebruikers de aanwijzingen van signaalgevers moeten volgen; het KB van 21 augustus "
    "1967 regelt de wielerwedstrijden op de openbare weg.")
d.hd("1. Vaststellingen")
d.p("1. Het parcours kruist drie keer de N45, waar op zondagnamiddag gemiddeld 640 voertuigen per uur rijden.\n"
    "2. De start en de aankomst liggen in de Kerkstraat, de enige aanrijroute voor de hulpdiensten naar "
    "woonzorgcentrum Ter Leie.\n"
    "3. Bij de editie van 2025 stonden 4 van de 14 kruispunten een deel van de wedstrijd zonder signaalgever.\n"
    "4. In ons advies van 2025 schreven wij al: 'De organisator moet de aankomstzone volledig afschermen.' Dat "
    "gebeurde slechts over 120 meter.")
d.hd("2. Beoordeling")
d.p("De politiezone heeft geen bezwaar tegen de wedstrijd op zich. Een kermiskoers hoort bij de gemeente en trekt "
    "jaarlijks zo'n 3.000 toeschouwers. Het risico zit vooral bij de kruispunten met de N45 en bij de aankomst. "
    "Wij geven een gunstig advies, op voorwaarde dat de organisator de volgende maatregelen neemt.")
d.hd("3. Maatregelen")
d.set_font("R", "", 8.8)
with d.table(col_widths=(12, 95, 59), line_height=4.6, text_align=("LEFT", "LEFT", "LEFT"),
             first_row_as_headings=True) as t:
    r = t.row()
    for x in ("Nr.", "Maatregel", "Motivering"):
        r.cell(x)
    for code, m, why in RECS:
        r = t.row()
        r.cell(code)
        r.cell(m)
        r.cell(why)
d.ln(4)
d.set_font("R", "", 9.6)
d.p("Wij vragen u uiterlijk op 1 april 2026 schriftelijk te laten weten hoe u deze maatregelen uitvoert. Het "
    "bijzonder politiereglement wordt daarna door de burgemeester opgesteld. Voor vragen kunt u terecht bij "
    "inspecteur S. Desmet (056 61 20 44).")
d.p("Met de meeste hoogachting,\n\nhoofdcommissaris L. Verhaeghe\nkorpschef Politiezone Leie-Mandel")
d.output(B.out(NAME + "_advice.pdf"))

r = Doc("VZW Wielerclub De Zwaluw - antwoordnota GP Sint-Jan 2026", "VZW Wielerclub De Zwaluw Sint-Eloois",
        "Ondernemingsnummer 0412.345.678  |  Lokaal 't Zwaluwnest, Marktplein 9, 8793 Sint-Eloois-Vijve")
r.add_page()
r.p("Aan: Politiezone Leie-Mandel, Dienst Verkeer en Evenementen\nKopie: de burgemeester van Sint-Eloois-Vijve\n"
    "Datum: 27 maart 2026\nUw kenmerk: PZLM/MOB/2026/0231\nBetreft: antwoordnota op uw advies van 2 maart 2026",
    size=8.8, h=4.6)
r.p("Geachte hoofdcommissaris,")
r.p("Het bestuur van de wielerclub dankt u voor het snelle en grondige advies. Wij hebben het besproken op onze "
    "bestuursvergadering van 16 maart en geven hieronder per maatregel ons antwoord.")
r.runin("M4 -", "Het omleidingsplan voor buslijn 23 is op 20 maart met De Lijn afgestemd en gaat als bijlage mee. "
        "Daarmee is deze maatregel uitgevoerd.")
r.runin("M1 en M6 -", "Start en aankomst verhuizen dit jaar naar de Molenlaan; de Kerkstraat blijft de hele "
        "middag vrij voor de hulpdiensten. De wedstrijd inkorten tot 10 ronden doen wij niet: de 12 ronden zijn "
        "een voorwaarde van Belgian Cycling voor deze categorie. Wij laten de wedstrijd daarom om 14.00 uur in "
        "plaats van 14.30 uur starten, zodat de wegen toch rond 18.00 uur vrij zijn.")
r.runin("M2 -", "Wij zetten op alle 14 kruispunten een erkende signaalgever in; er hebben zich al 31 vrijwilligers "
        "aangemeld. Voor de kruispunten met de N45 rekenen wij graag op de inzet van de politie, zoals u voorstelt.")
r.runin("M7 -", "Over een bewonersbrief overleggen wij nog met de dienst communicatie van de gemeente, die "
        "ook de kermis aankondigt. Wij laten u weten wat daaruit komt.")
r.runin("M3 -", "Nadarhekken over de volle 300 meter kunnen wij niet dragen: de gemeente kan er slechts 90 "
        "uitlenen. Wij schermen 200 meter af en zetten op het laatste stuk vier extra seingevers aan de "
        "dranghekken. Wij hopen dat u dit aanvaardbaar vindt.")
r.hd("Varia")
r.p("Graag melden wij ook dat de jeugdwedstrijden van zaterdag 27 juni dit jaar op het afgesloten terrein van de "
    "sporthal plaatsvinden en dus niet op de openbare weg.")
r.p("Wij danken u voor de goede samenwerking en kijken uit naar een veilige 47e editie.")
r.p("Met sportieve groeten,\n\nK. Vanneste, wedstrijdleider\nA. Declercq, voorzitter")
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "Verplaats de start en aankomst van de Kerkstraat naar de Molenlaan",
     "Start en aankomst verhuizen dit jaar naar de Molenlaan", "agrees"),
    (2, "Zet op elk van de 14 kruispunten van het parcours",
     "er hebben zich al 31 vrijwilligers aangemeld", "agrees"),
    (3, "Plaats nadarhekken over de volledige lengte van de laatste 300 meter",
     "Wij schermen 200 meter af", "partly"),
    (4, "Bezorg uiterlijk vier weken voor de wedstrijd een omleidingsplan",
     "op 20 maart met De Lijn afgestemd", "agrees"),
    (5, "Voorzie een EHBO-post met ten minste twee hulpverleners", None, "unanswered"),
    (6, "Beperk het aantal ronden van 12 naar 10",
     "De wedstrijd inkorten tot 10 ronden doen wij niet", "disagrees", ["partly"]),
    (7, "Informeer de bewoners langs het parcours minstens veertien dagen vooraf",
     "overleggen wij nog met de dienst communicatie", "noted"),
], ["dankt u voor het snelle en grondige advies",
    "jeugdwedstrijden van zaterdag 27 juni dit jaar",
    "kijken uit naar een veilige 47e editie"],
    "Advice: mobiliteits- en veiligheidsadvies of a Flemish politiezone on a kermiskoers dossier, fpdf2 (serif, ruled "
    "letterhead, running head from p. 2, 'blz. n/m'); traps: Nieuwe Gemeentewet art. 135, wegcode art. 7 'moeten', "
    "VASTSTELLINGEN numbered 1.-4., the 2025 advice quoted with 'moet', a deadline; recommendations the rows M1-M7 "
    "of a ruled TABLE 'Nr. | Maatregel | Motivering'. Response: the wielerclub's antwoordnota with bold 'Mx -' "
    "run-ins citing codes, order M4, M1+M6, M2, M7, M3; 'M1 en M6' = M1 agrees + M6 disagrees (earlier start "
    "instead); M3 partly (200 m); M5 (EHBO-post) unanswered; the thanks, 'Varia' (youth races) and the closing "
    "answer nothing.")

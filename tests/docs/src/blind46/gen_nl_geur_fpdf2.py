"""Round 46 (nl): an (invented) ADVIESRAPPORT GEURHINDER of an omgevingsdienst to a municipality's college about an
animal-feed factory, with permit conditions and omgevingsplan articles (trap), an odour table, a bulleted list of
measures the company already took (trap), conclusions C1-C3, and the recommendations as UNNUMBERED dash items after
'Wij adviseren het college:' plus one more in a prose sentence 'Tot slot bevelen wij aan ...' (numbered 1-7 by
position); answered by the municipality's BEWONERSBRIEF to the residents ('Beste bewoner,', bold run-in themes,
plain-language verdicts, an information evening). Engine: fpdf2 (DejaVu, no text shaping). Answer key:
README-nl.md.

Run: /tmp/blind46nl/bin/python tests/docs/src/blind46/gen_nl_geur_fpdf2.py"""
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b46nl as B  # noqa: E402

NAME = "blind46_nl_geur"
DV = "/usr/share/fonts/truetype/dejavu/"
GREEN = (46, 110, 70)
ORANGE = (196, 90, 20)


class Doc(FPDF):
    def __init__(self, head, foot, serif=False, first_head=False, color=GREEN):
        super().__init__(format="A4")
        self.head, self.foot, self.first_head, self.color = head, foot, first_head, color
        base = "DejaVuSerif" if serif else "DejaVuSans"
        it = "Italic" if serif else "Oblique"
        for stl, f in (("", base + ".ttf"), ("B", base + "-Bold.ttf"), ("I", f"{base}-{it}.ttf"),
                       ("BI", f"{base}-Bold{it}.ttf")):
            self.add_font("dv", stl, DV + f)
        self.add_font("ds", "", DV + "DejaVuSans.ttf")
        self.add_font("ds", "B", DV + "DejaVuSans-Bold.ttf")
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1 or self.first_head:
            self.set_font("ds", "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            self.cell(83, 5, self.head[0])
            self.cell(83, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.color)
            self.line(22, 16.5, 188, 16.5)
            self.set_draw_color(0)
            self.set_y(22)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("ds", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.6, align="J", markdown=False):
        self.set_font("dv", stl, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=markdown)
        self.ln(1.4)

    def hang(self, mark, t, indent=7, size=9.2, stl=""):
        self.set_font("dv", stl, size)
        y = self.get_y()
        self.set_x(22 + indent - 5)
        self.cell(5, 4.6, mark)
        self.set_xy(22 + indent, y)
        self.multi_cell(166 - indent, 4.6, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.0)

    def hd(self, t, size=11, color=GREEN):
        self.ln(1.5)
        self.set_text_color(*color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def tab(self, rows, widths, size=8, fill=(221, 236, 226)):
        self.set_fill_color(255)
        self.set_font("dv", "", size)
        hs = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(col_widths=widths, text_align="LEFT", line_height=3.9, headings_style=hs,
                        first_row_as_headings=True, padding=1.2) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


def advice():
    d = Doc(("Omgevingsdienst Maas en Venen", "Adviesrapport geurhinder Koppelaar Diervoeders"),
            "pagina {n} van {nb}")
    d.alias_nb_pages()
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(0, 0, 210, 7, style="F")
    d.set_y(14)
    d.set_text_color(*GREEN)
    d.p("Omgevingsdienst Maas en Venen", "B", 13, align="L")
    d.set_text_color(80)
    d.p("Postbus 420 | 5900 AK Venlo | www.odmaasenvenen.nl", "", 7.8, align="L")
    d.set_text_color(0)
    d.ln(4)
    d.p("Adviesrapport geurhinder", "B", 17, align="L")
    d.p("Koppelaar Diervoeders B.V., Industrieweg 14, Breestein", "B", 10.5, align="L")
    d.ln(1)
    d.tab([("Gegevens", ""), ("Opdrachtgever", "college van burgemeester en wethouders van Breestein"),
           ("Zaaknummer", "Z2026-003417"), ("Datum", "20 februari 2026"),
           ("Opgesteld door", "ing. M.J. Peeters, adviseur lucht en geur; gezien: drs. A. Hoebens, teamleider"),
           ("Status", "definitief")], (40, 126))
    d.hd("1  Aanleiding")
    d.p("Sinds het voorjaar van 2025 klagen omwonenden van Koppelaar Diervoeders over een zoetige, branderige "
        "geur. In 2025 kwamen 214 meldingen binnen, tegen 31 in 2024. De meeste melders wonen aan de Veldweg en "
        "de Kampstraat, op 180 tot 350 meter van de droogtoren. Het college heeft de omgevingsdienst op 12 "
        "november 2025 gevraagd te onderzoeken of het bedrijf zich aan de regels houdt en welke maatregelen "
        "nodig zijn.")
    d.hd("2  Regels")
    d.p("Voor het bedrijf gelden de voorschriften van de omgevingsvergunning van 2017 en het omgevingsplan "
        "van Breestein. Voorschrift 4.2.3 van de vergunning bepaalt dat de geurbelasting bij woningen niet "
        "hoger mag zijn dan 3 ouE/m3 als 98-percentiel. Artikel 5.12 van het omgevingsplan geeft het college de "
        "bevoegdheid maatwerkvoorschriften te stellen. Het bedrijf moet volgens voorschrift 4.2.5 een storing "
        "van de luchtwasser binnen 24 uur melden.")
    d.hd("3  Onderzoek")
    d.p("Wij hebben in december 2025 en januari 2026 geurmetingen laten doen bij de droogtoren en de koeler en "
        "de verspreiding berekend. Daarnaast hielden wij twaalf snuffelploegmetingen in de wijk.")
    d.tab([("Bron", "Emissie (miljoen ouE/uur)", "Geurbelasting Veldweg 12 (ouE/m3, P98)", "Norm"),
           ("droogtoren", "48", "4,6", "3"), ("koeler", "11", "0,9", "3"),
           ("totaal", "59", "5,2", "3")], (40, 42, 56, 28))
    d.p("Het bedrijf heeft sinds de zomer van 2025 al de volgende maatregelen genomen:")
    for t in ("de luchtwasser van de koeler is vervangen;", "de deuren van de losplaats blijven dicht tijdens "
              "het lossen;", "er is een meldnummer voor omwonenden ingesteld dat buiten kantoortijd niet "
              "bereikbaar is."):
        d.hang("\u2022", t)
    d.hd("4  Conclusies")
    d.hang("C1", "De geurbelasting bij de woningen aan de Veldweg is 5,2 ouE/m3 en overschrijdt daarmee de norm "
           "van voorschrift 4.2.3.", indent=10)
    d.hang("C2", "De droogtoren is de belangrijkste bron; het bestaande biofilter haalt een rendement van 60 "
           "procent, waar 85 procent haalbaar is.", indent=10)
    d.hang("C3", "Omwonenden weten niet waar zij met een klacht terechtkunnen en horen niet wat er met hun "
           "melding gebeurt. Het bedrijf zou zijn klachtafhandeling moeten verbeteren.", indent=10)
    d.hd("5  Advies")
    d.p("Op grond van deze conclusies adviseren wij het college:")
    for t in ("het bedrijf een last onder dwangsom op te leggen voor het overschrijden van de geurnorm bij de "
              "woningen aan de Veldweg;",
              "maatwerkvoorschriften vast te stellen die voor de droogtoren een tweede biofilter voorschrijven, met "
              "een rendement van ten minste 85 procent;",
              "het bedrijf te verplichten vóór 1 september 2026 een geurbeheersplan in te dienen, met een planning "
              "van de maatregelen;",
              "een geurcommissie in te stellen met omwonenden, het bedrijf en de gemeente, die vier keer per jaar "
              "bijeenkomt;",
              "bij de herziening van het omgevingsplan rond het bedrijventerrein een geurzone van 250 meter op te "
              "nemen, waarin geen nieuwe woningen worden toegestaan;",
              "de omwonenden ieder kwartaal schriftelijk te informeren over de stand van zaken."):
        d.hang("\u2013", t)
    d.p("Tot slot bevelen wij aan geurklachten voortaan centraal te laten registreren via het klachtennummer van "
        "de omgevingsdienst, zodat meldingen buiten kantoortijd ook worden vastgelegd en onderzocht.")
    d.p("Wij zijn graag bereid dit advies in een overleg met het college of in een bijeenkomst met omwonenden "
        "toe te lichten.")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(("Gemeente Breestein", "Geuroverlast Koppelaar Diervoeders"), "pagina {n} van {nb}", serif=True,
            color=ORANGE)
    d.alias_nb_pages()
    d.add_page()
    d.set_text_color(*ORANGE)
    d.set_font("ds", "B", 16)
    d.cell(0, 8, "gemeente Breestein", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(8)
    d.set_font("dv", "", 9.2)
    y = d.get_y()
    d.multi_cell(90, 4.6, "Aan de bewoners van de Veldweg, de Kampstraat,\nde Hoefslag en omgeving\nBreestein",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_xy(122, y)
    d.set_font("ds", "", 7.8)
    d.multi_cell(66, 4, "Datum 30 maart 2026\nOns kenmerk Z2026-003417/BB\nContact Team Omgeving, 14 0485\n"
                 "omgeving@breestein.nl", new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.set_font("dv", "B", 9.2)
    d.cell(0, 5, "Onderwerp: geuroverlast Koppelaar Diervoeders - wat gaan we doen?", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(3)
    d.p("Beste bewoner,")
    d.p("U hebt het afgelopen jaar vaak last gehad van de geur van de diervoederfabriek van Koppelaar aan de "
        "Industrieweg. Veel van u hebben dat bij ons gemeld. De omgevingsdienst heeft op ons verzoek onderzocht "
        "hoe dat komt. De uitkomst is duidelijk: de fabriek stoot te veel geur uit, vooral uit de droogtoren. In "
        "deze brief leest u wat wij daaraan gaan doen.")
    d.p("**Strengere eisen aan de fabriek.** Wij verplichten Koppelaar om een tweede biofilter op de droogtoren "
        "te plaatsen, dat minstens 85 procent van de geur wegvangt. Die eis leggen wij vast in een besluit dat "
        "u in april in het gemeenteblad kunt lezen. Een dwangsom leggen wij nu nog niet op. Het bedrijf werkt "
        "mee en heeft de nieuwe filter al besteld; een dwangsom helpt dan niet om de geur sneller te "
        "verminderen. Houdt het bedrijf zich niet aan de afspraken, dan gaan wij alsnog handhaven.",
        markdown=True)
    d.p("**Een plan van het bedrijf.** Koppelaar moet ook een geurbeheersplan maken: wat doet het bedrijf "
        "wanneer, en hoe controleert het dat? Het bedrijf heeft gevraagd om meer tijd, omdat de leverancier van "
        "het filter pas in de zomer kan leveren. Het plan moet daarom uiterlijk 1 december 2026 bij ons "
        "liggen.", markdown=True)
    d.p("**Praten met elkaar.** De omgevingsdienst stelde een aparte geurcommissie voor. Wij kiezen voor een "
        "eenvoudiger vorm: het bestaande Klankbord Hoeverwijk, waarin al bewoners en bedrijven zitten, "
        "bespreekt de geur voortaan als vast agendapunt. Het klankbord komt twee keer per jaar bij elkaar. "
        "Wilt u meedoen? Meld u dan aan bij Team Omgeving.", markdown=True)
    d.p("**Geur melden.** Ruikt u de fabriek? Bel dan voortaan het klachtennummer van de omgevingsdienst, 077 "
        "320 44 00. Dat nummer is dag en nacht bereikbaar, ook in het weekend. Een toezichthouder komt zo "
        "nodig direct kijken. Zo wordt elke melding vastgelegd, ook 's avonds. Het meldnummer van de fabriek "
        "zelf kunt u natuurlijk ook blijven gebruiken.", markdown=True)
    d.p("**U blijft op de hoogte.** Vanaf nu krijgt u elk kwartaal een brief zoals deze, waarin staat hoe het "
        "met de maatregelen gaat en wat de metingen laten zien. De eerste volgt begin juli.", markdown=True)
    d.p("**Informatieavond.** Op dinsdag 14 april 2026 houden wij een informatieavond in wijkcentrum De "
        "Hoefslag, van 19.30 tot 21.00 uur. De omgevingsdienst en Koppelaar zijn er ook. U hoeft zich niet "
        "aan te melden.", markdown=True)
    d.p("Wij begrijpen dat het lang duurt voordat de nieuwe filter werkt. Wij houden de vinger aan de pols en "
        "laten u weten als er iets verandert.")
    d.ln(2)
    d.p("Met vriendelijke groet,")
    d.p("het college van burgemeester en wethouders van Breestein,\nnamens dezen,", align="L")
    d.ln(3)
    d.p("Ruud Scheepers\nwethouder Omgeving en Milieu", align="L")
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "het bedrijf een last onder dwangsom op te leggen voor",
         "Een dwangsom leggen wij nu nog niet op", "disagrees", ["noted"]),
        ("2", "maatwerkvoorschriften vast te stellen die voor de droogtoren een tweede biofilter",
         "Wij verplichten Koppelaar om een tweede biofilter op de droogtoren", "agrees"),
        ("3", "het bedrijf te verplichten vóór 1 september 2026 een geurbeheersplan",
         "Het plan moet daarom uiterlijk 1 december 2026", "partly"),
        ("4", "een geurcommissie in te stellen met omwonenden, het bedrijf en",
         "Wij kiezen voor een eenvoudiger vorm", "partly", ["disagrees"]),
        ("5", "bij de herziening van het omgevingsplan rond het bedrijventerrein", None, "unanswered"),
        ("6", "de omwonenden ieder kwartaal schriftelijk te informeren over de",
         "Vanaf nu krijgt u elk kwartaal een brief", "agrees"),
        ("7", "Tot slot bevelen wij aan geurklachten voortaan centraal te laten registreren",
         "Bel dan voortaan het klachtennummer van de omgevingsdienst", "agrees"),
    ]
    unmatched = ["Op dinsdag 14 april 2026 houden wij een informatieavond"]
    notes = ("Omgevingsdienst advice report on odour nuisance from an animal-feed factory, to the college of "
             "Breestein: green band and letterhead, running header from page 2, 'pagina N van M', a data table "
             "(zaaknummer, date), permit condition 4.2.3 / 4.2.5 and omgevingsplan article 5.12 (traps), an "
             "odour table, a bulleted list of measures the company ALREADY took (trap), conclusions C1-C3 as "
             "hanging codes (C3 'zou ... moeten verbeteren': trap), then 'Wij adviseren het college:' with six "
             "UNNUMBERED dash infinitive clauses (1-6) and a seventh recommendation in a following prose sentence "
             "'Tot slot bevelen wij aan ...' (7). Reply: the municipality's BEWONERSBRIEF to residents ('Beste "
             "bewoner,'), bold run-in themes, no numbers, order 2+1, 3, 4, 7, 6: ONE paragraph with 2 (second "
             "biofilter of 85 percent: agrees) and 1 ('Een dwangsom leggen wij nu nog niet op', enforcement "
             "only if the company fails: disagrees, noted acceptable); 3 (plan by 1 December instead of 1 "
             "September: partly); 4 (no separate commission, the existing Klankbord twice a year instead of four "
             "times: partly, disagrees acceptable); 7 (call the omgevingsdienst's number, day and night: agrees); "
             "6 (a letter every quarter: agrees); 5 (odour zone in the omgevingsplan) unanswered; the "
             "'Informatieavond' paragraph unmatched.")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)

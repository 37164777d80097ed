"""Round 79 (nl): the VERSLAG VAN DE KASCOMMISSIE of an association (a club's members' audit committee, appointed by
the algemene ledenvergadering under the statuten and Burgerlijk Wetboek 2:48) with recommendations to the bestuur,
answered by the bestuur's BESLUITENLIJST (decision list of a board meeting, items coded B26-xx, with an action list).

Advice: (invented) kascommissie of Muziekvereniging Sint-Caecilia Oosterbeemd, 'Verslag van de kascommissie over het
verenigingsjaar 2025', 2 p., sans: the statuten's 'moet' rules quoted, the commissie's 'Verklaring' (no objection to
decharge), a summary exploitation table, last year's recommendations quoted with their status, findings with
'zou ... moeten', and the recommendations as UNNUMBERED BULLETS with a bold lead-in under 'Aanbevelingen aan het
bestuur' (numbers by order, 1-6).
Response: besluitenlijst (2 p., sans, small table head) of the bestuursvergadering of 10 March 2026: B26-014
notulen (nothing), B26-015 = 4 agrees, ONE item B26-016 = 1 agrees + 2 disagrees, B26-017 = 6 noted, B26-018
concert (nothing), B26-019 = 3 partly, B26-020 agenda (nothing), actielijst; 5 unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind79nl/bin/python tests/docs/src/blind79/gen_nl_kascommissie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b79nl as B  # noqa: E402

NAME = "blind79_nl_kascommissie"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (140, 20, 30)
GREY = (95, 95, 95)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 3, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 25
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 10)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            self.cell(self.tw, 4, self.head, align="L")
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"blad {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)

    def para(self, t, size=9.6, style="", h=5.0, after=2.2, indent=0):
        self.set_font("sa", style, size)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, t, size=11.5):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*RED)
        self.multi_cell(self.tw, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def bullet(self, t, mark="\u2022", indent=7):
        self.set_font("sa", "", 9.6)
        y = self.get_y()
        self.set_xy(self.lm + 2, y)
        self.cell(5, 5, mark)
        self.set_xy(self.lm + indent, y)
        self.multi_cell(self.tw - indent, 5, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)

    def grid(self, rows, widths, head=True, size=8.4):
        self.set_font("sa", "", size)
        self.set_draw_color(150, 150, 150)
        with self.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=4.6,
                        headings_style=None, first_row_as_headings=False, align="LEFT",
                        cell_fill_mode="NONE") as t:
            for i, r in enumerate(rows):
                row = t.row()
                for c in r:
                    if head and i == 0:
                        row.cell(c, style=FontFace(family="sa", emphasis="BOLD", fill_color=(235, 220, 222)))
                    else:
                        row.cell(c)
        self.ln(3)


def advice():
    d = Doc("Sint-Caecilia Oosterbeemd | Verslag kascommissie 2025")
    d.add_page()
    d.set_fill_color(*RED)
    d.rect(0, 0, d.w, 14, style="F")
    d.set_fill_color(255, 255, 255)
    d.set_text_color(255, 255, 255)
    d.set_font("sa", "B", 9)
    d.set_xy(d.lm, 4.5)
    d.cell(d.tw, 5, "MUZIEKVERENIGING SINT-CAECILIA OOSTERBEEMD  -  opgericht 1911")
    d.set_text_color(0)
    d.set_y(24)
    d.set_font("sa", "B", 16)
    d.multi_cell(d.tw, 8, align="L", text="Verslag van de kascommissie over het verenigingsjaar 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 9.4)
    d.set_text_color(*GREY)
    d.multi_cell(d.tw, 5, "Ter behandeling in de algemene ledenvergadering van 27 maart 2026, agendapunt 6",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    d.heading("Opdracht en werkwijze")
    d.para("De algemene ledenvergadering van 28 maart 2025 benoemde Ria Hendriks-Veldkamp en Sander Oomen tot leden "
           "van de kascommissie, met Joost van Meurs als reservelid. Artikel 15 lid 3 van de statuten luidt: __'De "
           "kascommissie moet de rekening en verantwoording van het bestuur onderzoeken en brengt aan de algemene "
           "vergadering verslag uit van haar bevindingen.'__ Het bestuur moet de commissie volgens hetzelfde artikel "
           "alle gevraagde inlichtingen verschaffen en de kas en de bescheiden ter inzage geven.")
    d.para("Wij hebben op 14 en 21 februari 2026 met de penningmeester, Wim Claassen, de jaarrekening 2025, de "
           "bankafschriften, de kasboeken van de kantine en het instrumentenregister doorgenomen. Wij hebben "
           "steekproefsgewijs 40 uitgaven van meer dan 100 euro gecontroleerd aan de hand van de bonnen.")
    d.heading("Cijfers in het kort")
    d.grid([["Post", "Begroting 2025", "Werkelijk 2025", "Verschil"],
             ["Contributies", "38.400", "36.950", "-1.450"],
             ["Subsidie gemeente Oosterbeemd", "12.000", "12.000", "0"],
             ["Opbrengst kantine en concerten", "9.500", "11.820", "+2.320"],
             ["Dirigenten en instructeurs", "-41.000", "-41.600", "-600"],
             ["Onderhoud instrumenten en uniformen", "-8.000", "-10.740", "-2.740"],
             ["Saldo", "1.900", "-210", "-2.110"]], (62, 34, 34, 30))
    d.para("Het eigen vermogen bedraagt op 31 december 2025 24.380 euro, waarvan 15.000 euro bestemd is voor de "
           "vervanging van instrumenten. De achterstand in contributies bedraagt 3.310 euro, verdeeld over 14 leden.")
    d.heading("Opvolging van de aanbevelingen van vorig jaar")
    d.para("In het verslag over 2024 schreef de vorige kascommissie: __'Het bestuur zou de kantinekas wekelijks moeten "
           "afstorten.'__ Dat gebeurt inmiddels. De tweede aanbeveling van vorig jaar, over een tweede handtekening "
           "bij betalingen, is maar deels opgevolgd: het bestuur heeft een regel vastgesteld, maar in de bank is "
           "nog geen tweede gemachtigde ingesteld.")
    d.heading("Bevindingen")
    d.para("De administratie is overzichtelijk en de penningmeester kon al onze vragen beantwoorden. Alle "
           "onderzochte uitgaven waren met een bon onderbouwd, op twee na (samen 312 euro voor de nieuwjaarsreceptie). "
           "Het instrumentenregister is niet bijgewerkt: drie instrumenten die in 2025 zijn verkocht, staan er nog in, "
           "en van de uitgeleende instrumenten ontbreekt bij negen een getekende bruikleenovereenkomst. Een "
           "vereniging van deze omvang zou eigenlijk een verzekering moeten hebben die instrumenten ook buiten het "
           "verenigingsgebouw dekt; de huidige polis dekt alleen het gebouw.")
    d.para("De contributie-inning verloopt nog met facturen per e-mail. Leden die niet betalen krijgen pas na een half "
           "jaar een herinnering. De penningmeester doet al het werk alleen; bij zijn afwezigheid kan niemand betalingen "
           "doen.")
    d.heading("Verklaring")
    d.para("De kascommissie heeft geen onjuistheden van betekenis gevonden. Zij is van oordeel dat de jaarrekening "
           "2025 een getrouw beeld geeft van de financiële positie van de vereniging en ziet geen bezwaar tegen het "
           "verlenen van decharge aan het bestuur voor het gevoerde financiële beheer.")
    d.heading("Aanbevelingen aan het bestuur")
    d.para("Los van onze verklaring geven wij het bestuur het volgende mee:")
    for t in [
        "**Contributie.** Stap over op automatische incasso voor alle leden die daarmee instemmen, zodat de "
        "achterstand in contributies niet verder oploopt.",
        "**Tweede bevoegde.** Laat naast de penningmeester een tweede bestuurslid bij de bank gemachtigd worden, "
        "zodat betalingen boven de 500 euro door twee personen worden goedgekeurd.",
        "**Instrumentenregister.** Werk het instrumentenregister bij en sluit voor elk uitgeleend instrument een "
        "getekende bruikleenovereenkomst met het lid af.",
        "**Verzekering.** Breid de inventarisverzekering uit zodat instrumenten ook tijdens concerten, repetities "
        "elders en bij leden thuis verzekerd zijn.",
        "**Bonnen.** Vraag voor elke uitgave vooraf toestemming van de penningmeester en bewaar alle bonnen "
        "digitaal bij de boeking.",
        "**Begroting.** Leg de ledenvergadering voortaan een meerjarenbegroting voor, met een "
        "vervangingsplan voor instrumenten en uniformen voor vijf jaar.",
    ]:
        d.bullet(t)
    d.ln(2)
    d.para("Oosterbeemd, 24 februari 2026", style="I")
    d.para("Ria Hendriks-Veldkamp  -  Sander Oomen")
    d.alias_nb_pages()
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Besluitenlijst bestuursvergadering 10 maart 2026 | Sint-Caecilia Oosterbeemd")
    d.add_page()
    d.set_font("sa", "B", 14)
    d.multi_cell(d.tw, 7, text="Besluitenlijst bestuursvergadering", align="L", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 9.4)
    d.multi_cell(d.tw, 5, "Muziekvereniging Sint-Caecilia Oosterbeemd", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.grid([["Datum", "10 maart 2026, 20.00 uur, bestuurskamer verenigingsgebouw De Klankkast"],
             ["Aanwezig", "Marieke Smulders (voorzitter), Hans Terlouw (secretaris), Wim Claassen (penningmeester), "
                          "Ilse van Gent, Tom Peeters"],
             ["Afwezig", "geen"],
             ["Status", "vastgesteld in de vergadering van 24 maart 2026"]], (28, 132), head=False)

    def item(code, title, text, extra=()):
        d.set_font("sa", "B", 10)
        d.set_text_color(*RED)
        d.multi_cell(d.tw, 5.4, text=f"{code}  {title}", align="L", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(0.6)
        d.para(text)
        for e in extra:
            d.para(e)

    item("B26-014", "Notulen en besluitenlijst 10 februari 2026",
         "De besluitenlijst van 10 februari 2026 wordt ongewijzigd vastgesteld. Naar aanleiding daarvan meldt de "
         "secretaris dat de nieuwe huurovereenkomst voor De Klankkast getekend is.")
    item("B26-015", "Verzekering instrumenten",
         "Naar aanleiding van het verslag van de kascommissie besluit het bestuur de inventarisverzekering per 1 april "
         "uit te breiden tot een all-riskdekking buiten het gebouw. De extra premie van 420 euro per jaar wordt "
         "opgenomen in de begroting 2026.")
    item("B26-016", "Contributie en betalingen",
         "Het bestuur besluit vanaf het seizoen 2026-2027 de contributie te innen via automatische incasso; leden die "
         "geen machtiging willen afgeven, blijven een factuur ontvangen.",
         ["Het voorstel van de kascommissie om een tweede bestuurslid bij de bank te laten machtigen, neemt het "
          "bestuur niet over. De bank rekent voor een tweede gemachtigde op een verenigingsrekening 90 euro per jaar "
          "en het aantal betalingen boven de 500 euro is klein. De voorzitter blijft de bankafschriften elk "
          "kwartaal achteraf controleren."])
    item("B26-017", "Meerjarenbegroting",
         "Het bestuur heeft kennisgenomen van de suggestie voor een meerjarenbegroting. De penningmeester bekijkt "
         "na de zomer of dit met de huidige vrijwilligers haalbaar is; een besluit volgt later.")
    item("B26-018", "Voorjaarsconcert en jubileum",
         "Het voorjaarsconcert vindt plaats op zondag 17 mei in de Lambertuskerk. Voor het 115-jarig bestaan in 2026 "
         "wordt een werkgroep gevormd met Ilse van Gent als trekker; zij brengt in juni een plan in.")
    item("B26-019", "Instrumentenregister",
         "Het bestuur besluit het instrumentenregister vóór de ledenvergadering bij te werken. Voor de bruikleen "
         "wordt geen aparte overeenkomst per instrument opgesteld: de bruikleenvoorwaarden worden opgenomen in het "
         "huishoudelijk reglement, dat alle leden bij hun aanmelding al ondertekenen.")
    item("B26-020", "Agenda algemene ledenvergadering 27 maart",
         "De agenda wordt vastgesteld. De kascommissie wordt bedankt; voor de nieuwe kascommissie hebben zich Joost "
         "van Meurs en Anouk Berentsen beschikbaar gesteld.")
    d.ln(1)
    d.set_font("sa", "B", 10)
    d.multi_cell(d.tw, 5.4, "Actielijst", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.grid([["Nr.", "Actie", "Wie", "Wanneer"],
             ["A-07", "Polis uitbreiden bij de verzekeraar", "penningmeester", "1 april"],
             ["A-08", "Machtigingsformulier incasso rondsturen", "secretaris", "juni"],
             ["A-09", "Register bijwerken en tekst bruikleenvoorwaarden", "Tom Peeters", "27 maart"],
             ["A-10", "Zaal en programma voorjaarsconcert", "voorzitter", "april"]], (16, 84, 32, 28))
    d.alias_nb_pages()
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Stap over op automatische incasso voor alle leden die daarmee",
     "de contributie te innen via automatische incasso", "agrees"),
    (2, "Laat naast de penningmeester een tweede bestuurslid bij de bank",
     "te laten machtigen, neemt het bestuur niet over", "disagrees"),
    (3, "Werk het instrumentenregister bij en sluit voor elk uitgeleend instrument",
     "geen aparte overeenkomst per instrument opgesteld", "partly"),
    (4, "Breid de inventarisverzekering uit zodat instrumenten ook tijdens concerten",
     "uit te breiden tot een all-riskdekking buiten het gebouw", "agrees"),
    (5, "Vraag voor elke uitgave vooraf toestemming van de penningmeester en",
     None, "unanswered"),
    (6, "Leg de ledenvergadering voortaan een meerjarenbegroting voor, met een",
     "heeft kennisgenomen van de suggestie voor een meerjarenbegroting", "noted"),
]
UNMATCHED = [
    "de nieuwe huurovereenkomst voor De Klankkast getekend is",
    "Het voorjaarsconcert vindt plaats op zondag 17 mei",
    "hebben zich Joost van Meurs en Anouk Berentsen beschikbaar gesteld",
]
NOTES = ("VERSLAG VAN DE KASCOMMISSIE of an association (members' audit committee under the statuten) with "
         "recommendations to the bestuur, answered by the bestuur's BESLUITENLIJST (decision list, items B26-xx, with "
         "an action list). The association, people and figures are invented. Recommendations: UNNUMBERED bullets "
         "with a bold lead-in ('**Contributie.** Stap over op ...') under 'Aanbevelingen aan het bestuur' (numbers "
         "by order, 1-6). Traps: the statuten quoted ('De kascommissie moet ...', 'Het bestuur moet ...'); an "
         "exploitation table; last year's recommendation quoted ('zou de kantinekas wekelijks moeten afstorten') "
         "and its status; 'zou eigenlijk een verzekering moeten hebben' as a finding; the 'Verklaring' (no "
         "objection to decharge) that is no recommendation to the bestuur. Besluitenlijst in another order: B26-014 "
         "notulen (nothing); B26-015 = 4 agrees; ONE item B26-016 'Contributie en betalingen' = 1 agrees (first "
         "paragraph) + 2 disagrees (second paragraph); B26-017 = 6 noted ('heeft kennisgenomen', decision later); "
         "B26-018 concert and jubilee (nothing); B26-019 = 3 partly (register yes, no contract per instrument); "
         "B26-020 agenda and new kascommissie (nothing); the Actielijst rows repeat decisions; 5 (bonnen) "
         "unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

"""Round 89 (nl, Dutch): the INSPECTIERAPPORT of an omgevingsdienst on the safety of a public swimming pool, answered
by the operator's PLAN VAN AANPAK (an action-plan table citing the recommendation numbers).

Advice: (invented) Omgevingsdienst Lindewaard, 'Inspectierapport veiligheid zwemgelegenheid - Zwembad De Wielewaal',
OD-LW/2026/0412 (2 p., fpdf2, DejaVu, no shaping, fixed creation date; a green rule, a meta block, a findings table
with 'voldoet / voldoet niet', two OVERTREDINGEN with legal 'moet' and deadlines, the seven recommendations in a RULED
TABLE 'Nr. | Aanbeveling | Prioriteit'); running head and 'blad n van m'.
Response: Stichting Sportbedrijf Lindewoude, plan van aanpak (1-2 p., fpdf2 table 'Aanb. | Maatregel | Wie | Gereed'),
order 4, 1+2, 5, 7, 3; 6 unanswered; the introduction, 'Herstel van de overtredingen' and the closing answer nothing.
Lindewoude, the omgevingsdienst, the pool, people and figures are invented; what is said of the law is not to be
relied on.

Run: /tmp/blind89nl/bin/python tests/docs/src/blind89/gen_nl_zwembad_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b89nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind89_nl_zwembad"
GREEN = (22, 110, 80)


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.set_creation_date(datetime.datetime(2026, 3, 9, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("sa", stl, B.DV + B.SANS_FILES[f])
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            self.set_fill_color(*GREEN)
            self.rect(0, 0, 210, 7, "F")
            return
        self.set_font("sa", "", 7.2)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, 11)
        self.cell(0, 4, self.head)
        self.set_draw_color(*GREEN)
        self.line(22, 16, 188, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-15)
        self.set_font("sa", "", 7.2)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.set_font("sa", "B", 14)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 6.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def h2(self, t):
        self.ln(2)
        self.set_font("sa", "B", 10.5)
        self.set_text_color(*GREEN)
        self.multi_cell(0, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def p(self, t, size=9.3, style=""):
        self.set_font("sa", style, size)
        self.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)

    def meta(self, rows):
        for k, v in rows:
            self.set_font("sa", "B", 8.4)
            self.cell(38, 4.4, k)
            self.set_font("sa", "", 8.4)
            self.multi_cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def grid(self, rows, cw, size=8.4, head_fill=(220, 236, 228)):
        from fpdf.fonts import FontFace
        self.set_font("sa", "", size)
        with self.table(col_widths=cw, text_align="LEFT", line_height=4.3, padding=1.2,
                        headings_style=FontFace(emphasis="BOLD", fill_color=head_fill)) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(2)


RECS = [
    "Stel een actueel calamiteitenplan op en oefen dit ten minste twee keer per jaar met alle toezichthouders.",
    "Zet tijdens het vrij zwemmen op woensdagmiddag ten minste twee gediplomeerde toezichthouders in het recreatiebad in.",
    "Vervang de antislipvloer rond de glijbaan, die op meerdere plaatsen zichtbaar is versleten.",
    "Laat de waterkwaliteit ook op zondag door een eigen medewerker meten en registreer de uitkomsten digitaal.",
    "Breng bij het diepe gedeelte van het wedstrijdbad duidelijke dieptemarkeringen en pictogrammen aan.",
    "Maak met de scholen schriftelijke afspraken over het aantal begeleiders per groep tijdens het schoolzwemmen.",
    "Installeer in het wedstrijdbad een camerasysteem met automatische drenkelingdetectie.",
]
PRIO = ["hoog", "hoog", "middel", "middel", "middel", "middel", "laag"]


def advice():
    d = Doc("Omgevingsdienst Lindewaard - Inspectierapport OD-LW/2026/0412 - Zwembad De Wielewaal", "blad {n} van {m}")
    d.add_page()
    d.set_y(14)
    d.set_font("sa", "B", 9)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "OMGEVINGSDIENST LINDEWAARD")
    d.ln(5)
    d.set_font("sa", "", 8)
    d.set_text_color(90, 90, 90)
    d.cell(0, 4, "Team Toezicht Milieu en Veiligheid - Postbus 410 - 6710 AK Lindewoude")
    d.set_text_color(0, 0, 0)
    d.ln(9)
    d.h1("Inspectierapport veiligheid zwemgelegenheid\nZwembad De Wielewaal, Lindewoude")
    d.meta([("Kenmerk", "OD-LW/2026/0412"), ("Datum inspectie", "14 januari 2026 (onaangekondigd, 13.30-17.00 uur)"),
            ("Datum rapport", "2 februari 2026"), ("Houder", "Stichting Sportbedrijf Lindewoude"),
            ("Eigenaar gebouw", "gemeente Lindewoude"), ("Inspecteurs", "ing. R.W. (Ruud) Mertens en S. el Idrissi")])
    d.h2("1. Aanleiding en werkwijze")
    d.p("Zwembad De Wielewaal wordt eens per twee jaar integraal geïnspecteerd. Tijdens de inspectie van 14 januari 2026 "
        "zijn het wedstrijdbad (25 meter, 2,10 tot 3,80 meter diep), het recreatiebad met glijbaan en het instructiebad "
        "bezocht. Wij hebben gesproken met de bedrijfsleider en twee toezichthouders, het logboek en het "
        "calamiteitenplan ingezien en zelf metingen van de waterkwaliteit gedaan.")
    d.h2("2. Wettelijk kader")
    d.p("Op grond van het Besluit activiteiten leefomgeving moet de houder van een openbare zwemgelegenheid zorgen voor "
        "voldoende toezicht, goede waterkwaliteit en een veilige inrichting. De houder moet de waterkwaliteit dagelijks "
        "meten en de uitkomsten ten minste vijf jaar bewaren. Het toezicht op deze regels is door de gemeente aan de "
        "omgevingsdienst opgedragen (artikel 2 van de Dienstverleningsovereenkomst 2023).")
    d.h2("3. Bevindingen")
    d.grid([["Onderdeel", "Bevinding", "Oordeel"],
            ["Waterkwaliteit wedstrijdbad", "vrij chloor 0,8 mg/l, pH 7,2", "voldoet"],
            ["Waterkwaliteit instructiebad", "vrij chloor 0,3 mg/l (norm 0,5-1,5)", "voldoet niet"],
            ["Logboek metingen", "zondagen december 2025 niet ingevuld", "voldoet niet"],
            ["Toezicht recreatiebad", "1 toezichthouder bij 86 bezoekers", "aandachtspunt"],
            ["Calamiteitenplan", "versie 2019, laatste oefening mei 2024", "aandachtspunt"],
            ["Vloeren en trappen", "antislip bij glijbaan versleten", "aandachtspunt"],
            ["EHBO-middelen", "AED aanwezig, verbandtrommel onvolledig", "voldoet niet"]],
           (50, 84, 32))
    d.p("De toezichthouders kwamen deskundig en alert over. Het diepe gedeelte van het wedstrijdbad is voor bezoekers "
        "niet goed herkenbaar; een zwemmer zou zich moeten kunnen oriënteren zonder de weg te vragen. Bij het "
        "schoolzwemmen waren op de inspectiedag drie begeleiders voor 58 leerlingen aanwezig.")
    d.h2("4. Overtredingen")
    d.p("4.1  De chloorconcentratie in het instructiebad moet binnen twee weken na dagtekening van dit rapport weer "
        "binnen de norm liggen.\n4.2  De verbandtrommel moet uiterlijk 1 maart 2026 volledig zijn aangevuld.")
    d.p("Herstelt u deze overtredingen niet tijdig, dan kan het college een last onder dwangsom opleggen.", style="I")
    d.h2("5. Aanbevelingen")
    d.p("Naast het herstel van de overtredingen geven wij u de volgende aanbevelingen. Deze zijn niet wettelijk "
        "afdwingbaar, maar verkleinen naar ons oordeel de risico's voor bezoekers aanzienlijk.")
    d.grid([["Nr.", "Aanbeveling", "Prioriteit"]] + [[str(i + 1), r, PRIO[i]] for i, r in enumerate(RECS)], (12, 130, 24))
    d.p("Wij verzoeken u binnen acht weken een plan van aanpak te sturen waarin u per aanbeveling aangeeft wat u ermee "
        "doet. In 2028 volgt de volgende integrale inspectie.")
    d.p("Omgevingsdienst Lindewaard\ning. R.W. Mertens, inspecteur\nS. el Idrissi, inspecteur", size=8.8)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Plan van aanpak - Zwembad De Wielewaal", "blad {n} van {m}")
    d.add_page()
    d.set_y(14)
    d.set_font("sa", "B", 9)
    d.set_text_color(*GREEN)
    d.cell(0, 5, "STICHTING SPORTBEDRIJF LINDEWOUDE")
    d.ln(5)
    d.set_font("sa", "", 8)
    d.set_text_color(90, 90, 90)
    d.cell(0, 4, "Zwembad De Wielewaal - Sportlaan 12 - 6712 BP Lindewoude")
    d.set_text_color(0, 0, 0)
    d.ln(9)
    d.h1("Plan van aanpak naar aanleiding van het inspectierapport OD-LW/2026/0412")
    d.meta([("Aan", "Omgevingsdienst Lindewaard, t.a.v. ing. R.W. Mertens"), ("Datum", "23 maart 2026"),
            ("Opgesteld door", "J. (Jolien) Verbeek, bedrijfsleider zwembad"), ("Vastgesteld", "directie Sportbedrijf, 20 maart 2026")])
    d.h2("Inleiding")
    d.p("Wij danken u voor de zorgvuldige inspectie en het heldere rapport. Het rapport is besproken in het teamoverleg "
        "van 10 februari en met de gemeente als eigenaar van het gebouw. Hieronder leest u eerst hoe de overtredingen "
        "zijn hersteld en daarna wat wij met de aanbevelingen doen.")
    d.h2("Herstel van de overtredingen")
    d.p("De doseerpomp van het instructiebad is op 16 januari vervangen; sindsdien ligt de chloorconcentratie tussen 0,7 "
        "en 1,0 mg/l. De verbandtrommels in alle drie de baden zijn op 5 februari aangevuld en worden voortaan maandelijks "
        "gecontroleerd door de dienstdoende EHBO'er.")
    d.h2("Maatregelen bij de aanbevelingen")
    d.grid([["Aanb.", "Maatregel", "Wie", "Gereed"],
            ["4", "Wordt uitgevoerd. Sinds 1 februari meet de dienstdoende medewerker ook op zondag en worden alle "
                  "metingen in de app Watercheck vastgelegd.", "bedrijfsleider", "gereed"],
            ["1 en 2", "Het calamiteitenplan is herschreven en op 2 maart vastgesteld; de eerste oefening met alle "
                       "toezichthouders staat op 14 april, de tweede in oktober. Een tweede toezichthouder op elke "
                       "woensdagmiddag is met de huidige formatie niet haalbaar; wij zetten die alleen in tijdens de "
                       "schoolvakanties en bij meer dan 100 bezoekers.", "bedrijfsleider / teamleider toezicht", "april 2026"],
            ["5", "Akkoord. De dieptemarkeringen en pictogrammen worden in de meivakantie aangebracht.", "technische dienst", "mei 2026"],
            ["7", "Wij nemen deze aanbeveling op dit moment niet over. De kosten (circa 95.000 euro) staan niet in "
                  "verhouding tot de huidige maatregelen; wij kiezen voor meer vast toezicht aan de badrand.", "directie", "-"],
            ["3", "De vervanging van de vloer is een taak van de gemeente als eigenaar. Wij hebben de aanbeveling "
                  "doorgegeven; de gemeente zal bezien of deze in het meerjarenonderhoudsplan 2027 past.", "gemeente", "nog onbekend"]],
           (16, 96, 32, 22))
    d.h2("Tot slot")
    d.p("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd. Voor vragen kunt u contact opnemen met "
        "mevrouw Verbeek, telefoon 0488 - 44 12 90. Wij zien de hercontrole in 2028 met vertrouwen tegemoet.")
    d.p("Met vriendelijke groet,\nStichting Sportbedrijf Lindewoude\ndrs. K.L. Hoogendijk, directeur", size=8.8)
    d.output(B.out(NAME + "_response.pdf"))


EXP = [
    (1, "Stel een actueel calamiteitenplan op en oefen dit ten minste", "Het calamiteitenplan is herschreven en op 2 maart vastgesteld", "agrees"),
    (2, "Zet tijdens het vrij zwemmen op woensdagmiddag ten minste twee", "wij zetten die alleen in tijdens de schoolvakanties", "partly"),
    (3, "Vervang de antislipvloer rond de glijbaan, die op meerdere plaatsen", "zal bezien of deze in het meerjarenonderhoudsplan 2027 past", "noted"),
    (4, "Laat de waterkwaliteit ook op zondag door een eigen medewerker", "metingen in de app Watercheck vastgelegd", "agrees"),
    (5, "Breng bij het diepe gedeelte van het wedstrijdbad duidelijke dieptemarkeringen", "worden in de meivakantie aangebracht", "agrees"),
    (6, "Maak met de scholen schriftelijke afspraken over het aantal begeleiders", None, "unanswered"),
    (7, "Installeer in het wedstrijdbad een camerasysteem met automatische drenkelingdetectie", "Wij nemen deze aanbeveling op dit moment niet over", "disagrees"),
]
UNMATCHED = ["Wij danken u voor de zorgvuldige inspectie en het heldere rapport",
             "De doseerpomp van het instructiebad is op 16 januari vervangen",
             "Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd"]
NOTES = ("Advice: omgevingsdienst inspection report on a swimming pool; seven recommendations in a RULED TABLE 'Nr. | "
         "Aanbeveling | Prioriteit' under '5. Aanbevelingen'; traps: the Bal ('moet', dagelijks meten), artikel 2 of a "
         "DVO, a findings table with 'voldoet niet', 'zou ... moeten', two OVERTREDINGEN 4.1/4.2 with 'moet' and deadlines "
         "(not recommendations), dates, figures. Response: plan van aanpak of the operator; intro, 'Herstel van de "
         "overtredingen' and 'Tot slot' answer nothing; a table citing the numbers, order 4, 1+2, 5, 7, 3. Shared row "
         "'1 en 2': 1 agrees (plan rewritten, exercises) + 2 partly (second toezichthouder only in holidays). 7 disagrees "
         "(not at this time), 3 noted (passed to the gemeente as owner). 6 (schoolzwemmen) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

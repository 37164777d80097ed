"""Round 88 (nl, Dutch): the ZIENSWIJZE of a VISSTANDBEHEERCOMMISSIE (VBC: the fishing-rights holders' commission that
draws up the visplan) on a water board's ontwerp-WATERBEHEERPROGRAMMA, answered by the water board's NOTA VAN ANTWOORD
(an excerpt: 'Zienswijze 14', a ruled table citing the codes).

Advice: (invented) VBC Leyland-Oost on the ontwerp-Waterbeheerprogramma 2028-2033 of Waterschap De Leyvaart (2 p.,
fpdf2, DejaVu, no shaping, fixed creation date; a blue rule, a meta block, a table of the fish survey, findings 3.1-3.4,
recommendations CODED V1-V7 with the code in a filled label); traps: 'moet' (Kaderrichtlijn Water, the visplan of
2022 quoted), 'zou ... moeten', dates, kilometres. Response: nota van antwoord, table rows '14.1' ... citing the codes,
order V2, V4+V1, V5, V3, V6; V7 unanswered; the introduction, the row for zienswijze 15 (a hengelsportvereniging) and
the 'Vaststelling' paragraph answer nothing.
The VBC, the water board, places, people and figures are invented; what is said of the KRW is not to be relied on.

Run: /tmp/blind88nl/bin/python tests/docs/src/blind88/gen_nl_visstand_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b88nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind88_nl_visstand"
BLUE = (20, 80, 130)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        self.set_creation_date(datetime.datetime(2026, 3, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("sa", stl, B.DV + B.SANS_FILES[f])
        self.set_margins(22, 22, 20)
        self.set_auto_page_break(True, 20)
        self.tw = self.w - 42
        self.alias_nb_pages()

    def header(self):
        self.set_draw_color(*BLUE)
        self.set_line_width(0.8)
        self.line(22, 12, self.w - 20, 12)
        self.set_line_width(0.2)
        if self.page_no() > 1:
            self.set_xy(22, 13.5)
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.cell(self.tw, 4, self.head)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.tw / 2, 4, self.foot)
        self.cell(self.tw / 2, 4, f"{self.page_no()}/{{nb}}", align="R")

    def h1(self, t):
        self.set_font("sa", "B", 14)
        self.set_text_color(*BLUE)
        self.multi_cell(self.tw, 6.5, t, align="L")
        self.ln(1)

    def h2(self, t):
        self.ln(2)
        self.set_font("sa", "B", 10.5)
        self.set_text_color(*BLUE)
        self.multi_cell(self.tw, 6, t)
        self.ln(0.5)

    def p(self, t, size=9.3, style=""):
        self.set_font("sa", style, size)
        self.set_text_color(0, 0, 0)
        self.multi_cell(self.tw, 4.7, t, align="L")
        self.ln(1.5)

    def hang(self, label, t, w=10):
        y = self.get_y()
        self.set_font("sa", "", 9.3)
        self.set_text_color(0, 0, 0)
        self.cell(w, 4.7, label)
        self.set_xy(22 + w, y)
        self.multi_cell(self.tw - w, 4.7, t, align="L")
        self.ln(1.5)

    def code(self, c, t):
        y = self.get_y()
        if y > self.h - 40:
            self.add_page()
            y = self.get_y()
        self.set_fill_color(*BLUE)
        self.set_text_color(255, 255, 255)
        self.set_font("sa", "B", 9)
        self.cell(11, 5.4, c, fill=True, align="C")
        self.set_xy(36, y)
        self.set_text_color(0, 0, 0)
        self.set_font("sa", "", 9.3)
        self.multi_cell(self.tw - 14, 4.9, t, align="L")
        self.ln(2)


def advice():
    d = Doc("Zienswijze VBC Leyland-Oost - ontwerp-Waterbeheerprogramma 2028-2033", "VBC Leyland-Oost | VBC-Z-2026-02")
    d.add_page()
    d.set_font("sa", "B", 8.5)
    d.set_text_color(*BLUE)
    d.cell(d.tw, 5, "VISSTANDBEHEERCOMMISSIE LEYLAND-OOST", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.h1("Zienswijze op het ontwerp-Waterbeheerprogramma 2028-2033 van Waterschap De Leyvaart")
    d.set_font("sa", "", 8.3)
    d.set_text_color(*GREY)
    for k, v in (("Kenmerk", "VBC-Z-2026-02"), ("Datum", "2 maart 2026"),
                 ("Aan", "het dagelijks bestuur van Waterschap De Leyvaart"),
                 ("Namens", "de VBC Leyland-Oost (zes hengelsportverenigingen, twee beroepsvissers, Sportvisserij Midden)")):
        d.cell(20, 4.4, k)
        d.multi_cell(d.tw - 20, 4.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.h2("1. Inleiding")
    d.p("Het ontwerp-Waterbeheerprogramma 2028-2033 ligt van 19 januari tot en met 2 maart 2026 ter inzage. De "
        "Visstandbeheercommissie Leyland-Oost beheert namens de visrechthebbenden het visplan voor ruim 1.400 hectare "
        "water in het beheergebied. Wij maken graag gebruik van de gelegenheid om een zienswijze in te dienen. Wij "
        "beperken ons tot de onderdelen die de visstand en de sportvisserij raken: vismigratie, inrichting, beheer en "
        "onderhoud, monitoring en handhaving.")
    d.h2("2. Resultaten visstandbemonstering 2024")
    cols = (("Watertype", 50), ("Getal soorten", 30), ("Biomassa (kg/ha)", 34), ("KRW-score", 30))
    d.set_font("sa", "B", 8.3)
    d.set_fill_color(222, 233, 243)
    for h, w in cols:
        d.cell(w, 5.6, h, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.3)
    for row in (("Boezemkanalen", "17", "212", "0,48"), ("Polderwateren", "12", "318", "0,36"),
                ("Stadswateren", "9", "145", "0,29"), ("Meren en plassen", "19", "176", "0,55")):
        for (h, w), v in zip(cols, row):
            d.cell(w, 5.2, v, border=1)
        d.ln()
    d.ln(2)
    d.p("Bron: visstandbemonstering in opdracht van het waterschap, rapportage van november 2024. Een KRW-score van 0,6 "
        "of hoger geldt als goed.", size=7.8, style="I")
    d.h2("3. Bevindingen")
    d.hang("3.1", "Op grond van de Kaderrichtlijn Water moet het waterschap uiterlijk in 2027 een goede ecologische "
           "toestand bereiken of een gemotiveerde uitzondering hebben vastgesteld. Geen van de vier watertypen haalt "
           "de norm; de visstand is daarbij de zwakste schakel.")
    d.hang("3.2", "In het visplan 2022 is afgesproken: 'Vismigratieknelpunten moeten uiterlijk 2027 zijn opgelost.' "
           "Van de elf knelpunten zijn er sinds 2022 vier opgelost. Het ontwerp noemt geen jaartal voor de overige "
           "zeven.")
    d.hang("3.3", "Het maaibeheer vindt in veel polders plaats in mei en begin juni, precies in de paaiperiode van "
           "snoek, zeelt en ruisvoorn. Het waterschap zou hier rekening mee moeten houden, zoals de Gedragscode "
           "Waterschappen ook vraagt.")
    d.hang("3.4", "De gemalen Zuidpolder (1958) en Oudendijk (1964) staan op de lijst voor renovatie in de "
           "planperiode. Bij beide gemalen vinden wij jaarlijks grote aantallen beschadigde aal en brasem.")
    d.h2("4. Aanbevelingen")
    d.p("De VBC Leyland-Oost doet het algemeen bestuur de volgende aanbevelingen voor het definitieve programma.")
    recs = [
        ("V1", "Neem de sanering van de zeven resterende vismigratieknelpunten op in de eerste helft van de planperiode, "
               "met een jaartal per knelpunt."),
        ("V2", "Pas het maaibeheer aan zodat in de paaiperiode van 1 april tot 15 juni niet in de oevers wordt gemaaid."),
        ("V3", "Voer de visstandbemonstering voortaan elke drie jaar uit in plaats van elke zes jaar, en deel de "
               "ruwe gegevens met de VBC."),
        ("V4", "Kies bij de renovatie van de gemalen Zuidpolder en Oudendijk voor visveilige pompen en een "
               "visgeleidingssysteem."),
        ("V5", "Betrek de VBC als vaste gesprekspartner bij het voorbereiden van nieuwe peilbesluiten."),
        ("V6", "Leg in de planperiode ten minste 12 kilometer natuurvriendelijke oevers aan langs de boezemkanalen."),
        ("V7", "Ontwikkel samen met de VBC en de politie een aanpak tegen stroperij en zwerfafval langs de viswateren."),
    ]
    for c, t in recs:
        d.code(c, t)
    d.h2("5. Tot slot")
    d.p("De VBC is graag bereid haar zienswijze mondeling toe te lichten. Wij stellen het op prijs de nota van antwoord "
        "rechtstreeks toegezonden te krijgen. Contactpersoon: Gerrit Hoogendam, secretaris, secretaris@vbc-leyland.nl.")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Nota van antwoord ontwerp-Waterbeheerprogramma 2028-2033 - uittreksel", "Waterschap De Leyvaart | DB 26.0412")
    d.add_page()
    d.set_font("sa", "B", 8.5)
    d.set_text_color(*BLUE)
    d.cell(d.tw, 5, "WATERSCHAP DE LEYVAART", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.h1("Nota van antwoord zienswijzen ontwerp-Waterbeheerprogramma 2028-2033 (uittreksel)")
    d.p("Vastgesteld door het dagelijks bestuur op 21 april 2026", size=8.3, style="I")
    d.h2("Inleiding")
    d.p("Tijdens de terinzagelegging zijn 38 zienswijzen ontvangen. In deze nota vatten wij elke zienswijze samen en "
        "geven wij aan of die leidt tot een aanpassing van het programma. Dit uittreksel bevat de zienswijzen 14 en "
        "15; de volledige nota ligt ter inzage op het waterschapshuis.")
    d.h2("Zienswijze 14 - Visstandbeheercommissie Leyland-Oost")
    rows = [
        ("14.1 (V2)", "Geen maaien in de paaiperiode.",
         "Het waterschap neemt dit over. Vanaf het maaiseizoen 2026 wordt tussen 1 april en 15 juni alleen nog gefaseerd "
         "gemaaid waar dat voor de afvoer noodzakelijk is; de oevers blijven in die periode gespaard.", "Ja"),
        ("14.2 (V4 en V1)", "Visveilige gemalen en sanering van de resterende migratieknelpunten.",
         "Bij de renovatie van Zuidpolder (2029) en Oudendijk (2031) worden visveilige pompen en een "
         "visgeleidingssysteem toegepast; dat is inmiddels in het programma verwerkt. Wat de overige knelpunten betreft: "
         "vier van de zeven worden in de eerste helft van de planperiode gesaneerd, de overige drie pas na 2031 "
         "vanwege de samenhang met de dijkversterking.", "Ja, deels"),
        ("14.3 (V5)", "VBC betrekken bij peilbesluiten.",
         "Het waterschap nodigt de VBC voortaan uit als belanghebbende partij bij de voorbereiding van ieder nieuw "
         "peilbesluit in haar gebied.", "Ja"),
        ("14.4 (V3)", "Bemonstering elke drie jaar.",
         "Het waterschap houdt vast aan de zesjaarlijkse cyclus die aansluit op de KRW-rapportage. Een frequentere "
         "bemonstering is niet nodig en past niet binnen de begroting. De gegevens zijn al openbaar via de "
         "landelijke databank.", "Nee"),
        ("14.5 (V6)", "12 kilometer natuurvriendelijke oevers.",
         "Het waterschap neemt dit voorstel mee in de gebiedsprocessen voor de boezemkanalen; daar wordt bepaald "
         "waar en hoeveel oever kan worden aangelegd.", "Nee"),
    ]
    zs = [
        ("15.1", "Zienswijze 15 (Hengelsportvereniging De Snoekbaars): meer visplaatsen voor mindervaliden.",
         "Het waterschap legt in 2027 drie toegankelijke visplaatsen aan langs de Leyvaart bij Ommerbrug.", "Nee"),
    ]
    cw = (24, 42, 78, 22)
    d.set_font("sa", "B", 8.3)
    d.set_fill_color(222, 233, 243)
    d.set_text_color(0, 0, 0)
    with d.table(col_widths=cw, text_align="LEFT", line_height=4.3, padding=1.2) as t:
        r = t.row()
        for h in ("Nr.", "Samenvatting", "Antwoord waterschap", "Wijziging programma"):
            r.cell(h)
        for row in rows + zs:
            r = t.row()
            for v in row:
                r.cell(v)
    d.ln(3)
    d.h2("Vaststelling")
    d.p("Het dagelijks bestuur legt het gewijzigde programma met deze nota van antwoord voor aan het algemeen bestuur, "
        "dat op 27 mei 2026 over de vaststelling besluit. Indieners ontvangen een afschrift van deze nota.")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Neem de sanering van de zeven resterende vismigratieknelpunten op in de", "vier van de zeven worden in de eerste helft", "partly"),
    (2, "Pas het maaibeheer aan zodat in de paaiperiode van 1 april", "de oevers blijven in die periode gespaard", "agrees"),
    (3, "Voer de visstandbemonstering voortaan elke drie jaar uit in plaats van", "houdt vast aan de zesjaarlijkse cyclus die aansluit", "disagrees"),
    (4, "Kies bij de renovatie van de gemalen Zuidpolder en Oudendijk voor", "dat is inmiddels in het programma verwerkt", "agrees"),
    (5, "Betrek de VBC als vaste gesprekspartner bij het voorbereiden van nieuwe", "nodigt de VBC voortaan uit als belanghebbende partij", "agrees"),
    (6, "Leg in de planperiode ten minste 12 kilometer natuurvriendelijke oevers aan", "neemt dit voorstel mee in de gebiedsprocessen", "noted"),
    (7, "Ontwikkel samen met de VBC en de politie een aanpak tegen", None, "unanswered"),
]
UNMATCHED = ["Tijdens de terinzagelegging zijn 38 zienswijzen ontvangen",
             "legt in 2027 drie toegankelijke visplaatsen aan",
             "dat op 27 mei 2026 over de vaststelling besluit"]
NOTES = ("Advice: zienswijze of a visstandbeheercommissie; seven recommendations CODED V1-V7 in filled labels under "
         "'4. Aanbevelingen'; traps: a fish-survey table, findings 3.1-3.4 hanging like items ('moet' under the KRW, "
         "'zou ... moeten'), the visplan 2022 quoted ('Vismigratieknelpunten moeten uiterlijk 2027 zijn opgelost.'), "
         "years of the pumping stations. Response: nota van antwoord, table rows 14.1-14.5 citing the codes, order V2, "
         "V4+V1, V5, V3, V6. Shared row '14.2 (V4 en V1)': V4 agrees (already in the programme) + V1 partly (four of "
         "seven). V6 noted although its column says 'Nee'. V7 (stroperij) unanswered. The introduction, row 15.1 "
         "(another objector) and 'Vaststelling' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

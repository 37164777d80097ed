"""Round 82 (nl): the ADVIES of a BEWONERSCOMMISSIE (tenants' committee of one flat complex, Wet op het overleg
huurders verhuurder) on the housing association's renovation proposal, answered by the association's REACTIEBRIEF
with a ruled table 'Onderwerp | Onze reactie'.

Advice: (invented) Bewonerscommissie Lindenhof, letter 'Advies over het renovatievoorstel Lindenhof' to Woonstichting
Eemhoven (2 p., sans, a coloured left sidebar with the committee's details on page 1, running head, 'Pagina n van
m'), the recommendations as UNNUMBERED BULLETS under 'Ons advies' (numbers by order); traps: the Wet op het overleg
huurders verhuurder ('moet ... advies vragen', 'moet ... schriftelijk en gemotiveerd'), art. 7:220 BW (70 percent),
a works/rent table, a bullet list 'Wat wij goed vinden' (not recommendations), the Sociaal Plan 2018 quoted
('De verhuurder vergoedt ...'), a tenants' survey, 'zou ... moeten'.
Response: letter (sans, letterhead, 2 p.) with a ruled table by subject WITHOUT numbers, in another order:
opening (nothing); 'Ventilatie' = 5 agrees; ONE row 'Huurverhoging en vergoeding' = 1 partly (45 instead of 35 euro)
+ 3 disagrees (750 euro stays); 'Logeerwoning' = 2 agrees; 'Galerijen, trappenhuis en bergingen' = 6 noted;
'Keuze keuken en tegels' = 4 agrees; 'Planning en asbestinventarisatie' (nothing); 'Hoe verder' (nothing);
7 (independent tenant counsellor) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

The Wet op het overleg huurders verhuurder and art. 7:220 BW are real, but what the documents say of them is not to
be relied on; Lindenhof, Woonstichting Eemhoven, people, figures and dates are invented.

Run: /tmp/blind82nl/bin/python tests/docs/src/blind82/gen_nl_bewonerscommissie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b82nl as B  # noqa: E402

NAME = "blind82_nl_bewonerscommissie"
DV = "/usr/share/fonts/truetype/dejavu/"
ORANGE = (196, 98, 16)
BLUE = (22, 74, 120)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, accent, sidebar=None):
        super().__init__(format="A4")
        self.head = head
        self.accent = accent
        self.sidebar = sidebar
        self.set_creation_date(datetime.datetime(2026, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 22
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_xy(self.lm, 10)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(self.tw, 4, self.head, align="L")
        self.set_draw_color(*self.accent)
        self.line(self.lm, 15, self.w - self.lm, 15)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("sa", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def para(self, t, size=9.4, style="", h=4.9, after=2.2, x=None, w=None):
        self.set_font("sa", style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w or self.tw, h, t, align="L", markdown=True, new_x="LEFT", new_y="NEXT")
        self.ln(after)

    def heading(self, t, size=10.8, x=None, w=None):
        self.ln(1.2)
        self.set_font("sa", "B", size)
        self.set_text_color(*self.accent)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w or self.tw, 5.8, t, align="L", new_x="LEFT", new_y="NEXT")
        self.set_text_color(0)
        self.ln(0.8)

    def bullet(self, t, x=None, w=None, size=9.4):
        x = self.lm if x is None else x
        w = w or self.tw
        self.set_font("sa", "", size)
        y = self.get_y()
        self.set_xy(x, y)
        self.cell(5, 4.9, "\u2022")
        self.set_xy(x + 5, y)
        self.multi_cell(w - 5, 4.9, t, align="L", new_x="LEFT", new_y="NEXT")
        self.set_x(x)
        self.ln(1.2)

    def grid(self, rows, widths, size=8.6, lh=4.7, fill=(250, 229, 206)):
        self.set_font("sa", "", size)
        self.set_draw_color(130, 130, 130)
        self.set_fill_color(255)
        with self.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=lh,
                        headings_style=FontFace(emphasis="BOLD", fill_color=fill),
                        align="LEFT", cell_fill_mode="NONE") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


ADVIES = [
    "Beperk de huurverhoging na de renovatie tot maximaal 35 euro per maand, in plaats van de voorgestelde 52 euro.",
    "Stel tijdens de werkzaamheden een ingerichte logeerwoning in de flat beschikbaar, waar bewoners overdag kunnen "
    "rusten, koken en douchen.",
    "Verhoog de ongemakkenvergoeding van 750 euro naar 1.200 euro per woning, omdat bewoners zes weken met werklieden "
    "in huis leven.",
    "Laat bewoners zelf kiezen uit ten minste drie kleuren voor de nieuwe keuken en het tegelwerk in de badkamer.",
    "Plaats in alle woningen mechanische ventilatie met CO2-sturing, in plaats van alleen afzuiging in keuken en "
    "badkamer.",
    "Knap in dezelfde ronde ook de galerijen, het trappenhuis en de bergingen in de kelder op.",
    "Stel een onafhankelijke bewonersbegeleider aan die bewoners met een beperking of een taalbarrière persoonlijk "
    "helpt.",
]


def advice():
    d = Doc("Bewonerscommissie Lindenhof | Advies renovatievoorstel | 16 maart 2026", ORANGE)
    d.add_page()
    # sidebar on page 1
    d.set_fill_color(*ORANGE)
    d.rect(0, 0, 56, d.h, style="F")
    d.set_text_color(255)
    d.set_xy(8, 20)
    d.set_font("sa", "B", 12)
    d.multi_cell(42, 6, "Bewoners-\ncommissie\nLindenhof", new_x="LEFT", new_y="NEXT")
    d.ln(4)
    d.set_font("sa", "", 7.6)
    d.set_x(8)
    d.multi_cell(42, 4, "Lindenhof 1-96\n3811 LH Ommerveld\n\nbc.lindenhof@mail.example\n\nVoorzitter\nGerda "
                 "Mulder\n\nSecretaris\nAhmed Bouzid\n\nPenningmeester\nKees van Dam", new_x="LEFT", new_y="NEXT")
    d.set_text_color(0)
    x, w = 64, d.w - 64 - 20
    d.set_xy(x, 20)
    d.set_font("sa", "", 9.2)
    d.multi_cell(w, 4.8, "Woonstichting Eemhoven\nt.a.v. de heer drs. P. Hoekstra, manager Vastgoed\nPostbus 1020\n"
                 "3800 BA Ommerveld", new_x="LEFT", new_y="NEXT")
    d.ln(5)
    d.set_x(x)
    d.set_font("sa", "", 8.2)
    d.multi_cell(w, 4.4, "Ommerveld, 16 maart 2026\nOnderwerp: advies over het renovatievoorstel Lindenhof\n"
                 "Uw brief: 2 februari 2026, kenmerk VG/REN/LH/2026-03", new_x="LEFT", new_y="NEXT")
    d.ln(5)
    d.set_x(x)
    d.set_font("sa", "B", 13)
    d.set_text_color(*ORANGE)
    d.multi_cell(w, 6.5, "Advies over het renovatievoorstel Lindenhof", new_x="LEFT", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    d.para("Geachte heer Hoekstra,", x=x, w=w)
    d.para("Op 2 februari 2026 ontvingen wij het renovatievoorstel voor onze flat Lindenhof (96 woningen, bouwjaar "
           "1972), met het verzoek om advies. Volgens de Wet op het overleg huurders verhuurder moet de verhuurder "
           "de bewonerscommissie om advies vragen over een voorgenomen renovatie. Met deze brief geven wij ons "
           "advies. Het is besproken in de bewonersavond van 10 maart 2026, waar 41 huishoudens aanwezig waren.",
           x=x, w=w)
    d.heading("1. Het voorstel", x=x, w=w)
    d.para("Eemhoven wil de flat in 2027 verduurzamen van energielabel E naar label A. De woningen krijgen nieuwe "
           "kozijnen met HR++-glas, isolatie van gevels en dak, een nieuwe keuken en badkamer en een warmtepomp "
           "op het collectieve net. Daar staat een huurverhoging tegenover.", x=x, w=w)
    d.set_x(x)
    d.grid([["Onderdeel", "Kosten per woning", "Huurverhoging per maand"],
            ["Isolatie gevel, dak en vloer", "14.200 euro", "18 euro"],
            ["Kozijnen en glas", "9.800 euro", "12 euro"],
            ["Keuken en badkamer", "11.500 euro", "14 euro"],
            ["Warmtepomp en ventilatie", "8.600 euro", "8 euro"],
            ["Totaal", "44.100 euro", "52 euro"]], [58, 33, 33], size=8.2)
    d.heading("2. Wat wij goed vinden", x=x, w=w)
    for t in ("De flat wordt eindelijk goed geïsoleerd; veel bewoners klagen al jaren over tocht en schimmel.",
              "Eemhoven heeft de bewoners vroeg betrokken en twee informatieavonden gehouden.",
              "De werkzaamheden gebeuren in bewoonde staat, zodat niemand hoeft te verhuizen."):
        d.bullet(t, x=x, w=w)
    d.heading("3. Wat bewoners zeggen", x=x, w=w)
    d.para("Wij hielden in februari een enquête onder alle huishoudens; 71 van de 96 huishoudens deden mee. Van hen "
           "vindt 62 procent de huurverhoging te hoog. Bijna de helft is 65 jaar of ouder. Veel bewoners zien op "
           "tegen zes weken werklieden in huis. Een renovatie wordt volgens artikel 7:220 van het Burgerlijk Wetboek "
           "redelijk geacht als ten minste 70 procent van de huurders ermee instemt; die steun is er nu niet. Het "
           "voorstel zou daarom beter moeten aansluiten bij wat bewoners kunnen dragen.", x=x, w=w)
    d.add_page()
    d.para("In het Sociaal Plan 2018 staat: 'De verhuurder vergoedt de aantoonbare schade aan vloerbedekking en "
           "behang.' Die afspraak blijft wat ons betreft gewoon gelden.")
    d.heading("4. Ons advies")
    d.para("De bewonerscommissie adviseert Eemhoven positief over de renovatie als zodanig, maar vraagt u het voorstel "
           "op de volgende punten aan te passen:")
    for t in ADVIES:
        d.bullet(t)
    d.heading("5. Tot slot")
    d.para("De wet bepaalt dat de verhuurder schriftelijk en gemotiveerd moet reageren als hij van ons advies afwijkt. "
           "Wij zien uw reactie graag binnen zes weken tegemoet en zijn bereid het advies in een gesprek toe te "
           "lichten.")
    d.para("Met vriendelijke groet,\n\nnamens de Bewonerscommissie Lindenhof\nGerda Mulder, voorzitter    Ahmed "
           "Bouzid, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Woonstichting Eemhoven | Reactie op het advies van de Bewonerscommissie Lindenhof", BLUE)
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(d.lm, 16, 9, 9, style="F")
    d.set_xy(d.lm + 12, 16)
    d.set_font("sa", "B", 15)
    d.set_text_color(*BLUE)
    d.cell(100, 9, "Woonstichting Eemhoven")
    d.set_font("sa", "", 7.6)
    d.set_text_color(*GREY)
    d.set_xy(d.w - d.lm - 60, 16)
    d.multi_cell(60, 3.8, "Stationsweg 40, Ommerveld\nPostbus 1020, 3800 BA Ommerveld\nwww.eemhoven.example",
                 align="R")
    d.set_text_color(0)
    d.set_y(36)
    d.para("Bewonerscommissie Lindenhof\nt.a.v. mevrouw G. Mulder, voorzitter\nLindenhof 44\n3811 LH Ommerveld")
    d.set_font("sa", "", 8.2)
    d.multi_cell(d.tw, 4.3, "Datum: 24 april 2026\nKenmerk: VG/REN/LH/2026-11\nBetreft: reactie op uw advies over "
                 "de renovatie van Lindenhof", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Beste mevrouw Mulder,")
    d.para("Hartelijk dank voor uw uitgebreide advies van 16 maart en voor de enquête die u onder de bewoners hebt "
           "gehouden. Die gaf ons een goed beeld van wat er in de flat leeft. Wij hebben uw advies besproken in het "
           "managementteam en met de aannemer. In de tabel hieronder leest u per onderwerp hoe wij het voorstel "
           "aanpassen.")
    d.grid([["Onderwerp", "Onze reactie"],
            ["Ventilatie", "Wij passen het voorstel aan: alle woningen krijgen een ventilatiesysteem dat op het "
                           "CO2-gehalte in de woonkamer en de slaapkamers reageert. De extra kosten neemt Eemhoven "
                           "voor zijn rekening."],
            ["Huurverhoging en vergoeding", "Wij hebben de berekening opnieuw bekeken. De huurverhoging wordt "
             "verlaagd naar 45 euro per maand; lager kunnen wij niet gaan zonder de betaalbaarheid van ons "
             "onderhoudsprogramma in gevaar te brengen. De ongemakkenvergoeding blijft 750 euro per woning, gelijk "
             "aan wat wij bij alle renovaties in Ommerveld betalen."],
            ["Logeerwoning", "Woning 12 op de begane grond wordt als logeerwoning ingericht, met keuken, douche en "
                             "een rustruimte. Bewoners kunnen er tijdens de werkzaamheden overdag terecht."],
            ["Galerijen, trappenhuis en bergingen", "Deze onderdelen vallen buiten het budget van deze renovatie. "
             "Wij nemen uw wens mee bij de herziening van de meerjarenonderhoudsbegroting en laten u na de zomer "
             "weten wat daarin mogelijk is."],
            ["Keuze keuken en tegels", "Akkoord. Iedere bewoner kan in de showroom van de aannemer kiezen uit vier "
                                       "frontkleuren en drie tegelkleuren."]],
           [48, d.tw - 48], fill=(214, 228, 240))
    d.heading("Planning en asbestinventarisatie")
    d.para("Voordat de werkzaamheden beginnen, laat Eemhoven in mei een asbestinventarisatie uitvoeren in vier "
           "proefwoningen. De uitkomst bepaalt de definitieve planning. Wij verwachten nu dat de aannemer in maart "
           "2027 start met het eerste trappenhuis.")
    d.heading("Hoe verder")
    d.para("Op basis van deze aanpassingen stellen wij het definitieve renovatievoorstel op. Iedere huurder "
           "ontvangt dat begin juni persoonlijk, met een antwoordformulier. Wij nodigen de bewonerscommissie graag "
           "uit voor een gesprek over de tekst van de brief vóór die wordt verstuurd.")
    d.para("Met vriendelijke groet,\n\nWoonstichting Eemhoven\n\ndrs. P. Hoekstra\nmanager Vastgoed")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Beperk de huurverhoging na de renovatie tot maximaal 35 euro",
     "De huurverhoging wordt verlaagd naar 45 euro per maand", "partly"),
    (2, "Stel tijdens de werkzaamheden een ingerichte logeerwoning in de flat",
     "Woning 12 op de begane grond wordt als logeerwoning ingericht", "agrees"),
    (3, "Verhoog de ongemakkenvergoeding van 750 euro naar 1.200 euro",
     "De ongemakkenvergoeding blijft 750 euro per woning", "disagrees"),
    (4, "Laat bewoners zelf kiezen uit ten minste drie kleuren voor",
     "kan in de showroom van de aannemer kiezen uit vier frontkleuren", "agrees"),
    (5, "Plaats in alle woningen mechanische ventilatie met CO2-sturing, in plaats",
     "alle woningen krijgen een ventilatiesysteem dat op het CO2-gehalte", "agrees"),
    (6, "Knap in dezelfde ronde ook de galerijen, het trappenhuis en",
     "Wij nemen uw wens mee bij de herziening van de meerjarenonderhoudsbegroting", "noted"),
    (7, "Stel een onafhankelijke bewonersbegeleider aan die bewoners met een beperking", None, "unanswered"),
]
UNMATCHED = [
    "Hartelijk dank voor uw uitgebreide advies van 16 maart",
    "laat Eemhoven in mei een asbestinventarisatie uitvoeren",
    "stellen wij het definitieve renovatievoorstel op",
]
NOTES = ("Tenants' committee (bewonerscommissie) advice on a housing association's renovation proposal, answered by "
         "the association's letter. Advice: UNNUMBERED BULLETS under '4. Ons advies' (numbers by order), after "
         "another bullet list 'Wat wij goed vinden' (three positives, not recommendations); traps: WOHV 'moet de "
         "bewonerscommissie om advies vragen', 'moet reageren', art. 7:220 BW 70 percent, a works/rent table, the "
         "Sociaal Plan 2018 quoted ('De verhuurder vergoedt ...'), a survey, 'zou ... moeten aansluiten'. Response: "
         "ruled table 'Onderwerp | Onze reactie' by subject WITHOUT numbers, order 5, 1+3, 2, 6, 4: opening "
         "(nothing); Ventilatie = 5 agrees; ONE row 'Huurverhoging en vergoeding' = 1 partly (45 instead of 35 euro) "
         "+ 3 disagrees (750 euro stays); Logeerwoning = 2 agrees; Galerijen... = 6 noted ('nemen uw wens mee ... "
         "laten u na de zomer weten'); Keuze = 4 agrees; 'Planning en asbestinventarisatie' and 'Hoe verder' "
         "(nothing); 7 (independent tenant counsellor) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

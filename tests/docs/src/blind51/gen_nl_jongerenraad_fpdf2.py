"""Round 51 (nl): an (invented) ADVIES of the JONGERENRAAD of a Dutch municipality on places for young people;
recommendations as hashtag-numbered items '#1'-'#6' in coloured blocks (two of them phrased as QUESTIONS), after a
survey table, youth quotes, a 'last year' follow-up list with imperatives and an article of the Verordening
Jongerenraad. Answered by the municipality's NIEUWSBRIEF Jeugd & Jongeren (an article by the alderman with
traffic-light labels 'Groen licht' / 'Oranje licht' / 'Rood licht' / 'Nog geen licht', next to articles that answer
nothing). Engine: fpdf2 (DejaVu, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind51nl/bin/python tests/docs/src/blind51/gen_nl_jongerenraad_fpdf2.py"""
import os
import sys

from fpdf import FPDF, FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b51nl as B  # noqa: E402

NAME = "blind51_nl_jongerenraad"
DV = "/usr/share/fonts/truetype/dejavu/"
ORANGE = (232, 93, 4)
TEAL = (0, 115, 120)


class Doc(FPDF):
    def __init__(self, head, foot, color):
        super().__init__(format="A4")
        self.head, self.foot, self.color = head, foot, color
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", stl, DV + f)
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.3)
            self.set_text_color(110)
            self.set_y(10)
            self.cell(85, 5, self.head[0])
            self.cell(85, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_fill_color(*self.color)
            self.rect(20, 15.5, 170, 0.8, "F")
            self.set_y(21)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.3)
        self.set_text_color(110)
        self.cell(85, 5, self.foot)
        self.cell(85, 5, f"{self.page_no()}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.6, align="J", w=None):
        self.set_font("dv", stl, size)
        self.set_x(20 + indent)
        self.multi_cell(w or (170 - indent), h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(1.4)

    def hd(self, t, size=12, color=None):
        self.ln(1.5)
        if self.get_y() + 20 > self.page_break_trigger:
            self.add_page()
        self.set_text_color(*(color or self.color))
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def block(self, tag, text, why, fill):
        self.ln(1)
        if self.get_y() + 32 > self.page_break_trigger:
            self.add_page()
        y0 = self.get_y()
        self.set_font("dv", "B", 9.6)
        lines = len(self.multi_cell(140, 4.9, text, dry_run=True, output="LINES"))
        self.set_font("dv", "I", 8.6)
        lines2 = len(self.multi_cell(140, 4.3, why, dry_run=True, output="LINES"))
        hgt = lines * 4.9 + lines2 * 4.3 + 7
        self.set_fill_color(*fill)
        self.rect(20, y0, 170, hgt, "F")
        self.set_fill_color(*self.color)
        self.rect(20, y0, 22, hgt, "F")
        self.set_xy(20, y0 + 3)
        self.set_text_color(255)
        self.set_font("dv", "B", 15)
        self.cell(22, 8, tag, align="C")
        self.set_text_color(0)
        self.set_xy(46, y0 + 3)
        self.set_font("dv", "B", 9.6)
        self.multi_cell(140, 4.9, text, new_x="LMARGIN", new_y="NEXT")
        self.set_x(46)
        self.set_font("dv", "I", 8.6)
        self.set_text_color(70)
        self.multi_cell(140, 4.3, why, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.set_y(y0 + hgt + 3)


def advice():
    d = Doc(("Jongerenraad Waalhoven", "Advies 'Waar kunnen wij terecht?' | maart 2026"),
            "Jongerenraad Waalhoven | jongerenraad@waalhoven.nl", ORANGE)
    d.add_page()
    d.set_fill_color(*ORANGE)
    d.rect(0, 0, 210, 48, "F")
    d.set_text_color(255)
    d.set_xy(20, 12)
    d.set_font("dv", "B", 10)
    d.cell(0, 6, "JONGERENRAAD WAALHOVEN", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "B", 22)
    d.cell(0, 12, "Waar kunnen wij terecht?", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 10)
    d.cell(0, 6, "Advies aan het college van burgemeester en wethouders over plekken voor jongeren",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(56)
    d.p("Waalhoven, 18 maart 2026  |  Advies nr. JR-2026-01  |  vastgesteld in de vergadering van 11 maart 2026",
        "", 8, align="L")
    d.hd("Waarom dit advies?")
    d.p("Wij zijn de Jongerenraad Waalhoven: veertien jongeren tussen 14 en 23 jaar uit alle kernen van de "
        "gemeente. Volgens artikel 4 van de Verordening Jongerenraad Waalhoven 2023 mogen wij het college "
        "gevraagd en ongevraagd advies geven. Dit advies is ongevraagd. De aanleiding: steeds meer jongeren "
        "zeggen dat ze nergens meer 'mogen zijn'. Sinds de sluiting van het skatepark aan de Dijkstraat en de "
        "nieuwe regels in het Stationsgebied worden groepjes jongeren vaker weggestuurd.")
    d.hd("Wat we hoorden")
    d.p("In januari en februari 2026 deden 312 jongeren mee aan onze online enquête. Ook spraken we met "
        "jongerenwerkers van Welzijn Waalhoven en met twee wijkagenten.")
    d.set_font("dv", "", 8.3)
    d.set_fill_color(255)
    with d.table(col_widths=(100, 35, 35), text_align=("LEFT", "RIGHT", "RIGHT"), line_height=4.6,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(253, 224, 200)),
                 borders_layout="HORIZONTAL_LINES", padding=1.2) as t:
        for row in (("Stelling", "eens", "oneens"),
                    ("Er zijn genoeg plekken in mijn wijk om met vrienden te zijn", "22%", "64%"),
                    ("Ik ben het afgelopen jaar weggestuurd van een plek", "41%", "52%"),
                    ("Ik ga vaker naar De Loods als die later open is", "68%", "12%"),
                    ("Ik kom 's avonds moeilijk thuis zonder ouders", "47%", "38%")):
            r = t.row()
            for c in row:
                r.cell(c)
    d.ln(2)
    d.p("Tabel: enquête Jongerenraad, n = 312; de rest antwoordde 'weet niet'.", "I", 7.6, align="L")
    d.p("Wat jongeren zelf zeiden:", "B", 9)
    for q in ("'We doen niks verkeerd, we zitten gewoon ergens. Dan moet er toch een plek zijn waar dat mag.' "
              "(meisje, 16, Oosterweide)",
              "'De laatste bus naar Hemmen gaat om 21.40 uur. Dus dan moet je al weg als het net gezellig wordt.' "
              "(jongen, 17)"):
        d.p(q, "I", 8.8, indent=8)
    d.hd("Wat er met ons vorige advies is gebeurd")
    d.p("In ons advies van 2025 vroegen we onder meer: 'Maak de jongerenraad zichtbaar op de website van de "
        "gemeente' (gedaan) en 'Organiseer een jaarlijks gesprek met de burgemeester' (gedaan, in december). "
        "Ons verzoek 'Zet de wifi in de bibliotheek ook na 20.00 uur aan' is nog niet uitgevoerd.")
    d.hd("Onze adviezen")
    d.p("Dit is wat de jongerenraad het college adviseert. Per advies staat erbij waarom.")
    fill = (255, 240, 228)
    d.block("#1", "Maak in elke wijk een overdekte plek waar jongeren mogen zijn, zonder dat handhaving ze "
            "steeds wegstuurt.", "Waarom? 64% vindt dat er te weinig plekken zijn. Jongeren willen niet "
            "'opgevangen' worden, maar gewoon ergens kunnen zitten.", fill)
    d.block("#2", "Betrek jongeren bij het ontwerp van het nieuwe Stationspark, vanaf de eerste schets en niet "
            "pas bij de inspraakavond.", "Waarom? Het Stationspark wordt dé plek in het centrum. Als jongeren "
            "meedenken, wordt het ook hun plek.", fill)
    d.block("#3", "Kan de gemeente de openingstijden van jongerencentrum De Loods op vrijdag en zaterdag "
            "verruimen tot 23.00 uur?", "Waarom? Nu sluit De Loods om 21.30 uur. 68% zegt er vaker te komen als "
            "die later open is.", fill)
    d.block("#4", "Zorg dat jongeren uit de kernen 's avonds veilig thuiskomen, bijvoorbeeld met een "
            "jongerenbusje of een deelfietsregeling.", "Waarom? Bijna de helft komt 's avonds moeilijk thuis "
            "zonder ouders.", fill)
    d.block("#5", "Geef de jongerenraad een eigen budget van 10.000 euro per jaar voor initiatieven van "
            "jongeren zelf.", "Waarom? Jongeren hebben goede ideeën (een bankje, een toernooi, een "
            "festival), maar lopen vast op kleine bedragen.", fill)
    d.block("#6", "Waarom liggen er geen gratis menstruatieproducten in sporthallen en het gemeentehuis? Leg "
            "ze daar neer.", "Waarom? In andere gemeenten gebeurt dit al. Het kost weinig en helpt veel "
            "meiden.", fill)
    d.hd("Tot slot")
    d.p("We horen graag binnen acht weken wat het college met ons advies doet, zoals in artikel 6 van de "
        "verordening staat. We komen het graag toelichten in de commissie Samenleving.")
    d.p("Namens de Jongerenraad Waalhoven,\nNoor el Idrissi (voorzitter) en Daan Verwoerd (secretaris)", "", 9,
        align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(("Nieuwsbrief Jeugd & Jongeren", "nr. 2 | april 2026"), "Gemeente Waalhoven | www.waalhoven.nl/jong",
            TEAL)
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, 210, 34, "F")
    d.set_text_color(255)
    d.set_xy(20, 9)
    d.set_font("dv", "B", 19)
    d.cell(120, 10, "Jeugd & Jongeren")
    d.set_font("dv", "", 9)
    d.cell(50, 10, "nr. 2 | april 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 9)
    d.cell(0, 6, "Nieuwsbrief van de gemeente Waalhoven voor jongeren, ouders en partners",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(40)
    d.set_fill_color(228, 243, 243)
    d.rect(20, 40, 170, 15, "F")
    d.set_xy(24, 42)
    d.set_font("dv", "B", 8.3)
    d.cell(0, 4.5, "In dit nummer", new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("dv", "", 8.3)
    d.cell(0, 4.5, "Reactie op het advies van de jongerenraad  |  Zomerschool 2026  |  Agenda",
           new_x="LMARGIN", new_y="NEXT")
    d.set_y(60)
    d.hd("Wethouder Bakker: 'Jullie advies ligt niet in een la'", 14)
    d.p("In maart gaf de Jongerenraad Waalhoven het college een advies over plekken voor jongeren: 'Waar kunnen "
        "wij terecht?'. Wethouder Inge Bakker (Jeugd) sprak met de jongerenraad en zet hieronder op een rij wat "
        "het college met de adviezen doet. We gebruiken daarvoor een stoplicht: groen betekent 'doen we', oranje "
        "'doen we voor een deel', rood 'doen we niet' en grijs 'nog geen besluit'.", "I")
    d.hd("Thuiskomen na een avondje uit (#4)", 10.5)
    d.p("**Rood licht.** Een eigen jongerenbusje of deelfietsen alleen voor jongeren vindt het college te duur "
        "en lastig te regelen: de kosten worden geschat op 180.000 euro per jaar. Wel vraagt de gemeente de "
        "provincie om de laatste bus naar Hemmen en Oosterweide later te laten rijden; dat besluit ligt bij de "
        "provincie.")
    d.hd("Plekken om te zijn (#1 en #3)", 10.5)
    d.p("**Oranje licht voor #1.** Een overdekte plek in elke wijk lukt niet meteen. Het college begint dit jaar "
        "met twee proefplekken, in Oosterweide en bij de sporthal in Hemmen, en kijkt na een jaar of meer wijken "
        "volgen. Met de handhavers zijn afspraken gemaakt: zolang er geen overlast is, mogen jongeren daar "
        "gewoon zijn.")
    d.p("**Groen licht voor #3.** De Loods blijft vanaf 1 september op vrijdag en zaterdag open tot 23.00 uur. "
        "Welzijn Waalhoven zet daar extra jongerenwerkers voor in.")
    d.hd("Gratis menstruatieproducten (#6)", 10.5)
    d.p("**Groen licht.** Daar waren we al mee bezig: sinds maart liggen er gratis producten in de toiletten "
        "van het gemeentehuis en de bibliotheek. In mei komen de drie gemeentelijke sporthallen erbij.")
    d.hd("Een eigen budget (#5)", 10.5)
    d.p("**Nog geen licht.** Het college vindt het een sympathiek idee en neemt het mee bij de voorbereiding "
        "van de begroting 2027. In het najaar hoort de jongerenraad wat er mogelijk is.")
    d.p("Inge Bakker: 'Ik ben onder de indruk van hoe grondig de jongerenraad dit heeft aangepakt. Niet alles "
        "kan, maar er verandert echt iets.'", "I")
    d.hd("Zomerschool 2026: aanmelden kan vanaf 1 mei", 12)
    d.p("Ook deze zomer is er weer een zomerschool voor leerlingen die naar het voortgezet onderwijs gaan of "
        "een vak willen ophalen. De zomerschool duurt twee weken en is gratis. Aanmelden kan via de school of "
        "via www.waalhoven.nl/zomerschool.")
    d.hd("Agenda", 12)
    for a in ("24 april - Koningsspelen in alle kernen", "15 mei - Open podium De Loods, 19.00 uur",
              "3 juni - Commissie Samenleving, bespreking jongerenbeleid"):
        d.p("- " + a, "", 9, indent=4, align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        ("#1", "Maak in elke wijk een overdekte plek waar jongeren mogen zijn",
         "Een overdekte plek in elke wijk lukt niet meteen", "partly"),
        ("#2", "Betrek jongeren bij het ontwerp van het nieuwe Stationspark", None, "unanswered"),
        ("#3", "Kan de gemeente de openingstijden van jongerencentrum De Loods",
         "De Loods blijft vanaf 1 september op vrijdag en zaterdag", "agrees"),
        ("#4", "Zorg dat jongeren uit de kernen 's avonds veilig thuiskomen",
         "deelfietsen alleen voor jongeren vindt het college te duur", "disagrees"),
        ("#5", "Geef de jongerenraad een eigen budget van 10.000 euro",
         "neemt het mee bij de voorbereiding van de begroting 2027", "noted"),
        ("#6", "Waarom liggen er geen gratis menstruatieproducten in sporthallen en het gemeentehuis?",
         "sinds maart liggen er gratis producten in de toiletten", "agrees"),
    ]
    B.write_expected(NAME, recs, ["Ook deze zomer is er weer een zomerschool"],
                     "Jongerenraad advice: the six coloured blocks '#1'-'#6' are the recommendations (#3 and #6 "
                     "open as questions); the survey table, the quotes, the follow-up of last year's advice "
                     "(quoted imperatives) and the articles of the verordening are not. Newsletter article, "
                     "other order, traffic-light labels: #4 Rood licht = disagrees (bus question passed to the "
                     "province); ONE section '(#1 en #3)' with Oranje licht for #1 = partly (two pilot places) and "
                     "Groen licht for #3 = agrees; #6 Groen licht = agrees (already doing it); #5 'Nog geen "
                     "licht' = noted (taken into the 2027 budget); #2 (Stationspark) unanswered. The "
                     "Zomerschool article and the Agenda answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

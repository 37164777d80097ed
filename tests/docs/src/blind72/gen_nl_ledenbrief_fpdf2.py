"""Round 72 (nl): an RIVM-BRIEFRAPPORT (the national public-health institute's short research report) on local heat
plans with recommendations to gemeenten, GGD'en and the Rijk, answered by a LEDENBRIEF of the VERENIGING VAN
NEDERLANDSE GEMEENTEN (the association's circular letter to its member municipalities, giving its position and
advice to its members).

Advice: 'RIVM-briefrapport 2026-0031 Lokale hitteplannen in Nederland' (invented), 2 p.: a title page top with
colofon lines, 'Synthese' (a paraphrase 'beveelt onder meer aan ...'), '1 Inleiding' (the Nationaal Hitteplan, the
Wet publieke gezondheid's 'moet'), '2 Methode', '3 Resultaten' with Tabel 1 and a framed 'Kader 1' listing what a
heat plan 'moet' contain (bullets), '4 Conclusies' as numbered paragraphs 4.1-4.4 ('zouden ... moeten'), '5
Aanbevelingen': unnumbered square bullets in the present tense ('Gemeenten stellen ...', 'Het Rijk legt ...')
under three bold addressee lines (numbers are their order 1-7); 'Literatuur'.
Response: VNG ledenbrief Lbr. 26/021, 2 p.: a meta block, a shaded 'Samenvatting' that states the VNG's positions
in short (a summary, not the replies), 'Aanleiding' (nothing), 'Hoe staan gemeenten ervoor?' (nothing); 'Onze
reactie' with bold sub-headings: ONE paragraph on the Rijk = 6 disagrees (no statutory duty) + 7 agrees (structural
money); 1 agrees; 2 partly (combine the role); 3 disagrees (no lists of individuals); 5 noted (for the GGD'en,
passed on to GGD GHOR Nederland); 'Wat betekent dit voor uw gemeente?', 'Webinar', 'Meer informatie' (nothing); 4
(a cool place in every neighbourhood) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date; bands, boxes and square bullets drawn with rect).

Run: /tmp/blind72nl/bin/python tests/docs/src/blind72/gen_nl_ledenbrief_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b72nl as B  # noqa: E402

NAME = "blind72_nl_ledenbrief"
DV = "/usr/share/fonts/truetype/dejavu/"
RIVM = (0, 84, 141)
ORANGE = (214, 84, 25)
VNG = (0, 110, 77)
GREY = (95, 95, 95)
PALE = (233, 241, 247)
VPALE = (230, 242, 237)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 4, 14, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 24 if kind == "adv" else 26
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 11)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            if self.kind == "adv":
                self.cell(self.tw, 4, "RIVM-briefrapport 2026-0031  |  Lokale hitteplannen in Nederland", align="L")
                self.set_draw_color(*RIVM)
            else:
                self.cell(self.tw, 4, "Vereniging van Nederlandse Gemeenten  |  Lbr. 26/021", align="L")
                self.set_draw_color(*VNG)
            self.line(self.lm, 16, self.w - self.lm, 16)
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        if self.kind == "adv":
            self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        else:
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0)


def head(d, t, size=10.4, color=RIVM, fam="sa", before=2.5):
    d.ln(before)
    if d.will_page_break(24):
        d.add_page()
    d.set_font(fam, "B", size)
    d.set_text_color(*color)
    d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0)
    d.ln(1)


def para(d, t, fam="sa", size=9.0, lh=4.9, after=2.4, stl="", indent=0, align="J"):
    d.set_font(fam, stl, size)
    d.set_x(d.lm + indent)
    d.multi_cell(d.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
    d.ln(after)


def squares(d, rows, color, size=9.0, indent=4, lh=4.9):
    d.set_font("sa", "", size)
    for t in rows:
        y = d.get_y()
        d.set_fill_color(*color)
        d.rect(d.lm + indent, y + 1.6, 1.8, 1.8, "F")
        d.set_x(d.lm + indent + 5)
        d.multi_cell(d.tw - indent - 5, lh, t, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        d.ln(1.2)
    d.ln(1.2)


def numbered(d, rows, size=9.0):
    d.set_font("sa", "", size)
    for n, t in rows:
        d.set_x(d.lm)
        d.set_font("sa", "B", size)
        d.cell(10, 4.9, n)
        d.set_font("sa", "", size)
        d.multi_cell(d.tw - 10, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J")
        d.ln(1.4)
    d.ln(1)


def advice():
    d = Doc("adv")
    d.alias_nb_pages()
    d.add_page()
    d.set_fill_color(*RIVM)
    d.rect(0, 0, d.w, 8, "F")
    d.set_xy(d.lm, 16)
    d.set_font("sa", "B", 9)
    d.set_text_color(*RIVM)
    d.cell(d.tw, 5, "Rijksinstituut voor Volksgezondheid en Milieu", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 7.6)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4.5, "Ministerie van Volksgezondheid, Welzijn en Sport", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("sa", "", 8.5)
    d.set_text_color(*ORANGE)
    d.cell(d.tw, 5, "RIVM-briefrapport 2026-0031", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 20)
    d.set_text_color(*RIVM)
    d.cell(d.tw, 10, "Lokale hitteplannen in Nederland", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 11)
    d.set_text_color(40, 40, 40)
    d.cell(d.tw, 6, "Stand van zaken 2025 en aanbevelingen", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("sa", "", 7.6)
    d.set_text_color(*GREY)
    d.multi_cell(d.tw, 4, "Colofon: RIVM-briefrapport 2026-0031, DOI 10.21945/RIVM-2026-0031 | Auteurs: L.M. "
                          "Schipper, R. Ouali, dr. H.J. van Gent | Contact: Centrum Gezondheid en Leefomgeving | "
                          "In opdracht van het ministerie van VWS | Datum: 3 maart 2026",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_draw_color(*RIVM)
    d.line(d.lm, d.get_y() + 3, d.w - d.lm, d.get_y() + 3)
    d.ln(7)

    head(d, "Synthese")
    para(d, "Tijdens de hittegolven van 2025 overleden naar schatting 640 mensen meer dan in een gemiddelde "
            "zomerweek. Gemeenten spelen een belangrijke rol bij het beschermen van kwetsbare inwoners. Dit "
            "briefrapport beschrijft hoeveel gemeenten een lokaal hitteplan hebben en wat daarin staat. Ruim de "
            "helft van de gemeenten heeft nog geen hitteplan. Het RIVM beveelt onder meer aan dat alle gemeenten "
            "een hitteplan vaststellen en dat het Rijk daar structureel geld voor beschikbaar stelt.")
    head(d, "1 Inleiding")
    para(d, "Het Nationaal Hitteplan treedt in werking als het KNMI een periode van aanhoudende warmte voorspelt. Het "
            "plan is gericht op landelijke communicatie en op instellingen in de zorg. Op lokaal niveau is veel "
            "minder geregeld. Op grond van de Wet publieke gezondheid moet het college van burgemeester en "
            "wethouders zorgdragen voor de uitvoering van de publieke gezondheidszorg, maar de wet noemt hitte "
            "niet. In het Deltaplan Ruimtelijke Adaptatie is afgesproken dat gemeenten een stresstest uitvoeren, "
            "ook voor hitte.")
    head(d, "2 Methode")
    para(d, "In oktober en november 2025 hebben wij een vragenlijst gestuurd aan alle 342 gemeenten; 209 gemeenten "
            "(61 procent) vulden deze in. Daarnaast analyseerden wij 38 hitteplannen en spraken wij met "
            "medewerkers van zes gemeenten en drie GGD'en.")
    head(d, "3 Resultaten")
    d.set_font("sa", "B", 8.2)
    d.set_fill_color(*PALE)
    widths = (58, 36, 36, 32)
    for w, t in zip(widths, ("Inwoners gemeente", "Respons (n)", "Met hitteplan", "Aandeel")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.2)
    for row in (("minder dan 20.000", "41", "9", "22 %"), ("20.000 - 50.000", "97", "38", "39 %"),
                ("50.000 - 100.000", "44", "27", "61 %"), ("meer dan 100.000", "27", "23", "85 %"),
                ("Totaal", "209", "97", "46 %")):
        for w, t in zip(widths, row):
            d.cell(w, 5.5, t, border=1)
        d.ln()
    d.set_font("sa", "I", 7.6)
    d.set_text_color(*GREY)
    d.cell(d.tw, 6, "Tabel 1. Gemeenten met een vastgesteld lokaal hitteplan, naar gemeentegrootte (2025).",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(1.5)
    para(d, "Vooral kleinere gemeenten hebben geen hitteplan. Zij noemen als redenen het gebrek aan capaciteit en "
            "aan kennis. In de plannen die er zijn, ontbreekt vaak een duidelijke rolverdeling tijdens een "
            "hittegolf. Slechts 14 gemeenten hebben ooit geoefend met hun plan. Gemeenten die inwoners actief "
            "benaderden, deden dat meestal via de wijkteams of vrijwilligers van de ouderenbonden.")
    if d.will_page_break(44):
        d.add_page()
    y0 = d.get_y()
    d.set_fill_color(*PALE)
    d.set_draw_color(*RIVM)
    d.rect(d.lm, y0, d.tw, 36, "DF")
    d.set_xy(d.lm + 4, y0 + 3)
    d.set_font("sa", "B", 8.8)
    d.set_text_color(*RIVM)
    d.cell(d.tw - 8, 5, "Kader 1. Wat hoort er in een lokaal hitteplan?", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_x(d.lm + 4)
    d.set_font("sa", "", 8.6)
    d.multi_cell(d.tw - 8, 4.6, "Volgens de handreiking van GGD GHOR Nederland moet een hitteplan ten minste "
                                "regelen:", new_x="LMARGIN", new_y="NEXT")
    d.ln(0.8)
    for t in ("wie het plan activeert en wanneer;", "hoe kwetsbare inwoners worden bereikt;",
              "welke organisaties een rol hebben en hoe zij samenwerken;", "hoe het plan wordt geëvalueerd."):
        d.set_x(d.lm + 8)
        d.cell(4, 4.6, "-")
        d.multi_cell(d.tw - 16, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 40)

    head(d, "4 Conclusies")
    numbered(d, [
        ("4.1", "Minder dan de helft van de gemeenten heeft een hitteplan; bij kleine gemeenten is dat een op de vijf."),
        ("4.2", "Bestaande plannen zijn vaak onvolledig. Gemeenten zouden de rolverdeling tijdens een hittegolf beter "
                "moeten vastleggen."),
        ("4.3", "Er wordt weinig geoefend, waardoor de plannen in de praktijk onvoldoende bekend zijn."),
        ("4.4", "Gemeenten weten vaak niet welke inwoners het meeste risico lopen."),
    ])

    head(d, "5 Aanbevelingen")
    para(d, "Op basis van dit onderzoek doen wij de volgende aanbevelingen.", after=1.5)
    para(d, "Voor gemeenten", stl="B", after=1)
    squares(d, [
        "Gemeenten stellen uiterlijk in 2027 een lokaal hitteplan vast, samen met de GGD en organisaties in zorg "
        "en welzijn.",
        "Gemeenten wijzen een vaste hittecoördinator aan die tijdens een hittegolf de lokale maatregelen afstemt.",
        "Gemeenten brengen kwetsbare inwoners in beeld door een lijst bij te houden van alleenwonende ouderen en "
        "chronisch zieken die bij hitte worden gebeld.",
        "Gemeenten richten in elke wijk ten minste één openbaar toegankelijke koele plek in, bijvoorbeeld in een "
        "bibliotheek of buurthuis.",
    ], ORANGE)
    para(d, "Voor GGD'en", stl="B", after=1)
    squares(d, ["GGD'en houden elk jaar vóór 1 mei een regionale hitteoefening met gemeenten en zorgaanbieders."],
            ORANGE)
    para(d, "Voor het Rijk", stl="B", after=1)
    squares(d, [
        "Het Rijk legt de plicht tot een lokaal hitteplan vast in de Wet publieke gezondheid.",
        "Het Rijk stelt gemeenten structureel middelen beschikbaar voor de uitvoering van hun hitteplan.",
    ], ORANGE)
    head(d, "Literatuur", size=9.4)
    para(d, "GGD GHOR Nederland (2024). Handreiking lokaal hitteplan. Utrecht.\nRIVM (2023). Hittesterfte in "
            "Nederland 2000-2022. RIVM-briefrapport 2023-0112. Bilthoven.", size=7.8, lh=4.2, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.alias_nb_pages()
    d.add_page()
    d.set_xy(d.lm, 14)
    d.set_font("sa", "B", 24)
    d.set_text_color(*VNG)
    d.cell(30, 12, "VNG")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.set_xy(d.lm + 30, 17)
    d.multi_cell(80, 4, "Vereniging van\nNederlandse Gemeenten", new_x="LMARGIN", new_y="NEXT")
    d.set_y(36)
    d.set_text_color(0)
    meta = (("Aan", "de leden"), ("Informatie voor", "college, raad en medewerkers gezondheid en klimaatadaptatie"),
            ("Datum", "14 april 2026"), ("Ons kenmerk", "GZ/U202600512"), ("Lbr.", "26/021"),
            ("Bijlage(n)", "1 (stappenplan)"),
            ("Betreft", "Reactie VNG op het RIVM-briefrapport 'Lokale hitteplannen in Nederland'"))
    for k, v in meta:
        d.set_font("sa", "", 7.8)
        d.set_text_color(*GREY)
        d.cell(34, 4.8, k)
        d.set_text_color(0)
        d.set_font("sa", "B" if k == "Betreft" else "", 8.4)
        d.multi_cell(d.tw - 34, 4.8, v, new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(4)
    y0 = d.get_y()
    d.set_fill_color(*VPALE)
    d.rect(d.lm, y0, d.tw, 27, "F")
    d.set_xy(d.lm + 4, y0 + 3)
    d.set_font("sa", "B", 9)
    d.set_text_color(*VNG)
    d.cell(d.tw - 8, 5, "Samenvatting", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_x(d.lm + 4)
    d.set_font("sa", "", 8.8)
    d.multi_cell(d.tw - 8, 4.7, "Het RIVM heeft onderzocht hoe gemeenten zich voorbereiden op hitte. In deze "
                                "ledenbrief leest u hoe de VNG tegen de aanbevelingen aankijkt. Kort gezegd: een "
                                "hitteplan is verstandig en geld van het Rijk is nodig, maar een wettelijke "
                                "verplichting en lijsten van individuele inwoners vinden wij geen goed idee.",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 31)

    head(d, "Aanleiding", color=VNG, size=10)
    para(d, "Op 3 maart 2026 verscheen het RIVM-briefrapport 'Lokale hitteplannen in Nederland'. Het rapport bevat "
            "zeven aanbevelingen, waarvan vier aan gemeenten. Veel leden hebben ons gevraagd wat de VNG van het "
            "rapport vindt. Wij hebben het rapport besproken in de commissie Gezondheid en Welzijn van 26 maart "
            "2026.", fam="se")
    head(d, "Hoe staan gemeenten ervoor?", color=VNG, size=10)
    para(d, "Uit het rapport blijkt dat grote gemeenten vaak al een hitteplan hebben en kleine gemeenten veel minder. "
            "Dat herkennen wij. Ook zien wij dat veel gemeenten goede dingen doen zonder dat die in een plan staan, "
            "zoals belrondes door vrijwilligers en het openstellen van gemeentehuizen.", fam="se")
    head(d, "Onze reactie op de aanbevelingen", color=VNG, size=10)
    para(d, "Wat vragen wij van het Rijk?", stl="B", after=1)
    para(d, "Het RIVM stelt voor om de plicht tot een hitteplan in de wet op te nemen. Dat vindt de VNG geen goed "
            "idee. Gemeenten hebben al veel plannen die zij verplicht moeten maken, en een extra plicht leidt vooral "
            "tot papier. Wel vragen wij, net als het RIVM, om structurele middelen via het gemeentefonds. Die "
            "aanbeveling steunen wij volledig, en wij hebben haar ingebracht in het overleg over de Voorjaarsnota.",
         fam="se")
    para(d, "Een hitteplan voor elke gemeente", stl="B", after=1)
    para(d, "Wij roepen alle gemeenten op om vóór de zomer van 2027 een hitteplan vast te stellen, samen met de GGD "
            "en lokale partners. In de bijlage vindt u een stappenplan dat u daarbij kunt gebruiken.", fam="se")
    para(d, "Coördinatie", stl="B", after=1)
    para(d, "Iemand moet tijdens een hittegolf de regie hebben. Een aparte hittecoördinator is voor de meeste "
            "gemeenten echter niet nodig. Wij adviseren om deze taak te beleggen bij de medewerker die al "
            "verantwoordelijk is voor klimaatadaptatie of crisisbeheersing.", fam="se")
    para(d, "Kwetsbare inwoners", stl="B", after=1)
    para(d, "Het RIVM adviseert een lijst bij te houden van alleenwonende ouderen en chronisch zieken. Wij raden "
            "gemeenten af om zulke lijsten aan te leggen. Daarvoor ontbreekt een grondslag in de AVG, en inwoners "
            "hebben er niet om gevraagd. Werk liever via huisartsen, thuiszorg en wijkteams, die deze mensen al "
            "kennen.", fam="se")
    para(d, "Oefenen", stl="B", after=1)
    para(d, "De aanbeveling over een jaarlijkse oefening is gericht aan de GGD'en. Wij hebben haar doorgegeven aan "
            "GGD GHOR Nederland, die in mei laat weten hoe de GGD'en hiermee omgaan.", fam="se")
    head(d, "Wat betekent dit voor uw gemeente?", color=VNG, size=10)
    para(d, "Gebruik het stappenplan in de bijlage, stem af met uw GGD en neem hitte mee in de eerstvolgende "
            "actualisatie van uw stresstest. Laat het ons weten als u tegen knelpunten aanloopt.", fam="se")
    head(d, "Webinar", color=VNG, size=10)
    para(d, "Op 19 mei 2026 organiseren wij van 15.00 tot 16.30 uur een webinar over hitte, samen met GGD GHOR "
            "Nederland en het Klimaatverbond. Aanmelden kan via de website van de VNG.", fam="se")
    head(d, "Meer informatie", color=VNG, size=10)
    para(d, "Voor vragen kunt u contact opnemen met het Informatiecentrum van de VNG.", fam="se")
    para(d, "Met vriendelijke groet,\nVereniging van Nederlandse Gemeenten\n\nmr. drs. P.A. (Petra) Lindeboom\n"
            "lid directieraad", fam="se", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "Gemeenten stellen uiterlijk in 2027 een lokaal hitteplan vast, samen",
         "Wij roepen alle gemeenten op om vóór de zomer van 2027", "agrees"),
        ("2", "Gemeenten wijzen een vaste hittecoördinator aan die tijdens een hittegolf",
         "Een aparte hittecoördinator is voor de meeste gemeenten echter niet nodig", "partly"),
        ("3", "Gemeenten brengen kwetsbare inwoners in beeld door een lijst bij",
         "Wij raden gemeenten af om zulke lijsten aan te leggen", "disagrees"),
        ("4", "Gemeenten richten in elke wijk ten minste één openbaar toegankelijke", None, "unanswered"),
        ("5", "GGD'en houden elk jaar vóór 1 mei een regionale hitteoefening",
         "Wij hebben haar doorgegeven aan GGD GHOR Nederland", "noted"),
        ("6", "Het Rijk legt de plicht tot een lokaal hitteplan vast in",
         "Dat vindt de VNG geen goed idee", "disagrees"),
        ("7", "Het Rijk stelt gemeenten structureel middelen beschikbaar voor de uitvoering",
         "Die aanbeveling steunen wij volledig", "agrees"),
    ], [
        "In deze ledenbrief leest u hoe de VNG tegen de aanbevelingen aankijkt",
        "Veel leden hebben ons gevraagd wat de VNG van het rapport vindt",
        "zoals belrondes door vrijwilligers en het openstellen van gemeentehuizen",
        "neem hitte mee in de eerstvolgende actualisatie van uw stresstest",
        "organiseren wij van 15.00 tot 16.30 uur een webinar over hitte",
        "kunt u contact opnemen met het Informatiecentrum van de VNG",
    ], "RIVM-BRIEFRAPPORT on local heat plans, answered by a LEDENBRIEF of the VERENIGING VAN NEDERLANDSE GEMEENTEN "
       "to its members (the association's position on the report and its advice to municipalities). The RIVM, "
       "KNMI, the Nationaal Hitteplan, the Wet publieke gezondheid, the Deltaplan Ruimtelijke Adaptatie, the AVG, "
       "the VNG, GGD GHOR Nederland and the Klimaatverbond are real; briefrapport 2026-0031, its survey, figures, "
       "authors and references, the GGD GHOR handreiking, ledenbrief Lbr. 26/021 and its signatory are "
       "invented. The seven recommendations are the unnumbered square bullets in '5 Aanbevelingen', in the "
       "present tense ('Gemeenten stellen ...', 'Het Rijk legt ...'), under the bold addressee lines 'Voor "
       "gemeenten' (1-4), 'Voor GGD'en' (5) and 'Voor het Rijk' (6-7); numbers are their order. Not "
       "recommendations: the Synthese's 'beveelt onder meer aan dat ...' (paraphrase), the Wet publieke "
       "gezondheid's 'moet ... zorgdragen', Tabel 1, Kader 1 ('moet een hitteplan ten minste regelen:' with dash "
       "items), the numbered conclusions 4.1-4.4 ('zouden ... beter moeten vastleggen'), 'Literatuur'. Response: "
       "meta block; a shaded Samenvatting stating the positions in short (a summary, not the replies); "
       "Aanleiding and 'Hoe staan gemeenten ervoor?' (nothing); 'Onze reactie op de aanbevelingen' with bold "
       "sub-headings and no numbers: 'Wat vragen wij van het Rijk?' ONE paragraph = 6 disagrees (no statutory "
       "duty) + 7 agrees (structural money, 'steunen wij volledig'); 1 agrees (members called on to adopt a plan "
       "before summer 2027); 2 partly (someone in charge, but no separate coordinator: give the task to an "
       "existing officer); 3 disagrees (advises members against such lists); 5 noted (addressed to the GGD'en, "
       "passed on to GGD GHOR Nederland); 'Wat betekent dit voor uw gemeente?', 'Webinar', 'Meer informatie' "
       "(nothing); 4 (a cool place in every neighbourhood) UNANSWERED. The VNG is not the addressee of 5-7; its "
       "verdicts there are its stance as the respondent.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))

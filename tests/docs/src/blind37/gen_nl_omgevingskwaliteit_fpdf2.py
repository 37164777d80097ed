"""Round 37 (nl, municipal): an (invented) advice of the ADVIESCOMMISSIE OMGEVINGSKWALITEIT (welstand and
monuments) of the municipality of Drechtmonde on an application to convert the Sint-Bavokerk (a rijksmonument) into
housing, answered by the OMGEVINGSVERGUNNING itself (beschikking of burgemeester en wethouders: Besluit, Overwegingen,
Voorschriften, rechtsbescherming). Advice: A4 advice form with a case-data grid (zaaknummer, locatie, aanvrager,
architect, monumentnummer, toetsingskader), 'Advies: akkoord onder voorwaarden' stamp, a description, the
redengevende omschrijving quoted, the commission's earlier pre-consultation points (2025, imperative: traps), findings
with 'zou ... moeten', and the recommendations ONLY as a coded table 'V1'-'V4' (voorwaarden) and 'A1'-'A3'
(aanbevelingen) at the end. Response: the overwegingen answer by subject, in another order (A3, then V1 and V4 in
one paragraph: agrees + partly, then V2 refused with reasons, V3 turned into a voorschrift, A1 passed on to the
applicant); A2 (parking / public space) is not answered; the overweging on gierzwaluwen (soortenbescherming)
answers nothing. Engine: fpdf2 (DejaVu, no text shaping, so no ligatures).

Run: /tmp/blind37nl/bin/python tests/docs/src/blind37/gen_nl_omgevingskwaliteit_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b37nl as B  # noqa: E402

NAME = "blind37_nl_omgevingskwaliteit"
DV = "/usr/share/fonts/truetype/dejavu/"
PURPLE = (92, 45, 110)
PALE = (240, 233, 244)
GREY = (95, 95, 95)


class Doc(FPDF):
    head = ""
    foot = ""

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 3, 10, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(0, 4, self.head)
        self.set_draw_color(*PURPLE)
        self.line(self.l_margin, 16, 210 - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=10.5):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_text_color(*PURPLE)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(0.5)

    def p(self, t, size=9, style="", indent=0):
        self.set_font("dv", style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(0, 4.8, t, align="J")
        self.ln(1.6)


def advice():
    d = Doc()
    d.head = "Adviescommissie Omgevingskwaliteit Drechtmonde | Z-2026-00412 | Kerkstraat 12"
    d.foot = "Secretariaat ACO | Postbus 30, 3350 AA Drechtmonde | aco@drechtmonde.nl"
    d.add_page()
    d.set_font("dv", "B", 15)
    d.set_text_color(*PURPLE)
    d.cell(0, 8, "Adviescommissie Omgevingskwaliteit", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 9)
    d.set_text_color(*GREY)
    d.cell(0, 5, "gemeente Drechtmonde | welstand en monumenten", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(4)
    d.set_font("dv", "B", 12)
    d.cell(0, 7, "ADVIES", new_x="LMARGIN", new_y="NEXT")
    rows = [("Vergadering", "3 maart 2026, openbaar (agendapunt 4)"),
            ("Zaaknummer", "Z-2026-00412 (OLO 10458832)"),
            ("Locatie", "Kerkstraat 12, Drechtmonde (Sint-Bavokerk)"),
            ("Omschrijving", "herbestemming voormalige kerk tot 14 appartementen met gemeenschappelijke ruimte"),
            ("Aanvrager", "Stichting Bavohof, namens deze W. Koornstra"),
            ("Architect", "Atelier Lindewerf architecten, ir. S. Ouwehand"),
            ("Status", "rijksmonument, monumentnummer 512377"),
            ("Toetsingskader", "omgevingsplan, hoofdstuk 4 (omgevingskwaliteit); erfgoedparagraaf; "
                               "welstandscriteria gebiedstype 3 'Historische kern'"),
            ("Planfase", "definitief plan, na vooroverleg van 11 november 2025"),
            ("Aanwezig", "prof. ir. H. Bakels (voorzitter), drs. M. Tjoa (architectuurhistoricus), "
                         "ir. E. de Raadt (architect), A. Veltkamp (burgerlid); secretaris: J. Hoefnagel")]
    d.set_font("dv", "", 8.6)
    for k, v in rows:
        d.set_fill_color(*PALE)
        d.set_font("dv", "B", 8.6)
        y = d.get_y()
        d.multi_cell(38, 5, k, fill=True, new_x="RIGHT", new_y="TOP")
        d.set_font("dv", "", 8.6)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
        d.set_y(max(d.get_y(), y + 5))
    d.ln(3)
    d.set_draw_color(*PURPLE)
    d.set_line_width(0.6)
    d.set_font("dv", "B", 10)
    d.set_text_color(*PURPLE)
    d.cell(0, 8, "Advies: AKKOORD ONDER VOORWAARDEN", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_line_width(0.2)
    d.ln(2)
    d.hd("Beschrijving van het plan")
    d.p("De Sint-Bavokerk (1887, architect N. Molenbroek) is een driebeukige neogotische kruiskerk in baksteen met "
        "een leien dak en een toren aan de Kerkstraat. Het plan voegt in het schip een vrijstaand volume van drie "
        "lagen in met veertien appartementen. Het transept blijft als gemeenschappelijke ruimte open. De "
        "sacristie-aanbouw aan de noordzijde wordt gesloopt en vervangen door een glazen entree. In het dakvlak "
        "aan de Kerkstraat komen vier dakkapellen, in het dakvlak aan de tuinzijde zes.")
    d.hd("Waardestelling")
    d.p("De redengevende omschrijving (aanwijzing 1998) noemt onder meer: 'de gaaf bewaarde neogotische "
        "hoofdvorm, de glas-in-loodramen in de noordgevel door het atelier Nicolas, en de ongedeelde kerkzaal als "
        "ruimtelijke ervaring'. De commissie onderschrijft de bouwhistorische waardestelling van bureau Tektoniek "
        "(december 2025), die de noordgevel, het dak en het interieur van het transept als hoge monumentwaarde "
        "aanmerkt en de sacristie-aanbouw (1952) als indifferent.")
    d.hd("Vooroverleg")
    d.p("In het vooroverleg van 11 november 2025 gaf de commissie de volgende punten mee: 'Houd de toren vrij van "
        "woonfuncties. Beperk ingrepen in het transept tot het strikt noodzakelijke. Werk de entree uit als "
        "hedendaagse, terughoudende toevoeging.' De commissie stelt vast dat het plan op deze drie punten is "
        "aangepast en waardeert dat.", style="")
    d.hd("Beoordeling")
    d.p("Het inbrengen van een vrijstaand volume is een passende strategie: de oorspronkelijke constructie blijft "
        "ongemoeid en de kerkzaal blijft boven het volume als ruimte beleefbaar. De glazen entree is terughoudend "
        "en voldoet aan de criteria voor gebiedstype 3.")
    d.p("Op twee punten schiet het plan tekort. In de noordgevel worden de glas-in-loodramen volgens de "
        "tekeningen vervangen door isolerend glas met een opgeplakt motief; dat zou volgens de commissie niet "
        "moeten gebeuren, omdat juist deze ramen in de redengevende omschrijving worden genoemd. Daarnaast "
        "verstoren de vier dakkapellen aan de Kerkstraat het gave dakvlak, dat vanaf de openbare ruimte goed "
        "zichtbaar is. De dakkapellen aan de tuinzijde acht de commissie aanvaardbaar.")
    d.p("De commissie merkt op dat de parkeerplaatsen op het kerkplein in de aanvraag slechts schematisch zijn "
        "aangegeven. Het kerkplein is openbaar gebied en valt buiten deze aanvraag.")
    d.hd("Voorwaarden en aanbevelingen")
    d.p("De commissie adviseert akkoord onder de volgende voorwaarden (V) en geeft daarnaast aanbevelingen (A) mee:")
    items = [("V1", "Handhaaf de glas-in-loodramen in de noordgevel en pas achterzetbeglazing toe in plaats van "
                    "vervanging door isolerend glas."),
             ("V2", "Laat de vier dakkapellen in het dakvlak aan de Kerkstraat vervallen en beperk de "
                    "daglichttoetreding aan die zijde tot vlakke dakramen in het leiendak."),
             ("V3", "Leg de sacristie-aanbouw vóór de sloop vast in een bouwhistorische opname op niveau 2 en "
                    "bied deze aan bij het gemeentelijk archief."),
             ("V4", "Leg materiaal- en kleurmonsters van het voegwerk, de nieuwe kozijnen en de dakramen ter "
                    "goedkeuring voor aan de commissie voordat met de uitvoering wordt begonnen."),
             ("A1", "Overweeg het Maarschalkerweerd-orgel in situ te behouden als onderdeel van de "
                    "gemeenschappelijke ruimte in het transept."),
             ("A2", "Betrek de parkeerplaatsen op het kerkplein bij een integraal inrichtingsplan voor de "
                    "openbare ruimte rond de kerk, in overleg met de gemeente."),
             ("A3", "Voer de nieuwe binnenwanden uit als reversibele constructies, zodat de kerkzaal in de "
                    "toekomst weer als één ruimte kan worden ervaren.")]
    d.set_fill_color(*PALE)
    for code, txt in items:
        if d.get_y() > 262:
            d.add_page()
        y = d.get_y()
        d.set_font("dv", "B", 9)
        d.set_text_color(*PURPLE)
        d.multi_cell(14, 5.2, code, fill=True, border="B", new_x="RIGHT", new_y="TOP")
        d.set_text_color(0, 0, 0)
        d.set_font("dv", "", 9)
        d.multi_cell(0, 5.2, txt, border="B", new_x="LMARGIN", new_y="NEXT")
        h = d.get_y() - y
        d.set_xy(d.l_margin, y)
        d.multi_cell(14, h, "", fill=False, new_x="LMARGIN", new_y="NEXT")
        d.set_y(y + h + 0.8)
    d.ln(3)
    d.p("Een plan dat aan de voorwaarden V1 tot en met V4 voldoet, hoeft niet opnieuw aan de commissie te worden "
        "voorgelegd; de controle op V4 kan door de secretaris worden uitgevoerd.", size=8.6, style="I")
    d.p("Namens de commissie,\nprof. ir. H. Bakels, voorzitter", size=9)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc()
    d.head = "Omgevingsvergunning Z-2026-00412 | Kerkstraat 12 Drechtmonde"
    d.foot = "Gemeente Drechtmonde | Raadhuisplein 1 | 14 078"
    d.add_page()
    d.set_font("dv", "B", 14)
    d.cell(0, 7, "Gemeente Drechtmonde", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.set_text_color(*GREY)
    d.cell(0, 5, "Postbus 30, 3350 AA Drechtmonde | www.drechtmonde.nl", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(6)
    d.p("Stichting Bavohof\nt.a.v. de heer W. Koornstra\nKerkstraat 12\n3351 BK Drechtmonde", size=9)
    d.set_font("dv", "", 8.5)
    for k, v in (("Datum", "14 april 2026"), ("Zaaknummer", "Z-2026-00412"),
                 ("Onderwerp", "besluit omgevingsvergunning herbestemming Sint-Bavokerk")):
        d.cell(30, 4.8, k)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("Besluit", 11)
    d.p("Burgemeester en wethouders van Drechtmonde besluiten, gelet op artikel 5.1, eerste lid, onder a, en "
        "tweede lid, onder c, van de Omgevingswet, de omgevingsvergunning te verlenen voor de bouwactiviteit "
        "(omgevingsplanactiviteit) en de rijksmonumentenactiviteit voor het herbestemmen van de Sint-Bavokerk tot "
        "veertien appartementen, met inachtneming van de voorschriften in dit besluit.")
    d.hd("Overwegingen", 11)
    d.p("Advies Adviescommissie Omgevingskwaliteit", style="B")
    d.p("De commissie heeft op 3 maart 2026 geadviseerd akkoord te gaan onder voorwaarden. Wij hebben het advies "
        "betrokken bij onze beoordeling en nemen het over, met uitzondering van het onderstaande.")
    d.p("Binnenwanden. Uit de aanvullende tekeningen van 25 maart 2026 blijkt dat de binnenwanden als "
        "droogbouwconstructie zonder verankering in het metselwerk worden uitgevoerd. De aanbeveling van de "
        "commissie is daarmee in het plan verwerkt.", indent=0)
    d.p("Ramen en materialisering. De aanvrager heeft de tekeningen aangepast: de glas-in-loodramen in de "
        "noordgevel blijven behouden en krijgen achterzetbeglazing (voorschrift 1). Monsters van voegwerk, "
        "kozijnen en dakramen moeten vóór de uitvoering ter goedkeuring worden voorgelegd; wij laten die "
        "beoordeling, anders dan de commissie voorstelt, over aan de erfgoedadviseur van de gemeente, om de "
        "bouwplanning niet afhankelijk te maken van het vergaderschema van de commissie (voorschrift 2).")
    d.p("Dakkapellen aan de Kerkstraat. Op dit punt wijken wij af van het advies. De vier dakkapellen zijn "
        "nodig om de appartementen op de bovenste laag aan de eisen voor daglicht uit het Besluit bouwwerken "
        "leefomgeving te laten voldoen; vlakke dakramen bieden onvoldoende daglicht. De dakkapellen zijn in "
        "overleg met de Rijksdienst voor het Cultureel Erfgoed verkleind en in lood uitgevoerd, en liggen "
        "ruim onder de nok. Wij vinden het belang van een duurzame herbestemming hier zwaarder wegen.")
    d.p("Sloop sacristie. Voorafgaand aan de sloop wordt een bouwhistorische opname op niveau 2 gemaakt en "
        "aan het gemeentearchief aangeboden; dit is als voorschrift 3 aan de vergunning verbonden.")
    d.p("Orgel. Het orgel valt buiten de aanvraag. Wij hebben de aanbeveling aan de aanvrager doorgegeven; "
        "de aanvrager laat weten de mogelijkheden met de orgelcommissie van de parochie te bespreken.")
    d.p("Soortenbescherming", style="B")
    d.p("In de toren nestelen gierzwaluwen. Uit het ecologisch onderzoek van Natuurbureau Waal (januari 2026) "
        "blijkt dat de nestplaatsen behouden blijven; de werkzaamheden aan de toren vinden buiten het "
        "broedseizoen plaats. Een omgevingsvergunning voor een flora- en fauna-activiteit is niet nodig.")
    d.hd("Voorschriften", 11)
    for i, t in enumerate(("De glas-in-loodramen in de noordgevel worden behouden; isolatie gebeurt met "
                           "achterzetbeglazing volgens tekening BH-21 rev. C.",
                           "Uiterlijk vier weken voor aanvang van de werkzaamheden worden monsters van voegwerk, "
                           "kozijnen en dakramen ter goedkeuring voorgelegd aan de gemeentelijke erfgoedadviseur.",
                           "Vóór de sloop van de sacristie wordt een bouwhistorische opname (niveau 2) gemaakt en "
                           "aangeboden aan het gemeentearchief.",
                           "De aanvang van de werkzaamheden wordt twee werkdagen van tevoren gemeld via "
                           "toezicht@drechtmonde.nl."), 1):
        d.p(f"{i}.  {t}", size=8.8)
    d.hd("Bezwaar", 11)
    d.p("Belanghebbenden kunnen binnen zes weken na de dag van verzending van dit besluit bezwaar maken bij "
        "burgemeester en wethouders van Drechtmonde.", size=8.6)
    d.p("Burgemeester en wethouders van Drechtmonde,\nnamens dezen,\n\nR. Kapteijn, teamleider Vergunningen",
        size=9)
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("V1", "Handhaaf de glas-in-loodramen in de noordgevel en pas achterzetbeglazing toe",
         "de glas-in-loodramen in de noordgevel blijven behouden en krijgen", "agrees"),
        ("V2", "Laat de vier dakkapellen in het dakvlak aan de Kerkstraat vervallen",
         "Op dit punt wijken wij af van het advies", "disagrees"),
        ("V3", "Leg de sacristie-aanbouw vóór de sloop vast in een bouwhistorische opname",
         "dit is als voorschrift 3 aan de vergunning verbonden", "agrees"),
        ("V4", "Leg materiaal- en kleurmonsters van het voegwerk, de nieuwe kozijnen en",
         "anders dan de commissie voorstelt, over aan de erfgoedadviseur", "partly"),
        ("A1", "Overweeg het Maarschalkerweerd-orgel in situ te behouden als onderdeel van",
         "Wij hebben de aanbeveling aan de aanvrager doorgegeven", "noted"),
        ("A2", "Betrek de parkeerplaatsen op het kerkplein bij een integraal inrichtingsplan",
         None, "unanswered"),
        ("A3", "Voer de nieuwe binnenwanden uit als reversibele constructies, zodat de kerkzaal",
         "De aanbeveling van de commissie is daarmee in het plan verwerkt", "agrees"),
    ]
    unmatched = ["In de toren nestelen gierzwaluwen"]
    notes = ("Adviescommissie Omgevingskwaliteit advice 'akkoord onder voorwaarden' with the recommendations only as "
             "coded rows V1-V4 (conditions) and A1-A3 (recommendations) at the end. Reply = the omgevingsvergunning "
             "(overwegingen by subject, no codes), in the order A3 (walls already drywall: agrees), 'Ramen en "
             "materialisering' = V1 (stained glass kept, voorschrift 1: agrees) + V4 (samples approved by the "
             "municipal heritage adviser instead of the commission: partly), V2 ('wijken wij af': disagrees), V3 "
             "(voorschrift 3: agrees), A1 (organ outside the application, passed on to the applicant: noted). A2 (parking, public space) not answered. 'Soortenbescherming' "
             "(gierzwaluwen) answers nothing; the Besluit and Voorschriften repeat, they are not separate replies. "
             "Traps: the quoted pre-consultation points (imperatives, 2025), the redengevende omschrijving, "
             "'zou ... niet moeten gebeuren' finding, case-data grid.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 58 (nl): the JAARVERSLAG of a supervisor of party finance, the COMMISSIE VAN TOEZICHT FINANCIEN POLITIEKE
PARTIJEN (its chapter 'Aanbevelingen' addresses the minister of BZK about a pending bill), answered in the NOTA NAAR
AANLEIDING VAN HET VERSLAG on that bill (the Kamerstuk in which the government answers the written questions of the
parliamentary groups, section by section).

Advice: a toezichthouder's annual report: title block, 1 Inleiding with the statutory reporting duty ('De commissie
moet ... verslag uitbrengen', Wfpp), 2 Toezicht in 2025 with a ruled table of fines, 3 Bevindingen (findings with
'moeten', 'zouden ... moeten'), 4 Opvolging van eerdere aanbevelingen: a ruled table of LAST year's recommendations
numbered 1-4 with a status column (a second, older numbered set in the same style), 5 Aanbevelingen: an intro sentence
and a framed box 'Aanbevelingen aan de minister van Binnenlandse Zaken en Koninkrijksrelaties' with imperative items
1.-7. (hanging numbers). Response: Kamerstuk 36 812 nr. 6, Nota naar aanleiding van het verslag (Tweede Kamer page
style, 'kst-36812-6' footer): numbered sections 1-5 of the bill's own structure, each with 'De leden van de
...-fractie vragen ...' paragraphs and the government's answer below; the commission's recommendations are mentioned
by number only sometimes ('aanbeveling 3 van de Commissie'), otherwise by content. One answer covers 2 (agrees) and
4 (disagrees). Order: 1, 2+4, 3, 7, 5; 6 (digital register) unanswered; 1 Inleiding, a section on party bans and
a question on subsidies for youth organisations answer nothing. Engine: fpdf2 (DejaVu, no text shaping, so no
ligatures).

Run: /tmp/blind58nl/bin/python tests/docs/src/blind58/gen_nl_toezichtpp_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b58nl as B  # noqa: E402

NAME = "blind58_nl_toezichtpp"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 94, 110)
GREY = (95, 95, 95)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 24 if kind == "adv" else 30
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv":
            if self.page_no() == 1:
                return
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.set_y(12)
            self.cell(0, 4, "Commissie van toezicht financiën politieke partijen  |  Jaarverslag 2025", align="L")
            self.set_text_color(0)
            self.set_y(24)
        else:
            self.set_font("se", "", 7.6)
            self.set_text_color(0)
            self.set_y(12)
            self.cell(0, 4, "Tweede Kamer, vergaderjaar 2025-2026, 36 812, nr. 6", align="L" if self.page_no() % 2
                      else "R")
            self.set_y(24)

    def footer(self):
        self.set_y(-15)
        self.set_font("sa" if self.kind == "adv" else "se", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"{self.page_no()}", align="R")
        else:
            self.cell(self.tw / 2, 4, "kst-36812-6")
            self.cell(self.tw / 2, 4, f"ISSN 0921 - 7371  's-Gravenhage 2026          {self.page_no()}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.4, indent=0, h=4.9, align="J", after=2.4, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=10.8, color=TEAL, before=3, fam="sa"):
        self.ln(before)
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.4, fam=fam)

    def item(self, lab, t, lw=8, size=9.4, h=4.9, after=1.8, stl="", x=None, w=None):
        x = self.lm if x is None else x
        w = self.tw if w is None else w
        y = self.get_y()
        self.set_font(self.fam, "B", size)
        self.set_xy(x, y)
        self.cell(lw, h, lab)
        self.set_font(self.fam, stl, size)
        self.set_xy(x + lw, y)
        self.multi_cell(w - lw, h, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(after)


def ruled(d, widths, rows, size=8.1):
    from fpdf.fonts import FontFace
    d.set_font("sa", "", size)
    d.set_draw_color(150, 170, 175)
    d.set_fill_color(255, 255, 255)
    head = FontFace(emphasis="BOLD", fill_color=(220, 234, 236))
    with d.table(col_widths=widths, text_align="LEFT", line_height=4.3, borders_layout="HORIZONTAL_LINES",
                 headings_style=head, width=d.tw, padding=1.2,
                 cell_fill_mode="NONE") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(3)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, 210, 44, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(24, 12)
    d.set_font("sa", "", 8.6)
    d.cell(0, 5, "Commissie van toezicht financiën politieke partijen", new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("sa", "B", 20)
    d.cell(0, 11, "Jaarverslag 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_x(24)
    d.set_font("sa", "", 9.4)
    d.cell(0, 5, "Toezicht op de naleving van de Wet financiering politieke partijen", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0)
    d.set_y(52)

    d.hd("1  Inleiding", before=0)
    d.p("De Commissie van toezicht financiën politieke partijen (hierna: de commissie) houdt toezicht op de naleving "
        "van de Wet financiering politieke partijen (Wfpp). Op grond van de wet moet de commissie jaarlijks vóór 1 juli "
        "verslag uitbrengen aan de minister van Binnenlandse Zaken en Koninkrijksrelaties over haar werkzaamheden. Dit "
        "jaarverslag gaat over 2025.")
    d.p("Het jaar 2025 stond in het teken van de voorbereiding van de Wet op de politieke partijen, die de Wfpp zal "
        "vervangen. Het wetsvoorstel (Kamerstukken 36 812) is in februari 2026 bij de Tweede Kamer ingediend. De "
        "commissie maakt van dit jaarverslag gebruik om de minister aanbevelingen te doen voor de behandeling van dat "
        "wetsvoorstel.")

    d.hd("2  Toezicht in 2025")
    d.p("In 2025 ontvingen 22 politieke partijen subsidie op grond van de Wfpp, samen 27,4 miljoen euro. Alle partijen "
        "hebben hun financieel verslag over 2024 tijdig ingediend. De commissie legde in 2025 vier bestuurlijke boetes "
        "op (tabel 1).")
    d.p("**Tabel 1** Bestuurlijke boetes 2025", size=8.2, after=1, fam="sa")
    ruled(d, (70, 56, 36), [("Overtreding", "Artikel Wfpp", "Aantal / bedrag"),
                            ("Gift niet tijdig openbaar gemaakt", "art. 25, eerste lid", "2 / 6 500 euro"),
                            ("Anonieme gift niet doorgestort", "art. 23, tweede lid", "1 / 3 000 euro"),
                            ("Onvolledig overzicht nevenorganisaties", "art. 28", "1 / 2 500 euro")])

    d.hd("3  Bevindingen")
    d.p("**Giften in natura.** Partijen moeten giften boven 1 000 euro registreren, ook als het niet om geld gaat. De "
        "commissie stelt vast dat slechts vijf partijen giften in natura hebben gemeld, terwijl uit de financiële "
        "verslagen blijkt dat meer partijen gebruikmaken van gratis kantoorruimte of gratis advertentieruimte. De "
        "waardering van zulke giften wordt niet voorgeschreven; partijen zouden die volgens de commissie tegen de "
        "marktwaarde moeten waarderen.")
    d.p("**Buitenlandse giften.** Het verbod op giften van buiten de Europese Unie geldt voor de partij zelf, maar niet "
        "voor haar nevenorganisaties, zoals een wetenschappelijk instituut of een jongerenorganisatie. De commissie "
        "heeft twee giften van samen 18 000 euro aangetroffen die via een nevenorganisatie zijn ontvangen.")
    d.p("**Bevoegdheden.** De commissie kan partijen om inlichtingen vragen, maar heeft geen bevoegdheid om boeken en "
        "bescheiden in te zien. In twee onderzoeken moest zij volstaan met de informatie die de partij zelf wilde "
        "verstrekken.")
    d.p("**Timing.** Giften die in de maanden voor een verkiezing worden ontvangen, worden pas in het financieel "
        "verslag van het volgende jaar zichtbaar. Kiezers weten dus op de verkiezingsdag niet wie een partij in de "
        "campagne heeft gesteund.")

    d.hd("4  Opvolging van eerdere aanbevelingen")
    d.p("In haar jaarverslag over 2024 deed de commissie vier aanbevelingen. Tabel 2 geeft aan wat daarmee is gebeurd.")
    d.p("**Tabel 2** Aanbevelingen jaarverslag 2024", size=8.2, after=1, fam="sa")
    ruled(d, (8, 104, 50), [
        ("Nr.", "Aanbeveling 2024", "Stand van zaken"),
        ("1", "Verhoog het maximum van de bestuurlijke boete voor het niet tijdig indienen van het financieel verslag.",
         "Opgenomen in het wetsvoorstel"),
        ("2", "Leg vast dat partijen een overzicht van hun nevenorganisaties openbaar maken.", "Uitgevoerd (2025)"),
        ("3", "Verduidelijk de regels voor giften aan individuele kandidaten.", "Opgenomen in het wetsvoorstel"),
        ("4", "Stel een model op voor het financieel verslag.", "Nog niet uitgevoerd"),
    ])

    d.hd("5  Aanbevelingen")
    d.p("Het wetsvoorstel voor de Wet op de politieke partijen neemt een deel van de eerdere aanbevelingen over. Op grond "
        "van de bevindingen in hoofdstuk 3 en de ervaringen in het toezicht doet de commissie de minister de volgende "
        "aanbevelingen voor de verdere behandeling van het wetsvoorstel.")
    recs = (
        ("1.", "Schrijf voor dat partijen giften in natura, zoals kantoorruimte, advertentieruimte of gratis "
               "ter beschikking gesteld personeel, tegen de marktwaarde registreren."),
        ("2.", "Breid het verbod op giften van buiten de Europese Unie uit tot giften aan nevenorganisaties en "
               "lokale afdelingen van een partij."),
        ("3.", "Geef de toezichthouder de bevoegdheid om bij partijen en nevenorganisaties boeken en bescheiden in "
               "te zien en daarvan kopieën te maken."),
        ("4.", "Verplicht partijen om uiterlijk dertig dagen voor een Tweede Kamerverkiezing een tussentijds "
               "overzicht te publiceren van de giften die zij dat jaar hebben ontvangen."),
        ("5.", "Breng ook lokale politieke partijen die deelnemen aan gemeenteraadsverkiezingen onder de regels "
               "voor transparantie van giften."),
        ("6.", "Richt één openbaar digitaal register in waarin alle openbaar te maken giften per partij doorzoekbaar "
               "worden gepubliceerd."),
        ("7.", "Geef de toezichthouder een eigen begrotingsartikel en een secretariaat dat niet onder het "
               "ministerie valt."),
    )
    # framed box
    if d.get_y() + 80 > d.page_break_trigger:
        d.add_page()
    y0 = d.get_y()
    d.set_x(d.lm + 4)
    d.set_font("sa", "B", 9.4)
    d.set_text_color(*TEAL)
    d.multi_cell(d.tw - 8, 5, "Aanbevelingen aan de minister van Binnenlandse Zaken en Koninkrijksrelaties",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(1.5)
    for n, t in recs:
        d.item(n, t, lw=7, x=d.lm + 4, w=d.tw - 8, size=9.2)
    y1 = d.get_y()
    d.set_draw_color(*TEAL)
    d.set_line_width(0.5)
    d.rect(d.lm, y0 - 3, d.tw, y1 - y0 + 3)
    d.set_line_width(0.2)
    d.set_draw_color(0)
    d.ln(4)
    d.p("De commissie is graag bereid haar aanbevelingen toe te lichten in een gesprek met de vaste commissie voor "
        "Binnenlandse Zaken van de Tweede Kamer.")
    d.p("Den Haag, 24 juni 2026", after=1)
    d.p("mr. C.A. (Corien) Halbertsma-Oost, voorzitter", after=1)
    d.p("drs. W. (Wouter) Brinkgreve, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("se", "B", 15)
    d.cell(0, 8, "36 812", new_x="LMARGIN", new_y="NEXT")
    d.set_font("se", "", 10.5)
    d.multi_cell(d.tw, 5.4, "Regels over politieke partijen (Wet op de politieke partijen)", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(3)
    d.set_font("se", "B", 10)
    d.cell(0, 6, "Nr. 6   NOTA NAAR AANLEIDING VAN HET VERSLAG", new_x="LMARGIN", new_y="NEXT")
    d.set_font("se", "", 8.6)
    d.cell(0, 5, "Ontvangen 15 september 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(0)
    d.line(d.lm, d.get_y() + 2, d.lm + d.tw, d.get_y() + 2)
    d.ln(6)

    def H(t):
        d.hd(t, size=9.8, color=(0, 0, 0), before=2, fam="se")

    H("1. Inleiding")
    d.p("Met belangstelling heb ik kennisgenomen van het verslag van de vaste commissie voor Binnenlandse Zaken. Ik "
        "dank de leden van de fracties voor hun vragen en opmerkingen. In deze nota beantwoord ik de vragen in de "
        "volgorde van het verslag. Waar de vragen betrekking hebben op het jaarverslag 2025 van de Commissie van "
        "toezicht financiën politieke partijen, dat op 24 juni 2026 aan de Kamer is gezonden, ga ik ook in op de "
        "aanbevelingen uit dat jaarverslag.")

    H("2. Transparantie van giften")
    d.p("De leden van de fractie van Nieuw Midden vragen of het wetsvoorstel duidelijk maakt hoe giften in natura "
        "moeten worden gewaardeerd.")
    d.p("Het wetsvoorstel bepaalt in artikel 4.3 dat een gift in natura wordt gewaardeerd tegen de waarde die in het "
        "economisch verkeer gebruikelijk is. Ik deel de opvatting van de Commissie dat dit voor alle vormen van "
        "giften in natura moet gelden, dus ook voor ter beschikking gesteld personeel. De memorie van toelichting "
        "zal bij nota van wijziging op dit punt worden verduidelijkt.")
    d.p("De leden van de GroenRood-fractie vragen naar de aanbevelingen van de Commissie over buitenlandse giften en "
        "over de openbaarheid van giften in de aanloop naar verkiezingen.")
    d.p("Het verbod op giften van buiten de Europese Unie zal bij nota van wijziging ook gaan gelden voor "
        "nevenorganisaties en lokale afdelingen; daarmee wordt een ontsnappingsroute gesloten die de Commissie "
        "terecht heeft gesignaleerd. Een tussentijds overzicht van giften vlak voor de verkiezingen acht de regering "
        "niet proportioneel. Partijen zouden midden in de campagne een extra verantwoording moeten opstellen, terwijl "
        "grote giften op grond van het wetsvoorstel al binnen drie dagen openbaar worden. Dat voorstel neem ik "
        "daarom niet over.")

    H("3. Toezicht en handhaving")
    d.p("De leden van de SVP-fractie vragen of de nieuwe Autoriteit politieke partijen voldoende bevoegdheden krijgt.")
    d.p("Aanbeveling 3 van de Commissie gaat verder dan het wetsvoorstel. De Autoriteit krijgt met het wetsvoorstel de "
        "bevoegdheden van titel 5.2 van de Algemene wet bestuursrecht, met uitzondering van de bevoegdheid om "
        "plaatsen te betreden. Inzage in boeken en bescheiden is daarmee mogelijk, ook bij nevenorganisaties. Het "
        "maken van kopieën valt daar eveneens onder. Een bevoegdheid om zonder toestemming de ruimten van een "
        "politieke partij te betreden, acht ik in een democratische rechtsstaat echter niet passend; die blijft "
        "uitgesloten.")
    d.p("Dezelfde leden vragen hoe de onafhankelijkheid van de Autoriteit wordt gewaarborgd.")
    d.p("De Autoriteit wordt een zelfstandig bestuursorgaan met een eigen begrotingsartikel binnen hoofdstuk VII van "
        "de rijksbegroting en een eigen secretariaat, dat niet onder de hiërarchie van het ministerie valt. Daarmee "
        "volg ik het advies van de Commissie op dit punt volledig.")

    H("4. Verbod op politieke partijen")
    d.p("De leden van de VDP-fractie vragen waarom de bevoegdheid om een partij te verbieden bij de Hoge Raad is "
        "belegd en niet bij de Afdeling bestuursrechtspraak van de Raad van State.")
    d.p("Het verbod van een politieke partij is een ingrijpende maatregel. De regering heeft aansluiting gezocht bij "
        "de bestaande regeling in artikel 2:20 van het Burgerlijk Wetboek, waarin de rechtbank en in hoger beroep het "
        "gerechtshof en de Hoge Raad oordelen. Daarmee blijft de rechtsbescherming in één hand.")

    H("5. Decentrale partijen en subsidies")
    d.p("De leden van de fractie van Nieuw Midden vragen naar de positie van lokale politieke partijen.")
    d.p("Ik heb kennisgenomen van de wens van de Commissie om lokale partijen onder de transparantieregels te brengen. "
        "De Vereniging van Nederlandse Gemeenten en de vereniging van lokale partijen hebben erop gewezen dat veel "
        "lokale partijen geen professionele organisatie hebben. Ik betrek dit punt bij de evaluatie van de wet, die "
        "drie jaar na de inwerkingtreding plaatsvindt.")
    d.p("De leden van de GroenRood-fractie vragen of de subsidie voor politieke jongerenorganisaties wordt verhoogd.")
    d.p("Het wetsvoorstel houdt het bedrag per lid van een jongerenorganisatie gelijk, maar de minimumsubsidie per "
        "jongerenorganisatie stijgt van 40 000 naar 55 000 euro. Dit is in de financiële paragraaf van de memorie "
        "van toelichting verwerkt.")
    d.ln(2)
    d.p("De minister van Binnenlandse Zaken en Koninkrijksrelaties,", after=5)
    d.p("A.J. (Annemieke) Roosendaal-de Vries")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "Schrijf voor dat partijen giften in natura, zoals kantoorruimte, advertentieruimte",
         "Ik deel de opvatting van de Commissie dat dit voor", "agrees"),
        ("2", "Breid het verbod op giften van buiten de Europese Unie uit",
         "daarmee wordt een ontsnappingsroute gesloten die de Commissie terecht heeft gesignaleerd", "agrees"),
        ("3", "Geef de toezichthouder de bevoegdheid om bij partijen en nevenorganisaties",
         "Aanbeveling 3 van de Commissie gaat verder dan het wetsvoorstel", "partly"),
        ("4", "Verplicht partijen om uiterlijk dertig dagen voor een Tweede Kamerverkiezing",
         "Dat voorstel neem ik daarom niet over", "disagrees"),
        ("5", "Breng ook lokale politieke partijen die deelnemen aan gemeenteraadsverkiezingen onder",
         "Ik betrek dit punt bij de evaluatie van de wet", "noted"),
        ("6", "Richt één openbaar digitaal register in waarin alle openbaar te maken",
         None, "unanswered"),
        ("7", "Geef de toezichthouder een eigen begrotingsartikel en een secretariaat dat",
         "Daarmee volg ik het advies van de Commissie op dit punt volledig", "agrees"),
    ], ["Met belangstelling heb ik kennisgenomen van het verslag van de vaste commissie",
        "waarom de bevoegdheid om een partij te verbieden bij de Hoge Raad",
        "de minimumsubsidie per jongerenorganisatie stijgt van 40 000 naar 55 000 euro"],
        "JAARVERSLAG 2025 of the Commissie van toezicht financiën politieke partijen (a supervisor; the Kamerstuk "
        "number, figures, parties and people are invented; the Wfpp and the Awb are real) whose chapter 5 addresses "
        "recommendations to the minister of BZK about a pending bill. The seven recommendations are the imperative "
        "items 1.-7. with hanging numbers in a framed teal box 'Aanbevelingen aan de minister van Binnenlandse Zaken "
        "en Koninkrijksrelaties' at the end. Not recommendations: the statutory reporting duty ('moet de commissie "
        "jaarlijks ... verslag uitbrengen'), table 1 of fines, the findings in chapter 3 with bold run-in titles "
        "('Partijen moeten giften boven 1 000 euro registreren', 'zouden die ... moeten waarderen'), and table 2 of "
        "LAST year's recommendations numbered 1-4 (imperatives too: 'Verhoog ...', 'Leg vast ...') with a status "
        "column - a second numbered set of the same numbers. Response: Kamerstuk 36 812 nr. 6, NOTA NAAR AANLEIDING "
        "VAN HET VERSLAG (serif Kamerstuk style, running 'Tweede Kamer, vergaderjaar ...' header, 'kst-36812-6' "
        "footer), sections 1-5 of its own (section numbers are NOT recommendation numbers), each with 'De leden van "
        "de ...-fractie vragen ...' questions and the answer below; only recommendation 3 is named by number "
        "('Aanbeveling 3 van de Commissie'), the rest by content, in the order 1, 2+4, 3, 7, 5. 2: 1 agrees ('Ik deel "
        "de opvatting van de Commissie', nota van wijziging); ONE answer to the GroenRood question: 2 agrees (ban "
        "extended by nota van wijziging) + 4 disagrees ('niet proportioneel', 'Dat voorstel neem ik daarom niet "
        "over'); 3: 3 partly (inspection and copies yes, entering premises excluded) and 7 agrees (own budget "
        "article and secretariat); 5: 5 noted ('Ik heb kennisgenomen van de wens', to the evaluation after three "
        "years). 6 (digital register) UNANSWERED. 1 Inleiding, 4 Verbod op politieke partijen (question and answer) "
        "and the question on subsidies for youth organisations answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

"""Round 52 (nl): an (invented) ONDERZOEKSRAPPORT of the Belgian FEDERALE OMBUDSMAN, onderzoek op eigen initiatief
OI 2026/01 on the Dienst voor alimentatievorderingen (DAVO, FOD Financien); seven CODED recommendations in framed
boxes: officiele aanbevelingen 'OA 26/01'-'OA 26/05' to the FOD and algemene aanbevelingen 'AA 26/01'-'AA 26/02' to
the Kamer, after numbered 'Vaststelling 1'-'Vaststelling 4' findings (with 'moet'), a table of processing times, the
earlier recommendation OA 19/07 quoted with its follow-up status, and articles of the DAVO law. Answered by an
extract of the ALGEMENE BELEIDSNOTA of the minister of Financien (Kamer, DOC 56 0812/014, page 23): sections 4.2
(invordering), 4.3 (DAVO; replies without codes, one with a code in parentheses) and 4.4 (patrimoniumdocumentatie,
answering nothing). Engine: fpdf2 (DejaVu, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind52nl/bin/python tests/docs/src/blind52/gen_nl_federaal_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b52nl as B  # noqa: E402

NAME = "blind52_nl_federaal"
DV = "/usr/share/fonts/truetype/dejavu/"
PURPLE = (88, 44, 131)


class Doc(FPDF):
    def __init__(self, head, foot, first_page_head=False, page_offset=0):
        super().__init__(format="A4")
        self.head, self.foot, self.fph, self.off = head, foot, first_page_head, page_offset
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("ds", stl, DV + f)
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.fam = "dv"

    def header(self):
        if self.page_no() > 1 or self.fph:
            self.set_font(self.fam, "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            n = self.page_no() + self.off
            if self.off:
                left, right = (f"{n}", self.head[1]) if n % 2 == 0 else (self.head[1], f"{n}")
                self.cell(83, 5, left, align="L")
                self.cell(83, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                self.cell(83, 5, self.head[0])
                self.cell(83, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(120)
            self.line(22, 17, 188, 17)
            self.set_y(22)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font(self.fam, "", 7)
        self.set_text_color(110)
        if self.off:
            self.cell(0, 5, self.foot, align="C")
        else:
            self.cell(120, 5, self.foot)
            self.cell(46, 5, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.7, align="J"):
        self.set_font(self.fam, stl, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(1.5)

    def hd(self, t, size=11, color=PURPLE):
        self.ln(1.5)
        if self.get_y() + 22 > self.page_break_trigger:
            self.add_page()
        self.set_text_color(*color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def rec(self, code, addressee, text):
        self.ln(0.5)
        self.set_font("dv", "", 9.2)
        lines = len(self.multi_cell(156, 4.7, text, dry_run=True, output="LINES"))
        hgt = lines * 4.7 + 12
        if self.get_y() + hgt > self.page_break_trigger:
            self.add_page()
        y0 = self.get_y()
        self.set_draw_color(*PURPLE)
        self.set_line_width(0.5)
        self.rect(22, y0, 166, hgt)
        self.set_fill_color(*PURPLE)
        self.rect(22, y0, 166, 6.5, "F")
        self.set_xy(25, y0 + 0.8)
        self.set_text_color(255)
        self.set_font("dv", "B", 8.6)
        self.cell(40, 5, code)
        self.set_font("dv", "", 7.8)
        self.cell(118, 5, addressee, align="R")
        self.set_text_color(0)
        self.set_xy(27, y0 + 8.5)
        self.set_font("dv", "", 9.2)
        self.multi_cell(156, 4.7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_y(y0 + hgt + 3)
        self.set_line_width(0.2)


def advice():
    d = Doc(("Federale Ombudsman", "OI 2026/01 | Voorschotten die op zich laten wachten"),
            "Federale Ombudsman | Leuvenseweg 48 bus 6, 1000 Brussel | www.federaalombudsman.be")
    d.alias_nb_pages()
    d.add_page()
    d.set_fill_color(*PURPLE)
    d.rect(0, 0, 210, 9, "F")
    d.set_y(16)
    d.set_font("dv", "B", 13)
    d.set_text_color(*PURPLE)
    d.cell(0, 6, "de federale Ombudsman", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8)
    d.set_text_color(90)
    d.cell(0, 5, "Onderzoeksrapport  |  onderzoek op eigen initiatief  |  referentie OI 2026/01  |  Brussel, "
           "12 februari 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(6)
    d.set_font("dv", "B", 19)
    d.multi_cell(166, 9, "Voorschotten die op zich laten wachten", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 11)
    d.multi_cell(166, 6, "De werking van de Dienst voor alimentatievorderingen (DAVO) van de FOD Financiën",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.hd("1. Waarom dit onderzoek?")
    d.p("De DAVO schiet onderhoudsgeld voor aan ouders wiens ex-partner de alimentatie voor de kinderen niet betaalt, "
        "en vordert het bedrag daarna terug bij de onderhoudsplichtige. In 2024 en 2025 ontving de federale "
        "Ombudsman 214 klachten over de dienst, bijna twee keer zoveel als in 2022. De klachten gaan vooral over "
        "lange behandelingstermijnen, gebrekkige informatie en voorschotten die zonder uitleg worden stopgezet.")
    d.p("De federale Ombudsman opende daarom op 3 maart 2025 een onderzoek op eigen initiatief op grond van "
        "artikel 1, eerste lid, 3°, van de wet van 22 maart 1995 tot instelling van federale ombudsmannen. Hij "
        "sprak met de leiding van de DAVO, met medewerkers van vier regionale kantoren, met de Gezinsbond en met "
        "advocaten familierecht, en analyseerde 120 dossiers.")
    d.hd("2. Het wettelijk kader")
    d.p("De wet van 21 februari 2003 tot oprichting van een Dienst voor alimentatievorderingen bij de FOD Financiën "
        "bepaalt in artikel 4 dat voorschotten worden toegekend aan wie maandelijks niet meer dan 2 400 euro netto "
        "bestaansmiddelen heeft, te verhogen met 100 euro per kind ten laste. Artikel 15 bepaalt dat de DAVO binnen "
        "dertig dagen na een volledige aanvraag beslist.")
    d.hd("3. Vaststellingen")
    d.p("**Vaststelling 1.** In 46 van de 120 onderzochte dossiers werd de termijn van dertig dagen overschreden; "
        "de mediane behandelingstermijn bedroeg 58 dagen (zie tabel).")
    d.set_font("dv", "B", 8)
    d.set_fill_color(232, 225, 240)
    for w, t in ((56, "Regionaal kantoor"), (22, "Dossiers"), (46, "Mediane termijn (dagen)"), (42, "Binnen 30 dagen")):
        d.cell(w, 6, t, border="B", fill=True)
    d.ln()
    d.set_font("dv", "", 8)
    for row in (("Antwerpen", "34", "61", "29 %"), ("Gent", "28", "49", "43 %"), ("Brussel", "31", "72", "19 %"),
                ("Luik (Nederlandstalige dossiers)", "27", "44", "52 %"), ("Totaal", "120", "58", "35 %")):
        for w, t in zip((56, 22, 46, 42), row):
            d.cell(w, 5.5, t, border="B")
        d.ln()
    d.ln(3)
    d.p("**Vaststelling 2.** Aanvragers krijgen geen ontvangstbevestiging en weten niet welke stukken ontbreken. De "
        "DAVO moet volgens het beginsel van actieve informatieverstrekking (artikel 32 van de Grondwet en het "
        "Handvest van de gebruiker van de openbare diensten) uit zichzelf informeren.")
    d.p("**Vaststelling 3.** Het voorschot wordt op wisselende dagen betaald, soms pas na de twintigste van de "
        "maand, terwijl de huur en de kosten van de kinderen bij het begin van de maand vallen.")
    d.p("**Vaststelling 4.** Wanneer de inkomensgegevens van de aanvrager niet tijdig automatisch beschikbaar zijn, "
        "zet het systeem het voorschot stop. In 17 dossiers gebeurde dat ten onrechte.")
    d.p("De federale Ombudsman formuleerde in 2019 al een aanbeveling over de informatie aan aanvragers:")
    d.set_text_color(70)
    d.p("OA 19/07: 'Vermeld in elke beslissing over een voorschot de berekening en de mogelijkheden om de beslissing "
        "aan te vechten.' Stand van zaken: gedeeltelijk gerealiseerd (de berekening wordt vermeld, de "
        "beroepsmogelijkheden niet).", "I", 8.6, indent=8)
    d.set_text_color(0)
    d.hd("4. Aanbevelingen")
    d.p("Op grond van artikel 14, derde lid, van de wet van 22 maart 1995 richt de federale Ombudsman de volgende "
        "officiële aanbevelingen aan de FOD Financiën en algemene aanbevelingen aan de Kamer van "
        "volksvertegenwoordigers.")
    d.rec("OA 26/01", "aan de FOD Financiën (DAVO)",
          "De DAVO neemt de nodige organisatorische maatregelen om in ten minste 90 procent van de dossiers binnen "
          "de wettelijke termijn van dertig dagen te beslissen.")
    d.rec("OA 26/02", "aan de FOD Financiën (DAVO)",
          "Stuur binnen vijf werkdagen een ontvangstbevestiging met een lijst van de ontbrekende stukken en de "
          "naam van een contactpunt.")
    d.rec("OA 26/03", "aan de FOD Financiën (DAVO)",
          "Betaal de maandelijkse voorschotten op een vaste dag, uiterlijk de vijfde werkdag van de maand.")
    d.rec("OA 26/04", "aan de FOD Financiën (DAVO)",
          "Wijs elke aanvrager een vaste dossierbeheerder toe die telefonisch en per e-mail rechtstreeks bereikbaar "
          "is.")
    d.rec("OA 26/05", "aan de FOD Financiën (DAVO)",
          "Zet een voorschot nooit automatisch stop zonder de aanvrager eerst te horen en hem een termijn van "
          "vijftien dagen te geven om zijn inkomsten aan te tonen.")
    d.rec("AA 26/01", "aan de Kamer van volksvertegenwoordigers",
          "Het is aangewezen dat de wetgever het inkomensplafond van artikel 4 van de wet van 21 februari 2003 "
          "optrekt tot 2 800 euro en het voortaan automatisch indexeert.")
    d.rec("AA 26/02", "aan de Kamer van volksvertegenwoordigers",
          "Kan de wetgever overwegen om de DAVO de bevoegdheid te geven om rechtstreeks beslag te leggen op de "
          "sociale uitkeringen van de onderhoudsplichtige?")
    d.hd("5. Opvolging")
    d.p("De federale Ombudsman vraagt de FOD Financiën om binnen drie maanden te laten weten welk gevolg hij aan de "
        "officiële aanbevelingen geeft. Over de opvolging wordt gerapporteerd in het jaarverslag 2026.")
    d.p("David Lenaerts en Eline Van Damme, federale Ombudsmannen", "I", 9, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    foot = ("KAMER  \u2022  2e ZITTING VAN DE 56e ZITTINGSPERIODE          2025          2026          CHAMBRE  "
            "\u2022  2e SESSION DE LA 56e LÉGISLATURE")
    d = Doc(("", "DOC 56 0812/014"), foot, first_page_head=True, page_offset=22)
    d.fam = "ds"
    d.add_page()
    d.p("(...) invorderingsacties die in 2025 werden opgestart, leverden 312 miljoen euro op, tegenover "
        "287 miljoen euro in 2024.", "", 9.4)
    d.hd("4.2. Invordering van niet-fiscale schulden", 10.5, (0, 0, 0))
    d.p("De Algemene Administratie Inning en Invordering zal in 2026 de elektronische betalingsherinnering voor "
        "niet-fiscale schulden veralgemenen. De sms-herinnering die in 2025 werd getest, wordt behouden.", "", 9.4)
    d.hd("4.3. Dienst voor alimentatievorderingen (DAVO)", 10.5, (0, 0, 0))
    d.p("De federale Ombudsman heeft in zijn rapport OI 2026/01 een kritisch beeld geschetst van de werking van de "
        "DAVO. Ik neem die vaststellingen ernstig. De DAVO is een dienst die gezinnen in een kwetsbare situatie "
        "helpt, en die gezinnen verdienen een snelle en voorspelbare behandeling.", "", 9.4)
    d.p("De achterstand wordt weggewerkt. Met de aanwerving van achttien bijkomende dossierbeheerders en een "
        "nieuwe triage bij de intake moet de DAVO tegen eind 2026 in minstens negen op de tien dossiers binnen "
        "de wettelijke termijn beslissen.", "", 9.4)
    d.p("Wat het inkomensplafond betreft, zal ik de Ministerraad voorstellen het bedrag vanaf 2027 jaarlijks te "
        "indexeren. Een verhoging tot 2 800 euro is budgettair niet mogelijk binnen het huidige meerjarenkader.",
        "", 9.4)
    d.p("Vanaf 1 september 2026 krijgt elke aanvrager via MyMinfin automatisch een ontvangstbevestiging met de "
        "ontbrekende stukken en een contactpunt. Een vaste betaaldag kan ik daarentegen niet garanderen: de "
        "voorschotten volgen de terugbetalingscyclus van de Thesaurie, en een vervroeging naar het begin van "
        "de maand zou een voorfinanciering van ongeveer 9 miljoen euro per jaar vergen.", "", 9.4)
    d.p("Een persoonlijke dossierbeheerder voor elke aanvrager (OA 26/04) is met de huidige personeelsformatie "
        "niet haalbaar. De DAVO werkt met teams per regio; via het centrale nummer 0257 257 57 wordt de "
        "aanvrager doorverbonden met het team dat zijn dossier behandelt.", "", 9.4)
    d.p("De vraag of de DAVO rechtstreeks beslag moet kunnen leggen op sociale uitkeringen, raakt aan de "
        "bescherming van het bestaansminimum. Het is aan de Kamer om daarover te oordelen; mijn administratie "
        "staat ter beschikking voor een hoorzitting in de commissie Financiën.", "", 9.4)
    d.hd("4.4. Algemene Administratie van de Patrimoniumdocumentatie", 10.5, (0, 0, 0))
    d.p("De digitalisering van de hypotheekkantoren wordt in 2026 afgerond. Notarissen krijgen vanaf het tweede "
        "kwartaal toegang tot de geconsolideerde kadastrale legger via één beveiligd portaal.", "", 9.4)
    d.p("De behandelingstermijn voor aanvragen tot herschatting van het kadastraal inkomen daalt naar "
        "gemiddeld vier maanden.", "", 9.4)
    d.hd("5. Fiscale fraudebestrijding", 10.5, (0, 0, 0))
    d.p("Het actieplan fraudebestrijding 2026-2029 wordt in het voorjaar aan de Kamer voorgelegd. Het legt de "
        "nadruk op datamining, op de samenwerking met de sociale inspectiediensten en op (...)", "", 9.4)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("OA 26/01", "De DAVO neemt de nodige organisatorische maatregelen om in",
         "in minstens negen op de tien dossiers binnen", "agrees"),
        ("OA 26/02", "Stuur binnen vijf werkdagen een ontvangstbevestiging met een lijst",
         "krijgt elke aanvrager via MyMinfin automatisch een ontvangstbevestiging", "agrees"),
        ("OA 26/03", "Betaal de maandelijkse voorschotten op een vaste dag, uiterlijk",
         "Een vaste betaaldag kan ik daarentegen niet garanderen", "disagrees"),
        ("OA 26/04", "Wijs elke aanvrager een vaste dossierbeheerder toe die telefonisch",
         "met de huidige personeelsformatie niet haalbaar", "disagrees", ["partly"]),
        ("OA 26/05", "Zet een voorschot nooit automatisch stop zonder de aanvrager", None, "unanswered"),
        ("AA 26/01", "Het is aangewezen dat de wetgever het inkomensplafond van",
         "het bedrag vanaf 2027 jaarlijks te indexeren", "partly"),
        ("AA 26/02", "Kan de wetgever overwegen om de DAVO de bevoegdheid",
         "Het is aan de Kamer om daarover te oordelen", "noted"),
    ], ["digitalisering van de hypotheekkantoren wordt in 2026 afgerond"],
        "Federale Ombudsman OI 2026/01: seven coded boxes OA 26/01-05 (FOD) and AA 26/01-02 (Kamer; one phrased as "
        "'Het is aangewezen dat', one as a question); Vaststelling 1-4 (with 'moet'), the table and the quoted OA "
        "19/07 are not recommendations. Beleidsnota section 4.3 answers without codes except OA 26/04: OA 26/01 "
        "agrees (90 % by end 2026); AA 26/01 next; OA 26/02 agrees and OA 26/03 disagrees in one paragraph; OA 26/04 disagrees "
        "(teams and a central number instead); AA 26/01 partly (indexation yes, raise no); AA 26/02 noted (up to "
        "the Kamer); OA 26/05 (no automatic stop) unanswered. Sections 4.2, 4.4 and 5 answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()

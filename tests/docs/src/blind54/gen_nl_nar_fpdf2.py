"""Round 54 (nl): an (invented) ADVIES of the Belgian NATIONALE ARBEIDSRAAD, nr. 2.471, on a voorontwerp van wet
'houdende diverse bepalingen inzake arbeid' (structureel telewerk and the recht op deconnectie): NAR title block
('A D V I E S  Nr. 2.471', 'Zitting van ...', 'x x x'), page numbers '- N -' at the top, the referral paragraph,
I. Voorwerp (articles 4, 6, 8, 9, 12, 17 of the draft, figures table), II. Standpunt van de Raad with lettered
sub-sections A-F; the seven recommendations are UNNUMBERED prose sentences ('De Raad beveelt aan ...', 'De Raad
vraagt ...', 'Daarnaast stelt de Raad voor ...', 'Hij verzoekt ...'), among traps: a quoted recommendation of the
earlier advice nr. 2.295 (imperative), 'moet' findings, article numbers of the Sociaal Strafwetboek, and a
DIVERGENT section D where the employers' and the workers' members each 'vragen' something (no position of the Raad).
Answered by the AMENDEMENTEN of the government in the Kamer (DOC 56 1187/003): amendments Nr. 5-10 in article order
(so another order than the advice), each with a 'VERANTWOORDING'; Nr. 5 answers two recommendations with different
verdicts, Nr. 8 only takes note and refers, Nr. 10 (flexi-jobs) answers nothing, the evaluation is not answered.
Engine: fpdf2 (DejaVu, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind54nl/bin/python tests/docs/src/blind54/gen_nl_nar_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b54nl as B  # noqa: E402

NAME = "blind54_nl_nar"
DV = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            self.add_font("sa", stl, DV + f)
        self.set_margins(25, 22, 25)
        self.set_auto_page_break(True, 24)

    def header(self):
        if self.kind == "adv":
            if self.page_no() > 1:
                self.set_font("se", "", 9)
                self.set_y(12)
                self.cell(0, 5, f"- {self.page_no()} -", align="C", new_x="LMARGIN", new_y="NEXT")
                self.set_y(22)
        else:
            self.set_font("sa", "B", 8.5)
            self.set_y(11)
            if self.page_no() % 2:
                self.cell(0, 5, "DOC 56 1187/003", align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                self.cell(0, 5, "DOC 56 1187/003", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0)
            self.line(25, 17, 185, 17)
            self.set_y(22)

    def footer(self):
        if self.kind == "adv":
            self.set_y(-15)
            self.set_font("se", "I", 7.5)
            self.cell(80, 5, "Advies nr. 2.471")
            self.cell(80, 5, "Nationale Arbeidsraad", align="R")
        else:
            self.set_y(-16)
            self.set_draw_color(0)
            self.line(25, self.get_y(), 185, self.get_y())
            self.set_font("sa", "", 6.8)
            self.cell(120, 5, "KAMER • 2e ZITTING VAN DE 56e ZITTINGSPERIODE        2026        "
                              "CHAMBRE • 2e SESSION DE LA 56e LÉGISLATURE")
            self.set_font("sa", "B", 9)
            self.cell(40, 5, str(self.page_no()), align="R")

    def p(self, t, stl="", size=10, indent=0, h=5.1, align="J", fam="se", after=2.2):
        self.set_font(fam, stl, size)
        self.set_x(25 + indent)
        self.multi_cell(160 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(after)

    def hd(self, t, size=10.5, fam="se"):
        self.ln(2)
        if self.get_y() + 22 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", fam=fam)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_font("se", "B", 12)
    d.cell(0, 6, "N A T I O N A L E    A R B E I D S R A A D", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(14)
    d.set_font("se", "B", 13)
    d.cell(0, 7, "A D V I E S   Nr. 2.471", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("se", "", 10)
    d.cell(0, 6, "-----------------------------", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.cell(0, 6, "Zitting van dinsdag 24 maart 2026", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("se", "B", 10.5)
    d.multi_cell(0, 5.6, "Voorontwerp van wet houdende diverse bepalingen inzake arbeid -\nStructureel telewerk en "
                         "recht op deconnectie", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("se", "", 10)
    d.cell(0, 6, "x       x       x", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.p("Bij brief van 9 februari 2026 heeft de heer J. Vandermeulen, minister van Werk, het advies van de "
        "Nationale Arbeidsraad gevraagd over een voorontwerp van wet houdende diverse bepalingen inzake arbeid. Het "
        "voorontwerp regelt onder meer het structureel telewerk en het recht op deconnectie.")
    d.p("De behandeling van dit dossier werd toevertrouwd aan de commissie Individuele Arbeidsverhoudingen.")
    d.p("Op verslag van die commissie heeft de Raad op 24 maart 2026 het volgende advies uitgebracht.")
    d.ln(2)
    d.p("x       x       x", align="C")
    d.hd("ADVIES VAN DE NATIONALE ARBEIDSRAAD", 11)
    d.hd("I.   VOORWERP EN DRAAGWIJDTE VAN DE ADVIESAANVRAAG")
    d.p("Het voorontwerp bevat vijf hoofdstukken. Voor dit advies zijn de volgende bepalingen van belang:")
    for t in ("- artikel 4 verplicht ondernemingen met ten minste twintig werknemers om afspraken over het recht "
              "op deconnectie op te nemen in het arbeidsreglement (artikel 16 van de wet van 26 maart 2018);",
              "- artikel 6 geeft werknemers het recht om structureel telewerk aan te vragen; de werkgever moet een "
              "weigering binnen een maand schriftelijk motiveren;",
              "- artikel 8 verhoogt de forfaitaire vergoeding voor telewerkkosten tot 151,70 euro per maand;",
              "- artikel 9 heft de verwijzing naar collectieve arbeidsovereenkomst nr. 85 van 9 november 2005 "
              "betreffende het telewerk op;",
              "- artikel 12 voegt een artikel 138/1 in het Sociaal Strafwetboek in, dat het ontbreken van "
              "afspraken over deconnectie bestraft met een sanctie van niveau 2;",
              "- artikel 17 bepaalt dat de wet in werking treedt op de eerste dag van de maand na de "
              "bekendmaking in het Belgisch Staatsblad."):
        d.p(t, indent=6, after=1)
    d.ln(2)
    d.p("Ter informatie geeft de Raad het aandeel werknemers dat ten minste een dag per week telewerkt, volgens de "
        "Enquête naar de Arbeidskrachten (Statbel):")
    d.set_font("se", "B", 8.8)
    cols = (70, 30, 30, 30)
    for w, t in zip(cols, ("Sector", "2019", "2022", "2025")):
        d.cell(w, 6, t, border="TB", align="L" if t == "Sector" else "R")
    d.ln()
    d.set_font("se", "", 8.8)
    for row in (("Financiële diensten", "31 %", "68 %", "61 %"), ("Openbaar bestuur", "18 %", "57 %", "52 %"),
                ("Industrie", "9 %", "24 %", "21 %"), ("Handel", "6 %", "14 %", "13 %"),
                ("Alle sectoren", "17 %", "36 %", "33 %")):
        for w, t in zip(cols, row):
            d.cell(w, 5.4, t, border="B", align="L" if w == 70 else "R")
        d.ln()
    d.ln(4)
    d.hd("II.   STANDPUNT VAN DE RAAD")
    d.hd("A.   Algemene beschouwingen", 10)
    d.p("De Raad stelt vast dat de regering met dit voorontwerp gedeeltelijk ingaat op zijn advies nr. 2.295 van "
        "20 september 2022. Hij herinnert eraan dat hij toen het volgende vroeg:")
    d.p("\"Laat de sociale partners in de sectoren de ruimte om de afspraken over telewerk af te stemmen op de "
        "eigenheid van elke sector, en vermijd dat de wet de bestaande collectieve arbeidsovereenkomsten "
        "doorkruist.\"", "I", 9.4, indent=10)
    d.p("Die vraag blijft volgens de Raad onverminderd actueel. Een regeling die de organisatie van het werk raakt, "
        "moet in de eerste plaats in het sociaal overleg tot stand komen. De Raad betreurt bovendien dat hem "
        "slechts zes weken werden gegeven om zich uit te spreken over een ontwerp met deze draagwijdte.")
    d.hd("B.   Structureel telewerk (artikelen 8 en 9)", 10)
    d.p("De verhoging van de forfaitaire vergoeding wordt door de Raad positief onthaald. Het bedrag van 151,70 euro "
        "ligt echter vast, terwijl de kosten voor energie en internetverbinding sinds 2022 sterk zijn gestegen. "
        "De Raad beveelt aan het bedrag van de forfaitaire vergoeding in artikel 8 jaarlijks te indexeren, volgens "
        "hetzelfde mechanisme als de andere forfaitaire onkostenvergoedingen.")
    d.p("Collectieve arbeidsovereenkomst nr. 85 bevat het kader voor het structureel telewerk dat de sociale "
        "partners zelf hebben afgesproken, onder meer over de vrijwilligheid en de terugkeer naar de werkplek. De "
        "opheffing van de verwijzing zou de indruk wekken dat die regels niet langer gelden. De Raad vraagt de "
        "verwijzing naar collectieve arbeidsovereenkomst nr. 85 in artikel 9 te behouden.")
    d.hd("C.   Recht op deconnectie (artikel 4)", 10)
    d.p("Het voorontwerp bepaalt dat de afspraken over deconnectie in het arbeidsreglement moeten worden opgenomen. "
        "In verschillende sectoren, zoals de sector van de bedienden uit de metaalverwerkende nijverheid en de "
        "banksector, bestaan al sectorale afspraken. De Raad vraagt in artikel 4 te bepalen dat de afspraken over "
        "deconnectie ook in een sectorale collectieve arbeidsovereenkomst kunnen worden gemaakt.")
    d.p("Kleine ondernemingen zonder syndicale afvaardiging beschikken vaak niet over de kennis om zulke afspraken "
        "op te stellen. Daarnaast stelt de Raad voor dat de FOD Werkgelegenheid, Arbeid en Sociaal Overleg, na "
        "raadpleging van de Raad, een modelregeling opstelt voor ondernemingen zonder syndicale afvaardiging.")
    d.hd("D.   Recht om structureel telewerk aan te vragen (artikel 6)", 10)
    d.p("Over artikel 6 heeft de Raad geen eenparig standpunt kunnen innemen.")
    d.p("De leden die de werkgeversorganisaties vertegenwoordigen, vragen artikel 6 te schrappen. Zij zijn van "
        "oordeel dat de motiveringsplicht binnen een maand een onevenredige administratieve last legt op kleine "
        "ondernemingen en dat collectieve arbeidsovereenkomst nr. 85 volstaat.")
    d.p("De leden die de werknemersorganisaties vertegenwoordigen, vragen de termijn voor de motivering in te korten "
        "tot vijftien dagen en een beroepsmogelijkheid bij de sociaal bemiddelaar in te voeren.")
    d.hd("E.   Sancties (artikel 12)", 10)
    d.p("Het voorgestelde artikel 138/1 van het Sociaal Strafwetboek bestraft het ontbreken van afspraken met een "
        "sanctie van niveau 2. De Raad merkt op dat ondernemingen die de verplichting uit de wet van 26 maart 2018 "
        "nog niet kenden, daardoor onmiddellijk strafbaar worden. De Raad vraagt de regering te voorzien in een "
        "overgangsperiode van een jaar, waarin de sociale inspectiediensten bij een vastgestelde inbreuk eerst een "
        "waarschuwing geven.")
    d.hd("F.   Inwerkingtreding en evaluatie (artikel 17)", 10)
    d.p("Artikel 17 laat de ondernemingen en de paritaire comités geen tijd om het arbeidsreglement aan te passen of "
        "een collectieve arbeidsovereenkomst te sluiten. De procedure tot wijziging van het arbeidsreglement "
        "duurt alleen al minstens vier weken (artikelen 11 en 12 van de wet van 8 april 1965). De Raad vraagt de "
        "inwerkingtreding van hoofdstuk 2 uit te stellen tot de eerste dag van de zesde maand na de bekendmaking.")
    d.p("Hij verzoekt de regering de wet twee jaar na de inwerkingtreding te evalueren en de resultaten van die "
        "evaluatie aan de Raad voor te leggen.")
    d.hd("III.   SLOTBESCHOUWING", 10)
    d.p("De Raad zal de uitvoering van de nieuwe regels nauwgezet opvolgen. Hij behoudt zich het recht voor om op "
        "eigen initiatief een advies uit te brengen over de gevolgen van het telewerk voor de mobiliteit en voor de "
        "kantoorruimte van de ondernemingen.")
    d.ln(4)
    d.p("x       x       x", align="C")
    d.output(B.out(NAME + "_advice.pdf"))


def amend(d, nr, art, text, just):
    d.ln(3)
    if d.get_y() + 45 > d.page_break_trigger:
        d.add_page()
    d.p(f"Nr. {nr} VAN DE REGERING", "B", 10, align="C", fam="sa", after=2)
    d.p(art, "B", 9.5, align="L", fam="sa", after=1.5)
    for t in text:
        d.p(t, size=9.6, h=4.9)
    d.p("VERANTWOORDING", "B", 9.5, align="C", fam="sa", after=1.5)
    for t in just:
        d.p(t, size=9.6, h=4.9)
    d.p("De minister van Werk,\n\nJan VANDERMEULEN", "", 9.6, align="L", indent=80, h=4.9)


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 13)
    d.ln(4)
    d.cell(0, 7, "BELGISCHE KAMER VAN", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 7, "VOLKSVERTEGENWOORDIGERS", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("sa", "", 10)
    d.cell(0, 6, "21 april 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.set_font("sa", "B", 11)
    d.cell(0, 6, "WETSONTWERP", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10.5)
    d.cell(0, 6, "houdende diverse bepalingen inzake arbeid", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("sa", "B", 12)
    d.cell(0, 7, "AMENDEMENTEN", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("sa", "", 8)
    d.multi_cell(70, 4, "Zie:\n\nDoc 56 1187/ (2025/2026):\n001: Wetsontwerp.\n002: Amendementen.",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.line(25, d.get_y(), 185, d.get_y())
    d.ln(3)
    amend(d, 5, "Art. 4",
          ["In het voorgestelde artikel 16, eerste lid, van de wet van 26 maart 2018, de woorden \"in het "
           "arbeidsreglement\" vervangen door de woorden \"in een collectieve arbeidsovereenkomst gesloten in het "
           "paritair comité of in de onderneming, of bij gebreke daarvan in het arbeidsreglement\"."],
          ["Dit amendement komt tegemoet aan advies nr. 2.471 van de Nationale Arbeidsraad. Voortaan kunnen de "
           "afspraken over deconnectie ook op het niveau van de sector worden vastgelegd, zodat de bestaande "
           "sectorale regelingen behouden blijven en ondernemingen hun arbeidsreglement niet opnieuw hoeven aan te "
           "passen.",
           "Op het voorstel om vanuit de overheid een modelregeling uit te werken, gaat de regering niet in. Een "
           "modelregeling van de FOD zou de onderhandelingen in de paritaire comités doorkruisen; de regering "
           "laat de invulling liever aan de sectoren zelf over."])
    amend(d, 6, "Art. 8",
          ["Het voorgestelde artikel aanvullen met een lid, luidende:",
           "\"De Koning kan het in het eerste lid bedoelde bedrag om de twee jaar aanpassen aan de evolutie van "
           "het indexcijfer van de consumptieprijzen.\""],
          ["De Raad beveelt een jaarlijkse, automatische indexering aan. De regering kiest voor een aanpassing om "
           "de twee jaar bij koninklijk besluit, zodat de budgettaire weerslag voor de overheidswerkgevers kan "
           "worden ingeschat bij de opmaak van de begroting."])
    amend(d, 7, "Art. 9",
          ["Dit artikel vervangen als volgt:",
           "\"Art. 9. De bepalingen van dit hoofdstuk doen geen afbreuk aan de collectieve arbeidsovereenkomst "
           "nr. 85 van 9 november 2005 betreffende het telewerk.\""],
          ["Het ontwerp hief de verwijzing naar de door de sociale partners gesloten overeenkomst op. Aangezien "
           "dat tot verwarring kan leiden over de vraag welke regels nog van toepassing zijn, herstelt dit "
           "amendement de verwijzing in de bewoordingen die de Nationale Arbeidsraad voorstelt."])
    amend(d, 8, "Art. 12",
          ["In het voorgestelde artikel 138/1 van het Sociaal Strafwetboek, de woorden \"artikel 16\" vervangen "
           "door de woorden \"artikel 16, eerste lid\"."],
          ["Het betreft een technische correctie van de verwijzing.",
           "De regering neemt akte van de vraag van de Nationale Arbeidsraad naar een periode waarin eerst "
           "wordt gewaarschuwd. Het opsporings- en vervolgingsbeleid behoort tot de bevoegdheid van de sociale "
           "inspectiediensten en van het College van procureurs-generaal. De regering heeft de vraag aan hen "
           "overgemaakt."])
    amend(d, 9, "Art. 17",
          ["Dit artikel aanvullen met een lid, luidende:",
           "\"Hoofdstuk 2 treedt in werking op de eerste dag van de zesde maand na die waarin deze wet in het "
           "Belgisch Staatsblad is bekendgemaakt.\""],
          ["Zoals gevraagd in het advies van de Nationale Arbeidsraad, krijgen ondernemingen en paritaire comités "
           "zes maanden om hun regeling inzake deconnectie op punt te stellen."])
    amend(d, 10, "Art. 21 (nieuw)",
          ["Een artikel 21 invoegen, luidende:",
           "\"Art. 21. In artikel 3, 2°, van de wet van 16 november 2015 worden de woorden \"en het paritair "
           "comité voor het vermaakbedrijf\" ingevoegd na de woorden \"het paritair comité voor de "
           "uitzendarbeid\".\""],
          ["Dit amendement maakt flexi-jobs mogelijk in het paritair comité voor het vermaakbedrijf, op vraag van de "
           "sector, die met een tekort aan technisch personeel voor festivals en voorstellingen kampt. Het houdt "
           "geen verband met de bepalingen over het telewerk."])
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "De Raad beveelt aan het bedrag van de forfaitaire vergoeding",
         "De regering kiest voor een aanpassing om de twee jaar", "partly"),
        ("2", "De Raad vraagt de verwijzing naar collectieve arbeidsovereenkomst nr. 85",
         "herstelt dit amendement de verwijzing in de bewoordingen", "agrees"),
        ("3", "De Raad vraagt in artikel 4 te bepalen dat de afspraken",
         "kunnen de afspraken over deconnectie ook op het niveau van de sector", "agrees"),
        ("4", "Daarnaast stelt de Raad voor dat de FOD Werkgelegenheid, Arbeid",
         "Op het voorstel om vanuit de overheid een modelregeling uit te werken", "disagrees"),
        ("5", "De Raad vraagt de regering te voorzien in een overgangsperiode",
         "De regering heeft de vraag aan hen overgemaakt", "noted"),
        ("6", "De Raad vraagt de inwerkingtreding van hoofdstuk 2 uit te stellen",
         "krijgen ondernemingen en paritaire comités zes maanden", "agrees"),
        ("7", "Hij verzoekt de regering de wet twee jaar na de inwerkingtreding", None, "unanswered"),
    ], ["maakt flexi-jobs mogelijk in het paritair comité voor het vermaakbedrijf"],
        "NAR advies nr. 2.471 (Belgian Nationale Arbeidsraad) on a voorontwerp van wet on structureel telewerk and "
        "the recht op deconnectie. Seven UNNUMBERED prose recommendations in II.B-F, numbered 1-7 in reading order: "
        "1 'De Raad beveelt aan ... jaarlijks te indexeren' (art. 8), 2 'De Raad vraagt de verwijzing naar cao nr. 85 "
        "... te behouden' (art. 9), 3 sectoral cao for deconnectie (art. 4), 4 'Daarnaast stelt de Raad voor ...' "
        "model arrangement by the FOD, 5 transition year with warnings (art. 12), 6 postpone entry into force "
        "(art. 17), 7 'Hij verzoekt ... te evalueren'. Not recommendations: the list of draft articles in I, the "
        "Statbel table, the quoted 2022 advice nr. 2.295 ('Laat de sociale partners ...'), the 'moet' sentence in "
        "II.A, and section D, where the Raad has NO common position (the employers' and workers' members each "
        "'vragen' something). Response: Kamer DOC 56 1187/003, government amendments Nr. 5-10 in article order "
        "(4, 8, 9, 12, 17, 21), each with a VERANTWOORDING: Nr. 5 answers 3 agrees (sector level) and 4 disagrees "
        "(no model arrangement); Nr. 6: 1 partly (indexation every two years by royal decree, not yearly and "
        "automatic); Nr. 7: 2 agrees; Nr. 8: 5 noted (technical correction, 'neemt akte', referred to the inspection "
        "services and the College van procureurs-generaal); Nr. 9: 6 agrees; 7 (evaluation) UNANSWERED; Nr. 10 "
        "(flexi-jobs in the entertainment sector) answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()

"""Round 42 (nl): an (invented) advice of the Belgian Gegevensbeschermingsautoriteit (GBA) on a voorontwerp van
wet (central register of rental deposits), with numbered randnummers and the recommendations as dash items in the
closing 'OM DEZE REDENEN' list (infinitives, with references to randnummers), answered by a 'Nota aan de
Ministerraad' (second reading) whose section 3 follows up the advice. Engine: fpdf2 (DejaVu, no text shaping).
Answer key: README-nl.md.

Run: /tmp/blind42nl/bin/python tests/docs/src/blind42/gen_nl_gba_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b42nl as B  # noqa: E402

NAME = "blind42_nl_gba"
DV = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, head, foot):
        super().__init__(format="A4")
        self.head, self.foot = head, foot
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("dv", st, DV + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.line(22, 27, 188, 27)
            self.ln(4)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="C")

    def p(self, t, st="", size=9.5, indent=0, h=4.8):
        self.set_font("dv", st, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)

    def rn(self, n, t):
        self.set_font("dv", "", 9.5)
        y = self.get_y()
        self.set_xy(22, y)
        self.cell(10, 4.8, f"{n}.")
        self.set_xy(32, y)
        self.multi_cell(156, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.6)

    def hd(self, t):
        self.ln(1)
        self.p(t, "B", 10.5)


def advice():
    d = Doc("Advies 61/2026 - 18 maart 2026", "Advies 61/2026 - {n}/{nb}")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_fill_color(40, 60, 110)
    d.rect(0, 0, 210, 14, "F")
    d.set_text_color(255)
    d.set_font("dv", "B", 10)
    d.set_xy(22, 4)
    d.cell(0, 6, "Gegevensbeschermingsautoriteit")
    d.set_text_color(0)
    d.set_y(24)
    d.p("Advies nr. 61/2026 van 18 maart 2026", "B", 13)
    d.p("Betreft: Advies over een voorontwerp van wet tot oprichting van een centraal register van "
        "huurwaarborgen (CO-A-2026-044)", "B", 10)
    d.p("Het Kenniscentrum van de Gegevensbeschermingsautoriteit (hierna 'de Autoriteit'); Gelet op de wet van 3 "
        "december 2017 tot oprichting van de Gegevensbeschermingsautoriteit, inzonderheid artikelen 23 en 26; "
        "Gelet op verordening (EU) 2016/679 (AVG); Gelet op het verzoek om advies van de minister van Economie, "
        "ontvangen op 9 februari 2026; brengt op 18 maart 2026 het volgende advies uit:", size=9)
    d.hd("I. VOORWERP VAN DE ADVIESAANVRAAG")
    d.rn(1, "De minister vraagt advies over een voorontwerp van wet dat een centraal register van huurwaarborgen "
         "opricht bij de FOD Economie (hierna 'het register'). Financiële instellingen zouden elke waarborg die op "
         "een geblokkeerde rekening wordt gestort, binnen vijf werkdagen moeten melden.")
    d.rn(2, "Volgens de memorie van toelichting gaat het om ongeveer 1,4 miljoen lopende huurwaarborgen. Het "
         "register moet huurders toelaten hun waarborg terug te vinden en de FOD toelaten misbruiken op te sporen.")
    d.hd("II. ONDERZOEK TEN GRONDE")
    d.p("a) Doeleinden", "B", 9.5)
    d.rn(3, "Artikel 3 van het voorontwerp vermeldt als doeleinde onder meer 'elke andere taak van algemeen belang "
         "van de FOD'. Een dergelijke omschrijving is niet welbepaald in de zin van artikel 5.1.b) AVG.")
    d.rn(4, "In haar advies 117/2022 over het register van huurovereenkomsten stelde de Autoriteit al: 'Beperk de "
         "doeleinden tot wat strikt noodzakelijk is.' Die opmerking geldt hier onverkort.")
    d.p("b) Verwerkte gegevens", "B", 9.5)
    d.rn(5, "Artikel 5 somt de gegevens op. Naast identificatie- en contactgegevens wordt ook het "
         "rijksregisternummer van de huurder verwerkt, en het 'beroep' van de huurder, waarvoor geen "
         "noodzaak blijkt.")
    d.rn(6, "De Autoriteit herinnert eraan dat het gebruik van het rijksregisternummer een machtiging vereist "
         "volgens artikel 8 van de wet van 8 augustus 1983 tot regeling van een Rijksregister van de natuurlijke "
         "personen, tenzij de wet dit gebruik zelf toestaat.")
    d.p("c) Bewaartermijn", "B", 9.5)
    d.rn(7, "Artikel 9 bepaalt dat de gegevens worden bewaard 'zolang als nodig'. Een bewaartermijn moet in de wet "
         "zelf worden bepaald of minstens aan de hand van duidelijke criteria. De Autoriteit acht een termijn van "
         "twee jaar na de vrijgave van de waarborg voldoende.")
    d.p("d) Toegang en verwerkingsverantwoordelijke", "B", 9.5)
    d.rn(8, "Volgens artikel 11 kunnen 'de bevoegde diensten van de gewesten' het register raadplegen. Welke "
         "diensten dat zijn en voor welk doel, blijkt nergens.")
    d.rn(9, "Het voorontwerp duidt geen verwerkingsverantwoordelijke aan. De Autoriteit veronderstelt dat dit de "
         "FOD Economie is.")
    d.p("e) Rechten van de betrokkenen", "B", 9.5)
    d.rn(10, "De huurder moet zijn gegevens kunnen inzien. Het is positief dat artikel 12 voorziet in een "
          "raadpleging via MyMinfin; een gelijkaardige toegang voor de verhuurder is niet voorzien.")
    d.rn(11, "Tot slot wijst de Autoriteit op artikel 35 AVG: een gegevensbeschermingseffectbeoordeling lijkt "
          "aangewezen, gelet op de omvang van het register.")
    d.hd("OM DEZE REDENEN,")
    d.p("de Autoriteit is van oordeel dat de volgende aanpassingen zich opdringen in het voorontwerp:")
    items = [
        "de doeleinden in artikel 3 limitatief en welbepaald te omschrijven en de vermelding 'elke andere taak "
        "van algemeen belang' te schrappen (randnr. 3-4);",
        "het beroep van de huurder te schrappen uit de lijst van gegevens in artikel 5 (randnr. 5);",
        "in artikel 9 een maximale bewaartermijn van twee jaar na de vrijgave van de waarborg in te schrijven "
        "(randnr. 7);",
        "in artikel 11 uitdrukkelijk te bepalen welke gewestelijke diensten toegang krijgen en voor welk doeleinde "
        "(randnr. 8);",
        "de FOD Economie uitdrukkelijk als verwerkingsverantwoordelijke aan te duiden (randnr. 9);",
    ]
    for it in items:
        d.p("-  " + it, indent=6)
    d.p("vestigt de aandacht van de aanvrager op het belang van de volgende elementen:")
    items2 = [
        "voorzien in een toegang tot het register voor de verhuurder, beperkt tot de waarborgen die op zijn "
        "huurovereenkomsten betrekking hebben (randnr. 10);",
        "vóór de inwerkingtreding een gegevensbeschermingseffectbeoordeling uitvoeren (randnr. 11).",
    ]
    for it in items2:
        d.p("-  " + it, indent=6)
    d.ln(3)
    d.p("Voor het Kenniscentrum,\n(get.) Charlotte Vermeulen, directeur", size=9)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Nota aan de Ministerraad - voorontwerp van wet centraal register huurwaarborgen - 2e lezing",
            "{n}")
    d.add_page()
    d.p("Federale Overheidsdienst Economie, K.M.O., Middenstand en Energie\nKabinet van de minister van Economie",
        size=8.5)
    d.ln(2)
    d.p("NOTA AAN DE MINISTERRAAD", "B", 13)
    d.p("Betreft: Voorontwerp van wet tot oprichting van een centraal register van huurwaarborgen - Tweede "
        "lezing", "B", 10)
    d.p("Vergadering van 24 april 2026 | Ref.: ECO/2026/0412-2", size=8.5)
    d.hd("1. Voorgeschiedenis")
    d.p("De Ministerraad heeft het voorontwerp op 30 januari 2026 in eerste lezing goedgekeurd en de minister "
        "gelast het advies van de Gegevensbeschermingsautoriteit (GBA) en van de Raad van State in te winnen. De "
        "GBA bracht op 18 maart 2026 advies nr. 61/2026 uit. Het advies van de Raad van State wordt na deze tweede "
        "lezing gevraagd.")
    d.hd("2. Overleg met de gewesten")
    d.p("Op 2 april 2026 vond een technische vergadering plaats met de administraties van de drie gewesten over de "
        "koppeling met de gewestelijke huurwaarborgfondsen. Er werd afgesproken een samenwerkingsakkoord voor te "
        "bereiden tegen eind 2026.")
    d.hd("3. Opvolging van het advies van de GBA")
    d.p("3.1. Artikel 3 werd herschreven. De doeleinden worden nu limitatief opgesomd en de algemene verwijzing "
        "naar andere taken van algemeen belang is geschrapt. Aan de opmerking van de GBA is dus volledig tegemoet "
        "gekomen.")
    d.p("3.2. Het gegeven 'beroep' blijft behouden. Het is nodig om de bijzondere huurwaarborgregeling voor "
        "militairen en diplomaten te kunnen toepassen. De memorie van toelichting werd op dit punt aangevuld; het "
        "advies wordt niet gevolgd. Daarentegen wordt de FOD Economie in het nieuwe artikel 4 uitdrukkelijk "
        "aangeduid als verwerkingsverantwoordelijke.")
    d.p("3.3. In artikel 9 wordt een bewaartermijn ingeschreven van vijf jaar na de vrijgave van de waarborg, "
        "overeenkomstig de verjaringstermijn voor vorderingen uit de huurovereenkomst. De door de GBA voorgestelde "
        "termijn van twee jaar wordt dus niet overgenomen, maar er is nu wel een wettelijke maximumtermijn.")
    d.p("3.4. Welke gewestelijke diensten toegang krijgen, hangt af van het samenwerkingsakkoord met de gewesten "
        "(zie punt 2). Artikel 11 wordt daarom pas na dat akkoord aangevuld; de opmerking wordt voor kennisgeving "
        "aangenomen.")
    d.p("3.5. Een gegevensbeschermingseffectbeoordeling wordt uitgevoerd door de functionaris voor "
        "gegevensbescherming van de FOD; de resultaten worden vóór de inwerkingtreding aan de GBA bezorgd.")
    d.hd("4. Budgettaire impact")
    d.p("De ontwikkeling van het register kost 1,8 miljoen euro, gespreid over 2026-2027, binnen de bestaande "
        "kredieten van de FOD. De Inspectie van Financiën gaf op 11 april 2026 een gunstig advies.")
    d.hd("5. Voorstel van beslissing")
    d.p("De Ministerraad wordt gevraagd het voorontwerp in tweede lezing goed te keuren en de minister te "
        "gelasten het advies van de Raad van State in te winnen binnen een termijn van dertig dagen.")
    d.ln(2)
    d.p("De minister van Economie,\nSofie Van Overmeire", size=9)
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "de doeleinden in artikel 3 limitatief en welbepaald te", "Aan de opmerking van de GBA is dus "
         "volledig tegemoet gekomen", "agrees"),
        ("2", "het beroep van de huurder te schrappen uit de lijst", "Het gegeven 'beroep' blijft behouden",
         "disagrees"),
        ("3", "in artikel 9 een maximale bewaartermijn van twee jaar", "bewaartermijn ingeschreven van vijf jaar "
         "na de vrijgave", "partly"),
        ("4", "in artikel 11 uitdrukkelijk te bepalen welke gewestelijke diensten", "de opmerking wordt voor "
         "kennisgeving aangenomen", "noted"),
        ("5", "de FOD Economie uitdrukkelijk als verwerkingsverantwoordelijke aan te duiden", "in het nieuwe "
         "artikel 4 uitdrukkelijk aangeduid als verwerkingsverantwoordelijke", "agrees"),
        ("6", "voorzien in een toegang tot het register voor de", None, "unanswered"),
        ("7", "vóór de inwerkingtreding een gegevensbeschermingseffectbeoordeling uitvoeren", "wordt uitgevoerd "
         "door de functionaris voor gegevensbescherming", "agrees"),
    ]
    unmatched = ["technische vergadering plaats met de administraties van de drie gewesten"]
    notes = ("GBA advice in the Authority's form: legal bases as 'Gelet op', randnummers 1-11 with findings "
             "('zouden ... moeten', 'moet'), AVG and Rijksregister-law article numbers, figures, its 2022 advice "
             "quoted as an imperative (trap); under 'OM DEZE REDENEN' five dash items in the infinitive ('... te "
             "schrappen (randnr. 5);') after 'de volgende aanpassingen zich opdringen' and two after 'vestigt de "
             "aandacht ... op', numbered 1-7 in order. Reply: Nota aan de Ministerraad (2nd reading), section 3 "
             "in another order: 3.1 purposes (agrees); 3.2 covers 2 'beroep' kept (disagrees) and 5 FOD named "
             "controller (agrees); 3.3 five instead of two years (partly); 3.4 access depends on a cooperation "
             "agreement, 'voor kennisgeving aangenomen' (noted); 3.5 DPIA (agrees); 6 (landlord access) "
             "unanswered; section 2 (meeting with the regions) answers nothing; sections 1, 4, 5 are no replies.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

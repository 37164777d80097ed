"""Round 35 (nl, Vlaanderen): an (invented) advice of the Vlaamse Woonraad on a draft decree about the
conformiteitsattest (rental housing quality certificate), written in paragraphs with RANDNUMMERS [1]-[22] in the
margin; the seven recommendations are bold 'De Woonraad vraagt / beveelt aan / stelt voor ...' sentences inside
paragraphs 6, 9, 12, 15, 16, 19 and 21, and are labelled by their randnummer. Answered in a NOTA AAN DE VLAAMSE
REGERING (second principled approval after advice), whose section 3.1 answers the Woonraad point by point by
randnummer. Advice: A4, Woonraad letterhead, running header 'Advies 2026-03' and 'p. N/M', a Samenvatting (short
points, a trap), findings with 'zou moeten', Codex Wonen articles, a table of attest figures, an earlier Woonraad
advice quoted. Response: nota with Belgian header block, sections 1-5; 3.1 in the order rnr. 3 (adviestermijn, not
a recommendation: unmatched), 12, 6, '15 en 16' (two verdicts), 19, 21; 9 unanswered; 3.2 (GBA advice) and 4
(begroting) answer nothing. Engine: fpdf2 (DejaVu, no text shaping, so no ligatures).

Run: /tmp/blind35nl/bin/python tests/docs/src/blind35/gen_nl_woonraad_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b35nl as B  # noqa: E402

NAME = "blind35_nl_woonraad"
DV = "/usr/share/fonts/truetype/dejavu/"
ORANGE = (200, 80, 30)
GREY = (100, 100, 100)
HEADS = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ORANGE)


class Doc(FPDF):
    head = ""
    foot = ""

    def __init__(self, serif=False):
        super().__init__(format="A4")
        fam = (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
               ("BI", "DejaVuSerif-BoldItalic.ttf")) if serif else (
            ("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
            ("BI", "DejaVuSans-BoldOblique.ttf"))
        for st, f in fam:
            self.add_font("dv", st, DV + f)
        self.set_margins(30, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 3, 20, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(self.l_margin, 11)
        self.cell(0, 4, self.head)
        self.set_draw_color(*ORANGE)
        self.line(self.l_margin, 16, 210 - self.r_margin, 16)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(0, 4, self.foot, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"p. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t, size=11):
        self.ln(2)
        if self.get_y() > 250:
            self.add_page()
        self.set_font("dv", "B", size)
        self.set_text_color(*ORANGE)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.2, style=""):
        self.set_font("dv", style, size)
        self.multi_cell(0, 4.9, t, markdown=True, align="J")
        self.ln(1.8)

    def rn(self, n, t):
        """A paragraph with its randnummer in the left margin."""
        if self.get_y() > 262:
            self.add_page()
        y = self.get_y()
        self.set_font("dv", "", 7.8)
        self.set_text_color(*ORANGE)
        self.set_xy(16, y + 0.4)
        self.cell(10, 4, f"[{n}]")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, y)
        self.p(t)


def advice():
    d = Doc()
    d.head = "Vlaamse Woonraad | Advies 2026-03 | Voorontwerp van decreet conformiteitsattest"
    d.foot = "Vlaamse Woonraad, Havenlaan 88 bus 40, 1000 Brussel"
    d.add_page()
    d.set_fill_color(*ORANGE)
    d.rect(0, 0, 210, 9, style="F")
    d.set_y(16)
    d.set_font("dv", "B", 10)
    d.set_text_color(*ORANGE)
    d.cell(0, 5, "VLAAMSE WOONRAAD")
    d.ln(9)
    d.set_text_color(0, 0, 0)
    d.set_font("dv", "B", 15)
    d.multi_cell(0, 7, "Advies over het voorontwerp van decreet tot wijziging van de Vlaamse Codex Wonen van "
                       "2021, wat betreft het conformiteitsattest")
    d.ln(2)
    d.set_font("dv", "", 8.4)
    d.set_text_color(*GREY)
    d.multi_cell(0, 4.4, "Advies 2026-03 | Brussel, 19 maart 2026\nAdviesvrager: Vlaams minister van Wonen\n"
                         "Datum adviesvraag: 2 maart 2026 | Goedgekeurd door de plenaire raad op 19 maart 2026")
    d.set_text_color(0, 0, 0)
    d.ln(3)
    d.hd("Samenvatting")
    d.p("De Woonraad steunt het doel van het voorontwerp: meer huurwoningen met een conformiteitsattest. De raad "
        "heeft wel bedenkingen bij de kortere geldigheidsduur, bij de lasten voor kleine verhuurders en bij de "
        "capaciteit van de gemeenten. Hij vraagt meer aandacht voor de positie van de huurder en een evaluatie. "
        "De randnummers hieronder verwijzen naar de alinea's van dit advies.")
    d.hd("1. Situering")
    d.rn(1, "Op 2 maart 2026 vroeg de Vlaams minister van Wonen het advies van de Vlaamse Woonraad over het "
            "voorontwerp van decreet tot wijziging van de Vlaamse Codex Wonen van 2021 wat betreft het "
            "conformiteitsattest. Het voorontwerp werd op 27 februari 2026 principieel goedgekeurd door de "
            "Vlaamse Regering.")
    d.rn(2, "Het voorontwerp verplicht vanaf 1 januari 2028 een conformiteitsattest voor alle huurwoningen ouder "
            "dan dertig jaar, verkort de geldigheidsduur van het attest van tien naar zes jaar en voert een "
            "gewestelijke boete in voor verhuur zonder attest (artikel 3.3 en 3.7 van de Codex).")
    d.rn(3, "De Woonraad betreurt dat de adviestermijn slechts zeventeen dagen bedroeg. Een grondige bespreking "
            "met alle geledingen van de raad was daardoor niet mogelijk.")
    d.hd("2. Geldigheidsduur en kostprijs")
    d.rn(4, "Tabel 1 toont het aantal afgeleverde conformiteitsattesten. Het aantal stijgt, maar ligt nog ver onder "
            "het aantal huurwoningen ouder dan dertig jaar (naar schatting 310.000).")
    d.set_font("dv", "", 8.2)
    with d.table(col_widths=(30, 45, 45, 38), headings_style=HEADS, line_height=5,
                 text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT")) as t:
        for r in (("Jaar", "Attesten afgeleverd", "Waarvan ongunstig", "Gemeenten actief"),
                  ("2022", "18.240", "2.910", "171"), ("2023", "21.930", "3.370", "184"),
                  ("2024", "26.115", "3.820", "203"), ("2025", "29.480", "4.150", "219")):
            t.row(r)
    d.set_font("dv", "I", 7.6)
    d.multi_cell(0, 4, "Tabel 1. Conformiteitsattesten 2022-2025 (bron: Agentschap Wonen in Vlaanderen).")
    d.ln(2)
    d.rn(5, "Het voorontwerp verkort de geldigheidsduur van het attest tot zes jaar. De memorie van toelichting "
            "verantwoordt dat met de snelle veroudering van technische installaties. De Woonraad stelt vast dat een "
            "woning die conform is, dat na zes jaar meestal nog steeds is. Een kortere duur zou moeten worden "
            "onderbouwd met cijfers over woningen die binnen tien jaar ongunstig werden.")
    d.rn(6, "**De Woonraad vraagt om de geldigheidsduur van het conformiteitsattest op tien jaar te behouden.** "
            "Een kortere duur verhoogt de kosten voor verhuurders en de werklast van de gemeenten, zonder "
            "aangetoonde winst voor de woningkwaliteit.")
    d.rn(7, "Een attest kost de verhuurder gemiddeld 150 tot 250 euro. Bij een ongunstig attest volgen vaak "
            "renovatiewerken van enkele duizenden euro's.")
    d.rn(8, "In zijn advies 2023-11 over de renovatieverplichting schreef de raad al: \"Kleine verhuurders "
            "moeten worden ondersteund, zodat kwaliteit niet leidt tot minder aanbod.\" Die vraag blijft actueel.")
    d.rn(9, "**De Woonraad beveelt aan een tegemoetkoming te voorzien voor verhuurders met één huurwoning die "
            "renovatiewerken moeten uitvoeren na een ongunstig attest.** Zo wordt vermeden dat betaalbare "
            "woningen van de markt verdwijnen.")
    d.hd("3. Uitvoering door de gemeenten")
    d.rn(10, "De gemeenten leveren de attesten af. Uit de bevraging van de VVSG blijkt dat 41 procent van de "
             "gemeenten wachttijden van meer dan drie maanden kent.")
    d.rn(11, "De Woonraad merkt op dat het voorontwerp geen bijkomende middelen voorziet, terwijl het aantal "
             "aanvragen vanaf 2028 naar schatting verdubbelt.")
    d.rn(12, "**De Woonraad vraagt de Vlaamse Regering om de gemeenten bijkomende middelen toe te kennen voor "
             "woningcontroleurs.** Zonder extra capaciteit dreigt de verplichting dode letter te blijven.")
    d.hd("4. Positie van de huurder")
    d.rn(13, "Het attest beschermt in de eerste plaats de huurder. Toch weet de huurder vaak niet of er een attest "
             "is en wat erin staat.")
    d.rn(14, "Artikel 3.5 van de Codex bepaalt dat de verhuurder het attest op verzoek moet voorleggen. In de "
             "praktijk vragen weinig huurders ernaar.")
    d.rn(15, "**De Woonraad stelt voor dat de verhuurder de huurder een kopie van het conformiteitsattest bezorgt "
             "bij het sluiten van de huurovereenkomst.**")
    d.rn(16, "**De Woonraad vraagt ook dat de attesten publiek raadpleegbaar worden in het Woningenregister, "
             "per adres.** Zo kunnen kandidaat-huurders vooraf nagaan of een woning conform is.")
    d.hd("5. Handhaving en evaluatie")
    d.rn(17, "Het voorontwerp voert een gewestelijke administratieve geldboete in van 500 tot 5.000 euro voor "
             "verhuur zonder attest.")
    d.rn(18, "Een boete alleen zorgt er niet voor dat de woning wordt verbeterd. Een verhuurder die betaalt, kan "
             "de woning in dezelfde staat blijven verhuren.")
    d.rn(19, "**De Woonraad beveelt aan de boete te koppelen aan een herstelvordering, zodat de verhuurder de "
             "gebreken binnen een termijn moet wegwerken.**")
    d.rn(20, "De gevolgen van de nieuwe regeling voor het aanbod op de private huurmarkt zijn onzeker.")
    d.rn(21, "**De Woonraad vraagt een evaluatie van de regeling drie jaar na de inwerkingtreding, met "
             "betrokkenheid van de huurdersorganisaties en de verhuurdersorganisaties.**")
    d.rn(22, "De Woonraad blijft beschikbaar om dit advies toe te lichten.")
    d.ln(2)
    d.p("Voor de Vlaamse Woonraad,\n\nAnnelies Verhaegen, voorzitter            Koen De Smedt, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(serif=True)
    d.head = "VR 2026 2404 DOC.0512/1 | Nota aan de Vlaamse Regering"
    d.foot = "Pagina"
    d.foot = ""
    d.add_page()
    d.set_font("dv", "B", 9)
    d.cell(0, 5, "VR 2026 2404 DOC.0512/1")
    d.ln(8)
    d.set_font("dv", "", 8.4)
    d.set_text_color(*GREY)
    d.multi_cell(0, 4.4, "DE VLAAMSE MINISTER VAN WONEN, ENERGIE EN KLIMAAT")
    d.set_text_color(0, 0, 0)
    d.ln(4)
    d.set_font("dv", "B", 12)
    d.multi_cell(0, 6, "NOTA AAN DE VLAAMSE REGERING", align="C")
    d.ln(2)
    d.set_font("dv", "", 9)
    d.multi_cell(0, 4.8, "Betreft: voorontwerp van decreet tot wijziging van de Vlaamse Codex Wonen van 2021, wat "
                         "betreft het conformiteitsattest - Principiële goedkeuring na advies", align="C")
    d.ln(4)
    d.hd("1. Inhoudelijk kader", 10.5)
    d.p("Op 27 februari 2026 hechtte de Vlaamse Regering haar principiële goedkeuring aan het voorontwerp van "
        "decreet (VR 2026 2702 DOC.0233). Over het voorontwerp werd het advies ingewonnen van de Vlaamse "
        "Woonraad en van de Gegevensbeschermingsautoriteit. Deze nota bespreekt de adviezen en legt een "
        "aangepast voorontwerp voor.")
    d.hd("2. Samenvatting van de wijzigingen", 10.5)
    d.p("Ten opzichte van de eerste principiële goedkeuring wijzigen de artikelen 4 en 9 van het voorontwerp "
        "en de memorie van toelichting.")
    d.hd("3. Adviezen", 10.5)
    d.hd("3.1 Advies van de Vlaamse Woonraad (advies 2026-03 van 19 maart 2026)", 9.6)
    d.p("De Woonraad steunt de doelstelling van het voorontwerp. Hieronder worden de opmerkingen besproken, met "
        "verwijzing naar de randnummers van het advies.")
    d.p("**Randnummer 3 (adviestermijn).** De termijn van zeventien dagen was kort, maar bleef binnen de "
        "decretale termijn van dertig dagen; gelet op het regeerakkoord was een snelle behandeling noodzakelijk.")
    d.p("**Randnummer 12 (middelen voor de gemeenten).** Er wordt kennis genomen van deze vraag. De middelen "
        "voor het lokaal woonbeleid worden besproken bij de begrotingsopmaak 2027 in het kader van het "
        "Gemeentefonds.")
    d.p("**Randnummer 6 (geldigheidsduur).** Het advies wordt niet gevolgd. De geldigheidsduur van zes jaar "
        "sluit aan bij de keuringstermijn voor elektrische installaties en laat toe sneller in te grijpen bij "
        "verouderde woningen.")
    d.p("**Randnummers 15 en 16 (informatie aan de huurder).** Het voorstel om de huurder bij het sluiten van de "
        "huurovereenkomst een kopie van het attest te bezorgen, wordt gevolgd: artikel 4 van het voorontwerp "
        "wordt in die zin aangevuld. Het voorstel om de attesten per adres publiek raadpleegbaar te maken, wordt "
        "niet gevolgd. De Gegevensbeschermingsautoriteit acht een publieke raadpleging niet in verhouding tot "
        "het doel (zie punt 3.2); kandidaat-huurders kunnen het attest wel opvragen bij de verhuurder.")
    d.p("**Randnummer 19 (herstelvordering).** Het advies wordt gedeeltelijk gevolgd. De gewestelijke "
        "woninginspecteur krijgt de mogelijkheid om naast de boete een herstelvordering in te stellen, maar "
        "alleen voor woningen met een ongunstig attest en niet bij louter het ontbreken van een attest.")
    d.p("**Randnummer 21 (evaluatie).** Het advies wordt gevolgd. Er wordt een evaluatiebepaling toegevoegd "
        "(artikel 9); de evaluatie gebeurt in 2031 in overleg met de huurders- en verhuurdersorganisaties.")
    d.hd("3.2 Advies van de Gegevensbeschermingsautoriteit (advies 41/2026 van 24 maart 2026)", 9.6)
    d.p("De GBA vraagt de bewaartermijn van de gegevens in het Woningenregister te beperken. De bewaartermijn "
        "wordt vastgelegd op tien jaar na het verstrijken van het attest.")
    d.hd("4. Weerslag op de begroting", 10.5)
    d.p("De invoering van de gewestelijke boete en de herstelvordering vergt twee bijkomende VTE bij het "
        "Agentschap Wonen in Vlaanderen, op te vangen binnen de bestaande kredieten van begrotingsartikel "
        "QC0-1QDA2ZZ-WT. De Inspectie van Financiën gaf op 1 april 2026 een gunstig advies.")
    d.hd("5. Voorstel van beslissing", 10.5)
    d.p("De Vlaamse Regering beslist:\n1. haar principiële goedkeuring te hechten aan het aangepaste "
        "voorontwerp van decreet;\n2. de Vlaamse minister van Wonen, Energie en Klimaat te gelasten het advies "
        "van de Raad van State te vragen binnen dertig dagen.")
    d.ln(2)
    d.p("De Vlaamse minister van Wonen, Energie en Klimaat,\n\n\nJoris Vandenbempt")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("6", "De Woonraad vraagt om de geldigheidsduur van het conformiteitsattest",
     "sluit aan bij de keuringstermijn voor elektrische installaties", "disagrees"),
    ("9", "De Woonraad beveelt aan een tegemoetkoming te voorzien voor verhuurders", None, "unanswered"),
    ("12", "De Woonraad vraagt de Vlaamse Regering om de gemeenten bijkomende middelen",
     "worden besproken bij de begrotingsopmaak 2027", "noted"),
    ("15", "De Woonraad stelt voor dat de verhuurder de huurder een kopie",
     "artikel 4 van het voorontwerp wordt in die zin aangevuld", "agrees"),
    ("16", "De Woonraad vraagt ook dat de attesten publiek raadpleegbaar worden",
     "De Gegevensbeschermingsautoriteit acht een publieke raadpleging niet in verhouding", "disagrees"),
    ("19", "De Woonraad beveelt aan de boete te koppelen aan een herstelvordering",
     "niet bij louter het ontbreken van een attest", "partly"),
    ("21", "De Woonraad vraagt een evaluatie van de regeling drie jaar",
     "de evaluatie gebeurt in 2031 in overleg met", "agrees"),
]
UNMATCHED = [
    "bleef binnen de decretale termijn van dertig dagen",
    "De bewaartermijn wordt vastgelegd op tien jaar",
    "twee bijkomende VTE bij het Agentschap Wonen in Vlaanderen",
]
NOTES = ("Round 35 (nl). Advice: an invented Vlaamse Woonraad advice 2026-03 on a draft decree on the "
         "conformiteitsattest (fpdf2, sans, randnummers [1]-[22] in the left margin, header 'Advies 2026-03', 'p. "
         "N/M'). The seven recommendations are the bold 'De Woonraad vraagt / beveelt aan / stelt voor' sentences "
         "in paragraphs 6, 9, 12, 15, 16, 19 and 21; they are numbered by their RANDNUMMER. Traps: the Samenvatting "
         "('vraagt meer aandacht'), the complaint about the advice term in rnr. 3, 'zou moeten' in rnr. 5, the "
         "quoted 2023 advice ('Kleine verhuurders moeten worden ondersteund') in rnr. 8, 'merkt op' in rnr. 11, "
         "Codex articles 3.3/3.5/3.7 and a figures table. Response: a Nota aan de Vlaamse Regering (serif) whose "
         "section 3.1 answers by randnummer in the order 3 (advice term: answers no recommendation), 12 ('Er wordt "
         "kennis genomen', deferred to the 2027 budget: noted), 6 ('wordt niet gevolgd': disagrees), '15 en 16' in "
         "ONE paragraph (15 'wordt gevolgd': agrees; 16 'wordt niet gevolgd': disagrees), 19 ('gedeeltelijk "
         "gevolgd': partly), 21 ('wordt gevolgd', evaluation in 2031 with both "
         "organisations: agrees). 9 (support for small landlords) is not answered. 3.2 (GBA advice), 4 (begroting) and 5 (voorstel "
         "van beslissing) answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

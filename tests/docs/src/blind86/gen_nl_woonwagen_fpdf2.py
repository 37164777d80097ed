"""Round 86 (nl, Dutch): the EVALUATIERAPPORT of a municipality's WOONWAGEN- EN STANDPLAATSENBELEID by an external
research bureau, answered by the college's BESTUURLIJKE REACTIE (a memo with a reply table per recommendation).

Advice: (invented) Bureau Kwartier Onderzoek, 'Evaluatie woonwagen- en standplaatsenbeleid gemeente Brakelveen
2019-2025', in opdracht van de gemeente (3 p., sans, a teal band on page 1, a standplaatsen table, running head and
'Pagina n van m'); the seven recommendations are ROMAN numerals I-VII in chapter 5; traps: conclusions C1-C4
('moet', 'zou ... moeten'), the Landelijk beleidskader 2018 ('moet ... voorzien in voldoende standplaatsen'), the
2019 raadsmotie quoted ('Onderzoek de mogelijkheid van een kleine woonwagenlocatie in Brakelveen-Zuid.'), artikel
2.3 of the Huisvestingsverordening and a date.
Response: 'Bestuurlijke reactie' of the college (2 p., sans), a ruled table 'Aanbeveling | Reactie van het college'
citing the Roman numerals, order IV, II+V, VII, I, VI: introduction (nothing); IV agrees (already decided); ONE row
'II en V' = II partly (a wachtlijst yes, but no separate urgentie) + V disagrees (no sale of standplaatsen); VII
noted (to the woningcorporatie, no position yet); I agrees (ten new standplaatsen by 2028); VI partly (a pilot, not
structural); a section 'Financiën' and the closing (nothing); III (a permanent woonwagenconsulent) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

The Landelijk beleidskader gemeentelijk woonwagen- en standplaatsenbeleid is real, but what the documents say of it
is not to be relied on; Brakelveen, the bureau, the locations, people, figures and dates are invented.

Run: /tmp/blind86nl/bin/python tests/docs/src/blind86/gen_nl_woonwagen_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b86nl as B  # noqa: E402

NAME = "blind86_nl_woonwagen"
TEAL = (20, 105, 110)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, band):
        super().__init__(format="A4")
        self.head = head
        self.band = band
        self.set_creation_date(datetime.datetime(2026, 2, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
            self.add_font("sa", stl, B.DV + B.SANS_FILES[f])
        self.set_margins(22, 22, 20)
        self.set_auto_page_break(True, 20)
        self.tw = self.w - 42
        self.alias_nb_pages()

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*TEAL)
                self.rect(0, 0, self.w, 12, style="F")
            return
        self.set_xy(22, 10)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, self.head)
        self.set_draw_color(*TEAL)
        self.line(22, 15, self.w - 20, 15)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")

    def h1(self, t):
        self.set_font("sa", "B", 15)
        self.set_text_color(*TEAL)
        self.multi_cell(self.tw, 7, t, align="L")
        self.ln(1)

    def h2(self, t):
        self.ln(2)
        self.set_font("sa", "B", 11)
        self.set_text_color(*TEAL)
        self.multi_cell(self.tw, 6, t)
        self.ln(1)

    def p(self, t, size=9.5, style="", indent=0):
        self.set_font("sa", style, size)
        self.set_text_color(25, 25, 25)
        self.set_x(22 + indent)
        self.multi_cell(self.tw - indent, 4.9, t)
        self.ln(1.6)

    def hang(self, label, t, w=10, style=""):
        self.set_font("sa", "B" if style else "", 9.5)
        self.set_text_color(25, 25, 25)
        if self.get_y() + 5.2 * (len(t) // 90 + 1) > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_xy(22, y)
        self.cell(w, 4.9, label)
        self.set_font("sa", style, 9.5)
        self.set_xy(22 + w, y)
        self.multi_cell(self.tw - w, 4.9, t)
        self.ln(1.6)


ADV_RECS = [
    ("I", "Realiseer tot 2028 ten minste tien nieuwe standplaatsen, verdeeld over twee locaties."),
    ("II", "Voer een openbare wachtlijst voor standplaatsen in en geef woonwagenbewoners met een "
           "medische indicatie voorrang."),
    ("III", "Stel een vaste woonwagenconsulent aan als aanspreekpunt voor bewoners, corporatie en gemeente."),
    ("IV", "Neem de doelgroep woonwagenbewoners expliciet op in de nieuwe woonvisie en in de "
           "prestatieafspraken met de corporatie."),
    ("V", "Maak het mogelijk dat bewoners hun standplaats en woonwagen in eigendom verwerven."),
    ("VI", "Verduurzaam de bestaande woonwagens met een aparte subsidieregeling voor isolatie en "
           "zonnepanelen."),
    ("VII", "Breng de onderhoudsstaat van de nutsvoorzieningen op de locatie Kampweg in kaart en herstel "
            "achterstallig onderhoud."),
]


def advice():
    pdf = Doc("Evaluatie woonwagen- en standplaatsenbeleid Brakelveen - Bureau Kwartier Onderzoek", True)
    pdf.add_page()
    pdf.set_xy(22, 3.5)
    pdf.set_font("sa", "B", 9)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(120, 5, "Bureau Kwartier Onderzoek  |  in opdracht van gemeente Brakelveen")
    pdf.set_xy(22, 20)
    pdf.h1("Evaluatie woonwagen- en standplaatsenbeleid gemeente Brakelveen 2019-2025")
    pdf.p("Eindrapport, 6 februari 2026. Projectnummer BK-2025-117. Auteurs: drs. L. Hamstra en S. Bouzid MSc.",
          8.5, "I")
    pdf.h2("1. Aanleiding en vraagstelling")
    pdf.p("In 2019 stelde de gemeenteraad van Brakelveen de nota 'Ruimte voor woonwagenbewoners' vast. De "
          "gemeente heeft Bureau Kwartier Onderzoek gevraagd dit beleid te evalueren: is het aantal standplaatsen "
          "toegenomen, hoe ervaren bewoners het beleid en wat is nodig voor de komende jaren? Wij spraken met "
          "23 bewoners, de woningcorporatie Thuis aan de Aa, beleidsmedewerkers en twee raadsleden.")
    pdf.p("Bij de vaststelling nam de raad in 2019 een motie aan met het verzoek:")
    pdf.p("'Onderzoek de mogelijkheid van een kleine woonwagenlocatie in Brakelveen-Zuid.'", 9.5, "I", 10)
    pdf.p("Dat onderzoek is in 2021 uitgevoerd; de locatie bleek vanwege geluidshinder van de N279 ongeschikt.")
    pdf.h2("2. Kader")
    pdf.p("Volgens het Landelijk beleidskader gemeentelijk woonwagen- en standplaatsenbeleid uit 2018 moet een "
          "gemeente voorzien in voldoende standplaatsen voor wie in een woonwagen wil wonen. Artikel 2.3 van de "
          "Huisvestingsverordening Brakelveen 2020 stelt standplaatsen gelijk aan sociale huurwoningen.")
    pdf.h2("3. Feiten en cijfers")
    pdf.set_font("sa", "", 8.4)
    pdf.set_text_color(25, 25, 25)
    with pdf.table(col_widths=(50, 30, 30, 40), headings_style=FontFace(emphasis="BOLD", fill_color=(220, 236, 237)),
                   line_height=5.2, text_align="LEFT") as t:
        for row in (("Locatie", "Standplaatsen", "Bezet", "In eigendom van"),
                    ("Kampweg", "14", "14", "Thuis aan de Aa"), ("Molenakker", "6", "5", "gemeente"),
                    ("Veerstraat", "3", "3", "gemeente"), ("Totaal", "23", "22", "")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf.p("Op 1 januari 2026 stonden 31 huishoudens ingeschreven als woningzoekende voor een standplaats; sinds "
          "2019 is er geen standplaats bijgekomen.")
    pdf.h2("4. Conclusies")
    pdf.hang("C1", "Het beleid uit 2019 heeft zijn belangrijkste doel, meer standplaatsen, niet gehaald.")
    pdf.hang("C2", "Bewoners weten niet waar zij terechtkunnen; de gemeente zou zichtbaarder moeten zijn.")
    pdf.hang("C3", "De toewijzing is niet transparant; er bestaat geen openbare wachtlijst.")
    pdf.hang("C4", "Op de Kampweg zijn riolering en elektra verouderd; de corporatie moet daar volgens het "
                   "huurcontract voor zorgen.")
    pdf.h2("5. Aanbevelingen")
    pdf.p("Op grond van de conclusies bevelen wij de gemeente het volgende aan:")
    for num, t in ADV_RECS:
        pdf.hang(num + ".", t, 11, "")
    pdf.ln(2)
    pdf.p("Wij danken alle bewoners en medewerkers die aan dit onderzoek hebben bijgedragen.", 8.5, "I")
    pdf.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("IV", "Doelgroep in woonvisie en prestatieafspraken",
     "Het college heeft op 3 februari besloten de woonwagenbewoners als aparte doelgroep op te nemen in de "
     "Woonvisie 2026-2030. In de prestatieafspraken voor 2027 maken wij hierover afspraken met Thuis aan de Aa."),
    ("II en V", "Wachtlijst en voorrang; eigendom",
     "Wij voeren per 1 september 2026 een openbare wachtlijst in, maar zien geen ruimte voor een aparte "
     "voorrangsregeling; medische urgentie loopt via de bestaande urgentieregeling. Verkoop van standplaatsen "
     "aan bewoners wijzen wij af, omdat de standplaatsen dan blijvend aan de sociale voorraad worden onttrokken."),
    ("VII", "Nutsvoorzieningen Kampweg",
     "Het onderhoud van de nutsvoorzieningen is een zaak van de corporatie. Wij hebben deze aanbeveling aan Thuis "
     "aan de Aa doorgegeven en wachten haar reactie af voordat wij een standpunt innemen."),
    ("I", "Tien nieuwe standplaatsen",
     "Het college neemt deze aanbeveling over. Wij ontwikkelen tot 2028 tien nieuwe standplaatsen, zes aan de "
     "Molenakker en vier op een nog te kiezen tweede locatie."),
    ("VI", "Verduurzaming",
     "Een aparte subsidieregeling vinden wij niet nodig. Wel starten wij in 2026 een proef met gratis "
     "energiescans en een bijdrage in de isolatie voor vijf woonwagens."),
]


def response():
    pdf = Doc("Gemeente Brakelveen - bestuurlijke reactie evaluatie woonwagenbeleid", False)
    pdf.add_page()
    pdf.set_font("sa", "B", 10)
    pdf.set_text_color(*TEAL)
    pdf.cell(pdf.tw, 5, "GEMEENTE BRAKELVEEN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("sa", "", 8.5)
    pdf.set_text_color(*GREY)
    pdf.cell(pdf.tw, 4.5, "College van burgemeester en wethouders  |  zaaknummer Z/26/004871  |  3 maart 2026",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.h1("Bestuurlijke reactie op de evaluatie van het woonwagen- en standplaatsenbeleid")
    pdf.h2("Inleiding")
    pdf.p("Bureau Kwartier Onderzoek heeft in onze opdracht het woonwagen- en standplaatsenbeleid over de periode "
          "2019-2025 geëvalueerd. Het college herkent zich in het beeld dat het rapport schetst en dankt de "
          "bewoners die aan het onderzoek hebben meegewerkt voor hun openheid. Hieronder geven wij per "
          "aanbeveling onze reactie; de nummers verwijzen naar hoofdstuk 5 van het rapport.")
    pdf.h2("Reactie per aanbeveling")
    pdf.set_font("sa", "", 8.8)
    pdf.set_text_color(25, 25, 25)
    with pdf.table(col_widths=(16, 42, 110), headings_style=FontFace(emphasis="BOLD", fill_color=(220, 236, 237)),
                   line_height=4.8, text_align="LEFT") as t:
        r = t.row()
        for c in ("Nr.", "Onderwerp", "Reactie van het college"):
            r.cell(c)
        for row in ROWS:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf.h2("Financiën")
    pdf.p("De kosten van de nieuwe standplaatsen worden geraamd op 1,9 miljoen euro. Wij nemen dit bedrag op in "
          "de kadernota 2027; een deel wordt gedekt uit de reserve volkshuisvesting.")
    pdf.h2("Vervolg")
    pdf.p("De raad ontvangt deze reactie samen met het rapport. Wij bespreken beide graag in de commissie Ruimte "
          "van 14 april 2026 en informeren de bewoners op een avond aan de Kampweg.")
    pdf.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Realiseer tot 2028 ten minste tien nieuwe standplaatsen",
     "Wij ontwikkelen tot 2028 tien nieuwe standplaatsen", "agrees"),
    (2, "Voer een openbare wachtlijst voor standplaatsen in en geef",
     "maar zien geen ruimte voor een aparte voorrangsregeling", "partly"),
    (3, "Stel een vaste woonwagenconsulent aan als aanspreekpunt", None, "unanswered"),
    (4, "Neem de doelgroep woonwagenbewoners expliciet op in de nieuwe woonvisie",
     "als aparte doelgroep op te nemen in de Woonvisie 2026-2030", "agrees"),
    (5, "Maak het mogelijk dat bewoners hun standplaats en woonwagen",
     "Verkoop van standplaatsen aan bewoners wijzen wij af", "disagrees"),
    (6, "Verduurzaam de bestaande woonwagens met een aparte subsidieregeling",
     "Wel starten wij in 2026 een proef met gratis energiescans", "partly"),
    (7, "Breng de onderhoudsstaat van de nutsvoorzieningen op de locatie Kampweg",
     "wachten haar reactie af voordat wij een standpunt innemen", "noted"),
]
UNMATCHED = [
    "dankt de bewoners die aan het onderzoek hebben meegewerkt",
    "De kosten van de nieuwe standplaatsen worden geraamd op 1,9 miljoen euro",
    "Wij bespreken beide graag in de commissie Ruimte",
]
NOTES = ("Advice: evaluation report of the (invented) Bureau Kwartier Onderzoek on Brakelveen's woonwagen- en "
         "standplaatsenbeleid; seven ROMAN-numbered recommendations I-VII in '5. Aanbevelingen' (numbers 1-7 = "
         "I-VII). Traps: the 2019 raadsmotie quoted ('Onderzoek de mogelijkheid van een kleine woonwagenlocatie "
         "...'); the Landelijk beleidskader 'moet ... voorzien'; artikel 2.3 Huisvestingsverordening; a locations "
         "table; conclusions C1-C4 hanging like items ('zou ... moeten', 'moet'). Response: bestuurlijke reactie, "
         "a ruled table 'Nr. | Onderwerp | Reactie van het college' citing the Roman numerals, order IV, II+V, VII, "
         "I, VI: 'Inleiding' (nothing); IV agrees (decided 3 February); ONE row 'II en V' = II partly (wachtlijst "
         "yes, no separate voorrang) + V disagrees (no sale); VII noted (passed to the corporatie); I agrees; VI "
         "partly (a pilot instead of a regeling); 'Financiën' and 'Vervolg' (nothing); III (woonwagenconsulent) "
         "unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

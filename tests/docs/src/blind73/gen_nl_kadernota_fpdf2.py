"""Round 73 (nl): the TOEZICHTBRIEF of Gedeputeerde Staten as financial supervisor (Gemeentewet art. 203) on a
municipality's budget, answered in the municipality's KADERNOTA (the college's spring framework memorandum to the
council), which has a chapter on the supervisor's letter among its other chapters.

Advice: toezichtbrief 'Begroting 2026 gemeente Hollebeek' (invented), 2 p.: meta block; the legal frame ('moet
structureel en reëel in evenwicht zijn'); Tabel 1 kengetallen; the previous year's letter quoted ('Wij adviseerden
u vorig jaar ...'); seven UNNUMBERED 'Wij adviseren u ...' sentences inside the paragraphs of sections 3-5 (numbers
are their order); a 'Samengevat vragen wij aandacht voor' paraphrase; the toezichtvorm (repressief).
Response: Kadernota 2027, 2 p.: 1 Inleiding, 2 Financieel perspectief with a table (nothing); 3 'Reactie op de
toezichtbrief' with bold run-in topics in the order 4, 1+3 (one paragraph: agrees + disagrees), 6, 7, 2; 4 Nieuw
beleid, 5 Voorstel aan de raad (nothing); 5 unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind73nl/bin/python tests/docs/src/blind73/gen_nl_kadernota_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b73nl as B  # noqa: E402

NAME = "blind73_nl_kadernota"
DV = "/usr/share/fonts/truetype/dejavu/"
PROV = (120, 28, 48)
GEM = (0, 92, 150)
GREY = (95, 95, 95)
PALE = (238, 242, 247)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 5, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 25
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 11)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            txt = ("Provincie Noordermeer  |  Toezichtbrief begroting 2026 Hollebeek" if self.kind == "adv"
                   else "Gemeente Hollebeek  |  Kadernota 2027")
            self.cell(self.tw, 4, txt, align="L")
            self.set_draw_color(*(PROV if self.kind == "adv" else GEM))
            self.line(self.lm, 16, self.w - self.lm, 16)
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(0, 4, f"{self.page_no()}" if self.kind == "adv" else f"Kadernota 2027 - pagina {self.page_no()}",
                  align="R")
        self.set_text_color(0)

    def para(self, t, fam="se", size=9.6, lh=5.0):
        self.set_font(fam, "", size)
        self.multi_cell(self.tw, lh, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def hd(self, t, col):
        self.ln(1.5)
        self.set_font("sa", "B", 10.5)
        self.set_text_color(*col)
        self.multi_cell(self.tw, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def table(self, rows, widths, hdr_col):
        self.set_font("sa", "", 8.2)
        self.set_draw_color(150, 160, 170)
        for i, r in enumerate(rows):
            self.set_font("sa", "B" if i == 0 else "", 8.2)
            for w, c in zip(widths, r):
                self.set_fill_color(*hdr_col)
                self.cell(w, 5.6, c, border=1, fill=(i == 0), align="L" if c == r[0] else "R")
            self.ln()
        self.ln(1)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*PROV)
    d.rect(d.lm, 14, 4, 14, "F")
    d.set_xy(d.lm + 7, 14)
    d.set_font("sa", "B", 13)
    d.cell(0, 6, "Provincie Noordermeer", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 7)
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 5, "Gedeputeerde Staten  |  Team Financieel Toezicht Gemeenten", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(6)
    d.set_font("sa", "", 9)
    d.multi_cell(90, 4.6, "Aan de gemeenteraad van Hollebeek\nPostbus 40\n4830 AA Hollebeek", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(4)
    for k, v in (("Datum", "4 december 2025"), ("Ons kenmerk", "FTG/2025/1184"), ("Onderwerp",
                 "Begroting 2026 en meerjarenraming 2027-2029")):
        d.set_font("sa", "B", 8.4)
        d.cell(30, 4.8, k)
        d.set_font("sa", "", 8.4)
        d.cell(0, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Geachte raad,")
    d.para("Wij hebben uw begroting 2026 en de meerjarenraming 2027-2029 op 12 november 2025 ontvangen. In deze brief "
        "geven wij ons oordeel en onze aandachtspunten. Op grond van artikel 203 van de Gemeentewet moet de begroting "
        "structureel en reëel in evenwicht zijn, of moet aannemelijk zijn dat dit evenwicht uiterlijk in het laatste "
        "jaar van de meerjarenraming tot stand komt.")
    d.hd("1 Ons oordeel en de toezichtvorm", PROV)
    d.para("Uw begroting 2026 is structureel en reëel in evenwicht. Voor 2026 geldt daarom het repressief toezicht: u "
        "hoeft de begroting niet vooraf aan ons ter goedkeuring voor te leggen. Het structurele saldo daalt wel van "
        "1,9 miljoen euro in 2026 naar 0,2 miljoen euro in 2029.")
    d.table([["Kengetal", "2024", "2025", "2026"], ["Netto schuldquote", "84%", "97%", "112%"],
             ["Solvabiliteitsratio", "31%", "28%", "24%"], ["Structurele exploitatieruimte", "2,1%", "1,4%", "0,9%"],
             ["Weerstandsratio", "1,6", "1,3", "1,1"]], [70, 30, 30, 30], PALE)
    d.set_font("sa", "I", 7.6)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Tabel 1. Financiële kengetallen gemeente Hollebeek (bron: begroting 2026).", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    d.hd("2 Opvolging van vorig jaar", PROV)
    d.para("In onze brief over de begroting 2025 schreven wij: 'Wij adviseerden u vorig jaar om een actueel "
        "beheerplan voor de wegen vast te stellen.' Dat plan is in juni 2025 door uw raad vastgesteld. Het "
        "onderhoud van de wegen is daarmee nu reëel geraamd.")
    d.hd("3 Investeringen en schuld", PROV)
    d.para("Uw gemeente investeert de komende vier jaar 46 miljoen euro, vooral in twee scholen en een sporthal. De "
        "netto schuldquote stijgt daardoor tot boven de 110 procent, de signaalwaarde die uw raad zelf heeft "
        "vastgesteld. Wij adviseren u in de financiële verordening een plafond voor de netto schuldquote op te "
        "nemen en bij overschrijding daarvan vooraf een besluit van de raad te vragen. Ook zien wij dat de "
        "kapitaallasten van de scholen pas vanaf 2028 volledig in de raming zijn opgenomen. Wij adviseren u de "
        "fasering van de investeringen elk half jaar in een aparte rapportage aan de raad toe te lichten.")
    d.hd("4 Weerstandsvermogen en risico's", PROV)
    d.para("De weerstandsratio daalt tot 1,1. De risico's van de jeugdzorg en de grondexploitatie De Kreek zijn in de "
        "paragraaf weerstandsvermogen niet gekwantificeerd. Wij adviseren u de algemene reserve aan te vullen tot "
        "een weerstandsratio van ten minste 1,4 in 2027. Daarnaast adviseren wij u de risico's van de "
        "grondexploitatie De Kreek elk jaar opnieuw te laten doorrekenen door een externe deskundige.")
    d.hd("5 Overige aandachtspunten", PROV)
    d.para("In de meerjarenraming is een taakstelling van 0,8 miljoen euro op de bedrijfsvoering opgenomen die nog "
        "niet is ingevuld. Wij adviseren u die taakstelling uiterlijk bij de begroting 2027 concreet in te vullen "
        "of te schrappen. De uitgaven voor jeugdzorg lagen in 2024 opnieuw 14 procent boven de raming. Wij adviseren "
        "u de raming voor jeugdzorg te baseren op de werkelijke uitgaven van de laatste twee jaren. Ten slotte "
        "adviseren wij u de begroting voortaan ook als open data te publiceren via de landelijke website.")
    d.para("Samengevat vragen wij aandacht voor de stijgende schuld, het dalende weerstandsvermogen en de nog niet "
        "ingevulde taakstelling. Wij vragen u deze brief te agenderen voor de vergadering van uw raad. Een afschrift "
        "zenden wij aan het college van burgemeester en wethouders.")
    d.para("Hoogachtend,\nGedeputeerde Staten van Noordermeer,\nnamens dezen,\n\nmr. L.P. Oosterhof, gedeputeerde "
        "Financieel Toezicht")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_fill_color(*GEM)
    d.rect(0, 0, d.w, 34, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm, 10)
    d.set_font("sa", "B", 18)
    d.cell(0, 8, "Kadernota 2027", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 9)
    d.cell(0, 6, "Gemeente Hollebeek  |  College van burgemeester en wethouders  |  12 mei 2026", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0)
    d.set_y(42)
    d.hd("1 Inleiding", GEM)
    d.para("Met deze kadernota geven wij de raad de financiële kaders voor de begroting 2027. De kadernota wordt "
        "behandeld in de raadsvergadering van 2 juli 2026. Wij gaan in op het financiële perspectief, op de "
        "toezichtbrief van de provincie over de begroting 2026 en op de voorstellen voor nieuw beleid.", "sa", 9.2)
    d.hd("2 Financieel perspectief", GEM)
    d.para("Het meerjarenperspectief is na verwerking van de decembercirculaire 2025 iets verbeterd.", "sa", 9.2)
    d.table([["Saldo (x 1.000 euro)", "2027", "2028", "2029", "2030"], ["Begroting 2026", "1.420", "640", "210", "-"],
             ["Na kadernota 2027", "1.380", "810", "450", "320"]], [58, 28, 28, 28, 18], PALE)
    d.hd("3 Reactie op de toezichtbrief", GEM)
    d.para("De provincie heeft op 4 december 2025 haar oordeel gegeven over onze begroting 2026. Wij zijn blij dat de "
        "begroting in evenwicht is bevonden. Hieronder gaan wij in op de aandachtspunten.", "sa", 9.2)
    d.para("**Weerstandsvermogen.** Wij stellen voor de algemene reserve in 2027 en 2028 met in totaal 2,4 miljoen "
        "euro aan te vullen, waarmee de weerstandsratio in 2027 op 1,4 uitkomt.", "sa", 9.2)
    d.para("**Schuld en investeringen.** Een plafond voor de netto schuldquote nemen wij op in de financiële "
        "verordening, die wij u in september voorleggen; bij overschrijding vragen wij vooraf uw besluit. Een aparte "
        "halfjaarlijkse rapportage over de fasering van de investeringen vinden wij niet nodig: de "
        "investeringen worden al in de bestuursrapportages per project gevolgd, en een extra rapportage vergroot "
        "alleen de administratieve last.", "sa", 9.2)
    d.para("**Taakstelling bedrijfsvoering.** De taakstelling van 0,8 miljoen euro vullen wij voor 0,5 miljoen euro in "
        "met het samenvoegen van twee afdelingen en minder inhuur. Voor het resterende deel zoeken wij nog naar "
        "dekking; het schrappen van dat deel sluiten wij niet uit.", "sa", 9.2)
    d.para("**Jeugdzorg.** Wij hebben het advies van de provincie ter kennis genomen. De regio Hollebeek-Kreekland "
        "werkt in 2026 aan een gezamenlijk ramingsmodel; wij wachten de uitkomst daarvan af voordat wij de "
        "systematiek veranderen.", "sa", 9.2)
    d.para("**Risico's grondexploitatie De Kreek.** De grondexploitatie wordt vanaf 2026 elk jaar door een extern "
        "bureau doorgerekend. De eerste doorrekening verschijnt bij de jaarrekening 2025.", "sa", 9.2)
    d.hd("4 Nieuw beleid", GEM)
    d.para("Wij stellen voor 0,3 miljoen euro per jaar vrij te maken voor het onderhoud van speelplaatsen en 0,15 "
        "miljoen euro voor de verlenging van de buurtbus naar Kreekland. De aanleg van het fietspad langs de "
        "Oude Vaart schuiven wij door naar 2029.", "sa", 9.2)
    d.hd("5 Voorstel aan de raad", GEM)
    d.para("Wij stellen de raad voor de kaders in deze nota vast te stellen als uitgangspunt voor de begroting 2027 en "
        "de voorstellen voor nieuw beleid daarin op te nemen.", "sa", 9.2)
    d.para("Burgemeester en wethouders van Hollebeek,\nde secretaris, drs. K. Yilmaz      de burgemeester, "
        "E.W. van Dongen", "sa", 9.2)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "Wij adviseren u in de financiële verordening een plafond voor de",
         "Een plafond voor de netto schuldquote nemen wij op", "agrees"),
        ("2", "Wij adviseren u de fasering van de investeringen elk half jaar",
         "halfjaarlijkse rapportage over de fasering van de investeringen vinden wij niet nodig", "disagrees"),
        ("3", "Wij adviseren u de algemene reserve aan te vullen tot een",
         "waarmee de weerstandsratio in 2027 op 1,4 uitkomt", "agrees"),
        ("4", "Daarnaast adviseren wij u de risico's van de grondexploitatie De Kreek",
         "De grondexploitatie wordt vanaf 2026 elk jaar door een extern", "agrees"),
        ("5", "Wij adviseren u die taakstelling uiterlijk bij de begroting 2027",
         "vullen wij voor 0,5 miljoen euro in", "partly"),
        ("6", "Wij adviseren u de raming voor jeugdzorg te baseren op de",
         "Wij hebben het advies van de provincie ter kennis genomen", "noted"),
        ("7", "Ten slotte adviseren wij u de begroting voortaan ook als open", None, "unanswered"),
    ], [
        "De kadernota wordt behandeld in de raadsvergadering van 2 juli 2026",
        "Het meerjarenperspectief is na verwerking van de decembercirculaire",
        "voor de verlenging van de buurtbus naar Kreekland",
        "Wij stellen de raad voor de kaders in deze nota vast",
    ], "TOEZICHTBRIEF of Gedeputeerde Staten as the municipalities' financial supervisor (Gemeentewet art. 203) on "
       "a municipality's budget, answered in that municipality's KADERNOTA (the college's spring framework "
       "memorandum to the council), chapter 3 of five. The Gemeentewet, repressief toezicht and the kengetallen are "
       "real; the provincie Noordermeer, gemeente Hollebeek, De Kreek, the figures and the people are invented. "
       "Recommendations: seven UNNUMBERED 'Wij adviseren u ...' sentences inside the paragraphs of sections 3-5 "
       "(numbers are their order). Not recommendations: the art. 203 'moet ... in evenwicht zijn', the toezichtvorm, "
       "Tabel 1, last year's letter quoted ('Wij adviseerden u vorig jaar ...', already done), 'Samengevat vragen "
       "wij aandacht voor ...' (paraphrase), 'Wij vragen u deze brief te agenderen'. Response: 1 Inleiding and 2 "
       "Financieel perspectief with a table (nothing); 3 bold run-in topics, order: 3 agrees (Weerstandsvermogen), "
       "ONE paragraph 'Schuld en investeringen' = 1 agrees + 2 disagrees, 5 partly (0.5 of 0.8 million filled in), "
       "6 noted ('ter kennis genomen', waiting for a regional model), 4 agrees; 4 Nieuw beleid and 5 Voorstel aan "
       "de raad (nothing); 7 (open data) UNANSWERED. Note the reply to 5 sits under 'Taakstelling bedrijfsvoering' "
       "and the reply to 4 under 'Risico's grondexploitatie De Kreek', the advice's own words.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))

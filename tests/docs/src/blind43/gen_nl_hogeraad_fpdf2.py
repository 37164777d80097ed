"""Round 43 (nl): an (invented) advice of the Belgian Hoge Raad voor Preventie en Bescherming op het werk on a draft
royal decree on heat at work (Codex over het welzijn op het werk, boek V, titel 1), with numbered points 1-9 under
'III. Unaniem advies' of which 1 (general appreciation) and 5 (taking note) are no recommendations, a table of action
values, and 'IV. Verdeelde standpunten' (workers vs employers; no advice of the Raad); answered by the VERSLAG AAN
DE KONING that precedes the decree ('Sire, ...'), whose article-by-article commentary follows up the advice and also
the Raad van State's. Engine: fpdf2 (DejaVu Serif/Sans, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind43nl/bin/python tests/docs/src/blind43/gen_nl_hogeraad_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b43nl as B  # noqa: E402

NAME = "blind43_nl_hogeraad"
DV = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, head, foot, fam="dv"):
        super().__init__(format="A4")
        self.head, self.foot, self.fam = head, foot, fam
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("dv", st, DV + f)
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("ds", st, DV + f)
        self.set_margins(24, 22, 24)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.line(24, 27, 186, 27)
            self.ln(4)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")

    def p(self, t, st="", size=9.5, indent=0, h=4.8, align="J"):
        self.set_font(self.fam, st, size)
        self.set_x(24 + indent)
        self.multi_cell(162 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align)
        self.ln(1.5)

    def pt(self, n, t):
        self.set_font(self.fam, "B", 9.5)
        y = self.get_y()
        self.set_xy(24, y)
        self.cell(9, 4.8, f"{n}.")
        self.set_font(self.fam, "", 9.5)
        self.set_xy(33, y)
        self.multi_cell(153, 4.8, t, new_x="LMARGIN", new_y="NEXT", align="J")
        self.ln(1.5)

    def hd(self, t, size=10):
        self.ln(1)
        self.p(t, "B", size, align="L")


def advice():
    d = Doc("Hoge Raad voor Preventie en Bescherming op het werk - Advies nr. 263 van 20 februari 2026",
            "{n}/{nb}")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_font("dv", "B", 9)
    d.set_text_color(0, 70, 120)
    d.cell(0, 5, "FOD Werkgelegenheid, Arbeid en Sociaal Overleg", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8)
    d.cell(0, 4.5, "Hoge Raad voor Preventie en Bescherming op het werk | Ernest Blerotstraat 1, 1070 Brussel",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(8)
    d.p("Advies nr. 263 van 20 februari 2026 met betrekking tot een ontwerp van koninklijk besluit tot wijziging "
        "van de codex over het welzijn op het werk, wat betreft de bescherming van de werknemers tegen hitte",
        "B", 12, align="L")
    d.p("(D263 - Codex boek V, titel 1 - Thermische omgevingsfactoren)", "I", 9)
    d.hd("I. Context")
    d.p("Bij brief van 9 januari 2026 heeft de minister van Werk het advies van de Hoge Raad gevraagd over een "
        "ontwerp van koninklijk besluit dat de bepalingen over warmte in de codex over het welzijn op het werk "
        "herziet. Het ontwerp werd besproken in het bureau van de Hoge Raad van 27 januari 2026 en in de "
        "commissie Fysische agentia van 5 februari 2026. Het advies werd goedgekeurd op de plenaire vergadering "
        "van 20 februari 2026.")
    d.hd("II. Voorwerp van het ontwerp")
    d.p("Het ontwerp vervangt de bestaande actiewaarden uit artikel V.1-3 van de codex door nieuwe waarden, "
        "uitgedrukt in de WBGT-index, voegt een verplichte risicoanalyse hitte toe (nieuw artikel V.1-3/1) en "
        "bepaalt welke maatregelen de werkgever moet nemen bij overschrijding. Volgens de nota aan de minister "
        "zouden de nieuwe regels in werking moeten treden vóór de zomer van 2026.")
    d.p("Het ontwerp hanteert de volgende actiewaarden:", align="L")
    d.set_font("dv", "B", 8.5)
    widths = (80, 40, 42)
    for w, c in zip(widths, ("Werkbelasting", "WBGT nu", "WBGT ontwerp")):
        d.cell(w, 6, c, border=1)
    d.ln()
    d.set_font("dv", "", 8.5)
    for row in (("zeer licht werk", "30", "29"), ("licht werk", "26", "26"), ("halfzwaar werk", "24", "23,5"),
                ("zwaar werk", "18", "22"), ("zeer zwaar werk", "18", "21")):
        d.set_x(24)
        for w, c in zip(widths, row):
            d.cell(w, 5.5, c, border=1)
        d.ln()
    d.ln(3)
    d.hd("III. Unaniem advies")
    d.pt(1, "De Hoge Raad staat positief tegenover het ontwerp. De actualisering van de actiewaarden was "
         "nodig: de bestaande waarden dateren van 2012 en houden geen rekening met de toegenomen hittegolven.")
    d.pt(2, "Artikel 2 van het ontwerp gebruikt naast de WBGT-index ook het begrip 'gevoelstemperatuur'. Dat "
         "schept verwarring. De Hoge Raad stelt voor de WBGT-index als enige referentie te hanteren en het begrip "
         "gevoelstemperatuur uit het ontwerp te schrappen.")
    d.pt(3, "De Hoge Raad vraagt dat de risicoanalyse hitte uitdrukkelijk ook betrekking heeft op werkposten in "
         "voertuigen en op mobiele werkplaatsen, waar de temperatuur snel kan oplopen.")
    d.pt(4, "Voor zeer zware arbeid ligt de voorgestelde actiewaarde dicht bij de grens waarboven het risico op "
         "hitteslag sterk toeneemt. De Hoge Raad adviseert de actiewaarde voor zeer zware arbeid met één graad "
         "te verlagen, tot 20.")
    d.pt(5, "De Hoge Raad neemt akte van de verklaring in de nota aan de minister dat het ontwerp geen gevolgen "
         "heeft voor de regeling inzake tijdelijke werkloosheid wegens slecht weer.")
    d.pt(6, "De Hoge Raad beveelt aan de verplichting om gratis fris drinkwater ter beschikking te stellen uit te "
         "breiden tot alle werknemers die bij hitte buiten werken, ook als de actiewaarde niet is "
         "overschreden.")
    d.pt(7, "De Hoge Raad vraagt een overgangsperiode van zes maanden na de bekendmaking, zodat werkgevers hun "
         "risicoanalyse en hun preventiemaatregelen kunnen aanpassen.")
    d.pt(8, "De Hoge Raad vraagt de FOD Werkgelegenheid om vóór de zomer van 2026 een praktische gids voor kmo's "
         "uit te werken, in overleg met de externe diensten voor preventie en bescherming op het werk.")
    d.pt(9, "De Hoge Raad wenst het besluit twee jaar na de inwerkingtreding te evalueren, op basis van gegevens "
         "van de externe diensten over hittegerelateerde incidenten.")
    d.hd("IV. Verdeelde standpunten")
    d.p("De vertegenwoordigers van de werknemersorganisaties vragen dat de werknemer het werk mag onderbreken "
        "zonder loonverlies zodra de actiewaarde twee uur lang wordt overschreden. De vertegenwoordigers van de "
        "werkgeversorganisaties zijn van oordeel dat een dergelijk recht de continuïteit van de bedrijven in "
        "gevaar zou brengen en dat de bestaande regels over collectieve maatregelen volstaan.")
    d.ln(3)
    d.p("Voor de Hoge Raad,\nM. Lenaerts, voorzitter\nJ. Dubois, secretaris", size=9, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Verslag aan de Koning - KB bescherming van de werknemers tegen hitte", "{n}", fam="ds")
    d.add_page()
    d.p("FEDERALE OVERHEIDSDIENST WERKGELEGENHEID, ARBEID EN SOCIAAL OVERLEG", "B", 9, align="C")
    d.p("[C - 2026/41187]", size=8.5, align="C")
    d.p("24 APRIL 2026. - Koninklijk besluit tot wijziging van de codex over het welzijn op het werk, wat betreft "
        "de bescherming van de werknemers tegen hitte", "B", 10, align="L")
    d.hd("VERSLAG AAN DE KONING", 10)
    d.p("Sire,")
    d.p("Het ontwerp van besluit dat wij de eer hebben aan Uwe Majesteit ter ondertekening voor te leggen, "
        "actualiseert de regels over de bescherming van de werknemers tegen warmte, die sinds 2012 niet meer "
        "werden gewijzigd. Het ontwerp werd voor advies voorgelegd aan de Hoge Raad voor Preventie en Bescherming "
        "op het werk, die op 20 februari 2026 advies nr. 263 uitbracht, en aan de Raad van State.")
    d.hd("Algemene bespreking")
    d.p("De Hoge Raad heeft een overwegend positief advies uitgebracht. Over de vraag of de werknemer het werk "
        "mag onderbreken met behoud van loon, konden de sociale partners geen eensgezind standpunt innemen. "
        "De regering heeft ervoor gekozen dat punt niet in dit besluit te regelen.")
    d.hd("Artikelsgewijze bespreking")
    d.p("Artikel 2", "B", 9.5, align="L")
    d.p("Overeenkomstig het advies van de Hoge Raad is het begrip gevoelstemperatuur weggelaten. De WBGT-index is "
        "voortaan de enige maatstaf voor de toepassing van dit besluit.")
    d.p("Artikel 3", "B", 9.5, align="L")
    d.p("In artikel 3 wordt de tabel met de actiewaarden vervangen. Voor zeer zware arbeid wordt de actiewaarde "
        "vastgesteld op 20,5. Een verlaging tot 20, zoals de Hoge Raad voorstelde, zou volgens de beschikbare "
        "studies buiten verhouding staan tot de bijkomende bescherming; de waarde ligt wel een halve graad lager "
        "dan in het ontwerp.")
    d.p("Artikel 4", "B", 9.5, align="L")
    d.p("Dit artikel voegt een artikel V.1-3/1 in over de risicoanalyse hitte. De Hoge Raad vroeg de "
        "werkposten in voertuigen uitdrukkelijk te vermelden. Die suggestie wordt meegenomen bij de herziening "
        "van boek III, titel 1 van de codex (arbeidsplaatsen), die momenteel wordt voorbereid.")
    d.p("Artikelen 5 en 8", "B", 9.5, align="L")
    d.p("Artikel 5 bepaalt dat de werkgever fris drinkwater kosteloos ter beschikking stelt. Zoals de Hoge Raad "
        "aanbeval, geldt die verplichting nu voor iedereen die bij warm weer in open lucht werkt, ongeacht de "
        "actiewaarde. Aan de vraag naar een overgangsperiode van zes maanden wordt daarentegen niet tegemoet "
        "gekomen: artikel 8 laat het besluit in werking treden op 1 juni 2026, omdat de bescherming anders pas "
        "in de zomer van 2027 effect zou hebben.")
    d.p("Artikel 6", "B", 9.5, align="L")
    d.p("Naar aanleiding van de opmerking van de Raad van State in zijn advies 79.113/1 van 26 maart 2026 werd "
        "de rechtsgrond aangevuld met artikel 4, paragraaf 1, eerste lid, van de wet van 4 augustus 1996 "
        "betreffende het welzijn van de werknemers bij de uitvoering van hun werk.")
    d.p("Artikel 7", "B", 9.5, align="L")
    d.p("Op vraag van de Hoge Raad bepaalt artikel 7 dat de minister het besluit twee jaar na de "
        "inwerkingtreding evalueert. De externe diensten bezorgen daartoe jaarlijks hun gegevens over "
        "hittegerelateerde incidenten.")
    d.ln(2)
    d.p("Wij hebben de eer te zijn,\n\nSire,\nvan Uwe Majesteit,\nde zeer eerbiedige\nen zeer getrouwe dienaar,"
        "\n\nDe Minister van Werk,\nD. VERSCHUEREN", size=9, align="L")
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("2", "De Hoge Raad stelt voor de WBGT-index als enige referentie", "is het begrip gevoelstemperatuur "
         "weggelaten", "agrees"),
        ("3", "De Hoge Raad vraagt dat de risicoanalyse hitte uitdrukkelijk ook", "Die suggestie wordt meegenomen "
         "bij de herziening van boek III", "noted"),
        ("4", "De Hoge Raad adviseert de actiewaarde voor zeer zware arbeid", "Voor zeer zware arbeid wordt de "
         "actiewaarde vastgesteld op 20,5", "partly"),
        ("6", "De Hoge Raad beveelt aan de verplichting om gratis fris", "geldt die verplichting nu voor iedereen "
         "die bij warm weer", "agrees"),
        ("7", "De Hoge Raad vraagt een overgangsperiode van zes maanden na", "wordt daarentegen niet tegemoet "
         "gekomen", "disagrees"),
        ("8", "De Hoge Raad vraagt de FOD Werkgelegenheid om vóór de", None, "unanswered"),
        ("9", "De Hoge Raad wenst het besluit twee jaar na de", "bepaalt artikel 7 dat de minister het besluit "
         "twee jaar", "agrees"),
    ]
    unmatched = ["de rechtsgrond aangevuld met artikel 4, paragraaf 1",
                 "heeft ervoor gekozen dat punt niet in dit besluit te regelen"]
    notes = ("Belgian Hoge Raad voor Preventie en Bescherming op het werk, advies nr. 263 on a draft royal decree "
             "(heat at work): context with dates, 'zouden ... moeten' in the object section, a table of WBGT action "
             "values, codex article numbers; 'III. Unaniem advies' numbered 1-9 where 1 (general appreciation) and "
             "5 ('neemt akte van') are NOT recommendations, so the recommendations keep the advice's own numbers "
             "2, 3, 4, 6, 7, 8, 9 ('stelt voor', 'vraagt', 'adviseert', 'beveelt aan', 'wenst'); 'IV. Verdeelde "
             "standpunten' (workers vs employers) is no advice of the Raad. Reply: Verslag aan de Koning ('Sire, "
             "...'), article-by-article commentary keyed to the decree's own article numbers (not the advice's "
             "points), order 2, 4, 3, 6+7, 9: art. 2 gevoelstemperatuur dropped (agrees); art. 3 20,5 instead of "
             "20 (partly); art. 4 vehicles taken along in a later revision of boek III (noted); 'Artikelen 5 en 8' "
             "drinking water for all outdoor workers (6, agrees) and no transition period (7, disagrees) in one "
             "paragraph; art. 7 evaluation after two years (9, agrees); 8 (practical guide for SMEs) unanswered; "
             "the 'Algemene bespreking' sentence on the divided positions and 'Artikel 6' on the Raad van State's "
             "advice answer no recommendation.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

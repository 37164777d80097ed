"""Round 47 (nl): an (invented) ADVIES of the GEMEENTELIJKE LANDBOUWRAAD of a Flemish municipality on the draft
gemeentelijk wegenplan for trage wegen (Decreet gemeentewegen articles, trap), with meeting data (aanwezig,
stemming), a table of routes coded T03-T21 (trap), the council's own 2021 advice quoted (trap), a minority view
quoted as an imperative (trap), 'voorwaardelijk gunstig advies', and six recommendations: four UNNUMBERED bullets
after 'De landbouwraad vraagt het college:', a question 'Kan het college bevestigen ...?' and a closing 'pleit
voor' sentence (numbered 1-6 in document order); answered by the municipality's TERUGKOPPELINGSFORMULIER to the
advisory council (form fields, tick boxes per advice point, 'Motivering'). Engine: fpdf2 (DejaVu, no text
shaping). Answer key: README-nl.md.

Run: /tmp/blind47nl/bin/python tests/docs/src/blind47/gen_nl_landbouwraad_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b47nl as B  # noqa: E402

NAME = "blind47_nl_landbouwraad"
DV = "/usr/share/fonts/truetype/dejavu/"
GREEN = (88, 120, 30)
NAVY = (20, 55, 100)


class Doc(FPDF):
    def __init__(self, head, foot, color=GREEN, serif=False):
        super().__init__(format="A4")
        self.head, self.foot, self.color = head, foot, color
        base = "DejaVuSerif" if serif else "DejaVuSans"
        it = "Italic" if serif else "Oblique"
        for stl, f in (("", base + ".ttf"), ("B", base + "-Bold.ttf"), ("I", f"{base}-{it}.ttf"),
                       ("BI", f"{base}-Bold{it}.ttf")):
            self.add_font("dv", stl, DV + f)
        self.add_font("ds", "", DV + "DejaVuSans.ttf")
        self.add_font("ds", "B", DV + "DejaVuSans-Bold.ttf")
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_font("ds", "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            self.cell(83, 5, self.head[0])
            self.cell(83, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*self.color)
            self.line(22, 16.5, 188, 16.5)
            self.set_draw_color(0)
            self.set_y(22)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("ds", "", 7.5)
        self.set_text_color(90)
        self.cell(0, 5, self.foot.format(n=self.page_no(), nb="{nb}"), align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.6, align="J", markdown=False):
        self.set_font("dv", stl, size)
        self.set_x(22 + indent)
        self.multi_cell(166 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=markdown)
        self.ln(1.4)

    def hang(self, mark, t, indent=7, size=9.2, stl=""):
        self.set_font("dv", stl, size)
        if self.get_y() + 10 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_x(22 + indent - 5)
        self.cell(5, 4.6, mark)
        self.set_xy(22 + indent, y)
        self.multi_cell(166 - indent, 4.6, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(1.0)

    def hd(self, t, size=10.5):
        self.ln(1.5)
        self.set_text_color(*self.color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)


def advice():
    d = Doc(("Gemeentelijke landbouwraad Rodebeke", "Advies 2026/03 - ontwerp gemeentelijk wegenplan"),
            "pagina {n} van {nb}")
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(0, 0, 210, 7, "F")
    d.set_y(14)
    d.set_font("ds", "B", 13)
    d.set_text_color(*GREEN)
    d.cell(0, 7, "Gemeentelijke landbouwraad Rodebeke", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 7.8)
    d.set_text_color(80)
    d.cell(0, 4.5, "secretariaat: dienst Omgeving, Markt 1, 8775 Rodebeke | landbouwraad@rodebeke.be",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(6)
    d.set_font("ds", "B", 15)
    d.multi_cell(0, 7, "Advies 2026/03 over het ontwerp van gemeentelijk wegenplan 'Trage wegen Rodebeke'",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("ds", "", 8.4)
    for k, v in (("Adviesvraag", "college van burgemeester en schepenen, brief van 3 februari 2026"),
                 ("Vergadering", "24 februari 2026, zaal De Schuur, gemeentehuis"),
                 ("Aanwezig", "Bart Vandewalle (voorzitter), Griet Decock, Jan Maes, Koen Verhaeghe, Lieve "
                              "Desmet, Pieter-Jan Lannoo, Sofie Van Acker, Wim Claeys; Hanne Dewulf (secretaris, "
                              "zonder stemrecht)"),
                 ("Verontschuldigd", "Marc Lefevere, Ria Vermeersch"),
                 ("Stemming", "7 stemmen voor, 1 onthouding")):
        d.set_font("ds", "B", 8.4)
        d.cell(32, 4.6, k)
        d.set_font("ds", "", 8.4)
        d.multi_cell(134, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("1. Adviesvraag")
    d.p("Het college vraagt de landbouwraad om advies over het ontwerp van gemeentelijk wegenplan 'Trage wegen "
        "Rodebeke', voorlopig vastgesteld door de gemeenteraad op 26 januari 2026. Het plan wijzigt of schaft "
        "ruim 14 kilometer buurtwegen af en legt 9,6 kilometer nieuwe trage wegen vast. Volgens artikel 17 van "
        "het Decreet gemeentewegen van 3 mei 2019 wordt over het ontwerp een openbaar onderzoek georganiseerd; "
        "de landbouwraad brengt vooraf advies uit.")
    d.hd("2. Situering")
    d.p("Het plan wil een samenhangend netwerk van trage wegen voor voetgangers en fietsers, dat de "
        "deelgemeenten met de scholen en de Mandelvallei verbindt. Artikel 3 van het decreet bepaalt dat "
        "gemeentewegen de verkeersveiligheid moeten bevorderen en dat de gemeente rekening moet houden met de "
        "belangen van de aangelanden. Voor de landbouw gaat het vooral om de volgende tracés:")
    d.set_font("ds", "B", 8)
    d.set_fill_color(228, 236, 214)
    w = (16, 62, 22, 66)
    for c, x in zip(("Tracé", "Ligging", "Lengte", "Betrokken landbouwgrond"), w):
        d.cell(x, 6, c, border=1, fill=True)
    d.ln()
    d.set_font("ds", "", 8)
    for r in (("T03", "Kapelleveld - Zuidstraat", "1,2 km", "akkers, 4 gebruikers"),
              ("T07", "Mandelvallei, oever", "2,1 km", "graasweiden, 2 gebruikers"),
              ("T14", "Meerschweg - hoeve Ter Meersch", "0,6 km", "huiskavel en erf, 1 gebruiker"),
              ("T21", "Spoorwegbedding Oost", "3,4 km", "geen (bestaande bedding)")):
        for c, x in zip(r, w):
            d.cell(x, 5.5, c, border=1)
        d.ln()
    d.ln(3)
    d.hd("3. Bespreking")
    d.p("De landbouwraad steunt een beter netwerk van trage wegen. Veel landbouwers gebruiken de buurtwegen zelf "
        "en begrijpen dat wandelaars en fietsers veilig weg willen van de drukke gewestwegen. Tegelijk lopen "
        "verschillende nieuwe tracés langs of door percelen die volop in gebruik zijn. Landbouwers vrezen "
        "schade aan gewassen, loslopende honden bij het vee en conflicten met landbouwverkeer.")
    d.p("De raad herinnert aan zijn advies 2021/05 over de heraanleg van de Kapellestraat, waarin hij vroeg: "
        "'Betrek de landbouwers bij elke heraanleg van een buurtweg.' Dat is toen gebeurd en goed verlopen. "
        "Bij de opmaak van dit ontwerp zijn de landbouwers echter alleen via een algemene infoavond "
        "geïnformeerd.")
    d.p("Eén lid wilde het hele plan uitstellen: 'Wacht met het wegenplan tot de nieuwe ruilverkaveling "
        "Mandelvallei is afgerond.' De meerderheid volgt dat niet, omdat de ruilverkaveling pas na 2030 klaar "
        "is.")
    d.hd("4. Advies")
    d.p("De landbouwraad geeft een voorwaardelijk gunstig advies over het ontwerp van gemeentelijk wegenplan. "
        "De landbouwraad vraagt het college:")
    for t in ("elke landbouwer van wie een perceel aan een nieuw tracé grenst, individueel te consulteren "
              "vóór de definitieve vaststelling van dat tracé;",
              "langs akkers een bufferstrook van minstens 2 meter aan te leggen tussen de trage weg en het "
              "teeltperceel, op kosten van de gemeente;",
              "waar een trage weg een landbouwweg kruist, paaltjes te plaatsen die landbouwers zelf kunnen "
              "wegnemen om met hun machines door te rijden;",
              "het tracé T14 door de huiskavel van de hoeve Ter Meersch te schrappen en een alternatief langs "
              "de Meersbeek te onderzoeken."):
        d.hang("\u2022", t)
    d.ln(1)
    d.p("Kan het college bevestigen dat landbouwers die grond afstaan voor een nieuw tracé een vergoeding "
        "krijgen die minstens gelijk is aan de vergoeding bij onteigening, met inbegrip van de "
        "gebruikersvergoeding voor de pachter?")
    d.p("Tot slot pleit de landbouwraad voor borden met eenvoudige gedragsregels aan het begin van elke trage "
        "weg: honden aan de leiband, blijf op het pad, betreed geen akkers of weiden.")
    d.p("Samengevat: de landbouwraad zegt ja tegen de trage wegen, als de landbouwers erbij worden betrokken en "
        "hun bedrijfsvoering niet in het gedrang komt. De raad ontvangt graag, zoals artikel 304 van het "
        "Decreet over het lokaal bestuur voorschrijft, een gemotiveerde terugkoppeling.")
    d.ln(3)
    d.set_font("dv", "", 9)
    d.cell(83, 4.6, "Hanne Dewulf")
    d.cell(83, 4.6, "Bart Vandewalle", new_x="LMARGIN", new_y="NEXT")
    d.cell(83, 4.6, "secretaris")
    d.cell(83, 4.6, "voorzitter", new_x="LMARGIN", new_y="NEXT")
    d.output(B.out(NAME + "_advice.pdf"))


def box(d, title, summary, ticks, motiv):
    d.ln(1.5)
    d.set_fill_color(226, 233, 242)
    d.set_font("ds", "B", 8.8)
    d.cell(166, 6, title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 8.4)
    d.multi_cell(166, 4.6, "Adviespunt: " + summary, border="LR", new_x="LMARGIN", new_y="NEXT")
    labels = ("volgt het advies", "volgt het advies gedeeltelijk", "volgt het advies niet", "neemt kennis")
    line = "Het college:   " + "   ".join(("\u2612 " if i in ticks else "\u2610 ") + lb for i, lb in enumerate(labels))
    d.multi_cell(166, 5.4, line, border="LR", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "B", 8.4)
    d.cell(166, 4.6, "Motivering:", border="LR", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.8)
    d.multi_cell(166, 4.5, motiv, border="LRB", new_x="LMARGIN", new_y="NEXT", align="J")


def response():
    d = Doc(("Gemeente Rodebeke", "Terugkoppeling advies adviesraad - 2026/03 landbouwraad"), "{n}/{nb}",
            color=NAVY)
    d.add_page()
    d.set_font("ds", "B", 14)
    d.set_text_color(*NAVY)
    d.cell(110, 7, "gemeente Rodebeke")
    d.set_font("ds", "", 7.5)
    d.set_text_color(80)
    d.multi_cell(56, 3.6, "Markt 1, 8775 Rodebeke\n056 71 20 00 | www.rodebeke.be", align="R",
                 new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(4)
    d.set_font("ds", "B", 12)
    d.cell(0, 6, "TERUGKOPPELING AAN DE ADVIESRAAD", new_x="LMARGIN", new_y="NEXT")
    d.set_font("ds", "", 7.8)
    d.cell(0, 4.5, "formulier AR-03 | art. 304, par. 3 Decreet over het lokaal bestuur | in te vullen door de "
           "dossierbeheerder", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for k, v in (("Adviesraad", "gemeentelijke landbouwraad"),
                 ("Advies", "2026/03 van 24 februari 2026 - ontwerp gemeentelijk wegenplan 'Trage wegen Rodebeke'"),
                 ("Behandeld door", "college van burgemeester en schepenen, zitting van 23 maart 2026, punt 14"),
                 ("Bevoegd schepen", "Annelies Verstraete, schepen van Mobiliteit en Landbouw"),
                 ("Dossierbeheerder", "Thomas Goethals, dienst Omgeving (thomas.goethals@rodebeke.be)")):
        d.set_font("ds", "B", 8.4)
        d.cell(38, 5.6, k, border=1)
        d.set_font("ds", "", 8.4)
        d.multi_cell(128, 5.6, v, border=1, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.p("Het college dankt de landbouwraad voor het grondige advies. Hieronder volgt per adviespunt de "
        "beslissing van het college. Het college neemt dit formulier op in het dossier dat aan de gemeenteraad "
        "wordt voorgelegd bij de definitieve vaststelling.", size=8.8)
    box(d, "1. Betrokkenheid van de landbouwers",
        "individueel overleg met aangelanden vóór de definitieve vaststelling.", {0},
        "Tijdens het openbaar onderzoek nodigt de dienst Omgeving elke gebruiker van een aangrenzend perceel uit "
        "voor een keukentafelgesprek. Samen met de landbouwraad wordt de lijst van 23 landbouwers opgemaakt. De "
        "verslagen worden bij het dossier gevoegd.")
    box(d, "2. Vergoeding bij grondafstand",
        "vergoeding minstens gelijk aan onteigening, ook voor pachters.", {3},
        "De vergoeding wordt per perceel bepaald bij de verwerving. Het college verwijst hiervoor naar de "
        "Vlaamse Landmaatschappij, die de schattingen uitvoert, en naar de gemeenteraad, die over de "
        "aankopen beslist. Het college kan daar vandaag niet op vooruitlopen.")
    box(d, "3. Kruisingen met landbouwwegen en tracé T14",
        "wegneembare paaltjes; tracé T14 schrappen.", {0, 2},
        "Bij alle kruisingen komen paaltjes met een sleutelslot; elke landbouwer die erom vraagt, krijgt een "
        "sleutel. Het tracé T14 blijft behouden: het is de enige veilige verbinding tussen de wijk Meerschhoek "
        "en de basisschool en de gemeenteraad heeft die verbinding uitdrukkelijk gevraagd. Wel wordt het pad "
        "met een haag van het erf gescheiden.")
    box(d, "4. Bufferstrook langs akkers",
        "bufferstrook van minstens 2 meter op kosten van de gemeente.", {1},
        "Langs akkers komt een grasstrook van 1 meter breed, die de gemeente aanlegt en maait. Een strook van 2 "
        "meter zou te veel landbouwgrond kosten en is volgens het college niet nodig.")
    d.ln(3)
    d.set_font("ds", "B", 9)
    d.cell(0, 5, "Verdere procedure", new_x="LMARGIN", new_y="NEXT")
    d.p("Het openbaar onderzoek loopt van 2 april tot en met 1 mei 2026. Op dinsdag 14 april 2026 is er een "
        "infomarkt in zaal De Schuur van 16 tot 20 uur. Bezwaren en opmerkingen kunnen schriftelijk of via het "
        "e-loket worden ingediend.", size=8.8)
    d.ln(2)
    d.p("Namens het college,\nde algemeen directeur, Els Deprez                    de burgemeester, Filip Van "
        "Hecke", size=8.8, align="L")
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "elke landbouwer van wie een perceel aan een nieuw tracé grenst",
         "nodigt de dienst Omgeving elke gebruiker van een aangrenzend perceel uit", "agrees"),
        ("2", "langs akkers een bufferstrook van minstens 2 meter aan te",
         "Langs akkers komt een grasstrook van 1 meter breed", "partly"),
        ("3", "waar een trage weg een landbouwweg kruist, paaltjes te plaatsen",
         "Bij alle kruisingen komen paaltjes met een sleutelslot", "agrees"),
        ("4", "het tracé T14 door de huiskavel van de hoeve Ter Meersch",
         "Het tracé T14 blijft behouden", "disagrees"),
        ("5", "Kan het college bevestigen dat landbouwers die grond afstaan voor",
         "Het college kan daar vandaag niet op vooruitlopen", "noted"),
        ("6", "Tot slot pleit de landbouwraad voor borden met eenvoudige gedragsregels",
         None, "unanswered"),
    ]
    unmatched = ["Het openbaar onderzoek loopt van 2 april tot en met 1 mei 2026"]
    notes = ("Flemish gemeentelijke landbouwraad Rodebeke, advies 2026/03 on the draft gemeentelijk wegenplan 'Trage "
             "wegen Rodebeke': green band and letterhead, running header from page 2, 'pagina N van M', a meeting "
             "block (adviesvraag, aanwezig, stemming), Decreet gemeentewegen articles 3 and 17 ('moeten', trap), a "
             "route table with codes T03-T21 (trap), the council's 2021 advice quoted as an imperative and carried "
             "out (trap), a minority member's imperative 'Wacht met het wegenplan ...' rejected (trap), "
             "'voorwaardelijk gunstig advies', and six recommendations numbered 1-6 in document order: four "
             "UNNUMBERED bullets (infinitive clauses) after 'De landbouwraad vraagt het college:' (1 individual "
             "consultation, 2 buffer strip of 2 m, 3 removable posts, 4 drop route T14), a question 'Kan het college "
             "bevestigen ...?' on compensation (5) and 'Tot slot pleit de landbouwraad voor borden ...' (6), then a "
             "'Samengevat' paraphrase and Decreet lokaal bestuur art. 304 (traps). Reply: the municipality's "
             "TERUGKOPPELINGSFORMULIER (form AR-03: field table, boxed blocks per advice point with a short summary, "
             "tick boxes 'volgt het advies / gedeeltelijk / niet / neemt kennis' and a 'Motivering'), its own "
             "numbering 1-4 in the order 1, 5, 3+4, 2: kitchen-table talks with every farmer (1 agrees); "
             "compensation referred to the VLM and the council, 'kan daar vandaag niet op vooruitlopen', box 'neemt "
             "kennis' ticked (5 noted); ONE block with both 'volgt' and 'volgt niet' ticked: posts with a key lock "
             "(3 agrees) and 'Het tracé T14 blijft behouden' with a hedge (4 disagrees); a 1 m grass strip instead of "
             "2 m (2 partly); 6 (signs with rules) unanswered; 'Verdere procedure' (openbaar onderzoek, infomarkt) "
             "unmatched.")
    B.write_expected(NAME, recs, unmatched, notes)
    B.check(NAME)

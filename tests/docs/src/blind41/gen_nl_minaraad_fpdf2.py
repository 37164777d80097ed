"""Round 41 (nl, Flanders): an (invented) advice of the Minaraad (Milieu- en Natuurraad van Vlaanderen) on a
voorontwerp van decreet on rainwater ('hemelwaterdecreet'), recommendations tagged at the END of paragraphs
('[A1]' ...), answered by the minister's PERSBERICHT on the Flemish Government's second principled approval.
Engine: fpdf2 (DejaVu, no text shaping). Answer key: README-nl.md.

Run: /tmp/blind41nl/bin/python tests/docs/src/blind41/gen_nl_minaraad_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b41nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind41_nl_minaraad"


class Doc(FPDF):
    def __init__(self, header_text, footer_text, accent):
        super().__init__(format="A4")
        self.ht, self.ft, self.acc = header_text, footer_text, accent
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, B.DV + f)
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", "", 7.5)
            self.set_text_color(*self.acc)
            self.set_xy(22, 10)
            self.cell(0, 5, self.ht)
            self.set_draw_color(*self.acc)
            self.line(22, 16, 188, 16)
            self.set_y(22)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.ft + f"  |  {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def hd(self, t):
        self.ln(2)
        self.set_font("dv", "B", 11)
        self.set_text_color(*self.acc)
        self.multi_cell(0, 6, t)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def p(self, t, size=9.4, style=""):
        self.set_font("dv", style, size)
        self.multi_cell(0, 4.9, t, markdown=True)
        self.ln(2)


def advice():
    d = Doc("Minaraad | Advies 2026-07 | Voorontwerp van hemelwaterdecreet", "Minaraad, Koning Albert II-laan 37, "
            "1030 Brussel", (0, 110, 90))
    d.add_page()
    d.set_fill_color(0, 110, 90)
    d.rect(0, 0, 210, 34, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(22, 9)
    d.set_font("dv", "B", 18)
    d.cell(0, 9, "Minaraad")
    d.set_xy(22, 19)
    d.set_font("dv", "", 9)
    d.cell(0, 5, "Strategische adviesraad voor milieu en natuur in Vlaanderen")
    d.set_text_color(0, 0, 0)
    d.set_y(42)
    d.set_font("dv", "B", 14)
    d.multi_cell(0, 7, "Advies over het voorontwerp van decreet over hemelwaterbeheer")
    d.ln(1)
    d.p("Advies 2026-07 | 5 maart 2026 | Gevraagd door Vlaams minister van Omgeving en Natuur, brief van 21 januari "
        "2026 | Behandeling: commissie Water, plenaire raad 5 maart 2026 (goedgekeurd bij consensus)", 8.2)
    d.hd("Leeswijzer")
    d.p("De Minaraad formuleert zijn aanbevelingen in de lopende tekst. Elke aanbeveling is achteraan gemarkeerd met "
        "een code tussen vierkante haken, zodat de administratie er in de opvolging naar kan verwijzen. Alinea's "
        "zonder code bevatten vaststellingen of toelichting.")
    d.hd("1. Situering")
    d.p("Het voorontwerp verankert de hemelwaterplannen van de gemeenten in een decreet, wijzigt artikel 4.2.1 van het "
        "Decreet Integraal Waterbeleid en vervangt de gewestelijke stedenbouwkundige verordening hemelwater van 2023 "
        "gedeeltelijk. Vlaanderen telt 285 gemeenten; op 1 januari 2026 hadden er 171 een goedgekeurd "
        "hemelwaterplan, 64 een plan in opmaak en 50 geen plan.")
    d.p("In zijn advies over de Blue Deal (2021/14) vroeg de raad al: 'Maak van de hemelwaterplannen een bindend "
        "instrument.' De raad stelt vast dat het voorontwerp die richting uitgaat en verwelkomt dat.")
    d.hd("2. Hemelwaterplannen")
    d.p("De hemelwaterplannen zouden eigenlijk ook de afstroming van landbouwpercelen moeten meenemen, maar het "
        "voorontwerp beperkt zich tot verhard oppervlak. Dat is een vaststelling die in de evaluatie aan bod moet "
        "komen.")
    d.p("De raad vraagt de Vlaamse Regering om de termijn waarbinnen gemeenten een hemelwaterplan moeten vaststellen, "
        "te verlengen van twee naar drie jaar, en kleine gemeenten daarbij inhoudelijk te ondersteunen. **[A1]**")
    d.p("Veranker in het decreet dat hemelwaterplannen om de zes jaar worden herzien, gelijklopend met de "
        "stroomgebiedbeheerplannen. **[A2]**")
    d.hd("3. Verharding en ontharding")
    d.p("Het verharde oppervlak in Vlaanderen nam tussen 2013 en 2022 toe met gemiddeld 5,1 hectare per dag. De "
        "betonstop moet volgens het Beleidsplan Ruimte in 2040 gerealiseerd zijn.")
    d.p("De raad beveelt aan om een heffing in te voeren op nieuwe verharding boven 200 m², waarvan de opbrengst "
        "naar onthardingsprojecten gaat. **[B1]**")
    d.p("Breid het subsidiekader Vlaanderen Breekt Uit uit naar private eigenaars van bedrijfsterreinen. **[B2]**")
    d.hd("4. Handhaving en monitoring")
    d.p("Uit de bevraging van de VMM blijkt dat 38% van de gemeenten de naleving van de hemelwaterverordening niet "
        "controleert. Handhaving zou sterker moeten, maar ligt primair bij de gemeenten.")
    d.p("De raad vraagt om in het decreet een jaarlijkse rapportering door de gemeenten aan de VMM in te schrijven, "
        "met een beperkt aantal indicatoren. **[C1]**")
    d.p("Voorzie voor de Vlaamse Milieumaatschappij extra personeelsinzet om de plannen te toetsen, minstens vier "
        "voltijdse equivalenten. **[C2]**")
    d.p("Betrek de drinkwatermaatschappijen en de rioolbeheerders formeel bij de opmaak van de plannen. **[C3]**")
    d.hd("5. Besluit")
    d.p("De Minaraad steunt het voorontwerp op hoofdlijnen. Hij vraagt de minister om bij de tweede principiële "
        "goedkeuring te motiveren hoe met de aanbevelingen A1 tot C3 is omgegaan, zoals artikel 7 van het decreet "
        "van 18 juli 2003 betreffende de strategische adviesraden dat voorziet.")
    d.p("Voor de Minaraad,\nAn Verhaegen, voorzitter | Koen De Wilde, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Persbericht | Kabinet Vlaams minister van Omgeving en Natuur | 17 april 2026", "Vlaamse overheid | "
            "Kabinet Omgeving en Natuur | Koning Albert II-laan 19, 1210 Brussel", (40, 40, 40))
    d.add_page()
    d.set_font("dv", "B", 9)
    d.set_fill_color(255, 230, 0)
    d.cell(28, 7, " VLAANDEREN", fill=True)
    d.set_font("dv", "", 8.5)
    d.cell(0, 7, "   Kabinet van de Vlaams minister van Omgeving en Natuur, Lien Vermaelen")
    d.ln(12)
    d.set_font("dv", "B", 9)
    d.cell(0, 5, "PERSBERICHT | Brussel, 17 april 2026 | Embargo tot 12.00 uur")
    d.ln(8)
    d.set_font("dv", "B", 15)
    d.multi_cell(0, 7.5, "Elke Vlaamse gemeente krijgt een bindend hemelwaterplan")
    d.ln(1)
    d.set_font("dv", "I", 10)
    d.multi_cell(0, 5.5, "Vlaamse Regering keurt hemelwaterdecreet voor de tweede keer principieel goed")
    d.ln(3)
    d.p("**De Vlaamse Regering heeft vandaag het voorontwerp van hemelwaterdecreet een tweede keer principieel "
        "goedgekeurd. Elke gemeente moet een hemelwaterplan opmaken dat bindend is voor de eigen projecten. 'Water "
        "dat we vasthouden, hoeven we in een droge zomer niet te zoeken', zegt minister Lien Vermaelen.**")
    d.hd("Drie jaar tijd, en hulp voor kleine gemeenten")
    d.p("Na het advies van de Minaraad en de VVSG krijgen gemeenten drie jaar in plaats van twee om hun plan vast "
        "te stellen. Gemeenten met minder dan 15.000 inwoners kunnen rekenen op begeleiding door de VMM en de "
        "provincies. 'We vragen veel van de lokale besturen, dus we geven hen ook de tijd', aldus Vermaelen. De "
        "plannen worden voortaan elke zes jaar herzien, samen met de stroomgebiedbeheerplannen.")
    d.hd("Geen nieuwe heffing")
    d.p("De Minaraad stelde een heffing voor op nieuwe verharding. De regering kiest daar uitdrukkelijk niet voor. "
        "'Een nieuwe belasting is geen goed signaal voor gezinnen en bedrijven; we zetten in op de verordening en "
        "op subsidies', zegt de minister. Of Vlaanderen Breekt Uit ook opengesteld kan worden voor "
        "bedrijfsterreinen, wordt bekeken bij de herziening van het subsidiebesluit in 2027.")
    d.hd("Opvolging")
    d.p("Gemeenten zullen jaarlijks rapporteren via het bestaande Lokaal Water Loket, met vijf indicatoren. Voor "
        "extra personeel bij de VMM is in de begroting 2026 geen ruimte; de toetsing gebeurt binnen de bestaande "
        "teams.")
    d.hd("Wateroverlast in Denderleeuw")
    d.p("Los van het decreet trekt de Vlaamse Regering 3,2 miljoen euro uit voor het bufferbekken aan de "
        "Bellebeek, na de wateroverlast van november 2025.")
    d.hd("Volgende stappen")
    d.p("Het voorontwerp gaat nu voor advies naar de Raad van State. De minister verwacht het ontwerp van decreet "
        "na de zomer in te dienen bij het Vlaams Parlement.")
    d.set_draw_color(120, 120, 120)
    d.line(22, d.get_y(), 188, d.get_y())
    d.ln(2)
    d.p("**Noot voor de redactie** | Perscontact: Jens Maertens, woordvoerder, +32 478 00 00 00, "
        "pers.vermaelen@vlaanderen.be | Het advies 2026-07 van de Minaraad staat op minaraad.be.", 8)
    d.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("A1", "De raad vraagt de Vlaamse Regering om de termijn waarbinnen", "krijgen gemeenten drie jaar in "
         "plaats van twee", "agrees"),
        ("A2", "Veranker in het decreet dat hemelwaterplannen om de zes jaar", "De plannen worden voortaan elke zes "
         "jaar herzien", "agrees"),
        ("B1", "De raad beveelt aan om een heffing in te voeren", "De regering kiest daar uitdrukkelijk niet voor",
         "disagrees"),
        ("B2", "Breid het subsidiekader Vlaanderen Breekt Uit uit naar private", "wordt bekeken bij de herziening "
         "van het subsidiebesluit in 2027", "noted"),
        ("C1", "De raad vraagt om in het decreet een jaarlijkse rapportering", "Gemeenten zullen jaarlijks "
         "rapporteren via het bestaande Lokaal Water Loket", "agrees"),
        ("C2", "Voorzie voor de Vlaamse Milieumaatschappij extra personeelsinzet om de plannen",
         "Voor extra personeel bij de VMM is in de begroting", "disagrees"),
        ("C3", "Betrek de drinkwatermaatschappijen en de rioolbeheerders formeel bij de", None, "unanswered"),
    ]
    unmatched = ["3,2 miljoen euro uit voor het bufferbekken aan de Bellebeek"]
    notes = ("Minaraad advice: green title band, reading guide explaining that recommendations are tagged at the END "
             "of their paragraph ([A1] ... [C3]); untagged paragraphs are findings ('zouden ... moeten', 'moet', "
             "'zou ... moeten'), figures (285 municipalities, 5,1 ha per day, 38%), decree article numbers, the "
             "2021 Blue Deal advice quoted as an imperative (trap); '5. Besluit' asks for motivation of A1-C3 "
             "(not a recommendation). Seven tagged recommendations (requests, 'beveelt aan', imperatives). Reply: "
             "the minister's press release with quotes and headings: A1 three years plus support (agrees) and A2 "
             "six-yearly review (agrees) in one paragraph; B1 levy refused (disagrees) and B2 subsidy for "
             "company sites looked at in 2027 (noted) in one paragraph; C1 annual reporting via the Lokaal Water "
             "Loket (agrees) and C2 no extra VMM staff (disagrees) in one paragraph; C3 (drinking-water companies) "
             "unanswered; the Denderleeuw/Bellebeek paragraph answers nothing; 'Volgende stappen' and the press "
             "note are no replies.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 130 (nl): the ADVIES of an (invented) provincial ADVIESCOMMISSIE REGELGEVING on an ontwerp-verordening on
wildlife management, its seven recommendations UNNUMBERED 'De commissie adviseert ...' / 'geeft in overweging ...'
sentences at the end of paragraphs under the numbered points 1-8 (two under point 4, two under point 7, none under
1, 2 and 8); answered by Gedeputeerde Staten's NADER RAPPORT, which repeats the points' numbered headings and
answers under each, in the advice's order.

Advice (fpdf2, 2-3 p., teal headings, running head from p. 2, 'blad n'): the Omgevingswet paraphrased with 'moet'
(trap), findings 'De commissie constateert ...', the commission's 2022 advice quoted as an imperative (trap), the
overall dictum 'adviseert ... niet vast te stellen dan nadat ...' (trap), a closing line naming 'de punten 4 en 6'
(trap). Response (fpdf2, 2 p.): 1 disagrees, 2 agrees, 3 partly, 4 agrees, 5 disagrees, 7 agrees; 6 (financial
effects in the toelichting) unanswered; points 1, 2 and 8 and the closing answer nothing. All bodies, places, people,
figures and reference numbers invented; the Omgevingswet is named as context only.

Run: /tmp/blind130nl/bin/python tests/docs/src/blind130/gen_nl_nader_rapport_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b130nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind130_nl_nader_rapport"
FS = B.tmp_fonts(files=B.SERIF_FILES, family="B130NL Serif")
TEAL = (18, 92, 96)
GREY = (95, 95, 95)
LH = 5.1


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "I", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*TEAL)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def new(head, foot, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 4, 2, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(27, 16, 27)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.8, style="", gap=2.0, indent=0, align="J"):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, align=align,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def h2(pdf, text, size=10.8):
    if pdf.will_page_break(24):
        pdf.add_page()
    pdf.ln(1.6)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 6.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def small(pdf, text):
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def advice():
    pdf = new("Adviescommissie Regelgeving Provincie Westerbeek - advies ARW/2026/07 - ontwerp-Verordening "
              "faunabeheer", "blad {n}", "Advies ontwerp-Verordening faunabeheer en schadebestrijding Westerbeek 2026",
              "Adviescommissie Regelgeving Provincie Westerbeek")
    small(pdf, "Adviescommissie Regelgeving Provincie Westerbeek\nPostbus 4120, 8260 GH Harlinghove")
    pdf.ln(5)
    small(pdf, "Aan Gedeputeerde Staten van Westerbeek\nNummer: ARW/2026/07\nHarlinghove, 12 maart 2026")
    pdf.ln(5)
    pdf.set_font("S", "B", 14)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 7, "Advies over het ontwerp van de Verordening faunabeheer en schadebestrijding "
                   "Westerbeek 2026", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    para(pdf, "Bij brief van 3 februari 2026, kenmerk GS/2026/1187, hebben Gedeputeerde Staten de commissie om advies "
         "gevraagd over het ontwerp van de Verordening faunabeheer en schadebestrijding Westerbeek 2026, met "
         "toelichting.")
    para(pdf, "Het ontwerp vervangt de Verordening faunabeheer Westerbeek 2017. Het regelt onder meer de eisen aan het "
         "faunabeheerplan, het gebruik van hulpmiddelen bij de bestrijding van schadeveroorzakende dieren en de "
         "tegemoetkoming in faunaschade. De commissie heeft opmerkingen over de delegatie aan de "
         "faunabeheereenheid, over de regeling van de tegemoetkoming, over het toezicht, over het overgangsrecht en "
         "over de toelichting. In verband daarmee is aanpassing van het ontwerp wenselijk.")
    h2(pdf, "1. Inhoud van het ontwerp")
    para(pdf, "Op grond van de Omgevingswet moet de faunabeheereenheid een faunabeheerplan opstellen, dat door "
         "Gedeputeerde Staten wordt goedgekeurd. De provincie kan bij verordening regels stellen over de inhoud van "
         "dat plan. Het ontwerp maakt van die bevoegdheid ruim gebruik: het plan moet voortaan per diersoort de "
         "verwachte schade, de gekozen maatregelen en de effecten op de staat van instandhouding beschrijven.")
    h2(pdf, "2. Verhouding tot hogere regelgeving")
    para(pdf, "De commissie constateert dat de artikelen 3 tot en met 6 van het ontwerp binnen de ruimte blijven die "
         "de Omgevingswet en het Besluit activiteiten leefomgeving aan de provincie laten. Zij heeft daarover geen "
         "opmerkingen. In haar advies over de verordening van 2017 schreef de commissie destijds:")
    para(pdf, "'Neem in de verordening een horizonbepaling op, zodat Provinciale Staten na acht jaar opnieuw over de "
         "noodzaak van de regels moeten beslissen.'", style="I", indent=10)
    para(pdf, "Die horizonbepaling is er niet gekomen. De commissie komt daar in dit advies niet op terug.")
    h2(pdf, "3. Delegatie aan de faunabeheereenheid")
    para(pdf, "Artikel 7 laat het aan de faunabeheereenheid over om in het faunabeheerplan te bepalen onder welke "
         "voorwaarden kunstlicht en geluidsdempers mogen worden gebruikt. Dat zijn voorwaarden die rechtstreeks "
         "gevolgen hebben voor de rechtspositie van jachthouders en grondgebruikers, en die volgens de commissie "
         "niet bij een privaatrechtelijke stichting thuishoren. De commissie adviseert artikel 7 zo aan te passen "
         "dat Gedeputeerde Staten zelf de voorwaarden voor het gebruik van kunstlicht en geluidsdempers "
         "vaststellen.")
    h2(pdf, "4. Tegemoetkoming in faunaschade")
    para(pdf, "Volgens artikel 11 betaalt een aanvrager een eigen bijdrage in de behandelkosten, waarvan de hoogte "
         "bij beleidsregel wordt vastgesteld. De commissie constateert dat de hoogte van die bijdrage in de praktijk "
         "bepaalt of kleine ondernemers nog een aanvraag indienen. De commissie adviseert de hoogte van de eigen "
         "bijdrage in de verordening zelf vast te leggen in plaats van in een beleidsregel.")
    para(pdf, "Artikel 12 bevat een hardheidsclausule die Gedeputeerde Staten toestaat in alle gevallen van de "
         "verordening af te wijken. Zo'n ruime bevoegdheid past niet bij een regeling die een recht op "
         "tegemoetkoming geeft. Voorts geeft de commissie in overweging de hardheidsclausule te beperken tot "
         "gevallen waarin toepassing van de verordening tot onevenredige schade leidt.")
    h2(pdf, "5. Toezicht en handhaving")
    para(pdf, "Het ontwerp bevat verboden en geboden, maar zegt niet wie op de naleving toeziet. Dat is in strijd met "
         "de eis van rechtszekerheid en maakt handhaving kwetsbaar. De commissie adviseert in artikel 14 te "
         "regelen welke ambtenaren met het toezicht op de naleving zijn belast.")
    h2(pdf, "6. Overgangsrecht")
    para(pdf, "Onder de verordening van 2017 zijn ruim 600 ontheffingen verleend, sommige met een looptijd tot 2030. "
         "Het ontwerp regelt niet wat er met die ontheffingen gebeurt. De commissie adviseert in een "
         "overgangsbepaling te regelen dat ontheffingen die op grond van de oude verordening zijn verleend, tot hun "
         "einddatum geldig blijven.")
    h2(pdf, "7. Toelichting")
    para(pdf, "De toelichting vermeldt dat de nieuwe eisen aan het faunabeheerplan 'beperkte' gevolgen hebben, maar "
         "maakt niet duidelijk wat de faunabeheereenheid, de wildbeheereenheden en de provincie extra kwijt zijn. "
         "De commissie geeft in overweging in de toelichting de financiële gevolgen voor de faunabeheereenheid en "
         "de wildbeheereenheden te ramen en te vermelden.")
    para(pdf, "Het ontwerp bevat geen bepaling over evaluatie. Gelet op de vele nieuwe eisen aan het plan vindt de "
         "commissie het van belang dat Provinciale Staten zicht houden op de werking ervan. Tot slot adviseert de "
         "commissie de verordening binnen vier jaar na inwerkingtreding te evalueren en het verslag aan "
         "Provinciale Staten te zenden.")
    h2(pdf, "8. Redactionele kanttekeningen")
    para(pdf, "Voor enkele redactionele kanttekeningen verwijst de commissie naar de bijlage bij dit advies.")
    pdf.ln(1)
    para(pdf, "De Adviescommissie Regelgeving heeft een aantal opmerkingen bij het ontwerp en adviseert daarover niet "
         "te besluiten dan nadat met het vorenstaande rekening is gehouden. De opmerkingen onder de punten 4 en 6 "
         "wegen voor de commissie het zwaarst.")
    pdf.ln(2)
    para(pdf, "De voorzitter van de Adviescommissie Regelgeving,\nmr. H.J. Brandsma-Oldeman", align="L", gap=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gedeputeerde Staten van Westerbeek - nader rapport ontwerp-Verordening faunabeheer - GS/2026/2210",
              "{n}", "Nader rapport Verordening faunabeheer en schadebestrijding Westerbeek 2026",
              "Gedeputeerde Staten van Westerbeek")
    small(pdf, "PROVINCIE WESTERBEEK\nGedeputeerde Staten")
    pdf.ln(4)
    small(pdf, "Aan Provinciale Staten van Westerbeek\nKenmerk: GS/2026/2210\nHarlinghove, 31 maart 2026")
    pdf.ln(4)
    pdf.set_font("S", "B", 14)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 7, "Nader rapport bij het advies van de Adviescommissie Regelgeving over de Verordening "
                   "faunabeheer en schadebestrijding Westerbeek 2026", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    para(pdf, "Bij brief van 12 maart 2026, nummer ARW/2026/07, heeft de Adviescommissie Regelgeving ons haar advies "
         "uitgebracht. Wij zenden u dat advies hierbij toe, samen met het aangepaste ontwerp. Het advies geeft ons "
         "aanleiding tot het volgende. Wij volgen daarbij de indeling van het advies.")
    h2(pdf, "1. Inhoud van het ontwerp")
    para(pdf, "De commissie geeft een juiste weergave van de inhoud. Wij hebben op dit punt geen aanvullingen.")
    h2(pdf, "2. Verhouding tot hogere regelgeving")
    para(pdf, "Met instemming nemen wij kennis van het oordeel dat de artikelen 3 tot en met 6 binnen de wettelijke "
         "ruimte blijven. Dat in 2017 geen horizonbepaling is opgenomen, was een bewuste keuze van uw Staten; wij "
         "zien geen reden die keuze nu opnieuw voor te leggen.")
    h2(pdf, "3. Delegatie aan de faunabeheereenheid")
    para(pdf, "Wij volgen dit advies niet. De voorwaarden voor kunstlicht en geluidsdempers zijn sterk technisch van "
         "aard en veranderen met de stand van de techniek. De faunabeheereenheid beschikt over die kennis en het "
         "faunabeheerplan wordt bovendien door ons goedgekeurd. Daarom blijft de bevoegdheid bij de "
         "faunabeheereenheid liggen; wel is in de toelichting op artikel 7 beter uitgelegd hoe onze goedkeuring "
         "daarop toeziet.")
    h2(pdf, "4. Tegemoetkoming in faunaschade")
    para(pdf, "Het advies over de eigen bijdrage is overgenomen. Artikel 11, tweede lid, bepaalt nu dat de eigen "
         "bijdrage 250 euro per aanvraag bedraagt, en 75 euro voor aanvragen tot 1.500 euro schade. In 2025 "
         "ontvingen wij 1.840 aanvragen, samen goed voor 2,3 miljoen euro aan tegemoetkomingen.")
    para(pdf, "Ook de hardheidsclausule is aangepast, zij het anders dan voorgesteld. Artikel 12 is beperkt tot "
         "gevallen van onevenredige schade, maar de clausule blijft gelden voor de termijnen van artikel 10; daar "
         "willen wij bij calamiteiten, zoals een uitbraak van vogelgriep, ruimte houden.")
    h2(pdf, "5. Toezicht en handhaving")
    para(pdf, "De commissie wijst hier terecht op een omissie. In artikel 14 is opgenomen dat de door ons aangewezen "
         "boa's van de Provinciale Handhavingsdienst met het toezicht zijn belast.")
    h2(pdf, "6. Overgangsrecht")
    para(pdf, "Dit advies nemen wij niet over. Wij vinden het onwenselijk dat tot 2030 twee regimes naast elkaar "
         "bestaan. Artikel 21 bepaalt daarom dat bestaande ontheffingen zes maanden na de inwerkingtreding "
         "vervallen; houders kunnen in die periode kosteloos een nieuwe ontheffing aanvragen.")
    h2(pdf, "7. Toelichting")
    para(pdf, "In het ontwerp is een nieuw artikel 22 opgenomen. Daarin is bepaald dat wij binnen vier jaar een "
         "verslag over de doeltreffendheid en de effecten van de verordening aan uw Staten zenden.")
    h2(pdf, "8. Redactionele kanttekeningen")
    para(pdf, "De redactionele kanttekeningen uit de bijlage zijn alle verwerkt, met uitzondering van de opmerking "
         "over de volgorde van de begripsbepalingen.")
    pdf.ln(1)
    para(pdf, "Wij verzoeken u het aangepaste ontwerp in uw vergadering van 20 mei 2026 vast te stellen.")
    para(pdf, "Gedeputeerde Staten van Westerbeek,\nde voorzitter, drs. A.M. Visscher-Tjalma\nde secretaris, "
         "ing. P. Roodbergen", align="L", gap=0)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "De commissie adviseert artikel 7 zo aan te passen dat",
         "blijft de bevoegdheid bij de faunabeheereenheid liggen", "disagrees"),
        (2, "De commissie adviseert de hoogte van de eigen bijdrage in",
         "Het advies over de eigen bijdrage is overgenomen", "agrees"),
        (3, "Voorts geeft de commissie in overweging de hardheidsclausule te beperken",
         "de clausule blijft gelden voor de termijnen van artikel 10", "partly"),
        (4, "De commissie adviseert in artikel 14 te regelen welke ambtenaren",
         "boa's van de Provinciale Handhavingsdienst met het toezicht zijn belast", "agrees"),
        (5, "De commissie adviseert in een overgangsbepaling te regelen dat ontheffingen",
         "bestaande ontheffingen zes maanden na de inwerkingtreding vervallen", "disagrees"),
        (6, "De commissie geeft in overweging in de toelichting de financiële gevolgen", None, "unanswered"),
        (7, "Tot slot adviseert de commissie de verordening binnen vier jaar",
         "verslag over de doeltreffendheid en de effecten van de verordening", "agrees"),
    ]
    unmatched = ["De commissie geeft een juiste weergave van de inhoud",
                 "was een bewuste keuze van uw Staten",
                 "De redactionele kanttekeningen uit de bijlage zijn alle verwerkt",
                 "in uw vergadering van 20 mei 2026 vast te stellen"]
    notes = ("Advice: the ADVIES of an invented provincial ADVIESCOMMISSIE REGELGEVING on an ontwerp-verordening on "
             "wildlife management (fpdf2, serif, 2 p.); the seven recommendations are UNNUMBERED 'De commissie "
             "adviseert ...' / 'geeft in overweging ...' / 'Voorts ...' / 'Tot slot adviseert ...' sentences at the "
             "end of paragraphs of findings under numbered points 1-8: point 3 one, point 4 two, points 5 and 6 one "
             "each, point 7 two, points 1, 2 and 8 none. Traps: the Omgevingswet paraphrased with 'moet', 'De "
             "commissie constateert ...' findings, the 2017 advice quoted as an imperative ('Neem in de verordening "
             "een horizonbepaling op ...'), the overall dictum ('adviseert daarover niet te besluiten dan nadat ...'), "
             "a closing line naming 'de punten 4 en 6'. Response: Gedeputeerde Staten's NADER RAPPORT repeating the "
             "advice's numbered headings 1-8, in the advice's order: 1 disagrees (the power stays with the "
             "faunabeheereenheid), 2 agrees (own contribution fixed at 250 euro in article 11), 3 partly (limited "
             "to disproportionate damage but still applying to the time limits), 4 agrees (boa's named in article "
             "14), 5 disagrees (old exemptions lapse after six months), 7 agrees (new evaluation article 22); 6 "
             "(financial effects in the toelichting) is never answered: the reply under heading 7 concerns only "
             "the evaluation, so 6 is unanswered. Points 1, 2 and 8 and the closing request answer nothing; a "
             "paragraph with figures (1.840 aanvragen, 2,3 miljoen euro) sits inside the reply to 2.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

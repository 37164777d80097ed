"""Round 26 (nl): Nederlandse Sportraad advice with HIERARCHICAL recommendations (three titled 'Advies 1-3' with
sub-recommendations 1a, 1b, 2a-2c, 3a, 3b in hanging indent) and the staatssecretaris's Kamerbrief that answers by
theme, in another order, with ordinals ('het tweede onderdeel van het eerste advies'). Engine: fpdf2."""
import os
import sys
from datetime import datetime, timezone

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b26nl as B  # noqa: E402

NAME = "blind26_nl_sportraad"
DV = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, head, foot, sidebar=None):
        super().__init__(format="A4", unit="mm")
        self.head, self.foot, self.sidebar = head, foot, sidebar
        self.add_font("DV", "", DV + "DejaVuSans.ttf")
        self.add_font("DV", "B", DV + "DejaVuSans-Bold.ttf")
        self.add_font("DV", "I", DV + "DejaVuSans-Oblique.ttf")
        self.set_margins(22, 24, 22 if not sidebar else 62)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(datetime(2025, 10, 3, tzinfo=timezone.utc))
        self.set_creator("fpdf2")

    def multi_cell(self, *a, **k):
        k.setdefault("new_x", "LMARGIN")
        k.setdefault("new_y", "NEXT")
        k.setdefault("align", "L")
        return super().multi_cell(*a, **k)

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, 12)
        self.cell(0, 4, self.head)
        self.set_draw_color(230, 120, 0)
        self.set_line_width(0.6)
        self.line(22, 17.5, 188, 17.5)
        if self.sidebar:
            y = 30
            for lab, val in self.sidebar:
                self.set_xy(154, y)
                self.set_font("DV", "B", 7)
                self.cell(34, 3.5, lab)
                self.set_xy(154, y + 3.5)
                self.set_font("DV", "", 7)
                self.multi_cell(34, 3.5, val)
                y = self.get_y() + 3
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 24)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot)
        self.set_x(22)
        self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, t):
        self.ln(3)
        self.set_font("DV", "B", 14)
        self.set_text_color(200, 95, 0)
        self.multi_cell(0, 7, t)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, t):
        if self.get_y() > 250:
            self.add_page()
        self.ln(2)
        self.set_font("DV", "B", 10.5)
        self.multi_cell(0, 5.5, t)
        self.ln(0.5)

    def p(self, t, size=9.5, style=""):
        self.set_font("DV", style, size)
        self.multi_cell(0, size * 0.52, t, markdown=True)
        self.ln(2)

    def item(self, label, t, indent=10, bold=False):
        if self.get_y() > 255:
            self.add_page()
        y = self.get_y()
        self.set_font("DV", "B", 9.5)
        self.set_x(self.l_margin)
        self.cell(indent, 5, label)
        self.set_xy(self.l_margin + indent, y)
        self.set_font("DV", "B" if bold else "", 9.5)
        self.multi_cell(0, 5, t)
        self.ln(1.5)


def advice():
    d = Doc("Nederlandse Sportraad  ·  Advies ‘Elke dag bewegen’", "NLSR 2025/04  ·  juni 2025")
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_font("DV", "", 9)
    d.set_text_color(200, 95, 0)
    d.cell(0, 5, "NEDERLANDSE SPORTRAAD", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("DV", "B", 20)
    d.multi_cell(0, 9, "Elke dag bewegen")
    d.set_font("DV", "", 12)
    d.multi_cell(0, 6, "Advies over beweegonderwijs en sport in en rond de school")
    d.ln(2)
    d.p("Aan de staatssecretaris van Jeugd, Preventie en Sport en de minister van Onderwijs, Cultuur en Wetenschap  ·  "
        "kenmerk NLSR 2025/04  ·  Den Haag, 10 juni 2025", 8.5, "I")
    d.h1("Samenvatting")
    d.p("Kinderen in Nederland bewegen te weinig, en het verschil tussen kinderen uit gezinnen met veel en weinig geld "
        "wordt groter. De school is de enige plek waar alle kinderen elke dag komen. De raad vraagt het kabinet daarom "
        "om meer en beter beweegonderwijs, om een sportaanbod in de buurt dat voor elk kind bereikbaar is, en om "
        "betere gegevens over wat werkt. Deze drie sporen zijn in hoofdstuk 4 uitgewerkt in zeven concrete adviezen.")
    d.h1("1  Aanleiding")
    d.p("De staatssecretaris vroeg de raad in november 2024 om advies over de vraag hoe het onderwijs kan bijdragen aan "
        "een gezonde en actieve leefstijl van kinderen.¹ De adviesaanvraag bevatte drie vragen: welke rol het "
        "bewegingsonderwijs speelt, hoe school en buurt beter kunnen samenwerken, en welke kennis ontbreekt. De raad "
        "sprak met leerkrachten, vakleerkrachten, schoolbesturen, gemeenten, sportbonden en kinderen zelf.")
    d.h1("2  Hoe staat het ervoor?")
    d.p("Slechts 44 procent van de kinderen van 4 tot en met 11 jaar voldoet aan de beweegrichtlijnen; bij jongeren van "
        "12 tot en met 17 jaar is dat 31 procent.² Sinds 1 augustus 2023 geldt in het primair onderwijs een wettelijke "
        "ondergrens van twee lesuren bewegingsonderwijs per week. Uit de eerste monitor blijkt dat:")
    for t in ["87 procent van de scholen de twee lesuren haalt, maar 23 procent daarvoor onbevoegde leerkrachten inzet;",
              "in het voortgezet onderwijs het aantal lesuren lichamelijke opvoeding in de bovenbouw sinds 2015 met een "
              "kwart is gedaald;",
              "kinderen uit gezinnen met een laag inkomen half zo vaak lid zijn van een sportvereniging als andere "
              "kinderen."]:
        d.item("•", t, indent=6)
    d.h1("3  Uitgangspunten")
    d.p("De raad hanteert bij zijn adviezen drie uitgangspunten. Ten eerste: wat voor alle kinderen moet gelden, hoort "
        "in de wet. Ten tweede: de buurt is even belangrijk als de school. Ten derde: beleid dat niet gemeten wordt, "
        "verdwijnt van de agenda.")
    d.h1("4  Adviezen")
    d.p("De raad doet drie adviezen, elk uitgewerkt in onderdelen. De onderdelen zijn afzonderlijk uitvoerbaar.")
    d.h2("Advies 1 — Beweegonderwijs als vast onderdeel van de schooldag")
    d.p("De raad adviseert de minister van Onderwijs, Cultuur en Wetenschap:")
    d.item("1a", "Verhoog de wettelijke ondergrens in het primair onderwijs naar drie lesuren bewegingsonderwijs per "
           "week, gegeven door een bevoegde leerkracht.", bold=True)
    d.item("1b", "Stel in het voortgezet onderwijs een minimum van twee lesuren lichamelijke opvoeding per week vast, "
           "in alle leerjaren inclusief het examenjaar.", bold=True)
    d.p("Een derde lesuur sluit aan bij de praktijk in Denemarken en Vlaanderen.³ Omdat er een tekort aan vakleerkrachten "
        "is, vraagt de raad om een overgangstermijn van vier jaar.")
    d.h2("Advies 2 — Een beweegaanbod in de buurt voor elk kind")
    d.p("De raad adviseert de staatssecretaris van Jeugd, Preventie en Sport:")
    d.item("2a", "Spreek met gemeenten af dat gymzalen en sporthallen na schooltijd gratis beschikbaar zijn voor "
           "verenigingen die jeugdleden uit gezinnen met een laag inkomen opvangen.", bold=True)
    d.item("2b", "Verlaag het btw-tarief op de contributie van sportverenigingen voor jeugdleden tot nul procent.",
           bold=True)
    d.item("2c", "Maak de regeling voor buurtsportcoaches structureel en koppel elke basisschool aan een vaste "
           "buurtsportcoach.", bold=True)
    d.p("Gemeenten zijn eigenaar van de meeste accommodaties. Verenigingen betalen nu gemiddeld 18 euro per uur voor een "
        "gymzaal, wat voor kleine verenigingen in armere wijken een drempel is.")
    d.h2("Advies 3 — Weten wat werkt")
    d.p("De raad adviseert beide bewindspersonen:")
    d.item("3a", "Laat het RIVM vanaf 2026 jaarlijks rapporteren over het beweeggedrag van kinderen, uitgesplitst naar "
           "schooltype en regio.", bold=True)
    d.item("3b", "Richt samen met NWO een meerjarig kennisprogramma op naar het verband tussen bewegen en "
           "leerprestaties.", bold=True)
    d.h1("5  Tot besluit")
    d.p("De raad is zich ervan bewust dat deze adviezen geld kosten. Hij schat de structurele kosten op 140 tot 180 "
        "miljoen euro per jaar, waarvan het grootste deel voor het derde lesuur. Daar staat tegenover dat elke euro "
        "die in bewegen van kinderen wordt geïnvesteerd, zich volgens recente kosten-batenanalyses ruimschoots "
        "terugverdient.")
    d.ln(3)
    d.set_draw_color(120, 120, 120)
    d.set_line_width(0.2)
    d.line(22, d.get_y(), 70, d.get_y())
    d.ln(1.5)
    for t in ["¹ Adviesaanvraag van 14 november 2024, kenmerk 3994871-1076550-S.",
              "² Leefstijlmonitor 2024, bewerking door de raad.",
              "³ In Denemarken geldt sinds 2014 een norm van 45 minuten bewegen per schooldag."]:
        d.p(t, 7.5)
    d.set_title("Elke dag bewegen")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    side = [("Directie Sport", "Parnassusplein 5\n2511 VX Den Haag"), ("Kenmerk", "4187552-1088123-S"),
            ("Uw brief", "10 juni 2025\nNLSR 2025/04"), ("Bijlagen", "geen")]
    d = Doc("Ministerie van Volksgezondheid, Welzijn en Sport", "Kenmerk 4187552-1088123-S", sidebar=side)
    d.alias_nb_pages("{nb}")
    d.add_page()
    d.set_font("DV", "", 9)
    d.multi_cell(0, 4.6, "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG")
    d.ln(6)
    d.set_font("DV", "", 8.5)
    d.cell(18, 5, "Datum")
    d.cell(0, 5, "3 oktober 2025", new_x="LMARGIN", new_y="NEXT")
    d.cell(18, 5, "Betreft")
    d.multi_cell(0, 5, "Kabinetsreactie op het advies ‘Elke dag bewegen’ van de Nederlandse Sportraad")
    d.ln(5)
    d.p("Geachte voorzitter,")
    d.p("Met deze brief reageer ik, mede namens de minister van Onderwijs, Cultuur en Wetenschap, op het advies ‘Elke "
        "dag bewegen’ dat de Nederlandse Sportraad op 10 juni 2025 heeft uitgebracht. Ik dank de raad voor een advies "
        "dat de school nadrukkelijk in verband brengt met de buurt.")
    d.h2("Context")
    d.p("Het kabinet deelt de analyse van de raad dat te weinig kinderen voldoende bewegen. Het Sportakkoord II en de "
        "wettelijke ondergrens van twee lesuren uit 2023 zijn belangrijke stappen geweest, maar de cijfers laten zien "
        "dat meer nodig is. Tegelijk zijn de budgettaire kaders krap.")
    d.h2("Bewegen op school")
    d.p("Het tweede onderdeel van het eerste advies betreft het voortgezet onderwijs. De minister van OCW neemt dit "
        "advies over. Zij zal in 2026 een wetsvoorstel indienen dat een minimum van twee lesuren lichamelijke opvoeding "
        "in alle leerjaren voorschrijft, met ingang van het schooljaar 2028–2029.")
    d.p("Het eerste onderdeel, een derde lesuur in het primair onderwijs, neemt het kabinet gedeeltelijk over. De "
        "wettelijke ondergrens blijft twee lesuren, omdat er onvoldoende vakleerkrachten zijn om een derde uur te "
        "verplichten. Wel stelt de minister vanaf 2026 jaarlijks 25 miljoen euro beschikbaar voor scholen die "
        "vrijwillig een derde beweegmoment per week aanbieden.")
    d.h2("De buurt als beweegomgeving")
    d.p("Wat het derde onderdeel van advies 2 betreft: dat is al staand beleid. De regeling buurtsportcoaches is sinds "
        "2023 structureel, en in de bestuurlijke afspraken met gemeenten is opgenomen dat in 2027 elke basisschool "
        "een vaste buurtsportcoach heeft.")
    d.p("Over de openstelling van gymzalen en sporthallen beslissen gemeenten zelf. Ik neem kennis van dit "
        "onderdeel van het advies en zal het bespreken in het eerstvolgende bestuurlijk overleg met de VNG.")
    d.h2("Fiscale maatregelen")
    d.p("De raad adviseert daarnaast een nultarief in de btw voor de contributie van jeugdleden. Dit advies neemt het "
        "kabinet niet over. Sportverenigingen zijn in de meeste gevallen al vrijgesteld van btw, zodat een nultarief "
        "weinig effect heeft, en het zou de Europese btw-regels vragen om een uitzondering waarvoor geen ruimte is.")
    d.h2("Kennis en monitoring")
    d.p("Het eerste onderdeel van het derde advies neem ik over. Het RIVM zal vanaf het najaar van 2026 elk jaar de "
        "Beweegmonitor Jeugd publiceren, met uitsplitsingen naar schooltype en naar GGD-regio.")
    d.h2("Tot slot")
    d.p("Ik zie de adviezen van de raad als steun in de rug voor het beleid dat het kabinet de komende jaren met "
        "scholen, gemeenten en sportverenigingen verder wil uitbouwen. Over de voortgang informeer ik uw Kamer "
        "jaarlijks in de voortgangsbrief sport.")
    d.ln(2)
    d.p("De staatssecretaris van Jeugd, Preventie en Sport,\n\n\nmr. drs. W.J. Kerkhof")
    d.set_title("Kabinetsreactie Elke dag bewegen")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("1a", "Verhoog de wettelijke ondergrens in het primair onderwijs naar drie", "vrijwillig een derde beweegmoment per week aanbieden", "partly"),
    ("1b", "Stel in het voortgezet onderwijs een minimum van twee lesuren", "Zij zal in 2026 een wetsvoorstel indienen", "agrees"),
    ("2a", "Spreek met gemeenten af dat gymzalen en sporthallen na schooltijd", "eerstvolgende bestuurlijk overleg met de VNG", "noted"),
    ("2b", "Verlaag het btw-tarief op de contributie van sportverenigingen voor jeugdleden", "Dit advies neemt het kabinet niet over", "disagrees"),
    ("2c", "Maak de regeling voor buurtsportcoaches structureel en koppel elke basisschool", "De regeling buurtsportcoaches is sinds 2023 structureel", "agrees"),
    ("3a", "Laat het RIVM vanaf 2026 jaarlijks rapporteren over het beweeggedrag", "elk jaar de Beweegmonitor Jeugd publiceren", "agrees"),
    ("3b", "Richt samen met NWO een meerjarig kennisprogramma op naar het", None, "unanswered"),
]
UNMATCHED = [
    "Met deze brief reageer ik, mede namens de minister",
    "Het kabinet deelt de analyse van de raad dat te weinig kinderen",
    "Ik zie de adviezen van de raad als steun in de rug",
]
NOTES = ("Invented Nederlandse Sportraad advice (fpdf2, DejaVu Sans, 'Pagina n van m', endnote-style footnotes with "
         "superscript digits). HIERARCHICAL recommendations: three titled 'Advies 1 — ...' sub-headings (noun phrases, "
         "not recommendations) each followed by 'De raad adviseert ...:' and bold hanging items '1a', '1b', '2a'-'2c', "
         "'3a', '3b' (numbers are these labels); decoys: a Samenvatting naming 'drie sporen' and 'zeven concrete "
         "adviezen' without content, a bullet list of monitor findings, three unnumbered 'uitgangspunten'. Response: "
         "Kamerbrief with a right-hand sidebar (kenmerk, uw brief) on every page and theme headings that are not the "
         "advice's titles; replies by ORDINALS and paraphrase only: 'Het tweede onderdeel van het eerste advies' (1b, "
         "a bill in 2026: agrees) BEFORE 'Het eerste onderdeel' (1a, stays two hours plus a voluntary-third-hour "
         "subsidy: partly), 'het derde onderdeel van advies 2' ('al staand beleid': agrees), gyms by paraphrase "
         "('Ik neem kennis van dit onderdeel', municipalities decide, VNG: noted), zero VAT by paraphrase ('neemt het "
         "kabinet niet over': disagrees), 'Het eerste onderdeel van het derde advies' (RIVM monitor from autumn 2026: "
         "agrees); 3b (NWO programme) unanswered. Opening, 'Context' and 'Tot slot' answer nothing.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

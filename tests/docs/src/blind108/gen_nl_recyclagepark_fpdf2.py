"""Round 108 (nl): the ADVIES of the GEBRUIKERSRAAD of a Flemish afvalintercommunale on the ontwerp-REGLEMENT
TOEGANG RECYCLAGEPARKEN (nummerplaatherkenning, diftar), answered by an UITTREKSEL UIT DE NOTULEN of the raad van
bestuur (a decision with 'Artikel' clauses).

Advice (fpdf2, sans, green band letterhead, running head from p. 2, 'blz. n/m'): numbered findings 2.1-2.4 with traps
(Materialendecreet 'moet', art. 14 of the ontwerp, the 2021 advice quoted with 'moet', VLAREMA), recommendations the
NUMBERED PARAGRAPHS 3.1-3.7 of section 3 'Aanbevelingen'. Response: uittreksel citing 'punt 3.6' etc., order 3.6,
3.2+3.4, 3.1, 3.5, 3.3; 3.7 unanswered. All invented.

Run: /tmp/blind108nl/bin/python tests/docs/src/blind108/gen_nl_recyclagepark_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b108nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind108_nl_recyclagepark"
F = B.tmp_fonts()
GREEN = (46, 110, 58)


class Doc(FPDF):
    head = ""
    foot = "blz. {n}/{m}"

    def header(self):
        if self.page_no() > 1:
            self.set_font("S", "I", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*GREEN)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="R")
        self.set_text_color(0, 0, 0)


def new(head, foot):
    pdf = Doc(format="A4")
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, F[key])
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, txt, size=10, style="", h=5.2):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def head(pdf, txt):
    pdf.ln(1)
    pdf.set_font("S", "B", 11.5)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, 6, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def numbered(pdf, num, txt):
    pdf.set_font("S", "B", 10)
    y = pdf.get_y()
    pdf.cell(12, 5.2, num)
    pdf.set_xy(pdf.l_margin + 12, y)
    pdf.set_font("S", "", 10)
    pdf.multi_cell(0, 5.2, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def advice():
    pdf = new("Gebruikersraad Intercommunale Afvalbeheer Scheldeland (IASL) - advies GR/2026/04", "blz. {n}/{m}")
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, pdf.w, 24, "F")
    pdf.set_xy(22, 7)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("S", "B", 13)
    pdf.cell(0, 6, "IASL - Gebruikersraad", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8.5)
    pdf.set_x(22)
    pdf.cell(0, 5, "Intercommunale Afvalbeheer Scheldeland - Industrieweg 40 - 9220 Hamme-Veld", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(32)
    para(pdf, "Advies over het ontwerp-reglement toegang recyclageparken", 15, "B", 7)
    para(pdf, "Advies GR/2026/04 - goedgekeurd in de vergadering van 9 september 2026 - aan de raad van bestuur", 8.5, "I", 4.5)
    head(pdf, "1. Adviesvraag")
    para(pdf, "De raad van bestuur vroeg de gebruikersraad op 3 juli 2026 advies over het ontwerp-reglement dat de "
              "toegang tot de elf recyclageparken vanaf 1 april 2027 regelt via nummerplaatherkenning en dat een "
              "betaling per bezoek en per fractie invoert. De gebruikersraad telt twaalf leden uit de aangesloten "
              "gemeenten, de gezinsbond, een seniorenvereniging en twee kringwinkels. Het advies werd unaniem "
              "goedgekeurd, met een onthouding voor punt 3.4.")
    head(pdf, "2. Vaststellingen")
    numbered(pdf, "2.1", "Het Materialendecreet en VLAREMA bepalen dat de vervuiler betaalt; de intercommunale moet "
                         "dus een bijdrage vragen voor restfracties. Over het principe van diftar heeft de raad geen "
                         "bezwaar.")
    numbered(pdf, "2.2", "Artikel 14 van het ontwerp koppelt de toegang uitsluitend aan een ingeschreven nummerplaat. "
                         "Inwoners zonder wagen, fietsers met een aanhanger en mensen die een bestelwagen lenen, "
                         "krijgen zo geen of een moeilijke toegang.")
    numbered(pdf, "2.3", "In ons advies van 2021 schreven wij al: 'de intercommunale moet de openingsuren afstemmen "
                         "op werkende gezinnen'. Sindsdien is er een late opening op dinsdag bijgekomen, maar de "
                         "parken sluiten op zaterdag nog steeds om 16 uur.")
    numbered(pdf, "2.4", "De proef in Zele (2025) toonde dat de wachtrijen aan de slagboom op zaterdag oplopen tot 25 "
                         "minuten. Het aantal sluikstortmeldingen in de proefgemeente steeg met 11 procent.")
    head(pdf, "3. Aanbevelingen")
    para(pdf, "Op grond van deze vaststellingen geeft de gebruikersraad de raad van bestuur de volgende aanbevelingen:")
    recs = [
        ("3.1", "Voorzie naast de nummerplaat ook toegang met de elektronische identiteitskaart, zodat inwoners "
                "zonder eigen wagen het park kunnen gebruiken."),
        ("3.2", "Houd de gratis fracties (papier en karton, glas, pmd, metalen en snoeihout tot 1 kubieke meter) "
                "uitdrukkelijk gratis en vermeld ze in het reglement zelf."),
        ("3.3", "Onderzoek samen met de politiezones hoe het sluikstorten na de invoering kan worden opgevolgd en "
                "rapporteer daarover na een jaar."),
        ("3.4", "Schaf het vaste jaarlijkse toegangsbedrag van 15 euro per gezin af en reken enkel per bezoek en "
                "per fractie."),
        ("3.5", "Open de parken op zaterdag tot 17 uur en voorzie een tweede late opening op donderdag."),
        ("3.6", "Communiceer minstens drie maanden voor de start met een huis-aan-huisbrief in eenvoudige taal en "
                "met infomomenten in elke gemeente."),
        ("3.7", "Richt een sociaal tarief in voor gezinnen met een verhoogde tegemoetkoming, naar het voorbeeld van "
                "de regeling voor de huisvuilzakken."),
    ]
    for n, t in recs:
        numbered(pdf, n, t)
    head(pdf, "4. Slot")
    para(pdf, "Volgens artikel 7 van het huishoudelijk reglement van de gebruikersraad moet de raad van bestuur binnen "
              "drie maanden gemotiveerd antwoorden. De gebruikersraad is graag bereid zijn advies toe te lichten.")
    para(pdf, "Voor de gebruikersraad,\nAn Verstraeten, voorzitter - Wim De Bruycker, secretaris", 9.5)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("IASL - uittreksel notulen raad van bestuur 21 oktober 2026", "pagina {n} van {m}")
    para(pdf, "Intercommunale Afvalbeheer Scheldeland (IASL)", 9, "B", 5)
    para(pdf, "Uittreksel uit de notulen van de raad van bestuur\nZitting van 21 oktober 2026", 14, "B", 7)
    para(pdf, "Aanwezig: R. Van Hoecke, voorzitter; L. Baert, ondervoorzitter; de bestuurders K. Mertens, S. De Wolf, "
              "T. Claeys, I. Van Damme; J. Roels, algemeen directeur; E. Bracke, secretaris.", 8.5, "", 4.6)
    pdf.set_draw_color(*GREEN)
    pdf.line(22, pdf.get_y(), pdf.w - 22, pdf.get_y())
    pdf.ln(3)
    head(pdf, "Punt 6. Advies GR/2026/04 van de gebruikersraad over het ontwerp-reglement toegang recyclageparken")
    para(pdf, "Motivering. De raad van bestuur bespreekt het advies van de gebruikersraad van 9 september 2026. De "
              "algemeen directeur licht de stand van de aanbesteding van de slagbomen en camera's toe; de levering is "
              "gepland voor februari 2027.")
    para(pdf, "Besluit. De raad van bestuur beslist met eenparigheid van stemmen:")
    arts = [
        ("Artikel 1.", "In verband met punt 3.6 van het advies: de communicatiecampagne start in december 2026 met een "
                       "brief in eenvoudige taal aan alle gezinnen, gevolgd door een infomoment in elk van de elf "
                       "gemeenten."),
        ("Artikel 2.", "In verband met de punten 3.2 en 3.4: de lijst van de gratis fracties wordt als bijlage 1 in het "
                       "reglement zelf opgenomen. Het vaste jaarlijkse bedrag blijft evenwel behouden, omdat het de vaste "
                       "kosten van de parken dekt; de raad gaat op dit onderdeel niet in op het advies."),
        ("Artikel 3.", "In verband met punt 3.1: naast de nummerplaat wordt een toegangskaart ingevoerd die op aanvraag "
                       "aan gezinnen zonder wagen wordt bezorgd; toegang met de elektronische identiteitskaart is "
                       "technisch niet haalbaar met het gekozen systeem."),
        ("Artikel 4.", "In verband met punt 3.5: vanaf 1 april 2027 sluiten de parken op zaterdag om 17 uur en komt er "
                       "een late opening op donderdag tot 19 uur."),
        ("Artikel 5.", "In verband met punt 3.3: de raad neemt kennis van de vraag naar opvolging van het sluikstorten "
                       "en legt ze voor aan het overleg met de politiezones; een beslissing volgt later."),
        ("Artikel 6.", "De kosten van de extra zaterdagploeg en van de renovatie van het park in Berlare worden "
                       "verwerkt in de begrotingswijziging 2027 die in december ter stemming ligt."),
        ("Artikel 7.", "Dit uittreksel wordt aan de gebruikersraad en aan de aangesloten gemeentebesturen bezorgd."),
    ]
    for a, t in arts:
        numbered(pdf, a[:-1].replace("Artikel", "Art."), t)
    pdf.ln(2)
    para(pdf, "Voor eensluidend uittreksel,\nE. Bracke, secretaris - R. Van Hoecke, voorzitter", 9.5)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Voorzie naast de nummerplaat ook toegang met de elektronische identiteitskaart", "een toegangskaart ingevoerd die op aanvraag aan gezinnen zonder wagen", "partly"),
        (2, "Houd de gratis fracties (papier en karton, glas, pmd", "de lijst van de gratis fracties wordt als bijlage 1", "agrees"),
        (3, "Onderzoek samen met de politiezones hoe het sluikstorten na de invoering", "legt ze voor aan het overleg met de politiezones", "noted"),
        (4, "Schaf het vaste jaarlijkse toegangsbedrag van 15 euro per gezin", "de raad gaat op dit onderdeel niet in op het advies", "disagrees"),
        (5, "Open de parken op zaterdag tot 17 uur en voorzie", "een late opening op donderdag tot 19 uur", "agrees"),
        (6, "Communiceer minstens drie maanden voor de start met een huis-aan-huisbrief", "de communicatiecampagne start in december 2026 met een brief", "agrees"),
        (7, "Richt een sociaal tarief in voor gezinnen met een verhoogde tegemoetkoming", None, "unanswered"),
    ]
    unmatched = ["De algemeen directeur licht de stand van de aanbesteding", "de renovatie van het park in Berlare",
                 "Dit uittreksel wordt aan de gebruikersraad en aan de aangesloten"]
    notes = ("Advice of the gebruikersraad of a Flemish afvalintercommunale on a recyclagepark access regulation (fpdf2, "
             "sans, green band). Recommendations the NUMBERED PARAGRAPHS 3.1-3.7 of section 3 (expected 1-7 = 3.1-3.7), "
             "after numbered vaststellingen 2.1-2.4 (Materialendecreet 'moet', art. 14, the 2021 advice quoted with 'moet', "
             "Zele figures) and art. 7 huishoudelijk reglement 'moet'. Response: uittreksel uit de notulen of the raad van "
             "bestuur, decision articles citing 'punt 3.x', order 3.6, 3.2+3.4, 3.1, 3.5, 3.3; Art. 2 = 3.2 agrees "
             "(free fractions in bijlage 1) + 3.4 disagrees (annual fee kept); 3.1 partly (access card, not eID); 3.3 noted; "
             "3.7 (sociaal tarief) unanswered; the motivering, Art. 6 (begrotingswijziging) and Art. 7 answer nothing. "
             "Note the response's own numbering 'Art. 1'-'Art. 7' as a trap.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

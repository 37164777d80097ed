"""Round 100 (nl): the ADVIES of the FINANCIEEL DIRECTEUR of a Flemish city on the MEERJARENPLAN 2026-2031 of a
KERKFABRIEK (eredienstendecreet), answered by the UITTREKSEL UIT DE NOTULEN of the KERKRAAD, citing '4.x'.

Advice (fpdf2, serif, grey ruled letterhead, running head from p. 2, 'blz. n/m'): 1. Situering, 2. Financieel
overzicht (a toelage table), 3. Vaststellingen numbered 3.1-3.5 (findings, same form as the recommendations),
the eredienstendecreet 'moet', the 2020 advice quoted, art. 41/48/55; the recommendations are the NUMBERED
PARAGRAPHS 4.1-4.7 of section 4 'Aanbevelingen'. Response: minutes, agenda points 1-4, the kerkraad's replies in
point 2 citing the paragraph numbers, order 4.5, 4.2+4.6, 4.1, 4.7, 4.3; 4.4 unanswered. All invented.

Run: /tmp/blind100nl/bin/python tests/docs/src/blind100/gen_nl_kerkfabriek_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b100nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind100_nl_kerkfabriek"
F = B.tmp_fonts("B100NL Serif", B.SERIF_FILES)


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, self.head, new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(5)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"blz. {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4")
    d.head = head
    d.alias_nb_pages()
    for st, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        d.add_font("S", st, F[key])
    d.set_margins(22, 18, 22)
    d.set_auto_page_break(True, 20)
    d.add_page()
    return d


def letterhead(d, org, sub):
    d.set_font("S", "B", 13)
    d.cell(0, 7, org, new_x="LMARGIN", new_y="NEXT")
    d.set_font("S", "", 8.5)
    d.cell(0, 5, sub, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(120, 120, 120)
    d.set_line_width(0.6)
    d.line(22, d.get_y() + 2, d.w - 22, d.get_y() + 2)
    d.set_line_width(0.2)
    d.ln(7)


def para(d, t, size=10, style="", indent=0, gap=2.2):
    d.set_font("S", style, size)
    d.set_x(22 + indent)
    d.multi_cell(d.w - 44 - indent, 5.1, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(gap)


def head2(d, t):
    d.ln(1.5)
    d.set_font("S", "B", 11)
    d.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)


def numbered(d, num, t, bold=False):
    d.set_font("S", "B" if bold else "", 10)
    if d.get_y() > d.h - 42:
        d.add_page()
    y = d.get_y()
    d.set_xy(22, y)
    d.cell(12, 5.1, num)
    d.set_xy(34, y)
    d.set_font("S", "", 10)
    d.multi_cell(d.w - 56, 5.1, t, markdown=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


d = new("Stad Oudenhove - advies financieel directeur - meerjarenplan 2026-2031 kerkfabriek Sint-Gertrudis")
letterhead(d, "Stad Oudenhove", "Financiële dienst  -  Markt 1, 9700 Oudenhove  -  ons kenmerk FIN/ERED/2026/017")
d.set_font("S", "B", 14)
d.multi_cell(0, 7, "Advies over het meerjarenplan 2026-2031 van de kerkfabriek Sint-Gertrudis (Oudenhove-Ename)",
             new_x="LMARGIN", new_y="NEXT")
d.ln(2)
para(d, "Aan de gemeenteraad, via het college van burgemeester en schepenen - Oudenhove, 8 september 2026", 8.5, "I")
head2(d, "1. Situering")
para(d, "De kerkraad van de kerkfabriek Sint-Gertrudis heeft het meerjarenplan 2026-2031 op 30 juni 2026 vastgesteld "
        "en via het centraal kerkbestuur aan de stad bezorgd. Volgens artikel 41 van het decreet van 7 mei 2004 "
        "betreffende de materiële organisatie en werking van de erkende erediensten moet de gemeenteraad het "
        "meerjarenplan goedkeuren of weigeren binnen een termijn van honderd dagen. Dit advies bereidt die beslissing "
        "voor. Het onderzoek is gevoerd door de financiële dienst, in overleg met de dienst patrimonium.")
head2(d, "2. Financieel overzicht")
para(d, "De kerkfabriek vraagt over de planperiode een exploitatietoelage van gemiddeld 61.400 euro per jaar en een "
        "investeringstoelage van 412.000 euro, vooral voor de restauratie van het torendak.")
rows = [("Jaar", "Exploitatietoelage", "Investeringstoelage", "Waarvan energie"),
        ("2026", "58.900", "35.000", "21.300"), ("2027", "60.200", "240.000", "22.100"),
        ("2028", "61.100", "137.000", "22.800"), ("2029-2031 (gem.)", "62.900", "0", "23.500")]
d.set_font("S", "", 8.8)
with d.table(col_widths=(38, 40, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=5.4) as t:
    for i, r in enumerate(rows):
        row = t.row()
        for c in r:
            row.cell(c)
d.ln(4)
head2(d, "3. Vaststellingen")
numbered(d, "3.1", "De exploitatietoelage stijgt tussen 2026 en 2031 met 6,8 procent, vooral door de energiekosten van "
                   "kerk en pastorie.")
numbered(d, "3.2", "De pastorie wordt verhuurd voor 450 euro per maand; die huurprijs is sinds 2011 niet aangepast.")
numbered(d, "3.3", "Er bestaat geen actuele inventaris van de kerkschatten; de laatste dateert van 1987.")
numbered(d, "3.4", "In ons advies over het vorige meerjarenplan schreven wij al: *'De kerkfabriek moet de mogelijkheden "
                   "voor subsidies van de Vlaamse overheid volledig benutten.'* Voor het torendak is nog geen "
                   "premieaanvraag ingediend.")
numbered(d, "3.5", "De jaarrekening 2025 werd pas op 28 maart 2026 bezorgd, kort voor de decretale uiterste datum.")
head2(d, "4. Aanbevelingen")
para(d, "Op basis van deze vaststellingen adviseert de financieel directeur de gemeenteraad het meerjarenplan goed te "
        "keuren, met de volgende aanbevelingen aan de kerkraad.")
numbered(d, "4.1", "De kerkfabriek maakt vóór eind 2027 een volledige inventaris op van de roerende goederen, met "
                   "inbegrip van die in de kapel van Ter Heide.", True)
numbered(d, "4.2", "Voor de restauratie van het torendak wordt eerst een erfgoedpremie aangevraagd bij het agentschap "
                   "Onroerend Erfgoed, vóór de stad een investeringstoelage uitbetaalt.", True)
numbered(d, "4.3", "De huurprijs van de pastorie wordt vanaf 2027 in één keer op een marktconform niveau gebracht.",
         True)
numbered(d, "4.4", "Samen met de stad onderzoekt de kerkfabriek een medegebruik van de kapel van Ter Heide voor "
                   "culturele activiteiten.", True)
numbered(d, "4.5", "Om de energiekosten te beperken laat de kerkfabriek in 2026 een energiescan van kerk en pastorie "
                   "uitvoeren.", True)
numbered(d, "4.6", "Het is aangewezen de brandverzekering van de kerk te laten herzien op basis van een actuele "
                   "herbouwwaarde.", True)
numbered(d, "4.7", "Wij vragen de jaarrekening voortaan uiterlijk op 15 februari aan de stad te bezorgen.", True)
head2(d, "5. Verdere procedure")
para(d, "Dit advies wordt geagendeerd op de gemeenteraad van 29 september 2026. Volgens artikel 48 van het decreet "
        "moet de kerkfabriek binnen de dertig dagen na de beslissing op de hoogte worden gebracht; artikel 55 regelt "
        "het beroep bij de provinciegouverneur. De financiële dienst blijft beschikbaar voor toelichting.")
para(d, "Ilse De Wolf\nfinancieel directeur", 10)
d.output(B.out(NAME + "_advice.pdf"))

r = new("Kerkfabriek Sint-Gertrudis Oudenhove-Ename - notulen kerkraad 13 oktober 2026")
letterhead(r, "Kerkfabriek Sint-Gertrudis Oudenhove-Ename", "Kerkstraat 3, 9700 Oudenhove  -  KBO 0212.344.871")
r.set_font("S", "B", 12.5)
r.multi_cell(0, 6.5, "Uittreksel uit de notulen van de vergadering van de kerkraad van 13 oktober 2026",
             new_x="LMARGIN", new_y="NEXT")
r.ln(2)
para(r, "Aanwezig: Marc Van Damme, voorzitter; Lieve Cottenie, secretaris; Paul Verhaeghe, penningmeester; "
        "E.H. Koen Baert, pastoor; Annick Roels, lid. Verontschuldigd: de burgemeester (gewoon lid van rechtswege).", 9)
head2(r, "Punt 1. Goedkeuring van de notulen van 8 september 2026")
para(r, "De notulen van de vorige vergadering worden zonder opmerkingen goedgekeurd en door de voorzitter en de "
        "secretaris ondertekend.")
head2(r, "Punt 2. Advies van de stad over het meerjarenplan 2026-2031")
para(r, "De voorzitter licht het advies van de financieel directeur van 8 september toe. De gemeenteraad heeft het "
        "meerjarenplan op 29 september goedgekeurd. De kerkraad bespreekt de aanbevelingen en beslist als volgt.")
para(r, "**Aanbeveling 4.5.** De energiescan werd op 2 oktober besteld bij een erkend energiedeskundige en wordt in "
        "november uitgevoerd; de resultaten worden aan de stad bezorgd.")
para(r, "**Aanbevelingen 4.2 en 4.6.** De premieaanvraag voor het torendak is op 30 september ingediend bij Onroerend "
        "Erfgoed; de kerkraad vraagt de investeringstoelage pas op na de beslissing over de premie. Wat de "
        "brandverzekering betreft, neemt de kerkraad kennis van de opmerking en legt hij de vraag voor aan het "
        "centraal kerkbestuur, dat de polissen voor alle kerkfabrieken samen beheert.")
para(r, "**Aanbeveling 4.1.** De kerkraad gaat akkoord met een nieuwe inventaris van de kerk zelf, op te maken door "
        "vrijwilligers met de hulp van het erfgoedcentrum, maar haalt eind 2027 niet; de kapel van Ter Heide volgt "
        "in een tweede fase in 2028.")
para(r, "**Aanbeveling 4.7.** De kerkraad ziet geen reden om af te wijken van de decretale termijn van 31 maart. De "
        "penningmeester werkt als vrijwilliger en de rekeningen van de parochiezaal zijn pas eind februari bekend.")
para(r, "**Aanbeveling 4.3.** De huur van de pastorie wordt niet in één keer aangepast. De kerkraad beslist de huur "
        "in drie jaarlijkse stappen te verhogen tot 720 euro in 2029, zodat de huurder, de parochiale "
        "vzw, tijd krijgt om zich aan te passen.")
para(r, "Stemming: eenparig.", 9, "I")
head2(r, "Punt 3. Orgelconcert van 20 december")
para(r, "De secretaris meldt dat het jaarlijkse kerstconcert met het orgel van Van Peteghem op 20 december "
        "doorgaat. De opbrengst gaat naar het herstel van de orgelkast. Mevrouw Roels zorgt voor de affiches.")
head2(r, "Punt 4. Varia en slot")
para(r, "Er zijn geen varia. De voorzitter sluit de vergadering om 21.40 uur. Volgende vergadering op "
        "10 november 2026.")
para(r, "Voor eensluidend uittreksel,\nLieve Cottenie, secretaris          Marc Van Damme, voorzitter", 9.5)
r.output(B.out(NAME + "_response.pdf"))

B.write_expected(NAME, [
    (1, "De kerkfabriek maakt vóór eind 2027 een volledige inventaris", 
     "akkoord met een nieuwe inventaris van de kerk zelf", "partly"),
    (2, "Voor de restauratie van het torendak wordt eerst een erfgoedpremie",
     "De premieaanvraag voor het torendak is op 30 september ingediend", "agrees"),
    (3, "De huurprijs van de pastorie wordt vanaf 2027 in één keer",
     "in drie jaarlijkse stappen te verhogen tot 720 euro", "partly"),
    (4, "Samen met de stad onderzoekt de kerkfabriek een medegebruik", None, "unanswered"),
    (5, "Om de energiekosten te beperken laat de kerkfabriek in 2026", "De energiescan werd op 2 oktober besteld",
     "agrees"),
    (6, "Het is aangewezen de brandverzekering van de kerk te laten herzien",
     "neemt de kerkraad kennis van de opmerking en legt hij", "noted"),
    (7, "Wij vragen de jaarrekening voortaan uiterlijk op 15 februari",
     "ziet geen reden om af te wijken van de decretale termijn", "disagrees"),
], ["De notulen van de vorige vergadering worden zonder opmerkingen goedgekeurd",
    "kerstconcert met het orgel van Van Peteghem",
    "De voorzitter sluit de vergadering om 21.40 uur"],
    "Advice: Flemish city's financieel directeur advice on a kerkfabriek meerjarenplan, 2 p., fpdf2 serif; "
    "recommendations the NUMBERED PARAGRAPHS 4.1-4.7 of section 4 (bold, mixed subjects: 'De kerkfabriek', 'Voor de', "
    "'Het is aangewezen', 'Wij vragen'); traps: Vaststellingen 3.1-3.5 in the same numbered form, eredienstendecreet "
    "art. 41/48 'moet', the 2020 advice quoted with 'moet', art. 55, a toelage table. Response: uittreksel uit de "
    "notulen of the kerkraad, agenda points 1-4, replies in point 2 with bold 'Aanbeveling 4.x.' run-ins, order 4.5, "
    "4.2+4.6, 4.1, 4.7, 4.3; 'Aanbevelingen 4.2 en 4.6' = 4.2 agrees (premium applied for 30 September) + 4.6 noted "
    "(kennis, passed to the centraal kerkbestuur); 4.5 agrees (ordered); 4.1 partly (church only, chapel 2028); "
    "4.7 disagrees; 4.3 partly (three steps); 4.4 (kapel medegebruik) unanswered; point 1, point 3 (organ concert) "
    "and point 4 (closing) answer nothing.")
print("written", NAME)

"""Round 136 (nl): the ADVIES of an (invented) municipal KLANKBORDGROEP KERKENVISIE on the concept-Kerkenvisie (the
future of church buildings), its seven recommendations a NUMBERED LIST 1.-7. with a BOLD LEAD-IN title ('1. Elke kerk
haar eigen kaart.'), after the group's CONCLUSIONS numbered 1.-4. with bold lead-ins in exactly the same style;
answered by the college's letter with a TABLE 'Nr. | Aanbeveling in het kort | Standpunt van het college', numbered
but in another order, each answer opening with a verdict word ('Overgenomen.', 'Gedeeltelijk.'; one recommendation
never answered).

Advice (fpdf2, sans, slate headings, running head from p. 2, 'blad n'): the Erfgoedwet/Omgevingswet paraphrased with
'moet' (trap), the provincial Erfgoedagenda quoted with 'moeten' (trap), conclusions 1.-4. (trap), 'Wij adviseren
niet om' (trap), a closing line naming 'aanbeveling 3 en 6' (trap). Response (fpdf2): 1 agrees, 2 agrees, 4 partly,
3 disagrees, 7 agrees, 6 noted; 5 unanswered; the introduction, 'Vervolg' and closing answer nothing. All bodies,
places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind136nl/bin/python tests/docs/src/blind136/gen_nl_kerken_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b136nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind136_nl_kerken"
FS = B.tmp_fonts()
SLATE = (52, 64, 92)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*SLATE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"blad {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 10, 2, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, markdown=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=markdown)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11.5, style="B", gap=1.2, align="L", color=SLATE)


def numbered(pdf, num, lead, text):
    """A hanging numbered paragraph: the number in the margin, a bold lead-in, then the text."""
    pdf.set_font("S", "", 9.6)
    y = pdf.get_y()
    if y > pdf.h - 35:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("S", "B", 9.6)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(8, LH, num)
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.set_font("S", "", 9.6)
    pdf.multi_cell(width(pdf) - 8, LH, f"**{lead}** {text}", align="J", new_x="LMARGIN", new_y="NEXT",
                   markdown=True)
    pdf.ln(1.8)


def advice():
    pdf = new("Klankbordgroep Kerkenvisie Rietmeden - advies KKV-2026-1 - concept-Kerkenvisie",
              "Advies concept-Kerkenvisie Rietmeden", "Klankbordgroep Kerkenvisie Rietmeden")
    para(pdf, "Klankbordgroep Kerkenvisie gemeente Rietmeden - p/a Kerkplein 2, 8311 TR Rietmeden", size=8,
         color=GREY, align="L")
    para(pdf, "Advies over de concept-Kerkenvisie Rietmeden", size=16, style="B", align="L", color=SLATE, gap=1)
    para(pdf, "Kenmerk KKV-2026-1 - Rietmeden, 22 september 2026 - aan het college van burgemeester en "
         "wethouders, ter attentie van wethouder H.J. de Boer (cultuur en erfgoed)", size=8, color=GREY, align="L",
         gap=4)
    h2(pdf, "Inleiding")
    para(pdf, "In april 2026 legde het college de concept-Kerkenvisie voor aan de klankbordgroep. In de groep "
         "zitten vertegenwoordigers van zes kerkbesturen, de historische vereniging, de stichting Oude Kerken "
         "Rietmeden, twee dorpsbelangen en een architect. Samen bezochten wij alle elf kerkgebouwen in de gemeente "
         "en spraken wij met de kerkrentmeesters over onderhoud, bezoekers en toekomstplannen.")
    para(pdf, "Vijf van de elf kerken zijn rijksmonument. Volgens de Erfgoedwet en de Omgevingswet moet voor elke "
         "wijziging van een rijksmonument een vergunning worden gevraagd, en moet de gemeente daarbij advies "
         "inwinnen. De provinciale Erfgoedagenda 2021 zegt daarover: 'Gemeenten moeten samen met de eigenaren "
         "tijdig een visie ontwikkelen op de toekomst van hun religieus erfgoed.' De concept-Kerkenvisie is het "
         "antwoord van Rietmeden op die oproep.")
    h2(pdf, "Onze conclusies")
    numbered(pdf, "1.", "Leegstand dreigt.", "Zes kerkbesturen verwachten dat hun gebouw binnen tien jaar niet "
             "meer voor de eredienst nodig is. Het gemiddelde kerkbezoek daalde sinds 2015 met 38 procent.")
    numbered(pdf, "2.", "Onderhoud blijft liggen.", "De kerkbesturen schatten het achterstallig onderhoud samen op "
             "2,4 miljoen euro, vooral aan daken en torens.")
    numbered(pdf, "3.", "Het dorp wil de kerk houden.", "In Oosterlee en Wijnsveld is de kerk het enige "
             "openbare gebouw dat overblijft. Inwoners willen er vooral samenkomen, niet wonen.")
    numbered(pdf, "4.", "De visie is te algemeen.", "Het concept beschrijft de kerken als groep, maar zegt weinig "
             "over wat er met elk gebouw afzonderlijk kan.")
    para(pdf, "Wij adviseren niet om kerken die geen monument zijn zonder meer te laten slopen: ook gewone "
         "dorpskerken bepalen het gezicht van de kernen.")
    h2(pdf, "Onze aanbevelingen")
    para(pdf, "Wij bevelen het college het volgende aan.")
    recs = [
        ("Elke kerk haar eigen kaart.", "Maak voor elk van de elf kerkgebouwen samen met het kerkbestuur een "
         "toekomstkaart, met de waarden van het gebouw en de functies die er passen."),
        ("Eén loket.", "Stel bij de gemeente een vast aanspreekpunt voor kerkgebouwen aan, voor ten minste "
         "zestien uur per week, dat kerkbesturen en initiatiefnemers de weg wijst."),
        ("Een fonds voor gewone kerken.", "Reserveer vanaf 2027 jaarlijks 150.000 euro voor het onderhoud van "
         "kerken die geen rijksmonument zijn en waarvoor geen landelijke subsidie bestaat."),
        ("Ruimte in het omgevingsplan.", "Leg in het omgevingsplan voor alle kerkgebouwen ruimere "
         "gebruiksmogelijkheden vast, zoals wonen, zorg, kantoren en kleinschalige horeca."),
        ("Het interieur telt mee.", "Laat vóór 2028 het waardevolle interieur van de kerken inventariseren, "
         "zoals orgels, glas-in-loodramen en grafzerken, zodat het bij een verkoop niet verloren gaat."),
        ("Oosterlee.", "Onderzoek of de gemeente de Dorpskerk in Oosterlee zelf kan verwerven en er een dorpshuis "
         "van kan maken."),
        ("Omwonenden eerst.", "Betrek de omwonenden en het dorpsbelang bij elke herbestemming al voordat er een "
         "koper of een ontwerp is."),
    ]
    for i, (lead, text) in enumerate(recs, 1):
        numbered(pdf, f"{i}.", lead, text)
    h2(pdf, "Tot slot")
    para(pdf, "Aanbeveling 3 en 6 kosten geld en vragen dus om een besluit van de gemeenteraad. Wij denken graag "
         "mee over de uitwerking van de kaarten per kerk.")
    para(pdf, "Namens de klankbordgroep,\nds. W.F. Jongsma, voorzitter\nA. Bouwman-Kuiper, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Rietmeden - reactie op advies KKV-2026-1 - kenmerk CE/2026/1190",
              "Reactie advies klankbordgroep Kerkenvisie", "Gemeente Rietmeden")
    para(pdf, "Gemeente Rietmeden - college van burgemeester en wethouders", size=8, color=GREY, align="L")
    para(pdf, "Reactie op het advies over de Kerkenvisie", size=16, style="B", align="L", color=SLATE, gap=1)
    para(pdf, "Aan de Klankbordgroep Kerkenvisie - ons kenmerk CE/2026/1190 - Rietmeden, 27 oktober 2026", size=8,
         color=GREY, align="L", gap=4)
    para(pdf, "Geachte heer Jongsma,")
    para(pdf, "Wij danken de klankbordgroep voor het heldere advies en voor de tijd die de leden in de bezoeken "
         "aan alle kerken hebben gestoken. Wij hebben de Kerkenvisie op verschillende punten aangepast. In de "
         "tabel hieronder leest u ons standpunt per aanbeveling.")
    rows = [
        ("1", "Toekomstkaart per kerkgebouw",
         "Overgenomen. Het bureau Erfgoedadvies Noord maakt in 2027 de kaarten, in overleg met elk kerkbestuur."),
        ("2", "Vast aanspreekpunt bij de gemeente",
         "Overgenomen. Vanaf 1 januari 2027 is mevrouw L. Smit de kerkenconsulent van de gemeente, voor "
         "achttien uur per week."),
        ("4", "Ruimere functies in het omgevingsplan",
         "Gedeeltelijk. Wonen, zorg en maatschappelijke functies worden overal mogelijk. Horeca staan wij "
         "alleen toe in de kerken in de kern Rietmeden zelf."),
        ("3", "Jaarlijks onderhoudsfonds van 150.000 euro",
         "Niet overgenomen. Het onderhoud van een kerk blijft de taak van de eigenaar; de gemeente kan geen "
         "structureel bedrag vrijmaken in de meerjarenbegroting."),
        ("7", "Omwonenden vroeg betrekken",
         "Overgenomen. Bij elke herbestemming vragen wij de initiatiefnemer eerst een bewonersavond te "
         "organiseren."),
        ("6", "Dorpskerk Oosterlee als dorpshuis",
         "Kennisgenomen. Wij wachten eerst de toekomstkaart voor deze kerk af en nemen nu geen besluit over "
         "een aankoop."),
    ]
    pdf.set_font("S", "", 8.8)
    pdf.set_draw_color(150, 150, 160)
    pdf.set_line_width(0.25)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SLATE)
    with pdf.table(col_widths=(12, 48, 102), text_align=("CENTER", "LEFT", "LEFT"), line_height=4.6,
                   headings_style=head, padding=1.5) as t:
        r = t.row()
        for c in ("Nr.", "Aanbeveling in het kort", "Standpunt van het college"):
            r.cell(c)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    h2(pdf, "Vervolg")
    para(pdf, "De aangepaste Kerkenvisie gaat op 10 december 2026 naar de gemeenteraad. Daarna volgen de "
         "gesprekken over de toekomstkaarten, te beginnen met de kerken in Oosterlee en Wijnsveld.")
    para(pdf, "Wij zien de verdere samenwerking met de klankbordgroep met vertrouwen tegemoet.")
    para(pdf, "Met vriendelijke groet,\nhet college van burgemeester en wethouders van Rietmeden,\n\n"
         "de secretaris, mr. P. Veenstra - de burgemeester, G.A. Hoekstra", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Maak voor elk van de elf kerkgebouwen samen met het kerkbestuur",
         "Het bureau Erfgoedadvies Noord maakt in 2027 de kaarten", "agrees"),
        (2, "Stel bij de gemeente een vast aanspreekpunt voor kerkgebouwen aan",
         "mevrouw L. Smit de kerkenconsulent van de gemeente", "agrees"),
        (3, "Reserveer vanaf 2027 jaarlijks 150.000 euro voor het onderhoud van",
         "Het onderhoud van een kerk blijft de taak van de eigenaar", "disagrees"),
        (4, "Leg in het omgevingsplan voor alle kerkgebouwen ruimere gebruiksmogelijkheden vast",
         "Horeca staan wij alleen toe in de kerken", "partly"),
        (5, "Laat vóór 2028 het waardevolle interieur van de kerken inventariseren", None, "unanswered"),
        (6, "Onderzoek of de gemeente de Dorpskerk in Oosterlee zelf kan",
         "Wij wachten eerst de toekomstkaart voor deze kerk af", "noted"),
        (7, "Betrek de omwonenden en het dorpsbelang bij elke herbestemming al",
         "vragen wij de initiatiefnemer eerst een bewonersavond te organiseren", "agrees"),
    ], ["voor de tijd die de leden in de bezoeken",
        "gaat op 10 december 2026 naar de gemeenteraad"],
        "Advice: a municipal sounding board's advice on a draft 'kerkenvisie' (the future of church buildings); the "
        "seven recommendations are a NUMBERED LIST 1.-7. with hanging numbers and a BOLD LEAD-IN title ('Elke kerk "
        "haar eigen kaart.', 'Eén loket.', ...) followed by an imperative. Traps: the group's CONCLUSIONS numbered "
        "1.-4. with bold lead-ins in exactly the same style, the Erfgoedwet/Omgevingswet paraphrased with 'moet', "
        "the provincial Erfgoedagenda 2021 quoted with 'moeten', 'Wij adviseren niet om kerken die geen monument "
        "zijn zonder meer te laten slopen', a closing line naming 'Aanbeveling 3 en 6'. Response: the college's "
        "letter with a TABLE 'Nr. | Aanbeveling in het kort | Standpunt van het college', rows in the order 1 "
        "agrees (Overgenomen), 2 agrees (Overgenomen; 18 hours, not 16), 4 partly (Gedeeltelijk: no horeca outside "
        "the main town), 3 disagrees (Niet overgenomen), 7 agrees (Overgenomen), 6 noted (Kennisgenomen). 5 (an "
        "inventory of church interiors) is never answered. The introduction, 'Vervolg' and closing answer nothing.")
    print("written", NAME)

"""Round 135 (nl): the ADVIES of an (invented) municipal BOMENADVIESCOMMISSIE on the concept-Bomenbeleidsplan, its
seven recommendations SHADED BOXES headed 'Advies 1'-'Advies 7' with a short title, after FINDINGS in boxes headed
'Bevinding 1'-'Bevinding 4' set in the same style; answered by the wethouder's letter with a NOTA VAN BEANTWOORDING
TABLE 'Onderwerp | Advies in het kort | Reactie college | Gevolg' without numbers, in another order (one
recommendation never answered, one row on a finding answering nothing).

Advice (fpdf2, sans, green headings, running head from p. 2, 'blad n'): the Omgevingswet and the old Bomenverordening
2014 quoted with 'moet' (trap), the Bevinding boxes (trap), 'De commissie adviseert niet om' (trap), a closing line
naming 'Advies 4 en 5' (trap). Response (fpdf2): 3 agrees, 1 partly, 2 agrees, 4 disagrees, 5 disagrees, 6 noted;
7 unanswered; the letter's introduction, the 'Essentaksterfte' row (a finding) and closing answer nothing. All
bodies, places, people, figures and reference numbers invented; laws named as context only.

Run: /tmp/blind135nl/bin/python tests/docs/src/blind135/gen_nl_bomen_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b135nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind135_nl_bomen"
FS = B.tmp_fonts()
GREEN = (46, 102, 52)
PALE = (232, 242, 230)
GREYBOX = (240, 240, 240)
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
            self.set_draw_color(*GREEN)
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
    pdf.set_creation_date(datetime.datetime(2026, 6, 11, tzinfo=datetime.timezone.utc))
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


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0)):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.multi_cell(width(pdf), LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11.5, style="B", gap=1.2, align="L", color=GREEN)


def box(pdf, label, text, fill, edge):
    """A shaded box: a bold label line, then the text, one filled bordered block."""
    pdf.set_font("S", "", 9.4)
    lines = len(pdf.multi_cell(width(pdf) - 6, LH, text, dry_run=True, output="LINES"))
    if pdf.get_y() + (lines + 1) * LH + 6 > pdf.h - 20:
        pdf.add_page()
    pdf.set_fill_color(*fill)
    pdf.set_draw_color(*edge)
    pdf.set_line_width(0.35)
    y0 = pdf.get_y()
    pdf.rect(pdf.l_margin, y0, width(pdf), (lines + 1) * LH + 4, style="DF")
    pdf.set_xy(pdf.l_margin + 3, y0 + 1.5)
    pdf.set_font("S", "B", 9.4)
    pdf.set_text_color(*GREEN)
    pdf.cell(width(pdf) - 6, LH, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(pdf.l_margin + 3)
    pdf.set_font("S", "", 9.4)
    pdf.multi_cell(width(pdf) - 6, LH, text, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + (lines + 1) * LH + 4 + 3)


def advice():
    pdf = new("Bomenadviescommissie Brakeldonk - advies BAC/2026/03 - concept-Bomenbeleidsplan 2027-2036",
              "Advies concept-Bomenbeleidsplan", "Bomenadviescommissie Brakeldonk")
    para(pdf, "Bomenadviescommissie gemeente Brakeldonk - secretariaat: Postbus 88, 5761 ZH Brakeldonk",
         size=8, color=GREY, align="L")
    para(pdf, "Advies over het concept-Bomenbeleidsplan 2027-2036", size=16, style="B", align="L",
         color=GREEN, gap=1)
    para(pdf, "Kenmerk BAC/2026/03 - Brakeldonk, 16 juni 2026 - aan het college van burgemeester en wethouders, "
         "ter attentie van wethouder A.C. Mertens (openbare ruimte)", size=8, color=GREY, align="L", gap=4)
    h2(pdf, "Inleiding")
    para(pdf, "Op 2 april 2026 vroeg het college de Bomenadviescommissie om advies over het concept-"
         "Bomenbeleidsplan 2027-2036. De commissie bestaat uit een boomverzorger, een ecoloog, een "
         "landschapsarchitect en twee inwoners die zich al jaren inzetten voor het groen in hun wijk. Zij las het "
         "concept, bezocht acht plekken waar het komende jaar bomen worden gekapt en sprak met de beheerders van "
         "de buitendienst.")
    para(pdf, "Onder de Omgevingswet moet de gemeente in haar omgevingsplan regelen wanneer voor het vellen van "
         "een boom toestemming nodig is. Tot dat plan klaar is, geldt de Bomenverordening 2014, waarin staat: "
         "'Wie een houtopstand velt, moet binnen een jaar een gelijkwaardige boom herplanten.' Het concept-"
         "Bomenbeleidsplan is de basis voor de regels die straks in het omgevingsplan komen.")
    h2(pdf, "Wat de commissie zag")
    box(pdf, "Bevinding 1 - Het bomenbestand groeit niet",
        "Brakeldonk telt 21.400 gemeentelijke bomen. In de afgelopen vijf jaar werden er 1.310 gekapt en 1.190 "
        "geplant. De nieuwe bomen zijn bovendien veel kleiner dan de bomen die verdwenen.", GREYBOX, (170, 170, 170))
    box(pdf, "Bevinding 2 - Veel kap in de oude wijken",
        "Ruim de helft van de kap vond plaats in Veldhoek en De Kade, waar de bomen uit de jaren zestig aan het "
        "eind van hun leven zijn. Daar is het in de zomer nu al tot vier graden warmer dan in het buitengebied.",
        GREYBOX, (170, 170, 170))
    box(pdf, "Bevinding 3 - Essentaksterfte",
        "Van de 2.050 essen langs wegen en dijken is ongeveer een derde aangetast. De commissie adviseert niet om "
        "aangetaste essen langs drukke wegen te laten staan; daar gaat veiligheid voor.", GREYBOX, (170, 170, 170))
    box(pdf, "Bevinding 4 - Weinig zicht op particuliere kap",
        "Sinds 2019 is alleen voor bomen met een stamomtrek van meer dan 100 centimeter een vergunning nodig. Hoeveel "
        "kleinere bomen in tuinen verdwijnen, weet niemand.", GREYBOX, (170, 170, 170))
    h2(pdf, "Ons advies")
    para(pdf, "Het concept is een goede stap. De commissie doet het college de volgende zeven adviezen.")
    recs = [
        ("Advies 1 - Twee bomen terug voor één",
         "Leg in het plan vast dat voor elke gekapte boom met een stamomtrek van meer dan 80 centimeter ten minste "
         "twee nieuwe bomen in dezelfde wijk worden geplant."),
        ("Advies 2 - Boomwaarde en bomenfonds",
         "Bereken bij elke kap in de openbare ruimte de boomwaarde volgens een landelijke taxatiemethode en stort "
         "het bedrag dat niet aan herplant op dezelfde plek wordt besteed in een bomenfonds."),
        ("Advies 3 - Meer monumentale bomen",
         "Neem de 46 bomen die de commissie in bijlage 2 heeft beschreven op in de lijst van monumentale en "
         "beschermwaardige bomen."),
        ("Advies 4 - Kapvergunning ook voor kleinere bomen",
         "Breng de grens voor de vergunningplicht voor particuliere bomen terug van 100 naar 50 centimeter "
         "stamomtrek, zodat ook middelgrote tuinbomen weer beschermd zijn."),
        ("Advies 5 - Genoeg geld voor beheer",
         "Verhoog het budget voor het onderhoud van bomen van 310.000 euro naar 450.000 euro per jaar, zodat de "
         "achterstand in het snoeien binnen vier jaar is ingelopen."),
        ("Advies 6 - Koelte in Veldhoek en De Kade",
         "Onderzoek hoe het bladerdak in Veldhoek en De Kade voor 2036 kan groeien van 9 naar 20 procent, en "
         "betrek daarbij ook schoolpleinen en parkeerterreinen."),
        ("Advies 7 - Bomen en bewoners",
         "Richt een vast meldpunt in waar inwoners zieke of beschadigde bomen kunnen melden en binnen twee weken "
         "horen wat de gemeente ermee doet."),
    ]
    for label, text in recs:
        box(pdf, label, text, PALE, GREEN)
    h2(pdf, "Tot slot")
    para(pdf, "Advies 4 en 5 vragen om een besluit van de gemeenteraad. De commissie stelt het op prijs als het "
         "college haar advies meestuurt wanneer het plan naar de raad gaat.")
    para(pdf, "Namens de Bomenadviescommissie,\nir. S.H. Vermeulen, voorzitter\nT. Bakkali, secretaris", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Brakeldonk - reactie advies BAC/2026/03 - kenmerk OR/2026/4471",
              "Reactie advies Bomenadviescommissie", "Gemeente Brakeldonk")
    para(pdf, "Gemeente Brakeldonk - Wethouder openbare ruimte", size=8, color=GREY, align="L")
    para(pdf, "Reactie op het advies over het Bomenbeleidsplan", size=16, style="B", align="L", color=GREEN,
         gap=1)
    para(pdf, "Aan de Bomenadviescommissie - ons kenmerk OR/2026/4471 - Brakeldonk, 14 juli 2026", size=8,
         color=GREY, align="L", gap=4)
    para(pdf, "Geachte heer Vermeulen,")
    para(pdf, "Mede namens het college dank ik u voor uw zorgvuldige advies. Het college heeft het concept op "
         "verschillende punten aangepast. In de nota van beantwoording hieronder leest u per onderwerp hoe wij "
         "met uw advies zijn omgegaan. De nota gaat op 9 september met het definitieve plan naar de gemeenteraad.")
    h2(pdf, "Nota van beantwoording")
    rows = [
        ("Monumentale bomen", "46 bomen toevoegen aan de lijst",
         "De 46 bomen uit bijlage 2 staan in de nieuwe lijst. Eigenaren krijgen daarover in oktober een brief.",
         "ja"),
        ("Herplant", "Twee nieuwe bomen voor elke grote gekapte boom",
         "Elke gekapte boom wordt in dezelfde wijk vervangen. Een verdubbeling geldt alleen voor monumentale "
         "bomen; in de smalle straten van Veldhoek is voor twee bomen vaak geen ruimte.", "deels"),
        ("Boomwaarde", "Boomwaarde berekenen, bomenfonds instellen",
         "Wij nemen dit over: vanaf 2027 rekenen wij met de landelijke taxatiemethode en komt er een bomenfonds "
         "met een eigen jaarverslag.", "ja"),
        ("Essentaksterfte", "(geen advies; bevinding 3)",
         "In 2026 en 2027 vervangen wij 420 essen langs de Dijkweg en de Groenstraat door linden en "
         "iepen.", "-"),
        ("Vergunningplicht", "Grens terug naar 50 cm stamomtrek",
         "Het college kiest er bewust voor de grens van 100 centimeter te houden. Een lagere grens betekent "
         "honderden extra aanvragen per jaar.", "nee"),
        ("Onderhoudsbudget", "Naar 450.000 euro per jaar",
         "Binnen de begroting 2027 is deze verhoging niet te betalen; het bedrag blijft 310.000 euro en de "
         "achterstand lopen wij in zes jaar in.", "nee"),
        ("Hitte in oude wijken", "Bladerdak naar 20 procent",
         "Wij herkennen het probleem. Het college betrekt dit bij het hitteplan dat in 2027 verschijnt en "
         "neemt nu geen besluit over een doel.", "later"),
    ]
    pdf.set_font("S", "", 8.6)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.25)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN)
    with pdf.table(col_widths=(32, 33, 75, 20), text_align=("LEFT", "LEFT", "LEFT", "CENTER"), line_height=4.4,
                   headings_style=head, padding=1.4) as t:
        r = t.row()
        for c in ("Onderwerp", "Advies in het kort", "Reactie college", "Gevolg"):
            r.cell(c)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    para(pdf, "Ik hoop dat de commissie ook bij de uitwerking in het omgevingsplan met ons wil meedenken. Mijn "
         "medewerkers nemen na de zomer contact met u op om een datum te plannen.")
    para(pdf, "Met vriendelijke groet,\n\nA.C. Mertens\nwethouder openbare ruimte", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Leg in het plan vast dat voor elke gekapte boom",
         "Een verdubbeling geldt alleen voor monumentale bomen", "partly"),
        (2, "Bereken bij elke kap in de openbare ruimte de boomwaarde",
         "rekenen wij met de landelijke taxatiemethode", "agrees"),
        (3, "Neem de 46 bomen die de commissie in bijlage 2",
         "Eigenaren krijgen daarover in oktober een brief", "agrees"),
        (4, "Breng de grens voor de vergunningplicht voor particuliere bomen terug",
         "kiest er bewust voor de grens van 100 centimeter te houden", "disagrees"),
        (5, "Verhoog het budget voor het onderhoud van bomen van 310.000",
         "Binnen de begroting 2027 is deze verhoging niet te betalen", "disagrees"),
        (6, "Onderzoek hoe het bladerdak in Veldhoek en De Kade voor",
         "betrekt dit bij het hitteplan dat in 2027 verschijnt", "noted"),
        (7, "Richt een vast meldpunt in waar inwoners zieke of beschadigde", None, "unanswered"),
    ], ["dank ik u voor uw zorgvuldige advies",
        "vervangen wij 420 essen langs de Dijkweg",
        "nemen na de zomer contact met u op"],
        "Advice: a municipal tree advisory commission's advice on a draft tree policy plan; the seven "
        "recommendations are SHADED BOXES headed 'Advies 1 - <title>' to 'Advies 7 - <title>', each an imperative. "
        "Traps: FINDINGS in grey boxes headed 'Bevinding 1'-'Bevinding 4' in the same style (one containing 'De "
        "commissie adviseert niet om aangetaste essen ... te laten staan'), the Omgevingswet and the Bomenverordening "
        "2014 quoted with 'moet', a closing line naming 'Advies 4 en 5'. Response: the wethouder's letter with a "
        "NOTA VAN BEANTWOORDING table 'Onderwerp | Advies in het kort | Reactie college | Gevolg' without "
        "numbers, in the order 3 agrees (ja), 1 partly (deels: one for one, two only for monumental trees), 2 "
        "agrees (ja), an 'Essentaksterfte' row for finding 3 (nothing), 4 disagrees (nee), 5 disagrees (nee), 6 "
        "noted (later: hitteplan 2027). 7 (a report point for sick trees) is never answered. The introduction and "
        "closing answer nothing.")
    print("written", NAME)

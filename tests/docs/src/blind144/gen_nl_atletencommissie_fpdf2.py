"""Round 144 (nl): the ADVIES of the (invented) athletes' commission of a national sports federation to its board on
the draft selection policy for the coming Olympic cycle; the whole advice runs in CONTINUOUSLY NUMBERED PARAGRAPHS
1.-16. (randnummers), and the seven recommendations are seven of those paragraphs (4, 6, 7, 9, 11, 12, 14), each
worded differently, between findings paragraphs numbered in exactly the same way; answered by the federation board's
REACTIE, a short letter with a ruled TABLE 'Rn. | Onderwerp | Reactie bondsbestuur' that refers to the paragraph
numbers, with one row for a findings paragraph and no row for one recommendation.

Advice (fpdf2, sans, orange-red rule under the letterhead, numbered paragraphs with hanging numbers, running head from
p. 2, 'blad n van m'): the commission's regulations paraphrased with 'moet' (trap), the commission's 2024 advice
quoted as an imperative ('Publiceer de selectiecriteria ...', carried out, trap), findings paragraphs numbered alike
(trap), 'De atletencommissie adviseert niet om de A- en de B-status samen te voegen' (trap), a closing paragraph
naming 'de punten 6 en 7' (trap). Response (fpdf2, 'blad n'), table rows 3, 4, 6, 7, 9, 11, 12: row 3 answers a
finding (nothing), 4 partly, 6 agrees, 7 agrees, 9 disagrees, 11 partly, 12 noted; 14 unanswered; the introduction
and the closing answer nothing. All bodies, places, people, figures and reference numbers invented; no rules beyond
the federation's own regulations.

Run: /tmp/blind144nl/bin/python tests/docs/src/blind144/gen_nl_atletencommissie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b144nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind144_nl_atletencommissie"
FS = B.tmp_fonts()
INK = (178, 62, 28)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    of_m = False

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*INK)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        t = f"blad {self.page_no()} van {{nb}}" if self.of_m else f"blad {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    pdf.of_m = of_m
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(24, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.6, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, md=False, lh=LH):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def numbered(pdf, n, text):
    """A paragraph with its number hanging in the left margin column (findings and recommendations alike)."""
    if pdf.get_y() > pdf.page_break_trigger - 12:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "B", 9.6)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(9, LH, f"{n}.")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 9, y)
    pdf.set_font("S", "", 9.6)
    pdf.multi_cell(width(pdf) - 9, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.2)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 22:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def letterhead(pdf, who, title, sub):
    para(pdf, who, size=12.5, style="B", color=INK, align="L", gap=0.5)
    para(pdf, "Nederlandse Judo- en Worstelbond - Sportlaan 2, 3845 ZR Harderveld - bondsbureau@njwb.example",
         size=8, color=GREY, align="L", gap=1.5)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    para(pdf, title, size=14, style="B", align="L", gap=0.8, lh=6.6)
    para(pdf, sub, size=8.3, color=GREY, align="L", gap=3)


def advice():
    pdf = new("Atletencommissie NJWB - advies concept-selectiebeleid 2027-2028 - AC/2027-02", "Advies over het "
              "concept-selectiebeleid 2027-2028", "Atletencommissie NJWB", of_m=True)
    letterhead(pdf, "Atletencommissie", "Advies over het concept-selectiebeleid 2027-2028",
               "aan het bondsbestuur van de NJWB - kenmerk AC/2027-02 - 8 februari 2027 - leden: Sanne Verhoef "
               "(voorzitter), Youssef Amrani, Fleur Dijkstra-Ros, Bram Hesselink, Wei-Ling Tan")
    h2(pdf, "Aanleiding en werkwijze")
    numbered(pdf, 1, "Het bondsbestuur heeft de atletencommissie op 12 januari 2027 om advies gevraagd over het "
             "concept-selectiebeleid voor de wereldkampioenschappen 2027 en 2028 en het bijbehorende "
             "topsportprogramma. Wij hebben het concept besproken in twee vergaderingen en een online enquête "
             "gehouden onder alle 46 atleten van de A- en B-selectie; 39 van hen vulden die in.")
    numbered(pdf, 2, "Volgens het reglement atletencommissie moet het bondsbestuur de commissie horen over elk "
             "besluit dat de selectie of de begeleiding van atleten raakt, en moet het een afwijking van het advies "
             "schriftelijk motiveren. In ons advies van 2024 schreven wij: 'Publiceer de selectiecriteria minstens "
             "twaalf maanden voor het eerste selectiemoment.' Dat is dit keer gebeurd, en daar zijn de atleten "
             "tevreden over.")
    h2(pdf, "Selectiewedstrijden en blessures")
    numbered(pdf, 3, "Van de atleten die de enquête invulden, vindt 61 procent de criteria voor een nominatie "
             "onduidelijk zodra een atleet door blessure een selectiewedstrijd mist. Het concept zegt daarover "
             "alleen dat de technisch directeur 'naar bevind van zaken' beslist.")
    numbered(pdf, 4, "Leg in het selectiebeleid vast dat een atleet die door een blessure een selectiewedstrijd "
             "mist, op grond van een medische verklaring een herkansing krijgt op een later toernooi.")
    h2(pdf, "De selectiecommissie")
    numbered(pdf, 5, "De selectiecommissie bestaat volgens het concept uit de technisch directeur en twee "
             "bondscoaches. Atleten ervaren dat als een besluit van hun eigen trainers, en durven een beslissing "
             "daardoor minder goed ter discussie te stellen.")
    numbered(pdf, 6, "Wij adviseren de selectiecommissie uit te breiden met een onafhankelijk lid dat geen trainer, "
             "bondscoach of bestuurder is.")
    numbered(pdf, 7, "Het bondsbestuur zou elke atleet die niet wordt geselecteerd binnen vijf werkdagen een "
             "schriftelijke motivering moeten geven, en hem een gesprek met de bondscoach moeten aanbieden.")
    h2(pdf, "Bezwaar en beroep")
    numbered(pdf, 8, "Een atleet die het niet eens is met een selectiebesluit, kan nu alleen terecht bij de "
             "commissie van beroep van de bond. Die deed er in 2026 gemiddeld zes weken over, terwijl de "
             "inschrijving voor een toernooi vaak al na twee weken sluit.")
    numbered(pdf, 9, "Laat beroep tegen een selectiebesluit voortaan behandelen door een externe sportarbiter, die "
             "binnen tien dagen uitspraak doet.")
    h2(pdf, "Vergoedingen en begeleiding")
    numbered(pdf, 10, "Atleten met een B-status krijgen een reiskostenvergoeding van 0,12 euro per kilometer, "
             "atleten met een A-status 0,23 euro. Veel B-atleten trainen vier keer per week op het nationaal "
             "trainingscentrum en reizen daarvoor gemiddeld 140 kilometer per dag. De atletencommissie adviseert "
             "niet om de A- en de B-status samen te voegen, zoals in de wandelgangen is geopperd: het onderscheid "
             "is voor atleten een belangrijke stap in hun ontwikkeling.")
    numbered(pdf, 11, "Trek de reiskostenvergoeding voor atleten met een B-status gelijk met die voor atleten met "
             "een A-status.")
    numbered(pdf, 12, "Ook vragen wij het bondsbestuur ervoor te zorgen dat op elk trainingskamp een "
             "vertrouwenspersoon bereikbaar is die niet in dienst van de bond is.")
    h2(pdf, "Wedstrijdkalender")
    numbered(pdf, 13, "Een derde van de selectie studeert of zit op school. De nationale kampioenschappen van 2026 "
             "vielen midden in de centrale examens, waardoor twee atleten moesten kiezen tussen hun examen en hun "
             "titel.")
    numbered(pdf, 14, "Het is daarom verstandig de nationale kampioenschappen voortaan buiten de examenperiodes van "
             "het voortgezet en het hoger onderwijs te plannen.")
    h2(pdf, "Tot slot")
    numbered(pdf, 15, "De atletencommissie waardeert het dat zij dit keer ruim op tijd is betrokken. Over het "
             "topsportprogramma zelf hebben wij geen opmerkingen.")
    numbered(pdf, 16, "Wij vragen het bondsbestuur om vooral over de punten 6 en 7 te besluiten vóór de eerste "
             "selectiewedstrijd van 20 maart 2027.")
    para(pdf, "Harderveld, 8 februari 2027 - namens de atletencommissie, Sanne Verhoef, voorzitter", align="L",
         color=GREY, size=8.8)
    pdf.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("3", "blessures en criteria", "Het bestuur herkent de uitkomst van de enquête. De technisch directeur licht "
     "de nominatiecriteria op 4 maart toe in een online bijeenkomst voor alle atleten en hun trainers."),
    ("4", "herkansing na blessure", "Gedeeltelijk overgenomen. Een herkansing komt er alleen voor atleten met een "
     "A-status; voor de B-selectie is er in de kalender geen ruimte voor een extra toernooi."),
    ("6", "samenstelling selectiecommissie", "Overgenomen. Oud-international Marloes van Beek, die geen functie "
     "binnen de bond heeft, treedt per 1 maart toe als vierde lid."),
    ("7", "motivering en gesprek", "Akkoord. De termijn en het gesprek worden opgenomen in artikel 9 van het "
     "selectiebeleid; de bondscoach plant het gesprek zelf in."),
    ("9", "beroep", "Niet overgenomen. Een externe arbiter kost per zaak al snel enkele duizenden euro's. De "
     "commissie van beroep blijft bevoegd, maar behandelt selectiezaken vanaf nu met voorrang."),
    ("11", "reiskosten B-status", "Deels. De vergoeding voor B-atleten gaat per 1 juli omhoog naar 0,18 euro per "
     "kilometer; verder gaan laat de begroting 2027 niet toe."),
    ("12", "vertrouwenspersoon", "Het bestuur neemt dit punt mee in de evaluatie van het veiligesportbeleid, die in "
     "het najaar verschijnt. Tot die tijd blijft de vertrouwenscontactpersoon van de bond het aanspreekpunt."),
]


def response():
    pdf = new("NJWB bondsbestuur - reactie op advies AC/2027-02 - BB/2027-031", "Reactie op het advies van de "
              "atletencommissie", "Bondsbestuur NJWB")
    letterhead(pdf, "Bondsbestuur", "Reactie op het advies van de atletencommissie",
               "aan de atletencommissie, t.a.v. Sanne Verhoef - kenmerk BB/2027-031 - 26 februari 2027")
    para(pdf, "Beste Sanne en leden van de atletencommissie,", align="L")
    para(pdf, "Het bondsbestuur heeft jullie advies over het concept-selectiebeleid in de vergadering van 22 "
         "februari besproken, in aanwezigheid van de technisch directeur. Wij zijn blij met de hoge respons op de "
         "enquête. In de tabel hieronder staat per randnummer (Rn.) van het advies wat wij ermee doen.")
    pdf.set_font("S", "", 8.6)
    pdf.set_draw_color(230, 180, 160)
    pdf.set_line_width(0.2)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK)
    with pdf.table(col_widths=(12, 38, 114), text_align=("LEFT", "LEFT", "LEFT"), line_height=4.4,
                   headings_style=head, padding=1.6, v_align="TOP") as t:
        row = t.row()
        for c in ("Rn.", "Onderwerp", "Reactie bondsbestuur"):
            row.cell(c)
        for r in ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    para(pdf, "Het aangepaste selectiebeleid wordt op 6 maart op de website van de bond gepubliceerd. Wij "
         "bedanken jullie voor de constructieve samenwerking en zien jullie graag op het overleg in juni.")
    para(pdf, "Met sportieve groet,\nnamens het bondsbestuur,\nGerard Oosterhuis, voorzitter - Ilse Brouwer, "
         "bestuurslid topsport", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("4", "Leg in het selectiebeleid vast dat een atleet die door",
         "Een herkansing komt er alleen voor atleten met een A-status", "partly"),
        ("6", "Wij adviseren de selectiecommissie uit te breiden met een onafhankelijk lid",
         "treedt per 1 maart toe als vierde lid", "agrees"),
        ("7", "Het bondsbestuur zou elke atleet die niet wordt geselecteerd binnen",
         "De termijn en het gesprek worden opgenomen in artikel 9", "agrees"),
        ("9", "Laat beroep tegen een selectiebesluit voortaan behandelen door een externe",
         "behandelt selectiezaken vanaf nu met voorrang", "disagrees"),
        ("11", "Trek de reiskostenvergoeding voor atleten met een B-status gelijk",
         "gaat per 1 juli omhoog naar 0,18 euro per kilometer", "partly"),
        ("12", "Ook vragen wij het bondsbestuur ervoor te zorgen dat op",
         "neemt dit punt mee in de evaluatie van het veiligesportbeleid", "noted"),
        ("14", "Het is daarom verstandig de nationale kampioenschappen voortaan buiten de", None, "unanswered"),
    ], ["licht de nominatiecriteria op 4 maart toe in een online bijeenkomst",
        "wordt op 6 maart op de website van de bond gepubliceerd"],
        "Advice: the ADVICE of a national sports federation's athletes' commission to its board on the draft "
        "selection policy; the whole text runs in CONTINUOUSLY NUMBERED PARAGRAPHS 1.-16. (hanging numbers), and the "
        "seven recommendations are paragraphs 4, 6, 7, 9, 11, 12 and 14, each worded differently (imperatives 'Leg "
        "... vast', 'Laat ...', 'Trek ... gelijk', 'Wij adviseren ...', 'Het bondsbestuur zou ... moeten ...', 'Ook "
        "vragen wij het bondsbestuur ...', 'Het is daarom verstandig ...'), between findings paragraphs numbered in "
        "exactly the same way. Traps: the commission's regulations paraphrased with 'moet', the 2024 advice quoted as "
        "an imperative ('Publiceer de selectiecriteria ...', carried out), 'De atletencommissie adviseert niet om de "
        "A- en de B-status samen te voegen', a closing paragraph naming 'de punten 6 en 7'. Response: the board's "
        "REACTION, a ruled TABLE 'Rn. | Onderwerp | Reactie bondsbestuur' by paragraph number: row 3 answers a "
        "FINDING (an online meeting on the criteria, unmatched), 4 partly (a second chance only for A-status "
        "athletes), 6 agrees (an independent fourth member), 7 agrees ('Akkoord', into article 9), 9 disagrees ('Niet "
        "overgenomen', no external arbiter, priority in the own appeals committee), 11 partly ('Deels', 0,18 instead "
        "of 0,23 euro), 12 noted (taken into the autumn evaluation). 14 (championships outside exam periods) has no "
        "row: unanswered. The introduction and the closing (publication on 6 March) answer nothing.")
    print("written", NAME)

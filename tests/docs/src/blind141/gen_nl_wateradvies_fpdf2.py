"""Round 141 (nl): the WATERADVIES (water assessment reply, 'watertoets') of an (invented) waterschap on a
municipality's voorontwerp of an omgevingsplan change for a new housing area; its seven recommendations are a
LETTERED list 'a.'-'g.' after 'Wij adviseren u:', following the waterschap's principles numbered 'I'-'IV' with 'moet';
answered by the municipality's NOTA VOOROVERLEG, which answers three consultation partners in turn; the waterschap's
points are rows of a TABLE with the nota's own numbers '3.1'-'3.6', paraphrased, in another order.

Advice (fpdf2, sans, blue-green side band on p. 1, running head from p. 2, 'blad n van m'): principles 'I'-'IV' with
'moet' (trap), the waterschap's 2023 advice on the structure vision quoted as an imperative (carried out, trap), 'Wij
adviseren u niet om het hele plangebied op te hogen' (trap), a closing line naming 'advies b en g' (trap). Response
(fpdf2, 'blad n'): a agrees, c agrees, d agrees, b partly, e disagrees, f noted; g unanswered; the province's and
the veiligheidsregio's reactions and the nota's introduction and closing answer nothing of the waterschap's. All
bodies, places, people, figures and reference numbers invented; rules named as context only.

Run: /tmp/blind141nl/bin/python tests/docs/src/blind141/gen_nl_wateradvies_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b141nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind141_nl_wateradvies"
FS = B.tmp_fonts()
INK = (22, 98, 110)
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
    pdf.set_creation_date(datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc))
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


def para(pdf, text, size=9.5, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def item(pdf, mark, text, bold_mark=False, ind=8):
    pdf.set_font("S", "B" if bold_mark else "", 9.5)
    if pdf.get_y() + 2 * LH > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(ind, LH, mark)
    pdf.set_font("S", "", 9.5)
    pdf.set_xy(pdf.l_margin + ind, y)
    pdf.multi_cell(width(pdf) - ind, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def h2(pdf, text):
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def table(pdf, rows, widths, size=8.5):
    pdf.set_font("S", "", size)
    pdf.set_draw_color(150, 185, 190)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, headings_style=head,
                   padding=1.5, width=width(pdf)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def advice():
    pdf = new("Waterschap Hunzevliet - wateradvies voorontwerp omgevingsplan Kolkakker-Zuid - HV-2026-03817",
              "Wateradvies voorontwerp omgevingsplan Kolkakker-Zuid", "Waterschap Hunzevliet", of_m=True)
    pdf.set_fill_color(*INK)
    pdf.rect(0, 0, 9, pdf.h, style="F")
    para(pdf, "Waterschap Hunzevliet", size=13, style="B", color=INK, align="L", gap=0.5)
    para(pdf, "Postbus 2150, 9400 KD Hunzeloo - www.hunzevliet.example - team Ruimtelijke Adviezen", size=8,
         color=GREY, align="L", gap=4)
    para(pdf, "Gemeente Wendelo\nt.a.v. het college van burgemeester en wethouders\nPostbus 12\n9470 AA Wendelo",
         align="L", gap=3)
    para(pdf, "Hunzeloo, 4 maart 2026 - ons kenmerk HV-2026-03817 - uw kenmerk RO/2026/0188 - behandeld door ing. "
         "M.A. Tjoelker - onderwerp: wateradvies voorontwerp omgevingsplan, wijziging Kolkakker-Zuid", size=8.3,
         color=GREY, align="L", gap=3)
    para(pdf, "Geacht college,", align="L")
    para(pdf, "Op 26 januari 2026 ontvingen wij in het kader van het vooroverleg het voorontwerp van de wijziging "
         "van het omgevingsplan voor de nieuwe woonwijk Kolkakker-Zuid. Het plan maakt 180 woningen mogelijk, "
         "waaronder een appartementengebouw van vier lagen, op een perceel van elf hectare dat nu als grasland in "
         "gebruik is. Het plangebied ligt laag, tussen de Kolkwetering en de spoordijk, en heeft 's winters een "
         "grondwaterstand van dertig tot vijftig centimeter onder maaiveld. Met deze brief geven wij ons "
         "wateradvies.")
    h2(pdf, "Uitgangspunten")
    para(pdf, "Wij toetsen het plan aan ons waterbeheerprogramma en aan de waterschapsverordening. Daaruit volgen "
         "vier uitgangspunten:")
    item(pdf, "I.", "Een plan moet waterneutraal zijn: de afvoer naar het oppervlaktewater mag na de bouw niet "
         "groter zijn dan ervoor.")
    item(pdf, "II.", "Schoon hemelwater moet zo veel mogelijk in het gebied worden vastgehouden en geïnfiltreerd.")
    item(pdf, "III.", "Langs watergangen moet een onderhoudsstrook beschikbaar blijven.")
    item(pdf, "IV.", "Nieuwe bebouwing moet bestand zijn tegen een bui die eens in de honderd jaar voorkomt.")
    para(pdf, "In ons advies over de structuurvisie Wendelo 2035 schreven wij in 2023:")
    para(pdf, "'Reserveer aan de zuidkant van Kolkakker ruimte voor een natuurvriendelijke oever langs de "
         "Kolkwetering.'", style="I", color=GREY, indent=10, align="L")
    para(pdf, "Wij zien met genoegen dat die oever in het voorontwerp is opgenomen.")
    h2(pdf, "Beoordeling")
    para(pdf, "Het voorontwerp bevat een waterparagraaf en een plan voor twee wadi's en een waterpartij van 0,6 "
         "hectare. Dat is een goede basis. De berekende berging is echter gebaseerd op een oudere bui en de "
         "regels van het plan borgen de berging niet. Ook het appartementengebouw met parkeerkelder in het "
         "natte zuidelijke deel baart ons zorgen. Wij adviseren u niet om het hele plangebied op te hogen met zand: "
         "dat vergroot de zetting langs de spoordijk en verschuift het probleem naar de bestaande wijk De Kolk.")
    h2(pdf, "Advies")
    para(pdf, "Wij adviseren u:")
    recs = [("a.", "Leg in de regels van het omgevingsplan vast dat bij nieuwe verharding ten minste 60 millimeter "
                   "waterberging per vierkante meter wordt aangelegd."),
            ("b.", "Houd een strook van vijf meter langs de Kolkwetering vrij van bebouwing, erfafscheidingen en "
                   "opgaande beplanting."),
            ("c.", "Leg het vloerpeil van de nieuwe woningen ten minste 30 centimeter boven de kruin van de "
                   "aangrenzende weg."),
            ("d.", "Sluit het hemelwater van daken en straten niet aan op de gemengde riolering, maar voer het af "
                   "naar de wadi's."),
            ("e.", "Onderzoek of de parkeerkelder onder het appartementengebouw kan vervallen, gezien de hoge "
                   "grondwaterstand in het zuidelijke deel."),
            ("f.", "Werk in de toelichting uit hoe het plan hittestress beperkt, bijvoorbeeld met een minimum aan "
                   "groen en bomen per straat."),
            ("g.", "Sluit met het waterschap een beheerovereenkomst over de nieuwe waterpartij voordat de eerste "
                   "woning wordt opgeleverd.")]
    for m, t in recs:
        item(pdf, m, t)
    h2(pdf, "Tot slot")
    para(pdf, "Wij ontvangen graag het ontwerp van de planwijziging voordat dit ter inzage wordt gelegd. Voor ons "
         "hebben advies b en g de hoogste prioriteit, omdat die ook na de bouw het beheer van het water bepalen. "
         "Voor vragen kunt u contact opnemen met de behandelaar.")
    para(pdf, "Met vriendelijke groet,\nnamens het dagelijks bestuur van Waterschap Hunzevliet,\n\nir. H.J. "
         "Oldenhuis-Buter, teamleider Ruimtelijke Adviezen", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Wendelo - nota vooroverleg omgevingsplan Kolkakker-Zuid - RO/2026/0412",
              "Nota vooroverleg voorontwerp omgevingsplan Kolkakker-Zuid", "Gemeente Wendelo")
    para(pdf, "Gemeente Wendelo - afdeling Ruimte en Wonen", size=8, color=GREY, align="L")
    para(pdf, "Nota vooroverleg\nwijziging omgevingsplan Wendelo, Kolkakker-Zuid", size=14, style="B", color=INK,
         align="L", gap=1)
    para(pdf, "Wendelo, 12 mei 2026 - kenmerk RO/2026/0412 - vastgesteld door het college van burgemeester en "
         "wethouders op 19 mei 2026", size=8, color=GREY, align="L")
    h2(pdf, "1 Inleiding")
    para(pdf, "Het voorontwerp van de planwijziging Kolkakker-Zuid is op 26 januari 2026 voor vooroverleg "
         "toegezonden aan de provincie, de veiligheidsregio, het waterschap, de netbeheerder en de buurgemeente. "
         "Drie partijen hebben gereageerd. In deze nota vatten wij per partij de reactie samen en geven wij aan of "
         "en hoe het plan is aangepast. Het ontwerp van de planwijziging wordt daarna zes weken ter inzage gelegd.")
    h2(pdf, "2 Reacties van de provincie en de veiligheidsregio")
    table(pdf, [["Nr.", "Reactie (samengevat)", "Beantwoording gemeente", "Plan aangepast"],
                ["1.1", "Provincie: onderbouw de behoefte aan 180 woningen met de regionale woningbouwafspraken.",
                 "De toelichting verwijst nu naar de regionale woondeal 2025-2030, waarin Kolkakker-Zuid is "
                 "opgenomen.", "ja, toelichting"],
                ["2.1", "Veiligheidsregio: zorg voor een tweede ontsluitingsweg voor hulpdiensten.",
                 "Er komt een calamiteitenroute over het fietspad naar de Spoorlaan, met uitneembare palen.",
                 "ja, verbeelding"]], (12, 50, 76, 26))
    h2(pdf, "3 Reactie van Waterschap Hunzevliet (brief HV-2026-03817)")
    para(pdf, "Het waterschap staat positief tegenover de opzet met wadi's en een waterpartij en heeft zeven "
         "adviezen gegeven. Wij hebben ze gebundeld naar het onderdeel van het plan waar ze betrekking op hebben.")
    table(pdf, [["Nr.", "Reactie waterschap (samengevat)", "Beantwoording gemeente", "Plan aangepast"],
                ["3.1", "Borg de waterberging van 60 mm in de regels.",
                 "Overgenomen: in artikel 4.3 van de regels staat nu een bergingsnorm voor elke nieuwe verharding, "
                 "als voorwaarde bij de omgevingsvergunning.", "ja, regels"],
                ["3.2", "Hemelwater niet op het gemengde riool.",
                 "Mee eens. Het rioleringsplan voorziet in een volledig gescheiden stelsel; daken en straten "
                 "wateren af op de wadi's.", "ja, toelichting"],
                ["3.3", "Vloerpeil 30 cm boven de weg.",
                 "Wij nemen dit advies over; de regels schrijven nu een minimaal vloerpeil voor ten opzichte van "
                 "de kruin van de weg.", "ja, regels"],
                ["3.4", "Onderhoudsstrook van 5 m langs de Kolkwetering.",
                 "Deels overgenomen. Bebouwing binnen vijf meter wordt uitgesloten, maar lage hekwerken tot 1 meter "
                 "blijven toegestaan, omdat de tuinen anders te klein worden; het waterschap krijgt een "
                 "gedoogplicht.", "deels, regels"],
                ["3.5", "Parkeerkelder laten vervallen.",
                 "Niet overgenomen. Zonder kelder past het parkeren niet op het terrein; de kelder wordt als "
                 "waterdichte bak uitgevoerd en een bemaling tijdens de bouw wordt vooraf met het waterschap "
                 "afgestemd.", "nee"],
                ["3.6", "Aandacht voor hittestress.",
                 "Hiervan hebben wij kennisgenomen. Een groennorm per straat wordt meegenomen bij de uitwerking "
                 "van het beeldkwaliteitsplan; in het omgevingsplan zelf nemen wij daar nu niets over op.", "nee"]],
          (12, 44, 82, 26))
    h2(pdf, "4 Slotsom")
    para(pdf, "De reacties uit het vooroverleg hebben geleid tot enkele aanpassingen in de regels, de verbeelding en "
         "de toelichting. De gemeente dankt de overlegpartners voor hun inbreng en stuurt hun het ontwerp van de "
         "planwijziging toe.")
    para(pdf, "Het college van burgemeester en wethouders van Wendelo", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("a", "Leg in de regels van het omgevingsplan vast dat bij nieuwe verharding",
         "in artikel 4.3 van de regels staat nu een bergingsnorm", "agrees"),
        ("b", "Houd een strook van vijf meter langs de Kolkwetering vrij",
         "lage hekwerken tot 1 meter blijven toegestaan", "partly"),
        ("c", "Leg het vloerpeil van de nieuwe woningen ten minste 30 centimeter",
         "de regels schrijven nu een minimaal vloerpeil voor", "agrees"),
        ("d", "Sluit het hemelwater van daken en straten niet aan op",
         "Het rioleringsplan voorziet in een volledig gescheiden stelsel", "agrees"),
        ("e", "Onderzoek of de parkeerkelder onder het appartementengebouw kan vervallen,",
         "de kelder wordt als waterdichte bak uitgevoerd", "disagrees"),
        ("f", "Werk in de toelichting uit hoe het plan hittestress beperkt,",
         "meegenomen bij de uitwerking van het beeldkwaliteitsplan", "noted"),
        ("g", "Sluit met het waterschap een beheerovereenkomst over de nieuwe waterpartij", None, "unanswered"),
    ], ["verwijst nu naar de regionale woondeal 2025-2030",
        "een calamiteitenroute over het fietspad naar de Spoorlaan",
        "De gemeente dankt de overlegpartners voor hun inbreng"],
        "Advice: a waterschap's water assessment advice (wateradvies, watertoets) in the pre-consultation "
        "(vooroverleg) on a municipality's draft change of its omgevingsplan for a new housing area; the seven "
        "recommendations are a LETTERED list 'a.'-'g.' after 'Wij adviseren u:'. Traps: principles 'I.'-'IV.' with "
        "'moet' in the same hanging style, the 2023 advice on the structure vision quoted as an imperative "
        "('Reserveer ... ruimte voor een natuurvriendelijke oever', carried out), 'Wij adviseren u niet om het hele "
        "plangebied op te hogen met zand', a closing line naming 'advies b en g'. Response: the municipality's NOTA "
        "VOOROVERLEG; after a table answering the province (1.1) and the veiligheidsregio (2.1) (unmatched), the "
        "waterschap's points are rows '3.1'-'3.6' of a TABLE 'Nr. | Reactie waterschap (samengevat) | Beantwoording "
        "gemeente | Plan aangepast', own numbers and another order: 3.1 = a agrees ('Overgenomen'), 3.2 = d agrees "
        "('Mee eens'), 3.3 = c agrees ('Wij nemen dit advies over'), 3.4 = b partly (no buildings, low fences "
        "allowed), 3.5 = e disagrees ('Niet overgenomen', watertight basement), 3.6 = f noted ('kennisgenomen', "
        "later in the beeldkwaliteitsplan). g (management agreement on the pond) is never answered. Introduction, "
        "section 3's lead-in and 'Slotsom' answer nothing.")
    print("written", NAME)

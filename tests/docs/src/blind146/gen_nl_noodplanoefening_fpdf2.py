"""Round 146 (nl): the (Flemish, invented) EVALUATIEVERSLAG of a multidisciplinary EMERGENCY-PLANNING EXERCISE (a
chlorine leak at a municipal swimming pool next to a primary school), written by the municipality's emergency-planning
officer (noodplanningsambtenaar) with the evaluators of the five disciplines; its seven recommendations are UNNUMBERED
BULLETS under 'Verbeterpunten' per discipline, next to bullets under 'Sterke punten' in exactly the same style;
answered by the MAYOR's letter to the municipal safety cell, WITHOUT NUMBERS, BY THEME under its own headings in
another order, one paragraph answering two recommendations with different verdicts.

Advice (fpdf2, sans, dark-red letterhead rule and headings, metadata lines, bullets, running head from p. 2, 'blz. n
van m'): the royal decree on emergency planning paraphrased with 'moet' (trap), the municipal emergency plan quoted
with 'moet' (trap), strong points as bullets like the recommendations (trap), 'Wij raden niet aan om de
chloorleveringen ...' (trap), a closing naming the fire brigade and the information to the public (trap). Response
(fpdf2, 'blz. n'), themes in the order 5+6, 1, 3, 4, 2: 6 agrees + 5 partly in one paragraph, 1 agrees, 3 disagrees,
4 agrees, 2 noted; 7 unanswered; the introduction and the closing answer nothing. All bodies, places, people,
figures and reference numbers invented; the royal decree and BE-Alert named as context only.

Run: /tmp/blind146nl/bin/python tests/docs/src/blind146/gen_nl_noodplanoefening_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b146nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind146_nl_noodplanoefening"
FS = B.tmp_fonts()
INK = (128, 28, 36)
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
        t = f"blz. {self.page_no()} van {{nb}}" if self.of_m else f"blz. {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 4, 2, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    pdf.of_m = of_m
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.5, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, lh=LH):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def bullet(pdf, text):
    """A bullet with a hanging dash (strong points and improvement points alike)."""
    if pdf.get_y() > pdf.page_break_trigger - 10:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "B", 9.5)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin + 3, y)
    pdf.cell(5, LH, "\u2022")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 8, y)
    pdf.set_font("S", "", 9.5)
    pdf.multi_cell(width(pdf) - 8, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 24:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def h3(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 16:
        pdf.add_page()
    para(pdf, text, size=9.5, style="BI", gap=0.8, align="L", color=(60, 60, 60))


def letterhead(pdf, who, addr, title, sub):
    para(pdf, who, size=12.5, style="B", color=INK, align="L", gap=0.5)
    para(pdf, addr, size=8, color=GREY, align="L", gap=1.5)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    para(pdf, title, size=14, style="B", align="L", gap=0.8, lh=6.6)
    para(pdf, sub, size=8.3, color=GREY, align="L", gap=3)


def meta(pdf, rows):
    for k, v in rows:
        y = pdf.get_y()
        pdf.set_font("S", "B", 8.6)
        pdf.set_text_color(*INK)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(36, 4.6, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 8.6)
        pdf.set_xy(pdf.l_margin + 36, y)
        pdf.multi_cell(width(pdf) - 36, 4.6, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def discipline(pdf, title, strong, better):
    h2(pdf, title)
    h3(pdf, "Sterke punten")
    for t in strong:
        bullet(pdf, t)
    h3(pdf, "Verbeterpunten")
    for t in better:
        bullet(pdf, t)


def advice():
    pdf = new("Gemeente Hoevelde - evaluatieverslag oefening 'Groene Wolk' - NPA/2027/07", "Evaluatieverslag "
              "multidisciplinaire oefening 'Groene Wolk'", "Gemeente Hoevelde, noodplanningsambtenaar", of_m=True)
    letterhead(pdf, "Gemeente Hoevelde", "noodplanning - Marktplein 1, 2291 Hoevelde - noodplanning@hoevelde.example",
               "Evaluatieverslag multidisciplinaire oefening 'Groene Wolk'",
               "chloorgaslek in het stedelijk zwembad De Dolfijn, dinsdag 16 maart 2027")
    meta(pdf, [("Aan", "Griet Vanhoutte, burgemeester, voorzitter van de gemeentelijke veiligheidscel"),
               ("Opgesteld door", "Kobe Desmet, noodplanningsambtenaar, met de evaluatoren van de vijf disciplines"),
               ("Kenmerk", "NPA/2027/07"),
               ("Datum", "2 april 2027")])
    h2(pdf, "1. Doel en scenario")
    para(pdf, "Volgens het koninklijk besluit over de nood- en interventieplanning moet de burgemeester het "
         "gemeentelijk nood- en interventieplan regelmatig laten oefenen, en moet elke oefening worden "
         "geëvalueerd. Deze oefening toetste vooral de samenwerking tussen de disciplines op het terrein en de "
         "werking van de gemeentelijke veiligheidscel.")
    para(pdf, "Het scenario: om 9.40 uur ontsnapt bij een levering van chloor aan zwembad De Dolfijn een gaswolk, "
         "die door een zuidwestenwind richting de basisschool De Regenboog drijft. Veertien figuranten speelden "
         "slachtoffers; de 280 leerlingen van de school bleven binnen met gesloten ramen. Om 9.58 uur kondigde de "
         "burgemeester de gemeentelijke fase af.")
    para(pdf, "Het algemeen nood- en interventieplan van de gemeente bepaalt:")
    para(pdf, "'De gemeentelijke veiligheidscel moet binnen één uur na de afkondiging van de gemeentelijke fase "
         "samenkomen in het crisiscentrum.'", style="I", color=(70, 70, 70), indent=10)
    para(pdf, "Dat gebeurde na 48 minuten. Hieronder volgen per discipline de sterke punten en de verbeterpunten "
         "die de evaluatoren noteerden, en tot slot onze vaststellingen over de coördinatie.")
    discipline(pdf, "2. Discipline 1 - brandweer", [
        "De eerste autopomp was na negen minuten ter plaatse, en de gevarenzone werd snel en correct afgebakend.",
    ], [
        "Voorzie in het zwembad een duidelijke sleutelkluis met de sleutels van de technische ruimte, zodat de "
        "brandweer bij een lek niet op de zwembadbeheerder hoeft te wachten; dat kostte nu twaalf minuten.",
    ])
    discipline(pdf, "3. Discipline 2 - medische hulpverlening", [
        "De triage van de veertien slachtoffers verliep vlot, en de communicatie met de ziekenhuizen was helder.",
    ], [
        "Richt de vooropgeschoven medische post voortaan in aan de windzijde, en spreek daarvoor vooraf een vaste "
        "plaats af op de parking van de sporthal.",
    ])
    discipline(pdf, "4. Discipline 3 - politie", [
        "De omleidingen voor het verkeer stonden binnen twintig minuten, en de politie hield de pers op afstand.",
    ], [
        "Voorzie ten minste vier politieploegen voor de afsluiting van de perimeter. Met twee ploegen konden "
        "wandelaars via het fietspad langs de vaart tot aan de ingang van het zwembad komen.",
    ])
    discipline(pdf, "5. Discipline 4 - logistiek", [
        "De civiele bescherming bracht het materiaal voor de ontsmetting tijdig ter plaatse.",
    ], [
        "Leg een lijst aan van bussen en chauffeurs die de gemeente bij een evacuatie op korte termijn kan "
        "inzetten, met vaste afspraken met de twee busmaatschappijen in de regio.",
    ])
    discipline(pdf, "6. Discipline 5 - informatie aan de bevolking", [
        "De woordvoerder stond de pers om 10.45 uur te woord met een duidelijke en rustige boodschap.",
    ], [
        "Stuur binnen een half uur na de alarmering een eerste bericht via BE-Alert naar de omwonenden, en houd "
        "daarvoor vooraf opgestelde teksten klaar; het eerste bericht vertrok nu pas na 67 minuten.",
        "Informeer de ouders van de leerlingen via de school zelf, met één gezamenlijke tekst van de school en de "
        "gemeente, in plaats van via twee verschillende kanalen met een andere boodschap.",
    ])
    h2(pdf, "7. Coördinatie")
    para(pdf, "De commandopost operaties werkte goed samen, maar de veiligheidscel had in het crisiscentrum "
         "moeite met de technische middelen: het grote scherm werkte niet en twee leden konden niet inloggen op "
         "het crisisbeheerplatform.")
    bullet(pdf, "Oefen het crisiscentrum in het administratief centrum ten minste één keer per jaar met de volledige "
           "veiligheidscel, ook zonder terreinoefening, zodat iedereen de middelen kent.")
    para(pdf, "Wij raden niet aan om de chloorleveringen aan het zwembad voortaan 's nachts te laten gebeuren, "
         "zoals tijdens de nabespreking werd geopperd: 's nachts is er geen personeel van het zwembad aanwezig om "
         "de levering te begeleiden.")
    h2(pdf, "8. Besluit")
    para(pdf, "De oefening toont dat de hulpdiensten in Hoevelde goed op elkaar ingespeeld zijn. Wij vragen de "
         "veiligheidscel om vooral de verbeterpunten voor de brandweer en voor de informatie aan de bevolking snel "
         "op te nemen, omdat die bij een echt incident het verschil maken.")
    para(pdf, "Hoevelde, 2 april 2027 - Kobe Desmet, noodplanningsambtenaar", align="L", color=GREY, size=8.8)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Hoevelde - burgemeester - opvolging oefening 'Groene Wolk' - BGM/2027/031",
              "Opvolging van het evaluatieverslag 'Groene Wolk'", "Burgemeester van Hoevelde")
    letterhead(pdf, "Gemeente Hoevelde", "de burgemeester - Marktplein 1, 2291 Hoevelde - burgemeester@hoevelde.example",
               "Opvolging van het evaluatieverslag van de oefening 'Groene Wolk'",
               "aan de leden van de gemeentelijke veiligheidscel - kenmerk BGM/2027/031 - 20 april 2027")
    para(pdf, "Beste leden van de veiligheidscel,", align="L")
    para(pdf, "Ik dank de noodplanningsambtenaar en de evaluatoren voor hun grondige verslag, en alle deelnemers en "
         "figuranten voor hun inzet op 16 maart. Het zwembad kon dezelfde middag gewoon opengaan, wat zegt dat de "
         "oefening vlot verliep. Na overleg met de disciplines laat ik u hieronder weten wat we met het verslag "
         "doen.")
    h2(pdf, "Informatie aan de bevolking")
    para(pdf, "Voortaan sturen de school en de gemeente de ouders één gezamenlijk bericht, dat de directie van De "
         "Regenboog via de eigen schoolapp verspreidt; een sjabloon daarvoor is klaar. Voor BE-Alert laat de "
         "communicatiedienst vooraf teksten opstellen voor de meest waarschijnlijke scenario's. Een termijn van een "
         "half uur kunnen we niet waarmaken zolang er 's avonds en in het weekend maar één communicatieambtenaar "
         "van wacht is; we mikken op een eerste bericht binnen 45 minuten.")
    h2(pdf, "Brandweer")
    para(pdf, "De sleutelkluis aan de dienstingang van het zwembad is op 29 maart geplaatst. De brandweerzone heeft "
         "de code en de sleutels van de technische ruimte gekregen.")
    h2(pdf, "Politie")
    para(pdf, "De politiezone kan voor een oefening geen vier ploegen vrijmaken zonder de gewone dienst in het "
         "gedrang te brengen, en houdt vast aan haar huidige inzet. Bij een echt incident vraagt de zone zo nodig "
         "versterking aan bij de buurzones. Het fietspad langs de vaart wordt voortaan wel als eerste afgesloten.")
    h2(pdf, "Logistiek")
    para(pdf, "Het secretariaat van de noodplanning heeft met beide busmaatschappijen een overeenkomst gesloten. "
         "De lijst met bussen en chauffeurs die binnen het uur inzetbaar zijn, is toegevoegd aan het algemeen "
         "nood- en interventieplan.")
    h2(pdf, "Medische hulpverlening")
    para(pdf, "De plaats van de vooropgeschoven medische post is een zaak van de medische discipline zelf. Ik heb "
         "het verbeterpunt doorgegeven aan de gezondheidsinspecteur, die het meeneemt bij de herziening van het "
         "medisch interventieplan.")
    para(pdf, "De volgende multidisciplinaire oefening staat gepland in het najaar van 2028, met een scenario in "
         "het bedrijventerrein Heidebos. Tot dan bespreekt de veiligheidscel de stand van zaken op elke "
         "vergadering.")
    para(pdf, "Met vriendelijke groeten,\nGriet Vanhoutte, burgemeester", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Voorzie in het zwembad een duidelijke sleutelkluis met de sleutels",
         "De sleutelkluis aan de dienstingang van het zwembad", "agrees"),
        ("2", "Richt de vooropgeschoven medische post voortaan in aan de windzijde",
         "Ik heb het verbeterpunt doorgegeven aan de gezondheidsinspecteur", "noted"),
        ("3", "Voorzie ten minste vier politieploegen voor de afsluiting van de perimeter",
         "houdt vast aan haar huidige inzet", "disagrees"),
        ("4", "Leg een lijst aan van bussen en chauffeurs die de gemeente",
         "heeft met beide busmaatschappijen een overeenkomst gesloten", "agrees"),
        ("5", "Stuur binnen een half uur na de alarmering een eerste bericht",
         "we mikken op een eerste bericht binnen 45 minuten", "partly"),
        ("6", "Informeer de ouders van de leerlingen via de school zelf,",
         "sturen de school en de gemeente de ouders één gezamenlijk bericht", "agrees"),
        ("7", "Oefen het crisiscentrum in het administratief centrum ten minste één keer", None, "unanswered"),
    ], ["Het zwembad kon dezelfde middag gewoon opengaan",
        "staat gepland in het najaar van 2028"],
        "Advice: the (Flemish) EVALUATION REPORT of a multidisciplinary emergency-planning exercise (a chlorine leak "
        "at a municipal swimming pool next to a primary school), by the municipality's emergency-planning officer; "
        "the seven recommendations are UNNUMBERED BULLETS under 'Verbeterpunten' per discipline (one under "
        "'7. Coördinatie' without a sub-heading), next to bullets under 'Sterke punten' in exactly the same style; "
        "numbered 1-7 here in reading order. Traps: the royal decree on emergency planning paraphrased with 'moet', "
        "the municipal emergency plan quoted with 'moet' ('De gemeentelijke veiligheidscel moet binnen één uur "
        "...'), strong points as identical bullets, 'Wij raden niet aan om de chloorleveringen ... 's nachts te "
        "laten gebeuren', a closing naming the fire brigade and the information to the public. Response: the "
        "MAYOR's letter to the safety cell, WITHOUT NUMBERS, BY THEME under its own headings in the order 'Informatie "
        "aan de bevolking' (6+5), 'Brandweer' (1), 'Politie' (3), 'Logistiek' (4), 'Medische hulpverlening' (2): ONE "
        "paragraph = 6 agrees (one joint message via the school's app) + 5 partly (prepared texts, but 45 minutes "
        "instead of half an hour), 1 agrees (key safe installed on 29 March), 3 disagrees (the police zone keeps its "
        "current deployment; only the cycle path closed first), 4 agrees (agreement with both bus companies), 2 "
        "noted (passed on to the health inspector for the medical plan). 7 (a yearly exercise of the crisis centre) "
        "is never answered. The introduction and the closing (next exercise in autumn 2028) answer nothing.")
    print("written", NAME)

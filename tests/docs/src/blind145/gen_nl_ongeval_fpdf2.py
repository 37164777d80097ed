"""Round 145 (nl): the (Flemish, invented) VERSLAG VAN HET ONGEVALSONDERZOEK of an external service for prevention
and protection at work after a serious occupational accident (a fall from a ladder while pruning) at a municipality's
green-maintenance team; its seven recommendations are preventive measures CODED 'PM-1'-'PM-7' with the code hanging
in the margin, after the causes CODED 'OZ-1'-'OZ-5' in exactly the same style; answered by the general director's
ACTION PLAN to the prevention committee, a ruled TABLE 'Ref. | Beslissing | Wie en wanneer' by code, in another
order, with a row for one cause and none for one measure.

Advice (fpdf2, sans, dark-blue letterhead rule and headings, hanging codes, metadata lines, running head from p. 2,
'blad n van m'): the welfare-at-work code paraphrased with 'moet' (trap), the 2024 risk analysis quoted as an
imperative ('Gebruik voor werken boven twee meter ...', not followed, trap), causes coded like the measures (trap),
'Wij stellen niet voor om het snoeiwerk volledig uit te besteden' (trap), a closing paragraph naming 'PM-1 en PM-3'
(trap). Response (fpdf2, 'blad n'), rows PM-3, PM-1, PM-4, PM-2, OZ-4, PM-6, PM-5: row OZ-4 answers a cause
(nothing), 3 agrees, 1 agrees, 4 agrees, 2 partly, 6 noted, 5 disagrees; PM-7 unanswered; the introduction and the
closing answer nothing. All bodies, places, people, figures and reference numbers invented; the code named as
context only.

Run: /tmp/blind145nl/bin/python tests/docs/src/blind145/gen_nl_ongeval_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b145nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind145_nl_ongeval"
FS = B.tmp_fonts()
INK = (28, 58, 110)
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
    pdf.set_creation_date(datetime.datetime(2027, 2, 20, tzinfo=datetime.timezone.utc))
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


def coded(pdf, code, text):
    """A paragraph with its code hanging in the left column (causes and measures alike)."""
    if pdf.get_y() > pdf.page_break_trigger - 12:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "B", 9.5)
    pdf.set_text_color(*INK)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(14, LH, code)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin + 14, y)
    pdf.set_font("S", "", 9.5)
    pdf.multi_cell(width(pdf) - 14, LH, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.8)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 22:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


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
        pdf.cell(40, 4.6, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 8.6)
        pdf.set_xy(pdf.l_margin + 40, y)
        pdf.multi_cell(width(pdf) - 40, 4.6, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def advice():
    pdf = new("Preventa EDPB - ongevalsonderzoek gemeente Lindevoorde - dossier PR-27-0388", "Verslag van het "
              "ongevalsonderzoek", "Preventa EDPB", of_m=True)
    letterhead(pdf, "Preventa", "Externe Dienst voor Preventie en Bescherming op het Werk vzw - Kortrijksesteenweg "
               "212, 8790 Ooststede - afdeling risicobeheersing", "Verslag van het ongevalsonderzoek",
               "ernstig arbeidsongeval van 3 februari 2027 bij de groendienst van de gemeente Lindevoorde")
    meta(pdf, [("Werkgever", "gemeente en OCMW Lindevoorde, technische dienst, afdeling groen (23 medewerkers)"),
               ("Dossier", "PR-27-0388"),
               ("Onderzoek", "ing. Wouter Deprez, preventieadviseur niveau 1 (Preventa), met Sofie Lambrecht, "
                "interne preventieadviseur van de gemeente"),
               ("Datum verslag", "17 februari 2027")])
    h2(pdf, "1. Het ongeval")
    para(pdf, "Op woensdag 3 februari 2027 omstreeks 10.15 uur viel een medewerker van de groendienst (52 jaar, "
         "23 jaar dienst) van een houten ladder tijdens het snoeien van een lindeboom op het sportpark De Meersen. "
         "Hij stond op ongeveer 3,80 meter hoogte toen de ladder wegschoof op de natte grasberm. De medewerker "
         "brak zijn pols en liep een hoofdwonde op; hij werd overgebracht naar het ziekenhuis en is nog "
         "arbeidsongeschikt. Een collega was op dat moment aan het werk aan de andere kant van het sportpark.")
    para(pdf, "Volgens de codex over het welzijn op het werk moet de werkgever een ernstig arbeidsongeval laten "
         "onderzoeken door een preventieadviseur, en moet het omstandig verslag binnen tien dagen aan de "
         "inspectie worden bezorgd. Dit verslag bouwt voort op dat omstandig verslag en bevat onze aanbevelingen.")
    h2(pdf, "2. Vastgestelde oorzaken")
    para(pdf, "Het onderzoek is gebeurd met de boomoorzakenmethode, op basis van een plaatsbezoek op 5 februari en "
         "gesprekken met het slachtoffer, twee collega's, de ploegbaas en het diensthoofd. Wij stelden de "
         "volgende oorzaken vast:")
    coded(pdf, "OZ-1", "De ladder was een houten ladder van 5 meter zonder stabilisatiebalk en zonder anti-slipvoeten. "
          "Zij stond niet in een keuringsregister en vertoonde slijtage aan twee sporten.")
    coded(pdf, "OZ-2", "De hoogwerker van de technische dienst was die ochtend ingezet bij de gebouwendienst. De "
          "ploegbaas besliste om het werk toch te laten doorgaan, omdat het snoeiseizoen bijna voorbij was.")
    coded(pdf, "OZ-3", "Het slachtoffer werkte alleen. Niemand hield de ladder vast of zag de val gebeuren; de "
          "collega vond hem enkele minuten later.")
    coded(pdf, "OZ-4", "Het slachtoffer droeg geen veiligheidshelm. Helmen zijn beschikbaar in de loods, maar worden "
          "bij snoeiwerk zelden gedragen.")
    coded(pdf, "OZ-5", "De laatste opleiding over werken op hoogte bij de groendienst dateert van 2019. Zes van de "
          "negen medewerkers die regelmatig snoeien, zijn nadien in dienst gekomen.")
    para(pdf, "De risicoanalyse groenonderhoud die de gemeente in 2024 liet opmaken, schreef al voor: 'Gebruik voor "
         "werken boven twee meter een hoogwerker of een steiger.' Die maatregel werd in de praktijk niet altijd "
         "toegepast.")
    h2(pdf, "3. Aanbevolen preventiemaatregelen")
    para(pdf, "Wij bevelen de werkgever de volgende maatregelen aan. Zij volgen de rangorde van de preventie: eerst "
         "maatregelen aan de bron, dan collectieve en ten slotte individuele maatregelen.")
    coded(pdf, "PM-1", "Zet voor snoeiwerk op meer dan twee meter werkhoogte altijd een hoogwerker in, en verbied het "
          "gebruik van ladders voor dat werk. Is de eigen hoogwerker niet beschikbaar, dan wordt het werk "
          "uitgesteld of een toestel gehuurd.")
    coded(pdf, "PM-2", "Laat alle medewerkers van de groendienst binnen zes maanden de opleiding werken op hoogte "
          "volgen, met elk jaar een korte opfrissing.")
    coded(pdf, "PM-3", "Vervang de houten ladders in de loods door gekeurde aluminium ladders met stabilisatiebalk, "
          "en houd voor alle ladders en trappen een keuringsregister bij.")
    coded(pdf, "PM-4", "Sta niet toe dat iemand alleen snoeiwerk uitvoert: er moet altijd een tweede medewerker op de "
          "werkplek zijn die het werk kan volgen en hulp kan inroepen.")
    coded(pdf, "PM-5", "Voer een schriftelijke werkvergunning in voor elk werk op hoogte, die de ploegbaas vooraf "
          "aftekent.")
    coded(pdf, "PM-6", "Laat een nieuwe risicoanalyse maken van alle werken op hoogte bij de technische dienst, dus "
          "ook bij de gebouwendienst (dakgoten, verlichting in de sporthal) en de wegendienst.")
    coded(pdf, "PM-7", "Bespreek dit ongeval binnen drie maanden in een toolboxmeeting met de hele groendienst, samen "
          "met de nieuwe afspraken.")
    para(pdf, "Wij stellen niet voor om het snoeiwerk volledig uit te besteden: de groendienst heeft de kennis in "
         "huis, en het gaat om een beperkt aantal dagen per jaar. Voor bomen hoger dan twaalf meter werkt de "
         "gemeente al met een gespecialiseerde boomverzorger.")
    h2(pdf, "4. Tot slot")
    para(pdf, "Het ongeval had ernstiger gevolgen kunnen hebben. Wij vragen de werkgever om PM-1 en PM-3 meteen uit "
         "te voeren, nog vóór het volgende snoeiseizoen, en het verslag te bespreken in het comité voor preventie "
         "en bescherming op het werk.")
    para(pdf, "Ooststede, 17 februari 2027 - ing. Wouter Deprez, preventieadviseur", align="L", color=GREY, size=8.8)
    pdf.output(B.out(NAME + "_advice.pdf"))


ROWS = [
    ("PM-3", "Uitgevoerd. De zeven houten ladders zijn op 22 februari afgevoerd en vervangen door aluminium "
     "ladders met stabilisatiebalk; de interne preventieadviseur beheert het keuringsregister.",
     "Sofie Lambrecht - gebeurd"),
    ("PM-1", "Goedgekeurd. Vanaf nu gebeurt snoeiwerk boven twee meter alleen met een hoogwerker. Er is een "
     "raamcontract gesloten om bij drukte een tweede hoogwerker te huren.",
     "diensthoofd technische dienst - vanaf 1 maart"),
    ("PM-4", "Goedgekeurd. Snoeiwerk gebeurt voortaan altijd met minstens twee; de ploegbaas stelt de ploegen "
     "daarop samen.", "ploegbaas groen - meteen"),
    ("PM-2", "Gedeeltelijk. De negen medewerkers die snoeiwerk doen, volgen de opleiding vóór de zomer; de "
     "andere collega's niet. Een opfrissing volgt om de drie jaar in plaats van jaarlijks.",
     "personeelsdienst - juni 2027"),
    ("OZ-4", "Het dragen van een helm bij snoeiwerk wordt verplicht. Elke medewerker krijgt een eigen helm met "
     "kinriem en gelaatsscherm.", "ploegbaas groen - april"),
    ("PM-6", "Wordt meegenomen bij de herziening van het globaal preventieplan 2028-2032. Over de planning van "
     "een nieuwe risicoanalyse beslist het managementteam later dit jaar.", "algemeen directeur - najaar"),
    ("PM-5", "Niet weerhouden. Met het verbod op ladders en het werken met twee is het risico voldoende "
     "beheerst; een vergunning per opdracht zou vooral papierwerk opleveren voor de ploegbazen.", "-"),
]


def response():
    pdf = new("Gemeente en OCMW Lindevoorde - actieplan na het arbeidsongeval van 3 februari 2027 - AD/2027-044",
              "Actieplan na het arbeidsongeval", "Gemeente Lindevoorde")
    letterhead(pdf, "Gemeente en OCMW Lindevoorde", "algemeen directeur - Dorpsplein 1, 8791 Lindevoorde - "
               "secretariaat@lindevoorde.example", "Actieplan na het arbeidsongeval van 3 februari 2027",
               "aan de leden van het comité voor preventie en bescherming op het werk - kenmerk AD/2027-044 - "
               "8 maart 2027")
    para(pdf, "Geachte leden van het comité,", align="L")
    para(pdf, "Het verslag van Preventa over het ongeval bij de groendienst is op 1 maart besproken in het "
         "managementteam. Onze eerste gedachten gaan naar de collega die gewond raakte; het gaat gelukkig "
         "beter met hem. Hieronder vindt u per maatregel uit het verslag wat wij beslist hebben.")
    pdf.set_font("S", "", 8.6)
    pdf.set_draw_color(160, 178, 210)
    pdf.set_line_width(0.2)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK)
    with pdf.table(col_widths=(14, 108, 44), text_align=("LEFT", "LEFT", "LEFT"), line_height=4.4,
                   headings_style=head, padding=1.6, v_align="TOP") as t:
        row = t.row()
        for c in ("Ref.", "Beslissing", "Wie en wanneer"):
            row.cell(c)
        for r in ROWS:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    para(pdf, "Het comité volgt de uitvoering van dit actieplan op elke vergadering op, tot alle punten zijn "
         "afgerond. De interne preventieadviseur bezorgt het comité daarvoor telkens een korte stand van zaken.")
    para(pdf, "Met vriendelijke groeten,\nAn Verhaeghe, algemeen directeur", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("PM-1", "Zet voor snoeiwerk op meer dan twee meter werkhoogte altijd",
         "Er is een raamcontract gesloten om bij drukte", "agrees"),
        ("PM-2", "Laat alle medewerkers van de groendienst binnen zes maanden de",
         "Een opfrissing volgt om de drie jaar in plaats van jaarlijks", "partly"),
        ("PM-3", "Vervang de houten ladders in de loods door gekeurde aluminium",
         "zijn op 22 februari afgevoerd en vervangen", "agrees"),
        ("PM-4", "Sta niet toe dat iemand alleen snoeiwerk uitvoert:",
         "Snoeiwerk gebeurt voortaan altijd met minstens twee", "agrees"),
        ("PM-5", "Voer een schriftelijke werkvergunning in voor elk werk op hoogte,",
         "een vergunning per opdracht zou vooral papierwerk opleveren", "disagrees"),
        ("PM-6", "Laat een nieuwe risicoanalyse maken van alle werken op hoogte",
         "Wordt meegenomen bij de herziening van het globaal preventieplan", "noted"),
        ("PM-7", "Bespreek dit ongeval binnen drie maanden in een toolboxmeeting", None, "unanswered"),
    ], ["Onze eerste gedachten gaan naar de collega die gewond raakte",
        "Elke medewerker krijgt een eigen helm met kinriem",
        "volgt de uitvoering van dit actieplan op elke vergadering op"],
        "Advice: the (Flemish) REPORT OF THE ACCIDENT INVESTIGATION (verslag van het ongevalsonderzoek) of an "
        "external prevention service after a serious occupational accident at a municipality's green-maintenance "
        "team; the seven recommendations are preventive measures CODED 'PM-1'-'PM-7' with the code hanging in the "
        "margin, after the causes CODED 'OZ-1'-'OZ-5' in exactly the same style. Traps: the welfare-at-work code "
        "paraphrased with 'moet', the 2024 risk analysis quoted as an imperative ('Gebruik voor werken boven twee "
        "meter een hoogwerker ...', not followed), 'Wij stellen niet voor om het snoeiwerk volledig uit te "
        "besteden', a closing paragraph naming 'PM-1 en PM-3'. Response: the general director's ACTION PLAN to the "
        "prevention committee, a ruled TABLE 'Ref. | Beslissing | Wie en wanneer' in the order PM-3, PM-1, PM-4, "
        "PM-2, OZ-4, PM-6, PM-5: 3 agrees ('Uitgevoerd', ladders replaced on 22 February), 1 agrees ('Goedgekeurd', "
        "a framework contract for a second platform), 4 agrees (always at least two), 2 partly ('Gedeeltelijk', "
        "only the nine pruners, a refresher every three years), row OZ-4 answers a CAUSE (helmets made compulsory, "
        "unmatched), 6 noted (taken into the next global prevention plan, planning later), 5 disagrees ('Niet "
        "weerhouden', no work permit). PM-7 (a toolbox meeting) has no row: unanswered. The introduction and the "
        "closing answer nothing.")
    print("written", NAME)

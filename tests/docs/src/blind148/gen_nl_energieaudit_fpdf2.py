"""Round 148 (nl): the ENERGIEAUDIT of an (invented) engineering firm on a municipal sports and swimming centre; its
seven recommendations are the UNNUMBERED ROWS of a ruled table 'Maatregel | Investering | Besparing per jaar |
Terugverdientijd' under '5 Aanbevolen maatregelen', after a ruled table in exactly the same style that quotes the
measures of the 2019 audit as imperatives with their status; answered by the college's RAADSINFORMATIEBRIEF to the
council, which PARAPHRASES the measures BY THEME in another order, one paragraph answering two with different
verdicts.

Advice (fpdf2, sans, dark-green letterhead rule and headings, metadata lines, two ruled tables, running head, 'blz. n
van m'): the energy-saving obligation paraphrased with 'moet' (trap), the 2019 audit's measures quoted as imperatives
in the recommendations' table style ('Vervang de verlichting van de sporthal door ledverlichting', carried out,
trap), the sports association quoted with 'moet' (trap), 'Wij raden af om de gasaansluiting van het complex nu al op
te zeggen' (trap), a closing naming 'de eerste, tweede en vierde maatregel' (trap); expected numbers 1-7 in reading
order. Response (fpdf2, 'blz. n'): 2 agrees (pool cover during the summer maintenance stop), 4 agrees (air handling
on schedules and CO2 from 1 June), 1 partly (a smaller heat pump for the pool water only; space heating on gas until
the renovation of 2031), ONE paragraph = 3 disagrees (no solar panels: the roof would need reinforcing) + 6 partly
(shower heat recovery only in the pool's changing rooms), 7 noted (monitoring taken into the municipal property
maintenance plan), the gas paragraph answers the 'we advise against' sentence (unmatched); 5 (insulating pipes and
fittings) unanswered; the introduction and the closing (costs from the sustainability reserve) answer nothing. All
bodies, places, people, figures and reference numbers invented; the energy-saving obligation named as context only.

Run: /tmp/blind148nl/bin/python tests/docs/src/blind148/gen_nl_energieaudit_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b148nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind148_nl_energieaudit"
FS = B.tmp_fonts()
INK = (34, 92, 52)
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
            self.cell(0, 4, self.head)
            self.set_draw_color(*INK)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 5, self.w - self.r_margin, self.get_y() + 5)
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
    pdf.set_creation_date(datetime.datetime(2027, 6, 3, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head = head
    pdf.of_m = of_m
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(21, 16, 21)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def width(pdf):
    return pdf.w - pdf.l_margin - pdf.r_margin


def para(pdf, text, size=9.4, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, lh=LH):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 28:
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
        pdf.cell(34, 4.6, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 8.6)
        pdf.set_xy(pdf.l_margin + 34, y)
        pdf.multi_cell(width(pdf) - 34, 4.6, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def quote(pdf, text):
    para(pdf, text, style="I", color=(70, 70, 70), indent=10, gap=2.2)


def ruled(pdf, head, rows, widths):
    pdf.set_font("S", "", 8.4)
    pdf.set_draw_color(150, 180, 158)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=widths, text_align=("LEFT",) + ("RIGHT",) * (len(widths) - 1),
                   line_height=4.3, padding=1.4, headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255),
                                                                       fill_color=INK),
                   first_row_as_headings=True, borders_layout="HORIZONTAL_LINES") as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


OLD = [
    ("Vervang de verlichting van de sporthal door ledverlichting met daglichtregeling.", "38.000", "7.400",
     "uitgevoerd 2021"),
    ("Vervang de circulatiepompen van het zwembad door toerengeregelde pompen.", "21.000", "6.100",
     "uitgevoerd 2022"),
    ("Breng een warmteterugwinning aan op de ventilatie van de zwemzaal.", "95.000", "14.000",
     "niet uitgevoerd"),
]

RECS = [
    ("Vervang de twee gasgestookte ketels van het zwembad door een warmtepomp van circa 300 kW, met één van de "
     "ketels als piekvoorziening.", "310.000", "48.000", "6,5 jaar"),
    ("Dek het wedstrijdbad en het instructiebad buiten de openingstijden af met een zwembadafdekking.", "42.000",
     "19.000", "2,2 jaar"),
    ("Leg zonnepanelen op het platte dak van de nieuwe sporthal, ongeveer 420 panelen.", "150.000", "31.000",
     "4,8 jaar"),
    ("Stel de luchtbehandeling van de sporthal in op de werkelijke gebruikstijden en regel de ventilatie op het "
     "CO2-gehalte.", "12.000", "9.500", "1,3 jaar"),
    ("Isoleer de onbeklede leidingen, afsluiters en pompen in de technische ruimte van het zwembad.", "8.000",
     "4.200", "1,9 jaar"),
    ("Breng douchewater-warmteterugwinning aan in alle kleedkamers, zowel van het zwembad als van de sporthal.",
     "26.000", "5.100", "5,1 jaar"),
    ("Plaats tussenmeters per installatie en laat de beheerder het energieverbruik maandelijks rapporteren aan "
     "vastgoedbeheer.", "18.000", "n.t.b.", "n.v.t."),
]


def advice():
    pdf = new("Van Lienden Energie & Installaties - energieaudit sport- en zwemcentrum De Kolk - VLE-2027-0415",
              "Energieaudit sport- en zwemcentrum De Kolk", "Van Lienden Energie & Installaties B.V.", of_m=True)
    letterhead(pdf, "Van Lienden Energie & Installaties B.V.",
               "ingenieursbureau voor energie en installaties - Havenkade 21, 8263 PT Hoornwaard - "
               "info@vanlienden-energie.example",
               "Energieaudit sport- en zwemcentrum De Kolk",
               "rapport in opdracht van de gemeente Lindewaarde, afdeling Vastgoed")
    meta(pdf, [("Opdrachtgever", "gemeente Lindewaarde, afdeling Vastgoed, t.a.v. mevrouw S. de Graaff"),
               ("Object", "sport- en zwemcentrum De Kolk, Kolkweg 2, Lindewaarde (zwembad 1978, sporthal 2016)"),
               ("Auditor", "ing. T.W. van Lienden en ir. N. Baldewsingh"),
               ("Kenmerk", "VLE-2027-0415"),
               ("Datum", "22 april 2027")])
    h2(pdf, "1 Aanleiding")
    para(pdf, "De gemeente Lindewaarde wil het energieverbruik van haar gebouwen in 2030 met de helft verminderen "
         "ten opzichte van 2019. Sport- en zwemcentrum De Kolk is met ruim een derde van het gasverbruik van het "
         "gemeentelijk vastgoed de grootste verbruiker. Daarnaast geldt de energiebesparingsplicht: een gebouw met "
         "dit verbruik moet alle erkende maatregelen treffen die zich in vijf jaar of minder terugverdienen, en de "
         "eigenaar moet daarover eens in de vier jaar rapporteren.")
    h2(pdf, "2 Verbruik")
    para(pdf, "In 2026 verbruikte De Kolk 412.000 m³ aardgas, 688.000 kWh elektriciteit en 21.400 m³ water. Het "
         "zwembad neemt 86 procent van het gas voor zijn rekening, vooral voor het verwarmen van het badwater en de "
         "zwemzaal. De sporthal gebruikt relatief veel elektriciteit doordat de luchtbehandeling dag en nacht op "
         "vol vermogen draait, ook in de weekenden zonder wedstrijden.")
    h2(pdf, "3 Wat is er gebeurd sinds de audit van 2019?")
    para(pdf, "De vorige audit, van ons bureau, stelde drie maatregelen voor. Twee daarvan zijn uitgevoerd:")
    ruled(pdf, ("Maatregel uit de audit van 2019", "Investering (euro)", "Besparing per jaar (euro)", "Stand"),
          OLD, (86, 24, 26, 32))
    para(pdf, "De warmteterugwinning op de ventilatie van de zwemzaal is niet uitgevoerd, omdat de luchtbehandelingskast "
         "daarvoor te weinig ruimte bood. Zij komt terug bij de renovatie van het zwembad die de gemeente rond 2031 "
         "voorziet; wij nemen haar daarom nu niet opnieuw op.")
    h2(pdf, "4 Gesprekken")
    para(pdf, "Wij spraken met de bedrijfsleider, de technische dienst en het bestuur van zwemvereniging De Kolkduikers. "
         "De vereniging vroeg ons de watertemperatuur niet te verlagen:")
    quote(pdf, "'Het instructiebad moet voor de zwemlessen van jonge kinderen minstens 30 graden blijven, anders "
          "lopen de lessen gevaar.'")
    para(pdf, "Wij hebben daarom geen maatregel opgenomen die de temperatuur van het water verlaagt.")
    h2(pdf, "5 Aanbevolen maatregelen")
    para(pdf, "Wij bevelen de gemeente de volgende maatregelen aan. De bedragen zijn exclusief btw en gebaseerd op "
         "de energieprijzen van het eerste kwartaal van 2027.")
    ruled(pdf, ("Maatregel", "Investering (euro)", "Besparing per jaar (euro)", "Terugverdientijd"),
          RECS, (86, 24, 26, 32))
    para(pdf, "Samen besparen deze maatregelen naar verwachting 46 procent van het gasverbruik en 19 procent van het "
         "elektriciteitsverbruik. De maatregelen met een terugverdientijd van vijf jaar of minder vallen onder de "
         "energiebesparingsplicht.")
    para(pdf, "Wij raden af om de gasaansluiting van het complex nu al op te zeggen. Zolang het zwembad niet is "
         "gerenoveerd, is een volledig elektrische verwarming van zwemzaal en badwater niet haalbaar zonder een "
         "zwaardere netaansluiting, en daarop is in Lindewaarde een wachttijd van minstens drie jaar.")
    h2(pdf, "6 Tot slot")
    para(pdf, "De eerste, tweede en vierde maatregel leveren samen het grootste deel van de besparing op. Wij "
         "adviseren om de uitvoering daarvan in de zomerstop van 2027 of 2028 te plannen, zodat het zwembad niet "
         "extra dicht hoeft. Voor vragen over dit rapport kunt u terecht bij ing. T.W. van Lienden.")
    para(pdf, "Hoornwaard, 22 april 2027 - ing. T.W. van Lienden, ir. N. Baldewsingh", size=8.2, color=GREY,
         align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Lindewaarde - raadsinformatiebrief energieaudit De Kolk - RIB 2027-046",
              "Raadsinformatiebrief energieaudit De Kolk", "Gemeente Lindewaarde")
    letterhead(pdf, "Gemeente Lindewaarde", "college van burgemeester en wethouders - Postbus 7, 8260 AA "
               "Lindewaarde", "Raadsinformatiebrief: energieaudit sport- en zwemcentrum De Kolk",
               "aan de leden van de gemeenteraad - RIB 2027-046 - 25 mei 2027 - portefeuillehouder: wethouder "
               "R.J. Kuipers")
    para(pdf, "Geachte leden van de raad,")
    para(pdf, "In de begroting 2027 hebben wij u toegezegd dat wij het energieverbruik van sport- en zwemcentrum De "
         "Kolk laten onderzoeken. Het rapport van Van Lienden Energie & Installaties van 22 april 2027 is "
         "inmiddels binnen en ligt als bijlage bij deze brief. Met deze brief informeren wij u over de keuzes die "
         "wij op basis van het rapport maken.")
    h2(pdf, "Badwater en zwemzaal")
    para(pdf, "De grootste winst zit in het zwembad. Vanaf deze zomer wordt het bad buiten de openingstijden "
         "afgedekt: de zwembadafdekking wordt tijdens de onderhoudsstop in juli aangebracht, voor beide baden. "
         "Voor de verwarming kiezen wij een tussenstap. Wij plaatsen in 2028 een kleinere warmtepomp van 150 kW die "
         "alleen het badwater verwarmt; de zwemzaal blijft tot de renovatie van het zwembad rond 2031 op de "
         "bestaande ketels draaien. Een grotere warmtepomp zou bij de renovatie grotendeels opnieuw moeten worden "
         "aangepast.")
    h2(pdf, "Sporthal")
    para(pdf, "De luchtbehandeling van de sporthal wordt per 1 juni ingeregeld op de zaalroosters en op CO2-sturing. "
         "Dit kan binnen het bestaande onderhoudscontract en levert direct besparing op.")
    para(pdf, "Zonnepanelen op het dak van de sporthal komen er niet. Uit een constructieve toets blijkt dat het dak "
         "bij de bouw in 2016 niet is berekend op deze extra belasting; versterking kost meer dan de panelen in "
         "twintig jaar opbrengen. De warmteterugwinning op het douchewater voeren wij wel uit, maar alleen in de "
         "kleedkamers van het zwembad, waar na elke les tientallen mensen douchen; in de kleedkamers van de "
         "sporthal wordt daarvoor te weinig gedoucht.")
    h2(pdf, "Meten en sturen")
    para(pdf, "Het voorstel voor tussenmeters en maandelijkse rapportage nemen wij mee in het meerjarig "
         "onderhoudsplan gemeentelijk vastgoed, dat u in het najaar ontvangt; daar bekijken wij of wij dit voor "
         "al onze grote gebouwen tegelijk kunnen regelen.")
    h2(pdf, "Gasaansluiting")
    para(pdf, "De gasaansluiting van De Kolk blijft tot de renovatie van het zwembad gehandhaafd. Ook de netbeheerder "
         "heeft ons laten weten dat een zwaardere aansluiting op korte termijn niet mogelijk is.")
    h2(pdf, "Kosten en vervolg")
    para(pdf, "De kosten van de maatregelen die wij nu uitvoeren, ruim 230.000 euro, dekken wij uit de reserve "
         "duurzaamheid, binnen de kaders die u in de begroting 2027 heeft vastgesteld. Wij houden u via de "
         "voortgangsrapportage op de hoogte.")
    para(pdf, "Hoogachtend,")
    para(pdf, "burgemeester en wethouders van Lindewaarde,\nA. Teunissen, secretaris - mr. H. Boskamp, burgemeester",
         size=8.4, color=GREY, align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Vervang de twee gasgestookte ketels van het zwembad door een warmtepomp",
         "Wij plaatsen in 2028 een kleinere warmtepomp van 150 kW", "partly"),
        ("2", "Dek het wedstrijdbad en het instructiebad buiten de openingstijden af",
         "de zwembadafdekking wordt tijdens de onderhoudsstop in juli aangebracht", "agrees"),
        ("3", "Leg zonnepanelen op het platte dak van de nieuwe sporthal",
         "Zonnepanelen op het dak van de sporthal komen er niet", "disagrees"),
        ("4", "Stel de luchtbehandeling van de sporthal in op de werkelijke gebruikstijden",
         "wordt per 1 juni ingeregeld op de zaalroosters", "agrees"),
        ("5", "Isoleer de onbeklede leidingen, afsluiters en pompen in de technische ruimte", None, "unanswered"),
        ("6", "Breng douchewater-warmteterugwinning aan in alle kleedkamers, zowel van het zwembad",
         "maar alleen in de kleedkamers van het zwembad", "partly"),
        ("7", "Plaats tussenmeters per installatie en laat de beheerder het energieverbruik maandelijks",
         "nemen wij mee in het meerjarig onderhoudsplan gemeentelijk vastgoed", "noted"),
    ], ["De gasaansluiting van De Kolk blijft tot de renovatie van het zwembad gehandhaafd"],
        "Advice: the ENERGIEAUDIT of an engineering firm on a municipal sports and swimming centre; the seven "
        "recommendations are the UNNUMBERED ROWS of a ruled table 'Maatregel | Investering | Besparing per jaar | "
        "Terugverdientijd' under '5 Aanbevolen maatregelen' (expected numbers 1-7 in reading order). Traps: the "
        "energy-saving obligation paraphrased with 'moet', the 2019 audit's measures quoted as imperatives in a "
        "ruled table in exactly the same style (two carried out, one not), the swimming club quoted with 'moet', "
        "'Wij raden af om de gasaansluiting ... op te zeggen', a closing naming 'de eerste, tweede en vierde "
        "maatregel'. Response: the college's RAADSINFORMATIEBRIEF, paraphrasing BY THEME under its own headings: 2 "
        "agrees (pool cover in July), 1 partly (a 150 kW heat pump for the pool water only), 4 agrees (air handling "
        "from 1 June), ONE paragraph = 3 disagrees (no solar panels, roof too weak) + 6 partly (shower heat recovery "
        "only in the pool's changing rooms), 7 noted (taken into the property maintenance plan). 5 (pipe "
        "insulation) is never answered. The gas paragraph answers the 'we advise against' sentence (unmatched); the "
        "introduction and the costs paragraph answer nothing.")
    print("written", NAME)

"""Round 152 (nl): the VOCHT- EN SCHIMMELONDERZOEK of an (invented) building-physics bureau on a 1960s block of
rented flats, commissioned by the tenants' association; its seven recommendations are UNNUMBERED SENTENCES IN RUNNING
TEXT ('Wij adviseren ...', 'Daarnaast bevelen wij aan ...') inside the paragraphs of '5 Advies', after findings in
running text ('Wij stelden vast dat ...'); answered by the housing foundation's LETTER TO THE TENANTS' ASSOCIATION
that PARAPHRASES BY THEME under plain sub-heads, in another order, one paragraph answering two with different
verdicts.

Advice (fpdf2, sans, blue-grey letterhead rule and headings, metadata lines, a ruled measurement table, running head,
'pagina n van m'): the landlord's duty paraphrased with 'moet' (trap), the bureau's 2021 advice on another complex
quoted as an imperative (trap), 'Wij adviseren niet om de Lindeflat te slopen' (trap), a closing 'wij bevelen aan
dit rapport ... te bespreken' (trap); expected 1-7 in reading order. Response (fpdf2, 'blad n'): ONE paragraph
4 agrees (roof edge repaired) + 3 disagrees (no insulation of the balcony slabs now), 1 partly (mechanical
extraction in block B only), 2 agrees (trickle vents), 5 disagrees (no specialist mould treatment), 7 noted (a joint
report point is first the association's own; on the January agenda), the demolition sentence answered (unmatched);
6 (explain airing and heating at a residents' evening) unanswered. All bodies, places, people, figures and reference
numbers invented.

Run: /tmp/blind152nl/bin/python tests/docs/src/blind152/gen_nl_vochtonderzoek_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b152nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402
from fpdf.fonts import FontFace  # noqa: E402

NAME = "blind152_nl_vochtonderzoek"
FS = B.tmp_fonts()
INK = (52, 86, 120)
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
        t = f"pagina {self.page_no()} van {{nb}}" if self.of_m else f"blad {self.page_no()}"
        self.cell(0, 5, t, align="R")
        self.set_text_color(0, 0, 0)


def new(head, title, author, of_m=False):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2027, 11, 20, tzinfo=datetime.timezone.utc))
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


def para(pdf, text, size=9.4, style="", gap=2.2, align="J", color=(0, 0, 0), indent=0, lh=LH, md=False):
    pdf.set_font("S", style, size)
    pdf.set_text_color(*color)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(width(pdf) - indent, lh, text, align=align, new_x="LMARGIN", new_y="NEXT", markdown=md)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(gap)


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 28:
        pdf.add_page()
    pdf.ln(1.5)
    para(pdf, text, size=11, style="B", gap=1.2, align="L", color=INK)


def sub(pdf, text):
    para(pdf, text, size=9.4, style="B", gap=0.6, align="L")


def letterhead(pdf, who, addr, title, subt):
    para(pdf, who, size=12.5, style="B", color=INK, align="L", gap=0.5)
    para(pdf, addr, size=8, color=GREY, align="L", gap=1.5)
    pdf.set_draw_color(*INK)
    pdf.set_line_width(0.8)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(4)
    para(pdf, title, size=14, style="B", align="L", gap=0.8, lh=6.6)
    para(pdf, subt, size=8.3, color=GREY, align="L", gap=3)


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


def ruled(pdf, head, rows, widths, size=8.4):
    pdf.set_font("S", "", size)
    pdf.set_draw_color(150, 160, 175)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.3, padding=1.4,
                   headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=INK),
                   first_row_as_headings=True, borders_layout="HORIZONTAL_LINES") as t:
        for r in [head] + rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)


def advice():
    pdf = new("Klimaatschil Bouwfysica - vocht- en schimmelonderzoek Lindeflat Oosterbroek - KS-27-0417",
              "Vocht- en schimmelonderzoek Lindeflat", "Klimaatschil Bouwfysica", of_m=True)
    letterhead(pdf, "Klimaatschil Bouwfysica",
               "bouwfysica, binnenklimaat en installatieadvies - Brinkweg 40, 3841 GK Hardeveld - "
               "post@klimaatschil.example",
               "Vocht- en schimmelonderzoek Lindeflat",
               "onafhankelijk onderzoek naar vocht en schimmel in de woningen Lindeplein 2-192, in opdracht van "
               "Huurdersvereniging Het Lindeplein")
    meta(pdf, [("Opdrachtgever", "Huurdersvereniging Het Lindeplein, t.a.v. mevrouw G. (Gerda) Bosschaart, "
                "voorzitter"),
               ("Eigenaar", "Woonstichting Vechtzicht, Oosterbroek"),
               ("Onderzoekers", "ing. T. (Tim) Verhoef en B. Yıldız MSc"),
               ("Kenmerk", "KS-27-0417"),
               ("Datum", "18 oktober 2027")])
    h2(pdf, "1 Aanleiding")
    para(pdf, "De Lindeflat in Oosterbroek telt 96 woningen in twee blokken (A en B) van vier lagen, gebouwd in "
              "1968. Sinds de winter van 2025 melden steeds meer bewoners vocht en schimmel. De huurdersvereniging "
              "heeft ons gevraagd onafhankelijk te onderzoeken waar dat vandaan komt. Volgens het huurrecht moet de "
              "verhuurder gebreken verhelpen die het woongenot aantasten; schimmel door een bouwkundige oorzaak is "
              "zo'n gebrek, schimmel door bewonersgedrag in de regel niet. Wij hebben daarom beide kanten bekeken.")
    para(pdf, "Voor een vergelijkbaar complex in een andere gemeente adviseerden wij in 2021 het volgende; wij "
              "noemen het hier omdat bewoners ernaar vroegen:")
    para(pdf, "'Plaats in alle badkamers een vochtgestuurde afzuigventilator en controleer jaarlijks of die werkt.'",
         style="I", color=(70, 70, 70), indent=10)
    para(pdf, "Dat advies is daar uitgevoerd; voor de Lindeflat ligt het probleem breder, zoals hieronder blijkt.")
    h2(pdf, "2 Werkwijze")
    para(pdf, "Tussen 30 augustus en 24 september 2027 bezochten wij 38 woningen (19 per blok). Wij maten de "
              "luchtvochtigheid en de oppervlaktetemperatuur van wanden en plafonds, maakten warmtebeeldopnamen en "
              "vroegen de bewoners naar stoken, luchten en wasgoed drogen. In twaalf woningen hingen drie weken "
              "dataloggers.")
    h2(pdf, "3 Meetresultaten")
    ruled(pdf, ["Onderwerp", "Blok A", "Blok B"],
          [["Woningen met zichtbare schimmel", "7 van 19", "13 van 19"],
           ["Gemiddelde relatieve luchtvochtigheid slaapkamer", "64%", "72%"],
           ["Laagste oppervlaktetemperatuur bij balkonaansluiting", "11,8 °C", "10,9 °C"],
           ["Woningen met werkende ventilatieroosters", "9 van 19", "4 van 19"],
           ["Lekkage zichtbaar (plafond bovenste laag)", "0", "5 (portiek 3 en 4)"]],
          (92, 39, 37))
    h2(pdf, "4 Bevindingen")
    para(pdf, "Wij stelden vast dat de oorzaak in de meeste woningen een combinatie is van te weinig ventilatie en "
              "koude plekken in de gevel. De flat heeft natuurlijke ventilatie via roosters en kanalen, maar veel "
              "roosters zijn dichtgeschilderd of ontbreken, en de kanalen in blok B trekken slecht. De betonnen "
              "balkonplaten lopen door in de vloer en vormen koudebruggen: daar vonden wij de meeste schimmel. In blok "
              "B lekt bovendien de dakrand boven de portieken 3 en 4. Wij stelden ook vast dat bewoners die wasgoed "
              "binnen drogen en de roosters dicht houden, vaker schimmel hebben, maar dat dit de bouwkundige "
              "oorzaken niet verklaart.")
    h2(pdf, "5 Advies")
    para(pdf, "Ventilatie. Het ventilatiesysteem schiet in beide blokken tekort. Wij adviseren de natuurlijke "
              "afvoer in alle 96 woningen te vervangen door mechanische afzuiging met een nieuwe dakventilator per "
              "trappenhuis en afzuigpunten in keuken, badkamer en toilet. Daarnaast bevelen wij aan in elke woning "
              "nieuwe, regelbare ventilatieroosters boven de ramen van woonkamer en slaapkamers te plaatsen.")
    para(pdf, "Gevel, balkons en dak. De koudebruggen zijn de tweede oorzaak. Wij adviseren de aansluiting van de "
              "balkonplaten op de gevel aan de binnenzijde te isoleren bij de eerstvolgende mutatie of eerder op "
              "verzoek van de bewoner. De lekkage is eenvoudiger op te lossen: wij adviseren de dakrand boven de "
              "portieken 3 en 4 binnen drie maanden waterdicht te herstellen en de natte plafonds daarna te laten "
              "drogen en behandelen.")
    para(pdf, "Schimmel in de woning. Schoonmaken met huishoudmiddelen helpt vaak maar kort. Wij adviseren alle "
              "bewoners met schimmel op meer dan een vierkante meter een kosteloze behandeling door een "
              "gespecialiseerd bedrijf aan te bieden. Verder bevelen wij aan in de nieuwsbrief en tijdens een "
              "bewonersavond uit te leggen hoe bewoners door stoken, luchten en het drogen van wasgoed zelf vocht "
              "kunnen beperken.")
    para(pdf, "Samenwerking. Tot slot adviseren wij de woonstichting en de huurdersvereniging samen een vast "
              "meldpunt voor vocht en schimmel in te richten, waar bewoners ook een vochtmeter kunnen lenen.")
    para(pdf, "Wij adviseren niet om de Lindeflat te slopen: de draagconstructie is in goede staat en de "
              "problemen zijn met de maatregelen hierboven op te lossen.")
    h2(pdf, "6 Tot slot")
    para(pdf, "Wij bevelen aan dit rapport met de woonstichting te bespreken in het eerstvolgende regulier overleg. "
              "Wij zijn graag bereid het rapport op een ledenvergadering toe te lichten.")
    para(pdf, "ing. T. Verhoef, Klimaatschil Bouwfysica", style="I", align="L")
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Woonstichting Vechtzicht - reactie vocht- en schimmelonderzoek Lindeflat - WV/U/2027/3318",
              "Reactie op het vocht- en schimmelonderzoek Lindeflat", "Woonstichting Vechtzicht")
    letterhead(pdf, "Woonstichting Vechtzicht",
               "Postbus 55, 7770 AB Oosterbroek - klantenservice 0523 - 61 44 00 - info@vechtzicht.example",
               "Reactie op het vocht- en schimmelonderzoek Lindeflat",
               "brief aan het bestuur van Huurdersvereniging Het Lindeplein")
    meta(pdf, [("Ons kenmerk", "WV/U/2027/3318"), ("Uw kenmerk", "rapport KS-27-0417"),
               ("Datum", "19 november 2027"), ("Contactpersoon", "R. (Rianne) Dijkhuis, manager Vastgoed")])
    para(pdf, "Beste mevrouw Bosschaart, beste bestuursleden,")
    para(pdf, "Dank voor het rapport van Klimaatschil Bouwfysica, dat u ons op 22 oktober stuurde. Wij herkennen "
              "veel van wat erin staat en vinden het goed dat het onderzoek onafhankelijk is gedaan. Hieronder "
              "leest u per onderwerp wat wij gaan doen. Wij beginnen met wat het meest dringend is.")
    sub(pdf, "Dak en balkons")
    para(pdf, "De lekkende dakrand bij de portieken 3 en 4 is inmiddels aangepakt: de dakdekker heeft op 4 en 5 "
              "november een nieuwe kraal en een nieuwe afdekker gelegd, en de natte plafonds worden in december "
              "gedroogd en geschilderd. Met het isoleren van de balkonaansluitingen beginnen wij nu niet. Het gaat "
              "om een ingrijpende ingreep in elke woning, en wij willen die koudebruggen in één keer en goed oplossen "
              "bij de grote renovatie die voor 2031 in onze meerjarenbegroting staat.")
    sub(pdf, "Ventilatie")
    para(pdf, "Mechanische afzuiging komt er, maar eerst alleen in blok B, waar de meeste schimmel zit en de "
              "kanalen het slechtst trekken. De 48 woningen daar krijgen in het voorjaar van 2028 een nieuwe "
              "dakventilator en afzuigpunten; blok A volgt bij de renovatie.")
    para(pdf, "De roosters boven de ramen vervangen wij wel in alle 96 woningen, nog deze winter. Een aannemer "
              "maakt per portiek afspraken met de bewoners.")
    sub(pdf, "Schimmel in de woning")
    para(pdf, "Een behandeling door een gespecialiseerd schimmelbedrijf bieden wij niet aan. Onze eigen "
              "onderhoudsmonteurs verwijderen schimmel die een bouwkundige oorzaak heeft, zoals nu al gebeurt, en "
              "wij zien geen meerwaarde in het inschakelen van een extern bedrijf.")
    sub(pdf, "Samenwerking")
    para(pdf, "Het voorstel voor een gezamenlijk meldpunt hebben wij gelezen. Zo'n meldpunt past volgens ons vooral "
              "bij de vereniging zelf; wij zetten het op de agenda van het overleg in januari en horen dan graag hoe "
              "u het ziet.")
    sub(pdf, "Toekomst van de flat")
    para(pdf, "Sloop van de Lindeflat is ook voor ons niet aan de orde. Wij investeren in het gebouw, zodat de "
              "bewoners er nog lang prettig kunnen wonen.")
    para(pdf, "Wij hopen dat wij u hiermee voldoende hebben geïnformeerd. Voor vragen kunt u terecht bij mevrouw "
              "Dijkhuis.")
    para(pdf, "Met vriendelijke groet,\nWoonstichting Vechtzicht\n\nir. H.J. (Henk Jan) Meesters, directeur-bestuurder",
         align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        (1, "Wij adviseren de natuurlijke afvoer in alle 96 woningen te vervangen",
         "maar eerst alleen in blok B", "partly"),
        (2, "Daarnaast bevelen wij aan in elke woning nieuwe, regelbare ventilatieroosters",
         "De roosters boven de ramen vervangen wij wel", "agrees"),
        (3, "Wij adviseren de aansluiting van de balkonplaten op de gevel",
         "Met het isoleren van de balkonaansluitingen beginnen wij nu niet", "disagrees"),
        (4, "wij adviseren de dakrand boven de portieken 3 en 4",
         "de dakdekker heeft op 4 en 5 november een nieuwe kraal", "agrees"),
        (5, "Wij adviseren alle bewoners met schimmel op meer dan een vierkante meter",
         "Een behandeling door een gespecialiseerd schimmelbedrijf bieden wij niet aan", "disagrees"),
        (6, "Verder bevelen wij aan in de nieuwsbrief en tijdens een bewonersavond", None, "unanswered"),
        (7, "Tot slot adviseren wij de woonstichting en de huurdersvereniging samen",
         "Het voorstel voor een gezamenlijk meldpunt hebben wij gelezen", "noted"),
    ], ["Sloop van de Lindeflat is ook voor ons niet aan de orde"],
        "Advice: the VOCHT- EN SCHIMMELONDERZOEK of a building-physics bureau on a 1960s block of rented flats, for the "
        "tenants' association; the seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT ('Wij adviseren "
        "...', 'Daarnaast bevelen wij aan ...') inside four theme paragraphs of '5 Advies' (expected 1-7 in reading "
        "order). Traps: the landlord's duty paraphrased with 'moet', the bureau's 2021 advice elsewhere quoted as an "
        "imperative, findings 'Wij stelden vast dat ...', a measurement table, 'Wij adviseren niet om de Lindeflat "
        "te slopen', a closing 'Wij bevelen aan dit rapport ... te bespreken'. Response: the housing foundation's "
        "LETTER paraphrasing BY THEME in the order 4+3, 1, 2, 5, 7, demolition: ONE paragraph 4 agrees (roof edge "
        "repaired) + 3 disagrees (balcony slabs only at the 2031 renovation), 1 partly (block B only), 2 agrees, 5 "
        "disagrees (no specialist firm), 7 noted (on the January agenda), the demolition paragraph answers the 'we "
        "do not advise' sentence (unmatched). 6 (explain airing and heating at a residents' evening) is never "
        "answered; greeting, introduction and closing answer nothing.")
    print("written", NAME)

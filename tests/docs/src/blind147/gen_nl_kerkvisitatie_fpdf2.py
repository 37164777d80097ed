"""Round 147 (nl): the VISITATIEVERSLAG of (invented) classical visitors of a Protestant classis on a village
congregation; its seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT ('Wij bevelen de kerkenraad aan
...', 'Ons advies is ...', 'De visitatoren raden aan ...', 'Tot slot raden wij aan ...') inside thematic sections,
among observations, a quote of the church order with 'moet', the previous visitation's advice quoted as an
imperative and members' wishes quoted with 'moet'; answered by the KERKENRAAD's letter BY THEME under its own
headings in another order, one paragraph answering two recommendations with different verdicts and one paragraph
answering the 'we do not advise' sentence.

Advice (fpdf2, sans, dark-violet letterhead rule and headings, metadata lines, running head, 'blz. n van m'): the
church order paraphrased with 'moet' (trap), the 2021 visitation quoted ('Zoek voor het jeugdwerk de samenwerking met
...', carried out, trap), a member quoted ('De kerkenraad moet ...', trap), 'Wij adviseren u niet om nu al te
besluiten tot verkoop van de kapel' (trap), a closing that names the elderly and the young (trap). Expected 1-7 in
reading order. Response (fpdf2, 'blz. n'): 'Kerkdiensten' 1 partly (every second month, not monthly) with the chapel
sale answered in its own paragraph (unmatched), 'Bezoekwerk' 2 agrees, 'Jongeren' 3 agrees, 'Geld en gebouw' ONE
paragraph 4 disagrees (the collectors keep coming round) + 5 noted (left to the kerkrentmeesters' maintenance plan),
'Beleidsplan' 6 partly (a new plan, but a survey instead of a congregational meeting, and only in 2028); 7 (fewer
consistory meetings, more mandate for the moderamen) unanswered; the introduction and the closing answer nothing. All
bodies, places, people, figures and reference numbers invented; the church order named as context only.

Run: /tmp/blind147nl/bin/python tests/docs/src/blind147/gen_nl_kerkvisitatie_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b147nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind147_nl_kerkvisitatie"
FS = B.tmp_fonts()
INK = (74, 36, 96)
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
    pdf.set_creation_date(datetime.datetime(2027, 5, 3, tzinfo=datetime.timezone.utc))
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


def h2(pdf, text):
    if pdf.get_y() > pdf.page_break_trigger - 24:
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
        pdf.cell(36, 4.6, k)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("S", "", 8.6)
        pdf.set_xy(pdf.l_margin + 36, y)
        pdf.multi_cell(width(pdf) - 36, 4.6, v, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def quote(pdf, text):
    para(pdf, text, style="I", color=(70, 70, 70), indent=10, gap=2.2)


def advice():
    pdf = new("Classis Lingestreek - visitatie Protestantse gemeente Welderen-Oudekerk - CV-LS/2027/06",
              "Verslag van de visitatie 2027", "Classicale visitatoren, classis Lingestreek", of_m=True)
    letterhead(pdf, "Classis Lingestreek", "classicale visitatoren - p/a Kerkpad 9, 4156 AJ Rhenoord - "
               "visitatie@classislingestreek.example",
               "Verslag van de visitatie aan de Protestantse gemeente te Welderen-Oudekerk",
               "bezoek op 6 en 13 maart 2027")
    meta(pdf, [("Aan", "de kerkenraad van de Protestantse gemeente te Welderen-Oudekerk"),
               ("Visitatoren", "ds. M.J. Verhoeff en H. Kooijman-Arends"),
               ("Kenmerk", "CV-LS/2027/06"),
               ("Datum", "3 april 2027")])
    h2(pdf, "1. Inleiding")
    para(pdf, "Volgens de kerkorde moet elke gemeente eens in de vier jaar worden bezocht door visitatoren van de "
         "classis. Wij spraken met de kerkenraad, het college van kerkrentmeesters, de diaconie, de predikant, de "
         "jeugdouderling, de organisten en een groep van twaalf gemeenteleden. Wij danken allen voor de open "
         "gesprekken en de gastvrijheid in de consistorie van de Dorpskerk.")
    para(pdf, "De gemeente telt 1.140 leden, van wie ongeveer 160 de diensten geregeld bezoeken. Sinds de vorige "
         "visitatie in 2021 is het ledental met bijna twaalf procent gedaald. De gemeente beschikt over de Dorpskerk "
         "in Welderen en over de kapel in Oudekerk, waar nog vier keer per jaar een dienst wordt gehouden.")
    h2(pdf, "2. Eredienst")
    para(pdf, "De diensten worden goed voorbereid en de muziek is van hoog niveau. Wel hoorden wij van oudere "
         "gemeenteleden in Oudekerk dat de reis naar Welderen voor hen steeds moeilijker wordt; er rijdt op zondag "
         "geen bus. Wij bevelen de kerkenraad aan om eens per maand een middagdienst in de kapel in Oudekerk te "
         "houden, eenvoudig van opzet, voor wie de ochtenddienst in Welderen niet meer kan bereiken.")
    h2(pdf, "3. Pastoraat")
    para(pdf, "De vijf ouderlingen dragen samen met de predikant het bezoekwerk. Zij doen dat met grote inzet, maar "
         "twee van hen gaven aan dat zij het werk niet langer aankunnen. Een gemeentelid zei tegen ons:")
    quote(pdf, "'De kerkenraad moet vaker bij de mensen thuis komen, niet alleen als er iets aan de hand is.'")
    para(pdf, "Ons advies is om een pastoraal team van vrijwilligers te vormen dat onder begeleiding van de "
         "predikant een deel van de bezoeken aan ouderen op zich neemt, zodat de ouderlingen weer tijd krijgen "
         "voor de moeilijkere gesprekken.")
    h2(pdf, "4. Jeugd en jongeren")
    para(pdf, "Bij de vorige visitatie gaven de visitatoren de gemeente mee:")
    quote(pdf, "'Zoek voor het jeugdwerk de samenwerking met de gemeente in Rhenoord, zodat er genoeg kinderen zijn "
          "voor een eigen club.'")
    para(pdf, "Dat is gebeurd: de tienerclub De Brug komt sinds 2023 om de week samen, afwisselend in Welderen en "
         "Rhenoord, met zo'n twintig tieners. Na de belijdeniscatechese verliezen jongeren echter vaak het contact "
         "met de gemeente. De visitatoren raden aan om de jeugdouderling en de leiding van De Brug samen een plan "
         "te laten maken voor jongeren tussen 16 en 23 jaar, een groep die nu buiten beeld raakt.")
    h2(pdf, "5. Diaconie en financiën")
    para(pdf, "De diaconie is actief in het dorp, onder meer met de voedselinzameling en de kerstpakketten. De "
         "financiën van de gemeente zijn op orde, maar de opbrengst van Kerkbalans daalt elk jaar met ongeveer "
         "drie procent, en het wordt moeilijker om lopers te vinden. Wij bevelen aan om de vrijwillige bijdrage "
         "voortaan digitaal te laten verlopen, met een maandelijkse machtiging, en de lopers alleen nog in te "
         "zetten bij leden die daar zelf om vragen.")
    h2(pdf, "6. Gebouwen")
    para(pdf, "De Dorpskerk is een rijksmonument in goede staat, maar de stookkosten zijn sinds 2022 bijna "
         "verdubbeld. Wij adviseren het college van kerkrentmeesters om de kerkzaal voortaan niet meer in haar "
         "geheel te verwarmen, maar over te stappen op stoelverwarming en in de wintermaanden de diensten zo "
         "nodig in de grote consistorie te houden.")
    para(pdf, "Over de toekomst van de kapel in Oudekerk wordt in de gemeente verschillend gedacht. Wij adviseren u "
         "niet om nu al te besluiten tot verkoop van de kapel: zij heeft voor veel leden in Oudekerk een grote "
         "betekenis, en een besluit daarover verdient een zorgvuldig gesprek met de hele gemeente.")
    h2(pdf, "7. Kerkenraad en beleid")
    para(pdf, "Het beleidsplan van de gemeente liep in 2024 af en is niet vernieuwd. Wij bevelen u aan om dit jaar "
         "een nieuw beleidsplan op te stellen en de gemeenteleden daarbij te raadplegen op een gemeenteavond. "
         "De kerkenraad vergadert elf keer per jaar, vaak tot na elf uur 's avonds, en besteedt veel tijd aan "
         "praktische zaken. Tot slot raden wij aan om het aantal vergaderingen van de kerkenraad te beperken tot "
         "zes per jaar en meer over te laten aan het moderamen.")
    h2(pdf, "8. Slot")
    para(pdf, "Wij troffen een gemeente aan die met liefde en trouw kerk is in twee dorpen. Wij hopen dat de "
         "kerkenraad vooral de zorg voor de ouderen en voor de jongeren de komende jaren aandacht wil geven. Wij "
         "zien uit naar uw reactie en wensen u Gods zegen bij het werk.")
    para(pdf, "Namens de classicale visitatoren,\nds. M.J. Verhoeff - H. Kooijman-Arends", align="L", color=GREY,
         size=8.8)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Protestantse gemeente te Welderen-Oudekerk - reactie op het visitatieverslag - KR 2027-019",
              "Reactie van de kerkenraad op het visitatieverslag", "Kerkenraad Protestantse gemeente "
              "Welderen-Oudekerk")
    letterhead(pdf, "Protestantse gemeente te Welderen-Oudekerk", "de kerkenraad - scriba: Molenweg 31, 4158 RT "
               "Welderen - scriba@pgwelderen.example",
               "Reactie van de kerkenraad op het verslag van de visitatie 2027",
               "aan de classicale visitatoren, classis Lingestreek - ons kenmerk KR 2027-019 - 3 mei 2027")
    para(pdf, "Geachte ds. Verhoeff en mevrouw Kooijman,", align="L")
    para(pdf, "Hartelijk dank voor uw bezoek en uw zorgvuldige verslag. Het heeft de kerkenraad goed gedaan om door "
         "uw ogen naar onze gemeente te kijken; wij herkenden ons in veel van wat u schreef. De kerkenraad heeft "
         "het verslag besproken in zijn vergadering van 22 april. Hieronder leest u wat wij ermee doen.")
    h2(pdf, "Kerkdiensten")
    para(pdf, "Met ingang van september is er om de twee maanden een middagdienst in de kapel, met koffie na "
         "afloop. Elke maand lukt niet: daarvoor hebben wij te weinig organisten en voorgangers. De diaconie "
         "regelt bovendien een autodienst voor wie op zondagochtend naar Welderen wil komen.")
    para(pdf, "Wat de kapel zelf betreft: de kerkenraad heeft geen plannen om haar af te stoten, en zal een "
         "dergelijk besluit nooit nemen zonder een gemeenteavond.")
    h2(pdf, "Bezoekwerk")
    para(pdf, "Wij nemen uw advies graag over. Zes gemeenteleden hebben zich inmiddels gemeld voor een "
         "bezoekersgroep, die in juni met de predikant een korte toerusting volgt en vanaf het najaar de "
         "verjaardagsbezoeken aan de 75-plussers overneemt.")
    h2(pdf, "Geld en gebouw")
    para(pdf, "Kerkbalans blijft voorlopig op de vertrouwde manier gaan: de lopers zijn voor veel leden het enige "
         "persoonlijke contact met de kerk in het hele jaar, en de kerkenraad wil dat niet kwijt. Wie dat wil, kan "
         "al wel digitaal geven. De stookkosten zijn een zorg die wij delen; het college van kerkrentmeesters "
         "neemt uw voorstel mee bij de herziening van het onderhoudsplan van de Dorpskerk, die in 2028 klaar "
         "moet zijn. Een besluit over stoelverwarming is nu nog niet genomen.")
    h2(pdf, "Jongeren")
    para(pdf, "Ook dit punt nemen wij over. De jeugdouderling en twee leiders van De Brug maken dit najaar een plan "
         "voor de groep van 16 tot 23 jaar; zij betrekken daar ook jongeren zelf bij.")
    h2(pdf, "Beleidsplan")
    para(pdf, "U hebt gelijk dat het beleidsplan verouderd is. Omdat de kerkenraad dit jaar drie vacatures heeft, "
         "komt het nieuwe beleidsplan er in het voorjaar van 2028. In plaats van een gemeenteavond kiezen wij voor "
         "een enquête onder alle leden, omdat gemeenteavonden in de regel maar door een kleine groep worden "
         "bezocht.")
    para(pdf, "Wij hopen u bij de volgende visitatie weer te mogen ontvangen, en zien uit naar de classisvergadering "
         "van 14 juni, waar wij graag over onze ervaringen vertellen.")
    para(pdf, "Met broederlijke en zusterlijke groet,\nnamens de kerkenraad,\nJ.W. van Ommeren, preses - "
         "G. Hakvoort-Smits, scriba", align="L")
    pdf.output(B.out(NAME + "_response.pdf"))


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Wij bevelen de kerkenraad aan om eens per maand een middagdienst",
         "om de twee maanden een middagdienst in de kapel", "partly"),
        ("2", "Ons advies is om een pastoraal team van vrijwilligers te vormen",
         "Zes gemeenteleden hebben zich inmiddels gemeld voor een bezoekersgroep", "agrees"),
        ("3", "De visitatoren raden aan om de jeugdouderling en de leiding",
         "Ook dit punt nemen wij over", "agrees"),
        ("4", "Wij bevelen aan om de vrijwillige bijdrage voortaan digitaal te laten verlopen",
         "Kerkbalans blijft voorlopig op de vertrouwde manier gaan", "disagrees"),
        ("5", "Wij adviseren het college van kerkrentmeesters om de kerkzaal voortaan",
         "neemt uw voorstel mee bij de herziening van het onderhoudsplan", "noted"),
        ("6", "Wij bevelen u aan om dit jaar een nieuw beleidsplan",
         "komt het nieuwe beleidsplan er in het voorjaar van 2028", "partly"),
        ("7", "Tot slot raden wij aan om het aantal vergaderingen van de kerkenraad",
         None, "unanswered"),
    ], ["heeft geen plannen om haar af te stoten",
        "wij herkenden ons in veel van wat u schreef",
        "zien uit naar de classisvergadering van 14 juni"],
        "Advice: the VISITATION REPORT of the classical visitors of a Protestant classis on a village congregation; "
        "the seven recommendations are UNNUMBERED SENTENCES IN RUNNING TEXT inside thematic sections ('Wij bevelen "
        "de kerkenraad aan ...', 'Ons advies is ...', 'De visitatoren raden aan ...', 'Wij bevelen aan ...', 'Wij "
        "adviseren het college van kerkrentmeesters ...', 'Wij bevelen u aan ...', 'Tot slot raden wij aan ...'), "
        "numbered 1-7 here in reading order. Traps: the church order paraphrased with 'moet', a member quoted "
        "('De kerkenraad moet vaker bij de mensen thuis komen ...'), the 2021 visitation quoted as an imperative "
        "('Zoek voor het jeugdwerk de samenwerking ...', carried out), 'Wij adviseren u niet om nu al te besluiten "
        "tot verkoop van de kapel', a closing naming the elderly and the young. Response: the KERKENRAAD's letter "
        "BY THEME under its own headings in another order: 'Kerkdiensten' 1 partly (every second month) plus a "
        "paragraph answering the chapel sentence (unmatched), 'Bezoekwerk' 2 agrees, 'Geld en gebouw' ONE "
        "paragraph = 4 disagrees (the collectors keep coming round) + 5 noted (taken along in the maintenance "
        "plan, no decision yet), 'Jongeren' 3 agrees, 'Beleidsplan' 6 partly (spring 2028, a survey instead of a "
        "meeting). 7 (fewer consistory meetings, more for the moderamen) is never answered. The introduction and "
        "the closing answer nothing.")
    print("written", NAME)

"""Round 74 (nl): the ADVIES of the OVERLEGORGAAN of a national park on a draft Natura 2000 management plan
(ontwerp-beheerplan), answered by the DEFINITIVE BEHEERPLAN's annex 'Nota van wijzigingen' (an amended plan that
lists what changed since the draft and why).

Advice: Overlegorgaan Nationaal Park De Hooge Veenen, advice letter to Gedeputeerde Staten of the provincie Oostveen
(invented), 2 p.: meta block; the Omgevingswet duty; Tabel 1 habitat types; the Overlegorgaan's 2019 advice quoted;
the ecologists' 'zou ... moeten' finding and the entrepreneurs' 'moet ... blijven'; seven UNNUMBERED recommendations
as BOLD sentences 'Het Overlegorgaan adviseert ...' inside the paragraphs (numbers are their order); a closing
summary paraphrase.
Response: 'Beheerplan Natura 2000 De Hooge Veenen 2027-2033', Bijlage 6 'Nota van wijzigingen', 2 p.: 6.1 Inleiding
(nothing); 6.2 numbered 'Wijziging 1-6' items with 'Plaats in het beheerplan' and 'Aanleiding' lines: W1 = 3 agrees +
7 partly; W2 = 1 partly; W3 = 4 agrees; W4 waterschap zienswijze (nothing); W5 = 5 noted; 6.3 'Niet overgenomen'
= 2 disagrees; 6.4 Redactionele wijzigingen (nothing); 6 (gebiedsregisseur) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind74nl/bin/python tests/docs/src/blind74/gen_nl_beheerplan_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b74nl as B  # noqa: E402

NAME = "blind74_nl_beheerplan"
DV = "/usr/share/fonts/truetype/dejavu/"
GREEN = (46, 96, 52)
GREY = (95, 95, 95)
PALE = (236, 243, 234)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 6, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 24
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1 or self.kind == "resp":
            self.set_xy(self.lm, 11)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            txt = ("Overlegorgaan Nationaal Park De Hooge Veenen  |  Advies ontwerp-beheerplan" if self.kind == "adv"
                   else "Beheerplan Natura 2000 De Hooge Veenen 2027-2033  |  Bijlage 6")
            self.cell(self.tw, 4, txt, align="L")
            self.set_draw_color(*GREEN)
            self.line(self.lm, 16, self.w - self.lm, 16)
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(0, 4, f"{self.page_no()}" if self.kind == "adv" else f"B6-{self.page_no()}", align="R")
        self.set_text_color(0)

    def para(self, t, fam="se", size=9.6, lh=5.0):
        self.set_font(fam, "", size)
        self.multi_cell(self.tw, lh, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def hd(self, t, size=10.5):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(self.tw, 5.5, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*GREEN)
    d.rect(0, 0, d.w, 9, "F")
    d.set_xy(d.lm, 14)
    d.set_font("sa", "B", 13)
    d.set_text_color(*GREEN)
    d.cell(d.tw, 6, "Overlegorgaan Nationaal Park De Hooge Veenen", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4, "Secretariaat: Bezoekerscentrum Veenhuis, Turfweg 4, 9441 KV Hooghalen-Noord",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(5)
    d.set_font("sa", "", 9)
    d.multi_cell(90, 4.6, "Aan Gedeputeerde Staten van de provincie Oostveen\nPostbus 1200\n9400 AC Oostveen",
                 new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for k, v in (("Datum", "17 februari 2026"), ("Ons kenmerk", "OONP/2026/006"),
                 ("Uw kenmerk", "OV/NAT/2025-3310"),
                 ("Onderwerp", "Advies over het ontwerp-beheerplan Natura 2000 De Hooge Veenen 2027-2033")):
        d.set_font("sa", "B", 8.6)
        d.cell(30, 4.8, k)
        d.set_font("sa", "", 8.6)
        d.multi_cell(d.tw - 30, 4.8, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.para("Geacht college,")
    d.para("Bij brief van 9 december 2025 heeft u het Overlegorgaan gevraagd advies uit te brengen over het "
           "ontwerp-beheerplan voor het Natura 2000-gebied De Hooge Veenen. Op grond van de Omgevingswet moet voor "
           "elk Natura 2000-gebied een beheerplan worden vastgesteld, waarin de instandhoudingsdoelstellingen en de "
           "maatregelen om die te bereiken zijn opgenomen. Het Overlegorgaan, waarin terreinbeheerders, agrariërs, "
           "recreatieondernemers, het waterschap en de drie gemeenten zitting hebben, heeft het ontwerp besproken "
           "in zijn vergaderingen van 14 januari en 4 februari 2026. Dit advies is met algemene stemmen vastgesteld.")
    d.hd("1. Algemeen oordeel")
    d.para("Het ontwerp is een duidelijke verbetering ten opzichte van het eerste beheerplan. In ons advies van "
           "2019 schreven wij nog: \u2018Het plan beschrijft de doelen, maar niet wie wat wanneer doet.\u2019 Dat "
           "verwijt treft het nieuwe ontwerp niet meer: elke maatregel heeft nu een trekker en een jaartal. Tabel 1 "
           "laat zien hoe de belangrijkste habitattypen er volgens de laatste meting voor staan.")
    # table
    d.set_font("sa", "B", 8.4)
    d.set_fill_color(*PALE)
    cols = (62, 32, 34, 34)
    for w, t in zip(cols, ("Habitattype", "Oppervlakte (ha)", "Kwaliteit 2019", "Kwaliteit 2025")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.4)
    for row in (("Actieve hoogvenen (H7110A)", "212", "matig", "matig"),
                ("Herstellende hoogvenen (H7120)", "486", "matig", "goed"),
                ("Vochtige heiden (H4010A)", "139", "slecht", "matig"),
                ("Zure vennen (H3160)", "27", "matig", "slecht")):
        for w, t in zip(cols, row):
            d.cell(w, 5.4, t, border=1)
        d.ln()
    d.set_font("sa", "I", 7.8)
    d.cell(d.tw, 5, "Tabel 1. Habitattypen De Hooge Veenen (bron: ontwerp-beheerplan, tabel 3.2)",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("2. Water")
    d.para("Het hoogveen kan alleen groeien als het water het hele jaar hoog staat. De ecologen van de "
           "terreinbeheerder stellen vast dat de waterstand in het Zuidveen in droge zomers tot zestig centimeter "
           "onder maaiveld zakt en volgens hen zou die waterstand nooit lager dan twintig centimeter moeten komen. "
           "Het ontwerp houdt het peil in de eerste planperiode gelijk. **Het Overlegorgaan adviseert het "
           "waterpeil in het Zuidveen nog in deze planperiode met twintig centimeter te verhogen en daarvoor de "
           "sloten langs de Veenvaart te dempen.** Het waterschap heeft laten weten dat het de gevolgen voor de "
           "omliggende landbouwpercelen eerst wil doorrekenen.")
    d.hd("3. Landbouw en stikstof")
    d.para("De vennen en de vochtige heide lijden onder de stikstofdepositie, die in het gebied nog steeds ruim "
           "boven de kritische depositiewaarde ligt. **Wij adviseren rond het hoogveen een bufferzone van 250 meter "
           "in te stellen waarin geen mest wordt uitgereden, met een vergoeding voor de betrokken agrariërs.** "
           "Daarnaast vragen de vennen om snelle hulp. **Het Overlegorgaan adviseert verder om in 2027 en 2028 extra "
           "herstelmaatregelen uit te voeren in de zure vennen, zoals plaggen en bekalken van de oevers.**")
    d.hd("4. Recreatie en rust")
    d.para("Het gebied trekt jaarlijks ruim 400.000 bezoekers. De recreatieondernemers vinden dat het Veenpad het "
           "hele jaar open moet blijven, omdat het de belangrijkste wandelroute van het park is. Toch is de verstoring "
           "in het broedseizoen groot: het aantal broedparen van de wulp is sinds 2019 gehalveerd. **Het "
           "Overlegorgaan adviseert het Veenpad tussen 15 maart en 15 juli af te sluiten en een omleiding langs de "
           "bosrand aan te leggen.** Loslopende honden verstoren de bodembroeders het sterkst. **Stel een "
           "aanlijnplicht voor honden in die in het hele Natura 2000-gebied en het hele jaar geldt.**")
    d.hd("5. Uitvoering en monitoring")
    d.para("Een goed plan vraagt om een zichtbare uitvoering. **Het Overlegorgaan adviseert de resultaten van de "
           "monitoring jaarlijks openbaar te maken in een rapportage die ook voor bewoners leesbaar is.** De "
           "uitvoering ligt nu verspreid over vijf organisaties zonder dat iemand het overzicht heeft. **Wij "
           "adviseren daarom één gebiedsregisseur aan te stellen die de uitvoering van alle maatregelen "
           "coördineert en aanspreekpunt is voor de streek.**")
    d.hd("6. Tot slot")
    d.para("Samengevat vragen wij u om meer water, minder stikstof, meer rust en een zichtbare regie. Het "
           "Overlegorgaan is graag bereid zijn advies toe te lichten en ziet uit naar het definitieve beheerplan.")
    d.para("Met vriendelijke groet,\nnamens het Overlegorgaan Nationaal Park De Hooge Veenen,")
    d.para("H.J. Boekhold-Ensing, voorzitter                    R. van der Sluis, secretaris", size=9)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("resp")
    d.add_page()
    d.set_fill_color(*PALE)
    d.rect(d.lm, 20, d.tw, 20, "F")
    d.set_xy(d.lm + 4, 23)
    d.set_font("sa", "B", 15)
    d.set_text_color(*GREEN)
    d.cell(d.tw - 8, 7, "Bijlage 6  Nota van wijzigingen", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 4)
    d.set_font("sa", "", 8.6)
    d.set_text_color(*GREY)
    d.cell(d.tw - 8, 5, "bij het Beheerplan Natura 2000 De Hooge Veenen 2027-2033, vastgesteld door Gedeputeerde "
           "Staten van Oostveen op 2 juni 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(46)
    d.hd("6.1 Inleiding", 10.5)
    d.para("Het ontwerp-beheerplan heeft van 12 december 2025 tot en met 6 februari 2026 ter inzage gelegen. In "
           "die periode zijn elf zienswijzen ingediend en heeft het Overlegorgaan Nationaal Park De Hooge Veenen "
           "op verzoek van Gedeputeerde Staten advies uitgebracht. Deze bijlage beschrijft welke wijzigingen in "
           "het definitieve beheerplan zijn aangebracht en waarom. De afzonderlijke zienswijzen zijn beantwoord in "
           "de Nota van beantwoording zienswijzen, die als bijlage 7 bij dit beheerplan is gevoegd.", size=9.2)
    d.hd("6.2 Wijzigingen ten opzichte van het ontwerp", 10.5)

    def item(title, place, cause, text):
        d.set_font("sa", "B", 9.4)
        d.multi_cell(d.tw, 5, title, new_x="LMARGIN", new_y="NEXT")
        d.set_font("sa", "", 8.4)
        d.set_text_color(*GREY)
        d.multi_cell(d.tw, 4.4, f"Plaats in het beheerplan: {place}\nAanleiding: {cause}",
                     new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(1)
        d.para(text, size=9.2, lh=4.8)

    item("Wijziging 1  Rustperiode Veenpad en honden",
         "paragraaf 5.4 (maatregelen recreatie), kaart 9", "advies Overlegorgaan",
         "Het Veenpad wordt in het definitieve plan jaarlijks van 15 maart tot en met 15 juli gesloten; de "
         "omleiding langs de bosrand wordt in de winter van 2026-2027 aangelegd. Dit onderdeel van het advies is "
         "daarmee volledig overgenomen. Voor honden geldt in het definitieve plan een aanlijnplicht in het "
         "broedseizoen; buiten het broedseizoen blijven de bestaande losloopgebieden bij Hooghalen-Noord en het "
         "Witte Zand open, omdat de verstoring van bodembroeders dan gering is.")
    item("Wijziging 2  Peil Zuidveen", "paragraaf 5.1 (hydrologische maatregelen), tabel 5.1",
         "advies Overlegorgaan, zienswijze waterschap Drents Peelland",
         "Het peil in het Zuidveen gaat in deze planperiode met tien centimeter omhoog, in plaats van de twintig "
         "centimeter die het Overlegorgaan voorstelde. De sloten langs de Veenvaart worden gedempt. Een verdere "
         "verhoging wordt pas genomen nadat het waterschap de gevolgen voor de omliggende percelen heeft "
         "doorgerekend; die afweging volgt bij de evaluatie in 2030.")
    item("Wijziging 3  Openbare monitoringsrapportage", "paragraaf 7.2 (monitoring en rapportage)",
         "advies Overlegorgaan",
         "Gedeputeerde Staten publiceren vanaf 2027 ieder jaar in mei een publieksrapportage over de stand van de "
         "natuur en de uitvoering van de maatregelen. De rapportage komt op de website van het park en wordt "
         "besproken in een openbare bijeenkomst in het bezoekerscentrum.")
    item("Wijziging 4  Beheer van de Veenvaart", "paragraaf 5.1, kaart 6", "zienswijze waterschap Drents Peelland",
         "Het onderhoud van de stuwen in de Veenvaart wordt overgedragen van de terreinbeheerder aan het "
         "waterschap. De beheerkaart is daarop aangepast.")
    item("Wijziging 5  Herstel zure vennen", "paragraaf 5.3 (herstelmaatregelen stikstof)",
         "advies Overlegorgaan",
         "Gedeputeerde Staten hebben kennisgenomen van het voorstel om in 2027 en 2028 extra herstelmaatregelen "
         "in de vennen uit te voeren. Of en wanneer dat gebeurt, hangt af van de middelen uit het provinciale "
         "programma Natuurherstel, waarover Provinciale Staten in het najaar van 2026 besluiten. Het beheerplan "
         "noemt de vennen daarom als mogelijke aanvullende maatregel, zonder jaartal.")
    d.hd("6.3 Niet overgenomen", 10.5)
    d.para("Een bufferzone van 250 meter rond het hoogveen is niet in het beheerplan opgenomen. Een verbod op het "
           "uitrijden van mest op landbouwgrond buiten het Natura 2000-gebied valt buiten de reikwijdte van een "
           "beheerplan en zou een aparte regeling en schadeloosstelling vergen. Gedeputeerde Staten kiezen voor "
           "vrijwillige afspraken met agrariërs binnen het gebiedsprogramma Oostveen Landelijk Gebied.", size=9.2)
    d.hd("6.4 Redactionele wijzigingen", 10.5)
    d.para("Naast de genoemde inhoudelijke wijzigingen zijn kaarten geactualiseerd, zijn verwijzingen naar de "
           "Wet natuurbescherming vervangen door verwijzingen naar de Omgevingswet en is de begrippenlijst in "
           "bijlage 1 aangevuld.", size=9.2)
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Het Overlegorgaan adviseert het waterpeil in het Zuidveen nog in deze planperiode",
     "gaat in deze planperiode met tien centimeter omhoog", "partly"),
    (2, "Wij adviseren rond het hoogveen een bufferzone van 250 meter",
     "is niet in het beheerplan opgenomen", "disagrees"),
    (3, "Het Overlegorgaan adviseert verder om in 2027 en 2028 extra herstelmaatregelen",
     "hebben kennisgenomen van het voorstel", "noted"),
    (4, "Het Overlegorgaan adviseert het Veenpad tussen 15 maart en 15 juli",
     "Dit onderdeel van het advies is daarmee volledig overgenomen", "agrees"),
    (5, "Stel een aanlijnplicht voor honden in die in het hele",
     "blijven de bestaande losloopgebieden bij Hooghalen-Noord", "partly"),
    (6, "Het Overlegorgaan adviseert de resultaten van de monitoring jaarlijks openbaar te maken",
     "publiceren vanaf 2027 ieder jaar in mei een publieksrapportage", "agrees"),
    (7, "Wij adviseren daarom één gebiedsregisseur aan te stellen die de uitvoering", None, "unanswered"),
]
UNMATCHED = [
    "In die periode zijn elf zienswijzen ingediend",
    "Het onderhoud van de stuwen in de Veenvaart wordt overgedragen",
    "zijn verwijzingen naar de Wet natuurbescherming vervangen",
]
NOTES = ("ADVIES of the OVERLEGORGAAN of a national park on a draft Natura 2000 management plan, answered by the "
         "definitive BEHEERPLAN's annex 'Nota van wijzigingen' (an amended plan listing its changes since the draft). "
         "The Omgevingswet and the Natura 2000 habitat codes are real; the park, the Overlegorgaan, the provincie "
         "Oostveen, the waterschap, the figures and the people are invented. Recommendations: seven UNNUMBERED bold "
         "sentences inside the paragraphs of sections 2-5 ('Het Overlegorgaan adviseert ...', 'Wij adviseren ...', "
         "one imperative 'Stel een aanlijnplicht ...'); numbers are their order. Traps: the Omgevingswet's 'moet', "
         "the 2019 advice quoted, Tabel 1, the ecologists' 'zou ... moeten komen', the entrepreneurs' 'moet blijven', "
         "the closing 'Samengevat vragen wij u ...'. Response: Wijziging 1 = 4 agrees + 5 partly (leash only in the "
         "breeding season); Wijziging 2 = 1 partly (ten, not twenty centimetres); Wijziging 3 = 6 agrees; Wijziging 4 "
         "(the waterschap's zienswijze) answers nothing; Wijziging 5 = 3 noted ('hebben kennisgenomen', depends on "
         "a later budget decision); 6.3 'Niet overgenomen' = 2 disagrees; 6.1 and 6.4 answer nothing; 7 "
         "(gebiedsregisseur) unanswered. The response never names a recommendation by number.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

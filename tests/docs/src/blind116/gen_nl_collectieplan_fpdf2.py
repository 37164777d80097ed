"""Round 116 (nl): the ADVIES of the COLLECTIECOMMISSIE of a municipal museum (the committee of experts the
verordening gives the college for decisions on the museum's collection and on deaccessioning) on the
concept-Collectieplan, answered by the BESLUITENLIJST of the college's weekly meeting: one agenda item among seven
answers the advice in numbered decision points of its own.

Advice (fpdf2, serif, 3 p., a slate-blue left band on p. 1, running head from p. 2, '- n -' centred): the Erfgoedwet
and the verordening 'moet' (traps), the plan's aims as a numbered list 1.-4. (trap), findings that open with 'Ten
eerste ... Ten tweede ...' (trap: ordinals that recommend nothing), the committee's 2021 advice quoted with 'moet'
(not realised; trap), a 'Wij concluderen'; recommendations are UNNUMBERED ORDINAL SENTENCES in running paragraphs of
chapter 5 ('Ten eerste adviseren wij ...', 'Ten tweede ...', ..., 'Ten slotte ...'; expected 1-7), the fourth across
the page break; closing line citing 'het eerste, derde en zesde advies'. Response: a BESLUITENLIJST with agenda items
1-7; item 4 answers the advice in decision points '1.'-'7.' of its own (point 1 adopts the plan, point 7 informs the
raad; neither answers a recommendation), in the order 3, 1+4, 2, 5, 7; the sixth recommendation is unanswered; the
other agenda items answer nothing. All invented.

Run: /tmp/blind116nl/bin/python tests/docs/src/blind116/gen_nl_collectieplan_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b116nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind116_nl_collectieplan"
F = B.tmp_fonts("B116NL Serif", B.SERIF_FILES)
FS = B.tmp_fonts()
SLATE = (52, 73, 102)
PALE = (232, 237, 244)
GREY = (95, 95, 95)
LH = 5.1


class Doc(FPDF):
    head = ""
    foot = "- {n} -"
    band = True

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*SLATE)
                self.rect(0, 0, 9, self.h, style="F")
            self.set_y(16)
        else:
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*SLATE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no(), m="{nb}"), align="C")
        self.set_text_color(0, 0, 0)


def new(head, foot, date, band=True):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(*date, tzinfo=datetime.timezone.utc))
    pdf.head, pdf.foot, pdf.band = head, foot, band
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("R", style, F[key])
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(26, 16, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=10, style="", after=2.6, indent=0):
    pdf.set_font("R", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.epw - indent, LH, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
    pdf.ln(after)


def head(pdf, text, size=11.5):
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*SLATE)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def items(pdf, rows, size=10, width=7):
    pdf.set_font("R", "", size)
    for mark, text in rows:
        y = pdf.get_y()
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(width, LH, mark)
        pdf.set_xy(pdf.l_margin + 3 + width, y)
        pdf.multi_cell(pdf.epw - 3 - width, LH, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1.8)


def advice():
    pdf = new("Collectiecommissie Museum Het Waaghuis - advies concept-Collectieplan 2027-2031", "- {n} -",
              (2026, 10, 20))
    pdf.set_font("S", "B", 9)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 5, "COLLECTIECOMMISSIE MUSEUM HET WAAGHUIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, "ingesteld bij de Verordening Collectiecommissie Dokkerveen 2018\nsecretariaat: "
                   "Waagplein 3, 4871 BK Dokkerveen", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("R", "", 9.5)
    for k, v in (("Aan", "het college van burgemeester en wethouders van Dokkerveen"), ("Datum", "20 oktober 2026"),
                 ("Ons kenmerk", "CC-2026-11"), ("Onderwerp", "advies over het concept-Collectieplan 2027-2031")):
        pdf.set_font("R", "B", 9.5)
        pdf.cell(32, 5, k)
        pdf.set_font("R", "", 9.5)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(7)
    pdf.set_font("S", "B", 16)
    pdf.multi_cell(0, 8, "Zorg voor wat blijft", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("R", "I", 10)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 5, "Advies over het concept-Collectieplan Museum Het Waaghuis 2027-2031", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    head(pdf, "1. Aanleiding")
    para(pdf, "Op 1 september 2026 vroeg u ons om advies over het concept-Collectieplan Museum Het Waaghuis "
              "2027-2031. Volgens artikel 2 van de Verordening Collectiecommissie moet het college de commissie "
              "horen voordat het een collectieplan vaststelt of besluit over het afstoten van objecten. De commissie "
              "bestaat uit vijf deskundigen uit de museumwereld, de archiefwereld en de wetenschap; zij zijn niet "
              "in dienst van de gemeente.")
    para(pdf, "Het museum beheert ongeveer 38.000 objecten: stadsgeschiedenis, textiel en klederdracht, zilver, "
              "prenten en een kleine collectie uit de voormalige koloniën. De collectie is eigendom van de gemeente. "
              "Wie objecten uit een museale collectie wil afstoten, moet zich volgens de Erfgoedwet en de "
              "landelijke leidraad voor het afstoten aan een zorgvuldige procedure houden.")
    para(pdf, "Het concept-plan noemt vier doelen:")
    items(pdf, [("1.", "de collectie scherper profileren op de geschiedenis van Dokkerveen als waag- en marktstad;"),
                ("2.", "ongeveer 3.500 objecten afstoten die niet bij dat profiel passen;"),
                ("3.", "de collectie onderbrengen in het nieuwe regionale depot in Westerdijk;"),
                ("4.", "de registratie en digitalisering op orde brengen.")])
    head(pdf, "2. Wat wij zagen")
    para(pdf, "De commissie bezocht het depot aan de Looierskade en de tijdelijke opslag in de oude brandweerkazerne, "
              "sprak met de directeur, de conservatoren en de registrator, en las het concept-plan en de bijlagen.")
    para(pdf, "Twee dingen vallen op. Ten eerste is het plan helder over wat het museum wil verzamelen, maar veel "
              "minder over wat het wil afstoten en in welk tempo. Ten tweede hangt vrijwel alles af van de verhuizing "
              "naar Westerdijk, terwijl de bouw van dat depot al twee keer is uitgesteld. Het depot aan de "
              "Looierskade voldoet niet meer: in de zomer van 2025 liep de luchtvochtigheid twee weken boven de 70 "
              "procent, en in de textielzaal zijn motten gevonden.")
    para(pdf, "De registratie loopt achter. Van de 38.000 objecten zijn er ongeveer 14.000 nog niet digitaal "
              "beschreven. Zonder registratie kan het museum niet goed bepalen wat het wil afstoten, en weet het "
              "soms niet eens precies wat het heeft. In ons advies over het vorige collectieplan schreven wij:")
    para(pdf, "'Het museum moet de registratie binnen vijf jaar op orde hebben.'", style="I", indent=10)
    para(pdf, "Dat is niet gelukt, al is er wel vooruitgang: in 2021 was nog de helft van de collectie niet "
              "beschreven. Wij concluderen dat het plan op de goede weg is, maar dat het zonder extra menskracht "
              "en zonder een zeker depot op onderdelen niet uitvoerbaar is.")
    head(pdf, "3. Afstoten")
    para(pdf, "Afstoten is voor een museum een ingrijpende stap. Objecten zijn vaak geschonken door inwoners of "
              "verenigingen, die er een band mee hebben. Het concept-plan stelt voor om objecten eerst aan te bieden "
              "aan andere musea, en wat niemand wil te verkopen. Het plan zegt niets over de opbrengst. De "
              "gemeentelijke Nota reserves en voorzieningen bepaalt dat opbrengsten van verkochte bezittingen naar "
              "de algemene reserve gaan, tenzij de raad anders besluit.")
    para(pdf, "In de collectie bevinden zich ook ruim 600 objecten uit Indonesië en Suriname, die tussen 1880 en "
              "1950 zijn verworven. Van de meeste is niet bekend hoe zij in het bezit van de schenkers zijn gekomen. "
              "Het concept-plan noemt deze objecten, maar stelt er geen onderzoek naar voor.")
    para(pdf, "Het concept-plan noemt als voorbeelden van objecten die niet bij het profiel passen de collectie "
              "landbouwgereedschap, een verzameling van ruim 400 flessen en potten uit een voormalige apotheek, en "
              "een groot deel van de meubels uit de twintigste eeuw. Voor een deel van deze objecten hebben het "
              "Nederlands Openluchtmuseum en twee regionale musea al belangstelling getoond.")
    head(pdf, "4. Mensen en middelen")
    para(pdf, "Het museum heeft 11,4 fte in vaste dienst, waarvan 1,0 fte voor registratie en 0,8 fte voor "
              "collectiebeheer. Het jaarlijkse budget voor collectiezorg is 84.000 euro; daarvan gaat bijna de helft "
              "op aan de huur en de klimaatinstallatie van de tijdelijke opslag. De verhuizing naar Westerdijk is "
              "in de meerjarenbegroting geraamd op 410.000 euro. Wij hebben niet kunnen vaststellen of dat bedrag "
              "ook de verpakking en het transport van het textiel dekt; het plan is daarover niet duidelijk.")
    para(pdf, "Ruim honderd vrijwilligers van de historische vereniging helpen het museum bij rondleidingen en "
              "evenementen. Een kleine groep werkt mee aan de registratie, maar zonder vaste begeleiding gaat dat "
              "werk langzaam.")
    head(pdf, "5. Ons advies")
    para(pdf, "Wij kunnen ons in grote lijnen vinden in het concept-plan. Het profiel is helder, en de keuze om de "
              "collectie kleiner en beter verzorgd te maken is verstandig. Wij hebben wel zeven adviezen.")
    para(pdf, "Ten eerste adviseren wij het college om het depot aan de Looierskade niet te sluiten voordat het "
              "regionale depot in Westerdijk volledig klimaatbeheerst en beveiligd in gebruik is. Een tussentijdse "
              "verhuizing naar tijdelijke opslag brengt de collectie meer schade toe dan het oude depot. Ten tweede "
              "adviseren wij om de opbrengst van verkochte objecten volledig te besteden aan de collectie, zoals de "
              "beroepscode voor musea vraagt, en niet aan de algemene middelen van de gemeente.")
    para(pdf, "Ten derde vragen wij u om de achterstand in de registratie binnen drie jaar in te lopen en daarvoor "
              "twee extra registratoren aan te stellen. De huidige ene registrator kan de achterstand naast het "
              "dagelijkse werk niet wegwerken. Ten vierde adviseren wij om de collectie online toegankelijk te maken "
              "via een openbaar collectieportaal, waarop afbeeldingen zonder auteursrecht vrij te downloaden zijn.")
    para(pdf, "Ten vijfde adviseren wij om inwoners, verenigingen en schenkers te betrekken bij keuzes over "
              "afstoten, bijvoorbeeld met een jaarlijkse openbare avond waarop de lijst van voorgenomen afstotingen "
              "wordt besproken. Zo voorkomt het museum dat een schenker via de krant hoort dat zijn object is "
              "verkocht. Ten zesde adviseren wij om een herkomstonderzoek te laten doen naar de objecten uit de "
              "voormalige koloniën en de uitkomsten openbaar te maken, voordat over afstoten of teruggave van deze "
              "objecten wordt besloten.")
    para(pdf, "Ten slotte adviseren wij het college om de commissie ieder jaar te laten rapporteren over de "
              "uitvoering van het collectieplan, in plaats van eens in de vijf jaar. Vijf jaar is te lang om bij "
              "te sturen als de verhuizing of het afstoten anders loopt dan gepland.")
    head(pdf, "6. Tot slot")
    para(pdf, "Wij zijn graag bereid het eerste, derde en zesde advies mondeling toe te lichten, bijvoorbeeld in de "
              "commissie Samenleving van de raad.")
    para(pdf, "Met vriendelijke groet,\n\nDr. M.C. (Marleen) van Assendelft, voorzitter\nR. Okkerse, secretaris",
         after=0)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Gemeente Dokkerveen - besluitenlijst collegevergadering 17 november 2026", "pagina {n} van {m}",
              (2026, 11, 18), band=False)
    pdf.set_font("S", "B", 13)
    pdf.cell(0, 7, "Gemeente Dokkerveen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "B", 11)
    pdf.set_text_color(*SLATE)
    pdf.cell(0, 6, "Besluitenlijst van de vergadering van burgemeester en wethouders", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_fill_color(*PALE)
    pdf.set_font("S", "", 8.6)
    meta = (("Datum", "dinsdag 17 november 2026, 9.30 uur, kamer van de burgemeester"),
            ("Aanwezig", "burgemeester J.W. Halsema-Dorp (voorzitter); wethouders A. Verbeek, K. el Idrissi en "
                         "P. Smulders; gemeentesecretaris H.G. Boon"),
            ("Afwezig", "-"), ("Notulist", "T. de Haas"))
    for k, v in meta:
        y = pdf.get_y()
        pdf.set_font("S", "B", 8.6)
        pdf.cell(26, 5, k, fill=True)
        pdf.set_xy(pdf.l_margin + 26, y)
        pdf.set_font("S", "", 8.6)
        pdf.multi_cell(0, 5, v, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def item(no, title, port, lines):
        pdf.set_draw_color(*SLATE)
        pdf.set_line_width(0.25)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)
        pdf.set_font("S", "B", 10)
        y = pdf.get_y()
        pdf.cell(9, 5.4, f"{no}.")
        pdf.set_xy(pdf.l_margin + 9, y)
        pdf.multi_cell(0, 5.4, title, new_x="LMARGIN", new_y="NEXT")
        if port:
            pdf.set_font("S", "", 8.2)
            pdf.set_text_color(*GREY)
            pdf.set_x(pdf.l_margin + 9)
            pdf.cell(0, 4.4, port, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        pdf.ln(1)
        for kind, text in lines:
            if kind == "p":
                para(pdf, text, size=9.6, indent=9, after=1.6)
            else:
                pdf.set_font("R", "", 9.6)
                y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 15)
                pdf.cell(6, LH, kind)
                pdf.set_xy(pdf.l_margin + 21, y)
                pdf.multi_cell(pdf.epw - 21, LH, text, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
        pdf.ln(2.5)

    item(1, "Opening en vaststelling van de agenda", "", [("p", "De agenda wordt ongewijzigd vastgesteld.")])
    item(2, "Besluitenlijst van 10 november 2026", "", [("p", "De besluitenlijst wordt zonder wijzigingen "
                                                               "vastgesteld.")])
    item(3, "Subsidie Stichting Winterfeest Dokkerveen 2026", "Portefeuillehouder: wethouder P. Smulders",
         [("p", "**Besluit:** de Stichting Winterfeest Dokkerveen voor de editie van 2026 een eenmalige subsidie "
                "van 12.500 euro te verlenen, onder de voorwaarde dat de ijsbaan uiterlijk om 22.00 uur sluit.")])
    item(4, "Collectieplan Museum Het Waaghuis 2027-2031 en advies van de Collectiecommissie",
         "Portefeuillehouder: wethouder A. Verbeek (cultuur)",
         [("p", "Het college bespreekt het concept-Collectieplan en het advies van de Collectiecommissie van 20 "
                "oktober 2026 (CC-2026-11). **Besluit:**"),
          ("1.", "het Collectieplan Museum Het Waaghuis 2027-2031 vast te stellen, met de wijzigingen die "
                 "voortvloeien uit de punten 2 tot en met 6, en het aan de raad voor te leggen;"),
          ("2.", "het derde advies van de commissie gedeeltelijk over te nemen: de registratieachterstand wordt "
                 "ingelopen met één extra registrator voor drie jaar (62.000 euro per jaar, ten laste van het "
                 "budget Cultuurhistorie), niet met twee; het museum maakt daarbij gebruik van vrijwilligers van "
                 "de historische vereniging;"),
          ("3.", "het eerste en het vierde advies over te nemen: het depot aan de Looierskade blijft in gebruik tot "
                 "het regionale depot Westerdijk volledig is opgeleverd en goedgekeurd, zonder tussentijdse "
                 "opslag; het museum opent in het najaar van 2027 een online collectieportaal, met vrij "
                 "downloadbare afbeeldingen van werken waarop geen auteursrecht meer rust;"),
          ("4.", "het tweede advies niet over te nemen; de opbrengst van verkochte objecten gaat, zoals bepaald in de "
                 "Nota reserves en voorzieningen 2025, voor de helft naar de algemene reserve en voor de helft naar "
                 "het aankoopfonds van het museum;"),
          ("5.", "kennis te nemen van het vijfde advies over een openbare avond over afstoten, en de directeur van "
                 "het museum te vragen in 2027 te onderzoeken hoe inwoners en schenkers bij afstoten kunnen worden "
                 "betrokken;"),
          ("6.", "in te stemmen met het laatste advies van de commissie, met dien verstande dat de commissie niet "
                 "ieder jaar maar om de twee jaar rapporteert over de uitvoering van het plan;"),
          ("7.", "de raad met bijgaande raadsinformatiebrief te informeren en de Collectiecommissie per brief te "
                 "bedanken voor haar zorgvuldige advies."),
          ("p", "Openbaar: ja, na verzending van de raadsinformatiebrief. Communicatie: bericht op de website van het "
                "museum.")])
    item(5, "Beantwoording schriftelijke vragen over de verlichting van het fietspad langs de Molenweg",
         "Portefeuillehouder: wethouder K. el Idrissi",
         [("p", "**Besluit:** de vragen van de fractie van Dokkerveen Lokaal van 28 oktober 2026 te beantwoorden "
                "conform de bijgevoegde brief; de verlichting met bewegingssensoren wordt in het voorjaar van 2027 "
                "aangelegd.")])
    item(6, "Uitvoeringsprogramma Lokaal Sportakkoord 2027", "Portefeuillehouder: wethouder P. Smulders",
         [("p", "**Besluit:** het uitvoeringsprogramma vast te stellen en de sportverenigingen in de "
                "sportraadsvergadering van december te informeren over de drie nieuwe beweegprojecten.")])
    item(7, "Wat verder ter tafel komt", "",
         [("p", "De burgemeester meldt dat de ontvangst van de nieuwe inwoners op zaterdag 16 januari 2027 in het "
                "stadhuis plaatsvindt. Wethouder Verbeek meldt dat het museum in december een kerstconcert in de "
                "Waagzaal organiseert.")])
    pdf.ln(2)
    para(pdf, "Vastgesteld in de vergadering van 24 november 2026.\nDe secretaris, H.G. Boon            De "
              "burgemeester, J.W. Halsema-Dorp", size=9)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "Ten eerste adviseren wij het college om het depot aan de Looierskade",
         "blijft in gebruik tot het regionale depot Westerdijk volledig is opgeleverd", "agrees"),
        (2, "Ten tweede adviseren wij om de opbrengst van verkochte objecten",
         "voor de helft naar de algemene reserve en voor de helft", "disagrees"),
        (3, "Ten derde vragen wij u om de achterstand in de registratie",
         "ingelopen met één extra registrator voor drie jaar", "partly"),
        (4, "Ten vierde adviseren wij om de collectie online toegankelijk te maken",
         "het museum opent in het najaar van 2027 een online collectieportaal", "agrees"),
        (5, "Ten vijfde adviseren wij om inwoners, verenigingen en schenkers te betrekken",
         "de directeur van het museum te vragen in 2027 te onderzoeken", "noted"),
        (6, "Ten zesde adviseren wij om een herkomstonderzoek te laten doen", None, "unanswered"),
        (7, "Ten slotte adviseren wij het college om de commissie ieder jaar",
         "niet ieder jaar maar om de twee jaar rapporteert", "partly"),
    ]
    unmatched = ["een eenmalige subsidie van 12.500 euro te verlenen",
                 "de verlichting met bewegingssensoren wordt in het voorjaar van 2027",
                 "de sportverenigingen in de sportraadsvergadering van december te informeren",
                 "de ontvangst van de nieuwe inwoners op zaterdag 16 januari"]
    notes = ("Collectiecommissie of Museum Het Waaghuis (gemeente Dokkerveen), advies CC-2026-11 on the "
             "concept-Collectieplan 2027-2031 (3 p., fpdf2, serif, slate band on p. 1, running head from p. 2, '- n -'). "
             "Traps: the verordening 'moet ... horen' and the Erfgoedwet 'moet', the plan's four aims as a numbered "
             "list 1.-4., findings opening 'Ten eerste is het plan helder ... Ten tweede hangt vrijwel alles af ...' "
             "(ordinals that recommend nothing), the 2021 advice quoted with 'moet' (not realised, but quoted), 'Wij "
             "concluderen', and a closing line citing 'het eerste, derde en zesde advies'. Recommendations are "
             "UNNUMBERED ORDINAL SENTENCES, two to a paragraph, in chapter 5 ('Ten eerste adviseren wij' ... 'Ten "
             "zesde adviseren wij', 'Ten slotte adviseren wij'; expected 1-7), the fourth cut mid-sentence by the page break; "
             "chapters numbered '1.'-'6.' and a 'Mensen en middelen' chapter with figures. Response: the college's BESLUITENLIJST "
             "of 17 November 2026, agenda items 1-7; only item 4 concerns the advice, with decision points 1.-7. of "
             "its own (point 1 adopts the plan, point 7 informs the raad and thanks the commissie: no replies). "
             "Order 3, 1+4, 2, 5, 7 by ordinal. 3 partly (one extra registrator, not two). Point 3 'het eerste en "
             "het vierde advies over te nemen' = 1 agrees (Looierskade stays in use until Westerdijk is ready) + 4 "
             "agrees (online portal in autumn 2027). 2 disagrees ('niet over te nemen'; half of the proceeds to the "
             "algemene reserve). 5 noted ('kennis te nemen van', the director to study it in 2027). 7 partly (reports "
             "every two years, not yearly). 6 (herkomstonderzoek) is not answered. Agenda items 1-3 and 5-7 "
             "(winterfeest subsidy, schriftelijke vragen on lighting, Sportakkoord, wat verder ter tafel komt) answer "
             "nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

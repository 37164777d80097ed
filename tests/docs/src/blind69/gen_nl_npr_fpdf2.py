"""Round 69 (nl): the JAARVERSLAG of the Belgian NATIONALE PRODUCTIVITEITSRAAD (NPR, the national productivity board
set up after the EU Council recommendation of 20 September 2016), its recommendations in a closing chapter, answered
inside the federal government's NATIONAAL HERVORMINGSPROGRAMMA (NHP, the yearly report to the European Commission
in the European Semester): a shaded 'Kader' within a policy chapter that takes up the NPR's recommendations, with
the chapter's own text before and after it.

Advice: 'Jaarverslag 2025' (invented), 3 p.: a title band, 'Samenvatting' that PARAPHRASES the recommendations in
one sentence, '1 Inleiding' (the EU recommendation's 'moeten ... publiceren'), '2 Productiviteit in België' (Tabel 1,
'De Raad stelt vast', 'zou ... moeten'), '3 Opvolging van het jaarverslag 2023' (a ruled table of LAST report's
recommendations in imperative short form with their status), '4 Aanbevelingen': after 'De Raad formuleert de
volgende aanbevelingen.' SEVEN UNNUMBERED items with a square bullet and a BOLD SHORT TITLE ('Kennisdiffusie naar
kmo's.') followed by the sentence 'De Raad beveelt aan ...' / 'De Raad vraagt ...'; numbers are their order.
Response: NHP 2026 excerpt, 2 p.: '3.4 Productiviteit en concurrentievermogen' (prose on the Semester: nothing),
then 'Kader 3 - Opvolging van het Jaarverslag 2025 van de Nationale Productiviteitsraad' (a shaded box): an
introduction (nothing), paragraphs with bold run-in keywords in another order: 'Overheidsinvesteringen.' (5
partly), 'Innovatie en digitale vaardigheden.' (1 disagrees, 2 agrees), 'Mededinging.' (3 agrees),
'Registratierechten.' (4 noted: regional competence, passed on), 'Evaluatie van steunmaatregelen.' (7 partly);
6 (access to microdata) unanswered; after the box '3.5 Energieprijzen' (nothing).
Engine: fpdf2 (DejaVu, no text shaping; square bullets drawn as rectangles, the box as filled multi_cells, fixed
creation date).

Run: /tmp/blind69nl/bin/python tests/docs/src/blind69/gen_nl_npr_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b69nl as B  # noqa: E402

NAME = "blind69_nl_npr"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 98, 110)
GREY = (95, 95, 95)
PALE = (228, 240, 241)
BOX = (240, 238, 228)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 4, 28, 10, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 22
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 20, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 10)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            t = ("Nationale Productiviteitsraad  -  Jaarverslag 2025" if self.kind == "adv"
                 else "Nationaal Hervormingsprogramma 2026  -  België")
            self.cell(self.tw, 4, t, align="R")
            self.set_draw_color(*TEAL)
            self.line(self.lm, 15, self.w - self.lm, 15)
            self.set_text_color(0)
            self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.4)
        self.cell(0, 4, f"{self.page_no() + (0 if self.kind == 'adv' else 37)}", align="C")
        self.set_text_color(0)


def head(d, t, size=11.0):
    d.ln(2.5)
    if d.will_page_break(22):
        d.add_page()
    d.set_font("sa", "B", size)
    d.set_text_color(*TEAL)
    d.multi_cell(d.tw, 5.6, t, new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0)
    d.ln(1)


def para(d, t, fam="se", size=9.2, lh=4.9, after=2.4, stl=""):
    d.set_font(fam, stl, size)
    d.multi_cell(d.tw, lh, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
    d.ln(after)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(0, 0, d.w, 50, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm, 14)
    d.set_font("sa", "B", 10)
    d.cell(d.tw, 5, "NATIONALE PRODUCTIVITEITSRAAD", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 20)
    d.cell(d.tw, 11, "Jaarverslag 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10)
    d.cell(d.tw, 5, "Productiviteit en concurrentievermogen in België: de kloof met de kopgroep dichten",
           new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.cell(d.tw, 5, "Brussel, december 2025", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(58)
    head(d, "Samenvatting")
    para(d, "De productiviteitsgroei in België is sinds 2015 gemiddeld 0,6 procent per jaar, tegenover 1,3 procent "
         "in de jaren 1995-2007. De achterstand zit vooral bij de kleine en middelgrote ondernemingen en in de "
         "diensten. De Raad formuleert in hoofdstuk 4 zeven aanbevelingen, onder meer over innovatie in kmo's, "
         "digitale vaardigheden, mededinging en publieke investeringen.")
    head(d, "1  Inleiding")
    para(d, "Volgens de aanbeveling van de Raad van de Europese Unie van 20 september 2016 over de oprichting van "
         "nationale productiviteitsraden moeten deze raden jaarlijks een verslag publiceren over de ontwikkeling "
         "van de productiviteit en het concurrentievermogen. Dit is het zesde jaarverslag van de Raad. Het werd "
         "goedgekeurd op de plenaire vergadering van 4 december 2025.")
    head(d, "2  Productiviteit in België")
    para(d, "Tabel 1 vergelijkt de groei van de arbeidsproductiviteit per gewerkt uur met die van de buurlanden.")
    d.set_font("sa", "", 8.2)
    with d.table(width=130, col_widths=(52, 26, 26, 26), line_height=4.6, align="LEFT",
                 text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        for r in (("Land", "1995-2007", "2008-2014", "2015-2024"), ("België", "1,4", "0,5", "0,6"),
                  ("Nederland", "1,5", "0,4", "0,8"), ("Duitsland", "1,6", "0,7", "0,7"),
                  ("Frankrijk", "1,5", "0,6", "0,4"), ("Eurozone", "1,3", "0,6", "0,7")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("sa", "I", 7.4)
    d.set_text_color(*GREY)
    d.cell(d.tw, 5, "Tabel 1. Gemiddelde jaarlijkse groei van de productiviteit per uur, in procent (bron: "
           "Eurostat, berekeningen NPR)", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    para(d, "De Raad stelt vast dat de meest productieve ondernemingen in België niet achterblijven bij de "
         "internationale kopgroep. Het probleem is dat nieuwe technologie slechts traag doorsijpelt naar de rest "
         "van de economie. Het beleid zou daarom meer moeten inzetten op de verspreiding van kennis dan op "
         "steun aan de koplopers.")
    para(d, "De publieke investeringen bedroegen in 2024 2,6 procent van het bbp, tegenover 3,3 procent gemiddeld in "
         "de eurozone. Vooral de investeringen in vervoer en energienetten bleven achter.")
    head(d, "3  Opvolging van het jaarverslag 2023")
    para(d, "De Raad volgt op hoe zijn eerdere aanbevelingen werden uitgevoerd. Tabel 2 geeft de stand van zaken "
         "voor de vier aanbevelingen uit het jaarverslag 2023.")
    d.set_font("sa", "", 8.0)
    with d.table(width=d.tw, col_widths=(110, 56), line_height=4.4, align="LEFT",
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        for r in (("Aanbeveling uit het jaarverslag 2023", "Stand van zaken eind 2025"),
                  ("Verlaag de lasten op arbeid voor lage lonen", "gedeeltelijk uitgevoerd"),
                  ("Versterk de opleiding van werkzoekenden in tekortberoepen", "in uitvoering"),
                  ("Vereenvoudig de vergunningsprocedures voor bedrijven", "niet uitgevoerd"),
                  ("Koppel de indexering van lonen aan de productiviteit", "niet uitgevoerd")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("sa", "I", 7.4)
    d.set_text_color(*GREY)
    d.cell(d.tw, 5, "Tabel 2. Opvolging van de aanbevelingen uit het jaarverslag 2023", new_x="LMARGIN",
           new_y="NEXT")
    d.set_text_color(0)
    head(d, "4  Aanbevelingen")
    para(d, "De Raad formuleert de volgende aanbevelingen. Ze richten zich tot de federale regering, tenzij anders "
         "vermeld.")
    recs = [
        ("Kennisdiffusie naar kmo's.", "De Raad beveelt aan om de federale fiscale steun voor onderzoek en "
         "ontwikkeling zo te herzien dat ook kmo's zonder eigen onderzoeksafdeling er gebruik van kunnen maken."),
        ("Digitale vaardigheden.", "De Raad vraagt de federale regering en de deelstaten een gezamenlijk plan op te "
         "stellen om tegen 2030 ten minste 80 procent van de volwassenen basale digitale vaardigheden te laten "
         "verwerven."),
        ("Mededinging.", "De Raad beveelt aan de Belgische Mededingingsautoriteit bijkomende middelen toe te kennen "
         "voor sectoronderzoeken in de kleinhandel en de vrije beroepen."),
        ("Arbeidsmobiliteit.", "De Raad beveelt de gewesten aan de registratierechten op de aankoop van een enige "
         "woning verder te verlagen, zodat werknemers gemakkelijker kunnen verhuizen voor een nieuwe job."),
        ("Publieke investeringen.", "De Raad beveelt aan de publieke investeringen tegen 2030 op te trekken tot 4 "
         "procent van het bbp, met voorrang voor vervoer en energienetten."),
        ("Toegang tot data.", "De Raad vraagt de regering de toegang van onderzoekers tot administratieve "
         "microdata van de Kruispuntbank van de Sociale Zekerheid te vereenvoudigen."),
        ("Evaluatie van beleid.", "De Raad beveelt aan om voor elke nieuwe steunmaatregel voor bedrijven vooraf een "
         "evaluatiekader met meetbare doelstellingen vast te leggen."),
    ]
    ind = 6
    for title, text in recs:
        d.set_font("se", "", 9.2)
        if d.will_page_break(10):
            d.add_page()
        y = d.get_y()
        d.set_fill_color(*TEAL)
        d.rect(d.lm + 0.6, y + 1.5, 2.1, 2.1, style="F")
        d.set_xy(d.lm + ind, y)
        d.multi_cell(d.tw - ind, 4.9, f"**{title}** {text}", new_x="LMARGIN", new_y="NEXT", align="J",
                     markdown=True)
        d.ln(1.8)
    d.ln(1)
    para(d, "De Raad zal de opvolging van deze aanbevelingen bespreken in zijn volgende jaarverslag.")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 9)
    d.set_text_color(*TEAL)
    d.cell(d.tw, 5, "NATIONAAL HERVORMINGSPROGRAMMA 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(1)
    head(d, "3.4  Productiviteit en concurrentievermogen", 11.5)
    para(d, "In het kader van het Europees Semester 2026 vroeg de Raad van de Europese Unie België opnieuw om de "
         "productiviteitsgroei te versterken en de administratieve lasten voor ondernemingen te verminderen. De "
         "regering keurde daartoe in maart 2026 een Productiviteitspact goed, dat in de volgende paragrafen wordt "
         "toegelicht.")
    para(d, "De vermindering van de administratieve lasten verloopt via een nieuw programma 'Eenmalige "
         "gegevensopvraging', waarbij bedrijven dezelfde gegevens nog maar één keer aan de federale overheid moeten "
         "bezorgen. Tegen 2028 moet dat de lasten met 15 procent verminderen.")
    d.ln(1)
    box = []
    box.append(("h", "Kader 3  -  Opvolging van het Jaarverslag 2025 van de Nationale Productiviteitsraad"))
    box.append(("p", "De Nationale Productiviteitsraad publiceerde in december 2025 zijn zesde jaarverslag. De "
                     "regering heeft de aanbevelingen besproken met de deelstaten en de sociale partners en geeft hieronder "
                     "aan hoe zij ermee omgaat."))
    box.append(("p", "**Overheidsinvesteringen.** De regering deelt de analyse dat de publieke investeringen achterblijven. "
                     "Zij legt het tussendoel voor 2030 op 3,5 procent van het bbp; het niveau van 4 procent wordt pas "
                     "tegen 2035 beoogd, gelet op het begrotingstraject dat met de Europese Commissie is "
                     "overeengekomen."))
    box.append(("p", "**Innovatie en digitale vaardigheden.** De bedrijfsvoorheffingsvrijstelling voor onderzoekers en "
                     "de octrooiaftrek blijven ongewijzigd: de regering hecht aan de stabiliteit van deze stelsels en "
                     "wijzigt ze in deze legislatuur niet. Samen met de gemeenschappen en gewesten werkt de regering "
                     "wel een gezamenlijk actieplan Digitale vaardigheden 2030 uit, met de doelstelling die de Raad "
                     "voorstelt; het plan wordt in het najaar voorgelegd aan het Overlegcomité."))
    box.append(("p", "**Mededinging.** De personeelsformatie van de Belgische Mededingingsautoriteit wordt in 2026 "
                     "uitgebreid met twaalf voltijdse equivalenten, die worden ingezet voor sectoronderzoeken. Het "
                     "eerste onderzoek betreft de kleinhandel in voeding."))
    box.append(("p", "**Registratierechten.** Deze aanbeveling betreft een bevoegdheid van de gewesten. De federale "
                     "regering heeft het jaarverslag aan de gewestregeringen overgemaakt."))
    box.append(("p", "**Evaluatie van steunmaatregelen.** Voor nieuwe steunmaatregelen met een budget van meer dan 50 "
                     "miljoen euro per jaar wordt voortaan vooraf een evaluatiekader vastgelegd. Voor kleinere "
                     "maatregelen acht de regering dat niet evenredig."))
    d.set_fill_color(*BOX)
    d.set_draw_color(*TEAL)
    pad = 4
    y0 = d.get_y()
    d.set_line_width(0.6)
    d.line(d.lm, y0, d.lm + d.tw, y0)
    for kind, t in box:
        if kind == "h":
            d.set_font("sa", "B", 9.6)
            d.set_text_color(*TEAL)
            d.multi_cell(d.tw, pad, "", new_x="LMARGIN", new_y="NEXT", fill=True)
            d.set_x(d.lm)
            d.multi_cell(d.tw, 5.2, t, new_x="LMARGIN", new_y="NEXT", fill=True, align="L", padding=(0, pad, 0, pad))
            d.set_text_color(0)
            d.multi_cell(d.tw, 2, "", new_x="LMARGIN", new_y="NEXT", fill=True)
        else:
            d.set_font("sa", "", 8.7)
            d.multi_cell(d.tw, 4.6, t, new_x="LMARGIN", new_y="NEXT", fill=True, align="J", markdown=True,
                         padding=(0, pad, 0, pad))
            d.multi_cell(d.tw, 2.2, "", new_x="LMARGIN", new_y="NEXT", fill=True)
    d.line(d.lm, d.get_y(), d.lm + d.tw, d.get_y())
    d.set_line_width(0.2)
    d.ln(4)
    head(d, "3.5  Energieprijzen", 11.5)
    para(d, "De hoge energieprijzen wegen op het concurrentievermogen van de energie-intensieve industrie. De "
         "regering verlengt de verlaagde federale bijdrage op elektriciteit voor de industrie tot eind 2027 en "
         "bereidt samen met de netbeheerders een hervorming van de nettarieven voor.")
    para(d, "Tegelijk investeert de regering via het Herstel- en Veerkrachtplan in de uitbreiding van de "
         "interconnectie met de buurlanden, zodat de prijzen op de groothandelsmarkt beter aansluiten bij die in "
         "Nederland, Frankrijk en Duitsland.")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "De Raad beveelt aan om de federale fiscale steun voor onderzoek",
         "wijzigt ze in deze legislatuur niet", "disagrees"),
        ("2", "De Raad vraagt de federale regering en de deelstaten een gezamenlijk",
         "wel een gezamenlijk actieplan Digitale vaardigheden 2030 uit", "agrees"),
        ("3", "De Raad beveelt aan de Belgische Mededingingsautoriteit bijkomende middelen toe",
         "uitgebreid met twaalf voltijdse equivalenten", "agrees"),
        ("4", "De Raad beveelt de gewesten aan de registratierechten op de aankoop",
         "Deze aanbeveling betreft een bevoegdheid van de gewesten", "noted"),
        ("5", "De Raad beveelt aan de publieke investeringen tegen 2030 op te",
         "Zij legt het tussendoel voor 2030 op 3,5 procent", "partly"),
        ("6", "De Raad vraagt de regering de toegang van onderzoekers tot administratieve", None, "unanswered"),
        ("7", "De Raad beveelt aan om voor elke nieuwe steunmaatregel voor bedrijven",
         "Voor kleinere maatregelen acht de regering dat niet evenredig", "partly"),
    ], [
        "keurde daartoe in maart 2026 een Productiviteitspact goed",
        "waarbij bedrijven dezelfde gegevens nog maar één keer",
        "De regering heeft de aanbevelingen besproken met de deelstaten",
        "verlengt de verlaagde federale bijdrage op elektriciteit",
    ], "JAARVERSLAG of the Belgian NATIONALE PRODUCTIVITEITSRAAD, its recommendations in a closing chapter, answered "
       "inside the federal NATIONAAL HERVORMINGSPROGRAMMA (European Semester report) in a shaded 'Kader' within a "
       "policy chapter. The NPR, the EU Council recommendation of 20 September 2016, the Belgische "
       "Mededingingsautoriteit, the Kruispuntbank van de Sociale Zekerheid, the Overlegcomité and the NHP as a "
       "genre are real; the report's text, figures, the 2023 recommendations and their status, the Productiviteitspact, "
       "page numbers and all measures are invented. The seven recommendations are UNNUMBERED square-bullet items "
       "in '4 Aanbevelingen', each opening with a BOLD SHORT TITLE ('Kennisdiffusie naar kmo's.') before the "
       "sentence 'De Raad beveelt aan ...' / 'De Raad vraagt ...' (starts_with is that sentence, without the "
       "title); numbers are their order. Not recommendations: the Samenvatting's one-sentence paraphrase, the EU "
       "recommendation's 'moeten ... publiceren', Tabel 1, 'De Raad stelt vast', 'zou ... moeten inzetten', Tabel "
       "2 listing LAST report's recommendations as imperatives with their status, the closing sentence on "
       "follow-up. Response: NHP 2026 '3.4' prose on the Semester and administrative burden (nothing), then 'Kader "
       "3' with an introduction (nothing) and bold run-in keywords that differ from the NPR's titles, in another "
       "order: 'Overheidsinvesteringen.' = 5 partly (3.5 % by 2030, 4 % only by 2035), ONE paragraph 'Innovatie "
       "en digitale vaardigheden.' = 1 disagrees (R&D tax support unchanged) + 2 agrees (joint action plan with "
       "the target), 'Mededinging.' = 3 agrees, 'Registratierechten.' = 4 noted (regional competence, passed on), "
       "'Evaluatie van steunmaatregelen.' = 7 partly (only above 50 million euro); 6 (researchers' access to "
       "microdata) UNANSWERED. '3.5 Energieprijzen' after the box answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

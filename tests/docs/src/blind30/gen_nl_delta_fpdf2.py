"""Round 30 (nl): an advice of the Deltacommissaris (invented content) to the regional Bestuurlijk Overleg Zoetwater
of an invented region, Rivierengebied-Midden, on water distribution during drought. Letter head with kenmerk, then
a two-column body (fpdf2 text_columns): 'Wat goed ging' with bold-lead square bullets that are good practices, a
quoted Deltaprogramma agreement 'ZW-3', findings, and 'Mijn advies' with six UNNUMBERED square bullets whose bold
first sentence is the recommendation (numbered 1-6 in document order; 3 runs over the page break). Response: the
BO's besluitenlijst (decision list): attendance table, agenda items 1-7, a lettered list of 'ingekomen stukken',
decisions coded 'Besluit ZW-26-01' .. '-08', a discussion summary in which members favour what the decision then
refuses, decisions on the advice in the order 5, 1, 3+4 (one decision, its label at the foot of page 1), 2; 6
unanswered; decisions on other agenda items, the rondvraag and a ruled action list (header row repeated over the
page break) answer nothing. Engine: fpdf2 (DejaVu, no text shaping, so no ligatures)."""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b30nl as B  # noqa: E402

NAME = "blind30_nl_delta"
DV = "/usr/share/fonts/truetype/dejavu/"
BLUE = (16, 70, 128)


class Doc(FPDF):
    head = ""
    foot = ""

    def __init__(self):
        super().__init__(format="A4")
        for st, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                      ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", st, DV + f)
        for st, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("ds", st, DV + f)
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.datetime(2026, 2, 20, tzinfo=datetime.timezone.utc))

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(0, 4, self.head)
        self.set_draw_color(*BLUE)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.foot.replace("#", str(self.page_no())), align="R")
        self.set_text_color(0, 0, 0)


def advice():
    d = Doc()
    d.head = "Deltacommissaris \u00b7 advies zoetwaterverdeling bij droogte \u00b7 DC/2026/0031"
    d.foot = "Deltacommissaris \u00b7 DC/2026/0031 \u00b7 pagina #"
    d.add_page()
    d.set_fill_color(*BLUE)
    d.rect(20, 14, 4, 18, style="F")
    d.set_xy(27, 14)
    d.set_font("dv", "B", 13)
    d.set_text_color(*BLUE)
    d.cell(0, 7, "Deltacommissaris", new_x="LMARGIN", new_y="NEXT")
    d.set_x(27)
    d.set_font("dv", "", 8.5)
    d.set_text_color(70, 70, 70)
    d.cell(0, 5, "Deltaprogramma \u00b7 Postbus 90653 \u00b7 2509 LR Den Haag", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(8)
    d.set_font("dv", "", 9)
    d.multi_cell(110, 4.6, "Aan de leden van het Bestuurlijk Overleg Zoetwater\nRivierengebied-Midden\nt.a.v. de "
                 "voorzitter, mevrouw drs. A.C. Verbeek-Stam", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(4)
    for k, v in (("Datum", "14 januari 2026"), ("Kenmerk", "DC/2026/0031"),
                 ("Onderwerp", "Advies over de verdeling van zoetwater bij droogte: \u2018Zoet blijven als het "
                  "droog is\u2019")):
        d.set_font("dv", "B", 8.5)
        d.cell(24, 5, k)
        d.set_font("dv", "", 8.5)
        d.multi_cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_draw_color(*BLUE)
    d.line(20, d.get_y(), 190, d.get_y())
    d.ln(5)

    paras = [
        ("p", "Geachte leden van het Bestuurlijk Overleg,"),
        ("p", "Op uw verzoek van 9 oktober 2025 heb ik de aanpak van de droogte in de zomer van 2025 in uw regio "
              "geanalyseerd. Met deze brief geef ik u mijn advies voor de komende jaren. Ik heb daarvoor gesproken "
              "met de waterschappen, de provincies, Rijkswaterstaat, de drinkwaterbedrijven, LTO en de "
              "terreinbeherende organisaties."),
        ("h", "De droogte van 2025"),
        ("p", "Tussen half juni en eind augustus 2025 viel in het Rivierengebied-Midden 38 procent minder neerslag "
              "dan normaal. De afvoer van de Rijn bij Lobith daalde tot 890 m\u00b3/s. Vanaf 22 juli gold in de "
              "regio een onttrekkingsverbod voor beregening uit oppervlaktewater in 41 peilvakken. In de hoge "
              "zandgronden daalden de grondwaterstanden tot het laagste niveau sinds het begin van de metingen."),
        ("h", "Wat goed ging"),
        ("b", "Snelle opschaling.", " Het Regionaal Droogteoverleg kwam al op 1 juli bijeen, drie weken eerder dan "
              "in 2022. Die vroege start gaf boeren tijd om hun teeltplan aan te passen."),
        ("b", "Samenwerking over grenzen.", " De waterschappen Lingedal en Kromme Rijn stemden hun "
              "peilbeheer dagelijks af. Dit voorbeeld verdient navolging in andere regio\u2019s."),
        ("h", "Wat beter moet"),
        ("p", "De verdeling van water bij tekorten volgt de landelijke verdringingsreeks. Die reeks laat binnen "
              "categorie 3 en 4 ruimte voor regionale keuzes, maar uw regio heeft die keuzes nooit gemaakt. In 2025 "
              "moest daardoor elke week opnieuw worden besproken wie voorrang kreeg: de fruitteelt, de natuur in de "
              "Lingevallei of de scheepvaart."),
        ("p", "In het Deltaprogramma 2025 is afgesproken: \u2018In 2028 is de zoetwaterbeschikbaarheid per regio in "
              "beeld, met een waterbeschikbaarheidskaart.\u2019 (Deltabeslissing Zoetwater, afspraak ZW-3). Uw regio "
              "ligt op schema, maar de gegevens over het grondwater zijn onvoldoende: in de hoge zandgronden staat "
              "gemiddeld één meetbuis per 4,2 km\u00b2."),
        ("p", "De waterakkoorden tussen Rijkswaterstaat en de waterschappen regelen hoeveel water bij een normale "
              "afvoer wordt ingelaten, maar niet wat er bij droogte gebeurt. De drinkwaterbedrijven zijn voor twee "
              "productielocaties afhankelijk van één innamepunt aan de Lek, dat in augustus vier dagen werd "
              "gesloten vanwege verzilting en een lozing stroomopwaarts."),
        ("p", "Ook de natuur kwam in de knel. In de Lingevallei vielen drie kwelsloten droog, en in de Natura "
              "2000-gebieden op de hoge zandgronden stierf een deel van de vegetatie af. De terreinbeheerders "
              "hadden daar geen stem in het Regionaal Droogteoverleg, omdat natuur in de huidige afspraken alleen "
              "als categorie 4 wordt behandeld."),
        ("p", "Tot slot verliep de communicatie met gebruikers moeizaam. Boeren hoorden pas in juli welke "
              "beperkingen golden, toen de teelt al was ingezet. Verschillende overheden gaven bovendien "
              "verschillende berichten uit over hetzelfde verbod."),
        ("h", "Mijn advies"),
        ("p", "Ik adviseer u het volgende."),
        ("r", "Stel vóór het droogteseizoen van 2027 een regionale verdringingsreeks vast.", " Leg daarin vast hoe "
              "binnen categorie 3 en 4 wordt gekozen tussen landbouw, natuur en scheepvaart, zodat die keuze niet "
              "midden in een droogte hoeft te worden gemaakt."),
        ("r", "Leg in elk waterakkoord vast hoeveel water bij droogte naar de Kromme Rijn en de Linge wordt "
              "doorgelaten.", " Zo weten de waterschappen vooraf waar zij aan toe zijn."),
        ("r", "Breid het meetnet voor grondwaterstanden uit tot ten minste één meetpunt per vierkante kilometer in "
              "de hoge zandgronden.", " Dat is nodig om de waterbeschikbaarheidskaart betrouwbaar te maken."),
        ("r", "Vraag de drinkwaterbedrijven om vóór 2028 een tweede innamepunt voor oppervlaktewater te "
              "realiseren.", " Eén innamepunt maakt de drinkwatervoorziening kwetsbaar."),
        ("r", "Richt een regionaal zoetwaterfonds op waarin rijk, provincies en waterschappen elk een derde "
              "bijdragen.", " Met zo\u2019n fonds kunnen kleinere maatregelen snel worden betaald."),
        ("r", "Informeer boeren en inwoners voortaan vóór 1 april over de verwachte waterbeschikbaarheid in de "
              "zomer.", " Een vroege verwachting helpt om keuzes over teelt en beregening te maken."),
        ("p", "Ik ben graag bereid dit advies in uw vergadering van 12 februari toe te lichten."),
        ("p", "Met vriendelijke groet,\n\nir. M.J. Hoogendijk-Ros\nDeltacommissaris"),
    ]
    with d.text_columns(ncols=2, gutter=8, text_align="L", line_height=1.3) as cols:
        for item in paras:
            kind = item[0]
            if kind == "h":
                d.set_font("dv", "B", 10.5)
                d.set_text_color(*BLUE)
                cols.write(item[1] + "\n")
                d.set_text_color(0, 0, 0)
                cols.ln(1)
            elif kind in ("b", "r"):
                d.set_font("dv", "B", 9.2)
                d.set_text_color(*BLUE)
                cols.write(text="\u25a0 ")
                d.set_text_color(0, 0, 0)
                d.set_font("ds", "B", 9.2)
                cols.write(text=item[1])
                d.set_font("ds", "", 9.2)
                cols.write(text=item[2] + "\n")
                cols.ln(2)
            else:
                d.set_font("ds", "", 9.2)
                cols.write(text=item[1] + "\n")
                cols.ln(2)
    d.set_title("Advies Deltacommissaris zoetwaterverdeling bij droogte")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc()
    d.head = "Besluitenlijst BO Zoetwater Rivierengebied-Midden \u00b7 12 februari 2026"
    d.foot = "#/{nb}"
    d.add_page()
    d.set_font("dv", "B", 8.5)
    d.set_text_color(*BLUE)
    d.cell(0, 5, "BESTUURLIJK OVERLEG ZOETWATER RIVIERENGEBIED-MIDDEN", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.set_font("dv", "B", 16)
    d.cell(0, 9, "Besluitenlijst", new_x="LMARGIN", new_y="NEXT")
    d.set_font("dv", "", 8.5)
    d.multi_cell(0, 4.6, "Vergadering van 12 februari 2026, 13.30-16.00 uur, provinciehuis, zaal De Waal\n"
                 "Vastgesteld in de vergadering van 11 juni 2026", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.set_font("dv", "", 8)
    d.set_draw_color(150, 170, 200)
    with d.table(col_widths=(40, 130), text_align="LEFT", line_height=4.2, first_row_as_headings=False,
                 borders_layout="HORIZONTAL_LINES") as t:
        for a, b in (("Aanwezig", "drs. A.C. Verbeek-Stam (voorzitter, gedeputeerde provincie), ir. J. Koster "
                      "(dijkgraaf Waterschap Lingedal), mr. S. Ramdin (hoogheemraad Kromme Rijn), ing. P. de "
                      "Leeuw (Rijkswaterstaat, regio Oost-Nederland), dr. E. Vos (drinkwaterbedrijf Vitens-Midden), "
                      "H. Brinkhuis (LTO, adviserend lid), ir. M.J. Hoogendijk-Ros (Deltacommissaris, bij punt 3)"),
                     ("Afwezig", "wethouder L. Tjon (namens de gemeenten), met kennisgeving"),
                     ("Secretariaat", "R. Appeldoorn, programmabureau Zoetwater")):
            r = t.row()
            d.set_font("dv", "B", 8)
            r.cell(a)
            d.set_font("dv", "", 8)
            r.cell(b)
    d.ln(5)

    def item(n, title):
        d.ln(2)
        d.set_font("dv", "B", 10.5)
        d.set_text_color(*BLUE)
        d.multi_cell(0, 6, f"{n}. {title}", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        d.ln(1)

    def para(t, style="", size=9.3, indent=0):
        d.set_font("ds", style, size)
        d.set_x(20 + indent)
        d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.8)

    def besluit(code, t):
        y = d.get_y()
        d.set_font("dv", "B", 8.5)
        d.set_text_color(*BLUE)
        d.set_x(24)
        d.cell(0, 5, f"Besluit {code}", new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0, 0, 0)
        para(t, indent=4)
        if d.page_no() == 1 or d.get_y() > y:
            d.set_draw_color(*BLUE)
            d.set_line_width(0.8)
            d.line(21, y + 0.5, 21, d.get_y() - 2)
            d.set_line_width(0.2)

    item(1, "Opening en mededelingen")
    para("De voorzitter opent de vergadering en heet de Deltacommissaris welkom. Zij meldt dat het Regionaal "
         "Droogteoverleg op 29 januari de evaluatie van de droogte van 2025 heeft afgerond; het verslag is "
         "nagezonden.")
    item(2, "Besluitenlijst van 9 oktober 2025")
    besluit("ZW-26-01", "De besluitenlijst van 9 oktober 2025 wordt ongewijzigd vastgesteld.")
    item(3, "Ingekomen stukken")
    for lab, t in (("a.", "Brief van LTO Noord van 3 december 2025 over beregeningsverboden in de fruitteelt."),
                   ("b.", "Brief van de Deltacommissaris van 14 januari 2026 met haar advies (zie punt 4)."),
                   ("c.", "Brief van de Vereniging Natuurmonumenten Lingevallei van 20 januari 2026 over droogval "
                          "van kwelsloten."),
                   ("d.", "Jaarverslag 2025 van het Regionaal Droogteoverleg.")):
        d.set_font("ds", "", 9.3)
        d.set_x(24)
        d.cell(7, 5, lab)
        d.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    besluit("ZW-26-02", "De stukken a, c en d worden voor kennisgeving aangenomen; stuk a wordt betrokken bij de "
            "evaluatie van de beregeningsverboden. Stuk b wordt behandeld onder punt 4.")
    item(4, "Advies Deltacommissaris \u2018Zoet blijven als het droog is\u2019 (DC/2026/0031)")
    para("De Deltacommissaris licht haar advies toe. Zij benadrukt dat de regio de keuzes over de verdeling van "
         "water moet maken vóórdat de volgende droogte zich aandient.")
    para("In de bespreking steunen de waterschappen en LTO het idee van een eigen fonds; LTO wijst erop dat kleine "
         "maatregelen op boerenbedrijven nu lang op geld wachten. Rijkswaterstaat en de provincie zijn "
         "terughoudend. De drinkwaterbedrijven wijzen erop dat een tweede innamepunt een investering van ongeveer "
         "45 miljoen euro vraagt, die in hun tarieven terechtkomt. Na de bespreking neemt het BO de volgende "
         "besluiten.")
    besluit("ZW-26-03", "Het BO besluit geen regionaal zoetwaterfonds op te richten. Maatregelen worden betaald uit "
            "het Deltafonds en de bestaande begrotingen van de partners; een apart fonds met een eigen bestuur zou "
            "volgens het BO vooral tot extra bestuurlijke drukte leiden.")
    besluit("ZW-26-04", "Het BO neemt het advies over de verdringingsreeks over. Het Regionaal Droogteoverleg legt "
            "uiterlijk 1 november 2026 een voorstel voor een regionale invulling van categorie 3 en 4 ter "
            "vaststelling aan het BO voor.")
    besluit("ZW-26-05", "Het BO stemt in met een uitbreiding van het grondwatermeetnet, maar in een tempo dat past "
            "bij de beschikbare middelen: in 2026 worden 40 extra meetbuizen geplaatst, eerst in de hoge "
            "zandgronden; een dichtheid van één per km\u00b2 wordt niet nagestreefd. Over het tweede innamepunt "
            "neemt het BO geen besluit: dat is aan de drinkwaterbedrijven zelf, die het advies zullen betrekken "
            "bij hun investeringsplan 2027-2032.")
    besluit("ZW-26-06", "Het BO stelt vast dat Rijkswaterstaat en de waterschappen in november 2025 de waterakkoorden "
            "voor de Linge en de Kromme Rijn al hebben aangevuld met afspraken over de doorvoer bij lage afvoer. Dit "
            "onderdeel van het advies is daarmee reeds uitgevoerd.")
    item(5, "Voortgang Deltaplan Zoetwater, fase 2")
    para("Het programmabureau presenteert de voortgangsrapportage over 2025. Van de 23 maatregelen liggen er 17 op "
         "schema; de vertraging bij de aanvoer naar de Lingevallei hangt samen met de stikstofvergunning.")
    besluit("ZW-26-07", "Het BO stemt in met de voortgangsrapportage 2025 en zendt deze aan de staf "
            "Deltacommissaris ten behoeve van het Deltaprogramma 2027.")
    item(6, "Begroting programmabureau 2026")
    besluit("ZW-26-08", "Het BO stelt de begroting 2026 van het programmabureau vast op \u20ac 1,24 miljoen, met een "
            "verdeelsleutel van 40 procent provincie, 45 procent waterschappen en 15 procent drinkwaterbedrijven.")
    item(7, "Rondvraag en sluiting")
    para("De heer Brinkhuis vraagt of het onttrekkingsverbod in 2026 eerder kan worden aangekondigd. De voorzitter "
         "zegt toe dat het Regionaal Droogteoverleg hierop terugkomt. De volgende vergadering is op 11 juni 2026. "
         "De voorzitter sluit de vergadering om 15.50 uur.")
    d.ln(2)
    d.set_font("dv", "B", 10.5)
    d.set_text_color(*BLUE)
    d.cell(0, 6, "Actielijst", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(1)
    d.set_font("dv", "", 8)
    rows = [("Nr.", "Actie", "Wie", "Gereed"),
            ("A26-01", "Voorstel regionale invulling verdringingsreeks categorie 3 en 4 (besluit ZW-26-04)",
             "Regionaal Droogteoverleg", "1 nov. 2026"),
            ("A26-02", "Locaties 40 extra meetbuizen grondwater vaststellen en plaatsen (besluit ZW-26-05)",
             "Waterschap Lingedal", "31 dec. 2026"),
            ("A26-03", "Voortgangsrapportage 2025 verzenden aan de staf Deltacommissaris", "Secretariaat",
             "1 mrt. 2026"),
            ("A26-04", "Factuur bijdragen programmabureau 2026 aan de partners", "Secretariaat", "1 apr. 2026"),
            ("A26-05", "Terugkoppeling over eerdere aankondiging onttrekkingsverbod (rondvraag)",
             "Regionaal Droogteoverleg", "11 jun. 2026"),
            ("A25-07", "Evaluatie droogte 2025 nazenden aan de leden (actie uit oktober 2025)", "Secretariaat",
             "afgerond"),
            ("A25-09", "Verkenning peilverhoging Lingevallei in het natte seizoen", "Waterschap Lingedal",
             "11 jun. 2026"),
            ("A25-11", "Overzicht gesloten innamepunten zomer 2025", "Vitens-Midden", "afgerond"),
            ("A25-12", "Notitie over de rol van terreinbeheerders in het Regionaal Droogteoverleg",
             "Provincie", "11 jun. 2026"),
            ("A25-13", "Inventarisatie knelpunten vergunningen voor kleine waterbuffers op boerenbedrijven",
             "Programmabureau", "11 jun. 2026"),
            ("A25-14", "Afstemming met de regio Rijnmond over de zoutindringing bij Krimpen", "Rijkswaterstaat",
             "afgerond"),
            ("A25-15", "Actualisatie van de kaart met peilvakken voor het onttrekkingsverbod",
             "Hoogheemraadschap Kromme Rijn", "1 mei 2026"),
            ("A25-16", "Voorstel voor de samenstelling van het Regionaal Droogteoverleg na 2026", "Secretariaat",
             "11 jun. 2026"),
            ("A25-17", "Pilot slimme stuwen in de Lingevallei: tussenresultaten", "Waterschap Lingedal",
             "8 okt. 2026"),
            ("A25-18", "Afspraken met LTO over een meldpunt voor droogteschade", "Provincie", "afgerond"),
            ("A25-19", "Werkbezoek BO aan het innamepunt Lek", "Secretariaat", "8 okt. 2026"),
            ("A24-21", "Verkenning aanvoer via het Amsterdam-Rijnkanaal bij extreme droogte", "Rijkswaterstaat",
             "8 okt. 2026"),
            ("A24-23", "Onderzoek naar hergebruik van effluent van rioolwaterzuiveringen voor beregening",
             "Waterschap Lingedal", "afgerond")]
    heading = FontFace(emphasis="BOLD", fill_color=(222, 231, 243))
    with d.table(col_widths=(16, 94, 38, 22), text_align="LEFT", line_height=4.4, headings_style=heading,
                 repeat_headings=1) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_title("Besluitenlijst BO Zoetwater Rivierengebied-Midden 12 februari 2026")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("1", "Stel vóór het droogteseizoen van 2027 een regionale verdringingsreeks vast", "Het BO neemt het advies over "
     "de verdringingsreeks over", "agrees"),
    ("2", "Leg in elk waterakkoord vast hoeveel water bij droogte naar", "Dit onderdeel van het advies is daarmee "
     "reeds uitgevoerd", "agrees"),
    ("3", "Breid het meetnet voor grondwaterstanden uit tot ten minste één", "een dichtheid van één per km² wordt niet "
     "nagestreefd", "partly"),
    ("4", "Vraag de drinkwaterbedrijven om vóór 2028 een tweede innamepunt", "Over het tweede innamepunt neemt het BO "
     "geen besluit", "noted"),
    ("5", "Richt een regionaal zoetwaterfonds op waarin rijk, provincies en waterschappen", "Het BO besluit geen "
     "regionaal zoetwaterfonds op te richten", "disagrees"),
    ("6", "Informeer boeren en inwoners voortaan vóór 1 april over de", None, "unanswered"),
]
UNMATCHED = ["De besluitenlijst van 9 oktober 2025 wordt ongewijzigd vastgesteld",
             "stemt in met de voortgangsrapportage 2025",
             "stelt de begroting 2026 van het programmabureau vast",
             "vraagt of het onttrekkingsverbod in 2026 eerder kan worden aangekondigd"]
NOTES = ("Deltacommissaris advice letter (fpdf2) answered by a regional Bestuurlijk Overleg's besluitenlijst. Advice: "
         "letter head with Datum/Kenmerk/Onderwerp block on page 1, then a two-column body (text_columns), running "
         "header from page 2 and 'pagina N' footer; 'Wat goed ging' has two bold-lead square bullets that are good "
         "practices ('Dit voorbeeld verdient navolging'), a quoted Deltaprogramma agreement 'ZW-3' (a code), "
         "findings with figures, then 'Mijn advies' with six UNNUMBERED square bullets in the same style whose bold "
         "first sentence is the recommendation (numbered 1-6 in document order; 3 runs from page 1 to page 2). "
         "Response: a decision list (3 p., 'N/M' footer) with an attendance table, agenda items 1.-7., a lettered "
         "list a.-d. of 'ingekomen stukken' (b is the advice itself), decisions labelled 'Besluit ZW-26-01'..'08' "
         "with a blue rule, and a discussion paragraph in which the waterschappen and LTO support a fund the BO then "
         "refuses. On the advice, under item 4, in the order 5, 1, 3+4, 2, never citing the bullets by number: 5 "
         "'besluit geen regionaal zoetwaterfonds op te richten' (disagrees), 1 'neemt het advies ... over' "
         "(agrees), 3 and 4 in ONE decision whose label 'Besluit ZW-26-05' stands alone at the foot of page 1: 40 "
         "extra wells but not one per km2 (partly) and 'neemt het BO geen besluit: dat is aan de "
         "drinkwaterbedrijven' (noted), 2 'is daarmee reeds uitgevoerd' (agrees). 6 (informing farmers before 1 "
         "April) is unanswered; the rondvraag about announcing the extraction ban earlier is close in subject but is "
         "a member's question, not an answer. Decisions on the minutes, the ingekomen stukken, the progress report "
         "and the budget, and the ruled 'Actielijst' (codes A26-01.., A25-.., header row repeated over the page "
         "break to page 3) answer no recommendation.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

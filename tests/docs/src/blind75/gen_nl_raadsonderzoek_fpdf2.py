"""Round 75 (nl): the RAPPORT of a municipal council's own ONDERZOEKSCOMMISSIE (raadsonderzoek into a swimming-pool
renovation), answered by the RAADSBESLUIT in which the council decides on each recommendation (beslispunten 'aanbeveling
A over te nemen', 'niet over te nemen', 'kennis te nemen van') with a short Toelichting.

Advice: 'Koude douche', rapport van de onderzoekscommissie zwembad De Kreek of the (invented) gemeenteraad of
Wilderveen, 3 p.: the verordening's 'moet'; a cost table; bold 'Conclusie 1'-'Conclusie 5' ('had ... moeten'); the
college's wederhoor quoted; a shaded box 'Aanbevelingen' with lettered items A-C ('Aan de raad') and D-G ('Aan het
college'), each an imperative; 'De commissie vraagt de raad kortom ...' (a summary paraphrase).
Response: 'Besluit van de gemeenteraad' of 2 June 2026, 2 p.: 'gelezen ... gelet op ... besluit:' and beslispunten
1-7 in the letter order but not one to one: 1 adopts the report (nothing); 2 = A agrees; 3 = B partly (one
rapporteur, once a year); 4 = C disagrees; ONE point 5 = D agrees + F partly (fifteen, not ten percent); 6 = G noted;
7 discharge of the committee (nothing); a Toelichting 'Bij beslispunt N' (reasons) and an adopted amendment note
(nothing); E (independent cost adviser) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Run: /tmp/blind75nl/bin/python tests/docs/src/blind75/gen_nl_raadsonderzoek_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b75nl as B  # noqa: E402

NAME = "blind75_nl_raadsonderzoek"
DV = "/usr/share/fonts/truetype/dejavu/"
RED = (150, 30, 45)
GREY = (95, 95, 95)
PALE = (246, 236, 236)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 6, 3, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 25
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() > 1:
            self.set_xy(self.lm, 11)
            self.set_text_color(*GREY)
            self.set_font("sa", "", 7.2)
            txt = ("Onderzoekscommissie zwembad De Kreek  |  Koude douche" if self.kind == "adv"
                   else "Gemeenteraad Wilderveen  |  Raadsbesluit 2026-041")
            self.cell(self.tw, 4, txt, align="L")
            self.set_draw_color(*RED)
            self.line(self.lm, 16, self.w - self.lm, 16)
            self.set_text_color(0)
            self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(0, 4, f"- {self.page_no()} -", align="C")
        self.set_text_color(0)

    def para(self, t, fam="sa", size=9.4, lh=5.0, indent=0):
        self.set_font(fam, "", size)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, lh, t, markdown=True, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def hd(self, t, size=11):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*RED)
        self.multi_cell(self.tw, 5.8, t, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*RED)
    d.rect(0, 0, d.w, 46, "F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm, 12)
    d.set_font("sa", "", 9)
    d.cell(d.tw, 5, "Gemeenteraad Wilderveen  |  Raadsonderzoek", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 22)
    d.cell(d.tw, 11, "Koude douche", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10.5)
    d.cell(d.tw, 6, "Rapport van de onderzoekscommissie naar de renovatie van zwembad De Kreek",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(52)
    d.set_font("sa", "I", 8.4)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4.5, "Vastgesteld door de onderzoekscommissie op 9 april 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    d.hd("1  Opdracht")
    d.para("Op 2 oktober 2025 besloot de raad een onderzoekscommissie in te stellen naar de renovatie van zwembad "
           "De Kreek. De aanleiding was de mededeling van het college in juni 2025 dat de renovatie bijna twee keer "
           "zo duur zou worden als geraamd. Volgens de Verordening op de raadsonderzoeken Wilderveen 2024 moet de "
           "commissie haar bevindingen binnen zes maanden na de instelling aan de raad aanbieden. De commissie "
           "bestond uit vijf raadsleden en werd ondersteund door de griffie en een extern onderzoeksbureau. Zij "
           "las ruim 1.400 documenten en sprak met 19 betrokkenen.")
    d.hd("2  Feiten in het kort")
    d.para("Tabel 1 laat zien hoe de kosten zich ontwikkelden tussen de eerste raming en de oplevering.")
    d.set_font("sa", "B", 8.4)
    d.set_fill_color(*PALE)
    cols = (70, 45, 45)
    for w, t in zip(cols, ("Moment", "Bedrag (mln euro)", "Besluit / bron")):
        d.cell(w, 6, t, border=1, fill=True)
    d.ln()
    d.set_font("sa", "", 8.4)
    for row in (("Eerste raming (2021)", "6,2", "haalbaarheidsstudie"),
                ("Krediet (2022)", "7,4", "raadsbesluit 2022-017"),
                ("Aanvullend krediet (2024)", "9,1", "raadsbesluit 2024-063"),
                ("Eindstand (2025)", "11,9", "slotrapportage college")):
        for w, t in zip(cols, row):
            d.cell(w, 5.4, t, border=1)
        d.ln()
    d.set_font("sa", "I", 7.8)
    d.cell(d.tw, 5, "Tabel 1. Kostenontwikkeling renovatie zwembad De Kreek", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("3  Conclusies")
    for n, t in ((1, "De eerste raming was gebaseerd op een verouderd bouwkundig onderzoek. De slechte staat van "
                     "de betonconstructie was al in 2019 bekend."),
                 (2, "Het college wist in het voorjaar van 2024 dat het krediet niet toereikend zou zijn. Het "
                     "college had de raad toen moeten informeren; dat gebeurde pas in juni 2025."),
                 (3, "De raadsvoorstellen bevatten geen risicoparagraaf die die naam verdient. De raad kon de "
                     "risico's daardoor niet wegen."),
                 (4, "De raad zelf stelde weinig vragen. Tussen 2022 en 2025 is het zwembad in de raadscommissie "
                     "slechts twee keer besproken."),
                 (5, "De samenwerking met de projectontwikkelaar was vastgelegd in een overeenkomst die de "
                     "gemeente bijna alle risico's liet dragen.")):
        d.para(f"**Conclusie {n}.** {t}")
    d.para("In zijn wederhoorreactie schrijft het college: 'Het college erkent dat het de raad eerder had moeten "
           "informeren.' De commissie waardeert die erkenning.")
    d.hd("4  Aanbevelingen")
    d.para("De commissie doet de volgende aanbevelingen.")

    def group(title, items):
        d.set_fill_color(*PALE)
        d.set_font("sa", "B", 9.4)
        d.set_text_color(*RED)
        d.cell(d.tw, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        for letter, t in items:
            y = d.get_y()
            d.set_font("sa", "B", 9.4)
            d.set_xy(d.lm, y)
            d.cell(10, 5, "  " + letter, fill=True)
            d.set_font("sa", "", 9.4)
            d.set_xy(d.lm + 10, y)
            d.multi_cell(d.tw - 10, 5, t + "\n", fill=True, new_x="LMARGIN", new_y="NEXT")
            h = d.get_y() - y
            d.set_xy(d.lm, y + 5)
            if h > 5:
                d.cell(10, h - 5, "", fill=True)
            d.set_y(y + h)
        d.ln(3)

    group("Aan de raad", (
        ("A", "Stel een kader vast voor grote projecten waarin staat wanneer en hoe het college de raad informeert "
              "over risico's en dreigende overschrijdingen."),
        ("B", "Wijs voor elk groot project twee raadsleden aan als rapporteur, die de voortgang volgen en de raad "
              "twee keer per jaar informeren."),
        ("C", "Vraag de rekenkamer van Wilderveen om binnen twee jaar na te gaan of de aanbevelingen van dit "
              "rapport zijn uitgevoerd."),
    ))
    group("Aan het college", (
        ("D", "Neem in elk raadsvoorstel voor een investeringskrediet een risicoparagraaf op met een kwantitatieve "
              "risicoanalyse."),
        ("E", "Laat de raming van elk groot project toetsen door een onafhankelijke bouwkundig adviseur voordat de "
              "raad een krediet beschikbaar stelt."),
        ("F", "Leg in een protocol vast dat de raad binnen vier weken wordt geïnformeerd als een project meer dan "
              "tien procent duurder dreigt te worden."),
        ("G", "Evalueer de samenwerking met de projectontwikkelaar en deel de uitkomsten vóór 1 januari 2027 met "
              "de raad."),
    ))
    d.hd("5  Tot slot")
    d.para("De commissie vraagt de raad kortom om zijn controlerende rol bij grote projecten serieuzer te nemen, en "
           "het college om de raad eerder en eerlijker te informeren. De commissie dankt allen die aan het "
           "onderzoek hebben meegewerkt.")
    d.para("Wilderveen, 9 april 2026\nA.C. Terpstra-Wolff (voorzitter), M. el Idrissi, P.J. Ruiter, D. Scholten, "
           "W.F. van Duin")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("resp")
    d.add_page()
    d.set_font("se", "B", 12)
    d.set_text_color(*RED)
    d.cell(d.tw, 6, "Gemeente Wilderveen", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("se", "", 8.6)
    d.cell(d.tw, 4.5, "Gemeenteraad", new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    for k, v in (("Raadsvergadering", "2 juni 2026"), ("Agendapunt", "9"), ("Besluitnummer", "2026-041"),
                 ("Onderwerp", "Rapport van de onderzoekscommissie zwembad De Kreek 'Koude douche'")):
        d.set_font("se", "B", 8.8)
        d.cell(36, 5, k)
        d.set_font("se", "", 8.8)
        d.multi_cell(d.tw - 36, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.set_font("se", "B", 13)
    d.cell(d.tw, 7, "Besluit", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para("De raad van de gemeente Wilderveen;", fam="se")
    d.para("gelezen het voorstel van het presidium van 12 mei 2026 en het rapport 'Koude douche' van de "
           "onderzoekscommissie zwembad De Kreek van 9 april 2026;", fam="se")
    d.para("gelet op artikel 155a van de Gemeentewet en de Verordening op de raadsonderzoeken Wilderveen 2024;",
           fam="se")
    d.set_font("se", "B", 9.4)
    d.cell(d.tw, 6, "besluit:", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)

    def point(n, t):
        y = d.get_y()
        d.set_font("se", "", 9.4)
        d.cell(9, 5, f"{n}.")
        d.set_xy(d.lm + 9, y)
        d.multi_cell(d.tw - 9, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
        d.ln(1.5)

    point(1, "het rapport 'Koude douche' van de onderzoekscommissie vast te stellen en de conclusies daarvan te "
             "onderschrijven;")
    point(2, "aanbeveling A over te nemen en het presidium te vragen vóór 1 november 2026 een kader voor grote "
             "projecten aan de raad voor te leggen;")
    point(3, "aanbeveling B over te nemen met dien verstande dat per groot project één raadslid als rapporteur "
             "wordt aangewezen, dat de raad eenmaal per jaar informeert;")
    point(4, "aanbeveling C niet over te nemen;")
    point(5, "het college op te dragen de aanbevelingen D en F uit te voeren, met dien verstande dat de drempel "
             "voor het informeren van de raad op vijftien procent wordt gesteld;")
    point(6, "kennis te nemen van aanbeveling G en het college te verzoeken de raad te laten weten of een "
             "evaluatie mogelijk is zolang de juridische procedure tegen de projectontwikkelaar loopt;")
    point(7, "de onderzoekscommissie te danken voor haar werk en haar op te heffen met ingang van de dag na deze "
             "vergadering.")
    d.ln(2)
    d.para("Aldus besloten in de openbare vergadering van 2 juni 2026.", fam="se")
    d.para("De griffier,                                                          De voorzitter,\n\n"
           "mr. S.E. Lammers                                                  drs. G.H. Kuipers", fam="se")
    d.hd("Toelichting", 10.5)
    d.para("**Bij beslispunt 3.** Twee rapporteurs per project vraagt meer tijd dan de fracties kunnen opbrengen. "
           "De raad kiest daarom voor één rapporteur per project en een jaarlijkse terugkoppeling in de "
           "auditcommissie.", fam="se", size=9)
    d.para("**Bij beslispunt 4.** De rekenkamer stelt haar eigen onderzoeksprogramma vast; de raad kan haar geen "
           "onderzoek opdragen. Het staat de rekenkamer vrij het rapport in haar programma te betrekken.",
           fam="se", size=9)
    d.para("**Bij beslispunt 5.** Een drempel van tien procent zou bij kleinere projecten tot een stroom van "
           "meldingen leiden. Met vijftien procent blijft de raad tijdig op de hoogte van wezenlijke "
           "overschrijdingen.", fam="se", size=9)
    d.para("**Amendement.** Beslispunt 2 is gewijzigd door het amendement 9-1 van de fracties Dorpsbelang en "
           "GroenLinks-PvdA, aangenomen met 19 stemmen voor en 8 tegen; het oorspronkelijke voorstel noemde 1 "
           "januari 2027 als datum.", fam="se", size=9)
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    ("A", "Stel een kader vast voor grote projecten waarin staat wanneer",
     "aanbeveling A over te nemen en het presidium te vragen", "agrees"),
    ("B", "Wijs voor elk groot project twee raadsleden aan als rapporteur",
     "per groot project één raadslid als rapporteur wordt aangewezen", "partly"),
    ("C", "Vraag de rekenkamer van Wilderveen om binnen twee jaar na",
     "aanbeveling C niet over te nemen", "disagrees"),
    ("D", "Neem in elk raadsvoorstel voor een investeringskrediet een risicoparagraaf op",
     "het college op te dragen de aanbevelingen D en F", "agrees"),
    ("E", "Laat de raming van elk groot project toetsen door een onafhankelijke", None, "unanswered"),
    ("F", "Leg in een protocol vast dat de raad binnen vier weken",
     "op vijftien procent wordt gesteld", "partly"),
    ("G", "Evalueer de samenwerking met de projectontwikkelaar en deel de uitkomsten",
     "kennis te nemen van aanbeveling G", "noted"),
]
UNMATCHED = [
    "de conclusies daarvan te onderschrijven",
    "de onderzoekscommissie te danken voor haar werk",
    "is gewijzigd door het amendement 9-1",
]
NOTES = ("RAPPORT of a municipal council's ONDERZOEKSCOMMISSIE (raadsonderzoek), answered by the council's own "
         "RAADSBESLUIT deciding on each recommendation. The Gemeentewet is real; Wilderveen, its verordening, the "
         "swimming pool, the committee, the figures and the people are invented. Recommendations: a shaded box with "
         "lettered imperatives A-C under 'Aan de raad' and D-G under 'Aan het college'. Traps: the verordening's "
         "'moet', Tabel 1 of costs, bold 'Conclusie 1.'-'Conclusie 5.' ('had ... moeten informeren'), the college's "
         "wederhoor quoted ('had moeten informeren'), 'De commissie vraagt de raad kortom ...'. Besluit: 'gelezen ... "
         "gelet op ... besluit:' with beslispunten 1-7: 1 (adopts the report) and 7 (thanks and dissolves the "
         "committee) answer nothing; 2 = A agrees; 3 = B partly (one rapporteur, once a year); 4 = C disagrees "
         "('niet over te nemen', reasons in the Toelichting); ONE point 5 = D agrees + F partly (fifteen, not ten "
         "percent); 6 = G noted ('kennis te nemen van'); the Toelichting 'Bij beslispunt 3/4/5' gives reasons (part "
         "of replies B, C, F) and an 'Amendement' note answers nothing; E (independent cost adviser) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

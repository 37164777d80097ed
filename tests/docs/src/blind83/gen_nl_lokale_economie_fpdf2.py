"""Round 83 (nl, Flemish): the ADVIES of a municipal ADVIESRAAD LOKALE ECONOMIE (traders' and businesses' advisory
council) on the draft circulation and parking plan for the town centre, answered in the GEMEENTERAADSBESLUIT that
adopts the plan (a Flemish council decision: Aanleiding, Juridische grond, Argumentatie, Financiële gevolgen, Besluit
with articles).

Advice: (invented) Adviesraad Lokale Economie Ravelsbeke, 'Advies over het ontwerp van circulatie- en parkeerplan
centrum' (2 p., sans, a wine-red left rule with the council's details on page 1, running head, 'Pagina n van m'),
the recommendations LETTERED a) to g) with a bold short title after 'De adviesraad vraagt het college om:';
traps: the Decreet lokaal bestuur ('moet ... advies vragen'), the council's statutes art. 2, a parking-occupancy
table, findings as dash bullets, the council's 2022 advice quoted ('Maak van de Markt een autoluw plein ...'),
'zou ... moeten', dates, times.
Response: the gemeenteraad's decision of 23 April 2026 (2 p., sans, a header block with zitting/punt, sections
Aanleiding / Juridische grond / Adviezen / Argumentatie / Financiële gevolgen / Besluit), the ALE advice answered
by SUBJECT without letters, in another order: 'Aanleiding' (nothing); b (loading until 11.00) agrees; ONE paragraph
on the works = e (six-month trial, evaluation with the council) agrees + c (extra municipal hindrance premium)
disagrees; a (free short parking) partly (15 minutes, Kerkstraat only); d (dynamic signs) noted; f (bicycle stands)
partly (30 instead of 60); 'Financiële gevolgen' and the 'Besluit' articles (nothing); g (centre manager)
unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

The Decreet lokaal bestuur, Flemish municipal advisory councils and the Flemish hinderpremie are real, but what the
documents say of them is not to be relied on; Ravelsbeke, its council, people, figures and dates are invented.

Run: /tmp/blind83nl/bin/python tests/docs/src/blind83/gen_nl_lokale_economie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b83nl as B  # noqa: E402

NAME = "blind83_nl_lokale_economie"
DV = "/usr/share/fonts/truetype/dejavu/"
WINE = (128, 24, 52)
BLUE = (20, 70, 110)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, accent, first_rule=False):
        super().__init__(format="A4")
        self.head = head
        self.accent = accent
        self.first_rule = first_rule
        self.set_creation_date(datetime.datetime(2026, 4, 24, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 24
        self.tw = self.w - self.lm - 20
        self.set_margins(self.lm, 24, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.first_rule and self.page_no() == 1:
            self.set_fill_color(*self.accent)
            self.rect(0, 0, 9, self.h, style="F")
            return
        if self.page_no() == 1:
            return
        self.set_xy(self.lm, 10)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(self.tw, 4, self.head, align="L")
        self.set_draw_color(*self.accent)
        self.line(self.lm, 15, self.w - 20, 15)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("sa", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def para(self, t, size=9.4, style="", h=4.9, after=2.2, x=None, w=None):
        self.set_font("sa", style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w or self.tw, h, t, align="L", markdown=True, new_x="LEFT", new_y="NEXT")
        self.ln(after)

    def heading(self, t, size=10.6):
        self.ln(1.2)
        self.set_font("sa", "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(self.tw, 5.8, t, align="L", new_x="LEFT", new_y="NEXT")
        self.set_text_color(0)
        self.ln(0.8)

    def hang(self, label, t, indent=8, size=9.4):
        self.set_font("sa", "B", size)
        y = self.get_y()
        self.set_xy(self.lm, y)
        self.cell(indent, 4.9, label)
        self.set_xy(self.lm + indent, y)
        self.set_font("sa", "", size)
        self.multi_cell(self.tw - indent, 4.9, t, align="L", markdown=True, new_x="LEFT", new_y="NEXT")
        self.set_x(self.lm)
        self.ln(1.4)

    def grid(self, rows, widths, size=8.6, lh=4.7, fill=(240, 222, 226)):
        self.set_font("sa", "", size)
        self.set_draw_color(130, 130, 130)
        with self.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=lh,
                        headings_style=FontFace(emphasis="BOLD", fill_color=fill),
                        align="LEFT", cell_fill_mode="NONE") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


ADVIES = [
    ("a)", "Kortparkeren.", "Voer op de Markt en in de Kerkstraat een zone in waar bezoekers de eerste 30 minuten "
                            "gratis kunnen parkeren met een parkeerschijf."),
    ("b)", "Leveringen.", "Laat leveringen aan de winkels in de nieuwe voetgangerszone toe tot 11.00 uur in plaats van "
                          "tot 10.00 uur, zoals het ontwerp voorziet."),
    ("c)", "Hinder tijdens de werken.", "Keer de handelaars in de Stationsstraat tijdens de heraanleg een aanvullende "
                                        "gemeentelijke hinderpremie van 2.000 euro uit, bovenop de Vlaamse premie."),
    ("d)", "Bewegwijzering.", "Plaats aan de drie invalswegen dynamische borden die het aantal vrije plaatsen in de "
                              "randparkings tonen."),
    ("e)", "Invoering in fasen.", "Start het nieuwe circulatieplan met een proefperiode van zes maanden en evalueer het "
                                  "daarna samen met de adviesraad."),
    ("f)", "Fietsparkeren.", "Voorzie op en rond de Markt ten minste 60 extra overdekte fietsenstallingen, vooral bij "
                             "de bakkerijen en de apotheek."),
    ("g)", "Centrummanager.", "Stel een centrummanager aan die voor de handelaars het vaste aanspreekpunt wordt voor "
                              "werken, evenementen en leegstand."),
]


def advice():
    d = Doc("Adviesraad Lokale Economie Ravelsbeke | Advies ALE/2026/03 | circulatie- en parkeerplan centrum", WINE,
            first_rule=True)
    d.alias_nb_pages()
    d.add_page()
    d.set_font("sa", "B", 14)
    d.set_text_color(*WINE)
    d.cell(d.tw, 7, "Adviesraad Lokale Economie Ravelsbeke", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4.5, "secretariaat: dienst Economie, Grote Markt 1, 3990 Ravelsbeke | ale@ravelsbeke.example",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(5)
    d.para("Aan het college van burgemeester en schepenen\nGrote Markt 1\n3990 Ravelsbeke", size=9)
    d.para("Ravelsbeke, 10 maart 2026\nOns kenmerk: ALE/2026/03\nUw vraag: e-mail van 5 februari 2026", size=8.4,
           h=4.4)
    d.set_font("sa", "B", 12.5)
    d.multi_cell(d.tw, 6.2, "Advies over het ontwerp van circulatie- en parkeerplan centrum", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    d.heading("1. Vraag en procedure")
    d.para("Het college vroeg de adviesraad op 5 februari 2026 om advies over het ontwerp van circulatie- en "
           "parkeerplan voor het centrum. Volgens artikel 2 van onze statuten moet het college de adviesraad om "
           "advies vragen over elke beslissing die de handel in het centrum ingrijpend raakt, en het Decreet lokaal "
           "bestuur verplicht de gemeente om de adviesraden tijdig en volledig te informeren. De raad besprak het "
           "ontwerp op 24 februari en 3 maart 2026. Hij bevroeg ook de handelaars: 84 van de 131 zaken in het "
           "centrum vulden de korte vragenlijst in.")
    d.heading("2. Wat het ontwerp wil")
    d.para("Het ontwerp maakt van de Markt en het eerste deel van de Kerkstraat een voetgangerszone, leidt het "
           "doorgaand verkeer om via de Ringlaan en verplaatst 120 parkeerplaatsen van het centrum naar twee "
           "randparkings aan de Vaartkaai en het station. De Stationsstraat wordt in 2026 en 2027 heraangelegd.")
    d.grid([["Parkeerzone", "Plaatsen nu", "Plaatsen na het plan", "Bezetting zaterdag"],
            ["Markt", "64", "0", "97 %"],
            ["Kerkstraat", "38", "14", "91 %"],
            ["Vaartkaai (randparking)", "150", "230", "46 %"],
            ["Station (randparking)", "210", "250", "58 %"]], [52, 32, 42, 38])
    d.set_font("sa", "I", 7.8)
    d.cell(d.tw, 4, "Tabel 1. Parkeerplaatsen en bezetting op zaterdag 11 uur (telling dienst Mobiliteit, oktober "
                    "2025).", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.heading("3. Vaststellingen")
    for t in ("- De handelaars steunen een aangenamer centrum: 62 % vindt een voetgangerszone een goed idee.",
              "- Tegelijk vreest 71 % omzetverlies in het eerste jaar, vooral tijdens de werken in de "
              "Stationsstraat.",
              "- Klanten van de apotheek, de bakkers en de krantenwinkel blijven gemiddeld minder dan een kwartier.",
              "- De randparkings zijn vandaag nauwelijks bekend bij bezoekers van buiten de gemeente."):
        d.para(t, after=1.2)
    d.para("In ons advies van 2022 over het mobiliteitsplan schreven wij al: 'Maak van de Markt een autoluw plein, "
           "maar zorg voor een goed bereikbare parking op wandelafstand.' Het ontwerp volgt die lijn, wat wij "
           "waarderen. Een autoluw centrum zou volgens ons wel samen moeten gaan met maatregelen voor wie kort "
           "boodschappen doet.")
    d.heading("4. Advies")
    d.para("De adviesraad geeft een gunstig advies over het ontwerp, op voorwaarde dat rekening wordt gehouden met de "
           "volgende punten. De adviesraad vraagt het college om:")
    for lab, title, t in ADVIES:
        d.hang(lab, f"**{title}** {t}")
    d.heading("5. Tot slot")
    d.para("De adviesraad vraagt om binnen twee maanden een gemotiveerd antwoord, zoals de statuten voorzien, en "
           "blijft graag betrokken bij de uitvoering.")
    d.para("Voor de adviesraad,\nNadia El Khatib, voorzitter | Wim Peeters, secretaris")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Gemeente Ravelsbeke | Gemeenteraad 23 april 2026 | punt 12: circulatie- en parkeerplan centrum", BLUE)
    d.alias_nb_pages()
    d.add_page()
    d.set_font("sa", "B", 13)
    d.set_text_color(*BLUE)
    d.cell(d.tw, 7, "gemeente Ravelsbeke", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_font("sa", "", 8.4)
    d.cell(d.tw, 4.5, "Uittreksel uit de notulen van de gemeenteraad", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.grid([["Zitting", "Punt", "Onderwerp"],
            ["23 april 2026", "12", "Circulatie- en parkeerplan centrum - definitieve vaststelling"]], [34, 16, 116],
           fill=(218, 230, 240))
    d.para("Aanwezig: Sofie Claes, voorzitter; Jan Vandenberghe, burgemeester; de schepenen en 21 raadsleden; "
           "Katrien Wouters, algemeen directeur.", size=8.4, h=4.4)
    d.heading("Aanleiding en context")
    d.para("Het college keurde op 2 februari 2026 het ontwerp van circulatie- en parkeerplan centrum goed en legde "
           "het voor advies voor aan de adviesraden en aan de bewoners. Er kwamen 46 reacties van bewoners binnen en "
           "adviezen van de mobiliteitsraad en de Adviesraad Lokale Economie. Het plan werd daarna op enkele punten "
           "bijgestuurd. De gemeenteraad is bevoegd op grond van artikel 40 van het Decreet lokaal bestuur.")
    d.heading("Argumentatie: het advies van de Adviesraad Lokale Economie")
    d.para("De adviesraad is gunstig onder voorwaarden. Het college heeft elk punt afgewogen.")
    d.para("**Leveringen.** De venstertijd voor leveringen in de voetgangerszone wordt verlengd: leveranciers mogen "
           "de zone tot 11.00 uur inrijden. De politiezone kan dit zonder bijkomende controles opvolgen.")
    d.para("**Invoering en hinder.** Het plan start op 1 september 2026 als proef van zes maanden; in maart 2027 "
           "volgt een evaluatie waarvoor de adviesraad uitdrukkelijk wordt uitgenodigd. Een bijkomende gemeentelijke "
           "premie voor de handelaars in de Stationsstraat wordt niet ingevoerd: de Vlaamse hinderpremie en de "
           "sluitingspremie bieden al steun, en een eigen premie zou ongelijkheid scheppen met de handelaars die "
           "in 2024 de werken in de Molenstraat ondergingen.")
    d.para("**Kortparkeren.** Het college begrijpt de vraag van de zaken met snelle aankopen. In de Kerkstraat komen "
           "veertien plaatsen waar de eerste 15 minuten gratis zijn; op de Markt zelf blijft geen plaats over, "
           "omdat die volledig voetgangerszone wordt.")
    d.para("**Bewegwijzering.** Dynamische borden aan de invalswegen zijn duur. Het college laat de kostprijs "
           "onderzoeken en neemt de vraag mee naar de budgetbespreking van het najaar; een beslissing volgt dan.")
    d.para("**Fietsenstallingen.** Er komen 30 bijkomende overdekte fietsenstallingen, verdeeld over de Markt en "
           "het Kerkplein. Meer plaatsen passen niet binnen het ontwerp van het plein.")
    d.heading("Financiële gevolgen")
    d.para("De kosten van de signalisatie en de fietsenstallingen, samen 184.000 euro, zijn voorzien in het "
           "meerjarenplan 2026-2031 onder actie 3.2.4. De heraanleg van de Stationsstraat wordt gefinancierd met een "
           "lening en een subsidie van de Vlaamse overheid.")
    d.heading("Besluit")
    d.para("Met 19 stemmen voor, 4 tegen en 1 onthouding.")
    d.hang("Art. 1", "De gemeenteraad stelt het circulatie- en parkeerplan centrum definitief vast zoals gevoegd als "
                     "bijlage bij dit besluit.", indent=14)
    d.hang("Art. 2", "Het college wordt belast met de uitvoering, de communicatie naar bewoners en handelaars en de "
                     "evaluatie van het plan.", indent=14)
    d.hang("Art. 3", "Dit besluit wordt bekendgemaakt op de webtoepassing van de gemeente en ter kennis gebracht van "
                     "de adviesraden.", indent=14)
    d.ln(2)
    d.para("Namens de gemeenteraad,\nKatrien Wouters, algemeen directeur | Sofie Claes, voorzitter van de "
           "gemeenteraad", size=8.8)
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Voer op de Markt en in de Kerkstraat een zone in",
     "veertien plaatsen waar de eerste 15 minuten gratis zijn", "partly"),
    (2, "Laat leveringen aan de winkels in de nieuwe voetgangerszone toe tot",
     "De venstertijd voor leveringen in de voetgangerszone wordt verlengd", "agrees"),
    (3, "Keer de handelaars in de Stationsstraat tijdens de heraanleg een aanvullende",
     "Een bijkomende gemeentelijke premie voor de handelaars in de Stationsstraat", "disagrees"),
    (4, "Plaats aan de drie invalswegen dynamische borden die het aantal",
     "laat de kostprijs onderzoeken en neemt de vraag mee", "noted"),
    (5, "Start het nieuwe circulatieplan met een proefperiode van zes maanden",
     "start op 1 september 2026 als proef van zes maanden", "agrees"),
    (6, "Voorzie op en rond de Markt ten minste 60 extra overdekte",
     "Er komen 30 bijkomende overdekte fietsenstallingen", "partly"),
    (7, "Stel een centrummanager aan die voor de handelaars het vaste aanspreekpunt",
     None, "unanswered"),
]
UNMATCHED = [
    "Er kwamen 46 reacties van bewoners binnen",
    "zijn voorzien in het meerjarenplan 2026-2031 onder actie 3.2.4",
    "stelt het circulatie- en parkeerplan centrum definitief vast",
]
NOTES = ("Flemish municipal advisory council for the local economy advises on a draft circulation and parking plan; "
         "the reply is the gemeenteraad's decision adopting the plan. Advice: LETTERED a)-g) with a bold short title "
         "after 'De adviesraad vraagt het college om:' (numbers 1-7 = a-g); traps: statutes art. 2 'moet ... om "
         "advies vragen', the Decreet lokaal bestuur, a parking-occupancy table, dash-bulleted findings, the 2022 "
         "advice quoted ('Maak van de Markt een autoluw plein ...'), 'zou ... moeten gaan', a 'gunstig advies ... "
         "op voorwaarde'. Response: council decision with sections Aanleiding en context (nothing) / Argumentatie "
         "(bold run-in subjects, NO letters) / Financiële gevolgen (nothing) / Besluit Art. 1-3 (nothing), order b, "
         "e+c, a, d, f: b agrees; ONE paragraph 'Invoering en hinder' = e agrees + c disagrees ('wordt niet "
         "ingevoerd'); a partly (15 minutes, Kerkstraat only); d noted (cost study, decision in autumn); f partly "
         "(30 instead of 60); g (centre manager) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

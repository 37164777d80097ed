"""Round 81 (nl): the RAPPORT of an EVALUATIECOMMISSIE appointed by the ALGEMENE LEDENVERGADERING of an ENERGY
COOPERATIVE (a members' committee reviewing member involvement and governance), answered by the board's reaction in
the ALV-STUKKEN (the meeting papers for the next general meeting of members: an agenda item with the board's
reaction and a 'Voorstel aan de ALV').

Advice: (invented) Energiecoöperatie Zonnewaard U.A., 'Rapport van de evaluatiecommissie ledenbetrokkenheid en
bestuur', 3 p., sans, green title band, running head, 'Pagina n van m': the statuten's 'moet' quoted, a membership
table, a NUMBERED list of five 'bevindingen' (1.-5.), the 2021 committee's recommendation quoted ('Maak de notulen
...'), 'zou ... moeten'; the recommendations ONLY in a ruled table 'Nr. | Aanbeveling | Aan | Wanneer' numbered 1-7.
Response: 'ALV-stukken, agendapunt 6: Reactie van het bestuur' (2 p., TWO COLUMNS, fpdf2 text_columns), bold
run-in labels 'Aanbeveling N - subject.' in another order: introduction (nothing); 5 agrees (done); 2 partly (100
instead of 50 euro); ONE paragraph 'Aanbevelingen 1 en 3' = 3 agrees + 1 disagrees; 6 noted; 4 agrees (statute
change under agenda item 7); 'Stand van zaken windturbine Hemmerdijk' (nothing); 'Voorstel aan de ALV' (nothing);
7 unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Zonnewaard, its members, projects, people, figures and dates are invented.

Run: /tmp/blind81nl/bin/python tests/docs/src/blind81/gen_nl_cooperatie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b81nl as B  # noqa: E402

NAME = "blind81_nl_cooperatie"
DV = "/usr/share/fonts/truetype/dejavu/"
GREEN = (46, 112, 58)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head):
        super().__init__(format="A4")
        self.head = head
        self.set_creation_date(datetime.datetime(2026, 4, 2, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 21
        self.tw = self.w - 2 * self.lm
        self.set_margins(self.lm, 24, self.lm)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_xy(self.lm, 9)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(self.tw, 4, self.head, align="L")
        self.set_draw_color(*GREEN)
        self.line(self.lm, 14, self.w - self.lm, 14)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("sa", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.tw, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def band(self, title, sub):
        self.set_fill_color(*GREEN)
        self.rect(0, 0, self.w, 38, style="F")
        self.set_text_color(255)
        self.set_xy(self.lm, 11)
        self.set_font("sa", "B", 17)
        self.cell(self.tw, 8, title)
        self.set_xy(self.lm, 22)
        self.set_font("sa", "", 9.5)
        self.multi_cell(self.tw, 5, sub)
        self.set_text_color(0)
        self.set_fill_color(255)
        self.set_y(46)

    def para(self, t, size=9.4, style="", h=4.9, after=2.2):
        self.set_font("sa", style, size)
        self.multi_cell(self.tw, h, t, align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def heading(self, t, size=11):
        self.ln(1.5)
        self.set_font("sa", "B", size)
        self.set_text_color(*GREEN)
        self.multi_cell(self.tw, 6, t, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def item(self, n, t):
        self.set_font("sa", "", 9.4)
        y = self.get_y()
        self.cell(8, 4.9, n)
        self.set_xy(self.lm + 8, y)
        self.multi_cell(self.tw - 8, 4.9, t, align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)

    def grid(self, rows, widths, size=8.5, lh=4.6):
        self.set_font("sa", "", size)
        self.set_draw_color(130, 130, 130)
        with self.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=lh,
                        headings_style=FontFace(emphasis="BOLD", fill_color=(221, 236, 221)),
                        align="LEFT", cell_fill_mode="NONE") as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(c)
        self.ln(3)


RECS_TEXT = [
    ("Stel een ledenraad van negen leden in die het bestuur gevraagd en ongevraagd adviseert over nieuwe projecten.",
     "ALV", "ALV 2026"),
    ("Verlaag de minimale inleg voor nieuwe leden van 250 naar 50 euro, zodat ook huurders en jongeren kunnen "
     "meedoen.", "bestuur", "2026"),
    ("Organiseer naast de jaarlijkse ALV ten minste twee informele ledenavonden per jaar, in wisselende dorpen.",
     "bestuur", "vanaf 2026"),
    ("Maak stemmen op afstand mogelijk via een beveiligd digitaal stemsysteem, ook bij besluiten over de "
     "jaarrekening.", "bestuur en ALV", "ALV 2027"),
    ("Publiceer elk kwartaal de opbrengst van de zonneparken en de windturbine per project op de website.",
     "bestuur", "direct"),
    ("Reserveer jaarlijks tien procent van het resultaat voor een gebiedsfonds waaruit lokale verenigingen kunnen "
     "putten.", "ALV", "jaarrekening 2026"),
    ("Zoek gericht naar bestuursleden onder jongere leden en stel voor elke vacature een profielschets op.",
     "bestuur", "doorlopend"),
]


def advice():
    d = Doc("Energiecoöperatie Zonnewaard U.A. | Rapport evaluatiecommissie ledenbetrokkenheid en bestuur | maart 2026")
    d.add_page()
    d.band("Rapport van de evaluatiecommissie",
           "Ledenbetrokkenheid en bestuur van Energiecoöperatie Zonnewaard U.A.\nAan de algemene ledenvergadering, "
           "maart 2026")
    d.heading("1. Opdracht")
    d.para("De algemene ledenvergadering (ALV) van 18 april 2025 heeft een evaluatiecommissie van vijf leden "
           "ingesteld. De commissie kreeg de opdracht na te gaan hoe de leden bij de coöperatie betrokken zijn en "
           "of de bestuursstructuur nog past bij een coöperatie die in vijf jaar van 300 naar ruim 1.400 leden is "
           "gegroeid. Artikel 14 van de statuten bepaalt dat het bestuur jaarlijks aan de ALV verantwoording moet "
           "afleggen over het gevoerde beleid; deze evaluatie staat daarnaast.")
    d.para("De commissie sprak met het bestuur, de raad van toezicht en twaalf leden, hield een online enquête onder "
           "alle leden (respons 31 procent) en vergeleek Zonnewaard met drie andere energiecoöperaties van "
           "vergelijkbare omvang.")
    d.heading("2. De coöperatie in cijfers")
    d.grid([("", "2021", "2023", "2025"),
            ("Leden", "312", "860", "1.428"),
            ("Opgesteld vermogen (MW)", "1,2", "6,8", "11,4"),
            ("Opkomst ALV", "64", "71", "58"),
            ("Gemiddelde inleg (euro)", "1.150", "920", "780")], (70, 30, 30, 30))
    d.heading("3. Bevindingen")
    d.para("De commissie komt tot de volgende bevindingen:")
    for n, t in enumerate([
        "De opkomst bij de ALV is laag en daalt: in 2025 waren 58 van de 1.428 leden aanwezig.",
        "Leden voelen zich vooral betrokken bij het project in hun eigen dorp, minder bij de coöperatie als geheel.",
        "De minimale inleg van 250 euro is voor een deel van de huishoudens een drempel om lid te worden.",
        "Het bestuur werkt hard en deskundig, maar bestaat uit vijf leden die allen ouder zijn dan 60 jaar.",
        "Informatie over de opbrengsten van de projecten verschijnt alleen in het jaarverslag.",
    ], 1):
        d.item(f"{n}.", t)
    d.para("In 2021 deed een eerdere commissie al een aanbeveling over de communicatie: 'Maak de notulen van de ALV "
           "binnen een maand openbaar voor alle leden.' Die aanbeveling is opgevolgd. De commissie stelt wel vast "
           "dat de notulen weinig worden gelezen.")
    d.heading("4. Analyse")
    d.para("Een coöperatie van deze omvang zou niet alleen op de jaarlijkse vergadering moeten leunen om haar leden "
           "te betrekken. Bij de drie vergeleken coöperaties werkt een vorm van tussentijds overleg goed: een "
           "ledenraad, dorpsavonden of een klankbordgroep per project. Ook digitaal stemmen verhoogt daar de "
           "deelname aan besluiten, mits het systeem betrouwbaar is en de statuten het toestaan.")
    d.para("Tegelijk wil de commissie waken voor extra lagen. De kracht van Zonnewaard is de korte lijn tussen "
           "bestuur en leden. De aanbevelingen hieronder zijn daarom zo licht mogelijk gehouden.")
    d.heading("5. Aanbevelingen")
    d.para("De commissie doet de volgende aanbevelingen. De kolom 'Aan' geeft aan wie volgens de commissie aan zet is.")
    d.grid([("Nr.", "Aanbeveling", "Aan", "Wanneer")] + [(str(i), t, a, w) for i, (t, a, w) in enumerate(RECS_TEXT, 1)],
           (10, 104, 26, 28))
    d.heading("6. Tot slot")
    d.para("De commissie dankt allen die aan de evaluatie hebben bijgedragen. Zij verzoekt het bestuur op de "
           "volgende ALV schriftelijk op dit rapport te reageren.")
    d.para("Namens de evaluatiecommissie, Gerda Hulshof (voorzitter), Tim Bosch, Yvonne Kamphuis, Arjen Nijland en "
           "Sanne de Wit, 9 maart 2026", size=8.2, style="I")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Energiecoöperatie Zonnewaard U.A. | Stukken ALV 23 april 2026 | Agendapunt 6")
    d.add_page()
    d.band("Stukken algemene ledenvergadering",
           "Energiecoöperatie Zonnewaard U.A. | donderdag 23 april 2026, 19.30 uur, dorpshuis De Hemme\n"
           "Agendapunt 6: Reactie van het bestuur op het rapport van de evaluatiecommissie")
    parts = [
        ("Inleiding. ", "Het bestuur dankt de evaluatiecommissie voor het zorgvuldige rapport en voor de vele "
                        "gesprekken die zij met leden heeft gevoerd. Het bestuur herkent zich in het beeld dat de "
                        "commissie schetst. Hieronder reageren wij per aanbeveling, in de volgorde waarin wij ze "
                        "hebben besproken."),
        ("Aanbeveling 5 - Opbrengsten per kwartaal. ", "Dit hebben wij al opgepakt. Sinds januari 2026 staan de "
                        "opbrengsten van alle projecten elk kwartaal op de website, met een vergelijking met de "
                        "prognose."),
        ("Aanbeveling 2 - Minimale inleg. ", "Wij willen de drempel verlagen, maar niet zo ver als de commissie "
                        "voorstelt. Bij een inleg van 50 euro wegen de administratiekosten per lid niet meer op "
                        "tegen de opbrengst. Wij stellen daarom voor de minimale inleg per 1 juli 2026 te verlagen "
                        "naar 100 euro."),
        ("Aanbevelingen 1 en 3 - Ledenraad en ledenavonden. ", "De informele ledenavonden gaan er komen: in juni in "
                        "Oosterwaard en in november in Hemmen, daarna twee keer per jaar in wisselende dorpen. Een "
                        "ledenraad vindt het bestuur voor onze coöperatie een te zware structuur, die de korte lijn "
                        "met de leden juist langer maakt. Wij stellen de ALV daarom voor geen ledenraad in te "
                        "stellen."),
        ("Aanbeveling 6 - Gebiedsfonds. ", "Over de bestemming van het resultaat besluit de ALV bij de vaststelling "
                        "van de jaarrekening. Het bestuur neemt deze aanbeveling in overweging en komt er bij de "
                        "jaarrekening 2026 op terug, als duidelijk is hoe de nieuwe subsidieregels voor zon op "
                        "land uitpakken."),
        ("Aanbeveling 4 - Digitaal stemmen. ", "Het bestuur neemt deze aanbeveling over. Onder agendapunt 7 ligt een "
                        "statutenwijziging voor die stemmen op afstand mogelijk maakt; bij aanneming kan vanaf de "
                        "ALV van 2027 digitaal worden gestemd."),
        ("Stand van zaken windturbine Hemmerdijk. ", "Los van het rapport informeren wij u over de windturbine. De "
                        "omgevingsvergunning is op 2 maart onherroepelijk geworden. De bouw start naar verwachting "
                        "in september; de ledenlening van 1,2 miljoen euro wordt in mei opengesteld."),
        ("Voorstel aan de ALV. ", "De ALV wordt gevraagd kennis te nemen van het rapport en van deze reactie, en in "
                        "te stemmen met het voorstel om de minimale inleg te verlagen en geen ledenraad in te "
                        "stellen. De evaluatiecommissie wordt met dank gedechargeerd."),
    ]
    d.set_font("sa", "", 9.2)
    with d.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.25) as cols:
        for label, text in parts:
            with cols.paragraph(bottom_margin=2.4) as par:
                d.set_font("sa", "B", 9.2)
                par.write(label)
                d.set_font("sa", "", 9.2)
                par.write(text)
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "Stel een ledenraad van negen leden in die het bestuur",
     "Wij stellen de ALV daarom voor geen ledenraad in te", "disagrees"),
    (2, "Verlaag de minimale inleg voor nieuwe leden van 250 naar",
     "minimale inleg per 1 juli 2026 te verlagen naar 100 euro", "partly"),
    (3, "Organiseer naast de jaarlijkse ALV ten minste twee informele ledenavonden",
     "De informele ledenavonden gaan er komen", "agrees"),
    (4, "Maak stemmen op afstand mogelijk via een beveiligd digitaal stemsysteem",
     "Het bestuur neemt deze aanbeveling over", "agrees"),
    (5, "Publiceer elk kwartaal de opbrengst van de zonneparken en de",
     "Dit hebben wij al opgepakt", "agrees"),
    (6, "Reserveer jaarlijks tien procent van het resultaat voor een gebiedsfonds",
     "neemt deze aanbeveling in overweging en komt er", "noted"),
    (7, "Zoek gericht naar bestuursleden onder jongere leden en stel voor", None, "unanswered"),
]
UNMATCHED = [
    "Het bestuur dankt de evaluatiecommissie voor het zorgvuldige rapport",
    "De omgevingsvergunning is op 2 maart onherroepelijk geworden",
    "De evaluatiecommissie wordt met dank gedechargeerd",
]
NOTES = ("Energy cooperative: the report of an evaluation committee appointed by the ALV, answered by the board's "
         "reaction in the ALV papers. Advice: the recommendations ONLY in a ruled table 'Nr. | Aanbeveling | Aan | "
         "Wanneer' (1-7) under '5. Aanbevelingen'; traps: statuten art. 14 'moet', a membership table with years, a "
         "numbered list of five 'bevindingen' (1.-5.), the 2021 committee's recommendation quoted ('Maak de notulen "
         "...'), 'zou niet alleen ... moeten leunen'. Response: TWO COLUMNS, paragraphs with bold run-in labels "
         "'Aanbeveling N - subject.' in the order 5, 2, 1+3, 6, 4: Inleiding (nothing), 5 agrees (already done), 2 "
         "partly (100 instead of 50 euro), ONE paragraph 'Aanbevelingen 1 en 3' = 3 agrees + 1 disagrees ('voor geen "
         "ledenraad in te stellen'), 6 noted ('in overweging ... komt er op terug'), 4 agrees (statute change under "
         "agenda item 7), 'Stand van zaken windturbine Hemmerdijk' and 'Voorstel aan de ALV' (nothing); 7 (younger "
         "board members) unanswered.")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

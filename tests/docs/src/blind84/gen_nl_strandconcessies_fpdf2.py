"""Round 84 (nl, Flemish): the ADVIES of a coastal municipality's TOERISTISCHE ADVIESRAAD on the draft beach
concession policy, answered in the municipality's NIEUWSBRIEF for traders and concession holders (two columns, by
subject and paraphrase, no numbers).

Advice: (invented) Toeristische Adviesraad Wimpelkerke, 'Advies TAR 2026/01 over het ontwerp van
strandconcessiebeleid 2027-2032' (2 p., sans, a sea-blue band on page 1, a meta block, a zones table, running head,
'Pagina n van m'); the seven recommendations are UNNUMBERED BULLETS (infinitive clauses) after 'De adviesraad vraagt
het college om:'; traps: the statutes ('moet binnen zestig dagen'), the gemeentelijk reglement ('moet ... via een
openbare oproep'), a zones table, dash-bulleted findings 'De adviesraad stelt vast dat', the 2019 advice quoted
('Voorzie op elk bewaakt strand een toegankelijk pad tot aan de waterlijn.'), 'zouden ... moeten blijven', a
'gunstig advies op voorwaarde dat'.
Response: 'Kustpost', nieuwsbrief nr. 12, maart 2026 (1 p., two columns with fpdf2 text_columns, article headings),
no numbers: the schepen's 'Woord vooraf' (nothing); 'Nieuw strandconcessiebeleid goedgekeurd'
framing (part of the intro); 'Rust op het Duinenstrand' = 1 agrees; ONE article 'Langer seizoen, langere concessies'
= 4 disagrees (season to 11 November stays) + 7 agrees (nine years); 'Muziek op de terrassen' = 3 partly (23 h, not
22 h); 'Toegankelijkheid weegt mee' = 2 agrees; 'Afval op het strand' = 6 noted (studied with the intercommunale,
decision after the season); 'Reddingsposten en strandtoezicht 2026' (nothing); 'Vragen?' closing (nothing); 5 (a
daily-reachable municipal contact point) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, fixed creation date).

Wimpelkerke, its adviesraad, people, figures and dates are invented.

Run: /tmp/blind84nl/bin/python tests/docs/src/blind84/gen_nl_strandconcessies_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b84nl as B  # noqa: E402

NAME = "blind84_nl_strandconcessies"
DV = "/usr/share/fonts/truetype/dejavu/"
SEA = (14, 92, 140)
SAND = (196, 150, 60)
GREY = (90, 90, 90)


class Doc(FPDF):
    def __init__(self, head, accent, band=False):
        super().__init__(format="A4")
        self.head = head
        self.accent = accent
        self.band = band
        self.set_creation_date(datetime.datetime(2026, 3, 6, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        self.lm = 20
        self.tw = self.w - self.lm - 20
        self.set_margins(self.lm, 22, 20)
        self.set_auto_page_break(True, 20)

    def header(self):
        if self.page_no() == 1:
            if self.band:
                self.set_fill_color(*self.accent)
                self.rect(0, 0, self.w, 7, style="F")
            return
        self.set_xy(self.lm, 10)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        self.cell(self.tw, 4, self.head, align="L")
        self.set_draw_color(*self.accent)
        self.line(self.lm, 15, self.w - 20, 15)
        self.set_text_color(0)
        self.set_y(21)

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

    def bullet(self, t, mark="\u2022", indent=6, size=9.4):
        self.set_font("sa", "", size)
        if self.get_y() + 11 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_xy(self.lm + 2, y)
        self.cell(indent, 4.9, mark)
        self.set_xy(self.lm + 2 + indent, y)
        self.multi_cell(self.tw - indent - 2, 4.9, t, align="L", markdown=True, new_x="LEFT", new_y="NEXT")
        self.set_x(self.lm)
        self.ln(1.2)

    def grid(self, rows, widths, size=8.6, lh=4.7, fill=(220, 234, 244)):
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
    "het aantal concessies op het Duinenstrand te beperken tot twee, zodat dit strand zijn rustige en natuurlijke "
    "karakter behoudt;",
    "in de gunningscriteria een gewicht van minstens twintig procent toe te kennen aan de toegankelijkheid van de "
    "strandbar en het strand voor personen met een beperking;",
    "versterkte muziek op de terrassen van de strandbars na 22 uur te verbieden, met uitzondering van vijf vooraf "
    "aangevraagde evenementen per seizoen;",
    "het zomerseizoen voor de strandbars niet te verlengen tot 11 november, maar het einde van het seizoen op 30 "
    "september te behouden;",
    "binnen de dienst Toerisme een vast aanspreekpunt aan te duiden dat tijdens het seizoen elke dag bereikbaar is "
    "voor de concessiehouders;",
    "de concessiehouders per strandzone te verplichten om samen een afvalplan op te maken, met gescheiden "
    "inzameling op het strand zelf;",
    "de looptijd van de concessies te verlengen van zes naar negen jaar, zodat uitbaters hun investeringen in "
    "duurzame paviljoenen kunnen terugverdienen.",
]


def advice():
    d = Doc("Toeristische Adviesraad Wimpelkerke  |  Advies TAR 2026/01  |  strandconcessiebeleid 2027-2032", SEA,
            band=True)
    d.add_page()
    d.set_y(14)
    d.set_font("sa", "B", 11)
    d.set_text_color(*SEA)
    d.cell(d.tw, 6, "TOERISTISCHE ADVIESRAAD WIMPELKERKE", new_x="LEFT", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(d.tw, 4.5, "p/a Dienst Toerisme, Zeedijk 100, 8499 Wimpelkerke  |  toerismeraad@wimpelkerke.be",
           new_x="LEFT", new_y="NEXT")
    d.set_text_color(0)
    d.ln(6)
    d.set_font("sa", "B", 15)
    d.multi_cell(d.tw, 7, "Advies TAR 2026/01 over het ontwerp van strandconcessiebeleid 2027-2032", align="L",
                 new_x="LEFT", new_y="NEXT")
    d.ln(2)
    d.set_font("sa", "", 8.6)
    for a, b in (("Aan", "het college van burgemeester en schepenen"),
                 ("Adviesvraag", "brief van 2 december 2025 (ref. TOE/2025/311)"),
                 ("Goedgekeurd", "algemene vergadering van 14 januari 2026 (17 van de 21 leden aanwezig, "
                                 "16 stemmen voor, 1 onthouding)"),
                 ("Datum advies", "19 januari 2026")):
        d.set_font("sa", "B", 8.6)
        d.cell(30, 4.8, a)
        d.set_font("sa", "", 8.6)
        d.multi_cell(d.tw - 30, 4.8, b, new_x="LMARGIN", new_y="NEXT")
    d.set_draw_color(*SAND)
    d.set_line_width(0.6)
    d.line(d.lm, d.get_y() + 2, d.w - 20, d.get_y() + 2)
    d.set_line_width(0.2)
    d.ln(5)

    d.heading("1. Adviesvraag en werkwijze")
    d.para("Het college vroeg de Toeristische Adviesraad op 2 december 2025 om advies over het ontwerp van "
           "strandconcessiebeleid voor de periode 2027-2032. Volgens artikel 3 van de statuten moet de adviesraad "
           "binnen zestig dagen na de adviesvraag een advies uitbrengen. De werkgroep Strand en Zeedijk besprak het "
           "ontwerp op drie avonden, sprak met zes uitbaters van strandbars, met de reddingsdienst en met de "
           "vereniging van strandcabine-eigenaars, en legde een ontwerp van advies voor aan de algemene vergadering.")

    d.heading("2. Het ontwerp in het kort")
    d.para("De huidige concessies lopen af op 31 december 2026. Het ontwerp voorziet veertien concessies in plaats "
           "van elf, een seizoen dat loopt van 1 maart tot 11 november en een toewijzing op basis van "
           "kwaliteitscriteria en een concessievergoeding. Het gemeentelijk reglement op het gebruik van het "
           "openbaar domein bepaalt dat elke concessie via een openbare oproep moet worden toegekend.")
    d.grid([["Strandzone", "Concessies nu", "Ontwerp 2027", "Strandlengte"],
            ["Zeedijk-Centrum", "5", "6", "1,1 km"],
            ["Zeedijk-West", "3", "4", "0,9 km"],
            ["Duinenstrand", "1", "4", "1,6 km"],
            ["Hondenstrand Noord", "2", "0", "0,4 km"]], [52, 36, 36, 36])

    d.heading("3. Vaststellingen")
    d.para("Uit de gesprekken en de eigen waarnemingen van de leden blijkt het volgende.", after=1)
    for t in ("De adviesraad stelt vast dat de klachten van bewoners over geluid op de Zeedijk-Centrum in 2025 "
              "verdubbeld zijn ten opzichte van 2023.",
              "Slechts twee van de elf huidige concessies beschikken over een pad voor strandrolstoelen tot aan het "
              "terras.",
              "De afvalbakken op het strand zijn in juli en augustus geregeld al om 15 uur vol.",
              "Uitbaters melden dat zij voor vergunningen, evenementen en herstellingen met vier verschillende "
              "diensten te maken hebben."):
        d.bullet(t, mark="-")
    d.para("In zijn advies van 2019 vroeg de raad al: 'Voorzie op elk bewaakt strand een toegankelijk pad tot aan de "
           "waterlijn.' Dat advies werd maar gedeeltelijk uitgevoerd. De strandbars zouden volgens de raad ook in de "
           "toekomst een plek voor het hele gezin moeten blijven, en geen verlengstuk van het uitgaansleven.")

    d.heading("4. Advies")
    d.para("De Toeristische Adviesraad geeft een gunstig advies over het ontwerp, op voorwaarde dat het college "
           "rekening houdt met de volgende punten. De adviesraad vraagt het college om:", after=1)
    for t in ADVIES:
        d.bullet(t)
    d.ln(1)
    d.para("De adviesraad is graag bereid om het definitieve beleid mee toe te lichten op de infoavond voor "
           "uitbaters en dankt de dienst Toerisme voor de vlotte ondersteuning.")
    d.ln(3)
    d.para("Voor de Toeristische Adviesraad,\n\nAnnelies Vandewalle, secretaris          Pieter-Jan Decoene, "
           "voorzitter")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("Kustpost  |  nieuwsbrief voor uitbaters en handelaars  |  nr. 12  |  maart 2026", SEA)
    d.add_page()
    d.set_fill_color(*SEA)
    d.rect(d.lm, 12, d.tw, 20, style="F")
    d.set_xy(d.lm + 4, 14)
    d.set_text_color(255)
    d.set_font("sa", "B", 20)
    d.cell(80, 9, "Kustpost")
    d.set_font("sa", "", 8.5)
    d.set_xy(d.lm + 4, 24)
    d.cell(d.tw - 8, 5, "Nieuwsbrief van de gemeente Wimpelkerke voor uitbaters en handelaars  |  nr. 12  |  "
                        "maart 2026")
    d.set_text_color(0)
    d.set_y(38)

    def art(cols, title, text, size=9.4):
        d.set_font("sa", "B", 10.2)
        d.set_text_color(*SEA)
        cols.write(title + "\n")
        d.set_text_color(0)
        d.set_font("sa", "", size)
        cols.write(text + "\n\n")

    with d.text_columns(ncols=2, gutter=7, text_align="LEFT", balance=True) as cols:
        art(cols, "Woord vooraf",
            "Beste ondernemer, over enkele weken gaan de eerste terrassen op het strand weer open. Ik wens u een "
            "goed en veilig seizoen, met veel zon en tevreden gasten. In deze Kustpost leest u wat er verandert "
            "voor wie vanaf 2027 een concessie wil uitbaten.\nLien Casteleyn, schepen van Toerisme en Economie")
        art(cols, "Nieuw strandconcessiebeleid goedgekeurd",
            "De gemeenteraad keurde op 23 februari het strandconcessiebeleid 2027-2032 goed. Vooraf gaf de "
            "Toeristische Adviesraad advies, en het college heeft een aantal van zijn voorstellen in de "
            "definitieve tekst verwerkt. Hieronder zetten we de belangrijkste wijzigingen op een rij.")
        art(cols, "Rust op het Duinenstrand",
            "Op het Duinenstrand komen er geen vier maar slechts twee concessies, zoals de adviesraad had "
            "gevraagd. Het strand tussen de twee paviljoenen blijft vrij van terrassen en ligstoelverhuur.")
        art(cols, "Langer seizoen, langere concessies",
            "Aan de verlenging van het seizoen houdt het college vast: vanaf 2027 mogen strandbars open van 1 maart "
            "tot 11 november. Het voorstel om de sluiting op 30 september te behouden, is dus niet gevolgd. Tegelijk "
            "worden de concessies voortaan voor negen jaar toegekend in plaats van zes, zodat investeringen in een "
            "duurzaam paviljoen rendabel blijven.")
        art(cols, "Muziek op de terrassen",
            "Versterkte muziek op de terrassen is vanaf 23 uur niet meer toegelaten. De adviesraad stelde 22 uur "
            "voor; het college kiest voor een uur later, maar neemt wel de regeling van vijf evenementen per "
            "seizoen met een uitzondering over.")
        art(cols, "Toegankelijkheid weegt mee",
            "Bij de toewijzing telt toegankelijkheid voor een vijfde van de punten mee. Wie een pad voor "
            "strandrolstoelen en een aangepast toilet voorziet, maakt dus meer kans.")
        art(cols, "Afval op het strand",
            "Een verplicht gezamenlijk afvalplan per strandzone staat nog niet in het beleid. Het college bekijkt "
            "samen met de intercommunale of zo'n plan haalbaar is en beslist daarover na het seizoen van 2026.")
        art(cols, "Reddingsposten en strandtoezicht 2026",
            "De reddingsposten zijn dit jaar bemand van 30 mei tot 13 september, dagelijks van 10.30 tot 18.30 uur. "
            "Post 4 aan het Duinenstrand verhuist naar de nieuwe strandtrap ter hoogte van de Helmweg. Wij vragen "
            "uitbaters om de doorgang voor de reddingswagen altijd vrij te houden.")
        art(cols, "Vragen?",
            "Hebt u vragen over de nieuwe oproep of over uw lopende concessie? Mail naar toerisme@wimpelkerke.be of "
            "kom langs in het toerismekantoor op de Zeedijk. De oproep tot kandidaatstelling verschijnt in juni; "
            "de infoavond voor kandidaten vindt plaats op dinsdag 16 juni om 19.30 uur in zaal Zeezicht.")
    d.output(B.out(NAME + "_response.pdf"))


RECS = [
    (1, "het aantal concessies op het Duinenstrand te beperken tot twee",
     "komen er geen vier maar slechts twee concessies", "agrees"),
    (2, "in de gunningscriteria een gewicht van minstens twintig procent toe te kennen",
     "telt toegankelijkheid voor een vijfde van de punten mee", "agrees"),
    (3, "versterkte muziek op de terrassen van de strandbars na 22 uur",
     "het college kiest voor een uur later", "partly"),
    (4, "het zomerseizoen voor de strandbars niet te verlengen tot 11 november",
     "Aan de verlenging van het seizoen houdt het college vast", "disagrees"),
    (5, "binnen de dienst Toerisme een vast aanspreekpunt aan te duiden", None, "unanswered"),
    (6, "de concessiehouders per strandzone te verplichten om samen een afvalplan",
     "Het college bekijkt samen met de intercommunale of zo'n plan haalbaar is", "noted"),
    (7, "de looptijd van de concessies te verlengen van zes naar negen jaar",
     "worden de concessies voortaan voor negen jaar toegekend in plaats van zes", "agrees"),
]
UNMATCHED = [
    "over enkele weken gaan de eerste terrassen op het strand weer open",
    "Post 4 aan het Duinenstrand verhuist naar de nieuwe strandtrap",
    "De oproep tot kandidaatstelling verschijnt in juni",
]
NOTES = ("Advice: (invented) Toeristische Adviesraad Wimpelkerke, advice on the draft beach concession policy; the "
         "seven recommendations are UNNUMBERED BULLETS (infinitive clauses) after 'De adviesraad vraagt het college "
         "om:'. Traps: statutes 'moet binnen zestig dagen', the reglement 'moet ... worden toegekend', a zones table, "
         "dash-bulleted findings 'De adviesraad stelt vast dat', the 2019 advice quoted ('Voorzie op elk bewaakt "
         "strand een toegankelijk pad tot aan de waterlijn.'), 'zouden ... moeten blijven', 'gunstig advies ... op "
         "voorwaarde dat'. Response: the municipal NIEUWSBRIEF 'Kustpost' in two columns, articles by subject, no "
         "numbers, order 1, 4+7, 3, 2, 6: 'Woord vooraf' (nothing; the next article 'Nieuw strandconcessiebeleid "
         "goedgekeurd' is framing too); 1 agrees; ONE article 'Langer seizoen, langere concessies' = 4 disagrees "
         "(season to 11 November kept) + 7 agrees (nine years); 3 partly (23 h instead of 22 h, the five events "
         "taken over); 2 agrees (a fifth of the points); 6 noted (studied with the intercommunale, decision after "
         "the season); 'Reddingsposten en strandtoezicht 2026' and 'Vragen?' (nothing); 5 (daily contact point) "
         "unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

"""Round 70 (nl): an ADVIES of the Belgian FEDERALE DEONTOLOGISCHE COMMISSIE (the commission attached to the
Chamber that advises on the ethics of federal office holders) on gifts, invitations and paid trips, answered by a
WETSVOORSTEL of members of the Chamber (a private members' bill, Kamer document .../001) whose TOELICHTING
discusses the commission's advice and whose articles carry it out.

Advice: 'Advies nr. 2026/04 over geschenken, uitnodigingen en door derden betaalde reizen' (invented), 3 p.: a
title band, '1 Adviesaanvraag' with the Chamber president's questions 1.-3., '2 Juridisch kader' (article 6 of the
Deontologische Code quoted: 'mag geen geschenken aannemen', 'moet ... melden'), '3 Vaststellingen' (Tabel 1 of
declared gifts, 'De Commissie stelt vast', GRECO's recommendation quoted and reported as not followed), '4
Aanbevelingen' with bold short subject lines, each followed by an UNNUMBERED paragraph 'De Commissie beveelt aan
...' (numbers are their order 1-7), and a refusal among them ('De Commissie acht een algemeen verbod ... niet
wenselijk' - no recommendation), '5 Slotbeschouwing' (confidential advice on request, 'moet').
Response: Kamer DOC 56 1342/001, 3 p.: the bilingual title block, 'SAMENVATTING' box (a paraphrase of the bill:
nothing), 'TOELICHTING - DAMES EN HEREN,' '1. Inleiding' (nothing), '2. Het advies van de Federale Deontologische
Commissie' in paragraphs in another order: 1 agrees (register), 2 partly (100 euro, not 50), ONE paragraph on
trips = 7 agrees (payer and purpose) + 3 disagrees (notice afterwards, not before), 6 agrees (searchable on the
website), 4 noted (to the working group on political renewal); '3. Vergelijking met andere parlementen' (nothing),
'ARTIKELSGEWIJZE TOELICHTING' and 'WETSVOORSTEL' articles 1-5 (nothing new); 5 (ministerial staff) unanswered.
Engine: fpdf2 (DejaVu, no text shaping; bold via markdown=True; the summary box with rect; fixed creation date).

Run: /tmp/blind70nl/bin/python tests/docs/src/blind70/gen_nl_deontologie_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b70nl as B  # noqa: E402

NAME = "blind70_nl_deontologie"
DV = "/usr/share/fonts/truetype/dejavu/"
NAVY = (32, 45, 88)
GREY = (90, 90, 90)
PALE = (232, 235, 243)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 10, 8, 10, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
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
            if self.kind == "adv":
                self.cell(self.tw, 4, "Federale Deontologische Commissie  -  Advies nr. 2026/04", align="L")
            else:
                self.cell(self.tw / 2, 4, f"{self.page_no()}", align="L")
                self.cell(self.tw / 2, 4, "DOC 56      1342/001", align="R")
            self.set_draw_color(*GREY)
            self.line(self.lm, 15, self.w - self.lm, 15)
            self.set_text_color(0)
            self.set_y(20)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        self.set_font("sa", "", 7.2)
        if self.kind == "adv":
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        else:
            self.cell(0, 4, "KAMER  -  6e ZITTINGSPERIODE  -  2025  -  2026", align="C")
        self.set_text_color(0)


def head(d, t, size=10.6, color=NAVY):
    d.ln(2.5)
    if d.will_page_break(22):
        d.add_page()
    d.set_font("sa", "B", size)
    d.set_text_color(*color)
    d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0)
    d.ln(1)


def para(d, t, fam="sa", size=9.0, lh=4.8, after=2.4, stl="", indent=0):
    d.set_font(fam, stl, size)
    d.set_x(d.lm + indent)
    d.multi_cell(d.tw - indent, lh, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
    d.ln(after)


def numbered(d, items, fam="sa", size=9.0):
    d.set_font(fam, "", size)
    for n, t in items:
        d.set_x(d.lm + 3)
        d.cell(7, 4.8, n)
        d.multi_cell(d.tw - 10, 4.8, t, new_x="LMARGIN", new_y="NEXT", align="L")
        d.ln(1)
    d.ln(1.5)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*NAVY)
    d.rect(0, 0, d.w, 46, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm, 12)
    d.set_font("sa", "B", 10)
    d.cell(d.tw, 5, "FEDERALE DEONTOLOGISCHE COMMISSIE", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.cell(d.tw, 5, "Advies nr. 2026/04  -  2 april 2026", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 14.5)
    d.multi_cell(d.tw, 7, "Advies over geschenken, uitnodigingen en door derden betaalde reizen van federale "
                 "mandatarissen", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_y(54)
    head(d, "1  Adviesaanvraag")
    para(d, "Bij brief van 14 januari 2026 vroeg de voorzitter van de Kamer van volksvertegenwoordigers de "
         "Commissie om advies over de regels voor geschenken en uitnodigingen. De voorzitter legde de Commissie "
         "drie vragen voor:")
    numbered(d, [("1.", "Zijn de bestaande regels van de Deontologische Code over geschenken nog toereikend?"),
                 ("2.", "Moeten reizen die door derden worden betaald, op een andere manier worden gemeld?"),
                 ("3.", "Welke rol kan de Commissie zelf spelen bij het toezicht op die regels?")])
    head(d, "2  Juridisch kader")
    para(d, "Artikel 6 van de Deontologische Code voor de federale mandatarissen luidt:")
    para(d, "'De mandataris mag geen geschenken aannemen die zijn onafhankelijkheid in het gedrang kunnen brengen. "
         "Geschenken met een waarde van meer dan 250 euro moet hij weigeren of aan de Kamer overdragen.'",
         stl="I", indent=8)
    para(d, "De Code bevat geen meldingsplicht. Reizen die door derden worden betaald, vallen onder de algemene "
         "regel van artikel 6, maar worden nergens geregistreerd. De Commissie kan vandaag alleen optreden op "
         "vraag van een mandataris of van de voorzitter van een assemblee.")
    head(d, "3  Vaststellingen")
    para(d, "Op vraag van de Commissie bezorgden de fracties een overzicht van de geschenken die hun leden sinds "
         "2022 vrijwillig hebben overgedragen of gemeld (tabel 1).")
    d.set_font("sa", "", 8.2)
    with d.table(width=130, col_widths=(58, 24, 24, 24), line_height=4.6, align="LEFT",
                 text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        for r in (("Soort", "2023", "2024", "2025"), ("Geschenken boven 250 euro", "14", "11", "17"),
                  ("Uitnodigingen voor evenementen", "62", "58", "71"),
                  ("Door derden betaalde reizen", "9", "12", "15")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_font("sa", "I", 7.4)
    d.set_text_color(*GREY)
    d.cell(d.tw, 5, "Tabel 1. Vrijwillig gemelde geschenken, uitnodigingen en reizen (bron: fracties).",
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    para(d, "De Commissie stelt vast dat de cijfers onvolledig zijn, omdat melden niet verplicht is. Zij stelt ook "
         "vast dat reizen die door buitenlandse overheden worden betaald, het sterkst zijn toegenomen.")
    para(d, "In zijn evaluatieverslag van 2023 schreef de Groep van Staten tegen Corruptie (GRECO) al:")
    para(d, "'GRECO beveelt aan dat de leden van het federale parlement verplicht worden geschenken en andere "
         "voordelen boven een bepaalde waarde openbaar te melden.'", stl="I", indent=8)
    para(d, "Aan die aanbeveling is tot nu toe geen gevolg gegeven.")
    head(d, "4  Aanbevelingen")
    para(d, "De Commissie acht een algemeen verbod op het aannemen van geschenken niet wenselijk: kleine attenties "
         "horen bij het politieke verkeer en een verbod zou moeilijk te handhaven zijn. Zij doet wel de volgende "
         "aanbevelingen.")
    recs = [
        ("Een meldingsplicht", "De Commissie beveelt aan dat elke federale mandataris geschenken en "
         "uitnodigingen met een waarde van meer dan 150 euro binnen dertig dagen meldt in een register dat de "
         "Kamer bijhoudt."),
        ("Een lagere drempel", "De Commissie beveelt aan de waarde waarboven een geschenk moet worden geweigerd "
         "of overgedragen, te verlagen van 250 euro naar 50 euro."),
        ("Reizen vooraf melden", "De Commissie beveelt aan dat reizen die door een buitenlandse overheid of een "
         "private organisatie worden betaald, vooraf aan de Commissie worden gemeld."),
        ("Een initiatiefrecht voor de Commissie", "De Commissie beveelt aan haar de bevoegdheid te geven om op "
         "eigen initiatief een onderzoek in te stellen naar mogelijke schendingen van de Code."),
        ("Kabinetsmedewerkers", "De Commissie beveelt aan dezelfde regels van toepassing te maken op de "
         "medewerkers van de ministeriële beleidscellen."),
        ("Openbaarheid van het register", "De Commissie beveelt aan het register jaarlijks in een doorzoekbare "
         "vorm op de website van de Kamer bekend te maken."),
        ("Betaler en doel van de reis", "De Commissie beveelt aan bij elke gemelde reis ook de naam van de "
         "betalende organisatie en het doel van de reis te vermelden."),
    ]
    for title, text in recs:
        if d.will_page_break(18):
            d.add_page()
        d.set_font("sa", "B", 9)
        d.set_text_color(*NAVY)
        d.cell(d.tw, 5, title, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        para(d, text, after=2.0)
    head(d, "5  Slotbeschouwing")
    para(d, "De Commissie herinnert eraan dat zij op verzoek van elke mandataris een vertrouwelijk advies kan "
         "geven over een concreet geschenk of een concrete uitnodiging. Wie twijfelt, moet niet wachten tot de "
         "nieuwe regels gelden.")
    para(d, "Goedgekeurd in de vergadering van 2 april 2026.")
    para(d, "Voor de Commissie,\nChristine Wouters, voorzitter")
    d.alias_nb_pages()
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_font("sa", "B", 10)
    d.cell(d.tw / 2, 5, "DOC 56 1342/001", align="L")
    d.cell(d.tw / 2, 5, "DOC 56 1342/001", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "B", 10.5)
    y = d.get_y()
    d.multi_cell(d.tw / 2, 5.4, "BELGISCHE KAMER VAN\nVOLKSVERTEGENWOORDIGERS", align="L")
    d.set_xy(d.lm + d.tw / 2, y)
    d.multi_cell(d.tw / 2, 5.4, "CHAMBRE DES REPRÉSENTANTS\nDE BELGIQUE", align="R", new_x="LMARGIN",
                 new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(d.tw / 2, 5, "8 oktober 2026", align="L")
    d.cell(d.tw / 2, 5, "8 octobre 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.set_draw_color(0)
    d.line(d.lm, d.get_y() + 1, d.w - d.lm, d.get_y() + 1)
    d.ln(7)
    d.set_font("sa", "B", 11)
    d.cell(d.tw, 6, "WETSVOORSTEL", align="C", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 10)
    d.multi_cell(d.tw, 5.4, "tot wijziging van de wet van 6 januari 2014 tot oprichting van een Federale "
                 "Deontologische Commissie en houdende een Deontologische Code, wat de melding van geschenken, "
                 "uitnodigingen en betaalde reizen betreft", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("sa", "", 8.6)
    d.multi_cell(d.tw, 4.6, "(ingediend door mevrouw Ine Claessens, de heer Youssef El Amrani en mevrouw Joke "
                 "Vandewalle)", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    y0 = d.get_y()
    d.set_x(d.lm + 4)
    d.set_font("sa", "B", 8.4)
    d.cell(d.tw - 8, 5, "SAMENVATTING", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 4)
    d.set_font("sa", "", 8.4)
    d.multi_cell(d.tw - 8, 4.4, "Dit wetsvoorstel voert voor de federale mandatarissen een openbaar register in "
                 "van geschenken, uitnodigingen en door derden betaalde reizen. Het verlaagt bovendien het bedrag "
                 "waarboven een geschenk niet mag worden behouden.", new_x="LMARGIN", new_y="NEXT", align="J")
    d.set_draw_color(*GREY)
    d.rect(d.lm, y0 - 2, d.tw, d.get_y() - y0 + 4)
    d.ln(7)
    d.set_font("sa", "B", 10)
    d.cell(d.tw, 5, "TOELICHTING", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.set_font("se", "B", 9.2)
    d.cell(d.tw, 5, "DAMES EN HEREN,", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    S = dict(fam="se", size=9.2, lh=4.9)
    head(d, "1. Inleiding", 9.6, (0, 0, 0))
    para(d, "Het vertrouwen van de burger in de politiek hangt mee af van de vraag of mandatarissen onafhankelijk "
         "beslissen. Wie een dure reis of een uitnodiging aanneemt, moet daarover openheid geven. Vandaag weet "
         "niemand precies welke voordelen federale parlementsleden ontvangen, omdat er geen enkele "
         "meldingsplicht bestaat.", **S)
    head(d, "2. Het advies van de Federale Deontologische Commissie", 9.6, (0, 0, 0))
    para(d, "De indieners steunen zich op het advies nr. 2026/04 van de Federale Deontologische Commissie van 2 "
         "april 2026. Het wetsvoorstel neemt de kern van dat advies over.", **S)
    para(d, "Zoals de Commissie aanbeveelt, wordt een register ingevoerd waarin elke mandataris geschenken en "
         "uitnodigingen van meer dan 150 euro binnen dertig dagen meldt (artikel 3). Het register wordt "
         "bijgehouden door de diensten van de Kamer.", **S)
    para(d, "Wat het bedrag betreft waarboven een geschenk moet worden geweigerd of overgedragen, kiezen de "
         "indieners voor een tussenweg. Het wordt verlaagd tot 100 euro (artikel 2). Een drempel van 50 euro zou "
         "ook gewone relatiegeschenken treffen en vooral administratieve last opleveren.", **S)
    para(d, "Voor de door derden betaalde reizen bepaalt het voorstel dat de mandataris de betalende organisatie "
         "en het doel van de reis vermeldt, zoals de Commissie vraagt. Een melding vóór het vertrek nemen de "
         "indieners echter niet over: een melding binnen dertig dagen na de terugkeer volstaat, omdat reizen "
         "vaak op korte termijn worden georganiseerd en een voorafgaande melding het parlementaire werk zou "
         "hinderen (artikel 4).", **S)
    para(d, "Het register wordt, overeenkomstig het advies, elk jaar in doorzoekbare vorm op de website van de "
         "Kamer gepubliceerd (artikel 3, § 3).", **S)
    para(d, "De aanbeveling om de Commissie een initiatiefrecht te geven raakt aan haar statuut en aan de "
         "verhouding met de assemblees. De indieners leggen die vraag voor aan de werkgroep Politieke Vernieuwing "
         "van de Kamer en regelen ze niet in dit voorstel.", **S)
    head(d, "3. Vergelijking met andere parlementen", 9.6, (0, 0, 0))
    para(d, "In de Nederlandse Tweede Kamer bestaat al jaren een openbaar register van geschenken, en ook het "
         "Europees Parlement kent een meldingsplicht voor betaalde reizen. Het Vlaams Parlement werkt aan een "
         "gelijkaardige regeling. België loopt op dit vlak dus achter.", **S)
    head(d, "ARTIKELSGEWIJZE TOELICHTING", 9.6, (0, 0, 0))
    para(d, "__Artikel 2__ past artikel 6 van de Deontologische Code aan. __Artikel 3__ voert het register in en "
         "regelt de bekendmaking. __Artikel 4__ regelt de melding van reizen. __Artikel 5__ bepaalt dat de wet in "
         "werking treedt op 1 januari 2027.", **S)
    para(d, "Ine CLAESSENS (cd&v)\nYoussef EL AMRANI (Vooruit)\nJoke VANDEWALLE (Open Vld)", after=5, **S)
    d.set_font("sa", "B", 10)
    d.cell(d.tw, 5, "WETSVOORSTEL", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    arts = [("Artikel 1", "Deze wet regelt een aangelegenheid als bedoeld in artikel 74 van de Grondwet."),
            ("Art. 2", "In artikel 6 van de Deontologische Code worden de woorden '250 euro' vervangen door de "
                       "woorden '100 euro'."),
            ("Art. 3", "In dezelfde Code wordt een artikel 6/1 ingevoegd dat het register van geschenken en "
                       "uitnodigingen regelt."),
            ("Art. 4", "In dezelfde Code wordt een artikel 6/2 ingevoegd dat de melding van door derden "
                       "betaalde reizen regelt."),
            ("Art. 5", "Deze wet treedt in werking op 1 januari 2027.")]
    for a, t in arts:
        d.set_font("se", "B", 9)
        d.cell(d.tw, 5, a, align="C", new_x="LMARGIN", new_y="NEXT")
        para(d, t, **S)
    para(d, "17 september 2026", **S)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("1", "De Commissie beveelt aan dat elke federale mandataris geschenken en",
         "Zoals de Commissie aanbeveelt, wordt een register ingevoerd", "agrees"),
        ("2", "De Commissie beveelt aan de waarde waarboven een geschenk moet",
         "kiezen de indieners voor een tussenweg", "partly"),
        ("3", "De Commissie beveelt aan dat reizen die door een buitenlandse",
         "Een melding vóór het vertrek nemen de indieners echter niet over", "disagrees"),
        ("4", "De Commissie beveelt aan haar de bevoegdheid te geven om",
         "leggen die vraag voor aan de werkgroep Politieke Vernieuwing", "noted"),
        ("5", "De Commissie beveelt aan dezelfde regels van toepassing te maken", None, "unanswered"),
        ("6", "De Commissie beveelt aan het register jaarlijks in een doorzoekbare",
         "Het register wordt, overeenkomstig het advies, elk jaar", "agrees"),
        ("7", "De Commissie beveelt aan bij elke gemelde reis ook de",
         "de betalende organisatie en het doel van de reis vermeldt", "agrees"),
    ], [
        "hangt mee af van de vraag of mandatarissen onafhankelijk beslissen",
        "België loopt op dit vlak dus achter",
        "Deze wet regelt een aangelegenheid als bedoeld in artikel 74",
    ], "ADVIES of the Belgian FEDERALE DEONTOLOGISCHE COMMISSIE on gifts, invitations and paid trips of federal "
       "office holders, answered by a WETSVOORSTEL of three members of the Chamber (DOC 56 1342/001) whose "
       "TOELICHTING discusses the advice. The Commission, the law of 6 January 2014 and the Deontologische Code, "
       "the Chamber, article 74 of the Constitution and GRECO are real; the advice nr. 2026/04, the quoted article "
       "6 wording and thresholds, GRECO's quoted recommendation, the bill, its authors, figures and dates are "
       "invented and not to be relied on. The seven recommendations are the UNNUMBERED paragraphs 'De Commissie "
       "beveelt aan ...' in '4 Aanbevelingen', each under a bold short subject line (numbers are their order 1-7; "
       "the subject line is not part of the text). Not recommendations: the president's questions 1.-3. ('Moeten "
       "reizen ... worden gemeld?'), article 6 of the Code quoted ('mag geen', 'moet hij weigeren'), Tabel 1, 'De "
       "Commissie stelt vast', GRECO's 2023 recommendation quoted ('GRECO beveelt aan dat ...') and reported as "
       "not followed, the refusal 'acht een algemeen verbod ... niet wenselijk', the Slotbeschouwing's 'moet niet "
       "wachten'. Response: bilingual title block, SAMENVATTING box (a paraphrase of the bill, no reply), "
       "TOELICHTING: 1. Inleiding (nothing); 2. paragraphs without numbers in another order: opening sentence "
       "(nothing), 1 agrees, 2 partly (100 euro, 'tussenweg'), ONE paragraph = 7 agrees (payer and purpose) + 3 "
       "disagrees (no notice before departure, 'niet over'), 6 agrees, 4 noted (to the working group); 3. "
       "comparison with other parliaments (nothing); artikelsgewijze toelichting and articles 1-5 (nothing new); "
       "5 (ministerial staff) UNANSWERED.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    sys.exit(B.main([NAME]))

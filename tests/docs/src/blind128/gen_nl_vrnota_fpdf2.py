"""Round 128 (nl): the ADVIES of a Flemish STRATEGISCHE ADVIESRAAD (invented: Strategische Adviesraad Toerisme en
Platteland, STAP) on a VOORONTWERP VAN DECREET on farm tourism, its seven recommendations a ROMAN-NUMBERED list I.-VII.
('De STAP beveelt aan ...', 'De STAP vraagt ...') running across the page break; answered by the NOTA AAN DE VLAAMSE
REGERING for the definitive approval of the draft, whose section 'Adviezen' discusses the STAP's advice BY THEME in
running text with PARENTHETICAL REFERENCES '(aanbeveling V)' at the end of sentences, between sections on the other
advices (Inspectie van Financiën, Gegevensbeschermingsautoriteit), a budget section and a numbered 'Voorstel van
beslissing'.

Advice (fpdf2, sans, 2 p., burgundy headings, running head from p. 2, 'p. n'): the Logiesdecreet paraphrased with
'moet' (trap), 'Vaststellingen' as dash bullets (findings, trap), article 12 of the draft quoted with 'moet' (trap),
the 2021 advice quoted as an imperative (trap), a closing line naming 'de aanbevelingen III en VI' (trap). Response
(fpdf2, 2 p.): 'Inhoud' and '2.1 Inspectie van Financiën' nothing; '2.2 Advies van de STAP' by theme in the order
V, I+VI (one paragraph), II, III, IV; '2.3 Gegevensbeschermingsautoriteit', 'Budgettaire impact' and 'Voorstel van
beslissing' 1.-3. nothing; VII never answered. Verdicts: I agrees, II partly, III disagrees, IV noted, V agrees,
VI partly, VII unanswered. All bodies, places, people, figures and reference numbers invented; the Logiesdecreet is
named as context only.

Run: /tmp/blind128nl/bin/python tests/docs/src/blind128/gen_nl_vrnota_fpdf2.py"""
import datetime
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b128nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind128_nl_vrnota"
FS = B.tmp_fonts()
WINE = (122, 30, 52)
GREY = (95, 95, 95)
LH = 5.0


class Doc(FPDF):
    head = ""
    foot = "{n}"

    def header(self):
        if self.page_no() > 1 and self.head:
            self.set_y(10)
            self.set_font("S", "", 7.4)
            self.set_text_color(*GREY)
            self.cell(0, 4, self.head, new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(*WINE)
            self.set_line_width(0.3)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.set_y(21)
            self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 7.6)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.foot.format(n=self.page_no()), align="C")
        self.set_text_color(0, 0, 0)


def new(head, foot, title, author):
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2026, 6, 1, tzinfo=datetime.timezone.utc))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.head, pdf.foot = head, foot
    for style, key in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "Bold Italic")):
        pdf.add_font("S", style, FS[key])
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    return pdf


def para(pdf, text, size=9.6, style="", gap=1.8, indent=0):
    pdf.set_font("S", style, size)
    pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - indent, LH, text, markdown=True, align="J",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def hanging(pdf, label, text, width=10, size=9.6):
    if pdf.will_page_break(2 * LH):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("S", "B", size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(width, LH, label)
    pdf.set_xy(pdf.l_margin + width, y)
    para(pdf, text, size=size, indent=width, gap=1.6)


def h2(pdf, text, size=11.5):
    if pdf.will_page_break(22):
        pdf.add_page()
    pdf.ln(1.5)
    pdf.set_font("S", "B", size)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.6)


RECS = [
    ("I.", "De STAP beveelt aan om de maximumcapaciteit van een hoevetoeristisch verblijf te verhogen van 16 naar 24 "
     "slaapplaatsen, op voorwaarde dat de landbouwactiviteit de hoofdactiviteit van het bedrijf blijft."),
    ("II.", "De STAP vraagt om de startsubsidie voor nieuwe uitbaters te verhogen tot 10.000 euro en ze ook open te "
     "stellen voor landbouwers die hun bedrijf de voorbije vijf jaar hebben stopgezet."),
    ("III.", "De STAP vraagt om het verplichte brandveiligheidsattest voor verblijven tot acht personen te vervangen "
     "door een zelfverklaring van de uitbater."),
    ("IV.", "De STAP beveelt aan om bij elke provinciale toeristische organisatie een aanspreekpunt "
     "plattelandstoerisme op te richten dat startende uitbaters begeleidt."),
    ("V.", "De STAP vraagt om de registratie van verblijven te laten verlopen via één digitaal loket dat gekoppeld "
     "is aan het E-loket Landbouw, zodat gegevens maar één keer moeten worden ingevuld."),
    ("VI.", "De STAP beveelt aan om de overgangsperiode voor bestaande verblijven te verlengen van twee naar vijf "
     "jaar."),
    ("VII.", "De STAP vraagt om het decreet vier jaar na de inwerkingtreding te evalueren, samen met de sector en de "
     "raad."),
]


def advice():
    pdf = new("STAP - advies voorontwerp van decreet over het hoevetoerisme - advies 2026/04", "p. {n}",
              "Advies voorontwerp van decreet over het hoevetoerisme",
              "Strategische Adviesraad Toerisme en Platteland")
    pdf.set_font("S", "B", 8.4)
    pdf.set_text_color(*WINE)
    pdf.cell(0, 4, "STAP  |  Strategische Adviesraad Toerisme en Platteland", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("S", "B", 18)
    pdf.multi_cell(0, 8.5, "Advies over het voorontwerp van decreet over het hoevetoerisme", new_x="LMARGIN",
                   new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4.2, "Advies 2026/04 - goedgekeurd door de algemene vergadering van 17 februari 2026 - op "
                   "vraag van de Vlaamse minister bevoegd voor Toerisme, adviesvraag van 9 januari 2026",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*WINE)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.ln(5)
    h2(pdf, "1. Situering")
    para(pdf, "De Vlaamse minister bevoegd voor Toerisme vroeg de STAP om advies over het voorontwerp van decreet "
         "over het hoevetoerisme, dat de Vlaamse Regering op 19 december 2025 principieel goedkeurde. Het "
         "voorontwerp maakt van het hoevetoerisme een eigen categorie naast de logies die onder het Logiesdecreet "
         "vallen. Volgens het Logiesdecreet moet elke uitbater van een toeristisch logies zijn verblijf aanmelden "
         "en moet hij beschikken over een brandverzekering en een brandveiligheidsattest.")
    para(pdf, "Het voorontwerp regelt de voorwaarden, de aanmelding, de ondersteuning en het toezicht voor verblijven "
         "op actieve landbouwbedrijven. Artikel 12 bepaalt dat de uitbater minstens de helft van zijn inkomen uit "
         "landbouw moet halen en dat het verblijf in of bij de bestaande bedrijfsgebouwen moet liggen.")
    h2(pdf, "2. Vaststellingen")
    para(pdf, "Bij de voorbereiding van dit advies hoorde de STAP vertegenwoordigers van de boerenorganisaties, van "
         "Plattelandslogies Vlaanderen, van de provinciale toeristische organisaties en van de brandweerzones. De "
         "raad stelt vast dat:")
    for t in ("het aantal hoevetoeristische verblijven sinds 2019 met 28 procent is gestegen, tot 1.140;",
              "de helft van de uitbaters de administratieve lasten als grootste drempel noemt;",
              "de bezettingsgraad buiten de zomermaanden gemiddeld onder 40 procent blijft;",
              "startende uitbaters vaak niet weten bij wie ze terecht kunnen met vragen over ruimtelijke ordening."):
        hanging(pdf, "-", t, width=6)
    para(pdf, "De STAP staat positief tegenover het voorontwerp. Een eigen kader voor het hoevetoerisme erkent dat "
         "een verblijf op een boerderij iets anders is dan een vakantiewoning of een hotel. De raad herinnert er "
         "wel aan dat hij in zijn advies 2021/11 over de plattelandsstrategie al schreef: 'Maak de regels voor "
         "kleine verblijven eenvoudiger dan die voor grote.' Dat uitgangspunt blijft voor de raad richtinggevend.")
    h2(pdf, "3. Aanbevelingen")
    para(pdf, "Op basis van deze vaststellingen formuleert de STAP de volgende aanbevelingen aan de Vlaamse "
         "Regering.")
    for label, text in RECS:
        hanging(pdf, label, text, width=11)
    h2(pdf, "4. Besluit")
    para(pdf, "De STAP vraagt de Vlaamse Regering om in de memorie van toelichting te motiveren hoe zij met dit "
         "advies omgaat, en in het bijzonder met de aanbevelingen III en VI, die voor de sector het zwaarst wegen.")
    pdf.ln(2)
    para(pdf, "Katrien Vandevelde, voorzitter\nBart De Wilde, secretaris", size=9)
    pdf.output(B.out(NAME + "_advice.pdf"))


def response():
    pdf = new("Nota aan de Vlaamse Regering - VR 2026 1205 DOC.0618/1 - definitieve goedkeuring", "{n}",
              "Nota aan de Vlaamse Regering - voorontwerp van decreet over het hoevetoerisme",
              "Vlaamse minister bevoegd voor Toerisme")
    pdf.set_font("S", "", 8.2)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4, "VR 2026 1205 DOC.0618/1", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("S", "B", 15)
    pdf.cell(0, 8, "NOTA AAN DE VLAAMSE REGERING", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    para(pdf, "**Betreft:** voorontwerp van decreet over het hoevetoerisme - definitieve goedkeuring", size=9.4)
    para(pdf, "**Bevoegde minister:** de Vlaamse minister bevoegd voor Toerisme", size=9.4)
    h2(pdf, "1. Inhoud")
    para(pdf, "De Vlaamse Regering keurde het voorontwerp op 19 december 2025 principieel goed. Het voorontwerp werd "
         "daarna voor advies voorgelegd aan de Inspectie van Financiën, de STAP en de "
         "Gegevensbeschermingsautoriteit. Deze nota bespreekt de adviezen en legt het aangepaste voorontwerp ter "
         "definitieve goedkeuring voor, waarna het bij het Vlaams Parlement kan worden ingediend.")
    h2(pdf, "2. Adviezen")
    h2(pdf, "2.1 Inspectie van Financiën", size=10)
    para(pdf, "De Inspectie van Financiën verleende op 30 januari 2026 een gunstig advies. Zij vroeg om de kosten "
         "van het digitale loket apart te ramen; die raming is opgenomen onder punt 3 van deze nota.")
    h2(pdf, "2.2 Advies van de STAP", size=10)
    para(pdf, "De STAP bracht op 17 februari 2026 een overwegend positief advies uit. Hieronder wordt per thema "
         "toegelicht hoe het voorontwerp daaraan tegemoetkomt.")
    para(pdf, "__Administratieve vereenvoudiging.__ Uitbaters zullen hun verblijf vanaf 1 januari 2028 aanmelden via "
         "het E-loket Landbouw; de gegevens uit de landbouwaangifte worden daarbij automatisch overgenomen "
         "(aanbeveling V).")
    para(pdf, "__Omvang en bestaande verblijven.__ Het voorontwerp is aangepast zodat een verblijf voortaan 24 "
         "slaapplaatsen mag tellen, met behoud van de voorwaarde dat landbouw de hoofdactiviteit blijft "
         "(aanbeveling I). Voor bestaande verblijven wordt de overgangsperiode verlengd, maar tot drie jaar en niet "
         "tot vijf: een langere periode zou de gelijke behandeling met nieuwe uitbaters te sterk onder druk zetten "
         "(aanbeveling VI).")
    para(pdf, "__Ondersteuning.__ De startsubsidie blijft 7.500 euro; een verhoging past niet binnen het beschikbare "
         "krediet. De regeling wordt wel opengesteld voor wie de landbouwactiviteit in de voorbije vijf jaar "
         "heeft beëindigd (aanbeveling II).")
    para(pdf, "__Veiligheid.__ Een zelfverklaring biedt volgens de brandweerzones onvoldoende waarborgen voor "
         "verblijven waar gasten slapen. Het brandveiligheidsattest blijft daarom voor alle verblijven verplicht; "
         "de Vlaamse Regering wenst op dit punt geen uitzondering te maken (aanbeveling III).")
    para(pdf, "__Begeleiding van starters.__ De vraag naar een aanspreekpunt bij de provinciale toeristische "
         "organisaties valt grotendeels buiten de bevoegdheid van de Vlaamse Regering. Zij zal ze voorleggen "
         "aan het overleg met de provincies in het najaar van 2026, zonder zich nu over de oprichting uit te "
         "spreken (aanbeveling IV).")
    h2(pdf, "2.3 Gegevensbeschermingsautoriteit", size=10)
    para(pdf, "De Gegevensbeschermingsautoriteit vroeg in haar advies 47/2026 om de bewaartermijn van de "
         "registratiegegevens in het decreet zelf te bepalen. Artikel 21 van het voorontwerp bepaalt nu een "
         "bewaartermijn van tien jaar na de stopzetting van het verblijf.")
    h2(pdf, "3. Budgettaire impact")
    para(pdf, "De ontwikkeling van de koppeling met het E-loket Landbouw wordt geraamd op 640.000 euro, gespreid "
         "over 2026 en 2027, binnen de bestaande kredieten van het beleidsdomein. De startsubsidie vraagt jaarlijks "
         "ongeveer 450.000 euro, uitgaande van zestig nieuwe uitbaters per jaar.")
    h2(pdf, "4. Voorstel van beslissing")
    para(pdf, "De Vlaamse Regering beslist:")
    for i, t in enumerate(("het voorontwerp van decreet over het hoevetoerisme definitief goed te keuren;",
                           "de Vlaamse minister bevoegd voor Toerisme te gelasten het ontwerp van decreet bij het "
                           "Vlaams Parlement in te dienen;",
                           "de memorie van toelichting aan te vullen met de bespreking van de adviezen uit deze "
                           "nota."), start=1):
        hanging(pdf, f"{i}.", t, width=7)
    pdf.ln(2)
    para(pdf, "De Vlaamse minister bevoegd voor Toerisme,\nAnnelies Verbruggen", size=9)
    pdf.output(B.out(NAME + "_response.pdf"))


def expected():
    recs = [
        (1, "De STAP beveelt aan om de maximumcapaciteit van een hoevetoeristisch verblijf",
         "zodat een verblijf voortaan 24 slaapplaatsen mag tellen", "agrees"),
        (2, "De STAP vraagt om de startsubsidie voor nieuwe uitbaters te verhogen",
         "De startsubsidie blijft 7.500 euro; een verhoging past niet", "partly"),
        (3, "De STAP vraagt om het verplichte brandveiligheidsattest voor verblijven tot",
         "Het brandveiligheidsattest blijft daarom voor alle verblijven verplicht", "disagrees"),
        (4, "De STAP beveelt aan om bij elke provinciale toeristische organisatie",
         "zonder zich nu over de oprichting uit te spreken", "noted"),
        (5, "De STAP vraagt om de registratie van verblijven te laten verlopen",
         "vanaf 1 januari 2028 aanmelden via het E-loket Landbouw", "agrees"),
        (6, "De STAP beveelt aan om de overgangsperiode voor bestaande verblijven",
         "maar tot drie jaar en niet tot vijf", "partly"),
        (7, "De STAP vraagt om het decreet vier jaar na de inwerkingtreding", None, "unanswered"),
    ]
    unmatched = ["De Inspectie van Financiën verleende op 30 januari 2026",
                 "vroeg in haar advies 47/2026 om de bewaartermijn",
                 "wordt geraamd op 640.000 euro, gespreid over 2026 en 2027",
                 "het voorontwerp van decreet over het hoevetoerisme definitief goed te keuren"]
    notes = ("Advice: the ADVIES of a Flemish strategische adviesraad (STAP) on a voorontwerp van decreet on farm "
             "tourism (fpdf2, 2 p.); the seven recommendations a ROMAN-NUMBERED list I.-VII. under '3. "
             "Aanbevelingen' ('De STAP beveelt aan om ...', 'De STAP vraagt om ...'), across the page break. Traps: "
             "the Logiesdecreet paraphrased with 'moet', article 12 of the draft quoted with 'moet', 'Vaststellingen' "
             "as dash bullets after 'De raad stelt vast dat:', the 2021 advice quoted as an imperative ('Maak de "
             "regels ...'), a closing 'Besluit' naming 'de aanbevelingen III en VI'. Response: the NOTA AAN DE "
             "VLAAMSE REGERING for the definitive approval; under '2.2 Advies van de STAP' italic THEME lead-ins "
             "with the recommendation's Roman number only in a PARENTHESIS at the end of each sentence, in the "
             "order V agrees (E-loket Landbouw from 1 January 2028), ONE paragraph for I agrees (24 beds) and VI "
             "partly (three years, not five), II partly (subsidy stays 7,500 euro, but opened to farmers who "
             "stopped), III disagrees (fire safety certificate stays compulsory), IV noted (put to the talks with "
             "the provinces, no decision). '1. Inhoud', '2.1 Inspectie van Financiën', '2.3 "
             "Gegevensbeschermingsautoriteit', '3. Budgettaire impact' (figures) and '4. Voorstel van beslissing' "
             "1.-3. answer nothing; VII (evaluation after four years) never answered: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

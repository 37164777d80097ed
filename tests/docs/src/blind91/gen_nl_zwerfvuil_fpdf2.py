"""Round 91 (nl): the Flemish EVALUATIENOTA of a municipality's ZWERFVUILAANPAK by the intergemeentelijke
afvalintercommunale, answered by the UITTREKSEL UIT DE NOTULEN of the college van burgemeester en schepenen (a
collegebeslissing with 'Besluit: Artikel 1 ...'), by paraphrase only.

Advice: IOK-Afval Kempenland-West (invented), 'Evaluatie zwerfvuilaanpak gemeente Heikstel 2023-2025' (2 p., fpdf2,
sans, orange top band, running head, 'p. n/{nb}'): recommendations in a TABLE with codes Z1-Z7 | aanbeveling |
trekker | timing, after a table of indicators and 'Vaststellingen' bullets; traps: Materialendecreet / VLAREMA 'moet',
the 2022 actieplan quoted, a GAS-reglement article. Response: uittreksel with 'Motivering' and 'Besluit' articles,
order Z3, Z6, Z1+Z4, Z7, Z2; Z5 unanswered. Everything is invented; the law is cited loosely.

Run: /tmp/blind91nl/bin/python tests/docs/src/blind91/gen_nl_zwerfvuil_fpdf2.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b91nl as B  # noqa: E402
from fpdf import FPDF  # noqa: E402

NAME = "blind91_nl_zwerfvuil"
F = B.tmp_fonts()
OR = (226, 120, 30)


class Doc(FPDF):
    head = ""

    def header(self):
        self.set_fill_color(*OR)
        self.rect(0, 0, 210, 5, "F")
        if self.page_no() > 1:
            self.set_font("S", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.set_xy(20, 9)
            self.cell(0, 4, self.head)
            self.set_text_color(0, 0, 0)
            self.set_y(18)

    def footer(self):
        self.set_y(-14)
        self.set_font("S", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"p. {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def new(head):
    d = Doc(format="A4")
    d.head = head
    d.set_margins(20, 18, 20)
    d.set_auto_page_break(True, 20)
    d.add_font("S", "", F["Regular"])
    d.add_font("S", "B", F["Bold"])
    d.add_font("S", "I", F["Italic"])
    d.add_page()
    return d


def h(d, t, size=11):
    d.ln(2)
    d.set_font("S", "B", size)
    d.set_text_color(*OR)
    d.multi_cell(0, 6, t)
    d.set_text_color(0, 0, 0)
    d.ln(1)


def p(d, t, style="", size=9.5):
    d.set_font("S", style, size)
    d.multi_cell(0, 5, t, markdown=True)
    d.ln(1.5)


def bullet(d, t):
    d.set_font("S", "", 9.5)
    y = d.get_y()
    d.set_xy(24, y)
    d.cell(4, 5, "-")
    d.set_xy(29, y)
    d.multi_cell(161, 5, t)
    d.ln(0.5)


def advice():
    d = new("IOK-Afval Kempenland-West - Evaluatie zwerfvuilaanpak Heikstel 2023-2025")
    d.set_y(12)
    d.set_font("S", "B", 9)
    d.cell(0, 5, "IOK-Afval Kempenland-West - intergemeentelijke opdrachthoudende vereniging", ln=1)
    d.set_font("S", "", 8)
    d.cell(0, 4, "Industrieweg 40, 2460 Kasterlee-Oost - dienst Preventie en Netheid", ln=1)
    d.ln(6)
    d.set_font("S", "B", 16)
    d.multi_cell(0, 8, "Evaluatie zwerfvuilaanpak gemeente Heikstel 2023-2025")
    d.set_font("S", "", 9.5)
    d.cell(0, 6, "Evaluatienota - referentie IOK/PN/2026/017 - februari 2026", ln=1)
    d.ln(2)
    h(d, "1. Opdracht en aanpak")
    p(d, "Het college van burgemeester en schepenen van Heikstel vroeg IOK-Afval in oktober 2025 om het lokale "
         "actieplan zwerfvuil 2023-2025 te evalueren. Dat actieplan steunt op het Materialendecreet en het VLAREMA, "
         "die bepalen dat de gemeente moet zorgen voor de netheid van het openbaar domein en voor voldoende "
         "inzamelmogelijkheden. Wij analyseerden de meldingen, de tellingen van de zwerfvuilindex, de inzet van de "
         "Mooimakers-vrijwilligers en de handhaving op grond van artikel 14 van het GAS-reglement.")
    p(d, "Het actieplan van 2022 formuleerde als hoofddoel: 'Tegen eind 2025 moet de hoeveelheid zwerfvuil langs "
         "gewestwegen en schoolroutes met een derde dalen.' Dat doel is niet gehaald, zoals hieronder blijkt.")
    h(d, "2. Cijfers in het kort")
    rows = [("Indicator", "2022", "2025"), ("Zwerfvuilindex schoolroutes (0-100)", "38", "34"),
            ("Meldingen sluikstort per jaar", "412", "538"), ("Actieve peter- en meterschappen", "96", "141"),
            ("GAS-boetes voor zwerfvuil", "23", "19"), ("Publieke vuilnisbakken", "318", "296")]
    d.set_font("S", "", 9)
    for i, r in enumerate(rows):
        d.set_font("S", "B" if i == 0 else "", 9)
        d.set_fill_color(250, 230, 210)
        d.cell(100, 6, r[0], border=1, fill=(i == 0))
        d.cell(30, 6, r[1], border=1, align="C", fill=(i == 0))
        d.cell(30, 6, r[2], border=1, align="C", fill=(i == 0), ln=1)
    d.ln(3)
    h(d, "3. Vaststellingen")
    for t in ["De zwerfvuilindex daalde slechts licht; rond de twee secundaire scholen bleef de vervuiling hoog.",
              "Het aantal meldingen van sluikstort steeg met ruim 30 procent, vooral aan glasbolcontainers.",
              "Het vrijwilligersnetwerk groeit, maar de ophaling van de gevulde zakken loopt vaak twee tot drie "
              "dagen achter.",
              "De handhaving blijft beperkt tot enkele vaststellingen per jaar; er is geen vaste gemeenschappelijke "
              "controle met de politiezone.",
              "Vuilnisbakken werden weggehaald zonder dat op de plaatsen zelf werd nagegaan wat de gevolgen waren."]:
        bullet(d, t)
    h(d, "4. Aanbevelingen")
    p(d, "Op basis van deze vaststellingen formuleren wij zeven aanbevelingen voor het volgende actieplan "
         "(2026-2028). De trekker en de timing zijn indicatief.")
    recs = [
        ("Z1", "Stel een gemeentelijke zwerfvuilco\u00f6rdinator aan die de acties van de diensten, scholen en "
               "vrijwilligers afstemt.", "gemeente", "2026"),
        ("Z2", "Plaats camera's op de vijf glasbolsites met de meeste sluikstortmeldingen.", "gemeente / politie",
         "2026"),
        ("Z3", "Organiseer met beide secundaire scholen een schoolrouteproject met vaste opruimmomenten.",
         "gemeente / scholen", "schooljaar 2026-2027"),
        ("Z4", "Verhoog de GAS-boete voor achtergelaten zwerfvuil van 150 naar 350 euro.", "gemeenteraad", "2026"),
        ("Z5", "Voer een jaarlijkse zwerfvuiltelling uit volgens de Vlaamse methodiek en publiceer de resultaten.",
         "IOK-Afval", "jaarlijks"),
        ("Z6", "Laat de gevulde zakken van vrijwilligers binnen 24 uur ophalen via een vaste meldroute.",
         "technische dienst", "2026"),
        ("Z7", "Maak een plan voor de plaatsing van vuilnisbakken op basis van een terreinanalyse per wijk.",
         "technische dienst / IOK", "2027"),
    ]
    w = (14, 104, 30, 22)
    d.set_font("S", "B", 8.5)
    d.set_fill_color(*OR)
    d.set_text_color(255, 255, 255)
    for t, ww in zip(("Code", "Aanbeveling", "Trekker", "Timing"), w):
        d.cell(ww, 6, t, border=1, fill=True)
    d.ln()
    d.set_text_color(0, 0, 0)
    for r in recs:
        d.set_font("S", "", 8.5)
        x, y = d.get_x(), d.get_y()
        lines = len(d.multi_cell(w[1], 4.6, r[1], dry_run=True, output="LINES"))
        hh = max(lines, 2) * 4.6 + 1
        if y + hh > 275:
            d.add_page()
            x, y = d.get_x(), d.get_y()
        d.set_font("S", "B", 8.5)
        d.rect(x, y, w[0], hh)
        d.set_xy(x + 1, y + 0.5)
        d.cell(w[0] - 1, 4.6, r[0])
        d.set_font("S", "", 8.5)
        d.rect(x + w[0], y, w[1], hh)
        d.set_xy(x + w[0], y + 0.5)
        d.multi_cell(w[1], 4.6, r[1])
        d.rect(x + w[0] + w[1], y, w[2], hh)
        d.set_xy(x + w[0] + w[1], y + 0.5)
        d.multi_cell(w[2], 4.6, r[2])
        d.rect(x + w[0] + w[1] + w[2], y, w[3], hh)
        d.set_xy(x + w[0] + w[1] + w[2], y + 0.5)
        d.multi_cell(w[3], 4.6, r[3])
        d.set_xy(x, y + hh)
    d.ln(4)
    h(d, "5. Slot")
    p(d, "IOK-Afval blijft de gemeente ondersteunen met campagnemateriaal en met de jaarlijkse Mooimakersdagen. Wij "
         "lichten deze evaluatie graag toe op het college of in de gemeenteraadscommissie Omgeving.")
    p(d, "Voor IOK-Afval Kempenland-West,\nEls Van Dyck, diensthoofd Preventie en Netheid")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = new("Gemeente Heikstel - uittreksel notulen college 23 maart 2026")
    d.set_y(12)
    d.set_font("S", "B", 12)
    d.cell(0, 7, "Gemeente Heikstel", ln=1)
    d.set_font("S", "", 9)
    d.cell(0, 5, "Uittreksel uit de notulen van het college van burgemeester en schepenen", ln=1)
    d.cell(0, 5, "Zitting van 23 maart 2026", ln=1)
    d.ln(3)
    d.set_font("S", "", 8.5)
    p(d, "Aanwezig: Tom Wouters, burgemeester-voorzitter; Nele Peeters, Kris Janssens, Sofie Mertens, schepenen; "
         "Bart Goossens, algemeen directeur", size=8.5)
    h(d, "Punt 14. Evaluatie zwerfvuilaanpak 2023-2025 - kennisname en opvolging")
    h(d, "Feiten en context", 10)
    p(d, "Op 24 februari 2026 bezorgde IOK-Afval de evaluatienota over het lokale actieplan zwerfvuil. De dienst "
         "Omgeving bezorgde op 12 maart een advies over de opvolging, dat mee aan deze beslissing ten grondslag "
         "ligt.")
    h(d, "Juridische grond", 10)
    p(d, "Decreet lokaal bestuur, artikel 56. Gemeentelijk reglement op de gemeentelijke administratieve sancties.")
    h(d, "Argumentatie", 10)
    p(d, "Het college stelt vast dat de doelstelling van 2022 niet werd gehaald, maar dat de inzet van vrijwilligers "
         "sterk is toegenomen. Voor de opvolging wordt aangesloten bij de opmaak van het nieuwe actieplan 2026-2028 "
         "en bij de budgetwijziging van juni.")
    h(d, "Financi\u00eble gevolgen", 10)
    p(d, "De kosten van de opvolging worden geraamd op 48.000 euro per jaar en worden voorzien in de aanpassing "
         "van het meerjarenplan 2026-2031, actie 2.3.1 Proper Heikstel.")
    h(d, "Besluit", 10)
    arts = [
        "Het college neemt kennis van de evaluatienota zwerfvuilaanpak 2023-2025 van IOK-Afval en dankt de "
        "vrijwilligers en de dienst Omgeving voor hun inzet.",
        "Het college keurt goed dat de dienst Omgeving met beide secundaire scholen vanaf september 2026 een "
        "schoolrouteproject opstart, met twee vaste opruimmomenten per trimester.",
        "De technische dienst haalt de zakken van de Mooimakers vanaf 1 mei 2026 op binnen \u00e9\u00e9n werkdag "
        "na melding via het e-loket; dit wordt opgenomen in de dienstverlening.",
        "Het college stelt geen aparte co\u00f6rdinator zwerfvuil aan; de co\u00f6rdinatie blijft bij de "
        "milieuambtenaar, die hiervoor vier uur per week extra krijgt. Het college stelt de gemeenteraad niet "
        "voor de GAS-boete te verhogen, omdat een hogere boete volgens de politiezone niet tot meer naleving leidt.",
        "Het college vraagt de technische dienst om in het najaar van 2026 voor drie wijken een proefanalyse "
        "van de vuilnisbakken te maken, en om daarna te bekijken of een plan voor de hele gemeente haalbaar is.",
        "Het voorstel om bewakingscamera's aan glasbolsites te plaatsen wordt voor advies voorgelegd aan de "
        "politiezone Kempen-Noord en de lokale veiligheidscel; het college beslist na dat advies.",
        "De gemeenteraad wordt over deze beslissing ge\u00efnformeerd in de commissie Omgeving van 21 april 2026.",
    ]
    for i, t in enumerate(arts, 1):
        d.set_font("S", "B", 9.5)
        d.cell(0, 5.5, f"Artikel {i}", ln=1)
        p(d, t)
    d.ln(2)
    p(d, "Namens het college\nBart Goossens, algemeen directeur - Tom Wouters, burgemeester", size=9)
    p(d, "Voor eensluidend uittreksel, Heikstel, 24 maart 2026", "I", 8.5)
    d.output(B.out(NAME + "_response.pdf"))


advice()
response()
B.write_expected(NAME, [
    (1, "Stel een gemeentelijke zwerfvuilcoördinator aan die de acties van", "Het college stelt geen aparte "
     "coördinator zwerfvuil aan", "partly", ["disagrees"]),
    (2, "Plaats camera's op de vijf glasbolsites met de meeste", "wordt voor advies voorgelegd aan de politiezone",
     "noted"),
    (3, "Organiseer met beide secundaire scholen een schoolrouteproject met vaste opruimmomenten",
     "vanaf september 2026 een schoolrouteproject opstart", "agrees"),
    (4, "Verhoog de GAS-boete voor achtergelaten zwerfvuil van 150 naar", "stelt de gemeenteraad niet voor de "
     "GAS-boete te verhogen", "disagrees"),
    (5, "Voer een jaarlijkse zwerfvuiltelling uit volgens de Vlaamse methodiek", None, "unanswered"),
    (6, "Laat de gevulde zakken van vrijwilligers binnen 24 uur ophalen", "haalt de zakken van de Mooimakers vanaf "
     "1 mei 2026 op", "agrees"),
    (7, "Maak een plan voor de plaatsing van vuilnisbakken op basis", "voor drie wijken een proefanalyse van de "
     "vuilnisbakken te maken", "partly"),
], ["neemt kennis van de evaluatienota zwerfvuilaanpak 2023-2025 van IOK-Afval",
    "De kosten van de opvolging worden geraamd op 48.000 euro",
    "De gemeenteraad wordt over deze beslissing geïnformeerd in de commissie"],
    "Advice: Flemish intercommunale evaluation of a litter approach; recommendations only in a TABLE Code | "
    "Aanbeveling | Trekker | Timing (Z1-Z7), after an indicator table and 'Vaststellingen' bullets; traps: "
    "Materialendecreet 'moet', the 2022 goal quoted with 'moet', GAS-reglement article 14. Response: uittreksel uit "
    "de notulen of the college, 'Besluit' Artikel 1-7 by paraphrase without codes, order Z3, Z6, Z1+Z4, Z7, Z2; "
    "Artikel 4 = Z1 partly (no coordinator, extra hours for the milieuambtenaar) + Z4 disagrees; Z7 partly (pilot in "
    "three wijken); Z2 noted (to the politiezone); Z5 unanswered; Artikel 1 (kennisname), 'Financiële gevolgen' and "
    "Artikel 7 answer nothing.")

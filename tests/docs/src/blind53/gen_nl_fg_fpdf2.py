"""Round 53 (nl): an (invented) ADVIES of the FUNCTIONARIS GEGEVENSBESCHERMING (FG) of the gemeente Lindewaarde to
the college on the DPIA 'Slimme camera's Stationskwartier' (version 1.3): municipal memo head (Aan/Van/Datum/
Kenmerk/Onderwerp/Rubricering), the AVG articles (35, 36, 38, 39) and art. 151c Gemeentewet, findings with 'moet'
under numbered sub-sections, a risk table (kans/impact/score), a quoted recommendation of an earlier FG advice, a
conclusion that refers to 'de punten a tot en met c', then seven LETTERED recommendations a-g (imperatives), each
ending in a priority tag '[prioriteit: hoog]' etc. Answered by an EXTRACT of the DPIA itself, version 2.0, pages
17-18, 'Deel D - Advies FG en reactie verwerkingsverantwoordelijke': thematic sub-headings citing 'adviespunt b',
'adviespunten e en f' in another order (e agrees, f disagrees in one section), d only taken note of, g not
answered, and a section D.3 on prior consultation of the AP that answers no recommendation. Engine: fpdf2 (DejaVu,
no text shaping). Answer key: README-nl.md.

Run: /tmp/blind53nl/bin/python tests/docs/src/blind53/gen_nl_fg_fpdf2.py"""
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b53nl as B  # noqa: E402

NAME = "blind53_nl_fg"
DV = "/usr/share/fonts/truetype/dejavu/"
TEAL = (0, 105, 110)


class Doc(FPDF):
    def __init__(self, head, foot, first_page_head=False, page_offset=0):
        super().__init__(format="A4")
        self.head, self.foot, self.fph, self.off = head, foot, first_page_head, page_offset
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("dv", stl, DV + f)
        self.set_margins(24, 24, 22)
        self.set_auto_page_break(True, 22)

    def header(self):
        if self.page_no() > 1 or self.fph:
            self.set_font("dv", "", 7.5)
            self.set_text_color(90)
            self.set_y(11)
            self.cell(82, 5, self.head[0])
            self.cell(82, 5, self.head[1], align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(150)
            self.line(24, 17, 188, 17)
            self.set_y(23)
            self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7)
        self.set_text_color(110)
        self.cell(120, 5, self.foot)
        n = self.page_no() + self.off
        self.cell(44, 5, f"pagina {n}" if self.off else f"{self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.7, align="J"):
        self.set_font("dv", stl, size)
        self.set_x(24 + indent)
        self.multi_cell(164 - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.ln(1.4)

    def hd(self, t, size=10.5, color=TEAL):
        self.ln(1.5)
        if self.get_y() + 20 > self.page_break_trigger:
            self.add_page()
        self.set_text_color(*color)
        self.p(t, "B", size, align="L")
        self.set_text_color(0)

    def item(self, lab, text):
        self.set_font("dv", "B", 9.2)
        self.set_x(24)
        y = self.get_y()
        self.cell(7, 4.7, lab)
        self.set_xy(31, y)
        self.set_font("dv", "", 9.2)
        self.multi_cell(157, 4.7, text, new_x="LMARGIN", new_y="NEXT", align="L", markdown=True)
        self.ln(1.6)


def advice():
    d = Doc(("Gemeente Lindewaarde | Functionaris gegevensbescherming", "Advies FG-2026-017"),
            "Rubricering: intern | Advies FG op grond van artikel 39, eerste lid, onder c, AVG")
    d.alias_nb_pages()
    d.add_page()
    d.set_fill_color(*TEAL)
    d.rect(24, 14, 4, 12, "F")
    d.set_xy(31, 14)
    d.set_font("dv", "B", 14)
    d.set_text_color(*TEAL)
    d.cell(0, 6, "gemeente Lindewaarde", new_x="LMARGIN", new_y="NEXT")
    d.set_x(31)
    d.set_font("dv", "", 8)
    d.set_text_color(90)
    d.cell(0, 5, "Functionaris gegevensbescherming", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(8)
    d.set_font("dv", "B", 15)
    d.cell(0, 8, "ADVIES FUNCTIONARIS GEGEVENSBESCHERMING", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for k, v in (("Aan", "College van burgemeester en wethouders, t.a.v. burgemeester drs. A.M. Terlouw"),
                 ("Van", "mr. S.R. Veldhuis-Aydın, functionaris gegevensbescherming"),
                 ("Datum", "19 februari 2026"), ("Kenmerk", "FG-2026-017"),
                 ("Onderwerp", "DPIA 'Slimme camera's Stationskwartier' (versie 1.3 van 2 februari 2026)"),
                 ("Rubricering", "Intern")):
        d.set_font("dv", "B", 8.8)
        d.cell(28, 5.6, k, border="B")
        d.set_font("dv", "", 8.8)
        d.cell(136, 5.6, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.hd("1. Aanleiding en vraag")
    d.p("Het college wil in het Stationskwartier twaalf camera's plaatsen die met software drukte meten, "
        "looprichtingen herkennen en bij afwijkend gedrag een melding geven aan de toezichtcentrale. Het project "
        "wordt voorbereid door het team Openbare Orde en Veiligheid met leverancier Vigilix B.V. Op 5 februari 2026 "
        "heeft het team mij om advies gevraagd over de DPIA, versie 1.3.")
    d.hd("2. Kader")
    d.p("Een DPIA is verplicht omdat de verwerking stelselmatig en op grote schaal een openbaar toegankelijke ruimte "
        "bewaakt (artikel 35, derde lid, onder c, AVG). De verwerkingsverantwoordelijke moet bij het uitvoeren van "
        "een DPIA het advies van de FG inwinnen (artikel 35, tweede lid, AVG). Cameratoezicht ter handhaving van "
        "de openbare orde vereist een aanwijzingsbesluit van de burgemeester op grond van artikel 151c "
        "Gemeentewet. Persoonsgegevens mogen niet langer worden bewaard dan noodzakelijk (artikel 5, eerste lid, "
        "onder e, AVG).")
    d.hd("3. Beoordeling")
    d.p("**3.1 Doel en grondslag.** De DPIA noemt drie doelen door elkaar: crowd management, handhaving van de "
        "openbare orde en 'verbetering van de verblijfskwaliteit'. Voor het laatste doel is geen grondslag. De "
        "doelen moeten scherp worden afgebakend voordat de camera's in gebruik gaan.")
    d.p("**3.2 Techniek.** De camera's van Vigilix bevatten een module voor gezichtsherkenning die volgens de "
        "leverancier 'standaard uit' staat. Dat is niet onafhankelijk vastgesteld. Biometrische gegevens zijn "
        "bijzondere persoonsgegevens (artikel 9 AVG); de gemeente heeft geen uitzonderingsgrond om ze te "
        "verwerken.")
    d.p("**3.3 Bewaartermijn.** De DPIA gaat uit van een bewaartermijn van 28 dagen. Uit de gegevens van de "
        "toezichtcentrale blijkt dat beelden in 2025 in 94 % van de gevallen binnen vijf dagen werden opgevraagd. "
        "Een termijn van 28 dagen is daarmee niet noodzakelijk.")
    d.p("**3.4 Risico's.** De DPIA benoemt vijf risico's. Mijn oordeel over de restrisico's wijkt op twee punten "
        "af van dat van het projectteam.")
    d.set_font("dv", "B", 8)
    d.set_fill_color(224, 238, 238)
    cols = (62, 18, 20, 30, 34)
    for w, t in zip(cols, ("Risico", "Kans", "Impact", "Score DPIA", "Oordeel FG")):
        d.cell(w, 6, t, border="B", fill=True)
    d.ln()
    d.set_font("dv", "", 8)
    for row in (("Verwerking biometrische gegevens", "laag", "hoog", "middel", "hoog"),
                ("Functieverschuiving (ander doel)", "middel", "hoog", "middel", "hoog"),
                ("Te lange opslag van beelden", "hoog", "middel", "middel", "middel"),
                ("Datalek bij leverancier", "laag", "hoog", "laag", "middel"),
                ("Onvoldoende informatie aan publiek", "middel", "laag", "laag", "laag")):
        for w, t in zip(cols, row):
            d.cell(w, 5.4, t, border="B")
        d.ln()
    d.ln(3)
    d.p("**3.5 Leverancier en beveiliging.** Vigilix verwerkt de beelden in een eigen datacenter. De "
        "verwerkersovereenkomst voldoet aan artikel 28 AVG, maar de gemeente heeft geen zicht op de feitelijke "
        "beveiliging. Bij de ANPR-camera's op de Singel heb ik eerder geadviseerd:")
    d.set_text_color(70)
    d.p("'Neem in het contract op dat de leverancier de gemeente onverwijld en uiterlijk binnen 24 uur informeert "
        "over een beveiligingsincident.' (advies FG-2024-009, aanbeveling 3)", "I", 8.7, indent=8)
    d.set_text_color(0)
    d.p("Dat is in het contract met Vigilix overgenomen.")
    d.p("**3.6 Transparantie.** Borden bij de toegangen tot het gebied ontbreken in het plan, en de website vermeldt "
        "alleen dat er 'camera's kunnen hangen'. Bewoners van de Spoorstraat en de Havenbuurt zijn niet "
        "betrokken bij de keuze van de cameraposities.")
    d.hd("4. Conclusie")
    d.p("De DPIA is zorgvuldig opgezet, maar op drie punten onvoldoende: de afbakening van de doelen, de "
        "uitgeschakelde gezichtsherkenning en de bewaartermijn. Zolang de punten a tot en met c hieronder niet "
        "zijn opgevolgd, is naar mijn oordeel sprake van een hoog restrisico in de zin van artikel 36 AVG.")
    d.hd("5. Advies")
    d.p("Ik adviseer het college:")
    for lab, t in (
            ("a.", "Leg de doelen crowd management en handhaving van de openbare orde vast in een aanwijzingsbesluit "
                   "van de burgemeester en schrap het doel 'verbetering van de verblijfskwaliteit'. "
                   "[prioriteit: hoog]"),
            ("b.", "Laat door een onafhankelijke auditor vaststellen dat de module voor gezichtsherkenning "
                   "technisch is uitgeschakeld en niet op afstand kan worden aangezet. [prioriteit: hoog]"),
            ("c.", "Verkort de bewaartermijn van de camerabeelden van 28 naar 7 dagen. [prioriteit: hoog]"),
            ("d.", "Laat de leverancier jaarlijks een onafhankelijke penetratietest uitvoeren en deel de "
                   "rapportage met de FG. [prioriteit: middel]"),
            ("e.", "Plaats borden bij alle toegangen tot het Stationskwartier en publiceer een cameraregister met "
                   "de posities en de doelen op de website. [prioriteit: middel]"),
            ("f.", "Betrek de bewonersvereniging Spoorstraat-Havenbuurt bij de definitieve keuze van de "
                   "cameraposities. [prioriteit: laag]"),
            ("g.", "Evalueer de inzet na twaalf maanden en leg de evaluatie met een advies van de FG voor aan de "
                   "gemeenteraad. [prioriteit: middel]")):
        d.item(lab, t)
    d.hd("6. Vervolg")
    d.p("Dit advies is niet bindend. Als het college van het advies afwijkt, verzoek ik u dat gemotiveerd vast te "
        "leggen in de DPIA, zodat de afweging later kan worden verantwoord. Ik ben graag bereid het advies toe te "
        "lichten.")
    d.p("mr. S.R. Veldhuis-Aydın\nfunctionaris gegevensbescherming gemeente Lindewaarde", "", 9, align="L")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc(("DPIA Slimme camera's Stationskwartier", "versie 2.0 – vastgesteld 24 maart 2026"),
            "Gemeente Lindewaarde | Team Openbare Orde en Veiligheid", first_page_head=True, page_offset=16)
    d.add_page()
    d.p("(...) de maatregelen uit deel C zijn verwerkt in het implementatieplan (bijlage 5).", "I", 8.8)
    d.ln(2)
    d.set_fill_color(*TEAL)
    d.set_text_color(255)
    d.set_font("dv", "B", 11.5)
    d.cell(164, 8, "  Deel D – Advies FG en reactie verwerkingsverantwoordelijke", fill=True,
           new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(2)
    d.hd("D.1 Advies van de functionaris gegevensbescherming", 10)
    d.p("De FG heeft op 19 februari 2026 advies uitgebracht over versie 1.3 van deze DPIA (kenmerk FG-2026-017). "
        "Het advies is opgenomen als bijlage 6. De FG komt tot zeven adviespunten, gemarkeerd a tot en met g.")
    d.hd("D.2 Reactie van het college", 10)
    d.p("Het college heeft het advies besproken in zijn vergadering van 24 maart 2026. Per onderwerp volgt "
        "hieronder de reactie. Waar het college van het advies afwijkt, is de motivering vermeld.")
    d.p("**Configuratie van de camera's (adviespunt b)**")
    d.p("Vigilix heeft de module voor gezichtsherkenning op 2 maart 2026 uit de firmware verwijderd. Certicon B.V. "
        "heeft als externe auditor op 9 maart 2026 bevestigd dat de functie niet meer aanwezig is en ook niet op "
        "afstand kan worden geactiveerd (bijlage 8).")
    d.p("**Bewaartermijn (adviespunt c)**")
    d.p("Het college verkort de bewaartermijn, maar niet tot zeven dagen. De politie heeft aangegeven dat aangiften "
        "van zakkenrollerij en fietsendiefstal rond het station vaak pas na een week worden gedaan. De beelden "
        "worden daarom veertien dagen bewaard en daarna automatisch overschreven.")
    d.p("**Doel en grondslag (adviespunt a)**")
    d.p("De burgemeester heeft op 12 maart 2026 het Aanwijzingsbesluit cameratoezicht Stationskwartier 2026 "
        "genomen. Daarin zijn alleen crowd management en handhaving van de openbare orde als doel opgenomen; het "
        "derde doel is uit de DPIA en het projectplan verwijderd.")
    d.p("**Transparantie en betrokkenheid van bewoners (adviespunten e en f)**")
    d.p("Sinds 16 maart 2026 staan er borden bij de zes toegangen tot het gebied, en het cameraregister met posities "
        "en doelen staat op lindewaarde.nl/cameratoezicht. Een aparte consultatie van de bewonersvereniging over de "
        "posities voert het college niet uit: de posities volgen uit de analyse van de politie, en de "
        "bewoners zijn in oktober 2025 tijdens de informatieavond over de herinrichting van het Stationsplein "
        "geïnformeerd.")
    d.p("**Leverancier (adviespunt d)**")
    d.p("Het college neemt kennis van dit adviespunt. Het contract met Vigilix loopt tot 1 juli 2027 en bevat geen "
        "verplichting tot een jaarlijkse test; de afdeling Inkoop betrekt het punt bij de voorbereiding van de "
        "nieuwe aanbesteding.")
    d.hd("D.3 Voorafgaande raadpleging", 10)
    d.p("Na de maatregelen onder D.2 schat het college het restrisico op alle vijf risico's als laag of middel in. "
        "Van een hoog restrisico is geen sprake meer; een voorafgaande raadpleging van de Autoriteit "
        "Persoonsgegevens is daarom niet nodig.")
    d.hd("D.4 Vaststelling", 10)
    d.set_font("dv", "", 8.8)
    for k, v in (("Vastgesteld door", "college van burgemeester en wethouders van Lindewaarde"),
                 ("Datum", "24 maart 2026 (besluit 2026/0318)"),
                 ("Eigenaar DPIA", "teamleider Openbare Orde en Veiligheid")):
        d.set_font("dv", "B", 8.8)
        d.cell(40, 5.6, k, border="B")
        d.set_font("dv", "", 8.8)
        d.cell(124, 5.6, v, border="B", new_x="LMARGIN", new_y="NEXT")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("a", "Leg de doelen crowd management en handhaving van de openbare",
         "het Aanwijzingsbesluit cameratoezicht Stationskwartier 2026 genomen", "agrees"),
        ("b", "Laat door een onafhankelijke auditor vaststellen dat de module",
         "heeft de module voor gezichtsherkenning op 2 maart 2026", "agrees"),
        ("c", "Verkort de bewaartermijn van de camerabeelden van 28 naar",
         "De beelden worden daarom veertien dagen bewaard", "partly"),
        ("d", "Laat de leverancier jaarlijks een onafhankelijke penetratietest uitvoeren",
         "betrekt het punt bij de voorbereiding van de nieuwe aanbesteding", "noted", ["partly"]),
        ("e", "Plaats borden bij alle toegangen tot het Stationskwartier en",
         "staan er borden bij de zes toegangen tot het gebied", "agrees"),
        ("f", "Betrek de bewonersvereniging Spoorstraat-Havenbuurt bij de definitieve keuze",
         "Een aparte consultatie van de bewonersvereniging over de posities", "disagrees"),
        ("g", "Evalueer de inzet na twaalf maanden en leg de evaluatie", None, "unanswered"),
    ], ["een voorafgaande raadpleging van de Autoriteit Persoonsgegevens is daarom niet nodig"],
        "FG advice FG-2026-017: seven lettered recommendations a.-g. under '5. Advies' ('Ik adviseer het college:'), "
        "imperatives each ending in a tag '[prioriteit: hoog|middel|laag]'. Findings with 'moet'/'moeten' in 2 and "
        "3.1, the risk table, the quoted earlier advice FG-2024-009 ('Neem in het contract op ...', already adopted) "
        "and the conclusion mentioning 'de punten a tot en met c' are not recommendations. Response: DPIA v2.0, "
        "pages 17-18, Deel D, thematic sub-headings naming the adviespunten in the order b, c, a, 'e en f', d: "
        "b agrees (module removed, audited); c partly (14 days instead of 7); a agrees (aanwijzingsbesluit, third "
        "purpose dropped); e agrees and f disagrees in one section; d noted ('neemt kennis', to be considered in the "
        "next tender; 'partly' accepted); g (evaluation after twelve months) UNANSWERED. D.1 (summary of the "
        "advice), D.3 (no prior consultation of the AP) and D.4 (adoption table) answer nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()

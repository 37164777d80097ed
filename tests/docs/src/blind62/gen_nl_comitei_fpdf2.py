"""Round 62 (nl): a TOEZICHTONDERZOEK of the Belgian VAST COMITE VAN TOEZICHT OP DE INLICHTINGEN- EN
VEILIGHEIDSDIENSTEN (Vast Comité I) on the military intelligence service's use of open sources, answered by the
LETTER of the Minister van Defensie to the chair of the Chamber's begeleidingscommissie WITH AN ENCLOSURE (a table
'Standpunt per aanbeveling').

Advice: report with Roman chapters I. Inleiding (the Comité's legal basis: 'moet ... bezorgen'), II. Juridisch kader
(article 13 of the W.I&V paraphrased, 'moeten ... in verhouding staan'), III. Vaststellingen with decimal paragraph
numbers III.1-III.6 (a ruled table of fictitious profiles; the service's view 'zou ... onwerkbaar zijn'; the
Comité's 2021 recommendation quoted 'moet ... bijhouden'), IV. Conclusies (numbered IV.1-IV.3, 'moet' in a
finding), V. Aanbevelingen in Comité I's real three groups (V.1 protection of rights, V.2 coordination and
efficiency, V.3 effectiveness of oversight), each recommendation a decimal number 'V.1.1.' with a bold title line and
then a sentence 'Het Vast Comité I beveelt aan dat ...' / 'Het Comité beveelt ... aan om ...' (numbers V.1.1-V.3.2,
starts_with is the sentence, not the title); running head and 'p. n/m'.
Response: letter (Belgian style: 'Mijnheer de Voorzitter,', 'Hoogachtend,') with introduction, a paragraph on the
conclusions and one on staff and budget (unmatched), then 'Bijlage - Standpunt van de ADIV per aanbeveling', a ruled
fpdf2 table Aanbeveling / Standpunt / Toelichting en termijn, rows in the order V.2.1, V.1.2 + V.3.1 (ONE row, two
standpunten), V.1.1, V.3.2, V.1.3: V.2.1 partly ('Gedeeltelijk aanvaard': joint procurement, separate platforms);
V.1.2 agrees + V.3.1 partly (half-yearly instead of quarterly); V.1.1 agrees; V.3.2 noted ('Akte genomen', a matter
for the legislator); V.1.3 disagrees ('Niet aanvaard'); V.2.2 (joint training) unanswered.
Engine: fpdf2 (DejaVu, no text shaping, so no ligatures; fixed creation date).

Run: /tmp/blind62nl/bin/python tests/docs/src/blind62/gen_nl_comitei_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b62nl as B  # noqa: E402

NAME = "blind62_nl_comitei"
DV = "/usr/share/fonts/truetype/dejavu/"
BORDEAUX = (122, 24, 40)
GREY = (95, 95, 95)
KHAKI = (74, 83, 52)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 5, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "se" if kind == "adv" else "sa"
        self.lm = 24 if kind == "adv" else 22
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv" and self.page_no() > 1:
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.set_y(11)
            self.cell(self.tw / 2, 4, "Vast Comité I", align="L")
            self.cell(self.tw / 2, 4, "Toezichtonderzoek open bronnen ADIV", align="R")
            self.set_draw_color(*BORDEAUX)
            self.line(self.lm, 16, 210 - self.lm, 16)
            self.set_y(22)
        if self.kind == "res" and self.page_no() > 1:
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.set_y(11)
            self.cell(0, 4, "Ons kenmerk: KAB/MINDEF/2026/00871", align="L")
            self.set_y(22)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"p. {self.page_no()}/{{nb}}", align="C")
        else:
            self.cell(0, 4, "Kabinet van de Minister van Defensie  |  Everestraat 1  |  1140 Brussel", align="L")
            self.set_x(self.lm)
            self.cell(self.tw, 4, f"{self.page_no()}", align="R")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.3, indent=0, h=4.9, align="J", after=2.2, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=10.6, before=3.2, color=BORDEAUX):
        self.ln(before)
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.6, fam="sa")

    def par(self, n, t, lw=13, size=9.3):
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font("sa", "B", 8.6)
        self.set_text_color(*BORDEAUX)
        self.set_xy(self.lm, y)
        self.cell(lw, 4.9, n)
        self.set_text_color(0)
        self.set_font(self.fam, "", size)
        self.set_xy(self.lm + lw, y)
        self.multi_cell(self.tw - lw, 4.9, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2.0)

    def rec(self, n, title, t):
        if self.get_y() + 24 > self.page_break_trigger:
            self.add_page()
        self.set_font("sa", "B", 9.2)
        self.set_text_color(*BORDEAUX)
        self.cell(17, 5, n)
        self.set_text_color(0)
        self.multi_cell(self.tw - 17, 5, title, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(0.8)
        self.p(t, indent=17, after=3)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*BORDEAUX)
    d.rect(d.lm, 20, 3, 26, "F")
    d.set_xy(d.lm + 6, 20)
    d.set_font("sa", "B", 10)
    d.cell(0, 5, "VAST COMITÉ VAN TOEZICHT OP DE INLICHTINGEN- EN VEILIGHEIDSDIENSTEN")
    d.set_xy(d.lm + 6, 26)
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Comité permanent de contrôle des services de renseignement et de sécurité")
    d.set_text_color(0)
    d.set_xy(d.lm + 6, 34)
    d.set_font("sa", "B", 14)
    d.multi_cell(d.tw - 6, 6.4, "Toezichtonderzoek naar het gebruik van open bronnen door de Algemene Dienst "
                 "Inlichting en Veiligheid", new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(3)
    d.p("Dossier 2025.318  |  Goedgekeurd op 28 april 2026  |  Openbaar verslag", "", 8.2, color=GREY, fam="sa",
        align="L", after=4)
    d.hd("I. INLEIDING")
    d.p("Het Vast Comité I heeft op eigen initiatief een toezichtonderzoek ingesteld naar de wijze waarop de "
        "Algemene Dienst Inlichting en Veiligheid (ADIV) informatie uit open bronnen verzamelt en verwerkt "
        "(open source intelligence of OSINT). Het Comité handelt op grond van de wet van 18 juli 1991 tot regeling "
        "van het toezicht op politie- en inlichtingendiensten. Na afloop van een toezichtonderzoek moet het Comité "
        "een verslag bezorgen aan de bevoegde minister en aan de begeleidingscommissie van de Kamer van "
        "volksvertegenwoordigers.")
    d.p("Het onderzoek liep van september 2025 tot maart 2026. Het Comité voerde gesprekken met twaalf "
        "medewerkers van de ADIV, bestudeerde interne nota's en nam steekproeven uit de logbestanden van twee "
        "softwarepakketten.")
    d.hd("II. JURIDISCH KADER")
    d.p("Artikel 13 van de wet van 30 november 1998 houdende regeling van de inlichtingen- en veiligheidsdiensten "
        "(W.I&V) laat de diensten toe informatie en persoonsgegevens op te sporen, te verzamelen en te verwerken die "
        "nuttig kunnen zijn voor hun opdrachten. De middelen die zij daarvoor inzetten, moeten in verhouding staan "
        "tot de dreiging. Het raadplegen van publiek toegankelijke bronnen is een gewone methode; het gebruik van "
        "een fictieve identiteit kan echter een specifieke of uitzonderlijke methode zijn, waarvoor strengere "
        "procedures gelden.")
    d.hd("III. VASTSTELLINGEN")
    d.par("III.1.", "De ADIV maakt op grote schaal gebruik van open bronnen. Bijna elke analyse begint met een "
          "zoektocht op sociale media, fora en nieuwssites.")
    d.par("III.2.", "Er bestaat geen schriftelijke richtlijn die bepaalt wanneer het raadplegen van open bronnen "
          "overgaat in een specifieke methode. Analisten beslissen dit zelf, vaak zonder het te documenteren.")
    d.par("III.3.", "Het aantal fictieve profielen dat de ADIV op sociale media gebruikt, is de afgelopen jaren "
          "sterk gestegen (tabel 1).")
    d.set_x(d.lm + 13)
    d.set_font("sa", "", 8.2)
    d.set_draw_color(190, 160, 165)
    d.set_fill_color(255, 255, 255)
    from fpdf.fonts import FontFace
    with d.table(col_widths=(60, 25, 25, 25), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=4.4,
                 borders_layout="HORIZONTAL_LINES", width=d.tw - 13, align="RIGHT", padding=1.1,
                 headings_style=FontFace(emphasis="BOLD", fill_color=(245, 232, 234))) as t:
        for r in (("Tabel 1", "2023", "2024", "2025"), ("Fictieve profielen in gebruik", "41", "77", "126"),
                  ("Waarvan vooraf goedgekeurd", "12", "19", "23"), ("Gemelde profielen aan het Comité", "0", "0",
                                                                        "4")):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(2.5)
    d.par("III.4.", "Gegevens uit open bronnen over personen die later geen verband blijken te houden met een "
          "dreiging, blijven in de databanken staan. Volgens de ADIV zou het verwijderen van die gegevens per "
          "zoekopdracht 'praktisch onwerkbaar' zijn.")
    d.par("III.5.", "In zijn activiteitenverslag 2021 beval het Comité al aan dat 'de ADIV een register moet "
          "bijhouden van de gebruikte fictieve profielen'. Dat register bestaat sinds 2023, maar is onvolledig.")
    d.par("III.6.", "De ADIV en de Veiligheid van de Staat (VSSE) kochten in 2024 elk afzonderlijk software voor de "
          "analyse van sociale media aan, van twee verschillende leveranciers.")
    d.hd("IV. CONCLUSIES")
    d.par("IV.1.", "Het Comité stelt vast dat het gebruik van open bronnen onontbeerlijk is geworden voor de "
          "opdrachten van de ADIV.")
    d.par("IV.2.", "De grens tussen een gewone en een specifieke methode is in de praktijk onduidelijk. Een analist "
          "moet nu zelf inschatten welke procedure van toepassing is.")
    d.par("IV.3.", "Het toezicht van het Comité wordt bemoeilijkt doordat het geen rechtstreekse toegang heeft tot "
          "de logbestanden van de gebruikte software.")
    d.hd("V. AANBEVELINGEN")
    d.p("V.1. Aanbevelingen met betrekking tot de bescherming van de rechten die de Grondwet en de wet aan "
        "personen verlenen", "B", 9.2, fam="sa", align="L", after=2.4)
    d.rec("V.1.1.", "Een richtlijn voor het gebruik van open bronnen",
          "Het Vast Comité I beveelt aan dat de ADIV een schriftelijke richtlijn uitvaardigt die bepaalt wanneer "
          "het raadplegen van open bronnen een specifieke methode wordt en hoe die beslissing wordt "
          "gedocumenteerd.")
    d.rec("V.1.2.", "Voorafgaande goedkeuring van fictieve profielen",
          "Het Comité beveelt aan om elk gebruik van een fictief profiel op sociale media vooraf te laten "
          "goedkeuren door het diensthoofd of zijn gemachtigde.")
    d.rec("V.1.3.", "Bewaartermijn",
          "Het Comité beveelt aan dat gegevens uit open bronnen over personen die geen verband houden met een "
          "dreiging, na ten hoogste zes maanden worden verwijderd.")
    d.p("V.2. Aanbevelingen met betrekking tot de coördinatie en de efficiëntie van de inlichtingendiensten", "B",
        9.2, fam="sa", align="L", after=2.4)
    d.rec("V.2.1.", "Een gemeenschappelijk platform",
          "Het Comité beveelt aan dat de ADIV en de VSSE samen één OSINT-platform ontwikkelen in plaats van elk "
          "afzonderlijk software aan te kopen.")
    d.rec("V.2.2.", "Opleiding",
          "Het Comité beveelt de beide diensten aan om een gemeenschappelijke opleiding voor OSINT-analisten in "
          "te richten, met aandacht voor het juridisch kader.")
    d.p("V.3. Aanbevelingen met betrekking tot de doeltreffendheid van het toezicht", "B", 9.2, fam="sa",
        align="L", after=2.4)
    d.rec("V.3.1.", "Informatie aan het Comité",
          "Het Comité beveelt aan dat de ADIV het Comité elk kwartaal een volledige lijst bezorgt van de fictieve "
          "profielen die in gebruik zijn.")
    d.rec("V.3.2.", "Toegang tot logbestanden",
          "Het Comité beveelt de wetgever aan om in de W.I&V uitdrukkelijk te bepalen dat het Comité toegang heeft "
          "tot de logbestanden van de software waarmee de diensten open bronnen raadplegen.")
    d.ln(2)
    d.p("Het Comité zal de opvolging van deze aanbevelingen bespreken in zijn activiteitenverslag 2026.", "I",
        after=5)
    d.p("Voor het Vast Comité I,", after=1)
    d.p("S. Van Houtte, griffier  |  M. Deprez-Claes, voorzitter", after=1)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.set_fill_color(*KHAKI)
    d.rect(d.lm, 16, 14, 14, "F")
    d.set_xy(d.lm + 18, 16)
    d.set_font("sa", "B", 10)
    d.cell(0, 5, "Kabinet van de Minister van Defensie")
    d.set_xy(d.lm + 18, 21.5)
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Cabinet de la Ministre de la Défense")
    d.set_text_color(0)
    d.set_xy(110, 40)
    d.set_font("sa", "", 8.8)
    d.multi_cell(78, 4.6, "Aan de heer Voorzitter van de Bijzondere commissie belast met de begeleiding van het "
                 "Vast Comité P en het Vast Comité I\nKamer van volksvertegenwoordigers\nNatieplein 2\n1008 Brussel",
                 new_x="LMARGIN", new_y="NEXT", align="L")
    d.ln(6)
    d.set_font("sa", "", 8.2)
    d.set_text_color(*GREY)
    for k, v in (("Uw bericht van", "29 april 2026"), ("Ons kenmerk", "KAB/MINDEF/2026/00871"),
                 ("Bijlage", "1"), ("Datum", "Brussel, 22 juni 2026")):
        d.set_x(d.lm)
        d.cell(30, 4.4, k)
        d.set_text_color(0)
        d.cell(0, 4.4, v, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(*GREY)
    d.set_text_color(0)
    d.ln(3)
    d.p("**Betreft: toezichtonderzoek van het Vast Comité I naar het gebruik van open bronnen door de ADIV**",
        align="L", after=4)
    d.p("Mijnheer de Voorzitter,", align="L", after=3)
    d.p("Het Vast Comité I heeft mij op 29 april 2026 het verslag bezorgd van zijn toezichtonderzoek naar het "
        "gebruik van open bronnen door de Algemene Dienst Inlichting en Veiligheid. Ik heb de ADIV gevraagd om per "
        "aanbeveling een standpunt in te nemen. U vindt dat standpunt in de bijlage bij deze brief.")
    d.p("Ik wil het Comité danken voor een grondig en evenwichtig onderzoek. De vaststellingen bevestigen dat open "
        "bronnen voor de ADIV onmisbaar zijn geworden en dat de regels daarvoor achterlopen op de praktijk. De "
        "ADIV onderschrijft de conclusies van het Comité in grote lijnen.")
    d.p("Tegelijk wijs ik erop dat de dienst de voorbije twee jaar veertig nieuwe analisten heeft aangeworven en dat "
        "in de begroting 2027 bijkomende middelen voor de cel OSINT zijn ingeschreven. Een deel van de vastgestelde "
        "tekortkomingen is het gevolg van die snelle groei.")
    d.p("Ik ben uiteraard bereid om dit dossier in een vergadering van uw commissie toe te lichten.")
    d.p("Hoogachtend,", after=6)
    d.p("De Minister van Defensie,", after=8)
    d.p("A. Verstraete-Lemaire", "B")
    d.add_page()
    d.hd("Bijlage - Standpunt van de ADIV per aanbeveling", color=KHAKI, before=0)
    d.p("Codes verwijzen naar hoofdstuk V van het verslag van het Vast Comité I.", "I", 8.4, after=3)
    from fpdf.fonts import FontFace
    d.set_font("sa", "", 8.2)
    d.set_draw_color(120, 130, 100)
    d.set_fill_color(255, 255, 255)
    rows = [("Aanbeveling", "Standpunt", "Toelichting en termijn"),
            ("V.2.1 Gemeenschappelijk OSINT-platform", "Gedeeltelijk aanvaard",
             "ADIV en VSSE sluiten vanaf 2027 één raamcontract af voor de aankoop van analysesoftware. Elke dienst "
             "behoudt wel een eigen platform, omdat de militaire opdrachten van de ADIV een gescheiden netwerk "
             "vereisen."),
            ("V.1.2 en V.3.1 Fictieve profielen", "V.1.2: aanvaard\nV.3.1: gedeeltelijk aanvaard",
             "Vanaf 1 september 2026 keurt het diensthoofd elk nieuw profiel vooraf goed. Het Comité ontvangt "
             "de lijst van de profielen in gebruik tweemaal per jaar, telkens op 1 maart en 1 september; een "
             "driemaandelijkse lijst vergt te veel manuele controle."),
            ("V.1.1 Richtlijn open bronnen", "Aanvaard",
             "Een ontwerp van richtlijn is in voorbereiding en wordt in het najaar van 2026 voor advies aan het "
             "Comité voorgelegd. De richtlijn treedt uiterlijk op 1 januari 2027 in werking."),
            ("V.3.2 Toegang tot logbestanden", "Akte genomen",
             "Deze aanbeveling richt zich tot de wetgever. De ADIV verleent het Comité op verzoek inzage in de "
             "logbestanden; een wettelijke regeling is een zaak van het Parlement."),
            ("V.1.3 Bewaartermijn van zes maanden", "Niet aanvaard",
             "Een vaste termijn van zes maanden is te kort voor onderzoeken naar dreigingen die zich pas na "
             "jaren manifesteren. De ADIV blijft de algemene regels van de W.I&V over de bewaring van gegevens "
             "toepassen en evalueert de gegevens jaarlijks.")]
    with d.table(col_widths=(40, 30, 96), text_align=("LEFT", "LEFT", "LEFT"), line_height=4.4,
                 borders_layout="SINGLE_TOP_LINE", width=d.tw, padding=1.6,
                 headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=KHAKI)) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(4)
    d.p("Stand van zaken personeel cel OSINT: 58 voltijdse equivalenten op 1 juni 2026, tegenover 18 in 2023.",
        "", 8.4, color=GREY, after=1)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("V.1.1", "Het Vast Comité I beveelt aan dat de ADIV een schriftelijke",
         "Een ontwerp van richtlijn is in voorbereiding", "agrees"),
        ("V.1.2", "Het Comité beveelt aan om elk gebruik van een fictief",
         "keurt het diensthoofd elk nieuw profiel vooraf goed", "agrees"),
        ("V.1.3", "Het Comité beveelt aan dat gegevens uit open bronnen over",
         "Een vaste termijn van zes maanden is te kort", "disagrees"),
        ("V.2.1", "Het Comité beveelt aan dat de ADIV en de VSSE",
         "sluiten vanaf 2027 één raamcontract af", "partly"),
        ("V.2.2", "Het Comité beveelt de beide diensten aan om een gemeenschappelijke",
         None, "unanswered"),
        ("V.3.1", "Het Comité beveelt aan dat de ADIV het Comité elk",
         "de lijst van de profielen in gebruik tweemaal per jaar", "partly"),
        ("V.3.2", "Het Comité beveelt de wetgever aan om in de W.I&V",
         "Deze aanbeveling richt zich tot de wetgever", "noted"),
    ], ["Ik heb de ADIV gevraagd om per aanbeveling een standpunt",
        "De ADIV onderschrijft de conclusies van het Comité in grote lijnen",
        "de dienst de voorbije twee jaar veertig nieuwe analisten heeft aangeworven",
        "Stand van zaken personeel cel OSINT"],
        "TOEZICHTONDERZOEK of the Belgian VAST COMITE I on the use of open sources by the ADIV (the findings, "
        "figures, people, dossier number and the quoted 2021 recommendation are invented; the W.I&V of 30 November "
        "1998 and the law of 18 July 1991 are real, but what is said of them is not to be relied on). The seven "
        "recommendations are the decimal items V.1.1-V.3.2 in chapter V, grouped under Comité I's three standard "
        "headings (V.1, V.2, V.3 are group headings, not recommendations); each has a bold TITLE line and then the "
        "recommendation sentence 'Het (Vast) Comité (I) beveelt ... aan ...' (starts_with is that sentence, not the "
        "title). Not recommendations: the Comité's legal duty ('moet ... een verslag bezorgen'), article 13 W.I&V "
        "('moeten in verhouding staan'), the findings III.1-III.6 (decimal numbers too) with a table, the ADIV's view "
        "('zou ... praktisch onwerkbaar zijn'), the 2021 recommendation quoted ('moet ... bijhouden'), the conclusions "
        "IV.1-IV.3 ('moet nu zelf inschatten'), the closing 'zal de opvolging ... bespreken'. Response: the "
        "minister's letter (unmatched: the request to the ADIV, the general agreement with the conclusions, staff "
        "and budget, the offer to explain) with an ENCLOSURE table Aanbeveling / Standpunt / Toelichting en termijn "
        "in the order V.2.1, V.1.2+V.3.1 (ONE row), V.1.1, V.3.2, V.1.3: V.2.1 partly ('Gedeeltelijk aanvaard'); "
        "V.1.2 agrees ('V.1.2: aanvaard') + V.3.1 partly ('V.3.1: gedeeltelijk aanvaard', half-yearly not quarterly); "
        "V.1.1 agrees ('Aanvaard'); V.3.2 noted ('Akte genomen', a matter for Parliament); V.1.3 disagrees ('Niet "
        "aanvaard'). V.2.2 (joint training) UNANSWERED. The staff note under the table answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

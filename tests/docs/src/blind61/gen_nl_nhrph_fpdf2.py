"""Round 61 (nl): an ADVIES of the Belgian NATIONALE HOGE RAAD VOOR PERSONEN MET EEN HANDICAP (NHRPH) on a draft royal
decree making the online application for the disability allowances the rule, answered by a SCHRIFTELIJKE VRAAG EN
ANTWOORD in the Kamer's bulletin 'Vragen en Antwoorden': a member's question with six numbered sub-questions and the
minister's numbered answers.

Advice: NHRPH header block (advice number, plenary date, requester), paragraphs numbered 1-19 CONSECUTIVELY through
the whole text in a hanging margin, under section heads 'Voorwerp', 'Context', 'Standpunt van de NHRPH',
'Conclusie'. Recommendations only in paragraphs 7, 9, 11, 13, 14, 16, 17, each paragraph opening with 'De NHRPH
vraagt / eist / beveelt aan / vraagt de minister' (numbers = paragraph numbers). Traps: the quoted draft article
('De aanvraag moet ... worden ingediend'), the Handvest duty ('moet ... beslissen'), the UN convention, a table of
applications and processing times, the NHRPH's 2023 advice quoted ('Een papieren aanvraag moet altijd mogelijk
blijven'), the administration's view ('zou ... moeten zijn'), findings 'stelt vast', a paragraph of praise, a draft
article 'moet ... reageren', and 19 Conclusie (summary: 'vraagt hij vooral waarborgen').
Response: bulletin page (QRVA header, two-line running head), the question of the member (six numbered
sub-questions that paraphrase the advice: answer nothing), then 'Antwoord van de minister' with answers 1.-6. in the
question's order: 1 general (unmatched), 2 backlog (14 noted), 3 audit (9 disagrees), 4 deadlines and medical
evaluation (13 partly + 11 agrees in ONE answer), 5 plain language (16 agrees), 6 paper and intermediaries (7
partly); 17 (user panel) unanswered; the closing sentence on the budget answers nothing.
Engine: fpdf2 (DejaVu, no text shaping, so no ligatures; fixed creation date).

Run: /tmp/blind61nl/bin/python tests/docs/src/blind61/gen_nl_nhrph_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF

sys.path.insert(0, os.path.dirname(__file__))
import _b61nl as B  # noqa: E402

NAME = "blind61_nl_nhrph"
DV = "/usr/share/fonts/truetype/dejavu/"
PURPLE = (92, 45, 145)
GREY = (95, 95, 95)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 4, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.fam = "sa" if kind == "adv" else "se"
        self.lm = 22 if kind == "adv" else 24
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 22)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv" and self.page_no() > 1:
            self.set_font("sa", "", 7.2)
            self.set_text_color(*GREY)
            self.set_y(11)
            self.cell(0, 4, "NHRPH  |  Advies 2026/09  |  Aanvraagprocedure tegemoetkomingen")
            self.set_y(22)
        if self.kind == "res":
            self.set_font("se", "", 7.4)
            self.set_text_color(*GREY)
            self.set_y(10)
            self.cell(self.tw / 2, 4, "QRVA 56 061", align="L")
            self.cell(self.tw / 2, 4, "20-04-2026", align="R")
            self.ln(4)
            self.cell(self.tw / 2, 4, "KAMER - 4e ZITTING VAN DE 56e ZITTINGSPERIODE", align="L")
            self.cell(self.tw / 2, 4, "2025-2026", align="R")
            self.ln(4)
            self.cell(self.tw, 4, "CHAMBRE - 4e SESSION DE LA 56e LEGISLATURE", align="L")
            self.set_draw_color(0)
            self.line(self.lm, 23, 210 - self.lm, 23)
            self.set_y(27)
        self.set_text_color(0)

    def footer(self):
        self.set_y(-14)
        self.set_font("sa" if self.kind == "adv" else "se", "", 7.2)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
        else:
            self.cell(0, 4, f"{2318 + self.page_no()}", align="C")
        self.set_text_color(0)

    def p(self, t, stl="", size=9.2, indent=0, h=4.8, align="J", after=2.2, color=None, fam=None):
        self.set_font(fam or self.fam, stl, size)
        if color:
            self.set_text_color(*color)
        self.set_x(self.lm + indent)
        self.multi_cell(self.tw - indent, h, t, new_x="LMARGIN", new_y="NEXT", align=align, markdown=True)
        self.set_text_color(0)
        self.ln(after)

    def hd(self, t, size=10.4, before=2.6, color=PURPLE):
        self.ln(before)
        if self.get_y() + 22 > self.page_break_trigger:
            self.add_page()
        self.p(t, "B", size, align="L", color=color, after=1.4, fam="sa")

    def par(self, n, t, lw=9, size=9.2):
        if self.get_y() + 12 > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_font("sa", "", size)
        self.set_text_color(*GREY)
        self.set_xy(self.lm, y)
        self.cell(lw, 4.8, n)
        self.set_text_color(0)
        self.set_font(self.fam, "", size)
        self.set_xy(self.lm + lw, y)
        self.multi_cell(self.tw - lw, 4.8, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=True)
        self.ln(2.0)


def table(d, widths, rows, size=8.0, indent=9):
    from fpdf.fonts import FontFace
    d.set_font("sa", "", size)
    d.set_draw_color(170, 150, 200)
    head = FontFace(emphasis="BOLD", fill_color=(236, 229, 245))
    d.set_fill_color(255, 255, 255)
    d.set_x(d.lm + indent)
    with d.table(col_widths=widths, text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=4.3,
                 borders_layout="HORIZONTAL_LINES", headings_style=head, width=d.tw - indent, padding=1.1,
                 align="RIGHT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_draw_color(0)
    d.ln(1)


def advice():
    d = Doc("adv")
    d.add_page()
    d.set_fill_color(*PURPLE)
    d.rect(d.lm, 16, 4, 16, "F")
    d.set_xy(d.lm + 7, 16)
    d.set_font("sa", "B", 10)
    d.set_text_color(*PURPLE)
    d.cell(0, 5, "Nationale Hoge Raad voor Personen met een Handicap")
    d.set_xy(d.lm + 7, 21.5)
    d.set_font("sa", "", 7.8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Conseil Supérieur National des Personnes Handicapées  |  Finance Tower, Kruidtuinlaan 50 bus 150, "
                 "1000 Brussel")
    d.set_text_color(0)
    d.set_y(40)
    d.p("Advies 2026/09 betreffende het ontwerp van koninklijk besluit tot wijziging van het koninklijk besluit van "
        "22 mei 2003 betreffende de procedure inzake de behandeling van de dossiers op het vlak van de "
        "tegemoetkomingen aan personen met een handicap", "B", 12.5, h=6, align="L", after=3, fam="sa")
    for k, v in (("Advies uitgebracht op", "de plenaire vergadering van 16 februari 2026"),
                 ("Aanvrager", "de minister van Sociale Zaken en Personen met een Handicap"),
                 ("Aanvraag ontvangen op", "8 januari 2026"),
                 ("Voorbereid door", "de werkgroep Inkomen")):
        d.set_font("sa", "B", 8.4)
        d.set_text_color(*GREY)
        d.cell(44, 4.6, k)
        d.set_font("sa", "", 8.4)
        d.set_text_color(0)
        d.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.hd("Voorwerp")
    d.par("1.", "De minister vraagt de NHRPH om advies over een ontwerp van koninklijk besluit dat de "
                "elektronische aanvraag via het platform MyHandicap de gewone manier maakt om een "
                "inkomensvervangende tegemoetkoming, een integratietegemoetkoming of een tegemoetkoming voor "
                "hulp aan bejaarden aan te vragen.")
    d.par("2.", "Artikel 2 van het ontwerp luidt: 'De aanvraag moet worden ingediend via het elektronisch platform "
                "van de Directie-generaal Personen met een handicap.' Een aanvraag op papier blijft volgens het "
                "verslag aan de Koning alleen mogelijk 'in uitzonderlijke gevallen', zonder dat het ontwerp die "
                "gevallen omschrijft.")
    d.hd("Context")
    d.par("3.", "Het Handvest van de sociaal verzekerde bepaalt dat de administratie binnen vier maanden na de "
                "aanvraag moet beslissen. De tabel hieronder toont dat die termijn al jaren niet wordt gehaald.")
    table(d, (52, 24, 24, 24), [("", "2023", "2024", "2025"),
                                ("Aanvragen (aantal)", "196.400", "207.900", "218.300"),
                                ("Gemiddelde doorlooptijd (maanden)", "6,4", "6,1", "5,8"),
                                ("Dossiers ouder dan vier maanden", "38.200", "44.700", "41.000")])
    d.p("Bron: jaarverslagen DG Personen met een handicap; de cijfers voor 2025 zijn voorlopig.", "I", 7.4,
        indent=9, color=GREY, after=2.4, fam="sa")
    d.par("4.", "Artikel 9 van het VN-Verdrag inzake de rechten van personen met een handicap verplicht België "
                "ervoor te zorgen dat personen met een handicap op voet van gelijkheid toegang hebben tot "
                "informatie en communicatie, met inbegrip van digitale diensten.")
    d.par("5.", "De NHRPH heeft zich al eerder over de digitalisering uitgesproken. In zijn advies 2023/14 stelde "
                "hij: 'Een papieren aanvraag moet altijd mogelijk blijven, zonder dat de persoon moet uitleggen "
                "waarom.'")
    d.hd("Standpunt van de NHRPH")
    d.par("6.", "De NHRPH stelt vast dat de digitalisering voor veel personen een vooruitgang is: een aanvraag via "
                "MyHandicap wordt gemiddeld drie weken sneller behandeld. Tegelijk beschikt ongeveer een op de "
                "vier personen met een handicap niet over de digitale vaardigheden of de middelen om zelf een "
                "aanvraag in te dienen.")
    d.par("7.", "De NHRPH vraagt dat de aanvraag op papier en de aanvraag via een OCMW of een ziekenfonds in het "
                "ontwerp uitdrukkelijk als gelijkwaardige kanalen worden behouden, zonder voorwaarden.")
    d.par("8.", "Volgens de administratie zou het platform tegen eind 2026 volledig toegankelijk moeten zijn. Een "
                "test door de verenigingen in januari 2026 vond echter nog 23 knelpunten, onder meer voor "
                "gebruikers van schermlezers.")
    d.par("9.", "De NHRPH eist dat de elektronische aanvraag pas verplicht wordt nadat een onafhankelijke audit de "
                "toegankelijkheid van het platform volgens de norm EN 301 549 heeft bevestigd.")
    d.par("10.", "Het aantal klachten over de medische evaluatie is in 2025 met 18 procent gestegen. Veel "
                 "personen moeten zich voor een onderzoek verplaatsen, terwijl hun dossier al voldoende medische "
                 "gegevens bevat.")
    d.par("11.", "De NHRPH beveelt aan de medische evaluatie waar mogelijk op stukken te doen en een persoon "
                 "alleen op te roepen wanneer het dossier onvoldoende gegevens bevat.")
    d.par("12.", "Artikel 6 van het ontwerp bepaalt dat de aanvrager binnen een maand moet reageren op een vraag om "
                 "bijkomende informatie, zo niet wordt de aanvraag afgesloten.")
    d.par("13.", "De NHRPH vraagt die termijn te verlengen tot drie maanden, omdat een verslag van een "
                 "behandelend arts vaak niet binnen een maand kan worden verkregen.")
    d.par("14.", "De NHRPH vraagt de minister de DG Personen met een handicap bijkomend personeel toe te kennen, "
                 "zodat de achterstand van 41.000 dossiers binnen een jaar wordt weggewerkt.")
    d.par("15.", "De NHRPH erkent de inspanningen die de DG Personen met een handicap in 2025 heeft geleverd, onder "
                 "meer met de nieuwe telefonische onthaaldienst.")
    d.par("16.", "De NHRPH beveelt aan elke beslissing in eenvoudige taal toe te lichten, met een duidelijke "
                 "berekening van het bedrag en van de termijn om beroep in te stellen.")
    d.par("17.", "De NHRPH vraagt om jaarlijks via een gebruikerspanel betrokken te worden bij de evaluatie van "
                 "het platform MyHandicap.")
    d.par("18.", "De NHRPH herinnert er ten slotte aan dat hij bij elk ontwerp dat personen met een handicap "
                 "aanbelangt, moet worden geraadpleegd.")
    d.hd("Conclusie")
    d.par("19.", "Samengevat is de NHRPH niet gekant tegen een digitale aanvraag, maar vraagt hij vooral "
                 "waarborgen voor wie niet digitaal kan of wil aanvragen, en een snellere behandeling van de "
                 "dossiers. Hij geeft een voorwaardelijk gunstig advies.")
    d.ln(3)
    d.p("Gwendolyn Mertens, voorzitter", "", 9, align="L", fam="sa", after=0)
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()
    d.p("Minister van Sociale Zaken en Personen met een Handicap", "B", 10.5, align="L", after=0.4)
    d.p("Ministre des Affaires sociales et des Personnes handicapées", "I", 9, align="L", color=GREY, after=4)
    d.p("DO 2025202612874", "B", 9, align="L", after=1)
    d.p("Vraag nr. 412 van mevrouw Sofie Verlinden van 3 maart 2026 (N.) aan de minister van Sociale Zaken en "
        "Personen met een Handicap:", "B", 9.4, align="L", after=2)
    d.p("__Advies van de Nationale Hoge Raad voor Personen met een Handicap over de digitale aanvraag van "
        "tegemoetkomingen.__", "", 9.4, after=2)
    d.p("Op 16 februari 2026 bracht de Nationale Hoge Raad voor Personen met een Handicap (NHRPH) een kritisch "
        "advies uit over uw ontwerp van koninklijk besluit dat de aanvraag via MyHandicap verplicht maakt. De "
        "Hoge Raad vreest dat wie niet digitaal vaardig is, uit de boot valt, en wijst op de grote achterstand bij "
        "de DG Personen met een handicap.")
    for i, q in enumerate(("Hoe reageert u op de kritiek van de Hoge Raad?",
                           "Hoeveel dossiers zijn vandaag ouder dan vier maanden, en wat doet u om die achterstand "
                           "weg te werken?",
                           "Komt er een onafhankelijke toegankelijkheidsaudit voordat het platform verplicht wordt?",
                           "Past u de termijn om bijkomende informatie te bezorgen aan? Hoe zal de medische "
                           "evaluatie in de toekomst verlopen?",
                           "Worden de beslissingen begrijpelijker gemaakt?",
                           "Blijft een aanvraag op papier of via een tussenpersoon mogelijk?"), 1):
        d.par(f"{i}.", q, lw=7, size=9.2)
    d.ln(2)
    d.p("Antwoord van de minister van Sociale Zaken en Personen met een Handicap van 17 april 2026, op de vraag "
        "nr. 412 van mevrouw Sofie Verlinden van 3 maart 2026 (N.):", "B", 9.4, align="L", after=2.4)
    ans = [
        "Ik heb het advies van de Hoge Raad met veel aandacht gelezen en heb de voorzitter op 12 maart ontvangen. "
        "Het ontwerp is op verschillende punten aangepast en wordt binnenkort aan de Raad van State voorgelegd.",
        "Op 31 maart 2026 waren 39.600 dossiers ouder dan vier maanden. Voor 2026 werden al 45 medewerkers "
        "aangeworven. De vraag naar bijkomend personeel zal ik meenemen in de begrotingsbesprekingen voor 2027; "
        "daar kan ik vandaag niet op vooruitlopen.",
        "Het platform wordt regelmatig getest, ook met de verenigingen. Ik acht een bijkomende externe audit niet "
        "nodig en houd vast aan de inwerkingtreding op 1 januari 2027. De 23 knelpunten uit de test van januari "
        "worden vóór die datum opgelost.",
        "De termijn om bijkomende informatie te bezorgen wordt in het ontwerp verlengd tot twee maanden; een "
        "termijn van drie maanden zou de behandeling voor alle aanvragers vertragen. Daarnaast wordt de "
        "medische evaluatie voortaan standaard op basis van het dossier gedaan. Een oproeping volgt alleen nog "
        "als de arts van de DG de gegevens ontoereikend vindt.",
        "Ja. Alle beslissingsbrieven worden in 2026 herschreven in eenvoudige taal, samen met de verenigingen. "
        "Elke brief zal een berekening van het bedrag en de beroepstermijn bevatten.",
        "Een aanvraag op papier blijft mogelijk voor wie daarom vraagt, maar het ontwerp verankert de OCMW's en "
        "de ziekenfondsen niet als afzonderlijk kanaal. Zij kunnen, zoals nu, de aanvraag via het platform "
        "indienen in naam van de persoon.",
    ]
    for i, a in enumerate(ans, 1):
        d.par(f"{i}.", a, lw=7, size=9.2)
    d.ln(1)
    d.p("Het budget van de DG Personen met een handicap voor 2026 bedraagt 2,61 miljard euro, waarvan 2,47 "
        "miljard euro voor de tegemoetkomingen zelf.", "", 9.2)
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("7", "De NHRPH vraagt dat de aanvraag op papier en de aanvraag",
         "Een aanvraag op papier blijft mogelijk voor wie daarom vraagt", "partly"),
        ("9", "De NHRPH eist dat de elektronische aanvraag pas verplicht wordt",
         "Ik acht een bijkomende externe audit niet nodig", "disagrees"),
        ("11", "De NHRPH beveelt aan de medische evaluatie waar mogelijk op",
         "medische evaluatie voortaan standaard op basis van het dossier gedaan", "agrees"),
        ("13", "De NHRPH vraagt die termijn te verlengen tot drie maanden",
         "wordt in het ontwerp verlengd tot twee maanden", "partly"),
        ("14", "De NHRPH vraagt de minister de DG Personen met een handicap",
         "De vraag naar bijkomend personeel zal ik meenemen in de begrotingsbesprekingen", "noted"),
        ("16", "De NHRPH beveelt aan elke beslissing in eenvoudige taal toe",
         "Alle beslissingsbrieven worden in 2026 herschreven in eenvoudige taal", "agrees"),
        ("17", "De NHRPH vraagt om jaarlijks via een gebruikerspanel betrokken te",
         None, "unanswered"),
    ], ["Hoe reageert u op de kritiek van de Hoge Raad",
        "Ik heb het advies van de Hoge Raad met veel aandacht gelezen",
        "Blijft een aanvraag op papier of via een tussenpersoon mogelijk",
        "Het budget van de DG Personen met een handicap voor 2026"],
        "ADVIES 2026/09 of the Belgian NATIONALE HOGE RAAD VOOR PERSONEN MET EEN HANDICAP (NHRPH) on a draft royal "
        "decree making the online application (MyHandicap) the rule for the disability allowances (the figures, the "
        "people, the platform test and the quoted 2023 advice are invented; the KB of 22 May 2003, the Handvest van "
        "de sociaal verzekerde and the UN convention are real, but what is said of them is not to be relied on). "
        "Paragraphs numbered 1-19 consecutively through the whole advice in a hanging margin; the seven "
        "recommendations are paragraphs 7, 9, 11, 13, 14, 16 and 17, each opening with 'De NHRPH vraagt / eist / "
        "beveelt aan' (numbers = paragraph numbers). Not recommendations: 2 (quoted draft article, 'moet worden "
        "ingediend'), 3 (Handvest, 'moet beslissen') with the table of applications, 4 (UN convention), 5 (the "
        "quoted 2023 advice, 'moet altijd mogelijk blijven'), 6 ('stelt vast'), 8 (the administration's view, 'zou "
        "... moeten zijn'), 10, 12 (draft article 6, 'moet reageren'), 15 (praise), 18 (the duty to consult the "
        "NHRPH, 'moet worden geraadpleegd'), 19 Conclusie (summary, 'vraagt hij vooral waarborgen'). Response: "
        "SCHRIFTELIJKE VRAAG EN ANTWOORD in the Kamer's bulletin (QRVA): the member's question (an introduction "
        "paraphrasing the advice and six numbered sub-questions, answering nothing), then the minister's answers "
        "1.-6. in the question's order: 1 general (unmatched), 2 backlog: 14 noted ('zal ik meenemen in de "
        "begrotingsbesprekingen', 'kan ik vandaag niet op vooruitlopen'); 3: 9 disagrees (no external audit); ONE "
        "answer 4: 13 partly (two months, not three) + 11 agrees (evaluation on the file as standard); 5: 16 "
        "agrees; 6: 7 partly (paper stays on request, OCMW and ziekenfondsen not a separate channel). 17 (a yearly "
        "user panel) UNANSWERED. The closing budget sentence answers nothing.")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

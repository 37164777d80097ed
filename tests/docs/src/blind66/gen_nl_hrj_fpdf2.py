"""Round 66 (nl): a VERSLAG VAN HET BIJZONDER ONDERZOEK of the Belgian HOGE RAAD VOOR DE JUSTITIE (HRJ, its
Verenigde advies- en onderzoekscommissie) into the family and youth court of a court of first instance, answered by
the REACTIE of the court's president and chief clerk: each recommendation quoted in italics, then a bold
'Standpunt:' label and the reply.

Advice: HRJ report, 3 p.: cover block, an unnumbered 'Synthese' that paraphrases the findings and names the themes
of the recommendations, then chapters 1-4 in which EVERY paragraph has a RANDNUMMER in the left margin (1-27); the
seven recommendations are paragraphs that open with a bold code R1-R7 after their randnummer (R1 in rn 10, R2 rn
13, R3 rn 15, R4 rn 18, R5 rn 20, R6 rn 23, R7 rn 24), spread over 3 Vaststellingen en aanbevelingen; traps: the
onderzoeksvragen (1)-(3), the law's 'moet ... worden behandeld', Tabel 1 (lead times), the 2019 audit's
recommendation quoted and reported as followed, 'zou ... moeten', 'De HRJ stelt vast', the follow-up announcement
and the request for a reaction within two months.
Response: letter-form 'Reactie' of the voorzitter and hoofdgriffier: introduction (nothing), 'Algemene
opmerkingen' on the figures (nothing), then per recommendation in another order - R4 (Standpunt: aanvaard), R1
(gedeeltelijk aanvaard: joint planning only for urgent cases), 'R6 en R7' (ONE block: R6 aanvaard, R7 niet
aanvaard), R2 (kennisname: depends on vacancies), R5 (gedeeltelijk aanvaard: yearly instead of half-yearly) -
each quoting the recommendation; R3 (to the minister) unanswered; 'Tot slot' (nothing).
Engine: fpdf2 (DejaVu, no text shaping; randnummers as a separate cell left of a multi_cell; bold code via
markdown=True; fixed creation date).

Run: /tmp/blind66nl/bin/python tests/docs/src/blind66/gen_nl_hrj_fpdf2.py"""
import datetime
import os
import sys

from fpdf import FPDF
from fpdf.fonts import FontFace

sys.path.insert(0, os.path.dirname(__file__))
import _b66nl as B  # noqa: E402

NAME = "blind66_nl_hrj"
DV = "/usr/share/fonts/truetype/dejavu/"
PURPLE = (88, 40, 96)
GREY = (95, 95, 95)
PALE = (240, 235, 243)


class Doc(FPDF):
    def __init__(self, kind):
        super().__init__(format="A4")
        self.kind = kind
        self.set_creation_date(datetime.datetime(2026, 5, 22, 9, 0, 0, tzinfo=datetime.timezone.utc))
        for stl, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                       ("BI", "DejaVuSans-BoldOblique.ttf")):
            self.add_font("sa", stl, DV + f)
        for stl, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                       ("BI", "DejaVuSerif-BoldItalic.ttf")):
            self.add_font("se", stl, DV + f)
        self.lm = 20 if kind == "adv" else 25
        self.tw = 210 - 2 * self.lm
        self.set_margins(self.lm, 22, self.lm)
        self.set_auto_page_break(True, 20)
        self.alias_nb_pages()

    def header(self):
        if self.kind == "adv":
            if self.page_no() > 1:
                self.set_xy(self.lm, 10)
                self.set_font("sa", "", 7.2)
                self.set_text_color(*GREY)
                self.cell(self.tw / 2, 4, "Hoge Raad voor de Justitie", align="L")
                self.cell(self.tw / 2, 4, "Bijzonder onderzoek familie- en jeugdrechtbank Scheldeland", align="R")
                self.set_draw_color(*PURPLE)
                self.line(self.lm, 15, 210 - self.lm, 15)
        else:
            if self.page_no() > 1:
                self.set_xy(self.lm, 10)
                self.set_font("se", "I", 7.6)
                self.set_text_color(*GREY)
                self.cell(0, 4, "Reactie rechtbank van eerste aanleg Scheldeland - onze ref. VZ/2026/118", align="R")
        self.set_text_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_text_color(*GREY)
        if self.kind == "adv":
            self.set_font("sa", "", 7.2)
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="C")
        else:
            self.set_font("se", "", 7.4)
            self.cell(0, 4, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)


def advice():
    d = Doc("adv")
    d.add_page()
    rn = [0]

    def head(t, size=10.4, before=3.0):
        d.ln(before)
        d.set_font("sa", "B", size)
        d.set_text_color(*PURPLE)
        d.multi_cell(d.tw, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        d.set_text_color(0)
        d.ln(1.0)

    def para(t, num=True, size=8.9, after=1.8, md=False):
        if d.will_page_break(10):
            d.add_page()
        y = d.get_y()
        if num:
            rn[0] += 1
            d.set_font("sa", "", 7.6)
            d.set_text_color(*PURPLE)
            d.set_xy(d.lm, y + 0.5)
            d.cell(9, 4, str(rn[0]), align="R")
            d.set_text_color(0)
        d.set_font("sa", "", size)
        d.set_xy(d.lm + 12, y)
        d.multi_cell(d.tw - 12, 4.7, t, new_x="LMARGIN", new_y="NEXT", align="J", markdown=md)
        d.ln(after)

    d.set_fill_color(*PURPLE)
    d.rect(d.lm, 16, d.tw, 30, style="F")
    d.set_text_color(255, 255, 255)
    d.set_xy(d.lm + 5, 19)
    d.set_font("sa", "B", 11)
    d.cell(d.tw - 10, 5, "HOGE RAAD VOOR DE JUSTITIE", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 5)
    d.set_font("sa", "", 8)
    d.cell(d.tw - 10, 4.5, "Verenigde advies- en onderzoekscommissie", new_x="LMARGIN", new_y="NEXT")
    d.set_x(d.lm + 5)
    d.set_font("sa", "B", 12.5)
    d.multi_cell(d.tw - 10, 6, "Bijzonder onderzoek naar de werking van de familie- en jeugdrechtbank van de "
                 "rechtbank van eerste aanleg Scheldeland", new_x="LMARGIN", new_y="NEXT", align="L")
    d.set_text_color(0)
    d.set_y(49)
    d.set_font("sa", "", 7.8)
    d.set_text_color(*GREY)
    d.cell(0, 4, "Goedgekeurd door de algemene vergadering van de Hoge Raad voor de Justitie op 18 februari 2026  |  "
           "ref. VAOC/BO/2025-03", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(3)
    d.set_fill_color(*PALE)
    d.set_font("sa", "B", 9)
    d.cell(d.tw, 6, "  Synthese", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8.6)
    d.multi_cell(d.tw, 4.5, "De familie- en jeugdrechtbank van Scheldeland kampt met lange doorlooptijden, vooral "
                 "in zaken over het verblijf van kinderen. De HRJ stelt vast dat de oorzaken zowel bij de "
                 "organisatie van de zittingen als bij de griffie liggen. Rechtzoekenden zonder advocaat vinden "
                 "moeilijk de weg in het gebouw, en klachten worden niet op een eenvormige manier behandeld. De "
                 "aanbevelingen in dit verslag gaan over de zittingsplanning, de griffie, het onthaal, de "
                 "transparantie en de klachtenbehandeling.", fill=True, padding=(1.5, 3, 2.5, 3),
                 new_x="LMARGIN", new_y="NEXT", align="J")
    d.ln(1)
    head("1. Inleiding")
    para("Op grond van artikel 259bis-16 van het Gerechtelijk Wetboek kan de Hoge Raad voor de Justitie een "
         "bijzonder onderzoek instellen naar de werking van de rechterlijke orde. De Verenigde advies- en "
         "onderzoekscommissie (VAOC) besliste op 10 juni 2025 zo'n onderzoek te voeren naar de familie- en "
         "jeugdrechtbank van de rechtbank van eerste aanleg Scheldeland, afdeling Zeelbeek.")
    para("Aanleiding waren 41 klachten die de HRJ tussen 2023 en 2025 over deze afdeling ontving, de meeste over "
         "de termijn waarbinnen een zaak op de zitting kwam. Voor zaken over het verblijf van kinderen geldt een "
         "vermoeden van hoogdringendheid; zulke zaken moeten binnen vijftien dagen na de inleiding op een zitting "
         "worden behandeld.")
    head("2. Onderzoeksvragen en werkwijze")
    para("Het onderzoek wilde drie vragen beantwoorden: (1) Hoe lang duurt de behandeling van familiezaken, en "
         "worden de wettelijke termijnen gehaald? (2) Welke organisatorische factoren verklaren de doorlooptijden? "
         "(3) Hoe worden rechtzoekenden ontvangen en geïnformeerd?")
    para("De onderzoekers voerden 23 gesprekken met magistraten, griffiers, advocaten en medewerkers van het "
         "justitiehuis, analyseerden 200 willekeurig gekozen dossiers uit 2024 en woonden zes zittingen bij. Het "
         "ontwerpverslag werd op 12 december 2025 aan de voorzitter en de hoofdgriffier bezorgd; hun opmerkingen "
         "zijn in dit verslag verwerkt.")
    head("3. Vaststellingen en aanbevelingen")
    head("3.1 Zittingsplanning", 9.4, 1.0)
    para("De afdeling telt vier familiekamers die elk hun eigen zittingsrol beheren. Een kamer met een volle rol "
         "kan een dringende zaak niet doorschuiven naar een kamer met vrije plaatsen. Tabel 1 toont de gemiddelde "
         "doorlooptijden.")
    # table
    d.set_left_margin(d.lm + 12)
    d.set_font("sa", "", 7.8)
    with d.table(width=d.tw - 12, col_widths=(46, 24, 24, 26), line_height=4.4, align="L",
                 headings_style=FontFace(emphasis="BOLD", fill_color=PALE)) as t:
        rows = [("Soort zaak", "2023", "2024", "Wettelijke termijn"),
                ("Verblijf kinderen (dringend)", "34 dagen", "41 dagen", "15 dagen"),
                ("Onderhoudsgeld", "4,1 maanden", "4,6 maanden", "-"),
                ("Echtscheiding onderlinge toestemming", "2,2 maanden", "2,0 maanden", "-")]
        for i, r in enumerate(rows):
            row = t.row()
            for c in r:
                row.cell(c)
    d.set_left_margin(d.lm)
    d.set_font("sa", "I", 7.4)
    d.set_x(d.lm + 12)
    d.cell(0, 5, "Tabel 1. Gemiddelde doorlooptijd tussen inleiding en eerste zitting, afdeling Zeelbeek",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    para("De HRJ stelt vast dat de wettelijke termijn voor dringende zaken in 2024 in 71 % van de onderzochte "
         "dossiers werd overschreden. De magistraten wezen erop dat de planning per kamer historisch zo is "
         "gegroeid.")
    para("**R1** De HRJ beveelt de voorzitter van de rechtbank aan om voor de familiekamers één gezamenlijke "
         "zittingsplanning op te stellen, zodat dringende zaken binnen de wettelijke termijn op een zitting "
         "komen.", md=True)
    head("3.2 Griffie", 9.4, 1.0)
    para("Op de griffie van de familierechtbank waren in 2025 gemiddeld 2,5 van de 11 plaatsen in de "
         "personeelsformatie niet ingevuld. Op 1 oktober 2025 waren 1.320 vonnissen nog niet in het "
         "informaticasysteem ingevoerd, waardoor partijen soms weken op een afschrift wachten.")
    para("Een goed werkende griffie zou de invoer binnen vijf werkdagen na de uitspraak moeten kunnen verzekeren. "
         "Dat is nu bij minder dan de helft van de vonnissen het geval.")
    para("**R2** De HRJ beveelt de hoofdgriffier aan de achterstand bij het invoeren van vonnissen in het "
         "informaticasysteem tegen eind 2026 weg te werken.", md=True)
    para("De griffie kan de achterstand niet duurzaam wegwerken zolang de formatie niet is aangepast aan het "
         "gestegen aantal zaken, dat sinds 2019 met 18 % is toegenomen.")
    para("**R3** De HRJ vraagt de minister van Justitie om de personeelsformatie van de griffie van de "
         "familierechtbank met ten minste drie voltijdse griffiemedewerkers uit te breiden.", md=True)
    head("3.3 Onthaal", 9.4, 1.0)
    para("In zijn auditverslag van 2019 over het onthaal in de gerechtsgebouwen van het rechtsgebied beval de HRJ "
         "al aan 'de telefonische bereikbaarheid van de griffie te verbeteren'. De rechtbank heeft daarop een "
         "centraal telefoonnummer ingevoerd; die aanbeveling is opgevolgd.")
    para("Het onthaal in het gebouw zelf is versnipperd over drie loketten op twee verdiepingen. Rechtzoekenden "
         "zonder advocaat, bijna een derde van de partijen in familiezaken, weten vaak niet waar ze moeten zijn.")
    para("**R4** Het verdient aanbeveling dat de rechtbank in het gerechtsgebouw een centraal onthaalpunt inricht "
         "voor rechtzoekenden die zonder advocaat procederen.", md=True)
    head("3.4 Transparantie", 9.4, 1.0)
    para("De rechtbank publiceert haar doorlooptijden alleen in het jaarverslag, dat gemiddeld negen maanden na "
         "het einde van het jaar verschijnt. Advocaten en rechtzoekenden hebben daardoor geen actueel beeld.")
    para("**R5** De HRJ beveelt aan de gemiddelde doorlooptijden per kamer halfjaarlijks op de website van de "
         "rechtbank bekend te maken.", md=True)
    head("3.5 Klachtenbehandeling", 9.4, 1.0)
    para("Klachten van rechtzoekenden worden nu behandeld door de magistraat of griffier op wie ze betrekking "
         "hebben, zonder vaste termijn en zonder registratie. In 9 van de 41 klachten die de HRJ ontving, had de "
         "klager eerder vergeefs bij de rechtbank zelf geklaagd.")
    para("**R6** De HRJ raadt de voorzitter aan een schriftelijke procedure voor de behandeling van klachten uit "
         "te werken, met een antwoordtermijn van dertig dagen.", md=True)
    para("**R7** Tot slot beveelt de HRJ aan de klachten jaarlijks te analyseren en de resultaten te bespreken in "
         "de algemene vergadering van de rechtbank.", md=True)
    head("4. Slotbeschouwing")
    para("De HRJ erkent de inzet van de magistraten en de medewerkers van de griffie, die onder moeilijke "
         "omstandigheden werken. Hij vraagt de voorzitter en de hoofdgriffier om binnen twee maanden schriftelijk "
         "te reageren op de aanbevelingen die tot hen zijn gericht.")
    para("Achttien maanden na de publicatie van dit verslag zal de HRJ in een opvolgingsonderzoek nagaan welk gevolg "
         "aan de aanbevelingen is gegeven.")
    d.ln(3)
    d.set_font("sa", "", 8.8)
    d.set_x(d.lm + 12)
    d.multi_cell(d.tw - 12, 4.6, "Voor de Verenigde advies- en onderzoekscommissie,\n\nAn-Sofie Verhulst, "
                 "voorzitter VAOC\nPieter-Jan Moens, verslaggever", new_x="LMARGIN", new_y="NEXT")
    d.output(B.out(NAME + "_advice.pdf"))


def response():
    d = Doc("res")
    d.add_page()

    def p(t, stl="", size=9.3, after=2.4, align="J", indent=0.0, fam="se"):
        d.set_font(fam, stl, size)
        d.set_x(d.lm + indent)
        d.multi_cell(d.tw - indent, 4.9, t, new_x="LMARGIN", new_y="NEXT", align=align)
        d.ln(after)

    def h(t):
        d.ln(1.8)
        if d.will_page_break(22):
            d.add_page()
        p(t, "B", 9.8, after=1.2, align="L", fam="sa")

    def quote(t):
        if d.will_page_break(16):
            d.add_page()
        d.set_draw_color(*PURPLE)
        y0 = d.get_y()
        p(t, "I", 8.8, after=0, indent=5)
        d.line(d.lm + 1.5, y0, d.lm + 1.5, d.get_y())
        d.ln(1.6)

    def standpunt(label):
        d.set_font("sa", "B", 8.8)
        d.cell(0, 5, "Standpunt: " + label, new_x="LMARGIN", new_y="NEXT")
        d.ln(0.6)

    d.set_font("sa", "B", 10)
    d.cell(0, 5, "RECHTBANK VAN EERSTE AANLEG SCHELDELAND", new_x="LMARGIN", new_y="NEXT")
    d.set_font("sa", "", 8)
    d.set_text_color(*GREY)
    d.cell(0, 4.2, "De voorzitter  -  De hoofdgriffier", new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.2, "Gerechtsgebouw, Kouter 4, 9300 Zeelbeek", new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0)
    d.ln(5)
    d.set_x(110)
    d.set_font("se", "", 9)
    d.multi_cell(75, 4.6, "Hoge Raad voor de Justitie\nVerenigde advies- en onderzoekscommissie\nt.a.v. mevrouw "
                 "An-Sofie Verhulst, voorzitter\nWetstraat 91\n1000 Brussel", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_font("sa", "", 7.6)
    with d.table(width=d.tw, col_widths=(25, 25, 25, 25), line_height=4.2, borders_layout="NONE",
                 first_row_as_headings=False) as t:
        r1 = t.row()
        for c in ("uw kenmerk", "ons kenmerk", "datum", "bijlagen"):
            r1.cell(c)
        r2 = t.row()
        for c in ("VAOC/BO/2025-03", "VZ/2026/118", "16 april 2026", "-"):
            r2.cell(c)
    d.ln(3)
    p("Betreft: reactie op het verslag van het bijzonder onderzoek naar de familie- en jeugdrechtbank", "B", 9.3,
      align="L")
    p("Geachte mevrouw de voorzitter,")
    p("Wij danken de Hoge Raad voor de Justitie voor het grondige onderzoek en voor de constructieve gesprekken met "
      "onze magistraten en medewerkers. Zoals gevraagd bezorgen wij u hierbij onze reactie op de aanbevelingen die "
      "tot de rechtbank zijn gericht. Het verslag werd besproken in het directiecomité van 24 maart 2026 en in de "
      "algemene vergadering van de familie- en jeugdrechtbank van 2 april 2026.")
    h("Algemene opmerkingen")
    p("De rechtbank herkent zich in het beeld dat het verslag schetst. Wij merken wel op dat de cijfers over 2024 "
      "deels worden verklaard door de verhuizing van de afdeling naar het nieuwe gerechtsgebouw in het voorjaar van "
      "dat jaar, waardoor gedurende zeven weken minder zittingen konden plaatsvinden.")
    h("Aanbeveling R4 - centraal onthaalpunt")
    quote("Het verdient aanbeveling dat de rechtbank in het gerechtsgebouw een centraal onthaalpunt inricht voor "
          "rechtzoekenden die zonder advocaat procederen.")
    standpunt("aanvaard")
    p("Het centrale onthaalpunt op het gelijkvloers opent op 1 september 2026. Het wordt bemand door twee "
      "medewerkers van de griffie en, op dinsdag en donderdag, door een medewerker van het justitiehuis.")
    h("Aanbeveling R1 - zittingsplanning")
    quote("De HRJ beveelt de voorzitter van de rechtbank aan om voor de familiekamers één gezamenlijke "
          "zittingsplanning op te stellen, zodat dringende zaken binnen de wettelijke termijn op een zitting komen.")
    standpunt("gedeeltelijk aanvaard")
    p("Vanaf 1 juni 2026 worden alle dringende zaken over het verblijf van kinderen via één gemeenschappelijke "
      "spoedrol over de vier kamers verdeeld. Voor de overige zaken behouden de kamers hun eigen rol, omdat de "
      "magistraten hun dossiers van begin tot einde willen opvolgen.")
    h("Aanbevelingen R6 en R7 - klachtenbehandeling")
    quote("De HRJ raadt de voorzitter aan een schriftelijke procedure voor de behandeling van klachten uit te "
          "werken, met een antwoordtermijn van dertig dagen.")
    quote("Tot slot beveelt de HRJ aan de klachten jaarlijks te analyseren en de resultaten te bespreken in de "
          "algemene vergadering van de rechtbank.")
    standpunt("R6 aanvaard - R7 niet aanvaard")
    p("Een klachtenreglement met een vaste antwoordtermijn van dertig dagen en een centraal register wordt op 1 "
      "juli 2026 van kracht. Een jaarlijkse bespreking van de klachten in de algemene vergadering acht de rechtbank "
      "daarentegen niet aangewezen: de algemene vergadering is daarvoor niet het geschikte orgaan, en de "
      "klachten worden al per geval met de betrokken kamer besproken.")
    h("Aanbeveling R2 - achterstand bij de invoer van vonnissen")
    quote("De HRJ beveelt de hoofdgriffier aan de achterstand bij het invoeren van vonnissen in het "
          "informaticasysteem tegen eind 2026 weg te werken.")
    standpunt("kennisname")
    p("De hoofdgriffier neemt kennis van deze aanbeveling. Of de achterstand tegen eind 2026 kan worden "
      "weggewerkt, hangt af van de invulling van de openstaande plaatsen, waarover de rechtbank zelf niet beslist. "
      "Zij zal de HRJ bij het opvolgingsonderzoek over de stand van zaken informeren.")
    h("Aanbeveling R5 - publicatie van de doorlooptijden")
    quote("De HRJ beveelt aan de gemiddelde doorlooptijden per kamer halfjaarlijks op de website van de rechtbank "
          "bekend te maken.")
    standpunt("gedeeltelijk aanvaard")
    p("De rechtbank zal de doorlooptijden per kamer voortaan jaarlijks in maart op haar website publiceren, los van "
      "het jaarverslag. Een halfjaarlijkse publicatie vraagt een manuele telling die de griffie met de huidige "
      "bezetting niet kan dragen.")
    h("Tot slot")
    p("Wij hopen u hiermee voldoende te hebben ingelicht en zijn graag bereid deze reactie toe te lichten. Een "
      "afschrift van deze brief gaat naar het College van de hoven en rechtbanken.")
    p("Met de meeste hoogachting,")
    d.ln(2)
    p("Katrien Van Damme, voorzitter                    Luc Mertens, hoofdgriffier", align="L")
    d.output(B.out(NAME + "_response.pdf"))


def expected():
    B.write_expected(NAME, [
        ("R1", "De HRJ beveelt de voorzitter van de rechtbank aan om",
         "via één gemeenschappelijke spoedrol over de vier kamers verdeeld", "partly"),
        ("R2", "De HRJ beveelt de hoofdgriffier aan de achterstand bij het",
         "De hoofdgriffier neemt kennis van deze aanbeveling", "noted"),
        ("R3", "De HRJ vraagt de minister van Justitie om de personeelsformatie", None, "unanswered"),
        ("R4", "Het verdient aanbeveling dat de rechtbank in het gerechtsgebouw een",
         "Het centrale onthaalpunt op het gelijkvloers opent op", "agrees"),
        ("R5", "De HRJ beveelt aan de gemiddelde doorlooptijden per kamer halfjaarlijks",
         "Een halfjaarlijkse publicatie vraagt een manuele telling", "partly"),
        ("R6", "De HRJ raadt de voorzitter aan een schriftelijke procedure voor",
         "Een klachtenreglement met een vaste antwoordtermijn van dertig dagen", "agrees"),
        ("R7", "Tot slot beveelt de HRJ aan de klachten jaarlijks te",
         "acht de rechtbank daarentegen niet aangewezen", "disagrees"),
    ], [
        "Wij danken de Hoge Raad voor de Justitie voor",
        "De rechtbank herkent zich in het beeld dat het",
        "Wij hopen u hiermee voldoende te hebben ingelicht",
    ], "VERSLAG VAN HET BIJZONDER ONDERZOEK of the Belgian HOGE RAAD VOOR DE JUSTITIE (its Verenigde advies- en "
       "onderzoekscommissie) into the family and youth court of a court of first instance, answered by the REACTIE "
       "of the court's voorzitter and hoofdgriffier. The Gerechtelijk Wetboek is real; the court, afdeling, people, "
       "figures, references and the quoted 2019 audit are invented. Every paragraph of chapters 1-4 has a "
       "RANDNUMMER in the left margin (1-27); the recommendations are the paragraphs that open with a bold code R1-R7 "
       "after their randnummer (numbers are the codes): 'De HRJ beveelt de voorzitter ... aan om', 'De HRJ beveelt "
       "de hoofdgriffier aan', 'De HRJ vraagt de minister van Justitie om', 'Het verdient aanbeveling dat', 'De HRJ "
       "beveelt aan', 'De HRJ raadt de voorzitter aan', 'Tot slot beveelt de HRJ aan'. Not recommendations: the "
       "shaded 'Synthese' naming the themes of the recommendations, the legal basis, the law's 'moeten binnen "
       "vijftien dagen ... worden behandeld', the onderzoeksvragen (1)-(3), Tabel 1, 'De HRJ stelt vast', 'zou ... "
       "moeten kunnen verzekeren', the 2019 recommendation quoted and reported as followed, the request for a "
       "reaction within two months and the announced follow-up. Response: letter; introduction and 'Algemene "
       "opmerkingen' (nothing); blocks per recommendation quoting it in italics with a bold 'Standpunt:' label, in "
       "another order: R4 aanvaard (agrees), R1 gedeeltelijk aanvaard (a joint roll only for urgent cases: partly), "
       "ONE block 'Aanbevelingen R6 en R7' with 'R6 aanvaard - R7 niet aanvaard' (R6 agrees, R7 disagrees), R2 "
       "kennisname (depends on vacancies: noted), R5 gedeeltelijk aanvaard (yearly, not half-yearly: partly); R3 "
       "(addressed to the minister) UNANSWERED; 'Tot slot' (nothing).")


if __name__ == "__main__":
    advice()
    response()
    expected()
    B.check(NAME)

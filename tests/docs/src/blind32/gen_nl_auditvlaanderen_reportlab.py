"""Round 32 (nl, Flemish): an (invented) thema-audit of Audit Vlaanderen on the subsidy management ('subsidiebeheer')
of an invented Flemish municipality, Zoutelare, answered by the algemeen directeur's letter with an ACTION PLAN
('actieplan') table. Advice: Audit Vlaanderen report with a coloured side band, metadata table, a summary with a
maturity box and an overview table that lists the numbers 1-7 with a SUBJECT and a priority only, an earlier
recommendation of the 2021 organisation audit quoted in full, then per theme 2.1-2.4 'Sterk punt' / 'Bevinding' /
'Risico' and a small ruled table 'Nr. | Aanbeveling | Prioriteit' (the recommendations themselves); a conclusion
with 'moet' and a request for an action plan; an annex table explaining the priorities. Response: letter on page 1
(table Uw bericht / Uw kenmerk / Ons kenmerk / Bijlage), a general reaction and a follow-up paragraph that answer
nothing, then the action plan: a table grouped by responsible service (Vrije Tijd, Financiele dienst, Algemeen
directeur) in the order 6, 1, 4+5 (one row, two verdicts), 3, 2, with a 'Standpunt' column (Akkoord - reeds in
uitvoering / Akkoord / Akkoord (4) + Niet akkoord (5) / Kennisname / Gedeeltelijk akkoord); 7 is missing.
Engine: reportlab (Liberation fonts, no shaping, so no ligatures;
'pagina N van M' by a two-pass canvas)."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b32nl as B  # noqa: E402

NAME = "blind32_nl_auditvlaanderen"
LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in (("LS", "LiberationSans-Regular.ttf"), ("LSB", "LiberationSans-Bold.ttf"),
             ("LSI", "LiberationSans-Italic.ttf"), ("LSBI", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, LIB + f))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LSB", italic="LSI", boldItalic="LSBI")

TEAL = colors.HexColor("#00727a")
PALE = colors.HexColor("#e3f1f2")
YEL = colors.HexColor("#ffe615")
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#9cc6c9")

body = ParagraphStyle("b", fontName="LS", fontSize=9.2, leading=13, spaceAfter=5)
h1 = ParagraphStyle("h1", fontName="LSB", fontSize=21, leading=25, textColor=TEAL, spaceAfter=2)
h1b = ParagraphStyle("h1b", fontName="LS", fontSize=13, leading=17, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="LSB", fontSize=12.5, leading=16, textColor=TEAL, spaceBefore=10, spaceAfter=5,
                    keepWithNext=1)
h3 = ParagraphStyle("h3", fontName="LSB", fontSize=10, leading=13, spaceBefore=7, spaceAfter=3, keepWithNext=1)
run = ParagraphStyle("run", parent=body)
quote = ParagraphStyle("q", parent=body, fontName="LSI", leftIndent=14, rightIndent=14, textColor=GREY)
cell = ParagraphStyle("c", fontName="LS", fontSize=8.4, leading=11)
cellb = ParagraphStyle("cb", fontName="LSB", fontSize=8.4, leading=11)
cellw = ParagraphStyle("cw", fontName="LSB", fontSize=8.4, leading=11, textColor=colors.white)
small = ParagraphStyle("s", fontName="LS", fontSize=7.8, leading=10, textColor=GREY)
box = ParagraphStyle("bx", parent=body, fontSize=8.8, leading=12, spaceAfter=3)


def P(t, s=body):
    return Paragraph(t, s)


class CountingCanvas(rl_canvas.Canvas):
    """Defers page output so that every page can show the total page count."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            self.total = n
            self.draw_total()
            super().showPage()
        super().save()

    def draw_total(self):
        pass


# ------------------------------------------------------------------ advice

class AdviceCanvas(CountingCanvas):
    def draw_total(self):
        self.saveState()
        self.setFont("LS", 7.5)
        self.setFillColor(GREY)
        self.drawRightString(190 * mm, 11 * mm, f"pagina {self._pageNumber} van {self.total}")
        self.restoreState()


def advice_pages(c, doc):
    c.saveState()
    c.setFillColor(TEAL)
    c.rect(0, 0, 9 * mm, 297 * mm, stroke=0, fill=1)
    c.setFillColor(YEL)
    c.rect(0, 262 * mm, 9 * mm, 14 * mm, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont("LSB", 8.5)
    c.drawString(20 * mm, 285 * mm, "Audit Vlaanderen")
    c.setFont("LS", 7.5)
    c.setFillColor(GREY)
    if doc.page == 1:
        c.drawString(20 * mm, 281.5 * mm, "Agentschap van de Vlaamse overheid \u00b7 Havenlaan 88 bus 6, 1000 Brussel")
    else:
        c.drawRightString(190 * mm, 285 * mm, "Thema-audit subsidiebeheer \u00b7 Gemeente en OCMW Zoutelare")
        c.setStrokeColor(LINE)
        c.setLineWidth(0.5)
        c.line(20 * mm, 282.5 * mm, 190 * mm, 282.5 * mm)
    c.drawString(20 * mm, 11 * mm, "Auditrapport 2026-LB-047 \u00b7 definitief")
    c.restoreState()


def ruled(rows, widths, head=True, bg=PALE):
    t = Table(rows, colWidths=widths, repeatRows=1 if head else 0)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    if head:
        st += [("BACKGROUND", (0, 0), (-1, 0), TEAL)]
    t.setStyle(TableStyle(st))
    return t


RECS_BY_THEME = {
    "2.1": [("1", "Werk een reglement uit voor projectsubsidies met objectieve beoordelingscriteria en leg het ter "
                  "vaststelling voor aan de gemeenteraad.", "Hoog")],
    "2.2": [("2", "Laat elke subsidieaanvraag beoordelen door minstens twee personeelsleden en leg de motivering "
                  "van het toegekende bedrag vast in het dossier.", "Hoog"),
            ("3", "Voer een procedure in waarmee personeelsleden en mandatarissen hun betrokkenheid bij een "
                  "aanvragende organisatie melden, en zorg dat zij dan niet deelnemen aan de behandeling van het "
                  "dossier.", "Hoog")],
    "2.3": [("4", "Vraag voor elke subsidie vanaf 2.500 euro een financieel verslag met bewijsstukken op en "
                  "controleer jaarlijks een steekproef van die verslagen.", "Hoog"),
            ("5", "Betaal projectsubsidies in twee schijven uit en betaal het saldo pas nadat de verantwoording is "
                  "goedgekeurd.", "Middel")],
    "2.4": [("6", "Registreer alle subsidies, ook de subsidies in natura, in \u00e9\u00e9n centraal "
                  "subsidieregister met een overzicht per begunstigde.", "Middel"),
            ("7", "Evalueer de subsidiereglementen minstens eenmaal per legislatuur samen met de betrokken "
                  "adviesraden.", "Laag")],
}


def rec_table(theme):
    rows = [[P("Nr.", cellw), P("Aanbeveling", cellw), P("Prioriteit", cellw)]]
    for n, t, prio in RECS_BY_THEME[theme]:
        rows.append([P(f"<b>{n}</b>", cell), P(t, cell), P(prio, cell)])
    t = ruled(rows, [12 * mm, 138 * mm, 20 * mm])
    return KeepTogether([Spacer(1, 2), t, Spacer(1, 6)])


def section(fl, num, title, strong, finding, risk):
    fl.append(P(f"{num} {title}", h3))
    if strong:
        fl.append(P(f"<b>Sterk punt.</b> {strong}", run))
    for i, f in enumerate(finding):
        fl.append(P(("<b>Bevinding.</b> " if i == 0 else "") + f, run))
    fl.append(P(f"<b>Risico.</b> {risk}", run))
    fl.append(rec_table(num))


def advice():
    path = B.out(NAME + "_advice.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm, title="Thema-audit subsidiebeheer Gemeente en OCMW Zoutelare",
                          author="Audit Vlaanderen", creator="reportlab", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(20 * mm, 17 * mm, 170 * mm, 259 * mm, id="f")],
                                       onPage=advice_pages)])
    fl = [Spacer(1, 10), P("Auditrapport", ParagraphStyle("k", parent=small, fontName="LSB", textColor=TEAL)),
          P("Thema-audit subsidiebeheer", h1), P("Gemeente en OCMW Zoutelare", h1b)]
    meta = [("Auditnummer", "2026-LB-047"), ("Datum rapport", "12 februari 2026"),
            ("Auditperiode", "september \u2013 december 2025"),
            ("Auditteam", "Lotte Verhaegen (auditmanager), Wout De Clercq (auditor)"),
            ("Verspreiding", "algemeen directeur, voorzitter van het college van burgemeester en schepenen, "
                             "voorzitter van de gemeenteraad, financieel directeur")]
    fl.append(ruled([[P(k, cellb), P(v, cell)] for k, v in meta], [32 * mm, 138 * mm], head=False))
    fl.append(Spacer(1, 6))
    fl.append(P("Samenvatting", h2))
    fl.append(P("Audit Vlaanderen voerde in het najaar van 2025 een thema-audit uit naar het subsidiebeheer van de "
                "gemeente Zoutelare. De gemeente kende in 2024 voor 1,87 miljoen euro aan subsidies toe aan 236 "
                "verenigingen, vzw\u2019s en particulieren. Daarnaast stelt zij zalen, materiaal en logistieke "
                "hulp gratis ter beschikking van het verenigingsleven."))
    fl.append(P("De gemeente heeft een goed uitgebouwd netwerk van adviesraden en betaalt de werkingssubsidies op "
                "tijd uit. Tegelijk stelden we vast dat de toekenning van projectsubsidies, de controle op de "
                "besteding en het zicht op de steun in natura onvoldoende zijn uitgewerkt. Het subsidiebeheer steunt "
                "sterk op de ervaring van enkele personeelsleden."))
    mbox = Table([[[P("<b>Beheersingsniveau</b>", box),
                    P("Audit Vlaanderen beoordeelt het subsidiebeheer van Zoutelare als <b>basis</b>: niveau 2 op "
                      "een schaal van 1 (onvoldoende) tot 5 (geoptimaliseerd). Processen bestaan, maar zijn niet "
                      "gedocumenteerd en worden niet systematisch gecontroleerd.", box)]]],
                 colWidths=[170 * mm])
    mbox.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE), ("LINEBEFORE", (0, 0), (0, -1), 3, YEL),
                              ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    fl.append(mbox)
    fl.append(Spacer(1, 6))
    fl.append(P("Overzicht van de aanbevelingen", h3))
    ov = [("1", "Reglement voor projectsubsidies", "Hoog", "2.1"), ("2", "Vier-ogenprincipe bij de beoordeling",
                                                                      "Hoog", "2.2"),
          ("3", "Belangenconflicten", "Hoog", "2.2"), ("4", "Verantwoording en controle", "Hoog", "2.3"),
          ("5", "Uitbetaling in schijven", "Middel", "2.3"), ("6", "Centraal subsidieregister", "Middel", "2.4"),
          ("7", "Evaluatie van de reglementen", "Laag", "2.4")]
    rows = [[P("Nr.", cellw), P("Onderwerp", cellw), P("Prioriteit", cellw), P("Zie", cellw)]]
    rows += [[P(a, cell), P(b, cell), P(c, cell), P(d, cell)] for a, b, c, d in ov]
    fl.append(ruled(rows, [12 * mm, 110 * mm, 28 * mm, 20 * mm]))
    fl.append(Spacer(1, 4))
    fl.append(P("1 Inleiding", h2))
    fl.append(P("1.1 Auditopdracht", h3))
    fl.append(P("Audit Vlaanderen is de interne auditor van de Vlaamse lokale besturen. Het voert audits uit op "
                "basis van het decreet over het lokaal bestuur van 22 december 2017 en beoordeelt daarbij het "
                "systeem van organisatiebeheersing dat elke gemeente volgens artikel 217 van dat decreet moet "
                "hebben. Deze thema-audit werd aangekondigd in het auditplan 2025 en besproken met de algemeen "
                "directeur op 3 september 2025."))
    fl.append(P("1.2 Scope en aanpak", h3))
    fl.append(P("De audit gaat over de werkings- en projectsubsidies die de gemeente tussen 1 januari 2023 en 30 juni "
                "2025 toekende, en over de steun in natura. De nominatieve subsidies in het meerjarenplan en de "
                "toelagen aan de besturen van de eredienst vallen buiten de scope. We spraken met elf "
                "personeelsleden en met de schepen van vrije tijd, en onderzochten een steekproef van 40 "
                "subsidiedossiers."))
    fl.append(P("1.3 Opvolging van de organisatieaudit 2021", h3))
    fl.append(P("In de organisatieaudit van 2021 formuleerde Audit Vlaanderen al een aanbeveling over subsidies:"))
    fl.append(P("\u2018Breng alle subsidiestromen van gemeente en OCMW in kaart en wijs per subsidiestroom een "
                "verantwoordelijke aan.\u2019 (auditrapport 2021-LB-112, aanbeveling 9)", quote))
    fl.append(P("Deze aanbeveling is gedeeltelijk gerealiseerd. De verantwoordelijken zijn aangeduid, maar een "
                "volledig overzicht van de subsidiestromen ontbreekt nog (zie 2.4)."))
    fl.append(P("2 Bevindingen en aanbevelingen", h2))
    section(fl, "2.1", "Regelgevend kader",
            "De gemeente heeft negen subsidiereglementen voor werkingssubsidies. Ze zijn alle door de gemeenteraad "
            "vastgesteld en staan op de website.",
            ["Voor projectsubsidies bestaat geen reglement. In 2024 kende het college 57 projectsubsidies toe voor "
             "in totaal 312.400 euro, telkens op basis van een afzonderlijke collegebeslissing. In 11 van de 15 "
             "onderzochte beslissingen werd niet gemotiveerd waarom het gevraagde bedrag werd toegekend of "
             "verminderd. Verenigingen weten vooraf niet aan welke voorwaarden zij moeten voldoen."],
            "Willekeur en ongelijke behandeling van aanvragers; beslissingen die bij een klacht niet te "
            "verantwoorden zijn.")
    section(fl, "2.2", "Behandeling van de aanvragen", None,
            ["Aanvragen voor werkingssubsidies worden per beleidsdomein door \u00e9\u00e9n personeelslid "
             "beoordeeld. Dat personeelslid berekent ook het bedrag en bereidt de collegebeslissing voor. Een "
             "tweede controle gebeurt niet. In 6 van de 40 dossiers vonden we rekenfouten, waarvan \u00e9\u00e9n "
             "van 4.180 euro in het voordeel van de vereniging.",
             "In drie dossiers was de behandelende medewerker zelf bestuurslid van de aanvragende vereniging. Bij "
             "\u00e9\u00e9n projectsubsidie nam een schepen deel aan de beraadslaging over een subsidie aan een vzw "
             "waarvan zijn partner voorzitter is. Het decreet over het lokaal bestuur verbiedt mandatarissen "
             "nochtans om deel te nemen aan de beraadslaging over zaken waarbij zij een rechtstreeks belang "
             "hebben. De deontologische code van het personeel vermeldt belangenconflicten, maar er is geen "
             "procedure om ze te melden."],
            "Fouten en onregelmatigheden die niet worden opgemerkt; de schijn van partijdigheid.")
    section(fl, "2.3", "Verantwoording en controle", None,
            ["De reglementen verplichten de begunstigde om na afloop een verantwoording in te dienen. In 28 van de "
             "40 dossiers ontbrak die verantwoording of bestond ze uit een korte activiteitenlijst zonder "
             "financi\u00eble gegevens. De gemeente controleert de ingediende verantwoordingen niet inhoudelijk.",
             "Projectsubsidies worden vooraf voor het volledige bedrag uitbetaald, ook als het project later niet "
             "doorgaat. In 2024 werd in vier gevallen een subsidie uitbetaald voor een activiteit die werd "
             "geannuleerd. De financi\u00eble dienst zou de subsidie dan moeten terugvorderen, maar wordt van de "
             "annulering niet op de hoogte gebracht."],
            "Subsidies die niet worden gebruikt voor het doel waarvoor ze zijn toegekend; onterechte betalingen "
            "die niet worden teruggevorderd.")
    section(fl, "2.4", "Overzicht en transparantie", None,
            ["De gemeente heeft geen centraal overzicht van alle subsidies. Elke dienst houdt een eigen lijst bij. "
             "Steun in natura, zoals het gratis gebruik van zalen, de uitleendienst en logistieke steun bij "
             "evenementen, wordt niet geregistreerd. Wij schatten de waarde ervan op ongeveer 95.000 euro per jaar. "
             "De gemeente kan daardoor niet nagaan hoeveel steun een organisatie in totaal ontvangt.",
             "De reglementen voor werkingssubsidies dateren grotendeels van 2014 en werden sindsdien niet "
             "ge\u00ebvalueerd. De jeugdraad en de cultuurraad gaven in 2023 aan dat de criteria niet meer "
             "aansluiten bij de werking van de verenigingen."],
            "Een onvolledig beeld van de steun per organisatie; reglementen die hun doel niet meer bereiken.")
    fl.append(P("3 Conclusie en verdere opvolging", h2))
    fl.append(P("Het subsidiebeheer van de gemeente Zoutelare werkt zolang er niets misgaat. Het bestuur moet er "
                "echter voor zorgen dat het minder afhangt van personen en dat de controle op de besteding "
                "verzekerd is. Audit Vlaanderen verwacht dat de gemeente het beheersingsniveau binnen twee jaar "
                "naar niveau 3 kan brengen als zij de aanbevelingen met prioriteit \u2018hoog\u2019 uitvoert."))
    fl.append(P("Audit Vlaanderen vraagt de algemeen directeur om binnen twee maanden na ontvangst van dit rapport "
                "een actieplan te bezorgen, met per aanbeveling het standpunt van het bestuur, de geplande acties, "
                "een verantwoordelijke en een timing. Audit Vlaanderen volgt de realisatie van de aanbevelingen op "
                "via zijn opvolgingsmodule."))
    fl.append(P("Bijlage \u2013 Betekenis van de prioriteiten", h3))
    rows = [[P("Prioriteit", cellw), P("Betekenis", cellw), P("Verwachte realisatie", cellw)],
            [P("Hoog", cell), P("Risico met grote impact op de doelstellingen of de regelmatigheid", cell),
             P("binnen 6 maanden", cell)],
            [P("Middel", cell), P("Risico met een beperkte impact, of een groot risico dat deels beheerst is", cell),
             P("binnen 12 maanden", cell)],
            [P("Laag", cell), P("Verbeterpunt dat de werking effici\u00ebnter maakt", cell),
             P("binnen 24 maanden", cell)]]
    fl.append(ruled(rows, [25 * mm, 105 * mm, 40 * mm]))
    doc.build(fl, canvasmaker=AdviceCanvas)


# ------------------------------------------------------------------ response

class LetterCanvas(CountingCanvas):
    def draw_total(self):
        self.saveState()
        self.setFont("LS", 7.5)
        self.setFillColor(GREY)
        self.drawRightString(190 * mm, 11 * mm, f"{self._pageNumber}/{self.total}")
        self.restoreState()


BLUE = colors.HexColor("#2b4c7e")
LB = colors.HexColor("#e6ecf5")


def letter_pages(c, doc):
    c.saveState()
    if doc.page == 1:
        c.setFillColor(BLUE)
        c.circle(26 * mm, 279 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSB", 11)
        c.drawCentredString(26 * mm, 277.3 * mm, "Z")
        c.setFillColor(BLUE)
        c.setFont("LSB", 12)
        c.drawString(35 * mm, 280 * mm, "Gemeente en OCMW Zoutelare")
        c.setFont("LS", 8)
        c.setFillColor(GREY)
        c.drawString(35 * mm, 275.5 * mm, "Marktplein 1, 8795 Zoutelare \u00b7 056 71 40 00 \u00b7 "
                                          "algemeendirecteur@zoutelare.be")
    else:
        c.setFont("LS", 7.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, 285 * mm, "Gemeente en OCMW Zoutelare \u00b7 reactie en actieplan thema-audit "
                                        "subsidiebeheer")
        c.drawRightString(277 * mm if doc.pagesize[0] > 600 else 190 * mm, 285 * mm, "ons kenmerk AD/2026/112")
    c.setStrokeColor(BLUE)
    c.setLineWidth(0.6)
    c.line(20 * mm, 15 * mm, 190 * mm, 15 * mm)
    c.setFont("LS", 7.5)
    c.setFillColor(GREY)
    c.drawString(20 * mm, 11 * mm, "www.zoutelare.be")
    c.restoreState()


ACTIONS = [
    ("Dienst Vrije Tijd (cultuur, jeugd, sport)", [
        ("6", "Akkoord \u2013 reeds in uitvoering",
         "Sinds 1 januari 2026 registreren de diensten alle aanvragen en beslissingen in het digitale "
         "subsidieplatform SubsiZo. In het tweede kwartaal koppelen we de zaalreservaties en de uitleendienst aan "
         "het platform, zodat de steun in natura per vereniging zichtbaar wordt. Het overzicht per begunstigde "
         "wordt jaarlijks bij de jaarrekening gevoegd.", "diensthoofd Vrije Tijd", "Q2 2026"),
        ("1", "Akkoord",
         "Ontwerp van reglement voor projectsubsidies met een puntensysteem per criterium (kwaliteit, bereik, "
         "samenwerking, duurzaamheid) en een jury van twee personeelsleden en een lid van de bevoegde adviesraad. "
         "Advies van cultuurraad, jeugdraad en sportraad in april; agendering op de gemeenteraad van juni.",
         "diensthoofd Vrije Tijd", "gemeenteraad juni 2026"),
    ]),
    ("Financi\u00eble dienst", [
        ("4 en 5", "4: Akkoord<br/>5: Niet akkoord",
         "<b>4.</b> We passen de reglementen aan: vanaf 2.500 euro dient de begunstigde een financieel verslag met "
         "bewijsstukken in. De financi\u00eble dienst controleert elk jaar een steekproef van tien verslagen en "
         "rapporteert de resultaten aan het managementteam.<br/><b>5.</b> We behouden de volledige uitbetaling "
         "vooraf. De meeste verenigingen draaien op vrijwilligers en hebben geen reserves om een deel van de kosten "
         "voor te schieten; een saldo na goedkeuring zou net de kleinste verenigingen treffen. Wel meldt de dienst "
         "Vrije Tijd een annulering voortaan binnen de week aan de financi\u00eble dienst, die de subsidie dan "
         "terugvordert.", "financieel directeur", "reglementen: december 2026; eerste steekproef: 2027"),
    ]),
    ("Algemeen directeur", [
        ("3", "Kennisname",
         "De regels over belangenconflicten van mandatarissen staan in het decreet over het lokaal bestuur en in "
         "de deontologische code die de gemeenteraad zelf vaststelt. Het is niet aan de administratie om daarover "
         "te beslissen. De algemeen directeur bezorgt de aanbeveling aan de voorzitter van de gemeenteraad, die "
         "bepaalt of de deontologische commissie ze bespreekt.", "algemeen directeur", "\u2013"),
        ("2", "Gedeeltelijk akkoord",
         "Voor aanvragen vanaf 1.000 euro voeren we een tweede beoordeling door een collega van een andere dienst "
         "in; de motivering komt in het dossier. Voor kleinere aanvragen volstaat een beoordeling door \u00e9\u00e9n "
         "personeelslid met een checklist: een tweede beoordeling weegt daar niet op tegen de extra werklast.",
         "algemeen directeur, diensthoofden", "september 2026"),
    ]),
]


def response():
    path = B.out(NAME + "_response.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title="Reactie en actieplan thema-audit subsidiebeheer",
                          author="Gemeente en OCMW Zoutelare", creator="reportlab", invariant=1)
    doc.addPageTemplates([PageTemplate("first", [Frame(20 * mm, 20 * mm, 170 * mm, 245 * mm, id="f1")],
                                       onPage=letter_pages),
                          PageTemplate("later", [Frame(20 * mm, 20 * mm, 170 * mm, 258 * mm, id="f2")],
                                       onPage=letter_pages)])
    lb = ParagraphStyle("lb", parent=body, fontSize=9.6, leading=13.8, spaceAfter=7)
    lh = ParagraphStyle("lh", fontName="LSB", fontSize=9.8, leading=13.5, spaceBefore=5, spaceAfter=2,
                        textColor=BLUE)
    fl = [NextPageTemplate("later"), Spacer(1, 6)]
    fl.append(P("Audit Vlaanderen<br/>t.a.v. mevrouw Lotte Verhaegen, auditmanager<br/>Havenlaan 88 bus 6<br/>"
                "1000 Brussel", ParagraphStyle("a", parent=lb, leftIndent=95 * mm, spaceAfter=16)))
    hdr = [[P(x, small) for x in ("uw bericht van", "uw kenmerk", "ons kenmerk", "bijlage", "contactpersoon")],
           [P(x, cell) for x in ("12 februari 2026", "2026-LB-047", "AD/2026/112", "actieplan",
                                 "Bart Vanneste<br/>056 71 40 12")]]
    t = Table(hdr, colWidths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 50 * mm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    fl.append(t)
    fl.append(Spacer(1, 10))
    fl.append(P("<b>Betreft: thema-audit subsidiebeheer \u2013 reactie en actieplan</b>", lb))
    fl.append(P("Zoutelare, 3 april 2026", lb))
    fl.append(P("Geachte mevrouw Verhaegen,", lb))
    fl.append(P("Wij danken Audit Vlaanderen voor het rapport over ons subsidiebeheer en voor de constructieve "
                "samenwerking tijdens de audit. Het managementteam besprak het rapport op 10 maart 2026. Het college "
                "van burgemeester en schepenen en het vast bureau namen er op 23 maart 2026 kennis van en keurden het "
                "bijgevoegde actieplan goed.", lb))
    fl.append(P("Algemene reactie", lh))
    fl.append(P("Wij herkennen ons grotendeels in de vaststellingen. Het rapport bevestigt wat onze diensten zelf al "
                "aanvoelden: het subsidiebeheer is in de loop der jaren per dienst gegroeid, zonder gemeenschappelijke "
                "aanpak. Wel willen wij nuanceren dat de rekenfouten uit de steekproef inmiddels zijn rechtgezet en "
                "dat het te veel betaalde bedrag in januari 2026 integraal werd teruggevorderd.", lb))
    fl.append(P("Bij de opmaak van het actieplan hebben wij de aanbevelingen per verantwoordelijke dienst "
                "gegroepeerd, zodat elke dienst de acties in zijn jaarplanning kan opnemen. Het standpunt van het "
                "bestuur staat telkens in de tweede kolom.", lb))
    fl.append(P("Opvolging", lh))
    fl.append(P("Het managementteam volgt de uitvoering van het actieplan elk kwartaal op. Over de stand van zaken "
                "rapporteren wij jaarlijks aan de gemeenteraad, samen met het rapport over de organisatiebeheersing. "
                "Wij gaan ervan uit dat Audit Vlaanderen de opvolging in het voorjaar van 2027 bevraagt.", lb))
    fl.append(P("Met vriendelijke groeten", lb))
    fl.append(P("Bart Vanneste<br/>algemeen directeur", ParagraphStyle("sg", parent=lb, spaceBefore=14)))
    fl.append(PageBreak())
    fl.append(P("Bijlage \u2013 Actieplan thema-audit subsidiebeheer (2026-LB-047)",
                ParagraphStyle("t", parent=h2, textColor=BLUE, spaceBefore=0)))
    fl.append(P("Goedgekeurd door het college van burgemeester en schepenen en het vast bureau op 23 maart 2026.",
                small))
    fl.append(Spacer(1, 6))
    cw = ParagraphStyle("cw2", parent=cellw)
    rows = [[P("Nr.", cw), P("Standpunt", cw), P("Geplande acties", cw), P("Verantwoordelijke", cw),
             P("Timing", cw)]]
    st = [("BACKGROUND", (0, 0), (-1, 0), BLUE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb0c9")),
          ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
          ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    big = ParagraphStyle("cbig", parent=cell, fontSize=8.8, leading=12)
    for group, items in ACTIONS:
        r = len(rows)
        rows.append([P(f"<b>{group}</b>", cell), "", "", "", ""])
        st += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), LB)]
        for n, verdict, act, who, when in items:
            rows.append([P(f"<b>{n}</b>", big), P(verdict, big), P(act, big), P(who, big), P(when, big)])
    t = Table(rows, colWidths=[13 * mm, 26 * mm, 75 * mm, 31 * mm, 25 * mm], repeatRows=1)
    t.setStyle(TableStyle(st))
    fl.append(t)
    doc.build(fl, canvasmaker=LetterCanvas)


RECS = [
    ("1", "Werk een reglement uit voor projectsubsidies met objectieve beoordelingscriteria",
     "Ontwerp van reglement voor projectsubsidies met een puntensysteem", "agrees"),
    ("2", "Laat elke subsidieaanvraag beoordelen door minstens twee personeelsleden", "Voor aanvragen vanaf 1.000 "
     "euro voeren we een tweede beoordeling", "partly"),
    ("3", "Voer een procedure in waarmee personeelsleden en mandatarissen hun betrokkenheid", "Het is niet aan de "
     "administratie om daarover te beslissen", "noted"),
    ("4", "Vraag voor elke subsidie vanaf 2.500 euro een financieel verslag", "De financiële dienst controleert elk "
     "jaar een steekproef van tien verslagen", "agrees"),
    ("5", "Betaal projectsubsidies in twee schijven uit en betaal het", "We behouden de volledige uitbetaling "
     "vooraf", "disagrees"),
    ("6", "Registreer alle subsidies, ook de subsidies in natura, in één", "Sinds 1 januari 2026 registreren de "
     "diensten alle aanvragen", "agrees"),
    ("7", "Evalueer de subsidiereglementen minstens eenmaal per legislatuur samen met", None, "unanswered"),
]
UNMATCHED = ["het te veel betaalde bedrag in januari 2026 integraal werd teruggevorderd",
             "Het managementteam volgt de uitvoering van het actieplan elk kwartaal op"]
NOTES = ("Flemish genre: an Audit Vlaanderen thema-audit of a municipality's subsidy management (reportlab) "
         "answered by the algemeen directeur's letter with an ACTION PLAN table (actieplan), as Audit Vlaanderen "
         "asks for. Advice: teal side band, metadata table, summary with a maturity box ('niveau 2 op een schaal van "
         "1 tot 5') and an overview table listing numbers 1-7 with a SUBJECT and a priority only (not the "
         "recommendation text); 'artikel 217' of the decreet over het lokaal bestuur; a quoted recommendation of the "
         "2021 organisation audit ('auditrapport 2021-LB-112, aanbeveling 9') that resembles 6; themes 2.1-2.4 with "
         "run-in 'Sterk punt' / 'Bevinding' / 'Risico' (a finding says 'zou ... moeten terugvorderen') followed by a "
         "small ruled table 'Nr. | Aanbeveling | Prioriteit' that holds the recommendations (imperative sentences); "
         "a conclusion with 'Het bestuur moet' and a request for an action plan; an annex table on the priorities. "
         "Response: letter (uw bericht van / uw kenmerk / ons kenmerk / bijlage / contactpersoon), 'Algemene "
         "reactie' (a nuance about the miscalculations, already recovered) and 'Opvolging' answer nothing; the "
         "actieplan (annex on page 2) is a gridded table grouped by responsible service, order 6, 1, "
         "4+5, 3, 2 with the verdict as a label in the 'Standpunt' column: 6 'Akkoord - reeds in uitvoering' "
         "(agrees, already doing it); 1 'Akkoord'; ONE row '4 en 5' with '4: Akkoord / 5: Niet akkoord' (agrees + "
         "disagrees; keeps paying in advance, only recovers cancelled ones); 3 'Kennisname' - a matter for the "
         "council, passed on to its chair (noted); 2 'Gedeeltelijk akkoord' - second review only from 1.000 euro "
         "(partly). 7 (evaluate the regulations each legislature) is missing from the plan.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 26 (nl): Audit Vlaanderen audit report on the subsidy process of an (invented) Flemish agency, with
recommendations coded per process phase (AAN-1 ... ORG-2) in shaded boxes with a priority, a short-form overview
table in the summary, and the agency's actieplan (cover letter + table Nr. | Standpunt | Actie | Verantwoordelijke |
Timing in priority order, one row for two codes, one code missing). Engine: reportlab."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

sys.path.insert(0, os.path.dirname(__file__))
import _b26nl as B  # noqa: E402

NAME = "blind26_nl_audit_vlaanderen"
LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")

BODY = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=13, spaceAfter=6, alignment=TA_LEFT)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2)
CELL = ParagraphStyle("c", parent=BODY, fontSize=8.5, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LS-B")
H1 = ParagraphStyle("h1", parent=BODY, fontName="LS-B", fontSize=15, leading=19, spaceBefore=10, spaceAfter=8,
                    textColor=colors.HexColor("#1f4e79"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="LS-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4, keepWithNext=1,
                    textColor=colors.HexColor("#1f4e79"))
BOXHEAD = ParagraphStyle("bh", parent=BODY, fontName="LS-B", fontSize=9, textColor=colors.HexColor("#1f4e79"),
                         spaceAfter=2)
BOXTXT = ParagraphStyle("bt", parent=BODY, fontName="LS-B", spaceAfter=0)


def numbered(header, footer):
    class C(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            k.setdefault("initialFontName", "LS")
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self.setFont("LS", 7.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(20 * mm, 287 * mm, header)
                self.setStrokeColor(colors.HexColor("#1f4e79"))
                self.line(20 * mm, 285.5 * mm, 190 * mm, 285.5 * mm)
                self.drawString(20 * mm, 12 * mm, footer)
                self.drawRightString(190 * mm, 12 * mm, f"pagina {self._pageNumber} van {n}")
                super().showPage()
            super().save()
    return C


def build(fname, flow, header, footer, title):
    doc = SimpleDocTemplate(B.out(fname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title=title, author="", subject="",
                            creator="reportlab", invariant=1)
    doc.build(flow, canvasmaker=numbered(header, footer))


def P(t, st=BODY):
    return Paragraph(t, st)


def box(code, prio, text):
    t = Table([[P(f"{code} &#183; prioriteit {prio}", BOXHEAD)], [P(text, BOXTXT)]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef5")),
                           ("LINEBEFORE", (0, 0), (0, -1), 2.5, colors.HexColor("#1f4e79")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
    return KeepTogether([Spacer(1, 3), t, Spacer(1, 8)])


def grid(rows, widths, head=True):
    data = [[P(c, CELLB if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8da9c4")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d6e2ee")))
    t.setStyle(TableStyle(st))
    return t


def fn(n):
    return f"<super>{n}</super>"


def advice():
    f = []
    f += [P("Audit Vlaanderen", ParagraphStyle("x", parent=H2, fontSize=10, textColor=colors.HexColor("#555555"))),
          P("Auditrapport: subsidiëring van investeringen in lokaal cultuurpatrimonium", H1),
          P("Agentschap Lokaal Cultuurpatrimonium (ALC) &#8211; beleidsdomein Cultuur, Jeugd en Media"),
          grid([["Kenmerk", "AV-2025-0143"], ["Datum rapport", "14 oktober 2025"],
                ["Auditteam", "E. Vanhoutte (auditmanager), S. De Clercq, J. Maes"],
                ["Type audit", "Organisatie-audit, deelaspect subsidiebeheer"]], [40, 130], head=False),
          Spacer(1, 8)]
    f += [P("1 Inleiding", H1), P("1.1 Auditopdracht", H2),
          P("Audit Vlaanderen voerde tussen februari en juni 2025 een audit uit naar het proces waarmee het Agentschap "
            "Lokaal Cultuurpatrimonium investeringssubsidies toekent aan lokale besturen en verenigingen voor de "
            "renovatie van cultuurinfrastructuur. Het agentschap verleende in 2024 in totaal 187 subsidies voor een "
            "bedrag van 41,6 miljoen euro." + fn(1) + " De audit werd opgenomen in het auditplan 2025 op vraag van het "
            "auditcomité."),
          P("1.2 Auditvragen", H2),
          P("De audit gaf antwoord op de volgende vragen:"),
          P("1. Zijn de aanvraag- en beoordelingsprocedures zo ingericht dat aanvragen gelijk en transparant worden "
            "behandeld?"),
          P("2. Beheerst het agentschap de risico&#8217;s bij de opvolging en uitbetaling van toegekende subsidies?"),
          P("3. Beschikt het agentschap over voldoende sturingsinformatie over het subsidieproces?"),
          P("1.3 Aanpak", H2),
          P("Het auditteam analyseerde een steekproef van 40 dossiers uit de periode 2022&#8211;2024, voerde 14 "
            "interviews en toetste de werking van de belangrijkste beheersmaatregelen. Het normenkader is gebaseerd op "
            "het referentiemodel voor organisatiebeheersing" + fn(2) + ". De entiteit kreeg op 8 september 2025 het "
            "ontwerprapport; haar opmerkingen zijn verwerkt. Het actieplan van de entiteit wordt afzonderlijk "
            "gepubliceerd."),
          P("2 Samenvatting", H1),
          P("Het agentschap beschikt over een werkbaar subsidieproces, maar de beheersing ervan steunt in belangrijke mate "
            "op de ervaring van een klein aantal medewerkers. De criteria zijn bekend, maar beslissingen zijn niet altijd "
            "navolgbaar gemotiveerd. In de opvolgingsfase zijn de controles beperkt. Het auditteam beoordeelt het "
            "beheersingsniveau per fase als volgt:"),
          grid([["Fase", "Beheersingsniveau", "Toelichting"],
                ["Aanvraag", "Voldoende", "Procedure gekend, maar onvolledige aanvragen in 11 van 40 dossiers"],
                ["Beoordeling en beslissing", "Beperkt", "Motivering en belangenverklaringen onvoldoende"],
                ["Opvolging en uitbetaling", "Beperkt", "Weinig controles ter plaatse, geen afstemming met boekhouding"],
                ["Organisatie en monitoring", "Voldoende", "Rollen informeel verdeeld, weinig indicatoren"]],
               [42, 32, 96]),
          Spacer(1, 6),
          P("Het rapport bevat negen aanbevelingen. Onderstaand overzicht vermeldt ze in verkorte vorm; de volledige "
            "tekst staat in hoofdstuk 3."),
          grid([["Code", "Onderwerp", "Prioriteit"],
                ["AAN-1", "Handleiding en aanvraagformulier", "1"], ["AAN-2", "Ontvangstmelding", "2"],
                ["BEO-1", "Dubbele beoordeling grote dossiers", "1"], ["BEO-2", "Motivering van beslissingen", "1"],
                ["BEO-3", "Belangenconflicten adviescommissie", "2"], ["OPV-1", "Controles ter plaatse", "1"],
                ["OPV-2", "Afstemming met de boekhouding", "2"], ["ORG-1", "Samenwerkingsovereenkomst", "3"],
                ["ORG-2", "Indicatoren en rapportering", "3"]], [22, 118, 30]),
          P("3 Bevindingen en aanbevelingen", H1),
          P("3.1 Aanvraagfase", H2),
          P("In 11 van de 40 onderzochte dossiers ontbraken bij de eerste indiening essentiële bijlagen, zoals een "
            "raming van de kosten of een eigendomsbewijs. Dossierbeheerders vroegen die stukken telefonisch of per e-mail "
            "op, telkens op een andere manier. Een schriftelijke handleiding bestaat niet. <i>Risico: ongelijke "
            "behandeling van aanvragers en langere doorlooptijden.</i>"),
          box("AAN-1", 1, "Leg in een handleiding vast welke documenten een aanvrager minimaal moet indienen en pas "
              "het aanvraagformulier daarop aan."),
          P("Aanvragers krijgen pas bericht wanneer de beslissing valt. Gemiddeld duurde dat 94 kalenderdagen; in "
            "zeven dossiers meer dan vijf maanden. Verschillende aanvragers namen in die periode contact op om te vragen "
            "of hun aanvraag was ontvangen."),
          box("AAN-2", 2, "Bevestig elke ontvangen aanvraag binnen vijf werkdagen met een ontvangstmelding die de "
              "verdere behandelingstermijn vermeldt."),
          P("3.2 Beoordeling en beslissing", H2),
          P("Elke aanvraag wordt beoordeeld door één dossierbeheerder, die een voorstel voorlegt aan de adviescommissie. "
            "Bij de 9 dossiers boven 250.000 euro in de steekproef was de beoordeling in drie gevallen onvolledig: een "
            "criterium was niet gescoord of de kostenraming was niet getoetst. Een tweede lezing is niet voorzien."),
          box("BEO-1", 1, "Laat elke aanvraag boven 250.000 euro door twee dossierbeheerders onafhankelijk van elkaar "
              "beoordelen."),
          P("De subsidiebeslissingen vermelden wel het toegekende bedrag, maar zelden hoe de aanvraag op de criteria "
            "scoorde. Afgewezen aanvragers ontvangen een standaardbrief. Daardoor is voor derden niet na te gaan "
            "waarom een project wel of niet werd gesteund." + fn(3)),
          box("BEO-2", 1, "Motiveer in elke beslissing hoe de aanvraag op de vier beoordelingscriteria heeft gescoord "
              "en welk gewicht elk criterium kreeg."),
          P("De leden van de adviescommissie ondertekenen bij hun aanstelling een algemene deontologische code. Per "
            "dossier wordt niet nagegaan of een lid betrokken is bij de aanvrager. In twee dossiers was een lid "
            "bestuurder van een vereniging die de aanvraag indiende; dat lid nam wel deel aan de bespreking."),
          box("BEO-3", 2, "Registreer belangenconflicten van de leden van de adviescommissie per dossier en bewaar die "
              "verklaringen in het dossier."),
          P("3.3 Opvolging en uitbetaling", H2),
          P("Het saldo van de subsidie wordt uitbetaald op basis van een eindverslag en facturen. Controles ter plaatse "
            "vonden in 2024 plaats bij 6 van de 142 afgesloten projecten. Bij twee daarvan bleek een deel van de "
            "gefactureerde werken niet uitgevoerd."),
          box("OPV-1", 1, "Voer vóór de uitbetaling van het saldo bij minstens een op de vijf projecten een controle "
              "ter plaatse uit."),
          P("Het subsidiebeheersysteem en de boekhouding van het agentschap worden niet op elkaar afgestemd. Op 31 "
            "december 2024 bedroeg het verschil tussen de openstaande verplichtingen in beide systemen 1,3 miljoen euro, "
            "dat het agentschap niet volledig kon verklaren."),
          box("OPV-2", 2, "Stem de gegevens in het subsidiebeheersysteem maandelijks af met de boekhouding van het "
              "agentschap."),
          P("3.4 Organisatie en monitoring", H2),
          P("De taakverdeling met het departement Cultuur, Jeugd en Media berust op gewoonte. Het departement bereidt "
            "de regelgeving voor en behandelt bezwaren, het agentschap voert uit; wie de jaarlijkse oproep opstelt, is "
            "niet vastgelegd. Het directiecomité ontvangt geen periodieke rapportering over het subsidieproces."),
          box("ORG-1", 3, "Formaliseer de taakverdeling tussen het agentschap en het departement Cultuur, Jeugd en "
              "Media in een samenwerkingsovereenkomst."),
          box("ORG-2", 3, "Ontwikkel een beperkte set indicatoren over doorlooptijden en foutenpercentages en "
              "rapporteer die jaarlijks aan het directiecomité."),
          P("4 Prioriteiten en opvolging", H1),
          P("Audit Vlaanderen kent elke aanbeveling een prioriteit toe. Prioriteit 1 betreft een belangrijk risico dat "
            "binnen zes maanden moet worden aangepakt; prioriteit 2 een risico dat binnen een jaar moet worden "
            "aangepakt; prioriteit 3 een verbetermogelijkheid zonder termijn. De entiteit stelt een actieplan op en "
            "rapporteert over de uitvoering ervan in de jaarlijkse opvolgingsronde." + fn(4)),
          Spacer(1, 10),
          P(fn(1) + " Jaarverslag 2024 van het agentschap, p. 18. Het bedrag omvat vastleggingen, geen uitbetalingen.",
            SMALL),
          P(fn(2) + " Leidraad organisatiebeheersing, versie 2.1, die Audit Vlaanderen hanteert voor alle entiteiten.",
            SMALL),
          P(fn(3) + " Zie ook de beginselen van behoorlijk bestuur, in het bijzonder de materiële motiveringsplicht.",
            SMALL),
          P(fn(4) + " Audit Vlaanderen rapporteert jaarlijks over de stand van de opvolging aan de Vlaamse Regering.",
            SMALL)]
    return f


def response():
    f = []
    f += [P("Agentschap Lokaal Cultuurpatrimonium", ParagraphStyle("x", parent=H2, fontSize=12)),
          P("Arenbergstraat 9, 1000 Brussel", SMALL), Spacer(1, 8),
          grid([["Aan", "Audit Vlaanderen, t.a.v. de auditmanager"], ["Uw kenmerk", "AV-2025-0143"],
                ["Ons kenmerk", "ALC/ADM/2025/311"], ["Datum", "18 november 2025"],
                ["Betreft", "Actieplan naar aanleiding van de audit subsidiëring van investeringen"]],
               [30, 140], head=False),
          Spacer(1, 10),
          P("Geachte,"),
          P("Het agentschap dankt Audit Vlaanderen voor de constructieve samenwerking tijdens de audit. Hierbij bezorg "
            "ik u het actieplan dat het directiecomité op 12 november 2025 heeft goedgekeurd."),
          P("Algemene reactie", H2),
          P("Wij herkennen ons grotendeels in de algemene conclusie, maar plaatsen een kanttekening bij de beoordeling "
            "van de opvolgingsfase. Sinds 2024 werkt het agentschap met een risicoanalyse per project, die in de "
            "steekproef nog onvoldoende zichtbaar was. Het agentschap heeft voorrang gegeven aan de aanbevelingen met "
            "prioriteit 1; die staan daarom bovenaan in de tabel."),
          P("Actieplan", H2),
          grid([["Nr.", "Standpunt", "Geplande actie", "Verantwoordelijke", "Timing"],
                ["AAN-1", "Akkoord", "Een handleiding met een checklist van verplichte bijlagen wordt opgesteld; het "
                 "e-loket weigert voortaan aanvragen zonder die bijlagen.", "Teamleider subsidies", "30/06/2026"],
                ["BEO-1", "Niet akkoord", "Zie toelichting onder de tabel.", "&#8211;", "&#8211;"],
                ["BEO-2", "Akkoord", "Het beslissingssjabloon krijgt een verplichte scoretabel per criterium, met de "
                 "weging; ook afwijzingen worden zo gemotiveerd.", "Diensthoofd beleid", "31/03/2026"],
                ["OPV-1", "Gedeeltelijk akkoord", "Controles ter plaatse bij alle projecten boven 500.000 euro en bij "
                 "een steekproef van tien procent van de overige projecten. Een op de vijf is met de huidige "
                 "personeelsbezetting niet haalbaar.", "Teamleider controle", "01/01/2026"],
                ["AAN-2", "Reeds gerealiseerd", "Sinds 1 september 2025 verstuurt het e-loket automatisch een "
                 "ontvangstmelding met de behandelingstermijn.", "&#8211;", "uitgevoerd"],
                ["BEO-3 en OPV-2", "Akkoord", "Beide acties worden meegenomen in de migratie naar SUBSYS 2.0. Het "
                 "nieuwe systeem krijgt een module voor belangenverklaringen per commissielid en per dossier, en een "
                 "geautomatiseerde maandelijkse koppeling met Orafin.", "ICT-coördinator", "31/12/2026"],
                ["ORG-1", "Kennisgenomen", "Deze aanbeveling wordt besproken binnen de lopende hervorming van het "
                 "beleidsdomein; het agentschap kan hierover niet alleen beslissen.", "Directiecomité", "n.t.b."]],
               [20, 28, 64, 36, 22]),
          Spacer(1, 8),
          P("Toelichting bij het standpunt over BEO-1", H2),
          P("Het agentschap voert deze aanbeveling niet uit. Een dubbele beoordeling zou de gemiddelde doorlooptijd met "
            "ongeveer zes weken verlengen, terwijl de adviescommissie elk dossier boven 250.000 euro al collegiaal "
            "bespreekt. De drie onvolledige beoordelingen uit de steekproef zijn in de commissie alsnog aangevuld. Met "
            "de verplichte scoretabel uit de actie bij BEO-2 is het risico volgens ons voldoende afgedekt."),
          P("Opvolging", H2),
          P("Het actieplan wordt halfjaarlijks opgevolgd in het auditcomité van het beleidsdomein. De stand van "
            "uitvoering wordt gerapporteerd in de jaarlijkse opvolgingsronde van Audit Vlaanderen."),
          Spacer(1, 6),
          P("Met vriendelijke groeten,"),
          P("Katrien Vermeersch<br/>administrateur-generaal")]
    return f


RECS = [
    ("AAN-1", "Leg in een handleiding vast welke documenten een aanvrager minimaal", "checklist van verplichte bijlagen wordt opgesteld", "agrees"),
    ("AAN-2", "Bevestig elke ontvangen aanvraag binnen vijf werkdagen met een ontvangstmelding", "Sinds 1 september 2025 verstuurt het e-loket automatisch", "agrees"),
    ("BEO-1", "Laat elke aanvraag boven 250.000 euro door twee dossierbeheerders", "Een dubbele beoordeling zou de gemiddelde doorlooptijd", "disagrees"),
    ("BEO-2", "Motiveer in elke beslissing hoe de aanvraag op de vier", "krijgt een verplichte scoretabel per criterium", "agrees"),
    ("BEO-3", "Registreer belangenconflicten van de leden van de adviescommissie per dossier", "module voor belangenverklaringen per commissielid en per dossier", "agrees"),
    ("OPV-1", "Voer vóór de uitbetaling van het saldo bij minstens een", "een steekproef van tien procent van de overige projecten", "partly"),
    ("OPV-2", "Stem de gegevens in het subsidiebeheersysteem maandelijks af met de", "geautomatiseerde maandelijkse koppeling met Orafin", "agrees"),
    ("ORG-1", "Formaliseer de taakverdeling tussen het agentschap en het departement", "besproken binnen de lopende hervorming van het beleidsdomein", "noted"),
    ("ORG-2", "Ontwikkel een beperkte set indicatoren over doorlooptijden en foutenpercentages", None, "unanswered"),
]
UNMATCHED = [
    "dankt Audit Vlaanderen voor de constructieve samenwerking",
    "plaatsen een kanttekening bij de beoordeling van de opvolgingsfase",
    "wordt halfjaarlijks opgevolgd in het auditcomité",
]
NOTES = ("Invented Audit Vlaanderen audit report (reportlab, 'pagina n van m', Liberation Sans) on a Flemish agency's "
         "subsidy process: three numbered audit questions, a maturity table per phase, an overview table of the nine "
         "recommendations in SHORT form (code | Onderwerp | Prioriteit), then the full recommendations as shaded boxes "
         "headed by a phase code and priority ('AAN-1 · prioriteit 1' ... 'ORG-2 · prioriteit 3'; numbers are the "
         "codes), ORG-1 and ORG-2 in adjacent boxes, footnotes. Response: the agency's cover letter plus an ACTIEPLAN "
         "table 'Nr. | Standpunt | Geplande actie | Verantwoordelijke | Timing' in priority order (AAN-1, BEO-1, BEO-2, "
         "OPV-1, AAN-2, 'BEO-3 en OPV-2' in one row, ORG-1); ORG-2 has no row (unanswered). Standpunt words: Akkoord, "
         "Niet akkoord (the row only says 'Zie toelichting'; the refusal is in a prose section below), Gedeeltelijk "
         "akkoord (ten percent instead of one in five), Reeds gerealiseerd (agrees), Kennisgenomen (noted, the "
         "department decides). 'Algemene reactie' (disputes a score) and 'Opvolging' answer nothing.")

if __name__ == "__main__":
    build(NAME + "_advice.pdf", advice(), "Audit Vlaanderen  |  Auditrapport Agentschap Lokaal Cultuurpatrimonium",
          "AV-2025-0143  |  subsidiëring van investeringen", "Auditrapport AV-2025-0143")
    build(NAME + "_response.pdf", response(), "Agentschap Lokaal Cultuurpatrimonium  |  Actieplan audit AV-2025-0143",
          "ALC/ADM/2025/311", "Actieplan ALC")
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

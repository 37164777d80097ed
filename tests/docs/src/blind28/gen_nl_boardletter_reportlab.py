"""Round 28 (nl): the external accountant's boardletter (interim-controle) to the gemeenteraad of an invented
municipality, with seven coded recommendations '2025-01' ... '2025-07' in shaded boxes after each finding, a
priority overview table in the summary, and a table of LAST YEAR's recommendations with their status (not this
report's recommendations). Response: the college's raadsinformatiebrief answering by theme, in another order,
inkoop and subsidies in one section with two different verdicts, the raad's own competence (noted), one
recommendation (fraud risk analysis) unanswered. Engine: reportlab."""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b28nl as B  # noqa: E402

NAME = "blind28_nl_boardletter"
LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("LS", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", LIB + "LiberationSans-Italic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-B")

TEAL = colors.HexColor("#0b5563")
BODY = ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=13.2, spaceAfter=6)
CELL = ParagraphStyle("c", parent=BODY, fontSize=8.5, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cb", parent=CELL, fontName="LS-B")
H1 = ParagraphStyle("h1", parent=BODY, fontName="LS-B", fontSize=14, leading=18, spaceBefore=8, spaceAfter=8,
                    textColor=TEAL)
H2 = ParagraphStyle("h2", parent=BODY, fontName="LS-B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                    keepWithNext=1, textColor=TEAL)
H3 = ParagraphStyle("h3", parent=BODY, fontName="LS-I", fontSize=9.5, spaceBefore=2, spaceAfter=2, keepWithNext=1)
BOXHEAD = ParagraphStyle("bh", parent=BODY, fontName="LS-B", fontSize=8.5, textColor=colors.white, spaceAfter=0)
BOXTXT = ParagraphStyle("bt", parent=BODY, spaceAfter=0)
TITLE = ParagraphStyle("t", parent=BODY, fontName="LS-B", fontSize=22, leading=27, textColor=TEAL, spaceAfter=6)


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
                self.setStrokeColor(TEAL)
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


def rec(code, prio, text):
    t = Table([[P(f"Aanbeveling {code} &#183; prioriteit {prio}", BOXHEAD)], [P(text, BOXTXT)]],
              colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), TEAL), ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#e3eff1")),
                           ("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return KeepTogether([t, Spacer(1, 8)])


def grid(rows, widths, head=True):
    data = [[P(c, CELLB if (head and i == 0) else CELL) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if head else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5a8")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d3e3e6")))
    t.setStyle(TableStyle(st))
    return t


def advice():
    f = []
    f.append(P("Verhoef &amp; Dekkers Accountants", ParagraphStyle("x", parent=BODY, fontName="LS-B", textColor=TEAL)))
    f.append(Spacer(1, 30 * mm))
    f.append(P("Boardletter 2025", TITLE))
    f.append(P("Gemeente Lindewaard &#8211; bevindingen uit de interim-controle over het boekjaar 2025",
               ParagraphStyle("st", parent=BODY, fontSize=12, leading=16)))
    f.append(Spacer(1, 12 * mm))
    f.append(grid([["Aan", "de gemeenteraad van Lindewaard, via de auditcommissie"],
                   ["Afschrift", "het college van burgemeester en wethouders"],
                   ["Ons kenmerk", "VD/LIN/2025/0412"],
                   ["Datum", "14 november 2025"],
                   ["Behandeling", "auditcommissie 2 december 2025"]], [35, 135], head=False))
    f.append(Spacer(1, 10 * mm))
    f.append(P("1. Inleiding", H1))
    f.append(P("Geachte leden van de raad, in september en oktober 2025 hebben wij de interim-controle uitgevoerd als "
               "onderdeel van onze controle van de jaarrekening 2025 van de gemeente Lindewaard. Deze boardletter is "
               "bedoeld voor uw raad als opdrachtgever van de accountant. Wij rapporteren de belangrijkste bevindingen "
               "over de interne beheersing en doen daarbij aanbevelingen. De ambtelijke organisatie heeft de bevindingen "
               "op 6 november 2025 met ons besproken; de reactie van het college ontvangt u afzonderlijk."))
    f.append(P("Onze werkzaamheden zijn gericht op het oordeel over de getrouwheid en, met ingang van het boekjaar 2023, "
               "op de rechtmatigheidsverantwoording die het college op grond van artikel 197 van de Gemeentewet opstelt. "
               "Een boardletter is geen volledige opsomming van alle tekortkomingen in de interne beheersing."))
    f.append(P("2. Samenvatting", H1))
    f.append(P("Het beeld is in vergelijking met vorig jaar verbeterd. Van de vijf aanbevelingen uit de boardletter 2024 "
               "zijn er drie volledig opgevolgd. Wij zien wel risico's bij de inkoop, in het sociaal domein en in de "
               "autorisaties van het financiële systeem. Het onderstaande overzicht vat onze zeven nieuwe aanbevelingen samen."))
    f.append(grid([["Nr.", "Onderwerp", "Prioriteit", "Paragraaf"],
                   ["2025-01", "Contractbeheer en inkoop", "hoog", "3.1"],
                   ["2025-02", "Zorgkosten Wmo en Jeugdwet", "hoog", "3.2"],
                   ["2025-03", "Autorisaties financieel systeem", "hoog", "3.3"],
                   ["2025-04", "Grondexploitaties", "midden", "3.4"],
                   ["2025-05", "Verantwoordingsgrens rechtmatigheid", "midden", "3.5"],
                   ["2025-06", "Subsidievaststellingen", "midden", "3.6"],
                   ["2025-07", "Frauderisico's", "laag", "3.7"]], [20, 90, 25, 35]))
    f.append(Spacer(1, 6))
    f.append(P("3. Bevindingen en aanbevelingen", H1))
    f.append(P("3.1 Contractbeheer en inkoop", H2))
    f.append(P("Bevinding", H3))
    f.append(P("Uit onze steekproef van 40 inkopen blijkt dat voor zeven opdrachten met een waarde boven 50.000 euro geen "
               "contract in het contractregister staat. In vier gevallen is de looptijd van een raamovereenkomst verstreken "
               "zonder nieuwe aanbesteding; de totale waarde van die opdrachten in 2025 bedraagt 1,2 miljoen euro. Dit "
               "raakt direct aan de rechtmatigheid, omdat niet kan worden vastgesteld of de Europese drempels worden "
               "overschreden."))
    f.append(rec("2025-01", "hoog", "Leg alle inkoopcontracten boven 50.000 euro vast in het centrale contractregister, "
                 "wijs per contract een eigenaar aan en laat die eigenaar tijdig signaleren wanneer een looptijd afloopt."))
    f.append(P("3.2 Zorgkosten Wmo en Jeugdwet", H2))
    f.append(P("Bevinding", H3))
    f.append(P("De gemeente besteedt ruim 38 miljoen euro aan maatwerkvoorzieningen. De productieverantwoordingen van "
               "zorgaanbieders worden ontvangen, maar niet inhoudelijk beoordeeld. Wij hebben daardoor in 2024 een "
               "onzekerheid van 2,4 miljoen euro moeten rapporteren. Een risicogerichte controle vooraf ontbreekt nog."))
    f.append(rec("2025-02", "hoog", "Voer voor de jaarrekeningcontrole een risicogerichte materiële controle uit op de "
                 "declaraties van zorgaanbieders in de Wmo en de Jeugdwet en leg de uitkomsten vast in een dossier."))
    f.append(P("3.3 Autorisaties in het financiële systeem", H2))
    f.append(P("Bevinding", H3))
    f.append(P("Elf medewerkers hebben beheerrechten in het financiële systeem, van wie er vier deze rechten voor hun "
               "functie niet nodig hebben. Twee accounts van vertrokken medewerkers waren nog actief. Functiescheiding "
               "tussen het aanmaken van crediteuren en het fiatteren van betalingen is daardoor niet gewaarborgd."))
    f.append(rec("2025-03", "hoog", "Beperk de beheerrechten in het financiële systeem tot functionarissen die ze voor hun "
                 "taak nodig hebben en beoordeel alle autorisaties ieder kwartaal aan de hand van een logbestand."))
    f.append(P("3.4 Grondexploitaties", H2))
    f.append(P("Bevinding", H3))
    f.append(P("De grondexploitaties De Hooge Weide en Stationskwartier zijn in 2023 voor het laatst herzien. De "
               "gehanteerde grondprijzen en de fasering sluiten niet meer aan op de marktontwikkeling. Wij concluderen "
               "dat het risico op een verlieslatende exploitatie bij Stationskwartier is toegenomen."))
    f.append(rec("2025-04", "midden", "Actualiseer de grondexploitaties De Hooge Weide en Stationskwartier jaarlijks, met "
                 "een onderbouwing van grondprijzen en fasering, en leg de uitkomsten voor aan uw raad."))
    f.append(P("3.5 Verantwoordingsgrens rechtmatigheid", H2))
    f.append(P("Bevinding", H3))
    f.append(P("Uw raad heeft de verantwoordingsgrens voor de rechtmatigheidsverantwoording vastgesteld op het wettelijke "
               "maximum van 3 procent van de lasten. Bij een begroting van 214 miljoen euro betekent dit dat fouten en "
               "onzekerheden tot 6,4 miljoen euro niet afzonderlijk worden toegelicht. Andere gemeenten van vergelijkbare "
               "omvang hanteren een lagere grens."))
    f.append(rec("2025-05", "midden", "Wij adviseren uw raad de verantwoordingsgrens voor de rechtmatigheidsverantwoording "
                 "te verlagen naar 1 procent van de totale lasten."))
    f.append(P("3.6 Subsidievaststellingen", H2))
    f.append(P("Bevinding", H3))
    f.append(P("Subsidies tot 25.000 euro worden zonder verantwoording ambtshalve vastgesteld. Dit past binnen de "
               "Algemene subsidieverordening Lindewaard 2022, maar er vindt achteraf geen enkele controle plaats of de "
               "activiteiten ook zijn uitgevoerd."))
    f.append(rec("2025-06", "midden", "Richt een jaarlijkse steekproef in op ambtshalve vastgestelde subsidies en "
                 "controleer daarin of de gesubsidieerde activiteiten daadwerkelijk zijn uitgevoerd."))
    f.append(P("3.7 Frauderisico's", H2))
    f.append(P("Bevinding", H3))
    f.append(P("De frauderisicoanalyse dateert van 2021 en houdt geen rekening met de nieuwe werkwijze voor "
               "crediteurenbeheer en met de overstap naar digitaal factuurverwerken."))
    f.append(rec("2025-07", "laag", "Actualiseer de frauderisicoanalyse, betrek daarbij het digitale factuurproces en "
                 "bespreek de uitkomsten jaarlijks met de auditcommissie."))
    f.append(P("4. Opvolging aanbevelingen boardletter 2024", H1))
    f.append(P("In de boardletter 2024 deden wij vijf aanbevelingen. De stand van zaken is als volgt."))
    f.append(grid([["Nr.", "Aanbeveling 2024 (verkort)", "Status november 2025"],
                   ["2024-01", "Stel een jaarplanning op voor de interne controle en voer deze uit.", "Opgevolgd"],
                   ["2024-02", "Leg afwijkingen van de aanbestedingsregels vast in een register.", "Opgevolgd"],
                   ["2024-03", "Verbeter de aansluiting tussen de personeelsadministratie en de loonbetalingen.", "Opgevolgd"],
                   ["2024-04", "Zorg voor tijdige verantwoording van zorgaanbieders in de Wmo.",
                    "Deels opgevolgd; zie aanbeveling 2025-02"],
                   ["2024-05", "Herzie de grondexploitaties minstens eens per twee jaar.",
                    "Niet opgevolgd; zie aanbeveling 2025-04"]], [20, 105, 45]))
    f.append(Spacer(1, 8))
    f.append(P("5. Tot slot", H1))
    f.append(P("Wij bedanken de medewerkers van de gemeente voor de prettige samenwerking. Wij lichten deze boardletter "
               "graag toe in de vergadering van de auditcommissie van 2 december 2025."))
    f.append(P("Verhoef &amp; Dekkers Accountants<br/>drs. M.J. Verhoef RA, partner"))
    build(NAME + "_advice.pdf", f, "Verhoef & Dekkers Accountants  |  Boardletter 2025 gemeente Lindewaard",
          "Kenmerk VD/LIN/2025/0412", "Boardletter 2025 gemeente Lindewaard")


def response():
    f = []
    f.append(P("Gemeente Lindewaard", ParagraphStyle("x", parent=BODY, fontName="LS-B", fontSize=13, textColor=TEAL)))
    f.append(P("Raadsinformatiebrief", TITLE))
    f.append(grid([["Onderwerp", "Reactie van het college op de boardletter 2025"],
                   ["Portefeuillehouder", "wethouder J.A. Brinkman (financiën)"],
                   ["Datum collegebesluit", "25 november 2025"],
                   ["Zaaknummer", "Z2025-018377"],
                   ["Bijlage", "Boardletter 2025, kenmerk VD/LIN/2025/0412"]], [40, 130], head=False))
    f.append(Spacer(1, 8))
    f.append(P("Kernboodschap", H2))
    f.append(P("Geachte leden van de raad, de accountant heeft in de boardletter 2025 zeven aanbevelingen gedaan. Met deze "
               "brief informeren wij u over onze reactie, zodat u die kunt betrekken bij de bespreking in de auditcommissie. "
               "Wij zijn verheugd dat de accountant een verbetering ziet ten opzichte van vorig jaar, en wij nemen de "
               "meeste aanbevelingen over."))
    f.append(P("Sociaal domein", H2))
    f.append(P("De accountant vraagt om een risicogerichte controle op de declaraties van zorgaanbieders. Wij herkennen het "
               "belang hiervan na de onzekerheid in de jaarrekening 2024. Sinds september 2025 voert het team "
               "Contractmanagement Sociaal Domein deze materiële controles al uit; het dossier met de uitkomsten "
               "is voor de jaarrekeningcontrole beschikbaar. Hiermee is aan de aanbeveling voldaan."))
    f.append(P("Informatiebeveiliging en autorisaties", H2))
    f.append(P("Naar aanleiding van aanbeveling 2025-03 zijn de beheerrechten van vier medewerkers en de twee accounts van "
               "vertrokken medewerkers direct ingetrokken. Een beoordeling van alle autorisaties ieder kwartaal vinden wij "
               "echter te zwaar voor onze kleine afdeling Financiën. Wij kiezen voor een halfjaarlijkse "
               "beoordeling op basis van het logbestand, aangevuld met een controle bij elke wijziging van functie."))
    f.append(P("Inkoop en subsidies", H2))
    f.append(P("Wij zijn het met de accountant eens dat het contractbeheer beter moet. Wij nemen de aanbeveling over het "
               "contractregister over: uiterlijk 1 april 2026 staan alle contracten boven 50.000 euro in het register, "
               "elk met een contracteigenaar die een signaal krijgt zes maanden voordat de looptijd afloopt."))
    f.append(P("De aanbeveling om ambtshalve vastgestelde subsidies met een steekproef te controleren, nemen wij niet over. "
               "Het gaat om kleine bedragen aan vrijwilligersorganisaties; een controle achteraf legt een last op die "
               "niet in verhouding staat tot het risico. De subsidieadviseurs hebben bovendien jaarlijks contact "
               "met deze organisaties. Wij handhaven daarom de huidige werkwijze."))
    f.append(P("Grondexploitaties", H2))
    f.append(P("Wij actualiseren beide grondexploitaties met ingang van de jaarrekening 2025 elk jaar, met een "
               "onderbouwing door een externe taxateur. De herziene exploitaties worden u in het voorjaar van 2026 "
               "gelijktijdig met de jaarrekening aangeboden."))
    f.append(P("Verantwoordingsgrens", H2))
    f.append(P("Het vaststellen van de verantwoordingsgrens is een bevoegdheid van uw raad. Wij nemen daarover in deze brief "
               "geen standpunt in; wel zijn wij graag bereid om de auditcommissie een overzicht te geven van de grenzen "
               "die vergelijkbare gemeenten hanteren."))
    f.append(P("Opvolging van eerdere aanbevelingen", H2))
    f.append(P("Wij zijn tevreden dat drie van de vijf aanbevelingen uit 2024 volledig zijn opgevolgd. Voor de twee "
               "overige punten verwijzen wij naar onze reactie hierboven; de planning daarvan is opgenomen in de "
               "verbeteragenda bedrijfsvoering 2026."))
    f.append(P("Financiële consequenties", H2))
    f.append(P("De maatregelen worden uitgevoerd binnen de bestaande formatie. Voor de externe taxaties is een bedrag van "
               "18.000 euro per jaar nodig, dat wij opnemen in de voorjaarsnota 2026."))
    f.append(P("Het college van burgemeester en wethouders van Lindewaard,<br/>de secretaris, mr. H. de Groot<br/>"
               "de burgemeester, A.M. Veldkamp-Oosting"))
    build(NAME + "_response.pdf", f, "Gemeente Lindewaard  |  Raadsinformatiebrief Z2025-018377",
          "Raadsinformatiebrief reactie boardletter 2025", "Raadsinformatiebrief reactie boardletter 2025")


RECS = [
    ("2025-01", "Leg alle inkoopcontracten boven 50.000 euro vast in het centrale contractregister",
     "nemen de aanbeveling over het contractregister over", "agrees"),
    ("2025-02", "Voer voor de jaarrekeningcontrole een risicogerichte materiële controle uit",
     "voert het team Contractmanagement Sociaal Domein deze materiële controles al uit", "agrees"),
    ("2025-03", "Beperk de beheerrechten in het financiële systeem tot functionarissen",
     "Wij kiezen voor een halfjaarlijkse beoordeling op basis", "partly"),
    ("2025-04", "Actualiseer de grondexploitaties De Hooge Weide en Stationskwartier jaarlijks",
     "actualiseren beide grondexploitaties met ingang van de jaarrekening 2025", "agrees"),
    ("2025-05", "Wij adviseren uw raad de verantwoordingsgrens voor de rechtmatigheidsverantwoording te verlagen",
     "Het vaststellen van de verantwoordingsgrens is een bevoegdheid", "noted"),
    ("2025-06", "Richt een jaarlijkse steekproef in op ambtshalve vastgestelde subsidies",
     "Wij handhaven daarom de huidige werkwijze", "disagrees"),
    ("2025-07", "Actualiseer de frauderisicoanalyse, betrek daarbij het digitale factuurproces", None, "unanswered"),
]
UNMATCHED = ["drie van de vijf aanbevelingen uit 2024 volledig zijn opgevolgd",
             "Voor de externe taxaties is een bedrag van 18.000 euro"]
NOTES = ("External accountant's boardletter (interim audit) to the gemeenteraad of the invented municipality "
         "Lindewaard (reportlab; running header, 'pagina N van M' footer). Seven recommendations coded '2025-01' ... "
         "'2025-07' (the number is the code), each in a teal-headed shaded box 'Aanbeveling 2025-0N · prioriteit ...' "
         "after an italic 'Bevinding'; a summary table lists the codes with short subjects; chapter 4 is a table of "
         "LAST YEAR's recommendations 2024-01 ... 2024-05 with a status (not recommendations of this report); 'Wij "
         "concluderen dat ...' is a conclusion. Response: the college's raadsinformatiebrief (metadata table) with "
         "theme headings in another order (02, 03, 01+06, 04, 05), only 03 named by its code; 02 'voert ... al uit' "
         "(agrees, already done); 03 half-yearly instead of quarterly (partly); 'Inkoop en subsidies' holds two "
         "replies with different verdicts: the contract register by 1 April 2026 (agrees) and the subsidy sample "
         "'nemen wij niet over' (disagrees); 04 yearly update (agrees); 05 'een bevoegdheid van uw raad ... geen "
         "standpunt' (noted); 07 (fraud risk analysis) unanswered. 'Opvolging van eerdere aanbevelingen' and "
         "'Financiële consequenties' answer no recommendation.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

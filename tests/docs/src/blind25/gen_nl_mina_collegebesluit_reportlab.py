"""Round 25 (nl, Flanders): advice of a municipal Milieu- en Natuurraad (MiNa-raad) on a draft climate plan,
'aandachtspunten' numbered (1)-(8) under themes, (5) with sub-points; the reply is an extract from the minutes of
the college van burgemeester en schepenen (collegebesluit) with 'Argumentatie' by ordinal words and a 'Besluit' in
articles. Engine: reportlab."""
import os
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

sys.path.insert(0, os.path.dirname(__file__))
import _b25nl as B  # noqa: E402

NAME = "blind25_nl_mina_collegebesluit"
D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")

BODY = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=13.5, spaceAfter=6)
H1 = ParagraphStyle("h1", fontName="DVB", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6,
                    textColor=colors.HexColor("#2d6a2d"))
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4)
ITEM = ParagraphStyle("it", parent=BODY, leftIndent=11 * mm, firstLineIndent=-11 * mm)
SUB = ParagraphStyle("sub", parent=BODY, leftIndent=17 * mm, firstLineIndent=-5 * mm, spaceAfter=3)
SMALL = ParagraphStyle("s", parent=BODY, fontSize=7.5, leading=10)


def deco(head, foot):
    def f(c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(22 * mm, 285 * mm, head)
        c.line(22 * mm, 283.5 * mm, 188 * mm, 283.5 * mm)
        c.drawString(22 * mm, 12 * mm, foot)
        c.drawRightString(188 * mm, 12 * mm, f"{doc.page}")
        c.restoreState()
    return f


def build(fname, story, head, foot, title):
    doc = SimpleDocTemplate(B.out(fname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title=title, author="", invariant=1)
    doc.build(story, onFirstPage=deco(head, foot), onLaterPages=deco(head, foot))


def P(t, s=BODY):
    return Paragraph(t, s)


def meta(rows, w=(40 * mm, 126 * mm)):
    t = Table([[P(a, BODY), P(b, BODY)] for a, b in rows], colWidths=w)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


def advice():
    s = [P("<b>MiNa-raad Wildegem</b><br/>Gemeentelijke adviesraad voor milieu en natuur", BODY), Spacer(1, 8 * mm),
         P("Advies over het ontwerp van het Lokaal Energie- en Klimaatplan 2026-2030",
           ParagraphStyle("t", fontName="DVB", fontSize=17, leading=22)), Spacer(1, 4 * mm),
         meta([("Adviesnummer", "MiNa 2025/07"), ("Datum", "Goedgekeurd op de algemene vergadering van 18 november 2025"),
               ("Gevraagd door", "college van burgemeester en schepenen, brief van 2 oktober 2025"),
               ("Stemming", "unaniem, 14 stemgerechtigde leden aanwezig")]),
         P("1. Situering", H1),
         P("Het college van burgemeester en schepenen heeft de MiNa-raad op 2 oktober 2025 om advies gevraagd over het "
           "ontwerp van het Lokaal Energie- en Klimaatplan 2026-2030 (hierna: het klimaatplan). Wildegem heeft in 2021 het "
           "Lokaal Energie- en Klimaatpact ondertekend en zich daarmee geëngageerd om tegen 2030 de CO<sub>2</sub>-uitstoot "
           "op het grondgebied met 40 procent te verminderen ten opzichte van 2011.<super>1</super>"),
         P("De raad heeft het ontwerp besproken in de werkgroepen Energie en Open Ruimte en op de algemene vergadering "
           "van 18 november 2025. Daarbij werd ook de schepen van Omgeving gehoord. Dit advies bevat eerst een algemene "
           "beoordeling en vervolgens acht aandachtspunten, geordend per thema."),
         P("2. Algemene beoordeling", H1),
         P("De MiNa-raad is positief over het ontwerp. Het plan is concreet, bevat een helder actieplan met 46 acties en "
           "koppelt elke actie aan een budget en een verantwoordelijke dienst. De raad waardeert in het bijzonder dat het "
           "plan voor het eerst een hoofdstuk over klimaatadaptatie bevat."),
         P("Tegelijk stelt de raad vast dat het plan op drie punten tekortschiet:"),
         P("- de uitstootvermindering die de acties samen opleveren, komt volgens de eigen berekening maar uit op 31 "
           "procent, terwijl 40 procent is beloofd;", SUB),
         P("- de acties rond mobiliteit blijven vrijblijvend en missen een tijdpad;", SUB),
         P("- de inwoners en verenigingen worden nauwelijks betrokken bij de uitvoering.", SUB),
         P("3. Aandachtspunten", H1),
         P("De raad vraagt het college om bij de definitieve vaststelling van het klimaatplan rekening te houden met de "
           "volgende aandachtspunten.")]
    s += [P("3.1 Energie en gebouwen", H2),
          P("<b>(1)</b> Breid de renovatiebegeleiding van het Energiehuis uit naar alle eigenaars van woningen met "
            "een EPC-label E of F, en niet alleen naar de doelgroep met een laag inkomen.", ITEM),
          P("<b>(2)</b> Leg in het plan vast dat alle gemeentelijke gebouwen tegen 2028 zijn voorzien van "
            "zonnepanelen, te beginnen met de sporthal en de drie gemeentescholen.", ITEM),
          P("<b>(3)</b> Onderzoek samen met de intercommunale of een warmtenet in de dorpskern rond het "
            "woonzorgcentrum en de scholencampus haalbaar is.", ITEM),
          P("3.2 Mobiliteit", H2),
          P("Het ontwerp noemt de fiets als prioriteit, maar de acties zijn vaag geformuleerd. Zo staat er dat de "
            "gemeente 'inzet op veilige schoolroutes', zonder te zeggen welke routes en wanneer.", BODY),
          P("<b>(4)</b> Neem een concreet tijdpad op voor de aanleg van de fietsverbinding langs de Molenbeek "
            "tussen de dorpskern en het station van Wildegem-Noord.", ITEM),
          P("<b>(5)</b> Voer rond alle scholen een schoolstraat of een snelheidsbeperking van 30 km/u in, en "
            "wel als volgt:", ITEM),
          P("(a) een schoolstraat waar de straat smal genoeg is en ouders alternatieven hebben;", SUB),
          P("(b) een zone 30 met fysieke snelheidsremmers bij de overige scholen.", SUB),
          P("3.3 Klimaatadaptatie en open ruimte", H2),
          P("<b>(6)</b> Verhoog de doelstelling voor ontharding van 2 naar 5 hectare en begin met de "
            "parkings van het gemeentehuis en het kerkplein.", ITEM),
          P("<b>(7)</b> Maak een bomenplan dat voor elke gekapte boom op openbaar domein twee nieuwe bomen "
            "voorziet, bij voorkeur in dezelfde wijk.", ITEM),
          P("3.4 Betrokkenheid", H2),
          P("<b>(8)</b> Richt een klimaatforum op waarin inwoners, verenigingen en ondernemers jaarlijks de "
            "voortgang van het klimaatplan bespreken met het college.", ITEM),
          P("4. Slotbeschouwing", H1),
          P("De MiNa-raad blijft graag betrokken bij de uitvoering van het klimaatplan en vraagt het college, zoals het "
            "huishoudelijk reglement voorschrijft, binnen drie maanden gemotiveerd te antwoorden op dit advies.<super>2</super> "
            "De raad stelt voor om de stand van zaken jaarlijks op de algemene vergadering van het voorjaar te bespreken."),
          P("Voor de MiNa-raad,", BODY),
          P("Ilse Vanderhaeghen, secretaris, Koen De Smedt, voorzitter", BODY),
          Spacer(1, 6 * mm),
          P("<super>1</super> Het Lokaal Energie- en Klimaatpact werd door de gemeenteraad goedgekeurd op 24 juni 2021. "
            "<super>2</super> Huishoudelijk reglement van de MiNa-raad, artikel 12, zoals gewijzigd op 13 maart 2023.",
            SMALL)]
    build(NAME + "_advice.pdf", s, "MiNa-raad Wildegem - advies MiNa 2025/07 - Lokaal Energie- en Klimaatplan",
          "Advies MiNa 2025/07", "Advies MiNa-raad klimaatplan")


def response():
    s = [P("<b>GEMEENTE WILDEGEM</b>", ParagraphStyle("g", fontName="DVB", fontSize=14, leading=18)),
         P("Uittreksel uit de notulen van het college van burgemeester en schepenen", BODY),
         meta([("Zitting van", "16 december 2025"),
               ("Aanwezig", "Marc Verhulst, burgemeester; Sofie Claeys, Tom Baert, Lieve Cools, schepenen; "
                "Jan Pieters, algemeen directeur"),
               ("Dossier", "2025_CBS_01874")]), Spacer(1, 4 * mm),
         P("Lokaal Energie- en Klimaatplan 2026-2030. Antwoord op het advies van de MiNa-raad. Goedkeuring",
           ParagraphStyle("t", fontName="DVB", fontSize=12, leading=16, spaceAfter=6)),
         P("Bevoegdheid en juridische grond", H2),
         P("Artikel 56 van het Decreet Lokaal Bestuur van 22 december 2017 bepaalt de bevoegdheden van het college van "
           "burgemeester en schepenen. Artikel 304 van hetzelfde decreet regelt de inspraak en de werking van de "
           "adviesraden. Artikel 12 van het huishoudelijk reglement van de MiNa-raad bepaalt dat het college binnen drie "
           "maanden gemotiveerd antwoordt op een advies."),
         P("Feiten en context", H2),
         P("Op 2 oktober 2025 vroeg het college advies aan de MiNa-raad over het ontwerp van het Lokaal Energie- en "
           "Klimaatplan 2026-2030. De MiNa-raad bracht op 18 november 2025 unaniem advies uit (advies MiNa 2025/07). "
           "Het advies bevat een algemene beoordeling en acht aandachtspunten. De dienst Omgeving heeft het advies "
           "besproken met de diensten Mobiliteit, Patrimonium en Financiën."),
         P("Argumentatie", H2),
         P("Het college dankt de MiNa-raad voor het grondige advies en deelt de vaststelling dat het plan de "
           "beloofde 40 procent nog niet haalt. De bijsturingen hieronder brengen de verwachte vermindering op 36 procent; "
           "de resterende kloof wordt bij de tussentijdse evaluatie in 2027 opnieuw bekeken."),
         P("Het eerste aandachtspunt volgt het college gedeeltelijk. De renovatiebegeleiding wordt uitgebreid naar "
           "woningen met label F, ongeacht het inkomen van de eigenaar. Voor woningen met label E is het budget "
           "ontoereikend; daar blijft de begeleiding voorbehouden aan de bestaande doelgroep."),
         P("Wat het tweede aandachtspunt betreft, zijn de sporthal en twee van de drie gemeentescholen al sinds dit "
           "najaar voorzien van zonnepanelen. De overige gemeentelijke gebouwen volgen in 2026 en 2027; actie 12 van het "
           "plan wordt in die zin aangepast."),
         P("De haalbaarheidsstudie naar een warmtenet, het derde aandachtspunt, is een bevoegdheid van de "
           "intercommunale, die in 2026 een regionale warmtezoneringskaart opmaakt. Het college neemt hiervan akte en "
           "zal de resultaten van de warmtezonering afwachten voor het een standpunt inneemt."),
         P("Een schoolstraat of zone 30 aan alle scholen, zoals gevraagd in het vijfde aandachtspunt, wordt niet "
           "ingevoerd. Aan twee scholen ligt de toegang langs een gewestweg, waar de gemeente de snelheid niet kan "
           "bepalen; bij de andere scholen zijn de snelheidsremmers in 2024 al aangelegd en blijkt uit metingen dat "
           "de snelheid laag is. Het college ziet daarom geen reden om de regeling te veralgemenen."),
         P("Het college deelt de bezorgdheid van de raad over de verharding in de dorpskern, maar niet de conclusie "
           "dat de doelstelling naar 5 hectare moet. De parkings van het gemeentehuis en het kerkplein zijn nodig voor "
           "de markt en de kermis; de doelstelling blijft 2 hectare."),
         P("Het bomenplan wordt opgenomen als nieuwe actie 31: voor elke gekapte boom op openbaar domein worden twee "
           "bomen aangeplant, zo mogelijk in dezelfde wijk. De dienst Groen legt het plan tegen juni 2026 voor."),
         P("Het klimaatforum, ten slotte, wordt in het voorjaar van 2026 voor het eerst samengeroepen. Het college "
           "kiest ervoor het forum te koppelen aan de jaarlijkse algemene vergadering van de MiNa-raad."),
         P("Financiële gevolgen", H2),
         P("De uitbreiding van de renovatiebegeleiding kost 38.000 euro per jaar en wordt voorzien in het budget 2026 "
           "(actie AC 3.2.4). De extra zonnepanelen worden gefinancierd uit het bestaande investeringskrediet."),
         P("Besluit", H2),
         P("<b>Artikel 1.</b> Het college keurt het antwoord op het advies MiNa 2025/07 van de MiNa-raad goed, zoals "
           "verwoord in de argumentatie van dit besluit."),
         P("<b>Artikel 2.</b> Het college legt het aangepaste ontwerp van het klimaatplan voor aan de gemeenteraad van "
           "26 januari 2026."),
         P("<b>Artikel 3.</b> Een afschrift van dit besluit wordt bezorgd aan de voorzitter en de secretaris van de "
           "MiNa-raad."),
         Spacer(1, 6 * mm),
         P("Voor eensluidend uittreksel,<br/>Jan Pieters, algemeen directeur<br/>Marc Verhulst, burgemeester")]
    build(NAME + "_response.pdf", s, "Gemeente Wildegem - college van burgemeester en schepenen - zitting 16/12/2025",
          "Besluit 2025_CBS_01874", "Collegebesluit antwoord advies MiNa-raad")


RECS = [
    ("1", "Breid de renovatiebegeleiding van het Energiehuis uit naar alle",
     "Voor woningen met label E is het budget ontoereikend", "partly"),
    ("2", "Leg in het plan vast dat alle gemeentelijke gebouwen",
     "De overige gemeentelijke gebouwen volgen in 2026 en 2027", "agrees"),
    ("3", "Onderzoek samen met de intercommunale of een warmtenet",
     "zal de resultaten van de warmtezonering afwachten", "noted"),
    ("4", "Neem een concreet tijdpad op voor de aanleg van de fietsverbinding", None, "unanswered"),
    ("5", "Voer rond alle scholen een schoolstraat of een snelheidsbeperking",
     "ziet daarom geen reden om de regeling te veralgemenen", "disagrees"),
    ("6", "Verhoog de doelstelling voor ontharding van 2 naar 5 hectare",
     "maar niet de conclusie dat de doelstelling naar 5 hectare", "disagrees"),
    ("7", "Maak een bomenplan dat voor elke gekapte boom op openbaar domein",
     "Het bomenplan wordt opgenomen als nieuwe actie 31", "agrees"),
    ("8", "Richt een klimaatforum op waarin inwoners, verenigingen en ondernemers",
     "wordt in het voorjaar van 2026 voor het eerst samengeroepen", "agrees"),
]
UNMATCHED = ["Artikel 56 van het Decreet Lokaal Bestuur",
             "De dienst Omgeving heeft het advies besproken",
             "brengen de verwachte vermindering op 36 procent",
             "De uitbreiding van de renovatiebegeleiding kost 38.000 euro",
             "keurt het antwoord op het advies MiNa 2025/07",
             "Een afschrift van dit besluit wordt bezorgd"]
NOTES = ("Flemish municipal MiNa-raad advice on a draft climate plan (new genre) answered by a collegebesluit: an extract "
         "from the minutes of the college van burgemeester en schepenen (new response form). Advice (reportlab, DejaVu): "
         "metadata table, three dash-bulleted shortcomings in the general assessment (not recommendations), eight "
         "'aandachtspunten' with bold hanging labels '(1)'-'(8)' under theme sub-headings 3.1-3.4, (5) with sub-points "
         "(a)/(b) that belong to it. Response: sections 'Bevoegdheid en juridische grond', 'Feiten en context', "
         "'Argumentatie', 'Financiële gevolgen', 'Besluit' (Artikel 1-3); only the Argumentatie answers, in unheaded "
         "paragraphs that refer by ordinal words ('Het eerste aandachtspunt', 'het derde aandachtspunt', 'het vijfde') or "
         "by content only (6, 7, 8); label F only, not E (partly); intercommunale's competence, 'neemt hiervan akte' "
         "(noted); 'wordt niet ingevoerd' (disagrees); 'deelt de bezorgdheid ... maar niet de conclusie' (disagrees); "
         "4 (cycle route timetable) unanswered; the opening paragraph of the Argumentatie answers the general assessment, "
         "not a recommendation; page-number-only footer.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(0 if B.check(NAME) else 1)

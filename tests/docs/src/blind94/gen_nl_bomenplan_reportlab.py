"""Round 94 (nl): the ADVIES of a municipal BOMENADVIESCOMMISSIE on the concept-Bomenbeleidsplan, answered by the
wethouder's REACTIEBRIEF with headings that cite the paragraph numbers of the recommendations.

Advice: Bomenadviescommissie Westerzande (reportlab, serif-free sans, brown rule, running head, 'blz. n'): findings as
numbered paragraphs 3.1-3.4 (APV art. 4:11 'moet', the 2019 advice quoted with 'moet', figures), recommendations as
numbered paragraphs 4.1-4.7 of section 4. Response: letter of the wethouder Openbare Ruimte, order 4.2, 4.3+4.5, 4.1,
4.6, 4.4; 4.7 unanswered. Everything is invented; rules are cited loosely.

Run: /tmp/blind94nl/bin/python tests/docs/src/blind94/gen_nl_bomenplan_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b94nl as B  # noqa: E402
from reportlab.lib.colors import Color  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind94_nl_bomenplan"
F = B.tmp_fonts()
pdfmetrics.registerFont(TTFont("S", F["Regular"]))
pdfmetrics.registerFont(TTFont("SB", F["Bold"]))
pdfmetrics.registerFont(TTFont("SI", F["Italic"]))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
BROWN = Color(0.42, 0.27, 0.12)

body = ParagraphStyle("b", fontName="S", fontSize=9.5, leading=13.4, spaceAfter=6)
num = ParagraphStyle("n", parent=body, leftIndent=30, firstLineIndent=-30)
h1 = ParagraphStyle("h1", parent=body, fontName="SB", fontSize=14, leading=18, textColor=BROWN, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName="SB", fontSize=11, leading=15, spaceBefore=8, textColor=BROWN)
h3 = ParagraphStyle("h3", parent=body, fontName="SB", fontSize=9.5, spaceBefore=6, spaceAfter=2)
quote = ParagraphStyle("q", parent=body, leftIndent=30, rightIndent=20, fontName="SI")


def deco(head, foot):
    def draw(c, doc):
        w, h = A4
        c.saveState()
        c.setStrokeColor(BROWN)
        c.setLineWidth(1.5)
        c.line(60, h - 42, w - 60, h - 42)
        c.setFont("S", 7.5)
        c.setFillColor(Color(0.35, 0.35, 0.35))
        c.drawString(60, h - 36, head)
        c.drawCentredString(w / 2, 30, foot.format(n=doc.page))
        c.restoreState()
    return draw


def build(pdfname, story, head, foot):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=66, rightMargin=66, topMargin=62,
                            bottomMargin=54, title=head)
    doc.build(story, onFirstPage=deco(head, foot), onLaterPages=deco(head, foot))


def P(t, s=body):
    return Paragraph(t, s)


def N(n, t):
    return P(f"{n}  {t}", num)


def meta(rows):
    t = Table(rows, colWidths=[90, 360])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (0, -1), "SB", 8.5),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.6, BROWN), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


def advice():
    fig = Table([["", "2021", "2022", "2023", "2024", "2025 (t/m sept.)"],
                 ["Gekapte bomen", "412", "388", "455", "517", "391"],
                 ["Nieuw geplante bomen", "365", "402", "310", "344", "188"],
                 ["Saldo", "-47", "+14", "-145", "-173", "-203"]],
                colWidths=[120, 50, 50, 50, 50, 90])
    fig.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "S", 8.5), ("FONT", (0, 0), (-1, 0), "SB", 8.5),
                             ("LINEBELOW", (0, 0), (-1, 0), 0.6, BROWN), ("LINEBELOW", (0, -1), (-1, -1), 0.6, BROWN),
                             ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s = [P("Bomenadviescommissie Westerzande", h1),
         meta([["Aan", "Het college van burgemeester en wethouders van Westerzande"],
               ["Onderwerp", "Advies over het concept-Bomenbeleidsplan Westerzande 2026-2035"],
               ["Kenmerk", "BAC 2025-07"], ["Datum", "14 oktober 2025"],
               ["Vastgesteld", "in de vergadering van de commissie van 9 oktober 2025"]]),
         Spacer(1, 10),
         P("1. Inleiding", h2),
         N("1.1", "Bij brief van 2 september 2025 heeft het college de Bomenadviescommissie gevraagd advies uit te "
           "brengen over het concept-Bomenbeleidsplan Westerzande 2026-2035 (hierna: het concept). De commissie is "
           "ingesteld bij de Verordening Bomenadviescommissie Westerzande 2017 en adviseert het college over het "
           "bomenbeleid en over kapaanvragen die bomen op de gemeentelijke lijst van waardevolle bomen betreffen."),
         N("1.2", "De commissie heeft het concept besproken in haar vergaderingen van 18 september en 9 oktober 2025. "
           "Op 25 september heeft zij samen met de bomenbeheerder van de gemeente een schouw gehouden in de wijken "
           "Zeeburg, De Lanen en het Hoefpark. Dit advies is unaniem vastgesteld."),
         P("2. Het concept in het kort", h2),
         N("2.1", "Het concept vervangt het Bomenplan 2015 en bevat drie ambities: meer kroonoppervlak in de versteende "
           "wijken, een robuuste bomenstructuur langs de hoofdwegen en een klimaatbestendig sortiment. Het concept "
           "noemt een streefwaarde van 20 procent kroonbedekking in 2035, tegenover 14 procent nu."),
         N("2.2", "De commissie waardeert de heldere opzet van het concept en de aandacht voor klimaatadaptatie. Zij "
           "mist echter op een aantal punten de vertaling van de ambities naar afspraken die toetsbaar zijn."),
         P("3. Bevindingen", h2),
         N("3.1", "Het aantal bomen in de openbare ruimte neemt al enkele jaren af. Uit de cijfers van de afdeling "
           "Beheer blijkt dat sinds 2021 meer bomen zijn gekapt dan geplant:"),
         fig, Spacer(1, 6),
         N("3.2", "Op grond van artikel 4:11 van de Algemene plaatselijke verordening moet voor het vellen van een "
           "houtopstand met een stamdiameter vanaf 20 centimeter een omgevingsvergunning worden aangevraagd. De "
           "commissie stelt vast dat de gemeente bij eigen projecten die vergunning wel aanvraagt, maar dat de "
           "afweging vaak pas plaatsvindt nadat het ontwerp al vastligt."),
         N("3.3", "In ons advies van 12 maart 2019 over de Groenvisie schreven wij al:"),
         P("'De gemeente moet een actueel bomenregister bijhouden en dit register openbaar maken, zodat inwoners kunnen "
           "zien welke bomen waardevol zijn.'", quote),
         P("Het register is inmiddels openbaar, maar de lijst van waardevolle bomen is sinds 2016 niet bijgewerkt. De "
           "inventarisatie van 2024 door bureau Stamhout wees ongeveer 140 bomen aan die aan de criteria voldoen maar "
           "niet op de lijst staan.", num),
         N("3.4", "Bij de herinrichting van de Zeeburgerlaan (2023) zijn 38 bomen geplant in plantvakken van circa vier "
           "kubieke meter. Bij de schouw bleek dat een derde daarvan nu al kwijnt. Jonge bomen moeten voldoende "
           "doorwortelbare ruimte krijgen; anders halen zij de volwassen leeftijd niet."),
         P("4. Aanbevelingen", h2),
         P("Op grond van deze bevindingen beveelt de commissie het college aan:", body),
         N("4.1", "Leg in het bomenbeleidsplan een herplantplicht vast van ten minste één nieuwe boom voor iedere "
           "gekapte boom, bij voorkeur in dezelfde wijk."),
         N("4.2", "Breid de lijst van waardevolle bomen uit met de circa 140 bomen uit de inventarisatie van 2024 en "
           "geef deze bomen hetzelfde beschermingsregime."),
         N("4.3", "Maak een bomeneffectanalyse verplicht voor ieder project in de openbare ruimte waarbij bomen "
           "betrokken zijn, en doe dat al in de fase van het schetsontwerp."),
         N("4.4", "Verhoog het jaarlijkse budget voor boomonderhoud met 250.000 euro, zodat de achterstand in "
           "snoeiwerk en boomveiligheidscontroles binnen vier jaar is ingelopen."),
         N("4.5", "Neem in het Handboek openbare ruimte de eis op dat iedere nieuw te planten straatboom ten minste "
           "15 kubieke meter doorwortelbare grond krijgt."),
         N("4.6", "Betrek bewoners vooraf bij iedere kap van meer dan vijf bomen in één straat, met een "
           "informatiebijeenkomst of een digitale peiling."),
         N("4.7", "Rapporteer jaarlijks aan de gemeenteraad over het aantal gekapte en geplante bomen en over de "
           "ontwikkeling van het kroonoppervlak per wijk."),
         P("5. Tot slot", h2),
         N("5.1", "De commissie is graag bereid haar advies toe te lichten in de raadscommissie Ruimte. Zij ziet de "
           "reactie van het college met belangstelling tegemoet en verzoekt het college deze reactie ook aan de "
           "gemeenteraad te zenden."),
         Spacer(1, 10),
         P("Namens de Bomenadviescommissie Westerzande,<br/><br/>ir. M.J. (Marjolein) Terpstra, voorzitter<br/>"
           "drs. K. Bouwhuis, secretaris", body)]
    build(NAME + "_advice.pdf", s, "Bomenadviescommissie Westerzande  |  Advies concept-Bomenbeleidsplan  |  BAC 2025-07",
          "blz. {n}")


def response():
    s = [P("Gemeente Westerzande", h1),
         meta([["Aan", "De Bomenadviescommissie Westerzande, t.a.v. mevrouw ir. M.J. Terpstra"],
               ["Onderwerp", "Reactie op uw advies over het concept-Bomenbeleidsplan 2026-2035"],
               ["Ons kenmerk", "OR/2025/4471"], ["Uw kenmerk", "BAC 2025-07"], ["Datum", "25 november 2025"]]),
         Spacer(1, 10),
         P("Geachte mevrouw Terpstra,", body),
         P("Hartelijk dank voor uw zorgvuldige advies van 14 oktober jongstleden en voor de schouw die u met onze "
           "bomenbeheerder hebt gehouden. Het college heeft uw advies op 18 november besproken. Hieronder leest u per "
           "aanbeveling hoe wij ermee omgaan. De aangepaste versie van het plan bieden wij in januari aan de raad aan.",
           body),
         P("Waardevolle bomen (aanbeveling 4.2)", h3),
         P("Wij delen uw analyse dat de lijst verouderd is. Wij plaatsen nu 62 van de bomen uit de inventarisatie "
           "direct op de lijst; de overige bomen laten wij eerst door een boomtechnisch adviseur beoordelen, omdat "
           "bij een deel twijfel bestaat over de levensverwachting. Een volledige actualisatie volgt dus later dan u "
           "adviseert.", body),
         P("Bomen in projecten (aanbevelingen 4.3 en 4.5)", h3),
         P("Vanaf 1 januari 2026 is de bomeneffectanalyse een vast onderdeel van iedere projectopdracht in de "
           "openbare ruimte, te beginnen bij het schetsontwerp; dat staat ook zo in het aangepaste plan. Uw voorstel "
           "voor een vaste ondergrens aan doorwortelbare grond nemen wij mee in de herziening van het Handboek "
           "openbare ruimte, die in 2026 start. Of een vaste maat in smalle straten met veel kabels en leidingen "
           "haalbaar is, kunnen wij nu nog niet overzien.", body),
         P("Herplantplicht (aanbeveling 4.1)", h3),
         P("Het college neemt deze aanbeveling over. In het plan wordt vastgelegd dat iedere gekapte boom wordt "
           "gecompenseerd met ten minste één nieuwe boom, in beginsel in dezelfde wijk.", body),
         P("Kap in woonstraten (aanbeveling 4.6)", h3),
         P("Ook dit nemen wij graag over. Bewoners ontvangen voortaan vóór de vergunningaanvraag een uitnodiging voor "
           "een informatiebijeenkomst wanneer in hun straat meer dan vijf bomen worden gekapt.", body),
         P("Budget voor boomonderhoud (aanbeveling 4.4)", h3),
         P("Wij erkennen de achterstand in het snoeiwerk, maar zien binnen de huidige begroting geen ruimte voor een "
           "structurele verhoging van deze omvang. Wij lopen de achterstand in met het bestaande budget door het "
           "onderhoud anders te plannen; een extra bedrag stellen wij op dit moment niet voor.", body),
         P("Essentaksterfte in het Hoefpark", h3),
         P("Los van uw advies informeren wij u over de essen in het Hoefpark. Door essentaksterfte moeten daar deze "
           "winter ongeveer zeventig bomen worden geveld. De kapvergunning is op 11 november verleend; de herplant "
           "met linde, eik en els is voorzien in het voorjaar van 2026.", body),
         P("Wij danken de commissie nogmaals voor haar inzet en zien uit naar de verdere samenwerking bij de "
           "uitvoering van het nieuwe bomenbeleid.", body),
         Spacer(1, 6),
         P("Met vriendelijke groet,<br/><br/>J.P. (Joost) van Dalen<br/>wethouder Openbare Ruimte en Groen", body)]
    build(NAME + "_response.pdf", s, "Gemeente Westerzande  |  OR/2025/4471", "blz. {n}")


advice()
response()
B.write_expected(NAME, [
    (1, "Leg in het bomenbeleidsplan een herplantplicht vast van ten minste",
     "Het college neemt deze aanbeveling over", "agrees"),
    (2, "Breid de lijst van waardevolle bomen uit met de circa 140",
     "Wij plaatsen nu 62 van de bomen uit de inventarisatie", "partly"),
    (3, "Maak een bomeneffectanalyse verplicht voor ieder project in de openbare ruimte",
     "de bomeneffectanalyse een vast onderdeel van iedere projectopdracht", "agrees"),
    (4, "Verhoog het jaarlijkse budget voor boomonderhoud met 250.000 euro",
     "een extra bedrag stellen wij op dit moment niet voor", "disagrees"),
    (5, "Neem in het Handboek openbare ruimte de eis op dat",
     "nemen wij mee in de herziening van het Handboek", "noted", ["partly"]),
    (6, "Betrek bewoners vooraf bij iedere kap van meer dan vijf bomen",
     "Bewoners ontvangen voortaan vóór de vergunningaanvraag een uitnodiging", "agrees"),
    (7, "Rapporteer jaarlijks aan de gemeenteraad over het aantal gekapte en geplante bomen", None, "unanswered"),
], ["Hartelijk dank voor uw zorgvuldige advies van 14 oktober",
    "Door essentaksterfte moeten daar deze winter ongeveer zeventig bomen",
    "Wij danken de commissie nogmaals voor haar inzet"],
    "Advice: Bomenadviescommissie Westerzande, numbered paragraphs 1.1-5.1; findings 3.1-3.4 in the same form (APV "
    "art. 4:11 'moet', the 2019 advice quoted with 'moet', a kap/plant table); recommendations 4.1-4.7 after 'beveelt "
    "het college aan:'. Response: wethouder's letter, headings citing the numbers, order 4.2, 4.3+4.5, 4.1, 4.6, 4.4; "
    "'Bomen in projecten (aanbevelingen 4.3 en 4.5)' = 4.3 agrees + 4.5 noted; 4.2 partly; 4.4 disagrees; 4.1 and "
    "4.6 agree; 4.7 unanswered; opening, 'Essentaksterfte in het Hoefpark' and closing answer nothing.")

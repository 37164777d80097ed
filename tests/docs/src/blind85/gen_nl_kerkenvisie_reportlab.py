"""Round 85 (nl, Dutch): the ADVIES of a municipal ERFGOEDCOMMISSIE on the college's concept-KERKENVISIE (the
future use of the municipality's church buildings), answered by the college's LETTER to the commissie.

Advice: (invented) Erfgoedcommissie gemeente Oudevaart, 'Advies over de concept-Kerkenvisie Oudevaart 2026-2036',
EC 2026-03 (2 p., sans, a letterhead band, a meta table, a table of the churches, running head and 'blz. n'); the
seven recommendations are LETTERED a-g under 'De commissie adviseert het college:' at the end of section 4; traps:
observations numbered 3.1-3.5, the Erfgoedwet / Omgevingswet ('moet ... worden betrokken'), the commissie's 2019
advice quoted ('Betrek de kerkbesturen vroegtijdig bij elke wijziging van het omgevingsplan.'), 'zou ... moeten',
a paragraph on a provincial subsidy with a date and an article number.
Response: letter of the college van burgemeester en wethouders to the commissie (2 p., serif, letterhead with
'Ons kenmerk', 'Pagina n van m'), citing the letters in brackets, order c, b+e, a, g, d: introduction (nothing);
c agrees; ONE paragraph on the Dorpskerk Oudevaart = b partly + e disagrees; a agrees (already done); g agrees
(promise with a date); d noted; a paragraph on the subsidieregeling gemeentelijke monumenten (nothing); closing
(nothing); f (a kerkenfonds) unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

The Erfgoedwet, the Omgevingswet and kerkenvisies are real, but what the documents say of them is not to be relied
on; Oudevaart, its churches, the commissie, people, figures and dates are invented.

Run: /tmp/blind85nl/bin/python tests/docs/src/blind85/gen_nl_kerkenvisie_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b85nl as B  # noqa: E402

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)  # noqa: E402

NAME = "blind85_nl_kerkenvisie"
for fam, files in (("DVS", B.SANS_FILES), ("DVR", B.SERIF_FILES)):
    for style, f in files.items():
        pdfmetrics.registerFont(TTFont(fam + style.replace(" ", ""), B.DV + f))

GREEN = colors.HexColor("#4b2e5a")


def styles(fam):
    body = ParagraphStyle("b", fontName=fam + "Regular", fontSize=9.6, leading=13.4, spaceAfter=5)
    return {
        "body": body,
        "h1": ParagraphStyle("h1", parent=body, fontName=fam + "Bold", fontSize=15, leading=19, textColor=GREEN,
                             spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName=fam + "Bold", fontSize=10.8, leading=14, textColor=GREEN,
                             spaceBefore=7, spaceAfter=3),
        "item": ParagraphStyle("it", parent=body, leftIndent=18, firstLineIndent=-18, spaceAfter=4),
        "small": ParagraphStyle("sm", parent=body, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")),
    }


def advice():
    S = styles("DVS")

    def first(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, A4[1] - 2.3 * cm, A4[0], 2.3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DVSBold", 14)
        c.drawString(2.2 * cm, A4[1] - 1.35 * cm, "Erfgoedcommissie Oudevaart")
        c.setFont("DVSRegular", 8.5)
        c.drawString(2.2 * cm, A4[1] - 1.85 * cm, "Onafhankelijke adviescommissie voor monumenten en archeologie")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVSRegular", 7.5)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"blz. {d.page}")
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVSRegular", 7.5)
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Erfgoedcommissie Oudevaart - Advies EC 2026-03 concept-Kerkenvisie")
        c.line(2.2 * cm, A4[1] - 1.4 * cm, A4[0] - 2 * cm, A4[1] - 1.4 * cm)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"blz. {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                            topMargin=3.0 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Advies concept-Kerkenvisie", author="Erfgoedcommissie Oudevaart")
    P = lambda t, s="body": Paragraph(t, S[s])  # noqa: E731
    meta = Table([["Aan", "Het college van burgemeester en wethouders van Oudevaart"],
                  ["Kenmerk", "EC 2026-03"], ["Datum", "4 februari 2026"],
                  ["Onderwerp", "Advies over de concept-Kerkenvisie Oudevaart 2026-2036"]],
                 colWidths=[3 * cm, 13.5 * cm])
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.8), ("FONT", (0, 0), (0, -1), "DVSBold", 8.8),
                              ("BOX", (0, 0), (-1, -1), 0.5, GREEN), ("BACKGROUND", (0, 0), (0, -1),
                                                                       colors.HexColor("#efe8f3"))]))
    kerken = Table([["Gebouw", "Status", "Eigenaar", "Vieringen/jaar"],
                    ["Dorpskerk Oudevaart (1462)", "rijksmonument", "Protestantse gemeente", "52"],
                    ["Sint-Martinuskerk (1911)", "rijksmonument", "parochie H. Bonifatius", "14"],
                    ["Gereformeerde kerk Zandhoek (1928)", "gemeentelijk monument", "Protestantse gemeente", "0"],
                    ["Kapel Ter Linde (1956)", "geen status", "Stichting Ter Linde", "6"],
                    ["Vrijgemaakte kerk De Poort (1971)", "geen status", "kerkgenootschap", "104"]],
                   colWidths=[6.0 * cm, 3.7 * cm, 4.1 * cm, 2.7 * cm])
    kerken.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DVSRegular", 8.0), ("FONT", (0, 0), (-1, 0), "DVSBold", 8.0),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#efe8f3")),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
    recs = [
        ("a", "Neem in de kerkenvisie voor elk van de vijf kerkgebouwen een korte waardestelling op, waarin de "
              "cultuurhistorische waarde van interieur en orgel wordt meegewogen."),
        ("b", "Wijs de Dorpskerk Oudevaart aan als gebouw waarvoor een herbestemming alleen mogelijk is met behoud "
              "van de kerkzaal als openbare ruimte."),
        ("c", "Stel voor de gereformeerde kerk in Zandhoek, die sinds 2024 leegstaat, binnen een jaar een "
              "haalbaarheidsonderzoek naar nieuwe functies op."),
        ("d", "Onderzoek met de provincie of de kapel Ter Linde in aanmerking komt voor de provinciale "
              "monumentenlijst."),
        ("e", "Neem de aankoop van de Dorpskerk door de gemeente op als terugvaloptie, voor het geval de "
              "Protestantse gemeente het gebouw afstoot."),
        ("f", "Richt samen met de kerkgenootschappen een lokaal kerkenfonds op voor onderhoud en energiebesparende "
              "maatregelen."),
        ("g", "Laat de kerkenvisie na vijf jaar evalueren en betrek daarbij opnieuw de erfgoedcommissie en de "
              "bewoners van de kernen."),
    ]
    story = [P("Advies over de concept-Kerkenvisie Oudevaart 2026-2036", "h1"),
             P("Gevraagd advies op grond van artikel 4 van de Erfgoedverordening Oudevaart 2021", "small"),
             Spacer(1, 4), meta, Spacer(1, 6),
             P("1. Inleiding", "h2"),
             P("Bij brief van 9 december 2025 heeft het college de erfgoedcommissie om advies gevraagd over de "
               "concept-Kerkenvisie Oudevaart 2026-2036. De commissie heeft de concept-visie besproken in haar "
               "vergaderingen van 13 januari en 27 januari 2026 en heeft op 20 januari alle vijf kerkgebouwen "
               "bezocht, samen met vertegenwoordigers van de eigenaren."),
             P("De commissie waardeert het dat de gemeente een kerkenvisie opstelt. Een kerkenvisie is geen wettelijk "
               "verplicht document, maar de ruimtelijke keuzes die eruit volgen moeten in het omgevingsplan worden "
               "vastgelegd. Volgens de Omgevingswet moet bij die keuzes het cultureel erfgoed worden betrokken."),
             P("2. De kerkgebouwen in Oudevaart", "h2"), kerken, Spacer(1, 6),
             P("3. Bevindingen", "h2"),
             P("3.1&nbsp;&nbsp;De concept-visie beschrijft de gebouwen vooral in bouwkundige termen. De waarde van de "
               "interieurs, waaronder het Bätz-orgel in de Dorpskerk, komt nauwelijks aan bod.", "item"),
             P("3.2&nbsp;&nbsp;Voor de kerk in Zandhoek ontbreekt een perspectief, terwijl leegstand het gebouw snel "
               "doet verslechteren. Het dak zou volgens de bouwkundige inspectie van 2025 binnen twee jaar moeten "
               "worden vernieuwd.", "item"),
             P("3.3&nbsp;&nbsp;De kapel Ter Linde is een goed bewaard voorbeeld van wederopbouwarchitectuur, maar "
               "heeft geen beschermde status.", "item"),
             P("3.4&nbsp;&nbsp;De kosten van onderhoud en verduurzaming komen volledig bij de eigenaren te liggen. "
               "Twee van hen gaven aan die lasten na 2030 niet meer te kunnen dragen.", "item"),
             P("3.5&nbsp;&nbsp;De concept-visie noemt geen moment waarop zij wordt herzien.", "item"),
             P("4. Advies", "h2"),
             P("De commissie herinnert aan haar advies over het omgevingsplan van 2019, waarin zij schreef: "
               "'Betrek de kerkbesturen vroegtijdig bij elke wijziging van het omgevingsplan.' Dat advies is "
               "destijds overgenomen en de commissie ziet dat de gemeente er in deze visie naar heeft gehandeld."),
             P("Voor de restauratie van rijksmonumentale kerken kunnen eigenaren tot 1 mei 2026 een aanvraag doen "
               "op grond van artikel 6 van de provinciale Subsidieregeling erfgoed. De commissie wijst het college "
               "hierop, maar verbindt er geen advies aan."),
             P("<b>De commissie adviseert het college:</b>")]
    story += [P(f"{k}.&nbsp;&nbsp;&nbsp;{t}", "item") for k, t in recs]
    story += [Spacer(1, 4),
              P("De commissie is graag bereid haar advies toe te lichten in de raadscommissie Ruimte."),
              Spacer(1, 6),
              P("Namens de Erfgoedcommissie Oudevaart,<br/>ir. H.J. (Henk) Terlouw, voorzitter<br/>"
                "drs. M. (Marloes) Bakkenes, secretaris")]
    doc.build(story, onFirstPage=first, onLaterPages=later)


def response():
    S = styles("DVR")

    def pages(c, d):
        c.saveState()
        c.setFont("DVSRegular", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Pagina {d.page} van 2")
        if d.page == 1:
            c.setFillColor(GREEN)
            c.setFont("DVSBold", 12)
            c.drawString(2.2 * cm, A4[1] - 1.6 * cm, "gemeente Oudevaart")
            c.setFont("DVSRegular", 8)
            c.drawString(2.2 * cm, A4[1] - 2.0 * cm, "Postbus 40  |  4110 AA Oudevaart  |  www.oudevaart.nl")
            c.setStrokeColor(GREEN)
            c.line(2.2 * cm, A4[1] - 2.2 * cm, A4[0] - 2 * cm, A4[1] - 2.2 * cm)
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.8 * cm, bottomMargin=2 * cm, invariant=1,
                            title="Reactie op advies kerkenvisie", author="Gemeente Oudevaart")
    P = lambda t, s="body": Paragraph(t, S[s])  # noqa: E731
    addr = Table([[P("Erfgoedcommissie Oudevaart<br/>t.a.v. de voorzitter, ir. H.J. Terlouw<br/>Postbus 40<br/>"
                     "4110 AA Oudevaart"),
                   P("Ons kenmerk: Z-26-00412 / U-26-01877<br/>Uw kenmerk: EC 2026-03<br/>Datum: 17 maart 2026<br/>"
                     "Behandeld door: L. Vos, team Erfgoed", "small")]], colWidths=[9.5 * cm, 7 * cm])
    addr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [addr, Spacer(1, 14),
             P("<b>Onderwerp: reactie op uw advies over de concept-Kerkenvisie Oudevaart 2026-2036</b>"),
             Spacer(1, 6),
             P("Geachte heer Terlouw,"),
             P("Met belangstelling hebben wij kennisgenomen van uw advies van 4 februari 2026. Wij danken de commissie "
               "voor de zorgvuldige beschouwing en voor het bezoek aan alle vijf kerkgebouwen. In deze brief laten "
               "wij weten wat wij met uw advies doen voordat wij de kerkenvisie aan de gemeenteraad aanbieden."),
             P("<b>Kerk Zandhoek</b>"),
             P("Wij nemen uw advies over de kerk in Zandhoek (c) over. Het college heeft de Protestantse gemeente "
               "gevraagd om samen een haalbaarheidsonderzoek uit te voeren naar wonen, zorg en een "
               "dorpsvoorziening; het onderzoek wordt in het eerste kwartaal van 2027 afgerond."),
             P("<b>Dorpskerk Oudevaart</b>"),
             P("Ook wij vinden dat de kerkzaal van de Dorpskerk een openbaar karakter moet houden. Wij nemen daarom in "
               "de visie op dat de kerkzaal bij een herbestemming toegankelijk blijft voor publiek, maar wij leggen "
               "dat vast als voorkeursrichting en niet als harde voorwaarde, omdat dat een nieuwe gebruiker te zeer "
               "zou beperken (b). Uw advies om een aankoop door de gemeente als terugvaloptie op te nemen (e) "
               "volgen wij niet: de gemeente ziet voor zichzelf geen rol als eigenaar van kerkgebouwen en heeft "
               "daarvoor ook geen middelen in de meerjarenbegroting."),
             P("<b>Waardestellingen</b>"),
             P("Uw advies om per gebouw een waardestelling op te nemen (a) hebben wij inmiddels uitgevoerd. Bureau "
               "Erfgoedpraktijk heeft in februari vijf korte waardestellingen opgesteld, met aandacht voor "
               "interieur en orgels; zij zijn als bijlage 2 aan de kerkenvisie toegevoegd."),
             P("<b>Evaluatie</b>"),
             P("Wij zullen de kerkenvisie in 2031 laten evalueren (g). Wij zullen de erfgoedcommissie en de "
               "dorpsraden daar tijdig bij betrekken; de evaluatie wordt opgenomen in de planning van het "
               "omgevingsplan."),
             P("<b>Kapel Ter Linde</b>"),
             P("Over de kapel Ter Linde (d) zullen wij ons oordeel vormen na een eerste gesprek met de provincie en "
               "met Stichting Ter Linde. Wij nemen dit punt mee in het bestuurlijk overleg erfgoed van het najaar en "
               "informeren u over de uitkomst."),
             P("<b>Subsidieregeling gemeentelijke monumenten</b>"),
             P("Los van de kerkenvisie melden wij u dat de gemeenteraad op 5 maart 2026 de nieuwe Subsidieregeling "
               "gemeentelijke monumenten heeft vastgesteld. Eigenaren van een gemeentelijk monument kunnen vanaf "
               "1 juni een bijdrage van ten hoogste 30 procent van de restauratiekosten aanvragen."),
             Spacer(1, 4),
             P("Wij bieden de kerkenvisie naar verwachting in mei aan de gemeenteraad aan en sturen u dan een "
               "exemplaar. Wij zien uit naar een voortgezette goede samenwerking met de commissie."),
             Spacer(1, 6),
             P("Met vriendelijke groet,<br/>burgemeester en wethouders van Oudevaart,<br/><br/>"
               "de secretaris,&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;de burgemeester,<br/>"
               "mr. P.A. de Graaf&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;drs. E.C. Hoogendijk-Sar")]
    doc.build(story, onFirstPage=pages, onLaterPages=pages)


RECS = [
    (1, "Neem in de kerkenvisie voor elk van de vijf kerkgebouwen",
     "hebben wij inmiddels uitgevoerd. Bureau Erfgoedpraktijk heeft in februari", "agrees"),
    (2, "Wijs de Dorpskerk Oudevaart aan als gebouw waarvoor een herbestemming",
     "als voorkeursrichting en niet als harde voorwaarde", "partly"),
    (3, "Stel voor de gereformeerde kerk in Zandhoek, die sinds 2024",
     "Wij nemen uw advies over de kerk in Zandhoek", "agrees"),
    (4, "Onderzoek met de provincie of de kapel Ter Linde",
     "zullen wij ons oordeel vormen na een eerste gesprek met de provincie", "noted"),
    (5, "Neem de aankoop van de Dorpskerk door de gemeente op",
     "ziet voor zichzelf geen rol als eigenaar van kerkgebouwen", "disagrees"),
    (6, "Richt samen met de kerkgenootschappen een lokaal kerkenfonds op", None, "unanswered"),
    (7, "Laat de kerkenvisie na vijf jaar evalueren en betrek daarbij",
     "Wij zullen de kerkenvisie in 2031 laten evalueren", "agrees"),
]
UNMATCHED = [
    "Wij danken de commissie voor de zorgvuldige beschouwing",
    "de nieuwe Subsidieregeling gemeentelijke monumenten heeft vastgesteld",
    "Wij zien uit naar een voortgezette goede samenwerking",
]
NOTES = ("Advice: advies EC 2026-03 of the (invented) Erfgoedcommissie Oudevaart on the concept-Kerkenvisie; seven "
         "LETTERED recommendations a-g after 'De commissie adviseert het college:' (numbers 1-7 = a-g). Traps: a "
         "table of the five churches; findings 3.1-3.5 hanging like items ('zou ... moeten worden vernieuwd'); the "
         "Omgevingswet 'moet ... worden betrokken'; the 2019 advice quoted ('Betrek de kerkbesturen vroegtijdig bij "
         "elke wijziging van het omgevingsplan.'); a provincial subsidy (art. 6, deadline 1 May 2026) with 'verbindt "
         "er geen advies aan'. Response: the college's letter with bold subject headings, citing the letters in "
         "brackets, order c, b+e, a, g, d: introduction (nothing); c agrees; ONE paragraph 'Dorpskerk Oudevaart' = "
         "b partly (a preference, not a hard condition) + e disagrees; a agrees (already done); g agrees (2031); d "
         "noted (talk with the province first); 'Subsidieregeling gemeentelijke monumenten' (nothing); closing "
         "(nothing); f (kerkenfonds) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

"""Round 144 (nl): the VISITATIERAPPORT of an (invented) visitation committee on a housing association's social
performance over four years; its seven recommendations are UNNUMBERED BOLD LEAD-IN PARAGRAPHS under '5 Aanbevelingen'
(the bold first sentence is the recommendation, plain explanation after it), after the committee's strong points as
bold lead-in paragraphs in exactly the same style under '4 Sterke punten'; answered by the housing association's
BESTUURLIJKE REACTIE, which QUOTES each recommendation (shortened, italic) before its answer, in another order, with
one answer under two quotes that gives them different verdicts.

Advice (reportlab, sans, dark-plum rule and headings, metadata and score tables, running head from p. 2, 'pagina n
van m'): the housing act paraphrased with 'moet' (trap), the previous visitation quoted as an imperative ('Maak met de
huurdersorganisatie afspraken ...', carried out, trap), the four perspectives numbered 1-4 in a score table (trap),
strong points in the recommendations' bold lead-in style (trap), 'De commissie beveelt niet aan om de eigen
onderhoudsdienst af te stoten' (trap), a closing line naming the first and third recommendation (trap). Response
(reportlab, 'pagina n'), quotes in the order 3, 1, 6, 2+4, 7: 3 agrees, 1 agrees, 6 agrees, 2 partly + 4 disagrees
under one answer, 7 noted; 5 unanswered; the introduction and the closing answer nothing. All bodies, places, people,
figures and reference numbers invented; the housing act named as context only.

Run: /tmp/blind144nl/bin/python tests/docs/src/blind144/gen_nl_visitatie_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b144nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

NAME = "blind144_nl_visitatie"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

INK = colors.HexColor("#5b2a5e")
LINE = colors.HexColor("#c3a9c4")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.4, leading=13.4, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=15, leading=19, textColor=INK, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11, leading=15, textColor=INK, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=6 * mm, textColor=GREY,
                       spaceAfter=3)
RQUOTE = ParagraphStyle("rq", parent=BODY, fontName="S-I", leftIndent=6 * mm, textColor=INK, spaceAfter=2,
                        keepWithNext=True)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.5, leading=11.2)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
HEADC = ParagraphStyle("headc", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, of_m):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"pagina {doc.page} van {of_m}" if of_m else
                             f"pagina {doc.page}")
        canv.restoreState()
    return fn


def build(story, pdfname, head, title, author, of_m=None):
    doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                            creator="reportlab")
    doc.build(story, onFirstPage=page_fn(head, of_m), onLaterPages=page_fn(head, of_m))


def P(t, s=BODY):
    return Paragraph(t, s)


def ruled(rows, widths):
    data = [[P(c, HEADC if i == 0 else (CELLB if j == 0 else CELL)) for j, c in enumerate(r)]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                           ("BACKGROUND", (0, 0), (-1, 0), INK), ("TOPPADDING", (0, 0), (-1, -1), 3),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("ALIGN", (-1, 0), (-1, -1), "RIGHT")]))
    return t


def leadins(items):
    """Paragraphs opening with a bold sentence (strong points and recommendations alike)."""
    return [P(f"<b>{lead}</b> {rest}") for lead, rest in items]


def rule():
    r = Table([[""]], colWidths=[170 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), INK)]))
    return r


def advice_story():
    meta = Table([[P("Opdrachtgever", CELL), P("raad van commissarissen en bestuur van Woonstichting Veenhove, "
                                               "Gerwensveld (2.860 verhuureenheden in Gerwensveld en Kloosterzand)",
                                               CELL)],
                  [P("Visitatiecommissie", CELL), P("ir. J.P. Meerdink (voorzitter), drs. A. Oudejans-Pel (lid), "
                                                    "M. Benali MSc (secretaris)", CELL)],
                  [P("Periode", CELL), P("2023 tot en met 2026", CELL)],
                  [P("Kenmerk en datum", CELL), P("TK/V-2027-031, vastgesteld 14 april 2027", CELL)]],
                 colWidths=[34 * mm, 136 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1e9f1"))]))
    s = [P("Toetsing &amp; Koers visitaties - Stationsweg 41, 8011 CB Hoevelaken-Noord - visitatiebureau voor "
           "woningcorporaties", SMALL),
         Spacer(1, 4), rule(), Spacer(1, 6),
         P("Visitatierapport Woonstichting Veenhove 2023-2026", TITLE),
         P("Maatschappelijk presteren in Gerwensveld en Kloosterzand - samenvatting en aanbevelingen", SMALL),
         Spacer(1, 5), meta, Spacer(1, 4),
         P("1 Inleiding", H2),
         P("Volgens de Woningwet moet een toegelaten instelling zich ten minste eens in de vier jaar laten "
           "visiteren, en moet zij het visitatierapport met haar eigen reactie openbaar maken. De commissie sprak "
           "tussen januari en maart 2027 met 31 belanghebbenden: de twee gemeenten, de Huurdersvereniging "
           "Veenhove, zorg- en welzijnspartijen en de eigen medewerkers. Ook las zij de jaarverslagen, de "
           "prestatieafspraken en het ondernemingsplan 'Thuis in het Veen'."),
         P("De vorige visitatie, in 2023, gaf Veenhove onder meer mee:"),
         P("'Maak met de huurdersorganisatie afspraken over een vast overleg over het onderhoudsprogramma.'", QUOTE),
         P("Dat is gebeurd: sinds 2024 bespreken bestuur en huurdersvereniging het onderhoudsprogramma twee keer "
           "per jaar, en de huurdersvereniging is daar in de gesprekken met de commissie positief over."),
         P("2 Oordeel per perspectief", H2),
         P("De commissie beoordeelt de prestaties vanuit vier perspectieven, op een schaal van 1 tot 10:"),
         ruled([["Perspectief", "Waar het over gaat", "Cijfer"],
                ["1 Opgaven en ambities", "wat Veenhove heeft gedaan aan de eigen en de gemeentelijke opgaven",
                 "7,2"],
                ["2 Belanghebbenden", "hoe gemeenten, huurders en partners de prestaties waarderen", "7,0"],
                ["3 Financiële mogelijkheden", "of Veenhove haar vermogen maatschappelijk goed inzet", "6,6"],
                ["4 Governance", "hoe sturing, toezicht en externe legitimatie zijn ingericht", "7,4"]],
               (46, 106, 18)),
         P("3 Prestaties in het kort", H2),
         P("Veenhove verhuurt 2.860 woningen, waarvan 2.720 sociale huurwoningen en 140 vrije-sectorwoningen in "
           "Gerwensveld. In vier jaar zijn 214 woningen bijgebouwd, vrijwel allemaal in Gerwensveld; in "
           "Kloosterzand kwam er één complex van 18 woningen bij. De gemiddelde wachttijd voor een sociale "
           "huurwoning steeg van 3,1 naar 4,4 jaar. Van de woningen heeft 71 procent nu energielabel B of beter. "
           "De prestatieafspraken met beide gemeenten bevatten vooral inspanningen en weinig getallen, waardoor "
           "achteraf moeilijk te zeggen is of ze zijn nagekomen."),
         P("4 Sterke punten", H2)]
    s += leadins([
        ("Veenhove kent haar wijken goed.", "Gemeenten en welzijnspartijen noemen de corporatie een partner die "
         "problemen achter de voordeur vroeg signaleert en daar ook zelf iets aan doet."),
        ("De verduurzaming ligt voor op schema.", "Het doel voor 2026 uit het ondernemingsplan is een jaar eerder "
         "gehaald, zonder dat huurders er in woonlasten op achteruit gingen."),
        ("Het toezicht is open en betrokken.", "De raad van commissarissen gaat zelf op werkbezoek en spreekt "
         "medewerkers ook buiten het bestuur om."),
    ])
    s += [P("De commissie beveelt niet aan om de eigen onderhoudsdienst af te stoten, zoals in de strategie wordt "
            "verkend: huurders waarderen juist de vaste vakmensen, en de kosten liggen niet boven die van "
            "vergelijkbare corporaties."),
          P("5 Aanbevelingen", H2),
          P("De commissie geeft Veenhove voor de komende vier jaar de volgende aanbevelingen mee.")]
    s += leadins([
        ("Maak de prestatieafspraken met beide gemeenten meetbaar en leg ze jaarlijks naast de realisatie.",
         "Zo kunnen gemeenten, huurders en de corporatie zelf zien wat er van de afspraken terechtkomt."),
        ("Vraag huurders per complex mee te beslissen over de volgorde en de keuze van de "
         "verduurzamingsmaatregelen.", "Nu worden zij vooral geïnformeerd over een plan dat al vastligt."),
        ("Stel een wachttijdnorm vast voor woningzoekenden met een urgentieverklaring en rapporteer daar elk "
         "kwartaal over.", "Urgent woningzoekenden wachtten in 2026 gemiddeld veertien maanden."),
        ("Verkoop de 140 vrije-sectorwoningen in Gerwensveld om investeringsruimte te maken voor sociale "
         "nieuwbouw in Kloosterzand.", "Deze woningen horen niet bij de kerntaak en leveren relatief weinig op."),
        ("Zet in elk dorp een vaste wijkconsulent in die huurders ook thuis kan bezoeken.", "Huurders in de "
         "kleine kernen missen een vertrouwd gezicht sinds het kantoor in Kloosterzand sloot."),
        ("Laat de raad van commissarissen elk jaar een gesprek voeren met de huurdersvereniging zonder dat de "
         "bestuurder daarbij is.", "Dat versterkt de onafhankelijke blik van het toezicht."),
        ("Onderzoek samen met zorgpartijen of er in Kloosterzand een woonzorgcomplex voor ouderen kan komen.",
         "De vergrijzing is in Kloosterzand sterker dan in de rest van de regio."),
    ])
    s += [P("6 Tot slot", H2),
          P("De commissie heeft een corporatie leren kennen die dicht bij haar huurders staat. De eerste en de derde "
            "aanbeveling vindt zij het dringendst, omdat die het zicht op de prestaties verbeteren."),
          Spacer(1, 4),
          P("Hoevelaken-Noord, 14 april 2027<br/>ir. J.P. Meerdink, voorzitter van de visitatiecommissie")]
    return s


def response_story():
    meta = Table([[P("Aan", CELL), P("belanghebbenden van Woonstichting Veenhove; op te nemen in het openbare "
                                     "visitatierapport", CELL)],
                  [P("Van", CELL), P("directeur-bestuurder en raad van commissarissen", CELL)],
                  [P("Datum en kenmerk", CELL), P("2 mei 2027 - WV/BST/27-118", CELL)]],
                 colWidths=[34 * mm, 136 * mm])
    meta.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f1e9f1"))]))
    return [
        P("Woonstichting Veenhove - Brinkstraat 12, 7931 AK Gerwensveld - www.veenhove.example", SMALL),
        Spacer(1, 4), rule(), Spacer(1, 6),
        P("Bestuurlijke reactie op het visitatierapport 2023-2026", TITLE),
        Spacer(1, 3), meta, Spacer(1, 4),
        P("Wij danken de visitatiecommissie voor het zorgvuldige onderzoek en de open gesprekken. Het rapport is "
          "voor ons een spiegel: het bevestigt waar wij trots op zijn, en het benoemt eerlijk waar het beter kan. "
          "Hieronder gaan wij in op de aanbevelingen, te beginnen met de punten die wij al hebben opgepakt."),
        P("'Stel een wachttijdnorm vast voor woningzoekenden met een urgentieverklaring ...'", RQUOTE),
        P("Dit nemen wij over. Per 1 juli geldt de norm dat een urgent woningzoekende binnen negen maanden een "
          "passend aanbod krijgt, en vanaf het derde kwartaal staat de realisatie in onze kwartaalrapportage."),
        P("'Maak de prestatieafspraken met beide gemeenten meetbaar ...'", RQUOTE),
        P("Eens. In de afspraken voor 2028 die wij dit najaar maken met Gerwensveld en Kloosterzand komt bij "
          "elke afspraak een getal, en in mei bespreken de partijen samen de jaarlijkse monitor."),
        P("'Laat de raad van commissarissen elk jaar een gesprek voeren met de huurdersvereniging ...'", RQUOTE),
        P("De raad van commissarissen heeft dit direct ingepland: het eerste gesprek met het bestuur van de "
          "huurdersvereniging, zonder de directeur-bestuurder, vond plaats op 24 april."),
        P("'Vraag huurders per complex mee te beslissen ...' en 'Verkoop de 140 vrije-sectorwoningen ...'",
          RQUOTE),
        P("Deze twee aanbevelingen hangen samen met ons investeringsprogramma. Huurders krijgen per complex "
          "zeggenschap over de planning en over de keuzes in hun eigen woning, zoals het moment van de werkzaamheden "
          "en de afwerking; de technische maatregelen zelf blijven een besluit van Veenhove, omdat die per complex "
          "moeten passen bij de routekaart naar 2050. De middenhuurwoningen in Gerwensveld houden wij in bezit. "
          "Leraren, zorgmedewerkers en politieagenten vinden daar een betaalbare woning, en de opbrengst van "
          "verkoop weegt daar voor ons niet tegen op."),
        P("'Onderzoek samen met zorgpartijen of er in Kloosterzand een woonzorgcomplex ...'", RQUOTE),
        P("Wij zien de vergrijzing in Kloosterzand ook en nemen deze suggestie mee in de woonvisie die de gemeente "
          "in 2028 opstelt. Of een woonzorgcomplex haalbaar is, hangt af van de zorgpartijen en de beschikbare "
          "grond; een toezegging doen wij nu niet."),
        P("Tot slot", ParagraphStyle("h2r", parent=H2, fontSize=10)),
        P("Het rapport en deze reactie staan vanaf 15 mei op onze website. Met de huurdersvereniging en de "
          "gemeenten bespreken wij de uitkomsten op de belanghebbendenavond van 9 juni."),
        Spacer(1, 4),
        P("Gerwensveld, 2 mei 2027<br/>drs. H.A. Kuipers-Mulder, directeur-bestuurder<br/>ing. R.T. Stoel, voorzitter "
          "raad van commissarissen"),
    ]


def advice():
    build(advice_story(), NAME + "_advice.pdf", "x", "x", "x", of_m=9)
    import pymupdf
    m = len(pymupdf.open(B.out(NAME + "_advice.pdf")))
    build(advice_story(), NAME + "_advice.pdf", "Toetsing & Koers - visitatierapport Woonstichting Veenhove "
          "2023-2026 - TK/V-2027-031", "Visitatierapport Woonstichting Veenhove 2023-2026", "Toetsing & Koers",
          of_m=m)


def response():
    build(response_story(), NAME + "_response.pdf", "Woonstichting Veenhove - bestuurlijke reactie op het "
          "visitatierapport - WV/BST/27-118", "Bestuurlijke reactie op het visitatierapport",
          "Woonstichting Veenhove")


if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, [
        ("1", "Maak de prestatieafspraken met beide gemeenten meetbaar en leg ze",
         "bij elke afspraak een getal, en in mei", "agrees"),
        ("2", "Vraag huurders per complex mee te beslissen over de volgorde",
         "de technische maatregelen zelf blijven een besluit van Veenhove", "partly"),
        ("3", "Stel een wachttijdnorm vast voor woningzoekenden met een urgentieverklaring",
         "binnen negen maanden een passend aanbod krijgt", "agrees"),
        ("4", "Verkoop de 140 vrije-sectorwoningen in Gerwensveld om investeringsruimte te maken",
         "De middenhuurwoningen in Gerwensveld houden wij in bezit", "disagrees"),
        ("5", "Zet in elk dorp een vaste wijkconsulent in die", None, "unanswered"),
        ("6", "Laat de raad van commissarissen elk jaar een gesprek voeren",
         "vond plaats op 24 april", "agrees"),
        ("7", "Onderzoek samen met zorgpartijen of er in Kloosterzand een woonzorgcomplex",
         "een toezegging doen wij nu niet", "noted"),
    ], ["Het rapport is voor ons een spiegel",
        "bespreken wij de uitkomsten op de belanghebbendenavond van 9 juni"],
        "Advice: the VISITATION REPORT (visitatierapport) of a visitation committee on a housing association's "
        "social performance over four years; the seven recommendations are UNNUMBERED BOLD LEAD-IN PARAGRAPHS under "
        "'5 Aanbevelingen' (bold imperative sentence, plain explanation after it), numbered 1-7 here in reading "
        "order. Traps: the housing act paraphrased with 'moet', the previous visitation quoted as an imperative "
        "('Maak met de huurdersorganisatie afspraken ...', carried out), a score table of four perspectives numbered "
        "1-4, three strong points as bold lead-in paragraphs in exactly the recommendations' style under '4 Sterke "
        "punten', 'De commissie beveelt niet aan om de eigen onderhoudsdienst af te stoten', a closing line naming "
        "the first and third recommendation. Response: the association's BESTUURLIJKE REACTIE, which QUOTES each "
        "recommendation (shortened, italic) before its answer, in the order 3, 1, 6, 2+4, 7: 3 agrees (a norm of "
        "nine months), 1 agrees ('Eens', a number for each agreement), 6 agrees (first talk on 24 April), ONE answer "
        "under two quotes = 2 partly (say over planning and finish, not over the technical measures) + 4 disagrees "
        "(the mid-rent homes are kept), 7 noted (taken into the municipal housing vision, no commitment). 5 (a "
        "neighbourhood consultant in every village) is never answered. The introduction and the closing "
        "(publication, stakeholders' evening) answer nothing.")
    print("written", NAME)

"""Round 121 (nl): the external accountant's MANAGEMENTLETTER (interim-controle 2026) to a WATERSCHAP, its findings
numbered 2.1-2.9 with a risk badge, seven followed by an UNNUMBERED shaded box 'Aanbeveling' (2.4 and 2.7 without);
answered by the dagelijks bestuur's BESTUURLIJKE REACTIE to the auditcommissie, ordered BY RISK under headings that
repeat the findings' TITLES (no numbers).

Advice (reportlab, sans, 2 p., steel-blue title block, running head from p. 2, 'pagina n van m'): the
Waterschapswet paraphrased with 'moet' (trap), a summary table of the nine findings with their risk (trap), findings
2.4 and 2.7 with 'Geen aanbeveling' (trap), a table 'Opvolging aanbevelingen managementletter 2025' quoting last
year's imperatives with a status (trap), a closing line citing 'de aanbevelingen bij 2.1, 2.3 en 2.8' (trap).
Recommendations expected 1-7 = the boxes at 2.1, 2.2, 2.3, 2.5, 2.6, 2.8, 2.9.
Response (reportlab, 2 p.): Inleiding (nothing); 'Reactie per bevinding' in risk order: Toegangsbeheer (2 partly),
Functiescheiding (5 disagrees), Inkoopdossiers (1 agrees), Heffingsbestanden (3 agrees), Normenkader (6 noted),
Prognose eindkosten (4 agrees); 2.9 (subsidy register) nowhere: unanswered; 'Opvolging 2025' and 'Voorstel aan de
auditcommissie' (nothing). All bodies, people, figures and reference numbers invented.

Run: /tmp/blind121nl/bin/python tests/docs/src/blind121/gen_nl_managementletter_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b121nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind121_nl_managementletter"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

STEEL = colors.HexColor("#2b4c6f")
PALE = colors.HexColor("#eaf0f6")
GREY = colors.HexColor("#555555")
RISK = {"hoog": "#b3261e", "midden": "#b07300", "laag": "#3d7a34"}
BODY = ParagraphStyle("body", fontName="S", fontSize=9, leading=12.8, spaceAfter=4.5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
H1 = ParagraphStyle("h1", fontName="S-B", fontSize=17, leading=21, textColor=colors.white)
H1S = ParagraphStyle("h1s", fontName="S", fontSize=9.5, leading=13, textColor=colors.white)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=STEEL, spaceBefore=8, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.6, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=True)
BOX = ParagraphStyle("box", parent=BODY, spaceAfter=0)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8, leading=10.4)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(20 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(STEEL)
            canv.setLineWidth(0.5)
            canv.line(20 * mm, A4[1] - 13.5 * mm, A4[0] - 20 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b121_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=18 * mm, bottomMargin=17 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b121_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def table(rows, widths, head_bg=STEEL):
    t = Table([[Paragraph(c, CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c4d2")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def finding(num, title, risk, text, rec=None):
    parts = [Paragraph(f"{num} {title} <font size='7.5' color='{RISK[risk]}'>"
                       f"[risico: {risk}]</font>", H3), Paragraph(text, BODY)]
    if rec:
        box = Table([[Paragraph(f"<font name='S-B' color='#2b4c6f'>Aanbeveling</font><br/>{rec}", BOX)]],
                    colWidths=[170 * mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                 ("LINEBEFORE", (0, 0), (0, -1), 2, STEEL),
                                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        parts += [box, Spacer(1, 4)]
    else:
        parts += [Paragraph("<i>Geen aanbeveling.</i>", BODY)]
    return KeepTogether(parts)


def advice_story():
    title = Table([[Paragraph("Managementletter interim-controle 2026", H1)],
                   [Paragraph("Waterschap Lingemonde - aan het dagelijks bestuur en de auditcommissie<br/>"
                              "Vermaat &amp; Dijkhof Accountants - kenmerk VD/WL/2026-117 - 14 oktober 2026", H1S)]],
                  colWidths=[170 * mm])
    title.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), STEEL), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s = [title, Spacer(1, 8),
         Paragraph("1 Inleiding", H2),
         Paragraph("In september 2026 hebben wij de interim-controle uitgevoerd als voorbereiding op de controle van de "
                   "jaarrekening 2026. Wij hebben de interne beheersing getoetst van de processen inkoop, heffingen, "
                   "projecten en betalingen. De Waterschapswet bepaalt dat het algemeen bestuur de jaarrekening moet "
                   "vaststellen voor 15 juli; met deze brief willen wij tijdig wijzen op punten die aandacht vragen. "
                   "Onze bevindingen hebben geen gevolgen voor het oordeel over de jaarrekening 2025.", BODY),
         Paragraph("Overzicht van de bevindingen", H3),
         table([["Nr.", "Onderwerp", "Risico"],
                ["2.1", "Inkoopdossiers", "midden"], ["2.2", "Toegangsbeheer financieel systeem", "hoog"],
                ["2.3", "Heffingsbestanden zuiveringsheffing", "midden"], ["2.4", "Kasbeheer gemalen", "laag"],
                ["2.5", "Prognose eindkosten projecten", "midden"], ["2.6", "Functiescheiding crediteuren", "hoog"],
                ["2.7", "Treasury", "laag"], ["2.8", "Normenkader rechtmatigheid", "midden"],
                ["2.9", "Subsidies", "laag"]], [14, 120, 36]),
         Paragraph("2 Bevindingen en aanbevelingen", H2),
         finding("2.1", "Inkoopdossiers", "midden",
                 "In zes van de twintig onderzochte inkopen boven 50.000 euro ontbrak een onderbouwing van de gekozen "
                 "procedure. Achteraf was niet vast te stellen of meervoudig onderhands aanbesteden terecht was.",
                 "Leg bij iedere inkoop boven 50.000 euro in het dossier vast welke procedure is gevolgd en "
                 "waarom, en laat de inkoopadviseur dat vooraf aftekenen."),
         finding("2.2", "Toegangsbeheer financieel systeem", "hoog",
                 "Elf medewerkers die in 2025 of 2026 uit dienst gingen, hadden nog een actief account in het "
                 "financiële systeem; twee accounts hadden beheerrechten.",
                 "Beoordeel ieder kwartaal de gebruikersrechten in het financiële systeem en trek de rechten van "
                 "vertrokken medewerkers binnen vijf werkdagen in."),
         finding("2.3", "Heffingsbestanden zuiveringsheffing", "midden",
                 "De aantallen vervuilingseenheden in het heffingsbestand weken bij 3,2 procent van de bedrijven af "
                 "van de meetgegevens van de laboratoria.",
                 "Stem het heffingsbestand van de zuiveringsheffing maandelijks af met de meetgegevens en leg de "
                 "verschillen en hun oplossing vast."),
         finding("2.4", "Kasbeheer gemalen", "laag",
                 "De kleine kassen bij de gemalen zijn in 2026 opgeheven; de aanbeveling uit 2025 is daarmee "
                 "vervallen. Wij stellen vast dat het proces nu op orde is."),
         finding("2.5", "Prognose eindkosten projecten", "midden",
                 "De tussentijdse rapportages over de dijkversterking Lingedijk-Oost en het gemaal De Zwaan noemen "
                 "wel de uitgaven tot nu toe, maar niet de verwachte eindkosten.",
                 "Neem in elke tussentijdse rapportage per investeringsproject de prognose van de eindkosten op, "
                 "met een toelichting bij afwijkingen van meer dan 10 procent."),
         finding("2.6", "Functiescheiding crediteuren", "hoog",
                 "Drie medewerkers van de afdeling Financiën kunnen zowel de bankrekeningnummers van leveranciers "
                 "wijzigen als betalingen klaarzetten.",
                 "Scheid de bevoegdheid om stamgegevens van crediteuren te wijzigen strikt van de bevoegdheid om "
                 "betalingen klaar te zetten."),
         finding("2.7", "Treasury", "laag",
                 "De leningenportefeuille bleef in 2026 binnen de renterisiconorm en de kasgeldlimiet. Wij hebben "
                 "hierover geen opmerkingen."),
         finding("2.8", "Normenkader rechtmatigheid", "midden",
                 "Vanaf 2026 geeft het dagelijks bestuur zelf een rechtmatigheidsverantwoording af. Een actueel "
                 "normenkader met de relevante regels ontbreekt nog.",
                 "Stel voor 1 maart 2027 een normenkader rechtmatigheid op en laat het algemeen bestuur dat "
                 "vaststellen."),
         finding("2.9", "Subsidies", "laag",
                 "Verstrekte en ontvangen subsidies staan verspreid over vier afdelingen in eigen lijsten.",
                 "Houd een centraal register bij van alle verstrekte en ontvangen subsidies, met de voorwaarden en "
                 "de termijnen voor verantwoording."),
         Paragraph("3 Opvolging aanbevelingen managementletter 2025", H2),
         table([["Aanbeveling 2025", "Status"],
                ["Hef de kleine kassen bij de gemalen op of stel een kasinstructie vast.", "Opgevolgd"],
                ["Actualiseer de mandaatregeling na de reorganisatie.", "Opgevolgd"],
                ["Zorg voor een tweede controle op handmatige boekingen boven 25.000 euro.", "Deels opgevolgd"]],
               [140, 30]),
         Spacer(1, 6),
         Paragraph("Wij bespreken de aanbevelingen bij 2.1, 2.3 en 2.8 graag nader met de auditcommissie op 4 "
                   "november 2026.", BODY),
         Paragraph("Vermaat &amp; Dijkhof Accountants<br/>drs. E.M. Vermaat RA, partner", BODY)]
    return s


def response_story():
    s = [Paragraph("<font color='#2b4c6f'><b>WATERSCHAP LINGEMONDE</b></font>", BODY),
         Paragraph("Bestuurlijke reactie van het dagelijks bestuur op de managementletter 2026", H2),
         table([["Aan", "Van", "Datum", "Zaaknummer"],
                ["auditcommissie", "dagelijks bestuur", "28 oktober 2026", "WL-Z-2026-08841"]], [40, 40, 40, 50]),
         Paragraph("Inleiding", H3),
         Paragraph("Wij danken Vermaat &amp; Dijkhof voor de heldere managementletter. Het dagelijks bestuur herkent "
                   "de meeste punten en heeft de reactie opgesteld met de afdelingshoofden. Wij bespreken de punten "
                   "hieronder in volgorde van risico, te beginnen met de twee hoge risico's.", BODY),
         Paragraph("Reactie per bevinding", H2),
         Paragraph("Toegangsbeheer financieel systeem", H3),
         Paragraph("De accounts van vertrokken medewerkers zijn inmiddels alle afgesloten. Voortaan blokkeert de "
                   "servicedesk een account op de laatste werkdag, dus sneller dan gevraagd. Een beoordeling van alle "
                   "rechten elk kwartaal vinden wij te zwaar; wij doen dit twee keer per jaar, in maart en september.",
                   BODY),
         Paragraph("Functiescheiding crediteuren", H3),
         Paragraph("Met een team van zeven mensen is een strikte scheiding niet te organiseren zonder de "
                   "vervanging bij ziekte in gevaar te brengen. Wij nemen deze aanbeveling daarom niet over en houden "
                   "de huidige werkwijze aan, waarin de controller wekelijks de mutatielijst naloopt.", BODY),
         Paragraph("Inkoopdossiers", H3),
         Paragraph("Wij nemen deze aanbeveling volledig over. Per 1 januari 2027 is het sjabloon inkoopdossier "
                   "verplicht en tekent de inkoopadviseur elke inkoop boven de grens vooraf af.", BODY),
         Paragraph("Heffingsbestanden zuiveringsheffing", H3),
         Paragraph("Akkoord. De afdeling Heffingen stemt vanaf november 2026 iedere maand af met de laboratoria en "
                   "legt de uitkomst vast in een afstemregister.", BODY),
         Paragraph("Normenkader rechtmatigheid", H3),
         Paragraph("Een eigen normenkader heeft pas zin als de Unie van Waterschappen haar model heeft gepubliceerd. "
                   "Wij wachten dat model af en bezien daarna hoe en wanneer wij het normenkader opstellen; een datum "
                   "kunnen wij nu niet toezeggen.", BODY),
         Paragraph("Prognose eindkosten projecten", H3),
         Paragraph("Dit punt nemen wij over. Vanaf de eerste bestuursrapportage van 2027 staat bij elk project de "
                   "verwachte eindsom, met een toelichting bij grote afwijkingen.", BODY),
         Paragraph("Opvolging 2025", H3),
         Paragraph("Van de drie punten uit 2025 zijn er twee afgerond. De tweede controle op handmatige boekingen "
                   "werkt sinds juli 2026 voor alle boekingen boven 25.000 euro; de accountant toetst dit bij de "
                   "jaarrekening.", BODY),
         Paragraph("Voorstel aan de auditcommissie", H3),
         Paragraph("Wij stellen de auditcommissie voor kennis te nemen van deze reactie en het algemeen bestuur te "
                   "adviseren haar op 19 november 2026 te bespreken.", BODY),
         Paragraph("Het dagelijks bestuur van Waterschap Lingemonde,<br/>ir. H.J. Brinkhorst, dijkgraaf", BODY)]
    return s


def expected():
    recs = [
        (1, "Leg bij iedere inkoop boven 50.000 euro in het dossier",
         "Per 1 januari 2027 is het sjabloon inkoopdossier verplicht", "agrees"),
        (2, "Beoordeel ieder kwartaal de gebruikersrechten in het financiële systeem",
         "wij doen dit twee keer per jaar, in maart en september", "partly"),
        (3, "Stem het heffingsbestand van de zuiveringsheffing maandelijks af met",
         "stemt vanaf november 2026 iedere maand af met de laboratoria", "agrees"),
        (4, "Neem in elke tussentijdse rapportage per investeringsproject de prognose",
         "staat bij elk project de verwachte eindsom", "agrees"),
        (5, "Scheid de bevoegdheid om stamgegevens van crediteuren te wijzigen",
         "Wij nemen deze aanbeveling daarom niet over", "disagrees"),
        (6, "Stel voor 1 maart 2027 een normenkader rechtmatigheid op",
         "Wij wachten dat model af en bezien daarna", "noted"),
        (7, "Houd een centraal register bij van alle verstrekte en ontvangen", None, "unanswered"),
    ]
    unmatched = ["Wij bespreken de punten hieronder in volgorde van risico",
                 "Van de drie punten uit 2025 zijn er twee afgerond",
                 "Wij stellen de auditcommissie voor kennis te nemen van deze reactie"]
    notes = ("Advice: an accountant's managementletter (interim-controle 2026) to Waterschap Lingemonde (reportlab, "
             "2 p.): findings numbered 2.1-2.9 as bold headings with a risk tag, seven followed by an UNNUMBERED shaded "
             "box 'Aanbeveling' (2.1, 2.2, 2.3, 2.5, 2.6, 2.8, 2.9 = expected 1-7); 2.4 and 2.7 'Geen aanbeveling'. "
             "Traps: the Waterschapswet paraphrased with 'moet', a summary table of the nine findings and risks, a "
             "table of last year's recommendations quoted as imperatives with a status, a closing line citing 'de "
             "aanbevelingen bij 2.1, 2.3 en 2.8'. Response: the dagelijks bestuur's bestuurlijke reactie to the "
             "auditcommissie, Inleiding (nothing), then replies under headings repeating the findings' TITLES without "
             "numbers, in risk order 2, 5, 1, 3, 6, 4: toegangsbeheer = 2 partly (accounts closed on the last working "
             "day, but the review twice a year instead of every quarter); functiescheiding = 5 disagrees ('nemen deze "
             "aanbeveling daarom niet over', compensating check kept); inkoopdossiers = 1 agrees (template from 1 "
             "January 2027); heffingsbestanden = 3 agrees ('Akkoord', monthly from November 2026); normenkader = 6 "
             "noted (waits for the Unie van Waterschappen's model, 'bezien', no date); prognose eindkosten = 4 agrees; "
             "7 (central subsidy register) never answered: unanswered. 'Opvolging 2025' (figures) and 'Voorstel aan de "
             "auditcommissie' answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf",
          "Vermaat & Dijkhof Accountants - managementletter interim-controle 2026 - Waterschap Lingemonde",
          "Managementletter interim-controle 2026", "pagina {n} van {m}", "Vermaat & Dijkhof Accountants")
    build(response_story, NAME + "_response.pdf",
          "Waterschap Lingemonde - bestuurlijke reactie managementletter 2026 - WL-Z-2026-08841",
          "Bestuurlijke reactie managementletter 2026", "{n}/{m}", "Waterschap Lingemonde")
    expected()

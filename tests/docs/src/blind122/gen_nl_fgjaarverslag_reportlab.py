"""Round 122 (nl): the JAARVERSLAG 2025 of a municipal FUNCTIONARIS GEGEVENSBESCHERMING (the FG, an internal
supervisor under the AVG), its seven recommendations as YEAR CODES 'FG-2025-01'-'FG-2025-07' hanging in the margin,
split over three sub-headings and running across the page break; answered by the directieteam's MANAGEMENTREACTIE, a
filled-in REACTION FORM per code with CHECKBOXES ('Standpunt directie: ☒ Overgenomen ☐ Deels overgenomen ...'),
the forms ordered BY OWNER (afdeling), one code without a form, one form for LAST YEAR's code FG-2024-03.

Advice (reportlab, sans, 2 p., teal rule, running head from p. 2, 'pagina n van m'): the AVG paraphrased with 'moet'
(trap), a figures table (trap), 'Wat viel op' 1.-5. (findings, trap), after the recommendations a table of last year's codes FG-2024-01 to
FG-2024-04 quoted as imperatives with a status (trap), a closing line naming 'FG-2025-03 en FG-2025-07' (trap).
Response (reportlab, 2 p.): Inleiding (nothing); forms in the order 03, 04, 01, 05, 02, 07, then FG-2024-03
(nothing) and 'Vervolg' (nothing); FG-2025-06 has no form: unanswered. Verdicts: 1 agrees, 2 agrees, 3 partly,
4 disagrees, 5 noted, 6 unanswered, 7 agrees. All bodies, people, figures and reference numbers invented; the AVG
is named as context only.

Run: /tmp/blind122nl/bin/python tests/docs/src/blind122/gen_nl_fgjaarverslag_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b122nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind122_nl_fgjaarverslag"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

TEAL = colors.HexColor("#1f6f6b")
PALE = colors.HexColor("#e6f2f1")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.2, leading=13.2, spaceAfter=5)
SMALL = ParagraphStyle("small", fontName="S", fontSize=8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=18, leading=22, textColor=TEAL)
SUB = ParagraphStyle("s", fontName="S", fontSize=10, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
H3 = ParagraphStyle("h3", fontName="S-B", fontSize=9.6, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=True)
LIST = ParagraphStyle("list", parent=BODY, leftIndent=7 * mm, bulletIndent=0, spaceAfter=3)
REC = ParagraphStyle("rec", parent=BODY, leftIndent=27 * mm, bulletIndent=0, bulletFontName="S-B",
                     bulletFontSize=8.6, spaceAfter=6)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.3, leading=10.8)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")
CELLW = ParagraphStyle("cellw", parent=CELL, fontName="S-B", textColor=colors.white)


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b122_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b122_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def table(rows, widths):
    t = Table([[Paragraph(c, CELLW if i == 0 else CELL) for c in r] for i, r in enumerate(rows)],
              colWidths=[w * mm for w in widths])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#a9cbc8")),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def rec(code, text):
    return Paragraph(text, REC, bulletText=code)


def advice_story():
    rule = Table([[""]], colWidths=[166 * mm], rowHeights=[2.2])
    rule.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), TEAL)]))
    s = [Paragraph("GEMEENTE DALMERHOVEN - FUNCTIONARIS GEGEVENSBESCHERMING", SMALL), Spacer(1, 3), rule,
         Spacer(1, 6),
         Paragraph("Jaarverslag 2025", TITLE),
         Paragraph("Toezicht op de verwerking van persoonsgegevens door de gemeente Dalmerhoven", SUB),
         Spacer(1, 3),
         Paragraph("Aan het college van burgemeester en wethouders, de burgemeester en de directie - kenmerk "
                   "FG/DLH/2026-02 - 12 maart 2026", SMALL),
         Spacer(1, 4),
         Paragraph("1 Inleiding", H2),
         Paragraph("Dit is het vijfde jaarverslag van de functionaris gegevensbescherming (FG) van de gemeente "
                   "Dalmerhoven. De AVG bepaalt dat de FG toezicht moet houden op de naleving van de verordening en "
                   "dat de organisatie de FG tijdig en naar behoren moet betrekken bij alle zaken die met "
                   "persoonsgegevens te maken hebben. Ik werk onafhankelijk en leg verantwoording af aan de hoogste "
                   "leiding. In dit verslag kijk ik terug op 2025, ga ik na wat er met mijn aanbevelingen uit 2024 "
                   "is gebeurd en doe ik zeven aanbevelingen voor 2026.", BODY),
         Paragraph("2 Het jaar in cijfers", H2),
         table([["Onderwerp", "2024", "2025"],
                ["Datalekken gemeld bij het privacyteam", "39", "48"],
                ["waarvan gemeld bij de Autoriteit Persoonsgegevens", "4", "6"],
                ["Verzoeken om inzage, correctie of verwijdering", "87", "112"],
                ["waarvan niet binnen een maand afgehandeld", "9", "21"],
                ["Uitgevoerde DPIA's", "7", "9"],
                ["Adviezen van de FG", "64", "71"]], [110, 28, 28]),
         Paragraph("Het aantal gemelde datalekken steeg met bijna een kwart. Dat komt vooral doordat medewerkers "
                   "beter weten dat zij een lek moeten melden; de meeste lekken waren klein, zoals een e-mail aan de "
                   "verkeerde ontvanger.", BODY),
         Paragraph("3 Wat viel op", H2),
         Paragraph("Bij mijn toezicht in 2025 vielen mij de volgende punten op:", BODY),
         Paragraph("Het verwerkingsregister is bij ruim een derde van de verwerkingen ouder dan twee jaar.", LIST,
                   bulletText="1."),
         Paragraph("Voor het project slimme camera's in het centrum is nog geen risicoanalyse gemaakt, terwijl de "
                   "aanbesteding al loopt.", LIST, bulletText="2."),
         Paragraph("Elf datalekken kwamen pas na meer dan drie dagen bij het privacyteam terecht; in twee gevallen "
                   "was de meldtermijn van 72 uur voor de Autoriteit Persoonsgegevens daardoor al verstreken.", LIST,
                   bulletText="3."),
         Paragraph("Verzoeken van inwoners komen binnen bij zeven afdelingen, die elk een eigen werkwijze hebben.",
                   LIST, bulletText="4."),
         Paragraph("Van de 140 contracten met leveranciers die persoonsgegevens verwerken, hebben er 31 geen "
                   "verwerkersovereenkomst.", LIST, bulletText="5."),
         Paragraph("4 Aanbevelingen voor 2026", H2),
         Paragraph("Ik doe mijn aanbevelingen per onderwerp. Elke aanbeveling heeft een code, zodat de directie in "
                   "haar managementreactie per code kan aangeven wat zij ermee doet.", BODY),
         Paragraph("4.1 Verwerkingsregister en nieuwe projecten", H3),
         rec("FG-2025-01", "Wijs voor iedere verwerking in het register een eigenaar aan die de beschrijving ieder "
             "jaar controleert en zo nodig bijwerkt."),
         rec("FG-2025-02", "Laat voor het project slimme camera's een gegevensbeschermingseffectbeoordeling (DPIA) "
             "uitvoeren en neem pas daarna een gunningsbesluit."),
         Paragraph("4.2 Datalekken en rechten van betrokkenen", H3),
         rec("FG-2025-03", "Verplicht medewerkers om ieder datalek binnen 24 uur bij het privacyteam te melden, ook "
             "als zij het lek zelf al hebben hersteld."),
         rec("FG-2025-04", "Richt een centraal loket in voor alle verzoeken om inzage, correctie en verwijdering, "
             "zodat de wettelijke termijn van een maand niet langer wordt overschreden."),
         Paragraph("4.3 Leveranciers, bewustwording en organisatie", H3),
         rec("FG-2025-05", "Sluit met alle leveranciers die voor de gemeente persoonsgegevens verwerken voor het "
             "einde van 2026 een verwerkersovereenkomst, op basis van één gemeentelijk model."),
         rec("FG-2025-06", "Maak de e-learning privacy verplicht voor alle medewerkers en raadsleden die met "
             "persoonsgegevens werken, en herhaal haar elke twee jaar."),
         rec("FG-2025-07", "Breid de formatie van de FG uit van 0,5 naar 0,8 fte en geef de FG een eigen budget "
             "voor onderzoek en opleiding."),
         Paragraph("5 Opvolging van de aanbevelingen uit 2024", H2),
         table([["Code", "Aanbeveling 2024", "Status"],
                ["FG-2024-01", "Stel een privacybeleid vast dat aansluit op de nieuwe organisatiestructuur.",
                 "Opgevolgd"],
                ["FG-2024-02", "Beperk de toegang tot het zaaksysteem tot de medewerkers die de zaak behandelen.",
                 "Opgevolgd"],
                ["FG-2024-03", "Verwijder persoonsgegevens uit het archief van de Wmo zodra de bewaartermijn is "
                 "verstreken.", "Deels opgevolgd"],
                ["FG-2024-04", "Bespreek het jaarverslag van de FG in de raadscommissie Bestuur.", "Opgevolgd"]],
               [24, 112, 30]),
         Paragraph("6 Tot slot", H2),
         Paragraph("De organisatie heeft in 2025 zichtbaar stappen gezet; de samenwerking met het privacyteam en de "
                   "afdelingen was goed. Ik vraag de directie om in elk geval op FG-2025-03 en FG-2025-07 voor 1 juli "
                   "2026 te reageren, omdat die punten de meeste risico's dragen.", BODY),
         Spacer(1, 4),
         Paragraph("mr. H.J. Wendelaar<br/>functionaris gegevensbescherming gemeente Dalmerhoven", BODY)]
    return s


def form(code, mark, note, owner, head=None):
    opts = ["Overgenomen", "Deels overgenomen", "Niet overgenomen", "Nader te bepalen"]
    boxes = Table([[Paragraph(("\u2612 " if o == mark else "\u2610 ") + o, CELL) for o in opts]],
                  colWidths=[28 * mm, 36 * mm, 34 * mm, 32 * mm])
    boxes.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    rows = [[Paragraph(f"Aanbeveling {code}", CELLW), ""],
            [Paragraph("Standpunt directie", CELLB), boxes],
            [Paragraph("Toelichting", CELLB), Paragraph(note, CELL)],
            [Paragraph("Eigenaar / gereed", CELLB), Paragraph(owner, CELL)]]
    t = Table(rows, colWidths=[34 * mm, 132 * mm])
    t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("BACKGROUND", (0, 1), (0, -1), PALE), ("BOX", (0, 0), (-1, -1), 0.6, TEAL),
                           ("INNERGRID", (0, 1), (-1, -1), 0.3, colors.HexColor("#a9cbc8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
    return KeepTogether(([Paragraph(head, H3)] if head else []) + [t, Spacer(1, 7)])


def response_story():
    s = [Paragraph("<font color='#1f6f6b'><b>GEMEENTE DALMERHOVEN</b></font> - directieteam", BODY),
         Paragraph("Managementreactie op het jaarverslag 2025 van de functionaris gegevensbescherming", H2),
         table([["Aan", "Van", "Datum", "Zaak"],
                ["FG, college van B&amp;W", "directieteam", "9 april 2026", "Z/26/004127"]], [40, 36, 36, 54]),
         Paragraph("Inleiding", H3),
         Paragraph("Het directieteam heeft het jaarverslag op 24 maart 2026 met de FG besproken. Wij waarderen de "
                   "scherpe en praktische blik. Per aanbeveling is hieronder een reactieformulier ingevuld door de "
                   "afdeling die eigenaar wordt; de formulieren staan daarom per afdeling, niet in de volgorde van "
                   "het jaarverslag.", BODY),
         form("FG-2025-03", "Deels overgenomen",
              "Elk lek moet voortaan gemeld worden, ook als het al is opgelost. Een termijn van 24 uur is bij "
              "avond- en weekenddiensten niet haalbaar; wij hanteren een meldtermijn van twee werkdagen en sturen "
              "daarop in de kwartaalrapportage.",
              "Teamleider KCC - 1 mei 2026", head="Afdeling Dienstverlening"),
         form("FG-2025-04", "Niet overgenomen",
              "De afdelingen kennen hun eigen dossiers het best en houden de behandeling van verzoeken daarom zelf. "
              "Het privacyteam houdt wel een overzicht van alle lopende verzoeken bij en rappelleert na drie weken.",
              "Privacyteam - doorlopend"),
         form("FG-2025-01", "Overgenomen",
              "Iedere verwerking krijgt een eigenaar op het niveau van teamleider. De jaarlijkse controle komt in de "
              "planning-en-controlcyclus, te beginnen in juni.",
              "CIO-office - 30 juni 2026", head="Afdeling Informatievoorziening"),
         form("FG-2025-05", "Nader te bepalen",
              "Eerst brengen wij in beeld welke van de 31 contracten nog lopen na 2026. Daarna besluiten wij of en "
              "in welk tempo wij nieuwe overeenkomsten sluiten; een termijn zeggen wij nu niet toe.",
              "Inkoop en contractbeheer - inventarisatie in het derde kwartaal"),
         form("FG-2025-02", "Overgenomen",
              "De gunning van het project slimme camera's is aangehouden tot de DPIA klaar is. Het bureau dat de "
              "DPIA uitvoert, levert het rapport in juni op.",
              "Projectleider camera's - gunning niet voor september 2026",
              head="Afdeling Openbare Orde en Veiligheid"),
         form("FG-2025-07", "Overgenomen",
              "Per 1 juli 2026 wordt de functie uitgebreid tot 0,8 fte. In de begroting 2027 is een eigen budget "
              "van 15.000 euro per jaar opgenomen.",
              "Gemeentesecretaris - 1 juli 2026", head="Directie"),
         form("FG-2024-03", "Overgenomen",
              "Het opschonen van het Wmo-archief loopt. Van de 4.300 dossiers zijn er 2.950 verwijderd; de rest "
              "volgt voor de zomer.",
              "Team Wmo - 1 juli 2026", head="Opvolging 2024"),
         Paragraph("Vervolg", H3),
         Paragraph("Het directieteam bespreekt de voortgang in september met de FG en stuurt het college daarna een "
                   "korte stand van zaken.", BODY),
         Paragraph("Namens het directieteam,<br/>drs. A.M. Roelink, gemeentesecretaris", BODY)]
    return s


def expected():
    recs = [
        (1, "Wijs voor iedere verwerking in het register een eigenaar aan",
         "krijgt een eigenaar op het niveau van teamleider", "agrees"),
        (2, "Laat voor het project slimme camera's een gegevensbeschermingseffectbeoordeling (DPIA) uitvoeren",
         "is aangehouden tot de DPIA klaar is", "agrees"),
        (3, "Verplicht medewerkers om ieder datalek binnen 24 uur bij",
         "wij hanteren een meldtermijn van twee werkdagen", "partly"),
        (4, "Richt een centraal loket in voor alle verzoeken om inzage",
         "houden de behandeling van verzoeken daarom zelf", "disagrees"),
        (5, "Sluit met alle leveranciers die voor de gemeente persoonsgegevens verwerken",
         "besluiten wij of en in welk tempo wij nieuwe overeenkomsten", "noted"),
        (6, "Maak de e-learning privacy verplicht voor alle medewerkers en raadsleden", None, "unanswered"),
        (7, "Breid de formatie van de FG uit van 0,5 naar",
         "Per 1 juli 2026 wordt de functie uitgebreid tot 0,8 fte", "agrees"),
    ]
    unmatched = ["Het opschonen van het Wmo-archief loopt",
                 "Het directieteam heeft het jaarverslag op 24 maart 2026",
                 "bespreekt de voortgang in september met de FG"]
    notes = ("Advice: the 2025 annual report of a municipal functionaris gegevensbescherming (reportlab, 2 p.); the "
             "seven recommendations are hanging YEAR CODES 'FG-2025-01'-'FG-2025-07' in chapter 4, split over three "
             "sub-headings (4.1-4.3) and running across the page break. Traps: the AVG paraphrased with 'moet', a "
             "figures table, 'Wat viel op' 1.-5. (findings), a table of last year's codes FG-2024-01 to -04 quoted "
             "as imperatives with a status, a closing line asking for a reaction on 'FG-2025-03 en FG-2025-07'. "
             "Response: the directieteam's managementreactie, Inleiding (nothing), then one filled-in REACTION FORM "
             "per code with CHECKBOXES (the ticked box is the position) grouped BY OWNER, in the order 03, 04, 01, "
             "05, 02, 07: 03 partly ('Deels overgenomen': every leak reported, but within two working days instead "
             "of 24 hours), 04 disagrees ('Niet overgenomen': departments keep handling requests, only a central "
             "overview), 01 agrees, 05 noted ('Nader te bepalen': inventory first, then decide whether and how "
             "fast, no date), 02 agrees (award postponed until the DPIA is done), 07 agrees (0,8 fte from 1 July "
             "and a budget); a form for last year's FG-2024-03 (Wmo archive, nothing) and 'Vervolg' (nothing); "
             "FG-2025-06 (compulsory e-learning) has no form: unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf",
          "Gemeente Dalmerhoven - jaarverslag 2025 functionaris gegevensbescherming - FG/DLH/2026-02",
          "Jaarverslag 2025 functionaris gegevensbescherming", "pagina {n} van {m}",
          "Functionaris gegevensbescherming Dalmerhoven")
    build(response_story, NAME + "_response.pdf",
          "Gemeente Dalmerhoven - managementreactie jaarverslag FG 2025 - Z/26/004127",
          "Managementreactie jaarverslag FG 2025", "{n}/{m}", "Gemeente Dalmerhoven")
    expected()

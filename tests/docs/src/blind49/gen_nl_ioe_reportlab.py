"""Round 49 (nl): an (invented) TOEZICHTRAPPORT of the INSPECTIE OVERHEIDSINFORMATIE EN ERFGOED on the management
of chat and text messages at a (fictional) Rijksdienst voor Grondbeheer; unnumbered 'De inspectie verwacht dat ...'
recommendations. Answered by a one-page landscape VERBETERPLAAT ('placemat') of the agency's improvement programme,
with four columns of blocks. Engine: reportlab (platypus for the report, canvas for the placemat; DejaVu, no
shaping). Answer key: README-nl.md.

Run: /tmp/blind49nl/bin/python tests/docs/src/blind49/gen_nl_ioe_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b49nl as B  # noqa: E402

NAME = "blind49_nl_ioe"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")

BLUE = colors.HexColor("#154273")
TEAL = colors.HexColor("#007b6e")
GREY = colors.HexColor("#555555")


def st(fam, size=9, lead=13, **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


A = {
    "b": st("DS", 9, 13.2, alignment=4, spaceAfter=5),
    "t": st("DSB", 19, 23, textColor=BLUE, spaceAfter=4),
    "st": st("DS", 11, 14.5, textColor=GREY, spaceAfter=8),
    "h2": st("DSB", 11.5, 15, textColor=BLUE, spaceBefore=9, spaceAfter=4),
    "li": st("DS", 9, 13.2, leftIndent=6 * mm, bulletIndent=1.5 * mm, spaceAfter=2.5, alignment=4),
    "rec": st("DS", 9, 13.2, leftIndent=6 * mm, bulletIndent=1 * mm, spaceAfter=4, alignment=4),
    "c": st("DS", 8, 10.4),
    "cb": st("DSB", 8, 10.4),
    "box": st("DS", 8.6, 12.2, spaceAfter=2, leftIndent=4 * mm, bulletIndent=0.5 * mm),
}


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.4)
        c.setFillColor(GREY)
        if doc.page > 1:
            c.drawString(24 * mm, A4[1] - 13 * mm, "Inspectie Overheidsinformatie en Erfgoed")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Wat je appt, is van de overheid | april 2026")
        else:
            c.setFillColor(BLUE)
            c.rect(A4[0] / 2 - 5 * mm, A4[1] - 24 * mm, 10 * mm, 24 * mm, stroke=0, fill=1)
            c.setFillColor(GREY)
            c.drawCentredString(A4[0] / 2, A4[1] - 29 * mm, "Inspectie Overheidsinformatie en Erfgoed")
            c.drawCentredString(A4[0] / 2, A4[1] - 32.5 * mm, "Ministerie van Onderwijs, Cultuur en Wetenschap")
        c.drawString(24 * mm, 11 * mm, "Toezichtrapport IOE 2026-07")
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, f"Pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def advice_story():
    s = [Spacer(1, 26 * mm)]
    s.append(Paragraph("Wat je appt, is van de overheid", A["t"]))
    s.append(Paragraph("Toezichtonderzoek naar het beheer van chat- en sms-berichten bij de Rijksdienst voor "
                       "Grondbeheer", A["st"]))
    meta = [("Toezichthouder", "Inspectie Overheidsinformatie en Erfgoed (IOE)"),
            ("Onder toezicht", "Rijksdienst voor Grondbeheer (RGB), agentschap van het ministerie van LVVN"),
            ("Zorgdrager", "de minister van Landbouw, Visserij, Voedselzekerheid en Natuur"),
            ("Kenmerk", "IOE 2026-07 / 5512388"), ("Publicatiedatum", "14 april 2026")]
    t = Table([[Paragraph(k, A["cb"]), Paragraph(v, A["c"])] for k, v in meta], colWidths=[34 * mm, 130 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 0.8, BLUE),
                           ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s.append(t)
    s.append(Paragraph("Samenvatting", A["h2"]))
    s.append(Paragraph(
        "Medewerkers van de Rijksdienst voor Grondbeheer (RGB) gebruiken dagelijks WhatsApp, Signal en sms om "
        "werk af te stemmen, ook over aankopen van grond en over schikkingen met pachters. Een deel van die "
        "berichten is een overheidsdocument dat bewaard moet worden. De inspectie onderzocht in het najaar van 2025 "
        "of de RGB die berichten herkent, vastlegt en op tijd bewaart. Dat gebeurt nog te weinig: van de berichten "
        "die wij bij 24 medewerkers hebben bekeken, was 19 procent van de archiefwaardige berichten in het "
        "zaaksysteem terug te vinden.", A["b"]))
    bx = [Paragraph("<b>Wat moet beter?</b>", A["box"])]
    for t in ("Duidelijk vastleggen welke berichten bewaard worden.",
              "Minder afhankelijk zijn van de discipline van de medewerker.",
              "Vernietigen alleen met een verantwoording.",
              "Open zijn over de stand van zaken."):
        bx.append(Paragraph(t, A["box"], bulletText="\u2013"))
    tb = Table([[bx]], colWidths=[164 * mm])
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6eef6")),
                            ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s.append(tb)
    s.append(Paragraph("1 Aanleiding en onderzoeksvragen", A["h2"]))
    s.append(Paragraph(
        "Na de publicaties over verdwenen chatberichten bij de rijksoverheid heeft de inspectie in haar "
        "Werkprogramma 2025 aangekondigd het beheer van chatberichten bij een aantal uitvoeringsorganisaties te "
        "onderzoeken. De RGB is de tweede organisatie in die reeks. Wij beantwoordden drie vragen:", A["b"]))
    for i, q in enumerate(("Heeft de RGB vastgesteld welke chat- en sms-berichten archiefwaardig zijn?",
                           "Worden die berichten tijdig en volledig in een archiefsysteem opgenomen?",
                           "Legt de RGB verantwoording af over het verwijderen van berichten?"), 1):
        s.append(Paragraph(q, A["li"], bulletText=f"{i}."))
    s.append(Paragraph("2 Normenkader", A["h2"]))
    s.append(Paragraph(
        "Volgens artikel 3 van de Archiefwet 1995 moet de zorgdrager de onder hem berustende archiefbescheiden in "
        "goede, geordende en toegankelijke staat brengen en houden. De Rijksbrede instructie chatberichten "
        "(2023) bepaalt dat berichten met bestuurlijke of financiële betekenis binnen één maand na verzending in "
        "een archiefsysteem worden opgeslagen. De Archiefwet 2021 is nog niet in werking; de inspectie heeft de "
        "norm daarom niet aan die wet ontleend.", A["b"]))
    s.append(Paragraph("3 Bevindingen", A["h2"]))
    s.append(Paragraph(
        "De RGB heeft in 2024 een interne handreiking opgesteld, maar die is niet vastgesteld door de directie en "
        "niet bekend bij de meeste medewerkers. Wie berichten bewaart, doet dat door een schermafdruk te maken en "
        "die handmatig in het zaaksysteem te zetten. Tabel 1 laat zien hoe vaak dat in de onderzochte periode "
        "(maart tot en met augustus 2025) gebeurde.", A["b"]))
    rows = [["Functiegroep", "Medewerkers", "Archiefwaardige berichten", "Waarvan opgeslagen", "Percentage"],
            ["Directie en MT", "6", "412", "58", "14%"],
            ["Grondverwervers", "10", "689", "167", "24%"],
            ["Juridische zaken", "4", "143", "33", "23%"],
            ["Communicatie", "4", "96", "9", "9%"],
            ["Totaal", "24", "1.340", "267", "19%"]]
    tt = Table(rows, colWidths=[40 * mm, 26 * mm, 40 * mm, 32 * mm, 24 * mm])
    tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "DS", 8), ("FONT", (0, 0), (-1, 0), "DSB", 8),
                            ("FONT", (0, -1), (-1, -1), "DSB", 8), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE), ("LINEABOVE", (0, -1), (-1, -1), 0.5, BLUE)]))
    s.append(tt)
    s.append(Paragraph("<i>Tabel 1. Archiefwaardige chat- en sms-berichten en het aandeel daarvan dat in het "
                       "zaaksysteem is opgeslagen.</i>", A["c"]))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph(
        "Opvallend is dat de berichten van de directie het minst vaak worden bewaard, terwijl daar de meeste "
        "besluiten over schikkingen worden voorbereid. Twaalf van de 24 medewerkers gebruiken hun privételefoon "
        "voor werkberichten. Berichten worden na een jaar automatisch verwijderd, zonder dat iemand beoordeelt of "
        "ze nog bewaard hadden moeten worden. In 2022 schreef de auditdienst al: <i>'Zorg voor een werkende "
        "procedure voor het bewaren van chatberichten.'</i> De RGB heeft die aanbeveling overgenomen, maar de "
        "procedure is er nog steeds niet.", A["b"]))
    s.append(Paragraph("4 Conclusies", A["h2"]))
    s.append(Paragraph(
        "De RGB voldoet niet aan de norm uit de Archiefwet. Het bewaren van berichten hangt af van de "
        "oplettendheid van individuele medewerkers; er is geen vastgestelde selectie, geen techniek die helpt en "
        "geen verantwoording bij vernietiging. De directie zou het goede voorbeeld moeten geven, maar bewaart zelf "
        "het minst.", A["b"]))
    s.append(Paragraph("5 Wat de inspectie verwacht", A["h2"]))
    s.append(Paragraph("Op grond van dit onderzoek komt de inspectie tot de volgende aanbevelingen aan de "
                       "directeur van de RGB.", A["b"]))
    for t in (
            "De inspectie verwacht dat de directeur binnen zes maanden vaststelt welke chat- en sms-berichten "
            "archiefwaardig zijn, en dat die keuze wordt vastgelegd in een door de directie vastgesteld "
            "bewaarbeleid.",
            "De inspectie verwacht dat de RGB de berichten van de directie en het managementteam automatisch "
            "laat archiveren, zodat bewaren niet meer afhangt van handmatige schermafdrukken.",
            "De inspectie verwacht dat alle medewerkers vóór 1 januari 2027 een verplichte training over het "
            "bewaren van chatberichten volgen.",
            "De inspectie geeft de directeur in overweging om het gebruik van privételefoons voor werkberichten te "
            "verbieden.",
            "De inspectie verwacht dat berichten alleen worden verwijderd nadat is beoordeeld of ze bewaard moeten "
            "worden, en dat die vernietiging wordt verantwoord in een verklaring van vernietiging.",
            "De inspectie verwacht dat de RGB in het jaarverslag over de kwaliteit van het informatiebeheer "
            "rapporteert, te beginnen met het jaarverslag over 2026.",
            "De inspectie verwacht binnen drie maanden na publicatie van dit rapport een verbeterplan van de RGB "
            "te ontvangen."):
        s.append(Paragraph(t, A["rec"], bulletText="\u2022"))
    s.append(Paragraph("6 Vervolg", A["h2"]))
    s.append(Paragraph(
        "De inspectie beoordeelt het verbeterplan en doet in 2027 een vervolgonderzoek. De RGB heeft op het "
        "conceptrapport gereageerd; die reactie heeft geleid tot enkele feitelijke correcties in hoofdstuk 3.",
        A["b"]))
    return s


def build(story_fn, path, deco):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=24 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                                bottomMargin=20 * mm, title="Wat je appt, is van de overheid", author="blind49")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


P = {
    "hd": st("DSB", 9.5, 12, textColor=colors.white),
    "bt": st("DSB", 9.6, 12, textColor=TEAL, spaceAfter=2, spaceBefore=3),
    "tx": st("DS", 9, 12.2, spaceAfter=4),
    "sm": st("DS", 6.8, 8.6, textColor=GREY),
}


def placemat():
    W, H = landscape(A4)
    c = canvas.Canvas(B.out(NAME + "_response.pdf"), pagesize=(W, H))
    c.setTitle("Verbeterplaat Programma Vindbaar en Verantwoord")
    c.setAuthor("blind49")
    c.setFillColor(TEAL)
    c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DSB", 17)
    c.drawString(12 * mm, H - 13 * mm, "Programma Vindbaar & Verantwoord 2026-2027")
    c.setFont("DS", 9.5)
    c.drawString(12 * mm, H - 19.5 * mm, "Verbeterplaat van de Rijksdienst voor Grondbeheer naar aanleiding van "
                 "het IOE-toezichtrapport 'Wat je appt, is van de overheid'")
    c.setFont("DS", 7.5)
    c.drawString(12 * mm, H - 25 * mm, "Vastgesteld door de directie RGB op 2 juli 2026 | versie 1.0 | "
                 "eigenaar: CIO-office RGB")
    c.drawRightString(W - 12 * mm, H - 13 * mm, "Rijksdienst voor Grondbeheer")
    cols = [
        ("1  Vastleggen", [
            ("Bewaarbeleid chatberichten", "De directie stelt in september 2026 het Bewaarbeleid chat en sms vast. "
             "Daarin staat per soort bericht of het bewaard wordt, conform wat de IOE vraagt. Basis: de "
             "selectielijst van LVVN."),
            ("Wanneer", "concept augustus 2026, vaststelling september 2026."),
            ("Wie", "CIO-office met Juridische zaken; besluit directie.")]),
        ("2  Mensen", [
            ("Training voor iedereen", "Elke medewerker volgt in het najaar van 2026 de e-learning 'Bewaren doe je "
             "zo'. Deelname is verplicht en wordt gevolgd in het leerplatform; nieuwe medewerkers volgen de "
             "module in hun eerste maand."),
            ("Zakelijke telefoon", "Een verbod op privételefoons voor werkberichten voeren wij niet in: "
             "buitendienstmedewerkers hebben geen alternatief in het veld. Wij stellen wel een zakelijke "
             "telefoon beschikbaar voor wie dat wil."),
            ("Wie", "HR en teamleiders.")]),
        ("3  Techniek", [
            ("Automatisch archiveren", "Vanaf 1 januari 2027 worden de berichten van de directeur en de twee "
             "plaatsvervangend directeuren automatisch gearchiveerd. Voor de overige MT-leden en de "
             "grondverwervers volgt eerst een pilot; een besluit daarover valt na de evaluatie in het voorjaar "
             "van 2027."),
            ("Tooling", "Een koppeling met het zaaksysteem via de rijksbrede voorziening voor berichtarchivering "
             "(ODC Noord)."),
            ("Wie", "I-team en leverancier.")]),
        ("4  Verantwoorden", [
            ("Jaarverslag", "Of agentschappen in het jaarverslag over informatiebeheer rapporteren, bepaalt de "
             "secretaris-generaal voor het hele ministerie. Wij leggen de vraag van de inspectie aan de SG voor."),
            ("Sturing", "De stuurgroep Vindbaar & Verantwoord komt elke zes weken bijeen en rapporteert per "
             "kwartaal aan de directie over de voortgang van deze plaat."),
            ("Wie", "directie RGB; stuurgroep onder leiding van de CIO.")]),
    ]
    x0, gap = 12 * mm, 5 * mm
    cw = (W - 2 * x0 - 3 * gap) / 4
    top = H - 36 * mm
    for i, (title, blocks) in enumerate(cols):
        x = x0 + i * (cw + gap)
        c.setFillColor(BLUE)
        c.rect(x, top - 9 * mm, cw, 9 * mm, stroke=0, fill=1)
        f = Frame(x + 2 * mm, top - 9 * mm, cw - 4 * mm, 9 * mm, 0, 0, 0, 1 * mm, showBoundary=0)
        f.addFromList([Paragraph(title, P["hd"])], c)
        c.setFillColor(colors.HexColor("#eef5f4"))
        c.rect(x, 44 * mm, cw, top - 9 * mm - 46 * mm, stroke=0, fill=1)
        story = []
        for bt, tx in blocks:
            story += [Paragraph(bt, P["bt"]), Paragraph(tx, P["tx"])]
        f = Frame(x + 1 * mm, 44 * mm, cw - 2 * mm, top - 9 * mm - 48 * mm, showBoundary=0)
        f.addFromList(story, c)
    c.setFillColor(colors.HexColor("#fff4df"))
    c.rect(x0, 14 * mm, W - 2 * x0, 26 * mm, stroke=0, fill=1)
    story = [Paragraph("Planning in het kort", P["bt"]),
             Paragraph("Q3 2026 bewaarbeleid en start e-learning | Q4 2026 zakelijke telefoons uitgerold | Q1 2027 "
                       "automatisch archiveren directie | Q2 2027 evaluatie pilot en besluit over uitbreiding | "
                       "Q3 2027 vervolgonderzoek IOE. Met deze plaat voldoet de RGB aan het verzoek van de "
                       "inspectie om binnen drie maanden een verbeterplan te sturen; de plaat is op 9 juli 2026 "
                       "aan de IOE gezonden.", st("DS", 8.4, 11))]
    f = Frame(x0 + 1 * mm, 14 * mm, W - 2 * x0 - 2 * mm, 26 * mm, showBoundary=0)
    f.addFromList(story, c)
    c.setFont("DS", 6.8)
    c.setFillColor(GREY)
    c.drawString(x0, 9 * mm, "Rijksdienst voor Grondbeheer | Programma Vindbaar & Verantwoord | kenmerk "
                 "RGB/CIO/2026-1187")
    c.drawRightString(W - x0, 9 * mm, "1/1")
    c.save()


def expected():
    recs = [
        ("1", "De inspectie verwacht dat de directeur binnen zes maanden vaststelt",
         "De directie stelt in september 2026 het Bewaarbeleid chat en sms vast", "agrees"),
        ("2", "De inspectie verwacht dat de RGB de berichten van de directie",
         "Voor de overige MT-leden en de grondverwervers volgt eerst een pilot", "partly"),
        ("3", "De inspectie verwacht dat alle medewerkers vóór 1 januari 2027",
         "Deelname is verplicht en wordt gevolgd in het leerplatform", "agrees"),
        ("4", "De inspectie geeft de directeur in overweging om het gebruik",
         "voor werkberichten voeren wij niet in", "disagrees"),
        ("5", "De inspectie verwacht dat berichten alleen worden verwijderd nadat", None, "unanswered"),
        ("6", "De inspectie verwacht dat de RGB in het jaarverslag",
         "Wij leggen de vraag van de inspectie aan de SG voor", "noted"),
        ("7", "De inspectie verwacht binnen drie maanden na publicatie van dit rapport",
         "de plaat is op 9 juli 2026 aan de IOE gezonden", "agrees"),
    ]
    unmatched = ["komt elke zes weken bijeen en rapporteert per kwartaal"]
    notes = ("IOE toezichtrapport 'Wat je appt, is van de overheid' on chat messages at the (fictional) Rijksdienst "
             "voor Grondbeheer: centred Rijksoverheid logo strip, meta table, Samenvatting with a shaded box 'Wat "
             "moet beter?' of four SHORT dash bullets (trap), research questions 1.-3. (trap), Archiefwet art. 3 "
             "'moet' (trap), a table of figures, the auditdienst's 2022 imperative quoted (trap), 'zou ... moeten' "
             "conclusion; seven UNNUMBERED bullet recommendations under '5 Wat de inspectie verwacht' ('De "
             "inspectie verwacht dat ...', 4 'geeft ... in overweging'), numbered 1-7 in document order. Reply: a "
             "one-page A4-landscape VERBETERPLAAT (placemat) with four columns of blocks: Bewaarbeleid in "
             "September (1 agrees); automatic archiving only for the directeur and deputies, a pilot for the rest "
             "(2 partly); column 'Mensen' with compulsory e-learning (3 agrees) and 'Een verbod op privételefoons "
             "... voeren wij niet in' (4 disagrees); annual reporting is for the SG, passed on (6 noted); the "
             "placemat itself sent to the IOE on 9 July in the planning strip (7 agrees); 5 (verantwoorde "
             "vernietiging) unanswered. Unmatched: the 'Sturing' block on the stuurgroep.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    placemat()
    expected()
    sys.exit(0 if B.check(NAME) else 1)

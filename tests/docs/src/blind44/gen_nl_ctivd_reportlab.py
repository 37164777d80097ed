"""Round 44 (nl): an (invented) TOEZICHTSRAPPORT of the Commissie van Toezicht op de Inlichtingen- en
Veiligheidsdiensten (CTIVD) on the retention and destruction of bulk datasets by the AIVD, with a summary that
repeats four recommendations in short bullets, the legal framework (Wiv 2017 articles), a findings table, a
recommendation of an earlier report (nr. 70) quoted, and chapter 5 'Conclusies en aanbevelingen' as numbered
paragraphs 5.1-5.9 in which conclusions ('onrechtmatig', 'had ... moeten') and seven UNNUMBERED recommendation
sentences ('De CTIVD beveelt ... aan', 'adviseert', 'dient', 'acht het wenselijk') stand side by side; answered in
chapter 8 'Toezicht en verantwoording' of the AIVD's openbaar JAARVERSLAG (a section of another document with a
figures box; one page, numbered 46). Engine: reportlab platypus (DejaVu, no shaping; header and folio drawn on
the canvas, 'pagina N van M' by a two-pass build). Answer key: README-nl.md.

Run: /tmp/blind44nl/bin/python tests/docs/src/blind44/gen_nl_ctivd_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b44nl as B  # noqa: E402

NAME = "blind44_nl_ctivd"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("DR", "DejaVuSerif.ttf"), ("DRB", "DejaVuSerif-Bold.ttf"),
              ("DRI", "DejaVuSerif-Italic.ttf"), ("DRBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("DR", normal="DR", bold="DRB", italic="DRI", boldItalic="DRBI")

NAVY = colors.HexColor("#1f3a5f")
TEAL = colors.HexColor("#007a87")


def styles(fam, accent):
    b = ParagraphStyle("b" + fam, fontName=fam, fontSize=9, leading=13, spaceAfter=5, alignment=4)
    return {
        "b": b,
        "s": ParagraphStyle("s" + fam, parent=b, fontSize=8, leading=10.8, alignment=0),
        "h1": ParagraphStyle("h1" + fam, fontName=fam + "B", fontSize=17, leading=21, spaceAfter=6,
                             textColor=accent),
        "h2": ParagraphStyle("h2" + fam, fontName=fam + "B", fontSize=11, leading=14, spaceBefore=8, spaceAfter=4,
                             textColor=accent),
        "h3": ParagraphStyle("h3" + fam, fontName=fam + "B", fontSize=9.2, leading=12.5, spaceBefore=4,
                             spaceAfter=2),
        "par": ParagraphStyle("par" + fam, parent=b, leftIndent=11 * mm, firstLineIndent=-11 * mm),
        "bul": ParagraphStyle("bul" + fam, parent=b, leftIndent=6 * mm, bulletIndent=1 * mm, spaceAfter=2),
    }


def deco(head, foot, total, offset=0, first=False):
    def draw(c, doc):
        c.saveState()
        c.setFont("DS", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        n = doc.page + offset
        if doc.page > 1 or first:
            c.drawString(22 * mm, A4[1] - 13 * mm, head)
            c.setStrokeColor(colors.HexColor("#999999"))
            c.setLineWidth(0.4)
            c.line(22 * mm, A4[1] - 14.5 * mm, A4[0] - 22 * mm, A4[1] - 14.5 * mm)
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, foot.format(n=n, m=total[0]))
        c.restoreState()
    return draw


def tbl(rows, widths, fam="DS", head=True, size=8, shade="#e3e9f1"):
    st = ParagraphStyle("t", fontName=fam, fontSize=size, leading=size * 1.3)
    stb = ParagraphStyle("tb", parent=st, fontName=fam + "B")
    data = [[Paragraph(c, stb if (head and i == 0) else st) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(shade)))
    t.setStyle(TableStyle(style))
    return t


def build(pdfname, story_fn, head, foot, offset=0, first=False):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=22 * mm, bottomMargin=20 * mm)
        d = deco(head, foot, total, offset, first)
        doc.build(story_fn(), onFirstPage=d, onLaterPages=d)
        total[0] = doc.page


def advice_story():
    S = styles("DR", NAVY)
    s = []
    s.append(Paragraph("<font name='DSB' size='10' color='#1f3a5f'>CTIVD</font> <font name='DS' size='7.5'>"
                       "Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten</font>", S["s"]))
    s.append(Spacer(1, 14 * mm))
    s.append(Paragraph("Toezichtsrapport nr. 88", S["h1"]))
    s.append(Paragraph("<b>over de bewaring en vernietiging van bulkdatasets door de AIVD</b>", S["b"]))
    s.append(Paragraph("Vastgesteld op 15 januari 2026 | CTIVD nr. 88 | openbaar", S["s"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Samenvatting", S["h2"]))
    s.append(Paragraph("De AIVD verwerft bulkdatasets: grote verzamelingen gegevens waarvan het overgrote deel "
                       "betrekking heeft op personen en organisaties die geen onderwerp van onderzoek zijn. De Wet "
                       "op de inlichtingen- en veiligheidsdiensten 2017 (Wiv 2017) verplicht de dienst de "
                       "relevantie van zulke gegevens tijdig te beoordelen en niet-relevante gegevens te "
                       "vernietigen. De CTIVD onderzocht 41 bulkdatasets die de AIVD tussen 1 januari 2022 en 31 "
                       "december 2024 verwierf. Zij oordeelt dat de AIVD in negen gevallen onrechtmatig heeft "
                       "gehandeld. De CTIVD beveelt onder meer aan:", S["b"]))
    for t in ("een geautomatiseerde bewaking van de evaluatietermijn;",
              "motivering van verlengingen per dataset;",
              "vernietiging van achtergebleven kopieën;",
              "openbare cijfers over langer bewaarde datasets."):
        s.append(Paragraph(t, S["bul"], bulletText="-"))
    s.append(Paragraph("1  Inleiding", S["h2"]))
    s.append(Paragraph("De CTIVD houdt toezicht op de rechtmatigheid van de uitvoering van de Wiv 2017 (artikel "
                       "97, eerste lid). Dit onderzoek werd aangekondigd in een brief aan de Tweede Kamer van 3 "
                       "april 2025. De CTIVD voerde gesprekken met 14 medewerkers van de AIVD, waaronder de "
                       "verantwoordelijke teamhoofden en de afdeling Juridische Zaken, en bestudeerde de "
                       "evaluatiedossiers en de logging van de analyseomgeving. Het rapport kent een gerubriceerde "
                       "bijlage, die aan de minister en de Commissie voor de Inlichtingen- en Veiligheidsdiensten "
                       "(CIVD) van de Tweede Kamer is gezonden.", S["b"]))
    s.append(Paragraph("2  Juridisch kader", S["h2"]))
    s.append(Paragraph("Artikel 27, eerste lid, Wiv 2017 verplicht de dienst gegevens die door een bulkinterceptie "
                       "of een andere ongerichte bevoegdheid zijn verworven, zo spoedig mogelijk op relevantie te "
                       "onderzoeken. Gegevens waarvan de relevantie niet binnen achttien maanden is vastgesteld, "
                       "moeten worden vernietigd (artikel 27, derde lid). De minister kan de termijn op een "
                       "gemotiveerd verzoek telkens met ten hoogste zes maanden verlengen (artikel 27, vierde "
                       "lid). Vernietiging betekent dat de gegevens onherroepelijk onbruikbaar worden gemaakt, ook "
                       "in kopieën en afgeleide bestanden (artikel 20, tweede lid).", S["b"]))
    s.append(Paragraph("3  Bevindingen", S["h2"]))
    s.append(tbl([("Onderzochte bulkdatasets", "Aantal"),
                  ("tijdig geëvalueerd (binnen 18 maanden)", "28"),
                  ("tijdig verlengd met toestemming van de minister", "4"),
                  ("evaluatie te laat, zonder verlenging", "9"),
                  ("waarvan na de termijn nog in gebruik voor analyse", "3"),
                  ("Totaal", "41")], (125 * mm, 41 * mm), fam="DR"))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("De te late evaluaties deden zich vooral voor in 2023, toen het team dat de evaluaties "
                       "coördineert onderbezet was. De termijnen werden bijgehouden in een spreadsheet per team, "
                       "zonder waarschuwing bij het naderen van de termijn. In de verlengingsverzoeken aan de "
                       "minister motiveerde de AIVD de noodzaak per operationeel onderzoek en niet per dataset. "
                       "De evaluaties worden getoetst door een jurist van de afdeling Juridische Zaken die ook het "
                       "operationele team adviseert. De MIVD, die onder een andere minister valt en waarmee de "
                       "AIVD bulkdatasets deelt, hanteert een eigen werkwijze voor de evaluatie.", S["b"]))
    s.append(Paragraph("4  Eerdere aanbevelingen", S["h2"]))
    s.append(Paragraph("In toezichtsrapport nr. 70 (2020) beval de CTIVD aan <i>de procedure voor de vernietiging "
                       "van bulkdatasets schriftelijk vast te leggen en te beleggen bij één afdeling</i>. De AIVD "
                       "heeft die aanbeveling opgevolgd: sinds 2021 is er een vernietigingsprotocol en ligt de "
                       "uitvoering bij de afdeling Datamanagement.", S["b"]))
    s.append(Paragraph("5  Conclusies en aanbevelingen", S["h2"]))
    pars = [
        ("5.1", "In negen gevallen heeft de AIVD de relevantie van een bulkdataset niet binnen de termijn van "
                "artikel 27, derde lid, Wiv 2017 beoordeeld, zonder dat de minister de termijn had verlengd. Dat "
                "is onrechtmatig. De AIVD had deze gegevens na achttien maanden moeten vernietigen."),
        ("5.2", "De termijnbewaking berust op handmatige registraties per team. De CTIVD beveelt de minister "
                "aan een centrale, geautomatiseerde termijnbewaking in te richten die tijdig signaleert wanneer "
                "de evaluatietermijn van een bulkdataset afloopt."),
        ("5.3", "Een verlengingsverzoek moet de minister in staat stellen de noodzaak van verdere bewaring te "
                "beoordelen. De CTIVD beveelt aan in ieder verlengingsverzoek per bulkdataset te motiveren "
                "waarom de gegevens nog van belang zijn, en niet alleen per operationeel onderzoek."),
        ("5.4", "In drie gevallen stonden na het verstrijken van de termijn nog kopieën van een bulkdataset in "
                "de analyseomgeving, die ook voor analyses werden gebruikt. Dit is onrechtmatig. De AIVD dient "
                "deze kopieën uiterlijk 1 juli 2026 te vernietigen en de CTIVD te informeren zodra dat is "
                "gebeurd."),
        ("5.5", "De jurist die een evaluatie toetst, adviseert ook het operationele team dat de gegevens wil "
                "behouden. De CTIVD adviseert de toetsing van de evaluaties te beleggen bij een jurist die niet "
                "bij het betreffende onderzoek betrokken is."),
        ("5.6", "De CTIVD stelt vast dat het vernietigingsprotocol uit 2021, voor zover het wordt toegepast, "
                "zorgvuldig wordt uitgevoerd. Dit onderdeel geeft geen aanleiding tot aanbevelingen."),
        ("5.7", "Het parlement en het publiek hebben geen zicht op de mate waarin de diensten bulkdatasets "
                "langer bewaren. De CTIVD beveelt aan in het openbare jaarverslag van de AIVD jaarlijks te "
                "vermelden hoeveel bulkdatasets langer dan achttien maanden zijn bewaard."),
        ("5.8", "Omdat de diensten bulkdatasets met elkaar delen, leidt een verschillende werkwijze tot "
                "onduidelijkheid over de termijn. De CTIVD beveelt de ministers van BZK en van Defensie aan om "
                "voor de AIVD en de MIVD één werkwijze voor de evaluatie van bulkdatasets vast te stellen."),
        ("5.9", "Tot slot acht de CTIVD het wenselijk dat alle medewerkers die met bulkdatasets werken een "
                "verplichte opleiding volgen over de bewaar- en vernietigingstermijnen van de Wiv 2017."),
    ]
    for n, t in pars:
        s.append(Paragraph(f"<b>{n}</b>  {t}", S["par"]))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("De minister van Binnenlandse Zaken en Koninkrijksrelaties is in de gelegenheid gesteld te "
                       "reageren op de bevindingen van dit rapport (artikel 79 Wiv 2017). Die reactie heeft geleid "
                       "tot enkele feitelijke correcties.", S["b"]))
    s.append(Paragraph("Commissie van Toezicht op de Inlichtingen- en Veiligheidsdiensten<br/>mr. A.J. Verweij, "
                       "voorzitter | dr. E.M. Sterk, lid | prof. mr. R. de Bruin, lid", S["s"]))
    return s


def response_story():
    S = styles("DS", TEAL)
    s = []
    s.append(Paragraph("8  Toezicht en verantwoording", S["h1"]))
    s.append(Paragraph("De AIVD werkt met bijzondere bevoegdheden die diep ingrijpen in de persoonlijke levenssfeer. "
                       "Onafhankelijk toezicht daarop is onmisbaar. Dit hoofdstuk beschrijft hoe de Toetsingscommissie "
                       "Inzet Bevoegdheden (TIB) en de CTIVD in 2025 toezicht hielden, en wat wij met hun oordelen "
                       "hebben gedaan.", S["b"]))
    s.append(Paragraph("8.1  Toetsing vooraf door de TIB", S["h2"]))
    s.append(Paragraph("De TIB toetste in 2025 1.412 verzoeken van de AIVD om een bijzondere bevoegdheid in te "
                       "zetten. In 31 gevallen oordeelde de TIB dat de toestemming van de minister onrechtmatig "
                       "was; dat is 2,2 procent, tegen 3,1 procent in 2024. De daling schrijven wij toe aan de "
                       "nieuwe aanvraagformulieren die sinds januari 2025 in gebruik zijn.", S["b"]))
    s.append(Paragraph("8.2  Rapport nr. 88 van de CTIVD over bulkdatasets", S["h2"]))
    s.append(Paragraph("In januari 2026 verscheen het toezichtsrapport van de CTIVD over de bewaring en "
                       "vernietiging van bulkdatasets. De CTIVD stelde vast dat wij in negen gevallen de "
                       "evaluatietermijn hebben overschreden. Wij betreuren dat. De minister heeft de Tweede "
                       "Kamer op 5 februari 2026 over haar reactie geïnformeerd; hieronder zetten wij de "
                       "belangrijkste maatregelen op een rij.", S["b"]))
    s.append(Paragraph("Kopieën in de analyseomgeving", S["h3"]))
    s.append(Paragraph("De drie achtergebleven kopieën zijn op 18 december 2025 vernietigd, nog voordat het "
                       "rapport werd vastgesteld. De CTIVD is daarover op 8 januari 2026 schriftelijk "
                       "geïnformeerd.", S["b"]))
    s.append(Paragraph("Termijnen en verlengingen", S["h3"]))
    s.append(Paragraph("Sinds november 2025 bewaakt een centraal registratiesysteem de termijnen van alle "
                       "bulkdatasets; het systeem waarschuwt drie maanden en één maand voor het verstrijken van "
                       "een termijn. Verlengingsverzoeken motiveren wij voortaan per dataset voor de grote "
                       "datasets uit bulkinterceptie. Voor kleinere datasets die binnen één onderzoek zijn "
                       "verworven, blijft een motivering per onderzoek volstaan, omdat die datasets in de praktijk "
                       "samen worden beoordeeld.", S["b"]))
    s.append(Paragraph("Toetsing van evaluaties", S["h3"]))
    s.append(Paragraph("De minister en de AIVD delen de conclusie van de CTIVD op dit punt niet. De jurist die "
                       "een evaluatie toetst, oordeelt op basis van de wet en heeft geen operationeel belang bij de "
                       "uitkomst; zijn kennis van het onderzoek maakt de toetsing juist beter. Wij houden daarom "
                       "vast aan de huidige inrichting.", S["b"]))
    s.append(Paragraph("Samenwerking met de MIVD", S["h3"]))
    s.append(Paragraph("Een gezamenlijke werkwijze voor AIVD en MIVD raakt ook de verantwoordelijkheid van de "
                       "minister van Defensie. De beide diensten verkennen in 2026 waar hun werkwijzen verschillen; "
                       "de uitkomst wordt betrokken bij de voorgenomen wijziging van de Wiv 2017.", S["b"]))
    box = Table([[Paragraph("<b>Box 8.3  Bulkdatasets in cijfers (2025)</b>", S["s"])],
                 [Paragraph("Verworven bulkdatasets: 17<br/>Geëvalueerd binnen 18 maanden: 15<br/>"
                            "Langer bewaard na verlenging door de minister: 2<br/>Vernietigd na evaluatie: 9<br/>"
                            "Met ingang van dit jaarverslag publiceren wij deze cijfers jaarlijks.", S["s"])]],
                colWidths=[166 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e2f1f2")),
                             ("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("TOPPADDING", (0, 0), (-1, -1), 3),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    s.append(KeepTogether([Spacer(1, 2 * mm), box, Spacer(1, 3 * mm)]))
    s.append(Paragraph("8.3  Klachten en meldingen", S["h2"]))
    s.append(Paragraph("De Nationale ombudsman en de klachtafdeling van de CTIVD ontvingen in 2025 samen 47 klachten "
                       "over de AIVD. Vier klachten werden gegrond verklaard; in alle vier gevallen ging het om de "
                       "termijn waarbinnen een inzageverzoek werd beantwoord.", S["b"]))
    s.append(Paragraph("8.4  Openbaarmaking", S["h2"]))
    s.append(Paragraph("In 2025 ontving de AIVD 212 verzoeken om kennisneming van gegevens (artikel 76 Wiv 2017). "
                       "In 58 gevallen zijn gegevens verstrekt. De gemiddelde afhandeltermijn daalde van 19 naar 14 "
                       "weken.", S["b"]))
    return s


if __name__ == "__main__":
    build(NAME + "_advice.pdf", advice_story, "CTIVD | Toezichtsrapport nr. 88 | bulkdatasets AIVD",
          "pagina {n} van {m}")
    build(NAME + "_response.pdf", response_story, "AIVD Jaarverslag 2025", "{n}", offset=45, first=True)
    recs = [
        ("1", "De CTIVD beveelt de minister aan een centrale, geautomatiseerde termijnbewaking", "bewaakt een "
         "centraal registratiesysteem de termijnen van alle bulkdatasets", "agrees"),
        ("2", "De CTIVD beveelt aan in ieder verlengingsverzoek per bulkdataset", "Verlengingsverzoeken motiveren "
         "wij voortaan per dataset voor de grote", "partly"),
        ("3", "De AIVD dient deze kopieën uiterlijk 1 juli 2026 te", "De drie achtergebleven kopieën zijn op 18 "
         "december 2025 vernietigd", "agrees"),
        ("4", "De CTIVD adviseert de toetsing van de evaluaties te beleggen", "Wij houden daarom vast aan de "
         "huidige inrichting", "disagrees"),
        ("5", "De CTIVD beveelt aan in het openbare jaarverslag van de", "Met ingang van dit jaarverslag publiceren "
         "wij deze cijfers", "agrees"),
        ("6", "De CTIVD beveelt de ministers van BZK en van Defensie", "De beide diensten verkennen in 2026 waar "
         "hun werkwijzen", "noted"),
        ("7", "Tot slot acht de CTIVD het wenselijk dat alle medewerkers", None, "unanswered"),
    ]
    unmatched = ["De TIB toetste in 2025 1.412 verzoeken",
                 "ontvingen in 2025 samen 47 klachten",
                 "De gemiddelde afhandeltermijn daalde van 19 naar 14"]
    notes = ("CTIVD toezichtsrapport nr. 88 on bulk datasets: a Samenvatting ending in four SHORT bullets 'De CTIVD "
             "beveelt onder meer aan:' (repeating recs 1, 2, 3, 5 in other words), Wiv 2017 articles (27, 20, 97, "
             "79), a findings table, chapter 4 quoting report nr. 70's recommendation (already followed: trap), "
             "and chapter 5 as numbered paragraphs 5.1-5.9 mixing conclusions ('onrechtmatig', 'had ... moeten "
             "vernietigen', 5.6 'geen aanleiding tot aanbevelingen') with seven UNNUMBERED recommendation "
             "sentences, numbered 1-7 in order: 5.2 'beveelt de minister aan' (1), 5.3 (2), 5.4 'De AIVD dient' "
             "(3), 5.5 'adviseert' (4), 5.7 (5), 5.8 addressed to two ministers (6), 5.9 'acht ... het wenselijk' "
             "(7). Reply: section 8.2 of the AIVD's annual report (one page, numbered 46, 'wij'), own bold "
             "subheadings, order 3, 1+2, 4, 6, 5: copies destroyed in December 2025 (3 agrees, already done); one "
             "paragraph with central term monitoring since November 2025 (1 agrees) and per-dataset motivation "
             "only for large bulk-interception sets (2 partly); 'delen de conclusie ... niet ... houden vast' (4 "
             "disagrees); joint method explored in 2026 and taken into the Wiv amendment (6 noted); the figures "
             "box 8.3 'publiceren wij deze cijfers jaarlijks' (5 agrees); 7 (mandatory training) unanswered. "
             "Sections 8.1 (TIB), 8.3 (complaints) and 8.4 (access requests) answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

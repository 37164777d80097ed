"""Round 41 (nl): an (invented) advice of the Raad voor het Openbaar Bestuur (ROB) on council control of regional
cooperation, answered by the minister's ANTWOORDEN OP KAMERVRAGEN (Aanhangsel van de Handelingen: Vraag 1 ...
Antwoord 1 ...). Engine: reportlab platypus (DejaVu Serif/Sans, no shaping; header and 'N/M' page numbers by a
two-pass canvas). Answer key: README-nl.md.

Run: /tmp/blind41nl/bin/python tests/docs/src/blind41/gen_nl_rob_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b41nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind41_nl_rob"
for n, f in (("S", "DejaVuSerif.ttf"), ("SB", "DejaVuSerif-Bold.ttf"), ("SI", "DejaVuSerif-Italic.ttf"),
             ("A", "DejaVuSans.ttf"), ("AB", "DejaVuSans-Bold.ttf")):
    pdfmetrics.registerFont(TTFont(n, B.DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="SB", italic="SI", boldItalic="SB")
pdfmetrics.registerFontFamily("A", normal="A", bold="AB", italic="A", boldItalic="AB")


def numbered(header, first_skip=True, font="A"):
    class NC(canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            m = len(self._pages)
            for i, st in enumerate(self._pages):
                self.__dict__.update(st)
                self.setFont(font, 7.5)
                self.setFillColor(colors.HexColor("#444444"))
                if not (first_skip and i == 0):
                    self.drawString(25 * mm, A4[1] - 14 * mm, header)
                self.drawRightString(A4[0] - 25 * mm, 12 * mm, f"{i + 1}/{m}")
                super().showPage()
            super().save()
    return NC


def st(name, font="S", size=9.6, lead=13.6, **k):
    k.setdefault("spaceAfter", 5)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead, **k)


P = st("p")
H = st("h", "AB", 11, 15, spaceBefore=8, textColor=colors.HexColor("#1f3a68"))
SM = st("sm", "A", 8.2, 11)
BOX = st("box", "S", 9.4, 13.2, leftIndent=4)


def advice():
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="ROB advies Raad aan het roer")
    s = []
    s.append(Paragraph("<font color='#1f3a68'>Raad voor het Openbaar Bestuur</font>", st("t", "AB", 16, 20)))
    s.append(Paragraph("Raad aan het roer. Grip van gemeenteraden op regionale samenwerking", st("t2", "S", 13, 17)))
    s.append(Paragraph("Advies | Den Haag, januari 2026 | ROB-advies 2026/01", SM))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Samenvatting", H))
    s.append(Paragraph("Gemeenten voeren een steeds groter deel van hun taken uit in regionale verbanden. De "
                       "gemeenteraad blijft verantwoordelijk, maar heeft weinig zicht en invloed. De Raad vraagt de "
                       "minister kort gezegd om de zienswijzetermijn te verlengen, regionale raadscommissies "
                       "wettelijk mogelijk te maken, een ondersteuningsprogramma voor raden op te zetten en de "
                       "Wgr in 2028 opnieuw te evalueren. Van gemeenteraden vraagt de Raad dat zij zelf "
                       "prioriteren welke verbonden partijen zij actief volgen.", P))
    s.append(Paragraph("1. Aanleiding en adviesvraag", H))
    s.append(Paragraph("1.1 De minister van Binnenlandse Zaken en Koninkrijksrelaties vroeg de Raad in juni 2025 om "
                       "advies over de democratische legitimatie van regionale samenwerking, twee jaar na de "
                       "inwerkingtreding van de gewijzigde Wet gemeenschappelijke regelingen (Wgr) op 1 juli 2022. "
                       "1.2 De Raad sprak met 48 raadsleden, griffiers en bestuurders in zes regio's en liet een "
                       "enquête uitzetten onder griffiers (respons 212).", P))
    s.append(Paragraph("2. Wat de Raad ziet", H))
    t = Table([["Indicator (enquête griffiers, 2025)", "2021", "2025"],
               ["Gemiddeld aantal gemeenschappelijke regelingen per gemeente", "23", "26"],
               ["Raden die een zienswijze gaven op alle begrotingen", "41%", "38%"],
               ["Raden met een eigen regionale raadscommissie", "9%", "17%"],
               ["Griffies met een medewerker verbonden partijen", "12%", "21%"]],
              colWidths=[105 * mm, 25 * mm, 25 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "A", 8.4), ("FONT", (0, 0), (-1, 0), "AB", 8.4),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde5f2"))]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("2.1 De zienswijzetermijn van twaalf weken uit artikel 35 Wgr is in de praktijk vaak te kort: "
                       "begrotingen komen in april, terwijl de raad dan ook de eigen kadernota behandelt. Een raad "
                       "zou in die periode ten minste één keer met de andere raden moeten kunnen overleggen. 2.2 "
                       "Raadsleden zeggen dat zij moeten kiezen: 'Je kunt niet alle 26 regelingen volgen.' 2.3 "
                       "Artikel 184 van de Gemeentewet en de informatieplicht van artikel 169 Gemeentewet worden "
                       "verschillend uitgelegd.", P))
    s.append(Paragraph("2.4 In zijn advies <i>Droomland of niemandsland?</i> (2015) schreef de Raad al: 'Geef de "
                       "gemeenteraad de instrumenten om regionaal samen te werken.' Die aanbeveling is maar ten "
                       "dele opgevolgd.", P))
    s.append(Paragraph("3. Analyse", H))
    s.append(Paragraph("3.1 De Raad concludeert dat het probleem niet alleen in de wet zit. Ook de manier waarop "
                       "colleges en dagelijks besturen informeren, en de beperkte ondersteuning van raden, spelen "
                       "een rol. 3.2 Regionale raadscommissies, zoals die in Twente en de Drechtsteden, werken goed "
                       "als zij een formele positie hebben. Nu bestaan zij alleen op basis van vrijwillige "
                       "afspraken. 3.3 Een verplichte regionale rekenkamer is volgens de Raad geen oplossing; die "
                       "voegt een extra laag toe.", P))
    s.append(Paragraph("4. Advies", H))
    s.append(Paragraph("De Raad komt tot de volgende adviezen. De eerste vier zijn gericht aan de minister, de "
                       "laatste twee aan gemeenteraden en hun griffies.", P))
    recs = [
        "De Raad adviseert de minister om de zienswijzetermijn van artikel 35 Wgr te verlengen van twaalf naar "
        "zestien weken.",
        "De Raad adviseert de minister om in de Wgr een grondslag op te nemen voor regionale raadscommissies met "
        "een adviserende rol.",
        "De Raad beveelt aan om met de VNG en de Vereniging van Griffiers een ondersteuningsprogramma voor raden "
        "op te zetten, met een looptijd van vier jaar.",
        "De Raad adviseert de minister de Wgr in 2028 opnieuw te evalueren en daarbij raadsleden zelf te "
        "bevragen.",
        "De Raad beveelt gemeenteraden aan om jaarlijks vast te stellen welke drie tot vijf verbonden partijen "
        "zij actief volgen.",
        "De Raad adviseert griffies om een gezamenlijk regionaal informatiepunt voor raadsleden in te richten.",
    ]
    rows = [[Paragraph(f"<b>Advies {i}</b>", BOX), Paragraph(r, BOX)] for i, r in enumerate(recs, 1)]
    t = Table(rows, colWidths=[24 * mm, 136 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef2f8")),
                           ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f3a68"))]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Tot slot 4.7 De Raad is graag bereid dit advies toe te lichten in de vaste commissie voor "
                       "Binnenlandse Zaken van de Tweede Kamer.", P))
    s.append(Paragraph("Raad voor het Openbaar Bestuur<br/>prof. dr. M.C. van Wijngaarden, voorzitter<br/>"
                       "drs. L.A. Hofstra, secretaris", P))
    doc.build(s, canvasmaker=numbered("ROB | Raad aan het roer | advies 2026/01"))


def response():
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=20 * mm, title="Aanhangsel van de Handelingen")
    Q = st("q", "S", 9.6, 13.6, leftIndent=0)
    s = []
    s.append(Paragraph("Tweede Kamer der Staten-Generaal", st("k", "SB", 12, 16)))
    s.append(Paragraph("Vergaderjaar 2025-2026", SM))
    s.append(Paragraph("<b>Aanhangsel van de Handelingen</b><br/>Vragen gesteld door de leden der Kamer, met de "
                       "daarop door de regering gegeven antwoorden", st("a", "S", 10, 14, spaceBefore=6)))
    s.append(Paragraph("<b>1418</b>", P))
    s.append(Paragraph("Vragen van het lid Kuipers-Dijkstra (CDA) aan de minister van Binnenlandse Zaken en "
                       "Koninkrijksrelaties over het ROB-advies 'Raad aan het roer' (ingezonden 12 februari 2026).",
                       P))
    s.append(Paragraph("Antwoord van minister Vermeulen (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen 11 "
                       "maart 2026).", st("i", "SI", 9.6, 13.6)))
    qa = [
        ("Vraag 1", "Bent u bekend met het advies 'Raad aan het roer' van de Raad voor het Openbaar Bestuur?"),
        ("Antwoord 1", "Ja. Een volledige kabinetsreactie op het advies ontvangt uw Kamer voor de zomer."),
        ("Vraag 2", "Hoeveel gemeenschappelijke regelingen zijn er op dit moment in Nederland?"),
        ("Antwoord 2", "Volgens het Register gemeenschappelijke regelingen waren er op 1 januari 2026 in totaal "
                       "1.104 regelingen, waarvan 318 openbare lichamen."),
        ("Vraag 3", "Bent u bereid om de zienswijzetermijn te verlengen, zoals de ROB adviseert? En wilt u "
                    "regionale raadscommissies een wettelijke basis geven?"),
        ("Antwoord 3", "Een langere termijn ligt voor de hand; ik neem een termijn van zestien weken op in het "
                       "wetsvoorstel dat ik dit najaar in consultatie breng. Voor een wettelijke grondslag "
                       "voor regionale raadscommissies zie ik geen aanleiding: gemeenten kunnen die commissies nu "
                       "al instellen via de regeling zelf, en ik wil de Wgr niet verder dichtregelen."),
        ("Vraag 4", "Welke ondersteuning krijgen gemeenteraden om hun controlerende taak bij verbonden partijen "
                    "waar te maken?"),
        ("Antwoord 4", "Het programma Versterking Lokale Democratie loopt tot eind 2026. Ik bekijk samen met de "
                       "VNG en de Vereniging van Griffiers of een vervolg mogelijk is, maar de middelen zijn "
                       "beperkt; een programma van vier jaar kan ik op dit moment niet toezeggen."),
        ("Vraag 5", "Wat vindt u van het voorstel om raden zelf te laten kiezen welke verbonden partijen zij actief "
                    "volgen?"),
        ("Antwoord 5", "Hoe een raad zijn werk organiseert, is aan de raad zelf. Ik heb kennisgenomen van deze "
                       "aanbeveling en breng haar onder de aandacht van de Vereniging van Griffiers."),
        ("Vraag 6", "Gaat u de Wgr opnieuw evalueren?"),
        ("Antwoord 6", "De wet schrijft een evaluatie binnen vijf jaar na inwerkingtreding voor. Die evaluatie start "
                       "in 2027; het advies van de ROB om daarbij raadsleden zelf te bevragen, neem ik daarin "
                       "over."),
    ]
    for lab, txt in qa:
        s.append(Paragraph(f"<b>{lab}</b>", st("l" + lab, "SB", 9.6, 13, spaceAfter=1, spaceBefore=3)))
        s.append(Paragraph(txt, Q))
    s.append(Paragraph("Zie ook Aanhangsel Handelingen II 2024/25, nr. 2207.", SM))
    doc.build(s, canvasmaker=numbered("ah-tk-20252026-1418 | Tweede Kamer, vergaderjaar 2025-2026", False, "S"))


if __name__ == "__main__":
    advice()
    response()
    recs = [
        ("1", "De Raad adviseert de minister om de zienswijzetermijn van artikel", "ik neem een termijn van zestien "
         "weken op in het wetsvoorstel", "agrees"),
        ("2", "De Raad adviseert de minister om in de Wgr een", "voor regionale raadscommissies zie ik geen "
         "aanleiding", "disagrees"),
        ("3", "De Raad beveelt aan om met de VNG en de", "een programma van vier jaar kan ik op dit moment niet "
         "toezeggen", "partly", ["disagrees"]),
        ("4", "De Raad adviseert de minister de Wgr in 2028 opnieuw", "het advies van de ROB om daarbij raadsleden "
         "zelf te bevragen", "partly", ["agrees"]),
        ("5", "De Raad beveelt gemeenteraden aan om jaarlijks vast te stellen", "Ik heb kennisgenomen van deze "
         "aanbeveling", "noted"),
        ("6", "De Raad adviseert griffies om een gezamenlijk regionaal informatiepunt", None, "unanswered"),
    ]
    unmatched = ["1.104 regelingen, waarvan 318 openbare lichamen"]
    notes = ("ROB advice: a summary paraphrasing the recommendations (trap), numbered paragraphs 1.1-4.7, a figures "
             "table, findings with 'zou ... moeten' / 'moeten', Wgr and Gemeentewet article numbers, the 2015 "
             "advice quoted as an imperative (trap); six recommendations in a shaded two-column box labelled "
             "'Advies 1'-'Advies 6' ('De Raad adviseert ...' / 'beveelt aan ...'), four to the minister, two to "
             "councils/griffies. Reply: answers to Kamervragen (Vraag n / Antwoord n), not numbered by the "
             "advice: Antwoord 3 covers 1 (sixteen weeks in the bill: agrees) and 2 (no legal basis for regional "
             "committees: disagrees); Antwoord 4: 3 only a look at a sequel, four-year programme not promised "
             "(partly, also disagrees); Antwoord 6: 4 evaluation in 2027 not 2028, asking councillors taken over "
             "(partly, also agrees); Antwoord 5: 5 noted and passed on; 6 (regional information point) "
             "unanswered; Antwoord 2 (number of regulations) answers nothing; Antwoord 1 only announces a "
             "cabinet reaction.")
    B.write_expected(NAME, recs, unmatched, notes)
    sys.exit(0 if B.check(NAME) else 1)

"""Round 127 (nl): the JAARVERSLAG of a COMMISSIE VAN TOEZICHT at a penitentiaire inrichting (the lay supervisory
committee under the Penitentiaire beginselenwet), its seven recommendations the ROWS OF A RULED TABLE 'Nr. |
Aanbeveling | Thema' (numbered 1-7) that runs across the page break with a repeated header row; answered by the
vestigingsdirecteur's VERBETERMONITOR: a short cover note and a STATUS TABLE 'Onderwerp | Reactie directie | Status |
Gereed' ordered by theme, without the committee's numbers, one row covering two recommendations, rows for last
year's recommendations and a closing 'Overige punten'.

Advice (reportlab, sans, 3 p., slate rule, running head from p. 2, 'pagina n van m'): the Penitentiaire
beginselenwet paraphrased with 'moet' (trap), a figures table (trap), a numbered list 1.-4. of findings 'De commissie
stelt vast' (trap), last year's recommendation quoted as an imperative (trap), a closing line naming 'de aanbevelingen
2, 5 en 7' (trap). Response (reportlab, 2 p.): cover note (nothing); monitor rows in the order 1, 3+4 (one row), 7, 2,
5, then two 2024 rows (nothing); 'Overige punten' with complaint figures (nothing); 6 never answered. Verdicts:
1 agrees, 2 disagrees, 3 agrees, 4 partly, 5 noted, 6 unanswered, 7 agrees. All bodies, places, people, figures and
reference numbers invented; the Penitentiaire beginselenwet is named as context only.

Run: /tmp/blind127nl/bin/python tests/docs/src/blind127/gen_nl_toezicht_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b127nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind127_nl_toezicht"
FS = B.tmp_fonts()
for key, suf in (("Regular", ""), ("Bold", "-B"), ("Italic", "-I"), ("Bold Italic", "-BI")):
    pdfmetrics.registerFont(TTFont("S" + suf, FS[key]))
addMapping("S", 0, 0, "S")
addMapping("S", 1, 0, "S-B")
addMapping("S", 0, 1, "S-I")
addMapping("S", 1, 1, "S-BI")

SLATE = colors.HexColor("#3d4f63")
PALE = colors.HexColor("#e6eaef")
GREY = colors.HexColor("#555555")
BODY = ParagraphStyle("body", fontName="S", fontSize=9.5, leading=13.8, spaceAfter=5)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=7 * mm, bulletIndent=0.5 * mm, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="S", fontSize=7.8, leading=10.5, textColor=GREY)
TITLE = ParagraphStyle("t", fontName="S-B", fontSize=17, leading=21, textColor=SLATE)
SUB = ParagraphStyle("s", fontName="S", fontSize=10.5, leading=14)
H2 = ParagraphStyle("h2", fontName="S-B", fontSize=11.5, leading=15, textColor=SLATE, spaceBefore=9, spaceAfter=3,
                    keepWithNext=True)
QUOTE = ParagraphStyle("q", parent=BODY, fontName="S-I", leftIndent=8 * mm, rightIndent=8 * mm, textColor=GREY)
CELL = ParagraphStyle("cell", fontName="S", fontSize=8.6, leading=11.4)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="S-B")


def page_fn(head, foot):
    def fn(canv, doc):
        canv.saveState()
        canv.setFont("S", 7.2)
        canv.setFillColor(GREY)
        if doc.page > 1:
            canv.drawString(22 * mm, A4[1] - 12 * mm, head)
            canv.setStrokeColor(SLATE)
            canv.setLineWidth(0.5)
            canv.line(22 * mm, A4[1] - 13.5 * mm, A4[0] - 22 * mm, A4[1] - 13.5 * mm)
        canv.drawRightString(A4[0] - 22 * mm, 10 * mm, foot.format(n=doc.page, m=doc._b127_total))
        canv.restoreState()
    return fn


def build(story_fn, pdfname, head, title, foot, author):
    total = 0
    for _ in range(2):
        doc = SimpleDocTemplate(B.out(pdfname), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                                topMargin=19 * mm, bottomMargin=18 * mm, title=title, author=author,
                                creator="reportlab")
        doc._b127_total = total or "?"
        doc.build(story_fn(), onFirstPage=page_fn(head, foot), onLaterPages=page_fn(head, foot))
        total = doc.page


def rule():
    r = Table([[""]], colWidths=[166 * mm], rowHeights=[2.2])
    r.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SLATE)]))
    return r


RECS = [
    ("Zorg ervoor dat iedere nieuw binnengekomen gedetineerde binnen twee werkdagen een intakegesprek met de "
     "medische dienst krijgt, ook als hij op vrijdag of in het weekend binnenkomt.", "Medische zorg"),
    ("Breid het bezoekrooster uit met ten minste een avond per week, zodat werkende partners en schoolgaande "
     "kinderen op bezoek kunnen komen zonder verlof of schoolverzuim.", "Bezoek en contact"),
    ("Maak de huisregels en het klachtformulier beschikbaar in ten minste de zes talen die in de inrichting het "
     "meest gesproken worden.", "Rechtspositie"),
    ("Meld elke plaatsing in de strafcel binnen 24 uur schriftelijk aan de maandcommissaris, met de reden en de "
     "duur van de straf.", "Rechtspositie"),
    ("Herstel het arbeidsaanbod in de werkzalen tot het niveau van voor de sluiting van werkzaal 3, met ten minste "
     "twintig uur arbeid per week voor iedere gedetineerde die dat wil.", "Arbeid en dagprogramma"),
    ("Leg samen met de gemeente Heerdervaart vast hoe iedere gedetineerde bij ontslag beschikt over een geldig "
     "identiteitsbewijs, een zorgverzekering en een adres.", "Terugkeer in de samenleving"),
    ("Wijs in het managementteam een vaste contactpersoon voor de commissie aan, met een plaatsvervanger bij "
     "afwezigheid.", "Samenwerking"),
]


def advice_story():
    s = [Paragraph("Commissie van Toezicht bij de Penitentiaire Inrichting Heerdervaart", SMALL), Spacer(1, 3),
         Paragraph("Jaarverslag 2025", TITLE),
         Paragraph("Toezicht, klachtbehandeling en bemiddeling in de PI Heerdervaart", SUB), Spacer(1, 3),
         Paragraph("Kenmerk CvT-PIH/2026/03 - 12 maart 2026 - aan de vestigingsdirecteur van de PI Heerdervaart; "
                   "afschrift aan de beklagcommissie en de afdeling Rechtspositie", SMALL), Spacer(1, 5), rule()]
    s.append(Paragraph("1. De commissie en haar taak", H2))
    s.append(Paragraph(
        "De Commissie van Toezicht is een onafhankelijke commissie van acht leden: een jurist, een arts, twee "
        "maatschappelijk werkers, een ondernemer, een oud-docent, een voormalig wethouder en een advocaat. Volgens "
        "de Penitentiaire beginselenwet moet de commissie toezicht houden op de bejegening van gedetineerden en "
        "moet de directeur haar leden vrije toegang geven tot alle ruimten van de inrichting. Leden van de "
        "commissie moeten daarnaast als maandcommissaris bereikbaar zijn voor gedetineerden die een probleem "
        "willen bespreken.", BODY))
    s.append(Paragraph(
        "De PI Heerdervaart heeft 312 plaatsen, verdeeld over een huis van bewaring, een gevangenis, een afdeling "
        "Extra Zorg en een Beperkt Beveiligde Afdeling. In 2025 kwam de commissie elf keer in vergadering bijeen; "
        "twee keer schoof de vestigingsdirecteur aan.", BODY))
    s.append(Paragraph("2. Het jaar in cijfers", H2))
    rows = [["", "2024", "2025"],
            ["Bezoeken maandcommissaris", "46", "48"],
            ["Gesprekken met gedetineerden", "388", "421"],
            ["Klaagschriften ontvangen", "231", "264"],
            ["waarvan gegrond verklaard", "38", "51"],
            ["waarvan bemiddeld of ingetrokken", "112", "119"],
            ["Plaatsingen in de strafcel", "97", "133"]]
    data = [[Paragraph(c, CELLB if i == 0 or j == 0 else CELL) for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[96 * mm, 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, SLATE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s += [t, Spacer(1, 6)]
    s.append(Paragraph(
        "Het aantal klaagschriften nam toe met veertien procent. De meeste klachten gingen over het dagprogramma, "
        "de medische zorg en de post. Het aandeel gegronde klachten steeg van zestien naar negentien procent.", BODY))
    s.append(Paragraph("3. Bevindingen", H2))
    s.append(Paragraph("Op grond van de bezoeken, de gesprekken en de klachten stelt de commissie vast:", BODY))
    for n, t in enumerate([
            "Door personeelstekort was het dagprogramma op 61 dagen beperkt tot het wettelijke minimum.",
            "Na de sluiting van werkzaal 3 in mei 2025 werkte gemiddeld nog maar de helft van de gedetineerden.",
            "Gedetineerden die de Nederlandse taal niet beheersen, weten vaak niet hoe zij een klacht indienen.",
            "De maandcommissaris hoorde soms pas na dagen van een plaatsing in de strafcel."], 1):
        s.append(Paragraph(t, ITEM, bulletText=f"{n}."))
    s.append(Paragraph(
        "Het personeel was ook in dit moeilijke jaar bereikbaar en behulpzaam voor de commissie. De bejegening "
        "op de afdelingen is in het algemeen correct en respectvol.", BODY))
    s.append(Paragraph("4. Opvolging van het vorige jaarverslag", H2))
    s.append(Paragraph("In het jaarverslag 2024 schreef de commissie:", BODY))
    s.append(Paragraph("'Zorg dat gedetineerden op de afdeling Extra Zorg iedere dag ten minste een uur kunnen "
                       "luchten, ook bij onderbezetting.'", QUOTE))
    s.append(Paragraph(
        "Dat is sinds september 2025 grotendeels gerealiseerd. De aanbeveling over de telefoontijden op de "
        "Beperkt Beveiligde Afdeling is nog niet uitgevoerd; de commissie komt daar in de loop van 2026 op "
        "terug.", BODY))
    s.append(Paragraph("5. Bezoeken aan de afdelingen", H2))
    s.append(Paragraph(
        "<b>Huis van bewaring.</b> De afdeling was het hele jaar vrijwel vol. Nieuwe gedetineerden vertelden de "
        "maandcommissaris geregeld dat zij na binnenkomst dagen moesten wachten op hun medicatie. De medische dienst "
        "werkt met twee verpleegkundigen per dienst en een arts die drie ochtenden per week aanwezig is; in het "
        "weekend is er alleen een bereikbaarheidsdienst.", BODY))
    s.append(Paragraph(
        "<b>Gevangenis.</b> De sluiting van werkzaal 3 raakt vooral langgestraften. Wie niet werkt, verdient "
        "minder en zit langer op cel. De commissie sprak met de arbeidsmeesters; zij hebben opdrachten genoeg, "
        "maar niet de ruimte en het personeel om die uit te voeren.", BODY))
    s.append(Paragraph(
        "<b>Afdeling Extra Zorg.</b> Het luchten is verbeterd. Gedetineerden waarderen de vaste mentoren. Wel "
        "hoorde de commissie dat de bezoekzaal op zaterdag vaak overvol is, zodat bezoek wordt ingekort.", BODY))
    s.append(Paragraph(
        "<b>Beperkt Beveiligde Afdeling.</b> Gedetineerden die binnenkort vrijkomen, hebben vaak nog geen "
        "woonadres of geldig paspoort. Volgens de casemanagers duurt het aanvragen daarvan bij de gemeente "
        "gemiddeld zeven weken, terwijl de voorbereiding op ontslag soms pas vier weken van tevoren begint.", BODY))
    s.append(Paragraph(
        "<b>Beklag en bemiddeling.</b> De beklagcommissie hield 29 zittingen, waarvan vier via een videoverbinding. "
        "De gemiddelde doorlooptijd van een klaagschrift was 38 dagen; de wettelijke termijn van vier weken werd in "
        "ruim een derde van de zaken overschreden. Bemiddeling door de maandcommissaris voorkwam in 119 gevallen een "
        "formele uitspraak. Klachten over de post en de kantine werden meestal binnen een week opgelost.", BODY))
    s.append(Paragraph(
        "<b>Medewerkers.</b> Het ziekteverzuim onder het personeel lag met 9,4 procent hoger dan vorig jaar. De "
        "commissie ziet dat de inrichting veel leunt op uitzendkrachten en stagiairs, die de gedetineerden en de "
        "huisregels minder goed kennen. Dat verklaart een deel van de klachten over bejegening en het "
        "dagprogramma.", BODY))
    s.append(Paragraph(
        "<b>Samenwerking met de directie.</b> Het overleg met de directie verliep constructief, maar door "
        "wisselingen in het managementteam wist de commissie niet altijd bij wie zij terechtkon. Vragen van de "
        "maandcommissaris bleven daardoor soms weken liggen.", BODY))
    s.append(Paragraph("6. Aanbevelingen", H2))
    s.append(Paragraph("De commissie doet de vestigingsdirecteur de volgende aanbevelingen:", BODY))
    data = [[Paragraph("Nr.", CELLB), Paragraph("Aanbeveling", CELLB), Paragraph("Thema", CELLB)]]
    for n, (txt, theme) in enumerate(RECS, 1):
        data.append([Paragraph(str(n), CELLB), Paragraph(txt, CELL), Paragraph(theme, CELL)])
    t = Table(data, colWidths=[11 * mm, 118 * mm, 37 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, SLATE),
                           ("LINEABOVE", (0, 0), (-1, 0), 0.8, SLATE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 8)]
    s.append(Paragraph("7. Tot slot", H2))
    s.append(Paragraph(
        "De commissie dankt de gedetineerden, het personeel en de directie voor hun openheid. Zij ontvangt graag "
        "voor 1 juli 2026 een reactie van de directie, in het bijzonder op de aanbevelingen 2, 5 en 7.", BODY))
    s.append(Spacer(1, 4))
    s.append(Paragraph("mr. H.J. van Ommeren, voorzitter<br/>drs. L. Bakkal, secretaris", BODY))
    return s


def response_story():
    meta = [["Aan", "Commissie van Toezicht bij de PI Heerdervaart"],
            ["Van", "vestigingsdirecteur PI Heerdervaart, A.M. Tjoa"],
            ["Datum", "18 juni 2026"],
            ["Kenmerk", "PIH/DIR/2026-0874"],
            ["Onderwerp", "Verbetermonitor: opvolging jaarverslag 2025"]]
    s = [Paragraph("Penitentiaire Inrichting Heerdervaart", SMALL), Spacer(1, 3),
         Paragraph("Verbetermonitor opvolging Commissie van Toezicht", TITLE), Spacer(1, 4)]
    mt = Table([[Paragraph(a, CELLB), Paragraph(b, CELL)] for a, b in meta], colWidths=[28 * mm, 138 * mm])
    mt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [mt, Spacer(1, 6), rule()]
    s.append(Paragraph("Toelichting", H2))
    s.append(Paragraph(
        "Twee keer per jaar legt de directie in deze monitor vast wat er gebeurt met de aanbevelingen van de "
        "commissie. Deze editie behandelt het jaarverslag over 2025 en de punten uit eerdere jaren die nog openstaan. "
        "De monitor is besproken in het managementteam van 9 juni 2026 en wordt ook gedeeld met de "
        "gedetineerdencommissie.", BODY))
    s.append(Paragraph("Stand van zaken per onderwerp", H2))
    rows = [
        ("Intake medische dienst",
         "Vanaf 1 april 2026 plant de medische dienst voor elke nieuwe gedetineerde een intake binnen twee "
         "werkdagen in. Voor binnenkomst op vrijdag is op zaterdagochtend een verpleegkundige ingeroosterd.",
         "In uitvoering", "april 2026"),
        ("Huisregels, klachtformulier en melding strafcel",
         "De huisregels en het klachtformulier zijn inmiddels vertaald in het Engels, Pools, Arabisch, Turks, "
         "Roemeens en Tigrinya en liggen op alle afdelingen. Plaatsingen in de strafcel melden wij voortaan "
         "digitaal aan de maandcommissaris, maar binnen drie werkdagen en niet binnen een etmaal: in het weekend "
         "is daarvoor geen administratieve capaciteit.",
         "Gereed / deels", "mei 2026"),
        ("Contactpersoon voor de commissie",
         "Het hoofd Veiligheid, de heer R. Doornbos, is per 1 mei 2026 de vaste contactpersoon van de commissie; "
         "het hoofd Zorg neemt zijn taak waar bij afwezigheid.",
         "Gereed", "mei 2026"),
        ("Avondbezoek",
         "Wij begrijpen de wens, maar een bezoekavond vraagt extra bezetting op de poort en de bezoekzaal die wij "
         "nu niet hebben. Het huidige rooster met bezoek op woensdagmiddag en zaterdag blijft daarom gehandhaafd.",
         "Niet overgenomen", "-"),
        ("Arbeid in de werkzalen",
         "Of werkzaal 3 weer opengaat, hangt af van het landelijke capaciteitsbesluit dat in het najaar wordt "
         "verwacht. De directie neemt het advies van de commissie mee in haar inbreng voor dat besluit.",
         "Ter overweging", "najaar 2026"),
        ("Luchten afdeling Extra Zorg (uit jaarverslag 2024)",
         "Sinds september 2025 kan op de afdeling Extra Zorg dagelijks worden gelucht; bij ziekte wordt een "
         "collega van de BBA ingezet.", "Gereed", "september 2025"),
        ("Telefoontijden BBA (uit jaarverslag 2024)",
         "Een nieuw belschema voor de Beperkt Beveiligde Afdeling wordt getest in de zomerperiode.",
         "In uitvoering", "oktober 2026"),
    ]
    data = [[Paragraph(h, CELLB) for h in ("Onderwerp", "Reactie directie", "Status", "Gereed")]]
    for r in rows:
        data.append([Paragraph(r[0], CELLB), Paragraph(r[1], CELL), Paragraph(r[2], CELL), Paragraph(r[3], CELL)])
    t = Table(data, colWidths=[34 * mm, 84 * mm, 27 * mm, 21 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PALE), ("LINEBELOW", (0, 0), (-1, -1), 0.4, SLATE),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s += [t, Spacer(1, 6)]
    s.append(Paragraph("Overige punten", H2))
    s.append(Paragraph(
        "In het eerste halfjaar van 2026 ontving de commissie 118 klaagschriften, tegen 131 in dezelfde periode "
        "vorig jaar. Het aantal plaatsingen in de strafcel daalde van 71 naar 54. De directie blijft deze cijfers "
        "per kwartaal met de commissie bespreken.", BODY))
    s.append(Paragraph(
        "De volgende editie van de monitor verschijnt in december 2026.", BODY))
    return s


def expected():
    recs = [
        (1, "Zorg ervoor dat iedere nieuw binnengekomen gedetineerde binnen twee werkdagen",
         "Voor binnenkomst op vrijdag is op zaterdagochtend een verpleegkundige ingeroosterd", "agrees"),
        (2, "Breid het bezoekrooster uit met ten minste een avond per week",
         "Het huidige rooster met bezoek op woensdagmiddag en zaterdag blijft", "disagrees"),
        (3, "Maak de huisregels en het klachtformulier beschikbaar in ten minste",
         "Roemeens en Tigrinya en liggen op alle afdelingen", "agrees"),
        (4, "Meld elke plaatsing in de strafcel binnen 24 uur schriftelijk",
         "maar binnen drie werkdagen en niet binnen een etmaal", "partly"),
        (5, "Herstel het arbeidsaanbod in de werkzalen tot het niveau van",
         "neemt het advies van de commissie mee in haar inbreng", "noted"),
        (6, "Leg samen met de gemeente Heerdervaart vast hoe iedere gedetineerde", None, "unanswered"),
        (7, "Wijs in het managementteam een vaste contactpersoon voor de commissie aan",
         "is per 1 mei 2026 de vaste contactpersoon", "agrees"),
    ]
    unmatched = ["legt de directie in deze monitor vast wat er gebeurt",
                 "op de afdeling Extra Zorg dagelijks worden gelucht",
                 "Een nieuw belschema voor de Beperkt Beveiligde Afdeling",
                 "ontving de commissie 118 klaagschriften, tegen 131"]
    notes = ("Advice: the JAARVERSLAG 2025 of a COMMISSIE VAN TOEZICHT at a penitentiaire inrichting (reportlab, 3 p.); "
             "the seven recommendations are the ROWS of a ruled table 'Nr. | Aanbeveling | Thema' numbered 1-7, "
             "imperatives ('Zorg ervoor ...', 'Breid ... uit', 'Meld ...'), the table running across the page "
             "break with its header repeated. Traps: the Penitentiaire beginselenwet paraphrased with 'moet', a "
             "figures table, a numbered list 1.-4. of findings after 'stelt de commissie vast', last year's "
             "recommendation quoted as an imperative ('Zorg dat gedetineerden op de afdeling Extra Zorg ...'), a "
             "closing line naming 'de aanbevelingen 2, 5 en 7'. Response: the vestigingsdirecteur's VERBETERMONITOR "
             "(meta table, 'Toelichting', then a status table 'Onderwerp | Reactie directie | Status | Gereed' "
             "without the committee's numbers, then 'Overige punten' with figures). Rows in the order 1, 3+4, 7, 2, "
             "5: 1 agrees (intake within two working days from April 2026, Saturday nurse); ONE row for 3 and 4: "
             "3 agrees (translated into six languages), 4 partly (digital report within three working days, not "
             "24 hours); 7 agrees (head of security contact person from 1 May 2026); 2 disagrees (evening visits "
             "not feasible, schedule kept); 5 noted (depends on the national capacity decision, advice taken into "
             "the directorate's input). Two rows on 2024 recommendations and the 'Toelichting' and 'Overige "
             "punten' answer nothing; 6 (ID, insurance and address on release with the gemeente) never answered: "
             "unanswered.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, NAME + "_advice.pdf", "Commissie van Toezicht PI Heerdervaart - jaarverslag 2025 - "
          "CvT-PIH/2026/03", "Jaarverslag 2025 Commissie van Toezicht PI Heerdervaart", "pagina {n} van {m}",
          "Commissie van Toezicht PI Heerdervaart")
    build(response_story, NAME + "_response.pdf", "PI Heerdervaart - verbetermonitor - PIH/DIR/2026-0874",
          "Verbetermonitor opvolging Commissie van Toezicht", "{n}", "PI Heerdervaart")
    expected()

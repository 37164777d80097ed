"""Round 84 (nl, Dutch): the CISO's JAARRAPPORTAGE INFORMATIEBEVEILIGING of a municipality, answered by the
MANAGEMENTREACTIE of the directieteam (a memo to the college, one sub-heading per recommendation number).

Advice: (invented) gemeente Wendelo, Chief Information Security Officer, 'Jaarrapportage informatiebeveiliging
2025' (2 p., sans, a dark-teal letterhead band, a framed meta table, an incidents table, running head, 'blz. n');
the seven recommendations are the rows of a TABLE 'Nr. | Aanbeveling | Prioriteit | Gericht aan' in section 5;
traps: the information-security policy ('De CISO moet jaarlijks ... rapporteren'), art. 33 AVG ('moet ... binnen 72
uur'), ENSIA and BIO percentages, an incidents table, findings B1-B6 in a hanging layout, the 2023 recommendation
quoted ('Leg voor elke kritieke applicatie een eigenaar vast.'), 'zou ... moeten', dates.
Response: 'Managementreactie op de Jaarrapportage informatiebeveiliging 2025' (2 p., serif memo with a ruled
heading block, 'Pagina n van m'), sub-headings citing the numbers in another order: '1. Aanleiding' (nothing);
'Aanbeveling 2' = agrees (a deed since 1 March); ONE sub-heading 'Aanbevelingen 4 en 6' = 4 agrees (restore tests in
May and November) + 6 disagrees (no own crisis exercise); 'Aanbeveling 3' = partly (high-risk applications only by the
deadline); 'Aanbeveling 7' = noted (kadernota 2027); 'Aanbeveling 1' = agrees; '3. Actualisatie
informatiebeveiligingsbeleid' (nothing); '4. Voorstel aan het college' (nothing); 5 (compulsory e-learning)
unanswered.
Engine: reportlab platypus (DejaVu, invariant=1).

ENSIA, the BIO and the AVG are real, but what the documents say of them is not to be relied on; Wendelo, its
people, figures and dates are invented.

Run: /tmp/blind84nl/bin/python tests/docs/src/blind84/gen_nl_informatiebeveiliging_reportlab.py"""
import os
import sys

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, os.path.dirname(__file__))
import _b84nl as B  # noqa: E402

rl_config.invariant = 1
NAME = "blind84_nl_informatiebeveiliging"
DV = "/usr/share/fonts/truetype/dejavu/"
for n, f in (("S", "DejaVuSans.ttf"), ("S-B", "DejaVuSans-Bold.ttf"), ("S-I", "DejaVuSans-Oblique.ttf"),
             ("S-BI", "DejaVuSans-BoldOblique.ttf"), ("R", "DejaVuSerif.ttf"), ("R-B", "DejaVuSerif-Bold.ttf"),
             ("R-I", "DejaVuSerif-Italic.ttf"), ("R-BI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(n, DV + f))
pdfmetrics.registerFontFamily("S", normal="S", bold="S-B", italic="S-I", boldItalic="S-BI")
pdfmetrics.registerFontFamily("R", normal="R", bold="R-B", italic="R-I", boldItalic="R-BI")

TEAL = colors.HexColor("#0b4f5c")
GREY = colors.HexColor("#555555")


def styles(fam, accent, size=9.3):
    body = ParagraphStyle("b", fontName=fam, fontSize=size, leading=size * 1.42, spaceAfter=5)
    h = ParagraphStyle("h", fontName=fam + "-B", fontSize=10.8, leading=14, spaceBefore=8, spaceAfter=3,
                       keepWithNext=1, textColor=accent)
    h3 = ParagraphStyle("h3", fontName=fam + "-B", fontSize=9.6, leading=13, spaceBefore=5, spaceAfter=2,
                        keepWithNext=1)
    small = ParagraphStyle("s", fontName=fam, fontSize=8.2, leading=10.8)
    title = ParagraphStyle("t", fontName=fam + "-B", fontSize=16, leading=20, spaceAfter=4, textColor=accent)
    item = ParagraphStyle("i", parent=body, leftIndent=9 * mm, firstLineIndent=-9 * mm, spaceAfter=4)
    return body, h, h3, small, title, item


RECS = [
    ("Voer multifactorauthenticatie in voor alle accounts met toegang op afstand, ook voor raadsleden en externe "
     "leveranciers.", "Hoog", "directieteam"),
    ("Koppel het uitdiensttredingsproces in het HR-systeem aan het accountbeheer, zodat accounts uiterlijk op de "
     "laatste werkdag worden geblokkeerd.", "Hoog", "afdeling Bedrijfsvoering"),
    ("Sluit vóór 31 december 2026 met alle leveranciers die persoonsgegevens voor de gemeente verwerken een "
     "verwerkersovereenkomst af en registreer die centraal.", "Hoog", "directieteam"),
    ("Test ten minste tweemaal per jaar of de back-ups van de kritieke applicaties volledig en binnen de "
     "afgesproken hersteltijd kunnen worden teruggezet.", "Middel", "team ICT"),
    ("Maak de e-learning informatiebeveiliging verplicht voor alle medewerkers en bespreek de deelname in de "
     "jaargesprekken.", "Middel", "afdeling HR"),
    ("Houd in 2026 een bestuurlijke crisisoefening waarin een ransomware-aanval op de gemeentelijke systemen "
     "centraal staat.", "Middel", "college"),
    ("Breid het team informatiebeveiliging uit met een tweede security officer voor 0,8 fte.", "Laag",
     "college"),
]


def advice():
    body, h, h3, small, title, item = styles("S", TEAL)
    cell = ParagraphStyle("c", parent=small, fontSize=8.4, leading=11)
    cellb = ParagraphStyle("cb", parent=cell, fontName="S-B", textColor=colors.white)

    def first(c, d):
        c.saveState()
        w, hgt = A4
        c.setFillColor(TEAL)
        c.rect(0, hgt - 24 * mm, w, 24 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("S-B", 13)
        c.drawString(20 * mm, hgt - 12 * mm, "Gemeente Wendelo")
        c.setFont("S", 8.5)
        c.drawString(20 * mm, hgt - 18 * mm, "Chief Information Security Officer  |  Postbus 410, 7460 AK Wendelo")
        c.setFont("S", 7.5)
        c.setFillColor(GREY)
        c.drawRightString(w - 20 * mm, 12 * mm, f"blz. {d.page}")
        c.restoreState()

    def later(c, d):
        c.saveState()
        w, hgt = A4
        c.setFont("S", 7.5)
        c.setFillColor(GREY)
        c.drawString(20 * mm, hgt - 14 * mm, "Gemeente Wendelo  |  Jaarrapportage informatiebeveiliging 2025  |  "
                                            "kenmerk CISO/2026/004")
        c.setStrokeColor(TEAL)
        c.line(20 * mm, hgt - 16 * mm, w - 20 * mm, hgt - 16 * mm)
        c.drawRightString(w - 20 * mm, 12 * mm, f"blz. {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=32 * mm, bottomMargin=20 * mm, title="Jaarrapportage informatiebeveiliging 2025",
                            author="CISO gemeente Wendelo")
    s = []
    s.append(Paragraph("Jaarrapportage informatiebeveiliging 2025", title))
    meta = [["Aan", "het college van burgemeester en wethouders"],
            ["Afschrift", "directieteam; functionaris gegevensbescherming; auditcommissie van de raad"],
            ["Van", "M. (Maaike) Brouwer, CISO"],
            ["Datum", "12 februari 2026"],
            ["Kenmerk", "CISO/2026/004"],
            ["Classificatie", "Intern - niet openbaar tot vaststelling door het college"]]
    t = Table([[Paragraph(a, ParagraphStyle("mb", parent=cell, fontName="S-B")), Paragraph(b, cell)]
               for a, b in meta], colWidths=[30 * mm, 140 * mm])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, TEAL), ("BACKGROUND", (0, 0), (0, -1),
                                                                   colors.HexColor("#e3eff1")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    s += [t, Spacer(1, 5 * mm)]

    s.append(Paragraph("1. Inleiding", h))
    s.append(Paragraph(
        "Het informatiebeveiligingsbeleid 2023-2026 bepaalt in paragraaf 6.2 dat de CISO jaarlijks vóór 1 maart "
        "aan het college moet rapporteren over de stand van de informatiebeveiliging. Deze rapportage gaat over het "
        "kalenderjaar 2025. Zij steunt op de incidentregistratie van de servicedesk, de ENSIA-zelfevaluatie, twee "
        "interne audits en gesprekken met de afdelingshoofden. Anders dan vorig jaar sluit ik af met een tabel van "
        "zeven aanbevelingen, elk met een prioriteit en een voorgestelde eigenaar.", body))

    s.append(Paragraph("2. Het jaar in cijfers", h))
    s.append(Paragraph(
        "Het aantal meldingen van verdachte e-mail steeg fors, vooral na de bewustwordingscampagne in oktober. Dat "
        "is op zichzelf een goed teken: medewerkers melden vaker. Zorgelijker is de stijging van het aantal "
        "datalekken dat bij de Autoriteit Persoonsgegevens moest worden gemeld.", body))
    rows = [["Categorie", "2024", "2025"],
            ["Meldingen verdachte e-mail (phishing)", "212", "348"],
            ["Datalekken gemeld bij de Autoriteit Persoonsgegevens", "4", "7"],
            ["Verloren of gestolen laptops en telefoons", "9", "6"],
            ["Malware-incidenten op werkplekken", "3", "2"],
            ["Accounts actief langer dan 30 dagen na uitdiensttreding", "-", "17"]]
    t = Table([[Paragraph(c, cellb if i == 0 else cell) for c in r] for i, r in enumerate(rows)],
              colWidths=[110 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4,
                                                                     colors.HexColor("#9fbfc5")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f6f7")])]))
    s += [t, Paragraph("Tabel 1. Incidenten en meldingen, bron: registratie servicedesk en privacyloket.", small),
          Spacer(1, 3 * mm)]
    s.append(Paragraph(
        "Van de zeven datalekken is er één niet tijdig gemeld. Artikel 33 van de AVG schrijft voor dat een melding "
        "zonder onredelijke vertraging en zo mogelijk binnen 72 uur na ontdekking moet plaatsvinden; in dit geval "
        "duurde het zes dagen. Bij de ENSIA-zelfevaluatie over 2025 voldeed de gemeente aan 81 procent van de "
        "getoetste BIO-maatregelen, tegen 74 procent een jaar eerder.", body))

    s.append(Paragraph("3. Bevindingen", h))
    finds = [
        ("B1", "Multifactorauthenticatie is voor de meeste medewerkers ingevoerd, maar raadsleden en een aantal "
               "leveranciers loggen op afstand nog in met alleen een wachtwoord."),
        ("B2", "Bij zeventien vertrokken medewerkers bleef het account langer dan dertig dagen actief. Het "
               "HR-systeem meldt een vertrek niet automatisch aan de servicedesk."),
        ("B3", "Voor 11 van de 46 applicaties waarin persoonsgegevens worden verwerkt, is geen "
               "verwerkersovereenkomst te vinden; in vier gevallen gaat het om bijzondere persoonsgegevens."),
        ("B4", "Er worden dagelijks back-ups gemaakt, maar in 2025 is niet getest of een volledige hersteltijd "
               "van 24 uur voor de kritieke applicaties haalbaar is."),
        ("B5", "Bij de phishingtest in november klikte 14 procent van de medewerkers op de link; van de nieuwe "
               "medewerkers volgde iets meer dan de helft de e-learning."),
        ("B6", "Het college heeft de bestuurlijke kant van een grote cyberaanval nog niet geoefend; het "
               "crisisplan dateert van 2021."),
    ]
    for code, text in finds:
        s.append(Paragraph(f"<b>{code}</b> {text}", item))
    s.append(Paragraph(
        "In de jaarrapportage 2023 schreef ik: 'Leg voor elke kritieke applicatie een eigenaar vast.' Die "
        "aanbeveling is inmiddels volledig uitgevoerd. Het beleid zelf loopt eind 2026 af en zou naar mijn oordeel "
        "in de loop van dat jaar moeten worden herzien, mede omdat de BIO wordt vernieuwd.", body))

    s.append(Paragraph("4. Oordeel", h))
    s.append(Paragraph(
        "De gemeente Wendelo heeft in 2025 aantoonbaar vooruitgang geboekt. De grootste risico's zitten niet meer in "
        "de techniek, maar in processen tussen afdelingen en in de afspraken met leveranciers. Zonder extra "
        "capaciteit kan het huidige team van één CISO en één privacy officer de opvolging van incidenten nauwelijks "
        "bijhouden.", body))

    s.append(Paragraph("5. Aanbevelingen", h))
    s.append(Paragraph("Op grond van de bevindingen doe ik het college de volgende aanbevelingen.", body))
    hdr = [Paragraph(x, cellb) for x in ("Nr.", "Aanbeveling", "Prioriteit", "Gericht aan")]
    data = [hdr] + [[Paragraph(str(i), cell), Paragraph(r, cell), Paragraph(p, cell), Paragraph(g, cell)]
                    for i, (r, p, g) in enumerate(RECS, 1)]
    t = Table(data, colWidths=[11 * mm, 105 * mm, 20 * mm, 34 * mm], repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL), ("GRID", (0, 0), (-1, -1), 0.4,
                                                                     colors.HexColor("#9fbfc5")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f6f7")])]))
    s += [t, Spacer(1, 4 * mm)]
    s.append(Paragraph(
        "Ik verzoek het college deze rapportage met een reactie van het directieteam vast te stellen en haar ter "
        "kennisname aan de auditcommissie van de raad te zenden.", body))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("M. Brouwer<br/>Chief Information Security Officer", body))
    doc.build(s, onFirstPage=first, onLaterPages=later)


def response():
    body, h, h3, small, title, item = styles("R", colors.HexColor("#222222"), 9.6)

    def pages(c, d):
        c.saveState()
        w, hgt = A4
        c.setFont("R", 7.8)
        c.setFillColor(GREY)
        c.drawString(22 * mm, 12 * mm, "Gemeente Wendelo - directieteam")
        c.drawRightString(w - 22 * mm, 12 * mm, f"Pagina {d.page} van 2")
        c.restoreState()

    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title="Managementreactie jaarrapportage "
                            "informatiebeveiliging 2025", author="Directieteam gemeente Wendelo")
    s = [Paragraph("MEMO", ParagraphStyle("m", fontName="R-B", fontSize=20, leading=24, spaceAfter=4)),
         Paragraph("Managementreactie op de Jaarrapportage informatiebeveiliging 2025", title)]
    cell = ParagraphStyle("c", parent=small, fontName="R", fontSize=8.8, leading=11.5)
    meta = [["Aan", "college van burgemeester en wethouders"], ["Van", "directieteam, namens deze H. Verbeek, "
                                                                "gemeentesecretaris"],
            ["Datum", "10 maart 2026"], ["Onderwerp", "reactie op de jaarrapportage van de CISO (CISO/2026/004)"],
            ["Behandeling", "collegevergadering 17 maart 2026"]]
    t = Table([[Paragraph(f"<b>{a}</b>", cell), Paragraph(b, cell)] for a, b in meta],
              colWidths=[30 * mm, 136 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [t, Spacer(1, 5 * mm)]
    s.append(Paragraph("1. Aanleiding", h))
    s.append(Paragraph(
        "De CISO heeft op 12 februari haar jaarrapportage over 2025 aan het college aangeboden. Het directieteam "
        "heeft de rapportage op 3 maart met haar besproken. Wij zijn haar erkentelijk voor het heldere beeld en "
        "voor de concrete voorstellen. In deze memo geven wij per aanbeveling onze reactie, met de acties die al "
        "in gang zijn gezet.", body))
    s.append(Paragraph("2. Reactie per aanbeveling", h))
    s.append(Paragraph("Aanbeveling 2 - Accounts van vertrokken medewerkers", h3))
    s.append(Paragraph(
        "Het directieteam neemt deze aanbeveling over. Sinds 1 maart 2026 stuurt het HR-systeem bij elke "
        "uitdiensttreding automatisch een blokkeringsverzoek naar de servicedesk, die het account op de laatste "
        "werkdag om 17.00 uur afsluit. De zeventien accounts uit de rapportage zijn inmiddels verwijderd.", body))
    s.append(Paragraph("Aanbevelingen 4 en 6 - Herstel na een aanval", h3))
    s.append(Paragraph(
        "Het periodiek testen van de terugzetbaarheid van de back-ups nemen wij over: de eerste volledige "
        "hersteltest staat gepland in mei, de tweede in november, en het team ICT rapporteert de uitkomst aan de "
        "CISO. Een eigen bestuurlijke crisisoefening houden wij in 2026 evenwel niet. Het college heeft in "
        "november 2025 deelgenomen aan de regionale cyberoefening van de veiligheidsregio, en een tweede oefening "
        "binnen een jaar voegt naar ons oordeel onvoldoende toe.", body))
    s.append(Paragraph("Aanbeveling 3 - Verwerkersovereenkomsten", h3))
    s.append(Paragraph(
        "Wij delen de analyse van de CISO, maar de termijn is voor alle leveranciers niet haalbaar. Voor de vier "
        "applicaties met bijzondere persoonsgegevens en de overige applicaties met een hoog risico sluiten wij de "
        "overeenkomst vóór 31 december 2026 af; de andere volgen gefaseerd tot eind 2027. Het centrale register "
        "komt in het zaaksysteem.", body))
    s.append(Paragraph("Aanbeveling 7 - Capaciteit", h3))
    s.append(Paragraph(
        "Het directieteam neemt kennis van het verzoek om een tweede security officer. Een uitbreiding van de "
        "formatie past niet binnen de lopende begroting. Wij betrekken het verzoek bij de voorbereiding van de "
        "kadernota 2027, waarin het college de afweging maakt.", body))
    s.append(Paragraph("Aanbeveling 1 - Inloggen op afstand", h3))
    s.append(Paragraph(
        "Akkoord. Voor alle medewerkers is de tweede factor sinds januari actief. De griffie zorgt ervoor dat "
        "raadsleden uiterlijk 1 juni 2026 volgen; leveranciers krijgen per diezelfde datum alleen nog toegang via "
        "het beveiligde portaal.", body))
    s.append(Paragraph("3. Actualisatie informatiebeveiligingsbeleid", h))
    s.append(Paragraph(
        "Los van de aanbevelingen stellen wij voor het beleid voor de periode 2027-2030 in het najaar te "
        "vernieuwen. Een concept volgt vóór de zomer, na afstemming met de functionaris gegevensbescherming en "
        "met de ondernemingsraad.", body))
    s.append(Paragraph("4. Voorstel aan het college", h))
    s.append(Paragraph(
        "Wij stellen het college voor deze managementreactie vast te stellen en de jaarrapportage samen met deze "
        "memo ter kennisname te sturen aan de auditcommissie van de raad, die haar op 14 april bespreekt.", body))
    doc.build(s, onFirstPage=pages, onLaterPages=pages)


RECS_EXP = [
    (1, "Voer multifactorauthenticatie in voor alle accounts met toegang op afstand",
     "voor alle medewerkers is de tweede factor sinds januari actief", "agrees"),
    (2, "Koppel het uitdiensttredingsproces in het HR-systeem aan het accountbeheer",
     "stuurt het HR-systeem bij elke uitdiensttreding automatisch een blokkeringsverzoek", "agrees"),
    (3, "Sluit vóór 31 december 2026 met alle leveranciers die persoonsgegevens",
     "de termijn is voor alle leveranciers niet haalbaar", "partly"),
    (4, "Test ten minste tweemaal per jaar of de back-ups",
     "de eerste volledige hersteltest staat gepland in mei", "agrees"),
    (5, "Maak de e-learning informatiebeveiliging verplicht voor alle medewerkers", None, "unanswered"),
    (6, "Houd in 2026 een bestuurlijke crisisoefening waarin een ransomware-aanval",
     "Een eigen bestuurlijke crisisoefening houden wij in 2026 evenwel niet", "disagrees"),
    (7, "Breid het team informatiebeveiliging uit met een tweede security officer",
     "neemt kennis van het verzoek om een tweede security officer", "noted"),
]
UNMATCHED = [
    "Wij zijn haar erkentelijk voor het heldere beeld",
    "stellen wij voor het beleid voor de periode 2027-2030 in het najaar te vernieuwen",
    "die haar op 14 april bespreekt",
]
NOTES = ("Advice: CISO's annual report of (invented) gemeente Wendelo; the seven recommendations are the rows of a "
         "TABLE 'Nr. | Aanbeveling | Prioriteit | Gericht aan' in section 5. Traps: policy 'moet jaarlijks ... "
         "rapporteren', art. 33 AVG 'moet plaatsvinden', ENSIA/BIO percentages, an incidents table, findings B1-B6 "
         "hanging like items, the 2023 recommendation quoted ('Leg voor elke kritieke applicatie een eigenaar "
         "vast.'), 'zou ... moeten worden herzien', a closing request to the college. Response: directieteam's "
         "MANAGEMENTREACTIE memo with sub-headings citing the numbers in the order 2, 4+6, 3, 7, 1: '1. Aanleiding' "
         "(nothing); 2 agrees (a deed since 1 March); ONE passage 'Aanbevelingen 4 en 6' = 4 agrees (restore tests "
         "May and November) + 6 disagrees (no own crisis exercise, 'evenwel niet'); 3 partly ('delen de analyse, "
         "maar' - high-risk only by the deadline); 7 noted ('neemt kennis van', kadernota 2027); 1 agrees "
         "('Akkoord.'); '3. Actualisatie informatiebeveiligingsbeleid' and '4. Voorstel aan het college' (nothing); "
         "5 (compulsory e-learning) unanswered.")

if __name__ == "__main__":
    advice()
    response()
    B.write_expected(NAME, RECS_EXP, UNMATCHED, NOTES)
    sys.exit(B.main([NAME]))

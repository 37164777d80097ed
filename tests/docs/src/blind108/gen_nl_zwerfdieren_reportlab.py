"""Round 108 (nl): the EVALUATIE of the regional DIENSTVERLENINGSOVEREENKOMST ZWERFDIERENOPVANG (three Dutch
municipalities and a dierenopvangcentrum) by an external bureau, answered by the joint BESTUURLIJKE REACTIE (letter)
of the three colleges.

Advice (reportlab, serif, teal letterhead rule, running head from p. 2, 'blz. n'): a figures table, findings with
traps (Burgerlijk Wetboek art. 5:8 'moet', the 2022 advice quoted with 'moet', 14 days, art. 6 of the overeenkomst),
recommendations in a TABLE 'Nr. | Aanbeveling | Wie' numbered Z1-Z7. Response: letter citing 'aanbeveling Z4' etc.,
order Z4, Z3+Z5, Z1, Z7, Z2; Z6 unanswered. All invented.

Run: /tmp/blind108nl/bin/python tests/docs/src/blind108/gen_nl_zwerfdieren_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b108nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind108_nl_zwerfdieren"
F = B.tmp_fonts("B108NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
TEAL = colors.HexColor("#1d6b6b")
P = ParagraphStyle("p", fontName="R", fontSize=10, leading=14, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="RB", fontSize=12, textColor=TEAL, spaceBefore=8)
T = ParagraphStyle("t", parent=P, fontName="RB", fontSize=16, leading=20, textColor=TEAL)
S = ParagraphStyle("s", parent=P, fontSize=8.5, leading=11)
C = ParagraphStyle("c", parent=P, spaceAfter=0, fontSize=9.5, leading=12.5)


def deco(head, footer_fmt):
    def draw(c, doc):
        c.saveState()
        c.setFillColor(colors.grey)
        c.setFont("RI", 8)
        n = doc.page
        if n > 1:
            c.drawString(56, 810, head)
            c.setStrokeColor(TEAL)
            c.line(56, 805, 539, 805)
        c.setFont("R", 8)
        c.drawRightString(539, 30, footer_fmt.format(n=n))
        c.restoreState()
    return draw


def advice():
    s = []
    s.append(Paragraph("Bureau Keerkring Beleidsonderzoek", S))
    s.append(Paragraph("Evaluatie dienstverleningsovereenkomst zwerfdierenopvang 2023-2026", T))
    s.append(Paragraph("In opdracht van de gemeenten Hollevoort, Stadswijk en Ammerzoden-Noord<br/>"
                       "Kenmerk KB-2026-041 - Utrecht, 2 oktober 2026", S))
    s.append(Spacer(1, 8))
    s.append(Paragraph("1. Inleiding", H))
    s.append(Paragraph(
        "De drie gemeenten hebben in 2023 met Stichting Dierenopvang De Wissel een overeenkomst gesloten voor de "
        "opvang van gevonden en zwervende huisdieren. Artikel 12 van de overeenkomst schrijft een evaluatie voor in "
        "het laatste contractjaar. Wij spraken met negen betrokkenen, bezochten de opvang twee keer en analyseerden "
        "de registratie over 2023 tot en met juni 2026.", P))
    s.append(Paragraph("2. Cijfers", H))
    rows = [["", "2023", "2024", "2025", "2026 (t/m juni)"],
            ["Opgevangen honden", "212", "198", "224", "117"],
            ["Opgevangen katten", "486", "531", "577", "301"],
            ["Teruggeplaatst bij eigenaar", "41%", "39%", "36%", "35%"],
            ["Kosten per inwoner (euro)", "1,42", "1,48", "1,61", "-"]]
    t = Table(rows, colWidths=[170, 70, 70, 70, 90])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "R", 9), ("FONT", (0, 0), (-1, 0), "RB", 9),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL), ("LINEBELOW", (0, -1), (-1, -1), 0.5, TEAL),
                           ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(Paragraph("3. Bevindingen", H))
    s.append(Paragraph(
        "Wie een dier vindt, moet dat op grond van artikel 5:8 van het Burgerlijk Wetboek melden; de gemeente moet "
        "het dier vervolgens ten minste veertien dagen bewaren voordat het mag worden herplaatst of verkocht. Die "
        "termijn wordt in de praktijk gehaald. Wel zien wij dat de meldingen via drie verschillende telefoonnummers "
        "binnenkomen en dat de overdracht tussen de dierenambulance en de opvang buiten kantoortijd stroef verloopt.", P))
    s.append(Paragraph(
        "Het adviesrapport van 2022 stelde al: 'de opvang moet elk binnengebracht dier binnen 24 uur laten scannen "
        "op een chip'. Dat gebeurt nu bij 92 procent van de honden, maar bij katten nauwelijks. De vergoeding per "
        "dier in artikel 6 van de overeenkomst is sinds 2023 niet geindexeerd, terwijl de dierenartskosten met ruim "
        "twintig procent stegen. Het zwerfkattenbeleid (vangen, castreren, terugzetten) valt buiten de overeenkomst "
        "en wordt door vrijwilligers gedragen.", P))
    s.append(Paragraph(
        "Conclusie: de opvang doet wat zij moet doen, maar de overeenkomst sluit niet meer aan bij de kosten en bij "
        "de aantallen katten. Een nieuwe overeenkomst zou per 1 januari 2027 moeten ingaan.", P))
    s.append(Paragraph("4. Aanbevelingen", H))
    s.append(Paragraph("Wij doen de gemeenten de volgende aanbevelingen voor de nieuwe overeenkomst:", P))
    recs = [
        ("Z1", "Breng alle meldingen van gevonden en vermiste dieren onder in een regionaal meldnummer en "
               "een gezamenlijk online meldformulier.", "gemeenten"),
        ("Z2", "Indexeer de vergoeding per dier jaarlijks op basis van de CBS-consumentenprijsindex en herstel de "
               "achterstand sinds 2023 in een keer.", "gemeenten"),
        ("Z3", "Neem het zwerfkattenbeleid (vangen, castreren en terugzetten) op in de overeenkomst en stel daar "
               "een vast jaarbudget voor beschikbaar.", "gemeenten"),
        ("Z4", "Laat onderzoeken of een vierde gemeente kan aansluiten om de vaste lasten van de opvang te "
               "spreiden.", "portefeuillehouders"),
        ("Z5", "Verplicht de opvang om ook katten binnen 24 uur op een chip te scannen en leg dat vast als "
               "prestatie-indicator.", "gemeenten en De Wissel"),
        ("Z6", "Organiseer twee keer per jaar een overleg tussen de opvang, de dierenambulance en de "
               "handhavers van de drie gemeenten.", "De Wissel"),
        ("Z7", "Kies voor een looptijd van vier jaar met een tussentijdse evaluatie na twee jaar in plaats van "
               "een contract voor onbepaalde tijd.", "gemeenten"),
    ]
    rows = [[Paragraph("<b>Nr.</b>", C), Paragraph("<b>Aanbeveling</b>", C), Paragraph("<b>Wie</b>", C)]]
    for n, txt, who in recs:
        rows.append([Paragraph(f"<b>{n}</b>", C), Paragraph(txt, C), Paragraph(who, C)])
    t = Table(rows, colWidths=[34, 340, 109])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9ecec")),
                           ("GRID", (0, 0), (-1, -1), 0.4, TEAL), ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("5. Tot slot", H))
    s.append(Paragraph(
        "Wij danken de medewerkers en vrijwilligers van De Wissel voor hun openheid. Een samenvatting van de "
        "interviews is als bijlage bij dit rapport gevoegd (niet opgenomen in deze uitgave). Volgens artikel 12, "
        "derde lid, moeten de gemeenten uiterlijk 1 december 2026 laten weten of zij de overeenkomst verlengen.", P))
    s.append(Paragraph("drs. M.A. (Mirjam) Oostdijk en ir. P. (Pieter) Valkenaar, Bureau Keerkring", S))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=56, rightMargin=56,
                            topMargin=60, bottomMargin=56, title="Evaluatie zwerfdierenopvang",
                            author="Bureau Keerkring")
    d = deco("Evaluatie zwerfdierenopvang 2023-2026 - KB-2026-041", "blz. {n}")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response():
    s = []
    s.append(Paragraph("Gemeenten Hollevoort, Stadswijk en Ammerzoden-Noord", T))
    s.append(Paragraph("Aan Stichting Dierenopvang De Wissel en Bureau Keerkring Beleidsonderzoek<br/>"
                       "Ons kenmerk: HV/2026/1187 - Datum: 18 november 2026<br/>"
                       "Onderwerp: bestuurlijke reactie op de evaluatie zwerfdierenopvang", S))
    s.append(Spacer(1, 10))
    s.append(Paragraph("Geachte mevrouw Oostdijk, geachte heer Valkenaar, geacht bestuur,", P))
    s.append(Paragraph(
        "Namens de drie colleges danken wij u voor het zorgvuldige rapport. Het is op 4 november besproken in het "
        "portefeuillehoudersoverleg dierenwelzijn. Hieronder leest u onze gezamenlijke reactie.", P))
    s.append(Paragraph("<b>Aanbeveling Z4 - een vierde gemeente.</b> Wij nemen deze suggestie mee naar het "
                       "regionale bestuurlijk overleg in het voorjaar van 2027; of een buurgemeente belangstelling "
                       "heeft, kunnen wij nu niet beoordelen en wij nemen daarover nog geen standpunt in.", P))
    s.append(Paragraph("<b>Aanbevelingen Z3 en Z5 - katten.</b> Het zwerfkattenbeleid blijft buiten de nieuwe "
                       "overeenkomst; wij blijven de vrijwilligers via de bestaande subsidieregeling steunen en "
                       "zien geen aanleiding voor een apart jaarbudget. Het chippen van katten nemen wij wel over: "
                       "in de nieuwe overeenkomst wordt het scannen van katten binnen 24 uur een "
                       "prestatie-indicator waarover De Wissel elk kwartaal rapporteert.", P))
    s.append(Paragraph("<b>Aanbeveling Z1 - meldnummer.</b> Wij voeren dit uit. Vanaf 1 maart 2027 komen alle "
                       "meldingen binnen op een regionaal nummer en via een gezamenlijk formulier op de "
                       "gemeentelijke websites.", P))
    s.append(Paragraph("<b>Aanbeveling Z7 - looptijd.</b> Wij sluiten de nieuwe overeenkomst af voor vier jaar, "
                       "van 2027 tot en met 2030, met een tussentijdse evaluatie in het najaar van 2028.", P))
    s.append(Paragraph("<b>Aanbeveling Z2 - vergoeding.</b> Wij indexeren de vergoeding vanaf 2027 jaarlijks. "
                       "De achterstand herstellen wij echter niet in een keer; wij verhogen de vergoeding in 2027 "
                       "met de helft van de gemiste indexatie en bezien de rest bij de tussenevaluatie.", P))
    s.append(Paragraph("<b>Dierenambulance en dierenweide.</b> Los van het rapport melden wij dat de gemeente "
                       "Stadswijk de pacht van de dierenweide aan de Molenkade per 2027 heeft verlengd en dat de "
                       "dierenambulance een nieuw voertuig in gebruik neemt.", P))
    s.append(Paragraph(
        "Wij vertrouwen erop u hiermee voldoende te hebben geinformeerd en zien uit naar een goede samenwerking "
        "in de komende contractperiode.", P))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Met vriendelijke groet,<br/>namens de colleges van burgemeester en wethouders,<br/>"
                       "J.W. (Joost) Hermeling, wethouder Hollevoort, voorzitter portefeuillehoudersoverleg", P))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62,
                            topMargin=60, bottomMargin=56, title="Bestuurlijke reactie evaluatie zwerfdierenopvang")
    d = deco("Bestuurlijke reactie - HV/2026/1187", "pagina {n}")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def expected():
    recs = [
        (1, "Breng alle meldingen van gevonden en vermiste dieren onder", "Vanaf 1 maart 2027 komen alle meldingen binnen", "agrees"),
        (2, "Indexeer de vergoeding per dier jaarlijks op basis van", "De achterstand herstellen wij echter niet in een keer", "partly"),
        (3, "Neem het zwerfkattenbeleid (vangen, castreren en terugzetten) op in de overeenkomst", "zien geen aanleiding voor een apart jaarbudget", "disagrees"),
        (4, "Laat onderzoeken of een vierde gemeente kan aansluiten", "Wij nemen deze suggestie mee naar het regionale bestuurlijk overleg", "noted"),
        (5, "Verplicht de opvang om ook katten binnen 24 uur", "Het chippen van katten nemen wij wel over", "agrees"),
        (6, "Organiseer twee keer per jaar een overleg tussen de opvang", None, "unanswered"),
        (7, "Kies voor een looptijd van vier jaar met een tussentijdse", "Wij sluiten de nieuwe overeenkomst af voor vier jaar", "agrees"),
    ]
    unmatched = ["Het is op 4 november besproken in het portefeuillehoudersoverleg dierenwelzijn",
                 "de pacht van de dierenweide aan de Molenkade",
                 "zien uit naar een goede samenwerking in de komende contractperiode"]
    notes = ("Evaluation report of a zwerfdierenopvang contract (reportlab, serif). Recommendations in a TABLE "
             "'Nr. | Aanbeveling | Wie' coded Z1-Z7 (expected 1-7 = Z1-Z7). Traps: figures table, BW art. 5:8 'moet', "
             "the 2022 advice quoted with 'moet', art. 6 and art. 12 of the overeenkomst, a conclusion with 'zou moeten', "
             "the 1 December deadline. Response: joint letter with bold labels citing the codes, order Z4, Z3+Z5, Z1, Z7, "
             "Z2; 'Aanbevelingen Z3 en Z5' = Z3 disagrees (no budget) + Z5 agrees (chip scanning); Z4 noted; Z2 partly "
             "(half the arrears); Z6 (overleg) unanswered; the thanks, the dierenweide/ambulance paragraph and the "
             "closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()

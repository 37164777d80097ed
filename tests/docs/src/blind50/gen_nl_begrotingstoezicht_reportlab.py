"""Round 50 (nl): an (invented) BEGROTINGSBRIEF of the provincial financial supervisor (Gedeputeerde Staten, team
Financieel Toezicht) to a municipal council, art. 203 Gemeentewet / GTK 2020; recommendations as unnumbered 'Wij
adviseren u ...' / 'Wij verzoeken u ...' sentences closing numbered paragraphs 4.1-4.7. Answered by an extract of the
municipality's KADERNOTA 2027 (hoofdstuk 5 'Financiële positie'). Engine: reportlab (platypus, DejaVu, no shaping,
two-pass 'pagina N van M'). Answer key: README-nl.md.

Run: /tmp/blind50nl/bin/python tests/docs/src/blind50/gen_nl_begrotingstoezicht_reportlab.py"""
import os
import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

sys.path.insert(0, os.path.dirname(__file__))
import _b50nl as B  # noqa: E402

NAME = "blind50_nl_begrotingstoezicht"
DV = "/usr/share/fonts/truetype/dejavu/"
for nm, f in (("DS", "DejaVuSans.ttf"), ("DSB", "DejaVuSans-Bold.ttf"), ("DSI", "DejaVuSans-Oblique.ttf"),
              ("DSBI", "DejaVuSans-BoldOblique.ttf"), ("SE", "DejaVuSerif.ttf"), ("SEB", "DejaVuSerif-Bold.ttf"),
              ("SEI", "DejaVuSerif-Italic.ttf"), ("SEBI", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(nm, DV + f))
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSBI")
pdfmetrics.registerFontFamily("SE", normal="SE", bold="SEB", italic="SEI", boldItalic="SEBI")

RED = colors.HexColor("#a6192e")
GREY = colors.HexColor("#555555")
NAVY = colors.HexColor("#1d3557")


def st(fam, size=9, lead=13, **kw):
    return ParagraphStyle(fam + str(size) + str(lead) + str(sorted(kw.items())), fontName=fam, fontSize=size,
                          leading=lead, **kw)


A = {
    "b": st("DS", 9, 13.4, alignment=4, spaceAfter=5),
    "adv": st("DSI", 9, 13.4, alignment=4, spaceAfter=6, leftIndent=10 * mm),
    "h2": st("DSB", 10.5, 14, textColor=RED, spaceBefore=8, spaceAfter=3),
    "h3": st("DSB", 9, 13, spaceBefore=5, spaceAfter=2, leftIndent=10 * mm, firstLineIndent=-10 * mm),
    "c": st("DS", 8, 10.5),
    "cb": st("DSB", 8, 10.5),
    "cr": st("DS", 8, 10.5, alignment=2),
    "m": st("DS", 8.4, 11.5),
    "box": st("DS", 8.5, 12, spaceAfter=2, leftIndent=4 * mm, bulletIndent=0.5 * mm),
    # response (serif)
    "rb": st("SE", 9.4, 13.8, alignment=4, spaceAfter=5),
    "rh1": st("SEB", 14, 18, textColor=NAVY, spaceAfter=6),
    "rh2": st("SEB", 11, 15, textColor=NAVY, spaceBefore=8, spaceAfter=3),
    "rh3": st("SEBI", 9.6, 13.5, spaceBefore=5, spaceAfter=2),
    "rc": st("SE", 8.2, 10.8),
    "rcb": st("SEB", 8.2, 10.8),
    "rcr": st("SE", 8.2, 10.8, alignment=2),
}


def build(story_fn, path, deco):
    total = [0]
    for _ in range(2):
        doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=24 * mm,
                                bottomMargin=22 * mm, title="", author="")
        doc.build(story_fn(), onFirstPage=deco(total), onLaterPages=deco(total))
        total[0] = doc.page


def adv_deco(total):
    def draw(c, doc):
        c.saveState()
        if doc.page == 1:
            c.setFillColor(RED)
            c.rect(25 * mm, A4[1] - 22 * mm, 4 * mm, 12 * mm, stroke=0, fill=1)
            c.setFont("DSB", 13)
            c.setFillColor(colors.black)
            c.drawString(31 * mm, A4[1] - 15 * mm, "Provincie Westmarken")
            c.setFont("DS", 7.5)
            c.setFillColor(GREY)
            c.drawString(31 * mm, A4[1] - 20 * mm, "Gedeputeerde Staten")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 15 * mm, "Postbus 4120, 8900 GD Westerburg")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 19 * mm, "toezicht@westmarken.nl | 058 292 40 00")
        else:
            c.setFont("DS", 7.4)
            c.setFillColor(GREY)
            c.drawString(25 * mm, A4[1] - 13 * mm, "Provincie Westmarken | Begrotingsbrief 2026 gemeente Hoogeveld")
            c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Kenmerk 2026-004517")
        c.setFont("DS", 7.4)
        c.setFillColor(GREY)
        c.drawRightString(A4[0] - 22 * mm, 11 * mm, f"pagina {doc.page} van {total[0]}")
        c.restoreState()
    return draw


def p(t, s="b"):
    return Paragraph(t, A[s])


def advice_story():
    s = [Spacer(1, 8 * mm)]
    addr = [p("Aan de gemeenteraad van Hoogeveld<br/>Postbus 150<br/>8930 AD Hoogeveld", "m"),
            p("<b>Datum</b> 19 februari 2026<br/><b>Kenmerk</b> 2026-004517<br/><b>Zaaknummer</b> FT-HGV-2026<br/>"
              "<b>Behandeld door</b> drs. M.A. Tjalsma RA<br/><b>Bijlagen</b> 1 (kengetallen)", "m")]
    t = Table([addr], colWidths=[90 * mm, 73 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s += [t, Spacer(1, 7 * mm)]
    s.append(p("<b>Onderwerp: begrotingsbrief 2026 &ndash; toezichtsvorm repressief toezicht</b>"))
    s.append(p("Geachte raad,"))
    s.append(p(
        "Op 12 november 2025 heeft uw raad de programmabegroting 2026 en de meerjarenraming 2027-2029 vastgesteld. "
        "Wij ontvingen de begroting op 28 november 2025, binnen de termijn van artikel 191 van de Gemeentewet. In "
        "deze brief geven wij, als financieel toezichthouder op grond van artikel 203 van de Gemeentewet, ons "
        "oordeel over de begroting en de toezichtsvorm voor 2026. Wij beoordelen de begroting aan de hand van het "
        "Gemeenschappelijk financieel toezichtkader 2020 (GTK 2020)."))
    s.append(p("1. Oordeel en toezichtsvorm", "h2"))
    s.append(p(
        "De begroting 2026 is structureel en reëel in evenwicht. Ook de meerjarenraming sluit in het laatste jaar "
        "met een structureel overschot van &euro; 412.000. Dat betekent dat uw gemeente in 2026 onder "
        "<b>repressief toezicht</b> valt: uw raad hoeft de begroting niet vooraf aan ons ter goedkeuring voor te "
        "leggen. Het evenwicht is wel smal. Zonder de incidentele onttrekking aan de algemene reserve van &euro; 1,9 "
        "miljoen sluit het begrotingsjaar met een tekort."))
    box = [p("<b>Samengevat</b>", "box")]
    for x in ("toezichtsvorm 2026: repressief;",
              "structureel evenwicht in 2026 en in het laatste jaar van de meerjarenraming;",
              "zeven aandachtspunten, waarvan twee al in onze brief over 2025 stonden;",
              "de jaarrekening 2025 ontvangen wij graag vóór de wettelijke termijn."):
        s_ = Paragraph(x, A["box"], bulletText="\u2013")
        box.append(s_)
    tb = Table([[box]], colWidths=[163 * mm])
    tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6e8ea")),
                            ("LINEBEFORE", (0, 0), (0, -1), 3, RED), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s += [tb, Spacer(1, 2 * mm)]
    s.append(p("2. Financiële positie", "h2"))
    s.append(p(
        "De kengetallen uit de paragraaf weerstandsvermogen en risicobeheersing (artikel 11 van het Besluit begroting "
        "en verantwoording) zetten wij hieronder naast de signaalwaarden die wij hanteren. Een kengetal boven de "
        "signaalwaarde is geen norm, maar een reden om nader te kijken."))
    rows = [["Kengetal", "Rekening 2024", "Begroting 2025", "Begroting 2026", "Signaalwaarde"],
            ["Netto schuldquote", "96%", "104%", "118%", "130%"],
            ["Idem, gecorrigeerd voor verstrekte leningen", "91%", "99%", "113%", "130%"],
            ["Solvabiliteitsratio", "24%", "22%", "19%", "20%"],
            ["Structurele exploitatieruimte", "1,2%", "0,4%", "0,3%", "0%"],
            ["Grondexploitatie", "18%", "21%", "23%", "35%"],
            ["Belastingcapaciteit", "104%", "103%", "102%", "95%"]]
    data = [[p(c, "cb") for c in rows[0]]] + [[p(r[0], "c")] + [p(c, "cr") for c in r[1:]] for r in rows[1:]]
    tt = Table(data, colWidths=[62 * mm, 25 * mm, 25 * mm, 25 * mm, 26 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, RED), ("LINEBELOW", (0, 1), (-1, -1), 0.3,
                                                                        colors.HexColor("#cccccc")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [tt, Spacer(1, 3 * mm)]
    s.append(p(
        "De solvabiliteit daalt in 2026 onder de signaalwaarde van 20%. Een gemeente met een dalende solvabiliteit "
        "zou haar investeringen in beginsel meer uit eigen middelen moeten dekken; dat is in Hoogeveld de afgelopen "
        "jaren niet gebeurd. De schuldquote stijgt door de nieuwbouw van twee scholen en het zwembad De Wier."))
    s.append(p("3. Opvolging van de begrotingsbrief 2025", "h2"))
    s.append(p(
        "In onze brief van 22 februari 2025 schreven wij: <i>&lsquo;Wij adviseren u de realisatie van het "
        "investeringsprogramma jaarlijks te vergelijken met de raming.&rsquo;</i> Uw college heeft die vergelijking "
        "in de jaarrekening 2024 opgenomen; dit punt beschouwen wij als afgedaan. Het tweede punt uit die brief, het "
        "actualiseren van de beheerplannen, is nog niet opgepakt en komt hieronder in 4.4 terug."))
    s.append(p("4. Aandachtspunten", "h2"))
    items = [
        ("4.1", "Structureel evenwicht",
         "De begroting is sluitend dankzij een structureel geraamde opbrengst van &euro; 650.000 uit de verhuur van "
         "het voormalige gemeentehuis, terwijl voor dat pand nog geen huurovereenkomst is gesloten. Een baat die niet "
         "vaststaat, hoort niet als structureel te worden geraamd.",
         "Wij adviseren u het structurele saldo in de eerste begrotingswijziging 2026 opnieuw te onderbouwen, "
         "zonder de nog onzekere huuropbrengst van het voormalige gemeentehuis."),
        ("4.2", "Reserves en voorzieningen",
         "De bestemmingsreserve Sociaal Domein (&euro; 3,4 miljoen) heeft geen doel dat nog niet in de exploitatie is "
         "opgenomen. De reserve werkt daardoor als een tweede algemene reserve buiten het weerstandsvermogen.",
         "Wij adviseren u de bestemmingsreserve Sociaal Domein op te heffen en het saldo toe te voegen aan de "
         "algemene reserve."),
        ("4.3", "Investeringsplanning",
         "Van de geraamde investeringen werd in 2023 61% en in 2024 58% gerealiseerd. De kapitaallasten in de "
         "begroting zijn daardoor jaarlijks te hoog geraamd, wat het beeld van de exploitatie vertekent.",
         "Wij adviseren u in de begroting 2027 een realistisch investeringsvolume te ramen, gebaseerd op de "
         "realisatie van de afgelopen jaren."),
        ("4.4", "Onderhoud kapitaalgoederen",
         "De beheerplannen voor wegen (2017) en openbare verlichting (2016) zijn verouderd. Artikel 12 van het Besluit "
         "begroting en verantwoording vraagt in de paragraaf onderhoud kapitaalgoederen om het actuele "
         "onderhoudsniveau en de financiële consequenties daarvan.",
         "Wij adviseren u het beheerplan wegen te actualiseren en vóór 1 november 2026 door uw raad te laten "
         "vaststellen."),
        ("4.5", "Grondexploitaties",
         "Uw gemeente heeft drie actieve grondexploitaties met een boekwaarde van samen &euro; 14,2 miljoen. De "
         "paragraaf grondbeleid noemt de risico's, maar vertaalt ze niet in bedragen.",
         "Wij verzoeken u de risico's van de grondexploitaties te kwantificeren en mee te nemen in het benodigde "
         "weerstandsvermogen."),
        ("4.6", "Jeugdzorg",
         "De raming voor jeugdzorg 2026 (&euro; 11,8 miljoen) ligt &euro; 1,6 miljoen onder de realisatie van 2024. "
         "Het college gaat uit van het volledige effect van de Hervormingsagenda, terwijl de landelijke maatregelen "
         "nog niet zijn ingevoerd.",
         "Wij adviseren u de ramingen voor jeugdzorg te baseren op de realisatie van het laatste jaar, tenzij de "
         "besparing met concrete maatregelen is onderbouwd."),
        ("4.7", "Jaarrekening 2025",
         "De jaarrekening 2024 ontvingen wij op 29 september 2025, ruim na de termijn van artikel 201 van de "
         "Gemeentewet. Dat beperkt ons zicht op de financiële positie.",
         "Wij verzoeken u de jaarrekening 2025 uiterlijk 15 juli 2026 aan ons toe te zenden, met het verslag van "
         "bevindingen van de accountant."),
    ]
    for num, head, find, rec in items:
        s.append(KeepTogether([p(f"{num}&nbsp;&nbsp;{head}".replace("&nbsp;", " "), "h3"),
                               Paragraph(find, st("DS", 9, 13.4, alignment=4, spaceAfter=3, leftIndent=10 * mm)),
                               p(rec, "adv")]))
    s.append(p("5. Tot slot", "h2"))
    s.append(p(
        "Wij vragen uw college deze brief te agenderen voor de eerstvolgende raadsvergadering. Een afschrift "
        "zenden wij aan het college van burgemeester en wethouders en aan de auditcommissie. Voor vragen kunt u "
        "contact opnemen met de behandelaar."))
    s.append(p("Hoogachtend,<br/>Gedeputeerde Staten van Westmarken,<br/><br/>"
               "mr. H.J. de Boer, secretaris&nbsp;&nbsp;&nbsp;&nbsp;drs. A. Wiersma, voorzitter".replace("&nbsp;", " ")))
    return s


def res_deco(total):
    def draw(c, doc):
        c.saveState()
        c.setFont("SE", 7.6)
        c.setFillColor(GREY)
        c.drawString(25 * mm, A4[1] - 13 * mm, "Gemeente Hoogeveld")
        c.drawRightString(A4[0] - 22 * mm, A4[1] - 13 * mm, "Kadernota 2027")
        c.setStrokeColor(NAVY)
        c.line(25 * mm, A4[1] - 15 * mm, A4[0] - 22 * mm, A4[1] - 15 * mm)
        c.drawCentredString(A4[0] / 2, 11 * mm, str(doc.page + 26))
        c.restoreState()
    return draw


def rp(t, s="rb"):
    return Paragraph(t, A[s])


def response_story():
    s = [rp("5 Financiële positie", "rh1")]
    s.append(rp(
        "In dit hoofdstuk schetsen wij de financiële positie van de gemeente bij de start van de begrotingscyclus "
        "2027. Wij gaan daarbij ook in op de begrotingsbrief 2026 van Gedeputeerde Staten van Westmarken van 19 "
        "februari 2026 (kenmerk 2026-004517), die uw raad op 12 maart 2026 voor kennisgeving heeft aangenomen."))
    s.append(rp("5.1 Financieel beeld 2027-2030", "rh2"))
    rows = [["(bedragen x € 1.000)", "2027", "2028", "2029", "2030"],
            ["Saldo meerjarenraming 2026", "-312", "118", "244", "412"],
            ["Nieuw beleid (hoofdstuk 4)", "-540", "-610", "-610", "-610"],
            ["Mutaties gemeentefonds (decembercirculaire)", "722", "684", "701", "715"],
            ["Saldo kadernota", "-130", "192", "335", "517"]]
    data = [[rp(c, "rcb") for c in rows[0]]] + [[rp(r[0], "rc")] + [rp(c, "rcr") for c in r[1:]] for r in rows[1:]]
    tt = Table(data, colWidths=[70 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm])
    tt.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.8, NAVY), ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY),
                            ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
    s += [tt, Spacer(1, 3 * mm)]
    s.append(rp(
        "Het licht negatieve saldo in 2027 dekken wij incidenteel uit de algemene reserve. Vanaf 2028 is de "
        "meerjarenraming structureel sluitend. De opschalingskorting en de onzekerheid over het gemeentefonds na "
        "2026 blijven een risico dat wij niet in de ramingen hebben verwerkt."))
    s.append(rp("5.2 Reactie op de begrotingsbrief 2026", "rh2"))
    s.append(rp(
        "De provincie heeft onze begroting 2026 onder repressief toezicht geplaatst en zeven aandachtspunten "
        "meegegeven. Hieronder geven wij aan wat wij met die punten doen. De volgorde sluit aan bij de opbouw van "
        "deze kadernota."))
    s.append(rp("Huuropbrengst voormalig gemeentehuis", "rh3"))
    s.append(rp(
        "Wij delen de opvatting van de provincie. Zolang er geen getekende huurovereenkomst ligt, is de opbrengst "
        "niet zeker genoeg om structureel te ramen. De herijking van het structurele saldo verwerken wij in de eerste "
        "begrotingswijziging 2026, die in juni aan uw raad wordt voorgelegd; de huuropbrengst ramen wij daarin "
        "incidenteel."))
    s.append(rp("Investeringen en beheerplannen", "rh3"))
    s.append(rp(
        "Vanaf de begroting 2027 ramen wij het investeringsvolume op basis van de gemiddelde realisatie over de "
        "laatste drie jaar; de kapitaallasten dalen daardoor met ongeveer &euro; 380.000 per jaar. Het beheerplan "
        "wegen actualiseren wij op basis van een nieuwe weginspectie die in het najaar van 2026 plaatsvindt. Een "
        "vastgesteld plan vóór 1 november 2026 is daardoor niet haalbaar; wij leggen het beheerplan wegen in het "
        "eerste kwartaal van 2027 aan uw raad voor."))
    s.append(rp("Bestemmingsreserve Sociaal Domein", "rh3"))
    s.append(rp(
        "Het advies om deze reserve op te heffen nemen wij niet over. De reserve vangt de schommelingen in de "
        "uitgaven voor Wmo en participatie op, zodat die niet direct op de algemene reserve drukken. Wel stellen "
        "wij een maximum van &euro; 2,5 miljoen voor en vloeit het meerdere terug naar de algemene reserve."))
    s.append(rp("Jeugdzorg", "rh3"))
    s.append(rp(
        "De raming van de jeugdzorg is onderwerp van gesprek in de regio en tussen Rijk en VNG over de "
        "Hervormingsagenda. Wij nemen kennis van het standpunt van de provincie en betrekken het bij de "
        "regionale begroting 2027 van de Jeugdregio Westmarken-Noord; een aangepaste raming volgt in de begroting."))
    s.append(rp("5.3 Weerstandsvermogen en risico's", "rh2"))
    s.append(rp(
        "Het beschikbare weerstandsvermogen bedraagt per 1 januari 2026 &euro; 9,6 miljoen. In deze kadernota zijn de "
        "risico's van de drie grondexploitaties voor het eerst in bedragen uitgedrukt (Monte Carlo-analyse, "
        "zekerheid 90%): &euro; 1,7 miljoen, dat wij meenemen in het benodigde weerstandsvermogen van &euro; 5,9 "
        "miljoen. De ratio weerstandsvermogen komt daarmee op 1,6 (&lsquo;ruim voldoende&rsquo;)."))
    s.append(rp("5.4 Indexatie en tarieven", "rh2"))
    s.append(rp(
        "Voor 2027 indexeren wij de lonen met 3,4% en de prijzen met 2,6%, conform de septembercirculaire. De "
        "onroerendezaakbelastingen stijgen met het inflatiepercentage; de afvalstoffenheffing en de rioolheffing "
        "blijven kostendekkend. De subsidies aan maatschappelijke partners indexeren wij met een gewogen "
        "percentage van 3,1%."))
    return s


def expected():
    recs = [
        ("1", "Wij adviseren u het structurele saldo in de eerste begrotingswijziging 2026",
         "De herijking van het structurele saldo verwerken wij in", "agrees"),
        ("2", "Wij adviseren u de bestemmingsreserve Sociaal Domein op te heffen",
         "Het advies om deze reserve op te heffen nemen wij niet over", "disagrees", ["partly"]),
        ("3", "Wij adviseren u in de begroting 2027 een realistisch investeringsvolume",
         "ramen wij het investeringsvolume op basis van de gemiddelde realisatie", "agrees"),
        ("4", "Wij adviseren u het beheerplan wegen te actualiseren en vóór",
         "wij leggen het beheerplan wegen in het eerste kwartaal", "partly"),
        ("5", "Wij verzoeken u de risico's van de grondexploitaties te kwantificeren",
         "risico's van de drie grondexploitaties voor het eerst in bedragen uitgedrukt", "agrees"),
        ("6", "Wij adviseren u de ramingen voor jeugdzorg te baseren op",
         "Wij nemen kennis van het standpunt van de provincie", "noted"),
        ("7", "Wij verzoeken u de jaarrekening 2025 uiterlijk 15 juli 2026", None, "unanswered"),
    ]
    unmatched = ["Voor 2027 indexeren wij de lonen met 3,4%"]
    notes = (
        "Begrotingsbrief 2026 of Gedeputeerde Staten of the (fictional) province Westmarken to the council of "
        "Hoogeveld (financial supervision, art. 203 Gemeentewet): letterhead, address/kenmerk block, 'Samengevat' box "
        "(trap), kengetallen table with signaalwaarden, a 'zou ... moeten' finding and a quoted 2025 recommendation "
        "'Wij adviseren u de realisatie ...' that is closed (trap), art. 191/201/203 Gemeentewet and BBV art. 11/12. "
        "Seven unnumbered italic recommendations 'Wij adviseren u ...' / 'Wij verzoeken u ...' closing paragraphs "
        "4.1-4.7, numbered 1-7 in document order. Reply: extract of the KADERNOTA 2027 (chapter 5, pages 27-28) with "
        "themed sub-headings in its own order: rental income (1 agrees); 'Investeringen en beheerplannen' covers 3 "
        "(agrees) and 4 (partly: plan only in Q1 2027, not before 1 November 2026); the reserve is kept, with a cap "
        "(2 disagrees, also partly); jeugdzorg referred to region/Rijk-VNG talks, 'Wij nemen kennis' (6 noted); "
        "grondexploitatie risks quantified in 5.3 (5 agrees); 7 (jaarrekening by 15 July) unanswered. Unmatched: "
        "5.4 'Indexatie en tarieven' (and the 5.1 figures).")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    build(advice_story, B.out(NAME + "_advice.pdf"), adv_deco)
    build(response_story, B.out(NAME + "_response.pdf"), res_deco)
    expected()
    sys.exit(0 if B.check(NAME) else 1)

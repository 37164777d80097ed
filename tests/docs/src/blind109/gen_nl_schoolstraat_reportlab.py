"""Round 109 (nl): the ADVIES of a Flemish primary school's SCHOOLSTRAATWERKGROEP (ouderraad, directie, buurt, lokale
politie) on making a trial SCHOOLSTRAAT permanent, answered by the college van burgemeester en schepenen's LETTER
citing the points as 'punt (c)' etc.

Advice (reportlab, serif, green letterhead rule, running head from p. 2, 'blz. n'): a counts table, findings with
traps (Wegcode art. 22novies 'moet', the 2024 advice of the verkeersraad quoted with 'moet', art. 2 of the aanvullend
reglement, dates), recommendations LETTERED (a)-(g) under '4. Ons advies'. Response: letter with bold leads citing the
letters, order (c), (a)+(e), (g), (b), (f); (d) unanswered. All invented.

Run: /tmp/blind109nl/bin/python tests/docs/src/blind109/gen_nl_schoolstraat_reportlab.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import _b109nl as B  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

NAME = "blind109_nl_schoolstraat"
F = B.tmp_fonts("B109NL Serif", B.SERIF_FILES)
pdfmetrics.registerFont(TTFont("R", F["Regular"]))
pdfmetrics.registerFont(TTFont("RB", F["Bold"]))
pdfmetrics.registerFont(TTFont("RI", F["Italic"]))
pdfmetrics.registerFontFamily("R", normal="R", bold="RB", italic="RI", boldItalic="RB")
GREEN = colors.HexColor("#2f6b2a")
P = ParagraphStyle("p", fontName="R", fontSize=10, leading=14, spaceAfter=6)
H = ParagraphStyle("h", parent=P, fontName="RB", fontSize=12, textColor=GREEN, spaceBefore=8, keepWithNext=1)
T = ParagraphStyle("t", parent=P, fontName="RB", fontSize=16, leading=20, textColor=GREEN)
S = ParagraphStyle("s", parent=P, fontSize=8.5, leading=11)
L = ParagraphStyle("l", parent=P, leftIndent=26, firstLineIndent=-20)
C = ParagraphStyle("c", parent=P, spaceAfter=0, fontSize=9.5, leading=12.5)


def deco(head, footer_fmt):
    def draw(c, doc):
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(2)
        c.line(56, 815, 539, 815) if doc.page == 1 else None
        c.setFillColor(colors.grey)
        c.setFont("RI", 8)
        if doc.page > 1:
            c.drawString(56, 810, head)
            c.setLineWidth(0.5)
            c.line(56, 805, 539, 805)
        c.setFont("R", 8)
        c.drawRightString(539, 30, footer_fmt.format(n=doc.page))
        c.restoreState()
    return draw


def advice():
    s = [Paragraph("Gemeentelijke Basisschool De Klimop - Schoolstraatwerkgroep", S),
         Paragraph("Advies over de toekomst van de schoolstraat Kapelstraat", T),
         Paragraph("Aan het college van burgemeester en schepenen van de stad Ravelgem<br/>"
                   "Ons kenmerk SSW/2026/03 - Ravelgem, 14 oktober 2026", S), Spacer(1, 8)]
    s.append(Paragraph("1. Aanleiding", H))
    s.append(Paragraph(
        "Sinds 1 september 2025 is de Kapelstraat bij de ingang van onze school op schooldagen tussen 8.10 en 8.40 uur "
        "en tussen 15.15 en 15.45 uur (woensdag 11.45 tot 12.15 uur) een schoolstraat. Het proefproject liep op basis "
        "van een tijdelijk aanvullend reglement dat de gemeenteraad op 23 juni 2025 goedkeurde en dat op 30 juni 2027 "
        "vervalt. Het college vroeg de werkgroep in zijn brief van 2 juni 2026 om een advies over de verdere aanpak. "
        "De werkgroep bestaat uit vier ouders van de ouderraad, de directeur, twee buurtbewoners, een vertegenwoordiger "
        "van het lokaal dienstencentrum en de wijkinspecteur van de politiezone Leie-Mandel.", P))
    s.append(Paragraph("2. Wat we vaststelden", H))
    s.append(Paragraph(
        "De werkgroep liet in oktober 2025 en in mei 2026 tellingen uitvoeren op vier schooldagen. De cijfers staan in "
        "de tabel hieronder. Het aandeel kinderen dat te voet of met de fiets naar school komt, steeg duidelijk; het "
        "aantal auto's dat tijdens de sluitingstijden toch de straat inreed, daalde maar bleef niet verwaarloosbaar.", P))
    rows = [["Telling (gemiddelde per ochtend)", "mei 2025", "okt. 2025", "mei 2026"],
            ["Kinderen te voet of met de fiets", "118", "164", "181"],
            ["Kinderen met de auto gebracht", "142", "101", "88"],
            ["Auto's in de straat tijdens sluiting", "-", "23", "14"],
            ["Waarvan met vergunning (bewoners)", "-", "11", "9"]]
    t = Table([[Paragraph(c, C) for c in r] for r in rows], colWidths=[210, 80, 80, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3eedf"))]))
    s += [t, Spacer(1, 8)]
    s.append(Paragraph(
        "Volgens artikel 22novies van de wegcode moet wie met een vergunning een schoolstraat inrijdt, stapvoets "
        "rijden en voorrang geven aan voetgangers en fietsers. Uit de tellingen blijkt dat dit niet altijd gebeurt: de "
        "wijkinspecteur noteerde in mei 2026 vijf bestuurders die duidelijk te snel reden. De manuele hekken worden "
        "door vrijwilligers geplaatst; op 17 van de 162 schooldagen stond er niemand en bleef de straat open.", P))
    s.append(Paragraph(
        "De gemeentelijke verkeersraad schreef al in zijn advies van maart 2024: 'Een schoolstraat moet gedragen "
        "worden door de buurt en mag niet afhangen van de goede wil van enkele ouders.' Die vaststelling blijft "
        "actueel. De bewoners van de Lindenlaan, de zijstraat waar veel ouders nu parkeren, klagen over drukte; de "
        "werkgroep ontving 12 schriftelijke opmerkingen, waarvan 9 uit de Lindenlaan.", P))
    s.append(Paragraph("3. Beoordeling", H))
    s.append(Paragraph(
        "De werkgroep concludeert dat de schoolstraat werkt en dat de verkeersveiligheid aan de schoolpoort merkbaar "
        "beter is. Tegelijk is het huidige systeem kwetsbaar, omdat het op vrijwilligers steunt. Artikel 2 van het "
        "tijdelijke reglement bepaalt dat de stad zorgt voor de signalisatie; voor het bemannen van de hekken is niets "
        "geregeld. Ook de oversteek aan de Molenweg blijft een knelpunt voor de fietsers uit het noorden van de wijk. "
        "De conclusies hierboven zijn geen adviezen; ons advies volgt in punt 4.", P))
    s.append(Paragraph("4. Ons advies", H))
    s.append(Paragraph("De werkgroep adviseert het college unaniem het volgende:", P))
    recs = [
        ("(a)", "Maak de schoolstraat in de Kapelstraat definitief vanaf 1 september 2027, met dezelfde tijdvensten "
                "als tijdens de proefperiode."),
        ("(b)", "Vervang de manuele hekken door een automatische slagboom die vergunninghouders herkent aan hun "
                "nummerplaat, zodat de straat niet meer van vrijwilligers afhangt."),
        ("(c)", "Zet in de eerste zes weken van elk schooljaar gemeenschapswachten in aan beide toegangen van de "
                "schoolstraat."),
        ("(d)", "Leg op het kruispunt van de Kapelstraat met de Molenweg een veilige, verhoogde fietsoversteek "
                "aan met middenberm."),
        ("(e)", "Breid de schoolstraat uit tot het deel van de Lindenlaan tussen huisnummer 2 en huisnummer 24."),
        ("(f)", "Bezorg alle bewoners van de schoolstraat elk schooljaar een duidelijke brief met de regels, de "
                "uren en de uitzonderingen."),
        ("(g)", "Evalueer de definitieve schoolstraat na één schooljaar opnieuw samen met de werkgroep en maak de "
                "resultaten van de tellingen openbaar."),
    ]
    for k, v in recs:
        s.append(Paragraph(f"{k}&nbsp;&nbsp;{v}".replace("&nbsp;", " "), L))
    s.append(Paragraph("5. Tot slot", H))
    s.append(Paragraph(
        "De werkgroep dankt de mobiliteitsdienst voor de vlotte samenwerking en de vrijwilligers die twee schooljaren "
        "lang de hekken plaatsten. Wij zijn graag bereid om het advies toe te lichten op de commissie mobiliteit van "
        "november.", P))
    s.append(Paragraph("Voor de werkgroep,<br/>Ilse Vandewalle, voorzitter ouderraad<br/>"
                       "Koen De Meester, directeur", P))
    doc = SimpleDocTemplate(B.out(NAME + "_advice.pdf"), pagesize=A4, leftMargin=56, rightMargin=56,
                            topMargin=60, bottomMargin=56, title="Advies schoolstraat Kapelstraat")
    d = deco("Schoolstraatwerkgroep GBS De Klimop - advies SSW/2026/03", "blz. {n}")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def response():
    s = [Paragraph("STAD RAVELGEM", T),
         Paragraph("Mobiliteitsdienst - Marktplein 1, 8790 Ravelgem", S), Spacer(1, 10),
         Paragraph("Schoolstraatwerkgroep GBS De Klimop<br/>t.a.v. mevrouw Ilse Vandewalle<br/>Kapelstraat 31<br/>"
                   "8790 Ravelgem", P), Spacer(1, 6),
         Paragraph("Uw kenmerk: SSW/2026/03 - Ons kenmerk: MOB/2026/5521<br/>Ravelgem, 9 december 2026", S),
         Paragraph("<b>Betreft: uw advies over de schoolstraat Kapelstraat</b>", P), Spacer(1, 4),
         Paragraph("Geachte mevrouw Vandewalle,", P)]
    body = [
        (None, "Het college heeft in zijn zitting van 1 december 2026 uw advies besproken. Wij zijn de werkgroep "
               "erkentelijk voor het werk van de voorbije twee schooljaren en voor de tellingen, die voor ons een "
               "waardevolle basis vormen. Hieronder vindt u ons standpunt."),
        ("Punt (c) - gemeenschapswachten",
         "Het team gemeenschapswachten is al zwaar belast bij de start van het schooljaar. Wij kunnen in de eerste "
         "twee weken van september wel een gemeenschapswacht inzetten aan de toegang aan de Molenweg; een inzet van "
         "zes weken aan beide kanten is binnen de huidige personeelsformatie niet haalbaar."),
        ("Punten (a) en (e) - definitieve schoolstraat en Lindenlaan",
         "De gemeenteraad keurde op 24 november 2026 het aanvullend reglement goed waardoor de Kapelstraat vanaf "
         "1 september 2027 een vaste schoolstraat wordt, met ongewijzigde uren. Een uitbreiding naar de Lindenlaan "
         "zien wij niet zitten: die straat is de enige ontsluiting van de woonzorgsite Ter Linde en moet voor "
         "hulpdiensten en bezoekers vrij bereikbaar blijven. Wij gaan daar dus niet op in."),
        ("Punt (g) - evaluatie",
         "Wij engageren ons om de schoolstraat in mei 2028 samen met de werkgroep te evalueren. De mobiliteitsdienst "
         "zal de tellingen voortaan op de website van de stad publiceren."),
        ("Punt (b) - automatische slagboom",
         "Een slagboom met nummerplaatherkenning vraagt een investering van naar schatting 38.000 euro en een "
         "aanpassing van het privacyregister. Wij nemen uw voorstel mee naar de opmaak van het meerjarenplan "
         "2028-2031 en zullen het daar afwegen tegen andere noden."),
        ("Punt (f) - bewonersbrief",
         "Akkoord. De mobiliteitsdienst stuurt vanaf volgend schooljaar elk jaar eind augustus een brief met de "
         "regels, de uren en de uitzonderingen naar alle adressen in de straat."),
        ("Heraanleg speelplaats en schoolpoort",
         "Los van uw advies melden wij dat de werken aan de nieuwe schoolpoort en de vergroening van de speelplaats "
         "in de krokusvakantie van 2027 starten. De aannemer plaatst dan tijdelijk een werfzone in de Kapelstraat; "
         "de dienst communicatie informeert de ouders via de school."),
        (None, "Wij hopen u hiermee voldoende te hebben geantwoord en rekenen verder op een goede samenwerking met "
               "de werkgroep. Voor vragen kunt u terecht bij Jonas Claeys van de mobiliteitsdienst."),
    ]
    for lead, txt in body:
        if lead:
            s.append(Paragraph(f"<b>{lead}</b>", ParagraphStyle("b", parent=P, spaceAfter=2, spaceBefore=4)))
        s.append(Paragraph(txt, P))
    s.append(Spacer(1, 6))
    s.append(Paragraph("Met vriendelijke groeten,<br/>Namens het college,", P))
    s.append(Paragraph("Hilde Verbeke, algemeen directeur &nbsp;&nbsp;&nbsp; Marc Goethals, burgemeester"
                       .replace("&nbsp;", " "), P))
    doc = SimpleDocTemplate(B.out(NAME + "_response.pdf"), pagesize=A4, leftMargin=62, rightMargin=62,
                            topMargin=60, bottomMargin=56, title="Antwoord college schoolstraat")
    d = deco("Stad Ravelgem - MOB/2026/5521", "pagina {n}")
    doc.build(s, onFirstPage=d, onLaterPages=d)


def expected():
    recs = [
        (1, "Maak de schoolstraat in de Kapelstraat definitief vanaf 1 september 2027",
         "keurde op 24 november 2026 het aanvullend reglement goed", "agrees"),
        (2, "Vervang de manuele hekken door een automatische slagboom",
         "Wij nemen uw voorstel mee naar de opmaak van het meerjarenplan", "noted"),
        (3, "Zet in de eerste zes weken van elk schooljaar gemeenschapswachten in",
         "in de eerste twee weken van september wel een gemeenschapswacht", "partly"),
        (4, "Leg op het kruispunt van de Kapelstraat met de Molenweg", None, "unanswered"),
        (5, "Breid de schoolstraat uit tot het deel van de Lindenlaan",
         "Een uitbreiding naar de Lindenlaan zien wij niet zitten", "disagrees"),
        (6, "Bezorg alle bewoners van de schoolstraat elk schooljaar een duidelijke brief",
         "stuurt vanaf volgend schooljaar elk jaar eind augustus een brief", "agrees"),
        (7, "Evalueer de definitieve schoolstraat na één schooljaar opnieuw samen met de werkgroep",
         "om de schoolstraat in mei 2028 samen met de werkgroep", "agrees"),
    ]
    unmatched = ["Wij zijn de werkgroep erkentelijk voor het werk",
                 "de vergroening van de speelplaats in de krokusvakantie",
                 "Wij hopen u hiermee voldoende te hebben geantwoord"]
    notes = ("Flemish schoolstraatwerkgroep advice (reportlab, 2 p.): counts table, findings with traps (wegcode art. "
             "22novies 'moet', the verkeersraad's 2024 advice quoted with 'moet', art. 2 of the tijdelijk reglement, "
             "a 'Beoordeling' of conclusions); recommendations LETTERED (a)-(g) under '4. Ons advies' (expected 1-7 = "
             "a-g). Response: college letter with bold leads citing 'Punt (x)', order c, a+e, g, b, f; 'Punten (a) en "
             "(e)' = a agrees (reglement adopted 24 Nov 2026) + e disagrees (Lindenlaan); c partly (two weeks, one "
             "entrance); g agrees (May 2028); b noted (meerjarenplan); f agrees; d (fietsoversteek Molenweg) "
             "unanswered; the opening thanks, 'Heraanleg speelplaats en schoolpoort' and the closing answer nothing.")
    B.write_expected(NAME, recs, unmatched, notes)


if __name__ == "__main__":
    advice()
    response()
    expected()
